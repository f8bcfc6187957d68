"""retrieval.logql_metrics: the metric-query wrapper around the project's LogQL subset."""

from __future__ import annotations

import pytest

from retrieval.errors import InvalidRequest
from retrieval.logql_metrics import LogQuery, RangeAgg, VectorAgg, parse_query, render

ROUND_TRIPS = [
    '{namespace="shop"}',
    '{namespace="shop"} |~ "(?i)error" != "debug"',
    'sum by (source) (count_over_time({namespace="log-analyzer", container="analyzer"} '
    '| json | msg="analysis done" [5m]))',
    'sum(count_over_time({app="a"} [$__auto])) by (pod)',
    'topk(10, sum by (namespace, container) (count_over_time({level=~"error|critical"} '
    '[$__range])))',
    'quantile_over_time(0.95, {app="a"} | json | unwrap total_ms [1m]) by (source)',
    'rate({app="x"} |~ `err` | logfmt --strict | line_format "{{.msg}}" '
    '| pattern `<_> <status>` | status>=500 [1h30m])',
    '{namespace="a"} | json a="b", c="d" | label_format x=y, z="{{.q}}" | drop a, b |= "q"',
    'sum(rate({a="b"} [5m])) / sum(rate({a="b"} | json | x!="" [5m])) * 100',
    'avg_over_time({a="b"} | logfmt | unwrap duration(latency) [5m]) by (pod)',
]


@pytest.mark.parametrize("query", ROUND_TRIPS)
def test_round_trip(query):
    tree = parse_query(query)
    text = render(tree)
    assert parse_query(text) == tree and render(parse_query(text)) == text


def test_the_tree_and_normal_form():
    tree = parse_query('sum by (source)(count_over_time({a="b"}|json|msg="x"[5m]))')
    assert isinstance(tree, VectorAgg) and tree.grouping == ("by", ("source",))
    assert isinstance(tree.inner, RangeAgg) and isinstance(tree.inner.query, LogQuery)
    assert render(tree) == 'sum by (source) (count_over_time({a="b"} | json | msg="x" [5m]))'


def test_precedence():
    assert render(parse_query("1 + 2 * 3")) == "1 + (2 * 3)"
    assert render(parse_query("(1 + 2) * 3")) == "(1 + 2) * 3"


@pytest.mark.parametrize(("query", "message"), [
    ('sum(count_over_time({namespace=~".*"} [5m]))', "empty-compatible"),
    ('count_over_time({a="b"} | unwrap x [5m])', "cannot take an unwrap"),
    ('quantile_over_time(0.9, {a="b"} [5m])', "needs an unwrap"),
    ('count_over_time({a="b"} [5m]) by (x)', "only allowed for unwrapped"),
    ('foo({a="b"})', "unknown function"),
    ('sum({a="b"})', "needs a metric query"),
    ('rate({a="b"} | json [5q])', "expected a range"),
    ('{a="b"} | json | x=~"("', "invalid regular expression"),
    ('{a="b"} |~ "("', "invalid regular expression"),
    ('{a="b"} | frobnicate', "unknown stage"),
    ('rate({a="b"} [5m]', "expected ')'"),
    ('{a="b"', "not closed"),
])
def test_errors_name_the_problem(query, message):
    with pytest.raises(InvalidRequest, match="LogQL parse error") as info:
        parse_query(query)
    assert message in info.value.message
