"""The exploration notebook, executed headless (nbclient) against runs the tests produce."""

from __future__ import annotations

from pathlib import Path

import nbformat
from click.testing import CliRunner
from nbclient import NotebookClient

from evaluation.cli import eval_group

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "notebooks" / "eval_exploration.ipynb"
FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"


def test_the_notebook_runs_over_a_directory_of_runs(tmp_path, monkeypatch):
    runs = tmp_path / "runs"
    for name, extra in (("2026-03-01", []), ("2026-03-02", ["--all-lines"])):
        r = CliRunner().invoke(eval_group, ["run", "--golden", str(FIXTURE), "--out",
                                            str(runs / name), "--quiet", *extra],
                               env={"LOGLENS_BACKEND": "scripted"}, catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
    monkeypatch.setenv("LOGLENS_EVAL_RUNS", str(runs))
    monkeypatch.setenv("LOGLENS_EVAL_WORST", "3")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    NotebookClient(nb, timeout=120, kernel_name="python3", cwd=str(tmp_path)).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 5  # accuracy, latency, 2 confusion matrices, per-category
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "2 run(s) under" in text
    assert "badness=" in text and text.count("badness=") == 3
    assert "[0] 2026-03-01T12:00:01.000Z cart info" in text  # the packed lines are listed
