"""dev59 part 2: w11..w20."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- w11
def w11():
    w = Window("w11", "2026-04-27T23:35:30.000Z")
    ing0 = w.src(pod("rt-ingest", "seedlink-ingest-0", "seedlink-ingest", "talos-w2", "seedlink-ingest"))
    ing1 = w.src(pod("rt-ingest", "seedlink-ingest-1", "seedlink-ingest", "talos-w5", "seedlink-ingest"))
    cm = w.src(pod("cert-manager", dep_pod("cert-manager", "s1"), "cert-manager-controller", "talos-w6", "cert-manager"))
    gw = w.src(pod("envoy-gateway-system", dep_pod("envoy-rt-ingest-seedlink-gw-7c1f3a0b", "a"), "envoy", "talos-w1", "envoy"))
    eg = w.src(pod("envoy-gateway-system", dep_pod("envoy-gateway", "a"), "envoy-gateway", "talos-w2", "envoy-gateway"))
    soh = w.src(SEI_SOH)
    CERT = 'key="rt-ingest/seedlink-gw-tls"'

    def tls_fail(t, ip, port):
        gw(t, jdump({"start_time": "@@iso@@", "protocol": "TCP", "response_flags": "-", "bytes_received": 0, "bytes_sent": 0,
                     "duration": 3, "downstream_remote_address": "%s:%d" % (ip, port), "upstream_host": None,
                     "downstream_transport_failure_reason": "TLS_error:|268436501:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED:TLS_error_end",
                     "route_name": "tlsroute/rt-ingest/seedlink-gw/rule/-1"}))

    ing0(3.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=731 stations_connected=70 lag_ms_p99=910"))
    ing1(4.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=688 stations_connected=68 lag_ms_p99=1022"))
    cm(42.0, klog("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" %s reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-04-27 23:36:12 +0000 UTC"' % CERT), ev=True)
    cm(43.1, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "seedlink-gw-tls" condition "Issuing" to 2026-04-27 23:36:13.100000 +0000 UTC'))
    cm(44.5, klog("I", 1, "pod.go:71", '"creating HTTP01 challenge solver pod" logger="cert-manager.challenges.http01.ensurePod" resource_namespace="rt-ingest" dnsName="seedlink.regseis.de" type="HTTP-01"'))
    for k, t in enumerate([52.0, 62.5, 83.0, 124.1, 205.6]):
        cm(t, klog("E", 1, "sync.go:190", '"propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" resource_name="seedlink-gw-tls-1-2904417712-3188046225" resource_namespace="rt-ingest" resource_kind="Challenge" dnsName="seedlink.regseis.de" type="HTTP-01"'),
           ev=(k == 0))
    ing0(63.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=729 stations_connected=70 lag_ms_p99=930"))
    ing1(64.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=690 stations_connected=68 lag_ms_p99=1004"))
    eg(210.0, jdump({"level": "info", "ts": "@@iso@@", "logger": "gateway-api", "caller": "gatewayapi/runner.go:112",
                     "msg": "received an update", "runner": "gateway-api", "httproute": "rt-ingest/cm-acme-http-solver-q8z5c"}))
    ing1(342.4, rust("WARN", "seedlink_ingest::station", "station disconnected station=RS.WALD reason=\"connection closed by peer\" reconnect_in=5s"))
    ing1(342.6, rust("WARN", "seedlink_ingest::station", "station disconnected station=RS.KLEIN reason=\"connection closed by peer\" reconnect_in=5s"))
    ing0(342.9, rust("WARN", "seedlink_ingest::station", "station disconnected station=RS.HOHNE reason=\"connection closed by peer\" reconnect_in=5s"))
    tls_fail(343.1, "100.64.12.31", 40412)
    tls_fail(348.2, "100.64.12.44", 51877)
    tls_fail(349.0, "100.64.12.31", 40418)
    gw(353.3, jdump({"start_time": "@@iso@@", "protocol": "TCP", "response_flags": "-", "bytes_received": 0, "bytes_sent": 0,
                     "duration": 2, "downstream_remote_address": "100.64.13.7:38801", "upstream_host": None,
                     "downstream_transport_failure_reason": "TLS_error:|268436501:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED:TLS_error_end",
                     "route_name": "tlsroute/rt-ingest/seedlink-gw/rule/-1"}), ev=True)
    ing0(363.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=402 stations_connected=39 lag_ms_p99=1220"))
    ing1(364.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=371 stations_connected=37 lag_ms_p99=1310"))
    for k, t in enumerate([366.0, 371.5, 380.2, 392.8, 405.0]):
        tls_fail(t, "100.64.%d.%d" % (12 + k % 2, 31 + k * 7), 40000 + k * 911)
    soh(390.0, "@@dt@@ WARNING soh: RS.WALD HHZ latency=49.8s gaps=1 clock_quality=100% mass_pos=+0.3V")
    soh(391.0, "@@dt@@ WARNING soh: RS.HOHNE HHZ latency=48.3s gaps=1 clock_quality=100% mass_pos=-0.1V")
    cm(424.0, klog("I", 1, "sync.go:372", '"Accepting challenge authorization" logger="cert-manager.challenges.acceptChallenge" resource_name="seedlink-gw-tls-1-2904417712-3188046225" resource_namespace="rt-ingest" dnsName="seedlink.regseis.de" type="HTTP-01"'))
    cm(431.5, klog("I", 1, "sync.go:366", '"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="seedlink-gw-tls-1" resource_namespace="rt-ingest" resource_kind="CertificateRequest" related_resource_kind="Order"'), ev=True)
    cm(431.9, klog("I", 1, "conditions.go:192", 'Found status change for Certificate "seedlink-gw-tls" condition "Ready": "False" -> "True"; setting lastTransitionTime to 2026-04-27 23:42:41.900000 +0000 UTC'))
    eg(432.6, jdump({"level": "info", "ts": "@@iso@@", "logger": "provider", "caller": "kubernetes/controller.go:1498",
                     "msg": "processing Secret", "namespace": "rt-ingest", "name": "seedlink-gw-tls"}))
    for k, (src, st) in enumerate([(ing1, "RS.WALD"), (ing1, "RS.KLEIN"), (ing0, "RS.HOHNE"), (ing0, "RS.MOOS")]):
        src(437.0 + k * 0.7, rust("INFO", "seedlink_ingest::station", "station connected station=%s resume_seq=%06X gap_packets=0" % (st, 0x3A41F2 + k * 977)))
    ing0(483.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=735 stations_connected=70 lag_ms_p99=940"))
    ing1(484.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=694 stations_connected=68 lag_ms_p99=1011"))
    w.noise(0, 490, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="Just before midnight about half the stations dropped off seedlink-ingest for a couple of minutes and came back on their own — was that the usual reconnect churn?",
        selector={"namespace": "rt-ingest", "app": "seedlink-ingest"},
        severity="WARN", category="tls_certificate", component="cert-manager",
        root_cause="The 24-hour seedlink-gw-tls certificate was only scheduled for renewal about five minutes before it expired, and the HTTP-01 self check kept failing (404) while the solver route was programmed; the certificate expired at 23:41:12 and stations rejected the gateway's TLS (SSLV3_ALERT_CERTIFICATE_EXPIRED) until the new certificate was issued ~90 s later.",
        summary="Stations on the TLS SeedLink listener were disconnected for about 1.5 minutes at 23:41; the renewed certificate restored all connections with no packet gaps (resumed by sequence number).",
        action="Give seedlink-gw-tls a much larger renewBefore (e.g. 8h of a 24h certificate) so a slow ACME challenge cannot outlast the validity, and alert on certificates with less than a few hours left.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w12
def w12():
    w = Window("w12", "2026-04-02T10:20:00.000Z")
    GS = [dep_pod("geoserver", x, rs="r2.24.2") for x in "abc"]
    NODES = ["wrk-04.ocp.lrcso.internal", "wrk-05.ocp.lrcso.internal", "wrk-06.ocp.lrcso.internal"]
    IPS = ["10.129.4.17", "10.130.2.44", "10.131.6.12"]
    gs = [w.src(pod("cadastre-maps", GS[i], "geoserver", NODES[i], "geoserver")) for i in range(3)]
    kl = [w.src(journal(NODES[i], "kubelet.service")) for i in range(3)]
    evs = w.src(events("cadastre-maps"))
    rt = w.src(CAD_ROUTER)
    rt2 = w.src(CAD_ROUTER2)
    UID = ["7d1e0f3a-5c2b-4e8d-9a1f-0b6c3d2e1f4a", "2b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e", "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"]

    def probe_fail(i, t, ev_=False):
        kl[i](t, klog("I", 2841 + i, "prober.go:107", '"Probe failed" probeType="Readiness" pod="cadastre-maps/%s" podUID="%s" containerName="geoserver" probeResult="failure" output="Get \\"http://%s:8080/geoserver/ows?service=wms&version=1.3.0&request=GetCapabilities\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (GS[i], UID[i], IPS[i])), ev=ev_)

    def getmap(i, t, ms, layer="cadastre:parcels", bbox="3455120,5561200,3457680,5563760"):
        gs[i](t, "@@log4j@@ INFO [geoserver.wms] - Request: getMap layers=%s bbox=%s width=2048 height=2048 format=image/png time=%dms" % (layer, bbox, ms))

    def router_ok(src, t, i, path, tr):
        src(t, ('haproxy[41]: 10.131.2.1:%d [@@hap@@] fe_sni~ be_secure:cadastre-maps:geoserver/pod:%s:geoserver:8080:%s:8080 '
                '0/0/0/%d/%d 200 %d - - --VN 63/31/12/4/0 0/0 "GET %s HTTP/1.1"') % (41000 + int(t * 3), GS[i], IPS[i], tr, tr + 1, 40000 + tr * 13, path))

    def router_503(src, t, path, ev_=False):
        src(t, ('haproxy[41]: 10.131.2.1:%d [@@hap@@] fe_sni~ be_secure:cadastre-maps:geoserver/<NOSRV> -1/-1/-1/-1/0 503 3287 - - SC-- '
                '58/29/0/0/0 0/0 "GET %s HTTP/1.1"') % (42000 + int(t * 3), path), ev=ev_)

    for k, t in enumerate([2.0, 6.5, 11.0]):
        getmap(k, t, 1400 + k * 310)
        router_ok(rt if k % 2 else rt2, t + 1.5, k, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=2048&HEIGHT=2048", 1420 + k * 310)
    gs[0](14.0, "@@log4j@@ INFO [geoserver.ows] - Request: GetCapabilities service=wms version=1.3.0 time=1318ms", ev=True)
    probe_fail(0, 14.1, ev_=True)
    gs[1](18.0, "@@log4j@@ INFO [geoserver.ows] - Request: GetCapabilities service=wms version=1.3.0 time=1604ms")
    probe_fail(1, 18.1)
    probe_fail(0, 19.1)
    evs(19.2, ev("Warning", "Unhealthy", "Pod/" + GS[0], "Readiness probe failed: Get \"http://%s:8080/geoserver/ows?service=wms&version=1.3.0&request=GetCapabilities\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % IPS[0]), ev=True)
    getmap(2, 20.0, 2210)
    probe_fail(1, 23.1)
    probe_fail(2, 23.6)
    evs(23.7, ev("Warning", "Unhealthy", "Pod/" + GS[1], "Readiness probe failed: Get \"http://%s:8080/geoserver/ows?service=wms&version=1.3.0&request=GetCapabilities\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % IPS[1], count=2))
    probe_fail(2, 28.6)
    router_503(rt, 29.4, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels,cadastre:buildings&WIDTH=1024&HEIGHT=1024", ev_=True)
    router_503(rt2, 30.1, "/geoserver/wms?SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=cadastre:parcels&QUERY_LAYERS=cadastre:parcels")
    router_503(rt, 31.8, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=2048&HEIGHT=2048")
    gs[0](32.5, "@@log4j@@ INFO [geoserver.ows] - Request: GetCapabilities service=wms version=1.3.0 time=644ms")
    gs[2](33.0, "@@log4j@@ INFO [geoserver.ows] - Request: GetCapabilities service=wms version=1.3.0 time=702ms")
    router_ok(rt2, 36.0, 0, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:buildings&WIDTH=512&HEIGHT=512", 210)
    getmap(0, 40.0, 2480)
    getmap(1, 41.0, 2930)
    probe_fail(0, 44.1)
    probe_fail(1, 48.1)
    probe_fail(0, 49.1)
    router_503(rt2, 50.3, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=2048&HEIGHT=2048")
    evs(50.5, ev("Warning", "Unhealthy", "Pod/" + GS[0], "Readiness probe failed: Get \"http://%s:8080/geoserver/ows?service=wms&version=1.3.0&request=GetCapabilities\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % IPS[0], count=4))
    router_503(rt, 52.9, "/geoserver/gwc/service/wmts?layer=cadastre:parcels&tilematrix=EPSG:25832:12&TileRow=1802&TileCol=2244")
    gs[2](56.0, "@@log4j@@ INFO [geoserver.wms] - Request: getMap layers=cadastre:parcels bbox=3461000,5570000,3463560,5572560 width=2048 height=2048 format=image/png time=2950ms")
    router_ok(rt, 58.5, 2, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=2048&HEIGHT=2048", 2960)
    probe_fail(2, 58.6)
    router_503(rt2, 63.0, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=1024&HEIGHT=1024")
    gs[1](70.0, "@@log4j@@ INFO [geoserver.ows] - Request: GetCapabilities service=wms version=1.3.0 time=1877ms")
    probe_fail(1, 73.1)
    for k, t in enumerate([75.0, 81.0, 90.0]):
        getmap(k, t, 1900 + k * 400)
        router_ok(rt2 if k % 2 else rt, t + 2.0, k, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels&WIDTH=2048&HEIGHT=2048", 1910 + k * 400)
    router_503(rt, 84.4, "/geoserver/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=cadastre:parcels,cadastre:buildings&WIDTH=1024&HEIGHT=1024")
    gs[0](96.0, "@@log4j@@ INFO [org.geoserver.system.status] - Memory usage: heap 3.1 GB / 8.0 GB, threads 212, JAI tile cache 512 MB (38% used)")
    probe_fail(0, 99.1)
    router_503(rt2, 101.0, "/geoserver/wms?SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=cadastre:parcels&QUERY_LAYERS=cadastre:parcels")
    w.noise(0, 105, 9, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Map tiles intermittently show 'Application is not available' — GeoServer isn't logging a single error. Is it just warming up?",
        selector={"namespace": "cadastre-maps", "app": "geoserver"},
        severity="ERROR", category="probe_failure", component="geoserver",
        root_cause="The geoserver readiness probe calls a full WMS GetCapabilities with a 1 s timeout; under a load of large GetMap requests GetCapabilities takes 1.3-1.9 s, so the probe times out, pods flap NotReady and the router has no server left for some requests (503 <NOSRV> SC--). The GeoServer processes themselves are healthy.",
        summary="Roughly one in three map requests returns 503 'Application is not available' while the pods flip in and out of the endpoints; nothing restarts and GeoServer logs no errors.",
        action="Point the readiness probe at a cheap endpoint (e.g. /geoserver/web/wicket/resource/... or a dedicated health check) or raise timeoutSeconds/failureThreshold; consider more replicas or rendering limits for 2048px GetMap.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w13
def w13():
    w = Window("w13", "2026-03-10T12:15:00.000Z")
    oldp = dep_pod("voicing-archive", "a", rs="r0.19.3")
    newp = dep_pod("voicing-archive", "c", rs="r0.19.3")
    va_old = w.src(pod("archiv", oldp, "voicing-archive", "nuc-werk-03", "voicing-archive"))
    va_new = w.src(pod("archiv", newp, "voicing-archive", "nuc-werk-01", "voicing-archive"))
    cw_old = w.src(pod("werkstatt", dep_pod("commissions-web", "b", rs="r742"), "commissions-web", "nuc-werk-03", "commissions-web"))
    suc = w.src(pod("system-upgrade", dep_pod("system-upgrade-controller", "a"), "system-upgrade-controller", "nuc-werk-01", "system-upgrade-controller"))
    job = w.src(pod("system-upgrade", "apply-k3s-agent-on-nuc-werk-03-with-6e2f1b0c9d8a-%s" % rand_hex("w13job", 5), "drain", "nuc-werk-03", None))
    evs = w.src(events("archiv"))
    evd = w.src(events("default"))
    tr = w.src(pod("kube-system", dep_pod("traefik", "a", rs="r25"), "traefik", "nuc-werk-01", "traefik"))
    ROUTER = "archiv-voicing-archive-archiv-hartmann-orgelbau-de@kubernetes"

    def access(t, path, status, size, ms, ip):
        tr(t, traefik_clf("10.42.0.1", "GET", path, status, size, UA[1], 51200 + int(t), ROUTER, "http://%s:3000" % ip, ms))

    va_old(2.0, pino("info", oldp, "request completed", req={"method": "GET", "url": "/aufnahmen/st-marien-kirchdorf/prinzipal-8"}, res={"statusCode": 200}, responseTime=41))
    access(2.05, "/aufnahmen/st-marien-kirchdorf/prinzipal-8", 200, 1804, 42, "10.42.2.31")
    suc(4.0, 'time="@@isos@@" level=info msg="Plan k3s-agent: latest version v1.29.3+k3s1, applying to node nuc-werk-03" plan=system-upgrade/k3s-agent')
    job(9.0, "+ kubectl drain nuc-werk-03 --pod-selector='!upgrade.cattle.io/plan' --ignore-daemonsets --delete-emptydir-data --force --timeout=5m")
    job(9.4, "node/nuc-werk-03 cordoned")
    evd(9.5, ev("Normal", "NodeNotSchedulable", "Node/nuc-werk-03", "Node nuc-werk-03 status is now: NodeNotSchedulable"))
    job(9.8, "evicting pod archiv/%s" % oldp)
    job(9.81, "evicting pod werkstatt/%s" % dep_pod("commissions-web", "b", rs="r742"))
    evs(9.9, ev("Normal", "Killing", "Pod/" + oldp, "Stopping container voicing-archive"))
    va_old(10.0, pino("info", oldp, "SIGTERM received, closing server"))
    cw_old(10.1, rails("INFO", None, "- Gracefully stopping, waiting for requests to finish"))
    evs(10.3, ev("Normal", "SuccessfulCreate", "ReplicaSet/" + oldp.rsplit("-", 1)[0], "Created pod: " + newp, source="replicaset-controller"))
    access(10.4, "/aufnahmen/klosterkirche-wendhusen/vox-humana-8", 502, 11, 0, "10.42.2.31")
    access(10.9, "/api/aufnahmen?orgel=97", 502, 11, 1, "10.42.2.31")
    va_old(11.2, pino("info", oldp, "server closed, 0 open connections"))
    job(12.5, "pod/%s evicted" % oldp)
    evs(12.8, ev("Normal", "Scheduled", "Pod/" + newp, "Successfully assigned archiv/%s to nuc-werk-01" % newp, source="default-scheduler"))
    evs(13.9, ev("Normal", "Started", "Pod/" + newp, "Started container voicing-archive"))
    va_new(14.6, pino("info", newp, "voicing-archive 0.19.3 starting", node="v20.11.1"))
    va_new(14.9, pino("info", newp, "connecting to object storage", endpoint="http://recordings-minio.archiv.svc:9000", bucket="aufnahmen"))
    va_new(15.3, pino("info", newp, "building recording index"))
    evs(20.1, ev("Warning", "Unhealthy", "Pod/" + newp, "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    va_new(20.1, pino("warn", newp, "readiness: index not built yet", indexed=1180, total=4630))
    job(21.0, "pod/%s evicted" % dep_pod("commissions-web", "b", rs="r742"))
    job(21.3, "node/nuc-werk-03 drained")
    evs(25.1, ev("Warning", "Unhealthy", "Pod/" + newp, "Readiness probe failed: HTTP probe failed with statuscode: 503", count=2))
    va_new(25.1, pino("warn", newp, "readiness: index not built yet", indexed=3422, total=4630))
    va_new(28.7, pino("info", newp, "recording index ready", recordings=4630, ms=13412))
    access(30.2, "/aufnahmen/klosterkirche-wendhusen/vox-humana-8", 200, 1911, 55, "10.42.0.58")
    va_new(30.25, pino("info", newp, "request completed", req={"method": "GET", "url": "/aufnahmen/klosterkirche-wendhusen/vox-humana-8"}, res={"statusCode": 200}, responseTime=54))
    evd(36.0, ev("Normal", "NodeNotReady", "Node/nuc-werk-03", "Node nuc-werk-03 status is now: NodeNotReady", source="node-controller"))
    evd(71.0, ev("Normal", "Starting", "Node/nuc-werk-03", "Starting kubelet.", source="kubelet"))
    evd(72.5, ev("Normal", "NodeReady", "Node/nuc-werk-03", "Node nuc-werk-03 status is now: NodeReady"))
    job(80.0, "+ kubectl uncordon nuc-werk-03")
    job(80.4, "node/nuc-werk-03 uncordoned")
    evd(80.5, ev("Normal", "NodeSchedulable", "Node/nuc-werk-03", "Node nuc-werk-03 status is now: NodeSchedulable"))
    suc(84.0, 'time="@@isos@@" level=info msg="Plan k3s-agent: node nuc-werk-03 upgraded to v1.29.3+k3s1" plan=system-upgrade/k3s-agent')
    for k, t in enumerate([95.0, 130.0, 171.0, 220.0]):
        p = ["/api/aufnahmen?orgel=412", "/aufnahmen/st-marien-kirchdorf/gedackt-8", "/aufnahmen/heilig-kreuz/trompete-8", "/api/aufnahmen?orgel=97"][k]
        va_new(t, pino("info", newp, "request completed", req={"method": "GET", "url": p}, res={"statusCode": 200}, responseTime=30 + k * 11))
        access(t + 0.01, p, 200, 2100 + k * 377, 31 + k * 11, "10.42.0.58")
    w.noise(0, 225, 9, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="At lunchtime the voicing archive gave a few 502s, and its pod shows readiness failures and came back on another node — is the recordings app broken?",
        selector={"namespace": "archiv", "app": "voicing-archive"},
        severity="INFO", category="none", component="voicing-archive",
        root_cause="No fault: system-upgrade-controller drained nuc-werk-03 to upgrade k3s to v1.29.3; the voicing-archive pod was evicted and recreated on nuc-werk-01, two in-flight requests got 502 at the switch, and the readiness probe correctly held the new pod back for ~14 s while it rebuilt its recording index.",
        summary="Planned node upgrade with drain; the new voicing-archive pod became ready after its index build and serves 200, the node rejoined and was uncordoned.",
        action="Nothing to do. Optionally run two voicing-archive replicas with a PodDisruptionBudget to avoid the 502s during drains.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w14
def w14():
    w = Window("w14", "2026-05-05T06:10:00.000Z")
    aw1 = w.src(pod("archive", dep_pod("archive-writer", "a", rs="r1.6.0"), "archive-writer", "talos-w1", "archive-writer"))
    aw2 = w.src(pod("archive", dep_pod("archive-writer", "b", rs="r1.6.0"), "archive-writer", "talos-w5", "archive-writer"))
    minio_old = w.src(pod("archive", "waveform-archive-0", "minio", "talos-w4", "waveform-archive"))
    evs = w.src(events("archive"))
    evd = w.src(events("default"))
    mach = w.src(journal("talos-w4", "machined"))
    csi = w.src(pod("rook-ceph", "csi-rbdplugin-%s" % rand_hex("w14csi", 5).replace("0", "k").replace("1", "m"), "csi-rbdplugin", "talos-w4", "csi-rbdplugin"))
    dsel = w.src(pod("archive", dep_pod("fdsnws-dataselect", "a"), "dataselect", "talos-w2", "fdsnws-dataselect"))
    PVC = "pvc-8d2c41e7-3b9a-4f10-a6c2-5e7d90b1c348"
    MINIO = "http://waveform-archive.archive.svc:9000"

    aw1(2.0, logrus("info", "flushed miniSEED day-chunk", object="RS/HOHNE/2026/125/RS.HOHNE..HHZ.D.2026.125.0600", bytes=412288))
    mach(5.0, talos_svc("machined", "info", "upgrade request received: staged false, force false, reboot mode DEFAULT", image="ghcr.io/siderolabs/installer:v1.7.2"))
    mach(5.4, talos_svc("machined", "info", "cordoning node"))
    mach(5.8, talos_svc("machined", "info", "draining node"))
    evs(6.2, ev("Normal", "Killing", "Pod/waveform-archive-0", "Stopping container minio"))
    minio_old(6.3, "Exiting on signal: TERMINATED")
    aw2(7.0, logrus("warning", "put object failed, will retry", object="RS/WALD/2026/125/RS.WALD..HHN.D.2026.125.0600",
                    error='Put "%s/waveforms/RS/WALD/2026/125/RS.WALD..HHN.D.2026.125.0600": EOF' % MINIO))
    mach(14.0, talos_svc("machined", "info", "drain completed"))
    evs(14.5, ev("Normal", "Scheduled", "Pod/waveform-archive-0", "Successfully assigned archive/waveform-archive-0 to talos-w6", source="default-scheduler"))
    mach(15.0, talos_svc("machined", "info", "unmounting ephemeral partition", partition="/var"))
    csi(15.3, klog("E", 1, "nodeserver.go:1016", 'ID: 4412 Req-ID: 0001-0009-rook-ceph-0000000000000002-5c1d0a2e-7f3b-11ee-9c4d-2a1b3c4d5e6f an error (exit status 16) occurred while running rbd args: [unmap /dev/rbd2 --device-type krbd --options noudev] rbd: sysfs write failed rbd: unmap failed: (16) Device or resource busy'), ev=True)
    evs(15.8, ev("Warning", "FailedAttachVolume", "Pod/waveform-archive-0", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % PVC, source="attachdetach-controller"), ev=True)
    mach(17.0, talos_svc("machined", "info", "rebooting node"))
    evd(52.0, ev("Warning", "NodeNotReady", "Node/talos-w4", "Node talos-w4 status is now: NodeNotReady", source="node-controller"))
    for k, t in enumerate([9.0, 22.0, 41.0, 70.0, 105.0, 150.0, 210.0, 280.0]):
        src = aw1 if k % 2 else aw2
        src(t, logrus("error", "put object failed, will retry", object="RS/%s/2026/125/RS.%s..HHZ.D.2026.125.0600" % (["WALD", "KLEIN", "MOOS", "TAL1", "GIPF", "STEIN", "ROTH", "ALTB"][k], ["WALD", "KLEIN", "MOOS", "TAL1", "GIPF", "STEIN", "ROTH", "ALTB"][k]),
                        error='Put "%s/waveforms/...": dial tcp 10.96.118.40:9000: connect: connection refused' % MINIO, attempt=k + 1), ev=(k == 4))
    aw1(120.0, logrus("warning", "local spool growing", spool_dir="/spool", files=188, bytes=77412352, free_bytes=19847372800))
    dsel(130.0, '10.244.1.9 - - [@@clf@@] "GET /fdsnws/dataselect/1/query?net=RS&sta=HOHNE&cha=HHZ&starttime=2026-05-04T22:00:00&endtime=2026-05-04T23:00:00 HTTP/1.1" 503 64 "-" "ObsPy/1.4.1 (Linux-6.5.0-x86_64)"')
    dsel(131.0, logrus("error", "archive backend unavailable", error='Get "%s/waveforms?list-type=2&prefix=RS/HOHNE/2026/124/": dial tcp 10.96.118.40:9000: connect: connection refused' % MINIO))
    evd(146.0, ev("Normal", "NodeReady", "Node/talos-w4", "Node talos-w4 status is now: NodeReady", source="kubelet"))
    mach(148.0, talos_svc("machined", "info", "uncordoning node"))
    evs(136.0, ev("Warning", "FailedMount", "Pod/waveform-archive-0", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-6xq2n]: timed out waiting for the condition"))
    evs(256.0, ev("Warning", "FailedMount", "Pod/waveform-archive-0", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-6xq2n]: timed out waiting for the condition", count=2))
    dsel(262.0, '10.244.3.20 - - [@@clf@@] "GET /fdsnws/dataselect/1/query?net=RS&sta=WALD&cha=HH?&starttime=2026-05-05T00:00:00&endtime=2026-05-05T01:00:00 HTTP/1.1" 503 64 "-" "SeisComP/fdsnws-client"')
    aw2(290.0, logrus("warning", "local spool growing", spool_dir="/spool", files=402, bytes=165150720, free_bytes=19759321088))
    w.noise(0, 295, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="After this morning's talos-w4 upgrade, archive-writer keeps logging 'connection refused' to the waveform archive — the node is back, shouldn't MinIO be up again by now?",
        selector={"namespace": "archive", "app": "archive-writer"},
        severity="ERROR", category="storage", component="waveform-archive",
        root_cause="When talos-w4 was drained for its upgrade, the RBD volume of waveform-archive-0 could not be unmapped (rbd unmap: Device or resource busy), so its VolumeAttachment stayed on talos-w4; the rescheduled pod on talos-w6 hits a Multi-Attach error and never mounts its data volume, so MinIO never starts and clients are refused.",
        summary="The waveform archive is down since 06:10 and stays down after the node returned: archive-writer spools to local disk and FDSN dataselect downloads return 503; real-time ingest is unaffected.",
        action="Release the stale attachment of the volume on talos-w4 (check rbd status/watchers, unmap on the node or delete the stale VolumeAttachment once safe) so waveform-archive-0 can attach on talos-w6; then let archive-writer drain its spool.",
        tags=["outside-selector", "nested-cause", "quiet-cause"])


# --------------------------------------------------------------------------- w15
def w15():
    w = Window("w15", "2026-04-07T02:05:00.000Z")
    A = "parcels-db-instance1-p9m4-0"
    B = "parcels-db-instance1-x7k2-0"
    pa = w.src(pod("registry-db", A, "database", "wrk-04.ocp.lrcso.internal", "parcels-db"))
    pb = w.src(pod("registry-db", B, "database", "wrk-01.ocp.lrcso.internal", "parcels-db"))
    bj = w.src(pod("land-registry", job_pod("deed-batch-import", 29594880), "deed-batch-import", "wrk-05.ocp.lrcso.internal", "deed-batch-import"))
    api = w.src(pod("land-registry", dep_pod("parcel-registry-api", "a", rs="r2026.3.2"), "parcel-registry-api", "wrk-02.ocp.lrcso.internal", "parcel-registry-api"))
    EF = {"Id": 10404, "Name": "Microsoft.EntityFrameworkCore.Infrastructure.ExecutionStrategyRetrying"}

    pa(1.0, patroni("INFO", "no action. I am (%s), the leader with the lock" % A))
    pb(1.6, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (B, A)))
    bj(2.0, clef("Information", "Nightly deed import started: {Files} files, {Deeds} deeds", Files=37, Deeds=4212, SourceContext="Lrcso.DeedBatch.ImportJob"))
    pa(11.2, pglog(5123, "LOG", "duration: 2412.518 ms  statement: UPDATE parcel_owner SET share_numerator = $1, share_denominator = $2, valid_from = $3 WHERE parcel_id = $4 AND owner_id = $5"))
    pa(24.8, pglog(4711, "LOG", 'automatic vacuum of table "registry.public.parcel_owner": index scans: 1 pages: 0 removed, 184211 remain, 12044 scanned (6.54% of total) tuples: 88412 removed, 2101932 remain, 0 are dead but not yet removable'))
    pa(33.05, pglog(5188, "ERROR", "deadlock detected"))
    pa(33.06, pglog(5188, "DETAIL", "Process 5188 waits for ShareLock on transaction 8812231; blocked by process 5123. Process 5123 waits for ShareLock on transaction 8812230; blocked by process 5188."))
    pa(33.07, pglog(5188, "HINT", "See server log for query details."))
    pa(33.08, pglog(5188, "CONTEXT", 'while updating tuple (1203,7) in relation "parcel_owner"'))
    pa(33.09, pglog(5188, "STATEMENT", "UPDATE parcel_owner SET share_numerator = $1, share_denominator = $2, valid_from = $3 WHERE parcel_id = $4 AND owner_id = $5"))
    bj(33.1, clef("Warning", "A transient exception occurred during execution. The operation will be retried after {delay}ms.{newline}{error}",
                  delay=0, newline="\n", error="Npgsql.PostgresException (0x80004005): 40P01: deadlock detected", EventId=EF,
                  SourceContext="Microsoft.EntityFrameworkCore.Infrastructure"))
    bj(33.4, clef("Information", "Deed {DeedId} registered (attempt {Attempt})", DeedId="D-2026-051877", Attempt=2, SourceContext="Lrcso.DeedBatch.ImportJob"))
    api(40.0, spring("parcel-registry-api", "WARN", "replica-lag-1", "o.l.r.db.ReplicaLagGuard", "replica lag 38.2s exceeds 30s, routing reads to primary"))
    pb(41.0, pglog(77, "LOG", "restartpoint starting: wal"))
    pa(52.3, pglog(5201, "LOG", "duration: 1187.004 ms  execute <unnamed>: SELECT p.id, p.district, o.owner_id FROM parcel p JOIN parcel_owner o ON o.parcel_id = p.id WHERE p.district = $1"))
    pa(61.0, pglog(88, "LOG", "checkpoint starting: wal"))
    pa(78.7, pglog(4790, "LOG", 'automatic analyze of table "registry.public.parcel_owner"'))
    pb(92.4, pglog(77, "LOG", "restartpoint complete: wrote 61204 buffers (11.7%); 0 WAL file(s) added, 9 removed, 21 recycled; write=48.412 s, sync=0.602 s, total=51.399 s"))
    pb(92.5, pglog(77, "LOG", "recovery restart point at 5/D1000028"))
    pa(96.0, pglog(88, "LOG", "checkpoint complete: wrote 70122 buffers (13.4%); 0 WAL file(s) added, 0 removed, 30 recycled; write=33.101 s, sync=0.714 s, total=35.006 s"))
    pa(104.2, pglog(5123, "LOG", "duration: 1603.227 ms  statement: UPDATE parcel_encumbrance SET released_at = $1 WHERE parcel_id = $2 AND entry_no = $3"))
    api(131.0, spring("parcel-registry-api", "INFO", "replica-lag-1", "o.l.r.db.ReplicaLagGuard", "replica lag 0.4s, routing reads back to replica"))
    pa(151.0, patroni("INFO", "no action. I am (%s), the leader with the lock" % A))
    pb(151.6, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (B, A)))
    for k, t in enumerate([60.0, 100.0, 140.0]):
        bj(t, clef("Information", "Imported file {File}: {Deeds} deeds, {Failed} failed", File="notary-batch-2026-04-06-%02d.xml" % (k + 9), Deeds=118 + k * 7, Failed=0, SourceContext="Lrcso.DeedBatch.ImportJob"))
    bj(178.0, clef("Information", "Nightly deed import finished: {Deeds} deeds, {Failed} failed, {Retried} retried in {Elapsed}", Deeds=4212, Failed=0, Retried=1, Elapsed="00:02:56", SourceContext="Lrcso.DeedBatch.ImportJob"))
    pa(185.0, pglog(4811, "LOG", 'automatic vacuum of table "registry.public.deed_import_log": index scans: 0 pages: 0 removed, 2201 remain, 2201 scanned (100.00% of total) tuples: 4212 removed, 118002 remain, 0 are dead but not yet removable'))
    w.noise(0, 190, 14, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="The parcels-db log shows 'deadlock detected', multi-second statements and a replica-lag warning during last night's deed import — are deeds being lost?",
        selector={"namespace": "registry-db", "app": "parcels-db"},
        severity="INFO", category="none", component="parcels-db",
        root_cause="No fault: a single deadlock between two import transactions on parcel_owner was resolved by PostgreSQL and the losing transaction was retried successfully by EF Core; the slow statements, autovacuum/analyze, checkpoints and a transient 38 s replica lag are normal for the nightly bulk import.",
        summary="The nightly import finished with 4212 deeds, 0 failed, 1 retried; replica lag returned to 0.4 s and reads went back to the replica.",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w16
def w16():
    w = Window("w16", "2026-03-13T14:20:00.000Z", boot_days=41.2)
    db = w.src(pod("buero", "invoice-mariadb-0", "mariadb", "nuc-werk-02", "invoice-mariadb"))
    web = w.src(pod("buero", dep_pod("invoice-svc", "a", rs="r12"), "php-fpm", "nuc-werk-01", "invoice-svc"))
    ngx = w.src(pod("buero", dep_pod("invoice-svc", "a", rs="r12"), "nginx", "nuc-werk-01", "invoice-svc"))
    lh = w.src(pod("longhorn-system", "longhorn-manager-%s" % rand_hex("w16lhm", 5).replace("0", "q").replace("1", "t"), "longhorn-manager", "nuc-werk-02", "longhorn-manager"))
    kern = w.src(journal("nuc-werk-02", "kernel"))
    evs = w.src(events("buero"))
    VOL = "pvc-3f6b2d18-9c4e-4a7d-b1e0-72c5d8a9f613"
    R2 = VOL + "-r-5a9e3c71"
    IP = "10.43.201.17"

    lh(3.0, longhorn("warning", "Volume is degraded", volume=VOL, robustness="degraded", healthyReplicas=1, numberOfReplicas=2, node="nuc-werk-02"))
    ngx(5.0, '10.42.0.4 - - [@@clf@@] "GET /rechnungen?monat=2026-03 HTTP/1.1" 200 17902 "https://buero.hartmann-orgelbau.de/" "%s"' % UA[0])
    lh(31.0, longhorn("warning", "Replica rebuilding failed, will retry", volume=VOL, replica=VOL + "-r-0c4d8e22", node="nuc-werk-03", error="failed to sync files: context deadline exceeded"))
    ngx(44.0, '10.42.0.5 - - [@@clf@@] "POST /rechnungen/RE-2026-0341/zahlung HTTP/1.1" 302 0 "https://buero.hartmann-orgelbau.de/rechnungen/RE-2026-0341" "%s"' % UA[1])
    kern(61.20, kernel("nvme nvme0: I/O 417 QID 3 timeout, aborting"))
    kern(61.21, kernel("nvme0n1: I/O Cmd(0x2) @ LBA 390212608, 256 blocks, I/O Error (sct 0x2 / sc 0x81) MORE DNR"), ev=True)
    kern(61.22, kernel("critical medium error, dev nvme0n1, sector 390212608 op 0x0:(READ) flags 0x80700 phys_seg 32 prio class 2"))
    kern(61.9, kernel("nvme0n1: I/O Cmd(0x1) @ LBA 390214912, 64 blocks, I/O Error (sct 0x2 / sc 0x80) DNR"))
    lh(62.4, longhorn("error", "Replica is marked as failed", volume=VOL, replica=R2, node="nuc-werk-02", error="R/W Timeout. No response received in 8s"))
    lh(62.5, longhorn("error", "Volume is faulted: all replicas are failed", volume=VOL, robustness="faulted", state="attached"), ev=True)
    kern(62.9, kernel("blk_update_request: I/O error, dev sdb, sector 1849344 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0"))
    kern(62.91, kernel("EXT4-fs warning (device sdb): ext4_end_bio:343: I/O error 10 writing to inode 262161 starting block 231168)"))
    kern(63.0, kernel("EXT4-fs error (device sdb): ext4_journal_check_start:83: comm mariadbd: Detected aborted journal"))
    kern(63.01, kernel("EXT4-fs (sdb): Remounting filesystem read-only"))
    db(63.2, mariadb("ERROR", "InnoDB: Operating system error number 5 in a file operation."), )
    db(63.21, mariadb("ERROR", "InnoDB: Error number 5 means 'Input/output error'"), ev=True)
    db(63.22, mariadb("ERROR", "InnoDB: File ./ib_logfile0: 'write' returned OS error 105. Cannot continue operation"))
    db(63.3, "260313 14:21:03 [ERROR] mysqld got signal 6 ;")
    web(63.9, "[@@laravel@@] production.ERROR: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (SQL: select * from `invoices` where `month` = 2026-03) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: HY000): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:801)\"}")
    ngx(63.95, '10.42.0.4 - - [@@clf@@] "GET /rechnungen?monat=2026-03 HTTP/1.1" 500 6144 "https://buero.hartmann-orgelbau.de/" "%s"' % UA[0])
    evs(75.0, ev("Normal", "Pulled", "Pod/invoice-mariadb-0", 'Container image "docker.io/library/mariadb:11.2.3" already present on machine'))
    db(75.6, mariadb("Note", "Starting MariaDB 11.2.3-MariaDB-1:11.2.3+maria~ubu2204 source revision 068a6819eb63bcb01fdfa037c9bf3bf63c33ee42 as process 1"))
    db(75.9, mariadb("ERROR", "mariadbd: Can't create/write to file './ddl_recovery.log' (Errcode: 30 \"Read-only file system\")"), ev=True)
    db(75.91, mariadb("ERROR", "DDL_LOG: Failed to create ddl log file: ./ddl_recovery.log"))
    db(75.92, mariadb("ERROR", "Aborting"))
    for k, t in enumerate([80.0, 111.5, 148.0, 201.2]):
        web(t, "[@@laravel@@] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `sessions` where `id` = %s limit 1) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:801)\"}" % rand_hex("w16s%d" % k, 40), ev=(k == 1))
        ngx(t + 0.05, '10.42.0.%d - - [@@clf@@] "GET %s HTTP/1.1" 500 6144 "-" "%s"' % (4 + k % 2, ["/rechnungen", "/", "/rechnungen/RE-2026-0341", "/kunden"][k], UA[k % 4]))
    evs(96.0, ev("Warning", "BackOff", "Pod/invoice-mariadb-0", "Back-off restarting failed container mariadb in pod invoice-mariadb-0_buero(91d2e6a4-0b3f-4c8e-a7d1-5f2e9c0b4a63)"))
    lh(120.0, longhorn("warning", "Cannot auto salvage volume: no data exists", volume=VOL, replicas="[%s %s-r-0c4d8e22]" % (R2, VOL)))
    db(131.4, mariadb("Note", "Starting MariaDB 11.2.3-MariaDB-1:11.2.3+maria~ubu2204 source revision 068a6819eb63bcb01fdfa037c9bf3bf63c33ee42 as process 1"))
    db(131.7, mariadb("ERROR", "mariadbd: Can't create/write to file './ddl_recovery.log' (Errcode: 30 \"Read-only file system\")"))
    db(131.72, mariadb("ERROR", "Aborting"))
    evs(160.0, ev("Warning", "BackOff", "Pod/invoice-mariadb-0", "Back-off restarting failed container mariadb in pod invoice-mariadb-0_buero(91d2e6a4-0b3f-4c8e-a7d1-5f2e9c0b4a63)", count=4))
    lh(180.0, longhorn("warning", "Volume is faulted: all replicas are failed", volume=VOL, robustness="faulted", state="attached"))
    w.noise(0, 210, 10, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="The invoicing app suddenly throws 'Connection refused' to MariaDB and 500s — did the database pod just restart, will it come back?",
        selector={"namespace": "buero", "app": "invoice-svc"},
        severity="CRITICAL", category="storage", component="longhorn",
        root_cause="The Longhorn volume behind invoice-mariadb-0 had been running degraded on a single replica (rebuilds to nuc-werk-03 kept failing); NVMe media errors on nuc-werk-02 then failed that last replica, the volume became faulted, the filesystem was remounted read-only and MariaDB aborted with I/O errors and cannot restart.",
        summary="Invoicing is down: MariaDB crash-loops on a read-only, faulted volume and invoice-svc returns 500 with connection refused; the invoice database is at risk because no healthy replica is left.",
        action="Stop writes, do not delete the volume; salvage from the most recent replica or restore from the last Longhorn backup onto healthy disks, replace the failing NVMe in nuc-werk-02, and alert on degraded Longhorn volumes in future.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w17
def w17():
    w = Window("w17", "2026-05-12T08:00:00.000Z")
    old0 = w.src(pod("rt-ingest", "seedlink-ingest-1", "seedlink-ingest", "talos-w5", "seedlink-ingest"))
    ing0 = w.src(pod("rt-ingest", "seedlink-ingest-0", "seedlink-ingest", "talos-w2", "seedlink-ingest"))
    evs = w.src(events("rt-ingest"))
    flux = w.src(SEI_FLUX)
    mdb = w.src(pod("metadata", "stationdb-0", "mongod", "talos-w6", "stationdb"))

    ing0(2.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=733 stations_connected=70 lag_ms_p99=902"))
    old0(2.5, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=692 stations_connected=70 lag_ms_p99=977"))
    flux(5.0, jdump({"level": "info", "ts": "@@iso@@", "msg": "server-side apply completed", "controller": "kustomization",
                     "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                     "Kustomization": {"name": "rt-ingest", "namespace": "flux-system"}, "namespace": "flux-system", "name": "rt-ingest",
                     "output": {"StatefulSet/rt-ingest/seedlink-ingest": "configured"}, "revision": "main@sha1:0b7e3d9c1a2f4e5d6c7b8a9f0e1d2c3b4a5f6e7d"}))
    evs(6.0, ev("Normal", "Killing", "Pod/seedlink-ingest-1", "Stopping container seedlink-ingest"))
    old0(6.1, rust("INFO", "seedlink_ingest", "received SIGTERM, closing 70 station connections"))
    old0(6.4, rust("WARN", "seedlink_ingest::sink", "flush to archive-writer failed, packets stay in resume state: Broken pipe (os error 32)"))
    old0(6.6, rust("INFO", "seedlink_ingest::state", "saved resume sequence numbers for 70 stations to /state/seqs.json"))
    old0(6.9, rust("INFO", "seedlink_ingest", "shutdown complete"))
    evs(9.0, ev("Normal", "Scheduled", "Pod/seedlink-ingest-1", "Successfully assigned rt-ingest/seedlink-ingest-1 to talos-w5", source="default-scheduler"))
    evs(9.6, ev("Normal", "Pulled", "Pod/seedlink-ingest-1", 'Successfully pulled image "ghcr.io/regseis/seedlink-ingest:2.9.0" in 412ms (412ms including waiting)'))
    evs(9.9, ev("Normal", "Started", "Pod/seedlink-ingest-1", "Started container seedlink-ingest"))
    old0(10.2, rust("INFO", "seedlink_ingest", "seedlink-ingest 2.9.0 starting shard=1/2"))
    old0(10.5, rust("INFO", "seedlink_ingest::inventory", "loading station inventory from mongodb://stationdb.metadata.svc:27017"))
    mdb(10.6, jdump({"t": {"$date": "@@isooff@@"}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener", "msg": "Connection accepted",
                     "attr": {"remote": "10.244.5.71:50122", "uuid": {"uuid": {"$uuid": uuid_of("w17conn")}}, "connectionId": 8812, "connectionCount": 41}}))
    for k, t in enumerate([16.0, 26.0, 36.0]):
        evs(t, ev("Warning", "Unhealthy", "Pod/seedlink-ingest-1", "Startup probe failed: HTTP probe failed with statuscode: 503", count=k + 1 if k else None))
    old0(31.0, rust("INFO", "seedlink_ingest::inventory", "inventory progress stations=52/70 channels=301"))
    old0(44.8, rust("INFO", "seedlink_ingest::inventory", "inventory loaded stations=70 channels=412 responses=412 elapsed=34.3s"))
    stations = ["RS.HOHNE", "RS.WALD", "RS.KLEIN", "RS.MOOS", "RS.FELD3", "RS.STEIN"]
    for k, st in enumerate(stations):
        t = 45.5 + k * 0.4
        if k in (1, 4):
            old0(t, rust("WARN", "seedlink_ingest::station", "connect failed station=%s error=\"Connection reset by peer (os error 104)\" retry_in=2s" % st))
            old0(t + 2.1, rust("INFO", "seedlink_ingest::station", "station connected station=%s resume_seq=%06X gap_packets=0" % (st, 0x51A2C0 + k * 733)))
        else:
            old0(t, rust("INFO", "seedlink_ingest::station", "station connected station=%s resume_seq=%06X gap_packets=0" % (st, 0x51A2C0 + k * 733)))
    old0(48.0, rust("INFO", "seedlink_ingest", "ready: 70/70 stations connected"))
    old0(60.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=1104 stations_connected=70 lag_ms_p99=4120 backfill=true"))
    ing0(62.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=731 stations_connected=70 lag_ms_p99=911"))
    evs(70.0, ev("Normal", "Killing", "Pod/seedlink-ingest-0", "Stopping container seedlink-ingest"))
    ing0(70.1, rust("INFO", "seedlink_ingest", "received SIGTERM, closing 70 station connections"))
    ing0(70.3, rust("INFO", "seedlink_ingest::state", "saved resume sequence numbers for 70 stations to /state/seqs.json"))
    ing0(70.5, rust("INFO", "seedlink_ingest", "shutdown complete"))
    ing0(74.0, rust("INFO", "seedlink_ingest", "seedlink-ingest 2.9.0 starting shard=0/2"))
    evs(80.0, ev("Warning", "Unhealthy", "Pod/seedlink-ingest-0", "Startup probe failed: HTTP probe failed with statuscode: 503"))
    ing0(108.3, rust("INFO", "seedlink_ingest::inventory", "inventory loaded stations=70 channels=408 responses=408 elapsed=33.9s"))
    ing0(110.5, rust("WARN", "seedlink_ingest::station", "connect failed station=CH.DAVOX error=\"Broken pipe (os error 32)\" retry_in=2s"))
    ing0(112.7, rust("INFO", "seedlink_ingest::station", "station connected station=CH.DAVOX resume_seq=0C11F4 gap_packets=0"))
    ing0(113.0, rust("INFO", "seedlink_ingest", "ready: 70/70 stations connected"))
    old0(120.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=695 stations_connected=70 lag_ms_p99=980 backfill=false"))
    ing0(130.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=1096 stations_connected=70 lag_ms_p99=3870 backfill=true"))
    ing0(190.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=734 stations_connected=70 lag_ms_p99=905 backfill=false"))
    w.noise(0, 195, 11, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="The seedlink-ingest rollout produced broken pipes, connection resets and failing startup probes — did we lose waveform data from the stations?",
        selector={"namespace": "rt-ingest", "app": "seedlink-ingest"},
        severity="INFO", category="none", component="seedlink-ingest",
        root_cause="No fault: Flux rolled the seedlink-ingest StatefulSet to 2.9.0; each shard saved its resume sequence numbers, the startup probe failed as designed while the 34 s inventory load ran, and the few resets/broken pipes were stations still closing the old session, which reconnected on retry.",
        summary="Both shards are back with 70/70 stations each, resumed with gap_packets=0 and backfilled; lag returned to under 1 s.",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w18
def w18():
    w = Window("w18", "2026-04-15T02:05:00.000Z")
    A = "parcels-db-instance1-p9m4-0"
    pa = w.src(pod("registry-db", A, "database", "wrk-04.ocp.lrcso.internal", "parcels-db"))
    bj = w.src(pod("land-registry", job_pod("deed-batch-import", 29606400), "deed-batch-import", "wrk-05.ocp.lrcso.internal", "deed-batch-import"))
    SC = "Lrcso.DeedBatch.ImportJob"

    def deadlock(t, p1, p2, tx, rel, stmt, ev_=False):
        pa(t, pglog(p1, "ERROR", "deadlock detected"), ev=ev_)
        pa(t + 0.001, pglog(p1, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d. Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, tx + 1, p2, p2, tx, p1)), ev=ev_)
        pa(t + 0.002, pglog(p1, "CONTEXT", 'while updating tuple (%d,%d) in relation "%s"' % (900 + tx % 700, tx % 13, rel)))
        pa(t + 0.003, pglog(p1, "STATEMENT", stmt))

    S1 = "UPDATE parcel_owner SET share_numerator = $1, share_denominator = $2, valid_from = $3 WHERE parcel_id = $4 AND owner_id = $5"
    S2 = "UPDATE parcel_encumbrance SET released_at = $1 WHERE parcel_id = $2 AND entry_no = $3"
    bj(1.0, clef("Information", "Nightly deed import started: {Files} files, {Deeds} deeds", Files=41, Deeds=4388, SourceContext=SC))
    bj(1.2, clef("Information", "Import parallelism {Workers} (was {Previous})", Workers=8, Previous=2, SourceContext=SC), ev=True)
    rows = [(12.0, 6112, 6118, 9120040, "parcel_owner", S1), (19.5, 6121, 6112, 9120311, "parcel_encumbrance", S2),
            (27.3, 6118, 6125, 9120587, "parcel_owner", S1), (33.8, 6125, 6130, 9120799, "parcel_encumbrance", S2),
            (41.2, 6112, 6130, 9121004, "parcel_owner", S1), (55.0, 6133, 6121, 9121390, "parcel_owner", S1),
            (68.4, 6118, 6133, 9121702, "parcel_encumbrance", S2), (90.1, 6130, 6112, 9122215, "parcel_owner", S1)]
    deeds = [51877, 51912, 51960, 52004, 52041, 52108, 52177, 52290]
    for k, (t, p1, p2, tx, rel, stmt) in enumerate(rows):
        deadlock(t, p1, p2, tx, rel, stmt, ev_=(k == 0))
        bj(t + 0.02, clef("Error", "Deed {DeedId} rejected: {Error}", DeedId="D-2026-%06d" % deeds[k],
                          Error="Npgsql.PostgresException (0x80004005): 40P01: deadlock detected", SourceContext=SC), ev=(k == 0))
    for k, t in enumerate([30.0, 62.0, 95.0]):
        bj(t, clef("Warning", "Imported file {File}: {Deeds} deeds, {Failed} failed", File="notary-batch-2026-04-14-%02d.xml" % (k + 3),
                   Deeds=104 + k * 9, Failed=9 + k * 4, SourceContext=SC))
    pa(47.0, pglog(6140, "LOG", "duration: 3120.044 ms  statement: UPDATE parcel_owner SET share_numerator = $1, share_denominator = $2, valid_from = $3 WHERE parcel_id = $4 AND owner_id = $5"))
    pa(74.0, pglog(5011, "LOG", 'automatic vacuum of table "registry.public.parcel_owner": index scans: 1 pages: 0 removed, 184502 remain, 13320 scanned (7.22% of total) tuples: 90113 removed, 2103320 remain, 0 are dead but not yet removable'))
    pa(80.0, pglog(88, "LOG", "checkpoint starting: wal"))
    bj(170.0, clef("Error", "Nightly deed import finished: {Deeds} deeds, {Failed} failed, {Retried} retried in {Elapsed}", Deeds=4388, Failed=311, Retried=0,
                   Elapsed="00:02:49", SourceContext=SC), ev=True)
    bj(170.2, clef("Warning", "{Failed} deeds written to dead-letter table deed_import_rejected for manual re-submission", Failed=311, SourceContext=SC))
    w.noise(0, 175, 13, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Last night's deed batch import reports 311 failed deeds — the database log has deadlocks like most nights, is that related or is something else wrong?",
        selector={"namespace": "land-registry", "app": "deed-batch-import"},
        severity="ERROR", category="database", component="parcels-db",
        root_cause="Since the import parallelism was raised from 2 to 8 workers, concurrent transactions update parcel_owner and parcel_encumbrance rows in opposite orders and deadlock repeatedly on parcels-db; the batch import path does not retry 40P01, so every deadlock victim deed is rejected.",
        summary="311 of 4388 deeds were rejected by the nightly import because of deadlocks (0 retried) and sit in deed_import_rejected; other database traffic is unaffected.",
        action="Re-submit the rejected deeds, enable the EF Core retry strategy for the batch path (or order row updates consistently per parcel), and go back to 2 workers until that is fixed.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w19
def w19():
    w = Window("w19", "2026-03-17T07:30:00.000Z")
    wk1 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "a", rs="r33"), "worker", "nuc-werk-01", "tuning-scheduler"))
    wk2 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "b", rs="r33"), "worker", "nuc-werk-03", "tuning-scheduler"))
    CAL = ["stimmer.%s@hartmann-orgelbau.de" % n for n in ("jansen", "koehler", "meyer", "roth")]
    ERR = ('<HttpError 429 when requesting https://www.googleapis.com/calendar/v3/calendars/%s/events?alt=json returned "Rate Limit Exceeded". '
           "Details: \"[{'domain': 'usageLimits', 'reason': 'rateLimitExceeded', 'message': 'Rate Limit Exceeded'}]\">")

    wk1(1.0, celery("INFO", "MainProcess", "Task stimmung.tasks.publish_plan[%s] received" % uuid_of("w19plan")))
    wk1(1.5, celery("INFO", "ForkPoolWorker-1", "Publishing tuning plan KW12-KW16: 612 visits for 14 tuners"))
    wk1(3.0, celery("INFO", "ForkPoolWorker-1", "Task stimmung.tasks.publish_plan[%s] succeeded in 1.98s: {'queued': 612}" % uuid_of("w19plan")))
    n = 0
    for k in range(6):
        t = 4.0 + k * 2.2
        tid = uuid_of("w19ok%d" % k)
        src = wk1 if k % 2 else wk2
        src(t, celery("INFO", "MainProcess", "Task stimmung.tasks.push_event[%s] received" % tid))
        src(t + 0.4, celery("INFO", "ForkPoolWorker-%d" % (1 + k % 4), "Task stimmung.tasks.push_event[%s] succeeded in 0.38s: {'event': 'created'}" % tid))
    for k in range(14):
        t = 19.0 + k * 9.7
        tid = uuid_of("w19rl%d" % k)
        src = wk2 if k % 2 else wk1
        delay = [2, 4, 8, 16, 32, 64][min(k // 3, 5)]
        src(t, celery("INFO", "ForkPoolWorker-%d" % (1 + k % 4), "Task stimmung.tasks.push_event[%s] retry: Retry in %ds: %s" % (tid, delay, ERR % CAL[k % 4])), ev=(k in (0, 9)))
    wk1(70.0, celery("WARNING", "ForkPoolWorker-2", "Calendar API throttled: 128 requests in the last 60s for project stimmplan-prod, backing off"), ev=True)
    for k in range(7):
        t = 160.0 + k * 6.1
        tid = uuid_of("w19ok2%d" % k)
        src = wk1 if k % 2 else wk2
        src(t, celery("INFO", "ForkPoolWorker-%d" % (1 + k % 4), "Task stimmung.tasks.push_event[%s] succeeded in 0.%02ds: {'event': '%s'}" % (tid, 31 + k * 3, "updated" if k % 3 else "created")))
    wk2(215.0, celery("INFO", "ForkPoolWorker-3", "Task stimmung.tasks.verify_plan_sync[%s] succeeded in 4.12s: {'visits': 612, 'in_calendar': 612, 'missing': 0}" % uuid_of("w19verify")))
    w.noise(0, 220, 12, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="tuning-scheduler threw a wall of HttpError 429 while pushing the new tuning plan to the tuners' Google calendars — did the plan get through?",
        selector={"namespace": "werkstatt", "app": "tuning-scheduler"},
        severity="WARN", category="rate_limited", component="tuning-scheduler",
        root_cause="Publishing 612 visits at once made tuning-scheduler exceed the Google Calendar API per-minute quota (429 rateLimitExceeded); Celery retried the push_event tasks with exponential backoff until the quota window reset.",
        summary="Calendar sync was throttled for about three minutes and delayed; all 612 visits ended up in the calendars (missing: 0).",
        action="Optional: rate-limit push_event (Celery rate_limit or a batch request) so large plan publications stay under the Calendar API quota.",
        tags=[])


# --------------------------------------------------------------------------- w20
def w20():
    w = Window("w20", "2026-05-19T04:30:00.000Z", boot_days=63.0)
    ing0 = w.src(pod("rt-ingest", "seedlink-ingest-0", "seedlink-ingest", "talos-w2", "seedlink-ingest"))
    ing1 = w.src(pod("rt-ingest", "seedlink-ingest-1", "seedlink-ingest", "talos-w3", "seedlink-ingest"))
    km = w.src(journal("talos-w3", "kernel"))
    evd = w.src(events("default"))
    evs = w.src(events("rt-ingest"))
    el = w.src(pod("rt-processing", dep_pod("event-locator", "a", rs="r4.2.1"), "event-locator", "talos-w1", "event-locator"))
    soh = w.src(SEI_SOH)

    ing0(3.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=729 stations_connected=70 lag_ms_p99=921"))
    ing1(4.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=690 stations_connected=70 lag_ms_p99=990"))
    km(31.0, talos_kmsg("warning", "mce: [Hardware Error]: Machine check events logged", 88120))
    km(31.01, talos_kmsg("err", "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x4a1f2 offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:0 bg:1 ba:2 row:0x1a2f col:0x3f8)", 88121))
    ing1(33.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=688 stations_connected=70 lag_ms_p99=1001"))
    km(61.5, talos_kmsg("emerg", "mce: [Hardware Error]: CPU 17: Machine Check Exception: 5 Bank 13: be00000000800400", 88127), ev=True)
    km(61.51, talos_kmsg("emerg", "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8f2a1c10> {native_queued_spin_lock_slowpath+0x150/0x2e0}", 88128))
    km(61.52, talos_kmsg("emerg", "mce: [Hardware Error]: TSC 2a8b1f03e4c12 ADDR 4a1f2000 MISC 200000c020001086 ", 88129))
    km(61.53, talos_kmsg("emerg", "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x4a1f2 offset:0x0 grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:0)", 88130), ev=True)
    km(61.54, talos_kmsg("emerg", "Kernel panic - not syncing: Fatal machine check", 88131), ev=True)
    ing0(63.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=731 stations_connected=70 lag_ms_p99=915"))
    el(95.0, structlog("warning", "station coverage dropped", active_stations=70, expected=140, missing_sample=["RS.WALD", "RS.KLEIN", "RS.MOOS", "RS.TAL1"]))
    soh(99.0, "@@dt@@ WARNING soh: RS.WALD HHZ latency=38.0s gaps=1 clock_quality=100% mass_pos=+0.4V")
    soh(100.0, "@@dt@@ WARNING soh: RS.KLEIN HHZ latency=39.1s gaps=1 clock_quality=100% mass_pos=-0.3V")
    evd(103.0, ev("Normal", "NodeNotReady", "Node/talos-w3", "Node talos-w3 status is now: NodeNotReady", source="node-controller"), ev=True)
    evs(103.2, ev("Warning", "NodeNotReady", "Pod/seedlink-ingest-1", "Node is not ready", source="node-controller"))
    ing0(123.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=730 stations_connected=70 lag_ms_p99=909"))
    el(155.0, structlog("error", "event detection degraded", active_stations=70, expected=140, min_stations_for_alert=8, region_gaps=["Schwarzwald-Nord", "Baar"]))
    ing0(183.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=733 stations_connected=70 lag_ms_p99=912"))
    soh(220.0, "@@dt@@ WARNING soh: RS.MOOS HHZ latency=159.2s gaps=1 clock_quality=100% mass_pos=+0.1V")
    ing0(243.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=728 stations_connected=70 lag_ms_p99=918"))
    ing0(303.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=732 stations_connected=70 lag_ms_p99=905"))
    evs(404.0, ev("Normal", "TaintManagerEviction", "Pod/seedlink-ingest-1", "Marking for deletion Pod rt-ingest/seedlink-ingest-1", source="taint-eviction-controller"), ev=True)
    el(410.0, structlog("error", "event detection degraded", active_stations=70, expected=140, min_stations_for_alert=8, region_gaps=["Schwarzwald-Nord", "Baar"]))
    ing0(423.0, rust("INFO", "seedlink_ingest::stats", "packets_per_sec=731 stations_connected=70 lag_ms_p99=911"))
    soh(470.0, "@@dt@@ WARNING soh: RS.TAL1 HHZ latency=408.7s gaps=1 clock_quality=100% mass_pos=-0.6V")
    w.noise(0, 480, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="Half the stations stopped delivering around 04:31 and seedlink-ingest-1 has been stuck in Terminating since — is the ingest shard crashing?",
        selector={"namespace": "rt-ingest", "app": "seedlink-ingest"},
        severity="CRITICAL", category="node_failure", component="talos-w3",
        root_cause="talos-w3 suffered an uncorrectable memory error (machine check, EDAC UE on DIMM#0 channel 1) and the kernel panicked; the node went NotReady and seedlink-ingest-1 (StatefulSet, pinned identity) cannot be replaced while the node is unreachable, so its 70 stations are not ingested.",
        summary="Half of the network (shard 1, 70 stations) has been offline for 8 minutes; event detection runs with half coverage in two regions. seedlink-ingest itself has no software error.",
        action="Power-cycle or fence talos-w3 and replace the failing DIMM; if it stays down, confirm the node is off and force-delete seedlink-ingest-1 so the StatefulSet recreates it on another node.",
        tags=["outside-selector", "nested-cause"])


RECORDS = [w11, w12, w13, w14, w15, w16, w17, w18, w19, w20]
