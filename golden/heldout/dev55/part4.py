"""dev55 part 4: ten INFO / none records (i01-i10)."""
from common import (Rec, start_at, selector, record, podl, journal, kernel, noise_coredns,
                    noise_ingress, noise_fluentbit, noise_pg_checkpoint, noise_redis,
                    noise_kubelet_probe_ok, noise_prom_remote, ev_exporter, ev_router, ev_alloy)


def i01():
    """apiary: ordinary morning ingest."""
    r = Rec("i01", start_at(30, 6, 15, 0))
    rs = r.rs_hash(10)
    his = [podl("apiary", r.pod("hive-ingest", rs), "hive-ingest", f"apiary-edge-{i + 1}") for i in range(3)]
    nats = podl("apiary", "nats-0", "nats", "apiary-edge-1")
    gw = podl("apiary", r.pod("hive-scale-gateway"), "openresty", "apiary-edge-1")
    sa = podl("apiary", r.pod("swarm-alert"), "swarm-alert", "apiary-edge-3")
    kl = journal("apiary-edge-2", "kubelet.service")
    def hi_fn(i, t):
        lab = his[i % 3]
        if i % 5 == 4:
            return lab, (f'INF @NIM@ consumer stats                           topics="ingest" tid=1 stream=HIVE_SCALE '
                         f'pending={r.rng.randint(0, 80)} ackPending={r.rng.randint(0, 40)} redelivered=0')
        return lab, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                     f'stream=HIVE_SCALE count={r.rng.randint(80, 500)} lagMs={r.rng.randint(30, 300)}')
    r.spread(0, 300, 20, hi_fn)
    def gw_fn(i, t):
        return gw, (f'{r.ip("10.0")} - - [@CLF@] "POST /v1/scales/H-0{r.rng.randint(100, 699)}/readings HTTP/1.1" 204 0 "-" '
                    f'"HiveScale/3.2 (esp32)" upstream={r.ip()}:8443 rt={r.rng.uniform(0.004, 0.03):.3f}')
    r.spread(0, 300, 14, gw_fn)
    def nats_fn(i, t):
        if i == 2:
            return nats, "[1] @NATS@ [INF] JetStream cluster new consumer leader for 'APIARY > HIVE_SCALE > ingest'"
        return nats, (f'[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - cid:{r.rng.randint(40, 400)} - '
                      '"v0.9.2:nim:hive-ingest" - Client connection created')
    r.spread(0, 300, 4, nats_fn)
    def sa_fn(i, t):
        return sa, f"@ERL@ info: swarm_alert: hive H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.02, 0.3):.2f} below threshold 0.80"
    r.spread(0, 300, 6, sa_fn)
    noise_kubelet_probe_ok(r, 0, 300, 5, kl, [("apiary", his[1]["pod"]), ("apiary", "nats-1")])
    return record(
        "i01", r, "Quick health check: is hive ingest working normally this morning?",
        selector("apiary"), "INFO", "none", None,
        "No incident: hive readings are accepted (204), batches commit with sub-second lag and no redeliveries.",
        "Normal operation in apiary: the gateway accepts readings, hive-ingest commits batches with low lag, "
        "swarm-alert sees no swarm risk.",
        "Nothing to do.",
        [])


def i02():
    """herbarium: imaging workflow with one transient S3 503 retried; workflow Succeeded, error_count=0."""
    r = Rec("i02", start_at(31, 1, 0, 0))
    wf = f"imaging-nightly-{r.suffix()}"
    wc = podl("argo", r.pod("workflow-controller"), "workflow-controller", "hb-node-1")
    stp = f"{wf}-pyramid-{r.rng.randint(1000000000, 4000000000)}"
    main = podl("herbarium", stp, "main", "hb-node-3")
    wait = podl("herbarium", stp, "wait", "hb-node-3")
    s3 = podl("storage", r.pod("seaweedfs-filer", "84d6c7b9f5"), "filer", "hb-node-2")
    def wcl(msg, extra=""):
        return f'time="@ISO@" level=info msg="{msg}" namespace=herbarium workflow={wf}{extra}'
    r.add(0.1, wc, wcl("Processing workflow"))
    r.add(0.2, wc, wcl("Updated phase  -> Running"))
    r.add(0.4, wc, wcl(f"Pod node {stp} initialized Pending"))
    r.add(4.0, wait, 'time="@ISO@" level=info msg="Starting Workflow Executor" version=v3.5.5')
    r.add(4.2, main, "@JAVA@ INFO imaging.pyramid: 96 new sheet scans in s3://scans-raw/2026-03-30/")
    def m_fn(i, t):
        return main, (f"@JAVA@ INFO imaging.pyramid: HB{r.rng.randint(100000, 999999)}: pyramidal TIFF written "
                      f"({r.rng.randint(8, 14)} levels, {r.rng.randint(90, 400)} MB, jpeg q=90)")
    r.spread(5, 200, 14, m_fn)
    r.add(201.0, main, "@JAVA@ INFO imaging.pyramid: batch complete: 96 sheets, 96 written, error_count=0")
    r.add(203.0, wait, 'time="@ISO@" level=info msg="Main container completed" error="<nil>"')
    r.add(203.2, wait, f'time="@ISO@" level=info msg="Saving output artifacts"')
    r.add(203.9, wait, (f'time="@ISO@" level=warning msg="Transient error: 503 Service Unavailable: We encountered an internal error, '
                        f'please try again." artifactName=manifest key=herbarium/{wf}/{stp}/manifest.tgz'))
    r.add(203.91, s3, "I@KD@ s3api_object_handlers_put.go:87] PutObjectHandler herbarium-artifacts herbarium/" + wf + "/" + stp + "/manifest.tgz: volume server busy, returning 503")
    r.add(205.1, wait, (f'time="@ISO@" level=info msg="Save artifact" artifactName=manifest duration=1.184s error="<nil>" '
                        f'key=herbarium/{wf}/{stp}/manifest.tgz'))
    r.add(205.3, wait, 'time="@ISO@" level=info msg="Alloc=9811 TotalAlloc=20113 Sys=31205 NumGC=6 Goroutines=11"')
    r.add(207.0, wc, wcl(f"node {stp} phase Running -> Succeeded"))
    r.add(207.2, wc, wcl("Updated phase Running -> Succeeded"))
    r.add(207.3, wc, wcl("Marking workflow completed"))
    r.add(207.4, wc, wcl("Workflow update successful", " phase=Succeeded resourceVersion=91733"))
    def s3_fn(i, t):
        return s3, (f"I@KD@ filer_server_handlers_write_autochunk.go:{r.rng.choice([66, 88])}] "
                    f"assigned fid {r.rng.randint(1, 40)},{r.hexid(10)} for /buckets/scans-pyramid/HB{r.rng.randint(100000, 999999)}.tif")
    r.spread(5, 200, 6, s3_fn)
    return record(
        "i02", r, "Did tonight's imaging workflow have problems? I saw a 503 warning in the logs.",
        selector("herbarium"), "INFO", "none", None,
        "No incident: a single transient 503 from the S3 gateway during artifact upload was retried "
        "successfully; all 96 sheets were written and the workflow Succeeded.",
        "imaging-nightly completed normally (96/96 sheets, error_count=0); the 503 on manifest upload was a "
        "transient retry that succeeded within a second.",
        "Nothing to do.",
        ["healthy-lookalike"])


def i03():
    """bookmobile: planned rolling update of holds-service via Flux."""
    r = Rec("i03", start_at(1, 13, 0, 0))
    old_rs, new_rs = r.rs_hash(10), r.rs_hash(9)
    olds = [r.pod("holds-service", old_rs) for _ in range(2)]
    news = [r.pod("holds-service", new_rs) for _ in range(2)]
    kc = podl("flux-system", r.pod("kustomize-controller"), "manager", "bm-node-1")
    exp = podl("monitoring", r.pod("kube-event-exporter"), "event-exporter", "bm-node-1")
    nodes = ["bm-node-1", "bm-node-3"]
    r.add(0.5, kc, ('{"level":"info","ts":"@ISO@","msg":"server-side apply completed","controller":"kustomization",'
                    '"controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":'
                    '{"name":"bookmobile-apps","namespace":"flux-system"},"name":"bookmobile-apps","namespace":"flux-system",'
                    f'"revision":"v3.8.2@sha1:{r.hexid(40)}","output":{{"Deployment/bookmobile/holds-service":"configured"}}}}'))
    t = 1.0
    for j in range(2):
        nl = podl("bookmobile", news[j], "holds-service", nodes[j])
        ol = podl("bookmobile", olds[j], "holds-service", nodes[j])
        r.add(t, exp, ev_exporter(r, "bookmobile", "Deployment", "holds-service", "ScalingReplicaSet",
                                  f"Scaled up replica set holds-service-{new_rs} to {j + 1} from {j}", etype="Normal",
                                  component="deployment-controller"))
        r.add(t + 3, nl, "@ISO@  INFO 1 --- [holds-service] [           main] l.b.holds.HoldsApplication               : Starting HoldsApplication v3.8.2 using Java 21.0.2 with PID 1")
        r.add(t + 9, nl, "@ISO@  INFO 1 --- [holds-service] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.")
        r.add(t + 15, nl, "@ISO@  INFO 1 --- [holds-service] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''")
        r.add(t + 15.2, nl, "@ISO@  INFO 1 --- [holds-service] [           main] l.b.holds.HoldsApplication               : Started HoldsApplication in 14.8 seconds (process running for 15.6)")
        r.add(t + 25, exp, ev_exporter(r, "bookmobile", "Deployment", "holds-service", "ScalingReplicaSet",
                                       f"Scaled down replica set holds-service-{old_rs} to {1 - j} from {2 - j}", etype="Normal",
                                       component="deployment-controller"))
        r.add(t + 25.2, exp, ev_exporter(r, "bookmobile", "Pod", olds[j], "Killing", "Stopping container holds-service",
                                         etype="Normal", host=nodes[j], fieldpath="spec.containers{holds-service}"))
        r.add(t + 25.4, ol, "@ISO@  INFO 1 --- [holds-service] [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete")
        r.add(t + 26.1, ol, "@ISO@  INFO 1 --- [holds-service] [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete")
        r.add(t + 26.3, ol, "@ISO@  INFO 1 --- [holds-service] [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown initiated...")
        r.add(t + 26.4, ol, "@ISO@  INFO 1 --- [holds-service] [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.")
        t += 32
    def req(i, t):
        if t < 60:
            lab = podl("bookmobile", olds[i % 2], "holds-service", nodes[i % 2])
        else:
            lab = podl("bookmobile", news[i % 2], "holds-service", nodes[i % 2])
        return lab, (f'@ISO@  INFO 1 --- [holds-service] [nio-8080-exec-{r.rng.randint(1, 9)}] l.b.holds.web.HoldsController            '
                     f': GET /api/holds?branch=van-{r.rng.randint(1, 6)} -> 200 ({r.rng.randint(8, 60)} ms)')
    r.spread(0, 240, 14, req)
    return record(
        "i03", r, "Several holds-service pods were killed around 13:00 — was there a crash?",
        selector("bookmobile", app="holds-service"), "INFO", "none", None,
        "No incident: Flux applied holds-service v3.8.2 and the Deployment performed a normal rolling update; "
        "old pods were stopped with graceful shutdown after the new ones started.",
        "Planned rollout of holds-service v3.8.2: new pods started in ~15 s, old pods shut down gracefully, "
        "requests kept returning 200 throughout.",
        "Nothing to do.",
        ["healthy-lookalike"])


def i04():
    """observability: Vector agents reload config; shipped lines are full of 'error' fields but all zero."""
    r = Rec("i04", start_at(2, 9, 0, 0))
    ags = [podl("observability", "vector-agent-" + r.suffix(), "vector", f"apiary-edge-{i + 1}") for i in range(3)]
    va = podl("observability", "vector-aggregator-0", "vector", "apiary-edge-3")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-2")
    for j, lab in enumerate(ags):
        t = 10.0 + j * 1.5
        r.add(t, lab, '@ISO6@  INFO vector::topology::running: New configuration loaded successfully.')
        r.add(t + 0.1, lab, '@ISO6@  INFO vector::topology::running: Running healthchecks.')
        r.add(t + 0.3, lab, '@ISO6@  INFO vector::topology::builder: Healthcheck passed.')
        r.add(t + 0.4, lab, '@ISO6@  INFO vector: Vector has reloaded. path=[File("/etc/vector/vector.yaml", None)]')
        r.add(t - 0.2, lab, '@ISO6@  INFO vector::app: Reloading configuration due to change in watched file.')
    def ag_fn(i, t):
        lab = ags[i % 3]
        return lab, (f'@ISO6@  INFO vector::internal_events::heartbeat: Vector is running. uptime_seconds={400000 + int(t)}')
    r.spread(0, 300, 5, ag_fn)
    def hi_fn(i, t):
        if i % 4 == 0:
            return hi, ('{"level":"info","ts":"@ISO@","msg":"hourly summary","batches":' + str(r.rng.randint(700, 900)) +
                        ',"error_count":0,"errors":[],"last_error":null,"retry_errors":0}')
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 stream=HIVE_SCALE '
                    f'count={r.rng.randint(80, 500)} lagMs={r.rng.randint(30, 300)}')
    r.spread(0, 300, 12, hi_fn)
    def va_fn(i, t):
        return va, ('@ISO6@  INFO vector::internal_events::api: API server running. address=0.0.0.0:8686 playground=off graphql=http://0.0.0.0:8686/graphql'
                    if i == 0 else
                    f'@ISO6@  INFO sink{{component_kind="sink" component_id=loki component_type=loki}}: vector::sinks::loki::sink: '
                    f'Sent {r.rng.randint(900, 4000)} events, component_errors_total=0 component_discarded_events_total=0')
    r.spread(0, 300, 6, va_fn)
    return record(
        "i04", r, "The log pipeline dashboard shows lots of lines containing 'error' from apiary — is Vector failing?",
        selector("observability"), "INFO", "none", None,
        "No incident: the 'error' matches are field names (error_count=0, errors=[], component_errors_total=0); "
        "the agents only reloaded a changed config and passed their healthchecks.",
        "Vector agents reloaded their configuration and are healthy; the aggregator reports zero component "
        "errors and hive-ingest's summaries show error_count=0.",
        "Nothing to do; tune the dashboard query to match on level rather than the substring 'error'.",
        ["healthy-lookalike"])


def i05():
    """herbarium: announced CockroachDB DR drill - drain n3, restart, rejoin, no unavailable ranges."""
    r = Rec("i05", start_at(3, 10, 0, 0))
    c = [podl("herbarium", f"cockroachdb-{i}", "db", f"hb-node-{i + 1}") for i in range(3)]
    drill = podl("herbarium", f"dr-drill-{r.suffix()}", "runbook", "hb-node-1")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    r.add(0.5, drill, "DR-DRILL 2026-Q2 (ticket HERB-412, announced in #herbarium-ops): draining cockroachdb-2 (n3) and restarting it")
    r.add(1.0, drill, "+ cockroach node drain 3 --host=cockroachdb-public:26257 --certs-dir=/cockroach/certs --drain-wait=60s")
    for n, rem in enumerate([412, 168, 23, 0]):
        r.add(3.0 + n * 4, c[2], (f'I@CRDB@ {r.rng.randint(200, 900)} 1@server/drain.go:{r.rng.choice([285, 307])} ⋮ [T1,Vsystem,n3] {r.rng.randint(100, 999)}  '
                                  f'drain remaining: {rem}'))
        if rem:
            r.add(3.01 + n * 4, c[2], (f'I@CRDB@ {r.rng.randint(200, 900)} 1@server/drain.go:{r.rng.choice([287, 309])} ⋮ [T1,Vsystem,n3] {r.rng.randint(100, 999)}  '
                                       f'drain details: range lease iterations: {rem}'))
    r.add(17.5, drill, "node is draining... remaining: 0")
    r.add(17.6, drill, "drain ok")
    r.add(19.0, drill, "+ kubectl delete pod cockroachdb-2 -n herbarium")
    r.add(19.3, exp, ev_exporter(r, "herbarium", "Pod", "cockroachdb-2", "Killing", "Stopping container db", etype="Normal",
                                 host="hb-node-3", fieldpath="spec.containers{db}"))
    r.add(19.5, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@cli/start.go:{r.rng.choice([861, 873])} ⋮ [T1,n3] {r.rng.randint(100, 999)}  received signal \'terminated\'')
    r.add(20.0, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@cli/start.go:{r.rng.choice([949, 961])} ⋮ [T1,n3] {r.rng.randint(100, 999)}  server drained and shutdown completed')
    def peer(i, t):
        lab = c[i % 2]
        nid = i % 2 + 1
        if 20 < t < 70 and i % 3 == 0:
            return lab, (f'W@CRDB@ {r.rng.randint(200, 900)} kv/kvserver/closedts/sidetransport/sender.go:842 ⋮ [T1,Vsystem,n{nid}] '
                         f'{r.rng.randint(1000, 9999)}  failed to connect to n3 (cockroachdb-2.cockroachdb.herbarium.svc.cluster.local:26257): '
                         'initial connection heartbeat failed: grpc: connection error: desc = "transport: error while dialing: dial tcp '
                         f'{r.ip()}:26257: connect: connection refused" [code 14/Unavailable]')
        return lab, (f'I@CRDB@ {r.rng.randint(200, 900)} 2@server/status/runtime_log.go:47 ⋮ [T1,Vsystem,n{nid}] {r.rng.randint(1000, 9999)}  '
                     f'runtime stats: {r.rng.uniform(1.1, 1.5):.1f} GiB RSS, {r.rng.randint(500, 800)} goroutines (stacks: 8.4 MiB), '
                     f'{r.rng.randint(300, 500)} MiB/{r.rng.randint(600, 800)} MiB Go alloc/total, 1.1 GiB CGO alloc, '
                     f'{r.rng.uniform(1, 5):.1f} CGO/sec, {r.rng.uniform(3, 9):.1f}/{r.rng.uniform(1, 3):.1f} %(u/s)time, 0.0 %gc (0x), '
                     f'{r.rng.randint(50, 300)} KiB/{r.rng.randint(50, 300)} KiB (r/w)net')
    r.spread(0, 300, 14, peer)
    r.add(66.0, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@cli/start.go:{r.rng.choice([1105, 1121])} ⋮ [T1,n?] {r.rng.randint(100, 999)}  starting cockroach node')
    r.add(71.0, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@server/node.go:{r.rng.choice([533, 541])} ⋮ [T1,n3] {r.rng.randint(100, 999)}  node=3: started with engine type ‹2›')
    r.add(71.5, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@server/server.go:{r.rng.choice([1857, 1876])} ⋮ [T1,n3] {r.rng.randint(100, 999)}  restarted pre-existing node n3')
    r.add(72.0, c[2], f'I@CRDB@ {r.rng.randint(200, 900)} 1@cli/start.go:{r.rng.choice([1321, 1340])} ⋮ [T1,n3] {r.rng.randint(100, 999)}  node startup completed')
    r.add(150.0, drill, "+ cockroach sql -e \"SELECT sum((metrics->>'ranges.unavailable')::DECIMAL), sum((metrics->>'ranges.underreplicated')::DECIMAL) FROM crdb_internal.kv_store_status\"")
    r.add(150.8, drill, "sum\tsum")
    r.add(150.81, drill, "0\t0")
    r.add(151.0, drill, "DR-DRILL 2026-Q2: PASSED - n3 drained in 16s, rejoined in 52s, 0 unavailable / 0 under-replicated ranges")
    return record(
        "i05", r, "cockroachdb-2 restarted and peers logged 'connection refused' to n3 around 10:00 — incident?",
        selector("herbarium"), "INFO", "none", None,
        "No incident: an announced DR drill (HERB-412) drained n3, restarted cockroachdb-2 and verified it rejoined "
        "with 0 unavailable and 0 under-replicated ranges; the peer warnings are expected during the drill.",
        "Planned CockroachDB DR drill: n3 drained cleanly, was restarted and rejoined within a minute; the drill "
        "passed.",
        "Nothing to do.",
        ["healthy-lookalike"])


def i06():
    """bookmobile: HAProxy backend server put into maintenance for patching, back UP; Keycloak logins fine."""
    r = Rec("i06", start_at(4, 20, 0, 0))
    hp = podl("bookmobile", r.pod("haproxy"), "haproxy", "bm-node-1")
    kc = podl("identity", "keycloak-0", "keycloak", "bm-node-2")
    h2 = podl("bookmobile", "holds-vm-sync-0", "sync", "bm-node-3")
    def acc(i, t):
        srv = "holds-1" if 30 < t < 190 else r.rng.choice(["holds-1", "holds-2"])
        return hp, (f'{r.ip("10.0")}:{r.rng.randint(30000, 60000)} [@HAP@] fe_https~ be_holds/{srv} '
                    f'0/0/{r.rng.randint(0, 2)}/{r.rng.randint(5, 40)}/{r.rng.randint(6, 45)} 200 {r.rng.randint(300, 4000)} - - ---- '
                    f'{r.rng.randint(5, 20)}/{r.rng.randint(5, 20)}/{r.rng.randint(0, 4)}/{r.rng.randint(0, 3)}/0 0/0 '
                    f'"GET /api/holds?patron={r.rng.randint(100000, 999999)} HTTP/1.1"')
    r.spread(0, 300, 20, acc)
    r.add(30.0, hp, "[WARNING]  (8) : Server be_holds/holds-2 is going DOWN for maintenance. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    r.add(31.0, h2, "patch-window: holds-2 drained via HAProxy runtime API (set server be_holds/holds-2 state maint); applying OS updates")
    r.add(150.0, h2, "patch-window: holds-2 rebooted, service holds-legacy active; re-enabling in HAProxy")
    r.add(190.0, hp, "[WARNING]  (8) : Server be_holds/holds-2 is UP (leaving forced maintenance).")
    realm = f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    def kc_fn(i, t):
        return kc, (f'@JAVA@ INFO  [org.keycloak.events] (executor-thread-{r.rng.randint(1, 40)}) type="LOGIN", realmId="{realm}", '
                    f'realmName="bookmobile", clientId="staff-portal", userId="{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}", '
                    f'ipAddress="{r.ip("10.0")}", auth_method="openid-connect", auth_type="code", '
                    'redirect_uri="https://staff.bookmobile.example.org/callback", code_id="' + r.hexid(8) + '-' + r.hexid(4) + '", '
                    f'username="{r.rng.choice(["driver.evans", "lib.ahmed", "lib.mcgregor", "volunteer.nkemelu"])}"')
    r.add(95.0, hp, "[NOTICE]   (8) : haproxy version is 2.8.5-aaba8d0")
    r.spread(0, 300, 5, kc_fn)
    return record(
        "i06", r, "HAProxy logged holds-2 going DOWN this evening — is the holds backend failing?",
        selector("bookmobile"), "INFO", "none", None,
        "No incident: holds-2 was deliberately put into maintenance via the HAProxy runtime API for OS patching "
        "and returned to service ('leaving forced maintenance'); holds-1 served all traffic meanwhile.",
        "Planned patch window on holds-2; all requests kept succeeding via holds-1 and the server is back UP.",
        "Nothing to do.",
        ["healthy-lookalike"])


def i07():
    """apiary: KEDA cron trigger scales acoustic-analyzer to zero for the night."""
    r = Rec("i07", start_at(5, 21, 0, 0))
    kop = podl("keda", r.pod("keda-operator"), "keda-operator", "apiary-cp-1")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    rs = r.rs_hash(10)
    aas = [r.pod("acoustic-analyzer", rs) for _ in range(2)]
    nats = podl("apiary", "nats-2", "nats", "apiary-edge-2")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-3")
    for j, p in enumerate(aas):
        lab = podl("apiary", p, "acoustic-analyzer", f"apiary-edge-{j + 1}")
        def fn(i, t, lab=lab):
            return lab, (f"info(score): hive=H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.0, 0.1):.3f} "
                         f"piping_hz=0 published hive.acoustic.swarm_score")
        r.spread(0, 58, 3, fn)
        r.add(61.0 + j * 0.3, lab, "info(main): SIGTERM received, draining NATS subscription")
        r.add(61.8 + j * 0.3, lab, "info(main): drained 0 pending frames, exiting")
        r.add(61.2 + j * 0.3, exp, ev_exporter(r, "apiary", "Pod", p, "Killing", "Stopping container acoustic-analyzer",
                                               etype="Normal", host=f"apiary-edge-{j + 1}", fieldpath="spec.containers{acoustic-analyzer}"))
    r.add(60.0, kop, ('@ISOS@\tINFO\tscaleexecutor\tSuccessfully set ScaleTarget replicas count to ScaledObject minReplicaCount\t'
                      '{"scaledobject.Name": "acoustic-analyzer", "scaledObject.Namespace": "apiary", "scaleTarget.Name": '
                      '"acoustic-analyzer", "Original Replicas Count": 2, "New Replicas Count": 0}'))
    r.add(60.5, exp, ev_exporter(r, "apiary", "Deployment", "acoustic-analyzer", "ScalingReplicaSet",
                                 f"Scaled down replica set acoustic-analyzer-{rs} to 0 from 2", etype="Normal",
                                 component="deployment-controller"))
    r.add(60.2, exp, ev_exporter(r, "apiary", "ScaledObject", "acoustic-analyzer", "KEDAScaleTargetDeactivated",
                                 "Deactivated apps/v1.Deployment apiary/acoustic-analyzer from 2 to 0", etype="Normal",
                                 component="keda-operator"))
    r.add(62.5, nats, "[1] @NATS@ [INF] " + r.ip() + ":" + str(r.rng.randint(40000, 60000)) + ' - cid:311 - "v1.4.1:zig:acoustic-analyzer" - Client Closed')
    def hi_fn(i, t):
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                    f'stream=HIVE_SCALE count={r.rng.randint(20, 90)} lagMs={r.rng.randint(30, 300)}')
    r.spread(0, 300, 8, hi_fn)
    return record(
        "i07", r, "acoustic-analyzer has zero pods since 21:01 — did it crash?",
        selector("apiary", app="acoustic-analyzer"), "INFO", "none", None,
        "No incident: the KEDA cron trigger scales acoustic-analyzer to its minReplicaCount of 0 at 21:00 (bees "
        "are quiet at night); the pods exited cleanly after draining.",
        "Scheduled nightly scale-to-zero of acoustic-analyzer by KEDA; pods drained and stopped gracefully.",
        "Nothing to do; it scales back up at dawn.",
        ["healthy-lookalike"])


def i08():
    """bookmobile: plain healthy window - route planning batch, catalogue searches, Traefik 200s."""
    r = Rec("i08", start_at(6, 7, 30, 0))
    rp = podl("bookmobile", r.pod("route-planner"), "route-planner", "bm-node-2")
    cs = podl("bookmobile", r.pod("catalog-search"), "catalog-search", "bm-node-2")
    tr = podl("traefik", r.pod("traefik"), "traefik", "bm-node-1")
    osr = podl("routing", r.pod("osrm-backend"), "osrm-routed", "bm-node-3")
    rp_ip = r.ip()
    for n in range(6):
        t = 10.0 + n * 40
        van = f"van-{n + 1}"
        stops = r.rng.randint(18, 42)
        r.add(t, rp, f"[@DT@] info route-planner: planning {van}: {stops} stops, requesting OSRM duration matrix")
        r.add(t + 0.4, osr, (f"[info] @OSRM@ {r.rng.uniform(80, 400):.4f}ms {rp_ip} - Racket/8.12 (net/http-easy) 200 "
                             f"/table/v1/driving/polyline({r.hexid(24)})?annotations=duration"))
        r.add(t + 1.6, rp, f"[@DT@] info route-planner: {van} plan ready: {stops} stops, {r.rng.uniform(40, 120):.1f} km, first stop 08:{r.rng.randint(10, 40)}")
        r.add(t + 1.7, tr, (f'{r.ip("10.0")} - - [@CLF@] "POST /api/routes/plan?van={van} HTTP/1.1" 200 {r.rng.randint(2000, 9000)} "-" '
                            f'"Go-http-client/1.1" {r.rng.randint(1000, 9000)} "bookmobile-route-planner@kubernetescrd" '
                            f'"http://{rp_ip}:8080" {r.rng.randint(900, 1900)}ms'))
    def cs_fn(i, t):
        return cs, ('{"level":"INFO","time":"@ISO@","logger":"catalog-search","msg":"search","q":"' +
                    r.rng.choice(["tractors", "cookery", "railway history", "crosswords", "ghost stories"]) +
                    f'","hits":{r.rng.randint(0, 300)},"ms":{r.rng.randint(8, 90)}}}')
    r.spread(0, 300, 10, cs_fn)
    def tr_fn(i, t):
        return tr, (f'{r.ip("10.0")} - - [@CLF@] "GET /api/search?q=x HTTP/1.1" 200 {r.rng.randint(400, 9000)} "-" '
                    f'"BookmobileKiosk/2.3" {r.rng.randint(1000, 9000)} "bookmobile-catalog-search@kubernetescrd" '
                    f'"http://{r.ip()}:8000" {r.rng.randint(10, 120)}ms')
    r.spread(0, 300, 8, tr_fn)
    return record(
        "i08", r, "Morning check: did the van route planning run OK?",
        selector("bookmobile"), "INFO", "none", None,
        "No incident: all six van plans were produced from OSRM matrices in well under a second; searches return "
        "normally.",
        "Route planning for van-1..van-6 completed; catalogue search and Traefik show only 200 responses.",
        "Nothing to do.",
        [])


def i09():
    """herbarium: 404s for unknown barcodes and one mistyped password - normal."""
    r = Rec("i09", start_at(7, 15, 10, 0))
    si = podl("herbarium", r.pod("specimen-intake"), "specimen-intake", "hb-node-3")
    kc = podl("identity", "keycloak-1", "keycloak", "hb-node-2")
    ing = podl("ingress-nginx", r.pod("ingress-nginx-controller", "6b9b4d6f8"), "controller", "hb-node-1")
    realm = f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    def si_fn(i, t):
        bc = f"HB{r.rng.randint(100000, 999999)}"
        if i % 4 == 1:
            return si, f'[@MOJO@] [{r.rng.randint(7, 9)}] [info] GET "/specimens/{bc}" ({r.hexid(8)}) 404 Not Found ({r.rng.uniform(0.002, 0.01):.6f}s, {r.rng.randint(100, 400)}.{r.rng.randint(100, 999)}/s)'
        if i % 4 == 2:
            return si, f"[@MOJO@] [{r.rng.randint(7, 9)}] [debug] barcode {bc} not in catalogue (scanner at bench 3)"
        return si, f'[@MOJO@] [{r.rng.randint(7, 9)}] [info] POST "/specimens/{bc}/images" ({r.hexid(8)}) 201 Created ({r.rng.uniform(0.04, 0.3):.6f}s, {r.rng.randint(3, 25)}.{r.rng.randint(100, 999)}/s)'
    r.spread(0, 300, 20, si_fn)
    uid = f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    r.add(40.0, kc, (f'@JAVA@ WARN  [org.keycloak.events] (executor-thread-7) type="LOGIN_ERROR", realmId="{realm}", realmName="herbarium", '
                     f'clientId="specimen-portal", userId="{uid}", ipAddress="{r.ip("10.0")}", error="invalid_user_credentials", '
                     'auth_method="openid-connect", auth_type="code", redirect_uri="https://specimens.herbarium.example.org/callback", '
                     'code_id="' + r.hexid(8) + '-' + r.hexid(4) + '", username="a.okonkwo", authSessionParentId="' + r.hexid(8) + '"'))
    r.add(52.0, kc, (f'@JAVA@ INFO  [org.keycloak.events] (executor-thread-7) type="LOGIN", realmId="{realm}", realmName="herbarium", '
                     f'clientId="specimen-portal", userId="{uid}", ipAddress="{r.ip("10.0")}", auth_method="openid-connect", auth_type="code", '
                     'redirect_uri="https://specimens.herbarium.example.org/callback", code_id="' + r.hexid(8) + '-' + r.hexid(4) + '", username="a.okonkwo"'))
    noise_ingress(r, 0, 300, 8, ing, "herbarium-specimen-intake-80", ["/specimens/HB204411", "/specimens/HB118320/images", "/search?q=Carex"],
                  statuses=(200, 200, 200, 404))
    return record(
        "i09", r, "Why are there 404s and a Keycloak LOGIN_ERROR in the herbarium logs this afternoon?",
        selector("herbarium"), "INFO", "none", None,
        "No incident: the 404s are lookups of barcodes not yet catalogued (a normal part of intake) and the "
        "LOGIN_ERROR is one mistyped password followed by a successful login by the same user.",
        "specimen-intake is working normally: uploads return 201, unknown barcodes return 404 by design, and the "
        "only auth error was a single user typo.",
        "Nothing to do.",
        ["healthy-lookalike"])


def i10():
    """apiary: forage-model Fortran CronJob completes; gfortran prints an IEEE underflow note."""
    r = Rec("i10", start_at(8, 2, 0, 0))
    jp = f"forage-model-29517480-{r.suffix()}"
    fm = podl("apiary", jp, "forage-model", "apiary-edge-3")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-2")
    r.add(0.1, exp, ev_exporter(r, "apiary", "CronJob", "forage-model", "SuccessfulCreate", "Created job forage-model-29517480",
                                etype="Normal", component="cronjob-controller"))
    r.add(0.2, exp, ev_exporter(r, "apiary", "Job", "forage-model-29517480", "SuccessfulCreate", f"Created pod: {jp}",
                                etype="Normal", component="job-controller"))
    r.add(2.0, exp, ev_exporter(r, "apiary", "Pod", jp, "Pulled",
                                'Container image "harbor.apiary.coop/models/forage-model:2026.02" already present on machine',
                                etype="Normal", host="apiary-edge-3", fieldpath="spec.containers{forage-model}"))
    r.add(3.0, fm, " forage-model 2.4 (gfortran 13.2.0, OpenMP 8 threads)")
    r.add(3.1, fm, " reading weather grid  /data/met/ukv_2026030800.nc")
    r.add(6.4, fm, " hives:   212   days:     7   grid:  140 x  96")
    for d in range(1, 8):
        r.add(6.5 + d * 21.0, fm, f" day {d}  mean nectar flow (kg/hive/day): {r.rng.uniform(0.05, 0.9):9.4f}   max: {r.rng.uniform(0.9, 2.4):9.4f}")
    r.add(155.0, fm, " wrote /data/out/forage_2026-03-08.csv")
    r.add(155.1, fm, "Note: The following floating-point exceptions are signalling: IEEE_UNDERFLOW_FLAG IEEE_DENORMAL")
    r.add(157.0, exp, ev_exporter(r, "apiary", "Job", "forage-model-29517480", "Completed", "Job completed", etype="Normal",
                                  component="job-controller"))
    r.add(157.2, exp, ev_exporter(r, "apiary", "CronJob", "forage-model", "SawCompletedJob",
                                  "Saw completed job: forage-model-29517480, status: Complete", etype="Normal",
                                  component="cronjob-controller"))
    def hi_fn(i, t):
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                    f'stream=HIVE_SCALE count={r.rng.randint(10, 60)} lagMs={r.rng.randint(30, 300)}')
    r.spread(0, 200, 8, hi_fn)
    return record(
        "i10", r, "The forage-model job printed a floating-point exceptions note — did the forecast fail?",
        selector("apiary", app="forage-model"), "INFO", "none", None,
        "No incident: gfortran's note about IEEE_UNDERFLOW_FLAG/IEEE_DENORMAL is informational (tiny values "
        "flushed in the model) and the Job completed with output written.",
        "forage-model ran to completion (7-day forecast for 212 hives written) and the Job is Complete; the "
        "floating-point note is benign.",
        "Nothing to do (optionally compile with -ffpe-summary=none to silence the note).",
        ["healthy-lookalike"])


def records():
    return [i01(), i02(), i03(), i04(), i05(), i06(), i07(), i08(), i09(), i10()]
