"""dev63 records 001-010."""
from common import (Record, lab, jlab, elab, sel, logfmt, js, klog, nginx_ingress, nginx_plain, envoy, traefik,
                    pg, spring, pylog, containerd, event_logfmt, event_json, epoch_ms, epoch_s, iso_ms, iso_us,
                    ingress_noise, UA)


# --------------------------------------------------------------------------- 001
def r001():
    r = Record("dev63-001", "2026-05-30T05:40:00",
               "Why does the availability-sync pod in the booking namespace keep restarting this morning?",
               sel("booking", app="availability-sync"), "eks")
    rng = r.rng
    n1 = "ip-10-20-37-118.eu-central-1.compute.internal"
    n2 = "ip-10-20-52-9.eu-central-1.compute.internal"
    sync = r.pod("availability-sync")
    uid = r.uuid()
    L = lab("booking", sync, "availability-sync", n1, "availability-sync")
    api_pods = r.deploy_pods("hut-availability-api", 2)
    res = r.pod("reservation-api")
    img = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/refuge/availability-sync:3.8.2"

    def boot(t0, cycle):
        r.add(t0, elab("booking"), event_logfmt("Normal", "Pulled", "Pod", sync,
              'Container image "%s" already present on machine' % img, host=n1, count=4 + cycle))
        r.add(t0 + 0.2, elab("booking"), event_logfmt("Normal", "Created", "Pod", sync,
              "Created container availability-sync", host=n1, count=5 + cycle))
        r.add(t0 + 0.4, elab("booking"), event_logfmt("Normal", "Started", "Pod", sync,
              "Started container availability-sync", host=n1, count=5 + cycle))
        r.add(t0 + 2.1, L, lambda d: spring(d, "INFO", "availability-sync", "main", "c.r.a.AvailabilitySyncApplication",
              "Starting AvailabilitySyncApplication v3.8.2 using Java 21.0.2 with PID 1 (/app/app.jar started by refuge in /app)"))
        r.add(t0 + 2.3, L, lambda d: spring(d, "INFO", "availability-sync", "main", "c.r.a.AvailabilitySyncApplication",
              'The following 1 profile is active: "prod"'))
        r.add(t0 + 9.8, L, lambda d: spring(d, "INFO", "availability-sync", "main", "com.zaxxer.hikari.HikariDataSource",
              "HikariPool-1 - Start completed."))
        r.add(t0 + 14.6, L, lambda d: spring(d, "INFO", "availability-sync", "main", "c.r.a.AvailabilitySyncApplication",
              "Started AvailabilitySyncApplication in 13.904 seconds (process running for 14.71)"))
        r.add(t0 + 15.2, L, lambda d: spring(d, "INFO", "availability-sync", "scheduling-1", "c.r.a.sync.FullResyncJob",
              "Full resync requested for season 2026-summer: 412 huts, 18734 bed slots, window 2026-06-01..2026-10-15"))
        heap = [212, 398, 547, 688]
        t = t0 + 15.2
        for i, h in enumerate(heap):
            t += rng.uniform(31, 38)
            done = (i + 1) * rng.randint(88, 97)
            r.add(t, L, lambda d, h=h, done=done: spring(d, "INFO", "availability-sync", "scheduling-1",
                  "c.r.a.sync.FullResyncJob", "Resync progress %d/412 huts loaded into inventory map (heap used %d MiB)" % (done, h)))
        return t

    def oom(t, pid, cycle):
        cid = r.hexs(64)
        r.add(t, jlab(n1, "kernel"), "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968", ev=True)
        r.add(t + 0.001, jlab(n1, "kernel"), "memory: usage 786432kB, limit 786432kB, failcnt %d" % (1800 + cycle * 37), ev=True)
        r.add(t + 0.002, jlab(n1, "kernel"),
              "Memory cgroup out of memory: Killed process %d (java) total-vm:3923456kB, anon-rss:%dkB, file-rss:23112kB, "
              "shmem-rss:0kB, UID:1000 pgtables:1920kB oom_score_adj:968" % (pid, 779000 + cycle * 211), ev=True)
        r.add(t + 0.05, jlab(n1, "containerd.service"),
              containerd(r.d(t + 0.05), "info", "TaskOOM event &TaskOOM{ContainerID:%s,XXX_unrecognized:[],}" % cid), ev=True)
        r.add(t + 0.9, jlab(n1), lambda d: klog(d, "I", "kubelet.go:2461",
              '"SyncLoop (PLEG): event for pod" pod="booking/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
              % (sync, uid, cid), tid=2871))
        back = "1m20s" if cycle == 0 else "2m40s"
        r.add(t + 1.4, jlab(n1), lambda d: klog(d, "E", "pod_workers.go:1298",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"availability-sync\\" with CrashLoopBackOff: '
              '\\"back-off %s restarting failed container=availability-sync pod=%s_booking(%s)\\"" pod="booking/%s" podUID="%s"'
              % (back, sync, uid, sync, uid), tid=2871))
        r.add(t + 1.5, elab("booking"), event_logfmt("Warning", "BackOff", "Pod", sync,
              "Back-off restarting failed container availability-sync in pod %s_booking(%s)" % (sync, uid), host=n1,
              count=11 + cycle * 3))

    t = boot(3.0, 0)
    oom(t + 6.3, 48213, 0)
    t = boot(t + 170, 1)
    oom(t + 5.8, 51877, 1)

    # distractor: CronJob invoice-pdf-export in finance, image tag not in ECR
    jp = r.job_pod("invoice-pdf-export", r.d(-600))
    fimg = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/finance/invoice-pdf-export:2026.05.1"
    for k, t in enumerate([20.0, 190.0, 410.0]):
        r.add(t, jlab(n2), lambda d: klog(d, "E", "remote_image.go:180",
              '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image '
              '\\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"' % (fimg, fimg, fimg, fimg), tid=3310))
        r.add(t + 0.1, elab("finance"), event_logfmt("Warning", "Failed", "Pod", jp,
              'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": '
              'failed to resolve reference "%s": %s: not found' % (fimg, fimg, fimg, fimg), host=n2, count=6 + k))
        r.add(t + 0.1, elab("finance"), event_logfmt("Warning", "Failed", "Pod", jp, "Error: ErrImagePull", host=n2, count=6 + k))
        r.add(t + 1.3, elab("finance"), event_logfmt("Normal", "BackOff", "Pod", jp, 'Back-off pulling image "%s"' % fimg,
              host=n2, count=24 + k * 4))
        r.add(t + 1.3, elab("finance"), event_logfmt("Warning", "Failed", "Pod", jp, "Error: ImagePullBackOff", host=n2,
              count=24 + k * 4))

    # noise: availability API (served from cache), reservation-api
    huts = ["rifugio-vajolet", "capanna-margherita", "refuge-du-gouter", "tresch-huette", "rifugio-lagazuoi",
            "cabane-de-moiry", "oberaarjochhuette", "rifugio-quintino-sella"]
    for s in r.spread(0, 560, 14):
        p = rng.choice(api_pods)
        hut = rng.choice(huts)
        ms = rng.randint(3, 28)
        r.add(s, lab("booking", p, "api", n2, "hut-availability-api"),
              js({"level": "info", "ts": epoch_s(r.d(s)), "caller": "http/handler.go:88", "msg": "request served",
                  "method": "GET", "path": "/v1/huts/%s/availability" % hut, "status": 200, "duration_ms": ms,
                  "cache": rng.choice(["hit", "hit", "hit", "miss"])}))
    for s in r.spread(30, 560, 6):
        b = "B-26-%05d" % rng.randint(10000, 99999)
        r.add(s, lab("booking", res, "reservation-api", n2, "reservation-api"),
              lambda d, b=b: spring(d, "INFO", "reservation-api", "nio-8080-exec-%d" % rng.randint(1, 9),
                                    "c.r.r.api.ReservationController", "Reservation %s confirmed (beds=%d, nights=%d)"
                                    % (b, rng.randint(1, 6), rng.randint(1, 3))))
    r.set_expected(
        "CRITICAL", "oom_killed", "availability-sync",
        "The availability-sync container runs out of its 768Mi memory limit during the season-opening full resync: the "
        "JVM keeps all 412 huts' bed inventory in memory, the kernel memory cgroup OOM-kills java (exit 137) before the "
        "resync finishes, and the pod restarts in a CrashLoopBackOff loop.",
        "availability-sync is OOMKilled each time the full resync reaches ~380 huts (cgroup limit 786432kB); the pod is "
        "crash-looping and availability is not being synchronised. The invoice-pdf-export ImagePullBackOff in finance is "
        "a separate, unrelated problem.",
        "Raise the availability-sync memory limit (e.g. to 1.5Gi) and cap the heap with -XX:MaxRAMPercentage, or make the "
        "full resync stream huts in batches instead of loading the whole inventory map; fix the invoice-pdf-export image "
        "tag separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 002
def r002():
    r = Record("dev63-002", "2026-03-17T14:05:00",
               "A customer says our webfonts load slowly on their site since this afternoon. Is the webfont origin failing or slow?",
               sel("webfonts", app="webfont-origin"), "gke")
    rng = r.rng
    na = "gke-foundry-prod-default-pool-5c1d8e2a-7kqz"
    nb = "gke-foundry-prod-default-pool-5c1d8e2a-m2wd"
    origin = r.deploy_pods("webfont-origin", 3)
    fonts = ["ArgentaSans-Regular", "ArgentaSans-Bold", "ArgentaSans-Italic", "Kestrel-Text-Book", "Kestrel-Display-Black",
             "Moraine-Serif-Regular", "Moraine-Serif-Semibold", "Halden-Mono-Regular"]
    for s in r.spread(0, 900, 34):
        p = rng.choice(origin)
        f = rng.choice(fonts)
        v = rng.choice(["v4", "v4", "v5"])
        st = rng.choice([200, 200, 200, 304, 304])
        size = rng.randint(21000, 64000) if st == 200 else 0
        rt = rng.uniform(0.0, 0.019)
        ip = "35.191.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
        ua = rng.choice(UA)
        r.add(s, lab("webfonts", p, "origin", rng.choice([na, nb]), "webfont-origin"),
              lambda d, ip=ip, f=f, v=v, st=st, size=size, ua=ua, rt=rt: nginx_plain(
                  d, ip, "GET", "/f/%s.%s.woff2" % (f, v), st, size, ua, rt))
    # one normal 404 for a retired version
    r.add(512.3, lab("webfonts", origin[1], "origin", nb, "webfont-origin"),
          lambda d: nginx_plain(d, "35.191.14.77", "GET", "/f/Kestrel-Text-Book.v2.woff2", 404, 153, UA[0], 0.000))
    sub = r.pod("font-subsetter")
    for s in r.spread(20, 880, 8):
        cps = rng.randint(40, 420)
        r.add(s, lab("webfonts", sub, "subsetter", na, "font-subsetter"),
              js({"level": "info", "time": iso_ms(r.d(s)), "msg": "subset built", "family": rng.choice(fonts),
                  "codepoints": cps, "format": "woff2", "duration_ms": rng.randint(18, 95), "cache": "stored"}))
    # distractor: glyph-preview-legacy crash looping for days
    gp = r.pod("glyph-preview-legacy")
    gl = lab("sandbox", gp, "preview", nb, "glyph-preview-legacy")
    for k, t in enumerate([95.0, 405.0, 715.0]):
        r.add(t, elab("sandbox"), event_logfmt("Normal", "Pulled", "Pod", gp,
              'Container image "europe-west3-docker.pkg.dev/foundry-prod/sandbox/glyph-preview-legacy:0.9.3" already present on machine',
              host=nb, count=851 + k))
        r.add(t + 2.5, gl, lambda d: pylog(d, "INFO", "preview", "loading font index from /data/index.json"))
        for j, ln in enumerate([
            "Traceback (most recent call last):",
            '  File "/app/preview/server.py", line 214, in <module>',
            "    app = create_app()",
            '  File "/app/preview/server.py", line 61, in create_app',
            "    glyphs = font.getGlyphSet()",
            "AttributeError: 'NoneType' object has no attribute 'getGlyphSet'"]):
            r.add(t + 3.1 + j * 0.001, gl, ln)
        r.add(t + 4.8, elab("sandbox"), event_logfmt("Warning", "BackOff", "Pod", gp,
              "Back-off restarting failed container preview in pod %s_sandbox(%s)" % (gp, "1f0c2d5e-77aa-4c3e-9e0b-2b8f4c1d9a60"),
              host=nb, count=2402 + k * 3))
    r.set_expected(
        "INFO", "none", None,
        "No incident for the webfont origin: webfont-origin answers every font request with 200 or 304 in 0-20 ms across "
        "all three replicas (one normal 404 for a retired v2 file). The only failure in the window, glyph-preview-legacy "
        "crash-looping in sandbox (AttributeError at startup, restart count in the thousands), is unrelated to webfont delivery.",
        "Webfont origin healthy; slowness is not visible on the origin side. The crash-looping glyph-preview-legacy pod in "
        "sandbox is a long-standing, unrelated problem.",
        "Nothing to do on webfont-origin; check the customer's side (CDN/cache headers, their page). Separately, fix or "
        "scale down glyph-preview-legacy in sandbox.")
    return r.to_dict()


# --------------------------------------------------------------------------- 003
def r003():
    r = Record("dev63-003", "2026-09-12T18:20:00",
               "Why are some checkouts in the booking flow slow or retried this evening?",
               sel("bookings", app="booking-api"), "aks")
    rng = r.rng
    n1 = "aks-apps-31457729-vmss000002"
    n2 = "aks-apps-31457729-vmss000004"
    bapi = r.deploy_pods("booking-api", 2)
    vs = r.deploy_pods("voucher-service", 2)
    vip = {vs[0]: "10.244.3.41", vs[1]: "10.244.5.19"}
    cm = r.pod("cert-manager")
    sweep_start, sweep_end = 125.0, 430.0

    # voucher-service
    for p in vs[:1]:  # only the elected leader pod runs the sweep
        VL = lab("promotions", p, "voucher-service", n2, "voucher-service")
        r.add(sweep_start, VL, lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "acquired lease, this replica runs scheduled jobs"),
            ("lease", "voucher-service-scheduler")]))
        r.add(sweep_start + 0.4, VL, lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "voucher expiry sweep started"), ("batch_size", 5000),
            ("candidates", 184220)]), ev=True)
        r.add(sweep_end + rng.uniform(0, 3), VL, lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "voucher expiry sweep finished"), ("expired", 61873),
            ("duration", "5m4.8s")]))
        for s in r.spread(sweep_start + 30, sweep_end - 20, 3):
            r.add(s, VL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "voucher expiry sweep progress"),
                                           ("scanned", rng.randint(40000, 160000)), ("expired", rng.randint(9000, 50000))]))
    slow = r.spread(sweep_start + 8, sweep_end - 5, 6)
    for s in slow:
        p = vs[0]
        dur = rng.uniform(2.25, 3.15)
        r.add(s, lab("promotions", p, "voucher-service", n2, "voucher-service"), lambda d, dur=dur: logfmt([
            ("time", iso_ms(d)), ("level", "WARN"), ("msg", "slow request"), ("method", "POST"),
            ("path", "/v1/vouchers/validate"), ("status", 200), ("duration", "%.3fs" % dur)]), ev=True)
    for s in r.spread(0, sweep_start - 5, 3) + r.spread(sweep_end + 10, 560, 3):
        p = rng.choice(vs)
        r.add(s, lab("promotions", p, "voucher-service", n2, "voucher-service"), lambda d: logfmt([
            ("time", iso_ms(d)), ("level", "INFO"), ("msg", "request"), ("method", "POST"),
            ("path", "/v1/vouchers/validate"), ("status", 200), ("duration", "%dms" % rng.randint(18, 64))]))

    # booking-api (pino) + its istio-proxy
    def bl(p, d, level, msg, **kw):
        o = {"level": level, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": msg}
        o.update(kw)
        return js(o)

    timeouts = r.spread(sweep_start + 10, sweep_end - 10, 5)
    for k, s in enumerate(timeouts):
        p = rng.choice(bapi)
        rid = r.uuid()
        vh = vs[0]
        r.add(s, lab("bookings", p, "istio-proxy", n1, "booking-api"), lambda d, rid=rid, vh=vh: envoy(
            d, "POST", "/v1/vouchers/validate", 504, "UT", 212, 24, 2001, "-", "-", "node", rid,
            "voucher-service.promotions:8080", "%s:8080" % vip[vh],
            "outbound|8080||voucher-service.promotions.svc.cluster.local", details="response_timeout"), ev=True)
        r.add(s + 0.004, lab("bookings", p, "booking-api", n1, "booking-api"), lambda d, p=p, rid=rid: bl(
            p, d, 40, "voucher validation failed, retrying", attempt=1, maxAttempts=3, status=504,
            upstream="voucher-service.promotions:8080", requestId=rid))
        ok = k != 2
        r.add(s + rng.uniform(0.05, 0.9) + (2.0 if not ok else 0), lab("bookings", p, "booking-api", n1, "booking-api"),
              lambda d, p=p, ok=ok: bl(p, d, 30, "checkout completed", bookingId="ESC-%06d" % rng.randint(100000, 999999),
                                       venue=rng.choice(["porto", "lisboa", "braga"]),
                                       durationMs=rng.randint(2300, 2900) if ok else rng.randint(4400, 4800),
                                       voucherAttempts=2 if ok else 3))
    for s in r.spread(0, 560, 9):
        p = rng.choice(bapi)
        r.add(s, lab("bookings", p, "booking-api", n1, "booking-api"), lambda d, p=p: bl(
            p, d, 30, "checkout completed", bookingId="ESC-%06d" % rng.randint(100000, 999999),
            venue=rng.choice(["porto", "lisboa", "braga", "coimbra"]), durationMs=rng.randint(140, 420), voucherAttempts=1))
    for s in r.spread(0, 560, 5):
        p = rng.choice(bapi)
        rid = r.uuid()
        r.add(s, lab("bookings", p, "istio-proxy", n1, "booking-api"), lambda d, rid=rid: envoy(
            d, "GET", "/v1/rooms?venue=%s&date=2026-09-13" % rng.choice(["porto", "braga"]), 200, "-", 0,
            rng.randint(1800, 5400), rng.randint(8, 40), str(rng.randint(6, 38)), "203.0.113.%d" % rng.randint(2, 250),
            rng.choice(UA), rid, "booking.escapeworks.example", "10.244.1.%d:3000" % rng.randint(10, 90),
            "inbound|3000||", ))

    # distractor: cert-manager cannot renew staff-wiki certificate
    for k, s in enumerate([40.0, 220.0, 400.0, 545.0]):
        r.add(s, lab("cert-manager", cm, "cert-manager-controller", n2, "cert-manager"), lambda d: klog(
            d, "E", "sync.go:190", '"propagation check failed" err="wrong status code \'404\', expected \'200\'" '
            'logger="cert-manager.controller" resource_name="staff-wiki-tls-1-1384927501-2210384412" '
            'resource_namespace="intranet" resource_kind="Challenge" resource_version="v1" '
            'dnsName="wiki.staff.escapeworks.example" type="HTTP-01"'))
        if k % 2 == 0:
            r.add(s + 0.3, elab("intranet"), event_logfmt("Warning", "Failed", "Certificate", "staff-wiki-tls",
                  "The certificate request has failed to complete and will be retried: Failed to wait for order resource "
                  '"staff-wiki-tls-1-1384927501" to become ready: order is in "pending" state', source="cert-manager-certificates-issuing"))
    r.set_expected(
        "WARN", "timeout", "voucher-service",
        "voucher-service answers POST /v1/vouchers/validate in 2.3-3.2 s while its in-process voucher-expiry sweep runs "
        "(about 18:22-18:27); the 2 s route timeout fires, Envoy returns 504 UT (response_timeout) to booking-api, which "
        "retries, so checkouts take 2-5 s but almost all complete.",
        "Checkout slowness is caused by voucher-service timing out during its expiry sweep; booking-api retries succeed and "
        "latency is back to normal once the sweep finishes. The staff-wiki certificate renewal failure is unrelated.",
        "Optional: move the voucher-expiry sweep out of the serving pods (separate CronJob at night) or throttle it, and "
        "give /v1/vouchers/validate its own resources; fix the staff-wiki HTTP-01 solver separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 004
def r004():
    r = Record("dev63-004", "2026-07-04T21:10:00",
               "Why can't the hut wardens upload their overnight guest lists since this afternoon?",
               sel("warden-portal"), "eks")
    rng = r.rng
    n1 = "ip-10-20-44-201.eu-central-1.compute.internal"
    n2 = "ip-10-20-61-35.eu-central-1.compute.internal"
    web = r.deploy_pods("warden-portal-web", 2)
    up = r.pod("guestlist-uploader")
    UL = lab("warden-portal", up, "uploader", n1, "guestlist-uploader")
    bucket = "refuge-guestlists-prod-euc1"
    huts = ["rifugio-vajolet", "tresch-huette", "cabane-de-moiry", "rifugio-lagazuoi", "refuge-de-la-pra",
            "oberaarjochhuette", "capanna-regina-margherita"]
    fails = r.spread(30, 1380, 8)
    for s in fails:
        hut = rng.choice(huts)
        req = r.hexs(16).upper()
        key = "guestlists/2026-07-04/%s.csv" % hut
        r.add(s, UL, js({"level": "info", "ts": epoch_s(r.d(s)), "caller": "upload/handler.go:71",
                         "msg": "upload received", "hut": hut, "rows": rng.randint(8, 64), "bytes": rng.randint(900, 7000)}))
        r.add(s + 0.21, UL, lambda d, req=req, key=key: js({
            "level": "error", "ts": epoch_s(d), "caller": "upload/s3.go:54", "msg": "put object failed",
            "bucket": bucket, "key": key,
            "error": "operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s=, "
                     "api error AccessDenied: Access Denied" % (req, r.hexs(40))}), ev=True)
        wp = rng.choice(web)
        r.add(s + 0.26, lab("warden-portal", wp, "web", n2, "warden-portal-web"), lambda d, hut=hut: pylog(
            d, "ERROR", "portal.uploads", "guest list upload for %s failed: uploader returned 502 (storage rejected the upload)" % hut))
        r.add(s + 0.27, lab("warden-portal", wp, "web", n2, "warden-portal-web"), lambda d: '%s - - [%s] "POST /uploads/guestlist HTTP/1.1" 502 96 "https://wardens.refuge-network.example/uploads" "%s"' % (
            "10.20.%d.%d" % (rng.randint(32, 63), rng.randint(2, 250)),
            "%02d/Jul/2026:%s +0000" % (d.day, d.strftime("%H:%M:%S")), rng.choice(UA)))
    # startup-free context: the uploader logs its identity on its periodic self check
    for s in [300.0, 1200.0]:
        r.add(s, UL, lambda d: js({"level": "info", "ts": epoch_s(d), "caller": "aws/identity.go:33",
                                   "msg": "aws identity", "arn": "arn:aws:sts::123456789012:assumed-role/refuge-prod-guestlist-uploader/botocore-session-17",
                                   "source": "web-identity-token"}))
    for s in r.spread(0, 1400, 12):
        wp = rng.choice(web)
        path = rng.choice(["/", "/huts/%s/occupancy" % rng.choice(huts), "/static/app.4f1c9.js", "/bookings/today",
                           "/huts/%s/arrivals" % rng.choice(huts)])
        r.add(s, lab("warden-portal", wp, "web", n2, "warden-portal-web"), lambda d, path=path: '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (
            "10.20.%d.%d" % (rng.randint(32, 63), rng.randint(2, 250)), "%02d/Jul/2026:%s +0000" % (d.day, d.strftime("%H:%M:%S")),
            path, rng.randint(900, 48000), rng.choice(UA)))
    # distractor: weather-feed upstream 503 every 5 minutes
    wf = r.pod("weather-feed")
    WL = lab("integrations", wf, "weather-feed", n1, "weather-feed")
    for k in range(5):
        t = 95.0 + k * 300 + rng.uniform(0, 2)
        r.add(t, WL, lambda d: pylog(d, "ERROR", "weatherfeed.fetch",
              "GET https://api.alpine-meteo.example/v2/stations/observations?region=alps-west returned 503 Service Unavailable "
              "(attempt 3/3)"))
        r.add(t + 0.01, WL, lambda d: pylog(d, "WARNING", "weatherfeed.scheduler",
              "fetch cycle failed, keeping last observations from 2026-07-04T06:05Z; next attempt in 300s"))
    r.set_expected(
        "ERROR", "auth_failure", "guestlist-uploader",
        "guestlist-uploader's IAM role (refuge-prod-guestlist-uploader, via IRSA) is not allowed to write to the guest-list "
        "bucket: every S3 PutObject returns 403 AccessDenied, the uploader answers 502 and the warden portal reports the "
        "upload as failed.",
        "All guest-list uploads fail with S3 AccessDenied for the uploader's role; the portal itself works. The weather-feed "
        "503s are an unrelated upstream outage.",
        "Grant s3:PutObject on refuge-guestlists-prod-euc1/guestlists/* to the refuge-prod-guestlist-uploader role (IAM "
        "policy and bucket policy), then have wardens retry; leave the weather-feed alert to the integrations team.")
    return r.to_dict()


# --------------------------------------------------------------------------- 005
def r005():
    r = Record("dev63-005", "2026-10-23T19:00:00",
               "Why do the game-master hint consoles in the Lisbon venue show 'room not found' since the afternoon?",
               sel("gamemaster", app="hint-console-api"), "rke2")
    rng = r.rng
    n1, n2, n3 = "rke2-agent-01", "rke2-agent-02", "rke2-agent-03"
    hc = r.deploy_pods("hint-console-api", 2)
    gw = r.pod("room-controller-gateway")
    GL = lab("rooms", gw, "gateway", n2, "room-controller-gateway")
    lis_rooms = ["lis-01", "lis-02", "lis-03", "lis-04"]
    other = ["opo-01", "opo-02", "opo-04", "brg-01", "brg-02", "cbr-01"]

    def g(d, level, msg, *kv):
        return logfmt([("ts", iso_ms(d)), ("level", level), ("caller", "gateway/%s" % kv[0])] + [("msg", msg)] + list(kv[1:]))

    r.add(190.0, GL, lambda d: g(d, "info", "config file changed, reloading", "config.go:88",
                                 ("file", "/etc/gateway/venue-rooms.yaml")))
    r.add(190.2, GL, lambda d: g(d, "info", "config reloaded", "config.go:121", ("venues", 5), ("rooms", 27),
                                 ("revision", "venue-rooms@1d3c9e7")))
    r.add(190.21, GL, lambda d: g(d, "warn", "venue has no rooms in room map, its MQTT topics will be ignored",
                                  "config.go:140", ("venue", "lis"), ("expected_rooms", 4)), ev=True)
    for s in r.spread(5, 800, 7):
        room = rng.choice(lis_rooms)
        r.add(s, GL, lambda d, room=room: g(d, "warn", "dropping message for unmapped topic", "mqtt.go:203",
                                            ("topic", "escape/lis/%s/props/%s" % (room, rng.choice(["door", "keypad", "uv-lamp", "timer"])))),
              ev=True)
    for s in r.spread(0, 800, 8):
        room = rng.choice(lis_rooms)
        p = rng.choice(hc)
        rid = r.hexs(12)
        r.add(s, GL, lambda d, room=room, rid=rid: g(d, "error", "unknown room id", "api.go:77", ("room", room),
                                                     ("error", "room %s not present in venue-rooms map" % room),
                                                     ("request_id", rid), ("status", 404)), ev=True)
        r.add(s + 0.012, lab("gamemaster", p, "api", n1, "hint-console-api"), lambda d, p=p, room=room, rid=rid: js({
            "level": 50, "time": epoch_ms(d), "pid": 1, "hostname": p, "reqId": rid,
            "msg": "room state lookup failed", "room": room, "venue": "lis", "upstreamStatus": 404,
            "err": "room not found"}))
    for s in r.spread(0, 800, 12):
        room = rng.choice(other)
        if rng.random() < 0.5:
            r.add(s, GL, lambda d, room=room: g(d, "info", "room state", "api.go:64", ("room", room),
                                                ("phase", rng.choice(["running", "running", "briefing", "reset"])), ("status", 200)))
        else:
            p = rng.choice(hc)
            r.add(s, lab("gamemaster", p, "api", n1, "hint-console-api"), lambda d, p=p, room=room: js({
                "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "hint sent",
                "room": room, "venue": room[:3], "hintId": "h-%d" % rng.randint(1, 40), "latencyMs": rng.randint(40, 180)}))
    # distractor: CronJob leaderboard-rollup in analytics, MySQL deadlock
    for k, t in enumerate([60.0, 660.0]):
        jp = r.job_pod("leaderboard-rollup", r.d(t - 2))
        JL = lab("analytics", jp, "rollup", n3, "leaderboard-rollup")
        r.add(t, JL, lambda d: pylog(d, "INFO", "rollup", "rolling up escape times for 2026-10-23 (venues=5)"))
        for j, ln in enumerate([
            "Traceback (most recent call last):",
            '  File "/app/rollup.py", line 142, in <module>',
            "    main()",
            '  File "/app/rollup.py", line 118, in main',
            "    cur.execute(UPSERT_BEST_TIMES, rows)",
            "pymysql.err.OperationalError: (1213, 'Deadlock found when trying to get lock; try restarting transaction')"]):
            r.add(t + 4.2 + j * 0.001, JL, ln)
        r.add(t + 9.0, elab("analytics"), event_logfmt("Warning", "BackoffLimitExceeded", "Job", jp.rsplit("-", 1)[0],
              "Job has reached the specified backoff limit", source="job-controller"))
    r.set_expected(
        "ERROR", "config_error", "room-controller-gateway",
        "The venue-rooms ConfigMap loaded by room-controller-gateway has no rooms for the Lisbon venue (reload at 19:03 "
        "reports 'venue has no rooms in room map'), so the gateway rejects every lis-* room id with 404 'room not present "
        "in venue-rooms map' and drops the Lisbon MQTT topics; hint-console-api passes this on as 'room not found'.",
        "Lisbon hint consoles fail because room-controller-gateway's room map lacks the lis rooms; other venues work. The "
        "leaderboard-rollup deadlock in analytics is unrelated.",
        "Restore the lis-01..lis-04 entries in the venue-rooms ConfigMap (previous revision in Git), let the gateway "
        "reload and confirm the lis topics are mapped; add validation so a venue cannot be left with an empty room map.")
    return r.to_dict()


# --------------------------------------------------------------------------- 006
def r006():
    r = Record("dev63-006", "2026-04-08T08:30:00",
               "Why is the font-build pipeline completely down this morning?",
               sel("build"), "talos")
    rng = r.rng
    w1, w2, w3 = "talos-w1", "talos-w2", "talos-w3"
    mpod = "font-artifacts-0"
    pvc = "pvc-6f1e2a4c-93d8-4b7e-a0c5-2e91d77b0f3a"
    vol = "csi-vol-0b9c6d42-1f3e-11ef-8a7c-6a2f4e0d9b11"
    rbd = r.ds_pod("csi-rbdplugin")
    RL = lab("rook-ceph", rbd, "csi-rbdplugin", w1, "csi-rbdplugin")
    orch = r.pod("build-orchestrator")
    OL = lab("build", orch, "orchestrator", w2, "build-orchestrator")
    for k, t in enumerate([12.0, 140.0, 268.0, 396.0, 524.0]):
        reqid = "0001-0009-rook-ceph-0000000000000002-%s" % vol[8:]
        r.add(t, RL, lambda d: klog(d, "E", "utils.go:210",
              "ID: %d Req-ID: %s GRPC error: rpc error: code = Internal desc = rbd image replicapool/%s is still being used"
              % (41200 + k * 7, reqid, vol), tid=1), ev=True)
        r.add(t + 0.05, elab("build"), event_logfmt("Warning", "FailedMount", "Pod", mpod,
              'MountVolume.MountDevice failed for volume "%s" : rpc error: code = Internal desc = rbd image '
              "replicapool/%s is still being used" % (pvc, vol), host=w1, count=19 + k), ev=(k < 2))
        if k in (1, 3):
            r.add(t + 1.0, elab("build"), event_logfmt("Warning", "FailedMount", "Pod", mpod,
                  "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process "
                  "volumes=[]: timed out waiting for the condition", host=w1, count=4 + k))
    r.add(3.0, RL, lambda d: klog(d, "I", "utils.go:199", "ID: 41193 Req-ID: 0001-0009-rook-ceph-0000000000000002-%s "
                                 "GRPC call: /csi.v1.Node/NodeStageVolume" % vol[8:], tid=1))
    r.add(3.4, RL, lambda d: klog(d, "I", "rbd_util.go:1320", "ID: 41193 Req-ID: 0001-0009-rook-ceph-0000000000000002-%s "
                                 "setting disableInUseChecks: false image features: [layering] mounter: rbd" % vol[8:], tid=1))
    # build pipeline symptoms
    workers = r.deploy_pods("font-build-worker", 3)
    fams = ["ArgentaSans", "Kestrel", "Moraine-Serif", "Halden-Mono", "Vireo-Grotesk"]
    for s in r.spread(20, 580, 9):
        w = rng.choice(workers)
        fam = rng.choice(fams)
        r.add(s, lab("build", w, "worker", rng.choice([w2, w3]), "font-build-worker"), lambda d, fam=fam: js({
            "level": "error", "time": iso_ms(d), "msg": "upload of build artifacts failed", "family": fam,
            "err": 'Put "http://font-artifacts.build.svc:9000/builds/%s/%s.zip": dial tcp 10.96.144.27:9000: connect: connection refused'
                   % (fam.lower(), r.hexs(8))}))
    for s in r.spread(40, 580, 5):
        r.add(s, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "WARN"), ("msg", "build failed"),
                                       ("pipeline", "release-%d" % rng.randint(800, 860)), ("stage", "publish"),
                                       ("reason", "artifact store unavailable")]))
    r.add(15.0, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "queue status"), ("queued", 17),
                                      ("running", 3), ("failed_last_hour", 41)]))
    r.add(315.0, OL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "queue status"), ("queued", 23),
                                       ("running", 3), ("failed_last_hour", 52)]))
    # context: pod rescheduled after talos-w3 went away last night (informational events)
    r.add(1.0, elab("build"), event_logfmt("Normal", "Scheduled", "Pod", mpod,
          "Successfully assigned build/font-artifacts-0 to talos-w1", source="default-scheduler", count=None))
    r.add(1.8, elab("build"), event_logfmt("Normal", "SuccessfulAttachVolume", "Pod", mpod,
          'AttachVolume.Attach succeeded for volume "%s"' % pvc, source="attachdetach-controller"))
    # distractor: cert-manager order rejected for the specimens certificate
    cm = r.pod("cert-manager")
    for k, t in enumerate([70.0, 250.0, 430.0]):
        r.add(t, lab("cert-manager", cm, "cert-manager-controller", w2, "cert-manager"), lambda d: klog(
            d, "E", "controller.go:162", '"re-queuing item due to error processing" err="Failed to create Order: 400 '
            'urn:ietf:params:acme:error:rejectedIdentifier: Error creating new order :: Cannot issue for '
            '\\"specimens.foundry.internal\\": Domain name does not end with a valid public suffix (TLD)" '
            'logger="cert-manager.controller" key="storefront/type-specimens-tls-1-2331"'))
        r.add(t + 0.2, elab("storefront"), event_logfmt("Warning", "Failed", "Certificate", "type-specimens-tls",
              "The certificate request has failed to complete and will be retried: Failed to wait for order resource "
              '"type-specimens-tls-1-2331" to become ready: order is in "errored" state', source="cert-manager-certificates-issuing"))
    # unrelated healthy chatter
    for s in r.spread(0, 590, 6):
        r.add(s, lab("kube-system", "coredns-78f8c5d9b4-%s" % r.alnum(5), "coredns", w2, "coredns"), lambda d: (
            '[INFO] %s:%d - %d "A IN font-artifacts.build.svc.cluster.local. udp 58 false 512" NOERROR qr,aa,rd 110 %.9fs'
            % (r.pod_ip(), rng.randint(33000, 60000), rng.randint(1, 65535), rng.uniform(0.00005, 0.0003))))
    r.set_expected(
        "CRITICAL", "storage", "font-artifacts",
        "font-artifacts-0 (the MinIO artifact store) was rescheduled to talos-w1 but ceph-csi cannot stage its RBD volume: "
        "'rbd image replicapool/csi-vol-0b9c6d42-... is still being used' (stale mapping/watcher from the node it ran on "
        "before), so MountDevice fails, the pod never starts and every build fails to upload with connection refused.",
        "The artifact store is down because its Ceph RBD volume cannot be mounted on the new node; all font builds fail "
        "at the publish stage. The specimens certificate order error is unrelated.",
        "Remove the stale RBD client on the old node (unmap the image on talos-w3 or blocklist its client with "
        "`ceph osd blocklist add`), then let font-artifacts-0 mount the volume; re-run the failed pipelines.")
    return r.to_dict()


# --------------------------------------------------------------------------- 007
def r007():
    r = Record("dev63-007", "2026-08-15T12:00:00",
               "Are card payments for hut deposits failing? A guest says her deposit didn't go through.",
               sel("payments", app="deposit-payments"), "aks")
    rng = r.rng
    n1 = "aks-general-27741063-vmss000001"
    n2 = "aks-general-27741063-vmss000003"
    dp = r.deploy_pods("deposit-payments", 2)

    def D(p, d, level, thread, logger, msg):
        return spring(d, level, "deposit-payments", thread, logger, msg)

    for s in r.spread(0, 1150, 12):
        p = rng.choice(dp)
        b = "B-26-%05d" % rng.randint(10000, 99999)
        amt = rng.choice([20, 30, 40, 40, 60, 80])
        pi = "pi_3P%s" % r.hexs(20)
        L = lab("payments", p, "deposit-payments", rng.choice([n1, n2]), "deposit-payments")
        r.add(s, L, lambda d, p=p, b=b, amt=amt, pi=pi: D(p, d, "INFO", "nio-8080-exec-%d" % rng.randint(1, 12),
              "c.r.p.DepositController", "Created payment intent %s for booking %s amount=%d.00 EUR" % (pi, b, amt)))
        r.add(s + rng.uniform(3, 9), L, lambda d, p=p, b=b, pi=pi: D(p, d, "INFO", "webhook-%d" % rng.randint(1, 4),
              "c.r.p.WebhookHandler", "Event payment_intent.succeeded for %s (booking %s) processed in %d ms"
              % (pi, b, rng.randint(12, 60))))
    # the guest's decline: a normal business outcome
    p = dp[0]
    L = lab("payments", p, "deposit-payments", n1, "deposit-payments")
    r.add(611.0, L, lambda d: D(p, d, "INFO", "nio-8080-exec-7", "c.r.p.DepositController",
          "Created payment intent pi_3PkQ2v8Lr1x0cZ9f1aB7 for booking B-26-48213 amount=40.00 EUR"))
    r.add(616.4, L, lambda d: D(p, d, "INFO", "webhook-2", "c.r.p.WebhookHandler",
          "Event payment_intent.payment_failed for pi_3PkQ2v8Lr1x0cZ9f1aB7 (booking B-26-48213): card_declined / "
          "insufficient_funds; guest notified to use another card"))
    for s in [300.0, 900.0]:
        r.add(s, lab("payments", dp[1], "deposit-payments", n2, "deposit-payments"), lambda d: D(
            dp[1], d, "INFO", "scheduling-1", "c.r.p.ReconciliationJob",
            "Reconciliation: %d intents checked, 0 mismatches, 0 pending older than 15 min" % rng.randint(180, 260)))
    # distractor: webcam fetcher, no route to host, every 3 min for weeks
    wc = r.pod("hut-webcam-fetcher")
    WL = lab("community", wc, "fetcher", n2, "hut-webcam-fetcher")
    for k in range(7):
        t = 40.0 + k * 180 + rng.uniform(0, 1.5)
        r.add(t, WL, lambda d: logfmt([("time", iso_ms(d)), ("level", "ERROR"), ("msg", "snapshot fetch failed"),
                                       ("hut", "capanna-sasso-nero"), ("camera", "rtsp://10.66.12.4:554/stream1"),
                                       ("err", "dial tcp 10.66.12.4:554: connect: no route to host"),
                                       ("failing_since", "2026-07-29T16:02:11Z"), ("consecutive_failures", 8011 + k)]))
        r.add(t + 0.4, WL, lambda d: logfmt([("time", iso_ms(d)), ("level", "INFO"), ("msg", "snapshots updated"),
                                             ("ok", 37), ("failed", 1), ("duration", "%.1fs" % rng.uniform(4, 9))]))
    r.set_expected(
        "INFO", "none", None,
        "No incident for deposit payments: deposit-payments creates intents and processes payment_intent.succeeded "
        "webhooks normally, reconciliation finds no mismatches. The guest's payment (booking B-26-48213) was declined by "
        "her card issuer (insufficient_funds), a normal outcome. The hut-webcam-fetcher 'no route to host' errors for one "
        "hut camera have been recurring for weeks and are unrelated.",
        "Deposit payments are healthy; the one failed deposit is a card decline. The webcam fetcher error is an old, "
        "unrelated problem.",
        "No action on deposit-payments; ask the guest to retry with another card. The capanna-sasso-nero camera link can "
        "be handled separately by the community team.")
    return r.to_dict()


# --------------------------------------------------------------------------- 008
def r008():
    r = Record("dev63-008", "2026-12-19T10:00:00",
               "Why are booking-confirmation emails arriving 10-20 minutes late this morning?",
               sel("notifications", app="mail-dispatcher"), "kubeadm")
    rng = r.rng
    n1, n2, n3 = "k8s-worker-01", "k8s-worker-02", "k8s-worker-03"
    md = r.pod("mail-dispatcher")
    ML = lab("notifications", md, "dispatcher", n2, "mail-dispatcher")

    def m(d, level, event, **kw):
        o = {"timestamp": iso_us(d), "level": level, "logger": "dispatcher.worker", "event": event}
        o.update(kw)
        return js(o)

    depth = [140, 620, 1180, 1640, 1810, 1720, 1390, 930, 410, 60]
    t = 10.0
    for i, q in enumerate(depth):
        if 1 <= i <= 5:
            r.add(t, ML, lambda d, q=q: m(d, "warning", "provider rate limited", status=429, retry_after=60,
                  provider_error="Rate limit exceeded: 100 messages per minute for this server token",
                  queue_depth=q, backoff_s=60), ev=True)
        r.add(t + 2.0, ML, lambda d, q=q, i=i: m(d, "info", "batch sent", sent=rng.randint(85, 99) if i else 240,
                                                 failed=0, queue_depth=q, oldest_age_s=min(60 + i * 150, 1260) if 1 <= i <= 7 else 30))
        t += rng.uniform(125, 140)
    r.add(t, ML, lambda d: m(d, "info", "queue drained", queue_depth=0, max_delay_s=1260))
    r.add(4.0, ML, lambda d: m(d, "info", "campaign burst detected", source="gift-voucher-campaign", enqueued_last_5m=1412))
    ba = r.deploy_pods("booking-api", 2)
    for s in r.spread(0, 1300, 8):
        p = rng.choice(ba)
        r.add(s, lab("bookings", p, "booking-api", n1, "booking-api"), lambda d, p=p: js({
            "level": 30, "time": epoch_ms(d), "pid": 1, "hostname": p, "msg": "confirmation email queued",
            "bookingId": "ESC-%06d" % rng.randint(100000, 999999), "template": rng.choice(["booking-confirmation", "gift-voucher"])}))
    # distractor: photo-booth-uploader crash loop for 3 days
    pb = r.pod("photo-booth-uploader")
    PL = lab("venues", pb, "uploader", n3, "photo-booth-uploader")
    for k, t in enumerate([150.0, 460.0, 770.0, 1080.0]):
        for j, ln in enumerate([
            "Traceback (most recent call last):",
            '  File "/app/uploader/main.py", line 12, in <module>',
            '    BUCKET = os.environ["PHOTO_BUCKET"]',
            '  File "<frozen os>", line 679, in __getitem__',
            "KeyError: 'PHOTO_BUCKET'"]):
            r.add(t + j * 0.001, PL, ln)
        r.add(t + 1.2, elab("venues"), event_json(r.d(t + 1.2), "Warning", "BackOff", "Pod", "venues", pb,
              "Back-off restarting failed container uploader in pod %s_venues(9c2d7f11-5a0e-4a2b-8d1c-6c3e2f1b0a77)" % pb,
              host=n3, count=861 + k))
    for s in r.spread(0, 1300, 4):
        r.add(s, jlab(n1), lambda d: klog(d, "I", "kubelet_getters.go:187",
              '"Pod status updated" pod="kube-system/kube-proxy-%s" status="Running"' % r.alnum(5), tid=812))
    r.set_expected(
        "WARN", "rate_limited", "mail-dispatcher",
        "The e-mail provider is rate-limiting mail-dispatcher (HTTP 429 'Rate limit exceeded: 100 messages per minute', "
        "Retry-After 60) during the gift-voucher campaign burst; the dispatcher backs off, its queue peaks at ~1.8k and "
        "confirmations are delivered up to ~21 minutes late, then the queue drains on its own.",
        "Confirmation emails are delayed, not lost: provider 429s throttle the dispatcher during a campaign burst and the "
        "queue recovers. The photo-booth-uploader crash loop in venues (missing PHOTO_BUCKET) is unrelated.",
        "Optional: ask the provider for a higher sending limit or send campaigns through a separate stream/token so "
        "transactional confirmations are not throttled; fix the photo-booth-uploader env separately.")
    return r.to_dict()


# --------------------------------------------------------------------------- 009
def r009():
    r = Record("dev63-009", "2026-06-01T00:20:00",
               "Why do licence activations from the desktop font manager fail since midnight?",
               sel("licensing", app="license-activation"), "openshift")
    rng = r.rng
    wa = "ocp-prod-7hgtq-worker-a-2xk8p"
    wb = "ocp-prod-7hgtq-worker-b-9dz4n"
    wc = "ocp-prod-7hgtq-worker-c-m5r7t"
    la = r.deploy_pods("license-activation", 2)
    es = r.deploy_pods("entitlement-store", 2)
    for s in r.spread(0, 840, 10):
        p = rng.choice(la)
        ip = "10.128.%d.%d" % (rng.randint(2, 7), rng.randint(2, 250))
        r.add(s, lab("licensing", p, "activation", wa, "license-activation"), lambda d: js({
            "level": "error", "ts": epoch_s(d), "caller": "activation/client.go:97", "msg": "entitlement lookup failed",
            "licenseKey": "FNT-%s-****" % r.hexs(4).upper(),
            "error": 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake '
                     'failed: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current '
                     'time %s is after 2026-05-31T23:59:59Z"' % d.strftime("%Y-%m-%dT%H:%M:%SZ")}), ev=True)
        ep = rng.choice(es)
        r.add(s + 0.002, lab("licensing", ep, "entitlement-store", wc, "entitlement-store"), lambda d, ip=ip: (
            "%s http: TLS handshake error from %s:%d: remote error: tls: bad certificate"
            % (d.strftime("%Y/%m/%d %H:%M:%S"), ip, rng.randint(40000, 60000))), ev=True)
        r.add(s + 0.004, lab("licensing", p, "activation", wa, "license-activation"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/log.go:41", "msg": "request", "method": "POST",
            "path": "/v2/activate", "status": 503, "duration_ms": rng.randint(6, 19),
            "client": "FoundryManager/%s (macOS 14.4)" % rng.choice(["3.2.1", "3.2.0", "3.1.9"])}))
    for s in [100.0, 700.0]:
        ep = es[0]
        r.add(s, lab("licensing", ep, "entitlement-store", wc, "entitlement-store"), lambda d: "%s entitlements: cache "
              "refresh done: %d licences, %d seats" % (d.strftime("%Y/%m/%d %H:%M:%S"), rng.randint(41000, 42000),
                                                      rng.randint(180000, 190000)))
    for s in r.spread(0, 840, 5):
        p = rng.choice(la)
        r.add(s, lab("licensing", p, "activation", wa, "license-activation"), lambda d: js({
            "level": "info", "ts": epoch_s(d), "caller": "http/log.go:41", "msg": "request", "method": "GET",
            "path": "/healthz", "status": 200, "duration_ms": 0}))
    # distractor: vmxnet3 tx hang on worker-b (no licensing pods there)
    for t in [210.0, 590.0]:
        for j, ln in enumerate([
            "NETDEV WATCHDOG: ens192 (vmxnet3): transmit queue 3 timed out %d ms" % rng.randint(5100, 5600),
            "vmxnet3 0000:0b:00.0 ens192: tx hang",
            "vmxnet3 0000:0b:00.0 ens192: resetting",
            "vmxnet3 0000:0b:00.0 ens192: intr type 3, mode 0, 9 vectors allocated",
            "vmxnet3 0000:0b:00.0 ens192: NIC Link is Up 10000 Mbps"]):
            r.add(t + j * 0.35, jlab(wb, "kernel"), ln)
    r.add(212.0, jlab(wb), lambda d: klog(d, "W", "reflector.go:470",
          'pkg/kubelet/config/apiserver.go:66: watch of *v1.Pod ended with: an error on the server ("unable to decode an '
          'event from the watch stream: http2: client connection lost") has prevented the request from succeeding', tid=3118))
    # unrelated: openshift router reload noise
    rp = "router-default-6f7d8b9c5-%s" % r.alnum(5)
    for s in r.spread(0, 840, 3):
        r.add(s, lab("openshift-ingress", rp, "router", wc, "router-default"), lambda d: klog(
            d, "I", "router.go:669", "template \"msg\"=\"router reloaded\" \"output\"=\" - Checking http://localhost:80 ...\\n - "
            "Health check ok : 0 retry attempt(s).\\n\"", tid=1))
    r.set_expected(
        "ERROR", "tls_certificate", "entitlement-store",
        "The serving certificate of entitlement-store expired at 2026-05-31T23:59:59Z; license-activation's gRPC calls "
        "fail the TLS handshake ('x509: certificate has expired or is not yet valid') and entitlement-store logs 'remote "
        "error: tls: bad certificate', so every activation returns 503.",
        "Licence activations fail since midnight because entitlement-store presents an expired certificate. The vmxnet3 "
        "transmit-queue resets on worker-b are unrelated to licensing.",
        "Issue a new certificate for entitlement-store (update its TLS Secret, ideally move it to cert-manager or the "
        "OpenShift service-serving CA so it renews automatically) and restart the entitlement-store pods.")
    return r.to_dict()


# --------------------------------------------------------------------------- 010
def r010():
    r = Record("dev63-010", "2026-02-14T07:45:00",
               "Why is the hut booking website returning 503 for everyone since about 07:50?",
               None, "k3s")
    rng = r.rng
    srv, a1, a2 = "k3s-server-01", "k3s-agent-01", "k3s-agent-02"
    tr = r.pod("traefik")
    TL = lab("kube-system", tr, "traefik", a1, "traefik")
    web = r.deploy_pods("booking-web", 2)
    paths = ["/", "/en/huts", "/de/huetten/tresch-huette", "/it/rifugi/rifugio-vajolet", "/api/availability?hut=%d",
             "/assets/app.7c2e1.css", "/fr/refuges/cabane-de-moiry"]
    fail_from = 305.0
    for s in r.spread(0, fail_from - 5, 12):
        p = rng.choice(paths).replace("%d", str(rng.randint(1, 412)))
        n = rng.randint(1200, 1500)
        r.add(s, TL, lambda d, p=p, n=n: traefik(d, r.pub_ip(), "GET", p, 200, rng.randint(800, 42000),
              "booking-web-booking@kubernetes", "http://10.42.2.%d:3000" % rng.choice([17, 23]), rng.randint(4, 80), n))
    for s in r.spread(fail_from, 575, 14):
        p = rng.choice(paths).replace("%d", str(rng.randint(1, 412)))
        n = rng.randint(1500, 1900)
        r.add(s, TL, lambda d, p=p, n=n: traefik(d, r.pub_ip(), "GET", p, 503, 19, "booking-web-booking@kubernetes",
              "-", 0, n))
    # node k3s-agent-02: disk failing, containerd hangs
    k = jlab(a2, "kernel")
    r.add(118.0, k, "ata1.00: exception Emask 0x0 SAct 0x1c000 SErr 0x0 action 0x6 frozen", ev=True)
    r.add(118.001, k, "ata1.00: failed command: WRITE FPDMA QUEUED", ev=True)
    r.add(118.002, k, "ata1: hard resetting link")
    r.add(149.5, k, "I/O error, dev sda, sector 41237512 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    r.add(149.6, k, "I/O error, dev sda, sector 41237640 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2")
    r.add(149.9, k, "EXT4-fs warning (device sda1): ext4_end_bio:343: I/O error 10 writing to inode 2623001 starting block 5154703)")
    r.add(244.0, k, "INFO: task containerd:1187 blocked for more than 122 seconds.", ev=True)
    r.add(244.001, k, "      Not tainted 6.1.0-18-amd64 #1 Debian 6.1.76-1")
    r.add(244.002, k, '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.')
    r.add(262.0, jlab(a2, "k3s-agent.service"), lambda d: klog(d, "E", "kubelet.go:2359",
          '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.218s ago; threshold is 3m0s"',
          tid=954), ev=True)
    r.add(268.0, jlab(a2, "k3s-agent.service"), lambda d: klog(d, "E", "remote_runtime.go:633",
          '"Status from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"', tid=954))
    # control plane view
    S = jlab(srv, "k3s.service")
    r.add(301.2, S, lambda d: klog(d, "I", "controller_utils.go:174",
          '"Recording status change event message for node" status="NodeNotReady" node="k3s-agent-02"', tid=1201), ev=True)
    r.add(301.3, S, lambda d: klog(d, "I", "controller_utils.go:126",
          '"Update ready status of pods on node" node="k3s-agent-02"', tid=1201))
    r.add(301.4, elab("default"), event_logfmt("Normal", "NodeNotReady", "Node", a2,
          "Node k3s-agent-02 status is now: NodeNotReady", source="node-controller"), ev=True)
    for p in web:
        r.add(301.6, elab("booking"), event_logfmt("Warning", "NodeNotReady", "Pod", p, "Node is not ready",
              source="node-controller"))
    r.add(302.0, S, lambda d: klog(d, "I", "endpointslice_controller.go:312",
          '"Error syncing endpoint slices for service, retrying" key="booking/booking-web" err="EndpointSlice informer cache is out of date"', tid=1201))
    # distractor: traefik deprecation flood
    for s in r.spread(0, 575, 9):
        r.add(s, TL, lambda d: logfmt([("time", d.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "warning"),
              ("msg", "The 'traefik.containo.us' API group is deprecated and will be removed in the next major version, "
                      "please use the 'traefik.io' API group instead"),
              ("providerName", "kubernetescrd"),
              ("resource", rng.choice(["ingressroutes", "middlewares", "tlsoptions", "serverstransports"]))]))
    for s in r.spread(0, 575, 4):
        r.add(s, jlab(a1, "k3s-agent.service"), lambda d: klog(d, "I", "log.go:245",
              "http: TLS handshake error from 10.42.0.1:%d: EOF" % rng.randint(40000, 60000), tid=877))
    r.set_expected(
        "CRITICAL", "node_failure", "k3s-agent-02",
        "Node k3s-agent-02 failed: its disk (sda) returns write I/O errors, containerd hangs (blocked task), the kubelet "
        "reports PLEG not healthy and the node goes NotReady. Both booking-web replicas run on that node, so Traefik has no "
        "ready backend and answers 503 to every request.",
        "The booking website is down because the only node running booking-web lost its disk and went NotReady. The "
        "Traefik 'traefik.containo.us API group is deprecated' warnings are harmless noise.",
        "Cordon k3s-agent-02 and replace/repair its disk; force-delete the booking-web pods stuck on it so they start on "
        "k3s-agent-01, and add pod anti-affinity or topology spread (plus a PDB) so replicas never share one node.")
    return r.to_dict()


RECORDS = [r001, r002, r003, r004, r005, r006, r007, r008, r009, r010]
