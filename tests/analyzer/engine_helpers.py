"""Hand-written incidents for the engine tests (not golden lines)."""

from __future__ import annotations

from retrieval.normalize import normalize_records
from retrieval.packing import Packed, pack
from retrieval.records import LogRecord
from tests.conftest import T0


def packed_from(lines: list[tuple[int, str, str]], namespace: str = "shop") -> Packed:
    """``(second, pod, line)`` triples as one packed context (all lines fit)."""
    return packed_records([LogRecord(ts=T0 + s * 10**9, labels={"namespace": namespace,
                                                                "pod": pod}, line=line)
                           for s, pod, line in lines])


def packed_records(records: list[LogRecord]) -> Packed:
    """Records as one packed context (all lines fit)."""
    return pack(normalize_records(records), budget_tokens=100_000,
                count_tokens=lambda t: len(t) // 3 + 1)
