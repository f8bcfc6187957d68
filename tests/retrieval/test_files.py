"""FileSource over real files in tmp_path: every format, the label sources, bad files, the
cache. Selector semantics shared with the other sources are in ``test_selector_table``."""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.errors import SourceUnavailable
from retrieval.files import FileSource, path_labels
from retrieval.records import LogRecord
from retrieval.selector import LabelMatcher, Selector

S = 10**9
T0 = 1_772_366_400 * S  # 2026-03-01T12:00:00Z
LOKI_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "loki"


def write(path: Path, *lines: str, mtime_ns: int | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


async def query(source: FileSource, **kw) -> list[LogRecord]:
    sel = Selector(**{"start": 0, "end": 2**62, "default_filter": False, "limit": 200,
                      "direction": "forward", **kw})
    return [r async for r in source.query(sel)]


def got_lines_at(records: list[LogRecord], ts: int) -> list[str]:
    return [r.line for r in records if r.ts == ts]


def pairs(records: list[LogRecord]) -> list[tuple[int, str]]:
    return [(r.ts, r.line) for r in records]


# -- formats ---------------------------------------------------------------------------------

async def test_plain_lines_take_labels_from_the_path_and_time_from_the_line(tmp_path) -> None:
    write(tmp_path / "shop" / "cart-7d9" / "app.log",
          "2026-03-01T12:00:00.5Z started",
          "2026-03-01 12:00:01,250 ERROR python style",
          "Mar  1 12:00:02 node1 kubelet[42]: syslog style",
          "2026/03/01 12:00:03 go log style",
          '10.0.0.1 - - [01/Mar/2026:12:00:04 +0000] "GET / HTTP/1.1" 502 0 "-" "curl"',
          "[2026-03-01T12:00:05.000+01:00] bracketed with an offset",
          "[2026-03-01 12:00:06,401: INFO/MainProcess] celery style",
          "2026.03.01 12:00:07.250000 [ 151 ] {} <Information> clickhouse style",
          mtime_ns=T0 + 86400 * S)
    got = await query(FileSource(tmp_path))
    assert [r.ts - T0 for r in got] == [-3600 * S + 5 * S, S // 2, 1_250_000_000, 2 * S, 3 * S,
                                        4 * S, 6_401_000_000, 7_250_000_000]
    assert got[1].line == "2026-03-01T12:00:00.5Z started"
    assert got[0].labels == {"namespace": "shop", "pod": "cart-7d9", "container": "app",
                             "filename": "shop/cart-7d9/app.log"}


def test_path_labels_for_shallow_and_deep_paths() -> None:
    assert path_labels(Path("/r/x.log"), "x.log") == {"filename": "x.log"}
    assert path_labels(Path("/r/shop/cart.log"), "shop/cart.log") == {
        "namespace": "shop", "pod": "cart", "filename": "shop/cart.log"}
    assert path_labels(Path("/r/eu/shop/cart/app.log.1"), "eu/shop/cart/app.log.1") == {
        "namespace": "shop", "pod": "cart", "container": "app",
        "filename": "eu/shop/cart/app.log.1"}


async def test_untimed_lines_keep_file_order(tmp_path) -> None:
    mtime = T0 + 7 * S
    write(tmp_path / "plain.log", "one", "two", "three", mtime_ns=mtime)
    write(tmp_path / "mixed.log",
          "  orphan before any time",
          "2026-03-01T12:00:00Z java.lang.IllegalStateException: boom",
          "\tat com.shop.Cart.add(Cart.java:42)",
          "\tat com.shop.Main.main(Main.java:7)",
          "2026-03-01T12:00:00Z same second",
          "2026-03-01T12:00:01Z next")
    got = await query(FileSource(tmp_path))
    by_line = {r.line: r.ts for r in got}
    assert [by_line[x] for x in ("one", "two", "three")] == [mtime - 2, mtime - 1, mtime]
    assert by_line["  orphan before any time"] == T0 - 1
    # a trace's untimed lines share its head's time; ties keep file order, head first
    assert by_line["\tat com.shop.Cart.add(Cart.java:42)"] == T0
    assert by_line["\tat com.shop.Main.main(Main.java:7)"] == T0
    assert [r.line for r in got if r.labels["filename"] == "mixed.log"][1:5] == [
        "2026-03-01T12:00:00Z java.lang.IllegalStateException: boom",
        "\tat com.shop.Cart.add(Cart.java:42)", "\tat com.shop.Main.main(Main.java:7)",
        "2026-03-01T12:00:00Z same second"]
    newest = [r.line for r in await query(FileSource(tmp_path / "mixed.log"),
                                          direction="backward", limit=3, end=T0 + 1)]
    assert newest == got_lines_at(got, T0)[:3]  # ties: the head and its frames come first


async def test_json_lines(tmp_path) -> None:
    own = {"namespace": "shop", "pod": "web-1", "container": "web"}
    lines = [
        json.dumps({"ts": "2026-03-01T12:00:01.000000001Z", "msg": "rfc3339"}),
        json.dumps({"time": 1772366402.5, "msg": "epoch seconds"}),
        json.dumps({"timestamp": 1772366403000, "msg": "epoch ms"}),
        json.dumps({"@timestamp": "2026-03-01T12:00:04Z", "labels": own, "msg": "own labels"}),
        json.dumps({"t": T0 + 5 * S, "msg": "epoch ns"}),
        json.dumps({"ts": str(T0 + 6 * S), "labels": own, "line": "golden envelope"}),
        "not json after all",
    ]
    write(tmp_path / "shop" / "api-1" / "api.jsonl", *lines, mtime_ns=T0 + 60 * S)
    got = await query(FileSource(tmp_path))
    assert [r.ts - T0 for r in got] == [S + 1, 2 * S + S // 2, 3 * S, 4 * S, 5 * S, 6 * S,
                                        6 * S]
    assert [r.line for r in got][:5] == lines[:5]  # the raw JSON text is the line
    assert got[5].line == "golden envelope"
    assert got[3].labels == own and got[5].labels == own  # content labels replace the path's
    assert got[0].labels == {"namespace": "shop", "pod": "api-1", "container": "api",
                             "filename": "shop/api-1/api.jsonl"}
    shop_web = await query(FileSource(tmp_path), pod="web-1")
    assert [r.line for r in shop_web] == [lines[3], "golden envelope"]


async def test_json_objects_in_a_text_file_keep_path_labels(tmp_path) -> None:
    write(tmp_path / "shop" / "cart" / "app.log", "2026-03-01T12:00:00Z booting",
          json.dumps({"ts": "2026-03-01T12:00:01Z", "labels": {"namespace": "x"}, "msg": "m"}))
    got = await query(FileSource(tmp_path), namespace="shop")
    assert len(got) == 2 and got[1].ts == T0 + S


async def test_cri_partial_lines_are_joined(tmp_path) -> None:
    write(tmp_path / "shop" / "cart-7d9" / "cart.log",
          "2026-03-01T12:00:00.000000001Z stdout P a very long ",
          "2026-03-01T12:00:00.000000002Z stderr F E0301 12:00:00.000002 1 x.go:1] interleaved",
          "2026-03-01T12:00:00.000000003Z stdout P line split by ",
          "2026-03-01T12:00:00.000000004Z stdout F the runtime",
          "2026-03-01T12:00:01.000000000Z stdout F {\"level\":\"info\",\"msg\":\"json inside\"}",
          "2026-03-01T12:00:02.000000000Z stdout F ",
          "2026-03-01T12:00:03.000000000Z stderr P cut at the end of the file")
    got = await query(FileSource(tmp_path))
    assert pairs(got) == [
        (T0 + 1, "a very long line split by the runtime"),
        (T0 + 2, "E0301 12:00:00.000002 1 x.go:1] interleaved"),
        (T0 + S, '{"level":"info","msg":"json inside"}'),
        (T0 + 3 * S, "cut at the end of the file"),
    ]
    assert [r.labels["stream"] for r in got] == ["stdout", "stderr", "stdout", "stderr"]
    assert got[0].labels["container"] == "cart"
    stderr = await query(FileSource(tmp_path), labels=[LabelMatcher(name="stream",
                                                                    value="stderr")])
    assert len(stderr) == 2


async def test_loki_push_json(tmp_path) -> None:
    push = {"streams": [
        {"stream": {"namespace": "shop", "pod": "cart"}, "values": [
            [str(T0 + 2 * S), "second", {"trace_id": "t1"}],
            [str(T0 + S), "first"]]},
        {"stream": {"namespace": "billing"}, "values": [[str(T0 + 3 * S), "third"]]}]}
    (tmp_path / "one-line").mkdir()
    (tmp_path / "one-line" / "push.json").write_text(json.dumps(push))
    (tmp_path / "pretty").mkdir()
    (tmp_path / "pretty" / "push.json").write_text(json.dumps(push, indent=2))
    for sub in ("one-line", "pretty"):
        got = await query(FileSource(tmp_path / sub))
        assert pairs(got) == [(T0 + S, "first"), (T0 + 2 * S, "second"), (T0 + 3 * S, "third")]
        assert got[1].labels == {"namespace": "shop", "pod": "cart", "trace_id": "t1"}
        assert got[2].labels == {"namespace": "billing"}  # stream labels only: no filename


@pytest.mark.skipif(not (LOKI_DIR / "query_range_logs.json").is_file(),
                    reason="recorded Loki responses missing")
async def test_saved_loki_query_responses_read_like_push_json(tmp_path) -> None:
    for name in ("query_range_logs", "query_range_logs_categorized"):
        shutil.copy(LOKI_DIR / f"{name}.json", tmp_path / f"{name}.json")
    plain = await query(FileSource(tmp_path / "query_range_logs.json"))
    categorized = await query(FileSource(tmp_path / "query_range_logs_categorized.json"))
    assert len(plain) == 6
    assert [(r.ts, r.line, r.labels) for r in categorized] == [
        (r.ts, r.line, r.labels) for r in plain]
    assert {r.labels.get("trace_id") for r in plain} == {None, "4bf92f3577b34da6a3ce929d0e0e4736"}


async def test_gzip_files_are_read(tmp_path) -> None:
    (tmp_path / "shop" / "cart").mkdir(parents=True)
    with gzip.open(tmp_path / "shop" / "cart" / "app.log.gz", "wt") as fh:
        fh.write("2026-03-01T12:00:00Z rotated line\n")
    got = await query(FileSource(tmp_path))
    assert pairs(got) == [(T0, "2026-03-01T12:00:00Z rotated line")]
    assert got[0].labels["container"] == "app"


# -- labels ----------------------------------------------------------------------------------

async def test_sidecar_labels(tmp_path) -> None:
    write(tmp_path / "flat" / "a.log", "2026-03-01T12:00:00Z a")
    write(tmp_path / "flat" / "b.log", "2026-03-01T12:00:01Z b")
    (tmp_path / "flat" / "labels.json").write_text(json.dumps({
        "namespace": "shop",
        "a.log": {"pod": "cart-1", "container": "cart"}}))
    write(tmp_path / "mapped" / "c.log", "2026-03-01T12:00:02Z c")
    write(tmp_path / "mapped" / "d.log", "2026-03-01T12:00:03Z d")
    (tmp_path / "mapped" / "labels.json").write_text(json.dumps({
        "c.log": {"namespace": "billing", "app": "invoicer"}}))
    source = FileSource(tmp_path)
    got = {r.line[-1]: r.labels for r in await query(source)}
    assert got["a"] == {"namespace": "shop", "pod": "cart-1", "container": "cart",
                        "filename": "flat/a.log"}
    assert got["b"] == {"namespace": "shop", "filename": "flat/b.log"}
    assert got["c"] == {"namespace": "billing", "app": "invoicer", "filename": "mapped/c.log"}
    assert got["d"] == {"namespace": "mapped", "pod": "d", "filename": "mapped/d.log"}  # path
    (tmp_path / "flat" / "labels.json").write_text(json.dumps({"namespace": "payments"}))
    assert [r.line for r in await query(source, namespace="payments")] == [
        "2026-03-01T12:00:00Z a", "2026-03-01T12:00:01Z b"]


async def test_bad_sidecar_is_ignored_with_a_warning(tmp_path, caplog) -> None:
    write(tmp_path / "shop" / "cart.log", "2026-03-01T12:00:00Z x")
    (tmp_path / "shop" / "labels.json").write_text("{not json")
    got = await query(FileSource(tmp_path))
    assert got[0].labels["namespace"] == "shop"
    assert "labels.json" in caplog.text


def _pods_tree(root: Path) -> Path:
    pods = root / "var" / "log" / "pods"
    uid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
    log = write(pods / f"shop_cart-7d9f4b8c6-x2k9p_{uid}" / "cart" / "0.log",
                "2026-03-01T12:00:00.000000000Z stderr F level=error msg=\"OOM\"")
    write(pods / f"kube-system_coredns-5d78c9869d-abcde_{uid}" / "coredns" / "3.log",
          "2026-03-01T12:00:01.000000000Z stdout F [INFO] plugin/reload")
    containers = root / "var" / "log" / "containers"
    containers.mkdir(parents=True)
    (containers / f"cart-7d9f4b8c6-x2k9p_shop_cart-{'a' * 64}.log").symlink_to(log)
    return pods


async def test_kubernetes_node_layout(tmp_path) -> None:
    pods = _pods_tree(tmp_path)
    got = await query(FileSource(pods))
    assert [(r.labels["namespace"], r.labels["pod"], r.labels["container"]) for r in got] == [
        ("shop", "cart-7d9f4b8c6-x2k9p", "cart"),
        ("kube-system", "coredns-5d78c9869d-abcde", "coredns")]
    # /var/log/containers links into /var/log/pods: each file is read once
    whole = await query(FileSource(tmp_path / "var" / "log"))
    assert len(whole) == 2
    assert whole[0].labels | {"filename": ""} == got[0].labels | {"filename": ""}
    one = await query(FileSource(next(pods.glob("shop_*/cart/0.log"))))
    assert one[0].labels["pod"] == "cart-7d9f4b8c6-x2k9p"


# -- bad input -------------------------------------------------------------------------------

async def test_unreadable_binary_and_undecodable_files(tmp_path, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="retrieval.files")
    write(tmp_path / "shop" / "cart" / "good.log", "2026-03-01T12:00:00Z fine")
    (tmp_path / "shop" / "cart" / "core.dump").write_bytes(b"\x7fELF\x00\x00\x01binary")
    (tmp_path / "shop" / "cart" / "broken.log.gz").write_bytes(b"not gzip at all")
    (tmp_path / "shop" / "cart" / "dangling.log").symlink_to(tmp_path / "gone.log")
    (tmp_path / "shop" / "cart" / "latin1.log").write_bytes(
        b"2026-03-01T12:00:01Z caf\xe9 au lait\n2026-03-01T12:00:02Z clean\n")
    got = await query(FileSource(tmp_path))
    assert [r.line for r in got] == ["2026-03-01T12:00:00Z fine",
                                    "2026-03-01T12:00:01Z caf\ufffd au lait",
                                    "2026-03-01T12:00:02Z clean"]
    for name in ("core.dump", "broken.log.gz", "dangling.log", "latin1.log"):
        assert name in caplog.text


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
async def test_permission_denied_is_skipped(tmp_path, caplog) -> None:
    write(tmp_path / "secret.log", "2026-03-01T12:00:00Z x").chmod(0)
    assert await query(FileSource(tmp_path)) == []
    assert "secret.log" in caplog.text


async def test_missing_root_is_unavailable(tmp_path) -> None:
    source = FileSource(tmp_path / "nope")
    with pytest.raises(SourceUnavailable, match="does not exist"):
        await source.ready()
    with pytest.raises(SourceUnavailable, match=str(tmp_path / "nope")):
        await query(source)
    with pytest.raises(SourceUnavailable):
        await source.labels()


async def test_files_whose_labels_cannot_match_are_not_read(tmp_path, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="retrieval.files")
    write(tmp_path / "shop" / "cart" / "app.log", "2026-03-01T12:00:00Z wanted")
    (tmp_path / "billing" / "invoice").mkdir(parents=True)
    (tmp_path / "billing" / "invoice" / "app.log").write_bytes(b"\x00binary")
    source = FileSource(tmp_path)
    assert len(await query(source, namespace="shop")) == 1
    assert "binary" not in caplog.text
    assert len(await query(source)) == 1
    assert "billing/invoice/app.log" in caplog.text


# -- cache, window, limit ---------------------------------------------------------------------

async def test_cache_is_keyed_by_mtime_and_size(tmp_path) -> None:
    path = write(tmp_path / "shop" / "cart" / "app.log", "2026-03-01T12:00:00Z AAAA")
    source = FileSource(tmp_path)
    assert [r.line for r in await query(source)] == ["2026-03-01T12:00:00Z AAAA"]
    st = path.stat()
    path.write_text("2026-03-01T12:00:00Z BBBB\n")  # same size, mtime put back: cached
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert [r.line for r in await query(source)] == ["2026-03-01T12:00:00Z AAAA"]
    with path.open("a") as fh:
        fh.write("2026-03-01T12:00:01Z CCCC\n")
    assert [r.line for r in await query(source)] == ["2026-03-01T12:00:00Z BBBB",
                                                    "2026-03-01T12:00:01Z CCCC"]
    path.unlink()
    assert await query(source) == []


async def test_small_cache_still_answers(tmp_path) -> None:
    for i in range(5):
        write(tmp_path / "shop" / f"pod{i}" / "app.log",
              *(f"2026-03-01T12:00:{i * 10 + j:02d}Z line {i}-{j}" for j in range(5)))
    source = FileSource(tmp_path, cache_chars=400)
    for _ in range(2):
        got = await query(source, direction="backward", limit=3)
        assert [r.line[-3:] for r in got] == ["4-4", "4-3", "4-2"]


async def test_window_limit_and_direction_across_files(tmp_path) -> None:
    write(tmp_path / "shop" / "a" / "app.log",
          *(f"2026-03-01T12:00:0{s}Z a{s}" for s in (0, 2, 4, 6, 8)))
    write(tmp_path / "shop" / "b" / "app.log",
          *(f"2026-03-01T12:00:0{s}Z b{s}" for s in (1, 3, 5, 7, 9)))
    source = FileSource(tmp_path)

    async def lines(**kw) -> list[str]:
        return [r.line[-2:] for r in await query(source, **kw)]

    assert await lines(start=T0 + 2 * S, end=T0 + 6 * S) == ["a2", "b3", "a4", "b5"]
    assert await lines(start=T0 + 2 * S, end=T0 + 6 * S, direction="backward") == [
        "b5", "a4", "b3", "a2"]
    assert await lines(limit=3) == ["a0", "b1", "a2"]
    assert await lines(limit=3, direction="backward") == ["b9", "a8", "b7"]
    assert await lines(limit=2, direction="backward", default_filter=False,
                       filters=[{"op": "|~", "value": "a[0-4]"}]) == ["a4", "a2"]


async def test_ties_keep_file_order_in_both_directions(tmp_path) -> None:
    write(tmp_path / "shop" / "a" / "app.log",
          *(f"2026-03-01T12:00:00Z tie{i}" for i in range(4)))
    source = FileSource(tmp_path)
    assert [r.line[-4:] for r in await query(source, limit=2)] == ["tie0", "tie1"]
    assert [r.line[-4:] for r in await query(source, limit=2, direction="backward")] == [
        "tie0", "tie1"]


async def test_labels_describe_and_prefix(tmp_path) -> None:
    _pods_tree(tmp_path)
    source = FileSource(f"file:{tmp_path / 'var' / 'log' / 'pods'}")
    assert source.describe() == f"file:{tmp_path / 'var' / 'log' / 'pods'}"
    assert source.kind == "files"
    await source.ready()
    assert await source.labels() == ["container", "filename", "namespace", "pod", "stream"]
    assert await source.label_values("namespace") == ["kube-system", "shop"]
    assert await source.label_values("stream") == ["stderr", "stdout"]
    assert await source.label_values("nope") == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=4))
async def test_any_bytes_never_break_a_query(contents) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, data in enumerate(contents):
            (Path(tmp) / f"f{i}.log").write_bytes(data)
        source = FileSource(tmp)
        got = await query(source)
        assert all(isinstance(r.ts, int) and isinstance(r.line, str) for r in got)
        await source.labels()
