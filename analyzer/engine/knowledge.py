"""The knowledge base of failure signatures: data files, loaded and validated.

A signature file (YAML or JSON) describes one category of the closed taxonomy (or ``none``
for benign look-alikes and lifecycle signals)::

    category: oom_killed          # one of analyzer.schema.CATEGORIES
    precedence: 7                 # 0-10: how far upstream this cause usually is
    blame: callee                 # optional: lines naming another host shift blame to it
    providers: [coredns]          # optional: workloads that provide the function; one that
                                  #   shows the failure itself is the component
    text: {root_cause: "...", summary: "...", action: "..."}   # {component} {detail} {count}
    signatures:
      - id: k8s-oomkilled         # unique across the whole knowledge base
        pattern: '\\bOOMKilled\\b'   # Python regex, searched case-insensitively
                                  #   named groups: target* (the dependency the line names),
                                  #   client* (a present workload it names as the client),
                                  #   account* (the account refused: the component),
                                  #   route* (an ingress-nginx upstream, <namespace>-
                                  #   <service>-<port>: that Service is the target)
        weight: 4.0               # > 0
        severity: ERROR           # INFO | WARN | ERROR | CRITICAL (default ERROR)
        role: cause               # cause | symptom | benign (default cause)
        component: workload       # workload | target | node | self | literal:<name>
                                  #   (self: the line's own workload even when blame shifts)
        signal: restart           # optional: restart | recovery | start | mitigation | down
                                  #   | stop | cordon (down: the target has no pod serving
                                  #   at all; stop: the line's pod was told to stop;
                                  #   cordon: the line's node was taken out of service;
                                  #   served: a proxy got the target's answer, so a
                                  #   target down before it has an endpoint again;
                                  #   ready: the line's process says it is up and
                                  #   serving, its start-up over)
        recovers: [scheduling]    # recovery/mitigation: the categories it ends (default all)
        startup_grace: 120        # optional: hits within this many seconds after the
                                  #   workload's container started (and no restart) are
                                  #   expected start-up noise
        sporadic: 0.3             # optional: on a workload's HTTP access lines, hits on
                                  #   under this share of its requests are routine
        at_scale: 3               # optional: a failure only when the window holds at least
                                  #   this many of its records (fewer are routine: a unique
                                  #   key refusing one duplicate is the database at work)
        lone_warning: true        # optional: one record of it in the window, written as a
                                  #   warning, is routine (a user's session token expired);
                                  #   at error level or more than once it is a failure
        follows_level: true       # optional, for WARN entries: a line written at error level
                                  #   is ERROR (a throttled call that failed), not WARN (by
                                  #   default a degraded-only entry stays WARN at any level)
        exclusive: true           # optional: the line reports this (a kubelet probe report);
                                  #   what else it quotes (the probe's "connection refused",
                                  #   "i/o timeout") is detail: no other category's hit votes
        yields: true              # optional: a wrapper (a Python traceback): when a cause of
                                  #   another category matches the same line (the traceback
                                  #   ends in a TimeoutError), this hit does not vote
        examples: ["..."]         # real lines the pattern must match (checked on load); they
                                  #   also train the line classifier, which sees a line with
                                  #   its ids and numbers masked: an access-log line is then
                                  #   only its shape, so keep those out of a category's examples

``load_kb(extra_dirs)`` reads the shipped files, then every ``*.yaml``/``*.yml``/``*.json``
of each extra directory in name order: an entry whose ``id`` already exists replaces it, a
file for a category that already has one adds its signatures (and may replace its texts).
Any problem raises ``KnowledgeError`` naming the file and the entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from analyzer.schema import CATEGORIES, SEVERITIES
from retrieval.related import ServiceNames

ROLES = ("cause", "symptom", "benign")
SIGNALS = ("restart", "recovery", "start", "ready", "mitigation", "down", "stop", "cordon",
           "served")
COMPONENT_RULES = ("workload", "target", "node", "self")
TEXT_FIELDS = ("root_cause", "summary", "action")
SUFFIXES = (".yaml", ".yml", ".json")
# what follows a match that names a counter at zero (``handshake_failures=0``, ``"errors": 0``)
_ZERO_AFTER = re.compile(r"s?[\"']?\s*[=:]\s*[\"']?0(?![\d.])")


class KnowledgeError(ValueError):
    """A knowledge-base file that cannot be used: ``str()`` names the file and entry."""

    def __init__(self, source: str, entry: str | None, problem: str) -> None:
        where = f"{source}: {entry}" if entry else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Signature:
    id: str
    category: str
    pattern: re.Pattern[str]
    weight: float
    severity: str = "ERROR"
    role: str = "cause"
    component: str = "workload"
    signal: str | None = None
    examples: tuple[str, ...] = ()
    source: str = ""
    recovers: tuple[str, ...] = ()    # recovery signals: the categories they end (): all
    startup_grace: float = 0.0        # seconds after a container start the hit is expected
    sporadic: float = 0.0             # share of a workload's requests below which it is routine
    at_scale: int = 0                 # records in the window below which its hits are routine
    lone_warning: bool = False        # one record of it in the window, a warning: routine
    follows_level: bool = False       # WARN on a warning line, ERROR on an error line
    exclusive: bool = False           # the line's other categories' hits do not vote
    yields: bool = False              # does not vote when another category's cause matches
    #: lowercase literals of which any match contains one (None: no such set): a line whose
    #: lowercased text holds none of them cannot match, and the regex is not run
    anchors: tuple[str, ...] | None = None

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped when ``lowered`` (``text.lower()``) holds no
        anchor."""
        if self.anchors is not None and not any(a in lowered for a in self.anchors):
            return None
        m = self.pattern.search(text)
        while m is not None and m.end() > m.start() and _ZERO_AFTER.match(text, m.end()):
            m = self.pattern.search(text, m.end())  # a counter at zero: handshake_failures=0
        return m


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    name: str
    precedence: float = 5.0
    blame_callee: bool = False
    text: Mapping[str, str] = field(default_factory=dict)
    providers: tuple[str, ...] = ()   # workloads that provide this function (coredns for DNS)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    signatures: tuple[Signature, ...]
    categories: Mapping[str, CategoryInfo]
    ports: Mapping[int, str]
    products: tuple[tuple[str, re.Pattern[str]], ...]
    #: Services named otherwise than the workload behind them (a webhook's Service)
    fronts: Mapping[str, str] = field(default_factory=dict)
    #: words that name a data store in a workload's name, beyond the ports' and products'
    stores: frozenset[str] = frozenset()
    #: a product's server as a host runs it (unit or process name) -> the product's name
    daemons: Mapping[str, str] = field(default_factory=dict)
    #: a product -> the other names of servers that speak its protocol (mysql: mariadb, ...)
    families: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: a product -> how its server writes its own lines (PostgreSQL's "ERROR:  deadlock")
    voices: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: the prefilter of ``candidates``: each anchor's first three characters -> the indexes
    #: of the signatures with that anchor; the signatures with no anchors
    _by_trigram: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _unanchored: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys: dict[str, list[int]] = {}
        for i, sig in enumerate(self.signatures):
            for a in sig.anchors or ():
                if i not in keys.setdefault(a[:MIN_ANCHOR], []):
                    keys[a[:MIN_ANCHOR]].append(i)
        object.__setattr__(self, "_by_trigram", {k: tuple(v) for k, v in keys.items()})
        object.__setattr__(self, "_unanchored", tuple(
            i for i, sig in enumerate(self.signatures) if sig.anchors is None))

    def candidates(self, lowered: str) -> list[Signature]:
        """The signatures, in order, that a line whose lowercased text is ``lowered`` may
        match: those with an anchor whose first three characters it holds, and those with
        no anchors (``Signature.search`` still checks the whole anchor, then the pattern).
        One pass over the line's trigrams instead of every anchor of every signature."""
        n = MIN_ANCHOR
        grams = {lowered[j:j + n] for j in range(len(lowered) - n + 1)}
        keys = self._by_trigram
        found = set(self._unanchored)
        for k in grams.intersection(keys):
            found.update(keys[k])
        return [self.signatures[i] for i in sorted(found)]

    @property
    def services(self) -> ServiceNames:
        """The ports' and products' names, for the related context's dependency queries."""
        return ServiceNames(self.ports, self.products, self.families, self.voices)

    def store_words(self) -> set[str]:
        """Every word that makes a workload a data store (``owners.data_store``)."""
        return {*self.ports.values(), *(name for name, _ in self.products), *self.stores}

    def by_id(self, sig_id: str) -> Signature:
        return next(s for s in self.signatures if s.id == sig_id)

    def info(self, category: str) -> CategoryInfo:
        return self.categories.get(category) or CategoryInfo(category)

    def examples(self) -> list[tuple[str, str]]:
        """``(line, label)`` of every example: the signature's category for causes and
        symptoms of a category, ``none`` for benign lines and lifecycle signals."""
        return [(ex, s.category if s.role != "benign" else "none")
                for s in self.signatures for ex in s.examples]


# --- loading ---------------------------------------------------------------------------------


def shipped_dir() -> Path:
    return Path(str(files("analyzer").joinpath("knowledge")))


def load_kb(extra_dirs: Iterable[str | Path] = (), *, base_dir: Path | None = None,
            include_shipped: bool = True) -> KnowledgeBase:
    """The shipped knowledge base plus every signature file of ``extra_dirs``."""
    base = base_dir or shipped_dir()
    paths: list[Path] = []
    if include_shipped:
        paths += sorted(p for p in (base / "signatures").iterdir() if p.suffix in SUFFIXES)
    for extra in extra_dirs:
        d = Path(extra)
        if not d.is_dir():
            raise KnowledgeError(str(d), None, "not a directory")
        paths += sorted(p for p in d.iterdir() if p.suffix in SUFFIXES)
    docs = [(str(p), read_file(p)) for p in paths]
    services_path = base / "services.yaml"
    services = read_file(services_path) if services_path.exists() else {}
    return build_kb(docs, services, services_source=str(services_path))


def read_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(str(path), None, f"cannot read: {exc.strerror}") from exc
    try:
        return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise KnowledgeError(str(path), None, f"not valid {path.suffix[1:].upper()}: "
                             f"{exc}") from exc


def build_kb(docs: Sequence[tuple[str, Any]], services: Any = None, *,
             services_source: str = "services") -> KnowledgeBase:
    """A knowledge base from parsed documents ``(source name, content)``, in order."""
    sigs: dict[str, Signature] = {}
    cats: dict[str, CategoryInfo] = {}
    for source, doc in docs:
        info, entries = _parse_doc(source, doc, cats)
        cats[info.name] = info
        for sig in entries:
            sigs[sig.id] = sig  # a later file with the same id replaces the entry
    ports, products, fronts, stores, daemons, families, voices = _parse_services(
        services_source, services or {})
    return KnowledgeBase(tuple(sigs.values()), cats, ports, products, fronts, stores, daemons,
                         families, voices)


def _parse_doc(source: str, doc: Any, cats: Mapping[str, CategoryInfo]
               ) -> tuple[CategoryInfo, list[Signature]]:
    if not isinstance(doc, dict):
        raise KnowledgeError(source, None, "must be a mapping with 'category' and 'signatures'")
    unknown = set(doc) - {"category", "precedence", "blame", "providers", "text", "signatures"}
    if unknown:
        raise KnowledgeError(source, None, f"unknown keys {sorted(unknown)}")
    category = doc.get("category")
    if category not in CATEGORIES:
        raise KnowledgeError(source, "category",
                             f"{category!r} is not one of {', '.join(CATEGORIES)}")
    old = cats.get(category)
    precedence = doc.get("precedence", old.precedence if old else 5.0)
    if not isinstance(precedence, int | float) or not 0 <= precedence <= 10:
        raise KnowledgeError(source, "precedence", f"{precedence!r} is not a number in 0..10")
    blame = doc.get("blame")
    if blame not in (None, "callee", "caller"):
        raise KnowledgeError(source, "blame", f"{blame!r} is not 'callee' or 'caller'")
    text = dict(old.text) if old else {}
    raw_text = doc.get("text") or {}
    if not isinstance(raw_text, dict) or set(raw_text) - set(TEXT_FIELDS):
        raise KnowledgeError(source, "text", f"must map some of {', '.join(TEXT_FIELDS)}")
    for key, value in raw_text.items():
        if not isinstance(value, str) or not value.strip():
            raise KnowledgeError(source, f"text.{key}", "must be a non-empty string")
        text[key] = value
    blame_callee = (blame == "callee") if blame else (old.blame_callee if old else False)
    providers = doc.get("providers", list(old.providers) if old else [])
    if not isinstance(providers, list) or not all(isinstance(p, str) and p for p in providers):
        raise KnowledgeError(source, "providers", "must be a list of workload names")
    info = CategoryInfo(category, float(precedence), blame_callee, text,
                        tuple(p.lower() for p in providers))
    raw = doc.get("signatures")
    if not isinstance(raw, list):
        raise KnowledgeError(source, "signatures", "must be a list")
    seen: set[str] = set()
    out = []
    for i, entry in enumerate(raw):
        sig = _parse_signature(source, i, entry, category)
        if sig.id in seen:
            raise KnowledgeError(source, f"signatures[{i}] ({sig.id})", "duplicate id in file")
        seen.add(sig.id)
        out.append(sig)
    return info, out


_SIG_KEYS = {"id", "pattern", "weight", "severity", "role", "component", "signal", "examples",
             "ecosystem", "note", "recovers", "startup_grace", "sporadic", "at_scale",
             "lone_warning", "follows_level", "exclusive", "yields"}


def _parse_signature(source: str, i: int, entry: Any, category: str) -> Signature:
    where = f"signatures[{i}]"
    if not isinstance(entry, dict):
        raise KnowledgeError(source, where, "must be a mapping")
    sig_id = entry.get("id")
    if not isinstance(sig_id, str) or not re.fullmatch(r"[A-Za-z0-9][\w.\-]*", sig_id):
        raise KnowledgeError(source, where, f"id {sig_id!r}: use letters, digits, - _ .")
    where = f"{where} ({sig_id})"
    unknown = set(entry) - _SIG_KEYS
    if unknown:
        raise KnowledgeError(source, where, f"unknown keys {sorted(unknown)}")
    pattern = entry.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise KnowledgeError(source, where, "pattern: must be a non-empty string")
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise KnowledgeError(source, where, f"pattern: invalid regex: {exc}") from exc
    weight = entry.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
        raise KnowledgeError(source, where, f"weight: {weight!r} is not a positive number")
    severity = entry.get("severity", "ERROR")
    if severity not in SEVERITIES:
        raise KnowledgeError(source, where, f"severity: {severity!r} not in {SEVERITIES}")
    role = entry.get("role", "cause")
    if role not in ROLES:
        raise KnowledgeError(source, where, f"role: {role!r} not in {ROLES}")
    if role != "benign" and category == "none" and entry.get("signal") is None:
        raise KnowledgeError(source, where, "a 'none' entry must be benign or carry a signal")
    component = entry.get("component", "workload")
    if not isinstance(component, str) or not (
            component in COMPONENT_RULES or re.fullmatch(r"literal:[\w.\-]+", component)):
        raise KnowledgeError(source, where, f"component: {component!r}: use workload, target, "
                             "node, self or literal:<name>")
    signal = entry.get("signal")
    if signal is not None and signal not in SIGNALS:
        raise KnowledgeError(source, where, f"signal: {signal!r} not in {SIGNALS}")
    examples = entry.get("examples") or []
    if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
        raise KnowledgeError(source, where, "examples: must be a list of strings")
    for ex in examples:
        if not compiled.search(ex):
            raise KnowledgeError(source, where, f"pattern does not match its example {ex!r}")
    recovers = entry.get("recovers") or []
    if not isinstance(recovers, list) or any(c not in CATEGORIES for c in recovers):
        raise KnowledgeError(source, where, f"recovers: {recovers!r} must list categories of "
                             f"{CATEGORIES}")
    if recovers and signal not in ("recovery", "mitigation"):
        raise KnowledgeError(source, where, "recovers: only for signal: recovery or mitigation")
    grace = _number(source, where, entry, "startup_grace", 0.0, high=86_400.0)
    sporadic = _number(source, where, entry, "sporadic", 0.0, high=1.0)
    at_scale = entry.get("at_scale", 0)
    if isinstance(at_scale, bool) or not isinstance(at_scale, int) or not 0 <= at_scale <= 1000:
        raise KnowledgeError(source, where, f"at_scale: {at_scale!r} is not a whole number in "
                             "[0, 1000]")
    lone = entry.get("lone_warning", False)
    if not isinstance(lone, bool):
        raise KnowledgeError(source, where, f"lone_warning: {lone!r} is not true or false")
    follows = entry.get("follows_level", False)
    if not isinstance(follows, bool):
        raise KnowledgeError(source, where, f"follows_level: {follows!r} is not true or false")
    exclusive = entry.get("exclusive", False)
    if not isinstance(exclusive, bool):
        raise KnowledgeError(source, where, f"exclusive: {exclusive!r} is not true or false")
    yields = entry.get("yields", False)
    if not isinstance(yields, bool) or yields and role != "cause":
        raise KnowledgeError(source, where, f"yields: {yields!r}: true or false, on a cause")
    found = anchors(pattern)
    if found is not None and not all(any(a in ex.lower() for a in found) for ex in examples):
        found = None  # the prefilter would miss an example: never skip this regex
    return Signature(sig_id, category, compiled, float(weight), severity, role, component,
                     signal, tuple(examples), source, tuple(recovers), grace, sporadic,
                     at_scale, lone, follows, exclusive, yields,
                     None if found is None else tuple(sorted(found)))


MIN_ANCHOR = 3


def anchors(pattern: str) -> set[str] | None:
    """Lowercase literals (≥ 3 characters) of which every match of ``pattern`` contains at
    least one, or None when the pattern has no such set (or cannot be read)."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser

        return _anchors(list(_parser.parse(pattern)))
    except Exception:  # noqa: BLE001 - an unreadable pattern only loses its prefilter
        return None


def _anchors(items: list[Any]) -> set[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    best: set[str] | None = None
    run = ""

    def better(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, arg in [*items, (None, None)]:
        if op is c.LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        if len(run) >= MIN_ANCHOR:
            better({run})
        run = ""
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                found = _anchors(list(branch))
                if found is None:
                    union = set()
                    break
                union |= found
            better(union or None)
        elif op is c.SUBPATTERN:
            better(_anchors(list(arg[-1])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            better(_anchors(list(arg[2])))
    return best


def _number(source: str, where: str, entry: dict[str, Any], key: str, default: float, *,
            high: float) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= high:
        raise KnowledgeError(source, where, f"{key}: {value!r} is not a number in [0, {high:g}]")
    return float(value)


def _names(source: str, doc: dict[str, Any], key: str, usage: str) -> dict[str, str]:
    """A ``services.yaml`` mapping of names to names (``fronts``, ``daemons``), its keys
    lowercased; an entry that is not a name to a name raises naming it with ``usage``."""
    out: dict[str, str] = {}
    for name, to in (doc.get(key) or {}).items():
        if not isinstance(name, str) or not isinstance(to, str) or not to:
            raise KnowledgeError(source, f"{key}.{name}", usage)
        out[name.lower()] = to
    return out


def _parse_services(source: str, doc: Any) -> tuple[
        dict[int, str], tuple[tuple[str, re.Pattern[str]], ...], dict[str, str],
        frozenset[str], dict[str, str], dict[str, tuple[str, ...]],
        tuple[tuple[str, re.Pattern[str]], ...]]:
    if not isinstance(doc, dict):
        raise KnowledgeError(source, None, "must be a mapping with 'ports', 'products', "
                                           "'fronts', 'stores', 'daemons', 'families' and "
                                           "'voices'")
    ports: dict[int, str] = {}
    for port, name in (doc.get("ports") or {}).items():
        if not str(port).isdigit() or not isinstance(name, str):
            raise KnowledgeError(source, f"ports.{port}", "use <port number>: <service name>")
        ports[int(port)] = name
    products = _patterns(source, doc, "products", re.IGNORECASE)
    voices = _patterns(source, doc, "voices", 0)
    fronts = _names(source, doc, "fronts", "use <service name>: <workload name>")
    stores = doc.get("stores") or []
    if not isinstance(stores, list) or not all(isinstance(s, str) and s for s in stores):
        raise KnowledgeError(source, "stores", "use a list of words")
    daemons = _names(source, doc, "daemons", "use <unit or process name>: <product name>")
    families: dict[str, tuple[str, ...]] = {}
    for name, others in (doc.get("families") or {}).items():
        if not isinstance(others, list) or not all(isinstance(o, str) and o for o in others):
            raise KnowledgeError(source, f"families.{name}",
                                 "use <product name>: [<server name>, ...]")
        families[str(name).lower()] = tuple(o.lower() for o in others)
    return (ports, products, fronts, frozenset(s.lower() for s in stores), daemons,
            families, voices)


def _patterns(source: str, doc: dict[str, Any], key: str, flags: int
              ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A ``services.yaml`` mapping of names to regexes (``products``, ``voices``)."""
    out = []
    for name, pattern in (doc.get(key) or {}).items():
        try:
            out.append((str(name).lower(), re.compile(str(pattern), flags)))
        except re.error as exc:
            raise KnowledgeError(source, f"{key}.{name}", f"invalid regex: {exc}") from exc
    return tuple(out)
