"""Operations followed across lines: retried until they succeeded, or failed for a reason an
earlier line gave.

A job or a request that failed and later succeeded under the same identity was retried past
its failure: transient, not an outage (Oban and Sidekiq retry a job that hit a deadlock, a
Rails action retries its transaction, Celery retries a task). ``operation`` reads a line's
identity (a job id, a tagged request id, a trace id), ``succeeded`` whether the line reports
the operation done, and ``retried_ok`` which lines of a window failed an operation that a
later line of the same workload reports done.

A caller that retries without naming the operation reports its success on a later attempt
("ok on attempt 2/3", "placed after 2 attempts", "posted" with ``"attempt":2``): such a line
stands for the failure its workload reported last before it, within a minute
(``retried_on_attempt``; a collapsed line's copies count one by one).

A caller that warned once that it could not reach a dependency and then, from the same pod,
names that dependency in a line that reports no trouble (a consumer's "Discovered group
coordinator" on the broker it could not connect to as it started) got through
(``reached_later``); so did one that said it retries, when its pod then goes on without
trouble (``went_on_after_retry``).

A pod's failed call to its own loopback (``localhost:15021``: another container of the pod,
a mesh sidecar not listening yet) after which the pod goes on without trouble was waiting
for its sibling to start (``sibling_waits``).

A Kafka client told that a topic has no leader yet (``{orders.v2=LEADER_NOT_AVAILABLE}``)
within a minute after a broker created that topic is waiting for the new topic's first
leader election, as clients of a new topic do (``new_topic_waits``).

A name that failed to resolve (CoreDNS's own ``plugin/errors`` line for it, a client's
``lookup <name> on <resolver>:53``) and that the resolver's query log then answers
(``NOERROR``) resolves again: the resolver's upstream answers once more (``resolved_again``).

A task attempt that an orchestrator marked up for retry, and a later line marks that task
a success (Airflow's task marks, Dagster's step events), was run again by its retry policy
and got done: the attempt's failure lines were no incident (``rerun_tasks``); an attempt
whose process was killed (the kernel's OOM killer) is reported, recovered (WARN). Dagster's
pods are named for hashes; ``dagster_names`` names them by the step or job their lines name.

A request's outcome line (its 500 in an access or query log) says that it failed, not why;
when an earlier line of the same request (the same trace or request id) reports a cause, that
cause is the why: ``explained_symptoms`` finds such outcome lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.records import Level

from .signals import LineSignals

_NOT_FAILING = (Level.TRACE, Level.DEBUG, Level.INFO)  # a failure's line may not say its level

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_OPERATION = re.compile(
    # a JSON job or request id (Oban's "id", Sidekiq's "jid", "request_id", "reqId", ...)
    r'"(?:id|jid|job_id|jobId|request_id|requestId|reqId|task_id|taskId|message_id|messageId'
    r'|trace_id|traceId|traceID)"'
    r'\s*:\s*"?(?P<a>[\w.:-]{4,64})'
    # the same as key=value
    r"|\b(?:jid|job_id|request_id|req_id|reqId|task_id|message_id|trace_?id)=(?P<b>[\w.:-]{4,64})"
    # a tagged request or task id: Rails' [uuid] tag, Celery's task[uuid]
    rf"|\[(?P<c>{_UUID})\]", re.IGNORECASE)
_DONE = re.compile(
    r'"(?:state|status|result)"\s*:\s*"(?:success|succeeded|completed|done|ok)"'
    r"|\bCompleted [23]\d\d\b|\bsucceeded\b|\bjob:stop\b|\bINFO: done\b", re.IGNORECASE)
# a login refused or accepted, and whose: the PostgreSQL/MySQL/SQL Server/sshd words
_LOGIN_FAILED = re.compile(
    r'password authentication failed for user "?(?P<a>[\w.@-]+)'
    r"|Failed password for (?:invalid user )?(?P<b>[\w.@-]+)"
    r"|Access denied for user '(?P<c>[^']+)'"
    r"|Login failed for user '(?P<d>[^']+)'")
_LOGIN_OK = re.compile(
    r"connection authorized: user=(?P<a>[\w.@-]+)"
    r"|Accepted (?:password|publickey|keyboard-interactive\S*) for (?P<b>[\w.@-]+)")
# the words of a line that reports its work done
_DONE_WORDS = ("succeeded|successful|ok|posted|sent|delivered|published|uploaded|synced|stored|"
               "saved|completed|issued|fetched")
# a success that says it came on a later attempt: "ok on attempt 2/3", "succeeded after
# retry", "placed after 2 attempts", "created after 1 retries", "attempt 4/5 succeeded", a
# JSON or logfmt attempt 2+ (or ``"retried":true``, pino and logfmt's flag)
# on a line that reports success
_RETRY_OK = re.compile(
    r"\b(?:on|at)\s+(?:attempt|try|retry)\s*#?\s*(?:[2-9]|[1-9]\d)\b"
    r"|\bafter\s+(?:(?:[2-9]|[1-9]\d)\s+(?:attempts|tries)|[1-9]\d*\s+retr(?:y|ies))\b"
    # "batch 7 committed on retry"
    rf"|\b(?:{_DONE_WORDS}|committed|processed|applied)\s+(?:after|on)\s+(?:a\s+)?retry\b"
    r"|\bretry\s+(?:succeeded|successful|ok)\b"
    # "attempt 4/5 succeeded"
    r"|\battempt\s+#?(?:[2-9]|[1-9]\d)(?:\s*/\s*\d+)?\s+(?:succeeded|successful|ok)\b",
    re.IGNORECASE)
_LATER_ATTEMPT = re.compile(r'"?\battempt"?\s*[:=]\s*"?(?:[2-9]|[1-9]\d)\b'
                            # a count of the tries it took ("voucherAttempts":2,
                            # payment_attempts=3), not the most it may take ("maxAttempts")
                            r'|\b(?!max)[a-z]*_?attempts"?\s*[:=]\s*"?(?:[2-9]|[1-9]\d)\b'
                            r'|"?\bretried"?\s*[:=]\s*"?true\b'
                            # a counter of tries, "(attempt 2/5)"; a done line's "(…, retry 1)"
                            r"|\battempt\s+#?(?:[2-9]|[1-9]\d)\s*/\s*\d+\b"
                            r"|\bretr(?:y|ies)\s*[:=]?\s*[1-9]\d*\)", re.IGNORECASE)
_SUCCESS = re.compile(rf"\b(?:{_DONE_WORDS}|success|done|complete)\b|\bstatus\W{{1,3}}2\d\d\b"
                      r"|(?<!not )\bconnected\b"
                      # a payment or request let through on attempt 2 ("payment authorized")
                      r"|(?<!not )\b(?:authori[sz]ed|approved)\b",
                      re.IGNORECASE)
# a failure on a later attempt, or giving up after it
_FAILED_AGAIN = re.compile(
    r"\b(?:giving up|gave up|exhausted|fail(?:ed|ure|ing)?|unsuccessful|errors?|exception|"
    r"timed out|timeout|refused|denied|unavailable|abort(?:ed|ing)?|"
    # work thrown away once the attempts ran out: "push batch dropped after 3 attempts"
    r"(?:dropped|discarded|dead-?lettered) after)\b", re.IGNORECASE)
RETRY_WINDOW_NS = 60 * 10**9  # a retry that succeeds does so within a minute
ONE_FAILURE_NS = 50 * 10**6  # lines this close before a failure are that failure, told again
SCAN = 600  # characters of a line read for its identity and outcome


def operation(text: str) -> str | None:
    """The job or request a line is about, if it names one."""
    m = _OPERATION.search(text[:SCAN])
    found = (m.group("a") or m.group("b") or m.group("c")) if m else None
    # an unsampled or absent trace is all zeros: no identity that lines share
    return found if found and found.strip("0-.:") else None


def succeeded(text: str) -> bool:
    """Whether the line reports its operation done (a job's success, Rails' ``Completed``
    2xx/3xx, Celery's or Sidekiq's done)."""
    return _DONE.search(text[:SCAN]) is not None


def ok_on_retry(text: str) -> bool:
    """Whether the line reports a success that came on a later attempt (and no failure)."""
    head = text[:SCAN]
    if _FAILED_AGAIN.search(head):
        return False
    return bool(_RETRY_OK.search(head)
                or (_LATER_ATTEMPT.search(head) and _SUCCESS.search(head)))


def login(text: str) -> tuple[str, bool] | None:
    """``(user, accepted)`` when the line reports a password login refused or accepted."""
    for pattern, accepted in ((_LOGIN_FAILED, False), (_LOGIN_OK, True)):
        m = pattern.search(text[:SCAN])
        if m:
            return next(v for v in m.groupdict().values() if v), accepted
    return None


_TOPIC_CREATED = re.compile(
    r"\bCreated topic (?P<a>[\w.\-]+)|\bAuto creation of topic (?P<b>[\w.\-]+) .{0,80}successful"
    r"|\bCreating topic (?P<c>[\w.\-]+) with configuration|\bTopic (?P<d>[\w.\-]+) created\b")
_TOPIC_LEADERLESS = re.compile(r"[{ ,](?P<t>[\w.\-]+)=(?:LEADER_NOT_AVAILABLE"
                               r"|UNKNOWN_TOPIC_OR_PARTITION)\b")
NEW_TOPIC_GRACE_NS = 60 * 10**9


def topic_news(text: str) -> tuple[tuple[str, bool], ...]:
    """``(topic, created)`` for each Kafka topic the text reports created (True) or without
    a leader yet (False)."""
    head = text[:SCAN]
    return (*((next(v for v in m.groupdict().values() if v), True)
              for m in _TOPIC_CREATED.finditer(head)),
            *((m.group("t"), False) for m in _TOPIC_LEADERLESS.finditer(head)))


# gunicorn's arbiter: a worker silent past its timeout, then killed; its guess about a SIGKILL
_WORKER_TIMEOUT = re.compile(r"\bWORKER TIMEOUT \(pid:(?P<pid>\d+)\)")
_WORKER_KILLED = re.compile(r"\bWorker \(pid:(?P<pid>\d+)\) was sent SIGKILL")
KILL_AFTER_TIMEOUT_NS = 30 * 10**9  # the arbiter kills a timed-out worker within seconds


def killed_for_timeout(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of the lines saying a worker was killed (gunicorn's "Worker (pid:58) was sent
    SIGKILL! Perhaps out of memory?") whose pid the same workload reported timed out just
    before ("WORKER TIMEOUT (pid:58)"): the arbiter killed it for the timeout, so the guess
    about memory is no OOM kill."""
    timed_out: dict[tuple[str, str], list[int]] = {}  # (workload, pid) -> when
    for line in lines:
        m = _WORKER_TIMEOUT.search(line.message)
        if m:
            timed_out.setdefault((line.workload, m.group("pid")), []).extend(line.times)
    out: set[int] = set()
    for line in lines:
        m = _WORKER_KILLED.search(line.message) if timed_out else None
        if m and all(any(0 <= ts - t <= KILL_AFTER_TIMEOUT_NS
                         for t in timed_out.get((line.workload, m.group("pid")), ()))
                     for ts in line.times):
            out.add(line.index)
    return out


def new_topic_waits(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of the lines that report topics without a leader yet, every copy of them
    within a minute after a line reported each of those topics created."""
    created: dict[str, int] = {}  # topic -> when a line first reported it created
    for line in lines:
        for topic, made in line.topics:
            if made:
                created.setdefault(topic, line.ts)
    out = set()
    for line in lines:
        waits = [topic for topic, made in line.topics if not made]
        if waits and all(t in created and all(0 <= ts - created[t] <= NEW_TOPIC_GRACE_NS
                                              for ts in line.times) for t in waits):
            out.add(line.index)
    return out


# a call to the pod's own loopback: another container of the same pod (a mesh sidecar's
# readiness port, a local proxy), "Failed to connect to localhost port 15021", "dial tcp
# 127.0.0.1:15000: connect: connection refused"
_LOOPBACK = re.compile(r"(?<![\w.\-])(?:localhost|127\.0\.0\.1|\[::1\])"
                       r"(?::\d{2,5}\b| port \d{2,5}\b)", re.IGNORECASE)


def sibling_waits(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of a pod's failed calls to its own loopback (another container of the pod not
    listening yet: an app polling its Istio sidecar's readiness port as both start) after
    whose last copy, within ``RETRY_WINDOW_NS``, the same pod goes on with a line below
    warning level that reports no trouble: start-up ordering, not an incident."""
    fine = _untroubled_times(lines)
    return {line.index for line in lines
            if line.pod and not line.is_event and _troubled(line)
            and _LOOPBACK.search(line.message[:SCAN])
            and _soon_after(line.last_ts, fine.get(line.pod, ()))}


def mistyped_logins(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of refused logins (one line each) that a later line reports accepted for the
    same user: someone mistyped a password and then logged in."""
    accepted: dict[str, int] = {}  # user -> last accepted login
    for line in lines:
        if line.login and line.login[1]:
            accepted[line.login[0]] = max(accepted.get(line.login[0], 0), line.ts)
    return {line.index for line in lines
            if line.login and not line.login[1] and line.count == 1
            and accepted.get(line.login[0], 0) > line.ts}


def retried_ok(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of the lines (one line each, not collapsed copies) whose operation a later
    line of the same workload reports done."""
    done: dict[tuple[str, str], int] = {}  # (workload, operation) -> last success
    for line in lines:
        if line.operation and line.done:
            key = (line.workload, line.operation)
            done[key] = max(done.get(key, 0), line.ts)
    return {line.index for line in lines
            if line.operation and not line.done and line.count == 1
            and done.get((line.workload, line.operation), 0) > line.ts}


def retried_on_attempt(lines: Sequence[LineSignals]) -> dict[int, int]:
    """``{line index: copies retried}``: failure lines (at warning level or above, or at none
    written; not events) whose copies a later line of the same workload reports succeeded on
    a later attempt within ``RETRY_WINDOW_NS``. Each success (each copy of a collapsed one)
    stands for the latest failure before it that no success answered yet, and the lines
    written about that failure just before it (``ONE_FAILURE_NS``)."""
    moments: list[tuple[int, int, LineSignals]] = []  # (time, 1 success / 0 failure, line)
    for line in lines:
        if line.retried_at:
            moments += [(ts, 1, line) for ts in line.retried_at]
        elif not line.is_event and line.level not in _NOT_FAILING and _troubled(line):
            moments += [(ts, 0, line) for ts in line.times]
    pending: dict[str, list[tuple[int, int]]] = {}  # workload -> unanswered (time, index)
    out: dict[int, int] = {}
    for ts, success, line in sorted(moments, key=lambda m: (m[0], m[1])):
        waiting = pending.setdefault(line.workload, [])
        if not success:
            waiting.append((ts, line.index))
            continue
        if waiting and ts - waiting[-1][0] > RETRY_WINDOW_NS:
            waiting.clear()  # the latest is over a minute old: all the others are older
        if waiting:
            latest = waiting[-1][0]
            # the latest failure and the lines other layers wrote about it in the same
            # instant (Hibernate's SQL error and the aspect's "rolled back, retry 1/3")
            while waiting and latest - waiting[-1][0] <= ONE_FAILURE_NS:
                index = waiting.pop()[1]
                out[index] = out.get(index, 0) + 1
    return out


RETRY_ANSWER_NS = 5 * 10**9  # an announced retry answered this soon is that retry's answer


def retried_in_place(lines: Sequence[LineSignals]) -> dict[int, int]:
    """``{line index: copies retried}``: failures (a proxy's 504 in the pod's own access log,
    the app's "credit check failed") that their pod announced it retries within a second
    ("..., retrying", "will retry") and whose retry the same pod's log then shows answered
    2xx within ``RETRY_ANSWER_NS`` (the sidecar's next request logged 200). A 2xx with no
    retry announced before it is another request, not this one's retry."""
    announced: dict[str, list[int]] = {}
    answered: dict[str, list[int]] = {}
    for line in lines:
        if line.pod is None or line.is_event:
            continue
        if _RETRYING.search(line.message[:SCAN]):
            announced.setdefault(line.pod, []).extend(line.times)
        if line.status is not None and 200 <= line.status < 300:
            answered.setdefault(line.pod, []).extend(line.times)
    out: dict[int, int] = {}
    for line in lines:
        if (line.pod not in announced or line.is_event or line.level in _NOT_FAILING
                or not _troubled(line)):
            continue
        said = announced[line.pod]
        ok = answered.get(line.pod, [])
        n = sum(1 for t in line.times
                if any(t <= a <= t + 10**9 and any(a < s <= a + RETRY_ANSWER_NS for s in ok)
                       for a in said))
        if n:
            out[line.index] = n
    return out


def _troubled(line: LineSignals) -> bool:
    """Whether the line reports a failure: a hit neither benign nor of no category."""
    return any(h.sig.role != "benign" and h.sig.category != "none" for h in line.hits)


def _untroubled(line: LineSignals) -> bool:
    """Whether the line is a pod's own (not an event), below warning level, and reports no
    failure."""
    return (bool(line.pod) and not line.is_event and line.level in _NOT_FAILING
            and not _troubled(line))


def _untroubled_times(lines: Sequence[LineSignals]) -> dict[str | None, list[int]]:
    """``{pod: times of its untroubled lines}`` (``_untroubled``)."""
    fine: dict[str | None, list[int]] = {}
    for line in lines:
        if _untroubled(line):
            fine.setdefault(line.pod, []).append(line.ts)
    return fine


def _failed_call(line: LineSignals) -> bool:
    """Whether the line is one failed call of a pod: one line (no collapsed copies), not an
    event, with a cause signature."""
    return (bool(line.pod) and line.count == 1 and not line.is_event
            and any(h.sig.role == "cause" for h in line.hits))


def _soon_after(ts: int, times: Sequence[int]) -> bool:
    """Whether one of ``times`` comes after ``ts`` within ``RETRY_WINDOW_NS``."""
    return any(0 < t - ts <= RETRY_WINDOW_NS for t in times)


def reached_later(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of failed calls (``_failed_call``) after which, within ``RETRY_WINDOW_NS``,
    the same pod writes a line below warning level that names the same dependency in its own
    words (not a product word alone: Kafka's "Cluster ID: ..." says nothing of which broker
    answered) and reports no trouble: the call got through after all (a Kafka consumer's
    "Connection to node -1 ... could not be established" as it starts, then "Discovered group
    coordinator kafka-0...")."""
    fine: dict[tuple[str | None, str], list[int]] = {}  # (pod, callee) -> untroubled lines' ts
    for line in lines:
        if line.callee and line.callee_said and not line.worded and _untroubled(line):
            fine.setdefault((line.pod, line.callee), []).append(line.ts)
    return {line.index for line in lines
            if line.callee and _failed_call(line)
            and _soon_after(line.ts, fine.get((line.pod, line.callee), ()))}


_RETRYING = re.compile(r"\bretrying\b|\bwill retry\b|\bretry(?:ing)? (?:in|after) \d",
                       re.IGNORECASE)


def went_on_after_retry(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of failed calls (``_failed_call``) that say they are being retried (urllib3's
    "Retrying (Retry(total=4, ...)) after connection broken by 'ReadTimeoutError(...)'",
    "will retry in 2s") after which, within ``RETRY_WINDOW_NS``, the same pod goes on with a
    line below warning level that reports no trouble: the retry went through. (A failure
    after it is a cause line of its own.)"""
    fine = _untroubled_times(lines)
    return {line.index for line in lines
            if _failed_call(line) and _RETRYING.search(line.message[:SCAN])
            and _soon_after(line.ts, fine.get(line.pod, ()))}


# an orchestrator's verdict on a task attempt (Airflow's "Marking task as UP_FOR_RETRY.
# dag_id=payouts, task_id=fetch_statements, run_id=..."), and on the task at last ("Marking
# task as SUCCESS. dag_id=payouts, task_id=fetch_statements, ...")
_TASK_MARK = re.compile(r"\bMarking task as (?P<s>UP_FOR_RETRY|SUCCESS|FAILED)\b\W{0,3}"
                        r"dag_id=(?P<d>[\w.\-]+),\s*task_id=(?P<t>[\w.\-]+)"
                        r"(?:,\s*run_id=(?P<r>[^\s,]+))?")
# Dagster's log line: "<time> - dagster - <LEVEL> - <job> - <run id> - <pid> - <step> -
# [<EVENT> - ]<message>", from the run worker (its events on the step) and from the step's
# own pod (its messages)
_DAGSTER = re.compile(r" - dagster - [A-Z]+ - (?P<d>[\w.\-]+) - "
                      r"(?P<r>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}) - \d+ - "
                      r"(?P<t>[\w.\-\[\]]+) - (?:(?P<s>STEP_[A-Z_]+) - )?")
_DAGSTER_MARKS = {"STEP_UP_FOR_RETRY": "UP_FOR_RETRY", "STEP_SUCCESS": "SUCCESS",
                  "STEP_FAILURE": "FAILED"}


def task_mark(text: str) -> tuple[str, str, str, str] | None:
    """``(state, dag, task, run)`` when the line is an orchestrator's mark on a task (run
    ``""`` when not given); state ``""`` for a line that only names the task (a Dagster
    step's own message, or an event that is no verdict such as ``STEP_START``)."""
    m = _TASK_MARK.search(text[:SCAN])
    if m:
        return m.group("s"), m.group("d"), m.group("t"), m.group("r") or ""
    m = _DAGSTER.search(text[:SCAN])
    if m:
        return _DAGSTER_MARKS.get(m.group("s") or "", ""), m.group("d"), m.group("t"), m.group("r")
    return None


#: Dagster's pods, named for a run's id or a hash of a step ("dagster-run-<run id>-shhf4",
#: "dagster-step-4b6196014f9a2ab7c92fba00e74fbe3c-h9vml"), as their workloads read
_DAGSTER_POD = re.compile(r"^dagster-(?P<k>run|step)-[0-9a-f][0-9a-f-]{31,35}$")


def dagster_names(texts: Sequence[str], who: Sequence[str]) -> list[str]:
    """``who`` (each line's workload) with Dagster's run and step pods named as an operator
    knows them: a step's pod by the step its lines name, a run's pod by its job."""
    names: dict[str, str] = {}
    for text, workload in zip(texts, who, strict=True):
        pod = _DAGSTER_POD.match(workload)
        if pod is None or workload in names:
            continue
        m = _DAGSTER.search(text[:SCAN])
        if m and (m.group("t") != "-" or pod.group("k") == "run"):
            names[workload] = m.group("t") if pod.group("k") == "step" else m.group("d")
    return [names.get(w, w) for w in who]


def rerun_tasks(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of the lines (at warning level or above, or at none written; not events) that
    a pod wrote within ``RETRY_WINDOW_NS`` before it marked a task's attempt up for retry,
    when the last later mark of the same task (its DAG, and run when given) is a success:
    the attempt failed, the orchestrator's retry policy ran the task again, and it
    succeeded. (Airflow's failure lines name no task; its marks do.) So are the lines of a
    workload whose own lines name the task without marking it (Dagster's step pod, and the
    kernel's kill of its process) in that minute."""
    marks: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    ran: dict[tuple[str, str, str], set[str]] = {}  # workloads whose lines name the task
    retries: list[tuple[tuple[str, str, str], int, str]] = []  # (task, when, pod)
    for line in lines:
        if line.task_mark is None:
            continue
        state, dag, task, run = line.task_mark
        key = (dag, task, run)
        if not state:
            ran.setdefault(key, set()).add(line.workload)
            continue
        marks.setdefault(key, []).append((line.ts, state))
        if state == "UP_FOR_RETRY":
            retries.append((key, line.ts, line.pod or line.workload))
    out: set[int] = set()
    for key, when, pod in retries:
        after = sorted(mark for mark in marks[key] if mark[0] > when)
        if not after or after[-1][1] != "SUCCESS":
            continue  # not run again, or run again and failed for good
        steps = ran.get(key, set())
        out |= {line.index for line in lines
                if ((line.pod or line.workload) == pod or line.workload in steps)
                and not line.is_event
                and line.level not in _NOT_FAILING and 0 <= when - line.ts <= RETRY_WINDOW_NS}
    return out


# Celery's pool losing a child process ("Process 'ForkPoolWorker-3' pid:690 exited with
# 'signal 9 (SIGKILL)'", "Task handler raised error: WorkerLostError('Worker exited
# prematurely: ...')"), and a task it received ("Task exams.render[<uuid>] received")
_POOL_CHILD_LOST = re.compile(
    r"\bProcess '\w*PoolWorker-\d+' pid:(?P<pid>\d+) exited with '(?:signal|exitcode)"
    r"|\bWorkerLostError\b")
#: how long before its "Killed process" line the kernel's report of an OOM kill begins
_REPORT_NS = 1_000_000_000
_RECEIVED = re.compile(rf"\bTask [\w.:\-]+\[(?P<t>{_UUID})\] received\b")


def pool_news(text: str) -> tuple[str, str] | None:
    """``("received", task id)`` when the line is a Celery worker's receipt of a task,
    ``("lost", pid)`` when it reports a pool process lost (pid ``""`` when not given)."""
    head = text[:SCAN]
    if (m := _RECEIVED.search(head)) is not None:
        return "received", m.group("t")
    if (m := _POOL_CHILD_LOST.search(head)) is not None:
        return "lost", m.group("pid") or ""
    return None


def redelivered_tasks(lines: Sequence[LineSignals]) -> set[int]:
    """Indices of a Celery worker's lines about losing a pool process (and of the kernel's
    kill of that process, just before) when every task the worker had received and not
    finished by then succeeded afterwards, in that worker or another of its workload: the
    broker redelivered the lost task (late acknowledgement, to whichever worker took it)
    and the work got done; the tasks of the other pool processes went on. A task that is
    not redelivered fails with the WorkerLostError, and its loss stays a failure."""
    received: dict[str, list[tuple[int, str]]] = {}  # pod -> (time, task)
    done: dict[tuple[str, str], list[int]] = {}  # (workload, task) -> successes
    for line in lines:
        pod = line.pod or line.workload
        if line.done and line.operation:
            tasks = line.operations or {line.operation}
            # collapsed copies of several tasks: which copy is whose is not known
            times = line.times if len(tasks) == 1 else (line.ts,)
            for task in tasks:
                done.setdefault((line.workload, task), []).extend(times)
        elif line.pool_news is not None and line.pool_news[0] == "received":
            # a receipt's copies collapsed into one line: each copy is a receipt of it
            task = line.pool_news[1]
            received.setdefault(pod, []).extend((ts, task) for ts in line.times)
    out: set[int] = set()
    pids: dict[str, int] = {}  # a lost process -> when
    for line in lines:
        pod = line.pod or line.workload
        if (line.pool_news is None or line.pool_news[0] != "lost" or line.is_event
                or line.level in _NOT_FAILING or pod not in received):
            continue
        when = line.ts
        ran = {task: done.get((line.workload, task), ()) for ts, task in received[pod]
               if ts < when}
        running = {task for task, ends in ran.items() if not any(t < when for t in ends)}
        if running and all(any(t > when for t in ran[task]) for task in running):
            out.add(line.index)
            if line.pool_news[1]:
                pids[line.pool_news[1]] = when
    kills = [line for line in lines if line.killed in pids
             and 0 <= pids[line.killed] - line.ts <= RETRY_WINDOW_NS]
    out |= {line.index for line in kills}
    # the rest of the kernel's report of each kill, written on its host with it
    # ("celery invoked oom-killer", "memory: usage 1572864kB, limit 1572864kB")
    out |= {line.index for line in lines for kill in kills
            if line.node == kill.node and not line.pod
            and 0 <= kill.ts - line.ts <= _REPORT_NS}
    return out


_QTYPE = r"(?:A|AAAA|CNAME|SRV|MX|TXT|PTR|NS|SOA)"
#: CoreDNS's query log (its ``log`` plugin) answering a name:
#: ``"A IN maps.example.com. udp 59 false 512" NOERROR qr,rd,ra 218 0.002610s``
_ANSWERED = re.compile(rf'"{_QTYPE} IN (\S+?)\.? (?:udp|tcp) \d+ (?:true|false) \d+" NOERROR\b')
#: a name that did not resolve: CoreDNS's ``plugin/errors: 2 maps.example.com. A: ...``, a
#: client's ``lookup maps.example.com on 10.96.0.10:53: ...``
_UNRESOLVED = re.compile(
    rf"\bplugin/errors: \d+ (\S+?)\.? {_QTYPE}:|\blookup (\S+?)\.? on \S+:53\b")


def lookup(text: str) -> tuple[str, bool] | None:
    """``(name, True)`` when the line is a resolver's query log answering a DNS name,
    ``(name, False)`` when it reports that name not resolved (whether that is a failure,
    its signatures say: ``resolved_again``)."""
    head = text[:SCAN]
    if (m := _ANSWERED.search(head)) is not None:
        return m.group(1).lower(), True
    if (m := _UNRESOLVED.search(head)) is not None:
        return (m.group(1) or m.group(2)).lower(), False
    return None


def resolved_again(lines: Sequence[LineSignals]) -> dict[str, int]:
    """``{resolver workload: time}``: the last time a resolver's query log answered a name
    that an earlier line, with a failure signature, said did not resolve. Its upstream
    answers that name again: the failures were intermittent."""
    failed: set[str] = set()
    out: dict[str, int] = {}
    for line in sorted(lines, key=lambda ln: ln.ts):
        if line.lookup is None:
            continue
        name, answered = line.lookup
        if answered and name in failed:
            out[line.workload] = max(out.get(line.workload, 0), line.last_ts)
        elif not answered and _troubled(line):
            failed.add(name)
    return out


def explained_symptoms(lines: Sequence[LineSignals]) -> dict[int, set[str]]:
    """``{line index: signature ids}``: the symptom hits of lines whose every operation (one
    per collapsed copy) an earlier or simultaneous line names together with a cause of
    another category. The request failed for that cause; its outcome line adds nothing."""
    causes: dict[str, tuple[int, set[str]]] = {}  # operation -> (first ts, cause categories)
    for line in lines:
        cats = {h.sig.category for h in line.hits
                if h.sig.role == "cause" and h.sig.category != "none"}
        for op in line.operations if cats else ():
            ts, known = causes.get(op, (line.ts, set()))
            causes[op] = (min(ts, line.ts), known | cats)
    out: dict[int, set[str]] = {}
    for line in lines:
        found = [causes.get(op) for op in line.operations]
        if not found or any(c is None or c[0] > line.ts for c in found):
            continue
        cats = set.intersection(*(c[1] for c in found if c is not None))
        drop = {h.sig.id for h in line.hits
                if h.sig.role == "symptom" and h.sig.category not in cats}
        if drop:
            out[line.index] = drop
    return out
