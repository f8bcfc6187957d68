"""Hybrid retrieval's pure parts: reciprocal-rank fusion, the where filter, the join of lines
to templates, expansion selectors, bulk paging; and the real MiniLM finding the OOM template."""

from __future__ import annotations

import pytest

from retrieval.embeddings import HashEmbedder, create_embedder
from retrieval.hybrid import (
    expansion_selector,
    fuse,
    longest_constant,
    record_key,
    rrf,
    where_for,
)
from retrieval.indexer import TemplateIndexer, vector_id
from retrieval.memory import MemorySource
from retrieval.normalize import normalize_records
from retrieval.paging import pages_forward
from retrieval.records import Level, LogRecord
from retrieval.selector import Selector
from retrieval.vectorstore import ChromaStore, Hit, MemoryVectorStore
from tests.conftest import T0


def test_rrf_sums_reciprocal_ranks_with_weights():
    fused = rrf({"a": ["x", "y", "z"], "b": ["y", "x"]}, k=60)
    assert [key for key, _ in fused] == ["x", "y", "z"]  # tie x/y: first appearance wins
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[2][1] == pytest.approx(1 / 63)
    weighted = rrf({"a": ["x", "y"], "b": ["y"]}, k=1, weights={"a": 1.0, "b": 2.0})
    assert [key for key, _ in weighted] == ["y", "x"]
    assert rrf({}) == [] and rrf({"a": []}) == []
    assert [k for k, _ in rrf({"a": ["x"], "ignored": ["y"]}, weights={"a": 1})] == ["x", "y"]


def rec(ts, line, level=Level.INFO, container="cart"):
    return LogRecord(ts=T0 + ts, labels={"namespace": "shop", "container": container},
                     line=line, level=level)


def hit(id_, **meta):
    return Hit(id_, 0.9, meta, meta.get("template", ""))


def test_fuse_puts_the_semantic_match_first_and_keeps_lines_newest_first():
    records = [rec(1, "a"), rec(2, "b", Level.ERROR), rec(3, "c"), rec(4, "a2"), rec(5, "d")]
    keys = ["A", "B", "C", "A", "D"]
    fused = fuse(records, keys, [hit("C"), hit("A"), hit("missing")])
    assert fused.keys[0] == "C" and fused.semantic_hits == 2
    assert fused.ranking[:3] == [2, 3, 0]  # C, then A's lines newest first
    assert sorted(fused.ranking) == list(range(5))
    # without hits it is severity and recency: the ERROR first, then the newest
    plain = fuse(records, keys, [])
    assert plain.keys[0] == "B" and plain.keys[1] == "D"


def test_where_filters_namespace_container_and_time_but_not_regexes():
    w = where_for(Selector(namespace="shop", container={"regex": "c.*"}), 10, 20)
    assert w == {"$and": [{"last_seen": {"$gte": 10}}, {"first_seen": {"$lt": 20}},
                          {"namespace": "shop"}]}


def test_lines_join_their_template_vector():
    ix = TemplateIndexer(MemoryVectorStore(), HashEmbedder())
    ix.add([rec(i, f"Container cart was OOMKilled (exit code 137) pid {i}") for i in range(3)])
    (tid,) = [c.id for c in ix.miner.templates()]
    line = normalize_records([rec(9, "Container cart was OOMKilled (exit code 137) pid 77")])[0]
    assert record_key(line, ix.miner) == vector_id(tid, "shop", "cart")
    other = normalize_records([rec(9, "something else entirely")])[0]
    assert record_key(other, ix.miner) == "line:something else entirely"


def test_expansion_selects_the_template_lines_in_scope():
    assert longest_constant("Container <*> was OOMKilled (exit code <*>)") == \
        "was OOMKilled (exit code"
    assert longest_constant("<*>") == ""
    sel = expansion_selector(Selector(namespace="shop", start=T0, end=T0 + 10**12),
                             hit("X", namespace="shop", container="cart",
                                 template="Container <*> was OOMKilled (exit code <*>)"))
    assert sel.container == "cart" and not sel.default_filter and sel.limit == 5
    assert sel.filters[-1].value == "was OOMKilled (exit code"


async def test_forward_pages_cover_the_window_once_even_across_equal_timestamps():
    records = [rec(i // 3, f"line {i}") for i in range(50)]  # three lines per ns
    seen = []
    async for page in pages_forward(MemorySource(records), Selector(default_filter=False),
                                    start_ns=T0, end_ns=T0 + 100, page=4):
        seen.extend(r.line for r in page)
    assert sorted(seen) == sorted(r.line for r in records) and len(seen) == 50


@pytest.mark.slow
async def test_minilm_semantic_search_finds_the_oom_template(tmp_path):
    from tests.conftest import INCIDENT

    records = [LogRecord(ts=T0 + s * 10**9, labels=dict(labels), line=line)
               for s, labels, line in INCIDENT]
    records += [rec(40 + i, f"GET /api/items/{i} 200 in {i}ms") for i in range(20)]
    store = ChromaStore.persistent(str(tmp_path / "chroma"), "templates")
    embedder = create_embedder("minilm", threads=1)
    ix = TemplateIndexer(store, embedder)
    await ix.index(MemorySource(records), Selector(default_filter=False), start_ns=T0,
                   end_ns=T0 + 10**12)
    q = embedder.embed_query("why is memory exceeded")
    hits = store.query(q, 8, where=where_for(Selector(namespace="shop"), T0, T0 + 10**12))
    docs = [str(h.metadata["template"]) for h in hits]
    # the memory templates come first: "heap usage high" may tie with the OOM kill
    assert any("OOMKilled" in d for d in docs[:2]), docs
    assert not any("GET" in d or "reservation" in d for d in docs[:2]), docs
