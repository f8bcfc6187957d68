"""Fixtures for the retrieval tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def loki_dir() -> Path:
    """Recorded raw responses of a real Loki 3.8 (``../shared/loki`` from the repo root)."""
    path = Path(__file__).resolve().parents[2].parent / "shared" / "loki"
    assert (path / "_meta.json").is_file(), f"recorded Loki responses missing at {path}"
    return path
