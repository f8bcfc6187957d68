"""LogQL metric queries and pipeline stages, around the subset of ``retrieval.logql``.

``parse_logql`` reads a stream selector and line filters: the queries LogLens itself sends.
Dashboards need more: ``sum by (source) (count_over_time({...} | json | msg="done" [5m]))``.
``parse_query`` reads that wider language — vector aggregations (``sum``, ``topk``...), range
aggregations (``rate``, ``count_over_time``, ``quantile_over_time``... with ``unwrap``),
pipeline stages (``json``, ``logfmt``, ``pattern``, ``regexp``, ``line_format``,
``label_format``, ``unwrap``, ``drop``, ``keep``, ``decolorize``, label filters, line filters
after stages), numbers, and ``+ - * / %`` between them — and hands every stream selector with
its leading line filters to ``parse_logql``, so selectors obey exactly its rules. ``render``
writes the tree back in one normal form; ``render(parse_query(q))`` parses to the same tree.
Grafana's ``$__auto``, ``$__interval``, ``$__rate_interval`` and ``$__range`` are accepted as
range durations. Errors are ``InvalidRequest`` naming the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from .errors import InvalidRequest
from .logql import _Parser, parse_logql, quote, render_query
from .selector import LabelMatcher, LineFilter

VECTOR_OPS = frozenset({"sum", "avg", "min", "max", "count", "stddev", "stdvar", "topk",
                        "bottomk", "sort", "sort_desc"})
PARAM_VECTOR_OPS = frozenset({"topk", "bottomk"})
RANGE_OPS = frozenset({"rate", "count_over_time", "bytes_rate", "bytes_over_time",
                       "absent_over_time", "rate_counter", "sum_over_time", "avg_over_time",
                       "max_over_time", "min_over_time", "first_over_time", "last_over_time",
                       "stdvar_over_time", "stddev_over_time", "quantile_over_time"})
#: range aggregations that need an ``unwrap`` stage (``rate`` takes one optionally)
UNWRAP_OPS = RANGE_OPS - {"count_over_time", "rate", "bytes_rate", "bytes_over_time",
                          "absent_over_time"}
STRING_STAGES = frozenset({"line_format", "pattern", "regexp"})
LABEL_FILTER_OPS = ("==", "!=", "=~", "!~", ">=", "<=", ">", "<", "=")
BIN_OPS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
_DURATION = re.compile(r"(?:\d+(?:ms|s|m|h|d|w|y))+|\$__(?:auto|interval|rate_interval|range)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Stage:
    """One pipeline stage: ``kind`` (``json``, ``label`` for a label filter, ``line`` for a
    line filter...) and its arguments as rendered tokens."""

    kind: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class LogQuery:
    matchers: tuple[LabelMatcher, ...]
    filters: tuple[LineFilter, ...]
    stages: tuple[Stage, ...] = ()


@dataclass(frozen=True)
class RangeAgg:
    op: str
    query: LogQuery
    range: str
    param: str | None = None
    grouping: tuple[str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class VectorAgg:
    op: str
    inner: Expr
    grouping: tuple[str, tuple[str, ...]] | None = None
    param: str | None = None


@dataclass(frozen=True)
class Number:
    value: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Expr
    right: Expr


Expr = LogQuery | RangeAgg | VectorAgg | Number | BinOp


def parse_query(text: str) -> Expr:
    """A LogQL log or metric query as a tree (see the module docstring for the language)."""
    return _MetricParser(text).parse()


def render(expr: Expr) -> str:
    """``expr`` as LogQL, in normal form (one space around pipes, ``by (...)`` before)."""
    if isinstance(expr, Number):
        return expr.value
    if isinstance(expr, LogQuery):
        return render_query(expr.matchers, expr.filters) + "".join(
            _render_stage(s) for s in expr.stages)
    if isinstance(expr, RangeAgg):
        param = f"{expr.param}, " if expr.param else ""
        group = f" {_render_group(expr.grouping)}" if expr.grouping else ""
        return f"{expr.op}({param}{render(expr.query)} [{expr.range}]){group}"
    if isinstance(expr, VectorAgg):
        group = f" {_render_group(expr.grouping)} " if expr.grouping else ""
        param = f"{expr.param}, " if expr.param else ""
        return f"{expr.op}{group}({param}{render(expr.inner)})"
    left, right = (f"({render(e)})" if isinstance(e, BinOp) else render(e)
                   for e in (expr.left, expr.right))
    return f"{left} {expr.op} {right}"


def _render_group(grouping: tuple[str, tuple[str, ...]]) -> str:
    return f"{grouping[0]} ({', '.join(grouping[1])})"


def _render_stage(stage: Stage) -> str:
    if stage.kind == "line":
        return f" {stage.args[0]} {stage.args[1]}"
    if stage.kind == "label":
        return f" | {''.join(stage.args)}"
    if stage.kind in ("drop", "keep", "label_format") or (stage.kind == "json" and stage.args):
        return f" | {stage.kind} {', '.join(stage.args)}"
    return f" | {' '.join((stage.kind, *stage.args))}"


class _MetricParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, message: str, pos: int | None = None) -> InvalidRequest:
        at = self.pos if pos is None else pos
        return InvalidRequest(f"LogQL parse error at col {at + 1}: {message}", field="query")

    def checked(self, model: type[BaseModel], **fields: str) -> None:
        """Validate a regex (or value) the way the selector models do."""
        try:
            model(**fields)
        except ValidationError as exc:
            raise self.error(str(exc.errors()[0]["msg"]).removeprefix("Value error, "),
                             ) from None

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self, token: str) -> bool:
        self.skip()
        return self.text.startswith(token, self.pos)

    def expect(self, token: str) -> None:
        if not self.peek(token):
            raise self.error(f"expected {token!r}")
        self.pos += len(token)

    def ident(self) -> str:
        self.skip()
        m = _IDENT.match(self.text, self.pos)
        if not m:
            raise self.error("expected a name")
        self.pos = m.end()
        return m.group()

    def string(self) -> str:
        self.skip()
        inner = _Parser(self.text)
        inner.pos = self.pos
        value = inner.string()
        self.pos = inner.pos
        return value

    # --- expressions ------------------------------------------------------------------------
    def parse(self) -> Expr:
        expr = self.expr(0)
        self.skip()
        if self.pos < len(self.text):
            raise self.error("unexpected text after the query")
        return expr

    def expr(self, min_prec: int) -> Expr:
        left = self.term()
        while True:
            self.skip()
            op = self.text[self.pos:self.pos + 1]
            if op not in BIN_OPS or BIN_OPS[op] < min_prec:
                return left
            self.pos += 1
            left = BinOp(op, left, self.expr(BIN_OPS[op] + 1))

    def term(self) -> Expr:
        self.skip()
        if self.peek("("):
            self.pos += 1
            inner = self.expr(0)
            self.expect(")")
            return inner
        if self.peek("{"):
            return self.log_query()
        number = _NUMBER.match(self.text, self.pos)
        if number:
            self.pos = number.end()
            return Number(number.group())
        at = self.pos
        name = self.ident()
        if name in RANGE_OPS:
            return self.range_agg(name)
        if name in VECTOR_OPS:
            return self.vector_agg(name)
        raise self.error(f"unknown function {name!r}", at)

    def grouping(self) -> tuple[str, tuple[str, ...]] | None:
        self.skip()
        m = re.compile(r"(by|without)\s*\(").match(self.text, self.pos)
        if not m:
            return None
        self.pos = m.end()
        labels = self.names(")")
        self.expect(")")
        return m.group(1), labels

    def names(self, end: str) -> tuple[str, ...]:
        out: list[str] = []
        while not self.peek(end) and self.pos < len(self.text):
            out.append(self.ident())
            if not self.peek(","):
                break
            self.pos += 1
        return tuple(out)

    def param(self) -> str:
        self.skip()
        m = _NUMBER.match(self.text, self.pos)
        if not m:
            raise self.error("expected a number parameter")
        self.pos = m.end()
        self.expect(",")
        return m.group()

    def vector_agg(self, op: str) -> VectorAgg:
        grouping = self.grouping()
        self.expect("(")
        param = self.param() if op in PARAM_VECTOR_OPS else None
        inner = self.expr(0)
        if isinstance(inner, LogQuery):
            raise self.error(f"{op}() needs a metric query, not a log query")
        self.expect(")")
        return VectorAgg(op, inner, grouping or self.grouping(), param)

    def range_agg(self, op: str) -> RangeAgg:
        self.expect("(")
        param = self.param() if op == "quantile_over_time" else None
        self.skip()
        query = self.log_query()
        self.expect("[")
        self.skip()
        m = _DURATION.match(self.text, self.pos)
        if not m:
            raise self.error("expected a range like 5m or $__auto")
        self.pos = m.end()
        self.expect("]")
        self.expect(")")
        unwrapped = any(s.kind == "unwrap" for s in query.stages)
        if unwrapped != (op in UNWRAP_OPS) and not (op == "rate" and unwrapped):
            raise self.error(f"{op}() {'needs' if op in UNWRAP_OPS else 'cannot take'} an "
                             "unwrap stage")
        grouping = self.grouping()
        if grouping and not unwrapped:
            raise self.error(f"grouping after {op}() is only allowed for unwrapped ranges")
        return RangeAgg(op, query, m.group(), param, grouping)

    # --- log queries ------------------------------------------------------------------------
    def log_query(self) -> LogQuery:
        start = self.pos
        self.pos = self.selector_end(start)
        while True:  # leading line filters belong to parse_logql's subset
            self.skip()
            op = self.text[self.pos:self.pos + 2]
            if op not in ("|=", "!=", "|~", "!~"):
                break
            self.pos += 2
            self.string()
        try:
            matchers, filters = parse_logql(self.text[start:self.pos])
        except InvalidRequest as exc:
            raise self.error(f"in the stream selector: {exc.message}", start) from None
        stages: list[Stage] = []
        while (stage := self.stage()) is not None:
            stages.append(stage)
        return LogQuery(tuple(matchers), tuple(filters), tuple(stages))

    def selector_end(self, start: int) -> int:
        if self.text[start:start + 1] != "{":
            raise self.error("expected a stream selector '{...}'", start)
        i, n = start + 1, len(self.text)
        while i < n:
            ch = self.text[i]
            if ch in "\"`":
                self.pos = i
                self.string()
                i = self.pos
                continue
            if ch == "}":
                return i + 1
            i += 1
        raise self.error("stream selector not closed (missing '}')", start)

    def stage(self) -> Stage | None:
        self.skip()
        two = self.text[self.pos:self.pos + 2]
        if two in ("|=", "!=", "|~", "!~"):
            self.pos += 2
            value = self.string()
            self.checked(LineFilter, op=two, value=value)
            return Stage("line", (two, quote(value)))
        if not self.text.startswith("|", self.pos):
            return None
        self.pos += 1
        at = self.pos
        name = self.ident()
        if name in STRING_STAGES:
            return Stage(name, (quote(self.string()),))
        if name in ("json", "logfmt", "decolorize"):
            return Stage(name, self.flags_or_params(name))
        if name in ("drop", "keep"):
            return Stage(name, self.names("|"))
        if name == "label_format":
            return Stage(name, self.assignments())
        if name == "unwrap":
            return Stage(name, (self.unwrap_target(),))
        op = next((o for o in LABEL_FILTER_OPS if self.peek(o)), None)
        if op is None:
            raise self.error(f"unknown stage {name!r}", at)
        self.pos += len(op)
        return Stage("label", (name, op, self.label_value(op)))

    def flags_or_params(self, name: str) -> tuple[str, ...]:
        out: list[str] = []
        if name == "json":  # json a="path", b="path"
            while True:
                self.skip()
                m = _IDENT.match(self.text, self.pos)
                rest = self.text[m.end():].lstrip() if m else ""
                if not m or not rest.startswith("=") or rest.startswith("=="):
                    return tuple(out)
                self.pos = m.end()
                self.expect("=")
                out.append(f"{m.group()}={quote(self.string())}")
                if not self.peek(","):
                    return tuple(out)
                self.pos += 1
        while self.peek("--"):
            self.pos += 2
            out.append("--" + self.ident())
        return tuple(out)

    def assignments(self) -> tuple[str, ...]:
        out = []
        while True:
            target = self.ident()
            self.expect("=")
            self.skip()
            if self.text[self.pos:self.pos + 1] in "\"`":
                out.append(f"{target}={quote(self.string())}")
            else:
                out.append(f"{target}={self.ident()}")
            if not self.peek(","):
                return tuple(out)
            self.pos += 1

    def unwrap_target(self) -> str:
        name = self.ident()
        if name in ("duration", "duration_seconds", "bytes") and self.peek("("):
            self.pos += 1
            inner = self.ident()
            self.expect(")")
            return f"{name}({inner})"
        return name

    def label_value(self, op: str) -> str:
        self.skip()
        if self.text[self.pos:self.pos + 1] in "\"`":
            value = self.string()
            if op in ("=~", "!~"):
                self.checked(LabelMatcher, name="x", op=op, value=value)
            return quote(value)
        if op in ("=~", "!~"):
            raise self.error("a regex label filter needs a string")
        m = re.compile(r"\d+(?:\.\d+)?(?:ms|s|m|h|d|[KMGT]?i?B)?").match(self.text, self.pos)
        if not m:
            raise self.error("expected a string, number, duration or size")
        self.pos = m.end()
        return m.group()
