"""``GET /v1/analyze/view``: the result page Grafana's "Analyze with LogLens" link opens.

Query parameters name the scope — ``namespace``, ``pod``, ``container``, ``node``, ``app``
(a value, or ``~regex``), ``start``, ``end``, optional ``question``, ``limit`` and ``mode``
(engine, llm, hybrid; default: the service's). Times are
what the selector takes (RFC 3339, a duration like ``1h``, ns) plus epoch milliseconds, which
is what Grafana's ``${__from}``/``${__to}`` give (a number of up to 13 digits is read as ms).

The page is plain HTML (``analyzer/templates/view.html``) with a little JavaScript that POSTs
the request to ``/v1/analyze/stream`` and renders the events as they come: the retrieved lines
first, then the result with its evidence lines highlighted, and a link to the trace in
Grafana/Tempo when ``grafana_url`` is configured. Invalid parameters answer a readable HTML
page with status 422, before any analysis starts.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from retrieval.errors import InvalidRequest
from retrieval.selector import SCOPE_LABELS

from ..models_api import AnalyzeRequest

router = APIRouter(prefix="/v1", tags=["view"])

PARAMS = (*SCOPE_LABELS, "start", "end", "question", "limit", "mode")
#: uid of the Tempo datasource in grafana/provisioning/datasources/loglens.yaml
TEMPO_UID = "tempo"
MAX_MS_DIGITS = 13  # epoch ms stay 13 digits until the year 2286


@router.get("/analyze/view", response_class=HTMLResponse,
            responses={422: {"content": {"text/html": {}},
                             "description": "a readable page naming the invalid parameters"}})
async def view(request: Request) -> HTMLResponse:
    """An HTML page streaming the analysis of the scope named by the query parameters."""
    try:
        body = build_request(list(request.query_params.multi_items()))
    except InvalidRequest as exc:
        return _error_page([(exc.field or "request", exc.message)])
    except ValidationError as exc:
        return _error_page([(_field(e["loc"]), e["msg"].removeprefix("Value error, "))
                            for e in exc.errors()])
    settings = request.app.state.settings
    grafana = getattr(settings, "grafana_url", None) or ""
    payload = json.dumps(body.model_dump(mode="json", exclude_defaults=True))
    page = _template("view.html")
    for key, value in (("title", html.escape(_scope_text(body))),
                       ("grafana_url", html.escape(grafana.rstrip("/"), quote=True)),
                       ("tempo_uid", html.escape(TEMPO_UID, quote=True)),
                       ("request_json", payload.replace("<", "\\u003c"))):
        page = page.replace("{{" + key + "}}", value)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


def build_request(items: list[tuple[str, str]]) -> AnalyzeRequest:
    """The ``AnalyzeRequest`` the page's parameters describe; ``InvalidRequest`` or pydantic's
    ``ValidationError`` when they do not make one."""
    seen: dict[str, str] = {}
    for name, value in items:
        if name not in PARAMS:
            raise InvalidRequest(f"unknown parameter {name!r}: use {', '.join(PARAMS)}",
                                 field=name)
        if name in seen:
            raise InvalidRequest(f"parameter {name!r} is given twice", field=name)
        seen[name] = value.strip()
    if not any(seen.get(n) for n in SCOPE_LABELS):
        raise InvalidRequest("name a scope: at least one of "
                             f"{', '.join(SCOPE_LABELS)}", field="namespace")
    selector: dict[str, Any] = {}
    for name in SCOPE_LABELS:
        scope = seen.get(name)
        if scope:
            selector[name] = {"regex": scope[1:]} if scope.startswith("~") else scope
    for name in ("start", "end"):
        if seen.get(name):
            selector[name] = _time(seen[name])
    if seen.get("limit"):
        selector["limit"] = seen["limit"]
    request = AnalyzeRequest.model_validate(
        {"selector": selector, "question": seen.get("question") or None,
         "mode": seen.get("mode") or None})
    request.selector.window()  # start before end, with a clear message otherwise
    return request


def _time(value: str) -> int | str:
    if value.isdigit() and len(value) <= MAX_MS_DIGITS:
        return int(value) * 1_000_000  # Grafana's ${__from}: epoch milliseconds
    return value


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if not str(p)[0].isupper() and "-" not in str(p)]
    if len(parts) > 1 and parts[0] == "selector":
        return parts[1]
    return ".".join(parts) or "request"


def _scope_text(body: AnalyzeRequest) -> str:
    return ", ".join(f"{m.name}{m.op}{m.value}" for m in body.selector.matchers())


def _error_page(problems: list[tuple[str, str]]) -> HTMLResponse:
    items = "".join(f"<li><code>{html.escape(field)}</code>: {html.escape(message)}</li>"
                    for field, message in problems)
    return HTMLResponse(_template("view_error.html").replace("{{problems}}", items),
                        status_code=422)


@cache
def _template(name: str) -> str:
    return files("analyzer").joinpath("templates", name).read_text(encoding="utf-8")
