"""The ``LLMBackend`` seam: messages and a JSON schema in, JSON text out (streamed).

Implementations: ``llama_cpp.LlamaCppBackend`` (in process), ``openai_compat.OpenAICompatBackend``
(any ``/v1/chat/completions``), ``scripted.ScriptedBackend`` (answers queued in advance; for tests
and for running the pipeline without a model). They raise only ``BackendError`` subclasses.
"""

from __future__ import annotations

import abc
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from retrieval.errors import BackendError

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}


@dataclass(slots=True)
class Usage:
    """Filled in by a backend while it streams: token counts and the model that answered."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str = ""
    finish_reason: str | None = None


class LLMBackend(abc.ABC):
    #: registry name ("llama-cpp", "openai", "scripted")
    name: str = "backend"
    #: the model's identity for responses and spans
    model: str = ""
    #: context window in tokens
    n_ctx: int = 2048

    @abc.abstractmethod
    def stream(self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int,
               usage: Usage | None = None) -> AsyncIterator[str]:
        """Yield the answer's text as it is generated, constrained by ``schema``."""

    async def complete(self, messages: list[Message], schema: dict[str, Any], *,
                       max_tokens: int, usage: Usage | None = None) -> dict[str, Any]:
        """Collect ``stream`` and parse it: an Extraction-shaped dict (not yet validated)."""
        text = "".join([c async for c in self.stream(messages, schema, max_tokens=max_tokens,
                                                     usage=usage)])
        return parse_answer(text)

    @abc.abstractmethod
    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` costs in this model's context."""

    async def ready(self) -> None:
        """Raise ``BackendUnavailable`` when the backend cannot answer now."""

    async def aclose(self) -> None:
        """Release the model or connections."""


def parse_answer(text: str) -> dict[str, Any]:
    """The model's answer as a JSON object, or ``BackendError`` saying why it is not one."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackendError(f"the model's answer is not JSON ({exc.msg} at {exc.pos})") from exc
    if not isinstance(value, dict):
        raise BackendError("the model's answer is not a JSON object")
    return value
