"""``POST /v1/analyze`` (JSON) and ``POST /v1/analyze/stream`` (Server-Sent Events)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from ..deps import AnalyzerDep
from ..models_api import AnalysisResult, AnalyzeRequest
from ..pipeline import Analyzer

router = APIRouter(prefix="/v1", tags=["analyze"])

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post("/analyze", response_model=AnalysisResult)
async def analyze(body: AnalyzeRequest, analyzer: AnalyzerDep) -> AnalysisResult:
    """Fetch, pack and analyze; answer once with the whole result."""
    return await analyzer.analyze(body)


@router.post("/analyze/stream", response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "events: retrieved, token, result, error"}})
async def analyze_stream(body: AnalyzeRequest, analyzer: AnalyzerDep) -> StreamingResponse:
    """The same analysis as Server-Sent Events: ``retrieved`` (the packed lines), ``token``
    (text as the model writes it), then ``result`` or ``error``. Works with ``curl -N``."""
    return StreamingResponse(_sse(analyzer, body), media_type="text/event-stream",
                             headers=SSE_HEADERS)


async def _sse(analyzer: Analyzer, body: AnalyzeRequest) -> AsyncIterator[str]:
    events = analyzer.events(body)  # a v2 request carries its own ``strategy``
    try:
        async for event in events:
            yield event.sse()
    finally:
        await events.aclose()
