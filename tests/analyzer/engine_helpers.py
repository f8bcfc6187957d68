"""Hand-written incidents for the engine tests (not golden lines)."""

from __future__ import annotations

from typing import Any

from analyzer.pipeline import AnalyzerConfig
from analyzer.prompts import Prompts
from evaluation.golden import GoldenRecord
from evaluation.replay import Task, replay_record
from evaluation.strategies import Components, ReplayOptions, get
from retrieval.normalize import normalize_records
from retrieval.packing import Packed, pack
from retrieval.records import LogRecord
from tests.conftest import T0


def packed_from(lines: list[tuple[int, str, str]], namespace: str = "shop") -> Packed:
    """``(second, pod, line)`` triples as one packed context (all lines fit)."""
    return packed_records([LogRecord(ts=T0 + s * 10**9, labels={"namespace": namespace,
                                                                "pod": pod}, line=line)
                           for s, pod, line in lines])


def packed_rows(rows: list[tuple[int, dict[str, str], str]]) -> Packed:
    """``(second, labels, line)`` rows as one packed context (all lines fit)."""
    return packed_records([LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)
                           for s, labels, line in rows])


def packed_records(records: list[LogRecord]) -> Packed:
    """Records as one packed context (all lines fit)."""
    return pack(normalize_records(records), budget_tokens=100_000,
                count_tokens=lambda t: len(t) // 3 + 1)


async def replay_in_engine_mode(record: GoldenRecord, backend: Any) -> dict[str, Any]:
    """The evaluation harness's row for ``record``: the baseline strategy, engine mode."""
    parts = Components(backend=backend, prompts=Prompts.load(),
                       config=AnalyzerConfig(mode="engine"))
    return await replay_record(Task(0, record), get("baseline"), parts, ReplayOptions())
