"""The result page (``GET /v1/analyze/view``): parameters checked in-process, then the page
driven in a real headless Chromium (Debian's ``/usr/bin/chromium`` through Playwright) against
a real uvicorn server, watching the analysis stream into the DOM."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest

from analyzer.app import create_app
from analyzer.settings import Settings
from tests.analyzer.test_pipeline import GOOD
from tests.conftest import REPO, T0
from tests.servers import serve

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
GRAFANA = "https://grafana.example.test"
START_MS, END_MS = (T0 - 60 * 10**9) // 10**6, (T0 + 120 * 10**9) // 10**6

browser = pytest.mark.skipif(not CHROMIUM.exists(),
                             reason="/usr/bin/chromium is missing (apt-get install -y chromium)")


def make_app(memory_source, scripted):
    return create_app(Settings(backend="scripted", log_format="text", grafana_url=GRAFANA,
                               mode="llm"),
                      source=memory_source, backend=scripted)


def page_url(base: str, **params: object) -> str:
    return f"{base}/v1/analyze/view?{urlencode(params)}"


@pytest.mark.parametrize(("params", "field", "text"), [
    ({"namespace": "shop", "start": START_MS, "end": END_MS, "limit": 900}, "limit",
     "less than or equal to 200"),
    ({"namespace": "shop", "start": "yesterday"}, "start", "cannot read time"),
    ({"namespace": "shop", "start": END_MS, "end": START_MS}, "start", "start must be before"),
    ({"pod": "~cart-(", "start": START_MS}, "pod", "invalid regular expression"),
    ({"start": START_MS, "end": END_MS}, "namespace", "name a scope"),
    ({"namespace": "shop", "from": START_MS}, "from", "unknown parameter"),
])
def test_invalid_parameters_answer_a_readable_422_page(memory_source, scripted, params, field,
                                                       text):
    from fastapi.testclient import TestClient

    with TestClient(make_app(memory_source, scripted)) as client:
        r = client.get(page_url("", **params))
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert f"<code>{field}</code>" in r.text and text in r.text
    assert "<script" not in r.text and not scripted.calls  # no analysis started


def test_the_page_embeds_the_request_safely(memory_source, scripted):
    from fastapi.testclient import TestClient

    question = "</script><script>alert(1)</script> why?"
    with TestClient(make_app(memory_source, scripted)) as client:
        r = client.get(page_url("", namespace="shop", pod="~cart-.*", start=START_MS,
                                end=END_MS, question=question))
    assert r.status_code == 200 and "alert(1)</script>" not in r.text
    raw = r.text.split('id="request">', 1)[1].split("</script>", 1)[0]
    body = json.loads(raw)
    assert body["question"] == question
    assert body["selector"] == {"namespace": "shop", "pod": {"regex": "cart-.*"},
                                "start": START_MS * 10**6, "end": END_MS * 10**6}
    assert f'data-grafana="{GRAFANA}"' in r.text


@pytest.fixture
def chromium():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            yield b
        finally:
            b.close()


@pytest.mark.slow
@browser
def test_the_page_streams_lines_then_the_result_with_evidence(memory_source, scripted,
                                                              chromium):
    scripted.delay_s = 0.05  # ~20 chunks: the result comes about a second after the lines
    scripted.enqueue(GOOD, chunk_size=12)
    with serve(make_app(memory_source, scripted)) as base:
        page = chromium.new_page(viewport={"width": 1200, "height": 900})
        response = page.goto(page_url(base, namespace="shop", start=START_MS, end=END_MS,
                                      question="Why are checkouts failing?"))
        assert response is not None and response.status == 200
        page.wait_for_selector("#lines li", timeout=10_000)
        assert page.locator("#result").is_hidden(), "the result came before the lines"
        n_lines = page.locator("#lines li").count()
        assert n_lines >= 3 and "Analyzing" in page.locator("#status").inner_text()
        page.wait_for_selector("#result:not([hidden])", timeout=15_000)
        assert page.locator("#severity").inner_text() == "CRITICAL"
        assert "sev-CRITICAL" in (page.locator("#severity").get_attribute("class") or "")
        assert page.locator("#category").inner_text() == "oom_killed"
        assert page.locator("#component").inner_text() == "cart"
        assert page.locator("#root-cause").inner_text() == GOOD["root_cause"]
        assert page.locator("#action").inner_text() == GOOD["action"]
        highlighted = page.locator("#lines li.evidence")
        assert sorted(int(highlighted.nth(i).get_attribute("data-index") or -1)
                      for i in range(highlighted.count())) == GOOD["evidence"]
        assert page.locator("#lines li").count() == n_lines
        link = page.locator("#trace-link").get_attribute("href") or ""
        assert link.startswith(f"{GRAFANA}/explore?") and "tempo" in link
        assert page.locator("#error").is_hidden()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "view-page.png"), full_page=True)


@pytest.mark.slow
@browser
def test_an_invalid_link_shows_a_readable_error_in_the_browser(memory_source, scripted,
                                                               chromium):
    with serve(make_app(memory_source, scripted)) as base:
        page = chromium.new_page()
        response = page.goto(page_url(base, namespace="shop", start="not-a-time"))
        assert response is not None and response.status == 422
        text = page.locator("#error").inner_text()
        assert "This link does not describe an analysis" in text and "start" in text
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "view-page-error.png"))


@pytest.mark.slow
@browser
def test_a_source_failure_mid_page_is_shown_not_swallowed(incident_records, scripted,
                                                          chromium):
    from retrieval.errors import SourceUnavailable
    from retrieval.memory import MemorySource

    class Down(MemorySource):
        async def query(self, selector, *, now_ns=None):
            raise SourceUnavailable("loki is down")
            yield  # pragma: no cover

    with serve(make_app(Down(incident_records), scripted)) as base:
        page = chromium.new_page()
        page.goto(page_url(base, namespace="shop", start=START_MS, end=END_MS))
        page.wait_for_selector("#error:not([hidden])", timeout=10_000)
        assert "loki is down" in page.locator("#error").inner_text()
        assert page.locator("#result").is_hidden()


@pytest.mark.slow
@browser
def test_the_page_says_when_the_verdict_came_from_the_wider_cluster(scripted, chromium):
    from retrieval.memory import MemorySource
    from retrieval.timestamps import parse_ns
    from tests.analyzer.test_engine_widen import _window

    logs = _window(kill_at=10)
    app = create_app(Settings(backend="scripted", log_format="text", grafana_url=GRAFANA,
                              mode="engine"),
                     source=MemorySource.from_entries(logs), backend=scripted)
    start, end = parse_ns(logs[0]["ts"]) // 10**6, parse_ns(logs[-1]["ts"]) // 10**6 + 1
    with serve(app) as base:
        page = chromium.new_page()
        page.goto(page_url(base, namespace="jhub", pod="jupyter-amelie", start=start, end=end,
                           question="Why does the notebook fail with KilledWorker?"))
        page.wait_for_selector("#result:not([hidden])", timeout=15_000)
        assert page.locator("#category").inner_text() == "oom_killed"
        assert "widened: the engine found no cause" in page.locator("#source").inner_text()
