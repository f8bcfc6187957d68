"""Reading timestamps out of log data, to the nanosecond, without ``datetime`` rounding.

- ``parse_rfc3339``: ``2026-03-01T12:00:01.123456789Z`` (also a space for ``T``, a comma for the
  decimal point, ``+02:00``/``+0200`` zones; no zone means UTC).
- ``parse_epoch``: seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude.
- ``leading_timestamp``: the time at the start of a plain log line (ISO/RFC 3339, Go's
  ``2026/03/01 12:00:01``, syslog ``Mar  1 12:00:01``, klog ``E0301 12:00:01.123456``, nginx
  ``[01/Mar/2026:12:00:01 +0000]``), with the length of the prefix it took.
"""

from __future__ import annotations

import calendar
import re
import time
from functools import lru_cache

_NS = 10**9

_ISO = re.compile(
    r"(\d{4})[-/.](\d{2})[-/.](\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
    r"\s?(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?(?!\d|:\d)")
_HOUR = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2})")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_SYSLOG = re.compile(
    r"([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?!\d)")
_KLOG = re.compile(r"[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{1,9})(?!\d)")
_CLF = re.compile(
    r"\[?(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"
    r"(?: ([+-]\d{4}))?\]?")
_CLF_SEARCH_LIMIT = 80  # nginx puts the client address and user before the bracketed time


def _frac_ns(frac: str | None) -> int:
    return int(frac.ljust(9, "0")) if frac else 0


def _offset_s(zone: str | None) -> int:
    if not zone or zone in ("Z", "z", "UTC"):
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return sign * (hours * 3600 + minutes * 60)


def _epoch_ns(year: int, month: int, day: int, hour: int, minute: int, second: int,
              frac: str | None, zone: str | None) -> int | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59
            and second <= 60):
        return None
    secs = calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
    return (secs - _offset_s(zone)) * _NS + _frac_ns(frac)


def _iso_ns(m: re.Match[str]) -> int | None:
    y, mo, d, h, mi, s, frac, zone = m.groups()
    return _epoch_ns(int(y), int(mo), int(d), int(h), int(mi), int(s), frac, zone)


def parse_rfc3339(text: str) -> int | None:
    """Nanoseconds since the epoch for an RFC 3339 / ISO 8601 time, or None."""
    # Fast path for the common UTC form (CRI, Loki, most JSON loggers): 2026-03-01T12:00:01.1Z
    if len(text) >= 20 and text[-1] == "Z" and text[19] in ".Z" and text[13] == ":" == text[16]:
        hour = _hour_secs(text[:13])
        mm, ss, frac = text[14:16], text[17:19], text[20:-1]
        whole = not frac and text[19] == "Z"
        if (hour is not None and mm.isdecimal() and ss.isdecimal() and int(mm) < 60
                and int(ss) <= 60 and len(frac) <= 9 and (whole or frac.isdecimal())):
            return (hour + int(mm) * 60 + int(ss)) * _NS + _frac_ns(frac)
    m = _ISO.fullmatch(text.strip())
    return _iso_ns(m) if m else None


@lru_cache(maxsize=256)
def _hour_secs(prefix: str) -> int | None:
    """Epoch seconds of ``2026-03-01T12`` (cached: a log's lines share their hour)."""
    m = _HOUR.fullmatch(prefix)
    if not m:
        return None
    ns = _epoch_ns(int(m[1]), int(m[2]), int(m[3]), int(m[4]), 0, 0, None, None)
    return None if ns is None else ns // _NS


def parse_epoch(value: int | float | str) -> int | None:
    """Nanoseconds for an epoch number in s, ms, µs or ns (told apart by magnitude), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        whole, _, frac = text.partition(".")
        if not whole.isdecimal() or (frac and not frac.isdecimal()):
            return None
        number = int(whole)
        scale = _scale(number)
        return number * scale + (int(frac.ljust(9, "0")[:9]) * scale // _NS if frac else 0)
    if isinstance(value, int):
        return value * _scale(value) if value >= 0 else None
    if isinstance(value, float) and value >= 0 and value == value and value != float("inf"):
        return round(value * _scale(int(value)))
    return None


def _scale(number: int) -> int:
    if number < 10**11:  # seconds until the year 5138
        return _NS
    if number < 10**14:
        return 10**6
    if number < 10**17:
        return 10**3
    return 1


def parse_any(value: object) -> int | None:
    """An RFC 3339 string, an epoch number, or a string of epoch digits, as ns; else None."""
    if isinstance(value, str):
        ts = parse_rfc3339(value)
        return ts if ts is not None else parse_epoch(value)
    if isinstance(value, int | float):
        return parse_epoch(value)
    return None


def parse_ns(value: object) -> int | None:
    """Loki's and the golden dataset's entry times: integer nanoseconds (or their digits), or
    RFC 3339; None otherwise. Unlike ``parse_any``, a small number is not taken for seconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isdecimal() else parse_rfc3339(text)
    return None


def _year_for(month: int, day: int, ref_ns: int | None) -> int:
    """The year of a year-less time: the reference's, or the one before when that would put
    the time more than a day after the reference (a December line read in January)."""
    ref = ref_ns if ref_ns is not None else time.time_ns()
    year = time.gmtime(ref // _NS).tm_year
    ts = _epoch_ns(year, month, day, 0, 0, 0, None, None)
    return year - 1 if ts is not None and ts > ref + 86400 * _NS else year


def leading_timestamp(line: str, ref_ns: int | None = None) -> tuple[int, int] | None:
    """``(ns, end)`` for a time at the start of ``line`` (after an optional ``[``), where
    ``end`` is the index just past it; None when the line does not start with one.
    ``ref_ns`` supplies the year for formats that lack one (syslog, klog)."""
    if not line:
        return None
    first = line[0]
    start = 1 if first == "[" else 0
    c = line[start:start + 1]
    if c.isdecimal():
        m = _ISO.match(line, start)
        if m:
            ts = _iso_ns(m)
            return None if ts is None else (ts, _close(line, m.end(), start))
        m2 = _CLF.match(line, 0)
        if m2:
            return _clf(m2, line)
        return None
    if first in "IWEF":
        m = _KLOG.match(line)
        if m:
            mo, d, h, mi, s, frac = m.groups()
            year = _year_for(int(mo), int(d), ref_ns)
            ts = _epoch_ns(year, int(mo), int(d), int(h), int(mi), int(s), frac, None)
            return None if ts is None else (ts, m.end())
    if c.isupper():
        m = _SYSLOG.match(line, start)
        if m and m.group(1).lower() in _MONTHS:
            mon, d, h, mi, s, frac = m.groups()
            month = _MONTHS[mon.lower()]
            year = _year_for(month, int(d), ref_ns)
            ts = _epoch_ns(year, month, int(d), int(h), int(mi), int(s), frac, None)
            return None if ts is None else (ts, _close(line, m.end(), start))
    return None


def _close(line: str, end: int, start: int) -> int:
    return end + 1 if start and line[end:end + 1] == "]" else end


def _clf(m: re.Match[str], line: str) -> tuple[int, int] | None:
    d, mon, y, h, mi, s, frac, zone = m.groups()
    month = _MONTHS.get(mon.lower())
    if month is None:
        return None
    ts = _epoch_ns(int(y), month, int(d), int(h), int(mi), int(s), frac, zone)
    return None if ts is None else (ts, m.end())


def access_log_timestamp(line: str) -> int | None:
    """The bracketed ``[01/Mar/2026:12:00:01 +0000]`` time of an nginx/Apache access line."""
    idx = line.find("[", 0, _CLF_SEARCH_LIMIT)
    if idx < 0:
        return None
    m = _CLF.match(line, idx)
    if not m:
        return None
    found = _clf(m, line)
    return found[0] if found else None
