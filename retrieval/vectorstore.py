"""The ``VectorStore`` seam: vectors with metadata, upserted by id, searched by cosine.

- ``ChromaStore``: Chroma, embedded on disk (``PersistentClient``, the default) or a Chroma
  server (``HttpClient``). We always pass our own embeddings: the collection is created with
  ``embedding_function=None`` (Chroma's default embedder would download a model) and cosine
  space; telemetry is off.
- ``MemoryVectorStore``: brute force in memory (numpy), for tests and small tools; it answers
  the same ``where`` subset as Chroma (field equality, ``$eq $ne $in $nin $gt $gte $lt $lte``,
  ``$and``, ``$or``).

Chroma's exceptions become ``VectorStoreError`` (``VectorStoreUnavailable`` when it cannot be
reached or opened) at this boundary, re-raised ``from`` the original.
"""

from __future__ import annotations

import abc
import contextlib
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError, VectorStoreError, VectorStoreUnavailable

Metadata = dict[str, str | int | float | bool]
Where = Mapping[str, Any]

DEFAULT_COLLECTION = "loglens-templates"


@dataclass(slots=True)
class Hit:
    id: str
    score: float          # cosine similarity, 1 is identical
    metadata: Metadata
    document: str


class VectorStore(abc.ABC):
    """Vectors by id with metadata and a document (the text that was embedded)."""

    kind: str = "vectors"

    @abc.abstractmethod
    def upsert(self, ids: Sequence[str], embeddings: Sequence[Sequence[float]] | None,
               metadatas: Sequence[Metadata], documents: Sequence[str] | None = None) -> None:
        """Insert or replace; ``embeddings=None`` updates metadata only (ids must exist)."""

    @abc.abstractmethod
    def get(self, ids: Sequence[str] = (), *,
            where: Where | None = None) -> dict[str, tuple[Metadata, str]]:
        """``{id: (metadata, document)}`` of the ids that exist (or of those ``where`` picks)."""

    @abc.abstractmethod
    def query(self, embedding: Sequence[float], k: int, *,
              where: Where | None = None) -> list[Hit]:
        """The ``k`` nearest vectors, most similar first."""

    @abc.abstractmethod
    def delete(self, ids: Sequence[str]) -> None: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    def describe(self) -> str:
        return self.kind

    def close(self) -> None:
        """Release what the store holds."""


# --- in memory -----------------------------------------------------------------------------


def matches(meta: Mapping[str, Any], where: Where | None) -> bool:
    """Whether ``meta`` satisfies a Chroma-style ``where``."""
    if not where:
        return True
    for key, cond in where.items():
        if key == "$and":
            if not all(matches(meta, c) for c in cond):
                return False
        elif key == "$or":
            if not any(matches(meta, c) for c in cond):
                return False
        elif not _test(meta.get(key), cond):
            return False
    return True


_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "$eq": lambda v, a: bool(v == a), "$ne": lambda v, a: bool(v != a),
    "$in": lambda v, a: v in a, "$nin": lambda v, a: v not in a,
    "$gt": lambda v, a: v is not None and v > a, "$gte": lambda v, a: v is not None and v >= a,
    "$lt": lambda v, a: v is not None and v < a, "$lte": lambda v, a: v is not None and v <= a,
}


def _test(value: Any, cond: Any) -> bool:
    if not isinstance(cond, Mapping):
        return bool(value == cond)
    for op, arg in cond.items():
        test = _OPS.get(op)
        if test is None:
            raise VectorStoreError(f"unsupported where operator {op!r}")
        if not test(value, arg):
            return False
    return True


class MemoryVectorStore(VectorStore):
    kind = "memory"

    def __init__(self) -> None:
        self._rows: dict[str, tuple[list[float], Metadata, str]] = {}

    def upsert(self, ids: Sequence[str], embeddings: Sequence[Sequence[float]] | None,
               metadatas: Sequence[Metadata], documents: Sequence[str] | None = None) -> None:
        for i, id_ in enumerate(ids):
            old = self._rows.get(id_)
            if embeddings is None and old is None:
                raise VectorStoreError(f"cannot update {id_!r}: no such vector")
            vec = list(embeddings[i]) if embeddings is not None else old[0]  # type: ignore[index]
            doc = documents[i] if documents is not None else (old[2] if old else "")
            self._rows[id_] = (vec, dict(metadatas[i]), doc)

    def get(self, ids: Sequence[str] = (), *,
            where: Where | None = None) -> dict[str, tuple[Metadata, str]]:
        keys = ids if ids else list(self._rows)
        return {i: (dict(self._rows[i][1]), self._rows[i][2]) for i in keys
                if i in self._rows and matches(self._rows[i][1], where)}

    def query(self, embedding: Sequence[float], k: int, *,
              where: Where | None = None) -> list[Hit]:
        norm = math.sqrt(sum(x * x for x in embedding)) or 1.0
        hits = []
        for id_, (vec, meta, doc) in self._rows.items():
            if matches(meta, where):
                vnorm = math.sqrt(sum(x * x for x in vec)) or 1.0
                score = sum(a * b for a, b in zip(embedding, vec, strict=True)) / norm / vnorm
                hits.append(Hit(id_, score, dict(meta), doc))
        hits.sort(key=lambda h: (-h.score, h.id))
        return hits[:k]

    def delete(self, ids: Sequence[str]) -> None:
        for i in ids:
            self._rows.pop(i, None)

    def count(self) -> int:
        return len(self._rows)

    def describe(self) -> str:
        return f"memory:{len(self._rows)} vectors"


# --- Chroma --------------------------------------------------------------------------------


@contextlib.contextmanager
def _translated(what: str) -> Iterator[None]:
    """Chroma's (and its HTTP client's) exceptions as ours."""
    try:
        yield
    except VectorStoreError:
        raise
    except (ConnectionError, TimeoutError) as exc:
        raise VectorStoreUnavailable(f"{what}: cannot reach the vector store: {exc}") from exc
    except Exception as exc:
        name = type(exc).__name__
        text = str(exc) or name
        if "connect" in text.lower() or name in {"ConnectError", "ConnectTimeout",
                                                 "ReadTimeout", "RemoteProtocolError"}:
            raise VectorStoreUnavailable(f"{what}: cannot reach the vector store: {text}") \
                from exc
        raise VectorStoreError(f"{what}: {name}: {text}") from exc


class ChromaStore(VectorStore):
    """One Chroma collection, on disk or on a server; cosine space; our embeddings."""

    kind = "chroma"

    def __init__(self, client: Any, collection: str = DEFAULT_COLLECTION, *,
                 target: str = "") -> None:
        self.client = client
        self.target = target
        self.collection_name = collection
        self._batch: int | None = None
        with _translated(f"opening collection {collection!r}"):
            self.collection = client.get_or_create_collection(
                collection, embedding_function=None, metadata={"hnsw:space": "cosine"})

    @classmethod
    def persistent(cls, path: str, collection: str = DEFAULT_COLLECTION) -> ChromaStore:
        """Chroma embedded, stored in the directory ``path`` (created if missing)."""
        import chromadb
        from chromadb.config import Settings

        with _translated(f"opening Chroma at {path}"):
            client = chromadb.PersistentClient(
                path=str(path), settings=Settings(anonymized_telemetry=False))
        return cls(client, collection, target=f"file:{path}")

    @classmethod
    def http(cls, url: str, collection: str = DEFAULT_COLLECTION) -> ChromaStore:
        """A Chroma server at ``url`` (``http://host:8000``)."""
        from urllib.parse import urlsplit

        import chromadb
        from chromadb.config import Settings

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"chroma URL {url!r}: use http://host:port",
                              field="chroma_url")
        with _translated(f"connecting to Chroma at {url}"):
            client = chromadb.HttpClient(
                host=parts.hostname, port=parts.port or (443 if parts.scheme == "https" else 80),
                ssl=parts.scheme == "https", settings=Settings(anonymized_telemetry=False))
        return cls(client, collection, target=url)

    def upsert(self, ids: Sequence[str], embeddings: Sequence[Sequence[float]] | None,
               metadatas: Sequence[Metadata], documents: Sequence[str] | None = None) -> None:
        if not ids:
            return
        with _translated("upserting vectors"):
            step = self._max_batch()
            for i in range(0, len(ids), step):
                part = slice(i, i + step)
                if embeddings is None:
                    self.collection.update(ids=list(ids[part]), metadatas=list(metadatas[part]))
                else:
                    self.collection.upsert(
                        ids=list(ids[part]), embeddings=[list(e) for e in embeddings[part]],
                        metadatas=list(metadatas[part]),
                        documents=list(documents[part]) if documents else None)

    def _max_batch(self) -> int:
        """The most records one call may carry (Chroma's limit; asked once)."""
        if self._batch is None:
            self._batch = max(1, int(self.client.get_max_batch_size()))
        return self._batch

    def get(self, ids: Sequence[str] = (), *,
            where: Where | None = None) -> dict[str, tuple[Metadata, str]]:
        with _translated("reading vectors"):
            if ids:
                got = self.collection.get(ids=list(ids), where=dict(where) if where else None,
                                          include=["metadatas", "documents"])
            elif where:
                got = self.collection.get(where=dict(where), include=["metadatas", "documents"])
            else:
                got = self.collection.get(include=["metadatas", "documents"])
        docs = got.get("documents") or [""] * len(got["ids"])
        return {i: (dict(m or {}), d or "")
                for i, m, d in zip(got["ids"], got["metadatas"], docs, strict=True)}

    def query(self, embedding: Sequence[float], k: int, *,
              where: Where | None = None) -> list[Hit]:
        with _translated("searching vectors"):
            got = self.collection.query(query_embeddings=[list(embedding)], n_results=k,
                                        where=dict(where) if where else None,
                                        include=["metadatas", "distances", "documents"])
        ids, metas = got["ids"][0], got["metadatas"][0]
        dists, docs = got["distances"][0], (got.get("documents") or [[]])[0]
        docs = docs or [""] * len(ids)
        return [Hit(i, 1.0 - float(d), dict(m or {}), doc or "")
                for i, m, d, doc in zip(ids, metas, dists, docs, strict=True)]

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            with _translated("deleting vectors"):
                self.collection.delete(ids=list(ids))

    def count(self) -> int:
        with _translated("counting vectors"):
            return int(self.collection.count())

    def describe(self) -> str:
        return f"chroma:{self.target}/{self.collection_name}"
