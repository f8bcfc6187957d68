"""Hybrid retrieval: a broad prefilter from the source joined with a semantic search of the
question over the template index, fused by reciprocal rank.

1. **Prefilter**: the request's selector without the default error/warn line filter, up to
   ``PREFILTER_LIMIT`` lines (newest first), normalized.
2. **Semantic search**: the question is embedded and searched over the template vectors
   (``retrieval.indexer``) with a metadata ``where`` on namespace, container and time
   (``where_for``).
3. **Join**: each prefiltered line is mapped to its template's vector id (the index's miner,
   ``match`` only: nothing is learned at query time); selected templates with no line in the
   prefilter are **expanded** back to concrete lines from the source (``expansion_selector``).
4. **Fuse** (``fuse``): the candidate templates are ranked three ways — semantic rank,
   recency (newest line), severity (strongest level) — and merged by weighted reciprocal-rank
   fusion (``rrf``, Cormack et al., SIGIR 2009); lines follow their template's rank, newest
   first. The resulting record ranking goes to the same ``pack`` as the baseline.

Everything here but ``expand`` is pure and synchronous.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .indexer import mining_text, vector_id
from .records import LogRecord
from .selector import LineFilter, Selector
from .templates import WILDCARD, TemplateMiner
from .vectorstore import Hit

PREFILTER_LIMIT = 1000
TOP_K = 20
EXPAND_PER_TEMPLATE = 5
EXPAND_TEMPLATES = 8
RRF_K = 60
#: Semantic rank leads. With k=60 one step down a ranking costs ~1/k^2, and recency spreads
#: over every candidate while severity has few distinct levels: severity weighs 4x recency so
#: that an ERROR beats a slightly newer INFO, while a much older ERROR loses to fresh WARNs.
WEIGHTS = {"semantic": 1.0, "severity": 0.6, "recency": 0.15}

K = TypeVar("K", bound=Hashable)


def rrf(rankings: Mapping[str, Sequence[K]], *, k: int = RRF_K,
        weights: Mapping[str, float] | None = None) -> list[tuple[K, float]]:
    """Weighted reciprocal-rank fusion: ``score(x) = sum_r w_r / (k + rank_r(x))`` with ranks
    from 1, over the rankings that hold ``x``. Best first; ties keep first appearance."""
    scores: dict[K, float] = {}
    for name, ranking in rankings.items():
        w = 1.0 if weights is None else weights.get(name, 0.0)
        for rank, item in enumerate(ranking, 1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def where_for(selector: Selector, start_ns: int, end_ns: int) -> dict[str, Any]:
    """The Chroma ``where`` of a request: templates seen in the window, in the namespace and
    container when the selector names them exactly (regexes are checked on the lines)."""
    clauses: list[dict[str, Any]] = [{"last_seen": {"$gte": start_ns}},
                                     {"first_seen": {"$lt": end_ns}}]
    for name in ("namespace", "container"):
        value = getattr(selector, name)
        if isinstance(value, str):
            clauses.append({name: value})
    return {"$and": clauses}


def record_key(record: LogRecord, miner: TemplateMiner) -> str:
    """The vector id of a normalized record's template; ``line:<text>`` if none fits."""
    text = mining_text(record)
    found = miner.match(text)
    if found is None:
        return f"line:{text}"
    return vector_id(miner.resolve(found.template_id), record.labels.get("namespace", ""),
                     record.labels.get("container", ""))


@dataclass(slots=True)
class Fused:
    ranking: list[int]                     # record indices, most wanted first
    keys: list[str]                        # candidate template keys, best first
    scores: dict[str, float] = field(default_factory=dict)
    semantic_hits: int = 0                 # candidates that came from the vector search


def fuse(records: Sequence[LogRecord], keys: Sequence[str], hits: Sequence[Hit], *,
         k: int = RRF_K, weights: Mapping[str, float] | None = None) -> Fused:
    """Rank ``records`` (with their template ``keys``) by RRF of semantic rank (``hits``
    order), recency and severity of their templates."""
    members: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        members.setdefault(key, []).append(i)
    for idx in members.values():
        idx.sort(key=lambda i: (-records[i].ts, i))
    semantic = [h.id for h in hits if h.id in members]
    newest = {key: records[idx[0]].ts for key, idx in members.items()}
    strongest = {key: max(records[i].level for i in idx) for key, idx in members.items()}
    recency = sorted(members, key=lambda key: -newest[key])
    severity = sorted(members, key=lambda key: (-strongest[key], -newest[key]))
    fused = rrf({"semantic": semantic, "severity": severity, "recency": recency}, k=k,
                weights=WEIGHTS if weights is None else weights)
    order = [key for key, _ in fused]
    return Fused(ranking=[i for key in order for i in members[key]], keys=order,
                 scores=dict(fused), semantic_hits=len(semantic))


def expansion_selector(selector: Selector, hit: Hit, limit: int = EXPAND_PER_TEMPLATE
                       ) -> Selector:
    """A selector for the lines of one template: the request's scope narrowed to the
    template's namespace and container, no default filter, and a ``|=`` filter on the
    template's longest constant run of words."""
    meta = hit.metadata
    template = str(meta.get("template") or hit.document)
    update: dict[str, Any] = {"default_filter": False, "limit": limit,
                              "direction": "backward"}
    for name in ("namespace", "container"):
        if meta.get(name):
            update[name] = str(meta[name])
    needle = longest_constant(template)
    if needle:
        update["filters"] = [*selector.filters, LineFilter(op="|=", value=needle)]
    return selector.model_copy(update=update)


def longest_constant(template: str) -> str:
    """The longest run of the template's text between wildcards (whole tokens only)."""
    runs: list[str] = []
    current: list[str] = []
    for token in template.split(" "):
        if WILDCARD in token:
            if current:
                runs.append(" ".join(current))
            current = []
        else:
            current.append(token)
    if current:
        runs.append(" ".join(current))
    return max(runs, key=len, default="")
