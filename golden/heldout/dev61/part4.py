"""dev61 part 4: w31-w40 (Spoke & Satchel courier co-op)."""
from common import *

SSD = "courier-cooperative"


# ------------------------------------------------------------------ w31 INFO
def w31():
    r = Rec("w31", "2026-03-31T22:05:00Z")
    E = EVT("invoicing")
    job = "invoice-month-close-29580545"
    mc = W("invoicing", job + "-8kx2w", "month-close", SS.N1, "invoice-month-close", "10.24.33.221")
    r.add(0.1, E, event("Normal", "SuccessfulCreate", "cronjob/invoice-month-close", "Created job " + job))
    r.add(0.2, E, event("Normal", "SuccessfulCreate", "job/" + job, "Created pod: " + mc.pod))
    r.add(0.3, E, event("Normal", "Scheduled", "pod/" + mc.pod, "Successfully assigned invoicing/%s to %s" % (mc.pod, mc.node)))
    r.add(1.2, E, event("Normal", "Pulled", "pod/" + mc.pod, 'Container image "318274569021.dkr.ecr.eu-central-1.amazonaws.com/coop/billing:4.21.0" already present on machine'))
    r.add(1.5, E, event("Normal", "Started", "pod/" + mc.pod, "Started container month-close"))
    rq = "month-close"
    r.add(6.0, mc.L, rails("INFO", rq, "Closing period 2026-03: 412 member riders, 1893 client accounts (database coop-billing.cx1z9q2pl4ke.eu-central-1.rds.amazonaws.com)"))
    r.add(9.4, mc.L, rails("WARN", rq, "Skipping 2 client accounts with no billable deliveries in 2026-03 (C-0881, C-1204): no invoice generated"))
    r.add(9.5, mc.L, rails("WARN", rq, "Skipping rider R-0611: membership cancelled 2026-03-12, final settlement is handled by the treasurer"))
    r.add(11.0, mc.L, rails("INFO", rq, "Enqueued 1891 InvoiceRenderJob (queue: invoices)"))
    r.add(11.1, mc.L, rails("INFO", rq, "Waiting for the invoices queue to drain..."))
    inv = SS.inv
    for i in range(9):
        sec = 14.0 + i * 38.0 + r.rng.uniform(0, 6)
        jid = hexid(r.rng, 24)
        tid = hexid(r.rng, 4)
        n = r.rng.randint(1000, 2999)
        r.add(sec, inv.L, sidekiq("INFO", tid, "InvoiceRenderJob", jid, "start"))
        r.add(sec + 0.25, SS.pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendered invoice INV-2026-03-0%04d (%d pages) in %d ms" % (n, r.rng.randint(1, 4), r.rng.randint(120, 400))))
        r.add(sec + 0.3, inv.L, sidekiq("INFO", tid, "InvoiceRenderJob", jid, "done: %.3f sec" % r.rng.uniform(0.25, 0.6)))
    jid = hexid(r.rng, 24)
    r.add(120.0, inv.L, sidekiq("INFO", "b3k1", "InvoiceDeliveryJob", jid, "start"))
    r.add(150.0, inv.L, sidekiq("WARN", "b3k1", "InvoiceDeliveryJob", jid, "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>"))
    r.add(150.0, inv.L, sidekiq("INFO", "b3k1", "InvoiceDeliveryJob", jid, "fail: 30.012 sec"))
    r.add(181.0, inv.L, sidekiq("INFO", "c7m2", "InvoiceDeliveryJob", jid, "start"))
    r.add(182.2, inv.L, sidekiq("INFO", "c7m2", "InvoiceDeliveryJob", jid, "done: 1.214 sec"))
    r.add(372.0, mc.L, rails("INFO", rq, "Period 2026-03 closed: 1891 invoices, total EUR 148,210.55, runtime 6m06s"))
    r.add(373.5, E, event("Normal", "Completed", "job/" + job, "Job completed"))
    r.add(374.0, E, event("Normal", "SawCompletedJob", "cronjob/invoice-month-close", "Saw completed job: %s, status: Complete" % job))
    r.add(374.1, E, event("Normal", "SuccessfulDelete", "cronjob/invoice-month-close", "Deleted job invoice-month-close-29536905"))
    r.noise(SS_NOISE, 0, 380, 22, exclude=("inv",))
    return r.build(
        source="synthetic:month_end_cronjob",
        question="At midnight the month-close job ran, logged warnings about skipped accounts, a delivery job timed out and a Job was deleted. Did the invoicing run go wrong?",
        selector={"namespace": "invoicing"}, severity="INFO", category="none", component=None,
        root_cause="No fault. The invoice-month-close CronJob closed period 2026-03 as scheduled: 1891 invoices were rendered and delivered. The skip warnings are business rules (no billable deliveries, cancelled membership). The single InvoiceDeliveryJob read timeout succeeded on its automatic Sidekiq retry, and 'Deleted job' is the CronJob history limit removing last month's Job.",
        summary="A successful month-end invoicing run. The Job completed in about 6 minutes and none of the warnings need action.",
        action="Nothing to do.",
        tags=tags(SSD, ["cronjob", "ruby", "rails", "sidekiq", "dotnet", "amazon-rds"], ["alarming-but-routine", "batch"]))


# ------------------------------------------------------------------ w32 WARN rate_limited
def w32():
    r = Rec("w32", "2026-03-09T09:00:00Z")
    E = EVT("dispatch")
    job = "geo-backfill-29551020"
    gb = W("dispatch", job + "-q8tzm", "backfill", SS.N5, "geo-backfill", "10.24.52.177")
    url = "https://api.mapbox.com/search/geocode/v6/forward"
    r.add(0.1, E, event("Normal", "SuccessfulCreate", "cronjob/geo-backfill", "Created job " + job))
    r.add(1.4, E, event("Normal", "Started", "pod/" + gb.pod, "Started container backfill"))
    r.add(3.0, gb.L, pylog("INFO", "geo_backfill", "using Mapbox access token from secret dispatch/mapbox-coop (pk.eyJ1Ijoic3Bva2Vz...redacted)"), ev=True)
    r.add(3.2, gb.L, pylog("INFO", "geo_backfill", "backfilling 48211 historical drop-off addresses (concurrency=32, provider=mapbox)"), ev=True)
    reset = 1773046861
    for i, sec in enumerate([41.0, 102.0, 163.0, 224.0, 346.0, 468.0, 590.0, 712.0]):
        r.add(sec, gb.L, pylog("WARNING", "geo_backfill.mapbox", "429 Too Many Requests from api.mapbox.com (x-rate-limit-limit=1000, x-rate-limit-interval=60, x-rate-limit-reset=%d); backing off 2.0s" % (reset + 60 * i)), ev=(i == 0))
        if i % 2 == 1:
            r.add(sec + 20.0, gb.L, pylog("INFO", "geo_backfill", "progress %d/48211 geocoded, %d throttled" % (6000 * (i + 1) // 2 * 2 if i < 7 else 45000, 390 * (i + 1))))
    for i, sec in enumerate([44.7, 97.3, 131.0, 188.4, 251.9, 330.2, 402.5, 515.0, 640.8, 770.1]):
        w = SS.de if i % 2 == 0 else SS.de2
        r.add(sec, w.L, zap("warn", "geo/mapbox.go:88", "geocoding throttled, using postcode centroid", status=429, url=url, retry_after="1",
                            job_id="J-%d" % r.rng.randint(880000, 889999), postcode=pick(r.rng, ["1012AB", "1094KL", "1053RS", "1072GH", "1017PT"])), ev=(i < 2))
        if i % 3 == 0:
            r.add(sec + 0.05, SS.ji.L, pino("warn", SS.ji.pod, "quote computed with fallback geocode (postcode centroid); price may be off by one zone", quoteId="Q-%d" % r.rng.randint(500000, 599999)))
    r.add(838.0, gb.L, pylog("INFO", "geo_backfill", "backfill complete: 48211 addresses in 835s (3120 throttled responses)"))
    r.add(839.5, E, event("Normal", "Completed", "job/" + job, "Job completed"))
    r.add(840.0, E, event("Normal", "SawCompletedJob", "cronjob/geo-backfill", "Saw completed job: %s, status: Complete" % job))
    for sec in (860.0, 881.0, 905.0):
        r.add(sec, SS.de.L, zap("info", "geo/mapbox.go:64", "geocoded address", provider="mapbox", took_ms=r.rng.randint(40, 90), job_id="J-%d" % r.rng.randint(880000, 889999)))
    r.noise(SS_NOISE, 0, 910, 28, exclude=("de",))
    return r.build(
        source="synthetic:shared_api_quota_exhausted_by_batch",
        question="dispatch-engine has been logging Mapbox 429s all morning and quotes fall back to postcode centroids. Is dispatch-engine sending too many requests?",
        selector={"namespace": "dispatch"}, severity="WARN", category="rate_limited", component="geo-backfill",
        root_cause="The geo-backfill CronJob, started at 09:00 with 32 concurrent workers, geocodes 48,211 historical addresses using the same Mapbox token (secret mapbox-coop) as dispatch-engine. It consumes the token's 1000-requests-per-minute limit, so dispatch-engine's live geocoding calls are throttled with HTTP 429 as well. dispatch-engine's own request rate is normal, and the 429s stopped as soon as the backfill finished.",
        summary="A batch job exhausted a shared API quota. Live dispatch traffic was rate-limited and fell back to postcode centroids for about 14 minutes, then recovered by itself.",
        action="Give geo-backfill its own Mapbox token or a client-side rate limit well below the quota (e.g. 300/min), and schedule it at night. Optionally have dispatch-engine use a separate, higher-tier token.",
        tags=tags(SSD, ["go", "zap", "python", "mapbox", "nodejs", "cronjob"], ["loud-victim", "dependency-by-url", "shared-quota", "transient"]))


# ------------------------------------------------------------------ w33 ERROR dns_resolution
def w33():
    r = Rec("w33", "2026-03-16T08:05:00Z")
    inv, bill = SS.inv, SS.bill
    host = "ap.peppolbridge.eu"
    dnsw = [SS.dns, SS.dns2]
    for i, sec in enumerate([12.0, 55.0, 101.0, 160.0, 214.0, 262.0]):
        jid = hexid(r.rng, 24)
        tid = hexid(r.rng, 4)
        inv_no = "INV-2026-03-0%04d" % r.rng.randint(800, 1200)
        d = dnsw[i % 2]
        port = r.rng.randint(30000, 60000)
        qid = r.rng.randint(1000, 65000)
        if i < 2:
            for j, suf in enumerate(["invoicing.svc.cluster.local.", "svc.cluster.local.", "cluster.local.", "eu-central-1.compute.internal."]):
                r.add(sec - 0.03 + j * 0.002, d.L, coredns_q("%s:%d" % (inv.ip, port), qid + j, "A", "%s.%s" % (host, suf), "NXDOMAIN", "qr,aa,rd" if "cluster" in suf else "qr,rd,ra", 150, 0.00011 if "cluster" in suf else 0.0012))
        r.add(sec - 0.01, d.L, coredns_q("%s:%d" % (inv.ip, port), qid + 9, "A", host + ".", "NXDOMAIN", "qr,rd,ra", 112, 0.031112), ev=(i == 0))
        r.add(sec, inv.L, sidekiq("INFO", tid, "PeppolDeliveryJob", jid, "start"))
        r.add(sec + 0.03, inv.L, sidekiq("WARN", tid, "PeppolDeliveryJob", jid, "Faraday::ConnectionFailed: Failed to open TCP connection to %s:443 (getaddrinfo: Name or service not known) [%s]" % (host, inv_no)), ev=(i < 2))
        r.add(sec + 0.03, inv.L, sidekiq("INFO", tid, "PeppolDeliveryJob", jid, "fail: 0.034 sec"))
    for i, sec in enumerate([71.0, 190.0]):
        req = hexid(r.rng, 8) + "-" + hexid(r.rng, 4) + "-" + hexid(r.rng, 4) + "-" + hexid(r.rng, 4) + "-" + hexid(r.rng, 12)
        no = "INV-2026-03-0%04d" % r.rng.randint(800, 1200)
        r.add(sec, bill.L, rails("INFO", req, 'Started POST "/v1/invoices/%s/send" for 10.24.33.12 at %s +0000' % (no, r.at(sec).strftime("%Y-%m-%d %H:%M:%S"))))
        r.add(sec + 0.001, bill.L, rails("INFO", req, "Processing by InvoicesController#send_peppol as JSON"))
        r.add(sec + 0.04, bill.L, rails("ERROR", req, "PeppolGateway::Unavailable (Failed to open TCP connection to %s:443 (getaddrinfo: Name or service not known))" % host), ev=(i == 0))
        r.add(sec + 0.041, bill.L, rails("INFO", req, "Completed 502 Bad Gateway in 41ms (Views: 0.4ms | ActiveRecord: 3.1ms | Allocations: 2311)"))
        r.add(sec + 0.042, SS.envoy.L, envoy_access("POST", "/v1/invoices/%s/send" % no, 502, "-", 2, 87, 42, "41", "84.241.196.20", "SpokeDesk/2.8 (Windows NT 10.0)", uuid4(r.rng), "api.spokesatchel.coop", "%s:3000" % bill.ip))
    for sec, nm in ((30.0, "api.mapbox.com."), (88.0, "fcm.googleapis.com."), (140.0, "coop-billing.cx1z9q2pl4ke.eu-central-1.rds.amazonaws.com."), (230.0, "api.mapbox.com.")):
        r.add(sec, pick(r.rng, dnsw).L, coredns_q("10.24.%d.%d:%d" % (pick(r.rng, [33, 48, 90]), r.rng.randint(10, 250), r.rng.randint(30000, 60000)), r.rng.randint(1000, 65000), "A", nm, "NOERROR", "qr,rd,ra", 140, 0.0019))
    r.add(275.0, inv.L, sidekiq("WARN", "a91x", "RetrySetMonitor", hexid(r.rng, 24), "214 PeppolDeliveryJob jobs waiting in the retry set (oldest 2026-03-16T06:02:11Z)"))
    r.noise(SS_NOISE, 0, 280, 26, exclude=("inv",))
    return r.build(
        source="synthetic:external_hostname_nxdomain",
        question="E-invoices haven't been delivered since early this morning and invoice-runner shows connection errors. Is our egress/NAT broken?",
        selector=None, severity="ERROR", category="dns_resolution", component="ap.peppolbridge.eu",
        root_cause="The e-invoicing access point's hostname ap.peppolbridge.eu no longer resolves: after the cluster search suffixes, the absolute query is answered NXDOMAIN by the upstream (VPC) resolver. Both invoice-runner (PeppolDeliveryJob) and billing-api fail with 'getaddrinfo: Name or service not known'. Other external names (api.mapbox.com, fcm.googleapis.com, the RDS endpoint) resolve fine, so CoreDNS and egress are healthy and the fault is the external provider's DNS.",
        summary="An external dependency vanished from public DNS. All Peppol e-invoice deliveries fail and pile up in the Sidekiq retry set; nothing inside the cluster is broken.",
        action="Contact the access-point provider (their domain or DNS record appears to be gone or migrated) and get the current endpoint, then update the Peppol endpoint setting. Pause or extend PeppolDeliveryJob retries so invoices aren't dead-lettered.",
        tags=tags(SSD, ["ruby", "sidekiq", "rails", "coredns", "envoy"], ["external-host", "broken-server-many-clients", "loud-victim"]))


# ------------------------------------------------------------------ w34 ERROR auth_failure
def w34():
    r = Rec("w34", "2026-03-18T07:05:00Z")
    k = SS.karp.L
    pend = [("dispatch", "dispatch-engine-7c9f5d8b6-9kq2x"), ("dispatch", "dispatch-engine-7c9f5d8b6-hv7wd"), ("rider", "rider-api-5d9c8b7f6-bm3pk"), ("rider", "rider-api-5d9c8b7f6-w8zrq")]
    fs = "0/5 nodes are available: 2 Insufficient cpu, 3 Insufficient memory. preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod."
    r.add(0.5, EVT("dispatch"), event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/dispatch-engine", "New size: 8; reason: cpu resource utilization (percentage of request) above target"))
    r.add(0.8, EVT("rider"), event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/rider-api", "New size: 9; reason: cpu resource utilization (percentage of request) above target"))
    for ns, p in pend:
        r.add(1.0 + 0.01 * pend.index((ns, p)), EVT(ns), event("Warning", "FailedScheduling", "pod/" + p, fs))
    r.add(1.5, k, jlog(level="INFO", time="@T", logger="controller", message="discovered ssm parameter", commit="62a726c", controller="nodeclass.amis",
                       parameter="/aws/service/eks/optimized-ami/1.29/amazon-linux-2023/arm64/standard/recommended/image_id", value="ami-0f1e2d3c4b5a69788"))
    err = ("creating instance, getting launch template configs, getting launch templates, creating launch template, operation error EC2: CreateLaunchTemplate, "
           "https response error StatusCode: 403, RequestID: %s, api error UnauthorizedOperation: You are not authorized to perform this operation. "
           "User: arn:aws:sts::318274569021:assumed-role/KarpenterController-coop-prod/1773817501912345678 is not authorized to perform: ec2:CreateLaunchTemplate "
           "on resource: arn:aws:ec2:eu-central-1:318274569021:launch-template/* because no identity-based policy allows the ec2:CreateLaunchTemplate action. "
           "Encoded authorization failure message: Zq3xV8...truncated")
    for i, sec in enumerate([2.0, 63.0, 125.0, 188.0]):
        nc = "general-%s" % ["x7q4d", "m2k9t", "b8w3r", "p5n6z"][i]
        r.add(sec, k, jlog(level="INFO", time="@T", logger="controller", message="found provisionable pod(s)", commit="62a726c", controller="provisioner", namespace="", name="", reconcileID=uuid4(r.rng),
                           Pods=", ".join("%s/%s" % x for x in pend), duration="41.2ms"))
        r.add(sec + 0.05, k, jlog(level="INFO", time="@T", logger="controller", message="computed new nodeclaim(s) to fit pod(s)", commit="62a726c", controller="provisioner", namespace="", name="", reconcileID=uuid4(r.rng), nodeclaims=1, pods=4))
        r.add(sec + 0.1, k, jlog(level="INFO", time="@T", logger="controller", message="created nodeclaim", commit="62a726c", controller="provisioner", namespace="", name="", reconcileID=uuid4(r.rng),
                                 NodePool={"name": "general"}, NodeClaim={"name": nc}, requests={"cpu": "3350m", "memory": "6012Mi", "pods": "9"},
                                 **{"instance-types": "c6g.xlarge, c7g.xlarge, m6g.xlarge, m7g.xlarge and 16 other(s)"}))
        for ns, p in pend[:2] if i == 0 else []:
            r.add(sec + 0.12, EVT(ns), event("Normal", "Nominated", "pod/" + p, "Pod should schedule on: nodeclaim/" + nc))
        r.add(sec + 1.4, k, jlog(level="ERROR", time="@T", logger="controller", message="failed launching nodeclaim", commit="62a726c", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh",
                                 controllerKind="NodeClaim", NodeClaim={"name": nc}, namespace="", name=nc, reconcileID=uuid4(r.rng), error=err % uuid4(r.rng)), ev=(i < 2))
        r.add(sec + 1.5, EVT("default"), event("Warning", "FailedLaunch", "nodeclaim/" + nc, "Failed to launch NodeClaim: UnauthorizedOperation: not authorized to perform ec2:CreateLaunchTemplate"), ev=(i == 0))
        r.add(sec + 1.9, k, jlog(level="INFO", time="@T", logger="controller", message="deleted nodeclaim", commit="62a726c", controller="nodeclaim.termination", controllerGroup="karpenter.sh",
                                 controllerKind="NodeClaim", NodeClaim={"name": nc}, namespace="", name=nc, reconcileID=uuid4(r.rng)))
    for i, sec in enumerate([40.0, 77.5, 118.0, 150.2, 201.6, 233.0]):
        r.add(sec, SS.envoy.L, envoy_access("POST", "/v1/jobs", 504, "UT", 1830, 24, 15001, "-", "%d.%d.%d.%d" % (r.rng.randint(31, 95), r.rng.randint(0, 255), r.rng.randint(0, 255), r.rng.randint(1, 254)),
                                            pick(r.rng, SS.UA), uuid4(r.rng), "api.spokesatchel.coop", "%s:3000" % SS.ji.ip, proto="HTTP/2"))
        if i % 2 == 0:
            r.add(sec - 0.01, SS.ji.L, pino("error", SS.ji.pod, "dispatch-engine request timed out after 15000ms", upstream="http://dispatch-engine.dispatch.svc:8080/v1/assign"))
    for sec in (60.0, 150.0, 230.0):
        r.add(sec, SS.de.L, zap("warn", "assign/queue.go:131", "assignment queue backlog growing", queue_depth=int(180 + sec * 1.3), p99_ms=int(4000 + sec * 40)))
    r.noise(SS_NOISE, 0, 240, 20, exclude=("de",))
    return r.build(
        source="synthetic:autoscaler_iam_denied",
        question="During the morning ramp new dispatch-engine and rider-api pods stay Pending and job creation times out. Why aren't we getting more nodes?",
        selector=None, severity="ERROR", category="auth_failure", component="karpenter",
        root_cause="Karpenter cannot launch nodes. After picking up a new AL2023 AMI it needs to create a new EC2 launch template, and its controller role KarpenterController-coop-prod is denied ec2:CreateLaunchTemplate (UnauthorizedOperation, 403: 'no identity-based policy allows'). Every NodeClaim fails and is deleted, so pending pods never get capacity. The FailedScheduling 'Insufficient cpu/memory' and the 504s from job-intake/dispatch-engine are downstream symptoms.",
        summary="An autoscaler whose cloud credentials lack a permission. No new nodes, scale-up stalls at peak, and job creation times out.",
        action="Restore ec2:CreateLaunchTemplate (and the related launch-template actions) in the Karpenter controller IAM policy, compare it with the policy for your Karpenter version, and watch for the next NodeClaim launching. As a stopgap, scale a managed node group manually.",
        tags=tags(SSD, ["karpenter", "aws-iam", "kube-scheduler", "envoy", "nodejs", "go"], ["controller-fault", "loud-victim", "cloud-permissions"]))


# ------------------------------------------------------------------ w35 WARN connection_refused
def w35():
    r = Rec("w35", "2026-03-19T11:19:40Z")
    E = EVT("observability")
    old = SS.otel
    new = SS.otel.with_(pod="otel-collector-8f4d7c6b9-6mzlq", ip="10.24.52.201")
    r.add(0.5, SS.argo.L, logrus("info", "Initiated automated sync to '7f3e2a1c'", "application=argocd/otel-collector dest-namespace=observability dest-server=\"https://kubernetes.default.svc\" reason=ResourceUpdated type=Normal"))
    r.add(1.0, E, event("Normal", "ScalingReplicaSet", "deployment/otel-collector", "Scaled down replica set otel-collector-6b7c8d9f5 to 0 from 1"))
    r.add(1.1, E, event("Normal", "Killing", "pod/" + old.pod, "Stopping container otel-collector"))
    r.add(1.2, old.L, lambda t: "%s\tinfo\totelcol@v0.96.0/collector.go:270\tReceived signal from OS\t{\"signal\": \"terminated\"}" % iso_ms(t))
    r.add(1.3, old.L, lambda t: "%s\tinfo\tservice@v0.96.0/service.go:179\tStarting shutdown..." % iso_ms(t))
    r.add(2.6, old.L, lambda t: "%s\tinfo\tservice@v0.96.0/service.go:193\tShutdown complete." % iso_ms(t))
    r.add(4.0, E, event("Normal", "ScalingReplicaSet", "deployment/otel-collector", "Scaled up replica set otel-collector-8f4d7c6b9 to 1"))
    r.add(4.2, E, event("Normal", "Scheduled", "pod/" + new.pod, "Successfully assigned observability/%s to %s" % (new.pod, new.node)))
    r.add(4.5, E, event("Normal", "Pulling", "pod/" + new.pod, 'Pulling image "otel/opentelemetry-collector-contrib:0.97.0"'))
    r.add(26.0, E, event("Normal", "Pulled", "pod/" + new.pod, 'Successfully pulled image "otel/opentelemetry-collector-contrib:0.97.0" in 21.4s (21.4s including waiting)'), ev=True)
    r.add(26.4, E, event("Normal", "Started", "pod/" + new.pod, "Started container otel-collector"))
    r.add(27.1, new.L, lambda t: "%s\tinfo\tservice@v0.97.0/telemetry.go:55\tSetting up own telemetry..." % iso_ms(t))
    r.add(27.9, new.L, lambda t: "%s\tinfo\totlpreceiver@v0.97.0/otlp.go:102\tStarting GRPC server\t{\"kind\": \"receiver\", \"name\": \"otlp\", \"data_type\": \"traces\", \"endpoint\": \"0.0.0.0:4317\"}" % iso_ms(t))
    r.add(28.0, new.L, lambda t: "%s\tinfo\tservice@v0.97.0/service.go:195\tEverything is ready. Begin running and processing data." % iso_ms(t))
    r.add(52.0, SS.argo.L, logrus("info", "Updated health status: Progressing -> Healthy", "application=argocd/otel-collector"))
    # exporters in three namespaces
    for i, sec in enumerate([3.4, 8.4, 13.4, 18.4, 23.4]):
        w = SS.de if i % 2 == 0 else SS.de2
        r.add(sec, w.L, lambda t: '%s traces export: context deadline exceeded: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 172.20.81.44:4317: connect: connection refused"' % t.strftime("%Y/%m/%d %H:%M:%S"), ev=(i == 0))
    for i, sec in enumerate([5.1, 11.7, 19.9]):
        r.add(sec, SS.rapi.L, lambda t: '{"stack":"Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 172.20.81.44:4317 (%s)\\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)","message":"14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 172.20.81.44:4317","code":"14","details":"No connection established. Last error: connect ECONNREFUSED 172.20.81.44:4317","metadata":"[object Object]","name":"Error"}' % iso_ms(t), ev=(i == 0))
    for i, sec in enumerate([6.3, 16.3]):
        r.add(sec, SS.gps.L, rust("ERROR", "opentelemetry_sdk", "OpenTelemetry trace error occurred. Exporter otlp encountered the following error(s): the grpc server returns error (The service is currently unavailable): , detailed error message: error trying to connect: tcp connect error: Connection refused (os error 111)"))
    r.add(9.0, SS.eta.L, pylog("WARNING", "opentelemetry.exporter.otlp.proto.grpc.exporter", "Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector.observability.svc:4317, retrying in 2s."))
    r.add(21.0, SS.eta.L, pylog("WARNING", "opentelemetry.exporter.otlp.proto.grpc.exporter", "Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector.observability.svc:4317, retrying in 8s."))
    r.add(24.5, SS.de.L, lambda t: "%s traces export: exporter export timeout: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 172.20.81.44:4317: connect: connection refused\"" % t.strftime("%Y/%m/%d %H:%M:%S"))
    r.add(24.9, SS.dns.L, coredns_q("%s:41877" % SS.de.ip, 4121, "A", "otel-collector.observability.svc.cluster.local.", "NOERROR", "qr,aa,rd", 126, 0.000144))
    r.noise(SS_NOISE, 0, 120, 38, exclude=("argo",))
    return r.build(
        source="synthetic:single_replica_collector_rollout",
        question="dispatch-engine, rider-api, gps-ingest and eta-predictor all logged 'connection refused' around 11:20. Was there a network outage?",
        selector=None, severity="WARN", category="connection_refused", component="otel-collector",
        root_cause="Argo CD rolled otel-collector (namespace observability) from 0.96 to 0.97. The Deployment has a single replica, so the old pod stopped before the new one could start, and the image pull took 21 s. For about 25 s nothing listened behind the otel-collector Service (ClusterIP 172.20.81.44:4317), so the OTLP exporters in dispatch, rider, tracking and invoicing were refused. Name resolution worked, the applications served traffic normally, and exports resumed once the new collector was ready.",
        summary="A short, self-healing outage of a shared dependency in another namespace. Four different clients saw connection refused at the same moment and some spans were dropped.",
        action="Optional: run otel-collector with at least 2 replicas and a RollingUpdate strategy with maxUnavailable 0 (plus a PDB), and pre-pull the image, so rollouts don't drop telemetry.",
        tags=tags(SSD, ["opentelemetry-collector", "argo-cd", "go", "nodejs", "rust", "python"], ["cross-namespace", "broken-server-many-clients", "dependency-by-ip", "transient"]))


# ------------------------------------------------------------------ w36 CRITICAL application_error
def w36():
    r = Rec("w36", "2026-03-23T07:50:00Z")
    g1, g2 = SS.gps, SS.gps2
    u1, u2 = uuid4(r.rng), uuid4(r.rng)
    ua54 = "SpokeRider/5.4.0 (Android 14; Galaxy A54)"
    panic = [
        "thread 'tokio-runtime-worker' panicked at src/decode.rs:142:38:",
        "called `Result::unwrap()` on an `Err` value: ParseFloatError { kind: Invalid }",
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ]
    cyc = [(g1, u1, SS.N3, [6.0, 19.5, 42.0]), (g2, u2, SS.N4, [7.2, 21.0, 44.1])]
    backs = ["10s", "20s", "40s", "1m20s"]
    for w, uid, node, starts in cyc:
        for i, sec in enumerate(starts):
            if i > 0:
                r.add(sec - 1.5, w.L, rust("INFO", "gps_ingest", "gps-ingest 2.7.3 listening on 0.0.0.0:8080 (mongodb track-store-svc.tracking.svc:27017)"))
            rider = pick(r.rng, ["R-0212", "R-0503", "R-0147"])
            r.add(sec - 0.01, w.L, rust("INFO", "gps_ingest::http", "accepted batch rider=%s app=5.4.0 points=%d" % (rider, r.rng.randint(8, 20))))
            r.block(sec, w.L, panic, step=0.00001, ev=((0, 1) if i == 0 else False))
            r.add(sec + 0.6, ss_kubelet(node), kl_pleg(2870, w, uid, "ContainerDied", hexid(r.rng, 64)))
            r.add(sec + 0.9, ss_kubelet(node), kl_crashloop(2870, w, uid, backs[i]))
            if i == 2:
                r.add(sec + 1.0, EVT("tracking"), event("Warning", "BackOff", "pod/" + w.pod, "Back-off restarting failed container gps-ingest in pod %s_tracking(%s)" % (w.pod, uid)))
    r.add(5.9, SS.envoy.L, envoy_access("POST", "/v1/track/batch", 202, "-", 2411, 0, 9, "8", "77.161.40.12", ua54, uuid4(r.rng), "api.spokesatchel.coop", "%s:8080" % g1.ip, proto="HTTP/2"))
    for sec in (8.2, 25.0, 33.3, 50.8, 61.1, 74.6, 95.2):
        r.add(sec, SS.envoy.L, envoy_access("POST", "/v1/track/batch", 503, "UH", r.rng.randint(1500, 4000), 19, 0, "-", "%d.%d.%d.%d" % (r.rng.randint(31, 95), r.rng.randint(0, 255), r.rng.randint(0, 255), r.rng.randint(1, 254)),
                                            pick(r.rng, [ua54] + SS.UA[:2]), uuid4(r.rng), "api.spokesatchel.coop", "-", proto="HTTP/2"))
    r.add(35.0, SS.rapi.L, pino("warn", SS.rapi.pod, "live courier position unavailable", upstream="http://gps-ingest.tracking.svc:8080/v1/positions/latest", status=503, context="TrackingService"))
    r.add(70.0, SS.rapi.L, pino("warn", SS.rapi.pod, "live courier position unavailable", upstream="http://gps-ingest.tracking.svc:8080/v1/positions/latest", status=503, context="TrackingService"))
    r.add(80.0, SS.de.L, zap("warn", "assign/positions.go:58", "rider positions stale; assigning on last known positions", stale_riders=38, max_age_s=96))
    for w, uid, node in ((g1, u1, SS.N3), (g2, u2, SS.N4)):
        r.add(83.0 + (0.4 if w is g2 else 0), ss_kubelet(node), kl_crashloop(2870, w, uid, "40s"))
    r.noise(SS_NOISE, 0, 100, 18, exclude=("gps", "envoy"))
    return r.build(
        source="synthetic:rust_unwrap_panic_on_new_client_input",
        question="Since the rider app 5.4.0 rollout this morning live tracking is down and Envoy returns 503 for /v1/track/batch. Is Envoy or the new app broken?",
        selector=None, severity="CRITICAL", category="application_error", component="gps-ingest",
        root_cause="gps-ingest has a bug: its decoder unwraps the f64 parse of each coordinate (src/decode.rs:142). Rider app 5.4.0 on some locales sends latitude/longitude as strings with a decimal comma (e.g. \"52,3702\"), so the parse returns ParseFloatError and the panic aborts the process (panic=abort). Both replicas receive such batches and crash-loop, leaving Envoy with no healthy upstream (503 UH). Envoy and the app's request volume are fine.",
        summary="An unhandled-input panic in gps-ingest takes the whole tracking ingest path down. Rider positions go stale and dispatch assigns on old positions.",
        action="Hotfix gps-ingest to parse coordinates defensively (accept or normalise a decimal comma, reject bad points with a 400 instead of unwrap). Meanwhile halt the 5.4.0 rollout or have rider-api/Envoy reject the bad payload, and add a fuzz test for coordinate parsing.",
        tags=tags(SSD, ["rust", "envoy", "kubelet", "nestjs", "go", "eks"], ["crash-loop", "loud-victim", "bad-input"]))


# ------------------------------------------------------------------ w37 CRITICAL node_failure
def w37():
    r = Rec("w37", "2026-03-25T13:10:00Z")
    N = SS.N3
    for sec in (2.0, 6.5, 11.0):
        r.add(sec, SS.gps.L, rust("INFO", "gps_ingest::sink", "batch persisted points=%d riders=%d took_ms=%d" % (r.rng.randint(300, 800), r.rng.randint(40, 70), r.rng.randint(4, 20))))
    r.add(14.2, KERN(N), raw("nvme nvme0: I/O 412 QID 3 timeout, aborting"), ev=True)
    r.add(14.2, KERN(N), raw("nvme nvme0: I/O 413 QID 3 timeout, aborting"))
    r.add(14.3, KERN(N), raw("nvme nvme0: Abort status: 0x0"))
    r.add(44.6, KERN(N), raw("nvme nvme0: I/O 412 QID 3 timeout, reset controller"), ev=True)
    r.add(44.7, KERN(N), raw("nvme nvme0: I/O 17 QID 0 timeout, reset controller"))
    r.add(31.0, ss_kubelet(N), klog("E", 2870, "kubelet_node_status.go:540", '"Error updating node status, will retry" err="error getting node \\"%s\\": Get \\"https://8C1E5F0A9B3D27E6.gr7.eu-central-1.eks.amazonaws.com/api/v1/nodes/%s?resourceVersion=0&timeout=10s\\": context deadline exceeded"' % (N, N)))
    r.add(52.0, SS.envoy.L, envoy_access("POST", "/v1/track/batch", 503, "UF", 2214, 91, 1001, "-", "85.146.22.71", SS.UA[0], uuid4(r.rng), "api.spokesatchel.coop", "%s:8080" % SS.gps.ip, proto="HTTP/2"))
    r.add(61.0, SS.envoy.L, envoy_access("POST", "/v1/track/batch", 503, "UF", 1980, 91, 1000, "-", "31.201.7.144", SS.UA[1], uuid4(r.rng), "api.spokesatchel.coop", "%s:8080" % SS.gps.ip, proto="HTTP/2"))
    r.add(58.0, EVT("default"), event("Normal", "NodeNotReady", "node/" + N, "Node %s status is now: NodeNotReady" % N), ev=True)
    for ns, p in (("tracking", "track-store-1"), ("tracking", SS.gps.pod), ("dispatch", "dispatch-nats-1"), ("rider", "rider-api-5d9c8b7f6-h7qwz")):
        r.add(58.2, EVT(ns), event("Warning", "NodeNotReady", "pod/" + p, "Node is not ready"))
    ts0 = SS.ts0
    r.add(24.0, ts0.L, mongo("I", "REPL_HB", 23974, "ReplCoord-14", "Heartbeat failed after max retries",
                             {"target": "track-store-1.track-store-svc.tracking.svc.cluster.local:27017", "maxHeartbeatRetries": 2,
                              "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Error connecting to track-store-1.track-store-svc.tracking.svc.cluster.local:27017 (10.24.71.45:27017) :: caused by :: Connection timed out"}}))
    r.add(24.1, ts0.L, mongo("I", "REPL", 21215, "ReplCoord-14", "Member is in new state", {"hostAndPort": "track-store-1.track-store-svc.tracking.svc.cluster.local:27017", "newState": "(not reachable/healthy)"}))
    r.add(25.0, SS.ts2.L, mongo("I", "REPL", 21215, "ReplCoord-3", "Member is in new state", {"hostAndPort": "track-store-1.track-store-svc.tracking.svc.cluster.local:27017", "newState": "(not reachable/healthy)"}))
    r.add(27.5, SS.nats0.L, nats("INF", "10.24.71.88:6222 - rid:45 - Router connection closed: Stale Connection"))
    r.add(28.0, SS.nats2.L, nats("INF", "10.24.71.88:6222 - rid:38 - Router connection closed: Stale Connection"))
    r.add(40.0, SS.nats0.L, nats("ERR", "10.24.71.88:6222 - rid:46 - Error trying to connect to route (attempt 3): dial tcp 10.24.71.88:6222: i/o timeout"))
    r.add(41.0, SS.nats0.L, nats("WRN", "JetStream cluster stream 'DISPATCH > JOBS' peer 'dispatch-nats-1' is not current, lag unknown"))
    r.add(130.4, KERN(N), raw("INFO: task kubelet:2211 blocked for more than 122 seconds."), ev=True)
    r.add(130.4, KERN(N), raw("      Not tainted 6.1.82-99.168.amzn2023.aarch64 #1"))
    r.add(130.5, KERN(N), raw("INFO: task containerd:1890 blocked for more than 122 seconds."))
    r.add(130.6, KERN(N), raw("INFO: task journal-offline:412 blocked for more than 122 seconds."))
    r.add(70.0, SS.de.L, zap("warn", "bus/nats.go:112", "publish ack slow", subject="dispatch.jobs.assigned", took_ms=2100, cluster_size=3, current_peers=2))
    r.add(120.0, SS.rapi.L, pino("info", SS.rapi.pod, "request completed", context="HTTP", req={"method": "GET", "url": "/v1/riders/me/jobs"}, res={"statusCode": 200}, responseTime=31))
    r.add(358.5, EVT("tracking"), event("Normal", "TaintManagerEviction", "pod/" + SS.gps.pod, "Marking for deletion Pod tracking/" + SS.gps.pod))
    r.add(358.6, EVT("tracking"), event("Normal", "TaintManagerEviction", "pod/track-store-1", "Marking for deletion Pod tracking/track-store-1"))
    r.add(359.0, EVT("tracking"), event("Normal", "SuccessfulCreate", "replicaset/gps-ingest-6d7f8c9b5", "Created pod: gps-ingest-6d7f8c9b5-w4qzn"))
    r.add(362.0, ts0.L, mongo("I", "REPL_HB", 23974, "ReplCoord-21", "Heartbeat failed after max retries",
                              {"target": "track-store-1.track-store-svc.tracking.svc.cluster.local:27017", "maxHeartbeatRetries": 2,
                               "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Error connecting to track-store-1.track-store-svc.tracking.svc.cluster.local:27017 (10.24.71.45:27017) :: caused by :: Connection timed out"}}))
    r.noise(SS_NOISE, 0, 370, 30, exclude=("gps", "envoy"))
    return r.build(
        source="synthetic:node_nvme_hang_not_ready",
        question="track-store lost a replica-set member and NATS dropped a route. Is the MongoDB cluster failing?",
        selector=None, severity="CRITICAL", category="node_failure", component=SS.N3,
        root_cause="Node ip-10-24-71-9 hung. Its NVMe (EBS root) device stopped completing I/O ('I/O timeout, aborting' and then 'reset controller'), so kubelet and containerd blocked for over 2 minutes, the node stopped posting status and went NotReady. The pods on it (track-store-1, dispatch-nats-1, a gps-ingest replica, a rider-api replica) became unreachable together. MongoDB and NATS are healthy on the other nodes; they are only reporting the lost peer.",
        summary="A node failure under several stateful workloads. One MongoDB member and one NATS JetStream peer are down, so replication redundancy is reduced, and gps-ingest briefly returned 503 until the node was tainted.",
        action="Terminate/replace the instance (check EC2 status checks and the EBS volume health; Karpenter or the ASG will bring a new node), make sure track-store-1 and dispatch-nats-1 reattach their EBS volumes in the same AZ and resync, and keep the PDBs so a second node loss cannot break quorum.",
        tags=tags(SSD, ["linux-kernel", "kubelet", "mongodb", "nats", "envoy", "eks"], ["shared-node", "loud-victim", "hardware"]))


# ------------------------------------------------------------------ w38 ERROR timeout
def w38():
    r = Rec("w38", "2026-03-26T17:59:50Z")
    E = EVT("rider")
    runs = [(10.0, "session-janitor-29554680", "xq7wk"), (310.0, "session-janitor-29554685", "b2kdn")]
    for k, (t, job, sfx) in enumerate(runs):
        jw = W("rider", "%s-%s" % (job, sfx), "janitor", SS.N5, "session-janitor", "10.24.52.%d" % (190 + k))
        r.add(t - 0.9, E, event("Normal", "SuccessfulCreate", "cronjob/session-janitor", "Created job " + job))
        r.add(t - 0.2, E, event("Normal", "Started", "pod/" + jw.pod, "Started container janitor"))
        r.add(t, jw.L, pylog("INFO", "session_janitor", "connected to redis-sessions.rider.svc.cluster.local:6379 (role=master)"))
        r.add(t + 0.01, jw.L, pylog("INFO", "session_janitor", "scanning session keys with KEYS sess:*"), ev=(k == 0))
        r.add(t + 4.22, jw.L, pylog("INFO", "session_janitor", "KEYS sess:* returned %d keys in %.3fs" % (412880 + k * 911, 4.206 + k * 0.071)), ev=True)
        r.add(t + 4.6, jw.L, pylog("INFO", "session_janitor", "removed %d expired sessions (pipelined DEL, 0.31s)" % (18211 - k * 15811)))
        r.add(t + 6.0, E, event("Normal", "Completed", "job/" + job, "Job completed"))
        r.add(t + 6.5, E, event("Normal", "SawCompletedJob", "cronjob/session-janitor", "Saw completed job: %s, status: Complete" % job))
        for j in range(5):
            sec = t + 0.9 + j * 0.7 + r.rng.uniform(0, 0.2)
            w = SS.rapi if j % 2 == 0 else SS.rapi2
            r.add(sec, w.L, pino("error", w.pod, "session lookup failed", context="SessionGuard", err={"type": "Error", "message": "Command timed out", "stack": "Error: Command timed out\n    at Timeout._onTimeout (/app/node_modules/ioredis/built/Command.js:192:33)"}), ev=(k == 0 and j < 2))
            r.add(sec + 0.002, w.L, pino("info", w.pod, "request completed", context="HTTP", req={"method": "GET", "url": "/v1/riders/me/jobs"}, res={"statusCode": 503}, responseTime=1003))
            r.add(sec + 0.003, SS.envoy.L, envoy_access("GET", "/v1/riders/me/jobs", 503, "-", 0, 57, 1004, "1003", "%d.%d.%d.%d" % (r.rng.randint(31, 95), r.rng.randint(0, 255), r.rng.randint(0, 255), r.rng.randint(1, 254)),
                                                       pick(r.rng, SS.UA[:2]), uuid4(r.rng), "api.spokesatchel.coop", "%s:3000" % w.ip, proto="HTTP/2"))
    r.add(120.0, SS.rapi.L, pino("warn", SS.rapi.pod, "riders reporting forced logout", context="SessionGuard", count_5m=212))
    r.add(200.0, SS.sc0.L, redis("M", "*", "10000 changes in 60 seconds. Saving..."))
    r.add(200.0, SS.sc0.L, redis("M", "*", "Background saving started by pid 5310"))
    r.add(201.4, SS.sc0.L, redis("M", "*", "Background saving terminated with success"))
    r.noise(SS_NOISE, 0, 330, 30, exclude=("rapi",))
    return r.build(
        source="synthetic:redis_blocked_by_keys",
        question="Riders get 503s and forced logouts every few minutes this evening, and rider-api shows Redis 'Command timed out'. Is session-cache overloaded?",
        selector={"namespace": "rider"}, severity="ERROR", category="timeout", component="session-janitor",
        root_cause="The session-janitor CronJob, which runs every 5 minutes, scans session-cache (Service redis-sessions) with KEYS sess:* over about 413k keys. Redis is single-threaded, so each run blocks the master for about 4.2 s. rider-api's ioredis calls (1 s commandTimeout) fail with 'Command timed out' during exactly those windows (18:00:00–18:00:05, 18:05:00–18:05:05) and return 503. session-cache itself is healthy; the janitor's blocking command is the cause.",
        summary="A housekeeping job makes a shared Redis answer too slowly, on a schedule. rider-api is the visible victim and the pattern repeats every 5 minutes.",
        action="Change session-janitor to SCAN with a COUNT (or rely on Redis key TTLs and drop the janitor), and run it against a replica if a scan is still needed. Suspend the CronJob until fixed (kubectl -n rider patch cronjob session-janitor -p '{\"spec\":{\"suspend\":true}}').",
        tags=tags(SSD, ["redis", "nodejs", "ioredis", "nestjs", "python", "envoy"], ["loud-victim", "name-differs-from-service", "periodic"]))


# ------------------------------------------------------------------ w39 WARN oom_killed
def w39():
    r = Rec("w39", "2026-02-28T23:10:00Z")
    pdf, inv = SS.pdf, SS.inv
    uid = uuid4(r.rng)
    N = SS.N4
    big = "INV-2026-02-00417"
    jb = hexid(r.rng, 24)
    r.add(2.0, inv.L, sidekiq("INFO", "d4q1", "InvoiceRenderJob", jb, "start"))
    r.add(2.3, pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendering %s: 4212 lines, 171 pages (concurrent renders: 5)" % big))
    for i in range(4):
        r.add(3.0 + i * 2.1, pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendered invoice INV-2026-02-0%04d (%d pages) in %d ms" % (r.rng.randint(1000, 1999), r.rng.randint(1, 3), r.rng.randint(150, 400))))
    r.add(14.0, pdf.L, dotnet("warn", "PdfRender.Api.MemoryWatch", 0, "Working set 489 MB of 512 MB limit (GC heap 402 MB)"))
    r.add(17.81, KERN(N), raw("dotnet invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985"))
    r.add(17.81, KERN(N), raw("memory: usage 524288kB, limit 524288kB, failcnt 212"))
    r.add(17.82, KERN(N), raw("Memory cgroup out of memory: Killed process 8123 (dotnet) total-vm:3188432kB, anon-rss:521344kB, file-rss:41232kB, shmem-rss:0kB, UID:1654 pgtables:1512kB oom_score_adj:985"), ev=True)
    r.add(18.3, ss_kubelet(N), kl_pleg(2870, pdf, uid, "ContainerDied", hexid(r.rng, 64)))
    r.add(18.9, EVT("invoicing"), event("Normal", "Pulled", "pod/" + pdf.pod, 'Container image "318274569021.dkr.ecr.eu-central-1.amazonaws.com/coop/pdf-render:2.3.0" already present on machine'))
    r.add(19.2, EVT("invoicing"), event("Normal", "Started", "pod/" + pdf.pod, "Started container pdf-render"))
    r.add(17.9, inv.L, sidekiq("WARN", "d4q1", "InvoiceRenderJob", jb, "Faraday::ConnectionFailed: end of file reached [%s]" % big), ev=True)
    r.add(17.9, inv.L, sidekiq("INFO", "d4q1", "InvoiceRenderJob", jb, "fail: 15.902 sec"))
    for i, sec in enumerate((18.6, 19.4)):
        j = hexid(r.rng, 24)
        r.add(sec, inv.L, sidekiq("WARN", "e%03d" % i, "InvoiceRenderJob", j, 'Faraday::ConnectionFailed: Failed to open TCP connection to pdf-render.invoicing.svc.cluster.local:8080 (Connection refused - connect(2) for "pdf-render.invoicing.svc.cluster.local" port 8080)'))
        r.add(sec + 0.001, inv.L, sidekiq("INFO", "e%03d" % i, "InvoiceRenderJob", j, "fail: 0.004 sec"))
    r.add(21.7, pdf.L, dotnet("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
    r.add(21.7, pdf.L, dotnet("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."))
    for i in range(3):
        r.add(45.0 + i * 3.0, pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendered invoice INV-2026-02-0%04d (%d pages) in %d ms" % (r.rng.randint(1000, 1999), r.rng.randint(1, 3), r.rng.randint(150, 400))))
    r.add(48.0, inv.L, sidekiq("INFO", "f9k2", "InvoiceRenderJob", jb, "start"))
    r.add(48.2, pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendering %s: 4212 lines, 171 pages (concurrent renders: 1)" % big))
    r.add(66.4, pdf.L, dotnet("info", "PdfRender.Api.InvoiceRenderer", 0, "Rendered invoice %s (171 pages) in 18204 ms, peak working set 438 MB" % big))
    r.add(66.5, inv.L, sidekiq("INFO", "f9k2", "InvoiceRenderJob", jb, "done: 18.531 sec"))
    r.noise(SS_NOISE, 0, 90, 26, exclude=("inv",))
    return r.build(
        source="synthetic:single_oom_then_recovered",
        question="pdf-render restarted once during the February invoice run and invoice-runner logged connection errors. Do we need to do anything?",
        selector=None, severity="WARN", category="oom_killed", component="pdf-render",
        root_cause="pdf-render was OOMKilled once (cgroup limit 512 Mi) while rendering the unusually large invoice INV-2026-02-00417 (4,212 lines, 171 pages) alongside four other renders. The kernel killed the dotnet process, the kubelet restarted the container immediately, and invoice-runner's failed jobs ('end of file reached', then 'connection refused' during the restart) succeeded on Sidekiq retry, including the large invoice at 438 MB peak.",
        summary="A single out-of-memory kill of pdf-render caused by one very large document under concurrency. It recovered by itself and no invoices were lost.",
        action="Optional: raise pdf-render's memory limit (e.g. 768 Mi) or render very large invoices on their own (limit concurrency by document size), and alert if restarts repeat.",
        tags=tags(SSD, ["dotnet", "linux-kernel", "ruby", "sidekiq", "kubelet"], ["transient", "loud-victim"]))


# ------------------------------------------------------------------ w40 WARN tls_certificate
def w40():
    r = Rec("w40", "2026-03-27T09:10:00Z")
    kv = SS.kyv
    E = EVT("dispatch")
    r.add(0.5, kv.L, jlog(level="info", ts="@T", logger="tls", caller="tls/renewer.go:112", msg="root CA certificate will expire soon, renewing", secret="kyverno-svc.kyverno.svc.kyverno-tls-ca", expiry="2026-03-28T09:10:02Z"), ev=True)
    r.add(0.8, kv.L, jlog(level="info", ts="@T", logger="tls", caller="tls/renewer.go:147", msg="CA certificate renewed", secret="kyverno-svc.kyverno.svc.kyverno-tls-ca"), ev=True)
    r.add(1.1, kv.L, jlog(level="info", ts="@T", logger="tls", caller="tls/renewer.go:171", msg="TLS pair renewed", secret="kyverno-svc.kyverno.svc.kyverno-tls-pair"))
    r.add(1.6, kv.L, jlog(level="info", ts="@T", logger="webhooks.server", caller="server/server.go:231", msg="reloaded TLS certificate for webhook server"))
    xerr = ('failed calling webhook \\"%s\\": failed to call webhook: Post \\"https://kyverno-svc.kyverno.svc:443/%s/fail?timeout=10s\\": tls: failed to verify certificate: '
            'x509: certificate signed by unknown authority (possibly because of \\"crypto/rsa: verification error\\" while trying to verify candidate authority certificate \\"*.kyverno.svc\\")')
    r.add(20.0, SS.argo.L, logrus("info", "Initiated automated sync to '3a9c1f27'", "application=argocd/dispatch-engine dest-namespace=dispatch dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal"))
    r.add(21.4, SS.argo.L, logrus("info", "Updating operation state. phase: Running -> Failed, message: 'one or more objects failed to apply, reason: Internal error occurred: %s'" % (xerr % ("validate.kyverno.svc-fail", "validate")),
                                  "application=argocd/dispatch-engine syncId=00031-QzFcK"), ev=True)
    r.add(21.5, SS.argo.L, logrus("info", "Partial sync operation to 3a9c1f27 failed: one or more objects failed to apply", "application=argocd/dispatch-engine dest-namespace=dispatch"))
    for i, sec in enumerate((38.0, 58.5, 99.0)):
        r.add(sec, E, event("Warning", "FailedCreate", "replicaset/dispatch-engine-7c9f5d8b6", "Error creating: Internal error occurred: %s" % (xerr % ("mutate.kyverno.svc-fail", "mutate")).replace('\\"', '"')), ev=(i == 0))
    r.add(37.5, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/dispatch-engine", "New size: 5; reason: cpu resource utilization (percentage of request) above target"))
    r.add(80.0, SS.argo.L, logrus("info", "Initiated automated sync to '3a9c1f27'", "application=argocd/dispatch-engine dest-namespace=dispatch dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal"))
    r.add(81.3, SS.argo.L, logrus("info", "Updating operation state. phase: Running -> Failed, message: 'one or more objects failed to apply, reason: Internal error occurred: %s'" % (xerr % ("validate.kyverno.svc-fail", "validate")),
                                  "application=argocd/dispatch-engine syncId=00032-LmR7a"))
    r.add(176.0, kv.L, jlog(level="info", ts="@T", logger="webhooks.config", caller="webhook/controller.go:412", msg="updating webhook configurations with new CA bundle",
                            validatingwebhookconfiguration="kyverno-resource-validating-webhook-cfg", mutatingwebhookconfiguration="kyverno-resource-mutating-webhook-cfg"), ev=True)
    r.add(176.3, kv.L, jlog(level="info", ts="@T", logger="webhooks.config", caller="webhook/controller.go:438", msg="webhook configurations reconciled"))
    r.add(190.0, E, event("Normal", "SuccessfulCreate", "replicaset/dispatch-engine-7c9f5d8b6", "Created pod: dispatch-engine-7c9f5d8b6-zq8mv"))
    r.add(200.0, SS.argo.L, logrus("info", "Initiated automated sync to '3a9c1f27'", "application=argocd/dispatch-engine dest-namespace=dispatch dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal"))
    r.add(202.6, SS.argo.L, logrus("info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", "application=argocd/dispatch-engine syncId=00033-Pw2tN"))
    r.add(202.7, SS.argo.L, logrus("info", "Sync operation to 3a9c1f27 succeeded", "application=argocd/dispatch-engine dest-namespace=dispatch"))
    for sec in (30.0, 70.0, 120.0, 160.0):
        r.add(sec, kv.L, jlog(level="info", ts="@T", logger="webhooks.resource.validate", caller="resource/handlers.go:156", msg="admission request processed", kind="ConfigMap", namespace="tracking", operation="UPDATE", allowed=True))
    r.noise(SS_NOISE, 0, 210, 34, exclude=("argo",))
    return r.build(
        source="synthetic:webhook_ca_rotation_lag",
        question="Argo CD's sync of dispatch-engine failed with an x509 'unknown authority' error from a webhook, and the ReplicaSet couldn't create pods. Is Argo CD's certificate broken?",
        selector=None, severity="WARN", category="tls_certificate", component="kyverno-admission-controller",
        root_cause="kyverno-admission-controller rotated its self-signed root CA and serving certificate at 09:10 but only wrote the new CA bundle into its Validating/MutatingWebhookConfigurations about 3 minutes later. In between, the API server could not verify Kyverno's new serving certificate ('x509: certificate signed by unknown authority'). With failurePolicy Fail, Argo CD's applies and the ReplicaSet's pod creations were rejected. Argo CD's own certificates are not involved, and the next sync succeeded once the caBundle was updated.",
        summary="A transient admission-webhook TLS failure caused by a controller's certificate rotation lag. Deploys and one scale-up were blocked for about 3 minutes and recovered by themselves.",
        action="Optional: upgrade Kyverno (later versions keep the old CA in the bundle during rotation) or lengthen the CA validity/renewal window, and consider failurePolicy Ignore for non-critical policies.",
        tags=tags(SSD, ["kyverno", "argo-cd", "kube-apiserver", "kubernetes-events"], ["controller-fault", "transient", "admission-webhook"]))


RECORDS = [w31, w32, w33, w34, w35, w36, w37, w38, w39, w40]


def build():
    return [f() for f in RECORDS]
