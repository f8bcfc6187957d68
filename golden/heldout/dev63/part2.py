"""dev63 records 011-020."""
from common import (Record, lab, jlab, elab, sel, logfmt, js, klog, nginx_ingress, nginx_plain, envoy, traefik,
                    pg, spring, pylog, containerd, event_logfmt, event_json, epoch_ms, epoch_s, iso_ms, iso_us,
                    ingress_noise, coredns_ok_noise, rabbit, UA)


def talos_lab(node, service):
    return {"node": node, "job": "talos", "talos_service": service}


def talos(d, service, level, msg):
    return js({"msg": msg, "talos-level": level, "talos-service": service, "talos-time": iso_ms(d)})


# --------------------------------------------------------------------------- 011
def r011():
    r = Record("dev63-011", "2026-01-21T06:30:00",
               "Routine check after last night's Talos and Kubernetes upgrade: is anything broken in the cluster this morning?",
               None, "talos")
    rng = r.rng
    cps = ["talos-cp-1", "talos-cp-2", "talos-cp-3"]
    ws = ["talos-w1", "talos-w2", "talos-w3", "talos-w4"]
    for s in r.spread(0, 900, 6):
        n = rng.choice(cps)
        rev = rng.randint(1823000, 1829000)
        r.add(s, lab("kube-system", "etcd-%s" % n, "etcd", n, "etcd"), lambda d, rev=rev: js({
            "level": "info", "ts": iso_ms(d), "caller": "mvcc/kvstore_compaction.go:68", "msg": "finished scheduled compaction",
            "compact-revision": rev, "took": "%.1fms" % rng.uniform(30, 70), "hash": rng.randint(10 ** 9, 4 * 10 ** 9),
            "current-db-size-bytes": 61440000 + rng.randint(0, 900000), "current-db-size": "61 MB"}))
    for s in r.spread(0, 900, 4):
        n = rng.choice(ws)
        r.add(s, talos_lab(n, "machined"), lambda d: talos(d, "machined", "info",
              "controller runtime: reconciled %s" % rng.choice(["KubeletSpec", "NodeLabelSpec", "StaticPodStatus", "LinkStatus"])))
    r.add(12.0, talos_lab("talos-w4", "machined"), lambda d: talos(d, "machined", "info",
          "upgrade sequence: done: 3m41.208s (post-upgrade health checks passed)"))
    # booking-api and room gateway serving normally
    ba = r.deploy_pods("booking-api", 2)
    for s in r.spread(0, 900, 10):
        p = rng.choice(ba)
        r.add(s, lab("bookings", p, "booking-api", rng.choice(ws), "booking-api"), lambda d, p=p: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "request completed",
            "req": {"method": "GET", "url": rng.choice(["/v1/rooms?venue=porto", "/v1/slots?room=opo-02&date=2026-01-22",
                                                        "/v1/rooms?venue=lisboa", "/healthz"])},
            "res": {"statusCode": 200}, "responseTime": rng.randint(3, 60)}))
    gw = r.pod("room-controller-gateway")
    for s in r.spread(0, 900, 6):
        room = rng.choice(["opo-01", "opo-02", "lis-01", "lis-03", "brg-02"])
        r.add(s, lab("rooms", gw, "gateway", "talos-w2", "room-controller-gateway"), lambda d, room=room: logfmt([
            ("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/mqtt.go:181"), ("msg", "props heartbeat"),
            ("room", room), ("props_online", rng.randint(9, 14))]))
    # post-upgrade rollout chatter on talos-w4 (normal)
    lb = r.pod("leaderboard-api")
    r.add(30.0, elab("leaderboard"), event_logfmt("Normal", "Scheduled", "Pod", lb,
          "Successfully assigned leaderboard/%s to talos-w4" % lb, source="default-scheduler"))
    r.add(31.5, elab("leaderboard"), event_logfmt("Normal", "Pulled", "Pod", lb,
          'Successfully pulled image "ghcr.io/escapeworks/leaderboard-api:4.2.0" in 2.871s (2.871s including waiting). Image size: 48211342 bytes.',
          host="talos-w4"))
    r.add(31.7, elab("leaderboard"), event_logfmt("Normal", "Started", "Pod", lb, "Started container api", host="talos-w4"))
    r.add(34.0, elab("leaderboard"), event_logfmt("Warning", "Unhealthy", "Pod", lb,
          'Readiness probe failed: Get "http://10.244.4.22:8080/ready": dial tcp 10.244.4.22:8080: connect: connection refused',
          host="talos-w4"))
    r.add(38.0, lab("leaderboard", lb, "api", "talos-w4", "leaderboard-api"), lambda d: js({
        "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": lb, "msg": "Server listening at http://0.0.0.0:8080"}))
    for s in r.spread(60, 900, 4):
        r.add(s, lab("leaderboard", lb, "api", "talos-w4", "leaderboard-api"), lambda d: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": lb, "msg": "leaderboard published",
            "venue": rng.choice(["porto", "lisboa", "braga"]), "entries": rng.randint(20, 50)}))
    cd = "coredns-5d78c9869d-%s" % r.alnum(5)
    coredns_ok_noise(r, 0, 900, 6, lab("kube-system", cd, "coredns", "talos-cp-2", "coredns"),
                     [("booking-db.bookings.svc.cluster.local.", "A"), ("emqx.rooms.svc.cluster.local.", "A"),
                      ("api.stripe.com.", "A"), ("leaderboard-redis.leaderboard.svc.cluster.local.", "AAAA")])
    cil = r.ds_pod("cilium")
    for s in r.spread(0, 900, 3):
        r.add(s, lab("kube-system", cil, "cilium-agent", rng.choice(ws), "cilium"), lambda d: logfmt([
            ("time", d.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "info"), ("msg", "Regenerating endpoint"),
            ("subsys", "endpoint"), ("reason", "one or more identities created or deleted"),
            ("endpointID", rng.randint(100, 3999))]))
    r.set_expected(
        "INFO", "none", None,
        "No incident: after the upgrade all nodes run normally (talos-w4 finished its upgrade sequence with health checks "
        "passed), etcd compacts on schedule, booking-api, room-controller-gateway and leaderboard-api serve normally; the "
        "single readiness-probe failure of leaderboard-api is the usual refusal during container start-up, followed by "
        "'Server listening'.",
        "Cluster healthy after the upgrade; only routine rollout and maintenance chatter.",
        "Nothing to do.")
    return r.to_dict()


# --------------------------------------------------------------------------- 012
def r012():
    r = Record("dev63-012", "2026-11-27T16:00:00",
               "Why does the font-subsetter HPA show 8 desired replicas but only 5 ready?",
               sel("webfonts", app="font-subsetter"), "aks")
    rng = r.rng
    apps = ["aks-apps-41102266-vmss000000", "aks-apps-41102266-vmss000001", "aks-apps-41102266-vmss000002"]
    subs = r.deploy_pods("font-subsetter", 8)
    running, pending = subs[:5], subs[5:]
    r.add(20.0, elab("webfonts"), event_logfmt("Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "font-subsetter",
          "New size: 8; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler"), ev=True)
    for p in pending:
        r.add(20.4, elab("webfonts"), event_logfmt("Normal", "SuccessfulCreate", "ReplicaSet", subs[0].rsplit("-", 1)[0],
              "Created pod: %s" % p, source="replicaset-controller"))
    msg = ("0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {dedicated: build}. preemption: "
           "0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    for k, t in enumerate([21.0, 140.0, 380.0, 690.0]):
        for j, p in enumerate(pending):
            if k in (1, 2) and j > 0:
                continue
            r.add(t + j * 0.05, elab("webfonts"), event_logfmt("Warning", "FailedScheduling", "Pod", p, msg,
                  source="default-scheduler", count=1 + k * 4), ev=(k < 2))
        r.add(t + 9.0, elab("webfonts"), event_logfmt("Normal", "NotTriggerScaleUp", "Pod", pending[0],
              "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: build}",
              source="cluster-autoscaler", count=1 + k * 3), ev=(k < 2))
    fams = ["ArgentaSans", "Kestrel Text", "Moraine Serif", "Halden Mono"]
    for s in r.spread(0, 840, 16):
        p = rng.choice(running)
        r.add(s, lab("webfonts", p, "subsetter", rng.choice(apps), "font-subsetter"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "subset built", "family": rng.choice(fams),
            "codepoints": rng.randint(60, 900), "format": "woff2", "duration_ms": rng.randint(90, 340),
            "queue_wait_ms": rng.randint(20, 260)}))
    ing = "ingress-nginx-controller-6c7d9f5b8-%s" % r.alnum(5)
    ingress_noise(r, 0, 840, 10, lab("ingress-nginx", ing, "controller", apps[0], "ingress-nginx"),
                  [("GET", "/s/ArgentaSans.woff2?text=%3Dabc&v={n}", 200, 14000), ("GET", "/s/Kestrel-Text.woff2?subset=latin-ext&v={n}", 200, 22000),
                   ("GET", "/s/Moraine-Serif.woff2?subset=latin&v={n}", 200, 19000)],
                  "webfonts-font-subsetter-8080", ["10.244.1.%d" % x for x in (14, 27, 33)] + ["10.244.2.%d" % x for x in (8, 19)],
                  rt=(0.09, 0.45))
    # distractor: sitemap-generator CronJob fails
    for t in [100.0, 560.0]:
        jp = r.job_pod("sitemap-generator", r.d(t - 3))
        JL = lab("storefront", jp, "sitemap", apps[2], "sitemap-generator")
        r.add(t, JL, lambda d: pylog(d, "INFO", "sitemap", "building sitemap for 1184 families, 7 locales"))
        for j, ln in enumerate([
            "Traceback (most recent call last):",
            '  File "/app/sitemap/build.py", line 96, in <module>',
            "    main()",
            '  File "/app/sitemap/build.py", line 71, in main',
            '    url = BASE + "/fonts/" + family["slug"] + "/" + family["designer_slug"]',
            'TypeError: can only concatenate str (not "NoneType") to str']):
            r.add(t + 6.1 + j * 0.001, JL, ln)
        r.add(t + 8.0, elab("storefront"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "WARN", "scheduling", "font-subsetter",
        "The HPA scaled font-subsetter to 8 replicas but the 3 new pods stay Pending: the app node pool has insufficient "
        "CPU, the other nodes carry the dedicated=build taint, and the cluster autoscaler cannot add nodes because the "
        "node group is at its maximum size. The 5 running replicas keep serving with higher latency.",
        "font-subsetter cannot scale out (FailedScheduling: insufficient cpu / untolerated taint; autoscaler at max node "
        "group size); service is degraded but up. The sitemap-generator CronJob failure is unrelated.",
        "Raise the max size of the app node pool (or add a pool), or lower the subsetter CPU requests; optionally allow "
        "overflow onto the build pool with a toleration.")
    return r.to_dict()


# --------------------------------------------------------------------------- 013
def r013():
    r = Record("dev63-013", "2026-06-20T08:00:00",
               "Why do some bed reservations fail with 'could not complete booking' since bookings opened at 08:00?",
               sel("booking", app="reservation-api"), "rke2")
    rng = r.rng
    a1, a2, a4, a5 = "rke2-agent-01", "rke2-agent-02", "rke2-agent-04", "rke2-agent-05"
    res = r.deploy_pods("reservation-api", 3)
    DBL = lab("databases", "bookingdb-1", "postgres", a4, "bookingdb")

    def cnpg(d, sev, msg, pid, **kw):
        rec = {"log_time": d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (d.microsecond // 1000),
               "user_name": "reservation", "database_name": "booking", "process_id": str(pid),
               "connection_from": "10.42.%d.%d:%d" % (rng.randint(1, 3), rng.randint(10, 200), rng.randint(40000, 60000)),
               "error_severity": sev}
        rec.update(kw)
        rec["message"] = msg
        rec["application_name"] = "reservation-api"
        rec["backend_type"] = "client backend"
        return js({"level": "info", "ts": iso_ms(d), "logger": "postgres", "msg": "record", "logging_pod": "bookingdb-1",
                   "record": rec})

    huts = ["tresch-huette", "rifugio-vajolet", "cabane-de-moiry", "oberaarjochhuette", "rifugio-lagazuoi"]
    for k, s in enumerate(r.spread(20, 800, 6)):
        p1, p2 = rng.randint(3000, 9000), rng.randint(3000, 9000)
        x1, x2 = rng.randint(9000000, 9900000), rng.randint(9000000, 9900000)
        r.add(s - 1.0, DBL, lambda d, p1=p1, p2=p2, x1=x1: cnpg(
            d, "LOG", "process %d still waiting for ShareLock on transaction %d after 1000.%03d ms" % (p1, x1 + 1, rng.randint(0, 999)),
            p1, sql_state_code="00000", command_tag="UPDATE"), ev=(k < 3))
        r.add(s, DBL, lambda d, p1=p1, p2=p2, x1=x1, x2=x2: cnpg(
            d, "ERROR", "deadlock detected", p1, sql_state_code="40P01", command_tag="UPDATE",
            detail="Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock "
                   "on transaction %d; blocked by process %d." % (p1, x2, p2, p2, x1, p1),
            hint="See server log for query details.",
            context='while updating tuple (%d,%d) in relation "bed_slots"' % (rng.randint(10, 90), rng.randint(1, 40)),
            query="UPDATE bed_slots SET reserved = reserved + $1 WHERE hut_id = $2 AND night = $3"), ev=True)
        p = rng.choice(res)
        RL = lab("booking", p, "reservation-api", rng.choice([a1, a2]), "reservation-api")
        req = "R-%s" % r.hexs(8)
        r.add(s + 0.01, RL, lambda d, req=req: spring(d, "WARN", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 30),
              "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 40P01"))
        r.add(s + 0.012, RL, lambda d, req=req: spring(d, "ERROR", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 30),
              "c.r.r.api.ReservationController",
              "Reservation %s failed: org.springframework.dao.CannotAcquireLockException: could not execute statement "
              "[ERROR: deadlock detected] [update bed_slots set reserved=reserved+? where hut_id=? and night=?]; returning "
              "409 'could not complete booking'" % req))
    for s in r.spread(0, 820, 14):
        p = rng.choice(res)
        r.add(s, lab("booking", p, "reservation-api", rng.choice([a1, a2]), "reservation-api"), lambda d: spring(
            d, "INFO", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 30), "c.r.r.api.ReservationController",
            "Reservation B-26-%05d confirmed (hut=%s, beds=%d, nights=%d)" % (rng.randint(10000, 99999), rng.choice(huts),
                                                                          rng.randint(1, 8), rng.randint(1, 3))))
    for s in [240.0, 540.0]:
        r.add(s, DBL, lambda d: js({"level": "info", "ts": iso_ms(d), "logger": "postgres", "msg": "record",
                                    "logging_pod": "bookingdb-1", "record": {
                                        "log_time": d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (d.microsecond // 1000),
                                        "process_id": "31", "error_severity": "LOG", "sql_state_code": "00000",
                                        "message": "checkpoint starting: time", "backend_type": "checkpointer"}}))
    r.add(60.0, lab("databases", "bookingdb-1", "postgres", a4, "bookingdb"), lambda d: js({
        "level": "info", "ts": iso_ms(d), "logger": "wal-archive", "msg": "Archived WAL file",
        "logging_pod": "bookingdb-1", "walName": "pg_wal/00000003000000A10000004C", "startTime": iso_ms(d),
        "endTime": iso_ms(d), "elapsedWalTime": 0.41}))
    # distractor: PLEG warnings on rke2-agent-05
    for t in [150.0, 152.0, 430.0, 433.0, 700.0]:
        r.add(t, jlab(a5, "rke2-agent.service"), lambda d: klog(d, "E", "kubelet.go:2359",
              '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m%d.%03ds ago; threshold is 3m0s"'
              % (rng.randint(0, 9), rng.randint(0, 999)), tid=2207))
    r.add(435.0, jlab(a5, "rke2-agent.service"), lambda d: klog(d, "I", "generic.go:334",
          '"Generic (PLEG): container finished" podID="3b7c1e0e-4b6f-4a8d-a7b2-9e1f0c5d2a11" containerID="containerd://%s" exitCode=0'
          % r.hexs(64), tid=2207))
    r.set_expected(
        "ERROR", "database", "bookingdb",
        "At the weekend booking opening, concurrent reservation transactions update the same bed_slots rows in different "
        "orders; the bookingdb Postgres primary (bookingdb-1) detects deadlocks (SQLSTATE 40P01) and aborts one transaction "
        "each time, which reservation-api turns into 409 'could not complete booking'.",
        "Part of the reservations fail because of Postgres deadlocks on bed_slots in bookingdb; the rest go through. The "
        "PLEG warnings on rke2-agent-05 are unrelated (no booking pods there).",
        "Make reservation-api lock bed_slots rows in a deterministic order (e.g. SELECT ... ORDER BY hut_id, night FOR "
        "UPDATE before updating) and retry on 40P01; consider a per-hut advisory lock for the opening rush.")
    return r.to_dict()


# --------------------------------------------------------------------------- 014
def r014():
    r = Record("dev63-014", "2026-03-28T14:00:00",
               "Why is the room-controller gateway down in all venues since the 14:00 deploy?",
               sel("rooms"), "k3s")
    rng = r.rng
    a1, a2, a3 = "k3s-agent-01", "k3s-agent-02", "k3s-agent-03"
    old = r.pod("room-controller-gateway")
    rs_new = "room-controller-gateway-7c48d9fb6"
    new = "%s-%s" % (rs_new, r.alnum(5))
    img = "registry.escapeworks.example/rooms/room-controller-gateway:2.14.0"
    GL = lab("rooms", old, "gateway", a2, "room-controller-gateway")
    r.add(14.0, elab("rooms"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "room-controller-gateway",
          "Scaled down replica set %s to 0 from 1" % old.rsplit("-", 1)[0], source="deployment-controller"))
    r.add(14.3, GL, lambda d: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/main.go:212"),
                                      ("msg", "received signal, shutting down"), ("signal", "terminated")]))
    r.add(15.1, GL, lambda d: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/mqtt.go:96"),
                                      ("msg", "mqtt disconnected"), ("broker", "tcp://emqx.rooms.svc:1883"), ("sessions", 31)]))
    r.add(15.4, GL, lambda d: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/main.go:230"),
                                      ("msg", "shutdown complete")]))
    r.add(47.0, elab("rooms"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "room-controller-gateway",
          "Scaled up replica set %s to 1" % rs_new, source="deployment-controller"))
    r.add(47.3, elab("rooms"), event_logfmt("Normal", "Scheduled", "Pod", new,
          "Successfully assigned rooms/%s to %s" % (new, a1), source="default-scheduler"))
    for k, t in enumerate([48.0, 63.0, 92.0, 148.0, 262.0, 520.0]):
        r.add(t, elab("rooms"), event_logfmt("Normal", "Pulling", "Pod", new, 'Pulling image "%s"' % img, host=a1, count=k + 1))
        r.add(t + 0.6, jlab(a1, "k3s-agent.service"), lambda d: klog(d, "E", "remote_image.go:180",
              '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image '
              '\\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"' % (img, img, img, img), tid=1031),
              ev=(k < 3))
        r.add(t + 0.7, elab("rooms"), event_logfmt("Warning", "Failed", "Pod", new,
              'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to '
              'resolve reference "%s": %s: not found' % (img, img, img, img), host=a1, count=k + 1), ev=True)
        r.add(t + 0.7, elab("rooms"), event_logfmt("Warning", "Failed", "Pod", new, "Error: ErrImagePull", host=a1, count=k + 1))
        if k > 0:
            r.add(t + 1.5, elab("rooms"), event_logfmt("Warning", "Failed", "Pod", new, "Error: ImagePullBackOff", host=a1,
                  count=k))
    # symptoms: hint consoles and the broker
    hc = r.pod("hint-console-api")
    for s in r.spread(30, 700, 8):
        room = rng.choice(["opo-01", "opo-03", "lis-02", "brg-01", "cbr-02"])
        r.add(s, lab("gamemaster", hc, "api", a3, "hint-console-api"), lambda d, room=room: js({
            "level": 50, "time": epoch_ms(d), "pid": 1, "hostname": hc, "msg": "room state lookup failed", "room": room,
            "err": "connect ECONNREFUSED 10.43.118.40:8080"}))
    emqx = "emqx-0"
    for s in r.spread(60, 700, 4):
        r.add(s, lab("rooms", emqx, "emqx", a3, "emqx"), lambda d: "%s [warning] clientid: %s, msg: session_expired_and_discarded, "
              "topic_filters: [<<\"escape/+/+/props/#\">>]" % (d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % d.microsecond,
                                                              "gw-%s" % r.alnum(6)))
    # distractor: disk pressure and evictions on k3s-agent-03
    J3 = jlab(a3, "k3s-agent.service")
    r.add(200.0, J3, lambda d: klog(d, "W", "eviction_manager.go:369",
          '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', tid=912))
    r.add(200.2, J3, lambda d: klog(d, "I", "eviction_manager.go:380",
          '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"', tid=912))
    r.add(200.4, J3, lambda d: klog(d, "I", "eviction_manager.go:398",
          '"Eviction manager: pods ranked for eviction" pods=["analytics/escape-stats-builder-8d7f6c5b4-x2kqp","media/video-recap-encoder-0"]',
          tid=912))
    r.add(201.0, elab("default"), event_logfmt("Warning", "EvictionThresholdMet", "Node", a3,
          "Attempting to reclaim ephemeral-storage", host=a3))
    r.add(201.2, elab("default"), event_logfmt("Normal", "NodeHasDiskPressure", "Node", a3,
          "Node k3s-agent-03 status is now: NodeHasDiskPressure", host=a3))
    r.add(203.0, elab("analytics"), event_logfmt("Warning", "Evicted", "Pod", "escape-stats-builder-8d7f6c5b4-x2kqp",
          "The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1893412Ki. Container "
          "builder was using 9134520Ki, request is 0, has larger consumption of ephemeral-storage.", host=a3))
    r.add(560.0, elab("default"), event_logfmt("Normal", "NodeHasNoDiskPressure", "Node", a3,
          "Node k3s-agent-03 status is now: NodeHasNoDiskPressure", host=a3))
    for s in r.spread(0, 700, 5):
        r.add(s, lab("leaderboard", "leaderboard-redis-0", "redis", a2, "leaderboard-redis"), lambda d: "1:M %02d Mar 2026 %s.%03d * "
              "%d changes in 300 seconds. Saving..." % (d.day, d.strftime("%H:%M:%S"), d.microsecond // 1000, rng.randint(10, 90)))
    r.set_expected(
        "CRITICAL", "image_pull", "room-controller-gateway",
        "The 14:00 rollout points room-controller-gateway at registry.escapeworks.example/rooms/room-controller-gateway:2.14.0, "
        "a tag that does not exist in the registry (NotFound: failed to resolve reference). With the Recreate strategy the "
        "old pod was stopped first, so the new pod sits in ErrImagePull/ImagePullBackOff and no gateway is running in any venue.",
        "Room-controller gateway is down everywhere: the new image tag cannot be pulled and the old replica is already gone. "
        "The disk-pressure eviction on k3s-agent-03 is unrelated.",
        "Roll back the Deployment (kubectl rollout undo) or fix the tag to the one actually pushed (e.g. v2.14.0); switch the "
        "gateway to RollingUpdate so a bad image cannot take it down, and have CI check the tag exists before deploy.")
    return r.to_dict()


# --------------------------------------------------------------------------- 015
def r015():
    r = Record("dev63-015", "2026-02-03T10:15:00",
               "Why does checkout return 500 for orders that include a multi-seat desktop licence?",
               sel("storefront", app="order-service"), "eks")
    rng = r.rng
    n1 = "ip-10-20-12-88.eu-west-1.compute.internal"
    n2 = "ip-10-20-27-140.eu-west-1.compute.internal"
    os_ = r.deploy_pods("order-service", 2)
    ing = "ingress-nginx-controller-5b8c7d6f9-%s" % r.alnum(5)
    IL = lab("ingress-nginx", ing, "controller", n2, "ingress-nginx")
    ups = ["10.20.%d.%d" % (rng.randint(8, 31), rng.randint(2, 250)) for _ in os_]
    for k, t in enumerate([95.0, 410.0, 655.0]):
        p = os_[k % 2]
        L = lab("storefront", p, "order-service", n1, "order-service")
        th = "nio-8080-exec-%d" % rng.randint(1, 40)
        first = ('Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing '
                 'failed: java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" '
                 'because the return value of "com.foundry.orders.pricing.SeatTier.unitPrice()" is null] with root cause')
        r.add(t, L, lambda d, th=th: spring(d, "ERROR", "order-service", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", first),
              ev=True)
        for j, ln in enumerate([
            'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because the '
            'return value of "com.foundry.orders.pricing.SeatTier.unitPrice()" is null',
            "\tat com.foundry.orders.pricing.LicensePricingCalculator.desktopPrice(LicensePricingCalculator.java:88)",
            "\tat com.foundry.orders.pricing.LicensePricingCalculator.price(LicensePricingCalculator.java:51)",
            "\tat com.foundry.orders.checkout.CheckoutService.buildOrder(CheckoutService.java:142)",
            "\tat com.foundry.orders.checkout.CheckoutController.checkout(CheckoutController.java:67)",
            "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
            "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)"]):
            r.add(t + 0.001 * (j + 1), L, ln, ev=(j < 2))
        r.add(t - 0.05, L, lambda d, th=th: spring(d, "INFO", "order-service", th, "c.f.orders.checkout.CheckoutService",
              "Pricing cart %s: 2 items (desktop licence x %d seats, webfont licence 10k views)" % (r.hexs(8), rng.choice([5, 10, 25]))))
        rt = rng.uniform(0.05, 0.12)
        r.add(t + 0.01, IL, lambda d, rt=rt: nginx_ingress(d, r.pub_ip(), "POST", "/api/checkout", 500, 141, rng.choice(UA),
              rng.randint(900, 1500), rt, "storefront-order-service-8080", ups[k % 2] + ":8080", "141", "%.3f" % rt, "500",
              r.reqid()))
    ingress_noise(r, 0, 840, 14, IL, [("POST", "/api/checkout", 200, 612), ("GET", "/api/cart", 200, 1840),
                                      ("GET", "/api/families/{n}/licences", 200, 5200), ("POST", "/api/cart/items", 201, 380)],
                  "storefront-order-service-8080", ups)
    for s in r.spread(0, 840, 9):
        p = rng.choice(os_)
        r.add(s, lab("storefront", p, "order-service", n1, "order-service"), lambda d: spring(
            d, "INFO", "order-service", "nio-8080-exec-%d" % rng.randint(1, 40), "c.f.orders.checkout.CheckoutService",
            "Order FO-%07d placed: %s, total %d.00 EUR" % (rng.randint(1000000, 9999999),
                                                         rng.choice(["desktop licence x 1 seat", "webfont licence 50k views",
                                                                     "app licence x 1 title", "desktop licence x 1 seat, webfont licence 10k views"]),
                                                         rng.choice([49, 89, 120, 240, 310]))))
    # distractor: newsletter-sync 401 every 5 minutes
    ns_ = r.pod("newsletter-sync")
    for k in range(3):
        t = 160.0 + k * 300
        r.add(t, lab("marketing", ns_, "sync", n2, "newsletter-sync"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "ERROR"), ("msg", "list sync failed"), ("list", "foundry-news"),
            ("err", "POST https://api.mailing-provider.example/3.0/lists/a81f2c/members: 401 Unauthorized: API Key Invalid"),
            ("next_attempt", "5m0s")]))
    r.set_expected(
        "ERROR", "application_error", "order-service",
        "order-service throws a NullPointerException in LicensePricingCalculator.desktopPrice (line 88): for multi-seat "
        "desktop licences SeatTier.unitPrice() returns null and is multiplied without a check, so POST /api/checkout fails "
        "with 500 for every cart that contains a desktop licence with more than one seat.",
        "Checkout of multi-seat desktop licences fails with 500 because of a bug in order-service pricing code; other "
        "checkouts succeed. The newsletter-sync 401 (invalid mailing-provider API key) is unrelated.",
        "Fix LicensePricingCalculator to handle seat tiers without a unit price (or fill the missing tier prices in the price "
        "table) and redeploy order-service; add a test for multi-seat desktop carts.")
    return r.to_dict()


# --------------------------------------------------------------------------- 016
def r016():
    r = Record("dev63-016", "2026-07-18T09:30:00",
               "Why do the hut-availability-api pods keep flapping between Ready and NotReady?",
               sel("booking", app="hut-availability-api"), "gke")
    rng = r.rng
    na = "gke-refuge-prod-pool-a-6e2b91d4-q8vn"
    nb = "gke-refuge-prod-pool-a-6e2b91d4-z3lc"
    pods = r.deploy_pods("hut-availability-api", 3)
    ips = {p: "10.8.%d.%d" % (rng.randint(1, 5), rng.randint(10, 250)) for p in pods}
    uids = {p: r.uuid() for p in pods}
    refresh = [65.0, 365.0, 665.0]
    for k, t in enumerate(refresh):
        for p in pods:
            L = lab("booking", p, "api", na, "hut-availability-api")
            off = rng.uniform(0, 3)
            r.add(t + off, L, lambda d: js({"level": "info", "ts": epoch_s(d), "caller": "cache/refresh.go:54",
                                            "msg": "availability cache refresh started", "huts": 412}))
            dur = rng.uniform(1.4, 1.9)
            if p != pods[2] or k != 1:
                r.add(t + off + 0.9, L, lambda d, dur=dur: js({
                    "level": "warn", "ts": epoch_s(d), "caller": "http/ready.go:31",
                    "msg": "readiness check waited for cache lock", "waited": "%.2fs" % (dur - 0.25), "limit": "1s"}),
                    ev=(k == 0))
                r.add(t + off + 1.0, jlab(na), lambda d, p=p: klog(d, "I", "prober.go:107",
                      '"Probe failed" probeType="Readiness" pod="booking/%s" podUID="%s" containerName="api" probeResult="failure" '
                      'output="Get \\"http://%s:8080/ready\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'
                      % (p, uids[p], ips[p]), tid=1812), ev=True)
                r.add(t + off + 1.05, elab("booking"), event_logfmt("Warning", "Unhealthy", "Pod", p,
                      'Readiness probe failed: Get "http://%s:8080/ready": context deadline exceeded (Client.Timeout exceeded '
                      'while awaiting headers)' % ips[p], host=na, count=40 + k * 3), ev=(k == 0))
            r.add(t + off + dur, L, lambda d, dur=dur: js({"level": "info", "ts": epoch_s(d), "caller": "cache/refresh.go:88",
                                                           "msg": "availability cache refresh done", "duration": "%.3fs" % dur}))
            if p != pods[2] or k != 1:
                r.add(t + off + 10.2, jlab(na), lambda d, p=p: klog(d, "I", "kubelet.go:2536",
                      '"SyncLoop (probe)" probe="readiness" status="ready" pod="booking/%s"' % p, tid=1812))
    for s in r.spread(0, 860, 14):
        p = rng.choice(pods)
        r.add(s, lab("booking", p, "api", na, "hut-availability-api"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/handler.go:88", "msg": "request served", "method": "GET",
            "path": "/v1/huts/%d/availability" % rng.randint(1, 412), "status": 200, "duration_ms": rng.randint(2, 40),
            "cache": "hit"}))
    # distractor: occupancy-report CronJob OOMKilled on the other node
    jp = r.job_pod("occupancy-report", r.d(-2))
    for j, ln in enumerate([
        "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999",
        "memory: usage 524288kB, limit 524288kB, failcnt 312",
        "Memory cgroup out of memory: Killed process 20431 (python3) total-vm:1208344kB, anon-rss:519880kB, file-rss:9120kB, "
        "shmem-rss:0kB, UID:1000 pgtables:1180kB oom_score_adj:999"]):
        r.add(140.0 + j * 0.001, jlab(nb, "kernel"), ln)
    r.add(141.2, elab("reporting"), event_logfmt("Normal", "Killing", "Pod", jp, "Stopping container report", host=nb))
    r.add(142.0, elab("reporting"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
          "Job has reached the specified backoff limit", source="job-controller"))
    r.add(2.0, lab("reporting", jp, "report", nb, "occupancy-report"), lambda d: pylog(
        d, "INFO", "report", "loading occupancy for 412 huts, season 2026-summer into DataFrame"))
    r.set_expected(
        "WARN", "probe_failure", "hut-availability-api",
        "Every 5 minutes the availability cache refresh holds the cache lock for 1.4-1.9 s; the /ready handler waits on the "
        "same lock, exceeds the 1 s readiness-probe timeout, and the kubelet marks the pods NotReady until the next probe "
        "succeeds. The process keeps running and serving; only readiness flaps.",
        "hut-availability-api flaps Ready/NotReady because its readiness endpoint blocks on the cache refresh lock longer than "
        "the probe timeout; requests are still served. The occupancy-report CronJob OOM kill is unrelated.",
        "Make /ready not take the cache lock (serve the previous cache while refreshing) or raise the readiness probe "
        "timeoutSeconds/failureThreshold; the occupancy-report job needs more memory, separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 017
def r017():
    r = Record("dev63-017", "2026-05-08T16:40:00",
               "Why have the SMS reminders to players stopped going out this afternoon?",
               sel("notifications", app="sms-reminder"), "kubeadm")
    rng = r.rng
    n1, n2, n3 = "k8s-worker-01", "k8s-worker-02", "k8s-worker-03"
    sms = r.pod("sms-reminder")
    SL = lab("notifications", sms, "reminder", n2, "sms-reminder")
    cds = ["coredns-76f75df574-%s" % r.alnum(5) for _ in range(2)]
    for k, s in enumerate(r.spread(10, 880, 9)):
        b = "ESC-%06d" % rng.randint(100000, 999999)
        r.add(s, SL, lambda d, b=b: pylog(d, "INFO", "reminders", "sending reminder for booking %s (slot starts in 2h)" % b))
        r.add(s + 5.02, SL, lambda d, b=b: pylog(
            d, "ERROR", "reminders", "failed to send reminder for booking %s: HTTPSConnectionPool(host='api.sms-gateway.example', "
            "port=443): Max retries exceeded with url: /v1/messages (Caused by NameResolutionError(\"<urllib3.connection."
            "HTTPSConnection object at 0x7f%s>: Failed to resolve 'api.sms-gateway.example' ([Errno -3] Temporary failure in "
            "name resolution)\"))" % (b, r.hexs(8))), ev=(k < 5))
        cd = rng.choice(cds)
        r.add(s + 2.0, lab("kube-system", cd, "coredns", n1, "coredns"), lambda d: (
            "[ERROR] plugin/errors: 2 api.sms-gateway.example. A: read udp 192.168.%d.%d:%d->10.10.0.53:53: i/o timeout"
            % (rng.randint(0, 3), rng.randint(2, 250), rng.randint(33000, 60000))), ev=(k < 5))
    for s in r.spread(0, 880, 3):
        cd = rng.choice(cds)
        host = rng.choice(["smtp.mail-provider.example.", "api.payments-provider.example.", "objects.s3-provider.example."])
        r.add(s, lab("kube-system", cd, "coredns", n1, "coredns"), lambda d, host=host: (
            "[ERROR] plugin/errors: 2 %s AAAA: read udp 192.168.%d.%d:%d->10.10.0.53:53: i/o timeout"
            % (host, rng.randint(0, 3), rng.randint(2, 250), rng.randint(33000, 60000))), ev=True)
    coredns_ok_noise(r, 0, 880, 8, lab("kube-system", cds[0], "coredns", n1, "coredns"),
                     [("booking-db.bookings.svc.cluster.local.", "A"), ("emqx.rooms.svc.cluster.local.", "A"),
                      ("leaderboard-redis.leaderboard.svc.cluster.local.", "A"), ("rabbitmq.notifications.svc.cluster.local.", "A")])
    md = r.pod("mail-dispatcher")
    for s in r.spread(60, 880, 3):
        r.add(s, lab("notifications", md, "dispatcher", n3, "mail-dispatcher"), lambda d: js({
            "timestamp": iso_us(d), "level": "error", "logger": "dispatcher.worker", "event": "send failed, will retry",
            "error": "[Errno -3] Temporary failure in name resolution", "host": "api.mail-provider.example", "queue_depth": rng.randint(40, 200)}))
    for s in r.spread(0, 880, 5):
        r.add(s, SL, lambda d: pylog(d, "INFO", "consumer", "consumed reminder job from rabbitmq.notifications.svc:5672 "
                                                        "(queue=sms-reminders, depth=%d)" % rng.randint(20, 140)))
    # distractor: venue-config-operator client-side throttling
    op = r.pod("venue-config-operator")
    for s in r.spread(0, 880, 8):
        r.add(s, lab("operators", op, "manager", n3, "venue-config-operator"), lambda d: klog(d, "I", "request.go:697",
              "Waited for %.6fs due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/"
              "venues.escapeworks.example/v1alpha1/namespaces/rooms/venueconfigs/%s" % (rng.uniform(1.0, 2.4),
                                                                                     rng.choice(["porto", "lisboa", "braga", "coimbra"])),
              tid=1))
    r.set_expected(
        "ERROR", "dns_resolution", "coredns",
        "CoreDNS forwards external names to 10.10.0.53, which no longer answers: every external lookup (api.sms-gateway.example "
        "and other provider hosts) times out ('plugin/errors ... i/o timeout'), so sms-reminder fails with 'Temporary failure "
        "in name resolution' and no reminder is sent. In-cluster names still resolve.",
        "SMS reminders fail because external DNS resolution is broken in CoreDNS's upstream forwarder; mail sending is hit "
        "the same way. The operator's client-side throttling messages are unrelated.",
        "Point the CoreDNS forward plugin (Corefile in the coredns ConfigMap) back to a working resolver (e.g. /etc/resolv.conf "
        "or the current DNS servers), let CoreDNS reload, then requeue the failed reminders.")
    return r.to_dict()


# --------------------------------------------------------------------------- 018
def r018():
    r = Record("dev63-018", "2026-09-29T11:10:00",
               "Support has two tickets saying licence keys are rejected. Is license-validator failing?",
               sel("licensing", app="license-validator"), "openshift")
    rng = r.rng
    wa = "ocp-foundry-9k2lm-worker-eu-central-1a-7xq4p"
    wb = "ocp-foundry-9k2lm-worker-eu-central-1b-h2c8d"
    lv = r.deploy_pods("license-validator", 2)
    for s in r.spread(0, 900, 22):
        p = rng.choice(lv)
        r.add(s, lab("licensing", p, "validator", wa, "license-validator"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "validated"), ("key", "FNT-%s-****" % r.hexs(4).upper()),
            ("product", rng.choice(["desktop", "webfont", "app"])), ("result", "valid"), ("status", 200),
            ("duration", "%dms" % rng.randint(2, 18))]))
    for s, why, st in [(233.0, "checksum mismatch", 422), (519.0, "checksum mismatch", 422), (702.0, "key revoked (refund 2026-09-27)", 403)]:
        p = rng.choice(lv)
        r.add(s, lab("licensing", p, "validator", wa, "license-validator"), lambda d, why=why, st=st: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "validated"), ("key", "FNT-%s-****" % r.hexs(4).upper()),
            ("product", "desktop"), ("result", "rejected"), ("reason", why), ("status", st),
            ("duration", "%dms" % rng.randint(2, 9))]))
    for s in [120.0, 720.0]:
        r.add(s, lab("licensing", lv[0], "validator", wa, "license-validator"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "revocation list refreshed"), ("entries", rng.randint(1200, 1300)),
            ("source", "entitlement-store.licensing.svc:8443")]))
    # distractor: cert-manager failing to renew legacy-specimens certificate
    cm = r.pod("cert-manager")
    for k, t in enumerate([45.0, 345.0, 645.0]):
        r.add(t, lab("cert-manager", cm, "cert-manager-controller", wb, "cert-manager"), lambda d: klog(
            d, "E", "sync.go:190", '"propagation check failed" err="DNS record for \\"legacy-specimens.foundry.example\\" not yet '
            'propagated" logger="cert-manager.controller" resource_name="legacy-specimens-tls-1-3197220488-1540916411" '
            'resource_namespace="specimens" resource_kind="Challenge" resource_version="v1" '
            'dnsName="legacy-specimens.foundry.example" type="DNS-01"'))
        r.add(t + 0.5, elab("specimens"), event_logfmt("Warning", "Failed", "Certificate", "legacy-specimens-tls",
              "The certificate request has failed to complete and will be retried: Failed to wait for order resource "
              '"legacy-specimens-tls-1-3197220488" to become ready: order is in "pending" state',
              source="cert-manager-certificates-issuing"))
        r.add(t + 0.9, lab("cert-manager", cm, "cert-manager-controller", wb, "cert-manager"), lambda d: klog(
            d, "I", "conditions.go:203", 'Setting lastTransitionTime for Certificate "legacy-specimens-tls" condition '
            '"Ready" to %s' % d.strftime("%Y-%m-%d %H:%M:%S.") + "%06d +0000 UTC m=+%d.%09d" % (d.microsecond, 812000 + k * 300, rng.randint(0, 999999999))))
    r.add(400.0, elab("specimens"), event_logfmt("Warning", "Expiring", "Certificate", "legacy-specimens-tls",
          "Certificate legacy-specimens-tls will expire in 4 days (2026-10-03T11:02:10Z) and could not be renewed",
          source="cert-expiry-monitor"))
    dns = r.ds_pod("dns-default")
    for s in r.spread(0, 900, 5):
        r.add(s, lab("openshift-dns", dns, "dns", wa, "dns-default"), lambda d: (
            '[INFO] 10.128.%d.%d:%d - %d "A IN entitlement-store.licensing.svc.cluster.local. udp 63 false 512" NOERROR '
            'qr,aa,rd 126 %.9fs' % (rng.randint(2, 7), rng.randint(2, 250), rng.randint(33000, 60000), rng.randint(1, 65535),
                                    rng.uniform(0.00005, 0.0003))))
    r.set_expected(
        "INFO", "none", None,
        "No incident for license-validator: it validates keys normally (200, 2-18 ms). The few rejections are correct "
        "business answers (two keys with a checksum mismatch, i.e. mistyped, and one key revoked after a refund), which "
        "explains the tickets. The failing DNS-01 renewal of legacy-specimens-tls in specimens is unrelated to licensing.",
        "License validation is healthy; the rejected keys are mistyped or revoked. The cert-manager renewal failure is a "
        "separate issue for the specimens site.",
        "No action on license-validator; support should ask the customers to re-enter the key or check the refund. Fix "
        "the legacy-specimens DNS-01 challenge before the certificate expires (separately).")
    return r.to_dict()


# --------------------------------------------------------------------------- 019
def r019():
    r = Record("dev63-019", "2026-09-05T18:10:00",
               "Why can't the wardens' tablets at the huts sync their check-ins this evening?",
               sel("hut-sync", app="checkin-sync-gateway"), "k3s")
    rng = r.rng
    srv, a1, a2 = "k3s-server-01", "k3s-agent-01", "k3s-agent-02"
    gw = r.deploy_pods("checkin-sync-gateway", 2)
    rq = "hut-events-rabbitmq-0"
    RQ = lab("messaging", rq, "rabbitmq", a2, "hut-events-rabbitmq")
    r.add(60.0, elab("messaging"), event_logfmt("Normal", "SuccessfulDelete", "StatefulSet", "hut-events-rabbitmq",
          "delete Pod hut-events-rabbitmq-0 in StatefulSet hut-events-rabbitmq successful", source="statefulset-controller"), ev=True)
    r.add(60.3, elab("messaging"), event_logfmt("Normal", "Killing", "Pod", rq, "Stopping container rabbitmq", host=a2))
    for j, (lv, msg) in enumerate([
        ("info", "<0.9.0> SIGTERM received - shutting down"),
        ("warning", "<0.723.0> HTTP listener registry could not find context rabbitmq_prometheus_tls"),
        ("info", "<0.691.0> stopped TCP listener on [::]:5672"),
        ("info", "<0.1018.0> closing AMQP connection <0.1018.0> (10.42.1.33:41876 -> 10.42.2.19:5672, vhost: 'huts', user: 'checkin-gw')"),
        ("notice", "<0.64.0> Stopping RabbitMQ applications and their dependencies in the following order:"),
        ("info", "<0.231.0> Successfully stopped RabbitMQ and its dependencies")]):
        r.add(60.6 + j * 0.3, RQ, lambda d, lv=lv, msg=msg: rabbit(d, lv, "", msg).replace("]  <", "] <"),
              ev=(j in (0, 2)))
    for s in r.spread(0, 55, 3):
        r.add(s, RQ, lambda d: rabbit(d, "info", "", "<0.%d.0> accepting AMQP connection <0.%d.0> (10.42.1.%d:%d -> 10.42.2.19:5672)"
                                      % (rng.randint(1000, 9000), rng.randint(1000, 9000), rng.randint(10, 60), rng.randint(40000, 60000))).replace("]  <", "] <"))
    huts = ["rifugio-vajolet", "tresch-huette", "cabane-de-moiry", "refuge-de-la-pra", "oberaarjochhuette", "rifugio-lagazuoi"]
    tr = r.pod("traefik")
    for k, s in enumerate(r.spread(70, 1150, 12)):
        p = rng.choice(gw)
        hut = rng.choice(huts)
        r.add(s, lab("hut-sync", p, "gateway", a1, "checkin-sync-gateway"), lambda d, hut=hut: js({
            "level": "error", "ts": epoch_s(d), "caller": "publish/amqp.go:58", "msg": "publish check-in batch failed",
            "hut": hut, "batch": rng.randint(3, 40),
            "error": "dial tcp 10.43.87.12:5672: connect: connection refused"}), ev=(k < 6))
        r.add(s + 0.004, lab("kube-system", tr, "traefik", srv, "traefik"), lambda d: traefik(
            d, r.pub_ip(), "POST", "/sync/v2/checkins", 503, 61, "hut-sync-checkin-sync-gateway@kubernetes",
            "http://10.42.1.%d:8080" % rng.choice([33, 47]), rng.randint(2, 9), rng.randint(2000, 3000)))
    for s in r.spread(0, 55, 3):
        p = rng.choice(gw)
        r.add(s, lab("hut-sync", p, "gateway", a1, "checkin-sync-gateway"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "publish/amqp.go:71", "msg": "check-in batch published",
            "hut": rng.choice(huts), "batch": rng.randint(3, 40), "exchange": "hut-events"}))
    for s in r.spread(0, 1150, 6):
        p = rng.choice(gw)
        r.add(s, lab("hut-sync", p, "gateway", a1, "checkin-sync-gateway"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/log.go:22", "msg": "request", "method": "GET",
            "path": "/sync/v2/config", "status": 200, "duration_ms": rng.randint(1, 6)}))
    # distractor: avalanche-bulletin-fetcher crash loop with invalid URL config
    af = r.pod("avalanche-bulletin-fetcher")
    for k, t in enumerate([150.0, 455.0, 760.0, 1065.0]):
        r.add(t, lab("integrations", af, "fetcher", a1, "avalanche-bulletin-fetcher"), lambda d: js({
            "level": "fatal", "ts": epoch_s(d), "caller": "cmd/fetcher/main.go:41", "msg": "loading config",
            "error": 'env BULLETIN_API_URL: parse "htps//bulletin.avalanche-service.example/api/v3": invalid URI for request'}))
        r.add(t + 1.0, elab("integrations"), event_logfmt("Warning", "BackOff", "Pod", af,
              "Back-off restarting failed container fetcher in pod %s_integrations(5d0e8c3a-1b2f-4e6d-9a7c-0f3b2d1e4c58)" % af,
              host=a1, count=1913 + k))
    r.set_expected(
        "ERROR", "connection_refused", "hut-events-rabbitmq",
        "The hut-events-rabbitmq StatefulSet pod was deleted at 18:11 (scaled down, RabbitMQ shut down its 5672 listener) and "
        "no replica is running; checkin-sync-gateway's publishes to hut-events-rabbitmq (10.43.87.12:5672) are refused, so it "
        "answers 503 to the huts' tablets and no check-in is synchronised.",
        "Check-in sync fails because its message broker hut-events-rabbitmq is not running (connection refused). The "
        "avalanche-bulletin-fetcher crash loop (invalid BULLETIN_API_URL) is an older, unrelated problem.",
        "Scale hut-events-rabbitmq back to 1 replica (and find out who scaled it down), wait for it to be Ready, then let the "
        "tablets resync; alert on the broker having no ready endpoints.")
    return r.to_dict()


# --------------------------------------------------------------------------- 020
def r020():
    r = Record("dev63-020", "2026-04-10T17:05:00",
               "Why is booking-api crash-looping after the Friday release?",
               sel("bookings", app="booking-api"), "eks")
    rng = r.rng
    n1 = "ip-10-20-71-12.eu-west-3.compute.internal"
    n2 = "ip-10-20-90-203.eu-west-3.compute.internal"
    pods = r.deploy_pods("booking-api", 2)
    uid = {p: r.uuid() for p in pods}
    for k, t in enumerate([20.0, 118.0, 300.0, 610.0]):
        for i, p in enumerate(pods):
            tt = t + i * 7.3
            L = lab("bookings", p, "booking-api", n1 if i == 0 else n2, "booking-api")
            r.add(tt, L, lambda d, p=p: js({"level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p,
                                             "msg": "loading configuration", "env": "production", "release": "2026.04.10-1"}))
            lines = ["/app/dist/config.js:27",
                     "    throw new Error(`Missing required environment variable ${name}`);",
                     "    ^",
                     "",
                     "Error: Missing required environment variable PAYMENTS_WEBHOOK_SECRET",
                     "    at required (/app/dist/config.js:27:11)",
                     "    at Object.<anonymous> (/app/dist/config.js:41:25)",
                     "    at Module._compile (node:internal/modules/cjs/loader:1364:14)",
                     "",
                     "Node.js v20.12.2"]
            if k in (1, 2):
                lines = [lines[4], lines[5], lines[9]]
            for j, ln in enumerate(lines):
                if ln == "":
                    continue
                r.add(tt + 0.08 + j * 0.001, L, ln, ev=("Missing required environment variable PAYMENTS" in ln and k < 3))
            if k >= 1:
                r.add(tt + 1.2, elab("bookings"), event_logfmt(
                    "Warning", "BackOff", "Pod", p, "Back-off restarting failed container booking-api in pod %s_bookings(%s)"
                    % (p, uid[p]), host=n1 if i == 0 else n2, count=3 + k * 2))
    r.add(2.0, elab("bookings"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "booking-api",
          "Scaled up replica set %s to 2" % pods[0].rsplit("-", 1)[0], source="deployment-controller"))
    ing = "ingress-nginx-controller-7f9c6d8b5-%s" % r.alnum(5)
    for s in r.spread(30, 700, 10):
        path = rng.choice(["/v1/rooms?venue=porto", "/v1/checkout", "/v1/slots?room=lis-02&date=2026-04-11", "/v1/bookings/me"])
        r.add(s, lab("ingress-nginx", ing, "controller", n2, "ingress-nginx"), lambda d, path=path: nginx_ingress(
            d, r.pub_ip(), "GET" if "checkout" not in path else "POST", path, 503, 190, rng.choice(UA), rng.randint(400, 900),
            0.000, "bookings-booking-api-3000", "-", "-", "-", "-", r.reqid()))
    r.add(40.0, lab("bookings", "booking-db-0", "postgres", n2, "booking-db"), lambda d: pg(
        d, 61, "LOG", "checkpoint complete: wrote 1187 buffers (7.2%); 0 WAL file(s) added, 0 removed, 1 recycled; "
        "write=119.012 s, sync=0.004 s, total=119.031 s; sync files=44, longest=0.002 s, average=0.001 s; distance=9123 kB, "
        "estimate=10210 kB; lsn=3/5A0D12F8, redo lsn=3/59F21A40"))
    # distractor: kiosk heartbeat missing every 2 minutes for days
    kh = r.pod("kiosk-heartbeat")
    for k in range(6):
        t = 50.0 + k * 120 + rng.uniform(0, 1)
        r.add(t, lab("venues", kh, "heartbeat", n2, "kiosk-heartbeat"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "warn"), ("msg", "kiosk unreachable"), ("kiosk", "porto-02"),
            ("err", "dial tcp 10.30.2.42:8443: connect: connection refused"), ("last_seen", "2026-04-07T09:12:44Z")]))
    r.set_expected(
        "CRITICAL", "config_error", "booking-api",
        "The Friday release's booking-api reads PAYMENTS_WEBHOOK_SECRET from its environment, but the variable is not set "
        "(the key in the booking-api Secret loaded via envFrom is named differently), so the process throws 'Missing "
        "required environment variable PAYMENTS_WEBHOOK_SECRET' at start-up and both replicas are in CrashLoopBackOff; the "
        "ingress returns 503 for all booking requests.",
        "booking-api is down (CrashLoopBackOff) because a required env var is missing after the release. The porto-02 "
        "kiosk heartbeat warnings are an older, unrelated problem.",
        "Add PAYMENTS_WEBHOOK_SECRET to the booking-api Secret (or fix the key name / env mapping in the Deployment) and "
        "restart, or roll back the release; add a startup config check to the deployment pipeline.")
    return r.to_dict()


RECORDS = [r011, r012, r013, r014, r015, r016, r017, r018, r019, r020]
