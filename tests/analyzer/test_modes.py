"""Analysis modes through the real pipeline, API and CLI with the scripted backend: engine
(no model call), hybrid (the model chooses among the engine's candidates; a confident engine
wins a disagreement), llm (the engine's verdict is the fallback), and the demo's diagnosis."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from analyzer.app import create_app
from analyzer.cli import cli
from analyzer.engine.runtime import Engine
from analyzer.models_api import AnalyzeRequest
from analyzer.settings import DEFAULT_MODE, Settings
from analyzer.sources import DEMO_END, DEMO_START, create_source
from retrieval.memory import MemorySource
from retrieval.records import LogRecord
from tests.analyzer.test_pipeline import make, shop
from tests.conftest import T0, window

#: the engine's verdict on the conftest incident (signatures alone): cart's heap warning and
#: OOMKilled event; its other candidate is checkout's 503 from cart
VERDICT = ("oom_killed", "cart", "ERROR")
AGREE = {"severity": "ERROR", "root_cause_category": "oom_killed", "component": "cart",
         "evidence": [1], "root_cause": "The cart container hits its 256Mi memory limit.",
         "summary": "cart was OOMKilled and checkout reservations fail.",
         "action": "Raise the cart memory limit to 512Mi.", "confidence": 0.7}
DISAGREE = {**AGREE, "root_cause_category": "connection_refused", "evidence": [2],
            "root_cause": "Checkout cannot reach the cart service.",
            "summary": "checkout gets 503 answers from the cart service."}


#: the hybrid tests read the error/warn lines only (a selector that sets the default filter),
#: so the packed indices are those of the filtered window
FILTERED = shop(default_filter=True)


def _choice(ext):
    return ext.root_cause_category, ext.component, ext.severity


def chooser(source, backend, provider=None):
    """Hybrid mode where the model chooses among the candidates even when the engine is
    confident (``hybrid_narrate=False``)."""
    from analyzer.pipeline import Analyzer, AnalyzerConfig
    from analyzer.prompts import Prompts

    return Analyzer(source=source, backend=backend, prompts=Prompts.load(),
                    config=AnalyzerConfig(mode="hybrid", hybrid_narrate=False),
                    tracer_provider=provider)


# --- engine mode ---------------------------------------------------------------------------------


@pytest.fixture
def app_client(memory_source, scripted):
    app = create_app(Settings(backend="scripted", log_format="text"), source=memory_source,
                     backend=scripted)
    with TestClient(app) as c:
        c.backend = scripted
        yield c


def test_the_default_mode_is_the_engine_and_it_never_calls_the_model(app_client):
    assert DEFAULT_MODE == "engine" and Settings().mode == "engine"
    r = app_client.post("/v1/analyze", json={"selector": {"namespace": "shop", **window()}})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["mode"] == "engine" and data["source"] == "engine"
    assert (data["extraction"]["root_cause_category"], data["extraction"]["component"],
            data["extraction"]["severity"]) == VERDICT
    assert data["engine"]["category"] == "oom_killed" and data["engine"]["candidates"]
    assert data["engine"]["classifier"] is False  # the test cache is empty: signatures alone
    assert data["disagreement"] is None and data["fallback_reason"] is None
    assert data["stats"]["completion_tokens"] == 0 and data["timings"]["llm_ms"] == 0
    assert app_client.backend.calls == []


async def test_the_engine_reads_every_line_unless_the_selector_says_otherwise(memory_source,
                                                                             scripted):
    # engine and hybrid modes lift the default error/warn filter and read up to 200 lines
    # (the INFO lines are evidence too: a recovery, successful requests, a start-up)
    analyzer = make(memory_source, scripted, mode="engine")
    for mode in ("engine", "hybrid"):
        sel = analyzer.reading(shop(), mode).selector
        assert (sel.default_filter, sel.limit) == (False, 200)
    result = await analyzer.analyze(shop())
    assert any(line.level == "info" for line in result.lines)
    assert "|~" not in result.query
    # a selector that sets them, and the model's mode, keep them
    assert analyzer.reading(shop(), "llm").selector.default_filter is True
    assert analyzer.reading(shop(), "llm").selector.limit == 15
    sel = analyzer.reading(shop(default_filter=True, limit=20), "engine").selector
    assert (sel.default_filter, sel.limit) == (True, 20)
    filtered = await analyzer.analyze(shop(default_filter=True))
    assert not any("loaded catalog cache" in line.line for line in filtered.lines)
    assert any("loaded catalog cache" in line.line for line in result.lines)
    assert "|~" in filtered.query


def test_engine_mode_streams_retrieved_then_result_without_tokens(app_client):
    body = {"selector": {"namespace": "shop", **window()}, "mode": "engine"}
    with app_client.stream("POST", "/v1/analyze/stream", json=body) as r:
        text = "".join(r.iter_text())
    kinds = [block.split("\n")[0].removeprefix("event: ") for block in text.strip().split("\n\n")]
    assert kinds == ["retrieved", "result"]
    assert app_client.backend.calls == []


def test_the_request_mode_overrides_the_setting_in_v1_and_v2(app_client):
    app_client.backend.enqueue(AGREE)
    r = app_client.post("/v1/analyze", json={"selector": {"namespace": "shop", **window()},
                                             "mode": "llm"})
    assert r.json()["mode"] == "llm" and r.json()["source"] == "llm"
    r = app_client.post("/v2/analyze", json={"selector": {"namespace": "shop", **window()},
                                             "strategy": "baseline", "mode": "engine"})
    assert r.json()["mode"] == "engine" and len(app_client.backend.calls) == 1
    r = app_client.post("/v1/analyze", json={"mode": "oracle"})
    assert r.status_code == 422 and r.json()["field"] == "mode"


async def test_engine_mode_spans(memory_source, scripted, spans):
    provider, exporter = spans
    await make(memory_source, scripted, provider, mode="engine").analyze(shop())
    finished = {s.name: s for s in exporter.get_finished_spans()}
    assert "call_llm" not in finished and "validate_extraction" not in finished
    diag = finished["diagnose"].attributes
    assert diag["engine.category"] == "oom_killed" and diag["engine.candidates"] >= 2
    assert 0 < diag["engine.confidence"] <= 1 and diag["engine.latency_ms"] >= 0
    assert finished["analyze_logs_stream"].attributes["analysis.mode"] == "engine"


def test_engine_mode_from_the_cli(tmp_path):
    (tmp_path / "shop" / "api-1").mkdir(parents=True)
    (tmp_path / "shop" / "api-1" / "api.log").write_text(
        "2026-03-01T12:00:01Z ERROR payment failed: dial tcp 10.0.0.7:5432: connection "
        "refused\n2026-03-01T12:00:02Z ERROR payment failed: dial tcp 10.0.0.7:5432: "
        "connection refused\n")
    r = CliRunner().invoke(cli, [
        "analyze", "--source", f"file:{tmp_path}", "--namespace", "shop", "--start",
        "2026-03-01T11:00:00Z", "--end", "2026-03-01T13:00:00Z", "--backend", "scripted",
        "--mode", "engine", "--json"], env={"LOGLENS_LOG_FORMAT": "text"},
        catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["mode"] == "engine" and result["source"] == "engine"
    assert result["extraction"]["root_cause_category"] == "connection_refused"
    assert result["stats"]["prompt_tokens"] == 0 and result["stats"]["completion_tokens"] == 0
    r = CliRunner().invoke(cli, ["analyze", "--mode", "psychic"])
    assert r.exit_code == 2 and "--mode" in r.stderr


# --- hybrid mode ---------------------------------------------------------------------------------


async def test_hybrid_constrains_the_model_to_the_engines_candidates(memory_source, scripted):
    scripted.enqueue(AGREE)
    result = await chooser(memory_source, scripted).analyze(FILTERED)
    props = scripted.calls[-1]["schema"]["properties"]
    assert props["root_cause_category"]["enum"] == ["oom_killed", "connection_refused"]
    assert props["component"]["enum"] == ["cart"]
    assert props["severity"]["enum"] == ["ERROR"]
    # the candidates' evidence (0, 1 and 2) and the strongest lines; never line 3 (INFO)
    assert props["evidence"]["items"]["enum"] == [0, 1, 2] and props["evidence"]["minItems"] == 1
    prompt = scripted.calls[-1]["messages"][-1]["content"]
    assert "1. oom_killed, component cart, severity ERROR, lines 0 1" in prompt
    assert "2. connection_refused, component cart" in prompt
    # (a) an agreeing choice is accepted with the model's texts and evidence
    assert result.mode == "hybrid" and result.source == "llm" and result.disagreement is None
    # the same cause as the engine: its evidence lines (0, 1) join the model's (1)
    assert _choice(result.extraction) == VERDICT and result.extraction.evidence == [0, 1]
    assert result.extraction.summary == AGREE["summary"]
    assert result.extraction.confidence == result.engine.confidence  # calibrated, not 0.7


async def test_hybrid_a_confident_verdict_is_given_to_the_model_to_narrate(
        memory_source, scripted, spans):
    from analyzer.backends.llama_cpp import forced_head

    provider, exporter = spans
    scripted.enqueue({**AGREE, "evidence": [0, 1]})
    result = await make(memory_source, scripted, provider, mode="hybrid").analyze(FILTERED)
    assert result.engine.confidence >= 0.8
    call = scripted.calls[-1]
    props = call["schema"]["properties"]
    # one value per field: the verdict, its evidence as the engine gave it
    assert (props["root_cause_category"]["enum"], props["component"]["enum"],
            props["severity"]["enum"]) == (["oom_killed"], ["cart"], ["ERROR"])
    assert props["evidence"] == {"enum": [result.engine.evidence]}
    assert forced_head(call["schema"]).endswith(
        f'"evidence": {json.dumps(result.engine.evidence)}, "root_cause":')
    prompt = call["messages"][-1]["content"]
    assert "1. oom_killed, component cart, severity ERROR" in prompt
    assert "2. " not in prompt  # the other candidates are not offered
    assert "[2]" in prompt  # the strongest lines are shown besides the verdict's
    assert result.source == "llm" and result.disagreement is None
    assert _choice(result.extraction) == VERDICT
    assert result.extraction.evidence == result.engine.evidence
    assert result.extraction.summary == AGREE["summary"]  # the model's texts
    root = next(s for s in exporter.get_finished_spans() if s.name == "analyze_logs_stream")
    assert root.attributes["llm.role"] == "narrate"


async def test_hybrid_the_model_reads_only_the_lines_it_may_cite_and_answers_short(
        memory_source, scripted, spans):
    from analyzer.pipeline import Analyzer, AnalyzerConfig
    from analyzer.prompts import Prompts
    from analyzer.schema import HYBRID_TEXT_CAPS

    provider, exporter = spans
    analyzer = Analyzer(source=memory_source, backend=scripted, prompts=Prompts.load(),
                        config=AnalyzerConfig(mode="hybrid", hybrid_max_tokens=96),
                        tracer_provider=provider)
    scripted.enqueue(AGREE)
    events = [e async for e in analyzer.events(FILTERED)]
    call = scripted.calls[-1]
    prompt = call["messages"][-1]["content"]
    # lines 0-2 (the candidates' evidence and the strongest) under their packed numbers;
    # line 3 (INFO, not citable) is packed and shown to the user, not read by the model
    shown = [line.split(" ")[0] for line in prompt.splitlines() if line.startswith("[")]
    assert shown == ["[0]", "[1]", "[2]"]
    retrieved, result = events[0].data, events[-1].data
    assert [line["index"] for line in retrieved["lines"]] == [0, 1, 2, 3]
    assert [line["index"] for line in result["lines"]] == [0, 1, 2, 3]
    assert result["stats"]["packed"] == 4
    assert result["stats"]["prompt_tokens"] == sum(scripted.count_tokens(m["content"])
                                                   for m in call["messages"])
    # a short answer: tighter text caps, no confidence (the engine's is reported), a cap of
    # its own on generated tokens
    props = call["schema"]["properties"]
    assert "confidence" not in props and "confidence" not in call["schema"]["required"]
    assert {f: props[f]["maxLength"] for f in HYBRID_TEXT_CAPS} == HYBRID_TEXT_CAPS
    assert call["max_tokens"] == 96
    assert result["source"] == "llm"
    assert result["extraction"]["confidence"] == result["engine"]["confidence"]
    root = next(s for s in exporter.get_finished_spans() if s.name == "analyze_logs_stream")
    assert root.attributes["llm.excerpt_lines"] == 3
    # llm mode still reads every packed line and answers within max_tokens
    scripted.enqueue(AGREE)
    await analyzer.analyze(FILTERED, mode="llm")
    assert "[3]" in scripted.calls[-1]["messages"][-1]["content"]
    assert scripted.calls[-1]["max_tokens"] == 256
    assert "confidence" in scripted.calls[-1]["schema"]["properties"]


def test_the_excerpt_shows_few_short_lines_under_their_packed_numbers():
    from analyzer.engine.diagnose import CandidateView, Diagnosis
    from analyzer.modes import EXCERPT_LINE_CHARS, excerpt, hybrid_choices
    from analyzer.schema import Extraction
    from retrieval.normalize import normalize_records
    from retrieval.packing import pack

    lines = ["ERROR upstream connect error at 2026-03-01T12:00:01.123Z from 10.4.0.7:8080 "
             + "reset by peer " * 20, "INFO started",
             "WARN slow reply from cart", "ERROR cart timed out", "WARN retry 1",
             "ERROR cart timed out again"]
    packed = pack(normalize_records([
        LogRecord(ts=T0 + i * 10**9, labels={"namespace": "shop", "app": "api"}, line=line)
        for i, line in enumerate(lines)]), budget_tokens=10_000, count_tokens=len)
    verdict = Extraction(severity="ERROR", root_cause_category="timeout", component="cart",
                         root_cause="cart times out.", summary="api waits on cart.",
                         action="Check cart.", evidence=[5], confidence=0.9)
    diag = Diagnosis(extraction=verdict, candidates=[
        CandidateView("timeout", "cart", "ERROR", 2.0, [5]),
        CandidateView("connection_refused", "api", "WARN", 1.0, [2])], features={})
    choices = hybrid_choices(diag, packed)
    assert choices.evidence == [0, 2, 3, 5]  # the candidates' lines and the 3 strongest
    text = excerpt(diag, packed, choices)
    # oldest first, under their packed numbers; never [1] or [4] (not citable)
    assert [line.split(" ")[0] for line in text.splitlines()] == ["[0]", "[2]", "[3]", "[5]"]
    first = text.splitlines()[0]
    assert first.endswith("...") and len(first.split(": ", 1)[1]) == EXCERPT_LINE_CHARS
    assert "error at \u2026 from \u2026:8080 reset" in first  # ids shown as "…", before the cut
    assert text.splitlines()[2] == packed.lines[3].text  # short lines as packed
    # at most max_lines: the verdict's lines first, then the other candidates', then the rest
    few = excerpt(diag, packed, choices, max_lines=2)
    assert [line.split(" ")[0] for line in few.splitlines()] == ["[2]", "[5]"]


async def test_hybrid_a_confident_engine_wins_a_disagreement_and_it_is_recorded(
        memory_source, scripted, spans):
    provider, exporter = spans
    scripted.enqueue(DISAGREE)
    result = await chooser(memory_source, scripted, provider).analyze(shop())
    assert result.engine.confidence >= 0.8
    assert result.source == "engine" and _choice(result.extraction) == VERDICT
    assert result.extraction.evidence == result.engine.evidence
    d = result.disagreement
    assert d is not None and d.winner == "engine" and d.fields == ["category"]
    assert d.llm.category == "connection_refused" and d.engine.category == "oom_killed"
    assert d.threshold == 0.8 and d.engine_confidence == result.engine.confidence
    # the model's texts are about another cause (they never name cart): the engine's texts
    assert "cart" in result.extraction.root_cause.lower()
    assert result.extraction.root_cause != DISAGREE["root_cause"]
    assert "the engine wrote the texts" in result.fallback_reason
    validate = next(s for s in exporter.get_finished_spans()
                    if s.name == "validate_extraction").attributes
    assert validate["extraction.winner"] == "engine"
    root = next(s for s in exporter.get_finished_spans() if s.name == "analyze_logs_stream")
    assert root.attributes["llm.role"] == "choose"


async def test_hybrid_below_the_threshold_the_models_choice_stands(memory_source, scripted):
    from analyzer.pipeline import Analyzer, AnalyzerConfig
    from analyzer.prompts import Prompts

    scripted.enqueue(DISAGREE)
    analyzer = Analyzer(source=memory_source, backend=scripted, prompts=Prompts.load(),
                        config=AnalyzerConfig(mode="hybrid", hybrid_confidence=1.0))
    result = await analyzer.analyze(shop())
    assert result.source == "llm" and result.extraction.root_cause_category == \
        "connection_refused"
    assert result.disagreement.winner == "llm"
    assert result.extraction.root_cause == DISAGREE["root_cause"]
    # the model's category excludes the engine's: at most 1 - the engine's confidence
    assert result.extraction.confidence <= round(1 - result.engine.confidence, 3)


@pytest.mark.parametrize("texts", [{"summary": "none"}, {"action": "restart"},
                                   {"root_cause": "   "}])
async def test_hybrid_texts_that_say_nothing_are_the_engines(memory_source, scripted, texts):
    scripted.enqueue({**AGREE, **texts})
    result = await make(memory_source, scripted, mode="hybrid").analyze(FILTERED)
    assert result.source == "llm" and _choice(result.extraction) == VERDICT
    assert "the engine wrote the texts" in result.fallback_reason
    field = next(iter(texts))
    assert result.extraction.root_cause.startswith("cart ")
    assert getattr(result.extraction, field) != texts[field]
    assert result.extraction.evidence == [0, 1]


@pytest.mark.parametrize(("answer", "reason"), [
    ("not json", "not JSON"),
    ({**AGREE, "root_cause_category": "timeout"}, "not one of the candidates"),
    ({**AGREE, "evidence": [3]}, "not among the candidates' lines"),
    ({**AGREE, "component": "billing"}, "component"),
])
async def test_hybrid_an_answer_outside_the_choices_falls_back_to_the_engine(
        memory_source, scripted, answer, reason):
    scripted.enqueue(answer)
    result = await make(memory_source, scripted, mode="hybrid").analyze(FILTERED)
    assert result.source == "fallback" and reason in result.fallback_reason
    assert result.extraction.model_dump() == {
        **result.extraction.model_dump(), "root_cause_category": "oom_killed",
        "component": "cart", "evidence": result.engine.evidence}


def _orders_source() -> MemorySource:
    lines = ["ERROR failed to connect to mongodb:27017: connection refused",
             "ERROR failed to connect to mongodb:27017: connection refused",
             "ERROR MongoServerSelectionError: connect ECONNREFUSED 10.0.3.4:27017",
             "WARN retrying in 5s"]
    return MemorySource([LogRecord(ts=T0 + (2 * i + 1) * 10**9, labels={
        "namespace": "shop", "app": "orders"}, line=line) for i, line in enumerate(lines)])


async def test_hybrid_accepts_a_candidate_dependency_that_logs_nothing(scripted):
    scripted.enqueue({**AGREE, "root_cause_category": "connection_refused",
                      "component": "MongoDB", "evidence": [0, 1],
                      "root_cause": "mongodb refuses connections from orders."})
    result = await chooser(_orders_source(), scripted).analyze(shop())
    props = scripted.calls[-1]["schema"]["properties"]
    assert props["component"]["enum"][0] == "mongodb" and "orders" in props["component"]["enum"]
    assert result.source == "llm" and result.extraction.component == "mongodb"
    # in llm mode the component must be a packed workload: mongodb logs nothing here
    scripted.enqueue({**AGREE, "root_cause_category": "connection_refused",
                      "component": "mongodb", "evidence": [0]})
    result = await make(_orders_source(), scripted, mode="llm").analyze(shop())
    assert result.source == "fallback" and "not a workload" in result.fallback_reason
    assert result.extraction.component == "mongodb"  # the engine's verdict names it


async def test_a_request_with_no_lines_is_no_logs_in_every_mode(memory_source, scripted):
    for mode in ("engine", "llm", "hybrid"):
        result = await make(memory_source, scripted, mode=mode).analyze(
            AnalyzeRequest(selector={"namespace": "nothing-here", **window()}))
        assert result.source == "no_logs" and result.engine is None and result.mode == mode
    assert scripted.calls == []


# --- the demo ------------------------------------------------------------------------------------


def test_the_demo_is_diagnosed_by_the_engine_without_a_model():
    r = CliRunner().invoke(cli, ["demo", "--json", "--quiet"],
                           env={"LOGLENS_LOG_FORMAT": "text"}, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    ext = result["extraction"]
    assert result["mode"] == "engine" and result["source"] == "engine"
    assert (ext["severity"], ext["root_cause_category"], ext["component"]) == (
        "CRITICAL", "oom_killed", "cart")
    cited = [line["line"] for line in result["lines"] if line["index"] in ext["evidence"]]
    assert any("OOMKilled" in line for line in cited)


async def test_the_demo_with_the_trained_classifier(kb, line_classifier, scripted):
    from analyzer.pipeline import Analyzer, AnalyzerConfig
    from analyzer.prompts import Prompts

    analyzer = Analyzer(source=create_source(Settings(source="demo")), backend=scripted,
                        prompts=Prompts.load(), config=AnalyzerConfig(mode="engine"),
                        engine=Engine(kb, line_classifier))
    result = await analyzer.analyze(AnalyzeRequest(
        selector={"namespace": "shop", "start": DEMO_START, "end": DEMO_END},
        question="Why are checkouts failing in the shop namespace?"))
    assert _choice(result.extraction) == ("oom_killed", "cart", "CRITICAL")
    assert result.engine.classifier is True and result.extraction.confidence >= 0.8


# --- settings -------------------------------------------------------------------------------------


def test_mode_and_an_extra_knowledge_base_come_from_the_environment(tmp_path, monkeypatch,
                                                                     scripted):
    from retrieval.errors import ConfigError

    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "ours.yaml").write_text(
        "category: storage\nsignatures:\n  - id: our-flaky-nas\n    pattern: 'nas42 gave up'\n"
        "    weight: 6\n    examples: ['volume sync failed: nas42 gave up']\n")
    monkeypatch.setenv("LOGLENS_MODE", "hybrid")
    monkeypatch.setenv("LOGLENS_KB_DIR", str(kb_dir))
    settings = Settings()
    assert settings.mode == "hybrid" and settings.kb_dir == kb_dir
    assert str(settings.cache_dir).endswith("cache")  # the tests' empty cache
    engine = Engine.from_settings(settings)
    assert engine.kb.by_id("our-flaky-nas").category == "storage"
    with pytest.raises(ConfigError, match="not a directory"):
        Engine.load(kb_dir=tmp_path / "missing")
    monkeypatch.setenv("LOGLENS_MODE", "oracle")
    r = CliRunner().invoke(cli, ["analyze", "--backend", "scripted"])
    assert r.exit_code == 2 and "LOGLENS_MODE" in r.stderr


def test_the_hybrid_answer_cap_comes_from_the_environment(monkeypatch):
    from analyzer.pipeline import analyzer_config
    from analyzer.settings import HYBRID_MAX_TOKENS

    assert analyzer_config(Settings()).hybrid_max_tokens == HYBRID_MAX_TOKENS
    monkeypatch.setenv("LOGLENS_HYBRID_MAX_TOKENS", "120")
    config = analyzer_config(Settings())
    assert config.hybrid_max_tokens == 120 and config.max_tokens == 256
    monkeypatch.setenv("LOGLENS_HYBRID_MAX_TOKENS", "8")
    with pytest.raises(ValueError, match="hybrid_max_tokens"):
        Settings()
