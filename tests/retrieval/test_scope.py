"""An app or node selector on streams that carry no app or node label reads the app's pods
by name, the node's streams by the labels hosts name it with."""

from __future__ import annotations

from retrieval.memory import MemorySource
from retrieval.records import LogRecord
from retrieval.scope import (
    by_node_labels,
    by_pod_name,
    by_service_labels,
    host_beside_namespace,
    query_scope,
)
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


async def test_an_app_its_pods_are_not_named_after_is_read_by_container_then_name_parts():
    """Pods named with words around the app's name (RKE2's Helm release doubled, an
    operator's instance set) match neither the app label nor ``<app>-<hash>-<id>``: the app
    is then read as the container's name, and failing that as a run of the pods' name
    parts; not as a part of another word (``cms-d`` of ``cms-db``)."""
    rke2 = [_rec(0, "rke2-coredns-rke2-coredns-9hdhjr6mv-hmc6w", "[ERROR] plugin/errors",
                 container="coredns"),
            _rec(1, "rke2-ingress-nginx-controller-x2k9p", "ok", container="controller")]
    sel = Selector(namespace="shop", app="coredns", **WINDOW)
    records, found_by = await query_scope(MemorySource(rke2), sel)
    assert [r.ts - T0 for r in records] == [0] and found_by.container == "coredns"
    crunchy = [_rec(0, "cms-db-instance1-5xgh-0", "FATAL: wraparound", container="database"),
               _rec(1, "cms-dbx-7d9f4b8c6-x2k9p", "ok", container="database"),
               _rec(2, "cms-api-7d9f4b8c6-x2k9p", "ok", container="cms-api")]
    sel = Selector(namespace="shop", app="cms-db", **WINDOW)
    records, found_by = await query_scope(MemorySource(crunchy), sel)
    assert [r.ts - T0 for r in records] == [0] and isinstance(found_by.pod, Regex)
    assert [r.ts - T0 for r in (await query_scope(MemorySource(crunchy), Selector(
        namespace="shop", app="cms-d", **WINDOW)))[0]] == []


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


async def test_a_namespace_and_a_host_outside_it_are_read_together():
    """A host's own streams carry no namespace: ``namespace=shop, node=pg-pay-01`` (the
    namespace's workloads and the database host they use) is the host's lines and the
    namespace's, not another namespace's pods on a node of that name, nor the namespace alone
    when the host wrote nothing."""
    db = [LogRecord(ts=T0 + 4 * 10**9, labels={"host": "pg-pay-01", "unit": "postgresql.service"},
                    line="ERROR:  database is not accepting commands to avoid wraparound"),
          LogRecord(ts=T0 + 5 * 10**9, labels={"host": "pg-pay-02"}, line="other host"),
          LogRecord(ts=T0 + 6 * 10**9, labels={"namespace": "ops", "pod": "agent-x2k9p",
                                               "node": "pg-pay-01"}, line="another namespace")]
    source = MemorySource([*LINES, *db])
    records, found_by = await query_scope(source, Selector(namespace="shop", node="pg-pay-01",
                                                           **WINDOW))
    assert [(r.ts - T0) // 10**9 for r in records] == [0, 1, 2, 3, 4]
    assert ("host", "pg-pay-01") in [(m.name, m.value) for m in found_by.matchers()]
    alone, _ = await query_scope(source, Selector(namespace="shop", node="pg-pay-09", **WINDOW))
    assert alone == []
    # a node that carries the namespace's pods is read as asked
    on_node = [_rec(7, "cart-7d9f4b8c6-x2k9p", "ok", node="worker-3"), *LINES]
    records, found_by = await query_scope(MemorySource(on_node), Selector(
        namespace="shop", node="worker-3", **WINDOW))
    assert [(r.ts - T0) // 10**9 for r in records] == [7] and found_by.node == "worker-3"
    assert host_beside_namespace(Selector(node="pg-pay-01")) == []
    assert host_beside_namespace(Selector(namespace="shop", node="n1", pod="p-0")) == []


def _host(s: int, line: str, **labels: str) -> LogRecord:
    return LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)


async def test_an_app_on_a_docker_or_systemd_host_is_read_by_its_service_labels():
    """Off Kubernetes, ``app`` names a host's service and ``node`` the host, in the labels
    Loki holds (no short names): the Loki Docker driver's Compose service or project on its
    ``host``, a journal's unit on its ``_HOSTNAME``; each with the node as that host's own
    streams name it, not another host's services."""
    compose = {"compose_project": "gatehouse", "host": "landfill-gh-01"}
    lines = [_host(0, "ImproperlyConfigured: Set the DATABASE_URL", compose_service="web",
                   container_name="gatehouse-web-1", **compose),
             _host(1, "connect() failed (111: Connection refused)", compose_service="nginx",
                   container_name="gatehouse-nginx-1", **compose),
             _host(2, "other host", compose_service="web", compose_project="gatehouse",
                   host="landfill-gh-02"),
             _host(3, "archived batch 4190", _HOSTNAME="avl-archive-01",
                   _SYSTEMD_UNIT="snowpack-ingest.service"),
             _host(4, "EXT4-fs (sdb1): Remounting filesystem read-only",
                   _HOSTNAME="avl-archive-01", SYSLOG_IDENTIFIER="kernel")]
    source = MemorySource(lines)
    records, found_by = await query_scope(source, Selector(
        app="web", node="landfill-gh-01", **WINDOW))
    assert [(r.ts - T0) // 10**9 for r in records] == [0]
    assert [(m.name, m.value) for m in found_by.matchers()] == [
        ("host", "landfill-gh-01"), ("compose_service", "web")]
    project, _ = await query_scope(source, Selector(app="gatehouse", node="landfill-gh-01",
                                                    **WINDOW))
    assert [(r.ts - T0) // 10**9 for r in project] == [0, 1]
    unit, found_by = await query_scope(source, Selector(app="snowpack-ingest",
                                                        node="avl-archive-01", **WINDOW))
    assert [r.line for r in unit] == ["archived batch 4190"]
    assert ("_SYSTEMD_UNIT", "snowpack-ingest.service") in [
        (m.name, m.value) for m in found_by.matchers()]
    anywhere, _ = await query_scope(source, Selector(app="gatehouse", **WINDOW))
    assert [(r.ts - T0) // 10**9 for r in anywhere] == [0, 1, 2]
    # a Kubernetes namespace is no Docker host: its app is only its pods
    assert by_service_labels(Selector(namespace="shop", app="web")) == []
    assert (await query_scope(source, Selector(namespace="shop", app="web", **WINDOW)))[0] == []
