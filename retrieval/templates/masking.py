"""Generic masking of variable parts of a log message, before template mining.

A message is split on whitespace; in every token each *run* of identifier characters
(letters, digits, ``_ . - + / % # @ ~``) that holds a digit becomes ``<*>``. That one rule
covers numbers, numbers with units (``12ms``, ``5.2KB``, ``0x1f``), IPv4 addresses and ports
(``10.0.0.1:8080`` → ``<*>:<*>``), hex and UUIDs with a digit, versions, dates and times,
ids like ``blk_-123`` or ``job_1445_0020``, and paths that hold a number. What separates runs
(``= : , ( ) [ ] < > ' "``) is kept, so keys survive: ``uid=0`` → ``uid=<*>``,
``(pid 42)`` → ``(pid <*>)``. A few shapes are masked whole even without a digit, because
in logs they almost always vary: absolute paths of two or more segments (``/var/log/x``),
relative ones (``./run``), URLs (``scheme://...``), hex words of eight or more letters
``a-f`` (``ffffffff``), MAC and IPv6 addresses, and written-out dates (``Sun Jul 10
04:12:01 2005``); a unit word after a number joins it (``5.2 KB`` → ``<*>``). A list of
masked items (``<*>,<*>,<*>``) and adjacent placeholders (``<*><*>``) collapse to one
``<*>``.

No rule knows a product or a dataset: no user or host names after known words, no per-log
regular expressions. Evaluated on Loghub (Zhu et al., "Loghub: A Large Collection of System
Log Datasets for AI-driven Log Analytics", ISSRE 2023; Jiang et al., ISSTA 2024).
"""

from __future__ import annotations

import re

__all__ = ["WILDCARD", "Masker"]

WILDCARD = "<*>"

_HAS_DIGIT = re.compile(r"\d")
# A run of identifier characters that holds a digit; a single dot joins (``1.2.3``), two or
# more separate (``threshold.......0``: a label, dots, a value).
_C = r"(?:[\w\-+/%#@~]|(?<!\.)\.(?!\.))"
_DIGIT_RUN = re.compile(rf"{_C}*\d{_C}*")
# Colon-separated hex groups: MAC and IPv6 addresses, times (``12:04:59``).
_HEX_GROUPS = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,}[0-9A-Fa-f]{1,4}(?![\w:])")
# Shapes that vary even without a digit.
_SEG = r"[\w.\-+%#@~]+"
_MORE = r"(?:/[\w.\-+%#@~*]*)"
_PATH = re.compile(rf"(?<![\w.])(?:\.{{1,2}}/{_SEG}{_MORE}*|/{_SEG}{_MORE}+)")
# A written-out date and time (``Sun Jul 10 04:12:01 2005``, ``Jul  5 04:12:01``): one value.
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATETIME = re.compile(
    rf"\b(?:{_DAY}\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH}\s+)(?:\d{{4}}\s+)?"
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d+)?)?(?:\s*[AP]M)?"
    rf"(?:\s+(?:UTC|GMT|Z|[A-Z][A-Z]?[DS]T|[+-]\d{{4}}))?(?:\s+\d{{4}}\b)?")
# Every written-out date names a month: a message without one skips ``_DATETIME``.
_ANY_MONTH = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# Units that follow a number as a word of their own (``5.2 KB``, ``800 ms``).
_UNITS = frozenset(["B", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "kB",
                    "ms", "us", "\u00b5s", "ns", "s", "sec", "secs", "min", "mins", "h"])
_URL = re.compile(r"[A-Za-z][\w+.\-]*://\S*")
_HEX = re.compile(r"(?<![\w.\-])[a-fA-F]{8,}(?![\w.\-])")
_COLLAPSE = re.compile(r"<\*>(?:[,;|_.\-]?<\*>)+")


class Masker:
    """Masks the variable parts of messages; remembers recent messages and tokens (bounded
    caches) because real logs repeat the same messages and tokens many times.

    ``extra`` is a list of ``(pattern, replacement)`` applied to each token first,
    for callers who know their own formats; the default is none.
    """

    def __init__(self, extra: list[tuple[str, str]] | None = None,
                 cache_size: int = 100_000, message_cache_size: int = 50_000) -> None:
        self.extra = [(re.compile(p), r) for p, r in (extra or [])]
        self.cache_size = cache_size
        self.message_cache_size = message_cache_size
        self._cache: dict[str, str] = {}
        self._messages: dict[str, tuple[tuple[str, ...], str]] = {}

    def tokens(self, message: str) -> list[str]:
        """The message's whitespace-separated tokens, each masked."""
        return list(self.masked(message)[0])

    def masked(self, message: str) -> tuple[tuple[str, ...], str]:
        """The masked tokens of a message and the same joined by single spaces (the key
        the miner looks sequences up by); the same message always gives the same answer."""
        hit = self._messages.get(message)
        if hit is None:
            tokens = tuple(self._tokens(message))
            hit = (tokens, " ".join(tokens))
            if self.message_cache_size > 0:
                if len(self._messages) >= self.message_cache_size:
                    self._messages.clear()
                self._messages[message] = hit
        return hit

    def _tokens(self, message: str) -> list[str]:
        if ":" in message and _ANY_MONTH.search(message):
            message = _DATETIME.sub(WILDCARD, message)
        cache = self._cache
        out: list[str] = []
        for token in message.split():
            masked = cache.get(token)
            if masked is None:
                masked = self.mask_token(token)
                if len(cache) >= self.cache_size:
                    cache.clear()
                cache[token] = masked
            if out and out[-1] == WILDCARD and token.rstrip(",;.)") in _UNITS:
                out[-1] = WILDCARD + token[len(token.rstrip(",;.)")):]
                continue
            out.append(masked)
        return out

    def mask_token(self, token: str) -> str:
        """One token with its variable runs replaced by ``<*>``."""
        for pattern, replacement in self.extra:
            token = pattern.sub(replacement, token)
        if "/" in token:
            token = _URL.sub(WILDCARD, token)
            token = _PATH.sub(WILDCARD, token)
        if _HAS_DIGIT.search(token):
            if ":" in token:
                token = _HEX_GROUPS.sub(WILDCARD, token)
            token = _DIGIT_RUN.sub(WILDCARD, token)
        if len(token) >= 8:
            token = _HEX.sub(WILDCARD, token)
        if "<*>" in token:
            token = _COLLAPSE.sub(WILDCARD, token)
        return token
