"""Values for the official charts: YAML that parses, the settings the issue asks for, and names
that agree with the rest of the deployment. (The charts are not here: the values are not
rendered or checked against the charts' own schemas.)"""

from __future__ import annotations

import yaml

from tests.deploy.k8s_support import REPO, find, load

HELM = REPO / "k8s/helm"


def values(name: str, homelab: bool = False) -> dict:
    return yaml.safe_load((HELM / ("homelab" if homelab else "") / f"{name}.yaml").read_text())


def test_loki_is_a_single_binary_on_the_filesystem_keeping_7_days():
    v = values("loki")
    assert v["deploymentMode"] == "SingleBinary" and v["loki"]["storage"]["type"] == "filesystem"
    assert v["loki"]["limits_config"]["retention_period"] == "168h"
    assert v["loki"]["compactor"]["retention_enabled"] is True
    assert v["loki"]["compactor"]["delete_request_store"] == "filesystem"
    assert v["singleBinary"]["replicas"] == 1 and v["gateway"]["enabled"] is True
    assert all(v[k]["replicas"] == 0 for k in ("backend", "read", "write"))


def test_tempo_receives_otlp():
    protocols = values("tempo")["tempo"]["receivers"]["otlp"]["protocols"]
    assert protocols["grpc"]["endpoint"] == "0.0.0.0:4317"
    assert "local-blocks" in values("tempo")["tempo"]["overrides"]["defaults"][
        "metrics_generator"]["processors"]  # TraceQL metrics for the service dashboard


def test_homelab_values_put_loki_and_tempo_on_the_heavy_node_nvme():
    storage = find(load(REPO / "k8s/overlays/homelab/storage.yaml"), "StorageClass",
                   "local-nvme")
    loki, tempo = values("loki", True), values("tempo", True)
    toleration = {"key": "heavy", "operator": "Equal", "value": "true", "effect": "NoSchedule"}
    assert loki["singleBinary"]["persistence"]["storageClass"] == storage["metadata"]["name"]
    assert tempo["persistence"]["storageClassName"] == storage["metadata"]["name"]
    for spec in (loki["singleBinary"], tempo):
        assert spec["nodeSelector"] == {"hardware": "heavy"} and toleration in spec["tolerations"]
    for name in ("grafana", "alloy", "prometheus"):
        v = values(name, True)
        node = (v.get("controller") or v.get("server") or v)["nodeSelector"]
        assert node == {"hardware": "light"}, name


def test_grafana_mounts_the_configmaps_grafana_kustomization_generates():
    mounts = values("grafana")["extraConfigmapMounts"]
    generated = {g["name"]: g for g in yaml.safe_load(
        (REPO / "grafana/kustomization.yaml").read_text())["configMapGenerator"]}
    assert {m["configMap"] for m in mounts} == set(generated)
    provider = yaml.safe_load((REPO / "grafana/provisioning/dashboards/loglens.yaml").read_text())
    dash_mount = next(m for m in mounts if m["configMap"] == "loglens-grafana-dashboards")
    assert provider["providers"][0]["options"]["path"] == dash_mount["mountPath"]


def test_prometheus_accepts_remote_write_from_alloy_and_tempo():
    assert "web.enable-remote-write-receiver" in values("prometheus")["server"]["extraFlags"]
    assert values("tempo")["tempo"]["metricsGenerator"]["remoteWriteUrl"] == \
        "http://prometheus-server.logging.svc/api/v1/write"
    assert "http://prometheus-server.logging.svc/api/v1/write" in (
        REPO / "alloy/config.alloy").read_text()
