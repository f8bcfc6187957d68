"""Build the configured ``LogSource`` from ``Settings.source``."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from retrieval.errors import ConfigError
from retrieval.source import LogSource

from .settings import Settings

DEMO_START = "2026-03-01T11:50:00Z"
DEMO_END = "2026-03-01T12:20:00Z"


def demo_logs_dir() -> Path:
    return Path(str(files("analyzer").joinpath("demo", "logs")))


def create_source(settings: Settings) -> LogSource:
    spec = settings.source.strip()
    if spec == "demo":
        from retrieval.files import FileSource
        return FileSource(demo_logs_dir())
    kind, sep, rest = spec.partition(":")
    if sep and kind == "file":
        from retrieval.files import FileSource
        return FileSource(Path(rest).expanduser())
    if sep and kind == "loki":
        from retrieval.loki import LokiSource
        return LokiSource.from_settings(settings)
    raise ConfigError(f"cannot read source {spec!r}: use demo, file:PATH or loki:URL")
