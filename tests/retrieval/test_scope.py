"""An app or node selector on streams that carry no app or node label reads the app's pods
by name, the node's streams by the labels hosts name it with."""

from __future__ import annotations

from retrieval.memory import MemorySource
from retrieval.records import LogRecord
from retrieval.scope import by_node_labels, by_pod_name, query_scope
from retrieval.selector import Regex, Selector

T0 = 1_772_366_400_000_000_000


def _rec(s: int, pod: str, line: str, **labels: str) -> LogRecord:
    return LogRecord(ts=T0 + s * 10**9, labels={"namespace": "shop", "pod": pod, **labels},
                     line=line)


LINES = [_rec(0, "orders-api-lpb859vlg-zp8qn", "TypeError: Cannot read properties of null"),
         _rec(1, "orders-api-0", "started"),
         _rec(2, "orders-api-worker-7d9f4b8c6-x2k9p", "job done"),
         _rec(3, "cart-7d9f4b8c6-x2k9p", "ok")]
WINDOW = {"start": T0, "end": T0 + 60 * 10**9, "default_filter": False}


async def test_an_app_no_stream_labels_is_read_by_its_pods_names():
    sel = Selector(namespace="shop", app="orders-api", **WINDOW)
    records, found_by = await query_scope(MemorySource(LINES), sel)
    assert sorted(r.labels["pod"] for r in records) == ["orders-api-0",
                                                        "orders-api-lpb859vlg-zp8qn"]
    assert found_by.app is None and isinstance(found_by.pod, Regex)


async def test_streams_that_carry_the_app_label_are_read_as_asked():
    labelled = [*LINES, _rec(4, "orders-api-lpb859vlg-zp8qn", "labelled", app="orders-api")]
    sel = Selector(namespace="shop", app="orders-api", **WINDOW)
    records, found_by = await query_scope(MemorySource(labelled), sel)
    assert [r.line for r in records] == ["labelled"] and found_by is sel
    assert by_pod_name(Selector(app="orders-api", pod="orders-api-0")) is None
    assert by_pod_name(Selector(app={"regex": "orders.*"})) is None


async def test_a_node_no_stream_labels_node_is_read_by_its_hosts_labels():
    """Only Kubernetes discovery labels streams ``node``: a host's kernel stream that the
    OpenTelemetry Collector labels ``host_name`` (or a journal's ``hostname``) is that node's,
    each line once even when a stream carries two of the labels."""
    kernel = LogRecord(ts=T0 + 5 * 10**9, line="mce: [Hardware Error]: Machine check events",
                       labels={"service_name": "talos", "host_name": "talos-svd-nh5"})
    journal = LogRecord(ts=T0 + 2 * 10**9, line="kubelet.service: Main process exited",
                        labels={"job": "journal", "host": "talos-svd-nh5",
                                "hostname": "talos-svd-nh5"})
    other = LogRecord(ts=T0 + 3 * 10**9, line="fine", labels={"host_name": "talos-abc-xy1"})
    sel = Selector(node="talos-svd-nh5", **WINDOW)
    records, found_by = await query_scope(MemorySource([*LINES, kernel, journal, other]), sel)
    assert [r.line for r in records] == [journal.line, kernel.line]
    assert found_by.node is None and found_by.labels[-1].value == "talos-svd-nh5"
    labelled = LogRecord(ts=T0 + 9 * 10**9, line="kubelet started",
                         labels={"node": "talos-svd-nh5"})
    records, found_by = await query_scope(MemorySource([kernel, labelled]), sel)
    assert [r.line for r in records] == ["kubelet started"] and found_by is sel
    # each label's query had the limit: the merged lines keep the selector's, newest first
    records, _ = await query_scope(MemorySource([kernel, journal, other]),
                                   Selector(node="talos-svd-nh5", **{**WINDOW, "limit": 1}))
    assert [r.line for r in records] == [kernel.line]
    assert by_node_labels(Selector(node="n1", pod="p-0")) == []
    assert by_node_labels(Selector(node={"regex": "n.*"})) == []
