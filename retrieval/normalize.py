"""From raw records to parsed ones: fields, message and severity of every line.

The level of a record comes from the first of these that says anything:

1. a level field of a structured line: JSON (``level``, ``lvl``, ``severity``, ``levelname``,
   ``log.level`` / ``{"log": {"level"}}``, ``loglevel``, ``@l``, OTel severity numbers, pino
   and bunyan numbers 10-60, syslog ``PRIORITY`` 0-7) or logfmt (``level=error``); a
   Kubernetes event's ``type`` (``type=Warning reason=OOMKilled ...``: Normal INFO, Warning
   WARN, as the event itself says);
2. how the line was written: klog ``E0301 ...`` (I/W/E/F), Python ``ERROR:name:msg``, a level
   word near the start (``2026-... ERROR [main] c.x.Y - msg``, ``[warn]``, ``Warning:``),
   syslog ``<3>``, Go ``panic:`` / ``fatal error:`` (CRITICAL), PostgreSQL ``ERROR:  ``
   (``FATAL`` ends one session: ERROR; ``PANIC``: CRITICAL), HTTP access lines (nginx, Envoy:
   5xx ERROR; 401, 403, 407, 408, 429 WARN, as they point at auth, timeouts or rate limits;
   other statuses INFO, the client's own mistake);
3. a level the source already knew, then Loki's ``detected_level`` label;
4. keywords: CRITICAL for fatal, panic, emergency, OOMKilled, out of memory, segfaults;
   ERROR for error, exception (also ``FooException``/``BarError`` class names), failed,
   Traceback, refused, denied, ...; WARN for warn, warning, deprecated, retrying, ...; and a
   non-empty ``err``/``error`` field means ERROR. Negated counts (``errors: 0``, ``no error``,
   ``0 failed``, ``err=<nil>``) are removed first. Structured lines are searched in their
   message (and error fields) only, never their keys.

Else the level stays UNKNOWN. ``join_multiline`` (in ``retrieval.multiline``) is re-exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lineparse import LEVEL_WORDS, parse_line
from .multiline import join_multiline
from .records import Level, LogRecord

__all__ = ["join_multiline", "keyword_level", "normalize", "normalize_records"]

_KEYWORD_SCAN_CHARS = 4000
_TRACEBACK = "Traceback (most recent call last):"

_NEGATED = re.compile(
    r"\b(?:no|zero|0|without|none|nothing)\s+(?:\w+\s+)?"
    r"(?:errors?|exceptions?|failures?|failed|warnings?|panics?|fatal)\b"
    r"|\b(?:errors?|err|exceptions?|failures?|failed|fails|warnings?|warns?|panics?|fatal)"
    r"[\"']?\s*[=:]\s*(?:0+(?:\.0+)?|none|null|nil|<nil>|false|\[\]|\{\}|\"\"|''|-)(?![\w.])"
    r"|\berror[- ]free\b",
    re.IGNORECASE)
_CRITICAL = re.compile(
    r"\b(?:fatal|panic(?:s|ked)?|emerg(?:ency)?|critical|oomkill(?:ed)?|oom-kill(?:ed)?"
    r"|out of memory|outofmemory(?:error)?|segmentation fault|sigsegv|kernel panic"
    r"|crashloopbackoff)\b",
    re.IGNORECASE)
_ERROR = re.compile(
    r"\b(?:errors?|exceptions?|failed|failure|failures|fail|fails|failing|traceback|unhandled"
    r"|refused|denied|crash(?:ed|es)?|unable to|cannot|could not|timed out|deadline exceeded"
    r"|unreachable|errimagepull|imagepullbackoff|aborted|abort)\b",
    re.IGNORECASE)
_ERROR_CLASS = re.compile(r"[A-Za-z0-9](?:Exception|Error)\b")
_WARN = re.compile(
    r"\b(?:warn|warns|warning|warnings|deprecated|deprecation|retrying|retry|retries|degraded"
    r"|throttled|throttling|slow)\b",
    re.IGNORECASE)
# A substring every match of _CRITICAL, _ERROR, _ERROR_CLASS or _WARN holds, lowercased: an
# ASCII text holding none of them has no keyword (removing negations only removes matches).
_STEMS = ("fatal", "panic", "emerg", "critical", "oom", "out of memory", "outofmemory",
          "segmentation fault", "sigsegv", "crash", "error", "exception", "fail", "traceback",
          "unhandled", "refused", "denied", "unable to", "cannot", "could not", "timed out",
          "deadline exceeded", "unreachable", "errimagepull", "imagepullbackoff", "abort",
          "warn", "deprecat", "retr", "degraded", "throttl", "slow")
_ANY_STEM = re.compile("|".join(re.escape(stem) for stem in _STEMS))
# The same patterns for lowercased ASCII text, where they match the same spans two or three
# times faster than with IGNORECASE (their letters are all lowercase).
_NEGATED_LOWER, _CRITICAL_LOWER, _ERROR_LOWER, _WARN_LOWER = (
    re.compile(rx.pattern) for rx in (_NEGATED, _CRITICAL, _ERROR, _WARN))


def keyword_level(text: str) -> Level | None:
    """The level keywords in ``text`` suggest, after removing negated counts; None if none."""
    text = text[:_KEYWORD_SCAN_CHARS]
    if not text:
        return None
    if not text.isascii():
        return _keyword_ladder(text, text, _CASELESS)
    low = text.lower()
    if _ANY_STEM.search(low) is None:  # the common case: most lines name no keyword at all
        return None
    return _keyword_ladder(low, text, _LOWERCASE)


_CASELESS = (_NEGATED, _CRITICAL, _ERROR, _WARN)
_LOWERCASE = (_NEGATED_LOWER, _CRITICAL_LOWER, _ERROR_LOWER, _WARN_LOWER)


def _keyword_ladder(probe: str, text: str, patterns: tuple[re.Pattern[str], ...]
                    ) -> Level | None:
    """The ladder of ``keyword_level``: ``patterns`` (negated, critical, error, warn) run on
    ``probe`` (the text, or its lowercase with the lowercase patterns); the exception-class
    pattern, which is case-sensitive, on ``text``."""
    negated, critical, error, warn = patterns
    if negated.search(probe):
        same = probe is text
        probe = negated.sub(" ", probe)
        text = probe if same else _NEGATED.sub(" ", text)
    if critical.search(probe):
        return Level.CRITICAL
    if error.search(probe) or _ERROR_CLASS.search(text):
        return Level.ERROR
    if warn.search(probe):
        return Level.WARN
    return None


def normalize(record: LogRecord) -> LogRecord:
    """A new record with ``level``, ``message`` and ``fields`` read from its line (the
    first line of a joined stack trace; for a bare Python traceback, its last line)."""
    line = record.line
    head, newline, _ = line.partition("\n")
    parsed = parse_line(head)
    level = parsed.structured or parsed.prefix
    if level is None and record.level is not Level.UNKNOWN:
        level = record.level
    if level is None:
        detected = record.labels.get("detected_level")
        if detected:
            level = LEVEL_WORDS.get(detected.lower())
    if level is None:
        text = parsed.keyword_text
        if newline:
            text = f"{text}\n{line[len(head) + 1:]}"
        level = keyword_level(text)
        if level is None and parsed.error_field:
            level = Level.ERROR
    message = parsed.message
    if (newline and parsed.structured is None and parsed.prefix is None
            and _TRACEBACK in line):  # a Python traceback: its last line says what happened
        tail = [t for t in line.split("\n") if t and not t[:1].isspace()]
        message = tail[-1] if len(tail) > 1 else message
    fields = {**parsed.fields, **record.fields} if record.fields else parsed.fields
    return LogRecord(record.ts, dict(record.labels), line, level or Level.UNKNOWN, message,
                     fields)


def normalize_records(records: Iterable[LogRecord]) -> list[LogRecord]:
    """Join multi-line stack traces, then normalize every record; input order is kept."""
    return [normalize(r) for r in join_multiline(list(records))]
