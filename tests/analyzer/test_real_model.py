"""The whole path with the shipped model: the demo from the CLI, the packed context measured
with the model's own tokenizer, and concurrent requests over a real server."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from analyzer.app import create_app
from analyzer.backends import create_backend
from analyzer.models_api import AnalyzeRequest
from analyzer.pipeline import Analyzer, AnalyzerConfig
from analyzer.prompts import Prompts
from analyzer.schema import Extraction
from analyzer.settings import Settings
from analyzer.sources import DEMO_END, DEMO_START, create_source
from tests.servers import serve

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("mode", ["llm", "hybrid"])
def test_demo_from_the_cli_with_the_real_model(mode):
    # the default mode ("engine") never asks the model: these modes do
    proc = subprocess.run([sys.executable, "-m", "analyzer", "demo", "--json", "--mode", mode],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    Extraction.model_validate(result["extraction"])
    assert result["mode"] == mode and result["engine"]["category"] == "oom_killed"
    assert result["source"] in (("llm", "fallback") if mode == "llm" else
                                ("llm", "engine", "fallback"))
    if mode == "hybrid":  # the engine is confident on the demo: its cause stands either way
        assert result["extraction"]["root_cause_category"] == "oom_killed"
        assert result["extraction"]["component"] == "cart"
    assert result["backend"] == "llama-cpp" and result["model"].startswith("smollm2")
    assert result["stats"]["prompt_tokens"] > 100
    assert result["stats"]["completion_tokens"] > 10
    assert '"severity"' in proc.stderr  # the tokens were streamed to stderr
    assert "Traceback" not in proc.stderr


async def test_many_lines_never_overflow_the_real_context():
    settings = Settings(source="demo", n_ctx=1024, max_tokens=200)
    backend = create_backend(settings)
    analyzer = Analyzer(source=create_source(settings), backend=backend,
                        prompts=Prompts.load(), config=AnalyzerConfig(max_tokens=200,
                                                                      mode="llm"))
    result = await analyzer.analyze(AnalyzeRequest(selector={
        "namespace": "shop", "start": DEMO_START, "end": DEMO_END, "limit": 200,
        "default_filter": False}))
    assert result.stats.fetched == 110  # every line of the demo in the window
    assert result.stats.dropped > 0  # 1024 tokens cannot hold them all
    # the prompt as the model counted it, plus the reserved output, fits the context
    assert result.stats.prompt_tokens + 200 <= 1024
    assert result.stats.context_tokens <= result.stats.budget_tokens
    await backend.aclose()


def test_concurrent_requests_do_not_corrupt_each_other():
    settings = Settings(source="demo", log_format="text", max_tokens=160, mode="llm")
    app = create_app(settings)
    requests = [
        {"selector": {"namespace": "shop", "start": DEMO_START, "end": DEMO_END},
         "question": "Why are checkouts failing?"},
        {"selector": {"namespace": "shop", "pod": {"regex": "cart-.*"}, "start": DEMO_START,
                      "end": DEMO_END}, "question": "What is wrong with cart?"},
        {"selector": {"namespace": "shop", "container": "checkout", "start": DEMO_START,
                      "end": DEMO_END, "default_filter": False, "limit": 8}},
    ]
    with serve(app, timeout=120) as url, httpx.Client(base_url=url, timeout=300) as client:
        sequential = [client.post("/v1/analyze", json=r).json() for r in requests]
        with ThreadPoolExecutor(len(requests)) as pool:
            concurrent = list(pool.map(lambda r: client.post("/v1/analyze", json=r),
                                       requests))
        assert client.get("/readyz").json()["checks"]["model"]["status"] == "ok"
    for seq, resp in zip(sequential, concurrent, strict=True):
        assert resp.status_code == 200
        con = resp.json()
        # temperature 0 and one model behind a lock: the same answer as when run alone
        assert con["extraction"] == seq["extraction"]
        assert con["lines"] == seq["lines"]
        assert con["stats"]["completion_tokens"] == seq["stats"]["completion_tokens"]
    workloads = [{line["workload"] for line in r["lines"]} for r in sequential]
    assert workloads[1] == {"cart"} and workloads[2] == {"checkout"}
