from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.packing import pack, render_line
from retrieval.records import Level, LogRecord


def approx_tokens(text: str) -> int:
    return len(text) // 4 + 1


def rec(ts: int, line: str, level: Level = Level.INFO, pod: str = "cart-7d9") -> LogRecord:
    return LogRecord(ts=ts * 10**9, labels={"pod": pod}, line=line, level=level, message=line)


def test_identical_messages_collapse_with_a_count():
    records = [rec(i, "connection refused", Level.ERROR) for i in range(5)] + [rec(9, "ok")]
    packed = pack(records, budget_tokens=1000, count_tokens=approx_tokens)
    assert [pl.count for pl in packed.lines] == [5, 1]
    assert packed.lines[0].text.endswith("(x5)")
    assert packed.lines[0].sources == [0, 1, 2, 3, 4]
    assert packed.collapsed_records == 4 and packed.dropped_records == 0
    assert packed.lines[0].pods == ("cart-7d9",)


def test_a_collapsed_line_names_every_pod_its_copies_came_from():
    pods = ["cart-7d9f4b8c6-x2k9p", "cart-7d9f4b8c6-q8w2z", "cart-7d9f4b8c6-x2k9p"]
    records = [rec(i, "connection refused", Level.ERROR, pod) for i, pod in enumerate(pods)]
    [line] = pack(records, budget_tokens=1000, count_tokens=approx_tokens).lines
    assert (line.count, line.pods) == (3, ("cart-7d9f4b8c6-q8w2z", "cart-7d9f4b8c6-x2k9p"))


def test_same_text_from_different_workloads_or_levels_stays_apart():
    records = [rec(1, "timeout", Level.ERROR, "a-1"), rec(2, "timeout", Level.ERROR, "b-1"),
               rec(3, "timeout", Level.WARN, "a-1")]
    assert len(pack(records, budget_tokens=1000, count_tokens=approx_tokens).lines) == 3


def test_over_budget_keeps_the_strongest_then_newest_and_shows_them_in_time_order():
    records = [rec(1, "info one"), rec(2, "boom", Level.ERROR), rec(3, "info three"),
               rec(4, "warned", Level.WARN), rec(5, "info five")]
    one_line = approx_tokens(render_line(0, records[1], 1)) + 1
    packed = pack(records, budget_tokens=one_line * 2 + 1, count_tokens=approx_tokens)
    assert [pl.record.line for pl in packed.lines] == ["boom", "warned"]
    assert [pl.index for pl in packed.lines] == [0, 1]
    assert packed.dropped_records == 3


def test_explicit_ranking_decides_what_survives():
    records = [rec(1, "a", Level.ERROR), rec(2, "b"), rec(3, "c")]
    one_line = approx_tokens(render_line(0, records[2], 1)) + 1
    packed = pack(records, budget_tokens=one_line, count_tokens=approx_tokens, ranking=[2, 1, 0])
    assert [pl.record.line for pl in packed.lines] == ["c"]


def test_long_lines_are_cut_and_stack_traces_flattened():
    trace = "Exception in thread main\n\tat a.b(C.java:1)\n\tat d.e(F.java:2)"
    packed = pack([rec(1, "x" * 2000), rec(2, trace, Level.ERROR)], budget_tokens=10_000,
                  count_tokens=approx_tokens)
    assert len(packed.lines[0].text) < 450 and packed.lines[0].text.endswith("...")
    assert "\n" not in packed.lines[1].text and " | \tat a.b" in packed.lines[1].text


def test_zero_budget_packs_nothing_and_says_so():
    packed = pack([rec(1, "a")], budget_tokens=0, count_tokens=approx_tokens)
    assert packed.lines == [] and packed.dropped_records == 1


def test_joined_text_is_rechecked_against_the_budget():
    # A counter that charges extra for newlines between lines: the per-line sum undercounts.
    def count(text: str) -> int:
        return approx_tokens(text) + 5 * text.count("\n")

    records = [rec(i, f"message number {i}", Level.ERROR) for i in range(20)]
    packed = pack(records, budget_tokens=120, count_tokens=count)
    assert count(packed.render()) <= 120
    assert packed.lines


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.text(min_size=0, max_size=300),
                          st.sampled_from(list(Level))), max_size=60),
       st.integers(0, 3000))
def test_never_overflows_and_accounts_for_every_record(items, budget):
    records = [LogRecord(ts=ts, labels={"pod": "p-1"}, line=line, level=lvl, message=line)
               for ts, line, lvl in items]
    packed = pack(records, budget_tokens=budget, count_tokens=approx_tokens)
    assert approx_tokens(packed.render()) <= budget or not packed.lines
    assert packed.tokens <= budget
    represented = sum(pl.count for pl in packed.lines)
    assert represented + packed.dropped_records == len(records)
    assert [pl.record.ts for pl in packed.lines] == sorted(pl.record.ts for pl in packed.lines)
    assert [pl.index for pl in packed.lines] == list(range(len(packed.lines)))


def test_compact_ids_shows_dates_ids_long_numbers_and_addresses_as_an_ellipsis():
    from retrieval.packing import compact_ids

    e = "\u2026"
    assert compact_ids("KERNRTSP 1776367029 2026.04.16 R01-M0-N1-C:J09-U11 "
                       "2026-04-16-19.17.09.487814 RAS KERNEL FATAL") == (
        f"KERNRTSP {e} {e} R01-M0-N1-C:J09-U11 {e} RAS KERNEL FATAL")
    assert compact_ids('Get "http://10.42.5.249:8080/ready": dial tcp 10.42.6.8:8080') == (
        f'Get "http://{e}:8080/ready": dial tcp {e}:8080')
    assert compact_ids("container 3f2a9c1b7d4e5f60a1b2 pod 123e4567-e89b-12d3-a456-"
                       "426614174000 at 2026-03-01T12:00:01.123Z 12:00:01") == (
        f"container {e} pod {e} at {e} {e}")
    # what a reader needs stays: names with digits, short numbers, versions, words
    kept = "redis-master-0 took 1234 ms, HTTP 503, v1.29.3, deadbeefcafe facade, exit code 137"
    assert compact_ids(kept) == kept


def test_a_structured_line_keeps_its_second_message_field():
    from retrieval.normalize import normalize_records
    from retrieval.packing import display_text

    line = ('{"event":"Meta API rate limit hit, backing off","message":"There have been too '
            'many calls to this ad-account.","sleep_s":240,"level":"warning",'
            '"timestamp":"2026-03-08T02:05:13Z"}')
    rec = normalize_records([LogRecord(ts=1, labels={}, line=line)])[0]
    text = display_text(rec, full=True)
    assert "too many calls" in text and "event=Meta API rate limit hit" in text
    assert "sleep_s=240" in text and "warning" not in text and "2026" not in text
    # one message field alone is said once
    alone = normalize_records([LogRecord(ts=1, labels={}, line=line.replace(
        '"message":"There have been too many calls to this ad-account.",', ""))])[0]
    assert display_text(alone, full=True).count("rate limit hit") == 1


def test_a_serilog_event_is_shown_once_filled_in_without_its_template_or_time():
    """Compact JSON's ``@mt`` is shown filled with its properties; the properties it took,
    the template itself and ``@t`` are not repeated after it; the others are."""
    from retrieval.normalize import normalize_records
    from retrieval.packing import display_text

    line = ('{"@t":"2026-02-27T06:15:55.4495104Z","@mt":"Stock sync from {Source} failed: '
            '{Error}","@l":"Error","Source":"DMS","Error":"Name or service not known '
            '(dms.dealer.internal:443)","SourceContext":"Dealer.Inventory.StockSync"}')
    rec = normalize_records([LogRecord(ts=1, labels={}, line=line)])[0]
    assert display_text(rec, full=True) == (
        "Stock sync from DMS failed: Name or service not known (dms.dealer.internal:443) "
        "SourceContext=Dealer.Inventory.StockSync")


def test_a_worded_status_field_is_shown_and_an_http_code_is_not():
    """The kubelet's ``status="ready"`` tells what a probe found; an access log's
    ``status=200`` is read from the line itself (``http_status``), not shown again."""
    from retrieval.normalize import normalize_records
    from retrieval.packing import display_text

    probe = ('I0806 09:05:55.155544    2187 kubelet.go:2542] "SyncLoop (probe)" '
             'probe="readiness" status="ready" pod="ticketing/showtime-api-7d9f4b8c6-x2k9p"')
    served = '{"msg":"request done","method":"GET","path":"/health","status":200,"ms":3}'
    got = [display_text(r, full=True) for r in normalize_records(
        [LogRecord(ts=1, labels={}, line=probe), LogRecord(ts=2, labels={}, line=served)])]
    assert "status=ready" in got[0]
    assert "status" not in got[1] and "ms=3" in got[1]
