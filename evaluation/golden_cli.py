"""``loglens golden``: commands on golden dataset files.

    loglens golden validate FILE...

Problems go to stdout, one a line (``FILE:line [id] json.path: message``); exit 1 when any
file has problems, 2 when a file cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import click

from .golden_validate import count_records, validate_text


@click.group("golden")
def golden() -> None:
    """Golden dataset files: check them against the format."""


@golden.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Check FILES against the golden format (keys, enums, evidence indices, time order)."""
    status = 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            click.echo(f"{path}: cannot read: {reason}", err=True)
            status = 2
            continue
        problems = validate_text(text)
        for p in problems:
            click.echo(f"{path}:{p}")
        if problems:
            click.echo(f"{path}: {len(problems)} problem(s)", err=True)
            status = max(status, 1)
        else:
            click.echo(f"{path}: ok: {count_records(text)} records")
    raise SystemExit(status)
