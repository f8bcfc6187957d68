"""LogQL for the subset LogLens speaks: one stream selector followed by line filters.

``render_logql`` turns a ``Selector`` into the query Loki runs; ``parse_logql`` reads the same
subset back (it is also what checks the queries in our dashboards); label filters on structured
metadata, which ``render_logql`` writes for an OTLP-labelled Loki, are not part of it. Strings
follow Loki's lexer (Go's ``text/scanner`` plus Prometheus' ``strutil.Unquote``): double-quoted
with Go escapes, or raw between backticks. ``#`` starts a comment that runs to the end of the line.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from pydantic import ValidationError

from .errors import InvalidRequest
from .selector import LabelMatcher, LineFilter, Selector

#: Added by ``render_logql`` when no matcher would pick streams on its own (see there).
GUARD_MATCHER = LabelMatcher(name="namespace", op="=~", value=".+")
#: Loki refuses queries of this many bytes or more ("input size too long").
MAX_QUERY_BYTES = 5120

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
              "\\": "\\", '"': '"'}
_HEX = frozenset("0123456789abcdefABCDEF")
_WHITESPACE = frozenset(" \t\r\n")
_LABEL_OPS = ("=~", "!~", "!=", "=")  # longest first
_FILTER_OPS = ("|=", "!=", "|~", "!~")


def quote(value: str) -> str:
    """``value`` as a LogQL double-quoted string: backslash, quote, newline, tab and CR get
    their short escapes, other non-printable characters ``\\xHH``/``\\uHHHH``/``\\UHHHHHHHH``;
    printable non-ASCII passes as UTF-8. Raises ``InvalidRequest`` on a lone surrogate,
    which no UTF-8 query can carry."""
    if value.isprintable() and "\\" not in value and '"' not in value:
        return f'"{value}"'
    out = ['"']
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        else:
            cp = ord(ch)
            if 0xD800 <= cp <= 0xDFFF:
                raise InvalidRequest(f"value {value!r} holds a lone surrogate (U+{cp:04X})")
            out.append(f"\\x{cp:02x}" if cp < 0x80 else
                       f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}")
    out.append('"')
    return "".join(out)


def needs_guard(matchers: Iterable[LabelMatcher]) -> bool:
    """True when Loki would refuse these matchers: it needs at least one that does not match
    the empty string (Loki's own test, ``SplitFiltersAndMatchers``: ``a!="x"``, ``a=""`` and
    ``a=~".*"`` match ""; ``a="x"``, ``a!=""`` and ``a=~".+"`` do not)."""
    return all(m.matches({}) for m in matchers)


def render_logql(selector: Selector, *, names: Mapping[str, str] | None = None,
                 metadata: Collection[str] = ()) -> str:
    """The LogQL query for ``selector``, e.g.
    ``{namespace="shop", pod=~"cart-.*"} |~ "(?i)(error|warn|failed|exception|panic|fatal)"``.

    Loki rejects a stream selector in which every matcher accepts an empty value (an empty
    selector, only ``!=`` matchers, ``=~".*"``...), because it would scan every stream. Then
    we add ``namespace=~".+"`` (``GUARD_MATCHER``): every Kubernetes stream has a namespace,
    so the query still means "everything", minus streams without a namespace label.
    ``names`` renames labels as the Loki stores them (``retrieval.labels.OTEL_LABELS``:
    ``namespace`` is ``k8s_namespace_name`` there). Matchers on ``metadata`` names (structured
    metadata, which no stream selector sees: ``retrieval.labels.OTEL_EVENT_LABELS``) become
    label filters after the selector: ``{k8s_namespace_name="shop"} | k8s_object_kind="Node"``.
    """
    every = selector.matchers()
    matchers = [m for m in every if m.name not in metadata]
    after = [m for m in every if m.name in metadata]
    if needs_guard(matchers):
        matchers.append(GUARD_MATCHER)
    if names:
        matchers = [m.model_copy(update={"name": names.get(m.name, m.name)}) for m in matchers]
    return render_query(matchers, selector.line_filters(), after)


def render_query(matchers: Iterable[LabelMatcher], filters: Iterable[LineFilter],
                 label_filters: Iterable[LabelMatcher] = ()) -> str:
    """Matchers, label filters and line filters as LogQL, as they are (no guard added)."""
    inner = ", ".join(f"{m.name}{m.op}{quote(m.value)}" for m in matchers)
    return ("{" + inner + "}" + "".join(f" | {m.name}{m.op}{quote(m.value)}"
                                        for m in label_filters)
            + "".join(f" {f.op} {quote(f.value)}" for f in filters))


def parse_logql(query: str) -> tuple[list[LabelMatcher], list[LineFilter]]:
    """Read a query of the subset ``render_logql`` writes: ``{name op "value", ...}`` with
    ``=``, ``!=``, ``=~``, ``!~``, then any number of ``|=``, ``!=``, ``|~``, ``!~`` line
    filters, strings in double quotes (Go escapes) or backticks (raw). Like Loki, refuses
    queries whose matchers all accept an empty value. Raises ``InvalidRequest`` naming the
    line and column of the first problem."""
    return _Parser(query).parse()


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    # --- errors and positions -------------------------------------------------------------
    def error(self, message: str, pos: int | None = None) -> InvalidRequest:
        at = self.pos if pos is None else pos
        line = self.text.count("\n", 0, at) + 1
        col = at - (self.text.rfind("\n", 0, at) + 1) + 1
        return InvalidRequest(f"LogQL parse error at line {line}, col {col}: {message}",
                              field="query")

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos:self.pos + n]

    def skip(self) -> None:
        """Skip whitespace and ``#`` comments."""
        text, n = self.text, len(self.text)
        while self.pos < n:
            ch = text[self.pos]
            if ch in _WHITESPACE:
                self.pos += 1
            elif ch == "#":
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end
            else:
                return

    # --- grammar ----------------------------------------------------------------------------
    def parse(self) -> tuple[list[LabelMatcher], list[LineFilter]]:
        self.check_input()
        self.skip()
        if self.peek() != "{":
            raise self.error("expected '{' to start a stream selector (only log queries of "
                             "a selector and line filters are supported)")
        brace = self.pos
        self.pos += 1
        matchers = self.matchers()
        if needs_guard(matchers):
            raise self.error(
                "queries require at least one regexp or equality matcher that does not have "
                'an empty-compatible value (app=~".*" does not, app=~".+" does)', brace)
        filters: list[LineFilter] = []
        while True:
            self.skip()
            if self.pos >= len(self.text):
                return matchers, filters
            filters.append(self.line_filter())

    def check_input(self) -> None:
        size = len(self.text.encode("utf-8", "surrogatepass"))
        if size >= MAX_QUERY_BYTES:
            raise self.error(f"input size too long ({size} >= {MAX_QUERY_BYTES} bytes)", 0)
        for i, ch in enumerate(self.text):
            if ch == "\x00":
                raise self.error("invalid character NUL", i)
            if "\ud800" <= ch <= "\udfff":
                raise self.error("invalid UTF-8 (lone surrogate)", i)

    def matchers(self) -> list[LabelMatcher]:
        out: list[LabelMatcher] = []
        while True:
            self.skip()
            if self.peek() == "}" and not out:
                raise self.error("a stream selector needs at least one label matcher")
            out.append(self.matcher())
            self.skip()
            ch = self.peek()
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                raise self.error("expected ',' or '}' after a label matcher", self.pos - 1)

    def matcher(self) -> LabelMatcher:
        start = self.pos
        name = self.label_name()
        self.skip()
        op = next((o for o in _LABEL_OPS if self.text.startswith(o, self.pos)), None)
        if op is None:
            raise self.error(f"expected one of = != =~ !~ after label {name!r}")
        self.pos += len(op)
        self.skip()
        value_at = self.pos
        value = self.string()
        try:
            return LabelMatcher(name=name, op=op, value=value)  # type: ignore[arg-type]
        except ValidationError as exc:
            raise self.error(_reason(exc), value_at if op in ("=~", "!~") else start) from None

    def label_name(self) -> str:
        start, text = self.pos, self.text
        if start >= len(text) or not (text[start].isascii()
                                      and (text[start].isalpha() or text[start] == "_")):
            raise self.error("expected a label name")
        end = start + 1
        while end < len(text) and text[end].isascii() and (text[end].isalnum()
                                                           or text[end] == "_"):
            end += 1
        self.pos = end
        return text[start:end]

    def line_filter(self) -> LineFilter:
        op = next((o for o in _FILTER_OPS if self.text.startswith(o, self.pos)), None)
        if op is None:
            if self.peek(2) in ("|>", "!>"):
                raise self.error("pattern line filters (|> and !>) are not supported")
            if self.peek() == "|":
                raise self.error("only line filters (|= != |~ !~) are supported after the "
                                 "stream selector, not parser or formatting stages")
            raise self.error("expected a line filter (|= != |~ !~) or the end of the query")
        self.pos += len(op)
        self.skip()
        value_at = self.pos
        value = self.string()
        try:
            return LineFilter(op=op, value=value)  # type: ignore[arg-type]
        except ValidationError as exc:
            raise self.error(_reason(exc), value_at) from None

    # --- strings ----------------------------------------------------------------------------
    def string(self) -> str:
        quote_char = self.peek()
        if quote_char == "`":
            end = self.text.find("`", self.pos + 1)
            if end < 0:
                raise self.error("raw string not terminated (missing `)")
            value = self.text[self.pos + 1:end]
            self.pos = end + 1
            return value
        if quote_char != '"':
            raise self.error("expected a string in double quotes or backticks")
        return self.quoted()

    def quoted(self) -> str:
        start, text, n = self.pos, self.text, len(self.text)
        buf = bytearray()
        i = start + 1
        while True:
            if i >= n:
                raise self.error("string not terminated (missing \")", start)
            ch = text[i]
            if ch == '"':
                break
            if ch == "\n":
                raise self.error("newline in string: write it as \\n", i)
            if ch == "\\":
                piece, i = self.escape(i)
                buf += piece
            else:
                buf += ch.encode("utf-8")
                i += 1
        self.pos = i + 1
        try:
            return buf.decode("utf-8")
        except UnicodeDecodeError:
            raise self.error("\\x or octal escapes make the string invalid UTF-8",
                             start) from None

    def escape(self, i: int) -> tuple[bytes, int]:
        """Decode the escape starting at the backslash ``text[i]``: (its bytes, next index)."""
        text = self.text
        kind = text[i + 1:i + 2]
        if not kind:
            raise self.error("string not terminated (missing \")", i)
        if kind in _UNESCAPES:
            return _UNESCAPES[kind].encode(), i + 2
        if kind in ("x", "u", "U"):
            width = {"x": 2, "u": 4, "U": 8}[kind]
            digits = text[i + 2:i + 2 + width]
            if len(digits) < width or not set(digits) <= _HEX:
                raise self.error(f"escape \\{kind} needs {width} hex digits", i)
            code = int(digits, 16)
            if kind == "x":
                return bytes([code]), i + 2 + width
            if code > 0x10FFFF:
                raise self.error(f"escape \\{kind}{digits} is beyond Unicode", i)
            if 0xD800 <= code <= 0xDFFF:
                code = 0xFFFD  # what Go's UTF-8 encoder makes of a surrogate
            return chr(code).encode(), i + 2 + width
        if kind in "01234567":
            digits = text[i + 1:i + 4]
            if len(digits) < 3 or not set(digits) <= set("01234567") or int(digits, 8) > 255:
                raise self.error("an octal escape needs three digits up to \\377", i)
            return bytes([int(digits, 8)]), i + 4
        raise self.error(f"unknown escape sequence \\{kind}", i)


def _reason(exc: ValidationError) -> str:
    msg = str(exc.errors()[0].get("msg", exc))
    return msg.removeprefix("Value error, ")
