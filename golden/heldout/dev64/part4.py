"""dev64 records 031-040 (domain C: asbestos and hazardous-materials abatement)."""
import datetime as _dt

from common import Rec, L, NL, EV, SRC, UA_BROWSER, envoy_inbound_ok, envoy_outbound, svc_ip


# --------------------------------------------------------------------------- 031
def r031():
    r = Rec("dev64-031", "2026-03-13T04:20:11.000Z", "OpenShift", "C")
    ns = "abatement"
    rsn = r.rs("crew-roster")
    pods = [r.pod(rsn) for _ in range(2)]
    nodes = ["ocp-abt-8kd2p-worker-a-5xwq7", "ocp-abt-8kd2p-worker-b-m2c9k"]
    dns = [r.pod("dns-default") for _ in range(2)]
    Ld = [L("openshift-dns", dns[i], "dns", nodes[i], app="dns-default") for i in range(2)]
    Lev = EV(ns)
    host = "pg-crew.db.abate-hq.internal"
    ups = ["10.10.0.53", "10.10.0.54"]
    Lw = [L(ns, pods[i], "wait-for-db", nodes[i], app="crew-roster") for i in range(2)]
    ss, _ = r.dpod("site-survey")
    Lss = L(ns, ss, "site-survey", nodes[0], app="site-survey")
    Lmcd = L("openshift-machine-config-operator", "machine-config-daemon-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "machine-config-daemon", nodes[1])
    r.klog(Lmcd, "I", "drain.go:174", "node %s: Drain successful" % nodes[1], pid=9113, gap=0)
    for i, p in enumerate(pods):
        r.event(Lev, "Normal", "SuccessfulCreate", "ReplicaSet", rsn, ns, "Created pod: " + p, "replicaset-controller", gap=(1, 3))
        r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container wait-for-db", "kubelet", nodes[i], gap=(3, 6))
    for k in range(5):
        i = k % 2
        ip = "10.128.%d.%d" % (2 + 2 * i, r.rng.randint(10, 250))
        q = r.rng.randint(1000, 65000)
        r.plain(Ld[i], '[INFO] %s:%d - %d "A IN %s. udp 57 false 1232" SERVFAIL qr,rd 46 4.002311047s' % (ip, r.rng.randint(30000, 60000), q, host), ev=(k == 0), gap=(0.5, 2))
        r.plain(Ld[i], "[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout" % (host, "10.128.%d.%d" % (2 + 2 * i, 3 + i), r.rng.randint(30000, 60000), ups[k % 2]), ev=(k == 0), gap=(0.0005, 0.002))
        r.plain(Lw[i], "nc: bad address '%s'" % host, ev=(k == 1), gap=(0.001, 0.01))
        r.plain(Lw[i], "waiting for %s:5432 ..." % host, gap=(0.0, 0.002))
        if k == 2:
            r.plain(Ld[0], '[INFO] 10.128.2.%d:%d - %d "A IN abate-main.abatement.svc.cluster.local. udp 69 false 1232" NOERROR qr,aa,rd 124 0.000154s' % (r.rng.randint(10, 250), r.rng.randint(30000, 60000), r.rng.randint(1000, 65000)), gap=(0.3, 1))
            r.js(Lss, lambda: {"level": "warn", "ts": r.iso3(), "msg": "crew lookup failed", "site": "S-2253", "err": "Get \"http://crew-roster.abatement.svc:8080/api/crews?site=S-2253\": dial tcp 172.30.41.17:8080: connect: connection refused"}, gap=(0.5, 2))
    for t in ["Server:\t\t172.30.0.10", "Address:\t172.30.0.10:53", "", ";; connection timed out; no servers could be reached", ""]:
        r.plain(Lw[0], t, ev=(t.startswith(";;")), gap=(0.0, 0.002) if t != "Server:\t\t172.30.0.10" else (5, 6))
    for k in range(4):
        i = k % 2
        r.plain(Ld[i], "[ERROR] plugin/errors: 2 %s. AAAA: read udp 10.128.%d.%d:%d->%s:53: i/o timeout" % (host, 2 + 2 * i, 3 + i, r.rng.randint(30000, 60000), ups[(k + 1) % 2]), gap=(1, 4))
        r.plain(Lw[i], "nc: bad address '%s'" % host, gap=(0.001, 0.01))
        r.plain(Lw[i], "waiting for %s:5432 ..." % host, gap=(0.0, 0.002))
    r.plain(Ld[1], '[INFO] 10.128.4.%d:%d - %d "A IN quay.io. udp 36 false 1232" SERVFAIL qr,rd 36 4.001846211s' % (r.rng.randint(10, 250), r.rng.randint(30000, 60000), r.rng.randint(1000, 65000)), gap=(0.5, 2))
    r.js(Lss, lambda: {"level": "error", "ts": r.iso3(), "msg": "crew assignment unavailable, site check-in blocked", "site": "S-2253", "crew": "C-07"}, gap=(1, 5))
    r.event(Lev, "Warning", "Unhealthy", "Pod", ss, ns, "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", nodes[0], gap=(1, 3))
    return r.finish(SRC["C"], "After last night's node updates no crew-roster pod gets past its init container, which keeps printing 'bad address'. What's wrong?",
                    {"namespace": ns},
                    "CRITICAL", "dns_resolution", "dns-default",
                    "The cluster DNS (dns-default) cannot reach its upstream resolvers 10.10.0.53/10.10.0.54 (i/o timeout) and answers SERVFAIL for external names such as pg-crew.db.abate-hq.internal, so crew-roster's wait-for-db init container never resolves the database host.",
                    "Every crew-roster pod recreated after the node drains is stuck in its wait-for-db init container ('nc: bad address'); cluster-internal names still resolve, but everything forwarded upstream times out in dns-default. The roster is down and site-survey check-ins are blocked.",
                    "Restore reachability of the upstream DNS servers from the cluster (or point the DNS operator's upstream resolvers/forwarding for abate-hq.internal at working servers); the crew-roster pods will then start by themselves.",
                    terms=["SERVFAIL", "i/o timeout", "bad address", "no servers could be reached"])


# --------------------------------------------------------------------------- 032
def r032():
    r = Rec("dev64-032", "2026-03-14T09:05:40.000Z", "AKS", "C")
    ns = "abatement"
    node = "aks-nodepool1-52918374-vmss000004"
    idp = "linkerd-identity-" + r.rs("x")[2:] + "-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
    Lid = L("linkerd", idp, "identity", "aks-system-52918374-vmss000000", app="linkerd-identity")
    Lev = EV(ns)
    Levl = EV("linkerd")
    p, rsn = r.dpod("respirator-fit")
    Lp = L(ns, p, "linkerd-proxy", node, app="respirator-fit")
    La = L(ns, p, "respirator-fit", node, app="respirator-fit")
    q, _ = r.dpod("decon-log")
    Lq = L(ns, q, "linkerd-proxy", "aks-nodepool1-52918374-vmss000002", app="decon-log")
    nb = "2025-03-14 09:05:11 +0000 UTC"
    na = "2026-03-14 09:05:11 +0000 UTC"

    def ierr(ident, ev=False):
        r.logrus(Lid, "error", "could not process CSR because of CA cert validation failure: x509: certificate has expired or is not yet valid - Current Time : %s +0000 UTC m=+%.9f - Invalid before %s - Invalid After %s - CSR Identity : %s"
                 % (r.t.strftime("%Y-%m-%d %H:%M:%S.%f"), 2591000 + (r.t - _dt.datetime(2026, 3, 14, 9, 5, tzinfo=_dt.timezone.utc)).total_seconds(), nb, na, ident), ev=ev, gap=(0.05, 0.5))

    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "respirator-fit", ns, "Scaled up replica set %s to 2 from 1" % rsn, "deployment-controller", gap=0)
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container linkerd-proxy", "kubelet", node, gap=(3, 5))
    r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy", "release 2.14.10 (3e1b1bd) by linkerd on 2024-02-21T15:09:43Z", gap=(0.2, 0.4))
    for m in ["Admin interface on 0.0.0.0:4191", "Inbound interface on 0.0.0.0:4143", "Outbound interface on 127.0.0.1:4140",
              "Local identity is respirator-fit.abatement.serviceaccount.identity.linkerd.cluster.local",
              "Identity verified via linkerd-identity-headless.linkerd.svc.cluster.local:8080 (linkerd-identity.linkerd.serviceaccount.identity.linkerd.cluster.local)"]:
        r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy", m, gap=(0.0001, 0.0005))
    ierr("respirator-fit.abatement.serviceaccount.identity.linkerd.cluster.local", ev=True)
    r.event(Levl, "Warning", "IssuerValidationFailed", "Deployment", "linkerd-identity", "linkerd",
            "x509: certificate has expired or is not yet valid - Invalid before %s - Invalid After %s" % (nb, na), "linkerd-identity", ev=True, gap=(0.01, 0.1))
    for k in range(3):
        r.linkerd(Lp, p, "WARN", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}", "linkerd_app_core::control",
                  "Failed to obtain identity error=status: Unknown, message: \"could not process CSR\"", thread=2, gap=(0.5, 3) if k else (0.05, 0.2))
        if k == 1:
            ierr("respirator-fit.abatement.serviceaccount.identity.linkerd.cluster.local")
    r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", node, count=3, gap=(1, 3))
    r.spring(La, "INFO", "respirator-fit", "main", "o.a.r.RespiratorFitApplication", "Starting RespiratorFitApplication v2.8.4 using Java 21.0.2 with PID 1", gap=(0.5, 1))
    r.spring(La, "INFO", "respirator-fit", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", gap=(6, 9))
    r.spring(La, "INFO", "respirator-fit", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''", gap=(5, 8))
    r.spring(La, "INFO", "respirator-fit", "main", "o.a.r.RespiratorFitApplication", "Started RespiratorFitApplication in 24.117 seconds (process running for 25.3)", gap=(0.1, 0.4))
    for ident in ["decon-log.abatement.serviceaccount.identity.linkerd.cluster.local", "site-survey.abatement.serviceaccount.identity.linkerd.cluster.local",
                  "air-monitoring.abatement.serviceaccount.identity.linkerd.cluster.local"]:
        ierr(ident)
    r.proc_start[q] = r.t - _dt.timedelta(hours=23, minutes=41)
    r.linkerd(Lq, q, "WARN", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}", "linkerd_app_core::control",
              "Failed to obtain identity error=status: Unknown, message: \"could not process CSR\"", thread=2, gap=(0.01, 0.1))
    for k in range(4):
        r.linkerd(Lp, p, "WARN", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}", "linkerd_app_core::control",
                  "Failed to obtain identity error=status: Unknown, message: \"could not process CSR\"", thread=2, gap=(3, 10))
        r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", node, count=6 + 3 * k, gap=(0.5, 3))
    r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", node, count=20, gap=(10, 30))
    return r.finish(SRC["C"], "New respirator-fit pods never become ready; the app says it started but linkerd-proxy keeps failing. What is wrong?",
                    {"namespace": ns},
                    "CRITICAL", "tls_certificate", "linkerd-identity",
                    "The Linkerd identity issuer certificate expired at 2026-03-14 09:05:11 UTC; linkerd-identity rejects every CSR ('CA cert validation failure: x509: certificate has expired'), so new proxies get no identity and stay unready, and running proxies cannot renew theirs.",
                    "respirator-fit's app container is fine; its linkerd-proxy sidecar cannot obtain a workload certificate because the mesh's identity issuer has expired. The whole mesh is affected: other workloads fail renewal too and will lose mTLS as their 24 h certificates expire.",
                    "Rotate the linkerd-identity-issuer certificate (issue a new issuer from the trust anchor, e.g. via cert-manager), restart linkerd-identity, then restart the stuck pods; add expiry monitoring for the issuer.",
                    terms=["certificate has expired", "CA cert validation failure", "IssuerValidationFailed"])


# --------------------------------------------------------------------------- 033
def r033():
    r = Rec("dev64-033", "2026-03-15T10:02:00.000Z", "EKS", "C")
    ns = "abatement"
    nodes = ["ip-10-31-70-21.eu-west-2.compute.internal", "ip-10-31-71-140.eu-west-2.compute.internal"]
    Lro = L("argo-rollouts", "argo-rollouts-6d9c7f8b5d-pq7sx", "argo-rollouts", "ip-10-31-70-5.eu-west-2.compute.internal")
    Lev = EV(ns)
    stable_rs = r.rs("air-monitoring")
    canary_rs = r.rs("air-monitoring")
    sp = r.pod(stable_rs)
    cp = r.pod(canary_rs)
    cp_ip = r.ip()
    Lc = L(ns, cp, "air-monitoring", nodes[1], app="air-monitoring")
    Ls = L(ns, sp, "air-monitoring", nodes[0], app="air-monitoring")
    kv = dict(namespace=ns, rollout="air-monitoring")
    r.logrus(Lro, "info", "Started syncing rollout", gap=0, generation=58, resourceVersion=81234411, **kv)
    r.logrus(Lro, "info", "Pod template change detected (new: %s, old: %s)" % (canary_rs.split("-")[-1], stable_rs.split("-")[-1]), **kv)
    r.logrus(Lro, "info", "Created ReplicaSet %s (revision 14)" % canary_rs, **kv)
    r.event(Lev, "Normal", "RolloutUpdated", "Rollout", "air-monitoring", ns, "Rollout updated to revision 14", "rollouts-controller", gap=(0.05, 0.2))
    r.event(Lev, "Normal", "NewReplicaSetCreated", "Rollout", "air-monitoring", ns, "Created ReplicaSet %s (revision 14)" % canary_rs, "rollouts-controller", gap=(0.01, 0.1))
    r.event(Lev, "Normal", "ScalingReplicaSet", "Rollout", "air-monitoring", ns, "Scaled up ReplicaSet %s (revision 14) from 0 to 1" % canary_rs, "rollouts-controller", gap=(0.01, 0.1))
    r.event(Lev, "Normal", "Started", "Pod", cp, ns, "Started container air-monitoring", "kubelet", nodes[1], gap=(3, 6))
    r.js(Lc, lambda: {"level": "info", "ts": r.iso3(), "msg": "config loaded", "source": "env", "HTTP_ADDR": ":8081", "METRICS_ADDR": ":9102", "LIMS_URL": "http://sample-lims.abatement.svc:8000"}, ev=True, gap=(0.5, 1))
    r.js(Lc, lambda: {"level": "info", "ts": r.iso3(), "msg": "http server listening", "addr": ":8081"}, ev=True, gap=(0.2, 0.6))
    r.logrus(Lro, "info", "Step 0: setWeight 20: waiting for canary ReplicaSet to become available", gap=(0.5, 1), **kv)
    msg = 'Readiness probe failed: Get "http://%s:8080/healthz/ready": dial tcp %s:8080: connect: connection refused' % (cp_ip, cp_ip)
    for k in range(8):
        r.event(Lev, "Warning", "Unhealthy", "Pod", cp, ns, msg, "kubelet", nodes[1], count=k * 6 + 1, ev=(k == 0), gap=(5, 10) if k == 0 else (30, 75))
        if k % 2 == 0:
            r.js(Ls, lambda: {"level": "info", "ts": r.iso3(), "msg": "reading ingested", "site": r.rng.choice(["S-2240", "S-2244", "S-2251"]), "pump": "P-%02d" % r.rng.randint(1, 12), "fibres_per_ml": round(r.rng.uniform(0.001, 0.009), 4)}, gap=(1, 10))
        if k % 3 == 1:
            r.logrus(Lro, "info", "Started syncing rollout", gap=(1, 5), generation=58, resourceVersion=81234411 + k * 17, **kv)
            r.logrus(Lro, "info", "Canary ReplicaSet %s is not available: 0/1 ready" % canary_rs, gap=(0.01, 0.05), **kv)
        if k == 5:
            r.js(Lc, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "method": "GET", "path": "/healthz/ready", "status": 200, "remote": "127.0.0.1:40218", "duration_ms": 1}, gap=(1, 5))
    r.logrus(Lro, "warning", "Timed out (600s) waiting for rollout to make progress", gap=(5, 20), **kv)
    r.logrus(Lro, "info", "Rollout aborted update to revision 14: ReplicaSet \"%s\" has timed out progressing." % canary_rs, gap=(0.01, 0.1), **kv)
    r.event(Lev, "Warning", "RolloutAborted", "Rollout", "air-monitoring", ns, "Rollout aborted update to revision 14: ReplicaSet \"%s\" has timed out progressing." % canary_rs, "rollouts-controller", gap=(0.01, 0.1))
    r.event(Lev, "Normal", "ScalingReplicaSet", "Rollout", "air-monitoring", ns, "Scaled down ReplicaSet %s (revision 14) from 1 to 0" % canary_rs, "rollouts-controller", gap=(0.5, 2))
    r.event(Lev, "Normal", "Killing", "Pod", cp, ns, "Stopping container air-monitoring", "kubelet", nodes[1], gap=(0.2, 0.8))
    r.js(Ls, lambda: {"level": "info", "ts": r.iso3(), "msg": "reading ingested", "site": "S-2244", "pump": "P-03", "fibres_per_ml": 0.0042}, gap=(2, 10))
    return r.finish(SRC["C"], "The air-monitoring canary was aborted by Argo Rollouts after 10 minutes. Production still runs the old version — why did the canary never become ready?",
                    {"namespace": ns, "app": "air-monitoring"},
                    "WARN", "probe_failure", "air-monitoring",
                    "Revision 14 of air-monitoring listens on :8081 (HTTP_ADDR from env), but the pod's readinessProbe still targets port 8080, so every readiness check is refused and the canary never becomes available; Argo Rollouts aborts after the progress deadline.",
                    "The canary process runs and even answers /healthz/ready on its new port, but kubelet probes the old port 8080 and gets connection refused. Argo Rollouts kept the stable ReplicaSet, so users are unaffected.",
                    "Align the readinessProbe (and container port/Service targetPort) with the new listen port 8081 in the Rollout's pod template, or keep the app on 8080; then retry the rollout.",
                    terms=["8081", "Readiness probe failed", "connection refused"])


# --------------------------------------------------------------------------- 034
def r034():
    r = Rec("dev64-034", "2026-03-16T08:30:05.000Z", "Talos", "C")
    ns = "abatement"
    node = "talos-q8c-1zn"
    p, rsn = r.dpod("respirator-fit")
    La = L(ns, p, "respirator-fit", node, app="respirator-fit")
    Lx = L(ns, p, "istio-proxy", node, app="respirator-fit")
    Lev = EV(ns)
    app = "respirator-fit"
    uid = r.uid()
    r.event(Lev, "Normal", "Scheduled", "Pod", p, ns, "Successfully assigned %s/%s to %s" % (ns, p, node), "default-scheduler", gap=0)
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container istio-proxy", "kubelet", node, gap=(2, 3))
    r.istio(Lx, "info", "Envoy proxy is ready", gap=(1.5, 2.5))

    def start(first):
        t0 = r.t
        r.spring(La, "INFO", app, "main", "o.a.r.RespiratorFitApplication", "Starting RespiratorFitApplication v2.9.0 using Java 21.0.2 with PID 1", gap=(0.5, 1))
        r.spring(La, "INFO", app, "main", "o.a.r.config.RuntimeInfo", "available processors: 1 (cpu limit 500m), max heap 384 MiB", gap=(0.2, 0.5))
        r.spring(La, "INFO", app, "main", "o.s.d.r.c.RepositoryConfigurationDelegate", "Bootstrapping Spring Data JPA repositories in DEFAULT mode.", gap=(6, 9))
        r.spring(La, "INFO", app, "main", "o.s.d.r.c.RepositoryConfigurationDelegate", "Finished Spring Data repository scanning in 1894 ms. Found 31 JPA repository interfaces.", gap=(1.8, 2.2))
        r.spring(La, "INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)", gap=(4, 6))
        r.spring(La, "INFO", app, "main", "w.s.c.ServletWebServerApplicationContext", "Root WebApplicationContext: initialization completed in %d ms" % int((r.t - t0).total_seconds() * 1000 + 300), ev=first, gap=(0.3, 0.6))
        r.spring(La, "INFO", app, "main", "o.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]", gap=(2, 4))
        r.spring(La, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", gap=(3, 5))
        r.spring(La, "INFO", app, "main", "o.s.o.j.LocalContainerEntityManagerFactoryBean", "Initialized JPA EntityManagerFactory for persistence unit 'default'", gap=(9, 13))
        r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Liveness probe failed: HTTP probe failed with statuscode: 500", "kubelet", node, count=1 if first else 4, ev=first, gap=(1, 3))
        r.spring(La, "INFO", app, "main", "o.a.r.fit.FitTestTemplateLoader", "loading 1,412 fit-test protocols (OSHA 29 CFR 1910.134 App. A, HSE INDG479)", gap=(3, 6))
        r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Liveness probe failed: HTTP probe failed with statuscode: 500", "kubelet", node, count=2 if first else 5, gap=(9.5, 10.5))
        r.event(Lev, "Warning", "Unhealthy", "Pod", p, ns, "Liveness probe failed: HTTP probe failed with statuscode: 500", "kubelet", node, count=3 if first else 6, gap=(9.5, 10.5))
        r.event(Lev, "Normal", "Killing", "Pod", p, ns, "Container respirator-fit failed liveness probe, will be restarted", "kubelet", node, ev=first, gap=(0.01, 0.1))
        r.spring(La, "INFO", app, "ionShutdownHook", "o.s.o.j.LocalContainerEntityManagerFactoryBean", "Closing JPA EntityManagerFactory for persistence unit 'default'", gap=(0.05, 0.3))
        r.spring(La, "INFO", app, "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.", gap=(0.1, 0.4))

    start(True)
    r.event(Lev, "Normal", "Pulled", "Pod", p, ns, 'Container image "registry.abate.example/apps/respirator-fit:2.9.0" already present on machine', "kubelet", node, count=2, gap=(1, 2))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container respirator-fit", "kubelet", node, count=2, gap=(0.3, 0.8))
    start(False)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container respirator-fit in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=2, gap=(1, 3))
    Lfc = L(ns, "fit-scheduler-7b5d9c8f6d-qk2vt", "fit-scheduler", "talos-r2m-8vd", app="fit-scheduler")
    r.js(Lfc, lambda: {"level": "error", "ts": r.iso3(), "msg": "respirator-fit unavailable", "err": "503 Service Unavailable: no healthy upstream", "crew": "C-07", "test": "qualitative-fit"}, gap=(2, 8))
    return r.finish(SRC["C"], "respirator-fit restarts every ~50 seconds since the 2.9.0 release, before it finishes starting. The logs don't show any error. Why?",
                    {"namespace": ns, "app": "respirator-fit"},
                    "CRITICAL", "probe_failure", "respirator-fit",
                    "respirator-fit 2.9.0 needs well over a minute to start on 500m CPU, but its livenessProbe starts checking after a short initial delay with no startupProbe; after three failed liveness checks kubelet kills the still-starting container ('failed liveness probe, will be restarted'), so it never finishes starting.",
                    "The application is not crashing: it is killed by its own liveness probe during a slow start-up (context init alone takes ~15 s, JPA and template loading much longer), and the cycle repeats into CrashLoopBackOff.",
                    "Add a startupProbe (or raise the liveness initialDelaySeconds/failureThreshold) matching the real start-up time, and/or give the container more CPU during start-up.",
                    terms=["Liveness probe failed", "failed liveness probe", "initialization completed"])


# --------------------------------------------------------------------------- 035
def r035():
    r = Rec("dev64-035", "2026-03-17T01:00:00.000Z", "k3s", "C")
    ns = "abatement"
    sched = r.t
    job = r.job_name("survey-report-nightly", sched)
    Lev = EV(ns)
    Lkcm = NL("k3s-server-1", "k3s.service")
    q = "exceeded quota: abatement-compute, requested: limits.memory=3Gi, used: limits.memory=10Gi, limited: limits.memory=12Gi"
    r.kev(Lev, "Normal", "SuccessfulCreate", "cronjob/survey-report-nightly", "Created job " + job, gap=(0.01, 0.05))
    Lidd = L("istio-system", "istiod-7f8d6c9b5d-h4xq2", "discovery", "k3s-server-1", app="istiod")
    Lp = L(ns, "survey-api-6c7d9b8f5c-w2x4m", "survey-api", "k3s-agent-3", app="survey-api")
    delay = 0.4
    for k in range(6):
        r.istio(Lidd, "info", "Sidecar injection request for %s/%s (actual name not yet known)" % (ns, job + "-"), gap=(delay, delay + 0.2))
        nm = "%s-%s" % (job, "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
        r.kev(Lev, "Warning", "FailedCreate", "job/" + job, 'Error creating: pods "%s" is forbidden: %s' % (nm, q), ev=(k in (0, 5)), gap=(0.01, 0.1))
        if k == 0:
            r.klog(Lkcm, "E", "job_controller.go:1569", '"Unhandled Error" err="pods \\"%s\\" is forbidden: %s" logger="UnhandledError"' % (nm, q), pid=1042, gap=(0.001, 0.01))
        if k in (2, 4):
            r.js(Lp, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "path": r.rng.choice(["/api/surveys?status=open", "/api/sites/S-2240"]), "status": 200, "duration_ms": r.rng.randint(8, 60)}, gap=(1, 10))
        delay = min(delay * 2 + 10, 360)
    r.js(Lp, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "path": "/api/surveys?status=open", "status": 200, "duration_ms": 18}, gap=(5, 20))
    r.istio(Lidd, "info", "Sidecar injection request for %s/%s (actual name not yet known)" % (ns, job + "-"), gap=(200, 400))
    r.kev(Lev, "Warning", "FailedCreate", "job/" + job, 'Error creating: pods "%s-%s" is forbidden: %s' % (job, "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), q), gap=(0.01, 0.1))
    r.go(3000, 3100)
    r.kev(Lev, "Warning", "DeadlineExceeded", "job/" + job, "Job was active longer than specified deadline", gap=(0.5, 2))
    r.kev(Lev, "Warning", "SawCompletedJob", "cronjob/survey-report-nightly", "Saw completed job: %s, status: Failed" % job, gap=(0.5, 2))
    Lsr = L(ns, "survey-report-web-5b8c7d6f9d-j3n2p", "survey-report-web", "k3s-agent-2", app="survey-report-web")
    for site in ["S-2231", "S-2240", "S-2244"]:
        r.js(Lsr, lambda: {"level": "warn", "ts": r.iso3(), "msg": "nightly survey report missing, serving previous", "site": site, "report_date": "2026-03-16", "served_date": "2026-03-15"}, gap=(60, 600))
    r.kev(Lev, "Normal", "Scheduled", "pod/survey-api-6c7d9b8f5c-9kq7d", "Successfully assigned abatement/survey-api-6c7d9b8f5c-9kq7d to k3s-agent-1", gap=(5, 60))
    r.kev(Lev, "Normal", "Started", "pod/survey-api-6c7d9b8f5c-9kq7d", "Started container istio-proxy", gap=(2, 4))
    r.kev(Lev, "Normal", "Started", "pod/survey-api-6c7d9b8f5c-9kq7d", "Started container survey-api", gap=(0.2, 0.6))
    for _ in range(3):
        r.js(Lp, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "path": r.rng.choice(["/api/surveys?status=open", "/api/surveys/SV-26-0411", "/api/sites/S-2244"]), "status": 200, "duration_ms": r.rng.randint(8, 60)}, gap=(5, 60))
    for _ in range(4):
        r.js(Lp, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "path": r.rng.choice(["/api/surveys?status=open", "/api/surveys/SV-26-0415", "/api/sites/S-2251"]), "status": 200, "duration_ms": r.rng.randint(8, 60)}, gap=(10, 90))
    return r.finish(SRC["C"], "Last night's survey reports were not generated; the survey-report-nightly Job shows DeadlineExceeded but never ran a pod. Why?",
                    {"namespace": ns},
                    "ERROR", "scheduling", "survey-report-nightly",
                    "Every pod the survey-report-nightly Job tries to create is rejected by the namespace ResourceQuota abatement-compute: with the injected istio-proxy sidecar the pod asks for limits.memory=3Gi while 10Gi of the 12Gi quota is already used, so no pod is ever created and the Job hits its active deadline.",
                    "The nightly survey report never started: the Job controller got 'exceeded quota' for each pod (report container plus the injected sidecar's limits), retried with back-off and finally failed with DeadlineExceeded. The web front-end serves the previous day's reports.",
                    "Lower the Job's memory limits (or the sidecar's via sidecar.istio.io/proxyMemoryLimit, or disable injection for this batch job), or raise the abatement-compute quota / run the report when other workloads are scaled down.",
                    terms=["exceeded quota", "limits.memory"])


# --------------------------------------------------------------------------- 036
def r036():
    r = Rec("dev64-036", "2026-03-18T10:14:02.000Z", "RKE2", "C")
    ns = "abatement"
    node = "rke2-agent-5"
    p = "photo-evidence-0"
    La = L(ns, p, "photo-evidence", node, app="photo-evidence")
    Li = L(ns, p, "fix-perms", node, app="photo-evidence")
    Lkern = NL(node, "kernel")
    Lmon = L("rook-ceph", "rook-ceph-mon-b-6c8d9f7b5d-x2m4q", "mon", "rke2-agent-3", app="rook-ceph-mon")
    Lev = EV(ns)
    uid = r.uid()

    def upload(ok=True, ev=False):
        site = r.rng.choice(["S-2244", "S-2251", "S-2253"])
        img = "IMG_20260318_%06d.jpg" % r.rng.randint(100000, 235959)
        if ok:
            r.js(La, lambda: {"time": r.iso6(), "level": "INFO", "msg": "photo stored", "site": site, "file": img, "bytes": r.rng.randint(2000000, 6000000), "sha256": r.hexs(64)}, gap=(1, 6))
        else:
            r.js(La, lambda: {"time": r.iso6(), "level": "ERROR", "msg": "store photo failed", "site": site, "err": "open /data/photos/%s/%s: read-only file system" % (site, img)}, ev=ev, gap=(1, 4))
            r.js(La, lambda: {"time": r.iso6(), "level": "INFO", "msg": "request", "method": "POST", "path": "/api/sites/%s/photos" % site, "status": 500}, gap=(0.001, 0.01))

    for _ in range(3):
        upload()
    r.plain(Lkern, "libceph: osd4 (1)10.42.5.21:6801 socket closed (con state OPEN)", gap=(1, 3))
    r.E(Lmon, lambda: "debug %s+0000 7f3c2e9ff700  0 log_channel(cluster) log [WRN] : Health check failed: 1 osds down (OSD_DOWN)" % r.sp(sep="T", frac=3), gap=(5, 15))
    r.plain(Lkern, "libceph: osd4 down", gap=(0.5, 2))
    r.plain(Lkern, "blk_update_request: I/O error, dev rbd3, sector 41945088 op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0", ev=True, gap=(20, 40))
    r.plain(Lkern, "Buffer I/O error on dev rbd3, logical block 5243136, lost async page write", gap=(0.0, 0.002))
    r.plain(Lkern, "EXT4-fs error (device rbd3): ext4_journal_check_start:83: comm jbd2/rbd3-8: Detected aborted journal", ev=True, gap=(0.01, 0.1))
    r.plain(Lkern, "EXT4-fs (rbd3): Remounting filesystem read-only", ev=True, gap=(0.0, 0.01))
    for k in range(3):
        upload(False, ev=(k == 0))
    r.js(La, lambda: {"time": r.iso6(), "level": "FATAL", "msg": "cannot append to upload journal", "path": "/data/journal/2026-03-18.log", "err": "write /data/journal/2026-03-18.log: read-only file system"}, gap=(1, 3))
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container photo-evidence in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=2, gap=(5, 15))
    r.event(Lev, "Normal", "Killing", "Pod", p, ns, "Stopping container photo-evidence", "kubelet", node, gap=(60, 120))
    r.event(Lev, "Normal", "SuccessfulCreate", "StatefulSet", "photo-evidence", ns, "create Pod photo-evidence-0 in StatefulSet photo-evidence successful", "statefulset-controller", gap=(3, 6))
    r.event(Lev, "Normal", "Scheduled", "Pod", p, ns, "Successfully assigned %s/%s to %s" % (ns, p, node), "default-scheduler")
    uid2 = r.uid()
    for k in range(3):
        r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container fix-perms", "kubelet", node, count=k + 1, gap=(1, 2) if k == 0 else (10 * 2 ** (k - 1), 10 * 2 ** (k - 1) + 1))
        r.plain(Li, "fix-perms: chown -R 10001:10001 /data", gap=(0.1, 0.3))
        r.plain(Li, "chown: changing ownership of '/data': Read-only file system", ev=(k == 0), gap=(0.001, 0.01))
        r.plain(Li, "chown: changing ownership of '/data/photos': Read-only file system", gap=(0.0, 0.002))
        r.plain(Li, "chown: changing ownership of '/data/journal': Read-only file system", gap=(0.0, 0.002))
        r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container fix-perms in pod %s_%s(%s)" % (p, ns, uid2), "kubelet", node, count=k + 1, gap=(0.5, 1))
    r.E(Lmon, lambda: "debug %s+0000 7f3c2e9ff700  0 log_channel(cluster) log [WRN] : Health check update: Degraded data redundancy: 18412/55236 objects degraded (33.333%%), 97 pgs degraded (PG_DEGRADED)" % r.sp(sep="T", frac=3), gap=(1, 5))
    Lsv = L(ns, "site-survey-6f7b8d9c5d-q4w2z", "site-survey", "rke2-agent-2", app="site-survey")
    r.js(Lsv, lambda: {"level": "error", "ts": r.iso3(), "msg": "photo upload failed", "site": "S-2253", "err": "POST http://photo-evidence.abatement.svc:8080/api/sites/S-2253/photos: 503 Service Unavailable"}, gap=(2, 10))
    return r.finish(SRC["C"], "photo-evidence-0 is stuck in Init:CrashLoopBackOff and fix-perms says 'Read-only file system'. Site crews can't upload clearance photos. What broke?",
                    {"namespace": ns},
                    "CRITICAL", "storage", "photo-evidence",
                    "The Ceph RBD volume behind photo-evidence-0 (rbd3) hit write I/O errors when OSD 4 went down; ext4 aborted its journal and remounted the filesystem read-only. The app then failed every write and the recreated pod's fix-perms init container cannot chown /data.",
                    "Neither the app nor the permission-fixing init container is at fault: the pod's data volume is read-only after block-level I/O errors on the Ceph RBD device. Uploads of site clearance photos fail until the volume is repaired.",
                    "Restore the Ceph OSD / check cluster health, then unmount the volume (scale the StatefulSet to 0), run fsck on the RBD image and bring photo-evidence back; verify the photos written around 10:15 against the upload journal.",
                    terms=["I/O error", "Remounting filesystem read-only", "aborted journal", "Read-only file system", "read-only file system"])


# --------------------------------------------------------------------------- 037
def r037():
    r = Rec("dev64-037", "2026-03-19T13:00:00.000Z", "AKS", "C")
    ns = "abatement"
    sched = r.t
    job = r.job_name("roster-recalc", sched)
    jp = r.pod(job)
    Lj = L(ns, jp, "roster-recalc", "aks-batch-52918374-vmss000000", app="roster-recalc")
    cr, _ = r.dpod("crew-roster")
    Lc = L(ns, cr, "crew-roster", "aks-nodepool1-52918374-vmss000002", app="crew-roster")
    Lpg = L(ns, "abate-main-0", "postgres", "aks-dbpool-52918374-vmss000000", app="abate-main")
    Lev = EV(ns)
    r.event(Lev, "Normal", "SuccessfulCreate", "CronJob", "roster-recalc", ns, "Created job " + job, "cronjob-controller", gap=(0.01, 0.05))
    r.event(Lev, "Normal", "SuccessfulCreate", "Job", job, ns, "Created pod: " + jp, "job-controller", gap=(0.2, 0.6))
    r.pylog(Lj, "INFO", "recalc", "roster-recalc 0.9.3: recomputing exposure hours for 212 operatives (14 batches, week 2026-W12)", gap=(3, 6))
    t_start = r.t

    def app_ok(n=1):
        for _ in range(n):
            r.js(Lc, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "method": r.rng.choice(["GET", "PATCH"]), "path": r.rng.choice(["/api/crews/C-07/assignments", "/api/assignments/AS-26-%05d" % r.rng.randint(3000, 3999), "/api/operatives/OP-%04d/hours" % r.rng.randint(1000, 1300)]),
                                  "status": 200, "duration_ms": r.rng.randint(6, 80)}, gap=(1, 8))

    def deadlock(p1, p2, x1, x2, tup, ev):
        pre = "roster@roster "
        r.pg(Lpg, p1, "ERROR", "deadlock detected", prefix=pre + "roster-recalc ", ev=ev, gap=(0.5, 2))
        r.pg(Lpg, p1, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, x2, p2), prefix=pre + "roster-recalc ", ev=ev, gap=0)
        r.plain(Lpg, "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (p2, x1, p1), gap=0)
        r.plain(Lpg, "\tProcess %d: UPDATE crew_assignment SET exposure_minutes = $1, updated_at = now() WHERE operative_id = $2 AND shift_date = $3" % p1, gap=0)
        r.plain(Lpg, "\tProcess %d: UPDATE crew_assignment SET site_id = $1, updated_at = now() WHERE id = $2" % p2, gap=0)
        r.pg(Lpg, p1, "HINT", "See server log for query details.", prefix=pre + "roster-recalc ", gap=0)
        r.pg(Lpg, p1, "CONTEXT", 'while updating tuple %s in relation "crew_assignment"' % tup, prefix=pre + "roster-recalc ", gap=0)

    app_ok(2)
    p1, p2 = r.rng.randint(30000, 32000), r.rng.randint(32001, 34000)
    x = r.rng.randint(9900000, 9990000)
    r.pylog(Lj, "INFO", "recalc", "batch 1/14: 16 operatives updated", gap=(2, 5))
    app_ok(1)
    deadlock(p1, p2, x, x + 3, "(412,7)", True)
    r.pylog(Lj, "WARNING", "recalc", "batch 2/14 rolled back: psycopg.errors.DeadlockDetected: deadlock detected (retry 1/5 in 0.5s)", ev=True, gap=(0.001, 0.01))
    r.js(Lc, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "method": "PATCH", "path": "/api/assignments/AS-26-03817", "status": 200, "duration_ms": 1012}, gap=(0.01, 0.05))
    r.pylog(Lj, "INFO", "recalc", "batch 2/14: 15 operatives updated", gap=(0.5, 1.5))
    for b in range(3, 9):
        r.pylog(Lj, "INFO", "recalc", "batch %d/14: %d operatives updated" % (b, r.rng.randint(14, 16)), gap=(2, 6))
        app_ok(1)
        if b == 5:
            p1b, p2b = r.rng.randint(30000, 32000), r.rng.randint(32001, 34000)
            deadlock(p1b, p2b, x + 412, x + 415, "(418,3)", False)
            r.pylog(Lj, "WARNING", "recalc", "batch 5/14 rolled back: psycopg.errors.DeadlockDetected: deadlock detected (retry 1/5 in 0.5s)", gap=(0.001, 0.01))
    for b in range(9, 15):
        r.pylog(Lj, "INFO", "recalc", "batch %d/14: %d operatives updated" % (b, r.rng.randint(14, 16)), gap=(2, 6))
        if b % 2:
            app_ok(1)
    r.go(0.5, 1)
    r.pylog(Lj, "INFO", "recalc", "done: 212 operatives, 2 batches retried after deadlock, 0 failed (%.1fs)" % (r.t - t_start).total_seconds(), gap=0)
    r.event(Lev, "Normal", "Completed", "Job", job, ns, "Job completed", "job-controller", gap=(2, 4))
    app_ok(2)
    return r.finish(SRC["C"], "Postgres on abate-main logs 'deadlock detected' every day around 13:00. Should we worry?",
                    {"namespace": ns},
                    "WARN", "database", "roster-recalc",
                    "The roster-recalc CronJob updates crew_assignment rows per operative while crew-roster users update the same rows per assignment, in a different lock order; PostgreSQL detects the deadlock and aborts the Job's transaction, which the Job retries successfully.",
                    "Daily deadlocks on crew_assignment between the 13:00 roster-recalc Job and interactive crew-roster updates; PostgreSQL resolves them by aborting the Job's batch, which is retried, so no data is lost but some user updates stall for about a second.",
                    "Make roster-recalc lock rows in a consistent order (e.g. SELECT … FOR UPDATE ORDER BY id) or run it outside working hours; no urgent action needed.",
                    terms=["deadlock detected", "DeadlockDetected", "ShareLock"])


# --------------------------------------------------------------------------- 038
def r038():
    r = Rec("dev64-038", "2026-03-20T14:22:31.000Z", "kubeadm", "C")
    ns = "abatement"
    node = "k8s-w04"
    newp, new_rs = r.dpod("site-survey")
    oldp, _ = r.dpod("site-survey")
    Lev = EV(ns)
    Lk = NL(node, "kubelet.service")
    Lc = NL(node, "containerd.service")
    La = L(ns, newp, "site-survey", node, app="site-survey")
    Lold = L(ns, oldp, "site-survey", "k8s-w02", app="site-survey")
    uid = r.uid()
    img = "harbor.abate.internal/platform/oauth2-proxy:v7.6.0"
    err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to '
           'https://harbor.abate.internal/service/token?scope=repository%%3Aplatform%%2Foauth2-proxy%%3Apull&service=harbor-registry: 401 Unauthorized' % (img, img))
    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "site-survey", ns, "Scaled up replica set %s to 1" % new_rs, "deployment-controller", gap=0)
    r.event(Lev, "Normal", "Scheduled", "Pod", newp, ns, "Successfully assigned %s/%s to %s" % (ns, newp, node), "default-scheduler")
    r.event(Lev, "Warning", "FailedToRetrieveImagePullSecret", "Pod", newp, ns, 'Unable to retrieve some image pull secrets (harbor-platform-pull); attempting to pull the image may not succeed.', "kubelet", node, ev=True, gap=(0.2, 0.6))
    r.event(Lev, "Normal", "Pulled", "Pod", newp, ns, 'Container image "ghcr.io/abate-hq/site-survey:3.4.0" already present on machine', "kubelet", node, gap=(0.1, 0.3))
    r.event(Lev, "Normal", "Created", "Pod", newp, ns, "Created container site-survey", "kubelet", node)
    r.event(Lev, "Normal", "Started", "Pod", newp, ns, "Started container site-survey", "kubelet", node)
    r.event(Lev, "Normal", "Pulling", "Pod", newp, ns, 'Pulling image "%s"' % img, "kubelet", node, gap=(0.1, 0.3))
    r.ctrd(Lc, "info", 'PullImage "%s"' % img, gap=(0.01, 0.05))
    r.ctrd(Lc, "error", 'PullImage "%s" failed' % img, gap=(0.1, 0.4))
    r.logs[-1]["line"] += ' error="%s"' % err.replace('"', '\\"')
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, 'Failed to pull image "%s": %s' % (img, err), "kubelet", node, ev=True, gap=(0.01, 0.05))
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, "Error: ErrImagePull", "kubelet", node, gap=(0.001, 0.01))
    r.js(La, lambda: {"level": "info", "ts": r.iso3(), "msg": "site-survey 3.4.0 listening", "addr": "127.0.0.1:8080", "auth": "delegated to oauth2-proxy on :4180"}, gap=(0.3, 0.8))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"oauth2-proxy\\" with ErrImagePull: \\"%s\\"" pod="%s/%s" podUID="%s"' % (err.replace('"', '\\\\\\"'), ns, newp, uid), pid=1733, gap=(0.01, 0.05))
    for k in range(4):
        r.event(Lev, "Normal", "BackOff", "Pod", newp, ns, 'Back-off pulling image "%s"' % img, "kubelet", node, count=k + 1, gap=(1, 3) if k == 0 else (10 * 2 ** k, 10 * 2 ** k + 3))
        r.event(Lev, "Warning", "Failed", "Pod", newp, ns, "Error: ImagePullBackOff", "kubelet", node, count=k + 1, gap=(0.001, 0.01))
        r.js(Lold, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "method": "GET", "path": r.rng.choice(["/sites/S-2253/survey", "/api/sites?status=active", "/sites/S-2251/asbestos-register"]), "status": 200, "duration_ms": r.rng.randint(10, 90)}, gap=(1, 8))
        if k == 1:
            r.event(Lev, "Normal", "Pulling", "Pod", newp, ns, 'Pulling image "%s"' % img, "kubelet", node, count=2, gap=(1, 5))
            r.ctrd(Lc, "info", 'PullImage "%s"' % img, gap=(0.01, 0.05))
            r.event(Lev, "Warning", "Failed", "Pod", newp, ns, 'Failed to pull image "%s": %s' % (img, err), "kubelet", node, count=2, gap=(0.1, 0.4))
    r.event(Lev, "Warning", "Unhealthy", "Pod", newp, ns, 'Readiness probe failed: Get "http://%s:4180/ping": dial tcp %s:4180: connect: connection refused' % (r.pod_prefix + ".47.51", r.pod_prefix + ".47.51"), "kubelet", node, count=12, gap=(5, 15))
    r.js(Lold, lambda: {"level": "info", "ts": r.iso3(), "msg": "request", "method": "POST", "path": "/api/sites/S-2253/findings", "status": 201, "duration_ms": 64}, gap=(2, 10))
    r.event(Lev, "Normal", "BackOff", "Pod", newp, ns, 'Back-off pulling image "%s"' % img, "kubelet", node, count=6, gap=(60, 120))
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, "Error: ImagePullBackOff", "kubelet", node, count=6, gap=(0.001, 0.01))
    return r.finish(SRC["C"], "The new site-survey pods stay at 1/2 Ready after today's release that added the login proxy. The app container is running — what is missing?",
                    {"namespace": ns, "app": "site-survey"},
                    "ERROR", "image_pull", "site-survey",
                    "The new oauth2-proxy sidecar image is in the private Harbor project 'platform', but the pull secret harbor-platform-pull referenced by the site-survey pod does not exist in the abatement namespace, so Harbor answers 401 Unauthorized and the sidecar stays in ImagePullBackOff.",
                    "site-survey's own container starts, but the pod never becomes ready because its oauth2-proxy sidecar image cannot be pulled (missing imagePullSecret → 401 from Harbor). The old ReplicaSet keeps serving.",
                    "Create the harbor-platform-pull secret in the abatement namespace (or reference an existing one / use a robot account with pull access) and restart the new pods.",
                    terms=["401 Unauthorized", "image pull secrets", "harbor-platform-pull"])


# --------------------------------------------------------------------------- 039
def r039():
    r = Rec("dev64-039", "2026-03-21T03:40:12.000Z", "OpenShift", "C")
    ns = "abatement"
    nodes = ["ocp-abt-8kd2p-worker-a-5xwq7", "ocp-abt-8kd2p-worker-b-m2c9k", "ocp-abt-8kd2p-worker-c-9tq4v"]
    Lp0 = L(ns, "abate-main-0", "postgres", nodes[1], app="abate-main")
    Lp1 = L(ns, "abate-main-1", "postgres", nodes[2], app="abate-main")
    Lev = EV(ns)
    p, rsn = r.dpod("decon-log")
    Lw = L(ns, p, "wait-for-db", nodes[0], app="decon-log")
    La = L(ns, p, "decon-log", nodes[0], app="decon-log")
    Lmcd = L("openshift-machine-config-operator", "machine-config-daemon-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "machine-config-daemon", nodes[1])

    def patroni(Lx, level, msg, gap=(0.05, 1)):
        r.E(Lx, lambda: "%s %s: %s" % (r.sp(comma=True), level, msg), gap=gap)

    patroni(Lp0, "INFO", "no action. I am (abate-main-0), the leader with the lock", gap=0)
    patroni(Lp1, "INFO", "no action. I am (abate-main-1), a secondary, and following a leader (abate-main-0)", gap=(0.2, 1))
    r.klog(Lmcd, "I", "drain.go:144", "Starting drain of node %s" % nodes[1], pid=8812, gap=(2, 5))
    r.event(Lev, "Normal", "Killing", "Pod", "abate-main-0", ns, "Stopping container postgres", "kubelet", nodes[1], gap=(1, 3))
    patroni(Lp0, "INFO", "received TERM, shutting down", gap=(0.05, 0.2))
    patroni(Lp0, "INFO", "Lock owner: abate-main-0; I am abate-main-0", gap=(0.5, 1.5))
    patroni(Lp0, "INFO", "Leader key released", gap=(2, 4))
    r.event(Lev, "Normal", "Killing", "Pod", "decon-log-5c8d7f9b6d-lq2xn", ns, "Stopping container decon-log", "kubelet", nodes[1], gap=(0.2, 1))
    r.event(Lev, "Normal", "SuccessfulCreate", "ReplicaSet", rsn, ns, "Created pod: " + p, "replicaset-controller", gap=(0.5, 1.5))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container wait-for-db", "kubelet", nodes[0], gap=(3, 5))
    r.plain(Lw, "abate-main:5432 - no response", gap=(0.3, 0.6))
    patroni(Lp1, "WARNING", "Request failed to abate-main-0: GET http://10.128.4.31:8008/patroni (HTTPConnectionPool(host='10.128.4.31', port=8008): Max retries exceeded with url: /patroni (Caused by ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))))", gap=(0.5, 1.5))
    r.plain(Lw, "abate-main:5432 - no response", gap=(0.8, 1.2))
    patroni(Lp1, "INFO", "promoted self to leader by acquiring session lock", gap=(0.3, 1))
    r.E(Lp1, lambda: "server promoting", gap=(0.01, 0.05))
    r.plain(Lw, "abate-main:5432 - no response", gap=(0.8, 1.2))
    patroni(Lp1, "INFO", "cleared rewind state after becoming the leader", gap=(0.5, 1.2))
    for _ in range(3):
        r.plain(Lw, "abate-main:5432 - no response", gap=(1.8, 2.2))
    patroni(Lp1, "INFO", "no action. I am (abate-main-1), the leader with the lock", gap=(0.5, 2))
    r.plain(Lw, "abate-main:5432 - accepting connections", gap=(1, 2))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container decon-log", "kubelet", nodes[0], gap=(0.5, 1.2))
    r.js(La, lambda: {"level": "info", "ts": r.iso3(), "msg": "decon-log 1.5.2 starting", "db": "abate-main:5432/decon"}, gap=(0.5, 1))
    r.js(La, lambda: {"level": "info", "ts": r.iso3(), "msg": "database connected", "server_version": "16.2", "in_recovery": False}, gap=(0.2, 0.6))
    r.js(La, lambda: {"level": "info", "ts": r.iso3(), "msg": "listening", "addr": ":8080"}, gap=(0.05, 0.2))
    r.event(Lev, "Normal", "Scheduled", "Pod", "abate-main-0", ns, "Successfully assigned %s/abate-main-0 to %s" % (ns, nodes[2]), "default-scheduler", gap=(10, 30))
    patroni(Lp0, "INFO", "Lock owner: abate-main-1; I am abate-main-0", gap=(8, 15))
    patroni(Lp0, "INFO", "starting as a secondary", gap=(0.05, 0.3))
    patroni(Lp0, "INFO", "establishing a new patroni heartbeat connection to postgres", gap=(2, 4))
    patroni(Lp0, "INFO", "no action. I am (abate-main-0), a secondary, and following a leader (abate-main-1)", gap=(5, 10))
    for k in range(4):
        r.js(La, lambda: {"level": "info", "ts": r.iso3(), "msg": "decon record saved", "site": r.rng.choice(["S-2244", "S-2251"]), "unit": "DCU-%d" % r.rng.randint(1, 4), "operatives": r.rng.randint(2, 6), "shower_cycle_s": r.rng.randint(180, 320)}, gap=(5, 30))
        if k == 1:
            patroni(Lp1, "INFO", "no action. I am (abate-main-1), the leader with the lock", gap=(1, 10))
    r.klog(Lmcd, "I", "update.go:2641", "Update completed for config rendered-worker-%s and node has been successfully uncordoned" % r.hexs(32), pid=8812, gap=(30, 90))
    return r.finish(SRC["C"], "decon-log's new pod printed 'abate-main:5432 - no response' several times during the node updates. Is the database failing over badly?",
                    {"namespace": ns, "app": "decon-log"},
                    "INFO", "none", None,
                    "No incident: a node drain stopped the Patroni leader abate-main-0; abate-main-1 took the leader lock within seconds and decon-log's wait-for-db init container, which started in that gap, got 'no response' a few times and then proceeded.",
                    "Planned OpenShift node update: clean Patroni switchover from abate-main-0 to abate-main-1, decon-log waited ~10 s in its init container, started and is writing records; abate-main-0 rejoined as a replica and the node was uncordoned.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 040
def r040():
    r = Rec("dev64-040", "2026-03-22T11:10:00.000Z", "k3s", "C")
    ns = "abatement"
    Lop = L("elastic-system", "elastic-operator-0", "manager", "k3s-server-1", app="elastic-operator")
    es = ["survey-search-es-default-%d" % i for i in range(3)]
    nodes = ["k3s-agent-1", "k3s-agent-2", "k3s-agent-3"]
    Les = [L(ns, es[i], "elasticsearch", nodes[i]) for i in range(3)]
    Lev = EV(ns)
    ss, _ = r.dpod("site-survey")
    Lss = L(ns, ss, "site-survey", "k3s-agent-4", app="site-survey")
    it = r.rng.randint(18000, 19000)
    nid = [r.hexs(22) for _ in range(3)]

    def eck(msg, **kv):
        def f():
            d = {"log.level": "info", "@timestamp": r.iso3(), "log.logger": "elasticsearch-controller", "message": msg, "service.version": "2.12.1+a8a9b2f5",
                 "service.type": "eck", "ecs.version": "1.4.0", "iteration": str(it), "namespace": ns, "es_name": "survey-search"}
            d.update(kv)
            return d
        return f

    def esl(i, level, logger, msg, thread="masterService#updateTask"):
        return lambda: {"@timestamp": r.iso3(), "log.level": level, "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
                        "process.thread.name": "elasticsearch[%s][%s][T#1]" % (es[i], thread), "log.logger": logger,
                        "elasticsearch.node.name": es[i], "elasticsearch.cluster.name": "survey-search"}

    r.js(Lop, eck("Starting reconciliation run"), gap=0)
    r.js(Lop, eck("Disabling shards allocation for rolling upgrade", pod_name=es[2]), gap=(0.5, 1.5))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.common.settings.ClusterSettings", "updating [cluster.routing.allocation.enable] from [all] to [primaries]"), gap=(0.1, 0.5))
    r.js(Lop, eck("Deleting pod for rolling upgrade", pod_name=es[2], es_version="8.12.2"), gap=(0.5, 2))
    r.event(Lev, "Normal", "Killing", "Pod", es[2], ns, "Stopping container elasticsearch", "kubelet", nodes[2], gap=(0.1, 0.5))
    r.js(Les[2], esl(2, "INFO", "org.elasticsearch.node.Node", "stopping ...", thread="Thread-2"), gap=(0.1, 0.4))
    r.js(Les[2], esl(2, "INFO", "org.elasticsearch.node.Node", "stopped", thread="Thread-2"), gap=(1, 3))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.cluster.service.MasterService", "node-left[{%s}{%s}{cdfhilmrstw} reason: disconnected], term: 7, version: 4412, delta: removed {{%s}{%s}{cdfhilmrstw}}" % (es[2], nid[2], es[2], nid[2])), gap=(0.5, 1.5))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{%s}{%s}{cdfhilmrstw} reason: disconnected])." % (es[2], nid[2])), gap=(0.01, 0.1))
    r.js(Lss, lambda: {"level": "warn", "ts": r.iso3(), "msg": "search request retried", "index": "site-surveys", "status": 503, "err": "no_shard_available_action_exception", "attempt": 1}, gap=(1, 4))
    r.js(Lss, lambda: {"level": "info", "ts": r.iso3(), "msg": "search", "q": "chrysotile", "hits": 37, "took_ms": 41}, gap=(0.2, 0.6))
    for _ in range(3):
        r.js(Lop, eck("Starting reconciliation run"), gap=(5, 15))
        r.js(Lop, eck("Some pods are not ready yet, re-queueing", pods_not_ready=[es[2]]) if _ < 2 else eck("Cannot restart some nodes for upgrade at this time", failed_predicates={"require_started": [es[2]]}), gap=(0.1, 0.5))
    r.event(Lev, "Normal", "Started", "Pod", es[2], ns, "Started container elasticsearch", "kubelet", nodes[2], gap=(3, 8))
    r.js(Les[2], esl(2, "INFO", "org.elasticsearch.node.Node", "version[8.12.2], pid[74], build[docker/48a287ab9497e852de30327444b0809e55d46466/2024-02-19T10:04:32.774273190Z], OS[Linux/6.6.16-k3s/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-58]", thread="main"), gap=(2, 5))
    r.js(Les[2], esl(2, "INFO", "org.elasticsearch.node.Node", "started {%s}{%s}{cdfhilmrstw}" % (es[2], nid[2]), thread="main"), gap=(15, 25))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.cluster.service.MasterService", "node-join[{%s}{%s}{cdfhilmrstw} joining], term: 7, version: 4419, delta: added {{%s}{%s}{cdfhilmrstw}}" % (es[2], nid[2], es[2], nid[2])), gap=(0.5, 2))
    r.js(Les[1], esl(1, "INFO", "org.elasticsearch.cluster.service.ClusterApplierService", "added {{%s}{%s}{cdfhilmrstw}}, term: 7, version: 4419, reason: ApplyCommitRequest{term=7, version=4419, sourceNode={%s}{%s}{cdfhilmrstw}}" % (es[2], nid[2], es[0], nid[0]), thread="clusterApplierService#updateTask"), gap=(0.05, 0.3))
    r.js(Lop, eck("Enabling shards allocation for rolling upgrade"), gap=(3, 8))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.common.settings.ClusterSettings", "updating [cluster.routing.allocation.enable] from [primaries] to [all]"), gap=(0.1, 0.5))
    r.js(Les[0], esl(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[site-surveys-2026.03][1]]])."), gap=(10, 30))
    r.js(Lop, eck("Ending reconciliation run", took="412.118ms"), gap=(1, 5))
    r.js(Lop, eck("Starting reconciliation run"), gap=(30, 60))
    r.js(Lop, eck("Ending reconciliation run", took="188.402ms"), gap=(0.1, 0.4))
    for q in ["amosite", "S-2253 ceiling tiles", "chrysotile"]:
        r.js(Lss, lambda: {"level": "info", "ts": r.iso3(), "msg": "search", "q": q, "hits": r.rng.randint(2, 60), "took_ms": r.rng.randint(15, 80)}, gap=(5, 30))
    return r.finish(SRC["C"], "survey-search went YELLOW and site-survey logged a 503 from Elasticsearch this morning. Is the search cluster unhealthy?",
                    {"namespace": ns},
                    "INFO", "none", None,
                    "No incident: the ECK operator performed a rolling restart of survey-search-es-default-2 for a configuration change; the cluster was YELLOW while the node was away, one search was retried, and health returned to GREEN when the node rejoined.",
                    "Operator-driven rolling restart of one Elasticsearch node: allocation disabled, pod replaced, node rejoined, allocation re-enabled, cluster GREEN. site-survey searches continued after a single retried request.",
                    "Nothing to do.")
