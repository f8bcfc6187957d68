"""Template-miner state as JSON text (never pickle): what ``--json-state`` files hold.

The document is ``TemplateMiner.to_state()``: ``version``, ``config``, ``next_order``,
``clusters`` (``id``, ``tokens``, ``size``, ``order``, oldest first) and ``aliases`` (ids of
merged-away clusters → the id that absorbed them). Only data, no code: loading a state file
can not run anything. Reading and writing files is the caller's business.
"""

from __future__ import annotations

import json

from .miner import TemplateMiner

__all__ = ["dumps", "loads"]


def dumps(miner: TemplateMiner) -> str:
    """The miner's state as a JSON document (keys and clusters in a stable order)."""
    return json.dumps(miner.to_state(), ensure_ascii=False, indent=1) + "\n"


def loads(text: str) -> TemplateMiner:
    """A miner continuing from a JSON document written by ``dumps``.

    Raises ``ValueError`` for text that is not such a document (bad JSON, another version).
    """
    try:
        state = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"template state is not JSON: {exc}") from exc
    if not isinstance(state, dict) or "clusters" not in state:
        raise ValueError("template state: a JSON object with 'version' and 'clusters' expected")
    try:
        return TemplateMiner.from_state(state)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"template state is malformed: {exc!r}") from exc
