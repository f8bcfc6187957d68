"""Building the template index: one vector per (template, namespace, container).

Lines are normalized, their messages mined into templates (``retrieval.templates``), and
every (template, namespace, container) seen becomes one vector of the template text whose
metadata says what and where it is and when it was seen: ``template_id``, ``template`` (the
text: no Chroma document, whose second copy and full-text index nothing queries cost about a
quarter of each upsert), ``namespace``, ``container``, ``pod`` (the latest), ``pods`` (up to
20, comma-separated), ``node``, ``app``, ``severity``/``level`` (the strongest seen),
``first_seen``/``last_seen`` (ns) and ``count``. Concrete lines stay in the source; a
selected template is expanded back to them at query time.

Incremental, idempotent, resumable:

- the vector id is a hash of (template id, namespace, container), and the miner's state is
  kept, so the same template gets the same id in every run; an upsert never duplicates;
- a line counts for a vector only when its time is outside the ``[first_seen, last_seen]``
  the store already holds: re-reading lines already counted changes nothing, reading older
  or newer ones extends the range;
- only templates whose text the store does not hold yet are embedded, each distinct text once
  (an indexer keeps the vectors it made: the same text in another namespace or container is
  not embedded again), the others get a metadata update only when something changed;
- work is committed a page at a time and in order (store first, then the state file), so an
  interrupted run loses at most the pages not committed yet (the last three read: two
  being embedded, one mined; a failing source still lets the pages before commit) and a
  rerun repeats them without double counting;
- the state file (JSON, next to the store) holds the miner and, per selector, the time range
  already covered: a rerun over the same window starts where the last one ended.

A template that later generalizes (merges into an older one) is re-embedded under the
surviving id, and the vectors of the merged-away id are folded into it and deleted.

This module is the pipeline (``TemplateIndexer``); its parts live beside it:
``index_mining`` (normalize, mine, group a batch), ``index_metadata`` (vector ids and the
per-stream metadata merge), ``index_plan`` (plan and write one batch), ``index_state`` (the
state file and covered ranges), ``index_stats`` (the run's summary). The names other code
uses stay importable from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Collection, Iterable, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .embeddings import Embedder
from .errors import ConfigError
from .index_metadata import MAX_PODS, vector_id
from .index_mining import Mined, mine_batch, mining_text
from .index_plan import Batch, plan_batch, write_batch
from .index_state import STATE_VERSION, IndexState
from .index_stats import IndexStats, Progress
from .logql import render_logql
from .paging import DEFAULT_PAGE, pages_forward
from .records import LogRecord
from .selector import Selector
from .source import LogSource
from .template_text import embedding_key, embedding_text
from .templates import TemplateMiner
from .vectorstore import VectorStore

# the names other code imports from here (their homes are the index_* modules)
__all__ = ["MAX_PODS", "STATE_VERSION", "VECTOR_CACHE", "IndexState", "IndexStats", "Progress",
           "TemplateIndexer", "mining_text", "vector_id"]

VECTOR_CACHE = 50_000  # template texts whose vectors one indexer keeps


@dataclass(slots=True)
class _Pending:
    batch: Batch
    vectors: asyncio.Future[list[list[float]]] | None  # of batch.texts, being embedded
    miner_state: dict[str, Any]                         # the miner after this batch
    newest: int
    ready: bool = False                                 # its vectors are known (_embedded)


class TemplateIndexer:
    """Mines, embeds and upserts templates into ``store``; see the module docstring."""

    vector_cache = VECTOR_CACHE  # template texts whose vectors are kept (then all dropped)

    def __init__(self, store: VectorStore, embedder: Embedder, *,
                 state_path: Path | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.state_path = state_path
        self.state = IndexState.load(state_path)
        key = embedding_key(embedder.model)
        if self.state.embedding not in (None, key):
            raise ConfigError(
                f"the index of {state_path} holds vectors of {self.state.embedding!r}; this "
                f"indexer would add vectors of {key!r}, which do not compare with them: index "
                f"into another collection and state (LOGLENS_CHROMA_COLLECTION, "
                f"LOGLENS_INDEX_STATE), or remove both to rebuild", field="embedding_model")
        self.state.embedding = key  # an older state file did not say; from now on it does
        #: vectors of template texts embedded by this indexer: the same text in another
        #: namespace or container is not embedded again
        self._vectors: dict[str, list[float]] = {}

    @property
    def miner(self) -> TemplateMiner:
        return self.state.miner

    async def index(self, source: LogSource, selector: Selector, *, start_ns: int,
                    end_ns: int, page: int = DEFAULT_PAGE,
                    progress: Progress | None = None) -> IndexStats:
        """Index every line of ``selector`` in ``[start_ns, end_ns)``, a page at a time.

        The covered range of this selector becomes ``[start, newest line read]``: a later run
        over an overlapping window starts at that newest line (inclusive, never counted
        twice), so lines that arrive late with earlier times are not missed.

        Pages are committed one at a time and in order, each as if alone; work overlaps only
        where that changes nothing. A page is planned against the store as the page before
        will leave it (that page's texts count as embedded already) and its new texts go to
        the embedding thread as soon as it is planned, while the page before may still be
        embedded; the next page is read and mined while both are embedded, and only then is
        the older one committed (once its vectors are back) and the next one planned. Every
        embedding call gets the same texts as one page at a time would (the texts of one
        batch change each other's vectors).
        """
        t0 = time.perf_counter()
        stats = IndexStats()
        coverage = self.state.coverage(render_logql(selector), start_ns)
        if coverage.begin >= end_ns:
            stats.skipped_window = True
        #: planned and being embedded (or embedded), not written yet: at most two, oldest first
        queue: list[_Pending] = []

        def commit(done: _Pending) -> None:
            self._write(done.batch, stats)
            coverage.committed(done.newest)
            self.state.save(self.state_path, done.miner_state)
            if progress is not None:
                progress(stats, done.newest)

        async def commit_oldest() -> None:
            await self._embedded(queue[0])
            commit(queue.pop(0))

        pages = aiter(pages_forward(source, selector, start_ns=coverage.begin, end_ns=end_ns,
                                    page=page))
        try:
            while True:
                try:
                    records = await anext(pages)
                except StopAsyncIteration:
                    break
                except Exception:  # the source failed: keep the pages read before
                    while queue:
                        await commit_oldest()
                    raise
                mined = self._mine(records)  # while the pages before are embedded
                if len(queue) == 2:
                    await commit_oldest()
                before = queue[0] if queue else None  # planned against as written
                if before is not None and (len(self._vectors) + len(before.batch.texts)
                                           > self.vector_cache):
                    await self._embedded(before)  # the kept vectors are dropped: plan after
                batch = self._plan(mined, after=before.batch if before else None,
                                   embedding=() if before is None or before.ready
                                   else before.batch.texts)
                queue.append(_Pending(batch, self._embed_async(batch.texts),
                                      self.miner.to_state(), records[-1].ts))
            while queue:
                await commit_oldest()
        finally:
            for left in queue:  # an error elsewhere: no embedding left running
                if not left.ready and left.vectors is not None:
                    left.vectors.cancel()
                    with contextlib.suppress(BaseException):
                        await left.vectors
        coverage.finish(end_ns)
        self.state.save(self.state_path)
        stats.seconds = round(time.perf_counter() - t0, 3)
        return stats

    def add(self, records: Iterable[LogRecord], stats: IndexStats | None = None) -> IndexStats:
        """Mine and commit one batch of raw records (any order). Does not save the state."""
        stats = stats or IndexStats()
        batch = self._plan(self._mine(records))
        self._remember(batch, self._embed(batch.texts))
        self._write(batch, stats)
        return stats

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """The vectors of template texts (``template_text`` says what is embedded)."""
        return self.embedder.embed([embedding_text(t) for t in texts]) if texts else []

    def _embed_async(self, texts: list[str]) -> asyncio.Future[list[list[float]]] | None:
        if not texts:
            return None
        # submitted now (a task would only start at the next await that really suspends)
        return asyncio.get_running_loop().run_in_executor(None, self._embed, texts)

    async def _embedded(self, done: _Pending) -> None:
        if not done.ready:
            self._remember(done.batch, await done.vectors if done.vectors is not None else [])
            done.ready = True

    def _remember(self, batch: Batch, vectors: list[list[float]]) -> None:
        """Keep the vectors of ``batch.texts`` and give the batch the vectors it writes."""
        self._vectors.update(zip(batch.texts, vectors, strict=True))
        batch.vectors = [self._vectors[text] for _, _, text in batch.to_embed]

    def _mine(self, records: Iterable[LogRecord]) -> Mined:
        """Normalize and mine a batch (the garbage collector paused meanwhile)."""
        return mine_batch(self.miner, records)

    def _plan(self, mined: Mined, *, after: Batch | None = None,
              embedding: Collection[str] = ()) -> Batch:
        """``plan_batch`` against this indexer's store, miner and kept vectors; the texts
        being ``embedding`` count as kept (they are kept before this batch's are needed)."""
        if len(self._vectors) > self.vector_cache:
            self._vectors.clear()
        have: Set[str] = self._vectors.keys()
        if embedding:
            have = have | set(embedding)
        return plan_batch(mined, self.miner, self.store, have_vectors=have, after=after)

    def _write(self, batch: Batch, stats: IndexStats) -> None:
        write_batch(self.store, batch, stats)
