"""/v2/analyze (strategies), /v1/compare and the auto router, through the real app with the
scripted backend, a MemorySource and a real template index (hash embedder: no model)."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from analyzer.app import create_app
from analyzer.models_api import AnalyzeRequest
from analyzer.settings import Settings
from analyzer.strategies import route
from analyzer.vector_index import VectorIndex
from retrieval.embeddings import HashEmbedder
from retrieval.indexer import TemplateIndexer
from retrieval.selector import Selector
from retrieval.vectorstore import ChromaStore, MemoryVectorStore
from tests.conftest import T0, window
from tests.servers import free_port

QUESTION = "why was the cart container OOMKilled?"


@pytest.fixture
async def vindex(memory_source, tmp_path):
    store = ChromaStore.persistent(str(tmp_path / "chroma"), "templates")
    ix = TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "state.json")
    await ix.index(memory_source, Selector(default_filter=False), start_ns=T0 - 10**12,
                   end_ns=T0 + 10**12)
    return VectorIndex(store, HashEmbedder(), tmp_path / "state.json")


def settings(tmp_path, **kw):
    return Settings(backend="scripted", log_format="text", embedding_model="hash", mode="llm",
                    chroma_path=tmp_path / "empty-chroma", **kw)


@pytest.fixture
def client(memory_source, scripted, vindex, tmp_path, spans):
    provider, exporter = spans
    app = create_app(settings(tmp_path), source=memory_source, backend=scripted,
                     vector_index=vindex, tracer_provider=provider)
    with TestClient(app) as c:
        c.exporter = exporter
        yield c


def body(question=QUESTION, strategy="hybrid", **selector):
    return {"selector": {"namespace": "shop", **window(-600, 600), **selector},
            "question": question, "strategy": strategy}


def test_hybrid_ranks_by_the_question_and_says_so(client):
    r = client.post("/v2/analyze", json=body())
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["strategy"] == "hybrid" and "templates" in data["strategy_reason"]
    lines = [line["line"] for line in data["lines"]]
    # the prefilter has no error/warn filter: the INFO lines are candidates too
    assert any("OOMKilled" in line for line in lines)
    assert any("loaded catalog cache" in line for line in lines)
    assert data["stats"]["fetched"] == 6  # all of shop, not only trouble lines
    names = {s.name: s for s in client.exporter.get_finished_spans()}
    assert {"embed_query", "vector_search", "rank_logs"} <= set(names)
    assert names["vector_search"].attributes["vector.hits"] > 0
    assert names["embed_query"].attributes["embed.dim"] == 384
    assert names["rank_logs"].attributes["rank.strategy"] == "hybrid"
    assert names["rank_logs"].attributes["rank.semantic_hits"] > 0


def test_baseline_through_v2_is_v1(client):
    v2 = client.post("/v2/analyze", json=body(strategy="baseline")).json()
    v1 = client.post("/v1/analyze", json={k: v for k, v in body().items()
                                          if k != "strategy"}).json()
    assert v2["strategy"] == v1["strategy"] == "baseline" and v2["strategy_reason"] is None
    assert [x["line"] for x in v2["lines"]] == [x["line"] for x in v1["lines"]]


def test_no_question_falls_back_to_baseline_and_says_so(client):
    data = client.post("/v2/analyze", json=body(question=None)).json()
    assert data["strategy"] == "baseline"
    assert data["strategy_reason"] == "hybrid fell back to baseline: no question to search for"


def test_empty_or_unreachable_index_falls_back_never_500(memory_source, scripted, tmp_path):
    for extra in ({}, {"chroma_url": f"http://127.0.0.1:{free_port()}"}):
        app = create_app(settings(tmp_path, **extra), source=memory_source, backend=scripted)
        with TestClient(app) as c:
            r = c.post("/v2/analyze", json=body())
            assert r.status_code == 200, r.text
            reason = r.json()["strategy_reason"]
            assert r.json()["strategy"] == "baseline"
            assert ("empty" in reason) if not extra else ("unusable" in reason), reason


def test_stream_carries_the_strategy_in_retrieved(client):
    with client.stream("POST", "/v2/analyze/stream", json=body(strategy="auto")) as r:
        text = "".join(r.iter_text())
    first = text.split("\n\n")[0].split("\n")
    assert first[0] == "event: retrieved"
    data = json.loads(first[1].removeprefix("data: "))
    assert data["strategy"] == "baseline"  # a 20 min window is time-bounded
    assert data["strategy_reason"].startswith("auto chose baseline: time-bounded")


def test_compare_runs_both_side_by_side(client):
    r = client.post("/v1/compare", json={k: v for k, v in body().items() if k != "strategy"})
    assert r.status_code == 200, r.text
    data = r.json()
    assert set(data["results"]) == {"baseline", "hybrid"}
    assert data["results"]["hybrid"]["strategy"] == "hybrid"
    assert data["elapsed_ms"]["baseline"] > 0 and data["elapsed_ms"]["hybrid"] > 0
    assert 0 < data["common_lines"] <= len(data["results"]["baseline"]["lines"])


def test_unknown_strategy_is_a_422(client):
    r = client.post("/v2/analyze", json=body(strategy="magic"))
    assert r.status_code == 422 and r.json()["field"] == "strategy"


NOW = T0 + 10**13


@pytest.mark.parametrize(("selector", "question", "choice", "why"), [
    ({"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p"}, "why?", "baseline", "pod-specific"),
    ({"namespace": "shop", "pod": {"regex": "cart-.*"}}, "why?", "baseline", "pod pattern"),
    ({"namespace": "shop", "start": "30m"}, "why?", "baseline", "time-bounded"),
    ({"namespace": "shop"}, None, "baseline", "no question"),
    ({"namespace": "shop", "filters": [{"op": "|=", "value": "x"}]}, "why?", "baseline",
     "line filters"),
    ({"namespace": "shop"}, "why are checkouts failing?", "hybrid", "open question"),
    ({"namespace": "shop", "start": "24h"}, "what is wrong?", "hybrid", "open question"),
])
def test_auto_routes_pod_or_time_bounded_to_baseline_and_open_questions_to_hybrid(
        selector, question, choice, why):
    picked, reason = route(AnalyzeRequest(selector=selector, question=question), NOW)
    assert picked == choice and why in reason


async def test_the_analyzer_keeps_its_old_constructor(memory_source, scripted):
    from analyzer.pipeline import Analyzer
    from analyzer.prompts import Prompts

    analyzer = Analyzer(source=memory_source, backend=scripted, prompts=Prompts.load())
    result = await analyzer.analyze(AnalyzeRequest(selector={"namespace": "shop", **window()},
                                                   question=QUESTION), strategy="hybrid")
    assert result.strategy == "baseline"
    assert result.strategy_reason == ("hybrid fell back to baseline: no vector index is "
                                      "configured")


async def test_an_in_memory_index_works_too(memory_source, scripted):
    from analyzer.pipeline import Analyzer
    from analyzer.prompts import Prompts

    store = MemoryVectorStore()
    ix = TemplateIndexer(store, HashEmbedder())
    await ix.index(memory_source, Selector(default_filter=False), start_ns=T0 - 10**12,
                   end_ns=T0 + 10**12)
    vindex = VectorIndex(store, HashEmbedder())
    vindex.set_miner(ix.miner)
    analyzer = Analyzer(source=memory_source, backend=scripted, prompts=Prompts.load(),
                        vector_index=vindex, strategy="auto")
    t = time.perf_counter()
    result = await analyzer.analyze(AnalyzeRequest(selector={"namespace": "shop"},
                                                   question="disk quota?"))
    assert time.perf_counter() - t < 5
    assert result.strategy == "hybrid" and result.strategy_reason.startswith("auto chose hybrid")
