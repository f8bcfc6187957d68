"""The model call of one analysis: stream the answer chunk by chunk inside a ``call_llm``
span, then parse it. The pipeline relays the chunks as ``token`` events; what the call ended
with (the parsed answer or why there is none, usage, timings) is left in an ``LLMCall``."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from opentelemetry.trace import Tracer

from retrieval.errors import BackendError

from .backends.base import LLMBackend, Message, Usage, parse_answer

log = logging.getLogger("loglens.pipeline")


@dataclass(slots=True)
class LLMCall:
    usage: Usage
    answer: dict[str, Any] | None = None
    error: str | None = None
    first_token: float | None = None  # perf_counter() of the first chunk
    started: float = 0.0
    done: float = 0.0


async def stream_answer(backend: LLMBackend, tracer: Tracer, messages: list[Message],
                        schema: dict[str, Any], *, max_tokens: int, temperature: float,
                        call: LLMCall) -> AsyncIterator[str]:
    """Yield the model's text as it comes; ``call`` holds the parsed answer or the error
    (a backend failure or an unparsable answer) when the iterator is exhausted."""
    call.started = time.perf_counter()
    chunks: list[str] = []
    usage = call.usage
    with tracer.start_as_current_span("call_llm") as span:
        span.set_attribute("llm.model", backend.model)
        span.set_attribute("gen_ai.system", backend.name)
        span.set_attribute("gen_ai.request.model", backend.model)
        span.set_attribute("gen_ai.request.max_tokens", max_tokens)
        span.set_attribute("gen_ai.request.temperature", temperature)
        try:
            async for chunk in backend.stream(messages, schema, max_tokens=max_tokens,
                                              usage=usage):
                if call.first_token is None:
                    call.first_token = time.perf_counter()
                chunks.append(chunk)
                yield chunk
        except BackendError as exc:
            call.error = f"backend failed: {exc.message}"
            span.record_exception(exc)
            log.warning("llm backend failed", extra={"error": exc.message})
        span.set_attribute("llm.tokens_generated", usage.completion_tokens)
        span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_tokens)
        span.set_attribute("gen_ai.usage.output_tokens", usage.completion_tokens)
        if usage.finish_reason:
            span.set_attribute("gen_ai.response.finish_reasons", [usage.finish_reason])
    if call.error is None:
        try:
            call.answer = parse_answer("".join(chunks))
        except BackendError as exc:
            call.error = exc.message
    call.done = time.perf_counter()
