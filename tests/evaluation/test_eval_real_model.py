"""A run with the shipped model is reproducible: same inputs, same model, temperature 0, two
processes -> the same predictions (timings aside)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"
TIMING = ("latency_ms", "llm_ms", "first_token_ms")


def _run(out: Path) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "evaluation.cli", "run", "--golden", str(FIXTURE), "--out",
         str(out), "--limit", "3", "--all-lines", "--backend", "llama-cpp", "--model",
         "smollm2", "--mode", "llm,hybrid", "--quiet", "--json"],
        capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    result = json.loads(proc.stdout)
    assert result["metadata"]["model"].startswith("smollm2")
    assert result["metadata"]["settings"]["temperature"] == 0.0
    return [{k: v for k, v in json.loads(line).items() if k not in TIMING}
            for line in (out / "predictions.jsonl").read_text().splitlines()]


def test_two_runs_with_the_real_model_give_the_same_predictions(tmp_path):
    first, second = _run(tmp_path / "a"), _run(tmp_path / "b")
    assert len(first) == 6 and [r["mode"] for r in first] == ["llm"] * 3 + ["hybrid"] * 3
    assert "error" not in [r["source"] for r in first]
    assert all(r["prediction"] is not None and r["json_valid"] is not None for r in first)
    assert first == second
    a = json.loads((tmp_path / "a" / "metrics.json").read_text())["metadata"]
    b = json.loads((tmp_path / "b" / "metrics.json").read_text())["metadata"]
    assert a["settings_hash"] == b["settings_hash"]
