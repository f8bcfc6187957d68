"""The engine's data: what a line says (``LineSignals`` and its signature ``Hit``s), a
ranked cause (``Candidate``) and the tunables (``Params``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from retrieval.records import Level

from .knowledge import Signature

#: failures that take a workload down or out of service (so its callers are refused)
DOWN_CAUSES = frozenset({"oom_killed", "application_error", "config_error", "probe_failure",
                         "image_pull", "scheduling", "node_failure", "storage"})

#: failures a host stream reports about a process it hosts (the kernel's OOM killer, a
#: segfault trap, an eviction, the runtime failing to pull a pod's image): the workload that
#: shows them too owns them
HOSTED_CAUSES = frozenset({"oom_killed", "application_error", "resource_exhausted",
                           "image_pull"})
SEV_ORDER = {"INFO": 0, "WARN": 1, "ERROR": 2, "CRITICAL": 3}
SEV_NAMES = ("INFO", "WARN", "ERROR", "CRITICAL")


@dataclass(frozen=True, slots=True)
class Params:
    """Tunables: the scoring weights were fitted on golden/train.jsonl only; the rule
    thresholds (restart loop, persistence, restart after a kill) are chosen by what they mean,
    and checked on train.jsonl and the held-out sets' dev halves."""

    classifier_weight: float = 3.5     # a line's vote from the classifier: weight × p
    classifier_min_p: float = 0.25     # probabilities below are ignored
    decay: float = 0.6                 # the i-th line of a candidate counts decay**i
    count_gain: float = 0.25           # a line standing for n records: × (1 + gain·log2 n)
    precedence_gain: float = 0.06      # score × (1 + gain · precedence / 10 · 10)
    earliest_reach: float = 0.5        # earliest cause wins if within this share of the best
    earliest_bonus: float = 0.35       # ... and gains this share of the best score
    incident_threshold: float = 2.6    # below: a healthy window
    restart_loop: int = 3              # restart signals for CRITICAL
    oom_loop: int = 2                  # OOM kills for CRITICAL while the kubelet backs off
    eviction_loop: int = 2             # a service's pods evicted for CRITICAL
    callee_reach: float = 0.3          # a callee's own failure explains callers' refusals
    persistent_lines: int = 3          # a dependency unreachable, logged as warnings this
    persistent_seconds: float = 120.0  # often over this span (not recovered), is ERROR
    persistent_categories: tuple[str, ...] = ("connection_refused", "dns_resolution", "timeout",
                                              "resource_exhausted")
    # ... unless it stopped: its writers went on this long, and this many of its intervals,
    quiet_seconds: float = 60.0        # without it (it recovered)
    quiet_gaps: int = 3
    # of these, only warnings that say the operation failed count (not "call slow")
    failed_only_categories: tuple[str, ...] = ("timeout",)
    # warned about by its own lines, then failing its work at error level: felt (ERROR)
    given_up_categories: tuple[str, ...] = ("rate_limited",)
    retried_share: float = 0.75        # of its failures retried and then done: transient
    flapping: int = 3                  # failed and came back this often: ERROR, not WARN
    flapping_categories: tuple[str, ...] = ("node_failure",)  # of one instance: a node
    restart_after: float = 120.0       # a host's OOM kill: the pod on it restarting this soon
    shutdown_grace: float = 60.0       # a pod's own lines this soon after it was told to stop
    reschedule_grace: float = 300.0    # a moved workload's pod waiting this long for a node
    blip_seconds: float = 120.0        # one failure that a recovery ended this soon: a blip
    # causes a single kill of which recovers when the workload starts again after it (killed
    # for memory, or restarted by its liveness probe)
    restart_recovers: tuple[str, ...] = ("oom_killed", "probe_failure")
    # clients' failures this soon after a provider (DNS) started again are still its restart's
    provider_slack_seconds: float = 10.0


@dataclass(slots=True)
class Hit:
    sig: Signature
    target: str | None = None          # the component this hit credits (callee, node, ...)
    client: str | None = None          # a present workload the line names as the client


#: Words of a line that says something went wrong; a line of no level without any of them
#: ("Checking database connection and schema version") is no failure the classifier may vote
#: for.
TROUBLE_WORDS = re.compile(
    r"(?i)err|fail|fatal|panic|exception|refus|denied|forbidden|unauthori|invalid|cannot|"
    r"can't|could not|couldn't|unable|not found|no such|missing|timed? ?out|timeout|deadline|"
    r"unavailable|unreachable|unhealthy|kill|oom|out of memory|exceed|exhaust|full|"
    r"throttl|limit|abort|crash|back-?off|evict|lost|corrupt|reset|broken|expired|reject|"
    r"terminat|stopp|shutdown|down\b|warn|retry|slow|lag|stuck|pending|conflict|"
    r"violat|overload|too many|insufficient|not ready|notready|degraded|bad\b|no matching|"
    r"mismatch|wrong|unknown|delet|[45]\d\d\b")


@dataclass(slots=True)
class LineSignals:
    index: int
    ts: int
    workload: str
    level: Level
    count: int = 1
    is_event: bool = False
    message: str = ""
    hits: list[Hit] = field(default_factory=list)
    probs: dict[str, float] = field(default_factory=dict)
    callee: str | None = None          # the dependency the line names, resolved
    callee_said: bool = False          # the line spells that name out (not a product word)
    outside: bool = False              # it names a dependency by a public host
    node: str | None = None
    status: int | None = None          # the HTTP status of an access-log line
    repeats: int = 1                   # a Kubernetes event's own count (BackOff x12)
    until: int | None = None           # the last collapsed copy's time (None: ts)
    pod: str | None = None             # the pod it is from or about
    namespace: str | None = None       # the namespace label of the line
    kind: str | None = None            # the kind of object an event is about (``Job``)
    pods: tuple[str, ...] = ()         # every pod its collapsed copies are from (() : pod's)
    operation: str | None = None       # the job or request it is about (``retries``)
    operations: frozenset[str] = frozenset()  # those of all its collapsed copies
    login: tuple[str, bool] | None = None  # a password login it reports: (user, accepted)
    lookup: tuple[str, bool] | None = None  # a DNS name it reports: (name, answered)
    done: bool = False                 # it reports that operation done
    retried_at: tuple[int, ...] = ()   # when each copy reporting a success on a later
    #                                    attempt was written (``retry_ok``)
    copy_times: tuple[int, ...] = ()   # when each collapsed copy was written (() : ts)
    worded: bool = True                # its text has a word of trouble (``TROUBLE_WORDS``)
    volumes: frozenset[str] = frozenset()  # provisioned volumes it names (``pvc-<uid>``)
    topics: tuple[tuple[str, bool], ...] = ()  # Kafka topics it reports (created, leaderless)
    killed: str | None = None          # the pid of the process it says the kernel killed
    task_mark: tuple[str, str, str, str] | None = None  # an orchestrator's mark on a task:
    #                                    (state, dag, task, run) (``retries``)
    pool_news: tuple[str, str] | None = None  # a Celery worker's news: ("received", task)
    #                                    or ("lost", pid of a pool process) (``retries``)
    server_news: tuple[str, str] | None = None  # a load balancer's news of a server:
    #                                    (drained/up/failed, server) (``maintenance``)

    @property
    def all_pods(self) -> tuple[str, ...]:
        """The pods this line stands for: its collapsed copies' (an event: the one it is
        about)."""
        return self.pods or ((self.pod,) if self.pod else ())

    @property
    def retry_ok(self) -> bool:
        """Whether it (or a collapsed copy of it) reports a success on a later attempt."""
        return bool(self.retried_at)

    @property
    def times(self) -> tuple[int, ...]:
        """When each record this line stands for was written."""
        return self.copy_times or (self.ts,)

    @property
    def last_ts(self) -> int:
        return self.ts if self.until is None else self.until


def host_workloads(lines: Iterable[LineSignals]) -> set[str]:
    """The "workloads" that are hosts: the streams of a node or a machine itself (their
    lines' workload is their node), not a pod's."""
    return {ln.workload for ln in lines if ln.node and ln.workload == ln.node}


@dataclass(slots=True)
class Candidate:
    category: str
    component: str
    votes: list[tuple[float, int]] = field(default_factory=list)   # (vote, line index)
    cause_lines: list[int] = field(default_factory=list)
    first_ts: int | None = None
    last_ts: int | None = None                 # of its cause lines
    last_vote_ts: int | None = None            # of any line that voted for it
    signature_ids: list[str] = field(default_factory=list)
    line_severity: dict[int, str] = field(default_factory=dict)
    score: float = 0.0
    final: float = 0.0
    severity: str = "ERROR"
    restarts: int = 0
    recovered: bool = False
    recovered_at: int | None = None    # when a recovery signal said it was over
    flaps: int = 0                     # times it failed and came back before recovering
    mitigated: bool = False            # something is already fixing it (an autoscaler scale-up)
    serving: bool = False              # another pod of the workload works normally meanwhile
    capped: bool = False               # more pods of it are refused while its pods work on
    data_at_risk: bool = False         # a data store's disk fails under it, or fills up
    failed_over: bool = False          # a peer took over its virtual address (VRRP) meanwhile,
    #                                    or the other replicas of the volume on it serve
    down: bool = False                 # its Service has no endpoint left (nothing serves)
    emptied: bool = False              # scaled down to no pod, none scaled up in its place
    rolled_down: bool = False          # rolled onto new pods that all crash, the old gone
    callers_looping: bool = False      # callers whose lines it failed restart in a loop
    felt: bool = False                 # callers naming it failed after it began
    backing_off: bool = False          # the kubelet backs off restarting its container
    evictions: int = 0                 # its service's pods the kubelet evicted
    signed_lines: set[int] = field(default_factory=set)  # lines a signature decided
    #: (first, last time, copies) of the lines whose failure signature was written down to
    #: a warning
    warned_failures: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def has_signature(self) -> bool:
        return bool(self.signature_ids)

    def evidence(self, limit: int = 5) -> list[int]:
        """Cause lines first (in time order), then the strongest other votes."""
        chosen = sorted(dict.fromkeys(self.cause_lines))[:limit]
        for _, idx in sorted(self.votes, key=lambda v: (-v[0], v[1])):
            if len(chosen) >= limit:
                break
            if idx not in chosen:
                chosen.append(idx)
        return sorted(chosen)
