"""A candidate's severity (see ``reasoning``'s docstring, "Severity")."""

from __future__ import annotations

from retrieval.records import Level

from .signals import DOWN_CAUSES, SEV_NAMES, SEV_ORDER, Candidate, Hit, LineSignals, Params

_FAILED = (Level.ERROR, Level.CRITICAL, Level.UNKNOWN)
#: a workload's own failures that leave its Service with no endpoint when they hit every
#: pod of it: those that take it down (``DOWN_CAUSES``), its own login refused as it starts
#: (a Vault agent denied its secrets: no pod of it ever becomes ready), and a resolver's
#: own failure (CoreDNS exiting on a forwarding loop: no name of the cluster resolves)
DOWN_OWN = DOWN_CAUSES | {"auth_failure", "dns_resolution"}
#: what callers of a workload with no pod left report (nothing listens at its address)
REFUSED_WHILE_EMPTY = frozenset({"connection_refused"})
#: what a dependency does to callers that then restart in a loop, down with it: refuse their
#: connections, or (a database) refuse their sessions ("sorry, too many clients already")
LOOPING_CALLERS = frozenset({"connection_refused", "database"})


def serving_workloads(lines: list[LineSignals]) -> set[str]:
    """Workloads whose pods of one ReplicaSet restart while pods of another work normally
    (info-level lines, no failure signature): a rollout stuck on its crashing new pods while
    the old ones serve is degraded (ERROR), not down. A ReplicaSet whose pods write a
    failure of their own (a cause signature on an error-level line: two replicas that each
    crash on start) serves nothing, whatever they logged before it; nor does a pod that
    said it shuts down (a ``stop`` signal: its ReplicaSet scaled down, the Deployment
    replaced at once or the rollout made room for the new pods). A collapsed line counts
    for every pod its copies came from. (Pods of one ReplicaSet are not told apart: its
    other pods serving between their own restarts do not make it serve; nor do the pods of
    another Deployment under the same ``app`` label.)"""
    looping: dict[str, set[str]] = {}
    failing: dict[str, set[str]] = {}
    fine: dict[str, set[str]] = {}  # workload -> pods that work normally
    stopped: set[str] = set()  # pods that said they shut down
    for line in lines:
        # name-<hash>-<suffix> of a Deployment's pods
        pods = {pod for pod in line.all_pods if pod.count("-") >= 2}
        replicasets = {pod.rsplit("-", 1)[0] for pod in pods}
        if not replicasets:
            continue
        if any(h.sig.signal == "stop" for h in line.hits):
            stopped |= pods
        if any(h.sig.signal == "restart" for h in line.hits):
            looping.setdefault(line.workload, set()).update(replicasets)
        elif (not line.is_event and line.level in _FAILED
              and any(h.sig.role == "cause" and h.sig.category != "none" for h in line.hits)):
            failing.setdefault(line.workload, set()).update(replicasets)
        elif (line.level in (Level.INFO, Level.DEBUG) and not line.is_event
              and not any(h.sig.role != "benign" and h.sig.category != "none"
                          for h in line.hits)):
            fine.setdefault(line.workload, set()).update(pods)
    # a pod that then shut down (its ReplicaSet scaled down) serves no more
    working = {w: {pod.rsplit("-", 1)[0] for pod in pods - stopped} for w, pods in fine.items()}
    # another ReplicaSet of the same Deployment (a rollout's old pods), not another
    # Deployment that shares the app label (a Dask cluster's scheduler beside its workers)
    return {w for w, sets in looping.items()
            if {rs.rsplit("-", 1)[0] for rs in working.get(w, set()) - sets - failing.get(w, set())}
            & {rs.rsplit("-", 1)[0] for rs in sets}}


def line_severity(line: LineSignals, hit: Hit | None) -> str:
    sig = hit.sig.severity if hit else "ERROR"
    if line.is_event or line.level in (Level.UNKNOWN, Level.INFO, Level.DEBUG, Level.TRACE):
        return sig
    if sig == "CRITICAL":
        return sig
    if line.level == Level.WARN or hit is not None and sig == "INFO":
        return "WARN"  # a warning stays a warning
    if hit is not None and sig == "WARN" and not hit.sig.follows_level:
        return "WARN"  # a degraded-only signature stays WARN at any level
    return "ERROR"


def _persistent(warned: list[tuple[int, int, int]], p: Params) -> bool:
    return bool(warned) and (
        sum(n for _, _, n in warned) >= p.persistent_lines
        and max(t for _, t, _ in warned) - min(t for t, _, _ in warned)
        >= p.persistent_seconds * 1e9)


def severity_of(cand: Candidate, p: Params) -> str:
    """The candidate's severity from its cause lines (all of its lines if it has none),
    escalated for restart loops, lowered when the component recovered."""
    idx = set(cand.cause_lines) or set(cand.line_severity)
    signed = idx & cand.signed_lines
    levels = [SEV_ORDER[cand.line_severity[i]] for i in signed or idx
              if i in cand.line_severity]
    sev = SEV_NAMES[max(levels)] if levels else "ERROR"
    if sev == "INFO":
        sev = "WARN"
    if sev == "WARN" and cand.felt:
        sev = "ERROR"  # only warned about by itself, but its callers fail: they feel it
    if (sev == "WARN" and cand.category in p.persistent_categories
            and _persistent(cand.warned_failures, p)):
        sev = "ERROR"  # unreachable again and again, minutes apart: it is not transient
    if cand.restarts >= p.restart_loop and sev != "WARN" and not cand.serving:
        sev = "CRITICAL"  # a loop with no replica left serving: the component is down
    if (cand.category == "oom_killed" and cand.backing_off and cand.restarts >= p.oom_loop
            and sev == "ERROR" and not cand.serving):
        sev = "CRITICAL"  # killed for memory again and again, restarted ever later: a loop
    if cand.down and cand.category in DOWN_OWN and sev == "ERROR":
        sev = "CRITICAL"  # its own failure left its Service with no endpoint, or every pod
        #                   of it said it died for good: it is down
    if cand.emptied and cand.category in REFUSED_WHILE_EMPTY and sev == "ERROR":
        sev = "CRITICAL"  # its callers refused by a Deployment scaled to no pod, or by a
        #                   host's service stopped for good: none answers
    if cand.callers_looping and cand.category in LOOPING_CALLERS and sev == "ERROR":
        sev = "CRITICAL"  # its callers restart in a loop on its refusals: they are down too
        #                   (not for every category: authors read a certificate or a node
        #                   failing under looping callers as ERROR)
    if cand.rolled_down and sev == "ERROR":
        sev = "CRITICAL"  # its old pods scaled away, every new one crashing or pending: none
        #                   serves
    if cand.evictions >= p.eviction_loop and sev == "ERROR":
        sev = "CRITICAL"  # a service whose pods are evicted one after the other: no pod of
        #                   it stays up, as in a crash loop
    if cand.data_at_risk and sev == "ERROR":
        sev = "CRITICAL"  # a database's volume failing writes: its data is at risk
    if cand.capped and sev == "ERROR":
        sev = "WARN"  # its running pods serve; only the extra ones it asked for are refused
    if cand.failed_over and sev in ("ERROR", "CRITICAL"):
        return "WARN"  # its peer holds its virtual address and serves, or the volume's
        #                other replicas do: redundancy is down
    if (cand.recovered or cand.mitigated) and sev in ("ERROR", "CRITICAL"):
        # back for now, but it failed and came back again and again: flapping, not over
        sev = "ERROR" if cand.flaps >= p.flapping else "WARN"
    return sev
