"""dev58 part 1: w01..w10 (chimney-sweep company on k3s)."""
from common import (Rec, P, J, E, ev, jdump, klogl, iso_ms, iso_s, iso_ns, clf, k8s_suffix, hexs,
                    deploy_pod, ip, rails, zap_epoch, pino, phoenix, pylog, uvicorn_access, logback,
                    laravel, logrus, containerd, mariadb, traefik_access, coredns_query, choice_fn,
                    csw_flux_chatter, csw_k3s_chatter, BOOKING_PATHS, CSW_REG, UAS)


def uid(rng):
    return "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


# --------------------------------------------------------------------------- w01
def w01():
    r = Rec("w01", "CSW", "2026-02-02T05:58:00")
    rng = r.rng
    ns, app, node = "field", "inspection-report", "nuc-02"
    rs = "6c9f7d8b54"
    pod = "%s-%s-q2kxl" % (app, rs)
    puid = uid(rng)
    L = P(ns, pod, app, node, app)
    tech = "tech-sync-5d7b9c6f48-hw2zt"
    LT = P(ns, tech, "tech-sync", "nuc-01", "tech-sync")
    JK = J(node, "k3s.service")
    JKR = J(node, "kernel")
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")

    def boot(t0, restart):
        r.add(t0, L, lambda d: pino(d, 30, pod, "starting inspection-report", version="2.14.0", node="v20.11.1"))
        r.add(t0 + 0.41, L, lambda d: pino(d, 30, pod, "connected to redis", url="redis://redis.data.svc:6379/3"))
        r.add(t0 + 0.52, L, lambda d: pino(d, 30, pod, "worker ready", queue="reports", concurrency=2))
        r.add(t0 + 0.88, L, lambda d: pino(d, 30, pod, "job active", jobId="88231", name="monthly-kehrbuch",
                                            district="Kehrbezirk Rosenheim-14", inspections=3812, attemptsMade=restart))
        r.add(t0 + 1.20, L, lambda d: pino(d, 30, pod, "launching browser", executablePath="/usr/bin/chromium",
                                            headless="new"))
        for k, pages in enumerate((1200, 2400)):
            r.add(t0 + 6.5 + 9.8 * k, L, (lambda p: lambda d: pino(d, 30, pod, "rendered chunk", jobId="88231",
                                                                    pages=p, of=3812))(pages))
        r.add(t0 + 27.4, L, lambda d: pino(d, 30, pod, "merging chunks into single document", jobId="88231",
                                            chunks=4))

    cid = [hexs(rng, 64) for _ in range(3)]
    starts = [0.137, 95.412, 205.268]
    pids = [2214688, 2231904, 2250117]
    for n, t0 in enumerate(starts):
        boot(t0, n)
        tk = t0 + 31.2 + n * 0.7
        r.add(tk, JKR, "node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
        r.add(tk + 0.0001, JKR, "memory: usage 524288kB, limit 524288kB, failcnt %d" % (1874 + 611 * n), e=(n == 2))
        r.add(tk + 0.0002, JKR, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=node,pid=%d,uid=1000" % (
            cid[n], puid.replace("-", "_"), puid.replace("-", "_"), cid[n], pids[n]))
        r.add(tk + 0.0003, JKR, "Memory cgroup out of memory: Killed process %d (node) total-vm:1418212kB, anon-rss:%dkB, file-rss:41120kB, shmem-rss:0kB, UID:1000 pgtables:1784kB oom_score_adj:985" % (
            pids[n], 401772 + 913 * n), e=(n == 2))
        r.add(tk + 0.61, JK, klogl(r.at(tk + 0.61), "I", 1418, "kubelet.go:2457",
                                   '"SyncLoop (PLEG): event for pod" pod="field/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (pod, puid, cid[n])))
    # crash loop back-off
    for t, back in ((38.0, "10s"), (140.0, "20s"), (244.0, "40s"), (262.0, "40s"), (290.0, "40s")):
        r.add(t, JK, (lambda b: lambda d: klogl(d, "E", 1418, "pod_workers.go:1298",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"inspection-report\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=inspection-report pod=%s_field(%s)\\"" pod="field/%s" podUID="%s"' % (
                  b, pod, puid, pod, puid)))(back))
    r.add(244.2, E(ns, "Pod", pod), ev("Warning", "BackOff", "Pod", ns, pod, "kubelet/nuc-02",
                                       "Back-off restarting failed container inspection-report in pod %s_field(%s)" % (pod, puid)), e=True)
    for t in (92.0, 201.0):
        r.add(t, E(ns, "Pod", pod), ev("Normal", "Pulled", "Pod", ns, pod, "kubelet/nuc-02",
                                        'Container image "%s/inspection-report:2.14.0" already present on machine' % CSW_REG))
        r.add(t + 0.3, E(ns, "Pod", pod), ev("Normal", "Started", "Pod", ns, pod, "kubelet/nuc-02",
                                              "Started container inspection-report"))
    # loud callers: tech-sync and traefik
    for t in (45, 118, 181, 239, 277, 301):
        req = "F8" + k8s_suffix(rng, 16)
        r.add(t, LT, phoenix(r.at(t), "error", "report download failed for inspection KB-2026-0%d: %%Mint.TransportError{reason: :econnrefused}" % rng.randint(41000, 41999), req))
    for t in (46, 119, 182, 252, 302):
        r.add(t, tr, lambda d: '10.42.0.1 - - [%s] "GET /api/reports/KB-2026-0%d.pdf HTTP/2.0" 502 11 "-" "Dart/3.3 (dart:io)" %d "field-tech-sync@kubernetescrd" "http://10.42.1.58:4000" 3ms' % (
            clf(d), rng.randint(41000, 41999), rng.randint(2000, 9000)))
    r.noise(LT, lambda d, g: phoenix(d, "info", g.choice(["GET /api/v1/sync/pull", "Sent 200 in %dms" % g.randint(18, 240), "POST /api/v1/sync/push", "Sent 204 in %dms" % g.randint(9, 70)]), "F8" + k8s_suffix(g, 16)), 6, 0, 300)
    r.noise(JK, csw_k3s_chatter(node), 5, 0, 300)
    return r.build(
        question="Why do the inspection-report pods keep restarting since this morning's monthly run?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="oom_killed", component="inspection-report",
        root_cause="The inspection-report container is OOM-killed by the kernel (cgroup limit 512Mi reached) every time it picks up the 3812-inspection monthly Kehrbuch job and merges all rendered chunks in memory; the job stays active, so each restart repeats the kill.",
        summary="Since 06:00 the monthly-kehrbuch job (jobId 88231) is retried after every restart; the node process is killed by the memory cgroup (usage = limit 524288kB) about 31 s after start and the pod is in CrashLoopBackOff. Technicians' report downloads via tech-sync fail with connection refused/502 as a consequence.",
        action="Raise the inspection-report memory limit (or stream/merge the PDF chunks to disk instead of in memory), move the monthly job out of the interactive worker, and park job 88231 until the fix is deployed.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w02
def w02():
    r = Rec("w02", "CSW", "2026-11-17T16:59:40")
    rng = r.rng
    ns, app = "booking", "sms-reminder"
    pod = "sms-reminder-7f8d6b5c9c-m2vxl"
    L = P(ns, pod, app, "nuc-03", app)
    web = "sweep-booking-84c7d9f5b6-tq8rk"
    LW = P(ns, web, "web", "nuc-01", "sweep-booking")
    r.add(20, L, lambda d: zap_epoch(d, "info", "batch/runner.go:71", "reminder batch started", date="2026-11-18", appointments=214, provider="smsgate"))
    apps = list(range(58120, 58334))
    rng.shuffle(apps)
    t = 21.0
    sent = 0
    for k in range(14):
        t += rng.uniform(0.6, 1.4)
        a = apps[k]
        r.add(t, L, (lambda a_: lambda d: zap_epoch(d, "info", "batch/runner.go:104", "reminder sent", appointment_id=a_, provider_msg_id="sg_" + hexs(rng, 20)))(a))
    # throttling starts
    r.add(61.2, L, lambda d: zap_epoch(d, "warn", "smsgate/client.go:133", "provider throttled request, retrying", appointment_id=apps[14], attempt=1, status=429, retry_after="60", backoff="500ms"), e=True)
    r.add(61.8, L, lambda d: zap_epoch(d, "warn", "smsgate/client.go:133", "provider throttled request, retrying", appointment_id=apps[14], attempt=2, status=429, retry_after="59", backoff="1s"))
    r.add(63.0, L, lambda d: zap_epoch(d, "warn", "smsgate/client.go:133", "provider throttled request, retrying", appointment_id=apps[14], attempt=3, status=429, retry_after="58", backoff="2s"))
    err_main = ('send reminder for appointment %d: smsgate: POST https://api.smsgate.example/v2/messages: giving up after 3 attempts: '
                'status 429 Too Many Requests: {"error":"rate_limit_exceeded","detail":"Limit of 12 messages per minute exceeded for account brandl-kamin (plan starter)","retry_after":57}')
    r.add(65.1, L, lambda d: zap_epoch(d, "error", "batch/runner.go:118", "reminder not sent", appointment_id=apps[14],
                                       error=err_main % apps[14],
                                       stacktrace="main.(*Runner).sendOne\n\t/src/batch/runner.go:118\nmain.(*Runner).Run\n\t/src/batch/runner.go:92\nmain.main\n\t/src/main.go:64"), e=True)
    t = 65.5
    failed = 1
    for k in range(15, 40):
        t += rng.uniform(1.5, 3.2)
        a = apps[k]
        if k % 3 == 0:
            r.add(t, L, (lambda a_: lambda d: zap_epoch(d, "info", "batch/runner.go:104", "reminder sent", appointment_id=a_, provider_msg_id="sg_" + hexs(rng, 20)))(a))
        else:
            failed += 1
            r.add(t, L, (lambda a_: lambda d: zap_epoch(d, "error", "batch/runner.go:118", "reminder not sent", appointment_id=a_,
                                                         error=err_main % a_,
                                                         stacktrace="main.(*Runner).sendOne\n\t/src/batch/runner.go:118\nmain.(*Runner).Run\n\t/src/batch/runner.go:92\nmain.main\n\t/src/main.go:64"))(a))
    r.add(t + 0.4, L, lambda d: zap_epoch(d, "warn", "batch/runner.go:97", "too many failures in batch, remaining reminders deferred to next run", failed=failed, deferred=174, next_run="2026-11-17T18:00:00Z"))
    r.add(t + 0.5, L, lambda d: zap_epoch(d, "info", "batch/runner.go:140", "reminder batch finished", sent=40 - failed, failed=failed, deferred=174, duration="1m%.1fs" % (t - 20 - 60)))
    # unrelated booking web chatter (same namespace)
    def webline(d, g):
        req = "%s-%s-%s-%s-%s" % (hexs(g, 8), hexs(g, 4), hexs(g, 4), hexs(g, 4), hexs(g, 12))
        m, path, st, _ = g.choice(BOOKING_PATHS[:7])
        if g.random() < 0.5:
            return rails(d, "INFO", 'Started %s "%s" for %s at %s +0000' % (m, path, ip(g, "10.42.0"), d.strftime("%Y-%m-%d %H:%M:%S")), req=req)
        return rails(d, "INFO", "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
            st, {200: "OK", 302: "Found"}[st], g.randint(12, 160), g.uniform(2, 40), g.uniform(1, 30), g.randint(900, 9000)), req=req)
    r.noise(LW, webline, 16, 0, t)
    return r.build(
        question="Why did many customers not get their SMS appointment reminder for tomorrow?",
        selector={"namespace": ns},
        severity="ERROR", category="rate_limited", component="sms-reminder",
        root_cause="The SMS provider throttles the reminder batch: api.smsgate.example answers 429 rate_limit_exceeded (the account's starter plan allows 12 messages per minute), and sms-reminder retries within seconds instead of honouring Retry-After, so most reminders are given up.",
        summary="The 17:00 reminder batch for 214 appointments sent 14 messages, then most sends hit HTTP 429 rate_limit_exceeded from smsgate; after 3 fast retries each of those reminders failed and the remaining 174 were deferred. Bookings themselves work normally.",
        action="Pace the batch below the 12 messages/minute plan limit (or upgrade the provider plan) and make the smsgate client honour Retry-After; re-run the deferred reminders.",
        tags=["nested-cause"])


# --------------------------------------------------------------------------- w03
def w03():
    r = Rec("w03", "CSW", "2026-01-12T07:01:10")
    rng = r.rng
    ns, app = "booking", "sweep-booking"
    old = "sweep-booking-7b5d9c8f6d-lk9cx"
    new = "sweep-booking-7b5d9c8f6d-wq4zn"
    img = "%s/sweep-booking:2026.01.3" % CSW_REG
    LO = P(ns, old, "web", "nuc-02", app)
    puid = uid(rng)
    J2, J3 = J("nuc-02", "k3s.service"), J("nuc-03", "k3s.service")
    JK2 = J("nuc-02", "kernel")
    EP = E(ns, "Pod", new)
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")
    gt = P("gitea", "gitea-6f9c8d7b5d-r2pxs", "gitea", "nuc-01", "gitea")
    # last lines of the old pod before the node reboots
    rq = uid(rng)
    r.add(2.0, LO, lambda d: rails(d, "INFO", 'Started GET "/termine" for 10.42.0.1 at %s +0000' % d.strftime("%Y-%m-%d %H:%M:%S"), req=rq))
    r.add(2.05, LO, lambda d: rails(d, "INFO", "Processing by AppointmentsController#index as HTML", req=rq))
    r.add(2.11, LO, lambda d: rails(d, "INFO", "Completed 200 OK in 58ms (Views: 31.2ms | ActiveRecord: 19.4ms | Allocations: 11823)", req=rq))
    r.add(8.02, LO, "[1] - Gracefully stopping, waiting for requests to finish")
    r.add(8.4, LO, "[1] === puma shutdown: 2026-01-12 07:01:18 +0000 ===")
    r.add(8.5, LO, "[1] - Goodbye!")
    r.add(9.1, JK2, "systemd-shutdown[1]: Syncing filesystems and block devices.")
    r.add(9.3, JK2, "reboot: Restarting system")
    r.add(50, E("default", "Node", "nuc-02"), ev("Normal", "NodeNotReady", "Node", "default", "nuc-02", "node-controller", "Node nuc-02 status is now: NodeNotReady"))
    r.add(51, E(ns, "Pod", old), ev("Normal", "NodeNotReady", "Pod", ns, old, "node-controller", "Node is not ready"))
    # taint-based eviction after 60s... new pod on nuc-03
    r.add(111.0, E(ns, "Pod", old), ev("Normal", "TaintManagerEviction", "Pod", ns, old, "taint-eviction-controller", "Marking for deletion Pod booking/%s" % old))
    r.add(111.3, E(ns, "ReplicaSet", "sweep-booking-7b5d9c8f6d"), ev("Normal", "SuccessfulCreate", "ReplicaSet", ns, "sweep-booking-7b5d9c8f6d", "replicaset-controller", "Created pod: %s" % new))
    r.add(111.4, EP, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned booking/%s to nuc-03" % new))
    tok = "https://git.brandl-kamin.example/v2/token?scope=repository%3Abrandl%2Fsweep-booking%3Apull&service=container_registry"
    pull_err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: '
                'unexpected status from GET request to %s: 401 Unauthorized' % (img, img, tok))
    attempts = [112.0, 127.5, 156.0, 212.0, 318.0]
    for n, t in enumerate(attempts):
        r.add(t, EP, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/nuc-03", 'Pulling image "%s"' % img))
        r.add(t + 0.21, gt, (lambda tt: lambda d: "%s ...eb/routing/logger.go:102:func1() [I] router: completed GET /v2/token?scope=repository%%3Abrandl%%2Fsweep-booking%%3Apull&service=container_registry for 10.42.2.0:0, 401 Unauthorized in %.1fms @ container/container.go:151(container.Authenticate)" % (
            d.strftime("%Y/%m/%d %H:%M:%S"), rng.uniform(2.1, 4.9)))(t), e=(n == 0))
        r.add(t + 0.35, J3, (lambda tt: lambda d: klogl(d, "E", 1377, "log.go:32", '"PullImage from image service failed" err="rpc error: code = Unknown desc = %s" image="%s"' % (pull_err.replace('"', '\\"'), img)))(t))
        r.add(t + 0.36, EP, ev("Warning", "Failed", "Pod", ns, new, "kubelet/nuc-03", 'Failed to pull image "%s": %s' % (img, pull_err)), e=(n == 0))
        r.add(t + 0.37, EP, ev("Warning", "Failed", "Pod", ns, new, "kubelet/nuc-03", "Error: ErrImagePull"))
        if n >= 1:
            r.add(t - 1.5, EP, ev("Warning", "Failed", "Pod", ns, new, "kubelet/nuc-03", "Error: ImagePullBackOff"), e=(n == 4))
            r.add(t - 1.49, EP, ev("Normal", "BackOff", "Pod", ns, new, "kubelet/nuc-03", 'Back-off pulling image "%s"' % img))
    # nuc-02 comes back, but the pod is already on nuc-03
    r.add(164, J2, 'time="2026-01-12T07:03:54Z" level=info msg="Starting k3s v1.29.6+k3s1 (83ae095a)"')
    r.add(171, J2, lambda d: klogl(d, "I", 1391, "kubelet_node_status.go:76", '"Successfully registered node" node="nuc-02"'))
    r.add(172, E("default", "Node", "nuc-02"), ev("Warning", "Rebooted", "Node", "default", "nuc-02", "kubelet/nuc-02", "Node nuc-02 has been rebooted, boot id: %s" % uid(rng)))
    r.add(180, E("default", "Node", "nuc-02"), ev("Normal", "NodeReady", "Node", "default", "nuc-02", "kubelet/nuc-02", "Node nuc-02 status is now: NodeReady"))
    # customers hit 503
    for t in sorted(rng.uniform(60, 330) for _ in range(12)):
        r.add(t, tr, lambda d: '%s - - [%s] "GET %s HTTP/2.0" 503 19 "-" "%s" %d "booking-sweep-booking-web@kubernetescrd" "-" 0ms' % (
            ip(rng, "10.42.0"), clf(d), rng.choice(["/", "/termine", "/termine/slots?plz=83024", "/favicon.ico"]), rng.choice(UAS), rng.randint(3000, 9000)))
    r.noise(J3, csw_k3s_chatter("nuc-03"), 4, 0, 330)
    return r.build(
        question="The booking website has been returning 503 since about 07:01 - why is sweep-booking not running?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="image_pull", component="sweep-booking",
        root_cause="After nuc-02 rebooted, the only sweep-booking replica was recreated on nuc-03, which does not have image sweep-booking:2026.01.3 cached; pulling it from the Gitea registry fails because the pull secret's credentials are rejected (401 Unauthorized at the /v2/token endpoint).",
        summary="The single booking pod was evicted from the rebooting nuc-02 and its replacement on nuc-03 is stuck in ErrImagePull/ImagePullBackOff: every pull attempt fails with 401 from git.brandl-kamin.example. Traefik returns 503 for the booking site for the whole window.",
        action="Replace the registry credentials in the sweep-booking imagePullSecret with a valid Gitea token (and check the token owner still has read access to brandl/sweep-booking); run 2 replicas so a node reboot does not take the site down.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w04
def w04():
    r = Rec("w04", "CSW", "2026-03-09T06:29:30")
    rng = r.rng
    ns, app = "field", "route-planner"
    pod = "route-planner-5b8c7d9f4f-zx7kd"
    L = P(ns, pod, app, "nuc-01", app)
    old = "coredns-6799fbcd5-jw2qg"
    new = "coredns-6799fbcd5-k8r4t"
    LC = P("kube-system", old, "coredns", "nuc-02", "coredns")
    LN = P("kube-system", new, "coredns", "nuc-03", "coredns")
    J1 = J("nuc-01", "k3s.service")
    osrm = "http://osrm.field.svc.cluster.local:5000"
    # normal planning before
    def ok_route(t):
        t = r.j(t)
        tech = rng.choice(["T04", "T07", "T11", "T12", "T15", "T19", "T22"])
        r.add(t, L, lambda d: pylog(d, "INFO", "route_planner.plan", "planned route tech=%s stops=%d duration_min=%d" % (tech, rng.randint(6, 14), rng.randint(180, 460))))
        r.add(t + 0.02, L, uvicorn_access("10.42.1.58:%d" % rng.randint(40000, 60000), "POST", "/v1/routes/plan", 200, "OK"))
    for t in (3, 11, 19, 27, 36):
        ok_route(t)
    r.add(40.2, J1, lambda d: klogl(d, "I", 1391, "event.go:389", '"Event occurred" object="kube-system/coredns" fieldPath="" kind="Addon" apiVersion="k3s.cattle.io/v1" type="Normal" reason="ApplyingManifest" message="Applying manifest at \\"/var/lib/rancher/k3s/server/manifests/coredns.yaml\\""'))
    r.add(40.9, J1, lambda d: klogl(d, "I", 1391, "event.go:389", '"Event occurred" object="kube-system/coredns" fieldPath="" kind="Addon" apiVersion="k3s.cattle.io/v1" type="Normal" reason="AppliedManifest" message="Applied manifest at \\"/var/lib/rancher/k3s/server/manifests/coredns.yaml\\""'))
    r.add(41.3, E("kube-system", "Pod", old), ev("Normal", "Killing", "Pod", "kube-system", old, "kubelet/nuc-02", "Stopping container coredns"), e=True)
    r.add(41.35, LC, "[INFO] SIGTERM: Shutting down servers then terminating", e=True)
    r.add(41.36, LC, "[INFO] plugin/health: Going into lameduck mode for 5s")
    r.add(41.6, E("kube-system", "Pod", new), ev("Normal", "Scheduled", "Pod", "kube-system", new, "default-scheduler", "Successfully assigned kube-system/%s to nuc-03" % new))
    r.add(42.0, E("kube-system", "Pod", new), ev("Normal", "Pulling", "Pod", "kube-system", new, "kubelet/nuc-03", 'Pulling image "rancher/mirrored-coredns-coredns:1.10.1"'))
    # failures while no coredns endpoint exists
    fails = [48.3, 53.9, 61.2, 70.8, 77.5, 86.1, 92.4]
    for n, t in enumerate(fails):
        tech = rng.choice(["T02", "T05", "T09", "T14", "T16", "T21"])
        r.add(t, L, (lambda tc: lambda d: pylog(d, "WARNING", "route_planner.osrm", "osrm request failed tech=%s attempt=1/1 error=ConnectError(\"[Errno -3] Temporary failure in name resolution\") url=%s/route/v1/driving/..." % (tc, osrm)))(tech), e=(n == 0))
        r.add(t + 0.004, L, uvicorn_access("10.42.1.58:%d" % rng.randint(40000, 60000), "POST", "/v1/routes/plan", 503, "Service Unavailable"))
    r.add(96.5, E("kube-system", "Pod", new), ev("Normal", "Pulled", "Pod", "kube-system", new, "kubelet/nuc-03", 'Successfully pulled image "rancher/mirrored-coredns-coredns:1.10.1" in 54.1s (54.1s including waiting)'))
    r.add(97.0, E("kube-system", "Pod", new), ev("Normal", "Started", "Pod", "kube-system", new, "kubelet/nuc-03", "Started container coredns"))
    r.add(97.4, LN, ".:53")
    r.add(97.41, LN, "[INFO] plugin/reload: Running configuration SHA512 = 8b5b6fe4a4d1d8f2b8e1c4e5a3b0e9d4c7f2a1b6e8d3c5f0a9b7e2d4c6f8a1b3e5d7c9f0b2a4c6e8d1f3b5a7c9e0d2f4b6a8c1e3")
    r.add(97.42, LN, "CoreDNS-1.10.1")
    r.add(97.43, LN, "linux/amd64, go1.20.14, 055b2c3")
    r.noise(LN, coredns_query([("osrm.field.svc.cluster.local.", "A", "NOERROR"), ("redis.data.svc.cluster.local.", "A", "NOERROR"),
                                ("api.smsgate.example.field.svc.cluster.local.", "AAAA", "NXDOMAIN"), ("mariadb.data.svc.cluster.local.", "A", "NOERROR")]), 6, 99, 170)
    for t in (104, 113, 125, 139, 151, 166):
        ok_route(t)
    r.noise(J1, csw_k3s_chatter("nuc-01"), 4, 0, 170)
    r.noise(L, lambda d, g: uvicorn_access("10.42.1.1:%d" % g.randint(40000, 60000), "GET", "/healthz", 200, "OK"), 6, 0, 170)
    return r.build(
        question="Why did route planning return 503 for a couple of minutes this morning?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="dns_resolution", component="coredns",
        root_cause="k3s re-applied its coredns addon manifest and replaced the single CoreDNS replica; the old pod was stopped before the new one on nuc-03 had pulled its image, so for about a minute there was no DNS server and route-planner could not resolve osrm.field.svc.cluster.local.",
        summary="Between 06:30:11 and 06:31:06 every OSRM call from route-planner failed with 'Temporary failure in name resolution' and plan requests returned 503; once the new CoreDNS pod started, planning worked again.",
        action="Optional: run CoreDNS with 2 replicas (or a PodDisruptionBudget / maxUnavailable 0) so addon re-deploys do not leave the cluster without DNS; pre-pull the CoreDNS image on all nodes.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w05
def w05():
    r = Rec("w05", "CSW", "2026-10-05T19:29:50")
    rng = r.rng
    ns = "booking"
    pods = [("sweep-booking-84c7d9f5b6-tq8rk", "nuc-01"), ("sweep-booking-84c7d9f5b6-9nfzm", "nuc-03")]
    LW = [P(ns, p, "web", n, "sweep-booking") for p, n in pods]
    LM = P("data", "mariadb-0", "mariadb", "nuc-02", "mariadb")
    first_dead = [None]

    def booking(t, lw, deadlock=False, slot=88412, mark=False):
        t = r.j(t)
        req = uid(rng)
        r.add(t, lw, lambda d: rails(d, "INFO", 'Started POST "/termine/reservieren" for %s at %s +0000' % (ip(rng, "10.42.0"), d.strftime("%Y-%m-%d %H:%M:%S")), req=req))
        r.add(t + 0.002, lw, lambda d: rails(d, "INFO", "Processing by AppointmentsController#create as HTML", req=req))
        r.add(t + 0.003, lw, lambda d: rails(d, "INFO", '  Parameters: {"authenticity_token"=>"[FILTERED]", "appointment"=>{"slot_id"=>"%d", "zip"=>"830%02d", "kind"=>"feuerstaettenschau"}}' % (slot, rng.randint(10, 99)), req=req))
        if not deadlock:
            r.add(t + 0.09, lw, lambda d: rails(d, "INFO", "Redirected to https://termine.brandl-kamin.example/termine/bestaetigung", req=req))
            r.add(t + 0.091, lw, lambda d: rails(d, "INFO", "Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(60, 95), rng.uniform(30, 60), rng.randint(5000, 8000)), req=req))
        else:
            t2 = t + 1.04
            r.block(t2, lw, [
                lambda d: rails(d, "FATAL", "  ", req=req),
                lambda d: rails(d, "FATAL", "ActiveRecord::Deadlocked (Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction):", req=req),
                lambda d: rails(d, "FATAL", "  ", req=req),
                lambda d: rails(d, "FATAL", "app/models/slot.rb:58:in `block in reserve!'", req=req),
                lambda d: rails(d, "FATAL", "app/models/slot.rb:51:in `reserve!'", req=req),
                lambda d: rails(d, "FATAL", "app/controllers/appointments_controller.rb:27:in `create'", req=req),
            ], e_idx=(1,) if mark else ())
            r.add(t2 + 0.0005, lw, lambda d: rails(d, "INFO", "Completed 500 Internal Server Error in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (1043 + rng.randint(0, 40), 1021.3, rng.randint(4000, 5000)), req=req))
            return t2
        return None

    # normal bookings, then the autumn slots open at 19:30 and parallel bookings collide
    booking(6, LW[0])
    thread = 118
    collisions = [(18.0, True), (41.0, False), (57.0, True), (121.0, False)]
    for n, (t, marked) in enumerate(collisions):
        slot = rng.choice([88412, 88413, 88420, 88431])
        booking(t, LW[0], slot=slot)
        if n in (1, 3):
            booking(t + 0.4, LW[1], slot=slot + 1)
            continue
        t2 = booking(t + 0.01, LW[1], deadlock=True, slot=slot, mark=(n == 0))
        th1, th2 = thread + n * 7, thread + n * 7 + 3
        tr = 4419871 + n * 113
        dump = [
            lambda d: mariadb(d, th2, "Note", "InnoDB: Transactions deadlock detected, dumping detailed information."),
            "*** (1) TRANSACTION:",
            "TRANSACTION %d, ACTIVE 0 sec starting index read" % tr,
            "mysql tables in use 1, locked 1",
            "LOCK WAIT 4 lock struct(s), heap size 1128, 2 row lock(s), undo log entries 1",
            "MariaDB thread id %d, OS thread handle 139872614414016, query id %d 10.42.2.31 booking Updating" % (th2, 2214711 + n * 90),
            (lambda s_: lambda d: "UPDATE `slots` SET `booked_count` = `booked_count` + 1, `updated_at` = '%s' WHERE `slots`.`id` = %d" % (d.strftime("%Y-%m-%d %H:%M:%S"), s_))(slot),
            "*** WAITING FOR THIS LOCK TO BE GRANTED:",
            "RECORD LOCKS space id 142 page no 5 n bits 320 index PRIMARY of table `sweep_booking`.`slots` trx id %d lock_mode X locks rec but not gap waiting" % tr,
            "*** (2) TRANSACTION:",
            "TRANSACTION %d, ACTIVE 0 sec starting index read" % (tr + 1),
            "*** WE ROLL BACK TRANSACTION (2)",
        ]
        if n != 0:
            dump = [dump[0], dump[6], dump[11]]
        r.block(t2 - 0.001, LM, dump, e_idx=(0, len(dump) - 1) if n == 0 else ())
    r.add(150, LM, lambda d: mariadb(d, 4411, "Warning", "Aborted connection 4411 to db: 'sweep_booking' user: 'booking' host: '10.42.0.44' (Got an error reading communication packets)"))
    def webget(d, g):
        req = uid(g)
        m, path, st, _ = g.choice(BOOKING_PATHS[:5])
        return rails(d, "INFO", 'Started %s "%s" for %s at %s +0000' % (m, path, ip(g, "10.42.0"), d.strftime("%Y-%m-%d %H:%M:%S")), req=req)
    r.noise(LW[0], webget, 4, 0, 160)
    r.noise(LW[1], webget, 3, 0, 160)
    return r.build(
        question="Why are some customers getting an error page when they try to book a chimney inspection slot tonight?",
        selector={"namespace": ns},
        severity="ERROR", category="database", component="mariadb",
        root_cause="Concurrent reservations for the same slot deadlock inside MariaDB: each transaction inserts an appointment and then updates slots.booked_count for the same row, InnoDB detects the lock cycle and rolls one transaction back, which Rails surfaces as ActiveRecord::Deadlocked (Mysql2::Error: Deadlock found when trying to get lock).",
        summary="When the autumn slots opened at 19:30, parallel bookings of the same slot collided; MariaDB logged 'Transactions deadlock detected' and rolled back one transaction each time, and the losing request ended in a 500. Other bookings succeed.",
        action="Lock the slot row first (SELECT ... FOR UPDATE) or use an atomic conditional UPDATE before inserting the appointment, and retry the transaction on ActiveRecord::Deadlocked; keep innodb_print_all_deadlocks on to confirm.",
        tags=["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- w06
def w06():
    r = Rec("w06", "CSW", "2026-12-01T08:03:30")
    rng = r.rng
    ns, app = "billing", "invoicing"
    oldp = "invoicing-6b9d8c7f5b-gq2vn"
    newp = "invoicing-6b9d8c7f5b-s8x4w"
    vol = "pvc-5c1e9a3d-8f2b-4c6e-a1d7-3b9e0f4c2a81"
    LO = P(ns, oldp, "php-fpm", "nuc-03", app)
    LON = P(ns, oldp, "nginx", "nuc-03", app)
    LH = P("longhorn-system", "longhorn-manager-t9wfx", "longhorn-manager", "nuc-01", "longhorn-manager")
    LH3 = P("longhorn-system", "longhorn-manager-2kz8p", "longhorn-manager", "nuc-03", "longhorn-manager")
    JK3 = J("nuc-03", "kernel")
    EP = E(ns, "Pod", newp)
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")
    # invoice run in progress
    for k in range(6):
        inv = 18801 + k
        r.add(3 + 4 * k, LO, (lambda i: lambda d: laravel(d, "INFO", "Invoice RE-2026-%d rendered {\"customer\":%d,\"pdf\":\"invoices/2026-12/RE-2026-%d.pdf\",\"bytes\":%d}" % (i, rng.randint(2000, 9000), i, rng.randint(41000, 88000))))(inv))
    # disk starts failing on nuc-03
    r.add(27.2, JK3, "nvme nvme0: I/O 211 QID 3 timeout, aborting")
    r.add(27.9, JK3, "nvme nvme0: I/O 211 QID 3 timeout, reset controller")
    r.add(58.3, JK3, "I/O error, dev nvme0n1, sector 412331520 op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 2", e=True)
    r.add(58.4, JK3, "I/O error, dev nvme0n1, sector 412331776 op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 2")
    r.add(59.1, LH3, lambda d: logrus(d, "warning", "Replica %s-r-8d2f41aa of volume %s failed: I/O error writing replica data" % (vol, vol), func="controller.(*InstanceManagerMonitor).syncInstances", file="instance_manager_controller.go:1120", node="nuc-03"))
    r.add(59.6, LO, lambda d: laravel(d, "ERROR", "fwrite(): Write of 8192 bytes failed with errno=5 Input/output error {\"exception\":\"[object] (ErrorException(code: 0): fwrite(): Write of 8192 bytes failed with errno=5 Input/output error at /var/www/vendor/league/flysystem-local/src/LocalFilesystemAdapter.php:134)\"}"))
    r.add(60.1, LH, lambda d: logrus(d, "warning", "Volume %s has no healthy replica left: replica %s-r-1f7c03b2 on nuc-01 stopped (rebuild failed 2026-11-30T22:14:07Z), replica %s-r-8d2f41aa on nuc-03 ERR" % (vol, vol, vol), func="controller.(*VolumeController).ReconcileVolumeState", file="volume_controller.go:1010", node="nuc-01"))
    r.add(60.3, LH, lambda d: logrus(d, "warning", "Volume %s is faulted" % vol, func="controller.(*VolumeController).ReconcileVolumeState", file="volume_controller.go:1063", node="nuc-01"), e=True)
    r.add(60.4, E("longhorn-system", "Volume", vol), ev("Warning", "Faulted", "Volume", "longhorn-system", vol, "longhorn-volume-controller/nuc-01", "volume %s became faulted" % vol))
    r.add(61.0, LH, lambda d: logrus(d, "info", "Deleting pod %s because volume %s was detached unexpectedly (auto-delete-pod-when-volume-detached-unexpectedly=true)" % (oldp, vol), func="controller.(*KubernetesPodController).handlePodDeletionIfVolumeRequestRemount", file="kubernetes_pod_controller.go:248", node="nuc-01"))
    r.add(61.4, LO, "[01-Dec-2026 08:04:31] NOTICE: Terminating ...")
    r.add(61.5, LO, "[01-Dec-2026 08:04:31] NOTICE: exiting, bye-bye!")
    r.add(61.6, LON, "2026/12/01 08:04:31 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down")
    r.add(62.0, EP, ev("Normal", "Scheduled", "Pod", ns, newp, "default-scheduler", "Successfully assigned billing/%s to nuc-01" % newp))
    att = ('AttachVolume.Attach failed for volume "%s" : rpc error: code = Aborted desc = volume %s is not ready for workloads' % (vol, vol))
    for n, t in enumerate((63.0, 64.5, 67.6, 72.1, 81.0, 97.3, 129.8, 194.5, 260.0)):
        r.add(t, EP, ev("Warning", "FailedAttachVolume", "Pod", ns, newp, "attachdetach-controller", att), e=(n == 0))
    r.add(184.0, EP, ev("Warning", "FailedMount", "Pod", ns, newp, "kubelet/nuc-01", "Unable to attach or mount volumes: unmounted volumes=[invoice-storage], unattached volumes=[invoice-storage kube-api-access-%s]: timed out waiting for the condition" % k8s_suffix(rng, 5)))
    # users: loud 503/502 from traefik
    for t in sorted(rng.uniform(62, 265) for _ in range(14)):
        r.add(t, tr, lambda d: '%s - - [%s] "%s HTTP/2.0" 503 19 "-" "%s" %d "billing-invoicing@kubernetescrd" "-" 0ms' % (
            ip(rng, "10.42.0"), clf(d), rng.choice(["GET /rechnungen", "GET /rechnungen/offen", "POST /rechnungen/lauf", "GET /dashboard"]), rng.choice(UAS[:3]), rng.randint(3000, 9000)))
    r.noise(LH, lambda d, g: logrus(d, "info", g.choice(["Recurring job snapshot-daily: volume pvc-0a4e7c21-6b3d-4f8e-9c2a-7e1d5b3f9a64 snapshot created",
                                                       "Node nuc-02 disk default-disk-4f1c09aa: storage available 211.4 GiB",
                                                       "Volume pvc-7e2d4a19-3c5b-4f8d-b1e6-9a0c2f7d5e33 is healthy"]),
                                        func="controller.(*NodeController).syncNode", file="node_controller.go:515", node="nuc-01"), 6, 0, 265)
    r.noise(J("nuc-01", "k3s.service"), csw_k3s_chatter("nuc-01"), 4, 0, 265)
    return r.build(
        question="Why is the invoicing app down on invoice day?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="storage", component="longhorn",
        root_cause="The Longhorn volume backing invoicing's invoice-storage PVC is faulted: its replica on nuc-03 failed with NVMe write I/O errors while the second replica on nuc-01 was already stopped after a failed rebuild, so no healthy replica is left and the volume cannot be attached.",
        summary="During the invoice run nuc-03's NVMe disk reported I/O errors, Longhorn marked the last replica of volume pvc-5c1e9a3d... failed and the volume faulted; Longhorn deleted the invoicing pod and the replacement on nuc-01 is stuck in FailedAttachVolume ('not ready for workloads'), so invoicing returns 503.",
        action="Salvage the faulted volume in Longhorn (salvage the most recent replica or restore from the latest backup), replace or check nuc-03's NVMe disk, and keep replica count 3 with working rebuilds for invoicing's PVC.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w07
def w07():
    r = Rec("w07", "CSW", "2026-04-14T06:44:20")
    rng = r.rng
    ns, app = "field", "tech-sync"
    pod = "tech-sync-5d7b9c6f48-hw2zt"
    pod2 = "tech-sync-5d7b9c6f48-8jxqv"
    L = P(ns, pod, app, "nuc-01", app)
    L2 = P(ns, pod2, app, "nuc-02", app)
    J1 = J("nuc-01", "k3s.service")
    EP = E(ns, "Pod", pod)
    ipp = "10.42.0.58"

    def sync(t, l, slow=False):
        t = r.j(t)
        req = "F8" + k8s_suffix(rng, 16)
        tab = rng.randint(1, 25)
        r.add(t, l, phoenix(r.at(t), "info", "GET /api/v1/sync/pull", req))
        ms = rng.randint(1400, 4200) if slow else rng.randint(40, 380)
        r.add(t + ms / 1000.0, l, phoenix(r.at(t + ms / 1000.0), "info", "Sent 200 in %dms" % ms, req))
        if rng.random() < 0.3:
            r.add(t + ms / 1000.0 + 0.01, l, phoenix(r.at(t + ms / 1000.0 + 0.01), "info", "sync pull tablet=TAB-%02d records=%d bytes=%d" % (tab, rng.randint(200, 1400), rng.randint(400000, 2600000))))

    for t in (2, 6, 9):
        sync(t, L)
    # 06:45 everybody starts: spike
    for t in [30 + 2.9 * k for k in range(7)]:
        sync(t, L, slow=True)
    for t in [31 + 3.1 * k for k in range(4)]:
        sync(t, L2, slow=True)
    hreq = "F8" + k8s_suffix(rng, 16)
    r.add(41.5, L, phoenix(r.at(41.5), "info", "GET /health", hreq))
    r.add(43.1, L, phoenix(r.at(43.1), "info", "Sent 200 in 1598ms", hreq), e=True)
    probe = 'Liveness probe failed: Get "http://%s:4000/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ipp
    for n, t in enumerate((41.6, 51.6, 61.6)):
        r.add(t + 1.0, J1, (lambda: lambda d: klogl(d, "I", 1402, "prober.go:107", '"Probe failed" probeType="Liveness" pod="field/%s" podUID="%s" containerName="tech-sync" probeResult="failure" output="Get \\"http://%s:4000/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (pod, "4c1f9b7e-2d3a-4e8f-b6c5-1a9d7e3f0b24", ipp)))())
        r.add(t + 1.01, EP, ev("Warning", "Unhealthy", "Pod", ns, pod, "kubelet/nuc-01", probe), e=(n == 2))
    r.add(62.7, J1, lambda d: klogl(d, "I", 1402, "kuberuntime_manager.go:1050", '"Message for Container of pod" containerName="tech-sync" containerStatusID={"Type":"containerd","ID":"%s"} pod="field/%s" containerMessage="Container tech-sync failed liveness probe, will be restarted"' % (hexs(rng, 64), pod)))
    r.add(62.71, EP, ev("Normal", "Killing", "Pod", ns, pod, "kubelet/nuc-01", "Container tech-sync failed liveness probe, will be restarted"), e=True)
    r.add(62.9, L, phoenix(r.at(62.9), "notice", "SIGTERM received - shutting down"))
    r.add(63.4, L, phoenix(r.at(63.4), "info", "Shutting down 1 sockets in 1 rounds of 2000ms"))
    r.add(66.0, EP, ev("Normal", "Pulled", "Pod", ns, pod, "kubelet/nuc-01", 'Container image "%s/tech-sync:1.9.4" already present on machine' % CSW_REG))
    r.add(66.3, EP, ev("Normal", "Started", "Pod", ns, pod, "kubelet/nuc-01", "Started container tech-sync"))
    r.add(68.9, L, phoenix(r.at(68.9), "info", "Running TechSyncWeb.Endpoint with Bandit 1.4.2 at :::4000 (http)"))
    r.add(69.0, L, phoenix(r.at(69.0), "info", "Access TechSyncWeb.Endpoint at https://sync.brandl-kamin.example"))
    # tablets retried on the other replica; after restart, load is normal
    for t in [64 + 2.6 * k for k in range(3)]:
        sync(t, L2, slow=True)
    for t in (75, 90, 105, 120):
        sync(t, rng.choice([L, L2]))
    hreq2 = "F8" + k8s_suffix(rng, 16)
    r.add(80.417, L, phoenix(r.at(80.417), "info", "GET /health", hreq2))
    r.add(80.420, L, phoenix(r.at(80.420), "info", "Sent 200 in 3ms", hreq2))
    r.noise(J1, csw_k3s_chatter("nuc-01"), 4, 0, 125)
    return r.build(
        question="Why did tech-sync restart during this morning's tablet sync?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="probe_failure", component="tech-sync",
        root_cause="tech-sync's liveness probe (1 s timeout) is too strict for the 06:45 sync spike: the process is alive but /health took ~1.6 s under load, the probe timed out three times and the kubelet restarted a healthy container.",
        summary="At 06:45 all tablets pulled their day's work at once; pull requests took 1.4-4.2 s and /health answered after 1.6 s. Three liveness failures led to one restart of tech-sync-...-hw2zt; tablets retried on the other replica and sync was normal again within a minute.",
        action="Optional: raise the liveness probe timeoutSeconds/failureThreshold (or probe a lightweight endpoint and use a readiness probe for load), and spread the tablets' morning sync.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w08
def w08():
    r = Rec("w08", "CSW", "2026-06-01T06:59:50")
    rng = r.rng
    ns, app = "compliance", "flue-cert"
    pod = "flue-cert-79c8d6f5b7-p4kzn"
    L = P(ns, pod, app, "nuc-02", app)
    lg = "d.b.flue.register.KehrbuchClient"
    # daily restart of the submission worker + keystore load
    r.add(7.83, L, lambda d: logback(d, "main", "INFO", "d.b.flue.register.Keystores", "loaded client keystore /etc/flue-cert/kb-client.p12 alias=kb-client subject=CN=brandl-kamin-kb-0412,O=Kaminkehrerei Brandl,C=DE notAfter=2026-05-31T23:59:59Z"), e=True)
    r.add(8.2, L, lambda d: logback(d, "main", "INFO", "d.b.flue.register.SubmissionWorker", "submission worker scheduled every 300s, register endpoint https://kehrbuch-register.lra-rosenheim.example/api/v2"))

    def submit_fail(t, rec, mark):
        t = r.j(t)
        r.add(t, L, lambda d: logback(d, "DefaultDispatcher-worker-3", "INFO", lg, "submitting inspection %s (Feuerstaettenschau, 3 Feuerstaetten)" % rec))
        t2 = t + 0.18
        r.block(t2, L, [
            lambda d: logback(d, "DefaultDispatcher-worker-3", "ERROR", "d.b.flue.register.SubmissionWorker", "submission of %s failed, will retry in 300s" % rec),
            "java.io.IOException: register submission failed for %s" % rec,
            "\tat de.brandl.flue.register.KehrbuchClient.submit(KehrbuchClient.kt:88)",
            "\tat de.brandl.flue.register.KehrbuchClient$submit$1.invokeSuspend(KehrbuchClient.kt)",
            "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
            "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
            "Caused by: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired",
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)",
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:117)",
            "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:365)",
            "\tat java.base/sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287)",
            "\tat java.base/sun.security.ssl.TransportContext.dispatch(TransportContext.java:204)",
            "\tat io.ktor.client.engine.java.JavaHttpEngine.execute(JavaHttpEngine.kt:52)",
            "\t... 9 common frames omitted",
        ], e_idx=(0, 6) if mark else ())

    submit_fail(30, "KB-2026-044812", True)
    submit_fail(31.5, "KB-2026-044813", False)
    submit_fail(33.0, "KB-2026-044819", False)
    # other features keep working
    def web(d, g):
        path = g.choice(["/api/inspections?district=14&status=open", "/api/inspections/KB-2026-0448%02d" % g.randint(0, 30),
                         "/api/certificates/KB-2026-0447%02d/pdf" % g.randint(0, 99), "/api/chimneys?street=Kufsteiner%20Str."])
        return logback(d, "eventLoopGroupProxy-4-%d" % g.randint(1, 4), "INFO", "ktor.application", "200 OK: GET - %s in %dms" % (path, g.randint(4, 90)))
    r.noise(L, web, 16, 0, 330)
    r.noise(L, lambda d, g: logback(d, "eventLoopGroupProxy-4-1", "DEBUG", "ktor.application", "200 OK: GET - /healthz in 1ms"), 5, 0, 330)
    r.add(331, L, lambda d: logback(d, "DefaultDispatcher-worker-1", "WARN", "d.b.flue.register.SubmissionWorker", "3 inspections pending submission, oldest KB-2026-044812 queued since 2026-06-01T07:00:20Z"))
    return r.build(
        question="Why are completed inspections no longer being transmitted to the district chimney register?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="tls_certificate", component="flue-cert",
        root_cause="flue-cert authenticates to the district register with a TLS client certificate (CN=brandl-kamin-kb-0412) that expired on 2026-05-31T23:59:59Z; the register aborts the mutual-TLS handshake with the alert certificate_expired.",
        summary="Every submission to kehrbuch-register since 07:00 fails with IOException caused by SSLHandshakeException 'Received fatal alert: certificate_expired'; the keystore loaded at startup shows notAfter=2026-05-31. Inspections queue up; the rest of flue-cert (lists, PDFs) works.",
        action="Obtain a renewed client certificate from the register's PKI, update the kb-client.p12 Secret used by flue-cert and restart it, then let the queued inspections resubmit; add an expiry alert for the keystore.",
        tags=["nested-cause"])


# --------------------------------------------------------------------------- w09
def w09():
    r = Rec("w09", "CSW", "2026-05-20T20:59:30")
    rng = r.rng
    ns, app = "booking", "sweep-booking"
    old = "sweep-booking-84c7d9f5b6-tq8rk"
    new = "sweep-booking-5f6d8b9c7d-7wbnx"
    LO = P(ns, old, "web", "nuc-01", app)
    LN = P(ns, new, "web", "nuc-03", app)
    LNm = P(ns, new, "migrate", "nuc-03", app)
    EN = E(ns, "Pod", new)
    fx = P("flux-system", "image-automation-controller-6c5b8d7f9d-k4pwq", "manager", "nuc-02", "image-automation-controller")
    kz = P("flux-system", "kustomize-controller-7f4c9d8b6b-x2zrs", "manager", "nuc-02", "kustomize-controller")
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")
    r.add(5, fx, lambda d: jdump({"level": "info", "ts": iso_ms(d), "msg": "pushed commit to origin", "controller": "imageupdateautomation", "ImageUpdateAutomation": {"name": "apps", "namespace": "flux-system"}, "revision": "main@sha1:" + hexs(rng, 40), "commit": "chore: sweep-booking 2026.05.1 -> 2026.05.2"}))
    r.add(42, kz, lambda d: jdump({"level": "info", "ts": iso_ms(d), "msg": "server-side apply for cluster definitions completed", "controller": "kustomization", "Kustomization": {"name": "apps", "namespace": "flux-system"}, "output": {"Deployment/booking/sweep-booking": "configured"}}))
    r.add(43, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned booking/%s to nuc-03" % new))
    r.add(44, EN, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/nuc-03", 'Pulling image "%s/sweep-booking:2026.05.2"' % CSW_REG))
    r.add(58, EN, ev("Normal", "Pulled", "Pod", ns, new, "kubelet/nuc-03", 'Successfully pulled image "%s/sweep-booking:2026.05.2" in 13.8s (13.8s including waiting)' % CSW_REG))
    r.add(60.05, LNm, "== 20260518091244 AddSmsOptInToCustomers: migrating =======================")
    r.add(60.3, LNm, "-- add_column(:customers, :sms_opt_in, :boolean, {:default=>false, :null=>false})")
    r.add(60.41, LNm, "   -> 0.1094s")
    r.add(60.42, LNm, "== 20260518091244 AddSmsOptInToCustomers: migrated (0.1097s) ==============")
    r.add(61.5, LN, "=> Booting Puma")
    r.add(61.6, LN, "=> Rails 7.1.3.2 application starting in production")
    r.add(61.7, LN, "=> Run `bin/rails server --help` for more startup options")
    r.add(63.9, LN, "Puma starting in single mode...")
    r.add(63.91, LN, "* Puma version: 6.4.2 (ruby 3.3.1-p55) (\"The Eagle of Durango\")")
    r.add(63.92, LN, "*  Min threads: 3")
    r.add(63.93, LN, "*  Max threads: 3")
    r.add(63.94, LN, "*  Environment: production")
    r.add(62.5, EN, ev("Warning", "Unhealthy", "Pod", ns, new, "kubelet/nuc-03", 'Readiness probe failed: Get "http://10.42.2.77:3000/up": dial tcp 10.42.2.77:3000: connect: connection refused'))
    r.add(64.6, LN, "* Listening on http://0.0.0.0:3000")
    r.add(64.61, LN, "Use Ctrl-C to stop")
    r.add(67.5, LN, lambda d: rails(d, "INFO", 'Started GET "/up" for 10.42.2.1 at %s +0000' % d.strftime("%Y-%m-%d %H:%M:%S"), req=uid(rng)))
    r.add(73.9, E(ns, "ReplicaSet", "sweep-booking-84c7d9f5b6"), ev("Normal", "SuccessfulDelete", "ReplicaSet", ns, "sweep-booking-84c7d9f5b6", "replicaset-controller", "Deleted pod: %s" % old))
    r.add(74.2, E(ns, "Pod", old), ev("Normal", "Killing", "Pod", ns, old, "kubelet/nuc-01", "Stopping container web"))
    r.add(74.3, LO, "[1] - Gracefully stopping, waiting for requests to finish")
    r.add(75.1, LO, "[1] === puma shutdown: 2026-05-20 21:00:45 +0000 ===")
    r.add(75.2, LO, "[1] - Goodbye!")
    r.add(75.4, E(ns, "Deployment", app), ev("Normal", "ScalingReplicaSet", "Deployment", ns, app, "deployment-controller", "Scaled down replica set sweep-booking-84c7d9f5b6 to 0 from 1"))

    def webreq(l):
        def fn(d, g):
            req = uid(g)
            m, path, st, _ = g.choice(BOOKING_PATHS[:7])
            if g.random() < 0.5:
                return rails(d, "INFO", 'Started %s "%s" for %s at %s +0000' % (m, path, ip(g, "10.42.0"), d.strftime("%Y-%m-%d %H:%M:%S")), req=req)
            return rails(d, "INFO", "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
                st, {200: "OK", 302: "Found"}[st], g.randint(12, 160), g.uniform(2, 40), g.uniform(1, 30), g.randint(900, 9000)), req=req)
        return fn
    r.noise(LO, webreq(LO), 9, 0, 73)
    r.noise(LN, webreq(LN), 9, 77, 290)
    r.add(139.71, LN, lambda d: rails(d, "INFO", 'Started GET "/wp-login.php" for 185.220.101.%d at %s +0000' % (rng.randint(2, 250), d.strftime("%Y-%m-%d %H:%M:%S")), req="7e0c1a52-1b3d-4a8e-9f21-c4d5e6f70812"))
    r.add(139.73, LN, lambda d: rails(d, "FATAL", "ActionController::RoutingError (No route matches [GET] \"/wp-login.php\"):", req="7e0c1a52-1b3d-4a8e-9f21-c4d5e6f70812"))
    r.noise(tr, traefik_access(BOOKING_PATHS, "booking-sweep-booking-web@kubernetescrd", "http://10.42.0.44:3000"), 8, 0, 290)
    return r.build(
        question="Did tonight's sweep-booking rollout cause any problems for customers?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="sweep-booking",
        root_cause="No incident: Flux rolled sweep-booking from 2026.05.1 to 2026.05.2; the new pod ran its migration, failed one readiness check while Puma was still booting, became ready and the old pod was stopped gracefully.",
        summary="Normal GitOps rollout: image automation commit, migration AddSmsOptInToCustomers, one expected readiness failure during boot, graceful Puma shutdown of the old pod; customer requests continued with 200/302 (one 404 from a bot probing /wp-login.php).",
        action="Nothing to do; the rollout finished normally.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w10
def w10():
    r = Rec("w10", "CSW", "2026-09-13T01:59:40")
    rng = r.rng
    ns, app = "data", "mariadb-backup"
    pod = "mariadb-backup-29821080-x6tqp"
    L = P(ns, pod, "backup", "nuc-02", app)
    LM = P(ns, "mariadb-0", "mariadb", "nuc-02", "mariadb")
    EJ = E(ns, "Job", "mariadb-backup-29821080")
    r.add(18.0, E(ns, "CronJob", app), ev("Normal", "SuccessfulCreate", "CronJob", ns, app, "cronjob-controller", "Created job mariadb-backup-29821080"))
    r.add(18.3, EJ, ev("Normal", "SuccessfulCreate", "Job", ns, "mariadb-backup-29821080", "job-controller", "Created pod: %s" % pod))
    r.add(21.62, L, lambda d: "%s backup: starting logical dump of mariadb.data.svc (databases: sweep_booking, invoicing, flue_cert, tech_sync)" % iso_s(d))
    r.add(22.2, L, "mariadb-dump: Warning: Skipping the data of table mysql.event. Specify the --events option explicitly.")
    r.add(23, LM, lambda d: mariadb(d, 5120, "Note", "Detected table cache mutex contention at instance 1: 21% waits. Additional table cache instance activated. Number of instances after activation: 2."))
    for k, (db, size) in enumerate((("sweep_booking", "41.2MiB"), ("invoicing", "118.7MiB"), ("flue_cert", "9.4MiB"), ("tech_sync", "233.0MiB"))):
        r.add(25 + 9 * k, L, (lambda db_, s_: lambda d: "%s backup: dumped %s (%s uncompressed)" % (iso_s(d), db_, s_))(db, size))
    r.add(62, L, lambda d: "%s backup: compressed dump mariadb-2026-09-13.sql.gz 71.9MiB" % iso_s(d))
    r.add(81.0, L, lambda d: "%s ERROR : mariadb-2026-09-13.sql.gz: Failed to copy: multipart upload failed to upload part: SlowDown: Please reduce your request rate. status code: 503, request id: tx000001f2a9c%s, host id: " % (d.strftime("%Y/%m/%d %H:%M:%S"), hexs(rng, 12)))
    r.add(81.1, L, lambda d: "%s ERROR : Attempt 1/3 failed with 1 errors and: multipart upload failed to upload part: SlowDown: Please reduce your request rate." % d.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(96.9, L, lambda d: "%s INFO  : mariadb-2026-09-13.sql.gz: Copied (new)" % d.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(97.2, L, lambda d: "%s INFO  : Attempt 2/3 succeeded" % d.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(97.5, L, lambda d: "%s INFO  : Transferred: 71.936 MiB / 71.936 MiB, 100%%, 2.301 MiB/s, ETA 0s; Transferred: 1 / 1, 100%%; Elapsed time: 33.1s" % d.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(98.95, L, lambda d: "%s backup: pruning remote backups older than 30 days: deleted mariadb-2026-08-13.sql.gz" % iso_s(d))
    r.add(99.4, L, lambda d: "%s backup: done in 77s, 0 errors" % iso_s(d))
    r.add(99.9, LM, lambda d: mariadb(d, 5187, "Warning", "Aborted connection 5187 to db: 'unconnected' user: 'backup' host: '10.42.1.93' (Got an error reading communication packets)"))
    r.add(102.0, EJ, ev("Normal", "Completed", "Job", ns, "mariadb-backup-29821080", "job-controller", "Job completed"))
    r.add(103.0, E(ns, "CronJob", app), ev("Normal", "SawCompletedJob", "CronJob", ns, app, "cronjob-controller", "Saw completed job: mariadb-backup-29821080, status: Complete"))
    r.add(103.2, E(ns, "CronJob", app), ev("Normal", "SuccessfulDelete", "CronJob", ns, app, "cronjob-controller", "Deleted job mariadb-backup-29816760"))
    def mnoise(d, g):
        th = g.randint(5000, 5300)
        if g.random() < 0.4:
            return mariadb(d, th, "Warning", "Aborted connection %d to db: 'tech_sync' user: 'techsync' host: '10.42.0.%d' (Got timeout reading communication packets)" % (th, g.randint(2, 250)))
        return mariadb(d, th, "Warning", "Aborted connection %d to db: 'sweep_booking' user: 'booking' host: '10.42.1.%d' (Got an error reading communication packets)" % (th, g.randint(2, 250)))
    r.noise(LM, mnoise, 6, 0, 180)
    r.noise(J("nuc-02", "k3s.service"), csw_k3s_chatter("nuc-02"), 8, 0, 180)
    r.noise(P("flux-system", "source-controller-6b9c7d8f5c-hx2lm", "manager", "nuc-03", "source-controller"), csw_flux_chatter, 6, 0, 180)
    return r.build(
        question="Did last night's MariaDB backup job succeed?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="mariadb-backup",
        root_cause="No incident: the mariadb-backup CronJob dumped all four databases, the first multipart upload attempt was throttled by the object store (SlowDown 503) and rclone's second attempt succeeded; the job completed and old backups were pruned.",
        summary="Nightly backup mariadb-backup-29821080 completed in 77 s with 0 errors: the dump warnings (mysql.event skipped, column statistics) are expected, the upload succeeded on attempt 2/3, and the 'Aborted connection' notes on mariadb-0 are the dump client disconnecting.",
        action="Nothing to do; the backup completed and was uploaded.",
        tags=["healthy-lookalike"])


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]
