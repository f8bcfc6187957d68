"""dev61 part 2: w11-w13 (planetarium), w14-w20 (Moerkerke Chocolaterie)."""
from common import *

KPD = "planetarium"
MKD = "chocolate-factory"


# ------------------------------------------------------------------ w11 WARN timeout
def w11():
    r = Rec("w11", "2026-03-01T20:06:00Z")
    exh = KP.exh
    url = "https://services.swpc.noaa.gov/products/noaa-planetary-k-index.json"
    secs = [12.0, 72.0, 132.0, 192.0, 252.0, 312.0, 372.0]
    for i, sec in enumerate(secs):
        r.add(sec, exh.L, pino("info", exh.pod, "refreshing aurora feed", url=url, timeoutMs=5000))
        if i < 6:
            r.add(sec + 5.0, exh.L, pino("warn", exh.pod, "aurora feed fetch failed; serving cached Kp index", url=url,
                                         err={"type": "DOMException", "message": "The operation was aborted due to timeout", "name": "TimeoutError", "code": 23},
                                         cacheAgeS=1260 + 60 * i), ev=(i < 3))
        else:
            r.add(sec + 3.84, exh.L, pino("info", exh.pod, "aurora feed refreshed", url=url, status=200, durationMs=3841, kp=4.33))
    r.add(253.0, exh.L, pino("warn", exh.pod, "aurora feed stale beyond soft TTL (1500s); widget shows 'last updated 25 min ago'", cacheAgeS=1500))
    for sec in (20.0, 80.5, 140.2, 200.9, 260.3, 320.7, 381.1):
        k = pick(r.rng, KP.KIOSKS)
        r.add(sec, exh.L, pino("info", exh.pod, "request completed", req={"method": "GET", "url": "/api/sky/aurora"}, res={"statusCode": 200}, responseTime=r.rng.randint(1, 4)))
        r.add(sec + 0.002, KP.kiosk.L, nginx_access(k, "GET /api/sky/aurora HTTP/1.1", 200, 1811, "Mozilla/5.0 (X11; Linux aarch64) KioskBrowser/3.2"))
    # other outbound calls from the same pod/cluster are fine
    r.add(100.0, KP.star.L, slog("INFO", "ephemeris refreshed", "source=https://skydata.kp.lan/api/v2 dur=38ms"))
    r.add(101.0, KP.pay.L, spring("INFO", "payment-bridge", "scheduling-1", "c.k.payment.PaylaneHealth", "Paylane gateway reachable (DNS 1 ms, TLS 58 ms)"))
    r.noise(KP_NOISE, 0, 390, 30, exclude=("exh", "kiosk"))
    return r.build(
        source="synthetic:external_api_timeout",
        question="exhibit-api keeps warning about the aurora feed during the evening opening. Is exhibit-api broken?",
        selector={"namespace": "exhibits", "app": "exhibit-api"}, severity="WARN", category="timeout", component="services.swpc.noaa.gov",
        root_cause="The external NOAA SWPC endpoint services.swpc.noaa.gov answered too slowly for about six minutes. exhibit-api's 5 s fetch of noaa-planetary-k-index.json was aborted with TimeoutError on each refresh, so it served the cached Kp index. exhibit-api itself kept answering kiosks with 200, other outbound calls were fast, and the feed recovered at 20:12 (3.8 s response).",
        summary="A slow external data source. The aurora widget showed data up to 25 minutes old while the NOAA API timed out, then refreshed by itself.",
        action="No immediate action. Optionally lengthen the soft TTL or add a secondary aurora data source, and alert only if the cache age exceeds about an hour.",
        tags=tags(KPD, ["nodejs", "pino", "nginx"], ["external-host", "dependency-by-url", "transient", "loud-victim"]))


# ------------------------------------------------------------------ w12 ERROR image_pull
def w12():
    r = Rec("w12", "2026-03-03T08:19:30Z")
    newp = KP.box.with_(pod="box-office-api-7a4c2e9d81-hv5sx", node="kp-wrk-02", ip="10.42.2.66")
    uid = uuid4(r.rng)
    E = EVT("ticketing")
    img = "harbor.kp.lan/ticketing/box-office-api:4.12.0"
    tokurl = "https://harbor.kp.lan/service/token?scope=repository%3Aticketing%2Fbox-office-api%3Apull&service=harbor-registry"
    perr = ('failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: '
            'unexpected status from GET request to %s: 401 Unauthorized') % (img, img, tokurl)
    r.add(1.0, KP.fleet.L, logrus("info", "deploying bundle", "bundleDeployment=cluster-fleet-default-kp-prod-3e2b1/ticketing-box-office-api commit=d3a9f4e1 helmRelease=box-office-api"))
    r.add(2.0, E, event("Normal", "ScalingReplicaSet", "deployment/box-office-api", "Scaled up replica set box-office-api-7a4c2e9d81 to 1"))
    r.add(2.2, E, event("Normal", "Scheduled", "pod/" + newp.pod, "Successfully assigned ticketing/%s to kp-wrk-02" % newp.pod))
    harbor = W("harbor", "harbor-core-6d9b8c7f5-pq4tz", "core", "kp-wrk-03", "harbor")
    for i, sec in enumerate([3.0, 19.5, 47.0, 101.0, 207.0]):
        r.add(sec, kp_containerd("kp-wrk-02"), containerd("info", 'PullImage "%s"' % img))
        r.add(sec + 0.12, harbor.L, raw('%sZ [ERROR] [/server/middleware/security/robot.go:71][requestID="%s"]: the robot account is expired, name: robot$ticketing+fleet-pull, expires_at: 2026-03-02 23:59:59' % (r.at(sec + 0.12).strftime("%Y-%m-%dT%H:%M:%S"), uuid4(r.rng))), ev=(i == 0))
        r.add(sec + 0.14, harbor.L, raw('%sZ [WARNING] [/core/service/token/token.go:92][requestID="%s"]: failed to get token: unauthorized' % (r.at(sec + 0.14).strftime("%Y-%m-%dT%H:%M:%S"), uuid4(r.rng))))
        r.add(sec + 0.15, kp_containerd("kp-wrk-02"), containerd("error", 'PullImage "%s" failed' % img, error=perr), ev=(i == 0))
        if i == 0:
            r.add(sec + 0.16, kp_kubelet("kp-wrk-02"), klog("E", 2291, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"box-office-api\\" with ErrImagePull: \\"%s\\"" pod="ticketing/%s" podUID="%s"' % (q(q(perr)), newp.pod, uid)))
            r.add(sec + 0.17, E, event("Warning", "Failed", "pod/" + newp.pod, 'Failed to pull image "%s": %s' % (img, perr)), ev=True)
            r.add(sec + 0.18, E, event("Warning", "Failed", "pod/" + newp.pod, "Error: ErrImagePull"))
        else:
            r.add(sec + 0.16, kp_kubelet("kp-wrk-02"), klog("E", 2291, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"box-office-api\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="ticketing/%s" podUID="%s"' % (img, newp.pod, uid)))
            r.add(sec + 0.17, E, event("Normal", "BackOff", "pod/" + newp.pod, 'Back-off pulling image "%s"' % img))
            r.add(sec + 0.18, E, event("Warning", "Failed", "pod/" + newp.pod, "Error: ImagePullBackOff"))
    # a different namespace pulls from the same Harbor with its own robot account
    r.add(60.0, kp_containerd("kp-wrk-03"), containerd("info", 'PullImage "harbor.kp.lan/exhibits/kiosk-web:1.9.2"'))
    r.add(61.8, kp_containerd("kp-wrk-03"), containerd("info", 'Pulled image "harbor.kp.lan/exhibits/kiosk-web:1.9.2" with image id "sha256:%s", repo tag "harbor.kp.lan/exhibits/kiosk-web:1.9.2", repo digest "harbor.kp.lan/exhibits/kiosk-web@sha256:%s", size "18734112" in 1.79s' % (hexid(r.rng, 64), hexid(r.rng, 64))))
    r.add(150.0, KP.fleet.L, logrus("info", "bundle not ready", "bundle=ticketing-box-office-api state=NotReady message=\"deployment.apps ticketing/box-office-api modified: unavailable replicas 1\""))
    r.noise(KP_NOISE, 0, 215, 26)
    return r.build(
        source="synthetic:registry_robot_account_expired",
        question="The box-office-api 4.12.0 rollout started by Fleet at 08:20 is stuck. Why?",
        selector=None, severity="ERROR", category="image_pull", component="box-office-api",
        root_cause="The new box-office-api pod cannot pull harbor.kp.lan/ticketing/box-office-api:4.12.0. Harbor's token service answers 401 Unauthorized because the robot account in the ticketing pull secret (robot$ticketing+fleet-pull) expired at midnight. Pulls from other namespaces that use their own robot accounts still work, and the old box-office-api replicas keep serving.",
        summary="A registry-auth image pull failure: ErrImagePull and then ImagePullBackOff for the new ReplicaSet. The rollout stalls and the Fleet bundle is NotReady.",
        action="Renew or recreate the Harbor robot account for the ticketing project (with a longer expiry or an alert before it), update the imagePullSecret, and delete the stuck pod or let the back-off retry.",
        tags=tags(KPD, ["containerd", "kubelet", "harbor", "rancher-fleet", "kubernetes-events"], ["registry-auth", "credential-expiry"]))


# ------------------------------------------------------------------ w13 CRITICAL oom_killed
def w13():
    r = Rec("w13", "2026-03-08T16:48:00Z")
    b1 = KP.bus1
    uid = uuid4(r.rng)
    N = "kp-wrk-03"
    r.add(0.5, b1.L, rabbit("info", 130, "Starting RabbitMQ 3.12.13 on Erlang 26.2.1 [jit]"))
    r.add(1.1, b1.L, rabbit("info", 130, "Memory high watermark set to 26214 MiB (27487790694 bytes) of 65536 MiB (68719476736 bytes) total"), ev=True)
    r.add(1.2, b1.L, rabbit("info", 130, "Enabling free disk space monitoring (disk free space: 41823313920, total memory: 68719476736)"))
    r.add(13.4, b1.L, rabbit("info", 130, " Server startup complete; 5 plugins started."))
    r.add(20.0, b1.L, rabbit("info", 1533, "queue 'dome.telemetry' in vhost 'shows': leader -> leader in term: 22 machine version: 3"))
    r.add(31.0, b1.L, rabbit("info", 1533, "queue 'dome.telemetry' in vhost 'shows': recovering 1184302 messages from the log"))
    r.add(47.9, KERN(N), raw("beam.smp invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=-997"))
    r.add(47.9, KERN(N), raw("memory: usage 1048576kB, limit 1048576kB, failcnt 8812"))
    r.add(47.91, KERN(N), raw("Memory cgroup out of memory: Killed process 21877 (beam.smp) total-vm:3251880kB, anon-rss:1043112kB, file-rss:5120kB, shmem-rss:0kB, UID:999 pgtables:2604kB oom_score_adj:-997"), ev=True)
    r.add(48.0, EVT("default"), event("Warning", "OOMKilling", "node/" + N, "Memory cgroup out of memory: Killed process 21877 (beam.smp) total-vm:3251880kB, anon-rss:1043112kB, file-rss:5120kB, shmem-rss:0kB, UID:999 pgtables:2604kB oom_score_adj:-997"), ev=True)
    r.add(48.6, kp_kubelet(N), kl_pleg(2291, b1, uid, "ContainerDied", hexid(r.rng, 64)))
    r.add(49.0, kp_kubelet(N), kl_crashloop(2291, b1, uid, "1m20s"))
    r.add(49.1, EVT("messaging"), event("Warning", "BackOff", "pod/show-bus-1", "Back-off restarting failed container rabbitmq in pod show-bus-1_messaging(%s)" % uid))
    # peers
    r.add(48.2, KP.bus0.L, rabbit("info", 488, "node 'rabbit@show-bus-1.show-bus-nodes.messaging' down: connection_closed"))
    r.add(48.4, KP.bus2.L, rabbit("info", 488, "node 'rabbit@show-bus-1.show-bus-nodes.messaging' down: connection_closed"))
    r.add(50.2, KP.bus0.L, rabbit("info", 1533, "queue 'dome.telemetry' in vhost 'shows': leader -> leader in term: 23 machine version: 3"))
    r.add(71.0, KP.bus0.L, rabbit("info", 1533, "queue 'dome.telemetry' in vhost 'shows': recovering 1184302 messages from the log"))
    r.add(93.5, KERN("kp-wrk-02"), raw("Memory cgroup out of memory: Killed process 19022 (beam.smp) total-vm:3188204kB, anon-rss:1041876kB, file-rss:4992kB, shmem-rss:0kB, UID:999 pgtables:2588kB oom_score_adj:-997"), ev=True)
    r.add(93.6, EVT("default"), event("Warning", "OOMKilling", "node/kp-wrk-02", "Memory cgroup out of memory: Killed process 19022 (beam.smp) total-vm:3188204kB, anon-rss:1041876kB, file-rss:4992kB, shmem-rss:0kB, UID:999 pgtables:2588kB oom_score_adj:-997"))
    r.add(94.0, KP.bus2.L, rabbit("warning", 1533, "queue 'dome.telemetry' in vhost 'shows': no leader available, members: ['rabbit@show-bus-0.show-bus-nodes.messaging','rabbit@show-bus-1.show-bus-nodes.messaging','rabbit@show-bus-2.show-bus-nodes.messaging']"))
    r.add(95.0, EVT("messaging"), event("Warning", "BackOff", "pod/show-bus-0", "Back-off restarting failed container rabbitmq in pod show-bus-0_messaging(%s)" % uuid4(r.rng)))
    # loud clients in other namespaces
    sched, proj = KP.sched, KP.proj
    for i, sec in enumerate([52.0, 56.1, 64.3, 80.6, 97.0, 113.4, 129.8]):
        r.add(sec, sched.L, celery("ERROR", "MainProcess", "consumer: Cannot connect to amqp://shows:**@show-bus.messaging.svc:5672/shows: [Errno 111] Connection refused.\nTrying again in %d.00 seconds... (%d/100)" % (min(2 * (i + 1), 12), i + 1)))
    for sec in (53.5, 77.2, 101.9, 126.4):
        r.add(sec, proj.L, slog("ERROR", "amqp dial failed", 'broker=show-bus.messaging.svc:5672 err="dial tcp 10.43.19.201:5672: connect: connection refused"'))
    r.add(104.0, proj.L, slog("WARN", "no cue messages for 60s; running show on local timeline only", "show=\"Journey to Saturn\""))
    r.add(131.0, KP.sched.L, celery("WARNING", "MainProcess", "cue sheet for 17:00 'Journey to Saturn' not delivered to dome: broker unavailable"))
    r.add(140.0, kp_kubelet(N), kl_crashloop(2291, b1, uid, "2m40s"))
    r.noise(KP_NOISE, 0, 145, 20, exclude=("sched", "proj"))
    return r.build(
        source="synthetic:rabbitmq_oom_loop",
        question="show-scheduler cannot connect to the broker and cues are not reaching the dome. Is show-scheduler misconfigured?",
        selector=None, severity="CRITICAL", category="oom_killed", component="show-bus",
        root_cause="The show-bus RabbitMQ pods (namespace messaging) are OOMKilled in a loop. RabbitMQ sizes its memory high watermark from host memory (26 GiB of 64 GiB) instead of the container's 1 GiB limit, so it never applies flow control. Recovering the 1.18 M-message dome.telemetry quorum queue pushes beam.smp past the cgroup limit, and the kernel kills it on kp-wrk-03 and then kp-wrk-02. show-scheduler and projector-control only see 'Connection refused' to show-bus.messaging.svc:5672.",
        summary="The message broker in another namespace is crash-looping on memory. Its clients report connection refused, but their configuration is correct.",
        action="Set total_memory_available_override_value (or vm_memory_high_watermark.absolute) below the container limit and/or raise the show-bus memory limit. Purge or trim the dome.telemetry backlog and set a max-length or TTL on that queue, then watch show-bus recover quorum.",
        tags=tags(KPD, ["rabbitmq", "linux-kernel", "kubelet", "celery", "go"], ["loud-victim", "cross-namespace", "name-differs-from-product", "dependency-by-ip"]))


# ================================================================== chocolate factory
# ------------------------------------------------------------------ w14 INFO
def w14():
    r = Rec("w14", "2026-02-09T05:30:00Z")
    E = EVT("recipes")
    old1, old2 = MK.rapi, MK.rapi2
    n1 = MK.rapi.with_(pod="recipe-api-6c8e1f9a7-b7rkd", ip="10.42.1.41")
    n2 = MK.rapi.with_(pod="recipe-api-6c8e1f9a7-w2xpn", node="mk-srv-03", ip="10.42.2.58")
    r.add(0.8, MK.flux_s.L, jlog(level="info", ts="@T", msg="stored artifact for commit 'recipe-api: bump to 3.8.3 (allergen label fix)'", controller="gitrepository", controllerGroup="source.toolkit.fluxcd.io",
                                  controllerKind="GitRepository", GitRepository={"name": "factory-platform", "namespace": "flux-system"}, reconcileID=uuid4(r.rng)))
    r.add(3.1, MK.flux_k.L, jlog(level="info", ts="@T", msg="server-side apply completed", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
                                  Kustomization={"name": "recipes", "namespace": "flux-system"}, revision="main@sha1:7e2d41b9c0a8f3e6d5b4c3a2918f7e6d5c4b3a29",
                                  output={"Deployment/recipes/recipe-api": "configured", "Service/recipes/recipe-api": "unchanged", "ConfigMap/recipes/recipe-api-settings": "unchanged"}))
    r.add(3.5, E, event("Normal", "ScalingReplicaSet", "deployment/recipe-api", "Scaled up replica set recipe-api-6c8e1f9a7 to 1"))
    steps = [(n1, 4.0, old1), (n2, 34.0, old2)]
    for (nw, t, old) in steps:
        uid = uuid4(r.rng)
        r.add(t, E, event("Normal", "Pulling", "pod/" + nw.pod, 'Pulling image "registry.gitlab.mk.corp/factory/recipe-api:3.8.3"'))
        r.add(t + 2.7, E, event("Normal", "Pulled", "pod/" + nw.pod, 'Successfully pulled image "registry.gitlab.mk.corp/factory/recipe-api:3.8.3" in 2.61s (2.61s including waiting)'))
        r.add(t + 2.9, E, event("Normal", "Started", "pod/" + nw.pod, "Started container recipe-api"))
        r.add(t + 4.2, mk_agent(nw.node), kl_probe(1187, "Readiness", nw, uid, 'Get "http://%s:8080/health/ready": dial tcp %s:8080: connect: connection refused' % (nw.ip, nw.ip)))
        r.add(t + 4.3, E, event("Warning", "Unhealthy", "pod/" + nw.pod, 'Readiness probe failed: Get "http://%s:8080/health/ready": dial tcp %s:8080: connect: connection refused' % (nw.ip, nw.ip)))
        r.add(t + 5.9, nw.L, dotnet("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
        r.add(t + 5.9, nw.L, dotnet("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."))
        r.add(t + 5.9, nw.L, dotnet("info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production"))
        r.add(t + 6.4, nw.L, dotnet("info", "Recipes.Api.Startup.MigrationCheck", 0, "Database schema is up to date (migration 20260121_AllergenLabels)"))
        r.add(t + 14.5, E, event("Normal", "ScalingReplicaSet", "deployment/recipe-api", "Scaled down replica set recipe-api-5b7d9c8f6 to %d from %d" % (1 if old is old1 else 0, 2 if old is old1 else 1)))
        r.add(t + 14.6, E, event("Normal", "Killing", "pod/" + old.pod, "Stopping container recipe-api"))
        r.add(t + 14.7, mk_agent(old.node), kl_kill(1187, old, uuid4(r.rng), hexid(r.rng, 64), grace=30))
        r.add(t + 14.8, old.L, dotnet("info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down..."))
        r.add(t + 15.3, mk_agent(old.node), kl_pleg(1187, old, uuid4(r.rng), "ContainerDied", hexid(r.rng, 64)))
    r.add(50.0, MK.flux_k.L, jlog(level="info", ts="@T", msg="Reconciliation finished in 46.2s, next run in 10m0s", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io",
                                   controllerKind="Kustomization", Kustomization={"name": "recipes", "namespace": "flux-system"}, revision="main@sha1:7e2d41b9c0a8f3e6d5b4c3a2918f7e6d5c4b3a29"))
    for sec in (22.0, 41.0, 55.0, 63.0):
        w = n1 if sec < 40 else pick(r.rng, [n1, n2])
        r.add(sec, w.L, dotnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://recipe-api.recipes.svc/api/recipes/1042 - 200 1904 application/json;+charset=utf-8 %.4fms" % r.rng.uniform(4, 20)))
    r.noise(MK_NOISE, 0, 70, 26, exclude=("rapi",))
    return r.build(
        source="synthetic:flux_rolling_update",
        question="recipe-api pods were killed and a readiness probe failed at 05:30. Did recipe-api crash?",
        selector={"namespace": "recipes", "app": "recipe-api"}, severity="INFO", category="none", component=None,
        root_cause="No fault. Flux applied the 'bump to 3.8.3' commit and the Deployment rolled pod by pod. The readiness failures are the new containers being probed before Kestrel started listening, and 'Killing' / 'Application is shutting down' are the old pods being retired gracefully.",
        summary="A routine GitOps rolling update of recipe-api to 3.8.3. Both new pods became ready, the old ReplicaSet was scaled to 0, and requests kept returning 200.",
        action="Nothing to do. Optionally add a startupProbe so the first readiness probe doesn't fire before the app listens.",
        tags=tags(MKD, ["flux", "dotnet", "kubelet", "k3s", "kubernetes-events"], ["alarming-but-routine", "rollout"]))


# ------------------------------------------------------------------ w15 INFO
def w15():
    r = Rec("w15", "2026-02-11T04:10:00Z")
    v0, v1, v2 = MK.rv0, MK.rv1, MK.rv2
    E = EVT("recipes")
    gid = "3c7b1e2a-5d4f-11ef-9a0b-8e2f6c1d7a45"
    uid = uuid4(r.rng)
    r.add(0.5, E, event("Normal", "Killing", "pod/recipe-vault-1", "Stopping container mariadb-galera"))
    r.add(0.7, v1.L, mariadb(0, "Note", "/opt/bitnami/mariadb/sbin/mariadbd (initiated by: unknown): Normal shutdown"))
    r.add(0.8, v1.L, mariadb(0, "Note", "WSREP: Shutdown replication"))
    r.add(0.9, v1.L, mariadb(0, "Note", "WSREP: Server status change synced -> disconnecting"))
    r.add(1.5, v1.L, mariadb(0, "Note", "WSREP: Closing send monitor..."))
    r.add(2.6, v1.L, mariadb(0, "Note", "/opt/bitnami/mariadb/sbin/mariadbd: Shutdown complete"))
    for v in (v0, v2):
        r.add(3.0 + (0.1 if v is v2 else 0), v.L, mariadb(0, "Note", "WSREP: forgetting 8a1f2c3d-5e6f (tcp://10.42.1.29:4567)"))
        r.add(3.2 + (0.1 if v is v2 else 0), v.L, mariadb(0, "Note", "WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = %d, memb_num = 2" % (0 if v is v0 else 1)))
    r.add(3.4, MK.allerg.L, pylog("WARNING", "allergen_check.db", "Lost connection to MySQL server during query (2013); reconnecting to recipe-db.recipes.svc:3306 (attempt 1/5)"))
    r.add(3.9, MK.allerg.L, pylog("INFO", "allergen_check.db", "reconnected to recipe-db.recipes.svc:3306 (recipe-vault-0)"))
    r.add(9.0, E, event("Normal", "Started", "pod/recipe-vault-1", "Started container mariadb-galera"))
    r.add(10.1, v1.L, mariadb(0, "Note", "WSREP: Loading provider /opt/bitnami/mariadb/lib/libgalera_smm.so initial position: %s:1843221" % gid))
    r.add(12.3, v1.L, mariadb(0, "Note", "WSREP: State transfer required: \n\tGroup state: %s:1843390\n\tLocal state: %s:1843221" % (gid, gid)))
    r.add(12.4, v1.L, mariadb(0, "Note", "WSREP: Server status change connected -> joiner"))
    r.add(12.6, v1.L, mariadb(0, "Note", "WSREP: Prepared IST receiver for 1843222-1843390, listening at: tcp://10.42.1.29:4568"))
    r.add(12.8, v0.L, mariadb(0, "Note", "WSREP: Member 1.0 (recipe-vault-1) requested state transfer from '*any*'. Selected 0.0 (recipe-vault-0)(SYNCED) as donor."))
    r.add(12.9, v0.L, mariadb(0, "Note", "WSREP: Shifting SYNCED -> DONOR/DESYNCED (TO: 1843391)"))
    r.add(13.0, v0.L, mariadb(19, "Note", "WSREP: async IST sender starting to serve tcp://10.42.1.29:4568 sending 1843222-1843390, preload starts from 1843222"))
    r.add(14.2, mk_agent("mk-srv-02"), kl_probe(1187, "Readiness", v1, uid, "mariadb: wsrep_local_state_comment is 'Joiner', expected 'Synced'", src="prober.go:104"))
    r.add(14.3, E, event("Warning", "Unhealthy", "pod/recipe-vault-1", "Readiness probe failed: mariadb: wsrep_local_state_comment is 'Joiner', expected 'Synced'"))
    r.add(15.7, v1.L, mariadb(0, "Note", "WSREP: Receiving IST: 169 writesets, seqnos 1843222-1843390"))
    r.add(16.9, v1.L, mariadb(0, "Note", "WSREP: IST received: %s:1843390" % gid))
    r.add(17.0, v0.L, mariadb(0, "Note", "WSREP: 0.0 (recipe-vault-0): State transfer to 1.0 (recipe-vault-1) complete."))
    r.add(17.1, v0.L, mariadb(0, "Note", "WSREP: Shifting DONOR/DESYNCED -> JOINED (TO: 1843391)"))
    r.add(17.2, v0.L, mariadb(0, "Note", "WSREP: Member 0.0 (recipe-vault-0) synced with group."))
    r.add(17.4, v1.L, mariadb(0, "Note", "WSREP: Shifting JOINER -> JOINED (TO: 1843391)"))
    r.add(17.6, v1.L, mariadb(0, "Note", "WSREP: Member 1.0 (recipe-vault-1) synced with group."))
    r.add(17.7, v1.L, mariadb(0, "Note", "WSREP: Shifting JOINED -> SYNCED (TO: 1843391)"))
    r.add(17.8, v1.L, mariadb(0, "Note", "WSREP: Server recipe-vault-1 synced with group"))
    for v in (v0, v2):
        r.add(17.9 + (0.1 if v is v2 else 0), v.L, mariadb(0, "Note", "WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = %d, memb_num = 3" % (0 if v is v0 else 2)))
    r.add(18.5, v1.L, mariadb(0, "Note", "/opt/bitnami/mariadb/sbin/mariadbd: ready for connections.\nVersion: '11.2.3-MariaDB'  socket: '/opt/bitnami/mariadb/tmp/mysql.sock'  port: 3306  Source distribution"))
    r.add(60.0, MK.allerg.L, pylog("INFO", "allergen_check.run", "nightly allergen cross-check: 412 recipes verified, 0 conflicts"))
    r.noise(MK_NOISE, 0, 90, 24, exclude=("wms", "scan", "label", "erp"))
    return r.build(
        source="synthetic:galera_planned_restart_ist",
        question="recipe-vault-1 restarted at 04:10, its readiness probe failed and allergen-check lost its MySQL connection. Is the recipe database in trouble?",
        selector={"namespace": "recipes"}, severity="INFO", category="none", component=None,
        root_cause="No fault. recipe-vault-1 was restarted during the night maintenance window. The Galera cluster stayed Primary with two members, and the restarted member rejoined by IST (169 writesets) from recipe-vault-0 and went SYNCED in about 15 s. The readiness failure ('Joiner') and allergen-check's single dropped connection are expected during the rejoin, and allergen-check reconnected immediately.",
        summary="A clean Galera member restart. Quorum was kept, IST completed and all three members are back in the Primary component.",
        action="Nothing to do.",
        tags=tags(MKD, ["mariadb", "galera", "python", "kubelet", "k3s"], ["alarming-but-routine", "planned-maintenance", "name-differs-from-service"]))


# ------------------------------------------------------------------ w16 INFO
def w16():
    r = Rec("w16", "2026-02-12T05:58:00Z")
    E = EVT("tempering")
    k1 = MK.k1
    cw1 = MK.cw
    cw2 = MK.cw.with_(pod="temper-curve-writer-7d4f8b6c9-kx9mh", node="mk-srv-01", ip="10.42.0.97")
    cw3 = MK.cw.with_(pod="temper-curve-writer-7d4f8b6c9-pq7wd", node="mk-srv-03", ip="10.42.2.84")
    GC = "kafka.coordinator.group.GroupCoordinator"
    r.add(20.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/keda-hpa-temper-curve-writer", "New size: 3; reason: external metric s0-kafka-temper-curves(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: temper-curve-writer,},MatchExpressions:[]LabelSelectorRequirement{},}) above target"))
    r.add(20.2, E, event("Normal", "ScalingReplicaSet", "deployment/temper-curve-writer", "Scaled up replica set temper-curve-writer-7d4f8b6c9 to 3 from 1"))
    for w, t in ((cw2, 26.0), (cw3, 27.1)):
        r.add(t, w.L, pylog("INFO", "curve_writer.consumer", "subscribing to temper-curves as group temper-curve-writer (bootstrap line-telemetry-kafka-bootstrap.tempering.svc:9092)"))
    r.add(26.4, k1.L, kafka("INFO", "[GroupCoordinator 1]: Dynamic member with unknown member id joins group temper-curve-writer in Stable state. Created a new member id curve-writer-2-7c1e9a4b-2d3f-4e5a-8b6c-1d2e3f4a5b6c and request the member to rejoin with this id.", GC))
    r.add(26.5, k1.L, kafka("INFO", "[GroupCoordinator 1]: Preparing to rebalance group temper-curve-writer in state PreparingRebalance with old generation 57 (__consumer_offsets-14) (reason: Adding new member curve-writer-2-7c1e9a4b-2d3f-4e5a-8b6c-1d2e3f4a5b6c with group instance id None; client reason: rebalance failed due to MemberIdRequiredException)", GC))
    r.add(26.7, cw1.L, pylog("WARNING", "curve_writer.consumer", "partitions revoked: temper-curves [0, 1, 2, 3, 4, 5] (rebalance in progress); committing offsets"))
    r.add(29.6, k1.L, kafka("INFO", "[GroupCoordinator 1]: Stabilized group temper-curve-writer generation 58 (__consumer_offsets-14) with 3 members", GC))
    r.add(29.7, k1.L, kafka("INFO", "[GroupCoordinator 1]: Assignment received from leader curve-writer-1-0b9d8c7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e for group temper-curve-writer for generation 58. The group has 3 members, 0 of which are static.", GC))
    r.add(29.9, cw1.L, pylog("INFO", "curve_writer.consumer", "partitions assigned: temper-curves [0, 1]"))
    r.add(30.0, cw2.L, pylog("INFO", "curve_writer.consumer", "partitions assigned: temper-curves [2, 3]"))
    r.add(30.0, cw3.L, pylog("INFO", "curve_writer.consumer", "partitions assigned: temper-curves [4, 5]"))
    for w in (cw1, cw2, cw3):
        for j in range(2):
            r.add(35.0 + j * 30 + r.rng.uniform(0, 9), w.L, pylog("INFO", "curve_writer.sink", "flushed %d rows to temper_curves in %.3fs" % (pick(r.rng, [250, 500]), r.rng.uniform(0.02, 0.1))))
    # retention
    for k, (w, p) in enumerate(((MK.k0, 0), (MK.k2, 3))):
        base = 17222011 + k * 91234
        r.add(50.0 + k * 4, w.L, kafka("INFO", "[UnifiedLog partition=temper-curves-%d, dir=/var/lib/kafka/data-0/kafka-log%s] Deleting segment LogSegment(baseOffset=%d, size=1073741702, lastModifiedTime=1738735021000, largestRecordTimestamp=1738735020981) due to log retention time 604800000ms breach based on the largest record timestamp in the segment" % (p, w.pod[-1], base), "kafka.log.UnifiedLog"))
        r.add(50.1 + k * 4, w.L, kafka("INFO", "[UnifiedLog partition=temper-curves-%d, dir=/var/lib/kafka/data-0/kafka-log%s] Incremented log start offset to %d due to segment deletion" % (p, w.pod[-1], base + 1844120), "kafka.log.UnifiedLog"))
        r.add(110.2 + k * 4, w.L, kafka("INFO", "Deleted log /var/lib/kafka/data-0/kafka-log%s/temper-curves-%d/%020d.log.deleted." % (w.pod[-1], p, base), "kafka.log.LogSegment"))
    # line 3 starting its shift
    r.add(5.0, MK.tc3.L, slog("INFO", "shift start: line enabled by PLC", "line=3 recipe=1043 plc=opc.tcp://10.60.3.10:4840"))
    r.add(40.0, MK.tc3.L, slog("INFO", "curve sample", "line=3 phase=melt setpoint_c=45.0 actual_c=44.12 belt_mps=0.00"))
    r.add(12.0, MK.traefik.L, traefik_access("10.50.3.8", "GET /favicon.ico HTTP/1.1", 404, 19, 118211, "recipes-recipe-ui-80@kubernetes", "http://10.42.2.61:80", 1, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"))
    r.noise(MK_NOISE, 0, 120, 26, exclude=("cw", "kafka"))
    return r.build(
        source="synthetic:kafka_rebalance_and_retention",
        question="Kafka logged a rebalance and 'Deleting segment' at the start of the morning shift, and temper-curve-writer revoked its partitions. Are we losing tempering curve data?",
        selector={"namespace": "tempering"}, severity="INFO", category="none", component=None,
        root_cause="No fault. As lines started their shift, KEDA scaled temper-curve-writer from 1 to 3 replicas on Kafka lag. The consumer group rebalanced normally (generation 58, 3 members, offsets committed before the revocation). 'Deleting segment' is the 7-day retention policy removing week-old segments of temper-curves.",
        summary="Routine autoscaling and retention. The consumer group rebalanced in about 3 s, each writer got two partitions and flushes resumed, and old segments were deleted by time-based retention.",
        action="Nothing to do.",
        tags=tags(MKD, ["kafka", "strimzi", "keda", "python", "traefik", "go"], ["alarming-but-routine", "autoscaling"]))


# ------------------------------------------------------------------ w17 CRITICAL application_error
def w17():
    r = Rec("w17", "2026-02-17T06:44:00Z")
    tc2 = MK.tc2
    uid = uuid4(r.rng)
    N = "mk-line2-ipc"
    r.add(10.0, MK.rapi.L, dotnet("info", "Recipes.Api.Publishing.RecipePublisher", 0, "Recipe 1061 'Dark 85% Madagascar' v12 published to lines [2] (8 tempering phases, approved by k.declercq)"))
    r.add(10.2, MK.mqtt.L, mosquitto("Received PUBLISH from recipe-api-5b7d9c8f6-hq2mz (d0, q1, r1, m412, 'lines/2/recipe', ... (2214 bytes))"))
    stack = [
        "panic: runtime error: index out of range [7] with length 7",
        "",
        "goroutine 41 [running]:",
        "gitlab.mk.corp/factory/temper-ctl/internal/curve.(*Profile).PhaseFor(...)",
        "\t/src/internal/curve/profile.go:88",
        "gitlab.mk.corp/factory/temper-ctl/internal/line.(*Controller).applyRecipe(0xc000210000, {0xc0003a2000, 0x8, 0x8})",
        "\t/src/internal/line/controller.go:217 +0x2a5",
        "gitlab.mk.corp/factory/temper-ctl/internal/line.(*Controller).Run.func2()",
        "\t/src/internal/line/controller.go:141 +0x85",
        "created by gitlab.mk.corp/factory/temper-ctl/internal/line.(*Controller).Run in goroutine 1",
        "\t/src/internal/line/controller.go:139 +0x3c5",
    ]
    starts = [10.4, 24.0, 46.5]
    backs = ["10s", "20s", "40s"]
    for i, sec in enumerate(starts):
        if i > 0:
            r.add(sec - 1.0, EVT("tempering"), event("Normal", "Started", "pod/" + tc2.pod, "Started container temper-ctl"))
            r.add(sec - 0.8, tc2.L, slog("INFO", "temper-ctl starting", "version=2.14.1 line=2 plc=opc.tcp://10.60.2.10:4840 mqtt=tcp://plc-mqtt.tempering.svc:1883"))
            r.add(sec - 0.4, MK.mqtt.L, mosquitto("New client connected from %s:%d as temper-ctl-line2 (p2, c0, k30, u'temper')." % (tc2.ip, r.rng.randint(40000, 60000))))
        r.add(sec, tc2.L, slog("INFO", "loading recipe", "line=2 recipe=1061 version=12 phases=8 source=lines/2/recipe"))
        r.block(sec + 0.01, tc2.L, stack, step=0.00001, ev=((0, 3, 4) if i < 2 else False))
        r.add(sec + 0.2, MK.mqtt.L, mosquitto("Client temper-ctl-line2 closed its connection."))
        r.add(sec + 0.6, mk_agent(N), kl_pleg(1187, tc2, uid, "ContainerDied", hexid(r.rng, 64)))
        r.add(sec + 0.9, mk_agent(N), kl_crashloop(1187, tc2, uid, backs[i]))
        if i in (1, 3):
            r.add(sec + 1.0, EVT("tempering"), event("Warning", "BackOff", "pod/" + tc2.pod, "Back-off restarting failed container temper-ctl in pod %s_tempering(%s)" % (tc2.pod, uid)))
    r.add(30.0, MK.cw.L, pylog("WARNING", "curve_writer.consumer", "no samples from line 2 for 20s"))
    r.add(47.6, EVT("tempering"), event("Warning", "BackOff", "pod/" + tc2.pod, "Back-off restarting failed container temper-ctl in pod %s_tempering(%s)" % (tc2.pod, uid)))
    r.add(66.0, mk_agent(N), kl_crashloop(1187, tc2, uid, "40s"))
    r.add(85.0, MK.mqtt.L, mosquitto("Received PUBLISH from plc-gw-line2 (d0, q1, r0, m9921, 'lines/2/alarm', ... (88 bytes))"))
    r.add(85.0, MK.cw.L, pylog("WARNING", "curve_writer.consumer", "no samples from line 2 for 75s"))
    r.noise(MK_NOISE, 0, 96, 20, exclude=("rapi", "tc2"))
    return r.build(
        source="synthetic:go_panic_index_out_of_range",
        question="Line 2's tempering controller has kept restarting since the 06:45 recipe change. Is the PLC on line 2 faulty?",
        selector={"namespace": "tempering"}, severity="CRITICAL", category="application_error", component="temper-ctl",
        root_cause="temper-ctl has a bug: curve.Profile holds at most 7 tempering phases (fixed-size array), and recipe 1061 v12 has 8. Every start calls PhaseFor(7) and panics with 'index out of range [7] with length 7'. The recipe is a retained MQTT message on lines/2/recipe, so the pod re-reads it and crash-loops. The PLC and the broker are fine.",
        summary="An application panic in temper-ctl on line 2, triggered by valid-looking input (an 8-phase recipe). The line-2 DaemonSet pod is in CrashLoopBackOff and no curve samples are produced.",
        action="Republish recipe 1061 v11 (7 phases) or clear the retained lines/2/recipe message so line 2 can run. Fix temper-ctl to validate the phase count or use a slice, and reject recipes with more phases than the controller supports in recipe-api.",
        tags=tags(MKD, ["go", "mosquitto", "kubelet", "k3s", "dotnet"], ["crash-loop", "bad-input"]))


# ------------------------------------------------------------------ w18 WARN probe_failure
def w18():
    r = Rec("w18", "2026-02-19T13:03:00Z")
    a1, a2 = MK.rapi, MK.rapi2
    u1, u2 = uuid4(r.rng), uuid4(r.rng)
    r.add(5.0, a1.L, dotnet("info", "Recipes.Api.Exports.AllergenMatrixExporter", 0, "Allergen matrix export started for 1842 recipes (requested by q.vermeulen, format xlsx)"))
    hc = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"
    secs = [21.0, 31.0, 41.0, 71.0, 81.0, 111.0, 121.0]
    for i, sec in enumerate(secs):
        w, uid, node = (a1, u1, "mk-srv-02") if i % 2 == 0 else (a2, u2, "mk-srv-03")
        r.add(sec - 0.4, w.L, dotnet("warn", hc, 103, "Health check recipe-db with status Healthy completed after %.4fms with message '(null)'" % r.rng.uniform(1180, 1720)), ev=(i == 0))
        r.add(sec, mk_agent(node), kl_probe(1187, "Readiness", w, uid, 'Get "http://%s:8080/health/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % w.ip), ev=(i < 2))
        if i in (0, 3, 5):
            r.add(sec + 0.01, EVT("recipes"), event("Warning", "Unhealthy", "pod/" + w.pod, 'Readiness probe failed: Get "http://%s:8080/health/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % w.ip))
    for sec in (42.5, 43.9, 82.2):
        r.add(sec, MK.traefik.L, traefik_access(pick(r.rng, ["10.50.1.23", "10.50.1.41"]), "GET /api/recipes/%d HTTP/1.1" % pick(r.rng, MK.RECIPES)[0], 503, 19, r.rng.randint(100000, 199999), "recipes-recipe-api-80@kubernetes", "-", 0))
    r.add(43.0, MK.rui.L, nginx_error("error", 8812, 'upstream prematurely closed connection while reading response header from upstream, client: 10.42.0.8, server: recipe-ui, request: "GET /api/recipes/1057 HTTP/1.1", upstream: "http://10.43.51.12:80/api/recipes/1057", host: "recipes.mk.corp"'))
    for sec in (50.0, 90.0, 130.0, 160.0):
        r.add(sec, a2.L, dotnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://recipe-api.recipes.svc/api/recipes/1042 - 200 1904 application/json;+charset=utf-8 %.4fms" % r.rng.uniform(300, 900)))
    r.add(147.8, a1.L, dotnet("info", "Recipes.Api.Exports.AllergenMatrixExporter", 0, "Allergen matrix export finished in 142.8s (1842 recipes, 11.2 MB)"))
    r.add(151.0, a1.L, dotnet("info", hc, 100, "Health check recipe-db with status Healthy completed after 14.2210ms with message '(null)'"))
    r.add(161.0, a2.L, dotnet("info", hc, 100, "Health check recipe-db with status Healthy completed after 11.8034ms with message '(null)'"))
    r.add(60.0, MK.rv0.L, mariadb(412, "Warning", "Aborted connection 412 to db: 'recipes' user: 'recipe_api' host: '10.42.1.37' (Got timeout reading communication packets)"))
    r.noise(MK_NOISE, 0, 175, 24, exclude=("rapi",))
    return r.build(
        source="synthetic:readiness_probe_timeout_under_load",
        question="recipe-api pods flapped NotReady for a couple of minutes after lunch and the recipe UI showed some 503s. Is recipe-api crashing?",
        selector=None, severity="WARN", category="probe_failure", component="recipe-api",
        root_cause="recipe-api's readiness probe (/health/ready, timeoutSeconds 1) includes a recipe-db health query. While a large allergen-matrix export loaded the database, that check took 1.2–1.7 s, so the kubelet probe timed out and both pods were marked NotReady in turn. The processes never restarted (no liveness failures) and kept serving slowly; Traefik returned 503 only when both were out of the endpoints at once.",
        summary="Readiness probes failing on a running application because the probe is too tight and depends on the database. It cleared when the export finished after 143 s.",
        action="Optional: give the readiness probe a 3–5 s timeout and keep database checks out of readiness (or cache them). Run large exports on a dedicated replica or off-peak.",
        tags=tags(MKD, ["dotnet", "kubelet", "k3s", "traefik", "nginx", "mariadb"], ["transient", "probe-design"]))


# ------------------------------------------------------------------ w19 ERROR connection_refused
def w19():
    r = Rec("w19", "2026-02-21T07:12:00Z")
    erp, wms = MK.erp, MK.wms
    SAP = "sap-prd01.mk.corp"
    r.add(3.0, MK.dns.L, coredns_q("%s:%d" % (erp.ip, 48812), 2231, "A", SAP + ".", "NOERROR", "qr,aa,rd,ra", 84, 0.000912))
    msgids = ["8E1F0A6B2C3D4E5-0000000000000412", "8E1F0A6B2C3D4E5-0000000000000413", "8E1F0A6B2C3D4E5-0000000000000414"]
    thread = "Camel (erp-sync) thread #3 - timer://stock"
    for i, sec in enumerate([4.0, 64.0, 124.0]):
        mid = msgids[i]
        for a in range(1, 4):
            r.add(sec + a * 2.0, erp.L, spring("WARN", "erp-sync", thread, "o.a.c.p.e.DefaultErrorHandler",
                                               "Failed delivery for (MessageId: %s on ExchangeId: %s). On delivery attempt: %d caught: java.net.ConnectException: Connection refused" % (mid, mid, a)), ev=(i == 0 and a == 1))
        r.add(sec + 8.0, erp.L, spring("ERROR", "erp-sync", thread, "o.a.c.p.e.DefaultErrorHandler",
                                       "Failed delivery for (MessageId: %s on ExchangeId: %s). Exhausted after delivery attempt: 4 caught: org.apache.hc.client5.http.HttpHostConnectException: Connect to https://%s:44300 [%s/10.80.1.20] failed: Connection refused" % (mid, mid, SAP, SAP)), ev=(i == 0))
        r.add(sec + 8.1, erp.L, spring("WARN", "erp-sync", thread, "b.m.erp.outbox.StockOutbox", "Outbox backlog: %d stock deltas pending for plant 1100" % (61 + 58 * i)))
    for i, sec in enumerate([18.5, 49.2, 97.7, 151.0]):
        gr = r.rng.randint(5500000, 5599999)
        r.add(sec, wms.L, laravel("ERROR", "cURL error 7: Failed to connect to %s port 44300 after 2 ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://%s:44300/sap/opu/odata/sap/API_INBOUND_DELIVERY_SRV;v=0002/A_InbDeliveryHeader('18%07d') {\"userId\":%d,\"exception\":\"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0): cURL error 7: Failed to connect to %s port 44300 after 2 ms: Couldn't connect to server at /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275)\"}" % (SAP, SAP, gr % 10000000, r.rng.randint(20, 60), SAP)), ev=(i == 0))
        r.add(sec + 0.01, wms.L, laravel("WARNING", "Goods receipt for inbound delivery 18%07d queued locally: SAP unavailable" % (gr % 10000000)))
        r.add(sec + 0.02, MK.traefik.L, traefik_access("10.70.1.15", "POST /wms/api/goods-receipt HTTP/1.1", 502, 88, r.rng.randint(100000, 199999), "warehouse-wms-web-80@kubernetes", "http://10.42.0.92:8080", 41))
    r.add(90.0, MK.label.L, spring("INFO", "label-printer-svc", "print-2", "b.m.label.ZplPrinterClient", "Printed SSCC label on zebra-dock1 (10.70.2.11:9100) in 133 ms"))
    r.noise(MK_NOISE, 0, 160, 26, exclude=("erp", "wms"))
    return r.build(
        source="synthetic:external_erp_refusing",
        question="Goods receipts in the WMS fail with 'SAP unavailable' and erp-sync keeps retrying. Is erp-sync broken?",
        selector=None, severity="ERROR", category="connection_refused", component=SAP,
        root_cause="The SAP system sap-prd01.mk.corp (10.80.1.20), outside the cluster, is refusing connections on its HTTPS/OData port 44300. erp-sync (Camel, HttpHostConnectException) and wms-web (Guzzle, cURL error 7) both get 'Connection refused' within milliseconds, while the name resolves normally. Two independent clients failing the same way point at the SAP host, not at either workload.",
        summary="An external dependency is down: the SAP ICM/web dispatcher on sap-prd01 is not accepting connections. Stock deltas and goods receipts queue up in erp-sync's outbox and the WMS.",
        action="Contact the SAP basis team: check whether the ICM/web dispatcher on sap-prd01.mk.corp:44300 is running or the system is in an unannounced maintenance window. The queued deltas will drain once it is back; monitor the outbox backlog.",
        tags=tags(MKD, ["java", "apache-camel", "php", "laravel", "traefik", "coredns"], ["external-host", "broken-server-many-clients", "loud-victim"]))


# ------------------------------------------------------------------ w20 ERROR resource_exhausted
def w20():
    r = Rec("w20", "2026-02-23T10:38:00Z")
    lb, sc = MK.label, MK.scan
    th = lambda: "print-%d" % r.rng.randint(1, 8)
    r.add(2.0, lb.L, spring("INFO", "label-printer-svc", th(), "b.m.label.ZplPrinterClient", "Opened new connection to zebra-dock2 (10.70.2.12:9100), open printer sockets: 1009"), ev=True)
    r.add(2.2, lb.L, spring("INFO", "label-printer-svc", th(), "b.m.label.ZplPrinterClient", "Printed SSCC label on zebra-dock2 (10.70.2.12:9100) in 188 ms"))
    r.add(9.5, lb.L, spring("INFO", "label-printer-svc", th(), "b.m.label.ZplPrinterClient", "Opened new connection to zebra-dock1 (10.70.2.11:9100), open printer sockets: 1013"))
    r.add(9.7, lb.L, spring("INFO", "label-printer-svc", th(), "b.m.label.ZplPrinterClient", "Printed SSCC label on zebra-dock1 (10.70.2.11:9100) in 141 ms"))
    r.add(14.0, lb.L, spring("WARN", "label-printer-svc", "scheduling-1", "b.m.label.health.FdWatch", "File descriptor usage 1019/1024 (99%)"), ev=True)
    fails = [(21.3, "zebra-dock2", "10.70.2.12", "D2"), (36.8, "zebra-dock3", "10.70.2.13", "D3"), (52.0, "zebra-dock2", "10.70.2.12", "D2"),
             (77.4, "zebra-dock1", "10.70.2.11", "D1"), (101.9, "zebra-pack1", "10.70.2.14", "D3"), (130.2, "zebra-dock2", "10.70.2.12", "D2")]
    for i, (sec, pn, ip, dock) in enumerate(fails):
        ss = "38712345%010d" % r.rng.randint(0, 9999999999)
        t = th()
        r.add(sec, lb.L, spring("ERROR", "label-printer-svc", t, "b.m.label.ZplPrinterClient", "Failed to print SSCC %s on %s (%s:9100): java.net.SocketException: Too many open files" % (ss, pn, ip)), ev=(i < 2))
        if i == 0:
            r.block(sec + 0.0001, lb.L, [
                "java.net.SocketException: Too many open files",
                "\tat java.base/sun.nio.ch.Net.socket0(Native Method)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.create(NioSocketImpl.java:484)",
                "\tat java.base/java.net.Socket.<init>(Socket.java:458)",
                "\tat be.moerkerke.label.ZplPrinterClient.openConnection(ZplPrinterClient.java:71)",
                "\tat be.moerkerke.label.ZplPrinterClient.print(ZplPrinterClient.java:48)",
            ], step=0.00001)
        r.add(sec + 0.002, lb.L, spring("ERROR", "label-printer-svc", "nio-8080-exec-%d" % r.rng.randint(1, 10), "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                                        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.io.UncheckedIOException: java.net.SocketException: Too many open files] with root cause"))
        r.add(sec + 0.01, sc.L, pino("error", sc.pod, "label request failed", sscc=ss, dock=dock, status=500, upstream="http://label-printer-svc.warehouse.svc:8080/api/labels"))
        r.add(sec + 0.02, sc.L, pino("warn", sc.pod, "pallet left unlabelled; operator prompted to retry", sscc=ss, dock=dock))
    r.add(64.0, lb.L, spring("ERROR", "label-printer-svc", "http-nio-8080-Acceptor", "org.apache.tomcat.util.net.Acceptor", "Socket accept failed"), ev=True)
    r.add(64.0, lb.L, raw("java.io.IOException: Too many open files"))
    r.add(64.0, lb.L, raw("\tat java.base/sun.nio.ch.Net.accept(Native Method)"))
    r.add(88.0, sc.L, pino("error", sc.pod, "label request failed", dock="D1", err={"type": "Error", "message": "socket hang up", "code": "ECONNRESET"}, upstream="http://label-printer-svc.warehouse.svc:8080/api/labels"))
    r.add(115.0, MK.wms.L, laravel("ERROR", "Label print request failed (HTTP 500) for outbound pallet 38712345%010d, order SO-2026-04418" % r.rng.randint(0, 9999999999)))
    r.noise(MK_NOISE, 0, 140, 26, exclude=("label", "scan"))
    return r.build(
        source="synthetic:fd_leak_too_many_open_files",
        question="pallet-scanner-gw reports 'label request failed' at every dock since about 10:40. Are the Zebra printers offline?",
        selector={"namespace": "warehouse"}, severity="ERROR", category="resource_exhausted", component="label-printer-svc",
        root_cause="label-printer-svc leaks printer sockets: it opens a new TCP connection to a Zebra printer (port 9100) for each label and never closes it. The count climbed past 1000 and the process hit its 1024 open-file limit, so new printer sockets and even Tomcat's accept() fail with 'Too many open files'. The printers are reachable; pallet-scanner-gw and wms-web only see the resulting HTTP 500s and resets.",
        summary="File-descriptor exhaustion in label-printer-svc, caused by its own connection leak. Every print request fails at all docks.",
        action="Restart label-printer-svc to release the descriptors and restore printing now. Fix ZplPrinterClient to close or pool printer connections, and add an fd-usage alert. Raising nofile only buys time.",
        tags=tags(MKD, ["spring-boot", "tomcat", "nodejs", "pino", "php", "laravel"], ["loud-victim", "dependency-by-ip", "leak"]))


RECORDS = [w11, w12, w13, w14, w15, w16, w17, w18, w19, w20]


def build():
    return [f() for f in RECORDS]
