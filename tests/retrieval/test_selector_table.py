"""The selector table of ``selector_cases`` against every ``LogSource``: the same data, the
same answers. The recorded real-Loki queries are the reference the local sources must match,
and ``LokiSource`` is run on them too, replaying the recorded responses."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from selector_cases import (
    BY_LINE,
    CASES,
    LOKI_DIR,
    RECORDED,
    SHOP,
    Case,
    Recorded,
    records,
    selector,
    write_dataset,
    write_shop,
)

from retrieval.files import FileSource
from retrieval.loki import LokiSource
from retrieval.memory import MemorySource
from retrieval.source import LogSource

SOURCES = ["memory", "files"]


@pytest.fixture(scope="module")
def dataset_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("dataset"))


@pytest.fixture(scope="module")
def shop_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_shop(tmp_path_factory.mktemp("shop"))


def make(kind: str, root: Path, recs) -> LogSource:
    return MemorySource(recs) if kind == "memory" else FileSource(root)


async def run(source: LogSource, sel) -> list:
    return [r async for r in source.query(sel)]


@pytest.mark.parametrize("kind", SOURCES)
@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
async def test_case(c: Case, kind: str, dataset_dir: Path) -> None:
    source = make(kind, dataset_dir, records())
    got = await run(source, selector(c))
    assert [BY_LINE[r.line] for r in got] == c.expected


@pytest.mark.parametrize("kind", SOURCES)
async def test_sources_agree_on_labels_of_every_record(kind: str, dataset_dir: Path) -> None:
    """Besides ``filename``, a file record carries exactly the labels its memory twin does."""
    c = CASES[0]
    got = await run(make(kind, dataset_dir, records()), selector(c))
    want = {r.line: r.labels for r in records()}
    for r in got:
        assert {k: v for k, v in r.labels.items() if k != "filename"} == want[r.line]


def test_table_covers_the_dataset() -> None:
    assert len(SHOP) == 8, "the recorded Loki answers hold 8 distinct entries"
    assert {i for c in CASES for i in c.expected} == set(BY_LINE.values())


# -- recorded real Loki ---------------------------------------------------------------------

def _recorded_ids() -> list[str]:
    return [r.name for r in RECORDED]


@pytest.mark.parametrize("kind", SOURCES)
@pytest.mark.parametrize("rec", RECORDED, ids=_recorded_ids())
async def test_recorded_loki_answer(rec: Recorded, kind: str, shop_dir: Path) -> None:
    got = await run(make(kind, shop_dir, SHOP), rec.selector)
    assert [(r.ts, r.line) for r in got] == rec.expected


def _replay(request: httpx.Request) -> httpx.Response:
    """Serve the recording whose URL has exactly the request's path and parameters."""
    meta = json.loads((LOKI_DIR / "_meta.json").read_text())
    for name, m in meta.items():
        url = urlsplit(m["url"])
        if (m["method"] == request.method and url.path == request.url.path
                and dict(parse_qsl(url.query)) == dict(request.url.params)):
            return httpx.Response(m["status"], content=(LOKI_DIR / f"{name}.json").read_bytes(),
                                  headers={"content-type": m["content_type"] or "text/plain"})
    return httpx.Response(404, text="404 page not found\n")


@pytest.mark.parametrize("rec", RECORDED, ids=_recorded_ids())
async def test_recorded_loki_answer_through_loki_source(rec: Recorded) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(_replay)) as client:
        source = LokiSource("http://loki.test:3100", client=client)
        got = await run(source, rec.selector)
    assert [(r.ts, r.line) for r in got] == rec.expected
