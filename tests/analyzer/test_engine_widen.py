"""Reading the wider cluster when the scope's errors go unexplained (``analyzer.engine.widen``):
hand-written windows, replayed and diagnosed as the analyzer does it."""

from __future__ import annotations

from typing import Any

import pytest

from analyzer.engine.diagnose import diagnose
from analyzer.engine.replay import Replayed, replay, scope_hint
from analyzer.engine.widen import replay_diagnosed, unexplained_errors, wider_verdict_holds

NOTEBOOK = {"namespace": "jhub", "pod": "jupyter-amelie", "container": "notebook",
            "node": "user-pool-1"}
WORKER = {"namespace": "dask", "pod": "dask-worker-7f9c-2w6d5", "container": "dask-worker",
          "node": "highmem-7"}
KERNEL = {"job": "systemd-journal", "transport": "kernel", "node": "highmem-7"}
KILLED = ("2026-03-11 09:13:15,679 - distributed.client - ERROR - Compute failed: "
          "distributed.scheduler.KilledWorker: Attempted to run task ('shuffle-17', 3) on 4 "
          "different workers, but all those workers died while running it.")


def _log(second: int, labels: dict[str, str], line: str) -> dict[str, Any]:
    return {"ts": f"2026-03-11T09:12:{second:02d}Z", "labels": labels, "line": line}


def _window(kill_at: int) -> list[dict[str, Any]]:
    """A notebook whose Dask computation fails while the kernel kills the workers (another
    namespace, another node) from second ``kill_at`` on."""
    logs = [_log(0, NOTEBOOK, "[I 2026-03-11 09:12:00.210 ServerApp] Kernel started"),
            _log(2, WORKER, "distributed.worker - INFO - Start worker at tcp://10.48.3.46:41004"),
            _log(5, NOTEBOOK, "[I 2026-03-11 09:12:05.633 ServerApp] Saving file at "
                              "/projects/feature-agg.ipynb"),
            _log(30, NOTEBOOK, KILLED),
            _log(40, NOTEBOOK, "[I 2026-03-11 09:12:40.001 ServerApp] Saving file at "
                               "/projects/feature-agg.ipynb")]
    for k in range(3):
        at = kill_at + 4 * k
        logs += [_log(at, KERNEL, "python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), "
                                  "order=0, oom_score_adj=936"),
                 _log(at + 1, KERNEL, f"Memory cgroup out of memory: Killed process {5450 + k} "
                                      "(python) total-vm:10160187kB, anon-rss:8360187kB")]
    return sorted(logs, key=lambda log: log["ts"])


@pytest.fixture
def judge(kb, line_classifier):
    def run(rep: Replayed):
        return diagnose(rep.packed, kb=kb, classifier=line_classifier,
                        scope_hint=scope_hint(rep.selector))
    return run


def test_an_error_nothing_in_scope_explains_is_read_against_the_wider_cluster(judge):
    logs = _window(kill_at=10)
    scope = {"namespace": "jhub", "pod": "jupyter-amelie"}
    first = replay(logs, scope)
    verdict = judge(first)
    assert verdict.extraction.root_cause_category == "none"  # the scope alone: no cause
    assert unexplained_errors(verdict, first.packed) is not None
    rep, diag, widened = replay_diagnosed(logs, scope, diagnose=judge)
    assert widened
    assert diag.extraction.root_cause_category == "oom_killed"
    assert diag.extraction.severity == "CRITICAL"
    assert {r.labels.get("node") for r in rep.fetched} >= {"highmem-7"}
    cited = {rep.packed.lines[i].record.line for i in diag.extraction.evidence}
    assert any("Killed process" in line for line in cited)
    # the model's reading (the default line filter) reads no related context, nor wider
    _, filtered, filtered_wide = replay_diagnosed(logs, scope, diagnose=judge,
                                                  line_filter=True)
    assert not filtered_wide


def test_a_failure_elsewhere_that_began_after_the_scopes_errors_did_not_cause_them(judge):
    logs = _window(kill_at=45)  # the kills start 15 s after the notebook's error
    scope = {"namespace": "jhub", "pod": "jupyter-amelie"}
    wide = replay(logs, scope, wider=True)
    wide_verdict = judge(wide)
    assert wide_verdict.extraction.root_cause_category == "oom_killed"  # it is there...
    first = replay(logs, scope)
    until = unexplained_errors(judge(first), first.packed)
    assert until is not None
    assert not wider_verdict_holds(wide_verdict, wide.packed, until)  # ...but came later
    rep, diag, widened = replay_diagnosed(logs, scope, diagnose=judge)
    assert not widened and diag.extraction.root_cause_category == "none"
    assert all(r.labels.get("namespace") == "jhub" for r in rep.fetched)


def test_a_scope_without_errors_is_not_widened_however_the_cluster_fares(judge):
    logs = [log for log in _window(kill_at=10) if "KilledWorker" not in log["line"]]
    scope = {"namespace": "jhub", "pod": "jupyter-amelie"}
    first = replay(logs, scope)
    verdict = judge(first)
    assert verdict.extraction.root_cause_category == "none"
    assert unexplained_errors(verdict, first.packed) is None
    _, diag, widened = replay_diagnosed(logs, scope, diagnose=judge)
    assert not widened and diag.extraction.root_cause_category == "none"


def test_a_verdict_that_names_a_cause_is_never_widened(judge):
    logs = _window(kill_at=10)
    scope = {"namespace": "dask"}  # the workers' own namespace: their node's kills come in
    first = replay(logs, scope)
    verdict = judge(first)
    assert verdict.extraction.root_cause_category == "oom_killed"
    assert unexplained_errors(verdict, first.packed) is None


DASHBOARD = {"namespace": "spd", "app": "spd-dashboard", "pod": "spd-dashboard-vt9tj95bpl-8zq8m",
             "container": "spd-dashboard", "node": "spd-node-1"}
EVENTS = {"namespace": "spd", "job": "kube-events"}
FEED = "or-schedule-feed-vpjj9gfxxr-c49r7"


def _refused(dials: str = "") -> list[dict[str, Any]]:
    """A dashboard refused by a service it does not name, while the kubelet kills that
    service's pod for failing its liveness probe (events of another object: out of scope)."""
    logs = [_log(at, DASHBOARD, f"2026-04-09 13:41:{at:02d}.077 ERROR [qtp1846274136-33] "
                                "spd.dashboard.or - OR case list fetch failed {:status nil}")
            for at in (4, 36)]
    logs.append(_log(4, DASHBOARD, f"java.net.ConnectException: Connection refused{dials}"))
    for at in (13, 22, 51):
        logs.append(_log(at, EVENTS, f"type=Warning reason=Unhealthy kind=Pod name={FEED} "
                                     'sourcecomponent=kubelet msg="Liveness probe failed: Get '
                                     '\\"http://10.42.2.135:8080/healthz\\": context deadline '
                                     'exceeded (Client.Timeout exceeded while awaiting headers)"'))
    for at in (23, 54):
        logs.append(_log(at, EVENTS, f"type=Normal reason=Killing kind=Pod name={FEED} "
                                     'sourcecomponent=kubelet msg="Container or-schedule-feed '
                                     'failed liveness probe, will be restarted"'))
    logs.append(_log(58, EVENTS, f"type=Warning reason=BackOff kind=Pod name={FEED} "
                                 'sourcecomponent=kubelet msg="Back-off restarting failed '
                                 f'container or-schedule-feed in pod {FEED}_spd"'))
    return sorted(logs, key=lambda log: log["ts"])


def test_a_refusal_whose_caller_names_no_server_is_read_against_the_wider_cluster(judge):
    """A caller's "Connection refused" that names nothing it dialled blames the caller for
    some server's trouble: the analysis reads wider and finds the server failing its probes.
    A refusal that names the server it dialled brings that server's events in scope: no
    need to read wider."""
    scope = {"namespace": "spd", "app": "spd-dashboard"}
    first = replay(_refused(), scope)
    verdict = judge(first)
    assert (verdict.extraction.root_cause_category, verdict.extraction.component) == (
        "connection_refused", "spd-dashboard")
    assert unexplained_errors(verdict, first.packed) is not None
    _, diag, widened = replay_diagnosed(_refused(), scope, diagnose=judge)
    assert widened
    assert (diag.extraction.root_cause_category, diag.extraction.component) == (
        "probe_failure", "or-schedule-feed")
    named = _refused(" (or-schedule-feed.spd.svc.cluster.local:8080)")
    first = replay(named, scope)
    verdict = judge(first)
    assert verdict.extraction.component == "or-schedule-feed"
    assert unexplained_errors(verdict, first.packed) is None
