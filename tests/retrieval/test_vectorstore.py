"""The VectorStore seam against real Chroma, embedded and as a server, and the in-memory one:
upsert by id, metadata-only updates, filtered search, errors translated."""

from __future__ import annotations

import pytest

from retrieval.errors import ConfigError, VectorStoreError, VectorStoreUnavailable
from retrieval.vectorstore import ChromaStore, MemoryVectorStore, matches
from tests.conftest import T0
from tests.retrieval.chroma_server import chroma_server
from tests.servers import free_port


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture(params=["memory", "persistent",
                        pytest.param("http", marks=pytest.mark.slow)])  # starts chroma run
def store(request, tmp_path):
    name = f"test-{request.node.name[-40:].replace('[', '-').replace(']', '')}"
    if request.param == "memory":
        return MemoryVectorStore()
    if request.param == "persistent":
        return ChromaStore.persistent(str(tmp_path / "chroma"), "templates")
    url = request.getfixturevalue("chroma_url")
    return ChromaStore.http(url, name.strip("-_")[:60] + "x")


def meta(ns, first, last, **extra):
    return {"namespace": ns, "first_seen": T0 + first, "last_seen": T0 + last, "count": 1,
            "template_id": extra.pop("tid", "T1"), **extra}


def test_upsert_get_query_and_filters(store):
    store.upsert(["a", "b", "c"], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.9, 0.1, 0.0]],
                 [meta("shop", 0, 10), meta("shop", 20, 30), meta("billing", 0, 30)],
                 ["cart OOMKilled", "checkout 503", "invoice failed"])
    assert store.count() == 3
    hits = store.query([1.0, 0.0, 0.0], 3)
    assert [h.id for h in hits][:2] == ["a", "c"] and hits[0].score == pytest.approx(1.0)
    assert hits[0].document == "cart OOMKilled" and hits[0].metadata["namespace"] == "shop"
    where = {"$and": [{"namespace": "shop"}, {"last_seen": {"$gte": T0 + 15}},
                      {"first_seen": {"$lt": T0 + 40}}]}
    assert [h.id for h in store.query([1.0, 0.0, 0.0], 3, where=where)] == ["b"]
    assert store.get(["a", "zz"])["a"][0]["first_seen"] == T0  # ns ints survive exactly
    assert set(store.get(where={"template_id": {"$in": ["T1"]}})) == {"a", "b", "c"}


def test_upsert_replaces_and_metadata_only_updates_keep_the_vector(store):
    store.upsert(["a"], [[1.0, 0.0]], [meta("shop", 0, 1)], ["x"])
    store.upsert(["a"], [[1.0, 0.0]], [meta("shop", 0, 1, count=5)], ["x"])
    store.upsert(["a"], None, [meta("shop", 0, 9, count=7)])
    assert store.count() == 1
    got, doc = store.get(["a"])["a"]
    assert got["count"] == 7 and got["last_seen"] == T0 + 9 and doc == "x"
    assert store.query([1.0, 0.0], 1)[0].score == pytest.approx(1.0)
    store.delete(["a"])
    assert store.count() == 0


def test_writes_larger_than_one_chroma_call_are_split(tmp_path):
    store = ChromaStore.persistent(str(tmp_path / "chroma"), "templates")
    assert store._max_batch() > 1000  # asked from Chroma once
    store._batch = 2  # as if Chroma took two records a call
    ids = [f"v{i}" for i in range(5)]
    store.upsert(ids, [[1.0, float(i)] for i in range(5)], [meta("shop", i, i) for i in range(5)],
                 [f"doc {i}" for i in range(5)])
    store.upsert(ids, None, [meta("shop", i, 9, count=i) for i in range(5)])
    got = store.get(ids)
    assert store.count() == 5 and [got[i][0]["count"] for i in ids] == [0, 1, 2, 3, 4]
    assert [got[i][1] for i in ids] == [f"doc {i}" for i in range(5)]


def test_dimension_mismatch_is_our_error(store):
    if isinstance(store, MemoryVectorStore):
        pytest.skip("the in-memory store has no fixed dimension")
    store.upsert(["a"], [[1.0, 0.0, 0.0]], [meta("shop", 0, 1)], ["x"])
    with pytest.raises(VectorStoreError):
        store.query([1.0, 0.0], 1)


def test_unreachable_server_is_unavailable_and_bad_url_is_config():
    with pytest.raises(VectorStoreUnavailable):
        ChromaStore.http(f"http://127.0.0.1:{free_port()}", "templates")
    with pytest.raises(ConfigError):
        ChromaStore.http("chroma:8000", "templates")


def test_where_subset_of_the_memory_store():
    m = {"namespace": "shop", "count": 3}
    assert matches(m, {"$or": [{"namespace": "x"}, {"count": {"$gt": 2}}]})
    assert not matches(m, {"namespace": {"$nin": ["shop"]}})
    with pytest.raises(VectorStoreError):
        matches(m, {"count": {"$regex": "x"}})
