"""``loglens index`` over the bundled demo logs into embedded Chroma (hash embedder: no
model): the summary on stdout, a second run embeds nothing."""

from __future__ import annotations

import json

from click.testing import CliRunner

from analyzer.index_cli import index
from analyzer.sources import DEMO_END


def run(tmp_path, *extra, env=None):
    runner = CliRunner()
    return runner.invoke(index, ["--source", "demo", "--since", "1h", "--end", DEMO_END,
                                 "--chroma-path", str(tmp_path / "chroma"),
                                 "--embedding-model", "hash", "--quiet", *extra], env=env)


def test_index_twice_the_second_run_embeds_nothing(tmp_path):
    first = run(tmp_path, "--json")
    assert first.exit_code == 0, first.output
    stats = json.loads(first.stdout)
    assert stats["lines_read"] > 20 and stats["templates_new"] > 5
    assert stats["vectors_total"] == stats["templates_new"]
    assert stats["embedded"] <= stats["templates_new"]
    second = json.loads(run(tmp_path, "--json").stdout)
    assert second["embedded"] == 0 and second["vectors_written"] == 0
    assert second["vectors_total"] == stats["vectors_total"]
    human = run(tmp_path)
    assert human.stdout.startswith("lines read ") and "embedded 0" in human.stdout


def test_bad_input_is_exit_2(tmp_path):
    result = run(tmp_path, "--label", "nonsense")
    assert result.exit_code == 2 and "--label" in result.output


def test_embedding_workers_without_the_onnx_backend_is_exit_2(tmp_path):
    result = run(tmp_path, "--embedding-model", "minilm",
                 env={"LOGLENS_EMBEDDING_WORKERS": "2"})
    assert result.exit_code == 2
    assert "LOGLENS_EMBEDDING_WORKERS=2 needs the onnx backend" in result.output


def test_an_index_of_another_model_is_exit_2_and_left_as_it_was(tmp_path):
    assert run(tmp_path).exit_code == 0
    state = next((tmp_path / "chroma").parent.rglob("*.json"))
    doc = json.loads(state.read_text())
    assert doc["embedding"] == "hash words-1"
    doc["embedding"] = "all-MiniLM-L6-v2 words-1"  # as if built with MiniLM
    state.write_text(json.dumps(doc))
    result = run(tmp_path)
    assert result.exit_code == 2
    assert "all-MiniLM-L6-v2 words-1" in result.output and "'hash words-1'" in result.output
    assert json.loads(state.read_text()) == doc
