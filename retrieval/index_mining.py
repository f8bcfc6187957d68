"""Mining one batch of records for the index: normalize, mine each line's text into a
template and group the lines by (surviving template, namespace, container)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .index_metadata import StreamAgg, StreamKey
from .normalize import normalize_records
from .records import LogRecord
from .templates import TemplateMiner


def mining_text(record: LogRecord) -> str:
    """What is mined of a normalized record: its message's first line (else the line's)."""
    text = record.message or record.line
    return text.partition("\n")[0].strip() or record.line[:200]


@dataclass(slots=True)
class Mined:
    aggs: dict[StreamKey, StreamAgg]  # by (surviving template id, namespace, container)
    aliases: set[str]                 # template ids merged away while mining
    lines: int


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a page is mined: it allocates many objects and
    makes no cycles, and a collection would also walk every object already alive (the
    pages a source holds); the collector runs again, as before, right after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@gc_paused()
def mine_batch(miner: TemplateMiner, records: Iterable[LogRecord]) -> Mined:
    """Normalize and mine a batch into ``miner``: its (template, namespace, container)
    aggregates."""
    aliases_before = set(miner.aliases)
    batch = normalize_records(records)
    mine = miner.add
    groups: dict[StreamKey, list[LogRecord]] = {}
    for record in batch:
        labels = record.labels
        key = (mine(mining_text(record)).template_id, labels.get("namespace", ""),
               labels.get("container", ""))
        group = groups.get(key)
        if group is None:
            groups[key] = [record]
        else:
            group.append(record)
    aggs = {key: StreamAgg.of(key[1], key[2], group) for key, group in groups.items()}
    return Mined(resolved(miner, aggs), set(miner.aliases) - aliases_before, len(batch))


def resolved(miner: TemplateMiner, aggs: dict[StreamKey, StreamAgg]
             ) -> dict[StreamKey, StreamAgg]:
    """``aggs`` keyed by surviving template ids: those of merged-away ids join their
    survivor's."""
    out: dict[StreamKey, StreamAgg] = {}
    for (tid, ns, container), agg in aggs.items():
        key = (miner.resolve(tid), ns, container)
        have = out.get(key)
        if have is None:
            out[key] = agg
        else:
            have.absorb(agg)
    return out
