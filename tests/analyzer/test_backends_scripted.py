"""The scripted backend: queued answers streamed in chunks, a schema-valid default, recorded
calls; and the registry builds it like the real backends."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time

import pytest

from analyzer.backends import Usage, create_backend, registered
from analyzer.backends.scripted import ScriptedBackend, default_answer
from analyzer.schema import Extraction, llm_json_schema
from analyzer.settings import Settings
from retrieval.errors import BackendError, BackendUnavailable

MESSAGES = [{"role": "system", "content": "answer JSON"}, {"role": "user", "content": "logs"}]
SCHEMA = llm_json_schema(["checkout", "cart"], 4)
GOOD = {"severity": "ERROR", "root_cause_category": "oom_killed", "component": "cart",
        "evidence": [1], "root_cause": "cart OOMKilled", "summary": "cart restarts",
        "action": "raise the limit", "confidence": 0.7}


async def chunks(backend, max_tokens=320, usage=None):
    return [c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=max_tokens,
                                            usage=usage)]


def test_the_registry_builds_it_from_settings():
    backend = create_backend(Settings(backend="scripted", n_ctx=1024))
    assert isinstance(backend, ScriptedBackend)
    assert (backend.name, backend.model, backend.n_ctx) == ("scripted", "scripted", 1024)
    assert {"llama-cpp", "openai", "scripted"} <= set(registered())


async def test_a_queued_dict_streams_in_chunks_of_the_given_size():
    backend = ScriptedBackend()
    backend.enqueue(GOOD, chunk_size=5)
    parts = await chunks(backend)
    text = json.dumps(GOOD)
    assert "".join(parts) == text
    assert len(parts) == -(-len(text) // 5) and all(len(p) == 5 for p in parts[:-1])


async def test_answers_come_in_queue_order_then_the_default():
    backend = ScriptedBackend()
    backend.enqueue("first")
    backend.enqueue({"second": 2})
    assert backend.pending == 2
    assert "".join(await chunks(backend)) == "first"
    assert json.loads("".join(await chunks(backend))) == {"second": 2}
    default = json.loads("".join(await chunks(backend)))
    assert default == default_answer(SCHEMA)
    assert backend.pending == 0


async def test_the_default_answer_is_a_valid_extraction_within_the_schema():
    for components, n_lines in [([], 0), (["web", "api"], 3), ([], 200)]:
        schema = llm_json_schema(components, n_lines)
        answer = await ScriptedBackend().complete(MESSAGES, schema, max_tokens=320)
        extraction = Extraction.model_validate(answer)
        assert extraction.severity == "INFO" and extraction.root_cause_category == "none"
        if components:
            assert extraction.component == "api"  # the first value of the (sorted) enum
        assert answer == default_answer(schema)  # deterministic


async def test_every_call_is_recorded_as_a_copy():
    backend = ScriptedBackend()
    messages = [dict(m) for m in MESSAGES]
    await backend.complete(messages, SCHEMA, max_tokens=99)
    messages[1]["content"] = "changed afterwards"
    assert backend.calls == [{"messages": MESSAGES, "schema": SCHEMA, "max_tokens": 99}]


async def test_usage_is_filled():
    backend = ScriptedBackend()
    backend.enqueue(GOOD)
    usage = Usage()
    await chunks(backend, usage=usage)
    text = json.dumps(GOOD)
    assert usage.model == "scripted" and usage.finish_reason == "stop"
    assert usage.completion_tokens == backend.count_tokens(text)
    assert usage.prompt_tokens == sum(backend.count_tokens(m["content"]) for m in MESSAGES)


async def test_an_answer_longer_than_max_tokens_is_cut_like_a_real_model():
    backend = ScriptedBackend()
    backend.enqueue(GOOD)
    usage = Usage()
    text = "".join(await chunks(backend, max_tokens=10, usage=usage))
    assert text == json.dumps(GOOD)[:40] and usage.finish_reason == "length"
    with pytest.raises(BackendError, match="not JSON"):
        backend.enqueue(GOOD)
        await backend.complete(MESSAGES, SCHEMA, max_tokens=10)


async def test_a_queued_exception_is_raised_and_the_call_still_recorded():
    backend = ScriptedBackend()
    backend.enqueue(BackendUnavailable("model down"))
    with pytest.raises(BackendUnavailable, match="model down"):
        await chunks(backend)
    assert len(backend.calls) == 1
    assert "".join(await chunks(backend))  # the queue moved on


def test_count_tokens_is_a_quarter_of_the_characters_plus_one():
    backend = ScriptedBackend()
    assert [backend.count_tokens(t) for t in ["", "abc", "abcd", "x" * 41]] == [1, 1, 2, 11]


async def test_the_delay_paces_chunks_and_other_tasks_run_in_between():
    backend = ScriptedBackend(delay_s=0.02)
    backend.enqueue("x" * 10, chunk_size=2)
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    t0 = time.perf_counter()
    parts = await chunks(backend)
    elapsed = time.perf_counter() - t0
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert len(parts) == 5 and elapsed >= 0.09
    assert ticks >= 5


async def test_closing_the_stream_early_is_harmless():
    backend = ScriptedBackend()
    backend.enqueue("y" * 100, chunk_size=10)
    stream = backend.stream(MESSAGES, SCHEMA, max_tokens=320)
    assert await anext(stream) == "y" * 10
    await stream.aclose()
    backend.enqueue(GOOD)
    assert json.loads("".join(await chunks(backend))) == GOOD
