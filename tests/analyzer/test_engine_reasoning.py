"""Cross-line reasoning on hand-written incidents (signatures only: no classifier)."""

from __future__ import annotations

from analyzer.engine.diagnose import diagnose
from tests.analyzer.engine_helpers import packed_from


def _diag(kb, lines, **kw):
    return diagnose(packed_from(lines, **kw), kb=kb).extraction


def test_earliest_cause_wins_over_later_symptoms(kb):
    ext = _diag(kb, [
        (0, "orders-7d9f4b8c6-x2k9p", "FATAL: missing required env var DATABASE_URL"),
        (2, "orders-7d9f4b8c6-x2k9p",
         "panic: runtime error: invalid memory address or nil pointer dereference"),
        (3, "orders-7d9f4b8c6-x2k9p",
         'type=Warning reason=BackOff msg="Back-off restarting failed container orders"'),
        (9, "gateway-7d9f4b8c6-x2k9p",
         '10.42.0.9 - - [01/Mar/2026:12:00:09 +0000] "POST /orders HTTP/1.1" 502 150 "-" "curl"'),
    ])
    assert ext.root_cause_category == "config_error"
    assert ext.component == "orders"
    assert 0 in ext.evidence


def test_blame_shifts_from_caller_to_named_callee(kb):
    ext = _diag(kb, [
        (0, "checkout-7d9f4b8c6-x2k9p",
         "dial tcp 10.96.14.2:8080: connect: connection refused (calling pricing:8080)"),
        (4, "checkout-7d9f4b8c6-x2k9p",
         'level=error msg="quote failed" err="dial tcp pricing:8080: connect: connection '
         'refused"'),
        (6, "pricing-7d9f4b8c6-x2k9p", "level=info msg=\"shutting down: SIGTERM\""),
    ])
    assert ext.root_cause_category == "connection_refused"
    assert ext.component == "pricing"


def test_callee_without_logs_is_named_from_the_port(kb):
    ext = _diag(kb, [
        (0, "profile-7d9f4b8c6-x2k9p", "Error: connect ECONNREFUSED 10.96.3.3:6379"),
        (5, "profile-7d9f4b8c6-x2k9p", "Error: connect ECONNREFUSED 10.96.3.3:6379 again"),
    ])
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "redis")


def test_oom_loop_escalates_to_critical(kb):
    lines = [(s, "cart-7d9f4b8c6-x2k9p",
              f'type=Warning reason=OOMKilled msg="Container cart was OOMKilled (exit code 137),'
              f' restart {n}"') for n, s in enumerate((0, 40, 95, 160))]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "oom_killed", "CRITICAL", "cart")


def test_single_oom_is_an_error_not_critical(kb):
    ext = _diag(kb, [(0, "cart-7d9f4b8c6-x2k9p",
                      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space')])
    assert (ext.root_cause_category, ext.severity) == ("oom_killed", "ERROR")


def test_node_not_ready_is_critical_on_the_node(kb):
    ext = _diag(kb, [
        (0, "events-x", 'type=Warning reason=NodeNotReady kind=Node name=gke-pool-1-abcd '
                        'msg="Node gke-pool-1-abcd status is now: NodeNotReady"'),
    ], namespace="default")
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "node_failure", "CRITICAL", "gke-pool-1-abcd")


def test_recovered_within_window_is_warn(kb):
    ext = _diag(kb, [
        (0, "search-7d9f4b8c6-x2k9p",
         "level=error msg=\"index query failed\" err=\"dial tcp elastic:9200: connect: "
         "connection refused\""),
        (3, "search-7d9f4b8c6-x2k9p",
         "level=error msg=\"index query failed\" err=\"dial tcp elastic:9200: connect: "
         "connection refused\" attempt=2"),
        (20, "search-7d9f4b8c6-x2k9p", 'level=info msg="reconnected to elastic:9200"'),
    ])
    assert (ext.root_cause_category, ext.severity) == ("connection_refused", "WARN")


def test_healthy_window_is_none_info(kb):
    ext = _diag(kb, [
        (0, "web-7d9f4b8c6-x2k9p", 'level=info msg="request completed" status=200'),
        (5, "web-7d9f4b8c6-x2k9p", 'level=info msg="metrics flushed" error_count=0'),
        (9, "worker-7d9f4b8c6-x2k9p", 'ts=1 level=info msg="job finished" errors=0'),
    ])
    assert (ext.root_cause_category, ext.severity, ext.evidence) == ("none", "INFO", [])


def test_benign_look_alikes_are_ignored(kb):
    ext = _diag(kb, [
        (0, "web-7d9f4b8c6-x2k9p", 'level=info msg="metrics flushed" error_count=0 failed=0'),
        (1, "web-7d9f4b8c6-x2k9p",
         'level=warn msg="request failed, retrying" attempt=1 err="connection reset by peer"'),
        (2, "web-7d9f4b8c6-x2k9p", 'level=info msg="retry succeeded" attempt=2'),
        (3, "web-7d9f4b8c6-x2k9p",
         "W0301 12:00:03.000000 1 warnings.go:70] policy/v1beta1 PodDisruptionBudget is "
         "deprecated in v1.21+, unavailable in v1.25+"),
    ])
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
