"""Who a line belongs to: the workload that wrote it or that it is about, its pod and node.

A Kubernetes event is about its involved object, not the exporter that wrote it; a host's
own stream (journal, syslog, kernel) is about its node, or the pod a kubelet line names, or
the pod whose container id or pod UID a kernel or containerd line carries (``owners_of``);
a database user belongs to the application named like it (``client_of``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence, Set
from functools import lru_cache

from retrieval.labels import HOST_LABELS, host_label, hostname_parts
from retrieval.records import LogRecord, hex_pod_suffixes, workload_of
from retrieval.scope import SERVICE_LABELS

from .targets import resolve

#: the labels a journal names a line's systemd unit with (the scope's, which ask an app as
#: ``<app>.service``)
UNIT_LABELS = tuple(name for name, spelled in SERVICE_LABELS if spelled.endswith(".service"))
#: units that are the node's own agents and daemons: their lines are the node's
_NODE_UNITS = re.compile(
    r"kubelet|containerd|docker|cri-?o|k3s(?:-agent)?|rke2-(?:server|agent)|k0s\w*|"
    r"snap\.microk8s\.[\w-]+|kube-proxy|etcd|systemd-[\w-]+|kernel|init|sshd?|cron|crond|"
    r"chronyd?|ntpd?|rsyslog|syslog|auditd|dbus|polkit|NetworkManager|networking|"
    r"multipathd|iscsid|smartd|udisks2|ufw|firewalld|tuned|irqbalance|kured|"
    r"unattended-upgrades|apt-daily(?:-upgrade)?|snapd|cloud-init|google-[\w-]+|"
    r"walinuxagent|amazon-ssm-agent|node-problem-detector", re.IGNORECASE)
# systemd's own line about a unit: "lightd.service: Main process exited, code=exited"
_UNIT_LINE = re.compile(r"(?<![\w@.\-])(?P<u>[\w@.\-]+\.service):\s")
_SYSTEMD_SAYS = re.compile(r"\bsystemd\[\d+\]: ")
_APP_LABELS = ("app", "app_kubernetes_io_name", "app.kubernetes.io/name", "k8s_app")
# a controller's structured klog line about a node: "Node is unresponsive" node="worker-7"
_KLOG_NODE = re.compile(r'(?<![\w.\-])node="(?P<m>[\w.\-]+)"')
_NODE_EVENT = re.compile(r"\bNode (?P<m>[\w.\-]+) (?:status|event|has been)", re.IGNORECASE)
# the node a controller's line acts on: Karpenter's structured ``"Node":{"name":...}`` and
# its disruption ("terminating 1 nodes (4 pods) ip-10-8-152-194.../i-02bb52b78648d8b6d")
_CONTROLLER_NODE = re.compile(r'(?:"Node"\s*:\s*\{\s*"name"\s*:\s*"|terminating \d+ nodes? '
                              r'\(\d+ pods?\) )(?P<m>[\w.\-]+)')
# and a klog controller's ``node <name>: <what it does>`` (OpenShift's machine-config
# drain controller: ``drain_controller.go:182] node ocp-w01: cordoning``)
_KLOG_NODE_ACTION = re.compile(r"\] node (?P<m>[a-z0-9][\w.\-]*): ")
# kubelet names a pod as pod="ns/name" or pod=name_ns(uid): a pod name is DNS-1123 (no "_")
_KLOG_POD = re.compile(r"\bpods?=\[?\"?(?:[\w.\-]+/)?(?P<n>[a-z0-9][a-z0-9.\-]*)\"?")
# the object a Kubernetes event is about, in the shapes exporters write: logfmt (kubectl-like,
# Grafana Agent/Alloy's eventhandler: ``name=<object>.<event id> kind=Pod``) and JSON
# (kubernetes-event-exporter, eventrouter: ``"involvedObject":{"kind":"Pod",...,"name":..}``)
_EV_KIND = re.compile(r"(?<![\w.\-])kind=\"?(?P<k>[A-Z]\w+)")
# ``name=api-1``, or a namespaced reference (``objectRef=shop/api-1``, klog's ``ns/name``)
_EV_NAME = re.compile(r"(?<![\w.\-])(?:name|objectRef|object|involvedObject)="
                      r"\"?(?:[a-z0-9][\w.\-]*/)?(?P<n>[\w.\-]+)")
# ``object=Pod/api-1`` (``kubectl``'s ``pod/api-1``, an exporter's logfmt template): a kind
# and a name in one value, the namespace between them in some templates
# (``object=Pod/shop/api-1``; ``Node/default/w-1``: a Node's events are filed in
# ``default``); a namespace never starts upper-case, so ``objectRef=shop/api-1`` stays a name
_EV_OBJ = re.compile(r"(?<![\w.\-])(?:object|objectRef|involvedObject|obj)="
                     r"\"?(?P<k>[A-Za-z]\w*)/(?:[a-z0-9][\w.\-]*/)?(?P<n>[a-z0-9][\w.\-]*)")
_EV_JSON = re.compile(r'"involvedObject"\s*:\s*\{(?P<o>(?:[^{}"]|"(?:[^"\\]|\\.)*")*)\}')
# the node whose kubelet reported an event (Alloy's eventhandler: ``sourcehost=``;
# event-exporter JSON: ``"source":{"component":"kubelet","host":...}``; a logfmt template's
# ``source=kubelet/<node>``, component and host in one value)
_EV_HOST = re.compile(r'(?<![\w.\-])(?:sourcehost=|source="?kubelet/)(?P<a>[\w.\-]+)'
                      r'|"source"\s*:\s*\{[^{}]*"host"\s*:\s*"(?P<b>[\w.\-]+)"')
# the text shape (``kubectl events``' columns, an exporter's text layout):
# ``[<age or time>] Warning BackOff pod/api-1: Back-off restarting failed container``
_EV_TEXT = re.compile(r"^(?:\S+\s+){0,2}?(?:Normal|Warning)\s+[A-Z]\w+\s+"
                      r"(?P<k>[a-z][a-z0-9.]*)/(?P<n>[a-z0-9][\w.\-]*)(?=:|\s)")
# a kubelet event's message naming its pod the kubelet's way, ``<name>_<namespace>(<uid>)``
# ("Back-off restarting failed container api in pod api-1_shop(6b1f...)"), the whole line
# when an exporter ships the message alone
_EV_KUBELET_POD = re.compile(r"^[A-Z][\w -]{2,80}? in pod (?P<n>[a-z0-9][a-z0-9.\-]*)_"
                             r"[a-z0-9][a-z0-9\-]*\([0-9a-f]{8}-[0-9a-f\-]{27}\)")
# Datadog's Kubernetes events, as its log pipelines forward them: the title, then the count and
# reason of each event bundled (``Events from the Pod shop/api-1 | 1 **Failed**: Error: ...``),
# or the event's JSON, its title first (``{"title":"Events from the Pod shop/api-1","text":...``)
_EV_DATADOG = re.compile(r'^(?:\{\s*"title"\s*:\s*")?Events from the (?P<k>[A-Z]\w+) '
                         r"(?:[a-z0-9][\w.\-]*/)?(?P<n>[a-z0-9][\w.\-]*)")
_KINDS = {k.lower(): k for k in ("Pod", "Node", "Deployment", "ReplicaSet", "StatefulSet",
                                 "DaemonSet", "Job", "CronJob", "HorizontalPodAutoscaler",
                                 "PersistentVolumeClaim", "PersistentVolume", "Service",
                                 "Endpoints", "ConfigMap", "Secret", "Ingress", "Certificate")}
_JSON_KIND = re.compile(r'"kind"\s*:\s*"(?P<k>\w+)"')
_JSON_NAME = re.compile(r'"name"\s*:\s*"(?P<n>[\w.\-]+)"')
_EVENT_ID = re.compile(r"\.[0-9a-f]{8,}$")
# (an autoscaler is named after the workload it scales, as its chart or kubectl autoscale
# names it)
_CONTROLLERS = frozenset({"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
                          "CronJob", "HorizontalPodAutoscaler"})
# the scheduler's and the cluster autoscaler's lines about a pod they cannot place (klog:
# ``"Unable to schedule pod; no fit; waiting" pod="media/transcoder-7d9c8b6f5-4kq2s"``; the
# autoscaler's ``Pod media/transcoder-7d9c8b6f5-4kq2s can't be scheduled on gpu-pool``): that
# pod's, not the control-plane component's that wrote them
_PLACING_POD = re.compile(r'"(?:Unable to schedule pod|Error scheduling pod)[^"]*"[^\n]*?'
                          r'\bpod="(?:[\w.\-]+/)?(?P<a>[a-z0-9][a-z0-9.\-]*)"'
                          r"|\bPod [a-z0-9][\w.\-]*/(?P<b>[a-z0-9][a-z0-9.\-]*) (?:can't be "
                          r"scheduled|is unschedulable)\b")
_CONTAINER_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
_POD_UID = re.compile(r"(?:(?<=pod)|(?<![0-9a-f]))[0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}"
                      r"[-_][0-9a-f]{4}[-_][0-9a-f]{12}(?![0-9a-f])")  # cgroup: ...-pod<uid>

_K8S_ALPHABET = frozenset("bcdfghjklmnpqrstvwxz2456789")


def line_workload(record: LogRecord, pods: Mapping[str, str] | None = None) -> str:
    """The workload a line is about: a Kubernetes event's involved pod or node, whoever wrote
    it down (or, on an exporter's stream with no pod or container label, the involved object
    of any other kind); the pod that a scheduler's or an autoscaler's line says it cannot
    place (``_PLACING_POD``); for a
    host's own log stream (journal, syslog, kernel: no pod, container or app label; a
    ``node``, ``host`` or ``hostname`` label) the pod a kubelet line names
    (``pod="ns/name"``), else the node; else its labels' workload. ``pods``: the workload
    of each pod that writes lines of its own (``pod_workloads``): a pod named there is
    that workload, whatever its name alone would say."""
    text = record.line[:600]
    labels = record.labels
    obj = event_object(record.line[:2000])
    if obj and obj[0] == "Pod":
        return _pod_owner(obj[1], pods)
    if obj and obj[0] == "Node":
        return obj[1]  # an event about a node, whoever wrote it down: that node's
    if obj and obj[0] in _CONTROLLERS:
        return component_of(workload_of({"pod": obj[1]}) if obj[0] in ("ReplicaSet", "Job")
                            else obj[1])
    placing = placed_pod(text)
    if placing:
        return _pod_owner(placing, pods)
    if any(labels.get(k) for k in _APP_LABELS) and not _agent_journal(labels):
        if record.workload.lower() == "systemd":  # syslog's "systemd[1]: lightd.service: ..."
            return _unit_spoken_of(text) or record.workload
        return record.workload
    own_stream = any(labels.get(k) for k in ("pod", "container"))
    if obj and not own_stream:
        # an exporter's stream (only a job label) reporting on another kind of object (an
        # Argo Workflow, a Rollout, a Certificate): the object, not the exporter
        return component_of(workload_of({"pod": obj[1]}))
    host = host_label(labels)
    if not own_stream and host:
        named = _KLOG_POD.search(text)
        if named:
            return _pod_owner(named.group("n"), pods)
        # systemd's own line about a unit (the journal's init.scope, syslog's "systemd[1]:
        # decl-submitter.service: Scheduled restart job"): that unit's service
        spoken = _unit_spoken_of(text) if _SYSTEMD_SAYS.search(text) or any(
            labels.get(k) == "init.scope" for k in UNIT_LABELS) else None
        return unit_service(labels) or spoken or host
    return component_of(record.workload)


def _agent_journal(labels: Mapping[str, str]) -> bool:
    """Whether a stream is the journal of a node's own unit (``_NODE_UNITS``: kubelet's,
    containerd's; no pod or container) that a collector also labelled ``app`` with the
    unit's name: its lines are the host's, about the pods they name, not a workload called
    ``kubelet``. So is the kernel's (journald's kernel transport, which has no unit: the
    collector's ``unit: kernel``), about the processes it names."""
    if any(labels.get(k) for k in ("pod", "container")) or not host_label(labels):
        return False
    unit = _unit_label(labels)
    stem = _unit_stem(unit)
    return (stem != unit or unit == "kernel") and bool(_NODE_UNITS.fullmatch(stem))


def _unit_label(labels: Mapping[str, str]) -> str:
    """The systemd unit a stream's labels name (``unit``, ``systemd_unit``, ...), or ""."""
    return next((v for k in UNIT_LABELS if (v := labels.get(k))), "")


def _unit_stem(unit: str) -> str:
    """A systemd unit's name without its instance and ``.service`` (``kubelet`` of
    ``kubelet.service``, ``getty`` of ``getty@tty1.service``)."""
    return re.sub(r"(?:@[^.]*)?\.service$", "", unit)


def _unit_spoken_of(text: str) -> str | None:
    """The service of the unit a line of systemd's own names (``lightd`` of "lightd.service:
    Main process exited"), when it is no agent of the node itself."""
    m = _UNIT_LINE.search(text)
    return service_of_unit(m.group("u")) if m else None


def unit_service(labels: Mapping[str, str]) -> str | None:
    """The service a host's systemd unit runs, when the unit is no agent of the node itself:
    ``postgresql`` for ``postgresql@15-main.service``, none for ``kubelet.service`` (a
    node's agents, kernel and system daemons speak for the node)."""
    return service_of_unit(_unit_label(labels))


def service_of_unit(unit: str) -> str | None:
    """``unit_service`` of the unit named ``unit``."""
    stem = _unit_stem(unit)
    if not stem or stem == unit or _NODE_UNITS.fullmatch(stem):
        return None
    return stem


def _pod_owner(pod: str, pods: Mapping[str, str] | None) -> str:
    """The workload of a pod a line names: its own lines' (``pods``), else that of the pods
    of the same controller that write lines (``rabbitmq-server-1``, stuck creating, is
    ``rabbitmq`` when ``rabbitmq-server-0`` and ``-2`` are: one controller's pods carry one
    ``app`` label), else the one its name makes."""
    pods = pods or {}
    if pod in pods:
        return pods[pod]
    named = component_of(workload_of({"pod": pod}))
    siblings = {w for p, w in pods.items() if component_of(workload_of({"pod": p})) == named}
    return siblings.pop() if len(siblings) == 1 else named


def pod_workloads(records: Iterable[LogRecord]) -> dict[str, str]:
    """``{pod: workload}`` of the pods that write lines of their own with an ``app``
    label, or whose labels name another workload than their name alone makes (a container
    named as the pod is before suffixes of the wrong alphabet): an event or a kubelet line
    about ``rabbitmq-server-2`` is about the workload the pod's own lines belong to (app
    ``rabbitmq``), not a second one its name would make. An event about the pod, on a stream
    labelled with the pod and an ``app`` its name does not begin with, is an exporter's
    (``app: kubernetes-events``): it names the exporter, not the pod's workload."""
    pods: dict[str, str] = {}
    for rec in records:
        pod = rec.labels.get("pod")
        if pod and (any(rec.labels.get(k) for k in _APP_LABELS)
                    or rec.workload != workload_of({"pod": pod})):
            who = component_of(rec.workload)
            if not pod.lower().startswith(who.lower()) and event_object(rec.line[:2000]):
                continue  # an exporter's stream labelled with the event's pod: its own app
            pods.setdefault(pod, who)
    return pods


def runtime_ids(text: str) -> set[str]:
    """Container ids (64 hex) and pod UIDs (dashes or, in cgroup paths, underscores) a line
    carries, normalized."""
    return ({m.group() for m in _CONTAINER_ID.finditer(text)}
            | {m.group().replace("_", "-") for m in _POD_UID.finditer(text)})


def runtime_owners(records: Iterable[LogRecord], pods: Mapping[str, str] | None = None
                   ) -> dict[str, str]:
    """``{container id or pod UID: workload}`` from the lines that name both a pod and such
    an id (kubelet's ``pod="ns/name"`` with a ContainerDied id, an event's involvedObject
    uid): the kernel's OOM killer and containerd name only the id."""
    owners: dict[str, str] = {}
    for rec in records:
        head = rec.line[:4000]
        ids = runtime_ids(head)
        if not ids:
            continue
        named = _KLOG_POD.search(head)
        obj = event_object(head)
        owner = (_pod_owner(named.group("n"), pods) if named
                 else line_workload(rec, pods) if obj and obj[0] == "Pod" else None)
        if owner:
            for i in ids:
                owners.setdefault(i, owner)
    return owners


def text_event(text: str) -> tuple[str, str] | None:
    """``(kind, name)`` of an event in the text shape (``Warning BackOff pod/api-1: ...``):
    of a kind it knows, or of another (a custom resource's) with the layout's colon; of a
    kubelet event's message alone that names its pod (``_EV_KUBELET_POD``); or of Datadog's
    event title (``Events from the Pod shop/api-1``)."""
    titled = _EV_DATADOG.match(text)
    if titled:
        return titled.group("k"), titled.group("n")
    m = _EV_TEXT.match(text)
    if not m or not (m.group("k") in _KINDS or text[m.end():].startswith(":")):
        pod = _EV_KUBELET_POD.match(text)
        return ("Pod", pod.group("n")) if pod else None
    kind = m.group("k")
    return _KINDS.get(kind, kind[:1].upper() + kind[1:]), m.group("n")


def _kind_slash_name(text: str) -> tuple[str, str] | None:
    m = _EV_OBJ.search(text)
    if not m:
        return None
    kind = m.group("k")
    if kind in _KINDS:  # kubectl's lower-case ``pod/api-1``
        return _KINDS[kind], _EVENT_ID.sub("", m.group("n"))
    if not kind[:1].isupper():  # a namespace: ``objectRef=shop/api-1``
        return None
    return kind, _EVENT_ID.sub("", m.group("n"))


@lru_cache(maxsize=4096)
def event_object(text: str) -> tuple[str, str] | None:
    """``(kind, name)`` of the object a Kubernetes event line is about, or None (a line that
    is not an event): JSON, logfmt or the text shape (``Warning BackOff pod/api-1: ...``).
    An exporter's event id suffix (``api-1.17f3a9c0d2e4b5a6``) is dropped. Cached: a
    window's line is asked about by its owner, pod, node and family readers alike."""
    m = _EV_JSON.search(text)
    if m:
        kind, name = _JSON_KIND.search(m.group("o")), _JSON_NAME.search(m.group("o"))
    else:
        shaped = text_event(text) or _kind_slash_name(text)
        if shaped:
            return shaped
        kind, name = _EV_KIND.search(text), _EV_NAME.search(text)
    if not kind or not name:
        return None
    return kind.group("k"), _EVENT_ID.sub("", name.group("n"))


#: the labels that name the node a line is about, first found first
_NODE_OF_LABELS = (*HOST_LABELS, "kubernetes_node")


def node_aliases(names: Iterable[str]) -> dict[str, str]:
    """``{short hostname: full node name}`` for the nodes ``names`` holds both ways: a syslog
    or journal shipper often writes the host's short name (``k8s-w03``) where Kubernetes
    names the node in full (``k8s-w03.pharm.lan``); only when one full name begins so."""
    names = set(names)
    full: dict[str, set[str]] = {}
    for name in names:
        parts = hostname_parts(name)
        if parts is not None and parts[1]:
            full.setdefault(parts[0], set()).add(name)
    return {short: next(iter(longs)) for short, longs in full.items()
            if short in names and len(longs) == 1}


def node_of(record: LogRecord) -> str | None:
    """The node a line is about: a Node event's name, the node that reported another
    object's event, else the ``node`` label, unless the line is an event that another pod
    writes (an exporter: its stream's node is the exporter's, not the object's; a stream
    labelled with the event's own pod is that pod's), or a scheduler's line about a pod it
    cannot place (``placed_pod``)."""
    obj = event_object(record.line[:2000])
    if obj and obj[0] == "Node":
        return obj[1]
    if obj:
        m = _EV_HOST.search(record.line[:2000])
        if m:
            return m.group("a") or m.group("b")
    m = (_NODE_EVENT.search(record.line[:600]) or _KLOG_NODE.search(record.line[:600])
         or _CONTROLLER_NODE.search(record.line[:600])
         or _KLOG_NODE_ACTION.search(record.line[:200]))
    if m:
        return m.group("m")
    if (obj and any(record.labels.get(k) for k in ("pod", "container"))
            and record.labels.get("pod") != obj[1]):
        return None
    if placed_pod(record.line[:2000]):
        return None  # the scheduler's node, not the pod's: it has none yet
    for key in _NODE_OF_LABELS:
        if record.labels.get(key):
            return record.labels[key]
    return None


#: a control-plane controller's structured line (kube-controller-manager, and k3s's server,
#: which writes it into the same journal as its kubelet): ``"Deleting pod"
#: controller="taint-eviction-controller" pod="ns/name"`` names a pod it acts on, not one
#: that runs on the node writing it
_CONTROLLER_LINE = re.compile(r'\bcontroller="[\w.\-]+"')
_ASSIGNED = re.compile(r"Successfully assigned (?:[\w.\-]+/)?(?P<p>[\w.\-]+) to (?P<n>[\w.\-]+)")


def pod_nodes(records: Iterable[LogRecord]) -> dict[str, str]:
    """``{pod: node}`` of the pods the window places on exactly one node: a pod's own stream
    labelled with its node, a node's own stream (kubelet, not a controller) naming the pod,
    an event about the pod that a node's kubelet reported, the scheduler's "Successfully
    assigned ns/pod to node". An event the node controller writes about a pod ("Node is not
    ready", TaintManagerEviction) names no node; this says which one it means."""
    seen: dict[str, set[str]] = {}
    for rec in records:
        text = rec.line[:2000]
        labels = rec.labels
        host = host_label(labels)
        obj = event_object(text)
        found: list[tuple[str, str]] = []
        if labels.get("pod") and host and not obj:
            found.append((labels["pod"], host))
        elif host and not obj and not any(labels.get(k) for k in ("pod", "container")):
            named = _KLOG_POD.search(text[:600])
            if named and not _CONTROLLER_LINE.search(text[:600]):
                found.append((named.group("n"), host))
        elif obj and obj[0] == "Pod":
            m = _EV_HOST.search(text)
            if m and (m.group("a") or m.group("b")):
                found.append((obj[1], m.group("a") or m.group("b")))
        assigned = _ASSIGNED.search(text)
        if assigned:
            found.append((assigned.group("p"), assigned.group("n")))
        for pod, node in found:
            seen.setdefault(pod, set()).add(node)
    return {pod: next(iter(nodes)) for pod, nodes in seen.items() if len(nodes) == 1}


def _generated(segment: str, lengths: range) -> bool:
    return len(segment) in lengths and set(segment) <= _K8S_ALPHABET


def long_running(record: LogRecord) -> bool:
    """Whether a record comes from a pod of a named, long-running workload: an ``app``
    label, or a Deployment's ``<name>-<ReplicaSet hash>-<suffix>`` pod (not a Job's or a
    pipeline's run pod, which is better known by its ServiceAccount than by its name)."""
    labels = record.labels
    if any(labels.get(k) for k in _APP_LABELS):
        return True
    parts = (labels.get("pod") or "").split("-")
    return (len(parts) >= 3 and _generated(parts[-1], range(5, 6))
            and _generated(parts[-2], range(6, 11))) or hex_pod_suffixes(parts)


def component_of(workload: str) -> str:
    """A workload name without a Deployment's pod suffixes that ``workload_of`` keeps when
    the ReplicaSet hash has no digit (``session-files-wqqxjssffj`` → ``session-files``)."""
    parts = workload.split("-")
    if len(parts) >= 2 and _generated(parts[-1], range(6, 11)):
        return "-".join(parts[:-1])
    return workload


#: a controller's event that it deleted one of its pods (the StatefulSet controller's
#: "delete Pod web-0 in StatefulSet web successful", a ReplicaSet's "Deleted pod: web-7d9f-x2")
_POD_DELETED = re.compile(r"\bdelete Pod (?P<a>[a-z0-9][a-z0-9.\-]*) in StatefulSet \S+ successful"
                          r"|\bDeleted pod: (?P<b>[a-z0-9][a-z0-9.\-]*)")


def placed_pod(text: str) -> str | None:
    """The pod a scheduler's or a cluster autoscaler's line says it cannot place
    (``_PLACING_POD``): a report about that pod, as the FailedScheduling event is."""
    m = _PLACING_POD.search(text)
    return (m.group("a") or m.group("b")) if m else None


def pod_of(rec: LogRecord) -> str | None:
    """The pod a line is from, or the one a Kubernetes event is about (a controller's
    deletion of one of its pods: that pod), or the one a scheduler cannot place."""
    text = rec.line[:2000]
    placing = placed_pod(text)
    if placing:
        return placing
    obj = event_object(text)
    if obj:
        if obj[0] == "Pod":
            return obj[1]
        deleted = _POD_DELETED.search(text)
        return (deleted.group("a") or deleted.group("b")) if deleted else None
    return rec.labels.get("pod") or None


#: role suffixes of database users named after their client (orders_app, billing_rw)
_ROLE = re.compile(r"[-_](?:app|apps|user|usr|svc|service|rw|ro|read|write|writer|reader|owner"
                   r"|admin|api|prod|production)$")


def data_store(workload: str, services: set[str]) -> bool:
    """Whether a workload's name says it is a database or broker (orders-db, redis-master)."""
    parts = workload.lower().split("-")
    return parts[-1] in ("db", "database", "pg", "sql") or any(p in services for p in parts)


def client_of(user: str, apps: set[str], running: Set[str] = frozenset()) -> str | None:
    """The workload a database user belongs to: that name, or it without a role suffix
    (``orders_app`` → ``orders``), among the workloads that are not data stores themselves
    (a user is never the database's own), those of ``running`` (that write their own lines)
    first."""
    name = user.lower().replace("_", "-")
    return resolve(list(dict.fromkeys([name, _ROLE.sub("", name)])), apps, "",
                   writing=running & apps)


#: a host stream's lines this close to one tied to a pod belong to the same report (the
#: kernel writes an OOM kill as a burst of lines, one of them naming the container's cgroup)
BURST_NS = 2 * 10**9
# The kernel's kill, and a process of a pod's own saying it lost a child to SIGKILL (a
# worker pool: Celery/billiard, gunicorn, PHP-FPM, Puma; the container itself lives on).
KILLED = re.compile(r"Killed process (?P<pid>\d+)(?: \((?P<comm>[^()\s]{1,64})\))?")
_SIGKILL = re.compile(r"SIGKILL|signal 9\b|\bkilled by signal 9|code 137\b", re.IGNORECASE)


def _sigkilled(i: int, records: Sequence[LogRecord], who: list[str], host: list[bool]
               ) -> str | None:
    """The workload of a pod on the same node that, within ``BURST_NS`` of the kernel's
    kill line ``records[i]``, reports a process killed by SIGKILL (the one naming the killed
    pid first), or None."""
    rec = records[i]
    m = KILLED.search(rec.line[:600])
    node = host_label(rec.labels)
    if m is None or not node:
        return None
    pid = re.compile(rf"\b{m.group('pid')}\b")
    found = [(not pid.search(other.line[:600]), abs(other.ts - rec.ts), who[j])
             for j, other in enumerate(records)
             if not host[j] and host_label(other.labels) == node
             and abs(other.ts - rec.ts) <= BURST_NS and _SIGKILL.search(other.line[:600])]
    return min(found)[2] if found else None


#: a pod's own words about its memory (a worker pausing at its limit, a heap near full)
_MEMORY = re.compile(r"\bmemory\b|\bheap\b|\bRSS\b|OutOfMemory|\bGC overhead", re.IGNORECASE)
#: how long before the kernel's kill a pod's memory words count as the kill's warning
PRESSURE_NS = 120 * 10**9


def _pressed(i: int, node: str, records: Sequence[LogRecord], who: list[str],
             host: list[bool]) -> str | None:
    """The one workload with a pod on ``node`` that spoke of its memory within
    ``PRESSURE_NS`` before the kernel's cgroup kill ``records[i]`` (a Dask worker at 82%
    of its limit, then ``Memory cgroup out of memory: Killed process 54522 (python)``), or
    None when none or several did: the container whose limit the kernel enforced."""
    rec = records[i]
    if "cgroup" not in rec.line[:600].lower():
        return None
    found = {who[j] for j, other in enumerate(records)
             if not host[j] and who[j] != node and host_label(other.labels) == node
             and rec.ts - PRESSURE_NS <= other.ts <= rec.ts + BURST_NS
             and _MEMORY.search(other.line[:600])}
    return next(iter(found)) if len(found) == 1 else None


def service_names(records: Sequence[LogRecord], pods: Mapping[str, str],
                  who: Sequence[str]) -> dict[str, str]:
    """``{app-label workload: the name callers use}``. A chart labels its pods with the
    product (``scores-db-0``, app ``postgresql``) while its StatefulSet and Service carry the
    release's name: when every pod of the workload has the one pod-name workload
    (``scores-db``) and another workload's line calls that name as a Service
    (``scores-db.scores-db.svc``, ``scores-db:5432``; not a pod's own DNS name
    ``rabbitmq-server-2.rabbitmq-nodes``), that is the workload's name."""
    named: dict[str, set[str]] = {}
    for pod, workload in pods.items():
        named.setdefault(workload, set()).add(component_of(workload_of({"pod": pod})))
    renames: dict[str, str] = {}
    for workload, names in named.items():
        if len(names) != 1 or workload in names:
            continue
        name = next(iter(names))
        called = re.compile(rf"(?<![\w.\-]){re.escape(name)}(?=\.[a-z]|:\d)")
        if any(w != workload and called.search(rec.line[:2000])
               for rec, w in zip(records, who, strict=True)):
            renames[workload] = name
    return renames


def _burst(records: Sequence[LogRecord], who: list[str], host: list[bool],
           tied: list[tuple[int, str, str]]) -> None:
    """A host stream's line not yet tied to a pod, within ``BURST_NS`` of one on the same
    node that is (``tied``: (ts, node, owner)), is that line's owner's."""
    for i, rec in enumerate(records):
        if host[i] and who[i] == host_label(rec.labels):
            near = [(abs(ts - rec.ts), owner) for ts, node, owner in tied
                    if node == who[i] and abs(ts - rec.ts) <= BURST_NS]
            if near:
                who[i] = min(near)[1]


def _families(records: Sequence[LogRecord], who: list[str]) -> list[str]:
    """Pods' workloads that differ only in a last segment of one length with a digit in each
    (``lecture-transcode-l7ef47b``, ``lecture-transcode-lcabcd0``: a Job per upload, a run
    per item) are one workload, the name they share."""
    pods = {w for w, rec in zip(who, records, strict=True)
            if rec.labels.get("pod") or (event_object(rec.line[:2000]) or ("",))[0]
            in ("Pod", "Job")}
    members: dict[str, set[str]] = {}
    for w in pods:
        stem, _, last = w.rpartition("-")
        if stem and len(last) >= 5 and any(c.isdigit() for c in last):
            members.setdefault(stem, set()).add(w)
    family = {w: stem for stem, ws in members.items()
              if len(ws) >= 2 and len({len(w) for w in ws}) == 1 for w in ws}
    return [family.get(w, w) for w in who] if family else who


_ORDINAL = re.compile(r"-\d+$")


def _set_claims(who: list[str], records: Sequence[LogRecord]) -> list[str]:
    """An event about a StatefulSet's claim, named ``<template>-<set>-<ordinal>``
    (``spool-recording-spool-2`` of ``recording-spool``), is that set's when the set is a
    workload of the window: the volume it cannot get is its pod's."""
    known = sorted(set(who), key=len, reverse=True)
    out = list(who)
    for i, rec in enumerate(records):
        obj = event_object(rec.line[:2000])
        ordinal = _ORDINAL.search(obj[1]) if obj and obj[0] == "PersistentVolumeClaim" else None
        if obj is None or ordinal is None:
            continue
        stem = obj[1][:ordinal.start()].lower()
        out[i] = next((w for w in known if stem.endswith("-" + w.lower())), out[i])
    return out


def owners_of(records: Sequence[LogRecord]) -> list[str]:
    """``line_workload`` of each record, except that a host stream's line (the kernel's OOM
    killer, containerd) naming a container id or pod UID that a kubelet line or an event tied
    to a pod is about that pod's workload, and so are the lines of the same node's stream
    within ``BURST_NS`` of it; so is a kill of a process (``Killed process 50074 (ffmpeg)``)
    that the window's other kills tie to one workload; a workload callers know by another
    name is that name (``service_names``); pods' workloads that differ only in a run's id
    are one (``_families``)."""
    pods = pod_workloads(records)
    who = _set_claims([line_workload(rec, pods) for rec in records], records)
    renames = service_names(records, pods, who)
    if renames:
        pods = {pod: renames.get(w, w) for pod, w in pods.items()}
        who = [renames.get(w, w) for w in who]
    who = _families(records, who)
    owners = runtime_owners(records, pods)
    host = [w == host_label(rec.labels) for w, rec in zip(who, records, strict=True)]
    nodes = {n for n in map(host_label, (rec.labels for rec in records)) if n}
    # the kernel's kills: its own stream's, and a Node event's (node-problem-detector's
    # OOMKilling) about a node whose own lines are here
    kills = [i for i, rec in enumerate(records)
             if (host[i] or who[i] in nodes) and KILLED.search(rec.line[:600])]
    if not owners and not kills:
        return who
    tied: list[tuple[int, str, str]] = []   # (ts, node, owner)
    for i, rec in enumerate(records):
        if host[i] or i in kills:
            node = who[i]
            owner = next((owners[x] for x in runtime_ids(rec.line[:4000]) if x in owners),
                         None) or (_sigkilled(i, records, who, host) if i in kills else None)
            if owner is None and i in kills:
                owner = _pressed(i, node, records, who, host)
            if owner:
                who[i] = owner
                tied.append((rec.ts, node, owner))
    _burst(records, who, host, tied)
    # a kill no line ties to a pod, of a process the window's other kills show whose it is
    # (the same ffmpeg of the same Deployment, OOM-killed again on another node)
    processes: dict[str, set[str]] = {}
    untied: list[tuple[int, str]] = []
    for i in kills:
        m = KILLED.search(records[i].line[:600])
        if m and m.group("comm"):
            if who[i] not in nodes:
                processes.setdefault(m.group("comm"), set()).add(who[i])
            else:
                untied.append((i, m.group("comm")))
    tied = []
    for i, comm in untied:
        if len(processes.get(comm, ())) == 1:
            tied.append((records[i].ts, who[i], next(iter(processes[comm]))))
            who[i] = tied[-1][2]
    if tied:
        _burst(records, who, host, tied)
    return who
