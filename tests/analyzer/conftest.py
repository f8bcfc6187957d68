"""Fixtures of the engine tests: the shipped knowledge base and a classifier trained once
per session on golden/train.jsonl + the knowledge base (seconds)."""

from __future__ import annotations

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="session")
def kb():
    from analyzer.engine.knowledge import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def engine_examples(kb):
    from analyzer.engine import classifier as C
    from analyzer.engine.engine_cli import read_records

    records = read_records(REPO / "golden" / "train.jsonl")
    return C.synthetic_examples(kb) + C.golden_examples(records)


@pytest.fixture(scope="session")
def line_classifier(engine_examples):
    from analyzer.engine import classifier as C

    return C.train(engine_examples)
