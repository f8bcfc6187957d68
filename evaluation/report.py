"""A run's files: ``predictions.jsonl``, ``metrics.json``, ``metrics.csv`` and the confusion
matrix plots, plus the run's metadata and reading a run back.

The settings hash is the sha256 of the canonical JSON of what changes the answers: backend,
model, chat format, context size, max tokens, temperature, seed, repeat penalty, the OpenAI
model name and schema mode, the prompts' text (not their directory), the replay options
(``all_lines``), the analysis modes of the run and, when given, what changes the diagnosis
engine's answers (its knowledge base's content, the classifier's fingerprint and calibration,
the hybrid override threshold). Left out: secrets and paths to them, endpoints and the model
cache directory (where things are, not what they are), thread and batch counts (speed),
service and logging settings. Two runs with the same hash asked the same model the same way.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import platform
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, Any

from analyzer.prompts import Prompts
from analyzer.settings import Settings
from retrieval.errors import InvalidRequest

from .metrics import flat

PREDICTIONS = "predictions.jsonl"
METRICS_JSON = "metrics.json"
METRICS_CSV = "metrics.csv"
PLOTS = {"severity": "confusion_severity.png", "category": "confusion_category.png"}
HASHED_SETTINGS = ("backend", "model", "chat_format", "n_ctx", "max_tokens", "temperature",
                   "seed", "repeat_penalty", "openai_model", "openai_schema_mode")


def settings_fingerprint(settings: Settings, prompts: Prompts, replay: dict[str, Any], *,
                         modes: list[str] | None = None,
                         engine: dict[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    """``(what was hashed, its sha256)``: see the module docstring."""
    values: dict[str, Any] = {k: getattr(settings, k) for k in HASHED_SETTINGS}
    hybrid = prompts.hybrid_user.template if prompts.hybrid_user else ""
    values["prompts_sha256"] = hashlib.sha256(
        f"{prompts.system}\n\x00\n{prompts.user.template}\n\x00\n{hybrid}".encode()
    ).hexdigest()
    values["replay"] = dict(sorted(replay.items()))
    values["modes"] = list(modes or [settings.mode])
    if engine is not None:
        values["engine"] = {**engine, "hybrid_confidence": settings.hybrid_confidence}
    text = json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)
    return values, hashlib.sha256(text.encode()).hexdigest()


def git_commit() -> str | None:
    """HEAD of the checkout this package runs from, or None (not a checkout, no git)."""
    try:
        proc = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent,
                              capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    out = proc.stdout.strip()
    return out if proc.returncode == 0 and len(out) == 40 else None


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def loglens_version() -> str | None:
    try:
        return version("loglens")
    except PackageNotFoundError:
        return None


def base_metadata() -> dict[str, Any]:
    return {"git_commit": git_commit(), "python": platform.python_version(),
            "loglens_version": loglens_version(), "timestamp": now_iso()}


# --- writing ------------------------------------------------------------------------------------


def prepare_out(out: Path) -> Path:
    """Create ``out`` and check that it is writable: ``InvalidRequest`` naming it if not."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-probe-{os.getpid()}"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise InvalidRequest(f"--out {out}: cannot write there ({exc.strerror or exc})",
                             field="out") from exc
    return out


@contextmanager
def prediction_writer(out: Path) -> Iterator[IO[str]]:
    """``predictions.jsonl`` opened for rows written as they come (a crash keeps them)."""
    try:
        handle = (Path(out) / PREDICTIONS).open("w", encoding="utf-8")
    except OSError as exc:
        raise InvalidRequest(f"--out {out}: cannot write {PREDICTIONS} ({exc.strerror})",
                             field="out") from exc
    with handle:
        yield handle


def write_row(handle: IO[str], row: dict[str, Any]) -> None:
    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    handle.flush()


def write_predictions(out: Path, rows: list[dict[str, Any]]) -> None:
    with prediction_writer(out) as handle:
        for row in rows:
            write_row(handle, row)


def write_metrics(out: Path, metadata: dict[str, Any], per_strategy: dict[str, Any]) -> None:
    """``metrics.json`` (everything) and ``metrics.csv`` (one row per strategy and metric)."""
    out = Path(out)
    try:
        (out / METRICS_JSON).write_text(
            json.dumps({"metadata": metadata, "strategies": per_strategy}, indent=2,
                       ensure_ascii=False) + "\n", encoding="utf-8")
        with (out / METRICS_CSV).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["strategy", "metric", "value", "n"])
            writer.writeheader()
            for entry in flat(per_strategy):
                value = entry["value"]
                writer.writerow({**entry, "value": "" if value is None else f"{value:.6g}"})
    except OSError as exc:
        raise InvalidRequest(f"--out {out}: cannot write the metrics ({exc.strerror})",
                             field="out") from exc


def plot_confusions(out: Path, per_strategy: dict[str, Any]) -> list[Path]:
    """``confusion_severity.png`` and ``confusion_category.png``, one panel per strategy.
    Drawn with the Agg canvas: no display and no global pyplot state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    written = []
    for kind, filename in PLOTS.items():
        panels = [(s, m["confusion"][kind]) for s, m in per_strategy.items()]
        size = max((len(c["labels"]) for _, c in panels), default=1)
        side = 2.2 + 0.42 * size
        fig = Figure(figsize=(side * max(len(panels), 1), side + 0.6), layout="constrained")
        FigureCanvasAgg(fig)
        axes = fig.subplots(1, max(len(panels), 1), squeeze=False)[0]
        for ax, (strategy, conf) in zip(axes, panels, strict=False):
            draw_confusion(ax, conf, f"{kind} — {strategy}")
        if not panels:
            axes[0].set_axis_off()
        path = Path(out) / filename
        try:
            fig.savefig(path, dpi=110)
        except OSError as exc:
            raise InvalidRequest(f"--out {out}: cannot write {filename} ({exc.strerror})",
                                 field="out") from exc
        written.append(path)
    return written


def draw_confusion(ax: Any, conf: dict[str, Any], title: str) -> None:
    labels, matrix = conf["labels"], conf["matrix"]
    if not labels:
        ax.set_title(f"{title}\n(no records)")
        ax.set_axis_off()
        return
    ax.imshow(matrix, cmap="Blues", vmin=0)
    peak = max((v for row in matrix for v in row), default=0)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                        color="white" if v > peak / 2 else "black")
    ticks = range(len(labels))
    ax.set_xticks(ticks, labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(ticks, labels, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("expected")
    ax.set_title(title, fontsize=10)


def write_run(out: Path, metadata: dict[str, Any], per_strategy: dict[str, Any]) -> None:
    write_metrics(out, metadata, per_strategy)
    plot_confusions(out, per_strategy)


# --- reading ------------------------------------------------------------------------------------


def load_run(directory: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``(metrics.json, prediction rows)`` of a run directory; ``InvalidRequest`` naming the
    file when one is missing or not what a run writes."""
    directory = Path(directory)
    try:
        metrics = json.loads((directory / METRICS_JSON).read_text(encoding="utf-8"))
        text = (directory / PREDICTIONS).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidRequest(f"{directory}: not a run directory ({exc.strerror}: "
                             f"{Path(exc.filename or directory).name})", field="run") from exc
    except json.JSONDecodeError as exc:
        raise InvalidRequest(f"{directory / METRICS_JSON}: not JSON ({exc.msg})",
                             field="run") from exc
    if not isinstance(metrics, dict) or "metadata" not in metrics:
        raise InvalidRequest(f"{directory / METRICS_JSON}: no metadata: not a run's metrics",
                             field="run")
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidRequest(f"{directory / PREDICTIONS}:{n}: not JSON ({exc.msg})",
                                 field="run") from exc
        if not isinstance(row, dict) or "id" not in row or "strategy" not in row:
            raise InvalidRequest(f"{directory / PREDICTIONS}:{n}: a row needs id and strategy",
                                 field="run")
        rows.append(row)
    return metrics, rows
