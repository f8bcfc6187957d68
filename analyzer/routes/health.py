"""``/healthz`` (the process answers) and ``/readyz`` (source reachable, model loaded)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from retrieval.errors import LogLensError

from ..deps import AnalyzerDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(analyzer: AnalyzerDep) -> JSONResponse:
    checks: dict[str, dict[str, str]] = {}
    for name, part, desc in (("source", analyzer.source, analyzer.source.describe()),
                             ("model", analyzer.backend,
                              f"{analyzer.backend.name}:{analyzer.backend.model}")):
        try:
            await part.ready()
            checks[name] = {"status": "ok", "target": desc}
        except LogLensError as exc:
            checks[name] = {"status": "fail", "target": desc, "error": exc.message}
    ok = all(c["status"] == "ok" for c in checks.values())
    return JSONResponse({"status": "ready" if ok else "not ready", "checks": checks},
                        status_code=200 if ok else 503)
