"""``ScriptedBackend``: answers queued in advance, streamed in chunks; no model.

Registered like the real backends, so API, CLI and evaluation tests run the real pipeline.
With nothing queued it answers a fixed, schema-valid extraction (the first value of every
enum), so ``LOGLENS_BACKEND=scripted`` runs the whole service without a model.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from .base import LLMBackend, Message, Usage


@dataclass(slots=True)
class _Answer:
    text: str | None
    error: BaseException | None
    chunk_size: int | None


class ScriptedBackend(LLMBackend):
    name = "scripted"
    model = "scripted"

    def __init__(self, *, n_ctx: int = 2048, chunk_size: int = 16, delay_s: float = 0.0) -> None:
        self.n_ctx = n_ctx
        #: default characters per streamed chunk
        self.chunk_size = chunk_size
        #: pause before each chunk, to exercise streaming and timing
        self.delay_s = delay_s
        #: one dict per ``stream`` call: ``messages``, ``schema``, ``max_tokens``
        self.calls: list[dict[str, Any]] = []
        self._queue: deque[_Answer] = deque()

    def enqueue(self, answer: str | dict[str, Any] | list[Any] | BaseException, *,
                chunk_size: int | None = None) -> None:
        """Queue the next answer: text as is, JSON values serialized with ``json.dumps``, an
        exception raised when the call comes (e.g. ``BackendUnavailable("down")``)."""
        if isinstance(answer, BaseException):
            self._queue.append(_Answer(None, answer, chunk_size))
        elif isinstance(answer, str):
            self._queue.append(_Answer(answer, None, chunk_size))
        else:
            self._queue.append(_Answer(json.dumps(answer), None, chunk_size))

    @property
    def pending(self) -> int:
        """Answers queued and not yet used."""
        return len(self._queue)

    def count_tokens(self, text: str) -> int:
        return len(text) // 4 + 1

    async def stream(self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int,
                     usage: Usage | None = None) -> AsyncIterator[str]:
        """Stream the next queued answer. Longer than ``max_tokens`` (by ``count_tokens``) it
        is cut and ``finish_reason`` is "length", as a real model would do."""
        self.calls.append({"messages": copy.deepcopy(messages), "schema": copy.deepcopy(schema),
                           "max_tokens": max_tokens})
        answer = self._queue.popleft() if self._queue else _Answer(None, None, None)
        if answer.error is not None:
            raise answer.error
        text = answer.text if answer.text is not None else json.dumps(default_answer(schema))
        finish = "stop"
        if self.count_tokens(text) > max_tokens:
            text, finish = text[: max_tokens * 4], "length"
        if usage is not None:
            usage.model = self.model
            usage.prompt_tokens = sum(self.count_tokens(m["content"]) for m in messages)
        size = max(1, answer.chunk_size or self.chunk_size)
        for start in range(0, len(text), size):
            await asyncio.sleep(self.delay_s)  # sleep(0) still lets other tasks run
            if usage is not None:
                usage.completion_tokens = self.count_tokens(text[:start + size])
            yield text[start:start + size]
        if usage is not None:
            usage.finish_reason = finish


def default_answer(schema: dict[str, Any], name: str = "answer") -> Any:
    """A deterministic value valid for ``schema``: first enum values, minimum numbers,
    the fewest array items, short texts within their length limits."""
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {key: default_answer(sub, key) for key, sub in props.items()}
    if kind == "array":
        item = schema.get("items", {})
        return [default_answer(item, name) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        text = f"a scripted {name}".ljust(schema.get("minLength", 0), ".")  # 3 words: prose
        return text[: schema.get("maxLength", len(text))]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if lo is not None and hi is not None:
            return (lo + hi) / 2
        return float(lo if lo is not None else hi if hi is not None else 0.5)
    if kind == "boolean":
        return False
    return None
