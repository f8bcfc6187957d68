"""dev58 part 2: w11..w13 (chimney sweep, k3s) and w14..w20 (weights & measures office, OpenShift)."""
from common import (Rec, P, J, E, ev, jdump, klogl, klog, iso_ms, iso_s, iso_us, clf, sp_ms, k8s_suffix, hexs, ip,
                    pylog, uvicorn_access, laravel, logrus, containerd, pglog, traefik_access, choice_fn,
                    csw_flux_chatter, csw_k3s_chatter, CSW_REG, UAS,
                    spring, quarkus, clef, gunicorn, kc, argocd, crio, met_kubelet_chatter, met_argocd_chatter,
                    MET_W, MET_REG)


def uid(rng):
    return "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


# --------------------------------------------------------------------------- w11
def w11():
    r = Rec("w11", "CSW", "2026-07-06T05:38:40")
    rng = r.rng
    ns, app = "field", "route-planner"
    old = "route-planner-5b8c7d9f4f-zx7kd"
    new = "route-planner-69d4f8c7b5-t6wq2"
    LO = P(ns, old, app, "nuc-01", app)
    LN = P(ns, new, app, "nuc-02", app)
    EN = E(ns, "Pod", new)
    kz = P("flux-system", "kustomize-controller-7f4c9d8b6b-x2zrs", "manager", "nuc-02", "kustomize-controller")
    src = P("flux-system", "source-controller-6b9c7d8f5c-hx2lm", "manager", "nuc-03", "source-controller")
    LT = P(ns, "tech-sync-5d7b9c6f48-hw2zt", "tech-sync", "nuc-01", "tech-sync")
    for t in (4.31, 17.82):
        r.add(t, LO, (lambda: lambda d: pylog(d, "INFO", "route_planner.plan", "planned route tech=T%02d stops=%d duration_min=%d" % (rng.randint(1, 24), rng.randint(6, 14), rng.randint(180, 460))))())
        r.add(t + 0.02, LO, uvicorn_access("10.42.0.58:%d" % rng.randint(40000, 60000), "POST", "/v1/routes/plan", 200, "OK"))
    r.add(30.4, src, lambda d: jdump({"level": "info", "ts": iso_ms(d), "msg": "stored artifact for commit 'refactor: unify env naming for field services'", "controller": "gitrepository", "GitRepository": {"name": "flux-system", "namespace": "flux-system"}, "revision": "main@sha1:" + hexs(rng, 40)}))
    r.add(41.7, kz, lambda d: jdump({"level": "info", "ts": iso_ms(d), "msg": "server-side apply completed", "controller": "kustomization", "Kustomization": {"name": "apps", "namespace": "flux-system"}, "output": {"ConfigMap/field/route-planner-config": "configured", "Deployment/field/route-planner": "configured", "Deployment/field/tech-sync": "unchanged"}}))
    r.add(41.9, E(ns, "Deployment", app), ev("Normal", "ScalingReplicaSet", "Deployment", ns, app, "deployment-controller", "Scaled down replica set route-planner-5b8c7d9f4f to 0 from 1"))
    r.add(42.0, LO, "INFO:     Shutting down")
    r.add(42.1, LO, "INFO:     Waiting for application shutdown.")
    r.add(42.12, LO, "INFO:     Application shutdown complete.")
    r.add(42.13, LO, "INFO:     Finished server process [1]")
    r.add(43.5, E(ns, "Deployment", app), ev("Normal", "ScalingReplicaSet", "Deployment", ns, app, "deployment-controller", "Scaled up replica set route-planner-69d4f8c7b5 to 1"))
    r.add(43.7, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned field/%s to nuc-02" % new))
    tb = [
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/uvicorn/config.py", line 435, in load',
        "    self.loaded_app = import_from_string(self.app)",
        '  File "/app/route_planner/main.py", line 14, in <module>',
        "    settings = Settings()",
        '  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 144, in __init__',
        "    super().__init__(",
        '  File "/usr/local/lib/python3.12/site-packages/pydantic/main.py", line 193, in __init__',
        "    self.__pydantic_validator__.validate_python(data, self_instance=self)",
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
        "osrm_base_url",
        "  Field required [type=missing, input_value={'redis_url': 'redis://re...': 'http://osrm.field.svc:5000'}, input_type=dict]",
        "    For further information visit https://errors.pydantic.dev/2.7/v/missing",
    ]
    starts = [45.2, 47.9, 63.4]
    for n, t in enumerate(starts):
        if n:
            r.add(t - 0.9, EN, ev("Normal", "Pulled", "Pod", ns, new, "kubelet/nuc-02", 'Container image "%s/route-planner:3.2.0" already present on machine' % CSW_REG))
            r.add(t - 0.6, EN, ev("Normal", "Started", "Pod", ns, new, "kubelet/nuc-02", "Started container route-planner"))
        r.add(t, LN, "INFO:     Started server process [1]")
        r.add(t + 0.001, LN, "INFO:     Waiting for application startup.")
        r.block(t + 0.61, LN, tb, e_idx=(9, 10, 11) if n == 0 else ())
    nuid = uid(rng)
    for t in (49.0, 65.0, 96.0, 157.0, 205.0):
        r.add(t, EN, ev("Warning", "BackOff", "Pod", ns, new, "kubelet/nuc-02", "Back-off restarting failed container route-planner in pod %s_field(%s)" % (new, nuid)))
    # technicians' tablets fail to fetch routes via tech-sync
    for t in (70.3, 101.2, 134.8, 171.5, 199.6, 221.4):
        r.add(t, LT, lambda d: "%s request_id=F8%s [error] route fetch failed: %%Mint.TransportError{reason: :econnrefused} url=http://route-planner.field.svc:8000/v1/routes/today" % (d.strftime("%H:%M:%S.") + "%03d" % (d.microsecond // 1000), k8s_suffix(rng, 16)))
    r.noise(J("nuc-02", "k3s.service"), csw_k3s_chatter("nuc-02"), 5, 0, 225)
    r.noise(src, csw_flux_chatter, 3, 60, 225)
    return r.build(
        question="Why is route-planner crash-looping this morning so the technicians get no routes?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="config_error", component="route-planner",
        root_cause="A Flux commit renamed the key OSRM_BASE_URL to OSRM_URL in the route-planner-config ConfigMap; route-planner's pydantic Settings requires osrm_base_url, so every start fails with a ValidationError (Field required) before uvicorn serves anything.",
        summary="At 05:39 Flux applied 'refactor: unify env naming for field services', which changed route-planner-config and rolled route-planner (Recreate). The old pod stopped and the new pod exits on start with pydantic ValidationError 'osrm_base_url Field required'; it is in CrashLoopBackOff and tech-sync cannot fetch routes.",
        action="Restore the OSRM_BASE_URL key in route-planner-config (or rename the Settings field/alias to OSRM_URL) via Git and let Flux reconcile; consider validating config in CI and a RollingUpdate strategy so a bad start does not remove the running pod.",
        tags=["nested-cause"])


# --------------------------------------------------------------------------- w12
def w12():
    r = Rec("w12", "CSW", "2026-08-20T14:09:30")
    rng = r.rng
    ns, app = "billing", "invoicing"
    p1 = "invoicing-6b9d8c7f5b-gq2vn"
    p2 = "invoicing-6b9d8c7f5b-m4hkt"
    p3 = "invoicing-6b9d8c7f5b-x9vbr"
    L1, L1n = P(ns, p1, "php-fpm", "nuc-03", app), P(ns, p1, "nginx", "nuc-03", app)
    L2 = P(ns, p2, "php-fpm", "nuc-01", app)
    L3 = P(ns, p3, "php-fpm", "nuc-02", app)
    J3 = J("nuc-03", "k3s.service")
    E1 = E(ns, "Pod", p1)
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")

    def dbg(d, g):
        return laravel(d, "DEBUG", g.choice([
            "select * from `invoices` where `status` = ? and `due_date` < ? order by `due_date` asc limit 50 {\"bindings\":[\"open\",\"2026-08-20\"],\"time\":%.2f}" % g.uniform(0.8, 9.0),
            "Dunning run: customer %d has %d overdue invoices" % (g.randint(1000, 9000), g.randint(1, 3)),
            "Rendering view dunning.letter {\"customer\":%d,\"level\":%d}" % (g.randint(1000, 9000), g.randint(1, 3)),
            "Http client request GET https://api.lexoffice.example/v1/contacts/%s {\"status\":200,\"ms\":%d}" % (uid(g), g.randint(40, 300)),
        ]))
    r.noise(L1, dbg, 14, 0, 160)
    r.noise(L2, dbg, 5, 0, 300)
    r.add(150.2, J3, lambda d: klogl(d, "W", 1402, "eviction_manager.go:454", '"Eviction manager: pod exceeded ephemeral storage limits" pod="billing/%s" container="php-fpm" usage="1075Mi" limit="1Gi"' % p1), e=True)
    r.add(150.3, E1, ev("Warning", "Evicted", "Pod", ns, p1, "kubelet/nuc-03", 'Container php-fpm exceeded its local ephemeral storage limit "1Gi". '), e=True)
    r.add(150.4, E1, ev("Normal", "Killing", "Pod", ns, p1, "kubelet/nuc-03", "Stopping container php-fpm"))
    r.add(150.5, L1, "[20-Aug-2026 14:12:00] NOTICE: Terminating ...")
    r.add(150.6, L1n, "2026/08/20 14:12:00 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down")
    r.add(151.2, J3, lambda d: klogl(d, "I", 1402, "eviction_manager.go:620", '"Eviction manager: pod is evicted successfully" pod="billing/%s"' % p1))
    r.add(151.4, E(ns, "ReplicaSet", "invoicing-6b9d8c7f5b"), ev("Normal", "SuccessfulCreate", "ReplicaSet", ns, "invoicing-6b9d8c7f5b", "replicaset-controller", "Created pod: %s" % p3))
    for t in (151.0, 152.7, 155.9, 161.3):
        r.add(t, tr, lambda d: '%s - - [%s] "GET /rechnungen/offen HTTP/2.0" 502 11 "-" "%s" %d "billing-invoicing@kubernetescrd" "http://10.42.2.91:8080" %dms' % (
            ip(rng, "10.42.0"), clf(d), rng.choice(UAS[:3]), rng.randint(3000, 9000), rng.randint(1, 4)))
    r.add(158.4, L3, "[20-Aug-2026 14:12:08] NOTICE: fpm is running, pid 1")
    r.add(158.41, L3, "[20-Aug-2026 14:12:08] NOTICE: ready to handle connections")
    r.add(166.0, E(ns, "Pod", p3), ev("Normal", "Started", "Pod", ns, p3, "kubelet/nuc-02", "Started container php-fpm"))
    r.noise(L3, dbg, 10, 170, 300)
    r.noise(tr, traefik_access([("GET", "/rechnungen", 200, 22311), ("GET", "/rechnungen/offen", 200, 14020), ("GET", "/dashboard", 200, 30992), ("POST", "/mahnungen/lauf", 302, 0)],
                               "billing-invoicing@kubernetescrd", "http://10.42.0.63:8080"), 8, 170, 300)
    r.noise(J3, csw_k3s_chatter("nuc-03"), 4, 0, 300)
    return r.build(
        question="Why did some invoicing requests fail with 502 this afternoon?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="resource_exhausted", component="invoicing",
        root_cause="One invoicing pod was evicted because its php-fpm container exceeded the 1Gi ephemeral-storage limit: Laravel runs with debug-level logging and keeps appending to storage/logs/laravel.log inside the container filesystem.",
        summary="At 14:12 the kubelet on nuc-03 evicted invoicing-...-gq2vn (php-fpm ephemeral storage 1075Mi over the 1Gi limit); a few requests routed to it returned 502 until the replacement pod on nuc-02 was ready a few seconds later. The other replica kept serving and the service recovered on its own.",
        action="Optional but recommended: set LOG_LEVEL back to info and log to stderr (or rotate laravel.log / use an emptyDir with a size limit) so the pods do not fill their ephemeral storage again.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w13
def w13():
    r = Rec("w13", "CSW", "2026-11-03T02:13:50")
    rng = r.rng
    ns = "cert-manager"
    cm = "cert-manager-7c8d9f6b5b-2rqkd"
    L = P(ns, cm, "cert-manager-controller", "nuc-02", "cert-manager")
    LW = P(ns, "cert-manager-webhook-hetzner-5f9b7c6d8c-vq4lm", "webhook", "nuc-03", "cert-manager-webhook-hetzner")
    LK = P(ns, "cert-manager-cainjector-6d5b8c9f7b-jq7pn", "cert-manager-cainjector", "nuc-01", "cert-manager-cainjector")
    EC = E("booking", "Certificate", "booking-tls")
    chal = "booking-tls-1-3912877714-2415906711"
    base = 'logger="cert-manager.controller"'
    r.add(10.2, L, lambda d: klogl(d, "I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="booking/booking-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-11-03 02:14:00 +0000 UTC"'))
    r.add(10.21, L, lambda d: klogl(d, "I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "booking-tls" condition "Issuing" to 2026-11-03 02:14:00.214 +0000 UTC'))
    r.add(10.3, EC, ev("Normal", "Issuing", "Certificate", "booking", "booking-tls", "cert-manager-certificates-trigger", "Renewing certificate as renewal was scheduled at 2026-11-03 02:14:00 +0000 UTC"))
    r.add(10.6, EC, ev("Normal", "Reused", "Certificate", "booking", "booking-tls", "cert-manager-certificates-key-manager", "Reusing private key stored in existing Secret resource \"booking-tls\""))
    r.add(10.9, EC, ev("Normal", "Requested", "Certificate", "booking", "booking-tls", "cert-manager-certificates-request-manager", 'Created new CertificateRequest resource "booking-tls-1"'))
    r.add(11.4, L, lambda d: klogl(d, "I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "booking-tls-1" condition "Approved" to 2026-11-03 02:14:01.412 +0000 UTC'))
    r.add(12.0, L, lambda d: klogl(d, "I", 1, "dns.go:88", '"presenting DNS01 challenge for domain" %s resource_name="%s" resource_namespace="booking" resource_kind="Challenge" resource_version="v1" dnsName="termine.brandl-kamin.example" type="DNS-01" resource_name="%s"' % (base, chal, chal)))
    r.add(12.5, LW, lambda d: "%s\tINFO\thetzner/solver.go:112\tpresenting TXT record\t{\"fqdn\": \"_acme-challenge.termine.brandl-kamin.example.\", \"zone\": \"brandl-kamin.example\"}" % iso_ms(d))
    r.add(13.4, LW, lambda d: "%s\tINFO\thetzner/solver.go:131\trecord created\t{\"id\": \"%s\", \"ttl\": 60}" % (iso_ms(d), hexs(rng, 32)))
    for n, t in enumerate((23.1, 33.2, 43.4, 53.5, 63.7)):
        r.add(t, L, (lambda: lambda d: klogl(d, "E", 1, "sync.go:190", '"propagation check failed" err="DNS record for \\"termine.brandl-kamin.example\\" not yet propagated" %s resource_name="%s" resource_namespace="booking" resource_kind="Challenge" resource_version="v1" dnsName="termine.brandl-kamin.example" type="DNS-01"' % (base, chal)))())
    r.add(64.0, E("booking", "Challenge", chal), ev("Normal", "Presented", "Challenge", "booking", chal, "cert-manager-challenges", 'Presented challenge using DNS-01 challenge mechanism'))
    r.add(74.0, L, lambda d: klogl(d, "I", 1, "sync.go:360", '"Accepting challenge authorization" %s resource_name="%s" resource_namespace="booking" resource_kind="Challenge" resource_version="v1" dnsName="termine.brandl-kamin.example" type="DNS-01"' % (base, chal)))
    r.add(76.5, L, lambda d: klogl(d, "I", 1, "sync.go:318", '"Challenge authorization has been accepted" logger="cert-manager.controller" resource_name="%s" resource_namespace="booking"' % chal))
    r.add(77.0, L, lambda d: klogl(d, "I", 1, "dns.go:131", '"cleaning up DNS01 challenge" %s resource_name="%s" resource_namespace="booking" dnsName="termine.brandl-kamin.example" type="DNS-01"' % (base, chal)))
    r.add(77.6, LW, lambda d: "%s\tINFO\thetzner/solver.go:158\tdeleted TXT record\t{\"fqdn\": \"_acme-challenge.termine.brandl-kamin.example.\"}" % iso_ms(d))
    r.add(80.2, E("booking", "Order", "booking-tls-1-3912877714"), ev("Normal", "Complete", "Order", "booking", "booking-tls-1-3912877714", "cert-manager-orders", "Order completed successfully"))
    r.add(80.9, E("booking", "CertificateRequest", "booking-tls-1"), ev("Normal", "CertificateIssued", "CertificateRequest", "booking", "booking-tls-1", "cert-manager-certificaterequests-issuer-acme", "Certificate fetched from issuer successfully"))
    r.add(81.3, EC, ev("Normal", "Issuing", "Certificate", "booking", "booking-tls", "cert-manager-certificates-issuing", "The certificate has been successfully issued"))
    r.add(81.4, L, lambda d: klogl(d, "I", 1, "conditions.go:192", 'Found status change for Certificate "booking-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to 2026-11-03 02:15:11.4 +0000 UTC'))
    tr = P("kube-system", "traefik-5cd8f9b7d6-x7m4p", "traefik", "nuc-01", "traefik")
    r.add(82.5, tr, lambda d: 'time="%s" level=warning msg="No domain found in rule PathPrefix(`/`), the TLS options applied for this router will depend on the SNI of each request" entryPointName=websecure routerName=booking-sweep-booking-web@kubernetescrd' % iso_s(d))
    r.noise(LK, lambda d, g: klogl(d, "I", 1, "reconciler.go:%d" % g.choice([118, 141]), '"Updated object" kind="%s" kind="%s" name="cert-manager-webhook"' % (g.choice(["validatingwebhookconfiguration", "mutatingwebhookconfiguration"]), g.choice(["validatingwebhookconfiguration", "mutatingwebhookconfiguration"]))), 3, 0, 200)
    r.noise(L, lambda d, g: klogl(d, "I", 1, "controller.go:%d" % g.choice([162, 178]), '"re-queuing item due to optimistic locking on resource" logger="cert-manager.certificates-readiness" key="%s" error="Operation cannot be fulfilled on certificates.cert-manager.io \\"%s\\": the object has been modified; please apply your changes to the latest version and try again"' % (g.choice(["booking/booking-tls", "field/sync-tls"]), g.choice(["booking-tls", "sync-tls"]))), 3, 80, 200)
    r.noise(tr, traefik_access([("GET", "/", 200, 18234), ("GET", "/termine", 200, 24410), ("GET", "/termine/slots?plz=83022", 200, 3312)], "booking-sweep-booking-web@kubernetescrd", "http://10.42.0.44:3000"), 6, 0, 200)
    return r.build(
        question="Was the TLS certificate for termine.brandl-kamin.example renewed successfully last night?",
        selector={"namespace": ns},
        severity="INFO", category="none", component="cert-manager",
        root_cause="No incident: cert-manager renewed booking-tls on schedule; the DNS-01 propagation check failed five times while the TXT record propagated, then the challenge was accepted and the certificate was issued.",
        summary="Scheduled renewal at 02:14: CertificateRequest booking-tls-1 approved, TXT record presented via the Hetzner webhook, 'propagation check failed' errors for ~50 s (normal DNS propagation), authorization accepted, order complete, 'The certificate has been successfully issued'.",
        action="Nothing to do; the renewed certificate is in place.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w14
def w14():
    r = Rec("w14", "MET", "2026-03-18T02:46:10")
    rng = r.rng
    ns, app = "lme-registry", "calibration-registry"
    node = "ocp-w03.lme.internal"
    pods = ["calibration-registry-7d9c5b8f64-kq2rw", "calibration-registry-7d9c5b8f64-tn8xz"]
    LR = [P(ns, p, app, node, app) for p in pods]
    JK = J(node, "kernel")
    JKL = J(node, "kubelet.service")
    portal = P("lme-portal", "public-portal-6f8b9d7c5d-wr4pl", "django", "ocp-w01.lme.internal", "public-portal")
    kcm = P("openshift-kube-controller-manager", "kube-controller-manager-ocp-m01.lme.internal", "kube-controller-manager", "ocp-m01.lme.internal", "kube-controller-manager")
    ac = P("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "ocp-w02.lme.internal", "openshift-gitops-application-controller")

    def reg(d, g):
        return clef(d, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                    RequestMethod="GET", RequestPath=g.choice(["/api/devices/%d" % g.randint(100000, 999999), "/api/devices?owner=%d" % g.randint(1000, 9999), "/api/seals/%s" % hexs(g, 8).upper()]),
                    StatusCode=200, Elapsed=round(g.uniform(3, 60), 4), SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware")
    r.noise(LR[0], reg, 6, 0, 60)
    r.noise(LR[1], reg, 6, 0, 60)
    # hardware: corrected errors first, then a fatal machine check
    r.add(21.3, JK, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3f2a1c offset:0x4c0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1e4a col:0x3f8)")
    r.add(38.9, JK, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3f2a1d offset:0x80 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1e4a col:0x3fc)")
    r.add(59.6, JK, "mce: [Hardware Error]: Machine check events logged")
    r.add(61.02, JK, "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3f2a1c offset:0x4c0 grain:32 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1e4a col:0x3f8)", e=True)
    r.add(61.03, JK, "mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 7: be00000000800090")
    r.add(61.04, JK, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffffa8c3e5b2> {clear_page_erms+0x12/0x20}")
    r.add(61.05, JK, "mce: [Hardware Error]: TSC 2b1a4f7c3e81 ADDR 3f2a1c4c0 MISC 200000c020001086 PPIN 37c1a0e2b4f0d118")
    r.add(61.06, JK, "Kernel panic - not syncing: Fatal machine check", e=True)
    # silence from the node; controllers notice
    r.add(103.8, kcm, lambda d: klogl(d, "I", 1, "node_lifecycle_controller.go:1054", '"Node is unresponsive. Adding it to the Taint queue" node="%s" timeStamp="%s"' % (node, d.strftime("%Y-%m-%d %H:%M:%S.") + "%09d +0000 UTC" % (d.microsecond * 1000))))
    r.add(103.9, E("default", "Node", node), ev("Normal", "NodeNotReady", "Node", "default", node, "node-controller", "Node %s status is now: NodeNotReady" % node), e=True)
    for p in pods:
        r.add(104.2, E(ns, "Pod", p), ev("Warning", "NodeNotReady", "Pod", ns, p, "node-controller", "Node is not ready"))
    r.add(106.0, ac, lambda d: argocd(d, "info", "Updated health status: Healthy -> Degraded", application="openshift-gitops/lme-registry", dest_namespace=ns, reason="ResourceUpdated", type="Normal"))
    # callers are loud
    for t in (66.2, 79.5, 92.4, 118.8, 141.0, 166.3, 190.7, 214.1, 247.9, 276.5):
        r.add(t, portal, (lambda: lambda d: "ERROR %s log 14 139907224454976 Internal Server Error: /eichung/geraet/%d" % (sp_ms(d), rng.randint(100000, 999999)))())
        r.add(t + 0.001, portal, "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='calibration-registry.lme-registry.svc', port=8080): Max retries exceeded with url: /api/devices (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f3e2c1b5d90>, 'Connection to calibration-registry.lme-registry.svc timed out. (connect timeout=3)'))")
    r.noise(J("ocp-w01.lme.internal", "kubelet.service"), met_kubelet_chatter("ocp-w01.lme.internal"), 5, 0, 300)
    r.noise(ac, met_argocd_chatter, 4, 0, 300)
    return r.build(
        question="Why has the calibration registry been unreachable since about 02:47?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="node_failure", component="ocp-w03.lme.internal",
        root_cause="Worker ocp-w03.lme.internal crashed on a hardware memory fault: after corrected ECC errors on DIMM channel 1 the memory controller reported an uncorrectable error and the kernel panicked with 'Fatal machine check'. Both calibration-registry replicas ran on that node.",
        summary="EDAC logged corrected then uncorrected memory errors on ocp-w03, followed by a machine-check kernel panic at 02:47:11; the node stopped reporting, went NotReady, and both calibration-registry pods on it are gone. The registry's own logs simply stop and public-portal calls time out.",
        action="Cordon and drain ocp-w03.lme.internal, have the failing DIMM (MC0 channel 1 slot 0) replaced, force-delete the stuck pods so they reschedule now, and add pod anti-affinity / a PodDisruptionBudget so registry replicas do not share a node.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w15
def w15():
    r = Rec("w15", "MET", "2026-05-05T09:19:20")
    rng = r.rng
    ns, app = "lme-registry", "calibration-registry"
    pod = "calibration-registry-7d9c5b8f64-kq2rw"
    L = P(ns, pod, app, "ocp-w03.lme.internal", app)
    KC = P("lme-sso", "keycloak-1", "keycloak", "ocp-w05.lme.internal", "keycloak")
    kc_ip = "10.131.2.47"
    x = ("Lme.Registry.Auth.TokenAcquisitionException: Could not obtain an access token for client 'calibration-registry' from "
         "https://sso.lme.internal/realms/lme/protocol/openid-connect/token: 401 {\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}\n"
         " ---> System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n"
         "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
         "   at Lme.Registry.Auth.ClientCredentialsTokenProvider.RequestTokenAsync(CancellationToken ct) in /src/Lme.Registry/Auth/ClientCredentialsTokenProvider.cs:line 71\n"
         "   --- End of inner exception stack trace ---\n"
         "   at Lme.Registry.Auth.ClientCredentialsTokenProvider.RequestTokenAsync(CancellationToken ct) in /src/Lme.Registry/Auth/ClientCredentialsTokenProvider.cs:line 79\n"
         "   at Lme.Registry.Auth.BearerTokenHandler.SendAsync(HttpRequestMessage request, CancellationToken ct) in /src/Lme.Registry/Auth/BearerTokenHandler.cs:line 24\n"
         "   at Lme.Registry.Seals.SealRegisterClient.GetSealAsync(String sealNo, CancellationToken ct) in /src/Lme.Registry/Seals/SealRegisterClient.cs:line 38")

    def reg_ok(d, g):
        return clef(d, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", RequestMethod="GET",
                    RequestPath=g.choice(["/api/devices/%d" % g.randint(100000, 999999), "/api/devices?owner=%d" % g.randint(1000, 9999), "/api/inspections?from=2026-05-01"]),
                    StatusCode=200, Elapsed=round(g.uniform(3, 60), 4), SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware")
    r.noise(L, reg_ok, 14, 0, 320)
    for n, t in enumerate((31.4, 58.9, 97.2, 142.6, 188.3, 233.9, 290.1)):
        seal = "EA-%d-%05d" % (rng.choice([2025, 2026]), rng.randint(0, 99999))
        r.add(t - 0.071, KC, (lambda: lambda d: kc(d, "WARN", "org.keycloak.events", "executor-thread-%d" % rng.randint(1, 60),
                                                     'type="CLIENT_LOGIN_ERROR", realmId="5b1f0c2e-7a41-4d3b-9e8a-0f6c2d9b1a37", realmName="lme", clientId="calibration-registry", userId="null", ipAddress="%s", error="invalid_client_credentials", grant_type="client_credentials"' % "10.128.4.17"))(), e=(n == 0))
        r.add(t, L, (lambda s_: lambda d: clef(d, "Seal lookup for {SealNo} failed", "Error", SealNo=s_, _x=x, SourceContext="Lme.Registry.Seals.SealService", RequestPath="/api/seals/" + s_))(seal), e=(n == 0))
        r.add(t + 0.002, L, (lambda s_: lambda d: clef(d, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "Error", RequestMethod="GET", RequestPath="/api/seals/" + s_, StatusCode=502, Elapsed=round(rng.uniform(40, 90), 4), SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware"))(seal))
    r.noise(KC, lambda d, g: kc(d, "INFO" if g.random() < 0.7 else "WARN", "org.keycloak.events", "executor-thread-%d" % g.randint(1, 60),
                                'type="LOGIN", realmId="5b1f0c2e-7a41-4d3b-9e8a-0f6c2d9b1a37", realmName="lme", clientId="public-portal", userId="%s", ipAddress="10.128.2.%d", auth_method="openid-connect", auth_type="code", redirect_uri="https://portal.lme.internal/oauth2/callback", code_id="%s", username="%s"' % (
                                    uid(g), g.randint(2, 250), uid(g), g.choice(["m.hofer", "s.brandt", "k.yilmaz", "j.weber"]))
                                if g.random() < 0.8 else
                                'type="CODE_TO_TOKEN", realmId="5b1f0c2e-7a41-4d3b-9e8a-0f6c2d9b1a37", realmName="lme", clientId="seal-register", userId="null", ipAddress="10.129.0.%d", token_id="%s", grant_type="client_credentials"' % (g.randint(2, 250), uid(g))), 8, 0, 320)
    return r.build(
        question="Why do seal lookups in the calibration registry fail while the rest of the registry works?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="auth_failure", component="calibration-registry",
        root_cause="calibration-registry authenticates to Keycloak with an outdated client secret: the secret of client 'calibration-registry' was regenerated in Keycloak but the registry's Secret was not updated, so every client_credentials token request is rejected (invalid_client_credentials / 401 unauthorized_client) and calls to seal-register fail.",
        summary="Every seal lookup fails with TokenAcquisitionException -> HttpRequestException 401 (Invalid client or Invalid client credentials) and returns 502, matched by Keycloak CLIENT_LOGIN_ERROR events for clientId calibration-registry. Device and inspection queries that need no token keep answering 200.",
        action="Copy the current client secret of 'calibration-registry' from Keycloak (realm lme) into the registry's OIDC Secret (or re-sync it from the vault) and restart the deployment; document secret rotation so both sides change together.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w16
def w16():
    r = Rec("w16", "MET", "2026-09-22T03:04:30")
    rng = r.rng
    ns, app = "lme-inspections", "verification-scheduler"
    pod = "verification-scheduler-8c6d9f7b4d-2plxq"
    L = P(ns, pod, app, "ocp-w02.lme.internal", app)
    prim = P("lme-data", "lme-pg-instance1-4rtd-0", "database", "ocp-w04.lme.internal", "lme-pg")
    repl = P("lme-data", "lme-pg-instance1-8xqz-0", "database", "ocp-w06.lme.internal", "lme-pg")
    job = P("lme-data", "lme-pg-maintenance-29834100-g7bqm", "maintenance", "ocp-w05.lme.internal", "lme-pg-maintenance")
    sql = "select s.id, s.inspector_id, s.slot_start from inspection_event e join inspection_slot s on s.id = e.slot_id where e.district = $1 and s.slot_start >= $2"
    r.add(18.4, job, lambda d: "%s maintenance: connecting to lme-pg-primary.lme-data.svc:5432 db=lme" % iso_s(d))
    r.add(18.9, job, lambda d: "%s maintenance: VACUUM (FULL, ANALYZE, VERBOSE) public.inspection_event" % iso_s(d), e=True)
    r.add(19.2, job, 'INFO:  vacuuming "lme.public.inspection_event"')
    r.add(19.5, prim, lambda d: pglog(d, 70211, "LOG", "process 70211 acquired AccessExclusiveLock on relation 24611 of database 16402 after 0.412 ms"))
    r.add(75.8, repl, lambda d: pglog(d, 51, "LOG", "recovery restart point at 3A/7F000028"))
    fails = [(88.1, True), (141.7, False), (204.9, False), (271.3, False)]
    for n, (t, mark) in enumerate(fails):
        bp = 48211 + n * 17
        r.add(t - 0.004, repl, (lambda b: lambda d: pglog(d, b, "ERROR", "canceling statement due to conflict with recovery"))(bp), e=mark)
        r.add(t - 0.0039, repl, (lambda b: lambda d: pglog(d, b, "DETAIL", "User was holding a relation lock for too long."))(bp), e=mark)
        r.add(t - 0.0038, repl, (lambda b: lambda d: pglog(d, b, "STATEMENT", sql))(bp))
        r.block(t, L, [
            lambda d: spring(d, "ERROR", app, "scheduling-1", "o.s.s.s.TaskUtils$LoggingErrorHandler", "Unexpected error occurred in scheduled task"),
            "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [%s]; ERROR: canceling statement due to conflict with recovery" % sql.replace("$1", "?").replace("$2", "?"),
            "  Detail: User was holding a relation lock for too long.",
            "\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:124)",
            "\tat de.lme.scheduler.assign.SlotAssignmentJob.assignOpenSlots(SlotAssignmentJob.java:63)",
            "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to conflict with recovery",
            "  Detail: User was holding a relation lock for too long.",
            "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
            "\t... 18 common frames omitted",
        ])
    r.add(205.7, L, lambda d: spring(d, "WARN", app, "scheduling-1", "d.l.s.assign.SlotAssignmentJob", "slot assignment skipped for district 07, will retry in 60s (read replica unavailable)"))
    r.add(330.4, job, 'INFO:  "lme.public.inspection_event": found 0 removable, 18422081 nonremovable row versions in 402117 pages')
    r.add(330.6, job, lambda d: "%s maintenance: VACUUM FULL public.inspection_event done in 311.7s" % iso_s(d))
    r.add(331.0, job, lambda d: "%s maintenance: finished, exit 0" % iso_s(d))
    r.add(352.2, L, lambda d: spring(d, "INFO", app, "scheduling-1", "d.l.s.assign.SlotAssignmentJob", "assigned 37 open slots in 4 districts (replica lag 0.4s)"))
    r.add(412.3, L, lambda d: spring(d, "INFO", app, "scheduling-1", "d.l.s.assign.SlotAssignmentJob", "assigned 12 open slots in 2 districts (replica lag 0.1s)"))

    def ok(d, g):
        return spring(d, "INFO", app, "nio-8080-exec-%d" % g.randint(1, 9), "d.l.s.web.InspectionController", "GET /api/slots?district=%02d&from=2026-09-22 -> 200 (%d rows, %d ms)" % (g.randint(1, 12), g.randint(4, 60), g.randint(8, 120)))
    r.noise(L, ok, 10, 0, 420)
    r.noise(repl, lambda d, g: pglog(d, g.randint(30000, 60000), "LOG", "connection authorized: user=scheduler database=lme application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"), 3, 0, 420)
    return r.build(
        question="Why did verification-scheduler report slot-assignment errors during the night?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="database", component="lme-pg",
        root_cause="The nightly lme-pg maintenance job ran VACUUM FULL on inspection_event on the primary; replaying its AccessExclusiveLock and the table rewrite on the read replica conflicted with the scheduler's read queries, which the replica cancelled ('canceling statement due to conflict with recovery').",
        summary="Between 03:06 and 03:09 the scheduler's slot-assignment queries against the replica were cancelled repeatedly (CannotAcquireLockException caused by PSQLException conflict with recovery). After VACUUM FULL finished at 03:10, assignments succeeded again with sub-second replica lag.",
        action="Optional: avoid VACUUM FULL in the nightly job (use plain VACUUM or pg_repack), or schedule it outside the assignment run; consider max_standby_streaming_delay/hot_standby_feedback on the replica and retry logic for read-replica conflicts.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w17
def w17():
    r = Rec("w17", "MET", "2026-02-24T10:13:40")
    rng = r.rng
    ns, app = "lme-portal", "public-portal"
    pp = "public-portal-6f8b9d7c5d-wr4pl"
    L = P(ns, pp, "django", "ocp-w01.lme.internal", app)
    dc = "device-catalog-84f6c9d7b8-nq5vz"
    LD = P(ns, dc, "device-catalog", "ocp-w02.lme.internal", "device-catalog")
    ac = P("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "ocp-w02.lme.internal", "openshift-gitops-application-controller")
    r.add(8.2, ac, lambda d: argocd(d, "info", "Initiated automated sync to '7c41e9d2a0b35f8e1d6c4a97b2e0f3d81c5a6b94'", application="openshift-gitops/lme-portal", dest_namespace=ns, reason="OperationStarted", type="Normal"))
    r.add(14.9, ac, lambda d: argocd(d, "info", "Sync operation to 7c41e9d2a0b35f8e1d6c4a97b2e0f3d81c5a6b94 succeeded", application="openshift-gitops/lme-portal", dest_namespace=ns, reason="OperationCompleted", type="Normal"))
    r.add(21.0, LD, lambda d: quarkus(d, "INFO", "io.quarkus", "main", "device-catalog 2.7.0 on JVM (powered by Quarkus 3.8.4) started in 4.112s. Listening on: http://0.0.0.0:8080"))
    r.add(21.01, LD, lambda d: quarkus(d, "INFO", "io.quarkus", "main", "Profile prod activated. "))
    r.add(21.02, LD, lambda d: quarkus(d, "INFO", "io.quarkus", "main", "Installed features: [agroal, cache, cdi, hibernate-orm, jdbc-postgresql, narayana-jta, rest, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]"))
    slow = [(33.5, 8912), (41.2, 7988), (52.7, 7412), (66.0, 6950), (79.4, 6120), (95.1, 5340), (118.6, 3110), (142.0, 910), (170.3, 120)]
    for n, (t, ms) in enumerate(slow):
        q = rng.choice(["Zapfs%C3%A4ule", "Waage+Klasse+III", "Taxameter", "Gasz%C3%A4hler", "Messanlage+LKW"])
        qd = q.replace("%C3%A4", "ä").replace("+", " ")
        if n == 0:
            r.add(t - ms / 1000.0 + 0.01, LD, lambda d: quarkus(d, "INFO", "d.l.c.DeviceTypeCache", "executor-thread-1", "cache 'device-types' is empty, loading 48213 device types from database"))
        r.add(t, LD, (lambda q_, ms_: lambda d: quarkus(d, "WARN" if ms_ > 2000 else "INFO", "d.l.c.DeviceTypeResource", "executor-thread-%d" % rng.randint(1, 8), "GET /api/device-types?q=%s served in %d ms (cache warming %d%%)" % (q_, ms_, min(100, 100 * (n + 1) // 7))))(qd, ms), e=(n in (0, 2)))
        if ms > 5000:
            r.add(t - ms / 1000.0 + 5.0, L, (lambda q_: lambda d: "WARNING %s views 14 139907224454976 device search failed q=%s: HTTPConnectionPool(host='device-catalog.lme-portal.svc', port=8080): Read timed out. (read timeout=5)" % (sp_ms(d), q_))(qd), e=(n == 0))
            r.add(t - ms / 1000.0 + 5.001, L, (lambda q_: lambda d: "ERROR %s log 14 139907224454976 Gateway Timeout: /meldung/geraet/suche" % sp_ms(d))(q))
            r.add(t - ms / 1000.0 + 5.002, L, (lambda q_: lambda d: '10.128.2.1 - - [%s] "GET /meldung/geraet/suche?q=%s HTTP/1.1" 504 1893 "https://portal.lme.internal/meldung/neu" "%s"' % (d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")[1:-1], q_, rng.choice(UAS)))(q))
    r.add(180.6, LD, lambda d: quarkus(d, "INFO", "d.l.c.DeviceTypeCache", "executor-thread-3", "cache 'device-types' warm: 48213 entries"))

    def portal_ok(d, g):
        return '10.128.2.1 - - [%s] "GET %s HTTP/1.1" 200 %d "https://portal.lme.internal/" "%s"' % (
            d.strftime("%d/%b/%Y:%H:%M:%S +0000"), g.choice(["/", "/meldung/neu", "/beschwerde/neu", "/static/css/portal.8f2c1a.css", "/gebuehren"]), g.randint(2000, 40000), g.choice(UAS))
    r.noise(L, portal_ok, 12, 0, 240)
    for t in (190.2, 204.8, 226.5):
        r.add(t, L, (lambda: lambda d: '10.128.2.1 - - [%s] "GET /meldung/geraet/suche?q=Waage HTTP/1.1" 200 %d "https://portal.lme.internal/meldung/neu" "%s"' % (d.strftime("%d/%b/%Y:%H:%M:%S +0000"), rng.randint(3000, 9000), rng.choice(UAS)))())
    r.noise(ac, met_argocd_chatter, 4, 20, 240)
    return r.build(
        question="Why did the device search in the public portal time out this morning?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="timeout", component="device-catalog",
        root_cause="After the Argo CD sync restarted device-catalog, its device-types cache was empty and was filled from the database on demand, so searches took 6-9 s; public-portal calls device-catalog with a 5 s read timeout and returned 504 until the cache was warm.",
        summary="From 10:14 to about 10:16 device-catalog answered /api/device-types in 5.3-8.9 s while warming its cache of 48213 entries; the portal's requests hit ReadTimeout (read timeout=5) and users got 504 on the device search. Once the cache was warm, responses dropped to ~100 ms and searches returned 200.",
        action="Optional: pre-warm the device-types cache at startup (and gate readiness on it), or raise the portal's timeout for the catalog search, so rollouts of device-catalog do not cause a burst of 504s.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w18
def w18():
    r = Rec("w18", "MET", "2026-10-13T07:28:50")
    rng = r.rng
    ns, app = "lme-inspections", "verification-scheduler"
    L = P(ns, "verification-scheduler-8c6d9f7b4d-2plxq", app, "ocp-w02.lme.internal", app)
    LR = P("lme-data", "lme-redis-0", "redis", "ocp-w05.lme.internal", "lme-redis")
    ES = E("lme-data", "StatefulSet", "lme-redis")
    r.add(12.3, LR, lambda d: "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." % int(d.timestamp()))
    r.add(12.4, LR, lambda d: "1:M %s.%03d # User requested shutdown..." % (d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000))
    r.add(12.41, LR, lambda d: "1:M %s.%03d * Saving the final RDB snapshot before exiting." % (d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000))
    r.add(12.63, LR, lambda d: "1:M %s.%03d * DB saved on disk" % (d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000))
    r.add(12.64, LR, lambda d: "1:M %s.%03d # Redis is now ready to exit, bye bye..." % (d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000), e=True)
    r.add(12.1, ES, ev("Normal", "SuccessfulDelete", "StatefulSet", "lme-data", "lme-redis", "statefulset-controller", "delete Pod lme-redis-0 in StatefulSet lme-redis successful"), e=True)
    r.add(13.0, L, lambda d: spring(d, "WARN", app, "ioEventLoop-6-1", "i.l.core.protocol.ConnectionWatchdog", "Cannot reconnect to [lme-redis.lme-data.svc/<unresolved>:6379]: Connection refused: lme-redis.lme-data.svc/172.30.88.14:6379"))

    def lock_fail(t, mark):
        insp = rng.randint(4000, 4999)
        r.block(t, L, [
            lambda d: spring(d, "ERROR", app, "nio-8080-exec-%d" % rng.randint(1, 9), "d.l.s.lock.SlotLockService", "could not acquire slot lock for inspector %d" % insp),
            "org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis",
            "\tat org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.translateException(LettuceConnectionFactory.java:1805)",
            "\tat org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.getConnection(LettuceConnectionFactory.java:1736)",
            "\tat de.lme.scheduler.lock.SlotLockService.tryLock(SlotLockService.java:47)",
            "Caused by: io.lettuce.core.RedisConnectionException: Unable to connect to lme-redis.lme-data.svc/<unresolved>:6379",
            "\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)",
            "\t... 121 common frames omitted",
            "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: lme-redis.lme-data.svc/172.30.88.14:6379",
            "Caused by: java.net.ConnectException: Connection refused",
            "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
            "\tat java.base/sun.nio.ch.Net.pollConnect(Net.java:682)",
        ], e_idx=(8,) if mark else ())
        r.add(t + 0.003, L, lambda d: spring(d, "WARN", app, "nio-8080-exec-3", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis] -> 503 for POST /api/assignments"))
    for n, t in enumerate((41.5, 97.3, 163.9, 238.2)):
        lock_fail(t, n == 0)
    for t in (60.0, 120.0, 180.0, 240.0):
        r.add(t + 0.05, L, lambda d: spring(d, "WARN", app, "ioEventLoop-6-1", "i.l.core.protocol.ConnectionWatchdog", "Cannot reconnect to [lme-redis.lme-data.svc/<unresolved>:6379]: Connection refused: lme-redis.lme-data.svc/172.30.88.14:6379"))

    def ok(d, g):
        return spring(d, "INFO", app, "nio-8080-exec-%d" % g.randint(1, 9), "d.l.s.web.InspectionController", "GET /api/slots?district=%02d&from=2026-10-13 -> 200 (%d rows, %d ms)" % (g.randint(1, 12), g.randint(4, 60), g.randint(8, 120)))
    r.noise(L, ok, 12, 0, 260)
    r.noise(P("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "ocp-w02.lme.internal", "openshift-gitops-application-controller"), met_argocd_chatter, 4, 0, 260)
    r.noise(J("ocp-w05.lme.internal", "kubelet.service"), met_kubelet_chatter("ocp-w05.lme.internal"), 3, 0, 260)
    return r.build(
        question="Why can inspectors no longer assign new verification appointments, although they can still see the slot lists?",
        selector={"namespace": ns},
        severity="ERROR", category="connection_refused", component="lme-redis",
        root_cause="The lme-redis StatefulSet was scaled down (lme-redis-0 deleted and Redis shut down) and not brought back, so the lme-redis Service has no endpoint and every connection from verification-scheduler to lme-redis:6379 is refused; the slot-lock step of each assignment fails.",
        summary="At 07:29 the statefulset controller deleted lme-redis-0 and Redis exited cleanly. Since then Lettuce cannot reconnect (Connection refused to 172.30.88.14:6379) and POST /api/assignments returns 503 with RedisConnectionFailureException; read-only slot queries keep working.",
        action="Scale the lme-redis StatefulSet back to 1 replica (and check why it was scaled down - maintenance runbook or a GitOps change), then verify verification-scheduler reconnects; consider an alert on a Service without endpoints.",
        tags=["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- w19
def w19():
    r = Rec("w19", "MET", "2026-06-16T12:59:40")
    rng = r.rng
    ns, app = "lme-registry", "calibration-registry"
    old = "calibration-registry-7d9c5b8f64-kq2rw"
    new = "calibration-registry-5c8f7d6b9f-vz4hm"
    LO = P(ns, old, app, "ocp-w03.lme.internal", app)
    LN = P(ns, new, app, "ocp-w01.lme.internal", app)
    EN = E(ns, "Pod", new)
    ac = P("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "ocp-w02.lme.internal", "openshift-gitops-application-controller")
    r.add(6.3, ac, lambda d: argocd(d, "info", "Initiated automated sync to 'e2b7c4f19a0d3e58b6c1f4a2d9e7b0c35f8a1d62'", application="openshift-gitops/lme-registry", dest_namespace=ns, reason="OperationStarted", type="Normal"))
    r.add(7.1, ac, lambda d: argocd(d, "info", "Applying resource Deployment/calibration-registry in cluster: https://kubernetes.default.svc, namespace: lme-registry", application="openshift-gitops/lme-registry"))
    r.add(8.0, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned lme-registry/%s to ocp-w01.lme.internal" % new))
    r.add(8.6, EN, ev("Normal", "AddedInterface", "Pod", ns, new, "multus", "Add eth0 [10.128.2.61/23] from ovn-kubernetes"))
    r.add(9.0, EN, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/ocp-w01.lme.internal", 'Pulling image "%s/calibration-registry:4.12.1"' % MET_REG))
    r.add(15.7, EN, ev("Normal", "Pulled", "Pod", ns, new, "kubelet/ocp-w01.lme.internal", 'Successfully pulled image "%s/calibration-registry:4.12.1" in 6.642s (6.642s including waiting)' % MET_REG))
    r.add(16.3, EN, ev("Normal", "Started", "Pod", ns, new, "kubelet/ocp-w01.lme.internal", "Started container calibration-registry"))
    r.add(17.9, LN, lambda d: clef(d, "Starting Lme.Registry {Version} on {Runtime}", Version="4.12.1", Runtime=".NET 8.0.6", SourceContext="Lme.Registry.Program"))
    r.add(18.6, LN, lambda d: clef(d, "Applying EF Core migrations: {Pending}", Pending=0, SourceContext="Lme.Registry.Data.MigrationRunner"))
    r.add(19.4, LN, lambda d: clef(d, "Now listening on: {address}", address="http://[::]:8080", SourceContext="Microsoft.Hosting.Lifetime"))
    r.add(19.41, LN, lambda d: clef(d, "Application started. Press Ctrl+C to shut down.", SourceContext="Microsoft.Hosting.Lifetime"))
    r.add(19.42, LN, lambda d: clef(d, "Hosting environment: {EnvName}", EnvName="Production", SourceContext="Microsoft.Hosting.Lifetime"))
    r.add(21.0, LN, lambda d: clef(d, "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus} and description '{HealthCheckDescription}'", "Warning", HealthCheckName="reference-data", ElapsedMilliseconds=3.2, HealthStatus="Unhealthy", HealthCheckDescription="reference data not loaded yet", SourceContext="Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"))
    r.add(21.1, EN, ev("Warning", "Unhealthy", "Pod", ns, new, "kubelet/ocp-w01.lme.internal", "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    r.add(24.8, LN, lambda d: clef(d, "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms", "Warning",
                                   PipelineName="seal-register-client-standard", PipelineInstance="", StrategyName="Standard-Retry", OperationKey="", Result="503", Handled=True, Attempt=0, ExecutionTimeMs=12.41, SourceContext="Polly"))
    r.add(26.1, LN, lambda d: clef(d, "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                                   PipelineName="seal-register-client-standard", PipelineInstance="", StrategyName="Standard-Retry", OperationKey="", Result="200", Handled=False, Attempt=1, ExecutionTimeMs=38.9, SourceContext="Polly"))
    r.add(27.5, LN, lambda d: clef(d, "Reference data loaded: {DeviceClasses} device classes, {FeeItems} fee items", DeviceClasses=412, FeeItems=1290, SourceContext="Lme.Registry.ReferenceData.Loader"))
    r.add(31.1, LN, lambda d: clef(d, "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus} and description '{HealthCheckDescription}'", HealthCheckName="reference-data", ElapsedMilliseconds=0.8, HealthStatus="Healthy", HealthCheckDescription="ok", SourceContext="Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"))
    r.add(33.0, E(ns, "Pod", old), ev("Normal", "Killing", "Pod", ns, old, "kubelet/ocp-w03.lme.internal", "Stopping container calibration-registry"))
    r.add(33.2, LO, lambda d: clef(d, "Application is shutting down...", SourceContext="Microsoft.Hosting.Lifetime"))
    r.add(36.4, ac, lambda d: argocd(d, "info", "Sync operation to e2b7c4f19a0d3e58b6c1f4a2d9e7b0c35f8a1d62 succeeded", application="openshift-gitops/lme-registry", dest_namespace=ns, reason="OperationCompleted", type="Normal"))
    r.add(48.0, ac, lambda d: argocd(d, "info", "Updated health status: Progressing -> Healthy", application="openshift-gitops/lme-registry", dest_namespace=ns, reason="ResourceUpdated", type="Normal"))

    def reg(pre):
        def fn(d, g):
            return clef(d, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", RequestMethod=g.choice(["GET", "GET", "GET", "POST"]),
                        RequestPath=g.choice(["/api/devices/%d" % g.randint(100000, 999999), "/api/devices?owner=%d" % g.randint(1000, 9999), "/api/seals/EA-2026-%05d" % g.randint(0, 99999)]),
                        StatusCode=200, Elapsed=round(g.uniform(3, 90), 4), SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware")
        return fn
    r.noise(LO, reg(LO), 7, 0, 32)
    r.noise(LN, reg(LN), 14, 32, 300)
    r.noise(ac, met_argocd_chatter, 4, 50, 300)
    return r.build(
        question="Did the calibration-registry deployment this afternoon go through cleanly?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="calibration-registry",
        root_cause="No incident: Argo CD synced calibration-registry 4.12.1; the new pod reported Unhealthy (503) once while its reference data was loading and one seal-register call was retried by the resilience pipeline, then it became ready and the old pod shut down gracefully.",
        summary="Automated sync e2b7c4f, image pulled and started, one expected readiness 503 during warm-up, a handled Polly retry (503 -> 200 on attempt 1), reference data loaded, health Healthy, old pod stopped, Argo CD app Healthy. Requests kept returning 200.",
        action="Nothing to do; the rollout completed and the app is healthy.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w20
def w20():
    r = Rec("w20", "MET", "2026-04-14T05:59:20")
    rng = r.rng
    ns, app = "lme-portal", "oauth2-proxy"
    p_old = "oauth2-proxy-6b7f9c8d5d-h2mvt"
    p_new = "oauth2-proxy-6b7f9c8d5d-s9kq4"
    LO = P(ns, p_old, app, "ocp-w02.lme.internal", app)
    LN = P(ns, p_new, app, "ocp-w04.lme.internal", app)
    EN = E(ns, "Pod", p_new)
    KC = P("lme-sso", "keycloak-0", "keycloak", "ocp-w05.lme.internal", "keycloak")
    disc = ('[%s] [main.go:59] ERROR: Failed to initialise OAuth2 Proxy: error initialising provider: could not create provider data: error building OIDC ProviderVerifier: '
            'could not get verifier builder: error while discovery OIDC configuration: failed to discover OIDC configuration: error performing request: '
            'Get "https://sso.lme.internal/realms/lme/.well-known/openid-configuration": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: '
            'current time %s is after 2026-04-14T00:00:00Z')
    redeem = ('[%s] [oauthproxy.go:900] Error redeeming code during OAuth2 callback: token exchange failed: oauth2: cannot fetch token: '
              'Post "https://sso.lme.internal/realms/lme/protocol/openid-connect/token": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: '
              'current time %s is after 2026-04-14T00:00:00Z')

    def o2(d):
        return d.strftime("%Y/%m/%d %H:%M:%S")
    # the long-running pod: callbacks fail
    for n, t in enumerate((14.2, 49.7, 88.3, 131.6, 177.0, 214.4, 262.8)):
        r.add(t, LO, (lambda: lambda d: redeem % (o2(d), iso_s(d)))(), e=(n == 0))
        r.add(t + 0.001, LO, (lambda: lambda d: '10.128.2.1:%d - %s - - [%s] portal.lme.internal GET - "/oauth2/callback?state=%s&code=%s" HTTP/1.1 "%s" 500 2781 0.0%02d' % (
            rng.randint(30000, 60000), uid(rng), o2(d), hexs(rng, 22), uid(rng), rng.choice(UAS), rng.randint(10, 60)))())
    # redirect to sign-in still works (static), so users see the keycloak page fail in their browser
    for t in (5.5, 36.1, 70.9, 150.2, 240.6):
        r.add(t, LO, (lambda: lambda d: '10.128.2.1:%d - %s - - [%s] portal.lme.internal GET - "/oauth2/start?rd=%%2F" HTTP/1.1 "%s" 302 398 0.000' % (rng.randint(30000, 60000), uid(rng), o2(d), rng.choice(UAS)))())
    # the restarted pod cannot start at all
    starts = [30.2, 33.1, 47.6, 77.9, 135.4, 245.0]
    for n, t in enumerate(starts):
        r.add(t, LN, (lambda: lambda d: "[%s] [proxy.go:89] mapping path \"/\" => upstream \"http://public-portal.lme-portal.svc:8080/\"" % o2(d))())
        r.add(t + 0.41, LN, (lambda: lambda d: disc % (o2(d), iso_s(d)))(), e=(n == 0))
        if n:
            r.add(t + 2.0, EN, ev("Warning", "BackOff", "Pod", ns, p_new, "kubelet/ocp-w04.lme.internal", "Back-off restarting failed container oauth2-proxy in pod %s_lme-portal(%s)" % (p_new, "9d3e1c5a-4b27-4f6e-8a19-2c7d0e5f3b81")))
    # keycloak itself is up and serving with the old certificate
    r.noise(KC, lambda d, g: kc(d, "INFO", "org.keycloak.events", "executor-thread-%d" % g.randint(1, 40),
                                'type="REFRESH_TOKEN", realmId="5b1f0c2e-7a41-4d3b-9e8a-0f6c2d9b1a37", realmName="lme", clientId="inspector-app", userId="%s", ipAddress="10.128.4.%d", token_id="%s"' % (uid(g), g.randint(2, 250), uid(g))), 6, 0, 280)
    r.add(3.0, KC, lambda d: kc(d, "INFO", "org.infinispan.CLUSTER", "jgroups-12,keycloak-0", "ISPN100000: Node keycloak-1 joined the cluster"))
    r.noise(J("ocp-w04.lme.internal", "kubelet.service"), met_kubelet_chatter("ocp-w04.lme.internal"), 4, 0, 280)
    return r.build(
        question="Why can nobody log in to the public portal this morning, and why is one oauth2-proxy pod crash-looping?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="tls_certificate", component="keycloak",
        root_cause="The TLS serving certificate of the Keycloak endpoint sso.lme.internal expired at 2026-04-14T00:00:00Z; oauth2-proxy rejects it (x509: certificate has expired), so OIDC discovery fails on startup and every authorization-code exchange fails.",
        summary="Since midnight every login callback on the running oauth2-proxy pod ends in 500 'Error redeeming code ... x509: certificate has expired or is not yet valid', and the restarted pod exits during OIDC discovery with the same x509 error and is in CrashLoopBackOff. Nobody can sign in to the portal.",
        action="Renew the sso.lme.internal serving certificate for Keycloak (keycloak-tls Secret / route certificate) from the state PKI and restart Keycloak, then restart oauth2-proxy; put the certificate under cert-manager or add expiry monitoring.",
        tags=["nested-cause"])


RECORDS = [w11, w12, w13, w14, w15, w16, w17, w18, w19, w20]
