"""Embedders: the hash embedder's contract (fast tests), the shipped MiniLM and its int8 ONNX
export (slow: real models, offline)."""

from __future__ import annotations

import math

import pytest

from retrieval.embeddings import (
    HashEmbedder,
    SentenceTransformerEmbedder,
    create_embedder,
    resolve_model_path,
)
from retrieval.errors import ConfigError


def cos(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_hash_embedder_is_deterministic_unit_length_and_lexical():
    e = HashEmbedder()
    a, b, c = e.embed(["Container cart was OOMKilled", "cart OOMKilled again",
                       "disk quota exceeded"])
    assert len(a) == e.dim == 384
    assert math.isclose(math.sqrt(sum(x * x for x in a)), 1.0, rel_tol=1e-9)
    assert e.embed(["Container cart was OOMKilled"])[0] == a
    assert cos(a, b) > cos(a, c)
    assert e.embed([]) == []


def test_models_are_named_or_local_paths(tmp_path):
    assert isinstance(create_embedder("hash"), HashEmbedder)
    with pytest.raises(ConfigError, match="bge-small-en-v1.5"):
        resolve_model_path("BAAI/bge-small-en-v1.5")
    with pytest.raises(ConfigError, match="no sentence-transformers model"):
        resolve_model_path(str(tmp_path))
    with pytest.raises(ConfigError, match="embedding backend"):
        create_embedder("minilm", "tensorflow")
    with pytest.raises(ConfigError, match="WORKERS=2 needs the onnx backend") as err:
        create_embedder("minilm", "torch", workers=2)
    assert err.value.field == "embedding_workers"
    assert isinstance(create_embedder("hash", workers=2), HashEmbedder)  # nothing to run at once


def test_minilm_resolves_to_the_shipped_directory_without_loading():
    path = resolve_model_path("minilm")
    assert (path / "config.json").is_file()
    e = create_embedder("minilm")
    assert isinstance(e, SentenceTransformerEmbedder) and e.dim == 384 and e._model is None


@pytest.mark.slow
def test_minilm_puts_meaning_together():
    e = create_embedder("minilm", threads=1)
    q, oom, disk = e.embed(["why is memory exceeded", "Container <*> was OOMKilled",
                            "upload finished in <*> ms"])
    assert len(q) == 384 and cos(q, oom) > cos(q, disk)


@pytest.mark.slow
def test_onnx_int8_agrees_with_torch(tmp_path):
    texts = ["Container cart was OOMKilled <*>", "why is memory exceeded",
             "Receiving block <*> src: <*> dest: <*>", "connection refused to <*>"]
    torch_vecs = create_embedder("minilm", threads=1).embed(texts)
    onnx = create_embedder("minilm", "onnx", cache_dir=tmp_path, threads=1)
    onnx_vecs = onnx.embed(texts)
    assert all(cos(a, b) > 0.98 for a, b in zip(torch_vecs, onnx_vecs, strict=True))
    assert list(tmp_path.glob("onnx/*/model.int8.onnx"))  # cached: the next load only reads it
    again = create_embedder("minilm", "onnx", cache_dir=tmp_path, threads=1)
    assert again.embed(texts)[0] == pytest.approx(onnx_vecs[0], abs=1e-6)
    # batched by token count (each batch padded to its longest text), answered in input order
    mixed = [f"{'very ' * (i % 7)}long line {i} " * (1 + i % 5) for i in range(40)] + texts
    batched = again.embed(mixed)
    assert all(cos(batched[-4 + i], v) > 0.98 for i, v in enumerate(onnx_vecs))
    assert all(cos(batched[i], again.embed([mixed[i]])[0]) > 0.98 for i in range(0, 40, 7))
    # two batches at once: the same batches, so the very same vectors, still in input order
    parallel = create_embedder("minilm", "onnx", cache_dir=tmp_path, threads=1, workers=2)
    assert parallel.embed(mixed) == batched
    assert parallel.embed(texts[:1]) == again.embed(texts[:1])  # one batch: no pool needed
