"""The template index as the service and the CLI use it: store, embedder and miner state,
built from ``Settings`` and opened lazily (nothing connects or loads a model at import, nor
when the app is created: the first hybrid request or ``loglens index`` does)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.embeddings import Embedder, create_embedder
from retrieval.indexer import IndexState
from retrieval.templates import TemplateMiner
from retrieval.vectorstore import ChromaStore, VectorStore

from .settings import Settings, index_state_path


@dataclass
class VectorIndex:
    """A vector store, the embedder its vectors were made with, and the indexer's state
    (the miner maps a line to its template at query time; reloaded when the file changes)."""

    store: VectorStore
    embedder: Embedder
    state_path: Path | None = None
    _miner: TemplateMiner | None = field(default=None, repr=False)
    _mtime: float | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def miner(self) -> TemplateMiner:
        """The indexer's miner as last saved (an empty one before any ``loglens index``)."""
        with self._lock:
            mtime = None
            if self.state_path is not None and self.state_path.exists():
                mtime = self.state_path.stat().st_mtime
            if self._miner is None or mtime != self._mtime:
                self._miner = IndexState.load(self.state_path).miner
                self._mtime = mtime
            return self._miner

    def set_miner(self, miner: TemplateMiner) -> None:
        """Use this miner (an indexer's, in process) instead of the state file's."""
        with self._lock:
            self._miner, self._mtime = miner, (
                self.state_path.stat().st_mtime
                if self.state_path is not None and self.state_path.exists() else None)

    def describe(self) -> str:
        return f"{self.store.describe()} ({self.embedder.name})"


def open_store(settings: Settings) -> VectorStore:
    if settings.chroma_url:
        return ChromaStore.http(settings.chroma_url, settings.chroma_collection)
    path = settings.chroma_path.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return ChromaStore.persistent(str(path), settings.chroma_collection)


def open_embedder(settings: Settings) -> Embedder:
    return create_embedder(settings.embedding_model, settings.embedding_backend,
                           cache_dir=settings.model_cache_dir.expanduser(),
                           threads=settings.embedding_threads,
                           workers=settings.embedding_workers)


def open_vector_index(settings: Settings) -> VectorIndex:
    """Open the configured store and embedder (raises ``ConfigError``/``VectorStoreError``)."""
    return VectorIndex(store=open_store(settings), embedder=open_embedder(settings),
                       state_path=index_state_path(settings))
