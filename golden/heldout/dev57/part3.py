"""dev57 part 3: w21-w30."""
from common import Rec, start, lab, journal, syslogfile, events, selector, klog, event_json

WIN_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
AND_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"


# --------------------------------------------------------------------------- w21
def w21():
    r = Rec("w21", start(2026, 6, 23, 15, 58, 30),
            "Order confirmation e-mails and the newsletter stopped going out this afternoon. Why?",
            selector("shop"), ["outside-selector", "nested-cause"])
    mr_pod = r.pod("mail-relay")
    mr = lab("mail", mr_pod, "postfix", "skein-k3s-agent-1", "mail-relay")
    sk = lab("shop", r.pod("newsletter"), "sidekiq", "skein-k3s-agent-2", "newsletter")
    ev = events("mail")
    host = mr_pod

    def pf(t, proc, msg, ev_=False):
        r.at(t, mr, "{T:syslog} %s %s: %s" % (host, proc, msg), ev_)

    r.at(0.0, ev, event_json(r, "mail", "Pod", mr_pod, "Normal", "Started", "Started container postfix", "kubelet", "skein-k3s-agent-1"))
    r.at(0.4, mr, "mail-relay: using TLS certificate /etc/postfix/tls/tls.crt (subject CN=smtp-relay.mail.svc.cluster.local; SAN DNS:smtp-relay.mail.svc.cluster.local, DNS:smtp-relay.mail.svc)", ev=True)
    r.at(0.5, mr, "mail-relay: myhostname=mail-relay.mail.svc.cluster.local relayhost=[smtp.eu.mailgun.org]:587")
    pf(1.1, "postfix/postfix-script[98]", "starting the Postfix mail system")
    pf(1.2, "postfix/master[100]", "daemon started -- version 3.8.6, configuration /etc/postfix")
    r.at(20.0, sk, "{T:iso3} pid=7 tid=2k1 INFO: SMTP relay settings: address=mail-relay.mail.svc.cluster.local port=587 enable_starttls=true openssl_verify_mode=peer")
    jobs = [("OrderMailer#dispatched", "SS-10501"), ("OrderMailer#confirmation", "SS-10502"), ("NewsletterMailer#issue", "2026-06-spring-colourways"),
            ("OrderMailer#confirmation", "SS-10503")]
    t = 35.0
    cli = "10.42.2.%d" % r.randint(20, 90)
    for k, (mailer, ref) in enumerate(jobs):
        jid = r.hexs(24)
        tid = r.alnum(3)
        r.at(t, sk, "{T:iso3} pid=7 tid=%s class=ActionMailer::MailDeliveryJob jid=%s INFO: start" % (tid, jid))
        pf(t + 0.05, "postfix/submission/smtpd[%d]" % (412 + k), "connect from %s.newsletter.shop.svc.cluster.local[%s]" % (cli.replace(".", "-"), cli))
        pf(t + 0.09, "postfix/submission/smtpd[%d]" % (412 + k), "warning: TLS library problem: error:0A000412:SSL routines::sslv3 alert bad certificate:../ssl/record/rec_layer_s3.c:1605:SSL alert number 42:")
        pf(t + 0.09, "postfix/submission/smtpd[%d]" % (412 + k), "lost connection after STARTTLS from %s.newsletter.shop.svc.cluster.local[%s]" % (cli.replace(".", "-"), cli))
        pf(t + 0.1, "postfix/submission/smtpd[%d]" % (412 + k), "disconnect from %s.newsletter.shop.svc.cluster.local[%s] ehlo=1 starttls=0/1 commands=1/2" % (cli.replace(".", "-"), cli))
        r.block(t + 0.12, sk, [
            "E, [{T:rails} #7] ERROR -- : [%s] /app/app/services/mail_relay.rb:31:in `deliver': relay delivery failed for %s (%s) (MailRelay::DeliveryError)" % (jid, mailer, ref),
            "\tfrom /app/app/mailers/application_mailer.rb:14:in `block in <class:ApplicationMailer>'",
            "\tfrom /usr/local/bundle/gems/actionmailer-7.1.3.4/lib/action_mailer/base.rb:578:in `deliver_mail'",
            "/usr/local/lib/ruby/3.3.0/net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 peeraddr=10.43.12.5:587 state=error: certificate verify failed (hostname mismatch) (OpenSSL::SSL::SSLError)",
            "\tfrom /usr/local/lib/ruby/3.3.0/net/protocol.rb:46:in `ssl_socket_connect'",
            "\tfrom /usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:680:in `tlsconnect'",
            "\tfrom /usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:652:in `do_start'"], ev=[3] if k < 2 else [])
        r.at(t + 0.13, sk, '{T:iso3} pid=7 tid=%s class=ActionMailer::MailDeliveryJob jid=%s elapsed=0.131 INFO: fail' % (tid, jid))
        r.at(t + 0.14, sk, '{T:iso3} pid=7 tid=%s WARN: {"context":"Job raised exception","job":{"retry":true,"queue":"mailers","class":"ActionMailer::MailDeliveryJob","jid":"%s","retry_count":%d}}' % (tid, jid, k + 2))
        r.at(t + 0.15, sk, "{T:iso3} pid=7 tid=%s WARN: MailRelay::DeliveryError: relay delivery failed for %s (%s)" % (tid, mailer, ref))
        t += 38.0 + r.rng.random() * 10
    r.at(t + 2.0, sk, "{T:iso3} pid=7 tid=2k1 WARN: mailers queue latency 612s, 41 jobs in retry set")
    return r.build(
        "ERROR", "tls_certificate", "mail-relay",
        "The SMTP relay Service was renamed to mail-relay and the shop now connects to mail-relay.mail.svc.cluster.local with certificate "
        "verification, but the relay still presents a certificate for smtp-relay.mail.svc.cluster.local only; STARTTLS fails with "
        "'certificate verify failed (hostname mismatch)'.",
        "Every mail delivery job (order confirmations, dispatch notices, the newsletter) fails: MailRelay::DeliveryError caused by "
        "OpenSSL::SSL::SSLError hostname mismatch; Postfix logs 'alert bad certificate' and lost connection after STARTTLS; jobs pile up in retries.",
        "Reissue the relay certificate with the new DNS names (mail-relay.mail.svc and .cluster.local), or point the shop back at the old "
        "name until then; do not disable verification. Sidekiq retries will then send the queued mail.")


# --------------------------------------------------------------------------- w22
def w22():
    r = Rec("w22", start(2026, 2, 9, 5, 41, 0),
            "No dog licence reminder letters were generated this morning. Why?",
            selector("licensing"), ["nested-cause", "outside-selector"])
    rem = lab("licensing", r.pod("licence-reminder"), "licence-reminder", "nacs-wk-02", "licence-reminder")
    src = lab("flux-system", r.pod("source-controller"), "manager", "nacs-wk-01", "source-controller")
    kus = lab("flux-system", r.pod("kustomize-controller"), "manager", "nacs-wk-01", "kustomize-controller")
    dash = lab("licensing", r.pod("letters-dashboard"), "letters-dashboard", "nacs-wk-04", "letters-dashboard")
    rev = r.hexs(40)
    r.at(0.0, src, '{"level":"info","ts":"{T:iso3}","msg":"stored artifact for commit \'rbac: consolidate licensing roles into licensing-apps\'","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"platform","namespace":"flux-system"},"namespace":"flux-system","name":"platform","reconcileID":"%s"}' % r.uid())
    r.at(38.2, kus, '{"level":"info","ts":"{T:iso3}","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"tenant-licensing","namespace":"flux-system"},"namespace":"flux-system","name":"tenant-licensing","reconcileID":"%s","output":{"Role/licensing/licensing-apps":"created","RoleBinding/licensing/licensing-apps":"created","ServiceAccount/licensing/licence-reminder":"unchanged"},"revision":"main@sha1:%s"}' % (r.uid(), rev))
    r.at(38.6, kus, '{"level":"info","ts":"{T:iso3}","msg":"garbage collection completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"tenant-licensing","namespace":"flux-system"},"namespace":"flux-system","name":"tenant-licensing","reconcileID":"%s","output":{"Role/licensing/licence-reminder":"deleted","RoleBinding/licensing/licence-reminder-jobs":"deleted"}}' % r.uid(), ev=True)
    base = 19 * 60.0
    for k in range(3):
        t = base + k * 300.0
        batch = "letters-20260209-%d" % (k + 1)
        r.at(t, rem, "{T:spc3} INFO reminder.scheduler: 214 licences expire within 30 days; creating letter batch job %s" % batch)
        r.block(t + 0.28, rem, [
            "{T:spc3} ERROR reminder.scheduler: failed to create letter batch job %s" % batch,
            "Traceback (most recent call last):",
            '  File "/app/reminder/scheduler.py", line 88, in create_batch_job',
            "    batch.create_namespaced_job(namespace=NAMESPACE, body=job)",
            '  File "/usr/local/lib/python3.12/site-packages/kubernetes/client/api/batch_v1_api.py", line 210, in create_namespaced_job',
            "    return self.create_namespaced_job_with_http_info(namespace, body, **kwargs)  # noqa: E501",
            '  File "/usr/local/lib/python3.12/site-packages/kubernetes/client/rest.py", line 238, in request',
            "    raise ApiException(http_resp=r)",
            "kubernetes.client.exceptions.ApiException: (403)",
            "Reason: Forbidden",
            "HTTP response headers: HTTPHeaderDict({'Audit-Id': '%s', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'Content-Length': '361'})" % r.uid(),
            'HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"jobs.batch is forbidden: User \\"system:serviceaccount:licensing:licence-reminder\\" cannot create resource \\"jobs\\" in API group \\"batch\\" in the namespace \\"licensing\\"","reason":"Forbidden","details":{"group":"batch","kind":"jobs"},"code":403}',], ev=[8, 11] if k == 0 else ([11] if k == 1 else []))
        r.at(t + 0.3, rem, "{T:spc3} WARNING reminder.scheduler: will retry in 300s (attempt %d/5)" % (k + 1))
    r.at(base + 650.0, dash, '{"time":"{T:iso3}","level":"WARN","msg":"letters due today not generated","due":214,"generated":0,"print_cutoff":"07:30"}')
    r.at(base + 120.0, rem, "{T:spc3} INFO reminder.sync: synced 1,902 licence records from licensing-pg in 1.8s")
    r.at(base + 420.0, rem, "{T:spc3} INFO reminder.sync: synced 1,902 licence records from licensing-pg in 1.7s")
    return r.build(
        "ERROR", "auth_failure", "licence-reminder",
        "A Flux reconcile of the 'consolidate licensing roles' commit garbage-collected the Role and RoleBinding that let the licence-reminder "
        "ServiceAccount create Jobs, and the new licensing-apps role does not bind it; creating the letter batch Job is now 403 Forbidden.",
        "licence-reminder cannot create its letter batch Job: kubernetes ApiException (403) 'jobs.batch is forbidden: User "
        "system:serviceaccount:licensing:licence-reminder cannot create resource jobs'; retries fail and no reminder letters were generated.",
        "Grant the licence-reminder ServiceAccount create on jobs.batch in licensing again (restore the RoleBinding or bind it to licensing-apps "
        "in the platform repo), let Flux reconcile, then re-run today's batch before the print cut-off.")


# --------------------------------------------------------------------------- w23
def w23():
    r = Rec("w23", start(2026, 10, 6, 8, 59, 30),
            "van-tracker logged Kafka authentication errors this morning. Is van tracking working?",
            selector("kw-field"), ["outside-selector", "quiet-cause"])
    vt = [lab("kw-field", r.pod("van-tracker"), "van-tracker", n, "van-tracker")
          for n in ["ip-10-42-24-51.eu-west-2.compute.internal", "ip-10-42-19-7.eu-west-2.compute.internal"]]
    eso = lab("external-secrets", r.pod("external-secrets"), "external-secrets", "ip-10-42-5-12.eu-west-2.compute.internal", "external-secrets")
    uo = lab("kw-data", r.pod("kw-kafka-entity-operator"), "user-operator", "ip-10-42-5-12.eu-west-2.compute.internal", "entity-operator")
    kb = [lab("kw-data", "kw-kafka-broker-%d" % i, "kafka", "ip-10-42-%d-%d.eu-west-2.compute.internal" % (20 + i, 30 + i * 7), "kafka") for i in range(3)]
    disp = lab("kw-dispatch", r.pod("callout-dispatch"), "callout-dispatch", "ip-10-42-31-240.eu-west-2.compute.internal", "callout-dispatch")
    r.at(0.0, eso, '{"level":"info","ts":{T:epoch},"logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"van-tracker-kafka","namespace":"kw-data"},"reason":"secret data changed (rotation kafka/van-tracker v41)"}', ev=True)
    r.at(2.4, uo, "{T:spc3} INFO  [UserControllerLoop-0] UserControllerLoop:160 - Reconciliation #2211(watch) KafkaUser(kw-data/van-tracker): SCRAM-SHA-512 credentials updated from secret van-tracker-kafka", ev=True)
    r.at(2.9, uo, "{T:spc3} INFO  [UserControllerLoop-0] UserControllerLoop:101 - Reconciliation #2211(watch) KafkaUser(kw-data/van-tracker): reconciled")
    t = 4.0
    k = 0
    while t < 150:
        i = k % 2
        b = k % 3
        port = r.randint(40000, 60000)
        ip = "10.42.%d.%d" % ((24, 19)[i], r.randint(20, 90))
        r.at(t, kb[b], "{T:spc3} INFO [SocketServer listenerType=BROKER, nodeId=%d] Failed authentication with /%s (channelId=10.42.%d.%d:9094-%s:%d-%d) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector) [data-plane-kafka-network-thread-%d-ListenerName(TLS-9094)-SASL_SSL-2]"
             % (b, ip, 20 + b, 30 + b * 7, ip, port, r.randint(1, 40), b), ev=(k == 0))
        r.at(t + 0.02, vt[i], 'time="{T:iso0}" level=error msg="kafka producer error" error="kafka: client has run out of available brokers to talk to: kafka server: SASL Authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512" topic=van-positions', ev=(k == 0))
        if k % 2 == 0:
            r.at(t + 0.05, vt[i], 'time="{T:iso0}" level=warning msg="buffering GPS pings in memory" buffered=%d vans=38' % (180 * (k + 1)))
        t += 7.0 + r.rng.random() * 3
        k += 1
    for tt in (40.0, 95.0):
        r.at(tt, disp, '{"level":"warn","ts":{T:epoch},"caller":"eta/cache.go:77","msg":"van positions stale, using last known","age_s":%d,"vans":38}' % int(tt - 2))
    r.at(61.0, eso, '{"level":"info","ts":{T:epoch},"logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"van-tracker-kafka","namespace":"kw-field"},"reason":"secret data changed (rotation kafka/van-tracker v41)"}')
    r.at(151.5, vt[0], 'time="{T:iso0}" level=info msg="credentials file changed, reconnecting" path=/etc/kafka-creds/password')
    r.at(152.3, vt[0], 'time="{T:iso0}" level=info msg="kafka producer connected" brokers=3 mechanism=SCRAM-SHA-512')
    r.at(152.9, vt[0], 'time="{T:iso0}" level=info msg="flushed buffered GPS pings" count=2914')
    r.at(158.0, vt[1], 'time="{T:iso0}" level=info msg="credentials file changed, reconnecting" path=/etc/kafka-creds/password')
    r.at(158.7, vt[1], 'time="{T:iso0}" level=info msg="kafka producer connected" brokers=3 mechanism=SCRAM-SHA-512')
    r.at(159.1, vt[1], 'time="{T:iso0}" level=info msg="flushed buffered GPS pings" count=2877')
    r.at(170.0, disp, '{"level":"info","ts":{T:epoch},"caller":"eta/cache.go:61","msg":"van positions fresh","age_s":3,"vans":38}')
    return r.build(
        "WARN", "auth_failure", "van-tracker",
        "A scheduled rotation of the van-tracker Kafka password updated the SCRAM credentials on the brokers (via External Secrets and the Strimzi "
        "User Operator) about two and a half minutes before van-tracker's own copy of the secret was refreshed and re-read, so its SASL logins "
        "were rejected in between.",
        "For ~2.5 minutes van-tracker could not authenticate to Kafka (SCRAM-SHA-512 invalid credentials) and buffered GPS pings; once the "
        "mounted secret changed it reconnected and flushed the buffer, and dispatch's van positions became fresh again.",
        "Optional: make rotation overlap (keep the old password valid until clients have picked up the new one) or sync the client secret first "
        "and have van-tracker reload credentials on auth failure.")


# --------------------------------------------------------------------------- w24
def w24():
    r = Rec("w24", start(2026, 7, 3, 6, 28, 0),
            "The kennel feeding rota is down and the tablets show errors. What happened?",
            selector("shelter-ops"), ["quiet-cause", "outside-selector"])
    node = "nacs-wk-04"
    kus = lab("flux-system", r.pod("kustomize-controller"), "manager", "nacs-wk-01", "kustomize-controller")
    pod = r.pod("feeding-schedule")
    uid = r.uid()
    app = lab("shelter-ops", pod, "feeding-schedule", node, "feeding-schedule")
    kub = journal(node, "kubelet.service")
    ev = events("shelter-ops")
    env = lab("projectcontour", r.pod("envoy"), "envoy", "nacs-wk-01", "envoy")
    board = lab("shelter-ops", r.pod("kennel-board"), "kennel-board", "nacs-wk-03", "kennel-board")
    r.at(0.0, kus, '{"level":"info","ts":"{T:iso3}","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"shelter-apps","namespace":"flux-system"},"namespace":"flux-system","name":"shelter-apps","reconcileID":"%s","output":{"ConfigMap/shelter-ops/feeding-schedule-env":"configured","Deployment/shelter-ops/feeding-schedule":"configured"},"revision":"main@sha1:%s"}' % (r.uid(), r.hexs(40)), ev=True)
    r.at(0.5, ev, event_json(r, "shelter-ops", "Deployment", "feeding-schedule", "Normal", "ScalingReplicaSet", "Scaled down replica set feeding-schedule-%s to 0 from 1" % r.alnum(10), "deployment-controller"))
    r.at(31.2, ev, event_json(r, "shelter-ops", "Deployment", "feeding-schedule", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 1" % pod.rsplit("-", 1)[0], "deployment-controller"))

    def katip(t, sev, loc, msg, ev_=False):
        r.at(t, app, "[{T:sp0}][feeding-schedule.main][%s][%s][PID 1][ThreadId 5][main:Main %s] %s" % (sev, pod, loc, msg), ev_)

    starts = [(34.0, "10s"), (47.1, "20s"), (70.3, "40s"), (113.6, "1m20s"), (197.0, "2m40s")]
    for k, (s, backoff) in enumerate(starts):
        katip(s, "Info", "app/Main.hs:38:3", "feeding-schedule 1.4.2 starting (ghc 9.6.5)")
        katip(s + 0.01, "Error", "app/Main.hs:52:7", "configuration error: Variable not found for: FEEDING_PGHOST", ev_=(k in (0, 3)))
        r.at(s + 0.02, app, "feeding-schedule: ExitFailure 78")
        r.at(s + 1.1, kub, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"feeding-schedule\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=feeding-schedule pod=%s_shelter-ops(%s)\\"" pod="shelter-ops/%s" podUID="%s"' % (backoff, pod, uid, pod, uid), 1933))
        r.at(s + 1.11, ev, event_json(r, "shelter-ops", "Pod", pod, "Warning", "BackOff", "Back-off restarting failed container feeding-schedule in pod %s_shelter-ops(%s)" % (pod, uid), "kubelet", node, count=k + 1))
    for t in [40.0, 66.0, 92.0, 130.0, 171.0, 215.0, 240.0]:
        r.at(t, env, '[{T:iso3}] "GET /api/rota/today?wing=%s HTTP/1.1" 503 UH 0 19 0 - "10.50.7.%d" "KennelBoard/2.3 (Android 13; Samsung Galaxy Tab A8)" "%s" "feeding.northgate.gov.uk" "-"'
             % (r.pick(["A", "B", "C", "D", "E"]), r.randint(10, 40), r.uid()))
    for t in [52.0, 121.0, 202.0]:
        r.at(t, board, '{"level":"error","time":"{T:iso3}","msg":"rota fetch failed","status":503,"wing":"%s","fallback":"printed rota"}' % r.pick(["A", "B", "C"]))
    return r.build(
        "CRITICAL", "config_error", "feeding-schedule",
        "A Flux apply changed the feeding-schedule-env ConfigMap to standard PG* variable names (PGHOST ...) while the deployed feeding-schedule "
        "1.4.2 still reads FEEDING_PGHOST; with the Recreate strategy the old pod was removed and the new one exits 78 at start-up "
        "('Variable not found for: FEEDING_PGHOST').",
        "feeding-schedule is in CrashLoopBackOff right after the Flux reconcile: each start logs a configuration error for FEEDING_PGHOST and "
        "exits; Envoy has no healthy upstream and the kennel tablets fall back to the printed rota.",
        "Restore FEEDING_PGHOST (and the other FEEDING_* keys) in the ConfigMap or roll out the app version that reads PG* names together with "
        "the ConfigMap change; consider RollingUpdate with a readiness probe so a bad config cannot take the only pod down.")


# --------------------------------------------------------------------------- w25
def w25():
    r = Rec("w25", start(2026, 9, 7, 11, 58, 30),
            "The marketplace stock sync keeps failing and we oversold a colourway. Why?",
            selector("shop"), ["nested-cause"])
    node = "skein-k3s-agent-2"
    job = "stock-sync-%d" % (int((start(2026, 9, 7, 12, 0, 0) - start(1970, 1, 1, 0, 0, 0)).total_seconds()) // 60)
    ev = events("shop")
    chk = lab("shop", r.pod("checkout"), "checkout", "skein-k3s-agent-1", "checkout")
    r.at(0.0, chk, '{"level":"warn","message":"marketplace order MKT-7781204 for SS-ALP-SEAGLASS-LACE exceeds shop stock (ordered 2, available 0): oversold","timestamp":"{T:iso3}","service":"checkout","channel":"marketplace"}')
    r.at(90.0, ev, event_json(r, "shop", "CronJob", "stock-sync", "Normal", "SuccessfulCreate", "Created job %s" % job, "cronjob-controller"))
    for k, delay in enumerate([0.0, 14.0, 40.0]):
        p = "%s-%s" % (job, r.alnum(5))
        a = lab("shop", p, "stock-sync", node, "stock-sync")
        s = 90.2 + delay
        r.at(s, ev, event_json(r, "shop", "Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % p, "job-controller"))
        r.at(s + 3.1, a, "{T:spc3} INFO stock_sync.cli: stock-sync 0.9.4 starting (channel=marketplace, dry_run=False)")
        r.block(s + 3.4, a, [
            "Traceback (most recent call last):",
            '  File "/app/stock_sync/__main__.py", line 4, in <module>',
            "    main()",
            '  File "/app/stock_sync/cli.py", line 27, in main',
            "    settings = Settings()",
            "               ^^^^^^^^^^",
            '  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 144, in __init__',
            "    super().__init__(",
            '  File "/usr/local/lib/python3.12/site-packages/pydantic/main.py", line 193, in __init__',
            "    self.__pydantic_validator__.validate_python(data, self_instance=self)",
            "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
            "marketplace_shop_id",
            "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='skeinandspindle', input_type=str]",
            "    For further information visit https://errors.pydantic.dev/2.8/v/int_parsing"], ev=[10, 12] if k == 0 else ([12] if k == 1 else []))
        r.at(s + 4.2, ev, event_json(r, "shop", "Pod", p, "Warning", "BackOff" if k else "Failed", "Error: container stock-sync exited with code 1" if not k else "Back-off restarting failed container stock-sync in pod %s_shop" % p, "kubelet", node))
    r.at(140.0, ev, event_json(r, "shop", "Job", job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit", "job-controller"))
    r.at(140.5, ev, event_json(r, "shop", "CronJob", "stock-sync", "Warning", "SawCompletedJob", "Saw completed job: %s, status: Failed" % job, "cronjob-controller"))
    for t, sku in [(150.0, "SS-MER-FJORD-4PLY"), (212.0, "SS-BFL-HEATHER-DK")]:
        r.at(t, chk, '{"level":"warn","message":"marketplace listing %s shows stock 6 but shop stock is 1 (last sync 3h ago)","timestamp":"{T:iso3}","service":"checkout","channel":"marketplace"}' % sku)
    r.at(180.0, chk, '{"level":"info","message":"payment captured","timestamp":"{T:iso3}","service":"checkout","orderId":"SS-10611","amount":"24.00","currency":"GBP"}')
    return r.build(
        "ERROR", "config_error", "stock-sync",
        "MARKETPLACE_SHOP_ID is set to the shop slug 'skeinandspindle' instead of the numeric marketplace shop id; pydantic-settings rejects it "
        "(int_parsing) when Settings() is built, so every stock-sync run exits before syncing.",
        "Each stock-sync CronJob run fails at start-up with a pydantic ValidationError for marketplace_shop_id; the Job hits its backoff limit, "
        "marketplace stock has not been updated for hours and a colourway was oversold.",
        "Put the numeric marketplace shop id in MARKETPLACE_SHOP_ID (ConfigMap/Secret for stock-sync), run the job once by hand to resync "
        "stock, and alert on failed CronJob runs.")


# --------------------------------------------------------------------------- w26
def w26():
    r = Rec("w26", start(2026, 3, 31, 15, 18, 0),
            "Technicians cannot open or close job sheets in the field app. What is going on?",
            selector("kw-field"), ["outside-selector", "quiet-cause"])
    nodes = ["ip-10-42-24-51.eu-west-2.compute.internal", "ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-30-77.eu-west-2.compute.internal"]
    pods = [r.pod("job-sheets") for _ in range(3)]
    js = [lab("kw-field", p, "job-sheets", n, "job-sheets") for p, n in zip(pods, nodes)]
    kub = [journal(n, "kubelet.service") for n in nodes]
    ev = events("kw-field")
    evd = events("default")
    bff = lab("kw-field", r.pod("field-app-bff"), "field-app-bff", nodes[1], "field-app-bff")
    vt = lab("kw-field", r.pod("van-tracker"), "van-tracker", nodes[0], "van-tracker")

    def s(i, t, lvl, msg, ev_=False):
        r.at(t, js[i], "[{T:sp3} +00:00 %s] %s" % (lvl, msg), ev_)

    for k, t in enumerate([0.0, 21.0, 44.0]):
        s(k % 3, t, "INF", "Rendered invoice INV-2026-%05d to /tmp/render/INV-2026-%05d.pdf (%d KB)" % (8811 + k, 8811 + k, r.randint(380, 460)), ev_=(k == 0))
    s(0, 50.5, "INF", "Rendered job sheet JS-%d to /tmp/render/JS-%d.pdf (1.9 MB, 14 photos)" % (77120, 77120), ev_=True)
    evict_msg = ("The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1838212Ki. Container job-sheets "
                 "was using %dKi, request is 0, has larger consumption of ephemeral-storage.")
    for i, t in enumerate([60.0, 130.0, 205.0]):
        n = nodes[i]
        r.at(t, evd, event_json(r, "default", "Node", n, "Warning", "EvictionThresholdMet", "Attempting to reclaim ephemeral-storage", "kubelet", n))
        r.at(t + 0.1, kub[i], klog("W", "eviction_manager.go:366", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', 2281))
        r.at(t + 0.2, kub[i], klog("I", "eviction_manager.go:395", '"Eviction manager: pods ranked for eviction" pods=["kw-field/%s","kw-field/%s","kube-system/aws-node-%s"]'
                                   % (pods[i], (vt["pod"] if i == 0 else "field-app-bff-" + r.alnum(10) + "-" + r.alnum(5)), r.alnum(5)), 2281), ev=(i == 0))
        r.at(t + 0.3, ev, event_json(r, "kw-field", "Pod", pods[i], "Warning", "Evicted", evict_msg % (14128312 + i * 411200), "kubelet", n), ev=True)
        r.at(t + 0.4, js[i], "[{T:sp3} +00:00 INF] Application is shutting down...")
        r.at(t + 2.5, kub[i], klog("I", "eviction_manager.go:616", '"Eviction manager: pod is evicted successfully" pod="kw-field/%s"' % pods[i], 2281))
        r.at(t + 2.6, evd, event_json(r, "default", "Node", n, "Normal", "NodeHasDiskPressure", "Node %s status is now: NodeHasDiskPressure" % n, "kubelet", n))
        if i == 0:
            r.at(t + 2.8, ev, event_json(r, "kw-field", "Pod", vt["pod"], "Warning", "Evicted", "The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1838212Ki. ", "kubelet", n))
            r.at(t + 2.9, vt, 'time="{T:iso0}" level=warning msg="SIGTERM received, flushing GPS buffer" buffered=212')
    for t in (75.0, 150.0, 222.0):
        r.at(t, ev, event_json(r, "kw-field", "Pod", "job-sheets-" + r.alnum(10) + "-" + r.alnum(5), "Warning", "FailedScheduling",
                               "0/6 nodes are available: %d node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 3 Insufficient cpu. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling." % (1 + int(t > 100) + int(t > 200)),
                               "default-scheduler"))
    for k, t in enumerate([64.0, 88.0, 112.0, 139.0, 170.0, 198.0, 214.0, 236.0]):
        st = 503 if t > 205 or k % 2 else 200
        if st == 503:
            r.at(t, bff, '{"level":50,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"job-sheets request failed","path":"/api/jobsheets/JS-%d/close","status":503,"technician":"T%03d"}'
                 % (bff["pod"], 77100 + k, r.randint(1, 80)))
        else:
            r.at(t, bff, '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"job sheet opened","path":"/api/jobsheets/JS-%d","status":200}' % (bff["pod"], 77100 + k))
    r.at(240.0, bff, '{"level":50,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"upstream job-sheets has no ready endpoints"}' % bff["pod"])
    return r.build(
        "CRITICAL", "resource_exhausted", "job-sheets",
        "job-sheets writes every rendered invoice and job-sheet PDF to /tmp/render in the container's writable layer and never deletes them (no "
        "emptyDir sizeLimit or ephemeral-storage request); each pod grows to ~14 GiB, the nodes cross the ephemeral-storage eviction threshold, "
        "and the kubelet evicts the job-sheets pods one node after another.",
        "All three job-sheets replicas were evicted for ephemeral-storage (DiskPressure on three nodes, van-tracker evicted as collateral); "
        "replacements cannot schedule on the tainted nodes, so the field app gets 503 and no ready endpoints.",
        "Clean up rendered PDFs after upload (or stream them), mount /tmp/render as an emptyDir with a sizeLimit and set ephemeral-storage "
        "requests/limits; then free the nodes' disk pressure and scale job-sheets back up.")


# --------------------------------------------------------------------------- w27
def w27():
    r = Rec("w27", start(2026, 1, 30, 16, 40, 0),
            "The dog licence renewal site threw errors during the afternoon rush. Do we need to act?",
            selector("licensing"), ["nested-cause"])
    pods = [r.pod("dog-licence"), r.pod("dog-licence")]
    dl = [lab("licensing", p, "dog-licence", n, "dog-licence") for p, n in zip(pods, ["nacs-wk-02", "nacs-wk-03"])]
    pg = lab("licensing", "licensing-pg-1", "postgres", "nacs-wk-04", "licensing-pg")
    steps = ["/renew/step/details", "/renew/step/dog", "/renew/step/payment", "/renew/confirm", "/renew/start"]

    def acc(i, t, path, st, size):
        r.at(t, dl[i], '10.44.0.%d - - [{T:clf}] "%s %s HTTP/1.1" %d %d "https://licences.northgate.gov.uk%s" "%s"'
             % (r.randint(10, 30), "POST" if "step" in path else "GET", path, st, size, r.pick(steps), r.pick([WIN_UA, IOS_UA, AND_UA])))

    t = 0.0
    while t < 60:
        acc(int(t) % 2, t, r.pick(steps), 200, r.randint(1800, 9000))
        t += 6 + r.rng.random() * 4
    r.at(48.0, dl[0], "[{T:railsat}] [9] [INFO] GET /admin/reports/renewals.csv started by staff user j.okafor (full export, 31,412 rows)")
    r.at(52.0, dl[1], "[{T:railsat}] [8] [INFO] GET /admin/reports/renewals.csv started by staff user m.hughes (full export, 31,412 rows)")

    def pool_tb(i, t, path, ev_):
        fn = {"/renew/step/details": "renew_details", "/renew/step/payment": "renew_payment", "/renew/step/dog": "renew_dog"}[path]
        r.block(t, dl[i], [
            "[{T:railsat}] [%d] [ERROR] Error handling request %s" % ((11, 12)[i], path),
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/gthread.py", line 285, in handle',
            "    keepalive = self.handle_request(req, conn)",
            '  File "/app/licensing/views.py", line %d, in %s' % ({"renew_details": 142, "renew_payment": 201, "renew_dog": 168}[fn], fn),
            "    licence = db.session.get(Licence, licence_id)",
            '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/pool/impl.py", line 166, in _do_get',
            "    raise exc.TimeoutError(",
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"],
            ev=[8] if ev_ else [])
        acc(i, t + 0.01, path, 500, 265)

    pool_tb(0, 91.0, "/renew/step/details", True)
    pool_tb(1, 98.4, "/renew/step/payment", True)
    r.at(108.0, dl[0], "[{T:railsat}] [1] [CRITICAL] WORKER TIMEOUT (pid:9)")
    r.at(108.2, dl[0], "[{T:railsat}] [1] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?")
    r.at(108.9, dl[0], "[{T:railsat}] [31] [INFO] Booting worker with pid: 31")
    pool_tb(1, 101.7, "/renew/step/dog", False)
    r.at(86.0, pg, "{T:sp3} UTC [2231] LOG:  duration: 38114.912 ms  statement: SELECT licences.id, licences.dog_name, owners.postcode FROM licences JOIN owners ON owners.id = licences.owner_id ORDER BY licences.renewed_at")
    r.at(92.0, pg, "{T:sp3} UTC [2240] LOG:  duration: 36502.417 ms  statement: SELECT licences.id, licences.dog_name, owners.postcode FROM licences JOIN owners ON owners.id = licences.owner_id ORDER BY licences.renewed_at")
    r.at(104.4, dl[1], "[{T:railsat}] [8] [INFO] GET /admin/reports/renewals.csv finished in 52.4s")
    acc(1, 104.5, "/admin/reports/renewals.csv", 200, 2811502)
    t = 140.0
    while t < 230:
        acc(int(t) % 2, t, r.pick(steps), 200, r.randint(1800, 9000))
        t += 7 + r.rng.random() * 5
    return r.build(
        "WARN", "resource_exhausted", "dog-licence",
        "Each dog-licence gunicorn worker has a SQLAlchemy pool of 5 (+10 overflow); during the renewal-deadline rush, two long full CSV exports "
        "held connections for about a minute while renewals queued, so requests waited 30 s for a pooled connection and failed with QueuePool limit "
        "reached (the database itself answered normally).",
        "For about a minute renewal steps returned 500 with sqlalchemy.exc.TimeoutError (QueuePool limit of size 5 overflow 10 reached) and one "
        "gunicorn worker timed out; once the staff exports finished the pool drained and renewals succeeded again.",
        "Optional: move the renewals CSV export off the request path (background job / read replica) or give it its own engine, and size the "
        "pool/worker count for the deadline peak.")


# --------------------------------------------------------------------------- w28
def w28():
    r = Rec("w28", start(2026, 11, 27, 10, 0, 0),
            "Black Friday traffic produced lots of 429s, 404s and Redis warnings. Is the shop healthy?",
            selector("shop"), ["healthy-lookalike"])
    trf = lab("kube-system", r.pod("traefik"), "traefik", "skein-k3s-server-1", "traefik")
    sf = [lab("shop", r.pod("storefront"), "storefront", n, "storefront") for n in ["skein-k3s-agent-1", "skein-k3s-agent-2"]]
    new = lab("shop", r.pod("storefront"), "storefront", "skein-k3s-agent-3", "storefront")
    red = lab("shop", "shop-redis-0", "redis", "skein-k3s-agent-3", "shop-redis")
    ev = events("shop")
    bots = ["185.220.101.47", "45.155.205.233"]

    def acc(t, cli, path, st, ms, be=True):
        r.at(t, trf, '%s - - [{T:clf}] "GET %s HTTP/2.0" %d %d "-" "-" %d "websecure-shop-storefront@kubernetes" %s %dms'
             % (cli, path, st, r.randint(9000, 48000) if st == 200 else (153 if st == 404 else 31), r.randint(100000, 999999),
                '"http://10.42.%d.%d:3000"' % (r.randint(1, 3), r.randint(10, 90)) if be else '"-"', ms))

    def rcli():
        return "%d.%d.%d.%d" % (r.pick([81, 86, 90, 92, 212]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))

    t = 0.0
    k = 0
    while t < 200:
        if k % 5 == 3:
            b = r.pick(bots)
            acc(t, b, "/products?page=%d" % r.randint(20, 90), 429, 1)
            r.at(t - 0.001, sf[k % 2], "I, [{T:rails} #1]  INFO -- : [Rack::Attack] throttled %s on /products (rule: req/ip, 300/5min)" % b)
        elif k % 7 == 5:
            acc(t, "45.148.10.%d" % r.randint(2, 250), r.pick(["/wp-login.php", "/.env", "/.git/config", "/xmlrpc.php"]), 404, 3)
        else:
            acc(t, rcli(), r.pick(["/collections/black-friday", "/products/fjord-4ply-sea-glass", "/products/heather-moor-dk", "/cart", "/"]), 200, r.randint(80, 640))
        t += 3.5 + r.rng.random() * 3
        k += 1
    r.at(30.0, ev, event_json(r, "shop", "HorizontalPodAutoscaler", "storefront", "Normal", "SuccessfulRescale", "New size: 3; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    r.at(32.0, new, "Puma starting in single mode...")
    r.at(32.1, new, "* Puma version: 6.4.2 (ruby 3.3.1-p55) (\"The Eagle of Durango\")")
    r.at(36.4, new, "* Listening on http://0.0.0.0:3000")
    r.at(35.0, ev, event_json(r, "shop", "Pod", new["pod"], "Warning", "Unhealthy", "Readiness probe failed: Get \\\"http://10.42.3.27:3000/up\\\": dial tcp 10.42.3.27:3000: connect: connection refused", "kubelet", "skein-k3s-agent-3"))
    for tt in (58.0, 121.0, 177.0):
        r.at(tt, red, "1:M {T:redis} * Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.")
    r.at(90.0, red, "1:M {T:redis} * Background append only file rewriting started by pid 412")
    r.at(92.8, red, "1:M {T:redis} * Background AOF rewrite finished successfully")
    r.at(140.0, sf[0], "W, [{T:rails} #1]  WARN -- : [ActiveJob] Retrying OrderConfirmationJob (Job ID: %s) after 3s: Redis::TimeoutError (Connection timed out)" % r.uid())
    r.at(143.3, sf[0], "I, [{T:rails} #1]  INFO -- : [ActiveJob] [OrderConfirmationJob] [%s] Performed OrderConfirmationJob (Job ID: %s) from Sidekiq(default) in 412.8ms" % (r.uid(), r.uid()))
    r.at(205.0, ev, event_json(r, "shop", "HorizontalPodAutoscaler", "storefront", "Normal", "SuccessfulRescale", "New size: 4; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    return r.build(
        "INFO", "none", "storefront",
        "No fault: Black Friday load. The HPA scaled storefront out, Rack::Attack throttled two scraping bots with 429s as designed, scanners got "
        "404s, Redis warned about slow AOF fsync under load and one job retry succeeded.",
        "The shop served customers normally during the sale: 200s for real traffic, intended 429s for bots and 404s for vulnerability scanners, "
        "a new pod failing readiness only while booting, and Redis AOF warnings without errors.",
        "Nothing to do. Optionally watch Redis disk latency during peaks.")


# --------------------------------------------------------------------------- w29
def w29():
    r = Rec("w29", start(2026, 5, 12, 22, 0, 0),
            "The licensing database restarted tonight and the app logged connection errors. Is everything OK?",
            selector("licensing"), ["healthy-lookalike"])
    op = lab("cnpg-system", r.pod("cnpg-controller-manager"), "manager", "nacs-wk-01", "cloudnative-pg")
    p1 = lab("licensing", "licensing-pg-1", "postgres", "nacs-wk-04", "licensing-pg")
    p2 = lab("licensing", "licensing-pg-2", "postgres", "nacs-wk-02", "licensing-pg")
    dl = lab("licensing", r.pod("dog-licence"), "dog-licence", "nacs-wk-03", "dog-licence")
    ev = events("licensing")

    def cn(src, t, msg, extra=""):
        r.at(t, src, '{"level":"info","ts":"{T:iso3}","msg":"%s","controller":"cluster","controllerGroup":"postgresql.cnpg.io","controllerKind":"Cluster","Cluster":{"name":"licensing-pg","namespace":"licensing"},"namespace":"licensing","name":"licensing-pg"%s}' % (msg, extra))

    def pgl(src, t, pid, sev, msg):
        inst = src["pod"]
        r.at(t, src, '{"level":"info","ts":"{T:iso3}","logger":"postgres","msg":"record","logging_pod":"%s","record":{"log_time":"{T:pg}","process_id":"%d","error_severity":"%s","message":"%s","backend_type":"%s"}}'
             % (inst, pid, sev, msg, "postmaster" if pid < 100 else "client backend"))

    r.at(0.0, ev, event_json(r, "licensing", "Cluster", "licensing-pg", "Normal", "SwitchoverRequested", "Switchover to licensing-pg-2 requested (maintenance CHG-2317: node nacs-wk-04 firmware update)", "cloudnative-pg"))
    cn(op, 0.2, "Switchover in progress", ',"targetPrimary":"licensing-pg-2","currentPrimary":"licensing-pg-1"')
    r.at(0.9, p1, '{"level":"info","ts":"{T:iso3}","logger":"instance-manager","msg":"Requesting fast shutdown of the PostgreSQL instance","logging_pod":"licensing-pg-1"}')
    pgl(p1, 1.0, 27, "LOG", "received fast shutdown request")
    pgl(p1, 1.01, 27, "LOG", "aborting any active transactions")
    pgl(p1, 1.02, 4112, "FATAL", "terminating connection due to administrator command")
    pgl(p1, 1.02, 4115, "FATAL", "terminating connection due to administrator command")
    pgl(p1, 1.6, 27, "LOG", "database system is shut down")
    r.block(1.7, dl, [
        "[{T:railsat}] [8] [ERROR] Exception on /renew/step/payment [POST]",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 1967, in _exec_single_context',
        "    self.dialect.do_execute(",
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) terminating connection due to administrator command",
        "server closed the connection unexpectedly",
        "\tThis probably means the server terminated abnormally",
        "\tbefore or while processing the request."])
    r.at(1.8, dl, "[{T:railsat}] [8] [WARNING] licensing.db: invalidated pooled connection after OperationalError, retrying request once")
    r.at(2.4, p2, '{"level":"info","ts":"{T:iso3}","logger":"instance-manager","msg":"Waiting for the former primary to archive its last WAL file","logging_pod":"licensing-pg-2"}')
    r.at(3.9, p2, '{"level":"info","ts":"{T:iso3}","logger":"instance-manager","msg":"promoting instance","logging_pod":"licensing-pg-2"}')
    pgl(p2, 4.0, 22, "LOG", "received promote request")
    pgl(p2, 4.01, 22, "LOG", "redo done at 3/1C0000A0 system usage: CPU: user: 0.01 s, system: 0.00 s, elapsed: 0.01 s")
    pgl(p2, 4.05, 22, "LOG", "selected new timeline ID: 7")
    pgl(p2, 4.2, 22, "LOG", "archive recovery complete")
    pgl(p2, 4.4, 20, "LOG", "database system is ready to accept connections")
    cn(op, 4.9, "Setting current primary", ',"currentPrimary":"licensing-pg-2"')
    r.at(5.0, dl, "[{T:railsat}] [8] [ERROR] licensing.db: could not connect to server: Connection refused (licensing-pg-rw:5432), retry 1/3 in 1s")
    r.at(6.2, dl, '10.44.0.%d - - [{T:clf}] "POST /renew/step/payment HTTP/1.1" 200 2311 "https://licences.northgate.gov.uk/renew/step/dog" "%s"' % (r.randint(10, 30), WIN_UA))
    r.at(20.0, p1, '{"level":"info","ts":"{T:iso3}","logger":"instance-manager","msg":"This is an old primary instance, waiting for the switchover to finish","logging_pod":"licensing-pg-1"}')
    pgl(p1, 24.0, 25, "LOG", "entering standby mode")
    pgl(p1, 24.3, 31, "LOG", "started streaming WAL from primary at 3/1C000000 on timeline 7")
    pgl(p1, 24.6, 20, "LOG", "database system is ready to accept read-only connections")
    cn(op, 26.0, "Cluster is healthy", ',"readyInstances":2,"instances":2')
    r.at(26.1, ev, event_json(r, "licensing", "Cluster", "licensing-pg", "Normal", "SwitchoverCompleted", "Switchover completed, new primary licensing-pg-2", "cloudnative-pg"))
    for tt in (40.0, 71.0, 95.0):
        r.at(tt, dl, '10.44.0.%d - - [{T:clf}] "%s HTTP/1.1" 200 %d "-" "%s"' % (r.randint(10, 30), r.pick(['GET /renew/start', 'POST /renew/step/details', 'GET /licence/status']), r.randint(1800, 9000), r.pick([WIN_UA, IOS_UA])))
    return r.build(
        "INFO", "none", "licensing-pg",
        "No fault: a planned CloudNativePG switchover of licensing-pg (CHG-2317) moved the primary to licensing-pg-2; the old primary shut down "
        "fast, terminating open sessions, and rejoined as a streaming replica.",
        "During the switchover dog-licence saw one terminated connection and a refused reconnect; its retry succeeded within seconds and the "
        "cluster reports 2/2 ready instances.",
        "Nothing to do; the planned switchover completed and both instances are healthy.")


# --------------------------------------------------------------------------- w30
def w30():
    r = Rec("w30", start(2026, 8, 29, 4, 12, 0),
            "The dye-lot tracker lost its database in the night and the Postgres pod keeps restarting. What happened?",
            selector("studio"), ["outside-selector"])
    vol = "pvc-%s" % r.uid()
    n2, n3 = "skein-k3s-agent-2", "skein-k3s-agent-3"
    im2 = lab("longhorn-system", "instance-manager-%s" % r.hexs(32), "instance-manager", n2, "longhorn-instance-manager")
    im3 = lab("longhorn-system", "instance-manager-%s" % r.hexs(32), "instance-manager", n3, "longhorn-instance-manager")
    lm = lab("longhorn-system", "longhorn-manager-%s" % r.alnum(5), "longhorn-manager", n2, "longhorn-manager")
    s2, s3 = syslogfile(n2), syslogfile(n3)
    pg = lab("studio", "dyehouse-pg-0", "postgresql", n2, "dyehouse-pg")
    ex = lab("studio", r.pod("dye-lot-tracker"), "dye-lot-tracker", "skein-k3s-agent-1", "dye-lot-tracker")
    ev = events("studio")
    rep = "tcp://10.42.3.41:10015"
    rname = "%s-r-%s" % (vol, r.hexs(8))
    ename = "%s-e-0" % vol

    r.at(0.0, s3, "{T:syslog} %s kernel: [2311482.118302] blk_update_request: I/O error, dev sdb, sector 209715200 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0" % n3, ev=True)
    r.at(0.4, s3, "{T:syslog} %s kernel: [2311482.518911] Buffer I/O error on dev sdb, logical block 26214400, lost async page write" % n3)
    r.at(0.5, im3, '[%s] time="{T:iso0}" level=error msg="Failed to write data" error="pwrite /var/lib/longhorn/replicas/%s/volume-head-004.img: input/output error"' % (rname, rname), ev=True)
    r.at(8.6, im2, '[%s] time="{T:iso0}" level=error msg="R/W Timeout. No response received in 8s" replica=%s' % (ename, rep))
    r.at(8.61, im2, '[%s] time="{T:iso0}" level=error msg="Setting replica %s to ERR due to: r/w timeout"' % (ename, rep), ev=True)
    r.at(8.62, im2, '[%s] time="{T:iso0}" level=info msg="Set replica %s to mode ERR"' % (ename, rep))
    r.at(8.63, im2, '[%s] time="{T:iso0}" level=error msg="No backend available" volume=%s' % (ename, vol))
    r.at(9.1, lm, 'time="{T:iso0}" level=warning msg="Volume %s became faulted: all replicas are failed (numberOfReplicas=1)" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1129" node=%s' % (vol, n2), ev=True)
    r.at(38.7, s2, "{T:syslog} %s kernel: [2311511.702214] sd 3:0:0:1: [sdd] tag#41 FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=30s" % n2)
    r.at(38.7, s2, "{T:syslog} %s kernel: [2311511.702290] I/O error, dev sdd, sector 4196352 op 0x1:(WRITE) flags 0x800 phys_seg 16 prio class 0" % n2)
    r.at(38.8, s2, "{T:syslog} %s kernel: [2311511.803117] EXT4-fs error (device sdd): ext4_journal_check_start:83: comm postgres: Detected aborted journal" % n2)
    r.at(38.8, s2, "{T:syslog} %s kernel: [2311511.803402] EXT4-fs (sdd): Remounting filesystem read-only" % n2, ev=True)
    r.at(38.9, pg, "{T:pg} [412] PANIC:  could not write to log file 000000010000000000000042 at offset 4718592, length 8192: Read-only file system", ev=True)
    r.at(38.95, pg, "{T:pg} [412] STATEMENT:  INSERT INTO dye_lots (lot_code, colourway_sku, dyed_at, pot, weight_g) VALUES ($1, $2, $3, $4, $5)")
    r.at(39.1, pg, "{T:pg} [1] LOG:  server process (PID 412) was terminated by signal 6: Aborted")
    r.at(39.1, pg, "{T:pg} [1] LOG:  terminating any other active server processes")
    r.at(39.2, pg, "{T:pg} [1] LOG:  all server processes terminated; reinitializing")
    r.at(39.3, pg, "{T:pg} [1] LOG:  could not open file \"postmaster.pid\": Read-only file system")
    r.at(39.31, pg, "{T:pg} [1] LOG:  database system is shut down")
    r.at(39.2, ex, "{T:hms3} [error] Postgrex.Protocol (#PID<0.2971.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed")
    r.at(39.25, ex, "{T:hms3} [error] Postgrex.Protocol (#PID<0.2972.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed")
    restarts = [(51.0, "10s"), (73.0, "20s"), (114.0, "40s"), (196.0, "1m20s")]
    for k, (t, bo) in enumerate(restarts):
        r.at(t, pg, "{T:pg} [1] FATAL:  could not remove old lock file \"postmaster.pid\": Read-only file system")
        r.at(t + 0.001, pg, "{T:pg} [1] HINT:  The file seems accidentally left over, but it could not be removed. Please remove the file by hand and try again.")
        r.at(t + 1.0, ev, event_json(r, "studio", "Pod", "dyehouse-pg-0", "Warning", "BackOff", "Back-off restarting failed container postgresql in pod dyehouse-pg-0_studio(%s)" % r.uid(), "kubelet", n2, count=k + 1))
    for k, t in enumerate([45.0, 60.2, 88.9, 120.4, 151.0, 188.3, 230.7]):
        r.at(t, ex, "{T:hms3} [error] Postgrex.Protocol (#PID<0.%d.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (dyehouse-pg.studio.svc.cluster.local:5432): connection refused - :econnrefused" % (2980 + k))
        if k % 2 == 0:
            r.at(t + 0.4, ex, "{T:hms3} request_id=F%s [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough." % r.alnum(12).upper())
    r.at(240.0, lm, 'time="{T:iso0}" level=warning msg="Volume %s is faulted, salvage required: no healthy replica" node=%s' % (vol, n2))
    return r.build(
        "CRITICAL", "storage", "longhorn",
        "The only Longhorn replica of the dyehouse-pg volume (numberOfReplicas=1) sat on skein-k3s-agent-3, whose disk sdb started returning "
        "write I/O errors; the engine marked the replica ERR, the volume became faulted, the iSCSI device on agent-2 failed writes and ext4 "
        "remounted the PostgreSQL filesystem read-only.",
        "PostgreSQL PANICked writing WAL ('Read-only file system') and now crash-loops because it cannot even remove postmaster.pid; the Longhorn "
        "volume is faulted with no healthy replica, and dye-lot-tracker only sees connection refused from the database.",
        "Treat as data at risk: stop writes, salvage the Longhorn volume (or restore from backup) onto healthy disks, replace/inspect sdb on "
        "agent-3, and run the volume with at least 2-3 replicas before restarting dyehouse-pg.")


RECORDS = [w21, w22, w23, w24, w25, w26, w27, w28, w29, w30]
