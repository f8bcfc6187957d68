"""dev62 records 031-040."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 031
def r031():
    R = Rec("dev62-031", "2026-06-19T04:05:00", "dev62-nil-pointer-crashloop",
            "flight-manifest keeps crashing with 'invalid memory address' and SIGSEGV - does it need more memory?",
            sel(namespace="flightops", app="flight-manifest"))
    rng = R.rng
    n = B_K3S_NODES
    fm = pod_name(rng, "flight-manifest")
    cu = pod_name(rng, "ops-ui")
    L = pod_labels(B_K3S, "flightops", fm, "flight-manifest", n[1])
    L_ui = pod_labels(B_K3S, "flightops", cu, "ops-ui", n[0])
    L_ev = event_labels(B_K3S, "flightops")
    L_ag = journal_labels(B_K3S, n[1], "k3s-agent.service")

    def fl(level, msg, **kw):
        return logfmt(ts="$ISO", level=level, caller=kw.pop("caller", "manifest/builder.go:88"), msg=msg, **kw)

    panic = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x8f3a21]",
        "goroutine 47 [running]:",
        "github.com/windrose/flight-manifest/internal/manifest.(*Builder).addPassenger(0xc0001a2000, {0xc00028e1e0, 0x8}, 0x0)",
        "\t/src/internal/manifest/builder.go:142 +0x21",
        "github.com/windrose/flight-manifest/internal/manifest.(*Builder).Build(0xc0001a2000, {0xc000232a80, 0xc, 0x10})",
        "\t/src/internal/manifest/builder.go:97 +0x1b4",
        "github.com/windrose/flight-manifest/internal/queue.(*Worker).handle(0xc0000b8140, {0xa21f60, 0xc0000a4000}, 0xc0002b4000)",
        "\t/src/internal/queue/worker.go:66 +0x2f1",
        "created by github.com/windrose/flight-manifest/internal/queue.(*Worker).Start in goroutine 1",
        "\t/src/internal/queue/worker.go:41 +0x9c",
    ]
    starts = [(8.0, "40s", 4), (58.0, "1m20s", 5), (150.0, "2m40s", 6), (322.0, "5m0s", 7)]
    for k, (t, bo, cnt) in enumerate(starts):
        R.at(t, L, fl("info", "starting flight-manifest", caller="cmd/main.go:29", version="1.12.0"))
        R.at(t + 0.3, L, fl("info", "queue attached", caller="queue/worker.go:38", queue="manifests", pending=3))
        R.at(t + 0.5, L, fl("info", "building manifest", flight="WR-0619-A", passengers=12, pilot="P-07"))
        for j in range(2):
            R.at(t + 0.52 + j * 0.01, L, fl("debug", "passenger", caller="manifest/builder.go:131", booking="BK-%d" % (88200 + j * 7),
                                            seat=j + 1, weight_kg=rng.randint(58, 96)))
        R.at(t + 0.55, L, fl("debug", "passenger", caller="manifest/builder.go:131", booking="BK-88213", seat=3, voucher="GV-2219",
                             weight_kg="<nil>"), ev=(k == 0))
        R.lines(t + 0.56, L, panic, step=0.0005, ev={0, 4} if k in (0, 3) else set())
        R.at(t + 1.5, L_ag, klog("I", 1022, "kuberuntime_container.go:309", "Container exited", pod="flightops/" + fm,
                                 containerName="flight-manifest", exitCode="RAW:2"))
        R.at(t + 1.7, L_ev, k8s_event("Pod", fm, "BackOff", "Warning",
                                      "Back-off restarting failed container flight-manifest in pod %s_flightops(%s)" % (fm, uuid4(rng)),
                                      host=n[1], count=cnt))
        R.at(t + 1.8, L_ag, klog("E", 1022, "pod_workers.go:1301", "Error syncing pod, skipping",
                                 err='failed to "StartContainer" for "flight-manifest" with CrashLoopBackOff: "back-off %s restarting failed container=flight-manifest pod=%s_flightops(%s)"' % (bo, fm, uuid4(rng)),
                                 pod="flightops/" + fm))
    R.noise(L_ui, lambda r: js({"ClientHost": "192.168.10.%d" % r.randint(20, 60), "DownstreamStatus": 503,
                                "Duration": r.randint(20000, 90000), "RequestMethod": "GET",
                                "RequestPath": "/api/manifest/WR-0619-%s" % r.choice("AB"),
                                "RouterName": "flightops-ops-ui-manifest@kubernetescrd", "level": "info", "msg": "", "time": "$ISO"}), 5, 20, 560)
    R.noise(L_ag, kubelet_noise(["flightops/" + fm, "flightops/" + cu], pid=1022), 3, 0, 560)
    return R.build(
        "CRITICAL", "application_error",
        "flight-manifest 1.12.0 dereferences a nil weight pointer in Builder.addPassenger (builder.go:142) for a "
        "gift-voucher passenger whose weight was never recorded (BK-88213, weight_kg=<nil>); the Go panic kills "
        "the process, and since that booking is at the head of the queue every restart crashes again.",
        "CrashLoopBackOff since ~04:05 with 'panic: runtime error: invalid memory address or nil pointer "
        "dereference' (SIGSEGV, exit code 2). This is a code defect, not memory exhaustion - there is no OOM kill "
        "or exit 137 - and the load sheets for this morning's flights are not being produced.",
        "Hotfix addPassenger to reject/flag passengers without a weight instead of dereferencing nil (and recover "
        "per message), or record the passenger's weight for BK-88213 to unblock the queue now.",
        component="flight-manifest")


# --------------------------------------------------------------------------- 032
def r032():
    R = Rec("dev62-032", "2026-12-19T18:52:00", "dev62-hpa-pending-pool-max",
            "Extra hls-packager replicas for the carol concert stream are stuck Pending - why?",
            sel(namespace="recitals", app="hls-packager"))
    rng = R.rng
    n = C_GKE_NODES
    hp = pods(rng, "hls-packager", 6)
    L_hp = [pod_labels(C_GKE, "recitals", hp[i], "hls-packager", n[2]) for i in range(3)]
    L_ev = event_labels(C_GKE, "recitals")
    sg = pod_name(rng, "stream-gateway")
    L_sg = pod_labels(C_GKE, "recitals", sg, "stream-gateway", n[0])
    R.noise(L_hp[0], lambda r: logfmt(ts="$ISO", level="info", msg="segment written", stream="live/carols", seq=r.randint(300, 420),
                                      rendition=r.choice(["1080p", "720p", "480p"]), dur_ms=r.randint(3990, 4010)), 5, 0, 60)
    R.at(62.0, L_ev, k8s_event("HorizontalPodAutoscaler", "hls-packager", "SuccessfulRescale", "Normal",
                               "New size: 6; reason: cpu resource utilization (percentage of request) above target",
                               comp="horizontal-pod-autoscaler"))
    msg = ("0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector. preemption: "
           "0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    for k, p in enumerate(hp[3:]):
        for j, t in enumerate((62.5, 125.0, 250.0, 430.0)):
            R.at(t + k * 0.01, L_ev, k8s_event("Pod", p, "FailedScheduling", "Warning", msg, comp="default-scheduler", count=j + 1), ev=(k == 0 and j == 0))
        R.at(75.0 + k * 0.01, L_ev, k8s_event("Pod", p, "NotTriggerScaleUp", "Normal",
                                             "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector",
                                             comp="cluster-autoscaler", count=1), ev=(k == 0))
    for k, t in enumerate(sorted(rng.uniform(90, 560) for _ in range(9))):
        i = k % 3
        R.at(t, L_hp[i], logfmt(ts="$ISO", level="warn", msg="segment encode slow", stream="live/carols", rendition="1080p",
                                took_ms=rng.randint(4300, 4900), target_ms=4000, cpu_throttled_pct=rng.randint(18, 35)))
    R.noise(L_hp[1], lambda r: logfmt(ts="$ISO", level="info", msg="segment written", stream="live/carols", seq=r.randint(420, 560),
                                      rendition=r.choice(["720p", "480p", "audio"]), dur_ms=r.randint(3990, 4010)), 6, 60, 560)
    R.noise(L_sg, lambda r: spring("INFO", 1, "stream-gateway", "scheduling-1", "u.o.s.stream.ViewerStats",
                                   "live/carols viewers=%d renditions=1080p:%d,720p:%d,480p:%d,audio:%d" % (
                                       r.randint(1400, 1650), r.randint(500, 620), r.randint(600, 700), r.randint(200, 260), r.randint(40, 60))), 5, 0, 560)
    R.at(300.0, L_sg, spring("WARN", 1, "stream-gateway", "http-nio-8080-exec-4", "u.o.s.stream.PlaylistService",
                             "live/carols 1080p playlist is 2 segments behind live edge"))
    return R.build(
        "WARN", "scheduling",
        "The HPA asked for three more hls-packager replicas for the carol-concert audience, but they can only run "
        "on the media node pool (node selector), whose two nodes are out of CPU and which is already at its "
        "maximum size, so the cluster autoscaler cannot add a node; the other pool does not match the selector.",
        "Three new hls-packager pods Pending ('Insufficient cpu', 'didn't match node affinity/selector', "
        "NotTriggerScaleUp: max node group size reached). The three running replicas keep the stream up but encode "
        "1080p segments slower than real time, so the stream lags.",
        "Raise the media pool's max node count (or allow hls-packager on the default pool) and pre-scale before "
        "large concerts.",
        component="hls-packager")


# --------------------------------------------------------------------------- 033
def r033():
    R = Rec("dev62-033", "2026-05-10T03:11:00", "dev62-cert-renewal-healthy",
            "cert-manager logged 'propagation check failed' and a 404 while renewing the client portal certificate - is the certificate about to lapse?",
            sel(namespace="cert-manager"))
    rng = R.rng
    n = S_AKS_NODES
    cm = pod_name(rng, "cert-manager")
    ng = pod_name(rng, "nginx")
    L_cm = pod_labels(S_AKS, "cert-manager", cm, "cert-manager-controller", n[1], "cert-manager")
    L_ng = pod_labels(S_AKS, "app-routing-system", ng, "nginx", n[0], "nginx")
    L_ev = event_labels(S_AKS, "portal")
    key = "portal/client-portal-tls"
    cr = "client-portal-tls-7"
    order = "%s-%d" % (cr, rng.randint(1000000000, 4294967295))
    ch = "%s-%d" % (order, rng.randint(1000000000, 4294967295))
    tok = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43))
    dom = "portal.northvale-sli.org.uk"
    sched = R.when(42.0).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")

    def cml(level, src, msg, **kw):
        return klog(level, 1, src, msg, **kw)

    R.at(42.0, L_cm, cml("I", "trigger_controller.go:215", "Certificate must be re-issued", logger="cert-manager.certificates-trigger",
                         key=key, reason="Renewing", message="Renewing certificate as renewal was scheduled at %s" % sched))
    R.at(42.1, L_ev, k8s_event("Certificate", "client-portal-tls", "Issuing", "Normal",
                               "Renewing certificate as renewal was scheduled at %s" % sched, comp="cert-manager-certificates-trigger"))
    R.at(42.6, L_ev, k8s_event("Certificate", "client-portal-tls", "Reused", "Normal",
                               "Reusing private key stored in existing Secret resource \"client-portal-tls\"", comp="cert-manager-certificates-key-manager"))
    R.at(42.9, L_ev, k8s_event("Certificate", "client-portal-tls", "Requested", "Normal",
                               "Created new CertificateRequest resource \"%s\"" % cr, comp="cert-manager-certificates-request-manager"))
    R.at(43.5, L_cm, cml("I", "sync.go:276", "Creating new ACME challenge", logger="cert-manager.orders", resource_name=order,
                         resource_namespace="portal", resource_kind="Order", dnsName=dom, type="HTTP-01"))
    R.at(45.0, L_ng, '10.244.2.17 - - [$NGX] "GET /.well-known/acme-challenge/%s HTTP/1.1" 404 146 "-" "cert-manager-challenges/v1.15.1 (linux/amd64) cert-manager/%s" 241 0.000 [-] [] - - - - %s' % (
        tok, hexid(rng, 40), hexid(rng, 32)))
    R.at(45.1, L_cm, cml("E", "sync.go:190", "propagation check failed", err="failed to perform self check GET request 'http://%s/.well-known/acme-challenge/%s': wrong status code '404', expected '200'" % (dom, tok),
                         logger="cert-manager.challenges", resource_name=ch, resource_namespace="portal", resource_kind="Challenge",
                         dnsName=dom, type="HTTP-01"))
    R.at(46.2, L_ng, "I$KLOG       7 controller.go:190] \"Configuration changes detected, backend reload required\"")
    R.at(46.9, L_ng, "I$KLOG       7 controller.go:210] \"Backend successfully reloaded\"")
    R.at(55.1, L_ng, '10.244.2.17 - - [$NGX] "GET /.well-known/acme-challenge/%s HTTP/1.1" 200 87 "-" "cert-manager-challenges/v1.15.1 (linux/amd64) cert-manager/%s" 241 0.001 [portal-cm-acme-http-solver-%s-8089] [] 10.244.2.55:8089 87 0.001 200 %s' % (
        tok, hexid(rng, 40), rs_hash(rng, 5), hexid(rng, 32)))
    R.at(55.3, L_cm, cml("I", "sync.go:351", "accepting challenge with ACME server", logger="cert-manager.challenges", resource_name=ch,
                         resource_namespace="portal", resource_kind="Challenge", dnsName=dom, type="HTTP-01"))
    R.at(56.4, L_cm, cml("I", "sync.go:371", "waiting for authorization for domain", logger="cert-manager.challenges", resource_name=ch,
                         resource_namespace="portal", resource_kind="Challenge", dnsName=dom, type="HTTP-01"))
    for k in range(3):
        R.at(57.0 + k * 1.5, L_ng, '%s - - [$NGX] "GET /.well-known/acme-challenge/%s HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let\'s Encrypt validation server; +https://www.letsencrypt.org)" 249 0.001 [portal-cm-acme-http-solver-%s-8089] [] 10.244.2.55:8089 87 0.001 200 %s' % (
            rng.choice(["23.178.112.104", "3.132.112.94", "16.16.181.48"]), tok, rs_hash(rng, 5), hexid(rng, 32)))
    R.at(63.0, L_cm, cml("I", "acme.go:233", "certificate issued", logger="cert-manager.certificaterequests-issuer-acme.sign",
                         resource_name=cr, resource_namespace="portal", resource_kind="CertificateRequest", resource_version="v1",
                         related_resource_name=order, related_resource_namespace="portal", related_resource_kind="Order", related_resource_version="v1"))
    R.at(63.4, L_ev, k8s_event("Certificate", "client-portal-tls", "Issuing", "Normal", "The certificate has been successfully issued",
                               comp="cert-manager-certificates-issuing"))
    R.at(64.5, L_ng, "I$KLOG       7 backend_ssl.go:67] \"Updating ssl certificate\" namespace=\"portal\" ingress=\"client-portal\" secret=\"client-portal-tls\"")
    R.at(65.0, L_ng, "I$KLOG       7 controller.go:210] \"Backend successfully reloaded\"")
    acc = ingress_nginx_access("https://%s/" % dom, "portal-client-portal-8080", ["10.244.0.61:8080", "10.244.1.93:8080"],
                               [("GET", "/bookings", 200, 9000, 12000, 0.02, 0.09), ("GET", "/api/bookings?status=upcoming", 200, 1500, 3800, 0.015, 0.07),
                                ("POST", "/api/bookings", 201, 300, 420, 0.05, 0.15)])
    R.noise(L_ng, acc, 18, 0, 420)
    R.noise(L_cm, lambda r: cml("I", "leaderelection.go:260", "successfully renewed lease", lease="kube-system/cert-manager-controller"), 3, 0, 420)
    return R.build(
        "INFO", "none",
        "No incident: cert-manager renewed client-portal-tls on schedule (two thirds into its lifetime). The first "
        "HTTP-01 self-check hit the ingress before it had loaded the solver route (404), which cert-manager "
        "retries; after the reload the challenge passed and the new certificate was issued and loaded.",
        "Routine ACME renewal: one transient 'propagation check failed' 404, then Let's Encrypt validated the "
        "challenge, the CertificateRequest was signed and ingress reloaded the new certificate; the portal served "
        "traffic throughout.",
        "Nothing to do.")


# --------------------------------------------------------------------------- 034
def r034():
    R = Rec("dev62-034", "2026-11-09T17:59:00", "dev62-rbac-forbidden-rota",
            "The weekly ringing rota didn't update on the tower displays this evening - what failed?",
            sel(namespace="ringing"))
    rng = R.rng
    n = C_KADM_NODES
    L_ev = event_labels(C_KADM, "ringing")
    td = pod_name(rng, "tower-display")
    L_td = pod_labels(C_KADM, "ringing", td, "tower-display", n[2])
    job = "rota-publisher-29643840"
    body = ('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \\"tower-rota\\" is forbidden: '
            'User \\"system:serviceaccount:ringing:rota-publisher\\" cannot patch resource \\"configmaps\\" in API group \\"\\" in the namespace '
            '\\"ringing\\"","reason":"Forbidden","details":{"name":"tower-rota","kind":"configmaps"},"code":403}')
    R.at(60.0, L_ev, k8s_event("CronJob", "rota-publisher", "SuccessfulCreate", "Normal", "Created job %s" % job, comp="cronjob-controller"))
    attempts = [61.0, 75.0, 101.0, 148.0]
    for k, t in enumerate(attempts):
        p = "%s-%s" % (job, rs_hash(rng, 5))
        L = pod_labels(C_KADM, "ringing", p, "rota-publisher", n[k % 3], "rota-publisher")
        R.at(t, L_ev, k8s_event("Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % p, comp="job-controller"))
        R.lines(t + 3.0, L, [
            "$PYT INFO rota-publisher: building rota for week 2026-W46 (12 towers, 148 ringers)",
            "$PYT INFO rota-publisher: rota rendered (86 assignments, 4 peal attempts)",
            "$PYT ERROR rota-publisher: failed to update ConfigMap ringing/tower-rota",
            "kubernetes.client.exceptions.ApiException: (403)",
            "Reason: Forbidden",
            "HTTP response headers: HTTPHeaderDict({'Audit-Id': '%s', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'X-Kubernetes-Pf-Flowschema-Uid': '%s', 'X-Kubernetes-Pf-Prioritylevel-Uid': '%s', 'Content-Length': '339'})" % (uuid4(rng), uuid4(rng), uuid4(rng)),
            "HTTP response body: %s" % body,
        ], step=0.2, ev={3, 6} if k in (0, 3) else set())
    R.at(153.5, L_ev, k8s_event("Job", job, "BackoffLimitExceeded", "Warning", "Job has reached the specified backoff limit", comp="job-controller"))
    R.at(153.6, L_ev, k8s_event("CronJob", "rota-publisher", "SawCompletedJob", "Normal", "Saw completed job: %s, status: Failed" % job, comp="cronjob-controller"))
    R.noise(L_td, lambda r: 'time="$ISO" level=info msg="display refreshed" tower=%s rota_week=2026-W45' % r.choice(
        ["cathedral-12", "st-marys-8", "st-peters-6", "holy-trinity-8"]), 10, 0, 560)
    R.at(420.0, L_td, 'time="$ISO" level=warning msg="rota ConfigMap not updated for 7 days" configmap=ringing/tower-rota last_week=2026-W45')
    pr = pod_name(rng, "peal-rota")
    L_pr = pod_labels(C_KADM, "ringing", pr, "peal-rota", n[1])
    R.noise(L_pr, lambda r: spring("INFO", 1, "peal-rota", "http-nio-8080-exec-%d" % r.randint(1, 8), "u.o.s.ringing.rota.RotaController",
                                   "rota view tower=%s week=2026-W46" % r.choice(["cathedral-12", "st-marys-8"])), 5, 0, 560)
    return R.build(
        "ERROR", "auth_failure",
        "RBAC: the rota-publisher ServiceAccount is no longer allowed to patch the tower-rota ConfigMap in the "
        "ringing namespace (403 Forbidden from the API server) - this is the first weekly run since the peal-rota "
        "3.6.0 chart upgrade changed its Role/RoleBinding.",
        "All four attempts of tonight's rota-publisher job failed with 'configmaps \"tower-rota\" is forbidden: User "
        "\"system:serviceaccount:ringing:rota-publisher\" cannot patch resource \"configmaps\"'; the job hit its "
        "backoff limit and the tower displays still show week 2026-W45.",
        "Restore a Role granting get/patch on configmaps (resourceNames: tower-rota) bound to rota-publisher, then "
        "re-run the job (kubectl create job --from=cronjob/rota-publisher).",
        component="rota-publisher")


# --------------------------------------------------------------------------- 035
def r035():
    R = Rec("dev62-035", "2026-04-30T14:20:00", "dev62-node-heap-oom-crashloop",
            "caption-relay crashes with a native stack trace and exit code 134 - is it a bug in the new Node.js version?",
            sel(namespace="vri", app="caption-relay"))
    rng = R.rng
    n = S_OCP_NODES
    cr = pod_name(rng, "caption-relay")
    L = pod_labels(S_OCP, "vri", cr, "caption-relay", n[2])
    L_ev = event_labels(S_OCP, "vri")
    L_kl = journal_labels(S_OCP, n[2], "kubelet.service")
    sg = pod_name(rng, "signalling-gateway")
    L_sg = pod_labels(S_OCP, "vri", sg, "signalling-gateway", n[0])
    addr = "0x%s" % hexid(rng, 7)

    def wj(level, msg, **kw):
        d = {"level": level, "message": msg}
        d.update(kw)
        d["timestamp"] = "$ISO"
        return js(d)

    oom = [
        "<--- Last few GCs --->",
        "[1:%s]  %d ms: Mark-Compact 2031.2 (2083.4) -> 2027.9 (2084.1) MB, 1623.42 / 0.00 ms  (average mu = 0.118, current mu = 0.021) allocation failure; scavenge might not succeed" % (addr, rng.randint(9100, 9600)),
        "[1:%s]  %d ms: Mark-Compact 2028.4 (2084.1) -> 2027.6 (2084.6) MB, 2641.10 / 0.00 ms  (average mu = 0.061, current mu = 0.005) allocation failure; scavenge might not succeed" % (addr, rng.randint(11300, 11800)),
        "<--- JS stacktrace --->",
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
        "----- Native stack trace -----",
        " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]",
        " 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
        " 3: 0xf06537 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
        " 4: 0x1117f85  [node]",
        " 5: 0x112fe08 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]",
        " 6: 0x1105f21 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]",
        " 7: 0x10e4566 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]",
        " 8: 0x15400a6 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]",
        " 9: 0x1979ef6  [node]",
    ]
    starts = [(4.0, 3, "1m20s"), (105.0, 4, "2m40s"), (288.0, 5, "5m0s")]
    for k, (t, cnt, bo) in enumerate(starts):
        R.at(t, L, wj("info", "caption-relay 1.9.0 starting", node="v20.15.1", maxOldSpaceSizeMB=2048, containerMemoryLimit="3Gi"), ev=(k == 0))
        R.at(t + 1.0, L, wj("info", "replaying caption history for active sessions", sessions=3))
        R.at(t + 1.5, L, wj("info", "caption stream attached", session="vri-7731", type="tribunal", durationMin=212 + k * 3, bufferedLines=48211 + k * 900))
        R.at(t + 1.6, L, wj("info", "caption stream attached", session="vri-7740", type="gp-appointment", durationMin=18, bufferedLines=610))
        R.at(t + 8.0, L, wj("warn", "heap usage high", heapUsedMB=1911, heapLimitMB=2096))
        R.lines(t + 12.0, L, oom, step=0.002, ev={4} if k in (0, 2) else set())
        R.at(t + 13.0, L_kl, klog("I", 3311, "kuberuntime_container.go:309", "Container exited", pod="vri/" + cr,
                                  containerName="caption-relay", exitCode="RAW:134"))
        R.at(t + 13.2, L_ev, k8s_event("Pod", cr, "BackOff", "Warning",
                                       "Back-off restarting failed container caption-relay in pod %s_vri(%s)" % (cr, uuid4(rng)),
                                       host=n[2], count=cnt))
        R.at(t + 13.3, L_kl, klog("E", 3311, "pod_workers.go:1301", "Error syncing pod, skipping",
                                  err='failed to "StartContainer" for "caption-relay" with CrashLoopBackOff: "back-off %s restarting failed container=caption-relay pod=%s_vri(%s)"' % (bo, cr, uuid4(rng)),
                                  pod="vri/" + cr))
    R.noise(L_sg, lambda r: spring("WARN", 1, "signalling-gateway", "http-nio-8080-exec-%d" % r.randint(1, 9), "u.o.n.vri.signal.captions.CaptionBridge",
                                   "caption relay unavailable for room vri-%d: Connection refused" % r.choice([7731, 7740, 7744])), 6, 20, 560)
    return R.build(
        "CRITICAL", "oom_killed",
        "caption-relay runs out of JavaScript heap: it is capped at --max-old-space-size=2048 and replays the full "
        "caption history of active sessions on start-up, and a 3.5-hour tribunal session (48k buffered lines) "
        "pushes the V8 heap past the limit, so Node aborts (exit 134) every time it starts.",
        "CrashLoopBackOff: each start reaches 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap "
        "out of memory' within ~12 s. The native stack trace and exit 134 (SIGABRT) come from V8's out-of-memory "
        "handler, not from an application exception; captions are unavailable for live sessions.",
        "Raise max-old-space-size (the container has 3Gi) and cap/trim the per-session caption buffer or stream "
        "history from storage instead of replaying it all into memory.",
        component="caption-relay")


# --------------------------------------------------------------------------- 036
def r036():
    R = Rec("dev62-036", "2026-06-22T01:59:00", "dev62-job-oom-once",
            "The nightly manifest-pdf-export job failed once with 'Target closed' and then succeeded - anything to do?",
            sel(namespace="flightops", app="manifest-pdf-export"))
    rng = R.rng
    n = B_EKS_NODES
    job = "manifest-pdf-export-29663280"
    p1 = "%s-%s" % (job, rs_hash(rng, 5))
    p2 = "%s-%s" % (job, rs_hash(rng, 5))
    L1 = pod_labels(B_EKS, "flightops", p1, "exporter", n[1], "manifest-pdf-export")
    L2 = pod_labels(B_EKS, "flightops", p2, "exporter", n[2], "manifest-pdf-export")
    L_ev = event_labels(B_EKS, "flightops")
    L_k = journal_labels(B_EKS, n[1], "kernel")
    L_kl = journal_labels(B_EKS, n[1], "kubelet.service")
    flights = ["WR-0622-A", "WR-0622-B", "WR-0622-C", "WR-0622-D", "WR-0623-A", "WR-0623-B", "WR-0623-C", "WR-0623-D",
               "WR-0624-A", "WR-0624-B", "WR-0624-C", "WR-0624-D", "WR-0625-A", "WR-0625-B", "WR-0625-C", "WR-0625-D"]

    def el(msg):
        return "$ISO %s" % msg

    R.at(60.0, L_ev, k8s_event("CronJob", "manifest-pdf-export", "SuccessfulCreate", "Normal", "Created job %s" % job, comp="cronjob-controller"))
    R.at(60.1, L_ev, k8s_event("Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % p1, comp="job-controller"))
    R.at(64.0, L1, el("info: rendering 16 load sheets with 4 parallel pages (chromium 126.0.6478.126)"))
    done = 0
    t = 70.0
    for f in flights[:9]:
        R.at(t, L1, el("info: rendered %s.pdf (%d pages, %d photos)" % (f, rng.randint(2, 4), rng.randint(0, 24))))
        t += rng.uniform(2.5, 5.0)
        done += 1
    tk = t + 1.0
    R.lines(tk, L_k, [
        "chrome invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=1000",
        "memory: usage 524288kB, limit 524288kB, failcnt 1412",
        "Memory cgroup out of memory: Killed process %d (chrome) total-vm:34501344kB, anon-rss:389120kB, file-rss:83224kB, shmem-rss:10240kB, UID:1000 pgtables:2140kB oom_score_adj:1000" % rng.randint(200, 400),
    ], step=0.01, ev={1, 2})
    R.lines(tk + 0.3, L1, [
        el("error: failed to render %s: TargetCloseError: Protocol error (Page.printToPDF): Target closed" % flights[9]),
        "    at CallbackRegistry.clear (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/common/CallbackRegistry.js:81:36)",
        "    at CdpCDPSession._onClosed (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/CDPSession.js:114:25)",
        "    at Connection.onMessage (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/Connection.js:140:25)",
        el("error: export aborted after 9/16 load sheets; exit 1"),
    ], step=0.01)
    R.at(tk + 1.5, L_kl, klog("I", 2231, "kuberuntime_container.go:309", "Container exited", pod="flightops/" + p1,
                              containerName="exporter", exitCode="RAW:1", reason="OOMKilled"), ev=True)
    R.at(tk + 2.0, L_ev, k8s_event("Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % p2, comp="job-controller"))
    t = tk + 8.0
    R.at(t, L2, el("info: rendering 7 load sheets with 4 parallel pages (chromium 126.0.6478.126), 9 already in s3://windrose-ops/loadsheets/2026-06-22/"))
    t += 5.0
    for f in flights[9:]:
        R.at(t, L2, el("info: rendered %s.pdf (%d pages, %d photos)" % (f, rng.randint(2, 4), rng.randint(0, 24))))
        t += rng.uniform(2.5, 5.0)
    R.at(t + 1.0, L2, el("info: uploaded 16/16 load sheets to s3://windrose-ops/loadsheets/2026-06-22/"))
    R.at(t + 2.5, L_ev, k8s_event("Job", job, "Completed", "Normal", "Job completed", comp="job-controller"))
    R.at(t + 2.6, L_ev, k8s_event("CronJob", "manifest-pdf-export", "SawCompletedJob", "Normal",
                                  "Saw completed job: %s, status: Complete" % job, comp="cronjob-controller"))
    R.noise(L_kl, kubelet_noise(["flightops/" + p1, "bookings/bookings-db-2"], pid=2231), 4, 0, t + 30)
    R.noise(L_ev, [k8s_event("CronJob", "weather-briefing-cache-warm", "SawCompletedJob", "Normal",
                             "Saw completed job: weather-briefing-cache-warm-29663275, status: Complete", comp="cronjob-controller")], 1, 0, 50)
    return R.build(
        "WARN", "oom_killed",
        "The export pod hit its 512Mi memory limit while four headless Chromium pages rendered photo-heavy load "
        "sheets in parallel; the kernel's cgroup OOM killer killed a chrome process, which puppeteer reports as "
        "'Target closed', and the container ended as OOMKilled.",
        "One failed attempt (9/16 sheets, OOMKilled) followed by a retry pod that rendered the remaining seven and "
        "completed the job; all 16 load sheets were uploaded. The TargetCloseError is the symptom of Chromium being "
        "killed, not an application bug.",
        "Raise the exporter's memory limit (e.g. 1Gi) or render with 2 parallel pages so the job does not depend on "
        "a retry.",
        component="manifest-pdf-export")


# --------------------------------------------------------------------------- 037
def r037():
    R = Rec("dev62-037", "2026-03-10T22:00:00", "dev62-k3s-upgrade-healthy",
            "The hangar agent nodes were cordoned and drained last night and pods moved around - was there an outage?",
            None)
    rng = R.rng
    n = B_K3S_NODES
    suc = pod_name(rng, "system-upgrade-controller")
    L_suc = pod_labels(B_K3S, "system-upgrade", suc, "system-upgrade-controller", n[0])
    L_evd = event_labels(B_K3S, "default")
    L_evf = event_labels(B_K3S, "flightops")
    ver = "v1.30.6+k3s1"
    ct = pod_name(rng, "chase-tracker")
    ui = pods(rng, "ops-ui", 2)

    def sl(msg, level="info", **kw):
        return 'time="$ISO" level=%s msg="%s"%s' % (level, msg, "".join(' %s=%s' % (k, v) for k, v in kw.items()))

    R.at(2.0, L_suc, sl("Resolved version", plan="system-upgrade/agent-plan", version=ver))
    for k, (node, t0) in enumerate(((n[1], 5.0), (n[2], 240.0))):
        h = hexid(rng, 10)
        jp = "apply-agent-plan-on-%s-with-%s-%s" % (node, h[:10], rs_hash(rng, 5))
        L_j = pod_labels(B_K3S, "system-upgrade", jp, "drain", node, "system-upgrade")
        L_ag = journal_labels(B_K3S, node, "k3s-agent.service")
        R.at(t0, L_suc, sl("Creating job", plan="system-upgrade/agent-plan", node=node))
        R.at(t0 + 4.0, L_j, "node/%s cordoned" % node)
        R.at(t0 + 4.1, L_evd, k8s_event("Node", node, "NodeNotSchedulable", "Normal", "Node %s status is now: NodeNotSchedulable" % node, host=node))
        evict = [ct, ui[0]] if k == 0 else [ui[1]]
        for p in evict:
            R.at(t0 + 4.5, L_j, "evicting pod flightops/%s" % p)
        if k == 0:
            R.at(t0 + 4.7, L_j, 'error when evicting pods/"%s" -n "flightops" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.' % ui[0])
            R.at(t0 + 9.8, L_j, "evicting pod flightops/%s" % ui[0])
        for p in evict:
            R.at(t0 + 12.0, L_j, "pod/%s evicted" % p)
            R.at(t0 + 12.1, L_evf, k8s_event("Pod", p, "Killing", "Normal", "Stopping container %s" % ("chase-tracker" if p == ct else "ops-ui"), host=node))
        R.at(t0 + 12.5, L_j, "node/%s drained" % node)
        R.at(t0 + 30.0, L_ag, "Stopped Lightweight Kubernetes.")
        R.at(t0 + 31.0, L_ag, 'time="$ISO" level=info msg="Starting k3s agent %s (b0d2f5c1)"' % ver)
        R.at(t0 + 33.0, L_ag, 'time="$ISO" level=info msg="Running kubelet --address=0.0.0.0 --anonymous-auth=false --cgroup-driver=systemd --cluster-dns=10.43.0.10 --cluster-domain=cluster.local --hostname-override=%s --node-labels= --pod-infra-container-image=rancher/mirrored-pause:3.6"' % node)
        R.at(t0 + 36.0, L_ag, klog("I", 2871, "server.go:1264", "Started kubelet"))
        R.at(t0 + 38.0, L_ag, 'time="$ISO" level=info msg="k3s agent is up and running"')
        R.at(t0 + 52.0, L_j, "node/%s uncordoned" % node)
        R.at(t0 + 52.1, L_evd, k8s_event("Node", node, "NodeSchedulable", "Normal", "Node %s status is now: NodeSchedulable" % node, host=node))
        R.at(t0 + 53.0, L_suc, sl("Job completed", plan="system-upgrade/agent-plan", node=node))
    for p, t in ((pod_name(rng, "chase-tracker", ct.split("-")[2]), 18.0), (pod_name(rng, "ops-ui", ui[0].split("-")[2]), 20.0)):
        R.at(t, L_evf, k8s_event("Pod", p, "Scheduled", "Normal", "Successfully assigned flightops/%s to %s" % (p, n[0]), comp="default-scheduler"))
        R.at(t + 4.0, L_evf, k8s_event("Pod", p, "Started", "Normal", "Started container %s" % ("chase-tracker" if "chase" in p else "ops-ui"), host=n[0]))
    R.at(300.0, L_suc, sl("Plan complete", plan="system-upgrade/agent-plan", version=ver, nodes=2))
    L_ct = pod_labels(B_K3S, "flightops", ct, "chase-tracker", n[1])
    R.noise(L_ct, lambda r: logfmt(ts="$ISO", level="info", caller="broker.go:86", msg="heartbeat", broker="tcp://telemetry-broker.ops.windrose.internal:1883"), 2, 0, 15)
    return R.build(
        "INFO", "none",
        "No incident: the system-upgrade-controller applied the scheduled k3s upgrade to v1.30.6+k3s1, cordoning, "
        "draining, restarting and uncordoning each agent node in turn; the PodDisruptionBudget delayed one eviction "
        "by five seconds as designed.",
        "Planned rolling k3s agent upgrade at night: nodes cordoned/drained one at a time, evicted pods rescheduled "
        "on the remaining nodes within seconds, agents came back on the new version and were uncordoned; the plan "
        "completed.",
        "Nothing to do.")


# --------------------------------------------------------------------------- 038
def r038():
    R = Rec("dev62-038", "2026-06-01T02:00:00", "dev62-acr-401-cronjob",
            "The monthly invoice-run didn't produce invoices - the pod shows ImagePullBackOff with 401 Unauthorized. Who broke the credentials?",
            sel(namespace="billing", app="invoice-run"))
    rng = R.rng
    n = S_AKS_NODES
    job = "invoice-run-29668320"
    p = "%s-%s" % (job, rs_hash(rng, 5))
    img = "nvsliacr.azurecr.io/billing/invoice-run:1.19.0"
    L_ev = event_labels(S_AKS, "billing")
    L_kl = journal_labels(S_AKS, n[1], "kubelet.service")
    err = ('rpc error: code = Unknown desc = failed to pull and unpack image "%s": failed to resolve reference "%s": failed to '
           'authorize: failed to fetch anonymous token: unexpected status from GET request to '
           'https://nvsliacr.azurecr.io/oauth2/token?scope=repository%%3Abilling%%2Finvoice-run%%3Apull&service=nvsliacr.azurecr.io: '
           '401 Unauthorized' % (img, img))
    R.at(0.5, L_ev, k8s_event("CronJob", "invoice-run", "SuccessfulCreate", "Normal", "Created job %s" % job, comp="cronjob-controller"))
    R.at(0.7, L_ev, k8s_event("Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % p, comp="job-controller"))
    R.at(0.9, L_ev, k8s_event("Pod", p, "Scheduled", "Normal", "Successfully assigned billing/%s to %s" % (p, n[1]), comp="default-scheduler"))
    R.at(1.5, L_kl, klog("W", 3102, "credential_provider.go:116", "Failed to get credentials from the credential provider",
                         provider="acr-credential-provider",
                         err="exit status 1: failed to get a token for nvsliacr.azurecr.io: ManagedIdentityCredential: Identity not found"), ev=True)
    pulls = [(2.0, 1), (17.0, 2), (46.0, 3), (103.0, 4), (219.0, 5), (451.0, 6)]
    for k, (t, c) in enumerate(pulls):
        R.at(t, L_ev, k8s_event("Pod", p, "Pulling", "Normal", 'Pulling image "%s"' % img, host=n[1], count=c))
        R.at(t + 0.5, L_kl, klog("E", 3102, "log.go:32", "PullImage from image service failed", err=err, image=img), ev=(k in (0, 4)))
        R.at(t + 0.51, L_ev, k8s_event("Pod", p, "Failed", "Warning", 'Failed to pull image "%s": %s' % (img, err), host=n[1], count=c))
        R.at(t + 0.52, L_ev, k8s_event("Pod", p, "Failed", "Warning", "Error: ErrImagePull", host=n[1], count=c))
        R.at(t + 1.3, L_ev, k8s_event("Pod", p, "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=n[1], count=c))
        R.at(t + 1.31, L_ev, k8s_event("Pod", p, "Failed", "Warning", "Error: ImagePullBackOff", host=n[1], count=c))
    R.noise(L_kl, kubelet_noise(["billing/" + p, "assignments/rostering-db-0"], pid=3102), 4, 0, 560)
    ts_ = pod_name(rng, "timesheet-export")
    L_ts = pod_labels(S_AKS, "billing", ts_, "timesheet-export", n[0])
    R.noise(L_ts, lambda r: js({"time": "$ISO", "level": "INFO", "msg": "export heartbeat", "pending": 0}), 4, 0, 560)
    return R.build(
        "ERROR", "image_pull",
        "The node cannot authenticate to the private registry nvsliacr.azurecr.io: the kubelet's ACR credential "
        "provider finds no managed identity to get a token, so containerd falls back to an anonymous token request "
        "and ACR answers 401 Unauthorized; the invoice-run image cannot be pulled.",
        "The monthly invoice-run job's pod has been in ErrImagePull/ImagePullBackOff since 02:00 with '401 "
        "Unauthorized' from the ACR token endpoint, so no invoices were generated. It is a registry-pull credential "
        "problem on the node, not an application permission error.",
        "Restore the kubelet identity's AcrPull role on nvsliacr (or re-attach the registry to the AKS cluster), "
        "then re-run the job manually: kubectl create job --from=cronjob/invoice-run invoice-run-manual.",
        component="invoice-run")


# --------------------------------------------------------------------------- 039
def r039():
    R = Rec("dev62-039", "2026-11-08T21:02:00", "dev62-innodb-io-error",
            "membership-db is throwing InnoDB errors and the Friends of the Organ admin shows 'database error' - is MySQL corrupted?",
            sel(namespace="box-office", app="membership-db"))
    rng = R.rng
    n = C_KADM_NODES
    L_db = pod_labels(C_KADM, "box-office", "membership-db-0", "mysql", n[0], "membership-db")
    L_k = journal_labels(C_KADM, n[0], "kernel")
    L_ev = event_labels(C_KADM, "box-office")
    fa = pod_name(rng, "friends-admin")
    L_fa = pod_labels(C_KADM, "box-office", fa, "php-fpm", n[1], "friends-admin")

    def my(sev, code, sub, msg, thr=0):
        return "$ISO6 %d [%s] [%s] [%s] %s" % (thr, sev, code, sub, msg)

    def php(t, msg):
        d = R.when(t)
        return "[%02d-%s-%d %s UTC] %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), msg)

    R.noise(L_fa, lambda r: "10.0.%d.%d -  $NGX \"GET /index.php\" 200" % (r.randint(0, 3), r.randint(2, 250)), 4, 0, 40)
    R.lines(30.0, L_k, [
        "ata3.00: exception Emask 0x0 SAct 0x40000 SErr 0x0 action 0x0",
        "ata3.00: irq_stat 0x40000008",
        "ata3.00: failed command: READ FPDMA QUEUED",
        "ata3.00: cmd 60/08:90:00:a8:e1/00:00:04:00:00/40 tag 18 ncq dma 4096 in",
        "ata3.00: status: { DRDY ERR }",
        "ata3.00: error: { UNC }",
        "sd 2:0:0:0: [sdc] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s",
        "sd 2:0:0:0: [sdc] tag#18 Sense Key : Medium Error [current]",
        "I/O error, dev sdc, sector 81897472 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2",
    ], step=0.003, ev={5, 8})
    R.lines(30.2, L_db, [
        my("ERROR", "MY-012592", "InnoDB", "Operating system error number 5 in a file operation.", 14),
        my("ERROR", "MY-012596", "InnoDB", "Error number 5 means 'Input/output error'", 14),
        my("ERROR", "MY-012646", "InnoDB", "File ./friends/gift_aid_declarations.ibd: 'read' returned OS error 105. Cannot continue operation", 14),
        my("ERROR", "MY-012981", "InnoDB", "Cannot continue operation.", 14),
    ], step=0.01, ev={1, 2})
    R.at(31.0, L_fa, php(31.0, "PHP Warning:  PDOStatement::execute(): SQLSTATE[HY000]: General error: 2013 Lost connection to MySQL server during query in /var/www/html/src/Repository/GiftAidRepository.php on line 58"))
    starts = [(62.0, 1, "10s"), (118.0, 2, "20s"), (214.0, 3, "40s"), (395.0, 4, "1m20s")]
    for k, (t, c, bo) in enumerate(starts):
        R.lines(t, L_db, [
            my("System", "MY-010116", "Server", "/usr/sbin/mysqld (mysqld 8.0.39) starting as process 1"),
            my("System", "MY-013576", "InnoDB", "InnoDB initialization has started.", 1),
            my("Warning", "MY-012557", "InnoDB", "Database was not shutdown normally!", 1),
            my("Note", "MY-012551", "InnoDB", "Starting crash recovery.", 1),
        ], step=0.2)
        R.at(t + 1.2, L_k, "I/O error, dev sdc, sector %d op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2" % rng.choice([81897472, 81897480, 81897488]))
        R.lines(t + 1.25, L_db, [
            my("ERROR", "MY-012592", "InnoDB", "Operating system error number 5 in a file operation.", 1),
            my("ERROR", "MY-012596", "InnoDB", "Error number 5 means 'Input/output error'", 1),
            my("ERROR", "MY-012981", "InnoDB", "Cannot continue operation.", 1),
        ], step=0.01)
        R.at(t + 2.0, L_ev, k8s_event("Pod", "membership-db-0", "BackOff", "Warning",
                                      "Back-off restarting failed container mysql in pod membership-db-0_box-office(%s)" % uuid4(rng),
                                      host=n[0], count=c))
        R.at(t + 3.0, L_fa, php(t + 3.0, "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/src/Db.php:31"))
    return R.build(
        "CRITICAL", "storage",
        "The SATA disk sdc on undercroft-w1 that backs membership-db's local PersistentVolume returns unrecoverable "
        "read errors (ata UNC / Medium Error); InnoDB gets EIO (error 5) reading friends/gift_aid_declarations.ibd, "
        "aborts, and fails again in crash recovery on every restart.",
        "membership-db is in a restart loop since ~21:02: kernel I/O errors on sdc coincide with InnoDB 'Operating "
        "system error number 5 ... Input/output error ... Cannot continue operation'; friends-admin loses its "
        "connection. The InnoDB messages are the database reporting a failing disk, and the data on it is at risk.",
        "Stop the restarts, image/copy the volume from sdc if possible, and restore membership-db onto a healthy disk "
        "from the latest backup plus binlogs; replace sdc.",
        component="membership-db")


# --------------------------------------------------------------------------- 040
def r040():
    R = Rec("dev62-040", "2026-05-16T10:12:00", "dev62-psp-refused-transient",
            "Gift-voucher purchases failed for a few minutes with 'connection refused' to the payment provider - what happened and is it over?",
            sel(namespace="bookings", app="checkout"))
    rng = R.rng
    n = B_EKS_NODES
    co = pods(rng, "checkout", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_co = [pod_labels(B_EKS, "bookings", co[0], "checkout", n[0]), pod_labels(B_EKS, "bookings", co[1], "checkout", n[2])]
    L_ing = pod_labels(B_EKS, "ingress-nginx", ing, "controller", n[1], "ingress-nginx")
    refused = {"type": "Error", "message": "connect ECONNREFUSED 203.0.113.40:443",
               "stack": "Error: connect ECONNREFUSED 203.0.113.40:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
               "errno": -111, "code": "ECONNREFUSED", "syscall": "connect", "address": "203.0.113.40", "port": 443}
    orders = sorted(rng.uniform(5, 580) for _ in range(12))
    outage = (150.0, 335.0)
    marked = 0
    for i, t in enumerate(orders):
        k = i % 2
        L = L_co[k]
        host = co[k]
        oid = "WR-V-%06d" % rng.randint(120000, 129999)
        key = uuid4(rng)
        R.at(t, L, pino(30, host, "creating payment intent", orderId=oid, amountMinor=rng.choice([23900, 47800, 19900]),
                        currency="GBP", idempotencyKey=key))
        if outage[0] <= t <= outage[1]:
            for a in (1, 2, 3):
                R.at(t + 0.05 + (a - 1) * 1.2, L, pino(50 if a == 3 else 40, host,
                                                       "payment provider request failed" + ("" if a == 3 else ", retrying"),
                                                       orderId=oid, provider="kestrelpay", attempt=a, maxAttempts=3, err=refused),
                     ev=(marked < 2 and a == 1))
            marked += 1
            R.at(t + 2.5, L, pino(40, host, "order left in pending_payment", orderId=oid, customerMessage="payment-provider-unavailable"))
            R.at(t + 2.51, L_ing, '%s - - [$NGX] "POST /api/checkout/voucher HTTP/2.0" 502 96 "https://www.windrose-balloons.co.uk/vouchers/checkout" "%s" %d 2.470 [bookings-checkout-3000] [] %s 96 2.469 502 %s' % (
                client_ip(rng), rng.choice(UAS), rng.randint(700, 1100), ["10.31.12.140:3000", "10.31.41.77:3000"][k], hexid(rng, 32)))
        else:
            dt1 = rng.uniform(0.3, 0.7)
            R.at(t + dt1, L, pino(30, host, "payment intent confirmed", orderId=oid, provider="kestrelpay", status=201, attempt=1, idempotencyKey=key))
            R.at(t + dt1 + 0.04, L_ing, '%s - - [$NGX] "POST /api/checkout/voucher HTTP/2.0" 200 412 "https://www.windrose-balloons.co.uk/vouchers/checkout" "%s" %d %.3f [bookings-checkout-3000] [] %s 412 %.3f 200 %s' % (
                client_ip(rng), rng.choice(UAS), rng.randint(700, 1100), dt1 + 0.05, ["10.31.12.140:3000", "10.31.41.77:3000"][k], dt1 + 0.04, hexid(rng, 32)))
    failed_ts = [t for t in orders if outage[0] <= t <= outage[1]]
    win = "%s and %s" % (R.when(failed_ts[0]).strftime("%H:%M"), R.when(failed_ts[-1] + 3).strftime("%H:%M"))
    R.at(590.0, L_co[0], pino(30, co[0], "provider health", provider="kestrelpay", window="10m", requests=len(orders),
                              failedAfterRetries=marked, lastFailure="ECONNREFUSED", lastSuccessAfterFailure=True))
    acc = ingress_nginx_access("https://www.windrose-balloons.co.uk/", "bookings-booking-api-8080", ["10.31.27.61:8080", "10.31.41.23:8080"],
                               [("GET", "/api/vouchers/designs", 200, 5200, 5400, 0.008, 0.03),
                                ("GET", "/api/flights?date=2026-05-23&site=kemble", 200, 1800, 4200, 0.012, 0.06)])
    R.noise(L_ing, acc, 10, 0, 590)
    return R.build(
        "WARN", "connection_refused",
        "The payment provider's endpoint 203.0.113.40:443 refused TCP connections for about three minutes "
        "(provider-side outage or failover); checkout's three quick retries all hit ECONNREFUSED in that window.",
        "Between about " + win + " voucher payments failed after retries and were left pending_payment "
        "(502 to the customer); before and after, payment intents were confirmed on the first attempt. The "
        "dependency recovered on its own.",
        "Optionally contact pending_payment customers to complete their purchase and ask the provider about the "
        "outage; consider a longer retry backoff for connection errors.",
        component="checkout")


RECORDS = [r031, r032, r033, r034, r035, r036, r037, r038, r039, r040]
