"""The template indexer: one vector per (template, namespace, container), incremental,
idempotent and resumable, against real embedded Chroma."""

from __future__ import annotations

import pytest

from retrieval.embeddings import HashEmbedder
from retrieval.errors import SourceUnavailable
from retrieval.indexer import IndexState, TemplateIndexer, vector_id
from retrieval.logql import render_logql
from retrieval.memory import MemorySource
from retrieval.records import LogRecord
from retrieval.selector import Selector
from retrieval.vectorstore import ChromaStore, MemoryVectorStore
from tests.conftest import T0

ALL = Selector(default_filter=False)
END = T0 + 10**13


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts.extend(texts)
        return super().embed(texts)


def logs(n=400, offset_s=0):
    out = []
    for i in range(n):
        ts = T0 + (offset_s + i) * 10**9
        out.append(LogRecord(ts=ts, labels={"namespace": "shop", "pod": f"cart-7d9f4-{i % 3}",
                                            "container": "cart", "node": "n1"},
                             line=f'level=info msg="served request {i} in {i % 17}ms"'))
        if i % 10 == 0:
            out.append(LogRecord(ts=ts + 1, labels={"namespace": "shop", "pod": "cart-7d9f4-1",
                                                    "container": "cart"},
                                 line=f"Container cart was OOMKilled (exit code 137) pid {i}"))
        if i % 25 == 0:
            out.append(LogRecord(ts=ts + 2, labels={"namespace": "billing", "pod": "inv-1",
                                                    "container": "invoice"},
                                 line=f"ERROR invoice {i} export failed: disk quota exceeded"))
    return out


@pytest.fixture
def store(tmp_path):
    return ChromaStore.persistent(str(tmp_path / "chroma"), "templates")


def counts(store):
    return {m["template"]: (m["namespace"], m["count"], m["first_seen"], m["last_seen"])
            for m, _ in store.get().values()}


async def test_one_vector_per_template_namespace_container(store, tmp_path):
    embedder = CountingEmbedder()
    ix = TemplateIndexer(store, embedder, state_path=tmp_path / "state.json")
    stats = await ix.index(MemorySource(logs()), ALL, start_ns=T0, end_ns=END, page=100)
    assert stats.lines_read == 456 and stats.pages > 4
    assert store.count() == 3 and stats.templates_new == 3
    got = counts(store)
    assert got["served request <*> in <*>"][1] == 400
    oom = next(m for m, _ in store.get().values() if "OOMKilled" in m["template"])
    assert oom["count"] == 40 and oom["severity"] == "critical" and oom["pod"] == "cart-7d9f4-1"
    assert oom["first_seen"] == T0 + 1 and oom["last_seen"] == T0 + 390 * 10**9 + 1
    served = next(m for m, _ in store.get().values() if m["template"].startswith("served"))
    assert served["pods"] == "cart-7d9f4-0,cart-7d9f4-1,cart-7d9f4-2" and served["node"] == "n1"
    assert vector_id(oom["template_id"], "shop", "cart") in store.get()
    assert len(embedder.texts) == len(set(embedder.texts)) == 3  # each template once


async def test_a_second_run_embeds_nothing_and_changes_nothing(store, tmp_path):
    source = MemorySource(logs())
    await TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "s.json").index(
        source, ALL, start_ns=T0, end_ns=END, page=100)
    before = counts(store)
    embedder = CountingEmbedder()
    again = await TemplateIndexer(store, embedder, state_path=tmp_path / "s.json").index(
        source, ALL, start_ns=T0, end_ns=END, page=100)
    assert again.embedded == 0 and again.vectors_written == 0 and again.templates_new == 0
    assert again.lines_read <= 3  # only the boundary of the covered range is re-read
    # even without the state's covered range (a new state file), nothing is counted twice
    fresh = await TemplateIndexer(store, embedder, state_path=tmp_path / "other.json").index(
        source, ALL, start_ns=T0, end_ns=END, page=100)
    assert fresh.lines_read == 456 and fresh.embedded == 0 and fresh.vectors_written == 0
    assert counts(store) == before and embedder.texts == []


async def test_new_lines_extend_counts_and_last_seen_only(store, tmp_path):
    source = MemorySource(logs(200))
    ix = TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "s.json")
    await ix.index(source, ALL, start_ns=T0, end_ns=END, page=100)
    source.add(logs(100, offset_s=200))
    ix = TemplateIndexer(store, CountingEmbedder(), state_path=tmp_path / "s.json")
    stats = await ix.index(source, ALL, start_ns=T0, end_ns=END, page=100)
    assert stats.embedded == 0 and stats.lines_read < 120
    assert counts(store)["served request <*> in <*>"][1] == 300


class Interrupted(Exception):
    pass


async def test_an_interrupted_run_resumes_without_duplicates(store, tmp_path):
    source = MemorySource(logs())
    reference = MemoryVectorStore()
    await TemplateIndexer(reference, HashEmbedder()).index(source, ALL, start_ns=T0,
                                                           end_ns=END, page=50)
    ix = TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "s.json")

    def stop_after_two_pages(stats, newest):
        if stats.pages == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        await ix.index(source, ALL, start_ns=T0, end_ns=END, page=50,
                       progress=stop_after_two_pages)
    assert 0 < store.count() <= 3
    resumed = await TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "s.json"
                                    ).index(source, ALL, start_ns=T0, end_ns=END, page=50)
    assert resumed.lines_read < 456
    assert store.count() == reference.count() == 3
    assert counts(store) == counts(reference)


async def test_generalized_templates_are_re_embedded_and_folded(tmp_path):
    store = MemoryVectorStore()
    ix = TemplateIndexer(store, HashEmbedder(), state_path=tmp_path / "s.json")
    users = ["admin", "oracle", "test", "guest"]
    for i, user in enumerate(users):
        ix.add([LogRecord(ts=T0 + i, labels={"namespace": "ssh", "container": "sshd"},
                          line=f"Invalid user {user} from host")])
    templates = [m["template"] for m, _ in store.get().values()]
    assert templates == ["Invalid user <*> from host"]
    only = next(iter(store.get().values()))[0]
    assert only["count"] == 4 and only["first_seen"] == T0 and only["last_seen"] == T0 + 3


def test_a_broken_state_file_is_a_config_error(tmp_path):
    from retrieval.errors import ConfigError

    bad = tmp_path / "s.json"
    bad.write_text("{nope")
    with pytest.raises(ConfigError, match="index state"):
        IndexState.load(bad)


class OtherModel(HashEmbedder):
    model = "another-model"


async def test_an_index_is_never_extended_with_another_models_vectors(store, tmp_path):
    import json

    from retrieval.errors import ConfigError

    state = tmp_path / "s.json"
    await TemplateIndexer(store, HashEmbedder(), state_path=state).index(
        MemorySource(logs(40)), ALL, start_ns=T0, end_ns=END)
    assert json.loads(state.read_text())["embedding"] == "hash words-1"
    before, saved = snapshot(store), state.read_text()
    with pytest.raises(ConfigError, match="another-model") as err:
        TemplateIndexer(store, OtherModel(), state_path=state)
    assert err.value.field == "embedding_model" and "hash words-1" in str(err.value)
    assert snapshot(store) == before and state.read_text() == saved  # nothing touched
    # a state file from before the key was recorded is adopted by the next run
    doc = json.loads(saved)
    del doc["embedding"]
    state.write_text(json.dumps(doc))
    ix = TemplateIndexer(store, OtherModel(), state_path=state)
    await ix.index(MemorySource(logs(40, offset_s=100)), ALL, start_ns=T0, end_ns=END)
    assert json.loads(state.read_text())["embedding"] == "another-model words-1"


@pytest.mark.parametrize("template, text", [
    ("job <*> finished in <*>", "job finished in"),
    ("<*>", "<*>"),                                   # nothing else: kept whole
    ("GET /healthz 200", "GET /healthz 200"),
    ("uid=<*> (pid <*>) <*>:<*>", "uid= (pid ) :"),   # keys and punctuation stay
])
def test_a_template_is_embedded_by_its_words(template, text):
    from retrieval.template_text import embedding_text

    assert embedding_text(template) == text


# -- dedupe, pipelining, failures ------------------------------------------------------------

def spread(n=300):
    """Lines that generalize (a user family) and repeat in three namespaces and two
    containers: folds and changed templates happen page after page."""
    users = ["admin", "oracle", "test", "guest", "root", "pi", "ubuntu", "git"]
    out = []
    for i in range(n):
        ns, container = f"ns{i % 3}", ("sshd", "auth")[i % 2]
        line = (f"Invalid user {users[(i // 60) % len(users)]} from host port {i}" if i % 4
                else f"session opened for user {users[i % 3]} by uid={i % 5}")
        out.append(LogRecord(ts=T0 + i * 10**9, line=line, labels={
            "namespace": ns, "container": container, "pod": f"{container}-{i % 2}"}))
    return out


def snapshot(store):
    return {k: (m, d) for k, (m, d) in store.get().items()}


async def test_a_template_text_is_embedded_once_for_all_its_namespaces(store, tmp_path):
    embedder = CountingEmbedder()
    ix = TemplateIndexer(store, embedder, state_path=tmp_path / "s.json")
    records = [LogRecord(ts=T0 + i * 10**9, labels={"namespace": f"ns{i % 3}",
                                                   "container": ("a", "b")[i % 2]},
                         line=f"job {i} finished in {i % 7}ms") for i in range(120)]
    stats = await ix.index(MemorySource(records), ALL, start_ns=T0, end_ns=END, page=25)
    assert store.count() == 6 and stats.templates_new == 6  # 3 namespaces x 2 containers
    # the template text is embedded without its placeholders; the metadata keeps them, and
    # no second copy is stored as a document
    assert embedder.texts == ["job finished in"] and stats.embedded == 1
    assert {(m["template"], d) for m, d in store.get().values()} == {
        ("job <*> finished in <*>", "")}
    vectors = store.collection.get(include=["embeddings"])["embeddings"]
    assert all(list(v) == pytest.approx(list(vectors[0])) for v in vectors)


class CallRecorder(HashEmbedder):
    """Records each ``embed`` call's texts, in order (calls may overlap in threads)."""

    def __init__(self):
        super().__init__()
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return super().embed(texts)


@pytest.mark.parametrize("page, cache", [(1, None), (3, None), (7, None), (50, None),
                                         (3, 1), (7, 2), (10, 0)])
async def test_pipelined_pages_commit_exactly_as_one_page_at_a_time(page, cache):
    """index() embeds a page while the page before may still be embedded, and plans it
    against the store as the page before will leave it: the result, and every embedding
    call (a real model's vectors depend on the texts embedded together), is that of
    committing page after page; also when the kept vectors are dropped (``cache``)."""
    records = spread()
    piped, piped_embedder = MemoryVectorStore(), CallRecorder()
    piped_ix = TemplateIndexer(piped, piped_embedder)
    serial, serial_embedder = MemoryVectorStore(), CallRecorder()
    one_by_one = TemplateIndexer(serial, serial_embedder)
    if cache is not None:
        piped_ix.vector_cache = one_by_one.vector_cache = cache
    stats = await piped_ix.index(MemorySource(records), ALL, start_ns=T0, end_ns=END, page=page)
    reference = None
    for i in range(0, len(records), page):
        reference = one_by_one.add(records[i:i + page], reference)
    assert reference is not None and stats.folded > 0 and stats.templates_changed > 0
    assert {**stats.to_dict(), "seconds": 0} == {**reference.to_dict(), "seconds": 0}
    assert snapshot(piped) == snapshot(serial)
    assert sorted(piped_embedder.calls) == sorted(serial_embedder.calls)
    if cache is not None:  # the kept vectors were dropped: some texts were embedded again
        assert len({text for call in serial_embedder.calls for text in call}) < stats.embedded


class FailingSource(MemorySource):
    """Fails the ``fail_at``-th query (1-based), as a Loki that goes away mid-run."""

    def __init__(self, records, fail_at):
        super().__init__(records)
        self.queries, self.fail_at = 0, fail_at

    async def query(self, selector, *, now_ns=None):
        self.queries += 1
        if self.queries == self.fail_at:
            raise SourceUnavailable("loki went away")
        async for record in super().query(selector, now_ns=now_ns):
            yield record


async def test_a_source_failing_mid_run_keeps_the_pages_read_before(store, tmp_path):
    records = spread()
    reference = MemoryVectorStore()
    await TemplateIndexer(reference, HashEmbedder()).index(MemorySource(records), ALL,
                                                           start_ns=T0, end_ns=END, page=40)
    state = tmp_path / "s.json"
    with pytest.raises(SourceUnavailable):
        await TemplateIndexer(store, HashEmbedder(), state_path=state).index(
            FailingSource(records, fail_at=4), ALL, start_ns=T0, end_ns=END, page=40)
    # the third page, read and mined before the fourth query failed, was committed
    assert IndexState.load(state).covered[render_logql(ALL)] == [T0, records[119].ts]
    resumed = await TemplateIndexer(store, HashEmbedder(), state_path=state).index(
        MemorySource(records), ALL, start_ns=T0, end_ns=END, page=40)
    assert resumed.lines_read == len(records) - 119
    assert counts(store) == counts(reference)


class FailingEmbedder(HashEmbedder):
    def __init__(self, fail_after):
        super().__init__()
        self.calls, self.fail_after = 0, fail_after

    def embed(self, texts):
        self.calls += 1
        if self.calls > self.fail_after:
            raise RuntimeError("embedder crashed")
        return super().embed(texts)


async def test_an_embedder_failing_leaves_only_committed_pages(store, tmp_path):
    records = spread()
    state = tmp_path / "s.json"
    with pytest.raises(RuntimeError, match="embedder crashed"):
        await TemplateIndexer(store, FailingEmbedder(fail_after=1), state_path=state).index(
            MemorySource(records), ALL, start_ns=T0, end_ns=END, page=2)
    covered = IndexState.load(state).covered[render_logql(ALL)]
    assert covered[1] < records[-1].ts
    # what the store holds is exactly what a run that stopped there would hold
    reference = MemoryVectorStore()
    done = [r for r in records if r.ts <= covered[1]]
    await TemplateIndexer(reference, HashEmbedder()).index(MemorySource(done), ALL,
                                                           start_ns=T0, end_ns=END, page=2)
    assert counts(store) == counts(reference)


def test_mining_pauses_the_garbage_collector_and_restores_it(store):
    import gc

    seen = []

    class Probe(HashEmbedder):
        def embed(self, texts):
            seen.append(gc.isenabled())
            return super().embed(texts)

    ix = TemplateIndexer(MemoryVectorStore(), Probe())
    assert gc.isenabled()
    ix.add(spread(20))
    assert gc.isenabled() and seen == [True]  # paused only while the page was mined
    gc.disable()
    try:
        ix.add(spread(20))
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
