"""Policies every workload follows (pinned images, resources, probes, non-root), and the
configuration the manifests hand to LogLens is configuration LogLens accepts."""

from __future__ import annotations

import os
import re

import pytest

from analyzer.settings import Settings
from tests.deploy.k8s_support import REPO, base_docs, find, pod_spec

#: settings the manifests set before analyzer/settings.py has them (pending in another change)
PINNED = re.compile(r"^[^:@\s]+(:(?!latest$)[\w][\w.-]{0,127})(@sha256:[0-9a-f]{64})?$")

DOCS = base_docs()
WORKLOADS = [d for d in DOCS if pod_spec(d) is not None]


def containers():
    for doc in WORKLOADS:
        spec = pod_spec(doc)
        for kind in ("initContainers", "containers"):
            for c in spec.get(kind, []):
                yield pytest.param(doc, spec, c, kind == "initContainers",
                                   id=f"{doc['kind']}/{doc['metadata']['name']}/{c['name']}")


@pytest.mark.parametrize(("doc", "spec", "container", "init"), containers())
def test_container_policy(doc, spec, container, init):
    assert PINNED.match(container["image"]), f"unpinned image {container['image']}"
    for part in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][part]), part
    if container.get("ports") and not init:
        for probe in ("readinessProbe", "livenessProbe"):
            assert probe in container, f"{probe} missing on a serving container"
    pod_sc, sc = spec.get("securityContext", {}), container.get("securityContext", {})
    assert sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is True
    assert sc.get("runAsUser", pod_sc.get("runAsUser", 0)) != 0
    assert sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == ["ALL"]


def test_the_analyzer_runs_read_only_with_probes_on_its_health_endpoints():
    dep = find(DOCS, "Deployment", "loglens")
    c = pod_spec(dep)["containers"][0]
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert c["image"] == "loglens:0.1.0"
    pdb = find(DOCS, "PodDisruptionBudget", "loglens")
    assert pdb["spec"]["selector"]["matchLabels"] == dep["spec"]["selector"]["matchLabels"]
    assert dep["spec"]["replicas"] > pdb["spec"]["minAvailable"]


def test_llama_cpp_serves_the_model_from_its_volume_with_health_probes():
    dep = find(DOCS, "Deployment", "llama-cpp")
    c = pod_spec(dep)["containers"][0]
    assert c["image"].startswith("ghcr.io/ggml-org/llama.cpp:server-b")
    args = c["args"]
    assert args[args.index("--host") + 1] == "0.0.0.0" and args[args.index("--port") + 1] == "8080"
    assert args[args.index("--model") + 1].startswith("/models/")
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert c[probe]["httpGet"]["path"] == "/health"
    claim = pod_spec(dep)["volumes"][0]["persistentVolumeClaim"]["claimName"]
    assert find(DOCS, "PersistentVolumeClaim", claim)


def _labels(doc):
    return pod_spec(doc) and (doc["spec"].get("template") or
                              doc["spec"]["jobTemplate"]["spec"]["template"])["metadata"]["labels"]


def test_only_loglens_pods_reach_chroma_and_llama_cpp():
    allowed = {"app.kubernetes.io/name": "loglens"}
    for name, target in (("llama-cpp-from-loglens", "llama-cpp"),
                         ("chroma-from-loglens", "chroma")):
        pol = find(DOCS, "NetworkPolicy", name)
        assert pol["spec"]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": target}
        [rule] = pol["spec"]["ingress"]
        [peer] = rule["from"]
        assert peer["podSelector"]["matchLabels"] == allowed
        assert peer["namespaceSelector"]["matchLabels"] == {
            "kubernetes.io/metadata.name": "log-analyzer"}
    holders = {d["metadata"]["name"] for d in WORKLOADS
               if (_labels(d) or {}).get("app.kubernetes.io/name") == "loglens"}
    assert holders == {"loglens", "loglens-eval"}  # the analyzer and the eval job, nothing else
    deny = find(DOCS, "NetworkPolicy", "default-deny-ingress")
    assert deny["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}


def test_the_configmap_is_configuration_loglens_accepts(monkeypatch):
    data = find(DOCS, "ConfigMap", "loglens-config")["data"]
    fields = {f"LOGLENS_{name.upper()}" for name in Settings.model_fields}
    unknown = {k for k in data if k.startswith("LOGLENS_")} - fields
    assert not unknown, f"not LogLens settings: {sorted(unknown)}"
    for key in list(os.environ):
        if key.startswith(("LOGLENS_", "OTEL_")):
            monkeypatch.delenv(key)
    for key, value in data.items():
        monkeypatch.setenv(key, value)
    s = Settings()
    assert s.backend == "openai" and s.openai_schema_mode == "json_schema"
    assert s.openai_base_url == "http://llama-cpp.llm.svc:8080/v1"
    assert s.source == "loki:http://loki-gateway.logging.svc"
    assert s.otel_endpoint == "http://tempo.logging.svc:4317"
    llama = find(DOCS, "ConfigMap", "llama-cpp-config")["data"]
    assert s.n_ctx == int(llama["CTX_SIZE"]), "the analyzer would pack for another context"
    svc = find(DOCS, "Service", "llama-cpp")
    assert svc["metadata"]["namespace"] == "llm" and svc["spec"]["ports"][0]["port"] == 8080
    chroma = find(DOCS, "Service", "chroma")
    assert s.chroma_url == f"http://chroma.{chroma['metadata']['namespace']}.svc:8000"


def test_the_prompts_configmap_is_the_bundled_prompts():
    data = find(DOCS, "ConfigMap", "loglens-prompts")["data"]
    for name, text in data.items():
        assert text == (REPO / "analyzer/prompts" / name).read_text(), name
    assert set(data) == {p.name for p in (REPO / "analyzer/prompts").glob("*.txt")}
