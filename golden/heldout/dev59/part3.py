"""dev59 part 3: w21..w30."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- w21
def w21():
    w = Window("w21", "2026-04-21T06:58:00.000Z")
    APP = "parcel-registry-api"
    oldp = dep_pod(APP, "a", rs="r2026.3.2")
    newp = dep_pod(APP, "n", rs="r2026.4.0")
    old = w.src(pod("land-registry", oldp, APP, "wrk-02.ocp.lrcso.internal", APP))
    new = w.src(pod("land-registry", newp, APP, "wrk-03.ocp.lrcso.internal", APP))
    other = w.src(pod("land-registry", dep_pod(APP, "b", rs="r2026.3.2"), APP, "wrk-06.ocp.lrcso.internal", APP))
    argo = w.src(CAD_ARGO)
    evs = w.src(events("land-registry"))
    rt = w.src(CAD_ROUTER)
    NEWIP = "10.129.2.88"

    def hs(t, ip):
        rt(t, "haproxy[41]: %s:%d [@@hap@@] fe_sni/1: SSL handshake failure" % (ip, 30000 + int(t * 97) % 30000))

    for k, t in enumerate([1.0, 16.0, 31.0, 46.0, 61.0, 76.0, 91.0]):
        hs(t, "10.20.0.%d" % (5 + k % 2))
    argo(3.0, 'time="@@isos@@" level=info msg="Initiated automated sync to \'4f1c2a97e0d3b8c5a6f1e2d3c4b5a6978e9f0a1b\'" application=openshift-gitops/land-registry dest-namespace=land-registry dest-server="https://kubernetes.default.svc"')
    evs(3.5, ev("Normal", "ScalingReplicaSet", "Deployment/" + APP, "Scaled up replica set %s to 1" % newp.rsplit("-", 1)[0], source="deployment-controller"))
    evs(4.8, ev("Normal", "Started", "Pod/" + newp, "Started container " + APP))
    new(6.1, spring(APP, "INFO", "main", "o.l.r.ParcelRegistryApplication", "Starting ParcelRegistryApplication v2026.4.0 using Java 17.0.10 with PID 1 (/app/app.jar started by 1000780000 in /app)"))
    new(6.2, spring(APP, "INFO", "main", "o.l.r.ParcelRegistryApplication", 'The following 1 profile is active: "prod"'))
    other(8.0, spring(APP, "WARN", "nio-8443-exec-3", "o.l.r.web.ApiExceptionHandler", "GET /api/v2/parcels/LIN-9999-0001 -> 404 (parcel not found)"))
    other(9.5, spring(APP, "WARN", "nio-8443-exec-4", "o.l.r.security.JwtAuthFilter", "GET /api/v2/parcels/KRE-0044-1170/owners -> 401 (no bearer token)"))
    evs(15.0, ev("Warning", "Unhealthy", "Pod/" + newp, 'Startup probe failed: Get "http://%s:8080/actuator/health/liveness": dial tcp %s:8080: connect: connection refused' % (NEWIP, NEWIP)))
    new(18.7, spring(APP, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
    new(19.4, spring(APP, "INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@1d7f2a4b"))
    new(19.5, spring(APP, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    new(21.2, spring(APP, "INFO", "main", "o.f.core.internal.command.DbValidate", "Successfully validated 88 migrations (execution time 00:00.212s)"))
    new(21.5, spring(APP, "INFO", "main", "o.f.core.internal.command.DbMigrate", 'Current version of schema "public": 2026.04.0.1'))
    new(21.6, spring(APP, "INFO", "main", "o.f.core.internal.command.DbMigrate", 'Schema "public" is up to date. No migration necessary.'))
    evs(25.0, ev("Warning", "Unhealthy", "Pod/" + newp, 'Startup probe failed: Get "http://%s:8080/actuator/health/liveness": dial tcp %s:8080: connect: connection refused' % (NEWIP, NEWIP), count=2))
    evs(35.0, ev("Warning", "Unhealthy", "Pod/" + newp, 'Startup probe failed: Get "http://%s:8080/actuator/health/liveness": dial tcp %s:8080: connect: connection refused' % (NEWIP, NEWIP), count=3))
    new(40.9, spring(APP, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on ports 8443 (https), 8080 (http) with context path ''"))
    new(41.3, spring(APP, "INFO", "main", "o.l.r.ParcelRegistryApplication", "Started ParcelRegistryApplication in 35.812 seconds (process running for 37.44)"))
    evs(44.0, ev("Normal", "ScalingReplicaSet", "Deployment/" + APP, "Scaled down replica set %s to 1 from 2" % oldp.rsplit("-", 1)[0], source="deployment-controller"))
    old(44.2, spring(APP, "INFO", "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    old(45.1, spring(APP, "INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    old(45.4, spring(APP, "INFO", "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    for k, t in enumerate([50.0, 58.0, 66.5, 79.0, 88.0]):
        src = new if k % 2 == 0 else other
        path, st, msg = [("GET /api/v2/parcels/LIN-0012-0431", 200, None), ("GET /api/v2/parcels/WEI-0000-0000", 404, "parcel not found"),
                         ("POST /api/v2/transfers", 201, None), ("GET /api/v2/parcels/BRA-0007-0092/owners", 401, "token expired"),
                         ("GET /api/v2/parcels/search?district=KRE", 200, None)][k]
        if st >= 400:
            src(t, spring(APP, "WARN", "nio-8443-exec-%d" % (k + 1), "o.l.r.web.ApiExceptionHandler" if st == 404 else "o.l.r.security.JwtAuthFilter",
                          "%s -> %d (%s)" % (path, st, msg)))
        else:
            src(t, spring(APP, "INFO", "nio-8443-exec-%d" % (k + 1), "o.l.r.web.RequestLoggingFilter", "%s -> %d (%d ms)" % (path, st, 18 + k * 9)))
    argo(70.0, 'time="@@isos@@" level=info msg="Updated health status: Progressing -> Healthy" application=openshift-gitops/land-registry dest-namespace=land-registry dest-server="https://kubernetes.default.svc"')
    w.noise(0, 95, 9, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="This morning's parcel-registry-api deploy shows startup probes with 'connection refused', some 401s and 404s, and the router keeps logging 'SSL handshake failure' — did the release break something?",
        selector={"namespace": "land-registry", "app": "parcel-registry-api"},
        severity="INFO", category="none", component="parcel-registry-api",
        root_cause="No fault: the startup probe is refused until Tomcat opens its port ~36 s after JVM start, which is exactly what the startup probe is for; the 401/404 answers are correct responses to missing/expired tokens and unknown parcel ids, and the 'SSL handshake failure' lines are the load balancer's TCP health checks every 15 s.",
        summary="Argo CD rolled out 2026.4.0; the new pod started in 36 s, the old pod shut down gracefully, the application is Healthy and serving 200/201.",
        action="Nothing to do. Optionally switch the load balancer to an HTTPS health check to silence the handshake lines.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w22
def w22():
    w = Window("w22", "2026-03-20T02:00:00.000Z")
    IMG = "git.hartmann-orgelbau.de/hartmann/recording-transcode:1.4.0"
    jp = job_pod("recording-transcode", 29566200)
    evs = w.src(events("archiv"))
    ctd = w.src(journal("nuc-werk-02", "containerd"))
    gitea = w.src(pod("gitea", "gitea-0", "gitea", "nuc-werk-01", "gitea"))
    va = w.src(pod("archiv", dep_pod("voicing-archive", "c", rs="r0.19.3"), "voicing-archive", "nuc-werk-01", "voicing-archive"))
    vap = dep_pod("voicing-archive", "c", rs="r0.19.3")
    ERRMSG = ('failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (IMG, IMG, IMG))

    evs(0.2, ev("Normal", "SuccessfulCreate", "Job/recording-transcode-29566200", "Created pod: " + jp, source="job-controller"))
    evs(0.3, ev("Normal", "SuccessfulCreate", "CronJob/recording-transcode", "Created job recording-transcode-29566200", source="cronjob-controller"))
    evs(0.5, ev("Normal", "Scheduled", "Pod/" + jp, "Successfully assigned archiv/%s to nuc-werk-02" % jp, source="default-scheduler"))
    evs(1.2, ev("Normal", "Pulling", "Pod/" + jp, 'Pulling image "%s"' % IMG))
    gitea(1.5, '@@slash@@ ...eb/routing/logger.go:102:func1() [I] router: completed HEAD /v2/hartmann/recording-transcode/manifests/1.4.0 for 10.42.1.1:0, 404 Not Found in 4.2ms @ container/container.go:658(container.HeadManifest)', ev=True)
    ctd(1.6, 'time="@@iso6@@" level=info msg="fetch failed after status: 404 Not Found" host=git.hartmann-orgelbau.de')
    ctd(1.7, 'time="@@iso6@@" level=error msg="PullImage \\"%s\\" failed" error="rpc error: code = NotFound desc = %s"' % (IMG, ERRMSG.replace('"', '\\"')), ev=True)
    evs(1.8, ev("Warning", "Failed", "Pod/" + jp, 'Failed to pull image "%s": rpc error: code = NotFound desc = %s' % (IMG, ERRMSG)), ev=True)
    evs(1.81, ev("Warning", "Failed", "Pod/" + jp, "Error: ErrImagePull"))
    evs(2.9, ev("Normal", "BackOff", "Pod/" + jp, 'Back-off pulling image "%s"' % IMG))
    evs(2.91, ev("Warning", "Failed", "Pod/" + jp, "Error: ImagePullBackOff"), ev=True)
    for k, t in enumerate([17.0, 47.0, 101.0, 205.0, 369.0]):
        evs(t, ev("Normal", "Pulling", "Pod/" + jp, 'Pulling image "%s"' % IMG, count=k + 2))
        gitea(t + 0.3, '@@slash@@ ...eb/routing/logger.go:102:func1() [I] router: completed HEAD /v2/hartmann/recording-transcode/manifests/1.4.0 for 10.42.1.1:0, 404 Not Found in %.1fms @ container/container.go:658(container.HeadManifest)' % (3.1 + k * 0.4))
        evs(t + 0.5, ev("Warning", "Failed", "Pod/" + jp, "Error: ErrImagePull", count=k + 2))
    gitea(60.0, '@@slash@@ ...eb/routing/logger.go:102:func1() [I] router: completed GET /v2/hartmann/recording-transcode/tags/list for 10.42.0.17:0, 200 OK in 6.8ms @ container/container.go:589(container.GetTagList)')
    va(120.0, pino("warn", vap, "recordings waiting for transcode", pending=23, oldest="2026-03-17T15:42:10Z"))
    va(125.0, pino("info", vap, "request completed", req={"method": "GET", "url": "/aufnahmen/heilig-kreuz/2026-03-17/clarinette-8"}, res={"statusCode": 409}, responseTime=12, reason="not transcoded yet"))
    va(300.0, pino("info", vap, "request completed", req={"method": "GET", "url": "/aufnahmen/heilig-kreuz/2026-03-17/vox-celeste-8"}, res={"statusCode": 409}, responseTime=9, reason="not transcoded yet"))
    evs(600.3, ev("Warning", "DeadlineExceeded", "Job/recording-transcode-29566200", "Job was active longer than specified deadline", source="job-controller"))
    evs(600.5, ev("Normal", "SawCompletedJob", "CronJob/recording-transcode", "Saw completed job: recording-transcode-29566200, status: Failed", source="cronjob-controller"))
    w.noise(0, 605, 12, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="New voicing recordings from earlier this week still can't be played in the archive — did the nightly transcode even run?",
        selector={"namespace": "archiv"},
        severity="ERROR", category="image_pull", component="recording-transcode",
        root_cause="The recording-transcode CronJob references git.hartmann-orgelbau.de/hartmann/recording-transcode:1.4.0, a tag that does not exist in the Gitea registry (404 on the manifest); the job pod sits in ErrImagePull/ImagePullBackOff until the Job deadline and nothing is transcoded.",
        summary="The nightly transcode job failed without ever starting (DeadlineExceeded); 23 recordings since 17 March wait for transcoding and cannot be played. The rest of the archive works.",
        action="Push the 1.4.0 image (or point the CronJob back to the last published tag), then trigger a run manually with kubectl create job --from=cronjob/recording-transcode.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w23
def w23():
    w = Window("w23", "2026-05-22T13:40:00.000Z")
    d1 = w.src(pod("kube-system", dep_pod("coredns", "s1"), "coredns", "talos-w2", "kube-dns"))
    d2 = w.src(pod("kube-system", dep_pod("coredns", "s2"), "coredns", "talos-w5", "kube-dns"))
    ad1 = w.src(pod("alerting", dep_pod("alert-dispatch", "a", rs="r1.12.0"), "alert-dispatch", "talos-w1", "alert-dispatch"))
    ad2 = w.src(pod("alerting", dep_pod("alert-dispatch", "b", rs="r1.12.0"), "alert-dispatch", "talos-w6", "alert-dispatch"))
    AD1 = "10.244.1.57"

    def q(src, t, client, name, rcode, dur, qid, typ="A"):
        flags = "qr,aa,rd" if name.endswith("cluster.local.") else ("qr,rd,ra" if rcode == "NOERROR" else "qr,rd")
        src(t, '[INFO] %s:%d - %d "%s IN %s udp %d false 1232" %s %s %d %.6fs' % (client, 40000 + qid % 20000, qid, typ, name, len(name) + 41, rcode, flags, 60 + len(name), dur))

    def up_err(src, t, name, up, port, qid, ev_=False):
        src(t, "[ERROR] plugin/errors: 2 %s A: read udp %s:%d->%s:53: i/o timeout" % (name, "10.244.2.18" if src is d1 else "10.244.5.9", port, up), ev=ev_)

    ad1(2.0, elixir("info", "event rs2026ktwb ML 1.4 below public threshold, no dispatch"))
    q(d1, 5.0, AD1, "api.pushover.net.", "NOERROR", 0.0183, 5112)
    ad1(5.1, elixir("info", "push delivered provider=pushover subscribers=96 status=200 duration_ms=214", meta="request_id=F8y2kq"))
    q(d2, 12.0, "10.244.6.30", "stationdb.metadata.svc.cluster.local.", "NOERROR", 0.00008, 6201)
    up_err(d1, 31.2, "api.pushover.net.", "10.10.0.53", 51234, 1, ev_=True)
    up_err(d1, 31.3, "fcm.googleapis.com.", "10.10.0.54", 39812, 2)
    q(d1, 33.0, AD1, "api.pushover.net.", "SERVFAIL", 2.001412, 5140)
    d1(33.1, "[ERROR] plugin/errors: 2 api.pushover.net. A: read udp 10.244.2.18:44120->10.10.0.53:53: i/o timeout")
    ad1(38.4, elixir("info", "event rs2026kuxd ML 2.9 felt report threshold reached, dispatching", meta="event_id=rs2026kuxd"))
    ad1(40.5, elixir("warning", "push delivery failed provider=pushover reason=%Mint.TransportError{reason: :nxdomain} attempt=1 retry_in=15s", meta="event_id=rs2026kuxd"), ev=True)
    ad2(40.6, elixir("warning", "push delivery failed provider=fcm reason=%Mint.TransportError{reason: :nxdomain} attempt=1 retry_in=15s", meta="event_id=rs2026kuxd"))
    ad2(40.9, elixir("warning", "email delivery failed relay=smtp.regseis.de reason={:network_failure, 'smtp.regseis.de', {:error, :nxdomain}} attempt=1", meta="event_id=rs2026kuxd"))
    up_err(d2, 41.0, "smtp.regseis.de.", "10.10.0.53", 60211, 3)
    q(d2, 43.0, "10.244.6.31", "smtp.regseis.de.", "SERVFAIL", 2.000981, 7301)
    q(d1, 45.0, AD1, "nats.messaging.svc.cluster.local.", "NOERROR", 0.00007, 5160)
    up_err(d1, 55.4, "api.pushover.net.", "10.10.0.54", 50101, 4, ev_=True)
    ad1(57.6, elixir("warning", "push delivery failed provider=pushover reason=%Mint.TransportError{reason: :nxdomain} attempt=2 retry_in=30s", meta="event_id=rs2026kuxd"))
    ad2(57.8, elixir("warning", "push delivery failed provider=fcm reason=%Mint.TransportError{reason: :nxdomain} attempt=2 retry_in=30s", meta="event_id=rs2026kuxd"))
    up_err(d2, 58.0, "fcm.googleapis.com.", "10.10.0.53", 41777, 5)
    q(d2, 60.0, "10.244.6.31", "fcm.googleapis.com.", "SERVFAIL", 2.001003, 7330)
    up_err(d1, 88.0, "api.pushover.net.", "10.10.0.53", 53990, 6)
    ad1(90.1, elixir("warning", "push delivery failed provider=pushover reason=%Mint.TransportError{reason: :nxdomain} attempt=3 retry_in=60s", meta="event_id=rs2026kuxd"))
    up_err(d2, 96.2, "smtp.regseis.de.", "10.10.0.54", 48002, 7)
    d1(119.8, "[INFO] plugin/reload: Running configuration SHA512 = 4b0f1c2d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2")
    q(d2, 124.0, "10.244.6.31", "fcm.googleapis.com.", "NOERROR", 0.0214, 7390)
    ad2(124.3, elixir("info", "push delivered provider=fcm subscribers=17842 status=200 duration_ms=3120 attempt=3", meta="event_id=rs2026kuxd"))
    q(d2, 125.0, "10.244.6.31", "smtp.regseis.de.", "NOERROR", 0.0117, 7391)
    ad2(126.2, elixir("info", "email delivered relay=smtp.regseis.de recipients=412 attempt=2", meta="event_id=rs2026kuxd"))
    q(d1, 150.3, AD1, "api.pushover.net.", "NOERROR", 0.0199, 5230)
    ad1(150.7, elixir("info", "push delivered provider=pushover subscribers=96 status=200 duration_ms=388 attempt=4", meta="event_id=rs2026kuxd"))
    ad1(151.0, elixir("info", "dispatch complete event_id=rs2026kuxd channels=3 first_attempt_at=13:40:38 completed_at=13:42:31 delay_s=113"), ev=True)
    w.noise(0, 160, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="alert-dispatch logged nxdomain for Pushover and FCM and a felt-earthquake notification went out almost two minutes late — is our alerting config broken?",
        selector={"namespace": "alerting", "app": "alert-dispatch"},
        severity="WARN", category="dns_resolution", component="coredns",
        root_cause="For about 90 s CoreDNS could not reach its upstream resolvers 10.10.0.53/10.10.0.54 (i/o timeout), so every external name (api.pushover.net, fcm.googleapis.com, smtp.regseis.de) returned SERVFAIL and alert-dispatch saw :nxdomain; in-cluster names kept resolving.",
        summary="The ML 2.9 felt-report notification was delayed by ~113 s while external DNS failed; all channels were delivered on retry once the upstream resolvers answered again.",
        action="Ask the data-centre DNS team why both upstream resolvers were unreachable at 13:40; consider a third upstream or a local cache (NodeLocal DNSCache with serve_stale) for alerting paths.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w24
def w24():
    w = Window("w24", "2026-04-29T15:10:00.000Z")
    k1 = w.src(pod("kafka", "land-events-kafka-1", "kafka", "wrk-02.ocp.lrcso.internal", "land-events-kafka"))
    k2 = w.src(pod("kafka", "land-events-kafka-2", "kafka", "wrk-04.ocp.lrcso.internal", "land-events-kafka"))
    k0 = w.src(pod("kafka", "land-events-kafka-0", "kafka", "wrk-01.ocp.lrcso.internal", "land-events-kafka"))
    di = w.src(pod("land-registry", dep_pod("deed-intake", "a", rs="r59"), "deed-intake", "wrk-05.ocp.lrcso.internal", "deed-intake"))
    di2 = w.src(pod("land-registry", dep_pod("deed-intake", "b", rs="r59"), "deed-intake", "wrk-06.ocp.lrcso.internal", "deed-intake"))
    evs = w.src(events("kafka"))
    SC = "Lrcso.DeedIntake.Messaging.DeedEventPublisher"
    LD = "/var/lib/kafka/data-0/kafka-log%d"

    def ok(src, t, n):
        src(t, clef("Information", "Deed {DeedId} from notary {NotaryId} registered in {ElapsedMs} ms", DeedId="D-2026-%06d" % n,
                    NotaryId="N-%04d" % (n % 311), ElapsedMs=51 + n % 70, SourceContext="Lrcso.DeedIntake.Handlers.DeedSubmittedHandler"))

    ok(di, 2.0, 55120)
    ok(di2, 9.0, 55121)
    k1(14.0, kafka("WARN", "[Log partition=land.audit.raw-7, dir=%s] Log segment roll failed, disk usage 99.6%%" % (LD % 1), "kafka.log.UnifiedLog", "data-plane-kafka-request-handler-2"))
    k1(20.11, kafka("ERROR", "Error while appending records to land.deeds.submitted-3 in dir %s" % (LD % 1), "org.apache.kafka.storage.internals.log.LogDirFailureChannel", "data-plane-kafka-request-handler-5"))
    k1(20.12, "java.io.IOException: No space left on device", ev=True)
    k1(20.3, kafka("ERROR", "[ReplicaManager broker=1] Stopping serving replicas in dir %s" % (LD % 1), "kafka.server.ReplicaManager", "LogDirFailureHandler"))
    k1(20.6, kafka("ERROR", "Shutdown broker because all log dirs in %s have failed" % (LD % 1), "kafka.log.LogManager", "LogDirFailureHandler"), ev=True)
    di(21.0, clef("Warning", "librdkafka {Facility}: {Message}", Facility="FAIL", Message="ssl://land-events-kafka-1.land-events-kafka-brokers.kafka.svc:9093/1: Disconnected (after 1228811ms in state UP)", Client="rdkafka#producer-1", SourceContext=SC))
    k0(21.4, kafka("INFO", "[Partition land.deeds.submitted-3 broker=0] Shrinking ISR from 1,0,2 to 0,2. Leader: (highWatermark: 1844120, endOffset: 1844121). Out of sync replicas: (brokerId: 1, endOffset: 1844117).", "kafka.cluster.Partition", "kafka-scheduler-4"))
    ok(di2, 24.0, 55122)
    evs(30.0, ev("Normal", "Started", "Pod/land-events-kafka-1", "Started container kafka"))
    k1(43.5, kafka("ERROR", "There was an error in one of the threads during logs loading: java.io.IOException: No space left on device", "kafka.log.LogManager", "log-recovery-/var/lib/kafka/data-0/kafka-log1"))
    k1(43.9, kafka("ERROR", "[KafkaRaftServer nodeId=1] Fatal error during broker startup. Prepare to shutdown", "kafka.server.KafkaRaftServer", "main"))
    k2(61.2, kafka("ERROR", "Error while appending records to land.deeds.submitted-1 in dir %s" % (LD % 2), "org.apache.kafka.storage.internals.log.LogDirFailureChannel", "data-plane-kafka-request-handler-1"))
    k2(61.21, "java.io.IOException: No space left on device")
    k2(61.6, kafka("ERROR", "Shutdown broker because all log dirs in %s have failed" % (LD % 2), "kafka.log.LogManager", "LogDirFailureHandler"), ev=True)
    k0(62.3, kafka("INFO", "[Partition land.deeds.submitted-3 broker=0] Shrinking ISR from 0,2 to 0. Leader: (highWatermark: 1844388, endOffset: 1844390). Out of sync replicas: (brokerId: 2, endOffset: 1844388).", "kafka.cluster.Partition", "kafka-scheduler-1"))
    evs(64.0, ev("Warning", "BackOff", "Pod/land-events-kafka-1", "Back-off restarting failed container kafka in pod land-events-kafka-1_kafka(0e7b1c2d-3f4a-4b5c-8d6e-7f8a9b0c1d2e)"))
    k0(66.0, kafka("ERROR", "[ReplicaManager broker=0] Error processing append operation on partition land.deeds.submitted-3", "kafka.server.ReplicaManager", "data-plane-kafka-request-handler-6"))
    k0(66.01, "org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(0) is insufficient to satisfy the min.isr requirement of 2 for partition land.deeds.submitted-3")
    for k, t in enumerate([66.2, 80.0, 97.5, 121.0, 150.3, 188.0, 230.4]):
        src = di if k % 2 == 0 else di2
        src(t, clef("Error", "Delivery failed for deed {DeedId}: {Reason}", DeedId="D-2026-%06d" % (55123 + k),
                    Reason="Broker: Not enough in-sync replicas (NOT_ENOUGH_REPLICAS)", SourceContext=SC), ev=(k == 0))
        src(t + 0.05, clef("Warning", "Deed submission {DeedId} rejected with 503: event bus unavailable", DeedId="D-2026-%06d" % (55123 + k),
                           SourceContext="Lrcso.DeedIntake.Api.DeedsController"))
    di2(98.0, clef("Error", "librdkafka {Facility}: {Message}", Facility="FAIL", Message="ssl://land-events-kafka-2.land-events-kafka-brokers.kafka.svc:9093/2: Connect to ipv4#10.131.4.19:9093 failed: Connection refused (after 0ms in state CONNECT)", Client="rdkafka#producer-1", SourceContext=SC))
    evs(104.0, ev("Warning", "BackOff", "Pod/land-events-kafka-2", "Back-off restarting failed container kafka in pod land-events-kafka-2_kafka(4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d)"))
    k0(130.0, kafka("WARN", "[Log partition=land.audit.raw-2, dir=%s] Disk usage 97.9%% on log dir" % (LD % 0), "kafka.log.UnifiedLog", "kafka-scheduler-7"))
    evs(190.0, ev("Warning", "BackOff", "Pod/land-events-kafka-1", "Back-off restarting failed container kafka in pod land-events-kafka-1_kafka(0e7b1c2d-3f4a-4b5c-8d6e-7f8a9b0c1d2e)", count=5))
    w.noise(0, 235, 11, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="deed-intake rejects submissions with 503 'event bus unavailable' and logs Kafka 'Connection refused' — is this another Strimzi rolling restart?",
        selector={"namespace": "land-registry", "app": "deed-intake"},
        severity="CRITICAL", category="resource_exhausted", component="land-events-kafka",
        root_cause="The log-dir volumes of the land-events brokers are full (land.audit.raw grows without a size limit): broker 1 and then broker 2 hit 'No space left on device', took their log dirs offline and shut down, and they crash again at startup; with only broker 0 in the ISR, min.insync.replicas=2 rejects every produce (NOT_ENOUGH_REPLICAS).",
        summary="Deed registration is down: every deed submission is rejected with 503 because no deed event can be written; two of three Kafka brokers crash-loop on full disks and the third is at 98%.",
        action="Free space immediately (expand the broker PVCs or lower retention.bytes/retention.ms on land.audit.raw and delete old segments), restart the brokers, then re-submit rejected deeds; add disk-usage alerts for the Kafka volumes.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w25
def w25():
    w = Window("w25", "2026-03-22T01:00:00.000Z")
    rj = w.src(pod("longhorn-system", job_pod("nightly-backup", 29571900), "nightly-backup", "nuc-werk-03", "longhorn-recurring-job"))
    lh = w.src(pod("longhorn-system", "longhorn-manager-%s" % rand_hex("w25lhm", 5).replace("0", "w").replace("1", "z"), "longhorn-manager", "nuc-werk-01", "longhorn-manager"))
    pg = w.src(pod("werkstatt", "werkstatt-pg-2", "postgres", "nuc-werk-03", "werkstatt-pg"))
    rep = w.src(pod("werkstatt", job_pod("monthly-hours-report", 29571900), "report", "nuc-werk-02", "monthly-hours-report"))
    V = {"pg2": "pvc-0a7c3e91-2b4d-4f6a-8c1e-5d9b7a3f2e10", "pg1": "pvc-1b8d4fa2-3c5e-4a7b-9d2f-6e0c8b4a3f21",
         "minio": "pvc-2c9e5ab3-4d6f-4b8c-ae30-7f1d9c5b4a32", "maria": "pvc-3f6b2d18-9c4e-4a7d-b1e0-72c5d8a9f613",
         "old": "pvc-4d0f6bc4-5e7a-4c9d-bf41-802ead6c5b43", "cache": "pvc-5e1a7cd5-6f8b-4dae-8052-913fbe7d6c54",
         "gitea": "pvc-6f2b8de6-7a9c-4ebf-9163-a24acf8e7d65"}

    rj(1.0, longhorn("info", "Starting recurring job", job="nightly-backup", task="backup", retain=14, concurrency=2, groups="default"))
    rj(1.8, longhorn("warning", "Skipping backup of detached volume", volume=V["old"], allowRecurringJobWhileVolumeDetached="false", pvc="zeiterfassung-data-old"))
    rj(1.9, longhorn("warning", "Skipping backup of detached volume", volume=V["cache"], allowRecurringJobWhileVolumeDetached="false", pvc="gitea-runner-cache"))
    seq = [("pg2", 3.0, 48.0, "1.8 GiB"), ("pg1", 3.2, 51.5, "1.8 GiB"), ("minio", 50.0, 171.0, "41.3 GiB"),
           ("maria", 53.0, 64.0, "640 MiB"), ("gitea", 66.0, 98.0, "6.2 GiB")]
    for key, t0, t1, size in seq:
        snap = "nightly-b-%s" % rand_hex("w25" + key, 8)
        rj(t0, longhorn("info", "Created snapshot", volume=V[key], snapshot=snap, labels="RecurringJob=nightly-backup"))
        lh(t0 + 0.6, longhorn("info", "Backup started", volume=V[key], backup="backup-%s" % rand_hex("w25b" + key, 16), target="s3://longhorn-backups@nas/"))
        lh(t1, longhorn("info", "Backup completed", volume=V[key], backup="backup-%s" % rand_hex("w25b" + key, 16), size=size, state="Completed"))
    rj(172.5, longhorn("info", "Cleaned up expired backups", job="nightly-backup", deleted=5, retain=14))
    rj(173.0, longhorn("info", "Finished recurring job", job="nightly-backup", backedUp=5, skipped=2, failed=0))
    pg(12.0, cnpg_pg("werkstatt-pg-2", 24011, "LOG", "duration: 1843.221 ms  statement: SELECT e.mitarbeiter_id, date_trunc('day', s.beginn) AS tag, sum(s.dauer) FROM stempelungen s JOIN einsaetze e ON e.id = s.einsatz_id WHERE s.beginn >= '2026-02-01' AND s.beginn < '2026-03-01' GROUP BY 1, 2", user="report", db="app"))
    rep(13.0, "@@dt@@ INFO report.hours: February 2026 hours report generated: 25 employees, 3,412.5 h, written to s3://reports/2026-02-stunden.pdf")
    pg(31.0, cnpg_pg("werkstatt-pg-2", 41, "LOG", "checkpoints are occurring too frequently (22 seconds apart)", backend="checkpointer"))
    pg(31.01, cnpg_pg("werkstatt-pg-2", 41, "HINT", 'Consider increasing the configuration parameter "max_wal_size".', backend="checkpointer"))
    pg(58.0, cnpg_pg("werkstatt-pg-2", 24090, "LOG", 'automatic vacuum of table "app.public.stempelungen": index scans: 1 pages: 0 removed, 4120 remain, 4120 scanned (100.00% of total) tuples: 18233 removed, 301122 remain, 0 are dead but not yet removable', backend="autovacuum worker"))
    pg(99.0, cnpg_pg("werkstatt-pg-2", 24102, "LOG", 'automatic analyze of table "app.public.stempelungen"', backend="autovacuum worker"))
    pg(140.0, cnpg_pg("werkstatt-pg-2", 58, "LOG", "archive command succeeded for 00000005000000000000009F", backend="archiver"))
    w.noise(0, 175, 12, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="Last night's Longhorn backup job printed 'Skipping backup' warnings and Postgres complained about checkpoints — are our backups complete?",
        selector={"namespace": "longhorn-system"},
        severity="INFO", category="none", component="longhorn",
        root_cause="No fault: the two skipped volumes are detached (an old time-tracking volume and the Gitea runner cache) and the recurring job is configured not to back up detached volumes; the checkpoint and slow-query messages come from the monthly hours report running at the same time.",
        summary="The nightly Longhorn backup finished with 5 volumes backed up, 2 detached volumes skipped by design, 0 failed, and expired backups pruned.",
        action="Nothing to do. Delete the obsolete detached volume if it is no longer needed.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w26
def w26():
    w = Window("w26", "2026-05-26T01:00:00.000Z")
    jp = job_pod("daily-magnitude-recalc", 29660700)
    evs = w.src(events("catalog"))
    sch = w.src(pod("kube-system", "kube-scheduler-talos-cp1", "kube-scheduler", "talos-cp1", "kube-scheduler"))
    api = w.src(pod("catalog", dep_pod("catalog-api", "a", rs="r3.1.0"), "catalog-api", "talos-w2", "catalog-api"))
    qdb = w.src(SEI_QDB)
    MSG = ("0/9 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 6 Insufficient memory. "
           "preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.")

    evs(0.1, ev("Normal", "SuccessfulCreate", "CronJob/daily-magnitude-recalc", "Created job daily-magnitude-recalc-29660700", source="cronjob-controller"))
    evs(0.2, ev("Normal", "SuccessfulCreate", "Job/daily-magnitude-recalc-29660700", "Created pod: " + jp, source="job-controller"))
    sch(0.3, klog("I", 1, "schedule_one.go:1004", '"Unable to schedule pod; no fit; waiting" pod="catalog/%s" err="%s"' % (jp, MSG)), ev=True)
    evs(0.4, ev("Warning", "FailedScheduling", "Pod/" + jp, MSG, source="default-scheduler"), ev=True)
    api(30.0, structlog("info", "request", method="GET", path="/v1/events", status=200, duration_ms=41))
    qdb(45.0, pglog(61, "LOG", "checkpoint starting: time"))
    api(95.0, structlog("info", "request", method="GET", path="/v1/events/rs2026kxq1/magnitudes", status=200, duration_ms=22))
    sch(300.6, klog("I", 1, "schedule_one.go:1004", '"Unable to schedule pod; no fit; waiting" pod="catalog/%s" err="%s"' % (jp, MSG)))
    evs(300.7, ev("Warning", "FailedScheduling", "Pod/" + jp, MSG, source="default-scheduler", count=2))
    api(480.0, structlog("warning", "daily magnitude recalculation not completed", expected_by="2026-05-26T01:08:00Z", last_success="2026-05-25T01:06:41Z", stale_events=61))
    api(482.0, structlog("info", "request", method="GET", path="/v1/reports/daily/2026-05-25", status=404, duration_ms=6, detail="report not generated"))
    api(540.0, structlog("info", "request", method="GET", path="/v1/events?minmag=2", status=200, duration_ms=37))
    w.noise(0, 560, 14, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="The daily magnitude report for yesterday is missing and the daily-magnitude-recalc job shows no errors at all — did it even run?",
        selector={"namespace": "catalog"},
        severity="ERROR", category="scheduling", component="daily-magnitude-recalc",
        root_cause="The daily-magnitude-recalc job pod was created but never scheduled: its memory request does not fit on any of the six workers (Insufficient memory) and the control-plane nodes are tainted, so it stays Pending and produces no logs.",
        summary="The nightly magnitude recalculation did not run; the daily report for 2026-05-25 is missing (404) and 61 events keep stale magnitudes. Real-time services are unaffected.",
        action="Lower the job's memory request to what it actually needs (or give it a node with enough allocatable memory), then start it manually with kubectl create job --from=cronjob/daily-magnitude-recalc.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w27
def w27():
    w = Window("w27", "2026-04-23T10:30:00.000Z")
    di = w.src(pod("land-registry", dep_pod("deed-intake", "a", rs="r59"), "deed-intake", "wrk-05.ocp.lrcso.internal", "deed-intake"))
    sq = w.src(pod("egress-proxy", dep_pod("squid", "a"), "squid", "infra-02.ocp.lrcso.internal", "squid"))
    SC = "Lrcso.DeedIntake.Outbox.NotaryConfirmationSender"
    HOST = "notary-gateway.lrcso-partner.net"
    ERRX = "System.Net.Http.HttpRequestException: The proxy tunnel request to proxy 'http://squid.egress-proxy.svc:3128/' failed with status code '503'."

    def access(t, status, size, hier):
        sq(t, "@@epoch@@ %5d 10.129.5.31 %s %d CONNECT %s:443 - %s -" % (0 if status != 200 else 412, "TCP_TUNNEL/200" if status == 200 else "NONE_NONE/503",
                                                                          size, HOST, hier))

    for k, t in enumerate([3.0, 11.0]):
        di(t, clef("Information", "Confirmation {ConfirmationId} delivered to notary {NotaryId}", ConfirmationId="C-%07d" % (880120 + k), NotaryId="N-%04d" % (41 + k * 17), SourceContext=SC))
        access(t - 0.05, 200, 6120 + k * 88, "HIER_DIRECT/203.0.113.41")
    sq(20.2, "@@slash@@ kid1| ERROR: Connection to 203.0.113.41:443 failed: (111) Connection refused", ev=True)
    access(20.21, 503, 3911, "HIER_NONE/-")
    di(20.3, clef("Warning", "Delivery of confirmation {ConfirmationId} failed, retry {Attempt} in {Delay}", ConfirmationId="C-0880122", Attempt=1, Delay="00:00:05", SourceContext=SC,
                  Exception=ERRX), ev=True)
    for k, t in enumerate([25.4, 36.5, 57.6, 78.8, 99.9, 121.0]):
        sq(t, "@@slash@@ kid1| ERROR: Connection to 203.0.113.41:443 failed: (111) Connection refused")
        access(t + 0.01, 503, 3911, "HIER_NONE/-")
        di(t + 0.1, clef("Warning", "Delivery of confirmation {ConfirmationId} failed, retry {Attempt} in {Delay}", ConfirmationId="C-%07d" % (880122 + (k % 3)),
                         Attempt=2 + k // 3, Delay=["00:00:10", "00:00:20", "00:00:40"][min(k // 2, 2)], SourceContext=SC, Exception=ERRX))
    di(60.0, clef("Warning", "Outbox backlog {Pending} confirmations, oldest {Age}", Pending=14, Age="00:00:40", SourceContext="Lrcso.DeedIntake.Outbox.OutboxMonitor"))
    for k in range(4):
        ok_t = 142.0 + k * 1.3
        access(ok_t - 0.05, 200, 6000 + k * 140, "HIER_DIRECT/203.0.113.41")
        di(ok_t, clef("Information", "Confirmation {ConfirmationId} delivered to notary {NotaryId}", ConfirmationId="C-%07d" % (880122 + k), NotaryId="N-%04d" % (12 + k * 31), SourceContext=SC))
    di(160.0, clef("Information", "Outbox drained: {Delivered} confirmations delivered, {Pending} pending", Delivered=37, Pending=0, SourceContext="Lrcso.DeedIntake.Outbox.OutboxMonitor"), ev=True)
    w.noise(0, 165, 12, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="deed-intake is logging 'proxy tunnel request failed with status code 503' for notary confirmations — is our egress proxy broken?",
        selector={"namespace": "land-registry", "app": "deed-intake"},
        severity="WARN", category="connection_refused", component="notary-gateway",
        root_cause="The partner's notary-gateway.lrcso-partner.net (203.0.113.41:443) refused TCP connections for about two minutes; Squid therefore answered the CONNECT with 503, which .NET reports as a failed proxy tunnel. The proxy itself was healthy and tunnelled other traffic.",
        summary="Notary confirmations were delayed by up to ~2 minutes (backlog 14); the outbox retried and delivered all 37, nothing pending.",
        action="No action needed; if it recurs, raise it with the notary chamber's gateway operator.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w28
def w28():
    w = Window("w28", "2026-02-27T16:10:00.000Z")
    wk1 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "a", rs="r32"), "worker", "nuc-werk-01", "tuning-scheduler"))
    wk2 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "b", rs="r32"), "worker", "nuc-werk-03", "tuning-scheduler"))
    rd = w.src(pod("werkstatt", "scheduler-redis-0", "redis", "nuc-werk-02", "scheduler-redis"))
    hj = w.src(pod("kube-system", "helm-install-scheduler-redis-%s" % rand_hex("w28hj", 5).replace("0", "p").replace("1", "r"), "helm", "nuc-werk-01", None))
    evs = w.src(events("werkstatt"))
    R = "consumer: Cannot connect to redis://scheduler-redis:6379/0: Error 111 connecting to scheduler-redis:6379. Connection refused.."

    def task(src, t, name, dur, result, seed):
        tid = uuid_of("w28/%s/%s" % (seed, t))
        src(t, celery("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        src(t + dur, celery("INFO", "ForkPoolWorker-%d" % (1 + int(t) % 4), "Task %s[%s] succeeded in %.2fs: %s" % (name, tid, dur, result)))

    task(wk1, 2.0, "stimmung.tasks.plan_routes", 6.02, "{'region': 'West', 'visits': 33}", "a")
    hj(5.0, "+ helm_v3 upgrade --install scheduler-redis /tmp/scheduler-redis.tgz --namespace werkstatt --values /config/values-10_HelmChartConfig.yaml")
    hj(9.0, 'Release "scheduler-redis" has been upgraded. Happy Helming!')
    hj(9.1, "NAME: scheduler-redis")
    hj(9.2, "STATUS: deployed")
    hj(9.3, "REVISION: 7")
    evs(10.0, ev("Normal", "Killing", "Pod/scheduler-redis-0", "Stopping container redis"))
    rd(10.1, "1:signal-handler (@@epochs@@) Received SIGTERM scheduling shutdown...")
    rd(10.2, "1:M @@redis@@ * User requested shutdown...")
    rd(10.21, "1:M @@redis@@ * Saving the final RDB snapshot before exiting.")
    rd(11.4, "1:M @@redis@@ * DB saved on disk")
    rd(11.5, "1:M @@redis@@ # Redis is now ready to exit, bye bye...")
    wk1(11.6, celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    wk2(11.7, celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    for k, (src, t) in enumerate([(wk1, 11.8), (wk2, 11.9), (wk1, 13.8), (wk2, 13.9), (wk1, 17.8)]):
        att = 1 if k < 2 else (2 if k < 4 else 3)
        src(t, celery("ERROR", "MainProcess", R))
        src(t + 0.01, celery("ERROR", "MainProcess", "Trying again in %d.00 seconds... (%d/100)" % (2 * att, att)))
    evs(14.0, ev("Normal", "Pulled", "Pod/scheduler-redis-0", 'Container image "docker.io/library/redis:7.2.5-alpine" already present on machine'))
    evs(14.2, ev("Normal", "Started", "Pod/scheduler-redis-0", "Started container redis"))
    rd(14.4, "1:C @@redis@@ # Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started")
    rd(14.45, "1:C @@redis@@ # Configuration loaded")
    rd(14.5, "1:M @@redis@@ * Server initialized")
    rd(14.51, "1:M @@redis@@ * Loading RDB produced by version 7.2.4")
    rd(16.1, "1:M @@redis@@ * Done loading RDB, keys loaded: 9120, keys expired: 312.")
    rd(16.12, "1:M @@redis@@ * DB loaded from disk: 1.612 seconds")
    rd(16.13, "1:M @@redis@@ * Ready to accept connections tcp")
    wk2(17.95, celery("INFO", "MainProcess", "Connected to redis://scheduler-redis:6379/0"))
    wk1(23.8, celery("INFO", "MainProcess", "Connected to redis://scheduler-redis:6379/0"))
    wk1(24.0, celery("INFO", "MainProcess", "mingle: searching for neighbors"))
    wk1(25.1, celery("INFO", "MainProcess", "mingle: sync with 1 nodes"))
    task(wk2, 28.0, "stimmung.tasks.sync_calendar", 1.31, "{'events': 214, 'changed': 2}", "b")
    task(wk1, 47.0, "stimmung.tasks.plan_routes", 7.44, "{'region': 'Nord', 'visits': 41}", "c")
    task(wk2, 88.0, "stimmung.tasks.remind_parishes", 1.92, "{'sent': 4}", "d")
    rd(90.0, "1:M @@redis@@ * 10 changes in 60 seconds. Saving...")
    rd(90.01, "1:M @@redis@@ * Background saving started by pid 41")
    rd(90.6, "41:C @@redis@@ * DB saved on disk")
    rd(90.7, "1:M @@redis@@ * Background saving terminated with success")
    task(wk1, 121.0, "stimmung.tasks.plan_routes", 6.61, "{'region': 'Süd', 'visits': 29}", "e")
    w.noise(0, 130, 10, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="The tuning-scheduler workers logged 'Connection refused' to Redis again this afternoon — is the Redis OOM problem coming back?",
        selector={"namespace": "werkstatt", "app": "tuning-scheduler"},
        severity="INFO", category="none", component="tuning-scheduler",
        root_cause="No fault: the k3s helm-controller upgraded the scheduler-redis release (revision 7, Redis 7.2.5); Redis shut down cleanly after saving its RDB, restarted in about 4 seconds, and the Celery workers reconnected on their automatic retry. There is no OOM kill.",
        summary="Planned Redis upgrade; workers were refused for ~6-12 s, reconnected, and tasks continued successfully with no data loss (final RDB saved before exit).",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w29
def w29():
    w = Window("w29", "2026-06-02T11:20:00.000Z")
    N0, N1 = "10.244.4.21", "10.244.5.33"
    r0 = w.src(pod("alerting", "alert-state-node-0", "redis", "talos-w4", "alert-state"))
    s0 = w.src(pod("alerting", "alert-state-node-0", "sentinel", "talos-w4", "alert-state"))
    r1 = w.src(pod("alerting", "alert-state-node-1", "redis", "talos-w5", "alert-state"))
    s1 = w.src(pod("alerting", "alert-state-node-1", "sentinel", "talos-w5", "alert-state"))
    ad1 = w.src(pod("alerting", dep_pod("alert-dispatch", "a", rs="r1.12.0"), "alert-dispatch", "talos-w1", "alert-dispatch"))
    ad2 = w.src(pod("alerting", dep_pod("alert-dispatch", "b", rs="r1.12.0"), "alert-dispatch", "talos-w6", "alert-dispatch"))

    ad1(2.0, elixir("info", "alert state stored ack=true node=%s:6379" % N0, meta="event_id=rs2026lbd1"))
    r0(30.0, "1:M @@redis@@ * Starting automatic rewriting of AOF on 112% growth")
    r0(30.01, "1:M @@redis@@ * Creating AOF incr file appendonly.aof.119.incr.aof on background rewrite")
    r0(30.02, "1:M @@redis@@ * Background append only file rewriting started by pid 3312")
    s1(34.51, "1:X @@redis@@ # +sdown master mymaster %s 6379" % N0)
    s1(34.52, "1:X @@redis@@ # +odown master mymaster %s 6379 #quorum 1/1" % N0, ev=True)
    s1(34.53, "1:X @@redis@@ # +new-epoch 12")
    s1(34.54, "1:X @@redis@@ # +try-failover master mymaster %s 6379" % N0)
    s1(34.6, "1:X @@redis@@ # +elected-leader master mymaster %s 6379" % N0)
    s1(34.7, "1:X @@redis@@ # +selected-slave slave %s:6379 %s 6379 @ mymaster %s 6379" % (N1, N1, N0))
    r1(34.9, "1:M @@redis@@ * MASTER MODE enabled (user request from 'id=31 addr=10.244.5.33:40112 laddr=10.244.5.33:6379 fd=12 name=sentinel-4f1a9c2e-cmd age=912 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=2048 rbp=1024 obl=45 oll=0 omem=0 tot-mem=23341 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')")
    s1(35.8, "1:X @@redis@@ # +promoted-slave slave %s:6379 %s 6379 @ mymaster %s 6379" % (N1, N1, N0))
    s1(36.2, "1:X @@redis@@ # +switch-master mymaster %s 6379 %s 6379" % (N0, N1), ev=True)
    r0(37.4, "1:M @@redis@@ * Background AOF rewrite terminated with success")
    ad1(37.5, elixir("info", "sentinel reported new master for mymaster: %s:6379, reconnecting" % N1))
    for k, t in enumerate([39.0, 46.2, 52.7, 61.0, 70.4]):
        ad2(t, elixir("info", "alert state stored ack=true node=%s:6379" % N0, meta="event_id=rs2026lbd%d" % (2 + k)), ev=(k == 0))
    ad1(44.0, elixir("info", "alert state stored ack=true node=%s:6379" % N1, meta="event_id=rs2026lbe1"))
    s0(76.8, "1:X @@redis@@ # +convert-to-slave slave %s:6379 %s 6379 @ mymaster %s 6379" % (N0, N0, N1))
    r0(77.0, "1:S @@redis@@ * Before turning into a replica, using my own master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.")
    r0(77.01, "1:S @@redis@@ * Connecting to MASTER %s:6379" % N1)
    r0(77.3, "1:S @@redis@@ * Partial resynchronization not possible (no cached master)")
    r0(77.4, "1:S @@redis@@ * Full resync from master: 8e3f1a2b9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f:5512044")
    r0(77.9, "1:S @@redis@@ * MASTER <-> REPLICA sync: Flushing old data", ev=True)
    r0(78.1, "1:S @@redis@@ * MASTER <-> REPLICA sync: Finished with success")
    ad2(79.0, elixir("error", "Redix command failed: %Redix.Error{message: \"READONLY You can't write against a read only replica.\"}", meta="event_id=rs2026lbd7"))
    ad2(79.5, elixir("info", "sentinel reported new master for mymaster: %s:6379, reconnecting" % N1))
    for k, t in enumerate([92.0, 93.1, 94.4]):
        ad2(t, elixir("warning", "no dedupe record for event rs2026lbd%d (ack missing), re-dispatching alert to all channels" % (2 + k), meta="event_id=rs2026lbd%d" % (2 + k)), ev=(k == 0))
        ad2(t + 0.6, elixir("info", "push delivered provider=fcm subscribers=17851 status=200 duration_ms=%d" % (2900 + k * 130), meta="event_id=rs2026lbd%d" % (2 + k)))
    ad1(120.0, elixir("warning", "duplicate-notification complaints webhook: 212 reports in last 60s"))
    w.noise(0, 125, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="alert-dispatch re-sent three earthquake notifications that had already gone out, and Redis logs show a Sentinel failover — wasn't a failover supposed to be seamless?",
        selector={"namespace": "alerting", "app": "alert-dispatch"},
        severity="CRITICAL", category="database", component="alert-state",
        root_cause="The alert-state Sentinel setup uses quorum 1, so a single sentinel declared the master down during a brief stall (AOF rewrite) and promoted alert-state-node-1 while node-0 kept running as master; one alert-dispatch pod kept writing acks to node-0 for ~40 s (split brain), and when node-0 was converted to a replica it flushed its data, losing those acks.",
        summary="Split-brain failover of alert-state lost ~40 s of alert acknowledgements; alert-dispatch re-sent three already delivered public alerts to ~18,000 subscribers and users are complaining about duplicates.",
        action="Set Sentinel quorum to 2 of 3 and min-replicas-to-write 1 on alert-state, make alert-dispatch always resolve the master through Sentinel and re-check after READONLY, and review the three duplicate notifications.",
        tags=["outside-selector", "nested-cause", "quiet-cause"])


# --------------------------------------------------------------------------- w30
def w30():
    w = Window("w30", "2026-04-28T09:00:00.000Z")
    APP = "survey-plan-renderer"
    p1 = dep_pod(APP, "a", rs="r1.8.2")
    p2 = dep_pod(APP, "b", rs="r1.8.2")
    r1 = w.src(pod("cadastre-maps", p1, "renderer", "wrk-04.ocp.lrcso.internal", APP))
    r2 = w.src(pod("cadastre-maps", p2, "renderer", "wrk-06.ocp.lrcso.internal", APP))
    ERR = ("botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: "
           "The AWS access key Id you provided does not exist in our records.")

    def preview(src, t, parcel, ms):
        src(t, structlog("info", "preview rendered", parcel=parcel, format="png", width=1024, duration_ms=ms, logger="renderer.preview"))

    def pdf_fail(src, t, plan, parcel, ev_=False):
        src(t, structlog("info", "plan rendered", plan_id=plan, parcel=parcel, pages=3, duration_ms=2410 + len(plan) * 7, logger="renderer.pdf"))
        src(t + 0.4, structlog("error", "upload failed", plan_id=plan, bucket="survey-plans-7c1e9d42-0b3a-4f58-9e61-2d4c8a7f5b13", key="plans/2026/%s.pdf" % plan,
                               error=ERR, access_key_id="Q2tBZjRk...N3Vx", logger="renderer.storage"), ev=ev_)
        src(t + 0.45, structlog("warning", "request failed", method="POST", path="/v1/plans/%s/pdf" % plan, status=502, logger="renderer.http"))

    preview(r1, 2.0, "LIN-0012-0431", 612)
    pdf_fail(r1, 5.0, "VP-2026-04811", "LIN-0012-0431", ev_=True)
    preview(r2, 9.0, "KRE-0044-1170", 588)
    r2(14.0, structlog("error", "download failed", plan_id="VP-2026-03977", status=403, error_code="SignatureDoesNotMatch",
                       error="An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.",
                       logger="renderer.storage"), ev=True)
    r2(14.05, structlog("warning", "request failed", method="GET", path="/v1/plans/VP-2026-03977/pdf", status=502, logger="renderer.http"))
    pdf_fail(r2, 21.0, "VP-2026-04812", "WEI-0031-0415")
    preview(r1, 29.0, "BRA-0007-0092", 701)
    pdf_fail(r1, 36.0, "VP-2026-04813", "BRA-0007-0092")
    preview(r2, 44.0, "LIN-0099-0004", 655)
    preview(r1, 51.0, "KRE-0019-0731", 690)
    pdf_fail(r2, 60.0, "VP-2026-04814", "KRE-0019-0731")
    r1(72.0, structlog("error", "download failed", plan_id="VP-2026-04102", status=403, error_code="SignatureDoesNotMatch",
                       error="An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.",
                       logger="renderer.storage"))
    r1(72.05, structlog("warning", "request failed", method="GET", path="/v1/plans/VP-2026-04102/pdf", status=502, logger="renderer.http"))
    pdf_fail(r1, 81.0, "VP-2026-04815", "LIN-0003-0017")
    preview(r2, 90.0, "WEI-0002-0090", 640)
    r2(100.0, structlog("info", "health", status="ok", render_queue=0, workers=4, logger="renderer.health"))
    w.noise(0, 105, 11, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Surveyors say 'Download plan PDF' fails since this morning while the map previews work fine — is the renderer overloaded?",
        selector={"namespace": "cadastre-maps", "app": "survey-plan-renderer"},
        severity="ERROR", category="auth_failure", component="survey-plan-renderer",
        root_cause="The survey-plans bucket credentials were rotated, but the running survey-plan-renderer pods still use the old access key from their environment: NooBaa S3 rejects uploads with InvalidAccessKeyId and downloads with SignatureDoesNotMatch (403).",
        summary="Every plan PDF upload and download fails (502 to the surveyors) while rendering and PNG previews work; the renderer is not overloaded (empty queue).",
        action="Restart the survey-plan-renderer Deployment so it picks up the new bucket Secret (and add a reloader annotation so future key rotations roll the pods), then re-render the failed plans.",
        tags=[])


RECORDS = [w21, w22, w23, w24, w25, w26, w27, w28, w29, w30]
