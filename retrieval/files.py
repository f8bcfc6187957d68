"""``FileSource``: a directory (searched recursively) or a single file of logs, queried with
Loki's selector semantics. The embedded default: no server needed.

Labels of a file, unless its content carries its own (see ``retrieval.fileformats``):

1. a sidecar ``labels.json`` in the file's directory: either a labels object for every file
   there (``{"namespace": "shop"}``), or one per file name (``{"cart.log": {...}}``), or both
   (per-file labels win);
2. the Kubernetes node layout ``/var/log/pods/<namespace>_<pod>_<uid>/<container>/<n>.log``
   (and ``/var/log/containers/<pod>_<namespace>_<container>-<id>.log``);
3. the path under the root: ``<namespace>/<pod>/<container>.log`` (the last three parts of a
   deeper path), ``<namespace>/<pod>.log``, or just the file.

Every file also gets ``filename``: its path relative to the root. Parsed files are cached by
(path, modification time, size) up to a budget, so repeated queries over a large directory
only re-read what changed; files whose labels cannot match are not read at all.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import stat
import threading
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceUnavailable
from .fileformats import Labels, ParsedFile, is_json_file, read_file
from .records import LogRecord
from .selector import LabelMatcher, LineFilter, Selector
from .source import LogSource, order_and_limit

log = logging.getLogger("retrieval.files")

SIDECAR = "labels.json"
DEFAULT_CACHE_CHARS = 256 * 2**20

_POD_DIR = re.compile(r"([a-z0-9][-a-z0-9]*)_([a-z0-9][-a-z0-9.]*)_([0-9a-fA-F-]{8,})")
_POD_LOG = re.compile(r"\d+\.log(?:\..+)?")
_CONTAINER_LOG = re.compile(r"([a-z0-9][-a-z0-9.]*)_([a-z0-9][-a-z0-9]*)_(.+)-[0-9a-f]{64}\.log")


def path_labels(path: Path, rel: str) -> Labels:
    """Labels read from a file's path (``rel`` is the path relative to the source's root)."""
    parts = path.parts
    if len(parts) >= 3 and _POD_LOG.fullmatch(parts[-1]):
        m = _POD_DIR.fullmatch(parts[-3])
        if m:
            return {"namespace": m.group(1), "pod": m.group(2), "container": parts[-2],
                    "filename": rel}
    m = _CONTAINER_LOG.fullmatch(parts[-1])
    if m:
        return {"namespace": m.group(2), "pod": m.group(1), "container": m.group(3),
                "filename": rel}
    segments = rel.split("/")
    segments[-1] = segments[-1].split(".", 1)[0]
    names = ("namespace", "pod", "container") if len(segments) >= 3 else ("namespace", "pod")
    labels = {name: value for name, value in zip(names, segments[-len(names):], strict=True)
              if value} if len(segments) >= 2 else {}
    labels["filename"] = rel
    return labels


@dataclass(slots=True)
class _File:
    path: Path
    real: str
    rel: str
    mtime_ns: int
    size: int
    labels: Labels


@dataclass(slots=True)
class _Cached:
    key: tuple[int, int]
    parsed: ParsedFile | None
    cost: int


_Sidecar = tuple[Labels, dict[str, Labels]]  # labels for all files, labels per file name


class FileSource(LogSource):
    """Logs in files: plain text, JSON lines, Kubernetes CRI, Loki push JSON."""

    kind = "files"

    def __init__(self, path: str | os.PathLike[str], *,
                 cache_chars: int = DEFAULT_CACHE_CHARS) -> None:
        text = os.fspath(path)
        text = text.removeprefix("file://") if text.startswith("file://") else text.removeprefix(
            "file:")
        self.root = Path(text).expanduser()
        self.cache_chars = cache_chars
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        self._cached_chars = 0
        self._sidecars: dict[str, tuple[tuple[int, int], _Sidecar | None]] = {}
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"file:{self.root}"

    async def ready(self) -> None:
        self._check_root()

    async def query(self, selector: Selector, *,
                    now_ns: int | None = None) -> AsyncIterator[LogRecord]:
        start, end = selector.window(now_ns)
        records = await asyncio.to_thread(self._collect, selector, start, end)
        for record in records:
            yield record

    async def labels(self) -> list[str]:
        return sorted(await asyncio.to_thread(self._label_index))

    async def label_values(self, name: str) -> list[str]:
        return sorted((await asyncio.to_thread(self._label_index)).get(name, ()))

    # -- the work, run in a thread -------------------------------------------------------

    def _check_root(self) -> None:
        if not self.root.exists():
            raise SourceUnavailable(f"log path {self.root} does not exist: point the file "
                                    "source at a directory or file of logs")
        if not os.access(self.root, os.R_OK):
            raise SourceUnavailable(f"log path {self.root} is not readable")

    def _collect(self, selector: Selector, start: int, end: int) -> list[LogRecord]:
        self._check_root()
        matchers = selector.matchers()
        filters = selector.line_filters()
        # Text files only add a ``stream`` label to their path labels: decidable unread.
        static = [m for m in matchers if m.name != "stream"]
        out: list[LogRecord] = []
        for f in self._walk():
            if not _all(static, f.labels) and not self._is_cached(f) and is_json_file(
                    f.path) is False:
                continue
            parsed = self._parsed(f)
            if parsed is None or not parsed.ts:
                continue
            lo, hi = bisect_left(parsed.ts, start), bisect_left(parsed.ts, end)
            if lo < hi:
                out.extend(_scan(parsed, f.labels, lo, hi, matchers, filters, selector))
        return order_and_limit(out, selector)

    def _label_index(self) -> dict[str, set[str]]:
        self._check_root()
        index: dict[str, set[str]] = defaultdict(set)
        for f in self._walk():
            parsed = self._parsed(f)
            if parsed is None or not parsed.ts:
                continue
            sets = [f.labels] if parsed.uses_base else []
            sets += [{**f.labels, **ls} if extends else ls for ls, extends in parsed.label_sets]
            for labels in sets:
                for key, value in labels.items():
                    index[key].add(value)
        return index

    def _walk(self) -> Iterator[_File]:
        root = self.root
        if not root.is_dir():
            f = self._file(root, root.name)
            if f is not None:
                yield f
            return
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, onerror=_walk_error):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or name == SIDECAR:
                    continue
                path = Path(dirpath, name)
                rel = path.relative_to(root).as_posix()
                f = self._file(path, rel)
                if f is not None and f.real not in seen:
                    seen.add(f.real)  # /var/log/containers links into /var/log/pods
                    yield f

    def _file(self, path: Path, rel: str) -> _File | None:
        try:
            st = path.stat()
        except OSError as exc:
            log.warning("skipping %s: %s", rel, exc)
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        labels = self._sidecar_labels(path, rel)
        if labels is None:
            labels = path_labels(path, rel)
        return _File(path, os.path.realpath(path), rel, st.st_mtime_ns, st.st_size, labels)

    def _sidecar_labels(self, path: Path, rel: str) -> Labels | None:
        sidecar = self._sidecar(path.parent / SIDECAR)
        if sidecar is None:
            return None
        common, per_file = sidecar
        own = per_file.get(path.name)
        if not common and own is None:
            return None
        return {"filename": rel, **common, **(own or {})}

    def _sidecar(self, path: Path) -> _Sidecar | None:
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_mtime_ns, st.st_size)
        cached = self._sidecars.get(str(path))
        if cached is not None and cached[0] == key:
            return cached[1]
        value = _read_sidecar(path)
        self._sidecars[str(path)] = (key, value)
        return value

    def _is_cached(self, f: _File) -> bool:
        hit = self._cache.get(f.real)
        return hit is not None and hit.key == (f.mtime_ns, f.size)

    def _parsed(self, f: _File) -> ParsedFile | None:
        key = (f.mtime_ns, f.size)
        with self._lock:
            hit = self._cache.get(f.real)
            if hit is not None and hit.key == key:
                self._cache.move_to_end(f.real)
                return hit.parsed
        parsed = read_file(f.path, mtime_ns=f.mtime_ns, display=f.rel)
        cost = parsed.size if parsed is not None else 64
        with self._lock:
            old = self._cache.pop(f.real, None)
            if old is not None:
                self._cached_chars -= old.cost
            if cost <= self.cache_chars:
                self._cache[f.real] = _Cached(key, parsed, cost)
                self._cached_chars += cost
                while self._cached_chars > self.cache_chars:
                    _, evicted = self._cache.popitem(last=False)
                    self._cached_chars -= evicted.cost
        return parsed


def _all(matchers: list[LabelMatcher], labels: Labels) -> bool:
    return all(m.matches(labels) for m in matchers)


def _scan(parsed: ParsedFile, base: Labels, lo: int, hi: int, matchers: list[LabelMatcher],
          filters: list[LineFilter], selector: Selector) -> list[LogRecord]:
    """The entries of ``parsed[lo:hi]`` that match, at most ``limit`` from the selector's
    end of the window (plus any sharing the last one's time, so ties resolve as in
    ``order_and_limit``), in file order."""
    base_ok = _all(matchers, base)
    resolved = [({**base, **ls} if extends else ls) for ls, extends in parsed.label_sets]
    ok = [_all(matchers, labels) for labels in resolved]
    if not base_ok and not any(ok):
        return []
    backward = selector.direction == "backward"
    limit = selector.limit
    ts_list, label_ids, lines = parsed.ts, parsed.labels, parsed.lines
    found: list[tuple[int, Labels, str]] = []
    last = -1
    for i in (range(hi - 1, lo - 1, -1) if backward else range(lo, hi)):
        ts = ts_list[i]
        if len(found) >= limit and ts != last:
            break
        index = label_ids[i]
        if not (base_ok if index < 0 else ok[index]):
            continue
        line = lines[i]
        if all(f.matches(line) for f in filters):
            found.append((ts, base if index < 0 else resolved[index], line))
            last = ts
    if backward:
        found.reverse()
    return [LogRecord(ts=ts, labels=dict(labels), line=line) for ts, labels, line in found]


def _read_sidecar(path: Path) -> _Sidecar | None:
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None
    if not isinstance(doc, dict):
        log.warning("ignoring %s: expected a JSON object of labels", path)
        return None
    common: Labels = {}
    per_file: dict[str, Labels] = {}
    for key, value in doc.items():
        if isinstance(value, dict):
            per_file[key] = {str(k): str(v) for k, v in value.items() if v is not None}
        elif isinstance(value, str | int | float | bool):
            common[key] = str(value)
    return common, per_file


def _walk_error(exc: OSError) -> None:
    log.warning("skipping %s: %s", exc.filename, exc)
