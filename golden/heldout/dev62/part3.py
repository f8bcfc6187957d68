"""dev62 records 021-030."""
from common import *  # noqa: F401,F403
from part2 import mongo


def net(level, cat, msg, eid=0):
    return js({"Timestamp": "$ISO", "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg})


# --------------------------------------------------------------------------- 021
def r021():
    R = Rec("dev62-021", "2026-03-31T13:20:00", "dev62-pg-client-reset-healthy",
            "Postgres in the assignments namespace logs 'could not receive data from client: Connection reset by peer' - are we losing bookings?",
            sel(namespace="assignments"))
    rng = R.rng
    n = S_AKS_NODES
    am = pods(rng, "assignment-matcher", 4)
    L_db = pod_labels(S_AKS, "assignments", "rostering-db-0", "postgresql", n[2], "rostering-db")
    L_am = [pod_labels(S_AKS, "assignments", am[i], "assignment-matcher", n[i % 3]) for i in range(4)]
    L_ev = event_labels(S_AKS, "assignments")

    def pgl(pid, sev, msg):
        return "$PGT [%d] %s:  %s" % (pid, sev, msg)

    for i in range(4):
        R.noise(L_am[i], lambda r: net("Information", "Northvale.Matching.AssignmentService",
                                       "Matched booking NV-%d to interpreter INT-%04d (score %.2f)" % (r.randint(40000, 49999), r.randint(100, 999), r.uniform(0.6, 0.98))),
                3 if i < 2 else 2, 0, 150 if i >= 2 else 560)
    R.at(160.0, L_ev, k8s_event("HorizontalPodAutoscaler", "assignment-matcher", "SuccessfulRescale", "Normal",
                                "New size: 2; reason: All metrics below target", comp="horizontal-pod-autoscaler"))
    R.at(160.2, L_ev, k8s_event("Deployment", "assignment-matcher", "ScalingReplicaSet", "Normal",
                                "Scaled down replica set %s to 2 from 4" % am[0].rsplit("-", 1)[0], comp="deployment-controller"))
    for i in (2, 3):
        R.at(160.4 + i * 0.1, L_ev, k8s_event("Pod", am[i], "Killing", "Normal", "Stopping container assignment-matcher", host=L_am[i]["node"]))
        R.at(160.6 + i * 0.1, L_am[i], net("Information", "Microsoft.Hosting.Lifetime", "Application is shutting down...", 0))
    pids = [rng.randint(2000, 9000) for _ in range(8)]
    for k, p in enumerate(pids):
        R.at(162.0 + k * 0.37, L_db, pgl(p, "LOG", "could not receive data from client: Connection reset by peer"))
    R.lines(240.0, L_db, [
        pgl(61, "LOG", "checkpoint starting: time"),
    ])
    R.at(281.5, L_db, pgl(61, "LOG", "checkpoint complete: wrote 512 buffers (3.1%); 0 WAL file(s) added, 0 removed, 1 recycled; write=41.210 s, sync=0.009 s, total=41.245 s; sync files=44, longest=0.003 s, average=0.001 s; distance=4120 kB, estimate=4388 kB; lsn=2/1C9E4A10, redo lsn=2/1C5B7E28"))
    R.at(330.0, L_db, pgl(rng.randint(9000, 9999), "LOG", 'automatic analyze of table "rostering.public.availability_slots"'))
    R.at(330.001, L_db, "\tavg read rate: 0.000 MB/s, avg write rate: 0.000 MB/s")
    R.at(330.002, L_db, "\tsystem usage: CPU: user: 0.05 s, system: 0.00 s, elapsed: 0.09 s")
    for i in (0, 1):
        R.noise(L_am[i], lambda r: net("Information", "Northvale.Matching.AssignmentService",
                                       "Matched booking NV-%d to interpreter INT-%04d (score %.2f)" % (r.randint(40000, 49999), r.randint(100, 999), r.uniform(0.6, 0.98))),
                4, 170, 560)
    R.noise(L_am[0], [net("Information", "Northvale.Matching.Queue", "queue depth 0 (pending bookings: 0)")], 3, 170, 560)
    return R.build(
        "INFO", "none",
        "No incident: the HPA scaled assignment-matcher from 4 to 2 replicas; the terminated pods' pooled "
        "connections were dropped without a protocol-level goodbye, which Postgres logs as 'could not receive data "
        "from client: Connection reset by peer'.",
        "Eight connection-reset LOG lines at the moment two matcher pods stopped; no ERROR or FATAL from Postgres, "
        "matching continues on the remaining replicas and the queue is empty.",
        "Nothing to do; optionally close the connection pool on shutdown to avoid the log noise.")


# --------------------------------------------------------------------------- 022
def r022():
    R = Rec("dev62-022", "2026-06-18T05:00:00", "dev62-keyerror-data-bug",
            "Pilots get 500s opening the Kemble (EGBP) briefing after this morning's launch-planner release - KeyError 'wind_kts'. Is a config key missing?",
            sel(namespace="flightops", app="launch-planner"))
    rng = R.rng
    n = B_EKS_NODES
    lp = pods(rng, "launch-planner", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_lp = [pod_labels(B_EKS, "flightops", lp[0], "launch-planner", n[0]),
            pod_labels(B_EKS, "flightops", lp[1], "launch-planner", n[2])]
    L_ing = pod_labels(B_EKS, "ingress-nginx", ing, "controller", n[1], "ingress-nginx")
    for i, t in enumerate((3.0, 34.0)):
        L = L_lp[i]
        R.lines(t, L, [
            "$GUNI [1] [INFO] Starting gunicorn 22.0.0",
            "$GUNI [1] [INFO] Listening at: http://0.0.0.0:8000 (1)",
            "$GUNI [1] [INFO] Using worker: sync",
            "$GUNI [8] [INFO] Booting worker with pid: 8",
            "[$PYT] INFO in app: launch-planner 4.3.0 (surface wind panel enabled)",
            "[$PYT] WARNING in config: LAUNCH_WINDOW_MINUTES not set, using default 90",
            "[$PYT] WARNING in config: optional key 'notam_feed_url' missing from /etc/launch-planner/config.yaml; NOTAM overlay disabled",
        ], step=0.2)
    tb = [
        "[$PYT] ERROR in app: Exception on /api/sites/EGBP/briefing [GET]",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
        "    response = self.full_dispatch_request()",
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 882, in full_dispatch_request',
        "    rv = self.handle_user_exception(e)",
        '  File "/srv/launch_planner/views.py", line 57, in site_briefing',
        "    return jsonify(build_briefing(site, taf))",
        '  File "/srv/launch_planner/briefing.py", line 88, in build_briefing',
        "    \"surface_wind\": surface_wind(fc),",
        '  File "/srv/launch_planner/briefing.py", line 112, in surface_wind',
        '    return fc["wind_kts"], fc["wind_dir"]',
        "           ~~^^^^^^^^^^^^",
        "KeyError: 'wind_kts'",
    ]
    taf = "TAF EGBP 180455Z 1806/1815 VRB03KT 9999 FEW035 BECMG 1809/1811 24008KT"
    parsed = "parsed TAF EGBP: groups=[{'from': '1806', 'wind_dir': 'VRB', 'wind_var_kts': 3, 'vis_m': 9999}, {'from': '1809', 'wind_dir': 240, 'wind_kts': 8, 'vis_m': 9999}]"
    hits = [72.0, 205.0, 433.0]
    for k, t in enumerate(hits):
        i = k % 2
        L = L_lp[i]
        R.at(t, L, "[$PYT] INFO in briefing: %s" % taf)
        R.at(t + 0.004, L, "[$PYT] DEBUG in briefing: %s" % parsed, ev=(k == 0))
        R.lines(t + 0.01, L, tb, step=0.0005, ev={11, 13} if k in (0, 2) else set())
        R.at(t + 0.02, L_ing, '%s - - [$NGX] "GET /api/sites/EGBP/briefing HTTP/2.0" 500 265 "https://ops.windrose-balloons.co.uk/briefing" "%s" 71 0.019 [flightops-launch-planner-8000] [] 10.31.%d.%d:8000 265 0.018 500 %s' % (
            client_ip(rng), rng.choice(UAS), rng.randint(10, 50), rng.randint(2, 250), hexid(rng, 32)))
    acc = ingress_nginx_access("https://ops.windrose-balloons.co.uk/briefing", "flightops-launch-planner-8000",
                               ["10.31.12.44:8000", "10.31.41.90:8000"],
                               [("GET", "/api/sites/EGTK/briefing", 200, 2100, 2600, 0.02, 0.08),
                                ("GET", "/api/sites/EGGD/briefing", 200, 2100, 2600, 0.02, 0.08),
                                ("GET", "/api/sites", 200, 900, 950, 0.003, 0.01)])
    R.noise(L_ing, acc, 10, 40, 560)
    return R.build(
        "ERROR", "application_error",
        "A bug in launch-planner 4.3.0's new surface-wind panel: briefing.py reads fc['wind_kts'] but the TAF parser "
        "emits wind_var_kts (no wind_kts) for variable winds, and today's EGBP forecast starts with VRB03KT; the "
        "unhandled KeyError returns 500 for that site.",
        "Every EGBP briefing request fails with KeyError: 'wind_kts' raised in surface_wind(); other sites with "
        "fixed-direction winds work. The key is missing from the parsed weather data, not from configuration - the "
        "config warnings at start-up are benign defaults.",
        "Handle variable winds in surface_wind() (use wind_var_kts / treat VRB) and release a fix or roll back to "
        "4.2.x; add a test with a VRB TAF.",
        component="launch-planner")


# --------------------------------------------------------------------------- 023
def r023():
    R = Rec("dev62-023", "2026-10-11T16:42:00", "dev62-image-tag-deleted",
            "After the GKE node upgrade the live-stream ingest is down with ImagePullBackOff - evensong starts at 17:30. What is wrong?",
            sel(namespace="recitals", app="stream-ingest"))
    rng = R.rng
    n = C_GKE_NODES
    new_node = "gke-aldhelm-media-media-pool-1b7e4c02-h9fd"
    old = pod_name(rng, "stream-ingest")
    new = pod_name(rng, "stream-ingest", old.split("-")[2])
    hp = pod_name(rng, "hls-packager")
    img = "europe-west2-docker.pkg.dev/aldhelm-media/stream/stream-ingest:5.0.147"
    L_old = pod_labels(C_GKE, "recitals", old, "srs", n[2], "stream-ingest")
    L_hp = pod_labels(C_GKE, "recitals", hp, "hls-packager", n[1])
    L_ev = event_labels(C_GKE, "recitals")
    L_evd = event_labels(C_GKE, "default")
    L_kl = journal_labels(C_GKE, new_node, "kubelet.service")

    R.noise(L_old, lambda r: "[$DTMS][INFO][1][%s] RTMP client ip=10.154.0.12:%d, fd=%d" % (hexid(r, 8), r.randint(40000, 60000), r.randint(10, 30)), 2, 0, 30)
    R.at(5.0, L_hp, logfmt(ts="$ISO", level="info", msg="input ok", stream="live/evensong-soundcheck", bitrate_kbps=4410))
    R.at(40.0, L_evd, k8s_event("Node", n[2], "NodeNotSchedulable", "Normal", "Node %s status is now: NodeNotSchedulable" % n[2], host=n[2]))
    R.at(44.0, L_ev, k8s_event("Pod", old, "Killing", "Normal", "Stopping container srs", host=n[2]))
    R.at(44.2, L_old, "[$DTMS][INFO][1][%s] sig=15, user start gracefully quit" % hexid(rng, 8))
    R.at(46.0, L_ev, k8s_event("Pod", new, "Scheduled", "Normal", "Successfully assigned recitals/%s to %s" % (new, new_node), comp="default-scheduler"))
    err = ('rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img))
    pulls = [(47.0, 1), (62.0, 2), (91.0, 3), (145.0, 4), (248.0, 5), (411.0, 6)]
    for k, (t, c) in enumerate(pulls):
        R.at(t, L_ev, k8s_event("Pod", new, "Pulling", "Normal", 'Pulling image "%s"' % img, host=new_node, count=c))
        R.at(t + 0.6, L_kl, klog("E", 1893, "log.go:32", "PullImage from image service failed", err=err, image=img), ev=(k in (0, 4)))
        R.at(t + 0.61, L_ev, k8s_event("Pod", new, "Failed", "Warning", 'Failed to pull image "%s": %s' % (img, err), host=new_node, count=c))
        R.at(t + 0.62, L_ev, k8s_event("Pod", new, "Failed", "Warning", "Error: ErrImagePull", host=new_node, count=c))
        R.at(t + 1.5, L_ev, k8s_event("Pod", new, "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=new_node, count=c))
        R.at(t + 1.51, L_ev, k8s_event("Pod", new, "Failed", "Warning", "Error: ImagePullBackOff", host=new_node, count=c))
    for t in (70.0, 130.0, 190.0, 250.0, 310.0, 370.0, 430.0, 490.0):
        R.at(t, L_hp, logfmt(ts="$ISO", level="error", msg="input unavailable", stream="live/evensong",
                             source="rtmp://stream-ingest.recitals.svc:1935/live/evensong",
                             err="dial tcp 10.56.7.19:1935: connect: connection refused", retry_in="60s"))
    R.noise(L_kl, kubelet_noise(["recitals/" + new, "recitals/hls-packager-0"], pid=1893), 4, 50, 500)
    return R.build(
        "CRITICAL", "image_pull",
        "The image tag stream-ingest:5.0.147 that the Deployment pins no longer exists in Artifact Registry (not "
        "found on resolve, most likely removed by the repository's cleanup policy); the old pod kept running from "
        "the node's cache until the node upgrade drained it, and the replacement cannot pull.",
        "stream-ingest has no running pod since ~16:43: every pull of europe-west2-docker.pkg.dev/.../stream-ingest:"
        "5.0.147 fails with NotFound and the pod is in ImagePullBackOff; hls-packager has no RTMP input, so the "
        "evensong live stream is down.",
        "Deploy an existing tag/digest of stream-ingest (rebuild 5.0.147 or roll forward) now; pin images by "
        "digest and exclude deployed versions from the registry cleanup policy.",
        component="stream-ingest")


# --------------------------------------------------------------------------- 024
def r024():
    R = Rec("dev62-024", "2026-04-29T08:56:00", "dev62-fd-limit-resets",
            "VRI callers got 'connection reset' when joining sessions during the 9 am peak - was the network or the presence service down?",
            sel(namespace="vri"))
    rng = R.rng
    n = S_OCP_NODES
    ph = pod_name(rng, "presence-hub")
    sb = pods(rng, "session-broker", 2)
    L_ph = pod_labels(S_OCP, "vri", ph, "presence-hub", n[1])
    L_sb = [pod_labels(S_OCP, "vri", sb[0], "session-broker", n[0]), pod_labels(S_OCP, "vri", sb[1], "session-broker", n[2])]
    APP = "session-broker"

    def zl(level, msg, **kw):
        d = {"level": level}
        d.update(kw)
        d["time"] = "$ISO"
        d["message"] = msg
        return js(d)

    conns = [(0, 702), (60, 884), (120, 1003), (180, 1019), (240, 1021), (300, 1021), (360, 1020), (420, 941), (480, 812), (540, 690)]
    for t, c in conns:
        lvl = "warn" if c > 1000 else "info"
        R.at(t + 1.0, L_ph, zl(lvl, "stats", open_conns=c, fds=c + 3, fd_limit=1024, goroutines=c * 2 + 41), ev=(t == 180))
    R.noise(L_ph, lambda r: zl("info", "interpreter online", interpreter="INT-%04d" % r.randint(100, 999), client="nvsli-desktop/5.2.%d" % r.randint(0, 4)), 5, 0, 120)
    R.noise(L_ph, lambda r: zl("info", "interpreter online", interpreter="INT-%04d" % r.randint(100, 999), client="nvsli-desktop/5.2.%d" % r.randint(0, 4)), 3, 430, 590)
    delay = 5
    t = 183.0
    k = 0
    while t < 410:
        R.at(t, L_ph, "$GOLOG http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in %s" % (
            "%dms" % delay if delay < 1000 else "1s"), ev=(k in (0, 5)))
        delay = min(delay * 2, 1000)
        t += rng.uniform(8, 25)
        k += 1
        if k % 4 == 0:
            delay = 5
    for k in range(7):
        t = rng.uniform(190, 405)
        i = k % 2
        R.at(t, L_sb[i], spring("WARN", 1, APP, "http-nio-8080-exec-%d" % rng.randint(1, 12), "u.o.n.vri.presence.PresenceClient",
                                'presence lookup failed for INT-%04d: I/O error on GET request for "https://presence-hub.vri.svc:8443/presence/INT-%04d": Connection reset' % (
                                    rng.randint(100, 999), rng.randint(100, 999))))
        if k % 3 == 0:
            R.at(t + 0.01, L_sb[i], spring("WARN", 1, APP, "http-nio-8080-exec-%d" % rng.randint(1, 12), "u.o.n.vri.sessions.JoinService",
                                           "join vri-%d: interpreter presence unknown, falling back to roster" % rng.randint(7000, 7999)))
    R.noise(L_sb[0], lambda r: spring("INFO", 1, APP, "http-nio-8080-exec-%d" % r.randint(1, 12), "u.o.n.vri.sessions.JoinService",
                                      "session vri-%d started (client=%s, interpreter=INT-%04d)" % (r.randint(7000, 7999), r.choice(["NHS-WM", "DWP", "private"]), r.randint(100, 999))), 8, 0, 590)
    return R.build(
        "WARN", "resource_exhausted",
        "presence-hub ran out of file descriptors: with ~1020 open interpreter WebSocket connections it hit the "
        "container's nofile limit of 1024, so accept4() failed with 'too many open files' and new connections "
        "were reset.",
        "From ~09:00 to ~09:04 presence-hub could not accept connections (Go 'Accept error ... too many open "
        "files'); session-broker saw 'Connection reset' on presence lookups and fell back to the roster. It "
        "recovered as the 9 am burst of logins settled below the limit.",
        "Raise the nofile limit for presence-hub (container ulimit / CRI-O default_ulimits) well above peak "
        "connections, and alert on fds/fd_limit.",
        component="presence-hub")


# --------------------------------------------------------------------------- 025
def r025():
    R = Rec("dev62-025", "2026-11-27T07:58:00", "dev62-karpenter-scaleup-healthy",
            "Pods were Pending with 'Insufficient cpu' at the start of the Black Friday voucher sale - did we run out of capacity?",
            None)
    rng = R.rng
    n = B_EKS_NODES
    nn = "ip-10-31-33-201.eu-west-2.compute.internal"
    kp = pod_name(rng, "karpenter")
    ba_old = pods(rng, "booking-api", 3)
    ba_new = [pod_name(rng, "booking-api", ba_old[0].split("-")[2]) for _ in range(3)]
    co = pod_name(rng, "checkout")
    L_kp = pod_labels(B_EKS, "kube-system", kp, "controller", n[0], "karpenter")
    L_ev = event_labels(B_EKS, "bookings")
    L_co = pod_labels(B_EKS, "bookings", co, "checkout", n[1])
    L_new = [pod_labels(B_EKS, "bookings", p, "booking-api", nn) for p in ba_new]
    L_old = pod_labels(B_EKS, "bookings", ba_old[0], "booking-api", n[1])
    claim = "general-%s" % rs_hash(rng, 5)

    def kj(msg, **kw):
        d = {"level": "INFO", "time": "$ISO", "logger": "controller", "message": msg, "commit": "490ef94"}
        d.update(kw)
        return js(d)

    R.noise(L_co, lambda r: pino(30, co, "order paid", orderId="WR-V-%06d" % r.randint(110000, 119999),
                                 voucherType=r.choice(["sunrise-flight", "champagne-flight"]), emailQueued=True), 10, 0, 300)
    R.noise(L_old, lambda r: zap("info", "http/middleware.go:61", "request", method="GET", path="/api/vouchers/offers", status=200,
                                 duration_ms=r.randint(30, 180)), 5, 0, 300)
    R.at(2.0, L_ev, k8s_event("HorizontalPodAutoscaler", "booking-api", "SuccessfulRescale", "Normal",
                              "New size: 6; reason: cpu resource utilization (percentage of request) above target",
                              comp="horizontal-pod-autoscaler"))
    for k, p in enumerate(ba_new):
        R.at(2.5 + k * 0.01, L_ev, k8s_event("Pod", p, "FailedScheduling", "Warning",
                                             "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
                                             comp="default-scheduler"))
    R.at(3.1, L_kp, kj("found provisionable pod(s)", controller="provisioner", Pods=", ".join("bookings/" + p for p in ba_new), duration="48.113ms"))
    R.at(3.2, L_kp, kj("computed new nodeclaim(s) to fit pod(s)", controller="provisioner", nodeclaims=1, pods=3))
    R.at(3.3, L_kp, kj("created nodeclaim", controller="provisioner", NodePool={"name": "general"}, NodeClaim={"name": claim},
                       requests={"cpu": "3150m", "memory": "3584Mi", "pods": "6"},
                       **{"instance-types": "c6a.xlarge, c6i.xlarge, c7a.xlarge, m6a.xlarge, m6i.xlarge and 27 other(s)"}))
    for k, p in enumerate(ba_new):
        R.at(3.5 + k * 0.01, L_ev, k8s_event("Pod", p, "Nominated", "Normal", "Pod should schedule on: nodeclaim/%s" % claim, comp="karpenter"))
    R.at(6.4, L_kp, kj("launched nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": claim},
                       **{"provider-id": "aws:///eu-west-2b/i-0%s" % hexid(rng, 16), "instance-type": "c6a.xlarge",
                          "zone": "eu-west-2b", "capacity-type": "spot", "allocatable": {"cpu": "3920m", "memory": "6584Mi", "pods": "58"}}))
    R.at(41.0, L_kp, kj("registered nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": claim}, Node={"name": nn}))
    R.at(58.0, L_kp, kj("initialized nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": claim}, Node={"name": nn},
                        allocatable={"cpu": "3920m", "memory": "6584Mi", "pods": "58"}))
    for k, p in enumerate(ba_new):
        R.at(59.0 + k * 0.2, L_ev, k8s_event("Pod", p, "Scheduled", "Normal", "Successfully assigned bookings/%s to %s" % (p, nn), comp="default-scheduler"))
        R.at(71.0 + k * 0.3, L_ev, k8s_event("Pod", p, "Pulled", "Normal",
                                             'Successfully pulled image "381492026453.dkr.ecr.eu-west-2.amazonaws.com/windrose/booking-api:2.21.3" in 9.412s (9.412s including waiting). Image size: 28311402 bytes.',
                                             host=nn))
        R.at(72.0 + k * 0.3, L_new[k], zap("info", "cmd/main.go:38", "starting booking-api", version="2.21.3", commit="b71d0e4"))
        R.at(72.5 + k * 0.3, L_new[k], zap("info", "cmd/main.go:71", "http server listening", addr=":8080"))
        R.noise(L_new[k], lambda r: zap("info", "http/middleware.go:61", "request", method="GET", path="/api/vouchers/offers", status=200,
                                        duration_ms=r.randint(20, 90)), 2, 80, 300)
    return R.build(
        "INFO", "none",
        "No incident: the HPA scaled booking-api for the voucher sale, the three extra pods briefly did not fit "
        "('Insufficient cpu') and Karpenter launched a c6a.xlarge node for them; they were scheduled within about a "
        "minute and serve traffic.",
        "Normal autoscaling: FailedScheduling at 07:58, nodeclaim created and registered, pods scheduled and "
        "started by ~07:59:15; orders kept being paid throughout.",
        "Nothing to do; if the one-minute scale-up lag matters for sale launches, pre-scale before the sale.")


# --------------------------------------------------------------------------- 026
def r026():
    R = Rec("dev62-026", "2026-10-02T18:20:00", "dev62-client-cert-expired",
            "Online gifts to the organ restoration appeal are failing - what is going on?",
            sel(namespace="giving", app="donations"))
    rng = R.rng
    n = C_GKE_NODES
    dn = pods(rng, "donations", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_dn = [pod_labels(C_GKE, "giving", dn[0], "donations", n[0]), pod_labels(C_GKE, "giving", dn[1], "donations", n[1])]
    L_ing = pod_labels(C_GKE, "ingress-nginx", ing, "controller", n[0], "ingress-nginx")

    def sj(level, event, **kw):
        d = {"event": event}
        d.update(kw)
        d["level"] = level
        d["timestamp"] = "$ISO"
        return js(d)

    R.at(2.0, L_dn[0], sj("warning", "mTLS client certificate expired", subject="CN=donations.staldhelm-cathedral.org.uk",
                          issuer="CN=Northpay Partner CA G2", not_after="2026-09-30T23:59:59Z", secret="giving/acquirer-client-cert"), ev=True)
    err = ("HTTPSConnectionPool(host='mtls.northpay-acquiring.co.uk', port=443): Max retries exceeded with url: /v2/authorisations "
           "(Caused by SSLError(SSLError(1, '[SSL: SSLV3_ALERT_CERTIFICATE_EXPIRED] sslv3 alert certificate expired (_ssl.c:2580)')))")
    gifts = sorted(rng.uniform(20, 580) for _ in range(9))
    for k, t in enumerate(gifts):
        i = k % 2
        gid = "GIFT-%d" % rng.randint(300000, 399999)
        amt = rng.choice([1000, 2500, 5000, 10000, 2000])
        R.at(t, L_dn[i], sj("info", "gift started", gift_id=gid, appeal="organ-restoration-2026", amount_minor=amt, gift_aid=rng.choice([True, False])))
        R.at(t + 0.21, L_dn[i], sj("error", "payment authorisation failed", gift_id=gid, error=err), ev=(k in (0, 5)))
        R.at(t + 0.23, L_ing, '%s - - [$NGX] "POST /api/gifts HTTP/2.0" 502 97 "https://give.staldhelm-cathedral.org.uk/organ" "%s" %d 0.231 [giving-donations-8000] [] 10.52.%d.%d:8000 97 0.230 502 %s' % (
            client_ip(rng), rng.choice(UAS), rng.randint(600, 900), rng.randint(0, 2), rng.randint(2, 250), hexid(rng, 32)))
    R.noise(L_dn[1], lambda r: sj("info", "gift aid declaration saved", donor_ref="D-%d" % r.randint(10000, 99999)), 3, 0, 580)
    R.noise(L_dn[0], [sj("info", "appeal total refreshed", appeal="organ-restoration-2026", total_gbp=184230, donors=2911)], 2, 0, 580)
    acc = ingress_nginx_access("https://give.staldhelm-cathedral.org.uk/", "giving-donations-8000", ["10.52.0.77:8000", "10.52.1.52:8000"],
                               [("GET", "/organ", 200, 14000, 16000, 0.01, 0.05), ("GET", "/api/appeals/organ-restoration-2026", 200, 700, 760, 0.004, 0.02)])
    R.noise(L_ing, acc, 9, 0, 580)
    return R.build(
        "ERROR", "tls_certificate",
        "The client certificate donations presents to the card acquirer (Secret giving/acquirer-client-cert, "
        "uploaded by hand) expired on 30 September; the acquirer's mTLS endpoint rejects the handshake with a "
        "certificate_expired alert.",
        "Every gift authorisation since the certificate expired fails with SSLV3_ALERT_CERTIFICATE_EXPIRED and "
        "the gift page gets 502; the app's own check warns that the client certificate is past its not_after.",
        "Obtain a renewed client certificate from Northpay, update the acquirer-client-cert Secret and restart "
        "donations; add expiry monitoring (or cert-manager) for it.",
        component="donations")


# --------------------------------------------------------------------------- 027
def r027():
    R = Rec("dev62-027", "2026-05-12T00:57:00", "dev62-password-rotated-crashloop",
            "client-portal is crash-looping with 'database unavailable' after last night's maintenance - is portal-db down?",
            sel(namespace="portal"))
    rng = R.rng
    n = S_AKS_NODES
    rot = "db-credential-rotator-29645340-%s" % rs_hash(rng, 5)
    cp = pods(rng, "client-portal", 2)
    L_rot = pod_labels(S_AKS, "portal", rot, "rotator", n[1], "db-credential-rotator")
    L_db = pod_labels(S_AKS, "portal", "portal-db-0", "postgresql", n[2], "portal-db")
    L_cp = [pod_labels(S_AKS, "portal", cp[0], "client-portal", n[0]), pod_labels(S_AKS, "portal", cp[1], "client-portal", n[1])]
    L_ev = event_labels(S_AKS, "portal")
    L_evd = event_labels(S_AKS, "default")
    APP = "client-portal"

    R.lines(10.0, L_rot, [
        "$PYT INFO rotator: rotating credentials for role portal_app on portal-db.portal.svc:5432",
        "$PYT INFO rotator: ALTER ROLE portal_app ... PASSWORD (new password, 40 chars) OK",
        "$PYT INFO rotator: stored new password in Key Vault nvsli-kv secret portal-db-password (version 7c1e0b93a4d54f0e8e1f2b6a9d3c5e71)",
        "$PYT WARNING rotator: Kubernetes secret portal/portal-db is not managed by this job; consumers must be updated manually",
        "$PYT INFO rotator: done",
    ], step=0.4, ev={1, 3})
    R.noise(L_cp[0], lambda r: spring("INFO", 1, APP, "http-nio-8080-exec-%d" % r.randint(1, 9), "u.o.n.portal.web.BookingController",
                                      "booking request NV-%d submitted by client %s" % (r.randint(40000, 49999), r.choice(["NHS-WM", "DWP", "UoN"]))), 3, 0, 230)
    R.at(235.0, L_evd, k8s_event("Node", n[0], "NodeNotSchedulable", "Normal", "Node %s status is now: NodeNotSchedulable" % n[0], host=n[0]))
    R.at(236.0, L_evd, k8s_event("Node", n[1], "NodeNotSchedulable", "Normal", "Node %s status is now: NodeNotSchedulable" % n[1], host=n[1]))
    new = [pod_name(rng, "client-portal", cp[0].split("-")[2]) for _ in range(2)]
    Ln = [pod_labels(S_AKS, "portal", new[0], "client-portal", n[2]), pod_labels(S_AKS, "portal", new[1], "client-portal", "aks-general-38146725-vmss000009")]
    R.at(240.0, L_ev, k8s_event("Pod", cp[0], "Killing", "Normal", "Stopping container client-portal", host=n[0]))
    R.at(241.0, L_ev, k8s_event("Pod", cp[1], "Killing", "Normal", "Stopping container client-portal", host=n[1]))

    def start(t, i, count, first=False):
        L = Ln[i]
        if count > 1:
            R.lines(t, L, [
                spring("INFO", 1, APP, "main", "u.o.n.portal.ClientPortalApplication", "Starting ClientPortalApplication v7.4.2 using Java 21.0.3 with PID 1"),
                spring("ERROR", 1, APP, "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization."),
                'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "portal_app"',
                spring("ERROR", 1, APP, "main", "o.s.boot.SpringApplication", "Application run failed"),
            ], step=0.6)
            R.at(t + 0.7, L_db, '$PGT [%d] FATAL:  password authentication failed for user "portal_app"' % rng.randint(3000, 9000))
            R.at(t + 0.701, L_db, '$PGT [%d] DETAIL:  Connection matched file "/opt/bitnami/postgresql/conf/pg_hba.conf" line 4: "host     all             all             0.0.0.0/0               md5"' % rng.randint(3000, 9000))
            R.at(t + 2.5, L_ev, k8s_event("Pod", new[i], "BackOff", "Warning",
                                          "Back-off restarting failed container client-portal in pod %s_portal(%s)" % (new[i], uuid4(rng)),
                                          host=L["node"], count=count))
            return
        R.lines(t, L, [
            spring("INFO", 1, APP, "main", "u.o.n.portal.ClientPortalApplication", "Starting ClientPortalApplication v7.4.2 using Java 21.0.3 with PID 1"),
            spring("INFO", 1, APP, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."),
            spring("WARN", 1, APP, "main", "u.o.n.portal.db.DatabaseReadinessGuard", "database unavailable, retrying in 5s (attempt 1/3)"),
            spring("WARN", 1, APP, "main", "u.o.n.portal.db.DatabaseReadinessGuard", "database unavailable, retrying in 5s (attempt 2/3)"),
            spring("ERROR", 1, APP, "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization."),
            'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "portal_app"',
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)",
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
            spring("ERROR", 1, APP, "main", "o.s.boot.SpringApplication", "Application run failed"),
            "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Unable to obtain connection from database: FATAL: password authentication failed for user \"portal_app\"",
            "SQL State  : 28P01",
            "Error Code : 0",
            'Message    : FATAL: password authentication failed for user "portal_app"',
        ], step=0.5 if not first else 0.5, ev={5} if first else set())
        for j in (0, 1, 2):
            R.at(t + 1.0 + j * 5.0 + 0.2, L_db, '$PGT [%d] FATAL:  password authentication failed for user "portal_app"' % rng.randint(3000, 9000), ev=(first and j == 0))
            R.at(t + 1.0 + j * 5.0 + 0.201, L_db, '$PGT [%d] DETAIL:  Connection matched file "/opt/bitnami/postgresql/conf/pg_hba.conf" line 4: "host     all             all             0.0.0.0/0               md5"' % rng.randint(3000, 9000))
        R.at(t + 7.5, L_ev, k8s_event("Pod", new[i], "BackOff", "Warning",
                                      "Back-off restarting failed container client-portal in pod %s_portal(%s)" % (new[i], uuid4(rng)),
                                      host=L["node"], count=count))

    start(262.0, 0, 1, first=True)
    start(268.0, 1, 1)
    start(330.0, 0, 2)
    start(352.0, 1, 2)
    start(460.0, 0, 3)
    return R.build(
        "CRITICAL", "auth_failure",
        "The nightly rotator changed the portal_app role's password in portal-db and stored it in Key Vault, but "
        "the Kubernetes Secret portal/portal-db that client-portal uses was not updated; after the node-image "
        "upgrade restarted the pods, every login with the old password is rejected (28P01).",
        "client-portal is in CrashLoopBackOff since ~01:01: Hikari/Flyway fail with 'password authentication failed "
        "for user \"portal_app\"' and Postgres logs the same FATAL. The database is up; 'database unavailable' is "
        "the app's wording for a credential rejection.",
        "Update the portal-db Secret with the rotated password (or sync it from Key Vault via the CSI driver / "
        "External Secrets) and restart client-portal; make the rotator update or own the Secret.",
        component="client-portal")


# --------------------------------------------------------------------------- 028
def r028():
    R = Rec("dev62-028", "2026-05-20T14:10:00", "dev62-dockerhub-rate-limit",
            "The new passenger-sms rollout on the hangar cluster is stuck in ImagePullBackOff - is the image missing?",
            sel(namespace="notify", app="passenger-sms"))
    rng = R.rng
    n = B_K3S_NODES
    old = pod_name(rng, "passenger-sms")
    new = pod_name(rng, "passenger-sms")
    gr = pod_name(rng, "gitlab-runner")
    img = "docker.io/windroseballoons/passenger-sms:2.4.1"
    L_old = pod_labels(B_K3S, "notify", old, "passenger-sms", n[1])
    L_ev = event_labels(B_K3S, "notify")
    L_ag = journal_labels(B_K3S, n[2], "k3s-agent.service")
    L_gr = pod_labels(B_K3S, "ci", gr, "gitlab-runner", n[0])
    dg = hexid(rng, 64)
    err = ('failed to pull and unpack image "%s": failed to copy: httpReadSeeker: failed open: unexpected status code '
           'https://registry-1.docker.io/v2/windroseballoons/passenger-sms/manifests/sha256:%s: 429 Too Many Requests - '
           'Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by '
           'authenticating and upgrading: https://www.docker.com/increase-rate-limit' % (img, dg))
    R.noise(L_gr, lambda r: "Pulling docker image %s ..." % r.choice(["node:20-alpine", "python:3.12-slim", "golang:1.22", "alpine:3.20", "docker:26-dind"]), 9, 0, 200)
    R.noise(L_gr, lambda r: "Job succeeded", 3, 20, 220)
    R.at(30.0, L_ev, k8s_event("Deployment", "passenger-sms", "ScalingReplicaSet", "Normal",
                               "Scaled up replica set %s to 1" % new.rsplit("-", 1)[0], comp="deployment-controller"))
    pulls = [(31.0, 1), (47.0, 2), (78.0, 3), (139.0, 4), (260.0, 5), (502.0, 6)]
    for k, (t, c) in enumerate(pulls):
        R.at(t, L_ev, k8s_event("Pod", new, "Pulling", "Normal", 'Pulling image "%s"' % img, host=n[2], count=c))
        R.at(t + 1.2, L_ag, klog("E", 1022, "log.go:32", "PullImage from image service failed",
                                 err="rpc error: code = Unknown desc = " + err, image=img), ev=(k in (0, 3)))
        R.at(t + 1.21, L_ev, k8s_event("Pod", new, "Failed", "Warning", 'Failed to pull image "%s": %s' % (img, err), host=n[2], count=c))
        R.at(t + 1.22, L_ev, k8s_event("Pod", new, "Failed", "Warning", "Error: ErrImagePull", host=n[2], count=c))
        R.at(t + 2.0, L_ev, k8s_event("Pod", new, "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=n[2], count=c))
        R.at(t + 2.01, L_ev, k8s_event("Pod", new, "Failed", "Warning", "Error: ImagePullBackOff", host=n[2], count=c))
    R.noise(L_old, lambda r: js({"level": "info", "time": "$ISO", "msg": "sms sent", "to": "+44 7*** ***%03d" % r.randint(0, 999),
                                 "template": r.choice(["flight-confirmed-for-tomorrow", "flight-cancelled-weather", "meet-at-launch-site"]),
                                 "provider_status": "queued"}), 9, 0, 580)
    return R.build(
        "WARN", "rate_limited",
        "Docker Hub's anonymous pull rate limit: the hangar cluster pulls without credentials through the office's "
        "shared public IP, and the CI runner's image pulls used up the allowance, so registry-1.docker.io answers "
        "429 toomanyrequests for passenger-sms:2.4.1.",
        "The new passenger-sms pod is in ImagePullBackOff with '429 Too Many Requests - toomanyrequests: You have "
        "reached your pull rate limit'; the image exists, the old pod keeps sending SMS. The pull will succeed once "
        "the limit window resets.",
        "Add Docker Hub credentials (imagePullSecret / registries.yaml) or mirror the image to a private registry, "
        "and point the CI runner at a pull-through cache.",
        component="passenger-sms")


# --------------------------------------------------------------------------- 029
def r029():
    R = Rec("dev62-029", "2026-10-12T01:58:00", "dev62-mongo-nightly-slow-healthy",
            "MongoDB logs 'Slow query' every night around 02:00 - is the archive catalogue degraded?",
            sel(namespace="recitals", app="archive-catalogue"))
    rng = R.rng
    n = C_GKE_NODES
    job = "listening-stats-rollup-29645400-%s" % rs_hash(rng, 5)
    L_m = pod_labels(C_GKE, "recitals", "archive-catalogue-0", "mongodb", n[1], "archive-catalogue")
    L_j = pod_labels(C_GKE, "recitals", job, "rollup", n[0], "listening-stats-rollup")
    L_ev = event_labels(C_GKE, "recitals")
    jip = "10.52.0.93"

    R.at(120.0, L_ev, k8s_event("CronJob", "listening-stats-rollup", "SuccessfulCreate", "Normal", "Created job %s" % job.rsplit("-", 1)[0], comp="cronjob-controller"))
    R.at(124.0, L_j, "$PYT INFO rollup: window 2026-10-11T00:00Z..2026-10-12T00:00Z")
    R.at(124.3, L_m, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                           {"remote": "%s:41822" % jip, "connectionId": 5120, "connectionCount": 38}))
    R.at(124.4, L_m, mongo("I", "NETWORK", 51800, "conn5120", "client metadata",
                           {"remote": "%s:41822" % jip, "client": "conn5120",
                            "doc": {"application": {"name": "listening-stats-rollup"}, "driver": {"name": "PyMongo", "version": "4.8.0"}}}))
    for k, (t, stage, dur) in enumerate([(127.0, "plays_by_recording", 2412), (130.5, "plays_by_country", 1874), (133.2, "plays_by_hour", 1306)]):
        R.at(t, L_m, mongo("I", "COMMAND", 51803, "conn5120", "Slow query",
                           {"type": "command", "ns": "catalogue.plays", "appName": "listening-stats-rollup",
                            "command": {"aggregate": "plays", "pipeline": [{"$match": {"played_at": {"$gte": {"$date": "2026-10-11T00:00:00Z"}}}},
                                                                           {"$group": {"_id": "$" + stage.split("_by_")[1], "n": {"$sum": 1}}}],
                                        "cursor": {}, "$db": "catalogue"},
                            "planSummary": "IXSCAN { played_at: 1 }", "keysExamined": 31204, "docsExamined": 31204,
                            "cursorExhausted": True, "numYields": 31, "nreturned": rng.randint(20, 400), "reslen": rng.randint(2000, 30000),
                            "remote": "%s:41822" % jip, "protocol": "op_msg", "durationMillis": dur}))
        R.at(t + 0.05, L_j, "$PYT INFO rollup: stage %s done in %.1fs" % (stage, dur / 1000))
    R.at(134.0, L_j, "$PYT INFO rollup: complete: 1 day, 31,204 plays, 412 recordings; wrote listening_stats/2026-10-11")
    R.at(134.2, L_m, mongo("I", "NETWORK", 22944, "conn5120", "Connection ended",
                           {"remote": "%s:41822" % jip, "connectionId": 5120, "connectionCount": 37}))
    R.at(136.0, L_ev, k8s_event("Job", job.rsplit("-", 1)[0], "Completed", "Normal", "Job completed", comp="job-controller"))
    R.at(136.1, L_ev, k8s_event("CronJob", "listening-stats-rollup", "SawCompletedJob", "Normal",
                                "Saw completed job: %s, status: Complete" % job.rsplit("-", 1)[0], comp="cronjob-controller"))
    for t in (30.0, 90.0, 150.0, 210.0, 270.0, 330.0, 390.0):
        R.at(t, L_m, mongo("I", "INDEX", 5479200, "TTLMonitor", "Deleted expired documents using index",
                           {"namespace": "catalogue.sessions", "index": "expires_at_1", "numDeleted": rng.randint(0, 40), "durationMillis": rng.randint(0, 3)}))
    for t in (60.0, 120.5, 181.0, 241.0, 301.0, 361.0):
        R.at(t, L_m, mongo("I", "WTCHKPT", 22430, "Checkpointer", "WiredTiger message",
                           {"message": {"ts_sec": int(R.when(t).timestamp()), "ts_usec": 0, "thread": "1:0x7f3c2e1fe640", "session_name": "WT_SESSION.checkpoint",
                                        "category": "WT_VERB_CHECKPOINT_PROGRESS", "category_id": 6, "verbose_level": "DEBUG_1", "verbose_level_id": 1,
                                        "msg": "saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 88213" % (
                                            41200 + int(t), 41200 + int(t))}}))
    R.noise(L_m, lambda r: mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                                 {"remote": "10.52.%d.%d:%d" % (r.randint(0, 1), r.randint(10, 90), r.randint(40000, 60000)),
                                  "connectionId": r.randint(5000, 5200), "connectionCount": r.randint(36, 42)}), 4, 0, 420)
    return R.build(
        "INFO", "none",
        "No incident: the 'Slow query' lines are the nightly listening-stats-rollup aggregations (1.3-2.4 s each, "
        "IXSCAN on played_at) which exceed MongoDB's 100 ms slow-query threshold by design; the job completes "
        "and the database is otherwise idle.",
        "Three aggregation stages logged as slow queries at 02:00, all using the played_at index; the rollup job "
        "completed, TTL deletes and checkpoints are routine.",
        "Nothing to do; optionally raise slowms for that application or run the rollup on a secondary.")


# --------------------------------------------------------------------------- 030
def r030():
    R = Rec("dev62-030", "2026-05-12T10:10:00", "dev62-ndots-wildcard-x509",
            "register-sync fails with x509 'certificate is valid for *.corp.northvale-sli.net, not api.signregistry.org.uk' - has the register's certificate changed?",
            sel(namespace="assignments", app="register-sync"))
    rng = R.rng
    n = S_AKS_NODES
    rs_ = pod_name(rng, "register-sync")
    ia = pod_name(rng, "interpreter-availability")
    L_rs = pod_labels(S_AKS, "assignments", rs_, "register-sync", n[1])
    L_ia = pod_labels(S_AKS, "assignments", ia, "interpreter-availability", n[0])
    L_dns = pod_labels(S_AKS, "kube-system", "coredns-789dc4c9d4-7m5xk", "coredns", n[2])
    rip = "10.244.1.38"
    name = "api.signregistry.org.uk"

    def sl(level, msg, **kw):
        d = {"time": "$ISO", "level": level, "msg": msg}
        d.update(kw)
        return js(d)

    def queries(t, corp_hit, ev=False):
        sufs = ["assignments.svc.cluster.local.", "svc.cluster.local.", "cluster.local."]
        dt_ = 0.0
        for suf in sufs:
            full = "%s.%s" % (name, suf)
            R.at(t + dt_, L_dns, '[INFO] %s:%d - %d "A IN %s udp %d false 1232" NXDOMAIN qr,aa,rd %d %.6fs' % (
                rip, rng.randint(33000, 60000), rng.randint(1, 65535), full, len(full) + 28, 150 + len(full), rng.uniform(0.00005, 0.0004)))
            dt_ += 0.001
        full = "%s.corp.northvale-sli.net." % name
        if corp_hit:
            R.at(t + dt_, L_dns, '[INFO] %s:%d - %d "A IN %s udp %d false 1232" NOERROR qr,rd,ra %d %.6fs' % (
                rip, rng.randint(33000, 60000), rng.randint(1, 65535), full, len(full) + 28, 70 + len(full), rng.uniform(0.003, 0.012)), ev=ev)
            return dt_ + 0.001
        R.at(t + dt_, L_dns, '[INFO] %s:%d - %d "A IN %s udp %d false 1232" NXDOMAIN qr,rd,ra %d %.6fs' % (
            rip, rng.randint(33000, 60000), rng.randint(1, 65535), full, len(full) + 28, 120 + len(full), rng.uniform(0.003, 0.012)))
        dt_ += 0.001
        R.at(t + dt_, L_dns, '[INFO] %s:%d - %d "A IN %s. udp %d false 1232" NOERROR qr,rd,ra %d %.6fs' % (
            rip, rng.randint(33000, 60000), rng.randint(1, 65535), name, len(name) + 29, 60 + len(name), rng.uniform(0.004, 0.02)))
        return dt_ + 0.001

    # run at 10:10 (before the wildcard record existed)
    d = queries(5.0, False)
    R.at(5.0 + d + 0.4, L_rs, sl("INFO", "sync complete", updated=3, lapsed=0, since="2026-05-12T09:55:00Z", took_ms=612))
    # runs at 10:25 and 10:40
    for k, t in enumerate((905.0, 1805.0)):
        R.at(t - 0.01, L_rs, sl("INFO", "sync start", since="2026-05-12T10:10:00Z"))
        d = queries(t, True, ev=(k == 0))
        for a in (1, 2, 3):
            R.at(t + d + 0.05 + (a - 1) * 2.0, L_rs, sl("WARN" if a < 3 else "ERROR", "registry request failed" if a < 3 else "sync failed",
                                                        attempt=a,
                                                        err='Get "https://api.signregistry.org.uk/v1/registrants?updated_since=2026-05-12T10:10:00Z": tls: failed to verify certificate: x509: certificate is valid for *.corp.northvale-sli.net, corp.northvale-sli.net, not api.signregistry.org.uk'),
                 ev=(k == 0 and a == 1))
    for t in (300.0, 640.0, 1120.0, 1500.0, 1950.0):
        R.at(t, L_ia, net("Information", "System.Net.Http.HttpClient.register.ClientHandler",
                          "Received HTTP response headers after %.4fms - 200" % rng.uniform(180, 520), 101))
    R.noise(L_dns, coredns_query("10.244.", [
        ("A", "rostering-db.assignments.svc.cluster.local.", "NOERROR", "qr,aa,rd", 134),
        ("A", "interpreter-availability.assignments.svc.cluster.local.", "NOERROR", "qr,aa,rd", 160)]), 8, 0, 1900)
    R.noise(L_rs, [sl("INFO", "next run scheduled", **{"in": "15m0s"})], 2, 10, 1800)
    return R.build(
        "ERROR", "dns_resolution",
        "register-sync's pod adds the search domain corp.northvale-sli.net and, with ndots:5, tries "
        "api.signregistry.org.uk.corp.northvale-sli.net before the real name; a new wildcard record in the corporate "
        "zone now answers that query (NOERROR), so the client connects to the intranet proxy and gets its "
        "*.corp.northvale-sli.net certificate.",
        "Since ~10:25 every sync fails with an x509 hostname mismatch. CoreDNS shows the lookup for "
        "api.signregistry.org.uk.corp.northvale-sli.net turning from NXDOMAIN (10:10 run, sync ok) into NOERROR; "
        "interpreter-availability, which has no corp search domain, still reaches the register fine.",
        "Use the FQDN with a trailing dot (api.signregistry.org.uk.) or set ndots:1/2 for register-sync, and ask "
        "the infra team to scope the new *.corp.northvale-sli.net wildcard.",
        component="register-sync")


RECORDS = [r021, r022, r023, r024, r025, r026, r027, r028, r029, r030]
