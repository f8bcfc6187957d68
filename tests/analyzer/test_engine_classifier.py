"""The per-line classifier: reproducible, and it learns phrasings beyond the regexes."""

from __future__ import annotations

import logging

from analyzer.engine import classifier as C
from retrieval.normalize import normalize
from retrieval.records import LogRecord


def _texts(lines):
    return [C.masked_text(normalize(LogRecord(ts=0, labels={}, line=x))) for x in lines]


PROBES = _texts([
    "upstream billing-api refused the connection on port 8443",
    "certificate for partner.example.org expired yesterday",
    "level=info msg=\"cache refreshed\" entries=120",
    "Error: configmap \"feature-flags\" not found",
])


def test_same_seed_same_model(kb, engine_examples):
    a = C.train(engine_examples, seed=5)
    b = C.train(engine_examples, seed=5)
    assert a.fingerprint == b.fingerprint
    assert a.predict(PROBES) == b.predict(PROBES)
    pa, pb = a.predict_proba(PROBES), b.predict_proba(PROBES)
    assert all(abs(x[k] - y[k]) < 1e-9 for x, y in zip(pa, pb, strict=True) for k in x)


def test_classifier_generalises_phrasings(line_classifier):
    got = line_classifier.predict(PROBES)
    assert got[1] == "tls_certificate"
    assert got[2] == "none"
    assert got[3] == "config_error"


def test_save_and_load_roundtrip(line_classifier, tmp_path):
    path = tmp_path / "engine" / "classifier.joblib"
    C.save(line_classifier, path)
    loaded = C.load(path)
    assert loaded is not None
    assert loaded.predict(PROBES) == line_classifier.predict(PROBES)
    assert path.with_suffix(".json").exists()
    assert C.load(tmp_path / "missing.joblib") is None


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_classifier_knows_whether_it_learned_the_knowledge_base(kb, line_classifier, tmp_path):
    from dataclasses import replace

    from analyzer.engine.knowledge import load_kb
    from analyzer.engine.runtime import Engine, log

    (tmp_path / "ours.yaml").write_text(
        "category: database\nsignatures:\n  - id: acme-ledger-stuck\n"
        "    pattern: 'LEDGER-E042 ledger shard stuck'\n    weight: 5\n"
        "    examples: ['LEDGER-E042 ledger shard stuck on shard 7']\n", encoding="utf-8")
    extended = load_kb([tmp_path])
    current = replace(line_classifier, kb_examples=C.examples_digest(kb))
    assert current.trained_on(kb) and not current.trained_on(extended)
    assert not line_classifier.trained_on(kb)   # trained without recording it: unknown
    path = tmp_path / "cache" / "classifier.joblib"
    C.save(current, path)
    seen = _Records()
    log.addHandler(seen)   # the analyzer's logging setup may stop propagation to the root
    try:
        assert Engine.load(classifier_path=path).describe()["classifier_current"] is True
        assert not seen.messages
        engine = Engine.load(kb_dir=tmp_path, classifier_path=path)
    finally:
        log.removeHandler(seen)
    assert engine.describe()["classifier_current"] is False
    assert any("run `loglens train`" in m for m in seen.messages)


def test_an_evaluation_trains_afresh_rather_than_use_a_stale_cache(kb, line_classifier, tmp_path,
                                                                  monkeypatch):
    import io
    from dataclasses import replace

    from analyzer.engine.engine_cli import cached_or_trained
    from tests.conftest import REPO

    monkeypatch.setenv("LOGLENS_CACHE_DIR", str(tmp_path))
    stale = replace(line_classifier, kb_examples="0" * 16)
    C.save(stale, C.default_cache_path())
    log = io.StringIO()
    fresh = cached_or_trained(kb, REPO / "golden" / "train.jsonl", log=log)
    assert fresh.trained_on(kb) and fresh.calibration
    assert "learned other examples" in log.getvalue()
    C.save(fresh, C.default_cache_path())
    assert cached_or_trained(kb, REPO / "golden" / "train.jsonl").fingerprint == fresh.fingerprint
    # the same knowledge base, but other training lines (another train.jsonl, or the same
    # one as an older parser read it): trained afresh too
    C.save(replace(fresh, fingerprint="0" * 16), C.default_cache_path())
    log = io.StringIO()
    again = cached_or_trained(kb, REPO / "golden" / "train.jsonl", log=log)
    assert again.fingerprint == fresh.fingerprint and "learned other examples" in log.getvalue()
