"""Request and response models of the analysis API (shared by HTTP, CLI and evaluation)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from retrieval.selector import Selector

from .schema import Extraction

ResultSource = Literal["llm", "fallback", "no_logs", "engine"]
Mode = Literal["engine", "llm", "hybrid"]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    selector: Selector = Field(default_factory=Selector)
    question: str | None = Field(None, max_length=2000)
    mode: Mode | None = Field(
        None, description="`engine` (no model call), `llm` (the model answers, the engine is "
        "the fallback) or `hybrid` (the model chooses among the engine's candidates); "
        "null: the service's default (LOGLENS_MODE)")
    context: bool | None = Field(
        None, description="also read the scope's related context: Kubernetes events about "
        "the selector's namespace written by an exporter elsewhere, and the troubled lines of "
        "the nodes its pods run on; null: on in `engine` and `hybrid` modes")
    widen: bool | None = Field(
        None, description="also read the wider cluster: the other namespaces' warnings and "
        "errors and every node's troubled lines in the window; null: only when the engine "
        "finds no cause for the errors it read about the scope (`engine` and `hybrid` "
        "modes, baseline retrieval, related context on); true needs the related context")


StrategyName = Literal["baseline", "hybrid", "auto"]


class AnalyzeRequestV2(AnalyzeRequest):
    """``/v2/analyze``: the v1 request plus the retrieval strategy (hybrid by default)."""

    strategy: StrategyName = Field(
        "hybrid", description="`baseline` (recency and level), `hybrid` (prefilter + semantic "
        "search over the template index, fused), or `auto` (the router picks)")


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
    rank_ms: float = 0.0
    pack_ms: float = 0.0
    first_token_ms: float | None = None
    llm_ms: float = 0.0
    diagnose_ms: float = 0.0
    widen_ms: float = Field(0.0, description="reading and diagnosing the wider cluster")
    total_ms: float = 0.0


class Choice(BaseModel):
    """A (category, component, severity) answer."""

    category: str
    component: str
    severity: str


class CandidateOut(Choice):
    score: float = Field(description="the engine's evidence score (not a probability)")
    evidence: list[int]


class EngineVerdict(Choice):
    """What the diagnosis engine concluded, compact: its verdict and top candidates."""

    confidence: float = Field(description="calibrated probability that the category is right")
    evidence: list[int]
    candidates: list[CandidateOut]
    classifier: bool = Field(description="whether the trained line classifier was used "
                             "(False: signatures alone)")


class Disagreement(BaseModel):
    """The model's choice and the engine's verdict differed (hybrid mode)."""

    llm: Choice
    engine: Choice
    fields: list[str] = Field(description="the fields that differ")
    engine_confidence: float
    threshold: float = Field(description="the engine wins at or above this confidence")
    winner: Literal["engine", "llm"]


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
    strategy: str = Field("baseline", description="the retrieval strategy that ran")
    strategy_reason: str | None = Field(
        None, description="why it ran: auto's choice, or why hybrid fell back to baseline")
    mode: Mode = Field("llm", description="the analysis mode that ran")
    engine: EngineVerdict | None = Field(
        None, description="the diagnosis engine's verdict and top candidates (null: no lines)")
    disagreement: Disagreement | None = Field(
        None, description="hybrid mode: the model's choice against the engine's verdict")
    widened: str | None = Field(
        None, description="why the lines include the wider cluster's (null: they do not)")


class CompareResponse(BaseModel):
    """``/v1/compare``: one request through each strategy, side by side."""

    results: dict[str, AnalysisResult]
    elapsed_ms: dict[str, float] = Field(description="wall time of each analysis")
    retrieve_ms: dict[str, float] = Field(description="retrieval and ranking of each")
    common_lines: int = Field(description="packed lines (by time and text) both strategies chose")
