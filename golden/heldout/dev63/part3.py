"""dev63 records 021-030."""
from common import (Record, lab, jlab, elab, sel, logfmt, js, klog, nginx_ingress, nginx_plain, envoy, traefik,
                    pg, spring, pylog, containerd, event_logfmt, event_json, epoch_ms, epoch_s, iso_ms, iso_us,
                    ingress_noise, coredns_ok_noise, redis, UA)


# --------------------------------------------------------------------------- 021
def r021():
    r = Record("dev63-021", "2026-08-11T02:10:00",
               "Why did several font-build jobs fail to download their upstream sources for a few minutes around 02:15?",
               sel("build"), "talos")
    rng = r.rng
    w = ["talos-w1", "talos-w2", "talos-w3", "talos-w4"]
    cd1 = "coredns-7db6d8ff4d-%s" % r.alnum(5)
    cd2 = "coredns-7db6d8ff4d-%s" % r.alnum(5)
    C1 = lab("kube-system", cd1, "coredns", "talos-w1", "coredns")
    t_on, t_off = 262.0, 505.0
    # context: the second CoreDNS replica was evicted by the talos-w2 patch reboot
    r.add(250.0, elab("kube-system"), event_logfmt("Normal", "Killing", "Pod", cd2, "Stopping container coredns", host="talos-w2"))
    r.add(251.0, elab("kube-system"), event_logfmt("Warning", "FailedScheduling", "Pod", "coredns-7db6d8ff4d-%s" % r.alnum(5),
          "0/4 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 1 node(s) were unschedulable, 2 node(s) had "
          "untolerated taint {dedicated: build}. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
          source="default-scheduler"))
    hosts = ["github.com.", "pypi.org.", "files.pythonhosted.org.", "codeload.github.com.", "fonts.gstatic.com."]
    for k, s in enumerate(r.spread(t_on, t_off, 9)):
        h = rng.choice(hosts)
        r.add(s, C1, lambda d, h=h: "[ERROR] plugin/errors: 2 %s %s: concurrent queries exceeded maximum 1000" % (
            h, rng.choice(["A", "AAAA"])), ev=(k < 6))
    r.add(t_on - 3, C1, lambda d: "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.248s", ev=True)
    # second replica back
    new = "coredns-7db6d8ff4d-%s" % r.alnum(5)
    r.add(t_off - 6, elab("kube-system"), event_logfmt("Normal", "Started", "Pod", new, "Started container coredns", host="talos-w3"))
    NL = lab("kube-system", new, "coredns", "talos-w3", "coredns")
    r.add(t_off - 5, NL, ".:53")
    r.add(t_off - 4.99, NL, "[INFO] plugin/reload: Running configuration SHA512 = 2b1b1c38e54a9b8c1e2a5f1d8f3b0e5d6c7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2")
    r.add(t_off - 4.98, NL, "CoreDNS-1.11.3")
    r.add(t_off - 4.97, NL, "linux/amd64, go1.22.5, a6338e9")
    coredns_ok_noise(r, 0, t_on - 10, 5, C1, [("font-artifacts.build.svc.cluster.local.", "A"), ("github.com.", "A"),
                                              ("pypi.org.", "A"), ("build-orchestrator.build.svc.cluster.local.", "A")])
    coredns_ok_noise(r, t_off + 5, 880, 4, NL, [("github.com.", "A"), ("files.pythonhosted.org.", "AAAA"),
                                                ("font-artifacts.build.svc.cluster.local.", "A")])
    # build jobs
    fams = ["kestrel", "argenta-sans", "moraine-serif", "halden-mono", "vireo-grotesk", "lumen-script"]
    for k, s in enumerate(r.spread(t_on + 8, t_off - 10, 7)):
        fam = rng.choice(fams)
        jp = "build-%s-%d-%s" % (fam, rng.randint(9000, 9999), r.alnum(5))
        JL = lab("build", jp, "build", rng.choice(w[1:]), "font-build")
        if k % 2 == 0:
            r.add(s, JL, "fatal: unable to access 'https://github.com/foundry-type/%s-sources.git/': Could not resolve host: github.com" % fam,
                  ev=(k < 3))
        else:
            r.add(s, JL, "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection "
                         "broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f%s>: "
                         "Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/fonttools/"
                  % r.hexs(8), ev=(k < 3))
    orch = r.pod("build-orchestrator")
    OL = lab("build", orch, "orchestrator", "talos-w1", "build-orchestrator")
    r.add(t_on - 20, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "nightly matrix started"),
                                           ("jobs", 64), ("parallelism", 32)]))
    r.add(t_off + 40, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "WARN"), ("msg", "retrying failed jobs"),
                                            ("failed", 7), ("reason", "source fetch failed")]))
    r.add(860.0, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "retry round finished"),
                                       ("succeeded", 7), ("failed", 0)]))
    for s in r.spread(t_off + 60, 860, 4):
        fam = rng.choice(fams)
        r.add(s, lab("build", "build-%s-%d-%s" % (fam, rng.randint(9000, 9999), r.alnum(5)), "build", rng.choice(w[1:]),
                     "font-build"), "Cloning into '/work/%s-sources'..." % fam)
    # distractor: API deprecation warning flood from Argo CD
    ac = "argocd-application-controller-0"
    for s in r.spread(0, 880, 12):
        msg = rng.choice([
            "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice",
            "spec.template.spec.containers[0].env[4]: hides previous definition of \"LOG_LEVEL\", which may be dropped when using apply",
            "metadata.annotations[service.beta.kubernetes.io/...]: deprecated annotation, use spec.trafficDistribution"])
        r.add(s, lab("argocd", ac, "argocd-application-controller", "talos-w1", "argocd-application-controller"),
              lambda d, msg=msg: klog(d, "W", "warnings.go:70", msg, tid=7))
    r.set_expected(
        "WARN", "dns_resolution", "coredns",
        "While the second CoreDNS replica was stopped for the talos-w2 reboot (and could not be rescheduled), the remaining "
        "replica hit its forward max_concurrent limit during the nightly build burst ('concurrent queries exceeded maximum "
        "1000'); for about four minutes external names like github.com and pypi.org did not resolve and build jobs failed. "
        "Once the second replica started, lookups recovered and the retried jobs succeeded.",
        "Transient DNS failures from an overloaded single CoreDNS replica made some build jobs fail; resolved by itself when "
        "the second replica came back. The Argo CD deprecation warnings are noise.",
        "Optional: run at least 3 CoreDNS replicas with a PDB (or a DNS autoscaler), add NodeLocal DNSCache, and reduce "
        "ndots for build pods so bursts do not exhaust CoreDNS.")
    return r.to_dict()


# --------------------------------------------------------------------------- 022
def r022():
    r = Record("dev63-022", "2026-01-09T07:20:00",
               "A hut warden says the availability API was slow this morning. Is hut-availability-api slow or failing?",
               sel("booking", app="hut-availability-api"), "kubeadm")
    rng = r.rng
    n1, n2, n4 = "k8s-worker-01", "k8s-worker-02", "k8s-worker-04"
    pods = r.deploy_pods("hut-availability-api", 2)
    for s in r.spread(0, 1000, 22):
        p = rng.choice(pods)
        r.add(s, lab("booking", p, "api", rng.choice([n1, n2]), "hut-availability-api"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/handler.go:88", "msg": "request served", "method": "GET",
            "path": "/v1/huts/%d/availability" % rng.randint(1, 412), "status": 200, "duration_ms": rng.randint(2, 35),
            "cache": rng.choice(["hit", "hit", "hit", "miss"])}))
    for t in [200.0, 500.0, 800.0]:
        for p in pods:
            r.add(t + rng.uniform(0, 2), lab("booking", p, "api", n1, "hut-availability-api"), lambda d: js({
                "level": "info", "ts": epoch_s(d), "caller": "cache/refresh.go:88", "msg": "availability cache refresh done",
                "duration": "%.3fs" % rng.uniform(0.18, 0.4)}))
    ing = "ingress-nginx-controller-6f8c9d7b5-%s" % r.alnum(5)
    ingress_noise(r, 0, 1000, 10, lab("ingress-nginx", ing, "controller", n2, "ingress-nginx"),
                  [("GET", "/api/v1/huts/{n}/availability", 200, 2100), ("GET", "/api/v1/huts/{n}/availability?from=2026-01-10", 200, 2600)],
                  "booking-hut-availability-api-8080", ["192.168.1.%d" % rng.randint(10, 200) for _ in range(2)], rt=(0.003, 0.04))
    # distractor: corrected memory errors on k8s-worker-04
    K4 = jlab(n4, "kernel")
    for k, t in enumerate([90.0, 410.0, 420.0, 730.0, 960.0]):
        r.add(t, K4, "mce: [Hardware Error]: Machine check events logged")
        r.add(t + 0.01, K4, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x%x "
                            "offset:0x%x grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 imc:0 rank:1 bg:2 ba:1 "
                            "row:0x1a2b col:0x3c8)" % (rng.randint(0x40000, 0x4ffff), rng.choice([0x2c0, 0x340, 0x1c0])))
    r.add(415.0, elab("default"), event_logfmt("Warning", "CorrectableMemoryError", "Node", n4,
          "node k8s-worker-04 reported 3 correctable memory errors on DIMM#0 channel 1 in the last hour",
          source="node-problem-detector", host=n4))
    r.set_expected(
        "INFO", "none", None,
        "No incident for hut-availability-api: both replicas answer every request with 200 in 2-35 ms, the cache refresh "
        "takes under 0.4 s and the ingress shows 3-40 ms upstream times all morning. The corrected memory errors (EDAC/MCE) on "
        "k8s-worker-04 concern a node that runs no availability pods and are unrelated.",
        "The availability API is healthy and fast; the warden's slowness is not visible in the cluster (likely the hut's own "
        "link). The DIMM errors on k8s-worker-04 are a separate hardware follow-up.",
        "Nothing to do for hut-availability-api; check the hut's connectivity. Plan a DIMM replacement for k8s-worker-04 "
        "separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 023
def r023():
    r = Record("dev63-023", "2026-10-31T19:35:00",
               "Why did the leaderboard screens in the venues freeze for a moment around 19:40?",
               sel("leaderboard", app="leaderboard-api"), "gke")
    rng = r.rng
    nA = "gke-escape-prod-pool-1-8a3d2f71-4xkt"
    nB = "gke-escape-prod-pool-1-8a3d2f71-9qwm"
    nC = "gke-escape-prod-pool-1-8a3d2f71-hc2z"
    api = r.deploy_pods("leaderboard-api", 2)
    old_ip, new_ip = "10.8.3.14", "10.8.4.22"
    R0 = lab("leaderboard", "leaderboard-redis-node-0", "redis", nA, "leaderboard-redis")
    S1 = lab("leaderboard", "leaderboard-redis-node-1", "sentinel", nB, "leaderboard-redis")
    R1 = lab("leaderboard", "leaderboard-redis-node-1", "redis", nB, "leaderboard-redis")
    t0 = 290.0
    r.add(t0 - 5, elab("default"), event_logfmt("Normal", "NodeNotSchedulable", "Node", nA,
          "Node %s status is now: NodeNotSchedulable" % nA, host=nA))
    r.add(t0 - 1, elab("leaderboard"), event_logfmt("Normal", "Killing", "Pod", "leaderboard-redis-node-0",
          "Stopping container redis", host=nA))
    for j, (sym, msg) in enumerate([
        ("#", "Received SIGTERM scheduling shutdown..."),
        ("#", "User requested shutdown..."),
        ("*", "Saving the final RDB snapshot before exiting."),
        ("*", "DB saved on disk"),
        ("#", "Redis is now ready to exit, bye bye...")]):
        r.add(t0 + j * 0.12, R0, redis(r.d(t0 + j * 0.12), 1, "M" if j else "signal-handler (1793390400)", sym, msg)
              if j else "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." % int(epoch_ms(r.d(t0)) / 1000),
              ev=(j in (0, 4)))
    for s in [t0 + 1.0, t0 + 6.5, t0 + 12.8]:
        p = rng.choice(api)
        r.add(s, lab("leaderboard", p, "api", nC, "leaderboard-api"), lambda d: "[ioredis] Unhandled error event: Error: connect "
              "ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)" % old_ip, ev=True)
    for s in r.spread(t0 + 0.5, t0 + 20, 4):
        p = rng.choice(api)
        r.add(s, lab("leaderboard", p, "api", nC, "leaderboard-api"), lambda d, p=p: js({
            "level": 40, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "leaderboard push skipped: redis unavailable",
            "venue": rng.choice(["porto", "lisboa", "braga"]), "screens": rng.randint(2, 6)}))
    sent = [(t0 + 5.1, "# +sdown master mymaster %s 6379" % old_ip),
            (t0 + 5.2, "# +odown master mymaster %s 6379 #quorum 2/2" % old_ip),
            (t0 + 5.3, "# +new-epoch 14"),
            (t0 + 5.3, "# +try-failover master mymaster %s 6379" % old_ip),
            (t0 + 5.5, "# +elected-leader master mymaster %s 6379" % old_ip),
            (t0 + 5.6, "# +selected-slave slave %s:6379 %s 6379 @ mymaster %s 6379" % (new_ip, new_ip, old_ip)),
            (t0 + 6.4, "# +switch-master mymaster %s 6379 %s 6379" % (old_ip, new_ip))]
    for j, (t, m) in enumerate(sent):
        r.add(t, S1, redis(r.d(t), 1, "X", m[0], m[2:]), ev=(j in (0, 6)))
    r.add(t0 + 5.8, R1, redis(r.d(t0 + 5.8), 1, "M", "*", "Discarding previously cached master state."))
    r.add(t0 + 5.81, R1, redis(r.d(t0 + 5.81), 1, "M", "*", "Setting secondary replication ID to 5d3f0c2a9e81b7d4c6a2f9e0b1d3c5a7e9f1b2d4, valid up to offset: 88231415. New replication ID is a1c9e7f5d3b1a9c7e5f3d1b9a7c5e3f1d9b7a5c3"))
    r.add(t0 + 5.82, R1, redis(r.d(t0 + 5.82), 1, "M", "*", "MASTER MODE enabled (user request from 'id=31 addr=10.8.4.22:43120 laddr=10.8.4.22:6379 fd=12 name=sentinel-8f1d2c3b-cmd age=1820 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=1024 rbp=1024 obl=45 oll=0 omem=0 tot-mem=22589 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')"))
    for s in [t0 + 19.0, t0 + 19.4]:
        p = api[0] if s == t0 + 19.0 else api[1]
        r.add(s, lab("leaderboard", p, "api", nC, "leaderboard-api"), lambda d, p=p: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "redis reconnected",
            "master": "%s:6379" % new_ip, "via": "sentinel mymaster"}))
    for s in r.spread(0, 840, 16):
        if t0 - 2 < s < t0 + 21:
            continue
        p = rng.choice(api)
        r.add(s, lab("leaderboard", p, "api", nC, "leaderboard-api"), lambda d, p=p: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "leaderboard published",
            "venue": rng.choice(["porto", "lisboa", "braga", "coimbra"]), "entries": rng.randint(10, 50),
            "screens": rng.randint(2, 6)}))
    r.add(400.0, elab("leaderboard"), event_logfmt("Normal", "Started", "Pod", "leaderboard-redis-node-0",
          "Started container redis", host=nC))
    r.add(404.0, lab("leaderboard", "leaderboard-redis-node-0", "redis", nC, "leaderboard-redis"),
          redis(r.d(404.0), 1, "S", "*", "Connecting to MASTER %s:6379" % new_ip))
    r.add(404.6, lab("leaderboard", "leaderboard-redis-node-0", "redis", nC, "leaderboard-redis"),
          redis(r.d(404.6), 1, "S", "*", "MASTER <-> REPLICA sync: Finished with success"))
    # distractor: gift-card-reconcile CronJob 403
    jp = r.job_pod("gift-card-reconcile", r.d(60))
    JL = lab("payments", jp, "reconcile", nB, "gift-card-reconcile")
    r.add(62.0, JL, lambda d: pylog(d, "INFO", "reconcile", "fetching settlements for 2026-10-31 from gift-card provider"))
    for j, ln in enumerate([
        "Traceback (most recent call last):",
        '  File "/app/reconcile.py", line 88, in <module>',
        "    resp.raise_for_status()",
        '  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
        "    raise HTTPError(http_error_msg, response=self)",
        "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.giftcards-provider.example/v2/settlements?date=2026-10-31"]):
        r.add(63.4 + j * 0.001, JL, ln)
    r.add(70.0, elab("payments"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
          "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "WARN", "connection_refused", "leaderboard-redis",
        "The leaderboard-redis master (node-0, %s) was stopped when GKE drained its node; until Sentinel promoted node-1 "
        "(+sdown ... +switch-master to %s, about 6 s) and ioredis reconnected (~19 s), leaderboard-api got ECONNREFUSED "
        "from Redis and skipped screen pushes, so the screens froze briefly and then recovered." % (old_ip, new_ip),
        "Short leaderboard freeze caused by a Redis master failover (connection refused during the switch); recovered on its "
        "own. The gift-card-reconcile 403 in payments is unrelated.",
        "Optional: add a PDB for leaderboard-redis and trigger a Sentinel failover before node drains; make leaderboard-api "
        "keep serving the last snapshot while Redis reconnects.")
    return r.to_dict()


# --------------------------------------------------------------------------- 024
def r024():
    r = Record("dev63-024", "2026-03-03T03:05:00",
               "Why are all licence purchases failing since about 03:10?",
               sel("licensing"), "eks")
    rng = r.rng
    n1 = "ip-10-20-14-77.eu-central-1.compute.internal"
    n2 = "ip-10-20-33-190.eu-central-1.compute.internal"
    n3 = "ip-10-20-58-6.eu-central-1.compute.internal"
    DB = lab("licensing", "licensing-db-0", "postgresql", n1, "licensing-db")
    r.add(10.0, DB, lambda d: pg(d, 58, "LOG", "checkpoints are occurring too frequently (11 seconds apart)"))
    r.add(10.001, DB, lambda d: pg(d, 58, "HINT", "Consider increasing the configuration parameter \"max_wal_size\"."))
    r.add(190.0, DB, lambda d: pg(d, 4127, "ERROR", 'could not extend file "base/16384/24587.3": No space left on device'), ev=True)
    r.add(190.001, DB, lambda d: pg(d, 4127, "HINT", "Check free disk space."))
    r.add(190.002, DB, lambda d: pg(d, 4127, "STATEMENT", "INSERT INTO usage_events (licence_id, event, payload, created_at) VALUES ($1, $2, $3, now())"))
    r.add(191.4, DB, lambda d: pg(d, 58, "PANIC", 'could not write to file "pg_wal/xlogtemp.58": No space left on device'), ev=True)
    for j, m in enumerate(["checkpointer process (PID 58) was terminated by signal 6: Aborted",
                           "terminating any other active server processes",
                           "all server processes terminated; reinitializing",
                           "database system was interrupted; last known up at 2026-03-03 03:07:44 UTC",
                           "database system was not properly shut down; automatic recovery in progress",
                           "redo starts at 4/1C0012A8"]):
        r.add(191.6 + j * 0.2, DB, lambda d, m=m, j=j: pg(d, 1 if j < 3 else 4188, "LOG", m))
    r.add(193.4, DB, lambda d: pg(d, 4188, "FATAL", 'could not write to file "pg_wal/xlogtemp.4188": No space left on device'), ev=True)
    r.add(193.5, DB, lambda d: pg(d, 1, "LOG", "startup process (PID 4188) exited with exit code 1"))
    r.add(193.6, DB, lambda d: pg(d, 1, "LOG", "aborting startup due to startup process failure"))
    r.add(193.7, DB, lambda d: pg(d, 1, "LOG", "database system is shut down"))
    for k, t in enumerate([215.0, 262.0, 390.0]):
        r.add(t, DB, lambda d: pg(d, 1, "LOG", "starting PostgreSQL 16.2 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"))
        r.add(t + 0.4, DB, lambda d: pg(d, 22, "LOG", "database system was interrupted while in recovery at 2026-03-03 03:08:13 UTC"))
        r.add(t + 1.1, DB, lambda d: pg(d, 22, "FATAL", 'could not write to file "pg_wal/xlogtemp.22": No space left on device'),
              ev=(k == 0))
        r.add(t + 1.3, elab("licensing"), event_logfmt("Warning", "BackOff", "Pod", "licensing-db-0",
              "Back-off restarting failed container postgresql in pod licensing-db-0_licensing(8e1a5c3f-0d2b-4f7e-b9a6-3c2d1e0f5a48)",
              host=n1, count=k + 1))
    purch = r.deploy_pods("licence-purchase", 2)
    for s in r.spread(192, 880, 11):
        p = rng.choice(purch)
        err = rng.choice([
            'connection to server at "licensing-db.licensing.svc.cluster.local" (172.20.91.14), port 5432 failed: Connection refused',
            'connection to server at "licensing-db.licensing.svc.cluster.local" (172.20.91.14), port 5432 failed: FATAL:  the database system is in recovery mode'])
        r.add(s, lab("licensing", p, "purchase", n2, "licence-purchase"), lambda d, err=err: pylog(
            d, "ERROR", "purchase.api", "POST /v1/purchases failed: psycopg.OperationalError: %s" % err))
    for s in r.spread(0, 185, 7):
        p = rng.choice(purch)
        r.add(s, lab("licensing", p, "purchase", n2, "licence-purchase"), lambda d: pylog(
            d, "INFO", "purchase.api", "purchase FP-%07d completed: %s, %d.00 EUR" % (rng.randint(1000000, 9999999),
                                                                                 rng.choice(["desktop x1", "webfont 50k", "app x1"]),
                                                                                 rng.choice([49, 89, 120, 240]))))
    imp = r.pod("usage-events-import")
    for i, s in enumerate(r.spread(0, 185, 4)):
        r.add(s, lab("licensing", imp, "import", n2, "usage-events-import"), lambda d, i=i: logfmt([
            ("time", iso_ms(d)), ("level", "info"), ("msg", "batch inserted"), ("table", "usage_events"),
            ("rows", 50000), ("total_rows", 3412000 + 50000 * i)]))
    # distractor: font-preview-renderer OOM loop for two days
    fp = r.pod("font-preview-renderer")
    for k, t in enumerate([60.0, 360.0, 660.0]):
        for j, ln in enumerate([
            "chrome invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=997",
            "memory: usage 1048576kB, limit 1048576kB, failcnt %d" % (88211 + k * 40),
            "Memory cgroup out of memory: Killed process %d (chrome) total-vm:34201876kB, anon-rss:1031220kB, file-rss:88412kB, "
            "shmem-rss:12044kB, UID:1001 pgtables:5204kB oom_score_adj:997" % rng.randint(10000, 60000)]):
            r.add(t + j * 0.001, jlab(n3, "kernel"), ln)
        r.add(t + 2.0, elab("storefront"), event_logfmt("Warning", "BackOff", "Pod", fp,
              "Back-off restarting failed container renderer in pod %s_storefront(b3a9d0e2-6c1f-4a8b-9e7d-2f5c0a1b3d64)" % fp,
              host=n3, count=640 + k))
    r.set_expected(
        "CRITICAL", "resource_exhausted", "licensing-db",
        "The volume of the licensing Postgres (licensing-db-0) is full: inserts into usage_events fail with 'could not extend "
        "file ... No space left on device', the checkpointer PANICs writing WAL, and crash recovery cannot write WAL either, "
        "so the database is down and restarting in a loop; licence-purchase gets connection refused / recovery mode for every "
        "purchase.",
        "The licensing database is down because its disk is full (WAL cannot be written); all purchases fail. The "
        "font-preview-renderer OOM loop in storefront is an older, unrelated problem.",
        "Expand the licensing-db PVC (the storage class allows volume expansion) or free space (e.g. move old usage_events "
        "out), then let Postgres finish recovery; pause the usage-events-import batch and add disk-usage alerts and "
        "retention for usage_events.")
    return r.to_dict()


# --------------------------------------------------------------------------- 025
def r025():
    r = Record("dev63-025", "2026-10-02T22:40:00",
               "Why did the guestbook-photos service take six minutes to come back after tonight's node drain?",
               sel("community", app="guestbook-photos"), "rke2")
    rng = r.rng
    a1, a3, a4 = "rke2-agent-01", "rke2-agent-03", "rke2-agent-04"
    old = r.pod("guestbook-photos")
    new = "%s-%s" % (old.rsplit("-", 1)[0], r.alnum(5))
    pvc = "pvc-3c8e1f20-7a4d-4b9e-8f16-d2a0c5e9b371"
    lm = r.ds_pod("longhorn-manager")
    LM = lab("longhorn-system", lm, "longhorn-manager", a3, "longhorn-manager")
    r.add(20.0, elab("default"), event_logfmt("Normal", "NodeNotSchedulable", "Node", a1,
          "Node rke2-agent-01 status is now: NodeNotSchedulable", host=a1))
    r.add(22.0, elab("community"), event_logfmt("Normal", "Killing", "Pod", old, "Stopping container photos", host=a1))
    r.add(22.3, lab("community", old, "photos", a1, "guestbook-photos"), lambda d: js({
        "level": "info", "time": iso_ms(d), "msg": "shutting down, draining 3 uploads"}))
    r.add(24.0, elab("community"), event_logfmt("Normal", "Scheduled", "Pod", new,
          "Successfully assigned community/%s to rke2-agent-03" % new, source="default-scheduler"))
    for k, t in enumerate([26.0, 118.0, 210.0]):
        r.add(t, LM, lambda d: logfmt([("time", d.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "warning"),
              ("msg", "Volume %s is still being detached from node rke2-agent-01, waiting before attaching to rke2-agent-03" % pvc),
              ("controller", "longhorn-volume"), ("node", "rke2-agent-03")]), ev=True)
    for k, t in enumerate([145.0, 290.0]):
        r.add(t, elab("community"), event_logfmt("Warning", "FailedAttachVolume", "Pod", new,
              'AttachVolume.Attach failed for volume "%s" : timed out waiting for external-attacher of driver.longhorn.io CSI '
              'driver to attach volume %s' % (pvc, pvc), source="attachdetach-controller", count=k + 1), ev=True)
    r.add(150.0, elab("community"), event_logfmt("Warning", "FailedMount", "Pod", new,
          "Unable to attach or mount volumes: unmounted volumes=[photos], unattached volumes=[photos kube-api-access-8xk2p]: "
          "timed out waiting for the condition", host=a3), ev=True)
    r.add(305.0, LM, lambda d: logfmt([("time", d.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "info"),
          ("msg", "Volume %s detached from node rke2-agent-01" % pvc), ("controller", "longhorn-volume")]), ev=True)
    r.add(331.0, LM, lambda d: logfmt([("time", d.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "info"),
          ("msg", "Volume %s attached to node rke2-agent-03" % pvc), ("controller", "longhorn-volume")]))
    r.add(333.0, elab("community"), event_logfmt("Normal", "SuccessfulAttachVolume", "Pod", new,
          'AttachVolume.Attach succeeded for volume "%s"' % pvc, source="attachdetach-controller"))
    r.add(340.0, elab("community"), event_logfmt("Normal", "Started", "Pod", new, "Started container photos", host=a3))
    NL = lab("community", new, "photos", a3, "guestbook-photos")
    r.add(341.5, NL, lambda d: js({"level": "info", "time": iso_ms(d), "msg": "photo store opened", "path": "/data/photos",
                                   "objects": 184220}))
    r.add(341.7, NL, lambda d: js({"level": "info", "time": iso_ms(d), "msg": "listening", "addr": ":8080"}))
    for s in r.spread(350, 720, 10):
        r.add(s, NL, lambda d: js({"level": "info", "time": iso_ms(d), "msg": "request", "method": rng.choice(["GET", "GET", "POST"]),
                                   "path": rng.choice(["/api/huts/%d/photos" % rng.randint(1, 412), "/api/photos/upload",
                                                       "/thumbs/%s.jpg" % r.hexs(12)]), "status": 200,
                                   "ms": rng.randint(4, 90)}))
    ing = "rke2-ingress-nginx-controller-%s" % r.alnum(5)
    IL = lab("kube-system", ing, "rke2-ingress-nginx-controller", a4, "rke2-ingress-nginx")
    for s in r.spread(30, 335, 6):
        r.add(s, IL, lambda d: nginx_ingress(d, r.pub_ip(), "GET", "/api/huts/%d/photos" % rng.randint(1, 412), 503, 190,
              rng.choice(UA), rng.randint(300, 700), 0.000, "community-guestbook-photos-8080", "-", "-", "-", "-", r.reqid()))
    # distractor: db-backup-verify CronJob ImagePullBackOff
    jp = r.job_pod("db-backup-verify", r.d(-300))
    img = "ghcr.io/refuge-network/db-backup-verify:1.4"
    for k, t in enumerate([80.0, 380.0, 680.0]):
        r.add(t, elab("ops"), event_logfmt("Warning", "Failed", "Pod", jp,
              'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to '
              'resolve reference "%s": %s: not found' % (img, img, img, img), host=a4, count=8 + k))
        r.add(t + 0.1, elab("ops"), event_logfmt("Warning", "Failed", "Pod", jp, "Error: ErrImagePull", host=a4, count=8 + k))
        r.add(t + 1.0, elab("ops"), event_logfmt("Normal", "BackOff", "Pod", jp, 'Back-off pulling image "%s"' % img,
              host=a4, count=30 + k * 5))
    r.set_expected(
        "WARN", "storage", "guestbook-photos",
        "After the drain, guestbook-photos' Longhorn volume was still detaching from rke2-agent-01, so attaching it to "
        "rke2-agent-03 timed out twice (FailedAttachVolume: timed out waiting for external-attacher of driver.longhorn.io) "
        "and the pod could not mount /data/photos for about five minutes; once the detach completed the attach succeeded and "
        "the service came back on its own.",
        "A slow Longhorn volume detach/attach during the node drain kept guestbook-photos down for ~6 minutes; it recovered. "
        "The db-backup-verify ImagePullBackOff in ops is unrelated.",
        "Optional: run guestbook-photos with a standby or RWX/replicated storage, and drain nodes after scaling it so the "
        "volume detaches cleanly; check Longhorn detach times on rke2-agent-01.")
    return r.to_dict()


# --------------------------------------------------------------------------- 026
def r026():
    r = Record("dev63-026", "2026-12-30T20:10:00",
               "Why does the game-master tablet app show 'could not load room state' in Porto tonight?",
               sel("gamemaster", app="room-state-api"), "aks")
    rng = r.rng
    n1 = "aks-apps-52190347-vmss000001"
    n2 = "aks-apps-52190347-vmss000003"
    rs = r.deploy_pods("room-state-api", 2)
    he = r.deploy_pods("hint-engine", 2)
    ing = "ingress-nginx-controller-84b6f7c9d-%s" % r.alnum(5)
    IL = lab("ingress-nginx", ing, "controller", n2, "ingress-nginx")
    rs_ip = {p: "10.244.%d.%d" % (rng.randint(1, 4), rng.randint(10, 200)) for p in rs}
    porto = ["opo-01", "opo-02", "opo-03", "opo-05"]
    for k, s in enumerate(r.spread(15, 860, 9)):
        room = rng.choice(porto)
        p = rng.choice(rs)
        h = rng.choice(he)
        slow = rng.uniform(7.2, 12.5)
        HL = lab("gamemaster", h, "hint-engine", n2, "hint-engine")
        r.add(s + slow, HL, lambda d, room=room, slow=slow: "%s INFO hint_engine.solver: hint graph for %s solved in %.2fs "
              "(nodes=%d, players=%d)" % (d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000), room, slow,
                                          rng.randint(1300, 1450), rng.randint(2, 6)), ev=(k < 4))
        r.add(s + slow + 0.002, HL, lambda d, room=room: 'INFO:     %s:%d - "GET /v1/rooms/%s/next-hints HTTP/1.1" 200 OK' % (
            "10.244.%d.%d" % (rng.randint(1, 4), rng.randint(10, 200)), rng.randint(40000, 60000), room))
        RL = lab("gamemaster", p, "room-state-api", n1, "room-state-api")
        r.add(s + 5.0, RL, lambda d, room=room: spring(d, "ERROR", "room-state-api", "nio-8080-exec-%d" % rng.randint(1, 20),
              "c.e.roomstate.HintClient",
              'Hint lookup for %s failed: I/O error on GET request for "http://hint-engine.gamemaster.svc:8000/v1/rooms/%s/next-hints": '
              "Read timed out" % (room, room)), ev=(k < 4))
        r.add(s + 5.001, IL, lambda d, room=room, p=p: nginx_ingress(
            d, "10.30.%d.%d" % (rng.randint(1, 3), rng.randint(20, 90)), "GET", "/api/rooms/%s/state" % room, 504, 160,
            "GameMasterTablet/5.3 (iPadOS 17.2)", rng.randint(400, 700), 5.004, "gamemaster-room-state-api-8080",
            rs_ip[p] + ":8080", "160", "5.003", "504", r.reqid()))
    for s in r.spread(0, 860, 10):
        room = rng.choice(["lis-01", "lis-02", "brg-01", "brg-03", "cbr-01"])
        p = rng.choice(rs)
        h = rng.choice(he)
        fast = rng.uniform(0.08, 0.6)
        r.add(s, lab("gamemaster", h, "hint-engine", n2, "hint-engine"), lambda d, room=room, fast=fast: "%s INFO hint_engine.solver: "
              "hint graph for %s solved in %.2fs (nodes=%d, players=%d)" % (d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000),
                                                                        room, fast, rng.randint(90, 400), rng.randint(2, 6)))
        r.add(s + fast + 0.01, IL, lambda d, room=room, p=p, fast=fast: nginx_ingress(
            d, "10.30.%d.%d" % (rng.randint(1, 3), rng.randint(20, 90)), "GET", "/api/rooms/%s/state" % room, 200,
            rng.randint(1800, 4200), "GameMasterTablet/5.3 (iPadOS 17.2)", rng.randint(400, 700), fast + 0.02,
            "gamemaster-room-state-api-8080", rs_ip[p] + ":8080", str(rng.randint(1800, 4200)), "%.3f" % (fast + 0.015), "200",
            r.reqid()))
    # distractor: blackbox probes for the closed Coimbra venue
    bb = r.pod("blackbox-exporter")
    for k in range(9):
        t = 30.0 + k * 100 + rng.uniform(0, 2)
        if t > 880:
            break
        r.add(t, lab("monitoring", bb, "blackbox-exporter", n1, "blackbox-exporter"), lambda d: logfmt([
            ("ts", iso_ms(d)), ("caller", "main.go:190"), ("module", "http_2xx"),
            ("target", "https://kiosk.coimbra.escapeworks.example/health"), ("level", "error"), ("msg", "Error resolving address"),
            ("err", "lookup kiosk.coimbra.escapeworks.example on 10.0.0.10:53: no such host")]))
    r.set_expected(
        "ERROR", "timeout", "hint-engine",
        "hint-engine needs 7-12 s to solve the hint graphs of the Porto rooms (about 1,300-1,450 nodes), longer than "
        "room-state-api's 5 s read timeout; room-state-api fails with 'Read timed out' and the ingress returns 504 to the "
        "game-master tablets, which show 'could not load room state'. Rooms in other venues solve in under a second.",
        "Porto room state fails because hint-engine answers too slowly for the Porto rooms' large hint graphs (read timeouts "
        "and 504s). The blackbox-exporter NXDOMAIN errors for the closed Coimbra venue are unrelated.",
        "Speed up or cache hint-graph solving in hint-engine for large rooms (precompute per room, or return partial hints), "
        "and make room-state-api degrade gracefully; remove the Coimbra probe target separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 027
def r027():
    r = Record("dev63-027", "2026-05-14T01:00:00",
               "Nightly check: did anything fail in the foundry cluster overnight?",
               None, "gke")
    rng = r.rng
    nodes = ["gke-foundry-prod-default-pool-5c1d8e2a-7kqz", "gke-foundry-prod-default-pool-5c1d8e2a-m2wd",
             "gke-foundry-prod-build-pool-0b7e4c19-r5tn"]
    jobs = [(60.0, "pg-backup", "licensing", "backup"), (300.0, "font-index-rebuild", "webfonts", "indexer"),
            (640.0, "glyph-coverage-report", "build", "report")]
    for t, cj, ns, ctr in jobs:
        jp = r.job_pod(cj, r.d(t))
        job = jp.rsplit("-", 1)[0]
        n = rng.choice(nodes)
        r.add(t, elab(ns), event_logfmt("Normal", "SuccessfulCreate", "CronJob", cj, "Created job %s" % job, source="cronjob-controller"))
        r.add(t + 1.2, elab(ns), event_logfmt("Normal", "Started", "Pod", jp, "Started container %s" % ctr, host=n))
        L = lab(ns, jp, ctr, n, cj)
        if cj == "pg-backup":
            r.add(t + 3, L, lambda d: pylog(d, "INFO", "backup", "pg_dump licensing -> gs://foundry-backups/licensing/2026-05-14.dump"))
            r.add(t + 71, L, lambda d: pylog(d, "INFO", "backup", "upload complete: 2.31 GiB in 68.2s, sha256 verified"))
        elif cj == "font-index-rebuild":
            r.add(t + 2, L, lambda d: js({"level": "info", "time": iso_ms(d), "msg": "rebuilding search index", "families": 1184}))
            r.add(t + 48, L, lambda d: js({"level": "info", "time": iso_ms(d), "msg": "index swapped", "documents": 18230,
                                           "duration": "45.9s"}))
        else:
            r.add(t + 2, L, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "coverage scan started"),
                                              ("families", 1184)]))
            r.add(t + 120, L, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "report written"),
                                                ("path", "gs://foundry-reports/coverage/2026-05-14.html"),
                                                ("missing_glyphs_total", 4213)]))
        r.add(t + 125 if cj == "glyph-coverage-report" else t + 75, elab(ns), event_logfmt(
            "Normal", "Completed", "Job", job, "Job completed", source="job-controller"))
        r.add(t + 126 if cj == "glyph-coverage-report" else t + 76, elab(ns), event_logfmt(
            "Normal", "SawCompletedJob", "CronJob", cj, "Saw completed job: %s, status: Complete" % job, source="cronjob-controller"))
    origin = r.deploy_pods("webfont-origin", 2)
    for s in r.spread(0, 1100, 14):
        p = rng.choice(origin)
        st = rng.choice([200, 200, 304])
        r.add(s, lab("webfonts", p, "origin", nodes[rng.randint(0, 1)], "webfont-origin"), lambda d, st=st: nginx_plain(
            d, "35.191.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), "GET", "/f/%s.v4.woff2" % rng.choice(
                ["ArgentaSans-Regular", "Kestrel-Text-Book", "Moraine-Serif-Regular"]), st,
            rng.randint(21000, 64000) if st == 200 else 0, rng.choice(UA), rng.uniform(0, 0.015)))
    kd = "kube-dns-6f8d4b7c9-%s" % r.alnum(5)
    for s in r.spread(0, 1100, 4):
        r.add(s, lab("kube-system", kd, "dnsmasq", nodes[0], "kube-dns"), lambda d: klog(
            d, "I", "nanny.go:146", "[INFO] dnsmasq: cache size 1000, %d/%d cache insertions re-used unexpired cache entries."
            % (rng.randint(0, 3), rng.randint(2000, 5000)), tid=1))
    minio = "font-artifacts-0"
    for s in r.spread(0, 1100, 3):
        r.add(s, lab("build", minio, "minio", nodes[2], "font-artifacts"), lambda d: js({
            "level": "INFO", "time": iso_ms(d), "message": "Healing drive '/data' complete (healed: 0, failed: 0)."}))
    r.set_expected(
        "INFO", "none", None,
        "No incident overnight: the pg-backup, font-index-rebuild and glyph-coverage-report CronJobs ran and completed, the "
        "webfont origin served normally, DNS and the artifact store report nothing unusual.",
        "Quiet night; all scheduled jobs completed.",
        "Nothing to do.")
    return r.to_dict()


# --------------------------------------------------------------------------- 028
def r028():
    r = Record("dev63-028", "2026-12-27T16:30:00",
               "Why aren't guests receiving the SMS door codes for the self-service winter rooms this afternoon?",
               sel("notify", app="doorcode-sms"), "openshift")
    rng = r.rng
    wa = "ocp-refuge-4m8xz-worker-0-6gk2t"
    wc = "ocp-refuge-4m8xz-worker-2-pq7v9"
    ds = r.pod("doorcode-sms")
    DL = lab("notify", ds, "doorcode-sms", wa, "doorcode-sms")

    def q(d, level, logger, msg, **kw):
        o = {"timestamp": iso_ms(d), "sequence": rng.randint(10000, 99999), "loggerClassName": "org.jboss.logging.Logger",
             "loggerName": logger, "level": level, "message": msg, "threadName": "executor-thread-%d" % rng.randint(1, 8),
             "hostName": ds}
        o.update(kw)
        return js(o)

    rooms = ["winterraum-tresch", "locale-invernale-vajolet", "winterraum-oberaarjoch", "local-hiver-moiry"]
    for k, s in enumerate(r.spread(20, 1050, 8)):
        b = "W-26-%05d" % rng.randint(10000, 99999)
        room = rng.choice(rooms)
        r.add(s, DL, lambda d, b=b, room=room: q(d, "INFO", "ch.refuge.doorcode.DoorCodeService",
              "Door code generated for booking %s (%s), sending SMS" % (b, room)))
        for a in range(3):
            r.add(s + 0.3 + a * 2.1, DL, lambda d, a=a: q(d, "WARN", "ch.refuge.doorcode.sms.SmsClient",
                  "SMS provider returned 429 Too Many Requests: {\"code\":20429,\"message\":\"Daily message quota of 500 "
                  "exceeded for account AC7f3e…\"}; retry %d/3" % (a + 1)), ev=(k < 3 and a == 0))
        r.add(s + 6.5, DL, lambda d, b=b: q(d, "ERROR", "ch.refuge.doorcode.DoorCodeService",
              "Giving up: door code SMS for booking %s not delivered after 3 attempts (rate limited)" % b), ev=(k < 3))
    r.add(5.0, DL, lambda d: q(d, "INFO", "ch.refuge.doorcode.sms.QuotaMonitor",
          "SMS sent today: 500 of daily quota 500 (reset at 00:00 UTC)"), ev=True)
    for s in r.spread(0, 1050, 6):
        r.add(s, DL, lambda d: q(d, "INFO", "io.quarkus.http.access-log",
              '10.128.2.%d - - "GET /q/health/ready HTTP/1.1" 200 46' % rng.randint(2, 30)))
    ml = r.pod("booking-mailer")
    for s in r.spread(0, 1050, 6):
        r.add(s, lab("notify", ml, "mailer", wa, "booking-mailer"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "info"), ("msg", "mail sent"), ("template", rng.choice(["winter-room-confirmation", "deposit-receipt"])),
            ("to_domain", rng.choice(["gmail.com", "bluewin.ch", "gmx.de", "libero.it"]))]))
    # distractor: image GC failing on worker-2
    J = jlab(wc)
    for k, t in enumerate([100.0, 400.0, 700.0, 1000.0]):
        r.add(t, J, lambda d: klog(d, "E", "kubelet.go:1415", '"Image garbage collection failed multiple times in a row" '
              'err="failed to garbage collect required amount of images. Attempted to free 10737418240 bytes, but only found '
              '1830417612 bytes eligible to free."', tid=2811))
        r.add(t + 0.1, elab("default"), event_logfmt("Warning", "ImageGCFailed", "Node", wc,
              "failed to garbage collect required amount of images. Attempted to free 10737418240 bytes, but only found "
              "1830417612 bytes eligible to free.", host=wc, count=211 + k))
    r.set_expected(
        "ERROR", "rate_limited", "doorcode-sms",
        "doorcode-sms has used up the SMS provider's daily quota (500 of 500 messages); every send now gets 429 Too Many "
        "Requests ('Daily message quota of 500 exceeded'), the three retries fail and the door-code SMS is not delivered.",
        "Door-code SMS are not delivered because the SMS provider account hit its daily quota (429). The image GC failures "
        "on worker-2 are unrelated.",
        "Raise the SMS account's daily quota with the provider (or add a second sender account) and resend the undelivered "
        "door codes; meanwhile send door codes by e-mail as a fallback, and alert before the quota is reached.")
    return r.to_dict()


# --------------------------------------------------------------------------- 029
def r029():
    r = Record("dev63-029", "2026-06-06T12:00:00",
               "Why is the booking widget down on all venue websites?",
               sel("bookings", app="booking-widget"), "rke2")
    rng = r.rng
    a1, a2, a3 = "rke2-agent-01", "rke2-agent-02", "rke2-agent-03"
    pods = r.deploy_pods("booking-widget", 2)
    ips = {p: "10.42.%d.%d" % (rng.randint(1, 3), rng.randint(10, 200)) for p in pods}
    uid = {p: r.uuid() for p in pods}
    for k, base in enumerate([10.0, 190.0, 420.0]):
        for i, p in enumerate(pods):
            t = base + i * 11.0
            n = a1 if i == 0 else a2
            L = lab("bookings", p, "booking-widget", n, "booking-widget")
            r.add(t, L, lambda d: spring(d, "INFO", "booking-widget", "main", "c.e.widget.BookingWidgetApplication",
                                         "Starting BookingWidgetApplication v7.3.0 using Java 21.0.3 with PID 1"))
            r.add(t + 6.0, L, lambda d: spring(d, "INFO", "booking-widget", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
                                               "Tomcat initialized with port 8080 (http)"))
            r.add(t + 7.5, L, lambda d: spring(d, "INFO", "booking-widget", "main", "c.e.widget.cache.TemplateWarmup",
                                               "Warming venue template cache: 5 venues, 212 templates, 1,840 slot calendars"))
            r.add(t + 24.0, L, lambda d: spring(d, "INFO", "booking-widget", "main", "c.e.widget.cache.TemplateWarmup",
                                                "Template cache warm-up 61% (porto, lisboa, braga done)"))
            for j, off in enumerate([20.0, 30.0, 40.0]):
                r.add(t + off, elab("bookings"), event_logfmt("Warning", "Unhealthy", "Pod", p,
                      'Liveness probe failed: Get "http://%s:8080/actuator/health/liveness": dial tcp %s:8080: connect: '
                      'connection refused' % (ips[p], ips[p]), host=n, count=3 * k + j + 1), ev=(k == 0 or j == 2))
            r.add(t + 40.1, elab("bookings"), event_logfmt("Normal", "Killing", "Pod", p,
                  "Container booking-widget failed liveness probe, will be restarted", host=n, count=k + 1), ev=True)
            r.add(t + 40.2, L, lambda d: spring(d, "INFO", "booking-widget", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
                                                "Commencing graceful shutdown. Waiting for active requests to complete"))
            if k >= 1:
                r.add(t + 41.0, elab("bookings"), event_logfmt("Warning", "BackOff", "Pod", p,
                      "Back-off restarting failed container booking-widget in pod %s_bookings(%s)" % (p, uid[p]), host=n,
                      count=k * 2))
    ing = "rke2-ingress-nginx-controller-%s" % r.alnum(5)
    for s in r.spread(0, 660, 9):
        v = rng.choice(["porto", "lisboa", "braga", "coimbra"])
        r.add(s, lab("kube-system", ing, "rke2-ingress-nginx-controller", a3, "rke2-ingress-nginx"), lambda d, v=v: nginx_ingress(
            d, r.pub_ip(), "GET", "/widget/v7/%s/calendar?month=2026-06" % v, 503, 190, rng.choice(UA), rng.randint(400, 800),
            0.000, "bookings-booking-widget-8080", "-", "-", "-", "-", r.reqid()))
    r.add(1.0, elab("bookings"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "booking-widget",
          "Scaled up replica set %s to 2" % pods[0].rsplit("-", 1)[0], source="deployment-controller"))
    # distractor: mailing-list-sync CronJob 403
    for t in [120.0, 480.0]:
        jp = r.job_pod("mailing-list-sync", r.d(t - 1))
        r.add(t, lab("marketing", jp, "sync", a3, "mailing-list-sync"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "error"), ("msg", "sync aborted"),
            ("err", "PUT https://api.newsletter-provider.example/v1/lists/escape-fans/members: 403 Forbidden: API key lacks scope lists:write")]))
        r.add(t + 2.0, elab("marketing"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "CRITICAL", "probe_failure", "booking-widget",
        "booking-widget needs about 45 s to start (template cache warm-up before Tomcat accepts connections), but its liveness "
        "probe starts checking after ~10 s and fails three times (connection refused), so the kubelet kills each container "
        "before it becomes ready; both replicas are in a restart/back-off loop and the ingress returns 503 for the widget on "
        "every venue site.",
        "The booking widget is down because the liveness probe kills the pods during their slow start-up (crash loop). The "
        "mailing-list-sync 403 in marketing is unrelated.",
        "Add a startupProbe (e.g. failureThreshold 30, period 5s) or raise the liveness initialDelaySeconds above the "
        "warm-up time, and roll the Deployment; consider warming the cache after the server starts.")
    return r.to_dict()


# --------------------------------------------------------------------------- 030
def r030():
    r = Record("dev63-030", "2026-02-26T04:00:00",
               "Why hasn't the nightly glyph-coverage report run since Tuesday?",
               sel("build", app="glyph-coverage-report"), "gke")
    rng = r.rng
    rp = "gke-foundry-prod-reports-pool-2d9c71aa-b8xw"
    dp = "gke-foundry-prod-default-pool-5c1d8e2a-7kqz"
    img = "europe-west3-docker.pkg.dev/foundry-prod/build/glyph-coverage-report:1.9.0"
    jp = r.job_pod("glyph-coverage-report", r.d(0))
    job = jp.rsplit("-", 1)[0]
    token = ("https://europe-west3-docker.pkg.dev/v2/token?scope=repository%3Afoundry-prod%2Fbuild%2Fglyph-coverage-report"
             "%3Apull&service=europe-west3-docker.pkg.dev")
    err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth '
           'token: unexpected status from GET request to %s: 403 Forbidden' % (img, img, token))
    r.add(0.2, elab("build"), event_logfmt("Normal", "SuccessfulCreate", "CronJob", "glyph-coverage-report",
          "Created job %s" % job, source="cronjob-controller"))
    r.add(0.6, elab("build"), event_logfmt("Normal", "Scheduled", "Pod", jp, "Successfully assigned build/%s to %s" % (jp, rp),
          source="default-scheduler"))
    for k, t in enumerate([1.5, 16.0, 44.0, 98.0, 190.0, 370.0, 680.0]):
        r.add(t, elab("build"), event_logfmt("Normal", "Pulling", "Pod", jp, 'Pulling image "%s"' % img, host=rp, count=k + 1))
        r.add(t + 0.4, jlab(rp), lambda d: klog(d, "E", "remote_image.go:180", '"PullImage from image service failed" '
              'err="rpc error: code = Unknown desc = %s" image="%s"' % (err.replace('"', '\\"'), img), tid=1902), ev=(k < 2))
        r.add(t + 0.5, elab("build"), event_logfmt("Warning", "Failed", "Pod", jp,
              'Failed to pull image "%s": rpc error: code = Unknown desc = %s' % (img, err), host=rp, count=k + 1), ev=(k < 3))
        r.add(t + 0.5, elab("build"), event_logfmt("Warning", "Failed", "Pod", jp, "Error: ErrImagePull", host=rp, count=k + 1))
        if k:
            r.add(t + 1.2, elab("build"), event_logfmt("Normal", "BackOff", "Pod", jp, 'Back-off pulling image "%s"' % img,
                  host=rp, count=k * 2))
            r.add(t + 1.2, elab("build"), event_logfmt("Warning", "Failed", "Pod", jp, "Error: ImagePullBackOff", host=rp,
                  count=k * 2))
    r.add(3.0, elab("build"), event_logfmt("Warning", "DeadlineExceeded", "Job", "glyph-coverage-report-%d" % (epoch_ms(r.d(-86400)) // 60000),
          "Job was active longer than specified deadline", source="job-controller"))
    # other build work on the default pool pulls fine
    bw = r.deploy_pods("font-build-worker", 2)
    for s in r.spread(0, 900, 9):
        p = rng.choice(bw)
        r.add(s, lab("build", p, "worker", dp, "font-build-worker"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "build finished",
            "family": rng.choice(["kestrel", "argenta-sans", "halden-mono"]), "styles": rng.randint(4, 18),
            "duration_s": rng.randint(40, 300)}))
    # distractor: specimen-renderer readiness failures for days
    sr = r.deploy_pods("specimen-renderer", 2)
    for k, s in enumerate(r.spread(0, 900, 10)):
        p = sr[k % 2]
        r.add(s, elab("storefront"), event_logfmt("Warning", "Unhealthy", "Pod", p,
              "Readiness probe failed: HTTP probe failed with statuscode: 503", host=dp, count=9120 + k * 9))
    for s in r.spread(0, 900, 4):
        p = rng.choice(sr)
        r.add(s, lab("storefront", p, "renderer", dp, "specimen-renderer"), lambda d: pylog(
            d, "WARNING", "renderer.health", "not ready: font cache bucket gs://foundry-specimen-cache unreachable "
            "(403 storage.objects.list denied), serving fallback PNGs"))
    r.set_expected(
        "ERROR", "image_pull", "glyph-coverage-report",
        "The glyph-coverage-report CronJob's pods are scheduled on the new reports node pool, whose node service account "
        "cannot read the Artifact Registry repository: every pull of glyph-coverage-report:1.9.0 fails with 'failed to "
        "authorize: failed to fetch oauth token ... 403 Forbidden', the pod stays in ImagePullBackOff and the Job hits its "
        "deadline, so the report never runs.",
        "The nightly report is not running because its image cannot be pulled (registry 403 on the reports node pool). The "
        "specimen-renderer readiness failures in storefront are a separate, older problem.",
        "Grant roles/artifactregistry.reader on the foundry-prod build repository to the reports pool's node service account "
        "(or schedule the CronJob on the default pool), then trigger the job manually.")
    return r.to_dict()


RECORDS = [r021, r022, r023, r024, r025, r026, r027, r028, r029, r030]
