"""Keep streaming noise out of the exported traces.

The ASGI/FastAPI instrumentation makes one ``"<route> http send"`` span per chunk a response
writes (and ``"... http receive"`` spans for the body read): a streamed analysis of a few
hundred tokens would bury its eight pipeline spans under hundreds of these.
``FilteringSpanProcessor`` wraps the exporting processor and drops such spans when they end,
so they are never queued or sent; everything else passes through unchanged (as the seed
deployment did).

Wiring (``tracer_provider_from_settings``)::

    provider.add_span_processor(FilteringSpanProcessor(BatchSpanProcessor(exporter)))

Dropping a span whose children were kept would orphan them; the dropped spans are leaves (the
ASGI send/receive spans never have children), so parentage of the rest is intact.
"""

from __future__ import annotations

from collections.abc import Callable

from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor

#: ``asgi.event.type`` values of the per-message spans the ASGI instrumentation makes
ASGI_EVENT_TYPES = frozenset({"http.request", "http.disconnect", "http.response.start",
                              "http.response.body", "http.response.trailers",
                              "websocket.send", "websocket.receive"})
NOISY_SUFFIXES = (" http send", " http receive", " websocket send", " websocket receive")


def is_streaming_noise(span: ReadableSpan) -> bool:
    """True for the ASGI per-message spans (by attribute, or by name when attributes are
    missing)."""
    attrs = span.attributes or {}
    if attrs.get("asgi.event.type") in ASGI_EVENT_TYPES:
        return True
    return span.name.endswith(NOISY_SUFFIXES)


class FilteringSpanProcessor(SpanProcessor):
    """Forwards to ``inner`` every span ``drop`` does not reject."""

    def __init__(self, inner: SpanProcessor,
                 drop: Callable[[ReadableSpan], bool] = is_streaming_noise) -> None:
        self.inner = inner
        self.drop = drop
        #: spans dropped so far (for tests and debugging)
        self.dropped = 0

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        self.inner.on_start(span, parent_context=parent_context)

    def on_end(self, span: ReadableSpan) -> None:
        if self.drop(span):
            self.dropped += 1
            return
        self.inner.on_end(span)

    def shutdown(self) -> None:
        self.inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner.force_flush(timeout_millis)
