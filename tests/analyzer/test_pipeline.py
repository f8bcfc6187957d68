"""The analysis pipeline with the scripted backend: event order, validation, fallback,
packing within the model's context, and the span tree."""

from __future__ import annotations

import json

import pytest

from analyzer.models_api import AnalyzeRequest
from analyzer.pipeline import CHAT_TEMPLATE_MARGIN, Analyzer, AnalyzerConfig
from analyzer.prompts import Prompts
from retrieval.errors import SourceQueryError, SourceUnavailable
from retrieval.source import LogSource
from tests.conftest import window

GOOD = {"severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "cart",
        "evidence": [1, 2], "root_cause": "cart exceeds its 256Mi memory limit",
        "summary": "cart is OOMKilled and checkout fails", "action": "raise the memory limit",
        "confidence": 0.8}


def make(source, backend, provider=None, max_tokens=200, mode="llm", **kw) -> Analyzer:
    # these tests exercise the model's path: mode "llm" (the default mode is "engine")
    return Analyzer(source=source, backend=backend, prompts=Prompts.load(),
                    config=AnalyzerConfig(max_tokens=max_tokens, mode=mode),
                    tracer_provider=provider, **kw)


def shop(**extra) -> AnalyzeRequest:
    return AnalyzeRequest(selector={"namespace": "shop", **window(), **extra},
                          question="why does checkout fail?")


async def collect(analyzer, request):
    return [e async for e in analyzer.events(request)]


async def test_events_come_in_order_and_the_valid_answer_is_used(memory_source, scripted):
    scripted.enqueue(GOOD, chunk_size=7)
    events = await collect(make(memory_source, scripted), shop())
    kinds = [e.kind for e in events]
    assert kinds[0] == "retrieved" and kinds[-1] == "result"
    assert kinds.count("token") > 3 and set(kinds[1:-1]) == {"token"}
    assert "".join(e.data["text"] for e in events if e.kind == "token") == json.dumps(GOOD)
    retrieved = events[0].data
    # default line filter: the INFO lines without trouble words are not fetched
    assert retrieved["query"].startswith('{namespace="shop"} |~ "(?i)(error|warn|failed')
    assert [line["workload"] for line in retrieved["lines"]] == ["cart", "cart", "checkout",
                                                                 "checkout"]
    assert retrieved["lines"][2]["count"] == 2  # two identical checkout errors collapsed
    result = events[-1].data
    assert result["source"] == "llm" and result["fallback_reason"] is None
    assert result["extraction"]["root_cause_category"] == "oom_killed"
    assert result["stats"]["fetched"] == 5 and result["stats"]["collapsed"] == 1
    assert result["backend"] == "scripted"


async def test_the_model_is_constrained_to_packed_workloads_and_indices(memory_source, scripted):
    scripted.enqueue(GOOD)
    await make(memory_source, scripted).analyze(shop())
    schema = scripted.calls[-1]["schema"]
    assert schema["properties"]["component"]["enum"] == ["cart", "checkout"]
    assert schema["properties"]["evidence"]["items"]["enum"] == [0, 1, 2, 3]
    prompt = scripted.calls[-1]["messages"][-1]["content"]
    assert "why does checkout fail?" in prompt and "[2]" in prompt and "(x2)" in prompt


@pytest.mark.parametrize(("answer", "reason"), [
    ("not json at all", "not JSON"),
    ('["a list"]', "not a JSON object"),
    ({**GOOD, "component": "payments"}, "not a workload"),
    ({**GOOD, "evidence": [7]}, "out of range"),
    ({**GOOD, "root_cause_category": "cosmic_rays"}, "root_cause_category"),
    ({**GOOD, "summary": "   "}, "summary: blank"),
    ({**GOOD, "root_cause": "none"}, "root_cause: placeholder"),
    ({**GOOD, "action": "backoff"}, "action: not a sentence"),
    ({**GOOD, "root_cause": "KERNRTSP 1776367058"}, "root_cause: not a sentence"),
    ({**GOOD, "action": "CRITICAL-NODE_NOTREQ-CALLBACKS-2026.04.16-19.17.28, K"},
     "action: not prose"),
    ({**GOOD, "action": "cart-back-off-back-back-back-back-back"}, "degenerate repetition"),
    ({**GOOD, "evidence": []}, "evidence: empty"),
])
async def test_an_invalid_answer_falls_back_and_says_why(memory_source, scripted, answer, reason):
    scripted.enqueue(answer)
    result = await make(memory_source, scripted).analyze(shop())
    assert result.source == "fallback"
    assert reason in result.fallback_reason
    ext = result.extraction
    # the fallback is the diagnosis engine's verdict (it was a keyword rule on the strongest
    # line: connection_refused on checkout): the heap warning and the OOMKilled event of cart
    assert (ext.severity, ext.root_cause_category, ext.component) == ("ERROR", "oom_killed",
                                                                       "cart")
    assert ext.evidence == [0, 1]
    assert result.engine.category == "oom_killed" and result.engine.confidence == ext.confidence


async def test_component_matching_is_case_insensitive_and_evidence_deduplicated(
        memory_source, scripted):
    scripted.enqueue({**GOOD, "component": "CART", "evidence": [2, 1, 2]})
    result = await make(memory_source, scripted).analyze(shop())
    assert result.source == "llm"
    assert result.extraction.component == "cart" and result.extraction.evidence == [1, 2]


async def test_no_matching_lines_answers_without_calling_the_model(memory_source, scripted):
    result = await make(memory_source, scripted).analyze(
        AnalyzeRequest(selector={"namespace": "nothing-here", **window()}))
    assert result.source == "no_logs" and result.lines == []
    assert result.extraction.severity == "INFO"
    assert result.extraction.root_cause_category == "none"
    assert result.extraction.component == "nothing-here"
    assert scripted.calls == []


async def test_context_budget_is_respected_and_drops_are_reported(memory_source, scripted):
    # A tiny context: prompt overhead + max_tokens + margin leave room for ~2 lines only.
    bare = Prompts.load().messages(lines="", question="why does checkout fail?",
                                   scope="namespace=shop", workloads=["cart", "checkout"])
    overhead = sum(scripted.count_tokens(m["content"]) for m in bare)
    scripted.n_ctx = overhead + 100 + CHAT_TEMPLATE_MARGIN + 60
    scripted.enqueue({**GOOD, "evidence": [0]})
    analyzer = make(memory_source, scripted, max_tokens=100)
    result = await analyzer.analyze(shop(default_filter=False))
    prompt = scripted.calls[-1]["messages"]
    used = sum(scripted.count_tokens(m["content"]) for m in prompt)
    assert used + 100 <= scripted.n_ctx
    assert result.stats.dropped > 0
    assert result.stats.context_tokens <= result.stats.budget_tokens
    assert result.stats.fetched == result.stats.dropped + sum(line.count for line in
                                                                result.lines)


class Broken(LogSource):
    kind = "broken"

    def __init__(self, exc):
        self.exc = exc

    async def query(self, selector, *, now_ns=None):
        raise self.exc
        yield  # pragma: no cover

    async def labels(self):
        return []

    async def label_values(self, name):
        return []

    async def ready(self):
        raise self.exc


async def test_source_failures_become_an_error_event_or_raise(scripted):
    analyzer = make(Broken(SourceUnavailable("loki down")), scripted)
    events = await collect(analyzer, shop())
    assert [e.kind for e in events] == ["error"]
    assert events[0].data == {"error": "source_unavailable", "message": "loki down",
                              "status": 503}
    with pytest.raises(SourceQueryError):
        await make(Broken(SourceQueryError("bad regex", upstream_status=400)),
                   scripted).analyze(shop())


async def test_the_query_span_says_which_labels_found_a_hosts_service(scripted, spans):
    """``app`` and ``node`` on a Docker host, in the labels Loki holds: the span names the
    Docker driver's ``host`` as the node's label and ``compose_service`` as the app's."""
    from retrieval.memory import MemorySource
    from retrieval.records import LogRecord
    from tests.conftest import T0

    provider, exporter = spans
    labels = {"compose_project": "lodging", "compose_service": "channel-sync",
              "container_name": "lodging-channel-sync-1", "host": "pms-vm-01"}
    source = MemorySource([LogRecord(ts=T0 + 10**9, labels=labels,
                                     line="ERROR token request failed: 401 invalid_client")])
    request = AnalyzeRequest(selector={"app": "channel-sync", "node": "pms-vm-01", **window()},
                             question="why are availability updates not sent?")
    scripted.enqueue(GOOD)
    await make(source, scripted, provider, mode="engine").analyze(request)
    query = next(s for s in exporter.get_finished_spans() if s.name == "query_memory")
    assert query.attributes["query.node_by_label"] == "host"
    assert query.attributes["query.app_by_label"] == "compose_service"
    assert query.attributes["log.records"] == 1


async def test_a_namespace_with_a_database_host_outside_it_reads_both(scripted, spans):
    """``namespace`` and ``node`` where the node is a host outside the cluster: no stream
    carries both labels, so the analysis reads the host's lines and the namespace's, and the
    span names the label that found the host (not the absent namespace it was asked by)."""
    from retrieval.memory import MemorySource
    from retrieval.records import LogRecord
    from tests.conftest import T0

    provider, exporter = spans
    source = MemorySource([
        LogRecord(ts=T0 + 10**9, labels={"host": "pg-pay-01", "unit": "postgresql.service"},
                  line="ERROR:  database is not accepting commands to avoid wraparound"),
        LogRecord(ts=T0 + 2 * 10**9, labels={"namespace": "payments", "pod": "web-x2k9p"},
                  line="production.ERROR: SQLSTATE[54000]: Program limit exceeded")])
    request = AnalyzeRequest(selector={"namespace": "payments", "node": "pg-pay-01",
                                       **window()}, question="why do payments fail to save?")
    scripted.enqueue(GOOD)
    await make(source, scripted, provider, mode="engine").analyze(request)
    query = next(s for s in exporter.get_finished_spans() if s.name == "query_memory")
    assert query.attributes["query.node_by_label"] == "host"
    assert query.attributes["log.records"] == 2


async def test_the_span_tree_follows_the_architecture(memory_source, scripted, spans):
    provider, exporter = spans
    scripted.enqueue(GOOD)
    result = await make(memory_source, scripted, provider).analyze(shop())
    finished = {s.name: s for s in exporter.get_finished_spans()}
    root = finished["analyze_logs_stream"]
    expected = ["query_memory", "flatten_logs", "normalize_logs", "rank_logs", "pack_context",
                "call_llm", "validate_extraction"]
    assert set(expected) <= set(finished)
    for name in expected:
        assert finished[name].parent.span_id == root.context.span_id, name
        assert finished[name].context.trace_id == root.context.trace_id
    assert root.attributes["namespace"] == "shop"
    assert root.attributes["log_limit"] == 15
    assert root.attributes["logql.query"].startswith('{namespace="shop"}')
    llm = finished["call_llm"].attributes
    assert llm["llm.model"] == "scripted" and llm["llm.tokens_generated"] > 0
    assert llm["gen_ai.usage.output_tokens"] == llm["llm.tokens_generated"]
    assert result.trace_id == format(root.context.trace_id, "032x")
