"""dev58 part 4: w31..w40 (beet-sugar factory, RKE2)."""
from common import (Rec, P, J, E, ev, jdump, klogl, iso_ms, iso_s, iso_us, clf, sp_ms, k8s_suffix, hexs, ip,
                    logrus, containerd, pglog, spring, UAS, nginx_ingress_access,
                    rabbit, pgts, rust_tracing, winston, structlog_json, zerolog, zap_iso, slog_json, pika_log,
                    sug_kubelet_chatter, sug_fleet_chatter, SUG_REG, coredns_query)


def uid(rng):
    return "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


def emqx(dt, level, msg):
    return "%s [%s] %s" % (dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % dt.microsecond, level, msg)


# --------------------------------------------------------------------------- w31
def w31():
    r = Rec("w31", "SUG", "2026-10-22T03:13:20")
    rng = r.rng
    ns, app = "process", "opcua-gateway"
    gws = [("opcua-gateway-6f7d9c8b5d-v2kqr", "zf-agt-04", "evaporator"), ("opcua-gateway-6f7d9c8b5d-q8tzn", "zf-agt-05", "crystallizer")]
    LG = [P(ns, p, app, n, app) for p, n, _ in gws]
    EM = P("mqtt", "emqx-0", "emqx", "zf-agt-03", "emqx")
    for i, l in enumerate(LG):
        for t in (2.0 + i, 9.5 + i, 17.3 + i):
            r.add(t, l, (lambda i_: lambda d: rust_tracing(d, "INFO", "opcua_gateway::poll", "published batch", area=gws[i_][2], tags=rng.randint(180, 420), ms=rng.randint(3, 40)))(i))
    r.add(21.4, EM, lambda d: emqx(d, "warning", "msg: socket_force_closed, peer: 10.42.4.0:0, reason: {shutdown,tcp_closed}, listener: 'tcp:default', connections: 1019"))
    r.add(22.0, EM, lambda d: emqx(d, "info", "msg: cluster_rpc_reconnect, node: 'emqx@emqx-1.emqx-headless.mqtt.svc.cluster.local'"))
    em_err = [(23.1, True), (23.4, False), (24.8, False), (31.6, True), (47.9, False), (78.3, False), (139.5, False), (201.2, False)]
    for t, mark in em_err:
        r.add(t, EM, lambda d: emqx(d, "error", "msg: failed_to_accept, listener: 'tcp:default', reason: emfile, current_conns: 1011, max_fds: 1024"), e=mark)
    r.add(32.0, EM, lambda d: emqx(d, "warning", "msg: accept_paused, listener: 'tcp:default', reason: emfile, pause_ms: 100"))
    for i, l in enumerate(LG):
        base = 22.3 + i * 0.4
        r.add(base, l, (lambda: lambda d: rust_tracing(d, "ERROR", "opcua_gateway::mqtt", "mqtt event loop error", broker="emqx.mqtt.svc:1883", error='MqttState(Io(Custom { kind: ConnectionAborted, error: "connection closed by peer" }))'))())
        for k, t in enumerate((27.0, 38.0, 59.0, 100.0, 160.0, 220.0, 280.0)):
            r.add(t + i * 1.7, l, (lambda k_: lambda d: rust_tracing(d, "WARN", "opcua_gateway::mqtt", "reconnect to mqtt broker failed", broker="emqx.mqtt.svc:1883", attempt=k_ + 1, error='Io(Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" })'))(k), e=(i == 0 and k == 0))
        for k, t in enumerate((120.0, 240.0)):
            r.add(t + i * 2.3, l, (lambda k_: lambda d: rust_tracing(d, "ERROR", "opcua_gateway::buffer", "local buffer full, dropping oldest samples", area=gws[i][2], dropped=12000 * (k_ + 1), capacity=200000))(k))
    r.noise(P("process", "historian-writer-7b9d6c8f5d-w8kxz", "historian-writer", "zf-agt-05", "historian-writer"),
            lambda d, g: zap_iso(d, "warn", "writer/lag.go:31", "no new samples from mqtt subscription", topic="zf/verd/#", silent_for="%ds" % g.randint(30, 280)), 5, 40, 290)
    r.noise(J("zf-agt-03", "kubelet"), sug_kubelet_chatter("zf-agt-03"), 4, 0, 290)
    return r.build(
        question="Why has process data from the evaporator and crystallizer gateways stopped arriving since 03:13?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="resource_exhausted", component="emqx",
        root_cause="The EMQX broker has run out of file descriptors: its listener is at ~1011 connections against a 1024 open-file limit, so after a short connection drop it rejects new TCP connections with emfile and the OPC UA gateways cannot reconnect.",
        summary="At 03:13:41 the gateways' MQTT connections were closed; from then on EMQX logs failed_to_accept ... reason: emfile (max_fds 1024) and the gateways' reconnects are reset. The gateways buffer and then drop samples, and historian-writer receives no new data: process data is being lost.",
        action="Raise the open-files limit of the EMQX container (containerd LimitNOFILE / ulimit, e.g. 1048576) and restart emqx, then check the gateways reconnect and flush; add alerting on EMQX file-descriptor usage.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w32
def w32():
    r = Rec("w32", "SUG", "2026-10-27T07:40:10")
    rng = r.rng
    ns, app = "lab", "lab-results"
    pod = "lab-results-5d8c7b9f6c-jx4tq"
    L = P(ns, pod, app, "zf-agt-01", app)
    dns = [("rke2-coredns-rke2-coredns-84b9cb946c-r7tnd", "zf-srv-02"), ("rke2-coredns-rke2-coredns-84b9cb946c-kw2pz", "zf-srv-03")]
    LD = [P("kube-system", p, "coredns", n, "rke2-coredns-rke2-coredns") for p, n in dns]
    tb = ("Traceback (most recent call last):\n"
          '  File "/usr/local/lib/python3.12/site-packages/httpcore/_backends/sync.py", line 206, in connect_tcp\n'
          "    sock = socket.create_connection(\n"
          '  File "/usr/local/lib/python3.12/socket.py", line 828, in create_connection\n'
          "    for res in getaddrinfo(host, port, 0, SOCK_STREAM):\n"
          "socket.gaierror: [Errno -3] Temporary failure in name resolution\n\n"
          "The above exception was the direct cause of the following exception:\n\n"
          "Traceback (most recent call last):\n"
          '  File "/app/lab_results/instruments.py", line 74, in read_polarisation\n'
          "    resp = self.client.get(f\"http://{host}/api/v1/measurement/{sample_id}\")\n"
          '  File "/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", line 86, in map_httpcore_exceptions\n'
          "    raise mapped_exc(message) from exc\n"
          "httpx.ConnectError: [Errno -3] Temporary failure in name resolution")
    for n, t in enumerate((15.2, 44.9, 71.3, 103.8, 139.0, 177.4, 212.6, 250.1)):
        inst = "polarimeter-0%d" % (1 + n % 2)
        sample = "R-2026-%06d" % rng.randint(400000, 499999)
        dl = LD[n % 2]
        r.add(t - 2.0, dl, (lambda i_: lambda d: '[ERROR] plugin/errors: 2 %s.zf.lan. A: read udp 10.42.%d.%d:%d->10.40.0.10:53: i/o timeout' % (i_, rng.randint(0, 3), rng.randint(2, 60), rng.randint(32768, 60999)))(inst), e=(n == 0))
        r.add(t - 1.99, dl, (lambda i_: lambda d: '[ERROR] plugin/errors: 2 %s.zf.lan. AAAA: read udp 10.42.%d.%d:%d->10.40.0.10:53: i/o timeout' % (i_, rng.randint(0, 3), rng.randint(2, 60), rng.randint(32768, 60999)))(inst))
        r.add(t, L, (lambda i_, s_: lambda d: structlog_json(d, "error", "polarimeter read failed", instrument=i_, host=i_ + ".zf.lan", sample_id=s_, exception=tb))(inst, sample), e=(n == 0))
        r.add(t + 0.01, L, (lambda s_: lambda d: structlog_json(d, "warning", "sample result pending", sample_id=s_, reason="instrument unreachable", retry_in_s=60))(sample))
    r.add(5.0, LD[0], '[INFO] plugin/reload: Running configuration SHA512 = 6d1f3a9b2c4e8f70a5b1d3c9e7f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e2f4a6b8')
    r.noise(LD[0], coredns_query([("weighbridge.campaign.svc.cluster.local.", "A", "NOERROR"), ("timescaledb.historian.svc.cluster.local.", "A", "NOERROR"),
                                   ("harbor.zf-nord.lan.", "A", "NOERROR"), ("emqx.mqtt.svc.cluster.local.", "A", "NOERROR")], "10.42.2"), 6, 0, 270)
    def ok(d, g):
        return structlog_json(d, "info", g.choice(["sample registered", "tare determined", "sample result stored"]), sample_id="R-2026-%06d" % g.randint(400000, 499999),
                              truck=g.choice(["RO-ZF 412", "RO-BK 77", "TS-RÜ 18", "AÖ-L 560"]), dirt_tare_pct=round(g.uniform(4, 18), 1))
    r.noise(L, ok, 14, 0, 270)
    return r.build(
        question="Why are sugar-content results missing for this morning's beet samples?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="dns_resolution", component="rke2-coredns-rke2-coredns",
        root_cause="rke2-coredns forwards the factory zone zf.lan to 10.40.0.10, which no longer answers DNS (the old domain controller); lookups of polarimeter-01/02.zf.lan time out, so lab-results cannot resolve the polarimeters and gets 'Temporary failure in name resolution'.",
        summary="Every polarimeter read since 07:40 fails with httpx.ConnectError caused by socket.gaierror [Errno -3] Temporary failure in name resolution, while CoreDNS logs i/o timeouts towards 10.40.0.10:53 for *.zf.lan. Sample registration and tare still work; sugar-content results stay pending.",
        action="Point the zf.lan forward/stub zone in the rke2-coredns HelmChartConfig to the current domain controllers and let CoreDNS reload, then re-trigger the pending polarimeter reads.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w33
def w33():
    r = Rec("w33", "SUG", "2026-11-16T03:01:30")
    rng = r.rng
    ns, app = "process", "opcua-gateway"
    pod = "opcua-gateway-6f7d9c8b5d-v2kqr"
    L = P(ns, pod, app, "zf-agt-04", app)
    EP = E(ns, "Pod", pod)
    TS = P("historian", "timescaledb-0", "timescaledb", "zf-agt-03", "timescaledb")
    rot = P("historian", "db-credential-rotation-29913300-c4wlp", "rotate", "zf-agt-01", "db-credential-rotation")
    r.add(3.2, rot, lambda d: "%s INFO rotate: rotated password for role opcua_gw (policy 30d)" % iso_s(d), e=True)
    r.add(3.4, rot, lambda d: "%s INFO rotate: stored new credential at vault kv secret/historian/opcua_gw (version 7)" % iso_s(d))
    r.add(3.5, rot, lambda d: "%s WARN rotate: consumer secret process/opcua-gateway-db is not managed by external-secrets, not updated" % iso_s(d))
    r.add(3.7, rot, lambda d: "%s INFO rotate: done, 3 roles rotated, 1 warning" % iso_s(d))
    r.add(19.4, L, lambda d: rust_tracing(d, "INFO", "opcua_gateway::poll", "published batch", area="evaporator", tags=rng.randint(180, 420), ms=rng.randint(3, 40)))
    r.add(20.0, L, lambda d: rust_tracing(d, "ERROR", "opcua_gateway::config", "periodic tag configuration refresh failed, shutting down", error='error returned from database: password authentication failed for user "opcua_gw"'))
    starts = [24.1, 27.0, 41.8, 72.3, 123.9, 207.5]
    for n, t in enumerate(starts):
        r.add(t, L, (lambda: lambda d: rust_tracing(d, "INFO", "opcua_gateway", "starting opcua-gateway", version="0.14.2", config="/etc/opcua-gateway/gateway.toml"))())
        r.add(t + 0.05, L, (lambda: lambda d: rust_tracing(d, "INFO", "opcua_gateway::config", "loading tag configuration from database", db="postgres://opcua_gw@timescaledb.historian.svc:5432/process"))())
        bpid = 61200 + rng.randint(0, 999)
        r.add(t + 0.11, TS, (lambda b_: lambda d: pgts(d, b_, "[unknown]", "FATAL", 'password authentication failed for user "opcua_gw"'))(bpid), e=(n == 0))
        r.add(t + 0.1101, TS, (lambda b_: lambda d: pgts(d, b_, "[unknown]", "DETAIL", 'Connection matched file "/home/postgres/pgdata/pgroot/data/pg_hba.conf" line 7: "hostssl all all 10.42.0.0/16 scram-sha-256"'))(bpid))
        r.block(t + 0.14, L, [
            "Error: failed to load tag configuration",
            "Caused by:",
            "    0: connecting to postgres://opcua_gw@timescaledb.historian.svc:5432/process",
            '    1: error returned from database: password authentication failed for user "opcua_gw"',
        ], e_idx=(3,) if n == 0 else ())
        if n:
            r.add(t - 0.6, EP, ev("Normal", "Started", "Pod", ns, pod, "kubelet/zf-agt-04", "Started container opcua-gateway"))
    for t in (26.0, 29.5, 44.0, 75.0, 126.0, 210.0, 290.0):
        r.add(t, EP, ev("Warning", "BackOff", "Pod", ns, pod, "kubelet/zf-agt-04", "Back-off restarting failed container opcua-gateway in pod %s_process(b7e2c9d4-1a3f-4e58-9c06-2d8f7a1b3e95)" % pod))
    r.noise(P(ns, "historian-writer-7b9d6c8f5d-w8kxz", "historian-writer", "zf-agt-05", "historian-writer"),
            lambda d, g: zap_iso(d, "warn", "writer/lag.go:31", "no new samples from mqtt subscription", topic="zf/verd/evaporator/#", silent_for="%ds" % g.randint(30, 280)), 5, 40, 300)
    r.noise(TS, lambda d, g: pgts(d, g.randint(40000, 60000), "historian-writer", "LOG", "duration: %d.%03d ms  execute <unnamed>: INSERT INTO process_values (time, tag, value, quality) SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::float8[], $4::int2[])" % (g.randint(1000, 1900), g.randint(0, 999))), 4, 0, 300)
    return r.build(
        question="Why is opcua-gateway crash-looping since the night shift's 03:00 maintenance window?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="auth_failure", component="opcua-gateway",
        root_cause="The db-credential-rotation job rotated the password of database role opcua_gw at 03:01, but opcua-gateway's Secret (process/opcua-gateway-db) is not synced, so the gateway's login to TimescaleDB fails with 'password authentication failed for user \"opcua_gw\"' and the process exits at startup.",
        summary="After the rotation job changed the opcua_gw password (and warned that the consumer secret was not updated), every opcua-gateway start fails at 'failed to load tag configuration' caused by the database rejecting the password; TimescaleDB logs FATAL password authentication failed. The pod is in CrashLoopBackOff and no evaporator data is published.",
        action="Update the process/opcua-gateway-db Secret with the new opcua_gw credential from vault (or manage it with external-secrets) and restart opcua-gateway; make the rotation job fail/alert instead of warning when a consumer secret cannot be updated.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w34
def w34():
    r = Rec("w34", "SUG", "2026-10-12T09:15:10")
    rng = r.rng
    ns, app = "campaign", "yard-display"
    pod = "yard-display-6b8f7c9d5d-t2hxn"
    L = P(ns, pod, app, "zf-agt-01", app)
    ys = P(ns, "yard-scheduler-5c7d8b9f6d-m9wqk", "yard-scheduler", "zf-agt-04", "yard-scheduler")
    stack = ("TypeError: Cannot read properties of null (reading 'toUpperCase')\n"
             "    at formatPlate (/app/src/render/truckRow.js:18:27)\n"
             "    at /app/src/render/gateView.js:44:31\n"
             "    at Array.map (<anonymous>)\n"
             "    at renderGate (/app/src/render/gateView.js:43:28)\n"
             "    at /app/src/routes/display.js:27:18\n"
             "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)")
    for t in (3.0, 14.0, 25.0):
        for g in ("G1", "G2", "G3"):
            r.add(t + {"G1": 0.1, "G2": 0.4, "G3": 0.7}[g], L, (lambda g_: lambda d: winston(d, "info", "rendered gate display", gate=g_, trucks=rng.randint(3, 9), ms=rng.randint(4, 30)))(g))
    r.add(31.5, ys, lambda d: pika_log(d, "WARNING", "yard_scheduler.anpr", "ANPR read failed for truck at gate G2 (camera CAM-G2-IN, confidence 0.00), plate unknown, manual entry pending, queue ticket Q-1182"))
    for n, t in enumerate((36.0, 47.0, 58.0, 69.0, 80.0, 91.0, 102.0, 113.0, 124.0, 135.0, 146.0)):
        r.add(t + 0.1, L, (lambda: lambda d: winston(d, "info", "rendered gate display", gate="G1", trucks=rng.randint(3, 9), ms=rng.randint(4, 30)))())
        if n < 9:
            r.add(t + 0.4, L, (lambda: lambda d: winston(d, "error", "render failed for gate G2", gate="G2", stack=stack, path="/display/G2"))(), e=(n == 0))
            r.add(t + 0.401, L, (lambda: lambda d: winston(d, "warn", "GET /display/G2 500 %d ms" % rng.randint(3, 9), gate="G2", status=500))(), e=(n == 0))
        else:
            r.add(t + 0.4, L, (lambda: lambda d: winston(d, "info", "rendered gate display", gate="G2", trucks=rng.randint(3, 9), ms=rng.randint(4, 30)))())
        r.add(t + 0.7, L, (lambda: lambda d: winston(d, "info", "rendered gate display", gate="G3", trucks=rng.randint(3, 9), ms=rng.randint(4, 30)))())
    r.add(139.0, ys, lambda d: pika_log(d, "INFO", "yard_scheduler.anpr", "manual plate entry for queue ticket Q-1182: RO-ZF 419"))
    r.noise(ys, lambda d, g: pika_log(d, "INFO", "yard_scheduler.queue", "truck %s assigned to lane %d (queue length %d)" % (g.choice(["RO-ZF 412", "RO-BK 77", "MÜ-AG 3021", "TS-RÜ 18"]), g.randint(1, 3), g.randint(3, 19))), 6, 0, 160)
    return r.build(
        question="Why is the truck display at gate G2 blank while the other gates work?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="application_error", component="yard-display",
        root_cause="A bug in yard-display's formatPlate(): it calls toUpperCase() on the truck's plate without a null check, so when ANPR cannot read a plate (plate = null) rendering the gate view throws TypeError and the page returns 500.",
        summary="From 09:15:46 every render of /display/G2 fails with \"TypeError: Cannot read properties of null (reading 'toUpperCase') at formatPlate (truckRow.js:18)\" after ANPR failed to read a truck's plate at G2; gates G1 and G3 render normally. The display recovered only after the plate was entered manually.",
        action="Handle a missing plate in formatPlate (show the queue ticket or 'unbekannt') and deploy the fix; add a test for trucks without an ANPR plate.",
        tags=["nested-cause"])


# --------------------------------------------------------------------------- w35
def w35():
    r = Rec("w35", "SUG", "2026-09-28T13:29:50")
    rng = r.rng
    ns, app = "lab", "lab-results"
    old = "lab-results-5d8c7b9f6c-jx4tq"
    new = "lab-results-7f6b9d8c5d-p9xwn"
    LO = P(ns, old, app, "zf-agt-01", app)
    LN = P(ns, new, app, "zf-agt-03", app)
    EN = E(ns, "Pod", new)
    JC = J("zf-agt-03", "containerd")
    HC = P("harbor", "harbor-core-7c9d8b6f5d-ml2vq", "core", "zf-agt-02", "harbor-core")
    img = "%s/lab/lab-results:1.8.0" % SUG_REG
    fl = P("cattle-fleet-system", "fleet-agent-7d9b8c6f5d-hk2zw", "fleet-agent", "zf-srv-01", "fleet-agent")
    r.add(5.2, fl, lambda d: logrus(d, "info", "Deploying bundle", bundle="fleet-default/zf-nord-infra", cluster="local", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64))))
    r.add(6.0, HC, lambda d: "%s [INFO] [/core/main.go:179]: Harbor core shutting down (SIGTERM)" % d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.add(9.1, fl, lambda d: logrus(d, "info", "Deploying bundle", bundle="fleet-default/zf-nord-lab", cluster="local", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64))))
    r.add(10.0, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned lab/%s to zf-agt-03" % new))
    err503 = ('failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/lab/lab-results/manifests/1.8.0: 503 Service Unavailable' % (img, img, SUG_REG))
    for n, t in enumerate((10.8, 26.4, 55.9, 97.3)):
        r.add(t, EN, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/zf-agt-03", 'Pulling image "%s"' % img))
        r.add(t + 0.3, JC, (lambda: lambda d: containerd(d, "error", 'PullImage "%s" failed' % img, error=err503))(), e=(n == 0))
        r.add(t + 0.31, EN, ev("Warning", "Failed", "Pod", ns, new, "kubelet/zf-agt-03", 'Failed to pull image "%s": %s' % (img, err503)), e=(n == 0))
        r.add(t + 0.32, EN, ev("Warning", "Failed", "Pod", ns, new, "kubelet/zf-agt-03", "Error: ErrImagePull"))
        r.add(t + 1.5, EN, ev("Normal", "BackOff", "Pod", ns, new, "kubelet/zf-agt-03", 'Back-off pulling image "%s"' % img))
        r.add(t + 1.51, EN, ev("Warning", "Failed", "Pod", ns, new, "kubelet/zf-agt-03", "Error: ImagePullBackOff"))
    r.add(61.0, HC, lambda d: "%s [INFO] [/core/main.go:162]: initializing configurations..." % d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.add(63.4, HC, lambda d: "%s [INFO] [/common/dao/pgsql.go:139]: Upgrading schema for pgsql ..." % d.strftime("%Y-%m-%dT%H:%M:%SZ"), e=True)
    r.add(118.2, HC, lambda d: "%s [INFO] [/migration/migration.go:112]: the data migration is completed" % d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.add(121.9, HC, lambda d: "%s [INFO] [/core/main.go:292]: Version: v2.11.1, Git commit: 6b7ecba1" % d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.add(122.3, HC, lambda d: "%s [INFO] [/core/main.go:301]: Listening on :8080, internal TLS: false" % d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.add(170.5, EN, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/zf-agt-03", 'Pulling image "%s"' % img))
    r.add(178.9, EN, ev("Normal", "Pulled", "Pod", ns, new, "kubelet/zf-agt-03", 'Successfully pulled image "%s" in 8.391s (8.391s including waiting)' % img))
    r.add(179.4, EN, ev("Normal", "Started", "Pod", ns, new, "kubelet/zf-agt-03", "Started container lab-results"))
    r.add(181.2, LN, lambda d: structlog_json(d, "info", "lab-results starting", version="1.8.0", instruments=["polarimeter-01", "polarimeter-02"]))
    r.add(183.0, LN, lambda d: structlog_json(d, "info", "connected to database", dsn="postgresql://lab@timescaledb.historian.svc:5432/lab"))
    r.add(193.5, E(ns, "Pod", old), ev("Normal", "Killing", "Pod", ns, old, "kubelet/zf-agt-01", "Stopping container lab-results"))
    r.add(193.7, LO, lambda d: structlog_json(d, "info", "shutting down", reason="SIGTERM"))

    def ok(d, g):
        return structlog_json(d, "info", g.choice(["sample registered", "tare determined", "sample result stored"]), sample_id="R-2026-%06d" % g.randint(300000, 399999),
                              truck=g.choice(["RO-ZF 412", "RO-BK 77", "TS-RÜ 18", "AÖ-L 560"]), pol_pct=round(g.uniform(16.5, 19.8), 2))
    r.noise(LO, ok, 12, 0, 193)
    r.noise(LN, ok, 6, 195, 290)
    return r.build(
        question="Why was the new lab-results version stuck in ImagePullBackOff for a few minutes this afternoon?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="image_pull", component="harbor",
        root_cause="Fleet upgraded Harbor at the same time as it rolled out lab-results 1.8.0; while harbor-core was restarting and migrating its database schema, the registry answered 503 Service Unavailable, so pulls of the new image failed until Harbor was back.",
        summary="From 13:30 the new lab-results pod on zf-agt-03 got ErrImagePull/ImagePullBackOff with '503 Service Unavailable' from harbor.zf-nord.lan while harbor-core shut down, ran its schema upgrade and came back as v2.11.1 at about 13:32. The next pull succeeded, the new pod started and the old pod kept serving until then.",
        action="Optional: schedule Harbor upgrades separately from application rollouts (or order the Fleet bundles) and run Harbor core with more than one replica.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w36
def w36():
    r = Rec("w36", "SUG", "2026-12-02T10:04:40")
    rng = r.rng
    ns, app = "process", "sensor-router"
    pod = "sensor-router-58d9c7b6f4-z6hqp"
    L = P(ns, pod, app, "zf-agt-05", app)
    fl = P("cattle-fleet-system", "fleet-agent-7d9b8c6f5d-hk2zw", "fleet-agent", "zf-srv-01", "fleet-agent")
    def routed(d, g):
        return zerolog(d, "debug", "routed", topic="zf/verd/evap-%d/%s" % (g.randint(1, 4), g.choice(["temp/TI%d011" % g.randint(1, 4), "press/PI%d020" % g.randint(1, 4), "level/LI%d031" % g.randint(1, 4)])), sink="historian", n=g.randint(40, 400))
    r.noise(L, routed, 10, 0, 560)
    r.add(12.2, fl, lambda d: logrus(d, "info", "Deploying bundle", bundle="fleet-default/zf-nord-process", cluster="local", commit="4c1d9e7", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64))))
    r.add(14.9, L, lambda d: zerolog(d, "info", "rules file changed, reloading", file="/etc/sensor-router/rules.yaml"))
    r.add(14.95, L, lambda d: zerolog(d, "error", "rules reload failed, keeping previous rules", file="/etc/sensor-router/rules.yaml", error="yaml: line 17: mapping values are not allowed in this context", active_revision=41), e=True)
    dropped = 0
    for k in range(22):
        t = 25.0 + k * 21.0 + rng.random() * 6
        if t > 470:
            break
        dropped += rng.randint(380, 460) if k else rng.randint(40, 90)
        r.add(t, L, (lambda n_: lambda d: zerolog(d, "warn", "no route for topic, message dropped", topic="zf/verd/evap-5/%s" % rng.choice(["temp/TI5012", "press/PI5020", "level/LI5031", "flow/FI5044"]), dropped_total=n_))(dropped), e=(k == 0))
    r.add(478.1, fl, lambda d: logrus(d, "info", "Deploying bundle", bundle="fleet-default/zf-nord-process", cluster="local", commit="9ab27f3", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64))))
    r.add(480.7, L, lambda d: zerolog(d, "info", "rules file changed, reloading", file="/etc/sensor-router/rules.yaml"))
    r.add(480.75, L, lambda d: zerolog(d, "info", "rules reloaded", revision=43, routes=118, added="zf/verd/evap-5/#"))
    for t in (492.0, 515.0, 538.0):
        r.add(t, L, (lambda: lambda d: zerolog(d, "debug", "routed", topic="zf/verd/evap-5/temp/TI5012", sink="historian", n=rng.randint(40, 400)))())
    r.noise(fl, sug_fleet_chatter, 3, 0, 560)
    return r.build(
        question="Why were there no readings from the new evaporator 5 in the historian for several minutes this morning?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="config_error", component="sensor-router",
        root_cause="The routing-rules ConfigMap deployed by Fleet (commit 4c1d9e7) contained invalid YAML; sensor-router rejected the reload ('yaml: line 17: mapping values are not allowed in this context') and kept the previous revision 41, which has no route for the new zf/verd/evap-5 topics, so their messages were dropped.",
        summary="At 10:04:55 the rules reload failed and sensor-router kept revision 41; for about 8 minutes every evap-5 message was logged as 'no route for topic, message dropped'. Fleet applied corrected commit 9ab27f3 at 10:12:41, rules revision 43 loaded with the evap-5 route and the readings flowed again.",
        action="Optional: validate the rules YAML in CI before Fleet deploys it; if the gap matters, backfill evaporator 5 readings for 10:05-10:12 from the gateway buffer.",
        tags=["quiet-cause"])


# --------------------------------------------------------------------------- w37
def w37():
    r = Rec("w37", "SUG", "2026-10-14T19:20:10")
    rng = r.rng
    ns, app = "growers", "grower-portal"
    pods = [("grower-portal-6c8d9b7f5d-r4kxz", "zf-agt-01"), ("grower-portal-6c8d9b7f5d-9wqtm", "zf-agt-03")]
    LP = [P(ns, p, app, n, app) for p, n in pods]
    NG = P("kube-system", "rke2-ingress-nginx-controller-x8m2c", "rke2-ingress-nginx-controller", "zf-agt-02", "rke2-ingress-nginx-controller")
    paths_ok = [("GET", "/", 200, 14211), ("GET", "/lieferungen", 200, 22410), ("GET", "/lieferungen?saison=2026", 200, 30118), ("GET", "/api/v1/deliveries/summary", 200, 1877),
                ("GET", "/static/app.7c1e9a.js", 200, 91822), ("GET", "/qualitaet", 200, 18220)]
    r.noise(NG, nginx_ingress_access(paths_ok, "growers-grower-portal-8080", "10.42.1.57:8080"), 14, 0, 300)
    for t in (31.2, 31.9, 32.4):
        r.add(t, NG, (lambda: lambda d: '185.191.171.%d - - [%s] "GET %s HTTP/1.1" 404 548 "-" "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)" 312 0.002 [growers-grower-portal-8080] [] 10.42.3.88:8080 548 0.002 404 %s' % (
            rng.randint(2, 250), clf(d), rng.choice(["/wp-admin/setup-config.php", "/.env", "/xmlrpc.php"]), hexs(rng, 32)))())
    r.add(88.4, NG, lambda d: '10.40.12.%d - - [%s] "GET /api/v1/deliveries/export?format=xlsx HTTP/1.1" 499 0 "https://ruebe.zf-nord.example/lieferungen" "%s" 640 4.981 [growers-grower-portal-8080] [] 10.42.1.57:8080 0 4.980 - %s' % (
        rng.randint(2, 250), clf(d), UAS[0], hexs(rng, 32)))
    r.add(88.5, LP[0], lambda d: slog_json(d, "WARN", "export aborted", err="context canceled", path="/api/v1/deliveries/export", grower="G-10482", rows_written=1200))
    r.add(142.0, NG, lambda d: '%s [error] 41#41: *88214 upstream prematurely closed connection while reading response header from upstream, client: 10.40.12.77, server: ruebe.zf-nord.example, request: "GET /qualitaet HTTP/1.1", upstream: "http://10.42.3.88:8080/qualitaet", host: "ruebe.zf-nord.example"' % d.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(142.05, NG, lambda d: '10.40.12.77 - - [%s] "GET /qualitaet HTTP/1.1" 200 18220 "https://ruebe.zf-nord.example/" "%s" 498 0.061 [growers-grower-portal-8080] [] 10.42.3.88:8080, 10.42.1.57:8080 0, 18220 0.003, 0.058 502, 200 %s' % (clf(d), UAS[1], hexs(rng, 32)))
    r.add(141.9, LP[1], lambda d: slog_json(d, "INFO", "server: idle connection closed", remote="10.42.2.15:51820", idle="60s"))
    r.add(201.3, LP[0], lambda d: slog_json(d, "WARN", "slow query", query="deliveries_by_grower", grower="G-20117", duration="812.4ms", threshold="500ms"))
    def appl(i):
        def fn(d, g):
            return slog_json(d, "INFO", "request", method="GET", path=g.choice(["/", "/lieferungen", "/api/v1/deliveries/summary", "/qualitaet"]), status=200, duration="%.1fms" % g.uniform(2, 90), grower="G-%05d" % g.randint(10000, 29999))
        return fn
    r.noise(LP[0], appl(0), 10, 0, 300)
    r.noise(LP[1], appl(1), 9, 0, 300)
    return r.build(
        question="The ingress log shows some errors for the grower portal this evening - is the portal working properly?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="grower-portal",
        root_cause="No incident: the errors are bots probing non-existent paths (404), one client cancelling an export (499 / context canceled), and one idle upstream connection closed by the pod that ingress-nginx retried on the other replica with 200.",
        summary="Normal evening traffic: deliveries and quality pages return 200 with low latency on both replicas; 404s come from SemrushBot scanning WordPress paths, the 499 matches a grower closing the page during an XLSX export, the 'upstream prematurely closed connection' was retried successfully, and one query took 812 ms.",
        action="Nothing to do; optionally align the portal's idle timeout with ingress-nginx keepalive.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w38
def w38():
    r = Rec("w38", "SUG", "2026-11-23T02:40:20")
    rng = r.rng
    ns, app = "historian", "timescaledb"
    TS = P(ns, "timescaledb-0", "timescaledb", "zf-agt-03", app)
    LH = P("longhorn-system", "longhorn-manager-9h4kq", "longhorn-manager", "zf-agt-03", "longhorn-manager")
    vol = "pvc-3e7a9c21-4b6d-4f18-a2c5-8d1e0b7f9a46"
    r.add(6.1, LH, lambda d: logrus(d, "info", "Backup backup-4f1a9c2e7b3d4e05 of volume %s completed, size 61.2 GiB" % vol, func="controller.(*BackupController).reconcile", file="backup_controller.go:514", node="zf-agt-03"))
    r.add(6.4, LH, lambda d: logrus(d, "info", "Recurring job nightly-backup: cleaned up 1 expired backup of volume %s (retain 14)" % vol, func="controller.(*RecurringJobController).cleanup", file="recurring_job.go:391", node="zf-agt-03"))
    r.add(30.2, TS, lambda d: pgts(d, 3170, "Compression Policy [1000]", "LOG", "job 1000 (Compression Policy [1000]) exiting with success: execution time 18211.32 ms"))
    r.add(62.0, TS, lambda d: pgts(d, 88, "", "LOG", "checkpoint starting: time"))
    r.add(242.7, TS, lambda d: pgts(d, 88, "", "LOG", "checkpoint complete: wrote 9121 buffers (1.7%); 0 WAL file(s) added, 0 removed, 4 recycled; write=179.912 s, sync=0.212 s, total=180.688 s; sync files=311, longest=0.031 s, average=0.001 s; distance=91244 kB, estimate=104512 kB; lsn=1C4/2E0019A8, redo lsn=1C4/2B3F4C10"))
    r.add(121.5, TS, lambda d: pgts(d, 3201, "Retention Policy [1002]", "LOG", "job 1002 (Retention Policy [1002]) exiting with success: execution time 611.08 ms"))
    r.add(181.9, TS, lambda d: pgts(d, 3244, "Refresh Continuous Aggregate Policy [1004]", "LOG", "job 1004 (Refresh Continuous Aggregate Policy [1004]) exiting with success: execution time 2411.70 ms"))

    def conn(d, g):
        u = g.choice([("historian-writer", "historian"), ("grafana", "grafana_ro"), ("lab-results", "lab")])
        return pgts(d, g.randint(40000, 70000), "[unknown]", "LOG", "connection authorized: user=%s database=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (u[1], "lab" if u[1] == "lab" else "process"))
    r.noise(TS, conn, 8, 0, 300)
    r.noise(TS, lambda d, g: pgts(d, g.randint(40000, 70000), "", "LOG", "automatic vacuum of table \"process.%s\": index scans: 0" % g.choice(["public.tag_meta", "_timescaledb_internal._hyper_1_%d_chunk" % g.randint(900, 930), "public.alarm_journal"])), 5, 0, 300)
    r.noise(TS, lambda d, g: pgts(d, g.randint(40000, 70000), "grafana", "LOG", "duration: %d.%03d ms  statement: SELECT time_bucket('1 minute', time) AS t, avg(value) FROM process_values WHERE tag = 'TI%d011' AND time > now() - interval '6 hours' GROUP BY 1 ORDER BY 1" % (g.randint(120, 480), g.randint(0, 999), g.randint(1, 5))), 4, 0, 300)
    r.noise(P("process", "historian-writer-7b9d6c8f5d-w8kxz", "historian-writer", "zf-agt-05", "historian-writer"),
            lambda d, g: zap_iso(d, "info", "writer/batch.go:118", "batch written", rows=g.randint(4200, 5000), chunk="live", ms=g.randint(40, 160)), 10, 0, 300)
    r.noise(LH, lambda d, g: logrus(d, "info", "Volume %s is healthy, robustness healthy, 3 replicas" % g.choice([vol, "pvc-0b5d2e8a-7c1f-4a39-b6e4-2f9d8c1a7e50"]), func="controller.(*VolumeController).syncVolume", file="volume_controller.go:321", node="zf-agt-03"), 4, 0, 300)
    return r.build(
        question="Is the TimescaleDB historian healthy after last night's Longhorn backup and the scheduled jobs?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="timescaledb",
        root_cause="No incident: the Longhorn backup of the historian volume completed, the TimescaleDB compression, retention and continuous-aggregate jobs exited with success, checkpoints are regular and clients connect normally.",
        summary="Healthy window: backup 61.2 GiB completed and retention cleaned one old backup, jobs 1000/1002/1004 succeeded, a timed checkpoint completed, autovacuum and dashboard queries run, historian-writer keeps writing live batches.",
        action="Nothing to do; the historian is healthy.",
        tags=[])


# --------------------------------------------------------------------------- w39
def w39():
    r = Rec("w39", "SUG", "2026-09-14T05:20:10")
    rng = r.rng
    ns, app = "campaign", "weighbridge"
    old = "weighbridge-7f9c6d8b5c-d4lqm"
    new = "weighbridge-59c8d7b6f9-hx2vk"
    LO = P(ns, old, app, "zf-agt-02", app)
    LN = P(ns, new, app, "zf-agt-02", app)
    EN = E(ns, "Pod", new)
    fl = P("cattle-fleet-system", "fleet-agent-7d9b8c6f5d-hk2zw", "fleet-agent", "zf-srv-01", "fleet-agent")
    s = lambda lvl, th, lg, msg: (lambda d: spring(d, lvl, "weighbridge", th, lg, msg))
    r.add(4.2, fl, lambda d: logrus(d, "info", "Deploying bundle", bundle="fleet-default/zf-nord-campaign", cluster="local", commit="e51b0c2", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64))))
    r.add(5.0, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned campaign/%s to zf-agt-02" % new))
    r.add(5.6, EN, ev("Normal", "Pulling", "Pod", ns, new, "kubelet/zf-agt-02", 'Pulling image "%s/campaign/weighbridge:3.9.0"' % SUG_REG))
    r.add(13.9, EN, ev("Normal", "Pulled", "Pod", ns, new, "kubelet/zf-agt-02", 'Successfully pulled image "%s/campaign/weighbridge:3.9.0" in 8.204s (8.204s including waiting)' % SUG_REG))
    r.add(14.3, EN, ev("Normal", "Started", "Pod", ns, new, "kubelet/zf-agt-02", "Started container weighbridge"))
    r.add(17.8, LN, s("INFO", "main", "d.z.w.WeighbridgeApplication", "Starting WeighbridgeApplication v3.9.0 using Java 21.0.4 with PID 1"))
    r.add(18.0, LN, s("INFO", "main", "d.z.w.WeighbridgeApplication", 'The following 1 profile is active: "prod"'))
    r.add(26.4, LN, s("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
    r.add(26.9, LN, s("INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5d1e09bc"))
    r.add(27.0, LN, s("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    r.add(27.8, LN, s("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Migrating schema "public" to version "42 - add soil tare column"'))
    r.add(29.1, LN, s("INFO", "main", "o.f.core.internal.command.DbMigrate", 'Successfully applied 1 migration to schema "public", now at version v42 (execution time 00:01.204s)'))
    for k, t in enumerate((24.3, 34.3, 44.3)):
        r.add(t, EN, ev("Warning", "Unhealthy", "Pod", ns, new, "kubelet/zf-agt-02", 'Startup probe failed: Get "http://10.42.2.141:8080/actuator/health/liveness": dial tcp 10.42.2.141:8080: connect: connection refused'))
    r.add(38.5, LN, s("WARN", "scale-reader-1", "d.z.w.scale.Ser2NetConnector", "connect to ser2net WB-1 10.40.30.11:4001 failed (Connection refused: the port is still held by weighbridge-7f9c6d8b5c-d4lqm), retry 1/10 in 5s"))
    r.add(46.2, LN, s("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"))
    r.add(46.5, LN, s("INFO", "main", "d.z.w.WeighbridgeApplication", "Started WeighbridgeApplication in 29.8 seconds (process running for 31.2)"))
    r.add(52.0, E(ns, "Pod", old), ev("Normal", "Killing", "Pod", ns, old, "kubelet/zf-agt-02", "Stopping container weighbridge"))
    r.add(52.3, LO, s("INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    r.add(52.6, LO, s("INFO", "ionShutdownHook", "d.z.w.scale.Ser2NetConnector", "released ser2net WB-1 10.40.30.11:4001"))
    r.add(53.4, LO, s("INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    r.add(53.6, LN, s("INFO", "scale-reader-1", "d.z.w.scale.Ser2NetConnector", "connected to ser2net WB-1 10.40.30.11:4001 (retry 2/10), scale model DIBAL DMI-610, firmware 2.14"))
    r.add(54.0, LN, s("INFO", "scale-reader-1", "d.z.w.scale.ScaleReader", "scale WB-1 idle, zero check ok (0 kg, stable)"))
    r.noise(LO, lambda d, g: spring(d, "INFO", "weighbridge", "scale-reader-1", "d.z.w.scale.ScaleReader", "scale WB-1 idle, zero check ok (0 kg, stable)"), 4, 0, 50)
    r.noise(LN, lambda d, g: spring(d, "INFO", "weighbridge", "nio-8080-exec-%d" % g.randint(1, 9), "d.z.w.api.WeighingController",
                                    "weighing %d: truck %s gross %d kg tare %d kg" % (g.randint(890000, 899999), g.choice(["RO-ZF 412", "RO-BK 77", "TS-RÜ 18", "AÖ-L 560"]), g.randint(38000, 40000), g.randint(14000, 15500))), 10, 60, 330)
    return r.build(
        question="Did the weighbridge update before the first trucks of the campaign day go smoothly?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="weighbridge",
        root_cause="No incident: Fleet rolled weighbridge to 3.9.0; the startup probe failed while Spring Boot was starting and the serial-to-network port was briefly held by the old pod, then the migration applied, the new pod took over the scale connection and weighings were recorded.",
        summary="Normal rollout at 05:20: image pulled, Flyway migration v42 applied, three expected startup-probe failures during the 30 s boot, one ser2net retry until the old pod released WB-1, graceful shutdown of the old pod, and weighings from 05:21 onwards.",
        action="Nothing to do; the rollout completed before the first trucks.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w40
def w40():
    r = Rec("w40", "SUG", "2026-11-02T14:05:40")
    rng = r.rng
    ns, app = "process", "opcua-gateway"
    gws = [("opcua-gateway-6f7d9c8b5d-v2kqr", "zf-agt-04", "evaporator"), ("opcua-gateway-6f7d9c8b5d-q8tzn", "zf-agt-05", "crystallizer")]
    LG = [P(ns, p, app, n, app) for p, n, _ in gws]
    EM = P("mqtt", "emqx-0", "emqx", "zf-agt-03", "emqx")
    HW = P(ns, "historian-writer-7b9d6c8f5d-w8kxz", "historian-writer", "zf-agt-05", "historian-writer")
    for i, l in enumerate(LG):
        area = gws[i][2]
        r.noise(l, (lambda a_: lambda d, g: rust_tracing(d, "INFO", "opcua_gateway::poll", "published batch", area=a_, endpoint="opc.tcp://plc-%s-%d.zf.lan:4840" % (a_[:4], g.randint(1, 2)), tags=g.randint(180, 420), ms=g.randint(3, 40)))(area), 13, 0, 300)
        r.add(150.0 + i * 3.3, l, (lambda a_: lambda d: rust_tracing(d, "INFO", "opcua_gateway::session", "subscription keep-alive", area=a_, subscription_id=rng.randint(1, 9), publishing_interval_ms=1000, lifetime_count=60))(area))
    r.noise(HW, lambda d, g: zap_iso(d, "info", "writer/batch.go:118", "batch written", rows=g.randint(4200, 5000), chunk="live", ms=g.randint(40, 160)), 12, 0, 300)
    r.noise(EM, lambda d, g: emqx(d, "info", "msg: stats, connections: %d, subscriptions: %d, topics: %d, messages_received_rate: %d/s" % (g.randint(640, 660), g.randint(1300, 1320), g.randint(1180, 1200), g.randint(2100, 2600))), 3, 0, 300)
    return r.build(
        question="Is process data from the OPC UA gateways flowing normally this afternoon?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="opcua-gateway",
        root_cause="No incident: both OPC UA gateways poll their PLCs and publish batches every few seconds, subscriptions stay alive, EMQX load is steady and historian-writer writes the live batches.",
        summary="Steady state: evaporator and crystallizer gateways publish 180-420 tags per batch within 3-40 ms, EMQX reports ~650 connections, historian-writer writes ~4,200-5,000 rows per batch with normal latency.",
        action="Nothing to do; data is flowing normally.",
        tags=[])


RECORDS = [w31, w32, w33, w34, w35, w36, w37, w38, w39, w40]
