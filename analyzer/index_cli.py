"""``loglens index``: pull logs from the source, mine templates, embed the new ones, upsert.

One vector per (template, namespace, container) in the configured vector store (Chroma on
disk by default, ``LOGLENS_CHROMA_URL`` for a server); see ``retrieval.indexer`` for why a
rerun is cheap, idempotent and safe after an interruption. Progress goes to stderr, the
summary to stdout (``--json`` for machines). Exit codes: 0 ok, 1 a source or store failure,
2 bad input or configuration.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

import click
from pydantic import ValidationError

from retrieval.errors import InvalidRequest, LogLensError

from .cli import SCOPE_OPTIONS, _fail, _first_error, _selector_dict, _settings

_FLAGS = [
    *SCOPE_OPTIONS,
    click.option("--since", default="7d", show_default=True,
                 help="start, relative to end (or RFC 3339 / ns)"),
    click.option("--end", default=None, help="end: RFC 3339, ns, or relative (default now)"),
    click.option("--source", default=None, help="demo | file:PATH | loki:URL"),
    click.option("--chroma-path", default=None, help="embedded Chroma directory"),
    click.option("--chroma-url", default=None, help="Chroma server URL"),
    click.option("--embedding-model", default=None, help="minilm | PATH | hash"),
    click.option("--embedding-backend", default=None, type=click.Choice(["torch", "onnx"])),
    click.option("--page", type=int, default=5000, show_default=True,
                 help="lines read and committed at a time"),
    click.option("--json", "as_json", is_flag=True, help="print the summary as JSON"),
    click.option("--quiet", is_flag=True, help="no progress bar"),
]


def _options(f: Any) -> Any:
    for opt in reversed(_FLAGS):
        f = opt(f)
    return f


@click.command("index")
@_options
def index(**kw: Any) -> None:
    """Index templates of the logs in a window (default: the last 7 days) for hybrid search."""
    from retrieval.selector import Selector

    try:
        settings = _settings(source=kw["source"], chroma_path=kw["chroma_path"],
                             chroma_url=kw["chroma_url"], embedding_model=kw["embedding_model"],
                             embedding_backend=kw["embedding_backend"])
        spec = _selector_dict({**kw, "since": None})
        spec["default_filter"] = False  # index every line, not only the troubled ones
        try:
            selector = Selector.model_validate(spec)
            now = time.time_ns()
            end = selector.window(now)[1] if kw["end"] is None else Selector(
                start=kw["since"], end=kw["end"]).window(now)[1]
            start = Selector(start=kw["since"], end=end).window(now)[0]
        except ValidationError as exc:
            raise InvalidRequest(_first_error(exc)) from exc
        stats = asyncio.run(_index(settings, selector, start, end, page=kw["page"],
                                   quiet=kw["quiet"]))
    except LogLensError as exc:
        _fail(exc)
        return
    if kw["as_json"]:
        click.echo(json.dumps(stats, indent=2))
    else:
        click.echo(f"lines read {stats['lines_read']}, templates new {stats['templates_new']}"
                   f" / known {stats['templates_known']}, vectors written "
                   f"{stats['vectors_written']} (embedded {stats['embedded']}), "
                   f"{stats['seconds']:.1f} s → {stats['store']}")


async def _index(settings: Any, selector: Any, start: int, end: int, *, page: int,
                 quiet: bool) -> dict[str, Any]:
    from tqdm import tqdm

    from retrieval.indexer import IndexStats, TemplateIndexer

    from .sources import create_source
    from .vector_index import open_vector_index

    source = create_source(settings)
    try:
        vindex = await asyncio.to_thread(open_vector_index, settings)
        indexer = TemplateIndexer(vindex.store, vindex.embedder, state_path=vindex.state_path)
        bar = tqdm(total=max(end - start, 1) / 1e9, unit="s", unit_scale=True, file=sys.stderr,
                   disable=quiet, desc="indexing", bar_format="{l_bar}{bar}| {postfix}")
        done = start

        def progress(stats: IndexStats, newest: int) -> None:
            nonlocal done
            bar.update(max(newest - done, 0) / 1e9)
            done = max(done, newest)
            bar.set_postfix_str(f"{stats.lines_read} lines, {stats.templates_new} new "
                                f"templates, {stats.embedded} embedded", refresh=False)

        try:
            stats = await indexer.index(source, selector, start_ns=start, end_ns=end,
                                        page=max(page, 1), progress=progress)
        finally:
            bar.close()
        return {**stats.to_dict(), "store": vindex.describe(),
                "vectors_total": await asyncio.to_thread(vindex.store.count)}
    finally:
        await source.aclose()
