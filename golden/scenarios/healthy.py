"""Golden templates with no incident (``none``/INFO), full of red herrings."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.k8s import rollout_ok
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import GOLDEN

_QUESTIONS = ("Is anything wrong in {ns}?", "Any problems with {name} in the last hour?",
              "Health check: {ns}")


def _none(inc: Incident, ns: str, name: str, what: str) -> Spec:
    return {"question": inc.pick(_QUESTIONS).format(ns=ns, name=name)
            if inc.rng.random() < 0.8 else None,
            "expected": expected("INFO", "none", name, "No fault: " + what,
                                 f"{name} and its neighbours in {ns} operate normally.",
                                 "No action needed.")}


@GOLDEN.template("healthy_web_traffic", 6)
def healthy_web_traffic(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    front = inc.workload(inc.pick(("storefront", "web", "docs-site", "admin-ui")), ns)
    add_noise(inc, ns, 0, 600, inc.rng.randint(14, 30), herrings=3)
    for t in inc.spread(0, 600, inc.rng.randint(8, 16)):
        status = inc.rng.choices((200, 200, 200, 304, 404, 401), k=1)[0]
        path = "/wp-login.php" if status == 404 else "/api/v1/me" if status == 401 else inc.pick(
            ("/", "/api/v1/products", "/static/app.css", "/api/v1/cart"))
        inc.add(t, front.labels, f.nginx(inc.rng, inc.at(t), "GET", path, status,
                                         upstream=f"{ns}-{front.name}-80",
                                         upstream_addr=f"{inc.ip()}:8080"))
    return _none(inc, ns, front.name, "normal traffic; 404s are scanners and 401s expired "
                 "sessions.")


@GOLDEN.template("healthy_batch_counters", 5)
def healthy_batch_counters(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    job = inc.workload(inc.pick(("nightly-export", "invoice-run", "reindex")), ns,
                       kind="daemonset")
    add_noise(inc, ns, 0, 500, inc.rng.randint(8, 18), herrings=2)
    inc.add(1, job.events, f.event("Normal", "SuccessfulCreate", job.name,
                                   f"Created pod: {job.pod}", kind="Job"))
    total = 0
    style = inc.pick(("structlog", "logfmt", "zap"))
    for i, t in enumerate(inc.spread(5, 480, inc.rng.randint(6, 12))):
        n = inc.rng.randint(500, 5000)
        total += n
        kv = {"batch": i + 1, "rows": n, "error_count": 0, "failed": 0, "retries": 0}
        if style == "logfmt":
            inc.add(t, job.labels, f.logfmt(inc.at(t), "info", "batch done", **kv))
        else:
            inc.add(t, job.labels, f.app_json(inc.at(t), "info", "batch done", style=style,
                                              logger=job.name, **kv))
    inc.add(490, job.labels, f.logfmt(inc.at(490), "info", "export finished", rows=total,
                                      errors=0, warnings=0, duration="8m10s"))
    inc.add(492, job.events, f.event("Normal", "Completed", job.name, "Job completed",
                                     kind="Job"))
    return _none(inc, ns, job.name, "the job completed; error_count=0 counters are not errors.")


@GOLDEN.template("healthy_rollout", 5)
def healthy_rollout(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("accounts", "search-api", "pricing", "gateway", "checkout"))
    image = f"registry.internal/{name}:{inc.rng.randint(1, 5)}.{inc.rng.randint(0, 40)}.0"
    add_noise(inc, ns, 0, 300, inc.rng.randint(8, 16), herrings=2)
    inc.add(2, {"namespace": ns, "container": "events", "job": "kube-events"},
            f.event("Normal", "ScalingReplicaSet", name, f"Scaled up replica set "
                    f"{name}-{inc.suffix(10)} to 1", kind="Deployment"))
    t = 3.0
    for _ in range(2):
        w = inc.workload(name, ns)
        t = rollout_ok(inc, w, t, image=image)
        inc.add(t + 2, w.events, f.event("Warning", "Unhealthy", w.pod,
                f"Startup probe failed: Get \"http://{inc.ip()}:8080/startup\": dial tcp "
                f"{inc.ip()}:8080: connect: connection refused"))
        inc.add(t + 9, w.labels, f.spring(inc.at(t + 9), "INFO", "main",
                f"c.a.{name.split('-')[0]}.Application",
                f"Started Application in {inc.rng.uniform(6, 14):.3f} seconds "
                f"(process running for {inc.rng.uniform(14, 16):.3f})"))
        t += 20
    inc.add(t, {"namespace": ns, "container": "events", "job": "kube-events"},
            f.event("Normal", "ScalingReplicaSet", name, f"Scaled down replica set "
                    f"{name}-{inc.suffix(10)} to 0 from 2", kind="Deployment"))
    return _none(inc, ns, name, "a rollout; the startup-probe failure during boot is expected.")


@GOLDEN.template("transient_retry_recovered", 4)
def transient_retry_recovered(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(("uploader", "mailer", "billing-sync", "etl")), ns)
    add_noise(inc, ns, 0, 400, inc.rng.randint(10, 20), herrings=1)
    target = inc.pick(("s3.eu-central-1.amazonaws.com", "storage.googleapis.com",
                       "kafka-1.kafka-headless:9092"))
    t = inc.rng.uniform(60, 200)
    inc.add(t, w.labels, f.app_json(inc.at(t), "warn", "upload attempt failed, will retry",
            style=inc.pick(("pyjson", "zap")), logger=w.name, attempt=1, max_attempts=5,
            error=f"read tcp {inc.ip()}:{inc.rng.randint(30000, 60000)}->{target}: connection "
            "reset by peer"))
    inc.add(t + 2, w.labels, f.app_json(inc.at(t + 2), "info", "retry succeeded",
            style="zap", logger=w.name, attempt=2, target=target))
    for t2 in inc.spread(0, 400, 5):
        inc.add(t2, w.labels, f.app_json(inc.at(t2), "info", "object stored", style="zap",
                logger=w.name, bytes=inc.rng.randint(10**4, 10**7)))
    return _none(inc, ns, w.name, "one connection reset was retried successfully.")
