"""The engine as the service runs it: the knowledge base (shipped + ``kb_dir``), the line
classifier ``loglens train`` cached (when there is one), the tunables; loaded once.

Without a cached classifier the engine runs on the knowledge base's signatures alone (a few
points of category accuracy lower: see bench/engine_eval.py ``--no-classifier``) and says so
in the log and in each result (``engine.classifier: false``).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from retrieval.errors import ConfigError
from retrieval.packing import Packed

from . import classifier as clf_mod
from .diagnose import Diagnosis, diagnose
from .knowledge import KnowledgeBase, KnowledgeError, load_kb
from .reasoning import Params

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger("loglens.engine")

TOP_K = 5


@dataclass(slots=True)
class Engine:
    kb: KnowledgeBase
    classifier: clf_mod.LineClassifier | None = None
    params: Params = field(default_factory=Params)
    top_k: int = TOP_K

    @classmethod
    def load(cls, *, kb_dir: Path | None = None,
             classifier_path: Path | None = None) -> Engine:
        """The shipped knowledge base (+ ``kb_dir``) and the classifier cached at
        ``classifier_path`` (None, or nothing there: signatures alone). A knowledge-base
        file that cannot be used is a ``ConfigError`` naming it."""
        try:
            kb = load_kb([kb_dir] if kb_dir is not None else [])
        except KnowledgeError as exc:
            raise ConfigError(f"knowledge base: {exc}", field="kb_dir") from exc
        classifier = clf_mod.load(classifier_path) if classifier_path is not None else None
        if classifier is None:
            log.warning("no trained line classifier: the engine uses its signatures alone "
                        "(run `loglens train`)", extra={"path": str(classifier_path)})
        elif not classifier.trained_on(kb):
            log.warning("the line classifier was trained without this knowledge base's "
                        "current examples (run `loglens train`, with the same --kb-dir)",
                        extra={"path": str(classifier_path)})
        return cls(kb, classifier)

    @classmethod
    def from_settings(cls, settings: Settings) -> Engine:
        from ..settings import classifier_path

        return cls.load(kb_dir=settings.kb_dir, classifier_path=classifier_path(settings))

    def diagnose(self, packed: Packed, scope_hint: str | None = None,
                 question: str | None = None) -> Diagnosis:
        return diagnose(packed, kb=self.kb, classifier=self.classifier, params=self.params,
                        scope_hint=scope_hint, question=question, top_k=self.top_k)

    def describe(self) -> dict[str, Any]:
        """What changes the engine's answers (for an evaluation run's settings hash)."""
        h = hashlib.sha256()
        for sig in self.kb.signatures:
            h.update(f"{sig.id}\t{sig.category}\t{sig.pattern.pattern}\t{sig.weight}\t"
                     f"{sig.severity}\t{sig.role}\t{sig.component}\t{sig.signal}\t"
                     f"{sig.recovers}\t{sig.startup_grace}\t{sig.sporadic}\n".encode())
        for name in sorted(self.kb.categories):
            info = self.kb.categories[name]
            h.update(f"{name}\t{info.precedence}\t{info.blame_callee}\t{info.providers}\t"
                     f"{sorted(info.text.items())}\n".encode())
        return {"kb_sha256": h.hexdigest(), "signatures": len(self.kb.signatures),
                "classifier": self.classifier.fingerprint if self.classifier else None,
                "classifier_current": (self.classifier.trained_on(self.kb)
                                       if self.classifier else None),
                "calibration": dict(self.classifier.calibration) if self.classifier else None,
                "params": repr(self.params), "top_k": self.top_k}


@lru_cache(maxsize=1)
def shipped_engine() -> Engine:
    """The shipped knowledge base without a trained classifier (an analyzer built without an
    engine uses it: no cache is read)."""
    return Engine(load_kb())
