"""LokiSource against recorded responses of a real Loki 3.8 (``shared/loki``).

Responses are replayed through ``httpx.MockTransport`` handlers that also check what the client
sent, and once from a real HTTP server on a loopback socket. Nothing here talks to a live Loki.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from retrieval.errors import (
    ConfigError,
    InvalidRequest,
    SourceError,
    SourceQueryError,
    SourceUnavailable,
)
from retrieval.logql import render_logql
from retrieval.loki import LokiSource
from retrieval.records import Level, LogRecord
from retrieval.selector import LineFilter, Selector

BASE = "http://loki.test:3100"
API = "/loki/api/v1"
# The window of the recorded log queries.
START, END = 1795269535622427145, 1795273137631176981
ERROR_RECORDINGS = [
    "err_bad_start", "err_empty_matcher", "err_limit_too_high", "err_metric_without_range",
    "err_missing_query_param", "err_push_bad_timestamp", "err_push_future_timestamp",
    "err_push_invalid_label_name", "err_range_too_long", "err_unknown_path",
    "push_invalid_json", "query_invalid_logql", "query_invalid_logql_unclosed",
    "query_invalid_regex", "query_invalid_start_after_end",
]

Handler = Callable[[httpx.Request], httpx.Response]


class Recordings:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.meta = json.loads((root / "_meta.json").read_text())

    def body(self, name: str) -> bytes:
        return (self.root / f"{name}.json").read_bytes()

    def response(self, name: str) -> httpx.Response:
        rec = self.meta[name]
        headers = {"content-type": rec["content_type"]} if rec["content_type"] else {}
        return httpx.Response(rec["status"], headers=headers, content=self.body(name))

    def path(self, name: str) -> str:
        return urlsplit(self.meta[name]["url"]).path

    def params(self, name: str) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.meta[name]["url"]).query, keep_blank_values=True))


@pytest.fixture(scope="module")
def rec(loki_dir: Path) -> Recordings:
    return Recordings(loki_dir)


class Script:
    """A MockTransport handler answering with scripted steps (a response, an exception to
    raise, or a handler), keeping every request it saw."""

    def __init__(self, *steps: httpx.Response | Exception | Handler) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert self.steps, f"unexpected extra request {request.url}"
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step if isinstance(step, httpx.Response) else step(request)


def replay(rec: Recordings, name: str, *, exact: bool = True) -> Handler:
    """Serve recording ``name`` after checking the request is the one that was recorded."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "GET"
        assert request.url.path == rec.path(name)
        if exact:
            assert dict(request.url.params) == rec.params(name)
        return rec.response(name)

    return handler


@pytest.fixture
async def connect():
    """``connect(handler, **kwargs)`` -> a LokiSource over a MockTransport client."""
    clients: list[httpx.AsyncClient] = []

    def make(handler: Handler, **kwargs) -> LokiSource:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        clients.append(client)
        kwargs.setdefault("backoff_s", 0)
        return LokiSource(kwargs.pop("base_url", BASE), client=client, **kwargs)

    yield make
    for client in clients:
        await client.aclose()


async def collect(source: LokiSource, selector: Selector, **kw) -> list[LogRecord]:
    return [r async for r in source.query(selector, **kw)]


def recorded_selector(**kw) -> Selector:
    """The selector whose rendered query is the recorded ``query_range_logs`` request."""
    return Selector(namespace="shop", default_filter=False, start=START, end=END,
                    filters=[LineFilter(op="|~", value="(?i)(error|warn)")], **kw)


# --- log queries ----------------------------------------------------------------------------

async def test_query_sends_the_recorded_request_and_merges_time_order(rec, connect):
    script = Script(replay(rec, "query_range_logs"))
    records = await collect(connect(script), recorded_selector())
    sent = script.requests[0]
    assert sent.url.params["query"] == '{namespace="shop"} |~ "(?i)(error|warn)"'
    assert "x-scope-orgid" not in sent.headers and "authorization" not in sent.headers
    # Loki's result entries are out of order (1335, 2835, 1935, ...): one order, newest first
    assert [r.ts % 10**13 for r in records] == [
        2835622427145, 2535622427145, 2235622427145, 1935622427145, 1335622427145,
        735622427145]
    assert all(isinstance(r.ts, int) and r.level is Level.UNKNOWN for r in records)
    assert records[0] == LogRecord(
        ts=1795272835622427145, line="ERROR cart checkout handoff failed: upstream 503",
        labels={"container": "app", "detected_level": "error", "namespace": "shop",
                "pod": "cart-7d9", "service_name": "app"})


async def test_loki_adds_service_name_and_detected_level(rec, connect):
    records = await collect(connect(replay(rec, "query_range_logs")), recorded_selector())
    assert all(r.labels["service_name"] == r.labels["container"] for r in records)
    assert {r.labels["detected_level"] for r in records} == {"error", "warn"}


async def test_one_pushed_stream_comes_back_as_several_entries(rec, connect):
    records = await collect(connect(replay(rec, "query_range_logs")), recorded_selector())
    cart_app = [r for r in records if (r.labels["pod"], r.labels["container"])
                == ("cart-7d9", "app")]
    assert len(cart_app) == 3
    assert len({tuple(sorted(r.labels.items())) for r in cart_app}) == 3
    traced = [r for r in records if "trace_id" in r.labels]
    assert [r.labels["trace_id"] for r in traced] == ["4bf92f3577b34da6a3ce929d0e0e4736"]
    assert traced[0].line.startswith('level=error msg="failed to add item"')


async def test_categorize_labels_shape_merges_structured_metadata(rec, connect):
    plain = await collect(connect(replay(rec, "query_range_logs")), recorded_selector())
    categorized = await collect(connect(replay(rec, "query_range_logs_categorized")),
                                recorded_selector())
    assert json.loads(rec.body("query_range_logs_categorized"))["data"]["encodingFlags"] == [
        "categorize-labels"]
    assert categorized == plain


async def test_parsed_labels_of_the_third_element_are_merged(connect):
    body = {"status": "success", "data": {"resultType": "streams", "result": [
        {"stream": {"namespace": "shop"}, "values": [
            ["2", "b", {"structuredMetadata": {"trace_id": "t1"}, "parsed": {"code": "500"}}],
            ["1", "a", {}]]}]}}
    records = await collect(connect(Script(httpx.Response(200, json=body))),
                            Selector(namespace="shop", start=0, end=10))
    assert [(r.ts, r.labels) for r in records] == [
        (2, {"namespace": "shop", "trace_id": "t1", "code": "500"}), (1, {"namespace": "shop"})]


async def test_forward_query_as_recorded(rec, connect):
    selector = Selector(namespace="shop", default_filter=False, direction="forward", limit=2,
                        start=START, end=END)
    records = await collect(connect(replay(rec, "query_range_logs_forward_limit2")), selector)
    assert [r.line for r in records] == ['level=info msg="cart loaded" user=42',
                                        'level=info msg="payment started" order=1001']
    assert records[0].ts < records[1].ts


async def test_relative_times_become_ns_integers(connect):
    now = 1_800_000_000_000_000_000
    script = Script(httpx.Response(200, json={"status": "success", "data": {
        "resultType": "streams", "result": []}}))
    selector = Selector(namespace="shop", start="15m", end="5m")
    assert await collect(connect(script), selector, now_ns=now) == []
    params = script.requests[0].url.params
    assert params["end"] == str(now - 300 * 10**9)
    assert params["start"] == str(now - 1200 * 10**9)
    assert params["query"] == render_logql(selector)
    assert (params["limit"], params["direction"]) == ("15", "backward")


# --- errors ---------------------------------------------------------------------------------

def test_every_recorded_error_is_in_the_list(rec):
    assert sorted(n for n, m in rec.meta.items() if m["status"] >= 400) == ERROR_RECORDINGS


@pytest.mark.parametrize("name", ERROR_RECORDINGS)
async def test_recorded_errors_map_to_our_tree(rec, connect, name):
    script = Script(rec.response(name))
    with pytest.raises(SourceError) as info:
        await collect(connect(script), recorded_selector())
    err, text = info.value, rec.body(name).decode().strip()
    assert len(script.requests) == 1  # 4xx is never retried
    assert isinstance(err.__cause__, httpx.HTTPStatusError)
    assert rec.meta[name]["content_type"].startswith("text/plain")
    if rec.meta[name]["status"] == 400:
        assert isinstance(err, SourceQueryError)
        assert err.message == text and err.upstream_status == 400
    else:
        assert type(err) is SourceError and err.status == 502
        assert "404 page not found" in err.message and "not a Loki API" in err.message
        assert f"{BASE}{API}/query_range" in err.message


async def test_unknown_path_on_labels(rec, connect):
    with pytest.raises(SourceError, match="not a Loki API"):
        await connect(Script(rec.response("err_unknown_path"))).labels()


@pytest.mark.parametrize("name", ["ready", "buildinfo", "query_range_metric",
                                  "query_range_metric_sum_by", "query_instant_metric", "push",
                                  "series", "labels"])
async def test_success_that_is_not_a_streams_result_is_a_source_error(rec, connect, name):
    with pytest.raises(SourceError) as info:
        await collect(connect(Script(rec.response(name))), recorded_selector())
    assert type(info.value) is SourceError
    assert BASE in info.value.message


async def test_labels_answer_that_is_not_strings(rec, connect):
    with pytest.raises(SourceError, match="not a list of strings"):
        await connect(Script(rec.response("series"))).labels()


async def test_retry_on_503_then_success(rec, connect):
    busy = httpx.Response(503, text="too many outstanding requests")
    script = Script(busy, busy, replay(rec, "query_range_logs"))
    source = connect(script, retries=2, backoff_s=0.01)
    began = time.monotonic()
    records = await collect(source, recorded_selector())
    assert len(records) == 6 and len(script.requests) == 3
    assert time.monotonic() - began >= 0.025  # backoff 0.01 then 0.02


async def test_5xx_after_retries_is_unavailable(connect):
    script = Script(*[httpx.Response(502, text="bad gateway")] * 3)
    with pytest.raises(SourceUnavailable) as info:
        await collect(connect(script, retries=2), recorded_selector())
    assert len(script.requests) == 3
    assert "502 after 3 attempt(s): bad gateway" in info.value.message
    assert isinstance(info.value.__cause__, httpx.HTTPStatusError)


async def test_no_retry_on_400(rec, connect):
    script = Script(rec.response("query_invalid_regex"), rec.response("query_range_logs"))
    with pytest.raises(SourceQueryError, match="error parsing regexp"):
        await collect(connect(script, retries=3), recorded_selector())
    assert len(script.requests) == 1


@pytest.mark.parametrize("exc", [
    httpx.ConnectError("[Errno 111] Connection refused"),
    httpx.ConnectError("[Errno -2] Name or service not known"),
    httpx.ReadTimeout("timed out"),
    httpx.ConnectTimeout("timed out"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
])
async def test_transport_failures_are_unavailable_after_retries(connect, exc):
    script = Script(exc, exc)
    with pytest.raises(SourceUnavailable) as info:
        await collect(connect(script, retries=1, timeout_s=2), recorded_selector())
    assert len(script.requests) == 2
    assert BASE in info.value.message and info.value.__cause__ is exc


async def test_connection_refused_on_a_real_socket():
    with socket.socket() as sock:  # a port that was free a moment ago: nobody listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with LokiSource(f"http://127.0.0.1:{port}", retries=1, backoff_s=0) as source:
        with pytest.raises(SourceUnavailable, match=f"127.0.0.1:{port}") as info:
            await source.labels()
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_rate_limit_and_auth_failures(connect):
    with pytest.raises(SourceUnavailable, match="rate limiting"):
        await connect(Script(httpx.Response(429, text="slow down"))).labels()
    with pytest.raises(SourceError, match="check the token") as info:
        await connect(Script(httpx.Response(401, text="no org id"))).labels()
    assert type(info.value) is SourceError


# --- labels, ready, lifecycle ---------------------------------------------------------------

async def test_labels_and_label_values(rec, connect):
    script = Script(replay(rec, "labels", exact=False),
                    replay(rec, "label_namespace_values", exact=False),
                    httpx.Response(200, json={"status": "success", "data": ["b", "a"]}),
                    httpx.Response(200, json={"status": "success"}))
    source = connect(script)
    assert await source.labels() == ["container", "namespace", "pod", "service_name"]
    assert await source.label_values("namespace") == ["billing", "shop"]
    assert await source.label_values("pod") == ["a", "b"]  # sorted by us
    assert await source.label_values("pod") == []  # Loki leaves data out when empty
    assert script.requests[2].url.path == f"{API}/label/pod/values"
    with pytest.raises(InvalidRequest):
        await source.label_values("../ready")
    assert len(script.requests) == 4


async def test_ready(rec, connect):
    script = Script(replay(rec, "ready", exact=False))
    await connect(script).ready()
    assert script.requests[0].url.path == "/ready"
    for answer in (httpx.Response(503, text="Ingester not ready: waiting for 15s"),
                   httpx.Response(200, text="starting"), rec.response("err_unknown_path")):
        script = Script(answer)
        with pytest.raises(SourceUnavailable, match="not ready|503"):
            await connect(script, retries=3).ready()
        assert len(script.requests) == 1


async def test_describe_and_client_ownership(connect):
    source = connect(Script(), base_url="http://loki.test:3100/")
    assert source.describe() == "loki:http://loki.test:3100"
    await source.aclose()
    assert not source._client.is_closed  # injected: the caller closes it
    owned = LokiSource(BASE)
    await owned.aclose()
    assert owned._client.is_closed


def test_bad_configuration():
    with pytest.raises(ConfigError):
        LokiSource("loki.test:3100")
    with pytest.raises(ConfigError):
        LokiSource(BASE, bearer_token="t", basic_auth=("u", "p"))
    with pytest.raises(ConfigError):
        LokiSource(BASE, page_size=0)


# --- auth from files ------------------------------------------------------------------------

def settings(**kw) -> SimpleNamespace:
    base = {"source": f"loki:{BASE}", "loki_tenant": None, "loki_token_file": None,
            "loki_basic_auth_file": None, "loki_timeout_s": 5.0, "loki_retries": 0,
            "loki_page_size": 5000}
    return SimpleNamespace(**{**base, **kw})


async def auth_headers(settings_obj: SimpleNamespace) -> httpx.Headers:
    script = Script(httpx.Response(200, json={"status": "success", "data": []}))
    async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as client:
        source = LokiSource.from_settings(settings_obj, client=client)
        await source.labels()
    return script.requests[0].headers


async def test_bearer_token_and_tenant_from_files(tmp_path):
    token = tmp_path / "token"
    token.write_text("s3cr3t-token\n")
    headers = await auth_headers(settings(loki_token_file=token, loki_tenant="team-a"))
    assert headers["authorization"] == "Bearer s3cr3t-token"
    assert headers["x-scope-orgid"] == "team-a"


async def test_basic_auth_from_file(tmp_path):
    creds = tmp_path / "basic"
    creds.write_text("grafana:pa:ss\n")
    headers = await auth_headers(settings(loki_basic_auth_file=str(creds)))
    assert headers["authorization"] == "Basic " + base64.b64encode(b"grafana:pa:ss").decode()
    assert "x-scope-orgid" not in headers


def test_settings_errors(tmp_path):
    empty, bad = tmp_path / "empty", tmp_path / "bad"
    empty.write_text("\n")
    bad.write_text("no-colon")
    for broken, match in [(settings(source="file:/var/log"), "loki:URL"),
                          (settings(loki_token_file=tmp_path / "missing"), "cannot read"),
                          (settings(loki_token_file=empty), "empty"),
                          (settings(loki_basic_auth_file=bad), "user:password")]:
        with pytest.raises(ConfigError, match=match):
            LokiSource.from_settings(broken)
    source = LokiSource.from_settings(settings(loki_retries=4, loki_page_size=100))
    assert (source.retries, source.page_size, source.timeout_s) == (4, 100, 5.0)


# --- pagination -----------------------------------------------------------------------------

class FakeLoki:
    """Answers query_range the way Loki does over in-memory entries: [start, end), limit,
    direction; entries grouped by label set into result entries, in no global order."""

    def __init__(self, entries: list[tuple[int, dict[str, str], str]], max_limit: int) -> None:
        self.entries = entries
        self.max_limit = max_limit
        self.calls: list[tuple[int, int, int, int]] = []  # start, end, limit, returned

    def __call__(self, request: httpx.Request) -> httpx.Response:
        p = request.url.params
        start, end, limit = int(p["start"]), int(p["end"]), int(p["limit"])
        assert limit <= self.max_limit, "the client asked past Loki's max entries"
        backward = p["direction"] == "backward"
        rows = sorted((e for e in self.entries if start <= e[0] < end),
                      key=lambda e: (e[0], sorted(e[1].items()), e[2]), reverse=backward)[:limit]
        self.calls.append((start, end, limit, len(rows)))
        streams: dict[str, dict] = {}
        for ts, labels, line in rows:
            key = json.dumps(labels, sort_keys=True)
            streams.setdefault(key, {"stream": labels, "values": []})["values"].append(
                [str(ts), line])
        result = list(reversed(streams.values()))
        return httpx.Response(200, json={"status": "success", "data": {
            "resultType": "streams", "result": result, "stats": {}}})


def entries(pairs: int) -> list[tuple[int, dict[str, str], str]]:
    """Two streams that log at the same nanoseconds: every page boundary splits a tie."""
    return [(1000 + i, {"namespace": "shop", "pod": pod}, f"{pod} line {i}")
            for i in range(pairs) for pod in ("a", "b")]


def keys(records: list[LogRecord]) -> list[tuple[int, str, str]]:
    return [(r.ts, r.labels["pod"], r.line) for r in records]


@pytest.mark.parametrize("direction", ["backward", "forward"])
async def test_pages_move_the_window_and_dedupe_the_boundary(connect, direction):
    data = entries(6)  # 12 entries
    loki = FakeLoki(data, max_limit=5)
    selector = Selector(namespace="shop", start=0, end=5000, limit=50, direction=direction)
    records = await collect(connect(loki, page_size=5), selector)
    got = keys(records)
    assert sorted(got) == sorted((ts, lb["pod"], line) for ts, lb, line in data)  # all, once
    ts = [r.ts for r in records]
    assert ts == sorted(ts, reverse=direction == "backward")
    assert all(limit == 5 for _, _, limit, _ in loki.calls)
    assert loki.calls[-1][3] < 5  # stopped on the first short page
    for (start, end, _, _), (nstart, nend, _, _) in zip(loki.calls, loki.calls[1:],
                                                        strict=False):
        if direction == "backward":  # end is exclusive: next end = oldest seen + 1
            assert nstart == start and nend < end
        else:  # start is inclusive: next start = newest seen
            assert nend == end and nstart > start
    boundaries = [c[1] for c in loki.calls[1:]] if direction == "backward" else [
        c[0] for c in loki.calls[1:]]
    seen_ts = set(ts)
    assert all((b - 1 if direction == "backward" else b) in seen_ts for b in boundaries)


async def test_limit_is_honoured_across_pages(connect):
    loki = FakeLoki(entries(6), max_limit=5)
    selector = Selector(namespace="shop", start=0, end=5000, limit=7)
    records = await collect(connect(loki, page_size=5), selector)
    assert len(records) == 7 and len(set(keys(records))) == 7
    assert [limit for _, _, limit, _ in loki.calls] == [5, 3]  # never more than still needed
    assert [r.ts for r in records] == [1005, 1005, 1004, 1004, 1003, 1003, 1002]


async def test_page_size_caps_the_request_limit(connect):
    loki = FakeLoki(entries(3), max_limit=5000)
    await collect(connect(loki), Selector(namespace="shop", start=0, end=5000, limit=200))
    assert [(limit, n) for _, _, limit, n in loki.calls] == [(200, 6)]
    loki = FakeLoki(entries(3), max_limit=2)
    records = await collect(connect(loki, page_size=2), Selector(namespace="shop", start=0,
                                                                 end=5000, limit=200))
    assert len(records) == 6 and {limit for _, _, limit, _ in loki.calls} == {2}


async def test_more_entries_at_one_ns_than_a_page_steps_past_them(connect):
    same_ns = [(2000, {"namespace": "shop", "pod": f"p{i}"}, "burst") for i in range(5)]
    older = [(1000 + i, {"namespace": "shop", "pod": "q"}, f"old {i}") for i in range(3)]
    loki = FakeLoki(same_ns + older, max_limit=3)
    records = await collect(connect(loki, page_size=3),
                            Selector(namespace="shop", start=0, end=5000, limit=50))
    assert [r.ts for r in records] == [2000, 2000, 2000, 1002, 1001, 1000]
    assert len(set(keys(records))) == 6  # 2 of the 5 at 2000 never fit in a page


# --- over a real socket ---------------------------------------------------------------------

@pytest.fixture
def recorded_loki_server(rec):
    """A real HTTP server on 127.0.0.1 serving the recorded bodies by path."""
    routes = {rec.path(n): n for n in ("query_range_logs", "labels", "label_namespace_values",
                                       "ready")}
    seen: list[tuple[str, dict[str, str], dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            params = dict(parse_qsl(url.query))
            seen.append((url.path, params, dict(self.headers)))
            name = routes.get(url.path, "err_unknown_path")
            meta = rec.meta[name]
            body = rec.body(name)
            self.send_response(meta["status"])
            self.send_header("Content-Type", meta["content_type"])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()
    thread.join()


async def test_over_a_real_socket(rec, recorded_loki_server):
    url, seen = recorded_loki_server
    async with LokiSource(url, tenant="team-a", timeout_s=5) as source:
        await source.ready()
        records = await collect(source, recorded_selector())
        assert await source.labels() == ["container", "namespace", "pod", "service_name"]
        assert await source.label_values("namespace") == ["billing", "shop"]
    assert source._client.is_closed
    assert [r.ts for r in records] == sorted((r.ts for r in records), reverse=True)
    assert len(records) == 6
    path, params, headers = seen[1]
    assert path == f"{API}/query_range" and params == rec.params("query_range_logs")
    assert {k.lower(): v for k, v in headers.items()}["x-scope-orgid"] == "team-a"
    async with LokiSource(url + "/grafana") as wrong:
        with pytest.raises(SourceError, match="404 page not found"):
            await wrong.labels()


async def test_entries_outside_the_window_do_not_loop(connect):
    """A misbehaving server that keeps answering the same full page ends the query."""
    body = {"status": "success", "data": {"resultType": "streams", "result": [
        {"stream": {"namespace": "shop"}, "values": [["9000", "x"], ["9000", "y"]]}]}}
    script = Script(*[httpx.Response(200, json=body)] * 3)
    records = await collect(connect(script, page_size=2),
                            Selector(namespace="shop", start=0, end=5000, limit=10))
    assert [r.line for r in records] == ["x", "y"] and len(script.requests) == 2
