"""A per-line classifier: which root-cause category (or ``none``) a log line points to.

TF-IDF over word 1-2-grams and character 3-5-grams of the *masked* display text (numbers,
ids, addresses and paths become ``<*>``, so the model learns phrasings, not values), then a
multinomial logistic regression (probabilistic by construction; class weights balanced).
Training is seeded and deterministic: the same examples and seed give the same model.

The examples come from ``training_examples``: the lines of ``golden/train.jsonl`` (evidence
lines and their repeats labelled with the record's category, lines of healthy records and
INFO/DEBUG lines of incident records labelled ``none``, other lines left out as ambiguous)
plus synthetic lines built from the knowledge base's examples, rendered in several log
formats and normalized like production lines. The golden evaluation set is never used.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.normalize import normalize
from retrieval.packing import display_text
from retrieval.records import Level, LogRecord
from retrieval.templates.masking import Masker

from .knowledge import KnowledgeBase

DEFAULT_SEED = 13
_MASKER = Masker(cache_size=20_000)
MAX_CHARS = 400


def full_text(record: LogRecord) -> str:
    """A record's text for matching: ``display_text`` with field values in full."""
    return display_text(record, full=True)


def masked_text(record: LogRecord) -> str:
    """What the classifier reads of a record: its full text, masked, lowercased."""
    text = full_text(record)[:MAX_CHARS]
    return " ".join(_MASKER.tokens(text)).lower()


@dataclass(slots=True)
class LineClassifier:
    """A fitted model and what it was trained on (for reports and cache checks)."""

    model: Any
    classes: tuple[str, ...]
    seed: int
    n_examples: int
    fingerprint: str
    calibration: dict[str, float] = field(default_factory=dict)
    #: ``examples_digest`` of the knowledge base it was trained with ("": not recorded)
    kb_examples: str = ""

    def trained_on(self, kb: KnowledgeBase) -> bool:
        """Whether it learned this knowledge base's examples (a cache trained before a
        signature was added or changed, or before this was recorded, did not)."""
        return getattr(self, "kb_examples", "") == examples_digest(kb)

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        probs = self.model.predict_proba(list(texts))
        return [{c: float(p) for c, p in zip(self.classes, row, strict=True)} for row in probs]

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [max(p, key=p.__getitem__) for p in self.predict_proba(texts)]


# --- training data -----------------------------------------------------------------------------


_WRAPPERS = (
    "{line}",
    'level=error msg="{q}"',
    '{{"level":"error","msg":"{q}"}}',
    "E0301 12:00:00.000000       1 main.go:88] {line}",
    "2026-03-01 12:00:00.000 ERROR 1 --- [           main] c.a.App : {line}",
    "ERROR:app:{line}",
    'time="2026-03-01T12:00:00Z" level=error msg="{q}"',
    "[2026-03-01 12:00:00,000] ERROR {line}",
)


def synthetic_examples(kb: KnowledgeBase, *, seed: int = DEFAULT_SEED,
                       variants: int = 4) -> list[tuple[LogRecord, str]]:
    """Every knowledge-base example rendered in ``variants`` log formats (seeded)."""
    rng = random.Random(seed)
    out: list[tuple[LogRecord, str]] = []
    for line, label in kb.examples():
        first = line.split("\n", 1)[0]
        for wrapper in [_WRAPPERS[0], *rng.sample(_WRAPPERS[1:], k=variants - 1)]:
            text = wrapper.format(line=first, q=first.replace("\\", "\\\\").replace('"', '\\"'))
            record = LogRecord(ts=0, labels={"app": "synthetic"}, line=text)
            out.append((normalize(record), label))
    return out


def golden_examples(records: Iterable[Mapping[str, Any]]) -> list[tuple[LogRecord, str]]:
    """Labelled lines of golden-format records (parsed JSON objects)."""
    out: list[tuple[LogRecord, str]] = []
    for rec in records:
        expected = rec.get("expected") or {}
        category = str(expected.get("root_cause_category") or "").strip().lower()
        evidence = set(expected.get("evidence") or [])
        normalized = [normalize(LogRecord(ts=0, labels=dict(log.get("labels") or {}),
                                          line=str(log.get("line", ""))))
                      for log in rec.get("logs") or []]
        keys = {_key(normalized[i]) for i in evidence if 0 <= i < len(normalized)}
        for i, r in enumerate(normalized):
            if category == "none" or not category:
                label: str | None = "none"
            elif i in evidence or _key(r) in keys:
                label = category
            elif r.level in (Level.INFO, Level.DEBUG, Level.TRACE):
                label = "none"
            else:
                label = None  # a warning or error that is not the cause: ambiguous
            if label is not None:
                out.append((r, label))
    return out


def _key(record: LogRecord) -> tuple[str, str]:
    return record.workload, masked_text(record)


def examples_digest(kb: KnowledgeBase) -> str:
    """A digest of the knowledge base's examples: what the classifier learns from it."""
    h = hashlib.sha256()
    for text, label in sorted(kb.examples()):
        h.update(f"{label}\t{text}\n".encode())
    return h.hexdigest()[:16]


def fingerprint(examples: Sequence[tuple[str, str]], seed: int) -> str:
    h = hashlib.sha256(str(seed).encode())
    for text, label in examples:
        h.update(f"{label}\t{text}\n".encode())
    return h.hexdigest()[:16]


def _pairs(examples: Sequence[tuple[LogRecord, str]]) -> list[tuple[str, str]]:
    """The distinct ``(masked text, label)`` pairs a model is fitted on."""
    return sorted({(masked_text(r), label) for r, label in examples})


def examples_fingerprint(examples: Sequence[tuple[LogRecord, str]], seed: int) -> str:
    """The ``fingerprint`` a model fitted on ``examples`` with ``seed`` gets (``train``)."""
    return fingerprint(_pairs(examples), seed)


# --- fitting, saving, loading ------------------------------------------------------------------


def train(examples: Sequence[tuple[LogRecord, str]], *, seed: int = DEFAULT_SEED,
          c: float = 4.0) -> LineClassifier:
    """Fit the classifier on ``(record, label)`` examples (deterministic for a seed)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    pairs = _pairs(examples)
    if len({label for _, label in pairs}) < 2:
        raise ValueError("training needs examples of at least two labels")
    texts = [t for t, _ in pairs]
    labels = [label for _, label in pairs]
    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1,
                                 sublinear_tf=True, token_pattern=r"[a-z][a-z0-9_]+")),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2,
                                 sublinear_tf=True, max_features=60_000)),
    ])
    model = Pipeline([("features", features),
                      ("lr", LogisticRegression(C=c, solver="saga", max_iter=2000, tol=1e-3,
                                                class_weight="balanced", random_state=seed))])
    model.fit(texts, labels)
    classes = tuple(str(x) for x in model.named_steps["lr"].classes_)
    return LineClassifier(model, classes, seed, len(pairs), fingerprint(pairs, seed))


def save(clf: LineClassifier, path: Path) -> None:
    """Write the model (joblib) and a JSON summary next to it."""
    import joblib

    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(clf, path)
    meta = {"classes": list(clf.classes), "seed": clf.seed, "examples": clf.n_examples,
            "fingerprint": clf.fingerprint, "kb_examples": clf.kb_examples,
            "calibration": clf.calibration}
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2), encoding="utf-8")


def load(path: Path) -> LineClassifier | None:
    """The classifier cached at ``path``; None when absent or unreadable (train it)."""
    import joblib

    if not path.exists():
        return None
    try:
        clf = joblib.load(path)
    except Exception:  # noqa: BLE001 - a stale or foreign cache file means "train again"
        return None
    return clf if isinstance(clf, LineClassifier) else None


def default_cache_path() -> Path:
    """``<LOGLENS_CACHE_DIR>/engine/classifier.joblib`` (``Settings.cache_dir``: default
    ``$XDG_CACHE_HOME/loglens`` or ``~/.cache/loglens``)."""
    from analyzer.settings import Settings, classifier_path

    return classifier_path(Settings())
