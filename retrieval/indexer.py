"""Building the template index: one vector per (template, namespace, container).

Lines are normalized, their messages mined into templates (``retrieval.templates``), and
every (template, namespace, container) seen becomes one vector whose document is the template
text and whose metadata says where and when it was seen: ``template_id``, ``template``,
``namespace``, ``container``, ``pod`` (the latest), ``pods`` (up to 20, comma-separated),
``node``, ``app``, ``severity``/``level`` (the strongest seen), ``first_seen``/``last_seen``
(ns) and ``count``. Concrete lines stay in the source; a selected template is expanded back
to them at query time.

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
  interrupted run loses at most the pages not committed yet (the one being embedded and the
  one being read; a failing source still lets the page before commit) and a rerun repeats
  them without double counting;
- the state file (JSON, next to the store) holds the miner and, per selector, the time range
  already covered: a rerun over the same window starts where the last one ended.

A template that later generalizes (merges into an older one) is re-embedded under the
surviving id, and the vectors of the merged-away id are folded into it and deleted.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .embeddings import Embedder
from .errors import ConfigError
from .logql import render_logql
from .normalize import normalize_records
from .paging import DEFAULT_PAGE, pages_forward
from .records import Level, LogRecord
from .selector import Selector
from .source import LogSource
from .templates import TemplateMiner
from .vectorstore import Metadata, VectorStore

STATE_VERSION = 1
MAX_PODS = 20
VECTOR_CACHE = 50_000  # template texts whose vectors one indexer keeps


def mining_text(record: LogRecord) -> str:
    """What is mined of a normalized record: its message's first line (else the line's)."""
    text = record.message or record.line
    return text.partition("\n")[0].strip() or record.line[:200]


def vector_id(template_id: str, namespace: str, container: str) -> str:
    key = f"{template_id}\x1f{namespace}\x1f{container}".encode()
    return hashlib.blake2b(key, digest_size=10).hexdigest()


@dataclass(slots=True)
class IndexStats:
    lines_read: int = 0
    pages: int = 0
    templates_new: int = 0      # vectors that did not exist before
    templates_known: int = 0    # vectors that existed (updated or not)
    templates_changed: int = 0  # known vectors re-embedded because their template generalized
    vectors_written: int = 0    # upserts and metadata updates
    embedded: int = 0           # texts sent to the embedder
    folded: int = 0             # vectors of merged-away templates folded into survivors
    seconds: float = 0.0
    skipped_window: bool = False  # the whole window was covered already

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class _Agg:
    namespace: str
    container: str
    pods: dict[str, int] = field(default_factory=dict)  # pod -> latest ts
    node: str = ""
    app: str = ""
    level: int = 0
    times: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, namespace: str, container: str, records: list[LogRecord]) -> _Agg:
        """The aggregate of records in the order read: the node and app of the last one
        that says, the strongest level, the latest time of every pod, every time."""
        pods: dict[str, int] = {}
        node = ""
        for record in records:
            labels = record.labels
            pod = labels.get("pod", "")
            if pod:
                pods[pod] = max(pods.get(pod, 0), record.ts)
            node = labels.get("node", node)
        return cls(namespace, container, pods, node, records[-1].workload,
                   max(int(r.level) for r in records), [r.ts for r in records])


@dataclass(slots=True)
class _Mined:
    aggs: dict[tuple[str, str, str], _Agg]  # by (surviving template id, namespace, container)
    aliases: set[str]                         # template ids merged away while mining
    lines: int


@dataclass(slots=True)
class _Batch:
    """What committing one mined batch writes."""

    lines: int
    to_embed: list[tuple[str, Metadata, str]] = field(default_factory=list)  # (id, meta, text)
    meta_only: list[tuple[str, Metadata]] = field(default_factory=list)
    folded_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)      # the texts to embed, each once
    vectors: list[list[float]] = field(default_factory=list)  # of to_embed, once embedded
    new: int = 0
    known: int = 0
    changed: int = 0


@dataclass(slots=True)
class _Pending:
    batch: _Batch
    vectors: asyncio.Future[list[list[float]]] | None  # of batch.texts, being embedded
    miner_state: dict[str, Any]                         # the miner after this batch
    newest: int


class IndexState:
    """The miner and the covered time ranges, as one JSON file (written atomically)."""

    def __init__(self, miner: TemplateMiner | None = None,
                 covered: dict[str, list[int]] | None = None) -> None:
        self.miner = miner or TemplateMiner()
        self.covered = covered or {}

    @classmethod
    def load(cls, path: Path | None) -> IndexState:
        if path is None or not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            return cls(TemplateMiner.from_state(data["miner"]),
                       {k: [int(v[0]), int(v[1])] for k, v in data["covered"].items()})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"cannot read the index state {path}: {exc}") from exc

    def save(self, path: Path | None, miner_state: dict[str, Any] | None = None) -> None:
        """Write the state; ``miner_state`` is a ``to_state()`` taken earlier (else now)."""
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        doc = {"version": STATE_VERSION, "covered": self.covered,
               "miner": miner_state if miner_state is not None else self.miner.to_state()}
        tmp.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
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


Progress = Callable[[IndexStats, int], None]  # (stats so far, ts of the newest line read)


class TemplateIndexer:
    """Mines, embeds and upserts templates into ``store``; see the module docstring."""

    def __init__(self, store: VectorStore, embedder: Embedder, *,
                 state_path: Path | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.state_path = state_path
        self.state = IndexState.load(state_path)
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
        where that changes nothing: a page's new texts are embedded in a thread while the
        next page is read and mined, and the next page is planned against the store as the
        page before will leave it, so that page's writes overlap with the next embedding.
        """
        t0 = time.perf_counter()
        stats = IndexStats()
        key = render_logql(selector)
        old = self.state.covered.get(key)
        overlaps = old is not None and start_ns <= old[1]
        contiguous = old is not None and old[0] <= start_ns <= old[1]
        begin = max(start_ns, old[1]) if old is not None and contiguous else start_ns
        lo = min(start_ns, old[0]) if old is not None and overlaps else start_ns
        hi = old[1] if old is not None and overlaps else start_ns
        if begin >= end_ns:
            stats.skipped_window = True
        pending: _Pending | None = None  # planned, being embedded, not written yet

        def commit(done: _Pending) -> None:
            nonlocal hi
            self._write(done.batch, stats)
            hi = max(hi, done.newest)
            if old is None or contiguous:  # the covered range grows without a gap
                self.state.covered[key] = [lo, hi]
            self.state.save(self.state_path, done.miner_state)
            if progress is not None:
                progress(stats, done.newest)

        pages = aiter(pages_forward(source, selector, start_ns=begin, end_ns=end_ns, page=page))
        try:
            while True:
                try:
                    records = await anext(pages)
                except StopAsyncIteration:
                    break
                except Exception:  # the source failed: keep the page read before
                    if pending is not None:
                        done, pending = pending, None
                        await self._embedded(done)
                        commit(done)
                    raise
                mined = self._mine(records)  # while the page before is embedded
                before, pending = pending, None
                if before is not None:
                    await self._embedded(before)
                batch = self._plan(mined, after=before.batch if before else None)
                pending = _Pending(batch, self._embed_async(batch.texts), self.miner.to_state(),
                                   records[-1].ts)
                if before is not None:
                    commit(before)  # while this page is embedded
            if pending is not None:
                done, pending = pending, None
                await self._embedded(done)
                commit(done)
        finally:
            if pending is not None and pending.vectors is not None:  # an error elsewhere
                pending.vectors.cancel()
                with contextlib.suppress(BaseException):
                    await pending.vectors
        if old is None or end_ns >= old[0]:  # else an older, disjoint window: keep the newer
            self.state.covered[key] = [lo, hi]
        self.state.save(self.state_path)
        stats.seconds = round(time.perf_counter() - t0, 3)
        return stats

    def add(self, records: Iterable[LogRecord], stats: IndexStats | None = None) -> IndexStats:
        """Mine and commit one batch of raw records (any order). Does not save the state."""
        stats = stats or IndexStats()
        batch = self._plan(self._mine(records))
        self._remember(batch, self.embedder.embed(batch.texts) if batch.texts else [])
        self._write(batch, stats)
        return stats

    def _embed_async(self, texts: list[str]) -> asyncio.Future[list[list[float]]] | None:
        if not texts:
            return None
        # submitted now (a task would only start at the next await that really suspends)
        return asyncio.get_running_loop().run_in_executor(None, self.embedder.embed, texts)

    async def _embedded(self, done: _Pending) -> None:
        self._remember(done.batch, await done.vectors if done.vectors is not None else [])

    def _remember(self, batch: _Batch, vectors: list[list[float]]) -> None:
        """Keep the vectors of ``batch.texts`` and give the batch the vectors it writes."""
        self._vectors.update(zip(batch.texts, vectors, strict=True))
        batch.vectors = [self._vectors[text] for _, _, text in batch.to_embed]

    @_gc_paused()
    def _mine(self, records: Iterable[LogRecord]) -> _Mined:
        """Normalize and mine a batch: its (template, namespace, container) aggregates."""
        aliases_before = set(self.miner.aliases)
        batch = normalize_records(records)
        mine = self.miner.add
        groups: dict[tuple[str, str, str], list[LogRecord]] = {}
        for record in batch:
            labels = record.labels
            key = (mine(mining_text(record)).template_id, labels.get("namespace", ""),
                   labels.get("container", ""))
            group = groups.get(key)
            if group is None:
                groups[key] = [record]
            else:
                group.append(record)
        aggs = {key: _Agg.of(key[1], key[2], group) for key, group in groups.items()}
        return _Mined(self._resolved(aggs), set(self.miner.aliases) - aliases_before,
                      len(batch))

    def _resolved(self, aggs: dict[tuple[str, str, str], _Agg]
                  ) -> dict[tuple[str, str, str], _Agg]:
        out: dict[tuple[str, str, str], _Agg] = {}
        for (tid, ns, container), agg in aggs.items():
            key = (self.miner.resolve(tid), ns, container)
            have = out.get(key)
            if have is None:
                out[key] = agg
                continue
            for pod, ts in agg.pods.items():
                have.pods[pod] = max(have.pods.get(pod, 0), ts)
            have.level = max(have.level, agg.level)
            have.times.extend(agg.times)
            have.node = agg.node or have.node
        return out

    def _plan(self, mined: _Mined, *, after: _Batch | None = None) -> _Batch:
        """What committing a mined batch writes, from what the store holds once ``after`` (a
        batch planned but not written yet) is written; the texts to embed are the new ones
        this indexer has no vector for."""
        aggs, new_aliases = mined.aggs, mined.aliases
        batch = _Batch(lines=mined.lines)
        folded, batch.folded_ids = (self._folded(new_aliases, after) if new_aliases
                                    else ({}, []))
        ids = {vector_id(*key): key for key in aggs}
        wanted = sorted(set(ids) | set(folded))
        stored = _after(self.store.get(wanted), after, wanted=set(wanted)) if wanted else {}
        to_embed, meta_only = batch.to_embed, batch.meta_only
        for vid in wanted:
            before = stored.get(vid)
            snap = _merge_snapshots(before[0] if before else None, folded.get(vid, []))
            if vid in ids:
                key = ids[vid]
                text = self.miner.template(key[0])
                meta = _metadata(key, aggs[key], snap, text)
            elif snap is not None:  # a survivor this batch did not see: only the fold
                text = self.miner.template(str(snap["template_id"]))
                meta = {**snap, "template": text}
            else:  # pragma: no cover - folded always holds at least one snapshot
                continue
            if before is None:
                batch.new += 1
                to_embed.append((vid, meta, text))
                continue
            batch.known += 1
            if before[1] != text:
                batch.changed += 1
                to_embed.append((vid, meta, text))
            elif meta != before[0]:
                meta_only.append((vid, meta))
        if len(self._vectors) > VECTOR_CACHE:
            self._vectors.clear()
        batch.texts = sorted({text for _, _, text in to_embed} - self._vectors.keys())
        return batch

    def _folded(self, aliases: set[str], after: _Batch | None
                ) -> tuple[dict[str, list[Metadata]], list[str]]:
        """Metadata of vectors whose template was merged away, by their survivor's id, and
        the ids of those vectors."""
        found = _after(self.store.get(where={"template_id": {"$in": sorted(aliases)}}), after,
                       template_ids=aliases)
        out: dict[str, list[Metadata]] = {}
        for meta, _ in found.values():
            survivor = self.miner.resolve(str(meta.get("template_id", "")))
            key = vector_id(survivor, str(meta.get("namespace", "")),
                            str(meta.get("container", "")))
            out.setdefault(key, []).append({**meta, "template_id": survivor})
        return out, sorted(found)

    def _write(self, batch: _Batch, stats: IndexStats) -> None:
        """Commit a planned batch whose vectors are known (``_remember``) to the store."""
        to_embed, meta_only = batch.to_embed, batch.meta_only
        if to_embed:  # one call per page: every write to a store has a fixed cost
            self.store.upsert([v for v, _, _ in to_embed], batch.vectors,
                              [m for _, m, _ in to_embed], [t for _, _, t in to_embed])
        if meta_only:
            self.store.upsert([v for v, _ in meta_only], None, [m for _, m in meta_only])
        if batch.folded_ids:  # their counts now live in the survivors
            self.store.delete(batch.folded_ids)
        stats.lines_read += batch.lines
        stats.pages += 1
        stats.templates_new += batch.new
        stats.templates_known += batch.known
        stats.templates_changed += batch.changed
        stats.embedded += len(batch.texts)
        stats.vectors_written += len(to_embed) + len(meta_only)
        stats.folded += len(batch.folded_ids)


def _after(got: dict[str, tuple[Metadata, str]], batch: _Batch | None, *,
           wanted: set[str] | None = None, template_ids: set[str] | None = None
           ) -> dict[str, tuple[Metadata, str]]:
    """What a ``store.get`` for ``wanted`` ids (or for vectors of ``template_ids``) answers
    once ``batch`` is written, from what it answered before."""
    if batch is None:
        return got
    for vid in batch.folded_ids:
        got.pop(vid, None)
    written = [*batch.to_embed, *((vid, meta, str(meta["template"]))
                                  for vid, meta in batch.meta_only)]
    for vid, meta, text in written:
        asked = vid in wanted if wanted is not None else meta["template_id"] in (
            template_ids or set())
        if asked:
            got[vid] = (meta, text)
    return got


def _merge_snapshots(stored: Metadata | None, folded: list[Metadata]) -> Metadata | None:
    """The stored metadata of a vector with the metadata of vectors folded into it."""
    metas = ([stored] if stored else []) + folded
    if not metas:
        return None
    out = dict(metas[0])
    for m in metas[1:]:
        out["count"] = int(out.get("count", 0)) + int(m.get("count", 0))
        out["first_seen"] = min(int(out["first_seen"]), int(m["first_seen"]))
        out["last_seen"] = max(int(out["last_seen"]), int(m["last_seen"]))
        out["level"] = max(int(out.get("level", 0)), int(m.get("level", 0)))
        pods = set(str(out.get("pods", "")).split(",")) | set(str(m.get("pods", "")).split(","))
        out["pods"] = ",".join(sorted(p for p in pods if p)[:MAX_PODS])
    out["severity"] = Level(int(out.get("level", 0))).label
    return out


def _metadata(key: tuple[str, str, str], agg: _Agg, snap: Metadata | None,
              text: str) -> Metadata:
    tid, ns, container = key
    if snap is None:
        first, last, count, level = min(agg.times), max(agg.times), len(agg.times), agg.level
        pods: set[str] = set()
        pod, node = "", ""
    else:
        first, last = int(snap["first_seen"]), int(snap["last_seen"])
        fresh = [t for t in agg.times if t < first or t > last]  # not counted yet
        count = int(snap.get("count", 0)) + len(fresh)
        level = max(int(snap.get("level", 0)), agg.level)
        first, last = min([first, *fresh]), max([last, *fresh])
        pods = {p for p in str(snap.get("pods", "")).split(",") if p}
        pod, node = str(snap.get("pod", "")), str(snap.get("node", ""))
    latest = max(agg.pods.items(), key=lambda kv: kv[1])[0] if agg.pods else pod
    if snap is not None and agg.pods and max(agg.pods.values()) < int(snap["last_seen"]):
        latest = pod or latest
    pods |= set(agg.pods)
    return {"template_id": tid, "template": text, "namespace": ns, "container": container,
            "pod": latest, "pods": ",".join(sorted(pods)[:MAX_PODS]),
            "node": agg.node or node, "app": agg.app, "level": level,
            "severity": Level(level).label, "first_seen": first, "last_seen": last,
            "count": count}
