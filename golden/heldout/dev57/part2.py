"""dev57 part 2: w11-w20."""
from common import Rec, start, lab, journal, syslogfile, events, selector, klog, event_json

WIN_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


# --------------------------------------------------------------------------- w11
def w11():
    r = Rec("w11", start(2026, 5, 19, 11, 20, 0),
            "The colourway render workers threw WorkerLostError this morning. Is rendering broken?",
            selector("studio"), ["quiet-cause", "outside-selector"])
    node_a, node_b = "skein-k3s-agent-3", "skein-k3s-agent-1"
    wa = lab("studio", r.pod("colourway-render"), "worker", node_a, "colourway-render")
    wb = lab("studio", r.pod("colourway-render"), "worker", node_b, "colourway-render")
    adm = lab("studio", r.pod("colourway-admin"), "django", node_b, "colourway-admin")
    sysa = syslogfile(node_a)
    ids = {k: r.uid() for k in ["a", "b", "c", "d", "e", "f"]}

    def cel(src, t, lvl, proc, msg, ev_=False):
        r.at(t, src, "[{T:spc3}: %s/%s] %s" % (lvl, proc, msg), ev_)

    cel(wa, 0.0, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["a"])
    cel(wa, 0.4, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["b"])
    cel(wa, 0.9, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["c"])
    cel(wa, 1.1, "INFO", "ForkPoolWorker-1", "rendering SS-MER-FJORD-4PLY from raw/2026-05/fjord-4ply-flatlay.tif (6000x4000, 24.0 MP)")
    cel(wa, 1.5, "INFO", "ForkPoolWorker-2", "rendering SS-ALP-SEAGLASS-LACE from raw/2026-05/seaglass-lace-skeins.tif (8256x5504, 45.4 MP)")
    cel(wa, 2.0, "INFO", "ForkPoolWorker-3", "rendering SS-BFL-HEATHER-DK from raw/2026-05/heather-moor-dk-hero.tif (11648x8736, 101.8 MP)")
    r.block(2.3, wa, [
        "[{T:spc3}: WARNING/ForkPoolWorker-3] /usr/local/lib/python3.12/site-packages/PIL/Image.py:3402: DecompressionBombWarning: Image size (101756928 pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack.",
        "  warnings.warn("])
    cel(wa, 9.8, "INFO", "ForkPoolWorker-1", "Task colourway.render[%s] succeeded in 8.71s: {'sku': 'SS-MER-FJORD-4PLY', 'renders': 6}" % ids["a"])
    cel(wa, 10.4, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["d"])
    cel(wa, 10.5, "INFO", "ForkPoolWorker-1", "rendering SS-COR-PEAT-ARAN from raw/2026-05/peat-aran-macro.tif (8256x5504, 45.4 MP)")
    r.at(24.6, adm, "WARNING {T:spc3} colourways.views Render for SS-BFL-HEATHER-DK still pending after 24s (job 1841)")
    r.at(31.212, sysa, "{T:syslog} %s kernel: [1204411.558213] celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999" % node_a)
    r.at(31.212, sysa, "{T:syslog} %s kernel: [1204411.558290] memory: usage 1572864kB, limit 1572864kB, failcnt 77" % node_a, ev=True)
    r.at(31.213, sysa, "{T:syslog} %s kernel: [1204411.558871] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods/burstable/pod%s,task_memcg=/kubepods/burstable/pod%s/%s,task=celery,pid=412,uid=1000"
         % (node_a, r.hexs(64), r.uid(), r.uid(), r.hexs(64)))
    r.at(31.213, sysa, "{T:syslog} %s kernel: [1204411.558934] Memory cgroup out of memory: Killed process 412 (celery) total-vm:2412880kB, anon-rss:1108244kB, file-rss:14300kB, shmem-rss:0kB, UID:1000 pgtables:2604kB oom_score_adj:999" % node_a, ev=True)
    cel(wa, 31.4, "ERROR", "MainProcess", "Process 'ForkPoolWorker-3' pid:412 exited with 'signal 9 (SIGKILL)'")
    r.block(31.45, wa, [
        "[{T:spc3}: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 1841.')",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost',
        "    raise WorkerLostError(",
        "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 1841."])
    cel(wa, 31.5, "WARNING", "MainProcess", "Task colourway.render[%s] rejected on worker loss, requeueing (acks_late=True, reject_on_worker_lost=True)" % ids["c"])
    r.at(33.0, adm, "ERROR {T:spc3} colourways.tasks Render job 1841 for SS-BFL-HEATHER-DK lost its worker (WorkerLostError); waiting for redelivery")
    cel(wb, 33.6, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["c"])
    cel(wb, 33.8, "INFO", "ForkPoolWorker-1", "rendering SS-BFL-HEATHER-DK from raw/2026-05/heather-moor-dk-hero.tif (11648x8736, 101.8 MP)")
    r.block(34.1, wb, [
        "[{T:spc3}: WARNING/ForkPoolWorker-1] /usr/local/lib/python3.12/site-packages/PIL/Image.py:3402: DecompressionBombWarning: Image size (101756928 pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack.",
        "  warnings.warn("])
    cel(wa, 36.0, "INFO", "ForkPoolWorker-2", "Task colourway.render[%s] succeeded in 34.47s: {'sku': 'SS-ALP-SEAGLASS-LACE', 'renders': 6}" % ids["b"])
    cel(wa, 38.2, "INFO", "ForkPoolWorker-1", "Task colourway.render[%s] succeeded in 27.70s: {'sku': 'SS-COR-PEAT-ARAN', 'renders': 6}" % ids["d"])
    r.at(44.6, adm, "WARNING {T:spc3} colourways.views Render for SS-BFL-HEATHER-DK still pending after 44s (job 1841)")
    cel(wa, 47.0, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["e"])
    cel(wa, 47.2, "INFO", "ForkPoolWorker-4", "rendering SS-MER-HARBOUR-SOCK from raw/2026-05/harbour-sock-flatlay.tif (6000x4000, 24.0 MP)")
    cel(wb, 88.9, "INFO", "ForkPoolWorker-1", "Task colourway.render[%s] succeeded in 55.10s: {'sku': 'SS-BFL-HEATHER-DK', 'renders': 6}" % ids["c"])
    r.at(89.5, adm, "INFO {T:spc3} colourways.views Render for SS-BFL-HEATHER-DK complete (job 1841, 6 images)")
    cel(wa, 55.1, "INFO", "ForkPoolWorker-4", "Task colourway.render[%s] succeeded in 7.90s: {'sku': 'SS-MER-HARBOUR-SOCK', 'renders': 6}" % ids["e"])
    cel(wb, 96.0, "INFO", "MainProcess", "Task colourway.render[%s] received" % ids["f"])
    cel(wb, 104.3, "INFO", "ForkPoolWorker-2", "Task colourway.render[%s] succeeded in 8.02s: {'sku': 'SS-ALP-TIDEPOOL-4PLY', 'renders': 6}" % ids["f"])
    return r.build(
        "WARN", "oom_killed", "colourway-render",
        "Three renders ran at once in one colourway-render worker pod, one of them a 101.8-MP TIFF; the pod's 1.5Gi memory cgroup filled "
        "and the kernel OOM-killed the Celery child process (pid 412), which Celery reports as WorkerLostError (signal 9).",
        "A single Celery child in the colourway-render pod on skein-k3s-agent-3 was cgroup-OOM-killed while decoding a 101.8-MP image; "
        "with acks_late the task was requeued and succeeded on another worker 55 s later, so rendering recovered by itself.",
        "Optional: raise the worker memory limit or lower concurrency for large images (route >50 MP files to a dedicated queue, "
        "downscale with Pillow draft/reduce before processing).")


# --------------------------------------------------------------------------- w12
def w12():
    r = Rec("w12", start(2026, 11, 27, 18, 40, 0),
            "Emergency lock-out callouts are not being dispatched to technicians. What is wrong?",
            selector("kw-dispatch"), ["outside-selector", "quiet-cause"])
    dnode = "ip-10-42-7-140.eu-west-2.compute.internal"
    cd = [lab("kube-system", r.pod("coredns"), "coredns", dnode, "kube-dns") for _ in range(2)]
    cd_ip = ["10.42.7.14", "10.42.7.91"]
    ena = lab("monitoring", "ena-stats-%s" % r.alnum(5), "ena-stats", dnode, "ena-stats")
    disp = [lab("kw-dispatch", r.pod("callout-dispatch"), "callout-dispatch", n, "callout-dispatch")
            for n in ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-31-240.eu-west-2.compute.internal"]]
    vt = lab("kw-field", r.pod("van-tracker"), "van-tracker", "ip-10-42-24-51.eu-west-2.compute.internal", "van-tracker")

    def zap(i, t, lvl, caller, msg, extra="", ev_=False):
        r.at(t, disp[i], '{"level":"%s","ts":{T:epoch},"caller":"%s","msg":"%s"%s}' % (lvl, caller, msg, extra), ev_)

    r.at(0.0, ena, '{"ts":"{T:iso3}","node":"%s","iface":"ens5","linklocal_allowance_exceeded":48211,"delta_60s":6120,"pps_allowance_exceeded":0}' % dnode, ev=True)
    jobs = ["CO-88123", "CO-88124", "CO-88125", "CO-88126", "CO-88127", "CO-88128"]
    t = 2.0
    for k, job in enumerate(jobs):
        i = k % 2
        pc = r.pick(["LS6 2AB", "LS11 5QT", "BD7 1DP", "HG1 4AZ", "YO24 1BG", "WF1 2EE"])
        zap(i, t, "info", "dispatch/intake.go:71", "new callout", ',"job":"%s","type":"lockout","priority":"emergency","postcode":"%s"' % (job, pc))
        zap(i, t + 5.02, "error", "geo/mapbox.go:141", "route lookup failed",
            ',"job":"%s","error":"Get \\"https://api.mapbox.com/directions-matrix/v1/mapbox/driving/-1.5491,53.8008;-1.5812,53.8196\\": dial tcp: lookup api.mapbox.com on 172.20.0.10:53: read udp 10.42.19.%d:%d->172.20.0.10:53: i/o timeout"'
            % (job, r.randint(20, 90), r.randint(30000, 60000)))
        zap(i, t + 5.03, "warn", "dispatch/assign.go:204", "no technician assigned, callout queued", ',"job":"%s","queued":%d' % (job, 31 + k))
        if k % 2 == 1:
            zap(i, t + 6.4, "error", "notify/sms.go:58", "customer SMS failed",
                ',"job":"%s","error":"Post \\"https://rest.messagebird.com/messages\\": dial tcp: lookup rest.messagebird.com on 172.20.0.10:53: server misbehaving"' % job)
        t += 9.0 + r.rng.random() * 4
    cd_lines = [
        (6.9, 0, "api.mapbox.com.eu-west-2.compute.internal. A", True),
        (7.0, 1, "api.mapbox.com. AAAA", False),
        (15.1, 0, "api.mapbox.com. A", True),
        (22.8, 1, "rest.messagebird.com. A", False),
        (33.5, 0, "api.mapbox.com. A", False),
        (41.0, 1, "events.pagerduty.com. A", False)]
    for tt, i, q, ev_ in cd_lines:
        r.at(tt, cd[i], "[ERROR] plugin/errors: 2 %s: read udp %s:%d->10.42.0.2:53: i/o timeout" % (q, cd_ip[i], r.randint(30000, 60000)), ev_)
    r.at(16.0, cd[1], "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.204s")
    r.at(60.0, ena, '{"ts":"{T:iso3}","node":"%s","iface":"ens5","linklocal_allowance_exceeded":54977,"delta_60s":6766,"pps_allowance_exceeded":0}' % dnode, ev=True)
    for tt in (12.0, 37.0, 58.0):
        r.at(tt, vt, 'time="{T:iso0}" level=warning msg="eta refresh failed" error="dial tcp: lookup api.mapbox.com on 172.20.0.10:53: no such host" van=KW-VAN-%02d' % r.randint(1, 40))
    zap(0, 63.0, "error", "dispatch/assign.go:231", "emergency SLA breached", ',"job":"CO-88123","waiting_s":61,"sla_s":60')
    zap(1, 66.2, "info", "dispatch/store.go:40", "db pool stats", ',"open":12,"in_use":3,"idle":9')
    return r.build(
        "CRITICAL", "dns_resolution", "coredns",
        "Both CoreDNS replicas run on one node (ip-10-42-7-140) and forward every external lookup, including ndots search-path expansions, "
        "to the VPC resolver 10.42.0.2 through that node's ENI; the ENI's link-local packet allowance is exceeded, so upstream queries time "
        "out and external names (api.mapbox.com, rest.messagebird.com) fail to resolve.",
        "callout-dispatch cannot resolve the maps and SMS APIs (i/o timeout / server misbehaving from 172.20.0.10), so emergency lock-outs are "
        "queued with no technician; CoreDNS logs upstream i/o timeouts to 10.42.0.2 and the node's linklocal_allowance_exceeded counter climbs.",
        "Spread CoreDNS replicas across nodes (anti-affinity/topology spread), deploy NodeLocal DNSCache, and lower ndots / use FQDNs for "
        "external APIs; restart dispatch lookups once resolution recovers.")


# --------------------------------------------------------------------------- w13
def w13():
    r = Rec("w13", start(2026, 3, 9, 10, 1, 30),
            "Stray animal reports from the public are not reaching the city 311 system. Why?",
            selector("public-reports"), ["outside-selector", "nested-cause"])
    sr = lab("public-reports", r.pod("stray-reports"), "stray-reports", "nacs-wk-03", "stray-reports")
    src = lab("flux-system", r.pod("source-controller"), "manager", "nacs-wk-01", "source-controller")
    kus = lab("flux-system", r.pod("kustomize-controller"), "manager", "nacs-wk-01", "kustomize-controller")
    cds = [lab("kube-system", r.pod("coredns"), "coredns", n, "kube-dns") for n in ["nacs-wk-02", "nacs-wk-04"]]
    lic = lab("licensing", r.pod("dog-licence"), "dog-licence", "nacs-wk-02", "dog-licence")
    rev = r.hexs(40)
    r.at(0.0, src, '{"level":"info","ts":"{T:iso3}","msg":"stored artifact for commit \'dns: tidy Corefile, drop legacy server blocks\'","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"platform","namespace":"flux-system"},"namespace":"flux-system","name":"platform","reconcileID":"%s"}' % r.uid(), ev=True)
    r.at(41.4, kus, '{"level":"info","ts":"{T:iso3}","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"infra-dns","namespace":"flux-system"},"namespace":"flux-system","name":"infra-dns","reconcileID":"%s","output":{"ConfigMap/kube-system/coredns":"configured","Deployment/kube-system/coredns":"unchanged","Service/kube-system/kube-dns":"unchanged"},"revision":"main@sha1:%s"}' % (r.uid(), rev), ev=True)
    for i, c in enumerate(cds):
        t = 71.0 + i * 2.3
        r.at(t, c, "[INFO] Reloading")
        r.at(t + 0.4, c, "[INFO] plugin/reload: Running configuration SHA512 = %s" % r.hexs(128))
        r.at(t + 0.41, c, "[INFO] Reloading complete")
    base = 150.0
    reports = ["SR-26-03120", "SR-26-03121", "SR-26-03122", "SR-26-03123"]
    for k, rep in enumerate(reports):
        t = base + k * 47.0 + r.rng.random() * 5
        port = r.randint(40000, 60000)
        r.at(t, sr, 'INFO:     10.44.0.12:%d - "POST /api/reports HTTP/1.1" 202 Accepted' % port)
        c = k % 2
        r.at(t + 0.3, cds[c], '[INFO] 10.44.3.%d:%d - %d "A IN records311.northgate.internal.public-reports.svc.cluster.local. udp 85 false 512" NXDOMAIN qr,aa,rd 178 0.000121s'
             % (r.randint(10, 60), r.randint(30000, 60000), r.randint(1000, 65000)))
        r.at(t + 0.33, cds[c], '[INFO] 10.44.3.%d:%d - %d "A IN records311.northgate.internal. udp 50 false 512" NXDOMAIN qr,rd,ra 125 0.021334s'
             % (r.randint(10, 60), r.randint(30000, 60000), r.randint(1000, 65000)), ev=(k == 0))
        tb = ("Traceback (most recent call last):\\n"
              "  File \\\"/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py\\\", line 72, in map_httpcore_exceptions\\n    yield\\n"
              "  File \\\"/usr/local/lib/python3.12/site-packages/httpcore/_async/connection.py\\\", line 124, in _connect\\n    stream = await self._network_backend.connect_tcp(**kwargs)\\n"
              "  File \\\"/usr/local/lib/python3.12/site-packages/anyio/_core/_sockets.py\\\", line 190, in connect_tcp\\n    gai_res = await getaddrinfo(\\n"
              "socket.gaierror: [Errno -2] Name or service not known\\n\\n"
              "The above exception was the direct cause of the following exception:\\n\\n"
              "Traceback (most recent call last):\\n"
              "  File \\\"/app/strays/handoff.py\\\", line 57, in forward_to_311\\n    resp = await client.post(CITY_311_URL, json=payload)\\n"
              "httpx.ConnectError: [Errno -2] Name or service not known")
        r.at(t + 0.36, sr, '{"event": "forward to city 311 failed", "report": "%s", "target": "https://records311.northgate.internal/api/v2/cases", "attempt": %d, "level": "error", "logger": "strays.handoff", "timestamp": "{T:iso6}", "exception": "%s"}'
             % (rep, 1, tb), ev=(k == 0))
        r.at(t + 0.37, sr, '{"event": "report kept in outbox", "report": "%s", "pending": %d, "level": "warning", "logger": "strays.outbox", "timestamp": "{T:iso6}"}' % (rep, 9 + k))
    r.at(201.7, lic, "{T:spc3} ERROR licensing.ldap: LDAP bind to ldaps://dc1.northgate.internal:636 failed: Can't contact LDAP server (getaddrinfo: Name or service not known)")
    r.at(288.2, lic, "{T:spc3} ERROR licensing.ldap: LDAP bind to ldaps://dc1.northgate.internal:636 failed: Can't contact LDAP server (getaddrinfo: Name or service not known)")
    r.at(240.0, sr, '{"event": "retrying outbox", "pending": 11, "level": "info", "logger": "strays.outbox", "timestamp": "{T:iso6}"}')
    r.at(260.4, cds[0], '[INFO] 10.44.3.%d:%d - %d "A IN api.what3words.com. udp 39 false 512" NOERROR qr,rd,ra 92 0.018402s' % (r.randint(10, 60), r.randint(30000, 60000), r.randint(1000, 65000)))
    return r.build(
        "ERROR", "dns_resolution", "coredns",
        "A Flux apply of the 'tidy Corefile' commit replaced the CoreDNS ConfigMap without the server block that forwarded the city's "
        "internal zone northgate.internal to the city DNS servers; after the reload those names go to the public upstream and come back NXDOMAIN.",
        "Since CoreDNS reloaded the new Corefile, records311.northgate.internal (and dc1.northgate.internal) return NXDOMAIN; stray-reports "
        "accepts reports but every forward fails with httpx.ConnectError caused by socket.gaierror, so reports pile up in the outbox.",
        "Restore the northgate.internal forward/stub block in the CoreDNS Corefile (revert or fix the commit in the platform repo and let Flux "
        "reconcile), then let stray-reports drain its outbox.")


# --------------------------------------------------------------------------- w14
def w14():
    r = Rec("w14", start(2026, 10, 15, 14, 10, 0),
            "Paid orders are stuck in 'awaiting label'. What is blocking them?",
            selector("shop"), ["outside-selector", "quiet-cause"])
    chk = [lab("shop", r.pod("checkout"), "checkout", n, "checkout") for n in ["skein-k3s-agent-1", "skein-k3s-agent-2"]]
    lp = lab("fulfilment", r.pod("label-printer"), "label-printer", "skein-k3s-agent-2", "label-printer")
    wg = lab("net", r.pod("wg-gateway"), "wg-gateway", "skein-k3s-agent-1", "wg-gateway")
    url = "http://printhub.warehouse.skeinandspindle.lan:631/printers/zebra-zd421-dispatch"
    orders = ["SS-10442", "SS-10443", "SS-10445", "SS-10447", "SS-10448"]
    t = 0.0
    for k, o in enumerate(orders):
        r.at(t, lp, 'time={T:iso3} level=INFO msg="label job claimed" order=%s carrier=royalmail service=TPN24' % o)
        r.at(t + 0.9, lp, 'time={T:iso3} level=INFO msg="carrier label created" order=%s tracking=RM%09dGB format=ZPL' % (o, r.randint(100000000, 999999999)))
        r.at(t + 1.0, lp, 'time={T:iso3} level=WARN msg="print submit failed, will retry" order=%s printer=zebra-zd421-dispatch url=%s err="Post \\"%s\\": dial tcp 192.168.40.12:631: connect: connection refused" attempt=%d'
             % (o, url, url, 4 + k % 3), ev=(k in (0, 3)))
        t += 21.0 + r.rng.random() * 6
    for k, (tt, o, mins) in enumerate([(4.2, "SS-10431", 22), (19.7, "SS-10433", 19), (37.9, "SS-10436", 17), (62.3, "SS-10438", 16),
                                       (88.0, "SS-10440", 15), (101.5, "SS-10441", 15)]):
        r.at(tt, chk[k % 2], '{"level":"error","message":"order %s still awaiting label after %dm, escalating to customer service","timestamp":"{T:iso3}","service":"checkout","orderId":"%s","state":"awaiting_label"}' % (o, mins, o))
        if k % 2 == 0:
            r.at(tt + 0.2, chk[k % 2], '{"level":"warn","message":"dispatch SLA at risk: %d orders awaiting label","timestamp":"{T:iso3}","service":"checkout","count":%d}' % (9 + k, 9 + k))
    r.at(30.0, wg, "[wg-gateway] peer warehouse-edge (192.168.40.0/24): latest handshake 41 seconds ago, transfer 12.41 MiB received, 3.08 MiB sent")
    r.at(30.4, wg, "[wg-gateway] health: ping 192.168.40.12 (printhub): 3 packets transmitted, 3 received, 0% packet loss, rtt avg 18.4 ms")
    r.at(90.0, wg, "[wg-gateway] peer warehouse-edge (192.168.40.0/24): latest handshake 101 seconds ago, transfer 12.44 MiB received, 3.09 MiB sent")
    r.at(90.4, wg, "[wg-gateway] health: ping 192.168.40.12 (printhub): 3 packets transmitted, 3 received, 0% packet loss, rtt avg 17.9 ms")
    r.at(70.0, lp, 'time={T:iso3} level=INFO msg="queue stats" pending=14 printed_last_hour=0 oldest_pending=23m12s')
    r.at(112.0, chk[0], '{"level":"info","message":"payment captured","timestamp":"{T:iso3}","service":"checkout","orderId":"SS-10449","amount":"38.50","currency":"GBP"}')
    return r.build(
        "ERROR", "connection_refused", "printhub",
        "The warehouse print server printhub (192.168.40.12) refuses connections on its IPP/CUPS port 631, so label-printer cannot submit "
        "any label to the Zebra printer; the WireGuard tunnel and the host itself are up (handshakes recent, ping 0% loss).",
        "label-printer creates carrier labels but every print submit to printhub fails with 'connect: connection refused'; nothing has been "
        "printed for over 20 minutes and checkout escalates orders stuck in awaiting_label.",
        "Restart/fix the CUPS service on printhub at the warehouse (check why cupsd stopped listening on :631), then let label-printer's "
        "retries drain the queue.")


# --------------------------------------------------------------------------- w15
def w15():
    r = Rec("w15", start(2026, 8, 11, 11, 0, 30),
            "Why are quotes for restricted key profiles failing since this morning?",
            selector("kw-sales"), ["outside-selector", "nested-cause"])
    qe = [lab("kw-sales", r.pod("quote-engine"), "quote-engine", n, "quote-engine")
          for n in ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-31-240.eu-west-2.compute.internal"]]
    vt = [lab("kw-vault", "keycode-vault-%d" % i, "keycode-vault", n, "keycode-vault")
          for i, n in enumerate(["ip-10-42-24-51.eu-west-2.compute.internal", "ip-10-42-30-77.eu-west-2.compute.internal"])]
    argo = lab("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "argocd-application-controller")
    portal = lab("kw-sales", r.pod("sales-portal"), "sales-portal", "ip-10-42-19-7.eu-west-2.compute.internal", "sales-portal")

    def s(i, t, lvl, msg):
        r.at(t, qe[i], "[{T:sp3} +00:00 %s] %s" % (lvl, msg))

    r.at(0.0, argo, 'time="{T:iso0}" level=info msg="Adding resource result, status: \'Synced\', phase: \'Running\', message: \'statefulset.apps/keycode-vault configured\'" application=argocd/keycode-vault kind=StatefulSet name=keycode-vault namespace=kw-vault phase=Sync syncId=00%d-%s' % (r.randint(100, 999), r.alnum(5)))
    for i in range(2):
        r.at(40.0 + i * 35, vt[i], "{T:iso6}  INFO keycode_vault: starting keycode-vault 1.9.0 kdf=argon2id m_cost=262144 t_cost=4 p_cost=1 listen=0.0.0.0:8443")
    base = 120.0
    for k in range(5):
        t = base + k * 23.0 + r.rng.random() * 3
        i = k % 2
        q = "QX-%d" % (41270 + k * 3)
        series = r.pick(["KW-MK4", "KW-MK4", "KW-R7 Restricted", "KW-MK4"])
        r.at(t, vt[i], '{T:iso6}  INFO lookup{series="%s" code_ref=%d}: keycode_vault::grpc: request received' % (series, r.randint(1000, 9999)))
        r.at(t + 2.0, vt[i], "{T:iso6}  WARN keycode_vault::grpc: client cancelled request after 2000ms (deadline), discarding derivation series=\"%s\"" % series)
        r.at(t + 4.08, vt[i], '{T:iso6}  WARN lookup{series="%s"}: keycode_vault::kdf: argon2id derivation took 4.08s (budget 500ms)' % series, ev=(k < 2))
        r.at(t + 4.09, vt[i], '{T:iso6}  INFO lookup{series="%s"}: keycode_vault::grpc: close time.busy=4.09s time.idle=38.2µs' % series, ev=(k == 0))
        r.block(t + 2.01, qe[i], [
            "[{T:sp3} +00:00 ERR] Quote %s failed: restricted-profile bitting lookup for series %s" % (q, series),
            "KeyWorks.QuoteEngine.Pricing.PricingException: Restricted profile lookup failed for %s" % series,
            ' ---> Grpc.Core.RpcException: Status(StatusCode="DeadlineExceeded", Detail="Deadline Exceeded")',
            "   at Grpc.Net.Client.Internal.GrpcCall`2.GetResponseAsync()",
            "   at KeyWorks.QuoteEngine.Vault.VaultClient.GetBittingAsync(String series, Int32 codeRef, CancellationToken ct) in /src/QuoteEngine/Vault/VaultClient.cs:line 47",
            "   --- End of inner exception stack trace ---",
            "   at KeyWorks.QuoteEngine.Pricing.RestrictedProfilePricer.PriceAsync(QuoteRequest req) in /src/QuoteEngine/Pricing/RestrictedProfilePricer.cs:line 88"],
            ev=[2] if k < 3 else [])
        r.at(t + 2.05, portal, '{"level":"error","message":"quote %s failed: 500 from quote-engine","timestamp":"{T:iso3}","service":"sales-portal","branch":"%s"}'
             % (q, r.pick(["LEEDS-HEADINGLEY", "YORK-FOSSGATE", "HARROGATE"])))
        s(1 - i, t + 6.0, "INF", "Quote %s priced in %d ms (standard profile %s)" % ("QX-%d" % (41271 + k * 3), r.randint(60, 140), r.pick(["UL050", "YA1", "KW1"])))
    s(0, 250.0, "WRN", "Vault lookups: 5 of 5 restricted-profile requests exceeded the 00:00:02 deadline in the last 5 minutes")
    return r.build(
        "ERROR", "timeout", "keycode-vault",
        "keycode-vault 1.9.0, rolled out by Argo CD this morning, derives codes with much heavier Argon2id parameters (m_cost=262144, t_cost=4); "
        "each restricted-profile lookup now takes about 4 s, more than quote-engine's 2 s gRPC deadline, so every such call ends in DeadlineExceeded.",
        "Restricted-profile quotes fail with PricingException wrapping Grpc.Core.RpcException DeadlineExceeded; the vault logs each derivation "
        "taking 4.08 s against a 500 ms budget and clients cancelling at 2000 ms, while standard-profile quotes still price normally.",
        "Roll keycode-vault back to 1.8 or restore the previous Argon2id cost (or cache derived keys), keeping lookups well under the caller's "
        "deadline; only then consider raising quote-engine's 2 s deadline.")


# --------------------------------------------------------------------------- w16
def w16():
    r = Rec("w16", start(2026, 1, 26, 13, 14, 0),
            "The kennel cam uploader logged a lot of upload failures this afternoon. Anything to worry about?",
            selector("shelter-ops"), ["outside-selector", "quiet-cause"])
    up = lab("shelter-ops", r.pod("kennel-cam-uploader"), "uploader", "nacs-wk-02", "kennel-cam-uploader")
    mi = [lab("storage", "minio-%d" % i, "minio", "nacs-wk-0%d" % (i + 1), "minio") for i in range(4)]
    ap = lab("adoptions", r.pod("adoption-portal"), "adoption-portal", "nacs-wk-04", "adoption-portal")
    r.at(0.0, mi[2], "Healing drive '/export2' - 'mc admin heal alias/ --verbose' to check the current status.", ev=True)
    r.at(0.3, mi[2], "Found drives to heal 1, proceeding to heal - 'mc admin heal alias/ --verbose' to check the status.")
    t = 30.0
    k = 0
    while t < 560:
        wing = r.pick(["a", "b", "c", "d"])
        key = "wing-%s/k%02d/snap-%d.jpg" % (wing, r.randint(1, 24), r.randint(100000, 999999))
        slow = 60 < t < 470 and k % 3 != 2
        if slow:
            r.at(t, up, 'time="{T:iso0}" level=warning msg="snapshot upload failed, will retry" attempt=1 bucket=kennel-cam key=%s error="Put \\"http://minio.storage.svc:9000/kennel-cam/%s\\": context deadline exceeded" elapsed=10.001s'
                 % (key, key), ev=(k in (3, 4)))
            r.at(t + 7.4, up, 'time="{T:iso0}" level=info msg="snapshot uploaded" attempt=2 bucket=kennel-cam bytes=%d elapsed=%.1fs' % (r.randint(180000, 260000), 5 + r.rng.random() * 3))
        else:
            r.at(t, up, 'time="{T:iso0}" level=info msg="snapshot uploaded" attempt=1 bucket=kennel-cam bytes=%d elapsed=%.2fs' % (r.randint(180000, 260000), 0.2 + r.rng.random() * 0.8))
        t += 30.0 + r.rng.random() * 4
        k += 1
    for tt in (150.0, 290.0, 410.0):
        r.at(tt, ap, '{"level":40,"time":{T:epochms},"pid":17,"hostname":"%s","msg":"kennel cam thumbnail stale","kennel":"B%02d","age_s":%d}' % (ap["pod"], r.randint(1, 24), r.randint(70, 130)))
    r.at(222.0, up, 'time="{T:iso0}" level=warning msg="upload queue backing up" pending=17 oldest=41s')
    r.at(492.0, mi[2], "Healing of drive '/export2' is finished (healed: 41233, skipped: 0, failed: 0).", ev=True)
    r.at(530.0, up, 'time="{T:iso0}" level=info msg="upload queue drained" pending=0')
    return r.build(
        "WARN", "timeout", "minio",
        "MinIO started healing the replaced drive /export2 on minio-2; while it rebuilt ~41k objects, PUTs to the kennel-cam bucket slowed "
        "past the uploader's 10 s deadline, so first attempts failed with 'context deadline exceeded' and succeeded on retry.",
        "For about 7 minutes kennel-cam snapshot uploads to MinIO timed out on the first attempt and were retried successfully; thumbnails on "
        "the adoption site were briefly stale. Healing finished with 0 failures and uploads returned to normal.",
        "No immediate action. Optionally schedule drive healing off-peak or lower its speed (mc admin config set heal), and give the uploader "
        "a longer timeout during maintenance.")


# --------------------------------------------------------------------------- w17
def w17():
    r = Rec("w17", start(2026, 4, 19, 7, 44, 40),
            "No branch can cut keys this morning: the key-cutting gateway errors on every job. What is wrong?",
            selector("kw-shop"), ["outside-selector", "nested-cause"])
    kg = lab("kw-shop", r.pod("keycut-gateway"), "keycut-gateway", "ip-10-42-19-7.eu-west-2.compute.internal", "keycut-gateway")
    vt = [lab("kw-vault", "keycode-vault-%d" % i, "keycode-vault", n, "keycode-vault")
          for i, n in enumerate(["ip-10-42-24-51.eu-west-2.compute.internal", "ip-10-42-30-77.eu-west-2.compute.internal"])]
    disp = lab("kw-dispatch", r.pod("callout-dispatch"), "callout-dispatch", "ip-10-42-31-240.eu-west-2.compute.internal", "callout-dispatch")
    r.at(0.0, vt[0], "{T:iso6}  WARN keycode_vault::tls: serving certificate CN=keycode-vault.kw-vault.svc expired at 2026-04-19T07:41:12Z (secret kw-vault/keycode-vault-tls, not managed by cert-manager)", ev=True)
    branches = ["LEEDS-HEADINGLEY", "YORK-FOSSGATE", "HARROGATE", "LEEDS-KIRKGATE", "WAKEFIELD"]
    t = 6.0
    for k in range(5):
        job = "KC-%d" % (22107 + k)
        br = branches[k]
        vip = "172.20.144.31"
        r.at(t, kg, "{T:spc3} INFO keycut.jobs: job %s received from branch=%s machine=Silca-Futura-%02d profile=KW-MK4" % (job, br, r.randint(1, 12)))
        r.block(t + 0.05, kg, [
            "{T:spc3} ERROR keycut.vault: bitting fetch failed for job %s (branch=%s)" % (job, br),
            "Traceback (most recent call last):",
            '  File "/app/keycut/vault.py", line 64, in fetch_bitting',
            "    resp = self.stub.GetBitting(req, timeout=3.0)",
            '  File "/usr/local/lib/python3.11/site-packages/grpc/_channel.py", line 1181, in __call__',
            "    return _end_unary_response_blocking(state, call, False, None)",
            '  File "/usr/local/lib/python3.11/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking',
            "    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable",
            "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:",
            "\tstatus = StatusCode.UNAVAILABLE",
            '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%s:8443: Ssl handshake failed: SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED: certificate has expired"' % vip,
            '\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%s:8443: Ssl handshake failed: SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED: certificate has expired", grpc_status:14, created_time:"{T:iso6z}"}"' % vip,
            ">"], ev=[10] if k in (0, 2) else [])
        r.at(t + 0.06, vt[k % 2], "{T:iso6}  WARN tonic::transport::server: TLS handshake failed from 10.42.19.%d: received fatal alert: CertificateExpired" % r.randint(20, 90))
        r.at(t + 0.07, kg, "{T:spc3} WARNING keycut.jobs: job %s parked, machine at %s shows 'code unavailable - call support'" % (job, br))
        if k % 2 == 1:
            r.at(t + 3.0, disp, '{"level":"error","ts":{T:epoch},"caller":"vault/client.go:92","msg":"keycode lookup failed","job":"CO-%d","error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {T:iso0} is after 2026-04-19T07:41:12Z\\""}' % r.randint(88000, 89000),
                 ev=(k == 1))
            r.at(t + 3.01, vt[1], "{T:iso6}  WARN tonic::transport::server: TLS handshake failed from 10.42.31.%d: received fatal alert: BadCertificate" % r.randint(20, 90))
        t += 19.0 + r.rng.random() * 8
    r.at(118.0, kg, "{T:spc3} ERROR keycut.health: vault unreachable for 5 consecutive jobs, 5 branches affected")
    r.at(119.0, vt[1], "{T:iso6}  INFO keycode_vault::grpc: served 0 lookups in the last 60s (tls_failures=19)")
    return r.build(
        "CRITICAL", "tls_certificate", "keycode-vault",
        "keycode-vault serves a hand-made TLS secret (kw-vault/keycode-vault-tls, not managed by cert-manager) whose certificate expired at "
        "07:41:12Z; every client now fails certificate verification, so no bitting codes can be fetched.",
        "All key-cutting jobs from every branch fail: keycut-gateway's gRPC calls end in UNAVAILABLE with CERTIFICATE_VERIFY_FAILED "
        "'certificate has expired', callout-dispatch gets x509 expired errors too, and the vault logs only failed TLS handshakes.",
        "Issue a new serving certificate for keycode-vault now (ideally move the secret under a cert-manager Certificate with automatic "
        "renewal), roll the vault pods, and add expiry alerting for all internal certificates.")


# --------------------------------------------------------------------------- w18
def w18():
    r = Rec("w18", start(2026, 2, 3, 3, 28, 0),
            "A node vanished overnight and some shop pods restarted with errors. Did something break?",
            selector("kube-system", app="cluster-autoscaler"), ["healthy-lookalike"])
    ca = lab("kube-system", r.pod("cluster-autoscaler"), "cluster-autoscaler", "skein-k3s-server-1", "cluster-autoscaler")
    trf = lab("kube-system", r.pod("traefik"), "traefik", "skein-k3s-server-1", "traefik")
    srv = syslogfile("skein-k3s-server-1")
    ev = events("shop")
    evd = events("default")
    n4 = "skein-k3s-agent-4"
    sf_old = r.pod("storefront")
    sf_new = r.pod("storefront")
    lp_old = r.pod("label-printer")
    so = lab("shop", sf_old, "storefront", n4, "storefront")
    sn = lab("shop", sf_new, "storefront", "skein-k3s-agent-2", "storefront")
    lpo = lab("fulfilment", lp_old, "label-printer", n4, "label-printer")
    lpn = lab("fulfilment", r.pod("label-printer"), "label-printer", "skein-k3s-agent-1", "label-printer")
    r.at(0.0, ca, klog("I", "static_autoscaler.go:547", "No unschedulable pods"))
    r.at(0.1, ca, klog("I", "nodes.go:126", "%s was unneeded for 9m52.1s" % n4))
    r.at(10.0, ca, klog("I", "nodes.go:126", "%s was unneeded for 10m2.3s" % n4))
    r.at(10.2, ca, klog("I", "actuator.go:161", "Scale-down: removing node %s, utilization: {0.21 0.17 0 cpu 0.21}, pods to reschedule: shop/%s,fulfilment/%s" % (n4, sf_old, lp_old)))
    r.at(10.3, evd, event_json(r, "default", "Node", n4, "Normal", "ScaleDown", "marked the node as toBeDeleted/unschedulable", "cluster-autoscaler"))
    r.at(10.5, ev, event_json(r, "shop", "Pod", sf_old, "Normal", "ScaleDown", "deleting pod for node scale down", "cluster-autoscaler"))
    r.at(10.6, so, "[1] - Gracefully stopping, waiting for requests to finish")
    r.at(10.7, lpo, 'time={T:iso3} level=INFO msg="SIGTERM received, finishing in-flight label jobs" in_flight=1')
    r.at(11.0, trf, '{T:iso0} ERR 502 Bad Gateway error="dial tcp 10.42.4.19:3000: connect: connection refused" entryPointName=websecure routerName=websecure-shop-storefront@kubernetes')
    r.at(11.02, trf, '%s - - [{T:clf}] "GET /products/tidepool-4ply HTTP/2.0" 502 11 "-" "-" 91210 "websecure-shop-storefront@kubernetes" "http://10.42.4.19:3000" 2ms' % "86.14.201.33")
    r.at(11.3, trf, '%s - - [{T:clf}] "GET /products/tidepool-4ply HTTP/2.0" 200 24112 "-" "-" 91211 "websecure-shop-storefront@kubernetes" "http://10.42.2.44:3000" 96ms' % "86.14.201.33")
    r.at(12.1, so, "=== puma shutdown: {T:railsat} ===")
    r.at(12.1, so, "- Goodbye!")
    r.at(13.4, lpo, 'time={T:iso3} level=INFO msg="label job finished" order=SS-09811 printed=true')
    r.at(13.5, lpo, 'time={T:iso3} level=INFO msg="shutdown complete"')
    r.at(13.9, ev, event_json(r, "shop", "Pod", sf_new, "Normal", "Scheduled", "Successfully assigned shop/%s to skein-k3s-agent-2" % sf_new, "default-scheduler"))
    r.at(16.2, sn, "Puma starting in single mode...")
    r.at(16.2, sn, "* Puma version: 6.4.2 (ruby 3.3.1-p55) (\"The Eagle of Durango\")")
    r.at(16.3, sn, "*  Min threads: 5")
    r.at(16.3, sn, "*  Max threads: 5")
    r.at(16.3, sn, "*  Environment: production")
    r.at(19.8, sn, "* Listening on http://0.0.0.0:3000")
    r.at(19.8, sn, "Use Ctrl-C to stop")
    r.at(21.0, ev, event_json(r, "shop", "Pod", sf_new, "Warning", "Unhealthy", "Readiness probe failed: Get \\\"http://10.42.2.51:3000/up\\\": dial tcp 10.42.2.51:3000: connect: connection refused", "kubelet", "skein-k3s-agent-2"))
    r.at(17.5, lpn, 'time={T:iso3} level=INFO msg="label-printer starting" version=1.6.3')
    r.at(17.9, lpn, 'time={T:iso3} level=WARN msg="printhub probe slow" latency=1.8s')
    r.at(18.0, lpn, 'time={T:iso3} level=INFO msg="ready" queue=labels')
    r.at(24.2, ca, klog("I", "delete.go:104", "Successfully added DeletionCandidateTaint on node %s" % n4))
    r.at(44.7, ca, klog("I", "hetzner_node_group.go:178", "Deleting server %s (id 41882210) from pool agents-cx32" % n4))
    r.at(58.0, ca, klog("W", "clusterstate.go:623", "Readiness for node group agents-cx32 not found"))
    r.at(61.3, srv, "{T:syslog} skein-k3s-server-1 k3s[611]: time=\"{T:iso0}\" level=info msg=\"Removed coredns node hosts entry [10.0.1.7 %s]\"" % n4)
    r.at(61.4, srv, "{T:syslog} skein-k3s-server-1 k3s[611]: time=\"{T:iso0}\" level=info msg=\"Deleting node %s password secret\"" % n4)
    r.at(62.0, evd, event_json(r, "default", "Node", n4, "Normal", "RemovingNode", "Node %s event: Removing Node %s from Controller" % (n4, n4), "node-controller"))
    r.at(70.0, ca, klog("I", "static_autoscaler.go:547", "No unschedulable pods"))
    r.at(70.1, ca, klog("I", "pre_filtering_processor.go:57", "Node skein-k3s-agent-1 should not be processed by cluster autoscaler (no node group config)"))
    return r.build(
        "INFO", "none", "cluster-autoscaler",
        "No fault: cluster-autoscaler scaled down the under-used Hetzner node skein-k3s-agent-4 after it had been unneeded for 10 minutes; "
        "its storefront and label-printer pods were drained and rescheduled, and the server was deleted.",
        "A routine night-time scale-down: one storefront request got a 502 while the pod was stopping and succeeded on retry, the new pod failed "
        "one readiness check during boot, and the node was removed cleanly from the cluster.",
        "Nothing to do. Optionally add a PodDisruptionBudget and preStop delay for storefront to avoid the single 502 during drains.")


# --------------------------------------------------------------------------- w19
def w19():
    r = Rec("w19", start(2026, 5, 28, 2, 14, 0),
            "cert-manager logged errors about the wildcard certificate last night. Is the certificate OK?",
            selector("cert-manager"), ["healthy-lookalike"])
    cm = lab("cert-manager", r.pod("cert-manager"), "cert-manager-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "cert-manager")
    ing = lab("ingress-nginx", r.pod("ingress-nginx-controller"), "controller", "ip-10-42-3-140.eu-west-2.compute.internal", "ingress-nginx")
    ev = events("kw-web")
    key = "kw-web/wildcard-keyworks-tls"
    ch = "wildcard-keyworks-tls-1-%d-%d" % (r.randint(1000000000, 3999999999), r.randint(1000000000, 3999999999))

    def c(t, lvl, src, msg, ev_=False):
        r.at(t, cm, klog(lvl, src, msg), ev_)

    c(0.0, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-05-28 02:14:00 +0000 UTC"' % key)
    c(0.01, "I", "conditions.go:203", 'Setting lastTransitionTime for Certificate "wildcard-keyworks-tls" condition "Issuing" to {T:gotime} m=+2417792.118261339')
    c(0.4, "I", "requestmanager_controller.go:321", '"CertificateRequest does not exist, creating new resource" logger="cert-manager.certificates-request-manager" key="%s"' % key)
    c(1.1, "I", "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "wildcard-keyworks-tls-1" condition "Ready" to {T:gotime} m=+2417793.201771612')
    c(2.3, "I", "dns.go:90", '"presenting DNS01 challenge for domain" logger="cert-manager.controller.Present" resource_name="%s" resource_namespace="kw-web" resource_kind="Challenge" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(2.9, "E", "controller.go:167", '"re-queuing item due to error processing" err="error presenting challenge: failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 400, RequestID: %s, api error Throttling: Rate exceeded" logger="cert-manager.controller" key="kw-web/%s"' % (r.uid(), ch))
    c(8.4, "I", "dns.go:90", '"presenting DNS01 challenge for domain" logger="cert-manager.controller.Present" resource_name="%s" resource_namespace="kw-web" resource_kind="Challenge" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(9.0, "I", "route53.go:311", '"Route53 change submitted" logger="cert-manager.controller.Present" change_id="/change/C0%s"' % r.hexs(12).upper())
    for k, t in enumerate([19.0, 49.0, 79.0, 109.0]):
        c(t, "E", "sync.go:190", '"propagation check failed" err="DNS record for \\"keyworks.co.uk\\" not yet propagated" logger="cert-manager.challenges" resource_name="%s" resource_namespace="kw-web" resource_kind="Challenge" resource_version="v1" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(139.3, "I", "sync.go:359", '"accepting challenge with ACME server" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(140.1, "I", "sync.go:376", '"waiting for authorization for domain" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(146.8, "I", "sync.go:134", '"cleaning up challenge" logger="cert-manager.challenges" resource_name="%s" dnsName="keyworks.co.uk" type="DNS-01"' % ch)
    c(149.5, "I", "acme.go:236", '"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="wildcard-keyworks-tls-1" resource_namespace="kw-web" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="wildcard-keyworks-tls-1-%d" related_resource_kind="Order"' % r.randint(1000000000, 3999999999))
    c(149.6, "I", "conditions.go:252", 'Found status change for CertificateRequest "wildcard-keyworks-tls-1" condition "Ready": "False" -> "True"; setting lastTransitionTime to {T:gotime} m=+2417941.612004151')
    r.at(149.8, ev, event_json(r, "kw-web", "Certificate", "wildcard-keyworks-tls", "Normal", "Issuing", "The certificate has been successfully issued", "cert-manager-certificates-issuing"))
    c(150.0, "I", "conditions.go:192", 'Found status change for Certificate "wildcard-keyworks-tls" condition "Issuing": "True" -> "False"; setting lastTransitionTime to {T:gotime} m=+2417942.031115002')
    r.at(151.2, ing, klog("I", "backend_ssl.go:67", '"Adding secret to local store" name="kw-web/wildcard-keyworks-tls"', 7))
    r.at(151.3, ing, klog("I", "controller.go:190", '"Configuration changes detected, backend reload required"', 7))
    r.at(151.9, ing, klog("I", "controller.go:210", '"Backend successfully reloaded"', 7))
    r.at(152.0, ing, klog("I", "event.go:364", '"Event occurred" object="ingress-nginx/ingress-nginx-controller-%s" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="RELOAD" message="NGINX reload triggered due to a change in configuration"' % r.alnum(10), 7))
    for t in (35.2, 97.8, 160.5, 214.9):
        path = r.pick(["/book/emergency-lockout", "/book/key-cutting", "/", "/locations/leeds-headingley"])
        size = r.randint(9000, 24000)
        rt = 0.02 + r.rng.random() * 0.08
        r.at(t, ing, '10.42.9.%d - - [{T:clf}] "GET %s HTTP/2.0" 200 %d "-" "%s" 64 %.3f [kw-web-booking-web-3000] [] 10.42.19.%d:3000 %d %.3f 200 %s'
             % (r.randint(2, 250), path, size, r.pick([IOS_UA, WIN_UA]), rt, r.randint(20, 90), size, rt, r.hexs(32)))
    return r.build(
        "INFO", "none", "cert-manager",
        "No fault: the scheduled renewal of the *.keyworks.co.uk wildcard certificate through ACME DNS-01 on Route 53 succeeded. A throttled "
        "Route 53 call was re-queued and the 'propagation check failed' errors are the normal wait for the TXT record to propagate.",
        "cert-manager renewed kw-web/wildcard-keyworks-tls: challenge presented (one Route 53 throttling retry), four propagation checks while "
        "waiting, authorization accepted, certificate issued, and ingress-nginx reloaded with the new secret.",
        "Nothing to do; the certificate is renewed and served.")


# --------------------------------------------------------------------------- w20
def w20():
    r = Rec("w20", start(2026, 9, 16, 10, 0, 0),
            "The adoption portal pods were killed repeatedly this morning and Envoy returned 503s. Was there an incident?",
            selector("adoptions"), ["healthy-lookalike"])
    cmgr = lab("chaos-mesh", r.pod("chaos-controller-manager"), "chaos-mesh", "nacs-wk-01", "chaos-controller-manager")
    bot = lab("ops-tools", r.pod("gameday-bot"), "gameday-bot", "nacs-wk-01", "gameday-bot")
    env = lab("projectcontour", r.pod("envoy"), "envoy", "nacs-wk-01", "envoy")
    ev = events("adoptions")
    nodes = ["nacs-wk-03", "nacs-wk-04", "nacs-wk-02"]
    pods = [r.pod("adoption-portal") for _ in range(3)]
    r.at(0.0, bot, '{"level":"info","ts":"{T:iso3}","msg":"GameDay started: pod-kill on adoption-portal every 2m for 10m, max 1 replica (CHG-2291, announced in #shelter-ops)"}')
    r.at(0.5, cmgr, '{"level":"info","ts":"{T:iso3}","logger":"schedule","msg":"create chaos from schedule","schedule":"adoptions/gameday-adoptions-podkill","kind":"PodChaos"}')
    for k in range(5):
        b = 1.0 + 120.0 * k
        victim = pods[k]
        node = nodes[k % 3]
        pods.append(r.pod("adoption-portal"))
        chaos = "gameday-adoptions-podkill-%s" % r.alnum(5)
        lb = lab("adoptions", victim, "adoption-portal", node, "adoption-portal")
        ln = lab("adoptions", pods[-1], "adoption-portal", nodes[(k + 1) % 3], "adoption-portal")
        r.at(b, cmgr, '{"level":"info","ts":"{T:iso3}","logger":"podchaos.podkill","msg":"pod killed","namespace":"adoptions","name":"%s","chaos":"%s"}' % (victim, chaos))
        r.at(b + 0.1, ev, event_json(r, "adoptions", "PodChaos", chaos, "Normal", "Applied", "Successfully apply chaos for adoptions/%s" % victim, "chaos-controller-manager"))
        r.at(b + 0.2, lb, '{"level":40,"time":{T:epochms},"pid":17,"hostname":"%s","msg":"SIGTERM received, closing server"}' % victim)
        if k in (1, 3):
            r.at(b + 0.4, env, '[{T:iso3}] "GET /dogs HTTP/2" 503 UC 0 95 2 - "%d.%d.%d.%d" "%s" "%s" "adopt.northgate.gov.uk" "10.44.%d.%d:3000"'
                 % (r.pick([81, 86, 92]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254), IOS_UA, r.uid(), r.randint(2, 4), r.randint(10, 60)))
        r.at(b + 3.0, ev, event_json(r, "adoptions", "Pod", ln["pod"], "Normal", "Scheduled", "Successfully assigned adoptions/%s to %s" % (ln["pod"], ln["node"]), "default-scheduler"))
        r.at(b + 6.1, ln, '{"level":30,"time":{T:epochms},"pid":17,"hostname":"%s","msg":"warming animal profile cache from redis","total":618}' % ln["pod"])
        if k == 2:
            r.at(b + 16.0, ev, event_json(r, "adoptions", "Pod", ln["pod"], "Warning", "Unhealthy", "Startup probe failed: Get \\\"http://10.44.2.18:3000/api/healthz\\\": dial tcp 10.44.2.18:3000: connect: connection refused", "kubelet", ln["node"]))
        r.at(b + 29.0, ln, '{"level":30,"time":{T:epochms},"pid":17,"hostname":"%s","msg":"listening","port":3000,"warmup_ms":%d}' % (ln["pod"], r.randint(21000, 24000)))
    r.at(605.0, cmgr, '{"level":"info","ts":"{T:iso3}","logger":"schedule","msg":"schedule duration elapsed, pausing","schedule":"adoptions/gameday-adoptions-podkill"}')
    r.at(610.0, bot, '{"level":"info","ts":"{T:iso3}","msg":"GameDay finished: 5 pod kills, min ready replicas 2/3, error ratio 0.6% (budget 2%), SLO held"}')
    return r.build(
        "INFO", "none", "adoption-portal",
        "No fault: an announced GameDay (CHG-2291) used Chaos Mesh to kill one adoption-portal pod every two minutes; the kills, SIGTERMs, "
        "a startup-probe failure and two 503s were expected and the service kept at least two ready replicas.",
        "Chaos Mesh killed five adoption-portal pods on schedule; replacements warmed their cache from Redis in about 22 s and started listening, "
        "Envoy returned two 503s during kills, and the GameDay bot reports the error ratio within budget.",
        "Nothing to do; record the GameDay results.")


RECORDS = [w11, w12, w13, w14, w15, w16, w17, w18, w19, w20]
