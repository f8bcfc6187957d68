"""Related context: the lines about a scope that its own streams do not carry.

An operator who asks about namespace ``shop`` also reads two things Loki files elsewhere:

- **Kubernetes events about ``shop``**, when an exporter writes them from its own pod
  (kubernetes-event-exporter, eventrouter, ... in ``monitoring``): one query for the exporter
  streams (``EVENT_STREAMS``) outside the namespace, keeping the lines that name it as the
  event's namespace (JSON ``"namespace":"shop"`` or logfmt ``namespace=shop``);
- **the troubled lines of the nodes ``shop`` runs on**, from the hosts' own streams (journal,
  syslog, kernel: no ``namespace`` label): OOM kills, disk and I/O errors, kubelet and
  runtime failures (``NODE_TROUBLE``);
- **the cluster DNS's warnings and errors** (CoreDNS, kube-dns, NodeLocal DNSCache in
  ``kube-system``) when the scope's own lines show lookups failing (``DNS_TROUBLE``).

``related_selectors`` builds those queries from the scope's selector and the records its own
query returned; ``with_related`` runs them and merges their lines in (each line once, by time).
Only a selector that names a namespace as a plain value gets related context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .records import LogRecord
from .selector import LabelMatcher, LineFilter, Regex, Selector
from .source import LogSource

#: Streams that carry Kubernetes events written by an exporter (matched on ``container``).
EVENT_STREAMS = r"(?:kubernetes-)?event-?exporter|eventrouter|k8s-event-logger|kube-events?"
#: What a host stream says when a node is in trouble.
NODE_TROUBLE = (r"(?i)(error|fail|fatal|panic|oom|out of memory|killed process|no space|"
                r"i/o error|notready|evict|pressure|throttl|unhealthy|timed? ?out|refused)")
#: What a failing name lookup looks like in a client's line.
DNS_TROUBLE = re.compile(r"no such host|NXDOMAIN|SERVFAIL|server misbehaving|name resolution|"
                         r"EAI_AGAIN|ENOTFOUND|UnknownHostException|could not resolve|"
                         r"lookup \S+ on [\d.:\[\]]+:53|:53: i/o timeout", re.IGNORECASE)
DNS_STREAMS = r"coredns|kube-dns|node-local-dns|nodelocaldns|dnsmasq"
EVENT_LIMIT = 200
NODE_LIMIT = 100
DNS_LIMIT = 100


def related_selectors(selector: Selector, records: Iterable[LogRecord]) -> list[Selector]:
    """The extra queries for ``selector``'s scope (none without a plain namespace)."""
    ns = selector.namespace
    if not isinstance(ns, str) or not ns:
        return []
    window = {"start": selector.start, "end": selector.end, "default_filter": False,
              "direction": selector.direction}
    quoted = re.escape(ns)
    out = [Selector(
        container=Regex(regex=EVENT_STREAMS),
        labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
        filters=[LineFilter(op="|~", value=(rf'"namespace"\s*:\s*"{quoted}"'
                                            rf'|\bnamespace={quoted}\b'))],
        limit=EVENT_LIMIT, **window)]
    if ns != "kube-system" and any(DNS_TROUBLE.search(r.line[:2000]) for r in records):
        out.append(Selector(
            namespace="kube-system", container=Regex(regex=DNS_STREAMS),
            filters=[LineFilter(op="|~", value=r"(?i)(\berror|\bwarn|fail|timeout|refused|loop)")],
            limit=DNS_LIMIT, **window))
    nodes = sorted({r.labels["node"] for r in records if r.labels.get("node")})
    if nodes:
        out.append(Selector(
            node=Regex(regex="|".join(re.escape(n) for n in nodes)),
            labels=[LabelMatcher(name="namespace", op="=", value="")],
            filters=[LineFilter(op="|~", value=NODE_TROUBLE)],
            limit=NODE_LIMIT, **window))
    return out


async def with_related(source: LogSource, selector: Selector, records: list[LogRecord], *,
                       now_ns: int | None = None) -> list[LogRecord]:
    """``records`` plus the related context's lines, each line once, oldest first."""
    seen = {(r.ts, r.line, tuple(sorted(r.labels.items()))) for r in records}
    merged = list(records)
    for extra in related_selectors(selector, records):
        async for rec in source.query(extra, now_ns=now_ns):
            key = (rec.ts, rec.line, tuple(sorted(rec.labels.items())))
            if key not in seen:
                seen.add(key)
                merged.append(rec)
    merged.sort(key=lambda r: r.ts)
    return merged
