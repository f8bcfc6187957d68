"""dev56 part 3: ten WARN incidents (degraded or recovered within the window)."""
from common import (Win, record, pl, jl, ev_alloy_labels, ev_alloy, ev_json, klog, nest, zap,
                    logrus, mongo, logback, celery, monolog, serilog, phx, rust, nginx_ingress,
                    rs_pod, h, hexid, uuid, jdump, every, pod_uid)


# --------------------------------------------------------------------------- W01
def w01():
    w = Win("W01", "2026-02-02T19:00:00Z")
    r = w.rng
    L = w.add
    ns = "members"
    new_rs = h(r, 10)
    pods = [rs_pod(r, "membership-api", new_rs)[0] for _ in range(2)]
    nodes = ["rc-worker-1", "rc-worker-3"]
    al = [pl(ns, "membership-api", p, n) for p, n in zip(pods, nodes)]
    kub = [jl(n, "kubelet.service") for n in nodes]
    evl = ev_alloy_labels(ns)
    ing = pl("ingress-nginx", "ingress-nginx", rs_pod(r, "ingress-nginx-controller")[0], "rc-worker-2", container="controller")
    ktor = lambda lvl, logger, msg: logback(lvl, "main" if logger == "Application" else f"eventLoopGroupProxy-4-{r.randrange(1, 5)}", logger, msg)
    for k in range(2):
        b = k * 3.0
        L(b + 0.5, al[k], ktor("INFO", "Application", "Autoreload is disabled because the development mode is off."))
        L(b + 1.4, al[k], ktor("INFO", "o.f.c.i.c.DbValidate", "Successfully validated 42 migrations (execution time 00:00.087s)"))
        L(b + 1.9, al[k], ktor("INFO", "Application", "Application started in 1.62 seconds."))
        L(b + 2.0, al[k], ktor("INFO", "Application", "Responding at http://0.0.0.0:8080"))
        L(b + 2.2, al[k], ktor("INFO", "c.r.members.Warmup", "warming member cache: 3214 profiles, 118 crews"))
    L(0.2, evl, ev_alloy(f"membership-api.17f0a{hexid(r, 11)}", "Deployment", "ScalingReplicaSet", "Normal",
                         f"Scaled up replica set membership-api-{new_rs} to 2 from 0", source="deployment-controller"))
    fails = {0: [7.0, 12.0, 17.0, 22.0, 27.0, 32.0, 37.0, 42.0], 1: [10.0, 15.0, 20.0, 25.0, 30.0, 35.0]}
    first = True
    for k, ts in fails.items():
        for t in ts:
            L(t, kub[k], klog("I", 2231 + k, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{pods[k]}" podUID="{pod_uid(ns, pods[k])}" containerName="membership-api" probeResult="failure" output="HTTP probe failed with statuscode: 503"'), ev=first)
            first = False
            L(t + 0.01, al[k], ktor("INFO", "c.r.members.Health", f"GET /ready -> 503 (cache warm {min(99, int((t - 3 * k) * 2.3))}%)"))
        L(ts[0] + 0.1, evl, ev_alloy(f"{pods[k]}.17f0a{hexid(r, 11)}", "Pod", "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[k], count=len(ts)), ev=(k == 0))
    L(45.5, al[0], ktor("INFO", "c.r.members.Warmup", "member cache warm (3214 profiles) in 43.3s"))
    L(41.2, al[1], ktor("INFO", "c.r.members.Warmup", "member cache warm (3214 profiles) in 36.0s"))
    for i, t in enumerate(every(4, 95, 4.3, r, 0.8)):
        if 8 < t < 40:
            L(t, ing, nginx_ingress(r, f"10.0.3.{r.randrange(2, 90)}", "GET", "/api/members/me", 503, 190, "members-membership-api-8080", "-", 0.000))
        else:
            k = i % 2
            L(t, ing, nginx_ingress(r, f"10.0.3.{r.randrange(2, 90)}", "GET", "/api/members/me", 200, r.randrange(600, 2000), "members-membership-api-8080", f"10.42.{[1, 3][k]}.{40 + k}:8080", r.uniform(0.01, 0.06)))
    for t in every(47, 95, 10, r, 1):
        k = int(t) % 2
        L(t, al[k], ktor("INFO", "c.r.members.Health", "GET /ready -> 200"))
    L(0.3, evl, ev_alloy(f"membership-api.17f0b{hexid(r, 11)}", "Deployment", "ScalingReplicaSet", "Normal",
                          f"Scaled down replica set membership-api-{h(r, 10)} to 0 from 2", source="deployment-controller"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "probe_failure",
        "component": "membership-api",
        "root_cause": "After the rollout the new membership-api pods answer their readiness probe with 503 for ~35-45s while warming the member cache; with the old ReplicaSet already scaled to 0 there were briefly no ready endpoints.",
        "summary": "The ingress returned 503 for about half a minute during the rollout; both pods became Ready once the cache was warm and traffic recovered.",
        "action": "Use a startupProbe (or a longer initialDelay) and keep old pods until the new ones are Ready (maxUnavailable 0); no action needed for the current state.",
    }
    return record("W01", w, "Members saw 503s right after the membership-api deploy. Is it still a problem?",
                  {"namespace": ns, "app": "membership-api"}, exp, ["outside-selector"])


# --------------------------------------------------------------------------- W02
def w02():
    w = Win("W02", "2026-03-09T12:00:00Z")
    r = w.rng
    L = w.add
    xl = pl("external-dns", "external-dns", rs_pod(r, "external-dns")[0], "sp-node-5")
    zone = "/hostedzone/Z07328411EXM2KQ6WZ1TQ"
    def throttled():
        return (f"Failed to do run once: soft error\nfailed to list resource records sets for zone {zone} using aws profile \"\": "
                f"operation error Route 53: ListResourceRecordSets, exceeded maximum number of attempts, 3, https response error StatusCode: 400, "
                f"RequestID: {uuid(r)}, api error Throttling: Rate exceeded")
    L(0.5, xl, logrus("info", "Applying provider record filter for domains: [stamps.example. .stamps.example.]"))
    L(0.6, xl, logrus("info", "All records are already up to date"))
    L(60.5, xl, logrus("info", "Applying provider record filter for domains: [stamps.example. .stamps.example.]"))
    L(61.9, xl, logrus("error", throttled()), ev=True)
    L(62.0, xl, logrus("info", "Reconciliation failed, retrying after 1m0s", error="soft error"))
    L(122.1, xl, logrus("info", "Applying provider record filter for domains: [stamps.example. .stamps.example.]"))
    L(123.8, xl, logrus("error", throttled()), ev=True)
    L(123.9, xl, logrus("info", "Reconciliation failed, retrying after 1m0s", error="soft error"))
    L(184.0, xl, logrus("info", "Applying provider record filter for domains: [stamps.example. .stamps.example.]"))
    t = 185.1
    previews = [f"shop-preview-{n}" for n in (412, 413, 415, 417)]
    for p in previews:
        L(t, xl, logrus("info", f"Desired change: CREATE {p}.stamps.example A [Id: {zone}]", profile="default", zoneID=zone, zoneName="stamps.example."))
        L(t + 0.01, xl, logrus("info", f"Desired change: CREATE a-{p}.stamps.example TXT [Id: {zone}]", profile="default", zoneID=zone, zoneName="stamps.example."))
        t += 0.02
    L(t, xl, logrus("info", "Desired change: DELETE shop-preview-409.stamps.example A [Id: " + zone + "]", profile="default", zoneID=zone, zoneName="stamps.example."))
    L(t + 0.01, xl, logrus("info", "Desired change: DELETE a-shop-preview-409.stamps.example TXT [Id: " + zone + "]", profile="default", zoneID=zone, zoneName="stamps.example."))
    L(t + 1.2, xl, logrus("info", f"10 record(s) in zone stamps.example. [Id: {zone}] were successfully updated", profile="default", zoneID=zone, zoneName="stamps.example."))
    for t2 in (245.0, 305.0, 365.0):
        L(t2, xl, logrus("info", "Applying provider record filter for domains: [stamps.example. .stamps.example.]"))
        L(t2 + 1.1, xl, logrus("info", "All records are already up to date"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "rate_limited",
        "component": "external-dns",
        "root_cause": "Route 53 throttled external-dns's ListResourceRecordSets calls (Throttling: Rate exceeded) on two consecutive sync loops, so the new shop preview records were delayed by about two minutes.",
        "summary": "The third loop succeeded and created all preview records; external-dns is up to date again.",
        "action": "Optional: raise external-dns --interval / enable zone caching (--aws-zones-cache-duration) to stay under the Route 53 API quota.",
    }
    return record("W02", w, "Why did the new shop preview hostnames take a few minutes to appear?",
                  {"namespace": "external-dns", "app": "external-dns"}, exp, [])


# --------------------------------------------------------------------------- W03
def w03():
    w = Win("W03", "2026-04-15T10:30:00Z")
    r = w.rng
    L = w.add
    ns = "moulds"
    wp, _ = rs_pod(r, "mould-planner-worker")
    wl = pl(ns, "mould-planner-worker", wp, "gw-node-4", container="worker")
    mp, _ = rs_pod(r, "mold-wear-api")
    ml = pl(ns, "mold-wear-api", mp, "gw-node-2", container="julia")
    tl = pl("temporal", "temporal-history", rs_pod(r, "temporal-history")[0], "gw-node-6", container="temporal-history")
    wid = f"1@{wp}@"
    kv = lambda d: " ".join(f"{k} {v}" for k, v in d.items())
    presses = [f"press-{i}" for i in (3, 5, 7, 9)]
    for i, t in enumerate(every(0.5, 25, 5.0, r, 0.6)):
        p = presses[i % 4]
        L(t, ml, f"[ Info: @ISO3@ POST /wear/{p} 200 {r.randrange(180, 480)}ms")
        L(t + 0.5, wl, f"@GOLOG@ INFO  FetchMoldWear done " + kv({"Namespace": "glassworks", "TaskQueue": "mould-planning", "WorkerID": wid, "ActivityType": "FetchMoldWear", "Press": p, "Attempt": 1}))
    L(26.2, ml, "┌ Warning: @ISO3@ wear model cache expired; refitting Weibull wear model for 38 moulds on the request path (blocking)", ev=True)
    L(26.21, ml, "└ @ MoldWear.Models /app/src/models.jl:88")
    slow = [(38.4, "press-5", 11874), (50.9, "press-7", 12310), (63.2, "press-9", 12021), (75.8, "press-3", 11502)]
    for t, p, ms in slow:
        L(t, ml, f"[ Info: @ISO3@ POST /wear/{p} 200 {ms}ms", ev=(p == "press-5"))
    for k, t in enumerate([37.0, 49.5, 61.9, 74.3, 86.8]):
        p = presses[(k + 1) % 4]
        run = uuid(r)
        L(t, wl, "@GOLOG@ ERROR Activity error. " + kv({"Namespace": "glassworks", "TaskQueue": "mould-planning", "WorkerID": wid,
                                                           "WorkflowID": f"plan-{p}-20260415", "RunID": run, "ActivityType": "FetchMoldWear",
                                                           "Attempt": 1 + k % 2, "Error": f'Post "http://mold-wear-api.moulds.svc:8080/wear/{p}": context deadline exceeded'}))
        L(t + 0.2, tl, jdump({"level": "info", "ts": "@ISO3@", "msg": "Activity task timed out", "service": "history", "shard-id": r.randrange(1, 512),
                              "wf-namespace": "glassworks", "wf-id": f"plan-{p}-20260415", "wf-run-id": run, "timeout-type": "StartToClose", "attempt": 1 + k % 2,
                              "logging-call-at": "timer_queue_active_task_executor.go:299"}))
    L(78.6, ml, "[ Info: @ISO3@ wear model refit done in 52.4s (38 moulds)")
    for i, t in enumerate(every(80, 160, 6.0, r, 0.8)):
        p = presses[i % 4]
        L(t, ml, f"[ Info: @ISO3@ POST /wear/{p} 200 {r.randrange(180, 480)}ms")
        L(t + 0.5, wl, f"@GOLOG@ INFO  FetchMoldWear done " + kv({"Namespace": "glassworks", "TaskQueue": "mould-planning", "WorkerID": wid, "ActivityType": "FetchMoldWear", "Press": p, "Attempt": 2 if i < 4 else 1}))
    exp = {
        "severity": "WARN",
        "root_cause_category": "timeout",
        "component": "mold-wear-api",
        "root_cause": "mold-wear-api's wear-model cache expired and it refitted the model synchronously on the request path for ~52s; its responses took ~12s, beyond the FetchMoldWear activity's 10s StartToClose timeout.",
        "summary": "Several FetchMoldWear activities timed out (context deadline exceeded) and were retried by Temporal; after the refit finished the retries and new calls succeed.",
        "action": "Optional: refit the wear model in the background (or on a schedule) instead of on the request path.",
    }
    return record("W03", w, "The mould planner worker logged activity errors at 10:30 — anything to worry about?",
                  {"namespace": ns, "app": "mould-planner-worker"}, exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- W04
def w04():
    w = Win("W04", "2026-06-09T03:12:00Z", boot_days=22.4)
    r = w.rng
    L = w.add
    node = "rc-worker-2"
    ns = "bookings"
    api_rs = h(r, 10)
    bp = [rs_pod(r, "booking-api", api_rs)[0] for _ in range(2)]
    bl = [pl(ns, "booking-api", p, n, container="php-fpm") for p, n in zip(bp, [node, "rc-worker-4"])]
    sysd = jl(node, "systemd")
    ctd = jl(node, "containerd.service")
    kub = jl(node, "kubelet.service")
    cil = pl("kube-system", "cilium", "cilium-" + h(r), node, container="cilium-agent")
    evn = ev_alloy_labels("default")
    evl = ev_alloy_labels(ns)
    for i, t in enumerate(every(0.5, 150, 8.0, r, 1.0)):
        if t < 10 or t > 105:
            k = i % 2
        else:
            k = 1
        L(t, bl[k], f'[@ISO6OFF@] request.INFO: Matched route "api_availability". {{"route":"api_availability","route_parameters":{{"_route":"api_availability"}},"request_uri":"http://booking-api.bookings.svc/api/boats/availability?date=2026-06-10","method":"GET"}} []')
    L(8.7, ctd, 'time="@ISO9@" level=error msg="failed to handle container TaskExit event" error="failed to stop container: context deadline exceeded"')
    L(9.1, ctd, "fatal error: concurrent map read and map write")
    L(9.2, sysd, "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT", ev=True)
    L(9.21, sysd, "containerd.service: Failed with result 'exit-code'.")
    L(14.3, sysd, "containerd.service: Scheduled restart job, restart counter is at 1.")
    L(14.31, sysd, "Stopped containerd container runtime.")
    L(14.35, sysd, "Starting containerd container runtime...")
    L(14.6, ctd, 'time="@ISO9@" level=info msg="starting containerd" revision=9a8f2a7c8da5b2d7bd1b4cb2e1ef3f6b62c1b0d8 version=v1.7.18')
    L(15.2, ctd, 'time="@ISO9@" level=info msg="loading plugin \\"io.containerd.grpc.v1.cri\\"..." type=io.containerd.grpc.v1')
    L(15.4, ctd, 'time="@ISO9@" level=info msg="Start recovering state"')
    L(11.0, kub, klog("E", 2044, "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\"" filter="nil"'))
    L(19.8, kub, klog("I", 2044, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{w.iso(19.8)}","lastTransitionTime":"{w.iso(19.8)}","reason":"KubeletNotReady","message":"container runtime is down"}}'), ev=True)
    L(20.4, evn, ev_alloy(f"{node}.17f3c{hexid(r, 11)}", "Node", "NodeNotReady", "Normal", f"Node {node} status is now: NodeNotReady", host=node), ev=True)
    L(25.0, kub, klog("E", 2044, "kubelet.go:2361", '"Skipping pod synchronization" err="container runtime is down"'))
    L(55.0, kub, klog("E", 2044, "kubelet.go:2361", '"Skipping pod synchronization" err="container runtime is down"'))
    L(21.3, evl, ev_alloy(f"{bp[0]}.17f3c{hexid(r, 11)}", "Pod", "NodeNotReady", "Warning", "Node is not ready", source="node-controller"))
    L(62.5, cil, 'level=warning msg="Unable to contact container runtime, retrying" error="rpc error: code = Unavailable desc = connection error" subsys=cri')
    L(88.4, ctd, 'time="@ISO9@" level=info msg="serving..." address=/run/containerd/containerd.sock')
    L(88.5, ctd, 'time="@ISO9@" level=info msg="containerd successfully booted in 73.912311s"')
    L(88.6, sysd, "Started containerd container runtime.")
    L(92.1, kub, klog("I", 2044, "kubelet_node_status.go:724", f'"Recording event message for node" node="{node}" event="NodeReady"'))
    L(92.5, evn, ev_alloy(f"{node}.17f3d{hexid(r, 11)}", "Node", "NodeReady", "Normal", f"Node {node} status is now: NodeReady", host=node))
    L(95.0, cil, 'level=info msg="Restored endpoints" count=14 subsys=daemon')
    L(103.7, evl, ev_alloy(f"{bp[0]}.17f3d{hexid(r, 11)}", "Pod", "Unhealthy", "Warning", "Readiness probe failed: Get \"http://10.42.2.51:8080/healthz\": dial tcp 10.42.2.51:8080: connect: connection refused", host=node))
    L(104.9, kub, klog("I", 2044, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{bp[0]}" podUID="{pod_uid(ns, bp[0])}" containerName="php-fpm" probeResult="failure" output="Get \\"http://10.42.2.51:8080/healthz\\": dial tcp 10.42.2.51:8080: connect: connection refused"'))
    L(114.9, kub, klog("I", 2044, "kubelet.go:2477", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{ns}/{bp[0]}"'))
    exp = {
        "severity": "WARN",
        "root_cause_category": "node_failure",
        "component": node,
        "root_cause": "containerd on rc-worker-2 crashed (fatal error: concurrent map read and map write, exit status 2) and needed ~74s to recover state after systemd restarted it; kubelet reported 'container runtime is down' and the node was NotReady for about 70s.",
        "summary": "booking-api's pod on rc-worker-2 was taken out of the endpoints while the node was NotReady; traffic went to the replica on rc-worker-4 and everything recovered when containerd came back.",
        "action": "Optional: check containerd 1.7.18 for the known crash and upgrade; watch rc-worker-2 for repeats.",
    }
    return record("W04", w, "One booking-api pod dropped out of the endpoints around 03:12. What happened?",
                  {"namespace": ns, "app": "booking-api"}, exp, ["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- W05
def w05():
    w = Win("W05", "2026-05-05T14:00:00Z")
    r = w.rng
    L = w.add
    ns = "ledger"
    sp, _ = rs_pod(r, "sheet-ledger-sidekiq")
    sl = pl(ns, "sheet-ledger-sidekiq", sp, "sp-node-3", container="sidekiq")
    tids = [h(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25)]
    S = lambda tid, cls, jid, lvl, msg: f"@ISO3@ pid=1 tid={tid} class={cls} jid={jid} {lvl}: {msg}"
    L(0.2, sl, f"@ISO3@ pid=1 tid={tids[0]} INFO: Booted Rails 7.1.3 application in production environment")
    L(0.3, sl, f"@ISO3@ pid=1 tid={tids[0]} INFO: Running in ruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]")
    L(0.4, sl, f"@ISO3@ pid=1 tid={tids[0]} INFO: Sidekiq 7.2.2 connecting to Redis with options {{:size=>27, :pool_name=>\"internal\", :url=>\"redis://ledger-redis.ledger.svc:6379/0\"}}")
    L(0.5, sl, f"@ISO3@ pid=1 tid={tids[0]} INFO: sheet-ledger boot: sidekiq concurrency=25, ActiveRecord pool=10 (DB_POOL)", ev=True)
    L(0.6, sl, f"@ISO3@ pid=1 tid={tids[0]} INFO: Starting processing, hit Ctrl-C to stop")
    jobs = []
    for i, t in enumerate(every(2.0, 30, 3.0, r, 0.5)):
        jid = hexid(r, 24)
        tid = tids[i % 25]
        d = r.uniform(0.2, 0.6)
        L(t, sl, S(tid, "SheetCountJob", jid, "INFO", "start"))
        L(t + d, sl, S(tid, "SheetCountJob", jid, "INFO", f"done: {d:.3f} sec"))
    # end-of-shift burst
    L(31.0, sl, f"@ISO3@ pid=1 tid={tids[1]} class=ShiftCloseJob jid={hexid(r, 24)} INFO: enqueued 312 SheetReconcileJob for press line 2 (shift B)")
    first = True
    for k, t in enumerate(every(36, 95, 5.5, r, 0.8)):
        jid = hexid(r, 24)
        tid = tids[(k + 5) % 25]
        L(t - 5.01, sl, S(tid, "SheetReconcileJob", jid, "INFO", "start"))
        L(t, sl, S(tid, "SheetReconcileJob", jid, "WARN", "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.004 seconds); all pooled connections were in use"), ev=first)
        if first:
            L(t + 0.001, sl, S(tid, "SheetReconcileJob", jid, "WARN", "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll'"))
            first = False
        L(t + 0.002, sl, S(tid, "SheetReconcileJob", jid, "INFO", "fail: 5.006 sec"))
        if k % 3 == 1:
            jid2 = hexid(r, 24)
            L(t + 1.0, sl, S(tids[(k + 11) % 25], "SheetReconcileJob", jid2, "INFO", "start"))
            L(t + 1.9, sl, S(tids[(k + 11) % 25], "SheetReconcileJob", jid2, "INFO", "done: 0.900 sec"))
    L(97.0, sl, f"@ISO3@ pid=1 tid={tids[3]} INFO: queue default drained (312 processed, 14 retried)")
    for i, t in enumerate(every(100, 170, 10.0, r, 0.8)):
        jid = hexid(r, 24)
        tid = tids[(i + 7) % 25]
        d = r.uniform(0.4, 0.8)
        L(t, sl, S(tid, "SheetReconcileJob", jid, "INFO", "start"))
        L(t + d, sl, S(tid, "SheetReconcileJob", jid, "INFO", f"done: {d:.3f} sec (retry_count=1)"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "resource_exhausted",
        "component": "sheet-ledger-sidekiq",
        "root_cause": "sheet-ledger's Sidekiq runs 25 threads but its ActiveRecord connection pool holds only 10 connections; during the end-of-shift burst of 312 reconcile jobs threads waited >5s for a connection and failed with ConnectionTimeoutError.",
        "summary": "14 jobs failed and were retried by Sidekiq; the retries succeeded once the burst drained, so the ledger caught up within minutes.",
        "action": "Set DB_POOL to at least the Sidekiq concurrency (or lower concurrency); no data loss.",
    }
    return record("W05", w, "Sheet ledger jobs threw connection errors at shift close — do we need to act?",
                  {"namespace": ns, "app": "sheet-ledger-sidekiq"}, exp, [])


# --------------------------------------------------------------------------- W06
def w06():
    w = Win("W06", "2026-03-23T09:45:00Z")
    r = w.rng
    L = w.add
    ns = "glazes"
    gp, _ = rs_pod(r, "glaze-catalog")
    gl = pl(ns, "glaze-catalog", gp, "gw-node-2")
    old = rs_pod(r, "coredns", "7db6d8ff4d")[0]
    new = rs_pod(r, "coredns", "7db6d8ff4d")[0]
    cnew = pl("kube-system", "coredns", new, "gw-node-1", container="coredns")
    evk = ev_alloy_labels("kube-system")
    evn = ev_alloy_labels("default")
    for i, t in enumerate(every(0.5, 150, 5.0, r, 0.8)):
        if 9 < t < 38:
            if i % 2:
                L(t, gl, nest("error", "GlazeRepository", "query failed: getaddrinfo EAI_AGAIN glaze-db.glazes.svc.cluster.local"))
            else:
                L(t, gl, nest("warn", "PricingClient", "GET http://kiln-pricing.pricing.svc.cluster.local/v1/frit failed: getaddrinfo EAI_AGAIN kiln-pricing.pricing.svc.cluster.local, retrying"))
        else:
            L(t, gl, nest("log", "GlazeController", f"GET /glazes/{r.choice(['celadon', 'tenmoku', 'shino', 'ash-green'])} 200 {r.randrange(12, 70)}ms"))
    L(4.0, evn, ev_alloy(f"gw-node-4.17f2{hexid(r, 12)}", "Node", "NodeNotSchedulable", "Normal", "Node gw-node-4 status is now: NodeNotSchedulable", host="gw-node-4"))
    L(6.2, evk, ev_alloy(f"{old}.17f2{hexid(r, 12)}", "Pod", "Killing", "Normal", "Stopping container coredns", host="gw-node-4"), ev=True)
    L(6.4, evk, ev_alloy(f"coredns-7db6d8ff4d.17f2{hexid(r, 12)}", "ReplicaSet", "SuccessfulCreate", "Normal", f"Created pod: {new}", source="replicaset-controller"))
    L(6.5, evk, ev_alloy(f"{new}.17f2{hexid(r, 12)}", "Pod", "Scheduled", "Normal", f"Successfully assigned kube-system/{new} to gw-node-1", source="default-scheduler"))
    L(7.0, evk, ev_alloy(f"kube-dns.17f2{hexid(r, 12)}", "Service", "FailedToUpdateEndpoint", "Warning", "Failed to update endpoint kube-system/kube-dns: endpoints has no ready addresses", source="endpoint-controller"), ev=True)
    L(8.1, evk, ev_alloy(f"{new}.17f2{hexid(r, 12)}", "Pod", "Pulling", "Normal", 'Pulling image "registry.k8s.io/coredns/coredns:v1.11.1"', host="gw-node-1"))
    L(33.6, evk, ev_alloy(f"{new}.17f2{hexid(r, 12)}", "Pod", "Pulled", "Normal", 'Successfully pulled image "registry.k8s.io/coredns/coredns:v1.11.1" in 25.4s (25.4s including waiting). Image size: 18182961 bytes.', host="gw-node-1"))
    L(33.9, evk, ev_alloy(f"{new}.17f2{hexid(r, 12)}", "Pod", "Started", "Normal", "Started container coredns", host="gw-node-1"))
    L(34.2, cnew, ".:53")
    L(34.21, cnew, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
    L(34.22, cnew, "CoreDNS-1.11.1")
    L(34.23, cnew, "linux/amd64, go1.20.7, ae2bbc2")
    L(36.9, cnew, f'[INFO] 10.42.2.{r.randrange(10, 90)}:{r.randrange(30000, 60000)} - {r.randrange(1000, 65000)} "A IN glaze-db.glazes.svc.cluster.local. udp 62 false 512" NOERROR qr,aa,rd 116 0.000141s')
    L(120.0, evk, ev_alloy(f"coredns.17f2{hexid(r, 12)}", "Deployment", "ScalingReplicaSet", "Normal", "Scaled up replica set coredns-7db6d8ff4d to 2 from 1", source="deployment-controller"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "dns_resolution",
        "component": "coredns",
        "root_cause": "CoreDNS ran as a single replica; draining gw-node-4 evicted it and cluster DNS had no ready endpoint for ~28s while the replacement pulled its image, so lookups failed with EAI_AGAIN.",
        "summary": "glaze-catalog's DB and pricing lookups failed with getaddrinfo EAI_AGAIN between 09:45:09 and 09:45:37, then recovered when the new CoreDNS pod started; CoreDNS was later scaled back to 2.",
        "action": "Keep at least two CoreDNS replicas with a PodDisruptionBudget so node drains cannot take DNS away; nothing to do now.",
    }
    return record("W06", w, "glaze-catalog threw EAI_AGAIN errors for half a minute. What happened?",
                  {"namespace": ns, "app": "glaze-catalog"}, exp, ["outside-selector"])


# --------------------------------------------------------------------------- W07
def w07():
    w = Win("W07", "2026-05-30T08:20:00Z")
    r = w.rng
    L = w.add
    ns = "fixtures"
    fp = [rs_pod(r, "fixtures-web", "6f9c8d7b54")[0] for _ in range(2)]
    fl = [pl(ns, "fixtures-web", p, n) for p, n in zip(fp, ["rc-worker-1", "rc-worker-3"])]
    mcx = pl(ns, "fixtures-memcached", "fixtures-memcached-0", "rc-worker-2", container="memcached-exporter")
    evl = ev_alloy_labels(ns)
    for i, t in enumerate(every(0.5, 140, 4.0, r, 0.7)):
        k = i % 2
        rid = "F" + h(r, 19, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        path = r.choice(["/regattas/henley-2026/draw", "/regattas/henley-2026/fixtures", "/clubs/thames-rc/fixtures"])
        L(t, fl[k], phx("info", f"GET {path}", rid))
        if 15 < t < 52:
            L(t + 0.002, fl[k], phx("warning", "Memcache unavailable (econnrefused), serving fixtures from Postgres", rid))
            L(t + 0.004, fl[k], phx("info", f"Sent 200 in {r.randrange(280, 620)}ms", rid))
        else:
            L(t + 0.004, fl[k], phx("info", f"Sent 200 in {r.randrange(2, 9)}ms", rid))
    L(12.0, evl, ev_alloy(f"fixtures-memcached.17f6{hexid(r, 12)}", "StatefulSet", "SuccessfulDelete", "Normal", "delete Pod fixtures-memcached-0 in StatefulSet fixtures-memcached successful", source="statefulset-controller"), ev=True)
    L(12.1, evl, ev_alloy(f"fixtures-memcached-0.17f6{hexid(r, 12)}", "Pod", "Killing", "Normal", "Stopping container memcached", host="rc-worker-2"), ev=True)
    L(14.9, mcx, 'ts=@ISO3@ caller=main.go:145 level=error msg="Failed to collect stats from memcached" err="dial tcp 127.0.0.1:11211: connect: connection refused"', ev=True)
    L(16.2, fl[0], phx("error", "Memcache.Connection fixtures_cache#0 failed to connect: :econnrefused (10.43.88.17:11211)"))
    L(31.5, fl[1], phx("error", "Memcache.Connection fixtures_cache#1 failed to connect: :econnrefused (10.43.88.17:11211)"))
    L(29.9, mcx, 'ts=@ISO3@ caller=main.go:145 level=error msg="Failed to collect stats from memcached" err="dial tcp 127.0.0.1:11211: connect: connection refused"')
    L(44.0, evl, ev_alloy(f"fixtures-memcached.17f6{hexid(r, 12)}", "StatefulSet", "SuccessfulCreate", "Normal", "create Pod fixtures-memcached-0 in StatefulSet fixtures-memcached successful", source="statefulset-controller"))
    L(48.6, evl, ev_alloy(f"fixtures-memcached-0.17f6{hexid(r, 12)}", "Pod", "Started", "Normal", "Started container memcached", host="rc-worker-2"))
    L(50.9, fl[0], phx("info", "Memcache.Connection fixtures_cache#0 connected to 10.43.88.17:11211"))
    L(51.7, fl[1], phx("info", "Memcache.Connection fixtures_cache#1 connected to 10.43.88.17:11211"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "connection_refused",
        "component": "fixtures-memcached",
        "root_cause": "The fixtures-memcached StatefulSet replaced its only pod (fixtures-memcached-0) during a rolling update; for ~35s memcached refused connections on 11211.",
        "summary": "fixtures-web fell back to Postgres (econnrefused warnings, ~0.3-0.6s responses instead of a few ms) and reconnected when the new memcached pod started; pages were served throughout.",
        "action": "Optional: run two memcached replicas or roll them outside race-day hours; expect a cold cache for a while.",
    }
    return record("W07", w, "fixtures-web logged memcache econnrefused at 08:20 — is the regatta draw page at risk?",
                  {"namespace": ns, "app": "fixtures-web"}, exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- W08
def w08():
    w = Win("W08", "2026-02-12T08:00:00Z")
    r = w.rng
    L = w.add
    ns = "coating"
    rs = h(r, 10)
    old = [rs_pod(r, "gum-coater-sim", rs)[0] for _ in range(2)]
    new = [rs_pod(r, "gum-coater-sim", rs)[0] for _ in range(6)]
    gl = [pl(ns, "gum-coater-sim", p, n) for p, n in zip(old, ["sp-node-1", "sp-node-3"])]
    cal = pl("kube-system", "cluster-autoscaler", rs_pod(r, "cluster-autoscaler")[0], "sp-node-1")
    evl = ev_alloy_labels(ns)
    evn = ev_alloy_labels("default")
    for i, t in enumerate(every(0.5, 175, 8.0, r, 1.0)):
        k = i % 2
        L(t, gl[k], f"INFO:coater:simulated run R-{r.randrange(7000, 7999)} web=1.20m gum=dextrin coat_g_m2={r.uniform(6.5, 7.4):.2f} curl_index={r.uniform(0.1, 0.4):.2f} took={r.uniform(6.5, 11.0):.1f}s")
    L(2.0, evl, ev_alloy(f"gum-coater-sim.17f7{hexid(r, 12)}", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal", "New size: 8; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler"))
    msg = "0/5 nodes are available: 5 Insufficient cpu. preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod."
    for j, p in enumerate(new):
        L(2.5 + j * 0.05, evl, ev_alloy(f"{p}.17f7{hexid(r, 12)}", "Pod", "FailedScheduling", "Warning", msg, source="default-scheduler"), ev=(j == 0))
    L(11.2, cal, klog("I", 1, "klogx.go:87", f'Pod {ns}/{new[0]} is unschedulable'))
    L(11.3, cal, klog("I", 1, "orchestrator.go:565", "Final scale-up plan: [{sp-pool-general 5->7 (max: 10)}]"))
    L(11.4, cal, klog("I", 1, "executor.go:147", "Scale-up: setting group sp-pool-general size to 7"))
    L(11.9, evl, ev_alloy(f"{new[0]}.17f7{hexid(r, 12)}", "Pod", "TriggeredScaleUp", "Normal", "pod triggered scale-up: [{sp-pool-general 5->7 (max: 10)}]", source="cluster-autoscaler"), ev=True)
    for t in (40.0, 70.0, 100.0):
        L(t, evl, ev_alloy(f"{new[0]}.17f7{hexid(r, 12)}", "Pod", "FailedScheduling", "Warning", msg, source="default-scheduler", count=int(t / 30) + 1))
    L(112.5, evn, ev_alloy(f"sp-node-10.17f7{hexid(r, 12)}", "Node", "RegisteredNode", "Normal", "Node sp-node-10 event: Registered Node sp-node-10 in Controller", source="node-controller"))
    L(118.2, evn, ev_alloy(f"sp-node-11.17f7{hexid(r, 12)}", "Node", "RegisteredNode", "Normal", "Node sp-node-11 event: Registered Node sp-node-11 in Controller", source="node-controller"))
    L(131.0, evn, ev_alloy(f"sp-node-10.17f7{hexid(r, 12)}", "Node", "NodeReady", "Normal", "Node sp-node-10 status is now: NodeReady", host="sp-node-10"))
    for j, p in enumerate(new):
        nd = "sp-node-10" if j % 2 == 0 else "sp-node-11"
        t = 134.0 + j * 0.4 + (3 if nd == "sp-node-11" else 0)
        L(t, evl, ev_alloy(f"{p}.17f7{hexid(r, 12)}", "Pod", "Scheduled", "Normal", f"Successfully assigned {ns}/{p} to {nd}", source="default-scheduler"))
    for j, p in enumerate(new[:3]):
        nd = "sp-node-10" if j % 2 == 0 else "sp-node-11"
        L(150.0 + j * 2.2, pl(ns, "gum-coater-sim", p, nd), "INFO:coater:worker ready, pulling runs from queue coating-sim")
    L(165.0, cal, klog("I", 1, "static_autoscaler.go:589", "No unschedulable pods"))
    exp = {
        "severity": "WARN",
        "root_cause_category": "scheduling",
        "component": "gum-coater-sim",
        "root_cause": "The HPA scaled gum-coater-sim from 2 to 8 at shift start, but the five general nodes had no spare CPU, so six new pods stayed Pending (Insufficient cpu) for about 2 minutes until the cluster-autoscaler added two nodes.",
        "summary": "Simulation throughput lagged while the new pods were pending; after sp-node-10/11 joined all pods were scheduled and started.",
        "action": "Optional: keep some headroom (overprovisioning pods) or scale up ahead of the shift change.",
    }
    return record("W08", w, "Why were gum coater simulations slow at the start of the shift?",
                  {"namespace": ns, "app": "gum-coater-sim"}, exp, ["outside-selector"])


# --------------------------------------------------------------------------- W09
def w09():
    w = Win("W09", "2026-01-29T16:00:00Z")
    r = w.rng
    L = w.add
    ns = "kilns"
    kp, _ = rs_pod(r, "kiln-portal")
    kl = pl(ns, "kiln-portal", kp, "gw-node-3")
    kc = pl("identity", "keycloak", "keycloak-0", "gw-node-5")
    old_kid, new_kid = "r1Xq0" + h(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "Wk3fT" + h(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    users = ["m.ortega", "k.lindqvist", "p.nakamura", "a.okafor", "j.brennan"]
    K = lambda lvl, cat, thr, msg: f"@SPC@ {lvl:<5} [{cat}] ({thr}) {msg}"
    for i, t in enumerate(every(0.5, 22, 4.5, r, 0.6)):
        L(t, kl, zap("info", "http/middleware.go:64", "request", method="GET", path=f"/api/kilns/K{i % 4 + 1}/plan", status=200, user=users[i % 5], duration_ms=r.randrange(8, 40)))
    L(20.4, kc, K("INFO", "org.keycloak.keys.DefaultKeyManager", "executor-thread-7", f"Realm 'glassworks': new active RS256 key (kid={new_kid}) from provider rsa-generated-2026-01; key {old_kid} set to passive"), ev=True)
    L(20.5, kc, K("INFO", "org.keycloak.events", "executor-thread-7", 'type="ADMIN_EVENT", realmId="glassworks", operationType="CREATE", resourceType="COMPONENT", resourcePath="components/4f1c2a9e-3d7b-4d0c-9a55-1be2d3c0f7a1", authRealmId="master", authUserId="admin"'))
    first = True
    for i, t in enumerate(every(24, 200, 11.0, r, 0.9)):
        u = users[i % 5]
        if t < 205:
            L(t - 0.3, kc, K("INFO", "org.keycloak.events", f"executor-thread-{r.randrange(1, 16)}", f'type="REFRESH_TOKEN", realmId="glassworks", clientId="kiln-portal", userId="{uuid(r)}", ipAddress="10.42.0.{r.randrange(2, 60)}", token_id="{uuid(r)}"'))
            L(t, kl, zap("warn", "auth/jwt.go:118", "jwt verification failed", path=f"/api/kilns/K{i % 4 + 1}/plan", user_hint=u, error=f'token is unverifiable: error while executing keyfunc: kid "{new_kid}" not found in cached JWKS (fetched {w.iso(206 - 900)})'), ev=first)
            first = False
            L(t + 0.001, kl, zap("info", "http/middleware.go:64", "request", method="GET", path=f"/api/kilns/K{i % 4 + 1}/plan", status=401, duration_ms=0))
    L(206.0, kl, zap("info", "auth/jwks.go:77", "JWKS cache refreshed", url="https://sso.glassworks.internal/realms/glassworks/protocol/openid-connect/certs", keys=2, next_refresh=w.iso(206 + 900)))
    for i, t in enumerate(every(208, 260, 5.5, r, 0.8)):
        L(t, kl, zap("info", "http/middleware.go:64", "request", method="GET", path=f"/api/kilns/K{i % 4 + 1}/plan", status=200, user=users[i % 5], duration_ms=r.randrange(8, 40)))
    exp = {
        "severity": "WARN",
        "root_cause_category": "auth_failure",
        "component": "kiln-portal",
        "root_cause": "Keycloak rotated the glassworks realm's signing key; kiln-portal only refreshes its cached JWKS every 15 minutes and does not refetch on an unknown kid, so tokens signed with the new key were rejected with 401 for about 3 minutes.",
        "summary": "Kiln operators got 401s on the portal between 16:00:24 and 16:03:26; once kiln-portal refreshed its JWKS cache requests succeeded again.",
        "action": "Make kiln-portal refetch the JWKS when it sees an unknown kid (rate-limited) and shorten the cache TTL; nothing to do now.",
    }
    return record("W09", w, "Kiln operators were getting 401s on the kiln portal this afternoon. Why?",
                  {"namespace": ns, "app": "kiln-portal"}, exp, ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- W10
def w10():
    w = Win("W10", "2026-04-04T06:10:00Z")
    r = w.rng
    L = w.add
    ns = "boathouse"
    old_rs, new_rs = h(r, 10), h(r, 10)
    op, _ = rs_pod(r, "boathouse-cams", old_rs)
    np_, _ = rs_pod(r, "boathouse-cams", new_rs)
    ol = pl(ns, "boathouse-cams", op, "rc-worker-1", container="frigate")
    nl = pl(ns, "boathouse-cams", np_, "rc-worker-3", container="frigate")
    ctd = jl("rc-worker-3", "containerd.service")
    kub = jl("rc-worker-3", "kubelet.service")
    hc = pl("harbor", "harbor-core", rs_pod(r, "harbor-core")[0], "rc-worker-4", container="core")
    evl = ev_alloy_labels(ns)
    img = "harbor.rowing.internal/dockerhub-proxy/blakeblackshear/frigate:0.14.1"
    blob = "sha256:" + hexid(r, 64)
    for i, t in enumerate(every(0.5, 160, 9.0, r, 1.0)):
        L(t, ol, f"@SP@ [INFO ] frigate.video : slipway: {r.uniform(4.8, 5.1):.1f} fps, detection {r.uniform(8, 14):.1f} ms")
    L(1.0, evl, ev_alloy(f"boathouse-cams.17f8{hexid(r, 12)}", "Deployment", "ScalingReplicaSet", "Normal", f"Scaled up replica set boathouse-cams-{new_rs} to 1", source="deployment-controller"))
    L(1.2, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Scheduled", "Normal", f"Successfully assigned {ns}/{np_} to rc-worker-3", source="default-scheduler"))
    L(1.9, ctd, f'time="@ISO9@" level=info msg="PullImage \\"{img}\\""')
    L(2.0, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Pulling", "Normal", f'Pulling image "{img}"', host="rc-worker-3"))
    L(31.8, hc, f"@ISOS@ [WARNING] [/controller/proxy/controller.go:204]: failed to fetch blob {blob} of blakeblackshear/frigate from upstream, error: context deadline exceeded (Client.Timeout exceeded while awaiting headers)", ev=True)
    err = (f'failed to pull and unpack image \\"{img}\\": failed to copy: httpReadSeeker: failed open: failed to do request: '
           f'Get \\"https://harbor.rowing.internal/v2/dockerhub-proxy/blakeblackshear/frigate/blobs/{blob}\\": net/http: TLS handshake timeout')
    L(32.0, ctd, f'time="@ISO9@" level=error msg="PullImage \\"{img}\\" failed" error="{err}"', ev=True)
    L(32.2, kub, klog("E", 1711, "log.go:32", f'"PullImage from image service failed" err="rpc error: code = Unknown desc = {err}" image="{img}"'))
    L(32.3, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Failed", "Warning", f'Failed to pull image "{img}": ' + err.replace('\\"', '"'), host="rc-worker-3"), ev=True)
    L(32.4, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Failed", "Warning", "Error: ErrImagePull", host="rc-worker-3"))
    L(33.0, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "BackOff", "Normal", f'Back-off pulling image "{img}"', host="rc-worker-3"))
    L(33.1, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Failed", "Warning", "Error: ImagePullBackOff", host="rc-worker-3"))
    L(46.5, ctd, f'time="@ISO9@" level=info msg="PullImage \\"{img}\\""')
    L(46.6, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Pulling", "Normal", f'Pulling image "{img}"', host="rc-worker-3", count=2))
    L(104.2, ctd, f'time="@ISO9@" level=info msg="ImageCreate event name:\\"{img}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"')
    L(104.3, ctd, f'time="@ISO9@" level=info msg="PullImage \\"{img}\\" returns image reference \\"sha256:{hexid(r, 64)}\\""')
    L(104.5, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Pulled", "Normal", f'Successfully pulled image "{img}" in 57.8s (57.8s including waiting). Image size: 1093412870 bytes.', host="rc-worker-3"))
    L(105.4, evl, ev_alloy(f"{np_}.17f8{hexid(r, 12)}", "Pod", "Started", "Normal", "Started container frigate", host="rc-worker-3"))
    L(108.0, nl, "@SP@ [INFO ] frigate.app : Starting Frigate (0.14.1-f4f3cfa)")
    L(121.0, nl, f"@SP@ [INFO ] frigate.video : slipway: 5.0 fps, detection 9.8 ms")
    L(126.0, evl, ev_alloy(f"boathouse-cams.17f8{hexid(r, 12)}", "Deployment", "ScalingReplicaSet", "Normal", f"Scaled down replica set boathouse-cams-{old_rs} to 0 from 1", source="deployment-controller"))
    L(127.0, ol, "@SP@ [INFO ] frigate.app : Stopping...")
    exp = {
        "severity": "WARN",
        "root_cause_category": "image_pull",
        "component": "boathouse-cams",
        "root_cause": "The first pull of frigate:0.14.1 through Harbor's Docker Hub proxy cache failed: Harbor timed out fetching a large blob from upstream and containerd's request timed out, so the new boathouse-cams pod went into ErrImagePull/ImagePullBackOff.",
        "summary": "The retry after back-off pulled the 1.1GB image in 58s and the new pod started; the old pod kept recording until the rollout finished, so the rollout was only delayed by ~2 minutes.",
        "action": "Optional: pre-pull/warm the proxy cache for large images before rollouts.",
    }
    return record("W10", w, "The boathouse-cams rollout showed ImagePullBackOff. Is it stuck?",
                  {"namespace": ns, "app": "boathouse-cams"}, exp, ["outside-selector"])


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]


def build():
    return [f() for f in RECORDS]
