"""One analysis as a generator of typed events: ``retrieved``, ``token``, ``result``,
``error``. The HTTP stream, the JSON endpoint, the CLI and the evaluator all consume it.

Retrieval and ranking are a strategy (``analyzer.strategies``: baseline, hybrid, auto); the
packing, the model call and validation are the same for all of them.

Every stage is a span created inside the generator, so streamed requests parent correctly.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace

from retrieval.errors import BackendError, ConfigError, InvalidRequest, LogLensError
from retrieval.hybrid import PREFILTER_LIMIT
from retrieval.logql import render_logql
from retrieval.packing import Packed, pack
from retrieval.records import LogRecord
from retrieval.source import LogSource

from .backends.base import LLMBackend, Usage, parse_answer
from .extraction import fallback, validate
from .models_api import (
    AnalysisResult,
    AnalyzeRequest,
    PackedLineOut,
    ResultSource,
    Stats,
    Timings,
)
from .prompts import Prompts
from .schema import llm_json_schema
from .strategies import (
    AutoStrategy,
    BaselineStrategy,
    HybridStrategy,
    IndexProvider,
    RetrievalStrategy,
)
from .telemetry import current_trace_id, get_tracer

log = logging.getLogger("loglens.pipeline")

CHAT_TEMPLATE_MARGIN = 48  # tokens the chat template adds around our messages


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


class Analyzer:
    """Runs analyses against one source and one backend; safe to share between requests
    (the backend serializes access to its model)."""

    def __init__(self, *, source: LogSource, backend: LLMBackend, prompts: Prompts,
                 config: AnalyzerConfig | None = None,
                 tracer_provider: trace.TracerProvider | None = None,
                 vector_index: IndexProvider = None, strategy: str = "baseline",
                 prefilter_limit: int = PREFILTER_LIMIT) -> None:
        """``vector_index`` (or a function opening it on first use) enables ``hybrid``;
        ``strategy`` is the one used when a call names none."""
        self.source = source
        self.backend = backend
        self.prompts = prompts
        self.config = config or AnalyzerConfig()
        self.tracer = get_tracer(tracer_provider)
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

    async def analyze(self, request: AnalyzeRequest, *,
                      strategy: str | None = None) -> AnalysisResult:
        """Run to completion; source errors propagate as ``LogLensError``."""
        result: AnalysisResult | None = None
        async for event in self.events(request, raise_errors=True,  # run to the end
                                       strategy=strategy):
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

    async def events(self, request: AnalyzeRequest, *, raise_errors: bool = False,
                     strategy: str | None = None) -> AsyncGenerator[Event, None]:
        t0 = time.perf_counter()
        sel = request.selector
        with self.tracer.start_as_current_span("analyze_logs_stream") as root:
            query = render_logql(sel)
            root.set_attribute("log_limit", sel.limit)
            root.set_attribute("logql.query", query)
            if isinstance(sel.namespace, str):
                root.set_attribute("namespace", sel.namespace)
            try:
                chosen = self.strategy_for(request, strategy)
                root.set_attribute("retrieval.strategy_requested", chosen.name)
                got = await chosen.retrieve(self, request, query, time.time_ns())
                records = got.records
                root.set_attribute("retrieval.strategy", got.strategy)
                t_normalized = time.perf_counter()
                packed, messages, schema = self._pack(request, records, ranking=got.ranking)
                t_packed = time.perf_counter()
                yield Event("retrieved", {
                    "query": query, "fetched": len(records),
                    "lines": [m.model_dump() for m in _lines_out(packed)],
                    "dropped": packed.dropped_records, "collapsed": packed.collapsed_records,
                    "elapsed_ms": _ms(t0, t_packed), "strategy": got.strategy,
                    "strategy_reason": got.reason})
                usage = Usage(model=self.backend.model)
                answer: dict[str, Any] | None = None
                first_token: float | None = None
                error: str | None = None
                t_llm = time.perf_counter()
                if packed.lines:
                    chunks: list[str] = []
                    with self.tracer.start_as_current_span("call_llm") as span:
                        span.set_attribute("llm.model", self.backend.model)
                        span.set_attribute("gen_ai.system", self.backend.name)
                        span.set_attribute("gen_ai.request.model", self.backend.model)
                        span.set_attribute("gen_ai.request.max_tokens", self.config.max_tokens)
                        span.set_attribute("gen_ai.request.temperature", self.config.temperature)
                        try:
                            async for chunk in self.backend.stream(
                                    messages, schema, max_tokens=self.config.max_tokens,
                                    usage=usage):
                                if first_token is None:
                                    first_token = time.perf_counter()
                                chunks.append(chunk)
                                yield Event("token", {"text": chunk})
                        except BackendError as exc:
                            error = f"backend failed: {exc.message}"
                            span.record_exception(exc)
                            log.warning("llm backend failed", extra={"error": exc.message})
                        span.set_attribute("llm.tokens_generated", usage.completion_tokens)
                        span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_tokens)
                        span.set_attribute("gen_ai.usage.output_tokens", usage.completion_tokens)
                        if usage.finish_reason:
                            span.set_attribute("gen_ai.response.finish_reasons",
                                               [usage.finish_reason])
                    if error is None:
                        try:
                            answer = parse_answer("".join(chunks))
                        except BackendError as exc:
                            error = exc.message
                t_done = time.perf_counter()
                with self.tracer.start_as_current_span("validate_extraction") as span:
                    source: ResultSource
                    if not packed.lines:
                        source, reason = "no_logs", None
                        extraction = fallback(packed, _scope_hint(request))
                    else:
                        checked, reason = validate(answer, packed)
                        reason = error or reason
                        source = "llm" if checked is not None else "fallback"
                        extraction = checked if checked is not None else fallback(packed)
                    span.set_attribute("extraction.source", source)
                    if reason:
                        span.set_attribute("extraction.fallback_reason", reason)
                result = AnalysisResult(
                    extraction=extraction, source=source, fallback_reason=reason, query=query,
                    lines=_lines_out(packed),
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
                        first_token_ms=_ms(t0, first_token) if first_token else None,
                        llm_ms=_ms(t_llm, t_done), total_ms=_ms(t0, time.perf_counter())),
                    backend=self.backend.name, model=usage.model or self.backend.model,
                    trace_id=current_trace_id(), strategy=got.strategy,
                    strategy_reason=got.reason)
                root.set_attribute("extraction.source", source)
                log.info("analysis done", extra={"source": source,
                                                 "total_ms": result.timings.total_ms})
                yield Event("result", result.model_dump(mode="json"))
            except LogLensError as exc:
                root.record_exception(exc)
                root.set_status(trace.StatusCode.ERROR, exc.message)
                if raise_errors:
                    raise
                yield Event("error", {**exc.to_dict(), "status": exc.status})

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
            records = [r async for r in self.source.query(sel, now_ns=now)]
            span.set_attribute("log.records", len(records))
        with self.tracer.start_as_current_span("flatten_logs") as span:
            records.sort(key=lambda r: r.ts)  # the model reads oldest first
            span.set_attribute("log.records", len(records))
        return records

    def _pack(self, request: AnalyzeRequest, records: list[LogRecord], *,
              ranking: list[int] | None = None
              ) -> tuple[Packed, list[dict[str, str]], dict[str, Any]]:
        """Pack ``records`` in ``ranking`` order (None: strongest level, then newest)."""
        with self.tracer.start_as_current_span("pack_context") as span:
            scope = _scope_text(request)
            bare = self.prompts.messages(lines="", question=request.question, scope=scope,
                                         workloads=sorted({r.workload for r in records}))
            overhead = sum(self.backend.count_tokens(m["content"]) for m in bare)
            budget = (self.backend.n_ctx - overhead - self.config.max_tokens
                      - CHAT_TEMPLATE_MARGIN)
            packed = pack(records, budget_tokens=max(budget, 0),
                          count_tokens=self.backend.count_tokens, ranking=ranking)
            messages = self.prompts.messages(lines=packed.render(), question=request.question,
                                             scope=scope, workloads=packed.workloads())
            schema = llm_json_schema(packed.workloads(), len(packed.lines))
            span.set_attribute("pack.budget_tokens", packed.budget)
            span.set_attribute("pack.context_tokens", packed.tokens)
            span.set_attribute("pack.lines", len(packed.lines))
            span.set_attribute("pack.dropped", packed.dropped_records)
            span.set_attribute("pack.collapsed", packed.collapsed_records)
        return packed, messages, schema


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
    sel = request.selector
    for name in ("app", "pod", "container", "namespace"):
        value = getattr(sel, name)
        if isinstance(value, str):
            return value
    return "unknown"


def _ms(a: float, b: float) -> float:
    return round((b - a) * 1000, 2)
