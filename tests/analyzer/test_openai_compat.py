"""OpenAICompatBackend: the request it sends, SSE parsing, error mapping and token counting
through ``httpx.MockTransport``; then a real llama-cpp-python server in a subprocess."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest

from analyzer.backends import Usage, create_backend
from analyzer.backends.openai_compat import OpenAICompatBackend, estimate_tokens, sse_data
from analyzer.models import resolve_model
from analyzer.schema import CATEGORIES, SEVERITIES, llm_json_schema
from analyzer.settings import Settings
from retrieval.errors import BackendError, BackendUnavailable, ConfigError
from tests.servers import free_port, run_server

BASE = "http://llm.test/v1"
MESSAGES = [{"role": "system", "content": "You read Kubernetes logs. Answer one JSON object."},
            {"role": "user", "content": "[0] cart: Container cart was OOMKilled (exit code 137)\n"
                                        "[1] checkout: cart reservation failed: 503 from cart\n"
                                        "What is wrong?"}]
SCHEMA = llm_json_schema(["cart", "checkout"], 2)
ANSWER = '{"severity": "CRITICAL", "component": "café"}'


def sse(*events: object, done: bool = True) -> bytes:
    lines = [f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events]
    return ("".join(lines) + ("data: [DONE]\n\n" if done else "")).encode()


def delta(text: str | None = None, finish: str | None = None) -> dict:
    d = {} if text is None else {"content": text}
    return {"model": "smol", "choices": [{"index": 0, "delta": d, "finish_reason": finish}]}


def answer_stream(text: str = ANSWER, usage: dict | None = None) -> bytes:
    events: list[object] = [{"model": "smol", "choices": [{"index": 0, "delta": {
        "role": "assistant"}, "finish_reason": None}]}]
    events += [delta(text[i:i + 4]) for i in range(0, len(text), 4)]
    events.append(delta(finish="stop"))
    if usage:
        events.append({"model": "smol", "choices": [], "usage": usage})
    return sse(*events)


async def pieces(data: bytes, size: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i:i + size]


class Recorder:
    """A MockTransport handler that records requests and answers from a function."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


@pytest.fixture
async def make():
    """Build backends over a mock transport; closes every client at the end."""
    clients: list[httpx.AsyncClient | httpx.Client] = []

    def build(answer, **kwargs) -> tuple[OpenAICompatBackend, Recorder]:
        recorder = Recorder(answer)
        client = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        sync = httpx.Client(transport=httpx.MockTransport(recorder))
        clients.extend([client, sync])
        return OpenAICompatBackend(BASE, client=client, tokenize_client=sync, **kwargs), recorder

    yield build
    for c in clients:
        await c.aclose() if isinstance(c, httpx.AsyncClient) else c.close()


async def collect(backend, usage=None, max_tokens=300) -> str:
    return "".join([c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=max_tokens,
                                                    usage=usage)])


# --- the request --------------------------------------------------------------------------------

async def test_json_schema_mode_sends_a_strict_named_schema_with_stream_and_max_tokens(make):
    backend, rec = make(lambda r: httpx.Response(200, content=answer_stream()),
                        model="qwen", api_key="sekrit", temperature=0.0, seed=7)
    assert await collect(backend, max_tokens=123) == ANSWER
    request = rec.requests[0]
    assert request.method == "POST" and str(request.url) == f"{BASE}/chat/completions"
    assert request.headers["authorization"] == "Bearer sekrit"
    body = json.loads(request.content)
    assert body["stream"] is True and body["max_tokens"] == 123
    assert body["model"] == "qwen" and body["messages"] == MESSAGES
    assert body["temperature"] == 0.0 and body["seed"] == 7
    assert body["response_format"] == {"type": "json_schema", "json_schema": {
        "name": "extraction", "schema": SCHEMA, "strict": True}}


async def test_json_object_mode_sends_the_schema_inline_and_no_key_means_no_header(make):
    backend, rec = make(lambda r: httpx.Response(200, content=answer_stream()),
                        schema_mode="json_object")
    await collect(backend)
    body = json.loads(rec.requests[0].content)
    assert body["response_format"] == {"type": "json_object", "schema": SCHEMA}
    assert "authorization" not in rec.requests[0].headers


async def test_from_settings_reads_the_key_file_and_the_mode(tmp_path, make):
    key = tmp_path / "key"
    key.write_text("from-file\n")
    rec = Recorder(lambda r: httpx.Response(200, content=answer_stream()))
    async with httpx.AsyncClient(transport=httpx.MockTransport(rec)) as client:
        settings = Settings(backend="openai", openai_base_url=BASE + "/", openai_api_key_file=key,
                            openai_schema_mode="json_object", openai_model="m", n_ctx=4096)
        backend = OpenAICompatBackend.from_settings(settings, client=client)
        assert (backend.name, backend.model, backend.n_ctx) == ("openai", "m", 4096)
        await collect(backend)
    assert rec.requests[0].headers["authorization"] == "Bearer from-file"
    assert str(rec.requests[0].url) == f"{BASE}/chat/completions"


def test_settings_errors_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="LOGLENS_OPENAI_BASE_URL"):
        create_backend(Settings(backend="openai"))
    with pytest.raises(ConfigError, match="cannot read the OpenAI API key"):
        create_backend(Settings(backend="openai", openai_base_url=BASE,
                                openai_api_key_file=tmp_path / "missing"))


# --- SSE parsing --------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [1, 3, 7, 64, 10_000])
async def test_sse_split_anywhere_even_mid_line_and_mid_character(make, size):
    data = answer_stream(usage={"prompt_tokens": 50, "completion_tokens": 12})
    data = data.replace(b"\n\n", b"\r\n\r\n", 2).replace(b"data: [DONE]", b": ping\n\ndata: [DONE]")
    backend, _ = make(lambda r: httpx.Response(200, content=pieces(data, size)))
    usage = Usage()
    assert await collect(backend, usage) == ANSWER
    assert (usage.prompt_tokens, usage.completion_tokens) == (50, 12)
    assert usage.model == "smol" and usage.finish_reason == "stop"


async def test_without_server_usage_completion_tokens_count_the_deltas(make):
    backend, _ = make(lambda r: httpx.Response(200, content=answer_stream()))
    usage = Usage()
    await collect(backend, usage)
    assert usage.completion_tokens == -(-len(ANSWER) // 4) and usage.finish_reason == "stop"


async def test_sse_data_joins_multi_line_events_and_skips_comments_and_other_fields():
    async def lines():
        for line in [": ping", "event: message", "data: a", "data:b", "id: 3", "", "",
                     "data: tail"]:
            yield line

    assert [d async for d in sse_data(lines())] == ["a\nb", "tail"]


async def test_text_after_done_is_ignored_and_a_missing_done_is_fine(make):
    events = (delta("{}"), delta(finish="stop"))
    backend, _ = make(lambda r: httpx.Response(200, content=sse(*events) + b"data: junk\n\n"))
    assert await collect(backend) == "{}"
    backend, _ = make(lambda r: httpx.Response(200, content=sse(*events, done=False)))
    assert await collect(backend) == "{}"


async def test_a_stream_that_ends_without_a_finish_reason_was_cut_short(make):
    # What llama-cpp-python's server sends when another request interrupts the generation.
    backend, _ = make(lambda r: httpx.Response(200, content=sse(delta('{"severity": "'))))
    with pytest.raises(BackendError, match="interrupt"):
        await collect(backend)


async def test_closing_the_stream_early_closes_the_response(make):
    closed = []

    class Endless(httpx.AsyncByteStream):
        async def __aiter__(self):
            while True:
                yield sse(delta("x"), done=False)

        async def aclose(self):
            closed.append(True)

    backend, _ = make(lambda r: httpx.Response(200, stream=Endless()))
    stream = backend.stream(MESSAGES, SCHEMA, max_tokens=10)
    assert await anext(stream) == "x"
    await stream.aclose()
    assert closed == [True]


# --- errors -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "body", "error", "message"), [
    (400, {"error": {"message": "Requested tokens (5000) exceed context window of 2048",
                     "type": "invalid_request_error"}}, BackendError, "exceed context window"),
    (422, {"detail": [{"loc": ["body", "response_format", "type"], "msg": "Input should be "
                       "'text' or 'json_object'"}]}, BackendError, "json_object"),
    (401, {"error": "invalid api key"}, BackendError, "invalid api key"),
    (500, "upstream exploded", BackendError, "upstream exploded"),
    (503, {"error": {"message": "Loading model", "code": 503}}, BackendUnavailable,
     "Loading model"),
])
async def test_http_errors_keep_the_server_message(make, status, body, error, message):
    def answer(request):
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    backend, _ = make(answer)
    with pytest.raises(error, match=message) as info:
        await collect(backend)
    assert f"{BASE}/chat/completions" in str(info.value) and str(status) in str(info.value)
    assert type(info.value) is error


@pytest.mark.parametrize(("exc", "message"), [
    (httpx.ConnectError("connection refused"), "cannot reach"),
    (httpx.ReadTimeout("read timed out"), "timed out"),
])
async def test_transport_failures_are_unavailable_and_name_the_url(make, exc, message):
    def answer(request):
        raise exc

    backend, _ = make(answer)
    with pytest.raises(BackendUnavailable, match=message) as info:
        await collect(backend)
    assert f"{BASE}/chat/completions" in str(info.value)
    assert info.value.__cause__ is exc


async def test_a_real_refused_connection_is_unavailable():
    backend = OpenAICompatBackend(f"http://127.0.0.1:{free_port()}/v1", timeout_s=5)
    try:
        with pytest.raises(BackendUnavailable, match="cannot reach"):
            await collect(backend)
        with pytest.raises(BackendUnavailable, match="/v1/models"):
            await backend.ready()
    finally:
        await backend.aclose()


@pytest.mark.parametrize(("event", "message"), [
    ({"error": {"message": "llama_decode returned -1"}}, "llama_decode returned -1"),
    ("{not json", "not JSON"),
    ("[1, 2]", "unexpected event"),
])
async def test_bad_events_mid_stream_are_backend_errors(make, event, message):
    backend, _ = make(lambda r: httpx.Response(200, content=sse(delta("{"), event)))
    with pytest.raises(BackendError, match=message):
        await collect(backend)


async def test_ready_asks_for_the_models(make):
    backend, rec = make(lambda r: httpx.Response(200, json={"object": "list", "data": []}),
                        api_key="k")
    await backend.ready()
    assert str(rec.requests[0].url) == f"{BASE}/models"
    assert rec.requests[0].headers["authorization"] == "Bearer k"
    backend, _ = make(lambda r: httpx.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(BackendError, match="bad key"):
        await backend.ready()


# --- token counting -----------------------------------------------------------------------------

async def test_count_tokens_uses_llama_cpp_python_extras_tokenize_without_its_bos(make):
    def answer(request):
        assert request.url.path == "/extras/tokenize"  # at the server root, not under /v1
        text = json.loads(request.content)["input"]
        return httpx.Response(200, json={"tokens": [1] + list(range(len(text.split())))})

    backend, rec = make(answer)
    assert backend.count_tokens("three words here") == 3
    assert backend.count_tokens("three words here") == 3  # memoized
    assert backend.count_tokens("") == 0
    assert len(rec.requests) == 3  # discovery with "" + one per distinct text


async def test_count_tokens_falls_back_to_llama_cpp_tokenize(make):
    def answer(request):
        if request.url.path == "/tokenize":
            content = json.loads(request.content)["content"]
            return httpx.Response(200, json={"tokens": list(range(len(content)))})
        return httpx.Response(404, json={"error": "not found"})

    backend, _ = make(answer)
    assert backend.count_tokens("abcde") == 5


async def test_count_tokens_estimates_when_the_server_cannot_tokenize(make):
    backend, rec = make(lambda r: httpx.Response(404))
    text = "2026-03-01T11:50:02Z level=error msg=\"dial tcp 10.0.0.7:5432: connect refused\""
    assert backend.count_tokens(text) == estimate_tokens(text)
    assert backend.count_tokens("again") == estimate_tokens("again")
    assert len(rec.requests) == 2  # the two endpoints were tried once, then never again


async def test_a_tokenizer_that_stops_answering_switches_to_the_estimate(make):
    calls = []

    def answer(request):
        calls.append(request)
        if len(calls) > 1:
            raise httpx.ConnectError("gone")
        return httpx.Response(200, json={"tokens": []})

    backend, _ = make(answer)
    assert backend.count_tokens("hello there") == estimate_tokens("hello there")
    backend.count_tokens("more")
    assert len(calls) == 2


def test_the_estimate_errs_high_on_dense_log_text():
    # What SmolLM2's tokenizer (the larger of the two shipped ones) really counts for these.
    dense = {"2026-03-01T11:50:00.000500000Z": 30, "10.42.1.89:8080": 15,
             "a1b2c3d4-e5f6-7890-abcd-ef1234567890": 33, "接続": 4}
    for text, at_least in dense.items():
        assert estimate_tokens(text) >= at_least
        assert estimate_tokens(text) > len(text) // 3 + 1
    assert estimate_tokens("") == 1


# --- a real llama-cpp-python server ------------------------------------------------------------

def smollm2_path() -> Path:
    return resolve_model(Settings(model="smollm2")).path


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory) -> str:
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "stderr.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path()),
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "1",
           "--n_threads_batch", "1", "--logits_all", "false", "--chat_format", "chatml"]
    base = f"http://127.0.0.1:{port}/v1"
    try:
        with run_server(cmd, f"{base}/models", stderr_path=log):
            yield base
    except RuntimeError as exc:  # it did not come up: say why, with its stderr
        pytest.fail(str(exc))


@pytest.mark.slow
async def test_a_real_streamed_constrained_completion(llama_server):
    backend = OpenAICompatBackend(llama_server, schema_mode="json_object", n_ctx=2048)
    try:
        await backend.ready()
        usage = Usage()
        parts = [c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=320, usage=usage)]
    finally:
        await backend.aclose()
    assert len(parts) > 10  # it really streamed
    answer = json.loads("".join(parts))
    assert answer["severity"] in SEVERITIES and answer["root_cause_category"] in CATEGORIES
    assert answer["component"] in ("cart", "checkout")
    assert set(answer["evidence"]) <= {0, 1}
    assert usage.finish_reason == "stop" and usage.completion_tokens > 10


@pytest.mark.slow
async def test_the_python_server_rejects_json_schema_mode_with_its_message(llama_server):
    backend = OpenAICompatBackend(llama_server, schema_mode="json_schema")
    try:
        # Its error handler turns the request validation error into a 500, message kept.
        with pytest.raises(BackendError, match="answered 500") as info:
            await backend.complete(MESSAGES, SCHEMA, max_tokens=32)
    finally:
        await backend.aclose()
    assert "Input should be 'text' or 'json_object'" in str(info.value)


@pytest.mark.slow
async def test_another_request_interrupting_the_python_server_is_reported(llama_server):
    # llama-cpp-python's server (--interrupt_requests, on by default) ends a running stream
    # when any other request arrives, even a tokenize call; the cut answer must not pass.
    backend = OpenAICompatBackend(llama_server, schema_mode="json_object")
    try:
        stream = backend.stream(MESSAGES, SCHEMA, max_tokens=320)
        await anext(stream)
        assert await asyncio.to_thread(backend.count_tokens, "hello") > 0
        with pytest.raises(BackendError, match="interrupted"):
            async for _ in stream:
                pass
    finally:
        await backend.aclose()


@pytest.mark.slow
async def test_real_token_counts_come_from_the_server_tokenizer(llama_server):
    from llama_cpp import Llama

    backend = OpenAICompatBackend(llama_server)
    try:
        text = "2026-03-01T11:50:02Z level=error msg=\"dial tcp 10.0.0.7:5432: refused\""
        counted = backend.count_tokens(text)
    finally:
        await backend.aclose()
    local = Llama(model_path=str(smollm2_path()), vocab_only=True, verbose=False)
    try:
        assert counted == len(local.tokenize(text.encode(), add_bos=False, special=False))
    finally:
        local.close()
    assert estimate_tokens(text) >= counted
