"""Strict validation of the model's answer.

Tiny local models return schema-valid JSON with wrong or empty content often enough that an
answer is accepted only when every field is meaningful: enums known, the component one of the
packed workloads, evidence indices in range, no blank text. Anything else falls back to the
diagnosis engine's verdict (``source: "fallback"`` with the reason; see ``analyzer/modes.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from retrieval.packing import Packed

from .schema import Extraction


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
    """Why a free-text field says nothing, or None. A sentence has at least three words and
    is not a placeholder; at least half of its words, and two or more, are ordinary words
    (letters only, lower case or capitalised), so that an identifier, a log token or a
    timestamp copied from the lines (``KERNRTSP 1776367058``, ``application_error``) is not
    taken for prose; a run of one word repeated four times is a degenerate loop."""
    stripped = text.strip().strip(".").strip()
    if not stripped:
        return "blank"
    if stripped.lower() in _PLACEHOLDERS:
        return f"placeholder {stripped!r}"
    found = _WORD.findall(stripped)
    if len(found) < 3:
        return f"not a sentence ({stripped[:60]!r})"
    prose = sum(1 for w in found if w.isalpha() and (w.islower() or w[1:].islower()))
    if prose < 2 or 2 * prose < len(found):
        return f"not prose: mostly identifiers or numbers ({stripped[:60]!r})"
    words = [w.lower() for w in found]
    run = 1
    for prev, word in zip(words, words[1:], strict=False):
        run = run + 1 if word == prev else 1
        if run >= 4:
            return f"degenerate repetition of {word!r}"
    return None


def no_logs_extraction(scope_hint: str = "unknown") -> Extraction:
    """The answer when the selector matched no lines: nothing to diagnose, no model asked."""
    return Extraction(
        severity="INFO", root_cause_category="none", component=scope_hint[:63] or "unknown",
        root_cause="No log lines matched the request in its time window.",
        summary="Nothing to analyze: the selector matched no lines.",
        action="Widen the time range or the selector, or switch off the default line filter.",
        evidence=[], confidence=0.2)
