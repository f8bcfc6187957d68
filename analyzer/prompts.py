"""Prompts are files (``analyzer/prompts/*.txt``, or ``LOGLENS_PROMPTS_DIR``), filled with
``string.Template`` so log text full of braces and dollars is never interpreted."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template

from retrieval.errors import ConfigError

from .backends.base import Message

_NAMES = ("system", "user")


@dataclass(frozen=True, slots=True)
class Prompts:
    system: str
    user: Template

    @classmethod
    def load(cls, directory: Path | None = None) -> Prompts:
        texts: dict[str, str] = {}
        for name in _NAMES:
            try:
                if directory is None:
                    texts[name] = files("analyzer").joinpath("prompts", f"{name}.txt").read_text(
                        encoding="utf-8")
                else:
                    texts[name] = (directory / f"{name}.txt").read_text(encoding="utf-8")
            except OSError as exc:
                where = directory or "the bundled prompts"
                raise ConfigError(f"cannot read prompt {name}.txt from {where}: {exc}") from exc
        return cls(system=texts["system"].strip(), user=Template(texts["user"].strip()))

    def messages(self, *, lines: str, question: str | None, scope: str,
                 workloads: list[str]) -> list[Message]:
        user = self.user.safe_substitute(
            question=question or "What is wrong, how bad is it, and what should I do?",
            scope=scope, workloads=", ".join(workloads) or "unknown", lines=lines)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]
