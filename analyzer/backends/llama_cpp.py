"""``LlamaCppBackend``: llama-cpp-python in this process, output constrained by a JSON-schema
grammar.

Facts about llama-cpp-python 0.3.36 this module relies on (read in its source):

* ``create_chat_completion(response_format={"type": "json_object", "schema": ...})`` builds a
  grammar with ``LlamaGrammar.from_json_schema`` but silently falls back to "any JSON" when the
  conversion fails (``llama_chat_format._grammar_for_json_schema``), and ignores
  ``{"type": "json_schema"}`` altogether. We build the grammar ourselves (``schema_grammar``)
  and pass ``grammar=``, so a schema the converter rejects is an error, not an unconstrained
  answer.
* The converter (``llama_grammar.SchemaConverter``) supports ``enum`` (string and integer),
  ``minLength``/``maxLength``, ``minItems``/``maxItems`` and ``additionalProperties: false``,
  but not ``minimum``/``maximum`` (a TODO in the source), and its ``char`` rule admits raw
  control characters, which ``json.loads`` rejects inside strings. ``grammar_schema`` turns
  bounded integers into enums and bounded numbers into 11 evenly spaced values (confidence
  becomes 0.0, 0.1 ... 1.0); ``schema_grammar`` excludes control characters from ``char``.
* ``Llama.generate`` keeps the previous call's tokens and KV cache and re-evaluates only the
  suffix after the longest common token prefix (``kv_cache_seq_rm``; falls back to a full
  evaluation when the model's cache cannot drop a range). Requests that share the system
  prompt and the head of the context are therefore cheaper on a warm model.
* Its greedy sampling under a grammar checks the whole vocabulary against the grammar at every
  token, and every token of an answer is generated one by one, even where the grammar allows
  only one text. Models are loaded as ``llama_sampling.GrammarFirstLlama``, which asks the
  grammar about the best tokens first (the same tokens, about 1.4x faster generation here)
  and evaluates the answer's forced head (``forced_head``) with the prompt.

A ``Llama`` is not thread-safe. Models are loaded once per process (keyed by file and context
parameters) and every generation runs on one worker thread under one process-wide lock.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import json
import os
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from retrieval.errors import BackendError, BackendUnavailable, ModelNotFound

from .base import LLMBackend, Message, Usage

if TYPE_CHECKING:
    from llama_cpp import Llama, LlamaGrammar

    from analyzer.settings import Settings

#: one generation at a time in this process, whatever the backend instance or model
GENERATION_LOCK = threading.Lock()
_LOAD_LOCK = threading.Lock()
_MODELS: dict[tuple[Any, ...], Llama] = {}
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama-cpp")
_LOCK_POLL_S = 0.05
_NUMBER_STEPS = 10


class LlamaCppBackend(LLMBackend):
    name = "llama-cpp"

    def __init__(self, model_path: Path | None, *, model_name: str, chat_format: str | None,
                 n_ctx: int = 2048, n_threads: int = 1, n_threads_batch: int | None = None,
                 n_batch: int = 512, temperature: float = 0.0, seed: int = 0,
                 repeat_penalty: float = 1.0,
                 settings: Settings | None = None) -> None:
        """``model_path=None`` with ``settings``: resolve (and assemble) the file on ``load()``."""
        self.model = model_name
        self.n_ctx = n_ctx
        self.chat_format = chat_format
        self._path = model_path
        self._settings = settings
        self._n_threads = n_threads
        self._n_threads_batch = n_threads_batch or n_threads
        self._n_batch = n_batch
        self._temperature = temperature
        self._repeat_penalty = repeat_penalty
        self._seed = seed
        self._llama: Llama | None = None
        self._active: set[threading.Event] = set()

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppBackend:
        """A backend for ``settings.model``; no file is touched until ``load()``."""
        from analyzer.models import describe_model

        name, chat_format = describe_model(settings)
        return cls(None, model_name=name, chat_format=chat_format, n_ctx=settings.n_ctx,
                   n_threads=settings.n_threads, n_threads_batch=settings.n_threads_batch,
                   n_batch=settings.n_batch,
                   temperature=settings.temperature, seed=settings.seed,
                   repeat_penalty=settings.repeat_penalty, settings=settings)

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> Llama:
        """Load the model (once per process; blocking). Raises ``ModelNotFound``,
        ``BackendUnavailable`` or, for an unwritable model cache, ``ConfigError``."""
        if self._llama is not None:
            return self._llama
        with _LOAD_LOCK:
            if self._path is None:
                from analyzer.models import resolve_model

                assert self._settings is not None, "either model_path or settings is required"
                resolved = resolve_model(self._settings)
                self._path, self.chat_format = resolved.path, resolved.chat_format
            self._llama = _load(self._path, self.chat_format, n_ctx=self.n_ctx,
                                n_threads=self._n_threads,
                                n_threads_batch=self._n_threads_batch, n_batch=self._n_batch,
                                seed=self._seed)
        return self._llama

    async def ready(self) -> None:
        if self._llama is None:
            await asyncio.to_thread(self.load)

    async def aclose(self) -> None:
        """Stop this backend's generations. Loaded models stay cached for the process
        (``unload_models()`` frees them)."""
        for cancel in list(self._active):
            cancel.set()
        self._llama = None

    # --- tokens -------------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        llama = self.load()
        try:
            return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))
        except RuntimeError as exc:
            raise BackendError(f"tokenizing failed: {exc}") from exc

    # --- generation ---------------------------------------------------------------------------

    async def stream(self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int,
                     usage: Usage | None = None) -> AsyncIterator[str]:
        llama = self._llama if self._llama is not None else await asyncio.to_thread(
            self.load)
        grammar = schema_grammar(json.dumps(schema))  # key order kept: it is the answer's order
        if self.chat_format == "gemma":
            messages = fold_system(messages)
        usage = usage if usage is not None else Usage()
        usage.model = self.model

        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancel = threading.Event()

        def emit(kind: str, value: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, (kind, value))
            except RuntimeError:  # the event loop is gone: nobody is listening any more
                cancel.set()

        kwargs = {"messages": messages, "grammar": grammar, "max_tokens": max_tokens,
                  "temperature": self._temperature, "seed": self._seed, "stream": True,
                  "repeat_penalty": self._repeat_penalty}
        self._active.add(cancel)
        job = _WORKER.submit(_generate, llama, kwargs, forced_head(schema), cancel, emit)
        try:
            while True:
                kind, value = await queue.get()
                if kind == "text":
                    yield value
                elif kind == "prompt_tokens":
                    usage.prompt_tokens = value
                elif kind == "completion_tokens":
                    usage.completion_tokens = value
                elif kind == "done":
                    usage.finish_reason = value
                    break
                else:
                    raise value
        finally:
            cancel.set()  # no-op when finished; otherwise stops the worker at the next token
            job.cancel()  # drops it if it never started
            self._active.discard(cancel)


def _generate(llama: Llama, kwargs: dict[str, Any], head: str, cancel: threading.Event,
              emit: Callable[[str, Any], None]) -> None:
    """Worker thread: wait for the lock (giving up if cancelled), stream, stop on cancel.
    Ends by emitting "done" or "error", after releasing the lock."""
    while not GENERATION_LOCK.acquire(timeout=_LOCK_POLL_S):
        if cancel.is_set():
            emit("done", "cancelled")
            return
    outcome: tuple[str, Any]
    try:
        outcome = ("done", "cancelled" if cancel.is_set()
                   else _run(llama, kwargs, head, cancel, emit))
    except ValueError as exc:  # llama-cpp: prompt longer than n_ctx, bad parameters
        outcome = ("error", _translate(exc, "llama.cpp rejected the request"))
    except Exception as exc:  # RuntimeError from llama_decode and the like
        outcome = ("error", _translate(exc, "llama.cpp failed while generating"))
    finally:
        GENERATION_LOCK.release()
    emit(*outcome)


def _run(llama: Llama, kwargs: dict[str, Any], head: str, cancel: threading.Event,
         emit: Callable[[str, Any], None]) -> str | None:
    from .llama_sampling import GrammarFirstLlama

    if isinstance(llama, GrammarFirstLlama):
        llama.answer_prefix = head  # evaluated with the prompt, not generated token by token
    try:
        chunks: Any = llama.create_chat_completion(**kwargs)  # an iterator, as stream=True
    finally:
        if isinstance(llama, GrammarFirstLlama):
            llama.answer_prefix = None
    finish: str | None = None
    prompt_tokens = None
    try:
        for chunk in chunks:
            if prompt_tokens is None:  # prompt evaluated; first token sampled, not yet fed back
                prompt_tokens = llama.n_tokens
                emit("prompt_tokens", prompt_tokens)
            if cancel.is_set():
                finish = "cancelled"
                break
            choice = chunk["choices"][0]
            text = choice["delta"].get("content")
            if text:
                emit("text", text)
            finish = choice.get("finish_reason") or finish
    finally:
        chunks.close()  # stops llama's token generator
    if prompt_tokens is not None:
        # Every generated token but the last sampled one has been fed back. That last one is
        # the end-of-generation token (not part of the answer) unless max_tokens cut it short.
        # Re-tokenizing the text would under-count: constrained sampling often picks
        # non-canonical splits ("sever" + "ity").
        emit("completion_tokens", llama.n_tokens - prompt_tokens + (finish == "length"))
    return finish


def _translate(exc: BaseException, what: str) -> BackendError:
    error = BackendError(f"{what}: {exc}")
    error.__cause__ = exc  # raised later, in the event loop: keep the original reachable
    return error


def _load(path: Path, chat_format: str | None, *, n_ctx: int, n_threads: int,
          n_threads_batch: int, n_batch: int, seed: int) -> Llama:
    """The process-wide ``Llama`` for these parameters; call with ``_LOAD_LOCK`` held."""
    key = (str(path), chat_format, n_ctx, n_threads, n_threads_batch, n_batch)
    if key in _MODELS:
        return _MODELS[key]
    # ggml's CPU backend here is built with OpenMP, whose threads spin at each of the hundreds
    # of barriers of a forward pass. With 2 threads on 2 cores, any other busy process turns
    # that spinning into much slower calls. Measured with bench/modes.py --modes hybrid on
    # golden shards: beside two busy processes p50/p95 4.1/5.4 s passive vs 6.5/14.7 s
    # spinning; idle 1.9/2.6 s vs 2.0/2.8 s. Read by libgomp when llama_cpp first loads it;
    # an OMP_WAIT_POLICY already set wins.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        from .llama_sampling import GrammarFirstLlama
    except ImportError as exc:
        raise BackendUnavailable("llama-cpp-python is not installed: "
                                 "pip install 'llama-cpp-python==0.3.36'") from exc
    if not path.is_file():
        raise ModelNotFound(f"no model file at {path}", field="model")
    try:
        llama = GrammarFirstLlama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                                  n_threads_batch=n_threads_batch, n_batch=n_batch, seed=seed,
                                  logits_all=False, verbose=False, chat_format=chat_format)
    except (ValueError, RuntimeError, OSError) as exc:
        raise BackendUnavailable(f"llama.cpp cannot load {path}: {exc}") from exc
    _MODELS[key] = llama
    return llama


def unload_models(timeout_s: float = 30.0) -> None:
    """Free every model this process loaded, after the running generation (if any)."""
    if not GENERATION_LOCK.acquire(timeout=timeout_s):
        return  # a generation is stuck: leave the models to the OS
    try:
        with _LOAD_LOCK:
            for llama in _MODELS.values():
                llama.close()
            _MODELS.clear()
    finally:
        GENERATION_LOCK.release()


# Close models before interpreter teardown, where llama-cpp's own __del__ fails noisily.
atexit.register(unload_models, 5.0)


# --- grammar ----------------------------------------------------------------------------------

def forced_head(schema: dict[str, Any]) -> str:
    """The text every answer to ``schema`` (an object as ``llm_json_schema`` builds it, every
    property required, in order) starts with under its grammar: the opening brace, then each
    property whose value is a one-value enum, up to the name of the first property the model
    chooses (``{"severity":`` at least). "" for any other schema."""
    props = schema.get("properties") or {}
    if schema.get("type") != "object" or not props or list(props) != schema.get("required"):
        return ""
    parts: list[str] = []
    for name, sub in props.items():
        enum = sub.get("enum") if isinstance(sub, dict) else None
        if not (isinstance(enum, list) and len(enum) == 1):
            return "{" + ", ".join([*parts, f"{json.dumps(name)}:"])
        parts.append(f"{json.dumps(name)}: {json.dumps(enum[0])}")
    return ""  # nothing left to choose: let the model write it all


def grammar_schema(schema: Any) -> Any:
    """A copy of ``schema`` that llama-cpp's converter enforces completely.

    Bounded integers (at most 256 values) become enums; bounded numbers become 11 evenly
    spaced values (0.0, 0.1 ... 1.0 for a confidence). Everything else is kept as is.
    """
    if isinstance(schema, list):
        return [grammar_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: grammar_schema(value) for key, value in schema.items()}
    lo, hi = out.get("minimum"), out.get("maximum")
    if "enum" in out or not isinstance(lo, int | float) or not isinstance(hi, int | float):
        return out
    if out.get("type") == "integer" and 0 <= hi - lo <= 256:
        return {"type": "integer", "enum": list(range(int(lo), int(hi) + 1))}
    if out.get("type") == "number" and hi > lo:
        steps = sorted({round(lo + (hi - lo) * i / _NUMBER_STEPS, 6)
                        for i in range(_NUMBER_STEPS + 1)})
        return {"type": "number", "enum": [float(v) for v in steps]}
    return out


_CHAR_RULE = r'char ::= [^"\\] |'
_CHAR_RULE_STRICT = r'char ::= [^"\\\x7F\x00-\x1F] |'


@functools.lru_cache(maxsize=64)
def schema_grammar(schema_json: str) -> LlamaGrammar:
    """The GBNF grammar for a JSON schema (given as JSON text, so it can be cached)."""
    from llama_cpp import LlamaGrammar
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        gbnf = json_schema_to_gbnf(json.dumps(grammar_schema(json.loads(schema_json))))
    except Exception as exc:
        raise BackendError(f"the JSON schema cannot be turned into a grammar: {exc}") from exc
    # JSON forbids raw control characters inside strings; the converter's `char` allows them.
    gbnf = gbnf.replace(_CHAR_RULE, _CHAR_RULE_STRICT)
    return LlamaGrammar.from_string(gbnf, verbose=False)


def fold_system(messages: list[Message]) -> list[Message]:
    """Merge system messages into the first user turn (Gemma's format has no system role)."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if not system:
        return rest
    for message in rest:
        if message["role"] == "user":
            message["content"] = f"{system}\n\n{message['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]
