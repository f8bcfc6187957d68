"""The one record every source yields and every later stage reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Level(IntEnum):
    """Severity of one log line, ordered so that ``max()`` picks the strongest."""

    UNKNOWN = 0
    TRACE = 1
    DEBUG = 2
    INFO = 3
    WARN = 4
    ERROR = 5
    CRITICAL = 6

    @property
    def label(self) -> str:
        return self.name.lower()


#: what ``LogRecord.identity`` returns: time, line, sorted labels
Identity = tuple[int, str, tuple[tuple[str, str], ...]]


@dataclass(slots=True)
class LogRecord:
    """One log entry after normalization.

    ``ts`` is nanoseconds since the epoch; ``line`` is the raw line as stored (continuation
    lines of a stack trace are joined to it with newlines); ``message`` is the human part
    (the ``msg`` of a JSON or logfmt line, the text after a klog header); ``fields`` are the
    parsed key/values; ``level`` is the detected severity.
    """

    ts: int
    labels: dict[str, str]
    line: str
    level: Level = Level.UNKNOWN
    message: str = ""
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def workload(self) -> str:
        return workload_of(self.labels)

    @property
    def identity(self) -> Identity:
        """Time, line and labels: what makes two reads of one entry the same record (a page
        edge read twice, one stream that two queries both match)."""
        return self.ts, self.line, tuple(sorted(self.labels.items()))


def add_unseen(into: list[LogRecord], seen: set[Identity], found: Iterable[LogRecord]) -> None:
    """Append to ``into`` each of ``found`` whose ``identity`` is not in ``seen`` yet, and
    note it there: an entry that several reads return (queries whose streams overlap), once."""
    for rec in found:
        key = rec.identity
        if key not in seen:
            seen.add(key)
            into.append(rec)


# A pod name is <workload>-<replicaset hash>-<5 chars> (Deployment), <workload>-<5 chars>
# (DaemonSet, Job) or <workload>-<ordinal> (StatefulSet). Kubernetes draws generated suffixes
# from an alphabet without vowels, so "api" or "proxy" are never taken for a suffix.
_K8S_ALPHABET = frozenset("bcdfghjklmnpqrstvwxz2456789")
_DIGIT_THEN_LETTER = re.compile(r"[0-9][a-z]")


#: a run's number, as a controller that creates a Job per run names it (``roster-solve-r4806``)
_RUN_ID = re.compile(r"r\d{3,}")


def _looks_generated(segment: str) -> bool:
    if segment.isdigit() or _RUN_ID.fullmatch(segment):
        return True
    if _airflow_suffix(segment):
        return True
    if not segment or not set(segment) <= _K8S_ALPHABET:
        return False
    # Pod suffixes have 5 characters and ReplicaSet hashes 6-10, with or without a digit
    # ("wqqxjssffj": 5+ consonants without a, e, i, o, u, y is not a word anyone names a
    # workload); anything shorter is a name ("prometheus-k8s-0", "s3-sync-7f9c4-x2k9p").
    return 5 <= len(segment) <= 10


def _airflow_suffix(segment: str) -> bool:
    """Airflow's KubernetesPodOperator names a pod ``<name>-<8 random [a-z0-9]>``, vowels
    and all: taken as generated when at least two digits and two letters are mixed, a digit
    before a letter (``sqwg18kx``; ``ubuntu24`` or ``worker01`` is a name and a version)."""
    if len(segment) != 8 or not segment.isascii() or not segment.isalnum():
        return False
    digits = sum(c.isdigit() for c in segment)
    return (2 <= digits <= 6 and segment == segment.lower()
            and _DIGIT_THEN_LETTER.search(segment) is not None)


def _hex_with_digit(segment: str) -> bool:
    """Whether ``segment`` is lowercase hex digits, at least one a digit (``deadbeef`` is a
    word)."""
    return all(c in "0123456789abcdef" for c in segment) and any(c.isdigit() for c in segment)


def _hex_id(segment: str) -> bool:
    """Spark's generated id: 16 hex digits from spark-submit, 8 from some operators and
    prefixes (``podNamePrefix``), with at least one digit (``deadbeef`` is a word)."""
    return 8 <= len(segment) <= 16 and _hex_with_digit(segment)


def _without_spark_suffix(parts: list[str]) -> list[str]:
    """Spark on Kubernetes names its pods ``<app>-<hex id>-driver`` and
    ``<app>-<hex id>-exec-<n>``, the Spark operator its driver ``<app>-driver``: the
    application is ``<app>``. (No controller names a pod ``...-driver``: a Deployment's pods
    end in generated suffixes, a StatefulSet's in an ordinal.)"""
    if len(parts) >= 3 and parts[-1] == "driver" and _hex_id(parts[-2]):
        return parts[:-2]
    if len(parts) >= 2 and parts[-1] == "driver":
        return parts[:-1]
    if (len(parts) >= 4 and parts[-2] == "exec" and parts[-1].isdigit()
            and _hex_id(parts[-3])):
        return parts[:-3]
    return parts


def _without_runner_suffix(parts: list[str]) -> list[str]:
    """GitHub's Actions Runner Controller names a runner pod ``<scale set>-<5 chars>-runner-
    <5 chars>``: the workload is the runner scale set."""
    if (len(parts) >= 4 and parts[-2] == "runner" and len(parts[-1]) == len(parts[-3]) == 5
            and _looks_generated(parts[-1]) and _looks_generated(parts[-3])):
        return parts[:-3]
    return parts


def _without_revision_suffix(parts: list[str]) -> list[str]:
    """Knative Serving runs a revision ``<service>-<00042>`` as the Deployment
    ``<revision>-deployment``: the workload is the Knative Service."""
    if (len(parts) >= 3 and parts[-1] == "deployment" and len(parts[-2]) == 5
            and parts[-2].isdigit()):
        return parts[:-2]
    return parts


def _without_workflow_step(parts: list[str]) -> list[str]:
    """Argo Workflows names a step's pod ``<workflow>-<template>-<node id>`` (the id a 32-bit
    hash in decimal), and a workflow that a CronWorkflow, a CronJob or ``generateName``
    started ``<name>-<run>`` (a timestamp of 8 digits or more, or 5 random characters):
    ``invoice-batch-28188568-render-pdfs-1351088648`` is a run of ``invoice-batch``. The
    template's words hold no generated part (a Vitess tablet's ``zone1-2469782763`` is no
    step)."""
    if len(parts) < 4 or not (parts[-1].isdigit() and 7 <= len(parts[-1]) <= 10):
        return parts
    for i in range(len(parts) - 3, 0, -1):
        run = parts[i]
        if (_looks_generated(run) and (len(run) >= 8 if run.isdigit() else len(run) == 5)
                and not any(_looks_generated(word) for word in parts[i + 1:-1])):
            return parts[:i]
    return parts


def hex_pod_suffixes(parts: list[str]) -> bool:
    """Whether a pod name's last two parts are a Deployment's suffixes written by hand or by a
    generator: a hash of 6-10 hex digits with a digit and a letter (``8c6488c362``), then 5
    characters (``nginx-8c6488c362-5hbpr``). Kubernetes would draw both from its alphabet
    without vowels (``_looks_generated``); a name's own words are not hex with a digit."""
    if len(parts) < 3 or len(parts[-1]) != 5 or not parts[-1].isascii():
        return False
    tail, hashed = parts[-1], parts[-2]
    return (tail.isalnum() and tail == tail.lower() and 6 <= len(hashed) <= 10
            and _hex_with_digit(hashed) and any(c.isalpha() for c in hashed))


def _pod_workload(pod: str) -> str:
    parts = _without_workflow_step(_without_runner_suffix(_without_spark_suffix(
        pod.split("-"))))
    if hex_pod_suffixes(parts):
        parts = parts[:-2]
    while len(parts) > 1 and _looks_generated(parts[-1]):
        parts.pop()
    return "-".join(_without_revision_suffix(parts))


def _suffixed(pod: str, container: str) -> bool:
    """Whether ``pod`` is its container's name and the suffixes of a Deployment's pod (a
    6-10 character hash, then 5 characters) or of a Job's or DaemonSet's (5 characters),
    drawn from the wrong alphabet: logs written by hand or by a generator
    (``cctv-archiver-6d9f8b7c5-j3h8w``). A digit among them, so that a name's own words
    (``api-stage``) are never taken for suffixes."""
    if not pod.startswith(f"{container}-"):
        return False
    rest = pod[len(container) + 1:].split("-")
    lengths_ok = (len(rest) == 1 and len(rest[0]) == 5
                  or len(rest) == 2 and 6 <= len(rest[0]) <= 10 and len(rest[1]) == 5)
    return (lengths_ok and all(p.isascii() and p.isalnum() and p == p.lower() for p in rest)
            and any(c.isdigit() for c in "".join(rest)))


#: a pod of the Deployment Rook runs for one Ceph daemon (``rook-ceph-osd-1-6d8f9b7c5-xk2lp``
#: of OSD 1, ``rook-ceph-mon-a-…`` of monitor a): its ``app`` label names every OSD alike
_ROOK_DAEMON = re.compile(r"(?P<w>rook-ceph-(?:osd-\d+|mon-[a-z]{1,2}|mgr-[a-z]))"
                          r"-[a-z0-9]{6,10}-[a-z0-9]{5}$")


def workload_of(labels: dict[str, str]) -> str:
    """The workload a record belongs to: ``app`` label, else the pod name without its
    controller suffixes (a static pod's without its node's: ``etcd-cp01`` on ``cp01``), else
    the container, else ``"unknown"``. A chart that prefixes its release to the product its
    ``app`` label names (``airflow-postgresql-0``, app ``postgresql``) names the workload by
    the pod: the StatefulSet and its Service carry the prefix, and another release of the
    same chart is another workload. A pod of one of Rook's per-daemon Deployments is that
    Deployment's (``rook-ceph-osd-1``), whatever its ``app`` label."""
    pod = labels.get("pod") or ""
    rook = _ROOK_DAEMON.match(pod)
    if rook:  # Rook runs each Ceph daemon as a Deployment of its own: rook-ceph-osd-1
        return rook.group("w")
    for key in ("app", "app_kubernetes_io_name", "app.kubernetes.io/name", "k8s_app"):
        if labels.get(key):
            app = labels[key]
            if app == "kube-dns" and pod.startswith("coredns"):
                return "coredns"  # CoreDNS keeps kube-dns's old k8s-app label
            if pod and (named := _pod_workload(pod)).endswith(f"-{app}"):
                return named
            return app
    if pod:
        node = (labels.get("node") or "").lower()
        if node and pod.lower().endswith(f"-{node}") and len(pod) > len(node) + 1:
            return pod[:-len(node) - 1]  # a static pod's mirror: <manifest name>-<node>
        named = _pod_workload(pod)
        container = labels.get("container") or ""
        if named == pod and container and _suffixed(pod, container):
            return container
        return named
    for key in ("container", "service_name", "job", "filename"):
        if labels.get(key):
            return labels[key]
    return "unknown"
