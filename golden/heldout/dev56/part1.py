"""dev56 part 1: ten CRITICAL incidents."""
from common import (Win, record, pl, jl, ev_alloy_labels, ev_alloy, ev_json, klog, nest, zap,
                    logrus, mongo, logback, celery, monolog, serilog, phx, rust, nginx_ingress,
                    rs_pod, h, hexid, uuid, jdump, every, pod_uid)


# --------------------------------------------------------------------------- C01
def c01():
    w = Win("C01", "2026-05-16T09:41:00Z")
    r = w.rng
    L = w.add
    ns = "regatta"
    rt_pod, _ = rs_pod(r, "regatta-timing")
    rb_rs = h(r, 10)
    rb1, _ = rs_pod(r, "results-board", rb_rs)
    rb2, _ = rs_pod(r, "results-board", rb_rs)
    rtl = pl(ns, "regatta-timing", rt_pod, "rc-worker-3")
    rbl1 = pl(ns, "results-board", rb1, "rc-worker-1")
    rbl2 = pl(ns, "results-board", rb2, "rc-worker-2")
    kern = jl("rc-worker-3", "kernel")
    kub = jl("rc-worker-3", "kubelet.service")
    evl = ev_alloy_labels(ns)
    evn = ev_alloy_labels("default")
    thr = "regatta-pekko.actor.default-dispatcher-{}"

    # regatta-timing, first life
    buf = 44210
    lane = 1
    for i, t in enumerate(every(1.0, 60, 6.5, r, 0.8)):
        buf += r.randrange(400, 900)
        lane = lane % 6 + 1
        dist = ["500m", "1000m", "1500m"][i % 3]
        L(t, rtl, logback("INFO", thr.format(r.randrange(3, 12)), "o.r.timing.LaneIngest",
                          f"heat=14 lane={lane} split={dist} elapsed={r.randrange(1, 5)}:{r.randrange(10, 59)}.{r.randrange(10, 99)} buffered={buf}"))
        if i == 4:
            L(t + 0.4, rtl, logback("WARN", thr.format(7), "o.r.timing.SplitBuffer",
                                    f"replay buffer above soft cap ({buf} > 40000); eviction deferred while heat 14 is live"))
    # results-board normal traffic
    for i, t in enumerate(every(3.0, 62, 11.0, r, 1.5)):
        lab = rbl1 if i % 2 == 0 else rbl2
        L(t, lab, nest("log", "ResultsGateway", f"Broadcast heat 14 splits to {r.randrange(180, 260)} clients"))
    # first OOM kill
    pid1 = 48213
    L(61.204, kern, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968")
    L(61.205, kern, "memory: usage 1048576kB, limit 1048576kB, failcnt 2291")
    L(61.206, kern, f"Memory cgroup out of memory: Killed process {pid1} (java) total-vm:5874220kB, anon-rss:1031344kB, file-rss:23112kB, shmem-rss:0kB, UID:1001 pgtables:2744kB oom_score_adj:968", ev=True)
    L(61.231, kern, f"oom_reaper: reaped process {pid1} (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB")
    L(61.9, evn, ev_alloy("rc-worker-3.17e0c2a94b1d7f3e", "Node", "SystemOOM", "Warning",
                          f"System OOM encountered, victim process: java, pid: {pid1}", host="rc-worker-3"), ev=True)
    cid = hexid(r, 64)
    L(62.3, kub, klog("I", 1874, "kubelet.go:2461", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{rt_pod}" event={{"ID":"{pod_uid(ns, rt_pod)}","Type":"ContainerDied","Data":"{cid}"}}'))
    # results-board starts failing
    err_times = every(64, 235, 7.0, r, 2.0)
    for i, t in enumerate(err_times):
        lab = rbl1 if i % 2 else rbl2
        if i % 3 == 2:
            L(t, lab, nest("error", "ExceptionsHandler", "Request failed with status code 502"))
        else:
            L(t, lab, nest("error", "TimingClient", "GET http://regatta-timing.regatta.svc:8080/heats/14/splits failed: connect ECONNREFUSED 10.43.118.40:8080"))
        if i % 4 == 1:
            L(t + 0.2, lab, nest("warn", "ResultsGateway", f"Serving cached splits for heat 14 (age {int(t - 58)}s)"))
    # restarts and further kills
    lives = [(63.1, 128.7, 51204, 48977), (141.4, 196.2, 52930, 49655)]
    for n, (start, kill, replay, pid) in enumerate(lives, start=1):
        L(start, kub, klog("I", 1874, "kubelet.go:2461", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{rt_pod}" event={{"ID":"{pod_uid(ns, rt_pod)}","Type":"ContainerStarted","Data":"{hexid(r, 64)}"}}'))
        L(start + 2.1, rtl, logback("INFO", "main", "o.r.timing.Main$", "regatta-timing 3.2.0 starting (JDK 21.0.3, -XX:MaxRAMPercentage=90.0, heap max 922 MiB)"))
        L(start + 2.9, rtl, logback("INFO", thr.format(5), "o.a.p.e.s.Slf4jLogger", "Slf4jLogger started"))
        L(start + 3.6, rtl, logback("INFO", thr.format(6), "o.r.timing.SplitJournal", f"replaying {replay} split events for heat 14 into buffer"))
        L(start + 9.8, rtl, logback("INFO", thr.format(4), "o.r.timing.Main$", "HTTP server online at http://0.0.0.0:8080/"))
        L(start + 18.5, rtl, logback("WARN", thr.format(9), "o.r.timing.SplitBuffer", f"replay buffer above soft cap ({replay + 310} > 40000); eviction deferred while heat 14 is live"))
        L(kill, kern, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968")
        L(kill + 0.001, kern, f"memory: usage 1048576kB, limit 1048576kB, failcnt {2291 + 377 * n}")
        L(kill + 0.002, kern, f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:5861004kB, anon-rss:1030912kB, file-rss:22980kB, shmem-rss:0kB, UID:1001 pgtables:2736kB oom_score_adj:968", ev=True)
        L(kill + 0.7, evn, ev_alloy("rc-worker-3.17e0c2a94b1d7f3e", "Node", "SystemOOM", "Warning",
                                    f"System OOM encountered, victim process: java, pid: {pid}", host="rc-worker-3", count=n + 1))
        L(kill + 2.4, evl, ev_alloy(f"{rt_pod}.17e0c2b1d08a44c2", "Pod", "BackOff", "Warning",
                                    f"Back-off restarting failed container regatta-timing in pod {rt_pod}_{ns}({pod_uid(ns, rt_pod)})",
                                    host="rc-worker-3", count=n))
        L(kill + 2.5, kub, klog("E", 1874, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"regatta-timing\\" with CrashLoopBackOff: \\"back-off {10 * 2 ** (n - 1)}s restarting failed container=regatta-timing pod={rt_pod}_{ns}({pod_uid(ns, rt_pod)})\\"" pod="{ns}/{rt_pod}" podUID="{pod_uid(ns, rt_pod)}"'))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "oom_killed",
        "component": "regatta-timing",
        "root_cause": "regatta-timing's JVM (heap sized at 90% of its 1Gi limit) grows past the container memory limit while buffering and replaying heat-14 splits; the kernel OOM-kills java on every start and the pod is in CrashLoopBackOff.",
        "summary": "results-board's 502/ECONNREFUSED errors are a symptom: its upstream regatta-timing is repeatedly OOM-killed on rc-worker-3 (memory cgroup usage = limit 1048576kB).",
        "action": "Raise regatta-timing's memory limit or lower MaxRAMPercentage, and cap/evict the split replay buffer; then let the pod come out of back-off.",
    }
    return record("C01", w, "Why is the regatta results board throwing 502s during heat 14?",
                  {"namespace": ns, "app": "results-board"}, exp, ["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C02
def c02():
    w = Win("C02", "2026-04-07T02:13:00Z", boot_days=61.3)
    r = w.rng
    L = w.add
    ns = "furnace"
    node = "gw-node-3"
    lc_pod = "lehr-controller-0"
    lcl = pl(ns, "lehr-controller", lc_pod, node)
    hmi_pod, _ = rs_pod(r, "lehr-hmi")
    hmil = pl(ns, "lehr-hmi", hmi_pod, "gw-node-5")
    kern = jl(node, "kernel")
    evn = ev_alloy_labels("default")
    evl = ev_alloy_labels(ns)
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0"

    # controller loop until the node dies
    out = 41.2
    for i, t in enumerate(every(0.5, 77.5, 5.0, r, 0.3)):
        zone = i % 6 + 1
        sp = [540.0, 530.0, 515.0, 500.0, 470.0, 430.0][zone - 1]
        meas = round(sp + r.uniform(-2.4, 2.2), 1)
        out = round(max(5.0, min(95.0, out + r.uniform(-3, 3))), 1)
        L(t, lcl, zap("info", "pid/loop.go:88", "zone setpoint applied", lehr="L2", zone=zone,
                      setpoint_c=sp, measured_c=meas, output_pct=out))
        if i % 5 == 3:
            L(t + 0.05, lcl, zap("info", "opcua/session.go:141", "published telemetry", endpoint="opc.tcp://lehr-l2-plc.furnace:4840", nodes=48))
    # hmi normal then complaining
    for i, t in enumerate(every(2.0, 470, 29.0, r, 2.0)):
        if t < 100:
            L(t, hmil, f'INFO:     10.42.5.1:{r.randrange(30000, 60000)} - "GET /api/lehr/L2/zones HTTP/1.1" 200 OK')
        else:
            L(t, hmil, f"ERROR:    lehr L2 telemetry stale for {int(t - 81)}s (last sample from {lc_pod})")
            L(t + 0.01, hmil, f'INFO:     10.42.5.1:{r.randrange(30000, 60000)} - "GET /api/lehr/L2/zones HTTP/1.1" 503 Service Unavailable')
    # quiet precursors: correctable ECC errors
    for k, t in enumerate([18.4, 39.9, 57.1, 70.6]):
        L(t, kern, f"EDAC MC0: 1 CE memory read error on {dimm} (channel:1 slot:0 page:0x8a3f1 offset:0x{k * 0x40:x} grain:32 syndrome:0x0 - area:DRAM err_code:0000:009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1d2b col:0x3c0)",
          ev=(k == 0))
    L(78.312, kern, "mce: [Hardware Error]: Machine check events logged")
    L(78.313, kern, f"EDAC MC0: 1 UE memory read error on {dimm} (channel:1 slot:0 page:0x8a3f1 offset:0x100 grain:32 - err_code:0000:009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1d2b col:0x3c8)", ev=True)
    L(78.5, kern, "mce: [Hardware Error]: CPU 6: Machine Check Exception: 5 Bank 13: be00000000800090")
    L(78.501, kern, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffffa2c4e1b2> {clear_page_erms+0x12/0x20}")
    L(78.502, kern, "mce: [Hardware Error]: TSC 0 ADDR 8a3f1100 MISC 200401c0009f086 ")
    L(78.503, kern, "Kernel panic - not syncing: Fatal machine check", ev=True)
    # control plane notices
    L(124.6, evn, ev_alloy(f"{node}.17e2a1f03c9b8d41", "Node", "NodeNotReady", "Normal",
                           f"Node {node} status is now: NodeNotReady", source="node-controller"), ev=True)
    L(124.9, evl, ev_alloy(f"{lc_pod}.17e2a1f03d11e0a7", "Pod", "NodeNotReady", "Warning",
                           "Node is not ready", source="node-controller"))
    for t, ns2, pod in [(125.1, "monitoring", "node-exporter-" + h(r)), (125.2, "kube-system", "cilium-" + h(r))]:
        L(t, ev_alloy_labels(ns2), ev_alloy(f"{pod}.17e2a1f03d4{h(r, 5)}", "Pod", "NodeNotReady", "Warning",
                                            "Node is not ready", source="node-controller"))
    L(428.0, evl, ev_alloy(f"{lc_pod}.17e2a2378f0c11b2", "Pod", "TaintManagerEviction", "Normal",
                           f"Marking for deletion Pod {ns}/{lc_pod}", source="taint-eviction-controller"))
    L(434.3, evl, ev_alloy(f"{lc_pod}.17e2a239aa7de913", "Pod", "FailedScheduling", "Warning",
                           "0/5 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 4 node(s) had volume node affinity conflict. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.",
                           source="default-scheduler"))
    L(464.3, evl, ev_alloy(f"{lc_pod}.17e2a239aa7de913", "Pod", "FailedScheduling", "Warning",
                           "0/5 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 4 node(s) had volume node affinity conflict. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.",
                           source="default-scheduler", count=2))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "node_failure",
        "component": node,
        "root_cause": "gw-node-3 has a failing DIMM (CPU_SrcID#0_MC#0_Chan#1_DIMM#0): correctable ECC errors escalate to an uncorrectable error and a fatal machine check; the kernel panics and the node goes NotReady.",
        "summary": "lehr-controller-0 (pinned to gw-node-3 by its local volume) stopped when the node panicked; it cannot be rescheduled elsewhere (volume node affinity conflict), so lehr L2 is unregulated and the HMI shows stale telemetry.",
        "action": "Cordon gw-node-3 and replace the DIMM; bring lehr L2 to manual control and restore lehr-controller on a healthy node (move its volume).",
    }
    return record("C02", w, "Lehr 2's controller stopped reporting zone temperatures. What happened?",
                  {"namespace": ns, "app": "lehr-controller"}, exp,
                  ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C03
def c03():
    w = Win("C03", "2026-03-12T14:20:00Z", boot_days=12.7)
    r = w.rng
    L = w.add
    ns = "plate-archive"
    node = "sp-node-2"
    mpod = "plate-archive-mongo-0"
    ml = pl(ns, "plate-archive-mongo", mpod, node, container="mongod")
    api_pod, _ = rs_pod(r, "plate-archive-api")
    apil = pl(ns, "plate-archive-api", api_pod, "sp-node-5")
    vol = "pvc-" + uuid(r)
    lm = {n: pl("longhorn-system", "longhorn-manager", "longhorn-manager-" + h(r), n) for n in ("sp-node-2", "sp-node-4", "sp-node-5")}
    im = pl("longhorn-system", "longhorn-instance-manager", "instance-manager-" + hexid(r, 32), node, container="instance-manager")
    kern = jl(node, "kernel")
    evl = ev_alloy_labels(ns)
    r1, r2, r3 = (f"{vol}-r-{hexid(r, 8)}" for _ in range(3))

    # normal mongod and api traffic
    conn = 412
    for i, t in enumerate(every(0.8, 60, 6.0, r, 0.9)):
        if i % 2 == 0:
            conn += 1
            L(t, ml, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                           {"remote": f"10.42.5.{r.randrange(10, 90)}:{r.randrange(30000, 60000)}", "uuid": {"uuid": {"$uuid": uuid(r)}}, "connectionId": conn, "connectionCount": 38}))
        else:
            L(t, ml, mongo("I", "COMMAND", 51803, f"conn{conn}", "Slow query",
                           {"type": "command", "ns": "plates.scans", "command": {"find": "scans", "filter": {"issue": "2026-SPRING-07"}}, "planSummary": "IXSCAN { issue: 1 }", "durationMillis": r.randrange(110, 190)}))
        L(t + 0.3, apil, f'INFO:     10.42.3.{r.randrange(2, 40)}:{r.randrange(30000, 60000)} - "GET /plates/2026-SPRING-07/scans HTTP/1.1" 200 OK')
    # longhorn degradation
    L(29.7, im, f'[{vol}-e-0] time="@ISOS@" level=error msg="R/W Timeout. No response received in 8s"')
    L(29.8, im, f'[{vol}-e-0] time="@ISOS@" level=error msg="Setting replica tcp://10.42.4.21:10010 to ERR due to: r/w timeout"', ev=True)
    L(30.4, lm["sp-node-4"], logrus("warning", f"Replica {r2} of volume {vol} is marked as failed", controller="longhorn-replica", node="sp-node-4"))
    L(31.0, lm[node], logrus("info", f"Volume {vol} robustness changed from healthy to degraded", controller="longhorn-volume", node=node))
    L(47.2, im, f'[{vol}-e-0] time="@ISOS@" level=error msg="Setting replica tcp://10.42.5.17:10010 to ERR due to: EOF"', ev=True)
    L(47.9, lm["sp-node-5"], logrus("warning", f"Replica {r3} of volume {vol} is marked as failed", controller="longhorn-replica", node="sp-node-5"))
    L(48.1, im, f'[{vol}-e-0] time="@ISOS@" level=error msg="Setting replica tcp://10.42.2.9:10010 to ERR due to: no other healthy replica to keep writing"')
    L(48.6, lm[node], logrus("warning", f"Engine of volume {vol} dead unexpectedly, setting v.Status.Robustness to faulted", controller="longhorn-volume", node=node), ev=True)
    L(48.9, kern, "blk_update_request: I/O error, dev sdd, sector 4196352 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0", ev=True)
    L(48.91, kern, "Buffer I/O error on dev sdd, logical block 524544, lost async page write")
    L(49.2, kern, "EXT4-fs error (device sdd): ext4_journal_check_start:83: comm mongod: Detected aborted journal")
    L(49.21, kern, "EXT4-fs (sdd): Remounting filesystem read-only", ev=True)
    # mongod dies
    msg = {"ts_sec": "@@S@@", "ts_usec": "@@U@@", "thread": "1:0x7f3a21c8d640", "session_name": "WT_SESSION.checkpoint",
           "category": "WT_VERB_DEFAULT", "category_id": 9, "verbose_level": "ERROR", "verbose_level_id": -3,
           "msg": "__posix_file_write:1040:/data/db/WiredTiger.wt: handle-write: pwrite: failed to write 4096 bytes at offset 114688",
           "error_str": "Read-only file system", "error_code": 30}
    line = mongo("E", "WT", 22435, "Checkpointer", "WiredTiger error message", {"error": 30, "message": msg})
    line = line.replace('"@@S@@"', "@EPOCHS@").replace('"@@U@@"', "@USEC@")
    L(60.05, ml, line)
    L(60.06, ml, mongo("F", "ASSERT", 23089, "Checkpointer", "Fatal assertion",
                       {"msgid": 50853, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp", "line": 712}))
    L(60.07, ml, mongo("F", "ASSERT", 23090, "Checkpointer", "\n\n***aborting after fassert() failure\n\n"))
    # restarts fail on read-only fs
    for n, st in enumerate([71.3, 95.8, 139.1], start=1):
        L(st, ml, mongo("I", "CONTROL", 23285, "-", "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"))
        L(st + 0.2, ml, mongo("I", "CONTROL", 4615611, "initandlisten", "MongoDB starting",
                              {"pid": 1, "port": 27017, "dbPath": "/data/db", "architecture": "64-bit", "host": mpod}))
        L(st + 0.4, ml, mongo("E", "CONTROL", 20557, "initandlisten", "DBException in initAndListen, terminating",
                              {"error": "IllegalOperation: Attempted to create a lock file on a read-only directory: /data/db"}))
        L(st + 0.5, ml, mongo("I", "CONTROL", 20565, "initandlisten", "Now exiting"))
        L(st + 0.5, ml, mongo("I", "CONTROL", 23138, "initandlisten", "Shutting down", {"exitCode": 100}))
        L(st + 2.2, evl, ev_alloy(f"{mpod}.17bc1e4a9a02f6d1", "Pod", "BackOff", "Warning",
                                  f"Back-off restarting failed container mongod in pod {mpod}_{ns}({pod_uid(ns, mpod)})", host=node, count=n))
    # api loud
    for i, t in enumerate(every(61, 170, 6.5, r, 1.5)):
        if i % 3 == 0:
            L(t, apil, f"ERROR:    Exception in ASGI application")
            L(t + 0.01, apil, f"pymongo.errors.ServerSelectionTimeoutError: plate-archive-mongo-0.plate-archive-mongo.plate-archive.svc:27017: [Errno 111] Connection refused (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms), Timeout: 5.0s")
        L(t + 0.05, apil, f'INFO:     10.42.3.{r.randrange(2, 40)}:{r.randrange(30000, 60000)} - "GET /plates/2026-SPRING-07/scans HTTP/1.1" 500 Internal Server Error')

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "storage",
        "component": "plate-archive-mongo",
        "root_cause": "The Longhorn volume backing plate-archive-mongo-0 lost its replicas one after another (r/w timeout, EOF) and the engine faulted; the block device returns I/O errors and ext4 remounts /data/db read-only, so WiredTiger aborts and mongod cannot restart.",
        "summary": "mongod crash-loops on a read-only data directory after its Longhorn volume faulted; plate-archive-api returns 500 with connection refused. Data of the plate archive is at risk.",
        "action": "Stop writes, salvage the Longhorn volume (check replica nodes/disks, salvage the most recent healthy replica), fsck and remount, then restart mongod; verify backups before any rebuild.",
    }
    return record("C03", w, "Why is the plate archive database pod crash looping?",
                  {"namespace": ns, "app": "plate-archive-mongo"}, exp,
                  ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C04
def c04():
    w = Win("C04", "2026-06-02T18:05:00Z")
    r = w.rng
    L = w.add
    ns = "bookings"
    api_rs = h(r, 10)
    api = [rs_pod(r, "booking-api", api_rs)[0] for _ in range(2)]
    apil = [pl(ns, "booking-api", p, n, container="php-fpm") for p, n in zip(api, ["rc-worker-1", "rc-worker-4"])]
    ngl = [pl(ns, "booking-api", p, n, container="nginx") for p, n in zip(api, ["rc-worker-1", "rc-worker-4"])]
    db = [pl("data", "club-mariadb", f"club-mariadb-{i}", n, container="mariadb") for i, n in enumerate(["rc-worker-2", "rc-worker-3", "rc-worker-4"])]
    uu = ["3a1f9c2e-b04d", "7c0e11d4-9a2f", "b5d0e7a1-1c3e"]
    ips = ["10.42.2.31", "10.42.3.18", "10.42.4.40"]

    def ng(t, i, status, path, rt):
        L(t, ngl[i], f'10.42.0.{r.randrange(2, 30)} - - [@NGINX@] "{path} HTTP/1.1" {status} {r.randrange(200, 2400) if status == 200 else 1187} "-" "RowingClubApp/4.2 (iOS)" rt={rt:.3f}')

    paths = ["GET /api/boats/availability?date=2026-06-03", "POST /api/bookings", "GET /api/members/me/bookings", "GET /api/boats/4x-07"]
    for i, t in enumerate(every(0.5, 26, 2.6, r, 0.6)):
        ng(t, i % 2, 200, paths[i % 4], r.uniform(0.02, 0.09))
    L(8.2, db[0], "@SPS@ 0 [Note] WSREP: Member 1.0 (club-mariadb-1) synced with group.")
    # quorum loss on all three members
    L(20.1, db[0], f"@SPS@ 0 [Note] WSREP: ({uu[0]}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://{ips[1]}:4567 tcp://{ips[2]}:4567")
    L(21.7, db[1], f"@SPS@ 0 [Note] WSREP: ({uu[1]}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://{ips[0]}:4567 tcp://{ips[2]}:4567")
    L(24.3, db[0], f"@SPS@ 0 [Note] WSREP: declaring node with index 1 suspected, timeout PT5S (evs.suspect_timeout)")
    L(24.31, db[0], f"@SPS@ 0 [Note] WSREP: declaring node with index 2 suspected, timeout PT5S (evs.suspect_timeout)")
    L(25.6, db[0], f"@SPS@ 0 [Note] WSREP: evs::proto({uu[0]}, GATHER, view_id(REG,{uu[0]},41)) suspecting node: {uu[1]}")
    L(27.02, db[0], f"@SPS@ 0 [Note] WSREP: view(view_id(NON_PRIM,{uu[0]},42) memb {{ {uu[0]},0 }} joined {{ }} left {{ }} partitioned {{ {uu[1]},0 {uu[2]},0 }})", ev=True)
    L(27.03, db[0], "@SPS@ 0 [Note] WSREP: New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1", ev=True)
    L(27.04, db[0], "@SPS@ 0 [Note] WSREP: Flow-control interval: [16, 16]")
    L(27.05, db[0], "@SPS@ 0 [Note] WSREP: Received NON-PRIMARY.", ev=True)
    L(27.06, db[0], "@SPS@ 0 [Note] WSREP: Shifting SYNCED -> OPEN (TO: 1843321)")
    L(27.4, db[1], f"@SPS@ 0 [Note] WSREP: view(view_id(NON_PRIM,{uu[1]},42) memb {{ {uu[1]},0 }} joined {{ }} left {{ }} partitioned {{ {uu[0]},0 {uu[2]},0 }})")
    L(27.41, db[1], "@SPS@ 0 [Note] WSREP: Received NON-PRIMARY.")
    L(28.2, db[2], f"@SPS@ 0 [Note] WSREP: view(view_id(NON_PRIM,{uu[2]},42) memb {{ {uu[2]},0 }} joined {{ }} left {{ }} partitioned {{ {uu[0]},0 {uu[1]},0 }})")
    L(28.21, db[2], "@SPS@ 0 [Note] WSREP: Received NON-PRIMARY.")
    L(28.9, db[0], "@SPS@ 14 [Warning] WSREP: Send action {(nil), 328, TORDERED} returned -107 (Transport endpoint is not connected)")
    for k, t in enumerate([45.0, 90.0, 135.0]):
        L(t, db[k % 3], f"@SPS@ 0 [Note] WSREP: ({uu[k % 3]}, 'tcp://0.0.0.0:4567') reconnecting to {uu[(k + 1) % 3]} (tcp://{ips[(k + 1) % 3]}:4567), attempt {k * 3 + 3}")
    # the app starts failing
    ex = ("Uncaught PHP Exception Doctrine\\DBAL\\Exception\\DriverException: \"An exception occurred while executing a query: "
          "SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use\" at "
          "/srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 117")
    ctx = '{"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\DriverException(code: 1047): An exception occurred while executing a query: SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use at /srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:117)"}'
    for i, t in enumerate(every(29.5, 170, 5.6, r, 1.0)):
        k = i % 2
        if i % 3 == 1:
            L(t, apil[k], monolog("request", "CRITICAL", ex, ctx))
        elif i % 3 == 2:
            L(t, apil[k], monolog("app", "ERROR", "Booking availability lookup failed, returning 500", '{"boat":"4x-07","date":"2026-06-03","error":"SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use"}'))
        ng(t + 0.02, k, 500, paths[i % 4], r.uniform(0.01, 0.05))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "database",
        "component": "club-mariadb",
        "root_cause": "The club-mariadb Galera cluster lost quorum: each of the three members suspected the others and went to a NON_PRIM view (primary = no), so every node refuses queries with 1047 WSREP has not yet prepared node for application use.",
        "summary": "booking-api fails every request (SQLSTATE[08S01] 1047) because the Galera cluster has no primary component; nothing recovers by itself within the window.",
        "action": "Find the member with the highest seqno, bootstrap a new primary component (pc.bootstrap=YES) on it and let the others rejoin; then check why the members lost contact.",
    }
    return record("C04", w, "Boat bookings fail for everyone with HTTP 500 — why?",
                  {"namespace": ns, "app": "booking-api"}, exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- C05
def c05():
    w = Win("C05", "2026-02-24T07:02:00Z")
    r = w.rng
    L = w.add
    ns = "press-qc"
    old_rs, new_rs = h(r, 10), None
    old = [rs_pod(r, "perforation-qc", old_rs)[0] for _ in range(3)]
    new = [rs_pod(r, "perforation-qc", old_rs)[0] for _ in range(3)]
    old_nodes = ["sp-node-1", "sp-node-3", "sp-node-4"]
    new_nodes = ["sp-node-7", "sp-node-8", "sp-node-9"]
    oldl = [pl(ns, "perforation-qc", p, n) for p, n in zip(old, old_nodes)]
    exl = pl("monitoring", "event-exporter", "event-exporter-" + h(r, 10) + "-" + h(r), "sp-node-6", container="event-exporter")
    hc = pl("harbor", "harbor-core", rs_pod(r, "harbor-core")[0], "sp-node-6", container="core")
    hr = pl("harbor", "harbor-registry", rs_pod(r, "harbor-registry")[0], "sp-node-6", container="registry")
    hmi = pl("press-line", "press-hmi", rs_pod(r, "press-hmi")[0], "sp-node-5")
    img = "harbor.stamps.internal/press/perforation-qc:3.8.2"
    robot = "robot$press+k8s-pull"

    def E(t, pod, reason, typ, msg, comp="kubelet", host=None, count=1, ev=False, kind="Pod", first_t=None):
        L(t, exl, ev_json(r, ns, kind, pod, reason, typ, msg, component=comp, host=host, count=count,
                          first=w.iso(first_t if first_t is not None else t),
                          field_path="spec.containers{perforation-qc}" if reason not in ("Scheduled", "Killing") else None), ev=ev)

    # old pods drain away (node pool replacement)
    for i in range(3):
        t = 3 + i * 7
        L(t, oldl[i], jdump({"time": "@ISO3@", "level": "INFO", "msg": "received SIGTERM, finishing current sheet", "sheet": f"S-{r.randrange(40000, 49999)}"}))
        L(t + 0.3, exl, ev_json(r, ns, "Pod", old[i], "Killing", "Normal", "Stopping container perforation-qc", host=old_nodes[i], first=w.iso(t + 0.3)))
        L(t + 1.1, oldl[i], jdump({"time": "@ISO3@", "level": "INFO", "msg": "shutdown complete", "inspected_sheets": r.randrange(900, 1900)}))
    for i in range(3):
        t = 24 + i * 1.5
        L(t, exl, ev_json(r, ns, "Pod", new[i], "Scheduled", "Normal", f"Successfully assigned {ns}/{new[i]} to {new_nodes[i]}", component="default-scheduler", first=w.iso(t)))
    # pulls fail
    tok_err = (f'failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": failed to authorize: '
               f'failed to fetch oauth token: unexpected status from GET request to https://harbor.stamps.internal/service/token?scope=repository%3Apress%2Fperforation-qc%3Apull&service=harbor-registry: 401 Unauthorized')
    for i in range(3):
        t = 27 + i * 1.7
        kub = jl(new_nodes[i], "kubelet.service")
        L(t, kub, klog("I", 1893 + i, "kuberuntime_manager.go:1050", f'"Pulling image" image="{img}" pod="{ns}/{new[i]}"'))
        L(t, exl, ev_json(r, ns, "Pod", new[i], "Pulling", "Normal", f'Pulling image "{img}"', host=new_nodes[i], first=w.iso(t)))
        L(t + 0.2, hc, f"@ISOS@ [ERROR] [/server/middleware/security/robot.go:79][requestID={uuid(r)}]: the robot account is expired: {robot}", ev=(i == 0))
        L(t + 0.25, hr, logrus("warning", "error authorizing context: authorization token required", go_version="go1.21.8",
                               http_request_host="harbor.stamps.internal", http_request_method="GET",
                               http_request_uri="/v2/press/perforation-qc/manifests/3.8.2", vars_name="press/perforation-qc", vars_reference="3.8.2").replace("go_version", "go.version").replace("http_request_host", "http.request.host").replace("http_request_method", "http.request.method").replace("http_request_uri", "http.request.uri").replace("vars_name", "vars.name").replace("vars_reference", "vars.reference"))
        L(t + 0.4, kub, klog("E", 1893 + i, "log.go:32", f'"PullImage from image service failed" err="rpc error: code = Unknown desc = {tok_err}" image="{img}"'), ev=(i == 0))
        L(t + 0.5, exl, ev_json(r, ns, "Pod", new[i], "Failed", "Warning", f'Failed to pull image "{img}": ' + tok_err.replace('\\"', '"'), host=new_nodes[i], first=w.iso(t + 0.5)), ev=(i == 0))
        L(t + 0.6, exl, ev_json(r, ns, "Pod", new[i], "Failed", "Warning", "Error: ErrImagePull", host=new_nodes[i], first=w.iso(t + 0.6)))
    # back-off cycles
    for c, base in enumerate([52, 95, 170], start=2):
        for i in range(3):
            t = base + i * 2.1
            kub = jl(new_nodes[i], "kubelet.service")
            L(t, kub, klog("E", 1893 + i, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"perforation-qc\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"" pod="{ns}/{new[i]}" podUID="{pod_uid(ns, new[i])}"'))
            E(t + 0.1, new[i], "BackOff", "Normal", f'Back-off pulling image "{img}"', host=new_nodes[i], count=c - 1, first_t=52.1 + i * 2.1)
            if i == 0:
                L(t + 3.0, hc, f"@ISOS@ [ERROR] [/server/middleware/security/robot.go:79][requestID={uuid(r)}]: the robot account is expired: {robot}")
    # press line complains
    for t in every(40, 200, 19, r, 3):
        L(t, hmi, jdump({"time": "@ISO3@", "level": "ERROR", "msg": "perforation QC service has no ready endpoints, holding sheets at station 4", "queued_sheets": int((t - 30) / 4)}))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "image_pull",
        "component": "perforation-qc",
        "root_cause": "The Harbor robot account robot$press+k8s-pull used by perforation-qc's imagePullSecret has expired; Harbor's token service answers 401 Unauthorized, so the new pods on the replacement nodes cannot pull perforation-qc:3.8.2.",
        "summary": "After the node pool replacement all three perforation-qc pods are stuck in ErrImagePull/ImagePullBackOff; with the old pods gone there are 0 ready replicas and the press line holds sheets at station 4.",
        "action": "Renew or recreate the Harbor robot account and update the pull secret in press-qc; the pods will pull on the next back-off retry.",
    }
    return record("C05", w, "perforation-qc has no running pods after the node pool replacement. Why?",
                  {"namespace": ns, "app": "perforation-qc"}, exp, ["outside-selector"])


# --------------------------------------------------------------------------- C06
def c06():
    w = Win("C06", "2026-01-19T05:50:00Z")
    r = w.rng
    L = w.add
    bns, hns = "batch-house", "hmi"
    bp, _ = rs_pod(r, "batch-recipe")
    bl = pl(bns, "batch-recipe", bp, "gw-node-2")
    hp, _ = rs_pod(r, "mixing-hmi")
    hl = pl(hns, "mixing-hmi", hp, "gw-node-4")
    evl = ev_alloy_labels(bns)

    for i, t in enumerate(every(0.5, 200, 15.5, r, 1.0)):
        rid = "F" + h(r, 19, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        line = (i % 4) + 1
        if t < 14:
            L(t, hl, phx("info", f"GET /line/{line}/batch", rid))
            L(t + 0.004, hl, phx("info", f"Sent 200 in {r.randrange(3, 19)}ms", rid))
        else:
            L(t, hl, phx("info", f"GET /line/{line}/batch", rid))
            if i % 3 == 0:
                L(t + 0.002, hl, phx("error", "GenServer MixingHmi.RecipePoller terminating\n** (Req.TransportError) connection refused\n    (req 0.4.14) lib/req.ex:1092: Req.request!/2\n    (mixing_hmi 1.6.2) lib/mixing_hmi/recipe_poller.ex:41: MixingHmi.RecipePoller.handle_info/2"))
            L(t + 0.004, hl, phx("error", f"recipe service unreachable for line {line}: %Req.TransportError{{reason: :econnrefused}}", rid))
            L(t + 0.005, hl, phx("info", f"Sent 503 in {r.randrange(1, 5)}ms", rid))
    # batch-recipe lives: initial crash at ~13s then restarts
    lives = [(2.0, 13.1), (24.6, 35.4), (57.3, 68.0), (109.2, 119.7), (192.0, None)]
    for n, (st, crash) in enumerate(lives):
        L(st, bl, rust("INFO", "batch_recipe", "starting batch-recipe", version="2.14.0", git="9f3c1e2"))
        L(st + 0.3, bl, rust("INFO", "batch_recipe::db", "connected to postgres", host="recipes-pg.batch-house.svc", pool_size=8))
        L(st + 0.6, bl, rust("INFO", "batch_recipe::cache", "warming recipe cache", recipes=412))
        L(st + 6.9, bl, rust("WARN", "batch_recipe::cache", "recipe has no cullet ratio, defaulting to virgin batch", recipe_id='"FL-CLR-0412"', glass='"flint"'))
        if crash is None:
            continue
        L(crash, bl, "thread 'main' panicked at src/cache/ratios.rs:88:41:", ev=(n < 2))
        L(crash + 0.001, bl, "called `Option::unwrap()` on a `None` value", ev=(n < 2))
        L(crash + 0.002, bl, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        if n >= 1:
            L(crash + 1.5, evl, ev_alloy(f"{bp}.17ac4e1f9d0b21c3", "Pod", "BackOff", "Warning",
                                         f"Back-off restarting failed container batch-recipe in pod {bp}_{bns}({pod_uid(bns, bp)})",
                                         host="gw-node-2", count=n))
    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "application_error",
        "component": "batch-recipe",
        "root_cause": "batch-recipe panics while warming its recipe cache (Option::unwrap() on a None value at src/cache/ratios.rs:88) on a recipe without a cullet ratio; it crashes on every start and is in CrashLoopBackOff.",
        "summary": "mixing-hmi's connection-refused errors and 503s are a symptom: the recipe service it polls crash-loops with a Rust panic in its own code.",
        "action": "Roll back batch-recipe or hotfix ratios.rs to handle a missing cullet ratio (the WARN already says it should default); optionally fix recipe FL-CLR-0412.",
    }
    return record("C06", w, "The mixing HMI cannot load batch recipes on any line. What is wrong?",
                  {"namespace": hns, "app": "mixing-hmi"}, exp, ["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C07
def c07():
    w = Win("C07", "2026-03-28T07:55:00Z")
    r = w.rng
    L = w.add
    ns = "ergs"
    node = "rc-worker-1"
    ep, _ = rs_pod(r, "erg-stream")
    el = pl(ns, "erg-stream", ep, node)
    kub = jl(node, "kubelet.service")
    evl = ev_alloy_labels(ns)
    ing = pl("ingress-nginx", "ingress-nginx", rs_pod(r, "ingress-nginx-controller")[0], "rc-worker-2", container="controller")
    ip = "10.42.1.19"
    uid = uuid(r)

    def probe_fail(t, ev=False):
        L(t, kub, klog("I", 2210, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/{ep}" podUID="{uid}" containerName="erg-stream" probeResult="failure" output="Get \\"http://{ip}:8080/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'), ev=ev)

    lives = [(None, 0.0), (44.0, 47.6), (104.0, 113.0)]
    for n, (kill, start) in enumerate(lives):
        if start > 0:
            L(start, el, serilog("INF", "Now listening on: \"http://[::]:8080\""))
            L(start + 0.01, el, serilog("INF", "Application started. Press Ctrl+C to shut down."))
            L(start + 0.02, el, serilog("INF", "Hosting environment: \"Production\""))
        end = [32.1, 92.1, 149.3][n]
        for i, t in enumerate(every(start + 1.0, end, 7.1, r, 0.6)):
            erg = r.randrange(1, 40)
            L(t, el, serilog("INF", f"Ingested {r.randrange(18, 31)} stroke samples from erg {erg} (session {r.randrange(7000, 7999)})"))
            if i % 3 == 1:
                L(t + 0.1, el, serilog("INF", f"Request finished HTTP/1.1 GET http://{ip}:8080/healthz - 200 7 text/plain {r.uniform(1050, 1450):.4f}ms"), ev=(n == 0 and i == 1))
        # three liveness failures 10s apart, then kill
        if n < 2:
            f0 = [12.0, 72.0][n]
            for k in range(3):
                probe_fail(f0 + k * 10, ev=(n == 0))
                L(f0 + k * 10 + 0.05, evl, ev_alloy(f"{ep}.17f01d2c5a6e9b30", "Pod", "Unhealthy", "Warning",
                                                    f'Liveness probe failed: Get "http://{ip}:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                                                    host=node, count=3 * n + k + 1))
            kt = f0 + 20.2
            L(kt, kub, klog("I", 2210, "kuberuntime_manager.go:1027", f'"Message for Container of pod" containerName="erg-stream" containerStatusID={{"Type":"containerd","ID":"{hexid(r, 64)}"}} pod="{ns}/{ep}" containerMessage="Container erg-stream failed liveness probe, will be restarted"'), ev=(n == 0))
            L(kt + 0.01, evl, ev_alloy(f"{ep}.17f01d2e77b1c04d", "Pod", "Killing", "Normal",
                                       "Container erg-stream failed liveness probe, will be restarted", host=node, count=n + 1))
            L(kt + 0.02, kub, klog("I", 2210, "kuberuntime_container.go:779", f'"Killing container with a grace period" pod="{ns}/{ep}" podUID="{uid}" containerName="erg-stream" containerID="containerd://{hexid(r, 64)}" gracePeriod=30'))
            L(kt + 0.1, el, serilog("INF", "Application is shutting down..."))
    for t in [129.0, 139.0, 149.0]:
        probe_fail(t)
    L(149.3, kub, klog("I", 2210, "kuberuntime_manager.go:1027", f'"Message for Container of pod" containerName="erg-stream" containerStatusID={{"Type":"containerd","ID":"{hexid(r, 64)}"}} pod="{ns}/{ep}" containerMessage="Container erg-stream failed liveness probe, will be restarted"'))
    L(149.4, el, serilog("INF", "Application is shutting down..."))
    L(151.0, kub, klog("E", 2210, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"erg-stream\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=erg-stream pod={ep}_{ns}({uid})\\"" pod="{ns}/{ep}" podUID="{uid}"'))
    L(151.1, evl, ev_alloy(f"{ep}.17f01d3a01c2e7f8", "Pod", "BackOff", "Warning",
                           f"Back-off restarting failed container erg-stream in pod {ep}_{ns}({uid})", host=node, count=2))
    # ingress loud
    for i, t in enumerate(every(42.5, 195, 9.5, r, 1.0)):
        if (32.2 <= t < 47.6) or (92.2 <= t < 113.0) or t > 149.5:
            L(t, ing, nginx_ingress(r, f"10.0.3.{r.randrange(2, 90)}", "GET", f"/live/erg/{r.randrange(1, 40)}", 502, 150, "ergs-erg-stream-8080", f"{ip}:8080", 0.001))
        else:
            L(t, ing, nginx_ingress(r, f"10.0.3.{r.randrange(2, 90)}", "GET", f"/live/erg/{r.randrange(1, 40)}", 200, r.randrange(900, 4000), "ergs-erg-stream-8080", f"{ip}:8080", r.uniform(0.8, 1.9)))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "probe_failure",
        "component": "erg-stream",
        "root_cause": "erg-stream's liveness probe on /healthz has a 1s timeout, but under race-day load the health endpoint (which pings the database) takes 1.0-1.5s; kubelet counts each as a failure and restarts a working process every minute, ending in CrashLoopBackOff.",
        "summary": "The application logs only normal ingestion and 200 health responses; the restarts come from kubelet liveness failures (context deadline exceeded), and the ingress returns 502 while the pod is down.",
        "action": "Raise the liveness timeoutSeconds/failureThreshold and make /healthz a cheap in-process check (move the DB ping to readiness).",
    }
    return record("C07", w, "Live erg streaming keeps dropping out and the pod restarts every minute. Why?",
                  {"namespace": ns, "app": "erg-stream"}, exp,
                  ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C08
def c08():
    w = Win("C08", "2026-04-21T11:30:00Z")
    r = w.rng
    L = w.add
    ns, dns = "proofing", "proofing-data"
    rl = pl(dns, "proof-queue-redis", "proof-queue-redis-master-0", "sp-node-3", container="redis")
    wrs = h(r, 10)
    wp = [rs_pod(r, "proof-renderer", wrs)[0] for _ in range(2)]
    wl = [pl(ns, "proof-renderer", p, n, container="worker") for p, n in zip(wp, ["sp-node-1", "sp-node-4"])]
    apl = pl(ns, "proof-api", rs_pod(r, "proof-api")[0], "sp-node-5", container="gunicorn")
    evl = ev_alloy_labels(ns)
    misconf = ("MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. "
               "Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). "
               "Please check the Redis logs for details about the RDB error.")

    for i, t in enumerate(every(0.5, 40, 4.0, r, 0.8)):
        tid = uuid(r)
        k = i % 2
        L(t, wl[k], celery("INFO", "MainProcess", f"Task proofs.render_sheet[{tid}] received"))
        L(t + r.uniform(1.2, 3.0), wl[k], celery("INFO", f"ForkPoolWorker-{r.randrange(1, 5)}", f"Task proofs.render_sheet[{tid}] succeeded in {r.uniform(1.1, 2.9):.3f}s: {{'sheet': 'SP-{r.randrange(1000, 9999)}', 'pages': {r.randrange(1, 6)}}}"))
    L(2.0, rl, "1:M @REDIS@ * 100 changes in 300 seconds. Saving...")
    L(2.01, rl, "1:M @REDIS@ * Background saving started by pid 9112")
    L(9.7, rl, "9112:C @REDIS@ # Write error saving DB on disk: No space left on device", ev=True)
    L(9.8, rl, "1:M @REDIS@ # Background saving error", ev=True)
    L(15.9, rl, "1:M @REDIS@ * 100 changes in 300 seconds. Saving...")
    L(15.91, rl, "1:M @REDIS@ * Background saving started by pid 9120")
    L(16.4, rl, "9120:C @REDIS@ # Write error saving DB on disk: No space left on device")
    L(16.5, rl, "1:M @REDIS@ # Background saving error")
    L(21.2, rl, "1:M @REDIS@ # Error writing to the AOF file: No space left on device", ev=True)
    L(21.3, rl, "1:M @REDIS@ # Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.")
    for t in [22.1, 28.3, 34.5, 40.7, 46.9]:
        pid = 9120 + int(t)
        L(t, rl, f"1:M @REDIS@ * Background saving started by pid {pid}")
        L(t + 0.4, rl, f"{pid}:C @REDIS@ # Write error saving DB on disk: No space left on device")
        L(t + 0.5, rl, "1:M @REDIS@ # Background saving error")
    # producers and workers fail
    for i, t in enumerate(every(23, 140, 12.5, r, 1.2)):
        L(t, apl, f'[@SPC@] ERROR [proofs.views:88] enqueue failed for sheet SP-{r.randrange(1000, 9999)}: redis.exceptions.ResponseError: {misconf}')
        L(t + 0.01, apl, f'10.42.0.{r.randrange(2, 50)} - - [@NGINX@] "POST /api/proofs HTTP/1.1" 500 71 "-" "press-desk/2.3"')
    for k, t in enumerate([25.4, 27.9]):
        L(t, wl[k], celery("ERROR", "MainProcess", f"Pool callback raised exception: ResponseError('{misconf}')"))
        L(t + 0.1, wl[k], celery("CRITICAL", "MainProcess", f"Unrecoverable error: ResponseError('{misconf}')"))
        L(t + 0.2, wl[k], "Traceback (most recent call last):")
        L(t + 0.21, wl[k], '  File "/usr/local/lib/python3.12/site-packages/celery/backends/redis.py", line 520, in set')
        L(t + 0.22, wl[k], f"redis.exceptions.ResponseError: {misconf}")
    for n, t in enumerate([44.0, 47.0, 92.0, 95.5]):
        k = n % 2
        L(t, wl[k], celery("INFO", "MainProcess", f"celery@{wp[k]} ready."))
        L(t + 3.1, wl[k], celery("CRITICAL", "MainProcess", f"Unrecoverable error: ResponseError('{misconf}')"))
        L(t + 5.0, evl, ev_alloy(f"{wp[k]}.17d9e0c1aa4b2f90", "Pod", "BackOff", "Warning",
                                 f"Back-off restarting failed container worker in pod {wp[k]}_{ns}({pod_uid(ns, wp[k])})",
                                 host=["sp-node-1", "sp-node-4"][k], count=n // 2 + 1))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "resource_exhausted",
        "component": "proof-queue-redis",
        "root_cause": "proof-queue-redis's data volume is full: RDB background saves and AOF writes fail with 'No space left on device', so Redis (stop-writes-on-bgsave-error) rejects all writes with MISCONF.",
        "summary": "proof-renderer Celery workers die with 'Unrecoverable error: ResponseError(MISCONF ...)' and crash-loop, and proof-api cannot enqueue; queued proof jobs are not persisted.",
        "action": "Free or expand the Redis PVC (and check AOF rewrite growth), confirm a BGSAVE succeeds, then restart the workers; re-submit proofs that failed to enqueue.",
    }
    return record("C08", w, "Proof rendering workers keep crashing — what is going on?",
                  {"namespace": ns, "app": "proof-renderer"}, exp,
                  ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C09
def c09():
    w = Win("C09", "2026-02-10T22:15:00Z")
    r = w.rng
    L = w.add
    ns = "kilns"
    kp, _ = rs_pod(r, "kiln-scheduler")
    kl = pl(ns, "kiln-scheduler", kp, "gw-node-1")
    xl = pl("external-dns", "external-dns", rs_pod(r, "external-dns")[0], "gw-node-2")
    cd = [pl("kube-system", "coredns", rs_pod(r, "coredns", "5d78c9869d")[0], n, container="coredns") for n in ("gw-node-1", "gw-node-4")]
    hmi = pl(ns, "kiln-board", rs_pod(r, "kiln-board")[0], "gw-node-5")
    evl = ev_alloy_labels(ns)
    zone = "/hostedzone/Z0623118Q4WN8DL3KF1E"
    host = "furnace-historian.glassworks.internal"

    L(1.0, xl, logrus("info", f"Applying provider record filter for domains: [glassworks.internal. .glassworks.internal.]"))
    L(1.4, xl, logrus("info", "All records are already up to date"))
    for i, t in enumerate(every(2.0, 64, 10.0, r, 1.0)):
        L(t, kl, zap("info", "scheduler/plan.go:212", "firing plan updated", kiln=f"K{i % 4 + 1}", ramp_c_per_h=r.choice([60, 80, 100]), soak_min=r.choice([45, 60, 90])))
        L(t + 0.3, kl, zap("info", "historian/client.go:77", "wrote samples", host=host, samples=r.randrange(40, 80)))
        L(t + 0.31, cd[i % 2], f'[INFO] 10.42.1.{r.randrange(10, 60)}:{r.randrange(30000, 60000)} - {r.randrange(1000, 65000)} "A IN {host}. udp 56 false 1232" NOERROR qr,aa,rd,ra 112 0.00{r.randrange(100, 999)}s')
    L(61.2, xl, logrus("info", f"Desired change: DELETE {host} A [Id: {zone}]"), ev=True)
    L(61.21, xl, logrus("info", f"Desired change: DELETE a-{host} TXT [Id: {zone}]"))
    L(61.22, xl, logrus("info", f"Desired change: DELETE {host} TXT [Id: {zone}]"))
    L(61.9, xl, logrus("info", f"3 record(s) in zone glassworks.internal. [Id: {zone}] were successfully updated"), ev=True)
    fails = every(72, 100, 10.0, r, 0.5)
    for i, t in enumerate(fails):
        L(t - 0.01, cd[i % 2], f'[INFO] 10.42.1.{r.randrange(10, 60)}:{r.randrange(30000, 60000)} - {r.randrange(1000, 65000)} "A IN {host}. udp 56 false 1232" NXDOMAIN qr,rd,ra 145 0.00{r.randrange(100, 999)}s', ev=(i == 0))
        L(t, kl, zap("error", "historian/client.go:81", "historian write failed", host=host, error=f"dial tcp: lookup {host} on 10.43.0.10:53: no such host", attempt=i + 1))
    L(100.3, kl, zap("fatal", "scheduler/main.go:140", "refusing to schedule firing without historian, exiting", failed_writes=3))
    for n, st in enumerate([101.5, 113.0, 135.0, 178.0]):
        L(st, kl, zap("info", "cmd/main.go:61", "starting kiln-scheduler", version="1.9.3"))
        L(st + 0.05, cd[n % 2], f'[INFO] 10.42.1.{r.randrange(10, 60)}:{r.randrange(30000, 60000)} - {r.randrange(1000, 65000)} "A IN {host}. udp 56 false 1232" NXDOMAIN qr,rd,ra 145 0.00{r.randrange(100, 999)}s')
        L(st + 0.06, kl, zap("fatal", "cmd/main.go:88", "historian connectivity check failed", error=f"dial tcp: lookup {host} on 10.43.0.10:53: no such host"))
        if n:
            L(st + 1.0, evl, ev_alloy(f"{kp}.17b2e5c80f9d3a11", "Pod", "BackOff", "Warning",
                                      f"Back-off restarting failed container kiln-scheduler in pod {kp}_{ns}({pod_uid(ns, kp)})", host="gw-node-1", count=n))
    for t in every(115, 200, 14, r, 2):
        L(t, hmi, jdump({"level": 50, "time": "__T__", "pid": 1, "hostname": hmi["pod"], "msg": "kiln-scheduler unavailable: no firing plan for K1-K4", "err": {"type": "FetchError", "message": "connect ECONNREFUSED 10.43.77.201:8080"}}).replace('"__T__"', "@EPOCHMS@"))
    for t in [121.0, 181.0]:
        L(t, xl, logrus("info", "All records are already up to date"))

    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "dns_resolution",
        "component": "external-dns",
        "root_cause": "external-dns deleted the A and ownership TXT records for furnace-historian.glassworks.internal from the glassworks.internal zone; CoreDNS now answers NXDOMAIN, so the historian name no longer resolves.",
        "summary": "kiln-scheduler's historian writes fail with 'no such host', it exits, and its startup connectivity check fails the same way, leaving it in CrashLoopBackOff with no firing plans for the kilns.",
        "action": "Restore the furnace-historian record (re-annotate/recreate its Service or add the record by hand), check external-dns ownership/sources so it does not delete it again, then restart kiln-scheduler.",
    }
    return record("C09", w, "kiln-scheduler is crash looping and the kilns have no firing plan. Why?",
                  {"namespace": ns, "app": "kiln-scheduler"}, exp,
                  ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- C10
def c10():
    w = Win("C10", "2026-01-05T00:01:00Z")
    r = w.rng
    L = w.add
    ns = "shop"
    gp, _ = rs_pod(r, "order-gateway")
    gl = pl(ns, "order-gateway", gp, "sp-node-3")
    gpx = pl(ns, "order-gateway", gp, "sp-node-3", container="linkerd-proxy")
    cp, _ = rs_pod(r, "catalogue")
    cpx = pl(ns, "catalogue", cp, "sp-node-6", container="linkerd-proxy")
    idl = pl("linkerd", "linkerd-identity", rs_pod(r, "linkerd-identity")[0], "sp-node-1", container="identity")
    expiry = "2026-01-05T00:02:00Z"

    for t in every(2, 58, 9, r, 1.0):
        sa = r.choice(["catalogue", "order-gateway", "payments", "stock-ledger"])
        L(t, idl, logrus("info", f"certifying {sa}.shop.serviceaccount.identity.linkerd.cluster.local until {expiry}"))
    for i, t in enumerate(every(0.5, 60, 6.5, r, 0.7)):
        L(t, gl, nest("log", "OrdersController", f"POST /orders 201 {r.randrange(30, 140)}ms order=ORD-{r.randrange(100000, 999999)} items={r.randrange(1, 6)}"))
    for t in every(60, 220, 23, r, 1.5):
        sa = r.choice(["catalogue", "order-gateway", "payments", "stock-ledger"])
        L(t, idl, logrus("error", f"failed to certify {sa}.shop.serviceaccount.identity.linkerd.cluster.local: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expiry}"),
          ev=(t < 75))
    L(61.0, idl, logrus("warning", f"issuer certificate expired at {expiry}; identity service can no longer issue leaf certificates"), ev=True)
    # proxies: their leaf certs expire ~24h after last renewal, renewals now fail
    L(70.4, cpx, f"@REL:-86391@  WARN ThreadId(01) identity:identity{{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}}: linkerd_app_core::control: Failed to certify; retrying error=status: Unknown, message: \"failed to certify: issuer certificate has expired\"", ev=True)
    L(74.9, gpx, f"@REL:-86322@  WARN ThreadId(01) identity:identity{{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}}: linkerd_app_core::control: Failed to certify; retrying error=status: Unknown, message: \"failed to certify: issuer certificate has expired\"")
    for i, t in enumerate(every(80, 225, 11.5, r, 1.2)):
        L(t, gpx, f"@REL:-86322@  WARN ThreadId(0{i % 2 + 1}) outbound:proxy{{addr=10.43.55.12:80}}:service{{ns=shop name=catalogue port=80}}:endpoint{{addr=10.42.6.44:8080}}: linkerd_reconnect: Failed to connect error=invalid peer certificate: Expired")
        if i % 2 == 0:
            L(t + 0.3, cpx, f"@REL:-86391@  INFO ThreadId(01) inbound:server{{port=8080}}: linkerd_app_core::serve: Connection closed error=TLS handshake failed: received fatal alert: CertificateExpired client.addr=10.42.3.27:{r.randrange(30000, 60000)} server.addr=10.42.6.44:8080")
        L(t + 0.05, gl, nest("error", "CatalogueClient", "GET http://catalogue.shop.svc.cluster.local/items/stock failed: Request failed with status code 502"))
        L(t + 0.06, gl, nest("error", "ExceptionsHandler", "POST /orders 502 upstream catalogue unavailable"))
    exp = {
        "severity": "CRITICAL",
        "root_cause_category": "tls_certificate",
        "component": "linkerd-identity",
        "root_cause": "The Linkerd issuer certificate expired at 2026-01-05T00:02:00Z; linkerd-identity can no longer certify workloads, proxies fail to renew their leaf certificates, and meshed mTLS handshakes fail with expired peer certificates.",
        "summary": "order-gateway's 502s on /orders come from its linkerd-proxy, which cannot connect to catalogue (invalid peer certificate: Expired); every meshed workload is affected as leaf certs lapse.",
        "action": "Rotate the Linkerd trust anchor/issuer certificate (or fix cert-manager's issuer rotation), restart linkerd-identity and roll the meshed workloads so proxies get new certificates.",
    }
    return record("C10", w, "Orders fail with 502 from order-gateway since about 00:02. What broke?",
                  {"namespace": ns, "app": "order-gateway"}, exp, ["nested-cause", "outside-selector"])


RECORDS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10]


def build():
    return [f() for f in RECORDS]
