"""``OnnxEmbedder``: a sentence-transformers model run by ONNX Runtime, int8-quantized.

The first use exports the model's transformer with ``torch.onnx`` (mean pooling and
normalization stay in numpy), quantizes the weights to int8 with ONNX Runtime's
``quantize_dynamic``, and caches the result under ``cache_dir/<model>-<hash of its weights>``;
later uses only load the cached file. Written to a temporary directory and renamed, so an
interrupted export never leaves a half file behind. Needs ``onnxruntime`` and ``onnx`` (for
quantizing) at export time; ``torch`` only for the export itself.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .embeddings import Embedder, _dim_of, _offline
from .errors import ConfigError

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
MAX_LENGTH = 128  # tokens; all-MiniLM-L6-v2 was trained on 128-token inputs


def _fingerprint(model_dir: Path) -> str:
    digest = hashlib.blake2b(digest_size=6)
    for name in sorted(p.name for p in model_dir.iterdir() if p.is_file()):
        stat = (model_dir / name).stat()
        digest.update(f"{name}:{stat.st_size}".encode())
    return digest.hexdigest()


def export_int8(model_dir: Path, cache_dir: Path) -> Path:
    """The cached int8 ONNX file of ``model_dir``, exported and quantized if missing."""
    target = cache_dir / f"{model_dir.name}-{_fingerprint(model_dir)}"
    final = target / "model.int8.onnx"
    if final.is_file():
        return final
    _offline()
    try:
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoModel
    except ImportError as exc:
        raise ConfigError(f"the onnx embedding backend needs torch, onnx and onnxruntime to "
                          f"export the model once: {exc}") from exc
    cache_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
    try:
        bert = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
        bert.requires_grad_(False)

        class Encoder(torch.nn.Module):  # keyword arguments: positional order differs by version
            def __init__(self) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=token_type_ids).last_hidden_state

        model = Encoder().eval()
        ids = torch.ones((1, 8), dtype=torch.long)
        dyn = {0: "batch", 1: "seq"}
        fp32 = work / "model.onnx"
        with torch.no_grad(), warnings.catch_warnings():
            # the TorchScript exporter is deprecated in favour of one that needs onnxscript;
            # it still exports BERT exactly, and tracing warns about Python-side shapes
            warnings.simplefilter("ignore")
            torch.onnx.export(
                model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(fp32),
                input_names=list(INPUTS), output_names=["last_hidden_state"],
                dynamic_axes={name: dyn for name in (*INPUTS, "last_hidden_state")},
                opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(work / "model.int8.onnx"), weight_type=QuantType.QInt8,
                         per_channel=True)
        fp32.unlink()
        if target.exists():  # another process finished first
            shutil.rmtree(work, ignore_errors=True)
            return final
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


class OnnxEmbedder(Embedder):
    """Mean-pooled, normalized sentence embeddings from an int8 ONNX export of the model."""

    def __init__(self, model_dir: Path | str, *, cache_dir: Path, threads: int | None = None,
                 workers: int = 1, batch_size: int = 8, name: str | None = None,
                 model: str | None = None) -> None:
        # batches of 8: on these cores 10-20% less CPU a text than 32 (templates and log
        # lines; measured in session 7, README), 4 and 64 or more cost more
        self.model_dir = Path(model_dir)
        self.cache_dir = cache_dir
        self.threads = threads
        #: batches run at once (each with ``threads`` threads): one call's batches are the
        #: same whatever this is, so are its vectors
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.name = name or f"{self.model_dir.name}-int8"
        self.model = model or self.model_dir.name
        self.dim = _dim_of(self.model_dir)
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: list[str] = []
        self._pool: ThreadPoolExecutor | None = None

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                path = export_int8(self.model_dir, self.cache_dir)
                _offline()
                import onnxruntime as ort
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
                tokenizer.enable_truncation(MAX_LENGTH)
                tokenizer.no_padding()  # each batch is padded to its own longest text
                options = ort.SessionOptions()
                if self.threads:
                    options.intra_op_num_threads = self.threads
                # idle threads sleep instead of spinning: spinning burns the CPU (and a pod's
                # CPU quota) that the indexer's own thread needs while a batch is embedded
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                options.add_session_config_entry("session.inter_op.allow_spinning", "0")
                session = ort.InferenceSession(str(path), options,
                                               providers=["CPUExecutionProvider"])
                self._inputs = [i.name for i in session.get_inputs()]
                self._tokenizer, self._session = tokenizer, session
            return self._session, self._tokenizer

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        session, tokenizer = self._load()
        encoded = [e.ids for e in tokenizer.encode_batch(list(texts))]
        # similar token counts together: the least padding to compute
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        batches = [order[start:start + self.batch_size]
                   for start in range(0, len(order), self.batch_size)]
        result: list[list[float]] = [[] for _ in texts]

        def run(rows: list[int]) -> None:
            for i, vector in zip(rows, self._pooled(session, [encoded[i] for i in rows]),
                                 strict=True):
                result[i] = vector

        if self.workers > 1 and len(batches) > 1:
            list(self._executor().map(run, batches))  # ONNX Runtime runs without the GIL
        else:
            for rows in batches:
                run(rows)
        return result

    def _pooled(self, session: Any, ids_of: list[list[int]]) -> list[list[float]]:
        """Mean-pooled, normalized vectors of one batch of token ids (padded to its longest)."""
        import numpy as np

        width = max(len(ids) for ids in ids_of)
        ids = np.zeros((len(ids_of), width), dtype=np.int64)
        mask = np.zeros((len(ids_of), width), dtype=np.int64)
        for row, tokens in enumerate(ids_of):
            ids[row, :len(tokens)] = tokens
            mask[row, :len(tokens)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        vectors: list[list[float]] = pooled.astype(float).tolist()
        return vectors

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="embed")
            return self._pool
