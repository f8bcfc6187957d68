"""Scenario templates as data: a name, a function that writes one record's lines and returns
its labels, and how many records the set draws from it."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .core import Incident, base_time

Spec = dict[str, Any]  # question, expected, optional source and selector
TemplateFn = Callable[[Incident, int], Spec]


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    fn: TemplateFn
    count: int
    real: str | None  # the Loghub dataset the cause lines come from, if any


class Registry:
    """An ordered set of templates (the golden set's, or the training set's)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.templates: dict[str, Template] = {}

    def template(self, name: str, count: int, *, real: str | None = None
                 ) -> Callable[[TemplateFn], TemplateFn]:
        def register(fn: TemplateFn) -> TemplateFn:
            if name in self.templates:
                raise ValueError(f"template {name!r} registered twice")
            self.templates[name] = Template(name, fn, count, real)
            return fn
        return register

    def generate(self, seed: int, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Records of every template in registration order; each record has its own random
        stream (seeded by set seed, template and index), so one template's change does not
        move another's records."""
        produced = 0
        for t in self.templates.values():
            for k in range(t.count):
                if limit is not None and produced >= limit:
                    return
                rng = random.Random(f"{seed}:{t.name}:{k}")
                inc = Incident(rng, base_time(rng))
                spec = t.fn(inc, k)
                source = spec.get("source") or (
                    f"real:loghub/{t.real}" if t.real else f"synthetic:{t.name}")
                yield inc.record(rid=f"{t.name.replace('_', '-')}-{k + 1:03d}",
                                 scenario=t.name, source=source,
                                 question=spec.get("question"), expected=spec["expected"],
                                 selector=spec.get("selector"))
                produced += 1


def expected(severity: str, category: str, component: str, root_cause: str, summary: str,
             action: str) -> dict[str, Any]:
    return {"severity": severity, "root_cause_category": category, "component": component,
            "root_cause": root_cause, "summary": summary, "action": action}
