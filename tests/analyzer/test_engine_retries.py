"""Failed jobs and requests that a retry got past (``analyzer.engine.retries``)."""

from __future__ import annotations

import json
import re

import pytest

from analyzer.engine.diagnose import diagnose
from analyzer.engine.knowledge import Signature
from analyzer.engine.retries import (
    RETRY_WINDOW_NS,
    dagster_names,
    explained_symptoms,
    login,
    lookup,
    ok_on_retry,
    operation,
    pool_news,
    retried_ok,
    retried_on_attempt,
    succeeded,
    task_mark,
    topic_news,
)
from analyzer.engine.signals import Hit, LineSignals
from retrieval.records import Level
from tests.analyzer.engine_helpers import packed_from, packed_rows

_UUID = "8d525723-d1c7-410d-9a2e-3a94e253cb11"


@pytest.mark.parametrize(("line", "op", "done"), [
    ('{"args":{"account_id":34645},"attempt":1,"event":"job:exception","id":1886437,'
     '"state":"failure","worker":"CloseInvoice"}', "1886437", False),
    ('{"args":{"account_id":34645},"attempt":2,"event":"job:stop","id":1886437,'
     '"state":"success","worker":"CloseInvoice"}', "1886437", True),
    (f"I, [2026-07-12T03:21:44.496297 #1]  INFO -- : [{_UUID}] Completed 201 Created in 219ms",
     _UUID, True),
    (f"E, [2026-07-12T03:21:44.446297 #1] ERROR -- : [{_UUID}] ActiveRecord::Deadlocked",
     _UUID, False),
    ("pid=1 tid=fsb7 class=RestockJob jid=62c8af12496476bd6845ebae elapsed=1.063 INFO: done",
     "62c8af12496476bd6845ebae", True),
    ('level=error msg="insert order failed" err="connection refused" order_id=463376',
     None, False),
    ('level=error ts=2026-06-11T07:03:51.397685Z caller=retry.go:95 org_id=fake '
     'traceID=05a9bbeac3ad5f5d msg="error processing request" try=0', "05a9bbeac3ad5f5d", False),
    ('{"level":"info","msg":"request","trace_id":"00000000000000000000000000000000",'
     '"status":200}', None, False),
])
def test_a_line_names_its_operation_and_says_whether_it_is_done(line, op, done):
    assert operation(line) == op
    assert succeeded(line) is done


def _line(index: int, ts: int, op: str | None, done: bool, *, workload: str = "billing",
          count: int = 1) -> LineSignals:
    return LineSignals(index=index, ts=ts, workload=workload, level=Level.INFO, count=count,
                       operation=op, done=done)


def test_retried_ok_needs_a_later_success_of_the_same_operation_in_the_same_workload():
    lines = [
        _line(0, 10, "job-1", False),                     # retried below: ok
        _line(1, 11, "job-2", False),                     # never succeeds
        _line(2, 12, "job-3", False, workload="other"),   # succeeds in another workload only
        _line(3, 13, "job-4", False, count=3),            # collapsed copies: not one operation
        _line(4, 14, "job-5", False),                     # succeeded before, failed after
        _line(5, 9, "job-5", True),
        _line(6, 20, "job-1", True),
        _line(7, 21, "job-3", True),
        _line(8, 22, "job-4", True),
    ]
    assert retried_ok(lines) == {0}


def _job(ts: int, job: int, attempt: int, ok: bool) -> tuple[int, str, str]:
    state = ('"event":"job:stop","state":"success"' if ok else
             '"event":"job:exception","state":"failure","error":"** (Postgrex.Error) ERROR '
             '40P01 (deadlock_detected) deadlock detected"')
    level = "info" if ok else "error"
    return (ts, "billing-worker-7d9f4b8c6-x2k9p",
            f'[{level}] {{"attempt":{attempt},"id":{job},{state},"level":"{level}",'
            f'"worker":"CloseInvoice"}}')


def test_deadlocks_whose_jobs_all_succeeded_on_retry_are_transient(kb):
    failures = [_job(s, 1000 + s, 1, False) for s in (0, 20, 40)]
    retries = [_job(s + 5, 1000 + s, 2, True) for s in (0, 20, 40)]
    retried = diagnose(packed_from(failures + retries), kb=kb).extraction
    assert (retried.root_cause_category, retried.severity) == ("database", "WARN")
    # one job that never got past it: the failures are not transient
    stuck = diagnose(packed_from(failures + retries[:2]), kb=kb).extraction
    assert (stuck.root_cause_category, stuck.severity) == ("database", "ERROR")


@pytest.mark.parametrize(("line", "ok"), [
    ("2026-03-06 21:15:06,767 INFO fraud.providers.maxmind: minfraud score ok on attempt 2/3 "
     "risk_score=3.93", True),
    ("main.INFO: Order 100833978 placed for quote 833978 after 2 attempts [] []", True),
    ("INFO [payments.stripe] payment_intent pi_mbqFIdLz created after 1 retries", True),
    ('{"level":"info","msg":"sift event posted","attempt":2,"status":200,"latency_ms":248}',
     True),
    ('{"level":"info","msg":"request succeeded after retry","attempt":2}', True),
    ('level=info msg="retry succeeded" target=kafka-0.kafka-headless:9092 attempt=2', True),
    ("2026-02-23 10:30:40,136 INFO [listing_sync.client] attempt 4/5 succeeded", True),
    ("2026-02-02 21:32:22,300 INFO importer: batch 7 committed on retry (200 trips)", True),
    ("2026-02-02 21:32:22,300 INFO importer: batch 7 committed (200 trips)", False),
    ("INFO [listing_sync.client] attempt 1/5 succeeded", False),  # the first: no retry
    # the first attempt, a failure on a later one, giving up: no success on retry
    ('{"level":"info","msg":"sift event posted","attempt":1,"status":200}', False),
    ("WARNING maxmind: minfraud score failed (attempt 2/3): ClientConnectorDNSError", False),
    ('level=error msg="giving up on invoice after 3 attempts" last_status=500', False),
    ("ERROR upstream connect timeout on attempt 2/3 host=minfraud.maxmind.com", False),
    ('{"level":"info","msg":"upload queued","attempt":2}', False),
    ('{"level":"INFO","msg":"payment authorized","order":"TS-0903","attempt":2}', True),
    ('{"level":"INFO","msg":"card not authorized","order":"TS-0903","attempt":2}', False),
    ('{"level":30,"msg":"render job accepted","attempt":2}', False),  # taken on, not done
    # a counter of tries in brackets; a done line's count of retries it took
    ("INFO seq_sync: sftp connected to sftp.seqprovider.example (attempt 2/5)", True),
    ("INFO seq_sync: gsutil: upload of R1.fastq.gz complete (17.2 GiB, retry 1)", True),
    ("INFO seq_sync: sftp connected to sftp.seqprovider.example (attempt 1/5)", False),
    ("INFO seq_sync: not connected to sftp.seqprovider.example (attempt 2/5)", False),
    ("INFO seq_sync: upload of R1.fastq.gz complete (17.2 GiB, retry 0)", False),
    ("ERROR seq_sync: sftp connect failed (attempt 1/5, retry in 30s)", False),
    # work thrown away once its attempts ran out: no success
    ('{"level":"warn","msg":"push batch dropped after 3 attempts","batch":1100}', False),
    ('{"level":"warn","msg":"event dead-lettered after 5 attempts","id":"e-1"}', False),
    ('{"level":"info","msg":"push batch delivered after 3 attempts","batch":1100}', True),
    # a licence or a token got on a later attempt
    ('{"level":"INFO","msg":"license issued on retry","loan_id":"L-2301121","attempt":3}', True),
    ('{"level":"INFO","msg":"license issued","loan_id":"L-2301121","attempt":1}', False),
    # a done line's count of the tries it took, in JSON or as the replay renders it; not
    # the most it may take
    ('{"level":30,"msg":"checkout completed","durationMs":2734,"voucherAttempts":2}', True),
    ("msg=checkout completed durationMs=2734 payment_attempts=3", True),
    ('{"level":30,"msg":"checkout completed","voucherAttempts":1}', False),
    ('{"level":30,"msg":"checkout completed","maxAttempts":3}', False),
    ("msg=checkout completed max_attempts=3", False),
])
def test_a_line_says_whether_it_succeeded_on_a_later_attempt(line, ok):
    assert ok_on_retry(line) is ok


_FAILURE = Hit(Signature(id="libc-resolution", category="dns_resolution",
                         pattern=re.compile("x"), weight=2.0))


def _attempt(index: int, seconds: float, *, ok: bool, workload: str = "fraud-scoring",
             copies: tuple[float, ...] = ()) -> LineSignals:
    times = tuple(round(s * 10**9) for s in copies)
    ts = round(seconds * 10**9)
    return LineSignals(index=index, ts=ts, workload=workload,
                       level=Level.INFO if ok else Level.WARN, count=max(len(times), 1),
                       hits=[] if ok else [_FAILURE], copy_times=times,
                       retried_at=(times or (ts,)) if ok else ())


def test_a_success_on_retry_answers_the_latest_unanswered_failure_of_its_workload():
    lines = [_attempt(0, 0, ok=False), _attempt(1, 1, ok=False), _attempt(2, 2, ok=True),
             _attempt(3, 3, ok=True),                        # answers 0 once 1 is answered
             _attempt(4, 10, ok=False, workload="risk"),     # another workload's success
             _attempt(5, 11, ok=True, workload="other"),
             _attempt(6, 20, ok=False),                      # answered too late
             _attempt(7, 20 + RETRY_WINDOW_NS / 1e9 + 1, ok=True)]
    assert retried_on_attempt(lines) == {0: 1, 1: 1}


def test_a_success_answers_the_failure_just_before_it_not_an_older_one():
    lines = [_attempt(0, 0, ok=False), _attempt(1, 10, ok=False), _attempt(2, 12, ok=True)]
    assert retried_on_attempt(lines) == {1: 1}


def test_a_success_answers_every_line_the_layers_wrote_about_the_one_failure_before_it():
    """Hibernate's SQL error, its "ERROR: deadlock detected" and the retry aspect's "rolled
    back (40P01), retry 1/3" are one failed transaction told three times within
    milliseconds: its success on attempt 2 answers all three, not only the last. A failure
    a second earlier is another one."""
    lines = [_attempt(0, 0.0, ok=False), _attempt(1, 1.034, ok=False),
             _attempt(2, 1.036, ok=False), _attempt(3, 1.038, ok=False),
             _attempt(4, 1.393, ok=True)]
    assert retried_on_attempt(lines) == {1: 1, 2: 1, 3: 1}


def test_the_copies_of_a_collapsed_failure_are_answered_one_by_one():
    lines = [_attempt(0, 0, ok=False, copies=(0, 30, 80, 200)),
             _attempt(1, 1, ok=True, copies=(1, 31, 150))]  # 80 s: over a minute before 150
    assert retried_on_attempt(lines) == {0: 2}


def _dns_failure(s: int, attempt: int, level: str = "WARNING") -> tuple[int, str, str]:
    return (s, "fraud-scoring-5c7d9b8f6-q2w4e",
            f"2026-03-06 21:{s // 60:02d}:{s % 60:02d},324 {level} fraud.providers.maxmind: "
            f"minfraud score failed (attempt {attempt}/3): ClientConnectorDNSError: Cannot "
            f"connect to host minfraud.maxmind.com:443 ssl:default [Temporary failure in "
            f"name resolution]")


def _scored(s: int) -> tuple[int, str, str]:
    return (s, "fraud-scoring-5c7d9b8f6-q2w4e",
            f"2026-03-06 21:{s // 60:02d}:{s % 60:02d},767 INFO fraud.providers.maxmind: "
            f"minfraud score ok on attempt 2/3 risk_score=3.93")


def test_lookups_that_nearly_all_succeeded_on_retry_are_transient(kb):
    starts = range(0, 420, 60)
    failures = [_dns_failure(s, 1) for s in starts] + [_dns_failure(430, 3, "ERROR")]
    retried = [_scored(s + 2) for s in starts]
    transient = diagnose(packed_from(failures + retried), kb=kb).extraction
    assert (transient.root_cause_category, transient.severity) == ("dns_resolution", "WARN")
    # half of them never got past the failure: not transient
    half = diagnose(packed_from(failures + retried[:4]), kb=kb).extraction
    assert (half.root_cause_category, half.severity) == ("dns_resolution", "ERROR")


def test_one_failure_a_line_of_no_level_reports_and_the_next_attempt_answers_is_no_incident(kb):
    """A batch job's syslog lines give no level: its one gateway timeout "attempt=1/3 ...;
    retrying", then "charge ok ... attempt=2/3" two seconds later, is a blip of a healthy
    run, as a warning retried to success is. Not when it is the run's error level."""
    def run(level: str) -> list[tuple[int, str, str]]:
        return [(0, "autopay", "autopay-run starting batch=2026-02-03 tenants=1410"),
                (95, "autopay", f"{level}gateway error tenant=T-0091870 attempt=1/3: Could not "
                                "connect to Stripe (Network error [errno 28]: Operation timed "
                                "out after 30001 milliseconds); retrying"),
                (97, "autopay", "charge ok tenant=T-0091870 unit=MAN-A042 attempt=2/3"),
                (300, "autopay", "autopay-run finished batch=2026-02-03 charged=1403")]

    ext = diagnose(packed_from(run("")), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    ext = diagnose(packed_from(run("ERROR ")), kb=kb).extraction
    assert ext.root_cause_category == "timeout"


_DB, _EDITOR = "postgres-0", "route-editor-6b8d9f7c5-p4k2m"


def _deadlock(s: int, *, retried: bool) -> list[tuple[int, str, str]]:
    """PostgreSQL's own note of a deadlock, the application's failed save naming the
    database, and (``retried``) the save done on its second attempt."""
    lines = [(s, _DB, f"2026-02-02 21:{s // 60:02d}:{s % 60:02d}.400 UTC [481{s:02d}] ERROR:  "
                      "deadlock detected"),
             (s, _EDITOR, f"2026-02-02T21:{s // 60:02d}:{s % 60:02d}.421Z ERROR 1 --- "
                          "[nio-8080-exec-5] o.h.engine.jdbc.spi.SqlExceptionHelper : "
                          "could not execute statement on postgres:5432: ERROR: deadlock "
                          "detected")]
    if retried:
        lines.append((s + 1, _EDITOR, f"2026-02-02T21:{s // 60:02d}:{s % 60 + 1:02d}.810Z  "
                                      "INFO 1 --- [io-8080-exec-10] c.e.r.RouteEditService : "
                                      f"Saved route {4413998 + s} on attempt 2"))
    return lines


def test_a_databases_deadlocks_whose_callers_all_saved_on_retry_are_transient(kb):
    """The database's own "deadlock detected" is the same failure its callers report: when
    nearly all of their failed saves succeeded on a later attempt, it is transient."""
    starts = range(0, 300, 60)
    retried = [line for s in starts for line in _deadlock(s, retried=True)]
    transient = diagnose(packed_from(retried), kb=kb).extraction
    assert (transient.root_cause_category, transient.component, transient.severity) == (
        "database", "postgres", "WARN")
    # two of the five saves never got past it: not transient
    stuck = [line for s in starts for line in _deadlock(s, retried=s < 180)]
    failing = diagnose(packed_from(stuck), kb=kb).extraction
    assert (failing.root_cause_category, failing.component, failing.severity) == (
        "database", "postgres", "ERROR")


_USAGE = "usage-aggregator-6d5f8b7c9-q2w4x"


def _arbiter(s: int, pid: int, *, timed_out: bool) -> list[tuple[int, str, str]]:
    """gunicorn's arbiter killing worker ``pid`` (after reporting it timed out)."""
    stamp = f"2026-03-12 09:14:{s:02d}"
    lines = [(s, _USAGE, f"{stamp},303 [1] [CRITICAL] WORKER TIMEOUT (pid:{pid})")] \
        if timed_out else []
    return [*lines,
            (s + 1, _USAGE, f"{stamp},585 [1] [ERROR] Worker (pid:{pid}) was sent SIGKILL! "
                            "Perhaps out of memory?"),
            (s + 1, _USAGE, f"{stamp},735 [{pid + 3}] [INFO] Booting worker with pid: {pid + 3}")]


def test_a_worker_killed_right_after_its_timeout_was_killed_for_it_not_for_memory(kb):
    alone = diagnose(packed_from(_arbiter(10, 58, timed_out=False)), kb=kb).extraction
    assert alone.root_cause_category == "oom_killed"  # gunicorn's guess, nothing against it
    twice = _arbiter(10, 58, timed_out=True) + _arbiter(40, 61, timed_out=True)
    assert diagnose(packed_from(twice), kb=kb).extraction.root_cause_category == "timeout"
    # another worker's timeout says nothing of this one's kill
    other = [_arbiter(10, 58, timed_out=True)[0], *_arbiter(20, 71, timed_out=False)]
    assert diagnose(packed_from(other), kb=kb).extraction.root_cause_category == "oom_killed"


_GATEWAY = "query-frontend-6d5f8b7c9-k2x7q"


def _failed_query(s: int, trace: str) -> tuple[int, str, str]:
    return (s, _GATEWAY, f'level=error caller=retry.go:95 traceID={trace} '
                         f'msg="error processing request" err="context deadline exceeded"')


def _query_stats(s: int, trace: str, status: int, seconds: int = 60) -> tuple[int, str, str]:
    return (s, _GATEWAY, f'level=info caller=metrics.go:217 traceID={trace} '
                         f'query_type=filter status={status} duration={seconds}s')


def test_a_request_outcome_is_explained_by_the_cause_an_earlier_line_of_it_gave(kb):
    ok = [_query_stats(0, "0e2080dcab4b5037", 200), _query_stats(300, "e6785e6a9d06823e", 200)]
    traces = [f"5e19877{i}a9272265" for i in range(3)]
    same = ok + [row for i, s in enumerate((10, 70, 130))
                 for row in (_failed_query(s, traces[i]), _query_stats(s + 1, traces[i], 500))]
    got = diagnose(packed_from(same), kb=kb)
    assert got.extraction.root_cause_category == "timeout"
    assert "application_error" not in {c.category for c in got.candidates}
    # the same 500s for requests no line gives a reason for: they are failures of their own
    other = ok + [row for i, s in enumerate((10, 70, 130))
                  for row in (_failed_query(s, traces[i]),
                              _query_stats(s + 1, f"7c0d1e2{i}f3a4b9c0", 500))]
    assert "application_error" in {c.category for c in diagnose(packed_from(other), kb=kb)
                                   .candidates}


def test_only_outcomes_of_the_same_request_at_or_after_its_cause_are_explained(kb):
    rows = [_query_stats(5, "5e198770a9272265", 500, 3),  # before the cause: not explained
            _failed_query(10, "5e198770a9272265"),
            _query_stats(11, "5e198770a9272265", 500),  # explained
            _query_stats(12, "1b2c3d4e5f607182", 500, 9)]  # another request
    lines = diagnose(packed_from(rows), kb=kb).lines
    explained = explained_symptoms(lines)
    assert set(explained) == {2}
    assert explained[2] == {"http-500-own"}


@pytest.mark.parametrize(("line", "who"), [
    ('2026-06-09 02:14:07.118 UTC [48211] FATAL:  password authentication failed for user '
     '"postgres"', ("postgres", False)),
    ("2026-06-09 02:14:31.502 UTC [48230] LOG:  connection authorized: user=postgres "
     "database=postgres application_name=pgAdmin 4", ("postgres", True)),
    ("Failed password for invalid user admin from 203.0.113.7 port 52144 ssh2", ("admin", False)),
    ("Accepted publickey for deploy from 10.0.4.2 port 51122 ssh2: ED25519 SHA256:x",
     ("deploy", True)),
    ("Access denied for user 'shop'@'10.42.1.7' (using password: YES)", ("shop", False)),
    ("connection refused", None),
])
def test_a_line_says_whose_login_it_refused_or_accepted(line, who):
    assert login(line) == who


@pytest.mark.parametrize(("line", "name"), [
    ('10.42.1.152:50356 - 36193 "A IN maps.googleapis.com. udp 59 false 512" NOERROR '
     "qr,rd,ra 218 0.002610s", ("maps.googleapis.com", True)),
    ('10.42.1.152:50356 - 36193 "AAAA IN Api.Example.com. tcp 71 true 1232" NOERROR qr,aa 98 '
     "0.0001s", ("api.example.com", True)),
    ('10.42.1.152:50356 - 1 "A IN nope.example.com. udp 59 false 512" NXDOMAIN qr,rd 9 0.1s',
     None),
    ("plugin/errors: 2 maps.googleapis.com. A: read udp 10.42.0.29:42294->8.8.8.8:53: i/o "
     "timeout", ("maps.googleapis.com", False)),
    ('Post "https://api.example.com/v1": dial tcp: lookup api.example.com on 10.96.0.10:53: '
     "server misbehaving", ("api.example.com", False)),
    ("lookup succeeded in 3ms", None),
])
def test_a_line_says_which_dns_name_it_answered_or_failed(line, name):
    assert lookup(line) == name


_PG = "pg-main-2"


def _pg(s: int, text: str) -> tuple[int, str, str]:
    return (s, _PG, f"2026-06-09 02:14:{s:02d}.118 UTC [482{s:02d}] {text}")


def test_a_password_refused_and_then_accepted_for_the_same_user_is_a_typo(kb):
    routine = [_pg(0, "LOG:  checkpoint starting: time"),
               _pg(30, "LOG:  checkpoint complete: wrote 2153 buffers (9.8%)")]
    refused = _pg(10, 'FATAL:  password authentication failed for user "postgres"')
    accepted = _pg(20, "LOG:  connection authorized: user=postgres database=postgres")
    assert diagnose(packed_from([*routine, refused, accepted]), kb=kb).extraction\
        .root_cause_category == "none"
    # never accepted, or accepted for someone else: a login that fails
    for rows in ([*routine, refused],
                 [*routine, refused, _pg(20, "LOG:  connection authorized: user=app")]):
        assert diagnose(packed_from(rows), kb=kb).extraction.root_cause_category \
            == "auth_failure"


_CONSUMER = "track-builder-8jt5gj8n8m-rl9w8"
_NO_BROKER = ("2026-03-18 16:20:06,194 WARN  [org.apache.kafka.clients.NetworkClient] [Consumer "
              "clientId=track-builder-2, groupId=track-builder] Connection to node -1 "
              "(kafka-0.kafka.adsb.svc/10.96.112.4:9092) could not be established. Broker may "
              "not be available.")
_COORDINATOR = ("2026-03-18 16:20:08,760 INFO  [o.a.k.c.c.internals.ConsumerCoordinator] "
                "[Consumer clientId=track-builder-2, groupId=track-builder] Discovered group "
                "coordinator kafka-0.kafka.adsb.svc:9092 (id: 2147483647 rack: null)")


def _stats(s: int) -> tuple[int, str, str]:
    return (s, _CONSUMER, f"2026-03-18 16:20:{s:02d},110 INFO  [track.builder.Stats] "
                          f"tracks=194 msgs/s=895 lag=62 errors=0")


def test_a_warning_about_a_dependency_the_caller_then_reaches_is_no_incident(kb):
    """A consumer that starts warns once that the broker is not available, then discovers
    its group coordinator on that broker: it got through, nothing to report. The same
    warning with no later word of the broker, or repeated, stays an incident."""
    stats = [_stats(s) for s in (20, 30, 40, 50)]
    got = diagnose(packed_from([(0, _CONSUMER, _NO_BROKER), (2, _CONSUMER, _COORDINATOR),
                                *stats]), kb=kb).extraction
    assert (got.root_cause_category, got.severity) == ("none", "INFO")
    alone = diagnose(packed_from([(0, _CONSUMER, _NO_BROKER), *stats]), kb=kb).extraction
    assert alone.root_cause_category == "connection_refused"
    again = [(0, _CONSUMER, _NO_BROKER), (2, _CONSUMER, _COORDINATOR),
             (4, _CONSUMER, _NO_BROKER.replace("06,194", "10,194"))]
    twice = diagnose(packed_from(again + stats), kb=kb).extraction
    assert twice.root_cause_category == "connection_refused"
    # another pod's word of the broker says nothing of this one's connection
    other = [(0, _CONSUMER, _NO_BROKER),
             (2, "track-builder-8jt5gj8n8m-f7gdh", _COORDINATOR), *stats]
    assert diagnose(packed_from(other), kb=kb).extraction.root_cause_category == (
        "connection_refused")


_FETCHER = "rates-fetch-29471820-x8k2q"
_RETRYING = ("2026-05-02 06:00:12,410 WARNING urllib3.connectionpool: Retrying (Retry(total=2, "
             "connect=None, read=None, redirect=None, status=None)) after connection broken by "
             "'ReadTimeoutError(\"HTTPSConnectionPool(host='fx.example.net', port=443): Read timed "
             "out. (read timeout=10)\")': /v1/rates")


def test_a_call_that_said_it_retries_and_whose_pod_went_on_is_no_incident(kb):
    """A client warns once that it retries a call that timed out, then goes on with its work:
    the retry went through. The same warning followed by another failure, or with nothing
    after it from that pod, stays an incident; so does a timeout that names no retry."""
    fetched = (14, _FETCHER, "2026-05-02 06:00:14,002 INFO rates: fetched 168 currencies")
    stored = (15, _FETCHER, "2026-05-02 06:00:15,120 INFO rates: table updated, 0 rejected")
    went_on = diagnose(packed_from([(12, _FETCHER, _RETRYING), fetched, stored]),
                       kb=kb).extraction
    assert (went_on.root_cause_category, went_on.severity) == ("none", "INFO")
    alone = diagnose(packed_from([(12, _FETCHER, _RETRYING)]), kb=kb).extraction
    assert alone.root_cause_category == "timeout"
    # a timeout that says nothing of a retry: the work it was doing may be lost
    warned = (12, _FETCHER, "2026-05-02 06:00:12,410 WARNING rates: fx.example.net: Read "
                            "timed out. (read timeout=10)")
    lost = diagnose(packed_from([warned, fetched, stored]), kb=kb).extraction
    assert lost.root_cause_category == "timeout"
    failed = (30, _FETCHER, "2026-05-02 06:00:30,002 ERROR rates: giving up: Read timed out")
    again = diagnose(packed_from([(12, _FETCHER, _RETRYING), fetched, failed]), kb=kb)
    assert again.extraction.root_cause_category == "timeout"


def test_a_new_topics_first_leader_election_is_no_outage(kb):
    """A producer told that a topic has no leader yet, right after a broker created it, is
    waiting for the topic's first leader election; the same warning long after (or for a
    topic no line created) is the broker's trouble."""
    created = (0, "kafka-0", "[2026-03-23 18:05:02,150] INFO [QuorumController id=0] Created "
                             "topic bets.cashout.v2 with topic ID c39635cfbbce4cd4261677. "
                             "(org.apache.kafka.controller.ReplicationControlManager)")

    def warned(s: int, topic: str = "bets.cashout.v2") -> tuple[int, str, str]:
        return (s, "cashout-service-jvx6zrsblr-rb2l2",
                f"2026-03-23T18:05:02.200Z  WARN 1 --- [cashout-service] [ad | producer-1] "
                f"org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] "
                f"Error while fetching metadata with correlation id 7 : {{{topic}=LEADER_NOT"
                f"_AVAILABLE}}")

    assert topic_news(created[2]) == (("bets.cashout.v2", True),)
    assert topic_news(warned(1)[2]) == (("bets.cashout.v2", False),)
    fresh = diagnose(packed_from([created, warned(1)]), kb=kb).extraction
    assert fresh.root_cause_category == "none"
    for late in ([created, warned(300)], [created, warned(1, "bets.placed")]):
        assert diagnose(packed_from(late), kb=kb).extraction.root_cause_category == "database"


def _upload(s: int, **extra: object) -> tuple[int, str, str]:
    fields = {"level": 30, "time": 1793955619880 + s * 1000, "collars": 316,
              "target": "api.herdtrack.example", "status": 200, **extra,
              "msg": "positions uploaded"}
    return (s, "herd-uplink-rglpr8j4c4-ft4gm", json.dumps(fields))


def test_one_copy_of_a_collapsed_success_that_says_it_retried_answers_the_failure(kb):
    """pino's ``"retried":true`` on one of many "positions uploaded" lines (the packer folds
    them into one, the first copy of which did not retry) answers the lookup that failed
    five seconds before it: a healthy window, not a DNS warning."""
    failed = (150, "herd-uplink-rglpr8j4c4-ft4gm", json.dumps({
        "level": 40, "time": 1793955769880, "target": "api.herdtrack.example",
        "err": "getaddrinfo EAI_AGAIN api.herdtrack.example", "code": "EAI_AGAIN",
        "queued": 316, "msg": "upload failed, will retry"}))
    uploads = [_upload(s) for s in range(0, 600, 30) if s != 150]
    healed = diagnose(packed_from([*uploads, failed, _upload(155, retried=True)]),
                      kb=kb).extraction
    assert healed.root_cause_category == "none"
    # without the retried copy the failure stands unanswered
    plain = diagnose(packed_from([*uploads, failed, _upload(155)]), kb=kb).extraction
    assert plain.root_cause_category == "dns_resolution"
    assert ok_on_retry('{"level":30,"retried":true,"msg":"positions uploaded"}')
    assert not ok_on_retry('{"level":40,"retried":true,"msg":"upload failed again"}')


def test_only_the_copies_that_say_they_retried_answer_a_failure():
    ok = LineSignals(index=1, ts=30 * 10**9, workload="fraud-scoring", level=Level.INFO,
                     count=2, copy_times=(30 * 10**9, 200 * 10**9),
                     retried_at=(200 * 10**9,))
    assert retried_on_attempt([_attempt(0, 10, ok=False), ok]) == {}  # 30 s: a first try
    assert retried_on_attempt([_attempt(0, 190, ok=False), ok]) == {0: 1}


_WORKER = "airflow-worker-0"
_RUN = "run_id=scheduled__2026-03-01T01:00:00+00:00"


def _airflow(state: str, task: str, second: int) -> tuple[int, str, str]:
    return (second, _WORKER,
            f"[2026-03-02T01:{second // 60:02d}:{second % 60:02d}.120+0000] "
            f"{{taskinstance.py:1225}} INFO - Marking task as {state}. dag_id=bank_sync, "
            f"task_id={task}, {_RUN}, "
            "execution_date=20260301T010000, start_date=20260302T010003")


def _attempt_failed(second: int) -> list[tuple[int, str, str]]:
    stamp = f"[2026-03-02T01:{second // 60:02d}:{second % 60:02d}.010+0000]"
    return [(second, _WORKER, f"{stamp} {{taskinstance.py:3311}} ERROR - Task failed with "
                              "exception"),
            (second, _WORKER, f"{stamp} {{taskinstance.py:3311}} ERROR - requests.exceptions."
                              "ConnectionError: HTTPSConnectionPool(host='export.bank.example', "
                              "port=443): Max retries exceeded with url: /v2/statements (Caused "
                              "by NewConnectionError('<urllib3.connection.HTTPSConnection object"
                              " at 0x7f3a>: Failed to establish a new connection: [Errno 111] "
                              "Connection refused'))"),
            _airflow("UP_FOR_RETRY", "export_statements", second + 1)]


def test_a_line_gives_an_orchestrators_mark_on_a_task():
    assert task_mark(_airflow("UP_FOR_RETRY", "export_statements", 5)[2]) == (
        "UP_FOR_RETRY", "bank_sync", "export_statements",
        "scheduled__2026-03-01T01:00:00+00:00")
    assert task_mark("Marking task as SUCCESS. dag_id=etl, task_id=load") == (
        "SUCCESS", "etl", "load", "")
    assert task_mark("Marking run <DagRun bank_sync @ 2026-03-01> successful") is None


def test_a_task_attempt_that_airflow_retried_to_success_is_no_incident(kb):
    """An Airflow task's first attempt fails at error level (connection refused by the bank's
    export API), the worker marks it up for retry, and five minutes later the task is marked
    a success: its retry policy did its job, no incident. The same task marked FAILED on its
    last attempt, or never run again in the window, stays the refusal; so does one minutes
    before the attempt; another task's success answers nothing."""
    retried = [*_attempt_failed(5), (305, _WORKER, "[2026-03-02T01:05:05.000+0000] "
                                                   "{bank.py:41} INFO - fetched 812 statements"),
               _airflow("SUCCESS", "export_statements", 306)]
    ok = diagnose(packed_from(retried), kb=kb).extraction
    assert (ok.root_cause_category, ok.severity) == ("none", "INFO")
    failed_again = [*_attempt_failed(5), *_attempt_failed(300)[:2],
                    _airflow("FAILED", "export_statements", 302)]
    another = [*_attempt_failed(5), _airflow("SUCCESS", "load_ledger", 306)]
    # a refusal minutes before the attempt that was retried is not that attempt's
    earlier = [_attempt_failed(5)[1], *_attempt_failed(200), _airflow("SUCCESS",
                                                                       "export_statements", 500)]
    for lines in (failed_again, _attempt_failed(5), another, earlier):
        ext = diagnose(packed_from(lines), kb=kb).extraction
        assert ext.root_cause_category == "connection_refused"


_RUN_ID = "d22bf917-4572-45b0-b3f2-2236793e225b"
_RUN_POD = {"namespace": "data", "pod": f"dagster-run-{_RUN_ID}-shhf4", "container": "dagster",
            "node": "k8s-n2"}
_STEP_POD = {"namespace": "data", "pod": "dagster-step-4b6196014f9a2ab7c92fba00e74fbe3c-h9vml",
             "container": "dagster", "node": "k8s-n4"}
_NODE = {"job": "kernel", "node": "k8s-n4"}


def _dagster(second: int, level: str, event: str, message: str) -> str:
    head = f"2026-04-19 01:{second // 60:02d}:{second % 60:02d} +0000 - dagster - {level} - "
    return f"{head}sales_daily - {_RUN_ID} - 1 - sales_by_stand - {event}{message}"


def _dagster_step(second: int, failure: list[tuple[int, dict[str, str], str]], last: str,
                  reason: str = "") -> list[tuple[int, dict[str, str], str]]:
    """A Dagster step whose first attempt fails with ``failure`` (the run worker saying
    ``reason``) and whose retry ends in ``last`` (STEP_SUCCESS or STEP_FAILURE)."""
    return [(0, _RUN_POD, _dagster(0, "DEBUG", "STEP_START - ", "Started execution of step.")),
            (4, _STEP_POD, _dagster(4, "INFO", "- - ", "loading 4,812,330 POS transactions "
                                                       "into memory")),
            *failure,
            (second, _RUN_POD, _dagster(second, "ERROR", "STEP_FAILURE - ", "Discovered failed "
                                        f"Kubernetes job for step sales_by_stand.{reason}")),
            (second, _RUN_POD, _dagster(second, "DEBUG", "STEP_UP_FOR_RETRY - ", "Execution of "
                                        "step failed and has requested a retry.")),
            (second + 200, _RUN_POD, _dagster(second + 200, "DEBUG", f"{last} - ",
                                              "Finished execution of step."))]


def test_dagster_names_its_pods_by_the_step_and_the_job_their_lines_name():
    texts = [_dagster(0, "INFO", "- - ", "loading"), _dagster(1, "DEBUG", "STEP_START - ", "go"),
             "Memory cgroup out of memory: Killed process 8812 (python)", "ok"]
    who = ["dagster-step-4b6196014f9a2ab7c92fba00e74fbe3c", f"dagster-run-{_RUN_ID}",
           "dagster-step-4b6196014f9a2ab7c92fba00e74fbe3c", "dagster-webserver"]
    assert dagster_names(texts, who) == ["sales_by_stand", "sales_daily", "sales_by_stand",
                                         "dagster-webserver"]


def test_a_dagster_step_killed_for_memory_and_retried_to_success_is_a_warning(kb):
    """The kernel kills a Dagster step's process for memory; the run worker reports the step
    failed and up for retry, and its second attempt succeeds: the work got done (WARN), on
    the step (not on a pod named for a hash). A refusal on an attempt retried to success is
    no incident, as with Airflow; the step failing again is the failure."""
    oom = [(75, _NODE, "python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
                       "oom_score_adj=996"),
           (75, _NODE, "Memory cgroup out of memory: Killed process 8812 (python) total-vm:"
                       "3411256kB, anon-rss:2093844kB, file-rss:11020kB, shmem-rss:0kB, "
                       "UID:1000 pgtables:4520kB oom_score_adj:996")]
    killed = (f" Pod {_STEP_POD['pod']}: container 'dagster' terminated, reason OOMKilled, "
              "exit code 137.")
    got = diagnose(packed_rows(_dagster_step(80, oom, "STEP_SUCCESS", killed)), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "oom_killed", "WARN", "sales_by_stand")
    refused = [(70, _STEP_POD, _dagster(70, "ERROR", "- - ", "psycopg2.OperationalError: "
                                        "connection to server at \"pos-db\" (10.0.3.7), port "
                                        "5432 failed: Connection refused"))]
    got = diagnose(packed_rows(_dagster_step(80, refused, "STEP_SUCCESS")), kb=kb).extraction
    assert (got.root_cause_category, got.severity) == ("none", "INFO")
    got = diagnose(packed_rows(_dagster_step(80, refused, "STEP_FAILURE")), kb=kb).extraction
    assert got.root_cause_category == "connection_refused"


_CELERY_POD = {"namespace": "exams", "pod": "exam-pdf-7d9f8-lw6s9", "container": "celery-worker",
           "node": "gl-n3"}
_CELERY_NODE = {"job": "systemd-journal", "node": "gl-n3"}
_TASK = "exams.tasks.render_certificate_pdf"
_LOST = "f0991185-8ae5-4ff6-a98d-fa7ca8a63bd4"


def _celery(second: int, text: str) -> str:
    return f"[2026-01-18 11:02:{second:02d},121: {text}"


def _pool_child_killed(redelivered: bool) -> list[tuple[int, dict[str, str], str]]:
    """A Celery worker's pool process killed for memory while it ran a task; the broker
    redelivers the task and it succeeds (``redelivered``), or it is never seen again."""
    rows = [(0, _CELERY_POD, _celery(0, f"INFO/MainProcess] Task {_TASK}[{_LOST}] received")),
            (5, _CELERY_NODE, "Memory cgroup out of memory: Killed process 690 (celery) "
                              "total-vm:1843212kB, anon-rss:1021340kB, file-rss:10240kB"),
            (6, _CELERY_POD, _celery(6, "ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:690 "
                                    "exited with 'signal 9 (SIGKILL)'")),
            (6, _CELERY_POD, _celery(6, "ERROR/MainProcess] Task handler raised error: "
                                    "WorkerLostError('Worker exited prematurely: signal 9 "
                                    "(SIGKILL) Job: 118.')"))]
    if redelivered:
        rows += [(7, _CELERY_POD, _celery(7, f"INFO/MainProcess] Task {_TASK}[{_LOST}] received")),
                 (14, _CELERY_POD, _celery(14, f"INFO/ForkPoolWorker-4] Task {_TASK}[{_LOST}] "
                                           "succeeded in 6.912s: 'certificates/61939.pdf'"))]
    return rows


def test_a_celery_worker_knows_the_tasks_it_received_and_the_pool_processes_it_lost():
    assert pool_news(_celery(0, f"INFO/MainProcess] Task {_TASK}[{_LOST}] received")) == (
        "received", _LOST)
    assert pool_news("Process 'ForkPoolWorker-3' pid:690 exited with 'signal 9 (SIGKILL)'") == (
        "lost", "690")
    assert pool_news("billiard.exceptions.WorkerLostError: Worker exited prematurely") == (
        "lost", "")
    assert pool_news(f"Task {_TASK}[{_LOST}] succeeded in 1.2s: None") is None


def test_a_pool_process_killed_for_memory_whose_task_was_redelivered_and_done_is_a_warning(kb):
    """The kernel kills one Celery pool process for memory; the broker redelivers the task
    it ran (late acknowledgement) and it succeeds: the work got done (WARN). Without the
    redelivery the task is lost with the WorkerLostError: a failure (ERROR)."""
    got = diagnose(packed_rows(_pool_child_killed(True)), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "oom_killed", "WARN", "exam-pdf")
    got = diagnose(packed_rows(_pool_child_killed(False)), kb=kb).extraction
    assert (got.root_cause_category, got.severity) == ("oom_killed", "ERROR")


def test_a_lost_task_done_by_another_worker_while_the_others_finish_is_a_warning(kb):
    """The kernel's whole report of the kill ("celery invoked oom-killer", the cgroup's
    usage, then "Killed process"); the lost task redelivered to another worker pod of the
    workload, where it succeeds, while a task of another pool process of the first worker
    goes on and finishes there: every task running at the loss got done (WARN). A task
    running at the loss that never finishes keeps it a failure (ERROR)."""
    other = {**_CELERY_POD, "pod": "exam-pdf-7d9f8-q2x8z", "node": "gl-n4"}
    busy = "0c8a1f1e-6a2b-4b8e-9d61-2f7f7f0a9b11"
    rows = [(0, _CELERY_POD, _celery(0, f"INFO/MainProcess] Task {_TASK}[{_LOST}] received")),
            (1, _CELERY_POD, _celery(1, f"INFO/MainProcess] Task {_TASK}[{busy}] received")),
            (5, _CELERY_NODE, "celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
                              "oom_score_adj=999"),
            (5, _CELERY_NODE, "memory: usage 1572864kB, limit 1572864kB, failcnt 77"),
            (5, _CELERY_NODE, "Memory cgroup out of memory: Killed process 690 (celery) "
                              "total-vm:1843212kB, anon-rss:1021340kB, file-rss:10240kB"),
            (6, _CELERY_POD, _celery(6, "ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:690 "
                                    "exited with 'signal 9 (SIGKILL)'")),
            (6, _CELERY_POD, _celery(6, "ERROR/MainProcess] Task handler raised error: "
                                    "WorkerLostError('Worker exited prematurely: signal 9 "
                                    "(SIGKILL) Job: 118.')")),
            (8, other, _celery(8, f"INFO/MainProcess] Task {_TASK}[{_LOST}] received"))]
    done = [(12, _CELERY_POD, _celery(12, f"INFO/ForkPoolWorker-2] Task {_TASK}[{busy}] "
                                          "succeeded in 11.0s: 'certificates/61940.pdf'")),
            (14, other, _celery(14, f"INFO/ForkPoolWorker-1] Task {_TASK}[{_LOST}] "
                                    "succeeded in 6.912s: 'certificates/61939.pdf'"))]
    got = diagnose(packed_rows(rows + done), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "oom_killed", "WARN", "exam-pdf")
    got = diagnose(packed_rows(rows + done[1:]), kb=kb).extraction
    assert (got.root_cause_category, got.severity) == ("oom_killed", "ERROR")
