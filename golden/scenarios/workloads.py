"""Golden templates: failures of a workload's own pods (memory, config, image, probes,
scheduling, application bugs)."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident, Workload
from golden.gen.k8s import callers_5xx, crashloop, rollout_ok
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import GOLDEN


@GOLDEN.template("oom_killed", 5)
def oom_killed(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(("cart", "catalog-indexer", "thumbnailer", "report-api")), ns)
    limit = inc.pick((256, 512, 768, 1024))
    loop = k < 2
    style = inc.pick(("logback", "zap", "pino"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 22), herrings=2)
    for i, t in enumerate(inc.spread(5, 60, 4)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "info" if i < 3 else "warn",
                "heap usage high" if i == 3 else "batch loaded", style=style, logger=w.name,
                heap_mb=int(limit * (0.55 + 0.12 * i)), limit_mb=limit))
    kills = 3 if loop else 1
    t = 70.0
    for i in range(kills):
        inc.add(t, w.events, f.event("Warning", "OOMKilled", w.pod,
                f"Container {w.container} in pod {w.pod} was OOMKilled (exit code 137): memory "
                f"limit {limit}Mi exceeded"), cause=True)
        if i == 0:
            inc.add(t + 0.4, {"node": w.node, "job": "node-kernel"},
                    f"Memory cgroup out of memory: Killed process {inc.rng.randint(3000, 90000)} "
                    f"({w.container.split('-')[0]}) total-vm:{limit * 1400}kB, anon-rss:"
                    f"{limit * 1024}kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:2048kB "
                    "oom_score_adj:985", cause=True)
        t += inc.rng.uniform(40, 90)
    if loop:
        crashloop(inc, w, 80, 3, every=25)
    callers_5xx(inc, inc.workload("frontend", ns), 75, 200, inc.rng.randint(3, 6),
                path=f"/api/{w.name}", upstream_svc=f"{w.name}.{ns}.svc:8080")
    sev = "CRITICAL" if loop else "ERROR"
    return {"question": inc.pick((f"Why does {w.name} keep restarting?",
                                  f"What is wrong in {ns}?", None)),
            "expected": expected(
                sev, "oom_killed", w.name,
                f"The {w.name} container exceeds its {limit}Mi memory limit and is OOMKilled.",
                f"{w.name} was OOMKilled {kills} time(s); callers get 503 while it restarts.",
                f"Raise the {w.name} memory limit above {limit}Mi or cut its heap/cache size.")}


@GOLDEN.template("crashloop_missing_env", 4)
def crashloop_missing_env(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("orders", "billing-api", "ledger-sync", "user-profile"))
    w = inc.workload(name, ns)
    var = inc.pick(("DATABASE_URL", "REDIS_ADDR", "STRIPE_API_KEY", "KAFKA_BROKERS"))
    add_noise(inc, ns, 0, 240, inc.rng.randint(12, 24))
    lang = k % 2
    for r in range(3 if k < 2 else 2):
        t = 10 + r * inc.rng.uniform(30, 50)
        if lang == 0:
            inc.add(t, w.labels, f.logfmt(inc.at(t), "info", "starting service", version="1.14.2"))
            inc.add(t + 0.2, w.labels, f.logfmt(inc.at(t + 0.2), "fatal",
                    "invalid configuration", err=f"required key {var} missing value"),
                    cause=r == 0)
        else:
            inc.trace(t, w.labels, f.py_traceback(
                [("/app/main.py", 12, "<module>", "settings = Settings()"),
                 ("/app/config.py", 41, "__init__", f'self.url = os.environ["{var}"]'),
                 ("/usr/local/lib/python3.11/os.py", 679, "__getitem__",
                  "raise KeyError(key) from None")], f"KeyError: '{var}'"), cause=r == 0)
    crashloop(inc, w, 20, 3 if k < 2 else 2, exit_code=1)
    callers_5xx(inc, inc.workload("api-gateway", ns), 60, 200, 3, path=f"/v1/{name}",
                upstream_svc=f"{name}.{ns}.svc:8080", flags="UH")
    return {"question": f"Why is {name} in CrashLoopBackOff?",
            "expected": expected(
                "CRITICAL" if k < 2 else "ERROR", "config_error", name,
                f"The {name} deployment lacks the required environment variable {var}.",
                f"{name} exits at startup because {var} is not set and crash-loops.",
                f"Set {var} in the {name} Deployment (env or the referenced Secret).")}


@GOLDEN.template("configmap_malformed", 2)
def configmap_malformed(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("alert-router", "edge-proxy", "rules-engine"))
    w = inc.workload(name, ns)
    cm = f"{name}-config"
    add_noise(inc, ns, 0, 200, inc.rng.randint(10, 20))
    inc.add(5, w.events, f.event("Normal", "ScalingReplicaSet", name,
            f"Scaled up replica set {w.pod.rsplit('-', 1)[0]} to 1", kind="Deployment"))
    line = inc.rng.randint(8, 60)
    inc.add(12, w.labels, f.klog(inc.at(12), "E", 1, "main.go:61",
            f"failed to load config /etc/{name}/config.yaml: yaml: line {line}: did not find "
            "expected key"), cause=True)
    inc.add(12.1, w.labels, f.klog(inc.at(12.1), "F", 1, "main.go:62",
            f"cannot start without a valid configuration (configmap {cm})"), cause=True)
    crashloop(inc, w, 14, 3, exit_code=255)
    return {"question": f"{name} pods never become ready after the config change. Why?",
            "expected": expected(
                "ERROR", "config_error", name,
                f"The {cm} ConfigMap holds invalid YAML (line {line}), so {name} cannot start.",
                f"{name} exits on start with a YAML parse error in its config and crash-loops.",
                f"Fix the YAML in ConfigMap {cm} (line {line}) and roll the deployment.")}


@GOLDEN.template("image_pull_manifest", 5)
def image_pull_manifest(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("checkout", "search-api", "pricing", "media-encoder", "ingest"))
    w = inc.workload(name, ns)
    reg = inc.pick(("ghcr.io/acme", "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
                    "registry.gitlab.com/acme/platform", "europe-docker.pkg.dev/acme-prod/apps"))
    tag = f"{inc.rng.randint(1, 4)}.{inc.rng.randint(0, 40)}.{inc.rng.randint(0, 9)}"
    image = f"{reg}/{name}:{tag}"
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 30), herrings=2)
    inc.add(10, w.events, f.event("Normal", "Scheduled", w.pod,
            f"Successfully assigned {ns}/{w.pod} to {w.node}"))
    auth = k >= 3
    reason = ("pull access denied for " + image.split(":")[0] + ", repository does not exist "
              "or may require authorization: server message: insufficient_scope: authorization "
              "failed" if auth else f"{image}: not found" if reg.startswith("ghcr")
              else f"manifest for {image} not found: manifest unknown: manifest tagged by "
                   f'"{tag}" is not found')
    if k == 4:  # one pull times out at the registry, the retry succeeds
        return _pull_transient(inc, w, image, reg)
    t = 11.0
    for i in range(3):
        inc.add(t, w.events, f.event("Normal", "Pulling", w.pod, f'Pulling image "{image}"'))
        inc.add(t + 1.2, w.events, f.event("Warning", "Failed", w.pod,
                f'Failed to pull image "{image}": rpc error: code = '
                f"{'Unknown' if auth else 'NotFound'} desc = failed to pull and unpack image "
                f'"{image}": failed to resolve reference "{image}": {reason}'), cause=i == 0)
        inc.add(t + 1.3, w.events, f.event("Warning", "Failed", w.pod, "Error: ErrImagePull"),
                cause=i == 0)
        inc.add(t + 2, w.events, f.event("Normal", "BackOff", w.pod,
                f'Back-off pulling image "{image}"'))
        inc.add(t + 2.1, w.events, f.event("Warning", "Failed", w.pod,
                                           "Error: ImagePullBackOff"))
        t += 20 * (2 ** i)
    return {"question": inc.pick((f"The new {name} version is not rolling out. Why?",
                                  f"Why is {name} stuck in ImagePullBackOff?")),
            "expected": expected(
                "ERROR", "image_pull", name,
                f"The image {name}:{tag} cannot be pulled: "
                + ("the registry denies access." if auth else "the tag does not exist."),
                f"New {name} pods stay in ImagePullBackOff; the old replicas keep serving.",
                "Fix the imagePullSecret for the registry." if auth
                else f"Push {name}:{tag} or correct the image tag in the Deployment.")}


def _pull_transient(inc: Incident, w: Workload, image: str, reg: str) -> Spec:
    host = reg.split("/")[0]
    inc.add(11, w.events, f.event("Normal", "Pulling", w.pod, f'Pulling image "{image}"'))
    inc.add(41, w.events, f.event("Warning", "Failed", w.pod,
            f'Failed to pull image "{image}": rpc error: code = Unknown desc = failed to pull '
            f'and unpack image "{image}": failed to copy: httpReadSeeker: failed open: failed '
            f'to do request: Get "https://{host}/v2/...": dial tcp {inc.ip("52.94")}:443: i/o '
            "timeout"), cause=True)
    inc.add(41.1, w.events, f.event("Warning", "Failed", w.pod, "Error: ErrImagePull"))
    inc.add(42, w.events, f.event("Normal", "BackOff", w.pod, f'Back-off pulling image "{image}"'))
    rollout_ok(inc, w, 55, image=image)
    return {"question": f"Was there a problem starting {w.name}?",
            "expected": expected(
                "WARN", "image_pull", w.name,
                f"A pull of {w.name}'s image from {host} timed out once; the retry succeeded.",
                f"{w.name} started about a minute late after a transient registry timeout.",
                f"None needed now; if it repeats, check egress to {host} or mirror the image.")}


@GOLDEN.template("readiness_flapping", 3)
def readiness_flapping(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("search-api", "graphql-gateway", "quote-service"))
    w = inc.workload(name, ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(14, 26), herrings=2)
    port = inc.pick((8080, 8000, 9090))
    for i, t in enumerate(inc.spread(30, 240, 4)):
        inc.add(t, w.events, f.event("Warning", "Unhealthy", w.pod,
                f"Readiness probe failed: Get \"http://{inc.ip()}:{port}/ready\": context "
                "deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
                cause=i < 2)
    for t in inc.spread(30, 240, 3):
        inc.add(t, w.labels, f.spring(inc.at(t), "WARN", "GC-Monitor", "c.a.g.GcPauseWatcher",
                f"GC pause {inc.rng.randint(1200, 2900)}ms (G1 Evacuation Pause) exceeds 1000ms"))
    for t in inc.spread(40, 250, 4):
        inc.add(t, w.labels, f.spring(inc.at(t), "INFO", f"http-nio-{port}-exec-"
                f"{inc.rng.randint(1, 9)}", "c.a.s.web.QueryController",
                f"query served in {inc.rng.randint(20, 400)}ms"))
    return {"question": f"{name} is intermittently removed from the Service endpoints. Why?",
            "expected": expected(
                "WARN", "probe_failure", name,
                f"The {name} readiness probe times out during long GC pauses.",
                f"{name} flaps in and out of the endpoints; requests still succeed overall.",
                "Raise the readiness probe timeout or tune GC; watch for sustained failures.")}


@GOLDEN.template("liveness_kill_restarts", 2)
def liveness_kill_restarts(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("ml-inference", "pdf-renderer", "solr"))
    w = inc.workload(name, ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24))
    for r in range(2):
        base = 5 + r * 110
        inc.add(base, w.labels, f.pylog(inc.at(base), "INFO", "server",
                                        "loading model weights (2.1 GB)"))
        for j in range(3):
            t = base + 40 + j * 10
            inc.add(t, w.events, f.event("Warning", "Unhealthy", w.pod,
                    f"Liveness probe failed: Get \"http://{inc.ip()}:8080/healthz\": dial tcp "
                    f"{inc.ip()}:8080: connect: connection refused"), cause=r == 0 and j == 0)
        inc.add(base + 61, w.events, f.event("Normal", "Killing", w.pod,
                f"Container {w.container} failed liveness probe, will be restarted"),
                cause=r == 0)
    inc.add(230, w.events, f.event("Warning", "BackOff", w.pod,
            f"Back-off restarting failed container {w.container} in pod {w.pod}_{ns}"
            f"({inc.hexid(8)})"))
    return {"question": f"Why is {name} restarted every two minutes?",
            "expected": expected(
                "ERROR", "probe_failure", name,
                f"The {name} liveness probe fires before model loading ends, killing the pod.",
                f"{name} is killed by its liveness probe during startup and never serves.",
                "Add a startupProbe or raise initialDelaySeconds/failureThreshold.")}


@GOLDEN.template("scheduling_insufficient", 5)
def scheduling_insufficient(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("spark-driver", "trainer", "video-transcoder", "etl-runner", "es-data"))
    w = inc.workload(name, ns, kind="statefulset" if name == "es-data" else "deployment")
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 28))
    n = inc.rng.randint(4, 12)
    a, b = inc.rng.randint(1, n - 1), 0
    b = n - a
    quota = k >= 4
    for i, t in enumerate(inc.spread(20, 260, 4)):
        msg = (f'pods "{w.pod}" is forbidden: exceeded quota: {ns}-compute, requested: '
               f"requests.cpu=4, used: requests.cpu=30, limited: requests.cpu=32" if quota else
               f"0/{n} nodes are available: {a} Insufficient cpu, {b} node(s) had untolerated "
               "taint {dedicated: gpu}. preemption: 0/" + f"{n} nodes are available: {a} No "
               f"preemption victims found for incoming pod, {b} Preemption is not helpful for "
               "scheduling.")
        inc.add(t, w.events, f.event("Warning", "FailedCreate" if quota else "FailedScheduling",
                                     name if quota else w.pod, msg,
                                     kind="ReplicaSet" if quota else "Pod"), cause=i < 2)
    if not quota and k < 3:
        inc.add(200, {"namespace": ns, "job": "cluster-autoscaler", "container": "events",
                      "pod": w.pod}, f.event("Normal", "TriggeredScaleUp", w.pod,
                f"pod triggered scale-up: [{{eks-batch-{inc.hexid(8)} 3->4 (max: 10)}}]"))
    sev = "WARN" if k < 3 else "ERROR"
    return {"question": f"Why is {name} Pending?",
            "expected": expected(
                sev, "scheduling", name,
                f"The {ns} namespace CPU quota is used up, so {name} pods are rejected." if quota
                else f"No node has enough free CPU for {name}; the others are tainted for GPU.",
                f"{name} pods cannot be placed" + ("; the autoscaler is adding a node."
                                                   if sev == "WARN" else "."),
                "Raise the ResourceQuota or lower the CPU requests." if quota
                else "Add capacity or lower the CPU request; check autoscaler limits.")}


@GOLDEN.template("java_npe_500s", 2)
def java_npe_500s(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("order-service", "loyalty", "invoice-api"))
    w = inc.workload(name, ns)
    pkg = f"com.acme.{name.split('-')[0]}"
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 22), herrings=2)
    for i, t in enumerate(inc.spread(30, 240, 3)):
        thread = f"http-nio-8080-exec-{inc.rng.randint(1, 12)}"
        inc.add(t, w.labels, f.spring(inc.at(t), "ERROR", thread,
                "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw "
                "exception [Request processing failed: java.lang.NullPointerException: Cannot "
                'invoke "' + pkg + '.model.Address.getCountry()" because "customer.address" is '
                "null] with root cause"), cause=i == 0)
        inc.trace(t + 0.001, w.labels, f.java_trace(
            "java.lang.NullPointerException: Cannot invoke \"" + pkg + ".model.Address."
            'getCountry()" because "customer.address" is null',
            [f"{pkg}.service.TaxCalculator.rateFor(TaxCalculator.java:57)",
             f"{pkg}.service.CheckoutService.total(CheckoutService.java:112)",
             f"{pkg}.web.CheckoutController.submit(CheckoutController.java:48)",
             "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke("
             "DirectMethodHandleAccessor.java:103)"]), cause=i == 0)
    callers_5xx(inc, inc.workload("storefront", ns), 30, 250, 4, path="/api/checkout",
                upstream_svc=f"{name}.{ns}.svc:8080", status=500, flags="-")
    return {"question": f"Why do some {name} requests fail with 500?",
            "expected": expected(
                "ERROR", "application_error", name,
                f"{name} throws a NullPointerException in TaxCalculator for customers without "
                "an address.",
                f"{name} answers 500 for part of the checkout requests.",
                "Handle a missing customer address in TaxCalculator.rateFor and redeploy.")}


@GOLDEN.template("go_nil_panic", 2)
def go_nil_panic(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("shipping-quote", "feed-builder"))
    w = inc.workload(name, ns)
    add_noise(inc, ns, 0, 240, inc.rng.randint(10, 20))
    for r in range(3):
        t = 8 + r * 45
        inc.add(t, w.labels, f.logfmt(inc.at(t), "info", "listening", style="gokit",
                                      addr=":8080"))
        inc.trace(t + 3, w.labels, f.go_panic(
            "runtime error: invalid memory address or nil pointer dereference",
            [(f"github.com/acme/{name}/internal/rates.(*Client).Quote(0x0, {{0xc000{inc.hexid(6)}"
              ", 0x2}})", f"/src/internal/rates/client.go:{inc.rng.randint(60, 140)} +0x2f"),
             (f"main.handleQuote({{0xb2a5e0, 0xc0001a2000}}, 0xc000{inc.hexid(6)})",
              "/src/cmd/server/main.go:88 +0x1c5")],
            signal="[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f4d]"),
            cause=r == 0, joined=True)
    crashloop(inc, w, 15, 3, exit_code=2)
    return {"question": f"{name} keeps crashing. What is going on?",
            "expected": expected(
                "CRITICAL", "application_error", name,
                f"{name} dereferences a nil rates client in Quote and panics.",
                f"{name} panics with a nil pointer dereference on requests and crash-loops.",
                f"Fix the nil rates.Client in {name} (check initialization) and roll back now.")}


@GOLDEN.template("python_worker_exception", 2)
def python_worker_exception(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    name = inc.pick(("celery-worker", "import-worker"))
    w = inc.workload(name, ns)
    add_noise(inc, ns, 0, 240, inc.rng.randint(12, 20), herrings=2)
    for i, t in enumerate(inc.spread(20, 220, 3)):
        tid = inc.hexid(8)
        inc.add(t, w.labels, f.pylog(inc.at(t), "ERROR", "celery.app.trace",
                f"Task imports.tasks.process_feed[{tid}-{inc.hexid(4)}] raised unexpected: "
                "TypeError(\"unsupported operand type(s) for *: 'NoneType' and 'float'\")"),
                cause=i == 0)
        inc.trace(t + 0.002, w.labels, f.py_traceback(
            [("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 477, "trace_task",
              "R = retval = fun(*args, **kwargs)"),
             ("/app/imports/tasks.py", 88, "process_feed", "price = row.price * fx_rate")],
            "TypeError: unsupported operand type(s) for *: 'NoneType' and 'float'"))
    return {"question": "Why are feed imports failing?",
            "expected": expected(
                "ERROR", "application_error", name,
                "process_feed multiplies a missing (None) price by the FX rate and raises "
                "TypeError.",
                f"{name} fails feed import tasks with a TypeError on rows without a price.",
                "Skip or default rows with no price in imports.tasks.process_feed.")}
