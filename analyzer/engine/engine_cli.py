"""``loglens train``: build the engine's line classifier and confidence calibration.

The classifier is trained on golden/train.jsonl (never the evaluation set) plus synthetic
lines from the knowledge base, with a fixed seed, and cached (``LOGLENS_CACHE_DIR``, default
``~/.cache/loglens/engine/classifier.joblib``). The confidence calibration is a logistic fit
of "the verdict was right" (the category, and the component of an incident) on the engine's
score features, collected by cross-validation
over the training records grouped by scenario (each fold diagnosed by a classifier that did
not see it), so the mapping is not fitted on answers the classifier memorised.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from retrieval.records import LogRecord

from . import classifier as clf_mod
from .diagnose import DEFAULT_CALIBRATION, Diagnosis, diagnose
from .knowledge import KnowledgeBase, KnowledgeError, load_kb
from .replay import Replayed, scope_hint
from .widen import replay_diagnosed

DEFAULT_TRAIN = Path("golden/train.jsonl")
FEATURES = ("margin", "log_top", "signature", "none", "none_gap")
FOLDS = 4


def read_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _scope(rec: Mapping[str, Any]) -> dict[str, Any]:
    sel = rec.get("selector") or {}
    return {k: v for k, v in sel.items() if v is not None}


def _features(f: Mapping[str, float]) -> list[float]:
    active = 1 - f["none"]
    return [f["margin"] * active, math.log1p(f["top"]) * active, f["signature"] * active,
            f["none"], f["none_gap"] * f["none"]]


def calibration_samples(records: Sequence[Mapping[str, Any]], kb: KnowledgeBase, *,
                        seed: int, folds: int = FOLDS) -> list[tuple[list[float], int]]:
    """``(features, category right)`` of every record, diagnosed by a classifier trained
    without its scenario's fold."""
    scenarios = sorted({str(r.get("scenario") or r.get("id")) for r in records})
    fold_of = {s: i % folds for i, s in enumerate(scenarios)}
    synthetic = clf_mod.synthetic_examples(kb, seed=seed)
    samples = []
    for k in range(folds):
        held = [r for r in records if fold_of[str(r.get("scenario") or r.get("id"))] == k]
        rest = [r for r in records if fold_of[str(r.get("scenario") or r.get("id"))] != k]
        clf = clf_mod.train(synthetic + clf_mod.golden_examples(rest), seed=seed)
        for rec in held:
            question = rec.get("question")

            def judge(rep: Replayed, clf: clf_mod.LineClassifier = clf,
                      question: str | None = question) -> Diagnosis:
                return diagnose(rep.packed, kb=kb, classifier=clf,
                                scope_hint=scope_hint(rep.selector), question=question)

            _, diag, _ = replay_diagnosed(rec["logs"], _scope(rec), question=question,
                                          diagnose=judge)
            right = int(verdict_right(diag.extraction.root_cause_category,
                                      diag.extraction.component, rec.get("expected") or {}))
            samples.append((_features(diag.features), right))
    return samples


def verdict_right(category: str, component: str, expected: Mapping[str, Any]) -> bool:
    """What the confidence promises: the category, and for an incident the component (what
    an operator acts on; a healthy window's component only says what was looked at)."""
    want = str(expected.get("root_cause_category", "")).strip().lower()
    if category != want:
        return False
    return want == "none" or component.strip().lower() == str(
        expected.get("component", "")).strip().lower()


def fit_calibration(samples: Sequence[tuple[list[float], int]], seed: int) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    xs = [x for x, _ in samples]
    ys = [y for _, y in samples]
    if len(set(ys)) < 2:  # all right (or all wrong): nothing to fit, the prior mapping
        return dict(DEFAULT_CALIBRATION)
    lr = LogisticRegression(C=0.5, random_state=seed).fit(xs, ys)
    cal = {"intercept": float(lr.intercept_[0])}
    cal.update({name: float(w) for name, w in zip(FEATURES, lr.coef_[0], strict=True)})
    return cal


def build_classifier(kb: KnowledgeBase, train_path: Path, *, seed: int = clf_mod.DEFAULT_SEED,
                     calibrate: bool = True, log: TextIO | None = None
                     ) -> clf_mod.LineClassifier:
    """Train the classifier on ``train_path`` + the knowledge base, calibrated if asked."""
    records = read_records(train_path)
    t0 = time.perf_counter()
    examples = training_examples(kb, records, seed)
    clf = clf_mod.train(examples, seed=seed)
    clf.kb_examples = clf_mod.examples_digest(kb)
    if log:
        print(f"classifier: {clf.n_examples} distinct lines, {len(clf.classes)} classes, "
              f"{time.perf_counter() - t0:.1f}s", file=log)
    if calibrate:
        t1 = time.perf_counter()
        samples = calibration_samples(records, kb, seed=seed)
        clf.calibration = fit_calibration(samples, seed)
        if log:
            right = sum(y for _, y in samples)
            print(f"calibration: {len(samples)} cross-validated records, {right} right, "
                  f"{time.perf_counter() - t1:.1f}s: {clf.calibration}", file=log)
    return clf


def training_examples(kb: KnowledgeBase, records: Sequence[Mapping[str, Any]], seed: int
                      ) -> list[tuple[LogRecord, str]]:
    """What the classifier learns: the knowledge base's examples (and their variants) and
    the training records' lines, as the current code normalizes them."""
    return clf_mod.synthetic_examples(kb, seed=seed) + clf_mod.golden_examples(records)


def cached_or_trained(kb: KnowledgeBase, train_path: Path, *, log: TextIO | None = None
                      ) -> clf_mod.LineClassifier:
    """The cached classifier if it learned exactly what one trained now would (``kb``'s
    examples and ``train_path``'s lines, as the current code normalizes them), else one
    trained now (not cached): an evaluation never measures a model trained on another
    knowledge base, other training records or another version of the parsers."""
    cached = clf_mod.load(clf_mod.default_cache_path())
    if (cached is not None and cached.trained_on(kb)
            and cached.fingerprint == clf_mod.examples_fingerprint(
                training_examples(kb, read_records(train_path), cached.seed), cached.seed)):
        return cached
    if log:
        why = "none cached" if cached is None else "the cached one learned other examples"
        print(f"classifier: {why}; training one for this knowledge base", file=log)
    return build_classifier(kb, train_path, calibrate=True, log=log)


@click.command("train")
@click.option("--train-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=DEFAULT_TRAIN, show_default=True, help="golden-format training records")
@click.option("--kb-dir", "kb_dirs", multiple=True, type=click.Path(file_okay=False),
              help="extra directory of signature files (repeatable)")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="where to write the model [default: the cache]")
@click.option("--seed", type=int, default=clf_mod.DEFAULT_SEED, show_default=True)
@click.option("--no-calibrate", is_flag=True, help="skip the cross-validated calibration")
def train(train_file: Path, kb_dirs: tuple[str, ...], out: Path | None, seed: int,
          no_calibrate: bool) -> None:
    """Train the diagnosis engine's line classifier (seconds) and cache it."""
    try:
        kb = load_kb(kb_dirs)
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"knowledge base: {len(kb.signatures)} signatures, {len(kb.examples())} "
               "examples", err=True)
    clf = build_classifier(kb, train_file, seed=seed, calibrate=not no_calibrate,
                           log=sys.stderr)
    path = out or clf_mod.default_cache_path()
    clf_mod.save(clf, path)
    click.echo(json.dumps({"model": str(path), "examples": clf.n_examples,
                           "classes": list(clf.classes), "fingerprint": clf.fingerprint,
                           "kb_examples": clf.kb_examples,
                           "calibration": clf.calibration}))
