"""MemorySource: golden-format entries in, Loki semantics out (the selector table covers the
matching itself, in ``test_selector_table``)."""

from __future__ import annotations

import pytest

from retrieval.errors import InvalidRequest
from retrieval.memory import MemorySource
from retrieval.records import Level, LogRecord
from retrieval.selector import Selector

T0 = 1_772_366_400 * 10**9  # 2026-03-01T12:00:00Z

GOLDEN_LOGS = [
    {"ts": "2026-03-01T12:00:01.123Z",
     "labels": {"namespace": "shop", "pod": "cart-7d9f-x2", "container": "cart", "node": "node2"},
     "line": "level=info msg=\"loaded catalog cache\""},
    {"ts": "2026-03-01T12:00:02+00:00", "labels": {"namespace": "shop", "pod": "cart-7d9f-x2"},
     "line": "level=error msg=\"OOMKilled\""},
    {"ts": T0 + 3 * 10**9, "labels": {"namespace": "billing"}, "line": "ERROR export failed"},
    {"ts": str(T0 + 4 * 10**9), "labels": {"namespace": "billing", "app": None},
     "line": "invoice sent"},
]


async def collect(source: MemorySource, **kw) -> list[LogRecord]:
    sel = Selector(**{"start": T0, "end": T0 + 60 * 10**9, "default_filter": False, **kw})
    return [r async for r in source.query(sel)]


async def test_from_entries_reads_rfc3339_and_ns() -> None:
    source = MemorySource.from_entries(GOLDEN_LOGS)
    got = await collect(source, direction="forward")
    assert [r.ts for r in got] == [T0 + 1_123_000_000, T0 + 2 * 10**9, T0 + 3 * 10**9,
                                   T0 + 4 * 10**9]
    assert got[0].labels["node"] == "node2"
    assert got[3].labels == {"namespace": "billing"}  # a null label is no label
    assert all(r.level is Level.UNKNOWN and r.message == "" for r in got)


@pytest.mark.parametrize("entry, field", [
    ({"ts": "yesterday", "line": "x"}, "ts"),
    ({"ts": None, "line": "x"}, "ts"),
    ({"ts": 1, "line": 3}, "line"),
    ({"ts": 1, "line": "x", "labels": ["a"]}, "labels"),
])
def test_from_entries_rejects_bad_entries(entry, field) -> None:
    with pytest.raises(InvalidRequest) as err:
        MemorySource.from_entries([entry])
    assert err.value.field == field and "log entry 0" in err.value.message


async def test_default_filter_applies_unless_switched_off() -> None:
    source = MemorySource.from_entries(GOLDEN_LOGS)
    assert [r.line for r in await collect(source, default_filter=True)] == [
        "ERROR export failed", 'level=error msg="OOMKilled"']
    assert len(await collect(source)) == 4


async def test_window_limit_direction_and_ties() -> None:
    labels = {"namespace": "shop"}
    recs = [LogRecord(ts=T0 + 5, labels=labels, line=f"tie {i}") for i in range(3)]
    recs += [LogRecord(ts=T0 + 9, labels=labels, line="late"),
             LogRecord(ts=T0, labels=labels, line="first")]
    source = MemorySource(recs)
    assert [r.line for r in await collect(source, limit=2)] == ["late", "tie 0"]
    assert [r.line for r in await collect(source, direction="forward", limit=3)] == [
        "first", "tie 0", "tie 1"]
    window = await collect(source, start=T0 + 1, end=T0 + 9)  # end exclusive
    assert [r.line for r in window] == ["tie 0", "tie 1", "tie 2"]


async def test_records_added_after_a_query_are_served_in_time_order() -> None:
    labels = {"namespace": "shop"}
    source = MemorySource([LogRecord(ts=T0 + 5, labels=labels, line="a"),
                           LogRecord(ts=T0 + 1, labels=labels, line="b")])
    assert [r.line for r in await collect(source, direction="forward")] == ["b", "a"]
    source.add([LogRecord(ts=T0 + 5, labels=labels, line="c"),  # ties after the older "a"
                LogRecord(ts=T0, labels=labels, line="d")])
    assert [r.line for r in await collect(source, direction="forward")] == ["d", "b", "a", "c"]
    assert [r.line for r in await collect(source)] == ["a", "c", "b", "d"]
    assert [r.line for r in await collect(source, namespace="shop", direction="forward",
                                          limit=2, filters=[{"op": "!=", "value": "d"}])] == [
        "b", "a"]


async def test_start_after_end_is_invalid() -> None:
    source = MemorySource()
    with pytest.raises(InvalidRequest):
        await collect(source, start=T0 + 10, end=T0)


async def test_yields_copies() -> None:
    source = MemorySource([LogRecord(ts=T0, labels={"namespace": "shop"}, line="x")])
    (first,) = await collect(source)
    first.labels["namespace"] = "changed"
    (again,) = await collect(source)
    assert again.labels == {"namespace": "shop"}


async def test_add_labels_values_describe() -> None:
    source = MemorySource.from_entries(GOLDEN_LOGS[:2])
    source.add([LogRecord(ts=T0 + 50 * 10**9, labels={"namespace": "auth", "app": "login"},
                          line="ok")])
    assert len(source) == 3
    assert await source.labels() == ["app", "container", "namespace", "node", "pod"]
    assert await source.label_values("namespace") == ["auth", "shop"]
    assert await source.label_values("missing") == []
    assert source.kind == "memory" and source.describe() == "memory:3 records"
    await source.ready()
