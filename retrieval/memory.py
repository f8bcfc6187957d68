"""``MemorySource``: records held in memory, answered with Loki's selector semantics.

Used to replay the golden dataset through the real pipeline and as the reference in tests.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import AsyncIterator, Iterable, Mapping
from itertools import islice
from typing import Any

from .errors import InvalidRequest
from .labels import as_read
from .records import LogRecord
from .selector import Selector
from .source import LogSource, order_and_limit
from .timestamps import parse_ns


class MemorySource(LogSource):
    """A list of ``LogRecord``s; ties in time keep the order they were given in."""

    kind = "memory"

    def __init__(self, records: Iterable[LogRecord] = ()) -> None:
        self._records = list(records)
        self._by_time: list[LogRecord] | None = None  # oldest first, ties in arrival order
        self._times: list[int] = []

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, Any]]) -> MemorySource:
        """Records from golden-dataset log entries:
        ``{"ts": RFC 3339 or epoch ns, "labels": {...}, "line": "..."}``."""
        records = []
        for i, entry in enumerate(entries):
            ts = parse_ns(entry.get("ts"))
            if ts is None:
                raise InvalidRequest(f"log entry {i}: cannot read ts {entry.get('ts')!r}: use "
                                     "RFC 3339 with a zone or integer nanoseconds", field="ts")
            line = entry.get("line")
            if not isinstance(line, str):
                raise InvalidRequest(f"log entry {i}: line must be a string", field="line")
            labels = entry.get("labels") or {}
            if not isinstance(labels, Mapping):
                raise InvalidRequest(f"log entry {i}: labels must be an object", field="labels")
            read, line = as_read({str(k): str(v) for k, v in labels.items() if v is not None},
                                 line)
            records.append(LogRecord(ts=ts, line=line, labels=read))
        return cls(records)

    def add(self, records: Iterable[LogRecord]) -> None:
        """Append records (they are served after the ones already held when times tie)."""
        self._records.extend(records)
        self._by_time = None

    def __len__(self) -> int:
        return len(self._records)

    def records(self) -> list[LogRecord]:
        """Every record held, in arrival order (a copy of the list)."""
        return list(self._records)

    def _sorted(self) -> tuple[list[LogRecord], list[int]]:
        if self._by_time is None:
            self._by_time = sorted(self._records, key=lambda r: r.ts)  # stable
            self._times = [r.ts for r in self._by_time]
        return self._by_time, self._times

    async def query(self, selector: Selector, *,
                    now_ns: int | None = None) -> AsyncIterator[LogRecord]:
        start, end = selector.window(now_ns)
        matchers = selector.matchers()
        filters = selector.line_filters()
        by_time, times = self._sorted()
        window: Iterable[LogRecord] = islice(by_time, bisect_left(times, start),
                                             bisect_left(times, end))
        if matchers or filters:
            window = (r for r in window if all(m.matches(r.labels) for m in matchers)
                      and all(f.matches(r.line) for f in filters))
        if selector.direction == "forward":  # the window is in forward order already
            hits = list(islice(window, selector.limit))
        else:
            hits = order_and_limit(list(window), selector)
        for r in hits:
            # copies: a caller changing a record must not change the source
            yield LogRecord(r.ts, dict(r.labels), r.line, r.level, r.message, dict(r.fields))

    async def labels(self) -> list[str]:
        return sorted({name for r in self._records for name in r.labels})

    async def label_values(self, name: str) -> list[str]:
        return sorted({r.labels[name] for r in self._records if name in r.labels})

    def describe(self) -> str:
        return f"memory:{len(self._records)} records"
