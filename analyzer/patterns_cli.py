"""``loglens patterns FILE...``: the log template of every line, as JSON lines.

Each input line is one log message (no header parsing: feed messages, or accept that
timestamps become ``<*>``); ``-`` reads stdin. Output, on stdout, is one JSON object per
input line, in input order: ``{"line": n, "template_id": "...", "template": "..."}``, where
``n`` counts from 1 across all inputs. By default every line is mined first and then printed
with the template its cluster ended with (templates generalize as evidence arrives, and
merged clusters report the id that absorbed them); ``--stream`` prints each line as soon as
it is read, with its template as of then (for ``tail -f``).

``--json-state PATH`` loads the miner from PATH when it exists and saves it there after
(JSON, see ``retrieval.templates.state``); ``--match-only`` only looks up templates in that
state, learns nothing and saves nothing (lines that fit no template get ``null``).
Exit codes: 0 ok, 2 bad input (a missing file, an unreadable state).
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from retrieval.templates import TemplateMiner, dumps, loads


def _lines(paths: tuple[str, ...]) -> Iterator[str]:
    for path in paths:
        if path == "-":
            stream: IO[str] = sys.stdin
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors="replace")
            for line in stream:
                yield line.rstrip("\r\n")
            continue
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            for line in fh:
                yield line.rstrip("\r\n")


def _load(state_path: Path | None, must_exist: bool) -> TemplateMiner:
    if state_path is None or not state_path.exists():
        if must_exist:
            raise click.UsageError("--match-only needs --json-state PATH of an existing state")
        return TemplateMiner()
    try:
        return loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"--json-state {state_path}: {exc}") from exc


def _save(miner: TemplateMiner, state_path: Path) -> None:
    tmp = state_path.with_name(state_path.name + ".tmp")
    try:
        tmp.write_text(dumps(miner), encoding="utf-8")
        os.replace(tmp, state_path)
    except OSError as exc:
        raise click.ClickException(f"cannot write {state_path}: {exc}") from exc


def _emit(out: IO[str], n: int, template_id: str | None, template: str | None) -> None:
    out.write(json.dumps({"line": n, "template_id": template_id, "template": template},
                         ensure_ascii=False))
    out.write("\n")


@click.command("patterns")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--json-state", "state_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="load the miner from PATH if it exists, save it there after")
@click.option("--match-only", is_flag=True,
              help="only look up templates in the loaded state; learn and save nothing")
@click.option("--stream", is_flag=True,
              help="print each line as it is read (its template as of then)")
def patterns(files: tuple[str, ...], state_path: Path | None, match_only: bool,
             stream: bool) -> None:
    """Mine log templates: one JSON line per input line, in input order."""
    miner = _load(state_path, must_exist=match_only)
    out: IO[str] = sys.stdout
    try:
        if match_only:
            for n, line in enumerate(_lines(files), 1):
                found = miner.match(line)
                if found is None:
                    _emit(out, n, None, None)
                else:
                    _emit(out, n, found.template_id, found.template)
            return
        if stream:
            for n, line in enumerate(_lines(files), 1):
                result = miner.add(line)
                _emit(out, n, result.template_id, result.template)
        else:
            ids = [miner.add(line).template_id for line in _lines(files)]
            final: dict[str, tuple[str, str]] = {}
            for n, cid in enumerate(ids, 1):
                if cid not in final:
                    resolved = miner.resolve(cid)
                    final[cid] = (resolved, miner.clusters[resolved].template)
                _emit(out, n, *final[cid])
    except OSError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        out.flush()
    if state_path is not None:
        _save(miner, state_path)
