"""Joining the lines of one stack trace, shipped as separate log entries, into one record.

Within one stream (same labels, less the per-line labels Loki adds such as
``detected_level``) and in time order, a line continues the record before it when it is:

- a Java frame or trailer: ``\\tat ...``, ``Caused by: ...``, ``Suppressed: ...``,
  ``... 12 more`` (these attach to whatever line precedes them, often ``ERROR ... failed``);
- inside a trace that a line started (``Traceback (most recent call last):``, a Java exception
  line like ``java.lang.IllegalStateException: boom``, Go's ``panic:``, ``fatal error:``,
  ``goroutine 1 [running]:``): any indented line, Python's ``During handling...`` and the
  final ``ValueError: msg`` line, Go's ``goroutine`` headers, ``main.f(...)`` frames and
  ``created by`` lines;
- indented under the header of .NET's console logger (``fail: Shop.Checkout[0]``: the
  message, its exception and the exception's `` ---> `` inner ones follow, indented);
- after a Phoenix/Cowboy request process's crash report (``#PID<0.464.0> running
  Web.Endpoint (connection #PID<0.448.0>, stream id 6) terminated``): its ``Server:`` and
  ``Request:`` lines, ``** (exit) ...`` and the indented exception and stack frames.

A continuation more than ``max_gap_ns`` after the line before it starts a record of its own
(its head was probably filtered out). Records may come newest first (Loki's ``backward``):
each stream is read oldest first and the surviving records keep the input's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .records import LogRecord

MAX_GAP_NS = 5 * 10**9
#: labels that vary line by line within one stream (Loki's detected level, structured metadata)
VOLATILE_LABELS = frozenset({"detected_level", "level", "severity", "trace_id", "span_id",
                             "traceID", "spanID"})

_JAVA_CONT = re.compile(r"\s+at \S|\s*\.\.\. \d+ (?:more|common frames omitted)"
                        r"|\s*(?:Caused by|Suppressed): ")
_JAVA_HEAD = re.compile(r"(?:Exception in thread \"[^\"]*\" )?(?:[a-zA-Z_$][\w$]*\.)+"
                        r"[A-Z][\w$]*(?:Exception|Error|Throwable)\b(?::.*)?")
_PY_HEAD = "Traceback (most recent call last):"
_PY_CHAINED = ("During handling of the above", "The above exception was the direct cause")
_PY_CONT = re.compile(r"\s|Traceback \(most recent call last\):|During handling of the above"
                      r"|The above exception was the direct cause")
_PY_END = re.compile(r"([A-Za-z_][\w.]*)(?::.*)?")
_GO_HEAD = re.compile(r"(?:panic: |fatal error: |goroutine \d+ \[)")
_GO_CONT = re.compile(r"\s|goroutine \d+ \[|created by |\[signal |[\w./*()\[\]-]+\(.*\)$"
                      r"|panic: .*\[recovered\]")

#: Microsoft.Extensions.Logging's simple console format: a header line, the message below it
_DOTNET_HEAD = re.compile(r"(?:trce|dbug|info|warn|fail|crit): [\w.`+<>]+\[\d+\]\s*")

_ELIXIR_HEAD = re.compile(r"#PID<[\d.]+> running \S+ \(connection #PID<[\d.]+>, "
                          r"stream id \d+\) terminated\s*$")
_ELIXIR_CONT = re.compile(r"\s|Server: |Request: |\*\* \(")

_JAVA, _PYTHON, _PYTHON_END, _GO = "java", "python", "python_end", "go"
_DOTNET, _ELIXIR = "dotnet", "elixir"


def _starts(line: str) -> str | None:
    """The kind of trace a head line starts, if any."""
    if (_PY_HEAD in line and (line.startswith(_PY_HEAD) or line.rstrip().endswith(_PY_HEAD))
            or line.startswith(_PY_CHAINED)):
        return _PYTHON
    first = line[:1]
    if first in "pfg" and _GO_HEAD.match(line):
        return _GO
    if first in "tdiwfc" and line.rstrip().endswith("]") and _DOTNET_HEAD.fullmatch(line):
        return _DOTNET
    if "#PID<" in line and _ELIXIR_HEAD.search(line):  # after Logger's time and level
        return _ELIXIR
    if ("Exception" in line or "Error" in line or "Throwable" in line) and _JAVA_HEAD.fullmatch(
            line):
        return _JAVA
    return None


_JAVA_CONT_FIRST = frozenset(".CS")  # what a _JAVA_CONT match starts with, but whitespace


def _continues(line: str, state: str | None, previous: str) -> str | None:
    """The trace state after ``line`` if it continues the current record (whose last line
    is the last line of ``previous``), else None."""
    first = line[:1]
    if (first in _JAVA_CONT_FIRST or first.isspace()) and _JAVA_CONT.match(line):
        return _JAVA
    if state is None:
        return None
    if state == _PYTHON:
        if _PY_CONT.match(line):
            return _PYTHON
        last = previous.rsplit("\n", 1)[-1]
        end = _PY_END.fullmatch(line) if last[:1].isspace() else None
        if end and not end.group(1).isupper():
            return _PYTHON_END  # the exception line that ends a traceback
        return None
    if state == _PYTHON_END:
        return _PYTHON if _PY_CONT.match(line) and not line[:1].isspace() else None
    if state == _GO:
        return _GO if _GO_CONT.match(line) else None
    if state == _ELIXIR:
        return _ELIXIR if _ELIXIR_CONT.match(line) else None
    return state if line[:1].isspace() else None


def _stream_key(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(kv for kv in labels.items() if kv[0] not in VOLATILE_LABELS))


def _streams(records: Sequence[LogRecord]) -> dict[tuple[tuple[str, str], ...], list[int]]:
    """Record indices by stream, in input order."""
    streams: dict[tuple[tuple[str, str], ...], list[int]] = {}
    keys: dict[tuple[tuple[str, str], ...], list[int]] = {}  # labels as given -> stream
    for i, record in enumerate(records):
        given = tuple(record.labels.items())
        indices = keys.get(given)
        if indices is None:
            indices = keys[given] = streams.setdefault(_stream_key(record.labels), [])
        indices.append(i)
    return streams


def join_multiline(records: Sequence[LogRecord], *,
                   max_gap_ns: int = MAX_GAP_NS) -> list[LogRecord]:
    """Records with stack-trace continuation lines folded into the line that starts them
    (``line`` joined with newlines; ``ts``, labels and message are the head's)."""
    streams = _streams(records)
    joined: dict[int, str] = {}  # head index -> its line with the continuations
    absorbed: set[int] = set()
    for indices in streams.values():
        for head, conts in _join_stream(records, _chronological(records, indices), max_gap_ns):
            joined[head] = "\n".join([records[head].line, *(line for _, line in conts)])
            absorbed.update(i for i, _ in conts)
    out: list[LogRecord] = []
    for i, record in enumerate(records):
        if i in absorbed:
            continue
        line = joined.get(i)
        out.append(record if line is None else replace(record, line=line))
    return out


def _chronological(records: Sequence[LogRecord], indices: list[int]) -> list[int]:
    """A stream's indices oldest first. Lines sharing one time arrive in file order from
    our sources but reversed from Loki's ``backward``: a tie group where trace heads follow
    their continuation lines rather than precede them is turned around."""
    order = sorted(indices, key=lambda i: records[i].ts)
    start = 0
    while start < len(order):
        end = start + 1
        ts = records[order[start]].ts
        while end < len(order) and records[order[end]].ts == ts:
            end += 1
        if end - start > 1:
            lines = [records[i].line for i in order[start:end]]
            score = 0
            for a, b in zip(lines, lines[1:], strict=False):
                if _starts(a) and _is_continuation(b):
                    score += 1
                elif _is_continuation(a) and _starts(b):
                    score -= 1
            if score < 0:
                order[start:end] = order[start:end][::-1]
        start = end
    return order


def _is_continuation(line: str) -> bool:
    return (line[:1].isspace() or _JAVA_CONT.match(line) is not None
            or line.startswith(("goroutine ", "Server: ", "Request: ", "** (")))


def _join_stream(records: Sequence[LogRecord], order: list[int],
                 max_gap_ns: int) -> list[tuple[int, list[tuple[int, str]]]]:
    groups: list[tuple[int, list[tuple[int, str]]]] = []
    state: str | None = None
    head = -1
    conts: list[tuple[int, str]] = []
    prev_ts = 0
    previous = ""
    for i in order:
        record = records[i]
        line = record.line
        nxt = (_continues(line, state, previous)
               if head >= 0 and record.ts - prev_ts <= max_gap_ns else None)
        if nxt is not None:
            conts.append((i, line))
            state = nxt
        else:
            if conts:
                groups.append((head, conts))
            head, conts = i, []
            state = _starts(line.partition("\n")[0])
        prev_ts = record.ts
        previous = line
    if conts:
        groups.append((head, conts))
    return groups
