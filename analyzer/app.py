"""The FastAPI app, built by ``create_app(settings)``: nothing happens at import."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.trace import TracerProvider

from retrieval.errors import LogLensError
from retrieval.source import LogSource

from .backends import LLMBackend, create_backend
from .engine.runtime import Engine
from .pipeline import Analyzer, analyzer_config
from .prompts import Prompts
from .routes import analyze, health, v2, view
from .settings import Settings
from .sources import create_source
from .telemetry import setup_logging, tracer_provider_from_settings
from .vector_index import VectorIndex, open_vector_index


def create_app(settings: Settings | None = None, *, source: LogSource | None = None,
               backend: LLMBackend | None = None,
               tracer_provider: TracerProvider | None = None,
               vector_index: VectorIndex | None = None, engine: Engine | None = None) -> FastAPI:
    """Build the app. ``source``/``backend``/``tracer_provider``/``vector_index``/``engine``
    override what ``settings`` would build (tests inject a MemorySource, the scripted
    backend, an in-memory exporter, an index, an engine with a given classifier). The
    configured index opens on the first hybrid request; the engine (knowledge base and cached
    classifier) loads at start-up."""
    settings = settings or Settings()
    own = None if tracer_provider else tracer_provider_from_settings(settings)
    provider = tracer_provider or own

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        setup_logging(settings)
        src = source or create_source(settings)
        llm = backend or create_backend(settings)
        app.state.settings = settings
        app.state.analyzer = Analyzer(
            source=src, backend=llm, prompts=Prompts.load(settings.prompts_dir),
            config=analyzer_config(settings), tracer_provider=provider,
            vector_index=vector_index or (lambda: open_vector_index(settings)),
            prefilter_limit=settings.hybrid_prefilter_limit,
            engine=engine or Engine.from_settings(settings))
        try:
            await llm.ready()  # load the model once, at start-up, not on the first request
        except LogLensError as exc:  # keep serving: /readyz reports it, requests fall back
            logging.getLogger("loglens.app").error("model not ready", extra={"error":
                                                                             exc.message})
        try:
            yield
        finally:
            await src.aclose()
            await llm.aclose()
            if own is not None:
                own.shutdown()  # flush what the exporter still holds

    app = FastAPI(title="LogLens", version="0.1.0", lifespan=lifespan,
                  description="What broke, how bad, where, and what to do — from the logs.")
    app.include_router(health.router)
    app.include_router(analyze.router)
    app.include_router(v2.router)
    app.include_router(view.router)
    # The HTTP server span becomes the root of each request's trace; the per-chunk send spans
    # of streamed responses are dropped before export (analyzer/telemetry_filters.py).
    FastAPIInstrumentor.instrument_app(app, tracer_provider=provider,
                                       excluded_urls="healthz,readyz")
    app.add_exception_handler(LogLensError, _loglens_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    return app


async def _loglens_error(request: Request, exc: LogLensError) -> JSONResponse:
    return JSONResponse(exc.to_dict(), status_code=exc.status)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    details = [{"field": ".".join(str(p) for p in e["loc"] if p != "body"), "message": e["msg"]}
               for e in exc.errors()]
    first = details[0] if details else {"field": "body", "message": "invalid request"}
    return JSONResponse({"error": "invalid_request", "field": first["field"],
                         "message": f"{first['field']}: {first['message']}",
                         "details": details}, status_code=422)
