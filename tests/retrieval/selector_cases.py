"""One table of selector cases, answered the same by every ``LogSource``.

``DATASET`` is a small incident written in every file format ``FileSource`` reads (CRI, plain
lines with a leading timestamp and path labels, JSON lines with a ``labels`` object,
golden-style envelopes, Loki push JSON, a ``labels.json`` sidecar); ``write_dataset`` lays it
out on disk and ``records`` gives the same entries as ``LogRecord``s for ``MemorySource``.
``CASES`` holds the selectors and the ids expected, in order.

``SHOP`` rebuilds the 8 entries a real Loki returned in ``shared/loki`` and ``RECORDED`` the two
recorded queries with the ``(ts, line)`` pairs Loki answered, newest first for ``backward``
(Loki's result entries are per stream; merged, that is their order).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from retrieval.records import LogRecord
from retrieval.selector import DEFAULT_LINE_FILTER, LabelMatcher, LineFilter, Regex, Selector

LOKI_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "loki"

S = 10**9
T0 = 1_772_366_400 * S  # 2026-03-01T12:00:00Z


def iso(ts: int) -> str:
    """RFC 3339 with nanoseconds, as CRI writes it."""
    dt = datetime.fromtimestamp(ts // S, UTC)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ts % S:09d}Z"


@dataclass(frozen=True)
class Entry:
    id: str
    ts: int
    labels: dict[str, str]
    line: str
    fmt: str  # cri | plain | jsonl | envelope | push | sidecar
    extra: dict[str, Any] = field(default_factory=dict)


CART = {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "container": "cart"}
CHECKOUT = {"namespace": "shop", "pod": "checkout-5f4c8d7b9-q8w2n", "container": "checkout"}
FRONTEND = {"namespace": "shop", "pod": "frontend-6b8f9-k2x9p", "container": "nginx"}
INVOICE = {"namespace": "billing", "pod": "invoice-0", "container": "invoice"}
CANARY = {"namespace": "shop-canary", "pod": "cart-canary-0", "container": "cart"}


def _json_line(ts: int, labels: dict[str, str], level: str, msg: str) -> str:
    return json.dumps({"ts": iso(ts), "labels": labels, "level": level, "msg": msg})


def _at(seconds: int) -> int:
    return T0 + seconds * S + 123_456_789


DATASET = [
    Entry("s1", _at(0), {**CART, "stream": "stdout"}, 'level=info msg="cart started"', "cri"),
    Entry("s2", _at(10), {**CART, "stream": "stderr"},
          'level=error msg="redis timeout" err="i/o timeout"', "cri"),
    Entry("s3", _at(20), {**CART, "stream": "stdout"}, 'level=warn msg="slow query" took=2s',
          "cri"),
    Entry("s4", _at(30), CHECKOUT, f"{iso(_at(30))} ERROR payment failed: card declined", "plain"),
    Entry("s5", _at(40), CHECKOUT, f"{iso(_at(40))} INFO order placed id=7", "plain"),
    Entry("s6", _at(50), CHECKOUT, f"{iso(_at(50))} Exception in thread main", "plain"),
    Entry("s7", _at(60), FRONTEND, _json_line(_at(60), FRONTEND, "error", "upstream failed"),
          "jsonl"),
    Entry("s8", _at(70), FRONTEND, _json_line(_at(70), FRONTEND, "info", "GET / 200"), "jsonl"),
    Entry("b1", _at(15), INVOICE, "ERROR invoice export failed", "push"),
    Entry("b2", _at(35), {**INVOICE, "trace_id": "abc"}, "invoice 42 sent", "push",
          {"metadata": {"trace_id": "abc"}}),
    Entry("b3", _at(45), {**INVOICE, "app": "invoicer"}, "WARN disk 91% full", "envelope"),
    Entry("c1", _at(25), CANARY, f"{iso(_at(25))} error: canary crashed", "sidecar"),
    Entry("c2", _at(55), CANARY, f"{iso(_at(55))} canary healthy", "sidecar"),
]
BY_LINE = {e.line: e.id for e in DATASET}


def records(entries: list[Entry] | None = None) -> list[LogRecord]:
    """The entries as records (their times are distinct, so order of arrival does not matter)."""
    return [LogRecord(ts=e.ts, labels=dict(e.labels), line=e.line)
            for e in (DATASET if entries is None else entries)]


def write_dataset(root: Path) -> Path:
    """Lay ``DATASET`` out under ``root`` in every format; returns ``root``."""
    def add(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")

    push: dict[str, Any] = {"streams": []}
    for e in DATASET:
        base = {k: v for k, v in e.labels.items() if k in ("namespace", "pod", "container")}
        if e.fmt == "cri":
            add(root / base["namespace"] / base["pod"] / f"{base['container']}.log",
                f"{iso(e.ts)} {e.labels['stream']} F {e.line}")
        elif e.fmt == "plain":
            add(root / base["namespace"] / base["pod"] / f"{base['container']}.log", e.line)
        elif e.fmt == "jsonl":
            add(root / "json" / "frontend.jsonl", e.line)
        elif e.fmt == "envelope":
            add(root / "golden" / "logs.jsonl",
                json.dumps({"ts": iso(e.ts), "labels": e.labels, "line": e.line}))
        elif e.fmt == "push":
            value: list[Any] = [str(e.ts), e.line]
            if e.extra.get("metadata"):
                value.append(e.extra["metadata"])
            push["streams"].append({"stream": INVOICE, "values": [value]})
        elif e.fmt == "sidecar":
            add(root / "canary" / "app.txt", e.line)
    (root / "push").mkdir(parents=True, exist_ok=True)
    (root / "push" / "billing.json").write_text(json.dumps(push, indent=1))
    (root / "canary" / "labels.json").write_text(json.dumps(CANARY))
    return root


@dataclass(frozen=True)
class Case:
    name: str
    selector: dict[str, Any]
    expected: list[str]  # ids, in the order the source must yield them


def _newest_first(*ids: str) -> list[str]:
    ts = {e.id: e.ts for e in DATASET}
    return sorted(ids, key=lambda i: -ts[i])


ALL = [e.id for e in DATASET]
SHOP_IDS = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]
WINDOW = {"start": T0 - 60 * S, "end": T0 + 120 * S, "default_filter": False}


def _m(name: str, op: str, value: str) -> LabelMatcher:
    return LabelMatcher(name=name, op=op, value=value)  # type: ignore[arg-type]


def _f(op: str, value: str) -> LineFilter:
    return LineFilter(op=op, value=value)  # type: ignore[arg-type]


def case(name: str, expected: list[str], **selector: Any) -> Case:
    return Case(name, {**WINDOW, **selector}, expected)


CASES = [
    case("everything backward", _newest_first(*ALL)),
    case("everything forward", _newest_first(*ALL)[::-1], direction="forward"),
    case("namespace exact", _newest_first(*SHOP_IDS), namespace="shop"),
    case("label regex is fully anchored", _newest_first(*SHOP_IDS), namespace=Regex(regex="shop")),
    case("label regex prefix does not match", [], namespace=Regex(regex="sho")),
    case("label regex with wildcard", _newest_first(*SHOP_IDS, "c1", "c2"),
         namespace=Regex(regex="shop.*")),
    case("label regex alternation is anchored as a whole",
         _newest_first(*SHOP_IDS, "b1", "b2", "b3"), namespace=Regex(regex="shop|billing")),
    case("label !=", _newest_first("b1", "b2", "b3", "c1", "c2"),
         labels=[_m("namespace", "!=", "shop")]),
    case("label !~ anchored", _newest_first("b1", "b2", "b3"),
         labels=[_m("namespace", "!~", "shop.*")]),
    case("missing label matches empty", _newest_first(*(i for i in ALL if i != "b3")),
         labels=[_m("app", "=", "")]),
    case("missing label fails != empty", ["b3"], labels=[_m("app", "!=", "")]),
    case("missing label matches .*", _newest_first(*ALL), labels=[_m("app", "=~", ".*")]),
    case("missing label fails .+", ["b3"], labels=[_m("app", "=~", ".+")]),
    case("missing label passes !~", _newest_first(*(i for i in ALL if i != "b3")),
         labels=[_m("app", "!~", "invoicer")]),
    case("scope and extra matchers together", ["b3"], namespace="billing",
         labels=[_m("pod", "=", "invoice-0"), _m("app", "=", "invoicer")]),
    case("structured metadata is a label", ["b2"], labels=[_m("trace_id", "=", "abc")]),
    case("cri stream label", ["s2"], labels=[_m("stream", "=", "stderr")]),
    case("container across namespaces", _newest_first("s1", "s2", "s3", "c1", "c2"),
         container="cart"),
    case("pod regex", _newest_first("s1", "s2", "s3", "c1", "c2"), pod=Regex(regex="cart-.*")),
    case("|= is a case-sensitive substring", _newest_first("s4", "s7", "b1"),
         filters=[_f("|=", "failed")]),
    case("|= case matters", _newest_first("s4", "b1"), filters=[_f("|=", "ERROR")]),
    case("!= substring", _newest_first(*(i for i in ALL if i not in ("s1", "s2", "s3"))),
         filters=[_f("!=", "level=")]),
    case("|~ regex is searched, not anchored", _newest_first("s4", "s7", "b1"),
         filters=[_f("|~", "ailed")]),
    case("|~ with flags", _newest_first("s2", "s4", "s7", "b1", "c1"),
         filters=[_f("|~", "(?i)error")]),
    case("|~ anchored by the pattern", _newest_first("s1", "s2", "s3"),
         filters=[_f("|~", "^level=")]),
    case("!~ regex", _newest_first(*(i for i in ALL if i not in ("s1", "s2", "s3"))),
         filters=[_f("!~", "^level=")]),
    case("chained filters all apply", _newest_first("s7", "b1"),
         filters=[_f("|=", "failed"), _f("!=", "payment")]),
    case("chained filters with regex", ["s2"],
         namespace="shop", filters=[_f("|~", "(?i)error"), _f("!~", "payment|upstream")]),
    case("default filter on", _newest_first("s2", "s3", "s4", "s6", "s7", "b1", "b3", "c1"),
         default_filter=True),
    case("default filter and another", _newest_first("s2", "s3"), default_filter=True,
         filters=[_f("|=", "level=")]),
    case("window start inclusive, end exclusive", _newest_first("s3", "c1", "s4", "b2"),
         start=_at(20), end=_at(40)),
    case("window one ns wide", ["s3"], start=_at(20), end=_at(20) + 1),
    case("window ends just after", _newest_first("s1", "b1", "s2"), start=T0 - 60 * S,
         end=_at(15) + 1),
    case("limit keeps the newest backward", _newest_first(*ALL)[:3], limit=3),
    case("limit keeps the oldest forward", _newest_first(*ALL)[::-1][:3], limit=3,
         direction="forward"),
    case("limit with scope and filter forward", ["s2", "s3"], namespace="shop", limit=2,
         direction="forward", default_filter=True),
    case("relative start from end", _newest_first("s6", "s7", "s8", "c2"),
         start="25s", end=_at(75)),
    case("default filter regex is the documented one", _newest_first("s6"), namespace="shop",
         filters=[_f("|~", DEFAULT_LINE_FILTER), _f("|=", "Exception")]),
]


def selector(c: Case) -> Selector:
    return Selector(**c.selector)


# -- the recorded real Loki -----------------------------------------------------------------

def _recording(name: str) -> tuple[dict[str, str], list[tuple[int, dict[str, str], str]]]:
    meta = json.loads((LOKI_DIR / "_meta.json").read_text())[name]
    params = dict(parse_qsl(urlsplit(meta["url"]).query))
    body = json.loads((LOKI_DIR / f"{name}.json").read_text())
    entries = [(int(ts), stream["stream"], line)
               for stream in body["data"]["result"] for ts, line, *_ in stream["values"]]
    return params, entries


_LOKI_ADDED = ("service_name", "detected_level")


def _shop() -> list[LogRecord]:
    seen: dict[tuple[int, str], LogRecord] = {}
    for name in ("query_range_logs", "query_range_logs_forward_limit2"):
        for ts, labels, line in _recording(name)[1]:
            own = {k: v for k, v in labels.items() if k not in _LOKI_ADDED}
            seen[(ts, line)] = LogRecord(ts=ts, labels=own, line=line)
    return sorted(seen.values(), key=lambda r: r.ts)


SHOP = _shop() if (LOKI_DIR / "_meta.json").is_file() else []


@dataclass(frozen=True)
class Recorded:
    name: str            # the recording, in shared/loki
    selector: Selector   # the selector whose LogQL is the recorded query
    expected: list[tuple[int, str]]


def _recorded(name: str, filters: list[LineFilter]) -> Recorded:
    params, entries = _recording(name)
    direction = params["direction"]
    sel = Selector(namespace="shop", default_filter=False, filters=filters,
                   start=int(params["start"]), end=int(params["end"]),
                   limit=int(params["limit"]), direction=direction)  # type: ignore[arg-type]
    pairs = sorted(((ts, line) for ts, _, line in entries), key=lambda p: p[0],
                   reverse=direction == "backward")
    return Recorded(name, sel, pairs)


RECORDED = [
    _recorded("query_range_logs", [_f("|~", "(?i)(error|warn)")]),
    _recorded("query_range_logs_forward_limit2", []),
] if SHOP else []


def write_shop(root: Path) -> Path:
    """The recorded shop entries on disk in three formats: Loki push JSON with structured
    metadata (cart app), CRI (checkout app, cart's istio-proxy)."""
    push: dict[str, Any] = {"streams": []}
    for r in SHOP:
        base = {k: v for k, v in r.labels.items() if k in ("namespace", "pod", "container")}
        if (base["pod"], base["container"]) == ("cart-7d9", "app"):
            meta = {k: v for k, v in r.labels.items() if k not in base}
            value: list[Any] = [str(r.ts), r.line] + ([meta] if meta else [])
            push["streams"].append({"stream": base, "values": [value]})
        else:
            path = root / base["namespace"] / base["pod"] / f"{base['container']}.log"
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(f"{iso(r.ts)} stdout F {r.line}\n")
    (root / "pushed.json").write_text(json.dumps(push))
    return root
