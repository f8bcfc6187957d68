"""A small reader of Grafana Alloy's configuration syntax, enough to check a pipeline's
wiring: blocks (``name.sub "label" { ... }``), attributes (``key = expr``), strings (Go
escapes, or raw in backticks), lists, objects, calls, and dotted references."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:\\.|[^"\\\n])*") | (?P<raw>`[^`]*`)
  | (?P<number>\d+(?:\.\d+)?) | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[{}\[\]()=,.:+\-*/%<>!])
""", re.VERBOSE | re.DOTALL)


@dataclass
class Ref:
    parts: tuple[str, ...]


@dataclass
class Block:
    name: str
    label: str | None
    attrs: dict[str, Any] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.name}.{self.label}" if self.label is not None else self.name

    def find(self, name: str) -> list[Block]:
        return [b for b in self.blocks if b.name == name]

    def walk(self):
        yield self
        for b in self.blocks:
            yield from b.walk()


def tokenize(text: str) -> list[tuple[str, str, int]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"unexpected character {text[pos]!r} at offset {pos}")
        kind = m.lastgroup or ""
        if kind not in ("ws", "comment"):
            out.append((kind, m.group(), pos))
        pos = m.end()
    return out


class Parser:
    def __init__(self, text: str) -> None:
        self.toks = tokenize(text)
        self.i = 0

    def peek(self, k: int = 0) -> tuple[str, str, int]:
        return self.toks[self.i + k] if self.i + k < len(self.toks) else ("eof", "", -1)

    def take(self, value: str | None = None, kind: str | None = None) -> str:
        tok = self.peek()
        if (value is not None and tok[1] != value) or (kind is not None and tok[0] != kind):
            raise SyntaxError(f"expected {value or kind} at offset {tok[2]}, got {tok[1]!r}")
        self.i += 1
        return tok[1]

    def body(self, end: str | None) -> tuple[dict[str, Any], list[Block]]:
        attrs: dict[str, Any] = {}
        blocks: list[Block] = []
        while self.peek()[1] != (end or "") and self.peek()[0] != "eof":
            name = self.take(kind="ident")
            if self.peek()[1] == "=":
                self.take("=")
                if name in attrs:
                    raise SyntaxError(f"attribute {name} set twice")
                attrs[name] = self.expr()
                continue
            while self.peek()[1] == ".":
                self.take(".")
                name += "." + self.take(kind="ident")
            label = None
            if self.peek()[0] == "string":
                label = json.loads(self.take(kind="string"))
            self.take("{")
            sub_attrs, sub_blocks = self.body("}")
            self.take("}")
            blocks.append(Block(name, label, sub_attrs, sub_blocks))
        return attrs, blocks

    def expr(self) -> Any:
        kind, value, _ = self.peek()
        if kind == "string":
            self.i += 1
            return _unquote(value)
        if kind == "raw":
            self.i += 1
            return value[1:-1]
        if kind == "number":
            self.i += 1
            return float(value)
        if value == "[":
            self.take("[")
            items = []
            while self.peek()[1] != "]":
                items.append(self.expr())
                if self.peek()[1] == ",":
                    self.take(",")
            self.take("]")
            return items
        if value == "{":
            self.take("{")
            obj = {}
            while self.peek()[1] != "}":
                key = self.take()
                key = json.loads(key) if key.startswith('"') else key
                self.take("=")
                obj[key] = self.expr()
                if self.peek()[1] == ",":
                    self.take(",")
            self.take("}")
            return obj
        if kind == "ident":
            parts = [self.take(kind="ident")]
            while self.peek()[1] == "." and self.peek(1)[0] == "ident":
                self.take(".")
                parts.append(self.take(kind="ident"))
            if parts in (["true"], ["false"], ["null"]):
                return {"true": True, "false": False, "null": None}[parts[0]]
            if self.peek()[1] == "(":
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",":
                        self.take(",")
                self.take(")")
                return {"call": ".".join(parts), "args": args}
            return Ref(tuple(parts))
        raise SyntaxError(f"unexpected {value!r} at offset {self.peek()[2]}")


def _unquote(token: str) -> str:
    return json.loads(token) if "\\x" not in token else token[1:-1]


def parse(text: str) -> Block:
    p = Parser(text)
    attrs, blocks = p.body(None)
    return Block("<root>", None, attrs, blocks)


def refs(value: Any):
    if isinstance(value, Ref):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from refs(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from refs(v)


def block_refs(block: Block):
    for b in block.walk():
        for v in b.attrs.values():
            yield from refs(v)
