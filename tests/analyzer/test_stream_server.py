"""Streaming over a real socket: a uvicorn server, read incrementally by an httpx client."""

from __future__ import annotations

import json
import time

import httpx

from analyzer.app import create_app
from analyzer.settings import Settings
from tests.analyzer.test_pipeline import GOOD
from tests.conftest import window
from tests.servers import serve


def read_events(response: httpx.Response):
    """Yield (kind, data, arrival time) as each SSE block completes."""
    buf = ""
    for chunk in response.iter_text():
        buf += chunk
        while "\n\n" in buf:
            block, buf = buf.split("\n\n", 1)
            fields = dict(line.split(": ", 1) for line in block.split("\n") if ": " in line)
            yield fields["event"], json.loads(fields["data"]), time.perf_counter()


def test_sse_arrives_incrementally_over_a_real_server(memory_source, scripted):
    # 12 chunks, 50 ms apart: the retrieved event must arrive long before the result.
    scripted.delay_s = 0.05
    scripted.enqueue(GOOD, chunk_size=max(1, len(json.dumps(GOOD)) // 12))
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=memory_source,
                     backend=scripted)
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        t0 = time.perf_counter()
        with client.stream("POST", "/v1/analyze/stream",
                           json={"selector": {"namespace": "shop", **window()}}) as r:
            assert r.status_code == 200
            events = list(read_events(r))
    kinds = [k for k, _, _ in events]
    assert kinds[0] == "retrieved" and kinds[-1] == "result" and kinds.count("token") >= 10
    t_retrieved, t_result = events[0][2] - t0, events[-1][2] - t0
    assert t_result - t_retrieved > 0.4, "events were buffered instead of streamed"
    token_times = [t for k, _, t in events if k == "token"]
    assert token_times[-1] - token_times[0] > 0.3
    assert events[-1][1]["source"] == "llm"


def test_client_disconnect_mid_stream_leaves_the_server_healthy(memory_source, scripted):
    scripted.delay_s = 0.05
    scripted.enqueue(GOOD, chunk_size=5)
    scripted.enqueue(GOOD, chunk_size=50)
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=memory_source,
                     backend=scripted)
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        with client.stream("POST", "/v1/analyze/stream",
                           json={"selector": {"namespace": "shop", **window()}}) as r:
            for kind, _, _ in read_events(r):
                if kind == "token":
                    break  # hang up mid-generation
        r2 = client.post("/v1/analyze", json={"selector": {"namespace": "shop", **window()}})
        assert r2.status_code == 200
        assert r2.json()["source"] == "llm"
