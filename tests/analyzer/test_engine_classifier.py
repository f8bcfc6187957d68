"""The per-line classifier: reproducible, and it learns phrasings beyond the regexes."""

from __future__ import annotations

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
