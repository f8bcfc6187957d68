#!/usr/bin/env python3
"""Generate dev20.jsonl: an independent, held-out evaluation set for loglens.

Themes: energy & utilities, education & e-learning, search & recommendation.
Standard library only and fully deterministic:
  * every random choice of a scenario comes from random.Random("dev20-<scenario>")
  * record order is shuffled with random.Random("dev20-shuffle")
  * ids dev20-001 .. dev20-040 are assigned after the shuffle
  * fixed dates in 2026, no wall clock, no environment, no hash()

Usage:  python3 make_dev20.py [OUTPUT]     (default: dev20.jsonl next to this script)
"""
import json
import os
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def T(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# ---------------------------------------------------------------- time formats
def ms(d):
    return d.microsecond // 1000


def f_iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms(d)


def f_isous(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % d.microsecond


def f_isons(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d%03dZ" % (d.microsecond, (d.microsecond * 7) % 1000)


def f_isosec(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def f_klog(d):
    return d.strftime("%m%d %H:%M:%S") + ".%06d" % d.microsecond


def f_clf(d):
    return "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def f_clfms(d):
    return "%02d/%s/%d:%s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms(d))


def f_ngerr(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")


def f_pg(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % ms(d)


def f_py(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms(d)


def f_pysec(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def f_redis(d):
    return "%02d %s %d %s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms(d))


def f_rmq(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%06d+00:00" % d.microsecond


def f_mongo(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+00:00" % ms(d)


def f_osd(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ",%03d" % ms(d)


def f_solr(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms(d)


def f_php(d):
    return "%02d-%s-%d %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def f_rails(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % d.microsecond


def f_javadate(d):
    return "%s %s %02d %s UTC %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)


def ep(d):
    return (d - EPOCH).total_seconds()


TOKENS = {
    "<<iso>>": f_iso, "<<isous>>": f_isous, "<<isons>>": f_isons, "<<isosec>>": f_isosec,
    "<<klog>>": f_klog, "<<clf>>": f_clf, "<<clfms>>": f_clfms, "<<ngerr>>": f_ngerr,
    "<<pg>>": f_pg, "<<py>>": f_py, "<<pysec>>": f_pysec, "<<redis>>": f_redis,
    "<<rmq>>": f_rmq, "<<mongo>>": f_mongo, "<<osd>>": f_osd, "<<solr>>": f_solr,
    "<<php>>": f_php, "<<rails>>": f_rails,
    "<<epoch>>": lambda d: "%d" % int(ep(d)),
    "<<kafka>>": lambda d: d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms(d),
    "<<laravel>>": f_pysec,
}


def render(text, d):
    if "<<" not in text:
        return text
    for k, f in TOKENS.items():
        if k in text:
            text = text.replace(k, f(d))
    return text


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, key, start, cluster):
        self.key = key
        self.rng = random.Random("dev20-" + key)
        self.start = start
        self.cluster = cluster
        self.items = []
        self._uptime = {}

    def d(self, sec):
        return self.start + timedelta(microseconds=int(round(sec * 1e6)))

    def add(self, sec, labels, text, ev=False):
        d = self.d(sec)
        line = text(d) if callable(text) else render(text, d)
        self.items.append((d, len(self.items), dict(labels), line, ev))

    # label helpers
    def P(self, ns, pod, container, node):
        return {"cluster": self.cluster, "namespace": ns, "pod": pod, "container": container, "node": node}

    def J(self, node, unit):
        return {"cluster": self.cluster, "job": "systemd-journal", "node": node, "unit": unit}

    def E(self, ns):
        return {"cluster": self.cluster, "job": "kubernetes-events", "namespace": ns}

    # generic helpers
    def times(self, a, b, n):
        return sorted(round(self.rng.uniform(a, b), 6) for _ in range(n))

    def kern(self, node, sec, msg, ev=False):
        if node not in self._uptime:
            self._uptime[node] = self.rng.uniform(200000, 4000000)
        up = self._uptime[node] + sec
        self.add(sec, self.J(node, "kernel"), "[%12.6f] %s" % (up, msg), ev)

    def event(self, sec, ns, typ, reason, obj, src, msg, count=None, ev=False):
        s = "type=%s reason=%s object=%s source=%s" % (typ, reason, obj, src)
        if count:
            s += " count=%d" % count
        s += " msg=" + json.dumps(msg)
        self.add(sec, self.E(ns), s, ev)

    def build(self, template, question, selector, expected):
        self.items.sort(key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (d, _, labels, line, ev) in enumerate(self.items):
            logs.append({"ts": f_iso(d), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        exp = dict(expected)
        exp["evidence"] = evidence
        if exp["root_cause_category"] == "none":
            assert not evidence, self.key
        else:
            assert evidence, self.key
        rec = {
            "id": None,
            "source": "synthetic:dev20-" + template,
            "question": question,
            "selector": sel,
            "logs": logs,
            "expected": exp,
        }
        return rec


def rs_hash(rng):
    return "".join(rng.choice(K8S_ALNUM) for _ in range(rng.choice([9, 10])))


def sfx(rng, n=5):
    return "".join(rng.choice(K8S_ALNUM) for _ in range(n))


def podn(rng, base, h=None):
    return "%s-%s-%s" % (base, h or rs_hash(rng), sfx(rng))


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64id(rng, n=22):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def ipv4(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
]


def ingress_nginx(rng, d, method, path, status, size, upstream_name, upstream_addr, rt, ua=None, client=None):
    client = client or ipv4(rng, "10.%d" % rng.choice([0, 1, 2]))
    ua = ua or rng.choice(UA_BROWSERS)
    reqlen = rng.randint(380, 1900)
    up_status = status
    if status == 304:
        size = 0
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
        client, f_clf(d), method, path, status, size, ua, reqlen, rt, upstream_name, upstream_addr,
        size, max(rt - 0.001, 0.0), up_status, hexid(rng, 32))


def klog(level, d, tid, src, msg):
    return "%s%s %7d %s] %s" % (level, f_klog(d), tid, src, msg)


# =============================================================================
# Scenarios. Each returns a finished record (id assigned later).
# =============================================================================

# --------------------------------------------------------------------------- 1
def s_oom_meter_ingest():
    r = Rec("oom-meter-ingest", T(2026, 2, 9, 3, 10, 0), "eks-metering-prod-euc1")
    g = r.rng
    ns = "metering"
    h = rs_hash(g)
    victim = podn(g, "meter-ingest", h)
    others = [podn(g, "meter-ingest", h) for _ in range(2)]
    node = "ip-10-20-41-117.eu-central-1.compute.internal"
    onodes = ["ip-10-20-38-52.eu-central-1.compute.internal", "ip-10-20-44-9.eu-central-1.compute.internal"]
    billing = podn(g, "billing-aggregator")
    pod_uid = uid(g)
    lv = r.P(ns, victim, "meter-ingest", node)

    def spring(level, thread, logger, msg):
        return lambda d: "%s %5s 1 --- [meter-ingest] [%15s] %-40s : %s" % (f_iso(d), level, thread[-15:], logger, msg)

    # routine processing on healthy replicas, all window long
    offs = {6: 88120311, 2: 41203310, 3: 52033118, 4: 61830021}
    for i, p in enumerate(others):
        lab = r.P(ns, p, "meter-ingest", onodes[i])
        parts = [2, 3] if i == 0 else [4, 6]
        for t in r.times(0, 900, 26):
            part = g.choice(parts)
            n = g.randint(4200, 5000)
            offs[part] += n
            r.add(t, lab, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer",
                                 "Processed batch topic=meter.readings.raw partition=%d offset=%d records=%d dup=%d invalid=%d" % (
                                     part, offs[part], n, g.randint(0, 40), g.randint(0, 3))))
    # the victim before the backfill
    off5 = 70061234
    for t in r.times(0, 40, 3):
        n5 = g.randint(4200, 5000)
        off5 += n5
        r.add(t, lv, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer",
                            "Processed batch topic=meter.readings.raw partition=5 offset=%d records=%d dup=%d invalid=0" % (
                                off5, n5, g.randint(0, 30))))
    cid = hexid(g, 64)
    t0 = 52.2
    r.add(t0, lv, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer",
                         "Partition meter.readings.raw-7 offset 88123401: replay batch from head-end HE-04 (backfill 2026-02-08, 1840000 interval readings)"))
    r.add(t0 + 0.4, lv, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.dedup.DedupIndex",
                               "Building in-memory dedup index for 1840000 readings (meters=76712, intervals=96/day)"))
    cycles = [(t0 + 41.7, 23817), (246.9, 24466), (517.3, 25102)]
    starts = [None, 140.5, 410.2]
    for k, (tk, pid) in enumerate(cycles):
        if starts[k] is not None:
            s = starts[k]
            r.add(s, lv, "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=90.0 -XX:+ExitOnOutOfMemoryError")
            r.add(s + 1.9, lv, spring("INFO", "main", "c.v.m.ingest.MeterIngestApplication",
                                      "Starting MeterIngestApplication v4.12.0 using Java 21.0.3 with PID 1 (/app/app.jar started by app in /app)"))
            r.add(s + 2.0, lv, spring("INFO", "main", "c.v.m.ingest.MeterIngestApplication",
                                      'The following 1 profile is active: "prod"'))
            r.add(s + 9.8, lv, spring("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
            r.add(s + 12.7, lv, spring("INFO", "main", "c.v.m.ingest.MeterIngestApplication",
                                       "Started MeterIngestApplication in 11.84 seconds (process running for 12.61)"))
            r.add(s + 15.2, lv, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
                                       "[Consumer clientId=consumer-meter-ingest-1, groupId=meter-ingest] Adding newly assigned partitions: meter.readings.raw-5, meter.readings.raw-7"))
            r.add(s + 15.3, lv, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
                                       "[Consumer clientId=consumer-meter-ingest-1, groupId=meter-ingest] Setting offset for partition meter.readings.raw-7 to the committed offset FetchPosition{offset=88123401, offsetEpoch=Optional[31], currentLeader=LeaderAndEpoch{leader=Optional[b-2.metering-msk.kafka.eu-central-1.amazonaws.com:9098 (id: 2 rack: euc1-az2)], epoch=31}}"))
            r.add(s + 16.1, lv, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer",
                                       "Partition meter.readings.raw-7 offset 88123401: replay batch from head-end HE-04 (backfill 2026-02-08, 1840000 interval readings)"))
            r.add(s + 16.4, lv, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.dedup.DedupIndex",
                                       "Building in-memory dedup index for 1840000 readings (meters=76712, intervals=96/day)"))
        first = (k == 0)
        r.kern(node, tk, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986")
        r.kern(node, tk + 0.001, "memory: usage 1048576kB, limit 1048576kB, failcnt %d" % g.randint(9000, 30000), ev=first)
        r.kern(node, tk + 0.002, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=java,pid=%d,uid=10001" % (
            cid, pod_uid.replace("-", "_"), pod_uid.replace("-", "_"), cid, pid))
        r.kern(node, tk + 0.003, "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:10001 pgtables:%dkB oom_score_adj:986" % (
            pid, g.randint(5200000, 5600000), g.randint(1030000, 1046000), g.randint(15000, 22000), g.randint(2400, 2800)), ev=True)
        r.add(tk + 0.21, r.J(node, "containerd.service"),
              'time="<<isons>>" level=info msg="TaskExit event in podsandbox handler container_id:\\"%s\\" id:\\"%s\\" pid:%d exit_status:137 exited_at:{seconds:<<epoch>> nanos:%d}"' % (
                  cid, cid, pid, g.randint(1, 999999999)))
        r.add(tk + 0.9, r.J(node, "kubelet.service"),
              lambda d, c=cid: klog("I", d, 2231, "kubelet.go:2453", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, victim, pod_uid, c)))
        cid = hexid(g, 64)
        if k >= 1:
            r.event(tk + 2.5, ns, "Warning", "BackOff", "Pod/" + victim, "kubelet/" + node,
                    "Back-off restarting failed container meter-ingest in pod %s_%s(%s)" % (victim, ns, pod_uid), count=k + 1)
    r.event(690.0, ns, "Warning", "BackOff", "Pod/" + victim, "kubelet/" + node,
            "Back-off restarting failed container meter-ingest in pod %s_%s(%s)" % (victim, ns, pod_uid), count=4)
    lb = r.P("billing", billing, "billing-aggregator", onodes[1])
    for t in r.times(100, 880, 4):
        r.add(t, lb, "<<py>> INFO billing.scheduler: tick ok, next invoice run at 2026-02-09T04:00:00Z")
    r.add(611.4, lb, "<<py>> WARNING billing.completeness: interval completeness for 2026-02-08 head_end=HE-04 is 61.2% (threshold 99.5%); deferring invoice run for 76712 meters")
    return r.build(
        "oom-loop-jvm-backfill",
        "Why does one meter-ingest pod keep restarting since the HE-04 backfill arrived?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "meter-ingest",
         "root_cause": "meter-ingest is killed by the kernel memory-cgroup OOM killer (1Gi limit) every time it builds the in-memory dedup index for the 1.84M-reading HE-04 backfill on partition 7; the JVM is sized at MaxRAMPercentage=90 so heap plus native memory exceeds the container limit, and after each restart it re-reads the same committed offset and dies again.",
         "summary": "OOM-kill loop of meter-ingest on the HE-04 backfill batch (exit 137, CrashLoopBackOff); billing defers the 2026-02-08 invoice run because interval data is incomplete.",
         "action": "Raise the meter-ingest memory limit or lower MaxRAMPercentage to ~70%, and make the dedup index stream/chunk large backfills; the consumer then resumes from offset 88123401."})


# --------------------------------------------------------------------------- 2
def s_oom_celery_grades():
    r = Rec("oom-celery-grades", T(2026, 3, 3, 14, 20, 0), "rke2-campus-prod")
    g = r.rng
    ns = "openedx"
    worker = podn(g, "edx-lms-worker")
    lms = [podn(g, "edx-lms") for _ in range(2)]
    ing = podn(g, "rke2-ingress-nginx-controller", sfx(g))
    wnode, lnode = "rke2-agent-2", "rke2-agent-5"
    lw = r.P(ns, worker, "lms-worker", wnode)
    course = "course-v1:UniX+CS101+2026_T1"

    def cel(level, proc, msg):
        return "[<<py>>: %s/%s] %s" % (level, proc, msg)

    # benign: broker connection blip that recovers
    r.add(11.2, lw, cel("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    r.add(11.3, lw, "Traceback (most recent call last):")
    r.add(11.3, lw, '  File "/openedx/venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 340, in start')
    r.add(11.3, lw, "ConnectionResetError: [Errno 104] Connection reset by peer")
    r.add(13.4, lw, cel("INFO", "MainProcess", "Connected to redis://edx-redis-master.openedx.svc:6379/1"))
    routine = [
        ("openedx.core.djangoapps.content.course_overviews.tasks.async_course_overview_update", 0.4, 1.6),
        ("lms.djangoapps.grades.tasks.recalculate_subsection_grade_v3", 0.05, 0.4),
        ("openedx.core.djangoapps.credentials.tasks.v1.tasks.send_grade_to_credentials", 0.1, 0.9),
        ("lms.djangoapps.bulk_email.tasks.send_course_email", 1.5, 6.0),
        ("openedx.core.djangoapps.notifications.tasks.send_notifications", 0.02, 0.3),
    ]
    for t in r.times(0, 840, 34):
        name, lo, hi = g.choice(routine)
        tid = uid(g)
        r.add(t, lw, cel("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        r.add(t + g.uniform(lo, hi), lw, cel("INFO", "ForkPoolWorker-%d" % g.randint(1, 4), "Task %s[%s] succeeded in %.3fs: None" % (name, tid, g.uniform(lo, hi))))
    # LMS access noise
    for t in r.times(0, 860, 40):
        p = g.choice(["/courses/%s/courseware" % course, "/api/courseware/sequence/block-v1:UniX+CS101+2026_T1+type@sequential+block@w%02d" % g.randint(1, 12),
                      "/api/user/v1/accounts", "/courses/%s/progress" % course, "/event", "/heartbeat"])
        st = 200 if p != "/event" else 200
        r.add(t, r.P("kube-system", ing, "rke2-ingress-nginx-controller", lnode),
              lambda d, p=p, st=st: ingress_nginx(g, d, "GET" if p != "/event" else "POST", p, st, g.randint(300, 48000), "openedx-edx-lms-8000", "10.42.5.%d:8000" % g.randint(10, 60), g.uniform(0.02, 0.4)))
    task_ids = []
    for run, (tsub, tkill, pid, job) in enumerate([(58.0, 139.6, 4121, 212), (421.0, 505.2, 4388, 219)]):
        tid = uid(g)
        task_ids.append(tid)
        ll = r.P(ns, lms[run % 2], "lms", lnode)
        r.add(tsub - 0.4, r.P("kube-system", ing, "rke2-ingress-nginx-controller", lnode),
              lambda d: ingress_nginx(g, d, "POST", "/courses/%s/instructor/api/calculate_grades_csv" % course, 200, 139, "openedx-edx-lms-8000", "10.42.5.31:8000", 0.211))
        r.add(tsub, ll, "<<py>> INFO 27 [lms.djangoapps.instructor_task.api_helper] [user 8821] [ip 10.42.0.1] api_helper.py:114 - instructor task %s submitted: type=grade_course course=%s" % (tid, course))
        r.add(tsub + 0.3, lw, cel("INFO", "MainProcess", "Task lms.djangoapps.instructor_task.tasks.calculate_grades_csv[%s] received" % tid))
        r.add(tsub + 0.5, lw, cel("INFO", "ForkPoolWorker-3", "Task: %s, InstructorTask ID: %d, Task type: grade_course, Preparing for task execution" % (tid, 99120 + run)))
        r.add(tsub + 2.1, lw, cel("INFO", "ForkPoolWorker-3", "Task: %s, InstructorTask ID: %d, Task type: grade_course, Starting grade calculation for total students: 14382" % (tid, 99120 + run)))
        for j, t in enumerate(r.times(tsub + 8, tkill - 6, 3)):
            r.add(t, lw, cel("INFO", "ForkPoolWorker-3", "Task: %s, InstructorTask ID: %d, Task type: grade_course, Grade calculation in-progress for students: %d/14382" % (tid, 99120 + run, (j + 1) * 3000)))
        r.kern(wnode, tkill, "celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968")
        r.kern(wnode, tkill + 0.001, "memory: usage 2097152kB, limit 2097152kB, failcnt %d" % g.randint(200, 900), ev=(run == 0))
        r.kern(wnode, tkill + 0.002, "Memory cgroup out of memory: Killed process %d (celery) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:968" % (
            pid, g.randint(2600000, 2800000), g.randint(1880000, 1930000), g.randint(9000, 14000), g.randint(3900, 4300)), ev=True)
        r.add(tkill + 0.4, lw, cel("ERROR", "MainProcess", "Process 'ForkPoolWorker-3' pid:%d exited with 'signal 9 (SIGKILL)'" % pid), ev=True)
        r.add(tkill + 0.5, lw, cel("ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % job), ev=(run == 0))
        r.add(tkill + 0.5, lw, "Traceback (most recent call last):")
        r.add(tkill + 0.5, lw, '  File "/openedx/venv/lib/python3.11/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost')
        r.add(tkill + 0.5, lw, "    raise WorkerLostError(")
        r.add(tkill + 0.5, lw, "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % job)
        r.add(tkill + 9.0, ll, "<<py>> INFO 31 [lms.djangoapps.instructor_task.views] [user 8821] [ip 10.42.0.1] views.py:88 - instructor_task_status: task %s state=FAILURE message=\"Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\"" % (tid, job))
    return r.build(
        "oom-celery-child",
        "Why do grade report downloads for CS101 keep failing on the instructor dashboard?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "oom_killed", "component": "edx-lms-worker",
         "root_cause": "The celery prefork child running calculate_grades_csv for the 14,382-learner CS101 course grows past the edx-lms-worker container's 2Gi memory limit and is SIGKILLed by the cgroup OOM killer, so the task ends with WorkerLostError.",
         "summary": "Grade report tasks for CS101 die with WorkerLostError (signal 9) because the worker child is OOM-killed at the 2Gi limit; other celery tasks keep succeeding.",
         "action": "Give the grades worker more memory (or a dedicated high-memory queue) and/or lower the grade report chunk size; then resubmit the report."})


# --------------------------------------------------------------------------- 3
def s_panic_pmu_aggregator():
    r = Rec("panic-pmu-aggregator", T(2026, 1, 21, 6, 40, 0), "k3s-sub07-edge")
    g = r.rng
    ns = "grid-telemetry"
    node = "k3s-sub07-edge-1"
    agg = podn(g, "pmu-aggregator")
    col = podn(g, "pmu-collector")
    dash = podn(g, "grid-dashboard")
    pod_uid = uid(g)
    la = r.P(ns, agg, "pmu-aggregator", node)
    lc = r.P(ns, col, "pmu-collector", node)
    ld = r.P(ns, dash, "grid-dashboard", node)

    def zap(level, caller, msg, **kw):
        def f(d):
            o = {"level": level, "ts": round(ep(d), 6), "caller": caller, "msg": msg}
            o.update(kw)
            return jd(o)
        return f

    pmus = ["PMU-0701", "PMU-0702", "PMU-0709", "PMU-0714"]
    for t in r.times(0, 900, 30):
        p = g.choice(pmus)
        r.add(t, lc, zap("info", "c37118/reader.go:203", "frames received", pmu_id=p, frames=3000, rate_hz=50, crc_errors=0))
    r.add(44.0, lc, zap("info", "c37118/config.go:77", "PMU configuration changed", pmu_id="PMU-0714", cfg="CFG-2", phasors=3, prev_phasors=4, station="SUB07-F14"))
    # aggregator before crash
    for t in r.times(0, 45, 6):
        r.add(t, la, zap("info", "pipeline/aggregator.go:131", "flushed window", feeder=g.choice(["F-11", "F-12", "F-14"]), points=g.randint(2900, 3050), window_ms=1000))
    r.add(21.3, la, zap("warn", "phasor/window.go:88", "frame arrived late, accepted within tolerance", pmu_id="PMU-0702", lag_ms=38, tolerance_ms=50))
    crash_times = [45.12, 131.6, 267.9, 455.2, 778.4]
    for k, tc in enumerate(crash_times):
        if k > 0:
            s = tc - 3.4
            r.add(s, la, zap("info", "cmd/aggregator/main.go:61", "starting pmu-aggregator", version="1.7.3", nats="nats://nats.grid-telemetry.svc:4222", feeders=3))
            r.add(s + 0.2, la, zap("info", "pipeline/aggregator.go:54", "subscribed", subject="pmu.frames.>", queue="aggregator"))
        r.add(tc, la, "panic: runtime error: index out of range [3] with length 3", ev=(k == 0))
        r.add(tc, la, "")
        r.add(tc, la, "goroutine %d [running]:" % g.randint(40, 70))
        r.add(tc, la, "github.com/voltgrid/pmu-aggregator/internal/phasor.(*Window).Add(0xc0001b6a80, {0xc00041e2d0, 0x3, 0x3}, 0x18d2a1f2c4b)")
        r.add(tc, la, "\t/build/internal/phasor/window.go:112 +0x4a5", ev=(k == 0))
        r.add(tc, la, "github.com/voltgrid/pmu-aggregator/internal/pipeline.(*Aggregator).consume(0xc0000d2000, {0x1a2b3c0, 0xc0000a4050})")
        r.add(tc, la, "\t/build/internal/pipeline/aggregator.go:87 +0x1f9")
        r.add(tc, la, "created by github.com/voltgrid/pmu-aggregator/internal/pipeline.(*Aggregator).Start in goroutine 1")
        r.add(tc, la, "\t/build/internal/pipeline/aggregator.go:54 +0x12c")
        r.add(tc + 0.3, r.J(node, "k3s-agent.service"),
              lambda d: 'time="%s" level=info msg="TaskExit event in podsandbox handler container_id:\\"%s\\" pid:%d exit_status:2"' % (f_isosec(d), hexid(g, 64), g.randint(2000, 9000)))
        if k >= 1:
            r.event(tc + 1.5, ns, "Warning", "BackOff", "Pod/" + agg, "kubelet/" + node,
                    "Back-off restarting failed container pmu-aggregator in pod %s_%s(%s)" % (agg, ns, pod_uid), count=k + 1, ev=(k == 1))
    for t in (150.0, 330.0, 610.0, 880.0):
        r.add(t, ld, lambda d, t=t: jd({"level": 40, "time": int(ep(d) * 1000), "pid": 1, "hostname": dash, "msg": "stale aggregate for substation", "substation": "SUB-07", "age_s": int(t - 44)}))
    for t in r.times(0, 900, 8):
        r.add(t, ld, lambda d: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": dash, "req": {"method": "GET", "url": "/api/substations"}, "res": {"statusCode": 200}, "responseTime": g.randint(3, 30), "msg": "request completed"}))
    return r.build(
        "go-panic-crashloop",
        "Why has the SUB-07 phasor dashboard gone stale?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "application_error", "component": "pmu-aggregator",
         "root_cause": "pmu-aggregator panics with 'index out of range [3] with length 3' in phasor.(*Window).Add (window.go:112) because it assumes four phasors per frame; PMU-0714 was reconfigured to send three, so every restart crashes again on the next frame.",
         "summary": "pmu-aggregator is in CrashLoopBackOff from a Go panic on 3-phasor frames after PMU-0714's configuration change; the dashboard shows stale SUB-07 aggregates.",
         "action": "Fix the aggregator to honour the per-PMU phasor count from the CFG frame (or temporarily filter PMU-0714) and redeploy."})


# --------------------------------------------------------------------------- 4
def s_dotnet_dispatch_nre():
    r = Rec("dotnet-dispatch-nre", T(2026, 2, 17, 19, 5, 0), "ocp4-gridops-prod")
    g = r.rng
    ns = "outage-mgmt"
    h = rs_hash(g)
    apis = [podn(g, "crew-dispatch-api", h) for _ in range(2)]
    nodes = ["ocp-w-2.ocp4.voltgrid.internal", "ocp-w-4.ocp4.voltgrid.internal"]
    intake = podn(g, "outage-intake")
    router = podn(g, "router-default")
    lr = r.P("openshift-ingress", router, "logs", "ocp-infra-1.ocp4.voltgrid.internal")
    li = r.P(ns, intake, "intake", nodes[1])

    def net(level, cat, msg):
        return "<<iso>> %s: %s %s" % (level, cat, msg)

    def hap(d, pod_i, method, path, status, size, tt):
        return "haproxy[%d]: %s:%d [%s] fe_sni~ be_secure:outage-mgmt:crew-dispatch-api/pod:%s:crew-dispatch-api:http:10.128.%d.%d:8080 0/0/1/%d/%d %d %d - - --NI %d/%d/0/0/0 0/0 \"%s %s HTTP/1.1\"" % (
            g.randint(100, 999), ipv4(g, "10.131"), g.randint(30000, 60000), f_clfms(d), apis[pod_i], 2 + pod_i * 2, 17 + pod_i,
            tt - 1, tt, status, size, g.randint(20, 60), g.randint(20, 60), method, path)

    outages_bad = ["OUT-2026-0217-%04d" % n for n in (4412, 4419, 4431, 4437, 4440, 4452)]
    outages_ok = ["OUT-2026-0217-%04d" % n for n in (4398, 4405, 4416, 4423, 4428, 4444, 4447)]
    # intake creates outages; IVR ones lack a geocoded location
    for t, o in zip(r.times(5, 600, len(outages_bad)), outages_bad):
        r.add(t, li, "<<py>> INFO intake.ivr: created outage %s source=ivr premise=null location=unresolved (caller address not geocoded) customers_affected=%d" % (o, g.randint(1, 40)))
    for t, o in zip(r.times(0, 700, len(outages_ok)), outages_ok):
        r.add(t, li, "<<py>> INFO intake.ami: created outage %s source=ami_last_gasp premise=PR-%07d location=51.%04d,6.%04d customers_affected=%d" % (o, g.randint(1000000, 9999999), g.randint(1000, 9999), g.randint(1000, 9999), g.randint(10, 400)))
    # routine traffic
    for t in r.times(0, 900, 30):
        i = g.randrange(2)
        la = r.P(ns, apis[i], "crew-dispatch-api", nodes[i])
        if g.random() < 0.5:
            r.add(t, la, net("info", "Microsoft.AspNetCore.Hosting.Diagnostics[2]", "Request finished HTTP/1.1 GET http://crew-dispatch-api:8080/healthz/ready - 200 - text/plain 0.%04dms" % g.randint(1000, 9999)))
        else:
            tt = g.randint(8, 90)
            r.add(t, la, net("info", "Microsoft.AspNetCore.Hosting.Diagnostics[2]", "Request finished HTTP/1.1 GET http://crew-dispatch.apps.ocp4.voltgrid.internal/api/v2/outages?state=open - 200 - application/json;+charset=utf-8 %d.%04dms" % (tt, g.randint(0, 9999))))
            r.add(t + 0.002, lr, lambda d, i=i, tt=tt: hap(d, i, "GET", "/api/v2/outages?state=open", 200, g.randint(4000, 30000), tt))
    r.add(133.0, r.P(ns, apis[0], "crew-dispatch-api", nodes[0]), net("warn", "Microsoft.EntityFrameworkCore.Query[10102]",
          "The query uses a row limiting operator ('Skip'/'Take') without an 'OrderBy' operator. This may lead to unpredictable results. If the 'Distinct' operator is used after 'OrderBy', then make sure to use the 'OrderBy' operator after 'Distinct' as the ordering would otherwise get erased."))
    # successful assignments for geocoded outages
    for t, o in zip(r.times(60, 880, 5), outages_ok[:5]):
        i = g.randrange(2)
        la = r.P(ns, apis[i], "crew-dispatch-api", nodes[i])
        r.add(t, la, net("info", "VoltGrid.Outage.Dispatch.Services.CrewAssignmentService[0]", "Assigned crew CR-%02d to %s eta_min=%d" % (g.randint(1, 40), o, g.randint(12, 70))))
        r.add(t + 0.01, lr, lambda d, i=i, o=o: hap(d, i, "POST", "/api/v2/outages/%s/crew-assignment" % o, 200, 412, g.randint(40, 120)))
    # failures
    first = True
    for t, o in zip(r.times(40, 890, 6), outages_bad):
        i = g.randrange(2)
        la = r.P(ns, apis[i], "crew-dispatch-api", nodes[i])
        r.add(t, la, net("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]", "An unhandled exception has occurred while executing the request."), ev=first)
        r.add(t, la, "System.NullReferenceException: Object reference not set to an instance of an object.", ev=True)
        r.add(t, la, "   at VoltGrid.Outage.Dispatch.Services.CrewAssignmentService.RankCrewsAsync(Outage outage, CancellationToken ct) in /src/Dispatch/Services/CrewAssignmentService.cs:line 87", ev=first)
        r.add(t, la, "   at VoltGrid.Outage.Dispatch.Controllers.AssignmentController.AssignAsync(String outageId, CancellationToken ct) in /src/Dispatch/Controllers/AssignmentController.cs:line 41")
        r.add(t, la, "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)")
        r.add(t, la, "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)")
        r.add(t + 0.003, la, net("info", "Microsoft.AspNetCore.Hosting.Diagnostics[2]", "Request finished HTTP/1.1 POST http://crew-dispatch.apps.ocp4.voltgrid.internal/api/v2/outages/%s/crew-assignment - 500 - application/problem+json 23.%04dms" % (o, g.randint(0, 9999))))
        r.add(t + 0.004, lr, lambda d, i=i, o=o: hap(d, i, "POST", "/api/v2/outages/%s/crew-assignment" % o, 500, 327, g.randint(18, 30)))
        first = False
    return r.build(
        "dotnet-nre-500",
        "Dispatchers cannot assign crews to some storm outages (HTTP 500). What is wrong with crew-dispatch-api?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "application_error", "component": "crew-dispatch-api",
         "root_cause": "crew-dispatch-api throws an unhandled NullReferenceException in CrewAssignmentService.RankCrewsAsync (line 87) for outages created by the IVR intake without a geocoded location; those crew-assignment requests return 500 while geocoded outages assign normally.",
         "summary": "Crew assignment fails with HTTP 500 only for IVR-created outages that have no location, due to a null dereference in the dispatch service.",
         "action": "Guard against a null outage location in RankCrewsAsync (fall back to feeder/substation coordinates or queue for manual geocoding) and deploy the fix; meanwhile geocode the affected outages manually."})


# --------------------------------------------------------------------------- 5
def s_imagepull_moodle_tag():
    r = Rec("imagepull-moodle-tag", T(2026, 1, 12, 7, 30, 0), "aks-elearn-weu")
    g = r.rng
    ns = "moodle"
    oldh, newh = rs_hash(g), rs_hash(g)
    olds = [podn(g, "moodle-web", oldh) for _ in range(3)]
    newp = podn(g, "moodle-web", newh)
    new_uid = uid(g)
    nodes = ["aks-userpool-28419753-vmss000001", "aks-userpool-28419753-vmss000002", "aks-userpool-28419753-vmss000004"]
    nnode = "aks-userpool-28419753-vmss000003"
    ing = podn(g, "ingress-nginx-controller")
    li = r.P("ingress-nginx", ing, "controller", nodes[0])
    cron = "moodle-cron-29470530-" + sfx(g)
    lc = r.P(ns, cron, "cron", nodes[1])
    img = "acrelearnprod.azurecr.io/moodle/moodle-web:4.3.4-php8.2-r2"
    paths = ["/login/index.php", "/my/", "/course/view.php?id=%d", "/mod/quiz/view.php?id=%d", "/lib/ajax/service.php?sesskey=%s&info=core_course_get_enrolled_courses_by_timeline_classification",
             "/theme/image.php/boost/core/1736412331/i/loading_small", "/pluginfile.php/%d/mod_resource/content/1/lecture-notes.pdf", "/mod/assign/view.php?id=%d"]
    for t in r.times(0, 960, 60):
        p = g.choice(paths)
        if "%d" in p:
            p = p % g.randint(1000, 9000)
        elif "%s" in p:
            p = p % hexid(g, 10)
        st = 304 if "theme/image" in p else (303 if p == "/login/index.php" and g.random() < 0.3 else 200)
        meth = "POST" if "service.php" in p else "GET"
        up = "10.244.%d.%d:8080" % (g.randint(1, 4), g.randint(10, 80))
        r.add(t, li, lambda d, p=p, st=st, meth=meth, up=up: ingress_nginx(g, d, meth, p, st, g.randint(200, 90000), "moodle-moodle-web-80", up, g.uniform(0.03, 0.6)))
    for t in r.times(0, 960, 6):
        i = g.randrange(3)
        r.add(t, r.P(ns, olds[i], "php-fpm", nodes[i]),
              "[<<php>> UTC] PHP Deprecated:  Creation of dynamic property core_course\\local\\entity\\content_item::$componentname is deprecated in /var/www/html/course/classes/local/entity/content_item.php on line 84")
    # cron job
    tasks = [("Cleanup old sessions", "core\\task\\session_cleanup_task"), ("Send notifications", "message_email\\task\\send_email_task"),
             ("Cleanup files", "core\\task\\file_temp_cleanup_task"), ("Sync calendar events", "core\\task\\calendar_cron_task")]
    tt = 61.0
    r.add(tt, lc, "Server Time: Mon, 12 Jan 2026 07:31:01 +0000")
    for name, cls in tasks:
        tt += g.uniform(0.3, 2.5)
        r.add(tt, lc, "Execute scheduled task: %s (%s)" % (name, cls))
        tt += g.uniform(0.1, 3.0)
        r.add(tt, lc, "Scheduled task complete: %s (%s)" % (name, cls))
    r.add(tt + 0.4, lc, "Cron run completed correctly")
    # the rollout
    r.event(120.0, ns, "Normal", "ScalingReplicaSet", "Deployment/moodle-web", "deployment-controller",
            "Scaled up replica set moodle-web-%s to 1" % newh)
    r.event(120.1, ns, "Normal", "SuccessfulCreate", "ReplicaSet/moodle-web-" + newh, "replicaset-controller", "Created pod: " + newp)
    r.event(120.2, ns, "Normal", "Scheduled", "Pod/" + newp, "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, newp, nnode))
    lk = r.J(nnode, "kubelet.service")
    lcd = r.J(nnode, "containerd.service")
    first = True
    for k, t in enumerate([121.4, 137.9, 166.3, 218.7, 305.2, 462.0, 760.4]):
        r.event(t, ns, "Normal", "Pulling", "Pod/" + newp, "kubelet/" + nnode, 'Pulling image "%s"' % img, count=k + 1 if k else None)
        r.add(t + 0.05, lcd, 'time="<<isons>>" level=info msg="PullImage \\"%s\\""' % img)
        r.add(t + 0.41, lcd, 'time="<<isons>>" level=error msg="PullImage \\"%s\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found"' % (img, img, img, img), ev=first)
        r.event(t + 0.43, ns, "Warning", "Failed", "Pod/" + newp, "kubelet/" + nnode,
                'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), count=k + 1 if k else None, ev=first)
        r.event(t + 0.44, ns, "Warning", "Failed", "Pod/" + newp, "kubelet/" + nnode, "Error: ErrImagePull", count=k + 1 if k else None, ev=first)
        r.add(t + 0.45, lk, lambda d, k=k: klog("E", d, 3391, "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"php-fpm\\" with ErrImagePull: \\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"%s\\\\\\": failed to resolve reference \\\\\\"%s\\\\\\": %s: not found\\"" pod="%s/%s" podUID="%s"' % (img, img, img, ns, newp, new_uid)))
        r.event(t + 1.6, ns, "Normal", "BackOff", "Pod/" + newp, "kubelet/" + nnode, 'Back-off pulling image "%s"' % img, count=k + 1 if k else None)
        r.event(t + 1.61, ns, "Warning", "Failed", "Pod/" + newp, "kubelet/" + nnode, "Error: ImagePullBackOff", count=k + 1 if k else None, ev=first)
        first = False
    r.add(722.0, r.E(ns), 'type=Warning reason=ProgressDeadlineExceeded object=Deployment/moodle-web source=deployment-controller msg="ReplicaSet \\"moodle-web-%s\\" has timed out progressing."' % newh)
    return r.build(
        "image-tag-not-found",
        "The moodle-web rollout to 4.3.4 has been stuck for over ten minutes. What is blocking it?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "image_pull", "component": "moodle-web",
         "root_cause": "The new moodle-web ReplicaSet references acrelearnprod.azurecr.io/moodle/moodle-web:4.3.4-php8.2-r2, which does not exist in the registry (NotFound / not found), so the new pod sits in ErrImagePull/ImagePullBackOff and the Deployment exceeds its progress deadline.",
         "summary": "Rollout blocked: the 4.3.4 image tag is missing in ACR; the three old moodle-web pods keep serving normally.",
         "action": "Push the missing tag (or correct the image reference in the Deployment/Helm values to an existing tag) and let the rollout resume; roll back if the image cannot be published."})


# --------------------------------------------------------------------------- 6
def s_imagepull_harbor_robot():
    r = Rec("imagepull-harbor-robot", T(2026, 3, 9, 2, 15, 0), "talos-recsys-dc2")
    g = r.rng
    ns = "vecsearch"
    h_old = rs_hash(g)
    olds = [podn(g, "vecsearch", h_old) for _ in range(3)]
    news = [podn(g, "vecsearch", h_old) for _ in range(3)]
    oldnodes = ["talos-w2", "talos-w3", "talos-w4"]
    newnodes = ["talos-w7", "talos-w8", "talos-w9"]
    img = "harbor.search.lan/recsys/vecsearch:2.4.1"
    rank = podn(g, "ranking-api")
    lr = r.P("recsys", rank, "ranking-api", "talos-w5")
    hng = podn(g, "harbor-nginx")
    lh = r.P("harbor", hng, "nginx", "talos-w6")
    scope = "repository%3Arecsys%2Fvecsearch%3Apull&service=harbor-registry"

    # old pods serving before the node replacement
    for t in r.times(0, 70, 10):
        i = g.randrange(3)
        r.add(t, r.P(ns, olds[i], "vecsearch", oldnodes[i]),
              "<<isous>>  INFO vecsearch::server: search served collection=\"items_v9\" k=100 ef=128 latency_us=%d" % g.randint(900, 4800))
    for t in r.times(0, 900, 28):
        r.add(t, lr, lambda d: "time=%s level=INFO msg=\"rank request\" surface=home candidates=%d latency_ms=%d source=%s" % (
            f_iso(d), g.randint(200, 500), g.randint(12, 60), "vector" if ep(d) < ep(r.d(75)) else "bm25_fallback"))
    # planned node replacement (Talos upgrade via new machines)
    for i, n in enumerate(oldnodes):
        t = 40 + i * 12
        r.event(t, "default", "Normal", "NodeNotSchedulable", "Node/" + n, "kubelet/" + n, "Node %s status is now: NodeNotSchedulable" % n)
        r.event(t + 3, ns, "Normal", "Killing", "Pod/" + olds[i], "kubelet/" + n, "Stopping container vecsearch")
        r.add(t + 3.2, r.P(ns, olds[i], "vecsearch", n), "<<isous>>  INFO vecsearch::server: received SIGTERM, draining in-flight requests")
        r.event(t + 3.5, ns, "Normal", "SuccessfulCreate", "ReplicaSet/vecsearch-" + h_old, "replicaset-controller", "Created pod: " + news[i])
        r.event(t + 3.6, ns, "Normal", "Scheduled", "Pod/" + news[i], "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, news[i], newnodes[i]))
    first = True
    for i in range(3):
        base = 44.0 + i * 12
        for k, dt in enumerate([0.8, 16.0, 44.0, 95.0, 180.0, 330.0, 630.0]):
            t = base + dt
            if t > 900:
                break
            r.event(t, ns, "Normal", "Pulling", "Pod/" + news[i], "kubelet/" + newnodes[i], 'Pulling image "%s"' % img, count=k + 1 if k else None)
            r.add(t + 0.08, lh, lambda d, ip=newnodes[i]: '10.10.4.%d - - [%s] "GET /service/token?scope=%s HTTP/1.1" 401 %d "-" "containerd/v1.7.22" %.3f %.3f .' % (
                7 + int(ip[-1]), f_clf(d), scope, 76, 0.012, 0.011), ev=first)
            r.event(t + 0.12, ns, "Warning", "Failed", "Pod/" + news[i], "kubelet/" + newnodes[i],
                    'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.search.lan/service/token?scope=%s: 401 Unauthorized' % (img, img, img, scope),
                    count=k + 1 if k else None, ev=first)
            r.event(t + 0.13, ns, "Warning", "Failed", "Pod/" + news[i], "kubelet/" + newnodes[i], "Error: ErrImagePull", count=k + 1 if k else None)
            r.event(t + 1.2, ns, "Warning", "Failed", "Pod/" + news[i], "kubelet/" + newnodes[i], "Error: ImagePullBackOff", count=k + 1 if k else None, ev=first and i == 0 and k == 0)
            first = False
    r.add(60.4, r.E(ns), 'type=Warning reason=FailedToUpdateEndpoint object=Endpoints/vecsearch source=endpoint-controller msg="Failed to update endpoint vecsearch/vecsearch: Operation cannot be fulfilled on endpoints \\"vecsearch\\": the object has been modified; please apply your changes to the latest version and try again"')
    for t in r.times(76, 900, 12):
        r.add(t, lr, lambda d: 'time=%s level=ERROR msg="vector search failed, falling back to bm25" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.96.44.12:6334: connect: connection refused\\"" surface=home' % f_iso(d))
    for t in r.times(0, 900, 8):
        r.add(t, lh, lambda d: '10.10.4.%d - - [%s] "GET /v2/recsys/ranking-api/manifests/1.18.0 HTTP/1.1" 200 %d "-" "containerd/v1.7.22" %.3f %.3f .' % (
            g.randint(2, 6), f_clf(d), 1578, 0.021, 0.02))
    return r.build(
        "registry-auth-401",
        "Since the Talos node replacement, semantic search only returns BM25 fallback results. Why is vecsearch down?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "image_pull", "component": "vecsearch",
         "root_cause": "All vecsearch replicas were rescheduled onto the new Talos nodes, which have no cached copy of harbor.search.lan/recsys/vecsearch:2.4.1; Harbor's token service rejects the pull credentials with 401 Unauthorized, so every new pod is stuck in ErrImagePull/ImagePullBackOff and the service has no endpoints.",
         "summary": "vecsearch is completely down (0 ready pods) because its image cannot be pulled from Harbor (registry auth 401); ranking-api gets connection refused and serves BM25 fallback.",
         "action": "Renew the Harbor robot account / update the vecsearch imagePullSecret, then delete the stuck pods so they pull again; consider pre-pulling critical images on new nodes."})


# --------------------------------------------------------------------------- 7
def s_probe_liveness_proctoring():
    r = Rec("probe-liveness-proctoring", T(2026, 1, 26, 8, 55, 0), "gke-edu-prod-ew4")
    g = r.rng
    ns = "proctoring"
    h = rs_hash(g)
    pods = [podn(g, "proctor-api", h) for _ in range(3)]
    nodes = ["gke-edu-prod-pool-2-7c1f0a9e-k2vd", "gke-edu-prod-pool-2-7c1f0a9e-q8mz", "gke-edu-prod-pool-2-7c1f0a9e-x3rt"]
    ips = ["10.52.3.21", "10.52.4.17", "10.52.1.33"]
    uids = [uid(g) for _ in pods]
    web = podn(g, "exam-web")
    lw = r.P(ns, web, "exam-web", nodes[1])
    sched = podn(g, "exam-scheduler")

    def pino(i, level, msg, **kw):
        def f(d):
            o = {"level": level, "time": int(ep(d) * 1000), "pid": 1, "hostname": pods[i], "msg": msg}
            o.update(kw)
            return jd(o)
        return f

    r.add(300.0, r.P(ns, sched, "exam-scheduler", nodes[2]), "<<py>> INFO scheduler.windows: exam window opened exam=MATH-2041-final candidates=2318 proctoring=ai+live")
    # routine traffic; latency grows after exam start
    for i in range(3):
        lp = r.P(ns, pods[i], "proctor-api", nodes[i])
        for t in r.times(0, 900, 22):
            busy = t > 300
            rt = g.randint(250, 1400) if busy else g.randint(20, 120)
            url = g.choice(["/v1/sessions/%s/frames" % hexid(g, 12), "/v1/sessions/%s/events" % hexid(g, 12)])
            r.add(t, lp, pino(i, 30, "request completed", req={"method": "POST", "url": url}, res={"statusCode": 200}, responseTime=rt))
        for t in r.times(0, 300, 3):
            r.add(t, lp, pino(i, 30, "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=g.randint(1, 4)))
        r.add(330 + i * 7, lp, pino(i, 40, "event loop delay high", p99_ms=g.randint(1100, 1700), active_sessions=g.randint(700, 800)))
    # liveness failures & restarts
    first = True
    for i, tfail in ((0, 352.0), (1, 371.0), (2, 404.0), (0, 520.0), (1, 566.0), (0, 702.0), (2, 745.0)):
        lp = r.P(ns, pods[i], "proctor-api", nodes[i])
        for k in range(3):
            t = tfail + k * 10
            r.event(t, ns, "Warning", "Unhealthy", "Pod/" + pods[i], "kubelet/" + nodes[i],
                    'Liveness probe failed: Get "http://%s:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ips[i], ev=first and k == 0)
            if k < 2:
                r.add(t + 1.6, lp, pino(i, 30, "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=g.randint(1300, 2100)), ev=first and k == 0)
        r.event(tfail + 20.1, ns, "Normal", "Killing", "Pod/" + pods[i], "kubelet/" + nodes[i], "Container proctor-api failed liveness probe, will be restarted", ev=first)
        r.add(tfail + 20.2, lp, pino(i, 30, "SIGTERM received, closing websocket sessions", sessions=g.randint(700, 800)))
        for j in range(g.randint(4, 7)):
            r.add(tfail + 20.4 + j * 0.05, lw, lambda d: jd({"level": 40, "time": int(ep(d) * 1000), "pid": 1, "hostname": web, "msg": "proctoring socket closed", "code": 1006, "session": hexid(g, 12), "reconnect_in_ms": 2000}))
        r.add(tfail + 33.0, lp, pino(i, 30, "proctor-api listening", port=3000, version="3.9.2", node="v20.11.1"))
        first = False
    r.event(710.0, ns, "Warning", "BackOff", "Pod/" + pods[0], "kubelet/" + nodes[0],
            "Back-off restarting failed container proctor-api in pod %s_%s(%s)" % (pods[0], ns, uids[0]))
    return r.build(
        "liveness-timeout-under-load",
        "Students are being disconnected from the proctored exam every few minutes. What is happening to proctor-api?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "probe_failure", "component": "proctor-api",
         "root_cause": "Once the exam window opened, proctor-api's event loop is busy enough that /healthz answers in 1.3-2.1 s, longer than the liveness probe's 1 s timeout; after three failures kubelet kills the healthy, serving container, dropping all its websocket sessions, repeatedly across replicas.",
         "summary": "Liveness probe timeouts under exam load restart proctor-api pods in a loop (now in back-off), disconnecting students; the process itself was serving requests with 200.",
         "action": "Raise the liveness timeout/failureThreshold (or use a lightweight liveness endpoint and keep load checks in readiness), and scale proctor-api out before exam windows."})


# --------------------------------------------------------------------------- 8
def s_probe_readiness_solr():
    r = Rec("probe-readiness-solr", T(2026, 2, 2, 4, 10, 0), "kubeadm-search-onprem")
    g = r.rng
    ns = "search"
    pods = ["solr-0", "solr-1", "solr-2"]
    nodes = ["k8s-worker-01", "k8s-worker-02", "k8s-worker-03"]
    hap = podn(g, "solr-lb")
    lh = r.P(ns, hap, "haproxy", nodes[0])
    l2 = r.P(ns, "solr-2", "solr", nodes[2])
    core = "products_shard2_replica_n4"

    def solr(level, thread, ctx, logger, msg):
        return "<<solr>> %-5s (%s) [%s] %s %s" % (level, thread, ctx, logger, msg)

    ctx2 = "c:products s:shard2 r:core_node4 x:%s t:" % core
    # queries served by the LB
    for t in r.times(0, 720, 40):
        be = g.choice(["solr-0", "solr-1"]) if 15 < t < 262 else g.choice(pods)
        tt = g.randint(6, 80)
        r.add(t, lh, lambda d, be=be, tt=tt: "%s:%d [%s] fe_solr be_solr/%s 0/0/0/%d/%d 200 %d - - ---- %d/%d/%d/%d/0 0/0 \"GET /solr/products/select?q=%s&rows=24&wt=json HTTP/1.1\"" % (
            ipv4(g, "10.244"), g.randint(30000, 60000), f_clfms(d), be, tt - 1, tt, g.randint(2000, 40000), g.randint(5, 30), g.randint(5, 30), g.randint(1, 8), g.randint(0, 3),
            g.choice(["solar+inverter", "heat+pump", "ev+charger", "smart+thermostat", "battery+storage"])))
    for i in (0, 1):
        for t in r.times(0, 720, 6):
            r.add(t, r.P(ns, pods[i], "solr", nodes[i]), solr("INFO", "qtp1139700454-%d" % g.randint(20, 90), "c:products s:shard%d r:core_node%d x:products_shard%d_replica_n%d t:" % (i + 1, i + 1, i + 1, i + 1),
                                                              "o.a.s.c.S.Request", "webapp=/solr path=/select params={q=*:*&rows=24&wt=json} hits=%d status=0 QTime=%d" % (g.randint(100, 90000), g.randint(2, 40))))
    r.event(0.0, "default", "Normal", "NodeSchedulable", "Node/k8s-worker-03", "kubelet/k8s-worker-03", "Node k8s-worker-03 status is now: NodeSchedulable")
    r.event(6.0, ns, "Normal", "Started", "Pod/solr-2", "kubelet/k8s-worker-03", "Started container solr")
    r.add(7.2, l2, solr("INFO", "main", " ", "o.a.s.s.CoreContainerProvider", "Using logger factory org.apache.logging.slf4j.Log4jLoggerFactory"))
    r.add(8.9, l2, solr("INFO", "main", " ", "o.a.s.s.CoreContainerProvider", " ___      _       Welcome to Apache Solr™ version 9.6.1"))
    r.add(14.7, l2, solr("INFO", "coreLoadExecutor-10-thread-1", ctx2, "o.a.s.c.SolrCore", "Registered new searcher autowarm time: 0 ms"))
    r.add(15.1, l2, solr("INFO", "updateExecutor-8-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "Starting recovery process. recoveringAfterStartup=true"))
    r.add(15.4, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy",
                         "Attempting to PeerSync from [http://solr-1.solr-headless.search:8983/solr/products_shard2_replica_n2/] - recoveringAfterStartup=[true]"))
    r.add(16.0, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.u.PeerSyncWithLeader",
                         "PeerSync: core=%s url=http://solr-2.solr-headless.search:8983/solr too many updates received since start - startingUpdates no longer overlaps with our currentUpdates" % core), ev=True)
    r.add(16.1, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "PeerSync Recovery was not successful - trying replication."))
    r.add(16.2, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "Starting Replication Recovery."), ev=True)
    r.add(16.9, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.h.IndexFetcher",
                         "Starting download (fullCopy=true) to NRTCachingDirectory(MMapDirectory@/var/solr/data/%s/data/index.20260202041017123 lockFactory=org.apache.lucene.store.NativeFSLockFactory@5f1b2c3a; maxCacheMB=48.0 maxMergeSizeMB=4.0)" % core))
    probe_ts = [25.0 + 10 * k for k in range(24)]
    first = True
    for k, t in enumerate(probe_ts):
        if t > 258:
            break
        r.event(t, ns, "Warning", "Unhealthy", "Pod/solr-2", "kubelet/k8s-worker-03", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=k + 1 if k else None, ev=first)
        first = False
    r.add(26.0, lh, "[WARNING]  (8) : Server be_solr/solr-2 is DOWN, reason: Layer7 wrong status, code: 503, info: \"Service Unavailable\", check duration: 4ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    r.add(128.0, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.h.IndexFetcher", "Bytes downloaded: 9876543210, Bytes skipped downloading: 0"))
    r.add(233.4, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.h.IndexFetcher",
                          "Total time taken for download (fullCopy=true,bytesDownloaded=19754321987) : 216 secs (91455194 bytes/sec) to NRTCachingDirectory(MMapDirectory@/var/solr/data/%s/data/index.20260202041017123 lockFactory=org.apache.lucene.store.NativeFSLockFactory@5f1b2c3a; maxCacheMB=48.0 maxMergeSizeMB=4.0)" % core))
    r.add(248.1, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "Replication Recovery was successful."), ev=True)
    r.add(248.6, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "Registering as Active after recovery."))
    r.add(249.0, l2, solr("INFO", "recoveryExecutor-11-thread-1-processing-%s" % core, ctx2, "o.a.s.c.RecoveryStrategy", "Finished recovery process, successful=[true] msTimeTaken=233912.0"))
    r.add(261.0, lh, "[WARNING]  (8) : Server be_solr/solr-2 is UP, reason: Layer7 check passed, code: 200, check duration: 3ms. 3 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    for t in r.times(262, 720, 8):
        r.add(t, l2, solr("INFO", "qtp1139700454-%d" % g.randint(20, 90), ctx2, "o.a.s.c.S.Request",
                          "webapp=/solr path=/select params={q=*:*&rows=24&wt=json} hits=%d status=0 QTime=%d" % (g.randint(100, 90000), g.randint(2, 40))))
    r.add(301.0, r.P(ns, "solr-0", "solr", nodes[0]), solr("WARN", "qtp1139700454-31", " ", "o.a.s.c.SolrConfig",
                                                          "You should not use LATEST as luceneMatchVersion property: if you use this setting, and then Solr upgrades to a newer release of Lucene, sizable changes may happen. If precise back compatibility is important then you should instead explicitly specify an actual Lucene version."))
    return r.build(
        "readiness-during-recovery",
        "solr-2 was NotReady for several minutes after the k8s-worker-03 reboot. Do we need to do anything?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "probe_failure", "component": "solr",
         "root_cause": "After the node reboot solr-2's readiness probe returned 503 for about four minutes because its products shard2 replica could not PeerSync and fell back to a full replication recovery (~20 GB); the probe passed again once recovery finished.",
         "summary": "Transient readiness failure of solr-2 during replica recovery; HAProxy routed queries to solr-0/solr-1 meanwhile and solr-2 is back UP. No user-facing errors.",
         "action": "None required; optionally raise the update log size (numRecordsToKeep) so restarts can PeerSync instead of doing full replication."})


# --------------------------------------------------------------------------- 9
def s_sched_gpu_ranker():
    r = Rec("sched-gpu-ranker", T(2026, 2, 20, 19, 30, 0), "eks-recsys-use1")
    g = r.rng
    ns = "recsys"
    h = rs_hash(g)
    running = [podn(g, "ranker-gpu", h) for _ in range(4)]
    pending = [podn(g, "ranker-gpu", h) for _ in range(3)]
    gnodes = ["ip-10-42-%d-%d.ec2.internal" % (g.randint(1, 60), g.randint(2, 250)) for _ in range(4)]
    ca = podn(g, "cluster-autoscaler-aws-cluster-autoscaler")
    lca = r.P("kube-system", ca, "aws-cluster-autoscaler", "ip-10-42-3-19.ec2.internal")
    gw = podn(g, "ranking-gateway")
    lgw = r.P(ns, gw, "envoy", "ip-10-42-7-88.ec2.internal")
    ng = "eks-gpu-g5-2xl-20260110121503412300000007"

    def slog(i, level, event, **kw):
        def f(d):
            o = {"event": event, "level": level, "logger": "ranker.serve", "timestamp": f_isous(d), "pod": running[i]}
            o.update(kw)
            return jd(o)
        return f

    for i in range(4):
        lp = r.P(ns, running[i], "ranker", gnodes[i])
        for t in r.times(0, 900, 14):
            q = g.randint(8, 40) if t < 60 else g.randint(90, 260)
            r.add(t, lp, slog(i, "info", "batch inferred", batch=32, queue_depth=q, latency_ms=g.randint(30, 60) if t < 60 else g.randint(140, 420), model="dlrm-v31", gpu_util=0.97 if t > 60 else 0.62))
        r.add(g.uniform(200, 800), lp, slog(i, "warning", "queue depth above shed threshold, serving popularity fallback for overflow", queue_depth=g.randint(260, 320), threshold=256))
    for t in r.times(0, 900, 22):
        code = 200
        flags = "-"
        r.add(t, lgw, lambda d: '[%s] "POST /v2/rank HTTP/1.1" %d %s %d %d %d %d "%s" "okhttp/4.12.0" "%s" "ranker-gpu.recsys.svc.cluster.local:8080" "10.42.%d.%d:8080"' % (
            f_iso(d), code, flags, g.randint(900, 3000), g.randint(4000, 9000), g.randint(40, 480), g.randint(38, 470), ipv4(g, "10.42"), uid(g), g.randint(1, 60), g.randint(2, 250)))
    r.event(58.0, ns, "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler/ranker-gpu", "horizontal-pod-autoscaler",
            "New size: 7; reason: pods metric inference_queue_depth above target")
    r.event(58.1, ns, "Normal", "ScalingReplicaSet", "Deployment/ranker-gpu", "deployment-controller", "Scaled up replica set ranker-gpu-%s to 7 from 4" % h)
    msg = ("0/9 nodes are available: 3 Insufficient nvidia.com/gpu, 6 node(s) had untolerated taint {workload: ingest}. "
           "preemption: 0/9 nodes are available: 3 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.")
    first = True
    for k, t in enumerate([58.4, 118.4, 238.5, 418.6, 718.7]):
        for j, p in enumerate(pending):
            r.event(t + j * 0.01, ns, "Warning", "FailedScheduling", "Pod/" + p, "default-scheduler", msg, count=k + 1 if k else None, ev=first and j == 0)
        if k < 4:
            for j, p in enumerate(pending):
                r.event(t + 10.2 + j * 0.01, ns, "Normal", "NotTriggerScaleUp", "Pod/" + p, "cluster-autoscaler",
                        "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {workload: ingest}", count=k + 1 if k else None, ev=first and j == 0)
        first = False
    for k, t in enumerate(r.times(60, 890, 6)):
        r.add(t, lca, lambda d: klog("I", d, 1, "orchestrator.go:151", "Skipping node group %s - max size reached" % ng), ev=(k == 0))
        r.add(t + 0.002, lca, lambda d: klog("I", d, 1, "orchestrator.go:582", "Pod %s/%s can't be scheduled on eks-cpu-m6i-4xl-20260110121503412300000003, predicate checking error: Insufficient nvidia.com/gpu; predicateName=NodeResourcesFit; reasons: Insufficient nvidia.com/gpu; debugInfo=" % (ns, pending[0])))
        r.add(t + 0.004, lca, lambda d: klog("I", d, 1, "orchestrator.go:202", "No expansion options"))
    r.add(300.0, lca, lambda d: klog("I", d, 1, "request.go:697", 'Waited for 1.048s due to client-side throttling, not priority and fairness, request: GET:https://172.20.0.1:443/api/v1/pods?limit=500'))
    return r.build(
        "gpu-pending-max-nodegroup",
        "Why is the recommendation ranker not scaling out during the evening peak?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "scheduling", "component": "ranker-gpu",
         "root_cause": "The HPA scaled ranker-gpu from 4 to 7 but the 3 new pods stay Pending: no node has a free nvidia.com/gpu, the only other nodes carry the workload=ingest taint, and the cluster-autoscaler cannot add GPU nodes because the GPU node group is already at its max size.",
         "summary": "ranker-gpu cannot scale out (3 pods Pending, NotTriggerScaleUp: max node group size reached); existing pods are saturated and shedding to popularity fallback with higher latency.",
         "action": "Raise the max size of the GPU node group (or add a second GPU node group/instance type) so the autoscaler can provision nodes; review the ranker's HPA limits against GPU capacity."})


# --------------------------------------------------------------------------- 10
def s_sched_autoscale_transcode():
    r = Rec("sched-autoscale-transcode", T(2026, 3, 16, 7, 50, 0), "aks-lecture-media-neu")
    g = r.rng
    ns = "lecture-video"
    lectures = ["l%s" % hexid(g, 6) for _ in range(4)]
    pods = ["lecture-transcode-%s-%s" % (l, sfx(g)) for l in lectures]
    oldnodes = ["aks-transcode-35064155-vmss00000%d" % i for i in (0, 1, 2)]
    newnodes = ["aks-transcode-35064155-vmss00000%d" % i for i in (3, 4)]
    ca = podn(g, "cluster-autoscaler")
    up = podn(g, "lecture-upload-api")
    lu = r.P(ns, up, "api", "aks-system-18273645-vmss000001")
    img = "crlecturemedia.azurecr.io/media/transcoder:1.22.4"
    # the upload api
    for t in r.times(0, 960, 14):
        r.add(t, lu, lambda d: '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"' % ("10.244.0.1", f_clf(d)))
    for k, l in enumerate(lectures):
        t = 20 + k * 9
        r.add(t, lu, "<<py>> INFO media.jobs: lecture %s uploaded (%.1f GB, %d min); created Job lecture-transcode-%s" % (l, g.uniform(1.2, 4.0), g.randint(45, 95), l))
        r.event(t + 0.1, ns, "Normal", "SuccessfulCreate", "Job/lecture-transcode-" + l, "job-controller", "Created pod: " + pods[k])
    first = True
    for k, p in enumerate(pods):
        t = 20.3 + k * 9
        r.event(t, ns, "Warning", "FailedScheduling", "Pod/" + p, "default-scheduler",
                "0/4 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.", ev=first)
        first = False
    r.add(31.0, r.P("kube-system", ca, "cluster-autoscaler", "aks-system-18273645-vmss000000"),
          lambda d: klog("I", d, 1, "orchestrator.go:582", "Final scale-up plan: [{aks-transcode-35064155-vmss 3->5 (max: 10)}]"), ev=True)
    r.event(31.2, ns, "Normal", "TriggeredScaleUp", "Pod/" + pods[0], "cluster-autoscaler",
            "pod triggered scale-up: [{aks-transcode-35064155-vmss 3->5 (max: 10)}]", ev=True)
    for n_i, n in enumerate(newnodes):
        t = 228 + n_i * 14
        r.event(t, "default", "Normal", "RegisteredNode", "Node/" + n, "node-controller", "Node %s event: Registered Node %s in Controller" % (n, n))
        r.event(t + 21, "default", "Normal", "NodeReady", "Node/" + n, "kubelet/" + n, "Node %s status is now: NodeReady" % n)
    for k, p in enumerate(pods):
        n = newnodes[k % 2]
        t = 252 + k * 6 + (14 if k % 2 else 0)
        r.event(t, ns, "Normal", "Scheduled", "Pod/" + p, "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, p, n))
        r.event(t + 0.9, ns, "Normal", "Pulling", "Pod/" + p, "kubelet/" + n, 'Pulling image "%s"' % img)
        pull = g.uniform(16, 24)
        r.event(t + 0.9 + pull, ns, "Normal", "Pulled", "Pod/" + p, "kubelet/" + n,
                'Successfully pulled image "%s" in %.3fs (%.3fs including waiting). Image size: 412883121 bytes.' % (img, pull, pull))
        r.event(t + 1.3 + pull, ns, "Normal", "Started", "Pod/" + p, "kubelet/" + n, "Started container transcode")
        lp = r.P(ns, p, "transcode", n)
        ts = t + 1.6 + pull
        r.add(ts, lp, "time=<<iso>> level=INFO msg=\"transcode started\" lecture=%s renditions=1080p,720p,480p audio=aac-128k" % lectures[k])
        for j, tt in enumerate(r.times(ts + 30, ts + 400, 4)):
            r.add(tt, lp, "frame=%6d fps=%3d q=23.0 size=%8dkB time=00:%02d:%02d.%02d bitrate=2411.7kbits/s speed=%.2fx" % (
                (j + 1) * 21000, g.randint(88, 120), (j + 1) * 180000, (j + 1) * 11, g.randint(0, 59), g.randint(0, 99), g.uniform(3.5, 4.8)))
        te = ts + g.uniform(420, 520)
        if te < 955:
            r.add(te, lp, "time=<<iso>> level=INFO msg=\"transcode finished\" lecture=%s outputs=3 duration_s=%d uploaded_to=blob://lecture-media/%s/" % (lectures[k], int(te - ts), lectures[k]))
            r.event(te + 2, ns, "Normal", "Completed", "Job/lecture-transcode-" + lectures[k], "job-controller", "Job completed")
            r.add(te + 2.4, lu, "<<py>> INFO media.jobs: lecture %s status processing -> ready" % lectures[k])
    return r.build(
        "pending-until-autoscale",
        "Lecture uploads sat in 'processing' for several minutes this morning. Was something broken?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "scheduling", "component": "lecture-transcode",
         "root_cause": "The transcode Job pods requested more CPU than was free on the three transcode nodes (Insufficient cpu) and stayed Pending until the cluster-autoscaler grew the node pool from 3 to 5 nodes (~4 minutes); they were then scheduled and completed normally.",
         "summary": "Transient scheduling delay: transcode pods Pending on Insufficient cpu until autoscaler scale-up; all jobs then ran and lectures became ready.",
         "action": "None required; if the delay matters, keep a warm minimum of transcode nodes during upload peaks or lower the per-job CPU request."})


# --------------------------------------------------------------------------- 11
def s_dns_upstream_scada():
    r = Rec("dns-upstream-scada", T(2026, 1, 8, 22, 0, 0), "k3s-sub12-edge")
    g = r.rng
    ns = "scada"
    node = "k3s-sub12-edge"
    gw = "opcua-gateway-0"
    lg = r.P(ns, gw, "gateway", node)
    cd = podn(g, "coredns")
    lc = r.P("kube-system", cd, "coredns", node)
    host = "iot.gridops-cloud.example.net"
    up = "192.168.12.1"
    seq = 118200
    # polling / publishing loop
    buffered = 0
    for t in [5 + 10 * k for k in range(90)]:
        if t > 900:
            break
        n = g.randint(408, 414)
        r.add(t + g.uniform(0, 0.3), lg, "<<py>> INFO gateway.poll: polled %d nodes from opc.tcp://10.12.0.21:4840 in %dms status=Good" % (n, g.randint(60, 110)))
        seq += 1
        if t < 111:
            r.add(t + 0.5, lg, "<<py>> INFO gateway.mqtt: published batch seq=%d samples=%d qos=1" % (seq, n))
        elif t < 630:
            buffered += n
            if t % 60 == 5:
                r.add(t + 0.6, lg, "<<py>> INFO gateway.buffer: store-and-forward queue depth=%d (disk)" % buffered)
    # cluster-internal lookups keep working
    for t in r.times(0, 900, 14):
        nm = g.choice(["nats.scada.svc.cluster.local.", "historian.scada.svc.cluster.local.", "opcua-gateway-0.opcua-gateway.scada.svc.cluster.local."])
        r.add(t, lc, '[INFO] 10.42.0.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d %.6fs' % (
            g.randint(10, 40), g.randint(30000, 60000), g.randint(1000, 65000), nm, len(nm) + 17, len(nm) * 2 + 40, g.uniform(0.00008, 0.0003)))
    r.add(2.0, lg, "<<py>> WARNING py.warnings: /app/gateway/mqtt.py:41: DeprecationWarning: Callback API version 1 is deprecated, update to latest version")
    r.add(110.4, lg, "<<py>> WARNING gateway.mqtt: MQTT connection lost (rc=7: The connection was lost.), reconnecting")
    first = True
    for k, t in enumerate([110.9, 113.0, 117.1, 125.3, 141.6, 174.2, 239.4, 369.8, 499.9]):
        r.add(t, lc, '[ERROR] plugin/errors: 2 %s. A: read udp 10.42.0.7:%d->%s:53: i/o timeout' % (host, g.randint(30000, 60000), up), ev=first)
        r.add(t + 0.01, lc, '[ERROR] plugin/errors: 2 %s. AAAA: read udp 10.42.0.7:%d->%s:53: i/o timeout' % (host, g.randint(30000, 60000), up))
        r.add(t + 2.0, lg, "<<py>> ERROR gateway.mqtt: reconnect to %s:8883 failed: [Errno -3] Temporary failure in name resolution (attempt %d, next in %ds)" % (host, k + 1, min(2 ** (k + 1), 128)), ev=first)
        first = False
    for t in r.times(130, 480, 4):
        r.add(t, lc, '[ERROR] plugin/errors: 2 ntp.ubuntu.com. A: read udp 10.42.0.7:%d->%s:53: i/o timeout' % (g.randint(30000, 60000), up))
    r.add(630.1, lc, '[INFO] 10.42.0.19:%d - %d "A IN %s. udp 49 false 512" NOERROR qr,rd,ra 96 0.031224s' % (g.randint(30000, 60000), g.randint(1000, 65000), host))
    r.add(630.2, lg, "<<py>> INFO gateway.mqtt: connected to %s:8883 (TLSv1.3, client cert CN=sub12-gw, expires 2026-11-02)" % host)
    r.add(631.0, lg, "<<py>> INFO gateway.buffer: flushing %d buffered samples" % buffered)
    r.add(644.7, lg, "<<py>> INFO gateway.buffer: flushed %d buffered samples in 13.7s, queue depth=0, dropped=0" % buffered)
    for t in [645 + 10 * k for k in range(26)]:
        seq += 1
        r.add(t + 0.5, lg, "<<py>> INFO gateway.mqtt: published batch seq=%d samples=%d qos=1" % (seq, g.randint(408, 414)))
    return r.build(
        "upstream-dns-timeout-recovered",
        "The SUB-12 gateway logged name-resolution errors tonight. Is telemetry still flowing to the cloud?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "dns_resolution", "component": "coredns",
         "root_cause": "The site's upstream resolver 192.168.12.1 stopped answering, so CoreDNS timed out forwarding external names; when the MQTT session dropped, the gateway could not re-resolve iot.gridops-cloud.example.net ('Temporary failure in name resolution') for ~9 minutes until the resolver came back.",
         "summary": "Transient external DNS outage at the edge site: cloud MQTT reconnect failed on name resolution, samples were buffered to disk and flushed with zero drops after recovery; OPC-UA polling and in-cluster DNS were unaffected.",
         "action": "No immediate action; consider a secondary upstream resolver in the CoreDNS forward block and alerting on CoreDNS forward errors."})


# --------------------------------------------------------------------------- 12
def s_dns_kubedns_saturated():
    r = Rec("dns-kubedns-saturated", T(2026, 2, 24, 20, 15, 0), "gke-recsys-prod-euw1")
    g = r.rng
    ns = "recsys"
    kd = podn(g, "kube-dns")
    kdn = "gke-recsys-prod-default-pool-3d2e1a7b-w1kq"
    lmasq = r.P("kube-system", kd, "dnsmasq", kdn)
    lside = r.P("kube-system", kd, "sidecar", kdn)
    fa = [podn(g, "feature-api") for _ in range(2)]
    fnodes = ["gke-recsys-prod-default-pool-3d2e1a7b-8m2x", "gke-recsys-prod-default-pool-3d2e1a7b-p4ns"]
    ra = podn(g, "ranking-api")
    lra = r.P(ns, ra, "ranking-api", fnodes[0])
    bf = "embedding-backfill-" + sfx(g)
    lbf = r.P("ml-batch", bf, "backfill", "gke-recsys-prod-batch-pool-77c1f0e2-z9vt")

    r.add(40.0, lbf, "<<py>> INFO backfill: starting embedding backfill items=18400000 workers=256 source=gs://recsys-items/2026-02-24/ sink=opensearch")
    for t in r.times(60, 900, 12):
        r.add(t, lbf, "<<py>> INFO backfill: progress %d/18400000 items, %d items/s, errors=0" % (int((t - 40) * 9100), g.randint(8000, 10000)))
    first = True
    for k, t in enumerate(r.times(75, 880, 16)):
        r.add(t, lmasq, lambda d: klog("I", d, 1, "nanny.go:146", "dnsmasq[14]: Maximum number of concurrent DNS queries reached (max: 1500)"), ev=first or k == 5)
        first = False
    for k, t in enumerate(r.times(80, 880, 6)):
        r.add(t, lside, lambda d: klog("W", d, 1, "server.go:64", "Error getting metrics from dnsmasq: read udp 127.0.0.1:%d->127.0.0.1:53: i/o timeout" % g.randint(30000, 60000)), ev=(k == 0))
    for i in range(2):
        lp = r.P(ns, fa[i], "feature-api", fnodes[i])
        for t in r.times(0, 900, 26):
            r.add(t, lp, lambda d, i=i: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": fa[i], "req": {"method": "POST", "url": "/v1/features:batchGet"}, "res": {"statusCode": 200}, "responseTime": g.randint(3, 25), "msg": "request completed"}))
        for k, t in enumerate(r.times(85, 890, 9)):
            r.add(t, lp, lambda d, i=i: jd({"level": 50, "time": int(ep(d) * 1000), "pid": 1, "hostname": fa[i], "err": {"type": "Error", "message": "getaddrinfo EAI_AGAIN redis-features.recsys.svc.cluster.local", "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "redis-features.recsys.svc.cluster.local"}, "msg": "redis connection error, retrying"}), ev=(i == 0 and k == 0))
            r.add(t + 0.004, lp, lambda d, i=i: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": fa[i], "req": {"method": "POST", "url": "/v1/features:batchGet"}, "res": {"statusCode": 503}, "responseTime": g.randint(2000, 5100), "msg": "request completed"}))
    for k, t in enumerate(r.times(90, 890, 10)):
        r.add(t, lra, lambda d: 'time=%s level=ERROR msg="feature fetch failed" err="Post \\"http://feature-api.recsys.svc.cluster.local:8080/v1/features:batchGet\\": dial tcp: lookup feature-api.recsys.svc.cluster.local on 10.64.0.10:53: read udp 10.60.2.14:%d->10.64.0.10:53: i/o timeout" fallback=true' % (f_iso(d), g.randint(30000, 60000)), ev=(k == 0))
    for t in r.times(0, 900, 14):
        r.add(t, lra, lambda d: 'time=%s level=INFO msg="rank request" surface=%s candidates=%d latency_ms=%d' % (f_iso(d), g.choice(["home", "pdp", "search"]), g.randint(200, 600), g.randint(15, 70)))
    return r.build(
        "kube-dns-saturated",
        "feature-api and ranking-api are intermittently failing with DNS errors. What is going on?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "dns_resolution", "component": "kube-dns",
         "root_cause": "The cluster's kube-dns is saturated: its dnsmasq keeps hitting 'Maximum number of concurrent DNS queries reached (max: 1500)' since a 256-worker embedding backfill started, so lookups of in-cluster service names time out (EAI_AGAIN, i/o timeout on 10.64.0.10:53) for feature-api and ranking-api.",
         "summary": "Intermittent cluster DNS failures from an overloaded kube-dns (dnsmasq concurrency limit); feature-api returns 503s and ranking-api falls back.",
         "action": "Scale kube-dns (kube-dns-autoscaler) or enable NodeLocal DNSCache, and throttle/cache DNS in the backfill job (lower ndots or FQDNs with trailing dot)."})


# --------------------------------------------------------------------------- 13
def s_connrefused_rabbit_rolling():
    r = Rec("connrefused-rabbit-rolling", T(2026, 2, 27, 2, 10, 0), "k3s-headend-west")
    g = r.rng
    ns = "headend"
    pub = podn(g, "meter-event-publisher")
    lp = r.P(ns, pub, "publisher", "k3s-he-agent-1")
    rnodes = ["k3s-he-agent-2", "k3s-he-agent-3", "k3s-he-agent-4"]
    op = podn(g, "rabbitmq-cluster-operator")
    lop = r.P("rabbitmq-system", op, "operator", "k3s-he-server-1")
    l2 = r.P(ns, "rabbitmq-server-2", "rabbitmq", rnodes[0])
    l0 = r.P(ns, "rabbitmq-server-0", "rabbitmq", rnodes[1])

    def rmq(level, pid, msg):
        return "<<rmq>> [%s] <0.%d.0> %s" % (level, pid, msg)

    def slog(level, msg, extra=""):
        return "time=<<iso>> level=%s msg=%s%s" % (level, json.dumps(msg), (" " + extra) if extra else "")

    evc = 0
    for t in r.times(0, 900, 70):
        evc += g.randint(20, 90)
        if 62 < t < 154:
            continue
        r.add(t, lp, slog("INFO", "published meter events", "exchange=meter.events routing_key=%s count=%d confirms=%d node=rabbitmq-server-2" % (
            g.choice(["last_gasp", "power_restore", "tamper", "voltage_sag"]), g.randint(20, 90), g.randint(20, 90))))
    for t in r.times(0, 900, 10):
        r.add(t, l0, rmq("info", g.randint(20000, 40000), "accepting AMQP connection <0.%d.0> (10.42.%d.%d:%d -> 10.42.3.21:5672)" % (g.randint(20000, 40000), g.randint(0, 5), g.randint(2, 200), g.randint(30000, 60000))))
    r.add(30.0, lop, '{"level":"info","ts":"%s","logger":"rabbitmqcluster-controller","msg":"updated resource rabbitmq-server of Type *v1.StatefulSet","namespace":"headend","name":"rabbitmq"}' % "2026-02-27T02:10:30Z")
    r.event(58.0, ns, "Normal", "SuccessfulDelete", "StatefulSet/rabbitmq-server", "statefulset-controller", "delete Pod rabbitmq-server-2 in StatefulSet rabbitmq-server successful")
    r.add(58.3, l2, rmq("info", 231, "RabbitMQ is asked to stop..."))
    r.add(58.9, l2, rmq("info", 231, "Stopping RabbitMQ applications and their dependencies in the following order:"))
    r.add(60.2, l2, rmq("info", 540, "stopped TCP listener on [::]:5672"), ev=True)
    r.add(60.3, lp, slog("WARN", "amqp connection closed", 'err="Exception (320) Reason: \\"CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'\\"" node=rabbitmq-server-2'), ev=True)
    r.add(61.7, l2, rmq("info", 231, "Successfully stopped RabbitMQ and its dependencies"))
    r.event(63.0, ns, "Normal", "SuccessfulCreate", "StatefulSet/rabbitmq-server", "statefulset-controller", "create Pod rabbitmq-server-2 in StatefulSet rabbitmq-server successful")
    r.event(64.1, ns, "Normal", "Scheduled", "Pod/rabbitmq-server-2", "default-scheduler", "Successfully assigned headend/rabbitmq-server-2 to " + rnodes[0])
    r.event(66.0, ns, "Normal", "Pulled", "Pod/rabbitmq-server-2", "kubelet/" + rnodes[0], 'Container image "docker.io/library/rabbitmq:3.13.7-management" already present on machine')
    r.event(66.4, ns, "Normal", "Started", "Pod/rabbitmq-server-2", "kubelet/" + rnodes[0], "Started container rabbitmq")
    first = True
    for k, t in enumerate([61.0, 62.1, 64.3, 68.4, 76.6, 92.9, 125.5]):
        r.add(t, lp, slog("ERROR", "amqp dial failed", 'err="dial tcp 10.42.2.35:5672: connect: connection refused" node=rabbitmq-server-2.rabbitmq-nodes.headend.svc attempt=%d backoff=%s' % (k + 1, ["1s", "2s", "4s", "8s", "16s", "32s", "32s"][k])), ev=first)
        if k == 2:
            r.add(t + 0.1, lp, slog("INFO", "buffering events locally until broker is reachable", "spool=/var/spool/publisher queue_len=%d" % g.randint(100, 300)))
        first = False
    r.add(70.2, l2, rmq("info", 231, "Starting RabbitMQ 3.13.7 on Erlang 26.2.5.4 [jit]"))
    r.add(83.0, l2, rmq("warning", 231, "Deprecated features: `classic_queue_mirroring`: Classic mirrored queues are deprecated."))
    r.add(97.4, l2, rmq("info", 612, "started TCP listener on [::]:5672"))
    r.add(98.1, l2, rmq("info", 231, "Server startup complete; 6 plugins started."))
    r.add(157.6, l2, rmq("info", 1204, "accepting AMQP connection <0.1204.0> (10.42.1.17:40112 -> 10.42.2.35:5672)"))
    r.add(157.7, l2, rmq("info", 1204, "connection <0.1204.0> (10.42.1.17:40112 -> 10.42.2.35:5672): user 'meter-publisher' authenticated and granted access to vhost 'headend'"))
    r.add(157.8, lp, slog("INFO", "amqp connected", "node=rabbitmq-server-2.rabbitmq-nodes.headend.svc channel_confirms=true"))
    r.add(159.9, lp, slog("INFO", "drained local spool", "published=%d failed=0 duration=2.1s" % g.randint(380, 460)))
    for t in r.times(160, 900, 20):
        r.add(t, l2, rmq("info", g.randint(1200, 4000), "accepting AMQP connection <0.%d.0> (10.42.%d.%d:%d -> 10.42.2.35:5672)" % (g.randint(1200, 4000), g.randint(0, 5), g.randint(2, 200), g.randint(30000, 60000))))
    return r.build(
        "broker-restart-refused-recovered",
        "meter-event-publisher logged 'connection refused' errors around 02:11. Is event publishing still broken?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "connection_refused", "component": "rabbitmq",
         "root_cause": "The RabbitMQ cluster operator rolled rabbitmq-server-2 (StatefulSet update); while that broker was shutting down and restarting, the publisher's pinned node refused AMQP connections (connect: connection refused) for about 95 seconds.",
         "summary": "Transient broker unavailability during a rolling restart; the publisher spooled events locally, reconnected once rabbitmq-server-2 was up and drained the spool with zero failures.",
         "action": "None needed; optionally let the publisher fail over to other cluster nodes instead of pinning rabbitmq-server-2, and schedule broker upgrades with notice."})


# --------------------------------------------------------------------------- 14
def s_connrefused_redis_canvas():
    r = Rec("connrefused-redis-canvas", T(2026, 3, 10, 13, 40, 0), "eks-canvas-prod-usw2")
    g = r.rng
    ns = "canvas"
    h = rs_hash(g)
    webs = [podn(g, "canvas-web", h) for _ in range(3)]
    jobs = podn(g, "canvas-jobs")
    nodes = ["ip-10-8-%d-%d.us-west-2.compute.internal" % (g.randint(0, 60), g.randint(2, 250)) for _ in range(4)]
    lr = r.P(ns, "canvas-redis-master-0", "redis", nodes[3])
    lj = r.P(ns, jobs, "jobs", nodes[2])
    ing = podn(g, "ingress-nginx-controller")
    li = r.P("ingress-nginx", ing, "controller", nodes[0])
    redis_host = "canvas-redis-master.canvas.svc.cluster.local:6379"

    def rails(i, lvl, req, msg):
        L = {"I": "INFO", "E": "ERROR", "W": "WARN"}[lvl]
        return "%s, [<<rails>> #%d] %5s -- : [%s] %s" % (lvl, 100 + i * 37, L, req, msg)

    for t in r.times(0, 100, 16):
        r.add(t, lr, "1:M <<redis>> * %d changes in 60 seconds. Saving..." % g.randint(10000, 20000) if g.random() < 0.2 else "1:M <<redis>> * Background saving terminated with success")
    r.event(100.0, ns, "Normal", "SuccessfulDelete", "StatefulSet/canvas-redis-master", "statefulset-controller",
            "delete Pod canvas-redis-master-0 in StatefulSet canvas-redis-master successful", ev=True)
    r.add(100.3, lr, "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." % int(ep(r.d(100.3))))
    r.add(100.4, lr, "1:M <<redis>> # User requested shutdown...")
    r.add(100.4, lr, "1:M <<redis>> * Saving the final RDB snapshot before exiting.")
    r.add(101.9, lr, "1:M <<redis>> * DB saved on disk")
    r.add(102.0, lr, "1:M <<redis>> # Redis is now ready to exit, bye bye...", ev=True)
    r.event(102.5, ns, "Normal", "Killing", "Pod/canvas-redis-master-0", "kubelet/" + nodes[3], "Stopping container redis")
    first = True
    for t in r.times(0, 900, 70):
        i = g.randrange(3)
        lw = r.P(ns, webs[i], "canvas-web", nodes[i])
        req = uid(g)
        path = g.choice(["/courses/%d/assignments/%d" % (g.randint(1000, 9000), g.randint(10000, 99999)), "/api/v1/courses/%d/gradebook_history/feed" % g.randint(1000, 9000),
                         "/api/v1/users/self/todo", "/courses/%d/gradebook" % g.randint(1000, 9000), "/api/v1/planner/items"])
        if t < 102.4:
            r.add(t, lw, rails(i, "I", req, 'Started GET "%s" for 10.8.%d.%d' % (path, g.randint(0, 60), g.randint(2, 250))))
            ms_ = g.randint(40, 300)
            r.add(t + ms_ / 1000.0, lw, rails(i, "I", req, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms)" % (ms_, ms_ * 0.3, ms_ * 0.4)))
            r.add(t + ms_ / 1000.0, li, lambda d, p=path, m=ms_, i=i: ingress_nginx(g, d, "GET", p, 200, g.randint(3000, 90000), "canvas-canvas-web-80", "10.8.%d.%d:80" % (10 + i, 40 + i), m / 1000.0))
        else:
            r.add(t, lw, rails(i, "I", req, 'Started GET "%s" for 10.8.%d.%d' % (path, g.randint(0, 60), g.randint(2, 250))))
            r.add(t + 0.012, lw, rails(i, "E", req, "Redis::CannotConnectError (Error connecting to Redis on %s (Errno::ECONNREFUSED)):" % redis_host), ev=first)
            r.add(t + 0.012, lw, rails(i, "E", req, "  redis (4.8.1) lib/redis/client.rb:398:in `rescue in establish_connection'"))
            r.add(t + 0.013, lw, rails(i, "I", req, "Completed 500 Internal Server Error in 14ms (ActiveRecord: 2.1ms)"))
            r.add(t + 0.014, li, lambda d, p=path, i=i: ingress_nginx(g, d, "GET", p, 500, 1721, "canvas-canvas-web-80", "10.8.%d.%d:80" % (10 + i, 40 + i), 0.016))
            first = False
    for t in r.times(0, 100, 6):
        r.add(t, lj, "<<rails>> %d Job Delayed::Batch::PerformWithJobs (id=%d) COMPLETED after %.4f" % (4100 + g.randint(0, 30), g.randint(88000000, 89000000), g.uniform(0.05, 2.0)))
    for k, t in enumerate(r.times(104, 900, 9)):
        r.add(t, lj, "<<rails>> %d Job ContextModuleProgressions::Update (id=%d) FAILED (%d prior attempts) with Redis::CannotConnectError: Error connecting to Redis on %s (Errno::ECONNREFUSED)" % (
            4100 + g.randint(0, 30), g.randint(88000000, 89000000), g.randint(0, 3), redis_host))
    r.add(40.0, r.P(ns, webs[0], "canvas-web", nodes[0]), "DEPRECATION WARNING: Using legacy connection handling is deprecated. Please set `legacy_connection_handling` to `false` in your application. (called from <top (required)> at /usr/src/app/config/environment.rb:5)")
    return r.build(
        "redis-gone-econnrefused",
        "Canvas pages started failing with 500 errors around 13:42. What broke?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "connection_refused", "component": "canvas-redis-master",
         "root_cause": "The canvas-redis-master StatefulSet deleted its only pod (canvas-redis-master-0) and no replacement came up, so the Redis service has no endpoints; canvas-web and canvas-jobs get Errno::ECONNREFUSED connecting to canvas-redis-master:6379.",
         "summary": "Canvas web requests that touch Redis return 500 and background jobs fail because the Redis master was shut down cleanly and not recreated.",
         "action": "Restore canvas-redis-master (scale the StatefulSet back to 1 / revert the change that removed the pod) and confirm the endpoints; failed jobs will retry."})


# --------------------------------------------------------------------------- 15
def s_timeout_knn_cold_index():
    r = Rec("timeout-knn-cold-index", T(2026, 3, 4, 11, 0, 0), "kubeadm-search-dc1")
    g = r.rng
    ns = "search"
    rk = [podn(g, "home-feed-ranker") for _ in range(2)]
    rnodes = ["kube-w07", "kube-w08"]
    reidx = "embeddings-reindex-29501340-" + sfx(g)
    datanodes = ["opensearch-vec-data-%d" % i for i in range(3)]
    dnodes = ["kube-w11", "kube-w12", "kube-w13"]

    def sl(i, level, event, **kw):
        def f(d):
            o = {"event": event, "level": level, "logger": "ranker.candidates", "timestamp": f_isous(d)}
            o.update(kw)
            return jd(o)
        return f

    lre = r.P(ns, reidx, "reindex", "kube-w09")
    r.add(10.0, lre, "<<py>> INFO reindex: index item-embeddings-v7 complete: 12044211 docs, 6 shards, knn engine=faiss hnsw m=32 ef_construction=256")
    r.add(12.5, lre, "<<py>> INFO reindex: skipping warmup (KNN_WARMUP=false)")
    r.add(14.0, lre, "<<py>> INFO reindex: alias item-embeddings -> item-embeddings-v7 (removed from item-embeddings-v6)", ev=True)
    r.add(14.2, r.P(ns, "opensearch-vec-master-0", "opensearch", "kube-w10"),
          "[<<osd>>][INFO ][o.o.c.m.MetadataIndexAliasesService] [opensearch-vec-master-0] updating aliases: remove [item-embeddings] from [item-embeddings-v6], add [item-embeddings] to [item-embeddings-v7]")
    r.add(15.0, lre, "<<py>> INFO reindex: done, error_count=0")
    first = True
    for k, t in enumerate(r.times(18, 900, 16)):
        i = g.randrange(3)
        took = g.randint(2400, 6800)
        r.add(t, r.P(ns, datanodes[i], "opensearch", dnodes[i]),
              "[<<osd>>][WARN ][index.search.slowlog.query] [%s] [item-embeddings-v7][%d] took[%.1fs], took_millis[%d], total_hits[100 hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\"size\":100,\"query\":{\"knn\":{\"embedding\":{\"vector\":[...768 floats...],\"k\":100}}}}], id[]," % (
                  datanodes[i], g.randint(0, 5), took / 1000.0, took), ev=first or k == 4)
        first = False
    r.add(120.0, r.P(ns, datanodes[1], "opensearch", dnodes[1]),
          "[<<osd>>][WARN ][o.o.d.c.DeprecationLogger] [%s] Camel case format name dateOptionalTime is deprecated and will be removed in a future version. Use snake case name date_optional_time instead." % datanodes[1])
    for i in range(2):
        lp = r.P(ns, rk[i], "ranker", rnodes[i])
        for t in r.times(0, 900, 26):
            r.add(t, lp, lambda d: '%s:%d - "POST /v1/rank HTTP/1.1" 200' % (ipv4(g, "10.244"), g.randint(30000, 60000)))
        for k, t in enumerate(r.times(19, 900, 11)):
            r.add(t, lp, sl(i, "warning", "knn query failed; serving popularity fallback",
                            error="ConnectionTimeout caused by - ReadTimeoutError(HTTPConnectionPool(host='opensearch-vec.search.svc', port=9200): Read timed out. (read timeout=0.8))",
                            index="item-embeddings", k=100), ev=(i == 0 and k == 0))
        for t in r.times(0, 18, 3):
            r.add(t, lp, sl(i, "info", "knn candidates fetched", index="item-embeddings", took_ms=g.randint(18, 45), hits=100))
    return r.build(
        "knn-slow-after-alias-swap",
        "Home-feed ranking is serving popularity fallback since about 11:00. Why are the kNN queries failing?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "timeout", "component": "opensearch-vec",
         "root_cause": "At 11:00 the reindex job switched the item-embeddings alias to the new item-embeddings-v7 index without warming its k-NN graphs; every kNN query on v7 now takes 2.4-6.8 s on the opensearch-vec data nodes, exceeding the ranker's 0.8 s read timeout.",
         "summary": "opensearch-vec answers kNN queries too slowly after the alias swap to a cold index, so home-feed-ranker times out and serves popularity fallback.",
         "action": "Run the k-NN warmup API on item-embeddings-v7 (or point the alias back to v6 until warmed) and add a warmup step before alias swaps."})


# --------------------------------------------------------------------------- 16
def s_timeout_sms_provider():
    r = Rec("timeout-sms-provider", T(2026, 1, 31, 17, 20, 0), "talos-utility-comms")
    g = r.rng
    ns = "utility-comms"
    pods = [podn(g, "outage-notifier") for _ in range(2)]
    nodes = ["talos-comms-w1", "talos-comms-w2"]

    def pino(i, level, msg, **kw):
        def f(d):
            o = {"level": level, "time": int(ep(d) * 1000), "pid": 1, "hostname": pods[i], "msg": msg}
            o.update(kw)
            return jd(o)
        return f

    slow_a, slow_b = 150.0, 420.0
    for i in range(2):
        nfail = 0
        lp = r.P(ns, pods[i], "notifier", nodes[i])
        for t in r.times(0, 900, 46):
            out = "OUT-2026-0131-%04d" % g.randint(1200, 1500)
            if slow_a < t < slow_b and g.random() < 0.7:
                r.add(t, lp, pino(i, 50, "sms send failed, will retry", err={"type": "AxiosError", "message": "timeout of 5000ms exceeded", "code": "ECONNABORTED"},
                                  url="https://api.sms-partner.example/v2/messages", outage=out, attempt=g.randint(1, 3)), ev=nfail < 2)
                nfail += 1
            else:
                r.add(t, lp, pino(i, 30, "sms sent", status=202, provider_ms=g.randint(180, 700) if not (slow_a < t < slow_b) else g.randint(3500, 4900), outage=out, segments=1))
        for t in [60.0 * k + 30 for k in range(15)]:
            depth = 40 if t < slow_a else (40 + int((t - slow_a) * 2.2) if t < slow_b else max(0, 634 - int((t - slow_b) * 3)))
            r.add(t + i, lp, pino(i, 30, "queue stats", queue="notify.sms", depth=max(depth - i * 7, 0), consumers=2, error_count=0 if not (slow_a < t < slow_b) else g.randint(20, 60)))
        r.add(slow_b + 95 + i * 3, lp, pino(i, 30, "provider latency back to normal", p95_ms=g.randint(380, 520), window="5m"))
    r.add(300.0, r.P(ns, pods[0], "notifier", nodes[0]), pino(0, 40, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead."))
    return r.build(
        "external-api-timeouts-recovered",
        "Outage SMS notifications were delayed during the storm. Is the notifier still failing?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "timeout", "component": "outage-notifier",
         "root_cause": "The external SMS provider (api.sms-partner.example) answered slowly for about 4.5 minutes; outage-notifier's 5 s axios timeout expired on many sends (ECONNABORTED) and they were retried.",
         "summary": "Transient provider slowness delayed storm notifications; retries succeeded, the notify.sms backlog drained and provider latency is back to normal.",
         "action": "No action needed now; consider alerting on provider p95 latency and a secondary SMS route for storm peaks."})


# --------------------------------------------------------------------------- 17
def s_tls_kafka_expired():
    r = Rec("tls-kafka-expired", T(2026, 3, 14, 0, 5, 0), "ocp4-meterdata-prod")
    g = r.rng
    ns = "meter-data"
    brokers = ["meterbus-kafka-%d" % i for i in range(3)]
    bnodes = ["ocp-w-6.meterdata.voltgrid.internal", "ocp-w-7.meterdata.voltgrid.internal", "ocp-w-8.meterdata.voltgrid.internal"]
    val = podn(g, "meter-validator")
    lv = r.P(ns, val, "validator", "ocp-w-3.meterdata.voltgrid.internal")
    bex = podn(g, "billing-export")
    lb = r.P(ns, bex, "export", "ocp-w-4.meterdata.voltgrid.internal")

    def kafka(i, level, msg):
        return r.P(ns, brokers[i], "kafka", bnodes[i]), "[<<kafka>>] %s %s" % (level, msg)

    def spring(level, thread, logger, msg):
        return lambda d: "%s %5s 1 --- [meter-validator] [%15s] %-40s : %s" % (f_iso(d), level, thread[-15:], logger, msg)

    # brokers: replication is fine (internal listener uses the cluster CA)
    for t in r.times(0, 900, 12):
        i = g.randrange(3)
        lab, txt = kafka(i, "INFO", "[ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Node %d disconnected. (org.apache.kafka.clients.NetworkClient)" % (i, (i + 1) % 3, (i + 1) % 3)) if g.random() < 0.1 else \
            kafka(i, "INFO", "[LocalLog partition=meter.readings.validated-%d, dir=/var/lib/kafka/data-0/kafka-log%d] Rolled new log segment at offset %d in 3 ms. (kafka.log.LocalLog)" % (g.randint(0, 11), i, g.randint(10 ** 8, 10 ** 9)))
        r.add(t, lab, txt)
    first = True
    for k, t in enumerate(r.times(2, 900, 14)):
        i = g.randrange(3)
        lab, txt = kafka(i, "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /10.131.%d.%d (channelId=10.129.2.%d:9093-10.131.%d.%d:%d-%d) (SSL handshake failed) (org.apache.kafka.common.network.Selector)" % (
            i, g.randint(0, 3), g.randint(2, 250), 18 + i, g.randint(0, 3), g.randint(2, 250), g.randint(30000, 60000), g.randint(1, 40)))
        r.add(t, lab, txt, ev=first)
        first = False
    first = True
    for t in r.times(3, 900, 6):
        r.add(t, lv, spring("WARN", "ntainer#0-0-C-1", "org.apache.kafka.clients.NetworkClient",
                            "[Consumer clientId=meter-validator-0, groupId=meter-validator] Bootstrap broker meterbus-kafka-bootstrap.meter-data.svc:9093 (id: -1 rack: null) disconnected"))
        r.add(t + 0.001, lv, spring("ERROR", "ntainer#0-0-C-1", "org.apache.kafka.clients.NetworkClient",
                                    "[Consumer clientId=meter-validator-0, groupId=meter-validator] Connection to node -1 (meterbus-kafka-bootstrap.meter-data.svc/172.30.41.9:9093) failed authentication due to: SSL handshake failed"), ev=first)
        if first:
            r.add(t + 0.002, lv, "org.apache.kafka.common.errors.SslAuthenticationException: SSL handshake failed")
            r.add(t + 0.002, lv, "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed", ev=True)
            r.add(t + 0.002, lv, "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
            r.add(t + 0.002, lv, "Caused by: java.security.cert.CertPathValidatorException: validity check failed")
            r.add(t + 0.002, lv, "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Mar 14 00:00:00 UTC 2026", ev=True)
        first = False
    r.add(1.0, lv, spring("WARN", "main", "o.a.k.clients.consumer.ConsumerConfig", "These configurations '[specific.avro.reader]' were supplied but are not used yet."))
    first = True
    for t in r.times(5, 900, 7):
        b = g.randrange(3)
        r.add(t, lb, lambda d, b=b: "%%3|%.3f|FAIL|rdkafka#consumer-1| [thrd:ssl://meterbus-kafka-%d.meterbus-kafka-brokers.meter-data.svc:9093/%d]: ssl://meterbus-kafka-%d.meterbus-kafka-brokers.meter-data.svc:9093/%d: SSL handshake failed: error:0A000086:SSL routines::certificate verify failed: broker certificate could not be verified, verify that ssl.ca.location is correctly configured or root CA certificates are installed (install ca-certificates package) (after %dms in state SSL_HANDSHAKE)" % (
            ep(d), b, b, b, b, g.randint(3, 12)), ev=first)
        first = False
    r.add(400.0, lb, "<<py>> ERROR billing_export.run: no records consumed from meter.readings.validated in 300s; export for 2026-03-13 incomplete")
    return r.build(
        "kafka-listener-cert-expired",
        "Since midnight meter-validator and billing-export cannot consume from Kafka. What happened?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "tls_certificate", "component": "meterbus-kafka",
         "root_cause": "The TLS certificate served on the meterbus-kafka client listener (port 9093) expired at 2026-03-14 00:00:00 UTC (CertificateExpiredException: NotAfter); every client TLS handshake is rejected, while inter-broker replication on the internal listener keeps working.",
         "summary": "All TLS clients of the Kafka bootstrap/broker listener fail SSL handshakes because the listener certificate expired; meter validation and billing export have stopped consuming.",
         "action": "Renew/reissue the listener certificate (fix the cert-manager or custom certificate renewal), roll the brokers to load it, and add expiry alerting."})


# --------------------------------------------------------------------------- 18
def s_tls_opensearch_san():
    r = Rec("tls-opensearch-san", T(2026, 2, 11, 9, 30, 0), "gke-catalog-search-euw3")
    g = r.rng
    ns = "search"
    masters = ["opensearch-cluster-master-%d" % i for i in range(3)]
    mnodes = ["gke-catalog-search-pool-os-5a1c2e3f-%s" % sfx(g, 4) for _ in range(3)]
    idx = podn(g, "catalog-indexer")
    li = r.P(ns, idx, "indexer", "gke-catalog-search-pool-app-1f0e9d8c-%s" % sfx(g, 4))
    sa = podn(g, "search-api")
    lsa = r.P(ns, sa, "search-api", "gke-catalog-search-pool-app-1f0e9d8c-%s" % sfx(g, 4))
    rl = podn(g, "reloader-reloader")
    lrl = r.P("reloader", rl, "reloader", "gke-catalog-search-pool-app-1f0e9d8c-%s" % sfx(g, 4))

    def jslog(level, msg, **kw):
        def f(d):
            o = {"time": f_iso(d), "level": level, "msg": msg}
            o.update(kw)
            return jd(o)
        return f

    for t in r.times(0, 90, 5):
        r.add(t, li, jslog("INFO", "bulk indexed", docs=500, took_ms=g.randint(80, 300), index="catalog-v31", errors=False))
    r.event(62.0, ns, "Normal", "Issuing", "Certificate/opensearch-http-tls", "cert-manager-certificates-trigger", "Renewing certificate as renewal was scheduled at 2026-02-11 09:31:00 +0000 UTC")
    r.event(62.3, ns, "Normal", "Reused", "Certificate/opensearch-http-tls", "cert-manager-certificates-key-manager", 'Reusing private key stored in existing Secret resource "opensearch-http-tls"')
    r.event(62.5, ns, "Normal", "Requested", "Certificate/opensearch-http-tls", "cert-manager-certificates-request-manager", 'Created new CertificateRequest resource "opensearch-http-tls-7"')
    r.event(63.1, ns, "Normal", "Issuing", "Certificate/opensearch-http-tls", "cert-manager-certificates-issuing", "The certificate has been successfully issued")
    r.add(64.0, lrl, lambda d: 'time="%s" level=info msg="Changes detected in \'opensearch-http-tls\' of type \'SECRET\' in namespace \'search\'; updated \'opensearch-cluster-master\' of type \'StatefulSet\' in namespace \'search\'"' % f_isosec(d))
    for i in (2, 1, 0):
        t = 66 + (2 - i) * 40
        r.event(t, ns, "Normal", "Killing", "Pod/" + masters[i], "kubelet/" + mnodes[i], "Stopping container opensearch")
        r.add(t + 31, r.P(ns, masters[i], "opensearch", mnodes[i]), "[<<osd>>][INFO ][o.o.n.Node               ] [%s] started" % masters[i])
    first = True
    for k, t in enumerate(r.times(100, 900, 18)):
        r.add(t, li, jslog("ERROR", "bulk request failed", err='Post "https://opensearch.search.svc.cluster.local:9200/_bulk": tls: failed to verify certificate: x509: certificate is valid for opensearch-cluster-master, opensearch-cluster-master-headless, *.opensearch-cluster-master-headless.search.svc.cluster.local, not opensearch.search.svc.cluster.local',
                                 docs=500, index="catalog-v31", retry_in="30s"), ev=first or k == 6)
        first = False
    first = True
    for k, t in enumerate(r.times(101, 900, 8)):
        i = g.randrange(3)
        r.add(t, r.P(ns, masters[i], "opensearch", mnodes[i]),
              "[<<osd>>][WARN ][o.o.h.AbstractHttpServerTransport] [%s] caught exception while handling client http traffic, closing connection Netty4HttpChannel{localAddress=/10.8.%d.%d:9200, remoteAddress=/10.8.2.14:%d} io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate" % (
                  masters[i], 1 + i, 20 + i, g.randint(30000, 60000)), ev=first)
        first = False
    for t in r.times(0, 900, 24):
        r.add(t, lsa, jslog("INFO", "search served", q_len=g.randint(3, 30), hits=g.randint(0, 4000), took_ms=g.randint(8, 60), node="opensearch-cluster-master-headless"))
    r.add(500.0, li, jslog("WARN", "indexing backlog growing", pending_docs=g.randint(40000, 60000), oldest_change_age="6m40s"))
    return r.build(
        "cert-san-mismatch",
        "catalog-indexer stopped indexing around 09:31. Why does it fail to talk to OpenSearch?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "tls_certificate", "component": "opensearch",
         "root_cause": "cert-manager renewed opensearch-http-tls at 09:31 and Reloader rolled the OpenSearch masters; the new certificate's SANs cover only opensearch-cluster-master(-headless) names, not opensearch.search.svc.cluster.local, which catalog-indexer uses, so its TLS verification fails with a hostname mismatch.",
         "summary": "catalog-indexer bulk requests fail with 'x509: certificate is valid for ..., not opensearch.search.svc.cluster.local' since the certificate renewal; search-api (using the headless name) is unaffected; an indexing backlog is growing.",
         "action": "Add opensearch.search.svc.cluster.local (and the short service names) to the Certificate dnsNames, re-issue it and let the masters reload; the indexer will then drain its backlog."})


# --------------------------------------------------------------------------- 19
def s_rbac_feature_sync():
    r = Rec("rbac-feature-sync", T(2026, 2, 6, 10, 0, 0), "aks-recsys-features-weu")
    g = r.rng
    ns = "featurestore"
    ctl = podn(g, "feature-sync-controller")
    lc = r.P(ns, ctl, "manager", "aks-system-31415926-vmss000002")
    srv = [podn(g, "feast-online") for _ in range(2)]
    snodes = ["aks-features-27182818-vmss000000", "aks-features-27182818-vmss000001"]
    rank = podn(g, "ranking-api")
    lrk = r.P("recsys", rank, "ranking-api", "aks-apps-16180339-vmss000003")
    sa = "system:serviceaccount:featurestore:feature-sync"
    r.add(2.0, lc, lambda d: klog("I", d, 1, "main.go:88", '"Starting manager" version="3.0.1" leaderElection=true'))
    r.add(2.4, lc, lambda d: klog("I", d, 1, "leaderelection.go:254", "attempting to acquire leader lease featurestore/feature-sync-controller..."))
    r.add(5.1, lc, lambda d: klog("I", d, 1, "leaderelection.go:268", "successfully acquired lease featurestore/feature-sync-controller"))
    r.add(5.3, lc, lambda d: klog("I", d, 1, "controller.go:178", '"Starting EventSource" controller="featureview" source="kind source: *v1alpha1.FeatureView"'))
    r.add(5.3, lc, lambda d: klog("I", d, 1, "controller.go:186", '"Starting Controller" controller="featureview"'))
    first = True
    t = 5.6
    k = 0
    while t < 900:
        r.add(t, lc, lambda d: klog("W", d, 1, "reflector.go:547", 'k8s.io/client-go@v0.30.1/tools/cache/reflector.go:232: failed to list *v1alpha1.FeatureView: featureviews.featurestore.example.io is forbidden: User "%s" cannot list resource "featureviews" in API group "featurestore.example.io" at the cluster scope' % sa), ev=first)
        r.add(t + 0.0001, lc, lambda d: klog("E", d, 1, "reflector.go:150", 'k8s.io/client-go@v0.30.1/tools/cache/reflector.go:232: Failed to watch *v1alpha1.FeatureView: failed to list *v1alpha1.FeatureView: featureviews.featurestore.example.io is forbidden: User "%s" cannot list resource "featureviews" in API group "featurestore.example.io" at the cluster scope' % sa), ev=first)
        first = False
        k += 1
        t += min(0.8 * (2 ** k), 120) + g.uniform(0, 3)
    r.add(125.3, lc, lambda d: klog("E", d, 1, "controller.go:203", '"Could not wait for Cache to sync" err="failed to wait for featureview caches to sync: timed out waiting for cache to be synced for Kind *v1alpha1.FeatureView" controller="featureview"'))
    r.add(60.0, lc, lambda d: klog("I", d, 1, "request.go:697", "Waited for 1.121s due to client-side throttling, not priority and fairness, request: GET:https://10.0.0.1:443/apis/featurestore.example.io/v1alpha1?timeout=32s"))
    r.event(1.0, ns, "Normal", "ScalingReplicaSet", "Deployment/feature-sync-controller", "deployment-controller", "Scaled up replica set feature-sync-controller-%s to 1" % ctl.split("-")[-2])
    for i in range(2):
        lp = r.P(ns, srv[i], "feast", snodes[i])
        for t in r.times(0, 900, 20):
            r.add(t, lp, '%s:%d - "POST /get-online-features HTTP/1.1" 200' % (ipv4(g, "10.244"), g.randint(30000, 60000)))
    for t in r.times(150, 900, 8):
        r.add(t, lrk, lambda d: 'time=%s level=WARN msg="feature view not registered in online store, using defaults" view=user_engagement_v4 registry_version=%d' % (f_iso(d), 412))
    r.add(30.0, lrk, lambda d: 'time=%s level=INFO msg="model reloaded" model=ranker-dlrm-v32 required_views=user_profile_v2,item_stats_v5,user_engagement_v4' % f_iso(d))
    return r.build(
        "rbac-forbidden-controller",
        "The new user_engagement_v4 feature view never shows up in the online store. Why is feature-sync-controller not syncing?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "auth_failure", "component": "feature-sync-controller",
         "root_cause": "After the 3.0 upgrade the controller runs as service account featurestore:feature-sync, which has no RBAC permission to list/watch featureviews.featurestore.example.io at cluster scope; every list is Forbidden, its caches never sync and it reconciles nothing.",
         "summary": "feature-sync-controller is blocked by RBAC (forbidden list on featureviews), so new feature views are not registered and ranking-api falls back to default features.",
         "action": "Bind the controller's ClusterRole to the new feature-sync service account (fix the ClusterRoleBinding subject in the chart) and restart the controller."})


# --------------------------------------------------------------------------- 20
def s_auth_mongo_scram():
    r = Rec("auth-mongo-scram", T(2026, 3, 18, 8, 40, 0), "aks-exam-proctor-neu")
    g = r.rng
    ns = "exam"
    oldh, newh = rs_hash(g), rs_hash(g)
    olds = [podn(g, "proctor-session-svc", oldh) for _ in range(3)]
    new = podn(g, "proctor-session-svc", newh)
    new_uid = uid(g)
    nodes = ["aks-exam-41421356-vmss00000%d" % i for i in range(4)]
    mongo = ["proctor-mongo-%d" % i for i in range(3)]
    eso = podn(g, "external-secrets")
    leso = r.P("external-secrets", eso, "external-secrets", nodes[0])
    r.add(20.0, leso, lambda d: jd({"level": "info", "ts": round(ep(d), 6), "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": "proctor-mongo-credentials", "namespace": ns}, "SecretKey": "MONGODB_PASSWORD", "refreshed": True}))
    r.event(24.0, ns, "Normal", "ScalingReplicaSet", "Deployment/proctor-session-svc", "deployment-controller", "Scaled up replica set proctor-session-svc-%s to 1" % newh)

    def pino(pod, level, msg, **kw):
        def f(d):
            o = {"level": level, "time": int(ep(d) * 1000), "pid": 1, "hostname": pod, "msg": msg}
            o.update(kw)
            return jd(o)
        return f

    for i in range(3):
        lp = r.P(ns, olds[i], "app", nodes[i])
        for t in r.times(0, 900, 18):
            r.add(t, lp, pino(olds[i], 30, "request completed", req={"method": g.choice(["GET", "POST"]), "url": g.choice(["/api/sessions/%s/heartbeat" % hexid(g, 12), "/api/sessions/%s/flags" % hexid(g, 12)])}, res={"statusCode": 200}, responseTime=g.randint(4, 60)))
    for t in r.times(0, 900, 14):
        r.add(t, r.P(ns, mongo[0], "mongod", nodes[3]), lambda d: jd({"t": {"$date": f_mongo(d)}, "s": "I", "c": "ACCESS", "id": 5286306, "ctx": "conn%d" % g.randint(4000, 9000), "msg": "Successfully authenticated",
                                                                             "attr": {"client": "10.244.%d.%d:%d" % (g.randint(0, 3), g.randint(2, 250), g.randint(30000, 60000)), "isSpeculative": True, "isClusterMember": False, "mechanism": "SCRAM-SHA-256", "user": "proctor_app", "db": "exam", "result": 0, "metrics": {"conversation_duration": {"micros": g.randint(3000, 9000), "summary": {}}}, "extraInfo": {}}}))
    restarts = [30.0, 46.0, 78.0, 132.0, 218.0, 384.0, 690.0]
    first = True
    lnew = r.P(ns, new, "app", nodes[2])
    for k, t in enumerate(restarts):
        r.add(t, lnew, pino(new, 30, "starting proctor-session-svc", version="5.2.0", mongo="mongodb://proctor-mongo-0.proctor-mongo-svc.exam.svc:27017,proctor-mongo-1.proctor-mongo-svc.exam.svc:27017,proctor-mongo-2.proctor-mongo-svc.exam.svc:27017/exam?replicaSet=rs0&authSource=exam"))
        r.add(t + 0.31, r.P(ns, mongo[0], "mongod", nodes[3]), lambda d: jd({"t": {"$date": f_mongo(d)}, "s": "I", "c": "ACCESS", "id": 5286307, "ctx": "conn%d" % g.randint(9000, 9999), "msg": "Failed to authenticate",
                                                                                 "attr": {"client": "10.244.2.57:%d" % g.randint(30000, 60000), "isSpeculative": True, "isClusterMember": False, "mechanism": "SCRAM-SHA-256", "user": "proctor_app", "db": "exam", "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch", "result": 18, "metrics": {"conversation_duration": {"micros": g.randint(3000, 9000), "summary": {}}}, "extraInfo": {}}}), ev=first)
        r.add(t + 0.33, lnew, pino(new, 60, "failed to connect to MongoDB, exiting", err={"type": "MongoServerError", "message": "Authentication failed.", "code": 18, "codeName": "AuthenticationFailed", "errorLabels": ["HandshakeError"]}), ev=first)
        if k >= 1:
            r.event(t + 2.0, ns, "Warning", "BackOff", "Pod/" + new, "kubelet/" + nodes[2], "Back-off restarting failed container app in pod %s_%s(%s)" % (new, ns, new_uid), count=k)
        first = False
    r.add(600.0, r.E(ns), 'type=Warning reason=ProgressDeadlineExceeded object=Deployment/proctor-session-svc source=deployment-controller msg="ReplicaSet \\"proctor-session-svc-%s\\" has timed out progressing."' % newh)
    return r.build(
        "mongo-scram-bad-password",
        "The new proctor-session-svc pod keeps crashing right after the secret rotation. Why?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "auth_failure", "component": "proctor-session-svc",
         "root_cause": "External Secrets refreshed proctor-mongo-credentials with a new MONGODB_PASSWORD that was never set on the MongoDB user proctor_app; the new pod authenticates with it and MongoDB rejects it (SCRAM storedKey mismatch, AuthenticationFailed code 18), so the app exits and crash-loops.",
         "summary": "Rollout blocked by bad MongoDB credentials after secret rotation; old pods (still using the previous password in their environment) keep serving.",
         "action": "Update the proctor_app password in MongoDB to match the rotated secret (or revert the secret), then let the rollout continue; fix the rotation so DB and secret change together."})


# --------------------------------------------------------------------------- 21
def s_config_rust_env():
    r = Rec("config-rust-env", T(2026, 3, 25, 15, 0, 0), "talos-recsys-dc2")
    g = r.rng
    ns = "recsys"
    oldh, newh = rs_hash(g), rs_hash(g)
    olds = [podn(g, "semantic-ranker", oldh) for _ in range(3)]
    news = [podn(g, "semantic-ranker", newh) for _ in range(3)]
    uids = [uid(g) for _ in news]
    nodes = ["talos-w5", "talos-w6", "talos-w8"]
    argo = "argocd-application-controller-0"
    la = r.P("argocd", argo, "argocd-application-controller", "talos-w1")
    gw = podn(g, "recs-gateway")
    lg = r.P(ns, gw, "envoy", "talos-w3")
    for i in range(3):
        for t in r.times(0, 40, 4):
            r.add(t, r.P(ns, olds[i], "semantic-ranker", nodes[i]), "<<isous>>  INFO semantic_ranker::http: rank served surface=\"search\" candidates=%d latency_ms=%d" % (g.randint(100, 400), g.randint(6, 30)))
    for t in r.times(0, 48, 8):
        r.add(t, lg, lambda d: '[%s] "POST /rank HTTP/1.1" 200 - %d %d %d %d "-" "search-bff/2.7" "%s" "semantic-ranker.recsys.svc.cluster.local:8080" "10.244.%d.%d:8080"' % (
            f_iso(d), g.randint(900, 3000), g.randint(3000, 9000), g.randint(8, 40), g.randint(7, 38), uid(g), g.randint(1, 9), g.randint(2, 250)))
    r.add(38.0, la, lambda d: 'time="%s" level=info msg="Updated sync status: OutOfSync -> Synced" app-namespace=argocd app-qualified-name=argocd/semantic-ranker application=semantic-ranker dest-namespace=recsys project=recsys revision=9c41e7d' % f_isosec(d))
    r.add(38.2, la, lambda d: 'time="%s" level=info msg="Applying resource ConfigMap/semantic-ranker-env in cluster: https://kubernetes.default.svc, namespace: recsys"' % f_isosec(d))
    r.event(40.0, ns, "Normal", "ScalingReplicaSet", "Deployment/semantic-ranker", "deployment-controller", "Scaled down replica set semantic-ranker-%s to 0 from 3" % oldh)
    for i in range(3):
        r.event(40.2, ns, "Normal", "Killing", "Pod/" + olds[i], "kubelet/" + nodes[i], "Stopping container semantic-ranker")
    r.event(47.0, ns, "Normal", "ScalingReplicaSet", "Deployment/semantic-ranker", "deployment-controller", "Scaled up replica set semantic-ranker-%s to 3" % newh)
    first = True
    for i in range(3):
        lp = r.P(ns, news[i], "semantic-ranker", nodes[i])
        t = 50.0 + i * 0.7
        k = 0
        while t < 900:
            r.add(t, lp, "<<isous>>  INFO semantic_ranker: starting semantic-ranker version=\"0.19.0\" git_sha=\"4f1c2ab\"")
            r.add(t + 0.002, lp, "<<isous>>  INFO semantic_ranker::model: loading model path=\"/models/sbert-mini-v7.onnx\" threads=4")
            r.add(t + 0.41, lp, "thread 'main' panicked at src/config.rs:48:14:", ev=first)
            r.add(t + 0.41, lp, "FEATURE_STORE_ADDR must be set: NotPresent", ev=first)
            r.add(t + 0.41, lp, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
            if k >= 1:
                r.event(t + 1.5, ns, "Warning", "BackOff", "Pod/" + news[i], "kubelet/" + nodes[i], "Back-off restarting failed container semantic-ranker in pod %s_%s(%s)" % (news[i], ns, uids[i]), count=k, ev=first)
            first = first and k == 0
            k += 1
            t += min(10 * (2 ** (k - 1)), 300) + 1.0 + g.uniform(0, 1.5)
    for t in r.times(48, 900, 26):
        r.add(t, lg, lambda d: '[%s] "POST /rank HTTP/1.1" 503 UH 0 19 0 - "-" "search-bff/2.7" "%s" "semantic-ranker.recsys.svc.cluster.local:8080" "-"' % (f_iso(d), uid(g)))
    return r.build(
        "missing-env-crashloop",
        "Search ranking returns 503 for every request since the last Argo CD sync. What is wrong?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "config_error", "component": "semantic-ranker",
         "root_cause": "The Argo CD sync replaced ConfigMap semantic-ranker-env without the FEATURE_STORE_ADDR variable; the Recreate rollout stopped all old pods and every new semantic-ranker pod panics at startup ('FEATURE_STORE_ADDR must be set: NotPresent'), crash-looping.",
         "summary": "semantic-ranker is fully down (all pods in CrashLoopBackOff from a missing environment variable); the envoy gateway returns 503 UH (no healthy upstream).",
         "action": "Restore FEATURE_STORE_ADDR in the semantic-ranker-env ConfigMap (or roll back the Argo CD revision) and restart the deployment; add a config validation/readiness gate and a RollingUpdate strategy."})


# --------------------------------------------------------------------------- 22
def s_config_cm_key_autograder():
    r = Rec("config-cm-key-autograder", T(2026, 1, 19, 16, 30, 0), "microk8s-cs-lab")
    g = r.rng
    ns = "grading"
    oldh, newh = rs_hash(g), rs_hash(g)
    olds = [podn(g, "autograder-worker", oldh) for _ in range(2)]
    news = [podn(g, "autograder-worker", oldh) for _ in range(6)]
    uids = [uid(g) for _ in news]
    nodes = ["cslab-node-1", "cslab-node-2", "cslab-node-3"]
    keda = podn(g, "keda-operator")
    lk = r.P("keda", keda, "keda-operator", nodes[0])
    api = podn(g, "submission-api")
    lapi = r.P(ns, api, "api", nodes[1])
    for i in range(2):
        lp = r.P(ns, olds[i], "autograder", nodes[i])
        for t in r.times(0, 900, 24):
            r.add(t, lp, "<<py>> INFO autograder.worker: graded submission S-%07d course=CS1-2026 assignment=pset3 tests=%d/%d sandbox_s=%.1f" % (g.randint(1000000, 9999999), g.randint(10, 24), 24, g.uniform(3, 28)))
    depth = 120
    for t in [30.0 * k + 5 for k in range(30)]:
        depth += g.randint(20, 45) if t > 60 else g.randint(-5, 5)
        r.add(t, lapi, "time=<<iso>> level=INFO msg=\"queue stats\" queue=grading.jobs depth=%d consumers=2 deadline=2026-01-19T23:59:00Z" % depth)
    r.add(61.0, lk, lambda d: '%s\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "autograder-worker", "scaledObject.Namespace": "grading", "scaleTarget.Name": "autograder-worker", "Original Replicas Count": 2, "New Replicas Count": 8}' % f_iso(d))
    r.event(61.2, ns, "Normal", "ScalingReplicaSet", "Deployment/autograder-worker", "deployment-controller", "Scaled up replica set autograder-worker-%s to 8 from 2" % oldh)
    first = True
    for j, p in enumerate(news):
        n = nodes[j % 3]
        r.event(61.4 + j * 0.05, ns, "Normal", "Scheduled", "Pod/" + p, "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, p, n))
        t = 62.5 + j * 0.3
        k = 0
        while t < 900:
            r.event(t, ns, "Normal", "Pulled", "Pod/" + p, "kubelet/" + n, 'Container image "registry.cslab.example.edu/grading/autograder:2026.1.3" already present on machine', count=k + 1 if k else None)
            r.event(t + 0.02, ns, "Warning", "Failed", "Pod/" + p, "kubelet/" + n, "Error: couldn't find key GRADER_SANDBOX_IMAGE in ConfigMap grading/autograder-config", count=k + 1 if k else None, ev=first)
            if j < 2:
                r.add(t + 0.03, r.J(n, "snap.microk8s.daemon-kubelite.service"),
                      lambda d, p=p, j=j: klog("E", d, 2817, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"autograder\\" with CreateContainerConfigError: \\"couldn\'t find key GRADER_SANDBOX_IMAGE in ConfigMap grading/autograder-config\\"" pod="%s/%s" podUID="%s"' % (ns, p, uids[j])), ev=first)
            first = False
            k += 1
            t += [11, 13, 26, 52, 110, 240, 300][min(k - 1, 6)] + g.uniform(0, 2)
    kc = podn(g, "kustomize-controller")
    r.add(20.0, r.P("flux-system", kc, "manager", nodes[0]), lambda d: jd({"level": "info", "ts": f_iso(d), "msg": "server-side apply completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                                                                     "Kustomization": {"name": "grading", "namespace": "flux-system"}, "namespace": "flux-system", "name": "grading", "reconcileID": uid(g),
                                                                     "output": {"ConfigMap/grading/autograder-config": "configured", "Deployment/grading/autograder-worker": "unchanged", "ScaledObject/grading/autograder-worker": "unchanged"}, "revision": "main@sha1:%s" % hexid(g, 40)}))
    return r.build(
        "configmap-key-missing",
        "The grading queue keeps growing even though KEDA scaled autograder-worker to 8. Why aren't the new workers picking up jobs?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "config_error", "component": "autograder-worker",
         "root_cause": "A Flux apply changed the autograder-config ConfigMap and it no longer contains the key GRADER_SANDBOX_IMAGE that the autograder-worker Deployment references via configMapKeyRef; all six new pods fail with CreateContainerConfigError, so only the two pods started before the change consume the queue.",
         "summary": "Scale-out of autograder-worker is ineffective: new pods cannot start because a referenced ConfigMap key is missing; the grading.jobs backlog grows before the deadline.",
         "action": "Restore the GRADER_SANDBOX_IMAGE key in autograder-config (or update the Deployment to the new key name) so the pending pods start; the two running workers keep working meanwhile."})


# --------------------------------------------------------------------------- 23
def s_es_flood_stage():
    r = Rec("es-flood-stage", T(2026, 2, 13, 1, 20, 0), "kubeadm-campus-analytics")
    g = r.rng
    ns = "search"
    dn = ["catalog-es-data-%d" % i for i in range(3)]
    dnodes = ["k8s-ana-w1", "k8s-ana-w2", "k8s-ana-w3"]
    nid = "Xj3kQ9tLR2uV0p8bN1mW4A"
    nids = ["pL7cV2xQTn6Wk1sD9fHa0g", nid, "Rb4mZ8yUJe3Cq5tN0vKx2w"]
    ixr = podn(g, "course-catalog-indexer")
    lix = r.P(ns, ixr, "indexer", "k8s-ana-w4")
    ls = podn(g, "logstash-lms-activity")
    lls = r.P("analytics", "logstash-lms-activity-0", "logstash", "k8s-ana-w4")
    sapi = podn(g, "catalog-search-api")
    lsa = r.P(ns, sapi, "api", "k8s-ana-w5")

    def es(i, level, logger, thread, msg):
        return r.P(ns, dn[i], "elasticsearch", dnodes[i]), lambda d: jd({"@timestamp": f_iso(d), "log.level": level, "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
                                                                         "process.thread.name": "elasticsearch[%s][%s][T#%d]" % (dn[i], thread, g.randint(1, 4)), "log.logger": logger, "elasticsearch.cluster.uuid": "mS2nq0yGQfW8c1rR7kq3Dw",
                                                                         "elasticsearch.node.id": nids[i], "elasticsearch.node.name": dn[i], "elasticsearch.cluster.name": "catalog-es"})

    for t in r.times(0, 900, 10):
        lab, f = es(g.randrange(3), "INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "scheduler", "[gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (g.randint(100000, 200000), g.randint(260, 420)))
        r.add(t, lab, f)
    lab, f = es(1, "WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "management",
                "high disk watermark [90%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 18.2gb[9.1%%], shards will be relocated away from this node; currently relocating away shards totalling [0b] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % (nid, dn[1]))
    r.add(40.0, lab, f, ev=True)
    lab, f = es(1, "WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "management",
                "flood stage disk watermark [95%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 9.7gb[4.8%%], all indices on this node will be marked read-only" % (nid, dn[1]))
    r.add(212.0, lab, f, ev=True)
    for t, free in ((272.0, 9.6), (512.0, 9.6), (752.0, 9.5)):
        lab, f = es(1, "WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "management",
                    "flood stage disk watermark [95%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: %.1fgb[%.1f%%], all indices on this node will be marked read-only" % (nid, dn[1], free, free / 2.0))
        r.add(t, lab, f)
    for t in r.times(0, 900, 6):
        r.add(t, lls, "[<<osd>>][WARN ][logstash.filters.date    ][main][5c2e7b19] Failed parsing date from field {:field=>\"client_ts\", :value=>\"%s\", :exception=>\"Invalid format: is malformed\", :config_parsers=>\"ISO8601\", :config_locale=>\"default=en_US\"}" % g.choice(["0", "undefined", "NaN"]))
    first = True
    for t in r.times(213, 900, 16):
        r.add(t, lls, "[<<osd>>][INFO ][logstash.outputs.elasticsearch][main][a81f3c0d] Retrying failed action {:status=>429, :action=>[\"index\", {:_id=>nil, :_index=>\"lms-activity-2026.02.13\", :routing=>nil}, {\"event\"=>{\"kind\"=>\"video_progress\"}}], :error=>{\"type\"=>\"cluster_block_exception\", \"reason\"=>\"index [lms-activity-2026.02.13] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];\"}}")
    r.add(640.0, lls, "[<<osd>>][WARN ][org.logstash.ackedqueue.Queue][main] persistent queue usage 7.6gb of max 8gb (95%); inputs will be blocked when full")
    for t in r.times(0, 210, 6):
        r.add(t, lix, "<<py>> INFO indexer.bulk: indexed 500 docs into course-catalog-v12 in %dms, errors=0" % g.randint(200, 900))
    for k, t in enumerate(r.times(215, 900, 8)):
        r.add(t, lix, "<<py>> ERROR indexer.bulk: 500 document(s) failed to index: [{'index': {'_index': 'course-catalog-v12', '_id': 'course-v1:UniX+%s+2026_T2', 'status': 429, 'error': {'type': 'cluster_block_exception', 'reason': 'index [course-catalog-v12] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];'}}}, ...]" % g.choice(["CS101", "MA204", "PH110", "EC301", "BI220"]), ev=(k == 0))
    for t in r.times(0, 900, 14):
        r.add(t, lsa, "<<py>> INFO catalog.search: query served q=%s hits=%d took_ms=%d" % (g.choice(["python", "statistics", "thermodynamics", "organic chemistry", "linear algebra"]), g.randint(0, 800), g.randint(9, 70)))
    return r.build(
        "es-flood-stage-readonly",
        "Course catalog updates and LMS activity ingestion have been failing with 429 since about 01:23. Is Elasticsearch throttling us?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "resource_exhausted", "component": "catalog-es-data",
         "root_cause": "The data volume of catalog-es-data-1 filled up (high watermark at 01:20, flood stage 95% at 01:23), so Elasticsearch put a read-only-allow-delete block on indices with shards there; every write is rejected with 429 cluster_block_exception (TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark) - a disk-full condition, not rate limiting.",
         "summary": "Writes to course-catalog-v12 and lms-activity-* fail because an Elasticsearch data node hit the flood-stage disk watermark; Logstash's persistent queue is nearly full, so activity events are at risk; searches still work.",
         "action": "Free or add disk on catalog-es-data-1 (delete/shrink old lms-activity indices, expand the PVC or add data nodes), then clear index.blocks.read_only_allow_delete if it does not auto-release; add ILM retention."})


# --------------------------------------------------------------------------- 24
def s_ephemeral_eviction_transcoder():
    r = Rec("ephemeral-eviction-transcoder", T(2026, 3, 2, 10, 5, 0), "gke-lecture-media-euw4")
    g = r.rng
    ns = "lecture-media"
    node = "gke-media-pool-1-4b7d9e2f-9zqm"
    h = rs_hash(g)
    tc = podn(g, "lecture-transcoder", h)
    tc2 = podn(g, "lecture-transcoder", h)
    th = podn(g, "lecture-thumbnails")
    up = podn(g, "lecture-upload-api")
    lu = r.P(ns, up, "api", "gke-media-pool-1-4b7d9e2f-r2c8")
    ltc = r.P(ns, tc, "transcoder", node)
    lth = r.P(ns, th, "thumbnails", node)
    lk = r.J(node, "kubelet.service")
    lec = "L-2026-0302-0817"
    r.add(8.0, ltc, 'time=<<iso>> level=INFO msg="transcode started" lecture=%s input_gb=6.2 renditions=2160p,1080p,720p,480p,360p workdir=/scratch' % lec)
    for j, t in enumerate(r.times(20, 400, 9)):
        r.add(t, ltc, 'time=<<iso>> level=INFO msg="rendition progress" lecture=%s rendition=%s pct=%d scratch_gb=%.1f' % (lec, ["2160p", "1080p", "720p"][min(j // 3, 2)], (j % 3 + 1) * 33, 4.1 * (j + 1)))
    for t in r.times(0, 410, 10):
        r.add(t, lth, 'time=<<iso>> level=INFO msg="thumbnail sprite written" lecture=L-2026-0302-%04d frames=%d' % (g.randint(700, 900), g.randint(60, 240)))
    r.add(402.0, lk, lambda d: klog("W", d, 1843, "eviction_manager.go:366", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'), ev=True)
    r.add(402.0, lk, lambda d: klog("I", d, 1843, "container_gc.go:88", '"Attempting to delete unused containers"'))
    r.add(402.2, lk, lambda d: klog("I", d, 1843, "image_gc_manager.go:431", '"Attempting to delete unused images"'))
    r.add(403.9, lk, lambda d: klog("I", d, 1843, "eviction_manager.go:377", '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'))
    r.add(403.9, lk, lambda d: klog("I", d, 1843, "eviction_manager.go:395", '"Eviction manager: pods ranked for eviction" pods=["%s/%s","%s/%s","kube-system/fluentbit-gke-%s"]' % (ns, tc, ns, th, sfx(g))))
    r.event(403.95, "default", "Warning", "EvictionThresholdMet", "Node/" + node, "kubelet/" + node, "Attempting to reclaim ephemeral-storage")
    r.event(404.0, ns, "Warning", "Evicted", "Pod/" + tc, "kubelet/" + node,
            "The node was low on resource: ephemeral-storage. Threshold quantity: 10120387064, available: 9311652Ki. Container transcoder was using 38719512Ki, request is 0, has larger consumption of ephemeral-storage. ", ev=True)
    r.event(404.1, ns, "Normal", "Killing", "Pod/" + tc, "kubelet/" + node, "Stopping container transcoder")
    r.add(404.2, ltc, 'time=<<iso>> level=WARN msg="received signal, aborting ffmpeg" signal=terminated lecture=%s' % lec)
    r.add(412.3, lk, lambda d: klog("I", d, 1843, "eviction_manager.go:616", '"Eviction manager: pod is evicted successfully" pod="%s/%s"' % (ns, tc)))
    r.event(413.0, "default", "Normal", "NodeHasDiskPressure", "Node/" + node, "kubelet/" + node, "Node %s status is now: NodeHasDiskPressure" % node, ev=True)
    r.event(414.0, ns, "Warning", "Evicted", "Pod/" + th, "kubelet/" + node,
            "The node was low on resource: ephemeral-storage. Threshold quantity: 10120387064, available: 9714220Ki. Container thumbnails was using 1182011Ki, request is 0, has larger consumption of ephemeral-storage. ")
    r.add(420.0, lu, "<<py>> ERROR media.jobs: transcode job %s failed: pod %s evicted (attempt 2/3), requeueing" % (lec, tc))
    r.add(421.0, lu, "<<py>> WARNING media.jobs: thumbnail job for L-2026-0302-0811 failed: pod evicted, requeueing")
    r.event(470.0, "default", "Normal", "NodeHasNoDiskPressure", "Node/" + node, "kubelet/" + node, "Node %s status is now: NodeHasNoDiskPressure" % node)
    r.event(421.5, ns, "Normal", "SuccessfulCreate", "ReplicaSet/lecture-transcoder-" + h, "replicaset-controller", "Created pod: " + tc2)
    n2 = "gke-media-pool-1-4b7d9e2f-x1lp"
    r.event(421.6, ns, "Normal", "Scheduled", "Pod/" + tc2, "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, tc2, n2))
    l2 = r.P(ns, tc2, "transcoder", n2)
    r.add(430.0, l2, 'time=<<iso>> level=INFO msg="transcode started" lecture=%s input_gb=6.2 renditions=2160p,1080p,720p,480p,360p workdir=/scratch' % lec)
    for j, t in enumerate(r.times(440, 900, 6)):
        r.add(t, l2, 'time=<<iso>> level=INFO msg="rendition progress" lecture=%s rendition=%s pct=%d scratch_gb=%.1f' % (lec, ["2160p", "1080p"][min(j // 3, 1)], (j % 3 + 1) * 33, 4.1 * (j + 1)))
    for t in r.times(0, 900, 20):
        r.add(t, lu, '<<py>> INFO uvicorn.access: 10.20.%d.%d:%d - "GET /api/lectures/%s/status HTTP/1.1" 200' % (g.randint(0, 9), g.randint(2, 250), g.randint(30000, 60000), g.choice([lec, "L-2026-0302-0811", "L-2026-0302-0822"])))
    return r.build(
        "ephemeral-storage-eviction",
        "Why did the transcode of lecture L-2026-0302-0817 fail again?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "resource_exhausted", "component": "lecture-transcoder",
         "root_cause": "lecture-transcoder writes all renditions of the 6.2 GB source to its /scratch emptyDir with no ephemeral-storage request or limit; at ~37 GiB it pushed the node under the ephemeral-storage eviction threshold (DiskPressure) and the kubelet evicted it (and a thumbnails pod).",
         "summary": "Transcode job fails because the transcoder pod is evicted for node ephemeral-storage exhaustion; the retry on another node is heading the same way.",
         "action": "Give the transcoder an ephemeral-storage request/limit sized for 4K jobs (or a dedicated PVC/local SSD for scratch) and clean intermediate renditions as they are uploaded."})


# --------------------------------------------------------------------------- 25
def s_storage_longhorn_faulted():
    r = Rec("storage-longhorn-faulted", T(2026, 2, 19, 23, 10, 0), "rke2-campus-prod")
    g = r.rng
    ns = "openedx"
    pvc = "pvc-" + uid(g)
    pod = "edx-mongodb-0"
    lhm = [podn(g, "longhorn-manager", sfx(g)) for _ in range(2)]
    lhm_nodes = ["rke2-agent-1", "rke2-agent-3"]
    lms = [podn(g, "edx-lms") for _ in range(2)]
    forum = podn(g, "edx-forum")
    lf = r.P(ns, forum, "forum", "rke2-agent-4")
    rep_a, rep_b = "%s-r-%s" % (pvc, hexid(g, 8)), "%s-r-%s" % (pvc, hexid(g, 8))

    def lh(i, level, msg, extra=""):
        return r.P("longhorn-system", lhm[i], "longhorn-manager", lhm_nodes[i]), lambda d: 'time="%s" level=%s msg="%s"%s' % (f_isosec(d), level, msg, (" " + extra) if extra else "")

    # disk errors on the replica node (earliest)
    for k, t in enumerate([4.2, 4.3, 4.3, 9.8, 9.9]):
        msgs = ["sd 2:0:0:0: [sdb] tag#%d FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=0s" % g.randint(1, 30),
                "sd 2:0:0:0: [sdb] tag#%d Sense Key : Medium Error [current]" % g.randint(1, 30),
                "critical medium error, dev sdb, sector %d op 0x0:(READ) flags 0x80700 phys_seg 8 prio class 2" % g.randint(10 ** 8, 9 * 10 ** 8),
                "sd 2:0:0:0: [sdb] tag#%d Add. Sense: Unrecovered read error - auto reallocate failed" % g.randint(1, 30),
                "I/O error, dev sdb, sector %d op 0x1:(WRITE) flags 0x8800 phys_seg 16 prio class 2" % g.randint(10 ** 8, 9 * 10 ** 8)]
        r.kern("rke2-agent-3", t, msgs[k], ev=(k in (2, 4)))
    lab, f = lh(1, "warning", "Replica %s failed: disk /var/lib/longhorn/ is not ready, input/output error" % rep_b, "controller=longhorn-replica node=rke2-agent-3 volume=%s" % pvc)
    r.add(11.0, lab, f, ev=True)
    lab, f = lh(0, "warning", "All replicas are failed, set engine salvageRequested to true", "accessMode=rwo controller=longhorn-volume frontend=blockdev migratable=false node=rke2-agent-1 owner=rke2-agent-1 state=detached volume=%s" % pvc)
    r.add(12.4, lab, f, ev=True)
    lab, f = lh(0, "error", "Failed to auto salvage volume: no replica with valid data is available (replica %s was rebuilding and is stale, replica %s is failed)" % (rep_a, rep_b), "controller=longhorn-volume node=rke2-agent-1 volume=%s" % pvc)
    r.add(12.6, lab, f, ev=True)
    lab, f = lh(0, "info", "Volume %s robustness changed to faulted" % pvc, "controller=longhorn-volume node=rke2-agent-1")
    r.add(12.7, lab, f)
    r.event(2.0, ns, "Normal", "Scheduled", "Pod/" + pod, "default-scheduler", "Successfully assigned openedx/edx-mongodb-0 to rke2-agent-1")
    first = True
    for k, t in enumerate([14.0, 30.0, 62.0, 126.0, 254.0, 510.0, 766.0]):
        r.event(t, ns, "Warning", "FailedAttachVolume", "Pod/" + pod, "attachdetach-controller",
                'AttachVolume.Attach failed for volume "%s" : rpc error: code = Aborted desc = volume %s is not ready for workloads' % (pvc, pvc), count=k + 1 if k else None, ev=first)
        first = False
    for k, t in enumerate([124.0, 246.0, 368.0, 490.0, 612.0, 734.0, 856.0]):
        r.event(t, ns, "Warning", "FailedMount", "Pod/" + pod, "kubelet/rke2-agent-1",
                "Unable to attach or mount volumes: unmounted volumes=[datadir], unattached volumes=[datadir kube-api-access-x2b9c]: timed out waiting for the condition", count=k + 1 if k else None)
    for t in r.times(20, 900, 10):
        r.add(t, lf, "E, [<<rails>> #1] ERROR -- : Mongo::Error::NoServerAvailable: No primary server is available in cluster: #<Cluster topology=Unknown[edx-mongodb-0.edx-mongodb-headless.openedx.svc.cluster.local:27017] servers=[#<Server address=edx-mongodb-0.edx-mongodb-headless.openedx.svc.cluster.local:27017 UNKNOWN>]> with timeout=30, LT=0.015")
    for i in range(2):
        ll = r.P(ns, lms[i], "lms", "rke2-agent-%d" % (4 + i))
        for t in r.times(20, 900, 7):
            r.add(t, ll, "<<py>> ERROR 2%d [django.request] [user None] [ip 10.42.0.1] log.py:241 - Internal Server Error: /courses/course-v1:UniX+%s+2026_T1/courseware" % (g.randint(0, 9), g.choice(["CS101", "MA204", "PH110"])))
            r.add(t + 0.001, ll, "pymongo.errors.ServerSelectionTimeoutError: edx-mongodb-0.edx-mongodb-headless.openedx.svc.cluster.local:27017: [Errno -2] Name or service not known (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms), Timeout: 30s, Topology Description: <TopologyDescription id: %s, topology_type: Unknown, servers: [<ServerDescription ('edx-mongodb-0.edx-mongodb-headless.openedx.svc.cluster.local', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('edx-mongodb-0.edx-mongodb-headless.openedx.svc.cluster.local:27017: [Errno -2] Name or service not known')>]>" % hexid(g, 24))
        for t in r.times(0, 900, 6):
            r.add(t, ll, "<<py>> INFO 2%d [tracking] [user %d] [ip 10.42.0.1] logger.py:41 - {\"event_type\": \"/heartbeat\", \"event_source\": \"server\", \"status\": \"ok\"}" % (g.randint(0, 9), g.randint(1000, 99999)))
    return r.build(
        "longhorn-volume-faulted",
        "Open edX courseware and forums return errors since 23:10. Why is edx-mongodb not coming up?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "storage", "component": "edx-mongodb",
         "root_cause": "The Longhorn volume backing edx-mongodb's data PVC is faulted: the replica on rke2-agent-3 failed with disk medium/I/O errors and the only other replica was stale, so auto-salvage is impossible and the volume cannot attach ('not ready for workloads'); edx-mongodb-0 is stuck ContainerCreating.",
         "summary": "edx-mongodb is down because its Longhorn volume cannot be attached after disk I/O errors; LMS courseware and the forum fail to reach MongoDB (the NXDOMAIN is only because the pod is not running). Data on the volume is at risk.",
         "action": "Replace/evacuate the failing disk on rke2-agent-3, try a manual salvage of the most recent replica or restore the volume from the latest Longhorn backup/snapshot, then restart edx-mongodb-0."})


# --------------------------------------------------------------------------- 26
def s_storage_rbd_readonly_moodle():
    r = Rec("storage-rbd-readonly-moodle", T(2026, 1, 15, 10, 20, 0), "kubeadm-uni-elearn")
    g = r.rng
    ns = "elearn"
    node = "k8s-w02"
    pod = podn(g, "moodle")
    lphp = r.P(ns, pod, "php-fpm", node)
    lng = r.P(ns, pod, "nginx", node)
    mon = "rook-ceph-mon-b-" + rs_hash(g) + "-" + sfx(g)
    lmon = r.P("rook-ceph", mon, "mon", "k8s-stor-02")
    for t in r.times(0, 900, 56):
        p = g.choice(["/course/view.php?id=%d" % g.randint(100, 900), "/mod/assign/view.php?id=%d" % g.randint(1000, 9000), "/my/courses.php", "/lib/ajax/service.php?sesskey=%s&info=core_fetch_notifications" % hexid(g, 10),
                      "/theme/styles.php/boost/1736412331_1/all", "/pluginfile.php/%d/mod_page/content/3/week%d.pdf" % (g.randint(1000, 9000), g.randint(1, 12))])
        r.add(t, lng, lambda d, p=p: '10.244.%d.%d - - [%s] "%s %s HTTP/1.1" 200 %d "-" "%s"' % (g.randint(0, 3), g.randint(2, 250), f_clf(d), "POST" if "service.php" in p else "GET", p, g.randint(400, 80000), g.choice(UA_BROWSERS)))
    r.add(150.0, lmon, "<<iso>> 7f3a2c1f4700  0 log_channel(cluster) log [INF] : osd.7 failed (root=default,host=k8s-stor-03) (2 reporters from different host after 20.000331 >= grace 20.000000)")
    r.add(158.0, lmon, "<<iso>> 7f3a2c1f4700  0 log_channel(cluster) log [WRN] : Health check failed: Reduced data availability: 3 pgs inactive, 3 pgs incomplete (PG_AVAILABILITY)", ev=True)
    r.add(166.0, lmon, "<<iso>> 7f3a2c1f4700  0 log_channel(cluster) log [WRN] : Health check failed: Degraded data redundancy: 118223/4412031 objects degraded (2.680%), 61 pgs degraded (PG_DEGRADED)")
    kmsgs = [(201.0, "rbd: rbd2: write at objno 4812 1048576~4096 result -5", True),
             (201.0, "I/O error, dev rbd2, sector 39424008 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", True),
             (201.1, "EXT4-fs warning (device rbd2): ext4_end_bio:343: I/O error 10 writing to inode 1311033 starting block 4928001)", False),
             (201.1, "Buffer I/O error on device rbd2, logical block 4928001", False),
             (201.4, "Aborting journal on device rbd2-8.", False),
             (201.5, "EXT4-fs error (device rbd2): ext4_journal_check_start:83: comm php-fpm8.2: Detected aborted journal", True),
             (201.5, "EXT4-fs (rbd2): Remounting filesystem read-only", True)]
    for t, m, e in kmsgs:
        r.kern(node, t, m, ev=e)
    for t in r.times(0, 200, 4):
        r.add(t, lphp, "[<<php>>] NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (g.randint(100, 999), g.uniform(3000, 3700)))
    first = True
    for t in r.times(203, 900, 14):
        kind = g.random()
        if kind < 0.45:
            r.add(t, lphp, "[<<php>> UTC] PHP Warning:  file_put_contents(/var/www/moodledata/cache/cachestore_file/default_application/core_coursemodinfo/%s.cache): Failed to open stream: Read-only file system in /var/www/html/cache/stores/file/lib.php on line 531" % hexid(g, 40), ev=first)
            first = False
        elif kind < 0.8:
            r.add(t, lphp, "[<<php>> UTC] Default exception handler: Can not create local file pool directories, please verify permissions in dataroot. Debug: Cannot create directory /var/www/moodledata/filedir/%s/%s" % (hexid(g, 2), hexid(g, 2)))
            r.add(t + 0.01, lng, lambda d: '10.244.%d.%d - - [%s] "POST /repository/repository_ajax.php?action=upload HTTP/1.1" 500 %d "-" "%s"' % (g.randint(0, 3), g.randint(2, 250), f_clf(d), g.randint(300, 900), g.choice(UA_BROWSERS)))
        else:
            r.add(t, lphp, "[<<php>> UTC] PHP Warning:  fopen(/var/www/moodledata/sessions/sess_%s): Failed to open stream: Read-only file system in /var/www/html/lib/classes/session/file.php on line 94" % hexid(g, 26))
    r.add(420.0, lphp, "[<<php>> UTC] PHP Deprecated:  Optional parameter $course declared before required parameter $cm is implicitly treated as a required parameter in /var/www/html/mod/hvp/lib.php on line 310")
    return r.build(
        "rbd-readonly-remount",
        "Students cannot upload assignment files in Moodle since about 10:23. What happened?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "storage", "component": "moodle",
         "root_cause": "Ceph lost osd.7 and 3 PGs went inactive/incomplete; writes to the moodledata RBD volume (rbd2 on k8s-w02) returned I/O errors, ext4 aborted its journal and remounted the filesystem read-only, so Moodle can no longer write files, cache entries or sessions to moodledata.",
         "summary": "moodledata is mounted read-only after RBD write I/O errors caused by a degraded Ceph cluster; uploads fail with 500 and cache/session writes fail, reads still work.",
         "action": "Restore Ceph health (bring osd.7 back or recover the incomplete PGs), then fsck the RBD image and remount by restarting the Moodle pod; check files written around 10:23 for loss."})


# --------------------------------------------------------------------------- 27
def s_db_mysql_too_many_conns():
    r = Rec("db-mysql-too-many-conns", T(2026, 3, 19, 8, 55, 0), "ocp4-exams-campus")
    g = r.rng
    ns = "exams"
    h = rs_hash(g)
    pods = [podn(g, "exam-portal", h) for _ in range(6)]
    nodes = ["ocp-w-%d.exams.uni.internal" % i for i in (1, 2, 3)]
    lm = r.P(ns, "exam-mysql-0", "mysql", "ocp-w-4.exams.uni.internal")
    router = podn(g, "router-default")
    lr = r.P("openshift-ingress", router, "logs", "ocp-infra-1.exams.uni.internal")
    r.add(3.0, lm, "<<isous>> 0 [Warning] [MY-010055] [Server] IP address '10.129.4.33' could not be resolved: Name or service not known")
    for t in r.times(0, 900, 8):
        r.add(t, lm, "<<isous>> %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'exams' user: 'exam_app' host: '10.129.%d.%d' (Got an error reading communication packets)." % (g.randint(80000, 90000), g.randint(80000, 90000), g.randint(2, 6), g.randint(2, 250)))
    r.add(300.0, r.E(ns), 'type=Normal reason=SuccessfulRescale object=HorizontalPodAutoscaler/exam-portal source=horizontal-pod-autoscaler msg="New size: 16; reason: cpu resource utilization (percentage of request) above target"')
    r.add(300.2, r.E(ns), 'type=Normal reason=ScalingReplicaSet object=Deployment/exam-portal source=deployment-controller msg="Scaled up replica set exam-portal-%s to 16 from 6"' % h)
    r.add(298.0, r.P(ns, "exam-scheduler-cron-29565300-" + sfx(g), "cron", nodes[0]), "[<<laravel>>] production.INFO: Exam window opened {\"exam_id\":77,\"course\":\"BIO-1010\",\"candidates\":1840}")
    nerr = 0
    for t in r.times(0, 900, 90):
        i = g.randrange(len(pods))
        lp = r.P(ns, pods[i], "php-fpm", nodes[i % 3])
        busy = t > 300
        if busy and g.random() < 0.45:
            uidn = g.randint(40000, 52000)
            q = "select * from `exam_attempts` where `user_id` = %d and `exam_id` = 77 limit 1" % uidn
            r.add(t, lp, '[<<laravel>>] production.ERROR: SQLSTATE[HY000] [1040] Too many connections (Connection: mysql, SQL: %s) {"userId":%d,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1040): SQLSTATE[HY000] [1040] Too many connections (Connection: mysql, SQL: %s) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)"}' % (q, uidn, q), ev=nerr < 3)
            nerr += 1
            r.add(t + 0.02, lr, lambda d, i=i: "haproxy[%d]: %s:%d [%s] fe_sni~ be_edge_http:exams:exam-portal/pod:%s:exam-portal:http:10.129.%d.%d:8080 0/0/1/%d/%d 500 %d - - --NI %d/%d/0/0/0 0/0 \"POST /exam/77/attempt HTTP/1.1\"" % (
                g.randint(100, 999), ipv4(g, "10.131"), g.randint(30000, 60000), f_clfms(d), pods[i], g.randint(2, 6), g.randint(2, 250), g.randint(20, 60), g.randint(21, 61), 6012, g.randint(300, 900), g.randint(300, 900)))
        else:
            r.add(t + 0.02, lr, lambda d, i=i, busy=busy: "haproxy[%d]: %s:%d [%s] fe_sni~ be_edge_http:exams:exam-portal/pod:%s:exam-portal:http:10.129.%d.%d:8080 0/0/1/%d/%d 200 %d - - --NI %d/%d/0/0/0 0/0 \"%s HTTP/1.1\"" % (
                g.randint(100, 999), ipv4(g, "10.131"), g.randint(30000, 60000), f_clfms(d), pods[i], g.randint(2, 6), g.randint(2, 250), g.randint(30, 400), g.randint(31, 401), g.randint(2000, 40000), g.randint(10, 900), g.randint(10, 900),
                g.choice(["GET /exam/77", "POST /exam/77/answer", "GET /dashboard", "POST /exam/77/heartbeat"])))
    for i in range(3):
        r.add(310.0 + i * 20, r.P(ns, pods[i], "php-fpm", nodes[i % 3]), "[<<php>>] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and %d total children" % g.randint(24, 32))
    r.add(330.0, lm, "<<isous>> 0 [Warning] [MY-010055] [Server] IP address '10.129.5.71' could not be resolved: Name or service not known")
    return r.build(
        "mysql-max-connections",
        "At the start of the BIO-1010 exam many students got error pages when opening their attempt. What failed?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "database", "component": "exam-mysql",
         "root_cause": "When the exam window opened the exam-portal HPA scaled from 6 to 16 PHP-FPM pods; together they open more connections than exam-mysql's max_connections allows, so MySQL rejects new connections with error 1040 'Too many connections' and those requests fail with HTTP 500.",
         "summary": "Exam attempts intermittently fail with 500 because the exam MySQL server has run out of client connections under the exam-start surge.",
         "action": "Raise max_connections on exam-mysql (sized to pods x FPM children) and/or cap per-pod connections / put ProxySQL in front; pre-scale before exam windows."})


# --------------------------------------------------------------------------- 28
def s_db_pg_deadlock_canvas():
    r = Rec("db-pg-deadlock-canvas", T(2026, 3, 6, 23, 30, 0), "eks-canvas-prod-usw2")
    g = r.rng
    ns = "canvas"
    jobs = [podn(g, "canvas-jobs") for _ in range(3)]
    jnodes = ["ip-10-8-%d-%d.us-west-2.compute.internal" % (g.randint(0, 60), g.randint(2, 250)) for _ in range(3)]
    lpg = r.P(ns, "canvas-db-1", "postgres", "ip-10-8-50-17.us-west-2.compute.internal")
    for t in r.times(0, 900, 5):
        r.add(t, lpg, "<<pg>> [%d] LOG:  automatic vacuum of table \"canvas.public.%s\": index scans: 1" % (g.randint(40000, 49999), g.choice(["page_views", "messages", "stream_item_instances"])))
    r.add(301.0, lpg, "<<pg>> [71] LOG:  checkpoint starting: time")
    r.add(388.0, lpg, "<<pg>> [71] LOG:  checkpoint complete: wrote 18231 buffers (3.5%); 0 WAL file(s) added, 0 removed, 12 recycled; write=86.912 s, sync=0.041 s, total=87.003 s; sync files=412, longest=0.011 s, average=0.001 s; distance=201331 kB, estimate=220117 kB")
    for i in range(3):
        lj = r.P(ns, jobs[i], "jobs", jnodes[i])
        for t in r.times(0, 900, 12):
            r.add(t, lj, "<<rails>> %d Job %s (id=%d) COMPLETED after %.4f" % (3300 + i * 11, g.choice(["SisBatch::GradePublish", "Submission#submit_to_plagiarism_later", "Progress#process_job", "Assignment#do_auto_peer_review"]), g.randint(91000000, 92000000), g.uniform(0.05, 3.0)))
    first = True
    for k, t in enumerate(r.times(40, 880, 9)):
        a, b = g.randint(48000, 49999), g.randint(48000, 49999)
        xa, xb = g.randint(9918000, 9919999), g.randint(9918000, 9919999)
        sid = g.randint(770000, 779999)
        ev = first or k == 3
        r.add(t, lpg, "<<pg>> [%d] ERROR:  deadlock detected" % a, ev=ev)
        r.add(t, lpg, "<<pg>> [%d] DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (a, a, xb, b), ev=ev)
        r.add(t, lpg, "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (b, xa, a), ev=first)
        r.add(t, lpg, "\tProcess %d: UPDATE \"submissions\" SET \"score\" = %.1f, \"grade\" = '%.1f', \"graded_at\" = '2026-03-06 23:%02d:%02d', \"updated_at\" = now() WHERE \"submissions\".\"id\" = %d" % (a, g.uniform(0, 10), g.uniform(0, 10), 30 + int(t // 60), int(t % 60), sid))
        r.add(t, lpg, "\tProcess %d: UPDATE \"submissions\" SET \"posted_at\" = now(), \"updated_at\" = now() WHERE \"submissions\".\"assignment_id\" = %d AND \"submissions\".\"workflow_state\" = 'graded'" % (b, g.randint(200000, 299999)))
        r.add(t, lpg, "<<pg>> [%d] HINT:  See server log for query details." % a)
        r.add(t, lpg, "<<pg>> [%d] CONTEXT:  while updating tuple (%d,%d) in relation \"submissions\"" % (a, g.randint(1000, 9999), g.randint(1, 40)))
        i = g.randrange(3)
        lj = r.P(ns, jobs[i], "jobs", jnodes[i])
        r.add(t + 0.004, lj, "<<rails>> %d Job SisBatch::GradePublish (id=%d) FAILED (%d prior attempts) with ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected" % (3300 + i * 11, g.randint(91000000, 92000000), g.randint(0, 4)), ev=first)
        first = False
    r.add(700.0, r.P(ns, jobs[0], "jobs", jnodes[0]), "<<rails>> 3300 Job SisBatch::GradePublish (id=91733120) FAILED permanently because of 5 consecutive failures")
    r.add(120.0, lpg, "<<pg>> [48811] LOG:  duration: 1204.331 ms  statement: SELECT COUNT(*) FROM \"page_views\" WHERE \"page_views\".\"user_id\" = 771233")
    return r.build(
        "pg-deadlock-bulk-grades",
        "Tonight's SIS grade publish jobs keep failing in Canvas. What is the problem?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "database", "component": "canvas-db",
         "root_cause": "Concurrent SisBatch::GradePublish jobs update the same submissions rows in different orders (per-submission grade updates vs. per-assignment posted_at updates), and PostgreSQL on canvas-db repeatedly aborts one transaction with 'deadlock detected'; the jobs fail and some exhaust their retries.",
         "summary": "Repeated PostgreSQL deadlocks on the submissions table make the nightly grade publish jobs fail (some permanently).",
         "action": "Serialise grade publishing per assignment (lower job concurrency / strand the jobs) or lock rows in a consistent order; re-run the permanently failed jobs afterwards."})


# --------------------------------------------------------------------------- 29
def s_rate_weather_api():
    r = Rec("rate-weather-api", T(2026, 1, 29, 5, 0, 0), "ocp4-gridops-prod")
    g = r.rng
    ns = "grid-forecast"
    pod = "load-forecaster-29496300-" + sfx(g)
    lp = r.P(ns, pod, "forecaster", "ocp-w-5.ocp4.voltgrid.internal")
    points = ["GP-%04d" % (400 + k) for k in range(64)]
    t = 2.0
    retries = 0
    first = True
    limited = set(g.sample(range(12, 40), 9))
    r.add(0.5, lp, "<<py>> INFO forecaster.run: starting forecast run 2026-01-29T05:00Z grid_points=64 horizon_h=48 concurrency=8")
    for k, gp in enumerate(points):
        lat, lon = 50.5 + g.uniform(0, 1.5), 6.0 + g.uniform(0, 2.0)
        url = "https://api.meteo-partner.example/v3/forecast/hourly?lat=%.2f&lon=%.2f&hours=48&fields=temp,wind,ghi,cloud" % (lat, lon)
        if k in limited:
            r.add(t, lp, "<<py>> INFO httpx: HTTP Request: GET %s \"HTTP/1.1 429 Too Many Requests\"" % url, ev=first)
            r.add(t + 0.01, lp, "<<py>> WARNING forecaster.weather: rate limited by weather API (429, X-RateLimit-Remaining=0, Retry-After=20s) for %s; retrying (attempt 1/5)" % gp, ev=first)
            first = False
            retries += 1
            t += 20.2
        r.add(t, lp, "<<py>> INFO httpx: HTTP Request: GET %s \"HTTP/1.1 200 OK\"" % url)
        t += g.uniform(0.3, 1.6)
        if k % 8 == 7:
            r.add(t, lp, "<<py>> INFO forecaster.model: scored batch %d/8 (feeders=%d) mape_last_week=%.2f%%" % (k // 8 + 1, g.randint(20, 40), g.uniform(2.5, 4.5)))
    r.add(t + 1.0, lp, "<<py>> WARNING py.warnings: /app/forecaster/model.py:212: FutureWarning: 'H' is deprecated and will be removed in a future version, please use 'h' instead.")
    r.add(t + 4.0, lp, "<<py>> INFO forecaster.run: forecast run 2026-01-29T05:00Z complete: 64/64 grid points, %d retries, error_count=0, duration=%.1fs" % (retries, t + 4.0))
    r.add(t + 4.2, lp, "<<py>> INFO forecaster.publish: published 48h load forecast to scada-dispatch (topic grid.forecast.load.v2)")
    r.event(t + 6.0, ns, "Normal", "Completed", "Job/load-forecaster-29496300", "job-controller", "Job completed")
    return r.build(
        "api-429-retried",
        "The 05:00 load forecast job logged 429 errors from the weather API. Did the forecast run fail?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "rate_limited", "component": "load-forecaster",
         "root_cause": "load-forecaster fetches 64 grid points with concurrency 8 and exceeds the weather provider's per-minute quota, so some requests get 429 Too Many Requests (Retry-After 20s).",
         "summary": "Transient rate limiting by the external weather API; every throttled request succeeded on retry and the forecast run completed 64/64 with error_count=0, only slower.",
         "action": "No action required; optionally lower concurrency or request a higher API quota to avoid the retry delay."})


# --------------------------------------------------------------------------- 30
def s_rate_youtube_quota():
    r = Rec("rate-youtube-quota", T(2026, 3, 23, 18, 0, 0), "microk8s-media-lab")
    g = r.rng
    ns = "lecture-publish"
    pod = podn(g, "lecture-publisher")
    lp = r.P(ns, pod, "publisher", "mk8s-media-01")
    api = podn(g, "recording-api")
    la = r.P(ns, api, "api", "mk8s-media-02")
    r.add(1.0, lp, "<<py>> INFO googleapiclient.discovery_cache: file_cache is only supported with oauth2client<4.0.0")
    r.add(1.3, lp, "<<py>> INFO google.auth.transport.requests: Refreshing credentials due to a 401 response. Attempt 1/2.")
    r.add(1.6, lp, "<<py>> INFO publisher.auth: access token refreshed for channel UCx-lectures-campus (expires_in=3599)")
    uploaded = 0
    t = 5.0
    recs = ["REC-2026-0323-%03d" % k for k in range(101, 141)]
    first = True
    for k, rec in enumerate(recs):
        if t > 900:
            break
        if k < 3:
            r.add(t, lp, "<<py>> INFO publisher.upload: uploading %s (%.1f GB, course=%s) to YouTube" % (rec, g.uniform(0.6, 2.4), g.choice(["PHYS-201", "CHEM-110", "HIST-305", "ECON-101"])))
            t += g.uniform(60, 140)
            r.add(t, lp, "<<py>> INFO publisher.upload: upload complete %s video_id=%s privacy=unlisted" % (rec, "".join(g.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))))
            uploaded += 1
            t += 2
            continue
        r.add(t, lp, "<<py>> INFO publisher.upload: uploading %s (%.1f GB, course=%s) to YouTube" % (rec, g.uniform(0.6, 2.4), g.choice(["PHYS-201", "CHEM-110", "HIST-305", "ECON-101"])))
        r.add(t + 0.6, lp, '<<py>> WARNING googleapiclient.http: Encountered 403 Forbidden with reason "quotaExceeded"', ev=first)
        r.add(t + 0.61, lp, "<<py>> ERROR publisher.upload: upload of %s failed: <HttpError 403 when requesting https://youtube.googleapis.com/upload/youtube/v3/videos?part=snippet%%2Cstatus&alt=json&uploadType=resumable returned \"The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.\". Details: \"[{'message': 'The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.', 'domain': 'youtube.quota', 'reason': 'quotaExceeded'}]\">" % rec, ev=first)
        r.add(t + 0.62, lp, "<<py>> INFO publisher.queue: requeued %s (attempt %d), next try in 300s" % (rec, g.randint(1, 4)))
        first = False
        t += g.uniform(20, 40)
    for t2 in r.times(0, 900, 10):
        r.add(t2, la, '<<py>> INFO uvicorn.access: 10.1.%d.%d:%d - "GET /api/recordings?status=%s HTTP/1.1" 200' % (g.randint(0, 3), g.randint(2, 250), g.randint(30000, 60000), g.choice(["pending_publish", "published"])))
    r.add(700.0, la, "<<py>> WARNING recording.sla: 37 recordings waiting for publication longer than 2h (oldest REC-2026-0323-104)")
    return r.build(
        "youtube-quota-exceeded",
        "Lecture recordings stopped appearing on the course YouTube channel this evening. Why are uploads failing?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "rate_limited", "component": "lecture-publisher",
         "root_cause": "lecture-publisher has used up the project's daily YouTube Data API quota (each upload costs 1600 units); every further videos.insert call is rejected with HTTP 403 reason quotaExceeded - a quota limit, not a permissions problem.",
         "summary": "Recording uploads fail with 403 quotaExceeded after three successful uploads; recordings pile up in the publish queue until the quota resets.",
         "action": "Request a YouTube API quota increase (or spread uploads across the day/projects) and let the queue retry after the daily reset at midnight Pacific time."})


# --------------------------------------------------------------------------- 31
def s_node_containerd_corrupt():
    r = Rec("node-containerd-corrupt", T(2026, 2, 25, 4, 30, 0), "rke2-gridops-dc1")
    g = r.rng
    node = "rke2-agent-4"
    lk = r.J(node, "kernel")
    lrke = r.J(node, "rke2-agent.service")
    lctd = {"cluster": r.cluster, "job": "rke2-containerd-log", "node": node, "filename": "/var/lib/rancher/rke2/agent/containerd/containerd.log"}
    ns = "scada"
    hist = "historian-1"
    writer = podn(g, "historian-writer")
    lw = r.P(ns, writer, "writer", "rke2-agent-2")
    r.kern(node, 1.0, "EXT4-fs (sda3): recovery complete")
    r.kern(node, 1.1, "EXT4-fs (sda3): mounted filesystem with ordered data mode. Quota mode: none.")
    r.add(58.2, r.E("default"), 'type=Normal reason=NodeNotReady object=Node/%s source=node-controller msg="Node %s status is now: NodeNotReady"' % (node, node), ev=True)
    cycle = 0
    t = 18.0
    while t < 900:
        if cycle >= 3:
            r.add(t + 0.6, lrke, 'time="%s" level=error msg="containerd exited: exit status 2"' % f_isosec(r.d(t + 0.6)))
            r.add(t + 5.7, lrke, "rke2-agent.service: Scheduled restart job, restart counter is at %d." % (cycle + 1))
            cycle += 1
            t += 5.9 + 12.1 + g.uniform(0, 1)
            continue
        r.add(t, lrke, 'time="%s" level=info msg="Running containerd -c /var/lib/rancher/rke2/agent/etc/containerd/config.toml -a /run/k3s/containerd/containerd.sock --state /run/k3s/containerd --root /var/lib/rancher/rke2/agent/containerd"' % f_isosec(r.d(t)))
        r.add(t + 0.3, lctd, 'time="<<isons>>" level=info msg="starting containerd" revision=%s version=v1.7.23-k3s2' % hexid(g, 40))
        r.add(t + 0.4, lctd, 'time="<<isons>>" level=info msg="loading plugin \\"io.containerd.metadata.v1.bolt\\"..." type=io.containerd.metadata.v1')
        r.add(t + 0.5, lctd, "panic: invalid page type: 84: 10", ev=(cycle == 0))
        r.add(t + 0.5, lctd, "")
        r.add(t + 0.5, lctd, "goroutine 1 [running]:")
        r.add(t + 0.5, lctd, "go.etcd.io/bbolt.(*Cursor).search(0xc0004f5a08, {0xc000056c80, 0x8, 0x8}, 0xc0004f5a40?)")
        r.add(t + 0.5, lctd, "\t/go/pkg/mod/go.etcd.io/bbolt@v1.3.10/cursor.go:250 +0x31d")
        r.add(t + 0.5, lctd, "github.com/containerd/containerd/metadata.(*DB).Init.func1(0xc0004a2000)")
        r.add(t + 0.6, lrke, 'time="%s" level=error msg="containerd exited: exit status 2"' % f_isosec(r.d(t + 0.6)), ev=(cycle == 0))
        r.add(t + 0.7, lrke, "rke2-agent.service: Main process exited, code=exited, status=1/FAILURE")
        r.add(t + 0.7, lrke, "rke2-agent.service: Failed with result 'exit-code'.")
        r.add(t + 5.7, lrke, "rke2-agent.service: Scheduled restart job, restart counter is at %d." % (cycle + 1))
        r.add(t + 5.9, lrke, "Started Rancher Kubernetes Engine v2 (agent).")
        cycle += 1
        t += 5.9 + 12.1 + g.uniform(0, 1)
    r.add(360.5, r.E(ns), 'type=Warning reason=TaintManagerEviction object=Pod/%s source=taint-eviction-controller msg="Marking for deletion Pod %s/%s"' % (hist, ns, hist))
    for p in ("meter-readings-api-%s" % sfx(g, 10), "gis-sync-%s" % sfx(g, 10)):
        r.add(360.6, r.E(ns), 'type=Warning reason=TaintManagerEviction object=Pod/%s source=taint-eviction-controller msg="Marking for deletion Pod %s/%s"' % (p, ns, p))
    r.event(372.0, ns, "Warning", "FailedScheduling", "Pod/" + hist, "default-scheduler",
            "0/6 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 5 node(s) had volume node affinity conflict. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.")
    buf = 1200
    for t in r.times(5, 900, 16):
        buf += g.randint(3000, 6000)
        r.add(t, lw, lambda d, b=buf: 'time=%s level=ERROR msg="write batch failed, buffering" err="dial tcp 10.42.4.23:5432: connect: no route to host" target=historian-1.historian.scada.svc buffered=%d' % (f_iso(d), b))
    for t in r.times(0, 900, 10):
        r.add(t, lw, lambda d: 'time=%s level=INFO msg="write batch ok" target=historian-0.historian.scada.svc rows=%d' % (f_iso(d), g.randint(400, 1600)))
    return r.build(
        "containerd-bolt-corruption",
        "rke2-agent-4 has been NotReady since the power blip and historian-1 is unreachable. What is wrong with the node?",
        {"node": node},
        {"severity": "CRITICAL", "root_cause_category": "node_failure", "component": "rke2-agent-4",
         "root_cause": "After an unclean shutdown, containerd's bolt metadata database on rke2-agent-4 is corrupted: containerd panics at startup ('invalid page type' in bbolt), rke2-agent exits and systemd restarts it in a loop, so the kubelet never comes up and the node stays NotReady.",
         "summary": "Node failure: the container runtime on rke2-agent-4 cannot start; pods were evicted and historian-1 (pinned to the node by its local volume) cannot be rescheduled, so historian-writer buffers writes for it.",
         "action": "Cordon the node, move aside/rebuild /var/lib/rancher/rke2/agent/containerd (io.containerd.metadata.v1.bolt/meta.db) and restart rke2-agent, or reprovision the node; then verify historian-1 and its local volume."})


# --------------------------------------------------------------------------- 32
def s_node_ecc_talos():
    r = Rec("node-ecc-talos", T(2026, 3, 5, 3, 40, 0), "talos-recs-es-baremetal")
    g = r.rng
    bad = "talos-es-w3"
    ns = "search"
    data = ["recs-es-data-%d" % i for i in range(4)]
    dnodes = ["talos-es-w1", "talos-es-w2", bad, "talos-es-w4"]
    lmaster = r.P(ns, "recs-es-master-0", "elasticsearch", "talos-es-m1")
    nid = "qT3vB8wYRa2nL6kP0dXc9Q"
    eph = "Wm4dK7sHQe-1xY0bN5cV2g"
    rapi = podn(g, "recs-api")
    lr = r.P("recsys", rapi, "recs-api", "talos-es-w1")

    def esj(lab_i, level, logger, msg, pod=None):
        name = pod or "recs-es-master-0"
        return lambda d: jd({"@timestamp": f_iso(d), "log.level": level, "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
                             "process.thread.name": "elasticsearch[%s][masterService#updateTask][T#1]" % name, "log.logger": logger, "elasticsearch.node.name": name, "elasticsearch.cluster.name": "recs-es"})

    for k, t in enumerate([30.0, 96.0, 141.0, 188.0, 205.0]):
        r.kern(bad, t, "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3a1f0c offset:0x%x grain:32 syndrome:0x0 - err_code:0x0000:0x0090 SystemAddress:0x3a1f0c%03x ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x1d0f860 ChannelId:0x2 RankAddress:0xe87c30 PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x3a1f Column:0x%x Bank:0x2 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)" % (
            g.choice([0x240, 0x280, 0x2c0]), g.randint(0, 4095), g.randint(0x100, 0x3f8)), ev=(k == 0))
    r.kern(bad, 211.2, "mce: [Hardware Error]: Machine check events logged", ev=True)
    r.kern(bad, 211.3, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3a1f0c offset:0x2c0 grain:32 - err_code:0x00a0:0x0091 SystemAddress:0x3a1f0c2c0 ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x1d0f860 ChannelId:0x2 RankAddress:0xe87c30 PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x3a1f Column:0x2b0 Bank:0x2 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)", ev=True)
    r.kern(bad, 211.4, "mce: [Hardware Error]: CPU 17: Machine Check Exception: 5 Bank 7: be00000000800090", ev=True)
    r.kern(bad, 211.4, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff81c3d0a2> {intel_idle+0x62/0xc0}")
    r.kern(bad, 211.5, "Kernel panic - not syncing: Fatal machine check")
    # ES
    for t in r.times(0, 900, 14):
        i = g.choice([0, 1, 3]) if t > 211 else g.randrange(4)
        r.add(t, r.P(ns, data[i], "elasticsearch", dnodes[i]), lambda d, i=i: jd({"@timestamp": f_iso(d), "log.level": "INFO", "message": "[gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (g.randint(100000, 200000), g.randint(250, 400)),
                                                                                   "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "process.thread.name": "elasticsearch[%s][scheduler][T#1]" % data[i],
                                                                                   "log.logger": "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "elasticsearch.node.name": data[i], "elasticsearch.cluster.name": "recs-es"}))
    r.add(223.0, lmaster, esj(0, "INFO", "org.elasticsearch.cluster.service.MasterService",
                              "node-left[{recs-es-data-2}{%s}{%s}{recs-es-data-2}{10.10.3.13}{10.10.3.13:9300}{dim} reason: disconnected], term: 14, version: 88213, delta: removed {{recs-es-data-2}{%s}{%s}{recs-es-data-2}{10.10.3.13}{10.10.3.13:9300}{dim}}" % (nid, eph, nid, eph)))
    r.add(223.2, lmaster, esj(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
                              "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{recs-es-data-2}{%s}{%s}{recs-es-data-2}{10.10.3.13}{10.10.3.13:9300}{dim} reason: disconnected])." % (nid, eph)))
    r.add(223.3, lmaster, esj(0, "INFO", "org.elasticsearch.cluster.routing.RoutingNodes",
                              "delaying allocation for [41] unassigned shards, next check in [1m]"))
    r.add(270.0, r.E("default"), 'type=Normal reason=NodeNotReady object=Node/%s source=node-controller msg="Node %s status is now: NodeNotReady"' % (bad, bad), ev=True)
    r.add(290.0, r.E(ns), 'type=Warning reason=NodeNotReady object=Pod/recs-es-data-2 source=node-controller msg="Node is not ready"')
    r.add(570.0, r.E(ns), 'type=Warning reason=TaintManagerEviction object=Pod/recs-es-data-2 source=taint-eviction-controller msg="Marking for deletion Pod search/recs-es-data-2"')
    r.add(575.0, r.E(ns), 'type=Warning reason=FailedScheduling object=Pod/recs-es-data-2 source=default-scheduler msg="0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 3 node(s) didn\'t match pod anti-affinity rules, 3 node(s) had volume node affinity conflict. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling."')
    r.add(284.0, lmaster, esj(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "primary-replica resync completed with 0 operations"))
    for t in r.times(0, 900, 18):
        r.add(t, lr, lambda d: "%s  INFO 1 --- [recs-api] [nio-8080-exec-%d] c.c.recs.api.RecsController             : served recs user=%d items=24 took_ms=%d" % (f_iso(d), g.randint(1, 20), g.randint(10 ** 6, 10 ** 7), g.randint(15, 90)))
    r.add(224.0, lr, lambda d: "%s  WARN 1 --- [recs-api] [nio-8080-exec-7] c.c.recs.api.RecsController             : search retried on another node after NodeDisconnectedException [recs-es-data-2][10.10.3.13:9300] (attempt 1/3 succeeded)" % f_iso(d))
    return r.build(
        "ecc-uncorrectable-node-down",
        "Elasticsearch went yellow at 03:43 and recs-es-data-2 is gone. What happened to talos-es-w3?",
        {"node": bad},
        {"severity": "CRITICAL", "root_cause_category": "node_failure", "component": "talos-es-w3",
         "root_cause": "The bare-metal node talos-es-w3 had a failing DIMM (CPU_SrcID#1_MC#0_Chan#2_DIMM#0): a series of corrected ECC errors was followed by an uncorrectable memory error and a fatal machine check, so the kernel panicked and the node went NotReady.",
         "summary": "Hardware memory fault took down talos-es-w3; recs-es-data-2 left the cluster (YELLOW, 41 shards delayed) and cannot be rescheduled because its local volume is on that node.",
         "action": "Cordon talos-es-w3 and replace the faulty DIMM (check the BMC/SEL); until then let Elasticsearch reallocate replicas (or reduce the delayed allocation timeout) and watch for a second failure."})


# =============================================================================
# Healthy windows (no incident)
# =============================================================================
def healthy(summary, root="No incident in this window."):
    return {"severity": "INFO", "root_cause_category": "none",
            "root_cause": root, "summary": summary, "action": "None needed."}


# --------------------------------------------------------------------------- H1
def h_meter_rollout():
    r = Rec("healthy-meter-rollout", T(2026, 2, 10, 9, 15, 0), "eks-metering-prod-euc1")
    g = r.rng
    ns = "metering"
    oldh, newh = rs_hash(g), rs_hash(g)
    olds = [podn(g, "meter-ingest", oldh) for _ in range(3)]
    news = [podn(g, "meter-ingest", newh) for _ in range(3)]
    nodes = ["ip-10-20-41-117.eu-central-1.compute.internal", "ip-10-20-38-52.eu-central-1.compute.internal", "ip-10-20-44-9.eu-central-1.compute.internal"]
    ips = ["10.20.41.%d" % g.randint(10, 250), "10.20.38.%d" % g.randint(10, 250), "10.20.44.%d" % g.randint(10, 250)]
    img = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/metering/meter-ingest:4.12.1"

    def spring(level, thread, logger, msg):
        return lambda d: "%s %5s 1 --- [meter-ingest] [%15s] %-40s : %s" % (f_iso(d), level, thread[-15:], logger, msg)

    offs = {p: g.randint(40000000, 90000000) for p in range(8)}
    for i in range(3):
        start = 30 + i * 95
        stop = start + 70
        lo = r.P(ns, olds[i], "meter-ingest", nodes[i])
        ln = r.P(ns, news[i], "meter-ingest", nodes[i])
        for t in r.times(0, stop, int(stop / 22) + 1):
            p = g.choice([i * 2, i * 2 + 1])
            n = g.randint(4200, 5000)
            offs[p] += n
            r.add(t, lo, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer", "Processed batch topic=meter.readings.raw partition=%d offset=%d records=%d dup=%d invalid=%d" % (p, offs[p], n, g.randint(0, 30), g.randint(0, 2))))
        r.event(start, ns, "Normal", "Scheduled", "Pod/" + news[i], "default-scheduler", "Successfully assigned %s/%s to %s" % (ns, news[i], nodes[i]))
        r.event(start + 0.8, ns, "Normal", "Pulling", "Pod/" + news[i], "kubelet/" + nodes[i], 'Pulling image "%s"' % img)
        pt = g.uniform(2.5, 4.5)
        r.event(start + 0.8 + pt, ns, "Normal", "Pulled", "Pod/" + news[i], "kubelet/" + nodes[i], 'Successfully pulled image "%s" in %.3fs (%.3fs including waiting). Image size: 182331211 bytes.' % (img, pt, pt))
        r.event(start + 1.0 + pt, ns, "Normal", "Started", "Pod/" + news[i], "kubelet/" + nodes[i], "Started container meter-ingest")
        s = start + 1.2 + pt
        r.add(s, ln, "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70.0 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp")
        r.add(s + 1.8, ln, spring("INFO", "main", "c.v.m.ingest.MeterIngestApplication", "Starting MeterIngestApplication v4.12.1 using Java 21.0.3 with PID 1 (/app/app.jar started by app in /app)"))
        r.add(s + 6.2, ln, spring("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
        r.event(s + 8.0, ns, "Warning", "Unhealthy", "Pod/" + news[i], "kubelet/" + nodes[i],
                'Readiness probe failed: Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (ips[i], ips[i]))
        r.add(s + 9.1, ln, spring("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
        r.add(s + 11.6, ln, spring("INFO", "main", "c.v.m.ingest.MeterIngestApplication", "Started MeterIngestApplication in 11.02 seconds (process running for 11.9)"))
        r.event(stop, ns, "Normal", "Killing", "Pod/" + olds[i], "kubelet/" + nodes[i], "Stopping container meter-ingest")
        r.add(stop + 0.2, lo, spring("INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
        r.add(stop + 0.5, lo, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-meter-ingest-1, groupId=meter-ingest] Revoke previously assigned partitions meter.readings.raw-%d, meter.readings.raw-%d" % (i * 2, i * 2 + 1)))
        r.add(stop + 0.9, lo, spring("INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
        r.add(stop + 3.2, ln, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-meter-ingest-1, groupId=meter-ingest] Successfully joined group with generation Generation{generationId=%d, memberId='consumer-meter-ingest-1-%s', protocol='cooperative-sticky'}" % (412 + i, uid(g))))
        r.add(stop + 3.4, ln, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-meter-ingest-1, groupId=meter-ingest] Adding newly assigned partitions: meter.readings.raw-%d, meter.readings.raw-%d" % (i * 2, i * 2 + 1)))
        for t in r.times(stop + 4, 900, int((900 - stop) / 25) + 1):
            p = g.choice([i * 2, i * 2 + 1])
            n = g.randint(4200, 5000)
            offs[p] += n
            r.add(t, ln, spring("INFO", "ntainer#0-0-C-1", "c.v.m.ingest.ReadingBatchConsumer", "Processed batch topic=meter.readings.raw partition=%d offset=%d records=%d dup=%d invalid=%d" % (p, offs[p], n, g.randint(0, 30), g.randint(0, 2))))
    r.event(29.5, ns, "Normal", "ScalingReplicaSet", "Deployment/meter-ingest", "deployment-controller", "Scaled up replica set meter-ingest-%s to 1" % newh)
    r.event(600.0, ns, "Normal", "ScalingReplicaSet", "Deployment/meter-ingest", "deployment-controller", "Scaled down replica set meter-ingest-%s to 0 from 1" % oldh)
    r.add(700.0, r.P("billing", podn(g, "billing-aggregator"), "billing-aggregator", nodes[1]), "<<py>> INFO billing.completeness: interval completeness for 2026-02-09 is 99.97% (threshold 99.5%); invoice run scheduled, error_count=0")
    return r.build(
        "healthy-rolling-update",
        "We just rolled out meter-ingest 4.12.1. Did the rollout go cleanly?",
        {"namespace": ns},
        healthy("Clean rolling update: each new pod pulled its image, failed one readiness check while the JVM was still starting (normal), became ready, took over its partitions after a cooperative rebalance, and processed batches; old pods shut down gracefully."))


# --------------------------------------------------------------------------- H2
def h_moodle_cron():
    r = Rec("healthy-moodle-cron", T(2026, 1, 13, 6, 0, 0), "aks-elearn-weu")
    g = r.rng
    ns = "moodle"
    h = rs_hash(g)
    webs = [podn(g, "moodle-web", h) for _ in range(3)]
    nodes = ["aks-userpool-28419753-vmss000001", "aks-userpool-28419753-vmss000002", "aks-userpool-28419753-vmss000004"]
    ing = podn(g, "ingress-nginx-controller")
    li = r.P("ingress-nginx", ing, "controller", nodes[0])
    for t in r.times(0, 900, 70):
        p = g.choice(["/login/index.php", "/my/", "/course/view.php?id=%d" % g.randint(100, 900), "/mod/quiz/view.php?id=%d" % g.randint(1000, 9000),
                      "/theme/image.php/boost/core/1736412331/i/loading_small", "/pluginfile.php/%d/mod_resource/content/1/slides.pdf" % g.randint(1000, 9000), "/favicon.ico"])
        st = 404 if p == "/favicon.ico" else (304 if "theme/image" in p else 200)
        up = "10.244.%d.%d:8080" % (g.randint(1, 4), g.randint(10, 80))
        r.add(t, li, lambda d, p=p, st=st, up=up: ingress_nginx(g, d, "GET", p, st, g.randint(200, 90000) if st != 404 else 196, "moodle-moodle-web-80", up, g.uniform(0.02, 0.5)))
    for t in r.times(0, 900, 14):
        i = g.randrange(3)
        r.add(t, r.P(ns, webs[i], "php-fpm", nodes[i]), g.choice([
            "[<<php>> UTC] PHP Deprecated:  Creation of dynamic property core_course\\local\\entity\\content_item::$componentname is deprecated in /var/www/html/course/classes/local/entity/content_item.php on line 84",
            "[<<php>> UTC] PHP Deprecated:  strftime() is deprecated in /var/www/html/lib/classes/date.php on line 738",
            "[<<php>>] NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (g.randint(100, 999), g.uniform(3000, 3700)),
            "[<<php>>] NOTICE: [pool www] child %d started" % g.randint(100, 999)]))
    for run in range(15):
        cron = "moodle-cron-%d-%s" % (int(ep(r.d(60.0 * run)) // 60), sfx(g))
        lc = r.P(ns, cron, "cron", nodes[run % 3])
        t = 60.0 * run + 1
        r.add(t, lc, "Server Time: Tue, 13 Jan 2026 06:%02d:01 +0000" % run)
        tasks = g.sample([("Cleanup old sessions", "core\\task\\session_cleanup_task"), ("Send notifications", "message_email\\task\\send_email_task"),
                          ("Cleanup temporary files", "core\\task\\file_temp_cleanup_task"), ("Calendar cron", "core\\task\\calendar_cron_task"),
                          ("Background processing for forum tasks", "mod_forum\\task\\cron_task"), ("Analytics", "core\\task\\analytics_cleanup_task")], 3)
        for name, cls in tasks:
            t += g.uniform(0.2, 1.5)
            r.add(t, lc, "Execute scheduled task: %s (%s)" % (name, cls))
            t += g.uniform(0.1, 2.5)
            r.add(t, lc, "... used %d dbqueries" % g.randint(2, 140))
            r.add(t, lc, "... used %.7f seconds" % g.uniform(0.01, 2.5))
            r.add(t, lc, "Scheduled task complete: %s (%s)" % (name, cls))
        if run == 6:
            r.add(t + 0.2, lc, "Execute adhoc task: mod_assign\\task\\cron_task")
            r.add(t + 0.3, lc, "Adhoc task failed: mod_assign\\task\\cron_task,Error reading from database")
            r.add(t + 0.3, lc, "Backtrace:")
            r.add(t + 0.3, lc, "* line 523 of /lib/dml/moodle_read_slave_trait.php: call to mysqli_native_moodle_database->query_end()")
            r.add(t + 3.9, lc, "Execute adhoc task: mod_assign\\task\\cron_task")
            r.add(t + 4.6, lc, "Adhoc task complete: mod_assign\\task\\cron_task")
            t += 4.6
        r.add(t + 0.4, lc, "Cron run completed correctly")
        r.add(t + 0.5, lc, "Cron completed at %s. Memory used 38.2 MB." % r.d(t + 0.5).strftime("%H:%M:%S"))
        r.event(t + 1.5, ns, "Normal", "Completed", "Job/" + cron[: cron.rfind("-")], "job-controller", "Job completed")
    return r.build(
        "healthy-php-noise",
        "There are lots of PHP warnings and a failed task in the Moodle logs this morning. Is anything actually broken?",
        {"namespace": ns},
        healthy("Moodle is healthy: cron runs every minute and completes, one adhoc task hit a transient read error and succeeded on retry seconds later, requests return 200/304 (a favicon 404 is cosmetic) and the PHP messages are deprecation notices and normal FPM worker recycling."))


# --------------------------------------------------------------------------- H3
def h_opensearch_rolling():
    r = Rec("healthy-opensearch-rolling", T(2026, 2, 18, 14, 0, 0), "ocp4-gridops-prod")
    g = r.rng
    ns = "outage-search"
    nodes = ["search-os-data-%d" % i for i in range(3)]
    hosts = ["ocp-w-%d.ocp4.voltgrid.internal" % i for i in (6, 7, 8)]
    lm = r.P(ns, "search-os-master-0", "opensearch", "ocp-w-9.ocp4.voltgrid.internal")
    cs = podn(g, "outage-catalog-sync")
    lcs = r.P(ns, cs, "sync", "ocp-w-3.ocp4.voltgrid.internal")
    ids = [b64id(g) for _ in range(3)]

    def osl(lab, level, logger, node, msg):
        r.add(t, lab, "[<<osd>>][%-5s][%-30s] [%s] %s" % (level, logger, node, msg))

    for t in r.times(0, 900, 24):
        r.add(t, lcs, "%s  INFO 1 --- [outage-catalog-sync] [   scheduling-1] c.v.o.sync.CatalogSyncJob                : synced %d outage documents, failures=0, took=%dms" % (f_iso(r.d(t)), g.randint(20, 300), g.randint(100, 900)))
    base = 30.0
    for i in range(3):
        t0 = base + i * 270
        r.event(t0, ns, "Normal", "Killing", "Pod/" + nodes[i], "kubelet/" + hosts[i], "Stopping container opensearch")
        t = t0 + 2
        osl(lm, "INFO", "o.o.c.s.MasterService", "search-os-master-0", "node-left[{%s}{%s}{%s}{10.131.%d.12}{10.131.%d.12:9300}{d} reason: disconnected], term: 9, version: %d, delta: removed {{%s}{%s}}" % (nodes[i], ids[i], b64id(g), i, i, 41200 + i * 10, nodes[i], ids[i]))
        t = t0 + 2.2
        osl(lm, "INFO", "o.o.c.r.a.AllocationService", "search-os-master-0", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{%s}{%s} reason: disconnected])." % (nodes[i], ids[i]))
        t = t0 + 2.3
        osl(lm, "INFO", "o.o.c.r.DelayedAllocationService", "search-os-master-0", "scheduling reroute for delayed shards in [59.7s] (12 delayed shards)")
        if i == 1:
            r.add(t0 + 3.0, lcs, "%s  WARN 1 --- [outage-catalog-sync] [   scheduling-1] o.o.c.RestClient                         : request [POST https://search-os.outage-search.svc:9200/_bulk] failed: Connection reset; retrying on another node (attempt 1/3)" % f_iso(r.d(t0 + 3.0)))
            r.add(t0 + 3.2, lcs, "%s  INFO 1 --- [outage-catalog-sync] [   scheduling-1] c.v.o.sync.CatalogSyncJob                : synced 118 outage documents, failures=0, retries=1, took=412ms" % f_iso(r.d(t0 + 3.2)))
        r.event(t0 + 35, ns, "Normal", "Started", "Pod/" + nodes[i], "kubelet/" + hosts[i], "Started container opensearch")
        ld = r.P(ns, nodes[i], "opensearch", hosts[i])
        t = t0 + 48
        osl(ld, "WARN", "o.o.s.c.Salt", nodes[i], "If you plan to use field masking pls configure compliance salt e1ukloTsQlOgPquJ to be a random string of 16 chars length identical on all nodes")
        t = t0 + 55
        osl(ld, "INFO", "o.o.n.Node", nodes[i], "started")
        t = t0 + 56
        osl(lm, "INFO", "o.o.c.s.MasterService", "search-os-master-0", "node-join[{%s}{%s}{%s}{10.131.%d.12}{10.131.%d.12:9300}{d} join existing leader], term: 9, version: %d, delta: added {{%s}{%s}}" % (nodes[i], ids[i], b64id(g), i, i, 41205 + i * 10, nodes[i], ids[i]))
        t = t0 + 70 + g.uniform(5, 30)
        osl(lm, "INFO", "o.o.c.r.a.AllocationService", "search-os-master-0", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[outages-2026.02][%d]]])." % g.randint(0, 4))
    t = 500.0
    osl(r.P(ns, nodes[0], "opensearch", hosts[0]), "WARN", "o.o.d.c.DeprecationLogger", nodes[0], "[types removal] Specifying types in bulk requests is deprecated.")
    return r.build(
        "healthy-planned-rolling-restart",
        "Did this afternoon's OpenSearch rolling restart leave anything broken?",
        {"namespace": ns},
        healthy("Planned rolling restart completed: each data node left and rejoined, the cluster went YELLOW briefly and returned to GREEN every time; the sync client retried one reset connection successfully and reports failures=0."))


# --------------------------------------------------------------------------- H4
def h_scada_gateway():
    r = Rec("healthy-scada-gateway", T(2026, 1, 22, 23, 30, 0), "k3s-sub07-edge")
    g = r.rng
    ns = "scada"
    node = "k3s-sub07-edge-1"
    lg = r.P(ns, "opcua-gateway-0", "gateway", node)
    ln = r.P(ns, "nats-0", "nats", node)
    seq = 551200
    r.add(1.0, lg, "<<py>> INFO gateway.tls: client certificate CN=sub07-gw valid until 2026-04-06T00:00:00Z (expires in 73 days)")
    for k in range(90):
        t = 5 + 10 * k
        n = g.randint(396, 402)
        r.add(t + g.uniform(0, 0.3), lg, "<<py>> INFO gateway.poll: polled %d nodes from opc.tcp://10.7.0.21:4840 in %dms status=Good" % (n, g.randint(55, 120)))
        seq += 1
        r.add(t + 0.5, lg, "<<py>> INFO gateway.nats: published batch seq=%d samples=%d subject=scada.sub07.samples dropped=0 errors=0" % (seq, n))
        if k % 30 == 12:
            r.add(t + 0.7, lg, "<<py>> INFO asyncua.client.ua_client.UaClient: publish response keepalive, subscription_id=%d, sequence_number=%d, no notifications" % (g.randint(1, 9), g.randint(1000, 9999)))
    r.add(340.0, lg, "<<py>> WARNING gateway.poll: node ns=2;s=Feeder07.Spare3.Current quality=BadNotConnected (tag marked spare in tagmap, ignored)")
    for t in r.times(0, 880, 3):
        cid = g.randint(100, 999)
        port = g.randint(30000, 60000)
        r.add(t, ln, lambda d, cid=cid, port=port: "[1] %s.%06d [INF] 10.42.0.23:%d - cid:%d - \"v2.6.0:python:nats-py\" - Client connection created" % (d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond, port, cid))
        r.add(t + 2.1, ln, lambda d, cid=cid, port=port: "[1] %s.%06d [INF] 10.42.0.23:%d - cid:%d - \"v2.6.0:python:nats-py\" - Client connection closed: Client Closed" % (d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond, port, cid))
        r.add(t + 0.4, r.P(ns, "historian-export-%d-%s" % (int(ep(r.d(t)) // 60), sfx(g)), "export", node), "<<py>> INFO export.run: exported %d samples to historian, errors=0" % g.randint(20000, 40000))
    return r.build(
        "healthy-edge-telemetry",
        "Is the SUB-07 OPC-UA gateway delivering data normally tonight?",
        {"namespace": ns},
        healthy("The gateway polls the PLC every 10 s with status Good and publishes every batch to NATS with dropped=0 errors=0; the only warning is a spare tag that is intentionally ignored, and the client certificate is valid for 73 more days."))


# --------------------------------------------------------------------------- H5
def h_feature_materialize():
    r = Rec("healthy-feature-materialize", T(2026, 2, 27, 2, 0, 0), "gke-recsys-prod-euw1")
    g = r.rng
    ns = "recsys"
    job = "feast-materialize-%d-%s" % (int(ep(T(2026, 2, 27, 2, 0, 0)) // 60), sfx(g))
    lj = r.P(ns, job, "materialize", "gke-recsys-prod-batch-pool-77c1f0e2-z9vt")
    lr = r.P(ns, "redis-features-master-0", "redis", "gke-recsys-prod-default-pool-3d2e1a7b-w1kq")
    fa = [podn(g, "feature-api") for _ in range(2)]
    fnodes = ["gke-recsys-prod-default-pool-3d2e1a7b-8m2x", "gke-recsys-prod-default-pool-3d2e1a7b-p4ns"]
    views = [("user_profile_v2", 1822), ("item_stats_v5", 4410), ("user_engagement_v4", 2971), ("session_context_v1", 611)]
    r.add(3.0, lj, "Materializing \x1b[1m\x1b[32m4\x1b[0m feature views from \x1b[1m\x1b[32m2026-02-26 02:00:00+00:00\x1b[0m to \x1b[1m\x1b[32m2026-02-27 02:00:00+00:00\x1b[0m into the \x1b[1m\x1b[32mredis\x1b[0m online store.")
    t = 5.0
    for v, n in views:
        r.add(t, lj, "")
        r.add(t, lj, "\x1b[1m\x1b[32m%s\x1b[0m:" % v)
        dur = n / g.uniform(40, 60)
        t += dur
        r.add(t, lj, "100%%|\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588| %d/%d [%02d:%02d<00:00, %.1fit/s]" % (n, n, int(dur // 60), int(dur % 60), n / dur))
        t += g.uniform(0.5, 2)
    r.add(t + 0.5, lj, "<<py>> INFO materialize.summary: 4/4 feature views materialized, batches=%d, failed=0" % sum(n for _, n in views))
    r.event(t + 2, ns, "Normal", "Completed", "Job/" + job[: job.rfind("-")], "job-controller", "Job completed")
    r.add(150.0, lr, "1:M <<redis>> * 10000 changes in 60 seconds. Saving...")
    r.add(150.1, lr, "1:M <<redis>> * Background saving started by pid %d" % g.randint(300, 900))
    r.add(171.9, lr, "%d:C <<redis>> * DB saved on disk" % g.randint(300, 900))
    r.add(171.9, lr, "%d:C <<redis>> * Fork CoW for RDB: current 412 MB, peak 412 MB, average 233 MB" % g.randint(300, 900))
    r.add(172.1, lr, "1:M <<redis>> * Background saving terminated with success")
    for i in range(2):
        lp = r.P(ns, fa[i], "feature-api", fnodes[i])
        for t2 in r.times(0, 900, 30):
            r.add(t2, lp, lambda d, i=i: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": fa[i], "req": {"method": "POST", "url": "/v1/features:batchGet"}, "res": {"statusCode": 200}, "responseTime": g.randint(2, 18), "msg": "request completed"}))
        r.add(400.0 + i, lp, lambda d, i=i: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": fa[i], "msg": "cache stats", "hit_ratio": 0.94, "redis_errors": 0, "timeouts": 0}))
    op = podn(g, "feature-sync-controller")
    lo = r.P("featurestore", op, "manager", "gke-recsys-prod-default-pool-3d2e1a7b-w1kq")
    r.add(610.0, lo, lambda d: klog("I", d, 1, "request.go:697", "Waited for 1.062s due to client-side throttling, not priority and fairness, request: GET:https://10.64.0.1:443/apis/featurestore.example.io/v1alpha1/featureviews?limit=500"))
    r.add(611.2, lo, lambda d: klog("I", d, 1, "featureview_controller.go:142", '"Reconciled" featureview="user_engagement_v4" registryVersion=413 durationMs=1204'))
    return r.build(
        "healthy-batch-materialization",
        "Did last night's feature materialization finish, and is online feature serving OK?",
        {"namespace": ns},
        healthy("Materialization of all 4 feature views completed with failed=0, Redis saved its snapshot successfully, and feature-api serves 200s with no Redis errors; the client-side throttling message is informational."))


# --------------------------------------------------------------------------- H6
def h_openedx_worker():
    r = Rec("healthy-openedx-worker", T(2026, 3, 4, 9, 10, 0), "rke2-campus-prod")
    g = r.rng
    ns = "openedx"
    worker = podn(g, "edx-lms-worker")
    lw = r.P(ns, worker, "lms-worker", "rke2-agent-2")
    lms = podn(g, "edx-lms")
    ll = r.P(ns, lms, "lms", "rke2-agent-5")

    def cel(level, proc, msg):
        return "[<<py>>: %s/%s] %s" % (level, proc, msg)

    routine = [("openedx.core.djangoapps.content.course_overviews.tasks.async_course_overview_update", 0.4, 1.6),
               ("lms.djangoapps.grades.tasks.recalculate_subsection_grade_v3", 0.05, 0.4),
               ("lms.djangoapps.bulk_email.tasks.send_course_email", 1.5, 6.0),
               ("openedx.core.djangoapps.notifications.tasks.send_notifications", 0.02, 0.3),
               ("lms.djangoapps.instructor_task.tasks.calculate_grades_csv", 20.0, 95.0)]
    for t in r.times(0, 880, 36):
        name, lo, hi = g.choice(routine)
        tid = uid(g)
        r.add(t, lw, cel("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        dur = g.uniform(lo, hi)
        r.add(t + dur, lw, cel("INFO", "ForkPoolWorker-%d" % g.randint(1, 4), "Task %s[%s] succeeded in %.3fs: None" % (name, tid, dur)))
    for k in range(2):
        tid = uid(g)
        t = 200.0 + k * 310
        name = "openedx.core.djangoapps.credentials.tasks.v1.tasks.send_grade_to_credentials"
        r.add(t, lw, cel("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        r.add(t + 5.1, lw, cel("INFO", "ForkPoolWorker-2", "Task %s[%s] retry: Retry in 10s: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='credentials.campus.example', port=443): Max retries exceeded with url: /api/v2/grades/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))" % (name, tid, hexid(g, 9))))
        r.add(t + 15.4, lw, cel("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        r.add(t + 16.2, lw, cel("INFO", "ForkPoolWorker-2", "Task %s[%s] succeeded in 0.771s: None" % (name, tid)))
    r.add(2.0, lw, cel("WARNING", "MainProcess", "/openedx/venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine"))
    r.add(2.0, lw, "whether broker connection retries are made during startup in Celery 6.0 and above.")
    for t in r.times(0, 900, 28):
        r.add(t, ll, "<<py>> INFO 2%d [tracking] [user %d] [ip 10.42.0.1] logger.py:41 - {\"event_type\": \"%s\", \"event_source\": \"browser\", \"page\": \"https://learn.campus.example/courses/course-v1:UniX+CS101+2026_T1/courseware\"}" % (
            g.randint(0, 9), g.randint(1000, 99999), g.choice(["play_video", "pause_video", "problem_check", "seq_next", "edx.ui.lms.outline.selected"])))
    r.add(330.0, ll, "<<py>> WARNING 24 [py.warnings] [user None] [ip None] warnings.py:109 - /openedx/venv/lib/python3.11/site-packages/django/db/models/fields/__init__.py:1595: RuntimeWarning: DateTimeField StudentModule.modified received a naive datetime (2026-03-04 09:15:30) while time zone support is active.")
    return r.build(
        "healthy-retry-succeeded",
        "We saw 'Retry' and 'Connection refused' messages in the Open edX worker logs. Is the worker healthy?",
        {"namespace": ns},
        healthy("The celery worker is healthy: all tasks succeed, and the two credentials-service calls that hit 'connection refused' were retried after 10 s and succeeded; the remaining warnings are deprecation/naive-datetime notices."))


# --------------------------------------------------------------------------- H7
def h_ranker_canary():
    r = Rec("healthy-ranker-canary", T(2026, 3, 12, 16, 0, 0), "eks-recsys-use1")
    g = r.rng
    ns = "recsys"
    prim = [podn(g, "semantic-ranker-primary") for _ in range(3)]
    can = podn(g, "semantic-ranker")
    nodes = ["ip-10-42-%d-%d.ec2.internal" % (g.randint(1, 60), g.randint(2, 250)) for _ in range(4)]
    fl = podn(g, "flagger")
    lf = r.P("flagger-system", fl, "flagger", nodes[0])
    gw = podn(g, "recs-gateway")
    lg = r.P(ns, gw, "envoy", nodes[1])
    for t in r.times(0, 900, 60):
        is_can = g.random() < (0.1 if t < 300 else 0.2 if t < 600 else 0.3)
        st = 404 if g.random() < 0.02 else 200
        r.add(t, lg, lambda d, st=st, c=is_can: '[%s] "POST /rank%s HTTP/1.1" %d - %d %d %d %d "-" "search-bff/2.7" "%s" "%s" "10.244.%d.%d:8080"' % (
            f_iso(d), "" if st == 200 else "?surface=legacy_home", st, g.randint(900, 3000), g.randint(3000, 9000) if st == 200 else 24, g.randint(8, 45), g.randint(7, 44), uid(g),
            "semantic-ranker-canary.recsys.svc.cluster.local:8080" if c else "semantic-ranker-primary.recsys.svc.cluster.local:8080", g.randint(1, 9), g.randint(2, 250)))
    for t in r.times(0, 900, 24):
        r.add(t, r.P(ns, can, "semantic-ranker", nodes[3]), "<<isous>>  INFO semantic_ranker::http: rank served surface=\"%s\" model=\"v42\" candidates=%d latency_ms=%d" % (g.choice(["search", "home", "pdp"]), g.randint(100, 500), g.randint(6, 35)))
    for i in range(3):
        for t in r.times(0, 900, 10):
            r.add(t, r.P(ns, prim[i], "semantic-ranker", nodes[i]), "<<isous>>  INFO semantic_ranker::http: rank served surface=\"%s\" model=\"v41\" candidates=%d latency_ms=%d" % (g.choice(["search", "home", "pdp"]), g.randint(100, 500), g.randint(6, 35)))
    r.add(150.0, r.P(ns, can, "semantic-ranker", nodes[3]), "<<isous>>  WARN semantic_ranker::features: feature fetch slow, served from local cache view=\"item_stats_v5\" latency_ms=212 budget_ms=200")
    for k, w in enumerate([10, 20, 30]):
        t = 5 + k * 300
        r.add(t, lf, lambda d, w=w: jd({"level": "info", "ts": f_iso(d), "caller": "controller/events.go:33", "msg": "Advance semantic-ranker.recsys canary weight %d" % w, "canary": "semantic-ranker.recsys"}))
        r.add(t + 0.1, lf, lambda d: jd({"level": "info", "ts": f_iso(d), "caller": "controller/scheduler_metrics.go:281", "msg": "Metric check passed: request-success-rate %.2f%% >= 99%%, request-duration %dms <= 120ms" % (g.uniform(99.9, 99.99), g.randint(30, 45)), "canary": "semantic-ranker.recsys"}))
    r.event(5.0, ns, "Normal", "Synced", "Canary/semantic-ranker", "flagger", "Advance semantic-ranker.recsys canary weight 10")
    return r.build(
        "healthy-canary-progressing",
        "Can we promote the semantic-ranker v42 canary, or is it causing errors?",
        {"namespace": ns},
        healthy("The v42 canary is progressing normally (10% -> 30%): Flagger's success-rate and latency checks pass, the canary serves with latencies similar to the primary, and the only 404s are client calls to a retired surface on both versions."))


# --------------------------------------------------------------------------- H8
def h_cert_renewal():
    r = Rec("healthy-cert-renewal", T(2026, 3, 27, 2, 0, 0), "microk8s-cs-lab")
    g = r.rng
    ns = "gradebook"
    ctl = podn(g, "nginx-ingress-microk8s-controller", sfx(g))
    li = r.P("ingress", ctl, "nginx-ingress-microk8s", "cslab-node-1")
    web = [podn(g, "gradebook-web") for _ in range(2)]
    cm = podn(g, "cert-manager")
    lcm = r.P("cert-manager", cm, "cert-manager-controller", "cslab-node-2")
    for t in r.times(0, 900, 50):
        st = g.choice([200, 200, 200, 304, 302])
        p = g.choice(["/", "/api/courses/%d/grades" % g.randint(100, 400), "/static/app.%s.js" % hexid(g, 8), "/login"])
        r.add(t, li, lambda d, st=st, p=p: ingress_nginx(g, d, "GET", p, st, g.randint(300, 40000), "gradebook-gradebook-web-80", "10.1.%d.%d:3000" % (g.randint(10, 40), g.randint(2, 250)), g.uniform(0.005, 0.2)))
    for i in range(2):
        for t in r.times(0, 900, 12):
            r.add(t, r.P(ns, web[i], "web", "cslab-node-%d" % (2 + i)), lambda d, i=i: jd({"level": 30, "time": int(ep(d) * 1000), "pid": 1, "hostname": web[i], "req": {"method": "GET", "url": "/api/courses/%d/grades" % g.randint(100, 400)}, "res": {"statusCode": 200}, "responseTime": g.randint(4, 60), "msg": "request completed"}))
    r.event(60.0, ns, "Normal", "Issuing", "Certificate/gradebook-tls", "cert-manager-certificates-trigger", "Renewing certificate as renewal was scheduled at 2026-03-27 02:01:00 +0000 UTC")
    r.event(60.2, ns, "Normal", "Generated", "Certificate/gradebook-tls", "cert-manager-certificates-key-manager", 'Stored new private key in temporary Secret resource "gradebook-tls-x8v2k"')
    r.event(60.4, ns, "Normal", "Requested", "Certificate/gradebook-tls", "cert-manager-certificates-request-manager", 'Created new CertificateRequest resource "gradebook-tls-3"')
    r.add(94.0, lcm, lambda d: klog("I", d, 1, "acme.go:236", '"certificate issued" logger="cert-manager.controller.sign" resource_name="gradebook-tls-3" resource_namespace="gradebook" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="gradebook-tls-3-2817361542" related_resource_namespace="gradebook" related_resource_kind="Order" related_resource_version="v1"'))
    r.add(60.9, lcm, lambda d: klog("I", d, 1, "challenges.go:283", '"Challenge scheduled for processing" logger="cert-manager.controller" resource_name="gradebook-tls-3-2817361542-1442951061" resource_namespace="gradebook" type="HTTP-01" domain="gradebook.campus.example"'))
    r.event(95.0, ns, "Normal", "Issuing", "Certificate/gradebook-tls", "cert-manager-certificates-issuing", "The certificate has been successfully issued")
    r.add(96.0, li, lambda d: klog("I", d, 7, "controller.go:190", '"Configuration changes detected, backend reload required"'))
    r.add(96.4, li, lambda d: klog("I", d, 7, "controller.go:210", '"Backend successfully reloaded"'))
    r.add(96.5, r.E("ingress"), 'type=Normal reason=RELOAD object=Pod/%s source=nginx-ingress-controller msg="NGINX reload triggered due to a change in configuration"' % ctl)
    r.add(70.0, li, '%s - - [%s] "GET /.well-known/acme-challenge/%s HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let\'s Encrypt validation server; +https://www.letsencrypt.org)" 312 0.002 [gradebook-cm-acme-http-solver-%s-8089] [] 10.1.22.%d:8089 87 0.002 200 %s' % (
        "23.178.112.%d" % g.randint(100, 200), f_clf(r.d(70.0)), hexid(g, 43), sfx(g), g.randint(2, 250), hexid(g, 32)))
    return r.build(
        "healthy-cert-renewed",
        "Yesterday we got a 'certificate expiring in 30 days' alert for gradebook.campus.example. Is it sorted?",
        {"namespace": ns},
        healthy("cert-manager renewed gradebook-tls on schedule (ACME HTTP-01 challenge answered, certificate issued) and ingress-nginx reloaded with the new certificate; the gradebook keeps serving 200s."))


# =============================================================================
SCENARIOS = [
    s_oom_meter_ingest, s_oom_celery_grades,
    s_panic_pmu_aggregator, s_dotnet_dispatch_nre,
    s_imagepull_moodle_tag, s_imagepull_harbor_robot,
    s_probe_liveness_proctoring, s_probe_readiness_solr,
    s_sched_gpu_ranker, s_sched_autoscale_transcode,
    s_dns_upstream_scada, s_dns_kubedns_saturated,
    s_connrefused_rabbit_rolling, s_connrefused_redis_canvas,
    s_timeout_knn_cold_index, s_timeout_sms_provider,
    s_tls_kafka_expired, s_tls_opensearch_san,
    s_rbac_feature_sync, s_auth_mongo_scram,
    s_config_rust_env, s_config_cm_key_autograder,
    s_es_flood_stage, s_ephemeral_eviction_transcoder,
    s_storage_longhorn_faulted, s_storage_rbd_readonly_moodle,
    s_db_mysql_too_many_conns, s_db_pg_deadlock_canvas,
    s_rate_weather_api, s_rate_youtube_quota,
    s_node_containerd_corrupt, s_node_ecc_talos,
    h_meter_rollout, h_moodle_cron, h_opensearch_rolling, h_scada_gateway,
    h_feature_materialize, h_openedx_worker, h_ranker_canary, h_cert_renewal,
]


# The public "source" names only the theme, so it does not leak the label.
THEME = {
    "energy": [s_oom_meter_ingest, s_panic_pmu_aggregator, s_dotnet_dispatch_nre, s_dns_upstream_scada,
               s_connrefused_rabbit_rolling, s_timeout_sms_provider, s_tls_kafka_expired, s_rate_weather_api,
               s_node_containerd_corrupt, h_meter_rollout, h_opensearch_rolling, h_scada_gateway],
    "education": [s_oom_celery_grades, s_imagepull_moodle_tag, s_probe_liveness_proctoring, s_sched_autoscale_transcode,
                  s_connrefused_redis_canvas, s_auth_mongo_scram, s_config_cm_key_autograder, s_es_flood_stage,
                  s_ephemeral_eviction_transcoder, s_storage_longhorn_faulted, s_storage_rbd_readonly_moodle,
                  s_db_mysql_too_many_conns, s_db_pg_deadlock_canvas, s_rate_youtube_quota,
                  h_moodle_cron, h_openedx_worker, h_cert_renewal],
    "search": [s_imagepull_harbor_robot, s_probe_readiness_solr, s_sched_gpu_ranker, s_dns_kubedns_saturated,
               s_timeout_knn_cold_index, s_tls_opensearch_san, s_rbac_feature_sync, s_config_rust_env,
               s_node_ecc_talos, h_feature_materialize, h_ranker_canary],
}


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev20.jsonl")
    theme_of = {f.__name__: th for th, fs in THEME.items() for f in fs}
    assert sorted(theme_of) == sorted(f.__name__ for f in SCENARIOS)
    records = []
    for f in SCENARIOS:
        rec = f()
        rec["source"] = "synthetic:dev20-" + theme_of[f.__name__]
        records.append(rec)
    random.Random("dev20-shuffle").shuffle(records)
    lines = []
    for i, rec in enumerate(records, 1):
        rec["id"] = "dev20-%03d" % i
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main(sys.argv)
