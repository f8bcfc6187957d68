"""What to fetch: a scope of labels, line filters and a time window.

A ``Selector`` is the one request shape every ``LogSource`` answers with the same semantics
(Loki's): label regexes are fully anchored, line-filter regexes are searched, ``|=`` is a
case-sensitive substring test, ``start`` is inclusive and ``end`` exclusive.
"""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import InvalidRequest

MAX_LIMIT = 200
DEFAULT_LIMIT = 15
DEFAULT_WINDOW_NS = 3600 * 10**9
#: the words of a line that looks like trouble
TROUBLE_WORDS = "error|warn|failed|exception|panic|fatal"
# The seed pipeline's default: only lines that look like trouble reach the model.
DEFAULT_LINE_FILTER = f"(?i)({TROUBLE_WORDS})"

# Label names in Loki follow Prometheus: [a-zA-Z_][a-zA-Z0-9_]*
LABEL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w)$")
_UNIT_NS = {"ns": 1, "us": 10**3, "µs": 10**3, "ms": 10**6, "s": 10**9, "m": 60 * 10**9,
            "h": 3600 * 10**9, "d": 86400 * 10**9, "w": 7 * 86400 * 10**9}

LabelOp = Literal["=", "!=", "=~", "!~"]
FilterOp = Literal["|=", "!=", "|~", "!~"]


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
    return pattern


class Regex(BaseModel):
    """A label value given as a regular expression, fully anchored as in Loki."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    regex: Annotated[str, Field(min_length=1)]

    @field_validator("regex")
    @classmethod
    def _valid(cls, v: str) -> str:
        return _check_regex(v)


class LabelMatcher(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    op: LabelOp = "="
    value: str

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not LABEL_NAME.match(v):
            raise ValueError(f"invalid label name {v!r}: use letters, digits and underscores")
        return v

    @model_validator(mode="after")
    def _regex(self) -> LabelMatcher:
        if self.op in ("=~", "!~"):
            _check_regex(self.value)
        return self

    def matches(self, labels: dict[str, str]) -> bool:
        actual = labels.get(self.name, "")  # Loki: a missing label matches as ""
        if self.op == "=":
            return actual == self.value
        if self.op == "!=":
            return actual != self.value
        hit = _compiled(self.value).fullmatch(actual) is not None
        return hit if self.op == "=~" else not hit


class LineFilter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    op: FilterOp = "|="
    value: str

    @model_validator(mode="after")
    def _regex(self) -> LineFilter:
        if self.op in ("|~", "!~"):
            _check_regex(self.value)
        return self

    def matches(self, line: str) -> bool:
        if self.op == "|=":
            return self.value in line
        if self.op == "!=":
            return self.value not in line
        hit = _compiled(self.value).search(line) is not None
        return hit if self.op == "|~" else not hit


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    rx = _CACHE.get(pattern)
    if rx is None:
        rx = _CACHE[pattern] = re.compile(pattern, re.DOTALL)
    return rx


TimeValue = int | str | None
ScopeValue = Annotated[str, Field(min_length=1)] | Regex | None

SCOPE_LABELS = ("namespace", "pod", "container", "node", "app")


class Selector(BaseModel):
    """Which lines to fetch. Every field is optional; an empty selector means "everything"."""

    model_config = ConfigDict(extra="forbid")

    namespace: ScopeValue = None
    pod: ScopeValue = None
    container: ScopeValue = None
    node: ScopeValue = None
    app: ScopeValue = None
    labels: list[LabelMatcher] = Field(default_factory=list, description="extra label matchers")
    filters: list[LineFilter] = Field(default_factory=list, description="line filters, in order")
    default_filter: bool = Field(
        True, description=f"add the line filter |~ {DEFAULT_LINE_FILTER!r} before the others")
    start: TimeValue = Field(
        None, description="RFC 3339, relative (`1h` = 1h before end) or ns")
    end: TimeValue = Field(
        None, description="RFC 3339, relative (`5m` = 5m ago) or ns; default now")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    direction: Literal["backward", "forward"] = "backward"

    @field_validator("start", "end")
    @classmethod
    def _time(cls, v: TimeValue) -> TimeValue:
        if v is not None:
            parse_time(v, now_ns=0)  # raises ValueError with a clear message
        return v

    def matchers(self) -> list[LabelMatcher]:
        """All label matchers: the scope fields first (in a fixed order), then ``labels``."""
        out: list[LabelMatcher] = []
        for name in SCOPE_LABELS:
            value = getattr(self, name)
            if isinstance(value, Regex):
                out.append(LabelMatcher(name=name, op="=~", value=value.regex))
            elif value is not None:
                out.append(LabelMatcher(name=name, op="=", value=value))
        out.extend(self.labels)
        return out

    def line_filters(self) -> list[LineFilter]:
        pre = [LineFilter(op="|~", value=DEFAULT_LINE_FILTER)] if self.default_filter else []
        return pre + list(self.filters)

    def window(self, now_ns: int | None = None) -> tuple[int, int]:
        """``(start_ns, end_ns)``: end defaults to now, start to one hour before end."""
        now = time.time_ns() if now_ns is None else now_ns
        end = now if self.end is None else parse_time(self.end, now_ns=now)
        start = (end - DEFAULT_WINDOW_NS if self.start is None
                 else parse_time(self.start, now_ns=end))
        if start >= end:
            raise InvalidRequest("start must be before end", field="start")
        return start, end

    def matches(self, labels: dict[str, str], line: str) -> bool:
        return all(m.matches(labels) for m in self.matchers()) and all(
            f.matches(line) for f in self.line_filters())


def parse_time(value: int | str, *, now_ns: int) -> int:
    """A time as ns since the epoch. Accepts ns integers (or their digits), RFC 3339 with a
    zone, or a duration like ``90s``/``1h``/``7d`` meaning that long before ``now_ns``."""
    if isinstance(value, bool):
        raise ValueError("a time must be RFC 3339, a duration like 1h, or integer nanoseconds")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("a time in nanoseconds must not be negative")
        return value
    text = value.strip()
    if text.isdigit():
        return int(text)
    rel = _RELATIVE.match(text)
    if rel:
        return now_ns - int(float(rel.group(1)) * _UNIT_NS[rel.group(2)])
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"cannot read time {value!r}: use RFC 3339 with a zone "
            "(2026-03-01T12:00:00Z), a duration like 1h, or integer nanoseconds") from None
    if dt.tzinfo is None:
        raise ValueError(f"time {value!r} has no zone: add Z or an offset like +02:00")
    return int(dt.timestamp()) * 10**9 + dt.microsecond * 1000
