"""Failures that an operator's planned maintenance explains (``analyzer.engine.maintenance``)."""

from __future__ import annotations

import pytest

from analyzer.engine.diagnose import diagnose
from analyzer.engine.maintenance import server_news
from tests.analyzer.engine_helpers import packed_rows

_LB = {"namespace": "edge", "pod": "haproxy-edge-7c9d6b5f4-k2x8m", "container": "haproxy"}
_DRAIN = ("[WARNING]  (8) : Server be_api/api-3 is going DOWN for maintenance. 2 active and 0 "
          "backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
_CHECK = ('[WARNING]  (8) : Health check for server be_api/api-3 failed, reason: Layer4 '
          'connection problem, info: "Connection refused", check duration: 0ms, status: 0/2 '
          "DOWN.")
_BACK = "[WARNING]  (8) : Server be_api/api-3 is UP/READY (leaving forced maintenance)."


@pytest.mark.parametrize(("line", "news"), [
    (_DRAIN, ("drained", "be_api/api-3")),
    (_CHECK, ("failed", "be_api/api-3")),
    (_BACK, ("up", "be_api/api-3")),
    ("[WARNING]  (8) : Server be_api/api-3 is DOWN, reason: Layer4 timeout, check duration: "
     "2001ms.", ("failed", "be_api/api-3")),
    # HAProxy's own maintenance when a name stops resolving: no operator's
    ("[WARNING]  (8) : Server be_pay/srv2 is going DOWN for maintenance (DNS timeout status).",
     None),
])
def test_a_load_balancer_line_gives_its_news_of_a_server(line, news):
    assert server_news(line) == news


def _window(kb, *rows):
    served = [(s, _LB, f'10.8.1.{s}:4{s:04d} [08/Apr/2026:03:0{s // 60}:{s % 60:02d}.115] fe_web '
                       f'be_api/api-{1 + s % 2} 0/0/1/12/13 200 812 - - ---- 40/40/0/0/0 0/0 '
                       '"GET /v1/feed HTTP/1.1"') for s in range(0, 240, 20)]
    rows = sorted([*served, *((s, _LB, line) for s, line in rows)], key=lambda r: r[0])
    return diagnose(packed_rows(rows), kb=kb).extraction


def test_a_health_check_of_a_server_drained_for_maintenance_is_no_incident(kb):
    """An operator drains api-3 ("going DOWN for maintenance."), its health check is refused
    while its node is patched, and it comes back UP: planned work, the other servers
    serve. The same refused check with no drain before it, or after the server was back,
    stays a failure."""
    planned = _window(kb, (60, _DRAIN), (65, _CHECK), (190, _BACK))
    assert (planned.root_cause_category, planned.severity) == ("none", "INFO")
    unplanned = _window(kb, (65, _CHECK))
    assert unplanned.root_cause_category == "connection_refused"
    after = _window(kb, (60, _DRAIN), (65, _BACK), (190, _CHECK))
    assert after.root_cause_category == "connection_refused"
