"""Helpers for the deployment tests: the repo's kustomizations, their files, rendering with
``kubectl kustomize`` when it is on PATH, and kubernetes-validate over every schema version."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "k8s"
OVERLAYS = sorted(p.parent for p in (K8S / "overlays").glob("*/kustomization.yaml"))
KUSTOMIZATIONS = sorted([*K8S.rglob("kustomization.yaml"), REPO / "alloy/kustomization.yaml",
                         REPO / "grafana/kustomization.yaml"])
MIN_VERSION, MAX_VERSION = (1, 25), (1, 37)
#: kinds kubernetes-validate has no schema for: reported as skipped, never as passed
NO_SCHEMA = frozenset({"HTTPRoute", "Kustomization", "HelmRelease"})
WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")


def load(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def kustomization(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text())


def manifest_files() -> list[Path]:
    """Every file a kustomization lists as a resource (full manifests, not patches)."""
    out: list[Path] = []
    for k in KUSTOMIZATIONS:
        for entry in kustomization(k).get("resources", []):
            target = (k.parent / entry).resolve()
            if target.is_file():
                out.append(target)
    return sorted(set(out))


def schema_versions() -> list[str]:
    from kubernetes_validate import utils

    def key(v: str) -> tuple[int, int]:
        major, minor = v.split(".")[:2]
        return int(major), int(minor)

    return sorted({v for v in utils.all_versions() if MIN_VERSION <= key(v) <= MAX_VERSION},
                  key=key)


def validate(doc: dict[str, Any]) -> list[str]:
    """Validate ``doc`` strictly against every schema version 1.25-1.37; the versions it
    was validated against. Raises on the first error (kubernetes-validate reports one)."""
    import kubernetes_validate

    done = []
    for version in schema_versions():
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            path = ".".join(str(p) for p in exc.path)
            raise AssertionError(f"{doc['kind']}/{doc['metadata']['name']} against "
                                 f"{version}: {path}: {exc.message}") from None
        done.append(version)
    return done


@cache
def kustomize_binary() -> tuple[str, ...] | None:
    """``kubectl kustomize`` (or ``kustomize build``) when one is on PATH."""
    if shutil.which("kubectl"):
        probe = subprocess.run(["kubectl", "kustomize", "--help"], capture_output=True)
        if probe.returncode == 0:
            return ("kubectl", "kustomize")
    if shutil.which("kustomize"):
        return ("kustomize", "build")
    return None


@cache
def render(directory: Path) -> tuple[dict[str, Any], ...]:
    cmd = kustomize_binary()
    assert cmd is not None
    out = subprocess.run([*cmd, str(directory)], capture_output=True, text=True, check=True)
    return tuple(d for d in yaml.safe_load_all(out.stdout) if d)


def pod_spec(doc: dict[str, Any]) -> dict[str, Any] | None:
    spec = doc.get("spec", {})
    if doc["kind"] == "CronJob":
        return spec["jobTemplate"]["spec"]["template"]["spec"]
    if doc["kind"] in WORKLOADS:
        return spec["template"]["spec"]
    return None


def base_docs() -> list[dict[str, Any]]:
    return [d for f in manifest_files() for d in load(f)]


def find(docs: list[dict[str, Any]] | tuple[dict[str, Any], ...], kind: str,
         name: str) -> dict[str, Any]:
    hits = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(hits) == 1, f"{kind}/{name}: {len(hits)} found"
    return hits[0]
