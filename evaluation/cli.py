"""``loglens eval``: run the golden dataset through the pipeline, merge shards, compare runs.

Loaded by ``loglens`` from the ``loglens.commands`` entry point ``eval =
evaluation.cli:eval_group``; ``python -m evaluation.cli`` runs the group alone. Results go to
stdout (``--json`` for machines), the progress bar and errors to stderr. Exit codes: 0 ok;
1 the model cannot be loaded or reached (run), or a drift beyond the thresholds (drift);
2 bad input: a golden file that cannot be read, an unknown strategy or mode, a bad
``--shard``, an ``--out`` that cannot be written, runs that cannot be merged or compared.

``--mode engine,llm,hybrid`` runs every record in each mode; with several modes the metrics
are reported per ``strategy/mode`` (``baseline/engine``...), with one under the strategy's name.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import click
from pydantic import ValidationError

from retrieval.errors import ConfigError, InvalidRequest, LogLensError

_CONTEXT = {"help_option_names": ["-h", "--help"]}


def _fail(exc: LogLensError) -> NoReturn:
    click.echo(f"error: {exc.message}", err=True)
    sys.exit(2 if isinstance(exc, InvalidRequest | ConfigError) or exc.status < 500 else 1)


@click.group("eval", context_settings=_CONTEXT)
def eval_group() -> None:
    """Evaluate LogLens against a golden dataset (format: shared/design/golden-format.md)."""


@eval_group.command("run")
@click.option("--golden", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="golden dataset (JSON Lines)")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="directory for predictions, metrics and plots (created)")
@click.option("--strategy", "strategy_spec", multiple=True, default=("baseline",),
              show_default=True, help="comma-separated strategies: baseline, hybrid, auto "
              "(hybrid and auto index each record's own lines)")
@click.option("--mode", "mode_spec", multiple=True, default=(), metavar="MODES",
              help="comma-separated analysis modes: engine, llm, hybrid; each is run and "
              "scored apart [default: LOGLENS_MODE, else engine]")
@click.option("--backend", default=None, help="llama-cpp | openai | scripted (LOGLENS_BACKEND)")
@click.option("--model", default=None, help="smollm2 | gemma3-270m | PATH.gguf (LOGLENS_MODEL)")
@click.option("--shard", default=None, envvar="LOGLENS_EVAL_SHARD", metavar="I/N",
              help="only records at positions ≡ I mod N (I from 0; LOGLENS_EVAL_SHARD)")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="only the first N records of the file")
@click.option("--all-lines", is_flag=True,
              help="switch off the production error/warn line filter for the replay")
@click.option("--quiet", is_flag=True, help="no progress bar")
@click.option("--json", "as_json", is_flag=True, help="print metrics as JSON")
def run_command(golden: Path, out: Path, strategy_spec: tuple[str, ...],
                mode_spec: tuple[str, ...], backend: str | None, model: str | None,
                shard: str | None, limit: int | None, all_lines: bool, quiet: bool,
                as_json: bool) -> None:
    """Replay every golden record through the pipeline and score the answers."""
    from .golden import load_golden
    from .merge import Shard
    from .replay import Task
    from .strategies import ReplayOptions, parse_strategies

    try:
        strategies = parse_strategies(strategy_spec)
        part = Shard.parse(shard) if shard else None
        settings = _settings(backend=backend, model=model)
        modes = _modes(mode_spec, settings.mode)
        records = load_golden(golden)
        tasks = [Task(i, r) for i, r in enumerate(records)][:limit]
        if part is not None:
            tasks = part.select(tasks)
        from .report import prepare_out

        out = prepare_out(out)
        result = asyncio.run(_run(settings, golden, len(records), tasks, strategies, modes,
                                  out, part, limit, ReplayOptions(all_lines=all_lines), quiet))
    except LogLensError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps({"out": str(out), **result}, indent=2))
    else:
        click.echo(_summary(result["strategies"]))
        click.echo(f"wrote {out}/: predictions.jsonl, metrics.json, metrics.csv, "
                   "confusion_severity.png, confusion_category.png")


def _modes(spec: tuple[str, ...], default: str) -> list[Any]:
    from analyzer.modes import parse_modes

    try:
        return parse_modes(spec) or [default]
    except ValueError as exc:
        raise InvalidRequest(f"--mode: {exc}", field="mode") from exc


async def _run(settings: Any, golden: Path, total: int, tasks: list[Any], strategies: list[Any],
               modes: list[Any], out: Path, part: Any, limit: int | None, options: Any,
               quiet: bool) -> dict[str, Any]:
    from tqdm import tqdm

    from analyzer.backends import create_backend
    from analyzer.engine.runtime import Engine
    from analyzer.pipeline import analyzer_config
    from analyzer.prompts import Prompts

    from . import report
    from .metrics import compute
    from .otel_metrics import emit, meter_provider_from_settings
    from .replay import replay
    from .strategies import Components, needs_embedder, run_label

    prompts = Prompts.load(settings.prompts_dir)
    engine = Engine.from_settings(settings)
    hashed, digest = report.settings_fingerprint(settings, prompts, options.as_dict(),
                                                 modes=modes, engine=engine.describe())
    backend = create_backend(settings)
    started, t0 = report.now_iso(), time.perf_counter()
    try:
        if modes != ["engine"]:
            await backend.ready()  # load the model once, before the first record
        parts = Components(backend=backend, prompts=prompts, config=analyzer_config(settings),
                           engine=engine)
        if needs_embedder(strategies):
            from analyzer.vector_index import open_embedder

            parts.embedder = open_embedder(settings)  # once per run
        bar = tqdm(total=len(tasks) * len(strategies) * len(modes), file=sys.stderr,
                   disable=quiet, unit="rec", desc="eval", dynamic_ncols=True)
        with bar, report.prediction_writer(out) as handle:
            def on_row(row: dict[str, Any]) -> None:
                report.write_row(handle, row)
                bar.set_postfix_str(f"{row['strategy']} {row['id']} {row['source']}",
                                    refresh=False)
                bar.update(1)

            rows = await replay(tasks, strategies, parts, options, modes=modes, on_row=on_row)
    finally:
        await backend.aclose()
    names = [run_label(s.name, m, modes) for s in strategies for m in modes]
    per_strategy = compute(rows, names)
    metadata = {**report.base_metadata(), "started_at": started, "finished_at": report.now_iso(),
                "wall_s": round(time.perf_counter() - t0, 3), "backend": backend.name,
                "model": backend.model, "strategies": names, "modes": modes,
                "engine": {"classifier": engine.classifier is not None,
                           "signatures": len(engine.kb.signatures)},
                "settings_hash": digest,
                "settings": hashed, "golden": {"path": str(Path(golden).resolve()),
                                               "sha256": report.file_sha256(golden),
                                               "records": total},
                "shard": part.as_dict() if part else None, "limit": limit,
                "records": len(tasks)}
    report.write_run(out, metadata, per_strategy)
    provider = meter_provider_from_settings(settings)
    if provider is not None:
        try:
            emit(provider, metadata, per_strategy, rows, finished_unix_s=time.time())
        finally:
            provider.shutdown()
    return {"metadata": metadata, "strategies": per_strategy}


def _settings(**overrides: Any) -> Any:
    from analyzer.settings import Settings

    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        e = exc.errors()[0]
        raise ConfigError(f"LOGLENS_{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}") from exc


def _summary(per_strategy: dict[str, Any]) -> str:
    from .metrics import METRICS

    lines = []
    for name, m in per_strategy.items():
        sources = ", ".join(f"{k} {v}" for k, v in m["sources"].items())
        lines.append(f"{name}: {m['records']} records ({sources})")
        for metric in METRICS:
            entry = m["metrics"][metric]
            value = entry["value"]
            shown = "-" if value is None else (
                f"{value:.0f}" if metric.endswith("_ms") else f"{value:.3f}")
            lines.append(f"  {metric:<24} {shown:>9}  (n={entry['n']})")
    return "\n".join(lines)


@eval_group.command("merge")
@click.argument("dirs", nargs=-1, required=True,
                type=click.Path(path_type=Path, file_okay=False))
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="directory for the merged run (created)")
@click.option("--allow-partial", is_flag=True, help="merge even when shards are missing")
@click.option("--json", "as_json", is_flag=True, help="print metrics as JSON")
def merge_command(dirs: tuple[Path, ...], out: Path, allow_partial: bool,
                  as_json: bool) -> None:
    """Combine shard runs (``eval run --shard I/N``) into one run."""
    from . import report
    from .merge import merge_runs

    try:
        metadata, rows, per_strategy = merge_runs(dirs, allow_partial=allow_partial)
        out = report.prepare_out(out)
        report.write_predictions(out, rows)
        report.write_run(out, metadata, per_strategy)
    except LogLensError as exc:
        _fail(exc)
    for note in metadata.get("notes") or ():
        click.echo(f"note: {note}", err=True)
    if as_json:
        click.echo(json.dumps({"out": str(out), "metadata": metadata,
                               "strategies": per_strategy}, indent=2))
    else:
        click.echo(_summary(per_strategy))
        click.echo(f"merged {len(dirs)} runs ({len(rows)} rows) into {out}/")


@eval_group.command("drift")
@click.option("--baseline", type=click.Path(path_type=Path, file_okay=False), required=True)
@click.option("--current", type=click.Path(path_type=Path, file_okay=False), required=True)
@click.option("--max-drop", type=click.FloatRange(0, 1), default=0.03, show_default=True,
              help="largest allowed drop of a gated metric (absolute)")
@click.option("--max-latency-growth", type=click.FloatRange(min=0), default=0.5,
              show_default=True, help="largest allowed relative growth of p95 latency")
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
def drift_command(baseline: Path, current: Path, max_drop: float, max_latency_growth: float,
                  as_json: bool) -> None:
    """Compare two runs; exit 1 when a gated metric dropped or p95 latency grew too much."""
    from .drift import compare, render
    from .report import load_run

    try:
        b_metrics, b_rows = load_run(baseline)
        c_metrics, c_rows = load_run(current)
        result = compare(b_metrics, b_rows, c_metrics, c_rows, max_drop=max_drop,
                         max_latency_growth=max_latency_growth)
        if not result["strategies"]:
            raise InvalidRequest("the runs have no strategy in common: nothing to compare")
    except LogLensError as exc:
        _fail(exc)
    result = {**result, "baseline": {"dir": str(baseline), **result["baseline"]},
              "current": {"dir": str(current), **result["current"]}}
    click.echo(json.dumps(result, indent=2) if as_json else render(result))
    if not result["ok"]:
        sys.exit(1)


@eval_group.command("strategies")
def strategies_command() -> None:
    """List the replay strategies."""
    from .strategies import PLANNED, available, get

    for name in available():
        click.echo(f"{name}: {get(name).description}")
    for name, why in PLANNED.items():
        click.echo(f"{name} (not available): {why}")


if __name__ == "__main__":
    eval_group()
