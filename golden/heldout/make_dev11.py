#!/usr/bin/env python3
"""Generator for the dev11 held-out golden set (golden format v1).

Python standard library only, fully deterministic: every scenario draws from its own
random.Random(f"{SEED}:{scenario}") (string seed, so PYTHONHASHSEED does not matter), the
record order is shuffled with a separate seeded Random, and ids dev11-001..040 are assigned
after the shuffle.

Theme: service meshes and cluster networking, stream/batch data processing and legacy
enterprise JVM stacks.

Usage:  python3 make_dev11.py            # writes dev11.jsonl next to this file
        python3 make_dev11.py --check    # self-check only, writes nothing
"""
import datetime as _dt
import hashlib
import json
import os
import random
import sys

SEED = "dev11-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev11.jsonl")
SELECTOR_KEYS = ("namespace", "pod", "container", "node", "app")
CATEGORIES = (
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
)
SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")

# --------------------------------------------------------------------------- time helpers
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def to_ns(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=_dt.timezone.utc)
    return (d - EPOCH) // _dt.timedelta(seconds=1) * 10**9


def _p(t):
    sec, ns = divmod(t, 10**9)
    return EPOCH + _dt.timedelta(seconds=sec), ns


def rfc_ns(t):
    d, ns = _p(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%09dZ" % ns


def iso_ms(t):
    d, ns = _p(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ns // 10**6)


def iso_us(t):
    d, ns = _p(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % (ns // 1000)


def iso_s(t):
    d, _ = _p(t)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(t):
    return t // 10**6


def log4j(t):  # 2026-05-14 03:12:45,123
    d, ns = _p(t)
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (ns // 10**6)


def dotms(t):  # 2026-05-14 03:12:45.123
    d, ns = _p(t)
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (ns // 10**6)


def klog(t, lvl="I"):  # I0514 03:12:45.123456
    d, ns = _p(t)
    return "%s%s %s.%06d" % (lvl, d.strftime("%m%d"), d.strftime("%H:%M:%S"), ns // 1000)


def spark(t):  # 26/05/14 03:12:45
    d, _ = _p(t)
    return d.strftime("%y/%m/%d %H:%M:%S")


def tomcat(t):  # 14-May-2026 03:12:45.123
    d, ns = _p(t)
    return "%02d-%s-%d %s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ns // 10**6)


def hms_comma(t):  # 03:12:45,123 (WildFly / JBoss console)
    d, ns = _p(t)
    return d.strftime("%H:%M:%S") + ",%03d" % (ns // 10**6)


def liberty(t):  # [5/14/26, 3:12:45:123 UTC]
    d, ns = _p(t)
    return "[%d/%d/%s, %d:%s:%03d UTC]" % (d.month, d.day, d.strftime("%y"), d.hour,
                                          d.strftime("%M:%S"), ns // 10**6)


def clf(t):  # 14/May/2026:03:12:45 +0000
    d, _ = _p(t)
    return "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def hap(t):  # 14/May/2026:03:12:45.123
    d, ns = _p(t)
    return "%02d/%s/%d:%s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ns // 10**6)


def slash(t):  # 2026/05/14 03:12:45
    d, _ = _p(t)
    return d.strftime("%Y/%m/%d %H:%M:%S")


def slash_us(t):  # 2026/05/14 03:12:45.123456
    d, ns = _p(t)
    return d.strftime("%Y/%m/%d %H:%M:%S") + ".%06d" % (ns // 1000)


def chts(t):  # 2026.05.14 03:12:45.123456
    d, ns = _p(t)
    return d.strftime("%Y.%m.%d %H:%M:%S") + ".%06d" % (ns // 1000)


def pgts(t):
    return dotms(t) + " UTC"


def mon_day(t):  # May 14 03:12:45.123
    d, ns = _p(t)
    return "%s %2d %s.%03d" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), ns // 10**6)


def airflow_ts(t):  # [2026-05-14T03:12:45.123+0000]
    d, ns = _p(t)
    return "[" + d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+0000]" % (ns // 10**6)


def symfony_ts(t):  # [2026-05-14T03:12:45.123456+00:00]
    d, ns = _p(t)
    return "[" + d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00]" % (ns // 1000)


def fpm_ts(t):  # [14-May-2026 03:12:45]
    d, _ = _p(t)
    return "[%02d-%s-%d %s]" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def shutdown_date(t):  # Tuesday, August 11, 2026 at 6:02 AM
    d, _ = _p(t)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%s %s" % (days[d.weekday()], months[d.month - 1], d.day, d.year, h,
                                          d.strftime("%M"), "AM" if d.hour < 12 else "PM")


def kafka_ts(t):
    return "[" + log4j(t) + "]"


def istio_ts(t):  # 2026-05-14T03:12:45.123456Z
    return iso_us(t)


# --------------------------------------------------------------------------- random helpers
ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def rs_hash(r):
    return "".join(r.choice(ALNUM) for _ in range(r.choice((9, 10))))


def sfx(r, n=5):
    return "".join(r.choice(ALNUM) for _ in range(n))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[r.randrange(4)], h[17:20], h[20:])


def ip(r, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(r.randint(2, 250)))
    return ".".join(parts)


def lq(s):
    """logfmt-quote a value."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------- event line formats
def ev_agent(name, kind, reason, typ, comp, msg, rv, host=None, api="v1"):
    """Grafana Agent / Alloy eventhandler logfmt line."""
    s = "name=%s kind=%s action= objectAPIversion=%s objectRV=%d reason=%s type=%s sourcecomponent=%s" % (
        name, kind, api, rv, reason, typ, comp)
    if host:
        s += " sourcehost=%s" % host
    return s + " msg=" + lq(msg)


def ev_json(t, ns, kind, name, reason, typ, comp, msg, count=1, host=None, first=None):
    """kubernetes-event-exporter style JSON line."""
    src = {"component": comp}
    if host:
        src["host"] = host
    return json.dumps({
        "metadata": {"name": "%s.%x" % (name, (t // 1000) & 0xFFFFFFFFFFFF), "namespace": ns},
        "involvedObject": {"kind": kind, "namespace": ns, "name": name},
        "reason": reason, "message": msg, "source": src,
        "firstTimestamp": iso_s(first if first else t), "lastTimestamp": iso_s(t),
        "count": count, "type": typ,
    }, separators=(",", ":"))


# --------------------------------------------------------------------------- window builder
class Win:
    def __init__(self, r, start):
        self.r = r
        self.t = to_ns(start) + r.randrange(10**9)
        self.rows = []
        self.rv = r.randint(4_000_000, 90_000_000)

    def add(self, labels, line, ev=False, gap=(0.3, 6.0)):
        g = float(gap) if isinstance(gap, (int, float)) else self.r.uniform(*gap)
        self.t += int(g * 1e9) + self.r.randrange(1, 10**6)
        text = line(self.t) if callable(line) else line
        self.rows.append({"ts": rfc_ns(self.t), "labels": dict(labels), "line": text, "_ev": bool(ev)})
        return self.t

    def nrv(self):
        self.rv += self.r.randint(3, 900)
        return self.rv


def record(scn, w, question, selector, sev, cat, comp, root_cause, summary, action):
    logs = [{"ts": x["ts"], "labels": x["labels"], "line": x["line"]} for x in w.rows]
    evidence = [i for i, x in enumerate(w.rows) if x["_ev"]]
    sel = {k: selector.get(k) for k in SELECTOR_KEYS}
    exp = {"severity": sev, "root_cause_category": cat}
    if comp is not None:
        exp["component"] = comp
    exp["root_cause"] = root_cause
    exp["summary"] = summary
    exp["action"] = action
    exp["evidence"] = evidence
    return {"id": None, "source": "synthetic:dev11-%s" % scn, "question": question,
            "selector": sel, "logs": logs, "expected": exp}


def flink(cls, lvl, msg):
    return lambda t: "%s %-5s %-60s [] - %s" % (log4j(t), lvl, cls, msg)


SCENARIOS = []


def scenario(name):
    def deco(fn):
        SCENARIOS.append((name, fn))
        return fn
    return deco


# =========================================================================== oom_killed
@scenario("oom-flink-taskmanager")
def s_oom_flink(r):
    w = Win(r, "2026-02-09T01:47:00")
    ns, cid, cl = "streaming", "clickstream", "eks-data-euw1"
    nodes = ["ip-10-40-12-87.eu-west-1.compute.internal", "ip-10-40-33-142.eu-west-1.compute.internal",
             "ip-10-40-21-9.eu-west-1.compute.internal", "ip-10-40-45-203.eu-west-1.compute.internal"]
    jm_pod = "%s-%s-%s" % (cid, rs_hash(r), sfx(r))
    JM = {"cluster": cl, "namespace": ns, "pod": jm_pod, "container": "flink-main-container", "app": cid,
          "component": "jobmanager", "node": nodes[0]}

    def TM(i, node):
        return {"cluster": cl, "namespace": ns, "pod": "%s-taskmanager-1-%d" % (cid, i),
                "container": "flink-main-container", "app": cid, "component": "taskmanager", "node": node}

    def KJ(node):
        return {"cluster": cl, "job": "node-journal", "node": node, "unit": "kernel"}

    EV = {"cluster": cl, "namespace": ns, "job": "kube-events", "service_name": "event-exporter"}
    job = hexs(r, 32)
    ck = r.randint(8800, 8900)
    tm_ip = {2: "10.40.33.%d" % r.randint(20, 250), 4: "10.40.45.%d" % r.randint(20, 250)}
    CC = "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"
    RM = "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager"
    EG = "org.apache.flink.runtime.executiongraph.ExecutionGraph"
    KC = "org.apache.kafka.clients.NetworkClient"
    w.add(JM, flink("org.apache.flink.configuration.Configuration", "WARN",
                    "Config uses deprecated configuration key 'state.backend' instead of proper key 'state.backend.type'"))
    for k in range(3):
        c = ck + k
        w.add(JM, lambda t, c=c: flink(CC, "INFO", "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (c, epoch_ms(t), job))(t), gap=(20, 40))
        w.add(JM, flink(CC, "INFO", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (
            c, job, r.randint(1_700_000_000, 2_100_000_000), r.randint(9000, 16000), r.randint(20, 80))), gap=(9, 16))
        if k == 1:
            w.add(TM(1, nodes[1]), flink(KC, "INFO", "[Consumer clientId=clickstream-sessionizer-1, groupId=clickstream-sessionizer] Node 3 disconnected."))
            w.add(TM(3, nodes[2]), flink("org.apache.flink.streaming.connectors.kafka.internals.KafkaConsumerThread", "INFO",
                                         "Committing offsets to Kafka takes longer than the checkpoint interval. Skipping commit of previous offsets because newer complete checkpoint offsets are available. This does not compromise Flink's checkpoint integrity."))

    def oom(node, pid):
        w.add(KJ(node), "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=-997", ev=True, gap=(5, 20))
        w.add(KJ(node), "memory: usage 4194304kB, limit 4194304kB, failcnt %d" % r.randint(1500, 4000), ev=True, gap=0.001)
        w.add(KJ(node), "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:9999 pgtables:%dkB oom_score_adj:-997" % (
            pid, r.randint(10_500_000, 11_900_000), r.randint(4_120_000, 4_170_000), r.randint(18000, 36000), r.randint(8000, 9800)), ev=True, gap=0.002)
        w.add(KJ(node), "oom_reaper: reaped process %d (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB" % pid, ev=True, gap=(0.05, 0.3))

    def lost(i, node):
        w.add(JM, flink("org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "INFO",
                        "Worker %s-taskmanager-1-%d is terminated. Diagnostics: Pod terminated, container termination statuses: [flink-main-container(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(reason=null, message=null)" % (cid, i)),
              ev=True, gap=(0.5, 2))
        w.add(JM, flink(EG, "INFO", "Source: kafka-clicks -> Sessionize (%d/12) (%s_%s_%d_0) switched from RUNNING to FAILED on %s-taskmanager-1-%d @ %s (dataPort=6121)." % (
            r.randint(1, 12), hexs(r, 32), hexs(r, 32), r.randint(1, 11), cid, i, tm_ip[i])), gap=(0.05, 0.4))
        w.add(JM, "org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id %s-taskmanager-1-%d is no longer reachable." % (cid, i), gap=0.001)
        w.add(JM, flink(EG, "INFO", "Job clickstream-sessionizer (%s) switched from state RUNNING to RESTARTING." % job), gap=(0.05, 0.3))
        w.add(JM, flink("org.apache.pekko.remote.ReliableDeliverySupervisor", "WARN",
                        "Association with remote system [pekko.tcp://flink@%s:6122] has failed, address is now gated for [50] ms. Reason: [Disassociated]" % tm_ip[i]), gap=(0.1, 1))

    w.add(TM(2, nodes[1]), flink("org.apache.flink.contrib.streaming.state.RocksDBOperationUtils", "INFO",
                                  "Obtained shared RocksDB cache of size 1438814063 bytes"), gap=(5, 10))
    oom(nodes[1], r.randint(2100, 4800))
    lost(2, nodes[1])
    w.add(JM, flink(RM, "INFO", "Requesting new worker with resource spec WorkerResourceSpec {cpuCores=2.0, taskHeapSize=1.325gb (1422723296 bytes), taskOffHeapSize=0 bytes, networkMemSize=343.040mb (359703515 bytes), managedMemSize=1.340gb (1438814063 bytes), numSlots=4}, current pending count: 1."), gap=(0.2, 1))
    t0 = w.t
    w.add(EV, lambda t: ev_json(t, ns, "Pod", "%s-taskmanager-1-4" % cid, "Scheduled", "Normal", "default-scheduler",
                                "Successfully assigned %s/%s-taskmanager-1-4 to %s" % (ns, cid, nodes[3])), gap=(0.5, 2))
    w.add(EV, lambda t: ev_json(t, ns, "Pod", "%s-taskmanager-1-4" % cid, "Pulled", "Normal", "kubelet",
                                'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flink-jobs/clickstream:3.4.1" already present on machine', host=nodes[3]), gap=(1, 3))
    w.add(EV, lambda t: ev_json(t, ns, "Pod", "%s-taskmanager-1-4" % cid, "Started", "Normal", "kubelet",
                                "Started container flink-main-container", host=nodes[3]), gap=(0.5, 2))
    w.add(TM(4, nodes[3]), flink("org.apache.flink.runtime.taskexecutor.TaskExecutor", "INFO",
                                  "Successful registration at resource manager pekko.tcp://flink@%s:6123/user/rpc/resourcemanager_0 under registration id %s." % (
                                      "10.40.12.%d" % r.randint(20, 250), hexs(r, 32))), gap=(8, 14))
    w.add(JM, flink(CC, "INFO", "Restoring job %s from Checkpoint %d @ %d for %s located at s3://acme-flink-state/clickstream/%s/chk-%d." % (
        job, ck + 2, epoch_ms(t0) - 30000, job, job, ck + 2)), gap=(1, 3))
    w.add(JM, flink(EG, "INFO", "Job clickstream-sessionizer (%s) switched from state RESTARTING to RUNNING." % job), gap=(0.5, 2))
    w.add(TM(1, nodes[1]), flink(KC, "INFO", "[Consumer clientId=clickstream-sessionizer-1, groupId=clickstream-sessionizer] Node 3 disconnected."), gap=(5, 15))
    w.add(TM(4, nodes[3]), flink("org.apache.flink.contrib.streaming.state.RocksDBOperationUtils", "INFO",
                                  "Obtained shared RocksDB cache of size 1438814063 bytes"), gap=(1, 4))
    w.add(JM, lambda t: flink(CC, "INFO", "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (ck + 3, epoch_ms(t), job))(t), gap=(20, 40))
    oom(nodes[3], r.randint(2100, 4800))
    lost(4, nodes[3])
    w.add(JM, flink(CC, "WARN", "Failed to trigger or complete checkpoint %d for job %s. (0 consecutive failed attempts so far)" % (ck + 3, job)), gap=(0.1, 0.5))
    w.add(EV, lambda t: ev_json(t, ns, "FlinkDeployment", cid, "JobStatusChanged", "Normal", "JobManagerDeployment",
                                "Job status changed from RUNNING to RESTARTING"), gap=(1, 3))
    return record(
        "oom-flink-taskmanager", w,
        "Why does the clickstream-sessionizer Flink job keep restarting with 'TaskManager is no longer reachable'?",
        {}, "CRITICAL", "oom_killed", "clickstream-taskmanager",
        "The clickstream TaskManager containers exceed their 4Gi memory limit (RocksDB native memory on top of heap and "
        "network buffers) and the kernel cgroup OOM killer kills java (exit 137, reason OOMKilled); every replacement "
        "TaskManager is killed again shortly after restoring state, so the job restart-loops.",
        "TaskManagers of the clickstream Flink cluster are repeatedly OOM-killed by the kernel; the JobManager only reports "
        "them as unreachable and restarts the job from the last checkpoint each time.",
        "Raise taskmanager.memory.process.size together with the pod memory limit (or reduce slots per TaskManager) and keep "
        "RocksDB within the managed-memory budget (state.backend.rocksdb.memory.managed=true); watch that restarts stop.")


@scenario("oom-wildfly-heap")
def s_oom_wildfly(r):
    w = Win(r, "2026-03-17T14:05:00")
    ns, app = "claims", "claims-portal"
    nodes = ["rke2-agent-02", "rke2-agent-05"]
    pods = ["%s-%s-%s" % (app, "7b9c6d5f48", sfx(r)) for _ in range(2)]
    A = [{"namespace": ns, "pod": p, "container": "wildfly", "app": app, "node": n} for p, n in zip(pods, nodes)]
    GC = [{"namespace": ns, "pod": p, "container": "wildfly", "app": app, "node": n, "stream": "gc"} for p, n in zip(pods, nodes)]
    HP = {"namespace": "haproxy-controller", "pod": "haproxy-kubernetes-ingress-6f8d7c9b5-%s" % sfx(r),
          "container": "kubernetes-ingress-controller", "service_name": "haproxy-ingress", "node": "rke2-agent-01"}

    def wf(lvl, cat, thread, msg):
        return lambda t: "%s %-5s [%s] (%s) %s" % (hms_comma(t), lvl, cat, thread, msg)

    def hp(status, path, tr, flags, method="GET", srv=1, size=None):
        cip = "10.42.%d.%d" % (r.randint(0, 9), r.randint(2, 250))
        cport = r.randint(30000, 65000)
        ta = tr + r.randint(0, 3)
        b = size if size is not None else r.randint(900, 48000)
        return lambda t: '%s:%d [%s] https-in~ %s_%s_8080/SRV_%d 0/0/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 "%s %s HTTP/1.1"' % (
            cip, cport, hap(t - ta * 10**6), ns, app, srv, r.randint(0, 2), tr, ta, status, b, flags,
            r.randint(40, 90), r.randint(40, 90), r.randint(3, 12), r.randint(1, 6), method, path)

    w.add(A[0], wf("WARN", "org.jboss.as.controller", "Controller Boot Thread",
                   "WFLYCTL0028: Attribute 'security-realm' in the resource at address '/core-service=management/management-interface=http-interface' is deprecated, and may be removed in a future version. See the attribute description in the output of the read-resource-description operation to learn more about the deprecation."))
    w.add(HP, hp(200, "/claims-portal/api/claims?status=OPEN&page=1", r.randint(40, 120), "----"))
    w.add(HP, hp(404, "/favicon.ico", 2, "----", size=231))
    w.add(A[1], wf("WARN", "org.hibernate.orm.deprecation", "default task-7",
                   "HHH90000022: Hibernate's legacy org.hibernate.Criteria API is deprecated; use the JPA javax.persistence.criteria.CriteriaQuery instead"))
    w.add(HP, hp(200, "/claims-portal/api/claims/%d" % r.randint(100000, 999999), r.randint(30, 90), "----"))
    w.add(A[0], wf("INFO", "com.acme.claims.export.ClaimExportBean", "default task-12",
                   "Starting PDF export for portfolio FLEET-2025 (claims=48211, attachments=true)"))
    gcn = r.randint(1800, 1900)
    for k in range(3):
        gcn += r.randint(1, 4)
        before = 2030 + k * 5
        w.add(GC[0], lambda t, g=gcn, b=before: "[%s][gc] GC(%d) Pause Full (G1 Compaction Pause) %dM->%dM(2048M) %.3fms" % (
            iso_ms(t).replace("Z", "+0000"), g, b, b - r.randint(3, 12), r.uniform(3100, 5200)), ev=True, gap=(4, 9))
        w.add(HP, hp(200, "/claims-portal/api/claims?status=OPEN&page=%d" % (k + 2), r.randint(900, 4200), "----"))
    w.add(GC[0], lambda t: "[%s][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) 2044M->2041M(2048M) %.3fms" % (
        iso_ms(t).replace("Z", "+0000"), gcn + 1, r.uniform(380, 900)), gap=(1, 3))
    w.add(A[0], wf("ERROR", "io.undertow.request", "default task-12",
                   "UT005023: Exception handling request to /claims-portal/api/claims/export: java.lang.OutOfMemoryError: Java heap space"), ev=True, gap=(1, 4))
    w.add(A[0], wf("ERROR", "org.jboss.as.ejb3.invocation", "default task-31",
                   "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component ClaimExportBean for method public byte[] com.acme.claims.export.ClaimExportBean.renderPdf(java.lang.Long): javax.ejb.EJBException: java.lang.OutOfMemoryError: Java heap space"), ev=True, gap=(0.5, 3))
    w.add(A[0], "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)", ev=True, gap=0.001)
    w.add(A[0], "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)", ev=True, gap=0.001)
    w.add(A[0], "\tat com.acme.claims.export.PdfRenderer.appendAttachment(PdfRenderer.java:214)", ev=True, gap=0.001)
    w.add(HP, hp(500, "/claims-portal/api/claims/export", r.randint(9000, 14000), "----", method="POST", size=412))
    w.add(A[0], wf("WARN", "com.arjuna.ats.arjuna", "Transaction Reaper",
                   "ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff0a2a0c1b:%s:%s:%x in state  RUN" % (hexs(r, 8), hexs(r, 8), r.randint(100, 999))), gap=(2, 6))
    for k in range(3):
        w.add(HP, hp(504, "/claims-portal/api/claims?status=OPEN&page=%d" % (k + 1), 30001, "sH--"), gap=(2, 8))
        if k == 1:
            w.add(A[0], wf("ERROR", "io.undertow.request", "default task-44",
                           "UT005023: Exception handling request to /claims-portal/api/claims: java.lang.OutOfMemoryError: Java heap space"), ev=True, gap=(0.5, 2))
            w.add(A[0], wf("ERROR", "org.jboss.as.ejb3.invocation", "default task-40",
                           "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component ClaimQueryBean for method public java.util.List com.acme.claims.query.ClaimQueryBean.search(com.acme.claims.query.Criteria): javax.ejb.EJBException: java.lang.OutOfMemoryError: GC overhead limit exceeded"), ev=True, gap=(0.5, 2))
        w.add(HP, hp(200, "/claims-portal/api/claims/%d" % r.randint(100000, 999999), r.randint(40, 140), "----", srv=2), gap=(0.5, 3))
    w.add(A[1], wf("INFO", "com.acme.claims.api.ClaimResource", "default task-3", "GET /api/claims/%d served in 61 ms" % r.randint(100000, 999999)))
    w.add(GC[0], lambda t: "[%s][gc] GC(%d) Pause Full (G1 Compaction Pause) 2047M->2043M(2048M) %.3fms" % (
        iso_ms(t).replace("Z", "+0000"), gcn + 2, r.uniform(5200, 6900)), ev=True, gap=(2, 6))
    w.add(A[0], wf("ERROR", "io.undertow.request", "default task-12",
                   "UT005023: Exception handling request to /claims-portal/api/claims/export: java.lang.OutOfMemoryError: Java heap space"), ev=True, gap=(2, 8))
    w.add(HP, hp(500, "/claims-portal/api/claims/export", r.randint(7000, 12000), "----", method="POST", size=412))
    w.add(HP, hp(401, "/claims-portal/api/session", 3, "----", method="POST", size=189, srv=2))
    w.add(A[1], wf("INFO", "org.jboss.as.server", "management-handler-thread - 2", "WFLYSRV0212: Resuming server"))
    return record(
        "oom-wildfly-heap", w,
        "HAProxy is returning 504s on the claims portal. Is the ingress server timeout too low?",
        {}, "ERROR", "oom_killed", app,
        "The claims-portal WildFly JVM on one pod exhausts its 2 GiB heap while the PDF export builds the whole "
        "FLEET-2025 portfolio (48k claims with attachments) in memory: back-to-back full GCs free almost nothing and "
        "requests fail with java.lang.OutOfMemoryError: Java heap space / GC overhead limit exceeded.",
        "One claims-portal pod is out of Java heap; its requests fail or stall, which HAProxy reports as 500/504. The "
        "ingress timeout is not the cause.",
        "Restart the affected claims-portal pod, stream the export instead of buffering it (or page it), and size -Xmx and "
        "the container limit for the export path; consider -XX:+ExitOnOutOfMemoryError so a wedged JVM is replaced.")


# =========================================================================== application_error
@scenario("apperr-kstreams-npe")
def s_app_kstreams(r):
    w = Win(r, "2026-04-22T08:31:00")
    ns, app = "risk", "fraud-scorer"
    pods = ["%s-%s-%s" % (app, "5c8d7b9f64", sfx(r)) for _ in range(2)]
    nodes = ["gke-risk-prod-pool-1-3f2a9c1d-%s" % sfx(r, 4), "gke-risk-prod-pool-1-3f2a9c1d-%s" % sfx(r, 4)]
    A = [{"namespace": ns, "pod": p, "container": app, "app": app, "service_name": app, "node": n} for p, n in zip(pods, nodes)]
    GW = {"namespace": ns, "pod": "txn-gateway-%s-%s" % (rs_hash(r), sfx(r)), "container": "txn-gateway", "app": "txn-gateway", "service_name": "txn-gateway"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "instance": "grafana-agent-0"}
    cids = ["%s-%s" % (app, uid(r)) for _ in range(2)]
    SC = "org.apache.kafka.streams.processor.internals.StreamThread"
    KS = "org.apache.kafka.streams.KafkaStreams"

    def ks(lvl, msg, cls):
        return lambda t: "%s %s %s (%s)" % (kafka_ts(t), lvl, msg, cls)

    def gw(lvl, msg, **kv):
        return lambda t: json.dumps(dict([("level", lvl), ("ts", iso_ms(t)), ("caller", kv.pop("caller", "verdict/client.go:142")), ("msg", msg)] + list(kv.items())), separators=(",", ":"))

    for i in range(2):
        w.add(A[i], ks("INFO", "stream-thread [%s-StreamThread-1] Processed %d total records, ran 0 punctuators, and committed %d total tasks since the last update" % (
            cids[i], r.randint(38000, 46000), r.randint(100, 130)), SC), gap=(1, 5))
    w.add(GW, gw("info", "authorized", caller="api/handler.go:77", txn_id=uid(r), verdict="approve", latency_ms=r.randint(60, 140)))
    w.add(A[1], ks("WARN", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Offset commit failed on partition payments.authorized-4 at offset %d: The coordinator is loading and hence can't process requests." % (
        cids[1], app, r.randint(880000, 884000)), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"))
    w.add(A[1], ks("INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Setting offset for partition payments.authorized-4 to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[41], currentLeader=LeaderAndEpoch{leader=Optional[kafka-2.kafka-headless.kafka.svc.cluster.local:9092 (id: 2 rack: europe-west1-c)], epoch=41}}" % (
        cids[1], app, r.randint(884000, 885000)), "org.apache.kafka.clients.consumer.internals.ConsumerUtils"))
    off = r.randint(884100, 884400)

    def crash(i, thread_task):
        c = cids[i]
        w.add(A[i], ks("ERROR", "stream-thread [%s-StreamThread-1] Encountered the following exception during processing and the thread is going to shut down: " % c, SC), ev=True, gap=(1, 4))
        w.add(A[i], "org.apache.kafka.streams.errors.StreamsException: Exception caught in process. taskId=%s, processor=KSTREAM-SOURCE-0000000000, topic=payments.authorized, partition=3, offset=%d, stacktrace=java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"merchantId\" is null" % (thread_task, off), ev=True, gap=0.001)
        w.add(A[i], "\tat com.acme.risk.scoring.MerchantFeatures.normalize(MerchantFeatures.java:88)", ev=True, gap=0.001)
        w.add(A[i], "\tat com.acme.risk.scoring.ScoreProcessor.process(ScoreProcessor.java:54)", ev=True, gap=0.001)
        w.add(A[i], "\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:152)", gap=0.001)
        w.add(A[i], ks("INFO", "stream-thread [%s-StreamThread-1] State transition from RUNNING to PENDING_SHUTDOWN" % c, SC), gap=(0.01, 0.1))
        w.add(A[i], ks("ERROR", "stream-client [%s] Encountered the following exception during processing and the registered exception handler opted to SHUTDOWN_CLIENT. The streams client is going to shut down now. " % c, KS), ev=True, gap=(0.01, 0.1))
        w.add(A[i], ks("INFO", "stream-client [%s] State transition from RUNNING to PENDING_ERROR" % c, KS), gap=(0.01, 0.1))
        w.add(A[i], ks("INFO", "stream-client [%s] State transition from PENDING_ERROR to ERROR" % c, KS), gap=(0.2, 1))
        w.add(A[i], ks("ERROR", "stream-client [%s] All stream threads have died. The instance will be in error state and should be closed." % c, KS), ev=True, gap=(0.01, 0.1))

    crash(0, "0_3")
    for k in range(3):
        w.add(GW, gw("warn", "fraud verdict timeout, routing to manual review", txn_id=uid(r), waited_ms=800), gap=(0.5, 3))
    w.add(A[1], ks("INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Request joining group due to: group is already rebalancing" % (cids[1], app),
                   "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"), gap=(3, 10))
    w.add(A[1], ks("INFO", "stream-thread [%s-StreamThread-1] State transition from RUNNING to PARTITIONS_REVOKED" % cids[1], SC), gap=(0.1, 1))
    w.add(A[1], ks("INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='%s-StreamThread-1-consumer-%s', protocol='stream'}" % (
        cids[1], app, r.randint(300, 400), cids[1], uid(r)), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"), gap=(1, 4))
    w.add(A[1], ks("INFO", "stream-thread [%s-StreamThread-1] State transition from PARTITIONS_ASSIGNED to RUNNING" % cids[1], SC), gap=(1, 4))
    crash(1, "0_3")
    for k in range(4):
        w.add(GW, gw("warn", "fraud verdict timeout, routing to manual review", txn_id=uid(r), waited_ms=800), gap=(0.5, 4))
    w.add(GW, gw("error", "manual review queue above threshold", caller="review/queue.go:61", depth=r.randint(900, 1500), threshold=500), gap=(2, 6))
    w.add(EV, lambda t: ev_agent(pods[0] + ".%x" % (t // 1000 & 0xfffffffff), "Pod", "Unhealthy", "Warning", "kubelet",
                                 "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host=nodes[0]), gap=(3, 8))
    w.add(GW, gw("info", "authorized", caller="api/handler.go:77", txn_id=uid(r), verdict="manual_review", latency_ms=r.randint(800, 830)))
    return record(
        "apperr-kstreams-npe", w,
        "txn-gateway says fraud verdicts are timing out. Is fraud-scorer just too slow?",
        {"namespace": ns}, "CRITICAL", "application_error", app,
        "A record on payments.authorized partition 3 (offset %d) has a null merchantId; MerchantFeatures.normalize "
        "throws a NullPointerException, the uncaught exception handler shuts the Kafka Streams client down, and after "
        "the rebalance the second instance hits the same record and dies too: both fraud-scorer instances are in ERROR "
        "state and no verdicts are produced." % off,
        "fraud-scorer's stream threads crash on a poison record (NPE in application code); with both instances dead, "
        "txn-gateway times out and sends every transaction to manual review.",
        "Fix MerchantFeatures.normalize to handle a null merchantId (or route such records to a dead-letter topic via a "
        "deserialization/processing exception handler), deploy, and restart fraud-scorer; check the manual-review backlog.")


@scenario("apperr-sidekiq-nomethod")
def s_app_sidekiq(r):
    w = Win(r, "2026-06-02T10:12:00")
    ns = "billing"
    wpod = "billing-worker-%s-%s" % (rs_hash(r), sfx(r))
    webpod = "billing-web-%s-%s" % (rs_hash(r), sfx(r))
    WK = {"namespace": ns, "pod": wpod, "container": "sidekiq", "service_name": "billing-worker", "node": "k8s-worker-07"}
    WEB = {"namespace": ns, "pod": webpod, "container": "puma", "service_name": "billing-web", "node": "k8s-worker-03"}
    tids = ["%s" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)) for _ in range(5)]

    def sk(tid, msg, cls=None, jid=None, elapsed=None):
        def f(t):
            s = "%s pid=7 tid=%s" % (iso_ms(t), tid)
            if cls:
                s += " class=%s jid=%s" % (cls, jid)
            if elapsed is not None:
                s += " elapsed=%.3f" % elapsed
            return s + " " + msg
        return f

    def web(msg):
        return lambda t: "I, [%s #%d]  INFO -- : [%s] %s" % (iso_us(t).replace("Z", ""), r.randint(8, 12), uid(r), msg)

    def started(method, path, cip):
        return lambda t: web('Started %s "%s" for %s at %s +0000' % (method, path, cip, dotms(t)[:19]))(t)

    w.add(WEB, started("GET", "/invoices?page=2", "10.244.3.17"), gap=(1, 2))
    w.add(WEB, web("Completed 200 OK in 48ms (Views: 21.3ms | ActiveRecord: 12.9ms | Allocations: 18321)"))
    w.add(WK, lambda t: "%s pid=7 tid=%s WARN: DEPRECATION WARNING: Rails.application.secrets is deprecated in favor of Rails.application.credentials and will be removed in Rails 7.2. (called from <main> at /app/config/initializers/sidekiq.rb:4)" % (iso_ms(t), tids[0]))
    for k in range(3):
        jid = hexs(r, 24)
        w.add(WK, sk(tids[1], "INFO: start", "LedgerSyncJob", jid), gap=(0.5, 3))
        w.add(WK, sk(tids[1], "INFO: done", "LedgerSyncJob", jid, r.uniform(0.1, 0.9)), gap=(0.1, 1))
    inv = [r.randint(88000, 89999) for _ in range(4)]
    w.add(WK, lambda t: "%s pid=7 tid=%s WARN: Redis connection to redis-master.billing.svc.cluster.local:6379 reset (Errno::ECONNRESET), reconnecting (attempt 1/3)" % (iso_ms(t), tids[0]), gap=(1, 3))
    w.add(WK, lambda t: "%s pid=7 tid=%s INFO: Redis reconnected to redis-master.billing.svc.cluster.local:6379" % (iso_ms(t), tids[0]), gap=(0.1, 0.5))

    def failing(tid, invoice, retry_count, final=False):
        jid = hexs(r, 24)
        w.add(WK, sk(tid, "INFO: start", "InvoiceMailerJob", jid), gap=(1, 5))
        w.add(WK, sk(tid, "INFO: fail", "InvoiceMailerJob", jid, r.uniform(0.05, 0.2)), gap=(0.05, 0.2))
        job = {"retry": 5, "queue": "mailers", "class": "InvoiceMailerJob", "args": [invoice], "jid": jid,
               "created_at": 0, "enqueued_at": 0, "retry_count": retry_count, "error_class": "NoMethodError"}
        w.add(WK, lambda t: "%s pid=7 tid=%s WARN: {\"context\":\"Job raised exception\",\"job\":%s}" % (
            iso_ms(t), tid, json.dumps(dict(job, created_at=round(t / 1e9 - 86400 * 2, 3), enqueued_at=round(t / 1e9 - 1, 3)), separators=(",", ":"))), ev=True, gap=0.001)
        w.add(WK, lambda t: "%s pid=7 tid=%s WARN: NoMethodError: undefined method `strftime' for nil:NilClass" % (iso_ms(t), tid), ev=True, gap=0.001)
        w.add(WK, lambda t: "%s pid=7 tid=%s WARN: /app/app/jobs/invoice_mailer_job.rb:27:in `perform'" % (iso_ms(t), tid), ev=True, gap=0.001)
        if final:
            w.add(WK, lambda t: "%s pid=7 tid=%s WARN: InvoiceMailerJob %s exhausted 5 retries; moving to dead set" % (iso_ms(t), tid, jid), gap=0.002)

    failing(tids[2], inv[0], 5, final=True)
    w.add(WEB, started("GET", "/wp-login.php", "10.244.1.9"))
    w.add(WEB, lambda t: "F, [%s #9] FATAL -- : [%s] ActionController::RoutingError (No route matches [GET] \"/wp-login.php\"):" % (iso_us(t).replace("Z", ""), uid(r)), gap=0.01)
    jid = hexs(r, 24)
    w.add(WK, sk(tids[3], "INFO: start", "InvoicePdfJob", jid))
    w.add(WK, sk(tids[3], "INFO: done", "InvoicePdfJob", jid, r.uniform(0.8, 2.5)))
    failing(tids[3], inv[1], 3)
    w.add(WEB, started("POST", "/api/invoices", "10.244.2.41"))
    w.add(WEB, web("Completed 201 Created in 87ms (Views: 0.4ms | ActiveRecord: 41.2ms | Allocations: 22104)"), gap=(0.05, 0.2))
    failing(tids[2], inv[2], 5, final=True)
    w.add(WK, lambda t: "%s pid=7 tid=%s INFO: Sidekiq::Stats processed=%d failed=%d dead=%d enqueued=0 retries=%d" % (
        iso_ms(t), tids[0], r.randint(410000, 420000), r.randint(900, 1100), r.randint(160, 190), r.randint(40, 60)), gap=(2, 5))
    failing(tids[4], inv[3], 1)
    jid = hexs(r, 24)
    w.add(WK, sk(tids[1], "INFO: start", "LedgerSyncJob", jid))
    w.add(WK, sk(tids[1], "INFO: done", "LedgerSyncJob", jid, r.uniform(0.1, 0.9)))
    return record(
        "apperr-sidekiq-nomethod", w,
        "Customers say they never got their invoice emails since Tuesday. Is the mail provider down?",
        {"namespace": ns}, "ERROR", "application_error", "billing-worker",
        "InvoiceMailerJob calls strftime on the invoice due date, which is nil for invoices created through the new "
        "POST /api/invoices path; every such job raises NoMethodError (invoice_mailer_job.rb:27), retries and ends in the "
        "dead set, so no invoice email is sent. Other job classes run normally.",
        "The billing-worker Sidekiq process is healthy, but InvoiceMailerJob fails in application code with "
        "NoMethodError on a nil due date; the mail provider is never called.",
        "Fix InvoiceMailerJob (guard or backfill the nil due_on), deploy billing-worker, then retry the jobs in the Sidekiq "
        "dead set so the missed invoice emails go out.")


# =========================================================================== image_pull
@scenario("imgpull-cronjob-harbor-auth")
def s_img_cronjob(r):
    w = Win(r, "2026-01-20T01:58:00")
    ns, cj = "finance", "ledger-export"
    jobn = "%s-%d" % (cj, r.randint(29400000, 29499999))
    pod = "%s-%s" % (jobn, sfx(r))
    node = "rke2-agent-04"
    img = "harbor.corp.example.net/finance/ledger-export:2.14.0"
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "rke2-fin-prod"}
    API = {"namespace": ns, "pod": "ledger-api-%s-%s" % (rs_hash(r), sfx(r)), "container": "ledger-api", "app": "ledger-api", "node": "rke2-agent-02"}
    REC = {"namespace": ns, "pod": "reconciler-%s-%s" % (rs_hash(r), sfx(r)), "container": "reconciler", "app": "reconciler", "node": "rke2-agent-03"}

    def e(kind, name, reason, typ, comp, msg, host=None, api="v1"):
        return lambda t: ev_agent(name, kind, reason, typ, comp, msg, w.nrv(), host=host, api=api)

    def api_log(status, path, dur):
        return lambda t: "time=%s level=INFO msg=\"http request\" method=GET path=%s status=%d duration=%dms" % (iso_ms(t), path, status, dur)

    w.add(API, api_log(200, "/healthz", 1))
    w.add(EV, e("CronJob", cj, "SuccessfulCreate", "Normal", "cronjob-controller", "Created job %s" % jobn, api="batch/v1"), gap=(30, 60))
    w.add(EV, e("Job", jobn, "SuccessfulCreate", "Normal", "job-controller", "Created pod: %s" % pod, api="batch/v1"), gap=(0.05, 0.3))
    w.add(EV, e("Pod", pod, "Scheduled", "Normal", "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, pod, node)), gap=(0.05, 0.5))
    fail_msg = ('Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": '
                'failed to authorize: failed to fetch oauth token: unexpected status from GET request to '
                'https://harbor.corp.example.net/service/token?scope=repository%%3Afinance%%2Fledger-export%%3Apull&service=harbor-registry: 401 Unauthorized') % (img, img, img)
    for k in range(3):
        w.add(EV, e("Pod", pod, "Pulling", "Normal", "kubelet", 'Pulling image "%s"' % img, host=node), gap=(1, 3) if k == 0 else (20, 90))
        w.add(EV, e("Pod", pod, "Failed", "Warning", "kubelet", fail_msg, host=node), ev=True, gap=(0.3, 1.2))
        w.add(EV, e("Pod", pod, "Failed", "Warning", "kubelet", "Error: ErrImagePull", host=node), ev=True, gap=0.001)
        w.add(EV, e("Pod", pod, "BackOff", "Normal", "kubelet", 'Back-off pulling image "%s"' % img, host=node), ev=True, gap=(0.5, 2))
        w.add(EV, e("Pod", pod, "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", host=node), ev=True, gap=0.001)
        if k == 0:
            w.add(API, api_log(200, "/v1/ledger/balances", r.randint(12, 40)))
            w.add(API, api_log(404, "/v1/ledger/accounts/ACC-000000", 3))
        if k == 1:
            w.add(EV, e("Pod", "ledger-api-%s-%s" % (rs_hash(r), sfx(r)), "Pulled", "Normal", "kubelet",
                        'Container image "harbor.corp.example.net/finance/ledger-api:5.2.3" already present on machine', host="rke2-agent-02"))
            w.add(API, api_log(200, "/healthz", 1))
    w.add(REC, lambda t: "time=%s level=WARN msg=\"export file not found, will retry\" bucket=s3://fin-exports path=ledger/%s/ledger.csv.gz retry_in=10m" % (iso_ms(t), dotms(t)[:10]), gap=(5, 30))
    w.add(EV, e("Pod", pod, "BackOff", "Normal", "kubelet", 'Back-off pulling image "%s"' % img, host=node), ev=True, gap=(60, 200))
    w.add(EV, e("Pod", pod, "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", host=node), ev=True, gap=0.001)
    w.add(EV, e("Job", jobn, "DeadlineExceeded", "Warning", "job-controller", "Job was active longer than specified deadline", api="batch/v1"), gap=(30, 90))
    w.add(EV, e("Pod", pod, "Killing", "Normal", "kubelet", "Stopping container ledger-export", host=node), gap=(0.1, 1))
    w.add(EV, e("CronJob", cj, "SawCompletedJob", "Normal", "cronjob-controller", "Saw completed job: %s, status: Failed" % jobn, api="batch/v1"), gap=(0.1, 1))
    w.add(REC, lambda t: "time=%s level=ERROR msg=\"daily reconciliation skipped: no ledger export for business date\" date=%s" % (iso_ms(t), dotms(t - 86400 * 10**9)[:10]), gap=(5, 40))
    w.add(API, api_log(200, "/v1/ledger/balances", r.randint(12, 40)))
    w.add(API, api_log(200, "/healthz", 1))
    w.add(REC, lambda t: "time=%s level=INFO msg=\"reconciliation metrics\" matched=0 unmatched=0 errors=0" % iso_ms(t))
    return record(
        "imgpull-cronjob-harbor-auth", w,
        "The nightly ledger export produced no file and the Job says DeadlineExceeded. Is the export too slow for its activeDeadlineSeconds?",
        {"namespace": ns}, "ERROR", "image_pull", cj,
        "The ledger-export pod never starts: Harbor rejects the pull of finance/ledger-export:2.14.0 with 401 Unauthorized "
        "(the robot-account credentials in the pull secret are no longer valid), so the pod sits in ErrImagePull/"
        "ImagePullBackOff until the Job's activeDeadlineSeconds expires.",
        "The CronJob's pod cannot pull its image from Harbor (registry auth 401); the DeadlineExceeded and the missing "
        "export file are consequences, not a slow export.",
        "Renew the Harbor robot account (or its token) and update the imagePullSecret used by ledger-export, then trigger "
        "the job manually (kubectl create job --from=cronjob/ledger-export) to produce the missed export.")


@scenario("imgpull-flink-upgrade-tag")
def s_img_flink(r):
    w = Win(r, "2026-07-08T16:20:00")
    ns, name = "payments-stream", "payments-enricher"
    old_img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flink-jobs/payments-enricher:1.8.2"
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flink-jobs/payments-enricher:1.9.0-rc3"
    jm = "%s-%s-%s" % (name, rs_hash(r), sfx(r))
    node = "ip-10-60-%d-%d.eu-west-1.compute.internal" % (r.randint(0, 63), r.randint(2, 250))
    OP = {"namespace": "flink-operator", "pod": "flink-kubernetes-operator-%s-%s" % (rs_hash(r), sfx(r)),
          "container": "flink-kubernetes-operator", "app": "flink-kubernetes-operator"}
    EV = {"namespace": ns, "app": "event-exporter", "job": "kube-events"}
    LW = {"namespace": "ledger", "pod": "ledger-writer-%s-%s" % (rs_hash(r), sfx(r)), "container": "ledger-writer", "app": "ledger-writer"}
    key = "[%s/%s]" % (ns, name)
    job = hexs(r, 32)

    def op(cls, lvl, msg):
        return lambda t: "%s %-30s [%-5s]%s %s" % (log4j(t), cls, lvl, key, msg)

    def audit(typ, reason, msg):
        return op("o.a.f.k.o.l.AuditUtils", "INFO", ">>> Event  | %-7s | %-15s | %s" % (typ, reason, msg))

    def ev(kind, nm, reason, typ, comp, msg, host=None):
        return lambda t: ev_json(t, ns, kind, nm, reason, typ, comp, msg, host=host)

    w.add(OP, op("o.a.f.k.o.c.FlinkDeploymentController", "INFO", "Starting reconciliation"))
    w.add(OP, audit("Info", "SPECCHANGED", "UPGRADE change(s) detected (Diff: FlinkDeploymentSpec[image : %s -> %s]), starting reconciliation." % (old_img, img)), gap=(0.05, 0.3))
    w.add(OP, op("o.a.f.k.o.r.d.ApplicationReconciler", "INFO", "Upgrading/Restarting running job, suspending first..."), gap=(0.05, 0.3))
    w.add(OP, op("o.a.f.k.o.s.AbstractFlinkService", "INFO", "Suspending job with savepoint"), gap=(0.1, 0.5))
    sp = "s3://acme-flink-state/savepoints/%s/savepoint-%s-%s" % (name, job[:6], hexs(r, 12))
    w.add(OP, op("o.a.f.k.o.s.AbstractFlinkService", "INFO", "Job successfully suspended with savepoint %s" % sp), gap=(8, 25))
    w.add(LW, lambda t: "%s INFO  [kafka-consumer] c.a.l.IngestLoop - consumed 1843 records from payments.enriched in last 60s" % log4j(t))
    w.add(OP, op("o.a.f.k.o.s.AbstractFlinkService", "INFO", "Deleting cluster with Foreground propagation"), gap=(0.5, 2))
    w.add(OP, op("o.a.f.k.o.s.AbstractFlinkService", "INFO", "Waiting for cluster shutdown..."), gap=(0.1, 0.5))
    w.add(OP, op("o.a.f.k.o.s.AbstractFlinkService", "INFO", "Cluster shutdown completed."), gap=(5, 15))
    w.add(OP, audit("Info", "SUSPENDED", "Job suspended"), gap=(0.1, 0.5))
    w.add(OP, op("o.a.f.k.o.r.d.ApplicationReconciler", "INFO", "Deploying application cluster requiring last-state from savepoint %s" % sp), gap=(1, 3))
    w.add(OP, op("o.a.f.k.o.s.NativeFlinkService", "INFO", "Deploying application cluster"), gap=(0.1, 0.5))
    w.add(OP, op("o.a.f.k.o.s.NativeFlinkService", "INFO", "Application cluster successfully deployed"), gap=(1, 3))
    w.add(EV, ev("Pod", jm, "Scheduled", "Normal", "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, jm, node)), gap=(0.1, 1))
    fail = ('Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": '
            'failed to resolve reference "%s": %s: not found') % (img, img, img, img)
    for k in range(3):
        w.add(EV, ev("Pod", jm, "Pulling", "Normal", "kubelet", 'Pulling image "%s"' % img, host=node), gap=(1, 3) if k == 0 else (15, 60))
        w.add(EV, ev("Pod", jm, "Failed", "Warning", "kubelet", fail, host=node), ev=True, gap=(0.3, 1))
        w.add(EV, ev("Pod", jm, "Failed", "Warning", "kubelet", "Error: ErrImagePull", host=node), ev=True, gap=0.001)
        w.add(EV, ev("Pod", jm, "BackOff", "Normal", "kubelet", 'Back-off pulling image "%s"' % img, host=node), ev=True, gap=(0.5, 2))
        w.add(EV, ev("Pod", jm, "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", host=node), ev=True, gap=0.001)
        if k == 0:
            w.add(OP, op("o.a.f.k.o.o.d.ApplicationObserver", "INFO", "Observing JobManager deployment. Previous status: DEPLOYING"), gap=(2, 8))
            w.add(OP, op("o.a.f.k.o.o.d.ApplicationObserver", "INFO", "JobManager deployment %s in namespace %s is not ready yet" % (name, ns)), gap=(0.05, 0.2))
        if k == 1:
            w.add(OP, audit("Warning", "IMAGEPULLBACKOFF", 'Back-off pulling image "%s"' % img), ev=True, gap=(2, 8))
            w.add(OP, op("o.a.f.k.o.r.ReconciliationUtils", "WARN", "Attempt count: 2, last attempt: false"), gap=(0.05, 0.2))
            w.add(LW, lambda t: "%s WARN  [kafka-consumer] c.a.l.IngestLoop - no records received from payments.enriched for 300s (lag on partitions 0-11 growing)" % log4j(t))
    w.add(OP, audit("Warning", "DEPLOYMENTFAILED", 'ErrImagePull: Failed to pull image "%s"' % img), ev=True, gap=(5, 15))
    w.add(OP, op("o.a.f.k.o.c.FlinkDeploymentController", "ERROR", "Flink Deployment failed"), gap=(0.05, 0.2))
    w.add(OP, "org.apache.flink.kubernetes.operator.exception.DeploymentFailedException: Back-off pulling image \"%s\"" % img, ev=True, gap=0.001)
    w.add(LW, lambda t: "%s ERROR [watchdog] c.a.l.Watchdog - payments.enriched stalled for 600s; ledger postings delayed" % log4j(t), gap=(10, 40))
    return record(
        "imgpull-flink-upgrade-tag", w,
        "After bumping payments-enricher to 1.9.0-rc3 nothing is written to payments.enriched any more. Did the savepoint fail?",
        {}, "CRITICAL", "image_pull", name,
        "The upgrade suspended the running job with a savepoint (which succeeded) and redeployed the cluster with image "
        "tag 1.9.0-rc3, which does not exist in the ECR repository: the JobManager pod gets NotFound / ErrImagePull / "
        "ImagePullBackOff, so the payments-enricher job is not running at all.",
        "payments-enricher is down because its new JobManager image tag cannot be pulled (manifest not found); the "
        "savepoint completed and the downstream stall is a consequence.",
        "Point the FlinkDeployment image back to 1.8.2 (or to the tag CI actually pushed) so the job restores from the "
        "savepoint; verify the tag exists in ECR before re-attempting the upgrade.")


# =========================================================================== probe_failure
@scenario("probe-tomcat-readiness-gc")
def s_probe_tomcat(r):
    w = Win(r, "2026-05-05T09:40:00")
    ns, app = "intranet", "hr-selfservice"
    rsh = rs_hash(r)
    pods = ["%s-%s-%s" % (app, rsh, sfx(r)) for _ in range(3)]
    nodes = ["aks-userpool-31415926-vmss00000%d" % i for i in (2, 4, 5)]
    ips = ["10.244.%d.%d" % (r.randint(0, 9), r.randint(2, 250)) for _ in range(3)]
    T = [{"namespace": ns, "pod": p, "container": "tomcat", "app": app, "node": n} for p, n in zip(pods, nodes)]
    GC0 = dict(T[0], stream="gc")
    FE = {"namespace": ns, "pod": "hr-frontend-%s-%s" % (rs_hash(r), sfx(r)), "container": "nginx", "app": "hr-frontend"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "aks-intranet-weu"}

    def acc(i, status, path, ms, method="GET"):
        return lambda t: '%s - - [%s] "%s %s HTTP/1.1" %d %d %d' % (
            "10.244.%d.%d" % (r.randint(0, 9), r.randint(2, 250)), clf(t), method, path, status, 15 if "health" in path else r.randint(200, 30000), ms)

    def fe(status, path, rt):
        return lambda t: '%s - - [%s] "GET %s HTTP/1.1" %d %d "https://hr.intranet.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=%.3f uct=0.001 urt=%.3f' % (
            "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)), clf(t), path, status, 559 if status == 502 else r.randint(300, 20000), rt, rt)

    probe = 'Readiness probe failed: Get "http://%s:8080/hr/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ips[0]
    w.add(T[1], acc(1, 200, "/hr/api/leave/balance", 41))
    w.add(T[2], acc(2, 200, "/hr/api/payslips?year=2026", 88))
    w.add(FE, fe(200, "/hr/api/leave/balance", 0.043))
    w.add(T[0], lambda t: "%s WARNING [http-nio-8080-exec-14] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [412] milliseconds." % tomcat(t))
    gc = r.randint(600, 700)
    for k in range(3):
        gc += r.randint(1, 3)
        w.add(GC0, lambda t, g=gc: "[%s][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(2048M) %.3fms" % (
            iso_ms(t).replace("Z", "+0000"), g, r.randint(1700, 1900), r.randint(600, 800), r.uniform(1150, 1900)), ev=True, gap=(3, 10))
        w.add(EV, lambda t: ev_agent(pods[0], "Pod", "Unhealthy", "Warning", "kubelet", probe, w.nrv(), host=nodes[0]), ev=True, gap=(0.2, 1.5))
        w.add(T[1], acc(1, 200, "/hr/api/leave/requests", r.randint(30, 90), "POST"))
        if k == 1:
            w.add(FE, lambda t: "%s [error] 31#31: *%d upstream prematurely closed connection while reading response header from upstream, client: 10.0.3.17, server: hr.intranet.example.com, request: \"GET /hr/api/payslips?year=2026 HTTP/1.1\", upstream: \"http://%s:8080/hr/api/payslips?year=2026\", host: \"hr.intranet.example.com\"" % (
                slash(t), r.randint(10000, 99999), ips[0]))
            w.add(FE, lambda t: "%s [warn] 31#31: *%d upstream server temporarily disabled while reading response header from upstream, client: 10.0.3.17, server: hr.intranet.example.com, request: \"GET /hr/api/payslips?year=2026 HTTP/1.1\", upstream: \"http://%s:8080/hr/api/payslips?year=2026\", host: \"hr.intranet.example.com\"" % (
                slash(t), r.randint(10000, 99999), ips[0]), gap=0.001)
            w.add(FE, fe(502, "/hr/api/payslips?year=2026", 1.204), gap=0.001)
            w.add(FE, fe(200, "/hr/api/payslips?year=2026", 0.091))
        w.add(T[0], acc(0, 200, "/hr/health", r.randint(1, 4)), gap=(2, 5))
        w.add(FE, fe(200, "/hr/api/leave/balance", r.uniform(0.02, 0.09)))
    w.add(T[2], acc(2, 304, "/hr/static/app.3f9a1c.js", 1))
    w.add(T[0], lambda t: "%s INFO [Catalina-utility-2] org.apache.catalina.session.ManagerBase.processExpires Expired sessions: %d, active sessions: %d" % (tomcat(t), r.randint(3, 30), r.randint(120, 300)))
    for k in range(3):
        w.add(T[k % 3], acc(k % 3, 200, "/hr/health", r.randint(1, 4)), gap=(5, 10))
        w.add(FE, fe(200, "/hr/api/leave/balance", r.uniform(0.02, 0.09)))
    w.add(GC0, lambda t: "[%s][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) 1310M->602M(2048M) %.3fms" % (iso_ms(t).replace("Z", "+0000"), gc + 1, r.uniform(70, 180)))
    w.add(FE, fe(404, "/hr/api/v0/profile", 0.004))
    return record(
        "probe-tomcat-readiness-gc", w,
        "I see readiness probe warnings for hr-selfservice in the events. Is anything actually wrong with it?",
        {"namespace": ns}, "WARN", "probe_failure", app,
        "On one hr-selfservice pod, G1 young-collection pauses of 1.1-1.9 s exceed the readiness probe's 1 s timeout, so "
        "the kubelet marks the pod unready for a few seconds at a time; the Tomcat process itself keeps running and the "
        "probe passes again after each pause.",
        "Readiness on one hr-selfservice pod flaps during long GC pauses; traffic shifts to the other two pods, with one "
        "retried 502 at hr-frontend. The service stays available and recovers on its own.",
        "Optional: raise the readiness probe timeoutSeconds (e.g. 3 s) and/or tune the heap/GC (larger young gen, "
        "MaxGCPauseMillis) on hr-selfservice; no immediate action needed.")


@scenario("probe-liberty-liveness-startup")
def s_probe_liberty(r):
    w = Win(r, "2026-08-11T06:02:00")
    ns, app = "policy", "policy-admin"
    pod = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    node = "kube-node-%02d" % r.randint(1, 12)
    pip = "10.32.%d.%d" % (r.randint(0, 15), r.randint(2, 250))
    L = {"namespace": ns, "pod": pod, "container": app, "app": app, "node": node}
    UI = {"namespace": ns, "pod": "underwriting-ui-%s-%s" % (rs_hash(r), sfx(r)), "container": "underwriting-ui", "app": "underwriting-ui"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
    svc_ip = "10.96.%d.%d" % (r.randint(0, 255), r.randint(2, 250))

    def lb(thread, cls, lvl, msg):
        return lambda t: "%s %s %-60s %s %s" % (liberty(t), thread, cls, lvl, msg)

    def e(reason, typ, msg):
        return lambda t: ev_agent(pod, "Pod", reason, typ, "kubelet", msg, w.nrv(), host=node)

    probe = 'Liveness probe failed: Get "http://%s:9080/health/live": dial tcp %s:9080: connect: connection refused' % (pip, pip)
    ui_err = lambda t: '{"level":50,"time":%d,"pid":1,"hostname":"%s","msg":"policy lookup failed","err":{"type":"Error","message":"connect ECONNREFUSED %s:9080","code":"ECONNREFUSED"}}' % (epoch_ms(t), UI["pod"], svc_ip)
    for cycle in range(2):
        w.add(EV, e("Started", "Normal", "Started container %s" % app), gap=(5, 15) if cycle else (1, 2))
        t_launch = w.add(L, lb("00000001", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A", "CWWKE0001I: The server defaultServer has been launched."), gap=(1, 3))
        w.add(L, lb("00000001", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "I", "CWWKE0002I: The kernel started after %.3f seconds" % r.uniform(2.5, 4.0)), gap=(2, 4))
        w.add(L, lb("0000001c", "com.ibm.ws.kernel.feature.internal.FeatureManager", "I", "CWWKF0007I: Feature update started."), gap=(0.5, 1))
        w.add(UI, ui_err, gap=(1, 4))
        w.add(L, lb("0000001c", "com.ibm.ws.config.xml.internal.ConfigValidator", "W", "CWWKG0011W: The configuration validation did not succeed. Value \"true\" is not valid for attribute \"allowConnectToConfigFile\"... the default value will be used."), gap=(3, 8))
        w.add(EV, e("Unhealthy", "Warning", probe), ev=True, gap=(15, 25))
        w.add(L, lb("00000031", "com.ibm.ws.jpa.management.JPAPUnitInfo", "I", "CWWJP0017I: Loading persistence unit policyPU; validating schema against 412 entities."), gap=(2, 6))
        w.add(EV, e("Unhealthy", "Warning", probe), ev=True, gap=(8, 11))
        w.add(UI, ui_err, gap=(0.5, 3))
        w.add(EV, e("Unhealthy", "Warning", probe), ev=True, gap=(8, 11))
        w.add(EV, e("Killing", "Normal", "Container %s failed liveness probe, will be restarted" % app), ev=True, gap=0.01)
        w.add(L, lambda t: lb("00000027", "com.ibm.ws.kernel.launch.internal.ServerCommandListener", "A", "CWWKE0055I: Server shutdown requested on %s. The server defaultServer is shutting down." % shutdown_date(t))(t), gap=(0.1, 0.5))
        w.add(L, lambda t, tl=t_launch: lb("00000027", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A", "CWWKE0036I: The server defaultServer stopped after %.3f seconds." % ((t - tl) / 1e9))(t), gap=(1, 3))
        if cycle == 0:
            w.add(EV, e("BackOff", "Warning", "Back-off restarting failed container %s in pod %s_%s(%s)" % (app, pod, ns, uid(r))), gap=(1, 3))
            w.add(UI, lambda t: '{"level":30,"time":%d,"pid":1,"hostname":"%s","msg":"GET /ui/quotes 200","responseTime":41}' % (epoch_ms(t), UI["pod"]))
    w.add(EV, e("BackOff", "Warning", "Back-off restarting failed container %s in pod %s_%s(%s)" % (app, pod, ns, uid(r))), gap=(1, 3))
    w.add(UI, ui_err, gap=(2, 6))
    w.add(UI, lambda t: '{"level":40,"time":%d,"pid":1,"hostname":"%s","msg":"circuit open for policy-admin, serving cached quotes","failures":12}' % (epoch_ms(t), UI["pod"]))
    return record(
        "probe-liberty-liveness-startup", w,
        "policy-admin is in CrashLoopBackOff after the Liberty 24.0.0.3 upgrade. Is Liberty crashing on start?",
        {"namespace": ns}, "CRITICAL", "probe_failure", app,
        "Open Liberty now needs more than a minute to start policy-admin (feature install plus JPA schema validation of "
        "412 entities), but the liveness probe on /health/live starts failing with connection refused before the HTTP "
        "endpoint is up and the kubelet kills the container after three failures; the server is stopped by the kubelet, "
        "never crashes, and never reaches CWWKF0011I, so the pod restart-loops.",
        "policy-admin is killed by its own liveness probe during a slow but healthy startup, which produces the "
        "CrashLoopBackOff; the connection-refused errors in underwriting-ui are a consequence.",
        "Add a startupProbe (e.g. failureThreshold 30, periodSeconds 10) or raise initialDelaySeconds on the liveness "
        "probe of policy-admin; optionally trim Liberty features / defer schema validation to shorten startup.")


# =========================================================================== scheduling
@scenario("sched-spark-quota")
def s_sched_spark(r):
    w = Win(r, "2026-03-03T02:00:00")
    ns, app = "spark-jobs", "sessionize-daily"
    sid = hexs(r, 16)
    DR = {"namespace": ns, "pod": "%s-driver" % app, "container": "spark-kubernetes-driver", "spark_role": "driver", "service_name": app}

    def sp(lvl, cls, msg):
        return lambda t: "%s %s %s: %s" % (spark(t), lvl, cls, msg)

    w.add(DR, sp("WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"))
    w.add(DR, sp("INFO", "SparkContext", "Running Spark version 3.5.1"), gap=(0.2, 1))
    w.add(DR, sp("WARN", "Utils", "Service 'SparkUI' could not bind on port 4040. Attempting port 4041."), gap=(1, 2))
    w.add(DR, sp("INFO", "ExecutorPodsAllocator", "Going to request 20 executors from Kubernetes for ResourceProfile Id: 0, target: 20, known: 0, sharedSlotFromPendingPods: 2147483647."), gap=(1, 3))
    w.add(DR, sp("INFO", "BasicExecutorFeatureStep", "Decommissioning not enabled, skipping shutdown script"), gap=(0.1, 0.5))
    quota = lambda n: ('io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://kubernetes.default.svc/api/v1/namespaces/%s/pods. '
                       'Message: pods "%s-%s-exec-%d" is forbidden: exceeded quota: spark-jobs-quota, requested: requests.cpu=4, used: requests.cpu=60, limited: requests.cpu=64. '
                       'Received status: Status(apiVersion=v1, code=403, details=StatusDetails(causes=[], group=null, kind=pods, name=%s-%s-exec-%d, retryAfterSeconds=null, uid=null, additionalProperties={}), '
                       'kind=Status, message=pods "%s-%s-exec-%d" is forbidden: exceeded quota: spark-jobs-quota, requested: requests.cpu=4, used: requests.cpu=60, limited: requests.cpu=64, '
                       'metadata=ListMeta(_continue=null, remainingItemCount=null, resourceVersion=null, selfLink=null, additionalProperties={}), reason=Forbidden, status=Failure, additionalProperties={}).') % (
        ns, app, sid, n, app, sid, n, app, sid, n)
    for n in range(1, 16):
        if n in (4, 9, 13):
            w.add(DR, sp("INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint",
                         "Registered executor NettyRpcEndpointRef(spark-client://Executor) (10.52.%d.%d:%d) with ID %d,  ResourceProfileId 0" % (
                             r.randint(0, 30), r.randint(2, 250), r.randint(40000, 60000), n)), gap=(0.5, 2))
    w.add(DR, sp("WARN", "ExecutorPodsSnapshotsStoreImpl", "Exception when notifying snapshot subscriber."), ev=False, gap=(0.5, 2))
    w.add(DR, quota(16), ev=True, gap=0.001)
    w.add(DR, "\tat io.fabric8.kubernetes.client.dsl.internal.OperationSupport.requestFailure(OperationSupport.java:709)", gap=0.001)
    w.add(DR, sp("INFO", "ExecutorPodsAllocator", "Going to request 5 executors from Kubernetes for ResourceProfile Id: 0, target: 20, known: 15, sharedSlotFromPendingPods: 2147483647."), gap=(1, 2))
    w.add(DR, sp("WARN", "ExecutorPodsSnapshotsStoreImpl", "Exception when notifying snapshot subscriber."), gap=(0.5, 2))
    w.add(DR, quota(17), ev=True, gap=0.001)
    t_job = w.add(DR, sp("INFO", "SparkContext", "Starting job: save at SessionizeJob.scala:142"), gap=(2, 5))
    w.add(DR, sp("INFO", "DAGScheduler", "Got job 0 (save at SessionizeJob.scala:142) with 400 output partitions"), gap=(0.1, 0.4))
    w.add(DR, sp("INFO", "DAGScheduler", "Submitting 400 missing tasks from ShuffleMapStage 0 (MapPartitionsRDD[7] at save at SessionizeJob.scala:142) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))"), gap=(0.3, 1))
    t_stage = w.add(DR, sp("INFO", "TaskSchedulerImpl", "Adding task set 0.0 with 400 tasks resource profile 0"), gap=0.01)
    for k in range(3):
        e_ = r.randint(1, 15)
        w.add(DR, sp("INFO", "TaskSetManager", "Starting task %d.0 in stage 0.0 (TID %d) (10.52.%d.%d, executor %d, partition %d, PROCESS_LOCAL, 9876 bytes)" % (
            k, k, r.randint(0, 30), r.randint(2, 250), e_, k)), gap=(0.05, 0.3))
    w.add(DR, sp("INFO", "ExecutorPodsAllocator", "Going to request 5 executors from Kubernetes for ResourceProfile Id: 0, target: 20, known: 15, sharedSlotFromPendingPods: 2147483647."), gap=(10, 20))
    w.add(DR, sp("WARN", "ExecutorPodsSnapshotsStoreImpl", "Exception when notifying snapshot subscriber."), gap=(0.5, 2))
    w.add(DR, quota(18), ev=True, gap=0.001)
    for k in range(3):
        w.add(DR, sp("INFO", "TaskSetManager", "Finished task %d.0 in stage 0.0 (TID %d) in %d ms on 10.52.%d.%d (executor %d) (%d/400)" % (
            k, k, r.randint(40000, 90000), r.randint(0, 30), r.randint(2, 250), r.randint(1, 15), k + 1)), gap=(5, 30))
    w.add(DR, lambda t: sp("INFO", "DAGScheduler", "ShuffleMapStage 0 (save at SessionizeJob.scala:142) finished in %.3f s" % ((t - t_stage) / 1e9))(t), gap=(1900, 2400))
    w.add(DR, lambda t: sp("INFO", "DAGScheduler", "Job 0 finished: save at SessionizeJob.scala:142, took %.6f s" % ((t - t_job) / 1e9))(t), gap=(700, 1200))
    w.add(DR, sp("INFO", "SessionizeJob", "wrote 412 partitions to gs://acme-lake/sessions/dt=2026-03-02 (rows=1843221934, errors=0)"), gap=(0.5, 2))
    return record(
        "sched-spark-quota", w,
        "Why is sessionize-daily running with only 15 executors? The driver shows 403 Forbidden - did someone break its service account RBAC?",
        {"namespace": ns}, "WARN", "scheduling", app,
        "The spark-jobs ResourceQuota caps requests.cpu at 64; with 15 executors (60 CPU) running, every further executor "
        "pod request is rejected by quota admission (403 Forbidden: exceeded quota), so the job runs on 15 of its 20 "
        "executors. RBAC is fine: the pods are forbidden by the quota, not by authorization.",
        "sessionize-daily cannot create executors 16-20 because the namespace CPU quota is exhausted; the job still "
        "finishes, just slower.",
        "Either raise spark-jobs-quota requests.cpu (e.g. to 84) or lower spark.executor.instances / executor cores so "
        "the job fits the quota; no urgent action, the run completed.")


@scenario("sched-redpanda-antiaffinity")
def s_sched_redpanda(r):
    w = Win(r, "2026-09-14T13:30:00")
    ns = "redpanda"
    nodes_old = ["aks-rpnodes-41234567-vmss00000%d" % i for i in range(3)]
    nodes_new = ["aks-rpnodesv2-52345678-vmss00000%d" % i for i in range(3)]
    RP = [{"namespace": ns, "pod": "redpanda-%d" % i, "container": "redpanda", "app": "redpanda", "node": n} for i, n in enumerate(nodes_old[:2])]
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "aks-stream-neu"}
    EVN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler", "cluster": "aks-stream-neu"}
    SH = {"namespace": "audit", "pod": "audit-shipper-%s-%s" % (rs_hash(r), sfx(r)), "container": "audit-shipper", "app": "audit-shipper"}

    def rp(i, lvl, shard, logger, msg):
        return lambda t: "%-5s %s [shard %d:main] %s - %s" % (lvl, log4j(t), shard, logger, msg)

    def e(EVL, kind, name, reason, typ, comp, msg, host=None):
        return lambda t: ev_agent(name, kind, reason, typ, comp, msg, w.nrv(), host=host)

    sched = ("0/6 nodes are available: 2 node(s) didn't match pod anti-affinity rules, 4 node(s) didn't match Pod's node affinity/selector. "
             "preemption: 0/6 nodes are available: 2 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling.")
    w.add(EVN, e(EVN, "Node", nodes_old[2], "NodeNotSchedulable", "Normal", "kubelet", "Node %s status is now: NodeNotSchedulable" % nodes_old[2], host=nodes_old[2]))
    w.add(EV, e(EV, "Pod", "redpanda-2", "Killing", "Normal", "kubelet", "Stopping container redpanda", host=nodes_old[2]), gap=(2, 6))
    w.add(RP[0], rp(0, "INFO", 0, "raft", "[group_id:0, {redpanda/controller/0}] vote_stm.cc:264 - becoming the leader term:%d" % r.randint(40, 60)), gap=(3, 8))
    w.add(RP[1], rp(1, "WARN", 1, "rpc", "transport.cc:%d - RPC timeout (%d ms) to {host: redpanda-2.redpanda.redpanda.svc.cluster.local., port: 33145}, method: node_status_rpc::node_status, correlation id: %d, 1 in flight" % (r.randint(200, 400), 100, r.randint(10000, 99999))))
    w.add(EVN, e(EVN, "Node", nodes_old[2], "NodeNotReady", "Normal", "node-controller", "Node %s status is now: NodeNotReady" % nodes_old[2]), gap=(5, 15))
    w.add(RP[0], rp(0, "INFO", 0, "cluster", "members_table.cc:%d - node 2 marked as unavailable (last heartbeat %d ms ago)" % (r.randint(100, 300), r.randint(4000, 9000))), gap=(1, 4))
    w.add(SH, lambda t: '{"level":"info","ts":"%s","msg":"produced batch","topic":"audit-log","partition":3,"records":500}' % iso_ms(t))
    w.add(RP[1], rp(1, "INFO", 2, "raft", "[group_id:%d, {kafka/orders/2}] vote_stm.cc:264 - becoming the leader term:%d" % (r.randint(100, 300), r.randint(20, 40))), gap=(0.5, 3))
    w.add(EV, e(EV, "StatefulSet", "redpanda", "SuccessfulCreate", "Normal", "statefulset-controller", "create Pod redpanda-2 in StatefulSet redpanda successful"), gap=(20, 40))
    for k in range(3):
        w.add(EV, e(EV, "Pod", "redpanda-2", "FailedScheduling", "Warning", "default-scheduler", sched), ev=True, gap=(0.1, 1) if k == 0 else (30, 90))
        w.add(EV, e(EV, "Pod", "redpanda-2", "NotTriggerScaleUp", "Normal", "cluster-autoscaler",
                    "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector"), ev=True, gap=(5, 15))
        w.add(SH, lambda t: '{"level":"error","ts":"%s","msg":"produce failed","topic":"audit-log","partition":%d,"err":"LEADER_NOT_AVAILABLE: There is no leader for this topic-partition as we are in the middle of a leadership election."}' % (iso_ms(t), r.choice([1, 4])), gap=(1, 8))
        if k == 0:
            w.add(RP[0], rp(0, "INFO", 0, "cluster", "members_backend.cc:%d - node 2 is not alive, %d partitions with replicas on it" % (r.randint(300, 500), r.randint(180, 260))), gap=(1, 5))
            w.add(EVN, e(EVN, "Node", nodes_new[0], "Ready", "Normal", "kubelet", "Node %s status is now: NodeReady" % nodes_new[0], host=nodes_new[0]))
        if k == 1:
            w.add(RP[1], rp(1, "WARN", 2, "kafka", "[group_id:%d, {kafka/audit-log/1}] partition has no leader: replication factor 1 and only replica on node 2" % r.randint(100, 300)))
            w.add(SH, lambda t: '{"level":"info","ts":"%s","msg":"produced batch","topic":"audit-log","partition":0,"records":500}' % iso_ms(t))
        if k == 2:
            w.add(RP[0], rp(0, "INFO", 3, "kafka", "[group_id:%d, {kafka/orders/5}] raft - replicate: under-replicated (2/3 in sync), acks=all writes still committed by majority" % r.randint(100, 300)))
    w.add(RP[0], rp(0, "INFO", 0, "cluster", "health_monitor_backend.cc:%d - cluster health: is_healthy=false, nodes_down=[2], leaderless_partitions=8, under_replicated_partitions=%d" % (r.randint(200, 400), r.randint(150, 260))), ev=False, gap=(3, 10))
    w.add(SH, lambda t: '{"level":"warn","ts":"%s","msg":"buffer high watermark","buffered_records":%d,"limit":100000}' % (iso_ms(t), r.randint(60000, 90000)))
    w.add(EVN, e(EVN, "Node", nodes_old[2], "RemovingNode", "Normal", "node-controller", "Node %s event: Removing Node %s from Controller" % (nodes_old[2], nodes_old[2])), gap=(10, 30))
    w.add(EV, e(EV, "Pod", "redpanda-2", "FailedScheduling", "Warning", "default-scheduler", sched), ev=True, gap=(30, 90))
    w.add(SH, lambda t: '{"level":"error","ts":"%s","msg":"produce failed","topic":"audit-log","partition":%d,"err":"LEADER_NOT_AVAILABLE: There is no leader for this topic-partition as we are in the middle of a leadership election."}' % (iso_ms(t), r.choice([1, 4])), gap=(1, 8))
    w.add(RP[1], rp(1, "INFO", 0, "admin_api_server", "[_anonymous] GET /v1/cluster/health_overview 200 (3 ms)"))
    w.add(SH, lambda t: '{"level":"info","ts":"%s","msg":"produced batch","topic":"audit-log","partition":0,"records":500}' % iso_ms(t))
    return record(
        "sched-redpanda-antiaffinity", w,
        "audit-shipper can't produce to audit-log: LEADER_NOT_AVAILABLE. Is Redpanda stuck in a leader election?",
        {}, "ERROR", "scheduling", "redpanda",
        "During the node-pool migration redpanda-2 was evicted from the drained old pool and cannot be rescheduled: the "
        "new pool's nodes do not carry the label required by the StatefulSet's node affinity, the two remaining old "
        "nodes are excluded by pod anti-affinity, and the autoscaler cannot add nodes (max group size reached). With "
        "broker 2 absent, the replication-factor-1 audit-log partitions that lived on it have no leader.",
        "redpanda-2 is Pending (FailedScheduling: anti-affinity + node affinity); the cluster runs on two brokers and "
        "partitions hosted only on broker 2 are leaderless, which is what audit-shipper sees.",
        "Label the new pool's nodes for Redpanda (or update the StatefulSet's nodeAffinity) so redpanda-2 can schedule, "
        "or raise the old pool's max size; afterwards raise audit-log's replication factor to 3.")


# =========================================================================== dns_resolution
@scenario("dns-kubedns-dnsmasq")
def s_dns_kubedns(r):
    w = Win(r, "2026-10-06T07:15:00")
    kd = ["kube-dns-%s-%s" % ("6d8f9c7b5d", sfx(r)) for _ in range(2)]
    dns_ip = "10.52.0.10"
    KD = [{"namespace": "kube-system", "pod": p, "container": "dnsmasq", "k8s_app": "kube-dns"} for p in kd]
    KDS = [{"namespace": "kube-system", "pod": p, "container": "kubedns", "k8s_app": "kube-dns"} for p in kd]
    AS = {"namespace": "kube-system", "pod": "kube-dns-autoscaler-%s-%s" % (rs_hash(r), sfx(r)), "container": "autoscaler", "k8s_app": "kube-dns-autoscaler"}
    TM = {"namespace": "streaming", "pod": "orders-join-taskmanager-1-%d" % r.randint(1, 6), "container": "flink-main-container", "app": "orders-join"}
    AF = {"namespace": "airflow", "pod": "export-daily-upload-%s" % hexs(r, 32)[:28], "container": "base", "dag_id": "export_daily"}
    GO = {"namespace": "analytics", "pod": "metrics-api-%s-%s" % (rs_hash(r), sfx(r)), "container": "metrics-api", "app": "metrics-api"}

    def fl(lvl, cls, msg):
        return lambda t: "%s %-5s %-60s [] - %s" % (log4j(t), lvl, cls, msg)

    maxq = lambda t: "dnsmasq[%d]: Maximum number of concurrent DNS queries reached (max: 1500)" % 12
    w.add(AS, lambda t: "%s %d autoscaler_server.go:149] ConfigMap version change (old: %d new: %d) - rebuilding params" % (klog(t), 1, r.randint(1000, 2000), r.randint(2001, 3000)))
    w.add(AS, lambda t: "%s %d linear_controller.go:59] Params from apiserver: {\"coresPerReplica\":256,\"nodesPerReplica\":16,\"preventSinglePointFailure\":true}" % (klog(t), 1), gap=0.01)
    w.add(KDS[0], lambda t: "%s       1 dns.go:300] Ignoring SRV query for headless service kafka-headless/kafka" % klog(t))
    w.add(GO, lambda t: '{"level":"info","ts":"%s","msg":"query ok","endpoint":"/v1/metrics/daily","rows":1831,"duration_ms":142}' % iso_ms(t))
    for k in range(5):
        w.add(KD[k % 2], maxq, ev=True, gap=(0.5, 4))
        if k == 0:
            w.add(TM, fl("WARN", "org.apache.kafka.clients.ClientUtils",
                         "Couldn't resolve server kafka-bootstrap.kafka.svc.cluster.local:9092 from bootstrap.servers as DNS resolution failed for kafka-bootstrap.kafka.svc.cluster.local"), ev=True, gap=(0.2, 1))
            w.add(TM, fl("INFO", "org.apache.kafka.clients.NetworkClient",
                         "[Consumer clientId=orders-join-3, groupId=orders-join] Node -1 disconnected."), gap=(0.1, 0.5))
        if k == 1:
            w.add(GO, lambda t: '{"level":"error","ts":"%s","msg":"clickhouse query failed","error":"dial tcp: lookup clickhouse.analytics.svc.cluster.local on %s:53: read udp 10.48.%d.%d:%d->%s:53: i/o timeout"}' % (
                iso_ms(t), dns_ip, r.randint(0, 31), r.randint(2, 250), r.randint(30000, 60000), dns_ip), ev=True, gap=(0.2, 2))
            w.add(AF, lambda t: "%s {taskinstance.py:2699} ERROR - Task failed with exception" % airflow_ts(t), gap=(0.5, 2))
            w.add(AF, "socket.gaierror: [Errno -3] Temporary failure in name resolution", ev=True, gap=0.001)
            w.add(AF, "urllib3.exceptions.NameResolutionError: <botocore.awsrequest.AWSHTTPSConnection object at 0x7f3a1c2e5d90>: Failed to resolve 'storage.googleapis.com' ([Errno -3] Temporary failure in name resolution)", ev=True, gap=0.001)
            w.add(AF, lambda t: "%s {taskinstance.py:1138} INFO - Marking task as UP_FOR_RETRY. dag_id=export_daily, task_id=upload, execution_date=20261005T000000, start_date=20261006T071503, end_date=%s" % (airflow_ts(t), dotms(t)[:19].replace("-", "").replace(" ", "T").replace(":", "")), gap=0.01)
        if k == 2:
            w.add(GO, lambda t: '{"level":"info","ts":"%s","msg":"query ok","endpoint":"/v1/metrics/daily","rows":1831,"duration_ms":156}' % iso_ms(t))
            w.add(KDS[1], lambda t: "%s       1 dns.go:300] Ignoring SRV query for headless service kafka-headless/kafka" % klog(t))
        if k == 3:
            w.add(TM, fl("WARN", "org.apache.kafka.clients.ClientUtils",
                         "Couldn't resolve server kafka-bootstrap.kafka.svc.cluster.local:9092 from bootstrap.servers as DNS resolution failed for kafka-bootstrap.kafka.svc.cluster.local"), ev=True, gap=(0.2, 1))
            w.add(TM, fl("ERROR", "org.apache.flink.runtime.taskmanager.Task",
                         "Source: orders (2/6)#3 switched from RUNNING to FAILED with failure cause: org.apache.kafka.common.KafkaException: Failed to construct kafka consumer"), gap=(0.1, 0.5))
            w.add(TM, "Caused by: org.apache.kafka.common.config.ConfigException: No resolvable bootstrap urls given in bootstrap.servers", ev=True, gap=0.001)
    w.add(GO, lambda t: '{"level":"error","ts":"%s","msg":"clickhouse query failed","error":"dial tcp: lookup clickhouse.analytics.svc.cluster.local on %s:53: read udp 10.48.%d.%d:%d->%s:53: i/o timeout"}' % (
        iso_ms(t), dns_ip, r.randint(0, 31), r.randint(2, 250), r.randint(30000, 60000), dns_ip), ev=True, gap=(0.5, 3))
    w.add(GO, lambda t: '{"level":"warn","ts":"%s","msg":"request failed","method":"GET","path":"/v1/metrics/daily","status":502,"duration_ms":5004}' % iso_ms(t), gap=0.01)
    w.add(KD[0], maxq, ev=True, gap=(0.5, 3))
    w.add(AS, lambda t: "%s %d k8sclient.go:272] Cluster status: SchedulableNodes[%d], SchedulableCores[%d]" % (klog(t), 1, r.randint(60, 80), r.randint(900, 1200)), gap=(2, 6))
    w.add(AS, lambda t: "%s %d k8sclient.go:273] Replicas are not as expected : updating replicas from 2 to 2" % (klog(t), 1), gap=0.01)
    w.add(KD[1], maxq, ev=True, gap=(0.5, 3))
    w.add(TM, fl("INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutor", "Un-registering task and sending final execution state FAILED to JobManager for task Source: orders (2/6)#3."), gap=(0.5, 2))
    return record(
        "dns-kubedns-dnsmasq", w,
        "Several pipelines on the GKE data cluster fail intermittently with name-resolution errors. Is Kafka down?",
        {}, "ERROR", "dns_resolution", "kube-dns",
        "The two kube-dns replicas are saturated: dnsmasq repeatedly hits its limit of 1500 concurrent queries and drops "
        "lookups, so clients in several namespaces intermittently fail to resolve cluster and external names (Kafka "
        "bootstrap, ClickHouse, storage.googleapis.com). kube-dns-autoscaler keeps the deployment at 2 replicas because "
        "of its coresPerReplica=256 / nodesPerReplica=16 parameters.",
        "Intermittent DNS failures across the cluster come from an overloaded, under-scaled kube-dns; Kafka itself is "
        "fine, the clients just cannot resolve its address.",
        "Scale kube-dns (lower coresPerReplica/nodesPerReplica in the kube-dns-autoscaler ConfigMap or set a minimum), "
        "consider NodeLocal DNSCache, and reduce lookup fan-out (ndots:5 search expansion) in the noisiest clients.")


@scenario("dns-corp-forwarder")
def s_dns_corp(r):
    w = Win(r, "2026-11-23T05:44:00")
    ns, app = "underwriting", "uw-core"
    pods = ["%s-%s-%s" % (app, "58d7f9c6b4", sfx(r)) for _ in range(2)]
    U = [{"namespace": ns, "pod": p, "container": "jboss-eap", "app": app, "node": "kube-worker-%02d" % r.randint(1, 9)} for p in pods]
    cd = ["coredns-%s-%s" % ("76f75df574", sfx(r)) for _ in range(2)]
    CD = [{"namespace": "kube-system", "pod": p, "container": "coredns", "k8s_app": "kube-dns"} for p in cd]
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
    host = "orcl-scan.corp.example.internal"
    fwd = ["10.20.0.53", "10.20.0.54"]
    cips = ["10.244.%d.%d" % (r.randint(0, 7), r.randint(2, 250)) for _ in range(2)]

    def eap(i, lvl, cat, thread, msg):
        return lambda t: "%s %-5s [%s] (%s) %s" % (hms_comma(t), lvl, cat, thread, msg)

    def cderr(i, qtype):
        return lambda t: "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->%s:53: i/o timeout" % (
            host, qtype, cips[i], r.randint(30000, 60000), r.choice(fwd))

    def cdok(i, name, qtype="A", rcode="NOERROR"):
        return lambda t: '[INFO] 10.244.%d.%d:%d - %d "%s IN %s. udp %d false 512" %s qr,aa,rd %d %.6fs' % (
            r.randint(0, 7), r.randint(2, 250), r.randint(30000, 60000), r.randint(1000, 65000), qtype, name,
            len(name) + 20, rcode, len(name) + 60, r.uniform(0.00005, 0.0004))

    w.add(CD[0], "[WARNING] No files matching import glob pattern: custom/*.override")
    w.add(CD[1], cdok(1, "redis.underwriting.svc.cluster.local"))
    w.add(U[0], eap(0, "INFO", "com.acme.uw.api.QuoteResource", "default task-3", "quote UW-%d priced in 212 ms" % r.randint(100000, 999999)))
    w.add(CD[0], cderr(0, "A"), ev=True, gap=(2, 8))
    w.add(CD[0], cderr(0, "AAAA"), ev=True, gap=(0.01, 0.2))
    for k in range(3):
        i = k % 2
        w.add(U[i], eap(i, "WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "default task-%d" % r.randint(1, 60),
                        "IJ000604: Throwable while attempting to get a new connection: null: javax.resource.ResourceException: IJ031084: Unable to create connection"), gap=(1, 5))
        w.add(U[i], "Caused by: java.sql.SQLRecoverableException: IO Error: Unknown host specified ", ev=True, gap=0.001)
        w.add(U[i], "Caused by: java.net.UnknownHostException: %s: Temporary failure in name resolution" % host, ev=True, gap=0.001)
        w.add(CD[i], cderr(i, "A"), ev=True, gap=(0.5, 3))
        w.add(CD[1 - i], cdok(1 - i, "kafka-bootstrap.kafka.svc.cluster.local"), gap=(0.2, 2))
        if k == 1:
            w.add(U[0], eap(0, "ERROR", "org.jboss.as.ejb3.invocation", "default task-17",
                            "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component PolicyRepository for method public com.acme.uw.Policy com.acme.uw.PolicyRepository.find(long): jakarta.ejb.EJBException: jakarta.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"), gap=(0.5, 2))
            w.add(CD[0], "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(r, 128), gap=(1, 3))
    w.add(EV, lambda t: ev_agent(pods[0], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host=U[0]["node"]), gap=(2, 6))
    w.add(EV, lambda t: ev_agent(pods[1], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host=U[1]["node"]), gap=(1, 4))
    w.add(U[1], eap(1, "WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "default task-%d" % r.randint(1, 60),
                    "IJ000604: Throwable while attempting to get a new connection: null: javax.resource.ResourceException: IJ031084: Unable to create connection"), gap=(1, 5))
    w.add(U[1], "Caused by: java.sql.SQLRecoverableException: IO Error: Unknown host specified ", ev=True, gap=0.001)
    w.add(U[1], "Caused by: java.net.UnknownHostException: %s: Temporary failure in name resolution" % host, ev=True, gap=0.001)
    w.add(CD[1], cderr(1, "AAAA"), ev=True, gap=(0.3, 2))
    w.add(CD[0], cdok(0, "uw-core.underwriting.svc.cluster.local"), gap=(0.2, 2))
    w.add(U[0], eap(0, "ERROR", "io.undertow.request", "default task-22",
                    "UT005023: Exception handling request to /uw/api/quotes: jakarta.servlet.ServletException: jakarta.ejb.EJBException: Unable to acquire JDBC Connection"), gap=(1, 4))
    w.add(U[0], eap(0, "INFO", "org.jboss.as.ejb3", "EJB default - 3", "WFLYEJB0021: Timer service 'policy-renewal-batch' skipped: previous execution still running"), gap=(2, 6))
    w.add(CD[1], cderr(1, "A"), ev=True, gap=(2, 6))
    w.add(EV, lambda t: ev_agent(app, "Endpoints", "FailedToUpdateEndpoint", "Warning", "endpoint-controller", "Failed to update endpoint underwriting/uw-core: Operation cannot be fulfilled on endpoints \"uw-core\": the object has been modified; please apply your changes to the latest version and try again", w.nrv()), gap=(1, 4))
    return record(
        "dns-corp-forwarder", w,
        "uw-core can't get any Oracle connections. Is the Oracle listener down?",
        {}, "CRITICAL", "dns_resolution", "coredns",
        "CoreDNS forwards the corp.example.internal zone to the corporate resolvers 10.20.0.53/10.20.0.54, and those "
        "forwards time out, so orcl-scan.corp.example.internal no longer resolves. The Oracle JDBC driver fails with "
        "'Unknown host specified' (UnknownHostException) before it ever reaches the listener, uw-core cannot open any "
        "connection, and both pods go unready. Cluster-internal names still resolve.",
        "uw-core is down because the Oracle SCAN hostname does not resolve: CoreDNS gets no answer from the corporate "
        "DNS forwarders. The Oracle listener is never contacted.",
        "Restore reachability of the corporate DNS servers from the cluster (firewall/route for UDP/TCP 53 to "
        "10.20.0.53/54) or point the CoreDNS corp.example.internal stanza at working resolvers; as a stop-gap, add "
        "a hosts entry for the SCAN name in CoreDNS.")


# =========================================================================== connection_refused
@scenario("connref-ibmmq")
def s_conn_mq(r):
    w = Win(r, "2026-02-26T11:02:00")
    ns, app = "orders-legacy", "order-intake"
    pods = ["%s-%s-%s" % (app, "6c9d8f7b54", sfx(r)) for _ in range(2)]
    OI = [{"namespace": ns, "pod": p, "container": "tomcat", "app": app, "service_name": app} for p in pods]
    MQ = {"namespace": ns, "pod": "qmord1-ibm-mq-0", "container": "qmgr", "app": "ibm-mq", "service_name": "qmord1-ibm-mq"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
    svc = "10.0.%d.%d" % (r.randint(100, 200), r.randint(2, 250))

    def tc(lvl, thread, cls, msg):
        return lambda t: "%s %s [%s] %s %s" % (tomcat(t), lvl, thread, cls, msg)

    def acc(i, status, path, ms, method="POST"):
        return lambda t: '10.240.%d.%d - - [%s] "%s %s HTTP/1.1" %d %d %d' % (r.randint(0, 9), r.randint(2, 250), clf(t), method, path, status, r.randint(80, 900), ms)

    def mq(code, msg):
        return lambda t: "%s %s: %s" % (iso_ms(t), code, msg)

    w.add(OI[0], acc(0, 201, "/order-intake/api/orders", r.randint(40, 90)))
    w.add(MQ, mq("AMQ5041I", "The queue manager task 'AUTOCONFIG' has ended. [CommentInsert1(QMORD1)]"))
    w.add(OI[1], acc(1, 200, "/order-intake/api/orders/ORD-%d" % r.randint(1000000, 9999999), r.randint(10, 40), "GET"))
    w.add(MQ, mq("AMQ8146I", "IBM MQ queue manager 'QMORD1' ending (immediate) requested by user 'mqm' [endmqm -i QMORD1]."), ev=True, gap=(5, 20))
    w.add(MQ, mq("AMQ9209E", "Connection to host '10.240.%d.%d' for channel 'ORDERS.SVRCONN' closed." % (r.randint(0, 9), r.randint(2, 250))), gap=(0.5, 2))
    w.add(MQ, mq("AMQ8004I", "IBM MQ queue manager 'QMORD1' ended."), ev=True, gap=(1, 4))
    w.add(MQ, lambda t: "%s Queue manager QMORD1 ended; runmqserver remaining in maintenance mode (MQ_MAINTENANCE=true)" % iso_ms(t), ev=True, gap=(0.2, 1))
    link = ("Caused by: com.ibm.mq.jmqi.JmqiException: CC=2;RC=2538;AMQ9213: A communications error for 'TCP' occurred. "
            "[1=java.net.ConnectException[Connection refused (Connection refused)],3=qmord1-ibm-mq/%s:1414 (qmord1-ibm-mq),4=TCP,5=Socket.connect]") % svc
    for k in range(4):
        i = k % 2
        th = "http-nio-8080-exec-%d" % r.randint(1, 200)
        w.add(OI[i], tc("SEVERE", th, "com.acme.orders.intake.OrderPublisher.publish",
                        "Failed to publish order ORD-%d to queue ORDERS.INBOUND" % r.randint(1000000, 9999999)), gap=(2, 9))
        w.add(OI[i], "com.ibm.msg.client.jms.DetailedIllegalStateException: JMSWMQ0018: Failed to connect to queue manager 'QMORD1' with connection mode 'Client' and host name 'qmord1-ibm-mq(1414)'.", ev=True, gap=0.001)
        w.add(OI[i], "Caused by: com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2538' ('MQRC_HOST_NOT_AVAILABLE').", ev=True, gap=0.001)
        w.add(OI[i], link, ev=True, gap=0.001)
        w.add(OI[i], acc(i, 503, "/order-intake/api/orders", r.randint(20, 60)), gap=(0.01, 0.1))
        if k == 1:
            w.add(EV, lambda t: ev_agent("qmord1-ibm-mq-0", "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: ", w.nrv(), host="aks-mqpool-20394857-vmss000001"))
            w.add(OI[1], acc(1, 200, "/order-intake/api/orders/ORD-%d" % r.randint(1000000, 9999999), r.randint(10, 40), "GET"))
        if k == 2:
            w.add(OI[0], tc("INFO", "http-nio-8080-exec-%d" % r.randint(1, 200), "com.acme.orders.intake.Health.check", "health: db=UP mq=DOWN diskSpace=UP"))
            w.add(OI[0], tc("WARNING", "JMSCCThreadPoolWorker-%d" % r.randint(1, 20), "com.ibm.msg.client.wmq.internal.WMQConnection",
                            "JMSWMQ1107: A problem with this connection has occurred. An error has occurred with the IBM MQ JMS connection."))
    w.add(EV, lambda t: ev_agent("qmord1-ibm-mq-0", "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: ", w.nrv(), host="aks-mqpool-20394857-vmss000001"))
    w.add(OI[1], tc("INFO", "http-nio-8080-exec-%d" % r.randint(1, 200), "org.apache.catalina.core.StandardWrapperValve.invoke", "outbox: 37 orders parked for retry (oldest 214 s)"), gap=(2, 6))
    w.add(OI[0], acc(0, 404, "/order-intake/api/orders/ORD-0000000", 4, "GET"))
    w.add(OI[0], tc("INFO", "http-nio-8080-exec-%d" % r.randint(1, 200), "com.acme.orders.intake.Metrics.log", "busyThreads=7 maxThreads=200 queue=0"))
    return record(
        "connref-ibmmq", w,
        "order-intake returns 503 on POST /orders. Is Tomcat running out of threads?",
        {"namespace": ns}, "ERROR", "connection_refused", "qmord1-ibm-mq",
        "Queue manager QMORD1 was ended (endmqm -i) and not restarted; its pod stays in maintenance mode with no listener "
        "on 1414, so order-intake's MQ client connections are refused (MQRC 2538 MQRC_HOST_NOT_AVAILABLE, "
        "java.net.ConnectException: Connection refused) and order submissions fail with 503.",
        "order-intake cannot reach the QMORD1 queue manager (connection refused) because the queue manager is stopped; "
        "Tomcat has plenty of free threads.",
        "Start QMORD1 again (strmqm QMORD1 in the qmord1-ibm-mq-0 pod, or restart the pod with MQ_MAINTENANCE unset), "
        "confirm the listener is up, then replay the orders parked in order-intake's outbox.")


@scenario("connref-clickhouse-rollout")
def s_conn_ch(r):
    w = Win(r, "2026-12-01T00:30:00")
    ns = "analytics"
    jm = "clicks-to-clickhouse-%s-%s" % (rs_hash(r), sfx(r))
    CH = [{"namespace": ns, "pod": "clickhouse-%d" % i, "container": "clickhouse", "app": "clickhouse", "node": "ip-10-30-%d-%d.ec2.internal" % (r.randint(0, 63), r.randint(2, 250))} for i in range(2)]
    TM = {"namespace": ns, "pod": "clicks-to-clickhouse-taskmanager-1-2", "container": "flink-main-container", "app": "clicks-to-clickhouse"}
    JM = {"namespace": ns, "pod": jm, "container": "flink-main-container", "app": "clicks-to-clickhouse"}
    EV = {"namespace": ns, "service_name": "event-exporter", "job": "kube-events"}
    chip = "10.30.%d.%d" % (r.randint(0, 63), r.randint(2, 250))
    host = "clickhouse-0.clickhouse-headless.analytics.svc.cluster.local"
    job = hexs(r, 32)

    def ch(i, lvl, logger, msg, q=""):
        return lambda t: "%s [ %d ] {%s} <%s> %s: %s" % (chts(t), r.randint(1, 400), q, lvl, logger, msg)

    def ev(name, reason, typ, comp, msg):
        return lambda t: ev_json(t, ns, "Pod", name, reason, typ, comp, msg)

    def fl(node, lvl, cls, msg):
        return lambda t: "%s %-5s %-60s [] - %s" % (log4j(t), lvl, cls, msg)

    ck = r.randint(20000, 30000)
    w.add(JM, fl(None, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (ck, job, r.randint(10**6, 5 * 10**6), r.randint(300, 900), r.randint(1, 9))))
    w.add(CH[0], ch(0, "Information", "executeQuery", "Read 1 rows, 1.00 B in 0.000912 sec., 1096 rows/sec., 1.07 KiB/sec.", q=uid(r)))
    w.add(EV, ev("clickhouse-1", "Killing", "Normal", "kubelet", "Stopping container clickhouse"), gap=(3, 10))
    w.add(EV, ev("clickhouse-1", "Started", "Normal", "kubelet", "Started container clickhouse"), gap=(20, 40))
    w.add(CH[1], ch(1, "Information", "Application", "Ready for connections."), gap=(5, 15))
    w.add(EV, ev("clickhouse-0", "Killing", "Normal", "kubelet", "Stopping container clickhouse"), ev=True, gap=(10, 30))
    w.add(CH[0], ch(0, "Information", "Application", "Received termination signal (Terminated)"), ev=True, gap=(0.05, 0.3))
    w.add(CH[0], ch(0, "Information", "Application", "Closed all listening sockets. Waiting for 1 outstanding connections."), ev=True, gap=(0.05, 0.3))
    w.add(CH[0], ch(0, "Information", "Application", "Closed connections."), gap=(0.5, 2))
    refused = ("Caused by: java.sql.SQLException: Connect to %s:8123 [%s/%s] failed: Connection refused") % (host, host, chip)
    for k in range(1, 4):
        w.add(TM, fl(None, "ERROR", "org.apache.flink.connector.jdbc.internal.JdbcOutputFormat", "JDBC executeBatch error, retry times = %d" % k), gap=(1, 4))
        w.add(TM, refused, ev=True, gap=0.001)
        if k == 2:
            w.add(EV, ev("clickhouse-0", "Started", "Normal", "kubelet", "Started container clickhouse"), gap=(1, 3))
            w.add(CH[0], ch(0, "Information", "Application", "Starting ClickHouse 23.8.9.54 (revision: 54477, git hash: %s, build id: %s), PID 1" % (hexs(r, 40), hexs(r, 40).upper())), gap=(0.5, 2))
            w.add(CH[0], ch(0, "Warning", "Application", "Integrity check of the executable skipped because the reference checksum could not be read."), gap=(0.05, 0.2))
            w.add(EV, ev("clickhouse-0", "Unhealthy", "Warning", "kubelet", 'Readiness probe failed: Get "http://%s:8123/ping": dial tcp %s:8123: connect: connection refused' % (chip, chip)), gap=(1, 3))
    w.add(CH[0], ch(0, "Information", "Application", "Listening for http://[::]:8123"), ev=True, gap=(3, 8))
    w.add(CH[0], ch(0, "Information", "Application", "Listening for native protocol (tcp): [::]:9000"), gap=0.01)
    w.add(CH[0], ch(0, "Information", "Application", "Ready for connections."), ev=True, gap=(0.1, 0.5))
    w.add(TM, fl(None, "INFO", "org.apache.flink.connector.jdbc.internal.JdbcOutputFormat", "JDBC executeBatch succeeded after 3 retries (batch size 5000)"), gap=(1, 4))
    w.add(JM, fl(None, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (ck + 1, job, r.randint(10**6, 5 * 10**6), r.randint(4000, 9000), r.randint(1, 9))), gap=(5, 20))
    for k in range(4):
        w.add(CH[k % 2], ch(k % 2, "Information", "executeQuery", "Read %d rows, %.2f KiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (
            r.randint(1000, 90000), r.uniform(10, 900), r.uniform(0.005, 0.4), r.randint(100000, 900000), r.uniform(1, 90)), q=uid(r)), gap=(2, 10))
        if k == 1:
            w.add(JM, fl(None, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (ck + 2, job, r.randint(10**6, 5 * 10**6), r.randint(300, 900), r.randint(1, 9))), gap=(5, 20))
    w.add(CH[1], ch(1, "Information", "events.clicks_local (%s) (MergerMutator)" % uid(r), "Selected 6 parts from 202612_1_%d_5 to 202612_%d_%d_0" % (r.randint(4000, 5000), r.randint(5001, 5100), r.randint(5101, 5200))))
    return record(
        "connref-clickhouse-rollout", w,
        "The clicks-to-clickhouse Flink job logged 'Connection refused' to ClickHouse overnight. Do I need to do anything?",
        {"namespace": ns}, "WARN", "connection_refused", "clickhouse",
        "A rolling restart of the clickhouse StatefulSet took clickhouse-0 down for about a minute; the Flink JDBC sink "
        "writes directly to clickhouse-0 and got 'Connection refused' on port 8123 until the server was listening again. "
        "The sink's retries succeeded and checkpoints continued.",
        "Transient connection refusals from ClickHouse during a planned rolling restart; the sink recovered by itself and "
        "no data was lost.",
        "Nothing urgent. Optionally point the sink at the clickhouse Service (or both replicas) instead of the "
        "clickhouse-0 pod address and keep JDBC retries above the restart time.")


# =========================================================================== timeout
@scenario("timeout-feature-store")
def s_to_fs(r):
    w = Win(r, "2026-04-09T18:20:00")
    ns = "ml-serving"
    RC = {"namespace": ns, "pod": "recommendations-%s-%s" % (rs_hash(r), sfx(r)), "container": "recommendations", "app": "recommendations"}
    RCP = dict(RC, container="linkerd-proxy")
    FS = [{"namespace": ns, "pod": "feature-store-%s-%s" % ("7f9b6c8d5", sfx(r)), "container": "feature-store", "app": "feature-store"} for _ in range(2)]
    SF = {"namespace": ns, "pod": "storefront-bff-%s-%s" % (rs_hash(r), sfx(r)), "container": "bff", "app": "storefront-bff"}
    up0 = r.uniform(40000, 90000)
    t_start = w.t
    fs_svc = "10.100.%d.%d" % (r.randint(0, 255), r.randint(2, 250))
    fs_eps = ["10.60.%d.%d" % (r.randint(0, 31), r.randint(2, 250)) for _ in range(2)]

    def lk(lvl, msg):
        return lambda t: "[%12.6fs] %5s ThreadId(%02d) %s" % (up0 + (t - t_start) / 1e9, lvl, r.randint(1, 2), msg)

    def zap(L, lvl, caller, msg, **kv):
        return lambda t: json.dumps(dict([("level", lvl), ("ts", iso_ms(t)), ("caller", caller), ("msg", msg)] + list(kv.items())), separators=(",", ":"))

    w.add(FS[0], zap(FS[0], "info", "server/server.go:88", "feature-store v2.3.0 serving", grpc_port=6566, online_store="redis-cluster"))
    w.add(RCP, lk("INFO", "outbound:proxy{addr=%s:6566}:service{ns=%s name=feature-store port=6566}: linkerd_pool_p2c: Adding endpoint addr=%s:6566" % (fs_svc, ns, fs_eps[0])))
    w.add(RC, zap(RC, "info", "api/handler.go:52", "recommendations served", user_segment="returning", items=24, latency_ms=r.randint(80, 190)))
    for k in range(6):
        f = FS[k % 2]
        w.add(f, zap(f, "warn", "online/reader.go:131", "slow GetOnlineFeatures", entity_count=r.choice([200, 350, 500]), feature_views=14, lookup_mode="sequential", duration_ms=r.randint(1800, 2600)), ev=True, gap=(1, 5))
        w.add(RC, zap(RC, "error", "features/client.go:88", "GetOnlineFeatures failed", error="rpc error: code = DeadlineExceeded desc = context deadline exceeded", deadline_ms=250), ev=True, gap=(0.05, 0.4))
        w.add(RC, zap(RC, "warn", "api/handler.go:71", "serving fallback recommendations", reason="features unavailable", items=24), gap=(0.001, 0.01))
        if k == 1:
            w.add(SF, lambda t: '%s INFO  [reactor-http-epoll-3] c.a.b.RecoClient : recommendations responded in 262 ms (fallback=true)' % log4j(t))
            w.add(RCP, lk("INFO", "inbound:server{port=8080}: linkerd_app_inbound::policy::http: Request authorized permit=default:all-authenticated server=default:8080 tls=Some(Established { client_id: Some(ClientId(Name(\"storefront-bff.%s.serviceaccount.identity.linkerd.cluster.local\"))), negotiated_protocol: None }) client=10.60.%d.%d:%d" % (ns, r.randint(0, 31), r.randint(2, 250), r.randint(30000, 60000))))
        if k == 3:
            w.add(FS[1], zap(FS[1], "info", "online/reader.go:77", "redis pipeline stats", commands=r.randint(8000, 9000), avg_rtt_us=r.randint(180, 320), errors=0))
            w.add(RCP, lk("WARN", "outbound:proxy{addr=%s:6566}:service{ns=%s name=feature-store port=6566}:endpoint{addr=%s:6566}: linkerd_reconnect: Service failed error=channel closed" % (fs_svc, ns, fs_eps[1])))
            w.add(RCP, lk("INFO", "outbound:proxy{addr=%s:6566}:service{ns=%s name=feature-store port=6566}:endpoint{addr=%s:6566}: linkerd_reconnect: Connected" % (fs_svc, ns, fs_eps[1])), gap=(0.05, 0.3))
        if k == 4:
            w.add(SF, lambda t: '%s WARN  [reactor-http-epoll-1] c.a.b.RecoClient : recommendations fallback ratio 0.93 over last 60s' % log4j(t))
    w.add(FS[0], zap(FS[0], "info", "server/metrics.go:40", "grpc stats", method="/feast.serving.ServingService/GetOnlineFeatures", p50_ms=1740, p99_ms=2710, rps=412, errors=0), ev=True, gap=(3, 8))
    w.add(RC, zap(RC, "error", "features/client.go:88", "GetOnlineFeatures failed", error="rpc error: code = DeadlineExceeded desc = context deadline exceeded", deadline_ms=250), ev=True, gap=(0.2, 2))
    w.add(RC, zap(RC, "info", "api/handler.go:52", "recommendations served", user_segment="anonymous", items=24, latency_ms=r.randint(20, 40)))
    w.add(SF, lambda t: '%s INFO  [reactor-http-epoll-2] c.a.b.Http : GET /api/home 200 88ms' % log4j(t))
    return record(
        "timeout-feature-store", w,
        "recommendations is only serving fallback results. Is Linkerd dropping its gRPC calls?",
        {"namespace": ns}, "ERROR", "timeout", "feature-store",
        "Since feature-store v2.3.0, GetOnlineFeatures performs sequential per-entity lookups and takes 1.7-2.7 s per "
        "call (p99 2.7 s), far beyond the 250 ms deadline recommendations sets; every call ends in DeadlineExceeded "
        "and recommendations serves fallback results. Linkerd only relays the calls; Redis round-trips are normal.",
        "feature-store answers too slowly for recommendations' 250 ms gRPC deadline, so personalised recommendations "
        "are replaced by fallbacks. Nothing is being dropped by the mesh.",
        "Roll feature-store back to the previous version (or re-enable batched lookups), then confirm p99 latency is "
        "below the 250 ms deadline; only then consider adjusting the client deadline.")


@scenario("timeout-haproxy-soap")
def s_to_soap(r):
    w = Win(r, "2026-05-28T01:58:00")
    ns = "legacy"
    QS = {"namespace": ns, "pod": "quote-soap-%s-%s" % (rs_hash(r), sfx(r)), "container": "wildfly", "app": "quote-soap"}
    RE = {"namespace": ns, "pod": "rating-engine-%s-%s" % (rs_hash(r), sfx(r)), "container": "tomcat", "app": "rating-engine"}
    HP = {"namespace": "haproxy-controller", "pod": "haproxy-kubernetes-ingress-%s-%s" % (rs_hash(r), sfx(r)), "container": "kubernetes-ingress-controller", "app": "haproxy-ingress"}

    def hp(status, tr, flags, path="/ws/QuoteService"):
        ta = tr + r.randint(0, 4)
        return lambda t: '%s:%d [%s] https-in~ %s_quote-soap_8080/SRV_1 0/0/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 "POST %s HTTP/1.1"' % (
            "10.1.%d.%d" % (r.randint(0, 9), r.randint(2, 250)), r.randint(30000, 65000), hap(t - ta * 10**6), ns, r.randint(0, 2), tr, ta, status,
            195 if status == 504 else r.randint(200, 4000), flags, r.randint(10, 40), r.randint(10, 40), r.randint(2, 9), r.randint(1, 5), path)

    def wf(lvl, cat, thread, msg):
        return lambda t: "%s %-5s [%s] (%s) %s" % (hms_comma(t), lvl, cat, thread, msg)

    def tc(lvl, thread, cls, msg):
        return lambda t: "%s %s [%s] %s %s" % (tomcat(t), lvl, thread, cls, msg)

    w.add(HP, hp(200, r.randint(120, 300), "----"))
    w.add(RE, tc("INFO", "http-nio-8080-exec-4", "com.acme.rating.RatingEndpoint.rate", "rated quote request in %d ms" % r.randint(80, 250)))
    t_rel = w.add(RE, tc("INFO", "tariff-reload-1", "com.acme.rating.TariffCache.reload", "Scheduled tariff reload started (412 tables, lock mode EXCLUSIVE)"), ev=True, gap=(10, 30))
    w.add(HP, hp(200, r.randint(120, 300), "----"))
    for k in range(5):
        w.add(RE, tc("WARNING", "http-nio-8080-exec-%d" % r.randint(1, 200), "com.acme.rating.RatingEndpoint.rate",
                     "request waited %d ms for tariff cache lock" % r.randint(28000, 61000)), ev=True, gap=(5, 20))
        w.add(QS, wf("WARN", "org.apache.cxf.phase.PhaseInterceptorChain", "default task-%d" % r.randint(1, 80),
                     "Interceptor for {http://quote.acme.com/}QuoteService#{http://quote.acme.com/}getQuote has thrown exception, unwinding now: org.apache.cxf.interceptor.Fault: Could not receive Message."), gap=(0.5, 3))
        w.add(QS, "Caused by: java.net.SocketTimeoutException: SocketTimeoutException invoking http://rating-engine.legacy.svc:8080/rating/RatingService: Read timed out", ev=True, gap=0.001)
        w.add(HP, hp(504, 30001, "sH--"), gap=(0.1, 2))
        if k == 2:
            w.add(HP, hp(200, r.randint(120, 300), "----", path="/ws/PolicyService"))
            w.add(QS, wf("WARN", "org.jboss.as.txn", "Transaction Reaper Worker 0", "ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX 0:ffff0af4%s:%s:%x" % (hexs(r, 4), hexs(r, 8), r.randint(100, 999))))
    w.add(RE, lambda t: tc("INFO", "tariff-reload-1", "com.acme.rating.TariffCache.reload", "Tariff reload finished in %d s; lock released" % ((t - t_rel) // 10**9))(t), ev=True, gap=(60, 120))
    for k in range(5):
        w.add(HP, hp(200, r.randint(120, 400), "----"), gap=(3, 10))
        if k % 2 == 0:
            w.add(RE, tc("INFO", "http-nio-8080-exec-%d" % r.randint(1, 200), "com.acme.rating.RatingEndpoint.rate", "rated quote request in %d ms" % r.randint(80, 250)))
    w.add(HP, hp(404, 2, "----", path="/ws/QuoteService?wsdl=old"))
    w.add(QS, wf("INFO", "com.acme.quote.Stats", "EE-ManagedScheduledExecutorService-default-Thread-1", "last 5m: calls=1411 faults=37 avgMs=2211"))
    return record(
        "timeout-haproxy-soap", w,
        "We had a burst of 504s on /ws/QuoteService around 02:00. Is the HAProxy server timeout too low?",
        {}, "WARN", "timeout", "rating-engine",
        "rating-engine's scheduled 02:00 tariff reload holds an exclusive lock on the tariff cache for about three "
        "minutes; rating requests wait 28-61 s for the lock, quote-soap's CXF client hits its read timeout calling "
        "rating-engine, and HAProxy gives up after 30 s (504, sH--). Once the reload finishes, latency returns to normal.",
        "A three-minute slowdown of rating-engine during its nightly tariff reload caused read timeouts upstream and 504s "
        "at the ingress; it recovered by itself when the reload finished.",
        "Optional: make the tariff reload build a new cache and swap it atomically instead of locking, or move it to a "
        "low-traffic window; raising the HAProxy timeout would only hide the stall.")


# =========================================================================== tls_certificate
@scenario("tls-linkerd-issuer")
def s_tls_linkerd(r):
    w = Win(r, "2026-06-19T02:52:00")
    not_after = "2026-06-19T02:41:07Z"
    ID = {"namespace": "linkerd", "pod": "linkerd-identity-%s-%s" % (rs_hash(r), sfx(r)), "container": "identity", "app": "linkerd-identity"}
    DST = {"namespace": "linkerd", "pod": "linkerd-destination-%s-%s" % (rs_hash(r), sfx(r)), "container": "destination", "app": "linkerd-destination"}
    CO = {"namespace": "shop", "pod": "checkout-%s-%s" % (rs_hash(r), sfx(r)), "container": "checkout", "app": "checkout"}
    COP = dict(CO, container="linkerd-proxy")
    INVP = {"namespace": "shop", "pod": "inventory-%s-%s" % (rs_hash(r), sfx(r)), "container": "linkerd-proxy", "app": "inventory"}
    NEWP = {"namespace": "shop", "pod": "payments-%s-%s" % (rs_hash(r), sfx(r)), "container": "linkerd-proxy", "app": "payments"}
    EV = {"namespace": "shop", "job": "integrations/kubernetes/eventhandler", "cluster": "aks-shop-weu"}
    t0 = w.t
    ups = {id(COP): r.uniform(80000, 86000), id(INVP): r.uniform(80000, 86000), id(NEWP): -1.0}
    id_ep = "10.244.%d.%d" % (r.randint(0, 7), r.randint(2, 250))
    inv_ep = "10.244.%d.%d" % (r.randint(0, 7), r.randint(2, 250))
    inv_svc = "10.0.%d.%d" % (r.randint(0, 255), r.randint(2, 250))

    def lk(P, lvl, msg, start=None):
        base = ups[id(P)]
        return lambda t: "[%12.6fs] %5s ThreadId(%02d) %s" % ((base if base > 0 else 0.0) + (t - (start or t0)) / 1e9, lvl, r.randint(1, 2), msg)

    def golog(lvl, msg):
        return lambda t: 'time="%s" level=%s msg=%s' % (iso_s(t), lvl, lq(msg))

    w.add(DST, golog("info", "Updating destination for shop/inventory:8080 with 3 endpoints"))
    w.add(ID, lambda t: 'time="%s" level=error msg=%s' % (iso_s(t), lq("failed to certify \"checkout.shop.serviceaccount.identity.linkerd.cluster.local\": issuer certificate invalid: x509: certificate has expired or is not yet valid: current time %s is after %s" % (iso_s(t), not_after))), ev=True, gap=(2, 6))
    w.add(COP, lk(COP, "WARN", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:controller{addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:endpoint{addr=%s:8080}: linkerd_app_core::control: Failed to certify identity error=grpc-status: Unknown, grpc-message: \"issuer certificate invalid: x509: certificate has expired or is not yet valid\"" % id_ep), ev=True, gap=(0.05, 0.5))
    w.add(CO, lambda t: '{"level":"info","ts":"%s","msg":"order placed","order_id":"%s","items":3}' % (iso_ms(t), uid(r)))
    w.add(EV, lambda t: ev_agent(NEWP["pod"], "Pod", "Started", "Normal", "kubelet", "Started container linkerd-proxy", w.nrv(), host="aks-nodepool1-28374650-vmss000003"), gap=(3, 10))
    t_new = w.t
    ups[id(NEWP)] = 0.0
    for k in range(3):
        w.add(NEWP, lk(NEWP, "WARN", "linkerd_app: Waiting for identity to be initialized...", start=t_new), gap=(2, 6))
        w.add(NEWP, lk(NEWP, "WARN", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:controller{addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:endpoint{addr=%s:8080}: linkerd_app_core::control: Failed to certify identity error=grpc-status: Unknown, grpc-message: \"issuer certificate invalid: x509: certificate has expired or is not yet valid\"" % id_ep, start=t_new), ev=True, gap=(0.05, 0.4))
        w.add(ID, lambda t: 'time="%s" level=error msg=%s' % (iso_s(t), lq("failed to certify \"payments.shop.serviceaccount.identity.linkerd.cluster.local\": issuer certificate invalid: x509: certificate has expired or is not yet valid: current time %s is after %s" % (iso_s(t), not_after))), ev=True, gap=(0.01, 0.1))
        if k == 0:
            w.add(EV, lambda t: ev_agent(NEWP["pod"], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host="aks-nodepool1-28374650-vmss000003"))
            w.add(EV, lambda t: ev_agent("aks-nodepool1-28374650-vmss000003", "Node", "NodeReady", "Normal", "kubelet", "Node aks-nodepool1-28374650-vmss000003 status is now: NodeReady", w.nrv(), host="aks-nodepool1-28374650-vmss000003"))
        if k == 1:
            w.add(INVP, lk(INVP, "INFO", "inbound:server{port=8080}: linkerd_app_core::serve: Connection closed error=TLS handshake failed: invalid peer certificate: Expired client.addr=10.244.%d.%d:%d" % (r.randint(0, 7), r.randint(2, 250), r.randint(30000, 60000))), ev=True)
            w.add(COP, lk(COP, "WARN", "outbound:proxy{addr=%s:8080}:service{ns=shop name=inventory port=8080}:endpoint{addr=%s:8080}: linkerd_reconnect: Failed to connect error=invalid peer certificate: Expired" % (inv_svc, inv_ep)), ev=True, gap=(0.01, 0.1))
            w.add(CO, lambda t: '{"level":"error","ts":"%s","msg":"inventory reservation failed","error":"Post \\"http://inventory.shop.svc.cluster.local:8080/v1/reservations\\": EOF","attempt":1}' % iso_ms(t), gap=(0.01, 0.2))
            w.add(CO, lambda t: '{"level":"error","ts":"%s","msg":"checkout failed","status":502,"path":"/api/checkout"}' % iso_ms(t), gap=(0.01, 0.1))
    w.add(ID, golog("warning", "identity issuer certificate expired at %s; rotate the linkerd-identity-issuer secret" % not_after), ev=True, gap=(2, 8))
    w.add(INVP, lk(INVP, "INFO", "inbound:server{port=8080}: linkerd_app_core::serve: Connection closed error=TLS handshake failed: invalid peer certificate: Expired client.addr=10.244.%d.%d:%d" % (r.randint(0, 7), r.randint(2, 250), r.randint(30000, 60000))), ev=True, gap=(1, 4))
    w.add(DST, golog("info", "Updating destination for shop/payments:8080 with 0 endpoints"))
    w.add(CO, lambda t: '{"level":"error","ts":"%s","msg":"checkout failed","status":502,"path":"/api/checkout"}' % iso_ms(t))
    w.add(COP, lk(COP, "WARN", "outbound:proxy{addr=%s:8080}:service{ns=shop name=inventory port=8080}:endpoint{addr=%s:8080}: linkerd_reconnect: Failed to connect error=invalid peer certificate: Expired" % (inv_svc, inv_ep)), ev=True, gap=(1, 4))
    w.add(EV, lambda t: ev_agent(NEWP["pod"], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host="aks-nodepool1-28374650-vmss000003"), gap=(3, 8))
    w.add(CO, lambda t: '{"level":"info","ts":"%s","msg":"GET /healthz 200"}' % iso_ms(t))
    return record(
        "tls-linkerd-issuer", w,
        "Since early this morning new meshed pods never become ready and checkout returns 502s. Did the AKS node upgrade break something?",
        {}, "CRITICAL", "tls_certificate", "linkerd-identity",
        "The Linkerd identity issuer certificate (linkerd-identity-issuer secret) expired at %s. linkerd-identity can "
        "no longer certify proxies, new proxies never obtain an identity (pods stay unready), and proxies whose "
        "short-lived certificates have expired fail mTLS handshakes (invalid peer certificate: Expired), so meshed "
        "calls such as checkout -> inventory fail mesh-wide." % not_after,
        "An expired Linkerd identity issuer certificate breaks mTLS across the mesh; the node upgrade is unrelated.",
        "Issue a new issuer certificate/key signed by the trust anchor, update the linkerd-identity-issuer secret (or let "
        "cert-manager manage it), restart linkerd-identity and then roll the meshed workloads; verify with linkerd check.")


@scenario("tls-partner-pkix")
def s_tls_pkix(r):
    w = Win(r, "2026-09-01T09:00:00")
    ns, app = "treasury", "remittance-gateway"
    pod = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    A = {"namespace": ns, "pod": pod, "container": app, "app": app, "node": "ip-10-50-%d-%d.eu-central-1.compute.internal" % (r.randint(0, 63), r.randint(2, 250))}
    IP = dict(A, container="istio-proxy")
    url = "https://api.partnerbank.example.com/v2/remittances"

    def sb(lvl, thread, logger, msg):
        return lambda t: "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (iso_ms(t), lvl, app, thread[-15:], logger, msg)

    pkix = "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"

    def env(status, upstream, dur, sent, rcvd, method="-", path="-", proto="-"):
        return lambda t: '[%s] "%s %s %s" %s - - - "-" %d %d %d - "-" "-" "-" "-" "%s" %s %s:%d %s - -' % (
            iso_ms(t), method, path, proto, status, sent, rcvd, dur, upstream[0], upstream[1], "10.50.%d.%d" % (r.randint(0, 63), r.randint(2, 250)), r.randint(30000, 60000), upstream[0])

    w.add(A, sb("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    w.add(A, sb("INFO", "main", "c.a.t.r.tls.TrustStoreLoader", "Loaded trust store /etc/remittance/tls/truststore.jks (3 entries: partnerbank-root-g2, partnerbank-issuing-g2, otherbank-root)"), ev=True, gap=(0.2, 1))
    w.add(A, sb("INFO", "main", "c.a.t.r.RemittanceGatewayApplication", "Started RemittanceGatewayApplication in 14.212 seconds (process running for 15.08)"), gap=(1, 3))
    w.add(A, sb("INFO", "nio-8080-exec-1", "o.a.c.c.C.[Tomcat].[localhost].[/]", "Initializing Spring DispatcherServlet 'dispatcherServlet'"), gap=(2, 5))
    for k in range(4):
        th = "scheduling-1"
        w.add(A, sb("INFO", th, "c.a.t.r.OutboundBatch", "sending batch %d to PartnerBank (%d remittances)" % (r.randint(4000, 5000), r.randint(5, 40))), gap=(10, 30))
        w.add(A, sb("ERROR", th, "c.a.t.r.PartnerBankClient", "POST %s failed (attempt %d/3)" % (url, 1 + k % 3)), gap=(0.2, 1))
        w.add(A, 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "%s": %s' % (url, pkix), ev=True, gap=0.001)
        w.add(A, "Caused by: javax.net.ssl.SSLHandshakeException: %s" % pkix, ev=True, gap=0.001)
        w.add(A, "Caused by: sun.security.validator.ValidatorException: %s" % pkix, ev=True, gap=0.001)
        w.add(IP, env("0", ("api.partnerbank.example.com:443", "PassthroughCluster"), r.randint(20, 60), 517, 4702), gap=(0.01, 0.1))
        if k == 0:
            w.add(A, sb("WARN", th, "c.a.t.r.tls.LoggingTrustManager", "Untrusted server chain for api.partnerbank.example.com: CN=api.partnerbank.example.com <- CN=PartnerBank Issuing CA G3 <- CN=PartnerBank Root CA G3 (issuer not in trust store)"), ev=True, gap=0.002)
            w.add(A, sb("WARN", "task-3", "c.a.t.r.FxRatesClient", "401 Unauthorized from fx-rates.treasury.svc, token expired; refreshing client-credentials token"))
            w.add(A, sb("INFO", "task-3", "c.a.t.r.FxRatesClient", "GET http://fx-rates.treasury.svc:8080/v1/rates?base=EUR 200 (34 ms)"), gap=(0.1, 0.5))
        if k == 1:
            w.add(A, sb("INFO", "scheduling-2", "c.a.t.r.OtherBankClient", "POST https://api.otherbank.example.org/payments/batch 201 (412 ms)"))
            w.add(IP, env("0", ("api.otherbank.example.org:443", "PassthroughCluster"), r.randint(300, 500), 2211, 6120))
        if k == 2:
            w.add(A, sb("INFO", "nio-8080-exec-4", "c.a.t.r.api.HealthController", "GET /actuator/health 200"))
    w.add(A, sb("WARN", "scheduling-1", "c.a.t.r.OutboundBatch", "remittances pending for PartnerBank: %d (oldest 2h14m)" % r.randint(380, 460)), gap=(2, 5))
    w.add(A, sb("INFO", "nio-8080-exec-7", "c.a.t.r.api.HealthController", "GET /actuator/health 200"))
    return record(
        "tls-partner-pkix", w,
        "Remittances to PartnerBank have been stuck since 09:00. Is their API down?",
        {"namespace": ns, "app": app}, "ERROR", "tls_certificate", app,
        "PartnerBank now serves a certificate chained to a new CA (PartnerBank Issuing CA G3 / Root CA G3), but "
        "remittance-gateway's custom trust store only contains the G2 roots, so every TLS handshake to "
        "api.partnerbank.example.com fails with PKIX path building failed / unable to find valid certification path; "
        "the partner API itself is reachable (TCP connects through the sidecar) and other banks work.",
        "remittance-gateway rejects PartnerBank's new certificate chain because its trust store lacks the new CA; "
        "PartnerBank remittances queue up.",
        "Obtain the PartnerBank G3 root/intermediate through a trusted channel, add them to truststore.jks (the Secret "
        "mounted at /etc/remittance/tls), roll remittance-gateway and let the pending batch resend.")


# =========================================================================== auth_failure
@scenario("auth-flink-operator-rbac")
def s_auth_flinkop(r):
    w = Win(r, "2026-10-27T12:10:00")
    opns = "flink-operator"
    OPP = "flink-kubernetes-operator-%s-%s" % (rs_hash(r), sfx(r))
    OP = {"namespace": opns, "pod": OPP, "container": "flink-kubernetes-operator", "app": "flink-kubernetes-operator"}
    WH = dict(OP, container="flink-webhook")
    api = "10.12.0.1"

    def op(cls, lvl, key, msg):
        return lambda t: "%s %-30s [%-5s]%s %s" % (log4j(t), cls, lvl, key, msg)

    K = "[fraud-stream/velocity-check]"
    forb = lambda kind, grp, path, verb, res: (
        'io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: %s at: https://%s:443/%s. Message: Forbidden!Configured service account '
        "doesn't have access. Service account may have been revoked. %s \"velocity-check\" is forbidden: User \"system:serviceaccount:flink-operator:flink-operator\" "
        'cannot %s resource "%s" in API group "%s" in the namespace "fraud-stream".') % (verb.upper(), api, path, kind, verb, res, grp)
    w.add(OP, op("o.a.f.k.o.FlinkOperator", "INFO", "", "Configuring operator to watch the following namespaces: [streaming, payments-stream, fraud-stream]."))
    w.add(OP, op("i.j.o.LeaderElectionManager", "INFO", "", "Leader election: lease flink-operator-lease acquired by %s" % OPP), gap=(0.5, 2))
    w.add(OP, op("i.f.k.c.i.i.c.Reflector", "WARN", "", 'listSyncAndWatch failed for flink.apache.org/v1beta1/namespaces/fraud-stream/flinksessionjobs, will retry'), gap=(0.5, 2))
    w.add(OP, 'io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: GET at: https://%s:443/apis/flink.apache.org/v1beta1/namespaces/fraud-stream/flinksessionjobs. Message: Forbidden!Configured service account doesn\'t have access. Service account may have been revoked. flinksessionjobs.flink.apache.org is forbidden: User "system:serviceaccount:flink-operator:flink-operator" cannot list resource "flinksessionjobs" in API group "flink.apache.org" in the namespace "fraud-stream".' % api, ev=True, gap=0.001)
    w.add(OP, op("o.a.f.k.o.c.FlinkDeploymentController", "INFO", "[streaming/clickstream]", "Starting reconciliation"), gap=(2, 6))
    w.add(OP, op("o.a.f.k.o.o.d.ApplicationObserver", "INFO", "[streaming/clickstream]", "Observing job status"), gap=(0.05, 0.2))
    w.add(OP, op("o.a.f.k.o.r.d.AbstractFlinkResourceReconciler", "INFO", "[streaming/clickstream]", "Resource fully reconciled, nothing to do..."), gap=(0.05, 0.3))
    for k in range(3):
        w.add(OP, op("o.a.f.k.o.c.FlinkDeploymentController", "INFO", K, "Starting reconciliation"), gap=(5, 30))
        w.add(OP, op("o.a.f.k.o.r.d.AbstractFlinkResourceReconciler", "INFO", K, "Deploying for the first time"), gap=(0.05, 0.3))
        w.add(OP, op("i.j.o.p.e.ReconciliationDispatcher", "ERROR", K, "Error during event processing ExecutionScope{ resource id: ResourceID{name='velocity-check', namespace='fraud-stream'}, version: %d} failed." % r.randint(880000, 890000)), gap=(0.1, 0.5))
        if k == 1:
            w.add(OP, 'io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://%s:443/api/v1/namespaces/fraud-stream/configmaps. Message: Forbidden!Configured service account doesn\'t have access. Service account may have been revoked. configmaps is forbidden: User "system:serviceaccount:flink-operator:flink-operator" cannot create resource "configmaps" in API group "" in the namespace "fraud-stream".' % api, ev=True, gap=0.001)
        else:
            w.add(OP, forb("deployments.apps", "apps", "apis/apps/v1/namespaces/fraud-stream/deployments/velocity-check", "get", "deployments"), ev=True, gap=0.001)
        w.add(OP, "\tat io.fabric8.kubernetes.client.dsl.internal.OperationSupport.requestFailure(OperationSupport.java:660)", gap=0.001)
        w.add(OP, op("o.a.f.k.o.r.ReconciliationUtils", "WARN", K, "Attempt count: %d, last attempt: false" % (k + 1)), gap=(0.05, 0.2))
        if k == 0:
            w.add(WH, op("o.a.f.k.o.a.AdmissionHandler", "INFO", "", "Validating FlinkDeployment fraud-stream/velocity-check (operation=UPDATE)"))
            w.add(OP, op("o.a.f.k.o.c.FlinkDeploymentController", "INFO", "[payments-stream/payments-enricher]", "Starting reconciliation"))
            w.add(OP, op("o.a.f.k.o.r.d.AbstractFlinkResourceReconciler", "INFO", "[payments-stream/payments-enricher]", "Resource fully reconciled, nothing to do..."), gap=(0.05, 0.3))
        if k == 1:
            w.add(OP, op("i.j.o.LeaderElectionManager", "INFO", "", "Leader election: renewed lease flink-operator-lease"))
            w.add(OP, op("o.a.f.k.o.h.HealthProbe", "INFO", "", "Operator health check: informers healthy=false (fraud-stream: 2 unhealthy), canary ok"))
    w.add(OP, op("i.f.k.c.i.i.c.Reflector", "WARN", "", 'listSyncAndWatch failed for flink.apache.org/v1beta1/namespaces/fraud-stream/flinksessionjobs, will retry'), gap=(5, 20))
    w.add(OP, 'io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: GET at: https://%s:443/apis/flink.apache.org/v1beta1/namespaces/fraud-stream/flinksessionjobs. Message: Forbidden!Configured service account doesn\'t have access. Service account may have been revoked. flinksessionjobs.flink.apache.org is forbidden: User "system:serviceaccount:flink-operator:flink-operator" cannot list resource "flinksessionjobs" in API group "flink.apache.org" in the namespace "fraud-stream".' % api, ev=True, gap=0.001)
    w.add(OP, op("o.a.f.k.o.m.KubernetesOperatorMetricGroup", "INFO", "", "Reconciliation stats: total=3 errors=1 (fraud-stream/velocity-check)"), gap=(2, 5))
    return record(
        "auth-flink-operator-rbac", w,
        "The velocity-check FlinkDeployment in fraud-stream has been sitting there for an hour with no JobManager. Is the cluster out of capacity?",
        {"namespace": opns}, "ERROR", "auth_failure", "flink-kubernetes-operator",
        "fraud-stream was added to the operator's watchNamespaces, but no Role/RoleBinding was created there for the "
        "flink-operator service account; the API server rejects its requests (403 Forbidden: cannot get deployments, "
        "create configmaps, list flinksessionjobs in fraud-stream), so the operator never creates the velocity-check "
        "JobManager. Capacity is never reached: no pod is even created.",
        "The Flink Kubernetes operator lacks RBAC permissions in the new fraud-stream namespace, so velocity-check is "
        "never deployed; other namespaces reconcile normally.",
        "Create the operator Role/RoleBinding in fraud-stream (e.g. helm upgrade with watchNamespaces including "
        "fraud-stream and rbac.create=true, or apply the chart's namespaced RBAC), then let the operator retry.")


@scenario("auth-oracle-password-expired")
def s_auth_oracle(r):
    w = Win(r, "2026-12-14T06:58:00")
    ns, app = "pensions", "pension-calc"
    pods = ["%s-%s-%s" % (app, "7d6c5b9f8", sfx(r)) for _ in range(2)]
    nodes = ["k8s-app-%02d" % r.randint(1, 9) for _ in range(2)]
    P = [{"namespace": ns, "pod": p, "container": "eap", "app": app, "node": n} for p, n in zip(pods, nodes)]
    RP = {"namespace": ns, "pod": "pension-reports-%s-%s" % (rs_hash(r), sfx(r)), "container": "eap", "app": "pension-reports"}
    PT = {"namespace": ns, "pod": "pension-portal-%s-%s" % (rs_hash(r), sfx(r)), "container": "php-fpm", "app": "pension-portal"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}

    def eap(lvl, cat, thread, msg):
        return lambda t: "%s %-5s [%s] (%s) %s" % (hms_comma(t), lvl, cat, thread, msg)

    w.add(P[0], eap("WARN", "org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory", "default task-4",
                    "IJ030027: Destroying connection that is not valid, due to the following exception: oracle.jdbc.driver.T4CConnection@%s" % hexs(r, 8)))
    w.add(P[0], "java.sql.SQLWarning: ORA-28002: the password will expire within 1 days", ev=True, gap=0.001)
    w.add(P[1], eap("INFO", "com.acme.pensions.calc.BatchRunner", "EJB default - 2", "projection batch %d: 1200 members processed in 41 s" % r.randint(100, 999)))
    w.add(RP, eap("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "default task-9", "ORA-00942: table or view does not exist"))
    w.add(RP, eap("WARN", "com.acme.pensions.reports.LegacyReport", "default task-9", "legacy report PR-17 references dropped view V_MEMBER_OLD; skipping"), gap=0.01)
    w.add(P[0], eap("INFO", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "IdleRemover", "IJ000612: Destroying connection that could not be successfully matched: %d idle connections flushed (idle-timeout-minutes=15)" % r.randint(8, 14)), gap=(20, 60))
    for k in range(5):
        i = k % 2
        w.add(P[i], eap("WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "default task-%d" % r.randint(1, 60),
                        "IJ000604: Throwable while attempting to get a new connection: null: javax.resource.ResourceException: IJ031084: Unable to create connection"), gap=(2, 8))
        w.add(P[i], "Caused by: java.sql.SQLException: ORA-28001: the password has expired", ev=True, gap=0.001)
        w.add(P[i], "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)", gap=0.001)
        if k == 1:
            w.add(P[0], eap("WARN", "io.smallrye.health", "default task-1",
                            'SRHCK01001: Reporting health down status: {"status":"DOWN","checks":[{"name":"ready-deployment.pension-calc.war","status":"UP"},{"name":"data-sources","status":"DOWN","data":{"PensionDS":"DOWN"}}]}'))
            w.add(EV, lambda t: ev_agent(pods[0], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host=nodes[0]))
        if k == 2:
            w.add(P[1], eap("ERROR", "org.jboss.as.ejb3.invocation", "EJB default - 2",
                            "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component BatchRunner for method public void com.acme.pensions.calc.BatchRunner.run(): jakarta.ejb.EJBException: jakarta.persistence.PersistenceException: org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection"))
            w.add(EV, lambda t: ev_agent(pods[1], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", w.nrv(), host=nodes[1]))
        if k == 3:
            w.add(PT, lambda t: "%s WARNING: [pool www] child %d said into stderr: \"pension-calc upstream returned 503 for /calc/projection\"" % (fpm_ts(t), r.randint(20, 90)))
    w.add(P[0], eap("WARN", "io.smallrye.health", "default task-2",
                    'SRHCK01001: Reporting health down status: {"status":"DOWN","checks":[{"name":"ready-deployment.pension-calc.war","status":"UP"},{"name":"data-sources","status":"DOWN","data":{"PensionDS":"DOWN"}}]}'), gap=(3, 8))
    w.add(EV, lambda t: ev_agent(app, "Endpoints", "NoEndpoints", "Warning", "endpoint-controller", "Service pensions/pension-calc has no ready endpoints", w.nrv()), gap=(1, 3))
    w.add(PT, lambda t: "%s WARNING: [pool www] child %d said into stderr: \"pension-calc upstream returned 503 for /calc/projection\"" % (fpm_ts(t), r.randint(20, 90)))
    w.add(RP, eap("INFO", "com.acme.pensions.reports.Scheduler", "EJB default - 1", "report run finished: 14 ok, 1 skipped, errors=0"))
    return record(
        "auth-oracle-password-expired", w,
        "All pension-calc pods are NotReady. Are the readiness probes misconfigured?",
        {"namespace": ns}, "CRITICAL", "auth_failure", app,
        "The Oracle account used by pension-calc's PensionDS datasource reached its profile's PASSWORD_LIFE_TIME: after "
        "the grace-period warning (ORA-28002) it now fails every new login with ORA-28001: the password has expired. "
        "Once the idle connections were flushed the pool cannot create any connection, the data-source health check "
        "reports DOWN and both pods leave the Service.",
        "pension-calc is down because its Oracle credentials have expired (ORA-28001); the readiness probes are "
        "correctly reporting that the datasource is unusable.",
        "Have the DBA reset the PENSION_APP password (or assign a service-account profile without expiry), update the "
        "Secret holding the datasource credentials, and restart pension-calc; add alerting on ORA-28002.")


# =========================================================================== config_error
@scenario("config-kong-declarative")
def s_cfg_kong(r):
    w = Win(r, "2026-08-30T03:40:00")
    ns = "kong"
    rsh = rs_hash(r)
    pods = ["kong-gateway-%s-%s" % (rsh, sfx(r)) for _ in range(2)]
    nodes = ["k3s-agent-1", "k3s-agent-2"]
    K = [{"namespace": ns, "pod": p, "container": "proxy", "app": "kong-gateway", "node": n} for p, n in zip(pods, nodes)]
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "k3s-edge-01"}
    EVS = {"namespace": "system-upgrade", "job": "integrations/kubernetes/eventhandler", "cluster": "k3s-edge-01"}
    SF = {"namespace": "web", "pod": "storefront-%s-%s" % (rs_hash(r), sfx(r)), "container": "storefront", "app": "storefront", "node": "k3s-agent-3"}
    kip = "10.43.%d.%d" % (r.randint(0, 255), r.randint(2, 250))

    def ng(lvl, msg):
        return lambda t: "%s [%s] 1#0: %s" % (slash(t), lvl, msg)

    block = [
        "in 'services':",
        "  - in entry 3 of 'services':",
        "    in 'routes':",
        "      - in entry 1 of 'routes':",
        "        in 'paths':",
        "          - in entry 1 of 'paths': should start with: / (fixed path) or ~/ (regex path)",
    ]

    def boot(i):
        w.add(K[i], ng("warn", 'the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /kong_prefix/nginx.conf:7'), gap=(1, 4))
        w.add(K[i], ng("error", "init_by_lua error: /usr/local/share/lua/5.1/kong/init.lua:708: error parsing declarative config file /kong_dbless/kong.yml:"), ev=True, gap=(0.2, 0.8))
        for b in block:
            w.add(K[i], b, ev=True, gap=0.0001)
        w.add(K[i], "stack traceback:", gap=0.0001)
        w.add(K[i], "\t[C]: in function 'error'", gap=0.0001)
        w.add(K[i], "\t/usr/local/share/lua/5.1/kong/init.lua:708: in function 'init'", gap=0.0001)
        w.add(K[i], "\tinit_by_lua:3: in main chunk", gap=0.0001)

    w.add(EVS, lambda t: ev_agent("apply-agent-plan-on-k3s-agent-2-with-%s" % hexs(r, 10), "Job", "SuccessfulCreate", "Normal", "job-controller", "Created pod: apply-agent-plan-on-k3s-agent-2-with-%s-%s" % (hexs(r, 10), sfx(r)), w.nrv(), api="batch/v1"))
    w.add(EVS, lambda t: ev_agent("k3s-agent-2", "Node", "Rebooted", "Warning", "kubelet", "Node k3s-agent-2 has been rebooted, boot id: %s" % uid(r), w.nrv(), host="k3s-agent-2"), gap=(40, 90))
    w.add(EVS, lambda t: ev_agent("k3s-agent-2", "Node", "NodeReady", "Normal", "kubelet", "Node k3s-agent-2 status is now: NodeReady", w.nrv(), host="k3s-agent-2"), gap=(10, 30))
    boot(1)
    w.add(EV, lambda t: ev_agent(pods[1], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container proxy in pod %s_kong(%s)" % (pods[1], uid(r)), w.nrv(), host=nodes[1]), gap=(1, 3))
    w.add(SF, lambda t: 'time=%s level=ERROR msg="upstream call failed" err="Post \\"http://kong-gateway-proxy.kong.svc:80/api/v2/orders\\": dial tcp %s:80: connect: connection refused"' % (iso_ms(t), kip), gap=(1, 5))
    w.add(EVS, lambda t: ev_agent("k3s-agent-1", "Node", "Rebooted", "Warning", "kubelet", "Node k3s-agent-1 has been rebooted, boot id: %s" % uid(r), w.nrv(), host="k3s-agent-1"), gap=(20, 60))
    boot(0)
    w.add(EV, lambda t: ev_agent(pods[0], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container proxy in pod %s_kong(%s)" % (pods[0], uid(r)), w.nrv(), host=nodes[0]), gap=(1, 3))
    boot(1)
    w.add(SF, lambda t: 'time=%s level=ERROR msg="upstream call failed" err="Post \\"http://kong-gateway-proxy.kong.svc:80/api/v2/orders\\": dial tcp %s:80: connect: connection refused"' % (iso_ms(t), kip), gap=(1, 5))
    w.add(SF, lambda t: 'time=%s level=INFO msg="GET /healthz" status=200' % iso_ms(t))
    w.add(EV, lambda t: ev_agent("kong-gateway-proxy", "Endpoints", "NoEndpoints", "Warning", "endpoint-controller", "Service kong/kong-gateway-proxy has no ready endpoints", w.nrv()), gap=(2, 6))
    return record(
        "config-kong-declarative", w,
        "Since the k3s upgrade last night the API gateway has been down. Did the upgrade break the nodes?",
        {}, "CRITICAL", "config_error", "kong-gateway",
        "Kong runs DB-less from /kong_dbless/kong.yml (ConfigMap), and the third service's first route has a path that "
        "does not start with '/' or '~/'. The bad edit sat unnoticed in the mounted file; when the nodes were rebooted by "
        "the k3s upgrade, every kong-gateway pod restarted, failed to parse the declarative config in init_by_lua and "
        "now crash-loops, leaving the gateway without endpoints.",
        "kong-gateway crash-loops on an invalid declarative configuration (route path without a leading '/'); the "
        "node reboots only triggered the restart.",
        "Fix the route path in the kong-declarative ConfigMap (e.g. '/api/v2/orders'), validate it with "
        "'kong config parse', and let the pods restart; add that validation to the pipeline that edits the ConfigMap.")


@scenario("config-symfony-env")
def s_cfg_symfony(r):
    w = Win(r, "2026-07-21T15:05:00")
    ns, app = "shopadmin", "storefront-admin"
    pod = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    pod2 = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    PHP = {"namespace": ns, "pod": pod, "container": "php-fpm", "app": app}
    NGX = {"namespace": ns, "pod": pod, "container": "nginx", "app": app}
    PHP2 = {"namespace": ns, "pod": pod2, "container": "php-fpm", "app": app}
    MW = {"namespace": ns, "pod": "%s-messenger-%s-%s" % (app, rs_hash(r), sfx(r)), "container": "messenger", "app": app}

    def mono(ch, lvl, msg, ctx="[]"):
        return lambda t: "%s %s.%s: %s %s []" % (symfony_ts(t), ch, lvl, msg, ctx)

    def acc(status, method, path, rt):
        return lambda t: '10.244.%d.%d - - [%s] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)" "%.3f"' % (
            r.randint(0, 9), r.randint(2, 250), clf(t), method, path, status, r.randint(300, 40000), rt)

    env_exc = ('Uncaught PHP Exception Symfony\\Component\\DependencyInjection\\Exception\\EnvNotFoundException: "Environment variable not found: "MAILER_DSN"." '
               'at /srv/app/vendor/symfony/dependency-injection/EnvVarProcessor.php line 187')
    env_ctx = '{"exception":"[object] (Symfony\\\\Component\\\\DependencyInjection\\\\Exception\\\\EnvNotFoundException(code: 0): Environment variable not found: \\"MAILER_DSN\\". at /srv/app/vendor/symfony/dependency-injection/EnvVarProcessor.php:187)"}'
    w.add(PHP, lambda t: "%s NOTICE: fpm is running, pid 1" % fpm_ts(t))
    w.add(PHP, lambda t: "%s NOTICE: ready to handle connections" % fpm_ts(t), gap=0.01)
    w.add(PHP, mono("php", "INFO", 'User Deprecated: Since symfony/framework-bundle 6.4: Not setting the "framework.handle_all_throwables" config option is deprecated. It will default to "true" in 7.0.', '{"exception":"[object] (ErrorException(code: 0): User Deprecated: ...)"}'))
    w.add(NGX, acc(200, "GET", "/admin/orders?page=3", 0.182))
    w.add(PHP2, mono("request", "INFO", 'Matched route "admin_order_show".', '{"route":"admin_order_show","route_parameters":{"_route":"admin_order_show","id":"88123"},"request_uri":"https://admin.shop.example.com/admin/orders/88123","method":"GET"}'))
    for k in range(4):
        oid = r.randint(80000, 99999)
        P = PHP if k % 2 == 0 else PHP2
        w.add(P, mono("request", "INFO", 'Matched route "admin_order_resend_confirmation".', '{"route":"admin_order_resend_confirmation","route_parameters":{"_route":"admin_order_resend_confirmation","id":"%d"},"request_uri":"https://admin.shop.example.com/admin/orders/%d/resend-confirmation","method":"POST"}' % (oid, oid)), gap=(3, 15))
        w.add(P, mono("request", "CRITICAL", env_exc, env_ctx), ev=True, gap=(0.01, 0.05))
        if P is PHP:
            w.add(NGX, acc(500, "POST", "/admin/orders/%d/resend-confirmation" % oid, r.uniform(0.05, 0.12)), gap=(0.001, 0.01))
        if k == 0:
            w.add(PHP2, mono("request", "ERROR", 'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "GET https://admin.shop.example.com/.env"" at /srv/app/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149', '{"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): No route found for \\"GET https://admin.shop.example.com/.env\\" at /srv/app/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)"}'))
            w.add(NGX, acc(200, "GET", "/admin/products?q=mug", 0.094))
        if k == 1:
            w.add(MW, mono("messenger", "WARNING", 'Error thrown while handling message App\\Message\\SyncStock. Sending for retry #1 using 1000 ms delay. Error: "An exception occurred while executing a query: SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction"', '{"class":"App\\\\Message\\\\SyncStock","retryCount":1,"delay":1000}'))
            w.add(MW, mono("messenger", "INFO", "Message App\\Message\\SyncStock handled by App\\MessageHandler\\SyncStockHandler::__invoke", '{"class":"App\\\\Message\\\\SyncStock","handler":"App\\\\MessageHandler\\\\SyncStockHandler::__invoke"}'), gap=(1, 3))
        if k == 2:
            w.add(NGX, acc(302, "POST", "/admin/login", 0.211))
            w.add(PHP, mono("security", "INFO", "Authenticator successful!", '{"token":{"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\Token\\\\PostAuthenticationToken":"PostAuthenticationToken(user=\\"ops@shop.example.com\\", authenticated=true, roles=\\"ROLE_ADMIN\\")"},"authenticator":"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\FormLoginAuthenticator"}'))
    w.add(PHP, mono("request", "INFO", 'Matched route "admin_order_refund".', '{"route":"admin_order_refund","route_parameters":{"_route":"admin_order_refund","id":"88410"},"request_uri":"https://admin.shop.example.com/admin/orders/88410/refund","method":"POST"}'))
    w.add(NGX, acc(200, "POST", "/admin/orders/88410/refund", 0.402))
    w.add(PHP, lambda t: "%s WARNING: [pool www] server reached pm.max_children setting (5), consider raising it" % fpm_ts(t))
    w.add(NGX, acc(200, "GET", "/admin/orders?page=1", 0.133))
    w.add(PHP2, mono("doctrine", "INFO", "Connecting with parameters {\"driver\":\"pdo_mysql\",\"host\":\"mysql-primary.shopadmin.svc\",\"port\":3306,\"dbname\":\"shop\",\"password\":\"<redacted>\"}", '{"params":{"driver":"pdo_mysql","host":"mysql-primary.shopadmin.svc","port":3306,"dbname":"shop","password":"<redacted>"}}'))
    w.add(NGX, acc(304, "GET", "/build/app.7c1d2e.css", 0.001))
    w.add(NGX, acc(200, "GET", "/admin/customers?page=2", 0.156))
    return record(
        "config-symfony-env", w,
        "Shop admins get 'Oops! An Error Occurred' when resending order confirmations. Is the SMTP relay down?",
        {"namespace": ns, "app": app}, "ERROR", "config_error", app,
        "The new storefront-admin release wires the mailer to %env(MAILER_DSN)%, but the MAILER_DSN variable is not set "
        "in the production deployment (missing from the Secret/env). Symfony resolves it lazily, so only routes that "
        "need the mailer fail: every resend-confirmation request throws EnvNotFoundException and returns 500. The SMTP "
        "relay is never contacted.",
        "A missing MAILER_DSN environment variable breaks every mail-sending admin action with a 500; the rest of the "
        "admin works.",
        "Add MAILER_DSN to the storefront-admin Secret/Deployment env (and to the release checklist), roll the pods, and "
        "resend the affected confirmations.")


# =========================================================================== resource_exhausted
@scenario("resx-hikari-leak")
def s_res_hikari(r):
    w = Win(r, "2026-03-30T16:40:00")
    ns, app = "quotes", "quote-service"
    pod = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    Q = {"namespace": ns, "pod": pod, "container": app, "app": app, "service_name": app}
    DB = {"namespace": ns, "pod": "quotes-db-0", "container": "postgres", "app": "quotes-db", "service_name": "quotes-db"}
    BFF = {"namespace": ns, "pod": "quote-web-%s-%s" % (rs_hash(r), sfx(r)), "container": "quote-web", "app": "quote-web", "service_name": "quote-web"}

    def sb(lvl, thread, logger, msg):
        return lambda t: "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (iso_ms(t), lvl, app, thread[-15:], logger[-40:], msg)

    def pg(pid, lvl, msg):
        return lambda t: "%s [%d] %s:  %s" % (pgts(t), pid, lvl, msg)

    w.add(DB, pg(r.randint(100, 999), "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=41, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (
        r.randint(400, 1200), r.uniform(2, 8), r.uniform(20, 80), r.uniform(20, 80), r.randint(4000, 9000), r.randint(9000, 12000))))
    w.add(Q, sb("INFO", "nio-8080-exec-3", "c.a.q.api.QuoteController", "POST /quotes 201 (58 ms)"))
    leaks = []
    for k in range(3):
        th = "quote-export-%d" % (k + 1)
        w.add(Q, sb("INFO", th, "c.a.q.export.QuoteExportService", "export %s started for broker B-%d" % (uid(r)[:8], r.randint(100, 999))), gap=(2, 10))
        leaks.append(th)
    for th in leaks:
        w.add(Q, sb("WARN", "ool-1 housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                    "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread %s, stack trace follows" % (hexs(r, 8), th)), ev=True, gap=(20, 40))
        w.add(Q, "java.lang.Exception: Apparent connection leak detected", ev=True, gap=0.001)
        w.add(Q, "\tat com.acme.quotes.export.QuoteExportService.exportAsync(QuoteExportService.java:77)", ev=True, gap=0.001)
    w.add(DB, pg(r.randint(1000, 9999), "ERROR", 'duplicate key value violates unique constraint "quotes_idempotency_key_key"'), gap=(1, 4))
    w.add(DB, pg(r.randint(1000, 9999), "DETAIL", "Key (idempotency_key)=(%s) already exists." % uid(r)), gap=0.001)
    w.add(Q, sb("INFO", "nio-8080-exec-9", "c.a.q.api.QuoteController", "POST /quotes 200 (idempotent replay, 12 ms)"), gap=(0.01, 0.1))
    for k in range(5):
        th = "nio-8080-exec-%d" % r.randint(10, 200)
        w.add(Q, sb("DEBUG", "ool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % r.randint(15, 45)), ev=True, gap=(3, 12))
        w.add(Q, sb("WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null"), gap=(1, 5))
        w.add(Q, sb("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)." % r.randint(20, 48)), ev=True, gap=0.001)
        w.add(BFF, lambda t: '{"level":"error","ts":"%s","msg":"quote-service call failed","method":"POST","path":"/quotes","status":500,"duration_ms":%d}' % (iso_ms(t), r.randint(30005, 30090)), gap=(0.01, 0.2))
        if k == 2:
            w.add(DB, pg(r.randint(100, 999), "LOG", "automatic vacuum of table \"quotes.public.quote_lines\": index scans: 1, pages: 0 removed, 18231 remain, tuples: 4120 removed, 1822310 remain"))
            w.add(Q, sb("INFO", "nio-8080-exec-2", "c.a.q.api.HealthController", "GET /actuator/health/liveness 200"))
    w.add(DB, pg(r.randint(100, 999), "LOG", "statistics: numbackends=12 of max_connections=200, xact_commit=%d, xact_rollback=%d, deadlocks=0" % (r.randint(10**6, 10**7), r.randint(100, 900))), gap=(2, 6))
    return record(
        "resx-hikari-leak", w,
        "quote-service requests hang for 30 s and then fail. Is the Postgres database overloaded?",
        {"namespace": ns}, "ERROR", "resource_exhausted", app,
        "quote-service leaks JDBC connections: QuoteExportService.exportAsync (line 77) borrows connections on the "
        "quote-export threads and never returns them, so HikariPool-1's 10 connections stay active and every other "
        "request waits 30 s for a connection and fails. Postgres is lightly loaded (12 of 200 backends).",
        "quote-service's own connection pool is exhausted by a connection leak in the async export; the database is "
        "healthy.",
        "Restart quote-service to release the pool, fix exportAsync to close its connection (try-with-resources / "
        "@Transactional boundary), and keep leakDetectionThreshold enabled; raising the pool size only delays it.")


@scenario("resx-trino-ephemeral")
def s_res_trino(r):
    w = Win(r, "2026-11-05T10:15:00")
    ns = "trino"
    rsh = rs_hash(r)
    workers = ["trino-worker-%s-%s" % (rsh, sfx(r)) for _ in range(5)]
    nodes = ["gke-trino-pool-2-8c1f4e3d-%s" % sfx(r, 4) for _ in range(3)]
    CO = {"namespace": ns, "pod": "trino-coordinator-%s-%s" % (rs_hash(r), sfx(r)), "container": "trino-coordinator", "app": "trino", "component": "coordinator"}
    WK = [{"namespace": ns, "pod": p, "container": "trino-worker", "app": "trino", "component": "worker"} for p in workers]
    EV = {"namespace": ns, "job": "kube-events", "service_name": "event-exporter"}
    wip = ["10.52.%d.%d" % (r.randint(0, 30), r.randint(2, 250)) for _ in range(5)]

    def tr(L, lvl, thread, logger, msg):
        return lambda t: "%s\t%s\t%s\t%s\t%s" % (iso_ms(t), lvl, thread, logger, msg)

    def qid(t):
        d, _ = _p(t)
        return d.strftime("%Y%m%d_%H%M%S") + "_%05d_%s" % (r.randint(100, 9999), "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5)))

    def evict(i, node):
        w.add(WK[i], tr(WK[i], "INFO", "Query-%s-%d" % (hexs(r, 4), r.randint(100, 999)), "io.trino.spiller.FileSingleStreamSpiller",
                        "Spilled %.2fGB for HashBuilderOperator to /data/trino/spill (spill dir usage %.1fGB)" % (r.uniform(2, 4), r.uniform(17.5, 19.9))), ev=True, gap=(5, 20))
        w.add(EV, lambda t: ev_json(t, ns, "Pod", workers[i], "Evicted", "Warning", "kubelet",
                                    'Container trino-worker exceeded its local ephemeral storage limit "20Gi". ', host=node), ev=True, gap=(1, 6))
        w.add(EV, lambda t: ev_json(t, ns, "Pod", workers[i], "Killing", "Normal", "kubelet", "Stopping container trino-worker", host=node), gap=(0.05, 0.3))
        w.add(CO, tr(CO, "WARN", "node-state-poller-0", "io.trino.metadata.RemoteNodeState",
                     "Error fetching node state from http://%s:8080/v1/info/state: Server refused connection: http://%s:8080/v1/info/state" % (wip[i], wip[i])), gap=(1, 4))

    w.add(CO, tr(CO, "INFO", "dispatcher-query-4", "io.trino.event.QueryMonitor", "TIMELINE: Query %s :: FINISHED :: elapsed 2412ms :: planning 211ms :: waiting 8ms :: scheduling 71ms :: running 2101ms :: finishing 21ms" % qid(w.t)))
    w.add(CO, tr(CO, "INFO", "dispatcher-query-7", "io.trino.event.QueryMonitor", "TIMELINE: Query %s :: FAILED (COLUMN_NOT_FOUND) :: elapsed 41ms :: planning 41ms :: waiting 0ms :: scheduling 0ms :: running 0ms :: finishing 0ms" % qid(w.t)))
    w.add(WK[2], tr(WK[2], "INFO", "main", "io.trino.server.Server", "Working directory: /data/trino ; spill paths: [/data/trino/spill] (emptyDir)"))
    for cyc in range(2):
        evict(cyc * 2, nodes[cyc])
        w.add(CO, lambda t: "%s\tINFO\tdispatcher-query-%d\tio.trino.event.QueryMonitor\tTIMELINE: Query %s :: FAILED (REMOTE_HOST_GONE) :: elapsed %dms :: planning 402ms :: waiting 12ms :: scheduling 300ms :: running %dms :: finishing 0ms" % (
            iso_ms(t), r.randint(1, 40), qid(t), r.randint(300000, 900000), r.randint(290000, 880000)), gap=(0.5, 3))
        w.add(CO, "io.trino.spi.TrinoTransportException: Could not communicate with the remote task. The node may have crashed or be under too much load. This is probably a transient issue, so please retry your query in a few minutes. (http://%s:8080/v1/task/%s.2.0.0/results/%d/0)" % (wip[cyc * 2], qid(w.t), r.randint(0, 40)), gap=0.001)
        w.add(EV, lambda t: ev_json(t, ns, "ReplicaSet", "trino-worker-%s" % rsh, "SuccessfulCreate", "Normal", "replicaset-controller", "Created pod: %s" % workers[cyc * 2 + 1]), gap=(0.2, 1))
        w.add(WK[cyc * 2 + 1], tr(WK[cyc * 2 + 1], "INFO", "main", "io.trino.server.Server", "======== SERVER STARTED ========"), gap=(20, 40))
        w.add(CO, tr(CO, "INFO", "dispatcher-query-%d" % r.randint(1, 40), "io.trino.execution.QueryStateMachine", "Query %s retried by client (attempt %d)" % (qid(w.t), cyc + 2)), gap=(2, 10))
        if cyc == 0:
            w.add(CO, tr(CO, "INFO", "dispatcher-query-2", "io.trino.event.QueryMonitor", "TIMELINE: Query %s :: FINISHED :: elapsed 812ms :: planning 90ms :: waiting 3ms :: scheduling 31ms :: running 680ms :: finishing 8ms" % qid(w.t)))
    evict(4, nodes[2])
    w.add(CO, lambda t: "%s\tINFO\tdispatcher-query-%d\tio.trino.event.QueryMonitor\tTIMELINE: Query %s :: FAILED (TOO_MANY_REQUESTS_FAILED) :: elapsed %dms :: planning 380ms :: waiting 9ms :: scheduling 280ms :: running %dms :: finishing 0ms" % (
        iso_ms(t), r.randint(1, 40), qid(t), r.randint(300000, 900000), r.randint(290000, 880000)), gap=(0.5, 3))
    w.add(CO, "io.trino.spi.TrinoException: Encountered too many errors talking to a worker node. The node may have crashed or be under too much load. This is probably a transient issue, so please retry your query in a few minutes.", gap=0.001)
    w.add(CO, tr(CO, "INFO", "node-state-poller-0", "io.trino.metadata.DiscoveryNodeManager", "Active nodes: 2 (expected 5), inactive: 0, shutting down: 0"), gap=(1, 4))
    w.add(EV, lambda t: ev_json(t, ns, "Node", nodes[0], "NodeHasSufficientDisk", "Normal", "kubelet", "Node %s status is now: NodeHasNoDiskPressure" % nodes[0], host=nodes[0]), gap=(1, 4))
    return record(
        "resx-trino-ephemeral", w,
        "Trino queries keep failing with 'Encountered too many errors talking to a worker node'. Are the worker nodes crashing?",
        {"namespace": ns}, "CRITICAL", "resource_exhausted", "trino-worker",
        "Trino workers spill large hash joins to /data/trino/spill, which is an emptyDir counted against the "
        "container's 20Gi ephemeral-storage limit; once the spill pushes usage over the limit the kubelet evicts the "
        "worker, in-flight queries fail with REMOTE_HOST_GONE / TOO_MANY_REQUESTS_FAILED, retried queries spill again "
        "and evict the replacements. The nodes themselves are healthy (no disk pressure).",
        "Trino worker pods are evicted one after another for exceeding their ephemeral-storage limit while spilling; "
        "the cluster is down to 2 of 5 workers and large queries cannot complete.",
        "Move the spill path to a dedicated volume (generic ephemeral PVC or local SSD) or raise the ephemeral-storage "
        "limit, and cap spill with max-spill-per-node / query-max-spill-per-node below it.")


# =========================================================================== storage
@scenario("storage-azuredisk-multiattach")
def s_sto_azure(r):
    w = Win(r, "2026-10-14T21:05:00")
    ns = "integration"
    pvc = "pvc-%s" % uid(r)
    old, new = "aks-pool1-12345678-vmss000001", "aks-pool1-12345678-vmss000003"
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "aks-int-weu"}
    EVN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler", "cluster": "aks-int-weu"}
    CSI = {"namespace": "kube-system", "pod": "csi-azuredisk-controller-%s-%s" % (rs_hash(r), sfx(r)), "container": "azuredisk", "app": "csi-azuredisk-controller"}
    A0 = {"namespace": ns, "pod": "artemis-0", "container": "artemis", "app": "artemis", "node": "aks-pool1-12345678-vmss000002"}
    CM = {"namespace": ns, "pod": "camel-orders-%s-%s" % (rs_hash(r), sfx(r)), "container": "camel-orders", "app": "camel-orders"}
    sub = uid(r)
    disk = "/subscriptions/%s/resourceGroups/mc_rg-aks-int_aks-int_westeurope/providers/Microsoft.Compute/disks/%s" % (sub, pvc)

    def e(EVL, kind, name, reason, typ, comp, msg, host=None):
        return lambda t: ev_agent(name, kind, reason, typ, comp, msg, w.nrv(), host=host)

    def art(lvl, logger, msg):
        return lambda t: "%s %-5s [%s] %s" % (log4j(t), lvl, logger, msg)

    def cm(lvl, msg):
        return lambda t: "%s %-5s 1 --- [ActiveMQ-client-global-threads] o.a.c.c.j.DefaultJmsMessageListenerContainer : %s" % (log4j(t), lvl, msg)

    multi = 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc
    mount = "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % sfx(r)
    csi = lambda t: ("%s       1 utils.go:81] GRPC error: rpc error: code = Internal desc = Attach volume %s to instance %s failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, "
                     "RawError: {\"error\":{\"code\":\"OperationNotAllowed\",\"message\":\"Cannot attach data disk '%s' to VM 'aks-pool1-12345678_3' because the disk is currently being detached or the last detach operation failed. "
                     "Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again.\"}}") % (klog(t, "E"), disk, new, pvc)
    w.add(EVN, e(EVN, "Node", old, "NodeNotReady", "Normal", "node-controller", "Node %s status is now: NodeNotReady" % old))
    w.add(A0, art("WARN", "org.apache.activemq.artemis.core.client", "AMQ212037: Connection failure to artemis-1.artemis-hdls.integration.svc.cluster.local/10.244.1.%d:61616 has been detected: AMQ219015: The connection was disconnected because of server shutdown [code=DISCONNECTED]" % r.randint(2, 250)), gap=(5, 20))
    w.add(A0, art("INFO", "org.apache.activemq.artemis.core.server", "AMQ221010: Backup Server is now live"), gap=(2, 8))
    w.add(CM, cm("WARN", "Setup of JMS message listener invoker failed for destination 'orders.in' - trying to recover. Cause: AMQ219016: Connection failure detected. Unblocking a blocking call that will never get a response"), gap=(0.5, 3))
    w.add(CM, cm("INFO", "Successfully refreshed JMS Connection"), gap=(3, 8))
    w.add(EV, e(EV, "Pod", "artemis-1", "TaintManagerEviction", "Normal", "taint-eviction-controller", "Marking for deletion Pod integration/artemis-1"), gap=(60, 120))
    w.add(EV, e(EV, "StatefulSet", "artemis", "SuccessfulCreate", "Normal", "statefulset-controller", "create Pod artemis-1 in StatefulSet artemis successful"), gap=(5, 40))
    w.add(EV, e(EV, "Pod", "artemis-1", "Scheduled", "Normal", "default-scheduler", "Successfully assigned integration/artemis-1 to %s" % new), gap=(0.1, 1))
    w.add(EV, e(EV, "Pod", "artemis-1", "FailedAttachVolume", "Warning", "attachdetach-controller", multi), ev=True, gap=(0.5, 2))
    w.add(CSI, lambda t: "%s       1 controllerserver.go:414] Trying to attach volume %s to node %s" % (klog(t), disk, new), gap=(1, 5))
    w.add(CSI, csi, ev=True, gap=(1, 3))
    w.add(EVN, e(EVN, "Node", old, "NodeReady", "Normal", "kubelet", "Node %s status is now: NodeReady" % old, host=old), gap=(20, 60))
    for k in range(3):
        w.add(EV, e(EV, "Pod", "artemis-1", "FailedMount", "Warning", "kubelet", mount, host=new), ev=True, gap=(60, 130))
        w.add(EV, e(EV, "Pod", "artemis-1", "FailedAttachVolume", "Warning", "attachdetach-controller", multi), ev=True, gap=(1, 10))
        w.add(CSI, csi, ev=True, gap=(1, 5))
        if k == 0:
            w.add(A0, art("WARN", "org.apache.activemq.artemis.core.server", "AMQ222137: Unable to announce backup, retrying"), gap=(1, 10))
            w.add(CM, cm("INFO", "Processed 1200 messages from 'orders.in' in the last 5 minutes"))
        if k == 1:
            w.add(CSI, lambda t: "%s       1 azure_controller_vmss.go:182] azureDisk - detach disk(%s, %s) failed, err: Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\"error\":{\"code\":\"OperationNotAllowed\",\"message\":\"Operation 'detachDataDisk' is not allowed on VM 'aks-pool1-12345678_1' since the VM is marked for deletion or the last update failed.\"}}" % (klog(t, "E"), pvc, disk), ev=True, gap=(1, 5))
    w.add(A0, art("INFO", "org.apache.activemq.artemis.core.server", "AMQ221001: Apache ActiveMQ Artemis Message Broker version 2.33.0 [artemis-0, nodeID=%s] is running as live without a backup" % uid(r)), gap=(5, 20))
    w.add(CM, cm("INFO", "Processed 1188 messages from 'orders.in' in the last 5 minutes"))
    return record(
        "storage-azuredisk-multiattach", w,
        "artemis-1 has been in ContainerCreating for 20 minutes since the node reboot. Is the node still broken?",
        {}, "ERROR", "storage", "artemis",
        "artemis-1 was evicted from aks-pool1-12345678-vmss000001 during its failed reboot and rescheduled to "
        "vmss000003, but its Azure disk is still attached to the old VM: the detach failed (last VM update failed), so "
        "the attach is rejected with a Multi-Attach error / 409 OperationNotAllowed and the data volume never mounts.",
        "artemis-1 cannot start because its Azure managed disk is stuck attached to the old node; the node is Ready "
        "again and messaging continues on artemis-0 without a backup.",
        "Detach the disk from aks-pool1-12345678_1 explicitly (az vmss disk detach, or repair/reimage that VMSS "
        "instance), then let the attach/detach controller retry; check the replicated journal once artemis-1 is up.")


@scenario("storage-nats-readonly")
def s_sto_nats(r):
    w = Win(r, "2026-12-08T04:31:00")
    node = "metal-07"
    KJ = {"node": node, "job": "node-journal", "unit": "kernel", "host": node}
    NPD = {"node": node, "namespace": "kube-system", "pod": "node-problem-detector-%s" % sfx(r), "container": "node-problem-detector"}
    NA = {"node": node, "namespace": "messaging", "pod": "nats-1", "container": "nats", "app": "nats"}
    OR = {"node": node, "namespace": "orders", "pod": "order-router-%s-%s" % (rs_hash(r), sfx(r)), "container": "order-router", "app": "order-router"}
    KL = {"node": node, "job": "node-journal", "unit": "kubelet.service", "host": node}
    sector = r.randint(190000000, 199999999)

    def nats(lvl, msg):
        return lambda t: "[1] %s [%s] %s" % (slash_us(t), lvl, msg)

    def orl(lvl, msg, **kv):
        return lambda t: 'time=%s level=%s msg="%s"%s' % (iso_ms(t), lvl, msg, "".join(' %s="%s"' % (k, v) for k, v in kv.items()))

    w.add(NA, nats("INF", "JetStream cluster new stream leader for '$G > AUDIT'"))
    w.add(OR, orl("INFO", "published", subject="orders.routed.eu", stream="ORDERS", seq=r.randint(10**7, 2 * 10**7)))
    w.add(NA, nats("INF", "10.244.7.%d:%d - cid:%d - \"v1.31.0:go\" - Slow Consumer Detected: WriteDeadline of 10s exceeded with 1 chunks of 32768 total bytes." % (r.randint(2, 250), r.randint(30000, 60000), r.randint(100, 999))))
    for k in range(3):
        s_ = sector + k * 8
        w.add(KJ, "nvme nvme1: I/O %d QID %d timeout, aborting" % (r.randint(100, 999), r.randint(1, 16)), ev=True, gap=(5, 15))
        w.add(KJ, "blk_update_request: I/O error, dev nvme1n1, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0" % s_, ev=True, gap=(0.01, 0.3))
        w.add(KJ, "Buffer I/O error on dev nvme1n1p1, logical block %d, lost async page write" % (s_ // 8), ev=True, gap=0.001)
    w.add(KJ, "EXT4-fs error (device nvme1n1p1): ext4_journal_check_start:83: comm nats-server: Detected aborted journal", ev=True, gap=(0.1, 1))
    w.add(KJ, "EXT4-fs (nvme1n1p1): Remounting filesystem read-only", ev=True, gap=0.001)
    w.add(NPD, lambda t: "%s       1 log_monitor.go:160] New status generated: &{Source:kernel-monitor Events:[{Severity:warn Timestamp:%s Reason:Ext4Error Message:EXT4-fs error (device nvme1n1p1): ext4_journal_check_start:83: comm nats-server: Detected aborted journal}] Conditions:[{Type:ReadonlyFilesystem Status:True Transition:%s Reason:FilesystemIsReadOnly Message:Remounting filesystem read-only}]}" % (
        klog(t), iso_s(t), iso_s(t)), ev=True, gap=(0.5, 2))
    blk = r.randint(1800, 1900)
    for k in range(3):
        w.add(NA, nats("ERR", "JetStream failed to store a msg on stream '$G > AUDIT': write /data/jetstream/$G/streams/AUDIT/msgs/%d.blk: read-only file system" % blk), ev=True, gap=(0.3, 3))
        w.add(OR, orl("ERROR", "publish failed", subject="audit.order.routed", stream="AUDIT", err="nats: no response from stream"), gap=(0.01, 0.5))
        if k == 0:
            w.add(NA, nats("ERR", "RAFT [cnrtt3eg - S-R3F-%s] Critical write error: write /data/jetstream/$SYS/_js_/S-R3F-%s/msgs/1.blk: read-only file system" % (hexs(r, 8), hexs(r, 8))), ev=True, gap=(0.1, 1))
            w.add(NA, nats("WRN", "JetStream cluster stream '$G > ORDERS' leader stepping down: storage failure"), gap=(0.1, 1))
            w.add(OR, orl("WARN", "publish retry", subject="orders.routed.eu", stream="ORDERS", err="nats: timeout", attempt="1"))
            w.add(OR, orl("INFO", "published", subject="orders.routed.eu", stream="ORDERS", seq=r.randint(2 * 10**7, 3 * 10**7)), gap=(0.5, 2))
        if k == 1:
            w.add(KL, lambda t: '%s    2211 kubelet_pods.go:1004] "Unable to write termination log" err="open /var/lib/kubelet/pods/%s/containers/nats/%s: read-only file system" pod="messaging/nats-1"' % (klog(t, "E"), uid(r), hexs(r, 8)), ev=True)
    w.add(NA, nats("WRN", "Healthcheck failed: \"JetStream stream '$G > AUDIT' is not current\""), gap=(2, 6))
    w.add(NA, nats("ERR", "JetStream failed to store a msg on stream '$G > AUDIT': write /data/jetstream/$G/streams/AUDIT/msgs/%d.blk: read-only file system" % blk), ev=True, gap=(0.3, 3))
    w.add(OR, orl("ERROR", "publish failed", subject="audit.order.routed", stream="AUDIT", err="nats: no response from stream"), gap=(0.01, 0.5))
    w.add(OR, orl("INFO", "stats", routed=r.randint(4000, 6000), audit_failed=r.randint(40, 90), errors_other=0), gap=(2, 6))
    return record(
        "storage-nats-readonly", w,
        "Publishers get 'nats: no response from stream' on the AUDIT stream. Is JetStream out of memory?",
        {"node": node}, "CRITICAL", "storage", "nats",
        "The NVMe data disk on metal-07 (nvme1n1) is throwing write I/O errors; ext4 aborted its journal and remounted "
        "the filesystem read-only. nats-1's JetStream store lives on it, so every write fails with 'read-only file "
        "system': the single-replica AUDIT stream cannot accept messages and the replicated ORDERS stream lost its leader "
        "on this node. Data on the failing disk is at risk.",
        "nats-1's JetStream volume on metal-07 went read-only after disk I/O errors; AUDIT publishes fail and the data "
        "held only on that disk is at risk. Memory is not involved.",
        "Cordon metal-07, move nats-1 to healthy storage (new PV, restore AUDIT from backup/mirror), replace or check the "
        "NVMe device; make AUDIT replicated (R3) so one disk cannot take it down.")


# =========================================================================== database
@scenario("db-clickhouse-parts")
def s_db_ch(r):
    w = Win(r, "2026-04-16T13:50:00")
    ns = "events"
    CH = {"namespace": ns, "pod": "clickhouse-0", "container": "clickhouse", "app": "clickhouse"}
    IG = [{"namespace": ns, "pod": "ingest-gateway-%s-%s" % ("6b7d9c8f5", sfx(r)), "container": "ingest-gateway", "app": "ingest-gateway"} for _ in range(2)]
    GD = {"namespace": ns, "pod": "gdpr-erasure-%d-%s" % (r.randint(29500000, 29599999), sfx(r)), "container": "gdpr-erasure", "app": "gdpr-erasure"}
    tbl = "events.clicks_local (%s)" % uid(r)

    def ch(lvl, logger, msg, q=""):
        return lambda t: "%s [ %d ] {%s} <%s> %s: %s" % (chts(t), r.randint(1, 600), q, lvl, logger, msg)

    def ig(i, lvl, msg, **kv):
        return lambda t: json.dumps(dict([("level", lvl), ("ts", iso_ms(t)), ("msg", msg)] + list(kv.items())), separators=(",", ":"))

    w.add(IG[0], ig(0, "info", "batch inserted", table="events.clicks_local", rows=r.randint(800, 1200), duration_ms=r.randint(30, 90)))
    w.add(GD, lambda t: "%s INFO erasing 18231 user ids from events.clicks_local (request batch GDPR-2026-04-16)" % iso_ms(t))
    w.add(CH, ch("Debug", "executeQuery", "(from 10.56.3.%d:52344, user: gdpr_job) ALTER TABLE events.clicks_local DELETE WHERE user_id IN (SELECT user_id FROM gdpr.erasure_requests WHERE batch = 'GDPR-2026-04-16') (stage: Complete)" % r.randint(2, 250), q=uid(r)), ev=True)
    w.add(CH, ch("Information", tbl, "Added mutation: mutation_%d.txt" % r.randint(5000, 6000)), ev=True, gap=(0.01, 0.1))
    w.add(CH, ch("Debug", tbl + " (MergerMutator)", "Selected 1 parts from 202604_1_4120_9 to 202604_1_4120_9 for mutation"), gap=(0.5, 2))
    w.add(CH, ch("Information", "BackgroundSchedulePool", "Background merges/mutations pool: 16/16 tasks busy (mutations=16, merges=0)"), ev=True, gap=(10, 40))
    w.add(GD, lambda t: "%s INFO mutation submitted; not waiting for completion (mutations_sync=0)" % iso_ms(t))
    parts = r.randint(150, 170)
    for k in range(5):
        parts += r.randint(25, 40)
        w.add(CH, ch("Warning", tbl, "Delaying inserting block by %d ms. because there are %d parts and their average size is %.2f MiB" % (r.randint(20, 600), parts, r.uniform(1.0, 1.3))), ev=True, gap=(5, 20))
        w.add(IG[k % 2], ig(k % 2, "info", "batch inserted", table="events.clicks_local", rows=r.randint(800, 1200), duration_ms=r.randint(300, 1500)), gap=(0.2, 1))
        if k == 1:
            w.add(CH, ch("Information", "executeQuery", "Read 1 rows, 4.00 B in 0.001 sec., 1000 rows/sec., 3.91 KiB/sec.", q=uid(r)))
    for k in range(4):
        qq = uid(r)
        n = 300 + k * r.randint(1, 4)
        w.add(CH, ch("Error", "executeQuery", "Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in table '%s'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 23.8.9.54 (official build)) (from 10.56.%d.%d:%d) (in query: INSERT INTO events.clicks_local FORMAT RowBinary)" % (
            n, r.uniform(1.0, 1.2), tbl, r.randint(0, 30), r.randint(2, 250), r.randint(30000, 60000)), q=qq), ev=True, gap=(2, 10))
        w.add(IG[k % 2], ig(k % 2, "error", "insert failed, dropping batch after 3 attempts", table="events.clicks_local", rows=r.randint(800, 1200),
                             error="code: 252, message: Too many parts (%d). Merges are processing significantly slower than inserts" % n), ev=True, gap=(0.05, 0.5))
        if k == 1:
            w.add(IG[1], ig(1, "warn", "ingest buffer above 80%", buffered=r.randint(80000, 95000), capacity=100000))
            w.add(IG[0], ig(0, "info", "GET /healthz", status=200))
        if k == 2:
            w.add(CH, ch("Information", "executeQuery", "Read 2811 rows, 121.44 KiB in 0.021 sec., 133857 rows/sec., 5.65 MiB/sec.", q=uid(r)))
    w.add(CH, ch("Debug", tbl + " (MergerMutator)", "Mutation mutation_%d: 212 of 4120 parts done" % r.randint(5000, 6000)), gap=(3, 8))
    w.add(IG[0], ig(0, "info", "stats", accepted=r.randint(90000, 120000), dropped=r.randint(3000, 5000), errors_http=0))
    return record(
        "db-clickhouse-parts", w,
        "ingest-gateway is dropping click events with code 252. Should we scale ingest-gateway?",
        {"namespace": ns}, "ERROR", "database", "clickhouse",
        "A GDPR erasure issued ALTER TABLE events.clicks_local DELETE, a heavy mutation that rewrites every part and "
        "occupies all 16 background pool slots, so no merges run. Parts accumulate from normal inserts until ClickHouse "
        "first delays and then rejects inserts with Code 252 TOO_MANY_PARTS; ingest-gateway drops the batches after "
        "retries.",
        "ClickHouse rejects inserts (TOO_MANY_PARTS) because a large delete mutation starves merges; scaling "
        "ingest-gateway would make it worse.",
        "Pause or kill the mutation (KILL MUTATION, then redo the erasure with lightweight DELETE or per-partition "
        "mutations off-peak), let merges catch up, and replay the dropped batches; consider a larger insert batch "
        "size / async_insert.")


@scenario("db-airflow-pg-clients")
def s_db_airflow(r):
    w = Win(r, "2026-01-12T00:05:00")
    ns = "airflow"
    SCH = {"namespace": ns, "pod": "airflow-scheduler-%s-%s" % (rs_hash(r), sfx(r)), "container": "scheduler", "component": "scheduler", "release": "airflow"}
    WEB = {"namespace": ns, "pod": "airflow-webserver-%s-%s" % (rs_hash(r), sfx(r)), "container": "webserver", "component": "webserver", "release": "airflow"}
    PG = {"namespace": ns, "pod": "airflow-postgresql-0", "container": "postgresql", "app": "postgresql", "release": "airflow"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
    TP = [{"namespace": ns, "pod": "backfill-events-load-%s" % hexs(r, 8), "container": "base", "dag_id": "backfill_events"} for _ in range(2)]
    pg_ip = "10.43.%d.%d" % (r.randint(0, 255), r.randint(2, 250))

    def af(L, lvl, src, msg):
        return lambda t: "%s {%s} %s - %s" % (airflow_ts(t), src, lvl, msg)

    def pg(lvl, msg):
        return lambda t: "%s [%d] %s:  %s" % (pgts(t), r.randint(20000, 60000), lvl, msg)

    opx = ('sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "airflow-postgresql.airflow.svc.cluster.local" (%s), port 5432 failed: FATAL:  sorry, too many clients already' % pg_ip)
    w.add(SCH, af(SCH, "WARNING", "configuration.py:1045", "The base_log_folder option in [core] has been moved to the base_log_folder option in [logging] - the old setting has been used, but please update your config."))
    w.add(SCH, af(SCH, "INFO", "scheduler_job_runner.py:417", "120 tasks up for execution:"), gap=(2, 5))
    w.add(SCH, af(SCH, "INFO", "kubernetes_executor.py:287", "Add task TaskInstanceKey(dag_id='backfill_events', task_id='load', run_id='backfill__2025-12-01T00:00:00+00:00', try_number=1, map_index=17) with command ['airflow', 'tasks', 'run', 'backfill_events', 'load', 'backfill__2025-12-01T00:00:00+00:00', '--local', '--subdir', 'DAGS_FOLDER/backfill_events.py', '--map-index', '17']"), gap=(0.1, 0.5))
    w.add(SCH, af(SCH, "INFO", "kubernetes_executor_utils.py:460", "Creating kubernetes pod for job is TaskInstanceKey(dag_id='backfill_events', task_id='load', run_id='backfill__2025-12-01T00:00:00+00:00', try_number=1, map_index=17), with pod name %s, annotations: <omitted>" % TP[0]["pod"]), gap=(0.05, 0.2))
    w.add(SCH, af(SCH, "INFO", "manager.py:1011", "DagFileProcessorManager stats: 42 files, Number of errors: 0, last runtime 3.12s"), gap=(1, 3))
    w.add(PG, pg("LOG", "connection authorized: user=airflow database=airflow application_name=airflow task supervisor"), gap=(1, 3))
    for k in range(4):
        w.add(PG, pg("FATAL", "sorry, too many clients already"), ev=True, gap=(1, 5))
        w.add(TP[k % 2], af(TP[k % 2], "ERROR", "base.py:2056", "Exception during reset or similar"), gap=(0.05, 0.5))
        w.add(TP[k % 2], opx, ev=True, gap=0.001)
        if k == 1:
            w.add(PG, pg("FATAL", "remaining connection slots are reserved for non-replication superuser connections"), ev=True)
            w.add(WEB, lambda t: '10.42.1.%d - - [%s] "GET /api/v1/dags?limit=100 HTTP/1.1" 500 1543 "-" "Mozilla/5.0"' % (r.randint(2, 250), clf(t)))
        if k == 2:
            w.add(PG, pg("LOG", "checkpoint starting: time"))
    w.add(SCH, af(SCH, "ERROR", "scheduler_job_runner.py:861", "Exception when executing SchedulerJob._run_scheduler_loop"), gap=(1, 4))
    w.add(SCH, "Traceback (most recent call last):", gap=0.001)
    w.add(SCH, opx, ev=True, gap=0.001)
    w.add(SCH, "(Background on this error at: https://sqlalche.me/e/14/e3q8)", gap=0.001)
    w.add(SCH, af(SCH, "INFO", "kubernetes_executor.py:773", "Shutting down Kubernetes executor"), gap=(0.05, 0.3))
    w.add(EV, lambda t: ev_agent(SCH["pod"], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container scheduler in pod %s_airflow(%s)" % (SCH["pod"], uid(r)), w.nrv(), host="rke2-agent-%02d" % r.randint(1, 9)), gap=(10, 40))
    w.add(SCH, af(SCH, "INFO", "scheduler_job_runner.py:810", "Starting the scheduler"), gap=(5, 15))
    w.add(PG, pg("FATAL", "sorry, too many clients already"), ev=True, gap=(0.5, 2))
    w.add(SCH, af(SCH, "ERROR", "cli_action_loggers.py:122", "Failed to log action (psycopg2.OperationalError) connection to server at \"airflow-postgresql.airflow.svc.cluster.local\" (%s), port 5432 failed: FATAL:  sorry, too many clients already" % pg_ip), ev=True, gap=(0.01, 0.1))
    w.add(EV, lambda t: ev_agent(SCH["pod"], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container scheduler in pod %s_airflow(%s)" % (SCH["pod"], uid(r)), w.nrv(), host="rke2-agent-%02d" % r.randint(1, 9)), gap=(10, 40))
    w.add(PG, pg("LOG", "statistics: numbackends=100 max_connections=100 (superuser_reserved_connections=3)"), ev=True, gap=(1, 5))
    w.add(WEB, lambda t: '10.42.1.%d - - [%s] "GET /health HTTP/1.1" 200 312 "-" "kube-probe/1.28"' % (r.randint(2, 250), clf(t)))
    return record(
        "db-airflow-pg-clients", w,
        "The Airflow scheduler is crash-looping. Is it the KubernetesExecutor pod template?",
        {"namespace": ns}, "CRITICAL", "database", "airflow-postgresql",
        "A backfill queued 120 mapped tasks; each KubernetesExecutor task pod opens its own metadata-DB connections and "
        "the airflow-postgresql instance hits max_connections=100 ('sorry, too many clients already', remaining slots "
        "reserved for superuser). The scheduler's own queries are refused, it exits and restart-loops, and the "
        "webserver returns 500s.",
        "The Airflow metadata database has run out of connections; the scheduler crash loop is a consequence, not "
        "a pod-template problem.",
        "Stop or throttle the backfill (max_active_tasks / pool slots), put PgBouncer in front of the metadata DB (the "
        "chart's pgbouncer.enabled) or raise max_connections, then let the scheduler recover.")


# =========================================================================== rate_limited
@scenario("rate-spark-s3-slowdown")
def s_rate_s3(r):
    w = Win(r, "2026-05-14T03:05:00")
    ns, app = "lakehouse", "compaction-hourly"
    DR = {"namespace": ns, "pod": "%s-driver" % app, "container": "spark-kubernetes-driver", "spark_role": "driver", "app": app}
    sid = hexs(r, 16)
    EX = [{"namespace": ns, "pod": "%s-%s-exec-%d" % (app, sid, i), "container": "spark-kubernetes-executor", "spark_role": "executor", "app": app} for i in (3, 5)]
    ips = ["10.20.%d.%d" % (r.randint(0, 63), r.randint(2, 250)) for _ in range(6)]

    def sp(lvl, cls, msg):
        return lambda t: "%s %s %s: %s" % (spark(t), lvl, cls, msg)

    def slow(part):
        rid, ext = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)), hexs(r, 40)
        return ("org.apache.hadoop.fs.s3a.AWSServiceThrottledException: put on s3a://acme-lake/silver/events/dt=2026-05-14/hour=02/part-%05d-%s.c000.snappy.parquet: "
                "com.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; "
                "Request ID: %s; S3 Extended Request ID: %s; Proxy: null), S3 Extended Request ID: %s:SlowDown: Please reduce your request rate.") % (part, uid(r), rid, ext, ext)

    w.add(DR, sp("WARN", "MetricsConfig", "Cannot locate configuration: tried hadoop-metrics2-s3a-file-system.properties,hadoop-metrics2.properties"))
    w.add(DR, sp("WARN", "AbstractS3ACommitterFactory", "Using standard FileOutputCommitter to commit work. This is slow and potentially unsafe."), gap=(1, 4))
    t_job = w.add(DR, sp("INFO", "SparkContext", "Starting job: parquet at Compaction.scala:88"), gap=(1, 3))
    w.add(DR, sp("INFO", "DAGScheduler", "Got job 4 (parquet at Compaction.scala:88) with 64 output partitions"), gap=(0.05, 0.3))
    t_stage = w.add(DR, sp("INFO", "TaskSchedulerImpl", "Adding task set 4.0 with 64 tasks resource profile 0"), gap=(0.2, 1))
    for i in range(3):
        w.add(DR, sp("INFO", "TaskSetManager", "Finished task %d.0 in stage 4.0 (TID %d) in %d ms on %s (executor %d) (%d/64)" % (i, 300 + i, r.randint(20000, 40000), r.choice(ips), r.randint(1, 6), i + 1)), gap=(5, 20))
    tasks = [12, 17, 23, 41]
    for n, tk in enumerate(tasks):
        ex = EX[n % 2]
        w.add(ex, sp("INFO", "Invoker", "Retrying on throttled request (SlowDown), attempt %d of 20, sleeping %d ms" % (r.randint(5, 9), r.randint(800, 3200))), ev=True, gap=(2, 10))
        w.add(DR, lambda t, tk=tk: sp("WARN", "TaskSetManager", "Lost task %d.0 in stage 4.0 (TID %d) (%s executor %d): %s" % (tk, 300 + tk, r.choice(ips), r.randint(1, 6), slow(tk)))(t), ev=True, gap=(1, 5))
        w.add(DR, sp("INFO", "TaskSetManager", "Starting task %d.1 in stage 4.0 (TID %d) (%s, executor %d, partition %d, PROCESS_LOCAL, 10522 bytes)" % (tk, 400 + tk, r.choice(ips), r.randint(1, 6), tk)), gap=(0.01, 0.2))
        if n == 1:
            w.add(ex, sp("WARN", "S3ABlockOutputStream", "Application invoked the Syncable API against stream writing to silver/events/dt=2026-05-14/hour=02/_temporary/0/_temporary/attempt_%s_0004_m_000017_1/part-00017.c000.snappy.parquet. This is unsupported" % hexs(r, 14)))
    for n, tk in enumerate(tasks):
        w.add(DR, sp("INFO", "TaskSetManager", "Finished task %d.1 in stage 4.0 (TID %d) in %d ms on %s (executor %d) (%d/64)" % (tk, 400 + tk, r.randint(30000, 90000), r.choice(ips), r.randint(1, 6), 58 + n)), gap=(5, 30))
    w.add(DR, lambda t: sp("INFO", "DAGScheduler", "ResultStage 4 (parquet at Compaction.scala:88) finished in %.3f s" % ((t - t_stage) / 1e9))(t), gap=(5, 20))
    w.add(DR, lambda t: sp("INFO", "DAGScheduler", "Job 4 finished: parquet at Compaction.scala:88, took %.6f s" % ((t - t_job) / 1e9))(t), gap=(0.01, 0.1))
    w.add(DR, sp("INFO", "FileFormatWriter", "Write Job %s committed. Elapsed time: 61231 ms." % uid(r)), gap=(30, 60))
    w.add(DR, sp("INFO", "Compaction", "compacted 18231 files into 64 for dt=2026-05-14/hour=02 (throttled_requests=212, errors=0)"), gap=(0.1, 1))
    w.add(DR, sp("INFO", "SparkContext", "Successfully stopped SparkContext"), gap=(1, 4))
    return record(
        "rate-spark-s3-slowdown", w,
        "The hourly compaction job logged S3 503 errors. Is S3 having an outage?",
        {"namespace": ns, "app": app}, "WARN", "rate_limited", app,
        "compaction-hourly writes and renames thousands of objects under a single S3 prefix (classic "
        "FileOutputCommitter), exceeding the per-prefix request rate; S3 answers 503 SlowDown ('Please reduce your "
        "request rate'), some tasks fail after S3A's retries and are re-run successfully. The job completes.",
        "S3 throttled compaction-hourly's request burst (503 SlowDown); retries absorbed it and the run finished with "
        "errors=0. It is not an S3 outage.",
        "Optional: switch to an S3A committer (magic/directory) to avoid renames, spread output over more prefixes or "
        "lower write parallelism, and keep fs.s3a.retry.throttle.* generous.")


@scenario("rate-envoygw-catalog-sync")
def s_rate_eg(r):
    w = Win(r, "2026-06-25T02:00:00")
    ns = "catalog"
    jobn = "catalog-sync-%d" % r.randint(29600000, 29699999)
    EGP = {"namespace": "envoy-gateway-system", "pod": "envoy-envoy-gateway-system-eg-%s-%s-%s" % (hexs(r, 8), rs_hash(r), sfx(r)), "container": "envoy", "app": "envoy"}
    RL = {"namespace": "envoy-gateway-system", "pod": "envoy-ratelimit-%s-%s" % (rs_hash(r), sfx(r)), "container": "envoy-ratelimit", "app": "envoy-ratelimit"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "gke-commerce-euw4"}
    pods = ["%s-%s" % (jobn, sfx(r)) for _ in range(3)]
    CS = [{"namespace": ns, "pod": p, "container": "catalog-sync", "app": "catalog-sync"} for p in pods]
    cip = "10.8.%d.%d" % (r.randint(0, 31), r.randint(2, 250))

    def slog(L, lvl, msg, **kv):
        return lambda t: "time=%s level=%s msg=%s%s" % (iso_ms(t), lvl, lq(msg), "".join(" %s=%s" % (k, v) for k, v in kv.items()))

    def acc(code, flags, details, dur, up="-"):
        return lambda t: json.dumps({"start_time": iso_ms(t), "method": "PUT", "x-envoy-origin-path": "/v1/items", "protocol": "HTTP/1.1",
                                     "response_code": str(code), "response_flags": flags, "response_code_details": details,
                                     "connection_termination_details": "-", "upstream_transport_failure_reason": "-",
                                     "bytes_received": str(r.randint(2000, 9000)), "bytes_sent": str(18 if code == 429 else r.randint(40, 200)),
                                     "duration": str(dur), "x-envoy-upstream-service-time": "-" if code == 429 else str(dur - 1),
                                     "x-forwarded-for": cip, "user-agent": "catalog-sync/2.7.0 (+go1.22)", "x-request-id": uid(r),
                                     ":authority": "partner-gw.example.com", "upstream_host": up,
                                     "upstream_cluster": "httproute/catalog/partner-api/rule/0",
                                     "route_name": "httproute/catalog/partner-api/rule/0/match/0/partner-gw_example_com"}, separators=(",", ":"))

    def run(i, attempt):
        w.add(EV, lambda t: ev_agent(jobn, "Job", "SuccessfulCreate", "Normal", "job-controller", "Created pod: %s" % pods[i], w.nrv(), api="batch/v1"), gap=(5, 20))
        w.add(CS[i], slog(CS[i], "INFO", "starting catalog sync", workers=20, batch_size=100, target="https://partner-gw.example.com/v1/items", attempt=attempt), gap=(3, 8))
        w.add(CS[i], slog(CS[i], "INFO", "oauth token refreshed", expires_in=3600), gap=(0.1, 0.5))
        w.add(EGP, acc(200, "-", "via_upstream", r.randint(80, 300), "10.8.%d.%d:8443" % (r.randint(0, 31), r.randint(2, 250))), gap=(0.5, 2))
        for k in range(3):
            w.add(EGP, acc(429, "RL", "request_rate_limited", r.randint(1, 3)), ev=True, gap=(0.05, 1))
            w.add(CS[i], slog(CS[i], "WARN", "upstream throttled", status=429, retry_after=60, batch=r.randint(100, 400)), ev=True, gap=(0.01, 0.1))
            if k == 0:
                w.add(RL, lambda t: 'time="%s" level=warning msg="descriptor over limit" domain=catalog descriptor="[{header_x_client_id catalog-sync}]" limit="100 per MINUTE" hits=%d' % (iso_s(t), r.randint(180, 400)), ev=True, gap=(0.01, 0.2))
        w.add(CS[i], slog(CS[i], "ERROR", "giving up on batch", err=lq("PUT https://partner-gw.example.com/v1/items: 429 Too Many Requests"), failed_batches=r.randint(40, 90)), ev=True, gap=(30, 70))
        w.add(CS[i], slog(CS[i], "ERROR", "catalog sync failed", exit_code=1), gap=(0.01, 0.1))

    w.add(RL, lambda t: 'time="%s" level=info msg="loaded config" domain=catalog descriptors=1' % iso_s(t))
    run(0, 1)
    w.add(EGP, acc(200, "-", "via_upstream", r.randint(80, 300), "10.8.%d.%d:8443" % (r.randint(0, 31), r.randint(2, 250))), gap=(1, 5))
    run(1, 2)
    run(2, 3)
    w.add(EV, lambda t: ev_agent(jobn, "Job", "BackoffLimitExceeded", "Warning", "job-controller", "Job has reached the specified backoff limit", w.nrv(), api="batch/v1"), gap=(1, 5))
    w.add(EV, lambda t: ev_agent("catalog-sync", "CronJob", "SawCompletedJob", "Normal", "cronjob-controller", "Saw completed job: %s, status: Failed" % jobn, w.nrv(), api="batch/v1"), gap=(0.1, 1))
    return record(
        "rate-envoygw-catalog-sync", w,
        "catalog-sync has failed three nights running with BackoffLimitExceeded. Is the partner API rejecting our credentials?",
        {}, "ERROR", "rate_limited", "catalog-sync",
        "catalog-sync now runs 20 parallel workers and exceeds the Envoy Gateway global rate limit for its client id "
        "(100 requests per minute); the gateway answers 429 (response flag RL, request_rate_limited) before the request "
        "reaches the partner API, batches are abandoned and every Job attempt exits 1 until backoffLimit is reached. "
        "Authentication works (token refresh succeeds).",
        "The nightly catalog-sync CronJob is being rate limited (429) by the gateway and fails; credentials are fine.",
        "Reduce catalog-sync's concurrency (or add client-side rate limiting honouring Retry-After) to stay under 100 "
        "req/min, or agree a higher limit for its descriptor; then rerun the job.")


# =========================================================================== node_failure
@scenario("node-calico-bgp")
def s_node_calico(r):
    w = Win(r, "2026-09-22T10:40:00")
    node = "k8s-w12"
    peers = "10.20.1.11,10.20.1.13,10.20.1.14"
    KJ = {"node": node, "job": "node-journal", "unit": "kernel"}
    KL = {"node": node, "job": "node-journal", "unit": "kubelet.service"}
    cn = "calico-node-%s" % sfx(r)
    CN = {"node": node, "namespace": "kube-system", "pod": cn, "container": "calico-node", "k8s_app": "calico-node"}
    BA = {"node": node, "namespace": "billing", "pod": "billing-api-%s-%s" % (rs_hash(r), sfx(r)), "container": "billing-api", "app": "billing-api"}
    RW = {"node": node, "namespace": "reports", "pod": "report-worker-%s-%s" % (rs_hash(r), sfx(r)), "container": "report-worker", "app": "report-worker"}
    pg_ip = "10.244.%d.%d" % (r.randint(30, 60), r.randint(2, 250))
    puid = uid(r)

    def cal(lvl, src, msg):
        return lambda t: "%s [%s][%d] %s %s" % (dotms(t), lvl, r.choice([78, 81, 93]), src, msg)

    down = "ixgbe 0000:3b:00.0 eno1: NIC Link is Down"
    up = "ixgbe 0000:3b:00.0 eno1: NIC Link is Up 10 Gbps, Flow Control: RX/TX"
    probe = lambda t: '%s    1843 prober.go:107] "Probe failed" probeType="Readiness" pod="kube-system/%s" podUID="%s" containerName="calico-node" probeResult="failure" output="calico/node is not ready: BIRD is not ready: BGP not established with %s"' % (klog(t), cn, puid, peers)
    w.add(CN, cal("INFO", "felix/summary.go 100:", "Summarising 12 dataplane reconciliation loops over 1m2.4s: avg=6ms longest=21ms (resync-routes-v4)"))
    w.add(BA, lambda t: '{"level":"info","ts":"%s","msg":"GET /v1/invoices 200","duration_ms":%d}' % (iso_ms(t), r.randint(10, 60)))
    for k in range(3):
        w.add(KJ, down, ev=True, gap=(5, 20))
        w.add(KJ, up, ev=True, gap=(1, 4))
        for p in ("10_20_1_11", "10_20_1_13"):
            w.add(CN, "bird: Mesh_%s: Error: Hold timer expired" % p, ev=True, gap=(0.05, 2))
            w.add(CN, "bird: Mesh_%s: State changed to down" % p, ev=True, gap=0.001)
        w.add(CN, "bird: Mesh_10_20_1_14: Error: Hold timer expired", ev=True, gap=(0.05, 2))
        w.add(KL, probe, ev=True, gap=(1, 8))
        w.add(BA, lambda t: '{"level":"error","ts":"%s","msg":"db query failed","error":"dial tcp %s:5432: i/o timeout"}' % (iso_ms(t), pg_ip), gap=(0.5, 4))
        if k == 0:
            w.add(CN, "bird: Mesh_10_20_1_11: Starting", gap=(2, 6))
            w.add(CN, "bird: Mesh_10_20_1_11: State changed to start", gap=0.001)
            w.add(RW, lambda t: "%s WARN  [report-exec-2] c.a.r.ReportWorker - fetch failed, will retry: java.net.SocketTimeoutException: Connect timed out (http://reports-api.reports.svc:8080/v1/jobs)" % log4j(t))
        if k == 1:
            w.add(CN, cal("INFO", "felix/int_dataplane.go 1954:", "Received *proto.HostMetadataV4V6Update update from calculation graph msg=hostname:\"k8s-w12\" ipv4_addr:\"10.20.1.12/24\""))
            w.add(KL, lambda t: '%s    1843 kubelet.go:2455] "SyncLoop (probe)" probe="readiness" status="" pod="kube-system/%s"' % (klog(t), cn))
            w.add(BA, lambda t: '{"level":"info","ts":"%s","msg":"GET /healthz 200","duration_ms":1}' % iso_ms(t))
    w.add(CN, cal("WARNING", "felix/route_table.go 902:", "Failed to reach peer routes; 31 remote blocks unreachable via BGP ifaceName=\"tunl0\""), ev=True, gap=(1, 5))
    w.add(RW, lambda t: "%s ERROR [report-exec-1] c.a.r.ReportWorker - job R-%d failed after 3 attempts: java.net.SocketTimeoutException: Connect timed out" % (log4j(t), r.randint(10000, 99999)))
    w.add(KL, probe, ev=True, gap=(5, 10))
    w.add(BA, lambda t: '{"level":"error","ts":"%s","msg":"db query failed","error":"dial tcp %s:5432: i/o timeout"}' % (iso_ms(t), pg_ip))
    return record(
        "node-calico-bgp", w,
        "Pods on k8s-w12 get i/o timeouts talking to Postgres while other nodes are fine. Is Postgres overloaded?",
        {"node": node}, "ERROR", "node_failure", node,
        "k8s-w12's uplink NIC (eno1) keeps flapping; each flap drops the node's Calico BGP sessions to all its mesh "
        "peers (hold timer expired), its routes to other nodes' pod CIDRs are withdrawn, and calico-node reports "
        "'BIRD is not ready: BGP not established'. Pods scheduled on k8s-w12 cannot reach pods on other nodes, which "
        "shows up as connect/i-o timeouts to Postgres and other services. The node itself stays Ready.",
        "Pod networking on k8s-w12 is broken by a flapping NIC that keeps tearing down Calico's BGP sessions; Postgres "
        "is fine and reachable from every other node.",
        "Cordon and drain k8s-w12, have the link checked (cable/transceiver/switch port for eno1), and uncordon once "
        "BGP stays established; consider alerting on calico-node readiness.")


@scenario("node-ecc-notready")
def s_node_ecc(r):
    w = Win(r, "2026-02-18T04:02:00")
    node = "rke2-metal-03"
    KJ = {"node": node, "job": "node-journal", "unit": "kernel"}
    KL = {"node": node, "job": "node-journal", "unit": "rke2-agent.service"}
    EVN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler", "cluster": "rke2-stream-dc1"}
    EVS = {"namespace": "streaming", "job": "integrations/kubernetes/eventhandler", "cluster": "rke2-stream-dc1"}
    JM = {"namespace": "streaming", "pod": "orders-join-%s-%s" % (rs_hash(r), sfx(r)), "container": "flink-main-container", "app": "orders-join", "node": "rke2-metal-01"}
    O1 = {"node": "rke2-metal-01", "job": "node-journal", "unit": "rke2-agent.service"}

    def fl(lvl, cls, msg):
        return lambda t: "%s %-5s %-60s [] - %s" % (log4j(t), lvl, cls, msg)

    def edac(kind):
        return "EDAC MC1: 1 %s memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%x offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:2 row:0x%x col:0x%x)" % (
            kind, r.randint(0x800000, 0x8fffff), r.randint(0x1000, 0x1fff), r.randint(0x100, 0x3ff))

    w.add(KL, lambda t: '%s    2931 kubelet_node_status.go:536] "Updating node status"' % klog(t))
    w.add(JM, fl("INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (r.randint(1000, 9000), hexs(r, 32), r.randint(10**7, 10**8), r.randint(800, 3000), r.randint(1, 20))))
    for k in range(3):
        w.add(KJ, "mce: [Hardware Error]: Machine check events logged", ev=True, gap=(10, 40))
        w.add(KJ, edac("CE"), ev=True, gap=0.001)
    w.add(O1, lambda t: '%s    2204 kubelet_node_status.go:536] "Updating node status"' % klog(t))
    w.add(KJ, "mce: [Hardware Error]: Machine check events logged", ev=True, gap=(5, 20))
    w.add(KJ, edac("UE"), ev=True, gap=0.001)
    w.add(KJ, "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 13: be00000000800090", ev=True, gap=(0.1, 1))
    w.add(KJ, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8a0b1c2e> {clear_page_erms+0xe/0x20}", ev=True, gap=0.001)
    w.add(KJ, "mce: [Hardware Error]: TSC 3c1f9a2b7d4e ADDR %x MISC 200000c020009086 " % r.randint(0x8f0000000, 0x8ffffffff), ev=True, gap=0.001)
    w.add(KJ, "Kernel panic - not syncing: Fatal machine check", ev=True, gap=0.001)
    w.add(JM, fl("INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (r.randint(1000, 9000), r.randint(10**12, 2 * 10**12), hexs(r, 32))), gap=(5, 20))
    for tm in (4, 5):
        w.add(JM, fl("INFO", "org.apache.flink.runtime.jobmaster.JobMaster", "The heartbeat of TaskManager with id orders-join-taskmanager-1-%d timed out." % tm), gap=(30, 50))
    w.add(JM, fl("INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "Job orders-join (%s) switched from state RUNNING to RESTARTING." % hexs(r, 32)), gap=(0.1, 0.5))
    w.add(EVN, lambda t: ev_agent(node, "Node", "NodeNotReady", "Normal", "node-controller", "Node %s status is now: NodeNotReady" % node, w.nrv()), ev=True, gap=(1, 10))
    w.add(O1, lambda t: '%s    2204 kubelet_node_status.go:536] "Updating node status"' % klog(t))
    w.add(JM, fl("WARN", "org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager", "Could not fulfill resource requirements of job %s. Free slots: 0" % hexs(r, 32)), gap=(2, 8))
    for p in ("orders-join-taskmanager-1-4", "orders-join-taskmanager-1-5"):
        w.add(EVS, lambda t, p=p: ev_agent(p, "Pod", "TaintManagerEviction", "Normal", "taint-eviction-controller", "Marking for deletion Pod streaming/%s" % p, w.nrv()), gap=(60, 120) if p.endswith("4") else (0.01, 0.3))
    w.add(EVN, lambda t: ev_agent(node, "Node", "NodeNotReady", "Warning", "node-controller", "Node is not ready", w.nrv()), ev=True, gap=(1, 5))
    w.add(O1, lambda t: 'time="%s" level=info msg="Tunnel server egress proxy waiting for runtime core to become available"' % iso_s(t))
    w.add(JM, fl("INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "Requesting new worker with resource spec WorkerResourceSpec {cpuCores=4.0, taskHeapSize=3.200gb (3435973837 bytes), taskOffHeapSize=0 bytes, networkMemSize=512.000mb (536870912 bytes), managedMemSize=3.000gb (3221225472 bytes), numSlots=4}, current pending count: 2."), gap=(1, 4))
    w.add(EVS, lambda t: ev_agent("orders-join-taskmanager-1-6", "Pod", "FailedScheduling", "Warning", "default-scheduler", "0/5 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 4 Insufficient memory. preemption: 0/5 nodes are available: 1 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.", w.nrv()), gap=(1, 5))
    return record(
        "node-ecc-notready", w,
        "Half the orders-join TaskManagers vanished and pods got evicted around 04:10. Did the cluster autoscaler remove a node?",
        {}, "CRITICAL", "node_failure", node,
        "rke2-metal-03 logged correctable ECC errors on DIMM CPU_SrcID#1_Chan#2_DIMM#0, then an uncorrectable memory "
        "error and a fatal machine check; the kernel panicked, the node stopped reporting and was marked NotReady, its "
        "TaskManagers timed out and its pods were evicted. There is no autoscaler on this bare-metal cluster.",
        "Node rke2-metal-03 crashed on a hardware memory fault (uncorrectable ECC / machine check) and is NotReady; "
        "the Flink job lost two TaskManagers and cannot get replacement capacity.",
        "Keep rke2-metal-03 cordoned, have the DIMM replaced (check BMC/SEL), and free or add capacity so the "
        "replacement TaskManagers can schedule; then uncordon after a memory test.")


# =========================================================================== none (healthy windows)
NONE_RC = "No incident: the window shows normal operation."
NONE_ACTION = "No action needed."


@scenario("ok-istio-controlplane")
def s_ok_istio(r):
    w = Win(r, "2026-03-09T11:20:00")
    IST = {"namespace": "istio-system", "pod": "istiod-%s-%s" % (rs_hash(r), sfx(r)), "container": "discovery", "app": "istiod"}
    newpod = "reviews-v3-%s-%s" % (rs_hash(r), sfx(r))
    PX = {"namespace": "bookinfo", "pod": newpod, "container": "istio-proxy", "app": "reviews"}
    PP = {"namespace": "bookinfo", "pod": "productpage-v1-%s-%s" % (rs_hash(r), sfx(r)), "container": "istio-proxy", "app": "productpage"}
    EV = {"namespace": "bookinfo", "job": "integrations/kubernetes/eventhandler", "cluster": "gke-mesh-euw1"}
    pip = "10.64.%d.%d" % (r.randint(0, 40), r.randint(2, 250))

    def ist(L, lvl, scope, msg):
        return lambda t: "%s\t%s\t%s\t%s" % (istio_ts(t), lvl, scope, msg)

    def acc(method, path, code, flags, details, dur, upstream, cluster):
        return lambda t: '[%s] "%s %s HTTP/1.1" %d %s %s - "-" 0 %d %d %d "-" "Mozilla/5.0" "%s" "%s" "%s" %s %s:%d %s:9080 %s:%d - default' % (
            iso_ms(t), method, path, code, flags, details, r.randint(100, 6000), dur, max(dur - 1, 0), uid(r), upstream.split(":")[0], upstream, cluster,
            "10.64.%d.%d" % (r.randint(0, 40), r.randint(2, 250)), r.randint(30000, 60000), "10.68.%d.%d" % (r.randint(0, 40), r.randint(2, 250)),
            "10.64.%d.%d" % (r.randint(0, 40), r.randint(2, 250)), r.randint(30000, 60000))

    w.add(IST, ist(IST, "info", "klog", "attempting to acquire leader lease istio-system/istio-namespace-controller-election..."))
    w.add(EV, lambda t: ev_agent(newpod, "Pod", "Started", "Normal", "kubelet", "Started container istio-proxy", w.nrv(), host="gke-mesh-default-pool-%s-%s" % (hexs(r, 8), sfx(r, 4))))
    w.add(PX, ist(PX, "info", "", 'FLAG: --concurrency="2"'), gap=(0.2, 1))
    w.add(PX, ist(PX, "info", "sds", "Starting SDS grpc server"), gap=(0.05, 0.2))
    w.add(PX, ist(PX, "info", "cache", "generated new workload certificate\tresourceName=default latency=%.2fms ttl=23h59m59.%ds" % (r.uniform(30, 90), r.randint(100000000, 999999999))), gap=(0.05, 0.3))
    w.add(PX, ist(PX, "info", "cache", "Root cert has changed, start rotating root cert"), gap=0.01)
    w.add(PX, ist(PX, "warn", "", "Envoy proxy is NOT ready: config not received from XDS server (is Istiod running?): cds updates: 0 successful, 0 rejected; lds updates: 0 successful, 0 rejected"), gap=(0.2, 1))
    w.add(EV, lambda t: ev_agent(newpod, "Pod", "Unhealthy", "Warning", "kubelet", 'Startup probe failed: Get "http://%s:15021/healthz/ready": dial tcp %s:15021: connect: connection refused' % (pip, pip), w.nrv()), gap=(0.1, 0.5))
    w.add(IST, ist(IST, "info", "ads", "ADS: new connection for node:%s.bookinfo-%d" % (newpod, r.randint(10, 99))), gap=(0.1, 0.5))
    for kind, res, size in (("CDS", 46, 38.1), ("EDS", 40, 7.2), ("LDS", 22, 91.4), ("RDS", 14, 12.8)):
        w.add(IST, ist(IST, "info", "ads", "%s: PUSH request for node:%s.bookinfo resources:%d size:%.1fkB" % (kind, newpod, res, size)), gap=(0.01, 0.1))
    w.add(PX, ist(PX, "info", "sds", "SDS: PUSH\tresource=default"), gap=(0.05, 0.2))
    w.add(PX, ist(PX, "info", "sds", "SDS: PUSH\tresource=ROOTCA"), gap=0.01)
    w.add(PX, ist(PX, "info", "", "Readiness succeeded in %.3fs" % r.uniform(1.1, 2.5)), gap=(0.3, 1))
    w.add(PX, ist(PX, "info", "", "Envoy proxy is ready"), gap=0.01)
    w.add(IST, ist(IST, "info", "ads", "Push debounce stable[%d] 3 for config ServiceEntry/bookinfo/reviews.bookinfo.svc.cluster.local and 2 more configs: 100.%dms since last change, 10%d.%dms since last push, full=true" % (r.randint(100, 400), r.randint(10, 99), r.randint(1, 9), r.randint(10, 99))), gap=(1, 3))
    w.add(IST, ist(IST, "info", "ads", "XDS: Pushing Services:64 ConnectedEndpoints:118 Version:%s/%d" % (iso_s(w.t), r.randint(80, 99))), gap=0.01)
    for k in range(6):
        w.add(PP, acc("GET", "/reviews/%d" % r.randint(0, 9), 200, "-", "via_upstream", r.randint(8, 40), "%s:9080" % pip, "outbound|9080|v3|reviews.bookinfo.svc.cluster.local"), gap=(0.5, 4))
        if k == 2:
            w.add(PP, acc("GET", "/favicon.ico", 404, "-", "via_upstream", 2, "10.64.3.9:9080", "inbound|9080||"))
        if k == 3:
            w.add(PP, acc("GET", "/reviews/3", 0, "DC", "downstream_remote_disconnect", 1200, "%s:9080" % pip, "outbound|9080|v3|reviews.bookinfo.svc.cluster.local"))
        if k == 4:
            w.add(IST, ist(IST, "info", "validationController", "Reconcile(enter): retry dry-run creation of invalid config"))
            w.add(IST, ist(IST, "info", "validationController", "Reconcile(exit)"), gap=0.01)
    w.add(IST, ist(IST, "info", "ads", "ADS: \"%s:%d\" %s.bookinfo-%d terminated" % ("10.64.%d.%d" % (r.randint(0, 40), r.randint(2, 250)), r.randint(30000, 60000), "reviews-v3-old", r.randint(10, 99))), gap=(1, 3))
    w.add(IST, ist(IST, "info", "ads", "Full push, new service bookinfo/reviews.bookinfo.svc.cluster.local"), gap=(0.01, 0.2))
    return record(
        "ok-istio-controlplane", w,
        "Can you check whether the Istio control plane is healthy after today's reviews-v3 rollout?",
        {}, "INFO", "none", None, NONE_RC,
        "istiod pushes config normally, the new reviews-v3 sidecar gets its workload certificate and becomes ready after "
        "a brief expected startup-probe failure; traffic is served with 200s (one 404 for /favicon.ico and one client "
        "disconnect).",
        NONE_ACTION)


@scenario("ok-flink-checkpoints")
def s_ok_flink(r):
    w = Win(r, "2026-05-19T07:00:00")
    ns, app = "streaming-prod", "fx-rates"
    JM = {"namespace": ns, "pod": "%s-%s-%s" % (app, rs_hash(r), sfx(r)), "container": "flink-main-container", "app": app, "component": "jobmanager"}
    TMS = [{"namespace": ns, "pod": "%s-taskmanager-1-%d" % (app, i), "container": "flink-main-container", "app": app, "component": "taskmanager"} for i in (1, 2)]
    job = hexs(r, 32)
    ck = r.randint(40000, 50000)
    CC = "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"
    w.add(JM, flink("io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector", "INFO",
                    "Attempting to acquire leader lease 'ConfigMapLock: %s - %s-cluster-config-map (%s)'..." % (ns, app, uid(r))))
    w.add(JM, flink("io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector", "INFO", "Successfully Acquired leader lease 'ConfigMapLock: %s - %s-cluster-config-map (%s)'" % (ns, app, uid(r))), gap=(0.1, 1))
    w.add(JM, flink("org.apache.flink.configuration.Configuration", "WARN", "Config uses deprecated configuration key 'high-availability' instead of proper key 'high-availability.type'"), gap=(0.1, 1))
    for k in range(10):
        c = ck + k
        w.add(JM, lambda t, c=c: flink(CC, "INFO", "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (c, epoch_ms(t), job))(t), gap=(25, 35))
        w.add(JM, flink(CC, "INFO", "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (c, job, r.randint(20_000_000, 40_000_000), r.randint(300, 1400), r.randint(1, 15))), gap=(0.4, 2))
        if k == 1:
            w.add(TMS[0], flink("org.apache.kafka.clients.NetworkClient", "INFO", "[Consumer clientId=fx-rates-source-0, groupId=fx-rates] Node -1 disconnected."))
            w.add(TMS[1], flink("org.apache.flink.runtime.metrics.groups.TaskMetricGroup", "WARN", "Name collision: Group already contains a Metric with the name 'pendingCommittables'. Metric will not be reported.[10.240.1.%d, taskmanager, %s-taskmanager-1-2, fx-rates-enrich, Sink: kafka-rates-out: Writer, 1]" % (r.randint(2, 250), app)))
        if k == 3:
            w.add(TMS[1], flink("org.apache.kafka.clients.producer.internals.TransactionManager", "INFO", "[Producer clientId=producer-fx-rates-1-%d, transactionalId=fx-rates-1-%d] Discovered transaction coordinator redpanda-1.redpanda.redpanda.svc.cluster.local:9093 (id: 1 rack: null)" % (c, c)))
            w.add(TMS[0], flink("com.acme.fx.RateValidator", "INFO", "window 07:0%d validated: rates=%d stale=0 rejected=0 errors=0" % (r.randint(1, 9), r.randint(160, 190))))
        if k == 7:
            w.add(JM, flink("org.apache.flink.runtime.dispatcher.StandaloneDispatcher", "INFO", "Received JobGraph submission 'fx-rates-enrich' (%s) skipped: job already running (HA recovery check)." % job))
            w.add(TMS[1], flink("org.apache.kafka.clients.NetworkClient", "INFO", "[Producer clientId=producer-fx-rates-1-%d] Node 2 disconnected." % c))
        if k == 5:
            w.add(TMS[0], flink("org.apache.flink.connector.kafka.source.reader.KafkaSourceReader", "INFO", "Committing offsets {fx.ticks-0=OffsetAndMetadata{offset=%d, leaderEpoch=null, metadata=''}} for checkpoint %d" % (r.randint(10**8, 2 * 10**8), c)))
    return record(
        "ok-flink-checkpoints", w,
        "Is the fx-rates Flink job healthy? I only want to know if something needs attention.",
        {"namespace": ns, "app": app}, "INFO", "none", None, NONE_RC,
        "fx-rates holds its HA leadership, checkpoints complete every ~30 s in about a second, sources and sinks are "
        "committing; the deprecation and metric-name warnings are cosmetic.",
        NONE_ACTION)


@scenario("ok-spark-batch-complete")
def s_ok_spark(r):
    w = Win(r, "2026-08-04T01:00:00")
    ns = "lakehouse"
    pod = "orders-dedupe-driver"
    DR = {"namespace": ns, "pod": pod, "container": "spark-kubernetes-driver", "spark_role": "driver", "app": "orders-dedupe"}
    ips = ["10.20.%d.%d" % (r.randint(0, 63), r.randint(2, 250)) for _ in range(6)]

    def sp(lvl, cls, msg):
        return lambda t: "%s %s %s: %s" % (spark(t), lvl, cls, msg)

    w.add(DR, sp("INFO", "SparkContext", "Running Spark version 3.5.1"))
    w.add(DR, sp("WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"), gap=(0.1, 0.5))
    w.add(DR, sp("WARN", "Utils", "Service 'SparkUI' could not bind on port 4040. Attempting port 4041."), gap=(0.5, 2))
    w.add(DR, sp("INFO", "ExecutorPodsAllocator", "Going to request 6 executors from Kubernetes for ResourceProfile Id: 0, target: 6, known: 0, sharedSlotFromPendingPods: 2147483647."), gap=(1, 3))
    for i in range(1, 7):
        w.add(DR, sp("INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint",
                     "Registered executor NettyRpcEndpointRef(spark-client://Executor) (%s:%d) with ID %d,  ResourceProfileId 0" % (ips[i - 1], r.randint(40000, 60000), i)), gap=(1, 6))
    t_job = w.add(DR, sp("INFO", "DAGScheduler", "Got job 0 (save at OrdersDedupe.scala:61) with 200 output partitions"), gap=(1, 3))
    for st, n in ((0, 120), (1, 200)):
        t_st = w.add(DR, sp("INFO", "TaskSchedulerImpl", "Adding task set %d.0 with %d tasks resource profile 0" % (st, n)), gap=(1, 5))
        for k in range(3):
            w.add(DR, sp("INFO", "TaskSetManager", "Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)" % (
                k, st, st * 200 + k, r.randint(4000, 30000), r.choice(ips), r.randint(1, 6), k + 1, n)), gap=(2, 10))
        if st == 1:
            w.add(DR, sp("INFO", "TaskSetManager", "Killed task 51.1 in stage 1.0 (TID 411) (%s, executor 4), reason: another attempt succeeded" % r.choice(ips)))
        w.add(DR, lambda t, st=st, t_st=t_st: sp("INFO", "DAGScheduler", "%s %d (save at OrdersDedupe.scala:61) finished in %.3f s" % ("ShuffleMapStage" if st == 0 else "ResultStage", st, (t - t_st) / 1e9))(t), gap=(20, 60))
    w.add(DR, lambda t: sp("INFO", "DAGScheduler", "Job 0 finished: save at OrdersDedupe.scala:61, took %.6f s" % ((t - t_job) / 1e9))(t), gap=(0.01, 0.1))
    w.add(DR, sp("INFO", "OrdersDedupe", "dedupe done: input=%d output=%d duplicates=%d errors=0" % (r.randint(9 * 10**7, 10**8), r.randint(8 * 10**7, 9 * 10**7), r.randint(10**5, 10**6))), gap=(0.5, 2))
    for i in (5, 6):
        w.add(DR, sp("INFO", "ExecutorMonitor", "Executor %d is removed. Remove reason statistics: (gracefully decommissioned: 0, decommision unfinished: 0, driver killed: %d, unexpectedly exited: 0)." % (i, i - 4)), gap=(5, 60))
    w.add(DR, sp("INFO", "SparkUI", "Stopped Spark web UI at http://%s-svc.%s.svc:4041" % (pod, ns)), gap=(1, 3))
    w.add(DR, sp("INFO", "KubernetesClusterSchedulerBackend", "Shutting down all executors"), gap=(0.05, 0.3))
    w.add(DR, sp("WARN", "ExecutorPodsWatchSnapshotSource", "Kubernetes client has been closed."), gap=(0.1, 1))
    w.add(DR, sp("INFO", "SparkContext", "Successfully stopped SparkContext"), gap=(0.1, 1))
    w.add(DR, sp("INFO", "ShutdownHookManager", "Deleting directory /var/data/spark-%s/spark-%s" % (uid(r), uid(r))), gap=(0.05, 0.3))
    return record(
        "ok-spark-batch-complete", w,
        "The orders-dedupe driver pod shows warnings and 'Killed task' lines. Did last night's run fail?",
        {"namespace": ns, "pod": pod, "container": "spark-kubernetes-driver"}, "INFO", "none", None, NONE_RC,
        "orders-dedupe ran to completion: both stages finished, the output was written with errors=0, the killed task "
        "was a redundant speculative attempt and the warnings are the usual start-up/shutdown notices.",
        NONE_ACTION)


@scenario("ok-airflow-cronjobs")
def s_ok_airflow(r):
    w = Win(r, "2026-10-19T04:00:00")
    ns = "data-platform"
    SCH = {"namespace": ns, "pod": "airflow-scheduler-%s-%s" % (rs_hash(r), sfx(r)), "container": "scheduler", "component": "scheduler", "release": "airflow"}
    TP = {"namespace": ns, "pod": "partner-feed-fetch-%s" % hexs(r, 8), "container": "base", "dag_id": "partner_feed"}
    TP2 = {"namespace": ns, "pod": "partner-feed-fetch-%s" % hexs(r, 8), "container": "base", "dag_id": "partner_feed"}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "cluster": "rke2-data-dc2"}
    jobn = "dbt-docs-refresh-%d" % r.randint(29800000, 29899999)
    run_id = "scheduled__2026-10-19T03:00:00+00:00"

    def af(lvl, src, msg):
        return lambda t: "%s {%s} %s - %s" % (airflow_ts(t), src, lvl, msg)

    def e(kind, name, reason, typ, comp, msg, api="batch/v1"):
        return lambda t: ev_agent(name, kind, reason, typ, comp, msg, w.nrv(), api=api)

    w.add(SCH, af("INFO", "scheduler_job_runner.py:417", "1 tasks up for execution:"))
    w.add(SCH, af("INFO", "scheduler_job_runner.py:480", "\t<TaskInstance: partner_feed.fetch %s [scheduled]>" % run_id), gap=0.001)
    w.add(SCH, af("INFO", "kubernetes_executor_utils.py:460", "Creating kubernetes pod for job is TaskInstanceKey(dag_id='partner_feed', task_id='fetch', run_id='%s', try_number=1, map_index=-1), with pod name %s, annotations: <omitted>" % (run_id, TP["pod"])), gap=(0.1, 0.5))
    w.add(TP, af("INFO", "taskinstance.py:2193", "Starting attempt 1 of 3"), gap=(5, 15))
    w.add(TP, af("INFO", "http.py:174", "Sending 'GET' to url: https://feeds.partner.example.com/v2/export?date=2026-10-18"), gap=(0.5, 2))
    w.add(TP, af("ERROR", "http.py:201", "HTTP error: Bad Gateway"), gap=(0.5, 3))
    w.add(TP, af("ERROR", "taskinstance.py:2699", "Task failed with exception"), gap=0.01)
    w.add(TP, "airflow.exceptions.AirflowException: 502:Bad Gateway", gap=0.001)
    w.add(TP, af("INFO", "taskinstance.py:1138", "Marking task as UP_FOR_RETRY. dag_id=partner_feed, task_id=fetch, execution_date=20261019T030000, start_date=20261019T040012, end_date=20261019T040019"), gap=0.01)
    w.add(EV, e("CronJob", "dbt-docs-refresh", "SuccessfulCreate", "Normal", "cronjob-controller", "Created job %s" % jobn), gap=(5, 20))
    w.add(EV, e("Job", jobn, "SuccessfulCreate", "Normal", "job-controller", "Created pod: %s-%s" % (jobn, sfx(r))), gap=(0.05, 0.3))
    w.add(SCH, af("INFO", "manager.py:1011", "DagFileProcessorManager stats: 57 files, Number of errors: 0, last runtime 4.02s"), gap=(5, 20))
    w.add(SCH, af("WARNING", "kubernetes_executor_utils.py:230", "Event: %s Pending, annotations: <omitted>" % TP2["pod"]), gap=(60, 120))
    w.add(TP2, af("INFO", "taskinstance.py:2193", "Starting attempt 2 of 3"), gap=(5, 15))
    w.add(TP2, af("INFO", "http.py:174", "Sending 'GET' to url: https://feeds.partner.example.com/v2/export?date=2026-10-18"), gap=(0.5, 2))
    w.add(TP2, af("INFO", "fetch.py:41", "downloaded 18.2 MiB (41231 rows) to s3://dp-landing/partner_feed/2026-10-18.csv.gz"), gap=(2, 10))
    w.add(TP2, af("INFO", "taskinstance.py:1138", "Marking task as SUCCESS. dag_id=partner_feed, task_id=fetch, execution_date=20261019T030000, start_date=20261019T040251, end_date=20261019T040302"), gap=(0.1, 0.5))
    w.add(SCH, af("INFO", "scheduler_job_runner.py:770", "Received executor event with state success for task instance TaskInstanceKey(dag_id='partner_feed', task_id='fetch', run_id='%s', try_number=2, map_index=-1)" % run_id), gap=(2, 6))
    w.add(SCH, af("INFO", "dagrun.py:822", "Marking run <DagRun partner_feed @ 2026-10-19 03:00:00+00:00: %s, state:running, queued_at: 2026-10-19 04:00:00.412+00:00. externally triggered: False> successful" % run_id), gap=(1, 4))
    w.add(EV, e("Job", jobn, "Completed", "Normal", "job-controller", "Job completed"), gap=(5, 30))
    w.add(EV, e("CronJob", "dbt-docs-refresh", "SawCompletedJob", "Normal", "cronjob-controller", "Saw completed job: %s, status: Complete" % jobn), gap=(0.1, 1))
    w.add(EV, e("CronJob", "dbt-docs-refresh", "SuccessfulDelete", "Normal", "cronjob-controller", "Deleted job dbt-docs-refresh-%d" % r.randint(29700000, 29799999)), gap=(0.1, 1))
    w.add(SCH, af("WARNING", "configuration.py:1045", "The auth_backend option in [api] has been renamed to auth_backends - the old setting has been used, but please update your config."), gap=(5, 20))
    w.add(SCH, af("INFO", "scheduler_job_runner.py:1650", "Adopting or resetting orphaned tasks for active dag runs"), gap=(5, 20))
    w.add(SCH, af("INFO", "scheduler_job_runner.py:1673", "Marked 0 SchedulerJob instances as failed"), gap=0.01)
    w.add(SCH, af("INFO", "manager.py:1011", "DagFileProcessorManager stats: 57 files, Number of errors: 0, last runtime 3.88s"), gap=(5, 20))
    return record(
        "ok-airflow-cronjobs", w,
        "I saw a 502 in the partner_feed task log this morning. Did the nightly loads fail?",
        {"namespace": ns}, "INFO", "none", None, NONE_RC,
        "partner_feed.fetch hit a transient 502 from the partner on its first attempt and succeeded on the automatic "
        "retry; the DAG run and the dbt-docs-refresh CronJob both completed, and the DAG processor reports no errors.",
        NONE_ACTION)


@scenario("ok-cilium-hubble")
def s_ok_cilium(r):
    w = Win(r, "2026-07-02T15:30:00")
    ns = "kube-system"
    nodes = ["ip-10-70-%d-%d.ec2.internal" % (r.randint(0, 63), r.randint(2, 250)) for _ in range(2)]
    CA = [{"namespace": ns, "pod": "cilium-%s" % sfx(r), "container": "cilium-agent", "k8s_app": "cilium", "node": n} for n in nodes]
    OP = {"namespace": ns, "pod": "cilium-operator-%s-%s" % (rs_hash(r), sfx(r)), "container": "cilium-operator", "io_cilium_app": "operator"}
    HR = {"namespace": ns, "pod": "hubble-relay-%s-%s" % (rs_hash(r), sfx(r)), "container": "hubble-relay", "k8s_app": "hubble-relay"}
    FL = [dict(c, container="hubble-flows") for c in CA]

    def lf(lvl, msg, **kv):
        return lambda t: "time=%s level=%s msg=%s%s" % (iso_s(t), lvl, lq(msg), "".join(" %s=%s" % (k, v) for k, v in kv.items()))

    def flow(src, sport, sid, dst, dport, did, verdict, flags="", extra=""):
        return lambda t: "%s: %s:%d (ID:%d) -> %s:%d (ID:%d) %s%s%s" % (mon_day(t), src, sport, sid, dst, dport, did, verdict, flags, extra)

    w.add(OP, lf("info", "Leading the operator HA deployment", subsys="cilium-operator-generic"))
    w.add(CA[0], lf("info", "Policy imported via API, recalculating...", policyAddRequest=uid(r), policyRevision=r.randint(300, 400), subsys="daemon-policy"), gap=(1, 4))
    for i in range(2):
        for k in range(2):
            w.add(CA[i], lf("info", "Rewrote endpoint BPF program", ciliumEndpointName="shop/checkout-%s-%s" % (rs_hash(r), sfx(r)), containerID=hexs(r, 10), datapathPolicyRevision=r.randint(300, 400), desiredPolicyRevision=r.randint(300, 400), endpointID=r.randint(100, 4000), identity=r.randint(10000, 60000), ipv4="10.70.%d.%d" % (r.randint(0, 63), r.randint(2, 250)), k8sPodName="shop/checkout", subsys="endpoint"), gap=(0.1, 1))
    chk = "shop/checkout-%s-%s" % (rs_hash(r), sfx(r))
    dbg = "debug/netshoot-%s" % sfx(r)
    inv = "shop/inventory-%s-%s" % (rs_hash(r), sfx(r))
    for k in range(10):
        w.add(FL[k % 2], flow(chk, r.randint(30000, 60000), 21011, inv, 8080, 18231, "to-endpoint FORWARDED", " (TCP Flags: ACK, PSH)"), gap=(0.2, 2))
        if k == 6:
            w.add(FL[1], flow(inv, 8080, 18231, chk, r.randint(30000, 60000), 21011, "to-endpoint FORWARDED", " (TCP Flags: ACK, FIN)"))
            w.add(CA[1], lf("info", "Delete endpoint request", containerID=hexs(r, 10), endpointID=r.randint(100, 4000), k8sNamespace="shop", k8sPodName="checkout-old", subsys="daemon"))
            w.add(CA[1], lf("info", "Removed endpoint", ciliumEndpointName="shop/checkout-old", endpointID=r.randint(100, 4000), identity=21011, subsys="endpoint"), gap=(0.05, 0.3))
        if k == 1:
            w.add(FL[0], flow("kube-system/coredns-%s-%s" % ("5d78c9869d", sfx(r)), 53, 102, chk, r.randint(30000, 60000), 21011, "to-endpoint FORWARDED", " (UDP)"))
        if k == 2:
            dport = r.randint(30000, 60000)
            w.add(FL[1], flow(dbg, dport, 44102, "payments/payments-db-0", 5432, 30112, "policy-verdict:none INGRESS DENIED", " (TCP Flags: SYN)"))
            w.add(FL[1], flow(dbg, dport, 44102, "payments/payments-db-0", 5432, 30112, "Policy denied DROPPED", " (TCP Flags: SYN)"), gap=0.001)
        if k == 3:
            w.add(HR, lf("info", "Connected", address="%s:4244" % "10.70.%d.%d" % (r.randint(0, 63), r.randint(2, 250)), hubble_tls="true", peer=nodes[1], subsys="hubble-relay"))
            w.add(OP, lf("info", "Renewed lease", lease="kube-system/cilium-operator-resource-lock", subsys="klog"))
    w.add(CA[1], lf("info", "Conntrack garbage collector interval recalculated", deleteRatio="0.0123", newInterval="7m30s", subsys="map-ct"), gap=(2, 8))
    w.add(CA[0], lf("warning", "Unable to update ipcache map entry on pod add", error=lq("ipcache entry owned by kvstore or agent"), hostIP="10.70.%d.%d" % (r.randint(0, 63), r.randint(2, 250)), k8sNamespace="shop", k8sPodName="checkout-old", podIP="10.70.%d.%d" % (r.randint(0, 63), r.randint(2, 250)), subsys="k8s-watcher"))
    w.add(HR, lf("info", "Peer status: 2/2 connected, 0 unavailable", subsys="hubble-relay"), gap=(1, 5))
    w.add(CA[1], lf("info", "Garbage collected conntrack entries", deleted=r.randint(100, 900), errors=0, subsys="map-ct"), gap=(2, 6))
    return record(
        "ok-cilium-hubble", w,
        "Hubble shows DROPPED flows. Is the Cilium network broken?",
        {"namespace": ns}, "INFO", "none", None, NONE_RC,
        "Cilium agents regenerate endpoints and forward traffic normally; the only drops are a debug pod being denied "
        "access to payments-db by network policy, which is intended, and hubble-relay sees all peers.",
        NONE_ACTION)


@scenario("ok-tomcat-startup")
def s_ok_tomcat(r):
    w = Win(r, "2026-11-10T07:30:00")
    ns, app = "payroll", "hr-payroll"
    newp = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    oldp = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    N = {"namespace": ns, "pod": newp, "container": "tomcat", "app": app}
    O = {"namespace": ns, "pod": oldp, "container": "tomcat", "app": app}
    EV = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
    pip = "10.244.%d.%d" % (r.randint(0, 9), r.randint(2, 250))

    def tc(L, lvl, thread, cls, msg):
        return lambda t: "%s %s [%s] %s %s" % (tomcat(t), lvl, thread, cls, msg)

    def acc(status, path, ms, method="GET"):
        return lambda t: '10.244.%d.%d - - [%s] "%s %s HTTP/1.1" %d %d %d' % (r.randint(0, 9), r.randint(2, 250), clf(t), method, path, status, 15 if "health" in path else r.randint(200, 9000), ms)

    w.add(EV, lambda t: ev_agent("%s-%s" % (app, newp.split("-")[2]), "ReplicaSet", "SuccessfulCreate", "Normal", "replicaset-controller", "Created pod: %s" % newp, w.nrv(), api="apps/v1"))
    w.add(EV, lambda t: ev_agent(newp, "Pod", "Started", "Normal", "kubelet", "Started container tomcat", w.nrv()), gap=(3, 8))
    t_boot = w.add(N, tc(N, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server version name:   Apache Tomcat/10.1.24"), gap=(0.5, 1.5))
    w.add(N, tc(N, "INFO", "main", "org.apache.coyote.AbstractProtocol.init", "Initializing ProtocolHandler [\"http-nio-8080\"]"), gap=(0.3, 1))
    t_dep = w.add(N, tc(N, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [/usr/local/tomcat/webapps/payroll.war]"), gap=(0.3, 1))
    w.add(O, acc(200, "/payroll/api/runs?status=OPEN", r.randint(20, 90)))
    w.add(EV, lambda t: ev_agent(newp, "Pod", "Unhealthy", "Warning", "kubelet", 'Startup probe failed: Get "http://%s:8080/payroll/health": dial tcp %s:8080: connect: connection refused' % (pip, pip), w.nrv()), gap=(2, 5))
    w.add(N, tc(N, "INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."), gap=(2, 5))
    w.add(N, tc(N, "WARNING", "main", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % r.randint(200, 900)), gap=(1, 3))
    w.add(N, tc(N, "INFO", "main", "com.acme.payroll.Bootstrap.init", "Flyway: schema \"payroll\" is up to date. No migration necessary."), gap=(1, 3))
    w.add(EV, lambda t: ev_agent(newp, "Pod", "Unhealthy", "Warning", "kubelet", 'Startup probe failed: Get "http://%s:8080/payroll/health": dial tcp %s:8080: connect: connection refused' % (pip, pip), w.nrv()), gap=(2, 5))
    w.add(N, lambda t: tc(N, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deployment of web application archive [/usr/local/tomcat/webapps/payroll.war] has finished in [%d] ms" % ((t - t_dep) // 10**6))(t), gap=(1, 3))
    w.add(N, tc(N, "INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]"), gap=(0.05, 0.3))
    w.add(N, lambda t: tc(N, "INFO", "main", "org.apache.catalina.startup.Catalina.start", "Server startup in [%d] milliseconds" % ((t - t_boot) // 10**6 + 900))(t), gap=(0.05, 0.3))
    w.add(N, acc(200, "/payroll/health", 3), gap=(2, 8))
    w.add(EV, lambda t: ev_agent("%s-%s" % (app, oldp.split("-")[2]), "ReplicaSet", "SuccessfulDelete", "Normal", "replicaset-controller", "Deleted pod: %s" % oldp, w.nrv(), api="apps/v1"), gap=(1, 4))
    w.add(O, tc(O, "INFO", "SIGTERM handler", "org.apache.coyote.AbstractProtocol.pause", "Pausing ProtocolHandler [\"http-nio-8080\"]"), gap=(0.1, 1))
    w.add(O, tc(O, "INFO", "SIGTERM handler", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]"), gap=(0.5, 2))
    w.add(O, tc(O, "WARNING", "SIGTERM handler", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesJdbc", "The web application [payroll] registered the JDBC driver [org.postgresql.Driver] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered."), gap=(0.2, 1))
    w.add(O, tc(O, "INFO", "SIGTERM handler", "org.apache.coyote.AbstractProtocol.destroy", "Destroying ProtocolHandler [\"http-nio-8080\"]"), gap=(0.2, 1))
    for k in range(5):
        w.add(N, acc(200 if k != 3 else 401, "/payroll/api/runs?status=OPEN" if k != 3 else "/payroll/api/admin/export", r.randint(10, 90)), gap=(2, 10))
    w.add(N, tc(N, "INFO", "Catalina-utility-1", "com.acme.payroll.jobs.Heartbeat.run", "payroll heartbeat ok: queue=0 failedRuns=0"))
    return record(
        "ok-tomcat-startup", w,
        "The hr-payroll rollout shows startup probe failures and a memory-leak warning. Is the new version broken?",
        {"namespace": ns}, "INFO", "none", None, NONE_RC,
        "The new hr-payroll pod starts Tomcat in well under a minute; the startup probe fails twice while the WAR deploys and then "
        "passes, the old pod shuts down cleanly (the JDBC-driver warning is the usual shutdown notice), and requests "
        "succeed (the single 401 is an unauthenticated admin call).",
        NONE_ACTION)


@scenario("ok-kstreams-rebalance")
def s_ok_kstreams(r):
    w = Win(r, "2026-04-28T13:15:00")
    ns, app = "inventory", "inventory-aggregator"
    oldp = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    newp = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    keep = "%s-%s-%s" % (app, rs_hash(r), sfx(r))
    O = {"namespace": ns, "pod": oldp, "container": app, "app": app}
    N = {"namespace": ns, "pod": newp, "container": app, "app": app}
    K = {"namespace": ns, "pod": keep, "container": app, "app": app}
    cid = {oldp: "%s-%s" % (app, uid(r)), newp: "%s-%s" % (app, uid(r)), keep: "%s-%s" % (app, uid(r))}
    SC = "org.apache.kafka.streams.processor.internals.StreamThread"
    KS = "org.apache.kafka.streams.KafkaStreams"
    CC = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"

    def ks(L, lvl, msg, cls):
        return lambda t: "%s %s %s (%s)" % (kafka_ts(t), lvl, msg, cls)

    def c(L):
        return cid[L["pod"]]

    gen = r.randint(50, 70)
    w.add(K, ks(K, "INFO", "stream-thread [%s-StreamThread-1] Processed %d total records, ran 0 punctuators, and committed %d total tasks since the last update" % (c(K), r.randint(20000, 30000), r.randint(40, 80)), SC))
    w.add(O, ks(O, "INFO", "stream-client [%s] State transition from RUNNING to PENDING_SHUTDOWN" % c(O), KS), gap=(2, 6))
    w.add(O, ks(O, "INFO", "stream-thread [%s-StreamThread-1] Informed to shut down" % c(O), SC), gap=(0.01, 0.1))
    w.add(O, ks(O, "INFO", "stream-thread [%s-StreamThread-1] State transition from RUNNING to PENDING_SHUTDOWN" % c(O), SC), gap=(0.01, 0.1))
    w.add(O, ks(O, "INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Member %s-StreamThread-1-consumer-%s sending LeaveGroup request to coordinator redpanda-0.redpanda.redpanda.svc.cluster.local:9093 (id: 2147483647 rack: null) due to the consumer is being closed" % (c(O), app, c(O), uid(r)), CC), gap=(0.1, 1))
    w.add(O, ks(O, "INFO", "stream-client [%s] State transition from PENDING_SHUTDOWN to NOT_RUNNING" % c(O), KS), gap=(0.2, 1))
    w.add(O, ks(O, "INFO", "stream-client [%s] Streams client stopped completely" % c(O), KS), gap=(0.01, 0.1))
    w.add(K, ks(K, "INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Request joining group due to: group is already rebalancing" % (c(K), app), CC), gap=(0.5, 2))
    w.add(K, ks(K, "WARN", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Synchronous auto-commit of offsets {inventory.events-3=OffsetAndMetadata{offset=%d, leaderEpoch=12, metadata=''}} failed: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group." % (c(K), app, r.randint(10**6, 10**7)), CC), gap=(0.01, 0.2))
    w.add(K, ks(K, "INFO", "stream-thread [%s-StreamThread-1] State transition from RUNNING to PARTITIONS_REVOKED" % c(K), SC), gap=(0.05, 0.3))
    w.add(N, ks(N, "INFO", "stream-client [%s] State transition from CREATED to REBALANCING" % c(N), KS), gap=(5, 20))
    w.add(N, ks(N, "INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] (Re-)joining group" % (c(N), app), CC), gap=(0.1, 0.5))
    for L in (K, N):
        w.add(L, ks(L, "INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='%s-StreamThread-1-consumer-%s', protocol='stream'}" % (c(L), app, gen + 1, c(L), uid(r)), CC), gap=(1, 4))
    for L, parts in ((K, "inventory.events-0, inventory.events-1, inventory.events-2"), (N, "inventory.events-3, inventory.events-4, inventory.events-5")):
        w.add(L, ks(L, "INFO", "[Consumer clientId=%s-StreamThread-1-consumer, groupId=%s] Adding newly assigned partitions: %s" % (c(L), app, parts), CC), gap=(0.1, 1))
        w.add(L, ks(L, "INFO", "stream-thread [%s-StreamThread-1] State transition from PARTITIONS_REVOKED to PARTITIONS_ASSIGNED" % c(L) if L is K else
                    "stream-thread [%s-StreamThread-1] State transition from STARTING to PARTITIONS_ASSIGNED" % c(L), SC), gap=(0.01, 0.2))
    w.add(N, ks(N, "INFO", "stream-thread [%s-StreamThread-1] Restoration in progress for 2 partitions. {inventory-aggregator-stock-store-changelog-3: position=%d, end=%d, totalRestored=%d} {inventory-aggregator-stock-store-changelog-4: position=%d, end=%d, totalRestored=%d}" % (
        c(N), r.randint(10**5, 2 * 10**5), r.randint(3 * 10**5, 4 * 10**5), r.randint(10**5, 2 * 10**5), r.randint(10**5, 2 * 10**5), r.randint(3 * 10**5, 4 * 10**5), r.randint(10**5, 2 * 10**5)),
        "org.apache.kafka.streams.processor.internals.StoreChangelogReader"), gap=(20, 30))
    w.add(K, ks(K, "INFO", "stream-thread [%s-StreamThread-1] State transition from PARTITIONS_ASSIGNED to RUNNING" % c(K), SC), gap=(1, 5))
    w.add(N, ks(N, "INFO", "stream-thread [%s-StreamThread-1] Finished restoring changelog inventory-aggregator-stock-store-changelog-3 to store stock-store with a total number of %d records" % (c(N), r.randint(3 * 10**5, 4 * 10**5)),
                "org.apache.kafka.streams.processor.internals.StoreChangelogReader"), gap=(10, 20))
    w.add(N, ks(N, "INFO", "stream-thread [%s-StreamThread-1] State transition from PARTITIONS_ASSIGNED to RUNNING" % c(N), SC), gap=(0.5, 2))
    w.add(N, ks(N, "INFO", "stream-client [%s] State transition from REBALANCING to RUNNING" % c(N), KS), gap=(0.01, 0.1))
    for L in (K, N, K):
        w.add(L, ks(L, "INFO", "stream-thread [%s-StreamThread-1] Processed %d total records, ran 0 punctuators, and committed %d total tasks since the last update" % (c(L), r.randint(20000, 30000), r.randint(40, 80)), SC), gap=(20, 60))
    return record(
        "ok-kstreams-rebalance", w,
        "inventory-aggregator logged an offset-commit failure during today's deploy. Do we need to reset offsets?",
        {"namespace": ns}, "INFO", "none", None, NONE_RC,
        "A normal rolling deploy: the old instance left the group cleanly, the group rebalanced, the new instance "
        "restored its state stores and both instances are RUNNING and processing; the commit warning is the expected "
        "message during a rebalance and offsets are recommitted afterwards.",
        NONE_ACTION)


@scenario("ok-trino-clickhouse")
def s_ok_trino(r):
    w = Win(r, "2026-01-27T09:45:00")
    CO = {"namespace": "analytics", "pod": "trino-coordinator-%s-%s" % (rs_hash(r), sfx(r)), "container": "trino-coordinator", "app": "trino", "component": "coordinator"}
    CH = {"namespace": "analytics", "pod": "clickhouse-1", "container": "clickhouse", "app": "clickhouse"}
    EN = {"namespace": "projectcontour", "pod": "envoy-%s" % sfx(r), "container": "envoy", "app": "envoy"}
    GF = {"namespace": "monitoring", "pod": "grafana-%s-%s" % (rs_hash(r), sfx(r)), "container": "grafana", "app": "grafana"}
    tbl = "analytics.sessions_local (%s)" % uid(r)

    def qid(t):
        d, _ = _p(t)
        return d.strftime("%Y%m%d_%H%M%S") + "_%05d_%s" % (r.randint(100, 9999), "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5)))

    def tr(lvl, thread, logger, msg):
        return lambda t: "%s\t%s\t%s\t%s\t%s" % (iso_ms(t), lvl, thread, logger, msg)

    def tl(state, el):
        return lambda t: "%s\tINFO\tdispatcher-query-%d\tio.trino.event.QueryMonitor\tTIMELINE: Query %s :: %s :: elapsed %dms :: planning %dms :: waiting 2ms :: scheduling %dms :: running %dms :: finishing 3ms" % (
            iso_ms(t), r.randint(1, 40), qid(t), state, el, el // 10, el // 20, el - el // 10 - el // 20)

    def ch(lvl, logger, msg, q=""):
        return lambda t: "%s [ %d ] {%s} <%s> %s: %s" % (chts(t), r.randint(1, 600), q, lvl, logger, msg)

    def env(code, path, dur, flags="-"):
        return lambda t: '[%s] "%s %s HTTP/1.1" %d %s %d %d %d %d "10.1.%d.%d" "%s" "%s" "trino.analytics.example.com" "10.244.%d.%d:8080"' % (
            iso_ms(t), "POST" if path.startswith("/v1/statement") else "GET", path, code, flags, r.randint(100, 900), 87 if code == 401 else r.randint(200, 40000), dur, max(dur - 1, 0),
            r.randint(0, 9), r.randint(2, 250), "curl/8.5.0" if code == 401 else "trino-python-client/0.328.0", uid(r), r.randint(0, 9), r.randint(2, 250))

    def gf(lvl, msg, **kv):
        return lambda t: "logger=%s t=%s level=%s msg=%s%s" % (kv.pop("logger", "context"), iso_ms(t).replace("Z", "+00:00"), lvl, lq(msg), "".join(" %s=%s" % (k, v) for k, v in kv.items()))

    w.add(CO, tr("INFO", "node-state-poller-0", "io.trino.metadata.DiscoveryNodeManager", "Active nodes: 4 (expected 4), inactive: 0, shutting down: 0"))
    for k in range(7):
        w.add(EN, env(200, "/v1/statement", r.randint(20, 200)), gap=(1, 8))
        w.add(CO, tl("FINISHED", r.randint(300, 9000)), gap=(0.2, 3))
        if k == 1:
            w.add(CO, tl("FAILED (COLUMN_NOT_FOUND)", r.randint(20, 60)))
            w.add(CO, "io.trino.spi.TrinoException: line 1:8: Column 'revenu' cannot be resolved", gap=0.001)
        if k == 2:
            w.add(CH, ch("Debug", tbl + " (MergerMutator)", "Selected 6 parts from 202601_1_%d_4 to 202601_%d_%d_0" % (r.randint(1000, 2000), r.randint(2001, 2100), r.randint(2101, 2200))))
            w.add(CH, ch("Debug", tbl, "Removing %d parts from filesystem (serially): Parts: [202601_%d_%d_0, ...]" % (r.randint(6, 14), r.randint(2001, 2100), r.randint(2101, 2200))), gap=(1, 5))
            w.add(EN, env(401, "/v1/statement", 2))
        if k == 4:
            w.add(GF, gf("info", "Request Completed", logger="context", userId=3, orgId=1, uname="analyst", method="GET", path="/api/ds/query", status=200, remote_addr="10.1.4.22", time_ms=r.randint(100, 900), duration="412ms", size=r.randint(1000, 90000), referer="https://grafana.example.com/d/sessions"))
            w.add(CH, ch("Information", "executeQuery", "Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (r.randint(10**5, 10**7), r.uniform(1, 300), r.uniform(0.05, 1.5), r.randint(10**6, 10**8), r.uniform(50, 900)), q=uid(r)))
        if k == 5:
            w.add(GF, gf("warn", "Query data source error", logger="tsdb.clickhouse", datasource="ClickHouse", refId="A", error="context canceled"))
            w.add(GF, gf("info", "Request Completed", logger="context", userId=3, orgId=1, uname="analyst", method="GET", path="/api/ds/query", status=200, remote_addr="10.1.4.22", time_ms=r.randint(100, 900), duration="388ms", size=r.randint(1000, 90000), referer="https://grafana.example.com/d/sessions"))
    w.add(CH, ch("Information", "SystemLog (system.query_log)", "Flushing system log, %d entries to flush up to offset %d" % (r.randint(10, 90), r.randint(10**5, 10**6))), gap=(2, 7))
    w.add(CO, tr("INFO", "Query-%s" % qid(w.t), "io.trino.execution.resourcegroups.InternalResourceGroupManager", "Resource group global.adhoc: running=2 queued=0 (hardConcurrencyLimit=20) errors=0"), gap=(1, 4))
    return record(
        "ok-trino-clickhouse", w,
        "Analysts say dashboards feel fine but I saw FAILED queries and a 401 in the logs. Is anything wrong with Trino or ClickHouse?",
        {}, "INFO", "none", None, NONE_RC,
        "Trino finishes queries normally with all four workers active, ClickHouse merges and serves reads, Grafana "
        "requests succeed; the failed query is a user typo (unknown column), the 401 is an unauthenticated curl and "
        "the Grafana 'context canceled' is a dashboard refresh cancelling its own request.",
        NONE_ACTION)


# =========================================================================== build, self-check, write
import re as _re

TS_RE = _re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$")
LABEL_RE = _re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")


def build():
    recs = []
    names = set()
    for name, fn in SCENARIOS:
        assert name not in names, name
        names.add(name)
        rec = fn(random.Random("%s:%s" % (SEED, name)))
        assert rec["source"] == "synthetic:dev11-%s" % name
        recs.append(rec)
    random.Random("%s:order" % SEED).shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = "dev11-%03d" % i
    return recs


def self_check(recs):
    errs = []
    if len(recs) != 40:
        errs.append("expected 40 records, got %d" % len(recs))
    cats = {}
    for rec in recs:
        rid = rec["id"]
        exp = rec["expected"]
        cat = exp["root_cause_category"]
        cats[cat] = cats.get(cat, 0) + 1
        logs = rec["logs"]
        if not 25 <= len(logs) <= 60:
            errs.append("%s: %d lines" % (rid, len(logs)))
        if not rec.get("question"):
            errs.append("%s: no question" % rid)
        sel = rec["selector"]
        if sorted(sel) != sorted(SELECTOR_KEYS):
            errs.append("%s: selector keys %s" % (rid, sorted(sel)))
        prev = ""
        for i, e in enumerate(logs):
            if not TS_RE.match(e["ts"]):
                errs.append("%s[%d]: bad ts %s" % (rid, i, e["ts"]))
            if e["ts"] <= prev:
                errs.append("%s[%d]: ts not strictly increasing" % (rid, i))
            prev = e["ts"]
            if not e["line"] or not e["line"].strip():
                errs.append("%s[%d]: empty line" % (rid, i))
            for k, v in e["labels"].items():
                if not LABEL_RE.match(k) or not isinstance(v, str) or not v:
                    errs.append("%s[%d]: bad label %r=%r" % (rid, i, k, v))
            for k in SELECTOR_KEYS:
                if sel[k] is not None and e["labels"].get(k) != sel[k]:
                    errs.append("%s[%d]: label %s=%r disagrees with selector %r" % (rid, i, k, e["labels"].get(k), sel[k]))
        ev = exp["evidence"]
        if ev != sorted(set(ev)):
            errs.append("%s: evidence not sorted/unique" % rid)
        if any(not 0 <= i < len(logs) for i in ev):
            errs.append("%s: evidence out of range" % rid)
        evs = set(ev)
        ev_lines = {logs[i]["line"] for i in ev}
        for j, e in enumerate(logs):
            if e["line"] in ev_lines and j not in evs:
                errs.append("%s[%d]: identical repeat of an evidence line is not evidence" % (rid, j))
        if exp["severity"] not in SEVERITIES:
            errs.append("%s: severity %s" % (rid, exp["severity"]))
        if cat == "none":
            if exp["severity"] != "INFO" or ev or exp.get("component"):
                errs.append("%s: none record must be INFO, no evidence, no component" % rid)
        else:
            if cat not in CATEGORIES:
                errs.append("%s: unknown category %s" % (rid, cat))
            if exp["severity"] == "INFO" or not ev or not exp.get("component"):
                errs.append("%s: incident needs non-INFO severity, evidence and component" % rid)
        for f in ("root_cause", "summary", "action"):
            if not exp.get(f):
                errs.append("%s: missing %s" % (rid, f))
    for c in CATEGORIES:
        if cats.get(c) != 2:
            errs.append("category %s appears %s times" % (c, cats.get(c)))
    if cats.get("none") != 8:
        errs.append("none appears %s times" % cats.get("none"))
    ids = [x["id"] for x in recs]
    if ids != ["dev11-%03d" % i for i in range(1, 41)]:
        errs.append("ids not dev11-001..040 in order")
    return errs


def serialise(recs):
    return "".join(json.dumps(rec, ensure_ascii=True) + "\n" for rec in recs)


def main(argv):
    recs = build()
    errs = self_check(recs)
    if errs:
        for e in errs:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        return 1
    data = serialise(recs).encode("ascii")
    if "--check" in argv:
        print("self-check ok: %d records, sha256 %s" % (len(recs), hashlib.sha256(data).hexdigest()))
        return 0
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s: %d records, %d log lines, sha256 %s" % (
        OUT, len(recs), sum(len(x["logs"]) for x in recs), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
