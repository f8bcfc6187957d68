"""Incident reasoning across lines: from per-line signals to ranked (category, component)
candidates, each with a severity and the lines that decided it.

- Every line votes for categories with the weights of the signatures it matches (symptoms
  weigh less by their own weights) plus the classifier's probabilities for lines that look
  like trouble (a signature, a warning level or worse, or no level but a word of trouble:
  ``TROUBLE_WORDS``; an init container's "Checking database connection" is none). A benign
  look-alike (``error_count=0``, "retry succeeded", deprecations) silences the line unless a
  cause signature outweighs it. A signature marked ``exclusive`` is what the line reports (a
  kubelet probe report): the causes the line quotes as detail (the probe's "connection
  refused") do not vote.
- The component of a vote is the line's workload, except where blame shifts: categories
  marked ``blame: callee`` (refused, timeout, database) and signatures marked ``component:
  target`` in any category (a client told that Elasticsearch's disk is full) credit the
  dependency the line names (a present workload when one matches, else the bare name); node
  failures credit the node;
  a signature's ``client`` group that names a present workload (the user a database
  rejected) credits that workload; a database's refusal of a login that names no workload,
  when one client reports that refusal at the same moment, goes behind that client.
- A candidate's score is its line votes with diminishing returns (the same cause repeated
  adds less each time), raised by the category's precedence; the candidate whose first cause
  line is the earliest gets a bonus when it is within reach of the best: the earliest cause
  in a chain wins over later symptoms (a volume the kubelet could not mount dates from when
  its pod was placed: its FailedMount event comes minutes later; a cause a recovery signal
  ended before another cause began, such as a rebooted node Ready again before a workload
  crashes on its own config, gets no bonus). When callers are refused by a dependency that
  shows a failure of its own (OOMKilled, crashing, misconfigured), that failure goes first;
  when its own lines are only failing probes, its callers' refusals are the incident. A
  probe failing on a workload whose own failure of another kind (ERROR or worse) came first
  and is within reach is that failure's echo: the failure goes first (a server that could
  not build its datasource at start, then fails its readiness probe). A schema migration's
  runner that says the migration failed goes before the database errors beside it (the
  statements the database rejects, the relations its callers miss). A program failing on
  one plain host (no pod) that callers on other machines name by that host is named by the
  host.
- A request's outcome (its 500 in an access or query-stats line) adds no vote of its own when
  an earlier line of the same request (trace or request id) gave a cause of another category
  (``retries.explained_symptoms``): the request failed for that cause.
- Routine look-alikes are dropped before voting: a hit its signature expects while a
  container starts (``startup_grace``: a readiness probe failing in the first seconds after
  ``Started container``, or after its own pod was placed on a node (``Scheduled``), on a
  workload that never restarts, every collapsed copy of the line within that grace of a
  start: the whole line is start-up noise, ``connection refused``
  included); what a pod logs itself in the minute after it was told to stop (``Stopping
  container``, SIGTERM, a graceful shutdown), and the probe failures the kubelet reports
  about it meanwhile, on a workload that never restarts (the shutdown grace: its sidecar's
  probes of the app that already exited are refused), unless the pod answers clients with
  5xx meanwhile (its sidecar went first: the requests in flight fail, which is the
  incident), and not once it started again (a StatefulSet's pod back under its old name);
  a replacement pod's
  FailedScheduling while pods of its workload are being stopped (a drain, an upgrade, a
  consolidation) when a pod of it is placed within ``reschedule_grace``; a node failure
  reported by a node that was cordoned before (``cordon`` signal: it is going away as
  planned); a refused password login that a later line reports accepted for the same user
  (a typo: ``retries.mistyped_logins``); callers refused by the members of a clustered
  server one at a time, two or more in turn (a rolling restart the others absorbed:
  ``maintenance.rolled_members``); a Kafka client told a topic has no leader within
  a minute after it was created (``retries.new_topic_waits``); a pod's refused call to its
  own loopback before it goes on (a container waiting for its sidecar:
  ``retries.sibling_waits``); a worker's kill that its
  arbiter guesses was for memory right after it reported the worker timed out
  (``retries.killed_for_timeout``: its out-of-memory hits); and a hit its signature
  calls ``sporadic`` (a
  401 answered to under half of a workload's HTTP requests is a client's problem, not an
  incident); and the hits of a signature that counts only ``at_scale``, when the window
  holds fewer of its records (one duplicate key refused is the database doing its job;
  constraint violations by the thousand are a database problem); and the one record in
  the window of a signature that calls a ``lone_warning`` routine, when it is a warning
  (a user's session token that expired, once; memory warned high once), unless it is a
  symptom that a later line of its workload reports the cause of (the kill after it);
  and a failure that its writer logged once in the window, and at debug level (Prometheus's
  "Scrape failed" of a pod a rollout just replaced): more of them are trouble.
- Severity: the decisive lines' signature severities (lines only the classifier voted for
  count when no signature spoke), read against the level the line was written at (a warning
  stays WARN; an error-level line makes a signature's ERROR, not its WARN: a readiness
  failure logged as an error is still a degraded pod, unless the signature
  ``follows_level``: a throttled call logged as an error failed); repeated restarts or OOM
  kills of the component (a host's kills of it count too) escalate to CRITICAL unless pods
  of another ReplicaSet of it keep serving and fail nothing themselves (a stuck rollout:
  ERROR) (restarts are counted once: the most lines of one restart signal or the highest
  running count of its event, not the sum over the signals and repeats that report the same
  restarts); a container killed for memory twice (``oom_loop``) that the kubelet now backs
  off restarting is an OOM loop (CRITICAL); so is a service (a Deployment's or a
  StatefulSet's pods, not a CI agent's or a Spark executor's) whose pods the kubelet evicted
  ``eviction_loop`` times; so is a workload every running pod of which was told to stop (a
  drain) while each replacement failed to come up on its own failure (a pull, a mount):
  none of it runs (a CronJob's next run is no replacement of the run stopped before it);
  a data store's failing disk (``data_store`` by name) is CRITICAL:
  its data is at risk; a failing disk under a replicated volume that its storage system then
  reports degraded (Longhorn: a replica failed, rebuilt elsewhere), no volume faulted, is
  WARN: the other replicas serve; a dependency unreachable or timing out, or a capacity exhausted
  (``persistent_categories``) that is only warned about, but at least 3 times over 2 minutes
  or more, is ERROR: retried for minutes is not transient (a timeout only when the warning
  says the operation failed: a call warned "slow" is degraded), and one of those that
  recurred and then stopped while its writers went on recovered (``_went_quiet``); a
  component only warned about whose callers' lines naming it fail after it began (a cause
  signature of ERROR on an event or an error-level line: pods that cannot pull through a
  throttled registry proxy; or a line written at error level that no benign signature
  explains) is ERROR: they feel it; so is a throttled one
  (``given_up_categories``) whose own error-level lines then report its work given up (a
  notice dead-lettered after its retries); a recovery of the component after its last cause
  line (its last line when only symptoms voted for it; the last collapsed copy counts; a
  recovery signal may end only some categories: a pod scheduled ends ``scheduling`` and an
  eviction; a dependency that callers' access logs show answering successfully at least
  twice after that has recovered too (a proxy's access log naming no upstream speaks for
  the upstreams its own error lines blamed, once it answers again, a request that had
  failed among the answers), and so has a resolver whose query log then answers a
  name it failed to resolve: ``resolved_again``), a mitigation under way anywhere in the
  window (an autoscaler scale-up for a Pending pod), or nearly every failure its cause lines report
  (``retried_share`` of them, copy by copy; only its callers' lines when they report them: a
  database's own "deadlock detected" is the same failure seen from its side) retried and then
  done brings it down to WARN (a later line of the same workload reports the same job or
  request id done, or, naming none, a success on a later attempt within a minute of the
  failure: ``retries``; a provider of a function, NodeLocal DNSCache timing out upstream,
  whose clients each report such a success after its last failure). A component killed
  once, for memory or by its probe (``restart_recovers``), that started again after the
  cause's last line, or whose process then said it was up and serving (a ``ready`` signal:
  "listening on 0.0.0.0:8080"), recovered (WARN). A node that failed and
  came back ``flapping`` times or more (a NIC link down and up again, three times) is ERROR
  even when it is back at the end: it flaps (``flapping_categories``: one instance; a
  workload's replicas restarted one after the other are no flapping). More pods of a
  workload refused by a ResourceQuota while its own pods go on writing below error level
  after the first refusal is WARN: an autoscaler's scale-up capped, the running replicas
  serve (not when the workload's own error-level lines report its work failed on the quota:
  a CI runner's jobs; nor when the refused pods are a Job's: its work waits on them).
  (``diagnose`` makes an ERROR verdict CRITICAL when the question states that something is
  down, ``reports_outage``, and WARN when it states that the trouble is over,
  ``reports_over``.)
- A container that restarted more than once while no line says why (no candidate reaches
  the incident threshold) is an ``application_error`` of that workload: its own process
  exits.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from retrieval.records import Level

from .knowledge import KnowledgeBase, Signature
from .maintenance import drained_checks, rolled_members
from .owners import data_store, service_of_unit
from .retries import (
    RETRY_WINDOW_NS,
    explained_symptoms,
    killed_for_timeout,
    mistyped_logins,
    new_topic_waits,
    reached_later,
    redelivered_tasks,
    rerun_tasks,
    resolved_again,
    retried_in_place,
    retried_ok,
    retried_on_attempt,
    sibling_waits,
    went_on_after_retry,
)
from .severity import line_severity, serving_workloads, severity_of
from .signals import (
    DOWN_CAUSES,
    HOSTED_CAUSES,
    Candidate,
    Hit,
    LineSignals,
    Params,
    host_workloads,
)

__all__ = ["Candidate", "Hit", "LineSignals", "Params", "infer", "line_votes"]


def _component(hit: Hit, line: LineSignals, kb: KnowledgeBase) -> str:
    rule = hit.sig.component
    if hit.client:  # "password authentication failed for user orders": orders' credentials
        return hit.client
    if rule == "node":
        return line.node or line.workload
    if rule == "self":
        return line.workload
    if rule == "target" or rule.startswith("literal:") or kb.info(hit.sig.category).blame_callee:
        return hit.target or line.callee or line.workload
    return line.workload


def line_votes(line: LineSignals, kb: KnowledgeBase, p: Params
               ) -> dict[tuple[str, str], tuple[float, Hit | None]]:
    """``{(category, component): (vote, decisive hit)}`` of one line."""
    benign = max((h.sig.weight for h in line.hits if h.sig.role == "benign"), default=0.0)
    by_key: dict[tuple[str, str], list[Hit]] = {}
    only = {h.sig.category for h in line.hits if h.sig.exclusive and h.sig.role != "benign"}
    specific = {h.sig.category for h in line.hits
                if h.sig.role == "cause" and not h.sig.yields and h.sig.category != "none"}
    for hit in line.hits:
        if hit.sig.role == "benign" or hit.sig.category == "none":
            continue
        if only and hit.sig.category not in only:
            continue  # detail quoted by the line's own report (a probe's output)
        if hit.sig.yields and specific - {hit.sig.category}:
            continue  # a wrapper (a traceback) of a more specific cause (its TimeoutError)
        by_key.setdefault((hit.sig.category, _component(hit, line, kb)), []).append(hit)
    strongest = max((h.sig.weight for hits in by_key.values() for h in hits), default=0.0)
    if benign and strongest <= benign:
        return {}
    votes: dict[tuple[str, str], tuple[float, Hit | None]] = {}
    for key, hits in by_key.items():
        weights = sorted((h.sig.weight for h in hits), reverse=True)
        best = max(hits, key=lambda h: (h.sig.role == "cause", h.sig.weight))
        votes[key] = (weights[0] + 0.25 * sum(weights[1:]), best)
    suspicious = (line.level >= Level.WARN or by_key
                  or line.level == Level.UNKNOWN and line.worded)
    if line.probs and suspicious and not (benign and not by_key):
        for cat, prob in line.probs.items():
            if cat == "none" or prob < p.classifier_min_p or only and cat not in only:
                continue
            comp = line.node if cat == "node_failure" and line.node else line.workload
            if kb.info(cat).blame_callee and line.callee:
                comp = line.callee
            key = next((k for k in votes if k[0] == cat), (cat, comp))
            vote, decisive = votes.get(key, (0.0, None))
            votes[key] = (vote + p.classifier_weight * prob, decisive)
    gain = 1 + p.count_gain * math.log2(max(line.count, 1))
    return {k: (v * gain, h) for k, (v, h) in votes.items()}


def infer(lines: list[LineSignals], kb: KnowledgeBase, p: Params | None = None
          ) -> list[Candidate]:
    """Ranked candidates, best first (empty when no line votes for anything)."""
    p = p or Params()
    cands: dict[tuple[str, str], Candidate] = {}
    restarts: dict[str, int] = {}
    recoveries: dict[tuple[str, str], int] = {}   # (who, category or "") -> last ts
    recovered_at: dict[tuple[str, str], list[int]] = {}  # ... -> every recovery's time
    starts: dict[str, list[int]] = {}
    pod_starts: dict[str, list[int]] = {}       # pod -> when it started (a StatefulSet's
    #                                             pod comes back under its old name)
    ready: dict[str, list[int]] = {}            # workload -> when its process said it was up
    stops: dict[str, int] = {}                  # pod -> when it was first told to stop
    moved: dict[str, int] = {}                  # workload -> when its pods were first told to
    placed: dict[str, int] = {}                 # stop; when a pod of it was last placed
    cordoned: dict[str, int] = {}               # node -> when it was first taken out of service
    assigned: dict[str, int] = {}               # pod -> when it was first placed on a node
    mitigations: set[tuple[str, str]] = set()   # (who, category or "")
    downs: set[str] = set()                     # workloads with no endpoint (no pod) left
    went_down: dict[str, int] = {}              # ... when a proxy last found it with none
    served: dict[str, list[int]] = {}           # workload -> when a proxy got its answers
    dead: dict[str, set[str]] = {}              # workload -> its pods that say they died
    seen: dict[tuple[str, str], list[int]] = {}   # (who, restart signature) -> lines, count
    looping: dict[str, dict[int, LineSignals]] = {}   # who -> restarts of no category
    completed: dict[str, int] = {}              # Job workload -> when it last completed
    for line in lines:
        for hit in line.hits:
            if hit.sig.id == _JOB_COMPLETED:
                completed[line.workload] = max(completed.get(line.workload, 0), line.last_ts)
            elif hit.sig.signal == "restart":
                tally = seen.setdefault((line.workload, hit.sig.id), [0, 0])
                tally[0] += line.count
                tally[1] = max(tally[1], line.repeats)
                if hit.sig.category == "none":
                    looping.setdefault(line.workload, {})[line.index] = line
            elif hit.sig.signal == "down" and hit.sig.component == "workload":
                dead.setdefault(line.workload, set()).update(line.all_pods or ("",))
            elif hit.sig.signal == "down" and (hit.target or line.callee or line.is_event):
                # an event about its own object: that workload ("deployment/coredns ... 0/2
                # replicas available")
                target = str(hit.target or line.callee or line.workload).lower()
                downs.add(target)
                went_down[target] = max(went_down.get(target, 0), line.last_ts)
            elif hit.sig.signal == "served" and (hit.target or line.callee):
                served.setdefault(str(hit.target or line.callee).lower(), []).extend(line.times)
            elif hit.sig.signal == "start":
                starts.setdefault(line.workload, []).append(line.ts)
                for pod in line.all_pods or ((line.pod,) if line.pod else ()):
                    pod_starts.setdefault(pod, []).append(line.ts)
            elif hit.sig.signal == "ready":
                ready.setdefault(line.workload, []).append(line.last_ts)
            elif hit.sig.signal == "stop":
                moved[line.workload] = min(moved.get(line.workload, line.ts), line.ts)
                for pod in line.all_pods:  # every pod its collapsed copies are about
                    stops[pod] = min(stops.get(pod, line.ts), line.ts)
            elif hit.sig.signal == "cordon":
                if line.node:
                    cordoned[line.node] = min(cordoned.get(line.node, line.ts), line.ts)
            elif hit.sig.signal == "mitigation":
                # (self: the writer's own failure only, not the dependency it names)
                for who in ({line.workload} if hit.sig.component == "self"
                            else {line.workload, line.callee, line.node} - {None}):
                    for cat in hit.sig.recovers or ("",):
                        mitigations.add((str(who), cat))
            elif hit.sig.signal == "recovery":
                # a line below error level that reports a failure and its end ("send failed
                # on eno1 (Network is unreachable) for 3.6s; resumed"): the end comes after
                # the failure (not an error's incidental word: "Recovered from panic")
                ended = line.last_ts + (line.level < Level.ERROR
                                        and any(h.sig.role == "cause" for h in line.hits))
                for who in {line.workload, line.callee, line.node} - {None}:
                    for cat in hit.sig.recovers or ("",):
                        key = (str(who), cat)
                        recoveries[key] = max(recoveries.get(key, 0), ended)
                        recovered_at.setdefault(key, []).extend(line.times)
                if "scheduling" in hit.sig.recovers:
                    placed[line.workload] = max(placed.get(line.workload, 0), line.ts)
                    if line.pod:
                        assigned.setdefault(line.pod, line.ts)
    for who, ts in went_down.items():  # answered through the proxy again: it is back
        back = [t for t in served.get(who, ()) if t > ts]
        if back:
            downs.discard(who)
            recoveries[(who, "")] = max(recoveries.get((who, ""), 0), min(back))
    for (who, _), (n_lines, count) in seen.items():
        restarts[who] = max(restarts.get(who, 0), n_lines, count)
    downs |= {who.lower() for who in _all_dead(lines, dead)}
    downs |= {who.lower() for who in _replaced_by_none(lines, stops)}
    for who, ts in _answered_again(lines, p).items():
        recoveries[(who, "")] = max(recoveries.get((who, ""), 0), ts)
    for who, ts in resolved_again(lines).items():  # a resolver answering a failed name again
        key = (who, "dns_resolution")
        recoveries[key] = max(recoveries.get(key, 0), ts)
        recovered_at.setdefault(key, []).append(ts)
    serving = serving_workloads(lines)
    routine = _routine_hits(lines, restarts, starts, stops, p, moved=moved, placed=placed,
                            cordoned=cordoned, assigned=assigned, pod_starts=pod_starts)
    explained = explained_symptoms(lines)
    for line in lines:
        if line.index in routine:
            drop = routine[line.index]
            # a signature routine here takes the classifier's word for its category along
            gone = {h.sig.category for h in line.hits if h.sig.id in drop}
            line = replace(line, probs={} if "*" in drop else {
                c: v for c, v in line.probs.items() if c not in gone}, hits=[
                h for h in line.hits if h.sig.id not in drop
                and not ("*" in drop and h.sig.role != "benign")])
        if line.index in explained:  # a request's outcome whose cause an earlier line gave
            line = replace(line, hits=[h for h in line.hits
                                       if h.sig.id not in explained[line.index]])
        for key, (vote, decisive) in line_votes(line, kb, p).items():
            cand = cands.setdefault(key, Candidate(*key))
            cand.votes.append((vote, line.index))
            cand.last_vote_ts = max(cand.last_vote_ts or 0, line.last_ts)
            cand.line_severity[line.index] = line_severity(line, decisive)
            if (decisive is not None and decisive.sig.severity in ("ERROR", "CRITICAL")
                    and cand.line_severity[line.index] == "WARN"
                    and (cand.category not in p.failed_only_categories
                         or _FAILED.search(line.message))):
                cand.warned_failures.append((line.ts, line.last_ts, line.count))
            if decisive is not None:
                cand.signature_ids.append(decisive.sig.id)
                cand.signed_lines.add(line.index)
            if decisive is None or decisive.sig.role == "cause":
                cand.cause_lines.append(line.index)
                began = _began(line, decisive, assigned)
                cand.first_ts = began if cand.first_ts is None else min(cand.first_ts, began)
                cand.last_ts = (line.last_ts if cand.last_ts is None
                                else max(cand.last_ts, line.last_ts))
    errors = {ln.index for ln in lines if ln.level in (Level.ERROR, Level.CRITICAL)}
    alive: dict[str, int] = {}  # workload -> the last line its own pods wrote, not an error
    for ln in lines:
        if ln.pod and not ln.is_event and ln.level < Level.ERROR:
            alive[ln.workload] = max(alive.get(ln.workload, 0), ln.last_ts)
    zero, grown, enlarged = _scalings(lines)
    state = _State(restarts, recoveries, mitigations, serving, downs,
                   _scaled_to_zero(zero, grown) | _units_stopped(lines),
                   _rolled_onto_crashes(lines, zero, grown), starts,
                   {**dict.fromkeys(retried_ok(lines), 1), **retried_in_place(lines),
                    **retried_on_attempt(lines)},
                   errors, {ln.index: ln.count for ln in lines},
                   {key: sorted(ts) for key, ts in recovered_at.items()},
                   {ln.index: ln.times for ln in lines}, alive, _failed_callers(lines),
                   _own_failures(lines),
                   {ln.workload for ln in lines if any(h.sig.id == _BACK_OFF for h in ln.hits)},
                   kb.store_words(), {ln.index: ln.workload for ln in lines},
                   _lost_volume_lines(lines), reached_later(lines) | went_on_after_retry(lines),
                   _service_evictions(lines), completed,
                   [((ln.node or ln.workload).lower(), ln.ts) for ln in lines
                    if _VRRP_MASTER.search(ln.message)],
                   rerun_tasks(lines) | redelivered_tasks(lines) | drained_checks(lines),
                   _grown(lines, enlarged), _refused_callers(lines),
                   [ln.ts for ln in lines if any(h.sig.id == _REPLICA_LOST for h in ln.hits)],
                   any(h.sig.id == _ALL_REPLICAS_LOST for ln in lines for h in ln.hits),
                   ready, {ln.index for ln in lines if ln.kind in _BATCH_KINDS})
    for cand in cands.values():
        ordered = sorted((v for v, _ in cand.votes), reverse=True)
        cand.score = sum(v * p.decay ** i for i, v in enumerate(ordered))
        precedence = kb.info(cand.category).precedence
        cand.final = cand.score * (1 + p.precedence_gain * precedence)
        _assess(cand, state, p)
        if _blip(cand, lines, state, p):
            cand.final = min(cand.final, p.incident_threshold * 0.99)
    ranked = sorted(cands.values(), key=lambda c: (-c.final, c.first_ts or 0, c.category))
    _earliest_cause_bonus(ranked, p)
    ranked = sorted(ranked, key=lambda c: (-c.final, c.first_ts or 0, c.category))
    _callee_own_cause(ranked, state.writers, kb, p)
    _refused_login_client(ranked, lines, kb, p)
    _named_wait_first(ranked, lines, p)
    _migration_first(ranked, lines, kb, p)
    _provider_first(ranked, kb, p)
    _zone_behind(ranked, lines)
    _provider_away(ranked, moved, state, kb, p)
    _provider_ridden_out(ranked, lines, kb, p)
    _refused_not_probed(ranked, lines, state.writers, p)
    _probe_echo(ranked, state.writers, p)
    _certificate_refused_by_peers(ranked, lines)
    _trusted_by_others(ranked, lines)
    _clock_wrong(ranked, lines)
    _wrong_name_asked(ranked, lines, p)
    _refused_by_the_emptied(ranked, lines, state)
    _refused_by_the_killed(ranked, lines)
    _refused_by_the_crashing(ranked, lines)
    kills = _workload_over_host(ranked, lines, p)
    if kills is not None:  # the workload's restarts and recovery, not the node's
        _assess(ranked[0], state, p, kills=kills)
    ranked = sorted(ranked, key=lambda c: (-c.final, c.first_ts or 0, c.category))
    if kills is None:
        ranked = _node_agent_crash(ranked, lines)
        _machine_named(ranked, lines)
    _refusing_peers_fail(ranked, lines, p)
    looping = {w: ls for w, ls in looping.items() if state.restarts.get(w, 0) >= 2}
    if looping and (not ranked or ranked[0].final < p.incident_threshold):
        ranked.insert(0, _unexplained_loop(looping, state, p))
    return ranked


def _blip(cand: Candidate, lines: list[LineSignals], state: _State, p: Params) -> bool:
    """One failure, once (one line, a count of 1), and over: not an incident. A probe that
    missed once, of a workload whose pods went on writing below error level after it and did
    not start again; a failure of its component that a recovery signal then says is over
    within ``blip_seconds`` of its start (an ACME challenge's propagation check that failed
    once, then the domain authorized), unless a pod of it was evicted for it (that pod was
    lost: WARN) or it is a node's (a node that went down even once is reported; a NIC's link
    that dropped once and came back is not the node going down) or a resource's exhaustion
    (a pool full and rejecting work, then freed: a state that lasted between its two lines,
    not one failed operation); or a warning (a level the line gives below error, or none
    given) about a failed call that the caller retried and then reports done ("produce
    retry" on NOT_LEADER_OR_FOLLOWER while a Kafka group rebalances, "produce retry
    succeeded" on attempt 2) or then reaches the dependency it could not (a consumer that
    starts, then discovers its group coordinator)."""
    if cand.last_ts is None or cand.restarts:
        return False
    by_index = {ln.index: ln for ln in lines}
    cause = [by_index[i] for i in cand.cause_lines if i in by_index]
    if cause and all(ln.index in state.expected for ln in cause):
        return True  # a task attempt's failure, the task retried to success; a drained
        #              server's failed health check
    if sum(ln.count * ln.repeats for ln in cause) != 1:
        return False
    if cand.category != "probe_failure":
        # written below error level by its own word (a line that gives no level may be one)
        return (cand.recovered_at is not None and not cand.evictions
                and cand.category != "resource_exhausted"
                and (cand.category != "node_failure"
                     or all(h.sig.id == _LINK_DOWN for ln in cause for h in ln.hits
                            if h.sig.category == "node_failure"))
                and cand.first_ts is not None
                and cand.recovered_at - cand.first_ts <= p.blip_seconds * 1e9) or all(
            (state.retried.get(ln.index, 0) or ln.index in state.reached)
            and ln.level < Level.ERROR for ln in cause)
    after = cand.last_ts
    return (state.alive.get(cand.component, 0) > after
            and not any(ts > after for ts in state.starts.get(cand.component, ())))


def _unexplained_loop(looping: dict[str, dict[int, LineSignals]], state: _State, p: Params
                      ) -> Candidate:
    """A container that restarted more than once (back-off, restart counts) while no line
    says why: the application's own failure is the best reading, at the incident threshold
    (any cause found outweighs it). One exit (a CI job's failed command) is no loop."""
    who = max(looping, key=lambda w: (state.restarts.get(w, 0),
                                      sum(ln.count for ln in looping[w].values()), w))
    cand = Candidate("application_error", who)
    mine = looping[who].values()
    for line in mine:
        cand.votes.append((1.0, line.index))
        cand.cause_lines.append(line.index)
        cand.line_severity[line.index] = "ERROR"
        cand.signed_lines.add(line.index)
        cand.signature_ids += [h.sig.id for h in line.hits if h.sig.signal == "restart"]
    cand.first_ts = min(ln.ts for ln in mine)
    cand.last_ts = max(ln.last_ts for ln in mine)
    cand.score = cand.final = p.incident_threshold
    _assess(cand, state, p)
    return cand


@dataclass(frozen=True, slots=True)
class _State:
    """What the window says about each workload, whatever the cause: restarts, recoveries
    and mitigations (by workload and category, ``""``: any), who serves, who is down, when
    each started."""

    restarts: dict[str, int]
    recoveries: dict[tuple[str, str], int]
    mitigations: set[tuple[str, str]]
    serving: set[str]
    downs: set[str]
    emptied: set[str]  # Deployments scaled down to no pod at all (``_scaled_to_zero``), a
    #                    host's services stopped and not started again (``_units_stopped``)
    rolled_down: set[str]  # Deployments rolled onto pods that all crash (``_rolled_onto_crashes``)
    starts: dict[str, list[int]]
    retried: dict[int, int]  # lines whose failed job or request later succeeded, and how
    #                          many of their copies (``retries``)
    errors: set[int]    # lines written at error level or above
    copies: dict[int, int]  # the records each line stands for
    recovered_at: dict[tuple[str, str], list[int]]  # every recovery's time, by who and what
    times: dict[int, tuple[int, ...]]  # when each line's copies were written
    alive: dict[str, int]  # the last line each workload's own pods wrote below error level
    felt: dict[str, list[int]]  # callee -> when other workloads' lines naming it failed
    gave_up: dict[str, list[int]]  # workload -> when its own error-level lines report a failure
    backing_off: set[str]  # workloads whose container restart the kubelet backs off
    stores: set[str]  # words that make a workload's name a data store's (``data_store``)
    writers: dict[int, str]  # the workload that wrote each line
    lost_volume: set[int]  # lines naming a volume whose data other lines say is failing
    reached: set[int]  # failed calls that then got through (``retries``)
    evictions: dict[str, int]  # workload -> its service's pods evicted
    completed: dict[str, int]  # Job workload -> when the Job controller last said it completed
    took_over: list[tuple[str, int]]  # (host, when) a VRRP instance there became master
    expected: set[int]  # failures the window shows were expected: a task attempt's, the
    #                     task then run again to success (``rerun_tasks``); a health check of
    #                     a server drained for maintenance (``drained_checks``)
    grew: set[str]  # workloads asked to run more pods than they had (``_grown``)
    refused: dict[str, list[int]]  # callee -> when callers' connections to it were refused
    degraded: list[int]  # when a storage system said a volume lost a replica (degraded)
    faulted: bool  # ... or that a volume lost every replica
    ready: dict[str, list[int]]  # workload -> when its process said it was up and serving
    batch: set[int]  # events about a Job: its pods do work that ends, not serve


def _assess(cand: Candidate, state: _State, p: Params, *, kills: int = 0) -> None:
    """The candidate's component's state, and the severity that follows from it (``kills``:
    restarts a host's lines report for it)."""
    who = cand.component
    cand.restarts = max(state.restarts.get(who, 0), kills)
    last = max(state.recoveries.get((who, ""), 0),
               state.recoveries.get((who, cand.category), 0))
    # after its last cause line (its last line at all when only symptoms voted for it)
    until = cand.last_ts if cand.last_ts is not None else cand.last_vote_ts
    cand.recovered = bool(last and until is not None and last > until)
    cand.recovered_at = last if cand.recovered else None
    # its Job completed after it: the work got done (no recovery time: not a blip either,
    # a run that failed and was retried to completion is still reported)
    cand.recovered |= until is not None and state.completed.get(who, 0) > until
    # failures the window shows were expected (``_State.expected``): an orchestrator's task
    # whose failed attempt this was, run again to success (the work got done); a drained
    # server's health check
    cand.recovered |= bool(cand.cause_lines) and all(i in state.expected
                                                     for i in cand.cause_lines)
    if cand.recovered and cand.category in p.flapping_categories:
        cand.flaps = _flaps(sorted(t for i in cand.cause_lines for t in state.times[i]),
                            state.recovered_at.get((who, ""), [])
                            + state.recovered_at.get((who, cand.category), []))
    if (cand.category in p.restart_recovers and cand.restarts <= 1
            and cand.last_ts is not None):
        # killed once, started again, and the cause was not seen after: it recovered (not
        # when it was killed again after an earlier start: each start ends the same way)
        begun = state.starts.get(who, ())
        again = cand.first_ts is not None and any(cand.first_ts < ts < cand.last_ts
                                                  for ts in begun)
        cand.recovered |= not again and any(ts > cand.last_ts for ts in begun)
        # or its process said it was up and serving after the cause's last line (a startup
        # probe failing while it warmed up, the one restart, and again until it listened)
        cand.recovered |= any(ts > cand.last_ts for ts in state.ready.get(who, ()))
    if not cand.recovered and cand.category in p.persistent_categories:
        quiet = _went_quiet(cand, state, p)
        cand.recovered, cand.recovered_at = quiet is not None, quiet
    cand.mitigated = bool({(who, ""), (who, cand.category)} & state.mitigations)
    # nearly every failure its cause lines report (at error level; a database's own note
    # about the deadlock is no failed operation) was retried and then succeeded: transient
    failed = set(cand.cause_lines) & (state.errors | state.retried.keys())
    # its callers' failed operations, when they report them: its own lines (a database's
    # "deadlock detected") are the same failures seen from its side
    failed = {i for i in failed if state.writers.get(i, who) != who} or failed
    retried = sum(min(state.retried.get(i, 0), state.copies[i]) for i in failed)
    cand.recovered |= bool(failed) and retried >= p.retried_share * sum(
        state.copies[i] for i in failed)
    cand.serving = who in state.serving
    # a node of a VRRP pair (keepalived) failing while its peer took over the virtual address
    # after it began: the service goes on from the peer
    cand.failed_over = cand.category == "node_failure" and cand.first_ts is not None and any(
        host != who.lower() and ts >= cand.first_ts for host, ts in state.took_over)
    # a disk failing under a replicated volume that its storage system then reports degraded
    # (a replica lost, rebuilt elsewhere), no volume faulted: the other replicas serve
    cand.failed_over |= (cand.category == "storage" and cand.first_ts is not None
                         and not state.faulted
                         and any(ts >= cand.first_ts for ts in state.degraded))
    # a data store whose disk fails (I/O errors, remounted read-only), or whose volume its
    # storage system lost (every replica failed), or a disk that cannot read back what it
    # holds, whoever writes to it: its data is at risk; so is a data store out of space (a
    # Kafka broker's "No space left on device"): it takes no more writes
    cand.data_at_risk = cand.category == "storage" and (
        data_store(who, state.stores) and bool(set(cand.signature_ids) & _DISK_FAILURES
                                               or set(cand.cause_lines) & state.lost_volume)
        or _UNREADABLE in cand.signature_ids) or (
        cand.category == "resource_exhausted" and "enospc" in cand.signature_ids
        and data_store(who, state.stores))
    # more pods of it refused while its running ones go on working: capacity capped
    cand.capped = (cand.category == "scheduling" and cand.first_ts is not None
                   and (set(cand.signature_ids) == {"quota-exceeded-create"}
                        # or no room for the pods it was scaled up to
                        or who.lower() in state.grew
                        and set(cand.signature_ids) <= _NO_ROOM | {"quota-exceeded-create"})
                   and state.alive.get(who, 0) > cand.first_ts
                   # refused pods a controller wanted, not work the workload reports failed
                   # (a CI runner's "Job failed (system failure): ... exceeded quota")
                   and not set(cand.cause_lines) & state.errors
                   # nor a Job's pods: its other pods finish their part, the work waits on
                   # the refused one (a report's third shard never starts)
                   and not set(cand.cause_lines) & state.batch)
    refused = cand.first_ts is not None and any(
        ts >= cand.first_ts for ts in state.refused.get(who.lower(), ()))
    cand.down = who.lower() in state.downs or refused and (
        # its pods wait for a node and none of them writes a line, while its callers are
        # refused (a Service with no endpoint rejects connections): nothing of it serves
        cand.category == "scheduling" and who not in state.alive
        # or the kubelet backs off restarting it and no pod of it serves
        or who in state.backing_off and who not in state.serving)
    cand.emptied = who.lower() in state.emptied
    cand.rolled_down = who.lower() in state.rolled_down
    # the callers whose lines name its failure restart again and again, none serving: the
    # work they do is down with it (an archive whose index database refuses it at start)
    cand.callers_looping = any(
        state.restarts.get(w, 0) >= p.restart_loop and w not in state.serving
        for w in {state.writers[i] for i in cand.cause_lines if i in state.writers} - {who})
    cand.backing_off = who in state.backing_off
    cand.evictions = state.evictions.get(who, 0)
    cand.felt = cand.first_ts is not None and (any(
        ts >= cand.first_ts for callee, times in state.felt.items()
        if who.lower() == callee or who.lower().startswith(callee + "-") for ts in times)
        # throttled, it retried, then gave the work up: "moved to dead-letter topic"
        or cand.category in p.given_up_categories
        and any(ts >= cand.first_ts for ts in state.gave_up.get(who.lower(), ())))
    cand.severity = severity_of(cand, p)


def _usual_gap(times: list[int]) -> int:
    """The usual interval between sorted ``times``: the median of the gaps over a second
    (copies written together are one occurrence), 0 with none."""
    gaps = sorted(g for g in (b - a for a, b in zip(times, times[1:], strict=False))
                  if g > 10**9) or [0]
    return gaps[len(gaps) // 2]


def _went_quiet(cand: Candidate, state: _State, p: Params) -> int | None:
    """When a failure that recurred (three times or more) stopped: its writers went on
    writing below error level for ``quiet_gaps`` of its usual intervals (the median gap
    between its copies more than a second apart) and at least ``quiet_seconds`` after its
    last copy, and it did not come back (callers' timeouts while a routing graph was rebuilt,
    then their lines only routine). None while it goes on."""
    times = sorted(t for i in cand.cause_lines for t in state.times.get(i, ()))
    writers = {state.writers[i] for i in cand.cause_lines if i in state.writers}
    if len(times) < 3 or not writers:
        return None
    quiet = max(p.quiet_gaps * _usual_gap(times), int(p.quiet_seconds * 1e9))
    last = times[-1]
    return last + quiet if min(state.alive.get(w, 0) for w in writers) - last >= quiet else None


def _failed_callers(lines: list[LineSignals]) -> dict[str, list[int]]:
    """When other workloads' lines that name a callee failed (a cause signature of ERROR or
    worse, on an event or an error-level line: a pod that cannot pull from a registry; or a
    line written at error level that no benign signature explains: "payment authorization
    failed" naming the gateway), by the name they give it (``harbor``: the workload
    ``harbor-core`` too)."""
    out: dict[str, list[int]] = {}
    for ln in lines:
        callee = (ln.callee or "").lower()
        if not callee or callee == ln.workload.lower():
            continue
        if (any(h.sig.role == "cause" and h.sig.category != "none"
                and line_severity(ln, h) in ("ERROR", "CRITICAL") for h in ln.hits)
                or ln.level in (Level.ERROR, Level.CRITICAL) and not ln.is_event
                and not any(h.sig.role == "benign" and not _retried_again(ln, h)
                            for h in ln.hits)):
            out.setdefault(callee, []).append(ln.ts)
    return out


def _refused_callers(lines: list[LineSignals]) -> dict[str, list[int]]:
    """When other workloads' own lines (not events) report their connections to a callee
    refused, by the name they give it."""
    out: dict[str, list[int]] = {}
    for ln in lines:
        callee = (ln.callee or "").lower()
        if (callee and callee != ln.workload.lower() and not ln.is_event
                and any(h.sig.role == "cause" and h.sig.category == "connection_refused"
                        for h in ln.hits)):
            out.setdefault(callee, []).extend(ln.times)
    return out


def _retried_again(line: LineSignals, hit: Hit) -> bool:
    """Whether the hit is a retry notice ("MQTT connect to emqx...:8883 failed, retry in
    30s") on a line written again (its copies collapsed): the retry it announced failed."""
    return hit.sig.id == _TRANSIENT_RETRY and line.count > 1


def _own_failures(lines: list[LineSignals]) -> dict[str, list[int]]:
    """When each workload's own lines written at error level report a failure that no
    signature explains (its work given up: "Renewal notice ... moved to dead-letter topic")."""
    out: dict[str, list[int]] = {}
    for ln in lines:
        if (ln.level in (Level.ERROR, Level.CRITICAL) and not ln.is_event
                and not any(h.sig.role in ("benign", "cause") for h in ln.hits)):
            out.setdefault(ln.workload.lower(), []).append(ln.ts)
    return out


def _flaps(failures: list[int], recoveries: list[int]) -> int:
    """How many times a failure was followed by a recovery: failed, came back, failed again
    ... (each recovery after at least one failure since the one before counts once)."""
    cycles, since = 0, 0
    for ts in sorted(recoveries):
        if any(since < t < ts for t in failures):
            cycles += 1
        since = ts
    return cycles


def _all_dead(lines: list[LineSignals], dead: dict[str, set[str]]) -> set[str]:
    """Workloads every pod of which (that wrote a line) said it died for good: nothing of
    them is left working."""
    pods: dict[str, set[str]] = {}
    for line in lines:
        if line.workload in dead and not line.is_event:
            pods.setdefault(line.workload, set()).update(line.all_pods or ("",))
    return {who for who, died in dead.items() if pods.get(who, set()) <= died}


#: a CronJob run's pod: ``<cronjob>-<scheduled minute since the epoch>-<5 characters>``
_CRON_RUN = re.compile(r"-\d{8,10}-[a-z0-9]{5}$")


def _replaced_by_none(lines: list[LineSignals], stops: dict[str, int]) -> set[str]:
    """Workloads every running pod of which (one that wrote lines of its own, or was told to
    stop) was told to stop (a drain, a node pool upgrade), while each replacement failed to
    come up (a pull, mount or configuration failure of its own) and wrote nothing: none of it
    runs. A StatefulSet's replacement keeps its pod's name: a pod that fails after it was told
    to stop, with no line of its own since, is its own replacement that did not come up."""
    ran: dict[str, set[str]] = {}
    wrote: dict[str, int] = {}  # pod -> when it last wrote a line of its own
    for line in lines:
        if line.pod and not line.is_event:  # every pod its collapsed copies came from
            ran.setdefault(line.workload, set()).update(line.all_pods)
            for pod in line.all_pods:
                wrote[pod] = max(wrote.get(pod, 0), line.last_ts)
        elif line.pod in stops:
            ran.setdefault(line.workload, set()).add(line.pod)
    stuck: dict[str, set[str]] = {}
    for line in lines:
        if line.pod and _CRON_RUN.search(line.pod):
            continue  # a CronJob's next run is no replacement of the run before it
        if not (line.pod and line.is_event and any(
                h.sig.role == "cause" and h.sig.category in DOWN_CAUSES for h in line.hits)):
            continue
        stop = stops.get(line.pod)
        if (line.pod not in wrote if stop is None
                else stop <= line.ts and wrote.get(line.pod, 0) <= line.ts):
            stuck.setdefault(line.workload, set()).add(line.pod)
    return {who for who, pods in ran.items() if who in stuck and pods <= stops.keys()}


# a schema migration's runner saying the migration failed
_MIGRATION_RUN = re.compile(r"\bMigration (?:V[\w.]+__\S+|of schema .*) failed|Flyway\w*Exception"
                            r"|liquibase\.exception\.|alembic\.util\.exc\.|django\.db\.migrations"
                            r"\.exceptions\.|\bmigration (?:failed|error)\b", re.IGNORECASE)
_FAILED = re.compile(r"(?i)\bfail(?:ed|s|ure|ing)?\b|\berror\b|\bgave up\b")
_SCALED = re.compile(r"Scaled (?P<d>up|down) replica set (?P<rs>[a-z0-9][a-z0-9.\-]*) "
                     r"to (?P<n>\d+)(?: from (?P<f>\d+))?")
_HPA_GREW = re.compile(r"\bNew size: \d+; reason: .* above target")
#: Strimzi's operator adding brokers to a running Kafka cluster ("Scaling up Kafka cluster
#: gem-events from 3 to 4 brokers"): its pods are ``<cluster>-kafka-<n>``
_KAFKA_GREW = re.compile(r"\bScaling up Kafka cluster (?P<c>[a-z0-9][\w.\-]*) from [1-9]\d* to "
                         r"\d+ brokers\b")
#: the name KEDA gives the HorizontalPodAutoscaler of a ScaledObject: keda-hpa-<its name>
#: (the workload it scales, as a rule)
_KEDA_HPA = re.compile(r"^keda-hpa-(?=.)")
#: the scheduler finding no node with room for a pod
_NO_ROOM = frozenset({"insufficient-resource", "k8s-failedscheduling"})


def _grown(lines: list[LineSignals], enlarged: set[str]) -> set[str]:
    """The workloads asked to run more pods than they ran: a HorizontalPodAutoscaler's
    event ("New size: 8; reason: cpu resource utilization ... above target") about it (or
    about KEDA's ``keda-hpa-<name>`` of it), Strimzi's operator adding brokers to a Kafka
    cluster (its ``<cluster>-kafka`` pods), or
    ``enlarged`` (``_scalings``: a ReplicaSet of it scaled up from a size above none)."""
    return enlarged | {_KEDA_HPA.sub("", line.workload.lower()) for line in lines
                       if line.is_event and _HPA_GREW.search(line.message)} | {
        f"{m.group('c').lower()}-kafka" for line in lines
        if (m := _KAFKA_GREW.search(line.message))}


def _scalings(lines: list[LineSignals]
              ) -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Per Deployment, its ReplicaSets scaled down to 0, and those scaled up; and the
    Deployments (lowercase) one of whose ReplicaSets was scaled up from a size above none
    ("Scaled up replica set parts-api-78d9c6b5f4 to 8 from 4"; not a rollout's new
    ReplicaSet, which starts from none)."""
    zero: dict[str, set[str]] = {}
    grown: dict[str, set[str]] = {}
    enlarged: set[str] = set()
    for line in lines:
        for m in _SCALED.finditer(line.message):
            rs = m.group("rs")
            deployment = rs.rsplit("-", 1)[0]
            if m.group("d") == "down" and m.group("n") == "0":
                zero.setdefault(deployment, set()).add(rs)
            elif m.group("d") == "up":
                grown.setdefault(deployment, set()).add(rs)
                if (m.group("f") or "0") != "0":
                    enlarged.add(deployment.lower())
    return zero, grown, enlarged


#: systemd stopping or starting a unit: "Stopped postgresql@16-main.service - PostgreSQL ...",
#: or as a syslog file's line reads after its time: "db-01 systemd[1]: Stopped ..."
_UNIT_STOPPED = re.compile(r"^(?:[\w.\-]+ systemd\[\d+\]: )?(?P<d>Stopped|Started) "
                           r"(?P<u>[\w@.\-]+\.service)\b")


def _units_stopped(lines: list[LineSignals]) -> set[str]:
    """The services of a host's units (``service_of_unit``) that systemd stopped and did not
    start again afterwards (an operator's ``systemctl stop`` before an upgrade): nothing of
    them answers, as a Deployment scaled to no pod."""
    stopped: dict[str, bool] = {}
    for line in sorted(lines, key=lambda ln: ln.ts):
        m = _UNIT_STOPPED.match(line.message)
        service = service_of_unit(m.group("u")) if m else None
        if m and service:
            stopped[service.lower()] = m.group("d") == "Stopped"
    return {service for service, down in stopped.items() if down}


def _scaled_to_zero(zero: dict[str, set[str]], grown: dict[str, set[str]]) -> set[str]:
    """Deployments whose ReplicaSet was scaled down to 0 while none of their ReplicaSets was
    scaled up (not a rollout replacing old pods with new ones): nothing of them is left to
    answer (``zero`` and ``grown``: ``_scalings``)."""
    return {d.lower() for d in zero.keys() - grown.keys()}


def _rolled_onto_crashes(lines: list[LineSignals], zero: dict[str, set[str]],
                         grown: dict[str, set[str]]) -> set[str]:
    """Deployments whose old ReplicaSet was scaled down to 0 while every pod of the new one
    that the window shows is backed off by the kubelet, cannot pull its image or finds no
    node with room (a Recreate rollout, or a rolling one whose new pods crash after the old
    ones left): no pod of it is left serving (``zero`` and ``grown``: ``_scalings``)."""
    out: set[str] = set()
    for deployment in zero.keys() & grown.keys():
        new = tuple(f"{rs}-" for rs in grown[deployment] - zero[deployment])
        pods: set[str] = set()
        crashing: set[str] = set()
        for line in lines:
            mine = {pod for pod in line.all_pods or (line.pod,) if pod and pod.startswith(new)}
            pods |= mine
            if any(h.sig.id == _BACK_OFF or h.sig.id in _NO_ROOM
                   or h.sig.category == "image_pull" and h.sig.role == "cause"
                   for h in line.hits):
                crashing |= mine
        if new and pods and pods <= crashing:
            out.add(deployment.lower())
    return out


def _answered(line: LineSignals) -> bool:
    """An access-log line of a request answered successfully (2xx/3xx, no failure
    signature; not an ingress's answered lines, its newest few fetched apart: they say only
    that a Service it found with no endpoint has one again, ``served``)."""
    return (line.status is not None and 200 <= line.status < 400
            and not any(h.sig.role != "benign" for h in line.hits)
            and not any(h.sig.signal == "served" for h in line.hits))


def _answered_again(lines: list[LineSignals], p: Params) -> dict[str, int]:
    """Per dependency that callers' access-log lines name, the time from which it answered
    them successfully at least twice: requests it served after its last failure mean it
    serves again (a rollout's brief 503s). A proxy's access log that names no upstream
    (nginx's combined format) speaks for the upstreams its own error lines blame
    (``_proxied_again``)."""
    answered: dict[str, list[int]] = {}
    for line in lines:
        if line.callee and _answered(line):
            times = answered.setdefault(line.callee, [])
            times += [line.ts, line.last_ts] if line.count > 1 else [line.ts]
    for who, times in _proxied_again(lines, p).items():
        answered.setdefault(who, []).extend(times)
    return {who: sorted(times)[-2] for who, times in answered.items() if len(times) >= 2}


#: the request of an access-log line: its method and path (no query string)
_REQUEST = re.compile(r'"(?P<m>GET|POST|PUT|PATCH|DELETE|HEAD) (?P<p>/[^?" ]*)[^"]* HTTP/')


def _proxied_again(lines: list[LineSignals], p: Params) -> dict[str, list[int]]:
    """When a proxy whose access log names no upstream answered successfully after its
    last 5xx, at least twice and once a request that had failed (``POST /bookings`` 504,
    then 302), for ``quiet_gaps`` of the usual intervals between its 5xx answers (2xx
    answers a second after the last of 5xx answers that come every two seconds among 2xx
    ones say nothing: a pool at its ceiling fails some of its requests all along): per
    upstream that its own error-level lines named until then (nginx's "upstream timed out"
    on the FastCGI pool), the times of those answers."""
    failed: dict[str, dict[tuple[str, str], int]] = {}  # proxy -> request -> last 5xx
    when: dict[str, list[int]] = {}  # proxy -> the times of its 5xx answers
    for line in lines:
        if line.status is not None and line.status >= 500 and not line.callee:
            m = _REQUEST.search(line.message)
            if m:
                requests = failed.setdefault(line.workload, {})
                request = (m.group("m"), m.group("p"))
                requests[request] = max(requests.get(request, 0), line.last_ts)
                when.setdefault(line.workload, []).extend(line.times)
    out: dict[str, list[int]] = {}
    for proxy, requests in failed.items():
        last = max(requests.values())
        blamed = {ln.callee for ln in lines if ln.workload == proxy and ln.callee
                  and ln.status is None and ln.level >= Level.ERROR and ln.ts <= last}
        later = [(ln, _REQUEST.search(ln.message)) for ln in lines
                 if ln.workload == proxy and not ln.callee and ln.ts > last and _answered(ln)]
        lasting = bool(later) and (later[-1][0].last_ts - last
                                   >= p.quiet_gaps * _usual_gap(sorted(when[proxy])))
        if blamed and lasting and len(later) >= 2 and any(
                m and (m.group("m"), m.group("p")) in requests for _, m in later):
            for who in blamed:
                out.setdefault(who, []).extend(ln.ts for ln, _ in later)
    return out


#: a disk reporting that it cannot read back what it holds
_UNREADABLE = "disk-unreadable"
#: the kernel reporting a block device failing (not a mount failing)
_DISK_FAILURES = frozenset({"io-error", "read-only-fs", _UNREADABLE})
#: a storage system saying a volume lost one replica (degraded), or every one (faulted)
_REPLICA_LOST = "longhorn-volume-degraded"
_ALL_REPLICAS_LOST = "longhorn-volume-faulted"
#: a storage system saying a volume's data is failing: its disk, every replica of it
_VOLUME_LOST = _DISK_FAILURES | {_ALL_REPLICAS_LOST}
_TRANSIENT_RETRY = "transient-retry"  # a failure's line announcing its retry
_JOB_COMPLETED = "job-completed"  # the Job controller saying a Job completed
_BATCH_KINDS = frozenset({"Job", "CronJob"})  # the objects whose pods run to an end
#: a name server saying it can no longer serve a zone (expired, not loaded): the server the
#: providers (CoreDNS) forward that zone's names to, behind their SERVFAILs
_ZONE_UNSERVED = "zone-unserved"
_ZONE_NAME = re.compile(r"\bzone (\S+?)/IN\b")  # the zone a name server speaks of
_BACK_OFF = "crashloop"  # the kubelet backs off restarting a failed container
_LINK_DOWN = "nic-link-down"  # a NIC's link lost (the driver's word)
# keepalived's VRRP instance taking the virtual address ("(VI_PUBLIC) Entering MASTER STATE")
_VRRP_MASTER = re.compile(r"\(\w+\) (?:Entering|Transition to) MASTER STATE\b")
#: the kubelet evicting a pod for the node's or its own resources (disk, memory)
_EVICTED = frozenset({"ephemeral-eviction", "evicted-memory-pressure"})
#: the kubelet saying it evicted a pod (its eviction manager's journal line, the pod's
#: Evicted event)
_POD_EVICTED = re.compile(r'Eviction manager: pod is evicted successfully|'
                          r'\breason[=:]\s*"?Evicted\b|"reason":\s*"Evicted"')
# a service's pod: a Deployment's (name-<ReplicaSet hash>-<suffix>) or a StatefulSet's
# (name-<ordinal>), not a Spark executor (name-<id>-exec-<n>), whose driver replaces it
_SERVICE_POD = re.compile(r"-(?:[a-z0-9]{6,10}-[a-z0-9]{5}|\d{1,2})$")
_EXECUTOR = re.compile(r"-exec-\d+$")


def _service_evictions(lines: list[LineSignals]) -> dict[str, int]:
    """``{workload: pods evicted}``: the pods of a service (a Deployment's, a StatefulSet's)
    that Kubernetes events say the kubelet evicted, counted once each (the copies of a
    collapsed event line each for its own pod)."""
    pods: dict[str, set[str]] = {}
    for ln in lines:
        if (ln.is_event and any(h.sig.id in _EVICTED for h in ln.hits)
                and not any(h.sig.role == "benign" for h in ln.hits)):  # a planned eviction
            pods.setdefault(ln.workload, set()).update(
                pod for pod in ln.all_pods  # a collapsed line: each copy's pod
                if _SERVICE_POD.search(pod) and not _EXECUTOR.search(pod))
    return {w: len(ps) for w, ps in pods.items() if ps}


def _lost_volume_lines(lines: list[LineSignals]) -> set[int]:
    """Lines that name a volume (``pvc-<uid>``) that another line says is lost (I/O errors
    on it, Longhorn's "All replicas are failed"): a data store's mount failing on it is
    no mount trouble alone."""
    lost = {v for ln in lines if any(h.sig.id in _VOLUME_LOST for h in ln.hits)
            for v in ln.volumes}
    return {ln.index for ln in lines if ln.volumes & lost} if lost else set()


def _workload_over_host(ranked: list[Candidate], lines: list[LineSignals], p: Params
                        ) -> int | None:
    """A failure a host stream reports about a process it names that is a workload here
    (the kernel's OOM killer: ``Killed process 7115 (redis-server)`` of workload ``redis``;
    an ext4 error of ``comm uploads``) is that workload's, not the node's: the node only
    hosted it (node failures excepted). For the failures a host reports about the processes
    it hosts (``HOSTED_CAUSES``) without naming one, a workload that shows the failure
    itself is the one; else the one workload on that node that starts again right after (a
    ``Started``/restart signal within ``restart_after`` seconds) is the one killed, or the one
    whose pods ran on every node that reports it (``_hosted_on_each``), or, for a kill for
    memory, the one whose pods on that node wrote in the ``restart_after`` seconds before
    it. When the top
    candidate's component changed so: the kills the host's lines name it in (None:
    unchanged)."""
    if not ranked or ranked[0].category == "node_failure":
        return None
    top = ranked[0]
    hosts = host_workloads(lines)
    if top.component not in hosts:
        return None
    causes = set(top.cause_lines)
    writers = {ln.workload for ln in lines} - hosts
    named = {ln.index: who for ln in lines if ln.index in causes and ln.workload in hosts
             and (who := _process_workload(ln.callee, writers))}
    if len(set(named.values())) == 1:
        top.component = next(iter(named.values()))
        if top.category not in HOSTED_CAUSES:
            return 0
        return _kills([ln for ln in lines if ln.index in named])
    if top.category == "storage" and set(top.signature_ids) & _DISK_FAILURES:
        # a disk the node's kernel reports failing is the volume of the one workload on that
        # node that fails to write as well (Redis's AOF on a read-only filesystem); a mount
        # failing (NFS, Lustre) is the node's
        hosted = ({c.component for c in ranked[1:] if c.category == "storage"}
                  & {ln.workload for ln in lines if ln.node == top.component} - hosts)
        if len(hosted) == 1:
            top.component = hosted.pop()
            return 0
    if top.category not in HOSTED_CAUSES:
        return None
    own = [c for c in ranked[1:] if c.category == top.category and c.component not in hosts
           and c.final >= p.callee_reach * top.final]
    if own:
        max(own, key=lambda c: c.final).final = top.final * 1.01
        return None
    first, last = top.first_ts or 0, (top.last_ts or 0) + int(p.restart_after * 1e9)
    on_host = [ln for ln in lines if ln.node == top.component and ln.workload not in hosts
               and first <= ln.ts <= last]
    # the one workload whose pod the kubelet evicted from that node for it, wherever its
    # replacement started
    restarted = {ln.workload for ln in on_host if _POD_EVICTED.search(ln.message)}
    if len(restarted) != 1:
        restarted = {ln.workload for ln in on_host
                     if any(h.sig.signal in ("start", "restart") for h in ln.hits)}
        restarted |= _replaced_on(lines, top.component, first) - hosts
    if len(restarted) != 1:
        restarted = _hosted_on_each(ranked, lines, hosts)
    if len(restarted) != 1 and top.category == "oom_killed":
        # the one workload whose pods on that node wrote in the minutes before its kernel
        # killed a process for memory (a render task's ``python3``, its cgroup at its limit)
        restarted = {ln.workload for ln in lines if ln.node == top.component
                     and ln.workload not in hosts and not ln.is_event
                     and first - int(p.restart_after * 1e9) <= ln.ts <= first}
    if len(restarted) != 1:
        return None
    top.component = restarted.pop()
    # each kill the host reports is a restart of it, counted once
    return max((_kills([ln for ln in lines if ln.index in causes
                        and any(h.sig.id == sig for h in ln.hits)])
                for sig in {h.sig.id for ln in lines if ln.index in causes for h in ln.hits
                            if h.sig.signal == "restart"}), default=0)


#: the longest process name the Linux kernel keeps (TASK_COMM_LEN 16, with its NUL)
COMM_LEN = 15


def _process_workload(process: str | None, writers: set[str]) -> str | None:
    """The workload here a host's line names as a process: one of ``writers`` by its name,
    or the one whose name the kernel cut to ``COMM_LEN`` characters begins
    (``historian-inges`` of ``historian-ingest``)."""
    if not process or process in writers:
        return process
    if len(process) != COMM_LEN:
        return None
    cut = [w for w in writers if w.startswith(process)]
    return cut[0] if len(cut) == 1 else None


def _names_a_callee(cand: Candidate, lines: list[LineSignals]) -> bool:
    """Whether any of the candidate's cause lines names the dependency it calls."""
    causes = set(cand.cause_lines)
    return any(ln.callee for ln in lines if ln.index in causes)


#: a server saying its clients refuse its own certificate
_PEER_REFUSED = "peer-refused-certificate"


def _cause_says(cand: Candidate, by_index: Mapping[int, LineSignals], sig_id: str) -> bool:
    """Whether one of the candidate's cause lines carries the signature ``sig_id``."""
    return any(h.sig.id == sig_id for i in cand.cause_lines if i in by_index
               for h in by_index[i].hits)


def _certificate_refused_by_peers(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """A client failing to verify a certificate of a server its errors do not name (a gRPC
    error's "transport: authentication handshake failed: tls: failed to verify certificate:
    x509: certificate has expired") while one server here logs its clients refusing its own
    certificate: that server's certificate is the one at fault, and it comes first."""
    if not ranked or ranked[0].category != "tls_certificate":
        return
    top = ranked[0]
    if _names_a_callee(top, lines):
        return
    by_index = {ln.index: ln for ln in lines}
    servers = [c for c in ranked[1:] if c.category == "tls_certificate"
               and c.component != top.component and _cause_says(c, by_index, _PEER_REFUSED)]
    if len(servers) == 1:
        servers[0].final = top.final * 1.01


def _trusted_by_others(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """One client failing to verify the certificate of a server X (``x509: certificate
    signed by unknown authority`` from star-catalog to skydata.kp.lan) while other
    workloads' calls to X succeed in the same span (show-scheduler's "fetched ephemeris …
    from https://skydata.kp.lan/api/v2 (200, 41 ms)"): X's certificate is good, the
    client's own trust store or settings are not, and the client is the component."""
    top = ranked[0] if ranked else None
    if (top is None or top.category != "tls_certificate" or top.first_ts is None
            or top.last_ts is None):
        return
    by_index = {ln.index: ln for ln in lines}
    callers = {by_index[i].workload for i in top.cause_lines if i in by_index}
    server = top.component.lower()
    if len(callers) != 1 or next(iter(callers)).lower() == server:
        return
    client = next(iter(callers))
    served = [ln for ln in lines if ln.callee and ln.callee.lower() == server
              and ln.workload not in (client, top.component) and not ln.is_event
              and Level.UNKNOWN < ln.level < Level.WARN and not ln.hits
              and top.first_ts <= ln.ts <= top.last_ts]
    if served:
        top.component = client


#: a server's note that it refused a login (or answered a lookup "no such name") and its
#: client's report of that failure are one event told twice, within a second or two
_SAME_MOMENT_NS = 5 * 10**9


#: CoreDNS's query log of an authoritative "no such name" for a name of the cluster's own
#: zone (``"A IN star-catalog.show.svc.cluster.local. udp 53 false 1232" NXDOMAIN qr,aa``):
#: it answered for the zone it serves, and no Service has that name
_NO_SUCH_SERVICE = re.compile(r'"(?:A|AAAA|SRV) IN [\w.\-]+\.cluster\.local\.? [^"]*" '
                              r"NXDOMAIN qr,aa\b")


def _wrong_name_asked(ranked: list[Candidate], lines: list[LineSignals], p: Params) -> None:
    """CoreDNS answering "no such name", with authority, for a Service name of the cluster
    (``star-catalog.show.svc.cluster.local`` where star-catalog runs in ``shows``) while one
    client alone fails to resolve it (``getaddrinfo ENOTFOUND``) at the same moment: DNS did
    its job and the client asks for a name that does not exist. The client goes first when
    within ``callee_reach``; with several clients failing, DNS stays their common factor."""
    top = ranked[0] if ranked else None
    if top is None or top.category != "dns_resolution" or top.first_ts is None:
        return
    by_index = {ln.index: ln for ln in lines}
    if not top.cause_lines or not all(i in by_index and _NO_SUCH_SERVICE.search(
            by_index[i].message) for i in top.cause_lines):
        return
    _lone_client_first(top, [c for c in ranked[1:] if c.category == "dns_resolution"
                             and c.component != top.component and c.first_ts is not None
                             and abs(c.first_ts - top.first_ts) <= _SAME_MOMENT_NS], p)


def _lone_client_first(top: Candidate, clients: list[Candidate], p: Params) -> None:
    """The client among ``clients`` goes before the server ``top`` when it is the only
    one (two failing at once make the server their common factor) and within
    ``callee_reach`` of it."""
    if len({c.component.lower() for c in clients}) != 1:
        return
    best = max(clients, key=lambda c: c.final)
    if best.final >= p.callee_reach * top.final:
        best.final = top.final * 1.01


#: a node's time daemon saying its clock is off by minutes or more
_CLOCK_WRONG = "node-clock-wrong"


def _clock_wrong(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """Certificates refused as expired or not yet valid only by pods of one node, whose
    clock its own time daemon says is wrong by minutes or more (chronyd's "System clock
    wrong by 4213.55 seconds" after a board swap reset its RTC): the node's clock is the
    cause, and the node goes first."""
    top = ranked[0] if ranked else None
    if top is None or top.category != "tls_certificate":
        return
    by_index = {ln.index: ln for ln in lines}
    nodes = {by_index[i].node for i in top.cause_lines if i in by_index}
    wrong = [c for c in ranked[1:] if c.category == "node_failure"
             and _CLOCK_WRONG in c.signature_ids and nodes == {c.component}]
    if wrong:
        wrong[0].final = top.final * 1.01


def _refusing_peers_fail(ranked: list[Candidate], lines: list[LineSignals], p: Params) -> None:
    """A server that only warns that its clients refuse its certificate (Postfix's "warning:
    TLS library problem: ... alert bad certificate" after each STARTTLS) while a client's
    own verification of a certificate fails at error level in the same span (Ruby's
    "certificate verify failed (hostname mismatch)", a mail job failing): the clients feel
    it, as callers failing on a component's own warnings do (``felt``)."""
    if not ranked or ranked[0].category != "tls_certificate" or ranked[0].severity != "WARN":
        return
    top = ranked[0]
    by_index = {ln.index: ln for ln in lines}
    if (top.first_ts is None or top.last_ts is None
            or not _cause_says(top, by_index, _PEER_REFUSED)):
        return
    if any(c.category == "tls_certificate" and c.component != top.component
           and c.severity in ("ERROR", "CRITICAL") and c.first_ts is not None
           and c.first_ts <= top.last_ts and (c.last_ts or c.first_ts) >= top.first_ts
           for c in ranked[1:]):
        top.felt = True
        top.severity = severity_of(top, p)


def _refused_by_the_emptied(ranked: list[Candidate], lines: list[LineSignals],
                            state: _State) -> None:
    """Refusals whose lines name no server (Node's "connect ECONNREFUSED 10.43.118.20:8443",
    a Service's cluster IP) while one workload here has no pod left (a Deployment scaled to
    0) and other lines name it refused: the connections are refused because nothing of it
    answers, and it comes first."""
    if not ranked or ranked[0].category != "connection_refused":
        return
    top = ranked[0]
    if top.component.lower() in state.emptied or _names_a_callee(top, lines):
        return
    empty = [c for c in ranked[1:] if c.category == "connection_refused"
             and c.component.lower() in state.emptied]
    if len(empty) == 1:
        empty[0].final = max(empty[0].final, top.final * 1.01)


def _put_first(ranked: list[Candidate], at: int) -> None:
    """Move the candidate at ``at`` to the front, its score at least just above the one it
    displaces (the cause behind that one's symptoms)."""
    first = ranked.pop(at)
    first.final = max(first.final, ranked[0].final * 1.01)
    ranked.insert(0, first)


def _refused_by_the_killed(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """Refusals whose lines name no server (nginx's ``upstream: "http://10.44.4.12:9100"``),
    and the kernel killing one other workload here for its memory, beginning before the
    refusals end (its own OOMKilled, or a host's ``Killed process 27931
    (historian-inges)``): a server killed over and over refuses its callers, and its kills
    come first."""
    top = ranked[0] if ranked else None
    if top is None or top.category != "connection_refused" or top.last_ts is None:
        return
    until: int = top.last_ts
    if _names_a_callee(top, lines):
        return
    by_index = {ln.index: ln for ln in lines}
    hosts = host_workloads(lines)
    writers = {ln.workload for ln in lines} - hosts
    killed: dict[int, str] = {}  # candidate's position -> the workload killed
    for at, cand in enumerate(ranked[1:], 1):
        if (cand.category != "oom_killed" or cand.first_ts is None
                or cand.first_ts > until):
            continue
        names = {cand.component} if cand.component in writers else {
            _process_workload(by_index[i].callee, writers)
            for i in cand.cause_lines if i in by_index and by_index[i].callee}
        if len(names) == 1 and (who := names.pop()) and who != top.component:
            killed[at] = who
    if len(set(killed.values())) == 1:
        # first, and at the front already: the host's kill lines then name its workload
        _put_first(ranked, min(killed))


def _refused_by_the_crashing(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """Refusals whose lines name no server (Elixir's ``recipe service unreachable:
    %Req.TransportError{reason: :econnrefused}``) while exactly one other workload here
    crash-loops on a failure of its own (a Rust panic, restarted and backed off), beginning
    before the refusals end: nothing listens while it restarts, and its crash comes first."""
    top = ranked[0] if ranked else None
    if top is None or top.category != "connection_refused" or top.last_ts is None:
        return
    if _names_a_callee(top, lines):
        return
    writers = {ln.workload for ln in lines if ln.pod and not ln.is_event}
    crashing = [at for at, c in enumerate(ranked[1:], 1)
                if c.category in DOWN_CAUSES and c.has_signature and c.restarts >= 2
                and c.component != top.component and c.component in writers
                and c.first_ts is not None and c.first_ts <= top.last_ts]
    if len({ranked[at].component for at in crashing}) == 1:
        _put_first(ranked, crashing[0])


def _hosted_on_each(ranked: list[Candidate], lines: list[LineSignals], hosts: set[str]
                    ) -> set[str]:
    """The workloads whose pods wrote on every one of the nodes that report the top
    candidate's failure, when two or more do (the kernel killing ``node`` for its cgroup's
    memory on each node that runs a replica of the API): one workload's replicas failing
    alike, not each node failing."""
    reporting = {c.component for c in ranked
                 if c.category == ranked[0].category and c.component in hosts}
    if len(reporting) < 2:
        return set()
    ran: dict[str, set[str]] = {}  # node -> the workloads whose pods wrote there
    for ln in lines:
        if ln.pod and not ln.is_event and ln.node in reporting:
            ran.setdefault(ln.node, set()).add(ln.workload)
    if ran.keys() != reporting:
        return set()
    return set.intersection(*ran.values()) - hosts


def _replaced_on(lines: list[LineSignals], node: str, first: int) -> set[str]:
    """Workloads on ``node`` whose pods that wrote before ``first`` wrote nothing after it,
    while a new pod of the same workload wrote its first line after it: a replacement (a
    Job's new pod after its first one was killed) took over there. (A line whose collapsed
    copies came from several pods says nothing of when each wrote.)"""
    span: dict[str, list[int]] = {}  # pod -> its first and last line of its own
    owner: dict[str, str] = {}
    for ln in lines:
        if ln.pod and not ln.is_event and ln.node == node and len(set(ln.all_pods)) == 1:
            seen = span.setdefault(ln.pod, [ln.ts, ln.last_ts])
            seen[0], seen[1] = min(seen[0], ln.ts), max(seen[1], ln.last_ts)
            owner[ln.pod] = ln.workload
    old: dict[str, bool] = {}  # workload -> whether all its pods from before fell silent
    for pod, (start, end) in span.items():
        if start < first:
            old[owner[pod]] = old.get(owner[pod], True) and end < first
    return {owner[pod] for pod, (start, _) in span.items()
            if start > first and old.get(owner[pod], False)}


def _machine_named(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """A program failing on one plain host (lightd's config error on ``lx-ctl-01``, no pod)
    that callers on other machines name by that host ("output node lx-ctl-01 (...)
    unreachable: Connection refused"): the host is what is broken, and the component."""
    if not ranked:
        return
    top = ranked[0]
    by_index = {ln.index: ln for ln in lines}
    causes = [by_index[i] for i in top.cause_lines if i in by_index]
    hosts = {ln.node for ln in causes}
    if not causes or len(hosts) != 1 or any(ln.pod for ln in causes):
        return
    host = hosts.pop()
    if (host and host.lower() != top.component.lower()
            and any(ln.callee and ln.callee.lower() == host.lower() and ln.node != host
                    for ln in lines)):
        top.component = host


def _kills(lines: list[LineSignals]) -> int:
    """How many kills ``lines`` report: the kernel's line and a Node event about the same
    kill (``Killed process <pid>``) are one."""
    kills: dict[str, int] = {}
    for ln in lines:
        key = ln.killed or f"line {ln.index}"
        kills[key] = max(kills.get(key, 0), ln.count)
    return sum(kills.values())


#: the agents that make a machine a Kubernetes node, as their streams and units name them
_NODE_AGENTS = re.compile(r"\b(?:containerd|kubelet|dockerd|cri-?o|k3s|rke2|k0s|microk8s"
                          r"|kube-proxy)\b", re.IGNORECASE)


def _node_agent_crash(ranked: list[Candidate], lines: list[LineSignals]) -> list[Candidate]:
    """A crash that a node's own streams show and no workload it hosts owns (containerd
    panicking on a corrupt metadata store, the kubelet's service exiting in a loop) is the
    node failing: its agents are not an application's code. A plain host's program (a PHP
    site's exceptions on ``web-01``, no node agent in its lines) is the application's."""
    if not ranked or ranked[0].category != "application_error":
        return ranked
    top = ranked[0]
    hosts = host_workloads(lines)
    if top.component not in hosts or not any(
            ln.workload == top.component and _NODE_AGENTS.search(ln.message) for ln in lines):
        return ranked
    top.category = "node_failure"
    return [c for c in ranked
            if c is top or (c.category, c.component) != ("node_failure", top.component)]


#: a workload's own health checks answered unhealthy or too slowly (it accepts connections)
_HEALTH_ANSWERED = "health-endpoint-503"


def _refused_not_probed(ranked: list[Candidate], lines: list[LineSignals],
                        writers: Mapping[int, str], p: Params) -> None:
    """A workload whose probes fail while its callers are refused by it is not accepting
    connections at all (stopped, starting, waiting for its peers): its callers' refusals
    are the incident, the probe failures their echo. (A probe aimed at the wrong port fails
    while callers reach the app: it stays a probe failure. So does a probe that kills the
    container, "failed liveness probe, will be restarted": the probe is what stops it. So
    does one whose pods answer requests after its probes began to fail, whatever the status
    (a 404 to the probe's wrong path), or report their health checks answered unhealthy or
    too slowly (``health-endpoint-503``): it accepts connections, and its callers' refusals
    and "no live upstreams" are the endpoints its failing readiness probe took away.)"""
    if not ranked:
        return
    top = max(ranked, key=lambda c: c.final)
    if top.category != "probe_failure" or any(
            ln.workload == top.component
            and any(h.sig.signal == "restart" for h in ln.hits)
            and any(h.sig.category == "probe_failure" for h in ln.hits) for ln in lines):
        return
    began = top.first_ts
    if began is not None and any(
            ln.workload == top.component and ln.pod and not ln.is_event and ln.ts > began
            and (ln.status is not None or any(h.sig.id == _HEALTH_ANSWERED for h in ln.hits))
            for ln in lines):
        return
    refused = [c for c in ranked if c.category == "connection_refused"
               and c.component == top.component and c.final >= p.callee_reach * top.final
               and any(writers.get(i) != top.component for i in c.cause_lines)]
    if refused:
        max(refused, key=lambda c: c.final).final = top.final * 1.01


def _probe_echo(ranked: list[Candidate], writers: Mapping[int, str], p: Params) -> None:
    """A readiness or liveness probe failing on a workload whose own failure of another kind
    came first (a server that could not build its datasource at start) is that failure's
    echo: the failure goes first, when it is within ``earliest_reach`` of the probe's. Its
    own: lines it wrote (its callers refused by it are the probe's consequence, not its
    cause)."""
    if not ranked or ranked[0].category != "probe_failure":
        return
    top = ranked[0]
    began = top.first_ts
    if began is None:
        return
    own = [c for c in ranked[1:] if c.component == top.component and c.has_signature
           and any(writers.get(i) == top.component for i in c.cause_lines)
           and c.category not in ("probe_failure", "none") and c.first_ts is not None
           and c.first_ts < began and c.severity in ("ERROR", "CRITICAL")
           and c.final >= p.earliest_reach * top.final]
    if own:
        first = min(own, key=lambda c: c.first_ts or 0)
        first.final = max(first.final, top.final + 1e-6)


def _provider_first(ranked: list[Candidate], kb: KnowledgeBase, p: Params) -> None:
    """When the workload that provides the failing function (CoreDNS for DNS) shows the
    failure in its own lines, it is the component rather than its many clients."""
    if not ranked:
        return
    top = ranked[0]
    providers = kb.info(top.category).providers
    if (not providers or _is_provider(top.component, providers)
            or _ZONE_UNSERVED in top.signature_ids):  # the name server behind them all
        return
    own = [c for c in ranked[1:] if c.has_signature and _is_provider(c.component, providers)
           and c.final >= p.callee_reach * top.final
           and (c.category == top.category
                # or the provider's own failure of another kind that began first: the
                # issuer refused its login to Vault, then the certificates it could not
                # renew expired
                or c.first_ts is not None and top.first_ts is not None
                and c.first_ts < top.first_ts)]
    if own:
        max(own, key=lambda c: c.final).final = top.final * 1.01


def _zone_behind(ranked: list[Candidate], lines: list[LineSignals]) -> None:
    """A name server that said it can no longer serve a zone (BIND's "zone dealer.internal/IN:
    expired") before the failed lookups of the leading candidate began, of names in that zone
    (CoreDNS's SERVFAILs for ``dms.dealer.internal``, its clients' "Name or service not
    known"): the server behind them all comes first, however many lines they wrote."""
    top = max(ranked, key=lambda c: c.final, default=None)
    if (top is None or top.category != "dns_resolution"
            or _ZONE_UNSERVED in top.signature_ids):
        return
    by_index = {ln.index: ln for ln in lines}
    failed = [c for c in ranked if c.category == "dns_resolution"
              and _ZONE_UNSERVED not in c.signature_ids]
    told = " ".join(by_index[i].message.lower() for c in failed for _, i in c.votes
                    if i in by_index)
    for cand in ranked:
        if (cand.category != "dns_resolution" or _ZONE_UNSERVED not in cand.signature_ids
                or cand.first_ts is None or (top.first_ts or 0) < cand.first_ts):
            continue
        zones = {m.group(1).lower().rstrip(".") for i in cand.cause_lines if i in by_index
                 for m in _ZONE_NAME.finditer(by_index[i].message)}
        if any(re.search(rf"[\w\-]\.{re.escape(zone)}\b", told) for zone in zones):
            cand.final = max(cand.final, top.final * 1.01)
            return


def _provider_away(ranked: list[Candidate], moved: dict[str, int], state: _State,
                   kb: KnowledgeBase, p: Params) -> None:
    """Clients' failures of a function (DNS lookups) that began while a workload providing
    it was stopped and not yet started again (node-local-dns's pod replaced on that node),
    or within ``RETRY_WINDOW_NS`` of its stop when the window shows no start of it after
    (CoreDNS's "SIGTERM: Shutting down servers then terminating", then its clients'
    "Temporary failure in name resolution"), are that workload's: its stop is the cause,
    and once it started again after the last failure, the failures are over."""
    top = ranked[0] if ranked else None
    if top is None or top.first_ts is None:
        return
    providers = kb.info(top.category).providers
    if not providers or _is_provider(top.component, providers):
        return
    began: int = top.first_ts
    for who, stopped in sorted(moved.items(), key=lambda kv: kv[1]):
        back = [ts for ts in state.starts.get(who, ()) if ts >= stopped]
        if (_is_provider(who, providers) and stopped <= began
                and (began <= min(back) + p.provider_slack_seconds * 10**9 if back
                     else began - stopped <= RETRY_WINDOW_NS)):
            top.component = who
            _assess(top, state, p)
            if (back and top.last_ts is not None
                    and min(back) + p.provider_slack_seconds * 10**9 >= top.last_ts):
                top.recovered = True
                top.severity = severity_of(top, p)
            return


def _provider_ridden_out(ranked: list[Candidate], lines: list[LineSignals], kb: KnowledgeBase,
                         p: Params) -> None:
    """A provider of a function (NodeLocal DNSCache, CoreDNS for DNS) failing in its own
    lines, whose clients' failures of that function each ended in a success on a later
    attempt after its last failure ("attempt 4/5 succeeded"): its clients rode the trouble
    out, and nothing says it goes on. Over for now: recovered. When the provider fails on
    after that, but every client only warns of its failures and each had a retry succeed
    after its first one, its clients ride intermittent trouble out: contained (mitigated)."""
    top = ranked[0] if ranked else None
    if top is None or top.last_ts is None or top.recovered:
        return
    providers = kb.info(top.category).providers
    if not providers or not _is_provider(top.component, providers):
        return
    by_index = {ln.index: ln for ln in lines}
    clients: dict[str, list[LineSignals]] = {}  # client -> its failures of the function
    for cand in ranked[1:]:
        if cand.category == top.category and not _is_provider(cand.component, providers):
            for i in cand.cause_lines:
                ln = by_index.get(i)
                if ln is not None and ln.workload == cand.component:
                    clients.setdefault(cand.component, []).append(ln)
    if not clients:
        return

    def ok_after(who: str, ts: int) -> bool:
        return any(ln.retry_ok and ln.workload == who and ln.ts > ts for ln in lines)

    if all(ok_after(who, max(top.last_ts, *(ln.last_ts for ln in failed)))
           for who, failed in clients.items()):
        top.recovered = True
    elif all(ok_after(who, min(ln.ts for ln in failed))
             and all(Level.UNKNOWN < ln.level < Level.ERROR for ln in failed)
             for who, failed in clients.items()):
        top.mitigated = True
    else:
        return
    top.severity = severity_of(top, p)


def _is_provider(component: str, providers: tuple[str, ...]) -> bool:
    name = component.lower()
    return any(name == prov or name.startswith(prov + "-") for prov in providers)


#: callers' failures that a callee with every worker busy (PHP-FPM's "server reached
#: pm.max_children") explains: not a database's own refusal ("too many clients", database)
_WAITING = frozenset({"timeout", "connection_refused"})


def _callee_own_cause(ranked: list[Candidate], writers: Mapping[int, str], kb: KnowledgeBase,
                      p: Params) -> None:
    """Callers refused by (or timing out on) X, while X shows a failure of its own (killed,
    crashing, misconfigured, failing probes, every worker busy): X's own failure is the
    earlier cause in the chain and goes first, when it is within ``callee_reach`` of the
    callers' score. (When X itself wrote the top candidate's lines, its failing probes are
    their echo: a database saying it lost its quorum is not ready. A full pool explains
    timeouts and refusals, not a database's own "too many clients".)"""
    if not ranked or not kb.info(ranked[0].category).blame_callee:
        return
    top = ranked[0]
    said = bool(top.cause_lines) and all(writers.get(i, "").lower() == top.component.lower()
                                         for i in top.cause_lines)
    own = [c for c in ranked[1:] if c.component.lower() == top.component.lower()
           and (c.category in DOWN_CAUSES or c.category == "resource_exhausted"
                and top.category in _WAITING) and c.has_signature
           and not (said and c.category == "probe_failure")
           and c.final >= p.callee_reach * top.final]
    if own:
        best = max(own, key=lambda c: c.final)
        best.final = top.final * 1.01


def _refused_login_client(ranked: list[Candidate], lines: list[LineSignals], kb: KnowledgeBase,
                          p: Params) -> None:
    """A data store's own note that it refused a login (MySQL's ``[Note] Access denied for
    user 'scanner'@'10.42.7.21'``) is the server doing its job. The client whose login it
    refused, reporting the same refusal at the same time, holds the wrong credentials (a
    password rotated under it) and is where it is fixed: it goes first when within
    ``callee_reach``, and when it is the one client refused then. (When the refused user
    names a workload, or the client names the server's own workload, the server's line is
    already that client's: ``client_of``, ``_credit_refused_clients``; here the client
    names the server by a Service of another name, ``stock-db``.) A server's line of its
    own login elsewhere failing (Kafka's to ZooKeeper) is no refusal of its."""
    top = ranked[0] if ranked else None
    stores = kb.store_words()
    if (top is None or top.category != "auth_failure" or top.first_ts is None
            or not data_store(top.component, stores)):
        return
    began, server = top.first_ts, top.component.lower()
    own = {ln.index: (ln.callee or server).lower() for ln in lines
           if ln.workload.lower() == server}
    if not top.cause_lines or any(not own.get(i, "").startswith(server)
                                  for i in top.cause_lines):
        return  # not all the server's notes of logins it refused
    _lone_client_first(top, [c for c in ranked[1:] if c.category == "auth_failure"
                             and c.first_ts is not None and not data_store(c.component, stores)
                             and abs(c.first_ts - began) <= _SAME_MOMENT_NS
                             and set(c.signature_ids) & set(top.signature_ids)], p)


def _migration_first(ranked: list[Candidate], lines: list[LineSignals], kb: KnowledgeBase,
                     p: Params) -> None:
    """Database errors beside a schema migration that says it failed (Flyway's "Migration
    V58__split_seat_holds.sql failed", Liquibase's, Alembic's, Django's): the relations the
    callers miss and the statements the database rejects are that migration's, and the
    workload that ran it (not the database, not its callers) is where it is fixed. It goes
    first when within ``callee_reach``."""
    if not ranked or ranked[0].category != "database":
        return
    top = ranked[0]
    ran = {ln.index: ln.workload for ln in lines if _MIGRATION_RUN.search(ln.message)}
    if top.component in ran.values():
        return  # the top one ran it
    stores = kb.store_words()
    runners = [c for c in ranked[1:] if c.category == "database"
               and not data_store(c.component, stores)
               and c.final >= p.callee_reach * top.final and ran.keys() & set(c.cause_lines)]
    if runners:
        max(runners, key=lambda c: c.final).final = top.final * 1.01


def _named_wait_first(ranked: list[Candidate], lines: list[LineSignals], p: Params) -> None:
    """Timeouts that do not say what they waited for (``ReadTimeoutException``), beside
    another workload's own timeouts on a dependency out of the cluster (``deadline
    exceeded`` posting to ``https://api.partner.com``): that workload is the deeper link of
    the chain, the one that waits on the slow provider, and goes first when within
    ``earliest_reach``."""
    if not ranked or ranked[0].category != "timeout":
        return
    top = ranked[0]
    by_index = {ln.index: ln for ln in lines}
    if any(by_index[i].callee or by_index[i].outside for i in top.cause_lines):
        return
    deeper = [c for c in ranked[1:] if c.category == top.category and c.has_signature
              and c.component.lower() != top.component.lower()
              and any(by_index[i].outside and by_index[i].workload == c.component
                      for i in c.cause_lines)
              and c.final >= p.earliest_reach * top.final]
    if deeper:
        max(deeper, key=lambda c: c.final).final = top.final * 1.01


def _routine_hits(lines: list[LineSignals], restarts: dict[str, int],
                  starts: dict[str, list[int]], stops: dict[str, int], p: Params, *,
                  moved: dict[str, int], placed: dict[str, int], cordoned: dict[str, int],
                  assigned: dict[str, int], pod_starts: dict[str, list[int]]
                  ) -> dict[int, set[str]]:
    """``{line index: signature ids}`` of the hits that are routine here, ``"*"`` for a
    line that is routine as a whole (see the module docstring: ``startup_grace``, the
    shutdown grace, a moved workload's rescheduling, a cordoned node, a mistyped login and
    ``sporadic``)."""
    out: dict[int, set[str]] = {}
    requests: dict[str, int] = {}
    sporadic: dict[tuple[str, str], list[LineSignals]] = {}
    # the lines of each signature counted over the window (at_scale, lone_warning), by id
    counted: dict[str, tuple[Signature, list[LineSignals]]] = {}
    debugged: dict[tuple[str, str], list[LineSignals]] = {}  # (workload, id): debug lines

    def stopping(line: LineSignals) -> bool:
        # its own lines, and the kubelet's word that its probes fail as it goes
        own = not line.is_event or any(h.sig.category == "probe_failure" for h in line.hits)
        stopped = stops.get(line.pod) if line.pod and own else None
        return (stopped is not None and not restarts.get(line.workload)
                and 0 <= line.ts - stopped <= p.shutdown_grace * 1e9
                # not once the pod started again: its new container's lines
                and not any(stopped < t <= line.ts for t in pod_starts.get(line.pod or "", ())))

    # a pod that answers clients with 5xx while it stops does not shut down gracefully:
    # what it logs meanwhile is the incident (its sidecar gone first), not noise
    unclean = {ln.pod for ln in lines if ln.status is not None and ln.status >= 500
               and stopping(ln)}
    for index in mistyped_logins(lines):  # a login refused, then accepted for that user
        out.setdefault(index, set()).add("*")
    for index in rolled_members(lines):  # a cluster's members restarted one at a time
        out.setdefault(index, set()).add("*")
    for index in new_topic_waits(lines):  # a new topic's first leader not elected yet
        out.setdefault(index, set()).add("*")
    for index in sibling_waits(lines):  # a container of its pod not listening yet
        out.setdefault(index, set()).add("*")
    killed = killed_for_timeout(lines)
    for line in lines:
        if line.index in killed:  # killed for its timeout, not for memory
            out.setdefault(line.index, set()).update(h.sig.id for h in line.hits
                                                     if h.sig.category == "oom_killed")
        if (line.workload in moved and not restarts.get(line.workload)
                and any(h.sig.category == "scheduling" for h in line.hits)
                and moved[line.workload] <= line.ts
                and 0 <= placed.get(line.workload, 0) - line.last_ts
                <= p.reschedule_grace * 1e9):
            # its replacement waited for a node and then got one: rescheduling, not trouble
            out.setdefault(line.index, set()).add("*")
        if (line.node and cordoned.get(line.node, line.ts + 1) <= line.ts
                and any(h.sig.category == "node_failure" for h in line.hits)):
            out.setdefault(line.index, set()).add("*")  # a node going away as planned
        if stopping(line) and line.pod not in unclean:
            out.setdefault(line.index, set()).add("*")  # its own lines as it shuts down
        if line.status is not None:
            requests[line.workload] = requests.get(line.workload, 0) + line.count
        for hit in line.hits:
            sig = hit.sig
            if sig.startup_grace and not restarts.get(line.workload):
                # its workload's start, or its own pod's placement on a node, before each
                # of its copies (a probe still failing past the grace is no start-up noise)
                began = [*starts.get(line.workload, ()),
                         *([assigned[line.pod]] if line.pod in assigned else [])]
                if began and all(any(0 <= t - b <= sig.startup_grace * 1e9 for b in began)
                                 for t in line.times):
                    out.setdefault(line.index, set()).add("*")  # the whole line
            if sig.sporadic and line.status is not None:
                sporadic.setdefault((line.workload, sig.id), []).append(line)
            if sig.at_scale or sig.lone_warning:
                counted.setdefault(sig.id, (sig, []))[1].append(line)
            if line.level in (Level.DEBUG, Level.TRACE) and not line.is_event:
                debugged.setdefault((line.workload, sig.id), []).append(line)
    for (workload, sig_id), hit_lines in sporadic.items():
        share = sum(ln.count for ln in hit_lines) / max(requests.get(workload, 0), 1)
        limit = next(h.sig.sporadic for h in hit_lines[0].hits if h.sig.id == sig_id)
        if share < limit:
            for ln in hit_lines:
                out.setdefault(ln.index, set()).add(sig_id)
    # a failure its writer logged once, and only at debug level (Prometheus's "Scrape failed"
    # of a pod as a rollout replaced it): its writer does not count it as trouble
    for hit_lines in debugged.values():
        if sum(ln.count * ln.repeats for ln in hit_lines) == 1:
            out.setdefault(hit_lines[0].index, set()).add("*")
    for sig, hit_lines in counted.values():
        records = sum(ln.count * ln.repeats for ln in hit_lines)  # one only on one line
        if (records < sig.at_scale or sig.lone_warning and records == 1
                and Level.UNKNOWN < hit_lines[0].level < Level.ERROR
                and not (sig.role == "symptom" and _borne_out(lines, hit_lines[0], sig))):
            for ln in hit_lines:
                out.setdefault(ln.index, set()).add(sig.id)
    return out


def _borne_out(lines: list[LineSignals], line: LineSignals, sig: Signature) -> bool:
    """Whether a later line of ``line``'s workload reports a cause of ``sig``'s category:
    then a lone warning of a symptom was its first sign (memory warned high before the OOM
    kill)."""
    return any(ln.workload == line.workload and ln.index != line.index and ln.ts >= line.ts
               and any(h.sig.category == sig.category and h.sig.role == "cause"
                       and h.sig.id != sig.id for h in ln.hits)
               for ln in lines)


def _began(line: LineSignals, decisive: Hit | None, assigned: dict[str, int]) -> int:
    """When the failure a cause line reports began: a volume the kubelet reports it could not
    mount (after minutes of trying) kept its pod from starting since the pod was placed."""
    if (decisive is not None and decisive.sig.category == "storage" and line.is_event
            and line.pod and assigned.get(line.pod, line.ts) < line.ts):
        return assigned[line.pod]
    return line.ts


def _earliest_cause_bonus(ranked: list[Candidate], p: Params) -> None:
    if len(ranked) < 2 or ranked[0].final < p.incident_threshold:
        return  # no incident to explain: the bonus makes none out of the window's blips
    best = ranked[0].final
    reach = [c for c in ranked if c.first_ts is not None and c.has_signature
             and c.final >= p.earliest_reach * best]
    # a cause that was over before another one began explains nothing of it
    reach = [c for c in reach if c.recovered_at is None
             or not any(o.first_ts is not None and o.first_ts > c.recovered_at for o in reach)]
    if len(reach) < 2:
        return
    earliest = min(reach, key=lambda c: (c.first_ts, -c.final))
    earliest.final += p.earliest_bonus * best


