"""``golden/extract_golden_dataset.py`` over a directory of real files (FileSource)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evaluation.golden_validate import validate_text

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def extract_mod(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    from golden import extract_golden_dataset
    return extract_golden_dataset


@pytest.fixture
def extract_logs_dir(tmp_path) -> Path:
    """shop/<pod>/<container>.log in the CRI format: a cart that fails among healthy lines."""
    root = tmp_path / "logs"
    lines: dict[str, list[str]] = {"cart-7d9f4b8c6-x2k9p/cart.log": [],
                                   "frontend-6b8f9c7d5-k2x9p/nginx.log": []}
    for s in range(0, 600, 5):
        ts = f"2026-03-01T12:{s // 60:02d}:{s % 60:02d}.000000000Z"
        cart = lines["cart-7d9f4b8c6-x2k9p/cart.log"]
        front = lines["frontend-6b8f9c7d5-k2x9p/nginx.log"]
        front.append(f'{ts} stdout F 10.42.1.5 - - [01/Mar/2026:12:00:00 +0000] "GET /healthz '
                     f'HTTP/1.1" 200 2 "-" "kube-probe/1.29"')
        cart.append(f'{ts} stderr F level=info msg="reserved items" order={7000 + s} items=2')
        if s % 30 == 0:
            cart.append(f'{ts} stderr F level=warn msg="heap usage high" heap_mb={200 + s // 10}')
        if s % 60 == 0:
            why = ("connection refused", "i/o timeout", "no route to host",
                   "connection reset by peer", "broken pipe")[s // 60 % 5]
            cart.append(f'{ts} stderr F level=error msg="reservation failed" '
                        f'err="dial tcp 10.96.0.{s // 60}:6379: connect: {why}"')
    for rel, content in lines.items():
        path = root / "shop" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(content) + "\n")
    return root


def _run(mod, root: Path, out: Path, *extra: str) -> list[dict]:
    assert mod.main(["--source", f"file:{root}", "--namespace", "shop",
                     "--start", "2026-03-01T11:59:00Z", "--end", "2026-03-01T12:11:00Z",
                     "--out", str(out), *extra]) == 0
    return [json.loads(x) for x in out.read_text().splitlines()]


def test_candidates_are_valid_denoised_and_stratified(extract_mod, extract_logs_dir, tmp_path):
    out = tmp_path / "cand.jsonl"
    recs = _run(extract_mod, extract_logs_dir, out, "-n", "8", "--context", "4")
    assert validate_text(out.read_text()) == []
    assert 1 <= len(recs) <= 8
    for r in recs:
        assert r["expected"] == {} and r["source"] == f"real:file:{extract_logs_dir}"
        assert r["selector"]["namespace"] == "shop"
        assert len(r["logs"]) <= 9
        assert not any("kube-probe" in log["line"] for log in r["logs"])
        assert r["logs"][r["anchor"]]["labels"]["pod"]
    levels = Counter(r["anchor_level"] for r in recs)
    assert levels["error"] >= 3 and levels["warn"] >= 1 and levels["info"] >= 1
    # one template is kept at most twice across the whole extraction
    reserved = [log["line"] for r in recs for log in r["logs"] if "reserved items" in log["line"]]
    assert len(set(reserved)) <= 2


def test_same_seed_same_candidates(extract_mod, extract_logs_dir, tmp_path):
    a = _run(extract_mod, extract_logs_dir, tmp_path / "a.jsonl", "--seed", "3")
    b = _run(extract_mod, extract_logs_dir, tmp_path / "b.jsonl", "--seed", "3")
    assert a == b


def test_paging_reads_past_the_query_limit(extract_mod, extract_logs_dir):
    import asyncio

    from retrieval.files import FileSource
    from retrieval.selector import Selector

    sel = Selector(namespace="shop", start="2026-03-01T11:59:00Z", end="2026-03-01T12:11:00Z",
                   default_filter=False)
    got = asyncio.run(extract_mod.fetch(FileSource(extract_logs_dir), sel, 10_000))
    assert len(got) > 200  # 120 probes + 120 cart lines + warnings and errors
    assert [r.ts for r in got] == sorted(r.ts for r in got)


def test_denoise_and_templates(extract_mod):
    from retrieval.records import LogRecord
    assert extract_mod.template_of("order 7123 took 15ms id=0xdeadbeef") == (
        "order <*> took <*>ms id=<*>")
    recs = [LogRecord(ts=i, labels={}, line=f"job {i} done", message=f"job {i} done")
            for i in range(5)] + [LogRecord(ts=9, labels={}, line="GET /readyz 200",
                                            message="GET /readyz 200")]
    assert [r.ts for r in extract_mod.denoise(recs)] == [0, 1]


def test_bad_source_and_mix_are_refused(extract_mod, tmp_path):
    with pytest.raises(SystemExit, match="file:PATH or loki:URL"):
        extract_mod.build_source("s3://bucket")
    with pytest.raises(SystemExit):
        extract_mod.main(["--source", "file:/x", "--mix", "fatal=1", "--out",
                          str(tmp_path / "o")])
