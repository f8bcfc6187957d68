"""The nightly evaluation: the CronJob's shape, and its shard script run for real — three
shards at once with the scripted backend — ending in exactly one merge."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.deploy.k8s_support import REPO, base_docs, find, kustomization, pod_spec

SCRIPT = REPO / "k8s/base/eval/eval-shard.sh"
GOLDEN = REPO / "tests/evaluation/fixtures/eval_small.jsonl"
JOB_NAME = "loglens-eval-29536337"  # a CronJob's Job: <name>-<scheduled minute since epoch>
DOCS = base_docs()


def test_the_cronjob_runs_an_indexed_job_that_shards_and_merges():
    cron = find(DOCS, "CronJob", "loglens-eval")
    spec = cron["spec"]
    assert spec["concurrencyPolicy"] == "Forbid"
    assert spec["successfulJobsHistoryLimit"] >= 1 and spec["failedJobsHistoryLimit"] >= 1
    job = spec["jobTemplate"]["spec"]
    assert job["completionMode"] == "Indexed"
    assert 1 <= job["parallelism"] <= job["completions"]
    [c] = pod_spec(cron)["containers"]
    env = {e["name"]: e for e in c["env"]}
    assert int(env["SHARDS"]["value"]) == job["completions"], "SHARDS must equal completions"
    assert env["JOB_NAME"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.labels['job-name']"
    assert c["command"] == ["/bin/sh", "/opt/loglens/eval-shard.sh"]
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    volumes = {v["name"]: v for v in pod_spec(cron)["volumes"]}
    assert mounts["results"] == env["RESULTS"]["value"]
    assert volumes["results"]["persistentVolumeClaim"]["claimName"] == "loglens-eval-results"
    assert volumes["script"]["configMap"]["name"] == "loglens-eval-script"
    gen = kustomization(REPO / "k8s/base/kustomization.yaml")["configMapGenerator"]
    assert any(g["name"] == "loglens-eval-script" and "eval/eval-shard.sh" in g["files"]
               for g in gen)
    assert env["OTEL_EXPORTER_OTLP_ENDPOINT"]["value"].startswith("http://alloy.logging.svc")
    assert pod_spec(cron)["restartPolicy"] == "Never"


def _shard(index: int, results: Path, shards: int = 3) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOGLENS_", "OTEL_"))}
    env.update(JOB_COMPLETION_INDEX=str(index), SHARDS=str(shards), GOLDEN=str(GOLDEN),
               RESULTS=str(results), JOB_NAME=JOB_NAME, LOGLENS_BACKEND="scripted",
               HOME=str(results.parent))
    return subprocess.Popen(["/bin/sh", str(SCRIPT)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


needs_loglens = pytest.mark.skipif(shutil.which("loglens") is None,
                                   reason="the loglens command is not installed")


@pytest.mark.slow
@needs_loglens
def test_shards_run_concurrently_and_exactly_one_merges(tmp_path):
    results = tmp_path / "results"
    procs = [_shard(i, results) for i in range(3)]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    day = results / "2026-02-27"  # 29536337 minutes after the epoch
    assert sorted(p.name for p in day.iterdir()) == [
        ".merge-lock", "merged", "shard-0", "shard-1", "shard-2"]
    assert sum("merged 3 shards" in err for _, err in outs) == 1
    metrics = json.loads((day / "merged/metrics.json").read_text())
    assert metrics["metadata"]["records"] == 5 and metrics["metadata"]["shard"] is None
    assert len(metrics["metadata"]["merged_from"]) == 3
    assert (results / "latest").resolve() == (day / "merged").resolve()


@pytest.mark.slow
@needs_loglens
def test_no_merge_until_every_shard_is_done_and_a_retry_redoes_only_its_shard(tmp_path):
    results = tmp_path / "results"
    for i in (0, 2):
        assert _shard(i, results).wait(timeout=240) == 0
    day = results / "2026-02-27"
    assert not (day / "merged").exists() and not (day / ".merge-lock").exists()
    (day / "shard-2" / "stale").write_text("from a failed attempt")
    assert _shard(2, results).wait(timeout=240) == 0  # the Job retries index 2
    assert not (day / "shard-2" / "stale").exists() and not (day / "merged").exists()
    assert _shard(1, results).wait(timeout=240) == 0
    assert json.loads((day / "merged/metrics.json").read_text())["metadata"]["records"] == 5
