"""Replay golden records through the real pipeline, one row per (record, strategy).

Each record becomes a ``MemorySource`` of its own logs and the request its strategy builds;
the analysis runs through ``Analyzer.events`` (the same generator the API and the CLI consume)
with the run's one backend. A row says what the model answered and which of the record's logs
it saw:

``packed``
    indices into ``record.logs`` of every log in the model's context. A packed line stands for
    ``count`` records (identical messages of one workload collapse into one line) and a record
    may be a stack trace joined from several logs: all of them are mapped back.
``predicted_evidence``
    the extraction's evidence (indices of packed lines) mapped back the same way.
``json_valid``
    whether the model's raw answer is a JSON object that validates against the extraction
    schema (types, enums, lengths), before the pipeline's stricter checks decide between the
    model's answer (``source: "llm"``) and the fallback. In ``engine`` mode (no model) the
    answer is the engine's extraction, valid by construction: True. None when no line
    matched (nothing was asked).
``mode``
    the analysis mode (engine, llm, hybrid); ``strategy`` is the run label
    (``strategies.run_label``: ``baseline``, or ``baseline/hybrid`` when a run has several
    modes).

A record whose analysis raises gets ``prediction: null``, the message in ``error`` and
``source: "error"``; the run goes on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from analyzer.models_api import AnalysisResult, Mode, PackedLineOut
from analyzer.schema import Extraction
from retrieval.errors import LogLensError
from retrieval.labels import as_read
from retrieval.multiline import VOLATILE_LABELS
from retrieval.normalize import normalize_records
from retrieval.packing import (
    MAX_LINE_CHARS,
    group_key,  # packing's own "same message" identity
)
from retrieval.records import LogRecord
from retrieval.related import ServiceNames, with_related
from retrieval.scope import query_scope
from retrieval.selector import Selector
from retrieval.source import LogSource
from retrieval.timestamps import parse_ns

from .golden import GoldenRecord
from .strategies import Components, ReplayOptions, Strategy, run_label

Row = dict[str, Any]
_Key = tuple[int, tuple[tuple[str, str], ...], str]


@dataclass(frozen=True, slots=True)
class Task:
    """One record of the golden file (``index`` is its position among the file's records)."""

    index: int
    record: GoldenRecord


async def replay_record(task: Task, strategy: Strategy, parts: Components,
                        options: ReplayOptions, *, mode: Mode | None = None,
                        label: str | None = None) -> Row:
    record = task.record
    mode = mode or parts.config.mode
    row: Row = {"index": task.index, "id": record.id, "strategy": label or strategy.name,
                "mode": mode,
                "prediction": None, "error": None, "latency_ms": 0.0, "llm_ms": None,
                "first_token_ms": None, "prompt_tokens": None, "completion_tokens": None,
                "source": "error", "fallback_reason": None, "json_valid": None,
                "packed": [], "predicted_evidence": [], "packed_members": [], "context": [],
                "fetched": 0, "expected": record.expected.model_dump(exclude_none=True)}
    t0 = time.perf_counter()
    chunks: list[str] = []
    try:
        request = strategy.request(record, options)
        source = record.memory_source()
        analyzer = strategy.analyzer(source, parts)
        result: AnalysisResult | None = None
        async for event in analyzer.events(request, raise_errors=True, mode=mode):
            if event.kind == "token":
                chunks.append(event.data["text"])
            elif event.kind == "result":
                result = AnalysisResult.model_validate(event.data)
        row["latency_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        if result is None:  # pragma: no cover - events() ends in a result or raises
            raise LogLensError("the analysis ended without a result")
        reading = analyzer.reading(request, mode)
        selector, context = reading.selector, bool(reading.context)
        if result.strategy != "baseline":
            context = False  # hybrid reads past the default line filter
            selector = selector.model_copy(update={"default_filter": False,
                                                   "limit": max(1, len(record.logs))})
        members = await packed_members(record, source, selector, result.lines,
                                       context=context, wider=result.widened is not None,
                                       services=analyzer.engine.kb.services)
    except LogLensError as exc:
        return {**row, "error": exc.message, "json_valid": False,
                "latency_ms": round((time.perf_counter() - t0) * 1000, 2)}
    except Exception as exc:  # noqa: BLE001 - one broken record must not end a nightly run
        return {**row, "error": f"{type(exc).__name__}: {exc}", "json_valid": False,
                "latency_ms": round((time.perf_counter() - t0) * 1000, 2)}
    extraction = result.extraction.model_dump(mode="json")
    evidence = sorted({g for i in extraction["evidence"] if 0 <= i < len(members)
                       for g in members[i]})
    asked = result.source != "no_logs"
    model_asked = asked and mode != "engine"
    return {**row, "prediction": extraction, "source": result.source,
            "retrieval": result.strategy, "retrieval_reason": result.strategy_reason,
            "fallback_reason": result.fallback_reason,
            "json_valid": (answer_is_valid("".join(chunks)) if model_asked else True)
            if asked else None,
            "llm_ms": result.timings.llm_ms if model_asked else None,
            "first_token_ms": result.timings.first_token_ms if model_asked else None,
            "prompt_tokens": result.stats.prompt_tokens if model_asked else None,
            "completion_tokens": result.stats.completion_tokens if model_asked else None,
            "engine": result.engine.model_dump(mode="json") if result.engine else None,
            "disagreement": (result.disagreement.model_dump(mode="json")
                             if result.disagreement else None),
            "packed": sorted({g for m in members for g in m}), "predicted_evidence": evidence,
            "packed_members": members, "context": [_render(pl) for pl in result.lines],
            "fetched": result.stats.fetched, "widened": result.widened}


async def replay(tasks: Sequence[Task], strategies: Sequence[Strategy], parts: Components,
                 options: ReplayOptions, *, modes: Sequence[Mode] | None = None,
                 on_row: Callable[[Row], None] | None = None) -> list[Row]:
    """Every task under every (strategy, mode) (strategy by strategy, then mode by mode,
    records in order). ``modes`` None: the configured mode only."""
    chosen = list(modes or [parts.config.mode])
    rows: list[Row] = []
    for strategy in strategies:
        for mode in chosen:
            label = run_label(strategy.name, mode, chosen)
            for task in tasks:
                row = await replay_record(task, strategy, parts, options, mode=mode,
                                          label=label)
                rows.append(row)
                if on_row is not None:
                    on_row(row)
    return rows


def answer_is_valid(text: str) -> bool:
    try:
        value = json.loads(text)
        Extraction.model_validate(value)
    except (ValueError, ValidationError):
        return False
    return isinstance(value, dict)


def _render(pl: PackedLineOut) -> str:
    text = " ".join(pl.line.replace("\n", " | ").split())
    if len(text) > MAX_LINE_CHARS:
        text = text[: MAX_LINE_CHARS - 3] + "..."
    times = f" (x{pl.count})" if pl.count > 1 else ""
    return f"[{pl.index}] {pl.time} {pl.workload} {pl.level}: {text}{times}"


# --- packed lines back to the record's logs ----------------------------------------------------


async def packed_members(record: GoldenRecord, source: LogSource, selector: Selector,
                         lines: Sequence[PackedLineOut], *, context: bool = False,
                         wider: bool = False, services: ServiceNames | None = None
                         ) -> list[list[int]]:
    """For each packed line, the indices into ``record.logs`` it stands for.

    The pipeline's first stages are re-run on the same input (the source's answer to the same
    selector, sorted by time, normalized: all deterministic). A packed line is found by its
    ``(ts, labels, line)`` among the normalized records; its members are the records packing
    grouped with it (same workload, level and message); each record maps to the log it came
    from plus any logs joined into it as stack-trace continuations. Identical logs (same time,
    labels and text) are told apart by order, each index used once.
    """
    fetched, _ = await query_scope(source, selector)
    if context:  # the related context the analyzer read too (and the wider cluster)
        fetched = await with_related(source, selector, fetched, wider=wider,
                                     services=services)
    fetched.sort(key=lambda r: r.ts)  # as the pipeline does (stable: ties keep their order)
    normalized = normalize_records(fetched)
    raw_of = _joined_sources(fetched, normalized)
    log_of = _log_indices(record, fetched)
    by_identity: dict[_Key, int] = {}
    groups: dict[Any, list[int]] = {}
    for k, rec in enumerate(normalized):
        by_identity.setdefault(_key(rec), k)
        groups.setdefault(group_key(rec), []).append(k)
    out: list[list[int]] = []
    for pl in lines:
        anchor = by_identity.get((pl.ts, _labels(pl.labels), pl.line))
        if anchor is None:  # pragma: no cover - the pipeline packs only what it fetched
            out.append([])
            continue
        members = groups[group_key(normalized[anchor])]
        out.append(sorted({i for k in members for j in raw_of[k]
                           if (i := log_of[j]) is not None}))
    return out


def _labels(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(labels.items()))


def _key(rec: LogRecord) -> _Key:
    return rec.ts, _labels(rec.labels), rec.line


def _log_indices(record: GoldenRecord, fetched: Sequence[LogRecord]) -> list[int | None]:
    """The index into ``record.logs`` of each fetched record, by identity."""
    pool: dict[_Key, list[int]] = {}
    for i, log in enumerate(record.logs):
        ts = parse_ns(log.ts)
        if ts is not None:  # labelled as the memory source labels them (OTLP names: short too)
            labels, line = as_read({str(k): str(v) for k, v in log.labels.items()
                                    if v is not None}, log.line)
            pool.setdefault((ts, _labels(labels), line), []).append(i)
    return [pool[k].pop(0) if pool.get(k := _key(r)) else None for r in fetched]


def _joined_sources(fetched: Sequence[LogRecord],
                    normalized: Sequence[LogRecord]) -> list[list[int]]:
    """For each normalized record, the fetched records it is made of: itself and, for a
    joined stack trace, the continuation lines folded into it (``join_multiline`` keeps the
    order of the surviving heads and appends continuations to the head's line)."""
    heads: list[int] = []
    absorbed: list[int] = []
    j = 0
    for rec in normalized:
        while j < len(fetched) and not _is_head(fetched[j], rec):
            absorbed.append(j)
            j += 1
        heads.append(j)
        j += 1
    absorbed.extend(range(j, len(fetched)))
    out = [[h] for h in heads]
    free = sorted(absorbed, key=lambda i: fetched[i].ts)
    for k, rec in enumerate(normalized):
        head = fetched[heads[k]] if heads[k] < len(fetched) else None
        if head is None or rec.line == head.line:
            continue
        rest = rec.line[len(head.line) + 1:]
        stream = _stream(head.labels)
        for i in list(free):
            cont = fetched[i].line
            if (_stream(fetched[i].labels) == stream and rest.startswith(cont)
                    and (len(rest) == len(cont) or rest[len(cont)] == "\n")):
                out[k].append(i)
                free.remove(i)
                rest = rest[len(cont) + 1:]
                if not rest:
                    break
    return out


def _is_head(raw: LogRecord, rec: LogRecord) -> bool:
    return (raw.ts == rec.ts and raw.labels == rec.labels
            and (rec.line == raw.line or rec.line.startswith(raw.line + "\n")))


def _stream(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(kv for kv in labels.items() if kv[0] not in VOLATILE_LABELS))
