"""``LokiSource``: Grafana Loki's HTTP API (``/loki/api/v1``) as a ``LogSource``.

What a client must handle, as recorded from a real Loki 3.8 (``shared/loki/README.md``):

- entries are ``[ts, line]``, or ``[ts, line, {"structuredMetadata": ..., "parsed": ...}]``
  with the ``categorize-labels`` encoding flag; metadata is merged into the record's labels;
- one pushed stream comes back as several result entries (one per set of structured metadata)
  and entries are not in one global time order: each response is merged into one order;
- a query returns at most ``max_entries_limit_per_query`` (5000) entries: longer limits are
  paged by moving the time window, de-duplicating entries seen at the boundary timestamp;
- errors are ``text/plain`` bare messages: 400 keeps Loki's message in ``SourceQueryError``.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx

from .errors import ConfigError, InvalidRequest, SourceError, SourceQueryError, SourceUnavailable
from .labels import OTEL_EVENT_LABELS, STYLE_LABELS, as_read
from .logql import render_logql
from .records import LogRecord
from .selector import LABEL_NAME, Selector
from .source import LogSource

#: Loki's default ``max_entries_limit_per_query``.
MAX_ENTRIES_PER_QUERY = 5000
API = "/loki/api/v1"

_Key = tuple[int, tuple[tuple[str, str], ...], str]


class LokiSource(LogSource):
    """Loki over HTTP. Pass an ``httpx.AsyncClient`` to share a pool (it stays yours), or let
    the source build one it closes in ``aclose()``."""

    kind = "loki"

    def __init__(self, base_url: str, *, client: httpx.AsyncClient | None = None,
                 tenant: str | None = None, bearer_token: str | None = None,
                 basic_auth: tuple[str, str] | None = None, timeout_s: float = 30.0,
                 retries: int = 2, page_size: int = MAX_ENTRIES_PER_QUERY,
                 backoff_s: float = 0.25, label_style: str = "kubernetes") -> None:
        url = base_url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")) or len(url.split("//", 1)[1]) == 0:
            raise ConfigError(f"Loki URL {base_url!r} must start with http:// or https://",
                              field="source")
        if bearer_token and basic_auth:
            raise ConfigError("give Loki a bearer token or basic auth, not both")
        if label_style not in ("kubernetes", *STYLE_LABELS):
            raise ConfigError(f"Loki label style {label_style!r}: use kubernetes, "
                              f"{', '.join(STYLE_LABELS)}", field="loki_labels")
        #: the label names a selector's are written as (the OTLP ones for ``otel``, OpenShift
        #: Logging's for ``viaq``, Fluent Bit's for ``fluentbit``, ...: ``STYLE_LABELS``)
        self.label_names = STYLE_LABELS.get(label_style)
        #: the names Loki keeps as structured metadata, matched by label filters
        self.metadata = OTEL_EVENT_LABELS if label_style == "otel" else ()
        if retries < 0 or page_size < 1 or timeout_s <= 0:
            raise ConfigError("Loki retries must be >= 0, page_size >= 1 and timeout_s > 0")
        self.base_url = url
        self.timeout_s = timeout_s
        self.retries = retries
        self.page_size = page_size
        self.backoff_s = backoff_s
        self._owns_client = client is None
        self._client = httpx.AsyncClient(timeout=timeout_s) if client is None else client
        self._headers: dict[str, str] = {}
        if tenant:
            self._headers["X-Scope-OrgID"] = tenant
        if bearer_token:
            self._headers["Authorization"] = f"Bearer {bearer_token}"
        elif basic_auth:
            token = base64.b64encode(f"{basic_auth[0]}:{basic_auth[1]}".encode()).decode()
            self._headers["Authorization"] = f"Basic {token}"

    @classmethod
    def from_settings(cls, settings: Any, *, client: httpx.AsyncClient | None = None
                      ) -> LokiSource:
        """Build from an object with ``source`` (``loki:URL``), ``loki_tenant``,
        ``loki_token_file``, ``loki_basic_auth_file`` (``user:password``), ``loki_timeout_s``,
        ``loki_retries`` and ``loki_page_size``. Secret files are read here."""
        source = str(settings.source).strip()
        kind, _, url = source.partition(":")
        if kind != "loki" or not url:
            raise ConfigError(f"source {source!r} is not of the form loki:URL", field="source")
        token = _read_secret(getattr(settings, "loki_token_file", None), "the Loki token")
        basic: tuple[str, str] | None = None
        text = _read_secret(getattr(settings, "loki_basic_auth_file", None), "Loki basic auth")
        if text is not None:
            user, colon, password = text.partition(":")
            if not colon or not user:
                raise ConfigError("the Loki basic auth file must hold user:password",
                                  field="loki_basic_auth_file")
            basic = (user, password)
        return cls(url, client=client, tenant=getattr(settings, "loki_tenant", None),
                   bearer_token=token, basic_auth=basic,
                   timeout_s=getattr(settings, "loki_timeout_s", 30.0),
                   retries=getattr(settings, "loki_retries", 2),
                   page_size=getattr(settings, "loki_page_size", MAX_ENTRIES_PER_QUERY),
                   label_style=getattr(settings, "loki_labels", "kubernetes"))

    def describe(self) -> str:
        return f"loki:{self.base_url}"

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> LokiSource:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # --- LogSource ------------------------------------------------------------------------
    async def query(self, selector: Selector, *, now_ns: int | None = None
                    ) -> AsyncIterator[LogRecord]:
        """Yield up to ``selector.limit`` records in the selector's direction, paging through
        ``query_range`` ``page_size`` entries at a time. If more than ``page_size`` entries
        share one nanosecond, the ones that did not fit in a page are skipped."""
        start, end = selector.window(now_ns)
        logql = render_logql(selector, names=self.label_names, metadata=self.metadata)
        backward = selector.direction == "backward"
        remaining = selector.limit
        edge_ts: int | None = None  # the page boundary timestamp ...
        edge_keys: set[_Key] = set()  # ... and the entries already yielded at it
        while remaining > 0 and start < end:
            # ask for the boundary entries we will drop as duplicates on top of what we need
            want = min(remaining + len(edge_keys), self.page_size)
            page = await self._query_range(logql, start, end, want, selector.direction)
            fresh = [r for r in page if _key(r) not in edge_keys]
            for record in fresh[:remaining]:
                yield record
            remaining -= min(len(fresh), remaining)
            if len(page) < want or remaining == 0:
                return
            last = page[-1].ts  # the oldest (backward) or newest (forward) of the page
            keys = {_key(r) for r in page if r.ts == last}
            if last == edge_ts:
                edge_keys |= keys
            else:
                edge_ts, edge_keys = last, keys
            if fresh:  # the window keeps the boundary ts: entries there may not all be in yet
                start, end = (start, min(end, last + 1)) if backward else (max(start, last), end)
            else:  # a whole page at one ts, all seen: step past it or we would loop forever
                step = (start, min(end, last)) if backward else (max(start, last + 1), end)
                if step == (start, end):  # Loki answered outside the window: stop
                    return
                (start, end), edge_ts, edge_keys = step, None, set()

    async def labels(self) -> list[str]:
        return await self._strings(f"{API}/labels")

    async def label_values(self, name: str) -> list[str]:
        if not LABEL_NAME.match(name):
            raise InvalidRequest(f"invalid label name {name!r}", field="name")
        return await self._strings(f"{API}/label/{name}/values")

    async def ready(self) -> None:
        """Raise ``SourceUnavailable`` unless ``/ready`` answers 200 ``ready`` (no retries)."""
        resp = await self._get("/ready", retries=0)
        text = resp.text.strip()
        if resp.status_code == 200 and text == "ready":
            return
        message = f"Loki at {self.base_url} is not ready ({resp.status_code}: {text[:200]})"
        try:
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            raise SourceUnavailable(message) from exc
        raise SourceUnavailable(message)

    # --- HTTP -------------------------------------------------------------------------------
    async def _query_range(self, logql: str, start: int, end: int, limit: int,
                           direction: str) -> list[LogRecord]:
        path = f"{API}/query_range"
        params = {"query": logql, "start": str(start), "end": str(end), "limit": str(limit),
                  "direction": direction}
        body = self._json(await self._get(path, params), path)
        try:
            records = _parse_streams(body.get("data"))
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            detail = f"no {exc}" if isinstance(exc, KeyError) else str(exc)
            raise SourceError(f"Loki at {self.base_url} answered {path} with an unexpected "
                              f"JSON shape: {detail}") from exc
        records.sort(key=lambda r: r.ts, reverse=direction == "backward")
        return records

    async def _strings(self, path: str) -> list[str]:
        data = self._json(await self._get(path), path).get("data")
        if data is None:  # Loki omits data when nothing matches
            return []
        if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
            raise SourceError(f"Loki at {self.base_url} answered {path} with an unexpected "
                              "JSON shape: data is not a list of strings")
        return sorted(data)

    async def _get(self, path: str, params: dict[str, str] | None = None, *,
                   retries: int | None = None) -> httpx.Response:
        """GET with bounded retries on 5xx, connection errors and timeouts, never on 4xx.
        Returns any response below 500: ``_json`` maps 3xx and 4xx."""
        url = self.base_url + path
        attempts = (self.retries if retries is None else retries) + 1
        for attempt in range(1, attempts + 1):
            try:
                resp = await self._client.get(url, params=params, headers=self._headers,
                                              timeout=self.timeout_s)
            except httpx.TimeoutException as exc:
                cause: Exception = exc
                failure = SourceUnavailable(
                    f"Loki at {self.base_url} did not answer within {self.timeout_s:g}s "
                    f"({attempt} attempt(s))")
            except httpx.TransportError as exc:
                cause = exc
                failure = SourceUnavailable(
                    f"cannot reach Loki at {self.base_url}: {exc or type(exc).__name__} "
                    f"({attempt} attempt(s))")
            else:
                if resp.status_code < 500:
                    return resp
                cause = _status_error(resp)
                failure = SourceUnavailable(
                    f"Loki at {self.base_url} answered {resp.status_code} after {attempt} "
                    f"attempt(s): {resp.text.strip()[:300]}")
            if attempt < attempts:
                await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
        raise failure from cause

    def _raise_for_status(self, resp: httpx.Response, path: str) -> None:
        """Map a 3xx or 4xx answer to our errors (5xx were handled by ``_get``)."""
        status = resp.status_code
        if status < 300:
            return
        text = resp.text.strip()
        if status == 400:
            error: SourceError = SourceQueryError(text or "Loki rejected the query (400)",
                                                  upstream_status=400)
        elif status == 404:
            error = SourceError(f"{self.base_url}{path} is not a Loki API (404: {text}); "
                                "the source should be loki:<URL of Loki, without /loki/api/v1>")
        elif status in (401, 403):
            error = SourceError(f"Loki at {self.base_url} refused the request ({status}: "
                                f"{text}); check the token, basic auth or tenant")
        elif status == 429:
            error = SourceUnavailable(f"Loki at {self.base_url} is rate limiting (429: {text})")
        elif status < 400:
            error = SourceError(f"Loki at {self.base_url} redirected {path} ({status}) to "
                                f"{resp.headers.get('location', '?')}; use the final URL")
        else:
            error = SourceQueryError(text or f"Loki rejected the query ({status})",
                                     upstream_status=status)
        raise error from _status_error(resp)

    def _json(self, resp: httpx.Response, path: str) -> dict[str, Any]:
        self._raise_for_status(resp, path)
        try:
            body = resp.json()
        except ValueError as exc:
            kind = resp.headers.get("content-type", "no content type")
            raise SourceError(f"Loki at {self.base_url} answered {path} with {kind}, not "
                              f"JSON: {resp.text[:120]!r}; is this a Loki URL?") from exc
        if not isinstance(body, dict) or body.get("status") != "success":
            raise SourceError(f"Loki at {self.base_url} answered {path} without "
                              f'"status": "success": {resp.text[:120]!r}')
        return body


def _status_error(resp: httpx.Response) -> httpx.HTTPStatusError:
    try:
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        return exc
    raise AssertionError("not an error status")  # pragma: no cover


def _parse_streams(data: Any) -> list[LogRecord]:
    """Records of a ``streams`` result, in the order Loki sent them."""
    if data.get("resultType") != "streams":
        raise ValueError(f"resultType is {data.get('resultType')!r}, not 'streams'")
    out: list[LogRecord] = []
    for entry in data["result"]:
        stream = entry["stream"]
        if not isinstance(stream, dict):
            raise TypeError("stream labels are not an object")
        for value in entry["values"]:
            if not isinstance(value, list) or len(value) not in (2, 3):
                raise ValueError(f"entry {value!r:.80} is not [ts, line] or [ts, line, meta]")
            ts, line = value[0], value[1]
            if not isinstance(ts, str) or not ts.isdigit() or not isinstance(line, str):
                raise ValueError(f"entry {value!r:.80} needs a ns timestamp string and a line")
            labels = dict(stream)
            if len(value) == 3:
                for part in ("structuredMetadata", "parsed"):
                    labels.update(value[2].get(part) or {})
            read, line = as_read(labels, line)
            out.append(LogRecord(ts=int(ts), labels=read, line=line))
    return out


def _key(record: LogRecord) -> _Key:
    return record.ts, tuple(sorted(record.labels.items())), record.line


def _read_secret(path: str | Path | None, what: str) -> str | None:
    if path is None or path == "":
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} from {path}: {exc.strerror or exc}") from exc
    if not text:
        raise ConfigError(f"{what} file {path} is empty")
    return text
