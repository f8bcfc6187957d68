"""Retrieval strategies: how one request's lines are fetched, normalized and ranked before
the same packing. Each stage is a span of the analysis trace.

- ``baseline``: the selector as given (default error/warn filter on), strongest level then
  newest first. Spans ``query_<source>``, ``flatten_logs``, ``normalize_logs``, ``rank_logs``.
- ``hybrid``: a broad prefilter (no default filter, up to ``prefilter_limit`` lines) joined
  with a semantic search of the question over the template index, fused by reciprocal rank
  (``retrieval.hybrid``). Adds spans ``embed_query``, ``vector_search`` and, when templates
  need lines the prefilter did not bring, ``expand_templates``. Without a question, or
  without a usable index (not configured, empty, unreachable), it runs the baseline and
  says why in ``strategy_reason``: never an error of its own.
- ``auto``: ``route`` picks baseline for pod-specific or time-bounded requests and hybrid for
  open questions, and says which and why.
"""

from __future__ import annotations

import abc
import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from retrieval import hybrid
from retrieval.errors import LogLensError
from retrieval.normalize import normalize_records
from retrieval.paging import fetch
from retrieval.records import LogRecord
from retrieval.selector import Regex, Selector

from .models_api import AnalyzeRequest
from .vector_index import VectorIndex

if TYPE_CHECKING:
    from .pipeline import Analyzer

StrategyName = Literal["baseline", "hybrid", "auto"]
STRATEGIES: tuple[str, ...] = ("baseline", "hybrid", "auto")
#: a window at most this long, given by the caller, is "time-bounded" for the router
BOUNDED_WINDOW_NS = 3600 * 10**9


@dataclass(slots=True)
class Retrieval:
    records: list[LogRecord]        # normalized, oldest first
    ranking: list[int] | None       # record indices most wanted first; None: packing's default
    strategy: str                   # the strategy that ran
    reason: str | None = None       # why (auto's choice, hybrid's fallback)
    retrieve_ms: float = 0.0
    normalize_ms: float = 0.0


class RetrievalStrategy(abc.ABC):
    name: str = "strategy"

    @abc.abstractmethod
    async def retrieve(self, analyzer: Analyzer, request: AnalyzeRequest, query: str,
                       now_ns: int) -> Retrieval: ...


def _ms(a: float, b: float) -> float:
    return round((b - a) * 1000, 2)


class BaselineStrategy(RetrievalStrategy):
    name = "baseline"

    async def retrieve(self, analyzer: Analyzer, request: AnalyzeRequest, query: str,
                       now_ns: int) -> Retrieval:
        t0 = time.perf_counter()
        records = await analyzer._retrieve(request, query)
        t1 = time.perf_counter()
        with analyzer.tracer.start_as_current_span("normalize_logs") as span:
            records = normalize_records(records)
            span.set_attribute("log.records", len(records))
        t2 = time.perf_counter()
        with analyzer.tracer.start_as_current_span("rank_logs") as span:
            span.set_attribute("rank.strategy", "baseline")  # packing's default order
            span.set_attribute("rank.candidates", len(records))
        return Retrieval(records, None, "baseline", retrieve_ms=_ms(t0, t1),
                         normalize_ms=_ms(t1, t2))


IndexProvider = VectorIndex | Callable[[], VectorIndex] | None


class HybridStrategy(RetrievalStrategy):
    name = "hybrid"

    def __init__(self, index: IndexProvider = None, *,
                 prefilter_limit: int = hybrid.PREFILTER_LIMIT, top_k: int = hybrid.TOP_K,
                 baseline: RetrievalStrategy | None = None) -> None:
        self._index = index
        self._opened: VectorIndex | None = index if isinstance(index, VectorIndex) else None
        self.prefilter_limit = prefilter_limit
        self.top_k = top_k
        self.baseline = baseline or BaselineStrategy()

    def index(self) -> VectorIndex | None:
        """The vector index, opened on first use; None when none is configured."""
        if self._opened is None and callable(self._index):
            self._opened = self._index()
        return self._opened

    async def usable(self) -> tuple[VectorIndex | None, str | None]:
        """The index if hybrid can run on it, else None and why not."""
        try:
            index = await asyncio.to_thread(self.index)
            if index is None:
                return None, "no vector index is configured"
            if await asyncio.to_thread(index.store.count) == 0:
                return None, (f"the vector index {index.store.describe()} is empty: "
                              "run `loglens index` first")
        except LogLensError as exc:
            return None, f"the vector index is unusable: {exc.message}"
        return index, None

    async def _fallback(self, analyzer: Analyzer, request: AnalyzeRequest, query: str,
                        now_ns: int, why: str) -> Retrieval:
        out = await self.baseline.retrieve(analyzer, request, query, now_ns)
        out.reason = f"hybrid fell back to baseline: {why}"
        return out

    async def retrieve(self, analyzer: Analyzer, request: AnalyzeRequest, query: str,
                       now_ns: int) -> Retrieval:
        question = (request.question or "").strip()
        if not question:
            return await self._fallback(analyzer, request, query, now_ns,
                                        "no question to search for")
        index, why = await self.usable()
        if index is None:
            return await self._fallback(analyzer, request, query, now_ns, why or "")
        try:
            return await self._hybrid(analyzer, index, request, question, now_ns)
        except LogLensError as exc:
            if exc.code.startswith("vector_store"):  # the store failed mid-request
                return await self._fallback(analyzer, request, query, now_ns, exc.message)
            raise

    async def _hybrid(self, analyzer: Analyzer, index: VectorIndex, request: AnalyzeRequest,
                      question: str, now_ns: int) -> Retrieval:
        tracer, source = analyzer.tracer, analyzer.source
        sel = request.selector
        start, end = sel.window(now_ns)
        t0 = time.perf_counter()
        broad = sel.model_copy(update={"default_filter": False})
        with tracer.start_as_current_span(f"query_{source.kind}") as span:
            span.set_attribute("log.source", source.describe())
            span.set_attribute("query.prefilter_limit", self.prefilter_limit)
            raw = await fetch(source, broad, self.prefilter_limit, now_ns=now_ns)
            span.set_attribute("log.records", len(raw))
        with tracer.start_as_current_span("flatten_logs") as span:
            raw.sort(key=lambda r: r.ts)
            span.set_attribute("log.records", len(raw))
        t1 = time.perf_counter()
        with tracer.start_as_current_span("normalize_logs") as span:
            records = normalize_records(raw)
            span.set_attribute("log.records", len(records))
        t2 = time.perf_counter()
        with tracer.start_as_current_span("embed_query") as span:
            vector = await asyncio.to_thread(index.embedder.embed_query, question)
            span.set_attribute("embed.model", index.embedder.name)
            span.set_attribute("embed.dim", len(vector))
            span.set_attribute("embed.ms", _ms(t2, time.perf_counter()))
        t3 = time.perf_counter()
        with tracer.start_as_current_span("vector_search") as span:
            where = hybrid.where_for(sel, start, end)
            hits = await asyncio.to_thread(index.store.query, vector, self.top_k, where=where)
            hits = [h for h in hits if _in_scope(sel, h.metadata)]
            span.set_attribute("vector.store", index.store.describe())
            span.set_attribute("vector.k", self.top_k)
            span.set_attribute("vector.hits", len(hits))
            span.set_attribute("vector.ms", _ms(t3, time.perf_counter()))
        miner = await asyncio.to_thread(index.miner)
        keys = [hybrid.record_key(r, miner) for r in records]
        present = set(keys)
        missing = [h for h in hits if h.id not in present][:hybrid.EXPAND_TEMPLATES]
        if missing:
            with tracer.start_as_current_span("expand_templates") as span:
                extra: list[LogRecord] = []
                for hit in missing:
                    narrow = hybrid.expansion_selector(broad, hit)
                    extra.extend(await fetch(source, narrow, narrow.limit, now_ns=now_ns))
                extra = normalize_records(extra)
                span.set_attribute("expand.templates", len(missing))
                span.set_attribute("log.records", len(extra))
            seen = {(r.ts, r.line) for r in records}
            extra = [r for r in extra if (r.ts, r.line) not in seen]
            records = sorted(records + extra, key=lambda r: r.ts)
            keys = [hybrid.record_key(r, miner) for r in records]
        t4 = time.perf_counter()
        with tracer.start_as_current_span("rank_logs") as span:
            fused = hybrid.fuse(records, keys, hits)
            span.set_attribute("rank.strategy", "hybrid")
            span.set_attribute("rank.candidates", len(fused.keys))
            span.set_attribute("rank.semantic_hits", fused.semantic_hits)
            span.set_attribute("rank.records", len(records))
            span.set_attribute("rank.ms", _ms(t4, time.perf_counter()))
        reason = (f"{fused.semantic_hits} of {len(hits)} templates the question matched "
                  f"have lines in scope; fused with {len(fused.keys)} candidate templates")
        return Retrieval(records, fused.ranking, "hybrid", reason,
                         retrieve_ms=_ms(t0, t1), normalize_ms=_ms(t1, t2))


def _in_scope(sel: Selector, meta: Mapping[str, object]) -> bool:
    """Regex scope fields the vector store could not filter, checked on the metadata."""
    labels = {k: str(v) for k, v in meta.items() if isinstance(v, str)}
    return all(m.matches(labels) for m in sel.matchers()
               if m.name in ("namespace", "container") and m.op in ("=~", "!~"))


def route(request: AnalyzeRequest, now_ns: int) -> tuple[str, str]:
    """The strategy ``auto`` picks, and why."""
    sel = request.selector
    if sel.pod is not None:
        kind = "a pod pattern" if isinstance(sel.pod, Regex) else f"pod {sel.pod}"
        return "baseline", f"pod-specific request ({kind}): its own lines, strongest first"
    if not (request.question or "").strip():
        return "baseline", "no question: nothing to search for semantically"
    if sel.start is not None or sel.end is not None:
        start, end = sel.window(now_ns)
        if end - start <= BOUNDED_WINDOW_NS:
            minutes = (end - start) / 60e9
            return "baseline", f"time-bounded request ({minutes:.0f} min window)"
    if sel.filters:
        return "baseline", "explicit line filters: the caller already said what to look for"
    return "hybrid", "open question over a broad scope: semantic search over templates"


class AutoStrategy(RetrievalStrategy):
    name = "auto"

    def __init__(self, baseline: RetrievalStrategy, hybrid_: RetrievalStrategy) -> None:
        self.baseline = baseline
        self.hybrid = hybrid_

    async def retrieve(self, analyzer: Analyzer, request: AnalyzeRequest, query: str,
                       now_ns: int) -> Retrieval:
        choice, why = route(request, now_ns)
        chosen = self.hybrid if choice == "hybrid" else self.baseline
        out = await chosen.retrieve(analyzer, request, query, now_ns)
        out.reason = f"auto chose {choice}: {why}" + (f"; {out.reason}" if out.reason else "")
        return out
