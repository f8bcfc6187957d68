"""dev57 part 4: w31-w40."""
from common import Rec, start, lab, journal, syslogfile, events, selector, klog, event_json

WIN_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


# --------------------------------------------------------------------------- w31
def w31():
    r = Rec("w31", start(2026, 4, 14, 7, 5, 0),
            "The vet rota app was unavailable for a few minutes this morning during node maintenance. What happened?",
            selector("shelter-ops"), ["outside-selector"])
    pv = "pvc-%s" % r.uid()
    ev = events("shelter-ops")
    csi = lab("vmware-system-csi", r.pod("vsphere-csi-controller"), "vsphere-csi-controller", "nacs-cp-02", "vsphere-csi-controller")
    pg = lab("shelter-ops", "vet-rota-postgres-0", "postgres", "nacs-wk-02", "vet-rota-postgres")
    app = lab("shelter-ops", r.pod("vet-rota"), "php-fpm", "nacs-wk-04", "vet-rota")
    kc = lab("kube-system", r.pod("drain-helper"), "kubectl", "nacs-cp-01", "maintenance")
    vol_id = r.uid()

    def csilog(t, lvl, caller, msg, ev_=False):
        r.at(t, csi, '{"level":"%s","time":"{T:iso6}","caller":"%s","msg":"%s","TraceId":"%s"}' % (lvl, caller, msg, r.uid()), ev_)

    def mono(t, lvl, lname, chan, msg, ctx="{}"):
        r.at(t, app, '{"message":"%s","context":%s,"level":%d,"level_name":"%s","channel":"%s","datetime":"{T:iso6z}","extra":{}}' % (msg, ctx, lvl, lname, chan))

    r.at(0.0, kc, "node/nacs-wk-03 cordoned")
    r.at(0.6, kc, "evicting pod shelter-ops/vet-rota-postgres-0")
    r.at(9.8, kc, "pod/vet-rota-postgres-0 evicted")
    r.at(10.0, ev, event_json(r, "shelter-ops", "Pod", "vet-rota-postgres-0", "Normal", "Scheduled", "Successfully assigned shelter-ops/vet-rota-postgres-0 to nacs-wk-02", "default-scheduler"))
    r.at(10.1, ev, event_json(r, "shelter-ops", "Pod", "vet-rota-postgres-0", "Warning", "FailedAttachVolume",
                              'Multi-Attach error for volume \\"%s\\" Volume is already exclusively attached to one node and can\'t be attached to another' % pv,
                              "attachdetach-controller"), ev=True)
    csilog(11.2, "info", "vanilla/controller.go:2301", "ControllerUnpublishVolume: called with args {VolumeId:%s NodeId:nacs-wk-03 Secrets:map[] VolumeContext:map[]}" % vol_id)
    csilog(11.9, "info", "volume/manager.go:1048", "DetachVolume: volumeID: %s, vm: VirtualMachine:vm-2211 [VirtualCenterHost: vc01.northgate.local, UUID: 4212a1b0, Datacenter: Datacenter [Datacenter: Datacenter:datacenter-3 @ /NACS-DC]], task: task-88123 queued behind host maintenance task" % vol_id, ev_=True)
    for k, t in enumerate([25.0, 80.0, 150.0, 240.0, 320.0]):
        mono(t, 400, "ERROR", "doctrine", "An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at \\\"vet-rota-postgres\\\" (10.45.12.9), port 5432 failed: Connection refused",
             '{"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 7))"}')
        mono(t + 0.01, 500, "CRITICAL", "request", "Uncaught PHP Exception Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException: \\\"An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at \\\\\\\"vet-rota-postgres\\\\\\\" (10.45.12.9), port 5432 failed: Connection refused\\\" at ExceptionConverter.php line 72",
             '{"route":"rota_week","path":"/rota/week/2026-W16"}')
    for k, t in enumerate([130.1, 250.1]):
        r.at(t, ev, event_json(r, "shelter-ops", "Pod", "vet-rota-postgres-0", "Warning", "FailedMount",
                                "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % r.alnum(5),
                                "kubelet", "nacs-wk-02", count=k + 1))
    csilog(372.4, "info", "volume/manager.go:1077", "DetachVolume: volumeID: %s detached from VirtualMachine:vm-2211 (nacs-wk-03) after 6m0.5s" % vol_id)
    csilog(372.5, "info", "vanilla/controller.go:2369", "ControllerUnpublishVolume successful for volume ID: %s" % vol_id)
    csilog(374.0, "info", "vanilla/controller.go:2197", "ControllerPublishVolume: attached volume %s to node nacs-wk-02, diskUUID: 6000c29%s" % (vol_id, r.hexs(25)))
    r.at(374.2, ev, event_json(r, "shelter-ops", "Pod", "vet-rota-postgres-0", "Normal", "SuccessfulAttachVolume", 'AttachVolume.Attach succeeded for volume \\"%s\\"' % pv, "attachdetach-controller"))
    r.at(381.0, pg, "{T:pg} [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit")
    r.at(381.1, pg, "{T:pg} [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432")
    r.at(381.2, pg, "{T:pg} [28] LOG:  database system was shut down at 2026-04-14 07:05:09 UTC")
    r.at(381.4, pg, "{T:pg} [1] LOG:  database system is ready to accept connections")
    mono(395.0, 200, "INFO", "app", "Rota week 2026-W16 rendered", '{"shifts":84}')
    mono(421.0, 200, "INFO", "app", "Shift swap saved", '{"vet":"V-014","from":"2026-04-15","to":"2026-04-16"}')
    return r.build(
        "WARN", "storage", "vet-rota-postgres",
        "During a planned drain of nacs-wk-03, vet-rota-postgres-0 moved to nacs-wk-02, but its vSphere volume stayed attached to the old VM "
        "while vCenter's detach task waited behind host maintenance; the attach-detach controller reported a Multi-Attach error for about six "
        "minutes until the detach completed.",
        "vet-rota-postgres-0 could not mount its data volume (Multi-Attach error, FailedMount timeouts) for ~6 minutes, so vet-rota got "
        "Connection refused from the database; after the vSphere detach finished the volume attached, PostgreSQL started cleanly and the app recovered.",
        "Optional: drain storage-backed pods before host maintenance starts, give the database a replica (or PDB plus a maintenance window), "
        "and alert if a VolumeAttachment stays detaching for more than a few minutes.")


# --------------------------------------------------------------------------- w32
def w32():
    r = Rec("w32", start(2026, 12, 5, 19, 24, 0),
            "callout-dispatch is failing every request tonight. Why?",
            selector("kw-dispatch"), ["outside-selector", "nested-cause"])
    disp = [lab("kw-dispatch", r.pod("callout-dispatch"), "callout-dispatch", n, "callout-dispatch")
            for n in ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-31-240.eu-west-2.compute.internal"]]
    pgp = lab("kw-data", "kw-pg-1", "postgres", "ip-10-42-22-5.eu-west-2.compute.internal", "kw-pg")
    bs_new = [lab("kw-shop", r.pod("blank-stock"), "blank-stock", "ip-10-42-%d-%d.eu-west-2.compute.internal" % (28 + k, 11 + k), "blank-stock") for k in range(3)]
    evs = events("kw-shop")
    bw = lab("kw-web", r.pod("booking-web"), "booking-web", "ip-10-42-30-77.eu-west-2.compute.internal", "booking-web")

    def pgrec(t, sev, code, msg, user, ev_=False):
        r.at(t, pgp, '{"level":"info","ts":"{T:iso3}","logger":"postgres","msg":"record","logging_pod":"kw-pg-1","record":{"log_time":"{T:pg}","user_name":"%s","database_name":"%s","process_id":"%d","connection_from":"10.42.%d.%d:%d","error_severity":"%s","sql_state_code":"%s","message":"%s","backend_type":"client backend"}}'
             % (user, {"dispatch": "dispatch", "blankstock": "stock"}[user], r.randint(20000, 40000), r.randint(19, 31), r.randint(10, 90), r.randint(30000, 60000), sev, code, msg), ev_)

    r.at(0.0, evs, event_json(r, "kw-shop", "HorizontalPodAutoscaler", "blank-stock", "Normal", "SuccessfulRescale", "New size: 12; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    for k, b in enumerate(bs_new):
        t = 40.0 + k * 9
        r.at(t, b, "{T:iso3}  INFO 1 --- [blank-stock] [           main] c.k.blankstock.StocktakeSyncWorker       : Stocktake sync worker started (supplier feed SILCA-2026-12, pool maximumPoolSize=20, minimumIdle=20)")
        r.at(t + 1.2, b, "{T:iso3}  INFO 1 --- [blank-stock] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.")
    r.block(95.0, bs_new[2], [
        "{T:iso3}  WARN 1 --- [blank-stock] [onnection adder] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Cannot acquire connection from data source",
        "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693) ~[postgresql-42.7.3.jar!/:42.7.3]",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203) ~[postgresql-42.7.3.jar!/:42.7.3]"], ev=[1])
    t = 100.0
    k = 0
    while t < 330:
        i = k % 2
        job = "CO-%d" % (91200 + k)
        code, msg = (("53300", "remaining connection slots are reserved for roles with the SUPERUSER attribute") if k % 3
                     else ("53300", "sorry, too many clients already"))
        pgrec(t, "FATAL", code, msg, "dispatch", ev_=(k in (0, 1)))
        r.at(t + 0.01, disp[i], '{"level":"error","ts":{T:epoch},"caller":"dispatch/assign.go:118","msg":"assign failed","job":"%s","error":"assign technician: load callout %s: failed to connect to `user=dispatch database=dispatch`: 10.42.22.5:5432 (kw-pg-rw.kw-data.svc): server error: FATAL: %s (SQLSTATE %s)"}'
             % (job, job, msg, code), ev=(k == 0))
        r.at(t + 0.02, disp[i], '{"level":"info","ts":{T:epoch},"caller":"httpserver/log.go:31","msg":"request","method":"POST","path":"/v1/callouts","status":503,"duration_ms":%d}' % r.randint(4, 30))
        if k % 3 == 1:
            r.at(t + 0.4, bw, '{"level":50,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"callout submission failed","status":503,"postcode":"%s"}' % (bw["pod"], r.pick(["LS6 2AB", "HG1 4AZ", "YO24 1BG"])))
        if k % 4 == 2:
            pgrec(t + 1.1, "FATAL", "53300", "sorry, too many clients already", "blankstock")
        t += 12.0 + r.rng.random() * 6
        k += 1
    r.at(335.0, disp[0], '{"level":"warn","ts":{T:epoch},"caller":"dispatch/health.go:44","msg":"readiness degraded","db":"unavailable","queued_callouts":23}')
    return r.build(
        "CRITICAL", "database", "kw-pg",
        "The shared PostgreSQL cluster kw-pg has run out of connection slots: blank-stock was scaled out to 12 replicas for the stocktake sync, "
        "each holding a Hikari pool of 20 idle connections, which exceeds max_connections, so new logins (dispatch's included) are refused with "
        "SQLSTATE 53300.",
        "callout-dispatch cannot open database connections ('remaining connection slots are reserved' / 'sorry, too many clients already', "
        "SQLSTATE 53300) and returns 503 for every callout; kw-pg logs the same FATALs and blank-stock's new pods cannot connect either.",
        "Free connections now (scale blank-stock back / lower its minimumIdle and maximumPoolSize), then put PgBouncer in front of kw-pg or "
        "give each application a connection limit (ALTER ROLE ... CONNECTION LIMIT) so one workload cannot starve dispatch.")


# --------------------------------------------------------------------------- w33
def w33():
    r = Rec("w33", start(2026, 7, 9, 18, 0, 0),
            "checkout logged database deadlocks during the summer yarn drop. Did orders fail?",
            selector("shop"), ["outside-selector"])
    ck = [lab("shop", r.pod("checkout"), "checkout", n, "checkout") for n in ["skein-k3s-agent-1", "skein-k3s-agent-2"]]
    my = lab("data", "shop-mysql-0", "mysql", "skein-k3s-agent-3", "shop-mysql")

    def w(i, t, lvl, msg, extra=""):
        r.at(t, ck[i], '{"level":"%s","message":"%s","timestamp":"{T:iso3}","service":"checkout"%s}' % (lvl, msg, extra))

    t = 0.0
    n = 0
    order = 10730
    deadlocks = {2: ("SS-MER-FJORD-4PLY", "SS-ALP-SEAGLASS-LACE"), 6: ("SS-BFL-HEATHER-DK", "SS-MER-FJORD-4PLY"), 9: ("SS-ALP-SEAGLASS-LACE", "SS-BFL-HEATHER-DK")}
    while n < 12:
        i = n % 2
        o = "SS-%d" % order
        if n in deadlocks:
            a, b = deadlocks[n]
            tx1, tx2 = 1845291 + n * 17, 1845293 + n * 17
            my_lines = [
                "{T:iso6} 0 [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)",
                "{T:iso6} 0 [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION: (lock0lock.cc:6496)",
                "TRANSACTION %d, ACTIVE 0 sec starting index read" % tx1,
                "mysql tables in use 1, locked 1",
                "LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s)",
                "UPDATE skein_stock SET reserved = reserved + 1 WHERE sku = '%s'" % b,
                "{T:iso6} 0 [Note] [MY-012469] [InnoDB] *** (2) TRANSACTION: (lock0lock.cc:6496)",
                "TRANSACTION %d, ACTIVE 0 sec starting index read" % tx2,
                "UPDATE skein_stock SET reserved = reserved + 1 WHERE sku = '%s'" % a,
                "{T:iso6} 0 [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2) (lock0lock.cc:7217)"]
            r.block(t, my, my_lines, ev=[0, 9] if n == 2 else ([0] if n == 6 else []))
            w(i, t + 0.01, "warn", "reserve stock failed: ER_LOCK_DEADLOCK: Deadlock found when trying to get lock; try restarting transaction, retrying (1/3)",
              ',"orderId":"%s","skus":["%s","%s"]' % (o, a, b))
            if n == 2:
                r.at(t + 0.01, ck[i], r'{"level":"warn","message":"reserve stock failed: ER_LOCK_DEADLOCK: Deadlock found when trying to get lock; try restarting transaction","timestamp":"{T:iso3}","service":"checkout","code":"ER_LOCK_DEADLOCK","errno":1213,"sqlState":"40001"}', ev=True)
            w(i, t + 0.09, "info", "stock reserved", ',"orderId":"%s","attempt":2' % o)
        else:
            w(i, t, "info", "stock reserved", ',"orderId":"%s","attempt":1' % o)
        w(i, t + 0.6, "info", "payment captured", ',"orderId":"%s","amount":"%s","currency":"GBP"' % (o, r.pick(["18.50", "24.00", "37.00", "55.50", "74.00"])))
        t += 4.0 + r.rng.random() * 4
        order += 1
        n += 1
    r.at(t + 2.0, my, "{T:iso6} 0 [Warning] [MY-010055] [Server] IP address '10.42.1.77' could not be resolved: Name or service not known")
    w(0, t + 5.0, "info", "drop summary", ',"window":"18:00-18:01","orders":12,"deadlock_retries":3,"failed":0')
    return r.build(
        "WARN", "database", "shop-mysql",
        "Concurrent checkouts reserve stock rows of shop-mysql's skein_stock table in different SKU orders; InnoDB detects lock-order deadlocks "
        "during the drop and rolls one transaction back each time.",
        "Three InnoDB deadlocks (ER_LOCK_DEADLOCK 1213) hit stock reservation during the summer drop; checkout retried each one and every "
        "order was reserved and paid (0 failed).",
        "Optional: reserve stock rows in a consistent order (sort SKUs, or SELECT ... FOR UPDATE in key order) to avoid the deadlocks; keep "
        "the retry.")


# --------------------------------------------------------------------------- w34
def w34():
    r = Rec("w34", start(2026, 10, 20, 7, 40, 0),
            "The front desk cannot look up microchips this morning: every lookup errors. Why?",
            selector("shelter-ops", app="microchip-lookup"), ["outside-selector", "quiet-cause"])
    ml = lab("shelter-ops", r.pod("microchip-lookup"), "microchip-lookup", "nacs-wk-02", "microchip-lookup")
    rc_pod = "microchip-reconcile-%d-%s" % (int((start(2026, 10, 20, 2, 0, 0) - start(1970, 1, 1, 0, 0, 0)).total_seconds()) // 60, r.alnum(5))
    rc = lab("shelter-ops", rc_pod, "reconcile", "nacs-wk-04", "microchip-reconcile")
    ki = lab("shelter-ops", r.pod("kennel-intake"), "kennel-intake", "nacs-wk-03", "kennel-intake")
    for k, t in enumerate([0.0, 41.0, 88.0, 130.0]):
        r.at(t, rc, 'time={T:iso3} level=WARN msg="registry request failed, retrying" chip=9851120044%05d status=503 attempt=%d' % (r.randint(10000, 99999), 3 + k % 3))
    r.at(150.2, rc, 'time={T:iso3} level=WARN msg="registry quota header" x_ratelimit_limit=15000 x_ratelimit_remaining=0 reset=2026-10-21T00:00:00Z', ev=True)
    r.at(151.0, rc, 'time={T:iso3} level=INFO msg="reconcile finished" chips=4812 registry_calls=15000 retries=10188 updated=37 duration=5h42m31s', ev=True)
    t = 50 * 60.0
    for k in range(6):
        rid = "F" + r.alnum(19).upper()
        chip = "98511200%07d" % r.randint(1000000, 9999999)
        r.at(t, ml, "{T:hms3} request_id=%s [info] GET /api/chips/%s" % (rid, chip))
        r.at(t + 0.31, ml, '{T:hms3} request_id=%s [warning] PetTrace registry answered 429: {"error":"daily_quota_exceeded","limit":15000,"reset_at":"2026-10-21T00:00:00Z"}' % rid, ev=(k < 2))
        r.at(t + 0.32, ml, "{T:hms3} request_id=%s [info] Sent 502 in 318ms" % rid)
        r.at(t + 0.5, ki, "{T:iso3} ERROR 1 --- [kennel-intake] [nio-8080-exec-%d] g.n.s.intake.chip.ChipLookupClient        : microchip lookup failed for intake IN-26-%05d: 502 Bad Gateway from microchip-lookup" % (r.randint(1, 9), r.randint(10000, 99999)))
        if k % 2 == 1:
            r.at(t + 0.6, ki, "{T:iso3}  WARN 1 --- [kennel-intake] [nio-8080-exec-%d] g.n.s.intake.IntakeService                : intake IN-26-%05d saved without owner match (chip lookup unavailable)" % (r.randint(1, 9), r.randint(10000, 99999)))
        t += 180.0 + r.rng.random() * 120
    r.at(t + 5.0, ml, "{T:hms3} [warning] PetTrace circuit open for 600s after 6 consecutive 429 responses")
    return r.build(
        "ERROR", "rate_limited", "microchip-reconcile",
        "The overnight microchip-reconcile job re-checked all 4,812 chips against the PetTrace registry and retried 503s aggressively "
        "(10,188 retries), using up the registry's whole daily quota of 15,000 calls; every daytime lookup now gets 429 daily_quota_exceeded "
        "until the quota resets at midnight.",
        "Front-desk microchip lookups fail: microchip-lookup receives 429 daily_quota_exceeded from PetTrace and answers 502; the reconcile job's "
        "last lines show 15,000 registry calls and x_ratelimit_remaining=0.",
        "Fix microchip-reconcile (cap retries with backoff, only re-check changed chips, reserve part of the quota for interactive lookups), ask "
        "PetTrace for a temporary quota increase, and use the secondary registry for lookups until midnight.")


# --------------------------------------------------------------------------- w35
def w35():
    r = Rec("w35", start(2026, 9, 14, 10, 0, 0),
            "Bulk provisioning of the Harrow Court student residence locks is slow and logs 429s. Is it failing?",
            selector("kw-field"), [])
    sp = lab("kw-field", r.pod("smartlock-provisioner"), "smartlock-provisioner", "ip-10-42-24-51.eu-west-2.compute.internal", "smartlock-provisioner")
    sp2 = lab("kw-field", r.pod("smartlock-provisioner"), "smartlock-provisioner", "ip-10-42-19-7.eu-west-2.compute.internal", "smartlock-provisioner")
    rmq = lab("kw-data", "kw-rabbitmq-server-0", "rabbitmq", "ip-10-42-22-5.eu-west-2.compute.internal", "rabbitmq")
    ops = lab("kw-field", r.pod("install-portal"), "install-portal", "ip-10-42-19-7.eu-west-2.compute.internal", "install-portal")

    def sl(src, t, lvl, msg, extra="", ev_=False):
        r.at(t, src, '{"time":"{T:iso6}","level":"%s","msg":"%s"%s}' % (lvl, msg, extra), ev_)

    sl(sp, 0.0, "INFO", "bulk provisioning started", ',"site":"Harrow Court Student Residence","locks":400,"batch":"BP-2291","workers":8')
    r.at(0.4, rmq, "{T:sp6z} [info] <0.7123.0> accepting AMQP connection <0.7123.0> (10.42.24.61:51234 -> 10.42.22.5:5672)")
    r.at(0.5, rmq, "{T:sp6z} [info] <0.7123.0> connection <0.7123.0> (10.42.24.61:51234 -> 10.42.22.5:5672): user 'smartlock-provisioner' authenticated and granted access to vhost 'field'")
    done = 0
    t = 2.0
    k = 0
    while t < 1500:
        src = sp if k % 2 == 0 else sp2
        if k % 4 == 3:
            sl(src, t, "WARN", "vendor API throttled", ',"status":429,"retry_after_s":30,"endpoint":"POST https://api.lockcloud.example/v2/locks/claim","lock_serial":"NK4-%s","quota":"600 req/10min","batch":"BP-2291"' % r.hexs(6).upper(),
               ev_=(k in (3, 7, 11)))
            sl(src, t + 0.01, "INFO", "requeued with delay", ',"lock_serial":"NK4-%s","delay_s":30,"queue":"provision.claim.delayed"' % r.hexs(6).upper())
        else:
            done += r.randint(14, 22)
            sl(src, t, "INFO", "bulk progress", ',"batch":"BP-2291","done":%d,"total":400' % min(done, 399))
        t += 55.0 + r.rng.random() * 30
        k += 1
    sl(sp, t, "INFO", "bulk provisioning finished", ',"batch":"BP-2291","provisioned":400,"failed":0,"throttled_retries":%d,"duration":"%dm%02ds"' % (k // 4 * 6, int(t // 60), int(t % 60)))
    r.at(300.0, ops, '{"level":"warn","msg":"batch BP-2291 behind estimate","expected_done":240,"actual_done":%d,"time":"{T:iso3}"}' % 71)
    r.at(900.0, ops, '{"level":"warn","msg":"batch BP-2291 behind estimate","expected_done":400,"actual_done":%d,"time":"{T:iso3}"}' % 230)
    return r.build(
        "WARN", "rate_limited", "smartlock-provisioner",
        "The bulk job claims 400 locks through the LockCloud vendor API faster than its 600-requests-per-10-minutes quota allows, so the API "
        "answers 429 with Retry-After 30 s and the provisioner keeps backing off.",
        "Bulk provisioning BP-2291 ran slower than estimated because LockCloud throttled claims with 429; the provisioner requeued with delay "
        "and all 400 locks were provisioned with 0 failures.",
        "Optional: pace bulk jobs to the vendor quota (client-side rate limiter) or ask the vendor for a higher bulk quota; fix the portal's "
        "estimate to account for the limit.")


# --------------------------------------------------------------------------- w36
def w36():
    r = Rec("w36", start(2026, 12, 14, 20, 14, 0),
            "The yarn shop website is down. What is going on?",
            selector("shop"), ["outside-selector", "quiet-cause"])
    n2 = "skein-k3s-agent-2"
    s2 = syslogfile(n2)
    srv = lab("kube-system", "k3s-server", "k3s", "skein-k3s-server-1", "k3s-server")
    trf = lab("kube-system", r.pod("traefik"), "traefik", "skein-k3s-server-1", "traefik")
    ev = events("shop")
    evd = events("default")
    sf = [r.pod("storefront"), r.pod("storefront")]
    ips = ["10.42.2.31", "10.42.2.44"]
    chk = lab("shop", r.pod("checkout"), "checkout", "skein-k3s-agent-1", "checkout")

    def k3(t, line, ev_=False):
        r.at(t, s2, "{T:syslog} %s %s" % (n2, line), ev_)

    k3(0.0, "kernel: [1834411.118302] clocksource: timekeeping watchdog on CPU1: Marking clocksource 'tsc' as unstable because the skew is too large:")
    k3(26.3, "kernel: [1834437.412008] watchdog: BUG: soft lockup - CPU#1 stuck for 26s! [containerd:912]", True)
    k3(26.3, "kernel: [1834437.412101] rcu: INFO: rcu_sched self-detected stall on CPU")
    k3(52.9, "kernel: [1834464.030115] watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [k3s-agent:812]", True)
    k3(121.0, "kernel: [1834532.120771] INFO: task k3s-agent:812 blocked for more than 120 seconds.")
    k3(121.0, "kernel: [1834532.120790]       Not tainted 6.8.0-49-generic #49-Ubuntu")
    k3(150.2, 'k3s[812]: E{T:klog}     812 generic.go:238] "GenericPLEG: Unable to retrieve pods" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"')
    k3(186.0, 'k3s[812]: I{T:klog}     812 kubelet.go:2370] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.82s ago; threshold is 3m0s"', True)
    r.at(200.0, srv, klog("I", "node_lifecycle_controller.go:1046", '"Node is unresponsive. Adding it to the Taint queue" node="%s"' % n2, 611))
    r.at(200.1, evd, event_json(r, "default", "Node", n2, "Normal", "NodeNotReady", "Node %s status is now: NodeNotReady" % n2, "node-controller"), ev=True)
    for p in sf:
        r.at(200.3, ev, event_json(r, "shop", "Pod", p, "Warning", "NodeNotReady", "Node is not ready", "node-controller"))
    t = 30.0
    k = 0
    while t < 500:
        i = k % 2
        cli = "%d.%d.%d.%d" % (r.pick([81, 86, 90, 212]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
        path = r.pick(["/", "/collections/winter-solstice", "/products/fjord-4ply-sea-glass", "/cart"])
        if t < 470:
            if k % 3 == 0:
                r.at(t, trf, '{T:iso0} ERR 502 Bad Gateway error="dial tcp %s:3000: connect: no route to host" entryPointName=websecure routerName=websecure-shop-storefront@kubernetes' % ips[i])
                r.at(t + 0.01, trf, '%s - - [{T:clf}] "GET %s HTTP/2.0" 502 11 "-" "-" %d "websecure-shop-storefront@kubernetes" "http://%s:3000" 3061ms' % (cli, path, r.randint(100000, 999999), ips[i]))
            else:
                r.at(t, trf, '%s - - [{T:clf}] "GET %s HTTP/2.0" 504 15 "-" "-" %d "websecure-shop-storefront@kubernetes" "http://%s:3000" 30001ms' % (cli, path, r.randint(100000, 999999), ips[i]))
        if k % 4 == 1 and t < 470:
            r.at(t + 0.3, chk, '{"level":"error","message":"storefront cart API unreachable: connect EHOSTUNREACH %s:3000","timestamp":"{T:iso3}","service":"checkout"}' % ips[i])
        t += 14.0 + r.rng.random() * 8
        k += 1
    r.at(500.3, ev, event_json(r, "shop", "Pod", sf[0], "Warning", "TaintManagerEviction", "Marking for deletion Pod shop/%s" % sf[0], "taint-eviction-controller"))
    r.at(500.4, ev, event_json(r, "shop", "Pod", sf[1], "Warning", "TaintManagerEviction", "Marking for deletion Pod shop/%s" % sf[1], "taint-eviction-controller"))
    newp = r.pod("storefront")
    r.at(501.0, ev, event_json(r, "shop", "Pod", newp, "Normal", "Scheduled", "Successfully assigned shop/%s to skein-k3s-agent-1" % newp, "default-scheduler"))
    r.at(505.2, lab("shop", newp, "storefront", "skein-k3s-agent-1", "storefront"), "* Listening on http://0.0.0.0:3000")
    return r.build(
        "CRITICAL", "node_failure", "skein-k3s-agent-2",
        "Node skein-k3s-agent-2 stalled: the VM's clocksource became unstable and the kernel reported soft lockups on both CPUs "
        "(containerd, k3s-agent) and hung tasks, so the kubelet's PLEG stopped and the node went NotReady; both storefront replicas were on it.",
        "The shop is down: Traefik returns 502 (no route to host) and 504 for every storefront request because both storefront pods sit on "
        "the frozen agent-2; pods are only evicted after the 5-minute NotReady toleration, and one replacement is just starting on agent-1.",
        "Reboot or replace skein-k3s-agent-2 (check the Hetzner host / steal time), and spread storefront replicas across nodes with "
        "topology spread or anti-affinity plus a PDB; consider shorter not-ready tolerations for the shop pods.")


# --------------------------------------------------------------------------- w37
def w37():
    r = Rec("w37", start(2026, 11, 3, 13, 0, 0),
            "Several shelter pods were moved off nacs-wk-05 this afternoon and a few requests failed. Why?",
            selector("shelter-ops"), ["outside-selector", "quiet-cause"])
    n5 = "nacs-wk-05"
    kern = journal(n5, "kernel")
    npd = lab("kube-system", "node-problem-detector-%s" % r.alnum(5), "node-problem-detector", n5, "node-problem-detector")
    dr = lab("kube-system", r.pod("draino"), "draino", "nacs-wk-01", "draino")
    evd = events("default")
    ev = events("shelter-ops")
    ki_old = lab("shelter-ops", r.pod("kennel-intake"), "kennel-intake", n5, "kennel-intake")
    ki_new = lab("shelter-ops", r.pod("kennel-intake"), "kennel-intake", "nacs-wk-03", "kennel-intake")
    sr = lab("public-reports", r.pod("stray-reports"), "stray-reports", "nacs-wk-03", "stray-reports")
    cam = lab("shelter-ops", r.pod("kennel-cam-uploader"), "uploader", n5, "kennel-cam-uploader")
    for k, t in enumerate([0.0, 95.0, 181.0, 242.0, 300.0]):
        r.at(t, kern, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x4a2f%x offset:0x3c0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1a2b col:0x3f8)" % k,
             ev=(k in (0, 4)))
    r.at(242.1, kern, "mce: [Hardware Error]: Machine check events logged", ev=True)
    r.at(305.0, npd, klog("I", "custom_plugin_monitor.go:315", "New status generated: &{Source:ecc-custom-plugin-monitor Events:[{Severity:warn Timestamp:{T:gotime} Reason:CorrectableMemoryErrors Message:Node condition MemoryDegraded is now: True, reason: CorrectableMemoryErrors, message: 12 corrected ECC errors on DIMM B1 in 10m}] Conditions:[{Type:MemoryDegraded Status:True Reason:CorrectableMemoryErrors}]}"), ev=True)
    r.at(305.2, evd, event_json(r, "default", "Node", n5, "Warning", "CorrectableMemoryErrors", "12 corrected ECC errors on DIMM B1 in 10m", "ecc-custom-plugin-monitor", n5))
    r.at(306.0, dr, '{"level":"info","ts":{T:epoch},"caller":"kubernetes/eventhandler.go:172","msg":"Cordoned","node":"%s","condition":"MemoryDegraded"}' % n5)
    r.at(306.1, evd, event_json(r, "default", "Node", n5, "Warning", "CordonSucceeded", "Cordoned node", "draino", n5))
    r.at(366.0, dr, '{"level":"info","ts":{T:epoch},"caller":"kubernetes/eventhandler.go:236","msg":"Draining","node":"%s"}' % n5)
    r.at(366.5, ki_old, "{T:iso3}  INFO 1 --- [kennel-intake] [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete")
    r.at(366.6, cam, 'time="{T:iso0}" level=warning msg="SIGTERM received, uploading remaining snapshots" pending=4')
    r.at(367.9, ki_old, "{T:iso3}  INFO 1 --- [kennel-intake] [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete")
    r.at(368.4, sr, '{"event": "intake hand-off failed, will retry", "level": "error", "report": "SR-26-11204", "target": "http://kennel-intake.shelter-ops.svc:8080/api/intake/new", "error": "ConnectionResetError(104, \'Connection reset by peer\')", "attempt": 1, "timestamp": "{T:iso6}", "logger": "strays.handoff"}')
    r.at(369.0, ev, event_json(r, "shelter-ops", "Pod", ki_new["pod"], "Normal", "Scheduled", "Successfully assigned shelter-ops/%s to nacs-wk-03" % ki_new["pod"], "default-scheduler"))
    r.at(371.5, ev, event_json(r, "shelter-ops", "Pod", ki_new["pod"], "Warning", "Unhealthy", "Readiness probe failed: Get \\\"http://10.44.3.52:8080/actuator/health/readiness\\\": dial tcp 10.44.3.52:8080: connect: connection refused", "kubelet", "nacs-wk-03"))
    r.at(379.8, ki_new, "{T:iso3}  INFO 1 --- [kennel-intake] [           main] g.n.s.intake.KennelIntakeApplicationKt    : Started KennelIntakeApplicationKt in 9.112 seconds (process running for 9.804)")
    r.at(385.0, sr, '{"event": "intake hand-off ok", "level": "info", "report": "SR-26-11204", "attempt": 2, "timestamp": "{T:iso6}", "logger": "strays.handoff"}')
    r.at(390.0, dr, '{"level":"info","ts":{T:epoch},"caller":"kubernetes/eventhandler.go:251","msg":"Drained","node":"%s","pods_evicted":9}' % n5)
    r.at(390.1, evd, event_json(r, "default", "Node", n5, "Normal", "DrainSucceeded", "Drained node", "draino", n5))
    for t in (60.0, 120.0, 200.0, 260.0, 330.0, 420.0, 455.0):
        r.at(t, ki_new if t > 380 else ki_old, "{T:iso3}  INFO 1 --- [kennel-intake] [nio-8080-exec-%d] g.n.s.intake.IntakeService                : intake IN-26-%05d registered (kennel %s%02d)" % (r.randint(1, 9), r.randint(10000, 99999), r.pick("ABCD"), r.randint(1, 24)))
    return r.build(
        "WARN", "node_failure", "nacs-wk-05",
        "Bare-metal worker nacs-wk-05 is logging a rising number of corrected ECC memory errors on one DIMM (EDAC CE errors, machine check "
        "events); node-problem-detector set MemoryDegraded and draino cordoned and drained the node pre-emptively.",
        "Pods on nacs-wk-05 (kennel-intake, kennel-cam-uploader and others) were evicted and restarted elsewhere; one stray-report hand-off "
        "saw a connection reset and succeeded on retry. No data loss; the node stays cordoned.",
        "Schedule replacement of DIMM B1 (channel 1 slot 0) on nacs-wk-05 and run a memory test before uncordoning; no urgent action for the "
        "workloads.")


# --------------------------------------------------------------------------- w38
def w38():
    r = Rec("w38", start(2026, 6, 17, 11, 0, 0),
            "I see warnings and errors in the callout-dispatch logs. Is dispatch healthy?",
            selector("kw-dispatch"), ["healthy-lookalike"])
    disp = [lab("kw-dispatch", r.pod("callout-dispatch"), "callout-dispatch", n, "callout-dispatch")
            for n in ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-31-240.eu-west-2.compute.internal"]]
    karp = lab("kube-system", r.pod("karpenter"), "controller", "ip-10-42-5-12.eu-west-2.compute.internal", "karpenter")
    vt = lab("kw-field", r.pod("van-tracker"), "van-tracker", "ip-10-42-24-51.eu-west-2.compute.internal", "van-tracker")
    argo = lab("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "argocd-application-controller")

    def zap(i, t, lvl, caller, msg, extra=""):
        r.at(t, disp[i], '{"level":"%s","ts":{T:epoch},"caller":"%s","msg":"%s"%s}' % (lvl, caller, msg, extra))

    t = 0.0
    for k in range(8):
        i = k % 2
        job = "CO-%d" % (87410 + k)
        pc = r.pick(["LS6 2AB", "LS11 5QT", "BD7 1DP", "HG1 4AZ", "YO24 1BG", "WF1 2EE"])
        zap(i, t, "info", "dispatch/intake.go:71", "new callout", ',"job":"%s","type":"%s","postcode":"%s"' % (job, r.pick(["lockout", "lock-change", "key-cutting", "upvc-repair"]), pc))
        if k == 2:
            zap(i, t + 0.8, "warn", "geo/mapbox.go:160", "route lookup slow, using cached matrix", ',"job":"%s","latency_ms":2140' % job)
        if k == 5:
            zap(i, t + 1.2, "error", "notify/sms.go:58", "customer SMS failed, retrying", ',"job":"%s","attempt":1,"error":"POST https://rest.messagebird.com/messages: 503 Service Unavailable"' % job)
            zap(i, t + 3.2, "info", "notify/sms.go:71", "customer SMS sent", ',"job":"%s","attempt":2' % job)
        zap(i, t + 1.0, "info", "dispatch/assign.go:190", "technician assigned", ',"job":"%s","technician":"T%03d","eta_min":%d' % (job, r.randint(1, 80), r.randint(12, 48)))
        t += 35.0 + r.rng.random() * 25
    r.at(30.0, disp[0], klog("I", "request.go:697", "Waited for 1.193456789s due to client-side throttling, not priority and fairness, request: GET:https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kw-dispatch/leases/callout-dispatch-leader"))
    r.at(31.0, disp[1], klog("W", "warnings.go:70", "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated in v1.29+, unavailable in v1.32+; use flowcontrol.apiserver.k8s.io/v1 FlowSchema"))
    r.at(60.0, karp, '{"level":"INFO","time":"{T:iso3}","logger":"controller","message":"disrupting nodeclaim(s) via delete, terminating 1 nodes (2 pods) ip-10-42-28-19.eu-west-2.compute.internal/m6i.large/spot","commit":"%s","controller":"disruption","reason":"underutilized","decision":"delete"}' % r.hexs(7))
    r.at(61.0, karp, '{"level":"INFO","time":"{T:iso3}","logger":"controller","message":"tainted node","commit":"%s","controller":"node.termination","Node":{"name":"ip-10-42-28-19.eu-west-2.compute.internal"},"taint.Key":"karpenter.sh/disrupted","taint.Effect":"NoSchedule"}' % r.hexs(7))
    r.at(95.0, karp, '{"level":"INFO","time":"{T:iso3}","logger":"controller","message":"deleted node","commit":"%s","controller":"node.termination","Node":{"name":"ip-10-42-28-19.eu-west-2.compute.internal"}}' % r.hexs(7))
    r.at(70.0, vt, 'time="{T:iso0}" level=warning msg="gps ping rejected: out-of-order timestamp" van=KW-VAN-17 skew_ms=1840')
    r.at(140.0, vt, 'time="{T:iso0}" level=error msg="kafka producer error" error="kafka server: Request was for a topic or partition that does not exist on this broker" topic=van-positions partition=5 retry=true')
    r.at(141.0, vt, 'time="{T:iso0}" level=info msg="metadata refreshed, partition leader moved" topic=van-positions partition=5 leader=2')
    r.at(200.0, argo, 'time="{T:iso0}" level=info msg="Refreshing app status (normal refresh requested), level (2)" application=argocd/callout-dispatch')
    r.at(200.4, argo, 'time="{T:iso0}" level=info msg="Update successful" application=argocd/callout-dispatch')
    zap(0, 250.0, "info", "dispatch/store.go:40", "db pool stats", ',"open":8,"in_use":2,"idle":6')
    return r.build(
        "INFO", "none", "callout-dispatch",
        "No fault: callout-dispatch is assigning technicians normally. The warnings are routine: a slow map lookup served from cache, one SMS "
        "503 that succeeded on retry, client-go throttling and an API deprecation notice; Karpenter consolidation and a Kafka leader move are "
        "normal cluster activity.",
        "Every new callout in the window got a technician; errors were transient and retried successfully, and nothing in dispatch or its "
        "dependencies is degraded.",
        "Nothing to do. Optionally move the FlowSchema manifests to flowcontrol.apiserver.k8s.io/v1 before upgrading.")


# --------------------------------------------------------------------------- w39
def w39():
    r = Rec("w39", start(2026, 3, 3, 2, 0, 0),
            "Did the nightly dye-lot jobs run properly?",
            selector("studio"), [])
    ex = lab("studio", r.pod("dye-lot-tracker"), "dye-lot-tracker", "skein-k3s-agent-1", "dye-lot-tracker")
    pg = lab("studio", "dyehouse-pg-0", "postgresql", "skein-k3s-agent-2", "dyehouse-pg")
    jobs = [("DyeLot.Workers.DailyLotReport", '{"date":"2026-03-02"}', 1841), ("DyeLot.Workers.RecomputeColourwayStock", '{}', 6120),
            ("DyeLot.Workers.ArchiveDyePhotos", '{"before":"2026-02-01"}', 24880), ("DyeLot.Workers.PurgeDraftLots", '{"older_than_days":30}', 312),
            ("DyeLot.Workers.SupplierUndyedSync", '{"supplier":"wollspinnerei"}', 9120), ("DyeLot.Workers.DailyLotReport", '{"date":"2026-03-02","format":"pdf"}', 2210)]
    t = 0.0
    for k, (worker, args, dur) in enumerate(jobs):
        jid = 4412 + k
        r.at(t, ex, '{T:hms3} [info] {"args":%s,"attempt":1,"event":"job:start","id":%d,"max_attempts":3,"meta":{},"queue":"nightly","source":"oban","tags":[],"worker":"%s"}' % (args, jid, worker))
        if worker.endswith("ArchiveDyePhotos"):
            for m in range(3):
                r.at(t + 5 + m * 6, ex, "{T:hms3} [info] archived lot-%d photos to s3://dye-photo-archive/2026-01/ (%.1f MB) via minio.storage.svc:9000" % (r.randint(2000, 2600), 40 + r.rng.random() * 50))
        r.at(t + dur / 1000.0, ex, '{T:hms3} [info] {"args":%s,"attempt":1,"duration":%d,"event":"job:stop","id":%d,"max_attempts":3,"meta":{},"queue":"nightly","queue_time":%d,"source":"oban","state":"success","tags":[],"worker":"%s"}'
             % (args, dur * 1000, jid, r.randint(5, 40) * 1000, worker))
        t += dur / 1000.0 + 2 + r.rng.random() * 3
    r.at(9.0, pg, "{T:pg} [214] LOG:  automatic vacuum of table \"dyehouse.public.dye_lots\": index scans: 1")
    r.at(9.01, pg, "{T:pg} [214] LOG:  automatic analyze of table \"dyehouse.public.dye_lots\"")
    r.at(30.0, pg, "{T:pg} [58] LOG:  checkpoint starting: time")
    r.at(34.2, pg, "{T:pg} [58] LOG:  checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=4.102 s, sync=0.021 s, total=4.188 s; sync files=31, longest=0.004 s, average=0.001 s; distance=3120 kB, estimate=3311 kB; lsn=0/6A1B2C30, redo lsn=0/6A1B2BF8")
    r.at(t + 1.0, ex, "{T:hms3} [info] Nightly run finished: 6 jobs, 6 succeeded, 0 retried")
    bk = lab("studio", "dyehouse-pg-backup-%d-%s" % (int((start(2026, 3, 3, 2, 0, 0) - start(1970, 1, 1, 0, 0, 0)).total_seconds()) // 60, r.alnum(5)), "backup", "skein-k3s-agent-3", "dyehouse-pg-backup")
    r.at(2.0, bk, "{T:sp0} INFO backup: starting pg_dump of dyehouse (format=custom, compress=zstd:6)")
    r.at(19.4, bk, "{T:sp0} INFO backup: pg_dump finished, 41.2 MB written")
    r.at(22.8, bk, "{T:sp0} INFO backup: uploaded s3://dyehouse-backups/daily/dyehouse-20260303.dump (41.2 MB) to minio.storage.svc:9000")
    r.at(23.0, bk, "{T:sp0} INFO backup: retention: kept 14 daily, 8 weekly; removed dyehouse-20260217.dump")
    r.at(t + 3.0, ex, "{T:hms3} [info] GET /health")
    r.at(t + 3.002, ex, "{T:hms3} [info] Sent 200 in 412µs")
    r.at(t + 33.0, ex, "{T:hms3} [info] GET /health")
    r.at(t + 33.002, ex, "{T:hms3} [info] Sent 200 in 388µs")
    r.at(t + 40.0, pg, "{T:pg} [58] LOG:  checkpoint starting: time")
    r.at(t + 40.9, pg, "{T:pg} [58] LOG:  checkpoint complete: wrote 88 buffers (0.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.801 s, sync=0.010 s, total=0.842 s; sync files=12, longest=0.003 s, average=0.001 s; distance=612 kB, estimate=3041 kB; lsn=0/6A2C4D18, redo lsn=0/6A2C4CE0")
    return r.build(
        "INFO", "none", "dye-lot-tracker",
        "No fault: all six nightly Oban jobs of dye-lot-tracker (lot report, stock recompute, photo archive to MinIO, draft purge, supplier sync) "
        "finished with state success on the first attempt.",
        "The nightly queue ran cleanly: six job:start/job:stop pairs with state success, archive uploads to MinIO returned 200, and PostgreSQL "
        "shows only routine autovacuum and checkpoints.",
        "Nothing to do.  The nightly run is complete and healthy.")


# --------------------------------------------------------------------------- w40
def w40():
    r = Rec("w40", start(2026, 5, 6, 15, 0, 0),
            "Quick check: is the newsletter send this afternoon going through?",
            selector("shop", app="newsletter"), [])
    sk = lab("shop", r.pod("newsletter"), "sidekiq", "skein-k3s-agent-2", "newsletter")
    mr = lab("mail", r.pod("mail-relay"), "postfix", "skein-k3s-agent-1", "mail-relay")
    pl = lab("shop", r.pod("pattern-library"), "php-fpm", "skein-k3s-agent-1", "pattern-library")
    red = lab("shop", "shop-redis-0", "redis", "skein-k3s-agent-3", "shop-redis")
    host = mr["pod"]
    r.at(0.0, sk, "{T:iso3} pid=7 tid=2k1 class=NewsletterBatchJob jid=%s INFO: start" % r.hexs(24))
    r.at(0.4, sk, "{T:iso3} pid=7 tid=2k1 class=NewsletterBatchJob jid=%s INFO: enqueued 1842 deliveries for issue 2026-05-may-colourways in 37 batches" % r.hexs(24))
    t = 2.0
    for k in range(9):
        jid = r.hexs(24)
        tid = r.alnum(3)
        qid = r.hexs(10).upper()
        r.at(t, sk, "{T:iso3} pid=7 tid=%s class=NewsletterDeliveryJob jid=%s INFO: start" % (tid, jid))
        r.at(t + 0.05, mr, "{T:syslog} %s postfix/submission/smtpd[%d]: %s: client=10-42-2-31.newsletter.shop.svc.cluster.local[10.42.2.31], sasl_method=PLAIN, sasl_username=shop" % (host, 600 + k, qid))
        r.at(t + 0.4, mr, "{T:syslog} %s postfix/smtp[%d]: %s: to=<batch-%02d@list.skeinandspindle.co.uk>, relay=smtp.eu.mailgun.org[3.248.93.%d]:587, delay=0.38, delays=0.01/0/0.12/0.25, dsn=2.0.0, status=sent (250 Great success)" % (host, 700 + k, qid, k + 1, r.randint(2, 250)))
        r.at(t + 0.45, sk, "{T:iso3} pid=7 tid=%s class=NewsletterDeliveryJob jid=%s elapsed=0.452 INFO: done" % (tid, jid))
        if k in (2, 6):
            r.at(t + 1.0, pl, '[{T:sp0}] production.INFO: pattern download {"pattern_id":%d,"slug":"%s","bytes":%d}' % (r.randint(370, 430), r.pick(["harbour-cowl", "tidepool-hat", "spindrift-mitts"]), r.randint(1800000, 2600000)))
        t += 20.0 + r.rng.random() * 10
    r.at(60.0, red, "1:M {T:redis} * Background append only file rewriting started by pid 311")
    r.at(61.9, red, "1:M {T:redis} * Background AOF rewrite terminated with success")
    r.at(61.9, red, "1:M {T:redis} * Residual parent diff successfully flushed to the rewritten AOF (0.02 MB)")
    r.at(62.0, red, "1:M {T:redis} * Background AOF rewrite finished successfully")
    r.at(t + 1.0, sk, "{T:iso3} pid=7 tid=2k1 INFO: newsletter issue 2026-05-may-colourways: 1842 queued, 333 sent so far, 0 failed")
    return r.build(
        "INFO", "none", "newsletter",
        "No fault: the May newsletter batch is being delivered normally; Sidekiq delivery jobs finish and Postfix relays each message to "
        "Mailgun with status=sent.",
        "Newsletter delivery is progressing (333 of 1,842 sent, 0 failed); the mail relay reports 250 responses, and other shop services "
        "(pattern downloads, Redis AOF rewrite) are routine.",
        "Nothing to do; let the batch finish.")


RECORDS = [w31, w32, w33, w34, w35, w36, w37, w38, w39, w40]
