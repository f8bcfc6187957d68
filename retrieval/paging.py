"""Bulk reads through the ``LogSource`` seam: more lines than one API request may ask for.

A ``Selector`` from a user is capped at ``MAX_LIMIT`` lines. Indexing and the hybrid
prefilter read more, so they copy the selector with a larger ``limit`` (``model_copy`` does not
re-validate: the cap is the API's bound, not the sources'; every source honours any limit,
and ``LokiSource`` pages it through ``query_range`` itself) and walk the window page by page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from .records import Identity, LogRecord
from .selector import Selector
from .source import LogSource

DEFAULT_PAGE = 5000


def with_limit(selector: Selector, limit: int, **update: object) -> Selector:
    """``selector`` with ``limit`` (may exceed ``MAX_LIMIT``) and other fields replaced."""
    return selector.model_copy(update={"limit": max(1, limit), **update})


async def fetch(source: LogSource, selector: Selector, limit: int, *,
                now_ns: int | None = None) -> list[LogRecord]:
    """Up to ``limit`` records of ``selector`` in its direction, in one query."""
    return [r async for r in source.query(with_limit(selector, limit), now_ns=now_ns)]


async def pages_forward(source: LogSource, selector: Selector, *, start_ns: int, end_ns: int,
                        page: int = DEFAULT_PAGE) -> AsyncIterator[list[LogRecord]]:
    """Every record in ``[start_ns, end_ns)``, oldest first, ``page`` at a time.

    The next page starts at the last page's newest timestamp (inclusive) and drops the
    records already yielded there, so nothing is lost or repeated at a page boundary.
    """
    start = start_ns
    edge_ts: int | None = None
    edge: set[Identity] = set()
    while start < end_ns:
        want = page + len(edge)
        sel = with_limit(selector, want, start=start, end=end_ns, direction="forward")
        got = [r async for r in source.query(sel)]
        # only records at the edge's time can have been yielded already
        fresh = [r for r in got if r.ts != edge_ts or r.identity not in edge]
        if fresh:
            yield fresh
        if len(got) < want:
            return
        last = got[-1].ts
        keys = {r.identity for r in got if r.ts == last}
        if not fresh:  # a whole page at one ns, all seen: step past it or loop forever
            start, edge_ts, edge = last + 1, None, set()
            continue
        edge = edge | keys if last == edge_ts else keys
        edge_ts, start = last, max(start, last)
