"""Prompts are files (``analyzer/prompts/*.txt``, or ``LOGLENS_PROMPTS_DIR``), filled with
``string.Template`` so log text full of braces and dollars is never interpreted.

``system.txt`` and ``user.txt`` are required; ``hybrid_user.txt`` (hybrid mode: the engine's
candidates and an excerpt of the lines, ``analyzer.modes.excerpt``) is taken from the bundled
prompts when a directory has none. The bundled one starts with its fixed instructions, so that
llama.cpp's prompt cache covers them after the system prompt."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template

from retrieval.errors import ConfigError

from .backends.base import Message

_NAMES = ("system", "user", "hybrid_user")
_OPTIONAL = ("hybrid_user",)
_DEFAULT_QUESTION = "What is wrong, how bad is it, and what should I do?"


def _bundled(name: str) -> str:
    return files("analyzer").joinpath("prompts", f"{name}.txt").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Prompts:
    system: str
    user: Template
    hybrid_user: Template | None = None  # None: the bundled hybrid_user.txt

    @classmethod
    def load(cls, directory: Path | None = None) -> Prompts:
        texts: dict[str, str] = {}
        for name in _NAMES:
            try:
                path = None if directory is None else directory / f"{name}.txt"
                if path is None or (name in _OPTIONAL and not path.exists()):
                    texts[name] = _bundled(name)
                else:
                    texts[name] = path.read_text(encoding="utf-8")
            except OSError as exc:
                where = directory or "the bundled prompts"
                raise ConfigError(f"cannot read prompt {name}.txt from {where}: {exc}") from exc
        return cls(system=texts["system"].strip(), user=Template(texts["user"].strip()),
                   hybrid_user=Template(texts["hybrid_user"].strip()))

    def messages(self, *, lines: str, question: str | None, scope: str,
                 workloads: list[str]) -> list[Message]:
        user = self.user.safe_substitute(
            question=question or _DEFAULT_QUESTION,
            scope=scope, workloads=", ".join(workloads) or "unknown", lines=lines)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def hybrid_messages(self, *, lines: str, question: str | None, scope: str,
                        workloads: list[str], candidates: str) -> list[Message]:
        """Hybrid mode: the engine's candidates to choose from and ``lines``, the excerpt of
        the packed lines the model may cite."""
        template = self.hybrid_user or Template(_bundled("hybrid_user").strip())
        user = template.safe_substitute(
            question=question or _DEFAULT_QUESTION, scope=scope,
            workloads=", ".join(workloads) or "unknown", lines=lines, candidates=candidates)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]
