"""Failures that an operator's planned maintenance explains.

HAProxy says when an operator puts a server into maintenance ("Server be_feeds/feeds-2 is
going DOWN for maintenance.", set from the runtime API or a drain script) and when it
leaves it ("Server be_feeds/feeds-2 is UP/READY (leaving forced maintenance)"). A health
check of that server failing in between is the work the server was drained for (its
process stopped, its node rebooted), not an outage: ``drained_checks`` finds such lines.
(The maintenance HAProxy enters by itself when a server's name stops resolving, "going
DOWN for maintenance (DNS timeout status)", is no operator's: a failure of its own.)

An operator (Strimzi's, the RabbitMQ cluster operator's) restarts a cluster's members one
at a time: callers refused by one member, then by the next, never by two at once, lose
nothing the others do not serve: ``rolled_members`` finds such lines.
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


#: a member of a clustered server called by its own DNS name (a StatefulSet's pod under its
#: headless Service): ``land-events-kafka-2.land-events-kafka-brokers.kafka.svc``
_MEMBER = re.compile(r"(?<![\w.\-])(?P<set>[a-z0-9][a-z0-9\-]*?)-(?P<n>\d{1,3})"
                     r"\.[a-z0-9][a-z0-9\-]*\.[a-z0-9][a-z0-9\-]*\.svc\b")


#: what a member's callers see while it restarts: its port refuses them, a request in
#: flight to it as it went times out
_ROLLED = frozenset({"connection_refused", "timeout"})


def rolled_members(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of callers' lines refused by members of a clustered server (or timed out on
    a request in flight to one, ``_ROLLED``) one at a time, two members or more one after
    the other and never two at once: a rolling restart (a Kafka or RabbitMQ operator
    restarting its brokers in turn) that the other members absorbed. A member named by its
    own DNS name only: a Service's name says nothing of how many answer behind it."""
    spans: dict[str, dict[str, list[int]]] = {}  # set -> member -> [first, last]
    found: dict[str, list[int]] = {}
    for line in lines:
        if not any(h.sig.category in _ROLLED and h.sig.role == "cause" for h in line.hits):
            continue
        m = _MEMBER.search(line.message[:SCAN])
        if m is None:
            continue
        span = spans.setdefault(m.group("set"), {}).setdefault(
            m.group("n"), [line.ts, line.last_ts])
        span[0], span[1] = min(span[0], line.ts), max(span[1], line.last_ts)
        found.setdefault(m.group("set"), []).append(line.index)
    out: set[int] = set()
    for name, members in spans.items():
        ordered = sorted(members.values())
        if len(ordered) >= 2 and all(a[1] < b[0] for a, b in zip(ordered, ordered[1:],
                                                                  strict=False)):
            out.update(found[name])
    return out
