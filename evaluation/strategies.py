"""Replay strategies: a name and how one golden record becomes a request and an analyzer.

``baseline`` is the production pipeline as it ships (recency/level ranking, token-budget
packing). ``hybrid`` and ``auto`` replay the record through the hybrid retrieval path: each
record gets its own template index (its lines mined and embedded into an in-memory vector
store with the run's embedder), so records never see each other's templates; ``auto`` lets the
router choose per record and reports its reason.

The replay request of a record (shared by every strategy unless it says otherwise):

- scope: the record's selector fields that are set (``record.scope()``);
- window: first log's time to last log's time + 1 ns (the end is exclusive), so every log of
  the record is in range and "now" never matters;
- limit: ``min(200, len(logs))``: the most the API allows, enough for every log of most
  records;
- the selector leaves ``default_filter`` unset, as a user of ``loglens analyze`` or the API
  does: the analyzer applies the default error/warn line filter in ``llm`` mode and reads
  every line in ``engine`` and ``hybrid`` modes (``Analyzer.reading``), and
  ``evidence_recall_packed`` shows what each reading costs. ``--all-lines`` switches the
  filter off in every mode (recorded in the run's settings hash).
- the question is passed through as it is (``None``: the prompt's default question).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from analyzer.backends.base import LLMBackend
from analyzer.engine.runtime import Engine
from analyzer.models_api import AnalyzeRequest, Mode
from analyzer.pipeline import Analyzer, AnalyzerConfig
from analyzer.prompts import Prompts
from analyzer.vector_index import VectorIndex
from retrieval.embeddings import Embedder
from retrieval.errors import ConfigError, InvalidRequest
from retrieval.indexer import TemplateIndexer
from retrieval.memory import MemorySource
from retrieval.selector import MAX_LIMIT
from retrieval.source import LogSource
from retrieval.timestamps import parse_ns
from retrieval.vectorstore import MemoryVectorStore

from .golden import GoldenRecord


@dataclass(frozen=True, slots=True)
class ReplayOptions:
    """Choices of a run that change what the model sees (part of the settings hash)."""

    all_lines: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"all_lines": self.all_lines}


@dataclass(slots=True)
class Components:
    """What every analysis of a run shares: one backend (the model is loaded once) and one
    diagnosis engine (None: the shipped knowledge base without a classifier)."""

    backend: LLMBackend
    prompts: Prompts
    config: AnalyzerConfig = field(default_factory=AnalyzerConfig)
    engine: Engine | None = None
    #: the embedder of the hybrid strategies (loaded once per run; None without them)
    embedder: Embedder | None = None


def run_label(strategy: str, mode: Mode, modes: list[Mode]) -> str:
    """The name a (strategy, mode) pair is reported under: the strategy alone when the run
    has one mode (runs stay comparable with ``eval drift`` whatever their mode), else
    ``strategy/mode``."""
    return strategy if len(modes) <= 1 else f"{strategy}/{mode}"


RequestBuilder = Callable[[GoldenRecord, ReplayOptions], AnalyzeRequest]
AnalyzerBuilder = Callable[[LogSource, Components], Analyzer]


def replay_request(record: GoldenRecord, options: ReplayOptions) -> AnalyzeRequest:
    """The request a record is replayed with (see the module docstring). Raises
    ``InvalidRequest`` for a record whose selector, times or question cannot be replayed."""
    times = []
    for i, log in enumerate(record.logs):
        ts = parse_ns(log.ts)
        if ts is None:
            raise InvalidRequest(f"logs.{i}.ts: cannot read {log.ts!r}", field=f"logs.{i}.ts")
        times.append(ts)
    start, end = (min(times), max(times) + 1) if times else (0, 1)
    selector: dict[str, Any] = {**record.scope(), "start": start, "end": end,
                                "limit": max(1, min(MAX_LIMIT, len(record.logs)))}
    if options.all_lines:
        selector["default_filter"] = False
    try:
        return AnalyzeRequest(selector=selector, question=record.question)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "request"
        raise InvalidRequest(f"{where}: {err['msg']}", field=where) from exc


def production_analyzer(source: LogSource, parts: Components) -> Analyzer:
    return Analyzer(source=source, backend=parts.backend, prompts=parts.prompts,
                    config=parts.config, engine=parts.engine)


@dataclass(frozen=True, slots=True)
class Strategy:
    name: str
    description: str
    request: RequestBuilder = replay_request
    analyzer: AnalyzerBuilder = production_analyzer


def indexed_analyzer(strategy: str) -> AnalyzerBuilder:
    """An analyzer whose default strategy is ``strategy``, over a template index of the
    record's own lines."""

    def build(source: LogSource, parts: Components) -> Analyzer:
        if parts.embedder is None:
            raise ConfigError(f"the {strategy} strategy needs an embedder", field="strategy")
        store = MemoryVectorStore()
        indexer = TemplateIndexer(store, parts.embedder)
        if isinstance(source, MemorySource):
            indexer.add(source.records())
        index = VectorIndex(store=store, embedder=parts.embedder)
        index.set_miner(indexer.miner)
        return Analyzer(source=source, backend=parts.backend, prompts=parts.prompts,
                        config=parts.config, engine=parts.engine, vector_index=index,
                        strategy=strategy)

    return build


def needs_embedder(strategies: list[Strategy]) -> bool:
    return any(s.analyzer is not production_analyzer for s in strategies)


_REGISTRY: dict[str, Strategy] = {}
#: known names that are not built yet, with the reason shown to the user
PLANNED: dict[str, str] = {}


def register(strategy: Strategy) -> None:
    _REGISTRY[strategy.name] = strategy
    PLANNED.pop(strategy.name, None)


def available() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str) -> Strategy:
    """The strategy called ``name``; ``InvalidRequest`` for a planned or unknown name."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    choose = f"available: {', '.join(available())}"
    if name in PLANNED:
        raise InvalidRequest(f"strategy {name!r} is not available yet: {PLANNED[name]} "
                             f"({choose})", field="strategy")
    raise InvalidRequest(f"unknown strategy {name!r} ({choose})", field="strategy")


def parse_strategies(spec: str | tuple[str, ...] | list[str]) -> list[Strategy]:
    """``"baseline,hybrid"`` (or several such values) as strategies, in order, without
    repeats."""
    parts = [spec] if isinstance(spec, str) else list(spec)
    names: list[str] = []
    for part in parts:
        for name in part.split(","):
            name = name.strip()
            if name and name not in names:
                names.append(name)
    if not names:
        raise InvalidRequest("--strategy: name at least one strategy", field="strategy")
    return [get(name) for name in names]


register(Strategy("baseline", "the shipped pipeline: level/recency ranking, budget packing"))
register(Strategy("hybrid", "hybrid retrieval over a per-record template index (embeddings + "
                            "reciprocal-rank fusion); no question: baseline, with the reason",
                  analyzer=indexed_analyzer("hybrid")))
register(Strategy("auto", "the router: baseline for pod-specific or short-window requests, "
                          "hybrid for open questions", analyzer=indexed_analyzer("auto")))
