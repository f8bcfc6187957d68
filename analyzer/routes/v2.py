"""``POST /v2/analyze`` and ``/v2/analyze/stream`` (a retrieval strategy per request, hybrid
by default) and ``POST /v1/compare`` (one request through baseline and hybrid, side by side).

A hybrid request never fails for want of a vector index: it runs the baseline and says why
in ``strategy_reason``.
"""

from __future__ import annotations

import time

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from ..deps import AnalyzerDep
from ..models_api import AnalysisResult, AnalyzeRequest, AnalyzeRequestV2, CompareResponse
from .analyze import SSE_HEADERS, _sse

router = APIRouter(tags=["analyze"])

COMPARED = ("baseline", "hybrid")


@router.post("/v2/analyze", response_model=AnalysisResult)
async def analyze_v2(body: AnalyzeRequestV2, analyzer: AnalyzerDep) -> AnalysisResult:
    """Like ``/v1/analyze`` with ``strategy``: `hybrid` (default), `baseline` or `auto`. The
    result says which strategy ran (``strategy``) and why (``strategy_reason``)."""
    return await analyzer.analyze(body, strategy=body.strategy)


@router.post("/v2/analyze/stream", response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "events: retrieved, token, result, error"}})
async def analyze_v2_stream(body: AnalyzeRequestV2, analyzer: AnalyzerDep) -> StreamingResponse:
    """The ``/v2/analyze`` analysis as Server-Sent Events (``retrieved`` carries the strategy
    and its reason)."""
    return StreamingResponse(_sse(analyzer, body), media_type="text/event-stream",
                             headers=SSE_HEADERS)


@router.post("/v1/compare", response_model=CompareResponse)
async def compare(body: AnalyzeRequest, analyzer: AnalyzerDep) -> CompareResponse:
    """The same request through baseline and hybrid, one after the other, with timings and
    the number of packed lines both chose."""
    results: dict[str, AnalysisResult] = {}
    elapsed: dict[str, float] = {}
    for name in COMPARED:
        t0 = time.perf_counter()
        results[name] = await analyzer.analyze(body, strategy=name)
        elapsed[name] = round((time.perf_counter() - t0) * 1000, 2)
    chosen = [{(line.ts, line.line) for line in results[name].lines} for name in COMPARED]
    return CompareResponse(
        results=results, elapsed_ms=elapsed,
        retrieve_ms={n: round(r.timings.retrieve_ms + r.timings.normalize_ms
                              + r.timings.rank_ms, 2) for n, r in results.items()},
        common_lines=len(set.intersection(*chosen)))
