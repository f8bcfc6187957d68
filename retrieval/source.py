"""The ``LogSource`` seam: one small interface, one module per implementation.

- ``retrieval.loki.LokiSource``: Grafana Loki over HTTP (cluster).
- ``retrieval.files.FileSource``: a directory of log files (the embedded default).
- ``retrieval.memory.MemorySource``: records held in memory (evaluation replay, tests).

Every implementation answers a ``Selector`` with Loki's semantics and yields raw
``LogRecord``s (``level`` unknown unless the source knows it); ``retrieval.normalize`` turns
them into parsed records. Sources raise only ``SourceError`` subclasses.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator

from .records import LogRecord
from .selector import Selector


class LogSource(abc.ABC):
    """A place logs can be fetched from."""

    #: short kind name for spans, metrics and the API response ("loki", "files", "memory")
    kind: str = "source"

    @abc.abstractmethod
    def query(self, selector: Selector, *, now_ns: int | None = None) -> AsyncIterator[LogRecord]:
        """Yield at most ``selector.limit`` records matching ``selector`` in its window,
        newest first for ``backward``, oldest first for ``forward``."""

    @abc.abstractmethod
    async def labels(self) -> list[str]:
        """Label names known to the source, sorted."""

    @abc.abstractmethod
    async def label_values(self, name: str) -> list[str]:
        """Values of one label, sorted."""

    async def ready(self) -> None:
        """Raise ``SourceUnavailable`` when the source cannot answer queries now."""

    def describe(self) -> str:
        """A short human description (``loki:http://...``, ``file:/var/log/...``)."""
        return self.kind

    async def aclose(self) -> None:
        """Release connections or files held by the source."""


def order_and_limit(records: list[LogRecord], selector: Selector) -> list[LogRecord]:
    """Sort records into the selector's direction and keep ``limit`` of them, as Loki does:
    backward keeps the newest, forward the oldest. Ties keep their arrival order."""
    records.sort(key=lambda r: r.ts, reverse=selector.direction == "backward")
    return records[: selector.limit]
