"""Fixtures shared by every test package: a small real-looking incident, the scripted
backend registered like the real ones, an in-memory span exporter."""

from __future__ import annotations

from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

T0 = 1_772_366_400_000_000_000  # 2026-03-01T12:00:00Z in ns

INCIDENT = [
    (0, {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "container": "cart"},
     'level=info msg="loaded catalog cache" items=48210 heap_mb=182'),
    (5, {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "container": "cart"},
     'level=warn msg="heap usage high" heap_mb=249 limit_mb=256'),
    (9, {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "container": "events"},
     'type=Warning reason=OOMKilled msg="Container cart was OOMKilled (exit code 137)"'),
    (12, {"namespace": "shop", "pod": "checkout-5f4c8d7b9-q8w2n", "container": "checkout"},
     '{"level":"ERROR","message":"cart reservation failed: 503 Service Unavailable from cart"}'),
    (13, {"namespace": "shop", "pod": "checkout-5f4c8d7b9-q8w2n", "container": "checkout"},
     '{"level":"ERROR","message":"cart reservation failed: 503 Service Unavailable from cart"}'),
    (20, {"namespace": "shop", "pod": "checkout-5f4c8d7b9-q8w2n", "container": "checkout"},
     '{"level":"INFO","message":"flushed metrics error_count=0"}'),
    (30, {"namespace": "billing", "pod": "invoice-6c5d4-abcde", "container": "invoice"},
     "ERROR invoice export failed: disk quota exceeded"),
]


@pytest.fixture(autouse=True)
def _empty_engine_cache(monkeypatch, tmp_path_factory):
    """Settings built in tests never read the developer's ``~/.cache/loglens``: the engine
    finds no trained classifier (signatures alone) unless a test injects one."""
    monkeypatch.setenv("LOGLENS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def incident_records():
    from retrieval.records import LogRecord

    return [LogRecord(ts=T0 + s * 10**9, labels=dict(labels), line=line)
            for s, labels, line in INCIDENT]


@pytest.fixture
def memory_source(incident_records):
    from retrieval.memory import MemorySource

    return MemorySource(incident_records)


@pytest.fixture
def scripted():
    from analyzer.backends import create_backend
    from analyzer.settings import Settings

    return create_backend(Settings(backend="scripted", n_ctx=2048))


@pytest.fixture
def spans():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


def window(start_s: int = -60, end_s: int = 120) -> dict[str, int]:
    return {"start": T0 + start_s * 10**9, "end": T0 + end_s * 10**9}
