"""dev62 records 001-010."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 001
def r001():
    R = Rec("dev62-001", "2026-05-02T07:41:00", "dev62-psp-retry-healthy",
            "Checkout logged 503s from the payment provider this morning - are gift-voucher purchases failing?",
            sel(namespace="bookings", app="checkout"))
    rng = R.rng
    n = B_EKS_NODES
    co = pods(rng, "checkout", 2)
    ba = pods(rng, "booking-api", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    L_co = [pod_labels(B_EKS, "bookings", co[0], "checkout", n[0]),
            pod_labels(B_EKS, "bookings", co[1], "checkout", n[2])]
    L_ba = pod_labels(B_EKS, "bookings", ba[0], "booking-api", n[1])
    L_ing = pod_labels(B_EKS, "ingress-nginx", ing, "controller", n[1], "ingress-nginx")

    acc = ingress_nginx_access("https://www.windrose-balloons.co.uk/", "bookings-booking-api-8080",
                               ["10.31.27.61:8080", "10.31.41.23:8080"],
                               [("GET", "/api/flights?date=2026-05-09&site=kemble", 200, 1800, 4200, 0.012, 0.060),
                                ("GET", "/api/vouchers/designs", 200, 5200, 5400, 0.008, 0.030),
                                ("GET", "/api/availability?month=2026-06", 200, 3100, 3900, 0.020, 0.090),
                                ("GET", "/api/launch-sites", 200, 900, 950, 0.004, 0.012)])
    R.noise(L_ing, acc, 14, 0, 540)
    R.noise(L_ba, lambda r: zap("info", "http/middleware.go:61", "request",
                                method="GET", path=r.choice(["/api/flights", "/api/availability", "/api/launch-sites"]),
                                status=200, duration_ms=r.randint(6, 70)), 8, 0, 540)

    orders = [(22, False), (71, True), (118, False), (164, True), (203, True), (262, False),
              (318, False), (377, True), (431, False), (498, False)]
    for i, (t, hit) in enumerate(orders):
        L = L_co[i % 2]
        host = co[i % 2]
        oid = "WR-V-%06d" % (104230 + i * 7 + rng.randint(0, 5))
        key = uuid4(rng)
        amt = rng.choice([23900, 47800, 26500, 19900])
        R.at(t, L, pino(30, host, "creating payment intent", reqId="req-%s" % hexid(rng, 6), orderId=oid,
                        amountMinor=amt, currency="GBP", idempotencyKey=key))
        dt1 = rng.uniform(0.25, 0.6)
        if hit:
            R.at(t + dt1, L, pino(40, host, "payment provider returned 503, retrying", orderId=oid,
                                  provider="kestrelpay", status=503, attempt=1, maxAttempts=3,
                                  retryInMs=800, idempotencyKey=key))
            dt1 += 0.8 + rng.uniform(0.2, 0.5)
        R.at(t + dt1, L, pino(30, host, "payment intent confirmed", orderId=oid, provider="kestrelpay",
                              status=201, attempt=2 if hit else 1, idempotencyKey=key))
        R.at(t + dt1 + 0.03, L, pino(30, host, "order paid", orderId=oid, voucherType=rng.choice(
            ["sunrise-flight", "champagne-flight", "private-basket"]), emailQueued=True))
        R.at(t + dt1 + 0.05, L_ing, '%s - - [$NGX] "POST /api/checkout/voucher HTTP/2.0" 200 412 '
             '"https://www.windrose-balloons.co.uk/vouchers/checkout" "%s" %d %.3f [bookings-checkout-3000] [] %s 412 %.3f 200 %s' % (
                 client_ip(rng), rng.choice(UAS), rng.randint(700, 1100), dt1 + 0.06,
                 ["10.31.12.140:3000", "10.31.41.77:3000"][i % 2], dt1 + 0.05, hexid(rng, 32)))
    R.at(300, L_co[0], pino(40, co[0], "slow request", path="/api/vouchers/designs/preview", durationMs=1840))
    R.at(520, L_co[1], pino(30, co[1], "provider health", provider="kestrelpay", window="10m",
                            requests=10, retried=4, failedAfterRetries=0))
    return R.build(
        "INFO", "none",
        "No incident: the payment provider answered a few payment-intent calls with a transient 503; the "
        "checkout service retried each with the same idempotency key and every attempt succeeded on the second try.",
        "Ten voucher orders in the window, four saw one 503 from kestrelpay and were confirmed on retry; all "
        "orders paid, no failures after retries, ingress returned 200 for every checkout.",
        "Nothing to do; optionally keep an eye on the provider's 503 rate in the retry metrics.")


# --------------------------------------------------------------------------- 002
def r002():
    R = Rec("dev62-002", "2026-05-23T19:32:00", "dev62-upstream-timeout-rights-api",
            "Why do recordings in the recital archive fail to start playing tonight?",
            sel(namespace="recitals", app="recital-archive"))
    rng = R.rng
    n = C_GKE_NODES
    ing = pod_name(rng, "ingress-nginx-controller")
    ra = pods(rng, "recital-archive", 2)
    hp = pods(rng, "hls-packager", 2)
    L_ing = pod_labels(C_GKE, "ingress-nginx", ing, "controller", n[0], "ingress-nginx")
    L_ra = [pod_labels(C_GKE, "recitals", ra[0], "recital-archive", n[0]),
            pod_labels(C_GKE, "recitals", ra[1], "recital-archive", n[1])]
    L_hp = pod_labels(C_GKE, "recitals", hp[0], "hls-packager", n[2])
    host = "listen.staldhelm-cathedral.org.uk"
    ra_ip = ["10.52.0.41", "10.52.1.18"]

    def ra_json(level, event, **kw):
        d = {"event": event, "level": level, "logger": "archive.rights", "timestamp": "$ISO"}
        d.update(kw)
        return js(d)

    # an unrelated, finished hls-packager rollout at the start of the window
    for t in (8.2, 9.9):
        R.at(t, L_ing, '$NGERR [error] 1187#1187: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: %s, request: "GET /live/evensong/index.m3u8 HTTP/2.0", upstream: "http://10.52.2.36:8080/live/evensong/index.m3u8", host: "%s"' % (
            rng.randint(380000, 390000), client_ip(rng), host, host))
    R.at(14.0, L_hp, logfmt(ts="$ISO", level="info", msg="packager ready", stream="live/evensong", segment_s=4, renditions="1080p,720p,480p,audio"))
    R.noise(L_hp, lambda r: logfmt(ts="$ISO", level="info", msg="segment written", stream="live/evensong",
                                   seq=r.randint(1800, 2100), rendition=r.choice(["720p", "480p", "audio"]),
                                   dur_ms=r.randint(3990, 4010)), 9, 15, 600)
    # benign client-side resets (error-log-level info on this controller)
    for _ in range(6):
        t = rng.uniform(20, 590)
        if rng.random() < 0.5:
            R.at(t, L_ing, "$NGERR [info] 1187#1187: *%d client %s closed keepalive connection (104: Connection reset by peer)" % (
                rng.randint(390000, 420000), client_ip(rng)))
        else:
            R.at(t, L_ing, '$NGERR [info] 1187#1187: *%d writev() failed (32: Broken pipe) while sending to client, client: %s, server: %s, request: "GET /archive/%d HTTP/2.0", host: "%s"' % (
                rng.randint(390000, 420000), client_ip(rng), host, rng.choice([1987, 1994, 2003, 2011]), host))
    # archive browsing keeps working
    acc = ingress_nginx_access("https://%s/archive" % host, "recitals-recital-archive-8000",
                               [a + ":8000" for a in ra_ip],
                               [("GET", "/api/recordings?year=1987", 200, 8200, 9100, 0.030, 0.110),
                                ("GET", "/api/recordings?composer=Howells", 200, 6100, 7400, 0.040, 0.150),
                                ("GET", "/api/recordings/1994-06-12-evensong", 200, 1900, 2300, 0.010, 0.040)])
    R.noise(L_ing, acc, 10, 0, 600)
    # early: rights lookups fine but slowing
    for t, ms in ((40, 310), (95, 2840), (150, 9120)):
        i = rng.randint(0, 1)
        R.at(t, L_ra[i], ra_json("info", "rights lookup", provider="api.choralrights.org.uk",
                                 work="HOWELLS-PSALM-PRELUDE-1-1", status=200, elapsed_ms=ms))
    # the failures
    fails = [212, 268, 331, 389, 447, 512]
    for k, t in enumerate(fails):
        i = k % 2
        rid = rng.choice(["1987-11-08-recital", "1994-06-12-evensong", "2003-12-21-carols", "2011-05-15-recital"])
        ev1 = k in (0, 3)
        R.at(t, L_ra[i], ra_json("info", "stream url requested", recording=rid, request_id=hexid(rng, 12)))
        R.at(t + 30.02, L_ra[i], ra_json("warning", "rights lookup failed, retrying", recording=rid, attempt=1,
                                         error="HTTPSConnectionPool(host='api.choralrights.org.uk', port=443): Read timed out. (read timeout=30)"),
             ev=ev1)
        cip = client_ip(rng)
        R.at(t + 60.0, L_ing, '$NGERR [error] 1187#1187: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s, request: "GET /api/recordings/%s/stream-url HTTP/2.0", upstream: "http://%s:8000/api/recordings/%s/stream-url", host: "%s", referrer: "https://%s/archive/%s"' % (
            rng.randint(420000, 460000), cip, host, rid, ra_ip[i], rid, host, host, rid), ev=ev1)
        R.at(t + 60.01, L_ing, '%s - - [$NGX] "GET /api/recordings/%s/stream-url HTTP/2.0" 504 160 "https://%s/archive/%s" "%s" 92 60.001 [recitals-recital-archive-8000] [] %s:8000 0 60.000 504 %s' % (
            cip, rid, host, rid, rng.choice(UAS), ra_ip[i], hexid(rng, 32)))
        R.at(t + 60.05, L_ra[i], ra_json("error", "rights lookup failed", recording=rid, attempt=2,
                                         error="HTTPSConnectionPool(host='api.choralrights.org.uk', port=443): Read timed out. (read timeout=30)"),
             ev=(k == 3))
        R.at(t + 60.06, L_ra[i], 'INFO:     10.52.0.9:0 - "GET /api/recordings/%s/stream-url HTTP/1.1" 504 Gateway Timeout' % rid)
    return R.build(
        "ERROR", "timeout",
        "The external music-rights API (api.choralrights.org.uk) that recital-archive calls before issuing a "
        "stream URL has become very slow: lookups went from 0.3 s to over 30 s and now hit the 30 s read timeout "
        "twice, so the ingress gives up at 60 s with 504.",
        "Every stream-url request since about 19:35 ends in 'Read timed out (read timeout=30)' in recital-archive "
        "and 'upstream timed out' / 504 at ingress-nginx; archive browsing still works. The refused and "
        "connection-reset lines are an earlier hls-packager rollout and viewers closing connections.",
        "Contact the rights provider / check its status; meanwhile cache positive rights decisions or issue the "
        "stream URL with a deferred rights check, and keep app retries inside the ingress proxy-read-timeout.",
        component="recital-archive")


# --------------------------------------------------------------------------- 003
def r003():
    R = Rec("dev62-003", "2026-04-21T07:00:00", "dev62-crashloop-missing-env",
            "booking-reminders has been restarting since this morning's deploy - is it a bug in the new release?",
            sel(namespace="notify", app="booking-reminders"))
    rng = R.rng
    n = S_OCP_NODES
    br = pod_name(rng, "booking-reminders")
    em = pod_name(rng, "email-reminders")
    es = pod_name(rng, "external-secrets")
    argo = "openshift-gitops-application-controller-0"
    L_br = pod_labels(S_OCP, "notify", br, "booking-reminders", n[1])
    L_em = pod_labels(S_OCP, "notify", em, "email-reminders", n[0])
    L_es = pod_labels(S_OCP, "external-secrets", es, "external-secrets", n[2])
    L_ar = pod_labels(S_OCP, "openshift-gitops", argo, "argocd-application-controller", n[2])
    L_ev = event_labels(S_OCP, "notify")
    L_kl = journal_labels(S_OCP, n[1], "kubelet.service")

    R.at(3.0, L_ar, 'time="$ISO" level=info msg="Initiated automated sync to \'4c1d2e9\'" application=openshift-gitops/notify dest-namespace=notify dest-server="https://kubernetes.default.svc"')
    R.at(4.1, L_ar, 'time="$ISO" level=info msg="Applying resource ExternalSecret/sms-gateway in cluster: https://172.30.0.1:443, namespace: notify"')
    R.at(4.3, L_ar, 'time="$ISO" level=info msg="Applying resource Deployment/booking-reminders in cluster: https://172.30.0.1:443, namespace: notify"')
    R.at(5.0, L_es, js({"level": "info", "ts": "$EPOCH", "logger": "controllers.ExternalSecret",
                        "msg": "reconciled secret", "ExternalSecret": {"name": "sms-gateway", "namespace": "notify"}}))
    R.at(6.2, L_ar, 'time="$ISO" level=info msg="Updated sync status: OutOfSync -> Synced" application=openshift-gitops/notify dest-namespace=notify')
    R.noise(L_em, lambda r: "$PYT INFO [email_reminders.worker] sent reminder booking=NV-%d channel=email template=%s" % (
        r.randint(40000, 49999), r.choice(["24h-before", "interpreter-confirmed", "vri-link"])), 10, 0, 560)
    R.noise(L_em, ["$PYT INFO [email_reminders.worker] poll: 0 due reminders", "$PYT INFO [email_reminders.smtp] connection to smtp.office365.com:587 reused"], 4, 0, 560)

    tb = [
        "$PYT INFO [run] booking-reminders 3.8.0 starting (python 3.11.9)",
        "Traceback (most recent call last):",
        '  File "/opt/app-root/src/run.py", line 6, in <module>',
        "    from booking_reminders.app import main",
        '  File "/opt/app-root/src/booking_reminders/app.py", line 9, in <module>',
        "    from booking_reminders import settings",
        '  File "/opt/app-root/src/booking_reminders/settings.py", line 41, in <module>',
        '    SMS_GATEWAY_TOKEN = os.environ["SMS_GATEWAY_TOKEN"]',
        "                        ~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^",
        '  File "<frozen os>", line 679, in __getitem__',
        "KeyError: 'SMS_GATEWAY_TOKEN'",
    ]
    starts = [31, 72, 155, 316]
    backoff = ["40s", "1m20s", "2m40s", "5m0s"]
    for k, t in enumerate(starts):
        evset = {7, 10} if k in (0, len(starts) - 1) else set()
        R.lines(t, L_br, tb, step=0.004, ev=evset)
        R.at(t + 0.6, L_ev, k8s_event("Pod", br, "Pulled", "Normal",
                                      'Container image "image-registry.openshift-image-registry.svc:5000/notify/booking-reminders@sha256:%s" already present on machine' % hexid(rng, 64),
                                      host=n[1], count=k + 1))
        R.at(t + 2.0, L_kl, klog("I", 2231, "kuberuntime_container.go:309",
                                 "Container exited", pod="notify/" + br, containerName="booking-reminders", exitCode="RAW:1"))
        R.at(t + 2.2, L_ev, k8s_event("Pod", br, "BackOff", "Warning",
                                      "Back-off restarting failed container booking-reminders in pod %s_notify(%s)" % (br, uuid4(rng)),
                                      host=n[1], count=k + 1))
        R.at(t + 2.3, L_kl, klog("E", 2231, "pod_workers.go:1301", "Error syncing pod, skipping",
                                 err='failed to "StartContainer" for "booking-reminders" with CrashLoopBackOff: "back-off %s restarting failed container=booking-reminders pod=%s_notify(%s)"' % (backoff[k], br, uuid4(rng)),
                                 pod="notify/" + br))
    return R.build(
        "CRITICAL", "config_error",
        "The booking-reminders container reads SMS_GATEWAY_TOKEN from its environment at import time, and the "
        "variable is no longer present after this morning's GitOps sync of the sms-gateway ExternalSecret "
        "(consumed via envFrom); os.environ raises KeyError before the app starts.",
        "Every start dies within a second with KeyError: 'SMS_GATEWAY_TOKEN' raised from settings.py line 41; "
        "the pod is in CrashLoopBackOff (back-off now 5m). The traceback is a missing configuration value, not "
        "a code defect; email-reminders is unaffected.",
        "Restore the SMS_GATEWAY_TOKEN key in the sms-gateway Secret (or map the renamed key back in the "
        "ExternalSecret / Deployment env), then restart booking-reminders; add a startup check that reports "
        "missing settings clearly.",
        component="booking-reminders")


# --------------------------------------------------------------------------- 004
def r004():
    R = Rec("dev62-004", "2026-06-14T04:18:00", "dev62-stale-dns-refused",
            "chase-tracker lost the chase vehicles' positions for several minutes before launch - what happened?",
            sel(namespace="flightops", app="chase-tracker"))
    rng = R.rng
    n = B_K3S_NODES
    ct = pod_name(rng, "chase-tracker")
    dns = "coredns-576bfc4dc7-r9ktb"
    tr = pod_name(rng, "traefik")
    lp = pod_name(rng, "field-weather")
    L_ct = pod_labels(B_K3S, "flightops", ct, "chase-tracker", n[1])
    L_dns = pod_labels(B_K3S, "kube-system", dns, "coredns", n[0])
    L_tr = pod_labels(B_K3S, "kube-system", tr, "traefik", n[0])
    L_lp = pod_labels(B_K3S, "flightops", lp, "field-weather", n[2])
    ctip = "10.42.1.23"
    name = "telemetry-broker.ops.windrose.internal."

    def ctl(level, caller, msg, **kw):
        return logfmt(ts="$ISO", level=level, caller=caller, msg=msg, **kw)

    R.noise(L_ct, lambda r: ctl("info", "positions.go:44", "position", vehicle=r.choice(["chase-1", "chase-2", "chase-3"]),
                                lat="%.4f" % r.uniform(51.70, 51.76), lon="%.4f" % r.uniform(-2.02, -1.95),
                                speed_kmh=r.randint(0, 62)), 10, 0, 88)
    R.noise(L_ct, lambda r: ctl("info", "positions.go:44", "position", vehicle=r.choice(["chase-1", "chase-2", "chase-3"]),
                                lat="%.4f" % r.uniform(51.72, 51.79), lon="%.4f" % r.uniform(-2.05, -1.97),
                                speed_kmh=r.randint(0, 70)), 6, 468, 560)
    R.noise(L_dns, coredns_query("10.42.", [
        ("A", "chase-tracker.flightops.svc.cluster.local.", "NOERROR", "qr,aa,rd", 132),
        ("AAAA", "flight-manifest.flightops.svc.cluster.local.", "NOERROR", "qr,aa,rd", 159),
        ("A", "flight-manifest.flightops.svc.cluster.local.", "NOERROR", "qr,aa,rd", 132)]), 8, 0, 560)
    tra = lambda r: js({"ClientHost": "192.168.10.%d" % r.randint(20, 60), "DownstreamStatus": 200,
                        "Duration": r.randint(2000000, 40000000), "RequestMethod": "GET",
                        "RequestPath": r.choice(["/api/vehicles", "/api/flights/today", "/api/manifest/today"]),
                        "RouterName": "flightops-ops-ui-5f1c@kubernetescrd", "level": "info", "msg": "", "time": "$ISO"})
    R.noise(L_tr, tra, 7, 0, 560)
    R.noise(L_lp, lambda r: logfmt(ts="$ISO", level="info", caller="fetch.go:58", msg="fetched METAR",
                                   icao=r.choice(["EGBP", "EGTK", "EGGD"]), status=200, ms=r.randint(140, 260)), 4, 0, 560)

    # upstream resolver for the private zone stops answering
    up_err = '[ERROR] plugin/errors: 2 %s A: read udp 10.42.0.9:%d->10.20.0.2:53: i/o timeout'
    for k, t in enumerate((71.5, 84.2, 112.0, 171.3, 262.9, 381.4)):
        R.at(t, L_dns, up_err % (name, rng.randint(33000, 60000)), ev=(k < 2))
    R.at(90.1, L_ct, ctl("warn", "broker.go:97", "mqtt connection lost", broker="tcp://telemetry-broker.ops.windrose.internal:1883", err="EOF"))
    tries = [(92.2, 2), (96.4, 4), (104.7, 8), (121.0, 16), (153.3, 30), (184.0, 30), (214.5, 30), (245.1, 30),
             (275.8, 30), (306.2, 30), (336.9, 30), (367.3, 30), (397.8, 30)]
    for k, (t, bo) in enumerate(tries):
        R.at(t, L_dns, '[INFO] %s:%d - %d "A IN %s udp 67 false 1232" NOERROR qr,rd,ra 122 0.000%03ds' % (
            ctip, rng.randint(33000, 60000), rng.randint(1, 65535), name, rng.randint(60, 140)))
        R.at(t + 0.002, L_ct, ctl("info", "broker.go:61", "resolved broker", host="telemetry-broker.ops.windrose.internal",
                                  addrs="[10.20.4.17]"), ev=(k == 0))
        R.at(t + 0.004, L_ct, ctl("error", "broker.go:72", "mqtt connect failed",
                                  broker="tcp://telemetry-broker.ops.windrose.internal:1883",
                                  err="dial tcp 10.20.4.17:1883: connect: connection refused",
                                  retry_in="%ds" % bo), ev=(k == 0))
        if k in (4, 9):
            R.at(t + 1.0, L_ct, ctl("warn", "positions.go:88", "vehicle positions stale", oldest="chase-2", age_s=int(t - 88)))
    # resolver reachable again -> fresh answer
    t = 458.9
    R.at(t, L_dns, '[INFO] %s:%d - %d "A IN %s udp 67 false 1232" NOERROR qr,rd,ra 122 0.004512s' % (
        ctip, rng.randint(33000, 60000), rng.randint(1, 65535), name))
    R.at(t + 0.002, L_ct, ctl("info", "broker.go:61", "resolved broker", host="telemetry-broker.ops.windrose.internal",
                              addrs="[10.20.4.31]"), ev=True)
    R.at(t + 0.09, L_ct, ctl("info", "broker.go:80", "mqtt connected", broker="tcp://telemetry-broker.ops.windrose.internal:1883", remote="10.20.4.31:1883"))
    R.at(t + 0.12, L_ct, ctl("info", "broker.go:86", "subscribed", topic="chase/+/position", qos=1))
    return R.build(
        "WARN", "dns_resolution",
        "CoreDNS could not reach the on-prem resolver 10.20.0.2 that serves ops.windrose.internal (i/o timeouts) "
        "and kept answering from its cache with the broker's old address 10.20.4.17; the MQTT broker had moved to "
        "10.20.4.31, so chase-tracker was sent to a host with nothing listening on 1883.",
        "From about 04:19 chase-tracker reconnects were refused at 10.20.4.17 while CoreDNS logged upstream read "
        "timeouts for telemetry-broker.ops.windrose.internal; when the resolver answered again (~04:26) the name "
        "resolved to 10.20.4.31 and positions resumed. About six minutes of stale positions.",
        "Check why 10.20.0.2 stopped answering (and add a second forwarder for the private zone); keep TTLs short "
        "on records that move and lower serve_stale for that zone.",
        component="coredns")


# --------------------------------------------------------------------------- 005
def r005():
    R = Rec("dev62-005", "2026-09-12T17:58:00", "dev62-kured-redis-healthy",
            "The seat-locks Redis printed a WARNING about memory overcommit and seat-map logged 'Cannot reconnect' this evening - is the seat lock cache healthy?",
            sel(namespace="box-office"))
    rng = R.rng
    n = C_KADM_NODES
    ku = "kured-%s" % rs_hash(rng, 5)
    sm = pod_name(rng, "seat-map")
    L_ku = pod_labels(C_KADM, "kube-system", ku, "kured", n[1])
    L_rd = pod_labels(C_KADM, "box-office", "seat-locks-0", "redis", n[1], "seat-locks")
    L_sm = pod_labels(C_KADM, "box-office", sm, "seat-map", n[0])
    L_ev = event_labels(C_KADM, "box-office")

    def kl(msg, level="info"):
        return 'time="$ISO" level=%s msg="%s"' % (level, msg.replace('"', '\\"'))

    R.at(0.6, L_rd, "1:M $REDIS * 100 changes in 300 seconds. Saving...")
    R.at(0.7, L_rd, "1:M $REDIS * Background saving started by pid 27")
    R.at(0.8, L_rd, "27:C $REDIS * DB saved on disk")
    R.at(0.9, L_rd, "1:M $REDIS * Background saving terminated with success")
    R.at(2.0, L_ku, kl("Reboot required"))
    R.at(2.4, L_ku, kl("Acquired reboot lock"))
    R.at(2.6, L_ku, kl("Draining node undercroft-w2"))
    R.at(3.1, L_ku, kl("evicting pod box-office/seat-locks-0"))
    R.at(3.2, L_ku, kl("evicting pod ringing/tower-bookings-6c9f7d8b54-k2x9p"))
    R.at(3.3, L_ev, k8s_event("Pod", "seat-locks-0", "Killing", "Normal", "Stopping container redis", host=n[1]))
    R.lines(3.35, L_rd, [
        "1:signal-handler ($EPOCH) Received SIGTERM scheduling shutdown...",
        "1:M $REDIS * User requested shutdown...",
        "1:M $REDIS * Saving the final RDB snapshot before exiting.",
        "1:M $REDIS * DB saved on disk",
        "1:M $REDIS * Removing the pid file.",
        "1:M $REDIS # Redis is now ready to exit, bye bye..."], step=0.011)
    R.at(3.6, L_sm, spring("INFO", 1, "seat-map", "ioEventLoop-6-1", "i.l.core.protocol.ConnectionWatchdog",
                           "Reconnecting, last destination was seat-locks.box-office.svc.cluster.local/10.96.44.12:6379"))
    for t in (4.7, 6.9, 11.2, 19.6, 36.1, 68.4):
        R.at(t, L_sm, spring("WARN", 1, "seat-map", "ioEventLoop-6-2", "i.l.core.protocol.ConnectionWatchdog",
                             "Cannot reconnect to [seat-locks.box-office.svc.cluster.local/<unresolved>:6379]: Connection refused: seat-locks.box-office.svc.cluster.local/10.96.44.12:6379"))
    R.at(8.0, L_ku, kl("pod/seat-locks-0 evicted"))
    R.at(8.2, L_ku, kl("Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: undercroft-w2"))
    R.at(9.0, L_ku, kl("Commanding reboot for node: undercroft-w2"))
    R.at(14.0, L_ev, k8s_event("Pod", "seat-locks-0", "FailedScheduling", "Warning",
                               "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable, 2 node(s) had volume node affinity conflict. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
                               comp="default-scheduler"))
    L_ku2 = L_ku  # DaemonSet pod keeps its name across the node reboot
    R.at(96.0, L_ku2, kl("Kubernetes Reboot Daemon: 1.16.0"))
    R.at(96.4, L_ku2, kl("Holding lock"))
    R.at(96.9, L_ku2, kl("Uncordoning node undercroft-w2"))
    R.at(97.2, L_ku2, kl("Releasing lock"))
    R.at(99.0, L_ev, k8s_event("Pod", "seat-locks-0", "Scheduled", "Normal",
                               "Successfully assigned box-office/seat-locks-0 to undercroft-w2", comp="default-scheduler"))
    R.at(101.5, L_ev, k8s_event("Pod", "seat-locks-0", "Started", "Normal", "Started container redis", host=n[1]))
    R.lines(101.8, L_rd, [
        "1:C $REDIS # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
        "1:C $REDIS * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
        "1:C $REDIS * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started",
        "1:C $REDIS * Configuration loaded",
        "1:M $REDIS * monotonic clock: POSIX clock_gettime",
        "1:M $REDIS * Running mode=standalone, port=6379.",
        "1:M $REDIS * Server initialized",
        "1:M $REDIS * Loading RDB produced by version 7.2.5",
        "1:M $REDIS * RDB age 99 seconds",
        "1:M $REDIS * RDB memory usage when created 2.31 Mb",
        "1:M $REDIS * Done loading RDB, keys loaded: 1312, keys expired: 17.",
        "1:M $REDIS * DB loaded from disk: 0.014 seconds",
        "1:M $REDIS * Ready to accept connections tcp"], step=0.006)
    R.at(104.2, L_sm, spring("INFO", 1, "seat-map", "ioEventLoop-6-1", "i.l.core.protocol.ReconnectionHandler",
                             "Reconnected to seat-locks.box-office.svc.cluster.local/<unresolved>:6379"))
    R.noise(L_sm, lambda r: spring("INFO", 1, "seat-map", "http-nio-8080-exec-%d" % r.randint(1, 9), "o.s.a.b.seatmap.SeatMapController",
                                   "seat map served event=organ-recital-2026-09-19 held=%d sold=%d" % (r.randint(4, 30), r.randint(180, 240))), 8, 106, 420)
    R.at(411.0, L_rd, "1:M $REDIS * 100 changes in 300 seconds. Saving...")
    R.at(411.1, L_rd, "1:M $REDIS * Background saving started by pid 29")
    R.at(411.2, L_rd, "29:C $REDIS * DB saved on disk")
    R.at(411.21, L_rd, "29:C $REDIS * Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB")
    R.at(411.3, L_rd, "1:M $REDIS * Background saving terminated with success")
    return R.build(
        "INFO", "none",
        "No incident: kured performed a planned reboot of undercroft-w2 for pending OS updates; seat-locks-0 was "
        "shut down cleanly (final RDB saved), came back on the same node and reloaded all keys. The overcommit line "
        "is Redis's standard start-up warning and the reconnect warnings cover only the planned restart.",
        "Planned node reboot: Redis stopped gracefully, was unschedulable only while its node (local volume) was "
        "rebooting, restarted with 1312 keys, seat-map reconnected after ~100 s and background saves succeed.",
        "Nothing urgent; optionally set vm.overcommit_memory=1 on the nodes and schedule kured outside ticket "
        "on-sale hours.")


# --------------------------------------------------------------------------- 006
def r006():
    R = Rec("dev62-006", "2026-03-17T10:31:00", "dev62-refused-behind-timelimiter",
            "Why are council interpreting requests not coming through since about 10:00? The bridge is full of TimeoutExceptions.",
            sel(namespace="assignments", app="council-booking-bridge"))
    rng = R.rng
    n = S_AKS_NODES
    cb = pod_name(rng, "council-booking-bridge")
    am = pods(rng, "assignment-matcher", 2)
    L_cb = pod_labels(S_AKS, "assignments", cb, "council-booking-bridge", n[0])
    L_am = pod_labels(S_AKS, "assignments", am[0], "assignment-matcher", n[1])
    APP = "council-booking-bridge"

    def sp(level, thread, logger, msg):
        return spring(level, 1, APP, thread, logger, msg)

    R.noise(L_am, lambda r: js({"Timestamp": "$ISO", "LogLevel": "Information", "Category": "Northvale.Matching.AssignmentService",
                                "Message": "Matched booking NV-%d to interpreter INT-%04d (score %.2f)" % (r.randint(40000, 49999), r.randint(100, 999), r.uniform(0.6, 0.98))}), 9, 0, 560)
    R.noise(L_cb, [sp("INFO", "http-nio-8080-exec-3", "o.s.web.servlet.DispatcherServlet", "Completed initialization in 1 ms"),
                   sp("INFO", "scheduling-1", "u.o.n.bridge.status.StatusReporter", "outbound confirmations queue depth=0")], 3, 0, 560)
    url = "https://cbs.westmere.gov.uk:8443/BookingService/v2"
    conn = "Connect to %s [cbs.westmere.gov.uk/10.200.14.7] failed: Connection refused" % url.rsplit("/BookingService", 1)[0]
    trace_refused = [
        "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"%s\": %s" % (url, conn),
        "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)",
        "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)",
        "\tat org.springframework.ws.client.core.WebServiceTemplate.sendAndReceive(WebServiceTemplate.java:555)",
        "\tat uk.org.northvale.bridge.council.CbsSoapClient.getPendingRequests(CbsSoapClient.java:88)",
        "Caused by: org.apache.hc.client5.http.HttpHostConnectException: %s" % conn,
        "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)",
        "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)",
        "\tat org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:188)",
    ]
    trace_timeout = [
        "java.util.concurrent.TimeoutException: TimeLimiter 'councilCbs' recorded a timeout exception.",
        "\tat io.github.resilience4j.timelimiter.TimeLimiter.createdTimeoutExceptionWithName(TimeLimiter.java:225)",
        "\tat io.github.resilience4j.timelimiter.internal.TimeLimiterImpl$Timeout.lambda$of$0(TimeLimiterImpl.java:185)",
        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    ]
    runs = [10, 70, 130, 190, 250, 310, 370, 430, 490]
    for k, t in enumerate(runs):
        if k in (3, 4, 5):
            R.at(t, L_cb, sp("WARN", "scheduling-1", "u.o.n.bridge.sync.CouncilSyncJob",
                             "Council sync skipped: io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'councilCbs' is OPEN and does not permit further calls"))
            continue
        if k == 6:
            R.at(t - 0.5, L_cb, sp("INFO", "scheduling-1", "u.o.n.bridge.resilience.CbEvents",
                                   "CircuitBreaker 'councilCbs' changed state from OPEN to HALF_OPEN"))
        for a in (1, 2):
            R.at(t + (a - 1) * 1.6 + 0.01, L_cb, sp("WARN", "cbs-call-%d" % (k % 4 + 1), "u.o.n.bridge.council.CbsSoapClient",
                                                   "getPendingRequests attempt %d/3 failed: I/O error on POST request for \"%s\": %s" % (a, url, conn)),
                 ev=(k == 0 and a == 1))
        if k in (0, 7):
            R.lines(t + 1.61, L_cb, trace_refused, step=0.001, ev={5} if k == 0 else set())
        R.at(t + 5.0, L_cb, sp("ERROR", "scheduling-1", "u.o.n.bridge.sync.CouncilSyncJob",
                               "Council sync run failed after 5000 ms"))
        R.lines(t + 5.001, L_cb, trace_timeout, step=0.001)
        if k == 2:
            R.at(t + 5.1, L_cb, sp("WARN", "scheduling-1", "u.o.n.bridge.resilience.CbEvents",
                                   "CircuitBreaker 'councilCbs' changed state from CLOSED to OPEN"))
        if k == 6:
            R.at(t + 5.1, L_cb, sp("WARN", "scheduling-1", "u.o.n.bridge.resilience.CbEvents",
                                   "CircuitBreaker 'councilCbs' changed state from HALF_OPEN to OPEN"))
    R.at(300, L_cb, sp("WARN", "scheduling-1", "u.o.n.bridge.status.StatusReporter",
                       "no council requests received for 38 min (last NV-C-20931 at 09:58:12)"))
    return R.build(
        "ERROR", "connection_refused",
        "The county council's CBS booking endpoint cbs.westmere.gov.uk:8443 (10.200.14.7) is refusing TCP "
        "connections; the bridge's retries run inside a 5 s resilience4j TimeLimiter, so each run is reported as a "
        "TimeoutException and the circuit breaker opens.",
        "Every council sync since ~10:00 fails: the underlying error on each attempt is 'Connect to "
        "https://cbs.westmere.gov.uk:8443 ... failed: Connection refused' (name resolves fine), the TimeoutException "
        "and CallNotPermittedException lines are consequences. No council requests received for 38 min.",
        "Contact the council's IT (service down or port closed on 10.200.14.7, or VPN/firewall change); keep the "
        "breaker, but log the root exception in the run summary; fall back to the council's e-mail booking route.",
        component="council-booking-bridge")


# --------------------------------------------------------------------------- 007
def r007():
    R = Rec("dev62-007", "2026-07-04T06:00:00", "dev62-pg-disk-full",
            "Bookings and voucher redemptions are all timing out - voucher-redeem says the Hikari pool timed out. What is wrong?",
            sel(namespace="bookings"))
    rng = R.rng
    n = B_EKS_NODES
    vr = pod_name(rng, "voucher-redeem")
    ba = pod_name(rng, "booking-api")
    vi = "voucher-import-29716200-%s" % rs_hash(rng, 5)
    L_db = pod_labels(B_EKS, "bookings", "bookings-db-1", "postgres", n[2], "bookings-db")
    L_db2 = pod_labels(B_EKS, "bookings", "bookings-db-2", "postgres", n[0], "bookings-db")
    L_vr = pod_labels(B_EKS, "bookings", vr, "voucher-redeem", n[1])
    L_ba = pod_labels(B_EKS, "bookings", ba, "booking-api", n[0])
    L_vi = pod_labels(B_EKS, "bookings", vi, "voucher-import", n[1])
    L_ev = event_labels(B_EKS, "bookings")
    sid = "%s.%s" % (hexid(rng, 8), hexid(rng, 4))

    def pg(sev, msg, pid, btype, state="00000", pod="bookings-db-1", **extra):
        rec = {"log_time": "$PGT", "process_id": str(pid), "session_id": sid, "error_severity": sev,
               "sql_state_code": state, "message": msg}
        rec.update(extra)
        rec["backend_type"] = btype
        return js({"level": "info", "ts": "$ISO6", "logger": "postgres", "msg": "record", "logging_pod": pod, "record": rec})

    def im(level, msg, pod="bookings-db-1", **kw):
        d = {"level": level, "ts": "$ISO6", "logger": "instance-manager", "msg": msg, "logging_pod": pod}
        d.update(kw)
        return js(d)

    R.at(2.0, L_vi, "$PYT INFO voucher_import: importing s3://windrose-partner-drops/2026-07/spring-sale-codes.csv (1,200,000 rows) into voucher_codes")
    R.noise(L_db2, lambda r: pg("LOG", "restartpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled" % (
        r.randint(200, 900), r.uniform(1, 5), r.randint(1, 4)), 41, "checkpointer", pod="bookings-db-2"), 2, 0, 60)
    R.noise(L_ba, lambda r: zap("info", "http/middleware.go:61", "request", method="GET",
                                path=r.choice(["/api/flights", "/api/availability"]), status=200,
                                duration_ms=r.randint(8, 60)), 6, 0, 70)
    R.noise(L_vr, lambda r: spring("INFO", 1, "voucher-redeem", "http-nio-8080-exec-%d" % r.randint(1, 9),
                                   "c.w.voucher.RedeemController", "voucher GV-%d redeemed for flight WR-07%02d-%s" % (
                                       r.randint(10000, 99999), r.randint(5, 20), r.choice("AB"))), 4, 0, 70)
    R.at(40.0, L_vi, "$PYT INFO voucher_import: 1,000,000 rows copied")
    R.at(71.2, L_db, pg("ERROR", 'could not extend file "base/16385/24617": No space left on device', 48211, "client backend",
                        state="53100", hint="Check free disk space.", context="COPY voucher_codes, line 1148822",
                        application_name="voucher-import"), ev=True)
    R.at(71.4, L_vi, '$PYT ERROR voucher_import: COPY failed at row 1148822: could not extend file "base/16385/24617": No space left on device')
    R.at(72.0, L_db, pg("ERROR", 'could not extend file "base/16385/24590": No space left on device', 48377, "client backend",
                        state="53100", hint="Check free disk space.", application_name="voucher-redeem"))
    R.at(74.9, L_db, pg("PANIC", 'could not write to file "pg_wal/xlogtemp.33": No space left on device', 33, "checkpointer",
                        state="53100"), ev=True)
    R.lines(75.1, L_db, [
        pg("LOG", "checkpointer process (PID 33) was terminated by signal 6: Aborted", 27, "postmaster"),
        pg("LOG", "terminating any other active server processes", 27, "postmaster"),
        pg("LOG", "all server processes terminated; reinitializing", 27, "postmaster"),
        pg("LOG", "database system was interrupted; last known up at 2026-07-04 05:58:41 UTC", 61, "startup"),
        pg("LOG", "database system was not properly shut down; automatic recovery in progress", 61, "startup"),
        pg("LOG", "redo starts at 3/A1000028", 61, "startup"),
        pg("FATAL", 'could not write to file "pg_wal/xlogtemp.61": No space left on device', 61, "startup", state="53100"),
        pg("LOG", "startup process (PID 61) exited with exit code 1", 27, "postmaster"),
        pg("LOG", "aborting startup due to startup process failure", 27, "postmaster"),
        pg("LOG", "database system is shut down", 27, "postmaster"),
    ], step=0.21, ev={6})
    R.at(77.5, L_db, im("error", "PostgreSQL process exited with errors", error="exit status 1"))
    R.at(78.0, L_vi, "$PYT ERROR voucher_import: aborting, 0 rows committed in this batch; exit 1")
    # clients: pool timeouts
    for t in (104.0, 141.0, 176.5, 213.0, 260.4, 305.1):
        R.at(t, L_vr, spring("WARN", 1, "voucher-redeem", "http-nio-8080-exec-%d" % rng.randint(1, 9),
                             "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 08001"))
        R.at(t + 0.001, L_vr, spring("ERROR", 1, "voucher-redeem", "http-nio-8080-exec-%d" % rng.randint(1, 9),
                                     "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                     "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=%d)" % rng.randint(8, 31)))
    R.at(141.002, L_vr, "Caused by: org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode")
    for t in (95.0, 150.2, 222.8, 290.0):
        R.at(t, L_ba, zap("error", "store/pg.go:118", "query failed", op="ListFlights",
                          error="failed to connect to `user=app database=app`: 10.31.41.87:5432 (bookings-db-rw.bookings.svc): dial error: timeout: context deadline exceeded"))
    restarts = [(118.0, "10s"), (161.0, "20s"), (224.0, "40s"), (318.0, "1m20s")]
    for k, (t, bo) in enumerate(restarts):
        R.at(t, L_db, im("info", "Starting CloudNativePG Instance Manager", version="1.23.2"))
        R.lines(t + 1.2, L_db, [
            pg("LOG", "starting PostgreSQL 16.3 (Debian 16.3-1.pgdg110+1) on x86_64-pc-linux-gnu", 27, "postmaster"),
            pg("LOG", "database system was interrupted while in recovery at 2026-07-04 06:01:15 UTC", 31, "startup"),
            pg("LOG", "redo starts at 3/A1000028", 31, "startup"),
            pg("FATAL", 'could not write to file "pg_wal/xlogtemp.31": No space left on device', 31, "startup", state="53100"),
            pg("LOG", "startup process (PID 31) exited with exit code 1", 27, "postmaster"),
        ], step=0.3, ev={3} if k == 3 else set())
        R.at(t + 3.0, L_ev, k8s_event("Pod", "bookings-db-1", "BackOff", "Warning",
                                      "Back-off restarting failed container postgres in pod bookings-db-1_bookings(%s)" % uuid4(rng),
                                      host=n[2], count=k + 1))
    R.at(330.0, L_db2, im("info", "Waiting for the primary to become available", pod="bookings-db-2"))
    return R.build(
        "CRITICAL", "resource_exhausted",
        "The data volume of the CloudNativePG primary bookings-db-1 is full: the partner voucher import filled it "
        "('No space left on device'), the checkpointer PANICked writing WAL, and crash recovery cannot write "
        "pg_wal either, so Postgres exits on every start.",
        "Postgres primary down in a restart loop since ~06:01 because its disk is full; booking-api and "
        "voucher-redeem see connection/pool timeouts (Hikari 'request timed out after 30000ms', pgx 'context "
        "deadline exceeded'), which are symptoms, not the cause.",
        "Expand the bookings-db PVC (or free space), let recovery complete, verify replica bookings-db-2, then "
        "re-run the import in smaller batches; add disk-usage alerts on the CNPG volumes.",
        component="bookings-db")


# --------------------------------------------------------------------------- 008
def r008():
    R = Rec("dev62-008", "2026-09-12T18:58:00", "dev62-ddl-lock-queue",
            "Ticket sales timed out for about five minutes around 19:00 - what caused it?",
            sel(namespace="box-office"))
    rng = R.rng
    n = C_KADM_NODES
    ts_ = pods(rng, "ticket-sales", 2)
    mg = "ticket-sales-migrate-%s" % rs_hash(rng, 5)
    L_db = pod_labels(C_KADM, "box-office", "ticketing-db-0", "postgresql", n[2], "ticketing-db")
    L_ts = [pod_labels(C_KADM, "box-office", ts_[0], "ticket-sales", n[0]),
            pod_labels(C_KADM, "box-office", ts_[1], "ticket-sales", n[1])]
    L_mg = pod_labels(C_KADM, "box-office", mg, "migrate", n[0], "ticket-sales-migrate")

    def pgl(pid, sev, msg):
        return "$PGT [%d] %s:  %s" % (pid, sev, msg)

    ev = "organ-recital-2026-09-19"
    B = 40.0  # the migration starts 40 s into the window
    R.noise(L_ts[0], lambda r: zap("info", "reserve/handler.go:71", "seats reserved", event=ev,
                                   seats=r.randint(1, 4), order="TS-%d" % r.randint(88000, 88999)), 4, 0, B - 2)
    R.noise(L_ts[1], lambda r: zap("info", "reserve/handler.go:71", "seats reserved", event=ev,
                                   seats=r.randint(1, 4), order="TS-%d" % r.randint(88000, 88999)), 3, 0, B - 2)
    R.noise(L_ts[1], lambda r: zap("info", "reserve/handler.go:71", "seats reserved", event=ev,
                                   seats=r.randint(1, 4), order="TS-%d" % r.randint(88000, 88999)), 5, B + 300, B + 480)
    R.at(20.0, L_db, "$PGT [61] LOG:  checkpoint starting: time")
    R.at(58.9, L_db, "$PGT [61] LOG:  checkpoint complete: wrote 388 buffers (2.4%); 0 WAL file(s) added, 0 removed, 1 recycled; write=38.811 s, sync=0.006 s, total=38.843 s; sync files=31, longest=0.002 s, average=0.001 s; distance=2913 kB, estimate=3388 kB; lsn=1/7A1D2E48, redo lsn=1/7A0F1B30")
    t_done = B + 255.3          # the report (pid 4877) finishes here
    rep_dur = 402113.221         # ms; it started ~6.7 min before that
    R.at(B - 1.0, L_mg, "2026/09/12 $HMS goose: applying 20260911_add_access_needs.sql")
    R.at(B, L_db, pgl(5120, "LOG", "process 5120 still waiting for AccessExclusiveLock on relation 16741 of database 16384 after 1000.118 ms"), ev=True)
    R.at(B + 0.001, L_db, pgl(5120, "DETAIL", "Process holding the lock: 4877. Wait queue: 5120."), ev=True)
    R.at(B + 0.002, L_db, pgl(5120, "STATEMENT", "ALTER TABLE seat_reservations ADD COLUMN access_needs text NOT NULL DEFAULT ''"), ev=True)
    waiting = []
    t = B + 5.0
    k = 0
    while t < t_done - 16:
        pid = 5133 + k
        waiting.append(pid)
        if k < 6 or k % 3 == 0:
            R.at(t, L_db, pgl(pid, "LOG", "process %d still waiting for RowExclusiveLock on relation 16741 of database 16384 after 1000.%03d ms" % (pid, rng.randint(50, 300))))
            R.at(t + 0.001, L_db, pgl(pid, "DETAIL", "Process holding the lock: 4877. Wait queue: %s." % ", ".join(str(w) for w in [5120] + waiting[-5:])))
            R.at(t + 0.002, L_db, pgl(pid, "STATEMENT", "INSERT INTO seat_reservations (event_id, seat, order_ref, held_until) VALUES ($1, $2, $3, $4)"))
        if k % 2 == 0:
            R.at(t + 14.0, L_db, pgl(pid, "ERROR", "canceling statement due to statement timeout"))
            R.at(t + 14.001, L_db, pgl(pid, "STATEMENT", "INSERT INTO seat_reservations (event_id, seat, order_ref, held_until) VALUES ($1, $2, $3, $4)"))
        R.at(t + 15.0, L_ts[k % 2], zap("error", "reserve/handler.go:88", "reserve seats failed", event=ev,
                                        seats=rng.randint(1, 4), error="timeout: context deadline exceeded"))
        waiting = waiting[-5:]
        t += rng.uniform(16, 30)
        k += 1
    R.at(t_done, L_db, pgl(4877, "LOG", "duration: %.3f ms  statement: SELECT e.title, count(*) AS seats, sum(r.price_minor) FROM seat_reservations r JOIN events e ON e.id = r.event_id WHERE e.season = '2026-27' GROUP BY e.title ORDER BY 3 DESC" % rep_dur), ev=True)
    R.at(t_done + 0.01, L_db, pgl(5120, "LOG", "process 5120 acquired AccessExclusiveLock on relation 16741 of database 16384 after %.3f ms" % ((t_done + 0.01 - B + 1.0) * 1000 + 0.551)), ev=True)
    R.at(t_done + 0.1, L_mg, "2026/09/12 $HMS OK   20260911_add_access_needs.sql (%.2fs)" % (t_done + 0.1 - B + 1.0))
    R.at(t_done + 0.2, L_mg, "2026/09/12 $HMS goose: successfully migrated database to version: 20260911")
    return R.build(
        "WARN", "database",
        "Lock queueing in ticketing-db: the migration's ALTER TABLE seat_reservations needed an AccessExclusiveLock "
        "and waited ~4.5 min behind a long season-report query (pid 4877); every INSERT into seat_reservations "
        "queued behind the ALTER and hit the statement/context timeouts.",
        "For about four minutes before ~19:03 seat reservations failed with 'context deadline exceeded' and Postgres cancelled "
        "statements on timeout; the lock-wait log shows the DDL waiting on pid 4877 and the INSERTs waiting behind "
        "it. It cleared by itself when the report finished and the migration completed.",
        "Run migrations outside on-sale hours with lock_timeout set (e.g. SET lock_timeout='3s' and retry), and "
        "move season reports to a replica.",
        component="ticketing-db")


# --------------------------------------------------------------------------- 009
def r009():
    R = Rec("dev62-009", "2026-04-22T01:59:00", "dev62-planned-rollout-restart",
            "session-broker pods were restarted around 02:00 and the logs show SIGTERM and readiness probe failures - do we need to worry?",
            sel(namespace="vri", app="session-broker"))
    rng = R.rng
    n = S_OCP_NODES
    old = pods(rng, "session-broker", 2)
    new = pods(rng, "session-broker", 2)
    cj = "nightly-restart-29614320-%s" % rs_hash(rng, 5)
    L_old = [pod_labels(S_OCP, "vri", old[0], "session-broker", n[0]), pod_labels(S_OCP, "vri", old[1], "session-broker", n[1])]
    L_new = [pod_labels(S_OCP, "vri", new[0], "session-broker", n[2]), pod_labels(S_OCP, "vri", new[1], "session-broker", n[0])]
    L_cj = pod_labels(S_OCP, "vri", cj, "oc", n[1], "nightly-restart")
    L_ev = event_labels(S_OCP, "vri")
    L_kl = [journal_labels(S_OCP, n[0], "kubelet.service"), journal_labels(S_OCP, n[1], "kubelet.service")]
    APP = "session-broker"
    old_ip = ["10.128.2.51", "10.129.0.88"]
    new_ip = ["10.130.0.17", "10.128.2.64"]

    R.noise(L_old[0], [spring("INFO", 1, APP, "scheduling-1", "u.o.n.vri.sessions.SessionReaper", "reaped 0 idle sessions (active=0)")], 2, 0, 50)
    R.at(60.0, L_cj, "deployment.apps/session-broker restarted")
    R.at(60.2, L_ev, k8s_event("Deployment", "session-broker", "ScalingReplicaSet", "Normal",
                               "Scaled up replica set %s to 1" % new[0].rsplit("-", 1)[0], comp="deployment-controller"))

    def startup(t, L, pod_ip):
        R.lines(t, L, [
            spring("INFO", 1, APP, "main", "u.o.n.vri.SessionBrokerApplication", "Starting SessionBrokerApplication v4.2.1 using Java 21.0.3 with PID 1 (/deployments/app.jar started by 1000680000 in /deployments)"),
            spring("INFO", 1, APP, "main", "u.o.n.vri.SessionBrokerApplication", 'The following 1 profile is active: "prod"'),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
            spring("WARN", 1, APP, "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"),
        ], step=1.7)
        R.at(t + 4.0, L_kl[0] if L is L_new[1] else journal_labels(S_OCP, n[2], "kubelet.service"),
             klog("I", 3311, "prober.go:107", "Probe failed", probeType="Readiness", pod="vri/" + L["pod"], containerName=APP,
                  probeResult="failure", output='Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (pod_ip, pod_ip)))
        R.lines(t + 9.0, L, [
            spring("INFO", 1, APP, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
            spring("INFO", 1, APP, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
            spring("INFO", 1, APP, "main", "u.o.n.vri.SessionBrokerApplication", "Started SessionBrokerApplication in 17.412 seconds (process running for 18.906)"),
        ], step=2.9)

    def shutdown(t, L, kl, pod_ip):
        R.at(t, L_ev, k8s_event("Pod", L["pod"], "Killing", "Normal", "Stopping container session-broker", host=L["node"]))
        R.at(t + 0.2, L, spring("INFO", 1, APP, "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
                                "Commencing graceful shutdown. Waiting for active requests to complete"))
        R.at(t + 1.4, L, spring("INFO", 1, APP, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
        R.at(t + 2.8, kl, klog("I", 2987, "prober.go:107", "Probe failed", probeType="Readiness", pod="vri/" + L["pod"], containerName=APP,
                               probeResult="failure", output='Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (pod_ip, pod_ip)))
        R.at(t + 3.0, L, spring("INFO", 1, APP, "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))

    startup(61.5, L_new[0], new_ip[0])
    R.at(88.0, L_ev, k8s_event("Deployment", "session-broker", "ScalingReplicaSet", "Normal",
                               "Scaled down replica set %s to 1 from 2" % old[0].rsplit("-", 1)[0], comp="deployment-controller"))
    shutdown(88.3, L_old[0], L_kl[0], old_ip[0])
    R.at(88.5, L_ev, k8s_event("Deployment", "session-broker", "ScalingReplicaSet", "Normal",
                               "Scaled up replica set %s to 2 from 1" % new[0].rsplit("-", 1)[0], comp="deployment-controller"))
    startup(89.5, L_new[1], new_ip[1])
    R.at(117.0, L_ev, k8s_event("Deployment", "session-broker", "ScalingReplicaSet", "Normal",
                                "Scaled down replica set %s to 0 from 1" % old[0].rsplit("-", 1)[0], comp="deployment-controller"))
    shutdown(117.3, L_old[1], L_kl[1], old_ip[1])
    R.noise(L_new[0], lambda r: spring("INFO", 1, APP, "scheduling-1", "u.o.n.vri.sessions.SessionReaper", "reaped 0 idle sessions (active=0)"), 2, 130, 400)
    R.noise(L_new[1], lambda r: spring("INFO", 1, APP, "http-nio-8080-exec-%d" % r.randint(1, 5), "u.o.n.vri.sessions.OnCallController",
                                       "on-call interpreter roster fetched (entries=%d)" % r.randint(2, 4)), 3, 130, 400)
    return R.build(
        "INFO", "none",
        "No incident: the nightly-restart CronJob ran 'oc rollout restart' on session-broker at 02:00 as scheduled; "
        "new pods started and became ready before the old ones were stopped, and the old pods shut down gracefully.",
        "Planned rolling restart outside VRI service hours: readiness probe 'connection refused' lines come from "
        "pods that were still starting or already shutting down; both new pods report Started, no sessions were "
        "active and no errors follow.",
        "Nothing to do; optionally disable spring.jpa.open-in-view to silence the start-up warning.")


# --------------------------------------------------------------------------- 010
def r010():
    R = Rec("dev62-010", "2026-06-20T16:05:00", "dev62-wrong-port-refused",
            "Customers can't hold seats on a flight - booking-api logs 'connection refused' to Redis. Is Redis down?",
            sel(namespace="bookings", app="booking-api"))
    rng = R.rng
    n = B_EKS_NODES
    old = pods(rng, "booking-api", 2)
    new = pods(rng, "booking-api", 2)
    ing = pod_name(rng, "ingress-nginx-controller")
    flux = pod_name(rng, "kustomize-controller")
    L_old = [pod_labels(B_EKS, "bookings", old[0], "booking-api", n[0]), pod_labels(B_EKS, "bookings", old[1], "booking-api", n[1])]
    L_new = [pod_labels(B_EKS, "bookings", new[0], "booking-api", n[2]), pod_labels(B_EKS, "bookings", new[1], "booking-api", n[0])]
    L_rm = pod_labels(B_EKS, "bookings", "basket-hold-master-0", "redis", n[1], "basket-hold")
    L_rr = pod_labels(B_EKS, "bookings", "basket-hold-replicas-0", "redis", n[2], "basket-hold")
    L_ing = pod_labels(B_EKS, "ingress-nginx", ing, "controller", n[1], "ingress-nginx")
    L_fx = pod_labels(B_EKS, "flux-system", flux, "manager", n[0], "kustomize-controller")
    L_ev = event_labels(B_EKS, "bookings")
    master = "basket-hold-master-0.basket-hold-headless.bookings.svc.cluster.local"

    for L in L_old:
        R.noise(L, lambda r: zap("info", "holds/service.go:54", "seat hold created", flight="WR-0621-%s" % r.choice("AB"),
                                 seats=r.randint(1, 4), ttl_s=900), 3, 0, 55)
    R.at(40.0, L_fx, js({"level": "info", "ts": "$ISO", "msg": "server-side apply completed", "controller": "kustomization",
                         "namespace": "flux-system", "name": "bookings", "revision": "main@sha1:3f9a0c27d1b4e8f2a6c5d9e0b7a1f4c3d2e8b5a6",
                         "output": {"ConfigMap/bookings/booking-api-config-7b2k9": "created", "Deployment/bookings/booking-api": "configured"}}))
    R.at(41.0, L_ev, k8s_event("Deployment", "booking-api", "ScalingReplicaSet", "Normal",
                               "Scaled up replica set %s to 1" % new[0].rsplit("-", 1)[0], comp="deployment-controller"))
    for i, t in enumerate((46.0, 71.0)):
        R.at(t, L_new[i], zap("info", "cmd/main.go:38", "starting booking-api", version="2.19.0", commit="3f9a0c2"))
        R.at(t + 0.02, L_new[i], zap("info", "config/load.go:57", "configuration loaded", source="/etc/booking-api/config.yaml",
                                     configmap="booking-api-config-7b2k9", redis_addr=master + ":6380",
                                     db_host="bookings-db-rw.bookings.svc"), ev=(i == 0))
        R.at(t + 0.4, L_new[i], zap("info", "cmd/main.go:71", "http server listening", addr=":8080"))
    R.at(64.0, L_ev, k8s_event("Deployment", "booking-api", "ScalingReplicaSet", "Normal",
                               "Scaled down replica set %s to 1 from 2" % old[0].rsplit("-", 1)[0], comp="deployment-controller"))
    R.at(89.0, L_ev, k8s_event("Deployment", "booking-api", "ScalingReplicaSet", "Normal",
                               "Scaled down replica set %s to 0 from 1" % old[0].rsplit("-", 1)[0], comp="deployment-controller"))
    # replica resync after a node consolidation shows the real Redis port
    R.lines(120.0, L_rr, [
        "1:S $REDIS * Connecting to MASTER %s:6379" % master,
        "1:S $REDIS * MASTER <-> REPLICA sync started",
        "1:S $REDIS * Non blocking connect for SYNC fired the event.",
        "1:S $REDIS * Master replied to PING, replication can continue...",
        "1:S $REDIS * Partial resynchronization request accepted. Master replication ID: %s" % hexid(rng, 40),
    ], step=0.004, ev={0})
    R.at(120.01, L_rm, "1:M $REDIS * Replica 10.31.41.52:6379 asks for synchronization")
    R.at(120.02, L_rm, "1:M $REDIS * Partial resynchronization request from 10.31.41.52:6379 accepted. Sending 0 bytes of backlog starting from offset 48211733.")
    R.noise(L_rm, ["1:M $REDIS * 100 changes in 300 seconds. Saving...", "1:M $REDIS * Background saving started by pid 412",
                   "1:M $REDIS * Background saving terminated with success"], 3, 0, 560)
    podip = "10.31.27.9"
    fails = sorted(rng.uniform(75, 560) for _ in range(11))
    for k, t in enumerate(fails):
        L = L_new[k % 2]
        R.at(t, L, zap("error", "holds/service.go:61", "seat hold failed", flight="WR-0621-%s" % rng.choice("AB"),
                       seats=rng.randint(1, 4), error="dial tcp %s:6380: connect: connection refused" % podip), ev=(k == 0))
        R.at(t + 0.003, L_ing, '%s - - [$NGX] "POST /api/holds HTTP/2.0" 500 61 "https://www.windrose-balloons.co.uk/book/flight" "%s" %d 0.004 [bookings-booking-api-8080] [] 10.31.%d.%d:8080 61 0.003 500 %s' % (
            client_ip(rng), rng.choice(UAS), rng.randint(300, 600), rng.randint(10, 50), rng.randint(2, 250), hexid(rng, 32)))
    acc = ingress_nginx_access("https://www.windrose-balloons.co.uk/", "bookings-booking-api-8080", ["10.31.27.61:8080", "10.31.41.23:8080"],
                               [("GET", "/api/flights?date=2026-06-27&site=kemble", 200, 1800, 4200, 0.012, 0.06),
                                ("GET", "/api/availability?month=2026-07", 200, 3100, 3900, 0.02, 0.09)])
    R.noise(L_ing, acc, 8, 0, 560)
    return R.build(
        "ERROR", "config_error",
        "The new booking-api ConfigMap (booking-api-config-7b2k9, applied by Flux) sets the basket-hold Redis address "
        "to port 6380, but Redis listens on 6379; every seat-hold call is refused by the Redis pod.",
        "Since the 16:06 rollout all seat holds fail with 'dial tcp 10.31.27.9:6380: connect: connection refused' and "
        "POST /api/holds returns 500. Redis itself is up (the replica resyncs with the master on 6379); the old "
        "pods on the previous config held seats fine.",
        "Fix redis_addr in the booking-api config to :6379 (revert the Flux commit), roll booking-api, and add a "
        "startup connectivity check for Redis.",
        component="booking-api")


RECORDS = [r001, r002, r003, r004, r005, r006, r007, r008, r009, r010]
