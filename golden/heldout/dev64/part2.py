"""dev64 records 011-020 (domain A cont., domain B: gemstone grading laboratory)."""
import datetime as _dt

from common import Rec, L, NL, EV, SRC, UA_BROWSER, envoy_inbound_ok, envoy_outbound, svc_ip


# --------------------------------------------------------------------------- 011
def r011():
    r = Rec("dev64-011", "2026-02-20T03:14:07.000Z", "kubeadm", "A")
    ns = "cemetery"
    bad = "worker-03"
    Ln = NL(bad, "containerd.service")
    Ls = NL(bad, "systemd")
    Lk = NL(bad, "kubelet.service")
    Lkern = NL(bad, "kernel")
    Lkcm = L("kube-system", "kube-controller-manager-cp-01", "kube-controller-manager", "cp-01")
    Lev = EV(ns)
    pp, _ = r.dpod("public-portal")
    cb, _ = r.dpod("chapel-booking")
    ms, _ = r.dpod("memorial-search")
    cb_ip, ms_ip, pp_ip = r.ip(), r.ip(), r.ip()
    Lpx = L(ns, pp, "istio-proxy", "worker-01", app="public-portal")
    r.ctrd(Ln, "info", 'StartContainer for "%s" returns successfully' % r.hexs(64), gap=0)

    def fail503(svc, port, ip, path, gap):
        envoy_outbound(r, Lpx, "GET", path, port, 503, "UF", "upstream_reset_before_response_started{connection_timeout}",
                       "%s.cemetery.svc.cluster.local" % svc, "%s:%d" % (ip, port), pp_ip, ua=r.rng.choice(UA_BROWSER),
                       dur=10000 + r.rng.randint(0, 9), tx=91, gap=gap)

    fail503("chapel-booking", 3000, cb_ip, "/api/slots?chapel=north&date=2026-02-21", (20, 25))
    fail503("memorial-search", 8080, ms_ip, "/api/search?q=Hartmann", (0.5, 3))
    fail503("chapel-booking", 3000, cb_ip, "/api/chapels", (0.5, 3))
    fail503("memorial-search", 8080, ms_ip, "/api/search?q=Sato", (0.5, 3))
    r.klog(Lkcm, "I", "node_lifecycle_controller.go:1204", '"Node is NotReady" node="worker-03"', gap=(8, 12))
    r.event({"namespace": "default", "job": "kube-events"}, "Normal", "NodeNotReady", "Node", bad, "default", "Node worker-03 status is now: NodeNotReady", "node-controller", gap=(0.05, 0.3))
    r.event(Lev, "Warning", "NodeNotReady", "Pod", cb, ns, "Node is not ready", "node-controller", gap=(0.05, 0.3))
    r.event(Lev, "Warning", "NodeNotReady", "Pod", ms, ns, "Node is not ready", "node-controller", gap=(0.05, 0.3))
    envoy_outbound(r, Lpx, "GET", "/api/slots?chapel=east&date=2026-02-21", 3000, 200, "-", "via_upstream",
                   "chapel-booking.cemetery.svc.cluster.local", "%s:3000" % r.ip(), pp_ip, ua=r.rng.choice(UA_BROWSER), gap=(2, 5))
    r.plain(Lkern, "Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)", gap=(5, 10))
    r.plain(Lkern, "EXT4-fs (sda1): recovery complete", gap=(6, 8))
    r.plain(Ls, "Starting containerd.service - containerd container runtime...", gap=(3, 5))
    r.ctrd(Ln, "info", "starting containerd", gap=(0.05, 0.1))
    r.ctrd(Ln, "info", 'loading plugin "io.containerd.metadata.v1.bolt"...', gap=(0.01, 0.05))
    r.plain(Ln, "panic: invalid page type: 218: 10", ev=True, gap=(0.2, 0.4))
    for t in ["", "goroutine 1 [running]:",
              "go.etcd.io/bbolt.(*Cursor).search(0xc000c1b2b0, {0xc000a8d6c0, 0x1f, 0x20}, 0xc001a4e000?)",
              "\t/go/pkg/mod/go.etcd.io/bbolt@v1.3.7/cursor.go:250 +0x345",
              "go.etcd.io/bbolt.(*Cursor).seek(0xc000c1b2b0, {0xc000a8d6c0, 0x1f, 0x20})",
              "\t/go/pkg/mod/go.etcd.io/bbolt@v1.3.7/cursor.go:159 +0x48",
              "github.com/containerd/containerd/metadata.(*DB).Init.func1(0xc000416000)",
              "\t/go/src/github.com/containerd/containerd/metadata/db.go:160 +0x1c5"]:
        r.plain(Ln, t, gap=(0.0005, 0.001))
    r.plain(Ls, "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT", gap=(0.05, 0.2))
    r.plain(Ls, "containerd.service: Failed with result 'exit-code'.", gap=(0.0, 0.01))
    r.klog(Lk, "E", "remote_runtime.go:633", '"Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\""', pid=1247, gap=(0.5, 1.5))
    r.klog(Lk, "E", "kubelet.go:2861", '"Container runtime sanity check failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\""', pid=1247)
    for k in range(1, 5):
        r.plain(Ls, "containerd.service: Scheduled restart job, restart counter is at %d." % k, gap=(5, 5.2))
        r.plain(Ls, "Starting containerd.service - containerd container runtime...", gap=(0.0, 0.01))
        r.ctrd(Ln, "info", "starting containerd", gap=(0.05, 0.1))
        r.plain(Ln, "panic: invalid page type: 218: 10", gap=(0.2, 0.4))
        r.plain(Ls, "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT", gap=(0.05, 0.2))
    r.plain(Ls, "containerd.service: Start request repeated too quickly.", gap=(0.01, 0.05))
    r.plain(Ls, "containerd.service: Failed with result 'exit-code'.", gap=(0.0, 0.01))
    r.plain(Ls, "Failed to start containerd.service - containerd container runtime.", ev=True, gap=(0.0, 0.01))
    r.klog(Lk, "I", "kubelet.go:2385", '"Skipping pod synchronization" err="container runtime is down"', pid=1247, ev=True, gap=(1, 3))
    r.klog(Lk, "I", "setters.go:568", '"Node became not ready" node="worker-03" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%s","lastTransitionTime":"%s","reason":"KubeletNotReady","message":"container runtime is down"}' % (r.isos(), r.isos()), pid=1247, ev=True, gap=(0.01, 0.2))
    envoy_outbound(r, Lpx, "GET", "/api/search?q=Okafor", 8080, 200, "-", "via_upstream",
                   "memorial-search.cemetery.svc.cluster.local", "%s:8080" % r.ip(), pp_ip, ua=r.rng.choice(UA_BROWSER), gap=(0.5, 3))
    r.klog(Lk, "E", "kubelet.go:2389", '"Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m0.412877093s ago; threshold is 3m0s]"', pid=1247, gap=(60, 120))
    r.klog(Lkcm, "I", "taint_eviction.go:111", '"Deleting pod" controller="taint-eviction-controller" pod="%s/%s"' % (ns, cb), gap=(60, 120))
    r.event(Lev, "Normal", "TaintManagerEviction", "Pod", cb, ns, "Marking for deletion Pod %s/%s" % (ns, cb), "taint-eviction-controller", gap=(0.01, 0.1))
    r.event(Lev, "Normal", "TaintManagerEviction", "Pod", ms, ns, "Marking for deletion Pod %s/%s" % (ns, ms), "taint-eviction-controller", gap=(0.01, 0.1))
    return r.finish(SRC["A"], "Chapel booking and grave search returned 503 for a while around 03:15 — what happened?",
                    {"namespace": ns},
                    "CRITICAL", "node_failure", "worker-03",
                    "worker-03 went down and, after it came back, containerd panics on start ('invalid page type' in its bbolt metadata database); systemd gives up restarting it and kubelet reports 'container runtime is down', so the node stays NotReady.",
                    "Node worker-03 dropped out (its pods timed out behind public-portal's sidecar with 503 UF) and cannot rejoin: its container runtime crashes on a corrupted metadata.db. Traffic recovered once the endpoints on worker-03 were removed; its pods are being evicted.",
                    "Cordon and drain worker-03, move aside or restore /var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db (or reimage the node), check the disk and the cause of the reboot, then uncordon.",
                    terms=["panic: invalid page type", "containerd.service", "container runtime is down", "not ready"])


# --------------------------------------------------------------------------- 012
def r012():
    r = Rec("dev64-012", "2026-02-21T06:00:00.000Z", "AKS", "A")
    ns = "cemetery"
    node = "aks-batch-27461903-vmss000001"
    sched = r.t
    job = r.job_name("lease-renewal-notices", sched)
    old_job = r.job_name("lease-renewal-notices", sched - _dt.timedelta(days=3))
    p = r.pod(job)
    Lev = EV(ns)
    La = L(ns, p, "notices", node, app="lease-renewal-notices")
    Lp = L(ns, p, "linkerd-proxy", node, app="lease-renewal-notices")
    ident = "lease-renewal-notices.cemetery.serviceaccount.identity.linkerd.cluster.local"
    r.event(Lev, "Normal", "SuccessfulCreate", "CronJob", "lease-renewal-notices", ns, "Created job " + job, "cronjob-controller", gap=(0.01, 0.05))
    r.event(Lev, "Normal", "SuccessfulCreate", "Job", job, ns, "Created pod: " + p, "job-controller")
    r.event(Lev, "Normal", "Scheduled", "Pod", p, ns, "Successfully assigned %s/%s to %s" % (ns, p, node), "default-scheduler")
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container linkerd-init", "kubelet", node, gap=(1, 2))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container linkerd-proxy", "kubelet", node, gap=(0.5, 1))
    r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy", "release 2.14.10 (3e1b1bd) by linkerd on 2024-02-21T15:09:43Z", gap=(0.2, 0.5))
    for m in ["Admin interface on 0.0.0.0:4191", "Inbound interface on 0.0.0.0:4143", "Outbound interface on 127.0.0.1:4140",
              "Tap DISABLED", "Local identity is " + ident,
              "Identity verified via linkerd-identity-headless.linkerd.svc.cluster.local:8080 (linkerd-identity.linkerd.serviceaccount.identity.linkerd.cluster.local)",
              "Destinations resolved via linkerd-dst-headless.linkerd.svc.cluster.local:8086 (linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local)"]:
        r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy", m, gap=(0.0001, 0.0005))
    r.linkerd(Lp, p, "INFO", "daemon:identity", "linkerd_app", "Certified identity id=" + ident, thread=2, gap=(0.02, 0.08))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container notices", "kubelet", node, gap=(0.3, 0.8))
    r.pylog(La, "INFO", "notices", "lease-renewal-notices 2.3.1 starting (dry_run=False)", gap=(0.5, 1))
    r.pylog(La, "INFO", "notices.leases", "232 grave leases expire between 2026-03-01 and 2026-05-31")
    r.pylog(La, "INFO", "notices.leases", "18 leases already have a renewal in progress, skipping")
    r.pylog(La, "WARNING", "notices.leases", "3 lease holders have no valid postal address (leases B-14-031, C-07-208, K-01-012); flagged for manual follow-up")
    r.pylog(La, "INFO", "notices.render", "rendering 211 letters (template lease-renewal-v7, locale en-GB)", gap=(0.5, 1.5))
    r.pylog(La, "INFO", "notices.render", "rendered 211 letters in 14.2s", gap=(12, 16))
    r.linkerd(Lp, p, "WARN", "outbound:proxy{addr=10.0.118.42:8080}:service{ns=cemetery name=mail-gateway port=8080}:endpoint{addr=10.244.3.51:8080}", "linkerd_reconnect",
              "Failed to connect error=endpoint 10.244.3.51:8080: Connection refused (os error 111) error.sources=[Connection refused (os error 111)]", gap=(0.5, 1.5))
    r.pylog(La, "WARNING", "notices.mail", "mail-gateway POST /v1/letters returned 503, retrying in 2s (attempt 1/5)", gap=(0.01, 0.05))
    r.pylog(La, "INFO", "notices.mail", "submitted batch 1/3 (80 letters) to mail-gateway, batch id MG-260221-0412", gap=(2, 3))
    r.pylog(La, "INFO", "notices.mail", "submitted batch 2/3 (80 letters) to mail-gateway, batch id MG-260221-0413", gap=(2, 5))
    r.pylog(La, "INFO", "notices.mail", "submitted batch 3/3 (51 letters) to mail-gateway, batch id MG-260221-0414", gap=(2, 5))
    r.pylog(La, "INFO", "notices", "recorded 211 notices in lease_notice table (run 2026-02-21)", gap=(0.5, 1))
    r.pylog(La, "INFO", "notices", "done in 31.8s", gap=(0.05, 0.2))
    r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy::signal", "received SIGTERM, starting shutdown", gap=(0.5, 1))
    r.linkerd(Lp, p, "INFO", "", "linkerd2_proxy", "Received shutdown signal", gap=(0.0005, 0.002))
    r.event(Lev, "Normal", "Completed", "Job", job, ns, "Job completed", "job-controller", gap=(1, 2))
    r.event(Lev, "Normal", "SawCompletedJob", "CronJob", "lease-renewal-notices", ns, "Saw completed job: %s, status: Complete" % job, "cronjob-controller", gap=(0.5, 2))
    r.event(Lev, "Normal", "SuccessfulDelete", "CronJob", "lease-renewal-notices", ns, "Deleted job " + old_job, "cronjob-controller", gap=(0.01, 0.1))
    return r.finish(SRC["A"], "The lease-renewal-notices job logged connection refused and 503 this morning — did the notices go out?",
                    {"namespace": ns},
                    "INFO", "none", None,
                    "No incident: the one refused connection and 503 from mail-gateway were retried successfully; all 211 letters were submitted, the Job completed and the sidecar shut down with it.",
                    "The 06:00 run of lease-renewal-notices completed normally: 211 notices sent in three batches after one retried 503, three holders flagged for manual follow-up, the Job completed and an old Job was cleaned up by history limits.",
                    "Nothing to do; optionally handle the three leases without a postal address.")


# --------------------------------------------------------------------------- 013
def r013():
    r = Rec("dev64-013", "2026-02-22T10:00:02.000Z", "OpenShift", "A")
    ns = "crematorium"
    node = "ocp-prod-7xk2m-worker-a-9dzhp"
    cm = "cert-manager-6f7b9c8d5b-wt4rq"
    Lc = L("cert-manager", cm, "cert-manager-controller", "ocp-prod-7xk2m-infra-a-2kqvn", app="cert-manager")
    Lev = EV(ns)
    host = "bookings.crematorium.northvale.example"
    key = "%s/crematorium-portal-tls" % ns
    cr = "crematorium-portal-tls-7"
    order = "crematorium-portal-tls-7-%d" % r.rng.randint(1000000000, 4000000000)
    ch = "%s-%d" % (order, r.rng.randint(1000000000, 4000000000))
    solver = r.pod("cm-acme-http-solver")
    Lsv = L(ns, solver, "acmesolver", node)
    Lrt = L("openshift-ingress", "router-default-7c5b9d4f8-p4mnx", "router", "ocp-prod-7xk2m-infra-b-7wlc2")
    tok = "".join(r.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43))
    r.klog(Lc, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-02-22 10:00:00 +0000 UTC"' % key, gap=0)
    r.event(Lev, "Normal", "Issuing", "Certificate", "crematorium-portal-tls", ns, "Renewing certificate as renewal was scheduled at 2026-02-22 10:00:00 +0000 UTC", "cert-manager-certificates-trigger")
    r.event(Lev, "Normal", "Reused", "Certificate", "crematorium-portal-tls", ns, 'Reusing private key stored in existing Secret resource "crematorium-portal-tls"', "cert-manager-certificates-key-manager")
    r.event(Lev, "Normal", "Requested", "Certificate", "crematorium-portal-tls", ns, 'Created new CertificateRequest resource "%s"' % cr, "cert-manager-certificates-request-manager")
    r.event(Lev, "Normal", "OrderCreated", "CertificateRequest", cr, ns, "Created Order resource %s/%s" % (ns, order), "cert-manager-certificaterequests-issuer-acme")
    r.event(Lev, "Normal", "Created", "Order", order, ns, "Created Challenge resource \"%s\" for domain \"%s\"" % (ch, host), "cert-manager-orders")
    r.event(Lev, "Normal", "Started", "Challenge", ch, ns, "Challenge scheduled for processing", "cert-manager-challenges")
    r.event(Lev, "Normal", "Presented", "Challenge", ch, ns, 'Presented challenge using HTTP-01 challenge mechanism', "cert-manager-challenges", gap=(0.5, 1.5))
    r.klog(Lsv, "I", "solver.go:52", '"starting listener" logger="cert-manager.acmesolver" expected_domain="%s" expected_token="%s" expected_key="%s.%s" listen_port=8089' % (host, tok, tok, r.hexs(43)[:43]), gap=(2, 4))
    for i in range(2):
        r.klog(Lc, "E", "sync.go:190", '"propagation check failed" err="wrong status code \'503\', expected \'200\'" logger="cert-manager.challenges" resource_name="%s" resource_namespace="%s" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, ns, host), gap=(1, 3))
    r.stamp(Lrt, lambda r: 'I%s %s       1 router.go:669] template "msg"="router reloaded" "output"=" - Checking http://localhost:80 ...\\n - Health check ok : 0 retry attempt(s).\\n"' % (r.t.strftime("%m%d"), r.t.strftime("%H:%M:%S.%f")), gap=(2, 5))
    r.klog(Lsv, "I", "solver.go:78", '"validating request" logger="cert-manager.acmesolver" host="%s" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s"' % (host, tok, tok), gap=(3, 6))
    r.klog(Lsv, "I", "solver.go:85", '"comparing token" logger="cert-manager.acmesolver" host="%s" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s" expected_token="%s"' % (host, tok, tok, tok), gap=(0.0, 0.001))
    r.klog(Lsv, "I", "solver.go:103", '"got successful challenge request, writing key" logger="cert-manager.acmesolver" host="%s" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s"' % (host, tok, tok), gap=(0.0, 0.001))
    r.klog(Lc, "I", "sync.go:343", '"accepting challenge with ACME server" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" resource_namespace="%s" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, ns, host), gap=(0.5, 1.5))
    r.klog(Lc, "I", "sync.go:359", '"waiting for authorization for domain" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" resource_namespace="%s" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, ns, host), gap=(0.05, 0.2))
    for _ in range(3):
        r.klog(Lsv, "I", "solver.go:78", '"validating request" logger="cert-manager.acmesolver" host="%s" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s"' % (host, tok, tok), gap=(0.3, 1.5))
        r.klog(Lsv, "I", "solver.go:103", '"got successful challenge request, writing key" logger="cert-manager.acmesolver" host="%s" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s"' % (host, tok, tok), gap=(0.0, 0.001))
    r.event(Lev, "Normal", "DomainVerified", "Challenge", ch, ns, 'Domain "%s" verified with "HTTP-01" validation' % host, "cert-manager-challenges", gap=(2, 4))
    r.event(Lev, "Normal", "Complete", "Order", order, ns, "Order completed successfully", "cert-manager-orders", gap=(1, 3))
    r.event(Lev, "Normal", "CertificateIssued", "CertificateRequest", cr, ns, "Certificate fetched from issuer successfully", "cert-manager-certificaterequests-issuer-acme", gap=(0.5, 1))
    r.event(Lev, "Normal", "Issuing", "Certificate", "crematorium-portal-tls", ns, "The certificate has been successfully issued", "cert-manager-certificates-issuing", gap=(0.2, 0.6))
    r.event(Lev, "Normal", "Killing", "Pod", solver, ns, "Stopping container acmesolver", "kubelet", node, gap=(1, 2))
    r.stamp(Lrt, lambda r: 'I%s %s       1 router.go:669] template "msg"="router reloaded" "output"=" - Checking http://localhost:80 ...\\n - Health check ok : 0 retry attempt(s).\\n"' % (r.t.strftime("%m%d"), r.t.strftime("%H:%M:%S.%f")), gap=(3, 6))
    Lp = L(ns, "crematorium-portal-5d8c7b6f9d-xq4lt", "crematorium-portal", "ocp-prod-7xk2m-worker-b-x2m9d", app="crematorium-portal")
    for path in ["/bookings/new", "/api/slots?date=2026-02-24", "/api/slots?date=2026-02-25", "/bookings/CR-26-0219"]:
        r.js(Lp, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 1, "hostname": "crematorium-portal-5d8c7b6f9d-xq4lt", "req": {"method": "GET", "url": path},
                          "res": {"statusCode": 200}, "responseTime": r.rng.randint(4, 60), "msg": "request completed"}, gap=(2, 12))
    return r.finish(SRC["A"], "cert-manager logged 'propagation check failed' for the crematorium booking site — will the certificate expire?",
                    {"namespace": ns},
                    "INFO", "none", None,
                    "No incident: the HTTP-01 self-check failed twice while the router had not yet loaded the solver route, then the challenge was validated, the order completed and the renewed certificate was issued.",
                    "Scheduled renewal of crematorium-portal-tls: the transient propagation-check 503s are the normal wait for the solver route; the domain was verified, the certificate issued and the router reloaded. The portal kept serving.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 014
def r014():
    r = Rec("dev64-014", "2026-02-23T14:02:11.000Z", "RKE2", "A")
    ns = "cemetery"
    node = "rke2-agent-1"
    p, _ = r.dpod("grave-lease-billing")
    Lv = L(ns, p, "vault-agent", node, app="grave-lease-billing")
    La = L(ns, p, "grave-lease-billing", node, app="grave-lease-billing")
    Lpg = L(ns, "billing-db-0", "postgres", "rke2-agent-3", app="billing-db")
    app = "grave-lease-billing"
    role_old = "v-kubernet-grave-le-Hq3vT0cPz2mW8a1kXyL9-1771851432"
    role_new = "v-kubernet-grave-le-9bNf2kRt4sLq0wZp7cVe-1771855331"
    r.spring(La, "INFO", app, "nio-8080-exec-2", "c.n.c.billing.LeaseController", "GET /api/leases/B-14-031 200 (11 ms)", gap=0)
    r.hclog(Lv, "INFO", "agent.auth.handler", "lifetime watcher done channel triggered, re-authenticating", gap=(1, 3))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authenticating", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.auth.handler", "authentication successful, sending token to sinks", gap=(0.02, 0.08))
    r.hclog(Lv, "INFO", "agent.auth.handler", "starting renewal process", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.sink.file", "token written: path=/home/vault/.vault-token", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.template.server", "template server received new token", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent", "(runner) stopping", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent", "(runner) creating new runner (dry: false, once: false)", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent", "(runner) creating watcher", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent", "(runner) starting", gap=(0.0, 0.01))
    r.hclog(Lv, "INFO", "agent.auth.handler", "renewed auth token", gap=(0.02, 0.1))
    r.pg(Lpg, r.rng.randint(20000, 40000), "LOG", 'connection authorized: user=vault database=billing application_name=vault-database-plugin SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)', prefix="vault@billing ", gap=(0.1, 0.3))
    r.hclog(Lv, "INFO", "agent", '(runner) rendered "(dynamic)" => "/vault/secrets/db.properties"', gap=(0.1, 0.3))
    r.hclog(Lv, "INFO", "agent", '(runner) executing command "[\\"/bin/sh\\" \\"-c\\" \\"kill -HUP $(pidof java)\\"]" from "(dynamic)" => "/vault/secrets/db.properties"', gap=(0.0, 0.01))
    r.spring(La, "INFO", app, "SIGHUP-handler", "c.n.c.billing.config.DbCredentialsReloader", "SIGHUP received: reloading database credentials from /vault/secrets/db.properties", gap=(0.02, 0.1))
    r.spring(La, "INFO", app, "SIGHUP-handler", "com.zaxxer.hikari.HikariDataSource", "HikariPool-7 - Starting...", gap=(0.01, 0.05))
    r.spring(La, "INFO", app, "SIGHUP-handler", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-7 - Added connection org.postgresql.jdbc.PgConnection@5b2f1a9c", gap=(0.05, 0.2))
    r.spring(La, "INFO", app, "SIGHUP-handler", "com.zaxxer.hikari.HikariDataSource", "HikariPool-7 - Start completed.", gap=(0.0, 0.02))
    r.spring(La, "INFO", app, "SIGHUP-handler", "c.n.c.billing.config.DbCredentialsReloader", "switched datasource to HikariPool-7 (user %s); closing HikariPool-6 after in-flight requests" % role_new, gap=(0.0, 0.02))
    r.spring(La, "INFO", app, "nio-8080-exec-6", "c.n.c.billing.LeaseController", "GET /api/leases?holder=Moreau 200 (19 ms)", gap=(0.5, 2))
    r.spring(La, "INFO", app, "SIGHUP-handler", "com.zaxxer.hikari.HikariDataSource", "HikariPool-6 - Shutdown initiated...", gap=(5, 10))
    r.spring(La, "INFO", app, "SIGHUP-handler", "com.zaxxer.hikari.HikariDataSource", "HikariPool-6 - Shutdown completed.", gap=(0.05, 0.3))
    for _ in range(3):
        r.spring(La, "INFO", app, "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.n.c.billing.LeaseController",
                 "GET /api/leases/%s 200 (%d ms)" % (r.rng.choice(["A-02-019", "C-07-112", "D-19-004", "K-01-012"]), r.rng.randint(6, 40)), gap=(3, 20))
    r.go(600, 900)
    pid = r.rng.randint(20000, 40000)
    r.pg(Lpg, pid, "LOG", "connection authorized: user=vault database=billing application_name=vault-database-plugin SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", prefix="vault@billing ", gap=(0.1, 0.3))
    r.pg(Lpg, pid, "LOG", 'statement: REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM "%s";' % role_old, prefix="vault@billing ", gap=(0.01, 0.05))
    r.pg(Lpg, pid, "LOG", 'statement: DROP ROLE IF EXISTS "%s";' % role_old, prefix="vault@billing ", gap=(0.01, 0.05))
    r.hclog(Lv, "INFO", "agent.auth.handler", "renewed auth token", gap=(30, 90))
    r.spring(La, "INFO", app, "scheduling-1", "c.n.c.billing.LeaseInvoiceJob", "Posted 36 lease renewal invoices to SAP (batch 2026-02-23-14)", gap=(5, 30))
    for _ in range(3):
        r.spring(La, "INFO", app, "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.n.c.billing.LeaseController",
                 "GET /api/leases/%s 200 (%d ms)" % (r.rng.choice(["A-02-019", "C-07-112", "D-19-004", "B-14-077"]), r.rng.randint(6, 40)), gap=(3, 20))
    return r.finish(SRC["A"], "vault-agent in grave-lease-billing re-authenticated and Postgres logged DROP ROLE — did we lose database access?",
                    {"namespace": ns, "app": "grave-lease-billing"},
                    "INFO", "none", None,
                    "No incident: the Vault token reached its max TTL, vault-agent re-authenticated, re-rendered the dynamic database credentials and signalled the app, which switched to a new pool; Vault later revoked the old role as designed.",
                    "Routine dynamic-secret rotation in the grave-lease-billing pod: vault-agent renews its token, renders new DB credentials, the app reloads them on SIGHUP, and the expired lease's role is dropped. Requests keep succeeding throughout.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 015
def r015():
    r = Rec("dev64-015", "2026-02-24T02:30:15.000Z", "Talos", "B")
    ns = "gemlab"
    node = "talos-7fe-q2k"
    pvc_uid = r.uid()
    vol = "pvc-" + pvc_uid
    Lop = L("cnpg-system", "cnpg-controller-manager-6d5c8f7b9c-r8wz2", "manager", "talos-2mn-c8d", app="cloudnative-pg")
    Llh = L("longhorn-system", "longhorn-manager-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "longhorn-manager", node)
    Lk = NL(node, "kubelet")
    Lkern = NL(node, "kernel")
    Lev = EV(ns)
    ga, _ = r.dpod("grading-api")
    Lga = L(ns, ga, "grading-api", "talos-9xq-w4r", app="grading-api")

    def op(msg, **kv):
        def f():
            d = {"level": "info", "ts": r.iso6().replace("Z", "Z"), "msg": msg, "controller": "cluster", "controllerGroup": "postgresql.cnpg.io",
                 "controllerKind": "Cluster", "Cluster": {"name": "gradedb", "namespace": ns}, "namespace": ns, "name": "gradedb",
                 "reconcileID": r.uid()}
            d.update(kv)
            return d
        return f

    r.js(Lop, op("Cluster image changed, the instances need to be upgraded", image="ghcr.io/cloudnative-pg/postgresql:16.3"), gap=0)
    r.js(Lop, op("The primary needs to be restarted, we'll do it with a restart", podName="gradedb-1",
                 reason="the instance is using an old image: ghcr.io/cloudnative-pg/postgresql:16.2 -> ghcr.io/cloudnative-pg/postgresql:16.3"))
    r.event(Lev, "Normal", "Killing", "Pod", "gradedb-1", ns, "Stopping container postgres", "kubelet", node)
    r.js(L(ns, "gradedb-1", "postgres", node), lambda: {"level": "info", "ts": r.iso6(), "logger": "postgres", "msg": "record", "logging_pod": "gradedb-1",
                                                        "record": {"log_time": r.sp() + " UTC", "error_severity": "LOG", "sql_state_code": "00000", "message": "database system is shut down", "backend_type": "postmaster"}}, gap=(2, 5))
    r.event(Lev, "Normal", "Created", "Pod", "gradedb-1", ns, "Pod gradedb-1 created", "cloudnative-pg", gap=(2, 4))
    r.event(Lev, "Normal", "Scheduled", "Pod", "gradedb-1", ns, "Successfully assigned %s/gradedb-1 to %s" % (ns, node), "default-scheduler")
    r.stamp(Llh, lambda r: 'time="%s" level=info msg="Volume %s attached to %s" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1583" node=%s' % (r.isos(), vol, node, node), gap=(3, 6))
    r.plain(Lkern, "EXT4-fs (sdd): VFS: Can't find ext4 filesystem", ev=True, gap=(1, 2))
    mnt = ("MountVolume.MountDevice failed for volume \"%s\" : rpc error: code = Internal desc = format of disk \"/dev/longhorn/%s\" failed: type:(\"ext4\") target:(\"/var/lib/kubelet/plugins/kubernetes.io/csi/driver.longhorn.io/%s/globalmount\") options:(\"defaults\") errcode:(exit status 32) output:(mount: /var/lib/kubelet/plugins/kubernetes.io/csi/driver.longhorn.io/%s/globalmount: wrong fs type, bad option, bad superblock on /dev/longhorn/%s, missing codepage or helper program, or other error.)"
           % (vol, vol, r.hexs(64), r.hexs(64), vol))
    r.klog(Lk, "E", "nestedpendingoperations.go:348", '"Operation for \\"{volumeName:kubernetes.io/csi/driver.longhorn.io^%s podName: nodeName:}\\" failed. No retries permitted until %s (durationBeforeRetry 2m2s). Error: %s"' % (vol, (r.t + _dt.timedelta(seconds=122)).strftime("%Y-%m-%d %H:%M:%S.%f +0000 UTC"), mnt.replace('"', '\\"')), pid=1841, ev=True, gap=(0.05, 0.2))
    r.event(Lev, "Warning", "FailedMount", "Pod", "gradedb-1", ns, mnt, "kubelet", node, count=1, ev=True)
    r.stamp(Llh, lambda r: 'time="%s" level=warning msg="Replica %s-r-%s of volume %s failed: the replica data is corrupted (superblock checksum mismatch)" func="controller.(*ReplicaController).syncReplica" node=%s' % (r.isos(), vol, r.hexs(8), vol, node), ev=True, gap=(1, 3))
    r.stamp(Llh, lambda r: 'time="%s" level=warning msg="Volume %s is faulted: all replicas are failed" func="controller.(*VolumeController).ReconcileVolumeState" node=%s' % (r.isos(), vol, node), ev=True, gap=(0.2, 1))
    Lrr = L(ns, "report-renderer-7b6d9c5f8-2kq9x", "report-renderer", "talos-9xq-w4r", app="report-renderer")
    for k in range(3):
        r.js(Lop, op("Waiting for the instances to be ready", instances=1, readyInstances=0, podName="gradedb-1", podPhase="Pending"), gap=(3, 10))
        r.pylog(Lrr, "ERROR", "renderer.db", 'psycopg.OperationalError: connection failed: connection to server at "gradedb-ro.gemlab.svc" (10.96.%d.%d), port 5432 failed: Connection refused' % (r.rng.randint(1, 250), r.rng.randint(2, 250)), gap=(0.5, 2))
        r.spring(Lga, "WARN", "grading-api", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=4)", gap=(1, 3))
        r.spring(Lga, "ERROR", "grading-api", "nio-8080-exec-%d" % r.rng.randint(1, 10), "o.h.engine.jdbc.spi.SqlExceptionHelper",
                 "Connection to gradedb-rw.gemlab.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", gap=(0.01, 0.05))
        r.js(Lop, op("Cluster is not healthy", phase="Waiting for the instances to become active"), gap=(1, 4))
    r.stamp(Llh, lambda r: 'time="%s" level=warning msg="Volume %s is faulted: all replicas are failed" func="controller.(*VolumeController).ReconcileVolumeState" node=%s' % (r.isos(), vol, node), gap=(10, 20))
    r.event(Lev, "Warning", "FailedMount", "Pod", "gradedb-1", ns, "Unable to attach or mount volumes: unmounted volumes=[pgdata], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition", "kubelet", node, count=2, gap=(30, 60))
    r.spring(Lga, "ERROR", "grading-api", "nio-8080-exec-4", "c.g.grading.api.GradingController", "POST /v1/gradings lot=L-88213 stone=17 -> 503: database unavailable", gap=(1, 3))
    r.klog(Lk, "E", "nestedpendingoperations.go:348", '"Operation for \\"{volumeName:kubernetes.io/csi/driver.longhorn.io^%s podName: nodeName:}\\" failed. No retries permitted until %s (durationBeforeRetry 2m2s). Error: %s"' % (vol, (r.t + _dt.timedelta(seconds=122)).strftime("%Y-%m-%d %H:%M:%S.%f +0000 UTC"), mnt.replace('"', '\\"')), pid=1841, gap=(20, 40))
    return r.finish(SRC["B"], "gradedb has been down since the Postgres minor upgrade and grading-api fails every write — what is holding the database pod?",
                    {"namespace": ns},
                    "CRITICAL", "storage", "gradedb",
                    "The Longhorn volume backing gradedb-1's PGDATA is faulted (replica data corrupted): the kernel cannot find an ext4 filesystem on it and MountVolume.MountDevice fails with 'bad superblock', so the recreated single-instance Postgres pod stays in ContainerCreating.",
                    "CloudNativePG restarted the only gradedb instance for the 16.2→16.3 image upgrade; the new pod cannot mount its volume because Longhorn reports all replicas failed and the filesystem is unreadable. The operator and grading-api errors are consequences.",
                    "Treat as data loss risk: salvage a healthy replica/snapshot in Longhorn or restore gradedb from the latest backup into a new cluster; then run gradedb with at least 2 instances.",
                    terms=["ext4", "bad superblock", "faulted", "corrupted", "MountDevice"])


# --------------------------------------------------------------------------- 016
def r016():
    r = Rec("dev64-016", "2026-02-25T08:41:30.000Z", "GKE", "B")
    ns = "gemlab"
    n_app = "gke-gemlab-prod-pool-1-8d3e51aa-7c2m"
    p, _ = r.dpod("laser-inscription")
    La = L(ns, p, "laser-inscription", n_app, app="laser-inscription")
    Lb = [L(ns, "gem-events-kafka-%d" % i, "kafka", "gke-gemlab-prod-kafka-5b1c9e07-%s" % s) for i, s in enumerate(["h2xk", "q7dm", "z4wp"])]
    Lev = EV(ns)
    uid = r.uid()
    gen = 412
    GC = "kafka.coordinator.group.GroupCoordinator"

    def start():
        r.E(La, lambda: "%s INFO  o.g.inscription.Main - laser-inscription 1.9.2 starting, group.id=laser-inscription topic=inscription-requests" % r.sp(), gap=(1, 2))
        r.E(La, lambda: "%s INFO  o.a.k.clients.consumer.ConsumerConfig - ConsumerConfig values: bootstrap.servers = [gem-events-kafka-bootstrap.gemlab.svc:9092] group.id = laser-inscription enable.auto.commit = false max.poll.records = 50" % r.sp(), gap=(0.2, 0.5))
        r.E(La, lambda: "%s INFO  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-laser-inscription-1, groupId=laser-inscription] Successfully joined group with generation Generation{generationId=%d, memberId='consumer-laser-inscription-1-%s', protocol='range'}" % (r.sp(), gen, r.uid()), gap=(3, 4))
        r.E(La, lambda: "%s INFO  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-laser-inscription-1, groupId=laser-inscription] Setting offset for partition inscription-requests-2 to the committed offset FetchPosition{offset=88412, offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{leader=Optional[gem-events-kafka-1.gem-events-kafka-brokers.gemlab.svc:9092 (id: 1 rack: europe-west4-b)], epoch=7}}" % r.sp(), gap=(0.1, 0.3))

    def crash(ev):
        r.E(La, lambda: "%s INFO  o.g.inscription.ConsumerLoop - processing inscription-requests-2@88412 job=INS-2026-04417 lot=L-88213 stone=17 kind=GIRDLE_REPORT_NO" % r.sp(), gap=(0.2, 0.6))
        tr = ['Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because the return value of "org.gemlab.inscription.InscriptionJob.girdleText()" is null',
              "\tat org.gemlab.inscription.InscriptionPlanner.layout(InscriptionPlanner.java:88)",
              "\tat org.gemlab.inscription.InscriptionPlanner.plan(InscriptionPlanner.java:54)",
              "\tat org.gemlab.inscription.ConsumerLoop.handle(ConsumerLoop.java:112)",
              "\tat org.gemlab.inscription.ConsumerLoop.run(ConsumerLoop.java:71)",
              "\tat org.gemlab.inscription.Main.main(Main.java:29)"]
        for i, t in enumerate(tr):
            r.plain(La, t, ev=(ev and i in (0, 1)), gap=(0.001, 0.003) if i else (0.01, 0.05))

    def broker_rebalance(reason, bgen):
        r.kafka(Lb[1], "INFO", "[GroupCoordinator 1]: Preparing to rebalance group laser-inscription in state PreparingRebalance with old generation %d (__consumer_offsets-17) (reason: %s)" % (bgen, reason), GC, gap=(0.5, 1))
        r.kafka(Lb[1], "INFO", "[GroupCoordinator 1]: Group laser-inscription with generation %d is now empty (__consumer_offsets-17)" % (bgen + 1), GC, gap=(0.01, 0.05))

    r.kafka(Lb[0], "INFO", "[GroupCoordinator 0]: Stabilized group intake-desk generation 88 (__consumer_offsets-4) with 2 members", GC, gap=0)
    start()
    crash(True)
    broker_rebalance("Removing member consumer-laser-inscription-1-%s on LeaveGroup; client reason: the consumer is being closed" % r.uid(), gen)
    r.klog(NL(n_app, "kubelet"), "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=2016, gap=(0.3, 1))
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container laser-inscription in pod %s_%s(%s)" % (p, ns, uid), "kubelet", n_app, count=4, gap=(0.2, 0.5))
    r.kafka(Lb[2], "INFO", "[Log partition=inscription-requests-2, dir=/var/lib/kafka/data-0/kafka-log2] Incremented log start offset to 40112 due to segment deletion", "kafka.log.UnifiedLog", gap=(5, 15))
    r.go(20, 30)
    gen += 2
    r.kafka(Lb[1], "INFO", "[GroupCoordinator 1]: Dynamic member with unknown member id joins group laser-inscription in Empty state. Created a new member id consumer-laser-inscription-1-%s and request the member to rejoin with this id." % r.uid(), GC, gap=(2, 3))
    r.kafka(Lb[1], "INFO", "[GroupCoordinator 1]: Preparing to rebalance group laser-inscription in state PreparingRebalance with old generation %d (__consumer_offsets-17) (reason: Adding new member consumer-laser-inscription-1 with group instance id None; client reason: need to re-join with the given member-id)" % (gen - 1), GC, gap=(0.01, 0.05))
    r.kafka(Lb[1], "INFO", "[GroupCoordinator 1]: Stabilized group laser-inscription generation %d (__consumer_offsets-17) with 1 members" % gen, GC, gap=(2.9, 3.1))
    start()
    crash(False)
    broker_rebalance("Removing member consumer-laser-inscription-1 on LeaveGroup; client reason: the consumer is being closed", gen)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container laser-inscription in pod %s_%s(%s)" % (p, ns, uid), "kubelet", n_app, count=5, gap=(0.5, 1))
    r.kafka(Lb[1], "INFO", "[GroupMetadataManager brokerId=1] Removed 0 expired offsets in 1 milliseconds.", "kafka.coordinator.group.GroupMetadataManager", gap=(10, 40))
    Lid = L(ns, "intake-desk-6f9c5d8b7f-t2wqm", "intake-desk", "gke-gemlab-prod-pool-1-8d3e51aa-k9fd", app="intake-desk")
    r.js(Lid, lambda: {"level": "info", "ts": r.iso3(), "msg": "inscription request published", "topic": "inscription-requests", "job": "INS-2026-04431", "lot": "L-88240", "partition": 0}, gap=(2, 10))
    r.js(Lid, lambda: {"level": "info", "ts": r.iso3(), "msg": "inscription request published", "topic": "inscription-requests", "job": "INS-2026-04432", "lot": "L-88240", "partition": 1}, gap=(2, 10))
    return r.finish(SRC["B"], "Kafka brokers keep rebalancing the laser-inscription group and no inscriptions are being cut. What is wrong?",
                    {"namespace": ns},
                    "CRITICAL", "application_error", "laser-inscription",
                    "laser-inscription's main thread dies with a NullPointerException in InscriptionPlanner.layout because job INS-2026-04417 has no girdle text (null girdleText); the consumer never commits offset 88412, so every restart re-reads the same record and crashes again.",
                    "The broker rebalance messages are a symptom: the only consumer of the laser-inscription group crash-loops on a poison record (NPE on a null girdleText at inscription-requests-2@88412).",
                    "Handle null girdle text in InscriptionPlanner (or route such jobs to a dead-letter topic), deploy laser-inscription, and if needed skip offset 88412 for the group.",
                    terms=["NullPointerException", "girdleText", "InscriptionPlanner"])


# --------------------------------------------------------------------------- 017
def r017():
    r = Rec("dev64-017", "2026-02-26T16:05:40.000Z", "EKS", "B")
    ns = "gemlab"
    n1 = "ip-10-31-40-12.eu-west-1.compute.internal"
    n2 = "ip-10-31-51-230.eu-west-1.compute.internal"
    newp, new_rs = r.dpod("lot-tracker")
    oldp, _ = r.dpod("lot-tracker")
    Lev = EV(ns)
    Lk = NL(n1, "kubelet")
    Lc = NL(n1, "containerd")
    Lold = L(ns, oldp, "lot-tracker", n2, app="lot-tracker")
    uid = r.uid()
    img = "412907353185.dkr.ecr.eu-west-1.amazonaws.com/gemlab/lot-tracker-migrations:2026.03.2"
    ref = "412907353185.dkr.ecr.eu-west-1.amazonaws.com/gemlab/lot-tracker-migrations:2026.03.2"
    Largo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-31-12-9.eu-west-1.compute.internal")
    r.logrus(Largo, "info", "Initiated automated sync to 'a91f0c3'", application="argocd/lot-tracker", dest_namespace=ns, dest_server="https://kubernetes.default.svc", gap=0)
    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "lot-tracker", ns, "Scaled up replica set %s to 1" % new_rs, "deployment-controller")
    r.event(Lev, "Normal", "SuccessfulCreate", "ReplicaSet", new_rs, ns, "Created pod: " + newp, "replicaset-controller")
    r.event(Lev, "Normal", "Scheduled", "Pod", newp, ns, "Successfully assigned %s/%s to %s" % (ns, newp, n1), "default-scheduler")
    r.event(Lev, "Normal", "Pulling", "Pod", newp, ns, 'Pulling image "%s"' % img, "kubelet", n1, gap=(0.5, 1))
    r.ctrd(Lc, "info", 'PullImage "%s"' % img, gap=(0.01, 0.05))
    r.ctrd(Lc, "info", "trying next host - response was http.StatusNotFound", gap=(0.2, 0.5))
    r.logs[-1]["line"] += " host=412907353185.dkr.ecr.eu-west-1.amazonaws.com"
    err = 'rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (ref, ref, ref)
    r.ctrd(Lc, "error", 'PullImage "%s" failed' % img, ev=True, gap=(0.001, 0.01))
    r.logs[-1]["line"] += ' error="failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found"' % (ref, ref, ref)
    r.klog(Lk, "E", "remote_image.go:180", '"PullImage from image service failed" err="%s" image="%s"' % (err.replace('"', '\\"'), img), pid=3377, gap=(0.001, 0.01))
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, 'Failed to pull image "%s": %s' % (img, err), "kubelet", n1, ev=True, gap=(0.01, 0.05))
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, "Error: ErrImagePull", "kubelet", n1, gap=(0.001, 0.01))
    r.spring(Lold, "INFO", "lot-tracker", "nio-8080-exec-3", "o.g.lots.LotController", "GET /v1/lots/L-88213/stones 200 (21 ms)", gap=(0.5, 2))
    r.event(Lev, "Normal", "BackOff", "Pod", newp, ns, 'Back-off pulling image "%s"' % img, "kubelet", n1, gap=(1, 2))
    r.event(Lev, "Warning", "Failed", "Pod", newp, ns, "Error: ImagePullBackOff", "kubelet", n1, gap=(0.001, 0.01))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"db-migrate\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (img, ns, newp, uid), pid=3377, ev=True, gap=(0.01, 0.05))
    for k in range(3):
        r.spring(Lold, "INFO", "lot-tracker", "nio-8080-exec-%d" % r.rng.randint(1, 10), "o.g.lots.LotController",
                 "%s %d ms" % (r.rng.choice(["GET /v1/lots?status=GRADING 200", "PATCH /v1/lots/L-88240/stones/3 200", "GET /v1/lots/L-88219 200"]), r.rng.randint(8, 60)), gap=(2, 10))
        r.event(Lev, "Normal", "Pulling", "Pod", newp, ns, 'Pulling image "%s"' % img, "kubelet", n1, count=k + 2, gap=(5, 30 * (k + 1)))
        r.ctrd(Lc, "info", 'PullImage "%s"' % img, gap=(0.01, 0.05))
        r.ctrd(Lc, "info", "trying next host - response was http.StatusNotFound", gap=(0.2, 0.5))
        r.logs[-1]["line"] += " host=412907353185.dkr.ecr.eu-west-1.amazonaws.com"
        r.event(Lev, "Warning", "Failed", "Pod", newp, ns, 'Failed to pull image "%s": %s' % (img, err), "kubelet", n1, count=k + 2, gap=(0.01, 0.05))
        r.event(Lev, "Normal", "BackOff", "Pod", newp, ns, 'Back-off pulling image "%s"' % img, "kubelet", n1, count=k + 3, gap=(0.5, 2))
    r.logrus(Largo, "info", "Updated health status: Progressing -> Degraded", application="argocd/lot-tracker", gap=(60, 120))
    r.spring(Lold, "INFO", "lot-tracker", "nio-8080-exec-8", "o.g.lots.LotController", "GET /v1/lots/L-88240 200 (14 ms)", gap=(2, 10))
    return r.finish(SRC["B"], "The lot-tracker release 2026.03.2 never becomes ready; the pod sits in Init. Why?",
                    {"namespace": ns, "app": "lot-tracker"},
                    "ERROR", "image_pull", "lot-tracker",
                    "The db-migrate init container of the new lot-tracker pod references lot-tracker-migrations:2026.03.2, which does not exist in the ECR repository (failed to resolve reference ... not found), so the pod is stuck in Init:ImagePullBackOff.",
                    "Release 2026.03.2 of lot-tracker is blocked before the app starts: its migrations image tag was never pushed. The old ReplicaSet keeps serving; Argo CD marks the app Degraded.",
                    "Push the lot-tracker-migrations:2026.03.2 image (or correct the init container's tag in the Deployment) and let the rollout continue.",
                    terms=["not found", "ImagePullBackOff", "lot-tracker-migrations"])


# --------------------------------------------------------------------------- 018
def r018():
    r = Rec("dev64-018", "2026-02-27T09:12:03.000Z", "AKS", "B")
    ns = "gemlab"
    cp, _ = r.dpod("client-portal")
    node = "aks-nodepool1-21734419-vmss000003"
    Lo = L(ns, cp, "oauth2-proxy", node, app="client-portal")
    La = L(ns, cp, "client-portal", node, app="client-portal")
    cd1, cd2 = r.pod(r.rs("coredns")), r.pod(r.rs("coredns"))
    Ld1 = L("kube-system", cd1, "coredns", "aks-system-21734419-vmss000000", app="coredns")
    Ld2 = L("kube-system", cd2, "coredns", "aks-system-21734419-vmss000001", app="coredns")
    Lfx = L("flux-system", "kustomize-controller-7b9f8d6c5d-4wzpl", "manager", "aks-system-21734419-vmss000000")
    cp_ip = r.ip()
    idp = "login.idp.gemlab.internal"

    def access(path, code, size, dur, user="-"):
        r.stamp(Lo, lambda r: '%s:%d - %s - %s [%s] portal.gemlab.example GET - "%s" HTTP/1.1 "%s" %d %d %.3f' % (
            "10.244.%d.%d" % (r.rng.randint(0, 3), r.rng.randint(2, 250)), r.rng.randint(30000, 60000), r.hexs(32), user,
            r.t.strftime("%Y/%m/%d %H:%M:%S"), path, r.rng.choice(UA_BROWSER), code, size, dur), gap=(0.5, 4))

    access("/lots/L-88213", 200, 18342, 0.041, "a.okafor@gemlab.example")
    access("/api/lots/L-88213/reports", 200, 2211, 0.028, "a.okafor@gemlab.example")
    r.js(Lfx, lambda: {"level": "info", "ts": r.iso3(), "msg": "server-side apply completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io",
                       "controllerKind": "Kustomization", "Kustomization": {"name": "platform-dns", "namespace": "flux-system"}, "namespace": "flux-system", "name": "platform-dns",
                       "revision": "main@sha1:%s" % r.hexs(40), "output": {"ConfigMap/kube-system/coredns-custom": "configured"}}, ev=True, gap=(2, 5))
    for Ld in (Ld1, Ld2):
        r.plain(Ld, "[INFO] Reloading", gap=(20, 30) if Ld is Ld1 else (0.5, 3))
        r.plain(Ld, "[INFO] plugin/reload: Running configuration SHA512 = %s" % r.hexs(128), gap=(0.05, 0.2))
        r.plain(Ld, "[INFO] Reloading complete", gap=(0.01, 0.05))
    access("/lots/L-88240", 200, 17120, 0.038, "m.sato@gemlab.example")
    for k in range(3):
        access("/oauth2/start?rd=%2Flots", 302, 412, 0.001)
        q = r.rng.randint(10000, 65000)
        for sfx, rc in ((".gemlab.svc.cluster.local.", "NXDOMAIN qr,aa,rd"), (".svc.cluster.local.", "NXDOMAIN qr,aa,rd"), (".cluster.local.", "NXDOMAIN qr,aa,rd"), (".", "NXDOMAIN qr,rd,ra")):
            name = idp + sfx if sfx != "." else idp + "."
            Ld = Ld1 if k % 2 == 0 else Ld2
            r.plain(Ld, '[INFO] %s:%d - %d "A IN %s udp %d false 1232" %s %d %.9fs' % (cp_ip, r.rng.randint(30000, 60000), q, name, 40 + len(name), rc, 100 + len(name), r.rng.uniform(0.00005, 0.004)),
                    ev=(k == 0 and sfx == "."), gap=(0.4, 3) if sfx.startswith(".gemlab") else (0.0002, 0.002))
        r.stamp(Lo, lambda r: '[%s] [oauthproxy.go:902] Error redeeming code during OAuth2 callback: token exchange failed: Post "https://%s/realms/gemlab/protocol/openid-connect/token": dial tcp: lookup %s on 10.0.0.10:53: no such host' % (
            r.t.strftime("%Y/%m/%d %H:%M:%S"), idp, idp), ev=(k == 0), gap=(0.001, 0.01))
        access("/oauth2/callback?code=%s&state=%s" % (r.hexs(24), r.hexs(16)), 500, 2885, round(r.rng.uniform(0.004, 0.02), 3))
        if k == 1:
            access("/api/lots?status=GRADING", 200, 5230, 0.066, "m.sato@gemlab.example")
            r.js(La, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 1, "hostname": cp, "req": {"method": "GET", "url": "/api/lots?status=GRADING"}, "res": {"statusCode": 200}, "responseTime": 61, "msg": "request completed"}, gap=(0.001, 0.01))
    r.plain(Ld1, '[INFO] %s:%d - %d "A IN gradedb-rw.gemlab.svc.cluster.local. udp 67 false 1232" NOERROR qr,aa,rd 126 0.000131s' % (r.ip(), r.rng.randint(30000, 60000), r.rng.randint(10000, 65000)), gap=(1, 3))
    r.plain(Ld2, '[INFO] %s:%d - %d "A IN login.microsoftonline.com. udp 55 false 1232" NOERROR qr,rd,ra 312 0.011208s' % (r.ip(), r.rng.randint(30000, 60000), r.rng.randint(10000, 65000)), gap=(1, 3))
    access("/oauth2/start?rd=%2F", 302, 412, 0.001)
    r.stamp(Lo, lambda r: '[%s] [oauthproxy.go:902] Error redeeming code during OAuth2 callback: token exchange failed: Post "https://%s/realms/gemlab/protocol/openid-connect/token": dial tcp: lookup %s on 10.0.0.10:53: no such host' % (
        r.t.strftime("%Y/%m/%d %H:%M:%S"), idp, idp), gap=(2, 6))
    access("/oauth2/callback?code=%s&state=%s" % (r.hexs(24), r.hexs(16)), 500, 2885, 0.009)
    return r.finish(SRC["B"], "Clients get a 500 from the client portal when they log in, while already logged-in staff can still work. What's wrong with oauth2-proxy?",
                    {"namespace": ns, "app": "client-portal"},
                    "ERROR", "dns_resolution", "coredns",
                    "After a Flux apply changed the coredns-custom ConfigMap, CoreDNS reloaded without the forward zone for idp.gemlab.internal; login.idp.gemlab.internal now returns NXDOMAIN, so oauth2-proxy cannot reach the token endpoint (no such host) and every login callback fails with 500.",
                    "New logins to client-portal fail in the oauth2-proxy sidecar because the identity provider's internal name no longer resolves; existing sessions keep working. The change is in CoreDNS's custom configuration, not in the portal.",
                    "Restore the idp.gemlab.internal forward/stub zone in the coredns-custom ConfigMap (fix it in the platform-dns Kustomization), let CoreDNS reload, and verify the name resolves from the portal pod.",
                    terms=["coredns-custom", "NXDOMAIN", "no such host"])


# --------------------------------------------------------------------------- 019
def r019():
    r = Rec("dev64-019", "2026-02-28T13:20:05.000Z", "GKE", "B")
    ns = "gemlab"
    na, nb = "gke-gemlab-prod-pool-1-8d3e51aa-7c2m", "gke-gemlab-prod-pool-1-8d3e51aa-k9fd"
    cp, _ = r.dpod("client-portal")
    rr, _ = r.dpod("report-renderer")
    cp_ip, rr_ip = r.ip(), r.ip()
    Lcp = L(ns, cp, "client-portal", na, app="client-portal")
    Lcx = L(ns, cp, "istio-proxy", na, app="client-portal")
    Lr = L(ns, rr, "report-renderer", nb, app="report-renderer")
    Lrx = L(ns, rr, "istio-proxy", nb, app="report-renderer")
    fq = "report-renderer.gemlab.svc.cluster.local"

    def small(lot, stones):
        path = "/v1/reports/%s.pdf" % lot
        pages = stones + r.rng.randint(3, 6)
        secs = round(0.06 * pages + r.rng.uniform(0.2, 0.6), 2)
        r.pylog(Lr, "INFO", "renderer", "rendering report lot=%s stones=%d template=full-grading-v5" % (lot, stones), gap=(1, 6))
        r.go(secs)
        r.pylog(Lr, "INFO", "renderer", "rendered lot=%s pages=%d in %.2fs" % (lot, pages, secs), gap=0)
        r.plain(Lr, 'INFO:     127.0.0.6:%d - "GET %s HTTP/1.1" 200 OK' % (r.rng.randint(30000, 60000), path), gap=(0.001, 0.01))
        envoy_inbound_ok(r, Lrx, "GET", path, 8000, rr_ip, cp_ip, fq, ua="node-fetch", dur=int(secs * 1000) + 3, tx=r.rng.randint(200000, 900000), gap=(0.001, 0.01))
        envoy_outbound(r, Lcx, "GET", path, 8000, 200, "-", "via_upstream", fq, "%s:8000" % rr_ip, cp_ip, ua="node-fetch",
                       dur=int(secs * 1000) + 5, tx=r.rng.randint(200000, 900000), gap=(0.001, 0.01))

    def big(lot, stones, ev):
        path = "/v1/reports/%s.pdf" % lot
        pages = stones + r.rng.randint(4, 8)
        secs = round(0.065 * pages + r.rng.uniform(0.5, 1.5), 2)
        r.pylog(Lr, "INFO", "renderer", "rendering report lot=%s stones=%d template=full-grading-v5" % (lot, stones), gap=(1, 6))
        t0 = r.t
        r.go(15.001, 15.004)
        envoy_outbound(r, Lcx, "GET", path, 8000, 504, "UT", "response_timeout", fq, "%s:8000" % rr_ip, cp_ip, ua="node-fetch",
                       dur=15001, tx=24, gap=0, ev=ev)
        r.envoy(Lrx, "GET", path, 0, "DC", "downstream_remote_disconnect", 0, 0, 15002, "-", "-", "node-fetch", fq + ":8000",
                "%s:8000" % rr_ip, "inbound|8000||", "127.0.0.6:%d" % r.rng.randint(33000, 60999), "%s:8000" % rr_ip,
                "%s:%d" % (cp_ip, r.rng.randint(33000, 60999)), sni="outbound_.8000_._." + fq, gap=(0.0005, 0.002))
        r.js(Lcp, lambda: {"level": 50, "time": r.epoch_ms(), "pid": 1, "hostname": cp, "lot": lot,
                           "msg": "report download failed: report-renderer responded 504 (upstream request timeout)"}, gap=(0.001, 0.01))
        r.t = max(r.t, t0 + _dt.timedelta(seconds=secs))
        r.pylog(Lr, "INFO", "renderer", "rendered lot=%s pages=%d in %.2fs" % (lot, pages, secs), ev=ev, gap=(0.001, 0.01))
        r.plain(Lr, 'INFO:     127.0.0.6:%d - "GET %s HTTP/1.1" 200 OK' % (r.rng.randint(30000, 60000), path), gap=(0.001, 0.01))

    small("L-88240", 12)
    small("L-88233", 31)
    big("L-88213", 412, True)
    small("L-88245", 8)
    r.js(Lcp, lambda: {"level": 30, "time": r.epoch_ms(), "pid": 1, "hostname": cp, "req": {"method": "GET", "url": "/lots/L-88245/report.pdf"}, "res": {"statusCode": 200}, "responseTime": 912, "msg": "request completed"}, gap=(0.01, 0.05))
    big("L-88213", 412, False)
    small("L-88251", 5)
    big("L-88198", 287, True)
    small("L-88240", 12)
    r.pylog(Lr, "WARNING", "renderer.cache", "report cache miss for lot=L-88213 (previous render was not delivered)", gap=(2, 8))
    big("L-88213", 412, False)
    return r.finish(SRC["B"], "Downloading grading reports for some lots fails with 504 in the client portal, other lots work. Why?",
                    {"namespace": ns},
                    "ERROR", "timeout", "report-renderer",
                    "report-renderer needs about 20–30 s to render reports for large lots (L-88213 with 412 stones, L-88198 with 287), longer than the 15 s route timeout, so client-portal's Envoy sidecar returns 504 UT (response_timeout) and resets the request while the renderer finishes the PDF anyway.",
                    "Large-lot report downloads time out at the mesh route timeout (504 UT after 15001 ms); small lots render in a few seconds and succeed. The slowness is in report-renderer, the sidecars only enforce the timeout.",
                    "Make large reports asynchronous or cached in report-renderer (or speed up rendering), and/or raise the route timeout for /v1/reports in the VirtualService.",
                    terms=["UT", "response_timeout", "rendered lot=L-88213", "rendered lot=L-88198"])


# --------------------------------------------------------------------------- 020
def r020():
    r = Rec("dev64-020", "2026-03-02T07:44:18.000Z", "k3s", "B")
    ns = "gemlab"
    ic, _ = r.dpod("image-capture")
    li, _ = r.dpod("laser-inscription")
    nodes = ["k3s-gem-1", "k3s-gem-2", "k3s-gem-3"]
    Li = L(ns, ic, "image-capture", "k3s-gem-2", app="image-capture")
    Lli = L(ns, li, "laser-inscription", "k3s-gem-3", app="laser-inscription")
    Lb = [L(ns, "gem-events-kafka-%d" % i, "kafka", nodes[i]) for i in range(3)]
    Lop = L("strimzi", "strimzi-cluster-operator-6b8f9d7c5d-zx2kq", "strimzi-cluster-operator", "k3s-gem-1")
    ic_ip = r.ip()
    KR = "Reconciliation #%d(timer) Kafka(gemlab/gem-events)" % r.rng.randint(3000, 3400)
    app = "image-capture"
    r.spring(Li, "INFO", app, "main", "o.g.capture.kafka.KafkaProducerConfig", "Kafka truststore /app/config/gem-events-truststore.p12 loaded: 1 certificate (CN=cluster-ca v0, O=io.strimzi, notAfter=2026-06-11T07:02:51Z)", ev=True, gap=0)
    r.log4j(Lop, "INFO", "CaReconciler:263", "%s: Cluster CA key replaced (strimzi.io/force-replace), cluster-ca certificate generation 1" % KR, gap=(1, 3))
    r.log4j(Lop, "INFO", "KafkaRoller:551", "%s: Rolling Pod gem-events-kafka-0/0 due to [Pod has old cluster-ca certificate generation, Kafka broker TLS certificates updated]" % KR, gap=(1, 3))
    r.spring(Li, "INFO", app, "capture-worker-2", "o.g.capture.StoneImageService", "captured 6 images for lot=L-88251 stone=3 (darkfield, brightfield, UV)", gap=(1, 4))
    r.kafka(Lb[0], "INFO", "[KafkaServer id=0] shut down completed", "kafka.server.KafkaServer", gap=(5, 10))
    r.kafka(Lb[0], "INFO", "[KafkaServer id=0] started", "kafka.server.KafkaServer", gap=(20, 30))
    r.log4j(Lop, "INFO", "KafkaRoller:551", "%s: Rolling Pod gem-events-kafka-1/1 due to [Pod has old cluster-ca certificate generation, Kafka broker TLS certificates updated]" % KR, gap=(10, 20))
    r.kafka(Lb[1], "INFO", "[KafkaServer id=1] started", "kafka.server.KafkaServer", gap=(30, 45))
    r.log4j(Lop, "INFO", "KafkaRoller:551", "%s: Rolling Pod gem-events-kafka-2/2 due to [Pod has old cluster-ca certificate generation, Kafka broker TLS certificates updated]" % KR, gap=(10, 20))
    r.kafka(Lb[2], "INFO", "[KafkaServer id=2] started", "kafka.server.KafkaServer", gap=(30, 45))
    r.log4j(Lop, "INFO", "AbstractOperator:510", "%s: reconciled" % KR, gap=(5, 10))
    r.E(Lli, lambda: "%s INFO  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-laser-inscription-1, groupId=laser-inscription] Successfully joined group with generation Generation{generationId=431, memberId='consumer-laser-inscription-1-%s', protocol='range'}" % (r.sp(), r.uid()), gap=(1, 3))
    for k in range(4):
        bid = r.rng.randint(0, 2)
        r.spring(Li, "WARN", app, "ad | producer-1", "org.apache.kafka.common.network.Selector",
                 "[Producer clientId=producer-1] Connection to node %d (gem-events-kafka-%d.gem-events-kafka-brokers.gemlab.svc/%s:9093) failed authentication due to: SSL handshake failed" % (bid, bid, r.ip()), gap=(1, 6))
        r.kafka(Lb[bid], "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /%s (channelId=%s:9093-%s:%d-%d) (SSL handshake failed)" % (bid, ic_ip, r.ip(), ic_ip, r.rng.randint(30000, 60000), r.rng.randint(1, 900)),
                "org.apache.kafka.common.network.Selector", gap=(0.001, 0.02))
        if k == 0:
            tr = ["org.apache.kafka.common.errors.SslAuthenticationException: SSL handshake failed",
                  "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
                  "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)",
                  "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)",
                  "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1300)",
                  "Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
                  "\tat java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:439)",
                  "\t... 24 common frames omitted"]
            r.spring(Li, "ERROR", app, "capture-worker-1", "o.g.capture.kafka.ImageEventPublisher", "failed to publish image event for lot=L-88251 stone=4", gap=(0.5, 2))
            for i, t in enumerate(tr):
                r.plain(Li, t, ev=(i == 1), gap=(0.0005, 0.001))
    r.spring(Li, "ERROR", app, "capture-worker-3", "o.g.capture.kafka.ImageEventPublisher", "failed to publish image event for lot=L-88251 stone=5: org.apache.kafka.common.errors.TimeoutException: Topic stone-images not present in metadata after 60000 ms.", gap=(10, 30))
    r.E(Lli, lambda: "%s INFO  o.g.inscription.ConsumerLoop - processing inscription-requests-0@91877 job=INS-2026-04460 lot=L-88251 stone=1 kind=GIRDLE_REPORT_NO" % r.sp(), gap=(1, 3))
    r.spring(Li, "WARN", app, "capture-worker-2", "o.g.capture.kafka.ImageEventPublisher", "outbox backlog: 37 image events pending (oldest 4m12s)", gap=(2, 10))
    return r.finish(SRC["B"], "After the Kafka brokers rolled this morning, image-capture can no longer publish, and the brokers log 'Failed authentication'. Other consumers are fine. What happened?",
                    {"namespace": ns},
                    "ERROR", "tls_certificate", "image-capture",
                    "The brokers now present TLS certificates from the renewed Strimzi cluster CA, but image-capture trusts only the old CA baked into /app/config/gem-events-truststore.p12 (CN=cluster-ca v0), so its TLS handshakes fail with PKIX path building failed.",
                    "image-capture's producer fails SSL handshakes after the Strimzi operator rolled the brokers onto new cluster-CA certificates; clients that mount the gem-events-cluster-ca-cert Secret (laser-inscription) keep working. The broker 'Failed authentication' lines are the server side of the same handshake failure.",
                    "Make image-capture load its truststore from the gem-events-cluster-ca-cert Secret (kept current by Strimzi) instead of a copy in the image/config, then restart it.",
                    terms=["PKIX path building failed", "cluster-ca v0", "truststore"])
