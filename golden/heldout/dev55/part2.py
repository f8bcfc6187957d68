"""dev55 part 2: ten ERROR records (e01-e10)."""
from common import (Rec, start_at, selector, record, podl, journal, kernel, noise_coredns,
                    noise_ingress, noise_fluentbit, noise_pg_checkpoint, noise_redis,
                    noise_kubelet_probe_ok, noise_prom_remote, ev_exporter, ev_router, ev_alloy)


def e01():
    """apiary: OpenResty gateway cannot verify hive-ingest's expired certificate."""
    r = Rec("e01", start_at(12, 9, 58, 40))  # certificate notAfter 10:00:00Z
    gwp = r.pod("hive-scale-gateway")
    gw = podl("apiary", gwp, "openresty", "apiary-edge-1")
    hip = [r.pod("hive-ingest", "58f9d7c6b4") for _ in range(2)]
    hi = [podl("apiary", p, "hive-ingest", n) for p, n in zip(hip, ["apiary-edge-2", "apiary-edge-3"])]
    sa = podl("apiary", r.pod("swarm-alert"), "swarm-alert", "apiary-edge-3")
    up_ips = [r.ip(), r.ip()]
    r.add(2.0, hi[0], ('NOT @NIM@ TLS context reloaded                     topics="tls" tid=1 file=/etc/hive-ingest/tls/tls.crt '
                       'subject="CN=hive-ingest.apiary.svc" notAfter="2026-03-12T10:00:00Z" changed=false'), ev=True)
    r.add(2.4, hi[1], ('NOT @NIM@ TLS context reloaded                     topics="tls" tid=1 file=/etc/hive-ingest/tls/tls.crt '
                       'subject="CN=hive-ingest.apiary.svc" notAfter="2026-03-12T10:00:00Z" changed=false'))
    def gw_fn(i, t):
        hive = f"H-0{r.rng.randint(100, 699)}"
        cli = r.ip()
        if t < 80:
            ua = r.rng.randint(0, 1)
            return gw, (f'{cli} - - [@CLF@] "POST /v1/scales/{hive}/readings HTTP/1.1" 204 0 "-" "HiveScale/3.2 (esp32)" '
                        f'upstream={up_ips[ua]}:8443 rt={r.rng.uniform(0.004, 0.03):.3f}')
        ip = r.rng.choice(up_ips)
        out = [(gw, (f'@NGX@ [error] 7#7: *{r.rng.randint(20000, 90000)} upstream SSL certificate verify error: (10:certificate has expired) '
                     f'while SSL handshaking to upstream, client: {cli}, server: scales.apiary.example.net, request: '
                     f'"POST /v1/scales/{hive}/readings HTTP/1.1", upstream: "https://{ip}:8443/v1/readings", host: "scales.apiary.example.net"')),
               (gw, (f'{cli} - - [@CLF@] "POST /v1/scales/{hive}/readings HTTP/1.1" 502 157 "-" "HiveScale/3.2 (esp32)" '
                     f'upstream={ip}:8443 rt=0.003'))]
        return out
    r.spread(0, 320, 26, gw_fn)
    def hi_fn(i, t):
        lab = hi[i % 2]
        if t < 80:
            return lab, (f'INF @NIM@ reading accepted                         topics="api" tid=3 hive=H-0{r.rng.randint(100, 699)} '
                         f'grams={r.rng.randint(28000, 71000)} tempC={r.rng.uniform(31, 36):.1f}')
        return lab, (f'WRN @NIM@ TLS handshake failed                     topics="tls" tid=2 peer={r.ip()}:{r.rng.randint(32000, 60000)} '
                     'err="error:0A000415:SSL routines::sslv3 alert certificate expired"')
    r.spread(0, 320, 10, hi_fn)
    def sa_fn(i, t):
        return sa, f"@ERL@ info: swarm_alert: hive H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.02, 0.3):.2f} below threshold 0.80"
    r.spread(0, 320, 5, sa_fn)
    # mark first certificate error in gateway as evidence
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "certificate has expired" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    r.add(95.0, gw, ("@NGX@ [warn] 7#7: *1 [lua] readings.lua:61: buffer_reading(): upstream unavailable, buffering reading in "
                     "shared dict readings_backlog (412 queued), client: 10.42.0.1, server: scales.apiary.example.net"))
    return record(
        "e01", r, "Since 10:00 the hive scales get 502 from the gateway — what changed?",
        selector("apiary"), "ERROR", "tls_certificate", "hive-ingest",
        "hive-ingest's serving certificate (CN=hive-ingest.apiary.svc) expired at 10:00:00Z and was never "
        "renewed; the OpenResty gateway verifies upstream certificates and rejects the handshake, returning 502.",
        "Every hive-scale reading POST through hive-scale-gateway fails with 502 since 10:00 because the "
        "upstream TLS verification to hive-ingest fails on an expired certificate.",
        "Issue a new certificate for hive-ingest (update the tls Secret / cert-manager Certificate), let it "
        "reload, and add expiry alerting; the gateway's buffered readings will drain afterwards.",
        [])


def e02():
    """herbarium: specimen-intake's Keycloak client secret is stale after rotation."""
    r = Rec("e02", start_at(12, 14, 2, 0))
    sip = r.pod("specimen-intake")
    si = podl("herbarium", sip, "specimen-intake", "hb-node-3")
    kc = podl("identity", "keycloak-0", "keycloak", "hb-node-1")
    kc1 = podl("identity", "keycloak-1", "keycloak", "hb-node-2")
    ocr = podl("herbarium", r.pod("label-ocr"), "label-ocr", "hb-node-2")
    realm = f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    def kc_ok(i, t):
        lab = kc if i % 2 else kc1
        user = r.rng.choice(["mwhitfield", "a.okonkwo", "curator-ljs", "jpereira"])
        return lab, (f'@JAVA@ INFO  [org.keycloak.events] (executor-thread-{r.rng.randint(1, 40)}) type="CODE_TO_TOKEN", '
                     f'realmId="{realm}", realmName="herbarium", clientId="specimen-portal", userId="{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}", '
                     f'ipAddress="{r.ip("10.0")}", token_id="{r.hexid(8)}-{r.hexid(4)}", grant_type="authorization_code", '
                     f'refresh_token_type="Refresh", scope="openid profile email", refresh_token_id="{r.hexid(8)}-{r.hexid(4)}", '
                     f'client_auth_method="client-secret", username="{user}"')
    r.spread(0, 300, 6, kc_ok)
    r.add(3.0, si, "[@MOJO@] [11] [info] access token for client specimen-intake expires in 0s, requesting a new one from https://keycloak.identity.svc:8443/realms/herbarium/protocol/openid-connect/token")
    sip_ip = r.ip()
    for n, t in enumerate([3.1, 33.4, 64.0, 125.2, 186.0, 248.9]):
        r.add(t + 0.05, kc if n % 2 == 0 else kc1,
              (f'@JAVA@ WARN  [org.keycloak.events] (executor-thread-{r.rng.randint(1, 40)}) type="CLIENT_LOGIN_ERROR", '
               f'realmId="{realm}", realmName="herbarium", clientId="specimen-intake", userId="null", ipAddress="{sip_ip}", '
               'error="invalid_client_credentials", grant_type="client_credentials"'), ev=(n < 2))
        r.add(t + 0.08, si, ('[@MOJO@] [11] [error] Token request failed: 401 Unauthorized {"error":"unauthorized_client",'
                             '"error_description":"Invalid client or Invalid client credentials"}'), ev=(n == 0))
        for m in range(2):
            bc = f"HB{r.rng.randint(100000, 999999)}"
            r.add(t + 0.2 + m * 0.3, si, f'[@MOJO@] [{r.rng.randint(9, 12)}] [error] Publishing {bc} to collections-api failed: no access token (401); left in outbox')
            r.add(t + 0.21 + m * 0.3, si, f'[@MOJO@] [{r.rng.randint(9, 12)}] [info] POST "/specimens/{bc}/publish" ({r.hexid(8)}) 502 Bad Gateway ({r.rng.uniform(0.05, 0.1):.6f}s, {r.rng.randint(9, 20)}.{r.rng.randint(100, 999)}/s)')
    def ocr_fn(i, t):
        return ocr, f"@JAVA@ INFO label_ocr.worker: sheet HB{r.rng.randint(100000, 999999)}: {r.rng.randint(3, 14)} text lines, mean confidence {r.rng.uniform(71, 93):.1f}"
    r.spread(0, 300, 7, ocr_fn)
    return record(
        "e02", r, "Specimen publishing from specimen-intake fails with 401/502 — why?",
        selector("herbarium", app="specimen-intake"), "ERROR", "auth_failure", "specimen-intake",
        "specimen-intake authenticates to Keycloak with a stale client secret (the specimen-intake client's secret "
        "was rotated); Keycloak rejects the client_credentials grant with invalid_client_credentials, so no "
        "access token is available for publishing.",
        "All publish calls from specimen-intake fail (no token, 401 from Keycloak, 502 to callers) since its "
        "cached token expired at 14:02; other Keycloak clients log in normally.",
        "Update specimen-intake's client secret (Secret/env) to the rotated value from Keycloak and restart it; "
        "the outbox will republish.",
        ["outside-selector", "quiet-cause"])


def e03():
    """bookmobile: Deno catalog-search hammered Open Library and now gets 429."""
    r = Rec("e03", start_at(13, 10, 15, 0))
    csp = r.pod("catalog-search")
    cs = podl("bookmobile", csp, "catalog-search", "bm-node-2")
    tr = podl("traefik", r.pod("traefik"), "traefik", "bm-node-1")
    rf = podl("bookmobile", r.pod("rfid-sync"), "rfid-sync", "bm-node-3")
    isbns = ["9780141439518", "9780571334650", "9781847086150", "9780008305796", "9781529111743", "9780241983041"]
    r.add(1.0, cs, "INFO enrich: warming cover cache for new-arrivals list (1,840 titles) from https://openlibrary.org")
    def cs_fn(i, t):
        isbn = r.rng.choice(isbns)
        if t < 25:
            return cs, f"INFO enrich: isbn={isbn} cover=hit ms={r.rng.randint(80, 300)}"
        return [(cs, f"ERROR enrich: GET https://openlibrary.org/isbn/{isbn}.json -> 429 Too Many Requests (retry-after: 60s)"),
                (cs, f"WARNING enrich: isbn={isbn} giving up after 3 attempts, serving search result without availability/cover data")]
    r.spread(0, 300, 22, cs_fn)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "429 Too Many Requests" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    def tr_fn(i, t):
        st = 200 if (t < 25 or i % 3) else 503
        path = r.rng.choice(["/api/search?q=dinosaurs", "/api/search?q=tide+tables", "/api/enrich/new-arrivals", "/api/search?q=knitting"])
        if st == 503:
            path = "/api/enrich/new-arrivals"
        return tr, (f'{r.ip("10.0")} - - [@CLF@] "GET {path} HTTP/1.1" {st} {r.rng.randint(400, 9000) if st == 200 else 41} "-" '
                    f'"BookmobileKiosk/2.3" {r.rng.randint(1000, 9000)} "bookmobile-catalog-search@kubernetescrd" '
                    f'"http://{r.ip()}:8000" {r.rng.randint(20, 400) if st == 200 else r.rng.randint(3000, 9000)}ms')
    r.spread(0, 300, 14, tr_fn)
    def rf_fn(i, t):
        return rf, (f'time="@ISO@" level=info msg="checkin batch published" topic=persistent://bookmobile/circ/checkins '
                    f'van=van-{r.rng.randint(1, 6)} items={r.rng.randint(3, 60)}')
    r.spread(0, 300, 6, rf_fn)
    return record(
        "e03", r, "Why are new-arrivals pages on the bookmobile kiosks missing covers and returning 503?",
        selector("bookmobile", app="catalog-search"), "ERROR", "rate_limited", "catalog-search",
        "catalog-search's cover-cache warm-up fires ~1,800 requests at the Open Library API and is rate-limited "
        "(429 Too Many Requests, retry-after 60s); enrichment gives up after 3 attempts and the new-arrivals "
        "endpoint fails.",
        "Open Library returns 429 to catalog-search; /api/enrich/new-arrivals returns 503 through Traefik and "
        "search results lack covers and availability.",
        "Throttle the warm-up (concurrency and requests per minute), honour Retry-After, and cache results; "
        "re-run the warm-up slowly after the limit window.",
        [])


def e04():
    """bookmobile: Traefik 504s, route-planner (Racket) deadline to OSRM; OSRM table calls take 40 s."""
    r = Rec("e04", start_at(13, 6, 30, 0))
    tr = podl("traefik", r.pod("traefik"), "traefik", "bm-node-1")
    rpp = r.pod("route-planner")
    rp = podl("bookmobile", rpp, "route-planner", "bm-node-2")
    osp = r.pod("osrm-backend")
    osr = podl("routing", osp, "osrm-routed", "bm-node-3")
    hs = podl("bookmobile", r.pod("holds-service"), "holds-service", "bm-node-3")
    rp_ip = r.ip()
    def small(i, t):
        return osr, (f"[info] @OSRM@ {r.rng.uniform(3, 30):.4f}ms {r.ip()} - Racket/8.12 (net/http-easy) 200 "
                     f"/route/v1/driving/{r.rng.uniform(-3.9, -3.1):.5f},{r.rng.uniform(51.6, 52.1):.5f};{r.rng.uniform(-3.9, -3.1):.5f},{r.rng.uniform(51.6, 52.1):.5f}?overview=false")
    r.spread(2, 300, 6, small)
    for n, t in enumerate([10.0, 55.0, 101.0, 148.0, 196.0, 240.0]):
        stops = 212 + n
        dur = 40213.6 + n * 977.3
        van = f"van-{n % 6 + 1}"
        r.add(t, rp, f"[@DT@] info route-planner: planning {van}: {stops} stops, requesting OSRM duration matrix")
        r.add(t + 25.0, rp, f"[@DT@] error route-planner: osrm /table/v1/driving exceeded 25s deadline (stops={stops}); replying 504 to caller", ev=(n == 0))
        r.add(t + 25.01, tr, (f'{r.ip("10.0")} - - [@CLF@] "POST /api/routes/plan?van={van} HTTP/1.1" 504 21 "-" '
                              f'"Go-http-client/1.1" {r.rng.randint(2000, 9000)} "bookmobile-route-planner@kubernetescrd" '
                              f'"http://{rp_ip}:8080" 25013ms'))
        r.add(t + dur / 1000.0, osr, (f"[info] @OSRM@ {dur:.4f}ms {rp_ip} - Racket/8.12 (net/http-easy) 200 "
                                      f"/table/v1/driving/polyline({r.hexid(24)})?annotations=duration"), ev=(n < 2))
    def hs_fn(i, t):
        return hs, (f'@ISO@  INFO 1 --- [holds-service] [nio-8080-exec-{r.rng.randint(1, 9)}] l.b.holds.web.HoldsController            '
                    f': GET /api/holds?branch=van-{r.rng.randint(1, 6)} -> 200 ({r.rng.randint(8, 60)} ms)')
    r.spread(0, 300, 7, hs_fn)
    return record(
        "e04", r, "Route planning requests from the depot app time out with 504 — why?",
        selector("bookmobile"), "ERROR", "timeout", "osrm",
        "OSRM's /table duration-matrix requests for 212+ stops take ~40 s (logged at INFO with status 200), longer "
        "than route-planner's 25 s deadline, so route-planner gives up and Traefik returns 504.",
        "Every van plan request fails with 504: route-planner times out waiting for OSRM's duration matrix, "
        "which completes only after ~40 s.",
        "Split the matrix into smaller batches or use the MLD/CH profile with more threads for osrm-routed, and "
        "align route-planner's deadline with realistic table latency.",
        ["nested-cause", "quiet-cause", "outside-selector"])


def e05():
    """bookmobile: rfid-sync refused by Pulsar; the broker was shut down for maintenance and not brought back."""
    r = Rec("e05", start_at(14, 21, 0, 0))
    rfp = r.pod("rfid-sync")
    rf = podl("bookmobile", rfp, "rfid-sync", "bm-node-3")
    br = podl("pulsar", "pulsar-broker-0", "pulsar-broker", "bm-node-2")
    bk = podl("pulsar", "pulsar-bookie-1", "pulsar-bookie", "bm-node-3")
    exp = podl("monitoring", r.pod("kube-event-exporter"), "event-exporter", "bm-node-1")
    r.add(0.5, br, "@PULSAR@ [pulsar-web-41-7] INFO  org.eclipse.jetty.server.RequestLog - 10.42.0.18 - - [@CLF@] \"POST /admin/v2/brokers/shutdown?maxConcurrentUnloadPerSec=10&forcedTerminateTopic=true HTTP/1.1\" 204 0 \"-\" \"Pulsar-Java-v3.1.2\" 4")
    r.add(0.9, br, "@PULSAR@ [pulsar-web-41-7] INFO  org.apache.pulsar.broker.service.BrokerService - Unloading namespace-bundles... (maxConcurrentUnloadPerSec=10)")
    r.add(6.2, br, "@PULSAR@ [main] INFO  org.apache.pulsar.broker.PulsarService - Closing PulsarService", ev=True)
    r.add(6.9, br, "@PULSAR@ [main] INFO  org.apache.pulsar.broker.PulsarService - Closed PulsarService")
    r.add(8.0, exp, ev_exporter(r, "pulsar", "StatefulSet", "pulsar-broker", "SuccessfulDelete",
                                "delete Pod pulsar-broker-0 in StatefulSet pulsar-broker successful", etype="Normal",
                                component="statefulset-controller"))
    r.add(8.1, exp, ev_exporter(r, "pulsar", "StatefulSet", "pulsar-broker", "SuccessfulDelete",
                                "delete Pod pulsar-broker-1 in StatefulSet pulsar-broker successful", etype="Normal",
                                component="statefulset-controller"), ev=True)
    def bk_fn(i, t):
        return bk, (f"@PULSAR@ [GarbageCollectorThread-{r.rng.randint(6, 12)}-1] INFO  org.apache.bookkeeper.bookie.GarbageCollectorThread - "
                    f"Extracting entry log meta from entryLogId: {r.rng.randint(400, 480)}")
    r.spread(0, 300, 5, bk_fn)
    def rf_fn(i, t):
        if t < 7:
            return rf, (f'time="@ISO@" level=info msg="checkin batch published" topic=persistent://bookmobile/circ/checkins '
                        f'van=van-{r.rng.randint(1, 6)} items={r.rng.randint(3, 60)}')
        k = i % 3
        if k == 0:
            return rf, ('time="@ISO@" level=error msg="Failed to connect to broker." error="dial tcp 10.43.61.204:6650: connect: connection refused" '
                        'local_addr="<nil>" remote_addr="pulsar://pulsar-broker.pulsar.svc.cluster.local:6650"')
        if k == 1:
            return rf, (f'time="@ISO@" level=warning msg="Failed to create producer at reconnect" error="connection error" '
                        f'producerID=1 producer_name=rfid-sync-{rfp[-5:]} topic="persistent://bookmobile/circ/checkins"')
        return rf, f'time="@ISO@" level=error msg="checkin spool growing" spooled={200 + int(t * 9)} oldest="{int(t)}s"'
    r.spread(0, 300, 24, rf_fn)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "connect: connection refused" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    return record(
        "e05", r, "RFID check-ins from the vans are piling up in rfid-sync's spool — why?",
        selector("bookmobile", app="rfid-sync"), "ERROR", "connection_refused", "pulsar-broker",
        "The Pulsar brokers were shut down through the admin API (brokers/shutdown) and the broker pods deleted, "
        "and nothing brought them back; rfid-sync's producer gets connection refused from the broker service.",
        "rfid-sync cannot publish check-ins: every connect to pulsar-broker:6650 is refused since 21:00, the "
        "producer cannot reconnect and the local spool keeps growing.",
        "Bring the pulsar-broker StatefulSet back (scale up / finish the maintenance), confirm the broker "
        "is Ready, then watch rfid-sync drain its spool.",
        ["outside-selector", "quiet-cause"])


def e06():
    """apiary: forage-model CronJob image pull fails: registry robot account expired (401)."""
    r = Rec("e06", start_at(15, 2, 0, 0))
    node = "apiary-edge-3"
    img = "harbor.apiary.coop/models/forage-model:2026.02"
    kl = journal(node, "kubelet.service")
    jobpod = f"forage-model-29515320-{r.suffix()}"
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    hb = podl("harbor", r.pod("harbor-core"), "core", "apiary-cp-1")
    nats = podl("apiary", "nats-0", "nats", "apiary-edge-1")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-2")
    scope = "repository%3Amodels%2Fforage-model%3Apull"
    err = (f'rpc error: code = Unknown desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
           f'failed to authorize: failed to fetch oauth token: unexpected status from GET request to '
           f'https://harbor.apiary.coop/service/token?scope={scope}&service=harbor-registry: 401 Unauthorized')
    r.add(0.1, exp, ev_exporter(r, "apiary", "CronJob", "forage-model", "SuccessfulCreate",
                                "Created job forage-model-29515320", etype="Normal", component="cronjob-controller"))
    r.add(0.2, exp, ev_exporter(r, "apiary", "Job", "forage-model-29515320", "SuccessfulCreate",
                                f"Created pod: {jobpod}", etype="Normal", component="job-controller"))
    for n, t in enumerate([1.5, 16.0, 44.0, 101.0, 187.0, 350.0]):
        r.add(t, hb, (f'@ISOS@ [WARNING] [/server/middleware/security/robot.go:72][requestID="{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"]: '
                      'the robot account is expired: robot$models+apiary-puller'), ev=(n == 0))
        r.add(t + 0.05, kl, f'E@KD@    1402 log.go:32] "PullImage from image service failed" err="{err.replace(chr(34), chr(92) + chr(34))}" image="{img}"', ev=(n == 0))
        r.add(t + 0.1, exp, ev_exporter(r, "apiary", "Pod", jobpod, "Failed", f'Failed to pull image "{img}": {err}',
                                        host=node, count=n + 1, fieldpath="spec.containers{forage-model}"), ev=(n == 0))
        r.add(t + 0.11, exp, ev_exporter(r, "apiary", "Pod", jobpod, "Failed", "Error: ErrImagePull", host=node, count=n + 1,
                                         fieldpath="spec.containers{forage-model}"))
        r.add(t + 9.0, exp, ev_exporter(r, "apiary", "Pod", jobpod, "Failed", "Error: ImagePullBackOff", host=node, count=n + 1,
                                        fieldpath="spec.containers{forage-model}"))
    r.add(600.2, exp, ev_exporter(r, "apiary", "Job", "forage-model-29515320", "DeadlineExceeded",
                                  "Job was active longer than specified deadline", component="job-controller"))
    def nats_fn(i, t):
        return nats, (f'[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - cid:{r.rng.randint(40, 400)} - '
                      '"v0.9.2:nim:hive-ingest" - Client connection created')
    r.spread(0, 600, 3, nats_fn)
    def hi_fn(i, t):
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                    f'stream=HIVE_SCALE count={r.rng.randint(20, 120)} lagMs={r.rng.randint(40, 400)}')
    r.spread(0, 600, 8, hi_fn)
    return record(
        "e06", r, "Tonight's forage-model run never started and the Job failed — why?",
        selector("apiary", app="forage-model"), "ERROR", "image_pull", "forage-model",
        "The pull credentials used for harbor.apiary.coop belong to robot$models+apiary-puller, which has expired; "
        "the token request returns 401 so containerd cannot pull forage-model:2026.02 and the Job hits its "
        "activeDeadlineSeconds in ImagePullBackOff.",
        "The nightly forage-model Job failed with DeadlineExceeded after 10 minutes of ErrImagePull/"
        "ImagePullBackOff; every pull attempt got 401 Unauthorized from Harbor's token service.",
        "Renew or recreate the Harbor robot account, update the imagePullSecret in apiary, and re-run the "
        "CronJob manually (kubectl create job --from=cronjob/forage-model).",
        ["outside-selector"])


def e07():
    """herbarium: Cantaloupe readiness probe (1s timeout) fails under load; endpoints drop, ingress 503."""
    r = Rec("e07", start_at(16, 13, 40, 0))
    rs = r.rs_hash(10)
    pods = [(r.pod("iiif-server", rs), n) for n in ("hb-node-2", "hb-node-3")]
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    ingp = r.pod("ingress-nginx-controller", "6b9b4d6f8")
    ing = podl("ingress-nginx", ingp, "controller", "hb-node-1")
    ips = [r.ip(), r.ip()]
    qtps = [r.rng.randint(100000000, 999999999) for _ in pods]
    for j, (p, nd) in enumerate(pods):
        lab = podl("herbarium", p, "cantaloupe", nd)
        def fn(i, t, lab=lab, j=j):
            if i % 2 == 0:
                return lab, (f"@JAVA@ [qtp{qtps[j]}-{r.rng.randint(20, 220)}] INFO  e.i.l.c.r.ImageRequestHandler - "
                             f"Processing /iiif/3/HB{r.rng.randint(100000, 999999)}.tif/full/max/0/default.jpg")
            return lab, (f"@JAVA@ [qtp{qtps[j]}-{r.rng.randint(20, 220)}] INFO  e.i.l.c.r.AbstractResource - "
                         f"Request completed in {r.rng.randint(1800, 6400)} ms (HTTP 200, TurboJpegProcessor, source=S3Source)")
        r.spread(0, 300, 14, fn)
    for n, t in enumerate([18.0, 28.0, 38.0, 95.0, 105.0, 190.0, 200.0, 210.0]):
        j = n % 2
        p, nd = pods[j]
        r.add(t, exp, ev_exporter(r, "herbarium", "Pod", p, "Unhealthy",
                                  f'Readiness probe failed: Get "http://{ips[j]}:8182/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                                  host=nd, count=n // 2 + 1, fieldpath="spec.containers{cantaloupe}"), ev=(n < 3))
    for t in (40.5, 107.0, 212.0):
        r.add(t, ing, f'W@KD@       7 controller.go:1214] Service "herbarium/iiif-server" does not have any active Endpoint.')
    def ing_fn(i, t):
        down = (40.5 < t < 70) or (107 < t < 130) or (212 < t < 260)
        if down:
            return ing, (f'{r.ip("10.0")} - - [@CLF@] "GET /iiif/3/HB{r.rng.randint(100000, 999999)}.tif/full/!1200,1200/0/default.jpg HTTP/2.0" 503 190 '
                         f'"https://specimens.herbarium.example.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0" '
                         f'{r.rng.randint(60, 120)} 0.000 [herbarium-iiif-server-8182] [] - - - - {r.hexid(32)}')
        return ing, (f'{r.ip("10.0")} - - [@CLF@] "GET /iiif/3/HB{r.rng.randint(100000, 999999)}.tif/full/!1200,1200/0/default.jpg HTTP/2.0" 200 {r.rng.randint(90000, 400000)} '
                     f'"https://specimens.herbarium.example.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0" '
                     f'{r.rng.randint(60, 120)} {r.rng.uniform(1.8, 6.4):.3f} [herbarium-iiif-server-8182] [] {r.rng.choice(ips)}:8182 '
                     f'{r.rng.randint(90000, 400000)} {r.rng.uniform(1.8, 6.4):.3f} 200 {r.hexid(32)}')
    r.spread(0, 300, 22, ing_fn)
    return record(
        "e07", r, "The specimen viewer intermittently shows 'Service Unavailable' for images — why?",
        selector("herbarium", app="iiif-server"), "ERROR", "probe_failure", "iiif-server",
        "iiif-server's readiness probe (GET /health, 1 s timeout) is served by the same Jetty pool that is busy "
        "decoding large TIFFs (2-6 s per request); the probe times out, both pods are marked unready and the "
        "Service loses all endpoints although Cantaloupe keeps running.",
        "Both iiif-server pods repeatedly fail readiness probes under load; while they are unready the ingress "
        "has no endpoint and returns 503 for image requests.",
        "Raise the readiness probe timeoutSeconds/failureThreshold (or serve /health on a separate port/thread "
        "pool) and add replicas or caching for heavy TIFF derivatives.",
        ["outside-selector", "quiet-cause"])


def e08():
    """apiary: YugabyteDB serialization conflicts on a hot aggregate row."""
    r = Rec("e08", start_at(17, 8, 10, 0))
    his = [(r.pod("hive-ingest", "58f9d7c6b4"), n) for n in ("apiary-edge-1", "apiary-edge-2", "apiary-edge-3")]
    ts2 = podl("yugabyte", "yb-tserver-2", "yb-tserver", "apiary-edge-2")
    ts0 = podl("yugabyte", "yb-tserver-0", "yb-tserver", "apiary-edge-1")
    ms = podl("yugabyte", "yb-master-0", "yb-master", "apiary-edge-3")
    tablet = r.hexid(32)
    peer = r.hexid(32)
    def ms_fn(i, t):
        return ms, (f"I@KD@ {r.rng.randint(30, 90)} catalog_manager_bg_tasks.cc:{r.rng.choice([139, 176])}] "
                    f"Starting to run background tasks, num tables: {r.rng.randint(40, 60)}")
    r.spread(0, 300, 3, ms_fn)
    def ts_fn(i, t):
        lab = ts2 if i % 3 else ts0
        return lab, (f"W@KD@ {r.rng.randint(40000, 49999)} conflict_resolution.cc:{r.rng.choice([96, 441])}] T {tablet} P {peer}: "
                     f"Transaction {r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}: Conflicts with higher priority transaction: "
                     f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)} (transaction error 3)")
    r.spread(8, 300, 12, ts_fn)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "Conflicts with higher priority transaction" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    def hi_fn(i, t):
        p, nd = his[i % 3]
        lab = podl("apiary", p, "hive-ingest", nd)
        if t < 8 or i % 4 == 0:
            return lab, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                         f'stream=HIVE_SCALE count={r.rng.randint(100, 600)} lagMs={r.rng.randint(400, 9000)}')
        return [(lab, ('ERR @NIM@ commit failed                            topics="db" tid=1 table=apiary_daily_weight '
                       'err="ERROR:  could not serialize access due to concurrent update" attempt=3')),
                (lab, (f'WRN @NIM@ nak batch for redelivery                 topics="ingest" tid=1 stream=HIVE_SCALE '
                       f'count={r.rng.randint(100, 600)} deliveries={r.rng.randint(2, 6)}'))]
    r.spread(0, 300, 22, hi_fn)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "could not serialize access" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    return record(
        "e08", r, "hive-ingest is failing to commit batches and JetStream lag is rising — why?",
        selector("apiary", app="hive-ingest"), "ERROR", "database", "yugabytedb",
        "Concurrent hive-ingest transactions all update the same apiary_daily_weight rows; YugabyteDB's conflict "
        "resolution aborts them (Conflicts with higher priority transaction) and YSQL returns 'could not "
        "serialize access due to concurrent update' after retries.",
        "Most hive-ingest commits fail with serialization errors from YugabyteDB; batches are NAKed and "
        "redelivered, so ingest throughput collapses and JetStream lag grows.",
        "Stop updating one aggregate row per apiary from every replica: accumulate per-replica deltas or use "
        "INSERT ... ON CONFLICT on per-hive rows, and add client-side retry with backoff.",
        ["outside-selector", "quiet-cause"])


def e09():
    """apiary/observability: RBD I/O errors abort ext4 journal; Vector aggregator's disk buffer is read-only."""
    r = Rec("e09", start_at(18, 4, 22, 0))
    node = "apiary-edge-3"
    k = kernel(node)
    va = podl("observability", "vector-aggregator-0", "vector", node)
    agents = [podl("observability", "vector-agent-" + r.suffix(), "vector", n) for n in ("apiary-edge-1", "apiary-edge-2")]
    loki = podl("observability", "loki-0", "loki", "apiary-edge-1")
    def va_ok(i, t):
        return va, (f'@ISO6@  INFO vector::topology::builder: Healthcheck passed.' if i == 0 else
                    f'@ISO6@  INFO vector::internal_events::heartbeat: Vector is running. uptime_seconds={86400 * 3 + int(t)}')
    r.spread(0, 20, 2, va_ok)
    r.add(24.0, k, "libceph: osd3 (1)10.0.8.13:6801 socket closed (con state OPEN)")
    r.add(24.6, k, "libceph: osd3 (1)10.0.8.13:6801 socket error on write")
    r.add(31.2, k, "rbd: rbd2: write at objno 1032 65536~4096 result -108", ev=True)
    r.add(31.21, k, "blk_update_request: I/O error, dev rbd2, sector 8456320 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0")
    r.add(31.3, k, "EXT4-fs error (device rbd2): ext4_journal_check_start:83: comm vector: Detected aborted journal", ev=True)
    r.add(31.31, k, "EXT4-fs (rbd2): Remounting filesystem read-only", ev=True)
    def va_err(i, t):
        if i % 2 == 0:
            return va, ('@ISO6@ ERROR sink{component_kind="sink" component_id=loki component_type=loki}: '
                        'vector_buffers::variants::disk_v2::writer: Writer encountered I/O error while flushing data file. '
                        'error=Read-only file system (os error 30) internal_log_rate_limit=true')
        return va, ('@ISO6@ ERROR source{component_kind="source" component_id=agents component_type=vector}:grpc-request'
                    f'{{grpc_service="vector.Vector" grpc_method="PushEvents"}}: vector::internal_events::common: '
                    'Failed to forward event(s), downstream is closed. error_code="stream_closed" error_type="writer_failed" '
                    'stage="sending" internal_log_rate_limit=true')
    r.spread(31.5, 300, 12, va_err)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "Read-only file system" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    def ag_fn(i, t):
        lab = agents[i % 2]
        if t < 31:
            return lab, '@ISO6@  INFO vector::internal_events::heartbeat: Vector is running. uptime_seconds=' + str(200000 + int(t))
        return lab, (f'@ISO6@  WARN sink{{component_kind="sink" component_id=aggregator component_type=vector}}:request{{request_id={r.rng.randint(4000, 9000)}}}: '
                     'vector::sinks::util::retries: Retrying after error. error=Request failed: status: Unavailable, message: "downstream is closed" '
                     'internal_log_rate_limit=true')
    r.spread(0, 300, 12, ag_fn)
    def loki_fn(i, t):
        return loki, (f'level=info ts=@ISO@ caller=table_manager.go:{r.rng.choice([136, 171])} index-store=tsdb-2024-04-01 '
                      f'msg="uploading tables"')
    r.spread(0, 300, 4, loki_fn)
    return record(
        "e09", r, "Logs from apiary stopped arriving in Loki around 04:22 — what broke?",
        selector("observability", pod="vector-aggregator-0"), "ERROR", "storage", "vector-aggregator",
        "Writes to vector-aggregator-0's RBD volume (rbd2) failed after the connection to osd3 dropped; ext4 aborted "
        "its journal and remounted the filesystem read-only, so Vector's disk buffer cannot be written.",
        "vector-aggregator-0 can no longer write its disk buffer (Read-only file system); it rejects events from "
        "the vector agents, which keep retrying, and no new logs reach Loki.",
        "Check Ceph health (osd3, client blocklisting), then restart vector-aggregator-0 so the volume is "
        "re-mapped and fsck'd; consider a memory buffer fallback.",
        ["nested-cause", "outside-selector"])


def e10():
    """herbarium: georef Fortran step fails on a namelist typo; Argo marks the workflow Failed."""
    r = Rec("e10", start_at(19, 1, 0, 0))
    wf = f"georef-nightly-{r.suffix()}"
    stp = f"{wf}-georef-{r.rng.randint(1000000000, 4000000000)}"
    node = "hb-node-2"
    main = podl("herbarium", stp, "main", node)
    wait = podl("herbarium", stp, "wait", node)
    prep = podl("herbarium", f"{wf}-fetch-gazetteer-{r.rng.randint(1000000000, 4000000000)}", "main", "hb-node-3")
    wc = podl("argo", r.pod("workflow-controller"), "workflow-controller", "hb-node-1")
    cdb = podl("herbarium", "cockroachdb-1", "db", "hb-node-3")
    def wc_line(msg, extra=""):
        return f'time="@ISO@" level=info msg="{msg}" namespace=herbarium workflow={wf}{extra}'
    r.add(0.2, wc, wc_line("Processing workflow"))
    r.add(0.3, wc, wc_line("Updated phase  -> Running"))
    r.add(0.5, wc, wc_line("Steps node " + wf + " initialized Running"))
    r.add(1.0, prep, "fetch-gazetteer: downloading GeoNames GB.zip (2026-03-18) ... ok, 63,211 features")
    r.add(14.0, prep, "fetch-gazetteer: wrote /work/gazetteer.tsv")
    r.add(16.0, wc, wc_line(f"node {wf}-{r.rng.randint(1000000000, 4000000000)} phase Running -> Succeeded"))
    r.add(17.5, wc, wc_line("Pod node " + stp + " initialized Pending"))
    r.add(21.0, wait, f'time="@ISO@" level=info msg="Starting Workflow Executor" version=v3.5.5')
    r.add(21.3, main, " georef 3.2.1 (gfortran 13.2.0) -- batch georeferencing of specimen localities")
    r.add(21.31, main, " reading namelist /etc/georef/georef.nml")
    r.add(21.33, main, "At line 42 of file src/georef_main.f90 (unit = 10, file = '/etc/georef/georef.nml')", ev=True)
    r.add(21.34, main, "Fortran runtime error: Cannot match namelist object name grid_spacng", ev=True)
    r.add(21.36, main, "Error termination. Backtrace:")
    r.add(21.37, main, "#0  0x7f3a1c2e3b21 in ???")
    r.add(21.38, main, "#1  0x401a7c in read_config at src/georef_main.f90:42")
    r.add(22.0, wait, 'time="@ISO@" level=info msg="Main container completed" error="<nil>"')
    r.add(22.2, wait, 'time="@ISO@" level=info msg="No output parameters"')
    r.add(24.0, wc, wc_line(f"Pod failed: Error (exit code 2)", f" podName={stp}"))
    r.add(24.1, wc, wc_line(f"node {stp} phase Running -> Failed"))
    r.add(24.2, wc, wc_line(f"node {stp} message: Error (exit code 2)"))
    r.add(24.4, wc, wc_line("Updated phase Running -> Failed"))
    r.add(24.41, wc, wc_line(f"Updated message  -> child '{stp}' failed"))
    r.add(24.5, wc, wc_line("Marking workflow completed"))
    r.add(24.6, wc, wc_line("Workflow update successful", " phase=Failed resourceVersion=88219"))
    def cdb_fn(i, t):
        return cdb, (f'I@CRDB@ {r.rng.randint(200, 900)} 2@server/status/runtime_log.go:47 ⋮ [T1,Vsystem,n2] {r.rng.randint(1000, 9999)}  '
                     f'runtime stats: {r.rng.uniform(1.1, 1.4):.1f} GiB RSS, {r.rng.randint(500, 700)} goroutines (stacks: 8.1 MiB), '
                     f'{r.rng.randint(300, 500)} MiB/{r.rng.randint(600, 800)} MiB Go alloc/total, 1.1 GiB CGO alloc, '
                     f'{r.rng.uniform(1, 5):.1f} CGO/sec, {r.rng.uniform(3, 9):.1f}/{r.rng.uniform(1, 3):.1f} %(u/s)time, 0.0 %gc (0x), '
                     f'{r.rng.randint(50, 300)} KiB/{r.rng.randint(50, 300)} KiB (r/w)net')
    r.spread(0, 60, 5, cdb_fn)
    return record(
        "e10", r, "The nightly georeferencing workflow failed — what's wrong?",
        selector("herbarium"), "ERROR", "config_error", "georef-batch",
        "The georef namelist mounted from the ConfigMap (/etc/georef/georef.nml) contains a misspelt variable "
        "'grid_spacng'; gfortran's namelist READ aborts with 'Cannot match namelist object name', the step exits "
        "2 and Argo fails the workflow.",
        "georef-nightly failed: the fetch-gazetteer step succeeded but the georef step died at startup on a "
        "namelist parse error, so no localities were georeferenced tonight.",
        "Fix the key to grid_spacing in the georef ConfigMap and resubmit the workflow (argo resubmit); consider "
        "validating the namelist in CI.",
        ["nested-cause"])


def records():
    return [e01(), e02(), e03(), e04(), e05(), e06(), e07(), e08(), e09(), e10()]
