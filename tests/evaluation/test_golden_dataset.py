"""The committed golden and training sets: valid, distributed as issue 4 asks, disjoint in
scenario templates, and reproducible from their seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from analyzer.schema import CATEGORIES
from evaluation.golden import load_golden
from evaluation.golden_validate import validate_file

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "golden" / "golden.jsonl"
TRAIN = REPO / "golden" / "train.jsonl"
LOGHUB = REPO.parent / "shared" / "loghub"
needs_loghub = pytest.mark.skipif(not (LOGHUB / "BGL").is_dir(),
                                  reason="../shared/loghub is not here")


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def golden_records() -> list[dict]:
    return _records(GOLDEN)


@pytest.fixture(scope="module")
def train_records() -> list[dict]:
    return _records(TRAIN)


@pytest.fixture
def golden_pkg(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    import golden.scenarios
    import golden.train_scenarios
    return golden


HELDOUT = sorted((REPO / "golden" / "heldout").glob("*.jsonl"))


@pytest.mark.parametrize("path", [GOLDEN, TRAIN, *HELDOUT],
                         ids=["golden", "train", *(p.stem for p in HELDOUT)])
def test_committed_sets_pass_validation_and_load(path):
    assert validate_file(path) == []
    assert len(load_golden(path)) == len(_records(path))


def test_golden_size_and_severity_mix(golden_records):
    n = len(golden_records)
    assert n >= 150
    sev = Counter(r["expected"]["severity"] for r in golden_records)
    for level, target in (("INFO", 25), ("WARN", 25), ("ERROR", 40), ("CRITICAL", 10)):
        assert abs(100 * sev[level] / n - target) <= 5, (level, sev[level], n)


def test_golden_covers_every_category(golden_records):
    cat = Counter(r["expected"]["root_cause_category"] for r in golden_records)
    assert set(cat) == set(CATEGORIES)
    assert all(cat[c] >= 5 for c in CATEGORIES), cat
    assert cat["none"] >= 15


def test_golden_record_shape(golden_records):
    for r in golden_records:
        assert 12 <= len(r["logs"]) <= 80, r["id"]
        exp = r["expected"]
        assert exp["component"].strip() and exp["root_cause"] and exp["action"], r["id"]
        assert len(exp["root_cause"]) <= 120 and len(exp["summary"]) <= 160, r["id"]
        assert len(exp["action"]) <= 120, r["id"]
        if exp["root_cause_category"] == "none":
            assert exp["severity"] == "INFO" and exp["evidence"] == [], r["id"]
        else:
            assert 1 <= len(exp["evidence"]) <= 5, r["id"]
        assert r["source"] in (f"synthetic:{r['scenario']}",) or r["source"].startswith(
            "real:loghub/"), r["id"]


def test_golden_real_share_and_templates(golden_records):
    real = [r for r in golden_records if r["source"].startswith("real:loghub/")]
    assert len(real) >= 0.3 * len(golden_records)
    assert len({r["source"] for r in real}) >= 5
    assert len({r["scenario"] for r in golden_records}) >= 30


def test_train_set_shares_no_scenario_template(golden_records, train_records, golden_pkg):
    assert len(train_records) >= 100
    golden_scen = {r["scenario"] for r in golden_records}
    train_scen = {r["scenario"] for r in train_records}
    assert golden_scen.isdisjoint(train_scen)
    from golden.scenarios import GOLDEN as G
    from golden.train_scenarios import TRAIN as T
    assert set(G.templates).isdisjoint(T.templates)
    assert golden_scen == set(G.templates) and train_scen == set(T.templates)
    assert not {r["id"] for r in golden_records} & {r["id"] for r in train_records}


def _synthesize(*args: str) -> None:
    subprocess.run([sys.executable, str(REPO / "golden" / "synthesize.py"), *args],
                   check=True, cwd=REPO, capture_output=True)


@needs_loghub
def test_synthesize_is_reproducible(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    _synthesize("--seed", "3", "--limit", "25", "--out", str(a))
    _synthesize("--seed", "3", "--limit", "25", "--out", str(b))
    _synthesize("--seed", "4", "--limit", "25", "--out", str(c))
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert len(_records(a)) == 25 and validate_file(a) == []


@needs_loghub
def test_committed_files_are_what_the_seeds_write(tmp_path, golden_pkg):
    from golden.synthesize import write
    write("golden", 7, tmp_path / "g.jsonl")
    write("train", 11, tmp_path / "t.jsonl")
    assert (tmp_path / "g.jsonl").read_bytes() == GOLDEN.read_bytes()
    assert (tmp_path / "t.jsonl").read_bytes() == TRAIN.read_bytes()


@needs_loghub
def test_real_records_quote_loghub_lines_verbatim(golden_records, golden_pkg):
    from golden.gen.loghub import _load
    contents = {}
    for ds in ("BGL", "HDFS", "Hadoop", "Spark", "Zookeeper", "OpenSSH", "Linux"):
        contents[ds] = [x.raw for x in _load(LOGHUB, ds)]
    for r in golden_records:
        if not r["source"].startswith("real:loghub/"):
            continue
        ds = r["source"].split("/", 1)[1]
        cause = [r["logs"][i]["line"] for i in r["expected"]["evidence"]] or [
            log["line"] for log in r["logs"]]
        # the message part after the (rewritten) timestamp is a real Loghub line's
        tails = {raw[-40:] for raw in contents[ds]}
        assert any(line[-40:] in tails for line in cause), r["id"]


def test_dataset_analysis_prints_tables(golden_pkg, capsys):
    from golden.dataset_analysis import main
    assert main([str(GOLDEN)]) == 0
    out = capsys.readouterr().out
    for title in ("| severity |", "| root_cause_category |", "| source |", "| namespace |",
                  "| lines per record |"):
        assert title in out


def test_combine_makes_ids_unique_and_validates(tmp_path, golden_pkg):
    from golden.combine_datasets import main
    out = tmp_path / "all.jsonl"
    assert main([str(GOLDEN), str(GOLDEN), "--out", str(out), "--shuffle", "1"]) == 0
    recs = _records(out)
    assert len(recs) == 2 * len(_records(GOLDEN))
    assert len({r["id"] for r in recs}) == len(recs)
    assert main([str(GOLDEN), "--source-prefix", "real:", "--out", str(out)]) == 0
    assert all(r["source"].startswith("real:") for r in _records(out))
