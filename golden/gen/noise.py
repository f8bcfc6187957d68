"""Lines from neighbouring healthy workloads, and red herrings: loud-looking lines that are
not the incident (``error_count=0``, a retry that succeeded, unrelated deprecation warnings,
health checks, scanners' 404s)."""

from __future__ import annotations

from collections.abc import Callable

from . import formats as f
from .core import Incident, Workload

NEIGHBOURS = ("recommendation", "search-api", "notification", "inventory", "pricing",
              "session-store", "email-worker", "audit-log", "feature-flags", "ledger",
              "image-resizer", "geo-service", "report-builder", "webhook-relay")

_PATHS = ("/api/v1/items", "/api/v1/items/{n}", "/api/v2/search?q=shoes", "/api/v1/cart",
          "/static/js/main.{h}.js", "/api/v1/users/me", "/graphql", "/api/v1/prices/{n}")


def _app_line(inc: Incident, w: Workload, offset: float, style: str) -> None:
    ts = inc.at(offset)
    n = inc.rng.randint(1000, 99999)
    msg, extra = inc.pick((
        ("request completed", {"status": 200, "duration_ms": inc.rng.randint(2, 180),
                               "path": f"/api/v1/{w.name.split('-')[0]}/{n}"}),
        ("cache refreshed", {"entries": inc.rng.randint(200, 90000),
                             "took_ms": inc.rng.randint(4, 900)}),
        ("message consumed", {"topic": f"{w.name}-events", "partition": inc.rng.randint(0, 11),
                              "offset": n * 13}),
        ("scheduled job finished", {"job": "compact-index", "errors": 0,
                                    "duration_s": round(inc.rng.uniform(0.2, 30), 2)}),
        ("metrics flushed", {"series": inc.rng.randint(80, 2400), "error_count": 0}),
    ))
    if style == "logfmt":
        inc.add(offset, w.labels, f.logfmt(ts, "info", msg, style=inc.pick(("logrus", "gokit")),
                                           **extra))
    else:
        inc.add(offset, w.labels, f.app_json(ts, "info", msg, style=style, logger=w.name,
                                             **extra))


def _health(inc: Incident, w: Workload, offset: float) -> None:
    ts = inc.at(offset)
    path = inc.pick(("/healthz", "/readyz", "/actuator/health/readiness", "/health/live"))
    if inc.rng.random() < 0.5:
        inc.add(offset, w.labels, f"{inc.ip()} - - [{ts:%d/%b/%Y:%H:%M:%S} +0000] "
                f'"GET {path} HTTP/1.1" 200 {inc.rng.randint(2, 60)} "-" "kube-probe/1.29"')
    else:
        inc.add(offset, w.labels, f.logfmt(ts, "debug", "health check", style="gokit",
                                           path=path, status=200))


def _access(inc: Incident, w: Workload, offset: float) -> None:
    path = inc.pick(_PATHS).format(n=inc.rng.randint(1, 99999), h=inc.hexid(8))
    status = inc.rng.choices((200, 200, 200, 201, 204, 304, 404), k=1)[0]
    inc.add(offset, w.labels, f.nginx(inc.rng, inc.at(offset), inc.pick(("GET", "GET", "POST")),
                                      path, status, upstream=f"{w.namespace}-{w.name}-80",
                                      upstream_addr=f"{inc.ip()}:8080"))


def _deprecation(inc: Incident, w: Workload, offset: float) -> None:
    ts = inc.at(offset)
    inc.add(offset, w.labels, inc.pick((
        f.spring(ts, "WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration",
                 "spring.jpa.open-in-view is enabled by default. Therefore, database queries "
                 "may be performed during view rendering. Explicitly configure "
                 "spring.jpa.open-in-view to disable this warning"),
        "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use "
        "a userland alternative instead.",
        "/usr/local/lib/python3.11/site-packages/pkg_resources/__init__.py:121: "
        "DeprecationWarning: pkg_resources is deprecated as an API",
        f.klog(ts, "W", 1, "warnings.go:70", "policy/v1beta1 PodDisruptionBudget is deprecated "
               "in v1.21+, unavailable in v1.25+; use policy/v1 PodDisruptionBudget"),
        f.logfmt(ts, "warn", "config key 'listen_addr' is deprecated, use 'server.address'",
                 style="gokit"),
    )))


def _retry_ok(inc: Incident, w: Workload, offset: float) -> None:
    ts = inc.at(offset)
    target = inc.pick(("s3.eu-west-1.amazonaws.com", "smtp.sendgrid.net:587",
                       "kafka-0.kafka-headless:9092", "vault.vault.svc:8200"))
    inc.add(offset, w.labels, f.logfmt(ts, "warn", "request failed, retrying", style="gokit",
                                       target=target, attempt=1, backoff="200ms",
                                       err="connection reset by peer"))
    inc.add(offset + inc.rng.uniform(0.3, 1.5), w.labels,
            f.logfmt(inc.at(offset + 1.5), "info", "retry succeeded", style="gokit",
                     target=target, attempt=2))


def _normal_event(inc: Incident, w: Workload, offset: float) -> None:
    reason, msg = inc.pick((
        ("Pulled", f'Container image "registry.internal/{w.name}:{inc.rng.randint(1, 4)}.'
                   f'{inc.rng.randint(0, 30)}.{inc.rng.randint(0, 9)}" already present on machine'),
        ("Created", f"Created container {w.container}"),
        ("Started", f"Started container {w.container}"),
        ("SuccessfulCreate", f"Created pod: {w.pod}"),
    ))
    inc.add(offset, w.events, f.event("Normal", reason, w.pod, msg,
                                      json_style=inc.rng.random() < 0.3))


_KINDS: dict[str, Callable[[Incident, Workload, float], None]] = {
    "health": _health, "access": _access, "deprecation": _deprecation, "retry_ok": _retry_ok,
    "event": _normal_event,
}


def neighbours(inc: Incident, namespace: str, k: int = 2, *, node: str | None = None,
               exclude: tuple[str, ...] = ()) -> list[Workload]:
    names = [n for n in NEIGHBOURS if n not in exclude]
    return [inc.workload(name, namespace, node=node) for name in inc.rng.sample(names, k)]


def add_noise(inc: Incident, namespace: str, start: float, end: float, n: int, *,
              node: str | None = None, herrings: int = 1,
              workloads: list[Workload] | None = None) -> None:
    """``n`` lines of healthy neighbours in ``namespace`` between ``start`` and ``end`` seconds,
    ``herrings`` of them red herrings (deprecations, retries that succeeded)."""
    ws = workloads or neighbours(inc, namespace, inc.rng.randint(1, 3), node=node)
    styles = {w.name: inc.pick(f.JSON_STYLES + ("logfmt",)) for w in ws}
    for offset in inc.spread(start, end, n):
        w = inc.pick(ws)
        kind = inc.rng.choices(("app", "health", "access", "event"), weights=(6, 2, 2, 1))[0]
        if kind == "app":
            _app_line(inc, w, offset, styles[w.name])
        else:
            _KINDS[kind](inc, w, offset)
    for offset in inc.spread(start, end, herrings):
        _KINDS[inc.pick(("deprecation", "retry_ok", "deprecation"))](inc, inc.pick(ws), offset)


NAMESPACES = ("shop", "payments", "checkout", "platform", "data", "ml-serving", "identity",
              "media", "search", "billing", "logistics", "ads", "catalog", "messaging")
