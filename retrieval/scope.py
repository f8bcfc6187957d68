"""The scope's own records, asked the way an operator means an ``app`` or ``node`` selector.

``app=orders-api`` names a workload. Many clusters never put an ``app`` label on its streams
(charts label ``app.kubernetes.io/name``, and a Promtail or Alloy pipeline keeps whichever it
was told to), so the query finds nothing though the pods log plenty. When an app-scoped query
returns no line and names no pod, it is asked again by the pods' names: the workload's pods
are ``<app>-<hash>-<id>`` (Deployment), ``<app>-<n>`` (StatefulSet) or ``<app>-<id>``
(DaemonSet, Job), and nothing longer (``orders-api-worker-…`` is another workload). When
those find none either, it is asked as the container's name (charts name the container after
the app: ``coredns``), then as a run of the pod name's parts anywhere in it: a Helm release
or an operator puts words around the workload's name (RKE2's
``rke2-coredns-rke2-coredns-<hash>-<id>``, a Crunchy Postgres ``cms-db-instance1-5xgh-0``).

``node=worker-3`` names a machine, but only Promtail's and Alloy's Kubernetes discovery label
its streams ``node``: a host's own journal, syslog or kernel streams name it ``host``,
``hostname``, ``node_name``, ``host_name`` (the OpenTelemetry Collector's ``host.name``) or
``instance`` (Grafana's journal configurations). When a node-scoped query returns no line and
names no pod, it is asked again by each of those labels (``NODE_LABELS``). A host's own
streams carry no namespace, so ``namespace=payments, node=pg-pay-01`` (the namespace's
workloads and the database host outside the cluster they use) finds nothing either way; when
the node's streams, asked without the namespace, have lines, the scope is both: the host's
lines and the namespace's (``host_beside_namespace``).

Off Kubernetes, ``app=channel-sync`` names a host's service: a Docker container's Compose
service or project, its Swarm service or stack (the Loki Docker driver's labels), a systemd
unit (``unit``, ``systemd_unit`` or the journal's own ``_SYSTEMD_UNIT``:
``channel-sync.service``). When nothing else found a line and the request names no
namespace or pod, the app is asked by each of those labels (``SERVICE_LABELS``), on the node
as each label that has lines for it names it (``node=pms-vm-01`` is the Docker driver's
``host``, the journal's ``_HOSTNAME``).
"""

from __future__ import annotations

import asyncio
import re

from .labels import NODE_LABELS
from .records import Identity, LogRecord, add_unseen
from .selector import LabelMatcher, Regex, Selector
from .source import LogSource

#: the pods of workload ``{app}`` (regex-escaped): one or two name parts after it
PODS_OF_APP = r"{app}(?:-[a-z0-9]+){{1,2}}"
#: the pods whose name holds workload ``{app}`` (regex-escaped) as a run of its parts
PODS_NAMING_APP = r"(?:[a-z0-9]+-)*{app}(?:-[a-z0-9]+)+"
#: the labels a host's own service is named by, and how each spells app ``{app}``
SERVICE_LABELS = (("compose_service", "{app}"), ("compose_project", "{app}"),
                  ("swarm_service", "{app}"), ("swarm_stack", "{app}"),
                  ("unit", "{app}.service"), ("systemd_unit", "{app}.service"),
                  ("_SYSTEMD_UNIT", "{app}.service"))
SERVICE_LABEL_NAMES = frozenset(name for name, _ in SERVICE_LABELS)


def _plain_app(selector: Selector) -> str | None:
    """The app ``selector`` names as a plain value when it names no pod (a pod asked for
    is found as it is, whatever its app)."""
    app = selector.app
    return app if isinstance(app, str) and app and selector.pod is None else None


def by_pod_name(selector: Selector) -> Selector | None:
    """``selector`` with its plain ``app`` turned into a match on its pods' names (None when
    it names no plain app or already names a pod)."""
    app = _plain_app(selector)
    if app is None:
        return None
    return selector.model_copy(update={
        "app": None, "pod": Regex(regex=PODS_OF_APP.format(app=re.escape(app)))})


def by_container_or_pod_part(selector: Selector) -> list[Selector]:
    """``selector`` with its plain ``app`` asked as its container's name, then as a run of
    its pods' name parts (``PODS_NAMING_APP``; none when it names no plain app, or names a
    pod or container)."""
    app = _plain_app(selector)
    if app is None or selector.container is not None:
        return []
    return [selector.model_copy(update={"app": None, "container": app}),
            selector.model_copy(update={"app": None, "pod": Regex(
                regex=PODS_NAMING_APP.format(app=re.escape(app)))})]


def by_node_labels(selector: Selector) -> list[Selector]:
    """``selector`` with its plain ``node`` asked by each other label a host's streams name
    their node with (none when it names no plain node or names a pod)."""
    node = selector.node
    if not isinstance(node, str) or not node or selector.pod is not None:
        return []
    return [selector.model_copy(update={
        "node": None, "labels": [*selector.labels, LabelMatcher(name=name, op="=", value=node)]})
        for name in NODE_LABELS if name != "node"]


def host_beside_namespace(selector: Selector) -> list[Selector]:
    """``selector``'s plain node asked by each node label on the streams that carry no
    namespace (a host's own), then its namespace with the node left out (none when it names
    no namespace and plain node, or names a pod)."""
    node = selector.node
    if (not isinstance(node, str) or not node or selector.namespace is None
            or selector.pod is not None):
        return []
    outside = LabelMatcher(name="namespace", op="=", value="")  # Loki: the label is absent
    hosts = [selector.model_copy(update={"namespace": None, "node": None, "labels": [
        *selector.labels, LabelMatcher(name=name, op="=", value=node), outside]})
        for name in NODE_LABELS]
    return [*hosts, selector.model_copy(update={"node": None})]


def by_service_labels(selector: Selector, node_label: str | None = None) -> list[Selector]:
    """``selector`` with its plain ``app`` asked by each label a host's service is named with
    (``SERVICE_LABELS``; none when it names no plain app, or names a namespace or pod); with
    ``node_label``, its plain node asked by that label."""
    app = _plain_app(selector)
    if app is None or selector.namespace is not None:
        return []
    node = selector.node
    moved = ([LabelMatcher(name=node_label, op="=", value=node)]
             if node_label not in (None, "node") and isinstance(node, str) else [])
    update = {"app": None, "node": None} if moved else {"app": None}
    return [selector.model_copy(update={**update, "labels": [
        *selector.labels, *moved, LabelMatcher(name=name, op="=", value=spelled.format(app=app))]})
        for name, spelled in SERVICE_LABELS]


async def query_scope(source: LogSource, selector: Selector, *, now_ns: int | None = None
                      ) -> tuple[list[LogRecord], Selector]:
    """The records ``selector`` finds, and the selector that found them; when it finds none,
    the first of these that finds some: its app's pods by name; its app as a container's
    name, then as a run of its pods' name parts; its node by each other node
    label; its app by each service label (on its node as each node label with lines names
    it). Where several queries are asked at once, their lines are merged (each once, oldest
    first) and the selector's ``limit`` of them kept from its end: the newest going
    backward, the oldest forward; the selector is the first that found lines."""

    async def fetch(sel: Selector) -> list[LogRecord]:
        return [r async for r in source.query(sel, now_ns=now_ns)]

    async def merged(asked: list[Selector]) -> tuple[list[LogRecord], Selector]:
        found = await asyncio.gather(*(fetch(sel) for sel in asked))
        records: list[LogRecord] = []
        seen: set[Identity] = set()
        for recs in found:  # a stream labelled both host and hostname: once
            add_unseen(records, seen, recs)
        records.sort(key=lambda r: r.ts)
        if len(records) > selector.limit:  # each query had the limit: the selector's
            records = (records[-selector.limit:] if selector.direction == "backward"
                       else records[:selector.limit])
        by = next((sel for sel, recs in zip(asked, found, strict=True) if recs), selector)
        return records, by

    records = await fetch(selector)
    if records:
        return records, selector
    fallback = by_pod_name(selector)
    if fallback is not None and (records := await fetch(fallback)):
        return records, fallback
    for fallback in by_container_or_pod_part(selector):
        if records := await fetch(fallback):
            return records, fallback
    records, by = await merged(by_node_labels(selector))
    if not records and (beside := host_beside_namespace(selector)):
        both, found_by = await merged(beside)
        if any(found_by is host for host in beside[:-1]):  # the host wrote: both are read
            return both, found_by
    if records or not (services := by_service_labels(selector)):
        return records, by
    if isinstance(selector.node, str) and selector.node:
        # which labels name the node: asked for one line each, the app left out
        bare = selector.model_copy(update={"app": None, "limit": 1})
        probes = [bare, *by_node_labels(bare)]
        found = await asyncio.gather(*(fetch(sel) for sel in probes))
        names = ["node", *(sel.labels[-1].name for sel in probes[1:])]
        services = [sel for name, recs in zip(names, found, strict=True) if recs
                    for sel in by_service_labels(selector, node_label=name)]
    return await merged(services) if services else (records, by)
