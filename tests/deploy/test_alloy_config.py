"""alloy/config.alloy: parsed block by block; every reference names a component that exists,
every component's output reaches a writer, and the pipeline does what the cluster needs."""

from __future__ import annotations

import re

import pytest
import yaml

from retrieval.logql_metrics import parse_query
from tests.deploy.alloy_syntax import Block, block_refs, parse
from tests.deploy.k8s_support import REPO

CONFIG = REPO / "alloy/config.alloy"
ROOT = parse(CONFIG.read_text())
COMPONENTS = {b.key: b for b in ROOT.blocks if b.label is not None}
NAMESPACES = ("discovery", "loki", "otelcol", "prometheus", "local", "remote", "mimir")
WRITERS = ("loki.write.", "prometheus.remote_write.", "otelcol.exporter.otlp.",
           "otelcol.exporter.otlphttp.")
SOURCES = ("discovery.kubernetes.", "otelcol.receiver.")
SINK_EXPORTS = ("receiver", "input")


def flows() -> set[tuple[str, str]]:
    """Edges (from, to) in the direction data moves."""
    edges = set()
    for key, block in COMPONENTS.items():
        for ref in block_refs(block):
            target = next((k for k in COMPONENTS
                           if ref.parts[:len(k.split("."))] == tuple(k.split("."))), None)
            if target is None:
                continue
            export = ref.parts[len(target.split("."))]
            edges.add((key, target) if export in SINK_EXPORTS else (target, key))
    return edges


def reachable(start: str, edges: set[tuple[str, str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        node = todo.pop()
        for a, b in edges:
            if a == node and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def test_every_reference_names_an_existing_component_and_export():
    assert len(COMPONENTS) >= 10
    for key, block in COMPONENTS.items():
        for ref in block_refs(block):
            if ref.parts[0] not in NAMESPACES:
                continue
            target = [k for k in COMPONENTS if ref.parts[:len(k.split("."))] == tuple(
                k.split("."))]
            assert target, f"{key} references {'.'.join(ref.parts)}: no such component"
            assert len(ref.parts) == len(target[0].split(".")) + 1, ref.parts


def test_every_component_reaches_a_writer_and_every_writer_is_fed():
    edges = flows()
    writers = {k for k in COMPONENTS if k.startswith(WRITERS)}
    assert {"loki.write.loki", "otelcol.exporter.otlp.tempo",
            "prometheus.remote_write.default"} <= writers
    for key in COMPONENTS:
        assert reachable(key, edges) & writers, f"{key}'s output reaches no writer"
    sources = [k for k in COMPONENTS if k.startswith(SOURCES)]
    fed = set().union(*(reachable(s, edges) for s in sources))
    assert writers <= fed and set(COMPONENTS) <= fed, set(COMPONENTS) - fed


def test_logs_are_discovered_parsed_labelled_cleaned_and_written_to_loki():
    assert COMPONENTS["discovery.kubernetes.pods"].attrs["role"] == "pod"
    targets = {r.attrs.get("target_label") for r in COMPONENTS["discovery.relabel.pods"].blocks}
    assert {"namespace", "pod", "container", "node", "app"} <= targets
    process: Block = COMPONENTS["loki.process.pods"]
    stages = [b.name for b in process.walk()]
    for stage in ("stage.json", "stage.logfmt", "stage.template", "stage.drop",
                  "stage.labels", "stage.structured_metadata"):
        assert stage in stages, stage
    assert "level" in process.find("stage.labels")[0].attrs["values"]
    assert "trace_id" in process.find("stage.structured_metadata")[0].attrs["values"]
    url = COMPONENTS["loki.write.loki"].find("endpoint")[0].attrs["url"]
    assert url == "http://loki-gateway.logging.svc/loki/api/v1/push"


@pytest.mark.parametrize("match", [b for b in COMPONENTS["loki.process.pods"].blocks
                                   if b.name == "stage.match"],
                         ids=lambda b: b.attrs["selector"][:40])
def test_stage_match_selectors_are_logql_the_project_parser_accepts(match):
    parse_query(match.attrs["selector"])


def test_regexes_compile_and_the_json_matcher_sees_loglens_logs():
    for block in COMPONENTS["loki.process.pods"].walk():
        if "expression" in block.attrs:
            re.compile(block.attrs["expression"])
    json_match = COMPONENTS["loki.process.pods"].find("stage.match")[0]
    filters = parse_query(json_match.attrs["selector"]).filters
    assert filters[0].matches('{"ts": "x", "level": "info", "msg": "analysis done"}')
    assert not filters[0].matches("level=info msg=done")
    probe = [b for b in COMPONENTS["loki.process.pods"].find("stage.drop")
             if b.attrs.get("drop_counter_reason") == "probe"][0]
    assert re.search(probe.attrs["expression"], '10.0.0.1 - "GET /healthz HTTP/1.1" 200')
    assert not re.search(probe.attrs["expression"], '"GET /v1/analyze/view?pod=x" 200')


def test_otlp_is_received_on_the_chart_port_and_traces_go_to_tempo():
    receiver = COMPONENTS["otelcol.receiver.otlp.default"]
    assert receiver.find("grpc")[0].attrs["endpoint"] == "0.0.0.0:4317"
    tempo = COMPONENTS["otelcol.exporter.otlp.tempo"].find("client")[0]
    assert tempo.attrs["endpoint"] == "tempo.logging.svc:4317"
    values = yaml.safe_load((REPO / "k8s/helm/alloy.yaml").read_text())
    assert 4317 in [p["port"] for p in values["alloy"]["extraPorts"]]
    assert values["alloy"]["configMap"]["key"] == "config.alloy"
    kust = yaml.safe_load((REPO / "alloy/kustomization.yaml").read_text())
    [gen] = kust["configMapGenerator"]
    assert gen["name"] == values["alloy"]["configMap"]["name"] and gen["files"] == [
        "config.alloy"]
    assert not COMPONENTS["otelcol.exporter.prometheus.default"].attrs["add_metric_suffixes"]


def test_the_reader_rejects_broken_configurations():
    with pytest.raises(SyntaxError):
        parse('loki.write "x" { endpoint { url = "http://x" }')
    broken = parse('loki.process "p" { forward_to = [loki.write.missing.receiver] }')
    assert [r.parts for r in block_refs(broken.blocks[0])] == [
        ("loki", "write", "missing", "receiver")]
