"""dev64 records 001-010 (domain A: municipal cemetery and crematorium administration)."""
from common import Rec, L, NL, EV, SRC, UA_BROWSER, envoy_inbound_ok, envoy_outbound, svc_ip


# --------------------------------------------------------------------------- 001
def r001():
    r = Rec("dev64-001", "2026-02-09T10:14:02.000Z", "EKS", "A")
    ns = "cemetery"
    n1 = "ip-10-31-14-203.eu-central-1.compute.internal"
    n2 = "ip-10-31-27-88.eu-central-1.compute.internal"
    pm, pm_rs = r.dpod("plot-map")
    ms, _ = r.dpod("memorial-search")
    pm_ip, ms_ip = r.ip(), r.ip()
    Lpm = L(ns, pm, "plot-map", n1, app="plot-map")
    Lpx = L(ns, pm, "istio-proxy", n1, app="plot-map")
    Lms = L(ns, ms, "memorial-search", n2, app="memorial-search")
    Lmx = L(ns, ms, "istio-proxy", n2, app="memorial-search")
    fq = "plot-map.cemetery.svc.cluster.local"
    secs = ["B-12", "B-14", "C-07", "A-02", "D-19", "C-11"]

    def ok_pair():
        s = r.rng.choice(secs)
        path = "/v1/sections/%s/geometry" % s
        envoy_inbound_ok(r, Lpx, "GET", path, 8080, pm_ip, ms_ip, fq, ua="Java-http-client/17.0.10", gap=(0.2, 2.5))
        envoy_outbound(r, Lmx, "GET", path, 8080, 200, "-", "via_upstream", fq, "%s:8080" % pm_ip, ms_ip,
                       ua="Java-http-client/17.0.10", gap=(0.0, 0.02))

    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "tile cache refreshed", "sections": 412, "tiles": 9231, "took_ms": 1840})
    for _ in range(5):
        ok_pair()
    r.spring(Lms, "INFO", "memorial-search", "nio-8080-exec-4", "c.n.m.search.GraveSearchController", "search q='Hartmann' section=null hits=17 took=84ms")
    ok_pair()
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "section import finished", "source": "survey-upload", "added": ["K-03"], "updated": 2})
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "tile cache refresh scheduled", "reason": "sections changed"})
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "WARN", "msg": "section has no boundary polygon", "section": "K-03", "plots": 64}, ev=True)
    panic_lines = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0xa3c5f2]",
        "",
        "goroutine 2187 [running]:",
        "git.northvale.example/cemetery/plot-map/internal/geometry.(*Polygon).Centroid(0x0)",
        "\t/src/internal/geometry/polygon.go:88 +0x32",
        "git.northvale.example/cemetery/plot-map/internal/tiles.(*Cache).warmSection(0xc0002b4000, 0xc00071e1e0)",
        "\t/src/internal/tiles/cache.go:213 +0x8b",
        "git.northvale.example/cemetery/plot-map/internal/tiles.(*Cache).refresh.func1()",
        "\t/src/internal/tiles/cache.go:176 +0x5d",
        "created by git.northvale.example/cemetery/plot-map/internal/tiles.(*Cache).refresh in goroutine 61",
        "\t/src/internal/tiles/cache.go:171 +0x2c5",
    ]
    for i, pl in enumerate(panic_lines):
        r.plain(Lpm, pl, ev=(i in (0, 4)), gap=(0.001, 0.002) if i else (0.3, 0.8))
    r.envoy(Lpx, "GET", "/v1/sections/B-14/geometry", 503, "UF", "upstream_reset_before_response_started{connection_failure,delayed_connect_error:_Connection_refused}",
            0, 145, 0, "-", "-", "Java-http-client/17.0.10", fq + ":8080", "%s:8080" % pm_ip, "inbound|8080||", "-",
            "%s:8080" % pm_ip, "%s:%d" % (ms_ip, r.rng.randint(33000, 60999)), sni="outbound_.8080_._." + fq,
            tfr="delayed_connect_error:_Connection_refused", gap=(0.2, 0.6))
    envoy_outbound(r, Lmx, "GET", "/v1/sections/B-14/geometry", 8080, 503, "-", "via_upstream", fq, "%s:8080" % pm_ip, ms_ip,
                   ua="Java-http-client/17.0.10", tx=145, dur=1, gap=(0.0, 0.02))
    r.spring(Lms, "WARN", "memorial-search", "nio-8080-exec-7", "c.n.m.search.PlotMapClient", "plot-map returned HTTP 503 for /v1/sections/B-14/geometry, rendering result list without map")
    for _ in range(3):
        s = r.rng.choice(secs)
        r.envoy(Lpx, "GET", "/v1/sections/%s/geometry" % s, 503, "UF", "upstream_reset_before_response_started{connection_failure,delayed_connect_error:_Connection_refused}",
                0, 145, 0, "-", "-", "Java-http-client/17.0.10", fq + ":8080", "%s:8080" % pm_ip, "inbound|8080||", "-",
                "%s:8080" % pm_ip, "%s:%d" % (ms_ip, r.rng.randint(33000, 60999)), sni="outbound_.8080_._." + fq,
                tfr="delayed_connect_error:_Connection_refused", gap=(0.5, 3))
        r.spring(Lms, "WARN", "memorial-search", "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.n.m.search.PlotMapClient",
                 "plot-map returned HTTP 503 for /v1/sections/%s/geometry, rendering result list without map" % s, gap=(0.0, 0.05))
    Lev = EV(ns)
    r.event(Lev, "Warning", "Unhealthy", "Pod", pm, ns, "Readiness probe failed: HTTP probe failed with statuscode: 500", "kubelet", n1, count=2, gap=(1, 2))
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "starting plot-map", "version": "2.14.0", "commit": "7f3e2ad", "listen": ":8080"}, gap=(2, 4))
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "connected to database", "host": "gis-db.cemetery.svc", "db": "gis"})
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "loaded sections", "count": 413})
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "INFO", "msg": "warming tile cache", "workers": 4})
    r.js(Lpm, lambda: {"time": r.iso6(), "level": "WARN", "msg": "section has no boundary polygon", "section": "K-03", "plots": 64})
    for i, pl in enumerate(panic_lines[:6]):
        r.plain(Lpm, pl.replace("2187", "74"), ev=(i == 0), gap=(0.001, 0.002) if i else (0.05, 0.2))
    r.event(Lev, "Warning", "BackOff", "Pod", pm, ns, "Back-off restarting failed container plot-map in pod %s_%s(%s)" % (pm, ns, r.uid()), "kubelet", n1, count=3, gap=(1, 2))
    for _ in range(4):
        s = r.rng.choice(secs)
        r.envoy(Lpx, "GET", "/v1/sections/%s/geometry" % s, 503, "UF", "upstream_reset_before_response_started{connection_failure,delayed_connect_error:_Connection_refused}",
                0, 145, 0, "-", "-", "Java-http-client/17.0.10", fq + ":8080", "%s:8080" % pm_ip, "inbound|8080||", "-",
                "%s:8080" % pm_ip, "%s:%d" % (ms_ip, r.rng.randint(33000, 60999)), sni="outbound_.8080_._." + fq,
                tfr="delayed_connect_error:_Connection_refused", gap=(1, 5))
        envoy_outbound(r, Lmx, "GET", "/v1/sections/%s/geometry" % s, 8080, 503, "-", "via_upstream", fq, "%s:8080" % pm_ip, ms_ip,
                       ua="Java-http-client/17.0.10", tx=145, dur=1, gap=(0.0, 0.02))
    r.spring(Lms, "INFO", "memorial-search", "nio-8080-exec-2", "c.n.m.search.GraveSearchController", "search q='Okafor' section=null hits=3 took=61ms")
    r.event(Lev, "Warning", "BackOff", "Pod", pm, ns, "Back-off restarting failed container plot-map in pod %s_%s" % (pm, ns), "kubelet", n1, count=6, gap=(4, 8))
    r.event(Lev, "Warning", "Unhealthy", "Pod", pm, ns, "Readiness probe failed: HTTP probe failed with statuscode: 500", "kubelet", n1, count=9, gap=(1, 2))
    return r.finish(SRC["A"], "Why does the memorial search page show results without the map, with lots of 503 UF from istio-proxy?",
                    {"namespace": ns},
                    "CRITICAL", "application_error", "plot-map",
                    "The plot-map container panics with a nil pointer dereference in (*Polygon).Centroid while warming the tile cache for the newly imported section K-03, which has no boundary polygon; the process exits and restarts into the same panic.",
                    "plot-map is in a crash loop: its tile-cache warmer dereferences the missing polygon of section K-03. The 503 UF lines from both istio-proxy sidecars only reflect that nothing listens on :8080 behind them.",
                    "Guard the centroid computation against sections without geometry (or add the K-03 boundary / remove the section) and roll out plot-map; the Envoy sidecars need no change.",
                    terms=["panic", "nil pointer", "Centroid", "no boundary polygon"])


# --------------------------------------------------------------------------- 002
def r002():
    r = Rec("dev64-002", "2026-02-10T07:30:11.000Z", "kubeadm", "A")
    ns = "cemetery"
    node = "worker-02"
    p, rsn = r.dpod("chapel-booking")
    ip = r.ip()
    La = L(ns, p, "chapel-booking", node, app="chapel-booking")
    Lx = L(ns, p, "istio-proxy", node, app="chapel-booking")
    Lev = EV(ns)
    r.kev(Lev, "Normal", "ScalingReplicaSet", "deployment/chapel-booking", "Scaled up replica set %s to 1" % rsn, gap=0)
    r.kev(Lev, "Normal", "SuccessfulCreate", "replicaset/" + rsn, "Created pod: " + p)
    r.kev(Lev, "Normal", "Scheduled", "pod/" + p, "Successfully assigned %s/%s to %s" % (ns, p, node))
    r.kev(Lev, "Normal", "Pulled", "pod/" + p, 'Container image "docker.io/istio/proxyv2:1.21.2" already present on machine')
    r.kev(Lev, "Normal", "Created", "pod/" + p, "Created container istio-init")
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container istio-init")
    r.kev(Lev, "Normal", "Pulled", "pod/" + p, 'Container image "registry.northvale.example/cemetery/chapel-booking:4.2.0" already present on machine', gap=(0.8, 1.4))
    r.kev(Lev, "Normal", "Created", "pod/" + p, "Created container chapel-booking")
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container chapel-booking")
    r.kev(Lev, "Normal", "Created", "pod/" + p, "Created container istio-proxy")
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container istio-proxy")
    r.plain(La, "Waiting for sidecar (http://localhost:15021/healthz/ready) ...")
    r.plain(La, "curl: (7) Failed to connect to localhost port 15021 after 0 ms: Connection refused", gap=(0.01, 0.05))
    r.istio(Lx, "info", 'FLAG: --concurrency="2"')
    r.istio(Lx, "info", "Apply proxy config from env {}")
    r.istio(Lx, "info", "Proxy role\tips=[%s] type=sidecar id=%s.%s domain=%s.svc.cluster.local" % (ip, p, ns, ns))
    r.istio(Lx, "info", "JWT policy is third-party-jwt")
    r.istio(Lx, "info", "Pilot SAN: [istiod.istio-system.svc]")
    r.istio(Lx, "info", "Starting agent")
    r.istio(Lx, "info", "Opening status port 15020")
    r.istio(Lx, "info", "CA Endpoint istiod.istio-system.svc:15012, provider Citadel")
    r.istio(Lx, "info", "Using CA istiod.istio-system.svc:15012 cert with certs: var/run/secrets/istio/root-cert.pem")
    r.istio(Lx, "info", "sds\tStarting SDS grpc server")
    r.istio(Lx, "info", 'xdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"')
    r.plain(La, "Waiting for sidecar (http://localhost:15021/healthz/ready) ...", gap=(0.9, 1.1))
    r.plain(La, "curl: (7) Failed to connect to localhost port 15021 after 0 ms: Connection refused", gap=(0.01, 0.05))
    r.istio(Lx, "info", "Envoy command: [-c etc/istio/proxy/envoy-rev.json --drain-time-s 45 --drain-strategy immediate --local-address-ip-version v4 --file-flush-interval-msec 1000 --disable-hot-restart --allow-unknown-static-fields -l warning --component-log-level misc:error --concurrency 2]")
    r.istio(Lx, "info", "cache\tgenerated new workload certificate\tlatency=%.6fms ttl=23h59m59.%09ds" % (r.rng.uniform(80, 190), r.rng.randint(100000000, 999999999)))
    r.istio(Lx, "info", "cache\tRoot cert has changed, start rotating root cert")
    r.istio(Lx, "info", "ads\tADS: new connection for node:%s.%s-1" % (p, ns))
    r.istio(Lx, "info", "ads\tSDS: PUSH request for node:%s.%s resources:1 size:4.0kB resource:default" % (p, ns))
    r.istio(Lx, "info", "ads\tSDS: PUSH request for node:%s.%s resources:1 size:1.1kB resource:ROOTCA" % (p, ns))
    r.istio(Lx, "warn", "Envoy proxy is NOT ready: config not received from XDS server (is Istiod running?): cds updates: 0 successful, 0 rejected; lds updates: 0 successful, 0 rejected")
    r.plain(La, "Waiting for sidecar (http://localhost:15021/healthz/ready) ...", gap=(0.6, 0.9))
    r.plain(La, "curl: (22) The requested URL returned error: 503", gap=(0.01, 0.05))
    r.istio(Lx, "info", "Readiness succeeded in %.2fs" % r.rng.uniform(2.1, 2.9), gap=(0.4, 0.8))
    r.istio(Lx, "info", "Envoy proxy is ready")
    r.plain(La, "Sidecar available. Running the command...", gap=(0.5, 0.9))
    r.js(La, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 7, "hostname": p, "msg": "chapel-booking 4.2.0 starting (NODE_ENV=production)"})
    r.js(La, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 7, "hostname": p, "msg": "connected to postgres chapel-db.cemetery.svc:5432/chapel"})
    r.js(La, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 7, "hostname": p, "msg": "Server listening at http://0.0.0.0:3000"})
    r.kev(Lev, "Normal", "ScalingReplicaSet", "deployment/chapel-booking", "Scaled down replica set chapel-booking-6c4b7d9f58 to 1 from 2", gap=(2, 4))
    fq = "chapel-booking.cemetery.svc.cluster.local"
    gw = r.ip()
    for path in ["/api/chapels", "/api/slots?chapel=north&date=2026-02-13", "/api/slots?chapel=east&date=2026-02-12",
                 "/api/bookings/BK-26-00418", "/api/chapels", "/api/slots?chapel=north&date=2026-02-16"]:
        envoy_inbound_ok(r, Lx, "GET", path, 3000, ip, gw, fq, ua=r.rng.choice(UA_BROWSER), gap=(0.8, 4))
        r.js(La, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 7, "hostname": p, "reqId": "req-%d" % r.rng.randint(1, 90),
                          "res": {"statusCode": 200}, "responseTime": round(r.rng.uniform(3, 40), 3), "msg": "request completed"}, gap=(0.0, 0.02))
    r.kev(Lev, "Normal", "Killing", "pod/chapel-booking-6c4b7d9f58-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "Stopping container istio-proxy", gap=(1, 3))
    return r.finish(SRC["A"], "A new chapel-booking pod logged connection refused and 'Envoy proxy is NOT ready' — is the rollout broken?",
                    {"namespace": ns, "app": "chapel-booking"},
                    "INFO", "none", None,
                    "No incident: the application container polls the sidecar's readiness endpoint until Envoy has received its xDS config, which takes about three seconds; the refused connections and the 'NOT ready' message are the normal start-up order.",
                    "Normal rolling update of chapel-booking: the app waits for istio-proxy, Envoy becomes ready, the app starts and serves 200s; the old ReplicaSet is scaled down.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 003
def r003():
    r = Rec("dev64-003", "2026-02-11T05:02:40.000Z", "GKE", "A")
    ns = "crematorium"
    node = "gke-civic-prod-default-pool-3f2a9c1e-x7kq"
    p, rsn = r.dpod("cremation-scheduler")
    Lrc = L(ns, p, "render-config", node, app="cremation-scheduler")
    Lapp = L(ns, p, "scheduler", node, app="cremation-scheduler")
    Lsql = L(ns, p, "cloud-sql-proxy", node, app="cremation-scheduler")
    Lev = EV(ns)
    uid = r.uid()
    r.event(Lev, "Normal", "Scheduled", "Pod", p, ns, "Successfully assigned %s/%s to %s" % (ns, p, node), "default-scheduler", gap=0)
    r.event(Lev, "Normal", "Pulled", "Pod", p, ns, 'Container image "europe-west3-docker.pkg.dev/civic-prod/tools/gomplate:v3.11.7-alpine" already present on machine', "kubelet", node)
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container render-config", "kubelet", node)
    r.plain(Lrc, "render-config: rendering /templates/scheduler.toml.tmpl -> /config/scheduler.toml")
    r.plain(Lrc, "render-config: source env: DB_HOST=127.0.0.1 DB_NAME=cremation RETORT_API_URL= CHAPEL_API_URL=http://chapel-booking.cemetery.svc:3000", ev=True)
    r.plain(Lrc, "render-config: warning: RETORT_API_URL is unset or empty, writing empty value", ev=True)
    r.plain(Lrc, "render-config: wrote /config/scheduler.toml (1163 bytes)")
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container cloud-sql-proxy", "kubelet", node, gap=(0.5, 1))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container scheduler", "kubelet", node)
    r.gostd(Lsql, "Authorizing with Application Default Credentials")
    r.gostd(Lsql, "[civic-prod:europe-west3:crematorium-pg] Listening on 127.0.0.1:5432")
    r.gostd(Lsql, "The proxy has started successfully and is ready for new connections!")

    def crash(first):
        r.pylog(Lapp, "INFO", "scheduler.main", "cremation-scheduler 3.8.1 starting (config=/config/scheduler.toml)", gap=(0.4, 1.2))
        r.pylog(Lapp, "INFO", "scheduler.settings", "loading settings from /config/scheduler.toml")
        tb = [
            "Traceback (most recent call last):",
            '  File "/app/scheduler/main.py", line 41, in <module>',
            '    settings = SchedulerSettings.from_toml(CONFIG_PATH)',
            '  File "/app/scheduler/settings.py", line 77, in from_toml',
            "    return cls(**data)",
            '  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 71, in __init__',
            "    super().__init__(",
            '  File "/usr/local/lib/python3.12/site-packages/pydantic/main.py", line 171, in __init__',
            "    self.__pydantic_validator__.validate_python(data, self_instance=self)",
            "pydantic_core._pydantic_core.ValidationError: 1 validation error for SchedulerSettings",
            "retort_api_url",
            "  Input should be a valid URL, input is empty [type=url_parsing, input_value='', input_type=str]",
            "    For further information visit https://errors.pydantic.dev/2.6/v/url_parsing",
        ]
        for i, t in enumerate(tb):
            r.plain(Lapp, t, ev=(first and i in (9, 11)), gap=(0.001, 0.003) if i else (0.05, 0.2))

    crash(True)
    Lk = NL(node, "kubelet.service")
    Lfd = L(ns, "funeral-desk-7d5c9b8f6d-2mqzt", "funeral-desk", "gke-civic-prod-default-pool-3f2a9c1e-q1vd", app="funeral-desk")
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=1893)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container scheduler in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=1, gap=(0.3, 0.8))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"scheduler\\" with CrashLoopBackOff: \\"back-off 10s restarting failed container=scheduler pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=1893)
    r.pylog(Lfd, "WARNING", "funeral_desk.cremation", "POST http://cremation-scheduler.crematorium.svc:8000/v1/slots/hold -> 503 (attempt 1/3)", gap=(0.5, 1.5))
    r.go(8, 9)
    crash(False)
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=1893)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container scheduler in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=2, gap=(0.3, 0.8))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"scheduler\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=scheduler pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=1893)
    r.pylog(Lfd, "WARNING", "funeral_desk.cremation", "POST http://cremation-scheduler.crematorium.svc:8000/v1/slots/hold -> 503 (attempt 2/3)", gap=(1, 3))
    r.pylog(Lfd, "WARNING", "funeral_desk.cremation", "POST http://cremation-scheduler.crematorium.svc:8000/v1/slots/hold -> 503 (attempt 3/3)", gap=(4, 6))
    r.pylog(Lfd, "ERROR", "funeral_desk.cremation", "cremation slot hold failed after 3 attempts: 503 Service Unavailable (booking BK-26-00431 kept as provisional)", gap=(0.01, 0.05))
    r.go(10, 12)
    crash(False)
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=1893)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container scheduler in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=3, gap=(0.3, 0.8))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"scheduler\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=scheduler pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=1893)
    return r.finish(SRC["A"], "cremation-scheduler is in CrashLoopBackOff after this morning's deploy — what is wrong?",
                    {"namespace": ns, "app": "cremation-scheduler"},
                    "CRITICAL", "config_error", "cremation-scheduler",
                    "The render-config init container received an empty RETORT_API_URL and wrote it into /config/scheduler.toml; the scheduler container then fails settings validation (retort_api_url: Input should be a valid URL, input is empty) on every start.",
                    "The scheduler container crash-loops on a pydantic ValidationError, but the bad value comes from the init container that renders the config: RETORT_API_URL is empty in the pod's environment (optional ConfigMap reference with no such key).",
                    "Restore the RETORT_API_URL key in the ConfigMap referenced by cremation-scheduler (or fix the env reference), and make render-config fail on empty required variables; then restart the pods.",
                    terms=["RETORT_API_URL", "retort_api_url", "input is empty", "ValidationError"])


# --------------------------------------------------------------------------- 004
def r004():
    r = Rec("dev64-004", "2026-02-12T13:40:05.000Z", "AKS", "A")
    ns = "cemetery"
    n_new = "aks-nodepool1-38291746-vmss000002"
    n_old = "aks-nodepool1-38291746-vmss000000"
    newp, new_rs = r.dpod("grave-lease-billing")
    oldp, _ = r.dpod("grave-lease-billing")
    Lv = L(ns, newp, "vault-agent-init", n_new, app="grave-lease-billing")
    Lold = L(ns, oldp, "grave-lease-billing", n_old, app="grave-lease-billing")
    Lva = L(ns, oldp, "vault-agent", n_old, app="grave-lease-billing")
    Lev = EV(ns)
    Largo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", "aks-system-12345678-vmss000000")
    r.logrus(Largo, "info", "Initiated automated sync to 'c41d9e7'", application="argocd/grave-lease-billing", dest_namespace=ns, dest_server="https://kubernetes.default.svc", gap=0)
    r.kev(Lev, "Normal", "ScalingReplicaSet", "deployment/grave-lease-billing", "Scaled up replica set %s to 1" % new_rs)
    r.kev(Lev, "Normal", "SuccessfulCreate", "replicaset/" + new_rs, "Created pod: " + newp)
    r.kev(Lev, "Normal", "Scheduled", "pod/" + newp, "Successfully assigned %s/%s to %s" % (ns, newp, n_new))
    r.kev(Lev, "Normal", "Pulled", "pod/" + newp, 'Container image "hashicorp/vault:1.15.4" already present on machine')
    r.kev(Lev, "Normal", "Created", "pod/" + newp, "Created container vault-agent-init")
    r.kev(Lev, "Normal", "Started", "pod/" + newp, "Started container vault-agent-init")
    banner = ["==> Vault Agent started! Log data will stream in below:", "", "==> Vault Agent configuration:", "",
              "           Api Address 1: http://bufconn", "                     Cgo: disabled",
              "               Log Level: info", "                 Version: Vault v1.15.4, built 2023-12-04T17:45:28Z",
              "             Version Sha: 9b61934559ba31150860e618cf18e816cbddc630", ""]
    for i, b in enumerate(banner):
        r.plain(Lv, b, gap=(0.001, 0.002) if i else (0.3, 0.6))
    r.hclog(Lv, "INFO", "agent.sink.file", "creating file sink")
    r.hclog(Lv, "INFO", "agent.sink.file", "file sink configured: path=/home/vault/.vault-token mode=-rw-r-----", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.auth.handler", "starting auth handler", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.sink.server", "starting sink server", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.template.server", "starting template server", gap=(0.0, 0.01))

    def autherr(backoff, ev):
        r.hclog(Lv, "ERROR", "agent.auth.handler", "error authenticating:", ev=ev, gap=(0.02, 0.08))
        for i, t in enumerate(["  error=", "  | Error making API request.", "  | ",
                               "  | URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login",
                               "  | Code: 403. Errors:", "  | ", "  | * service account name not authorized",
                               "   backoff=%s" % backoff]):
            r.plain(Lv, t, ev=(ev and i in (4, 6)), gap=0)

    autherr("1s", True)
    r.spring(Lold, "INFO", "grave-lease-billing", "scheduling-1", "c.n.c.billing.LeaseInvoiceJob", "Posted 38 lease renewal invoices to SAP (batch 2026-02-12-13)", gap=(0.3, 1))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(0.8, 1.2))
    autherr("1.83s", False)
    r.hclog(Lva, "INFO", "agent.auth.handler", "renewed auth token", gap=(0.5, 2))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(1.5, 2))
    autherr("3.41s", False)
    r.spring(Lold, "INFO", "grave-lease-billing", "nio-8080-exec-3", "c.n.c.billing.LeaseController", "GET /api/leases/C-07-112 200 (14 ms)")
    r.logrus(Largo, "info", "Updated health status: Healthy -> Progressing", application="argocd/grave-lease-billing", gap=(1, 3))
    r.spring(Lold, "INFO", "grave-lease-billing", "nio-8080-exec-9", "c.n.c.billing.LeaseController", "GET /api/leases?holder=Nguyen 200 (31 ms)", gap=(20, 60))
    r.spring(Lold, "INFO", "grave-lease-billing", "scheduling-1", "c.n.c.billing.LeaseInvoiceJob", "Posted 41 lease renewal invoices to SAP (batch 2026-02-12-14)", gap=(60, 120))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(10, 30))
    autherr("2m41s", True)
    r.spring(Lold, "INFO", "grave-lease-billing", "nio-8080-exec-1", "c.n.c.billing.LeaseController", "GET /api/leases/A-02-019 200 (12 ms)", gap=(60, 120))
    r.hclog(Lva, "INFO", "agent.auth.handler", "renewed auth token", gap=(20, 40))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(20, 40))
    autherr("5m0s", False)
    r.logrus(Largo, "info", "Updated health status: Progressing -> Degraded", application="argocd/grave-lease-billing", gap=(60, 90))
    return r.finish(SRC["A"], "The grave-lease-billing rollout has been stuck for ten minutes, Argo CD says Degraded. Old pods are fine. Why?",
                    {"namespace": ns, "app": "grave-lease-billing"},
                    "ERROR", "auth_failure", "grave-lease-billing",
                    "The new pod's vault-agent-init container cannot log in to Vault: the Kubernetes auth login returns 403 'service account name not authorized', so the init container never renders the secrets and the pod stays in Init.",
                    "The rollout of grave-lease-billing is blocked by the Vault agent init container, which is denied by Vault's Kubernetes auth role for the service account the new revision runs as; old pods (already authenticated) keep serving.",
                    "Compare the new revision's serviceAccountName with the Vault role's bound_service_account_names and align them (revert the service account change or bind the new one), then let the rollout continue.",
                    terms=["403", "not authorized", "error authenticating"])


# --------------------------------------------------------------------------- 005
def r005():
    r = Rec("dev64-005", "2026-02-14T15:21:30.000Z", "OpenShift", "A")
    ns = "cemetery"
    n1 = "ocp-prod-7xk2m-worker-b-x2m9d"
    n2 = "ocp-prod-7xk2m-worker-c-4hq7z"
    rsn = r.rs("memorial-search")
    p1, p2, p3 = r.pod(rsn), r.pod(rsn), r.pod(rsn)
    La = L(ns, p1, "memorial-search", n1, app="memorial-search")
    Lf = L(ns, p1, "fluent-bit", n1, app="memorial-search")
    La2 = L(ns, p2, "memorial-search", n2, app="memorial-search")
    Lk = NL(n1, "kubelet.service")
    Lev = EV(ns)
    app = "memorial-search"
    day = "2026-02-14"

    def req(Lx, th=None):
        q = r.rng.choice(["Hartmann", "Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Brennan", "Sato", "Ferreira"])
        r.spring(Lx, "INFO", app, th or "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.n.m.search.GraveSearchController",
                 "search q='%s' section=null hits=%d took=%dms" % (q, r.rng.randint(0, 40), r.rng.randint(30, 180)), gap=(1, 6))

    inode = r.rng.randint(2880000, 2890000)
    req(La); req(La2)
    r.fbit(Lf, " info", "input:tail:tail.0", "inode=%d handle rotation(): /var/log/app/search.log => /var/log/app/search.%s.7.log" % (inode, day), gap=(2, 4))
    r.fbit(Lf, " info", "input:tail:tail.0", "inotify_fs_add(): inode=%d watch_fd=17 name=/var/log/app/search.log" % (inode + 5), gap=(0.0, 0.01))
    req(La); req(La2)
    r.spring(La, "INFO", app, "index-sync-1", "c.n.m.search.IndexSync", "reindex 'graves': 212000/418614 documents (50.6%)", gap=(2, 5))
    req(La)
    r.fbit(Lf, " info", "input:tail:tail.0", "inode=%d handle rotation(): /var/log/app/search.log => /var/log/app/search.%s.8.log" % (inode + 5, day), ev=True, gap=(20, 40))
    r.fbit(Lf, " info", "input:tail:tail.0", "inotify_fs_add(): inode=%d watch_fd=18 name=/var/log/app/search.log" % (inode + 9), gap=(0.0, 0.01))
    req(La2); req(La)
    r.spring(La, "INFO", app, "index-sync-1", "c.n.m.search.IndexSync", "reindex 'graves': 301000/418614 documents (71.9%)", gap=(2, 5))
    r.fbit(Lf, " info", "input:tail:tail.0", "inode=%d handle rotation(): /var/log/app/search.log => /var/log/app/search.%s.9.log" % (inode + 9, day), ev=True, gap=(20, 40))
    r.fbit(Lf, " info", "input:tail:tail.0", "inotify_fs_add(): inode=%d watch_fd=19 name=/var/log/app/search.log" % (inode + 14), gap=(0.0, 0.01))
    req(La2)
    r.event(Lev, "Warning", "Evicted", "Pod", p1, ns, 'Usage of EmptyDir volume "applogs" exceeds the limit "1Gi". ', "kubelet", n1, ev=True, gap=(5, 12))
    r.klog(Lk, "I", "eviction_manager.go:601", '"Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["%s/%s"]' % (ns, p1), pid=2718, ev=True)
    r.event(Lev, "Normal", "Killing", "Pod", p1, ns, "Stopping container memorial-search", "kubelet", n1)
    r.event(Lev, "Normal", "Killing", "Pod", p1, ns, "Stopping container fluent-bit", "kubelet", n1, gap=(0.0, 0.05))
    r.stamp(Lf, lambda r: "[%s] [engine] caught signal (SIGTERM)" % r.t.strftime("%Y/%m/%d %H:%M:%S"), gap=(0.05, 0.2))
    r.fbit(Lf, " info", "input", "pausing tail.0", gap=(0.0, 0.01))
    r.fbit(Lf, " warn", "engine", "service will shutdown in max 5 seconds", gap=(0.0, 0.01))
    r.spring(La, "INFO", app, "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete", gap=(0.05, 0.3))
    r.spring(La, "INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete", gap=(0.2, 0.8))
    r.fbit(Lf, " info", "engine", "service has stopped (0 pending tasks)", gap=(1, 3))
    r.event(Lev, "Normal", "SuccessfulCreate", "ReplicaSet", rsn, ns, "Created pod: " + p3, "replicaset-controller", gap=(0.5, 1.5))
    r.event(Lev, "Normal", "Scheduled", "Pod", p3, ns, "Successfully assigned %s/%s to %s" % (ns, p3, n2), "default-scheduler")
    r.event(Lev, "Normal", "AddedInterface", "Pod", p3, ns, "Add eth0 [10.128.4.%d/23] from ovn-kubernetes" % r.rng.randint(10, 250), "multus")
    r.event(Lev, "Normal", "Started", "Pod", p3, ns, "Started container memorial-search", "kubelet", n2, gap=(2, 4))
    r.event(Lev, "Normal", "Started", "Pod", p3, ns, "Started container fluent-bit", "kubelet", n2)
    Lf3 = L(ns, p3, "fluent-bit", n2, app="memorial-search")
    La3 = L(ns, p3, "memorial-search", n2, app="memorial-search")
    r.fbit(Lf3, " info", "fluent bit", "version=2.2.2, commit=eeea396e88, pid=1")
    r.fbit(Lf3, " info", "storage", "ver=1.5.1, type=memory, sync=normal, checksum=off, max_chunks_up=128", gap=(0.0, 0.01))
    r.fbit(Lf3, " info", "cmetrics", "version=0.6.6", gap=(0.0, 0.01))
    r.fbit(Lf3, " info", "output:es:es.0", "worker #0 started", gap=(0.0, 0.01))
    r.fbit(Lf3, " info", "sp", "stream processor started", gap=(0.0, 0.01))
    r.fbit(Lf3, " info", "input:tail:tail.0", "inotify_fs_add(): inode=%d watch_fd=1 name=/var/log/app/search.log" % r.rng.randint(1000, 9000), gap=(1, 3))
    req(La2)
    r.spring(La3, "INFO", app, "main", "c.n.m.MemorialSearchApplication", "Started MemorialSearchApplication in 23.871 seconds (process running for 25.112)", gap=(15, 22))
    req(La3); req(La2); req(La3)
    return r.finish(SRC["A"], "One memorial-search pod was evicted and the fluent-bit sidecar logged SIGTERM — is logging broken?",
                    {"namespace": ns, "app": "memorial-search"},
                    "WARN", "resource_exhausted", "memorial-search",
                    "The shared emptyDir volume 'applogs' of the memorial-search pod grew past its 1Gi sizeLimit: the application keeps rolled log files (search.2026-02-14.7/.8/.9.log) in the volume the fluent-bit sidecar tails, so kubelet evicted the pod.",
                    "A single memorial-search replica was evicted for exceeding the emptyDir limit of its log volume; fluent-bit's SIGTERM is only the consequence. The replacement pod started and the other replicas kept serving.",
                    "Cap the application's log rolling (total size/number of rolled files) below the emptyDir sizeLimit or raise the limit, and lower the log level used during reindexing.",
                    terms=["EmptyDir", "applogs", "exceeds the limit", "handle rotation", "evicted"])


# --------------------------------------------------------------------------- 006
def r006():
    r = Rec("dev64-006", "2026-02-15T09:05:12.000Z", "RKE2", "A")
    ns = "cemetery"
    node = "rke2-agent-2"
    p, _ = r.dpod("burial-register")
    La = L(ns, p, "burial-register", node, app="burial-register")
    Lf = L(ns, p, "fluent-bit", node, app="burial-register")
    Lkern = NL(node, "kernel")
    Lk = {"node": node, "filename": "/var/lib/rancher/rke2/agent/logs/kubelet.log"}
    Lc = {"node": node, "filename": "/var/lib/rancher/rke2/agent/containerd/containerd.log"}
    Lev = EV(ns)
    app = "burial-register"
    uid = r.uid()

    def scan_warn():
        vol = r.rng.randint(1880, 1931)
        page = r.rng.randint(1, 480)
        r.spring(La, "WARN", app, "ocr-import-%d" % r.rng.randint(1, 4), "c.n.c.burial.ScanImporter",
                 "Skipping register page %d/%04d: embedded font unreadable, page queued for manual transcription" % (vol, page), gap=(0.5, 3))
        frames = ["java.io.IOException: Could not read embedded TTF for font BAAAAA+TimesNewRomanPSMT",
                  "\tat org.apache.fontbox.ttf.TTFParser.parseTables(TTFParser.java:248)",
                  "\tat org.apache.fontbox.ttf.TTFParser.parse(TTFParser.java:157)",
                  "\tat org.apache.pdfbox.pdmodel.font.PDTrueTypeFont.<init>(PDTrueTypeFont.java:165)",
                  "\tat org.apache.pdfbox.text.PDFTextStripper.writeText(PDFTextStripper.java:269)",
                  "\tat org.northvale.cemetery.burial.ScanImporter.extract(ScanImporter.java:141)",
                  "\t... 41 common frames omitted"]
        for f in frames:
            r.plain(La, f, gap=(0.0005, 0.001))

    r.fbit(Lf, " info", "fluent bit", "version=2.2.2, commit=eeea396e88, pid=1", gap=0)
    r.fbit(Lf, " info", "storage", "ver=1.5.1, type=memory, sync=normal, checksum=off, max_chunks_up=128", gap=(0.0, 0.01))
    r.fbit(Lf, " info", "input:tail:tail.0", "multiline core started", gap=(0.0, 0.01))
    r.fbit(Lf, " info", "output:forward:forward.0", "worker #0 started", gap=(0.0, 0.01))
    r.fbit(Lf, " info", "input:tail:tail.0", "inotify_fs_add(): inode=1311022 watch_fd=1 name=/var/log/app/burial-register.log", gap=(0.0, 0.05))
    scan_warn()
    r.spring(La, "INFO", app, "nio-8080-exec-2", "c.n.c.burial.RegisterController", "GET /api/burials?surname=Whitlock 200 (22 ms)", gap=(0.5, 2))
    scan_warn()
    scan_warn()
    cid0, pid0 = r.hexs(64), r.rng.randint(30000, 60000)
    r.plain(Lkern, "fluent-bit invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984", ev=True, gap=(1, 3))
    r.plain(Lkern, "memory: usage 65536kB, limit 65536kB, failcnt 2214", ev=True, gap=(0.0, 0.002))
    r.plain(Lkern, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=fluent-bit,pid=%d,uid=0" % (cid0, uid.replace("-", "_"), cid0, uid.replace("-", "_"), cid0, pid0), gap=(0.0, 0.002))
    r.plain(Lkern, "Memory cgroup out of memory: Killed process %d (fluent-bit) total-vm:1012388kB, anon-rss:63912kB, file-rss:10476kB, shmem-rss:0kB, UID:0 pgtables:404kB oom_score_adj:984" % pid0, ev=True, gap=(0.0, 0.002))
    cid = cid0
    r.ctrd(Lc, "info", "TaskOOM event &TaskOOM{ContainerID:%s,XXX_unrecognized:[],}" % cid, gap=(0.01, 0.05))
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, cid), pid=3121)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container fluent-bit in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=3, gap=(0.3, 0.8))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fluent-bit\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=fluent-bit pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=3121)
    scan_warn()
    r.spring(La, "INFO", app, "nio-8080-exec-4", "c.n.c.burial.RegisterController", "GET /api/burials?surname=Achterberg 200 (31 ms)", gap=(5, 15))
    r.go(15, 20)
    r.event(Lev, "Normal", "Pulled", "Pod", p, ns, 'Container image "cr.fluentbit.io/fluent/fluent-bit:2.2.2" already present on machine', "kubelet", node, count=5)
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container fluent-bit", "kubelet", node, count=5)
    r.fbit(Lf, " info", "fluent bit", "version=2.2.2, commit=eeea396e88, pid=1")
    r.fbit(Lf, " info", "input:tail:tail.0", "multiline core started", gap=(0.0, 0.01))
    r.fbit(Lf, " info", "input:tail:tail.0", "db: file=/var/log/app/flb_tail.db, journal_mode=WAL, synchronous=normal", gap=(0.0, 0.01))
    r.fbit(Lf, " info", "input:tail:tail.0", "inotify_fs_add(): inode=1311022 watch_fd=1 name=/var/log/app/burial-register.log", gap=(0.0, 0.05))
    scan_warn()
    r.spring(La, "INFO", app, "nio-8080-exec-6", "c.n.c.burial.RegisterController", "GET /api/burials/BR-1902-00318 200 (9 ms)", gap=(0.5, 2))
    scan_warn()
    r.plain(Lkern, "fluent-bit invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984", gap=(2, 5))
    r.plain(Lkern, "memory: usage 65536kB, limit 65536kB, failcnt 2391", gap=(0.0, 0.002))
    r.plain(Lkern, "Memory cgroup out of memory: Killed process %d (fluent-bit) total-vm:1009120kB, anon-rss:64020kB, file-rss:10380kB, shmem-rss:0kB, UID:0 pgtables:400kB oom_score_adj:984" % r.rng.randint(30000, 60000), ev=True, gap=(0.0, 0.002))
    cid = r.hexs(64)
    r.ctrd(Lc, "info", "TaskOOM event &TaskOOM{ContainerID:%s,XXX_unrecognized:[],}" % cid, gap=(0.01, 0.05))
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container fluent-bit in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=4, ev=True, gap=(0.5, 1))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fluent-bit\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=fluent-bit pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=3121)
    scan_warn()
    r.spring(La, "INFO", app, "nio-8080-exec-1", "c.n.c.burial.RegisterController", "GET /api/plots/B-14-077/burials 200 (17 ms)", gap=(0.5, 2))
    return r.finish(SRC["A"], "burial-register prints long Java stack traces and its pod shows restarts — is the app crashing?",
                    {"namespace": ns, "app": "burial-register"},
                    "CRITICAL", "oom_killed", "burial-register",
                    "The fluent-bit sidecar of the burial-register pod hits its 64Mi memory limit while buffering the application's multi-line Java stack traces and is OOM-killed by the kernel again and again (CrashLoopBackOff on the fluent-bit container).",
                    "The restarts are of the fluent-bit sidecar, not the application: the kernel kills fluent-bit at its 65536kB cgroup limit; the Java WARN stack traces are the (harmless) input that fills its multiline buffer. Logs of burial-register are being lost.",
                    "Raise the fluent-bit sidecar memory limit in the burial-register pod template and bound its buffering (Mem_Buf_Limit / filesystem storage, multiline buffer limits); optionally log the OCR skips without full stack traces.",
                    terms=["oom-killer", "out of memory", "limit 65536kB", "fluent-bit"])


# --------------------------------------------------------------------------- 007
def r007():
    r = Rec("dev64-007", "2026-02-16T00:59:58.000Z", "k3s", "A")
    ns = "crematorium"
    node = "k3s-worker-2"
    import datetime as _dt
    sched = r.t.replace(minute=0, second=0, microsecond=0) + _dt.timedelta(hours=1)
    job = r.job_name("ashes-register-export", sched)
    p = r.pod(job)
    ip = r.ip()
    Le = L(ns, p, "export", node, app="ashes-register-export")
    Lx = L(ns, p, "istio-proxy", node, app="ashes-register-export")
    Lk = NL(node, "k3s-agent.service")
    Lev = EV(ns)
    uid = r.uid()
    r.t = sched
    r.kev(Lev, "Normal", "SuccessfulCreate", "cronjob/ashes-register-export", "Created job " + job, gap=(0.01, 0.05))
    r.kev(Lev, "Normal", "SuccessfulCreate", "job/" + job, "Created pod: " + p)
    r.kev(Lev, "Normal", "Scheduled", "pod/" + p, "Successfully assigned %s/%s to %s" % (ns, p, node))
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container istio-init", gap=(1, 2))
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container export", gap=(0.5, 1))
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container istio-proxy")
    r.istio(Lx, "info", "Starting agent")
    r.istio(Lx, "info", 'xdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"', gap=(0.05, 0.2))
    r.istio(Lx, "info", "cache\tgenerated new workload certificate\tlatency=%.6fms ttl=23h59m59.%09ds" % (r.rng.uniform(80, 190), r.rng.randint(100000000, 999999999)))
    r.istio(Lx, "info", "Readiness succeeded in %.2fs" % r.rng.uniform(1.2, 2.2), gap=(0.8, 1.5))
    r.istio(Lx, "info", "Envoy proxy is ready")
    r.pylog(Le, "INFO", "export", "ashes-register-export 1.6.0: exporting entries changed since 2026-02-15T01:00:00Z", gap=(0.3, 1))
    fq = "ashes-register.crematorium.svc.cluster.local"
    envoy_outbound(r, Lx, "GET", "/api/v2/entries?changed_since=2026-02-15T01:00:00Z&page=1", 8080, 200, "-", "via_upstream", fq,
                   "%s:8080" % r.ip(), ip, ua="python-httpx/0.27.0", gap=(0.3, 1))
    envoy_outbound(r, Lx, "GET", "/api/v2/entries?changed_since=2026-02-15T01:00:00Z&page=2", 8080, 200, "-", "via_upstream", fq,
                   "%s:8080" % r.ip(), ip, ua="python-httpx/0.27.0", gap=(0.3, 1))
    r.pylog(Le, "INFO", "export", "fetched 1284 register entries (2 pages)")
    r.pylog(Le, "INFO", "export.sftp", "connecting to archive.northvale.example:22 as svc-crem-export")
    r.pylog(Le, "INFO", "paramiko.transport", "Connected (version 2.0, client OpenSSH_9.2p1)", gap=(0.2, 0.6))
    r.pylog(Le, "INFO", "paramiko.transport", "Authentication (publickey) successful!", gap=(0.2, 0.6))
    r.pylog(Le, "INFO", "export.sftp", "uploaded ashes-register-2026-02-16.csv.gpg (412 KiB) to /incoming/crematorium/", gap=(3, 8))
    r.envoy_tcp(Lx, "-", 3316, 431822, r.rng.randint(6000, 9000), "198.51.100.24:22", "PassthroughCluster",
                "%s:%d" % (ip, r.rng.randint(40000, 60000)), "198.51.100.24:22", "%s:%d" % (ip, r.rng.randint(40000, 60000)), gap=(0.1, 0.3))
    r.pylog(Le, "INFO", "export", "export finished in 31.4s, exiting with status 0", ev=True)
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=812, ev=True, gap=(0.8, 1.5))
    r.t = sched + _dt.timedelta(minutes=29, seconds=r.rng.randint(10, 50))
    r.istio(Lx, "info", 'xdsproxy\tdelta upstream terminated with status rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "max_age"', gap=(0.001, 0.9))
    r.istio(Lx, "info", "xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=2", ev=True, gap=(0.05, 0.3))
    r.t = sched + _dt.timedelta(hours=1)
    r.kev(Lev, "Normal", "JobAlreadyActive", "cronjob/ashes-register-export", "Not starting job because prior execution is running and concurrency policy is Forbid", age="0s", ev=True, gap=(0.001, 0.01))
    for k in range(2, 4):
        r.t = sched + _dt.timedelta(hours=k - 1, minutes=r.rng.randint(26, 33), seconds=r.rng.randint(0, 59))
        r.istio(Lx, "info", 'xdsproxy\tdelta upstream terminated with status rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "max_age"', gap=(0.001, 0.9))
        r.istio(Lx, "info", "xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=%d" % (k + 1), gap=(0.05, 0.3))
        r.t = sched + _dt.timedelta(hours=k)
        r.kev(Lev, "Normal", "JobAlreadyActive", "cronjob/ashes-register-export", "Not starting job because prior execution is running and concurrency policy is Forbid", gap=(0.001, 0.01))
    return r.finish(SRC["A"], "The nightly ashes-register export did not run at 02:00 or 03:00 — what is blocking it?",
                    {"namespace": ns},
                    "ERROR", "config_error", "ashes-register-export",
                    "The 01:00 Job's export container finished successfully and exited, but the injected istio-proxy sidecar keeps running, so the Job never completes; with concurrencyPolicy Forbid the CronJob skips every later run.",
                    "The ashes-register-export CronJob is blocked by its own previous Job: the main container exited 0 after uploading the file, the Istio sidecar in the Job pod never terminates, and the CronJob controller reports JobAlreadyActive.",
                    "Make the sidecar exit with the job (native sidecar / holdApplicationUntilProxyStarts with a quitquitquit call at the end of the export, or disable injection for this CronJob), then delete the stuck Job.",
                    terms=["exiting with status 0", "ContainerDied", "xdsproxy", "Forbid"])


# --------------------------------------------------------------------------- 008
def r008():
    r = Rec("dev64-008", "2026-02-17T11:47:20.000Z", "Talos", "A")
    ns = "crematorium"
    nm, nt = "talos-4kd-9mz", "talos-8rv-tp1"
    mq = "retort-mqtt-0"
    tp, _ = r.dpod("retort-telemetry")
    mq_ip, tp_ip = r.ip(), r.ip()
    Lm = L(ns, mq, "mosquitto", nm, app="retort-mqtt")
    Lmx = L(ns, mq, "istio-proxy", nm, app="retort-mqtt")
    Lt = L(ns, tp, "retort-telemetry", nt, app="retort-telemetry")
    Ltx = L(ns, tp, "istio-proxy", nt, app="retort-telemetry")
    Lev = EV(ns)
    Lhc = L("flux-system", "helm-controller-6c9f7d8b5-q2l7x", "manager", nt)
    fq = "retort-mqtt.crematorium.svc.cluster.local"
    r.js(Lhc, lambda: {"level": "info", "ts": r.iso3(), "msg": "release out-of-sync with desired state: chart version mismatch (current 0.3.2, desired 0.4.0)",
                       "controller": "helmrelease", "controllerGroup": "helm.toolkit.fluxcd.io", "controllerKind": "HelmRelease",
                       "HelmRelease": {"name": "retort-mqtt", "namespace": ns}, "namespace": ns, "name": "retort-mqtt"}, gap=0)
    r.js(Lhc, lambda: {"level": "info", "ts": r.iso3(), "msg": "running 'upgrade' action with timeout of 5m0s", "controller": "helmrelease",
                       "HelmRelease": {"name": "retort-mqtt", "namespace": ns}, "namespace": ns, "name": "retort-mqtt"})
    r.event(Lev, "Normal", "SuccessfulDelete", "StatefulSet", "retort-mqtt", ns, "delete Pod retort-mqtt-0 in StatefulSet retort-mqtt successful", "statefulset-controller", gap=(2, 4))
    r.js(Lt, lambda: {"time": r.iso6(), "level": "WARN", "msg": "mqtt connection lost", "broker": "tcp://retort-mqtt.crematorium.svc:1883", "err": "EOF"}, gap=(0.5, 1))
    t_lost = r.t
    r.event(Lev, "Normal", "SuccessfulCreate", "StatefulSet", "retort-mqtt", ns, "create Pod retort-mqtt-0 in StatefulSet retort-mqtt successful", "statefulset-controller", gap=(3, 6))
    r.event(Lev, "Normal", "Started", "Pod", mq, ns, "Started container mosquitto", "kubelet", nm, gap=(3, 5))
    r.event(Lev, "Normal", "Started", "Pod", mq, ns, "Started container istio-proxy", "kubelet", nm)
    r.stamp(Lm, lambda r: "%d: mosquitto version 2.0.18 starting" % int(r.t.timestamp()))
    r.stamp(Lm, lambda r: "%d: Config loaded from /mosquitto/config/mosquitto.conf." % int(r.t.timestamp()), ev=True, gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: Starting in local only mode. Connections will only be possible from clients running on this machine." % int(r.t.timestamp()), ev=True, gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: Create a configuration file which defines a listener to allow remote access." % int(r.t.timestamp()), ev=True, gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: For more details see https://mosquitto.org/documentation/authentication-methods/" % int(r.t.timestamp()), gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: Opening ipv4 listen socket on port 1883." % int(r.t.timestamp()), gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: Opening ipv6 listen socket on port 1883." % int(r.t.timestamp()), gap=(0.0, 0.01))
    r.stamp(Lm, lambda r: "%d: mosquitto version 2.0.18 running" % int(r.t.timestamp()), gap=(0.0, 0.01))
    r.istio(Lmx, "info", "Envoy proxy is ready", gap=(1, 2))
    r.js(Lhc, lambda: {"level": "info", "ts": r.iso3(), "msg": "release in-sync with desired state", "controller": "helmrelease",
                       "HelmRelease": {"name": "retort-mqtt", "namespace": ns}, "namespace": ns, "name": "retort-mqtt"}, gap=(2, 4))
    retries = [2, 4, 8, 16, 30, 30]
    for i in range(6):
        cport = r.rng.randint(40000, 60000)
        r.js(Lt, lambda: {"time": r.iso6(), "level": "INFO", "msg": "connecting to broker", "broker": "tcp://retort-mqtt.crematorium.svc:1883", "client_id": "retort-telemetry-1"}, gap=(retries[i - 1] - 1, retries[i - 1] - 0.9) if i else (0.5, 1))
        r.envoy_tcp(Lmx, "UF,URX", 0, 0, 0, "%s:1883" % mq_ip, "inbound|1883||", "-", "%s:1883" % mq_ip, "%s:%d" % (tp_ip, cport),
                    sni="outbound_.1883_._." + fq, tfr="delayed_connect_error:_Connection_refused", gap=(0.002, 0.02))
        r.envoy_tcp(Ltx, "-", 0, 0, r.rng.randint(1, 4), "%s:1883" % mq_ip, "outbound|1883||" + fq, "%s:%d" % (tp_ip, cport),
                    svc_ip(r, fq, 1883), "%s:%d" % (tp_ip, r.rng.randint(40000, 60000)), gap=(0.001, 0.01))
        r.js(Lt, lambda: {"time": r.iso6(), "level": "ERROR", "msg": "mqtt connect failed", "broker": "tcp://retort-mqtt.crematorium.svc:1883", "err": "network Error : EOF", "retry_in": "%ds" % retries[i]}, gap=(0.001, 0.01))
        if i in (1, 3, 5):
            r.js(Lt, lambda: {"time": r.iso6(), "level": "WARN", "msg": "telemetry buffer growing", "retort": r.rng.choice(["retort-1", "retort-2"]), "queued_samples": 120 * int((r.t - t_lost).total_seconds()), "buffer_cap": 20000}, gap=(0.1, 0.8))
    r.js(Lt, lambda: {"time": r.iso6(), "level": "WARN", "msg": "no telemetry published for 120s; cremation records will lack temperature curves", "retorts": ["retort-1", "retort-2"]}, gap=(1, 3))
    return r.finish(SRC["A"], "retort-telemetry cannot publish to MQTT since the broker was upgraded; the Envoy logs show UF,URX. What broke?",
                    {"namespace": ns},
                    "ERROR", "config_error", "retort-mqtt",
                    "After the Helm chart upgrade the mosquitto 2.0 configuration no longer defines a listener, so the broker starts in local only mode and listens on loopback only; the sidecar's inbound connections to the pod IP on 1883 are refused.",
                    "The loud errors are in retort-telemetry and both istio-proxies (EOF, UF,URX), but the broker itself says it is in local only mode: its new mosquitto.conf lacks a 'listener 1883' line.",
                    "Add 'listener 1883' (and the intended authentication settings) to the retort-mqtt mosquitto.conf in the chart values and roll the StatefulSet.",
                    terms=["local only mode", "listener", "Config loaded"])


# --------------------------------------------------------------------------- 009
def r009():
    r = Rec("dev64-009", "2026-02-18T08:12:44.000Z", "EKS", "A")
    ns = "cemetery"
    n1 = "ip-10-31-9-142.eu-central-1.compute.internal"
    n2 = "ip-10-31-22-17.eu-central-1.compute.internal"
    newp, new_rs = r.dpod("exhumation-permits")
    oldp, _ = r.dpod("exhumation-permits")
    Lm = L(ns, newp, "migrate", n1, app="exhumation-permits")
    Lold = L(ns, oldp, "exhumation-permits", n2, app="exhumation-permits")
    Lpg = L(ns, "permits-db-0", "postgres", n2, app="permits-db")
    Lev = EV(ns)
    uid = r.uid()
    app = "exhumation-permits"
    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "exhumation-permits", ns, "Scaled up replica set %s to 1" % new_rs, "deployment-controller", gap=0)
    r.event(Lev, "Normal", "Scheduled", "Pod", newp, ns, "Successfully assigned %s/%s to %s" % (ns, newp, n1), "default-scheduler")
    r.event(Lev, "Normal", "Pulled", "Pod", newp, ns, 'Successfully pulled image "412907353185.dkr.ecr.eu-central-1.amazonaws.com/cemetery/exhumation-permits-migrations:3.4.0" in 2.114s (2.114s including waiting)', "kubelet", n1, gap=(1, 3))
    r.event(Lev, "Normal", "Started", "Pod", newp, ns, "Started container migrate", "kubelet", n1)

    def flyway(first):
        lines = ["Flyway Community Edition 10.8.1 by Redgate", "See release notes here: https://rd.gt/416ObMi", "",
                 "Database: jdbc:postgresql://permits-db.cemetery.svc:5432/permits (PostgreSQL 15.6)",
                 "Successfully validated 42 migrations (execution time 00:00.087s)",
                 'Current version of schema "public": 41',
                 'Migrating schema "public" to version "42 - exhumation permit plot unique"',
                 'ERROR: Migration of schema "public" to version "42 - exhumation permit plot unique" failed! Changes successfully rolled back.',
                 "ERROR: ",
                 "Migration V42__exhumation_permit_plot_unique.sql failed",
                 "-------------------------------------------------------",
                 "SQL State  : 23505",
                 "Error Code : 0",
                 'Message    : ERROR: could not create unique index "exhumation_permit_plot_year_uq"',
                 "  Detail: Key (plot_id, permit_year)=(C-07-112, 2024) is duplicated.",
                 "Location   : db/migration/V42__exhumation_permit_plot_unique.sql (/flyway/sql/db/migration/V42__exhumation_permit_plot_unique.sql)",
                 "Line       : 1",
                 "Statement  : CREATE UNIQUE INDEX exhumation_permit_plot_year_uq ON exhumation_permit (plot_id, permit_year)", ""]
        evl = (7, 13, 14) if first else ()
        for i, t in enumerate(lines):
            if first and i == 7:
                r.pg(Lpg, pgpid, "ERROR", 'could not create unique index "exhumation_permit_plot_year_uq"', prefix="flyway@permits ", ev=True, gap=(0.05, 0.1))
                r.pg(Lpg, pgpid, "DETAIL", "Key (plot_id, permit_year)=(C-07-112, 2024) is duplicated.", prefix="flyway@permits ", gap=0)
                r.pg(Lpg, pgpid, "STATEMENT", "CREATE UNIQUE INDEX exhumation_permit_plot_year_uq ON exhumation_permit (plot_id, permit_year)", prefix="flyway@permits ", gap=0)
            r.plain(Lm, t, ev=(i in evl), gap=(0.001, 0.004) if i else (0.8, 1.6))

    pgpid = r.rng.randint(20000, 40000)
    r.pg(Lpg, pgpid, "LOG", 'connection authorized: user=flyway database=permits application_name="PostgreSQL JDBC Driver"', prefix="flyway@permits ", gap=(0.8, 1.5))
    flyway(True)
    r.klog(NL(n1, "kubelet"), "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, newp, uid, r.hexs(64)), pid=4127, gap=(0.3, 0.8))
    r.spring(Lold, "INFO", app, "nio-8080-exec-3", "c.n.c.permits.PermitController", "GET /api/permits?status=pending 200 (18 ms)", gap=(1, 3))
    r.go(8, 10)
    r.event(Lev, "Normal", "Started", "Pod", newp, ns, "Started container migrate", "kubelet", n1, count=2)
    pgpid = r.rng.randint(20000, 40000)
    flyway(False)
    r.event(Lev, "Warning", "BackOff", "Pod", newp, ns, "Back-off restarting failed container migrate in pod %s_%s(%s)" % (newp, ns, uid), "kubelet", n1, count=2, gap=(0.5, 1))
    r.spring(Lold, "INFO", app, "nio-8080-exec-7", "c.n.c.permits.PermitController", "POST /api/permits 201 (44 ms) permit=EXH-2026-0093", gap=(2, 6))
    r.spring(Lold, "INFO", app, "nio-8080-exec-1", "c.n.c.permits.PermitController", "GET /api/permits/EXH-2026-0093 200 (7 ms)", gap=(1, 4))
    r.event(Lev, "Warning", "BackOff", "Pod", newp, ns, "Back-off restarting failed container migrate in pod %s_%s(%s)" % (newp, ns, uid), "kubelet", n1, count=5, gap=(20, 40))
    r.spring(Lold, "INFO", app, "nio-8080-exec-4", "c.n.c.permits.PermitController", "GET /api/permits?plot=C-07-112 200 (12 ms)", gap=(2, 8))
    return r.finish(SRC["A"], "The new exhumation-permits pod is stuck in Init:CrashLoopBackOff; the old version still works. What is failing?",
                    {"namespace": ns, "app": "exhumation-permits"},
                    "ERROR", "database", "exhumation-permits",
                    "The migrate init container (Flyway) fails on V42: CREATE UNIQUE INDEX exhumation_permit_plot_year_uq cannot be built because existing rows violate it (Key (plot_id, permit_year)=(C-07-112, 2024) is duplicated, SQLSTATE 23505).",
                    "The rollout of exhumation-permits is blocked by its Flyway init container: migration 42 adds a unique index that the existing data violates, so it is rolled back and the init container crash-loops; the old ReplicaSet keeps serving.",
                    "Clean up or merge the duplicate exhumation_permit rows (e.g. C-07-112/2024) in a preceding migration, or change V42, then redeploy exhumation-permits.",
                    terms=["unique index", "duplicated", "failed"])


# --------------------------------------------------------------------------- 010
def r010():
    r = Rec("dev64-010", "2026-02-19T09:00:04.000Z", "GKE", "A")
    ns = "cemetery"
    cm = "cert-manager-7d9f8c6b54-kx2wl"
    node = "gke-civic-prod-system-pool-91c0b2d4-8tzn"
    Lc = L("cert-manager", cm, "cert-manager-controller", node, app="cert-manager")
    Lev = EV(ns)
    key = "%s/public-portal-tls" % ns
    cr = "public-portal-tls-4"
    order = "public-portal-tls-4-%d" % r.rng.randint(1000000000, 4000000000)
    Lng = L("ingress-nginx", "ingress-nginx-controller-5b7f9c6d48-m2d8q", "controller", "gke-civic-prod-default-pool-3f2a9c1e-q1vd")
    r.klog(Lc, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-02-19 09:00:00 +0000 UTC"' % key, gap=0)
    r.klog(Lc, "I", "conditions.go:203", '"Setting lastTransitionTime for Certificate condition" logger="cert-manager.certificates-trigger" key="%s" condition="Issuing" lastTransitionTime="%s"' % (key, r.isos()))
    r.event(Lev, "Normal", "Issuing", "Certificate", "public-portal-tls", ns, "Renewing certificate as renewal was scheduled at 2026-02-19 09:00:00 +0000 UTC", "cert-manager-certificates-trigger")
    r.klog(Lc, "I", "conditions.go:263", '"Setting lastTransitionTime for CertificateRequest condition" logger="cert-manager.certificaterequests-issuer-acme" key="%s/%s" condition="Ready" lastTransitionTime="%s" reason="Pending"' % (ns, cr, r.isos()))
    r.event(Lev, "Normal", "Requested", "Certificate", "public-portal-tls", ns, 'Created new CertificateRequest resource "%s"' % cr, "cert-manager-certificates-request-manager")
    r.event(Lev, "Normal", "OrderCreated", "CertificateRequest", cr, ns, 'Created Order resource %s/%s' % (ns, order), "cert-manager-certificaterequests-issuer-acme")
    for _ in range(2):
        r.stamp(Lng, lambda r: '%s - - [%s] "GET /graves/search?q=Hartmann HTTP/2.0" 200 %d "https://portal.cemeteries.northvale.example/" "%s" %d 0.%03d [cemetery-public-portal-3000] [] %s:3000 %d 0.%03d 200 %s' % (
            "203.0.113.%d" % r.rng.randint(2, 250), r.t.strftime("%d/%b/%Y:%H:%M:%S +0000"), r.rng.randint(2000, 9000), r.rng.choice(UA_BROWSER),
            r.rng.randint(300, 600), r.rng.randint(10, 90), r.ip(), r.rng.randint(2000, 9000), r.rng.randint(10, 90), r.hexs(32)), gap=(0.3, 2))
    rl = ("429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) already issued for this exact set of "
          "domains in the last 168h0m0s, retry after 2026-02-20T14:31:07Z: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames")
    r.klog(Lc, "E", "controller.go:167", '"re-queuing item due to error processing" err="failed to create Order resource due to bad request, marking Order as failed: %s" logger="cert-manager.orders" key="%s/%s"' % (rl, ns, order), ev=True, gap=(0.5, 1.5))
    r.event(Lev, "Warning", "Failed", "Order", order, ns, "Failed to create Order: " + rl, "cert-manager-orders", ev=True)
    r.klog(Lc, "I", "conditions.go:263", '"Setting lastTransitionTime for CertificateRequest condition" logger="cert-manager.certificaterequests-issuer-acme" key="%s/%s" condition="Ready" lastTransitionTime="%s" reason="Failed"' % (ns, cr, r.isos()))
    r.event(Lev, "Warning", "Failed", "CertificateRequest", cr, ns, 'Failed to wait for order resource "%s" to become ready: order is in "errored" state: Failed to create Order: %s' % (order, rl), "cert-manager-certificaterequests-issuer-acme")
    r.event(Lev, "Warning", "Failed", "Certificate", "public-portal-tls", ns, 'The certificate request has failed to complete and will be retried: Failed to wait for order resource "%s" to become ready: order is in "errored" state: Failed to create Order: %s' % (order, rl), "cert-manager-certificates-issuing")
    r.klog(Lc, "I", "trigger_controller.go:160", '"Backing off from issuance due to previously failed issuance(s). Issuance will next be attempted at 2026-02-19 10:00:31 +0000 UTC" logger="cert-manager.certificates-trigger" key="%s"' % key)
    for _ in range(6):
        r.stamp(Lng, lambda r: '%s - - [%s] "GET /graves/plot/B-14-077 HTTP/2.0" 200 %d "https://portal.cemeteries.northvale.example/graves/search" "%s" %d 0.%03d [cemetery-public-portal-3000] [] %s:3000 %d 0.%03d 200 %s' % (
            "198.51.100.%d" % r.rng.randint(2, 250), r.t.strftime("%d/%b/%Y:%H:%M:%S +0000"), r.rng.randint(2000, 9000), r.rng.choice(UA_BROWSER),
            r.rng.randint(300, 600), r.rng.randint(10, 90), r.ip(), r.rng.randint(2000, 9000), r.rng.randint(10, 90), r.hexs(32)), gap=(5, 40))
    r.t = r.t.replace(hour=10, minute=0, second=31)
    r.klog(Lc, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-02-19 09:00:00 +0000 UTC"' % key, gap=(0.01, 0.2))
    cr2 = "public-portal-tls-5"
    order2 = "public-portal-tls-5-%d" % r.rng.randint(1000000000, 4000000000)
    r.event(Lev, "Normal", "Requested", "Certificate", "public-portal-tls", ns, 'Created new CertificateRequest resource "%s"' % cr2, "cert-manager-certificates-request-manager")
    r.event(Lev, "Normal", "OrderCreated", "CertificateRequest", cr2, ns, 'Created Order resource %s/%s' % (ns, order2), "cert-manager-certificaterequests-issuer-acme")
    r.klog(Lc, "E", "controller.go:167", '"re-queuing item due to error processing" err="failed to create Order resource due to bad request, marking Order as failed: %s" logger="cert-manager.orders" key="%s/%s"' % (rl, ns, order2), ev=True, gap=(0.5, 1.5))
    r.event(Lev, "Warning", "Failed", "Order", order2, ns, "Failed to create Order: " + rl, "cert-manager-orders")
    r.event(Lev, "Warning", "Failed", "Certificate", "public-portal-tls", ns, 'The certificate request has failed to complete and will be retried: Failed to wait for order resource "%s" to become ready: order is in "errored" state: Failed to create Order: %s' % (order2, rl), "cert-manager-certificates-issuing")
    r.klog(Lc, "I", "trigger_controller.go:160", '"Backing off from issuance due to previously failed issuance(s). Issuance will next be attempted at 2026-02-19 12:00:33 +0000 UTC" logger="cert-manager.certificates-trigger" key="%s"' % key)
    for path in ["/", "/graves/search?q=Lindqvist", "/graves/plot/D-19-004", "/static/app.7c1e9b.js", "/graves/search?q=Brennan"]:
        r.stamp(Lng, lambda r: '%s - - [%s] "GET %s HTTP/2.0" 200 %d "-" "%s" %d 0.%03d [cemetery-public-portal-3000] [] %s:3000 %d 0.%03d 200 %s' % (
            "203.0.113.%d" % r.rng.randint(2, 250), r.t.strftime("%d/%b/%Y:%H:%M:%S +0000"), path, r.rng.randint(2000, 9000), r.rng.choice(UA_BROWSER),
            r.rng.randint(300, 600), r.rng.randint(10, 90), r.ip(), r.rng.randint(2000, 9000), r.rng.randint(10, 90), r.hexs(32)), gap=(5, 40))
    return r.finish(SRC["A"], "cert-manager keeps failing to renew public-portal-tls. Is the public portal about to lose HTTPS?",
                    {"namespace": ns},
                    "WARN", "rate_limited", "cert-manager",
                    "Let's Encrypt rejects the renewal order with 429 rateLimited: five certificates were already issued for this exact set of hostnames in the last 168h, so cert-manager cannot renew public-portal-tls until 2026-02-20T14:31:07Z.",
                    "The scheduled renewal of public-portal-tls fails at the ACME order step because of the duplicate-certificate rate limit; cert-manager backs off and retries. The current certificate is still valid (renewal runs well before expiry) and the portal serves normally.",
                    "Let cert-manager retry after the retry-after time, and find out what issued five certificates for the same names this week (repeated Secret deletion, a second Certificate or cluster using the same hostnames); use the staging issuer for tests.",
                    terms=["429", "rateLimited", "too many certificates"])
