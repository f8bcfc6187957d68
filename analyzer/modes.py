"""How the diagnosis engine and the model share an analysis (``mode``).

- ``engine``: the engine's verdict is the answer (``source: "engine"``); no model call.
- ``llm``: the model answers from the packed lines; an answer that fails validation is
  replaced by the engine's verdict (``source: "fallback"``, with the reason).
- ``hybrid``: the model gets the engine's candidates and a short excerpt of the packed lines,
  of those it may cite (``excerpt``: the candidates' lines and a few of the strongest, under
  their packed numbers), and may only choose among the candidates: its schema's enums are their
  categories, components (which may name a dependency that logs nothing), severities, and
  those lines as evidence. It writes root_cause, summary and action, capped shorter than in
  ``llm`` mode, and no confidence (prompt and answer tokens are what cost time on a small
  CPU). When the engine's verdict is at least ``threshold`` confident and ``narrate`` is on
  (the default), the model is its narrator, not a chooser: a choice that disagreed would be
  overruled anyway, so the verdict (category, component, severity, evidence) is the only
  choice, every enum has one value, the whole head of the answer is evaluated with the prompt
  (``forced_head``) and the model generates only the texts. Otherwise its choice stands
  unless it disagrees with an engine verdict of confidence >= ``threshold``: then the
  engine's category, component, severity and evidence win (``source: "engine"``) and the
  model's texts are kept only if it named the same category and they are sentences naming
  the engine's component. Either way a disagreement is recorded. When the model names the
  engine's cause (category and component), the engine's evidence lines join the model's.
  Texts that say nothing are replaced by the knowledge base's texts for the chosen cause.
  The confidence stays the engine's calibrated one; a model category that overrules a less
  confident engine gets at most ``1 - engine confidence`` (the two cannot both be right),
  capped at 0.5.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from retrieval.packing import Packed, render_line

from .engine.diagnose import Diagnosis, choice_extraction
from .engine.knowledge import KnowledgeBase
from .extraction import text_problems, validate
from .models_api import (
    CandidateOut,
    Choice,
    Disagreement,
    EngineVerdict,
    Mode,
    ResultSource,
)
from .schema import (
    HYBRID_TEXT_CAPS,
    MAX_COMPONENT,
    MAX_EVIDENCE,
    Extraction,
    llm_json_schema,
)

MODES: tuple[Mode, ...] = ("engine", "llm", "hybrid")
STRONG_LINES = 3  # strongest packed lines the model may cite besides the candidates' evidence
EXCERPT_LINES = 5  # lines the model reads in hybrid mode (of those it may cite)
EXCERPT_LINE_CHARS = 120  # of each line's text in the hybrid excerpt (packing keeps 240)
FIELDS = (("category", "root_cause_category"), ("component", "component"),
          ("severity", "severity"))


@dataclass(frozen=True, slots=True)
class Choices:
    """What the model may answer in hybrid mode (the engine's verdict first)."""

    categories: list[str]
    components: list[str]
    severities: list[str]
    evidence: list[int]
    #: the lines the model reads (``excerpt``): the citable ones, or when it narrates the
    #: verdict's and the strongest
    lines: list[int]
    #: narrate the engine's verdict (one value per field, the verdict's evidence as given)
    narrate: bool = False

    def schema(self, n_lines: int) -> dict[str, Any]:
        schema = llm_json_schema(self.components, n_lines, categories=self.categories,
                                 severities=self.severities, evidence=self.evidence,
                                 min_evidence=0 if "none" in self.categories else 1,
                                 text_caps=HYBRID_TEXT_CAPS, confidence=False)
        if self.narrate:  # the verdict's lines, as they are: part of the forced head
            schema["properties"]["evidence"] = {"enum": [self.evidence]}
        return schema


@dataclass(slots=True)
class Decision:
    extraction: Extraction
    source: ResultSource
    reason: str | None = None
    disagreement: Disagreement | None = None


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def hybrid_choices(diag: Diagnosis, packed: Packed, strong: int = STRONG_LINES, *,
                   narrate_above: float | None = None) -> Choices:
    """What the model may answer: the candidates, or (an engine verdict at least
    ``narrate_above`` confident) the verdict alone, to narrate."""
    verdict = diag.extraction
    cands = diag.candidates
    strongest = sorted(packed.lines, key=lambda pl: (pl.record.level, pl.record.ts),
                       reverse=True)[:strong]
    if narrate_above is not None and verdict.confidence >= narrate_above:
        given = sorted(i for i in verdict.evidence if 0 <= i < len(packed.lines))
        return Choices(
            categories=[verdict.root_cause_category],
            components=[verdict.component[:MAX_COMPONENT]], severities=[verdict.severity],
            evidence=given, lines=sorted({*given, *(pl.index for pl in strongest)}),
            narrate=True)
    components = _unique([verdict.component, *(c.component for c in cands)])
    if verdict.root_cause_category == "none":
        components = _unique([*components, *packed.workloads()])
    evidence = sorted({*verdict.evidence} | {i for c in cands for i in c.evidence}
                      | {pl.index for pl in strongest})
    return Choices(
        categories=_unique([verdict.root_cause_category, *(c.category for c in cands)]),
        components=[c[:MAX_COMPONENT] for c in components],
        severities=_unique([verdict.severity, *(c.severity for c in cands)]),
        evidence=evidence, lines=evidence)


def excerpt(diag: Diagnosis, packed: Packed, choices: Choices, *,
            max_lines: int = EXCERPT_LINES, max_chars: int = EXCERPT_LINE_CHARS) -> str:
    """The packed lines the model reads in hybrid mode: of the lines it may cite as evidence,
    the engine's verdict's first, then the other candidates', then the strongest, at most
    ``max_lines`` of them, shown oldest first under their packed numbers (so its evidence
    indexes the packed lines), each cut to ``max_chars`` of text (a line's gist is in its
    head) after its dates, ids, long numbers and addresses are shown as ``…`` (they cost a
    token a digit, and a small model copies them into its sentences)."""
    order = [*diag.extraction.evidence, *(i for c in diag.candidates for i in c.evidence),
             *choices.lines]
    allowed = set(choices.lines)
    shown = set(list(dict.fromkeys(i for i in order if i in allowed))[:max_lines])
    return "\n".join(render_line(pl.index, pl.record, pl.count, max_chars, compact=True)
                     for pl in packed.lines if pl.index in shown)


def candidates_text(diag: Diagnosis, *, verdict_only: bool = False) -> str:
    """The engine's verdict and (unless ``verdict_only``: the model narrates it) the other
    candidates, one short line each, for the prompt."""
    verdict = diag.extraction
    rows: list[tuple[str, str, str, list[int]]] = [
        (verdict.root_cause_category, verdict.component, verdict.severity, verdict.evidence)]
    rows += [(c.category, c.component, c.severity, c.evidence) for c in diag.candidates
             if not verdict_only
             and (c.category, c.component.lower()) != (verdict.root_cause_category,
                                                      verdict.component.lower())]
    out = []
    for n, (category, component, severity, evidence) in enumerate(rows, start=1):
        lines = f", lines {' '.join(map(str, evidence))}" if evidence else ""
        note = f" (engine confidence {verdict.confidence:.2f})" if n == 1 else ""
        out.append(f"{n}. {category}, component {component}, severity {severity}"
                   f"{lines}{note}")
    return "\n".join(out)


def engine_verdict(diag: Diagnosis, *, classifier: bool) -> EngineVerdict:
    v = diag.extraction
    return EngineVerdict(
        category=v.root_cause_category, component=v.component, severity=v.severity,
        confidence=v.confidence, evidence=list(v.evidence), classifier=classifier,
        candidates=[CandidateOut(category=c.category, component=c.component,
                                 severity=c.severity, score=round(c.score, 3),
                                 evidence=list(c.evidence)) for c in diag.candidates])


def llm_decision(answer: dict[str, Any] | None, error: str | None, diag: Diagnosis,
                 packed: Packed) -> Decision:
    """``llm`` mode: the model's answer if valid, else the engine's verdict."""
    checked, reason = validate(answer, packed)
    if checked is None:
        return Decision(diag.extraction, "fallback", error or reason)
    return Decision(checked, "llm", None)


def hybrid_decision(answer: dict[str, Any] | None, error: str | None, diag: Diagnosis,
                    packed: Packed, choices: Choices, kb: KnowledgeBase, *,
                    threshold: float, scope_hint: str | None = None) -> Decision:
    """``hybrid`` mode: see the module docstring."""
    verdict = diag.extraction
    checked, reason = validate(answer, packed, components=choices.components,
                               check_text=False)
    if checked is not None:
        reason = _outside(checked, choices)
    if checked is None or reason:
        return Decision(verdict, "fallback", error or reason)
    differ = [name for name, attr in FIELDS
              if str(getattr(checked, attr)).lower() != str(getattr(verdict, attr)).lower()]
    conf = verdict.confidence
    engine_wins = bool(differ) and conf >= threshold
    disagreement = Disagreement(
        llm=_choice(checked), engine=_choice(verdict), fields=differ, engine_confidence=conf,
        threshold=threshold, winner="engine" if engine_wins else "llm") if differ else None
    problem = text_problems(checked)
    source: ResultSource
    if engine_wins:
        final, source = verdict, "engine"
        if problem is None and "category" in differ:
            problem = f"the model's texts are about {checked.root_cause_category}"
        elif problem is None and not _mentions(checked, verdict.component):
            problem = f"the model's texts are not about {verdict.component}"
    else:
        update: dict[str, Any] = {
            "confidence": min(round(1 - conf, 3), 0.5) if "category" in differ else conf}
        if not {"category", "component"} & set(differ):  # the same cause: its lines too
            update["evidence"] = sorted({*verdict.evidence, *checked.evidence})[:MAX_EVIDENCE]
        final = checked.model_copy(update=update)
        source = "llm"
    if problem is None:
        texts = {f: getattr(checked, f) for f in ("root_cause", "summary", "action")}
        return Decision(final.model_copy(update=texts), source, None, disagreement)
    written = choice_extraction(
        diag, kb, category=final.root_cause_category, component=final.component,
        severity=final.severity, evidence=final.evidence, confidence=final.confidence,
        scope_hint=scope_hint)
    return Decision(written, source, f"{problem}: the engine wrote the texts", disagreement)


def _outside(ext: Extraction, choices: Choices) -> str | None:
    """Why a validated answer is not one of the hybrid choices (a backend without grammar
    support may ignore the enums), or None."""
    if ext.root_cause_category not in choices.categories:
        return (f"root_cause_category: {ext.root_cause_category!r} is not one of the "
                f"candidates {choices.categories}")
    if ext.component.lower() not in {c.lower() for c in choices.components}:
        return f"component: {ext.component!r} is not one of the candidates' components"
    if ext.severity not in choices.severities:
        return f"severity: {ext.severity!r} is not one of {choices.severities}"
    extra = sorted(set(ext.evidence) - set(choices.evidence))
    if extra:
        return f"evidence: lines {extra} are not among the candidates' lines"
    return None


def _choice(ext: Extraction) -> Choice:
    return Choice(category=ext.root_cause_category, component=ext.component,
                  severity=ext.severity)


def _mentions(ext: Extraction, component: str) -> bool:
    name = component.lower()
    return any(name in getattr(ext, f).lower() for f in ("root_cause", "summary"))


def parse_modes(spec: str | Sequence[str]) -> list[Mode]:
    """``"engine,hybrid"`` (or several such values) as modes, in order, without repeats;
    ``ValueError`` naming an unknown one."""
    parts = [spec] if isinstance(spec, str) else list(spec)
    out: list[Mode] = []
    for part in parts:
        for name in part.split(","):
            name = name.strip()
            if not name:
                continue
            if name not in MODES:
                raise ValueError(f"unknown mode {name!r}: use {', '.join(MODES)}")
            if name not in out:
                out.append(name)  # type: ignore[arg-type]
    return out
