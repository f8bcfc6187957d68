"""Strict validation of the model's answer, and the deterministic fallback.

Tiny local models return schema-valid JSON with wrong or empty content often enough that an
answer is accepted only when every field is meaningful: enums known, the component one of the
packed workloads, evidence indices in range, no blank text. Anything else falls back (the
pipeline's fallback is the diagnosis engine's verdict, marked ``source: "fallback"`` with the
reason). ``fallback`` here is the keyword rule kept for windows without any line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from pydantic import ValidationError

from retrieval.packing import Packed
from retrieval.records import Level

from .schema import MAX_ACTION, MAX_ROOT_CAUSE, MAX_SUMMARY, Extraction


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    action: str


@lru_cache(maxsize=1)
def fallback_rules() -> tuple[Rule, ...]:
    raw = json.loads(files("analyzer").joinpath("knowledge", "fallback_rules.json").read_text(
        encoding="utf-8"))
    return tuple(Rule(r["category"], re.compile(r["pattern"], re.IGNORECASE), r["action"])
                 for r in raw["rules"])


def validate(answer: dict[str, Any] | None, packed: Packed, *,
             components: Iterable[str] = (), check_text: bool = True
             ) -> tuple[Extraction | None, str | None]:
    """``(extraction, None)`` when the answer is acceptable, else ``(None, reason)``.

    ``components`` are accepted besides the packed workloads (hybrid mode: the engine's
    candidates, which may name a dependency that logs nothing, e.g. ``mongodb``);
    ``check_text=False`` leaves the free-text fields to the caller."""
    if answer is None:
        return None, "no answer"
    try:
        ext = Extraction.model_validate(answer)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        return None, f"{where}: {first['msg']}"
    if not ext.component.strip():
        return None, "component: blank"
    problem = text_problems(ext) if check_text else None
    if problem:
        return None, problem
    workloads = {w.lower(): w for w in packed.workloads()}
    extra = {c.lower(): c for c in components}
    known = {**extra, **workloads}
    component = ext.component.strip()
    if workloads and component.lower() not in known:
        where = "a workload in the packed lines" + (" or a candidate" if extra else "")
        return None, f"component: {component!r} is not {where}"
    n = len(packed.lines)
    bad = [i for i in ext.evidence if not 0 <= i < n]
    if bad:
        return None, f"evidence: indices {bad} out of range 0..{n - 1}"
    if ext.root_cause_category != "none" and n and not ext.evidence:
        return None, "evidence: empty for an incident"
    evidence = sorted(set(ext.evidence))
    return ext.model_copy(update={"component": known.get(component.lower(), component),
                                  "evidence": evidence}), None


def text_problems(ext: Extraction) -> str | None:
    """The first free-text field that says nothing (``"summary: blank"``), or None."""
    for name in ("root_cause", "summary", "action"):
        problem = _text_problem(getattr(ext, name))
        if problem:
            return f"{name}: {problem}"
    return None


_PLACEHOLDERS = frozenset({"none", "null", "nil", "n/a", "na", "unknown", "tbd", "todo", "-",
                           "...", "?", "no", "yes", "error", "ok"})
_WORD = re.compile(r"[A-Za-z0-9]+")


def _text_problem(text: str) -> str | None:
    """Why a free-text field says nothing, or None. A sentence has at least two words and
    is not a placeholder; a run of one word repeated four times is a degenerate loop."""
    stripped = text.strip().strip(".").strip()
    if not stripped:
        return "blank"
    if stripped.lower() in _PLACEHOLDERS:
        return f"placeholder {stripped!r}"
    words = [w.lower() for w in _WORD.findall(stripped)]
    if len(words) < 2:
        return f"not a sentence ({stripped!r})"
    run = 1
    for prev, word in zip(words, words[1:], strict=False):
        run = run + 1 if word == prev else 1
        if run >= 4:
            return f"degenerate repetition of {word!r}"
    return None


_SEVERITY = {Level.CRITICAL: "CRITICAL", Level.ERROR: "ERROR", Level.WARN: "WARN"}


def fallback(packed: Packed, scope_hint: str = "unknown") -> Extraction:
    """A deterministic extraction from the packed lines: the strongest (then latest) line is
    the evidence, its workload the component, a keyword rule the category."""
    if not packed.lines:
        return Extraction(
            severity="INFO", root_cause_category="none", component=scope_hint[:63] or "unknown",
            root_cause="No log lines matched the request in its time window.",
            summary="Nothing to analyze: the selector matched no lines.",
            action="Widen the time range or the selector, or switch off the default line filter.",
            evidence=[], confidence=0.2)
    top = max(packed.lines, key=lambda pl: (pl.record.level, pl.record.ts))
    level = top.record.level
    text = top.record.line
    rule = next((r for r in fallback_rules() if r.pattern.search(text)), None)
    if level < Level.WARN and rule is None:
        category, severity = "none", "INFO"
        action = "Nothing to do: no warning or error among the lines."
    else:
        category = rule.category if rule else "application_error"
        severity = _SEVERITY.get(level, "WARN")
        action = rule.action if rule else "Read the failing workload's logs around this line."
    message = " ".join((top.record.message or text).split())
    workload = top.record.workload
    same = [pl.index for pl in packed.lines if pl.record.workload == workload
            and pl.record.level == level and (rule is None or rule.pattern.search(pl.record.line))]
    evidence = sorted(set(same[-4:] + [top.index])) if category != "none" else []
    errors = sum(pl.count for pl in packed.lines if pl.record.level >= Level.ERROR)
    return Extraction(
        severity=severity,  # type: ignore[arg-type]
        root_cause_category=category,  # type: ignore[arg-type]
        component=workload[:63],
        root_cause=_cap(f"{workload} logged: {message}", MAX_ROOT_CAUSE),
        summary=_cap(f"{len(packed.lines)} lines from {len(packed.workloads())} workloads, "
                     f"{errors} at error level or above; the strongest is from {workload}.",
                     MAX_SUMMARY),
        action=_cap(action, MAX_ACTION), evidence=evidence, confidence=0.3)


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
