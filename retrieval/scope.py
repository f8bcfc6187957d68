"""The scope's own records, asked the way an operator means an ``app`` or ``node`` selector.

``app=orders-api`` names a workload. Many clusters never put an ``app`` label on its streams
(charts label ``app.kubernetes.io/name``, and a Promtail or Alloy pipeline keeps whichever it
was told to), so the query finds nothing though the pods log plenty. When an app-scoped query
returns no line and names no pod, it is asked again by the pods' names: the workload's pods
are ``<app>-<hash>-<id>`` (Deployment), ``<app>-<n>`` (StatefulSet) or ``<app>-<id>``
(DaemonSet, Job), and nothing longer (``orders-api-worker-…`` is another workload).

``node=worker-3`` names a machine, but only Promtail's and Alloy's Kubernetes discovery label
its streams ``node``: a host's own journal, syslog or kernel streams name it ``host``,
``hostname``, ``node_name``, ``host_name`` (the OpenTelemetry Collector's ``host.name``) or
``instance`` (Grafana's journal configurations). When a node-scoped query returns no line and
names no pod, it is asked again by each of those labels (``NODE_LABELS``).
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


def by_pod_name(selector: Selector) -> Selector | None:
    """``selector`` with its plain ``app`` turned into a match on its pods' names (None when
    it names no plain app or already names a pod)."""
    app = selector.app
    if not isinstance(app, str) or not app or selector.pod is not None:
        return None
    return selector.model_copy(update={
        "app": None, "pod": Regex(regex=PODS_OF_APP.format(app=re.escape(app)))})


def by_node_labels(selector: Selector) -> list[Selector]:
    """``selector`` with its plain ``node`` asked by each other label a host's streams name
    their node with (none when it names no plain node or names a pod)."""
    node = selector.node
    if not isinstance(node, str) or not node or selector.pod is not None:
        return []
    return [selector.model_copy(update={
        "node": None, "labels": [*selector.labels, LabelMatcher(name=name, op="=", value=node)]})
        for name in NODE_LABELS if name != "node"]


async def query_scope(source: LogSource, selector: Selector, *, now_ns: int | None = None
                      ) -> tuple[list[LogRecord], Selector]:
    """The records ``selector`` finds, and the selector that found them (its pods' names when
    ``app`` matched no stream; the first other node label that found lines when ``node``
    matched none, the others' lines merged in, oldest first, the selector's ``limit`` of them
    from its end: the newest going backward, the oldest forward)."""

    async def fetch(sel: Selector) -> list[LogRecord]:
        return [r async for r in source.query(sel, now_ns=now_ns)]

    records = await fetch(selector)
    if records:
        return records, selector
    fallback = by_pod_name(selector)
    if fallback is not None:
        return await fetch(fallback), fallback
    asked = by_node_labels(selector)
    found = await asyncio.gather(*(fetch(sel) for sel in asked))
    seen: set[Identity] = set()
    for recs in found:  # a stream labelled both host and hostname: once
        add_unseen(records, seen, recs)
    records.sort(key=lambda r: r.ts)
    if len(records) > selector.limit:  # each label's query had the limit: the selector's
        records = (records[-selector.limit:] if selector.direction == "backward"
                   else records[:selector.limit])
    by = next((sel for sel, recs in zip(asked, found, strict=True) if recs), selector)
    return records, by
