"""Training templates (none shared with the golden set): other ecosystems and phrasings of
the same categories — .NET, Node.js, Ruby, gRPC, MySQL, MongoDB, RabbitMQ, Traefik."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.k8s import callers_5xx, crashloop
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import TRAIN


def _ctx(inc: Incident, names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(names), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 26), herrings=inc.rng.randint(1, 3))
    return ns, w


@TRAIN.template("train_jvm_heap_oom", 6)
def train_jvm_heap_oom(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("quote-engine", "risk-calc", "pdf-export"))
    inc.trace(60, w.labels, f.java_trace(
        'Exception in thread "worker-3" java.lang.OutOfMemoryError: Java heap space',
        ["java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
         f"com.acme.{w.name.split('-')[0]}.Batch.load(Batch.java:77)"]), cause=True)
    inc.add(62, w.events, f.event("Warning", "BackOff", w.pod, f"Back-off restarting failed "
                                  f"container {w.container} in pod {w.pod}_{ns}"))
    return {"question": f"{w.name} restarts. Why?", "expected": expected(
        "ERROR", "oom_killed", w.name, f"{w.name} runs out of Java heap while loading a batch.",
        f"{w.name} dies with OutOfMemoryError: Java heap space.",
        "Raise -Xmx and the memory limit, or stream the batch.")}


@TRAIN.template("train_dotnet_unhandled", 6)
def train_dotnet_unhandled(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("loyalty-api", "booking"))
    for i, t in enumerate(inc.spread(30, 250, 3)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "error", "An unhandled exception has "
                "occurred while executing the request.", style="serilog",
                logger="Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                Exception="System.InvalidOperationException: Sequence contains no elements\n"
                "   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Booking."
                "Api.Pricing.BestRate(IEnumerable`1 rates)"), cause=i == 0)
    return {"question": f"Why does {w.name} return 500s?", "expected": expected(
        "ERROR", "application_error", w.name, "BestRate calls First() on an empty rate list.",
        f"{w.name} throws InvalidOperationException on some requests.",
        "Handle empty rate lists in Pricing.BestRate.")}


@TRAIN.template("train_secret_not_found", 6)
def train_secret_not_found(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("notifier", "search-indexer", "auth-proxy"))
    secret = f"{w.name}-credentials"
    for i, t in enumerate(inc.spread(10, 200, 4)):
        inc.add(t, w.events, f.event("Warning", "Failed", w.pod,
                f'Error: secret "{secret}" not found'), cause=i == 0)
    return {"question": f"{w.name} stays in CreateContainerConfigError.", "expected": expected(
        "ERROR", "config_error", w.name, f"The Secret {secret} referenced by {w.name} is missing.",
        f"{w.name} containers cannot be created.", f"Create Secret {secret} in {ns}.")}


@TRAIN.template("train_registry_unauthorized", 6)
def train_registry_unauthorized(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("ml-api", "ingest"))
    img = f"harbor.corp.local/{ns}/{w.name}:v{inc.rng.randint(1, 9)}"
    for i, t in enumerate(inc.spread(10, 200, 3)):
        inc.add(t, w.events, f.event("Warning", "Failed", w.pod, f'Failed to pull image "{img}":'
                f' rpc error: code = Unknown desc = failed to authorize: failed to fetch '
                "oauth token: unexpected status: 401 Unauthorized"), cause=i == 0)
    return {"question": f"Why is {w.name} not starting?", "expected": expected(
        "ERROR", "image_pull", w.name, "The Harbor registry rejects the pull credentials (401).",
        f"{w.name} is stuck in ImagePullBackOff.", "Renew the imagePullSecret for Harbor.")}


@TRAIN.template("train_startup_probe_jvm", 6)
def train_startup_probe_jvm(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("keycloak", "nexus"))
    for i, t in enumerate(inc.spread(20, 120, 3)):
        inc.add(t, w.events, f.event("Warning", "Unhealthy", w.pod, "Startup probe failed: HTTP "
                "probe failed with statuscode: 503"), cause=i == 0)
    crashloop(inc, w, 130, 2)
    return {"question": f"{w.name} never becomes ready.", "expected": expected(
        "ERROR", "probe_failure", w.name, f"{w.name}'s startup probe gives up before it boots.",
        f"{w.name} is restarted by its startup probe.", "Raise the startupProbe failureThreshold.")}


@TRAIN.template("train_volume_node_affinity", 6)
def train_volume_node_affinity(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("mysql", "clickhouse"))
    for i, t in enumerate(inc.spread(10, 250, 3)):
        inc.add(t, w.events, f.event("Warning", "FailedScheduling", w.pod, "0/5 nodes are "
                "available: 2 node(s) had volume node affinity conflict, 3 node(s) didn't match "
                "Pod's node affinity/selector."), cause=i == 0)
    return {"question": f"{w.name} is Pending.", "expected": expected(
        "ERROR", "scheduling", w.name, "The pod's volume is zonal and no allowed node is in "
        "its zone.", f"{w.name} cannot be scheduled.",
        "Add a node in the volume's zone or relax the node selector.")}


@TRAIN.template("train_node_enotfound", 6)
def train_node_enotfound(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("webhooks", "mailer-js"))
    host = f"mongo-{inc.word(4)}.{ns}.svc.cluster.local"
    for i, t in enumerate(inc.spread(20, 250, 4)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "error", f"getaddrinfo ENOTFOUND {host}",
                style="pino", host=w.pod, code="ENOTFOUND", syscall="getaddrinfo"), cause=i == 0)
    return {"question": f"Why does {w.name} fail?", "expected": expected(
        "ERROR", "dns_resolution", w.name, f"{host} does not resolve (ENOTFOUND).",
        f"{w.name} cannot resolve its MongoDB host.", "Fix the host name or create the Service.")}


@TRAIN.template("train_mongo_econnrefused", 6)
def train_mongo_econnrefused(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("profile-api", "comments"))
    for i, t in enumerate(inc.spread(20, 250, 4)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "error", "MongoServerSelectionError: connect "
                f"ECONNREFUSED {inc.ip('10.96')}:27017", style="bunyan", logger=w.name),
                cause=i == 0)
    callers_5xx(inc, inc.workload("traefik", ns), 30, 260, 3, path="/api",
                upstream_svc=f"{w.name}.{ns}.svc", status=502)
    return {"question": f"{w.name} returns 502.", "expected": expected(
        "ERROR", "connection_refused", "mongodb", "MongoDB refuses connections on 27017.",
        f"{w.name} cannot reach MongoDB.", "Check the mongodb pods and Service endpoints.")}


@TRAIN.template("train_grpc_deadline", 6)
def train_grpc_deadline(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("recs-ranker", "feed"))
    for i, t in enumerate(inc.spread(20, 250, 4)):
        inc.add(t, w.labels, f.klog(inc.at(t), "W", 1, "client.go:211", "feature-store call slow",
                target="feature-store:9090", err="rpc error: code = DeadlineExceeded",
                elapsed="2.0s"), cause=i == 0)
    return {"question": f"{w.name} is slow.", "expected": expected(
        "WARN", "timeout", "feature-store", "The feature-store answers after the 2s deadline.",
        f"{w.name} falls back to defaults on timeouts.", "Check feature-store latency.")}
