"""Real lines from Loghub (``../shared/loghub``, Loghub-2k sets), picked by their EventTemplate.

Each dataset has ordered rules ``(regex on EventTemplate, role)``: the first that matches gives
a line its role, a category (``node_failure``, ``storage``, ...) or ``healthy`` (benign lines of
a working system) or ``noise`` (loud but harmless). Lines are used verbatim: only the timestamp
(and, for BGL, the node location, kept consistent within a record) is rewritten so that the line
falls in the record's window.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "loghub"

RULES: dict[str, list[tuple[str, str]]] = {
    "BGL": [
        (r"parity error corrected|ddr error.*corrected|total interrupts|rbs signal handler"
         r"|CE sym|alignment exceptions", "healthy"),
        (r"machine check|parity error|data TLB error interrupt|data storage interrupt"
         r"|rts panic|Node ?card is not fully functional|kernel terminated for reason"
         r"|instruction address:|program interrupt:|rts internal error", "node_failure"),
        (r"Lustre mount FAILED", "storage"),
        (r"program image, No such file or directory|LOGIN chdir.*No such file", "config_error"),
        (r"program image, Permission denied", "auth_failure"),
    ],
    "HDFS": [(r"Got exception while serving", "skip"), (r".", "healthy")],
    "Hadoop": [
        (r"Retrying connect to server|ERROR IN CONTACTING RM|NoRouteToHostException",
         "rm_unreachable"),
        (r"Address change detected|Failed to renew lease", "lease_renew"),
        (r"Progress of TaskAttempt|Recalculating schedule|Reduce slow start|TaskAttempt "
         r"Transitioned|Assigned container|Launching attempt|JVM with ID|Got allocated|"
         r"getResources\(\)|ATTEMPT_START|Task Transitioned", "healthy"),
    ],
    "Spark": [(r".", "healthy")],
    "Zookeeper": [
        (r"ZooKeeperServer not running|causing shutdown while sock still open"
         r"|caught end of stream exception", "zk_down"),
        (r"Cannot open channel to .* at election address|Connection broken for id"
         r"|Send worker leaving thread|Interrupting SendWorker", "quorum_peer"),
        (r"Established session|Accepted socket connection|Processed session termination"
         r"|Closed socket connection for client|attempting to establish new session"
         r"|Expiring session|Revalidating client", "healthy"),
    ],
    "OpenSSH": [
        (r"Failed password|authentication failure|Invalid user|invalid user"
         r"|Too many authentication failures|more authentication failure"
         r"|No more user authentication methods|check pass; user unknown", "auth_failure"),
        (r"Received disconnect|Connection closed by|reverse mapping checking", "noise"),
    ],
    "Linux": [
        (r"authentication failure|Kerberos authentication failed|Authentication failed from"
         r"|check pass; user unknown|Couldn't authenticate", "auth_failure"),
        (r"ALERT exited abnormally", "noise"),
        (r"session opened|session closed|ftpd connection from|startup succeeded"
         r"|shutdown succeeded|Received SNMP|syslogd .* restart", "healthy"),
    ],
    "Apache": [
        (r"workerEnv\.init\(\) ok|Found child", "healthy"),
        (r"Directory index forbidden|mod_jk child|Can't find child", "noise"),
    ],
}

_BGL = re.compile(r"(\S+) \d+ \d{4}\.\d{2}\.\d{2} (\S+) \d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}"
                  r"\.\d{6} \S+ (.*)", re.DOTALL)
BGL_LOCATION = re.compile(r"R\d\d-M\d-[A-Z0-9]+(?:-[A-Z]:J\d\d-U\d\d)?")
_PREFIX = {
    "HDFS": re.compile(r"\d{6} \d{6} "),
    "Hadoop": re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"),
    "Zookeeper": re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"),
    "Spark": re.compile(r"\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}"),
    "OpenSSH": re.compile(r"[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}"),
    "Linux": re.compile(r"[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}"),
    "Apache": re.compile(r"\[\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} \d{4}\]"),
}


@dataclass(frozen=True, slots=True)
class LoghubLine:
    dataset: str
    line_id: int
    raw: str
    level: str
    template: str
    role: str


class Loghub:
    """The Loghub-2k sets under ``root``, each line with its role."""

    def __init__(self, root: Path = DEFAULT_ROOT) -> None:
        self.root = Path(root)
        if not (self.root / "BGL").is_dir():
            raise FileNotFoundError(f"Loghub data not found at {self.root}")

    def pool(self, dataset: str, role: str) -> list[LoghubLine]:
        return [x for x in _load(self.root, dataset) if x.role == role]

    def sample(self, rng: random.Random, dataset: str, role: str, k: int, *,
               distinct: bool = True) -> list[LoghubLine]:
        """``k`` lines of one role, spread over distinct templates first when ``distinct``."""
        pool = self.pool(dataset, role)
        if not pool:
            raise ValueError(f"no {role!r} lines in Loghub {dataset}")
        if not distinct:
            return [rng.choice(pool) for _ in range(k)]
        by_template: dict[str, list[LoghubLine]] = {}
        for x in pool:
            by_template.setdefault(x.template, []).append(x)
        templates = sorted(by_template)
        rng.shuffle(templates)
        out = []
        for i in range(k):
            out.append(rng.choice(by_template[templates[i % len(templates)]]))
        return out


@cache
def _load(root: Path, dataset: str) -> tuple[LoghubLine, ...]:
    base = root / dataset / f"{dataset}_2k.log"
    raw = base.read_text(encoding="utf-8", errors="replace").splitlines()
    rules = [(re.compile(rx), role) for rx, role in RULES[dataset]]
    out = []
    with open(f"{base}_structured.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            template = row["EventTemplate"]
            role = next((r for rx, r in rules if rx.search(template)), "other")
            n = int(row["LineId"])
            out.append(LoghubLine(dataset, n, raw[n - 1], row.get("Level", ""), template, role))
    return tuple(out)


def render(x: LoghubLine, ts: datetime, *, location: str | None = None) -> str:
    """The real line with its timestamp moved to ``ts`` (BGL: and its node to ``location``)."""
    if x.dataset == "BGL":
        m = _BGL.fullmatch(x.raw)
        if not m:
            return x.raw
        label, loc, rest = m.groups()
        loc = location or loc
        return (f"{label} {int(ts.timestamp())} {ts:%Y.%m.%d} {loc} "
                f"{ts:%Y-%m-%d-%H.%M.%S.%f} {loc} {rest}")
    stamp = {
        "HDFS": f"{ts:%y%m%d %H%M%S} ",
        "Hadoop": f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}",
        "Zookeeper": f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}",
        "Spark": f"{ts:%y/%m/%d %H:%M:%S}",
        "OpenSSH": f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S}",
        "Linux": f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S}",
        "Apache": f"[{ts:%a %b %d %H:%M:%S %Y}]",
    }[x.dataset]
    return _PREFIX[x.dataset].sub(lambda _: stamp, x.raw, count=1)


def bgl_location(x: LoghubLine) -> str | None:
    m = _BGL.fullmatch(x.raw)
    return m.group(2) if m and BGL_LOCATION.fullmatch(m.group(2)) else None


def k8s_node(location: str) -> str:
    """A Kubernetes node name for a BGL location (``R02-M1-N0-C:J12-U11`` ->
    ``r02-m1-n0-c-j12-u11``)."""
    return re.sub(r"[^a-z0-9]+", "-", location.lower()).strip("-")
