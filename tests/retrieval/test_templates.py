"""Template mining: masking, grouping, state round trips, match(), GA floors, the CLI.

The GA checks use the Loghub 2k sets in ``../shared/loghub`` (Zhu et al., "Loghub: A Large
Collection of System Log Datasets for AI-driven Log Analytics", ISSRE 2023).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.patterns_cli import patterns
from retrieval.templates import Masker, MinerConfig, TemplateMiner, dumps, loads

LOGHUB = Path(__file__).resolve().parents[2].parent / "shared" / "loghub"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from loghub_ga import grouping_accuracy  # noqa: E402


@pytest.mark.parametrize(("text", "masked"), [
    ("took 12ms", "took <*>"),
    ("size 5.2 KB, free 14.0 KB)", "size <*>, free <*>)"),
    ("from 10.0.0.1:8080 ok", "from <*>:<*> ok"),
    ("addr fe80::1:2 mac FF:F2:9F:15:1F:72", "addr <*> mac <*>"),
    ("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301", "id <*>"),
    ("at 0x1f3a and deadbeefcafe", "at <*> and <*>"),
    ("uid=0 euid=500 rhost=a.example.com", "uid=<*> euid=<*> rhost=a.example.com"),
    ("open /var/log/syslog failed", "open <*> failed"),
    ("chdir(/p/gb1/x) and ./run", "chdir(<*>) and <*>"),
    ("get hdfs://nn:9000/a/b", "get <*>"),
    ("block blk_-69522958 job_1445_0020", "block <*> <*>"),
    ("threshold.........0", "threshold.........<*>"),
    ("at Sun Jul 10 04:12:01 2005 done", "at <*> done"),
    ("list 1,2,3 of yarn,curi", "list <*> of yarn,curi"),
    ("Invalid user admin from x", "Invalid user admin from x"),
])
def test_masking(text: str, masked: str) -> None:
    assert " ".join(Masker().tokens(text)) == masked


def test_masker_extra_patterns_come_first() -> None:
    masker = Masker(extra=[(r"^user-\w+$", "<*>")])
    assert masker.tokens("login user-alice ok") == ["login", "<*>", "ok"]


def _ids(miner: TemplateMiner, lines: list[str]) -> list[str]:
    ids = [miner.add(line).template_id for line in lines]
    return [miner.resolve(i) for i in ids]


def test_numbers_group_words_split() -> None:
    miner = TemplateMiner()
    ids = _ids(miner, ["Transitioned from NEW to RUNNING after 5 ms",
                       "Transitioned from NEW to RUNNING after 17 ms",
                       "Transitioned from NEW to FAILED after 3 ms"])
    assert ids[0] == ids[1] != ids[2]
    assert miner.template(ids[0]) == "Transitioned from NEW to RUNNING after <*>"


def test_a_place_with_enough_values_becomes_a_variable() -> None:
    miner = TemplateMiner()
    lines = [f"Invalid user {u} from 10.0.0.{i}"
             for i, u in enumerate(["admin", "oracle", "test", "admin", "guest"])]
    ids = _ids(miner, lines)
    assert len(set(ids)) == 1
    assert miner.template(ids[0]) == "Invalid user <*> from <*>"
    assert [c.size for c in miner.templates()] == [5]


def test_a_digit_variable_absorbs_older_word_values() -> None:
    miner = TemplateMiner()
    ids = _ids(miner, ["session opened for webmaster", "session opened for u123"])
    assert ids[0] == ids[1]
    assert miner.template(ids[0]) == "session opened for <*>"


def test_first_token_and_fields_need_more_evidence() -> None:
    miner = TemplateMiner()
    ids = _ids(miner, ["cupsd startup succeeded", "sshd startup succeeded",
                       "xinetd startup succeeded", "auth failed user=root",
                       "auth failed user=guest", "auth failed user=test"])
    assert len(set(ids)) == 6
    more = _ids(miner, ["auth failed user=a", "auth failed user=b"])
    assert more[0] == more[1] == miner.resolve(ids[3])


def test_ids_are_hashes_of_the_first_template_and_deterministic() -> None:
    lines = ["start 1", "stop 2", "start 3"]
    first, second = TemplateMiner(), TemplateMiner()
    assert _ids(first, lines) == _ids(second, lines)
    assert first.to_state() == second.to_state()
    assert _ids(first, ["start 9"])[0].startswith("T") and len(_ids(first, ["x"])[0]) == 9


SAMPLE = [
    "Invalid user admin from 1.2.3.4", "Accepted password for bob from 1.2.3.5 port 22 ssh2",
    "Invalid user oracle from 1.2.3.6", "Received disconnect from 1.2.3.4: 11: Bye Bye",
    "Invalid user test from 1.2.3.7", "Accepted password for amy from 1.2.3.9 port 23 ssh2",
]
MORE = ["Invalid user zed from 9.9.9.9", "Connection closed by 1.2.3.4 [preauth]",
        "Accepted password for joe from 1.1.1.1 port 1 ssh2", "something new entirely"]


def test_state_round_trip_is_json_and_continues_identically() -> None:
    miner = TemplateMiner()
    _ids(miner, SAMPLE)
    text = dumps(miner)
    state = json.loads(text)
    assert state["version"] == 1 and state["clusters"]
    reloaded = loads(text)
    assert reloaded.to_state() == miner.to_state()
    assert _ids(reloaded, MORE) == _ids(miner, MORE)
    assert dumps(reloaded) == dumps(miner)


def test_old_ids_still_resolve_after_reload() -> None:
    miner = TemplateMiner()
    before = [miner.add(line).template_id for line in SAMPLE]
    reloaded = loads(dumps(miner))
    assert [reloaded.resolve(i) for i in before] == [miner.resolve(i) for i in before]


def test_load_rejects_other_versions_and_garbage() -> None:
    state = TemplateMiner().to_state()
    state["version"] = 99
    with pytest.raises(ValueError, match="version"):
        loads(json.dumps(state))
    with pytest.raises(ValueError):
        loads("not json")


def test_match_is_inference_only() -> None:
    miner = TemplateMiner()
    _ids(miner, SAMPLE)
    before = dumps(miner)
    found = miner.match("Invalid user nobody from 5.5.5.5")
    assert found is not None and found.template == "Invalid user <*> from <*>"
    assert miner.match("a line never seen") is None
    assert dumps(miner) == before


def _loghub(name: str) -> tuple[list[str], list[str]]:
    path = LOGHUB / name / f"{name}_2k.log_structured.csv"
    if not path.is_file():
        pytest.skip(f"Loghub data missing at {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["Content"] for r in rows], [r["EventId"] for r in rows]


@pytest.mark.parametrize(("name", "floor"), [("OpenSSH", 0.97), ("Linux", 0.97),
                                             ("HDFS", 0.99)])
def test_grouping_accuracy_floor(name: str, floor: float) -> None:
    lines, truth = _loghub(name)
    assert grouping_accuracy(_ids(TemplateMiner(), lines), truth) >= floor


def test_grouping_accuracy_survives_a_reload_midway() -> None:
    lines, truth = _loghub("OpenSSH")
    miner = TemplateMiner(MinerConfig())
    first = [miner.add(line).template_id for line in lines[:1000]]
    miner = loads(dumps(miner))
    rest = [miner.add(line).template_id for line in lines[1000:]]
    assert grouping_accuracy([miner.resolve(i) for i in first + rest], truth) >= 0.97


class CountingMasker(Masker):
    def __init__(self, **kw: int) -> None:
        super().__init__(**kw)
        self.computed: list[str] = []

    def _tokens(self, message: str) -> list[str]:
        self.computed.append(message)
        return super()._tokens(message)


def test_a_repeated_message_is_masked_once() -> None:
    masker = CountingMasker()
    first = masker.tokens("Accepted password for root from 10.0.0.1 port 22")
    again = masker.tokens("Accepted password for root from 10.0.0.1 port 22")
    assert first == again == ["Accepted", "password", "for", "root", "from", "<*>", "port",
                              "<*>"]
    assert masker.computed == ["Accepted password for root from 10.0.0.1 port 22"]
    again.append("changed")  # callers get their own list: the cache is not shared
    assert masker.tokens("Accepted password for root from 10.0.0.1 port 22")[-1] == "<*>"
    assert masker.masked("a b  c") == (("a", "b", "c"), "a b c")


@pytest.mark.parametrize("name", ["OpenSSH", "HDFS", "Linux"])
@pytest.mark.parametrize("size", [100, 50_000])  # 100: cleared again and again
def test_message_and_token_caches_change_no_template(name: str, size: int) -> None:
    lines, _ = _loghub(name)
    lines = lines + lines[:500]  # repeats hit the message cache
    cached = TemplateMiner(masker=CountingMasker(message_cache_size=size, cache_size=size))
    uncached = TemplateMiner(masker=CountingMasker(message_cache_size=0, cache_size=0))
    assert [cached.add(line) for line in lines] == [uncached.add(line) for line in lines]
    assert dumps(cached) == dumps(uncached)
    assert len(uncached.masker.computed) == len(lines)  # type: ignore[attr-defined]
    if size > len(lines):
        assert len(cached.masker.computed) == len(set(lines))  # type: ignore[attr-defined]


# -- CLI ---------------------------------------------------------------------------------

def _rows(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_cli_one_row_per_line_in_order(tmp_path: Path) -> None:
    log = tmp_path / "a.log"
    log.write_text("\n".join(SAMPLE) + "\n", encoding="utf-8")
    result = CliRunner().invoke(patterns, [str(log)])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert [r["line"] for r in rows] == list(range(1, len(SAMPLE) + 1))
    assert rows[0]["template"] == rows[2]["template"] == "Invalid user <*> from <*>"
    assert rows[0]["template_id"] == rows[4]["template_id"] != rows[1]["template_id"]


def test_cli_reads_stdin_and_files_in_order(tmp_path: Path) -> None:
    log = tmp_path / "b.log"
    log.write_text("disk full on /dev/sda1\n", encoding="utf-8")
    result = CliRunner().invoke(patterns, ["-", str(log)], input="hello 1\nhello 2\n")
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert rows[0]["template"] == "hello <*>" and rows[2]["template"] == "disk full on <*>"


def test_cli_json_state_round_trip(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    log = tmp_path / "a.log"
    log.write_text("\n".join(SAMPLE) + "\n", encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(patterns, [str(log), "--json-state", str(state)])
    assert first.exit_code == 0 and json.loads(state.read_text())["version"] == 1
    again = runner.invoke(patterns, ["-", "--json-state", str(state), "--match-only"],
                          input="Invalid user zed from 9.9.9.9\nbrand new line\n")
    assert again.exit_code == 0, again.output
    rows = _rows(again.stdout)
    assert rows[0]["template_id"] == _rows(first.stdout)[0]["template_id"]
    assert rows[1]["template_id"] is None
    before = state.read_text()
    learn = runner.invoke(patterns, ["-", "--json-state", str(state)], input="brand new line\n")
    assert learn.exit_code == 0 and state.read_text() != before


def test_cli_missing_file_exits_2_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(patterns, [str(tmp_path / "nope.log")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.output


def test_cli_bad_state_exits_2(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text("{broken", encoding="utf-8")
    result = CliRunner().invoke(patterns, ["-", "--json-state", str(state)], input="x\n")
    assert result.exit_code == 2 and "json-state" in result.stderr
