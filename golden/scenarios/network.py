"""Golden templates: dependencies between services (DNS, refused connections, timeouts, TLS,
rate limits), where the loudest lines are usually the caller's symptoms."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.k8s import callers_5xx
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import GOLDEN


@GOLDEN.template("dns_backend_frontend_503", 4)
def dns_backend_frontend_503(inc: Incident, k: int) -> Spec:
    """A frontend's 503s, caused by its backend failing to resolve its database's name."""
    ns = inc.pick(NAMESPACES)
    back = inc.workload(inc.pick(("catalog-api", "accounts", "reviews", "stock")), ns)
    front = inc.workload(inc.pick(("web-frontend", "storefront", "bff")), ns)
    host = inc.pick((f"{back.name}-db.{ns}.svc.cluster.local", f"pg-{back.name}.{ns}.svc",
                     "orders-cache.redis.svc.cluster.local"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 24), herrings=2)
    go = k % 2 == 0
    for i, t in enumerate(inc.spread(20, 200, 3)):
        if go:
            inc.add(t, back.labels, f.app_json(inc.at(t), "error", "failed to connect to "
                    "database", style="zap", logger=back.name,
                    error=f"dial tcp: lookup {host} on 10.96.0.10:53: no such host"),
                    cause=i < 2)
        else:
            inc.add(t, back.labels, f.spring(inc.at(t), "ERROR", "HikariPool-1 housekeeper",
                    "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool "
                    "initialization. java.net.UnknownHostException: " + host), cause=i < 2)
    callers_5xx(inc, front, 25, 280, inc.rng.randint(8, 14), path=f"/api/{back.name}",
                upstream_svc=f"{back.name}.{ns}.svc:8080")
    for t in inc.spread(30, 260, 2):
        inc.add(t, front.labels, f.app_json(inc.at(t), "error", f"upstream {back.name} "
                "returned 503 Service Unavailable", style="pino", host=front.pod))
    return {"question": inc.pick((f"Why does {front.name} return 503?",
                                  f"Users see errors on {front.name}. What broke?")),
            "expected": expected(
                "ERROR", "dns_resolution", back.name,
                f"{back.name} cannot resolve its database host {host} (no such host).",
                f"{front.name} returns 503 because {back.name} fails name lookups for its "
                "database.",
                f"Fix the {host} name (Service or ExternalName) used by {back.name}.")}


@GOLDEN.template("coredns_upstream_timeout", 3)
def coredns_upstream_timeout(inc: Incident, k: int) -> Spec:
    cd = inc.workload("coredns", "kube-system")
    ns = inc.pick(NAMESPACES)
    app = inc.workload(inc.pick(("payments-gateway", "mailer", "geo-service")), ns)
    ext = inc.pick(("api.stripe.com.", "smtp.sendgrid.net.", "maps.googleapis.com."))
    upstream = inc.pick(("10.0.0.2", "169.254.169.253", "8.8.8.8"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(8, 14))
    add_noise(inc, "kube-system", 0, 300, 3, herrings=0)
    for t in inc.spread(0, 40, 3):
        inc.add(t, cd.labels, f.coredns_query(inc.rng, inc.ip(), f"{app.name}.{ns}.svc.cluster."
                                              "local.", "NOERROR"))
    flaky = k == 2  # a few lookups fail, the client's retries get through
    for i, t in enumerate(inc.spread(45, 250, 2 if flaky else 5)):
        inc.add(t, cd.labels, f.coredns_error(inc.rng, ext, upstream), cause=i < 3)
    for t in inc.spread(45, 280, 3 if flaky else 0):
        inc.add(t, cd.labels, f.coredns_query(inc.rng, inc.ip(), ext, "NOERROR"))
    for t in inc.spread(60, 280, 1 if flaky else 4):
        inc.add(t, app.labels, f.logfmt(inc.at(t), "error", "request to provider failed",
                                        err=f'Post "https://{ext.rstrip(".")}/v1/charges": '
                                        f"dial tcp: lookup {ext.rstrip('.')} on 10.96.0.10:53: "
                                        "server misbehaving"))
    return {"question": f"{app.name} cannot reach {ext.rstrip('.')}. Why?",
            "selector": {"namespace": None, "pod": None, "container": None, "node": None,
                         "app": None},
            "expected": expected(
                "WARN" if flaky else "ERROR", "dns_resolution", "coredns",
                f"CoreDNS times out forwarding external queries to its upstream {upstream}.",
                f"External names fail to resolve (SERVFAIL) so {app.name} cannot call "
                f"{ext.rstrip('.')}.",
                f"Check the upstream resolver {upstream} and the CoreDNS forward config.")}


@GOLDEN.template("redis_refused_envoy", 3)
def redis_refused_envoy(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    dep = inc.pick(("redis", "postgres", "rabbitmq", "elasticsearch"))
    port = {"redis": 6379, "postgres": 5432, "rabbitmq": 5672, "elasticsearch": 9200}[dep]
    caller = inc.workload(inc.pick(("session-api", "cart", "notifier", "search-api")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24), herrings=2)
    ip = inc.ip("10.96")
    inc.add(15, {"namespace": ns, "pod": f"{dep}-0", "container": "events", "job": "kube-events",
                 "node": caller.node},
            f.event("Normal", "Killing", f"{dep}-0", f"Stopping container {dep}"))
    for i, t in enumerate(inc.spread(20, 260, 5)):
        inc.add(t, caller.labels, f.app_json(inc.at(t), "error", f"{dep} operation failed",
                style=inc.pick(("zap", "logback", "structlog")), logger=caller.name,
                error=f"dial tcp {ip}:{port}: connect: connection refused"), cause=i < 2)
    callers_5xx(inc, inc.workload("edge", ns), 25, 280, 5, path=f"/api/{caller.name}",
                upstream_svc=f"{caller.name}.{ns}.svc:8080", envoy=True, flags="URX")
    return {"question": f"{caller.name} is failing. What is the cause?",
            "expected": expected(
                "ERROR", "connection_refused", dep,
                f"{dep} at {ip}:{port} refuses connections since its pod was stopped.",
                f"{caller.name} fails every {dep} call with connection refused; edge returns "
                "503.",
                f"Bring {dep}-0 back (check the StatefulSet and its endpoints).")}


@GOLDEN.template("payments_upstream_timeout", 3)
def payments_upstream_timeout(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    slow = inc.workload(inc.pick(("payments", "fraud-score", "tax-service", "inventory")), ns)
    caller = inc.workload(inc.pick(("checkout", "order-api", "bff")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 22), herrings=2)
    for i, t in enumerate(inc.spread(20, 250, 4)):
        inc.add(t, caller.labels, f.logfmt(inc.at(t), "error", f"call to {slow.name} failed",
                style="gokit", method=f"/{slow.name}.v1.Service/Authorize",
                err="rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                elapsed="5.000s"), cause=i == 0)
    for i, t in enumerate(inc.spread(10, 260, 4)):
        inc.add(t, slow.labels, f.app_json(inc.at(t), "warn", "slow query",
                style="logback", logger=f"{slow.name}.repo", duration_ms=inc.rng.randint(
                    4000, 12000), sql="SELECT ... FROM ledger_entries WHERE account_id = ?"),
                cause=i < 2)
    callers_5xx(inc, inc.workload("ingress-gw", ns), 30, 280, 4, path="/api/orders",
                upstream_svc=f"{caller.name}.{ns}.svc:8080", status=504, envoy=True, flags="UT")
    return {"question": f"Why do {caller.name} requests time out?",
            "expected": expected(
                "ERROR", "timeout", slow.name,
                f"{slow.name} answers too slowly (slow queries) and {caller.name}'s 5s deadline "
                "expires.",
                f"{caller.name} fails with DeadlineExceeded calling {slow.name}; the gateway "
                "returns 504.",
                f"Find the slow ledger query in {slow.name} (index/plan); review the deadline.")}


@GOLDEN.template("kafka_request_timeout", 3)
def kafka_request_timeout(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("messaging", "data", "events"))
    broker = inc.workload("kafka", ns, kind="statefulset")
    prod = inc.workload(inc.pick(("clickstream-producer", "audit-shipper", "order-events")), ns)
    topic = inc.pick(("clicks", "audit", "orders.v2"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 20))
    for t in inc.spread(0, 280, 4):
        inc.add(t, broker.labels, f.kafka(inc.at(t), "INFO", f"[Log partition={topic}-"
                f"{inc.rng.randint(0, 11)}, dir=/var/lib/kafka/data] Rolled new log segment at "
                f"offset {inc.rng.randint(10**6, 10**8)} in {inc.rng.randint(1, 9)} ms.",
                "kafka.log.LocalLog"))
    for i, t in enumerate(inc.spread(40, 260, 4)):
        inc.add(t, prod.labels, f.spring(inc.at(t), "WARN", "kafka-producer-network-thread | "
                "producer-1", "o.a.k.c.producer.internals.Sender",
                f"[Producer clientId=producer-1] Got error produce response with correlation id "
                f"{inc.rng.randint(1000, 99999)} on topic-partition {topic}-"
                f"{inc.rng.randint(0, 11)}, retrying (2147483646 attempts left). Error: "
                "REQUEST_TIMED_OUT. Error Message: "
                "Disconnected from node 1 due to timeout"), cause=i < 2)
    inc.add(270, prod.labels, f.spring(inc.at(270), "INFO", "main", "c.a.e.PublishStats",
                                      "published 18234 records in last 60s, 0 dropped"))
    return {"question": f"{prod.name} reports produce retries. Is something wrong?",
            "expected": expected(
                "WARN", "timeout", "kafka",
                "Kafka broker 1 answers produce requests too slowly (REQUEST_TIMED_OUT).",
                f"{prod.name} retries produce requests on timeouts; no records are lost so far.",
                "Check broker 1 latency (disk, request queue); raise request.timeout.ms if OK.")}


@GOLDEN.template("mtls_unknown_authority", 2)
def mtls_unknown_authority(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    server = inc.workload(inc.pick(("ledger", "kyc-service")), ns)
    client = inc.workload(inc.pick(("payouts", "onboarding")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 20))
    for i, t in enumerate(inc.spread(20, 260, 4)):
        inc.add(t, client.labels, f.logfmt(inc.at(t), "error", "request failed", style="gokit",
                url=f"https://{server.name}.{ns}.svc:8443/v1/accounts",
                err=f'Get "https://{server.name}.{ns}.svc:8443/v1/accounts": tls: failed to '
                "verify certificate: x509: certificate signed by unknown authority"),
                cause=i < 2)
    for t in inc.spread(20, 260, 3):
        inc.add(t, server.labels, f"http: TLS handshake error from {inc.ip()}:"
                f"{inc.rng.randint(30000, 60000)}: remote error: tls: bad certificate")
    return {"question": f"Why can't {client.name} talk to {server.name}?",
            "expected": expected(
                "ERROR", "tls_certificate", server.name,
                f"{server.name} serves a certificate from a CA {client.name} does not trust.",
                f"All {client.name} calls to {server.name} fail TLS verification.",
                f"Add the new CA to {client.name}'s trust bundle or reissue the server cert.")}


@GOLDEN.template("cert_manager_expiry", 4)
def cert_manager_expiry(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    host = f"{inc.pick(('shop', 'api', 'pay', 'auth'))}.{inc.pick(('acme.io', 'example.com'))}"
    cert = f"{host.split('.')[0]}-tls"
    cm = inc.workload("cert-manager", "cert-manager")
    ing = inc.workload("ingress-nginx-controller", "ingress-nginx")
    expired = k >= 2
    add_noise(inc, ns, 0, 300, inc.rng.randint(8, 14))
    for i, t in enumerate(inc.spread(10, 200, 3)):
        inc.add(t, cm.labels, f.klog(inc.at(t), "E", 1, "sync.go:190",
                "cert-manager/challenges: propagation check failed", err=f"failed to perform "
                f"self check GET request 'http://{host}/.well-known/acme-challenge/"
                f"{inc.hexid(12)}': Get \"http://{host}/.well-known/acme-challenge/"
                f"{inc.hexid(12)}\": dial tcp {inc.ip('34.120')}:80: i/o timeout",
                resource_name=f"{cert}-{inc.rng.randint(1, 9)}-{inc.rng.randint(10**8, 10**9)}"
                f"-{inc.rng.randint(10**8, 10**9)}", resource_namespace=ns,
                resource_kind="Challenge"), cause=i == 0)
    inc.add(220, cm.labels, f.klog(inc.at(220), "I", 1, "trigger_controller.go:215",
            "cert-manager/certificates-trigger: Certificate must be re-issued",
            key=f"{ns}/{cert}", reason="Renewing" if not expired else "Expired",
            message="Renewing certificate as renewal was scheduled at "
            f"{inc.at(-86400 * 20):%Y-%m-%d %H:%M:%S} +0000 UTC"
            if not expired else "Certificate expired"), cause=True)
    if expired:
        for t in inc.spread(230, 300, 4):
            inc.add(t, ing.labels, f.klog(inc.at(t), "W", 7, "controller.go:1387",
                    f'SSL certificate "{ns}/{cert}" does not contain a Common Name or Subject '
                    f"Alternative Name for server \"{host}\": x509: certificate has expired or "
                    f"is not yet valid: current time {inc.at(t):%Y-%m-%dT%H:%M:%SZ} is after "
                    f"{inc.at(-3600):%Y-%m-%dT%H:%M:%SZ}"))
    return {"question": f"Is the {host} certificate OK?",
            "selector": {"namespace": None, "pod": None, "container": None, "node": None,
                         "app": None},
            "expected": expected(
                "ERROR" if expired else "WARN", "tls_certificate", "cert-manager",
                f"cert-manager cannot complete the HTTP-01 challenge for {host}, so "
                f"{cert} is not renewed.",
                (f"The {cert} certificate has expired; browsers reject {host}." if expired
                 else f"Renewal of {cert} keeps failing; the current certificate is still "
                      "valid."),
                f"Make /.well-known/acme-challenge on {host} reachable (ingress, firewall).")}


@GOLDEN.template("third_party_rate_limited", 5)
def third_party_rate_limited(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    api, host = inc.pick((("GitHub", "api.github.com"), ("Stripe", "api.stripe.com"),
                          ("Slack", "slack.com"), ("OpenAI", "api.openai.com")))
    w = inc.workload(inc.pick(("repo-sync", "billing-sync", "notifier", "summarizer")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24), herrings=2)
    failing = k >= 3
    for i, t in enumerate(inc.spread(20, 260, 5)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "warn" if not failing else "error",
                f"{api} API request {'throttled' if not failing else 'failed'}",
                style=inc.pick(("structlog", "pyjson", "pino")), logger=w.name, status=429,
                url=f"https://{host}/v1/...", retry_after=inc.rng.randint(20, 60),
                detail="rate limit exceeded" if not failing else
                "rate limit exceeded; giving up after 5 attempts"), cause=i < 2)
    if not failing:
        inc.add(280, w.labels, f.app_json(inc.at(280), "info", "sync completed after backoff",
                style="structlog", logger=w.name, items=inc.rng.randint(50, 800)))
    return {"question": f"Why is {w.name} slow to sync?",
            "expected": expected(
                "ERROR" if failing else "WARN", "rate_limited", w.name,
                f"{w.name} exceeds the {api} API rate limit and gets 429 responses.",
                f"{w.name} is throttled by {api}" + ("; requests fail after retries." if failing
                                                     else " but completes after backing off."),
                f"Lower {w.name}'s request rate or concurrency, or raise the {api} quota.")}
