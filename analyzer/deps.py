"""FastAPI dependencies: the shared analyzer and settings, from ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from .pipeline import Analyzer
from .settings import Settings


def _analyzer(request: Request) -> Analyzer:
    return request.app.state.analyzer  # type: ignore[no-any-return]


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


AnalyzerDep = Annotated[Analyzer, Depends(_analyzer)]
SettingsDep = Annotated[Settings, Depends(_settings)]
