"""The scope's own records, asked the way an operator means an ``app`` selector.

``app=orders-api`` names a workload. Many clusters never put an ``app`` label on its streams
(charts label ``app.kubernetes.io/name``, and a Promtail or Alloy pipeline keeps whichever it
was told to), so the query finds nothing though the pods log plenty. When an app-scoped query
returns no line and names no pod, it is asked again by the pods' names: the workload's pods
are ``<app>-<hash>-<id>`` (Deployment), ``<app>-<n>`` (StatefulSet) or ``<app>-<id>``
(DaemonSet, Job), and nothing longer (``orders-api-worker-…`` is another workload).
"""

from __future__ import annotations

import re

from .records import LogRecord
from .selector import Regex, Selector
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


async def query_scope(source: LogSource, selector: Selector, *, now_ns: int | None = None
                      ) -> tuple[list[LogRecord], Selector]:
    """The records ``selector`` finds, and the selector that found them (its pods' names when
    ``app`` matched no stream)."""
    records = [r async for r in source.query(selector, now_ns=now_ns)]
    fallback = None if records else by_pod_name(selector)
    if fallback is None:
        return records, selector
    return [r async for r in source.query(fallback, now_ns=now_ns)], fallback
