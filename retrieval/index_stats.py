"""The summary of an indexing run (``IndexStats``) and the progress callback's shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(slots=True)
class IndexStats:
    lines_read: int = 0
    pages: int = 0
    templates_new: int = 0      # vectors that did not exist before
    templates_known: int = 0    # vectors that existed (updated or not)
    templates_changed: int = 0  # known vectors re-embedded because their template generalized
    vectors_written: int = 0    # upserts and metadata updates
    embedded: int = 0           # texts sent to the embedder
    folded: int = 0             # vectors of merged-away templates folded into survivors
    seconds: float = 0.0
    skipped_window: bool = False  # the whole window was covered already

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Progress = Callable[[IndexStats, int], None]  # (stats so far, ts of the newest line read)
