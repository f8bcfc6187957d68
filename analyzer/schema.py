"""The extraction schema (v1): the single source for the API model, the JSON-schema grammar
the model is constrained by, and validation of what the model answered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["INFO", "WARN", "ERROR", "CRITICAL"]
Category = Literal[
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES: tuple[str, ...] = get_args(Severity)
CATEGORIES: tuple[str, ...] = get_args(Category)

# Caps keep generation short on a 2-core CPU: every character the model writes costs time.
MAX_ROOT_CAUSE = 120
MAX_SUMMARY = 160
MAX_ACTION = 120
MAX_COMPONENT = 63  # a Kubernetes name
MAX_EVIDENCE = 5
#: hybrid mode: the model only writes the texts, so they are capped tighter (the engine's own
#: texts and the Extraction model keep the caps above)
HYBRID_TEXT_CAPS = {"root_cause": 60, "summary": 80, "action": 60}


class Extraction(BaseModel):
    """What LogLens answers: what broke, how bad, where, and what to do."""

    model_config = ConfigDict(extra="forbid")

    severity: Severity
    root_cause_category: Category
    root_cause: str = Field(min_length=1, max_length=MAX_ROOT_CAUSE)
    component: str = Field(min_length=1, max_length=MAX_COMPONENT)
    summary: str = Field(min_length=1, max_length=MAX_SUMMARY)
    action: str = Field(min_length=1, max_length=MAX_ACTION)
    evidence: list[int] = Field(default_factory=list, max_length=MAX_EVIDENCE,
                                description="indices of the packed lines that show the cause")
    confidence: float = Field(0.5, ge=0.0, le=1.0)


def llm_json_schema(components: list[str], n_lines: int, *,
                    categories: Sequence[str] | None = None,
                    severities: Sequence[str] | None = None,
                    evidence: Sequence[int] | None = None,
                    min_evidence: int = 0, text_caps: Mapping[str, int] | None = None,
                    confidence: bool = True) -> dict[str, Any]:
    """The JSON schema the model is constrained by for one request.

    Enums are narrowed to what the request allows: ``component`` to the workloads present in
    the packed lines, ``evidence`` to their indices. String lengths and list sizes are capped.
    In hybrid mode ``categories``, ``severities``, ``components`` and ``evidence`` come from
    the engine's candidates (in their order: the engine's verdict first), and ``min_evidence``
    is 1 when every choice is an incident; ``text_caps`` (hybrid: ``HYBRID_TEXT_CAPS``) lower
    the texts' maximum lengths, and ``confidence=False`` leaves the model's confidence out (hybrid
    mode reports the engine's calibrated one: every generated token costs time).
    """
    caps = {"root_cause": MAX_ROOT_CAUSE, "summary": MAX_SUMMARY, "action": MAX_ACTION,
            **(text_caps or {})}
    comp: dict[str, Any] = {"type": "string", "maxLength": MAX_COMPONENT}
    if components:
        comp = {"type": "string", "enum": (list(dict.fromkeys(components)) if categories
                                           else sorted(set(components)))}
    evidence_item: dict[str, Any] = {"type": "integer", "minimum": 0,
                                     "maximum": max(n_lines - 1, 0)}
    n_evidence = n_lines
    if evidence is not None:
        allowed = sorted({i for i in evidence if 0 <= i < n_lines})
        n_evidence = len(allowed)
        evidence_item = {"type": "integer", "enum": allowed or [0]}
    elif 0 < n_lines <= 64:
        evidence_item = {"type": "integer", "enum": list(range(n_lines))}
    properties: dict[str, Any] = {
        "severity": {"type": "string", "enum": list(severities or SEVERITIES)},
        "root_cause_category": {"type": "string", "enum": list(categories or CATEGORIES)},
        "component": comp,
        "evidence": {"type": "array", "items": evidence_item,
                     "minItems": min(min_evidence, n_evidence),
                     "maxItems": min(MAX_EVIDENCE, max(n_evidence, 0))},
        **{name: {"type": "string", "minLength": 1, "maxLength": cap}
           for name, cap in caps.items()},
    }
    if confidence:
        properties["confidence"] = {"type": "number", "minimum": 0, "maximum": 1}
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}
