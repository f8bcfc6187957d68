"""Request and response models of the analysis API (shared by HTTP, CLI and evaluation)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from retrieval.selector import Selector

from .schema import Extraction

ResultSource = Literal["llm", "fallback", "no_logs"]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    selector: Selector = Field(default_factory=Selector)
    question: str | None = Field(None, max_length=2000)


class PackedLineOut(BaseModel):
    index: int
    ts: int = Field(description="ns since the epoch")
    time: str = Field(description="RFC 3339")
    labels: dict[str, str]
    workload: str
    level: str
    line: str
    count: int = Field(description="identical messages collapsed into this line")


class Stats(BaseModel):
    fetched: int
    packed: int
    dropped: int = Field(description="fetched records not in the model's context")
    collapsed: int = Field(description="records folded into another line as duplicates")
    context_tokens: int
    budget_tokens: int
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Timings(BaseModel):
    retrieve_ms: float = 0.0
    normalize_ms: float = 0.0
    pack_ms: float = 0.0
    first_token_ms: float | None = None
    llm_ms: float = 0.0
    total_ms: float = 0.0


class AnalysisResult(BaseModel):
    extraction: Extraction
    source: ResultSource = Field(description="who produced the extraction")
    fallback_reason: str | None = None
    query: str = Field(description="the LogQL the selector renders to")
    lines: list[PackedLineOut]
    stats: Stats
    timings: Timings
    backend: str
    model: str
    trace_id: str | None = None
