"""Grafana provisioning and dashboards: every panel's datasource is provisioned; every LogQL
expression round-trips through the project's parser (retrieval.logql_metrics, which hands
selectors to retrieval.logql); TraceQL and PromQL name spans, attributes and metrics LogLens
really emits; the "Analyze with LogLens" link opens a valid result page."""

from __future__ import annotations

import io
import json
import logging
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from analyzer.routes.view import build_request
from analyzer.settings import Settings
from analyzer.telemetry import setup_logging
from retrieval.logql import parse_logql
from retrieval.logql_metrics import parse_query, render
from tests.deploy.k8s_support import REPO

GRAFANA = REPO / "grafana"
DATASOURCES = yaml.safe_load((GRAFANA / "provisioning/datasources/loglens.yaml").read_text())
DS = {d["uid"]: d for d in DATASOURCES["datasources"]}
DASHBOARDS = {p.stem: json.loads(p.read_text()) for p in sorted(GRAFANA.glob("dashboards/*.json"))}
#: what Grafana substitutes for the dashboards' variables
SAMPLE = {"$namespace": "shop", "${loglens_url}": "https://loglens.example.internal"}


def targets(ds_type: str):
    for name, dash in DASHBOARDS.items():
        for panel in dash["panels"]:
            for t in panel["targets"]:
                if t["datasource"]["type"] == ds_type:
                    yield pytest.param(t, id=f"{name}:{panel['title']}:{t['refId']}")


def test_the_three_dashboards_exist_with_unique_uids():
    titles = {d["title"] for d in DASHBOARDS.values()}
    assert titles == {"LogLens service", "LogLens evaluation", "Cluster errors"}
    assert len({d["uid"] for d in DASHBOARDS.values()}) == 3
    files = yaml.safe_load((GRAFANA / "kustomization.yaml").read_text())
    listed = [f for g in files["configMapGenerator"] for f in g["files"]]
    assert {f"dashboards/{n}.json" for n in DASHBOARDS} <= set(listed)


def test_every_panel_and_target_uses_a_provisioned_datasource():
    for dash in DASHBOARDS.values():
        for var in dash["templating"]["list"]:
            if "datasource" in var:
                assert var["datasource"]["uid"] in DS
        for panel in dash["panels"]:
            for ref in [panel["datasource"], *(t["datasource"] for t in panel["targets"])]:
                assert ref["uid"] in DS, f"{panel['title']}: no datasource {ref['uid']}"
                assert DS[ref["uid"]]["type"] == ref["type"]


def _substituted(expr: str) -> str:
    for var, value in SAMPLE.items():
        expr = expr.replace(var, value)
    return expr


@pytest.mark.parametrize("target", targets("loki"))
def test_logql_round_trips_through_the_project_parser(target):
    for expr in {target["expr"], _substituted(target["expr"])}:
        tree = parse_query(expr)
        text = render(tree)
        assert parse_query(text) == tree and render(parse_query(text)) == text


def test_datasource_queries_are_logql_the_project_accepts():
    query = DS["tempo"]["jsonData"]["tracesToLogsV2"]["query"].replace("$$", "$")
    matchers, filters = parse_logql(query)
    assert [m.name for m in matchers] == ["namespace", "container"]
    assert filters[0].value == "${__trace.traceId}"


def test_the_trace_id_derived_field_matches_loglens_json_logs(spans):
    provider, _ = spans
    out = io.StringIO()
    setup_logging(Settings(log_format="json"), stream=out)
    with provider.get_tracer("t").start_as_current_span("x") as span:
        logging.getLogger("loglens.test").info("analysis done", extra={"source": "llm"})
    trace_id = format(span.get_span_context().trace_id, "032x")
    [field] = [f for f in DS["loki"]["jsonData"]["derivedFields"] if f["matcherType"] == "regex"]
    m = re.search(field["matcherRegex"], out.getvalue())  # Go RE2 and Python agree here
    assert m and m.group(1) == trace_id
    assert field["datasourceUid"] == "tempo" and DS["tempo"]["jsonData"]["tracesToLogsV2"][
        "datasourceUid"] == "loki"


def _pipeline_spans(spans, memory_source, scripted):
    import asyncio

    from analyzer.models_api import AnalyzeRequest
    from tests.analyzer.test_pipeline import make
    from tests.conftest import window

    provider, exporter = spans
    analyzer = make(memory_source, scripted, provider)

    async def go():
        return [e async for e in analyzer.events(AnalyzeRequest(
            selector={"namespace": "shop", **window()}))]

    asyncio.run(go())
    return exporter.get_finished_spans()


def test_traceql_names_spans_and_attributes_loglens_emits(spans, memory_source, scripted):
    emitted = _pipeline_spans(spans, memory_source, scripted)
    names = {s.name for s in emitted}
    attrs = {k for s in emitted for k in (s.attributes or {})}
    queries = [t.values[0]["query"] for t in targets("tempo")]
    assert queries
    for q in queries:
        assert q.count("{") == q.count("}") and q.count("(") == q.count(")"), q
        assert 'resource.service.name="loglens"' in q
        for name in re.findall(r'(?<![.\w])name="([^"]+)"', q):
            assert name in names, f"no span {name!r}"
        for attr in re.findall(r"\bspan\.([\w.]+)", q):
            assert attr in attrs, f"no span attribute {attr!r}"


def test_promql_names_metrics_the_evaluation_emits():
    from evaluation.otel_metrics import emit

    reader = InMemoryMetricReader()
    provider = MeterProvider(metric_readers=[reader])
    metrics = {"severity_accuracy": {"value": 0.5}, "category_accuracy": {"value": 0.4},
               "component_accuracy": {"value": 0.3}}
    emit(provider, {"model": "m", "backend": "b"}, {"baseline": {"metrics": metrics,
                                                                 "records": 2}},
         [{"strategy": "baseline", "llm_ms": 1200.0}], finished_unix_s=1.0)
    data = reader.get_metrics_data()
    names = {m.name for rm in data.resource_metrics for sm in rm.scope_metrics
             for m in sm.metrics}
    attrs = {k for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics
             for p in m.data.data_points for k in p.attributes}
    provider.shutdown()
    for t in (p.values[0] for p in targets("prometheus")):
        expr = t["expr"]
        assert expr.count("(") == expr.count(")") and expr.count("[") == expr.count("]")
        used = set(re.findall(r"\b([a-z_]+)\{job=\"loglens-eval\"\}", expr))
        assert used, expr
        assert {re.sub(r"_(bucket|sum|count)$", "", n) for n in used} <= names, used
        for group in re.findall(r"by \(([^)]*)\)", expr):
            assert {g.strip() for g in group.split(",")} - {"le"} <= attrs, group


def test_the_analyze_link_opens_a_valid_result_page():
    panel = next(p for p in DASHBOARDS["cluster-errors"]["panels"] if p["type"] == "logs")
    [link] = panel["fieldConfig"]["defaults"]["links"]
    assert link["title"] == "Analyze with LogLens"
    url = _substituted(link["url"])
    for var, value in {"${__data.fields.labels.namespace}": "shop",
                       "${__data.fields.labels.pod}": "cart-7d9f4b8c6-x2k9p",
                       "${__from}": "1772366340000", "${__to}": "1772366520000"}.items():
        url = url.replace(var, value)
    parts = urlsplit(url)
    assert parts.path == "/v1/analyze/view" and "${" not in url
    body = build_request(parse_qsl(parts.query))
    assert body.selector.namespace == "shop" and body.selector.pod == "cart-7d9f4b8c6-x2k9p"
    assert body.selector.window(0) == (1772366340 * 10**9, 1772366520 * 10**9)
