"""The analyzer's related context through the real pipeline (engine mode) and the evaluation
harness: a caller's errors that dial its own namespace's Redis by address bring the Redis
pods' lines, so the verdict names the Redis workload, not the word."""

from __future__ import annotations

from analyzer.models_api import AnalyzeRequest
from evaluation.golden import GoldenRecord
from retrieval.memory import MemorySource
from tests.analyzer.engine_helpers import replay_in_engine_mode
from tests.analyzer.test_pipeline import make

T0 = 1_774_640_340_000_000_000
API = {"namespace": "odds", "pod": "display-api-7d9f4b8c6-x2k9p", "app": "display-api",
       "container": "display-api"}
REDIS = {"namespace": "odds", "pod": "odds-cache-redis-node-0", "container": "redis"}


def _log(s: int, labels: dict[str, str], line: str) -> dict:
    return {"ts": T0 + s * 10**9, "labels": labels, "line": line}


LOGS = [
    _log(0, API, "info: GET /v2/events/4006/markets 200 2ms cache=hit"),
    _log(8, REDIS, "1:signal-handler (1774640398) Received SIGTERM scheduling shutdown..."),
    _log(9, REDIS, "1:M 27 Mar 2026 19:39:58.500 # User requested shutdown..."),
    _log(10, REDIS, "1:M 27 Mar 2026 19:39:58.830 # Redis is now ready to exit, bye bye..."),
    *(_log(12 + k, API, "[ioredis] Unhandled error event: Error: connect ECONNREFUSED "
                        "10.64.5.21:6379") for k in range(4)),
    _log(30, API, "info: redis sentinel reported new master 10.64.6.14:6379, reconnected"),
    _log(40, API, "info: GET /v2/events/4007/markets 200 3ms cache=hit"),
]


async def test_an_app_scoped_request_reads_the_redis_its_errors_dial_by_address(scripted):
    analyzer = make(MemorySource.from_entries(LOGS), scripted, mode="engine")
    request = AnalyzeRequest(selector={"namespace": "odds", "app": "display-api",
                                       "start": T0, "end": T0 + 60 * 10**9},
                             question="Why did display-api log ECONNREFUSED to Redis?")
    events = [e async for e in analyzer.events(request)]
    retrieved, result = events[0].data, events[-1].data
    assert any("User requested shutdown" in line["line"] for line in retrieved["lines"])
    assert result["extraction"]["root_cause_category"] == "connection_refused"
    assert result["extraction"]["component"] == "odds-cache-redis-node"


async def test_the_harness_maps_the_redis_lines_back_to_the_records_logs(scripted):
    shutdown = [i for i, log in enumerate(LOGS) if log["labels"] is REDIS]
    record = GoldenRecord.model_validate({
        "id": "callee-001", "question": "Why did display-api log ECONNREFUSED to Redis?",
        "selector": {"namespace": "odds", "app": "display-api"}, "logs": LOGS,
        "expected": {"severity": "WARN", "root_cause_category": "connection_refused",
                     "component": "odds-cache-redis-node", "evidence": shutdown,
                     "root_cause": "The Redis master was shut down.",
                     "summary": "Clients were refused until the failover.",
                     "action": "Fail over before shutting Redis down."}})
    row = await replay_in_engine_mode(record, scripted)
    assert row["error"] is None
    assert row["prediction"]["component"] == "odds-cache-redis-node"
    assert all(row["packed_members"])  # every packed line found among the record's logs
    assert set(shutdown) <= set(row["packed"])
