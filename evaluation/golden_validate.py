"""Strict validation of a golden file against the format (``shared/design/golden-format.md``).

``validate_text`` returns every problem found, each with its line number, record id, JSON path
and a message; ``load_golden`` stays lenient. What is checked: the line is a JSON object;
``id`` (unique), ``logs`` present with the right types; ``ts`` RFC 3339 with a zone and lines in
time order; ``severity`` and ``root_cause_category`` in their enums; ``evidence`` indices within
``logs``; types of the optional fields. Extra fields, absent ``expected`` fields and null
``question``/``selector`` are fine.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzer.schema import CATEGORIES, SEVERITIES
from retrieval.selector import SCOPE_LABELS
from retrieval.timestamps import parse_rfc3339

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?"
                      r"(?:[Zz]|[+-]\d{2}:\d{2})")
_TEXT_FIELDS = ("component", "root_cause", "summary", "action")


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    record: str | None
    path: str
    message: str

    def __str__(self) -> str:
        rid = f" [{self.record}]" if self.record else ""
        return f"line {self.line}{rid} {self.path}: {self.message}"


def validate_file(path: Path) -> list[Problem]:
    """Problems of a golden file; ``OSError``/``UnicodeDecodeError`` propagate."""
    return validate_text(Path(path).read_text(encoding="utf-8"))


def validate_text(text: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(n, None, "$", f"not JSON: {exc.msg} at column {exc.colno}"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(n, None, "$", f"a record must be a JSON object, not "
                                                  f"{_type(obj)}"))
            continue
        rid = obj.get("id") if isinstance(obj.get("id"), str) else None
        out = _Record(n, rid, problems)
        out.check(obj)
        if rid is not None:
            if rid in seen:
                out.add("$.id", f"duplicate id {rid!r} (first on line {seen[rid]})")
            else:
                seen[rid] = n
    return problems


def count_records(text: str) -> int:
    return sum(1 for raw in text.splitlines() if raw.strip())


class _Record:
    def __init__(self, line: int, rid: str | None, problems: list[Problem]) -> None:
        self.line, self.rid, self.problems = line, rid, problems

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.line, self.rid, path, message))

    def check(self, obj: dict[str, Any]) -> None:
        if "id" not in obj:
            self.add("$.id", "missing required key")
        elif not isinstance(obj["id"], str) or not obj["id"].strip():
            self.add("$.id", f"must be a non-empty string, not {_type(obj['id'])}")
        for key in ("source", "question"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                self.add(f"$.{key}", f"must be a string or null, not {_type(obj[key])}")
        self._selector(obj.get("selector"))
        n_logs = self._logs(obj)
        if "expected" in obj and obj["expected"] is not None:
            self._expected(obj["expected"], n_logs)

    def _selector(self, sel: Any) -> None:
        if sel is None:
            return
        if not isinstance(sel, dict):
            self.add("$.selector", f"must be an object or null, not {_type(sel)}")
            return
        for key in SCOPE_LABELS:
            value = sel.get(key)
            if value is not None and not isinstance(value, str | dict):
                self.add(f"$.selector.{key}", f"must be a string or null, not {_type(value)}")

    def _logs(self, obj: dict[str, Any]) -> int | None:
        if "logs" not in obj:
            self.add("$.logs", "missing required key")
            return None
        logs = obj["logs"]
        if not isinstance(logs, list):
            self.add("$.logs", f"must be an array, not {_type(logs)}")
            return None
        prev: tuple[int, str] | None = None
        for i, entry in enumerate(logs):
            path = f"$.logs[{i}]"
            if not isinstance(entry, dict):
                self.add(path, f"must be an object, not {_type(entry)}")
                continue
            if not isinstance(entry.get("line"), str):
                self.add(f"{path}.line", "missing required key" if "line" not in entry
                         else f"must be a string, not {_type(entry['line'])}")
            labels = entry.get("labels")
            if labels is not None and (not isinstance(labels, dict) or not all(
                    isinstance(v, str) for v in labels.values())):
                self.add(f"{path}.labels", "must be an object of string values")
            ns = self._ts(entry, path)
            if ns is not None:
                if prev is not None and ns < prev[0]:
                    self.add(f"{path}.ts", f"out of time order: {entry['ts']} is before the "
                                           f"previous line's {prev[1]}")
                prev = (ns, str(entry["ts"]))
        return len(logs)

    def _ts(self, entry: dict[str, Any], path: str) -> int | None:
        if "ts" not in entry:
            self.add(f"{path}.ts", "missing required key")
            return None
        ts = entry["ts"]
        if isinstance(ts, bool) or not isinstance(ts, str | int):
            self.add(f"{path}.ts", f"must be an RFC 3339 string, not {_type(ts)}")
            return None
        if isinstance(ts, int):  # integer nanoseconds: accepted by the loader
            return ts
        if not _RFC3339.fullmatch(ts.strip()):
            self.add(f"{path}.ts", f"not RFC 3339 with a zone: {ts!r} (write "
                                   "2026-03-01T12:00:01.123Z or an offset like +02:00)")
            return None
        ns = parse_rfc3339(ts.strip())
        if ns is None:
            self.add(f"{path}.ts", f"not a valid time: {ts!r}")
        return ns

    def _expected(self, exp: Any, n_logs: int | None) -> None:
        if not isinstance(exp, dict):
            self.add("$.expected", f"must be an object, not {_type(exp)}")
            return
        for key, allowed in (("severity", SEVERITIES), ("root_cause_category", CATEGORIES)):
            value = exp.get(key)
            if value is None:
                continue
            if not isinstance(value, str):
                self.add(f"$.expected.{key}", f"must be a string, not {_type(value)}")
            elif value not in allowed:
                self.add(f"$.expected.{key}", f"unknown value {value!r}; allowed: "
                                              + ", ".join(allowed))
        for key in _TEXT_FIELDS:
            value = exp.get(key)
            if value is not None and not isinstance(value, str):
                self.add(f"$.expected.{key}", f"must be a string, not {_type(value)}")
        evidence = exp.get("evidence")
        if evidence is None:
            return
        if not isinstance(evidence, list):
            self.add("$.expected.evidence", f"must be an array of indices, not "
                                            f"{_type(evidence)}")
            return
        for j, idx in enumerate(evidence):
            path = f"$.expected.evidence[{j}]"
            if isinstance(idx, bool) or not isinstance(idx, int):
                self.add(path, f"must be an integer index into logs, not {_type(idx)}")
            elif n_logs is not None and not 0 <= idx < n_logs:
                self.add(path, f"index {idx} out of range: logs has {n_logs} lines "
                               f"(0..{n_logs - 1})")
        if exp.get("root_cause_category") == "none" and evidence:
            self.add("$.expected.evidence", "must be empty when root_cause_category is 'none'")


def _type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer",
            float: "number", type(None): "null"}.get(type(value), type(value).__name__)
