"""Backend registry: name -> factory(settings) -> LLMBackend.

The real backends and the scripted one are registered the same way, so tests that use the
scripted backend run the same pipeline, API and CLI code as production. Factories import their
heavy dependencies lazily: importing this package loads no model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.errors import ConfigError

from .base import LLMBackend, Message, Usage

if TYPE_CHECKING:
    from analyzer.settings import Settings

BackendFactory = Callable[["Settings"], LLMBackend]
_REGISTRY: dict[str, BackendFactory] = {}


def register(name: str, factory: BackendFactory) -> None:
    _REGISTRY[name] = factory


def registered() -> list[str]:
    return sorted(_REGISTRY)


def create_backend(settings: Settings) -> LLMBackend:
    try:
        factory = _REGISTRY[settings.backend]
    except KeyError:
        raise ConfigError(f"unknown backend {settings.backend!r}; choose one of "
                          f"{', '.join(registered())}") from None
    return factory(settings)


def _llama_cpp(settings: Settings) -> LLMBackend:
    from .llama_cpp import LlamaCppBackend
    return LlamaCppBackend.from_settings(settings)


def _openai(settings: Settings) -> LLMBackend:
    from .openai_compat import OpenAICompatBackend
    return OpenAICompatBackend.from_settings(settings)


def _scripted(settings: Settings) -> LLMBackend:
    from .scripted import ScriptedBackend
    return ScriptedBackend(n_ctx=settings.n_ctx)


register("llama-cpp", _llama_cpp)
register("openai", _openai)
register("scripted", _scripted)

__all__ = ["LLMBackend", "Message", "Usage", "create_backend", "register", "registered"]
