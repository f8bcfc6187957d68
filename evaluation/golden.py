"""The golden dataset format (v1, ``shared/design/golden-format.md``): models and a lenient
loader. Any file in this format is accepted: ``expected`` fields may be missing, unknown extra
fields may be present. Strict checking (enums, evidence indices, time order) is ``validate``'s
job (``evaluation/golden_validate.py``); the loader only refuses what cannot be replayed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from retrieval.errors import InvalidRequest
from retrieval.memory import MemorySource
from retrieval.selector import SCOPE_LABELS


class GoldenLog(BaseModel):
    model_config = ConfigDict(extra="allow")
    ts: str | int
    labels: dict[str, str] = Field(default_factory=dict)
    line: str


class Expected(BaseModel):
    model_config = ConfigDict(extra="allow")
    severity: str | None = None
    root_cause_category: str | None = None
    component: str | None = None
    root_cause: str | None = None
    summary: str | None = None
    action: str | None = None
    evidence: list[int] | None = None


class GoldenRecord(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    source: str | None = None
    question: str | None = None
    selector: dict[str, Any] | None = None
    logs: list[GoldenLog]
    expected: Expected = Field(default_factory=Expected)

    def scope(self) -> dict[str, Any]:
        """The record's selector fields that are set (namespace, pod, container, node, app)."""
        sel = self.selector or {}
        return {k: sel[k] for k in SCOPE_LABELS if sel.get(k) is not None}

    def memory_source(self) -> MemorySource:
        return MemorySource.from_entries([log.model_dump() for log in self.logs])


def load_golden(path: Path) -> list[GoldenRecord]:
    """Read a JSONL golden file. Blank lines are skipped; a line that is not a JSON object with
    ``id`` and ``logs`` raises ``InvalidRequest`` naming the line and the field."""
    records: list[GoldenRecord] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidRequest(f"cannot read {path}: {exc.strerror}", field="golden") from exc
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            records.append(GoldenRecord.model_validate(json.loads(raw)))
        except json.JSONDecodeError as exc:
            raise InvalidRequest(f"{path}:{n}: not JSON ({exc.msg} at column {exc.colno})",
                                 field="golden") from exc
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"]) or "record"
            raise InvalidRequest(f"{path}:{n}: {where}: {err['msg']}", field=where) from exc
    return records
