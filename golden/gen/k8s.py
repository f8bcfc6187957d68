"""Recurring Kubernetes sequences: crash loops, rollouts, symptoms seen by callers."""

from __future__ import annotations

from . import formats as f
from .core import Incident, Workload


def crashloop(inc: Incident, w: Workload, start: float, restarts: int, *, every: float = 20,
              exit_code: int | None = None, json_style: bool | None = None) -> float:
    """BackOff events (and a terminated reason) after each restart; returns the last offset."""
    js = inc.rng.random() < 0.3 if json_style is None else json_style
    t = start
    uid = inc.hexid(8)
    for i in range(restarts):
        t += every * (1.6 ** i) + inc.rng.uniform(0, 3)
        if i and inc.rng.random() < 0.5:
            inc.add(t - 2, w.events, f.event("Normal", "Pulled", w.pod,
                    f'Container image "registry.internal/{w.name}:{inc.rng.randint(1, 3)}.'
                    f'{inc.rng.randint(0, 20)}.{inc.rng.randint(0, 9)}" already present on '
                    'machine', json_style=js))
        if exit_code is not None and i == 0:
            inc.add(t - 1, w.events, f.event("Warning", "Failed", w.pod,
                    f"Error: container {w.container} terminated with exit code {exit_code}",
                    json_style=js))
        inc.add(t, w.events, f.event("Warning", "BackOff", w.pod,
                f"Back-off restarting failed container {w.container} in pod "
                f"{w.pod}_{w.namespace}({uid}-{inc.hexid(4)})", json_style=js, count=i + 1))
    return t


def callers_5xx(inc: Incident, front: Workload, start: float, end: float, n: int, *,
                path: str, upstream_svc: str, status: int = 503, envoy: bool | None = None,
                flags: str = "UF") -> None:
    """Symptom lines at the caller: its proxy answering 5xx for the broken dependency."""
    use_envoy = inc.rng.random() < 0.5 if envoy is None else envoy
    for t in inc.spread(start, end, n):
        ts = inc.at(t)
        if use_envoy:
            inc.add(t, front.labels, f.envoy(inc.rng, ts, "GET", path, status, flags,
                                             upstream_host=f"{inc.ip()}:8080",
                                             authority=upstream_svc,
                                             duration_ms=inc.rng.randint(1, 40)
                                             if status != 504 else 15000))
        else:
            inc.add(t, front.labels, f.nginx(inc.rng, ts, "GET", path, status,
                                             upstream=f"{front.namespace}-{front.name}-80",
                                             upstream_addr=f"{inc.ip()}:8080",
                                             rt=inc.rng.uniform(0.001, 0.05)
                                             if status != 504 else 60.0))


def rollout_ok(inc: Incident, w: Workload, start: float, *, image: str) -> float:
    """Scheduled, Pulling, Pulled, Created, Started for one new pod; returns the last offset."""
    t = start
    steps = [("Scheduled", f"Successfully assigned {w.namespace}/{w.pod} to {w.node}"),
             ("Pulling", f'Pulling image "{image}"'),
             ("Pulled", f'Successfully pulled image "{image}" in '
                        f'{inc.rng.uniform(0.8, 9):.3f}s (including waiting)'),
             ("Created", f"Created container {w.container}"),
             ("Started", f"Started container {w.container}")]
    for reason, msg in steps:
        t += inc.rng.uniform(0.2, 4)
        inc.add(t, w.events, f.event("Normal", reason, w.pod, msg))
    return t
