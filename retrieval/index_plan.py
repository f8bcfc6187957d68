"""Planning and committing one mined batch: which vectors are new (embedded), which changed
text (re-embedded), which only get new metadata, which were folded away; and writing that
plan to the store. A batch can be planned against the store as a batch planned before it
(not written yet) will leave it, so writing one overlaps with embedding the next."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field

from .index_metadata import merge_snapshots, stream_metadata, vector_id
from .index_mining import Mined
from .index_stats import IndexStats
from .templates import TemplateMiner
from .vectorstore import Metadata, VectorStore


@dataclass(slots=True)
class Batch:
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


def plan_batch(mined: Mined, miner: TemplateMiner, store: VectorStore, *,
               have_vectors: Set[str], after: Batch | None = None) -> Batch:
    """What committing a mined batch writes, from what the store holds once ``after`` (a
    batch planned but not written yet) is written; the texts to embed are the new ones
    not in ``have_vectors`` (the texts whose vectors the caller keeps)."""
    aggs, new_aliases = mined.aggs, mined.aliases
    batch = Batch(lines=mined.lines)
    folded, batch.folded_ids = (folded_snapshots(new_aliases, miner, store, after)
                                if new_aliases else ({}, []))
    ids = {vector_id(*key): key for key in aggs}
    wanted = sorted(set(ids) | set(folded))
    stored = after_write(store.get(wanted), after, wanted=set(wanted)) if wanted else {}
    to_embed, meta_only = batch.to_embed, batch.meta_only
    for vid in wanted:
        before = stored.get(vid)
        snap = merge_snapshots(before[0] if before else None, folded.get(vid, []))
        if vid in ids:
            key = ids[vid]
            text = miner.template(key[0])
            meta = stream_metadata(key, aggs[key], snap, text)
        elif snap is not None:  # a survivor this batch did not see: only the fold
            text = miner.template(str(snap["template_id"]))
            meta = {**snap, "template": text}
        else:  # pragma: no cover - folded always holds at least one snapshot
            continue
        if before is None:
            batch.new += 1
            to_embed.append((vid, meta, text))
            continue
        batch.known += 1
        if before[0].get("template") != text:  # the text it was embedded from
            batch.changed += 1
            to_embed.append((vid, meta, text))
        elif meta != before[0]:
            meta_only.append((vid, meta))
    batch.texts = sorted({text for _, _, text in to_embed} - have_vectors)
    return batch


def folded_snapshots(aliases: set[str], miner: TemplateMiner, store: VectorStore,
                     after: Batch | None) -> tuple[dict[str, list[Metadata]], list[str]]:
    """Metadata of vectors whose template was merged away, by their survivor's id, and
    the ids of those vectors."""
    found = after_write(store.get(where={"template_id": {"$in": sorted(aliases)}}), after,
                        template_ids=aliases)
    out: dict[str, list[Metadata]] = {}
    for meta, _ in found.values():
        survivor = miner.resolve(str(meta.get("template_id", "")))
        key = vector_id(survivor, str(meta.get("namespace", "")),
                        str(meta.get("container", "")))
        out.setdefault(key, []).append({**meta, "template_id": survivor})
    return out, sorted(found)


def after_write(got: dict[str, tuple[Metadata, str]], batch: Batch | None, *,
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


def write_batch(store: VectorStore, batch: Batch, stats: IndexStats) -> None:
    """Commit a planned batch whose vectors are known (``batch.vectors``) to the store."""
    to_embed, meta_only = batch.to_embed, batch.meta_only
    if to_embed:  # one call per page: every write to a store has a fixed cost
        store.upsert([v for v, _, _ in to_embed], batch.vectors, [m for _, m, _ in to_embed])
    if meta_only:
        store.upsert([v for v, _ in meta_only], None, [m for _, m in meta_only])
    if batch.folded_ids:  # their counts now live in the survivors
        store.delete(batch.folded_ids)
    stats.lines_read += batch.lines
    stats.pages += 1
    stats.templates_new += batch.new
    stats.templates_known += batch.known
    stats.templates_changed += batch.changed
    stats.embedded += len(batch.texts)
    stats.vectors_written += len(to_embed) + len(meta_only)
    stats.folded += len(batch.folded_ids)
