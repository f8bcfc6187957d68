"""dev63 records 031-040."""
from common import (Record, lab, jlab, elab, sel, logfmt, js, klog, nginx_ingress, nginx_plain, envoy, traefik,
                    pg, spring, pylog, containerd, event_logfmt, event_json, epoch_ms, epoch_s, iso_ms, iso_us,
                    ingress_noise, coredns_ok_noise, rabbit, clf_time, UA)


def mariadb_ts(d):
    return "%s %2d:%s" % (d.strftime("%Y-%m-%d"), d.hour, d.strftime("%M:%S"))


def istio(d, level, scope, msg):
    return "%s\t%s\t%s\t%s" % (iso_us(d), level, scope, msg)


# --------------------------------------------------------------------------- 031
def r031():
    r = Record("dev63-031", "2026-11-14T09:00:00",
               "After this morning's node pool upgrade the public hut booking website is down. What is wrong?",
               None, "aks")
    rng = r.rng
    sysn = "aks-system-19283746-vmss000000"
    newp = ["aks-frontendv2-55310984-vmss000000", "aks-frontendv2-55310984-vmss000001"]
    apps = "aks-apps-40918273-vmss000002"
    web = r.deploy_pods("booking-web", 3)
    msg = ("0/4 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 3 node(s) didn't match "
           "Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.")
    r.add(15.0, elab("default"), event_logfmt("Normal", "RemovingNode", "Node", "aks-frontend-30218845-vmss000001",
          "Node aks-frontend-30218845-vmss000001 event: Removing Node aks-frontend-30218845-vmss000001 from Controller",
          source="node-controller"))
    for p in web:
        r.add(16.0 + rng.uniform(0, 1), elab("booking"), event_logfmt("Normal", "SuccessfulCreate", "ReplicaSet",
              web[0].rsplit("-", 1)[0], "Created pod: %s" % p, source="replicaset-controller"))
    for k, t in enumerate([17.5, 80.0, 260.0, 560.0]):
        for j, p in enumerate(web):
            if k and j:
                continue
            r.add(t + j * 0.03, elab("booking"), event_logfmt("Warning", "FailedScheduling", "Pod", p, msg,
                  source="default-scheduler", count=1 + k * 6), ev=(k < 2))
        r.add(t + 5.0, elab("booking"), event_logfmt("Normal", "NotTriggerScaleUp", "Pod", web[0],
              "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached",
              source="cluster-autoscaler", count=1 + k * 4), ev=(k == 0))
    ing = "nginx-5c9f7d8b6-%s" % r.alnum(5)
    IL = lab("app-routing-system", ing, "nginx", sysn, "nginx")
    for s in r.spread(0, 700, 14):
        path = rng.choice(["/", "/en/huts", "/de/huetten", "/api/availability?hut=%d" % rng.randint(1, 412), "/fr/refuges"])
        r.add(s, IL, lambda d, path=path: nginx_ingress(d, r.pub_ip(), "GET", path, 503, 190, rng.choice(UA),
              rng.randint(300, 800), 0.000, "booking-booking-web-3000", "-", "-", "-", "-", r.reqid()))
    api = r.deploy_pods("hut-availability-api", 2)
    for s in r.spread(0, 700, 8):
        p = rng.choice(api)
        r.add(s, lab("booking", p, "api", apps, "hut-availability-api"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/handler.go:88", "msg": "request served", "method": "GET",
            "path": "/v1/huts/%d/availability" % rng.randint(1, 412), "status": 200, "duration_ms": rng.randint(2, 30),
            "cache": "hit"}))
    for n in newp:
        r.add(10.0 + rng.uniform(0, 3), elab("default"), event_logfmt("Normal", "NodeReady", "Node", n,
              "Node %s status is now: NodeReady" % n, host=n))
    # distractor: hut-stats-export AuthorizationPermissionMismatch
    for t in [120.0, 420.0]:
        jp = r.job_pod("hut-stats-export", r.d(t - 2))
        JL = lab("reporting", jp, "export", apps, "hut-stats-export")
        r.add(t, JL, lambda d: pylog(d, "INFO", "export", "uploading hut-stats-2026-11-13.parquet to container 'exports'"))
        r.add(t + 1.4, JL, lambda d: pylog(
            d, "ERROR", "export", "azure.core.exceptions.HttpResponseError: This request is not authorized to perform this "
            "operation using this permission.\nRequestId:%s\nTime:%s\nErrorCode:AuthorizationPermissionMismatch"
            % (r.uuid(), d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (d.microsecond * 10))))
        r.add(t + 3.0, elab("reporting"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "CRITICAL", "scheduling", "booking-web",
        "booking-web requires nodes labelled pool=frontend (node affinity), but the upgraded node pool frontendv2 was created "
        "without that label and the old frontend nodes were removed: all booking-web pods stay Pending ('3 node(s) didn't "
        "match Pod's node affinity/selector'), the autoscaler cannot help, and the ingress returns 503 for the whole site.",
        "The booking website is down because no node matches booking-web's node affinity after the pool upgrade. The "
        "hut-stats-export permission error is unrelated.",
        "Add the pool=frontend label to the frontendv2 node pool (az aks nodepool update --labels) or relax the "
        "booking-web nodeAffinity, then check the pods schedule; keep the old pool until the new one is verified next time.")
    return r.to_dict()


# --------------------------------------------------------------------------- 032
def r032():
    r = Record("dev63-032", "2026-07-01T09:00:00",
               "Why did kiosk check-ins fail for a couple of minutes around 09:02?",
               sel("checkin"), "kubeadm")
    rng = r.rng
    n1, n2, n3 = "k8s-worker-01", "k8s-worker-02", "k8s-worker-03"
    istiod = r.pod("istiod")
    IL = lab("istio-system", istiod, "discovery", n1, "istiod")
    gw = r.pod("istio-ingressgateway")
    GL = lab("istio-system", gw, "istio-proxy", n2, "istio-ingressgateway")
    ca = r.deploy_pods("checkin-api", 2)
    ca_ip = {p: "192.168.%d.%d" % (rng.randint(0, 3), rng.randint(10, 200)) for p in ca}
    t_rot = 95.0
    r.add(t_rot, IL, lambda d: istio(d, "info", "ca", "CA certificate files in /etc/cacerts changed, reloading plugged-in CA"), ev=True)
    r.add(t_rot + 0.3, IL, lambda d: istio(d, "info", "ca", 'x509 cert - Issuer: "CN=Intermediate CA 2026-07,O=escapeworks", '
                                           'Subject: "", SN: %s, NotBefore: "2026-07-01T08:58:00Z", NotAfter: "2027-07-01T09:00:00Z"' % r.hexs(32)))
    r.add(t_rot + 0.5, IL, lambda d: istio(d, "info", "ca", "Root cert has changed, start rotating root cert"), ev=True)
    r.add(t_rot + 1.0, IL, lambda d: istio(d, "info", "ads", "Push debounce stable[61] 1 for config Secret/istio-system/cacerts: "
                                           "100.21ms since last change, 100.21ms since last push, full=true"))
    r.add(t_rot + 2.0, IL, lambda d: istio(d, "info", "ads", "Full push, new service checkin/checkin-api.checkin.svc.cluster.local"))
    for p in ca:
        r.add(t_rot + rng.uniform(3, 8), lab("checkin", p, "istio-proxy", n3, "checkin-api"), lambda d: istio(
            d, "info", "cache", "generated new workload certificate resourceName=default latency=%dms ttl=23h59m59s" % rng.randint(60, 140)))
    r.add(t_rot + 136.0, GL, lambda d: istio(d, "info", "cache", "generated new workload certificate resourceName=default latency=%dms ttl=23h59m59s" % rng.randint(60, 140)))
    r.add(t_rot + 136.2, GL, lambda d: istio(d, "info", "cache", "root cert updated resourceName=ROOTCA"))
    fails = r.spread(t_rot + 9, t_rot + 134, 9)
    for k, s in enumerate(fails):
        p = rng.choice(ca)
        kiosk = "kiosk-%s-%02d" % (rng.choice(["porto", "lisboa", "braga"]), rng.randint(1, 4))
        r.add(s, GL, lambda d, p=p, kiosk=kiosk: envoy(
            d, "POST", "/v1/checkins", 503, "UF",
            0, 190, rng.randint(3, 12), "-", "10.30.%d.%d" % (rng.randint(1, 3), rng.randint(20, 90)), "KioskApp/2.8 (%s)" % kiosk,
            r.uuid(), "checkin.escapeworks.example", "%s:8080" % ca_ip[p], "outbound|8080||checkin-api.checkin.svc.cluster.local",
            details="upstream_reset_before_response_started{connection_failure,TLS_error:|268435581:SSL_routines:"
                    "OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end}"), ev=(k < 5))
    for s in r.spread(0, 840, 14):
        if t_rot + 5 < s < t_rot + 138:
            continue
        p = rng.choice(ca)
        kiosk = "kiosk-%s-%02d" % (rng.choice(["porto", "lisboa", "braga"]), rng.randint(1, 4))
        r.add(s, GL, lambda d, p=p, kiosk=kiosk: envoy(
            d, "POST", "/v1/checkins", 201, "-", rng.randint(300, 700), rng.randint(90, 200), rng.randint(20, 80),
            str(rng.randint(15, 70)), "10.30.%d.%d" % (rng.randint(1, 3), rng.randint(20, 90)), "KioskApp/2.8 (%s)" % kiosk,
            r.uuid(), "checkin.escapeworks.example", "%s:8080" % ca_ip[p], "outbound|8080||checkin-api.checkin.svc.cluster.local"))
    for s in r.spread(0, 840, 8):
        if t_rot + 5 < s < t_rot + 138:
            continue
        p = rng.choice(ca)
        r.add(s, lab("checkin", p, "checkin-api", n3, "checkin-api"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "check-in recorded", "booking": "ESC-%06d" % rng.randint(100000, 999999),
            "players": rng.randint(2, 6), "room": rng.choice(["opo-02", "lis-01", "brg-03", "opo-05"])}))
    # distractor: analytics-notebook Pending, insufficient memory
    nb = "analytics-notebook-0"
    for k, t in enumerate([30.0, 330.0, 630.0]):
        r.add(t, elab("analytics"), event_logfmt("Warning", "FailedScheduling", "Pod", nb,
              "0/5 nodes are available: 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient "
              "memory. preemption: 0/5 nodes are available: 2 Preemption is not helpful for scheduling, 3 No preemption victims "
              "found for incoming pod.", source="default-scheduler", count=140 + k * 5))
    r.set_expected(
        "WARN", "tls_certificate", "istiod",
        "At 09:01 the mesh CA in istiod was rotated to a new intermediate/root (plugged-in cacerts changed, 'Root cert has "
        "changed, start rotating root cert'). checkin-api's sidecars got certificates from the new chain right away, but the "
        "ingress gateway kept the old root for about two minutes, so its mTLS connections to checkin-api failed with "
        "CERTIFICATE_VERIFY_FAILED (503 UF) until it received the new root; check-ins then recovered on their own.",
        "Kiosk check-ins failed for ~2 minutes because of an mTLS trust mismatch during the Istio CA rotation; recovered by "
        "itself. The pending analytics-notebook pod is unrelated.",
        "Optional: rotate the mesh CA in two steps (distribute the combined old+new root bundle first, then switch the "
        "signing cert) so proxies trust both roots during the change; schedule rotations outside opening hours.")
    return r.to_dict()


# --------------------------------------------------------------------------- 033
def r033():
    r = Record("dev63-033", "2026-10-06T14:20:00",
               "Why do some license-portal pages take about 30 seconds to load this afternoon?",
               sel("licensing", app="license-portal"), "openshift")
    rng = r.rng
    wa = "ocp-foundry-9k2lm-worker-eu-central-1a-7xq4p"
    wb = "ocp-foundry-9k2lm-worker-eu-central-1b-h2c8d"
    lp = r.deploy_pods("license-portal", 2)
    bursts = [(110.0, 190.0), (520.0, 590.0)]
    for b0, b1 in bursts:
        p = lp[0]
        L = lab("licensing", p, "license-portal", wa, "license-portal")
        org = rng.choice(["Hollis & Park Design", "Studio Nørre", "Kobayashi Press", "Atelier Brun"])
        r.add(b0 - 8, L, lambda d, org=org: spring(d, "INFO", "license-portal", "nio-8080-exec-%d" % rng.randint(1, 50),
              "c.f.portal.export.UsageExportService", "Usage export started for org '%s' (seats=%d, events=%d), streaming CSV"
              % (org, rng.randint(200, 900), rng.randint(400000, 900000))))
        r.add(b0 - 2, L, lambda d: spring(d, "DEBUG", "license-portal", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
              "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % rng.randint(20, 45)), ev=True)
        for k, s in enumerate(r.spread(b0, b1, 5)):
            w = rng.randint(25, 48)
            r.add(s, L, lambda d, w=w: spring(d, "ERROR", "license-portal", "nio-8080-exec-%d" % rng.randint(1, 50),
                  "o.h.engine.jdbc.spi.SqlExceptionHelper",
                  "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, "
                  "waiting=%d)" % w), ev=(k < 3))
        r.add(b1 + 6, L, lambda d: spring(d, "INFO", "license-portal", "nio-8080-exec-%d" % rng.randint(1, 50),
              "c.f.portal.export.UsageExportService", "Usage export finished in %ds" % rng.randint(90, 140)))
    for s in r.spread(0, 780, 18):
        p = rng.choice(lp)
        in_burst = any(b0 <= s <= b1 + 5 for b0, b1 in bursts) and p == lp[0]
        ms = rng.randint(30000, 30400) if in_burst else rng.randint(25, 400)
        st = 500 if in_burst else 200
        path = rng.choice(["/account/licences", "/account/seats", "/account/invoices", "/licences/%d" % rng.randint(1000, 99999)])
        r.add(s, lab("licensing", p, "license-portal", wa if p == lp[0] else wb, "license-portal"), lambda d, ms=ms, st=st, path=path: (
            '10.128.%d.%d - - [%s] "GET %s HTTP/1.1" %d %d %d' % (rng.randint(2, 7), rng.randint(2, 250),
                                                                  clf_time(d), path, st,
                                                                  rng.randint(900, 30000), ms)))
    db = "licensing-db-0"
    for s in r.spread(0, 780, 4):
        r.add(s, lab("licensing", db, "postgresql", wb, "licensing-db"), lambda d: pg(
            d, rng.randint(20000, 30000), "LOG", "duration: %d.%03d ms  statement: COPY (SELECT * FROM usage_events WHERE org_id = $1 "
            "ORDER BY created_at) TO STDOUT WITH CSV" % (rng.randint(60000, 120000), rng.randint(0, 999))))
    # distractor: deprecated-API warnings from OpenShift GitOps
    ac = "openshift-gitops-application-controller-0"
    for s in r.spread(0, 780, 11):
        msg = rng.choice([
            "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated in v1.29+, unavailable in v1.32+; use flowcontrol.apiserver.k8s.io/v1 FlowSchema",
            "v1 ComponentStatus is deprecated in v1.19+",
            "route.openshift.io/v1 Route: spec.tls.insecureEdgeTerminationPolicy 'Allow' is deprecated for passthrough routes"])
        r.add(s, lab("openshift-gitops", ac, "argocd-application-controller", wb, "openshift-gitops-application-controller"),
              lambda d, msg=msg: klog(d, "W", "warnings.go:70", msg, tid=7))
    r.set_expected(
        "WARN", "resource_exhausted", "license-portal",
        "license-portal's HikariCP pool (10 connections) is exhausted in bursts: a large usage CSV export holds connections "
        "for minutes while streaming, other requests wait and fail after 30 s ('Connection is not available, request timed "
        "out after 30000ms, total=10, active=10, waiting=...'). Each burst ends when the export finishes.",
        "Some license-portal pages take ~30 s or fail because the DB connection pool is exhausted during large usage exports; "
        "it recovers between exports. The deprecated-API warnings from OpenShift GitOps are noise.",
        "Run usage exports asynchronously with a separate, small connection pool (or read replica), stream with a server-side "
        "cursor in chunks, and size the main pool/timeouts for the portal traffic.")
    return r.to_dict()


# --------------------------------------------------------------------------- 034
def r034():
    r = Record("dev63-034", "2026-12-20T07:30:00",
               "Every booking on the hut reservation site fails with 'service unavailable' since about 07:30. What is going on?",
               None, "openshift")
    rng = r.rng
    w = ["ocp-refuge-4m8xz-worker-0-6gk2t", "ocp-refuge-4m8xz-worker-1-x8d3q", "ocp-refuge-4m8xz-worker-2-pq7v9"]
    G0 = lab("databases", "hut-galera-0", "mariadb", w[0], "hut-galera")
    G1 = lab("databases", "hut-galera-1", "mariadb", w[1], "hut-galera")
    G2 = lab("databases", "hut-galera-2", "mariadb", w[2], "hut-galera")
    r.add(8.0, elab("databases"), event_logfmt("Normal", "Killing", "Pod", "hut-galera-1", "Stopping container mariadb", host=w[1]))
    r.add(8.2, elab("databases"), event_logfmt("Normal", "Killing", "Pod", "hut-galera-2", "Stopping container mariadb", host=w[2]))
    r.add(8.5, G1, lambda d: "%s 0 [Note] /opt/bitnami/mariadb/sbin/mysqld (initiated by: unknown): Normal shutdown" % mariadb_ts(d))
    r.add(8.7, G2, lambda d: "%s 0 [Note] /opt/bitnami/mariadb/sbin/mysqld (initiated by: unknown): Normal shutdown" % mariadb_ts(d))
    seq = [
        (13.0, "Note", "WSREP: declaring node with index 1 suspected, timeout PT5S (evs.suspect_timeout)"),
        (13.1, "Note", "WSREP: declaring node with index 2 suspected, timeout PT5S (evs.suspect_timeout)"),
        (13.4, "Note", "WSREP: view(view_id(NON_PRIM,3a9f12c4-a0b1,41) memb {\n\t3a9f12c4-a0b1,0\n} joined {\n} left {\n} "
                       "partitioned {\n\t7b21c9e0-83f2,0\n\tc4d8e1f3-19a7,0\n})"),
        (13.5, "Warning", "WSREP: Received NON-PRIMARY."),
        (13.5, "Note", "WSREP: Shifting SYNCED -> OPEN (TO: 48213377)"),
        (13.6, "Note", "WSREP: New cluster view: global state: 5f0e2d1c-9b8a-11ef-8c7d-0242ac120002:48213377, view# -1: "
                       "non-Primary, number of nodes: 1, my index: 0, protocol version 3")]
    for j, (t, lv, m) in enumerate(seq):
        r.add(t, G0, lambda d, lv=lv, m=m: "%s 0 [%s] %s" % (mariadb_ts(d), lv, m), ev=(j in (2, 3, 5)))
    guid = {"hut-galera-1": r.uuid(), "hut-galera-2": r.uuid()}
    for k, t in enumerate([60.0, 200.0, 480.0]):
        for G, n in ((G1, "hut-galera-1"), (G2, "hut-galera-2")):
            r.add(t, G, lambda d: "%s 0 [Note] WSREP: gcomm: connecting to group 'hut-galera', peer 'hut-galera-headless:'" % mariadb_ts(d))
            r.add(t + 30.2, G, lambda d: "%s 0 [ERROR] WSREP: failed to open gcomm backend connection: 110: failed to reach primary view: "
                                         "110 (Connection timed out)" % mariadb_ts(d), ev=(k == 0))
            r.add(t + 30.3, G, lambda d: "%s 0 [ERROR] WSREP: gcs/src/gcs_core.cpp:gcs_core_open():219: Failed to open backend "
                                         "connection: -110 (Connection timed out)" % mariadb_ts(d))
            r.add(t + 30.5, G, lambda d: "%s 0 [ERROR] Aborting" % mariadb_ts(d))
            if k:
                r.add(t + 31.0, elab("databases"), event_logfmt("Warning", "BackOff", "Pod", n,
                      "Back-off restarting failed container mariadb in pod %s_databases(%s)" % (n, guid[n]), host=G["node"], count=k))
    res = r.deploy_pods("reservation-api", 2)
    for s in r.spread(15, 700, 12):
        p = rng.choice(res)
        r.add(s, lab("booking", p, "reservation-api", rng.choice(w), "reservation-api"), lambda d: spring(
            d, "ERROR", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 40), "c.r.r.api.ReservationController",
            "Reservation B-26-%05d failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC "
            "Connection; nested exception is java.sql.SQLException: (conn=%d) WSREP has not yet prepared node for application use;"
            " returning 503" % (rng.randint(10000, 99999), rng.randint(200000, 300000))))
    for s in r.spread(0, 12, 2):
        p = rng.choice(res)
        r.add(s, lab("booking", p, "reservation-api", rng.choice(w), "reservation-api"), lambda d: spring(
            d, "INFO", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 40), "c.r.r.api.ReservationController",
            "Reservation B-26-%05d confirmed (hut=%s, beds=%d, nights=1)" % (rng.randint(10000, 99999),
                                                                           rng.choice(["tresch-huette", "rifugio-vajolet"]), rng.randint(1, 4))))
    mj = "galera-maintenance-%d-%s" % (epoch_ms(r.d(0)) // 60000, r.alnum(5))
    r.add(5.0, lab("databases", mj, "maintenance", w[0], "galera-maintenance"), lambda d: pylog(
        d, "INFO", "maintenance", "applying mariadb config change: rolling restart of hut-galera (parallel=2)"))
    # distractor: snow-report-scraper NXDOMAIN
    for t in [100.0, 400.0]:
        jp = r.job_pod("snow-report-scraper", r.d(t - 1))
        r.add(t, lab("integrations", jp, "scraper", w[2], "snow-report-scraper"), lambda d: js({
            "level": "error", "ts": epoch_s(d), "caller": "scrape/client.go:61", "msg": "fetch stations failed",
            "error": 'Get "https://snow.report-provider.example/api/stations": dial tcp: lookup snow.report-provider.example on '
                     '172.30.0.10:53: no such host'}))
        r.add(t + 1.5, elab("integrations"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "CRITICAL", "database", "hut-galera",
        "A rolling restart of the hut-galera MariaDB Galera cluster stopped two of three nodes at once; the remaining node "
        "hut-galera-0 lost quorum and went non-Primary ('Received NON-PRIMARY', view non-Primary, 1 node), so it refuses "
        "queries ('WSREP has not yet prepared node for application use'). The restarted nodes cannot rejoin because there is "
        "no primary component ('failed to reach primary view') and crash-loop; every reservation fails with 503.",
        "The reservation database cluster has no primary component (Galera quorum lost); all bookings fail. The "
        "snow-report-scraper NXDOMAIN error is unrelated.",
        "Re-bootstrap the Galera primary component on the most advanced node (on hut-galera-0: SET GLOBAL "
        "wsrep_provider_options='pc.bootstrap=YES'), let the other nodes rejoin via IST/SST, and restart with a PDB/"
        "maxUnavailable 1 in future.")
    return r.to_dict()


# --------------------------------------------------------------------------- 035
def r035():
    r = Record("dev63-035", "2026-11-21T18:00:00",
               "Why is the room-sequencer crash-looping since the new Braga room opened?",
               sel("gamemaster", app="room-sequencer"), "kubeadm")
    rng = r.rng
    n2, n3 = "k8s-worker-02", "k8s-worker-03"
    rs = r.pod("room-sequencer")
    uid = r.uuid()
    L = lab("gamemaster", rs, "sequencer", n2, "room-sequencer")
    for k, t in enumerate([8.0, 95.0, 260.0, 580.0]):
        r.add(t, L, lambda d: js({"level": "info", "ts": iso_ms(d), "caller": "cmd/room-sequencer/main.go:41",
                                  "msg": "starting room-sequencer", "version": "3.6.1"}))
        for j, room in enumerate(["opo-01", "opo-02", "lis-01", "lis-03", "brg-01", "brg-04"]):
            r.add(t + 0.2 + j * 0.05, L, lambda d, room=room: js({
                "level": "info", "ts": iso_ms(d), "caller": "sequencer/engine.go:64", "msg": "loading room", "room": room}))
        trace = [
            "panic: assignment to entry in nil map",
            "",
            "goroutine 1 [running]:",
            "github.com/escapeworks/room-sequencer/internal/sequencer.(*Room).registerStep(0xc0004a8d80, {0xc000512a20, 0x9}, 0xc00031e0f0)",
            "\t/src/internal/sequencer/room.go:142 +0x1a5",
            "github.com/escapeworks/room-sequencer/internal/sequencer.(*Engine).LoadRoom(0xc0001b2000, {0xc00050e0c0, 0x6})",
            "\t/src/internal/sequencer/engine.go:77 +0x2f4",
            "main.main()",
            "\t/src/cmd/room-sequencer/main.go:58 +0x6c8"]
        if k in (1, 2):
            trace = trace[:1] + trace[3:5]
        for j, ln in enumerate(trace):
            if not ln:
                continue
            r.add(t + 0.6 + j * 0.001, L, ln, ev=(k < 2 and j in (0, 3, 4)))
        if k:
            r.add(t + 1.5, elab("gamemaster"), event_logfmt("Warning", "BackOff", "Pod", rs,
                  "Back-off restarting failed container sequencer in pod %s_gamemaster(%s)" % (rs, uid), host=n2, count=k * 3 + 4))
    r.add(2.0, elab("gamemaster"), event_logfmt("Normal", "Pulled", "Pod", rs,
          'Container image "registry.escapeworks.example/gamemaster/room-sequencer:3.6.1" already present on machine', host=n2))
    # other gamemaster services fine
    hc = r.pod("hint-console-api")
    for s in r.spread(0, 700, 8):
        room = rng.choice(["opo-01", "opo-02", "lis-01", "lis-03", "brg-01"])
        r.add(s, lab("gamemaster", hc, "api", n3, "hint-console-api"), lambda d, room=room: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": hc, "msg": "hint sent", "room": room,
            "hintId": "h-%d" % rng.randint(1, 40), "latencyMs": rng.randint(40, 200)}))
    # distractor: kernel OOM kills of video-recap-encoder on the same node
    ve = "video-recap-encoder-0"
    for k, t in enumerate([40.0, 230.0, 470.0]):
        pid = rng.randint(30000, 90000)
        for j, ln in enumerate([
            "ffmpeg invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936",
            "CPU: 3 PID: %d Comm: ffmpeg Not tainted 6.8.0-45-generic #45-Ubuntu" % pid,
            "memory: usage 2097152kB, limit 2097152kB, failcnt %d" % (5123 + k * 17),
            "Tasks state (memory values in pages):",
            "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/"
            "kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task=ffmpeg,pid=%d,uid=1000" % (r.hexs(64), r.uuid().replace("-", "_"), pid),
            "Memory cgroup out of memory: Killed process %d (ffmpeg) total-vm:3411264kB, anon-rss:2079112kB, file-rss:10212kB, "
            "shmem-rss:0kB, UID:1000 pgtables:4480kB oom_score_adj:936" % pid]):
            r.add(t + j * 0.001, jlab(n2, "kernel"), ln)
        r.add(t + 1.0, elab("media"), event_logfmt("Warning", "BackOff", "Pod", ve,
              "Back-off restarting failed container encoder in pod %s_media(%s)" % (ve, "77c1d2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e"),
              host=n2, count=88 + k))
    r.set_expected(
        "CRITICAL", "application_error", "room-sequencer",
        "room-sequencer panics at start-up with 'assignment to entry in nil map' in (*Room).registerStep (room.go:142) while "
        "loading the new Braga room brg-04 (the room's step map is never initialised when it has no hint tree); the process "
        "exits on every start and the pod is in CrashLoopBackOff.",
        "room-sequencer is down (crash loop) because of a nil-map panic in its room loading code for the new Braga room. The "
        "OOM kills of video-recap-encoder on the same node are a separate problem.",
        "Fix registerStep/LoadRoom to initialise the step map (and handle rooms without a hint tree), ship a patched image; "
        "as a stop-gap, remove brg-04 from the sequencer's room list so the other rooms run.")
    return r.to_dict()


# --------------------------------------------------------------------------- 036
def r036():
    r = Record("dev63-036", "2026-04-22T13:00:00",
               "Grafana showed a red dot on the font-subsetter dashboard. Is font-subsetter dropping requests?",
               sel("webfonts", app="font-subsetter"), "talos")
    rng = r.rng
    w = ["talos-w1", "talos-w2", "talos-w3"]
    old = r.deploy_pods("font-subsetter", 3)
    rs_new = "font-subsetter-6d9b7c5f84"
    new = ["%s-%s" % (rs_new, r.alnum(5)) for _ in range(3)]
    r.add(300.0, elab("webfonts"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "font-subsetter",
          "Scaled up replica set %s to 1" % rs_new, source="deployment-controller"))
    live = list(old)
    for i in range(3):
        t = 301.0 + i * 25
        r.add(t, elab("webfonts"), event_logfmt("Normal", "Started", "Pod", new[i], "Started container subsetter", host=w[i]))
        r.add(t + 3.0, lab("webfonts", new[i], "subsetter", w[i], "font-subsetter"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "listening", "addr": ":8080", "version": "2.11.0"}))
        r.add(t + 8.0, elab("webfonts"), event_logfmt("Normal", "ScalingReplicaSet", "Deployment", "font-subsetter",
              "Scaled down replica set %s to %d from %d" % (old[0].rsplit("-", 1)[0], 2 - i, 3 - i), source="deployment-controller"))
        r.add(t + 8.5, lab("webfonts", old[i], "subsetter", w[i], "font-subsetter"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "shutdown: draining in-flight requests", "inflight": rng.randint(0, 4)}))
        r.add(t + 9.5, lab("webfonts", old[i], "subsetter", w[i], "font-subsetter"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "shutdown complete"}))
    fams = ["ArgentaSans", "Kestrel Text", "Moraine Serif", "Halden Mono"]
    for s in r.spread(0, 900, 20):
        if s < 310:
            p = rng.choice(old)
        elif s > 390:
            p = rng.choice(new)
        else:
            continue
        r.add(s, lab("webfonts", p, "subsetter", w[(old + new).index(p) % 3], "font-subsetter"), lambda d: js({
            "level": "info", "time": iso_ms(d), "msg": "subset built", "family": rng.choice(fams),
            "codepoints": rng.randint(40, 700), "format": "woff2", "duration_ms": rng.randint(15, 90)}))
    pr = "prometheus-k8s-0"
    r.add(340.0, lab("monitoring", pr, "prometheus", w[0], "prometheus"), lambda d: logfmt([
        ("ts", iso_ms(d)), ("caller", "scrape.go:1754"), ("level", "debug"), ("component", "scrape manager"),
        ("scrape_pool", "serviceMonitor/webfonts/font-subsetter/0"), ("target", "http://10.244.2.41:9090/metrics"),
        ("msg", "Scrape failed"), ("err", 'Get "http://10.244.2.41:9090/metrics": dial tcp 10.244.2.41:9090: connect: connection refused')]))
    # distractor: usage-metering Kafka unknown topic every minute
    um = r.pod("usage-metering")
    for k in range(14):
        t = 20.0 + k * 60 + rng.uniform(0, 1)
        r.add(t, lab("billing", um, "metering", w[1], "usage-metering"), lambda d: "%s WARN  [kafka-producer-network-thread | "
              "usage-metering-producer] o.a.k.c.NetworkClient - [Producer clientId=usage-metering-producer] Error while fetching "
              "metadata with correlation id %d : {font-usage-events=UNKNOWN_TOPIC_OR_PARTITION}" % (
                  d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), 4400 + k * 13))
    r.set_expected(
        "INFO", "none", None,
        "No incident for font-subsetter: it builds subsets normally (15-90 ms) before and after a routine rolling update to "
        "2.11.0 at 13:05; the only blip is one failed metrics scrape of a pod that was shutting down during the rollout, "
        "which explains the red dot on the dashboard. The usage-metering Kafka 'UNKNOWN_TOPIC_OR_PARTITION' warnings every "
        "minute are an unrelated billing misconfiguration.",
        "font-subsetter is healthy; the dashboard blip is the planned rollout. The usage-metering Kafka topic warnings are a "
        "separate issue.",
        "Nothing to do for font-subsetter. Separately, point usage-metering at the existing topic (or create "
        "font-usage-events).")
    return r.to_dict()


# --------------------------------------------------------------------------- 037
def r037():
    r = Record("dev63-037", "2026-08-02T06:00:00",
               "Why did the warden app show yesterday's occupancy for a few minutes this morning?",
               sel("booking", app="warden-app-api"), "gke")
    rng = r.rng
    na = "gke-refuge-prod-pool-a-6e2b91d4-q8vn"
    nb = "gke-refuge-prod-pool-a-6e2b91d4-z3lc"
    P0 = lab("databases", "bookingdb-0", "postgres", na, "bookingdb")
    P1 = lab("databases", "bookingdb-1", "postgres", nb, "bookingdb")
    imp = r.job_pod("occupancy-import", r.d(55))
    IL = lab("booking", imp, "import", na, "occupancy-import")
    r.add(60.0, IL, lambda d: pylog(d, "INFO", "import", "importing nightly occupancy snapshot: 1,842,310 rows into hut_occupancy (single transaction)"))
    r.add(402.0, IL, lambda d: pylog(d, "INFO", "import", "commit done, 1842310 rows, 341.7s"))
    for t in [130.0, 215.0, 300.0]:
        r.add(t, P0, lambda d: pg(d, 64, "LOG", "checkpoints are occurring too frequently (%d seconds apart)" % rng.randint(6, 9)),
              ev=(t == 130.0))
        r.add(t + 0.001, P0, lambda d: pg(d, 64, "HINT", "Consider increasing the configuration parameter \"max_wal_size\"."))
    for t in [180.0, 420.0, 610.0]:
        r.add(t, P1, lambda d: pg(d, 71, "LOG", "restartpoint starting: wal"))
        r.add(t + 14.2, P1, lambda d: pg(d, 71, "LOG", "restartpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d "
              "removed, %d recycled; write=12.112 s, sync=0.881 s, total=14.201 s" % (rng.randint(9000, 16000), rng.uniform(5, 12),
                                                                                    rng.randint(8, 30), rng.randint(20, 60))))
    for k, t in enumerate([432.0, 505.0]):
        pid = rng.randint(20000, 30000)
        r.add(t, P1, lambda d, pid=pid: pg(d, pid, "ERROR", "canceling statement due to conflict with recovery"), ev=True)
        r.add(t + 0.001, P1, lambda d, pid=pid: pg(d, pid, "DETAIL", "User query might have needed to see row versions that must be removed."))
        r.add(t + 0.002, P1, lambda d, pid=pid: pg(d, pid, "STATEMENT", "SELECT hut_id, night, beds_total, beds_taken FROM hut_occupancy WHERE night = $1"))
    wa = r.deploy_pods("warden-app-api", 2)
    lag = [(150.0, 38), (270.0, 121), (390.0, 244), (460.0, 318), (560.0, 171), (650.0, 22)]
    for s, l in lag:
        p = rng.choice(wa)
        lvl = "warn" if l > 60 else "info"
        r.add(s, lab("booking", p, "api", nb, "warden-app-api"), lambda d, l=l, lvl=lvl: js({
            "level": lvl, "ts": epoch_s(d), "caller": "db/replica.go:44",
            "msg": "replica lag above threshold, marking responses stale" if l > 60 else "replica lag ok",
            "replica": "bookingdb-1", "lag_seconds": l, "threshold_seconds": 60}), ev=(l > 200))
    for s in r.spread(0, 840, 12):
        p = rng.choice(wa)
        r.add(s, lab("booking", p, "api", nb, "warden-app-api"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/log.go:30", "msg": "request", "method": "GET",
            "path": "/v2/huts/%s/occupancy" % rng.choice(["tresch-huette", "rifugio-vajolet", "cabane-de-moiry"]),
            "status": 200, "duration_ms": rng.randint(4, 40)}))
    for s in [100.0, 400.0, 700.0]:
        r.add(s, P1, lambda d: "%s INFO: no action. I am (bookingdb-1), a secondary, and following a leader (bookingdb-0)" % (
            d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)))
    # distractor: snowcam-proxy upstream certificate expired
    sc = r.pod("snowcam-proxy")
    for k in range(6):
        t = 45.0 + k * 130 + rng.uniform(0, 2)
        r.add(t, lab("community", sc, "proxy", nb, "snowcam-proxy"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "error"), ("msg", "upstream fetch failed"), ("camera", "cam.rifugio-lagazuoi.example"),
            ("err", 'Get "https://cam.rifugio-lagazuoi.example/snapshot.jpg": tls: failed to verify certificate: x509: certificate '
                    'has expired or is not yet valid: current time %s is after 2026-07-28T23:59:59Z' % d.strftime("%Y-%m-%dT%H:%M:%SZ"))]))
    r.set_expected(
        "WARN", "database", "bookingdb",
        "The nightly occupancy import wrote 1.8M rows into bookingdb's primary in one transaction (WAL burst, checkpoints every "
        "6-9 s); the streaming replica bookingdb-1 fell behind in replay (lag up to ~5 minutes, queries canceled due to "
        "conflict with recovery), and warden-app-api, which reads from the replica, served yesterday's occupancy until the "
        "replica caught up.",
        "Warden app showed stale data because the Postgres read replica lagged during the bulk import; it caught up on its "
        "own. The snowcam-proxy expired upstream certificate is unrelated.",
        "Optional: import in smaller committed batches or outside warden hours, raise max_wal_size, and have warden-app-api "
        "fall back to the primary when replica lag exceeds its threshold.")
    return r.to_dict()


# --------------------------------------------------------------------------- 038
def r038():
    r = Record("dev63-038", "2026-02-07T15:00:00",
               "Did the payment webhook handler fail to process any payment events today?",
               sel("payments", app="payment-webhooks"), "k3s")
    rng = r.rng
    a1, a2 = "k3s-agent-01", "k3s-agent-02"
    pw = r.pod("payment-webhooks")
    PL = lab("payments", pw, "webhooks", a1, "payment-webhooks")
    tr = r.pod("traefik")
    TL = lab("kube-system", tr, "traefik", "k3s-server-01", "traefik")
    evs = ["checkout.session.completed", "payment_intent.succeeded", "payment_intent.succeeded", "charge.refunded",
           "charge.succeeded"]
    for s in r.spread(0, 1100, 14):
        e = rng.choice(evs)
        eid = "evt_3P%s" % r.hexs(20)
        r.add(s, TL, lambda d: traefik(d, "54.187.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), "POST",
              "/webhooks/payments", 200, 2, "payments-webhooks@kubernetescrd", "http://10.42.1.%d:8080" % 58,
              rng.randint(8, 40), rng.randint(100, 900)))
        r.add(s + 0.01, PL, lambda d, e=e, eid=eid: js({
            "level": "info", "ts": iso_ms(d), "caller": "webhook/handler.go:112", "msg": "event processed", "event_id": eid,
            "type": e, "booking": "ESC-%06d" % rng.randint(100000, 999999), "signature": "valid",
            "duration_ms": rng.randint(6, 35)}))
    r.add(640.0, PL, lambda d: js({"level": "info", "ts": iso_ms(d), "caller": "webhook/handler.go:98",
                                   "msg": "duplicate delivery ignored (already processed)", "event_id": "evt_3PkR7d2f9a81bc44e0d1c2",
                                   "type": "payment_intent.succeeded"}))
    r.add(900.0, PL, lambda d: js({"level": "info", "ts": iso_ms(d), "caller": "reconcile/daily.go:51",
                                   "msg": "provider reconciliation", "events_provider": 212, "events_processed": 212,
                                   "missing": 0}))
    # distractor: promo-code-importer crash looping for 4 days
    pi = r.pod("promo-code-importer")
    for k, t in enumerate([80.0, 390.0, 700.0, 1010.0]):
        PI = lab("marketing", pi, "importer", a2, "promo-code-importer")
        r.add(t, PI, lambda d: pylog(d, "INFO", "importer", "importing promo codes from promo-codes-2026-02.csv"))
        for j, ln in enumerate([
            "Traceback (most recent call last):",
            '  File "/app/importer.py", line 57, in <module>',
            "    valid_until = date(year, month, int(row[\"day\"]))",
            "ValueError: day is out of range for month"]):
            r.add(t + 1.3 + j * 0.001, PI, ln)
        r.add(t + 2.5, elab("marketing"), event_logfmt("Warning", "BackOff", "Pod", pi,
              "Back-off restarting failed container importer in pod %s_marketing(2e4f6a8c-0b1d-4c3e-9f5a-7b9d1f3e5a70)" % pi,
              host=a2, count=1131 + k))
    r.set_expected(
        "INFO", "none", None,
        "No incident for payment-webhooks: every webhook delivery is answered 200 and processed with a valid signature, one "
        "duplicate delivery is correctly ignored as already processed, and the daily reconciliation finds 212 of 212 provider "
        "events processed, 0 missing. The promo-code-importer crash loop in marketing (ValueError on a bad date row, restarting "
        "for days) is unrelated.",
        "Payment webhooks are healthy; nothing was lost. The crash-looping promo-code-importer is a separate marketing issue.",
        "Nothing to do for payment-webhooks. Fix the promo-codes CSV / importer date parsing separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 039
def r039():
    r = Record("dev63-039", "2026-09-19T19:20:00",
               "A warden at Rifugio Vajolet says the tablet shows old check-in data. Is the hut sync gateway failing?",
               sel("hut-sync", app="checkin-sync-gateway"), "k3s")
    rng = r.rng
    srv, a1, a2 = "k3s-server-01", "k3s-agent-01", "k3s-agent-02"
    gw = r.deploy_pods("checkin-sync-gateway", 2)
    huts = ["rifugio-vajolet", "tresch-huette", "cabane-de-moiry", "refuge-de-la-pra", "oberaarjochhuette"]
    tr = r.pod("traefik")
    for s in r.spread(0, 900, 14):
        p = rng.choice(gw)
        hut = rng.choice(huts)
        r.add(s, lab("hut-sync", p, "gateway", a1, "checkin-sync-gateway"), lambda d, hut=hut: js({
            "level": "info", "ts": epoch_s(d), "caller": "publish/amqp.go:71", "msg": "check-in batch published", "hut": hut,
            "batch": rng.randint(1, 30), "exchange": "hut-events"}))
        r.add(s + 0.003, lab("kube-system", tr, "traefik", srv, "traefik"), lambda d: traefik(
            d, r.pub_ip(), "POST", "/sync/v2/checkins", 200, 48, "hut-sync-checkin-sync-gateway@kubernetes",
            "http://10.42.1.%d:8080" % rng.choice([33, 47]), rng.randint(6, 40), rng.randint(100, 400)))
    for s in [310.0, 790.0]:
        r.add(s, lab("hut-sync", gw[0], "gateway", a1, "checkin-sync-gateway"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/log.go:22", "msg": "request", "method": "GET",
            "path": "/sync/v2/checkins?hut=rifugio-vajolet&since=2026-09-19T17:00:00Z", "status": 200, "items": rng.randint(10, 30),
            "duration_ms": rng.randint(3, 12), "client": "WardenTablet/4.1.2"}))
    rq = lab("messaging", "hut-events-rabbitmq-0", "rabbitmq", a2, "hut-events-rabbitmq")
    for s in r.spread(0, 900, 4):
        r.add(s, rq, lambda d: rabbit(d, "info", "", "<0.%d.0> accepting AMQP connection <0.%d.0> (10.42.1.%d:%d -> 10.42.2.19:5672)"
                                      % (rng.randint(1000, 9000), rng.randint(1000, 9000), rng.randint(10, 60), rng.randint(40000, 60000))).replace("]  <", "] <"))
    # distractor: trail-conditions-import CronJob upstream 503
    for t in [60.0, 660.0]:
        jp = r.job_pod("trail-conditions-import", r.d(t - 1))
        JL = lab("integrations", jp, "import", a2, "trail-conditions-import")
        for a in range(3):
            r.add(t + a * 5.0, JL, lambda d, a=a: pylog(
                d, "ERROR" if a == 2 else "WARNING", "trails", "GET https://trails.alpine-data.example/v1/conditions?region=dolomites "
                "-> 503 Service Unavailable (attempt %d/3)" % (a + 1)))
        r.add(t + 12.0, elab("integrations"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "INFO", "none", None,
        "No incident for the hut sync gateway: checkin-sync-gateway publishes check-in batches from all huts, including "
        "rifugio-vajolet, and answers the Vajolet tablet's pulls with 200 and fresh items; RabbitMQ accepts connections "
        "normally. The trail-conditions-import failures (upstream 503) are unrelated to check-in sync.",
        "Hut sync is healthy, also for Rifugio Vajolet; the tablet's old view is on the device side. The trail-conditions "
        "import failure is a separate upstream outage.",
        "Nothing to do on the gateway; have the warden refresh or re-login on the tablet app (WardenTablet 4.1.2) and check "
        "its local cache. Follow up the trail-conditions provider outage separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 040
def r040():
    r = Record("dev63-040", "2026-03-13T20:30:00",
               "Is the room-controller gateway losing its MQTT connections to the Lisbon venue tonight?",
               sel("rooms", app="room-controller-gateway"), "rke2")
    rng = r.rng
    a1, a2, a4 = "rke2-agent-01", "rke2-agent-02", "rke2-agent-04"
    gw = r.pod("room-controller-gateway")
    GL = lab("rooms", gw, "gateway", a2, "room-controller-gateway")
    rooms = ["lis-01", "lis-02", "lis-03", "lis-04", "opo-01", "opo-02", "brg-01"]
    for s in r.spread(0, 1000, 24):
        room = rng.choice(rooms)
        if rng.random() < 0.7:
            r.add(s, GL, lambda d, room=room: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/mqtt.go:181"),
                                                      ("msg", "props heartbeat"), ("room", room), ("props_online", rng.randint(9, 14))]))
        else:
            r.add(s, GL, lambda d, room=room: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/api.go:64"),
                                                      ("msg", "room state"), ("room", room),
                                                      ("phase", rng.choice(["running", "running", "briefing", "reset"])), ("status", 200)]))
    for s in [300.0, 900.0]:
        r.add(s, GL, lambda d: logfmt([("ts", iso_ms(d)), ("level", "info"), ("caller", "gateway/mqtt.go:240"),
                                       ("msg", "mqtt session stats"), ("broker", "tcp://emqx.rooms.svc:1883"), ("sessions", 31),
                                       ("reconnects_24h", 0), ("inflight", rng.randint(0, 3))]))
    emqx = "emqx-0"
    for s in r.spread(0, 1000, 5):
        r.add(s, lab("rooms", emqx, "emqx", a1, "emqx"), lambda d: "%s [info] msg: retainer_gc_finished, removed: %d" % (
            d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % d.microsecond, rng.randint(0, 4)))
    # distractor: conntrack table full on rke2-agent-04 (media workloads), not the gateway or broker node
    K4 = jlab(a4, "kernel")
    for s in r.spread(0, 1000, 12):
        r.add(s, K4, "nf_conntrack: nf_conntrack: table full, dropping packet")
    r.add(520.0, K4, "net_ratelimit: %d callbacks suppressed" % rng.randint(40, 200))
    vr = r.pod("video-recap-uploader")
    for s in r.spread(0, 1000, 4):
        r.add(s, lab("media", vr, "uploader", a4, "video-recap-uploader"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "warn"), ("msg", "upload chunk retry"), ("attempt", rng.randint(1, 3)),
            ("err", "read tcp 10.42.4.%d:%d->198.51.100.20:443: i/o timeout" % (rng.randint(2, 250), rng.randint(40000, 60000)))]))
    r.set_expected(
        "INFO", "none", None,
        "No incident for the room-controller gateway: it keeps its 31 MQTT sessions to the EMQX broker (0 reconnects in 24 h), "
        "Lisbon props report heartbeats all evening and room-state requests succeed. The conntrack 'table full, dropping "
        "packet' messages come from rke2-agent-04, which runs the media workloads and neither the gateway nor the broker, "
        "and only affect video-recap-uploader.",
        "The gateway's MQTT connections to Lisbon are stable; the packet drops are on another node and unrelated.",
        "Nothing to do for the gateway. Separately raise nf_conntrack_max (or reduce connection churn of the media uploader) "
        "on rke2-agent-04.")
    return r.to_dict()


RECORDS = [r031, r032, r033, r034, r035, r036, r037, r038, r039, r040]
