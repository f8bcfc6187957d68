"""Failures that an operator's planned maintenance explains.

HAProxy says when an operator puts a server into maintenance ("Server be_feeds/feeds-2 is
going DOWN for maintenance.", set from the runtime API or a drain script) and when it
leaves it ("Server be_feeds/feeds-2 is UP/READY (leaving forced maintenance)"). A health
check of that server failing in between is the work the server was drained for (its
process stopped, its node rebooted), not an outage: ``drained_checks`` finds such lines.
(The maintenance HAProxy enters by itself when a server's name stops resolving, "going
DOWN for maintenance (DNS timeout status)", is no operator's: a failure of its own.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .signals import LineSignals

_DRAINED = re.compile(r"\bServer (?P<s>[\w.\-]+/[\w.\-]+) is going DOWN for maintenance\.")
_BACK = re.compile(r"\bServer (?P<s>[\w.\-]+/[\w.\-]+) is UP\b")
_CHECKED = re.compile(r"\b(?:Health|Agent) check for (?:backup )?server (?P<s>[\w.\-]+/[\w.\-]+) "
                      r"failed\b|\bServer (?P<t>[\w.\-]+/[\w.\-]+) is DOWN\b")
SCAN = 400  # characters of a line read for its news of a server
_OPEN = 2**63  # the end of a maintenance that no line ended


def server_news(text: str) -> tuple[str, str] | None:
    """``(news, server)`` when the line is a load balancer's about one of its servers:
    ``"drained"`` (an operator put it into maintenance), ``"up"``, or ``"failed"`` (its
    health check failed, or it is down)."""
    head = text[:SCAN]
    for news, rx in (("drained", _DRAINED), ("up", _BACK), ("failed", _CHECKED)):
        if (m := rx.search(head)) is not None:
            return news, next(v for v in m.groupdict().values() if v)
    return None


def drained_checks(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of the lines of a load balancer (its workload) reporting a server's health
    check failed, or the server down, after the same workload said an operator put that
    server into maintenance and before it said the server was up again."""
    spans: dict[tuple[str, str], list[list[int]]] = {}  # (workload, server) -> [from, to]
    for line in sorted(lines, key=lambda ln: ln.ts):
        if line.server_news is None:
            continue
        news, server = line.server_news
        held = spans.setdefault((line.workload, server), [])
        if news == "drained":
            held.append([line.ts, _OPEN])
        elif news == "up" and held and held[-1][1] == _OPEN:
            held[-1][1] = line.ts
    out: set[int] = set()
    for line in lines:
        if line.server_news is None or line.server_news[0] != "failed":
            continue
        held = spans.get((line.workload, line.server_news[1]), [])
        if held and all(any(start < ts < end for start, end in held) for ts in line.times):
            out.add(line.index)
    return out
