"""A streaming log-template miner: exact groups of masked messages, generalized by evidence.

How one message is placed (``TemplateMiner.add``):

1. **Mask** it (``masking.Masker``): every token run holding a digit, dates, paths, URLs
   and hex words become ``<*>``. Most variable parts of real logs end here.
2. **Look up** the masked token sequence in a dict of sequences already placed (the fast
   path: most lines of a real log repeat a known sequence).
3. **Match** the templates of the same length and first token, oldest first: a template
   matches when each of its constant tokens equals the message's token at that place.
4. Else **create** a cluster whose template is the masked message itself.

A constant token becomes ``<*>`` only on evidence, never because two messages look alike:
when ``min_variants`` clusters of one length differ from each other at exactly one place
(a *family*: ``Invalid user admin from <*>``, ``... user oracle ...``, ``... user test ...``)
they merge into one template with ``<*>`` there. Two or a few values at one place are more
often different events (``Transitioned from NEW to RUNNING`` / ``... to FAILED``, ``stored as
bytes`` / ``... values``) than a variable. The first token is never generalized (as in Drain,
a message's first word names its kind); a token that is a ``key=value`` field needs
``min_field_variants`` values, since named fields more often hold enumerations
(``state=RUNNING``, ``user=root``). Merges cascade: the merged template can join a family
at another place.

Ids: a cluster's id is ``"T"`` + the first 8 hex digits of the BLAKE2b hash of the template
it was created with (its first masked message), so the same first message gets the same id in
independent runs; a merged template keeps the id of its oldest member and the others become
aliases, so every id ever handed out still resolves (``resolve``). State is a plain dict
(``to_state`` / ``from_state``, see ``state.py``): templates and aliases, nothing derived.
``match`` never changes state. No I/O, no randomness: the same input in the same order gives
the same templates and ids.

Measured on the Loghub 2k sets (Zhu et al., "Loghub: A Large Collection of System Log
Datasets for AI-driven Log Analytics", ISSRE 2023): see ``bench/loghub_ga.py``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .masking import WILDCARD, Masker

__all__ = ["Cluster", "MatchResult", "MinerConfig", "TemplateMiner"]

STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class MinerConfig:
    """Knobs of the miner; the defaults are the one configuration benchmarked on Loghub."""

    min_variants: int = 3        # clusters differing at one place that make it a variable
    min_field_variants: int = 5  # the same for a ``key=value`` token (values without digits)
    min_length: int = 2          # templates shorter than this are never generalized
    cache_size: int = 200_000    # masked sequences remembered for the fast path

    def to_dict(self) -> dict[str, int]:
        return {"min_variants": self.min_variants,
                "min_field_variants": self.min_field_variants,
                "min_length": self.min_length, "cache_size": self.cache_size}


@dataclass(slots=True)
class Cluster:
    """One template: its id, tokens (``<*>`` for variables), lines seen, creation order."""

    id: str
    tokens: list[str]
    size: int = 0
    order: int = 0

    @property
    def template(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Where one message went: the template id and text (as of that moment)."""

    template_id: str
    template: str
    created: bool = False


@dataclass(slots=True)
class _Index:
    """What is derived from the clusters and rebuilt on load: buckets and families."""

    buckets: dict[tuple[int, str], list[Cluster]] = field(default_factory=dict)
    families: dict[tuple[int, tuple[str, ...]], list[Cluster]] = field(default_factory=dict)


@lru_cache(maxsize=8192)
def _token_pattern(token: str) -> re.Pattern[str]:
    return re.compile(".*?".join(re.escape(part) for part in token.split(WILDCARD)), re.DOTALL)


def fits(template: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether every token fits the template token at its place (same length assumed).
    ``<*>`` stands for any text, also inside a token: ``(uid=<*>)`` fits ``(uid=0)``,
    ``(<*>)`` fits ``()``."""
    for have, tok in zip(template, tokens, strict=True):
        if have != tok and have != WILDCARD and not (
                WILDCARD in have and _token_pattern(have).fullmatch(tok) is not None):
            return False
    return True


def template_id(tokens: Sequence[str]) -> str:
    """The id a cluster created with these tokens gets (before collision handling)."""
    digest = hashlib.blake2b(" ".join(tokens).encode(), digest_size=4).hexdigest()
    return f"T{digest}"


class TemplateMiner:
    """Streaming template miner; pure (no I/O), deterministic, JSON-serializable state."""

    def __init__(self, config: MinerConfig | None = None, masker: Masker | None = None) -> None:
        self.config = config or MinerConfig()
        self.masker = masker or Masker()
        self.clusters: dict[str, Cluster] = {}
        self.aliases: dict[str, str] = {}
        self._order = 0
        self._index = _Index()
        self._seen: dict[str, Cluster] = {}

    # -- public API ------------------------------------------------------------------------

    def add(self, message: str) -> MatchResult:
        """Place one message, learning from it; returns its template as of now."""
        tokens, key = self.masker.masked(message)
        cluster = self._seen.get(key)
        created = False
        if cluster is None:
            cluster = self._find(tokens)
            if cluster is None:
                cluster = self._create(tokens)
                created = True
                cluster = self._generalize(cluster)
            self._remember(key, cluster)
        cluster.size += 1
        return MatchResult(cluster.id, cluster.template, created)

    def match(self, message: str) -> MatchResult | None:
        """The template a message fits, without learning anything; None if none fits."""
        tokens, key = self.masker.masked(message)
        cluster = self._seen.get(key) or self._find(tokens)
        return None if cluster is None else MatchResult(cluster.id, cluster.template)

    def resolve(self, cluster_id: str) -> str:
        """The id a (possibly merged-away) cluster id now goes by."""
        seen = 0
        while cluster_id in self.aliases and seen <= len(self.aliases):
            cluster_id = self.aliases[cluster_id]
            seen += 1
        return cluster_id

    def template(self, cluster_id: str) -> str:
        """The current template text of a cluster id (aliases resolved)."""
        return self.clusters[self.resolve(cluster_id)].template

    def templates(self) -> list[Cluster]:
        """All live clusters, oldest first."""
        return sorted(self.clusters.values(), key=lambda c: c.order)

    # -- state -----------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """Everything needed to continue exactly where this miner is, as JSON-able data."""
        return {
            "version": STATE_VERSION,
            "config": self.config.to_dict(),
            "next_order": self._order,
            "clusters": [{"id": c.id, "tokens": c.tokens, "size": c.size, "order": c.order}
                         for c in self.templates()],
            "aliases": dict(sorted(self.aliases.items())),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], masker: Masker | None = None) -> TemplateMiner:
        """A miner that continues from ``to_state()`` output (same config, clusters, ids)."""
        version = state.get("version")
        if version != STATE_VERSION:
            raise ValueError(f"template state version {version!r}, expected {STATE_VERSION}")
        miner = cls(MinerConfig(**state.get("config", {})), masker)
        for item in state["clusters"]:
            cluster = Cluster(str(item["id"]), [str(t) for t in item["tokens"]],
                              int(item["size"]), int(item["order"]))
            miner.clusters[cluster.id] = cluster
            miner._register(cluster)
        miner.aliases = {str(k): str(v) for k, v in state.get("aliases", {}).items()}
        miner._order = int(state.get("next_order", len(miner.clusters)))
        return miner

    # -- internals -------------------------------------------------------------------------

    def _remember(self, key: str, cluster: Cluster) -> None:
        if len(self._seen) >= self.config.cache_size:
            self._seen.clear()
        self._seen[key] = cluster

    def _find(self, tokens: Sequence[str]) -> Cluster | None:
        bucket = self._index.buckets.get((len(tokens), tokens[0] if tokens else ""))
        if not bucket:
            return None
        for cluster in bucket:  # oldest first: a new cluster never takes over a known line
            if fits(cluster.tokens, tokens):
                return cluster
        return None

    def _create(self, tokens: Sequence[str]) -> Cluster:
        cid = template_id(tokens)
        n = 1
        while cid in self.clusters or cid in self.aliases:
            n += 1
            cid = f"{template_id(tokens)}-{n}"
        cluster = Cluster(cid, list(tokens), 0, self._order)
        self._order += 1
        self.clusters[cid] = cluster
        self._register(cluster)
        return cluster

    def _family_keys(self, tokens: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
        if len(tokens) < self.config.min_length:
            return []
        keys = []
        for p in range(1, len(tokens)):
            if tokens[p] != WILDCARD:
                keys.append((p, (*tokens[:p], WILDCARD, *tokens[p + 1:])))
        return keys

    def _register(self, cluster: Cluster) -> None:
        tokens = cluster.tokens
        bucket_key = (len(tokens), tokens[0] if tokens else "")
        bucket = self._index.buckets.setdefault(bucket_key, [])
        bucket.append(cluster)
        bucket.sort(key=lambda c: c.order)
        for key in self._family_keys(tokens):
            self._index.families.setdefault(key, []).append(cluster)

    def _unregister(self, cluster: Cluster) -> None:
        tokens = cluster.tokens
        self._index.buckets[(len(tokens), tokens[0] if tokens else "")].remove(cluster)
        for key in self._family_keys(tokens):
            family = self._index.families[key]
            family.remove(cluster)
            if not family:
                del self._index.families[key]

    def _needed(self, family: list[Cluster], p: int) -> int:
        values = [c.tokens[p] for c in family]
        fields = [v.partition("=") for v in values]
        if all(sep and WILDCARD not in value for _, sep, value in fields) \
                and len({k for k, _, _ in fields}) == 1:
            return self.config.min_field_variants
        return self.config.min_variants

    def _generalize(self, cluster: Cluster) -> Cluster:
        """Absorb the clusters the new template covers, merge the families it completes;
        returns where it ended up."""
        while True:
            if WILDCARD in cluster.template:
                bucket = self._index.buckets[(len(cluster.tokens), cluster.tokens[0])]
                covered = [c for c in bucket if c is not cluster and fits(cluster.tokens, c.tokens)]
                if covered:
                    cluster = self._merge([cluster, *covered], cluster.tokens, cluster)
                    continue
            for p, key in self._family_keys(cluster.tokens):
                family = self._index.families.get((p, key))
                if family and len(family) >= self._needed(family, p):
                    cluster = self._merge(family, list(key), cluster)
                    break
            else:
                return cluster

    def _merge(self, family: list[Cluster], tokens: list[str], current: Cluster) -> Cluster:
        members = sorted(family, key=lambda c: c.order)
        keep = members[0]
        for member in members:
            self._unregister(member)
        for member in members[1:]:
            keep.size += member.size
            del self.clusters[member.id]
            self.aliases[member.id] = keep.id
        keep.tokens = tokens
        self._register(keep)
        self._seen.clear()  # cached lines may now belong to the merged template
        return keep if current in members else current
