"""What makes indexing resumable: the state file (the miner and, per selector, the time
range already covered) and how one run extends a selector's covered range."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .templates import TemplateMiner

STATE_VERSION = 1


class IndexState:
    """The miner, the covered time ranges and what the vectors were embedded with
    (``template_text.embedding_key``; ``None`` in files written before it was recorded), as
    one JSON file (written atomically)."""

    def __init__(self, miner: TemplateMiner | None = None,
                 covered: dict[str, list[int]] | None = None,
                 embedding: str | None = None) -> None:
        self.miner = miner or TemplateMiner()
        self.covered = covered or {}
        self.embedding = embedding

    @classmethod
    def load(cls, path: Path | None) -> IndexState:
        if path is None or not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            embedding = data.get("embedding")
            if embedding is not None and not isinstance(embedding, str):
                raise ValueError(f"embedding {embedding!r}")
            return cls(TemplateMiner.from_state(data["miner"]),
                       {k: [int(v[0]), int(v[1])] for k, v in data["covered"].items()},
                       embedding)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"cannot read the index state {path}: {exc}") from exc

    def save(self, path: Path | None, miner_state: dict[str, Any] | None = None) -> None:
        """Write the state; ``miner_state`` is a ``to_state()`` taken earlier (else now)."""
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        doc = {"version": STATE_VERSION, "embedding": self.embedding, "covered": self.covered,
               "miner": miner_state if miner_state is not None else self.miner.to_state()}
        tmp.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)

    def coverage(self, key: str, start_ns: int) -> Coverage:
        """The covered range of selector ``key`` as a run from ``start_ns`` extends it."""
        return Coverage.start(self.covered, key, start_ns)


@dataclass(slots=True)
class Coverage:
    """One selector's covered range during a run: it becomes ``[start, newest line read]``
    (joined with the range before when they overlap). ``begin`` is where reading starts: the
    end of the range before when the run starts inside it (that newest line is re-read,
    never counted twice), so lines that arrive late with earlier times are not missed."""

    covered: dict[str, list[int]]  # the state's ranges, updated in place
    key: str
    old: list[int] | None          # the range before this run
    contiguous: bool               # the run starts inside the range before
    begin: int
    lo: int
    hi: int

    @classmethod
    def start(cls, covered: dict[str, list[int]], key: str, start_ns: int) -> Coverage:
        old = covered.get(key)
        overlaps = old is not None and start_ns <= old[1]
        contiguous = old is not None and old[0] <= start_ns <= old[1]
        begin = max(start_ns, old[1]) if old is not None and contiguous else start_ns
        lo = min(start_ns, old[0]) if old is not None and overlaps else start_ns
        hi = old[1] if old is not None and overlaps else start_ns
        return cls(covered, key, old, contiguous, begin, lo, hi)

    def committed(self, newest: int) -> None:
        """A page up to ``newest`` was committed."""
        self.hi = max(self.hi, newest)
        if self.old is None or self.contiguous:  # the covered range grows without a gap
            self.covered[self.key] = [self.lo, self.hi]

    def finish(self, end_ns: int) -> None:
        """The run over a window ending at ``end_ns`` is over."""
        if self.old is None or end_ns >= self.old[0]:  # else an older, disjoint window:
            self.covered[self.key] = [self.lo, self.hi]  # keep the newer
