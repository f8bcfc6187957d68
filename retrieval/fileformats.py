"""Reading one log file into time-sorted entries, whatever its format.

A file whose first non-blank character is ``{`` or ``[`` is a *JSON file*: Loki push JSON
(``{"streams": [...]}``, also a saved ``query_range`` response, one document or one per line),
JSON lines, or a JSON array; labels found in its content (a push stream's labels, a line's
``labels`` object, a golden-style ``{"ts", "labels", "line"}`` envelope) *replace* the file's
path labels. Any other file is a *text file*, read line by line: Kubernetes CRI lines
(``<ts> stdout|stderr P|F <msg>``, partial ``P`` lines joined up to their ``F`` line, adding a
``stream`` label), JSON object lines (time taken from their fields), or plain lines (time from
a leading timestamp). Only JSON files can carry labels, so a text file's labels are known
before it is read.

Lines without a time of their own share the time of the last timed line before them (the
continuation lines of a stack trace: sources keep ties in file order, so a trace stays
together and its head comes first); untimed lines before the first timed one precede it by
1 ns each; in a file with no times at all, line i of n gets mtime - (n - 1 - i) ns.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from .timestamps import (
    access_log_timestamp,
    leading_timestamp,
    parse_any,
    parse_ns,
    parse_rfc3339,
)

log = logging.getLogger("retrieval.files")

Labels = dict[str, str]
# (ts or None, the entry's own labels or None for the file's, line); CRI's ``stream`` labels
# are _Extra: added to the file's labels instead of replacing them.
_Raw = tuple[int | None, Labels | None, str]


class _Extra(dict[str, str]):
    """Labels that extend the file's labels rather than replace them."""


TS_FIELDS = ("ts", "time", "timestamp", "@timestamp", "t")
_ENVELOPE_KEYS = frozenset({"ts", "labels", "line"})
_STREAMS = frozenset({"stdout", "stderr"})
_PEEK = 8192
_Y2K = 946_684_800 * 10**9


@dataclass(slots=True)
class ParsedFile:
    """A file's entries sorted by time (stable, so equal times keep file order)."""

    ts: list[int] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)  # index into label_sets, -1: the file's
    lines: list[str] = field(default_factory=list)
    #: distinct entry labels, each with whether it extends (True) or replaces the file's
    label_sets: list[tuple[Labels, bool]] = field(default_factory=list)
    uses_base: bool = False  # some entry carries the file's labels
    size: int = 0  # characters held, for the cache's budget


def is_json_file(path: Path) -> bool | None:
    """Whether a file's first non-blank byte opens JSON; None when it cannot be read."""
    try:
        with _open(path) as fh:
            head = fh.read(512)
    except (OSError, EOFError):
        return None
    return _lead(head) in (b"{", b"[")


def _lead(head: bytes) -> bytes:
    """The first non-blank byte, past a UTF-8 byte order mark."""
    return head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()[:1]


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def read_file(path: Path, *, mtime_ns: int, display: str) -> ParsedFile | None:
    """Parse one file; None (with a warning) when it is unreadable or binary."""
    try:
        with _open(path) as fh:
            head = fh.read(_PEEK)
            if b"\0" in head:
                log.warning("skipping %s: binary content", display)
                return None
            fh.seek(0)
            lead = _lead(head)
            json_file = lead in (b"{", b"[")
            if lead == b"[" or (json_file and not _first_line_parses(fh)):
                document = _load_document(fh, display)
                if document is not None:
                    return _finish(document, mtime_ns)
                fh.seek(0)
            decoder = _Decoder(display)
            raw = _parse_lines(decoder.lines(fh), json_file=json_file, ref_ns=mtime_ns)
            parsed = _finish(raw, mtime_ns)
            decoder.report()
            return parsed
    except (OSError, EOFError) as exc:
        log.warning("skipping %s: %s", display, exc)
        return None


def _first_line_parses(fh: IO[bytes]) -> bool:
    first = b""
    for raw in fh:
        if raw.strip():
            first = raw
            break
    fh.seek(0)
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return False
    return True


def _load_document(fh: IO[bytes], display: str) -> list[_Raw] | None:
    """A whole-file JSON document (pretty-printed push JSON, a JSON array), or None."""
    try:
        doc = json.loads(fh.read())
    except (ValueError, RecursionError):
        return None
    if isinstance(doc, dict):
        entries = push_entries(doc)
        if entries is None:
            log.warning("%s: a JSON document without Loki streams; reading it as lines", display)
        return entries
    if isinstance(doc, list):
        out: list[_Raw] = []
        for item in doc:
            if isinstance(item, dict):
                out.extend(_json_object(item, json.dumps(item), json_file=True))
        return out
    return None


class _Decoder:
    """UTF-8 lines of a binary file; undecodable bytes become U+FFFD, reported once."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.bad = 0

    def lines(self, fh: IO[bytes]) -> Iterator[str]:
        first = True
        for raw in fh:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                self.bad += 1
                text = raw.decode("utf-8", errors="replace")
            if first:
                text = text.removeprefix("\ufeff")
                first = False
            yield text.rstrip("\r\n")

    def report(self) -> None:
        if self.bad:
            log.warning("%s: %d line(s) with invalid UTF-8, bad bytes replaced",
                        self.display, self.bad)


def _parse_lines(lines: Iterable[str], *, json_file: bool, ref_ns: int) -> Iterator[_Raw]:
    partial: dict[str, tuple[int, list[str]]] = {}  # CRI stream -> first ts, fragments
    streams: dict[str, _Extra] = {}
    for line in lines:
        if not line.strip():
            continue
        first = line[0]
        if first == "{":
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError):
                obj = None
            if isinstance(obj, dict):
                yield from _json_object(obj, line, json_file=json_file)
                continue
        elif first.isdecimal():
            parts = line.split(" ", 3)
            if len(parts) >= 3 and parts[1] in _STREAMS and parts[2] in ("P", "F"):
                ts = parse_rfc3339(parts[0])
                if ts is not None:
                    stream, tag = parts[1], parts[2]
                    msg = parts[3] if len(parts) > 3 else ""
                    labels = streams.setdefault(stream, _Extra(stream=stream))
                    if tag == "P":
                        partial.setdefault(stream, (ts, []))[1].append(msg)
                        continue
                    if stream in partial:
                        ts, fragments = partial.pop(stream)
                        msg = "".join(fragments) + msg
                    if msg:
                        yield ts, labels, msg
                    continue
        yield _plain(line, ref_ns), None, line
    for stream, (ts, fragments) in partial.items():  # a file cut inside a partial line
        yield ts, streams[stream], "".join(fragments)


def _plain(line: str, ref_ns: int | None) -> int | None:
    found = leading_timestamp(line, ref_ns)
    if found is not None:
        return found[0]
    if '"' in line:
        return access_log_timestamp(line)
    return None


def _json_object(obj: dict[str, Any], text: str, *, json_file: bool) -> Iterator[_Raw]:
    if json_file and ("streams" in obj or "data" in obj):
        entries = push_entries(obj)
        if entries is not None:
            yield from entries
            return
    line = obj.get("line")
    if isinstance(line, str) and "ts" in obj and obj.keys() <= _ENVELOPE_KEYS:
        labels = _labels(obj.get("labels")) if json_file else None
        yield parse_ns(obj["ts"]), labels, line
        return
    ts = None
    for key in TS_FIELDS:
        if key in obj:
            ts = parse_any(obj[key])
            if ts is not None and ts >= _Y2K:  # not a duration that happens to be named "t"
                break
            ts = None
    yield ts, _labels(obj.get("labels")) if json_file else None, text


def _labels(value: object) -> Labels | None:
    if not isinstance(value, dict) or not value:
        return None
    return {str(k): _label_value(v) for k, v in value.items() if v is not None}


def _label_value(v: object) -> str:
    return v if isinstance(v, str) else json.dumps(v)


def push_entries(doc: dict[str, Any]) -> list[_Raw] | None:
    """Entries of Loki push JSON or of a saved ``query_range`` streams response; None when
    ``doc`` is neither. A value's third element (structured metadata, plain or categorized as
    ``{"structuredMetadata": ..., "parsed": ...}``) is merged into its labels."""
    streams = doc.get("streams")
    if streams is None:
        data = doc.get("data")
        if isinstance(data, dict) and data.get("resultType") == "streams":
            streams = data.get("result")
    if not isinstance(streams, list):
        return None
    out: list[_Raw] = []
    for stream in streams:
        if not isinstance(stream, dict):
            continue
        labels = _labels(stream.get("stream")) or {}
        for value in stream.get("values") or ():
            if not isinstance(value, list) or len(value) < 2 or not isinstance(value[1], str):
                continue
            entry_labels = labels
            if len(value) > 2 and isinstance(value[2], dict) and value[2]:
                meta = value[2]
                if "structuredMetadata" in meta or "parsed" in meta:
                    meta = {**(meta.get("structuredMetadata") or {}), **(meta.get("parsed") or {})}
                entry_labels = {**labels, **(_labels(meta) or {})}
            out.append((parse_ns(value[0]), entry_labels, value[1]))
    return out


def _finish(raw: Iterable[_Raw], mtime_ns: int) -> ParsedFile:
    """Give untimed entries times that keep file order, intern label dicts, sort by time."""
    parsed = ParsedFile()
    times, label_ids, lines = parsed.ts, parsed.labels, parsed.lines
    leading = 0  # untimed entries before the first timed one
    last: int | None = None
    in_order = True
    interned: dict[tuple[bool, tuple[tuple[str, str], ...]], int] = {}
    for ts, labels, line in raw:
        index = -1
        if labels is not None:
            extends = isinstance(labels, _Extra)
            key = (extends, tuple(sorted(labels.items())))
            index = interned.get(key, -1)
            if index < 0:
                index = interned[key] = len(parsed.label_sets)
                parsed.label_sets.append((dict(labels), extends))
        if ts is None:
            if last is None:
                leading += 1
                ts = 0
            else:
                ts = last
        else:
            if last is not None and ts < last:
                in_order = False
            last = ts
        times.append(ts)
        label_ids.append(index)
        lines.append(line)
    if leading:
        anchor = times[leading] if len(times) > leading else mtime_ns + 1
        times[:leading] = range(anchor - leading, anchor)
    if not in_order:
        order = sorted(range(len(times)), key=times.__getitem__)  # stable: ties keep file order
        parsed.ts = [times[i] for i in order]
        parsed.labels = [label_ids[i] for i in order]
        parsed.lines = [lines[i] for i in order]
    parsed.uses_base = -1 in label_ids
    parsed.size = sum(map(len, lines)) + 64 * len(lines)
    return parsed
