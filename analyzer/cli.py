"""``loglens``: serve the API, analyze from the terminal, run the bundled demo.

Results go to stdout (``--json`` for machines); progress, streamed tokens and errors go to
stderr. Exit codes: 0 ok, 1 a source/model failure, 2 bad input or configuration.
Heavy imports (llama-cpp, uvicorn, FastAPI) happen inside the commands.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import click
from pydantic import ValidationError

from retrieval.errors import ConfigError, InvalidRequest, LogLensError

from .settings import Settings

_SCOPE = ("namespace", "pod", "container", "node", "app")
_MODE_OPTION = click.option(
    "--mode", type=click.Choice(["engine", "llm", "hybrid"]), default=None,
    help="engine (no model) | llm (the model, engine fallback) | hybrid (the model chooses "
    "among the engine's candidates) [default: LOGLENS_MODE, else engine]")
_LABEL_OPS = ("=~", "!~", "!=", "=")


#: the scope flags every command that takes a selector shares (analyze, index)
SCOPE_OPTIONS = [
    click.option("--namespace", "-n", help="namespace (prefix ~ for a regex: ~shop-.*)"),
    click.option("--pod", help="pod name (prefix ~ for a regex)"),
    click.option("--container", help="container name (prefix ~ for a regex)"),
    click.option("--node", help="node name (prefix ~ for a regex)"),
    click.option("--app", help="app label (prefix ~ for a regex)"),
    click.option("--label", "labels", multiple=True, metavar="NAME=VALUE",
                 help="extra label matcher: name=v, name!=v, name=~re, name!~re"),
]


def _selector_options(f: Any) -> Any:
    opts = [
        *SCOPE_OPTIONS,
        click.option("--contains", multiple=True, help="line filter |= TEXT"),
        click.option("--exclude", multiple=True, help="line filter != TEXT"),
        click.option("--match", "matches", multiple=True, help="line filter |~ REGEX"),
        click.option("--exclude-match", multiple=True, help="line filter !~ REGEX"),
        click.option("--all-lines", is_flag=True,
                     help="switch off the default error/warn line filter"),
        click.option("--since", default=None, help="start, relative to end (default 1h)"),
        click.option("--start", default=None, help="start: RFC 3339, ns, or relative"),
        click.option("--end", default=None, help="end: RFC 3339, ns, or relative (default now)"),
        click.option("--limit", type=int, default=None, help="lines to fetch (1-200, default 15)"),
        click.option("--direction", type=click.Choice(["backward", "forward"]), default=None),
        click.option("--question", "-q", default=None, help="what you want to know"),
        click.option("--source", default=None, help="demo | file:PATH | loki:URL"),
        click.option("--backend", default=None, help="llama-cpp | openai | scripted"),
        click.option("--model", default=None, help="smollm2 | gemma3-270m | PATH.gguf"),
        _MODE_OPTION,
        click.option("--widen/--no-widen", default=None,
                     help="also read the other namespaces' warnings and errors and every "
                     "node's troubled lines [default: only when the engine finds no cause "
                     "for the scope's errors]"),
        click.option("--json", "as_json", is_flag=True, help="print the result as JSON"),
        click.option("--quiet", is_flag=True, help="do not stream tokens to stderr"),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _selector_dict(kw: dict[str, Any]) -> dict[str, Any]:
    sel: dict[str, Any] = {}
    for name in _SCOPE:
        value = kw.get(name)
        if value:
            sel[name] = {"regex": value[1:]} if value.startswith("~") else value
    labels = []
    for spec in kw.get("labels") or ():
        for op in _LABEL_OPS:
            name, sep, value = spec.partition(op)
            if sep and name:
                labels.append({"name": name.strip(), "op": op, "value": value})
                break
        else:
            raise InvalidRequest(f"--label {spec!r}: write NAME=VALUE, NAME!=VALUE, NAME=~RE "
                                 "or NAME!~RE", field="--label")
    if labels:
        sel["labels"] = labels
    filters = [{"op": op, "value": v} for key, op in
               (("contains", "|="), ("exclude", "!="), ("matches", "|~"), ("exclude_match", "!~"))
               for v in kw.get(key) or ()]
    if filters:
        sel["filters"] = filters
    if kw.get("all_lines"):
        sel["default_filter"] = False
    for key in ("start", "end", "limit", "direction"):
        if kw.get(key) is not None:
            sel[key] = kw[key]
    if kw.get("since") and not kw.get("start"):
        sel["start"] = kw["since"]
    return sel


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise ConfigError(_first_error(exc, prefix="LOGLENS_")) from exc


def _first_error(exc: ValidationError, prefix: str = "--") -> str:
    e = exc.errors()[0]
    loc = [str(p) for p in e["loc"] if not str(p)[0].isupper() and "-" not in str(p)]
    name = loc[1] if loc and loc[0] == "selector" and len(loc) > 1 else ".".join(loc)
    flag = prefix + (name.upper() if prefix == "LOGLENS_" else name.replace("_", "-"))
    return f"{flag}: {e['msg']}"


class _PluginGroup(click.Group):
    """Commands of other packages (``loglens eval``, ``loglens golden``, ``loglens patterns``)
    come from the ``loglens.commands`` entry points, loaded only when asked for: the analyzer
    never imports the evaluation package, and ``--help`` stays fast."""

    def _plugins(self) -> dict[str, Any]:
        from importlib.metadata import entry_points

        return {ep.name: ep for ep in entry_points(group="loglens.commands")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._plugins()))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in (plugins := self._plugins()):
            loaded = plugins[name].load()
            command = loaded if isinstance(loaded, click.Command) else None
        return command


@click.group(cls=_PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option("0.1.0", prog_name="loglens")
def cli() -> None:
    """LogLens: what broke, how bad, where, and what to do — from your logs."""


@cli.command()
@click.option("--host", default=None, help="bind address (LOGLENS_HOST, default 127.0.0.1)")
@click.option("--port", type=int, default=None, help="port (LOGLENS_PORT, default 8000)")
@click.option("--source", default=None, help="demo | file:PATH | loki:URL")
def serve(host: str | None, port: int | None, source: str | None) -> None:
    """Run the HTTP API (POST /v1/analyze, /v1/analyze/stream, /healthz, /readyz, /docs)."""
    import uvicorn

    from .app import create_app

    settings = _run_guarded(lambda: _settings(host=host, port=port, source=source))
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level=settings.log_level.lower())


@cli.command()
@_selector_options
def analyze(**kw: Any) -> None:
    """Analyze logs matching a selector and print the root-cause extraction."""
    _run_analysis(kw)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--quiet", is_flag=True, help="do not stream tokens to stderr")
@click.option("--backend", default=None, help="llama-cpp | openai | scripted")
@click.option("--model", default=None, help="smollm2 | gemma3-270m | PATH.gguf")
@_MODE_OPTION
def demo(as_json: bool, quiet: bool, backend: str | None, model: str | None,
         mode: str | None) -> None:
    """Analyze the bundled demo incident (shop namespace) with the embedded default."""
    from .sources import DEMO_END, DEMO_START

    _run_analysis({"source": "demo", "namespace": "shop", "start": DEMO_START, "end": DEMO_END,
                   "question": "Why are checkouts failing in the shop namespace?",
                   "as_json": as_json, "quiet": quiet, "backend": backend, "model": model,
                   "mode": mode})


def _run_guarded(fn: Any) -> Any:
    try:
        return fn()
    except LogLensError as exc:
        _fail(exc)


def _fail(exc: LogLensError) -> None:
    click.echo(f"error: {exc.message}", err=True)
    sys.exit(2 if isinstance(exc, InvalidRequest | ConfigError) or exc.status < 500 else 1)


def _run_analysis(kw: dict[str, Any]) -> None:
    from .models_api import AnalyzeRequest

    try:
        settings = _settings(source=kw.get("source"), backend=kw.get("backend"),
                             model=kw.get("model"))
        try:
            request = AnalyzeRequest(selector=_selector_dict(kw), question=kw.get("question"),
                                     mode=kw.get("mode"), widen=kw.get("widen"))
        except ValidationError as exc:
            raise InvalidRequest(_first_error(exc)) from exc
        result = asyncio.run(_analyze(settings, request, quiet=bool(kw.get("quiet"))))
    except LogLensError as exc:
        _fail(exc)
        return
    if kw.get("as_json"):
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(_human(result))


async def _analyze(settings: Settings, request: Any, *, quiet: bool) -> dict[str, Any]:
    from .backends import create_backend
    from .engine.runtime import Engine
    from .pipeline import Analyzer, analyzer_config
    from .prompts import Prompts
    from .sources import create_source
    from .telemetry import tracer_provider_from_settings

    provider = tracer_provider_from_settings(settings)
    source = create_source(settings)
    backend = create_backend(settings)
    try:
        analyzer = Analyzer(source=source, backend=backend,
                            prompts=Prompts.load(settings.prompts_dir),
                            config=analyzer_config(settings), tracer_provider=provider,
                            engine=Engine.from_settings(settings))
        result: dict[str, Any] | None = None
        async for event in analyzer.events(request, raise_errors=True):  # run to the end
            if event.kind == "retrieved":
                d = event.data
                click.echo(f"retrieved {d['fetched']} lines, packed {len(d['lines'])} "
                           f"({d['collapsed']} collapsed, {d['dropped']} dropped) "
                           f"in {d['elapsed_ms']:.0f} ms: {d['query']}", err=True)
            elif event.kind == "token" and not quiet:
                click.echo(event.data["text"], err=True, nl=False)
            elif event.kind == "result":
                if not quiet:
                    click.echo("", err=True)
                result = event.data
        if result is None:  # pragma: no cover - events() ends in a result or raises
            raise LogLensError("the analysis ended without a result")
        return result
    finally:
        await source.aclose()
        await backend.aclose()
        provider.shutdown()


def _human(r: dict[str, Any]) -> str:
    e = r["extraction"]
    lines = [f"{e['severity']}  {e['root_cause_category']}  component={e['component']}  "
             f"confidence={e['confidence']:.2f}  (answer from: {r['source']}, "
             f"mode {r.get('mode', 'llm')})",
             f"root cause: {e['root_cause']}", f"summary:    {e['summary']}",
             f"action:     {e['action']}", "evidence:"]
    by_index = {pl["index"]: pl for pl in r["lines"]}
    for i in e["evidence"]:
        pl = by_index.get(i)
        if pl:
            lines.append(f"  [{i}] {pl['time']} {pl['workload']}: {pl['line'][:200]}")
    if r.get("fallback_reason"):
        lines.append(f"note: the model's answer was not used ({r['fallback_reason']})"
                     if r["source"] == "fallback" else f"note: {r['fallback_reason']}")
    if r.get("widened"):
        lines.append(f"widened: {r['widened']}")
    d = r.get("disagreement")
    if d:
        lines.append(f"disagreement ({', '.join(d['fields'])}): the model chose "
                     f"{d['llm']['category']}/{d['llm']['component']}/{d['llm']['severity']}, "
                     f"the engine {d['engine']['category']}/{d['engine']['component']}/"
                     f"{d['engine']['severity']} at confidence {d['engine_confidence']:.2f}: "
                     f"{d['winner']} wins")
    t = r["timings"]
    model = "no model" if r.get("mode") == "engine" else f"{r['backend']}:{r['model']}"
    lines.append(f"{r['stats']['packed']} lines in context, {t['total_ms']:.0f} ms total "
                 f"({model})")
    return "\n".join(lines)


def main() -> None:
    cli()
