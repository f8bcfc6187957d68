"""Every manifest validates against the Kubernetes schemas (kubernetes-validate, strict, every
version 1.25-1.37); every kustomization resolves; overlays render and validate when a
kustomize is on PATH. Kinds without a schema are skipped, by name, never passed."""

from __future__ import annotations

import pytest

from tests.deploy.k8s_support import (
    KUSTOMIZATIONS,
    NO_SCHEMA,
    OVERLAYS,
    REPO,
    find,
    kustomization,
    kustomize_binary,
    load,
    manifest_files,
    pod_spec,
    render,
    schema_versions,
    validate,
)


def _documents():
    for path in manifest_files():
        for i, doc in enumerate(load(path)):
            yield pytest.param(doc, id=f"{path.relative_to(REPO)}#{i}:{doc['kind']}/"
                                       f"{doc['metadata']['name']}")
    for path in KUSTOMIZATIONS:
        yield pytest.param(kustomization(path), id=f"{path.relative_to(REPO)}:Kustomization")


def test_the_schemas_cover_1_25_to_1_37():
    versions = schema_versions()
    assert versions[0].startswith("1.25") and versions[-1].startswith("1.37")
    assert len(versions) == 13


@pytest.mark.parametrize("doc", _documents())
def test_manifest_is_valid_against_every_schema_version(doc):
    if doc["kind"] in NO_SCHEMA:
        pytest.skip(f"kubernetes-validate has no schema for {doc['kind']} "
                    f"({doc['apiVersion']}): not validated")
    assert len(validate(doc)) == 13


@pytest.mark.parametrize("path", KUSTOMIZATIONS, ids=lambda p: str(p.relative_to(REPO)))
def test_kustomization_references_exist(path):
    k = kustomization(path)
    base = path.parent
    for entry in k.get("resources", []):
        target = base / entry
        assert target.is_file() or (target / "kustomization.yaml").is_file(), entry
    for patch in k.get("patches", []):
        if "path" in patch:
            assert (base / patch["path"]).is_file(), patch["path"]
        else:
            assert patch.get("patch") and patch.get("target"), patch
    for generator in (*k.get("configMapGenerator", []), *k.get("secretGenerator", [])):
        for entry in generator.get("files", []):
            assert (base / entry.split("=", 1)[-1]).is_file(), entry
    assert k["apiVersion"] == "kustomize.config.k8s.io/v1beta1" and k["kind"] == "Kustomization"


def _rendered():
    if kustomize_binary() is None:
        yield pytest.param(None, id="no-kustomize", marks=pytest.mark.skip(
            reason="no kubectl with kustomize (nor kustomize) on PATH: overlays not rendered"))
        return
    for overlay in OVERLAYS:
        for doc in render(overlay):
            yield pytest.param(doc, id=f"{overlay.name}:{doc['kind']}/"
                                       f"{doc['metadata'].get('namespace', '')}/"
                                       f"{doc['metadata']['name']}")


@pytest.mark.parametrize("doc", _rendered())
def test_rendered_overlay_document_is_valid(doc):
    if doc["kind"] in NO_SCHEMA:
        pytest.skip(f"kubernetes-validate has no schema for {doc['kind']}: not validated")
    assert len(validate(doc)) == 13


needs_kustomize = pytest.mark.skipif(kustomize_binary() is None,
                                     reason="no kubectl with kustomize on PATH")


@needs_kustomize
@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda p: p.name)
def test_every_httproute_backend_is_a_service_of_the_rendered_overlay(overlay):
    # kustomize's namePrefix/nameSuffix do not rewrite Gateway API backendRefs: check them
    docs = render(overlay)
    routes = [d for d in docs if d["kind"] == "HTTPRoute"]
    assert routes
    for route in routes:
        ns = route["metadata"]["namespace"]
        for rule in route["spec"]["rules"]:
            for ref in rule["backendRefs"]:
                svc = find([d for d in docs if d["metadata"].get("namespace") == ns],
                           "Service", ref["name"])
                assert ref["port"] in [p["port"] for p in svc["spec"]["ports"]]


HEAVY = {("Deployment", "llama-cpp"), ("StatefulSet", "chroma"), ("CronJob", "loglens-eval")}
LIGHT = {("Deployment", "loglens")}
TOLERATION = {"key": "heavy", "operator": "Equal", "value": "true", "effect": "NoSchedule"}


@needs_kustomize
def test_homelab_places_heavy_work_on_the_tainted_node_and_the_rest_on_light():
    docs = render(REPO / "k8s/overlays/homelab")
    for kind, name in HEAVY | LIGHT:
        spec = pod_spec(find(docs, kind, name))
        node = "heavy" if (kind, name) in HEAVY else "light"
        assert spec["nodeSelector"] == {"hardware": node}, (kind, name)
        assert (TOLERATION in spec.get("tolerations", [])) == (node == "heavy"), (kind, name)
    pvs = {(d["spec"]["claimRef"]["namespace"], d["spec"]["claimRef"]["name"])
           for d in docs if d["kind"] == "PersistentVolume"}
    for pvc in (d for d in docs if d["kind"] == "PersistentVolumeClaim"):
        assert pvc["spec"]["storageClassName"] == "local-nvme"
        assert (pvc["metadata"]["namespace"], pvc["metadata"]["name"]) in pvs
    chroma = find(docs, "StatefulSet", "chroma")["spec"]["volumeClaimTemplates"][0]
    assert chroma["spec"]["storageClassName"] == "local-nvme"
    assert ("log-analyzer", "data-chroma-0") in pvs
    for pv in (d for d in docs if d["kind"] == "PersistentVolume"):
        term = pv["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"][0]
        assert term["matchExpressions"][0]["values"] == ["heavy"]


@needs_kustomize
def test_the_plain_cluster_has_no_placement_and_scales_the_analyzer():
    docs = render(REPO / "k8s/overlays/cluster")
    for doc in docs:
        spec = pod_spec(doc)
        if spec is not None:
            assert "nodeSelector" not in spec and "tolerations" not in spec, doc["kind"]
    hpa = find(docs, "HorizontalPodAutoscaler", "loglens")
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", "loglens")
    assert hpa["spec"]["minReplicas"] >= 2
    pvc = find(docs, "PersistentVolumeClaim", "loglens-eval-results")
    assert pvc["spec"]["accessModes"] == ["ReadWriteMany"]


def test_validation_really_rejects_a_typo_and_a_wrong_type():
    doc = find([d for f in manifest_files() for d in load(f)], "Deployment", "loglens")
    typo = {**doc, "spec": {**doc["spec"], "replica": 2}}
    with pytest.raises(AssertionError, match="replica"):
        validate(typo)
    wrong = {**doc, "spec": {**doc["spec"], "replicas": "two"}}
    with pytest.raises(AssertionError, match="replicas"):
        validate(wrong)
