"""One analysis as a generator of typed events: ``retrieved``, ``token``, ``result``,
``error``. The HTTP stream, the JSON endpoint, the CLI and the evaluator all consume it.

Retrieval and ranking are a strategy (``analyzer.strategies``: baseline, hybrid, auto); the
packing is the same for all of them. The packed lines then go to the diagnosis engine (span
``diagnose``; when it finds no cause for the scope's errors, the analysis reads the wider
cluster and diagnoses again, span ``widen``: ``analyzer.engine.widen``) and, by ``mode``
(``analyzer.modes``: engine, llm, hybrid), to the model (``analyzer.llm_stage``) and
validation.

In ``engine`` mode the model is never asked: lines are packed into the same budget with an
approximate token count (3 characters a token), so the model need not even be loaded.

Every stage is a span created inside the generator, so streamed requests parent correctly.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace

from retrieval.errors import ConfigError, InvalidRequest, LogLensError
from retrieval.hybrid import PREFILTER_LIMIT
from retrieval.logql import render_logql
from retrieval.packing import Packed, pack
from retrieval.records import LogRecord
from retrieval.related import with_related
from retrieval.scope import SERVICE_LABEL_NAMES, query_scope
from retrieval.selector import MAX_LIMIT
from retrieval.source import LogSource

from .backends.base import LLMBackend, Message, Usage
from .engine.diagnose import Diagnosis
from .engine.replay import ENGINE_CONTEXT_TOKENS, approx_tokens, scope_hint
from .engine.runtime import Engine, shipped_engine
from .engine.widen import blames_the_caller, unexplained_errors, wider_verdict_holds
from .extraction import no_logs_extraction
from .llm_stage import LLMCall, stream_answer
from .models_api import (
    AnalysisResult,
    AnalyzeRequest,
    Mode,
    PackedLineOut,
    Stats,
    Timings,
)
from .modes import (
    MODES,
    Choices,
    Decision,
    candidates_text,
    engine_verdict,
    excerpt,
    hybrid_choices,
    hybrid_decision,
    llm_decision,
)
from .prompts import Prompts
from .schema import llm_json_schema
from .settings import DEFAULT_MODE, HYBRID_MAX_TOKENS, Settings
from .strategies import (
    AutoStrategy,
    BaselineStrategy,
    HybridStrategy,
    IndexProvider,
    Retrieval,
    RetrievalStrategy,
)
from .telemetry import current_trace_id, get_tracer

log = logging.getLogger("loglens.pipeline")

CHAT_TEMPLATE_MARGIN = 48  # tokens the chat template adds around our messages
HIGH_CONFIDENCE = 0.8
ASKED_WIDER = "the request asked for the wider cluster (widen: true)"


@dataclass(slots=True)
class Event:
    kind: str  # "retrieved" | "token" | "result" | "error"
    data: dict[str, Any] = field(default_factory=dict)

    def sse(self) -> str:
        return f"event: {self.kind}\ndata: {json.dumps(self.data, separators=(',', ':'))}\n\n"


@dataclass(frozen=True, slots=True)
class AnalyzerConfig:
    max_tokens: int = 256
    temperature: float = 0.0
    mode: Mode = DEFAULT_MODE  # when a request names none
    hybrid_confidence: float = HIGH_CONFIDENCE  # hybrid: the engine wins at or above
    hybrid_max_tokens: int = HYBRID_MAX_TOKENS  # hybrid: the cap on the model's answer
    hybrid_narrate: bool = True  # hybrid: a confident verdict is narrated, not offered


EngineProvider = Engine | Callable[[], Engine] | None


def analyzer_config(settings: Settings) -> AnalyzerConfig:
    return AnalyzerConfig(max_tokens=settings.max_tokens, temperature=settings.temperature,
                          mode=settings.mode, hybrid_confidence=settings.hybrid_confidence,
                          hybrid_max_tokens=settings.hybrid_max_tokens,
                          hybrid_narrate=settings.hybrid_narrate)


class Analyzer:
    """Runs analyses against one source and one backend; safe to share between requests
    (the backend serializes access to its model)."""

    def __init__(self, *, source: LogSource, backend: LLMBackend, prompts: Prompts,
                 config: AnalyzerConfig | None = None,
                 tracer_provider: trace.TracerProvider | None = None,
                 vector_index: IndexProvider = None, strategy: str = "baseline",
                 prefilter_limit: int = PREFILTER_LIMIT, engine: EngineProvider = None) -> None:
        """``vector_index`` (or a function opening it on first use) enables ``hybrid``;
        ``strategy`` is the one used when a call names none. ``engine`` (or a function
        loading it on first use; default: the shipped knowledge base without a trained
        classifier) diagnoses the packed lines."""
        self.source = source
        self.backend = backend
        self.prompts = prompts
        self.config = config or AnalyzerConfig()
        if self.config.mode not in MODES:
            raise ConfigError(f"unknown mode {self.config.mode!r}: use {', '.join(MODES)}",
                              field="mode")
        self.tracer = get_tracer(tracer_provider)
        self._engine = engine
        baseline = BaselineStrategy()
        self.hybrid = HybridStrategy(vector_index, prefilter_limit=prefilter_limit,
                                     baseline=baseline)
        self.strategies: dict[str, RetrievalStrategy] = {
            "baseline": baseline, "hybrid": self.hybrid,
            "auto": AutoStrategy(baseline, self.hybrid)}
        if strategy not in self.strategies:
            raise ConfigError(f"unknown strategy {strategy!r}: use "
                              f"{', '.join(self.strategies)}", field="strategy")
        self.default_strategy = strategy

    @property
    def engine(self) -> Engine:
        """The diagnosis engine (loaded on first use when given as a function)."""
        if self._engine is None:
            self._engine = shipped_engine()
        elif not isinstance(self._engine, Engine):
            self._engine = self._engine()
        return self._engine

    async def analyze(self, request: AnalyzeRequest, *, strategy: str | None = None,
                      mode: str | None = None) -> AnalysisResult:
        """Run to completion; source errors propagate as ``LogLensError``."""
        result: AnalysisResult | None = None
        async for event in self.events(request, raise_errors=True,  # run to the end
                                       strategy=strategy, mode=mode):
            if event.kind == "result":
                result = AnalysisResult.model_validate(event.data)
        if result is None:  # pragma: no cover - events() always ends in result or raises
            raise LogLensError("the analysis ended without a result")
        return result

    def strategy_for(self, request: AnalyzeRequest, name: str | None = None
                     ) -> RetrievalStrategy:
        """The strategy a call names, else the request's (``strategy`` field), else the
        default."""
        name = name or getattr(request, "strategy", None) or self.default_strategy
        try:
            return self.strategies[name]
        except KeyError:
            raise InvalidRequest(f"unknown strategy {name!r}: use "
                                 f"{', '.join(self.strategies)}", field="strategy") from None

    def mode_for(self, request: AnalyzeRequest, name: str | None = None) -> Mode:
        """The mode a call names, else the request's, else the configured default."""
        chosen = name or request.mode or self.config.mode
        if chosen not in MODES:
            raise InvalidRequest(f"unknown mode {chosen!r}: use {', '.join(MODES)}",
                                 field="mode")
        return chosen  # type: ignore[return-value]

    def reading(self, request: AnalyzeRequest, mode: Mode) -> AnalyzeRequest:
        """The request as ``mode`` reads it. The engine judges a window by all of its lines
        (a recovery, the successful requests around a 401, a container start before a failing
        probe are evidence too), so in ``engine`` and ``hybrid`` modes a selector that leaves
        ``default_filter`` unset reads without the error/warn line filter, and one that leaves
        ``limit`` unset reads up to ``MAX_LIMIT`` lines (packing still fits them to the
        budget), with the related context (``retrieval.related``) unless the request turns it
        off. ``llm`` mode, and any selector that sets them, keep them as given (no related
        context unless asked). Widening (``widen``) reads beyond the related context, so it
        needs it: asked for without it, the request is refused."""
        sel = request.selector
        if request.widen and request.context is False:
            raise InvalidRequest("widen reads beyond the related context: it needs context "
                                 "on (or unset)", field="widen")
        if request.widen and request.context is None:
            request = request.model_copy(update={"context": True})
        if mode == "llm":
            return request if request.context is not None else request.model_copy(
                update={"context": False})
        update: dict[str, Any] = {}
        if "default_filter" not in sel.model_fields_set:
            update["default_filter"] = False
        if "limit" not in sel.model_fields_set:
            update["limit"] = MAX_LIMIT
        return request.model_copy(update={
            "selector": sel.model_copy(update=update) if update else sel,
            "context": True if request.context is None else request.context})

    async def events(self, request: AnalyzeRequest, *, raise_errors: bool = False,
                     strategy: str | None = None, mode: str | None = None
                     ) -> AsyncGenerator[Event, None]:
        t0 = time.perf_counter()
        with self.tracer.start_as_current_span("analyze_logs_stream") as root:
            try:
                chosen = self.strategy_for(request, strategy)
                run_mode = self.mode_for(request, mode)
                request = self.reading(request, run_mode)
                sel = request.selector
                query = render_logql(sel)
                root.set_attribute("log_limit", sel.limit)
                root.set_attribute("logql.query", query)
                if isinstance(sel.namespace, str):
                    root.set_attribute("namespace", sel.namespace)
                root.set_attribute("analysis.mode", run_mode)
                root.set_attribute("retrieval.strategy_requested", chosen.name)
                got = await chosen.retrieve(self, request, query, time.time_ns())
                records = got.records
                root.set_attribute("retrieval.strategy", got.strategy)
                t_normalized = time.perf_counter()
                packed = self._pack(request, records, ranking=got.ranking, mode=run_mode)
                t_packed = time.perf_counter()
                diag = self._diagnose(packed, request) if packed.lines else None
                t_diagnosed = time.perf_counter()
                widened = (ASKED_WIDER if request.widen and request.context
                           and got.strategy == "baseline" else None)
                if diag is not None and self._may_widen(request, run_mode, got.strategy):
                    wide = await self._widen(request, query, packed, diag, run_mode)
                    if wide is not None:
                        got, packed, diag, widened = wide
                        records = got.records
                t_widened = time.perf_counter()
                yield Event("retrieved", {
                    "query": query, "fetched": len(records),
                    "lines": [m.model_dump() for m in _lines_out(packed)],
                    "dropped": packed.dropped_records, "collapsed": packed.collapsed_records,
                    "elapsed_ms": _ms(t0, t_packed), "strategy": got.strategy,
                    "strategy_reason": got.reason, "mode": run_mode, "widened": widened})
                call = LLMCall(Usage(model=self.backend.model))
                choices: Choices | None = None
                if diag is not None and run_mode != "engine":
                    messages, schema, choices = self._llm_input(request, packed, diag,
                                                                run_mode)
                    async for chunk in stream_answer(
                            self.backend, self.tracer, messages, schema,
                            max_tokens=(self.config.hybrid_max_tokens if choices is not None
                                        else self.config.max_tokens),
                            temperature=self.config.temperature, call=call):
                        yield Event("token", {"text": chunk})
                decision = self._decide(request, packed, diag, call, choices, run_mode)
                usage = call.usage
                result = AnalysisResult(
                    extraction=decision.extraction, source=decision.source,
                    fallback_reason=decision.reason, query=query, lines=_lines_out(packed),
                    stats=Stats(fetched=len(records), packed=len(packed.lines),
                                dropped=packed.dropped_records,
                                collapsed=packed.collapsed_records,
                                context_tokens=packed.tokens, budget_tokens=packed.budget,
                                prompt_tokens=usage.prompt_tokens,
                                completion_tokens=usage.completion_tokens),
                    timings=Timings(
                        retrieve_ms=got.retrieve_ms, normalize_ms=got.normalize_ms,
                        rank_ms=max(_ms(t0, t_normalized) - got.retrieve_ms
                                    - got.normalize_ms, 0.0),
                        pack_ms=_ms(t_normalized, t_packed),
                        diagnose_ms=_ms(t_packed, t_diagnosed),
                        widen_ms=_ms(t_diagnosed, t_widened),
                        first_token_ms=_ms(t0, call.first_token) if call.first_token else None,
                        llm_ms=_ms(call.started, call.done) if call.started else 0.0,
                        total_ms=_ms(t0, time.perf_counter())),
                    backend=self.backend.name, model=usage.model or self.backend.model,
                    trace_id=current_trace_id(), strategy=got.strategy,
                    strategy_reason=got.reason, mode=run_mode,
                    engine=engine_verdict(diag, classifier=self.engine.classifier is not None)
                    if diag is not None else None, disagreement=decision.disagreement,
                    widened=widened)
                root.set_attribute("extraction.source", decision.source)
                log.info("analysis done", extra={"source": decision.source, "mode": run_mode,
                                                 "total_ms": result.timings.total_ms})
                yield Event("result", result.model_dump(mode="json"))
            except LogLensError as exc:
                root.record_exception(exc)
                root.set_status(trace.StatusCode.ERROR, exc.message)
                if raise_errors:
                    raise
                yield Event("error", {**exc.to_dict(), "status": exc.status})

    @staticmethod
    def _may_widen(request: AnalyzeRequest, mode: Mode, strategy: str) -> bool:
        """Whether a verdict on unexplained errors may send this analysis wider: the
        engine's modes, the baseline's reading with the related context, and the request
        neither asking for the wider cluster already nor refusing it."""
        return (mode != "llm" and strategy == "baseline" and bool(request.context)
                and request.widen is None)

    async def _widen(self, request: AnalyzeRequest, query: str, packed: Packed,
                     diag: Diagnosis, mode: Mode
                     ) -> tuple[Retrieval, Packed, Diagnosis, str] | None:
        """The retrieval, packing and verdict with the wider cluster, when the engine found
        no cause for the errors it read (or only blamed a caller for refusals naming no
        server) and the wider reading finds one that came first; None: the first verdict
        stands."""
        until = unexplained_errors(diag, packed)
        if until is None:
            return None
        with self.tracer.start_as_current_span("widen") as span:
            wide_request = request.model_copy(update={"widen": True})
            got = await self.strategies["baseline"].retrieve(self, wide_request, query,
                                                             time.time_ns())
            span.set_attribute("log.records", len(got.records))
            wide = self._pack(wide_request, got.records, ranking=got.ranking, mode=mode)
            wide_diag = self._diagnose(wide, wide_request)
            holds = wider_verdict_holds(wide_diag, wide, until)
            span.set_attribute("widen.category", wide_diag.extraction.root_cause_category)
            span.set_attribute("widen.holds", holds)
        if not holds:
            return None
        why = ("the engine blamed a caller for refusals none of its lines names a server of"
               if blames_the_caller(diag) else
               "the engine found no cause for the errors it read about the scope")
        return got, wide, wide_diag, (
            f"{why}, so it read the other namespaces' warnings and errors, the containers "
            "the kubelets started and the nodes' troubled lines too: the verdict comes from "
            f"there ({wide_diag.extraction.component})")

    def _diagnose(self, packed: Packed, request: AnalyzeRequest) -> Diagnosis:
        with self.tracer.start_as_current_span("diagnose") as span:
            t = time.perf_counter()
            engine = self.engine
            diag = engine.diagnose(packed, scope_hint=_scope_hint(request),
                                   question=request.question)
            top = diag.extraction
            span.set_attribute("engine.category", top.root_cause_category)
            span.set_attribute("engine.component", top.component)
            span.set_attribute("engine.severity", top.severity)
            span.set_attribute("engine.confidence", top.confidence)
            span.set_attribute("engine.candidates", len(diag.candidates))
            span.set_attribute("engine.classifier", engine.classifier is not None)
            span.set_attribute("engine.latency_ms", _ms(t, time.perf_counter()))
        return diag

    def _llm_input(self, request: AnalyzeRequest, packed: Packed, diag: Diagnosis, mode: Mode
                   ) -> tuple[list[Message], dict[str, Any], Choices | None]:
        scope = _scope_text(request)
        if mode == "hybrid":  # the model reads only the lines it may cite (``excerpt``)
            choices = hybrid_choices(
                diag, packed, narrate_above=(self.config.hybrid_confidence
                                             if self.config.hybrid_narrate else None))
            shown = excerpt(diag, packed, choices)
            span = trace.get_current_span()
            span.set_attribute("llm.excerpt_lines", shown.count("\n") + 1)
            span.set_attribute("llm.role", "narrate" if choices.narrate else "choose")
            messages = self.prompts.hybrid_messages(
                lines=shown, question=request.question, scope=scope,
                workloads=packed.workloads(),
                candidates=candidates_text(diag, verdict_only=choices.narrate))
            return messages, choices.schema(len(packed.lines)), choices
        messages = self.prompts.messages(lines=packed.render(), question=request.question,
                                         scope=scope, workloads=packed.workloads())
        return messages, llm_json_schema(packed.workloads(), len(packed.lines)), None

    def _decide(self, request: AnalyzeRequest, packed: Packed, diag: Diagnosis | None,
                call: LLMCall, choices: Choices | None, mode: Mode) -> Decision:
        if diag is None:  # nothing matched: nothing to diagnose, the model is not asked
            return Decision(no_logs_extraction(_scope_hint(request)), "no_logs")
        if mode == "engine":
            return Decision(diag.extraction, "engine")
        with self.tracer.start_as_current_span("validate_extraction") as span:
            if choices is not None:
                decision = hybrid_decision(
                    call.answer, call.error, diag, packed, choices, self.engine.kb,
                    threshold=self.config.hybrid_confidence, scope_hint=_scope_hint(request))
            else:
                decision = llm_decision(call.answer, call.error, diag, packed)
            span.set_attribute("extraction.source", decision.source)
            if decision.reason:
                span.set_attribute("extraction.fallback_reason", decision.reason)
            if decision.disagreement is not None:
                span.set_attribute("extraction.disagreement", ",".join(
                    decision.disagreement.fields))
                span.set_attribute("extraction.winner", decision.disagreement.winner)
        return decision

    async def _retrieve(self, request: AnalyzeRequest, query: str) -> list[LogRecord]:
        sel = request.selector
        kind = self.source.kind
        with self.tracer.start_as_current_span(f"query_{kind}") as span:
            span.set_attribute("log.source", self.source.describe())
            span.set_attribute("logql.query", query)
            span.set_attribute("log_limit", sel.limit)
            now = time.time_ns()
            start, end = sel.window(now)
            span.set_attribute("query.start_ns", start)
            span.set_attribute("query.end_ns", end)
            records, found_by = await query_scope(self.source, sel, now_ns=now)
            if found_by is not sel and found_by.pod is not None:  # no stream carries the
                span.set_attribute("query.app_by_pod_name", str(found_by.pod))  # app label
            elif found_by is not sel and found_by.container != sel.container:
                span.set_attribute("query.app_by_container", str(found_by.container))
            elif found_by is not sel:  # no stream carries the node label (the host's own
                # streams), or the app is a host's service (a Compose service, a unit)
                # (a host beside the namespace is read where the namespace label is absent)
                for name in (m.name for m in found_by.labels[len(sel.labels):] if m.value):
                    by = "query.app_by_label" if name in SERVICE_LABEL_NAMES else (
                        "query.node_by_label")
                    span.set_attribute(by, name)
            span.set_attribute("log.records", len(records))
            if request.context:
                own = len(records)
                records = await with_related(self.source, sel, records, now_ns=now,
                                             services=self.engine.kb.services,
                                             wider=bool(request.widen))
                span.set_attribute("log.related_records", len(records) - own)
        with self.tracer.start_as_current_span("flatten_logs") as span:
            records.sort(key=lambda r: r.ts)  # the model reads oldest first
            span.set_attribute("log.records", len(records))
        return records

    def _pack(self, request: AnalyzeRequest, records: list[LogRecord], *,
              ranking: list[int] | None = None, mode: Mode = "llm") -> Packed:
        """Pack ``records`` in ``ranking`` order (None: strongest level, then newest): in
        ``llm`` mode into what the prompt leaves of the model's context; in ``engine`` and
        ``hybrid`` modes into ``ENGINE_CONTEXT_TOKENS`` (the engine reads the window; the
        hybrid model reads only a bounded excerpt of it, ``analyzer.modes.excerpt``)."""
        with self.tracer.start_as_current_span("pack_context") as span:
            if mode == "llm":
                count = self.backend.count_tokens
                bare = self.prompts.messages(
                    lines="", question=request.question, scope=_scope_text(request),
                    workloads=sorted({r.workload for r in records}))
                overhead = sum(count(m["content"]) for m in bare)
                budget = (self.backend.n_ctx - overhead - self.config.max_tokens
                          - CHAT_TEMPLATE_MARGIN)
            else:
                count, budget = approx_tokens, ENGINE_CONTEXT_TOKENS
            packed = pack(records, budget_tokens=max(budget, 0), count_tokens=count,
                          ranking=ranking)
            span.set_attribute("pack.budget_tokens", packed.budget)
            span.set_attribute("pack.context_tokens", packed.tokens)
            span.set_attribute("pack.lines", len(packed.lines))
            span.set_attribute("pack.dropped", packed.dropped_records)
            span.set_attribute("pack.collapsed", packed.collapsed_records)
        return packed


def _lines_out(packed: Packed) -> list[PackedLineOut]:
    return [PackedLineOut(
        index=pl.index, ts=pl.record.ts,
        time=datetime.fromtimestamp(pl.record.ts / 1e9, tz=UTC).isoformat(
            timespec="milliseconds").replace("+00:00", "Z"),
        labels=pl.record.labels, workload=pl.record.workload, level=pl.record.level.label,
        line=pl.record.line, count=pl.count) for pl in packed.lines]


def _scope_text(request: AnalyzeRequest) -> str:
    parts = [f"{m.name}{m.op}{m.value}" for m in request.selector.matchers()]
    return ", ".join(parts) or "all workloads"


def _scope_hint(request: AnalyzeRequest) -> str:
    return scope_hint(request.selector)


def _ms(a: float, b: float) -> float:
    return round((b - a) * 1000, 2)
