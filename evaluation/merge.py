"""Shards and merging: ``--shard I/N`` takes every record whose position in the golden file
(after ``--limit``) is ``I`` modulo ``N`` (``I`` counts from 0, as a Kubernetes Indexed Job's
``JOB_COMPLETION_INDEX`` does), so shards are disjoint, cover the file, and differ in size by at
most one record. ``merge`` joins shard outputs into one run and recomputes its metrics from
the rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from retrieval.errors import InvalidRequest

from .metrics import compute
from .report import load_run, now_iso

T = TypeVar("T")
_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        m = _SHARD.match(text)
        if not m:
            raise InvalidRequest(f"--shard {text!r}: write I/N, e.g. 0/4", field="shard")
        index, count = int(m.group(1)), int(m.group(2))
        if count < 1 or not 0 <= index < count:
            raise InvalidRequest(f"--shard {text!r}: need N >= 1 and 0 <= I < N", field="shard")
        return cls(index, count)

    def select(self, items: Sequence[T]) -> list[T]:
        return [item for pos, item in enumerate(items) if pos % self.count == self.index]

    def as_dict(self) -> dict[str, int]:
        return {"index": self.index, "count": self.count}

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def merge_runs(directories: Sequence[Path], *, allow_partial: bool = False,
               ) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """``(metadata, rows, metrics per strategy)`` of the shards in ``directories``.

    Refused (``InvalidRequest``): runs of different golden files, settings or strategies; the
    same record twice; a missing shard unless ``allow_partial``."""
    if not directories:
        raise InvalidRequest("name at least one run directory to merge", field="dirs")
    runs = [(Path(d), *load_run(Path(d))) for d in directories]
    first = runs[0][1]["metadata"]
    for name, label in (("settings_hash", "settings"), ("strategies", "strategies")):
        for d, metrics, _ in runs[1:]:
            if metrics["metadata"].get(name) != first.get(name):
                raise InvalidRequest(f"{d}: its {label} differ from {runs[0][0]}'s: these "
                                     "are not shards of one run", field="dirs")
    for d, metrics, _ in runs[1:]:
        if (metrics["metadata"].get("golden") or {}).get("sha256") != (
                first.get("golden") or {}).get("sha256"):
            raise InvalidRequest(f"{d}: evaluated another golden file than {runs[0][0]}",
                                 field="dirs")
    shards = [m["metadata"].get("shard") for _, m, _ in runs]
    notes = _check_shards(shards, allow_partial)
    seen: set[tuple[str, int]] = set()
    rows: list[dict[str, Any]] = []
    for d, _, run_rows in runs:
        for row in run_rows:
            key = (row["strategy"], int(row.get("index", -1)))
            if key in seen:
                raise InvalidRequest(f"{d}: record {row['id']!r} ({row['strategy']}) is in "
                                     "more than one of the runs", field="dirs")
            seen.add(key)
            rows.append(row)
    strategies = list(first.get("strategies") or dict.fromkeys(r["strategy"] for r in rows))
    order = {s: i for i, s in enumerate(strategies)}
    rows.sort(key=lambda r: (order.get(r["strategy"], len(order)), int(r.get("index", -1))))
    commits = sorted({str(m["metadata"].get("git_commit")) for _, m, _ in runs})
    if len(commits) > 1:
        notes.append(f"the shards ran different commits: {', '.join(commits)}")
    metadata = {**first, "timestamp": now_iso(), "shard": None,
                "records": len({r.get("index") for r in rows}),
                "started_at": min(str(m["metadata"].get("started_at", "")) for _, m, _ in runs),
                "finished_at": max(str(m["metadata"].get("finished_at", "")) for _, m, _ in runs),
                "wall_s": max(float(m["metadata"].get("wall_s") or 0) for _, m, _ in runs),
                "merged_from": [{"dir": str(d), "shard": m["metadata"].get("shard"),
                                 "records": m["metadata"].get("records"),
                                 "git_commit": m["metadata"].get("git_commit")}
                                for d, m, _ in runs],
                "notes": notes}
    return metadata, rows, compute(rows, strategies)


def _check_shards(shards: list[Any], allow_partial: bool) -> list[str]:
    if shards == [None]:
        return []
    if any(s is None for s in shards):
        raise InvalidRequest("only shard runs (--shard I/N) can be merged: one of the runs "
                             "evaluated the whole file", field="dirs")
    counts = {s["count"] for s in shards}
    if len(counts) > 1:
        raise InvalidRequest(f"the runs split the file differently (N = "
                             f"{', '.join(map(str, sorted(counts)))})", field="dirs")
    count = counts.pop()
    indices = [s["index"] for s in shards]
    twice = sorted({i for i in indices if indices.count(i) > 1})
    if twice:
        raise InvalidRequest(f"shard {twice[0]}/{count} is given more than once", field="dirs")
    missing = sorted(set(range(count)) - set(indices))
    if missing and not allow_partial:
        raise InvalidRequest(
            f"missing shards {', '.join(f'{i}/{count}' for i in missing)} "
            "(--allow-partial merges what is there)", field="dirs")
    return [f"missing shards: {', '.join(f'{i}/{count}' for i in missing)}"] if missing else []
