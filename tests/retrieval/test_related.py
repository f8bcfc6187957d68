"""Related context: events about a namespace written by an exporter elsewhere, and the
troubled lines of the nodes the namespace runs on."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from retrieval.labels import NODE_LABELS, host_label
from retrieval.memory import MemorySource
from retrieval.records import LogRecord
from retrieval.related import (
    EVENT_LIMIT,
    NODE_EVENT,
    WIDER_LIMIT,
    ServiceNames,
    _alternatives,
    failing_proxies,
    related_selectors,
    scope_namespace,
    wider_selectors,
    with_related,
)
from retrieval.selector import Selector

T0 = 1_772_366_400_000_000_000
EXPORTER = {"namespace": "monitoring", "pod": "event-exporter-86cfvmcdj-9x27c",
            "container": "event-exporter"}
SHOP = {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "container": "cart", "node": "n-1"}


def _rec(s: int, labels: dict[str, str], line: str) -> LogRecord:
    return LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)


def _scope(**fields: Any) -> Selector:
    """A selector over the tests' minute (``T0`` on), without the default line filter."""
    return Selector(start=T0, end=T0 + 60 * 10**9, default_filter=False, **fields)


async def _with_related(records: list[LogRecord], sel: Selector) -> list[LogRecord]:
    """What ``sel`` finds among ``records``, with its related context merged in."""
    source = MemorySource(records)
    return await with_related(source, sel, [r async for r in source.query(sel)])


LINES = [
    _rec(0, SHOP, "level=info msg=started"),
    _rec(1, EXPORTER, '{"reason":"OOMKilled","involvedObject":{"kind":"Pod","namespace":"shop",'
                      '"name":"cart-7d9f4b8c6-x2k9p"},"type":"Warning"}'),
    _rec(2, EXPORTER, '{"reason":"Pulled","involvedObject":{"kind":"Pod","namespace":"billing",'
                      '"name":"invoice-1"},"type":"Normal"}'),
    _rec(3, {"job": "systemd-journal", "unit": "kernel", "node": "n-1"},
         "Memory cgroup out of memory: Killed process 4242 (cart)"),
    _rec(4, {"job": "systemd-journal", "unit": "kubelet.service", "node": "n-1"},
         "Successfully probed plugin"),
    _rec(5, {"job": "systemd-journal", "unit": "kernel", "node": "n-9"},
         "EXT4-fs error (device sdb1): I/O error"),
    _rec(6, {"namespace": "billing", "pod": "invoice-1", "node": "n-1"}, "ERROR export failed"),
]


async def test_events_about_the_namespace_and_its_nodes_trouble_are_added_once_in_time_order():
    source = MemorySource(LINES)
    sel = _scope(namespace="shop")
    own = [r async for r in source.query(sel)]
    assert [r.line for r in own] == ["level=info msg=started"]
    merged = await with_related(source, sel, own)
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 3 * 10**9]
    assert "OOMKilled" in merged[1].line and "Killed process" in merged[2].line
    # idempotent: what is already there is not added twice
    assert await with_related(source, sel, merged) == merged


async def test_a_nodes_gpu_and_hardware_faults_are_its_trouble():
    kernel = {"job": "systemd-journal", "transport": "kernel", "node": "gpu-7"}
    lines = [_rec(0, {**SHOP, "node": "gpu-7"}, "level=info msg=started"),
             _rec(1, kernel, "NVRM: Xid (PCI:0000:b1:00): 79, pid=5834, name=python, GPU has "
                             "fallen off the bus."),
             _rec(2, kernel, "mce: [Hardware Error]: Machine check events logged"),
             _rec(3, kernel, "nvidia-nvswitch0: probe done")]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 2 * 10**9]


async def test_a_nodes_stuck_cpus_and_blocked_tasks_are_its_trouble():
    """The kernel's watchdogs on a stalling VM (a soft lockup, an RCU stall, a task blocked
    for minutes) are its trouble; its routine lines are not."""
    kernel = {"job": "varlogs", "node": "skein-k3s-agent-2"}
    lines = [_rec(0, {**SHOP, "node": "skein-k3s-agent-2"}, "level=info msg=started"),
             _rec(1, kernel, "kernel: [1834437.412008] watchdog: BUG: soft lockup - CPU#1 "
                             "stuck for 26s! [containerd:912]"),
             _rec(2, kernel, "kernel: [1834437.412101] rcu: INFO: rcu_sched self-detected "
                             "stall on CPU"),
             _rec(3, kernel, "kernel: [1834532.120771] INFO: task k3s-agent:812 blocked for "
                             "more than 120 seconds."),
             _rec(4, kernel, "kernel: [1834532.120790]       Not tainted 6.8.0-49-generic")]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9, 3 * 10**9]


async def test_a_kubelet_whose_runtime_stopped_answering_is_the_nodes_trouble():
    kubelet = {"job": "talos-service-logs", "service": "kubelet", "node": "wk-2"}
    lines = [_rec(0, {**SHOP, "node": "wk-2"}, "level=info msg=started"),
             _rec(1, kubelet, 'I0412 00:39:55.210934 2469 kubelet.go:2420] "Skipping pod '
                              'synchronization" err="PLEG is not healthy: pleg was last seen '
                              'active 3m1.307s ago; threshold is 3m0s"'),
             _rec(2, kubelet, 'E0412 00:40:01.000000 2469 kubelet.go:2855] "Container runtime '
                              'not ready" runtimeReady="RuntimeReady=false"'),
             _rec(3, kubelet, 'I0412 00:40:07.000000 2469 kubelet_volumes.go:163] "Cleaned up '
                              'orphaned pod volumes dir"')]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 2 * 10**9]


def test_only_a_plain_namespace_gets_related_context_and_nodes_come_from_the_records():
    assert related_selectors(Selector(), LINES) == []
    assert related_selectors(Selector(namespace={"regex": "sh.*"}), LINES) == []
    only_events = related_selectors(Selector(namespace="shop"), [])
    # events about the namespace, controllers' lines naming it, an ingress's failed and
    # answered requests to its Services, kubelet lines naming its pods (journals labelled
    # node, host, node_name or instance), a managed control plane's lines naming them,
    # Node events from exporters and from Alloy's eventhandler; with no record to tell the
    # labels' style, also the OTLP events receiver's Node events and those of an exporter
    # known by its service name, and those of a Log Analytics export's events table
    assert len(only_events) == 14 and only_events[0].container.regex.startswith("(?:kub")
    both = related_selectors(Selector(namespace="shop"), LINES[:1])
    hosts = [(m.name, m.value) for s in both for m in s.labels if m.name in NODE_LABELS]
    n1 = "n\\-1(?:\\.[\\w\\-]+)*"  # node n-1, by its short name or under any domain
    assert hosts == [("node", ".+"), ("host", ".+"), ("node_name", ".+"), ("instance", ".+"),
                     ("node", n1), ("host", n1), ("node_name", n1), ("hostname", n1),
                     ("host_name", n1), ("_HOSTNAME", n1), ("instance", n1)]


async def test_an_app_asked_about_alone_gets_the_related_context_of_its_one_namespace():
    """``app=cart`` with no namespace: its records all come from ``shop``, so the request is
    about ``shop``'s cart: the events about it and its node's OOM kills come in. An app whose
    records come from two namespaces names no one namespace, and gets none."""
    cart = [_rec(0, {**SHOP, "app": "cart"}, "level=info msg=started"), *LINES[1:]]
    merged = await _with_related(cart, _scope(app="cart"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 3 * 10**9]
    assert "OOMKilled" in merged[1].line and "Killed process" in merged[2].line
    two = [*cart, _rec(7, {"namespace": "staging", "pod": "cart-0", "app": "cart"}, "ok")]
    assert scope_namespace(_scope(app="cart"), two) is None
    assert related_selectors(_scope(app="cart"), two) == []
    # a request about nothing in particular is no namespace's either, nor one matching
    # namespaces by a pattern (with a node too, it is no request about one node)
    assert scope_namespace(_scope(), cart[:1]) is None
    assert related_selectors(_scope(namespace={"regex": "sh.*"}, node="n-1"), LINES) == []


async def test_failing_lookups_bring_the_cluster_dns_warnings():
    coredns = {"namespace": "kube-system", "pod": "coredns-7d9f4b8c6-x2k9p", "container": "coredns"}
    auth = {"namespace": "auth", "pod": "auth-7d9f4b8c6-x2k9p", "container": "auth"}
    lines = [_rec(0, auth, 'level=error msg="lookup redis on 10.96.0.10:53: server misbehaving"'),
             _rec(1, coredns, '[WARNING] plugin/health: Local health request to "http://:8080/'
                              'health" took more than 1s: 1.55s'),
             _rec(2, coredns, '[INFO] 10.0.0.1:5353 - 1 "A IN redis." NOERROR 0.0002s')]
    source = MemorySource(lines)
    sel = _scope(namespace="auth")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    quiet = [_rec(0, auth, "level=info msg=served")]
    assert not any(s.namespace == "kube-system" for s in related_selectors(sel, quiet))
    # kube-dns's dnsmasq saying it is at its limit is the resolver's own trouble
    dnsmasq = {"namespace": "kube-system", "pod": "kube-dns-5b8c9d7f6-lw2pq",
               "container": "dnsmasq"}
    limit = [lines[0], _rec(1, dnsmasq, "dnsmasq[12]: Maximum number of concurrent DNS "
                                        "queries reached (max: 1500)")]
    merged = await _with_related(limit, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    # NodeLocal DNSCache's container is "node-cache" (the addon's DaemonSet, GKE's, AKS's)
    cache = {"namespace": "kube-system", "pod": "node-local-dns-47wdv", "container": "node-cache"}
    upstream = [lines[0], _rec(1, cache, "[ERROR] plugin/errors: 2 feeds.example.com. A: read "
                                         "udp 169.254.20.10:50197->169.254.169.254:53: i/o "
                                         "timeout")]
    merged = await _with_related(upstream, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    # the cache going away and coming back while lookups fail: its restart is the trouble
    restart = [lines[0], _rec(1, cache, "2026/03/22 20:12:36 [INFO] SIGTERM: Shutting down "
                                        "servers then terminating"),
               _rec(2, cache, "2026/03/22 20:13:14 [INFO] Starting node-cache image: "
                              "1.23.1-gke.0"),
               _rec(3, cache, "[INFO] 10.0.0.1:5353 - 1 \"A IN redis.\" NOERROR 0.0002s")]
    merged = await _with_related(restart, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 2 * 10**9]
    # CoreDNS's new pod says only its version as it starts ("CoreDNS-1.11.1"): fetched
    banner = {"namespace": "kube-system", "pod": "coredns-sxrvmwhfhn-mq6jv",
              "container": "coredns"}
    back = [lines[0], _rec(1, banner, "CoreDNS-1.11.1"), _rec(2, banner, "linux/amd64, "
                                                                        "go1.20.7, ae2bbc2")]
    merged = await _with_related(back, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    # and its reload plugin taking a changed configuration (a forward zone dropped)
    reload = [lines[0], _rec(1, banner, "[INFO] Reloading"),
              _rec(2, banner, "[INFO] plugin/reload: Running configuration SHA512 = 631976ee4c")]
    merged = await _with_related(reload, sel)
    assert [r.ts for r in merged] == [T0, T0 + 2 * 10**9]


async def test_a_published_name_that_does_not_resolve_brings_external_dns_errors():
    acme = {"namespace": "cert-manager", "pod": "cert-manager-t7vd4fssf-4jscp",
            "container": "cert-manager-controller"}
    prod = {"namespace": "external-dns", "pod": "external-dns-ztknsl8pm-b8fdr",
            "container": "external-dns"}
    staging = {"namespace": "staging", "pod": "external-dns-4jk22bg4d-zgp98",
               "container": "external-dns"}
    check = _rec(0, acme, 'E0428 14:01:00.400366 1 sync.go:190] "propagation check failed" '
                          "err=\"failed to perform self check GET request 'http://greenroom."
                          "podhost.fm/.well-known/acme-challenge/x': Get ...: dial tcp: lookup "
                          'greenroom.podhost.fm on 10.0.0.10:53: no such host"')
    throttled = _rec(1, prod, 'time="2026-04-28T14:00:20Z" level=error msg="Failed to do run '
                              "once: failed to list resource records in zone podhost.fm.: "
                              "operation error Route 53: ListResourceRecordSets, exceeded "
                              'maximum number of attempts, 3, Throttling: Rate exceeded"')
    synced = _rec(2, staging, 'time="2026-04-28T14:00:25Z" level=info msg="All records are '
                              'already up to date"')
    sel = _scope(namespace="cert-manager")
    # the publisher's errors, in whatever namespace it runs; not its routine lines
    merged = await _with_related([check, throttled, synced], sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    # a Service's own name failing is the cluster DNS's matter, not a published zone's
    inside = _rec(0, acme, 'E0428 14:01:00.400366 1 sync.go:190] "dial tcp: lookup vault.'
                           'vault.svc.cluster.local on 10.0.0.10:53: no such host"')
    assert [r.ts for r in await _with_related([inside, throttled], sel)] == [T0]
    # nor a module's attribute beside a failing lookup (Python's socket.gaierror)
    gai = _rec(0, acme, "socket.gaierror: [Errno -3] Temporary failure in name resolution")
    assert [r.ts for r in await _with_related([gai, throttled], sel)] == [T0]
    # nor does a published name that resolves bring it
    served = _rec(0, acme, 'level=info msg="self check for greenroom.podhost.fm passed"')
    assert [r.ts for r in await _with_related([served, throttled], sel)] == [T0]


async def test_a_name_of_a_site_zone_that_does_not_resolve_brings_its_name_servers_trouble():
    """Lookups of ``pg-pay.leisure.lan`` answered SERVFAIL: the hosts' streams (BIND on a VM)
    that speak of the zone ``leisure.lan`` in trouble come in; their routine lines, and
    another zone's trouble, do not."""
    app = {"namespace": "payments", "pod": "payments-api-59c8d7f6b-hv3tw",
           "container": "payments-api"}
    bind = {"host": "dc-dns-01", "job": "syslog", "app": "named"}
    failed = _rec(0, app, "java.net.UnknownHostException: pg-pay.leisure.lan: Temporary "
                          "failure in name resolution")
    expired = _rec(1, bind, "Mar  7 07:02:14 dc-dns-01 named[812]: zone leisure.lan/IN: expired")
    routine = _rec(2, bind, "Mar  7 07:02:15 dc-dns-01 named[812]: client @0x7f3a 10.20.1.40#401"
                            " (www.leisure.lan): query: www.leisure.lan IN A + (10.20.0.11)")
    other = _rec(3, bind, "Mar  7 07:02:16 dc-dns-01 named[812]: zone parks.lan/IN: expired")
    sel = _scope(namespace="payments")
    merged = await _with_related([failed, expired, routine, other], sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    # a name that resolves brings none of it
    fine = _rec(0, app, "connected to pg-pay.leisure.lan:5432")
    assert [r.ts for r in await _with_related([fine, expired], sel)] == [T0]


async def test_a_pod_scoped_request_gets_its_events_from_an_exporter_known_by_its_job():
    exporter = {"namespace": "magento", "job": "kubernetes-event-exporter"}
    pod = "catalog-reindex-29011200-7xkq2"
    lines = [_rec(0, exporter, f"Warning FailedScheduling pod/{pod}: 0/5 nodes are available: "
                               "5 Insufficient memory."),
             _rec(1, exporter, "Normal Pulled pod/magento-web-7d9f4b8c6-x2k9p: Container image "
                               "already present on machine"),
             _rec(2, {"namespace": "magento", "pod": pod, "container": "indexer"},
                  "Reindexing catalogsearch_fulltext")]
    sel = _scope(namespace="magento", pod=pod)
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0, T0 + 2 * 10**9]


async def test_a_node_that_went_down_brings_its_event_and_its_own_troubled_lines():
    """The namespace's database ran on a node that died: the pod writes nothing, the Node
    event is in no namespace, and the node's kernel says why."""
    handler = {"job": "integrations/kubernetes/eventhandler", "namespace": "default"}
    lines = [
        _rec(0, {"job": "node/journal", "node": "bm-7", "transport": "kernel"},
             "mce: [Hardware Error]: Machine check events logged"),
        _rec(1, {"job": "node/journal", "node": "bm-7", "transport": "kernel"},
             "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0"),
        _rec(2, {"job": "node/journal", "node": "bm-8", "transport": "kernel"},
             "EDAC MC0: 1 CE memory read error"),
        _rec(5, SHOP, 'level=error msg="query failed" err="dial tcp 10.0.0.7:3306: i/o timeout"'),
        _rec(9, handler, "name=bm-7.af5287c4d909b4b1 kind=Node action=ADDED reason=NodeNotReady "
                         'type=Normal msg="Node bm-7 status is now: NodeNotReady"'),
        _rec(10, handler, "name=bm-8.af5287c4d909b4b2 kind=Node action=ADDED reason=NodeReady "
                          'type=Normal msg="Node bm-8 status is now: NodeReady"'),
    ]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 5, 9)]


@pytest.mark.parametrize("obj", ["Node/mkt-wk-05", "Node/default/mkt-wk-05"])
async def test_a_node_event_in_the_object_kind_slash_name_shape_names_the_down_node(obj):
    """An exporter's logfmt template that writes ``object=Node/mkt-wk-05`` (kind and name in
    one value; or with ``default`` between, the namespace a Node's events are filed in),
    filed under the namespace asked about: that node went down, and its kernel says why (a
    failing DIMM); another node's kernel does not come in."""
    events = {"namespace": "market"}
    lines = [
        _rec(0, {"node": "mkt-wk-05"}, "EDAC MC1: 1 UE memory read error on "
                                       "CPU_SrcID#1_MC#0_Chan#2_DIMM#0"),
        _rec(1, {"node": "mkt-wk-04"}, "EDAC MC0: 1 CE memory read error"),
        _rec(5, {"namespace": "market", "pod": "search-api-5c7b9d6f4-t2kxr"},
             "ERROR search failed: java.net.SocketTimeoutException: 30,000 milliseconds"),
        _rec(9, events, f'type=Normal reason=NodeNotReady object={obj} message="Node '
                        'mkt-wk-05 status is now: NodeNotReady"'),
    ]
    merged = await _with_related(lines, _scope(namespace="market"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 5, 9)]


async def test_a_node_event_from_an_exporter_scraped_under_its_own_job_name():
    """kubernetes-event-exporter scraped as ``job="kube-events"`` (no container label): its
    Node event names the node that went down, whose syslog says why."""
    exporter = {"job": "kube-events", "source": "kubernetes-event-exporter",
                "namespace": "default", "kind": "Node"}
    syslog = {"job": "syslog", "host": "fab2-k0s-w04", "app_name": "kernel"}
    lines = [
        _rec(0, syslog, "Kernel panic - not syncing: Fatal machine check"),
        _rec(5, SHOP, 'level=error msg="query failed" err="dial tcp 10.0.0.7:5432: i/o timeout"'),
        _rec(9, exporter, '{"reason":"NodeNotReady","message":"Node fab2-k0s-w04 status is now:'
                          ' NodeNotReady","involvedObject":{"kind":"Node","namespace":"",'
                          '"name":"fab2-k0s-w04","apiVersion":"v1"}}'),
    ]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 5, 9)]


async def test_a_dependency_in_another_namespace_and_controllers_acting_on_the_namespace():
    web = {"namespace": "web", "pod": "api-gateway-7d9f4b8c6-x2k9p", "container": "gateway"}
    loyalty = {"namespace": "loyalty", "pod": "loyalty-service-5f6d7c8b9-q8w2z"}
    cm = {"namespace": "cert-manager", "pod": "cert-manager-6c7d8f9b5-z7x8c"}
    lines = [
        _rec(0, web, '{"level":"error","message":"upstream loyalty-service responded 500",'
                     '"upstream":"http://loyalty-service.loyalty.svc.cluster.local:8080"}'),
        _rec(1, loyalty, "ERROR 1 --- [nio-8080-exec-5] java.lang.NullPointerException"),
        _rec(2, loyalty, "INFO 1 --- [nio-8080-exec-6] redemption accepted"),
        _rec(3, cm, 'I0329 06:15:00.400837 1 trigger_controller.go:215] "Certificate must be '
                    're-issued" key="web/storefront-tls" reason="Renewing"'),
        _rec(4, cm, 'E0329 06:15:05.010219 1 sync.go:190] "propagation check failed" '
                    'resource_namespace="web" resource_kind="Challenge"'),
        _rec(5, cm, 'E0329 06:15:06.010219 1 sync.go:190] "propagation check failed" '
                    'resource_namespace="billing" resource_kind="Challenge"'),
    ]
    merged = await _with_related(lines, _scope(namespace="web"))
    # the callee's errors (not its info lines), cert-manager's lines about web (not billing)
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 3, 4)]
    # an operator running the namespace's data store for it (Strimzi scaling its Kafka)
    strimzi = {"namespace": "strimzi", "pod": "strimzi-cluster-operator-7d9f4b8c6-x2k9p"}
    lines.append(_rec(6, strimzi, "INFO  KafkaReconciler:412 - Reconciliation #823(watch) "
                                  "Kafka(web/events): Scaling up Kafka cluster events from 3 "
                                  "to 4 brokers"))
    merged = await _with_related(lines, _scope(namespace="web"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 3, 4, 6)]


def test_the_event_streams_of_the_common_exporters_match_and_apps_do_not():
    import re

    from retrieval.related import EVENT_JOBS, EVENT_STREAMS

    for name in ("event-exporter", "kubernetes-event-exporter", "eventrouter",
                 "kube-eventrouter", "k8s-event-logger", "kube-events"):
        assert re.fullmatch(EVENT_STREAMS, name), name  # Loki anchors =~ matchers
    for name in ("events", "event-api", "cart"):
        assert not re.fullmatch(EVENT_STREAMS, name), name
    # the job label of an event scrape: Alloy's, Grafana Agent's, an exporter's or one's own
    for job in ("loki.source.kubernetes_events", "integrations/kubernetes/eventhandler",
                "monitoring/event-exporter", "kube-events", "k8s-events", "kubernetes-events"):
        assert re.fullmatch(EVENT_JOBS, job), job
    for job in ("kubernetes-pods", "shop/cart", "node/journal"):
        assert not re.fullmatch(EVENT_JOBS, job), job


async def test_kubelet_lines_naming_the_namespaces_pods_bring_their_node_without_node_labels():
    """The scope's records carry no node label; the kubelet names its pod (``pod="orders/
    ..."``), so that line comes, and so do its node's troubled lines (the runtime's failed
    pull), but not another node's."""
    orders = {"namespace": "orders", "pod": "orders-7d9f4b8c6-x2k9p", "container": "orders"}
    kubelet = {"job": "systemd-journal", "node": "ip-10-0-3-37", "unit": "kubelet.service"}
    runtime = {"job": "systemd-journal", "node": "ip-10-0-3-37", "unit": "containerd.service"}
    elsewhere = {"job": "systemd-journal", "node": "ip-10-0-9-9", "unit": "containerd.service"}
    lines = [
        _rec(0, orders, "level=info msg=waiting"),
        _rec(1, runtime, 'level=error msg="PullImage \\"ecr/orders:2.14.0\\" failed" '
                         'error="not found"'),
        _rec(2, kubelet, 'E0412 08:58:03.557198 3523 pod_workers.go:1298] "Error syncing pod, '
                         'skipping" err="ImagePullBackOff" pod="orders/orders-7d9f4b8c6-x2k9p"'),
        _rec(3, kubelet, 'I0412 08:58:04.1 3523 kubelet.go:2400] "SyncLoop UPDATE" source="api" '
                         'pods=["billing/invoice-0"]'),
        _rec(4, elsewhere, 'level=error msg="PullImage \\"ecr/other:1\\" failed"'),
    ]
    merged = await _with_related(lines, _scope(namespace="orders"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 2)]


async def test_cluster_controllers_and_the_events_of_the_workload_asked_about():
    """The autoscaler in kube-system that cannot place the namespace's pod; with a request
    narrowed to an app, the namespace's event stream (Alloy labels only the namespace)
    about that app, not about others."""
    ca = {"namespace": "kube-system", "pod": "cluster-autoscaler-6c7d8f9b5-z7x8c"}
    proxy = {"namespace": "kube-system", "pod": "kube-proxy-x7k2p"}
    events = {"job": "loki.source.kubernetes_events", "instance": "alloy", "namespace": "db"}
    cass = {"namespace": "db", "pod": "cassandra-4", "app": "cassandra"}
    lines = [
        _rec(0, cass, "INFO  [main] Cassandra starting"),
        _rec(1, ca, "I0607 16:36:25.869 1 orchestrator.go:546] Pod db/cassandra-4 can't be "
                    "scheduled on pool-a, predicate checking error: node(s) had taints"),
        _rec(2, proxy, "I0607 16:36:26 1 proxier.go:1 Syncing iptables rules"),
        _rec(3, events, 'name=cassandra-4.17a1 kind=Pod reason=FailedScheduling type=Warning '
                        'msg="0/6 nodes are available"'),
        _rec(4, events, 'name=redis-0.17a2 kind=Pod reason=Pulled type=Normal msg="pulled"'),
    ]
    sel = _scope(namespace="db", app="cassandra")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 3)]


async def test_traefiks_lines_about_the_namespaces_routes_come_in():
    """Traefik names an IngressRoute's objects ``<namespace>-<name>@kubernetescrd``: its
    lines about the namespace's routes come in (a middleware missing, an access log's
    router), not those about another namespace's."""
    traefik = {"namespace": "traefik", "pod": "traefik-hbh59svsjw-stnnk", "app": "traefik"}
    portal = {"namespace": "water-billing", "pod": "meter-portal-gsz4jltwbc-8m9cw",
              "app": "meter-portal"}
    lines = [
        _rec(0, traefik, '2026-04-14T08:02:00Z ERR error="middleware \\"water-billing-portal-'
                         'auth@kubernetescrd\\" does not exist" entryPointName=websecure '
                         "routerName=water-billing-meter-portal-08fc46fdf72d45a5f36e"
                         "@kubernetescrd"),
        _rec(1, portal, "meter-portal: GET /healthz 200 0.4ms"),
        _rec(2, traefik, '2026-04-14T08:02:02Z ERR error="middleware \\"billing-auth@'
                         'kubernetescrd\\" does not exist" routerName=billing-invoices-'
                         "1a2b3c4d5e6f7a8b9c0d@kubernetescrd"),
        _rec(3, traefik, '172.20.3.41 - - [14/Apr/2026:08:02:03 +0000] "GET /portal/ HTTP/2.0" '
                         '200 19 "-" "-" 40112 "water-billing-meter-portal-08fc46fdf72d45a5f36e'
                         '@kubernetescrd" "http://10.44.2.9:8080" 3ms'),
    ]
    sel = _scope(namespace="water-billing", app="meter-portal")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 3)]


async def test_an_erlang_address_tuple_is_dialled_and_brings_the_callees_events():
    """Erlang's ``{failed_connect,[{to_address,{"turbine-alarm-router.wind-scada.svc",
    9400}},...,econnrefused}]}`` dials the alarm router: the events about it come (its pod
    cannot be scheduled, so it writes no line), not another workload's."""
    events = {"namespace": "wind-scada", "job": "loki.source.kubernetes_events"}
    collector = {"namespace": "wind-scada", "pod": "turbine-collector-hlblf8tv5c-k2wcj",
                 "app": "turbine-collector"}
    lines = [
        _rec(0, events, "name=turbine-alarm-router-f57xzld2p9-hnn6z kind=Pod "
                        'reason=FailedScheduling type=Warning msg="0/7 nodes are available"'),
        _rec(1, events, 'name=grid-dispatch-0 kind=Pod reason=Pulled type=Normal msg="pulled"'),
        _rec(2, collector, "2026-04-20T15:30:02.440575+00:00 error: alarm forward failed: "
                           '{failed_connect,[{to_address,{"turbine-alarm-router.wind-scada.'
                           'svc",9400}},{inet,[inet],econnrefused}]} alarm=WT-17'),
    ]
    sel = _scope(namespace="wind-scada", app="turbine-collector")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 2)]


async def test_a_typed_clients_service_brings_the_pods_named_for_it():
    """A caller's ``PartsClient.reserve/2 failed`` dials no address: the Service its typed
    client calls (``parts``) brings the pods named for it (``parts-catalog-...``), not the
    namespace's other pods."""
    orders = {"namespace": "workorders", "pod": "work-orders-ld95gc67pz-zv8sh",
              "app": "work-orders"}
    lines = [
        _rec(0, {"namespace": "workorders", "pod": "parts-catalog-5qt8grv72h-mlztn",
                 "app": "parts-catalog"}, "Request finished HTTP/1.1 POST /api/reservations "
                                          "- 201 318 28551.4471ms"),
        _rec(1, {"namespace": "workorders", "pod": "billing-7d9f4b8c6-x2k9p", "app": "billing"},
             "invoice batch closed"),
        _rec(2, orders, "05:05:34.062 [error] PartsClient.reserve/2 failed wo=WO-49415 "
                        "error=%Mint.TransportError{reason: :timeout}"),
        # a library's own client class names no Service (.NET's HttpClient)
        _rec(3, {"namespace": "workorders", "pod": "http-echo-7d9f4b8c6-x2k9p",
                 "app": "http-echo"}, "echo server listening"),
        _rec(4, orders, "fail: System.Net.Http.HttpClient.Default.LogicalHandler[101] request "
                        "failed"),
    ]
    sel = _scope(namespace="workorders", app="work-orders")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 2, 4)]


async def test_a_managed_control_planes_lines_naming_the_namespaces_pods_come_too():
    """AKS's diagnostic categories (and GKE's control plane) come under a job of their own,
    with no namespace and no node: the scheduler and the autoscaler lines that name one of
    the namespace's pods come, those about another namespace's pods and those naming none
    do not."""
    parts = {"namespace": "parts", "pod": "parts-api-78d9c6b5f4-k2xvq", "app": "parts-api"}
    sched = {"job": "aks-diagnostics", "cluster": "aks-prod", "category": "kube-scheduler"}
    ca = {"job": "aks-diagnostics", "cluster": "aks-prod", "category": "cluster-autoscaler"}
    lines = [
        _rec(0, parts, "[pool www] seems busy"),
        _rec(1, sched, 'I0226 08:02:01.044483 1 schedule_one.go:1004] "Unable to schedule pod; '
                       'no fit; waiting" pod="parts/parts-api-78d9c6b5f4-9tq4z" err="0/6 nodes '
                       'are available: 6 Insufficient cpu."'),
        _rec(2, ca, "I0226 08:02:02.079248 1 orchestrator.go:565] Pod parts/parts-api-78d9c6b5f4"
                    "-9tq4z can't be scheduled on aks-general, predicate checking error: "
                    "Insufficient cpu"),
        _rec(3, ca, "W0226 08:02:02.207711 1 orchestrator.go:608] Node group aks-general is "
                    "not ready for scaleup - max size reached (6/6)"),
        _rec(4, sched, 'I0226 08:02:05 1 schedule_one.go:1004] "Unable to schedule pod; no fit;'
                       ' waiting" pod="billing/invoice-0" err="0/6 nodes are available"'),
    ]
    merged = await _with_related(lines, _scope(namespace="parts", app="parts-api"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 2)]


async def test_a_node_the_cloud_takes_back_comes_in_like_a_node_that_died():
    handler = {"job": "integrations/kubernetes/eventhandler", "namespace": "default"}
    node = "ip-10-0-45-196.eu-central-1.compute.internal"
    lines = [_rec(0, SHOP, "level=info msg=started"),
             _rec(1, handler, f"name={node} kind=Node sourcecomponent=karpenter "
                              'reason=SpotInterrupted type=Warning msg="Spot interruption '
                              'warning was triggered"'),
             _rec(2, handler, "name=gke-pool-3 kind=Node reason=Preempted type=Warning "
                              'msg="Node gke-pool-3 was preempted"'),
             _rec(3, handler, f"name={node} kind=Node reason=RegisteredNode type=Normal")]
    merged = await _with_related(lines, _scope(namespace="shop"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 2)]


async def test_a_request_about_a_node_brings_the_events_that_name_it():
    node = "ip-10-0-27-72.eu-west-1.compute.internal"
    alloy = {"job": "loki.source.kubernetes_events", "instance": "alloy-events", "namespace": ""}
    lines = [_rec(0, {"job": "systemd-journal", "unit": "kubelet.service", "node": node},
                  'I0624 11:27:22.359943 2916 setters.go:568] "Node became not ready"'),
             _rec(1, alloy, f"name={node}.f036755e845d2712 kind=Node reason=NodeNotReady "
                            f'type=Warning msg="Node {node} status is now: NodeNotReady"'),
             _rec(2, EXPORTER, f'{{"reason":"NodeNotReady","involvedObject":{{"kind":"Node",'
                               f'"name":"{node}"}},"type":"Warning"}}'),
             _rec(3, alloy, "name=n-9.17a kind=Node reason=NodeReady type=Normal")]
    source = MemorySource(lines)
    sel = _scope(node=node)
    own = [r async for r in source.query(sel)]
    assert [r.ts for r in own] == [T0]
    merged = await with_related(source, sel, own)
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 2 * 10**9]
    assert related_selectors(Selector(node={"regex": "ip-.*"}), own) == []


async def test_a_journal_labelled_host_not_node_brings_the_nodes_trouble_too():
    """The node's kernel lines that say it is in trouble: OOM kills, and a single-board
    node's sagging supply (a Raspberry Pi's "Undervoltage detected!"); not its routine lines
    nor another node's."""
    journal = {"job": "systemd-journal", "host": "nuc-01", "transport": "kernel"}
    pod = {"namespace": "immich", "pod": "immich-ml-7d9f4b8c6-x2k9p", "node": "nuc-01"}
    lines = [_rec(0, pod, "level=info msg=started"),
             _rec(1, journal, "Memory cgroup out of memory: Killed process 334845 (gunicorn)"),
             _rec(2, {**journal, "host": "nuc-02"},
                  "Memory cgroup out of memory: Killed process 9"),
             _rec(3, journal, "hwmon hwmon1: Undervoltage detected!"),
             _rec(4, journal, "usb 1-1.3: new high-speed USB device number 4")]
    merged = await _with_related(lines, _scope(namespace="immich"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 3 * 10**9]


async def test_streams_labelled_node_name_the_promtail_charts_way_bring_the_nodes_trouble():
    """The Promtail Helm chart labels pod streams (and often the journal) ``node_name``: the
    kernel's OOM kills on the scope's node, and the kubelet naming its pods, come in."""
    journal = {"job": "node/journal", "unit": "kernel", "node_name": "ip-10-31-14-187"}
    pod = {"namespace": "terminal-ops", "pod": "crane-agg-6f8d9c7b54-bllvm",
           "node_name": "ip-10-31-14-187"}
    kubelet = {"job": "node/journal", "unit": "kubelet.service", "node_name": "ip-10-31-14-200"}
    lines = [_rec(0, pod, "level=info msg=started"),
             _rec(1, journal, "Memory cgroup out of memory: Killed process 48213 (java)"),
             _rec(2, {**journal, "node_name": "ip-10-31-14-9"},
                  "Memory cgroup out of memory: Killed process 9 (python)"),
             _rec(3, kubelet, 'kubelet.go:2461] "SyncLoop (PLEG): event for pod" '
                              'pod="terminal-ops/crane-agg-6f8d9c7b54-x9x9x" event=ContainerDied')]
    merged = await _with_related(lines, _scope(namespace="terminal-ops"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 3 * 10**9]


async def test_metallb_failing_to_give_the_namespaces_service_an_address_comes_in():
    metallb = {"namespace": "metallb-system", "pod": "metallb-controller-p2vn4khxc7-hdlb2",
               "container": "controller"}
    lines = [_rec(0, {"namespace": "gitea", "pod": "gitea-0"}, "level=info msg=started"),
             _rec(1, metallb, '{"error":"no available IPs","level":"error","msg":"IP allocation '
                              'failed","service":"gitea/gitea-ssh"}'),
             _rec(2, metallb, '{"error":"no available IPs","level":"error","msg":"IP allocation '
                              'failed","service":"shop/web"}')]
    merged = await _with_related(lines, _scope(namespace="gitea"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9]


async def test_the_wider_cluster_only_when_asked_other_namespaces_troubles_and_every_nodes():
    """``wider``: the other namespaces' warnings and errors (not their info lines, not the
    scope's own again), the kubelets' events of containers they started (which workload a
    node's kernel killed a process of), and the troubled lines of nodes the scope does not
    run on."""
    kernel = {"job": "systemd-journal", "transport": "kernel", "node": "n-7"}
    lines = [_rec(0, SHOP, "level=error msg=\"compute failed: KilledWorker\""),
             _rec(1, {"namespace": "dask", "pod": "dask-worker-x", "node": "n-7"},
                  "distributed.worker - WARNING - Worker is at 82% memory usage"),
             _rec(2, {"namespace": "dask", "pod": "dask-worker-x", "node": "n-7"},
                  "distributed.worker - INFO - Starting worker"),
             _rec(3, kernel, "Memory cgroup out of memory: Killed process 54522 (python)"),
             _rec(4, kernel, "eth0: link up"),
             _rec(5, SHOP, "level=warn msg=retrying"),
             _rec(6, {"namespace": "dask", "job": "kube-events"},
                  'type=Normal reason=Started kind=Pod name=dask-worker-x sourcehost=n-7 '
                  'msg="Started container dask-worker"'),
             _rec(7, {"namespace": "dask", "job": "kube-events"},
                  'type=Normal reason=Pulled kind=Pod name=dask-worker-x sourcehost=n-7 '
                  'msg="Container image already present on machine"')]
    source = MemorySource(lines)
    sel = _scope(namespace="shop")
    own = [r async for r in source.query(sel)]
    assert len(await with_related(source, sel, own)) == 2  # the scope's nodes only: none
    wide = await with_related(source, sel, own, wider=True)
    assert [r.ts for r in wide] == [T0, T0 + 10**9, T0 + 3 * 10**9, T0 + 5 * 10**9,
                                    T0 + 6 * 10**9]
    assert await with_related(source, sel, wide, wider=True) == wide  # each line once
    others, started, *hosts = wider_selectors(sel)
    assert started.limit == EVENT_LIMIT
    assert others.default_filter and others.limit == WIDER_LIMIT
    assert [(m.name, m.op, m.value) for m in others.matchers()] == [
        ("namespace", "=~", ".+"), ("namespace", "!=", "shop")]
    assert {h.labels[0].name for h in hosts} == set(NODE_LABELS)
    # a request about no namespace reads every namespace's
    assert not wider_selectors(Selector(node="n-7"))[0].labels



async def test_the_wider_cluster_of_a_request_about_one_app_holds_its_namespaces_other_apps():
    """A request narrowed to an app (``theory-web`` in ``exams``) reads, when it widens, the
    warnings and errors of the namespace's other workloads too: the FailedScheduling of
    the worker pool it waits for is beyond its scope, though in its namespace."""
    web = {"namespace": "exams", "pod": "theory-web-5f7c9-mg28x", "app": "theory-web"}
    events = {"namespace": "exams", "job": "kube-events"}
    lines = [_rec(0, events, "type=Warning reason=FailedScheduling object=Pod/exam-grader-"
                             "jf4t7-pxtgg message=\"0/6 nodes are available: 4 Insufficient "
                             "cpu.\""),
             _rec(1, {**web, "app": "exam-grader", "pod": "exam-grader-jf4t7-sqntn"},
                  "[2026-01-27 10:03:00,562: INFO/MainProcess] Task grade received"),
             _rec(2, web, "ERROR exams.views: grading result not ready after 30s, returning "
                          "503")]
    source = MemorySource(lines)
    sel = _scope(namespace="exams", app="theory-web")
    own = [r async for r in source.query(sel)]
    assert [r.ts for r in own] == [T0 + 2 * 10**9]
    wide = await with_related(source, sel, own, wider=True)
    assert [r.ts for r in wide] == [T0, T0 + 2 * 10**9]  # not the other app's info line
    others = wider_selectors(sel)[0]
    assert [(m.name, m.op) for m in others.matchers()] == [("namespace", "=~")]

async def test_prometheus_refused_the_namespaces_endpoints_comes_in_by_client_gos_wording():
    """client-go's RBAC refusal names the namespace in quotes (``in the namespace
    \\"payments-v2\\"``); Prometheus's service discovery in ``monitoring`` lists every
    namespace, so its lines about this one are about the scope."""
    prom = {"namespace": "monitoring", "pod": "prometheus-k8s-0", "container": "prometheus"}
    refused = ('level=error component=k8s_client_runtime msg="Failed to watch *v1.Endpoints: '
               'endpoints is forbidden: User \\"system:serviceaccount:monitoring:prometheus-k8s'
               '\\" cannot list resource \\"endpoints\\" in API group \\"\\" in the namespace '
               '\\"payments-v2\\""')
    lines = [_rec(0, {"namespace": "payments-v2", "pod": "settlement-1"}, "level=info msg=ok"),
             _rec(1, prom, refused),
             _rec(2, prom, refused.replace("payments-v2", "payments-v3")),
             _rec(3, prom, 'level=info msg="Completed loading of configuration file"')]
    sel = _scope(namespace="payments-v2")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]


async def test_an_in_cluster_registry_a_pull_failure_names_brings_its_warnings():
    """Pods cannot pull through the company's registry proxy: the proxy runs in its own
    namespace (named like the registry host's first label) and says why. A public registry
    (Docker Hub, Quay, GHCR, ECR) is no workload of the cluster and adds no query."""
    events = {"job": "loki.source.kubernetes_events", "namespace": "staging"}
    harbor = {"namespace": "harbor", "pod": "harbor-core-7d9f4b8c6-x2k9p", "container": "core"}
    failed = ('reason=Failed type=Warning msg="Failed to pull image \\"{ref}\\": unexpected '
              'status from HEAD request: 429 Too Many Requests"')
    lines = [
        _rec(0, events, failed.format(ref="harbor.corp.internal/proxy/library/nginx:1.27")),
        _rec(1, harbor, "[ERROR] [/server/middleware/repoproxy/proxy.go:147]: failed to proxy "
                        "manifest, http status code: 429, TOOMANYREQUESTS"),
        _rec(2, harbor, "[INFO] [/server/middleware/repoproxy/proxy.go:98]: manifest cached"),
        _rec(3, {"namespace": "ci", "pod": "runner-1"}, "ERROR: job failed"),
    ]
    source = MemorySource(lines)
    sel = _scope(namespace="staging")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]  # the proxy's error, not its info
    registry = [s for s in related_selectors(sel, own) if "harbor" in str(s.namespace)]
    assert len(registry) == 1 and registry[0].default_filter
    public = [_rec(0, events, failed.format(ref=ref)) for ref in (
        "docker.io/library/nginx:1.27", "quay.io/prometheus/node-exporter:v1.8.2",
        "ghcr.io/org/app@sha256:0123456789abcdef0123",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart:3.1")]
    assert not [s for s in related_selectors(sel, public) if s.default_filter]
    # an image named by a line that is no pull failure brings nothing either
    pulled = [_rec(0, events, 'reason=Pulled msg="Successfully pulled image '
                              '\\"harbor.corp.internal/shop/cart:3.1\\""')]
    assert not [s for s in related_selectors(sel, pulled) if s.default_filter]


async def test_a_volume_failing_to_attach_brings_the_storage_systems_lines_naming_it():
    """The database cannot attach its volume: Longhorn's manager, in its own namespace, says
    the volume's replicas failed. Its lines about other volumes, and its routine ones, stay
    out; so does everything when no attach or mount failure names a volume."""
    pv = "pvc-e36c8f53-3711-462b-935c-05fb85b26ca3"
    events = {"job": "kubernetes-events", "namespace": "lms"}
    longhorn = {"namespace": "longhorn-system", "pod": "longhorn-manager-q6qd6",
                "container": "longhorn-manager"}
    attach = (f'type=Warning reason=FailedAttachVolume object=Pod/mongodb-0 msg="AttachVolume.'
              f'Attach failed for volume \\"{pv}\\" : volume {pv} is not ready for workloads"')
    lines = [
        _rec(0, longhorn, f'level=warning msg="Replica {pv}-r-b1c91d32 failed: disk is not '
                          f'ready, input/output error" volume={pv}'),
        _rec(1, longhorn, 'level=warning msg="Replica pvc-0bc18c90-1ef8-4aa7-aa3d-2e50a8c10ccd'
                          '-r-747b02ca failed"'),
        _rec(2, longhorn, f'level=info msg="Volume {pv} robustness changed to faulted"'),
        _rec(3, events, attach),
    ]
    source = MemorySource(lines)
    sel = _scope(namespace="lms")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts for r in merged] == [T0, T0 + 3 * 10**9]
    mounted = [_rec(3, events, f'type=Normal reason=SuccessfulAttachVolume msg="AttachVolume.'
                               f'Attach succeeded for volume \\"{pv}\\""')]
    assert not [s for s in related_selectors(sel, mounted) if s.default_filter]


async def test_an_otlp_window_brings_the_events_receivers_events_about_the_app_and_down_nodes():
    """With Loki's OTLP labels, the Collector's events receiver writes an event's message
    alone (object and reason are attributes): an app-scoped request still gets the events
    about its pods, not about other apps' pods, and a node going down anywhere."""
    def event(kind: str, name: str, reason: str, ns: str = "distribution") -> dict[str, str]:
        return {"k8s_namespace_name": ns, "service_name": "unknown_service",
                "k8s_object_kind": kind, "k8s_object_name": name, "k8s_event_reason": reason}

    app = {"k8s_namespace_name": "distribution", "k8s_pod_name": "sync-79f6d8b5c4-sd88s",
           "k8s_deployment_name": "sync", "service_name": "sync"}
    source = MemorySource.from_entries([
        {"ts": T0, "labels": app, "line": "ARI push ok"},
        {"ts": T0 + 1, "labels": event("Pod", "sync-79f6d8b5c4-j2j9f", "Failed"),
         "line": 'Failed to pull image "acr.example.com/distribution/app:2.8.4"'},
        {"ts": T0 + 2, "labels": event("Pod", "sync-79f6d8b5c4-j2j9f", "BackOff"),
         "line": "Back-off pulling image"},
        {"ts": T0 + 3, "labels": event("Pod", "ota-66rwmsg4r-g75dx", "Started"),
         "line": "Started container ota"},
        {"ts": T0 + 4, "labels": event("Node", "aks-general-a", "NodeNotReady", ns="default"),
         "line": "Node aks-general-a status is now: NodeNotReady"}])
    sel = _scope(namespace="distribution", app="sync")
    own = [r async for r in source.query(sel)]
    assert len(own) == 1
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [0, 1, 2, 4]
    assert merged[1].line.startswith("name=sync-79f6d8b5c4-j2j9f kind=Pod reason=Failed")
    # a Promtail-labelled window asks no such queries
    promtail = [LogRecord(ts=T0, labels={"namespace": "distribution", "pod": "sync-1"},
                          line="ok")]
    assert not any(m.name.startswith("k8s_") for s in related_selectors(sel, promtail)
                   for m in s.labels)


async def test_an_otlp_window_brings_an_exporters_events_known_by_its_service_name():
    """An event exporter shipped over OTLP writes the event's message alone under its job
    name as ``service_name``: its lines naming the app come in, others' do not."""
    exporter = {"k8s_namespace_name": "elevator", "service_name": "k8s-events"}
    app = {"k8s_namespace_name": "elevator", "k8s_pod_name": "intake-58b7f6d9c4-hxzg2",
           "service_name": "intake"}
    source = MemorySource.from_entries([
        {"ts": T0, "labels": app, "line": "APPLICATION FAILED TO START"},
        {"ts": T0 + 1, "labels": exporter,
         "line": "Back-off restarting failed container intake in pod "
                 "intake-58b7f6d9c4-hxzg2_elevator(ea139a56-be88-4d1a-9f13-d70448789ab3)"},
        {"ts": T0 + 2, "labels": exporter, "line": "Started container kiosk"},
        {"ts": T0 + 3, "labels": {**exporter, "k8s_namespace_name": "other"},
         "line": "Back-off restarting failed container intake in pod intake-1_other(x)"}])
    sel = _scope(namespace="elevator", app="intake")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [0, 1]


async def test_an_otlp_window_brings_a_down_nodes_json_event_and_its_journal():
    """Events shipped over OTLP as JSON objects under the exporter's job name, and a node's
    journal named by the Collector's ``k8s.node.name``: a namespace-scoped request gets the
    event of a node that went down (it is in no namespace of its own) and then that node's
    troubled kernel lines; a node that stays Ready brings neither."""
    journal = {"k8s.cluster.name": "quarry", "k8s.node.name": "10.0.8.31",
               "service.name": "kernel"}
    events = {"k8s_namespace_name": "default", "service_name": "k8s_events"}
    app = {"k8s_namespace_name": "crusher", "k8s_pod_name": "belt-api-6d9c8b7f5-q2k8x",
           "k8s_node_name": "10.0.8.40", "service_name": "belt-api"}

    def node_event(node: str, reason: str) -> str:
        return json.dumps({"k8s.event.reason": reason, "k8s.object.kind": "Node",
                           "k8s.object.name": node, "body": f"Node {node} status is now: "
                                                           f"{reason}"})
    source = MemorySource.from_entries([
        {"ts": T0, "labels": journal, "line": "EDAC MC0: 1 UE memory read error on DIMM#0"},
        {"ts": T0 + 1, "labels": {**journal, "k8s.node.name": "10.0.8.32"},
         "line": "EDAC MC0: 1 CE memory read error on DIMM#1"},
        {"ts": T0 + 2, "labels": app, "line": '{"level":"error","msg":"dial tcp 10.244.1.9:5432:'
                                              ' connect: no route to host"}'},
        {"ts": T0 + 3, "labels": events, "line": node_event("10.0.8.31", "NodeNotReady")},
        {"ts": T0 + 4, "labels": events, "line": node_event("10.0.8.32", "NodeReady")}])
    sel = _scope(namespace="crusher")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [0, 2, 3]
    assert merged[2].line.startswith("name=10.0.8.31 kind=Node reason=NodeNotReady")
    # in Loki the filter meets the raw line: the JSON object, and a KubeEvents row
    assert re.search(NODE_EVENT, node_event("10.0.8.31", "NodeNotReady"))
    assert re.search(NODE_EVENT, '{"ObjectKind":"Node","Name":"aks-1","Reason":"NodeNotReady"}')


async def test_a_pod_with_no_line_of_its_own_brings_the_datadog_agents_events_about_it():
    """A pod stuck before it ran writes nothing, so nothing tells the labels' style: the
    events the Datadog Agent collected about it (``kube_name``) still come in."""
    def event(name: str, reason: str) -> dict[str, str]:
        return {"kube_namespace": "archive", "kube_kind": "Pod", "kube_name": name,
                "kube_reason": reason, "event_type": "kubernetes_apiserver",
                "source": "kubernetes"}

    source = MemorySource.from_entries([
        {"ts": T0, "labels": event("minio-0", "FailedAttachVolume"),
         "line": "Events from the Pod archive/minio-0: 1 **FailedAttachVolume**: Multi-Attach "
                 "error for volume"},
        {"ts": T0 + 1, "labels": event("ingest-7c9d8f6b5-q2w4x", "Pulled"),
         "line": "Events from the Pod archive/ingest-7c9d8f6b5-q2w4x: 1 **Pulled**: image"}])
    sel = _scope(namespace="archive", pod="minio-0")
    assert [r async for r in source.query(sel)] == []
    merged = await with_related(source, sel, [])
    assert [r.ts - T0 for r in merged] == [0]
    assert merged[0].line.startswith("name=minio-0 kind=Pod reason=FailedAttachVolume")


async def test_an_app_scoped_request_brings_the_same_namespace_workloads_its_errors_dial():
    """A caller's errors that dial a host of its own namespace (``payments:8080``) or a bare
    address on a well-known port (``10.64.5.21:6379``, with the knowledge base's ports) bring
    those pods' lines, whatever they say (a Redis shutting down is no warning); not the pods
    of a workload nobody dialled, not a port no service is known for, not a file's line."""
    def pod(name: str) -> dict[str, str]:
        return {"namespace": "odds", "pod": name, "container": name.split("-")[0]}

    api = {"namespace": "odds", "pod": "display-api-7d9f-x2k9p", "app": "display-api"}
    lines = [
        _rec(0, pod("odds-cache-redis-node-0"), "1:M 27 Mar 19:39:58.500 # User requested "
                                                "shutdown..."),
        _rec(1, pod("payments-5c8d-abcde"), "level=info msg=\"draining listener\""),
        _rec(2, pod("ledger-6f7a-zzzzz"), "level=info msg=\"compacted\""),
        _rec(3, pod("feed-0"), "listening on :9999"),
        _rec(10, api, "Error: connect ECONNREFUSED 10.64.5.21:6379"),
        _rec(11, api, 'level=error msg="dial tcp payments:8080: connect: connection refused"'),
        _rec(12, api, "error calling 10.64.5.30:9999 at app.js:120:16"),
        _rec(13, api, "warn: retrying ledger (ok so far)"),
    ]
    sel = _scope(namespace="odds", app="display-api")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert sorted(r.ts - T0 for r in own) == [s * 10**9 for s in (10, 11, 12, 13)]
    merged = await with_related(source, sel, own, services=ServiceNames({6379: "redis"}))
    assert [r.ts - T0 for r in merged] == [s * 10**9 for s in (0, 1, 10, 11, 12, 13)]
    # without the ports, a bare address names nothing: the dialled host's pods alone
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [s * 10**9 for s in (1, 10, 11, 12, 13)]
    # a namespace-wide request reads every stream already: no such query
    wide = _scope(namespace="odds")
    assert not any(s.pod for s in related_selectors(wide, own, ServiceNames({6379: "redis"})))


def _secs(records: list[LogRecord]) -> list[int]:
    return [(r.ts - T0) // 10**9 for r in records]


_PRODUCTS = ServiceNames(products=(
    ("mysql", re.compile("mysql|innodb", re.IGNORECASE)),
    ("redis", re.compile("redis", re.IGNORECASE))))


async def test_a_caller_quoting_a_products_own_errors_brings_that_products_pods():
    """A caller's error that dials no address but quotes a product's own words (a MySQL
    driver's ``MySQLTransactionRollbackException``) brings the pods of its namespace named
    for that product (``grading-mysql-0``); not a product the asked app's own name holds
    (``orders-redis`` quotes Redis's errors as its own), not when nothing is known of
    products, and not for a line that dials an address."""
    def pod(name: str, ns: str = "mill") -> dict[str, str]:
        return {"namespace": ns, "pod": name, "container": name.split("-")[1]}

    db = _rec(0, pod("grading-mysql-0"), "[Note] [InnoDB] Transactions deadlock detected")
    cache = _rec(1, pod("session-redis-0"), "# Background saving started")
    api = {"namespace": "mill", "pod": "board-grader-7d9f-x2k9p", "app": "board-grader"}
    failed = _rec(10, api, "ERROR Failed to persist grade: com.mysql.cj.jdbc.exceptions."
                           "MySQLTransactionRollbackException: Deadlock found")
    source = MemorySource([db, cache, failed])
    sel = _scope(namespace="mill", app="board-grader")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own, services=_PRODUCTS)
    assert _secs(merged) == [0, 10]
    assert _secs(await with_related(source, sel, own)) == [10]
    # a stack trace's own record, no word of trouble in it but the exception it names
    cause = _rec(10, api, "Caused by: com.mysql.cj.jdbc.exceptions."
                          "MySQLTransactionRollbackException: Deadlock found")
    source = MemorySource([db, cache, cause])
    assert _secs(await with_related(source, sel, [cause], services=_PRODUCTS)) == [0, 10]
    dialled = _rec(10, api, "ERROR Failed to persist grade: MySQLTransactionRollbackException "
                            "on grading-db:3306")
    source = MemorySource([db, cache, dialled])
    assert _secs(await with_related(source, sel, [dialled], services=_PRODUCTS)) == [10]
    orders = {"namespace": "mill", "pod": "orders-redis-1", "app": "orders-redis"}
    own_words = _rec(10, orders, "ERROR redis: MISCONF Redis is configured to save RDB "
                                 "snapshots, but it's currently unable to persist to disk")
    source = MemorySource([db, cache, own_words])
    sel = _scope(namespace="mill", app="orders-redis")
    assert _secs(await with_related(source, sel, [own_words], services=_PRODUCTS)) == [10]


async def test_a_product_quoted_brings_the_pods_of_a_server_of_its_family():
    """A Laravel app's ``1047 WSREP has not yet prepared node`` quotes MySQL's words; the
    namespace runs it as a Galera cluster (``taproom-galera-0``, container ``mariadb``): its
    pods come when the product's family names Galera, not otherwise."""
    galera = _rec(0, {"namespace": "taproom", "pod": "taproom-galera-0",
                      "container": "mariadb"}, "[Note] WSREP: Received NON-PRIMARY.")
    api = {"namespace": "taproom", "pod": "taproom-pos-7c6d5b8f9-k4xrm", "app": "taproom-pos"}
    failed = _rec(10, api, "production.ERROR: SQLSTATE[08S01]: Communication link failure: "
                           "1047 WSREP has not yet prepared node for application use "
                           "(Connection: mysql, SQL: select 1)")
    source = MemorySource([galera, failed])
    sel = _scope(namespace="taproom", app="taproom-pos")
    family = ServiceNames(products=_PRODUCTS.products, families={"mysql": ("galera",)})
    assert _secs(await with_related(source, sel, [failed], services=family)) == [0, 10]
    assert _secs(await with_related(source, sel, [failed], services=_PRODUCTS)) == [10]
    # the server's own errors quote its product's words as its own
    assert not family.named_in("taproom-pos")
    assert [p for p, _ in family.named_in("taproom-galera")] == ["mysql"]


async def test_darts_socket_exception_dials_the_address_it_gives():
    """Dart's ``SocketException: Connection refused (...), address = patrol-dispatch.patrol.svc,
    port = 43512`` names the host apart from its port: that Service's pods come."""
    dispatch = _rec(0, {"namespace": "patrol", "pod": "patrol-dispatch-7d4f8b6c9-ws3kx",
                        "app": "patrol-dispatch"}, "[ WARNING ] Abort.404: Not Found")
    bridge = {"namespace": "patrol", "pod": "patrol-radio-bridge-5b9f7d6c8-n4vxs",
              "app": "patrol-radio-bridge"}
    failed = _rec(10, bridge, "WARNING: dispatch: post status failed: ClientException with "
                              "SocketException: Connection refused (OS Error: Connection "
                              "refused, errno = 111), address = patrol-dispatch.patrol.svc, "
                              "port = 43512")
    source = MemorySource([dispatch, failed])
    sel = _scope(namespace="patrol", app="patrol-radio-bridge")
    assert _secs(await with_related(source, sel, [failed])) == [0, 10]


async def test_a_callee_comes_with_its_pods_named_for_their_container_and_its_events():
    """A callee known by a product's words (Elixir's ``Postgrex``) whose pods are named for
    the app they serve (``catalogue-db-1``) but run a container named for the product
    (``postgres``): their lines come too; and so do the events naming the callee (a NATS
    peer that cannot be scheduled writes no line of its own), not other events. A FastCGI
    upstream dialled by address is PHP-FPM's (``php-fpm`` containers), not the service of
    its port (9000: a NameNode's)."""
    def pod(name: str, container: str) -> dict[str, str]:
        return {"namespace": "lib", "pod": name, "container": container}

    events = {"namespace": "lib", "job": "integrations/kubernetes/eventhandler"}
    db = _rec(0, pod("catalogue-db-1", "postgres"), "LOG:  checkpoint complete")
    php = _rec(1, pod("rooms-php-6n6z5-66n2v", "php-fpm"), "WARNING: [pool www] server "
                                                           "reached pm.max_children setting")
    nn = _rec(2, pod("hdfs-namenode-0", "namenode"), "INFO namenode.FSNamesystem: roll")
    sched = _rec(3, events, 'type=Warning reason=FailedScheduling kind=Pod name=nats-1 '
                            'msg="0/5 nodes are available"')
    other = _rec(4, events, "type=Normal reason=Pulled kind=Pod name=ledger-0 msg=pulled")
    api = {"namespace": "lib", "pod": "catalogue-api-7d9f-x2k9p", "app": "catalogue-api"}
    crash = _rec(10, api, "** (Postgrex.Error) ERROR 40001 (serialization_failure) canceling "
                          "statement due to conflict with recovery")
    publish = _rec(11, api, 'ERROR jetstream publish failed error="timed out"')
    nginx = _rec(12, api, '[error] 29#29: *17 upstream timed out (110: Connection timed out), '
                          'upstream: "fastcgi://10.244.7.5:9000"')
    services = ServiceNames({9000: "namenode"}, (
        ("postgres", re.compile("postgres|postgrex", re.IGNORECASE)),
        ("nats", re.compile(r"\bnats\b|jetstream", re.IGNORECASE)),
        ("php-fpm", re.compile("php-fpm", re.IGNORECASE))))
    source = MemorySource([db, php, nn, sched, other, crash, publish, nginx])
    sel = _scope(namespace="lib", app="catalogue-api")
    for own, brought in (([crash], [0]), ([publish], [3]), ([nginx], [1])):
        merged = await with_related(source, sel, own, services=services)
        assert _secs(merged) == [*brought, *_secs(own)], own[0].line


async def test_a_clients_error_quoting_minios_own_code_brings_the_minio_pods():
    """An S3 client's error that names no host, only MinIO's own error code
    (``XMinioStorageFull``): the shipped services name MinIO by it, so the related context
    brings the lines of the namespace's MinIO pods (its own account of the full drive),
    not another workload's."""
    from analyzer.engine.knowledge import load_kb

    minio = _rec(0, {"namespace": "truckgate", "pod": "gate-minio-0", "container": "minio"},
                 "API: PutObject(bucket=gate-photos)\nError: Storage backend has reached its "
                 "minimum free drive threshold. (cmd.StorageErr)")
    other = _rec(2, {"namespace": "truckgate", "pod": "gate-lanes-5c8d-2kq9w",
                     "container": "gate-lanes"}, "INFO lane 2 open")
    failed = _rec(10, {"namespace": "truckgate", "pod": "gate-ocr-5d9c7b8f6-pl2tn",
                       "app": "gate-ocr"},
                  'ERROR gate_ocr::archive: upload failed error=ServiceError { code: '
                  'Some("XMinioStorageFull"), raw: Response { status: StatusCode(507) } }')
    source = MemorySource([minio, other, failed])
    sel = _scope(namespace="truckgate", app="gate-ocr")
    merged = await with_related(source, sel, [failed], services=load_kb([]).services)
    assert _secs(merged) == [0, 10]


async def test_a_namespaces_clients_quoting_a_product_bring_its_pods_elsewhere():
    """A namespace whose Sidekiq jobs fail on a Ruby driver's ``Cassandra::Errors::ReadError``
    while the Cassandra runs in another namespace: that namespace's warnings and errors of
    the pods named for the product (``cassandra-2``'s aborted read), not its quiet lines,
    not other pods there, not other products' pods; nothing when a workload of the scope
    is named for the product (it is the data store's own namespace), nor when nothing is
    known of products."""
    def pod(name: str, ns: str) -> dict[str, str]:
        return {"namespace": ns, "pod": name, "container": name.split("-")[0]}

    job = pod("passage-reconciler-qqdfqptwgl-hrpt7", "toll-core")
    lines = [
        _rec(0, pod("cassandra-2", "toll-data"), "INFO  [CompactionExecutor:41] Compacted 4 "
                                                 "sstables"),
        _rec(1, pod("cassandra-2", "toll-data"), "ERROR [ReadStage-3] Scanned over 100001 "
                                                 "tombstones during query; query aborted"),
        _rec(2, pod("ledger-7d9f-x2k9p", "toll-data"), "ERROR ledger write failed"),
        _rec(3, pod("session-redis-0", "toll-data"), "ERROR redis: OOM command not allowed"),
        _rec(10, job, "WARN: Cassandra::Errors::ReadError: Operation failed - received 0 "
                      "responses and 1 failures: READ_TOO_MANY_TOMBSTONES"),
    ]
    products = ServiceNames(products=(*_PRODUCTS.products,
                                      ("cassandra", re.compile("cassandra", re.IGNORECASE))))
    source = MemorySource(lines)
    sel = _scope(namespace="toll-core")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=products)) == [1, 10]
    assert _secs(await with_related(source, sel, own)) == [10]
    data = _scope(namespace="toll-data")
    mine = [r async for r in source.query(data)]
    assert not any(s.pod for s in related_selectors(data, mine, products))


async def test_a_products_pods_elsewhere_bring_their_going_down_and_coming_back():
    """ioredis refused by a Redis in another namespace that a node drain moved: its
    shutdown on SIGTERM and its "Ready to accept connections" come in (when it stopped and
    when it answered again), not its routine lines between."""
    app = {"namespace": "kw-web", "pod": "booking-web-5k7x99lv9z-25f9g",
           "container": "booking-web"}
    redis = {"namespace": "kw-data", "pod": "redis-sessions-0", "container": "redis"}
    lines = [
        _rec(0, redis, "1:signal-handler (1783998291) Received SIGTERM scheduling shutdown..."),
        _rec(1, redis, "1:M 14 Jul 2026 03:04:51.310 * DB saved on disk"),
        _rec(2, app, "[ioredis] Unhandled error event: Error: connect ECONNREFUSED "
                     "172.20.91.14:6379"),
        _rec(40, redis, "1:C 14 Jul 2026 03:05:36.900 # oO0OoO0OoO0Oo Redis is starting "
                        "oO0OoO0OoO0Oo"),
        _rec(41, redis, "1:M 14 Jul 2026 03:05:37.380 * Ready to accept connections tcp"),
    ]
    source = MemorySource(lines)
    sel = _scope(namespace="kw-web")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=_PRODUCTS)) == [0, 2, 40, 41]
    # and a server refusing its own configuration as it starts (no word of trouble in it)
    lines.append(_rec(39, redis, "*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***"))
    lines.append(_rec(42, redis, 'redis-server: /etc/redis/redis.conf:19:3: unknown option '
                                 '"maxmemory-polcy"'))
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=_PRODUCTS)) == [
        0, 2, 39, 40, 41, 42]


async def test_a_products_pods_elsewhere_bring_the_warning_events_about_them():
    """Pickers refused at a bare address on NATS's port while the NATS server in another
    namespace crash-loops on its configuration: the kubelet's Warning events about its pod
    (``BackOff``, filed under that namespace) come in, not the Normal ones about it nor
    Warning events about other pods."""
    app = {"namespace": "rt-processing", "pod": "picker-7d9f4b8c6-x2k9p", "container": "picker"}
    events = {"job": "kube-events", "namespace": "messaging"}
    lines = [
        _rec(0, events, "type=Normal reason=Started object=Pod/nats-rt-gfrxsl59r-sxkm5 "
                        'source=kubelet msg="Started container nats"'),
        _rec(1, {"namespace": "messaging", "pod": "nats-rt-gfrxsl59r-sxkm5", "container": "nats"},
             'nats-server: /etc/nats-config/nats.conf:19:3: unknown field "write_deadline_ms"'),
        _rec(2, app, '{"level":"error","msg":"nats reconnect failed","err":"dial tcp '
                     '10.96.44.17:4222: connect: connection refused"}'),
        _rec(3, events, "type=Warning reason=BackOff object=Pod/nats-rt-gfrxsl59r-sxkm5 "
                        'source=kubelet count=7 msg="Back-off restarting failed container nats"'),
        _rec(4, events, "type=Warning reason=BackOff object=Pod/ledger-7d9f-x2k9p "
                        'source=kubelet msg="Back-off restarting failed container ledger"'),
    ]
    nats = ServiceNames(products=(("nats", re.compile("nats", re.IGNORECASE)),),
                        ports={4222: "nats"})
    source = MemorySource(lines)
    sel = _scope(namespace="rt-processing")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=nats)) == [1, 2, 3]


async def test_a_products_pods_elsewhere_are_found_by_the_names_of_its_family_too():
    """A PHP app's Doctrine error names MySQL (its driver's path) while the server is a
    MariaDB Galera cluster in another namespace: that namespace's warnings of
    ``club-mariadb``'s pods come in, by the family's names, not another pod's there."""
    app = {"namespace": "bookings", "pod": "booking-api-7d9f4b8c6-x2k9p", "container": "php"}
    db = {"namespace": "data", "pod": "club-mariadb-0", "container": "mariadb"}
    lines = [
        _rec(0, db, "2026-06-02 18:05:28 14 [Warning] WSREP: Send action {(nil), 328, "
                    "TORDERED} returned -107 (Transport endpoint is not connected)"),
        _rec(1, {**db, "pod": "ledger-7d9f-x2k9p", "container": "ledger"},
             "ERROR ledger write failed"),
        _rec(5, app, "request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\"
                     "DriverException: \"SQLSTATE[08S01]: Communication link failure: 1047 "
                     "WSREP has not yet prepared node for application use\" at /srv/app/vendor/"
                     "doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 117"),
    ]
    mysql = ServiceNames(products=_PRODUCTS.products, families={"mysql": ("mariadb",)})
    source = MemorySource(lines)
    sel = _scope(namespace="bookings")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=mysql)) == [0, 5]
    alone = ServiceNames(products=_PRODUCTS.products)
    assert _secs(await with_related(source, sel, own, services=alone)) == [5]


async def test_a_product_quoted_brings_the_lines_written_in_its_servers_voice():
    """A .NET batch job's ``Npgsql.PostgresException: 40P01: deadlock detected`` names no
    host, and the PostgreSQL cluster it calls is named for nothing of PostgreSQL's
    (``parcels-db``, container ``database``): the other namespaces' troubled lines written
    in PostgreSQL's own voice (``ERROR:  deadlock detected``) come in, not their quiet ones,
    not another app's error there, and nothing without the voice."""
    job = {"namespace": "land-registry", "pod": "deed-batch-import-29071-x2k9p",
           "container": "deed-batch-import"}
    db = {"namespace": "registry-db", "pod": "parcels-db-instance1-4rtd-0",
          "container": "database"}
    lines = [
        _rec(0, db, "2026-04-15 02:05:12.000 UTC [6112] ERROR:  deadlock detected"),
        _rec(1, {**db, "pod": "deeds-api-7d9f-x2k9p", "container": "deeds-api"},
             "ERROR deed lookup failed: postgres said no"),
        _rec(2, job, '{"@mt":"Deed {DeedId} rejected: {Error}","@l":"Error","Error":'
                     '"Npgsql.PostgresException (0x80004005): 40P01: deadlock detected"}'),
        _rec(3, db, "2026-04-15 02:05:14.000 UTC [6112] LOG:  duration: 3120.044 ms"),
    ]
    postgres = re.compile("postgres", re.IGNORECASE)
    voiced = ServiceNames(products=(("postgres", postgres),),
                          voices=(("postgres", re.compile(r"\b(?:LOG|ERROR):  \S")),))
    source = MemorySource(lines)
    sel = _scope(namespace="land-registry")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=voiced)) == [0, 2]
    plain = ServiceNames(products=(("postgres", postgres),))
    assert _secs(await with_related(source, sel, own, services=plain)) == [2]


async def test_a_data_stores_request_brings_its_clients_errors_that_quote_it():
    """A request about a data store (``ticketing-mysql``: its name holds the product
    ``mysql``) brings its namespace's warnings and errors that quote that product's own
    words (a client's ``(1040, 'Too many connections')`` through PyMySQL): its clients'
    side of what it does; not their untroubled lines, not other namespaces', not errors
    quoting another product, and nothing for an app whose name holds no product."""
    def pod(name: str, ns: str = "ticketing") -> dict[str, str]:
        return {"namespace": ns, "pod": name, "app": name.rsplit("-", 2)[0]}

    db = {"namespace": "ticketing", "pod": "ticketing-mysql-0", "app": "ticketing-mysql"}
    lines = [
        _rec(0, db, "[Note] [MY-010914] [Server] Aborted connection 19535 to db: 'tickets'"),
        _rec(1, pod("pass-sync-kljbb82sj-jxg5m"), "INFO pass_sync: worker started "
                                                  "target=ticketing-mysql:3306"),
        _rec(2, pod("pass-sync-kljbb82sj-jxg5m"), "ERROR pass_sync: chunk 70 failed: (pymysql."
                                                  "err.OperationalError) (1040, 'Too many "
                                                  "connections')"),
        _rec(3, pod("ticket-api-5glg7x7p2-8rm2b"), "ERROR redis: READONLY You can't write "
                                                   "against a read only replica."),
        _rec(4, pod("pass-sync-kljbb82sj-abcde", "other"), "ERROR (pymysql.err.Operational"
                                                           "Error) (2003, 'Can't connect')"),
    ]
    source = MemorySource(lines)
    sel = _scope(namespace="ticketing", app="ticketing-mysql")
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own, services=_PRODUCTS)) == [0, 2]
    assert _secs(await with_related(source, sel, own)) == [0]
    api = _scope(namespace="ticketing", app="ticket-api")
    assert not [s for s in related_selectors(api, [lines[3]], _PRODUCTS)
                if s.filters and "mysql" in s.filters[0].value]


def test_a_products_words_filter_keeps_only_what_loki_can_run():
    """The product's pattern goes to Loki (RE2) as alternatives: the ones with a lookbehind
    are dropped, and a group's own ``|`` does not split an alternative."""
    assert _alternatives(r"a|b(?:c|d)|\[x|y\]|[|(]q|(?<!no )e") == [
        "a", "b(?:c|d)", r"\[x", r"y\]", "[|(]q", "(?<!no )e"]
    services = ServiceNames(products=(("postgres", re.compile(
        r"postgres|(?<!Transactions )deadlock detected|SQLSTATE (?:40P01|53300)")),))
    sel = _scope(namespace="shop", app="orders-postgres")
    filters = [f.value for s in related_selectors(sel, [], services) for f in s.filters]
    assert "(?i)postgres|SQLSTATE (?:40P01|53300)" in filters


async def test_a_callee_named_in_a_url_is_dialled_too():
    """A caller's warning naming its callee in a URL (``http://anpr.parking.svc...:8000/``)
    dials it as much as ``dial tcp anpr:8000`` does: that workload's pods come in; a path
    with a colon (``/v1/plates:8000``) names no host."""
    gate = {"namespace": "parking", "pod": "gate-7d9f-x2k9p", "app": "gate"}
    anpr = {"namespace": "parking", "pod": "anpr-5c8d-abcde", "container": "anpr"}
    plates = {"namespace": "parking", "pod": "plates-6f7a-zzzzz", "container": "plates"}
    lines = [
        _rec(0, anpr, "ERROR:    Exception in ASGI application"),
        _rec(1, plates, "level=info msg=compacted"),
        _rec(10, gate, 'level=WARN msg="recognition failed" url=http://anpr.parking.svc.'
                       'cluster.local:8000/v1/recognize status=500'),
        _rec(11, gate, 'level=WARN msg="lookup failed" path=/v1/plates:8000 status=500'),
    ]
    sel = _scope(namespace="parking", app="gate")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [s * 10**9 for s in (0, 10, 11)]


async def test_a_callee_libpq_quotes_is_dialled_too():
    """libpq (the pg gem under ActiveRecord, psycopg) quotes the host and gives the port
    apart: ``connection to server at "pgbouncer.reservations.svc.cluster.local" (10.0.7.84),
    port 6432 failed`` dials PgBouncer, whose own warnings then come in; so does the wording
    before PostgreSQL 14 (``Is the server running on host "ledger-db" (10.0.7.9) and
    accepting TCP/IP connections on port 5432?``), and a quoted address by its port."""
    rails = {"namespace": "reservations", "pod": "rails-7d9f-x2k9p", "app": "rails"}
    bouncer = {"namespace": "reservations", "pod": "pgbouncer-5c8d-abcde",
               "container": "pgbouncer"}
    ledger = {"namespace": "reservations", "pod": "ledger-db-0", "container": "postgres"}
    other = {"namespace": "reservations", "pod": "search-6f7a-zzzzz", "container": "search"}
    lines = [
        _rec(0, bouncer, "WARNING C-0x55d1: (nodb)/(nouser)@10.244.13.232:54735 pooler error: "
                         "no more connections allowed (max_client_conn)"),
        _rec(1, ledger, "LOG:  database system is shut down"),
        _rec(2, other, "level=info msg=compacted"),
        _rec(10, rails, 'E, ERROR -- : ActiveRecord::ConnectionNotEstablished (connection to '
                        'server at "pgbouncer.reservations.svc.cluster.local" (10.0.7.84), port '
                        '6432 failed: ERROR:  no more connections allowed (max_client_conn))'),
        _rec(11, rails, 'E, ERROR -- : PG::ConnectionBad: could not connect to server: '
                        'Connection refused Is the server running on host "ledger-db" '
                        '(10.0.7.9) and accepting TCP/IP connections on port 5432?'),
    ]
    sel = _scope(namespace="reservations", app="rails")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own)) == [0, 1, 10, 11]
    bare = _rec(12, rails, 'E, ERROR -- : connection to server at "10.0.7.5", port 6379 '
                           'failed: Connection refused')
    cache = _rec(3, {"namespace": "reservations", "pod": "cache-redis-0", "container": "redis"},
                 "# User requested shutdown...")
    source = MemorySource([cache, lines[2], bare])
    assert _secs(await with_related(source, sel, [bare], services=ServiceNames(
        {6379: "redis"}))) == [3, 12]


async def test_a_host_outside_the_cluster_that_the_scope_dials_brings_its_own_lines():
    """A pod's errors dialling a host outside the cluster (``rmq-dispatch-01.parks.internal:
    5672``) bring that host's own streams (no namespace; its short name in ``host``),
    whatever they say: RabbitMQ stopped by hand says so at info level. Not a host nobody
    dialled, not a Service's name, not a host dialled only by a line that reports no trouble,
    and not the scope's own node."""
    gw = {"namespace": "dispatch", "pod": "radio-gateway-7d9f-x2k9p", "app": "radio-gateway",
          "node": "rke2-w1"}
    lines = [
        _rec(0, {"host": "rmq-dispatch-01", "syslog_identifier": "sudo"},
             "opsadmin : COMMAND=/usr/bin/systemctl stop rabbitmq-server"),
        _rec(1, {"host": "rmq-dispatch-02", "unit": "rabbitmq-server.service"}, "started"),
        _rec(2, {"host": "pg-01", "unit": "postgresql.service"}, "checkpoint complete"),
        _rec(3, {"host": "rke2-w1", "unit": "kubelet.service"}, "Started kubelet"),
        _rec(10, gw, "[error] AMQP connection to rmq-dispatch-01.parks.internal:5672 failed: "
                     ":econnrefused"),
        _rec(11, gw, "[info] connected to pg-01.parks.internal:5432"),
        _rec(12, gw, "[error] call to api.dispatch.svc.cluster.local:80 failed"),
        _rec(13, gw, "[error] heartbeat to rke2-w1.parks.internal:10250 failed"),
    ]
    sel = _scope(namespace="dispatch", app="radio-gateway")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own)) == [0, 10, 11, 12, 13]


async def test_a_crash_reports_own_endpoint_is_no_host_the_scope_dials():
    """A Phoenix crash report names the server that crashed on its ``Server:`` line
    (``lending.library.example.org:443 (https)``): that host is the writer's own public
    name, so its streams are not read; a host the same report dials is."""
    api = {"namespace": "lib", "pod": "lending-api-7d9f-x2k9p", "app": "lending-api"}
    lines = [
        _rec(0, {"host": "lending", "unit": "nginx.service"}, "reloaded"),
        _rec(1, {"host": "ldap-01", "unit": "slapd.service"}, "slapd stopping"),
        _rec(10, api, "[error] #PID<0.4411.0> running LendingWeb.Endpoint (connection "
                      "#PID<0.4410.0>, stream id 1) terminated\n"
                      "Server: lending.library.example.org:443 (https)\n"
                      "Request: POST /api/loans\n"
                      "** (exit) an exception was raised:\n"
                      "    ** (DBConnection.ConnectionError) tcp connect "
                      "(ldap-01.library.internal:636): connection refused"),
    ]
    sel = _scope(namespace="lib", app="lending-api")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own)) == [1, 10]


async def test_a_bare_host_name_that_the_scope_dials_brings_its_own_lines():
    """A numbered machine's bare name dialled (``cache-01:6379``: a VM's short hostname)
    brings that host's own streams too, after the dotted ones; not a bare Service name
    (``dispatch-web:3000``), which has no host streams, nor a host nobody dialled."""
    planner = {"namespace": "linen-ops", "pod": "route-planner-849c7d6f5b-tw8kd",
               "container": "route-planner", "node": "linen-wk-1"}
    web = {"namespace": "linen-ops", "pod": "dispatch-web-58f4b9d7c-wq2xt",
           "container": "dispatch-web", "node": "linen-wk-3"}
    lines = [
        _rec(0, {"host": "cache-01"}, "kernel: Out of memory: Killed process 1187 (redis-server)"),
        _rec(1, {"host": "cache-01", "unit": "redis-server.service"}, "Started redis-server."),
        _rec(2, {"host": "dispatch-web"}, "a host that shares a workload's name"),
        _rec(3, {"host": "cache-02"}, "nobody dialled this one"),
        _rec(10, planner, 'level=ERROR msg="cache get failed" addr=cache-01:6379 '
                          'err="dial tcp 10.40.0.31:6379: connect: connection refused"'),
        _rec(11, planner, 'level=ERROR msg="board push failed" url=http://dispatch-web:3000/x '
                          'err="connection refused"'),
        _rec(12, web, "level=info msg=served"),
    ]
    sel = _scope(namespace="linen-ops", container="route-planner")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own)) == [0, 1, 10, 11, 12]


async def test_a_dialled_dns_name_brings_the_numbered_machine_it_names():
    """``cad-db.dispatch.internal:6432`` is the DNS name of the VM ``cad-db-01``: its own
    streams come in (its pooler stopped by an upgrade); not ``cad-dbx``'s, another name."""
    api = {"namespace": "dispatch", "pod": "cad-api-5f7d9c8b6-t4kxw", "container": "cad-api",
           "node": "ems-w-02"}
    lines = [
        _rec(0, {"host": "cad-db-01", "unit": "pgbouncer.service"},
             "Stopped pgbouncer.service - connection pooler for PostgreSQL."),
        _rec(1, {"host": "cad-dbx"}, "another machine"),
        _rec(10, api, "org.postgresql.util.PSQLException: Connection to "
                      "cad-db.dispatch.internal:6432 refused."),
    ]
    sel = _scope(namespace="dispatch", container="cad-api")
    source = MemorySource(lines)
    own = [r async for r in source.query(sel)]
    assert _secs(await with_related(source, sel, own)) == [0, 10]


async def test_a_journal_labelled_instance_the_grafana_charts_way_brings_the_nodes_trouble():
    """Grafana's journal configurations (k8s-monitoring) label the journal's hostname
    ``instance``: the kubelet naming the scope's pods places them on that node, and the
    node's kernel OOM kills come in; a pod's own ``instance`` (a release) names no node."""
    kubelet = {"job": "integrations/kubernetes/journal", "unit": "kubelet.service",
               "instance": "gke-news-highmem-51ac7e02-t9rf"}
    kernel = {"job": "integrations/kubernetes/journal", "syslog_identifier": "kernel",
              "instance": "gke-news-highmem-51ac7e02-t9rf"}
    pod = {"namespace": "media", "pod": "image-resizer-6d8f9c7b54-gvb96",
           "container": "image-resizer", "instance": "image-resizer"}
    lines = [_rec(0, pod, "level=info msg=started"),
             _rec(1, kubelet, 'kubelet.go:2461] "SyncLoop (PLEG): event for pod" '
                              'pod="media/image-resizer-6d8f9c7b54-gvb96" event=ContainerDied'),
             _rec(2, kernel, "Memory cgroup out of memory: Killed process 2817 (node)"),
             _rec(3, {**kernel, "instance": "gke-news-default-3f9a2c1d-m4qz"},
                  "Memory cgroup out of memory: Killed process 9 (python)"),
             _rec(4, {**kernel, "instance": "10.0.3.7:9100"}, "Killed process 7 (x)")]
    merged = await _with_related(lines, _scope(namespace="media"))
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9]
    assert host_label(pod) is None and host_label(kernel) == kernel["instance"]
    assert host_label({**kernel, "instance": "10.0.3.7:9100"}) is None


async def test_an_ingress_failed_and_answered_requests_to_the_namespaces_services_come_in():
    """ingress-nginx's access lines that failed with a 5xx on their way to a Service of the
    namespace (its upstream ``[parking-permits-api-3000]``), and those a pod of one answered
    (an upstream address): not those to another namespace's Services."""
    ingress = {"namespace": "kube-system", "pod": "rke2-ingress-nginx-controller-mj5cj",
               "container": "rke2-ingress-nginx-controller"}

    def access(s: int, status: int, route: str, upstream: str) -> LogRecord:
        return _rec(s, ingress, f'198.51.100.7 - - [01/Mar/2026:12:00:{s:02d} +0000] "GET /v1/'
                                f'permits HTTP/1.1" {status} 190 "-" "GateCtl/2.3" 350 0.000 '
                                f'[{route}] [] {upstream} - - - 9f2c')

    lines = [_rec(0, {"namespace": "parking", "pod": "permits-api-q2mxddzx8-psvbz"},
                  "KeyError: 'PERMIT_SIGNING_KEY'"),
             access(1, 503, "parking-permits-api-3000", "-"),
             access(2, 200, "parking-permits-api-3000", "10.42.0.9:3000"),
             access(3, 502, "parking-permits-api-3000", "10.42.0.9:3000"),
             access(4, 503, "billing-invoices-8080", "-"),
             access(5, 503, "parking-lots-api-http", "-"),
             access(6, 200, "billing-invoices-8080", "10.42.3.4:8080"),
             access(7, 404, "parking-permits-api-3000", "10.42.0.9:3000")]
    merged = await _with_related(lines, _scope(namespace="parking"))
    assert [r.ts for r in merged] == [T0 + s * 10**9 for s in (0, 1, 2, 3, 5)]


async def test_a_service_off_kubernetes_gets_its_hosts_troubled_lines():
    """A systemd unit (or a Compose service) asked about by its app: the disk failing under it
    says so in the host's kernel and smartd lines, which its own stream does not carry."""
    unit = {"_HOSTNAME": "avl-archive-01", "_SYSTEMD_UNIT": "snowpack-ingest.service",
            "app": "snowpack-ingest"}
    kernel = {"_HOSTNAME": "avl-archive-01", "SYSLOG_IDENTIFIER": "kernel"}
    smartd = {"_HOSTNAME": "avl-archive-01", "_SYSTEMD_UNIT": "smartd.service"}
    elsewhere = {"_HOSTNAME": "avl-archive-02", "SYSLOG_IDENTIFIER": "kernel"}
    lines = [_rec(0, kernel, "EXT4-fs (sdb1): Remounting filesystem read-only"),
             _rec(1, smartd, "Device: /dev/sdb [SAT], 31 Currently unreadable (pending) sectors"),
             _rec(2, smartd, "Device: /dev/sdb [SAT], opened"),
             _rec(3, elsewhere, "EXT4-fs error (device sda1): I/O error"),
             _rec(4, unit, "OSError: [Errno 30] Read-only file system: '/srv/archive/x.csv'")]
    merged = await _with_related(lines, _scope(app="snowpack-ingest"))
    assert [r.ts for r in merged] == [T0, T0 + 10**9, T0 + 4 * 10**9]
    # the whole host asked for: its lines are all there already
    assert related_selectors(_scope(), lines) == []


async def test_an_app_brings_the_elastic_agents_events_about_its_pods():
    """The Elastic Agent's ``kubernetes.event`` data stream: the line is the event's message,
    its object, reason and type are fields, and the stream has the namespace but no pod or
    app. An app's request reads those about its pods (a readiness probe failing), not those
    about another workload's."""
    def event(pod: str, reason: str) -> dict[str, str]:
        return {"data_stream.dataset": "kubernetes.event", "kubernetes.namespace": "dispensing",
                "kubernetes.event.involved_object.kind": "Pod",
                "kubernetes.event.involved_object.name": pod,
                "kubernetes.event.reason": reason, "kubernetes.event.type": "Warning"}

    bridge = {"data_stream.dataset": "kubernetes.container_logs",
              "kubernetes.namespace": "dispensing", "kubernetes.labels.app": "robot-bridge",
              "kubernetes.pod.name": "robot-bridge-v9wxd5pk66-6gtm8",
              "kubernetes.container.name": "bridge"}
    source = MemorySource.from_entries([
        {"ts": T0, "labels": bridge, "line": "Started RobotBridgeApplication in 7.4 seconds"},
        {"ts": T0 + 1, "labels": event("robot-bridge-v9wxd5pk66-6gtm8", "Unhealthy"),
         "line": "Readiness probe failed: HTTP probe failed with statuscode: 404"},
        {"ts": T0 + 2, "labels": event("stock-sync-7gg5npzj2-k27br", "Unhealthy"),
         "line": "Liveness probe failed: connection refused"}])
    sel = _scope(namespace="dispensing", app="robot-bridge")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [0, 1]
    assert merged[1].line.startswith("name=robot-bridge-v9wxd5pk66-6gtm8 kind=Pod "
                                     "reason=Unhealthy type=Warning msg=\"Readiness probe")


async def test_a_nodes_host_streams_are_read_by_its_short_or_full_hostname():
    """Kubernetes names the node ``k8s-w03.pharm.lan`` where the host's syslog shipper writes
    ``k8s-w03`` (or the other way round): its kernel's OOM kills come in either way, other
    hosts' do not (another name, another domain), and a node named by its IP address is only
    that address."""
    from retrieval.related import node_names

    pod = {"namespace": "rx", "pod": "label-render-49tgfzxzd-5t6dv", "app": "label-render",
           "node": "k8s-w03.pharm.lan"}
    oom = "Memory cgroup out of memory: Killed process 4056 (java)"
    lines = [_rec(0, pod, "Started LabelRenderApplication"),
             _rec(1, {"job": "syslog", "host_name": "k8s-w03"}, oom),
             _rec(2, {"job": "syslog", "host_name": "k8s-w030"}, oom),
             _rec(3, {"job": "syslog", "host_name": "k8s-w03.other.lan"}, oom)]
    merged = await _with_related(lines, _scope(namespace="rx", app="label-render"))
    assert [r.ts - T0 for r in merged] == [0, 10**9]
    assert re.fullmatch(node_names("k8s-w03"), "k8s-w03.pharm.lan")
    assert not re.fullmatch(node_names("10.0.10.9"), "10.0.10.99")
    assert not re.fullmatch(node_names("10.0.10.9"), "10")


async def test_an_app_brings_the_events_gke_files_under_its_pods():
    """GKE's Cloud Logging files an event about a pod under that pod (a ``k8s_pod`` entry
    of ``logs/events``: the line is the message, the reason and the object's kind are
    ``jsonPayload`` fields): no app label, so an app's request reads its pods' streams that
    carry none, and the line reads as an event about the pod."""
    def gke(**labels: str) -> dict[str, str]:
        return {"resource.labels.cluster_name": "rx-fulfil", "resource.labels.namespace_name":
                "fulfillment", **labels}

    worker = gke(**{"resource.type": "k8s_container", "labels.k8s-pod/app": "queue-worker",
                    "resource.labels.pod_name": "queue-worker-p87w57gcx-fbbqb",
                    "resource.labels.container_name": "worker"})
    unscheduled = gke(**{"resource.type": "k8s_pod", "logName": "projects/rx/logs/events",
                         "resource.labels.pod_name": "queue-worker-wn7v678bn-gptf8",
                         "jsonPayload.involvedObject.kind": "Pod",
                         "jsonPayload.reason": "FailedScheduling", "severity": "WARNING"})
    other = {**unscheduled, "resource.labels.pod_name": "order-router-lvbwpqmsx-hnzvk"}
    source = MemorySource.from_entries([
        {"ts": T0, "labels": worker, "line": "order dispensed"},
        {"ts": T0 + 1, "labels": unscheduled, "line": "0/6 nodes are available: 6 Insufficient "
                                                      "memory."},
        {"ts": T0 + 2, "labels": other, "line": "0/6 nodes are available: 6 Insufficient cpu."}])
    sel = _scope(namespace="fulfillment", app="queue-worker")
    own = [r async for r in source.query(sel)]
    merged = await with_related(source, sel, own)
    assert [r.ts - T0 for r in merged] == [0, 1]
    assert merged[1].line == ('name=queue-worker-wn7v678bn-gptf8 kind=Pod '
                              'reason=FailedScheduling type=Warning msg="0/6 nodes are '
                              'available: 6 Insufficient memory."')


async def test_an_app_brings_its_nodes_trouble_events_and_azures_events_table():
    """A container's child process that the kernel kills for memory is reported on its Node
    (node-problem-detector's ``OOMKilling``), in no namespace and naming no pod: an app's
    request reads the trouble events about the nodes its pods run on (not another node's,
    nor its node's routine ones). A Log Analytics export's ``KubeEvents`` rows (labelled
    ``Table``, their namespace ``Namespace``) are event streams too, read for a pod when
    its lines come in Azure's columns: those naming it, not another app's pod."""
    pod = {"PodNamespace": "pids", "PodName": "pids-renderer-4gckms7qn7-zdvxt",
           "ContainerName": "pids-renderer", "Computer": "aks-render-vmss000006"}
    table = {"Table": "KubeEvents", "ClusterName": "aks-transit", "Namespace": "pids"}

    def event(kind: str, name: str, reason: str, message: str) -> str:
        return json.dumps({"ObjectKind": kind, "Namespace": "pids", "Name": name,
                           "Reason": reason, "Message": message, "KubeEventType": "Warning"})

    oom = "Memory cgroup out of memory: Killed process 8801 (chrome)"
    lines = [
        _rec(0, pod, '{"level":30,"msg":"render cycle"}'),
        _rec(1, table, event("Node", "aks-render-vmss000006", "OOMKilling", oom)),
        _rec(2, table, event("Pod", "pids-renderer-4gckms7qn7-zdvxt", "BackOff",
                             "Back-off restarting failed container pids-renderer")),
        _rec(3, table, event("Node", "aks-render-vmss000009", "OOMKilling", oom)),
        _rec(4, table, event("Pod", "pids-gateway-6d5f7c9b8-abcde", "BackOff",
                             "Back-off restarting failed container pids-gateway")),
        _rec(5, table, event("Node", "aks-render-vmss000006", "RegisteredNode",
                             "Node aks-render-vmss000006 event: Registered Node")),
        _rec(6, EXPORTER, '{"reason":"SystemOOM","involvedObject":{"kind":"Node","name":'
                          '"aks-render-vmss000006"},"message":"System OOM encountered, '
                          'victim process: chrome, pid: 9647","type":"Warning"}'),
    ]
    source = MemorySource.from_entries([{"ts": r.ts, "labels": r.labels, "line": r.line}
                                        for r in lines])
    sel = _scope(namespace="pids", pod="pids-renderer-4gckms7qn7-zdvxt")
    merged = await with_related(source, sel, [r async for r in source.query(sel)])
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9, 6 * 10**9]


async def test_a_callers_window_brings_the_trouble_events_about_its_callees_node():
    """A caller refused by a database whose process the kernel killed for memory: the
    related round brings the database's pods, and then the trouble events about the node
    they run on (an exporter writing ``kubectl get events``'s columns, the object
    ``node/port-w3``, filed under ``default``), not the routine ones, nor another node's."""
    exporter = {"job": "kubernetes-events", "app": "kubernetes-events"}
    db = {"namespace": "cranes", "app": "crane-clickhouse", "pod": "crane-clickhouse-0",
          "container": "clickhouse", "node": "port-w3"}
    caller = {"namespace": "cranes", "app": "crane-reports",
              "pod": "crane-reports-6b9d8c7f5-h7q2x", "container": "crane-reports",
              "node": "port-w1"}
    oom = ("Memory cgroup out of memory: Killed process 29114 (clickhouse-serv) "
           "total-vm:14680064kB, anon-rss:8371204kB")
    lines = [
        _rec(0, db, "<Information> Application: Ready for connections."),
        _rec(1, {**exporter, "namespace": "default", "node": "port-w3"},
             f"Warning  OOMKilling  node/port-w3  {oom}"),
        _rec(2, caller, "F, [2026-02-26T07:40:33.118179 #1] FATAL -- : Errno::ECONNREFUSED "
                        "(Failed to open TCP connection to crane-clickhouse:8123 "
                        "(Connection refused - connect(2) for \"crane-clickhouse\" port 8123))"),
        _rec(3, {**exporter, "namespace": "cranes", "pod": "crane-reports-6b9d8c7f5-h7q2x"},
             "Normal  Started  pod/crane-reports-6b9d8c7f5-h7q2x  Started container "
             "crane-reports"),
        _rec(4, {**exporter, "namespace": "default", "node": "port-w3"},
             "Normal  RegisteredNode  node/port-w3  Node port-w3 event: Registered Node"),
        _rec(5, {**exporter, "namespace": "default", "node": "port-w5"},
             f"Warning  OOMKilling  node/port-w5  {oom}"),
    ]
    merged = await _with_related(lines, _scope(namespace="cranes", app="crane-reports"))
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9, 3 * 10**9]


async def test_a_callers_window_brings_the_troubled_kernel_lines_of_its_callees_node():
    """A caller refused by a server that segfaults: the related round brings the server's
    pods, and then the troubled lines of the node they run on (its kernel's journal: the
    process's segfault), not its routine ones, nor another node's trouble."""
    kernel = {"job": "systemd-journal", "unit": "kernel", "app": "kernel"}
    opt = {"namespace": "berths", "app": "berth-optimizer", "container": "berth-optimizer",
           "pod": "berth-optimizer-84c6d9b7f-zt5qw", "node": "port-w2"}
    caller = {"namespace": "berths", "app": "berth-scheduler", "container": "berth-scheduler",
              "pod": "berth-scheduler-6d8b7c5f9-w2ntx", "node": "port-w1"}
    lines = [
        _rec(0, opt, "INFO  berth-optimizer 2.3.1 listening on 0.0.0.0:8848"),
        _rec(1, {**kernel, "node": "port-w2"},
             "[1173269.431455] berth-optimizer[3123]: segfault at 18 ip 000055d1c2f4a1b3 sp "
             "00007f2a1bffe7c0 error 4 in berth-optimizer[55d1c2e00000+3a0000]"),
        _rec(2, caller, "WARN  [berth.scheduler.optimizer] - optimizer call failed: "
                        "java.net.ConnectException: Connection refused "
                        "(berth-optimizer.berths.svc:8848)"),
        _rec(3, {**kernel, "node": "port-w2"}, "[1173270.1] eth0: link becomes ready"),
        _rec(4, {**kernel, "node": "port-w5"}, "[1173271.2] I/O error, dev sdc, sector 88"),
    ]
    merged = await _with_related(lines, _scope(namespace="berths", app="berth-scheduler"))
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9]


async def test_a_scope_of_no_one_namespace_reads_no_node_as_its_dependencies_home():
    """A node's wider window (no namespace): the host streams the wider round brings are
    not a dependency's pods, so their nodes' events (a ready-again node) stay out."""
    exporter = {"job": "kubernetes-events", "app": "kubernetes-events", "namespace": "default"}
    kernel = {"job": "systemd-journal", "unit": "kernel", "app": "kernel"}
    lines = [
        _rec(0, {**kernel, "node": "port-w1"}, "[1173269.4] eth0: link becomes ready"),
        _rec(1, {**kernel, "node": "port-w5"}, "[1173271.2] I/O error, dev sdc, sector 88"),
        _rec(2, {**exporter, "node": "port-w2"},
             "Normal  NodeReady  node/port-w5  Node port-w5 status is now: NodeReady"),
    ]
    source = MemorySource(lines)
    sel = _scope(node="port-w1")
    merged = await with_related(source, sel, [r async for r in source.query(sel)], wider=True)
    assert [r.ts - T0 for r in merged] == [0, 10**9]


async def test_an_ingress_proxy_that_failed_on_the_scopes_router_brings_its_own_errors():
    """Traefik failing to dial a Service of the scope's namespace (its error line names the
    router): that pod's own errors come too, which name no namespace (out of descriptors),
    not its routine lines, nor the errors of a proxy pod that never failed on the scope."""
    proxy = {"namespace": "traefik", "container": "traefik", "node": "bm-node-1",
             "pod": "traefik-8wzrwd6n8c-52rk8"}
    other = {**proxy, "pod": "traefik-8wzrwd6n8c-x9q2m"}
    app = {"namespace": "bookmobile", "app": "catalog-search", "container": "catalog-search",
           "pod": "catalog-search-7d9f8-abcde", "node": "bm-node-2"}
    emfile = ('time="2026-03-25T17:46:01Z" level=error msg="http: Accept error: accept tcp '
              '[::]:8443: accept4: too many open files; retrying in 5ms"')
    lines = [
        _rec(0, app, '{"level":"INFO","msg":"sse clients","connected":719}'),
        _rec(1, proxy, emfile),
        _rec(2, proxy, 'time="2026-03-25T17:46:19Z" level=error msg="Error while dialing '
                       'backend" error="dial tcp 10.42.2.31:8000: socket: too many open files" '
                       'routerName=bookmobile-catalog-search@kubernetescrd'),
        _rec(3, proxy, 'time="2026-03-25T17:46:20Z" level=info msg="Configuration loaded"'),
        _rec(4, other, emfile),
    ]
    merged = await _with_related(lines, _scope(namespace="bookmobile"))
    assert [r.ts - T0 for r in merged] == [0, 10**9, 2 * 10**9]


def test_a_failing_proxy_is_one_whose_error_names_the_namespace():
    """An ingress pod's error naming the scope's router, not one naming another's, nor its
    access line's 5xx alone, nor an error line of a pod outside the ingress namespaces."""
    proxy = {"namespace": "ingress-nginx", "container": "controller", "pod": "nginx-a"}
    assert failing_proxies([
        _rec(0, proxy, "[error] 31#31: *9 connect() failed (111: Connection refused) while "
                       'connecting to upstream, upstream: "http://10.0.0.7:80", host: "x", '
                       "ingress: namespace=shop"),
        _rec(1, {**proxy, "pod": "nginx-b"}, "[error] connect() failed, namespace=payroll"),
        _rec(2, {**proxy, "pod": "nginx-c"}, '"GET / HTTP/1.1" 503 0 [shop-cart-8080] []'),
        _rec(3, {**proxy, "namespace": "monitoring", "pod": "prom-0"},
             "level=error msg=failed namespace=shop"),
    ], "shop") == {("ingress-nginx", "nginx-a")}


async def test_a_replica_lost_brings_every_nodes_disk_errors():
    """Longhorn says a volume's replica failed (the manager logs its own node, not the
    replica's): which node's disk failed is any node's to say, so the disk errors of every
    host stream come in (a SCSI medium error, an I/O error), not a host's other troubles;
    with no replica lost, none."""
    manager = {"namespace": "longhorn-system", "app": "longhorn-manager",
               "pod": "longhorn-manager-x8k2p", "node": "port-w3"}
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "port-w4"}
    lost = _rec(5, manager, 'level=warning msg="Replica pvc-3f2a9c1e-7b4d-4e8a-9c61-'
                            '0d2f5b8a7e13-r-6b1e8f20 of volume pvc-3f2a9c1e-7b4d-4e8a-9c61-'
                            '0d2f5b8a7e13 is failed" node=port-w3')
    routine = _rec(6, manager, 'level=info msg="Replica rebuilding started"')
    lines = [_rec(0, kernel, "[3857751.403736] sd 2:0:0:0: [sdb] tag#18 Sense Key : Medium "
                             "Error [current]"),
             _rec(1, kernel, "[3857751.404323] I/O error, dev sdb, sector 419430912 op "
                             "0x1:(WRITE)"),
             _rec(2, {**kernel, "node": "port-w1"}, "[3857752.1] eth0: Link is Down"),
             lost, routine]
    sel = _scope(namespace="longhorn-system", app="longhorn-manager")
    assert _secs(await _with_related(lines, sel)) == [0, 1, 5, 6]
    assert _secs(await _with_related([*lines[:3], routine], sel)) == [6]


def test_down_nodes_reads_the_object_column_of_kubectl_get_events():
    """``node/<name>`` in ``kubectl get events``'s object column names the node, whether
    the exporter separates the columns with spaces or a colon follows the name."""
    from retrieval.related import down_nodes

    lines = [_rec(0, {"job": "kubernetes-events"},
                  "Normal  NodeNotReady  node/ski-w3  Node ski-w3 status is now: NodeNotReady"),
             _rec(1, {"job": "kubernetes-events"},
                  "Normal NodeNotReady node/bm-upf-02: Node bm-upf-02 status is now: "
                  "NodeNotReady"),
             _rec(2, {"job": "kubernetes-events"},
                  "Normal  Started  pod/ski-w3-agent  Started container agent")]
    assert down_nodes(lines) == {"ski-w3", "bm-upf-02"}


async def test_a_datadog_window_brings_an_exporters_json_events_known_by_its_service():
    """The Datadog Agent names a stream's service (``service``: its app); events forwarded
    as Datadog's event JSON (title, text, object) under a service named like an exporter's
    job (``kube-events``) come in for an app whose pods they name, read as events about
    those pods; another app's do not."""
    from analyzer.engine.owners import event_object

    def dd(**labels: str) -> dict[str, str]:
        return {"kube_cluster_name": "doks-loc", "kube_namespace": "tm", **labels}

    def event(pod: str) -> str:
        return json.dumps({"title": f"Events from the Pod tm/{pod}", "text": (
            "1 Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 404"),
            "alert_type": "warning", "event_object": f"pod/{pod}"})

    search = dd(source="java", service="tm-search", pod_name="tm-search-r7qvmmqcl2-tzrhs",
                kube_container_name="tm-search", host="pool-loc-8nqw1")
    events = dd(source="kubernetes", service="kube-events")
    source = MemorySource.from_entries([
        {"ts": T0, "labels": search, "line": "tm-search 3.0.0 started in 2.755s"},
        {"ts": T0 + 1, "labels": events, "line": event("tm-search-r7qvmmqcl2-tzrhs")},
        {"ts": T0 + 2, "labels": events, "line": event("tm-import-6b8f9c7d5-x2k9p")}])
    sel = _scope(namespace="tm", app="tm-search")
    merged = await with_related(source, sel, [r async for r in source.query(sel)])
    assert [r.ts - T0 for r in merged] == [0, 1]
    assert event_object(merged[1].line) == ("Pod", "tm-search-r7qvmmqcl2-tzrhs")


async def test_a_node_back_ready_comes_in_with_its_going_down():
    """The scope's pod runs on a node whose kubelet says it went NotReady and, 15 seconds
    later, NodeReady, with the Node events of both: the lines that it is back come in with
    those that it went down (how long it was out decides how bad it was). Its routine
    kubelet lines do not."""
    node = "aks-general-38271645-vmss000002"
    pod = {"namespace": "fleet", "pod": "reefer-fleet-api-7mn2b2598k-6nzt7",
           "app": "reefer-fleet-api", "node": node}
    kubelet = {"node": node, "unit": "kubelet.service"}
    events = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    records = [
        _rec(0, pod, '{"level":"info","msg":"request","status":200}'),
        _rec(1, kubelet, 'I1119 11:54:03.364529    1432 kubelet_node_status.go:679] "Recording '
                         f'event message for node" node="{node}" event="NodeNotReady"'),
        _rec(2, events, f"type=Normal reason=NodeNotReady kind=Node name={node} "
                        f'msg="Node {node} status is now: NodeNotReady"'),
        _rec(9, kubelet, 'I1119 11:54:10.111111    1432 kubelet_pods.go:1001] "Clean up '
                         'orphaned pod directories"'),
        _rec(17, kubelet, 'I1119 11:54:18.664229    1432 kubelet_node_status.go:679] "Recording '
                          f'event message for node" node="{node}" event="NodeReady"'),
        _rec(18, events, f"type=Normal reason=NodeReady kind=Node name={node} "
                         f'msg="Node {node} status is now: NodeReady"')]
    merged = await _with_related(records, _scope(namespace="fleet"))
    assert [r.ts - T0 for r in merged] == [s * 10**9 for s in (0, 1, 2, 17, 18)]


async def test_a_down_node_brings_the_controllers_lines_that_name_it():
    """A node that an event says went NotReady: Karpenter's lines (in its own namespace)
    that name it come in, whether it was being replaced on purpose; its lines about another
    node do not, and with no node down none of them do (the event that the node is ready
    does: ``test_a_node_back_ready_comes_in_with_its_going_down``)."""
    karpenter = {"namespace": "kube-system", "pod": "karpenter-g98fghrgq-kfdzc",
                 "container": "controller"}
    pod = {"namespace": "production", "pod": "rip-dispatcher-kfbzxbxls-6mp27",
           "app": "rip-dispatcher", "node": "ip-10-8-152-194.eu-west-1.compute.internal"}

    def window(reason: str) -> list[LogRecord]:
        return [
            _rec(0, karpenter, '{"message":"disrupting nodeclaim(s) via replace, terminating 1 '
                               'nodes (4 pods) ip-10-8-152-194.eu-west-1.compute.internal/i-02b"}'),
            _rec(1, karpenter, '{"message":"tainted node","Node":{"name":"ip-10-3-174-28.eu-west'
                               '-1.compute.internal"}}'),
            _rec(2, pod, '{"level":"info","msg":"received SIGTERM, finishing in-flight job"}'),
            _rec(3, EXPORTER, '{"reason":"' + reason + '","involvedObject":{"kind":"Node","name":'
                              '"ip-10-8-152-194.eu-west-1.compute.internal"},"type":"Normal"}')]

    merged = await _with_related(window("NodeNotReady"), _scope(namespace="production"))
    assert [r.ts - T0 for r in merged] == [0, 2 * 10**9, 3 * 10**9]
    merged = await _with_related(window("NodeReady"), _scope(namespace="production"))
    assert [r.ts - T0 for r in merged] == [2 * 10**9, 3 * 10**9]


async def test_a_down_node_brings_the_machine_config_operators_lines_that_name_it():
    """OpenShift's machine-config operator drains and reboots nodes for an update: a node
    that went NotReady brings its drain controller's lines that name it."""
    mco = {"namespace": "openshift-machine-config-operator", "node": "ocp-m02",
           "pod": "machine-config-controller-7b9d8c6f5d-x2k9p"}
    pod = {"namespace": "lme-portal", "pod": "public-portal-6f8b9d7c5d-wr4pl",
           "node": "ocp-w04.lme.internal"}
    window = [
        _rec(0, mco, "I0909 22:09:40.300077       1 drain_controller.go:182] node "
                     "ocp-w01.lme.internal: cordoning"),
        _rec(2, pod, "[INFO] Handling signal: term"),
        _rec(3, {"namespace": "lme-portal", "job": "kube-events"},
             "type=Normal reason=NodeNotReady object=Node/default/ocp-w01.lme.internal "
             'msg="Node ocp-w01.lme.internal status is now: NodeNotReady"')]
    merged = await _with_related(window, _scope(namespace="lme-portal"))
    assert [r.ts - T0 for r in merged] == [0, 2 * 10**9, 3 * 10**9]


async def test_a_certificate_a_client_cannot_verify_brings_its_namespaces_refusing_server():
    """license-activation's gRPC call fails verifying a certificate and names no server;
    entitlement-store, in the same namespace, notes that its clients refuse its certificate
    ("http: TLS handshake error from …: remote error: tls: bad certificate"): fetched. Its
    other lines, and a server in another namespace, are not."""
    client = {"namespace": "licensing", "pod": "license-activation-6f7c9d8b5-2xk8p",
              "container": "activation", "app": "license-activation"}
    server = {"namespace": "licensing", "pod": "entitlement-store-5d8f7c6b4-m5r7t",
              "container": "entitlement-store", "app": "entitlement-store"}
    other = {"namespace": "fonts", "pod": "webfont-origin-7b9c8d6f5-k2x8q",
             "container": "origin", "app": "webfont-origin"}
    refused = ("2026/06/01 00:21:20 http: TLS handshake error from 10.128.7.57:51479: remote "
               "error: tls: bad certificate")
    lines = [_rec(0, client, '{"level":"error","msg":"entitlement lookup failed","error":"rpc '
                             "error: code = Unavailable desc = connection error: desc = "
                             '\\"transport: authentication handshake failed: tls: failed to '
                             "verify certificate: x509: certificate has expired or is not yet "
                             'valid\\""}'),
             _rec(1, server, refused),
             _rec(2, server, "2026/06/01 00:21:40 entitlements: cache refresh done"),
             _rec(3, other, refused)]
    sel = _scope(namespace="licensing", app="license-activation")
    merged = await _with_related(lines, sel)
    assert [r.ts for r in merged] == [T0, T0 + 10**9]
    calm = [_rec(0, client, '{"level":"info","msg":"entitlement lookup done"}'), *lines[1:]]
    assert [r.ts for r in await _with_related(calm, sel)] == [T0]
