"""The incident builder every scenario template writes with.

A template gets an ``Incident`` (seeded ``rng``, a base time) and adds lines at offsets in
seconds, marking the lines that show the root cause with ``cause=True``. ``Incident.record``
sorts the lines by time (stably), turns the marks into evidence indices and returns a record
in the golden format (``shared/design/golden-format.md``).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from retrieval.selector import SCOPE_LABELS

K8S_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"  # what Kubernetes draws generated suffixes from
HEX = "0123456789abcdef"
MAX_EVIDENCE = 5


@dataclass(slots=True)
class Line:
    ts: datetime
    labels: dict[str, str]
    line: str
    cause: bool = False
    order: int = 0


@dataclass(slots=True)
class Workload:
    """A pod of a workload: labels for its container and for its Kubernetes events."""

    name: str
    namespace: str
    pod: str
    node: str
    container: str

    @property
    def labels(self) -> dict[str, str]:
        return {"namespace": self.namespace, "pod": self.pod, "container": self.container,
                "node": self.node}

    @property
    def events(self) -> dict[str, str]:
        return {"namespace": self.namespace, "pod": self.pod, "container": "events",
                "node": self.node, "job": "kube-events"}


@dataclass
class Incident:
    """Lines of one record under construction."""

    rng: random.Random
    t0: datetime
    lines: list[Line] = field(default_factory=list)

    # -- names --------------------------------------------------------------------------

    def suffix(self, n: int = 5) -> str:
        return "".join(self.rng.choice(K8S_ALPHABET) for _ in range(n))

    def hexid(self, n: int = 8) -> str:
        return "".join(self.rng.choice(HEX) for _ in range(n))

    def pod_name(self, workload: str, kind: str = "deployment") -> str:
        if kind == "statefulset":
            return f"{workload}-{self.rng.randint(0, 2)}"
        if kind == "daemonset":
            return f"{workload}-{self.suffix()}"
        return f"{workload}-{self.suffix(self.rng.choice((9, 10)))}-{self.suffix()}"

    def node_name(self) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return f"ip-10-{self.rng.randint(0, 3)}-{self.rng.randint(1, 254)}-" \
                   f"{self.rng.randint(1, 254)}.ec2.internal"
        if style == 1:
            return f"gke-prod-{self.rng.choice(('default', 'highmem', 'batch'))}-pool-" \
                   f"{self.hexid(8)}-{self.suffix(4)}"
        if style == 2:
            return f"aks-nodepool{self.rng.randint(1, 3)}-{self.rng.randint(10**7, 10**8 - 1)}" \
                   f"-vmss{self.rng.randint(0, 20):06d}"
        return f"worker-{self.rng.randint(1, 12)}"

    def ip(self, prefix: str = "10.42") -> str:
        return f"{prefix}.{self.rng.randint(0, 7)}.{self.rng.randint(2, 254)}"

    def workload(self, name: str, namespace: str, *, kind: str = "deployment",
                 node: str | None = None, container: str | None = None) -> Workload:
        return Workload(name=name, namespace=namespace, pod=self.pod_name(name, kind),
                        node=node or self.node_name(), container=container or name)

    def pick(self, options: Any) -> Any:
        return self.rng.choice(list(options))

    def word(self, n: int = 6) -> str:
        return "".join(self.rng.choice(string.ascii_lowercase) for _ in range(n))

    # -- lines --------------------------------------------------------------------------

    def at(self, offset_s: float) -> datetime:
        return self.t0 + timedelta(microseconds=round(offset_s * 1_000_000))

    def add(self, offset_s: float, labels: dict[str, str], line: str, *,
            cause: bool = False) -> None:
        self.lines.append(Line(self.at(offset_s), dict(labels), line, cause, len(self.lines)))

    def trace(self, offset_s: float, labels: dict[str, str], lines: list[str], *,
              cause: bool = False, joined: bool | None = None) -> None:
        """A multi-line stack trace: one entry with newlines (a multiline stage joined it) or
        one entry per line 1 ms apart (as the container runtime shipped it). Only the head
        line is marked as the cause."""
        if joined is None:
            joined = self.rng.random() < 0.5
        if joined:
            self.add(offset_s, labels, "\n".join(lines), cause=cause)
            return
        for i, text in enumerate(lines):
            self.add(offset_s + i * 0.001, labels, text, cause=cause and i == 0)

    def spread(self, start_s: float, end_s: float, n: int) -> list[float]:
        """``n`` sorted random offsets in ``[start_s, end_s)``."""
        return sorted(self.rng.uniform(start_s, end_s) for _ in range(n))

    # -- the record ---------------------------------------------------------------------

    def record(self, *, rid: str, scenario: str, source: str, question: str | None,
               expected: dict[str, Any], selector: dict[str, Any] | None = None
               ) -> dict[str, Any]:
        ordered = sorted(self.lines, key=lambda ln: (ln.ts, ln.order))
        evidence = [i for i, ln in enumerate(ordered) if ln.cause][:MAX_EVIDENCE]
        if expected.get("root_cause_category") == "none":
            evidence = []
        logs = [{"ts": rfc3339(ln.ts), "labels": ln.labels, "line": ln.line} for ln in ordered]
        out_expected = {**expected, "evidence": evidence}
        return {"id": rid, "source": source, "scenario": scenario, "question": question,
                "selector": selector if selector is not None else common_scope(logs),
                "logs": logs, "expected": out_expected}


def rfc3339(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def common_scope(logs: list[dict[str, Any]]) -> dict[str, Any]:
    """The narrowest selector that still holds every line: the namespace they share, else the
    node they share, else everything."""
    scope: dict[str, Any] = dict.fromkeys(SCOPE_LABELS)
    for key in ("namespace", "node"):
        values = {log["labels"].get(key) for log in logs}
        if len(values) == 1 and None not in values:
            scope[key] = values.pop()
            break
    return scope


def base_time(rng: random.Random) -> datetime:
    """A start time in March-April 2026, at a whole second."""
    day = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=rng.randrange(60))
    return day + timedelta(seconds=rng.randrange(6 * 3600, 22 * 3600))
