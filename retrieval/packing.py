"""Token-budget packing: choose and render the lines a small model sees.

Pure: the caller passes the model's own token counter. Identical messages of one workload
collapse into one line with a count; when the lines do not fit, the strongest and newest
survive (the ranking decides the order of preference); the survivors are shown in time order
and numbered, and the numbers are what the model cites as evidence. The result never exceeds
the budget and says what was dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .lineparse import template_holes
from .records import Level, LogRecord

MAX_LINE_CHARS = 240  # log text costs ~1 token per 2 characters: keep each line's head
MAX_FIELD_CHARS = 60
# Fields a model gains nothing from: times (the line has one), levels (shown), plumbing.
NOISE_FIELDS = frozenset({
    "ts", "t", "time", "timestamp", "@timestamp", "date", "level", "lvl", "severity", "levelname",
    "loglevel", "@l", "log.level", "logger", "logger_name", "thread", "thread_name", "caller",
    "source", "file", "line", "func", "function", "pid", "tid", "hostname", "host", "trace_id",
    "span_id", "traceid", "spanid", "traceId", "spanId", "dd.trace_id", "dd.span_id", "@version",
    "msg", "message", "log", "event", "method", "path", "protocol", "status",
    "@t", "@mt", "@i", "@r"})  # Serilog's time, template (shown filled), event id, renderings

#: message fields of which a line may carry two: structlog's ``event`` beside an API error's
#: ``message`` ("Meta API rate limit hit" and "There have been too many calls"); the one the
#: record's message is not taken from is kept
_OTHER_MESSAGES = frozenset({"msg", "message", "event"})


@dataclass(slots=True)
class PackedLine:
    index: int                 # position in the packed context, cited as evidence
    record: LogRecord          # the first record of the group
    text: str                  # what the model sees for this line
    count: int = 1             # identical messages collapsed into this line
    sources: list[int] = field(default_factory=list)  # indices into the input records
    tokens: int = 0
    last_ts: int | None = None  # the newest collapsed record's time (None: record.ts)
    members: tuple[LogRecord, ...] = ()  # every record it stands for, in input order

    @property
    def pods(self) -> tuple[str, ...]:
        """The distinct ``pod`` labels of the records it stands for, sorted."""
        return tuple(sorted({r.labels.get("pod") or "" for r in self.members} - {""}))

    @property
    def until(self) -> int:
        """When the last record this line stands for was written."""
        return self.record.ts if self.last_ts is None else self.last_ts


@dataclass(slots=True)
class Packed:
    lines: list[PackedLine]
    tokens: int                # tokens of the rendered lines, newlines included
    budget: int
    input_records: int
    dropped_records: int       # records not represented in the context
    collapsed_records: int     # records folded into another line as duplicates

    def render(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def workloads(self) -> list[str]:
        return sorted({line.record.workload for line in self.lines})


def format_ts(ts_ns: int) -> str:
    return datetime.fromtimestamp(ts_ns / 1e9, tz=UTC).strftime("%H:%M:%S")


def display_text(record: LogRecord, *, full: bool = False) -> str:
    """What the model reads of a record: a stack trace flattened with `` | ``; a structured
    line as its message plus its telling fields (``reason=OOMKilled``), without the noise of
    times, levels, loggers and threads; anything else as written. Field values are shortened
    unless ``full`` (the engine matches on whole values)."""
    if "\n" in record.line:
        return record.line.replace("\n", " | ")
    message = record.message.strip()
    if record.fields and message and message != record.line.strip():
        template = record.fields.get("@mt")
        filled = template_holes(template) if isinstance(template, str) else set()
        extra = [f"{k}={v if full else _short(v)}" for k, v in record.fields.items()
                 if (k not in NOISE_FIELDS or k in _OTHER_MESSAGES or _worded_status(k, v))
                 and str(v) != message and str(v) and k.split(".", 1)[0] not in filled]
        return " ".join([message, *extra])
    return " ".join(record.line.split())


def _worded_status(key: str, value: object) -> bool:
    """A ``status`` field that is a word, not an HTTP code (the kubelet's ``status="ready"``
    or ``"unhealthy"`` of a probe): telling, unlike the access log's number."""
    return key == "status" and isinstance(value, str) and value.isalpha()


def _short(value: object) -> str:
    text = " ".join(str(value).split())
    if len(text) > MAX_FIELD_CHARS:
        text = text[: MAX_FIELD_CHARS - 3] + "..."
    return f'"{text}"' if " " in text else text


# Values a reader skims but a tokenizer spells digit by digit: dates and times inside a line,
# UUIDs, hex ids of 12+ characters, numbers of 6+ digits (epochs, byte counts, ids) and IPv4
# addresses (a port after one stays).
_IDS = re.compile(
    r"\b\d{4}[-./]\d{2}[-./]\d{2}(?:[-T .]\d{2}[.:]\d{2}[.:]\d{2}(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\b\d{1,2}/[A-Z][a-z]{2}/\d{4}(?::\d{2}){3}(?: [+-]\d{4})?"
    r"|\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b"
    r"|\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b"
    r"|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"
    r"|\b\d{6,}\b")


def compact_ids(text: str) -> str:
    """``text`` with its dates, times, UUIDs, long hex ids, long numbers and IPv4 addresses
    each shown as ``…``: a line's gist in far fewer tokens (hybrid mode's excerpt)."""
    return _IDS.sub("\u2026", text)


def render_line(index: int, record: LogRecord, count: int,
                max_chars: int = MAX_LINE_CHARS, *, compact: bool = False) -> str:
    """One numbered line as the model reads it; ``compact``: ids shown as ``…``
    (``compact_ids``) before the text is cut to ``max_chars``."""
    level = record.level.name if record.level is not Level.UNKNOWN else "-"
    text = display_text(record)
    if compact:
        text = compact_ids(text)
    if len(text) > max_chars:
        text = text[: max_chars - 3] + "..."
    times = f" (x{count})" if count > 1 else ""
    return f"[{index}] {format_ts(record.ts)} {record.workload} {level}: {text}{times}"


def group_key(record: LogRecord) -> tuple[str, int, str]:
    return record.workload, record.level, record.message or record.line


def pack(records: Sequence[LogRecord], *, budget_tokens: int,
         count_tokens: Callable[[str], int], ranking: Sequence[int] | None = None,
         max_line_chars: int = MAX_LINE_CHARS) -> Packed:
    """Pack ``records`` into at most ``budget_tokens`` tokens.

    ``ranking`` lists record indices from most to least wanted; by default the strongest
    level first, then the newest. Groups of identical messages take the rank of their best
    member. Lines that alone exceed the budget are skipped, never cut to fit mid-token.
    """
    groups: dict[tuple[str, int, str], list[int]] = {}
    for i, rec in enumerate(records):
        groups.setdefault(group_key(rec), []).append(i)
    order = list(ranking) if ranking is not None else default_ranking(records)
    rank_of = {idx: pos for pos, idx in enumerate(order)}
    by_rank = sorted(groups.values(),
                     key=lambda members: min(rank_of.get(m, len(order)) for m in members))

    chosen: list[list[int]] = []
    used = 0
    # Indices are assigned after choosing (time order), so measure with the widest index.
    width_probe = max(len(by_rank) - 1, 0)
    cost: dict[int, int] = {}
    for members in by_rank:
        first = records[members[0]]
        tokens = count_tokens(render_line(width_probe, first, len(members), max_line_chars)) + 1
        if used + tokens > budget_tokens:
            continue
        used += tokens
        cost[members[0]] = tokens
        chosen.append(members)

    while True:
        packed = _assemble(records, chosen, cost, used, budget_tokens, max_line_chars)
        # Per-line counts can differ from the joined text's count by a merge at a line
        # boundary: check the whole and give up the least wanted line until it fits.
        if not packed.lines or count_tokens(packed.render()) <= budget_tokens:
            return packed
        dropped = chosen.pop()
        used -= cost.pop(dropped[0])


def _assemble(records: Sequence[LogRecord], chosen: list[list[int]], cost: dict[int, int],
              used: int, budget: int, max_line_chars: int) -> Packed:
    in_time = sorted(chosen, key=lambda members: (records[members[0]].ts, members[0]))
    lines = [PackedLine(index=i, record=records[m[0]],
                        text=render_line(i, records[m[0]], len(m), max_line_chars),
                        count=len(m), sources=sorted(m), tokens=cost[m[0]],
                        last_ts=max(records[j].ts for j in m),
                        members=tuple(records[j] for j in sorted(m)))
             for i, m in enumerate(in_time)]
    represented = sum(len(m) for m in chosen)
    return Packed(lines=lines, tokens=used, budget=budget, input_records=len(records),
                  dropped_records=len(records) - represented,
                  collapsed_records=represented - len(chosen))


def default_ranking(records: Sequence[LogRecord]) -> list[int]:
    """Baseline rank: strongest level first, then newest."""
    return sorted(range(len(records)), key=lambda i: (-records[i].level, -records[i].ts, i))
