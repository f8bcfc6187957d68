"""dev62 records 011-020."""
from common import *  # noqa: F401,F403


def mongo(s, c, id_, ctx, msg, attr=None):
    d = {"t": {"$date": "$OFF"}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    return js(d)


# --------------------------------------------------------------------------- 011
def r011():
    R = Rec("dev62-011", "2026-05-24T20:04:00", "dev62-probe-kills-on-slow-db",
            "recital-archive pods keep getting restarted by their liveness probe - is the probe wrong?",
            sel(namespace="recitals", app="recital-archive"))
    rng = R.rng
    n = C_GKE_NODES
    ra = pods(rng, "recital-archive", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_ra = [pod_labels(C_GKE, "recitals", ra[0], "recital-archive", n[0]),
            pod_labels(C_GKE, "recitals", ra[1], "recital-archive", n[1])]
    L_m0 = pod_labels(C_GKE, "recitals", "archive-catalogue-0", "mongodb", n[1], "archive-catalogue")
    L_ing = pod_labels(C_GKE, "ingress-nginx", ing, "controller", n[0], "ingress-nginx")
    L_ev = event_labels(C_GKE, "recitals")
    L_kl = [journal_labels(C_GKE, n[0], "kubelet.service"), journal_labels(C_GKE, n[1], "kubelet.service")]
    ra_ip = ["10.52.0.41", "10.52.1.18"]
    host = "listen.staldhelm-cathedral.org.uk"

    R.at(6.0, L_m0, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                          {"remote": "10.52.2.91:40388", "uuid": {"uuid": {"$uuid": uuid4(rng)}}, "connectionId": 3312, "connectionCount": 41}))
    R.at(6.2, L_m0, mongo("I", "NETWORK", 51800, "conn3312", "client metadata",
                          {"remote": "10.52.2.91:40388", "client": "conn3312",
                           "doc": {"application": {"name": "mongosh 2.2.10"}, "driver": {"name": "nodejs|mongosh", "version": "6.7.0|2.2.10"}}}))
    R.at(7.0, L_m0, mongo("I", "ACCESS", 5286306, "conn3312", "Successfully authenticated",
                          {"client": "10.52.2.91:40388", "isSpeculative": True, "isClusterMember": False,
                           "mechanism": "SCRAM-SHA-256", "user": "dba", "db": "admin"}))
    R.at(31.4, L_m0, mongo("I", "COMMAND", 51806, "conn3312", "CMD: dropIndexes",
                           {"namespace": "catalogue.recordings", "uuid": {"uuid": {"$uuid": uuid4(rng)}},
                            "indexes": "\"composer_1_year_1\""}), ev=True)
    R.at(64.0, L_m0, mongo("I", "NETWORK", 22944, "conn3312", "Connection ended",
                           {"remote": "10.52.2.91:40388", "uuid": {"uuid": {"$uuid": uuid4(rng)}}, "connectionId": 3312, "connectionCount": 40}))
    R.noise(L_m0, lambda r: mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                                  {"remote": "%s:%d" % (r.choice(ra_ip), r.randint(40000, 60000)), "connectionId": r.randint(4400, 4700),
                                   "connectionCount": r.randint(40, 70)}), 3, 0, 560)
    composers = ["Howells", "Stanford", "Vierne", "Widor", "Parry", "Messiaen"]
    slow_ts = [48.0, 77.5, 131.0, 205.0, 289.0, 380.0, 470.0]
    for k, t in enumerate(slow_ts):
        comp = rng.choice(composers)
        dur = rng.randint(6800, 9600)
        R.at(t, L_m0, mongo("I", "COMMAND", 51803, "conn%d" % rng.randint(4400, 4700), "Slow query",
                            {"type": "command", "ns": "catalogue.recordings", "appName": "recital-archive",
                             "command": {"find": "recordings", "filter": {"composer": comp, "year": {"$gte": 1950}},
                                         "sort": {"performed_at": -1}, "limit": 50, "$db": "catalogue"},
                             "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": 1843220, "hasSortStage": True,
                             "cursorExhausted": True, "numYields": 1841, "nreturned": rng.randint(8, 50),
                             "queryHash": "5A1E9C3B", "reslen": rng.randint(9000, 48000),
                             "remote": "%s:%d" % (ra_ip[k % 2], rng.randint(40000, 60000)), "protocol": "op_msg",
                             "durationMillis": dur}), ev=(k in (0, 5)))
        if k % 3 == 1:
            R.at(t + 0.01, L_ing, '%s - - [$NGX] "GET /api/recordings?composer=%s HTTP/2.0" 504 160 "https://%s/archive" "%s" 88 60.001 [recitals-recital-archive-8000] [] %s:8000 0 60.000 504 %s' % (
                client_ip(rng), comp, host, rng.choice(UAS), ra_ip[k % 2], hexid(rng, 32)))
    # the pods stall, liveness kills them, restart loop
    cycles = [(0, 118.0, 1), (1, 160.0, 1), (0, 262.0, 2), (1, 318.0, 2)]
    for i, t, cnt in cycles:
        L = L_ra[i]
        pod = ra[i]
        kl = L_kl[i]
        wpid = rng.randint(8, 60)
        R.at(t - 20.0, L, "$GUNI [1] [CRITICAL] WORKER TIMEOUT (pid:%d)" % wpid)
        R.at(t - 19.9, L, "$GUNI [1] [ERROR] Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % wpid)
        R.at(t - 19.5, L, "$GUNI [%d] [INFO] Booting worker with pid: %d" % (wpid + 31, wpid + 31))
        for j in range(3):
            R.at(t - 20 + j * 10, kl, klog("I", 2154, "prober.go:107", "Probe failed", probeType="Liveness",
                                           pod="recitals/" + pod, podUID=uuid4(rng), containerName="recital-archive",
                                           probeResult="failure",
                                           output='Get "http://%s:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ra_ip[i]))
        R.at(t + 0.1, kl, klog("I", 2154, "kuberuntime_manager.go:1050", "Message for Container of pod", containerName="recital-archive",
                               containerStatusID='RAW:{"Type":"containerd","ID":"%s"}' % hexid(rng, 64),
                               pod="recitals/" + pod, containerMessage="Container recital-archive failed liveness probe, will be restarted"))
        R.at(t + 0.2, L_ev, k8s_event("Pod", pod, "Killing", "Normal", "Container recital-archive failed liveness probe, will be restarted",
                                      host=L["node"], count=cnt))
        R.at(t + 0.5, L, "$GUNI [1] [INFO] Handling signal: term")
        R.at(t + 31.0, L, "$GUNI [1] [INFO] Starting gunicorn 22.0.0")
        R.at(t + 31.1, L, "$GUNI [1] [INFO] Listening at: http://0.0.0.0:8000 (1)")
        R.at(t + 31.2, L, "$GUNI [1] [INFO] Using worker: uvicorn.workers.UvicornWorker")
        R.at(t + 32.4, L, "$GUNI [9] [INFO] Application startup complete.")
        if cnt >= 2:
            R.at(t + 1.0, L_ev, k8s_event("Pod", pod, "BackOff", "Warning",
                                          "Back-off restarting failed container recital-archive in pod %s_recitals(%s)" % (pod, uuid4(rng)),
                                          host=L["node"], count=cnt - 1))
    R.noise(L_ra[0], lambda r: 'INFO:     10.52.0.9:0 - "GET /api/recordings/%s HTTP/1.1" 200 OK' % r.choice(
        ["1994-06-12-evensong", "2003-12-21-carols", "2011-05-15-recital"]), 5, 0, 560)
    R.noise(L_ra[1], lambda r: 'INFO:     10.52.1.1:0 - "GET /healthz HTTP/1.1" 200 OK', 3, 0, 90)
    return R.build(
        "CRITICAL", "database",
        "The composer/year index on catalogue.recordings was dropped in MongoDB (dropIndexes from a mongosh session "
        "at ~20:04), so every archive search became a collection scan of 1.8M documents taking 7-10 s; the archive's "
        "workers block on these queries, cannot answer /healthz within the probe timeout, and the liveness probe "
        "kills them over and over.",
        "recital-archive is in a liveness-kill/restart loop and archive searches return 504. The probe, gunicorn "
        "WORKER TIMEOUT and its 'Perhaps out of memory?' hint are downstream: the MongoDB log shows the index drop "
        "followed by COLLSCAN slow queries.",
        "Recreate the index (db.recordings.createIndex({composer:1, year:1})) on archive-catalogue; then consider "
        "a cheaper /healthz and query timeouts (maxTimeMS) in recital-archive.",
        component="archive-catalogue")


# --------------------------------------------------------------------------- 012
def r012():
    R = Rec("dev62-012", "2026-03-24T14:10:00", "dev62-slow-register-api",
            "interpreter-availability returned 504s for a while this afternoon - what happened?",
            sel(namespace="assignments", app="interpreter-availability"))
    rng = R.rng
    n = S_AKS_NODES
    ia = pods(rng, "interpreter-availability", 2)
    am = pod_name(rng, "assignment-matcher")
    ng = pod_name(rng, "nginx")
    L_ia = [pod_labels(S_AKS, "assignments", ia[0], "interpreter-availability", n[0]),
            pod_labels(S_AKS, "assignments", ia[1], "interpreter-availability", n[2])]
    L_am = pod_labels(S_AKS, "assignments", am, "assignment-matcher", n[1])
    L_ng = pod_labels(S_AKS, "app-routing-system", ng, "nginx", n[1], "nginx")

    def net(level, cat, msg, eid=0):
        return js({"Timestamp": "$ISO", "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg})

    reg = "https://api.signregistry.org.uk/v1/registrants/"
    calls = []
    t = 5.0
    while t < 590:
        calls.append(t)
        t += rng.uniform(9, 16)
    ev_marked = 0
    for t in calls:
        i = rng.randint(0, 1)
        L = L_ia[i]
        intr = "INT-%04d" % rng.randint(100, 999)
        reg_no = "%d" % rng.randint(1000000, 1999999)
        if t < 110 or t > 480:
            lat = rng.uniform(180, 650)
        elif t < 150 or t > 440:
            lat = rng.uniform(3500, 9200)
        else:
            lat = rng.choice([rng.uniform(6000, 9800), 10001.0, 10001.0, 10001.0])
        if lat < 10000:
            if rng.random() < 0.45 or (lat > 3000):
                R.at(t + lat / 1000, L, net("Information", "System.Net.Http.HttpClient.register.ClientHandler",
                                            "Received HTTP response headers after %.4fms - 200" % lat, 101))
        else:
            mark = ev_marked < 2
            ev_marked += 1
            R.at(t + 10.002, L, net("Warning", "Northvale.Availability.RegisterClient",
                                    "Register lookup for %s (registration %s) failed after 10002 ms: The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing." % (intr, reg_no)), ev=mark)
            R.at(t + 10.004, L, net("Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                                    "Request finished HTTP/1.1 GET http://interpreter-availability.assignments.svc/api/availability/%s?date=2026-03-26 - 504 0 - 10006.1209ms" % intr, 2))
            R.at(t + 10.006, L_ng, '%s - - [$NGX] "GET /api/availability/%s?date=2026-03-26 HTTP/2.0" 504 0 "https://book.northvale-sli.org.uk/request" "%s" 97 10.006 [assignments-interpreter-availability-80] [] 10.244.%d.%d:8080 0 10.006 504 %s' % (
                client_ip(rng), intr, rng.choice(UAS), rng.randint(0, 3), rng.randint(2, 250), hexid(rng, 32)))
            if rng.random() < 0.5:
                R.at(t + 10.2, L_am, net("Warning", "Northvale.Matching.AssignmentService",
                                         "Availability check for %s returned 504 GatewayTimeout; booking NV-%d requeued for 60s" % (intr, rng.randint(40000, 49999))))
    R.at(300.0, L_ia[0], net("Information", "Northvale.Availability.RegisterClient",
                             "register p95 latency over last 5 min: 9412 ms (timeouts: 11, ok: 9)"))
    R.at(570.0, L_ia[1], net("Information", "Northvale.Availability.RegisterClient",
                             "register p95 latency over last 5 min: 402 ms (timeouts: 0, ok: 21)"))
    R.noise(L_am, lambda r: net("Information", "Northvale.Matching.AssignmentService",
                                "Matched booking NV-%d to interpreter INT-%04d (score %.2f)" % (r.randint(40000, 49999), r.randint(100, 999), r.uniform(0.6, 0.98))), 6, 0, 590)
    return R.build(
        "WARN", "timeout",
        "The national interpreter register API (api.signregistry.org.uk) slowed down for ~10 minutes: response "
        "headers arrived after 6-10 s and many lookups exceeded interpreter-availability's 10 s HttpClient timeout, "
        "which the service turns into 504.",
        "Between ~14:12 and ~14:18 availability lookups timed out and matching requeued bookings; latency returned to "
        "normal (~400 ms p95) without intervention. Connections succeeded throughout, only the responses were slow.",
        "No immediate action; consider caching register status per interpreter for a day and a shorter timeout with "
        "fallback to the cached value.",
        component="interpreter-availability")


# --------------------------------------------------------------------------- 013
def r013():
    R = Rec("dev62-013", "2026-06-16T05:02:00", "dev62-nxdomain-searchpath-healthy",
            "CoreDNS on the hangar cluster logs hundreds of NXDOMAIN answers - is DNS broken?",
            sel(namespace="kube-system", app="coredns"))
    rng = R.rng
    n = B_K3S_NODES
    dns = "coredns-576bfc4dc7-r9ktb"
    wb = pod_name(rng, "field-weather")
    ps = pod_name(rng, "passenger-sms")
    L_dns = pod_labels(B_K3S, "kube-system", dns, "coredns", n[0])
    L_wb = pod_labels(B_K3S, "flightops", wb, "field-weather", n[2])
    L_ps = pod_labels(B_K3S, "notify", ps, "passenger-sms", n[1])
    R.at(1.0, L_dns, "[INFO] plugin/reload: Running configuration SHA512 = 2f6c3a1be0d7d0b1c9f16e4a3c84e2d9f0a41e7c5b3d2a8e9f1c0b7d6a5e4f3c2b1a0d9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b")
    R.at(1.2, L_dns, "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.override")
    R.at(1.3, L_dns, "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.server")

    def lookup(t, client, ns, name, ok_ip):
        suffixes = ["%s.svc.cluster.local." % ns, "svc.cluster.local.", "cluster.local.", "hangar.lan."]
        dt_ = 0.0
        for suf in suffixes:
            for qt in ("A", "AAAA"):
                full = "%s.%s" % (name, suf)
                R.at(t + dt_, L_dns, '[INFO] %s:%d - %d "%s IN %s udp %d false 1232" NXDOMAIN qr,%s %d %.6fs' % (
                    client, rng.randint(33000, 60000), rng.randint(1, 65535), qt, full, len(full) + 28,
                    "aa,rd" if suf != "hangar.lan." else "rd,ra", 150 + len(full), rng.uniform(0.00005, 0.0009) if suf != "hangar.lan." else rng.uniform(0.002, 0.009)))
                dt_ += 0.001
        R.at(t + dt_ + 0.01, L_dns, '[INFO] %s:%d - %d "A IN %s. udp %d false 1232" NOERROR qr,rd,ra %d %.6fs' % (
            client, rng.randint(33000, 60000), rng.randint(1, 65535), name, len(name) + 29, 90 + len(name), rng.uniform(0.004, 0.03)))
        R.at(t + dt_ + 0.011, L_dns, '[INFO] %s:%d - %d "AAAA IN %s. udp %d false 1232" NOERROR qr,rd,ra %d %.6fs' % (
            client, rng.randint(33000, 60000), rng.randint(1, 65535), name, len(name) + 29, 140 + len(name), rng.uniform(0.004, 0.03)))
        return dt_ + 0.02

    wb_ip, ps_ip = "10.42.2.31", "10.42.1.47"
    for k, t in enumerate((20.0, 140.0, 260.0, 380.0)):
        d = lookup(t, wb_ip, "flightops", "metar.skybrief-data.co.uk", "185.199.0.1")
        R.at(t + d + 0.2, L_wb, logfmt(ts="$ISO", level="info", caller="fetch.go:58", msg="fetched METAR",
                                       icao=rng.choice(["EGBP", "EGTK", "EGGD"]), status=200, ms=rng.randint(140, 260)))
    d = lookup(205.0, ps_ip, "notify", "api.textflow-sms.co.uk", "")
    R.at(205.0 + d + 0.3, L_ps, js({"level": "info", "time": "$ISO", "msg": "sms sent", "to": "+44 7*** ***%03d" % rng.randint(0, 999),
                                    "template": "flight-confirmed-for-tomorrow", "provider_status": "queued"}))
    R.noise(L_dns, coredns_query("10.42.", [
        ("A", "flight-manifest.flightops.svc.cluster.local.", "NOERROR", "qr,aa,rd", 132),
        ("A", "chase-tracker.flightops.svc.cluster.local.", "NOERROR", "qr,aa,rd", 132)]), 5, 0, 480)
    return R.build(
        "INFO", "none",
        "No incident: the NXDOMAIN answers are the normal search-path expansion of external names under ndots:5 "
        "(name.<ns>.svc.cluster.local, svc.cluster.local, cluster.local, hangar.lan) before the absolute name "
        "resolves with NOERROR; the import-glob warnings are the stock k3s CoreDNS messages for an empty custom dir.",
        "Every external lookup (METAR API, SMS gateway) ends in NOERROR and the callers report successful requests; "
        "CoreDNS answers in well under a millisecond for cluster names.",
        "Nothing required; if the query log volume bothers you, use FQDNs with a trailing dot or set ndots:2 for "
        "pods that mostly call external APIs.")


# --------------------------------------------------------------------------- 014
def r014():
    R = Rec("dev62-014", "2026-07-27T10:14:00", "dev62-pending-readonly-localpath",
            "recording-spool-2 has been Pending for ages and the scheduler says it timed out binding volumes - is the cluster out of capacity?",
            sel(namespace="recordings", app="recording-spool"))
    rng = R.rng
    n = C_KADM_NODES
    lpp = pod_name(rng, "local-path-provisioner")
    pvc = "pvc-" + uuid4(rng)
    helper = "helper-pod-create-%s" % pvc
    L_lpp = pod_labels(C_KADM, "local-path-storage", lpp, "local-path-provisioner", n[0])
    L_hp = pod_labels(C_KADM, "local-path-storage", helper, "helper-pod", n[2], "local-path-provisioner")
    L_k3 = journal_labels(C_KADM, n[2], "kernel")
    L_evr = event_labels(C_KADM, "recordings")
    L_sp = [pod_labels(C_KADM, "recordings", "recording-spool-0", "spool", n[0], "recording-spool"),
            pod_labels(C_KADM, "recordings", "recording-spool-1", "spool", n[1], "recording-spool")]
    path = "/opt/local-path-provisioner/%s_recordings_spool-recording-spool-2" % pvc

    R.lines(2.0, L_k3, [
        "sd 2:0:0:0: [sdb] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s",
        "sd 2:0:0:0: [sdb] tag#18 Sense Key : Medium Error [current]",
        "sd 2:0:0:0: [sdb] tag#18 Add. Sense: Write error - auto reallocation failed",
        "I/O error, dev sdb, sector 976781312 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2",
        "Aborting journal on device sdb1-8.",
        "EXT4-fs error (device sdb1): ext4_journal_check_start:84: comm kworker/u16:2: Detected aborted journal",
        "EXT4-fs (sdb1): Remounting filesystem read-only",
    ], step=0.04, ev={3, 6})
    R.at(40.0, L_evr, k8s_event("StatefulSet", "recording-spool", "SuccessfulCreate", "Normal",
                                "create Claim spool-recording-spool-2 Pod recording-spool-2 in StatefulSet recording-spool success",
                                comp="statefulset-controller"))
    R.at(40.1, L_evr, k8s_event("StatefulSet", "recording-spool", "SuccessfulCreate", "Normal",
                                "create Pod recording-spool-2 in StatefulSet recording-spool successful", comp="statefulset-controller"))
    R.at(40.2, L_evr, k8s_event("PersistentVolumeClaim", "spool-recording-spool-2", "WaitForFirstConsumer", "Normal",
                                "waiting for first consumer to be created before binding", comp="persistentvolume-controller"))
    R.at(40.5, L_evr, k8s_event("PersistentVolumeClaim", "spool-recording-spool-2", "ExternalProvisioning", "Normal",
                                "Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.",
                                comp="persistentvolume-controller", count=1))
    attempts = [41.0, 175.0, 312.0, 450.0, 588.0]
    for k, t in enumerate(attempts):
        R.at(t, L_lpp, 'time="$ISO" level=info msg="Creating volume %s at %s:%s"' % (pvc, n[2], path))
        R.at(t + 0.05, L_evr, k8s_event("PersistentVolumeClaim", "spool-recording-spool-2", "Provisioning", "Normal",
                                        'External provisioner is provisioning volume for claim "recordings/spool-recording-spool-2"',
                                        comp="rancher.io/local-path_%s_%s" % (lpp, uuid4(rng)), count=k + 1))
        R.at(t + 3.1, L_hp, "mkdir: can't create directory '%s': Read-only file system" % path, ev=(k == 0))
        R.at(t + 120.1, L_lpp, 'time="$ISO" level=error msg="failed to create volume %s: create process timeout after 120 seconds"' % pvc)
        R.at(t + 120.2, L_evr, k8s_event("PersistentVolumeClaim", "spool-recording-spool-2", "ProvisioningFailed", "Warning",
                                         'failed to provision volume with StorageClass "local-path": failed to create volume %s: create process timeout after 120 seconds' % pvc,
                                         comp="rancher.io/local-path_%s_%s" % (lpp, uuid4(rng)), count=k + 1))
    R.at(41.2, L_evr, k8s_event("Pod", "recording-spool-2", "FailedScheduling", "Warning",
                                "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
                                comp="default-scheduler"))
    R.at(641.0, L_evr, k8s_event("Pod", "recording-spool-2", "FailedScheduling", "Warning",
                                 'running PreBind plugin "VolumeBinding": binding volumes: context deadline exceeded',
                                 comp="default-scheduler"))
    R.noise(L_sp[0], lambda r: 'time="$ISO" level=info msg="uploaded segment" file=%s-%03d.flac bucket=gs://aldhelm-recordings bytes=%d' % (
        r.choice(["2026-07-26-evensong", "2026-07-26-organ-recital"]), r.randint(1, 200), r.randint(40000000, 90000000)), 6, 0, 700)
    R.noise(L_sp[1], lambda r: 'time="$ISO" level=info msg="spool usage" used_gb=%d free_gb=%d' % (r.randint(180, 220), r.randint(600, 650)), 3, 0, 580)
    return R.build(
        "ERROR", "storage",
        "The data disk sdb on undercroft-w3, where local-path provisions volumes, hit medium errors and ext4 aborted "
        "its journal and remounted read-only; the provisioner's helper pod cannot create the directory for "
        "spool-recording-spool-2, so the PVC never binds and recording-spool-2 (anti-affinity allows only w3) "
        "stays Pending.",
        "Provisioning of spool-recording-spool-2 fails on every retry ('Read-only file system', then 'create process "
        "timeout after 120 seconds'); the scheduler's 'binding volumes: context deadline exceeded' is a consequence. "
        "Capacity is not the problem; the third spool replica for the festival week cannot start.",
        "Replace/repair sdb on undercroft-w3 (fsck after the medium errors), then delete the stuck PVC so it "
        "re-provisions; consider a StorageClass path on a healthy disk meanwhile.",
        component="recording-spool")


# --------------------------------------------------------------------------- 015
def r015():
    R = Rec("dev62-015", "2026-04-28T08:40:00", "dev62-liveness-wrong-port",
            "signalling-gateway is in CrashLoopBackOff with 'connection refused' - is the TURN relay or Redis down?",
            sel(namespace="vri", app="signalling-gateway"))
    rng = R.rng
    n = S_OCP_NODES
    sg = pods(rng, "signalling-gateway", 2)
    tr = "turn-relay-0"
    L_sg = [pod_labels(S_OCP, "vri", sg[0], "signalling-gateway", n[0]),
            pod_labels(S_OCP, "vri", sg[1], "signalling-gateway", n[2])]
    L_tr = pod_labels(S_OCP, "vri", tr, "coturn", n[1], "turn-relay")
    L_kl = [journal_labels(S_OCP, n[0], "kubelet.service"), journal_labels(S_OCP, n[2], "kubelet.service")]
    L_ev = event_labels(S_OCP, "vri")
    ips = ["10.128.2.77", "10.130.0.41"]
    APP = "signalling-gateway"

    def boot(t, i, first):
        L = L_sg[i]
        R.lines(t, L, [
            spring("INFO", 1, APP, "main", "u.o.n.vri.signal.SignallingApplication", "Starting SignallingApplication v2.14.0 using Java 21.0.3 with PID 1"),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
            spring("INFO", 1, APP, "main", "u.o.n.vri.signal.redis.PresenceStore", "connected to redis://session-presence.vri.svc:6379"),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 9090 (http)"),
            spring("INFO", 1, APP, "main", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing 3 endpoints beneath base path '/actuator'"),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 9090 (http) with context path ''"),
            spring("INFO", 1, APP, "main", "u.o.n.vri.signal.SignallingApplication", "Started SignallingApplication in 11.204 seconds (process running for 12.1)"),
        ], step=1.4, ev={6} if first else set())

    def cycle(t, i, cnt, first=False):
        L = L_sg[i]
        pod = sg[i]
        boot(t, i, first)
        for j in range(2):
            R.at(t + 12 + rng.uniform(1, 6) + j * 3, L, spring("INFO", 1, APP, "http-nio-8080-exec-%d" % rng.randint(1, 9),
                                                             "u.o.n.vri.signal.ws.SignalHandler",
                                                             "WebSocket session opened id=%s room=vri-%d" % (hexid(rng, 8), rng.randint(7000, 7999))))
        for j in range(3):
            R.at(t + 25 + j * 10, L_kl[i], klog("I", 3311, "prober.go:107", "Probe failed", probeType="Liveness",
                                               pod="vri/" + pod, podUID=uuid4(rng), containerName=APP, probeResult="failure",
                                               output='Get "http://%s:8081/actuator/health/liveness": dial tcp %s:8081: connect: connection refused' % (ips[i], ips[i])),
                 ev=(first and j == 0))
        R.at(t + 45.1, L_ev, k8s_event("Pod", pod, "Unhealthy", "Warning",
                                       'Liveness probe failed: Get "http://%s:8081/actuator/health/liveness": dial tcp %s:8081: connect: connection refused' % (ips[i], ips[i]),
                                       host=L["node"], count=3 * cnt))
        R.at(t + 45.2, L_ev, k8s_event("Pod", pod, "Killing", "Normal", "Container signalling-gateway failed liveness probe, will be restarted",
                                       host=L["node"], count=cnt))
        R.at(t + 45.4, L, spring("INFO", 1, APP, "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
                                 "Commencing graceful shutdown. Waiting for active requests to complete"))
        R.at(t + 45.6, L, spring("WARN", 1, APP, "SpringApplicationShutdownHook", "u.o.n.vri.signal.ws.SignalHandler",
                                 "closing %d WebSocket sessions: CloseStatus[code=1001, reason=null]" % rng.randint(3, 9)))
        if cnt >= 2:
            R.at(t + 46.5, L_ev, k8s_event("Pod", pod, "BackOff", "Warning",
                                           "Back-off restarting failed container signalling-gateway in pod %s_vri(%s)" % (pod, uuid4(rng)),
                                           host=L["node"], count=cnt - 1))

    cycle(5.0, 0, 3, first=True)
    cycle(28.0, 1, 3)
    cycle(132.0, 0, 4)
    cycle(165.0, 1, 4)
    R.noise(L_tr, lambda r: "%d: : session %03d%015d: realm <turn.northvale-sli.net> user <%d:vri>: incoming packet BINDING processed, success" % (
        r.randint(1000, 9999), r.randint(0, 999), r.randint(0, 10**14), r.randint(1780000000, 1789999999)), 5, 0, 400)
    return R.build(
        "CRITICAL", "probe_failure",
        "Release 2.14 moved the Spring actuator to a separate management port 9090, but the Deployment's liveness "
        "probe still targets port 8081; nothing listens there, so every probe is refused and the kubelet restarts "
        "healthy containers every ~45 s.",
        "Both signalling-gateway pods start cleanly, serve WebSocket sessions on 8080 and expose actuator on 9090, then "
        "are killed after three refused liveness probes on :8081; restarts drop live VRI calls and the pods are now in "
        "back-off. Redis and the TURN relay are fine - the refused connection is the probe's own.",
        "Point the livenessProbe at port 9090 (/actuator/health/liveness), matching the readiness probe, and roll "
        "the Deployment.",
        component="signalling-gateway")


# --------------------------------------------------------------------------- 016
def r016():
    R = Rec("dev62-016", "2026-06-15T04:48:00", "dev62-429-behind-deadline",
            "Morning briefings show 'context deadline exceeded' for the weather feed - is the weather API down?",
            sel(namespace="flightops", app="weather-briefing"))
    rng = R.rng
    n = B_EKS_NODES
    wb = pod_name(rng, "weather-briefing")
    lp = pods(rng, "launch-planner", 3)
    L_wb = pod_labels(B_EKS, "flightops", wb, "weather-briefing", n[0])
    L_lp = pod_labels(B_EKS, "flightops", lp[0], "launch-planner", n[1])
    L_ev = event_labels(B_EKS, "flightops")
    base = "https://api.skybrief-data.co.uk/v2/taf?icao="
    reset_epoch = int((R.when(0).replace(minute=0, second=0, microsecond=0).timestamp()) + 3600)

    def wl(level, caller, msg, **kw):
        return logfmt(ts="$ISO", level=level, caller=caller, msg=msg, **kw)

    R.at(1.0, L_ev, k8s_event("HorizontalPodAutoscaler", "launch-planner", "SuccessfulRescale", "Normal",
                              "New size: 4; reason: cpu resource utilization (percentage of request) above target",
                              comp="horizontal-pod-autoscaler"))
    for k, (t, icao) in enumerate([(8, "EGBP"), (24, "EGTK")]):
        R.at(t, L_wb, wl("info", "fetch.go:58", "fetched TAF", icao=icao, status=200, ms=rng.randint(150, 300),
                         ratelimit_remaining=rng.randint(2, 9)))
    sites = ["EGBP", "EGTK", "EGGD", "EGLK", "EGHH"]
    cycle_ts = [60, 150, 240, 330, 420]
    for k, t in enumerate(cycle_ts):
        icao = sites[k % len(sites)]
        R.at(t, L_wb, wl("debug", "fetch.go:71", "upstream response", icao=icao, status=429,
                         x_ratelimit_limit=600, x_ratelimit_remaining=0, x_ratelimit_reset=reset_epoch, retry_after=60),
             ev=(k in (0, 2)))
        R.at(t + 0.001, L_wb, "$GOLOG [DEBUG] GET %s%s (status: 429): retrying in 1m0s (4 left)" % (base, icao), ev=(k == 0))
        R.at(t + 30.0, L_wb, wl("error", "fetch.go:92", "fetch TAF failed", icao=icao,
                                err="GET %s%s giving up after 1 attempt(s): context deadline exceeded" % (base, icao)))
        R.at(t + 30.01, L_wb, wl("warn", "briefing.go:40", "serving cached briefing", icao=icao, age="%dm" % (40 + k * 2)))
    R.noise(L_lp, lambda r: "$PYT INFO launch_planner.poll requested TAF refresh for %s from weather-briefing (force_refresh=true)" % (
        r.choice(sites)), 10, 0, 560)
    R.noise(L_wb, lambda r: wl("info", "http.go:33", "request", path="/v1/briefing/%s?refresh=1" % r.choice(sites), status=200,
                               ms=r.randint(1, 9)), 12, 0, 560)
    t_reset = reset_epoch - R.t0.timestamp() + 2
    R.at(t_reset, L_wb, wl("info", "fetch.go:58", "fetched TAF", icao="EGBP", status=200, ms=212, ratelimit_remaining=599))
    R.at(t_reset + 15, L_wb, wl("info", "fetch.go:58", "fetched TAF", icao="EGTK", status=200, ms=188, ratelimit_remaining=597))
    return R.build(
        "WARN", "rate_limited",
        "The weather provider is rate-limiting weather-briefing's API key (429, x-ratelimit-remaining=0, Retry-After "
        "60 s): launch-planner scaled to four replicas and each forces uncached TAF refreshes, exhausting the hourly "
        "quota; the client's retry waits longer than the 30 s request deadline, so the rate limit surfaces as "
        "'context deadline exceeded'.",
        "TAF fetches since ~04:49 get 429 and give up on the deadline; weather-briefing serves cached briefings "
        "(40-50 min old). Quota resets at the top of the hour, after which fetches succeed again.",
        "Make weather-briefing coalesce and cache provider fetches whatever the caller asks (or have launch-planner "
        "accept cached data), or raise the plan limit; report 429 as rate limiting in logs and alerts rather than a "
        "timeout.",
        component="weather-briefing")


# --------------------------------------------------------------------------- 017
def r017():
    R = Rec("dev62-017", "2026-10-04T17:28:00", "dev62-client-abort-healthy",
            "stream-gateway logs are full of ClientAbortException stack traces during the evensong stream - is streaming failing?",
            sel(namespace="recitals", app="stream-gateway"))
    rng = R.rng
    n = C_GKE_NODES
    sg = pods(rng, "stream-gateway", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_sg = [pod_labels(C_GKE, "recitals", sg[0], "stream-gateway", n[0]),
            pod_labels(C_GKE, "recitals", sg[1], "stream-gateway", n[1])]
    L_ing = pod_labels(C_GKE, "ingress-nginx", ing, "controller", n[0], "ingress-nginx")
    APP = "stream-gateway"
    trace = [
        "org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe",
        "\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:342)",
        "\tat org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:778)",
        "\tat org.apache.catalina.connector.CoyoteOutputStream.write(CoyoteOutputStream.java:120)",
        "\tat org.springframework.util.StreamUtils.copy(StreamUtils.java:145)",
        "\tat uk.org.staldhelm.stream.SegmentController.lambda$segment$0(SegmentController.java:71)",
        "Caused by: java.io.IOException: Broken pipe",
        "\tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)",
        "\tat java.base/sun.nio.ch.NioSocketImpl.implWrite(NioSocketImpl.java:420)",
    ]
    for k, t in enumerate(sorted(rng.uniform(10, 560) for _ in range(4))):
        i = k % 2
        R.at(t, L_sg[i], spring("WARN", 1, APP, "http-nio-8080-exec-%d" % rng.randint(1, 20),
                                "u.o.s.stream.web.ErrorLoggingFilter", "client went away during GET /hls/evensong/720p/seg-%05d.ts" % rng.randint(20000, 21000)))
        R.lines(t + 0.001, L_sg[i], trace if k % 2 == 0 else trace[:3] + trace[6:7])
    R.noise(L_sg[0], lambda r: spring("INFO", 1, APP, "scheduling-1", "u.o.s.stream.ViewerStats",
                                      "live/evensong viewers=%d renditions=1080p:%d,720p:%d,480p:%d,audio:%d" % (
                                          r.randint(380, 430), r.randint(80, 120), r.randint(180, 220), r.randint(60, 90), r.randint(10, 20))), 6, 0, 580)
    acc = ingress_nginx_access("https://listen.staldhelm-cathedral.org.uk/live", "recitals-stream-gateway-8080",
                               ["10.52.0.63:8080", "10.52.1.29:8080"],
                               [("GET", "/hls/evensong/720p/index.m3u8", 200, 410, 430, 0.002, 0.008),
                                ("GET", "/hls/evensong/1080p/index.m3u8", 200, 410, 430, 0.002, 0.008),
                                ("GET", "/hls/evensong/720p/seg-20417.ts", 200, 1800000, 2300000, 0.08, 0.4),
                                ("GET", "/hls/evensong/audio/seg-20417.aac", 200, 60000, 70000, 0.01, 0.05)])
    R.noise(L_ing, acc, 18, 0, 580)
    return R.build(
        "INFO", "none",
        "No incident: the ClientAbortException / Broken pipe traces are viewers closing the player or switching "
        "renditions mid-segment; the gateway logs them with a stack trace, but playlists and segments are served "
        "normally and viewer counts are steady.",
        "About 400 concurrent viewers of the evensong stream, all playlist/segment requests 200 at the ingress; "
        "a handful of client disconnects per ten minutes, which is expected for live HLS.",
        "Nothing to do; optionally log client aborts at DEBUG without a stack trace.")


# --------------------------------------------------------------------------- 018
def r018():
    R = Rec("dev62-018", "2026-08-03T08:55:00", "dev62-clock-skew-x509",
            "Interpreter timesheets can't be submitted from some pods - 'x509: certificate has expired or is not yet valid'. Is the SSO certificate broken?",
            None)
    rng = R.rng
    n = S_OCP_NODES
    tsa = pods(rng, "timesheets-api", 3)
    L_ts = [pod_labels(S_OCP, "billing", tsa[0], "timesheets-api", n[0]),
            pod_labels(S_OCP, "billing", tsa[1], "timesheets-api", n[1]),
            pod_labels(S_OCP, "billing", tsa[2], "timesheets-api", n[2])]
    L_k3 = journal_labels(S_OCP, n[2], "kernel")
    L_ch = journal_labels(S_OCP, n[2], "chronyd.service")
    L_kl3 = journal_labels(S_OCP, n[2], "kubelet.service")
    L_ev = event_labels(S_OCP, "billing")
    L_evd = event_labels(S_OCP, "default")
    SK = -4213.55  # worker-3's clock is 70 minutes behind
    sso = "https://sso.northvale-sli.net/realms/staff/protocol/openid-connect/token"

    def tj(level, msg, **kw):
        d = {"time": "$ISO", "level": level, "msg": msg}
        d.update(kw)
        return js(d)

    boot = R.when(2.0 + SK).replace(microsecond=0)
    R.at(2.0, L_k3, "rtc_cmos 00:01: setting system clock to %s UTC (%d)" % (
        boot.strftime("%Y-%m-%dT%H:%M:%S"), int(boot.timestamp())), ev=True, skew=SK)
    R.at(2.5, L_k3, "clocksource: Switched to clocksource tsc", skew=SK)
    R.at(48.0, L_kl3, klog("I", 2604, "server.go:1264", "Started kubelet"), skew=SK)
    R.at(55.0, L_evd, k8s_event("Node", n[2], "NodeReady", "Normal", "Node %s status is now: NodeReady" % n[2], host=n[2]))
    R.at(61.0, L_ch, "Selected source 10.40.0.5 (ntp1.northvale-sli.net)", skew=SK)
    R.at(61.1, L_ch, "System clock wrong by 4213.550672 seconds, adjustment started", ev=True, skew=SK)
    R.at(92.0, L_ev, k8s_event("Pod", tsa[2], "Scheduled", "Normal", "Successfully assigned billing/%s to %s" % (tsa[2], n[2]),
                               comp="default-scheduler"))
    R.at(95.0, L_ts[2], tj("INFO", "timesheets-api starting", version="1.31.2"), skew=SK)
    for i in (0, 1):
        R.noise(L_ts[i], lambda r: tj("INFO", "timesheet submitted", interpreter="INT-%04d" % r.randint(100, 999),
                                      booking="NV-%d" % r.randint(40000, 49999), minutes=r.choice([60, 90, 120, 180])), 7, 0, 590)
    R.at(140.0, L_ts[2], tj("INFO", "payroll export ping ok", endpoint="https://api.payroll-partner.co.uk/v3/ping", status=200), skew=SK)
    nb = R.when(-1388.0).replace(microsecond=0)  # SSO certificate re-issued ~23 min before the window
    fails = sorted(rng.uniform(110, 590) for _ in range(9))
    for k, t in enumerate(fails):
        cur = R.when(t + SK).replace(microsecond=0)
        R.at(t, L_ts[2], tj("ERROR", "token exchange failed", interpreter="INT-%04d" % rng.randint(100, 999),
                            err='Post "%s": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is before %s' % (
                                sso, cur.strftime("%Y-%m-%dT%H:%M:%SZ"), nb.strftime("%Y-%m-%dT%H:%M:%SZ"))),
             ev=(k in (0, 4)), skew=SK)
    R.noise(L_kl3, kubelet_noise(["billing/" + tsa[2]], pid=2604), 3, 100, 590, skew=SK)
    return R.build(
        "ERROR", "node_failure",
        "worker-3 came back from a board replacement with its hardware clock about 70 minutes behind (rtc_cmos set "
        "the system clock to the wrong time) and chronyd is only slewing the 4213 s error; pods on that node see "
        "the SSO certificate re-issued 23 minutes ago as 'not yet valid'.",
        "Only the timesheets-api replica on worker-3 fails (its log and kubelet timestamps run 70 min behind the "
        "other nodes; 'current time ... is before ...' in every error); replicas on worker-1/2 submit fine. The "
        "certificate itself is valid.",
        "Step the clock on worker-3 now (chronyc makestep), fix the RTC/BIOS time, and set makestep so chrony steps "
        "large offsets at boot; cordon worker-3 until its clock is correct.",
        component="worker-3.ocp4.northvale-sli.net")


# --------------------------------------------------------------------------- 019
def r019():
    R = Rec("dev62-019", "2026-06-17T04:36:00", "dev62-node-mce-pending",
            "Half of the flightops pods are Pending with 'Insufficient memory' and the manifest service is down before the 05:30 launch - what happened?",
            None)
    rng = R.rng
    n = B_K3S_NODES
    fm = pod_name(rng, "flight-manifest")
    wb = pod_name(rng, "field-weather")
    fm2 = pod_name(rng, "flight-manifest", fm.split("-")[2])
    wb2 = pod_name(rng, "field-weather", wb.split("-")[2])
    tr = pod_name(rng, "traefik")
    L_k2 = journal_labels(B_K3S, n[2], "kernel")
    L_srv = journal_labels(B_K3S, n[0], "k3s.service")
    L_ev = event_labels(B_K3S, "flightops")
    L_evd = event_labels(B_K3S, "default")
    L_tr = pod_labels(B_K3S, "kube-system", tr, "traefik", n[0])
    L_fm = pod_labels(B_K3S, "flightops", fm, "flight-manifest", n[2])

    R.noise(L_fm, lambda r: logfmt(ts="$ISO", level="info", msg="manifest refreshed", flight="WR-0617-%s" % r.choice("AB"),
                                   passengers=r.randint(8, 16), total_kg=r.randint(900, 1500)), 3, 0, 60)
    R.at(20.0, L_k2, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3c8a1 offset:0x4c0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1e45 col:0x98)")
    R.at(41.0, L_k2, "EDAC MC0: 3 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3c8a1 offset:0x4c0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1e45 col:0x98)", ev=True)
    R.at(63.2, L_k2, "mce: [Hardware Error]: CPU 3: Machine Check Exception: 5 Bank 7: be00000000800090", ev=True)
    R.at(63.201, L_k2, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8a12c3d1> {native_safe_halt+0x11/0x20}")
    R.at(63.202, L_k2, "mce: [Hardware Error]: TSC 0 ADDR 3c8a14c0 MISC 908400001000a8c")
    R.at(63.203, L_k2, "mce: [Hardware Error]: PROCESSOR 0:50657 TIME %d SOCKET 0 APIC 6 microcode 5003604" % int(R.when(63.2).timestamp()))
    t_nr = 63.2 + 41.0
    R.at(t_nr, L_srv, klog("I", 1321, "node_lifecycle_controller.go:1039",
                           "Node hasn't been updated", node=n[2], duration="40.512s",
                           lastReadyTime=R.when(63.0).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")))
    R.at(t_nr + 0.1, L_srv, klog("I", 1321, "controller_utils.go:151", "Recording status change event message for node",
                                 status="NodeNotReady", node=n[2]), ev=True)
    R.at(t_nr + 0.2, L_evd, k8s_event("Node", n[2], "NodeNotReady", "Normal", "Node %s status is now: NodeNotReady" % n[2],
                                      comp="node-controller"))
    R.at(t_nr + 0.3, L_srv, klog("I", 1321, "controller_utils.go:121", "Update ready status of pods on node", node=n[2]))
    for p in (fm, wb):
        R.at(t_nr + 0.4, L_ev, k8s_event("Pod", p, "NodeNotReady", "Warning", "Node is not ready", comp="node-controller"))
    R.noise(L_tr, lambda r: js({"ClientHost": "192.168.10.%d" % r.randint(20, 60), "DownstreamStatus": 502,
                                "Duration": r.randint(3000000000, 3100000000), "RequestMethod": "GET",
                                "RequestPath": r.choice(["/api/manifest/WR-0617-A", "/api/manifest/WR-0617-B"]),
                                "RouterName": "flightops-ops-ui-manifest@kubernetescrd", "level": "info", "msg": "", "time": "$ISO"}), 5, 110, 400)
    t_ev = t_nr + 300.0
    for p in (fm, wb):
        R.at(t_ev, L_srv, klog("I", 1321, "taint_eviction.go:110", "Deleting pod", controller="taint-eviction-controller",
                               pod="flightops/" + p))
        R.at(t_ev + 0.1, L_ev, k8s_event("Pod", p, "TaintManagerEviction", "Normal", "Marking for deletion Pod flightops/" + p,
                                         comp="taint-eviction-controller"))
    for k, p in enumerate((fm2, wb2)):
        for j, t in enumerate((t_ev + 0.6, t_ev + 31.0, t_ev + 92.0)):
            R.at(t + k * 0.01, L_ev, k8s_event("Pod", p, "FailedScheduling", "Warning",
                                               "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
                                               comp="default-scheduler", count=j + 1))
    R.noise(L_tr, lambda r: js({"ClientHost": "192.168.10.%d" % r.randint(20, 60), "DownstreamStatus": 503,
                                "Duration": r.randint(20000, 90000), "RequestMethod": "GET",
                                "RequestPath": r.choice(["/api/manifest/WR-0617-A", "/api/weather/EGBP"]),
                                "RouterName": "flightops-ops-ui-manifest@kubernetescrd", "level": "info", "msg": "", "time": "$ISO"}), 4, t_ev + 1, t_ev + 120)
    R.noise(L_srv, lambda r: klog("I", 1321, "leaderelection.go:260", "successfully renewed lease", lease="kube-system/k3s"), 3, 0, t_ev + 120)
    return R.build(
        "CRITICAL", "node_failure",
        "hangar-agent-2 suffered a fatal machine check after a run of correctable memory errors on DIMM channel 1 "
        "(EDAC CE, then MCE bank 7) and went down; its pods were evicted, and the two remaining nodes do not have "
        "enough memory for them.",
        "Node hangar-agent-2 NotReady since ~04:37 after a hardware memory fault; flight-manifest and field-weather "
        "were evicted after 300 s and their replacements are Pending ('Insufficient memory', unreachable taint). "
        "The scheduling errors are a consequence of losing a third of the cluster's capacity.",
        "Power-cycle/inspect hangar-agent-2 and replace the failing DIMM; meanwhile free memory on the other nodes "
        "(scale down non-essential workloads) so flight-manifest can run before the launch.",
        component="hangar-agent-2")


# --------------------------------------------------------------------------- 020
def r020():
    R = Rec("dev62-020", "2026-11-02T19:30:00", "dev62-startup-probe-too-tight",
            "peal-rota restarted during the upgrade with 'Application run failed' - is the new version broken?",
            sel(namespace="ringing", app="peal-rota"))
    rng = R.rng
    n = C_KADM_NODES
    pr = pod_name(rng, "peal-rota")
    L = pod_labels(C_KADM, "ringing", pr, "peal-rota", n[1])
    L_kl = journal_labels(C_KADM, n[1], "kubelet.service")
    L_ev = event_labels(C_KADM, "ringing")
    L_db = pod_labels(C_KADM, "ringing", "ringing-db-0", "postgresql", n[2], "ringing-db")
    APP = "peal-rota"
    ipa = "192.168.41.23"

    def sp(level, thread, logger, msg):
        return spring(level, 1, APP, thread, logger, msg)

    R.at(1.0, L_ev, k8s_event("Pod", pr, "Scheduled", "Normal", "Successfully assigned ringing/%s to %s" % (pr, n[1]), comp="default-scheduler"))
    R.at(4.0, L_ev, k8s_event("Pod", pr, "Started", "Normal", "Started container peal-rota", host=n[1]))
    R.lines(6.0, L, [
        sp("INFO", "main", "u.o.s.ringing.PealRotaApplication", "Starting PealRotaApplication v3.6.0 using Java 21.0.4 with PID 1"),
        sp("INFO", "main", "u.o.s.ringing.PealRotaApplication", 'The following 1 profile is active: "undercroft"'),
        sp("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
        sp("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        sp("INFO", "main", "org.flywaydb.core.FlywayExecutor", "Database: jdbc:postgresql://ringing-db:5432/ringing (PostgreSQL 16.4)"),
        sp("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Current version of schema "public": 41'),
        sp("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Migrating schema "public" to version "42 - tower practice nights"'),
    ], step=2.3)
    R.at(30.0, L_db, '$PGT [3122] LOG:  duration: 19211.402 ms  statement: UPDATE practice_nights SET tower_id = t.id FROM towers t WHERE practice_nights.tower_code = t.code')
    R.lines(42.5, L, [
        sp("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Successfully applied 1 migration to schema "public", now at version v42 (execution time 00:26.802s)'),
        sp("INFO", "main", "o.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]"),
        sp("INFO", "main", "org.hibernate.Version", "HHH000412: Hibernate ORM core version 6.5.2.Final"),
    ], step=1.9)
    for j in range(6):
        R.at(10.0 + j * 10, L_kl, klog("I", 1204, "prober.go:107", "Probe failed", probeType="Startup", pod="ringing/" + pr,
                                      podUID=uuid4(rng), containerName=APP, probeResult="failure",
                                      output='Get "http://%s:8080/actuator/health": dial tcp %s:8080: connect: connection refused' % (ipa, ipa)),
             ev=(j == 5))
    R.at(60.1, L_ev, k8s_event("Pod", pr, "Unhealthy", "Warning",
                               'Startup probe failed: Get "http://%s:8080/actuator/health": dial tcp %s:8080: connect: connection refused' % (ipa, ipa),
                               host=n[1], count=6))
    R.at(60.2, L_ev, k8s_event("Pod", pr, "Killing", "Normal", "Container peal-rota failed startup probe, will be restarted", host=n[1]), ev=True)
    R.lines(60.5, L, [
        sp("WARN", "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationNotAllowedException: Error creating bean with name 'entityManagerFactory': Singleton bean creation not allowed while singletons of this factory are in destruction (Do not request a bean from a BeanFactory in a destroy method implementation!)"),
        sp("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."),
        sp("ERROR", "main", "o.s.boot.SpringApplication", "Application run failed"),
        "org.springframework.beans.factory.BeanCreationNotAllowedException: Error creating bean with name 'entityManagerFactory': Singleton bean creation not allowed while singletons of this factory are in destruction (Do not request a bean from a BeanFactory in a destroy method implementation!)",
        "\tat org.springframework.beans.factory.support.DefaultSingletonBeanRegistry.getSingleton(DefaultSingletonBeanRegistry.java:220)",
        "\tat org.springframework.beans.factory.support.AbstractBeanFactory.doGetBean(AbstractBeanFactory.java:324)",
        "\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)",
        "\tat uk.org.staldhelm.ringing.PealRotaApplication.main(PealRotaApplication.java:12)",
    ], step=0.05)
    R.at(62.0, L_kl, klog("I", 1204, "kuberuntime_container.go:309", "Container exited", pod="ringing/" + pr, containerName=APP, exitCode="RAW:143"))
    R.at(63.0, L_ev, k8s_event("Pod", pr, "Started", "Normal", "Started container peal-rota", host=n[1], count=2))
    R.lines(65.0, L, [
        sp("INFO", "main", "u.o.s.ringing.PealRotaApplication", "Starting PealRotaApplication v3.6.0 using Java 21.0.4 with PID 1"),
        sp("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
        sp("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        sp("INFO", "main", "o.f.core.internal.command.DbValidate", "Successfully validated 42 migrations (execution time 00:00.061s)"),
        sp("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Schema "public" is up to date. No migration necessary.'),
        sp("INFO", "main", "o.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]"),
    ], step=3.1)
    for j in range(4):
        R.at(73.0 + j * 10, L_kl, klog("I", 1204, "prober.go:107", "Probe failed", probeType="Startup", pod="ringing/" + pr,
                                      podUID=uuid4(rng), containerName=APP, probeResult="failure",
                                      output='Get "http://%s:8080/actuator/health": dial tcp %s:8080: connect: connection refused' % (ipa, ipa)))
    R.lines(109.0, L, [
        sp("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
        sp("INFO", "main", "u.o.s.ringing.PealRotaApplication", "Started PealRotaApplication in 43.918 seconds (process running for 45.2)"),
    ], step=0.4, ev={1})
    R.noise(L, lambda r: sp("INFO", "http-nio-8080-exec-%d" % r.randint(1, 8), "u.o.s.ringing.rota.RotaController",
                            "rota view tower=%s week=2026-W45" % r.choice(["cathedral-12", "st-marys-8", "st-peters-6"])), 6, 115, 420)
    R.noise(L_db, ["$PGT [61] LOG:  checkpoint starting: time",
                   "$PGT [61] LOG:  checkpoint complete: wrote 2311 buffers (14.1%); 0 WAL file(s) added, 0 removed, 2 recycled; write=41.003 s, sync=0.011 s, total=41.049 s; sync files=52, longest=0.004 s, average=0.001 s; distance=18212 kB, estimate=18212 kB; lsn=0/9A11E2D0, redo lsn=0/99F01A48"], 2, 80, 420)
    return R.build(
        "WARN", "probe_failure",
        "The startup probe allows only 60 s (6 x 10 s) but the first start of v3.6.0 ran a 27 s Flyway migration "
        "on top of the usual ~44 s JVM/Hibernate start-up, so the kubelet killed the container mid-start; the "
        "'Application run failed' / BeanCreationNotAllowedException is Spring reacting to that SIGTERM.",
        "One restart during the upgrade: exit 143 after the startup probe failed, second start (migration already "
        "applied) came up in 44 s and serves the rota. No code fault; the probe budget is just too tight for starts "
        "that include migrations.",
        "Raise the startupProbe failureThreshold (e.g. 18 x 10 s) or run Flyway as a separate Job before the rollout.",
        component="peal-rota")


RECORDS = [r011, r012, r013, r014, r015, r016, r017, r018, r019, r020]
