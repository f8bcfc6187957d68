"""A golden-format record as the engine sees it in production: the same request shape as the
evaluation harness (scope + the logs' window + limit ``min(200, len(logs))``; every line, as
the engine reads a window in production, with its related context (and with ``wider`` the
wider cluster's, ``retrieval.related``), or with ``line_filter`` the default error/warn
filter the model's mode keeps), fetched from an in-memory source, sorted, normalized and
packed: into ``ENGINE_CONTEXT_TOKENS`` as the engine reads, or with ``line_filter`` into the
budget the model's prompt leaves for log lines.

Used by ``loglens train`` (calibration) and ``bench/engine_eval.py``; the service itself
never calls it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from retrieval.memory import MemorySource
from retrieval.normalize import normalize_records
from retrieval.packing import Packed, pack
from retrieval.records import LogRecord
from retrieval.related import ServiceNames, with_related
from retrieval.scope import query_scope
from retrieval.selector import MAX_LIMIT, SCOPE_LABELS, Selector
from retrieval.timestamps import parse_ns

from ..prompts import Prompts

N_CTX = 2048
MAX_TOKENS = 256
CHAT_TEMPLATE_MARGIN = 48  # as analyzer.pipeline
#: what the engine reads of a window (in ~3-character tokens): no model context bounds it,
#: so 200 lines fit unless they are huge stack traces
ENGINE_CONTEXT_TOKENS = 32_000


def approx_tokens(text: str) -> int:
    """The token counter the engine's evaluation uses: ~3 characters a token."""
    return len(text) // 3 + 1


@dataclass(slots=True)
class Replayed:
    packed: Packed
    selector: Selector
    fetched: list[LogRecord]


def scope_hint(selector: Selector) -> str:
    """What a request is about, for the engine's texts: the selector's app, pod, container or
    namespace (the first one given as a plain value), else ``unknown``."""
    for name in ("app", "pod", "container", "namespace"):
        value = getattr(selector, name)
        if isinstance(value, str):
            return value
    return "unknown"


def selector_for(logs: Sequence[Mapping[str, Any]], scope: Mapping[str, Any], *,
                 line_filter: bool = False) -> Selector:
    times = [t for log in logs if (t := parse_ns(log.get("ts"))) is not None]
    start, end = (min(times), max(times) + 1) if times else (0, 1)
    spec: dict[str, Any] = {k: v for k, v in scope.items() if k in SCOPE_LABELS and v}
    spec.update(start=start, end=end, limit=max(1, min(MAX_LIMIT, len(logs))))
    spec["default_filter"] = line_filter
    return Selector.model_validate(spec)


def replay(logs: Sequence[Mapping[str, Any]], scope: Mapping[str, Any], *,
           question: str | None = None, line_filter: bool = False, wider: bool = False,
           services: ServiceNames | None = None,
           count_tokens: Callable[[str], int] = approx_tokens, n_ctx: int = N_CTX,
           max_tokens: int = MAX_TOKENS, prompts: Prompts | None = None) -> Replayed:
    source = MemorySource.from_entries(logs)
    selector = selector_for(logs, scope, line_filter=line_filter)

    async def fetch() -> list[LogRecord]:
        own, _ = await query_scope(source, selector)
        if line_filter:
            return own
        return await with_related(source, selector, own, wider=wider, services=services)

    fetched = asyncio.run(fetch())
    fetched.sort(key=lambda r: r.ts)
    records = normalize_records(fetched)
    budget = ENGINE_CONTEXT_TOKENS
    if line_filter:  # the model's reading: what its prompt leaves of its context
        prompts = prompts or Prompts.load()
        scope_text = ", ".join(f"{m.name}{m.op}{m.value}" for m in selector.matchers())
        bare = prompts.messages(lines="", question=question,
                                scope=scope_text or "all workloads",
                                workloads=sorted({r.workload for r in records}))
        overhead = sum(count_tokens(m["content"]) for m in bare)
        budget = max(n_ctx - overhead - max_tokens - CHAT_TEMPLATE_MARGIN, 0)
    packed = pack(records, budget_tokens=budget, count_tokens=count_tokens)
    return Replayed(packed, selector, fetched)
