"""Per-stream template accounting: the id of a (template, namespace, container) vector, what
one batch of its lines adds up to, and the metadata it is stored with (merged with what the
store holds and with the vectors folded into it)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .records import Level, LogRecord
from .vectorstore import Metadata

MAX_PODS = 20

StreamKey = tuple[str, str, str]  # (template id, namespace, container)


def vector_id(template_id: str, namespace: str, container: str) -> str:
    key = f"{template_id}\x1f{namespace}\x1f{container}".encode()
    return hashlib.blake2b(key, digest_size=10).hexdigest()


@dataclass(slots=True)
class StreamAgg:
    """The lines of one batch for one (template, namespace, container)."""

    namespace: str
    container: str
    pods: dict[str, int] = field(default_factory=dict)  # pod -> latest ts
    node: str = ""
    app: str = ""
    level: int = 0
    times: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, namespace: str, container: str, records: list[LogRecord]) -> StreamAgg:
        """The aggregate of records in the order read: the node and app of the last one
        that says, the strongest level, the latest time of every pod, every time."""
        pods: dict[str, int] = {}
        node = ""
        for record in records:
            labels = record.labels
            pod = labels.get("pod", "")
            if pod:
                pods[pod] = max(pods.get(pod, 0), record.ts)
            node = labels.get("node", node)
        return cls(namespace, container, pods, node, records[-1].workload,
                   max(int(r.level) for r in records), [r.ts for r in records])

    def absorb(self, other: StreamAgg) -> None:
        """Add ``other`` (read after this one) to this aggregate; the app stays this one's."""
        for pod, ts in other.pods.items():
            self.pods[pod] = max(self.pods.get(pod, 0), ts)
        self.level = max(self.level, other.level)
        self.times.extend(other.times)
        self.node = other.node or self.node


def merge_snapshots(stored: Metadata | None, folded: list[Metadata]) -> Metadata | None:
    """The stored metadata of a vector with the metadata of vectors folded into it."""
    metas = ([stored] if stored else []) + folded
    if not metas:
        return None
    out = dict(metas[0])
    for m in metas[1:]:
        out["count"] = int(out.get("count", 0)) + int(m.get("count", 0))
        out["first_seen"] = min(int(out["first_seen"]), int(m["first_seen"]))
        out["last_seen"] = max(int(out["last_seen"]), int(m["last_seen"]))
        out["level"] = max(int(out.get("level", 0)), int(m.get("level", 0)))
        pods = set(str(out.get("pods", "")).split(",")) | set(str(m.get("pods", "")).split(","))
        out["pods"] = ",".join(sorted(p for p in pods if p)[:MAX_PODS])
    out["severity"] = Level(int(out.get("level", 0))).label
    return out


def stream_metadata(key: StreamKey, agg: StreamAgg, snap: Metadata | None,
                    text: str) -> Metadata:
    """The metadata of vector ``key`` once ``agg`` is added to ``snap`` (what the store holds
    with the folds, or ``None``): a line counts only when its time is outside the
    ``[first_seen, last_seen]`` already held."""
    tid, ns, container = key
    if snap is None:
        first, last, count, level = min(agg.times), max(agg.times), len(agg.times), agg.level
        pods: set[str] = set()
        pod, node = "", ""
    else:
        first, last = int(snap["first_seen"]), int(snap["last_seen"])
        fresh = [t for t in agg.times if t < first or t > last]  # not counted yet
        count = int(snap.get("count", 0)) + len(fresh)
        level = max(int(snap.get("level", 0)), agg.level)
        first, last = min([first, *fresh]), max([last, *fresh])
        pods = {p for p in str(snap.get("pods", "")).split(",") if p}
        pod, node = str(snap.get("pod", "")), str(snap.get("node", ""))
    latest = max(agg.pods.items(), key=lambda kv: kv[1])[0] if agg.pods else pod
    if snap is not None and agg.pods and max(agg.pods.values()) < int(snap["last_seen"]):
        latest = pod or latest
    pods |= set(agg.pods)
    return {"template_id": tid, "template": text, "namespace": ns, "container": container,
            "pod": latest, "pods": ",".join(sorted(pods)[:MAX_PODS]),
            "node": agg.node or node, "app": agg.app, "level": level,
            "severity": Level(level).label, "first_seen": first, "last_seen": last,
            "count": count}
