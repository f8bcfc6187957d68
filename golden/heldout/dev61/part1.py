"""dev61 part 1: w01-w10 (Kestrel Point Planetarium & Science Centre)."""
from common import *

DOM = "planetarium"


# ------------------------------------------------------------------ w01 INFO
def w01():
    r = Rec("w01", "2026-01-22T22:40:00Z")
    E = EVT("messaging")
    r.add(2.1, KP.fleet.L, logrus("info", "deploying bundle", "bundleDeployment=cluster-fleet-default-kp-prod-3e2b1/messaging-show-bus commit=8c1d2f7a helmRelease=show-bus"))
    r.add(4.3, KP.fleet.L, logrus("info", "bundle applied", "bundle=messaging-show-bus changes=\"StatefulSet/messaging/show-bus image rabbitmq:3.12.12-management -> rabbitmq:3.12.13-management\""))
    pods = [(KP.bus2, 6.0, "kp-wrk-04"), (KP.bus1, 98.0, "kp-wrk-03"), (KP.bus0, 191.0, "kp-wrk-02")]
    others = {KP.bus2.pod: [KP.bus0, KP.bus1], KP.bus1.pod: [KP.bus0, KP.bus2], KP.bus0.pod: [KP.bus1, KP.bus2]}
    for i, (b, t, node) in enumerate(pods):
        node_name = "rabbit@%s.show-bus-nodes.messaging" % b.pod
        r.add(t, E, event("Normal", "Killing", "pod/" + b.pod, "Stopping container rabbitmq"))
        r.add(t + 0.4, b.L, rabbit("info", 712, "RabbitMQ is asked to stop..."))
        r.add(t + 0.9, b.L, rabbit("info", 712, "Stopping RabbitMQ applications and their dependencies in the following order:"))
        r.add(t + 2.6, b.L, rabbit("info", 9241, "Closing all connections in vhost 'shows' on node '%s' because the vhost is stopping" % node_name))
        r.add(t + 4.8, b.L, rabbit("info", 712, "Successfully stopped RabbitMQ and its dependencies"))
        for o in others[b.pod]:
            r.add(t + 5.1 + 0.2 * others[b.pod].index(o), o.L, rabbit("info", 488, "node '%s' down: connection_closed" % node_name))
        leader = others[b.pod][0]
        r.add(t + 6.0, leader.L, rabbit("info", 1533, "queue 'dome.cues' in vhost 'shows': leader -> leader in term: %d machine version: 3" % (14 + i)))
        # clients connected to this node
        if i == 0:
            r.add(t + 2.7, KP.sched.L, celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
            r.add(t + 2.7, KP.sched.L, raw("amqp.exceptions.ConnectionForced: (0, 0): (320) CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"))
            r.add(t + 4.9, KP.sched.L, celery("INFO", "MainProcess", "Connected to amqp://shows:**@show-bus.messaging.svc:5672/shows"))
            r.add(t + 5.3, KP.sched.L, celery("INFO", "MainProcess", "mingle: searching for neighbors"))
            r.add(t + 6.4, KP.sched.L, celery("INFO", "MainProcess", "mingle: all alone"))
            r.add(t + 6.9, KP.sched.L, celery("INFO", "MainProcess", "celery@show-scheduler-84d6f7c5b-7jx9p ready."))
        if i == 1:
            r.add(t + 2.8, KP.proj.L, slog("WARN", "amqp connection closed", 'err="Exception (320) Reason: \\"CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'\\"" broker=show-bus.messaging.svc:5672'))
            r.add(t + 3.9, KP.proj.L, slog("INFO", "amqp reconnected", "broker=show-bus.messaging.svc:5672 attempt=1 queue=dome.cues"))
        r.add(t + 8.0, E, event("Normal", "Pulled", "pod/" + b.pod, 'Successfully pulled image "harbor.kp.lan/dockerhub-proxy/library/rabbitmq:3.12.13-management" in 3.904s (3.904s including waiting)' if i == 0 else 'Container image "harbor.kp.lan/dockerhub-proxy/library/rabbitmq:3.12.13-management" already present on machine'))
        r.add(t + 8.3, E, event("Normal", "Started", "pod/" + b.pod, "Started container rabbitmq"))
        r.add(t + 12.0, b.L, rabbit("info", 130, "Starting RabbitMQ 3.12.13 on Erlang 26.2.1 [jit]"))
        r.add(t + 12.4, b.L, rabbit("info", 130, " node           : %s" % node_name))
        r.add(t + 24.9, b.L, rabbit("info", 130, "Time to start RabbitMQ: 12481 ms"))
        r.add(t + 25.2, b.L, rabbit("info", 130, " Server startup complete; 5 plugins started."))
        for o in others[b.pod]:
            r.add(t + 25.6 + 0.3 * others[b.pod].index(o), o.L, rabbit("info", 488, "node '%s' up" % node_name))
    r.add(239.0, E, event("Normal", "SuccessfulUpdate", "statefulset/show-bus", "update Pod show-bus-0 in StatefulSet show-bus successful"))
    r.add(241.5, KP.fleet.L, logrus("info", "bundle ready", "bundle=messaging-show-bus state=Ready"))
    r.noise(KP_NOISE, 0, 250, 18, exclude=("box", "seat", "hap"))
    return r.build(
        source="synthetic:rabbitmq_rolling_upgrade",
        question="After the last show tonight show-scheduler logged CONNECTION_FORCED and lost its broker connection. Is something wrong with the message bus?",
        selector=None, severity="INFO", category="none", component=None,
        root_cause="No fault. Fleet is upgrading the show-bus RabbitMQ StatefulSet from 3.12.12 to 3.12.13 with a rolling restart. Each node stops cleanly, and CONNECTION_FORCED ('shutdown') is the broker closing its client connections as it stops. show-scheduler and projector-control reconnect within seconds and every node rejoins.",
        summary="A planned, Fleet-driven rolling upgrade of show-bus. The three nodes restart one at a time, quorum queue leadership moves, and clients reconnect. The bundle ends Ready.",
        action="Nothing to do. Optionally schedule broker upgrades outside the cue-sync window, or silence CONNECTION_FORCED alerts during Fleet rollouts.",
        tags=tags(DOM, ["rabbitmq", "celery", "go", "rancher-fleet", "kubernetes-events"], ["alarming-but-routine", "planned-maintenance"]))


# ------------------------------------------------------------------ w02 INFO
def w02():
    r = Rec("w02", "2026-01-30T03:00:00Z")
    E = EVT("ticketing")
    cm = KP.cm.L
    log = 'logger="cert-manager.%s"'
    r.add(0.41, cm, klog("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" %s key="ticketing/tickets-kp-lan" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-01-30 03:00:00 +0000 UTC"' % (log % "certificates-trigger")))
    r.add(0.42, cm, klog("I", 1, "conditions.go:203", '"Setting lastTransitionTime for Certificate condition" %s key="ticketing/tickets-kp-lan" condition="Issuing" lastTransitionTime="2026-01-30 03:00:00.42 +0000 UTC m=+1728012.311"' % (log % "certificates-trigger")))
    r.add(0.43, E, event("Normal", "Issuing", "certificate/tickets-kp-lan", "Renewing certificate as renewal was scheduled at 2026-01-30 03:00:00 +0000 UTC"))
    r.add(0.61, E, event("Normal", "Reused", "certificate/tickets-kp-lan", 'Reusing private key stored in existing Secret resource "tickets-kp-lan-tls"'))
    r.add(0.72, E, event("Normal", "Requested", "certificate/tickets-kp-lan", 'Created new CertificateRequest resource "tickets-kp-lan-8"'))
    r.add(0.80, E, event("Normal", "cert-manager.io", "certificaterequest/tickets-kp-lan-8", "Certificate request has been approved by cert-manager.io"))
    r.add(0.93, cm, klog("I", 1, "conditions.go:263", '"Setting lastTransitionTime for CertificateRequest condition" %s resource_name="tickets-kp-lan-8" resource_namespace="ticketing" resource_kind="CertificateRequest" resource_version="v1" condition="Ready" lastTransitionTime="2026-01-30 03:00:00.93 +0000 UTC m=+1728012.821"' % (log % "certificaterequests-issuer-vault")))
    r.add(1.57, cm, klog("I", 1, "sync.go:134", '"certificate issued" %s resource_name="tickets-kp-lan-8" resource_namespace="ticketing" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="vault-kp" related_resource_kind="ClusterIssuer"' % (log % "certificaterequests-issuer-vault")))
    r.add(1.58, E, event("Normal", "CertificateIssued", "certificaterequest/tickets-kp-lan-8", "Certificate fetched from issuer successfully"))
    r.add(1.71, cm, klog("I", 1, "issuing_controller.go:251", '"Issued certificate" %s key="ticketing/tickets-kp-lan" notAfter="2026-03-01 03:00:01 +0000 UTC"' % (log % "certificates-issuing")))
    r.add(1.72, E, event("Normal", "Issuing", "certificate/tickets-kp-lan", "The certificate has been successfully issued"))
    r.add(1.80, cm, klog("I", 1, "trigger_controller.go:201", '"Certificate does not need re-issuing yet" %s key="ticketing/tickets-kp-lan" renewal_time="2026-02-19 03:00:01 +0000 UTC"' % (log % "certificates-trigger")))
    hl = KP.hap.L
    r.add(2.34, hl, raw("2026/01/30 03:00:02 INFO    controller/secret.go:88 [transactionID=6e1a0b7c] secret 'ticketing/tickets-kp-lan-tls' modified, updating certificate /etc/haproxy/certs/frontend/ticketing_tickets-kp-lan-tls.pem"))
    r.add(2.51, hl, raw("2026/01/30 03:00:02 INFO    controller/controller.go:206 [transactionID=6e1a0b7c] reload required : SSL certificate updated"))
    r.add(2.66, hl, raw("[NOTICE]   (1) : Reloading HAProxy"))
    r.add(2.91, hl, raw("[NOTICE]   (1) : haproxy version is 2.8.5-aaba8d0"))
    r.add(2.93, hl, raw("[WARNING]  (1) : Former worker (312) exited with code 0 (Exit)"))
    r.add(3.02, hl, raw("[NOTICE]   (1) : Loading success."))
    r.add(3.10, hl, raw("2026/01/30 03:00:03 INFO    controller/controller.go:211 [transactionID=6e1a0b7c] HAProxy reloaded"))
    # nightly longhorn backups + unrelated quiet night
    lh = KP.lh.L
    r.add(5.0, lh, logrus("info", "Starting recurring job backup-nightly for volume pvc-2b7e41c9-8f0d-4a5e-9c1b-3d6f8a2e7b10", "func=app.recurringJobRun file=\"recurring_job.go:412\""))
    r.add(38.2, lh, logrus("info", "Finished recurring job backup-nightly for volume pvc-2b7e41c9-8f0d-4a5e-9c1b-3d6f8a2e7b10", "func=app.recurringJobRun file=\"recurring_job.go:470\" backup=backup-7d2c1e9a4b5f4c30 size=8.1GiB"))
    r.add(41.0, lh, logrus("warning", "Cannot find the backup target secret, falling back to the default credentials of node", "func=engineapi.getBackupCredentialEnv file=\"backups.go:78\""))
    r.noise(KP_NOISE, 0, 300, 26, exclude=("box", "seat", "kiosk", "exh", "proj"))
    return r.build(
        source="synthetic:cert_manager_scheduled_renewal",
        question="The tickets-kp-lan-tls Secret changed at 03:00 and HAProxy reloaded. Did something break overnight?",
        selector=None, severity="INFO", category="none", component=None,
        root_cause="No fault. cert-manager renewed the tickets.kp.lan certificate at its scheduled renewal time, ten days before it was due to expire, through the vault-kp ClusterIssuer. HAProxy noticed the updated Secret and reloaded cleanly. The Longhorn backup warning about the default credentials is long-standing and informational.",
        summary="A scheduled certificate renewal. The CertificateRequest was approved and issued (new notAfter 2026-03-01), HAProxy reloaded with 'Loading success', and the nightly Longhorn backup finished.",
        action="Nothing to do.",
        tags=tags(DOM, ["cert-manager", "vault", "haproxy", "longhorn", "kubernetes-events"], ["alarming-but-routine"]))


# ------------------------------------------------------------------ w03 INFO
def w03():
    r = Rec("w03", "2026-02-02T08:10:00Z")
    N = "kp-dome-gpu-01"
    E = EVT("dome")
    EN = EVT("default")
    old = KP.render
    new = KP.render.with_(pod="dome-render-5f7c9d8b6-k7sd2")
    uid_old = uuid4(r.rng)
    cid = hexid(r.rng, 64)
    r.add(1.0, EN, event("Normal", "NodeNotSchedulable", "node/" + N, "Node %s status is now: NodeNotSchedulable" % N))
    r.add(2.2, E, event("Normal", "Killing", "pod/" + old.pod, "Stopping container render"))
    r.add(2.3, kp_kubelet(N), kl_kill(2291, old, uid_old, cid, grace=60))
    r.add(2.4, old.L, rust("INFO", "dome_render::lifecycle", "received SIGTERM, finishing current frame and releasing GPU"))
    r.add(2.9, old.L, rust("INFO", "dome_render::lifecycle", "render loop stopped frames=1843220 dropped=3 uptime=6d21h"))
    r.add(3.3, E, event("Normal", "SuccessfulCreate", "replicaset/dome-render-5f7c9d8b6", "Created pod: " + new.pod))
    r.add(3.4, E, event("Warning", "FailedScheduling", "pod/" + new.pod, "0/8 nodes are available: 1 node(s) were unschedulable, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: true}, 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/8 nodes are available: 8 Preemption is not helpful for scheduling."))
    r.add(40.0, NODEJ(N, "systemd"), raw("Stopping rke2-agent.service - Rancher Kubernetes Engine v2 (agent)..."))
    r.add(44.5, NODEJ(N, "systemd"), raw("rke2-agent.service: Deactivated successfully."))
    r.add(52.0, KERN(N), raw("nvidia-nvlink: Unregistered Nvlink Core, major device number 236"))
    r.add(71.0, KERN(N), raw("nvidia: module license 'NVIDIA' taints kernel."))
    r.add(71.3, KERN(N), raw("NVRM: loading NVIDIA UNIX x86_64 Kernel Module  550.54.14  Thu Feb 22 01:44:30 UTC 2024"))
    r.add(88.0, EN, event("Normal", "NodeNotReady", "node/" + N, "Node %s status is now: NodeNotReady" % N))
    r.add(121.0, NODEJ(N, "systemd"), raw("Started rke2-agent.service - Rancher Kubernetes Engine v2 (agent)."))
    r.add(126.4, kp_kubelet(N), klog("I", 3342, "kubelet_node_status.go:73", '"Attempting to register node" node="%s"' % N))
    r.add(126.9, kp_kubelet(N), klog("I", 3342, "kubelet_node_status.go:76", '"Successfully registered node" node="%s"' % N))
    r.add(131.0, EN, event("Normal", "NodeReady", "node/" + N, "Node %s status is now: NodeReady" % N))
    dp = W("kube-system", "nvidia-device-plugin-daemonset-tq7x2", "nvidia-device-plugin-ctr", N, "nvidia-device-plugin")
    r.add(136.2, dp.L, klog("I", 1, "main.go:279", "Retrieving plugins."))
    r.add(136.8, dp.L, klog("I", 1, "server.go:216", "Starting GRPC server for 'nvidia.com/gpu'"))
    r.add(137.1, dp.L, klog("I", 1, "server.go:147", "Starting to serve 'nvidia.com/gpu' on /var/lib/kubelet/device-plugins/nvidia-gpu.sock"))
    r.add(137.4, dp.L, klog("I", 1, "server.go:154", "Registered device plugin for 'nvidia.com/gpu' with Kubelet"))
    r.add(150.0, EN, event("Normal", "NodeSchedulable", "node/" + N, "Node %s status is now: NodeSchedulable" % N))
    r.add(151.2, E, event("Normal", "Scheduled", "pod/" + new.pod, "Successfully assigned dome/%s to %s" % (new.pod, N)))
    r.add(152.0, E, event("Normal", "Pulled", "pod/" + new.pod, 'Container image "harbor.kp.lan/dome/dome-render:7.3.1" already present on machine'))
    r.add(152.4, E, event("Normal", "Started", "pod/" + new.pod, "Started container render"))
    r.add(153.1, new.L, rust("INFO", "dome_render", "dome-render 7.3.1 starting (wgpu 0.19, vulkan backend)"))
    r.add(153.6, new.L, rust("INFO", "dome_render::gpu", "adapter: NVIDIA RTX A6000 (driver 550.54.14), 49140 MiB, vendor=0x10de device=0x2230"))
    r.add(155.2, new.L, rust("INFO", "dome_render::playlist", "loaded programme for 2026-02-02: 6 shows, first 10:30 'The Little Star That Could'"))
    r.add(156.0, new.L, rust("INFO", "dome_render::output", "render loop started 4096x4096 fisheye @60fps, outputs=[dome-proj-a, dome-proj-b]"))
    r.add(160.0, KP.proj.L, slog("INFO", "dome-render heartbeat restored", "renderer=dome-render.dome.svc:7400 latency_ms=2"))
    r.noise(KP_NOISE, 0, 200, 24, exclude=("hap", "box", "seat"))
    return r.build(
        source="synthetic:planned_gpu_node_drain",
        question="dome-render was Pending with 'didn't match Pod's node affinity' and kp-dome-gpu-01 went NotReady this morning. Is the dome renderer broken?",
        selector=None, severity="INFO", category="none", component=None,
        root_cause="No fault. Before opening, kp-dome-gpu-01 was cordoned and drained for a planned NVIDIA driver update (550.54.14). dome-render was Pending only because the single GPU node was unschedulable, and NotReady was the deliberate rke2-agent restart. After uncordon the device plugin registered the GPU and dome-render started normally.",
        summary="A planned drain and driver update of the dome GPU node. dome-render stopped gracefully, waited Pending, and was rescheduled and rendering at 60 fps within about 2.5 minutes.",
        action="Nothing to do. Because there is only one GPU node, keep such maintenance outside opening hours.",
        tags=tags(DOM, ["kubelet", "kube-scheduler", "nvidia-device-plugin", "rust", "rke2"], ["alarming-but-routine", "planned-maintenance", "shared-node"]))


# ------------------------------------------------------------------ w04 ERROR database
def w04():
    r = Rec("w04", "2026-02-14T18:40:00Z")
    led = KP.ledger1
    box, box2, seat = KP.box, KP.box2, KP.seat

    def fatal(sec, client_ip, app, ev=True):
        r.add(sec, led.L, cnpg("ticket-ledger-1", "info", "FATAL", "sorry, too many clients already", user="app", db="ledger",
                               pid=r.rng.randint(30000, 39999), conn_from="%s:%d" % (client_ip, r.rng.randint(40000, 60000)), state="53300",
                               extra={"application_name": app}), ev=ev)

    r.add(3.0, led.L, cnpg("ticket-ledger-1", "info", "LOG", "connection authorized: user=app database=ledger application_name=sales-dashboard SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
                           pid=30118, conn_from="10.42.3.61:51220"))
    t = 20.0
    for i in range(3):
        fatal(t + i * 11.0, box.ip if i % 2 == 0 else box2.ip, "box-office-api", ev=(i == 0))
    fatal(27.0, seat.ip, "seat-map", ev=True)
    r.add(20.3, box.L, spring("WARN", "box-office-api", "nio-8080-exec-7", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 53300"), ev=True)
    r.add(20.3, box.L, spring("ERROR", "box-office-api", "nio-8080-exec-7", "o.h.engine.jdbc.spi.SqlExceptionHelper", "FATAL: sorry, too many clients already"), ev=True)
    r.add(20.4, box.L, spring("ERROR", "box-office-api", "nio-8080-exec-7", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause"))
    r.block(20.4, box.L, [
        "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:698)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:207)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:262)",
        "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:477)",
        "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:725)",
    ], step=0.0001)
    r.add(31.2, box2.L, spring("WARN", "box-office-api", "nio-8080-exec-2", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=6, active=6, idle=0, waiting=14)"))
    r.add(31.3, box2.L, spring("ERROR", "box-office-api", "nio-8080-exec-2", "c.k.boxoffice.checkout.CheckoutController", "Checkout failed for basket B-77421: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=6, active=6, idle=0, waiting=14)] [n/a]"))
    r.add(27.2, seat.L, pino("error", seat.pod, "failed to load seat map", performance=8861,
                             err={"type": "DatabaseError", "message": "sorry, too many clients already", "code": "53300", "severity": "FATAL",
                                  "stack": "error: sorry, too many clients already\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)"}), ev=True)
    r.add(49.0, seat.L, pino("error", seat.pod, "failed to load seat map", performance=8862,
                             err={"type": "DatabaseError", "message": "sorry, too many clients already", "code": "53300", "severity": "FATAL"}))
    fatal(58.5, seat.ip, "seat-map", ev=False)
    fatal(63.1, box2.ip, "box-office-api", ev=False)
    r.add(66.0, led.L, cnpg("ticket-ledger-1", "info", "FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute", user="app", db="ledger",
                            pid=34410, conn_from="10.42.3.61:51388", state="53300", extra={"application_name": "sales-dashboard"}), ev=True)
    for k, (sec, st, req) in enumerate([(20.5, 500, "POST /api/v1/checkout HTTP/1.1"), (33.0, 500, "POST /api/v1/checkout HTTP/1.1"),
                                        (27.3, 503, "GET /api/seats/dome-a/performance/8861 HTTP/1.1"), (61.9, 500, "POST /api/v1/checkout HTTP/1.1"),
                                        (49.1, 503, "GET /api/seats/dome-a/performance/8862 HTTP/1.1")]):
        be = "ticketing_seat-map_http/SRV_1" if "seats" in req else "ticketing_box-office-api_http/SRV_%d" % (1 + k % 2)
        r.add(sec, KP.hap.L, haproxy("%s:%d" % (pick(r.rng, KP.CLIENTS), r.rng.randint(30000, 65000)), "https~", be,
                                     "0/0/1/%d/%d" % (30012 if st == 500 and k else 88, 30013 if st == 500 and k else 89), st, 312, "----", "41/41/9/4/0", req))
    r.noise(KP_NOISE, 0, 90, 22, exclude=("box", "seat", "ledger"))
    return r.build(
        source="synthetic:postgres_too_many_clients",
        question="Checkout on the box office returns 500s and the seat map won't load during the Valentine's evening rush. What is wrong with box-office-api?",
        selector={"namespace": "ticketing"}, severity="ERROR", category="database", component="ticket-ledger",
        root_cause="The ticket-ledger PostgreSQL cluster (CloudNativePG, reached through ticket-ledger-rw) has used every connection slot and rejects new sessions with FATAL 53300 'sorry, too many clients already'. box-office-api (HikariCP), seat-map and even the sales dashboard are refused the same way, so the fault is on the database side, not in either client.",
        summary="Every client of ticket-ledger fails with SQLSTATE 53300 at the same time. box-office-api checkouts time out waiting for pool connections and return 500s through HAProxy, and seat-map returns 503.",
        action="On ticket-ledger-1, inspect pg_stat_activity for idle or idle-in-transaction sessions holding slots and terminate the stale ones. Then bound the client pools or put a CNPG Pooler (PgBouncer) in front of ticket-ledger-rw, and raise max_connections only if needed.",
        tags=tags(DOM, ["postgresql", "cloudnative-pg", "spring-boot", "hikaricp", "nodejs", "haproxy"], ["broken-server-many-clients", "name-differs-from-service", "loud-victim", "product-error-code"]))


# ------------------------------------------------------------------ w05 CRITICAL storage
def w05():
    r = Rec("w05", "2026-02-20T17:02:00Z")
    NAS = "nas-archive01.kp.lan"
    ms_, rd = KP.msync, KP.render
    r.add(4.0, ms_.L, pylog("INFO", "media_sync.sync", "syncing show 'journey-to-saturn' from /media/shows (412 files, 38.2 GiB)"))
    r.add(31.7, KERN("kp-wrk-02"), raw("nfs: server %s not responding, still trying" % NAS), ev=True)
    r.add(33.9, KERN("kp-dome-gpu-01"), raw("nfs: server %s not responding, still trying" % NAS), ev=True)
    r.add(34.2, KERN("kp-dome-gpu-01"), raw("nfs: server %s not responding, still trying" % NAS))
    r.add(62.0, rd.L, rust("WARN", "dome_render::loader", "read of /media/shows/northern-skies/dome_4k_master.mov stalled for 30s (offset 18253611008)"))
    r.add(95.0, rd.L, rust("WARN", "dome_render::loader", "read of /media/shows/northern-skies/dome_4k_master.mov stalled for 60s (offset 18253611008)"))
    r.add(120.5, ms_.L, pylog("WARNING", "media_sync.watchdog", "sync of 'journey-to-saturn' stalled: no progress for 90s (last file frames/000412.exr)"))
    r.add(152.3, KERN("kp-wrk-02"), raw("INFO: task python3:48211 blocked for more than 122 seconds."), ev=True)
    r.add(152.3, KERN("kp-wrk-02"), raw("      Not tainted 5.15.0-94-generic #104-Ubuntu"))
    r.add(152.3, KERN("kp-wrk-02"), raw('"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.'))
    r.add(153.0, KERN("kp-dome-gpu-01"), raw("INFO: task dome-render:3121 blocked for more than 122 seconds."))
    r.add(154.0, rd.L, rust("ERROR", "dome_render::playlist", "show 'Northern Skies' 17:30 cannot be preloaded: media read timed out after 120s; 0 of 2 reels ready"))
    r.add(155.1, KP.proj.L, slog("WARN", "show preload not confirmed by dome-render; holding projectors on standby slide", "show=\"Northern Skies\" start=17:30"))
    # new pod cannot mount
    newp = KP.msync.with_(pod="media-sync-7c6d5b8f4-q2d9w", node="kp-wrk-04", ip="10.42.4.71")
    uid = uuid4(r.rng)
    r.add(160.0, EVT("dome"), event("Normal", "Scheduled", "pod/" + newp.pod, "Successfully assigned dome/%s to kp-wrk-04" % newp.pod))
    mnt_err = ("rpc error: code = Internal desc = mount failed: exit status 32\\nMounting command: mount\\nMounting arguments: -t nfs -o hard,nfsvers=4.1 %s:/volume1/show-media "
               "/var/lib/kubelet/pods/%s/volumes/kubernetes.io~csi/pvc-5e1d7a2c-9b3f-4c8e-a1d6-7f2b9e0c4a13/mount\\nOutput: mount.nfs: Connection timed out\\n") % (NAS, uid)
    csi = W("kube-system", "csi-nfs-node-7vk2d", "nfs", "kp-wrk-04", "csi-nfs-node")
    r.add(291.0, csi.L, klog("E", 1, "utils.go:111", "GRPC error: " + mnt_err.replace("\\n", " ")), ev=True)
    r.add(291.2, kp_kubelet("kp-wrk-04"), klog("E", 2291, "nestedpendingoperations.go:348",
        '"Operation for \\"{volumeName:kubernetes.io/csi/nfs.csi.k8s.io^%s#volume1/show-media## podName: nodeName:}\\" failed. No retries permitted until 2026-02-20 17:08:53.2 +0000 UTC m=+913842.1 (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume \\"pvc-5e1d7a2c-9b3f-4c8e-a1d6-7f2b9e0c4a13\\" (UniqueName: \\"kubernetes.io/csi/nfs.csi.k8s.io^%s#volume1/show-media##\\") pod \\"%s\\" (UID: \\"%s\\") : %s"' % (NAS, NAS, newp.pod, uid, mnt_err)), ev=True)
    r.add(291.4, EVT("dome"), event("Warning", "FailedMount", "pod/" + newp.pod, 'MountVolume.SetUp failed for volume "pvc-5e1d7a2c-9b3f-4c8e-a1d6-7f2b9e0c4a13" : rpc error: code = Internal desc = mount failed: exit status 32 ... mount.nfs: Connection timed out'))
    r.add(300.0, KERN("kp-wrk-02"), raw("nfs: server %s not responding, still trying" % NAS))
    r.add(302.0, rd.L, rust("ERROR", "dome_render::playlist", "show 'Northern Skies' 17:30 still not preloaded; falling back to idle starfield loop"))
    # healthy, longhorn-backed things keep working
    r.add(200.0, KP.ledger1.L, cnpg("ticket-ledger-1", "info", "LOG", "checkpoint starting: time", user="", db="", pid=61))
    r.noise(KP_NOISE, 0, 305, 24, exclude=("msync", "proj"))
    return r.build(
        source="synthetic:nfs_server_not_responding",
        question="dome-render cannot preload the 17:30 show and media-sync is stuck. Is something wrong with the dome render node?",
        selector=None, severity="CRITICAL", category="storage", component=NAS,
        root_cause="The NFS server nas-archive01.kp.lan, which exports the show-media volume, stopped answering. Both kp-wrk-02 (media-sync) and kp-dome-gpu-01 (dome-render) log 'nfs: server not responding'. Processes block in hard-mounted reads, and new pods fail MountVolume.SetUp with 'mount.nfs: Connection timed out'. The render node and the GPU are fine, and Longhorn-backed workloads are unaffected.",
        summary="The shared NAS holding the show media went unresponsive. Every workload that uses the NFS volume, on two different nodes, hangs or cannot mount it, so tonight's dome show cannot be loaded.",
        action="Check nas-archive01.kp.lan itself (NFS service, network, disk/RAID state) and restore it. Hung reads resume once it answers. For the 17:30 show, copy the reels to a local/Longhorn volume as a fallback, and consider alerting on NFS RPC retransmits.",
        tags=tags(DOM, ["nfs", "linux-kernel", "csi-driver-nfs", "kubelet", "rust", "python"], ["shared-storage", "external-host", "loud-victim"]))


# ------------------------------------------------------------------ w06 ERROR config_error
def w06():
    r = Rec("w06", "2026-02-07T10:12:00Z")
    exh = KP.exh.with_(pod="exhibit-api-7b9d5c6f8-n4wpz", ip="10.42.4.52")
    E = EVT("exhibits")
    r.add(1.0, KP.fleet.L, logrus("info", "deploying bundle", "bundleDeployment=cluster-fleet-default-kp-prod-3e2b1/exhibits-exhibit-api commit=b41e09c2 helmRelease=exhibit-api"))
    r.add(2.0, E, event("Normal", "ScalingReplicaSet", "deployment/exhibit-api", "Scaled up replica set exhibit-api-7b9d5c6f8 to 1"))
    r.add(6.5, E, event("Normal", "Started", "pod/" + exh.pod, "Started container exhibit-api"))
    r.add(7.2, exh.L, pino("info", exh.pod, "config loaded", env="production", starCatalogUrl="http://star-catalog.show.svc.cluster.local:8080", auroraFeed="https://services.swpc.noaa.gov/products/noaa-planetary-k-index.json", cacheTtlS=900), ev=True)
    r.add(7.4, exh.L, pino("info", exh.pod, "Server listening at http://0.0.0.0:3000"))
    r.add(12.0, E, event("Normal", "ScalingReplicaSet", "deployment/exhibit-api", "Scaled down replica set exhibit-api-5d8c6b7f9 to 0 from 1"))
    r.add(12.1, E, event("Normal", "Killing", "pod/" + KP.exh.pod, "Stopping container exhibit-api"))
    dnsL = [KP.dns1.L, KP.dns2.L]
    bad = "star-catalog.show.svc.cluster.local."
    for i, sec in enumerate([20.1, 44.6, 71.3, 102.8, 133.0, 168.4]):
        kiosk = KP.KIOSKS[i % len(KP.KIOSKS)]
        port = r.rng.randint(32000, 60000)
        qid = r.rng.randint(1000, 65000)
        if i < 2:
            r.add(sec, dnsL[i % 2], coredns_q("%s:%d" % (exh.ip, port), qid, "A", bad + "exhibits.svc.cluster.local.", "NXDOMAIN", "qr,aa,rd", 170, 0.000121))
            r.add(sec + 0.0004, dnsL[i % 2], coredns_q("%s:%d" % (exh.ip, port), qid + 1, "A", bad + "svc.cluster.local.", "NXDOMAIN", "qr,aa,rd", 170, 0.000098))
            r.add(sec + 0.0008, dnsL[i % 2], coredns_q("%s:%d" % (exh.ip, port), qid + 2, "A", bad + "cluster.local.", "NXDOMAIN", "qr,aa,rd", 170, 0.000087))
        r.add(sec + 0.0012, dnsL[i % 2], coredns_q("%s:%d" % (exh.ip, port), qid + 3, "A", bad, "NXDOMAIN", "qr,aa,rd", 157, 0.000141), ev=(i == 0))
        r.add(sec + 0.002, exh.L, pino("error", exh.pod, "upstream request failed", route="/api/sky/tonight", upstream="star-catalog",
                                       err={"type": "Error", "message": "getaddrinfo ENOTFOUND star-catalog.show.svc.cluster.local", "code": "ENOTFOUND", "errno": -3008,
                                            "syscall": "getaddrinfo", "hostname": "star-catalog.show.svc.cluster.local"}), ev=(i < 2))
        r.add(sec + 0.003, exh.L, pino("info", exh.pod, "request completed", req={"method": "GET", "url": "/api/sky/tonight"}, res={"statusCode": 502}, responseTime=4))
        r.add(sec + 0.004, KP.kiosk.L, nginx_access(kiosk, "GET /api/sky/tonight HTTP/1.1", 502, 97, "Mozilla/5.0 (X11; Linux aarch64) KioskBrowser/3.2"))
    # the right name resolves for another client, star-catalog is healthy
    for sec in (35.0, 125.0):
        r.add(sec, KP.dns1.L, coredns_q("%s:%d" % (KP.sched.ip, r.rng.randint(32000, 60000)), r.rng.randint(1000, 65000), "A", "star-catalog.shows.svc.cluster.local.", "NOERROR", "qr,aa,rd", 110, 0.000132))
        r.add(sec + 0.02, KP.star.L, slog("INFO", "ephemeris served", "body=moon date=today dur=4ms client=10.42.3.47"))
    r.noise(KP_NOISE, 0, 175, 22, exclude=("exh", "kiosk"))
    return r.build(
        source="synthetic:wrong_service_namespace_in_env",
        question="Since the exhibit-api deploy this morning the 'Tonight's Sky' kiosks show 502. Is star-catalog down?",
        selector=None, severity="ERROR", category="config_error", component="exhibit-api",
        root_cause="The new exhibit-api release is configured with STAR_CATALOG_URL=http://star-catalog.show.svc.cluster.local:8080, but star-catalog lives in the 'shows' namespace. The name returns NXDOMAIN (CoreDNS) and every /api/sky/tonight call fails with getaddrinfo ENOTFOUND. star-catalog is healthy and resolves fine for show-scheduler as star-catalog.shows.svc.cluster.local, so the fault is the client's config, not DNS or star-catalog.",
        summary="A misconfigured client. exhibit-api's new values point at a non-existent namespace, so its calls to star-catalog fail name resolution and the kiosks get 502.",
        action="Fix the exhibit-api Fleet values to star-catalog.shows.svc.cluster.local (or roll back the bundle) and redeploy. Consider validating service URLs at startup.",
        tags=tags(DOM, ["nodejs", "pino", "coredns", "nginx", "rancher-fleet"], ["misconfigured-client", "cross-namespace", "loud-victim"]))


# ------------------------------------------------------------------ w07 WARN dns_resolution
def w07():
    r = Rec("w07", "2026-02-10T19:18:00Z")
    pay = KP.pay
    dnsL = [KP.dns1, KP.dns2]
    names = ["api.paylane-gateway.eu.", "api.paylane-gateway.eu.", "services.swpc.noaa.gov.", "api.paylane-gateway.eu.", "ocsp.sectigo.com.", "api.paylane-gateway.eu."]
    secs = [22.4, 61.9, 88.0, 131.5, 170.2, 214.8]
    for i, (sec, nm) in enumerate(zip(secs, names)):
        d = dnsL[i % 2]
        for qt in ("A", "AAAA"):
            r.add(sec + (0.0 if qt == "A" else 0.0003), d.L, coredns_err("2 %s %s: read udp %s:%d->10.10.0.54:53: i/o timeout" % (nm, qt, d.ip, r.rng.randint(30000, 60000))), ev=(i < 2 and qt == "A"))
        if nm.startswith("api.paylane"):
            order = r.rng.randint(40000, 49999)
            r.add(sec + 0.01, pay.L, spring("WARN", "payment-bridge", "nio-8080-exec-%d" % r.rng.randint(1, 9), "c.k.payment.PaylaneClient",
                                            "Authorisation attempt 1/3 for order KP-%d failed: java.net.UnknownHostException: api.paylane-gateway.eu: Temporary failure in name resolution; retrying in 500 ms" % order), ev=(i == 0))
            r.add(sec + 0.55, pay.L, spring("INFO", "payment-bridge", "nio-8080-exec-%d" % r.rng.randint(1, 9), "c.k.payment.PaylaneClient",
                                            "Authorisation OK for order KP-%d (attempt 2, 412 ms)" % order))
        if nm.startswith("services.swpc"):
            r.add(sec + 0.02, KP.exh.L, pino("warn", KP.exh.pod, "aurora feed fetch failed; serving cached Kp index", err={"type": "Error", "message": "getaddrinfo EAI_AGAIN services.swpc.noaa.gov", "code": "EAI_AGAIN"}, cacheAgeS=611))
    # lookups that were forwarded to the healthy upstream succeed
    for sec in (15.0, 48.0, 101.0, 150.0, 199.0, 240.0):
        d = dnsL[int(sec) % 2]
        nm = pick(r.rng, ["api.paylane-gateway.eu.", "ticket-ledger-rw.ticketing.svc.cluster.local.", "vault.kp.lan.", "skydata.kp.lan."])
        rc = "qr,aa,rd" if nm.endswith("cluster.local.") else "qr,rd,ra"
        r.add(sec, d.L, coredns_q("10.42.%d.%d:%d" % (r.rng.randint(1, 4), r.rng.randint(10, 70), r.rng.randint(30000, 60000)), r.rng.randint(1000, 65000), "A", nm, "NOERROR", rc, 120, 0.0011 if rc == "qr,rd,ra" else 0.00012))
    r.add(252.0, pay.L, spring("INFO", "payment-bridge", "scheduling-1", "c.k.payment.PaylaneHealth", "Paylane gateway reachable (DNS 2 ms, TLS 61 ms)"))
    r.noise(KP_NOISE, 0, 260, 28, exclude=("exh",))
    return r.build(
        source="synthetic:coredns_upstream_timeout",
        question="payment-bridge logged UnknownHostException for the payment gateway this evening. Is the payment provider down?",
        selector=None, severity="WARN", category="dns_resolution", component="10.10.0.54",
        root_cause="One of CoreDNS's two upstream resolvers, 10.10.0.54, stopped answering for a few minutes. Queries CoreDNS forwarded to it fail with 'read udp ...->10.10.0.54:53: i/o timeout', so some external lookups (api.paylane-gateway.eu, services.swpc.noaa.gov) fail temporarily. payment-bridge's retries land on the healthy upstream and succeed. The payment provider and CoreDNS itself are fine.",
        summary="Intermittent external name-resolution failures caused by the upstream DNS server 10.10.0.54. Payments were delayed by one retry but not lost, and the errors stopped on their own.",
        action="Have the network team check resolver 10.10.0.54. Optionally use health_check/policy sequential in the CoreDNS forward block, or remove the flaky upstream until it is fixed.",
        tags=tags(DOM, ["coredns", "spring-boot", "nodejs"], ["dependency-by-ip", "loud-victim", "transient"]))


# ------------------------------------------------------------------ w08 CRITICAL auth_failure
def w08():
    r = Rec("w08", "2026-02-15T17:57:30Z")
    cm = KP.cm.L
    verr = ('failed to initialise vault client for signing: error logging in to Vault server: Error making API request.\\n\\n'
            'URL: PUT https://vault.kp.lan:8200/v1/auth/approle/login\\nCode: 400. Errors:\\n\\n* invalid role or secret ID')
    for i, sec in enumerate([8.2, 74.9, 141.6]):
        r.add(sec, cm, klog("E", 1, "sync.go:276", '"error issuing certificate request" err="%s" logger="cert-manager.certificaterequests-issuer-vault" resource_name="tickets-kp-lan-9" resource_namespace="ticketing" resource_kind="CertificateRequest" resource_version="v1"' % verr), ev=(i == 0))
        r.add(sec + 0.01, EVT("ticketing"), event("Warning", "Failed", "certificaterequest/tickets-kp-lan-9", "Failed to initialise vault client for signing: error logging in to Vault server: Code: 400. Errors: * invalid role or secret ID"))
    r.add(40.3, cm, klog("E", 1, "setup.go:48", '"error setting up issuer" err="%s" logger="cert-manager.clusterissuers" resource_name="vault-kp" resource_kind="ClusterIssuer" resource_version="v1"' % verr.replace("failed to initialise vault client for signing: ", "")), ev=True)
    r.add(40.4, EVT("default"), event("Warning", "ErrInitIssuer", "clusterissuer/vault-kp", "Failed to initialize Vault client: error logging in to Vault server: Code: 400. Errors: * invalid role or secret ID"), ev=True)
    # the certificate crosses notAfter at 18:00:00
    r.add(150.41, cm, klog("I", 1, "conditions.go:192", '"Found status change for Certificate condition; setting lastTransitionTime" logger="cert-manager.certificates-readiness" key="ticketing/tickets-kp-lan" condition="Ready" oldStatus="True" status="False" lastTransitionTime="2026-02-15 18:00:00.41 +0000 UTC m=+3178520.3"'))
    r.add(150.42, EVT("ticketing"), event("Warning", "NotReady", "certificate/tickets-kp-lan", "Certificate expired on Sun, 15 Feb 2026 18:00:00 UTC"), ev=True)
    # clients fail TLS
    for i, sec in enumerate([156.3, 158.9, 163.0, 171.4, 177.2, 188.5, 197.0, 205.3]):
        c = pick(r.rng, ["10.20.4.31", "10.20.4.32", "10.20.4.35"] + KP.KIOSKS)
        r.add(sec, KP.hap.L, raw("%s:%d [15/Feb/2026:%s] https/1: SSL handshake failure" % (c, r.rng.randint(30000, 65000), (r.at(sec)).strftime("%H:%M:%S.") + "%03d" % (r.at(sec).microsecond // 1000))))
    for i, sec in enumerate([161.2, 183.7, 210.4]):
        k = KP.KIOSKS[i]
        r.add(sec, KP.kiosk.L, nginx_error("error", 40210 + i * 17, 'upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream, client: %s, server: kiosk.kp.lan, request: "GET /api/tickets/availability?show=today HTTP/1.1", upstream: "https://10.43.12.90:443/api/tickets/availability?show=today", host: "kiosk.kp.lan"' % k), ev=(i == 0))
        r.add(sec + 0.001, KP.kiosk.L, nginx_access(k, "GET /api/tickets/availability?show=today HTTP/1.1", 502, 157, "Mozilla/5.0 (X11; Linux aarch64) KioskBrowser/3.2"))
    r.add(208.0, cm, klog("E", 1, "sync.go:276", '"error issuing certificate request" err="%s" logger="cert-manager.certificaterequests-issuer-vault" resource_name="tickets-kp-lan-9" resource_namespace="ticketing" resource_kind="CertificateRequest" resource_version="v1"' % verr))
    r.noise(KP_NOISE, 0, 215, 22, exclude=("box", "kiosk", "hap"))
    return r.build(
        source="synthetic:vault_issuer_auth_cert_expiry",
        question="Since 18:00 the box office terminals and the exhibit kiosks can't reach tickets.kp.lan and only report SSL errors. Is HAProxy broken?",
        selector=None, severity="CRITICAL", category="auth_failure", component="cert-manager",
        root_cause="cert-manager cannot authenticate to Vault: the AppRole login for the vault-kp ClusterIssuer returns 400 'invalid role or secret ID'. The tickets-kp-lan certificate was therefore never renewed and expired at 18:00. HAProxy is now serving an expired certificate, so terminals fail the TLS handshake and kiosk-web's upstream verification fails with 'certificate has expired'.",
        summary="A controller credential failure surfacing as TLS errors everywhere. cert-manager's Vault credentials are rejected, renewals fail, the box-office certificate expires and ticket sales stop.",
        action="Generate a new AppRole secret-id for cert-manager, update the Secret referenced by the vault-kp ClusterIssuer, and confirm the issuer is Ready. Then force renewal (cmctl renew -n ticketing tickets-kp-lan) and add alerting on certificate expiry and issuer readiness.",
        tags=tags(DOM, ["cert-manager", "vault", "haproxy", "nginx", "kubernetes-events"], ["controller-fault", "loud-victim", "credential-expiry"]))


# ------------------------------------------------------------------ w09 ERROR tls_certificate
def w09():
    r = Rec("w09", "2026-02-24T09:28:00Z")
    st = KP.star.with_(pod="star-catalog-859fd7c6b4-w6rjm", ip="10.42.4.63")
    E = EVT("shows")
    r.add(0.5, KP.fleet.L, logrus("info", "deploying bundle", "bundleDeployment=cluster-fleet-default-kp-prod-3e2b1/shows-star-catalog commit=0f7d3b19 helmRelease=star-catalog"))
    r.add(1.5, E, event("Normal", "Pulled", "pod/" + st.pod, 'Successfully pulled image "harbor.kp.lan/shows/star-catalog:2.4.0" in 2.114s (2.114s including waiting)'))
    r.add(2.0, E, event("Normal", "Started", "pod/" + st.pod, "Started container star-catalog"))
    r.add(2.3, st.L, slog("INFO", "starting star-catalog", "version=2.4.0 go=go1.22.1 base=gcr.io/distroless/static-debian12"))
    r.add(2.4, st.L, slog("INFO", "skydata client configured", "base_url=https://skydata.kp.lan/api/v2 ssl_cert_file=/etc/ssl/certs/ca-certificates.crt roots=147"), ev=True)
    r.add(2.6, st.L, slog("INFO", "listening", "addr=:8080"))
    r.add(8.0, E, event("Normal", "Killing", "pod/" + KP.star.pod, "Stopping container star-catalog"))
    err = 'Get \\"https://skydata.kp.lan/api/v2/ephemeris?date=2026-02-24\\": tls: failed to verify certificate: x509: certificate signed by unknown authority'
    for i, sec in enumerate([3.1, 33.2, 93.4, 153.6, 213.8]):
        r.add(sec, st.L, slog("ERROR", "ephemeris refresh failed", 'err="%s" attempt=%d' % (err, i + 1)), ev=(i < 2))
    for sec in (20.0, 61.0, 118.0, 171.0, 201.0):
        body = pick(r.rng, ["moon", "jupiter", "saturn"])
        r.add(sec, st.L, slog("WARN", "ephemeris cache empty; returning 503", "path=/v1/ephemeris/%s" % body))
        r.add(sec + 0.003, KP.exh.L, pino("error", KP.exh.pod, "upstream request failed", route="/api/sky/tonight", upstream="star-catalog", status=503))
        r.add(sec + 0.004, KP.kiosk.L, nginx_access(pick(r.rng, KP.KIOSKS), "GET /api/sky/tonight HTTP/1.1", 502, 97, "Mozilla/5.0 (X11; Linux aarch64) KioskBrowser/3.2"))
    # other clients of the same server are fine
    r.add(45.0, KP.sched.L, pylog("INFO", "shows.skydata", "fetched ephemeris for 2026-02-24 from https://skydata.kp.lan/api/v2 (200, 41 ms)"), ev=True)
    r.add(140.0, KP.sched.L, pylog("INFO", "shows.skydata", "fetched planet positions for 2026-02-24 from https://skydata.kp.lan/api/v2 (200, 38 ms)"))
    r.add(75.0, KP.msync.L, pylog("INFO", "media_sync.skydata", "downloaded star field tiles index from https://skydata.kp.lan/api/v2/tiles (200, 1.2 MiB)"))
    r.noise(KP_NOISE, 0, 220, 22, exclude=("star", "exh", "kiosk"))
    return r.build(
        source="synthetic:client_trust_store_missing_internal_ca",
        question="The 'Tonight's Sky' kiosk says data unavailable, and star-catalog says skydata.kp.lan has a bad certificate. Is skydata's certificate broken?",
        selector=None, severity="ERROR", category="tls_certificate", component="star-catalog",
        root_cause="star-catalog 2.4.0 was rebuilt on a distroless base image whose /etc/ssl/certs bundle has only public roots. The Kestrel Point internal root CA that signs skydata.kp.lan is missing, so every call fails with 'x509: certificate signed by unknown authority'. show-scheduler and media-sync reach skydata.kp.lan over TLS without errors, so the server certificate is fine and the fault is star-catalog's trust store.",
        summary="A client-side trust problem after an image rebuild. star-catalog cannot verify the internal CA, its ephemeris cache is empty, and it returns 503, which exhibit-api and the kiosks surface as 'data unavailable'.",
        action="Mount the internal CA bundle into star-catalog (trust-manager Bundle or ConfigMap) and point SSL_CERT_FILE at it, or add the root to the image. Roll back to 2.3.x meanwhile.",
        tags=tags(DOM, ["go", "distroless", "nodejs", "nginx", "python", "rancher-fleet"], ["misconfigured-client", "loud-victim"]))


# ------------------------------------------------------------------ w10 CRITICAL node_failure
def w10():
    r = Rec("w10", "2026-03-06T19:40:30Z")
    N = "kp-dome-gpu-01"
    rd = KP.render
    uid = uuid4(r.rng)
    for sec in (2.0, 12.0, 22.0):
        r.add(sec, rd.L, rust("INFO", "dome_render::stats", "frame stats fps=60.0 dropped=0 gpu_ms=11.%d show=\"Journey to Saturn\" t=%ds" % (r.rng.randint(0, 9), 640 + int(sec))))
    r.add(27.812, KERN(N), raw("NVRM: GPU at PCI:0000:41:00: GPU-7f2c9a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"), ev=True)
    r.add(27.812, KERN(N), raw("NVRM: Xid (PCI:0000:41:00): 79, pid=3121, name=dome-render, GPU has fallen off the bus."), ev=True)
    r.add(27.813, KERN(N), raw("NVRM: GPU 0000:41:00.0: GPU has fallen off the bus."))
    r.add(27.815, KERN(N), raw("pcieport 0000:40:01.1: AER: Uncorrected (Fatal) error received: 0000:41:00.0"), ev=True)
    r.add(27.816, KERN(N), raw("nvidia 0000:41:00.0: AER: PCIe Bus Error: severity=Uncorrected (Fatal), type=Transaction Layer, (Receiver ID)"))
    r.add(27.9, rd.L, rust("ERROR", "dome_render::gpu", "Vulkan device lost (VK_ERROR_DEVICE_LOST) while submitting frame 41872"))
    r.block(27.95, rd.L, [
        "thread 'render-0' panicked at src/gpu/submit.rs:88:14:",
        "queue submit failed: DeviceLost",
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ], step=0.0002)
    dp = W("kube-system", "nvidia-device-plugin-daemonset-tq7x2", "nvidia-device-plugin-ctr", N, "nvidia-device-plugin")
    r.add(28.4, dp.L, klog("I", 1, "health.go:159", "XidCriticalError: Xid=79 on Device=GPU-7f2c9a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b; marking device as unhealthy."), ev=True)
    r.add(28.5, dp.L, klog("I", 1, "server.go:263", "'nvidia.com/gpu' device marked unhealthy: GPU-7f2c9a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"))
    r.add(29.1, KP.proj.L, slog("WARN", "dome-render heartbeat lost; switching projectors to standby slide", "renderer=dome-render.dome.svc:7400 missed=3"))
    r.add(29.3, KP.proj.L, slog("INFO", "pjlink command ok", "projector=dome-proj-a addr=10.30.5.21:4352 cmd=\"INPT 31\""))
    r.add(29.4, KP.proj.L, slog("INFO", "pjlink command ok", "projector=dome-proj-b addr=10.30.5.22:4352 cmd=\"INPT 31\""))
    r.add(30.2, kp_kubelet(N), kl_pleg(2291, rd, uid, "ContainerDied", hexid(r.rng, 64)))
    r.add(31.5, EVT("dome"), event("Normal", "Started", "pod/" + rd.pod, "Started container render"))
    r.add(32.0, rd.L, rust("INFO", "dome_render", "dome-render 7.3.1 starting (wgpu 0.19, vulkan backend)"))
    r.add(32.3, rd.L, rust("ERROR", "dome_render::gpu", "no Vulkan physical devices found (vkEnumeratePhysicalDevices returned 0); NVIDIA_VISIBLE_DEVICES=GPU-7f2c9a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"))
    r.add(32.4, rd.L, raw("Error: no usable GPU adapter"))
    r.add(33.0, kp_kubelet(N), kl_crashloop(2291, rd, uid, "10s"))
    r.add(58.0, rd.L, rust("ERROR", "dome_render::gpu", "no Vulkan physical devices found (vkEnumeratePhysicalDevices returned 0); NVIDIA_VISIBLE_DEVICES=GPU-7f2c9a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"))
    r.add(58.9, kp_kubelet(N), kl_crashloop(2291, rd, uid, "20s"))
    r.add(59.0, EVT("dome"), event("Warning", "BackOff", "pod/" + rd.pod, "Back-off restarting failed container render in pod %s_dome(%s)" % (rd.pod, uid)))
    r.add(61.0, KERN(N), raw("NVRM: GPU 0000:41:00.0: RmInitAdapter failed! (0x62:0x55:2477)"))
    r.add(61.0, KERN(N), raw("NVRM: GPU 0000:41:00.0: rm_init_adapter failed, device minor number 0"))
    r.add(95.0, kp_kubelet(N), kl_crashloop(2291, rd, uid, "40s"))
    r.noise(KP_NOISE, 0, 100, 22, exclude=("proj",))
    return r.build(
        source="synthetic:gpu_fell_off_bus",
        question="dome-render crashed in the middle of the 19:30 show and keeps restarting. Is it a bug in the new render build?",
        selector=None, severity="CRITICAL", category="node_failure", component="kp-dome-gpu-01",
        root_cause="Hardware fault on node kp-dome-gpu-01. Its NVIDIA RTX A6000 fell off the PCIe bus (NVRM Xid 79, AER uncorrected fatal error on 0000:41:00.0), and the device plugin marked the GPU unhealthy. dome-render's panic (VK_ERROR_DEVICE_LOST) and its crash loop ('no Vulkan physical devices found') are consequences; the render build is not at fault.",
        summary="The only dome GPU node lost its GPU mid-show. dome-render crashed and cannot restart without a GPU, and projectors were switched to the standby slide.",
        action="Cordon kp-dome-gpu-01 and cold power-cycle it (a reboot alone rarely recovers Xid 79). Check GPU seating, PCIe riser, PSU and temperatures, and RMA the card if Xid 79 recurs. Run the fallback pre-rendered playback for remaining shows.",
        tags=tags(DOM, ["linux-kernel", "nvidia-driver", "nvidia-device-plugin", "rust", "kubelet", "go"], ["shared-node", "loud-victim", "hardware"]))


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]


def build():
    return [f() for f in RECORDS]
