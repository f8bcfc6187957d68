"""dev59 part 4: w31..w40."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- w31
def w31():
    w = Window("w31", "2026-03-04T09:15:00.000Z")
    cw1 = w.src(pod("werkstatt", dep_pod("commissions-web", "a", rs="r745"), "commissions-web", "nuc-werk-01", "commissions-web"))
    cw2 = w.src(pod("werkstatt", dep_pod("commissions-web", "b", rs="r745"), "commissions-web", "nuc-werk-03", "commissions-web"))
    POOLERR = ("ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds "
               "(waited 5.00%d seconds); all pooled connections were in use)")
    paths = ["/auftraege", "/orgeln/412/disposition", "/stimmplan?woche=10", "/kunden/88", "/auftraege/2026-009",
             "/orgeln/97/pfeifenliste", "/angebote/2026-021", "/auftraege/2026-011/zeiten"]
    for k, t in enumerate([2.0, 7.5, 13.0]):
        rails_req(cw1 if k % 2 else cw2, t, paths[k], 200, 31 + k * 9, seed="w31a")
    rid = uuid_of("w31export")
    cw1(18.0, rails("INFO", rid, 'Started GET "/exporte/pfeifenlisten.csv?alle=1" for 10.42.0.4 at @@rubyat@@'), ev=True)
    cw1(18.05, rails("INFO", rid, "Processing by ExporteController#pfeifenlisten as CSV"))
    cw1(18.1, rails("INFO", rid, "  Parameters: {\"alle\"=>\"1\"}"))
    cw1(18.3, rails("INFO", rid, "Pfeifenlisten-Export: 412 Orgeln, parallel in 8 Threads (Parallel.each in_threads: 8)"), ev=True)
    errs = [(24.1, cw1, "/auftraege"), (26.0, cw1, "/stimmplan?woche=10"), (29.4, cw1, "/orgeln/412/disposition"),
            (33.8, cw1, "/kunden/88"), (41.2, cw1, "/auftraege/2026-009"), (48.9, cw1, "/angebote/2026-021"),
            (57.3, cw1, "/auftraege"), (66.0, cw1, "/stimmplan?woche=11")]
    for k, (t, src, path) in enumerate(errs):
        r = uuid_of("w31err%d" % k)
        src(t - 5.0, rails("INFO", r, 'Started GET "%s" for 10.42.0.%d at @@rubyat@@' % (path, 4 + k % 2)))
        src(t, rails("FATAL", r, POOLERR % (1 + k % 8)), ev=(k == 0))
        src(t + 0.01, rails("INFO", r, "Completed 500 Internal Server Error in %dms (ActiveRecord: 0.0ms | Allocations: 1%03d)" % (5003 + k, 200 + k * 7)))
    for k, t in enumerate([30.0, 52.0]):
        rails_req(cw2, t, paths[(k + 4) % len(paths)], 200, 28 + k * 5, seed="w31b")
    cw1(88.9, rails("INFO", rid, "Completed 200 OK in 70841ms (ActiveRecord: 66120.4ms | Allocations: 48211098)"), ev=True)
    for k, t in enumerate([95.0, 104.0, 117.5, 131.0, 148.0, 162.0]):
        rails_req(cw1 if k % 2 else cw2, t, paths[(k + 2) % len(paths)], 200, 26 + k * 11, seed="w31c")
    w.noise(0, 170, 12, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="For about a minute this morning the orders portal threw 500s with 'could not obtain a connection from the pool' — is the Postgres server overloaded?",
        selector={"namespace": "werkstatt", "app": "commissions-web"},
        severity="WARN", category="resource_exhausted", component="commissions-web",
        root_cause="A full pipe-list export (/exporte/pfeifenlisten.csv?alle=1) ran in 8 threads inside one Puma worker whose ActiveRecord pool holds only 5 connections; the export took all of them for ~70 s, so other requests on that pod timed out waiting for a connection (ConnectionTimeoutError). Postgres itself was not the bottleneck.",
        summary="Requests served by one commissions-web pod failed with 500 for about a minute while the export ran; the other pod kept serving, and everything recovered when the export finished.",
        action="Run the export as a background job or cap its threads below the pool size (or raise the AR pool for that process); no database change needed.",
        tags=["quiet-cause"])


# --------------------------------------------------------------------------- w32
def w32():
    w = Window("w32", "2026-04-16T19:40:00.000Z")
    BN = "lrcso-ocp-batch-7k2xq.ocp.lrcso.internal"
    ca = w.src(pod("openshift-machine-api", dep_pod("cluster-autoscaler-default", "a"), "cluster-autoscaler", "infra-03.ocp.lrcso.internal", "cluster-autoscaler"))
    evd = w.src(events("default"))
    evr = w.src(events("rabbitmq"))
    rq2 = w.src(pod("rabbitmq", "notifications-rabbitmq-server-2", "rabbitmq", BN, "notifications-rabbitmq"))
    rq0 = w.src(pod("rabbitmq", "notifications-rabbitmq-server-0", "rabbitmq", "wrk-02.ocp.lrcso.internal", "notifications-rabbitmq"))
    ns1 = w.src(pod("land-registry", dep_pod("notification-svc", "a", rs="r2.4.1"), "notification-svc", "wrk-05.ocp.lrcso.internal", "notification-svc"))
    ns2 = w.src(pod("land-registry", dep_pod("notification-svc", "b", rs="r2.4.1"), "notification-svc", "wrk-03.ocp.lrcso.internal", "notification-svc"))
    R2 = "rabbit@notifications-rabbitmq-server-2.notifications-rabbitmq-nodes.rabbitmq"

    def sent(src, t, deed):
        src(t, "@@dt@@ INFO notify.consumer: deed-registered %s -> email sent to notary and 2 owners (queue=notify.deed-registered)" % deed)

    sent(ns1, 2.0, "D-2026-061202")
    sent(ns2, 9.0, "D-2026-061203")
    ca(11.0, klog("I", 1, "scale_down.go:922", "Scale-down: removing node %s, utilization: {0.18 0.21 0 memory 0.21}, pods to reschedule: rabbitmq/notifications-rabbitmq-server-2" % BN))
    evd(11.5, ev("Normal", "ScaleDown", "Node/" + BN, "marked the node as toBeDeleted/unschedulable", source="cluster-autoscaler"))
    evr(12.0, ev("Normal", "ScaleDown", "Pod/notifications-rabbitmq-server-2", "deleting pod for node scale down", source="cluster-autoscaler"))
    rq2(12.2, "@@rmq@@ [info] <0.21044.0> RabbitMQ is asked to stop...")
    rq2(12.9, "@@rmq@@ [info] <0.21044.0> Stopping RabbitMQ applications and their dependencies in the following order:")
    ns1(13.1, "@@dt@@ ERROR pika.adapters.utils.io_services_utils: _AsyncBaseTransport._produce() failed, aborting connection: error=ConnectionResetError(104, 'Connection reset by peer'); sock=<socket.socket fd=7, family=2, type=1, proto=6, laddr=('10.130.2.71', 48812)>; Caller's stack:")
    ns1(13.2, "@@dt@@ ERROR pika.adapters.blocking_connection: Unexpected connection close detected: StreamLostError: (\"Stream connection lost: ConnectionResetError(104, 'Connection reset by peer')\",)")
    ns1(13.3, "@@dt@@ WARNING notify.consumer: connection to amqp://notifications-rabbitmq.rabbitmq.svc:5672 lost, reconnecting in 2s")
    rq0(13.5, "@@rmq@@ [info] <0.1207.0> rabbit on node '%s' down" % R2)
    rq0(13.7, "@@rmq@@ [info] <0.1390.0> queue 'notify.deed-registered' in vhost '/': leader -> 'rabbit@notifications-rabbitmq-server-0.notifications-rabbitmq-nodes.rabbitmq' in term: 9 machine version: 3")
    rq2(14.8, "@@rmq@@ [info] <0.21044.0> Successfully stopped RabbitMQ and its dependencies")
    ns1(15.4, "@@dt@@ INFO notify.consumer: connected to amqp://notifications-rabbitmq.rabbitmq.svc:5672 (node rabbit@notifications-rabbitmq-server-0), consuming notify.deed-registered")
    sent(ns1, 16.0, "D-2026-061204")
    evd(21.0, ev("Normal", "NodeNotSchedulable", "Node/" + BN, "Node %s status is now: NodeNotSchedulable" % BN))
    evr(24.0, ev("Normal", "Scheduled", "Pod/notifications-rabbitmq-server-2", "Successfully assigned rabbitmq/notifications-rabbitmq-server-2 to wrk-06.ocp.lrcso.internal", source="default-scheduler"))
    sent(ns2, 30.0, "D-2026-061205")
    evr(44.0, ev("Warning", "Unhealthy", "Pod/notifications-rabbitmq-server-2", "Readiness probe failed: dial tcp 10.131.6.41:5672: connect: connection refused"))
    ca(58.0, klog("I", 1, "delete.go:103", "Successfully added ToBeDeletedTaint on node %s" % BN))
    evd(63.0, ev("Normal", "NodeNotReady", "Node/" + BN, "Node %s status is now: NodeNotReady" % BN, source="node-controller"))
    evd(90.0, ev("Normal", "RemovingNode", "Node/" + BN, "Node %s event: Removing Node %s from Controller" % (BN, BN), source="node-controller"))
    ca(91.0, klog("I", 1, "scale_down.go:1143", "Successfully deleted node %s from MachineSet lrcso-ocp-batch" % BN))
    rq0(96.0, "@@rmq@@ [info] <0.1207.0> rabbit on node 'rabbit@notifications-rabbitmq-server-2.notifications-rabbitmq-nodes.rabbitmq' up")
    for k, t in enumerate([70.0, 102.0, 131.0, 160.0]):
        sent(ns2 if k % 2 else ns1, t, "D-2026-06120%d" % (6 + k))
    ns2(170.0, "@@dt@@ INFO notify.stats: last 5m: 23 messages consumed, 23 acked, 0 redelivered to DLQ, queue depth 0")
    w.noise(0, 175, 11, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="notification-svc logged 'Connection reset by peer' and 'Stream connection lost' from RabbitMQ this evening, and a node vanished from the cluster — are deed-registered emails being dropped?",
        selector={"namespace": "land-registry", "app": "notification-svc"},
        severity="INFO", category="none", component="notification-svc",
        root_cause="No fault: the cluster autoscaler scaled down an under-used batch node; the RabbitMQ member notifications-rabbitmq-server-2 on it was stopped cleanly and rescheduled, the quorum queue leader moved, and notification-svc's connection to that member was reset and reconnected within 2 s.",
        summary="Planned autoscaler scale-down; all deed-registered messages were consumed and acked (queue depth 0, nothing dead-lettered), the RabbitMQ member rejoined on wrk-06.",
        action="Nothing to do. Optionally keep RabbitMQ off autoscaled batch nodes with a node affinity.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w33
def w33():
    w = Window("w33", "2026-06-04T07:30:00.000Z")
    m0 = w.src(pod("metadata", "stationdb-0", "mongod", "talos-w6", "stationdb"))
    m1 = w.src(pod("metadata", "stationdb-1", "mongod", "talos-w3", "stationdb"))
    op = w.src(pod("metadata", dep_pod("mongodb-kubernetes-operator", "a"), "mongodb-kubernetes-operator", "talos-w2", "mongodb-kubernetes-operator"))
    sr = w.src(pod("metadata", dep_pod("station-registry", "a", rs="r0.9.4"), "station-registry", "talos-w5", "station-registry"))
    evs = w.src(events("metadata"))

    def mongo(src, s, c, id_, ctx, msg, **attr):
        d = {"t": {"$date": "@@isooff@@"}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
        if attr:
            d["attr"] = attr
        src_line = jdump(d)
        return src_line

    def win(level, msg, **kv):
        d = {"level": level, "message": msg}
        d.update(kv)
        d["timestamp"] = "@@iso@@"
        return jdump(d)

    sr(2.0, win("info", "PUT /stations/RS.ROTH/channels/HHZ 200", durationMs=38))
    op(4.0, jdump({"level": "INFO", "ts": "@@iso@@", "msg": "Updating MongoDB version 7.0.11 -> 7.0.12, performing rolling restart", "ReplicaSet": "metadata/stationdb"}))
    evs(6.0, ev("Normal", "Killing", "Pod/stationdb-2", "Stopping container mongod"))
    op(40.0, jdump({"level": "INFO", "ts": "@@iso@@", "msg": "Secondary stationdb-2 is back in the replica set, stepping down primary stationdb-0", "ReplicaSet": "metadata/stationdb"}))
    m0(41.0, mongo(m0, "I", "COMMAND", 21339, "conn1207", "Attempting to step down in response to replSetStepDown command"))
    m0(41.3, mongo(m0, "I", "REPL", 21358, "RstlKillOpThread", "Replica set state transition", newState="SECONDARY", oldState="PRIMARY"))
    sr(41.4, win("warn", "MongoServerError: not primary (code 10107 NotWritablePrimary) on update stations.channels, retrying (retryWrites)", station="RS.WALD"))
    m1(41.9, mongo(m1, "I", "ELECTION", 21450, "ReplCoord-3", "Election succeeded, assuming primary role", term=19))
    m1(42.2, mongo(m1, "I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted"))
    sr(42.3, win("info", "PUT /stations/RS.WALD/channels/HHN 200", durationMs=1412, retries=1))
    evs(44.0, ev("Normal", "Killing", "Pod/stationdb-0", "Stopping container mongod"))
    m0(44.1, mongo(m0, "I", "CONTROL", 23377, "SignalHandler", "Received signal", signal=15, error="Terminated"))
    m0(44.9, mongo(m0, "I", "CONTROL", 20565, "SignalHandler", "Now exiting"))
    for k, t in enumerate([46.0, 56.5, 67.0]):
        sr(t, win("warn", "topology: heartbeat to stationdb-0.stationdb-svc.metadata.svc.cluster.local:27017 failed", error="MongoNetworkError: connect ECONNREFUSED 10.244.6.41:27017", attempt=k + 1))
    sr(50.0, win("info", "PUT /stations/RS.KLEIN/channels/HHZ 200", durationMs=44))
    evs(60.0, ev("Normal", "Started", "Pod/stationdb-0", "Started container mongod"))
    m0(63.0, mongo(m0, "I", "CONTROL", 4615611, "initandlisten", "MongoDB starting", pid=1, port=27017, dbPath="/data", architecture="64-bit", host="stationdb-0"))
    evs(70.0, ev("Warning", "Unhealthy", "Pod/stationdb-0", "Readiness probe failed: panic: open /var/log/mongodb-mms-automation/agent-health-status.json: no such file or directory"))
    m0(74.0, mongo(m0, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", newState="SECONDARY", oldState="STARTUP2"))
    sr(75.0, win("info", "topology: server stationdb-0.stationdb-svc.metadata.svc.cluster.local:27017 is RSSecondary"))
    op(90.0, jdump({"level": "INFO", "ts": "@@iso@@", "msg": "MongoDB Replica Set stationdb reached desired state, version 7.0.12", "ReplicaSet": "metadata/stationdb"}))
    for k, t in enumerate([96.0, 120.0, 151.0]):
        sr(t, win("info", "PUT /stations/%s/channels/HH%s 200" % (["RS.MOOS", "RS.TAL1", "RS.GIPF"][k], "ZNE"[k]), durationMs=36 + k * 5))
    sr(155.0, win("info", "station sync batch complete", updated=17, failed=0))
    w.noise(0, 160, 12, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="station-registry logged ECONNREFUSED and 'not primary' errors against MongoDB during this morning's maintenance — did any station metadata updates fail?",
        selector={"namespace": "metadata", "app": "station-registry"},
        severity="INFO", category="none", component="station-registry",
        root_cause="No fault: the MongoDB operator upgraded stationdb to 7.0.12 with a rolling restart and stepped the primary down; one write hit the old primary, got NotWritablePrimary and succeeded on retry against the new primary, and the ECONNREFUSED lines are heartbeats to the member while it restarted.",
        summary="Planned MongoDB rolling upgrade; the only affected write took 1.4 s with one retry, the replica set reached its desired state, and the sync batch finished with 0 failed.",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w34
def w34():
    w = Window("w34", "2026-03-26T08:05:00.000Z")
    pa = dep_pod("voicing-archive", "d", rs="r0.20.0")
    pb = dep_pod("voicing-archive", "e", rs="r0.20.0")
    va = w.src(pod("archiv", pa, "voicing-archive", "nuc-werk-01", "voicing-archive"))
    vb = w.src(pod("archiv", pb, "voicing-archive", "nuc-werk-02", "voicing-archive"))
    evs = w.src(events("archiv"))
    tr = w.src(pod("kube-system", dep_pod("traefik", "a", rs="r25"), "traefik", "nuc-werk-01", "traefik"))
    ROUTER = "archiv-voicing-archive-archiv-hartmann-orgelbau-de@kubernetes"
    BAD = "st-marien-kirchdorf/2026-03-25/mixtur-4f.wav"
    STACK = ("TypeError: Cannot read properties of undefined (reading 'sampleRate')\n"
             "    at parseFmtChunk (/app/dist/wav/header.js:88:31)\n"
             "    at readWavHeader (/app/dist/wav/header.js:41:12)\n"
             "    at indexRecording (/app/dist/index/builder.js:142:19)\n"
             "    at async buildIndex (/app/dist/index/builder.js:61:7)\n"
             "    at async main (/app/dist/server.js:33:3)")

    def boot(src, host, t, first_ev=False, count=None):
        src(t, pino("info", host, "voicing-archive 0.20.0 starting", node="v20.11.1"))
        src(t + 0.3, pino("info", host, "building recording index"))
        src(t + 9.8, pino("info", host, "index progress", indexed=4630, total=4655))
        src(t + 9.81, pino("fatal", host, "uncaught exception, exiting", file=BAD,
                           err={"type": "TypeError", "message": "Cannot read properties of undefined (reading 'sampleRate')", "stack": STACK}), ev=first_ev)

    boot(va, pa, 1.0, first_ev=True)
    boot(vb, pb, 3.5, first_ev=True)
    evs(12.0, ev("Warning", "BackOff", "Pod/" + pa, "Back-off restarting failed container voicing-archive in pod %s_archiv(3e1d0c9b-8a7f-4e6d-9c5b-4a3f2e1d0c9b)" % pa))
    for k, t in enumerate([14.0, 31.0, 58.0, 97.0, 160.0, 231.0]):
        p = ["/aufnahmen/st-marien-kirchdorf/prinzipal-8", "/api/aufnahmen?orgel=412", "/", "/aufnahmen/heilig-kreuz/trompete-8",
             "/api/aufnahmen?orgel=97", "/aufnahmen/klosterkirche-wendhusen/vox-humana-8"][k]
        tr(t, traefik_clf("10.42.0.1", "GET", p, 503, 19, UA[k % 4], 60120 + k * 13, ROUTER, "-", 0))
    boot(va, pa, 24.0)
    boot(vb, pb, 27.5)
    evs(38.0, ev("Warning", "BackOff", "Pod/" + pb, "Back-off restarting failed container voicing-archive in pod %s_archiv(7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d)" % pb, count=3))
    boot(va, pa, 66.0)
    boot(vb, pb, 72.0)
    evs(90.0, ev("Warning", "BackOff", "Pod/" + pa, "Back-off restarting failed container voicing-archive in pod %s_archiv(3e1d0c9b-8a7f-4e6d-9c5b-4a3f2e1d0c9b)" % pa, count=6))
    boot(va, pa, 147.0)
    boot(vb, pb, 158.0)
    evs(200.0, ev("Warning", "BackOff", "Pod/" + pb, "Back-off restarting failed container voicing-archive in pod %s_archiv(7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d)" % pb, count=9))
    w.noise(0, 240, 10, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="voicing-archive keeps restarting and Traefik returns 503 — is it the same readiness warm-up as during the last node upgrade?",
        selector={"namespace": "archiv", "app": "voicing-archive"},
        severity="CRITICAL", category="application_error", component="voicing-archive",
        root_cause="While building its recording index at startup, voicing-archive parses the WAV header of st-marien-kirchdorf/2026-03-25/mixtur-4f.wav, which has no valid fmt chunk; parseFmtChunk dereferences undefined (TypeError: Cannot read properties of undefined (reading 'sampleRate')), the exception is uncaught and the process exits, so both replicas crash-loop.",
        summary="The voicing archive is completely down: both pods exit about 10 s after every start (CrashLoopBackOff) and Traefik answers 503 for every request. This is a crash, not a slow warm-up.",
        action="Move the broken recording out of the bucket (or fix/re-upload it) to restore service now; then make the indexer catch per-file parse errors and skip invalid WAV files.",
        tags=[])


# --------------------------------------------------------------------------- w35
def w35():
    w = Window("w35", "2026-05-06T10:10:00.000Z")
    APP = "parcel-registry-api"
    a = w.src(pod("land-registry", dep_pod(APP, "a", rs="r2026.4.1"), APP, "wrk-02.ocp.lrcso.internal", APP))
    b = w.src(pod("land-registry", dep_pod(APP, "b", rs="r2026.4.1"), APP, "wrk-06.ocp.lrcso.internal", APP))
    NPE = ('java.lang.NullPointerException: Cannot invoke "org.locationtech.jts.geom.Polygon.getExteriorRing()" because the return value of '
           '"org.lrcso.registry.geo.ParcelGeometry.primaryPolygon()" is null')

    def ok(src, t, path, st, ms, th):
        src(t, spring(APP, "INFO", "nio-8443-exec-%d" % th, "o.l.r.web.RequestLoggingFilter", "%s -> %d (%d ms)" % (path, st, ms)))

    def npe(src, t, parcel, th, ev_=False):
        src(t, spring(APP, "ERROR", "nio-8443-exec-%d" % th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                      "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause" % NPE), ev=ev_)
        src(t + 0.002, NPE)
        src(t + 0.003, "\tat org.lrcso.registry.geo.AreaCalculator.compute(AreaCalculator.java:57) ~[!/:2026.4.1]")
        src(t + 0.004, "\tat org.lrcso.registry.parcel.ParcelAreaService.officialArea(ParcelAreaService.java:34) ~[!/:2026.4.1]")
        src(t + 0.005, "\tat org.lrcso.registry.web.ParcelController.area(ParcelController.java:118) ~[!/:2026.4.1]")
        src(t + 0.02, spring(APP, "WARN", "nio-8443-exec-%d" % th, "o.l.r.web.RequestLoggingFilter", "GET /api/v2/parcels/%s/area -> 500 (%d ms)" % (parcel, 14 + th)))

    ok(a, 2.0, "GET /api/v2/parcels/LIN-0012-0431/area", 200, 22, 1)
    ok(b, 5.5, "GET /api/v2/parcels/KRE-0044-1170", 200, 17, 2)
    b(8.0, spring(APP, "WARN", "nio-8443-exec-3", "o.l.r.web.ApiExceptionHandler", "GET /api/v2/parcels/LIN-9999-0001 -> 404 (parcel not found)"))
    npe(a, 12.0, "WEI-0031-0415", 4, ev_=True)
    ok(b, 16.0, "GET /api/v2/parcels/BRA-0007-0092/area", 200, 25, 5)
    a(21.0, spring(APP, "WARN", "nio-8443-exec-6", "o.l.r.security.JwtAuthFilter", "GET /api/v2/parcels/KRE-0019-0731/owners -> 401 (token expired)"))
    a(23.4, spring(APP, "INFO", "nio-8443-exec-7", "o.l.r.geo.ParcelGeometry", "parcel WEI-0031-0415 geometry is MULTIPOLYGON with 3 parts"))
    npe(b, 27.0, "KRE-0101-0440", 8)
    ok(a, 33.0, "POST /api/v2/transfers", 201, 131, 9)
    ok(b, 40.0, "GET /api/v2/parcels/LIN-0003-0017/area", 200, 19, 10)
    b(44.1, spring(APP, "INFO", "nio-8443-exec-1", "o.l.r.geo.ParcelGeometry", "parcel KRE-0101-0440 geometry is MULTIPOLYGON with 2 parts"), ev=True)
    npe(a, 52.0, "WEI-0031-0415", 2)
    ok(a, 60.0, "GET /api/v2/parcels/search?district=WEI", 200, 48, 3)
    npe(b, 71.0, "LIN-0099-0004", 4)
    ok(b, 80.0, "GET /api/v2/parcels/WEI-0002-0090/area", 200, 21, 5)
    ok(a, 89.5, "GET /api/v2/parcels/KRE-0044-1170/area", 200, 24, 6)
    w.noise(0, 95, 9, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Some surveyors get HTTP 500 on parcel area lookups while most requests work fine — is this just the usual 4xx noise, or a real bug?",
        selector={"namespace": "land-registry", "app": "parcel-registry-api"},
        severity="ERROR", category="application_error", component="parcel-registry-api",
        root_cause="In release 2026.4.1, AreaCalculator.compute assumes a single polygon: for parcels whose geometry is a MULTIPOLYGON, ParcelGeometry.primaryPolygon() returns null and the call to getExteriorRing() throws a NullPointerException, so /area returns 500 for every multi-part parcel.",
        summary="Official-area lookups fail for multi-part parcels only (several per minute); single-part parcels and all other endpoints work. The 401/404 lines are normal client errors.",
        action="Fix AreaCalculator to handle MultiPolygon (sum the parts) and release a patch, or roll back to 2026.3.x; add a multi-part parcel to the regression tests.",
        tags=[])


# --------------------------------------------------------------------------- w36
def w36():
    w = Window("w36", "2026-06-09T03:00:00.000Z")
    sync = w.src(pod("metadata", job_pod("station-metadata-sync", 29677260), "sync", "talos-w6", "station-metadata-sync"))
    el = w.src(pod("rt-processing", dep_pod("event-locator", "a", rs="r4.2.1"), "event-locator", "talos-w1", "event-locator"))
    URL = "https://service.iris.edu/fdsnws/station/1/query?network=CH&level=response"
    RT = "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='service.iris.edu', port=443): Read timed out. (read timeout=30)"

    sync(0.5, "@@dt@@ INFO station_sync: starting sync for networks RS, GE, BW, CH, Z3 (level=response)")
    sync(2.0, "@@dt@@ INFO station_sync.fdsn: GET https://eida.bgr.de/fdsnws/station/1/query?network=RS&level=response -> 200 (8.2 MB, 4.10s)")
    sync(7.0, "@@dt@@ INFO station_sync.fdsn: GET https://geofon.gfz.de/fdsnws/station/1/query?network=GE&level=response -> 200 (2.7 MB, 2.31s)")
    sync(10.0, "@@dt@@ INFO station_sync.fdsn: GET https://eida.bgr.de/fdsnws/station/1/query?network=BW&level=response -> 200 (1.1 MB, 1.02s)")
    sync(41.0, "@@dt@@ WARNING station_sync.fdsn: GET %s failed (attempt 1/3): %s" % (URL, RT), ev=True)
    sync(73.0, "@@dt@@ WARNING station_sync.fdsn: GET %s failed (attempt 2/3): %s" % (URL, RT))
    sync(105.0, "@@dt@@ WARNING station_sync.fdsn: GET %s failed (attempt 3/3): %s" % (URL, RT))
    sync(105.1, "@@dt@@ WARNING station_sync: network CH: keeping cached inventory (age 23h 58m), will retry at end of run", ev=True)
    sync(108.0, "@@dt@@ INFO station_sync.fdsn: GET https://service.iris.edu/fdsnws/station/1/query?network=Z3&level=response -> 200 (0.4 MB, 26.80s)")
    el(60.0, structlog("info", "inventory refresh requested", source="station-metadata-sync"))
    el(111.0, structlog("error", "instrument response missing, using nominal gain", channel="CH.DAVOX..HHZ", epoch_start="2026-06-08T00:00:00Z", affects="ml"))
    el(111.2, structlog("error", "instrument response missing, using nominal gain", channel="CH.SIMPL..HHZ", epoch_start="2026-06-08T00:00:00Z", affects="ml"))
    sync(170.0, "@@dt@@ INFO station_sync: retry pass for 1 network(s): CH")
    sync(198.4, "@@dt@@ INFO station_sync.fdsn: GET %s -> 200 (3.1 MB, 28.31s)" % URL, ev=True)
    sync(199.0, "@@dt@@ INFO station_sync.diff: 141 stations, 1 added (CH.SIMPL epoch 2026-06-08), 0 removed, 6 channel epochs updated")
    sync(199.5, "@@dt@@ INFO station_sync: sync finished: 5 networks fresh, 0 from cache, elapsed 199.0s")
    el(205.0, structlog("info", "inventory reloaded", stations=141, channels=417, missing_responses=0))
    w.noise(0, 210, 13, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="The station metadata sync logged read timeouts against IRIS overnight and the locator complained about missing instrument responses — is our internet connection broken?",
        selector={"namespace": "metadata", "app": "station-metadata-sync"},
        severity="WARN", category="timeout", component="station-metadata-sync",
        root_cause="The IRIS FDSN station service answered the large level=response query for network CH more slowly than the sync job's 30 s read timeout (the successful call later took 28.3 s), so three attempts timed out and the job temporarily kept the 24 h old cached inventory; the other providers answered normally, so the connection itself was fine.",
        summary="CH station responses were stale for about 95 s and the locator used nominal gains for two channels; the end-of-run retry fetched CH successfully and the locator reloaded a complete inventory (missing_responses=0).",
        action="Optional: raise the read timeout for IRIS level=response queries (e.g. 90 s) or fetch per station, so slow nights do not fall back to the cache.",
        tags=["quiet-cause"])


# --------------------------------------------------------------------------- w37
def w37():
    w = Window("w37", "2026-03-12T15:00:00.000Z")
    cw1 = w.src(pod("werkstatt", dep_pod("commissions-web", "a", rs="r745"), "commissions-web", "nuc-werk-01", "commissions-web"))
    cw2 = w.src(pod("werkstatt", dep_pod("commissions-web", "b", rs="r745"), "commissions-web", "nuc-werk-03", "commissions-web"))
    tr = w.src(pod("kube-system", dep_pod("traefik", "a", rs="r25"), "traefik", "nuc-werk-01", "traefik"))
    R = "werkstatt-commissions-web-portal-hartmann-orgelbau-de@kubernetes"
    BOT = "python-requests/2.31.0"
    r = w.rng
    n = 70000
    for k in range(14):
        t = round(2.0 + k * 8.3 + r.uniform(0, 3), 3)
        oid = 100 + (k * 37) % 380
        st = 429 if k % 4 else 200
        n += 1
        if st == 429:
            tr(t, traefik_clf("5.9.141.%d" % (20 + k % 3), "GET", "/katalog/orgeln/%d/disposition" % oid, 429, 17, BOT, n, R, "-", 0))
        else:
            tr(t, traefik_clf("5.9.141.%d" % (20 + k % 3), "GET", "/katalog/orgeln/%d/disposition" % oid, 200, 8120 + oid, BOT, n, R, "http://10.42.0.61:3000", 24))
            rails_req(cw1, t - 0.02, "/katalog/orgeln/%d/disposition" % oid, 200, 22, client="10.42.0.4", seed="w37bot")
    for k, (t, path) in enumerate([(12.0, "/auftraege"), (37.0, "/kunden/88/rechnungen"), (71.0, "/auftraege/2026-014")]):
        rid = uuid_of("w37exp%d" % k)
        cw2(t, rails("INFO", rid, 'Started GET "%s" for 10.42.0.5 at @@rubyat@@' % path))
        cw2(t + 0.002, rails("INFO", rid, "Filter chain halted as :authenticate_kunde! rendered or redirected"))
        cw2(t + 0.003, rails("INFO", rid, "Completed 401 Unauthorized in 3ms (ActiveRecord: 0.4ms | Allocations: 812)"))
        tr(t + 0.004, traefik_clf("91.64.%d.%d" % (20 + k, 101 + k), "GET", path, 401, 41, UA[k % 4], 71000 + k, R, "http://10.42.2.44:3000", 4))
    for k, (t, path) in enumerate([(15.5, "/login"), (44.0, "/auftraege"), (78.0, "/auftraege/2026-014"), (96.0, "/orgeln/412/disposition"), (121.0, "/kunden/88/rechnungen")]):
        src = cw2 if k % 2 == 0 else cw1
        rails_req(src, t, path, 200 if k else 302, 30 + k * 12, client="10.42.0.5", seed="w37cust")
        tr(t + 0.03 + (30 + k * 12) / 1000.0, traefik_clf("91.64.%d.%d" % (20 + k % 3, 101 + k % 3), "GET", path, 200 if k else 302,
                                                        14000 + k * 977 if k else 0, UA[k % 4], 71100 + k, R, "http://10.42.2.44:3000", 31 + k * 12))
    w.noise(0, 125, 10, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="The portal logs are full of 429 and 401 this afternoon — are customers locked out of the customer portal?",
        selector={"namespace": "werkstatt", "app": "commissions-web"},
        severity="INFO", category="none", component="commissions-web",
        root_cause="No fault: the 429s are Traefik's rate-limit middleware throttling a scraper (python-requests from 5.9.141.x) crawling the public organ catalogue, and the 401s are customers whose portal session had expired being sent to log in; logged-in customers get 200.",
        summary="Rate limiting and authentication working as designed; customer requests after login succeed.",
        action="Nothing to do. Optionally block the scraper's range if it persists.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w38
def w38():
    w = Window("w38", "2026-05-13T11:00:00.000Z")
    APP = "parcel-registry-api"
    a = w.src(pod("land-registry", dep_pod(APP, "a", rs="r2026.4.1"), APP, "wrk-02.ocp.lrcso.internal", APP))
    b = w.src(pod("land-registry", dep_pod(APP, "b", rs="r2026.4.1"), APP, "wrk-06.ocp.lrcso.internal", APP))
    ad = w.src(pod("land-registry", dep_pod("landbook-adapter", "a"), "landbook-adapter", "wrk-03.ocp.lrcso.internal", "landbook-adapter"))

    def gc(src, t, n, kind, before, after, ms):
        src(t, "[@@iso@@][info][gc] GC(%d) %s %dM->%dM(2048M) %.3fms" % (n, kind, before, after, ms))

    def ok(src, t, path, st, ms, th):
        src(t, spring(APP, "INFO", "nio-8443-exec-%d" % th, "o.l.r.web.RequestLoggingFilter", "%s -> %d (%d ms)" % (path, st, ms)))

    gc(a, 3.0, 4121, "Pause Young (Normal) (G1 Evacuation Pause)", 1624, 402, 18.412)
    ok(a, 5.0, "GET /api/v2/parcels/search?district=LIN&format=geojson", 200, 1840, 2)
    gc(a, 9.2, 4122, "Pause Young (Normal) (G1 Evacuation Pause)", 1590, 611, 21.007)
    gc(a, 14.9, 4123, "Pause Young (Concurrent Start) (G1 Humongous Allocation)", 1850, 1391, 31.244)
    a(15.0, "[@@iso@@][info][gc] GC(4124) Concurrent Mark Cycle")
    a(15.2, spring(APP, "WARN", "heap-watcher", "o.l.r.ops.HeapWatcher", "heap usage 91% of max (1.86 GiB / 2.00 GiB) after GC(4123), container limit 3.00 GiB"))
    a(15.4, "[@@iso@@][info][gc] GC(4124) Concurrent Mark Cycle 212.418ms")
    gc(a, 17.0, 4125, "Pause Young (Prepare Mixed) (G1 Evacuation Pause)", 1412, 980, 24.880)
    gc(a, 18.6, 4126, "Pause Young (Mixed) (G1 Evacuation Pause)", 1104, 612, 29.301)
    a(19.0, spring(APP, "INFO", "heap-watcher", "o.l.r.ops.HeapWatcher", "heap usage back to 30% of max (0.61 GiB / 2.00 GiB)"))
    ok(a, 19.5, "GET /api/v2/parcels/search?district=WEI&format=geojson", 200, 2210, 3)
    b(24.0, spring(APP, "WARN", "nio-8443-exec-5", "o.l.r.folio.LandbookClient", "GetFolio LIN-0007-0211 attempt 1 failed: java.net.SocketTimeoutException: Read timed out; retrying in 500ms (Retry 'landbook')"))
    ad(24.3, slog("INFO", "landbook call ok", op="GetFolio", folio="LIN-0007-0211", elapsed_ms=1410))
    b(25.9, spring(APP, "INFO", "nio-8443-exec-5", "o.l.r.folio.LandbookClient", "GetFolio LIN-0007-0211 succeeded on attempt 2 (1.9 s)"))
    ok(b, 26.0, "GET /api/v2/folios/LIN-0007-0211", 200, 4012, 5)
    for k, t in enumerate([33.0, 41.5, 52.0, 63.0, 74.5, 86.0]):
        ok(b if k % 2 else a, t, ["GET /api/v2/parcels/KRE-0044-1170", "POST /api/v2/transfers", "GET /api/v2/parcels/BRA-0007-0092/area",
                                  "GET /api/v2/folios/WEI-0002-0090", "GET /api/v2/parcels/LIN-0012-0431/owners", "GET /api/v2/parcels/search?district=KRE"][k],
           201 if k == 1 else 200, 18 + k * 23, 6 + k)
    gc(b, 47.0, 3312, "Pause Young (Normal) (G1 Evacuation Pause)", 1540, 388, 16.554)
    gc(a, 58.0, 4127, "Pause Young (Normal) (G1 Evacuation Pause)", 1530, 420, 17.920)
    gc(a, 90.0, 4128, "Pause Young (Normal) (G1 Evacuation Pause)", 1518, 431, 18.117)
    w.noise(0, 95, 10, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="parcel-registry-api's heap watcher warned about 91% heap and there were 'Read timed out' errors towards the land book — is it about to run out of memory?",
        selector={"namespace": "land-registry", "app": "parcel-registry-api"},
        severity="INFO", category="none", component="parcel-registry-api",
        root_cause="No fault: large GeoJSON parcel searches create humongous allocations that briefly push the G1 heap to 91%; the following concurrent mark and mixed collections brought it back to 30% with pauses under 35 ms, well below the 3 GiB container limit. The single land-book read timeout was absorbed by the Resilience4j retry.",
        summary="Normal G1 behaviour under heavy GeoJSON requests and one retried timeout; every request succeeded and there was no OOM or restart.",
        action="Nothing to do. If the warning is noisy, raise the HeapWatcher threshold or evaluate it only after mixed collections.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w39
def w39():
    w = Window("w39", "2026-06-11T02:00:00.000Z")
    oldp = dep_pod("event-locator", "a", rs="r4.2.1")
    keep = dep_pod("event-locator", "f", rs="r4.2.1")
    newp = dep_pod("event-locator", "g", rs="r4.2.1")
    e_old = w.src(pod("rt-processing", oldp, "event-locator", "talos-w3", "event-locator"))
    e_keep = w.src(pod("rt-processing", keep, "event-locator", "talos-w3", "event-locator"))
    e_new = w.src(pod("rt-processing", newp, "event-locator", "talos-w5", "event-locator"))
    ds = w.src(pod("kube-system", job_pod("descheduler", 29679720), "descheduler", "talos-w2", "descheduler"))
    kcm = w.src(pod("kube-system", "kube-controller-manager-talos-cp2", "kube-controller-manager", "talos-cp2", "kube-controller-manager"))
    evs = w.src(events("rt-processing"))
    jobs = [job_pod("waveform-reprocess", 29679540 + i * 60) for i in range(3)]

    e_old(1.0, structlog("info", "event located", event_id="rs2026mfa1", origin_time="2026-06-11T01:59:41.30Z", lat=47.981, lon=8.412, depth_km=9.1, ml=1.1, n_picks=9, rms_s=0.24))
    ds(3.0, klog("I", 1, "descheduler.go:408", '"Number of nodes" count=9'))
    ds(3.4, klog("I", 1, "evictions.go:171", '"Evicted pod" pod="rt-processing/%s" reason="" strategy="RemoveDuplicates" node="talos-w3" profile="default"' % oldp))
    evs(3.5, ev("Normal", "Descheduled", "Pod/" + oldp, "pod evicted from talos-w3 node by sigs.k8s.io/descheduler", source="sigs.k8s.io/descheduler"))
    evs(3.6, ev("Normal", "Killing", "Pod/" + oldp, "Stopping container event-locator"))
    e_old(3.7, structlog("info", "SIGTERM received, draining", in_flight_events=0))
    ds(3.9, klog("I", 1, "evictions.go:171", '"Evicted pod" pod="archive/%s" reason="" strategy="RemoveDuplicates" node="talos-w1" profile="default"' % dep_pod("archive-writer", "a", rs="r1.6.0")))
    ds(4.2, klog("I", 1, "descheduler.go:190", '"Number of evicted pods" totalEvicted=2'))
    evs(4.5, ev("Normal", "Scheduled", "Pod/" + newp, "Successfully assigned rt-processing/%s to talos-w5" % newp, source="default-scheduler"))
    e_new(6.0, structlog("info", "loading velocity model", model="rs-1d-2019", layers=11))
    evs(8.0, ev("Warning", "Unhealthy", "Pod/" + newp, "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    e_new(12.2, structlog("info", "subscribed to picks", subject="picks.>", stream="PICKS"))
    e_new(12.4, structlog("info", "ready"))
    for i, jp in enumerate(jobs):
        kcm(20.0 + i * 0.3, klog("I", 1, "gc_controller.go:337", '"PodGC is force deleting Pod" pod="rt-processing/%s"' % jp))
    kcm(21.5, klog("I", 1, "ttlafterfinished_controller.go:263", '"Cleaning up Job" job="rt-processing/waveform-reprocess-29679540"'))
    evs(21.0, ev("Normal", "SuccessfulDelete", "Job/waveform-reprocess-29679540", "Deleted pod: " + jobs[0], source="job-controller"))
    e_keep(30.0, structlog("info", "event located", event_id="rs2026mfa2", origin_time="2026-06-11T02:00:21.87Z", lat=48.204, lon=9.118, depth_km=6.4, ml=1.7, n_picks=15, rms_s=0.19))
    e_new(71.0, structlog("info", "event located", event_id="rs2026mfa3", origin_time="2026-06-11T02:01:03.12Z", lat=47.902, lon=8.771, depth_km=11.2, ml=0.9, n_picks=7, rms_s=0.28))
    e_keep(140.0, structlog("info", "event located", event_id="rs2026mfa4", origin_time="2026-06-11T02:02:13.55Z", lat=48.330, lon=8.560, depth_km=4.8, ml=1.3, n_picks=11, rms_s=0.22))
    w.noise(0, 150, 12, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="Overnight there are 'Evicted pod' messages and pods being force-deleted in rt-processing — is something killing our event locator?",
        selector={"namespace": "rt-processing", "app": "event-locator"},
        severity="INFO", category="none", component="event-locator",
        root_cause="No fault: the nightly descheduler (RemoveDuplicates) evicted one of the two event-locator pods that were both on talos-w3 so they spread across nodes, and PodGC/TTL cleaned up pods of finished waveform-reprocess jobs. The replacement locator was ready in 8 s and events kept being located.",
        summary="Rebalancing and routine cleanup; both locator replicas are running on different nodes and located every event in the window.",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w40
def w40():
    w = Window("w40", "2026-03-31T10:20:00.000Z", boot_days=26.4)
    sp = dep_pod("scaling-calc", "a", rs="r1.3.0")
    sc = w.src(pod("werkstatt", sp, "scaling-calc", "nuc-werk-02", "scaling-calc"))
    kern = w.src(journal("nuc-werk-02", "kernel"))
    ctd = w.src(journal("nuc-werk-02", "containerd"))
    evs = w.src(events("werkstatt"))
    cw = w.src(pod("werkstatt", dep_pod("commissions-web", "a", rs="r745"), "commissions-web", "nuc-werk-01", "commissions-web"))
    CG = "/kubepods/burstable/pod8b0c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"
    CIDS = [rand_hex("w40c%d" % i, 64) for i in range(4)]

    def cycle(t, i, ev_first=False):
        sc(t, "INFO:     Started server process [1]")
        sc(t + 0.01, "INFO:     Waiting for application startup.")
        sc(t + 0.6, "@@dt@@ INFO mensur.worker: resuming pending job J-2026-0412 (St. Nikolai, 4 Manuale, 62 Register, Auflösung 1 Cent)")
        sc(t + 0.61, "INFO:     Application startup complete.")
        sc(t + 0.62, "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
        sc(t + 0.9, "@@dt@@ INFO mensur.calc: allocating pipe matrix shape=(62, 61, 4801) dtype=float64 (1.45 GB)", ev=ev_first)
        kern(t + 6.1, kernel("python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984"))
        kern(t + 6.11, kernel("memory: usage 786432kB, limit 786432kB, failcnt %d" % (12 + i * 9)))
        kern(t + 6.12, kernel("Memory cgroup out of memory: Killed process %d (python) total-vm:2104332kB, anon-rss:781204kB, file-rss:4120kB, shmem-rss:0kB, UID:1000 pgtables:1720kB oom_score_adj:984" % (4412 + i * 118)), ev=ev_first)
        ctd(t + 6.2, 'time="@@iso6@@" level=info msg="TaskOOM event container_id:\\"%s\\""' % CIDS[i], ev=ev_first)

    cycle(1.0, 0, ev_first=True)
    cw(8.5, rails("ERROR", uuid_of("w40r1"), 'Faraday::ConnectionFailed (Failed to open TCP connection to scaling-calc:8000 (Connection refused - connect(2) for "scaling-calc" port 8000))'))
    evs(9.0, ev("Normal", "Pulled", "Pod/" + sp, 'Container image "git.hartmann-orgelbau.de/hartmann/scaling-calc:1.3.0" already present on machine'))
    cycle(9.5, 1)
    evs(18.0, ev("Warning", "BackOff", "Pod/" + sp, "Back-off restarting failed container scaling-calc in pod %s_werkstatt(8b0c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e)" % sp), ev=True)
    cw(25.0, rails("ERROR", uuid_of("w40r2"), 'Faraday::ConnectionFailed (Failed to open TCP connection to scaling-calc:8000 (Connection refused - connect(2) for "scaling-calc" port 8000))'))
    cw(25.01, rails("INFO", uuid_of("w40r2"), "Completed 502 Bad Gateway in 7ms (ActiveRecord: 1.2ms | Allocations: 2044)"))
    cycle(38.0, 2)
    evs(45.0, ev("Warning", "BackOff", "Pod/" + sp, "Back-off restarting failed container scaling-calc in pod %s_werkstatt(8b0c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e)" % sp, count=4))
    cw(70.0, rails("ERROR", uuid_of("w40r3"), 'Faraday::ConnectionFailed (Failed to open TCP connection to scaling-calc:8000 (Connection refused - connect(2) for "scaling-calc" port 8000))'))
    cycle(92.0, 3)
    evs(100.0, ev("Warning", "BackOff", "Pod/" + sp, "Back-off restarting failed container scaling-calc in pod %s_werkstatt(8b0c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e)" % sp, count=7))
    cw(140.0, rails("ERROR", uuid_of("w40r4"), 'Faraday::ConnectionFailed (Failed to open TCP connection to scaling-calc:8000 (Connection refused - connect(2) for "scaling-calc" port 8000))'))
    w.noise(0, 150, 12, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="scaling-calc keeps restarting and the pipe-scale page in the portal says 'Connection refused' — is the service just slow to start?",
        selector={"namespace": "werkstatt", "app": "scaling-calc"},
        severity="CRITICAL", category="oom_killed", component="scaling-calc",
        root_cause="On every start scaling-calc resumes pending job J-2026-0412 and allocates a 62x61x4801 float64 pipe matrix (~1.45 GB), far above the container's 768Mi limit; the kernel OOM-kills python each time (TaskOOM), so the pod is in an OOM crash loop.",
        summary="The pipe-scale calculation service is down: it is OOM-killed seconds after each start and the portal's scaling page gets connection refused/502.",
        action="Remove or park job J-2026-0412 so the service can start, then either raise the memory limit or compute the matrix per stop / in float32 with a coarser resolution; reject jobs whose estimated size exceeds the limit.",
        tags=["outside-selector"])


RECORDS = [w31, w32, w33, w34, w35, w36, w37, w38, w39, w40]
