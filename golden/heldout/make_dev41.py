#!/usr/bin/env python3
"""Generate dev41.jsonl: an independent 40-record evaluation set for log diagnosis.

Standard library only.  Deterministic: a single random.Random(SEED) drives every
random choice, records are built in a fixed order, and the output is written with
fixed JSON formatting, so two runs produce identical bytes.

Domains: a regional hospital's radiology department, a customs brokerage /
freight forwarder, and a podcast hosting + audio CDN platform.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 204141
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev41.jsonl")
R = random.Random(SEED)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RS_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"   # Kubernetes SafeEncodeString alphabet


# ---------------------------------------------------------------- helpers
def rs(n=10):
    return "".join(R.choice(RS_ALPHABET) for _ in range(n))


def podname(deploy, h=None):
    """Deployment pod name: <deploy>-<pod-template-hash>-<5 chars>."""
    if h is None:
        h = rs(R.choice((9, 10)))
    return f"{deploy}-{h}-{rs(5)}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"


def podip(prefix="10.244"):
    return f"{prefix}.{R.randint(0, 7)}.{R.randint(2, 250)}"


def b62(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def pick(seq):
    return R.choice(seq)


_POD_UIDS = {}


def puid(pod):
    """Stable pod UID per pod name (drawn from the seeded generator on first use)."""
    if pod not in _POD_UIDS:
        _POD_UIDS[pod] = uuid()
    return _POD_UIDS[pod]


def tokens(dt):
    """Every timestamp rendering used inside log lines, all from the same instant."""
    us = dt.microsecond
    ms = us // 1000
    offm = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if offm >= 0 else "-"
    oh, om = divmod(abs(offm), 60)
    zc = "Z" if offm == 0 else f"{sign}{oh:02d}:{om:02d}"
    zp = f"{sign}{oh:02d}{om:02d}"
    mon = MONTHS[dt.month - 1]
    hms = dt.strftime("%H:%M:%S")
    ns3 = (us * 7 + 13) % 1000
    return {
        "@ISO@": f"{dt:%Y-%m-%dT%H:%M:%S}.{ms:03d}{zc}",
        "@ISO6@": f"{dt:%Y-%m-%dT%H:%M:%S}.{us:06d}{zc}",
        "@ISO9@": f"{dt:%Y-%m-%dT%H:%M:%S}.{us:06d}{ns3:03d}{zc}",
        "@ISOS@": f"{dt:%Y-%m-%dT%H:%M:%S}{zc}",
        "@R5424@": f"{dt:%Y-%m-%dT%H:%M:%S}.{us:06d}{sign}{oh:02d}:{om:02d}",
        "@KLOG@": f"{dt.month:02d}{dt.day:02d} {hms}.{us:06d}",
        "@SYSLOG@": f"{mon} {dt.day:2d} {hms}",
        "@JOURNAL@": f"{mon} {dt.day:02d} {hms}",
        "@LOG4J@": f"{dt:%Y-%m-%d} {hms},{ms:03d}",
        "@DOTMS@": f"{dt:%Y-%m-%d} {hms}.{ms:03d}",
        "@CATALINA@": f"{dt.day:02d}-{mon}-{dt.year} {hms}.{ms:03d}",
        "@CLF@": f"{dt.day:02d}/{mon}/{dt.year}:{hms} {zp}",
        "@HAP@": f"{dt.day:02d}/{mon}/{dt.year}:{hms}.{ms:03d}",
        "@CH@": f"{dt:%Y.%m.%d} {hms}.{us:06d}",
        "@HMS@": f"{hms}.{ms:03d}",
        "@GOSTD@": f"{dt:%Y/%m/%d} {hms}",
        "@NATS@": f"{dt:%Y/%m/%d} {hms}.{us:06d}",
        "@CEPH@": f"{dt:%Y-%m-%dT%H:%M:%S}.{ms:03d}{zp}",
        "@MINIO@": f"{hms} UTC {dt:%m/%d/%Y}",
        "@EPOCH@": f"{int(dt.timestamp())}.{us:06d}",
        "@EPOCHS@": f"{int(dt.timestamp())}",
        "@HTTPDATE@": f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {mon} {dt.year} {hms} GMT",
        "@DATE@": f"{dt:%Y-%m-%d}",
        "@TIME@": hms,
    }


class Rec:
    """One golden record under construction.

    Lines are added with an offset in seconds from the window start.  Integer
    offsets receive up to 0.9 s of jitter (so ordering between different whole
    seconds is preserved); fractional offsets are used exactly.  Evidence is
    marked on the line itself and turned into indices after sorting.
    """

    def __init__(self, rid, domain, platform, start, question, tz_minutes=0,
                 namespace=None, app=None, node=None):
        self.rid = rid
        self.domain = domain
        self.platform = platform            # "k8s" or "host"
        tz = timezone(timedelta(minutes=tz_minutes))
        self.start = datetime(*start, tzinfo=tz)
        self.question = question
        self.selector = {"namespace": namespace, "pod": None, "container": None,
                         "node": node, "app": app}
        self.streams = {}
        self.events = []
        self.seq = 0
        self.last_jitter = {}

    def stream(self, key, **labels):
        self.streams[key] = labels

    def _jit(self, t):
        """Integer offset -> offset with sub-second jitter.  Lines added for the
        same whole second keep their insertion order."""
        last = self.last_jitter.get(t)
        if last is None:
            j = R.randint(0, 600) / 1000.0 + R.randint(0, 999) / 1e6
        else:
            j = min(last + R.randint(3, 60) / 1000.0 + R.randint(0, 999) / 1e6, last + (0.999 - last) / 2)
        self.last_jitter[t] = j
        return t + j

    def add(self, t, key, line, ev=False):
        if isinstance(t, int):
            t = self._jit(t)
        self.events.append([t, self.seq, key, line, bool(ev)])
        self.seq += 1
        return t

    def block(self, t, key, lines, ev=False):
        """Consecutive lines (stack traces, multi-line reports) 0.2 ms apart."""
        if isinstance(t, int):
            base = t
            t = self._jit(t)
            self.last_jitter[base] = (t - base) + len(lines) * 0.0002
        for i, line in enumerate(lines):
            e = ev if isinstance(ev, bool) else (i in ev)
            self.events.append([t + i * 0.0002, self.seq, key, line, e])
            self.seq += 1
        return t

    def noise(self, key, gen, t0, t1, n):
        for _ in range(n):
            t = R.uniform(t0, t1)
            self.events.append([t, self.seq, key, gen(), False])
            self.seq += 1

    def pad(self, sources, lo=36, hi=52):
        """Fill with background lines until the record has a target size.

        sources: list of (stream key, generator, t0, t1)."""
        target = R.randint(lo, hi)
        while len(self.events) < target:
            key, gen, t0, t1 = pick(sources)
            self.noise(key, gen, t0, t1, 1)

    def build(self, severity, category, component, root_cause, summary, action):
        self.events.sort(key=lambda e: (e[0], e[1]))
        logs, evidence = [], []
        for i, (t, _seq, key, line, ev) in enumerate(self.events):
            dt = self.start + timedelta(seconds=t)
            tok = tokens(dt)
            if "@" in line:
                for k, v in tok.items():
                    if k in line:
                        line = line.replace(k, v)
            logs.append({"ts": tok["@ISO@"], "labels": dict(self.streams[key]), "line": line})
            if ev:
                evidence.append(i)
        expected = {"severity": severity, "root_cause_category": category}
        if component is not None:
            expected["component"] = component
        expected.update({"root_cause": root_cause, "summary": summary,
                         "action": action, "evidence": evidence})
        return {
            "id": self.rid,
            "source": f"synthetic:dev41/{self.domain}-{self.platform}",
            "question": self.question,
            "selector": self.selector,
            "logs": logs,
            "expected": expected,
        }


# ------------------------------------------------------- shared generators
UA_PODCAST = ["AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)",
              "Spotify/8.9.18 Android/34 (SM-S918B)", "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
              "PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)",
              "Podcasts/1.0 CFNetwork/1494.0.7 Darwin/23.4.0", "AntennaPod/3.3.2",
              "iTMS", "Castro 2024.4/1283 Like iTMS", "Mozilla/5.0 (compatible; Googlebot/2.1)"]


def show_slug():
    return pick(["the-night-shift", "pixel-and-pint", "modern-tariffs", "quiet-hours-radio",
                 "backroads-history", "startup-ledger", "the-kitchen-table", "deep-field-audio",
                 "football-after-dark", "gardeners-almanac", "true-north-crime", "mind-the-markets"])


def client_ip():
    return pick([f"82.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
                 f"31.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
                 f"73.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
                 f"2a02:810d:{hexs(4)}:{hexs(4)}::{hexs(3)}"])


def hs_code():
    return f"{R.randint(1, 97):02d}{R.randint(1, 99):02d}{R.randint(10, 99)}{R.randint(10, 99)}"


def accession():
    return f"RAD{R.randint(24, 26)}{R.randint(1000000, 9999999)}"


def study_uid():
    return f"1.2.840.113619.2.{R.randint(300, 499)}.{R.randint(1000, 9999)}.{R.randint(10**9, 10**10 - 1)}.{R.randint(1, 999)}"


def orthanc_id():
    return "-".join(hexs(8) for _ in range(5))


RECORDS = []


def record(fn):
    RECORDS.append(fn)
    return fn


# =================================================================
# Batch 1 - healthy windows (INFO / none), part 1
# =================================================================
def olog(level, thread, src, msg):
    """Orthanc 1.12 log line (glog style with thread name column)."""
    return f"{level}@KLOG@ {thread:>16} {src}] {msg}"


def ev_line(kind, name, reason, typ, src, msg, host=None, count=1):
    """Kubernetes event as written by the Grafana Agent / Alloy eventhandler."""
    sh = f" sourcehost={host}" if host else ""
    return (f"name={name}.{hexs(16)} kind={kind} action= objectAPIversion={'apps/v1' if kind in ('Deployment', 'ReplicaSet', 'StatefulSet') else 'v1'} "
            f"reason={reason} type={typ} sourcecomponent={src}{sh} count={count} msg=\"{msg}\"")


def klog(level, pid, src, msg):
    return f"{level}@KLOG@ {pid:>7} {src}] {msg}"


@record
def rad01():
    ns, node_old, node_new = "radiology", "aks-pacs-41827365-vmss000001", "aks-pacs-41827365-vmss000003"
    old_h, new_h = rs(10), rs(10)
    p_old, p_new = podname("orthanc", old_h), podname("orthanc", new_h)
    p_peer = podname("orthanc", old_h)
    ip_new = podip("10.244")
    r = Rec("dev41-rad-01", "radiology", "k8s", (2026, 2, 10, 6, 58, 0),
            "The CT scanner in room 2 showed a failed send just after 07:00 while the orthanc "
            "deployment was being updated. Is the image archive healthy now?",
            namespace=ns, app="orthanc")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("old", namespace=ns, pod=p_old, container="orthanc", node=node_old, app="orthanc")
    r.stream("peer", namespace=ns, pod=p_peer, container="orthanc", node="aks-pacs-41827365-vmss000000", app="orthanc")
    r.stream("new", namespace=ns, pod=p_new, container="orthanc", node=node_new, app="orthanc")
    r.stream("kubelet", job="integrations/kubernetes/journal", unit="kubelet.service", node=node_new)
    mods = [("CT_ROOM2", "10.30.12.21"), ("MR_3T_1", "10.30.12.34"), ("US_ED_1", "10.30.14.9"), ("CR_PORTABLE", "10.30.14.52")]

    def dicom_traffic():
        aet, ipaddr = pick(mods)
        th = f"DICOM-{R.randint(1, 8)}"
        return pick([
            olog("I", th, "CommandDispatcher.cpp:490", f"Association Received from AET {aet} on IP {ipaddr}"),
            olog("I", th, "CommandDispatcher.cpp:688", "Association Acknowledged (Max Send PDV: 16372)"),
            olog("I", th, "ServerContext.cpp:569", f"New instance stored (SOP Instance UID: {study_uid()})"),
            olog("I", th, "CommandDispatcher.cpp:903", "Association Release"),
            olog("I", f"HTTP-{R.randint(0, 49)}", "HttpServer.cpp:1253",
                 f"(http) GET /dicom-web/studies/{study_uid()}/series"),
        ])

    r.noise("old", dicom_traffic, 0, 96, 9)
    r.noise("peer", dicom_traffic, 0, 300, 9)
    r.add(60, "ev", ev_line("Deployment", "orthanc", "ScalingReplicaSet", "Normal", "deployment-controller",
                            f"Scaled up replica set orthanc-{new_h} to 1"))
    r.add(61, "ev", ev_line("Pod", p_new, "Scheduled", "Normal", "default-scheduler",
                            f"Successfully assigned {ns}/{p_new} to {node_new}"))
    r.add(62, "ev", ev_line("Pod", p_new, "Pulling", "Normal", "kubelet", 'Pulling image \\"orthancteam/orthanc:24.2.3\\"', node_new))
    r.add(70, "ev", ev_line("Pod", p_new, "Pulled", "Normal", "kubelet",
                            'Successfully pulled image \\"orthancteam/orthanc:24.2.3\\" in 7.804s (7.804s including waiting)', node_new))
    r.add(71, "ev", ev_line("Pod", p_new, "Created", "Normal", "kubelet", "Created container orthanc", node_new))
    r.add(72, "ev", ev_line("Pod", p_new, "Started", "Normal", "kubelet", "Started container orthanc", node_new))
    r.add(73, "new", olog("W", "MAIN", "main.cpp:2056", "Orthanc version: 1.12.3"))
    r.add(74, "new", olog("W", "MAIN", "PluginsManager.cpp:272", "Loading plugin(s) from: /usr/share/orthanc/plugins"))
    r.add(75, "new", olog("W", "PLUGINS", "PostgreSQLIndex.cpp:83", "The index is stored in PostgreSQL: pacs-db01.rad.vrh.local:5432/orthanc"))
    r.add(76, "kubelet", klog("I", 2817, "prober.go:107",
          f'"Probe failed" probeType="Readiness" pod="{ns}/{p_new}" podUID="{uuid()}" containerName="orthanc" probeResult="failure" '
          f'output="Get \\"http://{ip_new}:8042/system\\": dial tcp {ip_new}:8042: connect: connection refused"'))
    r.add(76, "ev", ev_line("Pod", p_new, "Unhealthy", "Warning", "kubelet",
          f'Readiness probe failed: Get \\"http://{ip_new}:8042/system\\": dial tcp {ip_new}:8042: connect: connection refused', node_new))
    r.add(80, "new", olog("W", "MAIN", "main.cpp:1348", "DICOM server listening with AET ORTHANC on port: 4242"))
    r.add(81, "new", olog("W", "MAIN", "HttpServer.cpp:2092", "HTTP server listening on port: 8042 (HTTPS encryption is disabled, remote access is allowed)"))
    r.add(82, "new", olog("W", "MAIN", "main.cpp:1101", "Orthanc has started"))
    r.add(96, "ev", ev_line("Deployment", "orthanc", "ScalingReplicaSet", "Normal", "deployment-controller",
                            f"Scaled down replica set orthanc-{old_h} to 1 from 2"))
    r.add(97, "ev", ev_line("Pod", p_old, "Killing", "Normal", "kubelet", "Stopping container orthanc", node_old))
    r.add(98, "old", olog("W", "MAIN", "main.cpp:1110", "Orthanc is stopping"))
    r.add(99, "old", olog("E", "DICOM-4", "CommandDispatcher.cpp:1002",
                          "DIMSE failure (aborting association): DUL Peer Requested Release (association from AET CT_ROOM2 closed during shutdown)"))
    r.add(100, "old", olog("W", "MAIN", "main.cpp:1383", "DICOM server has stopped"))
    r.add(101, "old", olog("W", "MAIN", "main.cpp:1132", "HTTP server has stopped"))
    r.add(102, "old", olog("W", "MAIN", "main.cpp:1140", "Orthanc has stopped"))
    r.add(109, "new", olog("I", "DICOM-1", "CommandDispatcher.cpp:490", "Association Received from AET CT_ROOM2 on IP 10.30.12.21"))
    r.add(109, "new", olog("I", "DICOM-1", "CommandDispatcher.cpp:688", "Association Acknowledged (Max Send PDV: 16372)"))
    r.add(112, "new", olog("I", "DICOM-1", "ServerContext.cpp:569", f"New instance stored (SOP Instance UID: {study_uid()})"))
    r.add(140, "ev", ev_line("Deployment", "orthanc", "ScalingReplicaSet", "Normal", "deployment-controller",
                             f"Scaled up replica set orthanc-{new_h} to 2 from 1"))
    r.noise("new", dicom_traffic, 113, 300, 8)
    r.pad([("new", dicom_traffic, 113, 300), ("peer", dicom_traffic, 0, 300)], 40, 48)
    return r.build("INFO", "none", None,
                   "No incident: a planned rolling update of orthanc. The new pod failed one readiness probe while "
                   "still starting, the old pod shut down gracefully and the scanner's association that was cut "
                   "during shutdown was re-sent and stored on the new pod.",
                   "Routine orthanc rollout; images from CT_ROOM2 stored successfully after the modality retried.",
                   "Nothing to do; optionally add a preStop delay so in-flight DICOM associations drain before shutdown.")


@record
def rad02():
    host = "mirth01"
    r = Rec("dev41-rad-02", "radiology", "host", (2026, 1, 22, 1, 55, 0),
            "Overnight check of the HL7 interface engine host mirth01: anything to worry about?",
            tz_minutes=60, node=host)
    r.stream("mc", host=host, job="systemd-journal", unit="mcservice.service")
    r.stream("sys", host=host, job="systemd-journal", unit="init.scope")
    r.stream("bk", host=host, job="systemd-journal", unit="mirth-backup.service")
    r.stream("ssh", host=host, job="systemd-journal", unit="ssh.service")

    def j(unit, pid, msg):
        return f"@JOURNAL@ {host} {unit}[{pid}]: {msg}"

    def mc(level, thread, cls, msg):
        return j("mcservice", 1423, f"{level:<5} @LOG4J@ [{thread}] {cls}: {msg}")

    def traffic():
        mrn = f"{R.randint(100000, 999999):08d}"
        return pick([
            mc("INFO", "ADT_IN_Epic JavaScript Transformer Step", "transformer",
               f"ADT^{pick(['A01', 'A04', 'A08', 'A03'])} MRN {mrn} routed to RIS and PACS worklist"),
            mc("INFO", "ORM_IN_RIS JavaScript Transformer Step", "transformer",
               f"ORM^O01 accession {accession()} modality {pick(['CT', 'MR', 'US', 'CR'])} -> MWL updated"),
            mc("INFO", "ORU_OUT_Reports JavaScript Filter Step", "filter",
               f"ORU^R01 final report {accession()} forwarded to EHR, ACK AA"),
        ])

    r.noise("mc", traffic, 0, 1500, 14)
    r.add(300, "sys", j("systemd", 1, "Starting mirth-backup.service - Mirth Connect channel configuration backup..."))
    r.add(301, "bk", j("mirth-backup", 51822, "exporting 23 channels and 4 code template libraries to /srv/backup/mirth/2026-01-22/"))
    r.add(306, "bk", j("mirth-backup", 51822, "backup complete: 23 channels, 0 errors, archive 4.1 MiB, sha256 ok"))
    r.add(306, "sys", j("systemd", 1, "mirth-backup.service: Deactivated successfully."))
    r.add(306, "sys", j("systemd", 1, "Finished mirth-backup.service - Mirth Connect channel configuration backup."))
    r.add(420, "mc", mc("WARN", "ADT_IN_TestFeed Source Listener (TCP Receiver)", "com.mirth.connect.connectors.tcp.TcpReceiver",
                        "Error receiving message (TCP Listener \"Source\" on channel 6f1c2a9e-4b0d-4a8e-9c51-2f3a6e7d8b90): java.net.SocketException: Connection reset"))
    r.add(421, "mc", mc("INFO", "ADT_IN_TestFeed Source Listener (TCP Receiver)", "com.mirth.connect.connectors.tcp.TcpReceiver",
                        "Client socket 10.30.9.77:52210 closed by peer; listener continues on 0.0.0.0:6670"))
    r.add(640, "mc", mc("WARN", "ADT_IN_Epic JavaScript Filter Step", "filter",
                        "rejected ADT^A08 with MSH-11 processing ID 'T' (test message from EPIC-TST) - NAK AR returned to sender"))
    r.add(900, "mc", mc("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner", "Executing pruner, started at 2026-01-22 02:10"))
    r.add(912, "mc", mc("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner",
                        "Pruner completed for channel ORU_OUT_Reports: 1843 messages pruned, 0 errors"))
    r.add(918, "mc", mc("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner",
                        "Pruner completed for channel ADT_IN_Epic: 6120 messages pruned, 0 errors"))
    r.add(919, "mc", mc("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner",
                        "Data Pruner finished: 23 channels, 9914 messages, 0 failed"))
    r.add(1100, "ssh", j("sshd", 53102, "Accepted publickey for svc-ansible from 10.30.1.44 port 52144 ssh2: ED25519 SHA256:q3ZfG0bT9wXvY4mU2bq1e8WkZ1pV3c7tN5Yx0aHf2sE"))
    r.add(1101, "ssh", j("sshd", 53102, "pam_unix(sshd:session): session opened for user svc-ansible(uid=1105) by (uid=0)"))
    r.add(1130, "ssh", j("sshd", 53102, "pam_unix(sshd:session): session closed for user svc-ansible"))
    r.add(1200, "sys", j("systemd", 1, "Starting systemd-tmpfiles-clean.service - Cleanup of Temporary Directories..."))
    r.add(1201, "sys", j("systemd", 1, "systemd-tmpfiles-clean.service: Deactivated successfully."))
    r.pad([("mc", traffic, 0, 1500)], 34, 42)
    return r.build("INFO", "none", None,
                   "No incident: normal overnight operation. The connection reset came from a test feed client closing "
                   "its socket, the NAK AR was for a test-processing-ID message, backup and pruning finished with 0 errors.",
                   "Mirth host healthy overnight; only expected client-side rejects and housekeeping jobs.",
                   "None needed; the EPIC-TST sender could be asked to stop sending test messages to production.")


@record
def cus01():
    ns = "customs"
    nodes = ["ip-10-42-3-17.ec2.internal", "ip-10-42-5-203.ec2.internal", "ip-10-42-7-88.ec2.internal"]
    h = rs(10)
    pods = [podname("declaration-api", h) for _ in range(3)]
    r = Rec("dev41-cus-01", "customs", "k8s", (2026, 3, 4, 14, 20, 0),
            "Brokers say the declaration portal rejected some filings this afternoon. Is declaration-api failing?",
            namespace=ns, app="declaration-api")
    for i, p in enumerate(pods):
        r.stream(f"p{i}", namespace=ns, pod=p, container="declaration-api", node=nodes[i], app="declaration-api")

    def req():
        m, path, st = pick([("POST", "/v2/declarations", 201), ("GET", f"/v2/declarations/DEC-2026-{R.randint(10000, 99999):06d}", 200),
                            ("GET", f"/v2/tariff/{hs_code()}", 200), ("PUT", f"/v2/declarations/DEC-2026-{R.randint(10000, 99999):06d}/items", 200),
                            ("GET", "/healthz", 200)])
        return (f'time=@ISO@ level=INFO msg="http request" method={m} path={path} status={st} '
                f'duration={R.uniform(2, 140):.1f}ms remote=10.42.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} request_id={b62(20)}')

    for i in range(3):
        r.noise(f"p{i}", req, 0, 900, 6)
    r.add(95, "p1", f'time=@ISO@ level=WARN msg="validation failed" method=POST path=/v2/declarations status=400 field=items[3].hs_code '
                    f'error="hs code 8471.3 must have 6, 8 or 10 digits" client=broker-portal/3.14.2 request_id={b62(20)}')
    r.add(140, "p0", f'time=@ISO@ level=INFO msg="http request" method=GET path=/v2/declarations/DEC-2026-004412 status=404 '
                     f'duration=3.1ms remote=10.42.5.61:40022 request_id={b62(20)}')
    r.add(210, "p2", f'time=@ISO@ level=WARN msg="deprecated endpoint used" path=/v1/tariff/lookup client=legacy-edi-bridge/1.8.0 '
                     f'sunset=2026-06-30 replacement=/v2/tariff')
    r.add(333, "p0", f'time=@ISO@ level=WARN msg="tariff lookup failed, retrying" attempt=1 backoff=200ms hs_code=85176200 '
                     f'error="read tcp 10.42.3.17:44218->172.20.91.23:8080: read: connection reset by peer"')
    r.add(334, "p0", 'time=@ISO@ level=INFO msg="tariff lookup ok" attempt=2 hs_code=85176200 duration=31.4ms source=tariff-service')
    r.add(480, "p2", f'time=@ISO@ level=WARN msg="validation failed" method=POST path=/v2/declarations status=422 field=consignee.eori '
                     f'error="EORI DE000000000000 failed checksum" client=broker-portal/3.14.2 request_id={b62(20)}')
    r.add(560, "p1", f'time=@ISO@ level=WARN msg="validation failed" method=POST path=/v2/declarations status=400 field=items[0].origin '
                     f'error="country code XK not allowed for preferential origin" client=broker-portal/3.14.2 request_id={b62(20)}')
    r.add(700, "p1", f'time=@ISO@ level=INFO msg="batch submission finished" batch_id=BAT-{R.randint(100000, 999999)} '
                     f'submitted=214 accepted=211 rejected_by_validation=3 failed=0 duration=41.7s')
    r.add(860, "p2", 'time=@ISO@ level=INFO msg="customs gateway submission summary" window=15m sent=1187 acknowledged=1187 errors=0')
    r.pad([(f"p{i}", req, 0, 900) for i in range(3)], 40, 50)
    return r.build("INFO", "none", None,
                   "No incident: the rejected filings were client validation errors (400/422 for malformed HS code, bad "
                   "EORI checksum, disallowed origin); one tariff lookup was reset and succeeded on retry.",
                   "declaration-api healthy; rejections are broker input errors, batches report failed=0.",
                   "Nothing to fix in the service; point brokers at the validation messages and the /v1 sunset date.")


@record
def cus02():
    host = "brk-batch-02"
    r = Rec("dev41-cus-02", "customs", "host", (2026, 1, 14, 2, 58, 0),
            "The nightly HTS tariff import on brk-batch-02 logged a failure. Do we need to re-run it?",
            tz_minutes=-300, node=host)
    r.stream("sl", host=host, job="syslog", filename="/var/log/syslog")

    def s(prog, msg):
        return f"@SYSLOG@ {host} {prog}: {msg}"

    def bg():
        return pick([
            s(f"CRON[{R.randint(40000, 49999)}]", "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)"),
            s(f"postfix/pickup[{R.randint(30000, 39999)}]", f"{hexs(10).upper()}: uid=1012 from=<tariffsync>"),
            s("systemd[1]", "Started sysstat-collect.service - system activity accounting tool."),
            s("systemd[1]", "sysstat-collect.service: Deactivated successfully."),
            s(f"chronyd[{712}]", f"Selected source 10.10.0.{R.choice([5, 6])} (ntp1.brokerline.local)"),
        ])

    r.noise("sl", bg, 0, 1800, 8)
    r.add(120, "sl", s("CRON[48210]", "pam_unix(cron:session): session opened for user tariffsync(uid=1012) by (uid=0)"))
    r.add(120, "sl", s("CRON[48211]", "(tariffsync) CMD (/opt/tariff/bin/tariff-sync.sh --source hts --retries 3 2>&1 | logger -t tariff-sync)"))
    r.add(121, "sl", s("tariff-sync[48213]", "fetching HTS 2026 Basic Edition revision 4 from https://hts.usitc.gov/reststop/exportList?format=JSON"))
    r.add(183, "sl", s("tariff-sync[48213]", "attempt 1/3 failed: curl: (56) Recv failure: Connection reset by peer"))
    r.add(184, "sl", s("tariff-sync[48213]", "retrying in 60s"))
    r.add(245, "sl", s("tariff-sync[48213]", "attempt 2/3: download complete, 14.2 MiB in 6.1s, sha256 9f1c0e5b...a71d verified"))
    r.add(250, "sl", s("tariff-sync[48213]", "loading into tariff_db.hts_lines (staging table hts_lines_20260114)"))
    r.add(371, "sl", s("tariff-sync[48213]", "imported 18234 tariff lines: inserted=0 updated=412 unchanged=17822 failed=0"))
    r.add(372, "sl", s("tariff-sync[48213]", "swap staging -> live done; duty-rate cache invalidation sent to tariff-service"))
    r.add(372, "sl", s("tariff-sync[48213]", "finished OK in 251s (attempts=2)"))
    r.add(373, "sl", s("CRON[48210]", "pam_unix(cron:session): session closed for user tariffsync"))
    r.add(900, "sl", s("CRON[48702]", "(root) CMD (test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; })"))
    r.add(901, "sl", s("systemd[1]", "Starting logrotate.service - Rotate log files..."))
    r.add(903, "sl", s("systemd[1]", "logrotate.service: Deactivated successfully."))
    r.add(903, "sl", s("systemd[1]", "Finished logrotate.service - Rotate log files."))
    r.add(1200, "sl", s("CRON[48930]", "(brokerops) CMD (/opt/reports/bin/daily-entry-report.sh)"))
    r.add(1262, "sl", s("daily-entry-report[48931]", "entries=1436 emailed=3 recipients failed=0"))
    r.pad([("sl", bg, 0, 1800)], 32, 38)
    return r.build("INFO", "none", None,
                   "No incident: the first download attempt was reset by the remote server, the script retried and "
                   "the second attempt imported all 18234 lines with failed=0.",
                   "Nightly tariff import succeeded on its second attempt; housekeeping jobs ran normally.",
                   "No re-run needed.")


@record
def pod01():
    ns = "audio"
    h = rs(9)
    pods = [podname("transcoder", h) for _ in range(3)]
    nodes = ["gke-podhost-prod-cpu-pool-6b1f3c2e-9tq4", "gke-podhost-prod-cpu-pool-6b1f3c2e-xk2m", "gke-podhost-prod-cpu-pool-6b1f3c2e-mm7d"]
    r = Rec("dev41-pod-01", "podcast", "k8s", (2026, 4, 2, 9, 10, 0),
            "Transcoder logs are full of ffmpeg warnings and one 'Invalid data found' error. Are uploads being lost?",
            namespace=ns, app="transcoder")
    for i, p in enumerate(pods):
        r.stream(f"t{i}", namespace=ns, pod=p, container="transcoder", node=nodes[i], app="transcoder")
    addr = lambda: f"0x55{hexs(10)}"

    def job(i, t0, warn_lines, dur):
        jid, ep = f"tj_{b62(12)}", f"ep_{b62(10)}"
        k = f"t{i}"
        hh, rem = divmod(int(dur), 3600)
        mm = rem // 60
        r.add(t0, k, f'time=@ISO@ level=INFO msg="job claimed" job_id={jid} episode_id={ep} source=gs://podhost-uploads/raw/{ep}/master.mp3 profile=std-v3')
        r.block(t0 + 2, k, [f"Input #0, mp3, from '/work/{jid}/source.mp3':",
                            f"  Duration: {hh:02d}:{mm:02d}:{R.randint(10, 59)}.{R.randint(10, 99)}, start: 0.025057, bitrate: 192 kb/s",
                            "Stream mapping:", "  Stream #0:0 -> #0:0 (mp3 (mp3float) -> aac (native))"])
        for j, wl in enumerate(warn_lines):
            r.add(t0 + 3 + j, k, wl)
        r.add(t0 + 40, k, f"size=   {R.randint(40000, 90000)}kB time={hh:02d}:{mm:02d}:{R.randint(10, 59)}.{R.randint(10, 99)} bitrate= 128.0kbits/s speed={dur / 38.0:.1f}x")
        r.add(t0 + 41, k, f"[aac @ {addr()}] Qavg: {R.uniform(900, 1400):.3f}")
        r.add(t0 + 43, k, f'time=@ISO@ level=INFO msg="job completed" job_id={jid} episode_id={ep} outputs=3 loudness_lufs=-16.{R.randint(0, 9)} errors=0')

    job(0, 20, [f"[mp3 @ {addr()}] Estimating duration from bitrate, this may be inaccurate"], 4320)
    job(1, 35, [f"[mp3float @ {addr()}] overread, skip -7 enddists: -2 -2",
                f"[mp3 @ {addr()}] Skipping 0 bytes of junk at 417.",
                "Error while decoding stream #0:0: Invalid data found when processing input"], 2710)
    job(2, 90, [f"[aac @ {addr()}] Too many bits 8832 > 6144 per frame requested, clamping to max"], 3305)
    job(0, 150, [], 1840)
    jid, ep = f"tj_{b62(12)}", f"ep_{b62(10)}"
    r.add(200, "t1", f'time=@ISO@ level=INFO msg="job claimed" job_id={jid} episode_id={ep} source=gs://podhost-uploads/raw/{ep}/master.wav profile=std-v3')
    r.add(201, "t1", f"/work/{jid}/source.wav: Invalid data found when processing input")
    r.add(201, "t1", f'time=@ISO@ level=WARN msg="job rejected: input is not audio" job_id={jid} content_type=text/html size=1523 '
                     f'action=notify_creator retry=false')
    job(2, 230, [f"[mp3 @ {addr()}] Estimating duration from bitrate, this may be inaccurate"], 2999)
    r.add(299, "t0", 'time=@ISO@ level=INFO msg="queue stats" pending=0 in_flight=2 completed_5m=37 failed_5m=0 rejected_5m=1')

    def poll():
        return f'time=@ISO@ level=DEBUG msg="poll" queue=transcode-std pending={R.randint(0, 3)} lease_ms=30000'
    r.pad([(f"t{i}", poll, 0, 300) for i in range(3)], 38, 46)
    return r.build("INFO", "none", None,
                   "No incident: ffmpeg warnings are normal for imperfect MP3 masters and every job completed with "
                   "errors=0; the one failure was an upload that was an HTML page rather than audio, correctly rejected.",
                   "Transcoding healthy; warnings are benign and the single rejection is a bad creator upload.",
                   "Nothing to do.")


@record
def pod02():
    ns = "cdn"
    node = "gke-podhost-prod-edge-pool-1c7d2f90-w2hx"
    hp = podname("haproxy-origin")
    vp = [podname("varnish", "5f7c9d8b6d") for _ in range(2)]
    r = Rec("dev41-pod-02", "podcast", "k8s", (2026, 4, 8, 3, 0, 0),
            "HAProxy logged feeds-2 going DOWN and a connection refused on its health check at 03:02. Did RSS feed delivery break?",
            namespace=ns, app="haproxy-origin")
    r.stream("hap", namespace=ns, pod=hp, container="haproxy", node=node, app="haproxy-origin")
    for i, p in enumerate(vp):
        r.stream(f"v{i}", namespace=ns, pod=p, container="varnishncsa", node=node, app="varnish")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("job", namespace=ns, pod=f"node-maint-{R.randint(29000000, 29999999)}-{rs(5)}", container="maint", app="node-maint")

    def hacc():
        srv = pick(["feeds-0", "feeds-1"])
        st, sz = pick([(200, R.randint(20000, 240000)), (304, 0), (200, R.randint(20000, 240000))])
        tr = R.randint(4, 40)
        return (f"10.8.{R.randint(0, 3)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} [@HAP@] fe_origin be_feeds/{srv} "
                f"0/0/0/{tr}/{tr + R.randint(0, 3)} {st} {sz} - - ---- {R.randint(20, 90)}/{R.randint(20, 90)}/{R.randint(1, 6)}/{R.randint(0, 3)}/0 0/0 "
                f"\"GET /feeds/{show_slug()}.xml HTTP/1.1\"")

    def vacc():
        st = pick([200, 200, 304])
        return (f"{client_ip()} - - [@CLF@] \"GET http://feeds.podhost.io/{show_slug()}.xml HTTP/1.1\" "
                f"{st} {R.randint(900, 240000) if st == 200 else 0} \"-\" \"{pick(UA_PODCAST)}\"")

    r.noise("hap", hacc, 0, 600, 9)
    r.noise("v0", vacc, 0, 600, 6)
    r.noise("v1", vacc, 0, 600, 6)
    r.add(60, "job", 'time=@ISO@ level=INFO msg="maintenance window started" change=CHG-20314 target=gke-podhost-prod-origin-pool-3a9e1b77-j8s2 action=kernel-patch')
    r.add(61, "job", 'time=@ISO@ level=INFO msg="haproxy runtime: set server be_feeds/feeds-2 state maint" change=CHG-20314')
    r.add(61, "hap", "[WARNING]  (8) : Server be_feeds/feeds-2 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    r.add(63, "ev", ev_line("Node", "gke-podhost-prod-origin-pool-3a9e1b77-j8s2", "NodeNotSchedulable", "Normal", "kubelet",
                            "Node gke-podhost-prod-origin-pool-3a9e1b77-j8s2 status is now: NodeNotSchedulable"))
    r.add(65, "ev", ev_line("Pod", "feeds-2", "Killing", "Normal", "kubelet", "Stopping container feeds", "gke-podhost-prod-origin-pool-3a9e1b77-j8s2"))
    r.add(66, "hap", "[WARNING]  (8) : Health check for server be_feeds/feeds-2 failed, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms, status: 0/2 DOWN.")
    r.add(70, "ev", ev_line("StatefulSet", "feeds", "SuccessfulCreate", "Normal", "statefulset-controller", "create Pod feeds-2 in StatefulSet feeds successful"))
    r.add(71, "ev", ev_line("Pod", "feeds-2", "Scheduled", "Normal", "default-scheduler", f"Successfully assigned {ns}/feeds-2 to gke-podhost-prod-origin-pool-3a9e1b77-q4vn"))
    r.add(78, "ev", ev_line("Pod", "feeds-2", "Started", "Normal", "kubelet", "Started container feeds", "gke-podhost-prod-origin-pool-3a9e1b77-q4vn"))
    r.add(240, "job", 'time=@ISO@ level=INFO msg="node patched and rebooted" node=gke-podhost-prod-origin-pool-3a9e1b77-j8s2 kernel=6.1.85+')
    r.add(242, "ev", ev_line("Node", "gke-podhost-prod-origin-pool-3a9e1b77-j8s2", "NodeSchedulable", "Normal", "kubelet",
                             "Node gke-podhost-prod-origin-pool-3a9e1b77-j8s2 status is now: NodeSchedulable"))
    r.add(250, "job", 'time=@ISO@ level=INFO msg="haproxy runtime: set server be_feeds/feeds-2 state ready" change=CHG-20314')
    r.add(250, "hap", "[WARNING]  (8) : Server be_feeds/feeds-2 is UP/READY (leaving forced maintenance).")
    r.add(251, "job", 'time=@ISO@ level=INFO msg="maintenance window closed" change=CHG-20314 duration=3m10s result=success')
    r.pad([("hap", hacc, 0, 600), ("v0", vacc, 0, 600), ("v1", vacc, 0, 600)], 42, 50)
    return r.build("INFO", "none", None,
                   "No incident: feeds-2 was put into maintenance on purpose for a scheduled node kernel patch, its failed "
                   "health check happened while it was already drained, and it came back UP; feeds-0/feeds-1 and Varnish served throughout.",
                   "Scheduled origin node maintenance (CHG-20314) completed; feeds served 200/304 the whole time.",
                   "Nothing to do.")


# =================================================================
# Batch 2 - healthy windows (INFO / none), part 2
# =================================================================
def tsdk(level, msg, **kv):
    """Temporal Go SDK default logger line."""
    extra = " ".join(f"{k} {v}" for k, v in kv.items())
    return f"@GOSTD@ {level:<5} {msg} {extra}".rstrip()


def tsrv(level, msg, service, **kv):
    """Temporal server JSON log line (zap)."""
    d = {"level": level, "ts": "@ISO@", "msg": msg, "service": service}
    d.update(kv)
    return json.dumps(d, separators=(",", ":"))


@record
def rad03():
    ns = "radiology"
    node = "aks-apps-29304417-vmss000004"
    wp = podname("dictation-worker")
    hp = podname("temporal-history")
    r = Rec("dev41-rad-03", "radiology", "k8s", (2026, 2, 11, 9, 40, 0),
            "An activity in the report dictation workflow errored on its first attempt this morning. Are radiology reports getting stuck?",
            namespace=ns, app="dictation-worker")
    r.stream("w", namespace=ns, pod=wp, container="worker", node=node, app="dictation-worker")
    r.stream("h", namespace="temporal", pod=hp, container="temporal-history", node="aks-apps-29304417-vmss000002", app="temporal-history")
    wid = f"1@{wp}@"
    runs = []

    def wf(t0, attempt_fail=False):
        acc = accession()
        wfid, run = f"dictation-{acc}", uuid()
        base = dict(Namespace=ns, TaskQueue="report-dictation", WorkerID=wid, WorkflowID=wfid, RunID=run)
        r.add(t0, "w", tsdk("INFO", "Starting workflow", WorkflowType="ReportDictation", **{k: base[k] for k in ("Namespace", "WorkflowID", "RunID")}))
        r.add(t0 + 2, "w", tsdk("DEBUG", "ExecuteActivity", **base, ActivityType="FetchAudio"))
        if attempt_fail:
            r.add(t0 + 34, "w", tsdk("ERROR", "Activity error.", **base, ActivityType="TranscribeAudio", Attempt=1,
                                     Error="asr-engine returned 503: all decoders busy, retry later"))
            r.add(t0 + 36, "w", tsdk("INFO", "TranscribeAudio completed", WorkflowID=wfid, Attempt=2, words=R.randint(180, 900), confidence=f"0.9{R.randint(1, 8)}"))
        else:
            r.add(t0 + 20, "w", tsdk("INFO", "TranscribeAudio completed", WorkflowID=wfid, Attempt=1, words=R.randint(180, 900), confidence=f"0.9{R.randint(1, 8)}"))
        r.add(t0 + 40, "w", tsdk("INFO", "Draft report stored", WorkflowID=wfid, Accession=acc, Status="PRELIMINARY"))
        r.add(t0 + 41, "w", tsdk("INFO", "Workflow completed", **{k: base[k] for k in ("Namespace", "WorkflowID", "RunID")}))
        runs.append(wfid)

    r.add(5, "w", tsdk("INFO", "Started Worker", Namespace=ns, TaskQueue="report-dictation", WorkerID=wid))
    wf(30)
    wf(90, attempt_fail=True)
    wf(160)
    wf(260)
    wf(350)
    r.add(300, "w", tsdk("WARN", "Activity heartbeat throttled", ActivityType="TranscribeAudio", Interval="30s"))

    def hist():
        return pick([
            tsrv("info", "Range updated for shardID", "history", **{"shard-id": R.randint(1, 512), "address": "10.244.2.14:7234",
                 "shard-range-id": R.randint(40, 90), "logging-call-at": "context_impl.go:1209"}),
            tsrv("info", "Acquired shard", "history", **{"shard-id": R.randint(1, 512), "address": "10.244.2.14:7234",
                 "lifecycle": "Started", "logging-call-at": "controller_impl.go:314"}),
            tsrv("info", "queue reader started", "history", **{"shard-id": R.randint(1, 512), "queue-type": pick(["TransferQueueProcessor", "TimerQueueProcessor"]),
                 "logging-call-at": "reader.go:171"}),
        ])

    r.noise("h", hist, 0, 420, 6)
    r.pad([("h", hist, 0, 420)], 36, 44)
    return r.build("INFO", "none", None,
                   "No incident: one TranscribeAudio attempt got a transient 503 from the speech engine and the Temporal "
                   "retry policy succeeded on attempt 2; all dictation workflows in the window completed.",
                   "Report dictation workflows completing normally; a single activity retry succeeded.",
                   "Nothing to do.")


@record
def cus03():
    ns = "integration"
    pods = [f"edi-connect-connect-{i}" for i in range(3)]
    ips = [podip("10.42") for _ in range(3)]
    nodes = ["ip-10-42-2-141.ec2.internal", "ip-10-42-4-19.ec2.internal", "ip-10-42-6-230.ec2.internal"]
    op = podname("strimzi-cluster-operator")
    r = Rec("dev41-cus-03", "customs", "k8s", (2026, 3, 5, 11, 0, 0),
            "Kafka Connect workers logged task stops and a rebalance around 11:02. Did carrier EDI ingestion stop?",
            namespace=ns, app="edi-connect")
    for i, p in enumerate(pods):
        r.stream(f"c{i}", namespace=ns, pod=p, container="edi-connect-connect", node=nodes[i], app="edi-connect")
    r.stream("op", namespace="strimzi", pod=op, container="strimzi-cluster-operator", node=nodes[0], app="strimzi")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")

    def kc(level, msg, src):
        return f"[@LOG4J@] {level} {msg} ({src})"

    def commits(tasks):
        def g():
            t = pick(tasks)
            if t.startswith("carrier"):
                return kc("INFO", f"[carrier-edi-source|task-0] WorkerSourceTask{{id=carrier-edi-source-0}} Committing offsets for {R.randint(20, 400)} acknowledged messages",
                          "org.apache.kafka.connect.runtime.WorkerSourceTask:236")
            n = t[-1]
            return kc("INFO", f"[customs-status-sink|task-{n}] WorkerSinkTask{{id=customs-status-sink-{n}}} Committing offsets asynchronously using sequence number {R.randint(900, 1500)}: "
                      f"{{customs.status-{R.randint(0, 5)}=OffsetAndMetadata{{offset={R.randint(100000, 900000)}, leaderEpoch=null, metadata=''}}}}",
                      "org.apache.kafka.connect.runtime.WorkerSinkTask:353")
        return g

    before = {0: ["carrier-edi-source-0"], 1: ["customs-status-sink-1"], 2: ["customs-status-sink-0"]}
    after = {0: ["carrier-edi-source-0", "customs-status-sink-0"], 1: ["customs-status-sink-1"]}
    for i in range(3):
        r.noise(f"c{i}", commits(before[i]), 0, 100, 3)
    for i in (0, 1):
        r.noise(f"c{i}", commits(after[i]), 112, 480, 4)
    r.add(100, "op", "@LOG4J@ INFO  KafkaConnectReconciler:386 - Reconciliation #1042(watch) KafkaConnect(integration/edi-connect): "
                     "Rolling Pod edi-connect-connect-2 due to [Pod has old revision]")
    r.add(101, "ev", ev_line("Pod", pods[2], "Killing", "Normal", "kubelet", "Stopping container edi-connect-connect", nodes[2]))
    r.add(102, "c2", kc("INFO", "Kafka Connect stopping", "org.apache.kafka.connect.runtime.Connect:67"))
    r.add(103, "c2", kc("INFO", "Stopping task customs-status-sink-0", "org.apache.kafka.connect.runtime.Worker:1040"))
    r.add(104, "c2", kc("INFO", "Graceful stop of task customs-status-sink-0 succeeded.", "org.apache.kafka.connect.runtime.Worker:1067"))
    r.add(105, "c2", kc("INFO", "Kafka Connect stopped", "org.apache.kafka.connect.runtime.Connect:77"))
    for i in (0, 1):
        r.add(106, f"c{i}", kc("INFO", f"[Worker clientId=connect-{ips[i]}:8083, groupId=edi-connect] Rebalance started",
                               "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:225"))
        r.add(107, f"c{i}", kc("INFO", f"[Worker clientId=connect-{ips[i]}:8083, groupId=edi-connect] (Re-)joining group",
                               "org.apache.kafka.clients.consumer.internals.AbstractCoordinator:576"))
    r.add(108, "c0", kc("WARN", "Ignoring stop request for unowned connector customs-status-sink",
                        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:912"))
    r.add(110, "c0", kc("INFO", f"[Worker clientId=connect-{ips[0]}:8083, groupId=edi-connect] Joined group at generation 58 with protocol version 2 and got assignment: "
                        f"Assignment{{error=0, leader='connect-{ips[0]}:8083-{uuid()}', leaderUrl='http://{ips[0]}:8083/', offset=412, "
                        "connectorIds=[carrier-edi-source, customs-status-sink], taskIds=[carrier-edi-source-0, customs-status-sink-0], revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0",
                        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2034"))
    r.add(111, "c0", kc("INFO", "Starting task customs-status-sink-0", "org.apache.kafka.connect.runtime.distributed.DistributedHerder:1720"))
    r.add(140, "ev", ev_line("Pod", pods[2], "Started", "Normal", "kubelet", "Started container edi-connect-connect", nodes[2]))
    r.add(165, "c2", kc("INFO", "Kafka Connect started", "org.apache.kafka.connect.runtime.Connect:57"))
    r.add(170, "c2", kc("INFO", f"[Worker clientId=connect-{ips[2]}:8083, groupId=edi-connect] Joined group at generation 59 with protocol version 2 and got assignment: "
                        f"Assignment{{error=0, leader='connect-{ips[0]}:8083-{uuid()}', leaderUrl='http://{ips[0]}:8083/', offset=412, "
                        "connectorIds=[], taskIds=[], revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0",
                        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2034"))
    r.add(171, "c2", kc("INFO", f"[Worker clientId=connect-{ips[2]}:8083, groupId=edi-connect] Finished starting connectors and tasks",
                        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:1757"))
    r.add(190, "op", "@LOG4J@ INFO  AbstractOperator:557 - Reconciliation #1042(watch) KafkaConnect(integration/edi-connect): reconciled")
    r.add(400, "c0", kc("INFO", "[carrier-edi-source|task-0] carrier EDI poll summary: files=38 messages=1914 parse_errors=0 lag_seconds=4",
                        "com.brokerline.connect.edi.EdiSourceTask:311"))
    r.pad([(f"c{i}", commits(after[i]), 112, 480) for i in (0, 1)], 38, 46)
    return r.build("INFO", "none", None,
                   "No incident: the Strimzi operator rolled one Kafka Connect worker to a new revision; tasks stopped gracefully, "
                   "the group rebalanced and all connectors and tasks resumed with 0 parse errors.",
                   "Planned rolling restart of the Kafka Connect cluster; EDI ingestion continued.",
                   "Nothing to do.")


@record
def pod03():
    ns = "cert-manager"
    node = "gke-podhost-prod-system-pool-8f2e4c1a-7rzd"
    cm = podname("cert-manager")
    ed = podname("external-dns")
    r = Rec("dev41-pod-03", "podcast", "k8s", (2026, 4, 12, 6, 0, 0),
            "cert-manager printed a 'propagation check failed' error for feeds.podhost.io. Will the feeds certificate lapse?",
            namespace=ns, app="cert-manager")
    r.stream("cm", namespace=ns, pod=cm, container="cert-manager-controller", node=node, app="cert-manager")
    r.stream("ed", namespace="external-dns", pod=ed, container="external-dns", node=node, app="external-dns")
    r.stream("ev", namespace="podcast", job="integrations/kubernetes/eventhandler")
    crn = "feeds-podhost-io-tls-7"
    chal = f"{crn}-{R.randint(10**9, 4 * 10**9)}-{R.randint(10**9, 4 * 10**9)}"
    r.add(1, "cm", klog("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" '
                        'key="podcast/feeds-podhost-io-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-04-12 06:00:00 +0000 UTC"'))
    r.add(1, "ev", ev_line("Certificate", "feeds-podhost-io-tls", "Issuing", "Normal", "cert-manager-certificates-trigger",
                           "Renewing certificate as renewal was scheduled at 2026-04-12 06:00:00 +0000 UTC"))
    r.add(2, "cm", klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "feeds-podhost-io-tls" condition "Issuing" to 2026-04-12 06:00:02 +0000 UTC'))
    r.add(3, "ev", ev_line("Certificate", "feeds-podhost-io-tls", "Requested", "Normal", "cert-manager-certificates-request-manager",
                           f'Created new CertificateRequest resource \\"{crn}\\"'))
    r.add(4, "cm", klog("I", 1, "conditions.go:263", f'Setting lastTransitionTime for CertificateRequest "{crn}" condition "Approved" to 2026-04-12 06:00:04 +0000 UTC'))
    r.add(6, "cm", klog("I", 1, "dns.go:88", f'"presenting DNS01 challenge for domain" logger="cert-manager.challenges.Present" dnsName="feeds.podhost.io" type="DNS-01" '
                        f'resource_name="{chal}" resource_namespace="podcast" resource_kind="Challenge" resource_version="v1" domain="feeds.podhost.io"'))
    r.add(16, "cm", klog("E", 1, "sync.go:190", f'"propagation check failed" err="DNS record for \\"feeds.podhost.io\\" not yet propagated" logger="cert-manager.challenges" '
                         f'resource_name="{chal}" resource_namespace="podcast" resource_kind="Challenge" resource_version="v1" dnsName="feeds.podhost.io" type="DNS-01"'))
    r.add(17, "ev", ev_line("Challenge", chal, "Presented", "Normal", "cert-manager-challenges",
                            'Presented challenge using DNS-01 challenge mechanism'))
    r.add(78, "cm", klog("I", 1, "acme.go:236", f'"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="{crn}" '
                         'resource_namespace="podcast" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="feeds-podhost-io-tls-7-2193817402" '
                         'related_resource_namespace="podcast" related_resource_kind="Order" related_resource_version="v1"'))
    r.add(79, "cm", klog("I", 1, "conditions.go:252", f'Found status change for CertificateRequest "{crn}" condition "Ready": "False" -> "True"; setting lastTransitionTime to 2026-04-12 06:01:19 +0000 UTC'))
    r.add(80, "ev", ev_line("Certificate", "feeds-podhost-io-tls", "Issuing", "Normal", "cert-manager-certificates-issuing",
                            "The certificate has been successfully issued"))
    r.add(81, "cm", klog("I", 1, "dns.go:116", f'"cleaning up challenge" logger="cert-manager.challenges.CleanUp" dnsName="feeds.podhost.io" type="DNS-01" resource_name="{chal}"'))

    def edl():
        return pick([
            'time="@ISOS@" level=info msg="Applying provider record filter for domains: [podhost.io. .podhost.io.]"',
            'time="@ISOS@" level=info msg="All records are already up to date"',
            'time="@ISOS@" level=info msg="All records are already up to date"',
        ])

    r.noise("ed", edl, 0, 600, 8)
    r.add(200, "ed", 'time="@ISOS@" level=info msg="Desired change: UPSERT episodes.podhost.io CNAME [Id: /hostedzone/Z0871926RVUVHVS3H9MC]"')
    r.add(200, "ed", 'time="@ISOS@" level=info msg="Desired change: UPSERT episodes.podhost.io TXT [Id: /hostedzone/Z0871926RVUVHVS3H9MC]"')
    r.add(201, "ed", 'time="@ISOS@" level=info msg="2 record(s) in zone podhost.io. [Id: /hostedzone/Z0871926RVUVHVS3H9MC] were successfully updated"')
    r.add(400, "cm", klog("I", 1, "trigger_controller.go:160", '"Certificate does not need re-issuing" logger="cert-manager.certificates-trigger" key="podcast/feeds-podhost-io-tls" '
                          'renewal_time="2026-06-11 06:01:19 +0000 UTC"'))

    def cml():
        return klog("I", 1, "controller.go:162", pick(['"finished processing work item" logger="cert-manager.controller" key="podcast/episodes-podhost-io-tls"',
                                                         '"finished processing work item" logger="cert-manager.controller" key="podcast/admin-podhost-io-tls"',
                                                         '"finished processing work item" logger="cert-manager.controller" key="cdn/media-podhost-io-tls"']))
    r.pad([("ed", edl, 0, 600), ("cm", cml, 90, 600)], 34, 42)
    return r.build("INFO", "none", None,
                   "No incident: scheduled renewal of the feeds certificate 30 days before expiry. The single propagation "
                   "check failure is the normal wait for the DNS-01 TXT record; the certificate was issued a minute later.",
                   "feeds.podhost.io certificate renewed successfully; external-dns in sync.",
                   "Nothing to do.")


def r5424(pri, host, app, procid, msg, msgid="-"):
    return f"<{pri}>1 @R5424@ {host} {app} {procid} {msgid} - {msg}"


@record
def pod04():
    r = Rec("dev41-pod-04", "podcast", "host", (2026, 4, 15, 2, 30, 0),
            "ZooKeeper on zk1 went away and the other nodes logged exceptions while following the leader. "
            "Is the analytics coordination layer broken?",
            node="zk1.ana.podhost.internal")
    hosts = {1: "zk1.ana.podhost.internal", 2: "zk2.ana.podhost.internal", 3: "zk3.ana.podhost.internal"}
    for i, h in hosts.items():
        r.stream(f"zk{i}", host=h, job="syslog", app="zookeeper")
    r.stream("sys1", host=hosts[1], job="syslog", app="systemd")
    r.stream("ops", host=hosts[1], job="syslog", app="ops-maint")
    r.stream("ch", host="ch1.ana.podhost.internal", job="syslog", app="clickhouse-server")

    def zk(i, level, thread, src, msg):
        return r5424(30 if level == "INFO" else 28, hosts[i], "zookeeper", 2211 + i,
                     f"[myid:{i}] - {level:<5} [{thread}:{src}] - {msg}")

    qp = lambda i: f"QuorumPeer[myid={i}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)"

    def zk_bg(i):
        def g():
            if R.random() < 0.15:
                return zk(i, "INFO", f"SyncThread:{i}", "o.a.z.s.p.FileTxnLog@291", f"Creating new log file: log.5000{hexs(5)}")
            return zk(i, "INFO", f"NIOWorkerThread-{R.randint(1, 8)}", "o.a.z.s.ZooKeeperServer@1495",
                      f"Processing srvr command from /10.60.0.{R.randint(2, 9)}:{R.randint(30000, 60000)}")
        return g

    r.add(10, "ops", r5424(13, hosts[1], "ops-maint", 8812, "CHG-20291: rolling restart of zookeeper ensemble for openjdk 17.0.10 security update, starting with zk1 (current leader)"))
    r.add(12, "sys1", r5424(30, hosts[1], "systemd", 1, "Stopping zookeeper.service - Apache ZooKeeper..."))
    r.add(13, "zk1", zk(1, "INFO", "Thread-1", "o.a.z.s.q.QuorumPeerMain@180", "Received shutdown signal, shutting down quorum peer"))
    r.add(14, "sys1", r5424(30, hosts[1], "systemd", 1, "zookeeper.service: Deactivated successfully."))
    r.add(14, "sys1", r5424(30, hosts[1], "systemd", 1, "Stopped zookeeper.service - Apache ZooKeeper."))
    for i in (2, 3):
        r.add(14, f"zk{i}", zk(i, "WARN", qp(i), "o.a.z.s.q.Follower@129", "Exception when following the leader"))
        r.block(14, f"zk{i}", [r5424(28, hosts[i], "zookeeper", 2211 + i, "java.io.EOFException"),
                               r5424(28, hosts[i], "zookeeper", 2211 + i, "\tat java.base/java.io.DataInputStream.readInt(DataInputStream.java:386)"),
                               r5424(28, hosts[i], "zookeeper", 2211 + i, "\tat org.apache.zookeeper.server.quorum.Learner.readPacket(Learner.java:218)")])
        r.add(15, f"zk{i}", zk(i, "INFO", qp(i), "o.a.z.s.q.QuorumPeer@1523", "LOOKING"))
        r.add(15, f"zk{i}", zk(i, "INFO", qp(i), "o.a.z.s.q.FastLeaderElection@979", f"New election. My id = {i}, proposed zxid=0x500001a3f"))
    r.add(16, "zk3", zk(3, "INFO", qp(3), "o.a.z.s.q.QuorumPeer@1575", "LEADING"))
    r.add(16, "zk3", zk(3, "INFO", qp(3), "o.a.z.s.q.Leader@581", "LEADING - LEADER ELECTION TOOK - 214 MS"))
    r.add(16, "zk2", zk(2, "INFO", qp(2), "o.a.z.s.q.QuorumPeer@1563", "FOLLOWING"))
    r.add(16, "zk2", zk(2, "INFO", qp(2), "o.a.z.s.q.Follower@75", "FOLLOWING - LEADER ELECTION TOOK - 231 MS"))
    r.add(17, "zk2", zk(2, "INFO", qp(2), "o.a.z.s.q.Learner@556", "Getting a diff from the leader 0x500001a3f"))
    r.add(17, "ch", r5424(28, "ch1.ana.podhost.internal", "clickhouse-server", 1043,
                          "<Warning> ZooKeeperClient: Error on ZooKeeper connection to zk1.ana.podhost.internal:2181: Connection loss, reconnecting to another host"))
    r.add(18, "ch", r5424(30, "ch1.ana.podhost.internal", "clickhouse-server", 1043,
                          "<Information> ZooKeeperClient: Connected to ZooKeeper at 10.60.1.13:2181 with session_id 216172782113783853"))
    r.add(40, "sys1", r5424(30, hosts[1], "systemd", 1, "Started zookeeper.service - Apache ZooKeeper."))
    r.add(44, "zk1", zk(1, "INFO", "main", "o.a.z.s.q.QuorumPeerConfig@174", "Reading configuration from: /etc/zookeeper/conf/zoo.cfg"))
    r.add(46, "zk1", zk(1, "INFO", qp(1), "o.a.z.s.q.QuorumPeer@1563", "FOLLOWING"))
    r.add(46, "zk1", zk(1, "INFO", qp(1), "o.a.z.s.q.Follower@75", "FOLLOWING - LEADER ELECTION TOOK - 38 MS"))
    r.add(47, "zk1", zk(1, "INFO", qp(1), "o.a.z.s.q.Learner@556", "Getting a diff from the leader 0x500001a52"))
    r.add(48, "zk3", zk(3, "INFO", f"LearnerHandler-/10.60.1.11:41422", "o.a.z.s.q.LearnerHandler@518", "Synchronizing with Learner sid: 1 maxCommittedLog=0x500001a52 minCommittedLog=0x500001868 lastProcessedZxid=0x500001a52 peerLastZxid=0x500001a3f"))
    r.add(49, "ops", r5424(13, hosts[1], "ops-maint", 8812, "CHG-20291: zk1 back in quorum as follower; ensemble mode check: zk1=follower zk2=follower zk3=leader; pausing 10m before next node"))
    for i in (1, 2, 3):
        r.noise(f"zk{i}", zk_bg(i), 50 if i == 1 else 0, 700, 4)

    t_uuid = uuid()

    def ch_bg():
        return r5424(30, "ch1.ana.podhost.internal", "clickhouse-server", 1043,
                     pick([f"<Information> analytics.downloads_local ({t_uuid}): Merged part 202604_{R.randint(100, 900)}_{R.randint(900, 1200)}_2 in {R.uniform(0.2, 4):.2f} sec.",
                           f"<Information> executeQuery: Read {R.randint(10000, 9000000)} rows, {R.uniform(1, 400):.2f} MiB in {R.uniform(0.01, 2):.3f} sec.",
                           "<Information> ReplicatedMergeTreeQueue (analytics.downloads_local): Loading 0 mutation entries"]))
    r.pad([("ch", ch_bg, 0, 700)] + [(f"zk{i}", zk_bg(i), 50, 700) for i in (1, 2, 3)], 40, 48)
    return r.build("INFO", "none", None,
                   "No incident: a change-managed rolling restart of the ZooKeeper ensemble. Followers logged EOFException when the "
                   "leader zk1 stopped, zk3 won the election in ~200 ms, ClickHouse reconnected to another server and zk1 rejoined as follower.",
                   "Planned ZooKeeper leader restart (CHG-20291) with a clean failover; quorum never lost.",
                   "Nothing to do.")


@record
def cus04():
    ns = "messaging"
    nodes = ["ip-10-42-1-77.ec2.internal", "ip-10-42-3-150.ec2.internal", "ip-10-42-5-12.ec2.internal"]
    ips = ["10.42.1.94", "10.42.3.201", "10.42.5.33"]
    r = Rec("dev41-cus-04", "customs", "k8s", (2026, 3, 9, 22, 15, 0),
            "Services briefly lost their NATS connection during tonight's change. Was any customs status event lost?",
            namespace=ns, app="nats")
    for i in range(3):
        r.stream(f"n{i}", namespace=ns, pod=f"nats-{i}", container="nats", node=nodes[i], app="nats")
    sp = podname("status-notifier")
    r.stream("app", namespace="customs", pod=sp, container="status-notifier", node=nodes[1], app="status-notifier")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")

    def n(level, msg):
        return f"[1] @NATS@ [{level}] {msg}"

    def bg(i):
        def g():
            return pick([n("INF", f"{ips[(i + 1) % 3]}:6222 - rid:{R.randint(5, 30)} - Route connection created") if R.random() < 0.1 else
                         n("INF", f"{podip('10.42')}:{R.randint(30000, 60000)} - cid:{R.randint(100, 999)} - \"v1.34.1:go:status-notifier\" - Client connection closed: Client Closed") if R.random() < 0.3 else
                         n("INF", "JetStream cluster: stream 'CUSTOMS > DECLARATION_EVENTS' snapshot complete")])
        return g

    r.noise("n0", bg(0), 0, 600, 3)
    r.noise("n1", bg(1), 0, 600, 3)
    r.add(60, "ev", ev_line("Pod", "nats-2", "Killing", "Normal", "kubelet", "Stopping container nats", nodes[2]))
    r.add(60, "n2", n("INF", "Entering lame duck mode, stop accepting new clients"))
    r.add(61, "n2", n("INF", "Initiating JetStream Shutdown..."))
    r.add(62, "n2", n("INF", "JetStream Shutdown"))
    r.add(70, "n2", n("INF", "Closing existing clients"))
    r.add(71, "n2", n("INF", "Server Exiting.."))
    r.add(71, "app", 'time=@ISO@ level=WARN msg="nats disconnected" err="EOF" url=nats://nats-2.nats.messaging.svc:4222')
    r.add(72, "app", 'time=@ISO@ level=INFO msg="nats reconnected" url=nats://nats-0.nats.messaging.svc:4222 buffered_msgs=3')
    r.add(72, "n0", n("INF", f"{ips[2]}:6222 - rid:17 - Router connection closed: Client Closed"))
    r.add(73, "n0", n("INF", "JetStream cluster new stream leader for 'CUSTOMS > DECLARATION_EVENTS'"))
    r.add(95, "ev", ev_line("Pod", "nats-2", "Pulled", "Normal", "kubelet", 'Container image \\"nats:2.10.14-alpine\\" already present on machine', nodes[2]))
    r.add(96, "ev", ev_line("Pod", "nats-2", "Started", "Normal", "kubelet", "Started container nats", nodes[2]))
    r.block(97, "n2", [n("INF", "Starting nats-server"), n("INF", "  Version:  2.10.14"), n("INF", "  Git:      [31c5be8]"),
                       n("INF", "  Cluster:  customs-nats"), n("INF", "  Name:     nats-2"), n("INF", "  Node:     3ahZoO0Q"),
                       n("INF", "Starting JetStream"), n("INF", "Listening for client connections on 0.0.0.0:4222"),
                       n("INF", "Server is ready"), n("INF", "Cluster name is customs-nats"),
                       n("INF", "Listening for route connections on 0.0.0.0:6222")])
    r.add(98, "n2", n("INF", f"{ips[0]}:6222 - rid:5 - Route connection created"))
    r.add(98, "n2", n("INF", f"{ips[1]}:6222 - rid:6 - Route connection created"))
    r.add(99, "n2", n("INF", "JetStream cluster new metadata leader: nats-1/customs-nats"))
    r.add(105, "n2", n("INF", "Catchup for stream 'CUSTOMS > DECLARATION_EVENTS' complete"))
    r.add(106, "app", 'time=@ISO@ level=INFO msg="status events delivered" window=5m published=842 acked=842 redelivered=3 dropped=0')
    r.add(420, "app", 'time=@ISO@ level=INFO msg="status events delivered" window=5m published=911 acked=911 redelivered=0 dropped=0')
    r.pad([("n0", bg(0), 0, 600), ("n1", bg(1), 0, 600), ("n2", bg(2), 110, 600)], 38, 46)
    return r.build("INFO", "none", None,
                   "No incident: a rolling upgrade of the NATS cluster. nats-2 entered lame duck mode and exited cleanly, "
                   "the client reconnected within a second to another server with buffered messages flushed, and JetStream caught up; dropped=0.",
                   "Planned NATS restart; clients reconnected and no status events were lost.",
                   "Nothing to do.")


@record
def rad04():
    host = "dict-app01"
    r = Rec("dev41-rad-04", "radiology", "host", (2026, 2, 16, 7, 25, 0),
            "A radiologist could not log in to dictation this morning and the web container restarted at 07:30. Is dictation down?",
            tz_minutes=60, node=host)
    r.stream("web_old", host=host, job="docker", compose_project="dictation", compose_service="web", container_name="dictation-web-1")
    r.stream("web", host=host, job="docker", compose_project="dictation", compose_service="web", container_name="dictation-web-1")
    r.stream("mc", host=host, job="docker", compose_project="dictation", compose_service="memcached", container_name="dictation-memcached-1")
    r.stream("dockerd", host=host, job="systemd-journal", unit="docker.service")
    W = "dictation-web-1        | "
    M = "dictation-memcached-1  | "

    def req_pair(t0, stream, path=None, st=None, ms=None, extra=None):
        rid = "F8" + b62(18)
        if path is None:
            path, st, ms = pick([("GET /api/v1/worklist", 200, R.randint(8, 40)), (f"GET /api/v1/dictations/{accession()}", 200, R.randint(3, 20)),
                                 (f"POST /api/v1/dictations/{accession()}/audio", 201, R.randint(40, 300)), ("GET /live/websocket", 101, 1)])
        r.add(float(t0), stream, f"{W}@HMS@ request_id={rid} [info] {path}")
        if extra:
            r.add(t0 + ms / 2000.0, stream, f"{W}@HMS@ request_id={rid} {extra}")
        r.add(t0 + ms / 1000.0, stream, f"{W}@HMS@ request_id={rid} [info] Sent {st} in {ms}ms")

    def mcg():
        return f"{M}<{R.randint(20, 40)} {pick(['get', 'set'])} dictation:session:{hexs(16)}"

    for _ in range(5):
        req_pair(R.uniform(0, 290), "web_old")
    r.noise("mc", mcg, 0, 900, 4)
    req_pair(120.2, "web_old", "POST /login", 401, 211, "[warning] login failed user=dr.okafor reason=invalid_password attempts=1")
    req_pair(150.4, "web_old", "POST /login", 302, 187)
    req_pair(200.1, "web_old", f"PUT /api/v1/dictations/{accession()}", 422, 6)
    cid = hexs(64)
    r.add(295, "dockerd", f"@JOURNAL@ {host} dockerd[1022]: time=\"@ISO9@\" level=info msg=\"Container {cid} stop requested, sending SIGTERM\"")
    r.add(296, "web_old", f"{W}@HMS@ [notice] SIGTERM received - shutting down")
    r.add(297, "web_old", f"{W}@HMS@ [info] Shutting down 3 sockets in 1 rounds of 5000ms")
    r.add(299, "dockerd", f"@JOURNAL@ {host} dockerd[1022]: time=\"@ISO9@\" level=info msg=\"ignoring event\" container={cid} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"")
    r.add(303, "web", f"{W}@HMS@ [info] Migrations already up")
    r.add(305, "web", f"{W}@HMS@ [info] Running DictationWeb.Endpoint with Bandit 1.4.2 at :::4000 (http)")
    r.add(305, "web", f"{W}@HMS@ [info] Access DictationWeb.Endpoint at https://dictation.rad.vrh.local")
    r.add(306, "web", f"{W}@HMS@ [info] Connected to memcached at memcached:11211 (pool size 10)")
    r.add(700, "web", f"{W}@HMS@ [info] Release 2.18.1 health: worklist_sync=ok hl7_out=ok asr=ok errors_15m=0")
    for _ in range(8):
        req_pair(R.uniform(307, 890), "web")
    r.pad([("mc", mcg, 0, 900)], 34, 42)
    return r.build("INFO", "none", None,
                   "No incident: the 401 was one mistyped password (the same user logged in 30 s later), the 422 a client "
                   "validation error, and the web container was redeployed with a graceful SIGTERM shutdown and came back at once.",
                   "Dictation service healthy; planned container update and a user typo.",
                   "Nothing to do.")


# =================================================================
# Batch 3 - WARN incidents, part 1
# =================================================================
def mirth(level, thread, cls, msg):
    return f"{level:<5} @LOG4J@ [{thread}] {cls}: {msg}"


def catalina(level, thread, cls, msg):
    return f"@CATALINA@ {level} [{thread}] {cls} {msg}"


def wildfly(level, cat, thread, msg):
    return f"@LOG4J@ {level:<5} [{cat}] ({thread}) {msg}"


@record
def rad05():
    ns = "hl7"
    mp = "mirth-connect-0"
    rp = podname("ris-core")
    r = Rec("dev41-rad-05", "radiology", "k8s", (2026, 2, 17, 1, 55, 0),
            "Mirth Connect threw a burst of errors on the ORM_to_RIS channel overnight. Is the Mirth engine failing?",
            namespace=ns, app="mirth-connect")
    r.stream("m", namespace=ns, pod=mp, container="mirth-connect", node="aks-apps-29304417-vmss000001", app="mirth-connect")
    r.stream("ris", namespace="ris", pod=rp, container="ris-core", node="aks-apps-29304417-vmss000003", app="ris-core")
    ch = "ORM_to_RIS (5d2e7a10-8c3b-4f61-9e0d-2b7c4a91f3e8)"

    def mbg():
        return pick([mirth("INFO", "ADT_IN_Epic JavaScript Transformer Step", "transformer", f"ADT^A08 MRN {R.randint(100000, 999999):08d} routed to RIS and PACS worklist"),
                     mirth("INFO", "ORU_OUT_Reports JavaScript Filter Step", "filter", f"ORU^R01 final report {accession()} forwarded to EHR, ACK AA")])

    def rbg():
        return pick([catalina("INFO", f"hl7-listener-worker-{R.randint(1, 8)}", "org.vrh.ris.hl7.MllpListener.onMessage",
                              f"ADT^A08 processed in {R.randint(40, 180)} ms"),
                     catalina("INFO", f"http-nio-8080-exec-{R.randint(1, 40)}", "org.vrh.ris.web.WorklistController.list",
                              f"worklist query site=MAIN modality={pick(['CT', 'MR', 'US'])} rows={R.randint(5, 60)} in {R.randint(20, 90)} ms")])

    r.noise("m", mbg, 0, 1500, 6)
    r.noise("ris", rbg, 0, 290, 3)
    r.add(300, "ris", catalina("INFO", "ris-scheduler-1", "org.vrh.ris.jobs.NightlyStatisticsJob.run",
                               "Starting nightly statistics rebuild (exam_history full scan, worklist_lock=EXCLUSIVE)"), ev=True)
    slow = [14233, 18710, 21904, 16388, 12041]
    for k, t in enumerate((330, 420, 510, 640, 760)):
        acc = accession()
        r.add(t, "m", mirth("ERROR", f"ORM_to_RIS < Destination 1 Queue", "com.mirth.connect.connectors.tcp.TcpDispatcher",
                            f"Error receiving response (TCP Sender \"RIS\" on channel {ch}). java.net.SocketTimeoutException: Read timed out"))
        r.add(t + 1, "m", mirth("WARN", f"ORM_to_RIS < Destination 1 Queue", "com.mirth.connect.donkey.server.queue.DestinationQueue",
                                f"Message for accession {acc} re-queued, attempt {k + 2}, queue size {k * 3 + 4}"))
        r.add(t + 9, "ris", catalina("WARNING", f"hl7-listener-worker-{R.randint(1, 8)}", "org.vrh.ris.hl7.MllpListener.onMessage",
                                     f"ORM^O01 {acc} processed in {slow[k]} ms (threshold 2000 ms), waited on worklist_lock held by NightlyStatisticsJob"), ev=True)
    r.add(900, "ris", catalina("INFO", "ris-scheduler-1", "org.vrh.ris.jobs.NightlyStatisticsJob.run",
                               "Nightly statistics rebuild finished in 598 s, worklist_lock released"), ev=True)
    r.add(905, "m", mirth("INFO", f"ORM_to_RIS < Destination 1 Queue", "com.mirth.connect.donkey.server.queue.DestinationQueue",
                          "Destination queue RIS drained: 19 messages sent, ACK AA, queue size 0"))
    r.add(1300, "m", mirth("INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner", "Pruner completed for channel ORM_to_RIS: 412 messages pruned, 0 errors"))
    r.noise("ris", rbg, 910, 1500, 4)
    r.pad([("m", mbg, 0, 1500), ("ris", rbg, 910, 1500)], 40, 48)
    return r.build("WARN", "timeout", "ris-core",
                   "The RIS (ris-core) answered HL7 orders 12-22 s late because its nightly statistics job held an exclusive "
                   "worklist lock for ~10 minutes; Mirth's TCP sender hit its read timeout and re-queued the ORMs.",
                   "Orders to the RIS were delayed up to ~10 minutes while the RIS statistics job held its worklist lock; "
                   "the Mirth queue drained once the job finished. Mirth itself is healthy.",
                   "Move the RIS NightlyStatisticsJob off the exclusive worklist lock (or to a quieter slot); optionally raise the Mirth response timeout.")


@record
def rad06():
    r = Rec("dev41-rad-06", "radiology", "host", (2026, 2, 18, 3, 0, 0),
            "The PACS long-term archive cluster went from HEALTH_OK to HEALTH_WARN after last night's migration run. What is going on?",
            tz_minutes=60, node="pacs-ceph01")
    hosts = ["pacs-ceph01", "pacs-ceph02", "pacs-ceph03"]
    r.stream("mon", host=hosts[0], job="systemd-journal", unit="ceph-3f1e9a52-6c1b-11ee-9d1a-3cecef4a1b20@mon.pacs-ceph01.service")
    r.stream("mgr", host=hosts[1], job="systemd-journal", unit="ceph-3f1e9a52-6c1b-11ee-9d1a-3cecef4a1b20@mgr.pacs-ceph02.wqjzkd.service")
    r.stream("mig", host="pacs-arc01", job="systemd-journal", unit="archive-migrate.service")
    seq = [182300]

    def cl(level, msg, host="pacs-ceph01"):
        seq[0] += R.randint(1, 6)
        return f"@JOURNAL@ {host} ceph-mon[2104]: @CEPH@ mon.pacs-ceph01 (mon.0) {seq[0]} : cluster [{level}] {msg}"

    pgv = [1823412]

    def pgmap(used_tib, avail_tib, wr):
        pgv[0] += R.randint(70, 80)
        v = pgv[0]
        return (f"@JOURNAL@ pacs-ceph02 ceph-mgr[1988]: @CEPH@ 7f2a1c3b9640  0 log_channel(cluster) log [DBG] : pgmap v{v}: 2048 pgs: 2048 active+clean; "
                f"{used_tib / 3:.0f} TiB data, {used_tib:.0f} TiB used, {avail_tib:.0f} TiB / {used_tib + avail_tib:.0f} TiB avail; {wr} MiB/s wr, {R.randint(600, 2400)} op/s")

    total = 1152.0
    for k, t in enumerate(range(10, 1800, 150)):
        used = 940 + k * 4.1
        r.add(t, "mgr", pgmap(used, total - used, R.randint(140, 260)), ev=(k in (0, 11)))
    r.add(5, "mig", "@JOURNAL@ pacs-arc01 archive-migrate[77120]: nightly tier-down: 4812 studies older than 90d selected (3.6 TiB) from orthanc short-term to ceph rgw bucket pacs-lta")
    r.add(60, "mon", cl("INF", "overall HEALTH_OK"))
    r.add(640, "mon", cl("WRN", "Health check failed: 1 nearfull osd(s) (OSD_NEARFULL)"), ev=True)
    r.add(641, "mon", cl("WRN", "Health check failed: 2 pool(s) nearfull (POOL_NEARFULL)"), ev=True)
    r.add(1190, "mon", cl("WRN", "Health check update: 4 nearfull osd(s) (OSD_NEARFULL)"), ev=True)
    r.add(1500, "mon", cl("WRN", "overall HEALTH_WARN 4 nearfull osd(s); 2 pool(s) nearfull"))
    r.add(1520, "mig", "@JOURNAL@ pacs-arc01 archive-migrate[77120]: tier-down complete: 4812 studies, 3.6 TiB written, 0 failed, rgw p99 put latency 212 ms")
    r.add(1530, "mig", "@JOURNAL@ pacs-arc01 archive-migrate[77120]: capacity forecast: pool default.rgw.buckets.data 85.9% used, growth 3.4 TiB/night, full_ratio 0.95 reached in ~14 nights")
    r.add(1531, "mig", "@JOURNAL@ pacs-arc01 systemd[1]: archive-migrate.service: Deactivated successfully.")

    def osdbg():
        o = R.randint(0, 35)
        h = hosts[o // 12]
        return (f"@JOURNAL@ {h} ceph-osd[{3000 + o}]: @CEPH@ 7f{hexs(10)}  0 log_channel(cluster) log [DBG] : {R.randint(1, 9)}.{hexs(2)} "
                f"{pick(['scrub starts', 'scrub ok', 'deep-scrub starts', 'deep-scrub ok'])}")

    r.stream("osd", host=hosts[2], job="systemd-journal", unit="ceph-osd.target")
    r.pad([("osd", osdbg, 0, 1800)], 36, 42)
    return r.build("WARN", "resource_exhausted", "ceph",
                   "The Ceph cluster behind the PACS long-term archive is filling up: nightly tier-down adds ~3.4 TiB, four OSDs "
                   "crossed the 85% nearfull ratio and the RGW data pool is nearfull; at this rate the 95% full ratio (writes blocked) is ~2 weeks away.",
                   "Archive capacity trending toward full; writes still succeed (0 failed) but the cluster is HEALTH_WARN nearfull.",
                   "Add OSD capacity or rebalance/expire data before the full ratio is reached; review the retention of the pacs-lta bucket.")


@record
def cus05():
    ns = "analytics"
    r = Rec("dev41-cus-05", "customs", "k8s", (2026, 3, 11, 15, 0, 0),
            "The duty reporting API warned that it served stale figures this afternoon. Is reporting-api broken?",
            namespace=ns, app="clickhouse")
    c0, c1 = "chi-analytics-customs-0-0-0", "chi-analytics-customs-0-1-0"
    rp = podname("reporting-api")
    r.stream("c0", namespace=ns, pod=c0, container="clickhouse", node="ip-10-42-8-14.ec2.internal", app="clickhouse")
    r.stream("c1", namespace=ns, pod=c1, container="clickhouse", node="ip-10-42-9-201.ec2.internal", app="clickhouse")
    r.stream("api", namespace="customs", pod=rp, container="reporting-api", node="ip-10-42-5-203.ec2.internal", app="reporting-api")

    def ch(thread, qid, level, msg):
        return f"@CH@ [ {thread} ] {{{qid}}} <{level}> {msg}"

    def rowsec(chf, qid):
        rows, secs = R.randint(10000, 9000000), R.uniform(0.02, 3)
        return chf(R.randint(300, 900), qid, "Information",
                   f"executeQuery: Read {rows} rows, {rows * R.uniform(40, 120) / 2**20:.2f} MiB in {secs:.3f} sec., {int(rows / secs)} rows/sec.")

    t_uuid = uuid()

    def chbg(node):
        def g():
            return pick([ch(R.randint(300, 900), "", "Information", f"analytics.declarations_local ({t_uuid}): Merged part 202603_{R.randint(100, 900)}_{R.randint(900, 1200)}_3 in {R.uniform(0.3, 9):.2f} sec."),
                         rowsec(ch, uuid())])
        return g

    def apibg():
        return (f'time=@ISO@ level=INFO msg="http request" method=GET path=/v1/reports/duty-summary status=200 '
                f'duration={R.uniform(40, 900):.1f}ms rows={R.randint(10, 4000)}')

    r.noise("c0", chbg(0), 0, 1500, 5)
    r.noise("c1", chbg(1), 0, 1500, 4)
    r.noise("api", apibg, 0, 1500, 6)
    q = uuid()
    r.add(60, "c0", ch(412, q, "Debug", "executeQuery: (from 10.42.3.55:51234, user: etl) ALTER TABLE analytics.declarations_local ON CLUSTER customs "
                       "UPDATE duty_rate = dictGet('tariff', 'rate', hs_code) WHERE entry_date >= '2025-01-01' (stage: Complete)"), ev=True)
    r.add(61, "c0", ch(412, q, "Information", "analytics.declarations_local (ReplicatedMergeTreeQueue): Added mutation: 0000000871"))
    for k, t in enumerate((180, 330, 480)):
        r.add(t, "c1", ch(R.randint(300, 900), "", "Warning",
                          f"analytics.declarations_local ({t_uuid}) (ReplicatedMergeTreeQueue): Not executing log entry queue-0000{412331 + k * 97} of type MUTATE_PART "
                          f"for part 2025{R.randint(1, 12):02d}_{R.randint(10, 90)}_{R.randint(400, 900)}_4 because source parts size ({R.uniform(11, 19):.2f} GiB) "
                          f"is greater than the current maximum ({R.uniform(3, 5):.2f} GiB)."), ev=(k == 0))
    for k, (t, d, qs) in enumerate(((240, 212, 1204), (420, 488, 1843), (700, 611, 1977), (1000, 305, 812), (1300, 4, 9))):
        lvl = "WARN" if d > 120 else "INFO"
        r.add(t, "api", f'time=@ISO@ level={lvl} msg="{"clickhouse replica lagging, routing to healthy replica" if d > 120 else "clickhouse replicas in sync"}" '
                        f'replica={c1[:-2]} absolute_delay={d}s queue_size={qs} max_replica_delay=120s', ev=(k in (1, 2)))
    r.add(450, "api", f'time=@ISO@ level=WARN msg="healthy replica busy, fell back to stale replica" path=/v1/reports/duty-summary replica={c1[:-2]} delay=488s stale_data=true client=broker-portal')
    r.add(1250, "c1", ch(R.randint(300, 900), "", "Information", "analytics.declarations_local (ReplicatedMergeTreeQueue): Mutation 0000000871 is done"))
    r.pad([("c0", chbg(0), 0, 1500), ("c1", chbg(1), 0, 1500), ("api", apibg, 0, 1500)], 40, 48)
    return r.build("WARN", "database", "clickhouse",
                   "A large ALTER TABLE ... UPDATE mutation on analytics.declarations_local created a replication-queue backlog; "
                   "replica chi-analytics-customs-0-1 fell up to ~10 minutes behind until the mutation finished.",
                   "ClickHouse replica lag during a heavy mutation; reporting-api routed around it and the replica caught up.",
                   "Run large mutations off-hours or in partition-sized batches; nothing needed in reporting-api.")


@record
def pod05():
    ns = "audio"
    h = rs(10)
    pods = [podname("transcoder", h) for _ in range(4)]
    nodes = ["gke-podhost-prod-cpu-pool-6b1f3c2e-9tq4", "gke-podhost-prod-cpu-pool-6b1f3c2e-xk2m",
             "gke-podhost-prod-cpu-pool-6b1f3c2e-mm7d", "gke-podhost-prod-cpu-pool-6b1f3c2e-r5ww"]
    r = Rec("dev41-pod-05", "podcast", "k8s", (2026, 4, 20, 13, 5, 0),
            "The upload queue showed a lease-expired job and one transcoder pod restarted. Are creators' episodes failing to publish?",
            namespace=ns, app="transcoder")
    for i, p in enumerate(pods):
        r.stream(f"t{i}", namespace=ns, pod=p, container="transcoder", node=nodes[i], app="transcoder")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("kl", job="integrations/kubernetes/journal", unit="kubelet.service", node=nodes[2])
    r.stream("ctd", job="integrations/kubernetes/journal", unit="containerd.service", node=nodes[2])
    r.stream("q", namespace=ns, pod=podname("upload-queue"), container="queue", node=nodes[0], app="upload-queue")

    def done(i):
        def g():
            return (f'time=@ISO@ level=INFO msg="job completed" job_id=tj_{b62(12)} episode_id=ep_{b62(10)} outputs=3 '
                    f'loudness_lufs=-16.{R.randint(0, 9)} duration={R.uniform(20, 95):.1f}s errors=0')
        return g

    for i in (0, 1, 3):
        r.noise(f"t{i}", done(i), 0, 900, 4)
    jid, ep = f"tj_{b62(12)}", f"ep_{b62(10)}"
    cid = hexs(64)
    r.add(60, "t2", f'time=@ISO@ level=INFO msg="job claimed" job_id={jid} episode_id={ep} source=gs://podhost-uploads/raw/{ep}/master.wav profile=std-v3')
    r.block(62, "t2", [f"Input #0, wav, from '/work/{jid}/source.wav':",
                       "  Duration: 09:12:44.51, bitrate: 2304 kb/s",
                       "  Stream #0:0: Audio: pcm_s24le ([1][0][0][0] / 0x0001), 48000 Hz, 2 channels, s32 (24 bit), 2304 kb/s",
                       "Stream mapping:", "  Stream #0:0 -> #0:0 (pcm_s24le (native) -> aac (native))"])
    r.add(63, "t2", 'time=@ISO@ level=INFO msg="loudness pass: buffering decoded input for two-pass ebur128" job_id=' + jid + ' mode=in-memory')
    r.add(95, "t2", "size=       0kB time=02:41:10.02 bitrate=   0.0kbits/s speed= 302x")
    r.add(131, "kl", klog("I", 1874, "kubelet.go:2439", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pods[2]}" event={{"ID":"{uuid()}","Type":"ContainerDied","Data":"{cid}"}}'))
    r.add(130, "ev", ev_line("Node", nodes[2], "OOMKilling", "Warning", "kernel-monitor",
                             "Memory cgroup out of memory: Killed process 48122 (ffmpeg) total-vm:3521840kB, anon-rss:2093120kB, file-rss:1024kB, shmem-rss:0kB, UID:1000 pgtables:4412kB oom_score_adj:995",
                             nodes[2]), ev=True)
    r.add(130, "ctd", f'time="@ISO9@" level=info msg="TaskOOM event container_id:\\"{cid}\\""', ev=True)
    r.add(131, "ctd", f'time="@ISO9@" level=info msg="shim disconnected" id={cid} namespace=k8s.io')
    r.add(132, "ev", ev_line("Pod", pods[2], "Pulled", "Normal", "kubelet", 'Container image \\"europe-docker.pkg.dev/podhost-prod/media/transcoder:3.22.0\\" already present on machine', nodes[2]))
    r.add(133, "ev", ev_line("Pod", pods[2], "Started", "Normal", "kubelet", "Started container transcoder", nodes[2], count=2))
    r.add(134, "kl", klog("I", 1874, "kuberuntime_manager.go:1029", f'"Container of pod is not in the desired state and shall be started" containerName="transcoder" '
                          f'containerStatus.State="exited" containerStatus.ExitCode=137 containerStatus.Reason="OOMKilled" pod="{ns}/{pods[2]}"'), ev=True)
    r.add(136, "t2", 'time=@ISO@ level=INFO msg="worker started" concurrency=1 memory_limit=2Gi queue=transcode-std')
    r.add(185, "q", f'time=@ISO@ level=WARN msg="lease expired, re-queuing job" job_id={jid} worker={pods[2]} attempt=1')
    r.add(187, "t0", f'time=@ISO@ level=INFO msg="job claimed" job_id={jid} episode_id={ep} attempt=2 profile=std-v3 loudness_mode=streaming '
                     'note="previous attempt lost its worker; large input, using single-pass streaming loudness"')
    r.add(420, "t0", f'time=@ISO@ level=INFO msg="job completed" job_id={jid} episode_id={ep} outputs=3 loudness_lufs=-16.2 duration=233.0s errors=0')
    r.add(800, "q", 'time=@ISO@ level=INFO msg="queue stats" pending=0 in_flight=1 completed_15m=88 failed_15m=0 requeued_15m=1')
    r.pad([(f"t{i}", done(i), 0, 900) for i in (0, 1, 3)] + [("t2", done(2), 140, 900)], 40, 48)
    return r.build("WARN", "oom_killed", "transcoder",
                   "One transcoder replica was OOM-killed (2Gi limit) while buffering a 9-hour 24-bit WAV in memory for two-pass "
                   "loudness; the job was re-queued and finished on another replica in streaming mode.",
                   "A single transcoder container was OOMKilled on an unusually large upload; it restarted and the episode still published.",
                   "Make streaming loudness the default for long inputs or raise the transcoder memory limit for large files.")


@record
def rad07():
    ns = "radiology"
    h = rs(9)
    pods = [podname("dcm4chee-arc", h) for _ in range(3)]
    nodes = ["aks-pacs-41827365-vmss000000", "aks-pacs-41827365-vmss000001", "aks-pacs-41827365-vmss000002"]
    ips = [podip() for _ in range(3)]
    r = Rec("dev41-rad-07", "radiology", "k8s", (2026, 2, 19, 22, 0, 0),
            "The ingress keeps taking one dcm4chee server out of rotation and putting it back. Are the viewers losing studies?",
            namespace=ns, app="dcm4chee-arc")
    for i, p in enumerate(pods):
        r.stream(f"d{i}", namespace=ns, pod=p, container="dcm4chee-arc", node=nodes[i], app="dcm4chee-arc")
    r.stream("kl", job="integrations/kubernetes/journal", unit="kubelet.service", node=nodes[1])
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    hi = podname("haproxy-ingress")
    r.stream("ing", namespace="ingress", pod=hi, container="haproxy-ingress", node=nodes[0], app="haproxy-ingress")

    def dbg(i):
        def g():
            aet = pick(["CT_ROOM2", "MR_3T_1", "US_ED_1", "ORTHANC"])
            return pick([
                wildfly("INFO", "org.dcm4che3.net.Dimse", f"DicomWorker-{R.randint(1, 40)}", f"{aet}->DCM4CHEE({R.randint(1000, 9999)}) >> 1:C-STORE-RQ[pcid=3, prior=0, cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage, iuid={study_uid()}, tsuid=1.2.840.10008.1.2.4.70 - JPEG Lossless]"),
                wildfly("INFO", "org.dcm4chee.arc.qido.QidoRS", f"default task-{R.randint(1, 60)}",
                        f"Process GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies?PatientID={R.randint(100000, 999999)}&includefield=all from ohif@{podip()}"),
                wildfly("INFO", "org.dcm4chee.arc.wado.WadoRS", f"default task-{R.randint(1, 60)}",
                        f"Process GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies/{study_uid()}/series/{study_uid()}/instances from ohif@{podip()}"),
            ])
        return g

    for i in range(3):
        r.noise(f"d{i}", dbg(i), 0, 1200, 4)
    r.add(30, "d1", wildfly("INFO", "org.dcm4chee.arc.delete.impl.PurgeStorageScheduler", "EE-ManagedScheduledExecutorService-default-Thread-2",
                            "Start deleting objects from fs1 to free 2.1 TiB (deleterThreads=8)"))
    fails = (95, 160, 400, 465, 700, 765)
    p_uid = puid(pods[1])
    for k, t in enumerate(fails):
        r.add(t, "kl", klog("I", 2817, "prober.go:107",
              f'"Probe failed" probeType="Readiness" pod="{ns}/{pods[1]}" podUID="{p_uid}" containerName="dcm4chee-arc" probeResult="failure" '
              f'output="Get \\"http://{ips[1]}:8080/dcm4chee-arc/ctrl/status\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'), ev=(k < 2))
    r.add(161, "ev", ev_line("Pod", pods[1], "Unhealthy", "Warning", "kubelet",
          f'Readiness probe failed: Get \\"http://{ips[1]}:8080/dcm4chee-arc/ctrl/status\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', nodes[1], count=6), ev=True)
    srv = "radiology_svc_dcm4chee-arc_http"
    for t_down, t_up in ((162, 250), (466, 560), (766, 860)):
        r.add(t_down, "ing", f"[WARNING]  (214) : Server {srv}/SRV_2 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
        r.add(t_up, "ing", f"[WARNING]  (214) : Server {srv}/SRV_2 is UP/READY (leaving forced maintenance).")
    r.add(255, "d1", wildfly("INFO", "org.dcm4chee.arc.ctrl.CtrlRS", "default task-7", "Process GET /dcm4chee-arc/ctrl/status from kube-probe/1.29@10.244.1.1 - took 1287 ms"), ev=True)
    r.add(560, "d1", wildfly("INFO", "org.dcm4chee.arc.ctrl.CtrlRS", "default task-19", "Process GET /dcm4chee-arc/ctrl/status from kube-probe/1.29@10.244.1.1 - took 1412 ms"))
    r.add(1100, "d1", wildfly("INFO", "org.dcm4chee.arc.delete.impl.PurgeStorageScheduler", "EE-ManagedScheduledExecutorService-default-Thread-2",
                              "Finished deleting 412873 objects from fs1"))
    r.add(1101, "d1", wildfly("INFO", "org.dcm4chee.arc.ctrl.CtrlRS", "default task-3", "Process GET /dcm4chee-arc/ctrl/status from kube-probe/1.29@10.244.1.1 - took 42 ms"))

    def ingacc():
        return (f"{podip('10.30')}:{R.randint(30000, 60000)} [@HAP@] https~ {srv}/SRV_{pick([1, 3])} 0/0/1/{R.randint(8, 180)}/{R.randint(190, 260)} 200 {R.randint(2000, 900000)} - - ---- "
                f"{R.randint(10, 60)}/{R.randint(10, 60)}/{R.randint(1, 9)}/{R.randint(0, 4)}/0 0/0 \"GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies HTTP/2.0\"")
    r.pad([(f"d{i}", dbg(i), 0, 1200) for i in range(3)] + [("ing", ingacc, 0, 1200)], 44, 52)
    return r.build("WARN", "probe_failure", "dcm4chee-arc",
                   "The readiness probe of one dcm4chee-arc replica (1 s timeout on /dcm4chee-arc/ctrl/status) keeps timing out while that "
                   "replica runs the storage purge job, so the pod flaps NotReady/Ready; the process itself is healthy and the other two replicas serve.",
                   "One dcm4chee-arc replica is flapping out of the ingress because of readiness probe timeouts during a purge; no user-facing failures.",
                   "Raise the readiness probe timeoutSeconds/failureThreshold for dcm4chee-arc or throttle the purge (fewer deleter threads).")


# =================================================================
# Batch 4 - WARN incidents, part 2
# =================================================================
@record
def cus06():
    host = "edi-gw01"
    r = Rec("dev41-cus-06", "customs", "host", (2026, 1, 20, 6, 0, 0),
            "Carrier AS2 traffic through edi-gw01 looks normal, but a partner emailed a warning and there were handshake failures in the log. Anything to act on?",
            tz_minutes=-300, node=host)
    r.stream("hap", host=host, job="syslog", app="haproxy")
    r.stream("chk", host=host, job="syslog", app="cert-expiry-check")
    r.stream("as2", host=host, job="syslog", app="openas2")
    r.stream("sd", host=host, job="syslog", app="systemd")
    partners = [("MAEU", "198.51.100.23"), ("HLCU", "198.51.100.87"), ("CMDU", "203.0.113.140"), ("ONEY", "203.0.113.18")]

    def hacc():
        pid, ipaddr = pick(partners)
        tr = R.randint(20, 300)
        return r5424(134, host, "haproxy", 1187, f"{ipaddr}:{R.randint(30000, 60000)} [@HAP@] fe_as2~ be_as2/as2-app1 0/0/1/{tr}/{tr + 2} 200 {R.randint(600, 1400)} - - ---- "
                                                 f"{R.randint(1, 8)}/{R.randint(1, 8)}/0/0/0 0/0 \"POST /as2/receive HTTP/1.1\"")

    def as2bg():
        pid, _ = pick(partners)
        return r5424(14, host, "openas2", 2201, f"message {b62(10)}@{pid.lower()}_as2 received from {pid}: IFTSTA {R.randint(1, 90)} segments, MDN signed and returned")

    r.noise("hap", hacc, 0, 1500, 10)
    r.noise("as2", as2bg, 0, 1500, 6)
    r.add(60, "sd", r5424(30, host, "systemd", 1, "Starting cert-expiry-check.service - Daily TLS certificate expiry check..."))
    r.add(61, "chk", r5424(12, host, "cert-expiry-check", 41822,
          "WARNING: /etc/haproxy/certs/as2.brokerline.com.pem subject=CN=as2.brokerline.com issuer=CN=Sectigo RSA Domain Validation Secure Server CA "
          "notAfter=Jan 26 23:59:59 2026 GMT - expires in 6 days (threshold 14)"), ev=True)
    r.add(61, "chk", r5424(14, host, "cert-expiry-check", 41822, "OK: /etc/haproxy/certs/portal.brokerline.com.pem notAfter=Oct 02 23:59:59 2026 GMT (255 days)"))
    r.add(62, "chk", r5424(12, host, "cert-expiry-check", 41822,
          "WARNING: no newer certificate for as2.brokerline.com found in /etc/haproxy/certs/staging/ (last renewal ticket: none)"), ev=True)
    r.add(62, "sd", r5424(30, host, "systemd", 1, "cert-expiry-check.service: Deactivated successfully."))
    r.add(300, "hap", r5424(134, host, "haproxy", 1187, "192.0.2.201:41100 [@HAP@] fe_as2/1: SSL handshake failure"))
    r.add(301, "hap", r5424(134, host, "haproxy", 1187, "192.0.2.201:41102 [@HAP@] fe_as2/1: SSL handshake failure"))
    r.add(302, "hap", r5424(134, host, "haproxy", 1187, "192.0.2.201:41108 [@HAP@] fe_as2/1: SSL handshake failure"))
    r.add(720, "as2", r5424(12, host, "openas2", 2201,
          "MDN from CMDU contains warning: 'Receiver certificate for as2.brokerline.com expires 2026-01-26; please send renewed certificate at least 5 business days in advance'"), ev=True)
    r.add(1200, "as2", r5424(14, host, "openas2", 2201, "daily summary: received=1288 sent=412 mdn_ok=1700 mdn_failed=0"))
    r.pad([("hap", hacc, 0, 1500), ("as2", as2bg, 0, 1500)], 36, 44)
    return r.build("WARN", "tls_certificate", "haproxy",
                   "The TLS certificate HAProxy serves for as2.brokerline.com expires in 6 days and no renewed certificate has been staged; "
                   "carriers will reject AS2 connections once it lapses. Traffic is still fine today (handshake failures came from a scanner).",
                   "AS2 certificate on edi-gw01 close to expiry with no renewal in place; no impact yet.",
                   "Renew the as2.brokerline.com certificate, install it in HAProxy, and send the new public cert to AS2 partners before Jan 26.")


@record
def cus07():
    ns = "customs"
    pp = podname("carrier-poller")
    tp = podname("shipment-tracker")
    node = "ip-10-42-5-203.ec2.internal"
    r = Rec("dev41-cus-07", "customs", "k8s", (2026, 3, 16, 8, 0, 0),
            "shipment-tracker is showing stale ETAs for Hapag-Lloyd containers this morning. Is shipment-tracker broken?",
            namespace=ns, app="shipment-tracker")
    r.stream("p", namespace=ns, pod=pp, container="carrier-poller", node=node, app="carrier-poller")
    r.stream("t", namespace=ns, pod=tp, container="shipment-tracker", node="ip-10-42-3-17.ec2.internal", app="shipment-tracker")

    def tbg():
        return (f'time=@ISO@ level=INFO msg="http request" method=GET path=/api/shipments/{pick(["MSKU", "HLBU", "CMAU", "ONEU"])}{R.randint(1000000, 9999999)} '
                f'status=200 duration={R.uniform(3, 60):.1f}ms')

    r.noise("t", tbg, 0, 1500, 8)
    for cyc, t in enumerate((0, 300, 600, 900, 1200)):
        r.add(t, "p", f'time=@ISO@ level=INFO msg="poll cycle started" carrier=HLCU containers={2412 if cyc else 2398} rate_limit_local=none')
        if cyc in (0, 1, 2):
            for j in range(2 if cyc else 1):
                r.add(t + 40 + j * 30, "p", f'time=@ISO@ level=WARN msg="carrier api throttled" carrier=HLCU status=429 '
                                            f'endpoint=https://api.hlag.com/hlag/external/v2/events retry_after=60s x_ratelimit_limit=300 x_ratelimit_remaining=0 attempt={j + 1}',
                      ev=(cyc == 0))
            r.add(t + 150, "p", f'time=@ISO@ level=WARN msg="poll cycle finished" carrier=HLCU requested=2412 ok={1990 - cyc * 20} throttled={422 + cyc * 20} duration=148.2s')
        else:
            r.add(t + 150, "p", f'time=@ISO@ level=INFO msg="poll cycle finished" carrier=HLCU requested=2412 ok=2412 throttled=0 duration={R.uniform(150, 170):.1f}s')
    r.add(20, "p", 'time=@ISO@ level=INFO msg="tracked container set grew" carrier=HLCU before=1510 after=2398 reason="new customer onboarding: NORDFRUCHT"', ev=True)
    r.add(700, "p", 'time=@ISO@ level=INFO msg="adaptive pacing enabled after repeated 429" carrier=HLCU rate=270/min window=60s')
    r.add(420, "t", 'time=@ISO@ level=WARN msg="stale carrier events" carrier=HLCU containers_stale=388 oldest_event_age=14m')
    r.add(720, "t", 'time=@ISO@ level=WARN msg="stale carrier events" carrier=HLCU containers_stale=121 oldest_event_age=9m')
    r.add(1320, "t", 'time=@ISO@ level=INFO msg="carrier events fresh" carrier=HLCU containers_stale=0')
    r.pad([("t", tbg, 0, 1500)], 36, 44)
    return r.build("WARN", "rate_limited", "carrier-poller",
                   "After a new customer was onboarded the carrier-poller started polling ~2,400 Hapag-Lloyd containers per cycle, "
                   "exceeding the carrier API quota of 300 requests/min; the API answered 429 and some events arrived late until adaptive pacing kicked in.",
                   "Carrier API throttling caused temporarily stale ETAs; recovered once the poller paced itself. shipment-tracker is only showing the delay.",
                   "Configure carrier-poller's per-carrier rate (or request a higher HLCU quota) to match the larger container set.")


@record
def rad08():
    ns = "radiology"
    bad = "aks-pacs-41827365-vmss000002"
    h = rs(10)
    po = [podname("orthanc", h), podname("orthanc", h)]
    r = Rec("dev41-rad-08", "radiology", "k8s", (2026, 2, 23, 13, 40, 0),
            "One orthanc replica dropped out of the service for a few minutes around 13:44. Is orthanc failing?",
            namespace=ns, app="orthanc")
    r.stream("o0", namespace=ns, pod=po[0], container="orthanc", node="aks-pacs-41827365-vmss000000", app="orthanc")
    r.stream("o1", namespace=ns, pod=po[1], container="orthanc", node=bad, app="orthanc")
    r.stream("kl", job="integrations/kubernetes/journal", unit="kubelet.service", node=bad)
    r.stream("ctd", job="integrations/kubernetes/journal", unit="containerd.service", node=bad)
    r.stream("mon", job="integrations/kubernetes/journal", unit="containerd-monitor.service", node=bad)
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")

    def obg(k):
        def g():
            th = f"DICOM-{R.randint(1, 8)}"
            return pick([olog("I", th, "ServerContext.cpp:569", f"New instance stored (SOP Instance UID: {study_uid()})"),
                         olog("I", f"HTTP-{R.randint(0, 49)}", "HttpServer.cpp:1253", f"(http) GET /dicom-web/studies/{study_uid()}/series")])
        return g

    r.noise("o0", obg(0), 0, 900, 8)
    r.noise("o1", obg(1), 0, 15, 2)
    r.add(20, "ctd", 'time="@ISO9@" level=error msg="ttrpc: received message on inactive stream" stream=1637')
    r.add(95, "kl", klog("E", 3121, "remote_runtime.go:407", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" '
                         'filter="nil"'))
    r.add(200, "kl", klog("E", 3121, "remote_runtime.go:407", '"ListContainers with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" '
                          'filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"'), ev=True)
    r.add(230, "kl", klog("E", 3121, "kubelet.go:2355", '"Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s]"'), ev=True)
    r.add(232, "ev", ev_line("Node", bad, "NodeNotReady", "Normal", "node-controller", f"Node {bad} status is now: NodeNotReady"), ev=True)
    r.add(233, "ev", ev_line("Pod", po[1], "NodeNotReady", "Warning", "node-controller", "Node is not ready"))
    r.add(260, "mon", f"@JOURNAL@ {bad} containerd-monitor[1204]: crictl pods timed out after 60s, containerd not healthy, restarting containerd", ev=True)
    r.add(261, "ctd", 'time="@ISO9@" level=info msg="Stop CRI service"')
    r.add(263, "ctd", 'time="@ISO9@" level=info msg="starting containerd" revision=1.7.15-1 version=1.7.15-1')
    r.add(264, "ctd", 'time="@ISO9@" level=info msg="containerd successfully booted in 0.843210s"')
    r.add(275, "kl", klog("I", 3121, "kubelet_node_status.go:506", '"Fast updating node status as it just became ready"'))
    r.add(276, "ev", ev_line("Node", bad, "NodeReady", "Normal", "kubelet", f"Node {bad} status is now: NodeReady", bad))
    r.add(300, "o1", olog("I", "DICOM-2", "CommandDispatcher.cpp:490", "Association Received from AET MR_3T_1 on IP 10.30.12.34"))
    r.add(700, "mon", f"@JOURNAL@ {bad} containerd-monitor[1204]: containerd healthy (crictl pods 0.21s)")
    r.pad([("o0", obg(0), 0, 900), ("o1", obg(1), 300, 900)], 38, 46)
    return r.build("WARN", "node_failure", "containerd",
                   "containerd on node aks-pacs-41827365-vmss000002 stopped responding (CRI calls hit deadlines, PLEG unhealthy), the node went "
                   "NotReady and its orthanc pod was taken out of the endpoints until containerd-monitor restarted containerd ~1 minute later.",
                   "Brief node NotReady caused by a hung containerd; recovered after an automatic restart, the other orthanc replica kept serving.",
                   "Check containerd on vmss000002 (version, disk/IO pressure, shim count) and cordon/reimage the node if it repeats; orthanc needs no change.")


def rtr(level, spans, target, msg, **kv):
    """Rust tracing_subscriber::fmt default format."""
    extra = "".join(f" {k}={v}" for k, v in kv.items())
    sp = f"{spans}: " if spans else ""
    return f"@ISO6@ {level:>5} {sp}{target}: {msg}{extra}"


@record
def pod06():
    ns = "feeds"
    h = rs(10)
    old = [podname("feed-renderer", h) for _ in range(6)]
    new = [podname("feed-renderer", h) for _ in range(4)]
    nodes = [f"gke-podhost-prod-web-pool-2d4e6f80-{x}" for x in ("b7kq", "c2mz", "f9ld", "h4rt", "k8vx", "p3ws")]
    r = Rec("dev41-pod-06", "podcast", "k8s", (2026, 4, 24, 6, 58, 0),
            "At the 07:00 episode drop RSS feed responses got slow and Varnish started serving from grace. Is the feed renderer code regressing?",
            namespace=ns, app="feed-renderer")
    for i in range(3):
        r.stream(f"o{i}", namespace=ns, pod=old[i], container="feed-renderer", node=nodes[i], app="feed-renderer")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("ca", namespace="kube-system", pod=podname("cluster-autoscaler"), container="cluster-autoscaler", node=nodes[0], app="cluster-autoscaler")
    r.stream("v", namespace="cdn", pod=podname("varnish", "5f7c9d8b6d"), container="varnishncsa", node="gke-podhost-prod-edge-pool-1c7d2f90-w2hx", app="varnish")

    def rq(slow):
        def g():
            lat = R.randint(900, 2600) if slow else R.randint(8, 60)
            lvl = "WARN" if lat > 800 else "INFO"
            msg = "slow response" if lvl == "WARN" else "finished processing request"
            return rtr(lvl, f"request{{method=GET uri=/feeds/{show_slug()}.xml}}", "feed_renderer::http", msg,
                       latency_ms=lat, status=200, inflight=(R.randint(300, 520) if slow else R.randint(10, 80)))
        return g

    for i in range(3):
        r.noise(f"o{i}", rq(False), 0, 120, 2)
        r.noise(f"o{i}", rq(True), 125, 260, 3)
        r.noise(f"o{i}", rq(False), 270, 600, 2)
    r.add(122, "ev", ev_line("HorizontalPodAutoscaler", "feed-renderer", "SuccessfulRescale", "Normal", "horizontal-pod-autoscaler",
                             "New size: 10; reason: cpu resource utilization (percentage of request) above target"))
    for k, p in enumerate(new):
        r.add(123, "ev", ev_line("ReplicaSet", f"feed-renderer-{h}", "SuccessfulCreate", "Normal", "replicaset-controller", f"Created pod: {p}"))
    for k, p in enumerate(new):
        r.add(124, "ev", ev_line("Pod", p, "FailedScheduling", "Warning", "default-scheduler",
              "0/9 nodes are available: 3 node(s) had untolerated taint {dedicated: transcode}, 6 Insufficient cpu. preemption: 0/9 nodes are available: "
              "3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod."), ev=(k < 2))
    r.add(130, "ca", klog("I", 1, "scale_up.go:477", '"Estimated nodes needed" nodeGroup="https://www.googleapis.com/compute/v1/projects/podhost-prod/zones/europe-west1-b/instanceGroups/gke-podhost-prod-web-pool-2d4e6f80-grp" count=2'), ev=True)
    r.add(131, "ev", ev_line("Pod", new[0], "TriggeredScaleUp", "Normal", "cluster-autoscaler",
          "pod triggered scale-up: [{https://www.googleapis.com/compute/v1/projects/podhost-prod/zones/europe-west1-b/instanceGroups/gke-podhost-prod-web-pool-2d4e6f80-grp 6->8 (max: 12)}]"), ev=True)
    for k, p in enumerate(new):
        r.add(240 + k, "ev", ev_line("Pod", p, "Scheduled", "Normal", "default-scheduler",
              f"Successfully assigned {ns}/{p} to gke-podhost-prod-web-pool-2d4e6f80-{pick(['t6bn', 'w2qc'])}"))
    r.add(262, "ev", ev_line("Pod", new[0], "Started", "Normal", "kubelet", "Started container feed-renderer", "gke-podhost-prod-web-pool-2d4e6f80-t6bn"))

    def vac(grace):
        def g():
            return (f"{client_ip()} - - [@CLF@] \"GET http://feeds.podhost.io/{show_slug()}.xml HTTP/1.1\" 200 {R.randint(20000, 240000)} \"-\" \"{pick(UA_PODCAST)}\"")
        return g

    r.stream("vl", namespace="cdn", pod=r.streams["v"]["pod"], container="varnishlog", node="gke-podhost-prod-edge-pool-1c7d2f90-w2hx", app="varnish")
    r.add(180, "vl", '-   VCL_Log        grace: serving stale object for feeds.podhost.io/the-night-shift.xml, backend fetch 2.4s')
    r.add(200, "vl", '-   VCL_Log        grace: serving stale object for feeds.podhost.io/true-north-crime.xml, backend fetch 2.1s')
    r.noise("v", vac(False), 0, 600, 5)
    r.pad([("v", vac(False), 0, 600)] + [(f"o{i}", rq(False), 270, 600) for i in range(3)], 40, 48)
    return r.build("WARN", "scheduling", "feed-renderer",
                   "At the 07:00 release peak the HPA scaled feed-renderer from 6 to 10 but the 4 new pods stayed Pending for ~2 minutes "
                   "(Insufficient cpu on the web pool, transcode nodes tainted) until the cluster autoscaler added two nodes; "
                   "the existing replicas were overloaded in the meantime.",
                   "Feed latency spike caused by new feed-renderer replicas waiting for node capacity; resolved after scale-up. No code regression.",
                   "Keep warm headroom for the 07:00 drop (higher min nodes or a scheduled HPA minReplicas bump, or overprovisioning pods).")


@record
def cus08():
    ns = "customs"
    h = rs(10)
    tl = [podname("tariff-lookup", h) for _ in range(2)]
    nodes = ["ip-10-42-3-17.ec2.internal", "ip-10-42-7-88.ec2.internal"]
    r = Rec("dev41-cus-08", "customs", "k8s", (2026, 3, 18, 16, 30, 0),
            "tariff-lookup logged a stream of spymemcached exceptions and slower responses around 16:35. Is tariff-lookup broken?",
            namespace=ns, app="tariff-lookup")
    for i, p in enumerate(tl):
        r.stream(f"t{i}", namespace=ns, pod=p, container="tariff-lookup", node=nodes[i], app="tariff-lookup")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("m2", namespace=ns, pod="memcached-2", container="memcached", node="ip-10-42-2-141.ec2.internal", app="memcached")
    mip = "10.42.6.77"
    qa = f"{{QA sa=memcached-2.memcached.customs.svc.cluster.local/{mip}:11211, #Rops=0, #Wops=0, #iq=0, topRop=null, topWop=null, toWrite=0, interested=0}}"

    def acc(slow):
        def g():
            ms = R.randint(60, 240) if slow else R.randint(3, 25)
            return (f"10.42.{R.randint(1, 9)}.{R.randint(2, 250)} - - [@CLF@] \"GET /tariff-lookup/api/rate/{hs_code()}?origin={pick(['CN', 'VN', 'DE', 'MX', 'IN'])} HTTP/1.1\" 200 {R.randint(300, 900)} {ms}")
        return g

    def spy(level, msg):
        return f"@DOTMS@ {level} net.spy.memcached.MemcachedConnection:  {msg}"

    for i in range(2):
        r.noise(f"t{i}", acc(False), 0, 280, 2)
        r.noise(f"t{i}", acc(True), 300, 380, 2)
        r.noise(f"t{i}", acc(False), 400, 900, 2)
    r.add(270, "ev", ev_line("Node", "ip-10-42-6-19.ec2.internal", "ScaleDown", "Normal", "cluster-autoscaler",
                             "marked the node as toBeDeleted/unschedulable"), ev=True)
    r.add(271, "ev", ev_line("Pod", "memcached-2", "ScaleDown", "Normal", "cluster-autoscaler", "deleting pod for node scale down"), ev=True)
    r.add(272, "ev", ev_line("Pod", "memcached-2", "Killing", "Normal", "kubelet", "Stopping container memcached", "ip-10-42-6-19.ec2.internal"))
    for i in range(2):
        r.add(273, f"t{i}", spy("INFO", f"Reconnecting due to exception on {qa}"))
        r.add(274, f"t{i}", "java.io.IOException: Connection reset by peer")
        for k, t in enumerate((280, 300, 330) if i == 0 else (282, 331)):
            r.add(t, f"t{i}", spy("INFO", f"Reconnecting due to failure to connect to {qa}"), ev=(i == 0 and k == 1))
            r.block(t + 1, f"t{i}", ["java.net.ConnectException: Connection refused",
                                     "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                                     "\tat net.spy.memcached.MemcachedConnection.handleIO(MemcachedConnection.java:677)"], ev=({0} if i == 0 and k == 1 else False))
        r.add(310, f"t{i}", spy("WARN", f"Could not redistribute to another node, retrying primary node for tariff:rate:{hs_code()}."))
    r.add(345, "ev", ev_line("Pod", "memcached-2", "Scheduled", "Normal", "default-scheduler", f"Successfully assigned {ns}/memcached-2 to ip-10-42-2-141.ec2.internal"))
    r.add(351, "ev", ev_line("Pod", "memcached-2", "Started", "Normal", "kubelet", "Started container memcached", "ip-10-42-2-141.ec2.internal"))
    r.add(352, "m2", "slab class   1: chunk size        96 perslab   10922")
    r.add(352, "m2", "<26 server listening (auto-negotiate)")
    for i in range(2):
        r.add(370, f"t{i}", spy("INFO", f"Reconnecting {{QA sa=memcached-2.memcached.customs.svc.cluster.local/10.42.2.58:11211, #Rops=0, #Wops=0, #iq=0, topRop=null, topWop=null, toWrite=0, interested=0}}"))
        r.add(371, f"t{i}", spy("INFO", "Connection state changed for sun.nio.ch.SelectionKeyImpl@" + hexs(8)))
    r.pad([(f"t{i}", acc(False), 400, 900) for i in range(2)], 44, 50)
    return r.build("WARN", "connection_refused", "memcached",
                   "The cluster autoscaler drained a node and deleted memcached-2; for ~80 s the tariff-lookup spymemcached clients got "
                   "connection refused for that shard and fell back to the database, until memcached-2 was rescheduled and the clients reconnected.",
                   "One of three memcached shards was unreachable for about a minute during a node scale-down; tariff lookups slowed but kept succeeding.",
                   "Protect memcached from autoscaler scale-down (PodDisruptionBudget / safe-to-evict=false) or use consistent hashing with failover; tariff-lookup needs no fix.")


# =================================================================
# Batch 5 - ERROR incidents, part 1
# =================================================================
@record
def cus09():
    ns = "customs"
    h = rs(10)
    bp = [podname("broker-portal", h) for _ in range(2)]
    r = Rec("dev41-cus-09", "customs", "k8s", (2026, 3, 23, 10, 0, 0),
            "Brokers get 504s when they search the tariff in broker-portal. What is wrong with broker-portal?",
            namespace=ns, app="broker-portal")
    for i, p in enumerate(bp):
        r.stream(f"b{i}", namespace=ns, pod=p, container="broker-portal", node=f"ip-10-42-{3 + 2 * i}-{17 + i * 186}.ec2.internal", app="broker-portal")
    for i in range(2):
        r.stream(f"s{i}", namespace="search", pod=f"solr-{i}", container="solr", node=f"ip-10-42-{8 + i}-{44 + i * 60}.ec2.internal", app="solr")
    r.stream("hap", namespace="ingress", pod=podname("haproxy-ingress"), container="haproxy-ingress", node="ip-10-42-1-77.ec2.internal", app="haproxy-ingress")
    r.stream("cj", namespace="search", pod=f"tariff-optimize-{R.randint(29000000, 29999999)}-{rs(5)}", container="optimize", node="ip-10-42-9-104.ec2.internal", app="tariff-optimize")
    core = "[c:tariff s:shard1 r:core_node2 x:tariff_shard1_replica_n1]"
    core2 = "[c:tariff s:shard1 r:core_node4 x:tariff_shard1_replica_n3]"

    def sq(i, slow):
        def g():
            qt = R.randint(9000, 31000) if slow else R.randint(4, 60)
            c = core if i == 0 else core2
            terms = pick(["lithium+battery", "bicycle+frame", "frozen+shrimp", "ceramic+tiles", "cotton+t-shirts", "solar+panels"])
            req = (f"webapp=/solr path=/select params={{q=description:({terms})&fq=chapter:{R.randint(1, 97)}&rows=20&wt=json}} "
                   f"hits={R.randint(0, 400)} status=0 QTime={qt}")
            if qt > 5000:
                return f"@DOTMS@ WARN  (qtp1144748369-{R.randint(100, 999)}) {c} o.a.s.c.S.SlowRequest slow: {req}"
            return f"@DOTMS@ INFO  (qtp1144748369-{R.randint(100, 999)}) {c} o.a.s.c.S.Request {req}"
        return g

    for i in range(2):
        r.noise(f"s{i}", sq(i, False), 0, 110, 2)
        r.noise(f"s{i}", sq(i, True), 125, 900, 5)
    r.add(118, "cj", 'time=@ISO@ level=INFO msg="triggering optimize" collection=tariff url="http://solr-0.solr-headless.search:8983/solr/tariff/update?optimize=true&maxSegments=1" schedule="0 10 * * 1"', ev=True)
    r.add(119, "s0", f"@DOTMS@ INFO  (qtp1144748369-77) {core} o.a.s.u.DirectUpdateHandler2 start commit{{,optimize=true,openSearcher=true,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}}", ev=True)
    r.add(120, "s1", f"@DOTMS@ INFO  (qtp1144748369-81) {core2} o.a.s.u.DirectUpdateHandler2 start commit{{,optimize=true,openSearcher=true,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}}", ev=True)
    r.add(125, "s0", f"@DOTMS@ INFO  (Lucene Merge Thread #0) {core} o.a.s.u.LoggingInfoStream [IW][Lucene Merge Thread #0]: merge seg=_8c1f 41 segments into 1, 38.4 GB")
    slow_ev = 0
    for k, t in enumerate((150, 210, 280, 360, 450, 560, 700)):
        i = k % 2
        r.add(t, f"b{i}", catalina("SEVERE", f"http-nio-8080-exec-{R.randint(1, 200)}", "com.brokerline.portal.search.TariffSearchService.search",
                                    f"Solr query failed after 10000 ms: org.apache.solr.client.solrj.SolrServerException: Timeout occurred while waiting response from server at: "
                                    f"http://solr-{i}.solr-headless.search:8983/solr/tariff"))
        r.add(t + 1, f"b{i}", "java.net.SocketTimeoutException: Read timed out")
        r.add(t + 2, "hap", f"10.30.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} [@HAP@] https~ customs_svc_broker-portal_http/SRV_{i + 1} 0/0/1/-1/10003 504 198 - - sH-- "
                            f"{R.randint(30, 90)}/{R.randint(30, 90)}/{R.randint(5, 20)}/{R.randint(2, 9)}/0 0/0 \"GET /portal/tariff/search?q=lithium+battery HTTP/2.0\"")
    r.add(300, "s0", f"@DOTMS@ WARN  (qtp1144748369-412) {core} o.a.s.c.S.SlowRequest slow: webapp=/solr path=/select params={{q=description:(lithium+battery)&fq=chapter:85&rows=20&wt=json}} hits=214 status=0 QTime=28411", ev=True)
    r.pad([("s0", sq(0, True), 125, 900), ("s1", sq(1, True), 125, 900)], 44, 52)
    return r.build("ERROR", "timeout", "solr",
                   "A weekly cron job started a full optimize (forceMerge to 1 segment) of the 38 GB Solr tariff collection during business hours; "
                   "while it merges, Solr select queries take 9-31 s, broker-portal's 10 s client timeout fires and the ingress returns 504.",
                   "Tariff search is failing with 504 because Solr answers too slowly during a forced optimize; broker-portal is only the messenger.",
                   "Stop the daytime optimize (reschedule the tariff-optimize CronJob off-hours or drop optimize) and let the merge finish; consider a Solr timeout/fallback in the portal.")


@record
def rad09():
    ns = "radiology"
    h = rs(10)
    dc = [podname("dcm4chee-arc", h) for _ in range(2)]
    dm = podname("dose-monitor")
    r = Rec("dev41-rad-09", "radiology", "k8s", (2026, 2, 24, 9, 30, 0),
            "dcm4chee is rejecting studies from the CT scanners with processing failures. What is wrong with dcm4chee?",
            namespace=ns, app="dcm4chee-arc")
    for i, p in enumerate(dc):
        r.stream(f"d{i}", namespace=ns, pod=p, container="dcm4chee-arc", node=f"aks-pacs-41827365-vmss00000{i}", app="dcm4chee-arc")
    r.stream("pg", namespace=ns, pod="pacs-postgres-0", container="postgres", node="aks-pacs-41827365-vmss000002", app="pacs-postgres")
    r.stream("dm", namespace=ns, pod=dm, container="dose-monitor", node="aks-apps-29304417-vmss000004", app="dose-monitor")

    def pgl(pid, who, level, msg):
        return f"@DOTMS@ UTC [{pid}] {who} {level}:  {msg}"

    r.add(2, "dm", 'time=@ISO@ level=INFO msg="starting dose-monitor" version=1.4.0 db=postgres://dosemon@pacs-postgres:5432/pacs poll_interval=10s')
    for k, t in enumerate(range(60, 1200, 150)):
        n = min(40 + k * 23, 196)
        r.add(t, "dm", f'time=@ISO@ level=INFO msg="db pool stats" open={n} in_use={n} idle=0 wait_count=0 max_open=0 studies_scanned={1200 + k * 310}', ev=(k in (3, 6)))
    for k, t in enumerate((480, 485, 490)):
        r.add(t, "pg", pgl(41800 + k * 7, "dosemon@pacs", "LOG", "connection authorized: user=dosemon database=pacs application_name=dose-monitor"))
    fails = (640, 700, 760, 850, 940, 1030)
    for k, t in enumerate(fails):
        r.add(t, "pg", pgl(42011 + k * 13, "pacs@pacs", "FATAL", "sorry, too many clients already"), ev=(k == 0))
        i = k % 2
        r.add(t, f"d{i}", wildfly("WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", f"EE-ManagedExecutorService-default-Thread-{R.randint(1, 20)}",
                                  "IJ000604: Throwable while attempting to get a new connection: null: javax.resource.ResourceException: Could not create connection"))
        r.add(t + 1, f"d{i}", "Caused by: org.postgresql.util.PSQLException: FATAL: sorry, too many clients already")
        aet = pick(["CT_ROOM2", "CT_ED", "MR_3T_1"])
        r.add(t + 2, f"d{i}", wildfly("INFO", "org.dcm4che3.net.Dimse", f"DicomWorker-{R.randint(1, 40)}",
                                      f"DCM4CHEE<-{aet}({R.randint(1000, 9999)}) << 1:C-STORE-RSP[pcid=3, status=0110H, errorComment=org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"))
    r.add(655, "pg", pgl(42019, "dosemon@pacs", "FATAL", "remaining connection slots are reserved for non-replication superuser connections"))
    r.add(1150, "pg", pgl(1, "", "LOG", "checkpoint complete: wrote 1841 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.812 s, sync=0.004 s, total=179.839 s").replace("[1]  LOG", "[1] LOG"))

    def dcbg(i):
        def g():
            return wildfly("INFO", "org.dcm4chee.arc.qido.QidoRS", f"default task-{R.randint(1, 60)}",
                           f"Process GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies?PatientID={R.randint(100000, 999999)} from ohif@{podip()}")
        return g
    r.pad([("d0", dcbg(0), 0, 1200), ("d1", dcbg(1), 0, 1200)], 44, 52)
    return r.build("ERROR", "database", "dose-monitor",
                   "dose-monitor 1.4.0 leaks PostgreSQL connections (open/in_use grows every poll, never idle, no max_open) until pacs-postgres "
                   "hits max_connections; dcm4chee-arc then cannot get a JDBC connection and answers C-STORE with status 0110H.",
                   "Study storage is failing because the PACS database is out of connection slots, consumed by the newly deployed dose-monitor.",
                   "Roll back or fix dose-monitor (close rows / set SetMaxOpenConns), terminate its idle sessions in PostgreSQL; dcm4chee needs no change.")


@record
def pod07():
    ns = "ads"
    h = rs(10)
    st = [podname("ad-stitcher", h) for _ in range(2)]
    ad = podname("ad-decision")
    r = Rec("dev41-pod-07", "podcast", "k8s", (2026, 4, 27, 0, 0, 0),
            "Since midnight episodes are served without dynamically inserted ads and ad-stitcher is logging connection errors. Why?",
            namespace=ns, app="ad-stitcher")
    for i, p in enumerate(st):
        r.stream(f"s{i}", namespace=ns, pod=p, container="ad-stitcher", node=f"gke-podhost-prod-web-pool-2d4e6f80-{('b7kq', 'c2mz')[i]}", app="ad-stitcher")
    r.stream("ad", namespace=ns, pod=ad, container="ad-decision", node="gke-podhost-prod-web-pool-2d4e6f80-f9ld", app="ad-decision")

    def ok(i):
        def g():
            return rtr("INFO", f"stitch{{episode=ep_{b62(10)} slots=3}}", "ad_stitcher::stitch", "stitched", fill=3, latency_ms=R.randint(40, 160))
        return g

    def err(i):
        def g():
            return rtr("ERROR", f"stitch{{episode=ep_{b62(10)} slots={R.randint(1, 4)}}}", "ad_stitcher::decision",
                       "ad decision request failed, serving episode without ads",
                       error='"error sending request for url (https://ad-decision.ads.svc.cluster.local:8443/v2/decide): client error (Connect): invalid peer certificate: Expired"')
        return g

    for i in range(2):
        r.noise(f"s{i}", ok(i), -60, -1, 2)
        r.noise(f"s{i}", err(i), 1, 900, 6)
    r.add(0, "ad", 'time=@ISO@ level=ERROR msg="serving certificate expired" secret=ads/ad-decision-tls subject=CN=ad-decision.ads.svc '
                   'not_after=2026-04-27T00:00:00Z issuer="CN=podhost-internal-ca" managed_by=none', ev=True)
    for k, t in enumerate((3, 4, 70, 200, 410, 650)):
        r.add(t, "ad", f"@GOSTD@ http: TLS handshake error from 10.8.{R.randint(0, 3)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}: remote error: tls: bad certificate", ev=(k < 2))
    r.add(2, "s0", rtr("ERROR", f"stitch{{episode=ep_{b62(10)} slots=2}}", "ad_stitcher::decision", "ad decision request failed, serving episode without ads",
                       error='"error sending request for url (https://ad-decision.ads.svc.cluster.local:8443/v2/decide): client error (Connect): invalid peer certificate: Expired"'), ev=True)
    r.add(300, "s1", rtr("WARN", "", "ad_stitcher::metrics", "fill rate below threshold", fill_rate="0.00", threshold="0.60", window="5m"))
    r.add(600, "s0", rtr("WARN", "", "ad_stitcher::metrics", "fill rate below threshold", fill_rate="0.00", threshold="0.60", window="5m"))
    r.pad([(f"s{i}", err(i), 1, 900) for i in range(2)], 38, 46)
    r.start = r.start - timedelta(seconds=60)   # window opens one minute before midnight
    for e in r.events:
        e[0] += 60
    return r.build("ERROR", "tls_certificate", "ad-decision",
                   "The serving certificate of ad-decision (manually created Secret ads/ad-decision-tls, not managed by cert-manager) expired at "
                   "00:00 UTC; ad-stitcher's TLS client rejects it (invalid peer certificate: Expired), so every ad decision fails.",
                   "Dynamic ad insertion is down since midnight because ad-decision presents an expired certificate; episodes are served without ads.",
                   "Issue a new certificate for ad-decision (move it to a cert-manager Certificate) and restart/reload ad-decision.")


@record
def pod08():
    ns = "external-dns"
    ed = podname("external-dns")
    cm = podname("cert-manager")
    r = Rec("dev41-pod-08", "podcast", "k8s", (2026, 4, 28, 14, 0, 0),
            "cert-manager cannot issue certificates for the custom domains of shows onboarded today; its self-check says 'no such host'. "
            "What is broken in cert-manager?",
            namespace="cert-manager", app="cert-manager")
    node = "gke-podhost-prod-system-pool-8f2e4c1a-7rzd"
    r.stream("ed", namespace=ns, pod=ed, container="external-dns", node=node, app="external-dns")
    r.stream("cm", namespace="cert-manager", pod=cm, container="cert-manager-controller", node=node, app="cert-manager")
    r.stream("ev", namespace="podcast", job="integrations/kubernetes/eventhandler")
    r.stream("eds", namespace="staging", pod=podname("external-dns"), container="external-dns", node="gke-podhost-stg-pool-0a1b2c3d-9xq2", app="external-dns")
    domains = ["greenroom.podhost.fm", "thebeat.podhost.fm", "ledger-talk.podhost.fm", "nightcrawl.podhost.fm"]
    rid = lambda: uuid()
    thr = ('time="@ISOS@" level=error msg="Failed to do run once: failed to list resource records in zone podhost.fm.: operation error Route 53: ListResourceRecordSets, '
           'exceeded maximum attempts, 3, https response error StatusCode: 400, RequestID: {rid}, api error Throttling: Rate exceeded"')
    r.add(5, "ed", 'time="@ISOS@" level=info msg="config: {APIServerURL: KubeConfig: RequestTimeout:30s ... Sources:[service ingress] Provider:aws '
                   'DomainFilter:[podhost.fm podhost.io] ... Interval:1m0s ... AWSBatchChangeSize:1000 AWSZoneCacheDuration:0s ...}"')
    for k, t in enumerate((20, 80, 140, 200, 320, 440, 560, 680, 800)):
        r.add(t, "ed", thr.replace("{rid}", rid()), ev=(k < 3))
    for k, t in enumerate((10, 25, 40, 55, 70, 85, 100, 115, 130, 145)):
        if k % 3 == 0:
            r.add(t, "eds", 'time="@ISOS@" level=info msg="Applying provider record filter for domains: [podhost.fm. .podhost.fm. podhost.io. .podhost.io.]"', ev=(k == 0))
        else:
            r.add(t, "eds", 'time="@ISOS@" level=info msg="All records are already up to date"')
    r.add(3, "eds", 'time="@ISOS@" level=info msg="config: {... Provider:aws DomainFilter:[podhost.fm podhost.io] ... TXTOwnerID:podhost-staging Interval:15s ... AWSZoneCacheDuration:0s ...}"', ev=True)
    for k, d in enumerate(domains):
        t = 60 + k * 110
        chal = f"{d.split('.')[0]}-tls-1-{R.randint(10**9, 4 * 10**9)}-{R.randint(10**9, 4 * 10**9)}"
        r.add(t, "cm", klog("E", 1, "sync.go:190", f'"propagation check failed" err="failed to perform self check GET request \'http://{d}/.well-known/acme-challenge/{b62(43)}\': '
                                                   f'Get \\"http://{d}/.well-known/acme-challenge/{b62(43)}\\": dial tcp: lookup {d} on 10.96.0.10:53: no such host" '
                                                   f'logger="cert-manager.challenges" resource_name="{chal}" resource_namespace="podcast" resource_kind="Challenge" dnsName="{d}" type="HTTP-01"'))
        r.add(t + 1, "ev", ev_line("Certificate", f"{d.split('.')[0]}-tls", "Issuing", "Normal", "cert-manager-certificates-trigger",
                                   "Issuing certificate as Secret does not exist"))
    r.add(700, "ev", ev_line("Ingress", "greenroom", "CreateCertificate", "Normal", "cert-manager-ingress-shim", 'Successfully created Certificate \\"greenroom-tls\\"'))
    r.pad([("eds", lambda: 'time="@ISOS@" level=info msg="All records are already up to date"', 150, 900)], 38, 46)
    return r.build("ERROR", "rate_limited", "external-dns",
                   "Route 53 is throttling external-dns (Throttling: Rate exceeded on every sync) because a second external-dns instance in "
                   "the staging namespace polls the same hosted zones every 15 s without a zone cache; production external-dns never gets to "
                   "create the A records for new show domains, so cert-manager's HTTP-01 self-check cannot resolve them.",
                   "New show domains are not being published in DNS because Route 53 rate-limits external-dns; cert-manager only reports the missing names.",
                   "Stop or scope the staging external-dns (own zone, longer interval, --aws-zones-cache-duration) and let production external-dns sync; cert-manager needs no change.")


@record
def pod09():
    ns = "storage"
    ua = [podname("upload-api", "6c9f7d8b5") for _ in range(2)]
    node_bad = "gke-podhost-prod-storage-pool-77a1c3e5-2mfp"
    r = Rec("dev41-pod-09", "podcast", "k8s", (2026, 4, 29, 10, 15, 0),
            "Creators report that episode uploads fail with 'service unavailable'. upload-api is throwing 503s. What broke?",
            namespace="uploads", app="upload-api")
    for i, p in enumerate(ua):
        r.stream(f"u{i}", namespace="uploads", pod=p, container="upload-api", node=f"gke-podhost-prod-web-pool-2d4e6f80-{('k8vx', 'p3ws')[i]}", app="upload-api")
    r.stream("m1", namespace=ns, pod="minio-1", container="minio", node=node_bad, app="minio")
    r.stream("m0", namespace=ns, pod="minio-0", container="minio", node="gke-podhost-prod-storage-pool-77a1c3e5-0c4d", app="minio")
    r.stream("kern", job="integrations/kubernetes/journal", unit="kernel", node=node_bad)

    def ok(i):
        def g():
            return (f'time=@ISO@ level=INFO msg="http request" method=GET path=/v1/episodes/ep_{b62(10)}/status status=200 duration={R.uniform(2, 30):.1f}ms')
        return g

    for i in range(2):
        r.noise(f"u{i}", ok(i), 0, 900, 4)
    for k, t in enumerate((30, 31, 95, 96)):
        r.add(t, "kern", f"@JOURNAL@ {node_bad} kernel: blk_update_request: I/O error, dev nvme2n1, sector {R.randint(10**8, 9 * 10**8)} op 0x1:(WRITE) flags 0x8800 phys_seg 32 prio class 0", ev=(k == 0))
    r.add(97, "kern", f"@JOURNAL@ {node_bad} kernel: XFS (nvme2n1): metadata I/O error in \"xfs_buf_ioend+0x10c/0x1c0 [xfs]\" at daddr 0x1d4c0a18 len 32 error 5")
    r.block(100, "m1", ["API: SYSTEM()", "Time: @MINIO@", "DeploymentID: 7d1e4b3a-2c6f-4f0e-9a51-3b8e2d7c6f10",
                        "Error: Drive http://minio-1.minio-svc.storage.svc.cluster.local:9000/export2 returned an unexpected error: input/output error, please investigate - drive will be offline (*fmt.wrapError)",
                        "       6: internal/logger/logonce.go:118:logger.LogOnceIf()", "       5: cmd/xl-storage-disk-id-check.go:1026:cmd.(*xlStorageDiskIDCheck).monitorDiskWritable.func1()"], ev={3})
    r.block(101, "m1", ["API: SYSTEM()", "Time: @MINIO@",
                        "Error: Drive http://minio-1.minio-svc.storage.svc.cluster.local:9000/export1 returned an unexpected error: input/output error, please investigate - drive will be offline (*fmt.wrapError)"], ev={2})
    for k, t in enumerate((130, 260, 400, 560, 720)):
        ep = f"ep_{b62(10)}"
        r.block(t, "m0", [f"API: PutObject(bucket=uploads-staging, object=raw/{ep}/master.wav)", "Time: @MINIO@",
                          f"RequestID: 17C{hexs(13).upper()}", f"RemoteHost: 10.8.{R.randint(0, 3)}.{R.randint(2, 250)}",
                          f"Error: Storage resources are insufficient for the write operation uploads-staging/raw/{ep}/master.wav (cmd.InsufficientWriteQuorum)"],
                ev=({4} if k == 0 else False))
        i = k % 2
        r.add(t + 1, f"u{i}", f'time=@ISO@ level=ERROR msg="upload failed" episode_id={ep} part=master.wav size_mb={R.randint(40, 900)} '
                              'error="We encountered an internal error, please try again.: cause(Storage resources are insufficient for the write operation)" status=503')
    r.add(600, "m0", "Healing drive 'http://minio-1.minio-svc.storage.svc.cluster.local:9000/export1' - 'mc admin heal -r' required: drive offline")
    r.pad([(f"u{i}", ok(i), 0, 900) for i in range(2)], 44, 52)
    return r.build("ERROR", "storage", "minio",
                   "The NVMe volume backing minio-1 is returning kernel I/O errors (XFS metadata I/O error on nvme2n1); MinIO took both of minio-1's "
                   "drives offline, the erasure set lost write quorum and every PutObject to uploads-staging fails.",
                   "Uploads fail because MinIO has lost write quorum after I/O errors on minio-1's disk; reads and other APIs still work.",
                   "Replace the failing disk / move minio-1 to a healthy node, bring the drives back and heal; upload-api needs no change.")


# =================================================================
# Batch 6 - ERROR incidents, part 2
# =================================================================
@record
def cus10():
    ns = "integration"
    pods = [f"edi-connect-connect-{i}" for i in range(3)]
    ips = [podip("10.42") for _ in range(3)]
    nodes = ["ip-10-42-2-141.ec2.internal", "ip-10-42-4-19.ec2.internal", "ip-10-42-6-230.ec2.internal"]
    r = Rec("dev41-cus-10", "customs", "k8s", (2026, 3, 25, 9, 5, 0),
            "Customs status updates stopped reaching the declarations database around 09:12 and consumer lag is climbing. What happened?",
            namespace=ns, app="edi-connect")
    for i, p in enumerate(pods):
        r.stream(f"c{i}", namespace=ns, pod=p, container="edi-connect-connect", node=nodes[i], app="edi-connect")
    r.stream("sn", namespace="customs", pod=podname("status-notifier"), container="status-notifier", node="ip-10-42-3-150.ec2.internal", app="status-notifier")

    def kc(level, msg, src):
        return f"[@LOG4J@] {level} {msg} ({src})"

    def commit(task):
        def g():
            return kc("INFO", f"[customs-status-sink|task-{task}] WorkerSinkTask{{id=customs-status-sink-{task}}} Committing offsets asynchronously using sequence number {R.randint(900, 1500)}: "
                      f"{{customs.status-{R.randint(0, 5)}=OffsetAndMetadata{{offset={R.randint(100000, 900000)}, leaderEpoch=null, metadata=''}}}}",
                      "org.apache.kafka.connect.runtime.WorkerSinkTask:353")
        return g

    def src():
        return kc("INFO", f"[carrier-edi-source|task-0] WorkerSourceTask{{id=carrier-edi-source-0}} Committing offsets for {R.randint(20, 400)} acknowledged messages",
                  "org.apache.kafka.connect.runtime.WorkerSourceTask:236")

    r.noise("c0", commit(0), 0, 410, 3)
    r.noise("c1", commit(1), 0, 415, 3)
    r.noise("c2", src, 0, 1200, 8)

    def crash(t, i, task, evs):
        r.add(t, f"c{i}", kc("ERROR", f"[customs-status-sink|task-{task}] WorkerSinkTask{{id=customs-status-sink-{task}}} Task threw an uncaught and unrecoverable exception. "
                                      "Task is being killed and will not recover until manually restarted", "org.apache.kafka.connect.runtime.WorkerTask:212"), ev=evs)
        r.block(t + 1, f"c{i}", [
            "org.apache.kafka.connect.errors.ConnectException: Tolerance exceeded in error handler",
            "\tat org.apache.kafka.connect.runtime.errors.RetryWithToleranceOperator.execAndHandleError(RetryWithToleranceOperator.java:244)",
            "\tat org.apache.kafka.connect.runtime.TransformationChain.apply(TransformationChain.java:50)",
            "\tat org.apache.kafka.connect.runtime.WorkerSinkTask.convertAndTransformRecord(WorkerSinkTask.java:547)",
            'Caused by: java.lang.NullPointerException: Cannot invoke "com.brokerline.edifact.Segment.element(int)" because the return value of '
            '"com.brokerline.edifact.Message.firstSegment(String)" is null',
            "\tat com.brokerline.connect.smt.NormalizeEdifact.portOfDischarge(NormalizeEdifact.java:212)",
            "\tat com.brokerline.connect.smt.NormalizeEdifact.apply(NormalizeEdifact.java:88)",
            "\t... 14 more"], ev=({0, 4, 5} if evs else False))
        r.add(t + 2, f"c{i}", kc("INFO", f"[customs-status-sink|task-{task}] [Consumer clientId=connector-consumer-customs-status-sink-{task}, groupId=connect-customs-status-sink] "
                                         "Revoke previously assigned partitions customs.status-0, customs.status-1, customs.status-2",
                                 "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:342"))

    r.add(418, "c0", kc("WARN", "[customs-status-sink|task-0] Error encountered in task customs-status-sink-0. Executing stage 'TRANSFORMATION' with class "
                                "'com.brokerline.connect.smt.NormalizeEdifact', where consumed record is {topic='customs.status', partition=2, offset=884213, timestamp=1774429921040, "
                                "timestampType=CreateTime}.", "org.apache.kafka.connect.runtime.errors.LogReporter:66"), ev=True)
    crash(419, 0, 0, True)
    crash(423, 1, 1, False)
    r.add(430, "c2", kc("INFO", "[carrier-edi-source|task-0] carrier EDI poll summary: files=41 messages=2002 parse_errors=0 lag_seconds=3 note=\"1 IFTSTA without LOC+11 segment (MAEU)\"",
                        "com.brokerline.connect.edi.EdiSourceTask:311"), ev=True)
    for k, t in enumerate((700, 1000)):
        r.add(t, "sn", f'time=@ISO@ level=WARN msg="no customs status updates received" window={5 * (k + 1)}m consumer_group=connect-customs-status-sink lag={4100 + k * 3900}')
    r.pad([("c2", src, 0, 1200)], 40, 48)
    return r.build("ERROR", "application_error", "customs-status-sink",
                   "The custom NormalizeEdifact SMT used by the customs-status-sink connector throws a NullPointerException on an IFTSTA message that "
                   "has no LOC+11 segment; both sink tasks die with 'Task is being killed and will not recover until manually restarted'.",
                   "Customs status events are no longer written to the declarations database because the sink connector's transform crashed on a valid but unusual message.",
                   "Fix NormalizeEdifact to handle a missing LOC segment (or route such records to a DLQ with errors.tolerance=all), redeploy the plugin and restart the sink tasks.")


@record
def rad10():
    ns = "radiology"
    wh = rs(10)
    wp = podname("dictation-worker", wh)
    ap = podname("dictation-api")
    r = Rec("dev41-rad-10", "radiology", "k8s", (2026, 2, 26, 8, 0, 0),
            "Since this morning's deploy, radiologists' dictations stay 'processing' forever and dictation-api logs deadline errors waiting on Temporal. Is Temporal down?",
            namespace=ns, app="dictation-api")
    r.stream("w", namespace=ns, pod=wp, container="worker", node="aks-apps-29304417-vmss000004", app="dictation-worker")
    r.stream("api", namespace=ns, pod=ap, container="dictation-api", node="aks-apps-29304417-vmss000002", app="dictation-api")
    r.stream("fe", namespace="temporal", pod=podname("temporal-frontend"), container="temporal-frontend", node="aks-apps-29304417-vmss000001", app="temporal-frontend")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.add(10, "ev", ev_line("Deployment", "dictation-worker", "ScalingReplicaSet", "Normal", "deployment-controller", f"Scaled up replica set dictation-worker-{wh} to 1"))
    r.add(25, "w", tsdk("INFO", "Loaded configuration", TEMPORAL_ADDRESS="temporal-frontend.temporal:7233", NAMESPACE=ns,
                        TASK_QUEUE="report-dictation-v2", source="env (configmap dictation-worker-env)"), ev=True)
    r.add(26, "w", tsdk("INFO", "Started Worker", Namespace=ns, TaskQueue="report-dictation-v2", WorkerID=f"1@{wp}@"), ev=True)
    r.add(40, "ev", ev_line("Deployment", "dictation-worker", "ScalingReplicaSet", "Normal", "deployment-controller", f"Scaled down replica set dictation-worker-{rs(10)} to 0 from 1"))

    def fe():
        if R.random() < 0.5:
            return tsrv("info", "Get dynamic config", "frontend", **{"name": pick(["frontend.rps", "frontend.namespaceRPS", "system.enableActivityEagerExecution"]),
                        "value": pick(["2400", "1200", "false"]), "logging-call-at": "config.go:81"})
        return tsrv("info", "Membership ring updated", "frontend", **{"ring": pick(["matching", "history"]), "logging-call-at": "ringpop.go:186"})

    r.noise("fe", fe, 0, 1200, 3)
    starts = (90, 200, 330, 470, 620, 780, 940)
    for k, t in enumerate(starts):
        acc = accession()
        r.add(t, "api", f'time=@ISO@ level=INFO msg="started workflow" workflow_type=ReportDictation workflow_id=dictation-{acc} task_queue=report-dictation namespace={ns}',
              ev=(k == 0))
        if t + 60 < 1200:
            r.add(t + 60, "api", f'time=@ISO@ level=ERROR msg="waiting for draft report" workflow_id=dictation-{acc} error="context deadline exceeded" waited=60s')
    r.add(560, "api", f'time=@ISO@ level=WARN msg="task queue has no pollers" namespace={ns} task_queue=report-dictation backlog_hint=43 last_poller_seen=2026-02-26T08:00:31Z', ev=True)
    r.add(900, "api", f'time=@ISO@ level=WARN msg="task queue has no pollers" namespace={ns} task_queue=report-dictation backlog_hint=118 last_poller_seen=2026-02-26T08:00:31Z')

    def wpoll():
        return tsdk("DEBUG", "Poll workflow task queue", Namespace=ns, TaskQueue="report-dictation-v2", result="empty (long poll timeout 60s)")
    r.pad([("w", wpoll, 60, 1200), ("fe", fe, 0, 1200)], 36, 44)
    return r.build("ERROR", "config_error", "dictation-worker",
                   "The new dictation-worker rollout picked up TASK_QUEUE=report-dictation-v2 from its ConfigMap while dictation-api still starts "
                   "ReportDictation workflows on 'report-dictation'; no worker polls that queue, so every workflow sits unprocessed and the API's waits hit their deadline.",
                   "Dictation workflows are not processed because the worker listens on the wrong Temporal task queue after a configuration change; Temporal itself is up.",
                   "Set TASK_QUEUE back to report-dictation in the dictation-worker ConfigMap (or change both sides together) and restart the worker; the backlog will drain.")


@record
def rad11():
    host = "mirth01"
    r = Rec("dev41-rad-11", "radiology", "host", (2026, 2, 25, 7, 0, 0),
            "Technologists say new orders are missing from the modality worklist on the scanners since early morning. Is the worklist server down?",
            tz_minutes=60, node=host)
    r.stream("mc", host=host, job="systemd-journal", unit="mcservice.service")
    r.stream("db", host="ris-db01", job="systemd-journal", unit="postgresql@15-main.service")
    r.stream("rot", host="ris-db01", job="systemd-journal", unit="pwrotate.service")
    r.stream("mwl", host="pacs-mwl01", job="systemd-journal", unit="dcm4che-mwl.service")

    def j(h, unit, pid, msg):
        return f"@JOURNAL@ {h} {unit}[{pid}]: {msg}"

    def mc(level, thread, cls, msg):
        return j(host, "mcservice", 1423, f"{level:<5} @LOG4J@ [{thread}] {cls}: {msg}")

    def pg(pid, level, msg):
        return j("ris-db01", "postgres", pid, f"@DOTMS@ CET [{pid}] {level}:  {msg}")

    chan = "ORM_from_RIS_DB (a83f0c2e-17d4-4c9b-8e61-0f5b2d9c7a34)"
    r.add(15, "rot", j("ris-db01", "pwrotate", 90122, "rotated password for role mirth_ro (policy db-ro-90d, ticket SEC-4411); new secret stored at vault:kv/ris/db/mirth_ro"), ev=True)
    r.add(16, "rot", j("ris-db01", "pwrotate", 90122, "consumers registered for mirth_ro: mirth01:ORM_from_RIS_DB (manual update required)"), ev=True)
    for k, t in enumerate((60, 120, 180, 240, 300, 420, 540, 660, 780, 900, 1020)):
        pid = 71200 + k * 17
        r.add(t, "db", pg(pid, "FATAL", 'password authentication failed for user "mirth_ro"'), ev=(k == 0))
        r.add(t, "db", pg(pid, "DETAIL", 'Connection matched pg_hba.conf line 97: "host    ris    mirth_ro    10.30.1.0/24    scram-sha-256"'), ev=(k == 0))
        if k % 2 == 0:
            r.add(t + 1, "mc", mc("ERROR", f"ORM_from_RIS_DB Polling Thread", "com.mirth.connect.connectors.jdbc.DatabaseReceiver",
                                  f"Error polling for messages (Database Reader \"Source\" on channel {chan}). "
                                  'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "mirth_ro"'), ev=(k == 0))
    r.add(500, "mwl", j("pacs-mwl01", "java", 2288, "INFO  [MWL-SCP] C-FIND-RQ from CT_ROOM2: 0 matches for ScheduledProcedureStepStartDate=20260225 Modality=CT"))
    r.add(620, "mwl", j("pacs-mwl01", "java", 2288, "INFO  [MWL-SCP] C-FIND-RQ from MR_3T_1: 0 matches for ScheduledProcedureStepStartDate=20260225 Modality=MR"))
    r.add(800, "mwl", j("pacs-mwl01", "java", 2288, "WARN  [MWL-SCP] no new worklist items inserted in the last 60 minutes (last insert 2026-02-25 06:58:12)"))

    def mbg():
        return pick([mc("INFO", "ADT_IN_Epic JavaScript Transformer Step", "transformer", f"ADT^A08 MRN {R.randint(100000, 999999):08d} routed to RIS and PACS worklist"),
                     mc("INFO", "ORU_OUT_Reports JavaScript Filter Step", "filter", f"ORU^R01 final report {accession()} forwarded to EHR, ACK AA")])

    def dbbg():
        return pg(R.randint(70000, 79999), "LOG", pick(["connection authorized: user=ris_app database=ris application_name=ris-core",
                                                         "checkpoint starting: time",
                                                         f"checkpoint complete: wrote {R.randint(100, 3000)} buffers ({R.uniform(0.5, 9):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled"]))
    r.noise("mc", mbg, 0, 1200, 6)
    r.pad([("mc", mbg, 0, 1200), ("db", dbbg, 0, 1200)], 40, 48)
    return r.build("ERROR", "auth_failure", "mirth-connect",
                   "The RIS database password for role mirth_ro was rotated at 07:00 but the Mirth channel ORM_from_RIS_DB still uses the old one; "
                   "every poll fails with 'password authentication failed', so no new orders reach the modality worklist.",
                   "New radiology orders stopped flowing to the scanners' worklist because Mirth can no longer log in to the RIS database.",
                   "Update the Database Reader credentials of ORM_from_RIS_DB in Mirth with the rotated secret (and automate it), then redeploy the channel.")


@record
def cus11():
    host = "customs-gw01"
    r = Rec("dev41-cus-11", "customs", "host", (2026, 3, 26, 13, 30, 0),
            "Entry filings have been piling up in the outbox of declaration-gateway since 13:40. Is the customs authority's gateway down?",
            tz_minutes=-240, node=host)
    r.stream("gw", host=host, job="docker", compose_project="customs", compose_service="declaration-gateway", container_name="customs-declaration-gateway-1")
    r.stream("ob", host=host, job="docker", compose_project="customs", compose_service="outbox-worker", container_name="customs-outbox-worker-1")
    r.stream("nd", host=host, job="systemd-journal", unit="systemd-networkd.service")
    r.stream("rs", host=host, job="systemd-journal", unit="systemd-resolved.service")
    G = "customs-declaration-gateway-1  | "
    O = "customs-outbox-worker-1        | "

    def ok():
        return f'{G}time=@ISO@ level=INFO msg="filing transmitted" entry={R.randint(100, 999)}-{R.randint(1000000, 9999999)}-{R.randint(0, 9)} endpoint=ace-gw.brokerline.local:8443 ack=ACCEPTED duration={R.randint(150, 900)}ms'

    r.noise("gw", ok, 0, 590, 6)
    r.add(600, "nd", f"@JOURNAL@ {host} systemd-networkd[611]: ens192: DHCPv4 address 10.40.12.31/24, gateway 10.40.12.1 acquired from 10.40.12.2")
    r.add(601, "rs", f"@JOURNAL@ {host} systemd-resolved[598]: ens192: Bus client set DNS server list to: 10.40.0.53, 10.40.0.54", ev=True)
    r.add(602, "rs", f"@JOURNAL@ {host} systemd-resolved[598]: Switching to DNS server 10.40.0.53 for interface ens192.")
    for k, t in enumerate((640, 700, 760, 880, 1000, 1120, 1240, 1360)):
        entry = f"{R.randint(100, 999)}-{R.randint(1000000, 9999999)}-{R.randint(0, 9)}"
        r.add(t, "gw", f'{G}time=@ISO@ level=ERROR msg="filing transmit failed" entry={entry} endpoint=ace-gw.brokerline.local:8443 '
                       f'error="Post \\"https://ace-gw.brokerline.local:8443/abi/v2/entries\\": dial tcp: lookup ace-gw.brokerline.local on 127.0.0.11:53: no such host" retry_in=60s', ev=(k < 2))
    for k, t in enumerate((900, 1200, 1500)):
        r.add(t, "ob", f'{O}time=@ISO@ level=WARN msg="outbox backlog growing" pending={38 + k * 41} oldest_age={5 + k * 5}m last_success=2026-03-26T13:39:51-04:00')
    r.add(1000, "gw", f'{G}time=@ISO@ level=INFO msg="tariff lookup ok" hs_code=85176200 source=tariff-service.customs.svc duration=21ms')
    r.add(1300, "gw", f'{G}time=@ISO@ level=WARN msg="health" ace_gateway=unreachable reason=dns ace_test_resolve="ace-gw.brokerline.local: no such host" public_dns_ok=true', ev=True)
    r.pad([("ob", lambda: f'{O}time=@ISO@ level=DEBUG msg="outbox poll" batch=25 claimed=0', 0, 1500)], 36, 44)
    return r.build("ERROR", "dns_resolution", "systemd-resolved",
                   "A DHCP lease renewal at 13:40 replaced customs-gw01's DNS servers with 10.40.0.53/54, which do not serve the internal brokerline.local zone; "
                   "ace-gw.brokerline.local now returns NXDOMAIN, so declaration-gateway cannot reach the ACE gateway and filings queue in the outbox.",
                   "Filings are stuck because the gateway host can no longer resolve the internal ACE gateway name after its DNS servers changed.",
                   "Restore a resolver that serves brokerline.local on customs-gw01 (static DNS in netplan / fix the DHCP scope, or a conditional forwarder) and let the outbox drain.")


@record
def cus12():
    ns = "customs"
    old_h, new_h = rs(10), rs(10)
    old = [podname("tariff-classifier", old_h) for _ in range(3)]
    new = [podname("tariff-classifier", new_h) for _ in range(2)]
    nodes = ["ip-10-42-3-17.ec2.internal", "ip-10-42-5-203.ec2.internal", "ip-10-42-7-88.ec2.internal"]
    r = Rec("dev41-cus-12", "customs", "k8s", (2026, 3, 27, 11, 0, 0),
            "The HS-code suggestion service is returning 503s at peak and the 2.7.0 model release never went live. What is going on?",
            namespace=ns, app="tariff-classifier")
    for i, p in enumerate(old):
        r.stream(f"o{i}", namespace=ns, pod=p, container="tariff-classifier", node=nodes[i], app="tariff-classifier")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("ctd", job="integrations/kubernetes/journal", unit="containerd.service", node=nodes[1])
    r.stream("argo", namespace="argocd", pod="argocd-application-controller-0", container="argocd-application-controller", node=nodes[0], app="argocd")
    r.stream("ci", namespace="ci", pod=f"tariff-classifier-build-{rs(5)}-pod", container="step-push", node=nodes[2], app="tekton")
    img = "registry.brokerline.io/ml/tariff-classifier"
    r.add(5, "ci", f"Pushed {img}:2.7.0-rc1 digest: sha256:{hexs(64)} size: 2841", ev=True)
    r.add(60, "argo", f'time="@ISOS@" level=info msg="Updating image" application=argocd/tariff-classifier image={img}:2.7.0 source=values-prod.yaml')
    r.add(62, "argo", 'time="@ISOS@" level=info msg="sync/0 resource apps/Deployment:customs/tariff-classifier obj->obj (,,), Configured, deployment.apps/tariff-classifier configured"')
    r.add(63, "ev", ev_line("Deployment", "tariff-classifier", "ScalingReplicaSet", "Normal", "deployment-controller", f"Scaled up replica set tariff-classifier-{new_h} to 1"))
    for k, p in enumerate(new):
        t0 = 64 + k * 240
        if k == 1:
            r.add(t0 - 1, "ev", ev_line("HorizontalPodAutoscaler", "tariff-classifier", "SuccessfulRescale", "Normal", "horizontal-pod-autoscaler",
                                        "New size: 4; reason: cpu resource utilization (percentage of request) above target"))
        r.add(t0, "ev", ev_line("Pod", p, "Scheduled", "Normal", "default-scheduler", f"Successfully assigned {ns}/{p} to {nodes[1]}"))
        r.add(t0 + 1, "ev", ev_line("Pod", p, "Pulling", "Normal", "kubelet", f'Pulling image \\"{img}:2.7.0\\"', nodes[1]))
        r.add(t0 + 2, "ctd", f'time="@ISO9@" level=error msg="PullImage \\"{img}:2.7.0\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image '
                             f'\\"{img}:2.7.0\\": failed to resolve reference \\"{img}:2.7.0\\": {img}:2.7.0: not found"', ev=(k == 0))
        r.add(t0 + 2, "ev", ev_line("Pod", p, "Failed", "Warning", "kubelet",
              f'Failed to pull image \\"{img}:2.7.0\\": rpc error: code = NotFound desc = failed to pull and unpack image \\"{img}:2.7.0\\": failed to resolve reference '
              f'\\"{img}:2.7.0\\": {img}:2.7.0: not found', nodes[1]), ev=(k == 0))
        r.add(t0 + 3, "ev", ev_line("Pod", p, "Failed", "Warning", "kubelet", "Error: ErrImagePull", nodes[1]))
        r.add(t0 + 30, "ev", ev_line("Pod", p, "BackOff", "Normal", "kubelet", f'Back-off pulling image \\"{img}:2.7.0\\"', nodes[1], count=6))
        r.add(t0 + 31, "ev", ev_line("Pod", p, "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", nodes[1], count=6), ev=(k == 0))
    r.add(700, "ev", ev_line("Deployment", "tariff-classifier", "ProgressDeadlineExceeded", "Warning", "deployment-controller",
                             f'ReplicaSet \\"tariff-classifier-{new_h}\\" has timed out progressing.'))
    for k, t in enumerate((420, 560, 760, 900, 1100)):
        i = k % 3
        r.add(t, f"o{i}", f'time=@ISO@ level=WARN msg="request rejected, worker queue full" path=/v1/suggest status=503 queue_depth=64 model=2.6.3')

    def sug(i):
        def g():
            return f'time=@ISO@ level=INFO msg="suggest" path=/v1/suggest status=200 model=2.6.3 candidates=5 top={hs_code()} latency_ms={R.randint(30, 400)}'
        return g
    r.pad([(f"o{i}", sug(i), 0, 1200) for i in range(3)], 42, 50)
    return r.build("ERROR", "image_pull", "tariff-classifier",
                   "The deployment was updated to tariff-classifier:2.7.0, but CI only pushed tag 2.7.0-rc1; every new pod fails with 'not found' / "
                   "ImagePullBackOff, the rollout is stuck and HPA scale-out cannot add capacity, so the three old 2.6.3 pods shed load with 503s.",
                   "New tariff-classifier pods cannot pull their image (tag does not exist), leaving the service under-provisioned at peak.",
                   "Push the 2.7.0 tag (or point the deployment at 2.7.0-rc1 / roll back to 2.6.3) so the new ReplicaSet can start.")


# =================================================================
# Batch 7 - CRITICAL incidents on plain hosts
# =================================================================
@record
def rad12():
    host = "pacs-orth01"
    r = Rec("dev41-rad-12", "radiology", "host", (2026, 3, 2, 10, 20, 0),
            "The emergency department CT cannot send studies to the short-term archive; the scanner shows 'Out of resources'. What is happening on pacs-orth01?",
            tz_minutes=60, node=host)
    r.stream("o", host=host, job="systemd-journal", unit="orthanc.service")
    r.stream("df", host=host, job="systemd-journal", unit="df-check.service")
    r.stream("sd", host=host, job="systemd-journal", unit="init.scope")

    def j(unit, pid, msg):
        return f"@JOURNAL@ {host} {unit}[{pid}]: {msg}"

    def o(level, th, src, msg):
        return j("Orthanc", 1187, olog(level, th, src, msg))

    def okstore():
        return o("I", f"DICOM-{R.randint(1, 8)}", "ServerContext.cpp:569", f"New instance stored (SOP Instance UID: {study_uid()})")

    r.noise("o", okstore, 0, 170, 5)
    r.add(60, "df", j("df-check", 44120, "WARNING /srv/orthanc 97% used (3.49T of 3.6T), inodes 38%"), ev=True)
    r.add(175, "o", o("E", "DICOM-3", "FilesystemStorage.cpp:139", "Cannot write to file /srv/orthanc/storage/7c/2e/7c2e41f0-9b3a-4d1e-8a51-6f3b2d0c9e17: No space left on device"), ev=True)
    for k, t in enumerate((176, 240, 300, 360, 420, 540, 660, 780)):
        aet = pick(["CT_ED", "CT_ED", "CR_PORTABLE", "MR_3T_1"])
        r.add(t, "o", o("E", f"DICOM-{R.randint(1, 8)}", "StoreScp.cpp:311", f"Store SCP Failed: The file storage is full (calling AET {aet})"), ev=(k == 0))
        r.add(t, "o", o("I", f"DICOM-{R.randint(1, 8)}", "CommandDispatcher.cpp:903", f"Sending C-STORE-RSP status 0xA700 (Refused: Out of Resources) to AET {aet}"))
    r.add(200, "o", o("E", "JOBS-2", "SQLiteDatabase.cpp:87", "SQLite: database or disk is full"), ev=True)
    r.add(201, "o", o("E", "JOBS-2", "JobsEngine.cpp:170", "Job has failed (a9e3c10d-51f2-4c77-9b84-2c1e0f7a6d35): The file storage is full"))
    r.add(660, "df", j("df-check", 44391, "CRITICAL /srv/orthanc 100% used (3.6T of 3.6T), inodes 38% - MaximumStorageSize=0 (unlimited), StorageRecycling disabled"), ev=True)
    r.add(700, "sd", j("systemd", 1, "orthanc-tiering.timer: Unit orthanc-tiering.service is masked, refusing operation."), ev=True)
    r.add(900, "o", o("W", "HTTP-12", "OrthancRestApi.cpp:211", "(http) GET /statistics -> TotalDiskSizeMB=3774812, CountInstances=41288113"))

    def http():
        return o("I", f"HTTP-{R.randint(0, 49)}", "HttpServer.cpp:1253", f"(http) GET /dicom-web/studies/{study_uid()}/series")
    r.pad([("o", http, 0, 1000)], 38, 46)
    return r.build("CRITICAL", "resource_exhausted", "orthanc",
                   "The Orthanc storage volume /srv/orthanc on pacs-orth01 is 100% full (no MaximumStorageSize, recycling off, and the tiering "
                   "service that moves old studies out is masked); Orthanc refuses every C-STORE with 0xA700 and its SQLite index cannot write.",
                   "The short-term archive is down for incoming images: the disk is full, so modalities including the ED CT cannot store studies.",
                   "Free space now (unmask and run orthanc-tiering or move old studies), then set MaximumStorageSize/recycling and alert earlier on disk usage.")


@record
def pod10():
    r = Rec("dev41-pod-10", "podcast", "host", (2026, 5, 4, 3, 10, 0),
            "The audio CDN is returning errors for episodes that are not in cache and the origin RGW gateways are slow. What is wrong?",
            node="stor-osd04")
    r.stream("k4", host="stor-osd04", job="syslog", app="kernel")
    r.stream("osd", host="stor-osd04", job="syslog", app="ceph-osd")
    r.stream("mon", host="stor-mon01", job="syslog", app="ceph-mon")
    r.stream("rgw", host="stor-rgw01", job="syslog", app="radosgw")
    seq = [771200]

    def cl(level, msg):
        seq[0] += R.randint(1, 5)
        return f"@SYSLOG@ stor-mon01 ceph-mon[1811]: @CEPH@ mon.stor-mon01 (mon.0) {seq[0]} : cluster [{level}] {msg}"

    def beast(st, lat):
        ep = f"ep_{b62(10)}"
        return (f"@SYSLOG@ stor-rgw01 radosgw[2290]: beast: 0x7f{hexs(10)}: 10.50.1.{R.randint(20, 29)} - podcdn [@HAP@ +0000] \"GET /podcast-media/{ep}/{pick(['128k.mp3', '64k.m4a'])} HTTP/1.1\" "
                f"{st} {R.randint(200, 90000000) if st == 200 else 219} - \"Varnish/7.4\" - latency={lat:.6f}s")

    r.add(5, "mon", cl("INF", "osd.33 marked itself down and dead (planned: stor-osd07 disk replacement, noout set)"))
    r.add(6, "mon", cl("WRN", "Health check update: noout flag(s) set; 1 osds down; Degraded data redundancy: 1841233/55236990 objects degraded (3.333%), 412 pgs degraded (PG_DEGRADED)"))
    r.noise("rgw", lambda: beast(200, R.uniform(0.02, 0.4)), 0, 110, 5)
    r.add(120, "k4", "@SYSLOG@ stor-osd04 kernel: [5123881.204512] sd 2:0:3:0: [sdd] tag#412 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=2s", ev=True)
    r.add(120, "k4", "@SYSLOG@ stor-osd04 kernel: [5123881.204530] sd 2:0:3:0: [sdd] tag#412 Sense Key : Medium Error [current]")
    r.add(121, "k4", "@SYSLOG@ stor-osd04 kernel: [5123881.204538] sd 2:0:3:0: [sdd] tag#412 Add. Sense: Unrecovered read error", ev=True)
    r.add(121, "k4", "@SYSLOG@ stor-osd04 kernel: [5123881.204571] critical medium error, dev sdd, sector 3907028992 op 0x0:(READ) flags 0x0 phys_seg 1 prio class 2")
    r.add(122, "osd", "@SYSLOG@ stor-osd04 ceph-osd[3121]: @CEPH@ 7f5a2e1fc640 -1 bdev(0x5581c2a6e000 /var/lib/ceph/osd/ceph-21/block) _aio_thread got r=-5 ((5) Input/output error)", ev=True)
    r.add(123, "osd", "@SYSLOG@ stor-osd04 ceph-osd[3121]: @CEPH@ 7f5a2e1fc640 -1 /builds/ceph/src/blk/kernel/KernelDevice.cc: In function 'void KernelDevice::_aio_thread()' thread 7f5a2e1fc640: "
                      "/builds/ceph/src/blk/kernel/KernelDevice.cc: 604: ceph_abort_msg(\"Unexpected IO error. This may suggest a hardware issue. Please check your kernel log!\")", ev=True)
    r.add(125, "mon", cl("INF", "osd.21 failed (root=default,host=stor-osd04) (connection refused reported by osd.9)"))
    r.add(126, "mon", cl("WRN", "Health check update: 2 osds down (OSD_DOWN)"))
    r.add(140, "mon", cl("WRN", "Health check failed: Reduced data availability: 37 pgs inactive, 37 pgs down (PG_AVAILABILITY)"), ev=True)
    r.add(141, "mon", cl("WRN", "Health check update: Degraded data redundancy: 3702118/55236990 objects degraded (6.702%), 803 pgs degraded, 37 pgs undersized (PG_DEGRADED)"))
    r.add(300, "mon", cl("WRN", "Health check failed: 112 slow ops, oldest one blocked for 151 sec, daemons [osd.9,osd.14,osd.40] have slow ops. (SLOW_OPS)"))
    for t in (150, 210, 270, 330, 400, 470, 560, 650, 740):
        r.add(t, "rgw", beast(pick([500, 503]), R.uniform(29.9, 30.1)))
    r.add(420, "rgw", "@SYSLOG@ stor-rgw01 radosgw[2290]: @CEPH@ 7f3b9d7fa640  0 req 88123411 30.001999855s s3:get_obj ERROR: RESTFUL_IO(s)->complete_header() returned err=Broken pipe")
    r.add(600, "mon", cl("ERR", "Health check update: Reduced data availability: 37 pgs inactive, 37 pgs down; 1 pg has objects with only one copy (PG_AVAILABILITY)"))
    r.noise("rgw", lambda: beast(200, R.uniform(0.02, 0.9)), 150, 900, 6)
    r.pad([("rgw", lambda: beast(200, R.uniform(0.02, 0.9)), 150, 900)], 40, 46)
    return r.build("CRITICAL", "storage", "ceph",
                   "A disk on stor-osd04 (sdd) returns unrecoverable medium errors; osd.21 aborted on the I/O error while osd.33 was already down "
                   "for a planned disk swap, leaving 37 placement groups down/inactive (some objects with a single copy) so RGW reads and writes hang and return 500/503.",
                   "The podcast media object store is partially unavailable and at risk of data loss after a second disk failure during maintenance.",
                   "Replace sdd on stor-osd04 / bring osd.33 back first, unset noout once recovery starts and watch PG recovery; do not restart RGW expecting a fix.")


@record
def pod11():
    host = "cdn-edge-fra03"
    r = Rec("dev41-pod-11", "podcast", "host", (2026, 5, 6, 18, 40, 0),
            "Listeners in Germany report podcast downloads failing or stalling this evening. Is Varnish on the Frankfurt edge crashing?",
            tz_minutes=120, node=host)
    r.stream("k", host=host, job="syslog", app="kernel")
    r.stream("v", host=host, job="syslog", app="varnishd")
    r.stream("sd", host=host, job="syslog", app="systemd")
    r.stream("lb", host="cdn-lb-fra01", job="syslog", app="haproxy")

    def ks(up, msg):
        return f"@SYSLOG@ {host} kernel: [{up:>12.6f}] {msg}"

    def lbacc():
        srv = pick(["cdn-edge-fra01", "cdn-edge-fra02"])
        tr = R.randint(2, 80)
        return (f"@SYSLOG@ cdn-lb-fra01 haproxy[911]: {client_ip()}:{R.randint(30000, 60000)} [@HAP@] fe_media~ be_edge_fra/{srv} 0/0/1/{tr}/{tr + R.randint(1, 900)} 200 "
                f"{R.randint(100000, 90000000)} - - ---- {R.randint(400, 900)}/{R.randint(400, 900)}/{R.randint(50, 300)}/{R.randint(50, 150)}/0 0/0 \"GET /media/ep_{b62(10)}/128k.mp3 HTTP/1.1\"")

    r.noise("lb", lbacc, 0, 1200, 8)
    boots = [(30, 412.118201), (420, 240.902114), (800, 230.551009)]
    for b, (t, up) in enumerate(boots):
        r.add(t, "k", ks(up, "mce: [Hardware Error]: Machine check events logged"), ev=(b == 0))
        r.add(t, "k", ks(up + 0.000012, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f1a2c offset:0x0 grain:32 - OVERFLOW err_code:0101:0092 socket:1 ha:0 channel_mask:4 rank:1)"),
              ev=(b == 0))
        r.add(t + 1, "k", ks(up + 0.8, "mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 7: be00000000800090"), ev=(b == 0))
        r.add(t + 1, "k", ks(up + 0.800021, "Kernel panic - not syncing: Fatal machine check"), ev=(b < 2))
        r.add(t + 4, "lb", f"@SYSLOG@ cdn-lb-fra01 haproxy[911]: [WARNING]  (911) : Server be_edge_fra/{host} is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left. "
                           f"{R.randint(200, 400)} sessions active, 0 requeued, 0 remaining in queue.")
        if b < 2:
            r.add(t + 150, "k", ks(0.000000, "Linux version 6.1.0-21-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)"))
            r.add(t + 151, "k", ks(2.114023, "EDAC MC1: Giving out device to module skx_edac controller Skylake Socket#1 IMC#0: DEV 0000:d7:0a.0 (INTERRUPT)"))
            r.add(t + 175, "sd", f"@SYSLOG@ {host} systemd[1]: Started varnish.service - Varnish Cache, a high-performance HTTP accelerator.")
            r.add(t + 176, "v", f"@SYSLOG@ {host} varnishd[1032]: Child (1051) Started")
            r.add(t + 180, "lb", f"@SYSLOG@ cdn-lb-fra01 haproxy[911]: [WARNING]  (911) : Server be_edge_fra/{host} is UP, reason: Layer7 check passed, code: 200, check duration: 3ms. 3 active and 0 backup servers online.")
    r.add(1000, "lb", "@SYSLOG@ cdn-lb-fra01 haproxy[911]: [WARNING]  (911) : backend 'be_edge_fra' queue: 1812 requests waiting, 2 servers at maxconn (cdn-edge-fra01, cdn-edge-fra02)")
    for t in (1010, 1060, 1110):
        r.add(t, "lb", f"@SYSLOG@ cdn-lb-fra01 haproxy[911]: {client_ip()}:{R.randint(30000, 60000)} [@HAP@] fe_media~ be_edge_fra/<NOSRV> 0/10001/-1/-1/10001 503 217 - - sQ-- "
                       f"{R.randint(900, 1200)}/{R.randint(900, 1200)}/{R.randint(500, 700)}/0/0 0/1812 \"GET /media/ep_{b62(10)}/128k.mp3 HTTP/1.1\"")
    r.pad([("lb", lbacc, 0, 1200)], 42, 50)
    return r.build("CRITICAL", "node_failure", "cdn-edge-fra03",
                   "cdn-edge-fra03 has a failing DIMM (uncorrectable ECC errors on CPU socket 1 channel 2): the kernel panics on a fatal machine check, "
                   "the box reboots and panics again every few minutes, and the two remaining Frankfurt edges saturate and queue/503.",
                   "A Frankfurt CDN edge node keeps crashing on hardware memory errors; the region is overloaded and listeners see failed downloads. Varnish is not the cause.",
                   "Take cdn-edge-fra03 out of rotation (DNS/LB) now, replace the DIMM (CPU_SrcID#1 Chan#2 DIMM#0), and add capacity to the Frankfurt pool meanwhile.")


@record
def cus13():
    host = "brk-app03"
    r = Rec("dev41-cus-13", "customs", "host", (2026, 3, 30, 6, 0, 0),
            "No customs declarations have been submitted since 06:05 and brokers are calling. The submitter service keeps restarting. Why?",
            tz_minutes=-240, node=host)
    r.stream("ds", host=host, job="systemd-journal", unit="decl-submitter.service")
    r.stream("sd", host=host, job="systemd-journal", unit="init.scope")
    r.stream("ts", host="brk-batch-02", job="syslog", app="tariff-sync")

    def j(unit, pid, msg):
        return f"@JOURNAL@ {host} {unit}[{pid}]: {msg}"

    def ok():
        return j("decl-submitter", 7712, rtr("INFO", f"submit{{entry={R.randint(100, 999)}-{R.randint(1000000, 9999999)}-{R.randint(0, 9)}}}", "decl_submitter::ace",
                                              "filing accepted", ack="ACCEPTED", latency_ms=R.randint(200, 900)))

    r.noise("ds", ok, 0, 290, 5)
    r.add(250, "ts", "@SYSLOG@ brk-batch-02 tariff-sync[51233]: imported HTS 2026 revision 5: inserted=1412 (chapter 99 subheadings 9903.88.xx) updated=88 failed=0")
    r.add(295, "ds", j("decl-submitter", 7712, rtr("INFO", "", "decl_submitter::tariff", "reloading tariff schedule", revision="2026r5", chapters=99)))
    pid = 7712
    for k, t in enumerate((296, 330, 364, 398, 432)):
        if k > 0:
            pid = 8000 + k * 37
            r.add(t - 3, "sd", j("systemd", 1, "Started decl-submitter.service - Customs declaration submitter (ACE ABI)."))
            r.add(t - 2, "ds", j("decl-submitter", pid, rtr("INFO", "", "decl_submitter", "starting", version="1.31.2", ace_endpoint="ace-gw.brokerline.local:8443")))
            r.add(t - 1, "ds", j("decl-submitter", pid, rtr("INFO", "", "decl_submitter::tariff", "loading tariff schedule", revision="2026r5", chapters=99)))
        r.block(t, "ds", [j("decl-submitter", pid, "thread 'main' panicked at src/tariff/schedule.rs:214:37:"),
                          j("decl-submitter", pid, "index out of bounds: the len is 97 but the index is 98"),
                          j("decl-submitter", pid, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")], ev=({0, 1} if k == 0 else False))
        r.add(t + 1, "sd", j("systemd", 1, "decl-submitter.service: Main process exited, code=exited, status=101/n/a"), ev=(k == 0))
        r.add(t + 1, "sd", j("systemd", 1, "decl-submitter.service: Failed with result 'exit-code'."))
        if k < 4:
            r.add(t + 29, "sd", j("systemd", 1, f"decl-submitter.service: Scheduled restart job, restart counter is at {k + 1}."))
    r.add(434, "sd", j("systemd", 1, "decl-submitter.service: Start request repeated too quickly."), ev=True)
    r.add(434, "sd", j("systemd", 1, "decl-submitter.service: Failed with result 'exit-code'."))
    r.add(434, "sd", j("systemd", 1, "Failed to start decl-submitter.service - Customs declaration submitter (ACE ABI)."), ev=True)

    def bg():
        return j("systemd", 1, pick(["Starting sysstat-collect.service - system activity accounting tool...", "sysstat-collect.service: Deactivated successfully.",
                                     "Finished sysstat-collect.service - system activity accounting tool."]))
    r.pad([("sd", bg, 440, 1200)], 38, 44)
    return r.build("CRITICAL", "application_error", "decl-submitter",
                   "decl-submitter panics on start-up with 'index out of bounds: the len is 97 but the index is 98' in src/tariff/schedule.rs "
                   "when loading HTS revision 5, whose new chapter 99 subheadings overflow a fixed 97-chapter table; systemd gave up after 5 restarts.",
                   "The customs declaration submitter is down in a crash loop caused by a code bug triggered by the new tariff revision; no filings reach ACE.",
                   "Hotfix the chapter table in decl-submitter (or pin the previous tariff revision temporarily), then reset-failed and start the unit.")


# =================================================================
# Batch 8 - CRITICAL incidents on Kubernetes
# =================================================================
@record
def rad13():
    ns = "radiology"
    h = rs(10)
    po = [podname("orthanc", h) for _ in range(2)]
    nodes = ["aks-pacs-41827365-vmss000000", "aks-pacs-41827365-vmss000001"]
    r = Rec("dev41-rad-13", "radiology", "k8s", (2026, 3, 3, 5, 50, 0),
            "Both orthanc pods are in CrashLoopBackOff and kubelet keeps restarting them; no modality can store images. Is the orthanc image broken?",
            namespace=ns, app="orthanc")
    for i, p in enumerate(po):
        r.stream(f"o{i}", namespace=ns, pod=p, container="orthanc", node=nodes[i], app="orthanc")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("kl", job="integrations/kubernetes/journal", unit="kubelet.service", node=nodes[0])
    r.stream("mirth", namespace="hl7", pod="mirth-connect-0", container="mirth-connect", node="aks-apps-29304417-vmss000001", app="mirth-connect")
    err = ('PostgreSQL error: connection to server at "pacs-db01.rad.vrh.local" (10.30.4.21), port 5432 failed: Connection refused '
           'Is the server running on that host and accepting TCP/IP connections?')
    first = True
    for cyc, t in enumerate((20, 75, 160, 330, 640)):
        for i in range(2):
            tt = t + i * 7
            r.add(tt, f"o{i}", olog("W", "MAIN", "main.cpp:2056", "Orthanc version: 1.12.3"))
            r.add(tt + 1, f"o{i}", olog("W", "PLUGINS", "PostgreSQLIndex.cpp:83", "The index is stored in PostgreSQL: pacs-db01.rad.vrh.local:5432/orthanc"))
            r.add(tt + 2, f"o{i}", olog("E", "PLUGINS", "PostgreSQLDatabase.cpp:87", err), ev=first)
            r.add(tt + 3, f"o{i}", olog("E", "MAIN", "main.cpp:2140", "Uncaught exception, stopping now: [Database plugin error] [details: Cannot connect to PostgreSQL]"), ev=first)
            first = False
            r.add(tt + 4, "ev", ev_line("Pod", po[i], "BackOff", "Warning", "kubelet",
                                        f"Back-off restarting failed container orthanc in pod {po[i]}_{ns}({puid(po[i])})", nodes[i], count=cyc + 3))
    r.add(80, "kl", klog("E", 2817, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"orthanc\\" with CrashLoopBackOff: '
                                                           f'\\"back-off 40s restarting failed container=orthanc pod={po[0]}_{ns}({puid(po[0])})\\"" pod="{ns}/{po[0]}"'))
    r.add(340, "kl", klog("E", 2817, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"orthanc\\" with CrashLoopBackOff: '
                                                            f'\\"back-off 2m40s restarting failed container=orthanc pod={po[0]}_{ns}({puid(po[0])})\\"" pod="{ns}/{po[0]}"'))
    for t in (200, 500, 800):
        r.add(t, "mirth", mirth("ERROR", "ORU_to_PACS < Destination 1 Queue", "com.mirth.connect.connectors.http.HttpDispatcher",
                                "Error connecting to web service (HTTP Sender \"Orthanc\" on channel ORU_to_PACS). java.net.ConnectException: Connection refused (orthanc.radiology.svc:8042)"))

    def kbg():
        return klog("I", 2817, "kubelet.go:2439", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pick(po)}" event={{"ID":"{uuid()}","Type":"{pick(["ContainerStarted", "ContainerDied"])}","Data":"{hexs(64)}"}}')
    r.pad([("kl", kbg, 0, 900)], 46, 54)
    return r.build("CRITICAL", "connection_refused", "postgresql",
                   "Orthanc's PostgreSQL index server pacs-db01.rad.vrh.local:5432 refuses connections; both orthanc pods exit at start-up because the "
                   "index plugin cannot connect, which Kubernetes reports as CrashLoopBackOff.",
                   "The image archive is completely down: orthanc cannot reach its PostgreSQL index database (connection refused) and crash-loops.",
                   "Bring PostgreSQL on pacs-db01 back up (check the service and port 5432 there); orthanc will recover on its own once the database accepts connections.")


@record
def cus14():
    ns = "temporal"
    hist = [f"temporal-history-{i}" for i in range(3)]
    nodes = ["ip-10-42-2-141.ec2.internal", "ip-10-42-4-19.ec2.internal", "ip-10-42-6-230.ec2.internal"]
    r = Rec("dev41-cus-14", "customs", "k8s", (2026, 3, 31, 17, 0, 0),
            "All declaration workflows are stuck and temporal-frontend is full of 'history client encountered error ... connection refused'. Is the frontend broken?",
            namespace=ns, app="temporal-frontend")
    for i, p in enumerate(hist):
        r.stream(f"h{i}", namespace=ns, pod=p, container="temporal-history", node=nodes[i], app="temporal-history")
    fe = podname("temporal-frontend")
    r.stream("fe", namespace=ns, pod=fe, container="temporal-frontend", node=nodes[0], app="temporal-frontend")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("ctd", job="integrations/kubernetes/journal", unit="containerd.service", node=nodes[1])
    r.stream("wk", namespace="customs", pod=podname("declaration-worker"), container="worker", node=nodes[2], app="declaration-worker")
    r.add(10, "h1", tsrv("info", "Acquired shard", "history", **{"shard-id": 311, "address": "10.42.4.77:7234", "lifecycle": "Started", "logging-call-at": "controller_impl.go:314"}))
    r.add(12, "h1", tsrv("warn", "history size exceeds warn limit.", "history",
                         **{"wf-namespace": "customs", "wf-id": "declaration-batch-2026-03-31-1700", "wf-run-id": uuid(), "wf-history-size": 512883712,
                            "wf-event-count": 48211, "logging-call-at": "context.go:1083"}), ev=True)
    for cyc, t in enumerate((40, 170, 400)):
        for i in range(3):
            tt = t + i * 9
            if i == 1:
                r.add(tt - 2, "ctd", f'time="@ISO9@" level=info msg="TaskOOM event container_id:\\"{hexs(64)}\\""', ev=(cyc == 0))
            r.add(tt, "ev", ev_line("Pod", hist[i], "OOMKilling", "Warning", "kernel-monitor",
                                    f"Memory cgroup out of memory: Killed process {R.randint(10000, 60000)} (temporal-server) total-vm:{R.randint(4800000, 5200000)}kB, "
                                    f"anon-rss:{R.randint(2080000, 2097000)}kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:{R.randint(4000, 5000)}kB oom_score_adj:999",
                                    nodes[i]), ev=(cyc == 0 and i == 0))
            r.add(tt + 1, "ev", ev_line("Pod", hist[i], "BackOff", "Warning", "kubelet", f"Back-off restarting failed container temporal-history in pod {hist[i]}_{ns}({puid(hist[i])})",
                                        nodes[i], count=cyc + 2), ev=(cyc == 1 and i == 0))
            if cyc < 2:
                r.add(tt + 25, f"h{i}", tsrv("info", "history starting", "history", **{"logging-call-at": "service.go:97"}))
                r.add(tt + 28, f"h{i}", tsrv("info", "Acquired shard", "history", **{"shard-id": R.randint(1, 512), "address": f"10.42.{2 + 2 * i}.77:7234",
                                                                                      "lifecycle": "Started", "logging-call-at": "controller_impl.go:314"}))
    for t in (60, 200, 420, 640, 820):
        r.add(t, "fe", tsrv("error", "history client encountered error", "frontend",
                            **{"error": f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.42.{pick([2, 4, 6])}.77:7234: connect: connection refused"',
                               "service-error-type": "serviceerror.Unavailable", "logging-call-at": "metric_client.go:90"}))
    for t in (100, 300, 500, 700):
        r.add(t, "wk", tsdk("WARN", "Failed to poll for task.", Namespace="customs", TaskQueue="declarations", WorkerType="WorkflowWorker",
                            Error="context deadline exceeded"))
    r.pad([("fe", lambda: tsrv("info", "Membership ring updated", "frontend", **{"ring": "history", "logging-call-at": "ringpop.go:186"}), 0, 900)], 44, 52)
    return r.build("CRITICAL", "oom_killed", "temporal-history",
                   "All three temporal-history pods are OOM-killed at their 2Gi limit shortly after start-up, while loading the very large "
                   "declaration-batch workflow (~490 MB history, 40 MB mutable state); they crash-loop, so frontend sees connection refused and no workflow makes progress.",
                   "Temporal's history service is down in an OOM crash loop, stalling every declaration workflow; the frontend errors are a symptom.",
                   "Raise temporal-history memory limits to get it running, then terminate/reset the oversized declaration-batch workflow and cap batch size (continue-as-new).")


@record
def pod12():
    ns = "cdn"
    vp = [podname("varnish", "5f7c9d8b6d") for _ in range(3)]
    nodes = [f"gke-podhost-prod-edge-pool-1c7d2f90-{x}" for x in ("w2hx", "b9mq", "n4tz")]
    vip = [podip("10.8") for _ in range(3)]
    r = Rec("dev41-pod-12", "podcast", "k8s", (2026, 5, 8, 6, 58, 0),
            "Since the 07:00 release RSS feeds and episode downloads are failing with 503 almost everywhere. Is the feed-renderer backend down?",
            namespace=ns, app="varnish")
    for i, p in enumerate(vp):
        r.stream(f"v{i}", namespace=ns, pod=p, container="varnishncsa", node=nodes[i], app="varnish")
    r.stream("kl", job="integrations/kubernetes/journal", unit="kubelet.service", node=nodes[0])
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("fr", namespace="feeds", pod=podname("feed-renderer"), container="feed-renderer", node="gke-podhost-prod-web-pool-2d4e6f80-b7kq", app="feed-renderer")
    r.stream("glb", namespace=ns, job="gcp/loadbalancing", app="cdn-lb")
    pu = [puid(p) for p in vp]

    def fr_line(slow):
        def g():
            lat = R.randint(1100, 2400) if slow else R.randint(10, 80)
            return rtr("WARN" if slow else "INFO", f"request{{method=GET uri=/feeds/{show_slug()}.xml}}", "feed_renderer::http",
                       "slow response" if slow else "finished processing request", latency_ms=lat, status=200)
        return g

    r.noise("fr", fr_line(False), 0, 110, 2)
    r.noise("fr", fr_line(True), 120, 600, 6)
    r.noise("fr", fr_line(False), 610, 900, 2)
    for i in range(3):
        r.add(20 + i, f"v{i}", f"10.8.{i}.1 - - [@CLF@] \"GET http://{vip[i]}:6081/healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"")
    for i in range(3):
        base = 150 + i * 20
        r.add(base, f"v{i}", f"10.8.{i}.1 - - [@CLF@] \"GET http://{vip[i]}:6081/healthz HTTP/1.1\" 503 282 \"-\" \"kube-probe/1.29\"", ev=(i == 0))
        for k in range(3):
            r.add(base + 1 + k * 10, "kl" if i == 0 else "ev",
                  klog("I", 1902, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/{vp[i]}" podUID="{pu[i]}" containerName="varnish" probeResult="failure" '
                                                   f'output="Get \\"http://{vip[i]}:6081/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
                  if i == 0 else ev_line("Pod", vp[i], "Unhealthy", "Warning", "kubelet",
                                         f'Liveness probe failed: Get \\"http://{vip[i]}:6081/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', nodes[i], count=k + 1),
                  ev=(i == 0 and k == 0))
        r.add(base + 22, "ev", ev_line("Pod", vp[i], "Killing", "Normal", "kubelet", "Container varnish failed liveness probe, will be restarted", nodes[i]), ev=(i == 0))
        r.add(base + 40, "ev", ev_line("Pod", vp[i], "Started", "Normal", "kubelet", "Started container varnish", nodes[i], count=2))
        r.add(base + 200, "ev", ev_line("Pod", vp[i], "Killing", "Normal", "kubelet", "Container varnish failed liveness probe, will be restarted", nodes[i], count=2))
        r.add(base + 420, "ev", ev_line("Pod", vp[i], "BackOff", "Warning", "kubelet", f"Back-off restarting failed container varnish in pod {vp[i]}_{ns}({puid(vp[i])})", nodes[i], count=3))
    r.stream("vl", namespace=ns, pod=vp[0], container="varnishlog", node=nodes[0], app="varnish")
    r.add(60, "vl", "-   ReqURL         /healthz")
    r.add(60, "vl", "-   VCL_call       RECV")
    r.add(60, "vl", "-   VCL_return     pass", ev=True)
    r.add(61, "vl", "-   BackendOpen    31 feed_renderer 10.8.5.14 8080 10.8.0.23 51822")
    for t in (260, 330, 420, 540, 660, 780):
        r.add(t, "glb", f'{{"httpRequest":{{"requestMethod":"GET","requestUrl":"https://feeds.podhost.io/{show_slug()}.xml","status":503,"latency":"0.002s"}},'
                        f'"jsonPayload":{{"statusDetails":"failed_to_pick_backend"}},"severity":"WARNING","timestamp":"@ISO@"}}')
    r.pad([("fr", fr_line(False), 610, 900)], 46, 54)
    return r.build("CRITICAL", "probe_failure", "varnish",
                   "The Varnish liveness probe calls /healthz, which the VCL passes through to the feed-renderer backend; during the 07:00 peak the backend took >1 s, "
                   "so every Varnish pod failed its liveness probe and was restarted, emptying the cache and leaving the load balancer with no healthy backends.",
                   "The CDN tier is down in a liveness-probe restart loop; feed-renderer is slow but up — the probe design turned backend latency into a full outage.",
                   "Answer /healthz locally in VCL (synthetic 200) or probe varnishd itself, and relax the liveness timeout; keep backend health for readiness only.")


@record
def rad14():
    ns = "radiology"
    old_h, new_h = rs(10), rs(10)
    np_ = [podname("dictation-web", new_h) for _ in range(2)]
    r = Rec("dev41-rad-14", "radiology", "k8s", (2026, 3, 4, 7, 10, 0),
            "Radiologists cannot open the dictation app at all since the 07:10 release. Is the dictation database down?",
            namespace=ns, app="dictation-web")
    nodes = ["aks-apps-29304417-vmss000002", "aks-apps-29304417-vmss000003"]
    for i, p in enumerate(np_):
        r.stream(f"w{i}", namespace=ns, pod=p, container="dictation-web", node=nodes[i], app="dictation-web")
    r.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    r.stream("ing", namespace="ingress", pod=podname("haproxy-ingress"), container="haproxy-ingress", node="aks-apps-29304417-vmss000000", app="haproxy-ingress")
    r.stream("pg", namespace=ns, pod="dictation-postgres-0", container="postgres", node="aks-apps-29304417-vmss000004", app="dictation-postgres")
    r.add(2, "ev", ev_line("Deployment", "dictation-web", "ScalingReplicaSet", "Normal", "deployment-controller", f"Scaled down replica set dictation-web-{old_h} to 0 from 2"))
    r.add(20, "ev", ev_line("Deployment", "dictation-web", "ScalingReplicaSet", "Normal", "deployment-controller", f"Scaled up replica set dictation-web-{new_h} to 2"))
    crash = ["ERROR! Config provider Config.Reader failed with:",
             "** (RuntimeError) environment variable DATABASE_URL is missing.",
             "For example: ecto://USER:PASS@HOST/DATABASE",
             "    /app/releases/2.19.0/runtime.exs:30: (file)",
             "Runtime terminating during boot ({#{message=><<\"environment variable DATABASE_URL is missing.\\nFor example: ecto://USER:PASS@HOST/DATABASE\\n\">>,'__struct__'=>'Elixir.RuntimeError','__exception__'=>true},[]})",
             "Crash dump is being written to: erl_crash.dump...done"]
    for cyc, t in enumerate((30, 60, 110, 200, 380)):
        for i in range(2):
            tt = t + i * 4
            if (cyc + i) % 2 == 0:
                r.block(tt, f"w{i}", crash, ev=({0, 1} if cyc == 0 and i == 0 else False))
            if cyc >= 1:
                r.add(tt + 1, "ev", ev_line("Pod", np_[i], "BackOff", "Warning", "kubelet",
                                            f"Back-off restarting failed container dictation-web in pod {np_[i]}_{ns}({puid(np_[i])})", nodes[i], count=cyc + 1), ev=(cyc == 2 and i == 0))
    r.add(25, "ev", ev_line("Pod", np_[0], "Pulled", "Normal", "kubelet", 'Successfully pulled image \\"acr-vrh.azurecr.io/radiology/dictation-web:2.19.0\\" in 3.112s (3.112s including waiting)', nodes[0]))
    r.add(26, "ev", ev_line("Pod", np_[0], "Created", "Normal", "kubelet", "Created container dictation-web", nodes[0]))
    r.stream("argo", namespace="argocd", pod="argocd-application-controller-0", container="argocd-application-controller", node="aks-apps-29304417-vmss000000", app="argocd")
    r.add(1, "argo", 'time="@ISOS@" level=info msg="Initiated automated sync to \'2.19.0\' (chart dictation-web-3.0.0)" application=argocd/dictation-web')
    r.add(12, "argo", 'time="@ISOS@" level=info msg="sync/0 resource /Secret:radiology/dictation-db obj->obj (,,), Configured, secret/dictation-db configured"')
    r.add(40, "argo", 'time="@ISOS@" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/dictation-web')
    r.add(400, "argo", 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/dictation-web')
    for t in (90, 240, 420, 600, 800):
        r.add(t, "ing", f"{podip('10.30')}:{R.randint(30000, 60000)} [@HAP@] https~ radiology_svc_dictation-web_http/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- "
                        f"{R.randint(5, 40)}/{R.randint(5, 40)}/0/0/0 0/0 \"GET /live/websocket HTTP/1.1\"")
    r.add(300, "ing", "[WARNING]  (214) : backend 'radiology_svc_dictation-web_http' has no server available!")
    r.add(500, "pg", "@DOTMS@ UTC [1] LOG:  checkpoint complete: wrote 212 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.104 s, sync=0.002 s, total=21.121 s")
    return r.build("CRITICAL", "config_error", "dictation-web",
                   "Release 2.19.0 (chart 3.0.0) renamed the secret key DATABASE_URL to DB_URL, but the Phoenix release's runtime.exs still requires "
                   "DATABASE_URL; both new pods abort at boot ('environment variable DATABASE_URL is missing') and crash-loop, and the Recreate strategy already removed the old pods.",
                   "The dictation web app is completely down after a release because a required environment variable is missing; the database itself is fine.",
                   "Restore DATABASE_URL in the dictation-db secret/envFrom (or roll back to the previous release), then let the pods restart.")


# =================================================================
# Output
# =================================================================
def main():
    records = [fn() for fn in RECORDS]
    order = list(range(len(records)))
    R.shuffle(order)                      # mix domains and severities in the file
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i in order:
            fh.write(json.dumps(records[i], ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print(f"wrote {len(records)} records, {sum(len(r['logs']) for r in records)} lines to {OUT}")


if __name__ == "__main__":
    main()
