#!/usr/bin/env python3
"""Generate the dev10 held-out golden set (golden format v1).

Theme: distributed databases, search, and the Kubernetes control plane in
enterprise clusters.  40 records: each of the 16 incident categories twice
plus 8 healthy windows.  Standard library only, deterministic: every
scenario has its own random.Random seeded with f"{SEED}:{scenario}", the
record order is shuffled with a separate seeded Random and ids are assigned
after the shuffle.  Output is byte-identical across runs and independent of
PYTHONHASHSEED.

Usage:  python golden/heldout/make_dev10.py      (writes dev10.jsonl next to this file)
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

SEED = "dev10-v1"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev10.jsonl")

CATEGORIES = [
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
SELECTOR_KEYS = ["namespace", "pod", "container", "node", "app"]

# --------------------------------------------------------------------------
# time handling
# --------------------------------------------------------------------------
UTC = timezone.utc
EPOCH0 = datetime(1970, 1, 1, tzinfo=UTC)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TOKEN = re.compile("\u00ab([A-Z0-9]+)([+-][0-9.]+)?\u00bb")


def _fmt_token(name, ns):
    us_all = ns // 1000
    dt = EPOCH0 + timedelta(microseconds=us_all)
    us = dt.microsecond
    ms = us // 1000
    base = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if name == "K":            # klog / glog header: MMDD hh:mm:ss.uuuuuu
        return f"{dt:%m%d %H:%M:%S}.{us:06d}"
    if name == "ISO3":
        return f"{base}.{ms:03d}Z"
    if name == "ISO6":
        return f"{base}.{us:06d}Z"
    if name == "ISO9":
        return f"{base}.{ns % 1000000000:09d}Z"
    if name == "ISOS":
        return f"{base}Z"
    if name == "ISO6O":
        return f"{base}.{us:06d}+00:00"
    if name == "LB":           # logback / log4j default
        return f"{dt:%Y-%m-%d %H:%M:%S}.{ms:03d}"
    if name == "LBC":          # log4j / python logging (comma)
        return f"{dt:%Y-%m-%d %H:%M:%S},{ms:03d}"
    if name == "ESC":          # elasticsearch / opensearch plaintext
        return f"{base},{ms:03d}"
    if name == "TIDB":
        return f"{dt:%Y/%m/%d %H:%M:%S}.{ms:03d} +00:00"
    if name == "CRDB":
        return f"{dt:%y%m%d %H:%M:%S}.{us:06d}"
    if name == "PG":
        return f"{dt:%Y-%m-%d %H:%M:%S}.{ms:03d} UTC"
    if name == "FPM":
        return f"{dt.day:02d}-{MON[dt.month - 1]}-{dt.year} {dt:%H:%M:%S}"
    if name == "NGX":
        return f"{dt.day:02d}/{MON[dt.month - 1]}/{dt.year}:{dt:%H:%M:%S} +0000"
    if name == "GOLOG":        # Go log package / nginx error log
        return f"{dt:%Y/%m/%d %H:%M:%S}"
    if name == "GOTIME":       # time.Time.String()
        return f"{dt:%Y-%m-%d %H:%M:%S}.{us:06d} +0000 UTC"
    if name == "EPOCH":        # zap float seconds
        return f"{ns // 1000000000}.{us:06d}"
    if name == "EPOCHS":
        return f"{ns // 1000000000}"
    if name == "EPOCHMS":      # pino
        return f"{ns // 1000000}"
    if name == "HMS3":         # elixir Logger default
        return f"{dt:%H:%M:%S}.{ms:03d}"
    raise KeyError(name)


def render(line, ns):
    def sub(m):
        shift = m.group(2)
        n = ns
        if shift:
            n = ns + int(round(float(shift) * 1e9))
        return _fmt_token(m.group(1), n)
    return TOKEN.sub(sub, line)


def fmt_ts(ns):
    dt = EPOCH0 + timedelta(seconds=ns // 1000000000)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ns % 1000000000:09d}Z"


class Win:
    """A log window: events at offsets (seconds) from a start time."""

    def __init__(self, rng, start):
        self.rng = rng
        t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        self.base_ns = int((t0 - EPOCH0).total_seconds()) * 1000000000
        self.ev = []

    def add(self, t, labels, line, ev=False):
        self.ev.append((int(round(t * 1e6)), len(self.ev), dict(labels), line, bool(ev)))

    def addm(self, t, labels, lines, ev=False, step=0.0004):
        for i, ln in enumerate(lines):
            self.add(t + i * step, labels, ln, ev)

    def build(self):
        items = sorted(self.ev, key=lambda e: (e[0], e[1]))
        logs, evidence, prev = [], [], None
        for i, (us, _seq, labels, line, ev) in enumerate(items):
            # natural-looking sub-second jitter that never crosses the next event
            nxt = next((e[0] for e in items[i + 1:] if e[0] > us), us + 1000000)
            span = int(min((nxt - us) * 0.8, 900000)) if nxt > us else 0
            ns = self.base_ns + (us + self.rng.randint(0, max(span, 0))) * 1000 + self.rng.randint(0, 999)
            if prev is not None and ns <= prev:
                ns = prev + 1
            prev = ns
            logs.append({"ts": fmt_ts(ns), "labels": labels, "line": render(line, ns)})
            if ev:
                evidence.append(i)
        return logs, evidence


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"


def rhash(rng, n=10):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def dpod(rng, name, n=10):
    """Deployment pod name: <name>-<rs hash>-<suffix>."""
    return f"{name}-{rhash(rng, n)}-{rhash(rng, 5)}"


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def ip(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


def jl(d, spaced=False):
    """Compact JSON log line; time tokens that must be numbers are unquoted."""
    s = json.dumps(d, ensure_ascii=False, separators=(", ", ": ") if spaced else (",", ":"))
    for tok in ("EPOCH", "EPOCHMS", "EPOCHS"):
        s = s.replace(f'"\u00ab{tok}\u00bb"', f"\u00ab{tok}\u00bb")
    return s


def C(ns, pod, container, node=None, app=None, **extra):
    d = {"namespace": ns, "pod": pod, "container": container}
    if node is not None:
        d["node"] = node
    if app is not None:
        d["app"] = app
    d.update(extra)
    return d


def journal(node, unit, job="systemd-journal"):
    if unit == "kernel":
        return {"job": job, "transport": "kernel", "node": node, "hostname": node}
    return {"job": job, "unit": unit, "node": node, "hostname": node}


def ev_agent_labels(ns):
    return {"job": "integrations/kubernetes/eventhandler", "namespace": ns, "service_name": "eventhandler"}


def ev_exporter_labels(ns):
    return {"namespace": ns, "app": "event-exporter", "service_name": "kubernetes-event-exporter"}


def q(s):
    """escape a message for a logfmt double-quoted value"""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def ev_agent(rng, kind, name, reason, typ, msg, comp="kubelet", host="", count=1):
    """Grafana Agent / Alloy eventhandler logfmt line."""
    rv = rng.randint(10000000, 99999999)
    return (f"name={name}.{hexs(rng, 16)} kind={kind} action= objectAPIversion=v1 objectRV={rv} "
            f"eventRV={rv + rng.randint(1, 9999)} reportingcontroller={comp} reportinginstance={host} "
            f"sourcecomponent={comp} sourcehost={host} reason={reason} type={typ} count={count} "
            f'msg="{q(msg)}"')


def ev_exporter(rng, ns, kind, name, reason, typ, msg, comp="kubelet", host="", count=1, api="v1"):
    """opsgenie/resmoio kubernetes-event-exporter JSON line (stdout sink)."""
    d = {
        "metadata": {"name": f"{name}.{hexs(rng, 16)}", "namespace": ns,
                     "uid": uid(rng), "resourceVersion": str(rng.randint(10000000, 99999999)),
                     "creationTimestamp": "\u00abISOS\u00bb"},
        "reason": reason,
        "message": msg,
        "source": {"component": comp, "host": host} if host else {"component": comp},
        "firstTimestamp": "\u00abISOS\u00bb",
        "lastTimestamp": "\u00abISOS\u00bb",
        "count": count,
        "type": typ,
        "eventTime": None,
        "reportingComponent": comp,
        "reportingInstance": host,
        "involvedObject": {"kind": kind, "namespace": ns, "name": name, "apiVersion": api},
    }
    return jl(d)


def klog(level, pid, src, msg):
    return f"{level}\u00abK\u00bb {pid:>7} {src}] {msg}"


# --------------------------------------------------------------------------
# scenarios
# --------------------------------------------------------------------------
SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ---------------------------------------------------------------- oom_killed
@scenario
def tikv_cgroup_oom(rng):
    node = "gke-orders-prod-tikv-pool-8c1d2e3f-q7xm"
    ns = "tidb-orders"
    w = Win(rng, "2026-02-03T14:20:00")
    tikv = C(ns, "orders-tikv-2", "tikv", node, service_name="tikv")
    tidb = C(ns, "orders-tidb-1", "tidb", node, service_name="tidb")
    slow = C(ns, "orders-tidb-1", "slowlog", node, service_name="slowlog")
    kubelet = journal(node, "kubelet.service")
    kern = journal(node, "kernel")
    npd = journal(node, "node-problem-detector.service")
    ctrd = journal(node, "containerd.service")
    kproxy = C("kube-system", f"kube-proxy-{node}", "kube-proxy", node, service_name="kube-proxy")
    fbit = C("kube-system", f"fluentbit-gke-{rhash(rng, 5)}", "fluentbit", node, app="fluentbit-gke")
    pod_uid = uid(rng)
    tikv_ip = ip(rng, "10.72.3")
    peer = "orders-tikv-2.orders-tikv-peer.tidb-orders.svc:20160"
    refused = (f'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while '
               f'dialing: dial tcp {tikv_ip}:20160: connect: connection refused\\"')
    T = "\u00abTIDB\u00bb"
    conn = rng.randint(2097100, 2097300)

    w.add(2.1, tikv, f'[{T}] [INFO] [peer.rs:1932] ["deleting applied snap file"] [snap_file=1_{rng.randint(5,9)}_{rng.randint(100000,999999)}] [region_id=40021] [peer_id={rng.randint(40022,40099)}]')
    w.add(5.6, tidb, f'[{T}] [INFO] [gc_worker.go:1109] ["[gc worker] start resolve locks"] [uuid={hexs(rng, 15)}] [safePoint=447913202381897728] [try-resolve-locks-ts=447913359929409536] [concurrency=3]')
    w.add(9.0, fbit, f'[\u00abGOLOG\u00bb] [ info] [input:tail:tail.0] inotify_fs_add(): inode={rng.randint(1000000, 9999999)} watch_fd={rng.randint(20, 90)} name=/var/log/containers/orders-tikv-2_tidb-orders_tikv-{hexs(rng, 64)}.log')
    w.add(14.2, tikv, f'[{T}] [WARN] [endpoint.rs:880] [error-response] [err="Region error (will back off and retry) message: \\"peer is not leader for region 40311, leader may None\\" not_leader {{ region_id: 40311 }}"]')
    w.add(31.7, slow, f'# Time: \u00abISO6\u00bb')
    w.add(31.71, slow, f'# Txn_start_ts: 447913360011132929 # Query_time: 3.912 # Cop_time: 3.871 # Process_keys: 1843112 # Mem_max: 1073741824 # Prev_stmt: # Plan_digest: {hexs(rng, 64)}')
    w.add(48.3, kproxy, klog("I", 1, "proxier.go:807", '"SyncProxyRules complete" elapsed="41.2ms"'))
    w.add(66.0, tikv, f'[{T}] [WARN] [store.rs:2931] ["slow score"] [store_id=5] [slow_score=72] [inspect_latency=812ms]')

    def oom_cycle(t, pid, cid, rss_kb, failcnt):
        w.add(t, kern, f"tikv-server invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=-997", True)
        w.add(t + 0.0003, kern, f"memory: usage 16777216kB, limit 16777216kB, failcnt {failcnt}", True)
        w.add(t + 0.0006, kern, (f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,"
                                  f"oom_memcg=/kubepods.slice/kubepods-pod{pod_uid.replace('-', '_')}.slice,"
                                  f"task_memcg=/kubepods.slice/kubepods-pod{pod_uid.replace('-', '_')}.slice/cri-containerd-{cid}.scope,task=tikv-server,pid={pid},uid=0"), True)
        w.add(t + 0.0009, kern, (f"Memory cgroup out of memory: Killed process {pid} (tikv-server) total-vm:{rss_kb + 6912448}kB, "
                                  f"anon-rss:{rss_kb}kB, file-rss:51200kB, shmem-rss:0kB, UID:0 pgtables:33120kB oom_score_adj:-997"), True)
        w.add(t + 0.41, npd, klog("I", 812, "log_monitor.go:160", (
            f"New status generated: &{{Source:kernel-monitor Events:[{{Severity:warn Timestamp:\u00abGOTIME-0.41\u00bb Reason:OOMKilling "
            f"Message:Memory cgroup out of memory: Killed process {pid} (tikv-server) total-vm:{rss_kb + 6912448}kB, anon-rss:{rss_kb}kB, "
            f"file-rss:51200kB, shmem-rss:0kB, UID:0 pgtables:33120kB oom_score_adj:-997}}] Conditions:[{{Type:KernelDeadlock Status:False "
            f"Transition:2026-01-28 06:11:40 +0000 UTC Reason:KernelHasNoDeadlock Message:kernel has no deadlock}}]}}")), True)
        w.add(t + 0.09, ctrd, f'time="\u00abISO9\u00bb" level=info msg="received exit event container_id:\\"{cid}\\" id:\\"{cid}\\" pid:{pid} exit_status:137"')
        w.add(t + 0.95, kubelet, klog("I", 1923, "kubelet.go:2467", f'"SyncLoop (PLEG): event for pod" pod="{ns}/orders-tikv-2" event={{"ID":"{pod_uid}","Type":"ContainerDied","Data":"{cid}"}}'))

    oom_cycle(92.4, 48213, hexs(rng, 64), 16650212, 1843)
    for i, t in enumerate([93.1, 97.8, 104.6]):
        w.add(t, tidb, f'[{T}] [INFO] [region_cache.go:2870] ["[health check] check health error"] [store={peer}] [error="{refused}"]')
    w.add(99.2, tidb, (f'[{T}] [INFO] [conn.go:1132] ["command dispatched failed"] [conn={conn}] [session_alias=] '
                       f'[connInfo="id:{conn}, addr:10.72.1.35:{rng.randint(40000, 60000)} status:10, collation:utf8mb4_general_ci, user:order_svc"] '
                       f'[command=Execute] [status="inTxn:0, autocommit:1"] [sql="SELECT `id`,`status`,`total_cents` FROM `orders` WHERE `customer_id` = ? ORDER BY `created_at` DESC LIMIT ?"] '
                       f'[txn_mode=PESSIMISTIC] [timestamp=447913361234567169] [err="[tikv:9005]Region is unavailable"]'))
    w.add(101.5, tidb, (f'[{T}] [INFO] [conn.go:1132] ["command dispatched failed"] [conn={conn + 7}] [session_alias=] '
                        f'[connInfo="id:{conn + 7}, addr:10.72.1.36:{rng.randint(40000, 60000)} status:10, collation:utf8mb4_general_ci, user:order_svc"] '
                        f'[command=Execute] [status="inTxn:1, autocommit:0"] [sql="UPDATE `orders` SET `status` = ? WHERE `id` = ?"] '
                        f'[txn_mode=PESSIMISTIC] [timestamp=447913361290967041] [err="[tikv:9002]TiKV server timeout"]'))
    w.add(108.3, tikv, f'[{T}] [INFO] [lib.rs:91] ["Welcome to TiKV"]')
    w.add(108.31, tikv, f'[{T}] [INFO] [lib.rs:96] ["Release Version:   7.5.1"]')
    w.add(108.36, tikv, f'[{T}] [INFO] [mod.rs:74] ["cgroup quota: memory=Some(17179869184), cpu=Some(8.0), cores={{}}"]')
    w.add(108.9, tikv, f'[{T}] [WARN] [config.rs:3904] ["deprecated configuration, raftdb.info-log-dir is deprecated, use raft-engine.dir instead"]')
    w.add(141.2, tikv, f'[{T}] [INFO] [engine.rs:88] ["Recovering raft logs takes 31.278094713s"]')
    w.add(143.0, tikv, f'[{T}] [INFO] [server.rs:1087] ["TiKV is ready to serve"]')
    w.add(150.5, tidb, f'[{T}] [INFO] [region_cache.go:2895] ["[health check] store became reachable"] [store={peer}]')
    w.add(175.0, fbit, f'[\u00abGOLOG\u00bb] [ warn] [engine] failed to flush chunk \'1-{rng.randint(1700000000, 1799999999)}.{rng.randint(100000, 999999)}.flb\', retry in 9 seconds: task_id=3, input=tail.0 > output=stackdriver.0 (out_id=0)')
    w.add(184.1, fbit, f'[\u00abGOLOG\u00bb] [ info] [engine] flush chunk \'1-{rng.randint(1700000000, 1799999999)}.{rng.randint(100000, 999999)}.flb\' succeeded at retry 1: task_id=3, input=tail.0 > output=stackdriver.0 (out_id=0)')
    w.add(226.4, tikv, f'[{T}] [WARN] [store.rs:2931] ["slow score"] [store_id=5] [slow_score=64] [inspect_latency=603ms]')
    w.add(262.7, tidb, f'[{T}] [WARN] [expensivequery.go:145] [expensive_query] [cost_time=61.204s] [cop_time=58.917s] [process_time=0.003s] [num_cop_tasks=48] [mem_max="1.2 GB (1288490188 Bytes)"] [sql="SELECT `sku`, SUM(`qty`) FROM `order_lines` WHERE `created_at` > ? GROUP BY `sku`"]')

    oom_cycle(311.8, 51977, hexs(rng, 64), 16702880, 2219)
    for t in (312.6, 318.9):
        w.add(t, tidb, f'[{T}] [INFO] [region_cache.go:2870] ["[health check] check health error"] [store={peer}] [error="{refused}"]')
    w.add(315.0, tidb, (f'[{T}] [INFO] [conn.go:1132] ["command dispatched failed"] [conn={conn + 19}] [session_alias=] '
                        f'[connInfo="id:{conn + 19}, addr:10.72.1.35:{rng.randint(40000, 60000)} status:10, collation:utf8mb4_general_ci, user:order_svc"] '
                        f'[command=Execute] [status="inTxn:0, autocommit:1"] [sql="SELECT `id`,`status`,`total_cents` FROM `orders` WHERE `customer_id` = ? ORDER BY `created_at` DESC LIMIT ?"] '
                        f'[txn_mode=PESSIMISTIC] [timestamp=447913417912344577] [err="[tikv:9005]Region is unavailable"]'))
    w.add(314.2, kubelet, klog("E", 1923, "pod_workers.go:1300", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"tikv\\" with CrashLoopBackOff: \\"back-off 10s restarting failed container=tikv pod=orders-tikv-2_{ns}({pod_uid})\\"" pod="{ns}/orders-tikv-2" podUID="{pod_uid}"'))
    w.add(326.5, kubelet, klog("I", 1923, "scope.go:117", f'"RemoveContainer" containerID="{hexs(rng, 64)}"'))
    w.add(327.0, tikv, f'[{T}] [INFO] [lib.rs:91] ["Welcome to TiKV"]')
    w.add(327.01, tikv, f'[{T}] [INFO] [lib.rs:96] ["Release Version:   7.5.1"]')
    w.add(327.06, tikv, f'[{T}] [INFO] [mod.rs:74] ["cgroup quota: memory=Some(17179869184), cpu=Some(8.0), cores={{}}"]')
    w.add(331.4, kproxy, klog("I", 1, "proxier.go:807", '"SyncProxyRules complete" elapsed="38.9ms"'))
    w.add(344.8, tidb, f'[{T}] [WARN] [backoff.go:158] ["regionMiss backoffer.maxSleep 40000ms is exceeded, errors:\\nregion_id:40021, region_ver:118, store_type:tikv, peer_addr:{peer}, error:epoch_not_match:<>  at {T}"]')
    logs, ev = w.build()
    return dict(
        scenario="tikv-cgroup-oom",
        question=f"TiDB on the orders cluster keeps returning 'Region is unavailable' and TiKV server timeouts. What is going on on node {node}?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="oom_killed", component="orders-tikv",
        root_cause=("The tikv container of orders-tikv-2 is repeatedly killed by the kernel memory-cgroup OOM killer at its 16Gi limit "
                    "(anon-rss ~16.6GB); every restart spends ~30s recovering raft logs, so regions led by that store are unavailable to TiDB."),
        summary=("Two cgroup OOM kills of tikv-server within five minutes put orders-tikv-2 into CrashLoopBackOff; TiDB's 'Region is unavailable', "
                 "9002 timeouts and connection-refused health checks are downstream of the TiKV store being killed."),
        action=("Reduce TiKV memory usage below the limit (storage.block-cache.capacity is sized from the cgroup quota; cap it explicitly, "
                "e.g. ~45% of the limit, and bound the coprocessor/unified read pool) or raise the tikv memory limit in the TidbCluster spec; "
                "investigate the expensive aggregation query that coincides with the spikes."),
    )


@scenario
def eck_data_heap_oom(rng):
    ns = "search"
    w = Win(rng, "2026-02-11T08:40:00")
    cl = "catalog"
    pool = rng.randint(10000000, 99999999)
    node_of = {i: f"aks-search-{pool}-vmss00000{i}" for i in range(4)}
    cuuid = hexs(rng, 22)
    nid = {n: hexs(rng, 22) for n in ("data-0", "data-1", "data-2", "master-0")}

    def es(pod, node):
        return C(ns, f"{cl}-es-{pod}", "elasticsearch", node, app="elasticsearch",
                 service_name="elasticsearch")

    def esl(podshort, level, logger, thread, msg, extra=None):
        d = {"@timestamp": "\u00abISO3\u00bb", "log.level": level, "message": msg, "ecs.version": "1.2.0",
             "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
             "process.thread.name": thread, "log.logger": logger}
        if extra:
            d.update(extra)
        d.update({"elasticsearch.cluster.uuid": cuuid, "elasticsearch.node.id": nid[podshort],
                  "elasticsearch.node.name": f"{cl}-es-{podshort}", "elasticsearch.cluster.name": cl})
        return jl(d)

    d1 = es("data-1", node_of[2])
    d0 = es("data-0", node_of[1])
    m0 = es("master-0", node_of[0])
    api_pod = dpod(rng, "catalog-search")
    api = C(ns, api_pod, "catalog-search", node_of[3], app="catalog-search", service_name="catalog-search")
    evl = ev_agent_labels(ns)
    gcm = "org.elasticsearch.monitor.jvm.JvmGcMonitorService"
    T = "\u00abISO3\u00bb"

    def sb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [catalog-search] [{thread:>15}] {logger:<40} : {msg}"

    w.add(1.2, api, sb("INFO", "nio-8080-exec-3", "c.a.catalog.search.SearchController", "search q='trail running shoes' hits=412 took=38ms"))
    w.add(4.8, d1, esl("data-1", "WARN", gcm, "elasticsearch[catalog-es-data-1][scheduler][T#1]", "[gc][18422] overhead, spent [3.1s] collecting in the last [3.4s]"), True)
    w.add(7.5, d0, esl("data-0", "INFO", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor", "elasticsearch[catalog-es-data-0][management][T#2]",
                       "low disk watermark [85%] no longer exceeded on [" + nid["data-0"] + "][catalog-es-data-0][/usr/share/elasticsearch/data] free: 61.2gb[17.1%]"))
    w.add(12.9, d1, esl("data-1", "INFO", "org.elasticsearch.indices.breaker.HierarchyCircuitBreakerService", "elasticsearch[catalog-es-data-1][search][T#4]",
                        "attempting to trigger G1GC due to high heap usage [8291046272]"), True)
    w.add(13.4, d1, esl("data-1", "INFO", "org.elasticsearch.indices.breaker.HierarchyCircuitBreakerService", "elasticsearch[catalog-es-data-1][search][T#4]",
                        "GC did not bring memory usage down, before [8291046272], after [8302114816], allocations [41], duration [502]"), True)
    for t, q_ in ((15.1, "sneakers"), (18.6, "waterproof jacket"), (22.3, "trail running shoes")):
        w.add(t, api, sb("ERROR", f"nio-8080-exec-{rng.randint(1, 40)}", "c.a.catalog.search.SearchController",
                         f"search failed q='{q_}' status=429: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: "
                         f"[circuit_breaking_exception] [parent] Data too large, data for [<http_request>] would be [8392114816/7.8gb], which is larger than the limit of [8160437862/7.5gb], "
                         f"real usage: [8392113216/7.8gb], new bytes reserved: [1600/1.5kb], usages [inflight_requests=1600/1.5kb, request=0/0b, fielddata=3521188/3.3mb, eql_sequence=0/0b, model_inference=0/0b]"))
    w.add(19.9, d1, esl("data-1", "WARN", gcm, "elasticsearch[catalog-es-data-1][scheduler][T#1]", "[gc][18437] overhead, spent [4.1s] collecting in the last [4.3s]"), True)
    w.add(24.0, api, sb("WARN", "nio-8080-exec-11", "o.s.b.a.e.web.EndpointLinksResolver",
                        "Deprecated endpoint property 'management.endpoint.health.probes.enabled' is ignored; probes are always exposed"))
    w.add(27.4, d1, esl("data-1", "WARN", gcm, "elasticsearch[catalog-es-data-1][scheduler][T#1]", "[gc][old][18441][112] duration [9.2s], collections [1]/[9.6s], total [9.2s]/[6.1m], memory [7.9gb]->[7.8gb]/[8gb], all_pools {[young] [0b]->[0b]/[0b]}{[old] [7.8gb]->[7.8gb]/[8gb]}{[survivor] [0b]->[0b]/[0b]}"), True)
    w.add(31.2, d1, esl("data-1", "ERROR", "org.elasticsearch.bootstrap.ElasticsearchUncaughtExceptionHandler", "elasticsearch[catalog-es-data-1][search][T#7]",
                        "fatal error in thread [elasticsearch[catalog-es-data-1][search][T#7]], exiting",
                        {"error.type": "java.lang.OutOfMemoryError", "error.message": "Java heap space",
                         "error.stack_trace": "java.lang.OutOfMemoryError: Java heap space\n\tat org.apache.lucene.util.BytesRefHash.<init>(BytesRefHash.java:69)\n\tat org.elasticsearch.search.aggregations.bucket.terms.BytesKeyedBucketOrds$FromSingle.<init>(BytesKeyedBucketOrds.java:73)\n"}), True)
    w.add(31.21, d1, "java.lang.OutOfMemoryError: Java heap space", True)
    w.add(31.22, d1, "Dumping heap to data/java_pid73.hprof ...", True)
    w.add(64.9, d1, "Heap dump file created [8491230711 bytes in 33.608 secs]")
    w.add(33.0, m0, esl("master-0", "INFO", "org.elasticsearch.cluster.service.MasterService", "elasticsearch[catalog-es-master-0][masterService#updateTask][T#9]",
                        f"node-left[{{catalog-es-data-1}}{{{nid['data-1']}}}{{{hexs(rng, 22)}}}{{catalog-es-data-1}}{{10.244.2.37}}{{10.244.2.37:9300}}{{dhs}} reason: disconnected], term: 14, version: 28813, delta: removed {{{{catalog-es-data-1}}}}"))
    w.add(33.4, m0, esl("master-0", "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "elasticsearch[catalog-es-master-0][masterService#updateTask][T#9]",
                        "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{catalog-es-data-1}{" + nid["data-1"] + "} reason: disconnected])."))
    w.add(35.6, api, sb("ERROR", "nio-8080-exec-7", "c.a.catalog.search.SearchController",
                        "search failed q='gore-tex boots' status=503: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: [search_phase_execution_exception] all shards failed"))
    w.add(36.1, api, sb("WARN", "nio-8080-exec-2", "c.a.catalog.search.SearchController", "search q='socks' returned partial results: _shards.failed=2 _shards.total=6"))
    w.add(38.0, evl, ev_agent(rng, "Pod", f"{cl}-es-data-1", "Pulled", "Normal", 'Container image "docker.elastic.co/elasticsearch/elasticsearch:8.12.2" already present on machine', host=node_of[2]))
    w.add(38.4, evl, ev_agent(rng, "Pod", f"{cl}-es-data-1", "Started", "Normal", "Started container elasticsearch", host=node_of[2]))
    w.add(47.0, evl, ev_agent(rng, "Pod", f"{cl}-es-data-1", "Unhealthy", "Warning",
                              'Readiness probe failed: {"timestamp": "' + "2026-02-11T08:40:47+00:00" + '", "message": "readiness probe failed", "curl_rc": "7"}', host=node_of[2], count=3))
    w.add(71.8, d1, esl("data-1", "INFO", "org.elasticsearch.node.Node", "main", "version[8.12.2], pid[71], build[docker/48a287ab9497e852de30327444b0809e55d46466/2024-02-19T10:04:32.774273190Z], OS[Linux/5.15.0-1057-azure/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-58]"))
    w.add(72.3, d1, esl("data-1", "INFO", "org.elasticsearch.node.Node", "main", "JVM arguments [-Des.networkaddress.cache.ttl=60, -XX:+UseG1GC, -Xms8g, -Xmx8g, -XX:+HeapDumpOnOutOfMemoryError, -XX:HeapDumpPath=data]"))
    w.add(96.5, d1, esl("data-1", "INFO", "org.elasticsearch.node.Node", "main", "started {catalog-es-data-1}{" + nid["data-1"] + "}"))
    w.add(98.0, m0, esl("master-0", "INFO", "org.elasticsearch.cluster.service.MasterService", "elasticsearch[catalog-es-master-0][masterService#updateTask][T#9]",
                        f"node-join[{{catalog-es-data-1}}{{{nid['data-1']}}} joining], term: 14, version: 28822, delta: added {{{{catalog-es-data-1}}}}"))
    w.add(104.0, api, sb("INFO", "nio-8080-exec-5", "c.a.catalog.search.SearchController", "search q='rain boots' hits=77 took=912ms"))
    w.add(121.7, d0, esl("data-0", "WARN", "org.elasticsearch.deprecation.rest.RestController", "elasticsearch[catalog-es-data-0][transport_worker][T#3]",
                         "[types removal] Specifying types in search requests is deprecated.", {"event.dataset": "elasticsearch.deprecation"}))
    w.add(138.2, d1, esl("data-1", "WARN", gcm, "elasticsearch[catalog-es-data-1][scheduler][T#1]", "[gc][4183] overhead, spent [2.7s] collecting in the last [3.1s]"), True)
    w.add(142.9, api, sb("ERROR", "nio-8080-exec-31", "c.a.catalog.search.SearchController",
                         "search failed q='kids trail running shoes' status=429: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: [circuit_breaking_exception] [parent] Data too large, data for [indices:data/read/search[phase/query]] would be [8211934200/7.6gb], which is larger than the limit of [8160437862/7.5gb]"))
    w.add(149.5, d1, esl("data-1", "INFO", "org.elasticsearch.indices.breaker.HierarchyCircuitBreakerService", "elasticsearch[catalog-es-data-1][search][T#2]",
                         "attempting to trigger G1GC due to high heap usage [8224450176]"), True)
    w.add(152.3, m0, esl("master-0", "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "elasticsearch[catalog-es-master-0][masterService#updateTask][T#9]",
                         "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[products-v7][2]]])."))
    w.add(158.8, api, sb("INFO", "nio-8080-exec-9", "c.a.catalog.search.SearchController", "search q='headlamp' hits=58 took=44ms"))
    logs, ev = w.build()
    return dict(
        scenario="eck-data-heap-oom",
        question="Product search is throwing 429 circuit_breaking_exception errors. Is Elasticsearch rate limiting catalog-search?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="oom_killed", component="catalog-es-data",
        root_cause=("The catalog-es-data-1 Elasticsearch data node runs out of its 8g JVM heap (sustained GC overhead, G1GC triggered by the "
                    "parent breaker without freeing memory) and dies with java.lang.OutOfMemoryError: Java heap space; heap pressure keeps building after the restart."),
        summary=("catalog-search sees 429 circuit_breaking_exception and 'all shards failed' while catalog-es-data-1 is heap-exhausted, "
                 "crashes with OutOfMemoryError and rejoins; the cluster goes YELLOW and back. The 429s are memory breakers, not rate limits."),
        action=("Give the data nodeSet more heap/memory (or more data nodes) and find the heavy terms aggregations driving heap use; "
                "cap aggregation size (search.max_buckets) and consider lowering shard size per node."),
    )


# --------------------------------------------------------- application_error
@scenario
def payments_npe(rng):
    ns = "payments"
    w = Win(rng, "2026-02-17T19:05:00")
    nodes = [f"ip-10-42-{rng.randint(1, 60)}-{rng.randint(2, 250)}.eu-central-1.compute.internal" for _ in range(3)]
    pay = [C(ns, dpod(rng, "payments-api"), "payments-api", nodes[i], app="payments-api") for i in range(2)]
    orch = C(ns, dpod(rng, "order-orchestrator"), "order-orchestrator", nodes[2], app="order-orchestrator")
    bff_pod = dpod(rng, "checkout-bff")
    bff = C(ns, bff_pod, "checkout-bff", nodes[0], app="checkout-bff")
    T = "\u00abISO3\u00bb"

    def pj(level, logger, thread, msg, stack=None):
        d = {"@timestamp": T, "@version": "1", "message": msg, "logger_name": logger, "thread_name": thread,
             "level": level, "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
        if stack:
            d["stack_trace"] = stack
        d["traceId"] = hexs(rng, 32)
        d["spanId"] = hexs(rng, 16)
        return jl(d)

    npe = ('Cannot invoke "java.util.Currency.getCurrencyCode()" because the return value of '
           '"com.acme.payments.market.Market.settlementCurrency()" is null')
    stack = ("java.lang.NullPointerException: " + npe +
             "\n\tat com.acme.payments.authorize.AuthorizationService.buildPspRequest(AuthorizationService.java:142)"
             "\n\tat com.acme.payments.authorize.AuthorizationService.authorize(AuthorizationService.java:88)"
             "\n\tat com.acme.payments.api.PaymentController.authorize(PaymentController.java:57)"
             "\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
             "\n\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:254)\n")

    def lb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [order-orchestrator] [{thread:>15}] {logger:<40} : {msg}"

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": bff_pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    ok_markets = ["DE", "AT", "NL", "FR"]
    t = 0.7
    w.add(t, bff, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    w.add(3.2, pay[0], pj("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 housekeeper", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s287ms)."))
    fails = [14.8, 29.5, 41.1, 58.3, 77.0]
    oks = [6.1, 9.9, 21.4, 35.2, 47.6, 66.8, 84.9, 99.3]
    for i, tt in enumerate(oks):
        p = pay[i % 2]
        m = ok_markets[i % len(ok_markets)]
        w.add(tt, p, pj("INFO", "com.acme.payments.authorize.AuthorizationService", f"http-nio-8080-exec-{rng.randint(1, 50)}",
                        f"authorize ok market={m} psp=adyen amount_minor={rng.randint(1500, 42000)} latency_ms={rng.randint(140, 420)}"))
    for i, tt in enumerate(fails):
        p = pay[(i + 1) % 2]
        oid = f"ORD-{rng.randint(10000000, 99999999)}"
        th = f"http-nio-8080-exec-{rng.randint(1, 50)}"
        w.add(tt, p, pj("INFO", "com.acme.payments.api.PaymentController", th, f"authorize request order={oid} market=BE currency=EUR amount_minor={rng.randint(1500, 42000)}"))
        w.add(tt + 0.006, p, pj("ERROR", "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]", th,
                                 "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
                                 f"[Request processing failed: java.lang.NullPointerException: {npe}] with root cause", stack), True)
        w.add(tt + 0.03, orch, lb("WARN", f"nio-8080-exec-{rng.randint(1, 30)}", "c.a.o.payment.PaymentClient",
                                  f"payments authorize failed order={oid} status=500 INTERNAL_SERVER_ERROR attempt=1/3"))
        if i < 3:
            w.add(tt + 0.05, bff, pino(50, "request errored", reqId=f"req-{rhash(rng, 4)}", req={"method": "POST", "url": "/api/checkout"},
                                       res={"statusCode": 502}, err={"type": "Error", "message": "order-orchestrator responded 502: payment authorization failed",
                                                                     "stack": "Error: order-orchestrator responded 502: payment authorization failed\n    at OrchestratorClient.placeOrder (/app/dist/clients/orchestrator.js:88:13)"}))
    w.add(59.0, orch, lb("INFO", "ckoutSaga-pool-3", "c.a.o.config.ResilienceConfig",
                         "CircuitBreaker 'payments' changed state from CLOSED to OPEN (failureRate=55.0% slowCallRate=0.0% bufferedCalls=20)"))
    for tt in (60.4, 63.9, 71.2):
        w.add(tt, orch, lb("ERROR", f"nio-8080-exec-{rng.randint(1, 30)}", "c.a.o.saga.CheckoutSaga",
                           f"checkout saga failed order=ORD-{rng.randint(10000000, 99999999)} step=AUTHORIZE_PAYMENT: io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'payments' is OPEN and does not permit further calls"))
    w.add(64.5, bff, pino(50, "request errored", reqId=f"req-{rhash(rng, 4)}", req={"method": "POST", "url": "/api/checkout"},
                          res={"statusCode": 503}, err={"type": "Error", "message": "order-orchestrator responded 503: payments circuit open"}))
    w.add(69.0, orch, lb("INFO", "ckoutSaga-pool-1", "c.a.o.config.ResilienceConfig", "CircuitBreaker 'payments' changed state from OPEN to HALF_OPEN"))
    w.add(73.4, orch, lb("INFO", "ckoutSaga-pool-1", "c.a.o.config.ResilienceConfig", "CircuitBreaker 'payments' changed state from HALF_OPEN to CLOSED"))
    w.add(88.2, orch, lb("WARN", "nio-8080-exec-12", "c.a.o.payment.PaymentClient",
                         'payments authorize attempt=1/3 failed: I/O error on POST request for "http://payments-api.payments.svc.cluster.local:8080/v1/authorize": Connection reset'))
    w.add(88.6, orch, lb("INFO", "nio-8080-exec-12", "c.a.o.payment.PaymentClient", "payments authorize succeeded on attempt=2/3 order=ORD-" + str(rng.randint(10000000, 99999999))))
    for tt in (12.0, 37.7, 52.5, 81.3, 95.5):
        w.add(tt, bff, pino(30, "request completed", reqId=f"req-{rhash(rng, 4)}", res={"statusCode": 200}, responseTime=round(rng.uniform(80, 420), 3)))
    for tt in (25.6, 90.1):
        w.add(tt, bff, pino(30, "request completed", reqId=f"req-{rhash(rng, 4)}", req={"method": "GET", "url": f"/api/orders/ORD-{rng.randint(10000000, 99999999)}"},
                            res={"statusCode": 404}, responseTime=round(rng.uniform(3, 12), 3)))
    w.add(92.0, pay[1], pj("INFO", "com.acme.payments.market.MarketRegistry", "scheduling-1", "market registry refreshed: 14 markets loaded (BE settlementCurrency=null, source=markets-v3.yaml)"))
    logs, ev = w.build()
    return dict(
        scenario="payments-npe",
        question="order-orchestrator says the 'payments' circuit breaker keeps opening. Is payments-api down?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="application_error", component="payments-api",
        root_cause=("payments-api throws an unhandled NullPointerException in AuthorizationService.buildPspRequest for every Belgian (market=BE) "
                    "authorization because Market.settlementCurrency() is null for that market; each call returns HTTP 500."),
        summary=("payments-api is up and authorizes other markets, but every BE authorization fails with a NullPointerException; the 500s trip the "
                 "order-orchestrator Resilience4j circuit breaker and checkout-bff returns 502/503. The connection reset was a one-off that succeeded on retry."),
        action=("Fix the null handling in AuthorizationService (and/or populate settlementCurrency for BE in the market registry), roll out, and "
                "verify the circuit breaker stays CLOSED."),
    )


@scenario
def fx_rates_panic(rng):
    ns = "pricing"
    w = Win(rng, "2026-03-02T16:03:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-pricing-prod-default-pool-{pool}-{rhash(rng, 4)}" for _ in range(3)]
    fx = [C(ns, dpod(rng, "fx-rates"), "fx-rates", nodes[i], app="fx-rates") for i in range(2)]
    quote_pod = dpod(rng, "price-quote")
    quote = C(ns, quote_pod, "price-quote", nodes[2], app="price-quote")
    promo = C(ns, dpod(rng, "promo-engine"), "promo-engine", nodes[1], app="promo-engine")
    evl = ev_exporter_labels(ns)
    T = "\u00abISO6\u00bb"
    svc_ip = ip(rng, "10.76.12")

    def zap(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abEPOCH\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    def startup(t, p, ver_line=True):
        w.add(t, p, f"{T}  INFO fx_rates: starting fx-rates v2.14.0 (git 3f9c2ab) workers=4 bind=0.0.0.0:8080")
        w.add(t + 0.4, p, f'{T}  INFO fx_rates::feed: fetched reference rates source="https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml" currencies=29 date=2026-03-02')
        w.add(t + 0.41, p, f"{T}  INFO fx_rates::rates::cross: building cross-rate table pairs=841")

    def panic(t, p, thread):
        w.add(t, p, f"thread '{thread}' panicked at src/rates/cross.rs:88:41:", True)
        w.add(t + 0.0002, p, "called `Option::unwrap()` on a `None` value", True)
        w.add(t + 0.0004, p, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")

    # running pods, scheduled refresh after the 16:00 ECB publication
    w.add(2.0, fx[0], f'{T}  INFO actix_web::middleware::logger: 10.76.3.22 "GET /v1/rates?base=EUR HTTP/1.1" 200 2211 "-" "price-quote/1.9" 0.000412')
    w.add(4.4, quote, zap("info", "grpc/server.go:112", "finished unary call with code OK", **{"grpc.service": "pricing.v1.PriceQuoteService", "grpc.method": "Quote", "grpc.code": "OK", "grpc.time_ms": 2.81}))
    w.add(9.6, fx[1], f'{T}  INFO actix_web::middleware::logger: 10.76.3.22 "GET /v1/rates?base=USD HTTP/1.1" 200 2198 "-" "price-quote/1.9" 0.000388')
    for i, p in enumerate(fx):
        t0 = 15.0 + i * 0.35
        w.add(t0, p, f'{T}  INFO fx_rates::feed: scheduled refresh source="https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"')
        w.add(t0 + 0.5, p, f"{T}  WARN fx_rates::feed: feed currency set changed added=[] removed=[\"ISK\"] date=2026-03-02")
        w.add(t0 + 0.52, p, f"{T}  INFO fx_rates::rates::cross: building cross-rate table pairs=841")
        panic(t0 + 0.56, p, "actix-rt|system:0|arbiter:0")
    for tt in (16.9, 19.3, 24.8):
        w.add(tt, quote, zap("error", "fxclient/client.go:87", "fx lookup failed", base="EUR", quote=rng.choice(["SEK", "NOK", "ISK", "PLN"]),
                             error=f'Get "http://fx-rates.pricing.svc.cluster.local:8080/v1/rates?base=EUR": dial tcp {svc_ip}:8080: connect: connection refused'))
    w.add(17.2, quote, zap("warn", "fxclient/cache.go:41", "serving stale fx rates from cache", age="3m12s"))
    w.add(20.0, quote, zap("error", "grpc/server.go:112", "finished unary call with code Unavailable",
                           **{"grpc.service": "pricing.v1.PriceQuoteService", "grpc.method": "Quote", "grpc.code": "Unavailable", "grpc.time_ms": 4.02,
                              "error": "rpc error: code = Unavailable desc = fx rates unavailable for ISK"}))
    w.add(21.5, promo, "\u00abHMS3\u00bb [error] GRPC.RPCError: status=14 message=\"fx rates unavailable for ISK\" rpc=pricing.v1.PriceQuoteService/Quote campaign=spring-nordics")
    # restarts: crash at start-up every time
    restarts = [(31.0, 0), (31.6, 1), (58.0, 0), (59.1, 1)]
    for tt, i in restarts:
        startup(tt, fx[i])
        panic(tt + 0.46, fx[i], "main")
    w.add(40.2, evl, ev_exporter(rng, ns, "Pod", fx[0]["pod"], "Unhealthy", "Warning",
                                 f'Readiness probe failed: Get "http://10.76.3.{rng.randint(10, 90)}:8080/healthz": dial tcp 10.76.3.{rng.randint(10, 90)}:8080: connect: connection refused', host=nodes[0]))
    w.add(66.3, evl, ev_exporter(rng, ns, "Pod", fx[0]["pod"], "BackOff", "Warning",
                                 f"Back-off restarting failed container fx-rates in pod {fx[0]['pod']}_{ns}({uid(rng)})", host=nodes[0], count=3))
    w.add(67.0, evl, ev_exporter(rng, ns, "Pod", fx[1]["pod"], "BackOff", "Warning",
                                 f"Back-off restarting failed container fx-rates in pod {fx[1]['pod']}_{ns}({uid(rng)})", host=nodes[1], count=3))
    for tt in (45.5, 72.9, 97.7, 121.0):
        w.add(tt, quote, zap("error", "fxclient/client.go:87", "fx lookup failed", base="EUR", quote=rng.choice(["SEK", "NOK", "DKK", "PLN"]),
                             error=f'Get "http://fx-rates.pricing.svc.cluster.local:8080/v1/rates?base=EUR": dial tcp {svc_ip}:8080: connect: connection refused'))
    w.add(88.0, quote, zap("error", "fxclient/cache.go:55", "stale fx cache exceeded max age, refusing to quote", age="5m00s", max_age="5m0s"))
    w.add(90.4, promo, "\u00abHMS3\u00bb [warning] Oban job promo.reprice_catalog attempt 3/20 failed, retrying in 64s: %GRPC.RPCError{status: 14, message: \"fx rates unavailable\"}")
    w.add(118.0, evl, ev_exporter(rng, ns, "Pod", fx[0]["pod"], "BackOff", "Warning",
                                  f"Back-off restarting failed container fx-rates in pod {fx[0]['pod']}_{ns}({uid(rng)})", host=nodes[0], count=6))
    logs, ev = w.build()
    return dict(
        scenario="fx-rates-panic",
        question="price-quote keeps logging 'connection refused' to fx-rates. Is there a network problem in the pricing namespace?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="application_error", component="fx-rates",
        root_cause=("fx-rates panics (`Option::unwrap()` on a `None` value at src/rates/cross.rs:88) while building its cross-rate table after "
                    "ISK disappeared from the ECB feed; the panic aborts the process, and every restart panics again during warm-up."),
        summary=("Both fx-rates replicas crashed at the 16:00 refresh and are in CrashLoopBackOff; price-quote's connection refused errors and "
                 "stale-cache refusals, and promo-engine's GRPC status 14 errors, are downstream of the panic."),
        action=("Hot-fix cross.rs to handle currencies missing from the feed instead of unwrap(), or pin the currency list / roll back; "
                "then let the pods restart."),
    )


# ---------------------------------------------------------------- image_pull
@scenario
def ocp_magento_manifest_unknown(rng):
    ns = "shop-prod"
    w = Win(rng, "2026-02-24T10:31:00")
    nodes = [f"worker-0{i}.ocp4.acme.corp" for i in (1, 2, 3, 5)]
    old_rs = rhash(rng, 10)
    new_rs = rhash(rng, 10)
    old = [f"magento-web-{old_rs}-{rhash(rng, 5)}" for _ in range(3)]
    new = f"magento-web-{new_rs}-{rhash(rng, 5)}"
    evl = ev_exporter_labels(ns)
    image = "image-registry.openshift-image-registry.svc:5000/shop-prod/magento-web:2.4.7-p3-b118"
    cron_pod = f"magento-cron-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}"
    cron = C(ns, cron_pod, "cron", nodes[3], app="magento-cron")

    def ev(t, kind, name, reason, typ, msg, comp="kubelet", host=nodes[2], count=1, e=False):
        w.add(t, evl, ev_exporter(rng, ns, kind, name, reason, typ, msg, comp=comp, host=host, count=count,
                                  api="apps/v1" if kind in ("Deployment", "ReplicaSet") else "v1"), e)

    def ngx(p, node, t, method, path, status, size, rt):
        cip = f"10.128.{rng.randint(0, 6)}.{rng.randint(2, 250)}"
        w.add(t, C(ns, p, "nginx", node, app="magento-web"),
              f'{cip} - - [\u00abNGX\u00bb] "{method} {path} HTTP/1.1" {status} {size} "https://shop.acme.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36" rt={rt:.3f} uct=0.000 urt={rt:.3f}')

    ev(0.5, "Deployment", "magento-web", "ScalingReplicaSet", "Normal", f"Scaled up replica set magento-web-{new_rs} to 1", comp="deployment-controller", host="")
    ev(0.9, "Pod", new, "Scheduled", "Normal", f"Successfully assigned {ns}/{new} to {nodes[2]}", comp="default-scheduler", host="")
    ev(2.1, "Pod", new, "AddedInterface", "Normal", f"Add eth0 [10.128.4.{rng.randint(10, 250)}/23] from ovn-kubernetes", comp="multus", host="")
    ev(2.6, "Pod", new, "Pulled", "Normal", 'Container image "registry.redhat.io/ubi9/nginx-122@sha256:' + hexs(rng, 64) + '" already present on machine')
    ev(2.7, "Pod", new, "Created", "Normal", "Created container nginx")
    ev(2.9, "Pod", new, "Started", "Normal", "Started container nginx")
    ev(3.0, "Pod", new, "Pulling", "Normal", f'Pulling image "{image}"')
    fail_msg = (f'Failed to pull image "{image}": rpc error: code = Unknown desc = reading manifest 2.4.7-p3-b118 in '
                f"image-registry.openshift-image-registry.svc:5000/shop-prod/magento-web: manifest unknown: manifest unknown")
    ev(3.4, "Pod", new, "Failed", "Warning", fail_msg, e=True)
    ev(3.41, "Pod", new, "Failed", "Warning", "Error: ErrImagePull", e=True)
    ev(4.2, "Pod", new, "BackOff", "Normal", f'Back-off pulling image "{image}"', e=True)
    ev(4.21, "Pod", new, "Failed", "Warning", "Error: ImagePullBackOff", e=True)
    ev(31.0, "Pod", new, "Pulling", "Normal", f'Pulling image "{image}"', count=2)
    ev(31.5, "Pod", new, "Failed", "Warning", fail_msg, count=2, e=True)
    ev(31.51, "Pod", new, "Failed", "Warning", "Error: ErrImagePull", count=2, e=True)
    ev(90.0, "Pod", new, "Pulling", "Normal", f'Pulling image "{image}"', count=3)
    ev(90.4, "Pod", new, "Failed", "Warning", fail_msg, count=3, e=True)
    ev(90.41, "Pod", new, "Failed", "Warning", "Error: ErrImagePull", count=3, e=True)
    ev(91.3, "Pod", new, "BackOff", "Normal", f'Back-off pulling image "{image}"', count=7, e=True)
    ev(91.31, "Pod", new, "Failed", "Warning", "Error: ImagePullBackOff", count=7, e=True)
    ev(64.0, "HorizontalPodAutoscaler", "magento-web", "FailedGetResourceMetric", "Warning",
       "failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)", comp="horizontal-pod-autoscaler", host="")

    paths = [("GET", "/", 200, 48211), ("GET", "/checkout/cart/", 200, 18233), ("GET", "/catalog/product/view/id/18812", 200, 61200),
             ("POST", "/checkout/cart/add/uenc/aHR0cHM6Ly9zaG9w/product/18812/", 302, 0),
             ("GET", "/static/version1708771200/frontend/Acme/default/en_US/images/logo-old.svg", 404, 1191),
             ("GET", "/customer/section/load/?sections=cart%2Cmessages", 200, 2874), ("GET", "/robots.txt", 200, 312)]
    times = [6.2, 11.0, 17.5, 22.8, 27.3, 36.9, 44.1, 51.6, 58.0, 70.2, 77.7, 84.3, 97.1, 103.9, 110.4]
    for i, t in enumerate(times):
        m, pth, st, sz = paths[i % len(paths)]
        k = i % 3
        ngx(old[k], nodes[k], t, m, pth, st, sz, rng.uniform(0.02, 0.6) if st == 200 else 0.004)
    fpm = C(ns, old[1], "php-fpm", nodes[1], app="magento-web")
    w.add(13.3, fpm, (f'[\u00abFPM\u00bb] WARNING: [pool www] child {rng.randint(80, 300)} said into stderr: "NOTICE: PHP message: PHP Deprecated:  '
                      'Creation of dynamic property Acme\\Checkout\\Plugin\\QuotePlugin::$logger is deprecated in /var/www/html/app/code/Acme/Checkout/Plugin/QuotePlugin.php on line 41"'))
    w.add(47.0, C(ns, old[0], "php-fpm", nodes[0], app="magento-web"),
          f"[\u00abFPM\u00bb] NOTICE: [pool www] child {rng.randint(80, 300)} exited with code 0 after 3612.408121 seconds from start")
    w.add(47.01, C(ns, old[0], "php-fpm", nodes[0], app="magento-web"), f"[\u00abFPM\u00bb] NOTICE: [pool www] child {rng.randint(300, 400)} started")
    w.add(60.2, cron, "Ran jobs by schedule.")
    w.add(60.5, cron, "Cron Job indexer_reindex_all_invalid is successfully finished. Statistics: {Time:0.41s}")
    w.add(118.0, cron, "Ran jobs by schedule.")
    logs, ev_ = w.build()
    return dict(
        scenario="ocp-magento-manifest-unknown",
        question="The magento-web rollout in shop-prod on OpenShift has been stuck for 20 minutes. Why?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="ERROR", category="image_pull", component="magento-web",
        root_cause=("The new magento-web pod cannot pull image-registry.openshift-image-registry.svc:5000/shop-prod/magento-web:2.4.7-p3-b118: "
                    "the internal registry answers 'manifest unknown' because that tag was never pushed, so the pod sits in ImagePullBackOff."),
        summary=("The rollout's first new pod is stuck in ErrImagePull/ImagePullBackOff (nginx sidecar started fine); the three old pods keep serving. "
                 "The HPA metric warning, PHP deprecation notice, 404 for an old static asset and cron output are routine."),
        action=("Push the 2.4.7-p3-b118 image (or fix the tag in the Deployment, e.g. point it at the ImageStreamTag the build produced) "
                "and let the rollout continue; roll back with `oc rollout undo deployment/magento-web` if it cannot be fixed quickly."),
    )


@scenario
def windows_image_platform(rng):
    node = "akswin000002"
    w = Win(rng, "2026-03-05T13:12:00")
    kub = {"job": "windows-node/kubelet", "node": node, "service_name": "kubelet"}
    ctr = {"job": "windows-node/containerd", "node": node, "service_name": "containerd"}
    kpx = {"job": "windows-node/kube-proxy", "node": node, "service_name": "kube-proxy"}
    image = "acmeprod.azurecr.io/tax/tax-engine:4.2.0"
    old_pod = dpod(rng, "tax-engine")
    new_pod = dpod(rng, "tax-engine")
    new_uid = uid(rng)
    inv = [C("legacy-invoicing", dpod(rng, "invoice-renderer"), "invoice-renderer", node, app="invoice-renderer") for _ in range(2)]
    csi = C("kube-system", f"csi-azuredisk-node-win-{rhash(rng, 5)}", "azuredisk", node, app="csi-azuredisk-node-win")
    nf = "no match for platform in manifest: not found"

    def dn(level, cat, msg, exc=None):
        d = {"EventId": 0, "LogLevel": level, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        d["State"] = {"Message": msg, "{OriginalFormat}": msg}
        return jl(d)

    w.add(1.0, kub, klog("I", 4412, "kubelet.go:2426", f'"SyncLoop DELETE" source="api" pods=["legacy-tax/{old_pod}"]'))
    w.add(1.1, kub, klog("I", 4412, "kuberuntime_container.go:779", f'"Killing container with a grace period" pod="legacy-tax/{old_pod}" podUID="{uid(rng)}" containerName="tax-engine" containerID="containerd://{hexs(rng, 64)}" gracePeriod=30'))
    w.add(9.8, kub, klog("I", 4412, "kubelet.go:2410", f'"SyncLoop ADD" source="api" pods=["legacy-tax/{new_pod}"]'))
    w.add(10.2, kub, klog("I", 4412, "kuberuntime_manager.go:1046", f'"No sandbox for pod can be found. Need to start a new one" pod="legacy-tax/{new_pod}"'))
    w.add(14.9, ctr, f'time="\u00abISO9\u00bb" level=info msg="PullImage \\"{image}\\""')

    def pull_fail(t, backoff=False):
        w.add(t, ctr, f'time="\u00abISO9\u00bb" level=error msg="PullImage \\"{image}\\" failed" error="failed to pull and unpack image \\"{image}\\": {nf}"', True)
        w.add(t + 0.002, kub, klog("E", 4412, "remote_image.go:180", f'"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"{image}\\": {nf}" image="{image}"'), True)
        w.add(t + 0.003, kub, klog("E", 4412, "kuberuntime_image.go:55", f'"Failed to pull image" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"{image}\\": {nf}" image="{image}"'), True)
        w.add(t + 0.005, kub, klog("E", 4412, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"tax-engine\\" with ErrImagePull: '
                                                                       f'\\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"{image}\\\\\\": {nf}\\"" pod="legacy-tax/{new_pod}" podUID="{new_uid}"')), True)

    pull_fail(16.3)
    w.add(17.0, kub, klog("E", 4412, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"tax-engine\\" with ImagePullBackOff: '
                                                             f'\\"Back-off pulling image \\\\\\"{image}\\\\\\"\\"" pod="legacy-tax/{new_pod}" podUID="{new_uid}"')), True)
    w.add(43.0, ctr, f'time="\u00abISO9\u00bb" level=info msg="PullImage \\"{image}\\""')
    pull_fail(44.1)
    w.add(71.5, kub, klog("E", 4412, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"tax-engine\\" with ImagePullBackOff: '
                                                             f'\\"Back-off pulling image \\\\\\"{image}\\\\\\"\\"" pod="legacy-tax/{new_pod}" podUID="{new_uid}"')), True)
    w.add(101.0, ctr, f'time="\u00abISO9\u00bb" level=info msg="PullImage \\"{image}\\""')
    pull_fail(102.6)

    exc = ("System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (tax-engine.legacy-tax.svc.cluster.local:80)\r\n"
           " ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.\r\n"
           "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\r\n"
           "   --- End of inner exception stack trace ---\r\n   at InvoiceRenderer.Tax.TaxClient.CalculateAsync(Invoice invoice) in C:\\src\\InvoiceRenderer\\Tax\\TaxClient.cs:line 61")
    for i, t in enumerate([21.2, 33.7, 49.0, 62.4, 80.9, 95.3, 112.0]):
        p = inv[i % 2]
        w.add(t, p, dn("Error", "InvoiceRenderer.Tax.TaxClient", f"Tax calculation failed for invoice INV-2026-{rng.randint(100000, 999999)}", exc))
    for t in (28.0, 88.8):
        w.add(t, inv[0], dn("Warning", "InvoiceRenderer.Jobs.RenderQueue", f"Render queue backlog growing: pending=412 oldest=00:{int(t // 10):02d}:41 retryPolicy=exponential"))
    w.add(5.5, inv[1], dn("Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080"))
    w.add(38.2, inv[1], dn("Warning", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository",
                           "Using an in-memory repository. Keys will not be persisted to storage."))
    for t in (7.0, 52.5, 96.0):
        w.add(t, kpx, klog("I", 3056, "proxier.go:1170", f'"Syncing proxy rules complete" elapsed="{rng.uniform(80, 190):.1f}ms"'))
    for t in (12.0, 66.0):
        w.add(t, csi, klog("I", 5120, "utils.go:77", "GRPC call: /csi.v1.Node/NodeGetCapabilities"))
    w.add(75.0, kub, klog("I", 4412, "kubelet.go:2498", '"SyncLoop (probe)" probe="liveness" status="healthy" pod="kube-system/' + csi["pod"] + '"'))
    logs, ev = w.build()
    return dict(
        scenario="windows-image-platform",
        question=f"Invoices stopped rendering on the Windows pool. Is the Windows node {node} broken?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="image_pull", component="tax-engine",
        root_cause=(f"The new tax-engine pod on {node} cannot pull {image}: containerd reports 'no match for platform in manifest' because the 4.2.0 "
                    "image was published for linux/amd64 only and has no windows/amd64 (ltsc2022) entry. With the Recreate strategy the old pod is already gone."),
        summary=("tax-engine has no running pod (ErrImagePull/ImagePullBackOff), so invoice-renderer's calls to tax-engine are refused and its queue grows. "
                 "The node itself is healthy: kubelet, kube-proxy and CSI run normally."),
        action=("Publish a Windows (or multi-arch) manifest for tax-engine:4.2.0, or roll the Deployment back to the previous Windows image tag."),
    )


# ------------------------------------------------------------- probe_failure
@scenario
def connect_liveness_rebalance(rng):
    ns = "streaming"
    w = Win(rng, "2026-02-19T02:47:00")
    nodes = [f"k8s-worker-{i:02d}.dc1.acme.local" for i in (4, 9, 11)]
    rs = rhash(rng, 10)
    pods = [f"kafka-connect-{rs}-{rhash(rng, 5)}" for _ in range(3)]
    ips = [f"10.244.{rng.randint(1, 9)}.{rng.randint(10, 250)}" for _ in range(3)]
    kc = [C(ns, pods[i], "kafka-connect", nodes[i], app="kafka-connect") for i in range(3)]
    evl = ev_agent_labels(ns)
    idx = C(ns, dpod(rng, "search-indexer"), "search-indexer", nodes[1], app="search-indexer")
    T = "\u00abLBC\u00bb"

    def cl(i, level, msg, src):
        return f"[{T}] {level} [Worker clientId=connect-{ips[i]}:8083, groupId=connect-cluster] {msg} ({src})"

    def plain(level, msg, src):
        return f"[{T}] {level} {msg} ({src})"

    gen = [412]

    def rebalance(t, start_i):
        gen[0] += 1
        g = gen[0]
        for k, i in enumerate((0, 1, 2)):
            if i == start_i:
                continue
            tt = t + k * 0.21
            w.add(tt, kc[i], cl(i, "INFO", "Rebalance started", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:231"))
            w.add(tt + 0.002, kc[i], cl(i, "INFO", "(Re-)joining group", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:576"))
        lead = 1 if start_i != 1 else 2
        w.add(t + 3.1, kc[lead], cl(lead, "INFO", (f"Joined group at generation {g} with protocol version 2 and got assignment: Assignment{{error=0, "
                                                    f"leader='connect-{ips[lead]}:8083-{hexs(rng, 8)}', leaderUrl='http://{ips[lead]}:8083/', offset=1734, "
                                                    f"connectorIds=[orders-mysql, customers-mysql], taskIds=[orders-mysql-0, customers-mysql-0], revokedConnectorIds=[], "
                                                    f"revokedTaskIds=[], delay=0}} with rebalance delay: 0"),
                                    "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2376"))
        w.add(t + 3.2, kc[lead], cl(lead, "INFO", "Starting connectors and tasks using config offset 1734", "org.apache.kafka.connect.runtime.distributed.DistributedHerder:1860"))

    def probe_kill(t, i, count):
        url = f"http://{ips[i]}:8083/connectors"
        msg = f'Get "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
        w.add(t, evl, ev_agent(rng, "Pod", pods[i], "Unhealthy", "Warning", f"Readiness probe failed: {msg}", host=nodes[i], count=count), True)
        w.add(t + 4.0, evl, ev_agent(rng, "Pod", pods[i], "Unhealthy", "Warning", f"Liveness probe failed: {msg}", host=nodes[i], count=count + 1), True)
        w.add(t + 4.01, evl, ev_agent(rng, "Pod", pods[i], "Killing", "Normal", "Container kafka-connect failed liveness probe, will be restarted", host=nodes[i]), True)
        w.add(t + 4.4, kc[i], plain("INFO", "Kafka Connect stopping", "org.apache.kafka.connect.runtime.Connect:67"))
        w.add(t + 4.6, kc[i], f"[{T}] INFO [orders-mysql|task-0] Stopping down connector (io.debezium.connector.common.BaseSourceTask:289)")
        w.add(t + 9.7, kc[i], f"[{T}] ERROR [orders-mysql|task-0] Graceful stop of task orders-mysql-0 failed. (org.apache.kafka.connect.runtime.Worker:1036)")

    def rest_timeout(t, i):
        w.add(t, kc[i], f'[{T}] INFO {ips[i].rsplit(".", 1)[0]}.1 - - [\u00abNGX-90\u00bb] "GET /connectors HTTP/1.1" 500 48 "-" "kube-probe/1.28" {rng.randint(90001, 90040)} (org.apache.kafka.connect.runtime.rest.RestServer:62)', True)

    def boot(t, i):
        w.add(t, kc[i], plain("INFO", "Kafka Connect worker initializing ...", "org.apache.kafka.connect.cli.AbstractConnectCli:114"))
        w.add(t + 2.2, kc[i], plain("WARN", "The configuration 'schema.registry.url' was supplied but isn't a known config.", "org.apache.kafka.clients.admin.AdminClientConfig:385"))
        w.add(t + 5.9, kc[i], plain("INFO", f"Kafka Connect distributed worker initialization took {rng.randint(5200, 6400)}ms", "org.apache.kafka.connect.cli.AbstractConnectCli:141"))
        w.add(t + 6.3, kc[i], plain("INFO", f"REST server listening at http://{ips[i]}:8083/, advertising URL http://{ips[i]}:8083/", "org.apache.kafka.connect.runtime.rest.RestServer:205"))

    w.add(0.8, kc[1], f"[{T}] INFO [orders-mysql|task-0] 1843 records sent during previous 00:01:00.104, last recorded offset of {{server=orders}} partition is {{transaction_id=null, file=mysql-bin.004211, pos={rng.randint(1000000, 9999999)}, row=1, event=2}} (io.debezium.connector.common.BaseSourceTask:213)")
    boot(2.0, 0)
    rebalance(8.6, 0)
    w.add(12.0, idx, jl({"level": "warn", "ts": "\u00abISO3\u00bb", "msg": "consumer lag above threshold", "topic": "orders.inventory.orders", "group": "search-indexer", "lag": 48211}))
    probe_kill(26.0, 1, 3)
    boot(41.0, 1)
    rebalance(47.5, 1)
    w.add(52.0, kc[2], f"[{T}] INFO [customers-mysql|task-0] Snapshot step 1 - Preparing (io.debezium.relational.RelationalSnapshotChangeEventSource:126)")
    probe_kill(63.0, 2, 3)
    w.add(64.2, idx, jl({"level": "warn", "ts": "\u00abISO3\u00bb", "msg": "consumer lag above threshold", "topic": "orders.inventory.orders", "group": "search-indexer", "lag": 61877}))
    rest_timeout(98.7, 0)
    boot(78.0, 2)
    rebalance(84.6, 2)
    probe_kill(101.0, 0, 4)
    w.add(107.5, idx, jl({"level": "info", "ts": "\u00abISO3\u00bb", "msg": "bulk index ok", "index": "orders-v3", "docs": 500, "errors": 0, "took_ms": 211}))
    w.add(112.0, kc[1], f"[{T}] INFO [orders-mysql|task-0] Connected to MySQL binlog at mysql-primary.inventory.svc:3306, starting at MySqlOffsetContext [sourceInfoSchema=Schema{{io.debezium.connector.mysql.Source:STRUCT}}, sourceInfo=SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin.004211, currentBinlogPosition={rng.randint(1000000, 9999999)}, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], snapshotCompleted=false, transactionContext=TransactionContext [currentTransactionId=null, perTableEventCount={{}}, totalEventCount=0], restartGtidSet=null, currentGtidSet=null, restartBinlogFilename=mysql-bin.004211, restartBinlogPosition={rng.randint(1000000, 9999999)}, restartRowsToSkip=1, restartEventsToSkip=2, currentEventLengthInBytes=0, inTransaction=false, transactionId=null, incrementalSnapshotContext =IncrementalSnapshotContext [windowOpened=false, chunkEndPosition=null, dataCollectionsToSnapshot=[], lastEventKeySent=null, maximumKey=null]] (io.debezium.connector.mysql.MySqlStreamingChangeEventSource:1131)")
    logs, ev = w.build()
    return dict(
        scenario="connect-liveness-rebalance",
        question="CDC into the search index is far behind and the Debezium connectors keep rebalancing. What is the root cause?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="probe_failure", component="kafka-connect",
        root_cause=("The kafka-connect liveness and readiness probes call GET /connectors with a 1s timeout; that endpoint blocks for up to 90s "
                    "while the worker group rebalances, so the kubelet kills a worker, whose restart triggers the next rebalance on the others."),
        summary=("A probe-driven restart loop: each worker restart causes a group rebalance, the REST API stalls, the probes on another worker time out and "
                 "it is killed in turn. The Debezium tasks are healthy between restarts, but search-indexer lag keeps growing."),
        action=("Point the probes at a cheap endpoint (GET / or a TCP check on 8083), raise timeoutSeconds/failureThreshold, and consider "
                "scheduled.rebalance.max.delay.ms so a restarting worker does not trigger an immediate full rebalance."),
    )


@scenario
def inventory_readiness_404(rng):
    ns = "commerce"
    w = Win(rng, "2026-03-09T11:22:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-commerce-prod-pool-2-{pool}-{rhash(rng, 4)}" for _ in range(4)]
    old_rs, new_rs = rhash(rng, 10), rhash(rng, 10)
    old = [f"inventory-service-{old_rs}-{rhash(rng, 5)}" for _ in range(3)]
    new = [f"inventory-service-{new_rs}-{rhash(rng, 5)}" for _ in range(2)]
    evl = ev_agent_labels(ns)
    bff_pod = dpod(rng, "storefront-bff")
    bff = C(ns, bff_pod, "storefront-bff", nodes[3], app="storefront-bff")
    T = "\u00abISO3\u00bb"

    def sb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [inventory-service] [{thread:>15}] {logger:<40} : {msg}"

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": bff_pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    def ev(t, kind, name, reason, typ, msg, comp="kubelet", host="", count=1, e=False):
        w.add(t, evl, ev_agent(rng, kind, name, reason, typ, msg, comp=comp, host=host, count=count), e)

    ev(0.4, "Deployment", "inventory-service", "ScalingReplicaSet", "Normal", f"Scaled up replica set inventory-service-{new_rs} to 1", comp="deployment-controller")
    ev(0.6, "Deployment", "inventory-service", "ScalingReplicaSet", "Normal", f"Scaled down replica set inventory-service-{old_rs} to 3 from 4", comp="deployment-controller")
    ev(0.8, "Deployment", "inventory-service", "ScalingReplicaSet", "Normal", f"Scaled up replica set inventory-service-{new_rs} to 2 from 1", comp="deployment-controller")
    for k, p in enumerate(new):
        n = nodes[k]
        ev(1.0 + k * 0.1, "Pod", p, "Scheduled", "Normal", f"Successfully assigned {ns}/{p} to {n}", comp="default-scheduler")
        ev(2.3 + k * 0.2, "Pod", p, "Pulled", "Normal", 'Container image "europe-docker.pkg.dev/acme-prod/commerce/inventory-service:3.8.0" already present on machine', host=n)
        ev(2.5 + k * 0.2, "Pod", p, "Started", "Normal", "Started container inventory-service", host=n)
        L = C(ns, p, "inventory-service", n, app="inventory-service")
        b = 4.0 + k * 0.6
        w.add(b, L, sb("INFO", "main", "com.acme.inventory.InventoryApplication", f"Starting InventoryApplication v3.8.0 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)"))
        w.add(b + 0.1, L, sb("INFO", "main", "com.acme.inventory.InventoryApplication", 'The following 1 profile is active: "prod"'))
        w.add(b + 6.8, L, sb("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''"))
        w.add(b + 7.4, L, sb("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8081 (http) with context path ''"))
        w.add(b + 7.5, L, sb("INFO", "main", "com.acme.inventory.InventoryApplication", f"Started InventoryApplication in {rng.uniform(10.5, 12.5):.3f} seconds (process running for {rng.uniform(12.6, 13.9):.3f})"))
        for j, tt in enumerate([b + 16.0, b + 26.0, b + 56.0, b + 96.0]):
            w.add(tt, L, sb("WARN", f"nio-8080-exec-{j + 1}", ".w.s.m.s.DefaultHandlerExceptionResolver",
                            "Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource actuator/health/readiness.]"), True)
        ev(b + 16.01, "Pod", p, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=n, count=2, e=True)
        ev(b + 96.01, "Pod", p, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=n, count=11, e=True)
    for i, tt in enumerate([3.3, 14.0, 29.8, 47.2, 63.5, 81.0, 99.9, 114.6]):
        k = i % 3
        L = C(ns, old[k], "inventory-service", nodes[(k + 1) % 4], app="inventory-service")
        w.add(tt, L, sb("INFO", f"nio-8080-exec-{rng.randint(1, 60)}", "c.a.inventory.api.ReservationController",
                        f"reserved sku={rng.randint(100000, 999999)} qty={rng.randint(1, 4)} warehouse=FRA-2 took={rng.randint(4, 30)}ms"))
    for tt in (8.6, 40.1, 71.3, 105.2):
        w.add(tt, bff, pino(30, "request completed", req={"method": "GET", "url": "/api/products/" + str(rng.randint(100000, 999999)) + "/availability"},
                            res={"statusCode": 200}, responseTime=round(rng.uniform(9, 60), 3)))
    w.add(55.7, bff, pino(30, "request completed", req={"method": "GET", "url": "/api/products/000000/availability"}, res={"statusCode": 404}, responseTime=3.114))
    w.add(88.4, bff, pino(40, "inventory call failed, retrying", attempt=1, err={"type": "AxiosError", "message": "timeout of 2000ms exceeded", "code": "ECONNABORTED"}))
    w.add(88.9, bff, pino(30, "inventory call succeeded after retry", attempt=2, responseTime=412.6))
    logs, ev_ = w.build()
    return dict(
        scenario="inventory-readiness-404",
        question="The deploy pipeline timed out waiting for the inventory-service rollout. Is inventory-service down?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="ERROR", category="probe_failure", component="inventory-service",
        root_cause=("The new inventory-service 3.8.0 pods start fine but the readiness probe still targets /actuator/health/readiness on port 8080; "
                    "3.8.0 serves actuator on the management port 8081, so the probe gets 404 and the pods never become Ready."),
        summary=("The rollout is stalled with two unready new pods and three old pods still serving (capacity reduced from 4 to 3). "
                 "inventory-service itself is not down; the single 2s timeout succeeded on retry and the 404 for SKU 000000 is a normal miss."),
        action=("Change the readiness probe to port 8081 (management port) or set management.server.port back to 8080, then resume the rollout."),
    )


# ---------------------------------------------------------------- scheduling
@scenario
def meilisearch_pending(rng):
    ns = "docs-search"
    w = Win(rng, "2026-02-27T06:14:00")
    nodes = [f"ip-10-31-{rng.randint(1, 90)}-{rng.randint(2, 250)}.us-east-2.compute.internal" for _ in range(3)]
    meili = C(ns, "meilisearch-0", "meilisearch", nodes[0], app="meilisearch")
    portal_pods = [dpod(rng, "docs-portal") for _ in range(2)]
    portal = [C(ns, p, "docs-portal", nodes[1 + i], app="docs-portal") for i, p in enumerate(portal_pods)]
    idx_pod = f"docs-indexer-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}"
    idx = C(ns, idx_pod, "docs-indexer", nodes[2], app="docs-indexer")
    evl = ev_exporter_labels(ns)
    svc = ip(rng, "172.20.88")

    def ev(t, kind, name, reason, typ, msg, comp, host="", count=1, e=False):
        w.add(t, evl, ev_exporter(rng, ns, kind, name, reason, typ, msg, comp=comp, host=host, count=count,
                                  api="apps/v1" if kind == "StatefulSet" else "v1"), e)

    def pino(i, level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": portal_pods[i]}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    for t in (0.6, 4.1):
        w.add(t, meili, f'[\u00abISOS\u00bb INFO  actix_web::middleware::logger] 10.31.{rng.randint(1, 90)}.{rng.randint(2, 250)} "POST /indexes/docs/search HTTP/1.1" 200 {rng.randint(900, 4000)} "-" "Meilisearch JavaScript (v0.37.0)" 0.00{rng.randint(1000, 9999)}')
    ev(6.2, "Pod", "meilisearch-0", "Killing", "Normal", "Stopping container meilisearch", "kubelet", host=nodes[0])
    ev(9.0, "StatefulSet", "meilisearch", "SuccessfulCreate", "Normal", "create Pod meilisearch-0 in StatefulSet meilisearch successful", "statefulset-controller")
    fs = ("0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unschedulable: }, 2 Insufficient memory, "
          "4 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are available: 2 No preemption victims found for incoming pod, "
          "5 Preemption is not helpful for scheduling.")
    ev(9.2, "Pod", "meilisearch-0", "FailedScheduling", "Warning", fs, "default-scheduler", e=True)
    ev(19.5, "Pod", "meilisearch-0", "NotTriggerScaleUp", "Normal",
       "pod didn't trigger scale-up: 1 max node group size reached, 3 node(s) didn't match Pod's node affinity/selector", "cluster-autoscaler", e=True)
    ev(70.4, "Pod", "meilisearch-0", "FailedScheduling", "Warning", fs, "default-scheduler", count=3, e=True)
    ev(80.0, "Pod", "meilisearch-0", "NotTriggerScaleUp", "Normal",
       "pod didn't trigger scale-up: 1 max node group size reached, 3 node(s) didn't match Pod's node affinity/selector", "cluster-autoscaler", count=4, e=True)
    ev(131.0, "Pod", "meilisearch-0", "FailedScheduling", "Warning", fs, "default-scheduler", count=5, e=True)
    err = (f"request to http://meilisearch.docs-search.svc.cluster.local:7700/indexes/docs/search failed, reason: connect ECONNREFUSED {svc}:7700")
    for k, t in enumerate([11.3, 17.9, 26.4, 38.0, 52.6, 66.1, 88.8, 103.5, 121.7]):
        i = k % 2
        w.add(t, portal[i], pino(i, 50, "search request failed", reqId=f"req-{rhash(rng, 4)}", q=rng.choice(["helm values", "ingress tls", "sso setup", "rate limits", "webhooks"]),
                                 err={"type": "MeiliSearchCommunicationError", "message": err, "code": "ECONNREFUSED",
                                      "stack": f"MeiliSearchCommunicationError: {err}\n    at HttpRequests.request (/app/node_modules/meilisearch/dist/bundles/meilisearch.cjs:556:23)"}))
    for t in (14.0, 59.9, 98.2):
        w.add(t, portal[0], pino(0, 30, "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=0.41))
    w.add(44.4, portal[1], pino(1, 30, "request completed", req={"method": "GET", "url": "/docs/v1/legacy-sso"}, res={"statusCode": 404}, responseTime=2.2))
    w.add(2.0, portal[1], "(node:1) ExperimentalWarning: The Fetch API is an experimental feature. This feature could change at any time")
    pyerr = ("meilisearch.errors.MeilisearchCommunicationError: MeilisearchCommunicationError, HTTPConnectionPool(host='meilisearch.docs-search.svc.cluster.local', port=7700): "
             "Max retries exceeded with url: /indexes/docs/documents?primaryKey=id (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2b9d50>: "
             "Failed to establish a new connection: [Errno 111] Connection refused'))")
    w.add(30.0, idx, f"\u00abLBC\u00bb INFO docs_indexer: crawling 1204 pages from https://docs.acme.dev/sitemap.xml")
    w.add(48.5, idx, f"\u00abLBC\u00bb WARNING docs_indexer: upload batch 1/25 failed (attempt 1/5), retrying in 4s")
    w.add(48.6, idx, pyerr)
    w.add(57.0, idx, f"\u00abLBC\u00bb WARNING docs_indexer: upload batch 1/25 failed (attempt 2/5), retrying in 8s")
    w.add(57.1, idx, pyerr)
    w.add(113.0, idx, f"\u00abLBC\u00bb ERROR docs_indexer: giving up after 5 attempts; 0/1204 documents indexed")
    logs, ev_ = w.build()
    return dict(
        scenario="meilisearch-pending",
        question="Docs search is erroring with 'connect ECONNREFUSED' to meilisearch since early this morning. What happened?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="CRITICAL", category="scheduling", component="meilisearch",
        root_cause=("meilisearch-0 was stopped when its node was cordoned and drained, and the recreated pod cannot be scheduled: the two nodes "
                    "matching its node selector have insufficient memory for its request, the third is unschedulable, and the cluster autoscaler "
                    "cannot add a node because that node group is at its maximum size."),
        summary=("The single-replica Meilisearch StatefulSet has no running pod, so its Service has no endpoints and docs-portal and docs-indexer "
                 "get connection refused. The refusals are a symptom; the pod is Pending on FailedScheduling/NotTriggerScaleUp."),
        action=("Raise the max size of the search node group (or free memory on the search nodes), or lower the Meilisearch memory request so "
                "it fits; consider a PodDisruptionBudget so a drain cannot take the only replica."),
    )


@scenario
def knative_quota(rng):
    ns = "storefront"
    w = Win(rng, "2026-03-13T18:00:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-storefront-prod-pool-3-{pool}-{rhash(rng, 4)}" for _ in range(4)]
    rev = "checkout-00042"
    rs = f"{rev}-deployment-{rhash(rng, 10)}"
    cks = [f"{rs}-{rhash(rng, 5)}" for _ in range(3)]
    web_pod = dpod(rng, "storefront-web")
    web = C(ns, web_pod, "storefront-web", nodes[3], app="storefront-web")
    evl = ev_exporter_labels(ns)

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": web_pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    def qp(p, sev, msg):
        return jl({"severity": sev, "timestamp": "\u00abISO6\u00bb", "logger": "queueproxy", "caller": "sharedmain/main.go:271",
                   "message": msg, "commit": "f1bd929", "knative.dev/key": f"{ns}/{rev}", "knative.dev/pod": p})

    def acc(t, p, n, status, tf):
        w.add(t, C(ns, p, "user-container", n, app="checkout", service_name="checkout"),
              f'127.0.0.1 [\u00abNGX\u00bb] "POST /api/checkout HTTP/1.1" {status} {rng.randint(500, 900)} "-" "Go-http-client/1.1" {tf:.6f}')

    # a pod created just before the quota was hit starts (probe noise at start-up)
    newp = cks[2]
    w.add(1.0, evl, ev_exporter(rng, ns, "Pod", newp, "Started", "Normal", "Started container queue-proxy", host=nodes[2]))
    w.add(1.5, C(ns, newp, "queue-proxy", nodes[2], app="checkout", service_name="checkout"), qp(newp, "INFO", "Starting queue-proxy"))
    w.add(2.2, evl, ev_exporter(rng, ns, "Pod", newp, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[2]))
    w.add(3.4, C(ns, newp, "user-container", nodes[2], app="checkout", service_name="checkout"), "======== Running on http://0.0.0.0:8080 ========")
    w.add(3.41, C(ns, newp, "user-container", nodes[2], app="checkout", service_name="checkout"), "(Press CTRL+C to quit)")
    quota_used = [19500, 19500, 19750, 19750, 19750]
    for k, t in enumerate([6.0, 21.5, 44.0, 77.2, 118.0]):
        pn = f"{rs}-{rhash(rng, 5)}"
        msg = (f'Error creating: pods "{pn}" is forbidden: exceeded quota: storefront-compute, requested: requests.cpu=1250m, '
               f"used: requests.cpu={quota_used[k]}m, limited: requests.cpu=20")
        w.add(t, evl, ev_exporter(rng, ns, "ReplicaSet", rs, "FailedCreate", "Warning", msg, comp="replicaset-controller", api="apps/v1",
                                  count=1 + k * 3), True)
    tf = [0.41, 0.62, 1.8, 2.9, 3.7, 4.4, 4.1, 3.2, 2.4, 1.1]
    for k, t in enumerate([4.0, 12.2, 19.9, 30.5, 41.7, 55.0, 68.8, 84.6, 99.1, 112.4]):
        i = k % 3
        acc(t, cks[i], nodes[i], 200, tf[k] + rng.uniform(0, 0.2))
    for t, rt in ((33.1, 4812.2), (47.9, 5390.7), (71.4, 4410.9)):
        w.add(t, web, pino(40, "slow upstream", upstream="checkout", route="/api/checkout", responseTime=rt))
    for t in (52.2, 63.0):
        w.add(t, web, pino(50, "request errored", req={"method": "POST", "url": "/checkout/submit"}, res={"statusCode": 503},
                           err={"type": "Error", "message": "checkout responded 503: activator request timeout"}))
    w.add(26.0, web, pino(30, "request completed", req={"method": "GET", "url": "/products/gift-card-50"}, res={"statusCode": 404}, responseTime=1.9))
    w.add(91.5, web, pino(30, "request completed", req={"method": "POST", "url": "/checkout/submit"}, res={"statusCode": 200}, responseTime=1320.4))
    w.add(58.0, C(ns, cks[0], "user-container", nodes[0], app="checkout", service_name="checkout"),
          f"\u00abLBC\u00bb WARNING checkout.payments: psp authorize took 2.91s (budget 2.5s) order=SO-{rng.randint(1000000, 9999999)}")
    logs, ev_ = w.build()
    return dict(
        scenario="knative-quota",
        question="Checkout latency spiked during the flash sale and Knative should have scaled out. Why didn't it?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="WARN", category="scheduling", component="checkout",
        root_cause=("The Knative autoscaler asks for more checkout pods, but the ReplicaSet cannot create them: the storefront-compute ResourceQuota "
                    "(requests.cpu=20) is exhausted, so every new pod is forbidden at admission and the revision stays at three pods."),
        summary=("Checkout is capped at three replicas during the sale; latency climbs to 4-5s and a few requests time out in the activator "
                 "(503), then eases as load drops. The start-up readiness failure of the last pod and the 404 are noise."),
        action=("Raise the storefront-compute quota (or lower checkout's CPU request / set a realistic max-scale) before the next sale; "
                "check quota headroom as part of capacity planning."),
    )


# ------------------------------------------------------------ dns_resolution
@scenario
def nodelocaldns_loop(rng):
    node = "k8s-worker-07"
    w = Win(rng, "2026-02-09T07:41:00")
    nld_pod = f"node-local-dns-{rhash(rng, 5)}"
    nld = C("kube-system", nld_pod, "node-cache", node, app="node-local-dns", service_name="node-local-dns")
    kubelet = journal(node, "kubelet.service")
    resolved = journal(node, "systemd-resolved.service")
    kpx = C("kube-system", f"kube-proxy-{rhash(rng, 5)}", "kube-proxy", node, app="kube-proxy")
    calico = C("calico-system", f"calico-node-{rhash(rng, 5)}", "calico-node", node, app="calico-node")
    lw_pod = dpod(rng, "ledger-writer")
    lw = C("payments", lw_pod, "ledger-writer", node, app="ledger-writer")
    osvc = C("orders", dpod(rng, "orders-service"), "orders-service", node, app="orders-service")
    pod_ip = f"10.244.7.{rng.randint(10, 250)}"
    nld_uid = uid(rng)

    def boot(t):
        G = "\u00abGOLOG\u00bb"
        w.add(t, nld, f"{G} [INFO] Starting node-cache image: 1.22.28")
        w.add(t + 0.01, nld, f"{G} [INFO] Using Corefile /etc/Corefile")
        w.add(t + 0.02, nld, f"{G} [INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/resolv.conf")
        w.add(t + 0.05, nld, "cluster.local.:53 on 169.254.20.10")
        w.add(t + 0.051, nld, ".:53 on 169.254.20.10")
        w.add(t + 0.052, nld, f"[INFO] plugin/reload: Running configuration SHA512 = {hexs(rng, 32)}")
        w.add(t + 0.053, nld, "CoreDNS-1.10.1")
        w.add(t + 0.054, nld, "linux/amd64, go1.21.6, ")
        w.add(t + 0.31, nld, (f'[FATAL] plugin/loop: Loop (169.254.20.10:{rng.randint(32768, 60999)} -> 169.254.20.10:53) detected for zone ".", '
                              f'see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {rng.randint(10**18, 9 * 10**18)}.{rng.randint(10**18, 9 * 10**18)}."'), True)

    w.add(0.5, resolved, "Switching to DNS server 169.254.20.10 for interface ens192.", True)
    w.add(0.9, journal(node, "cloud-init.service"), "Cloud-init v. 23.4.4-0ubuntu0~22.04.1 running 'modules:config' at \u00abGOTIME\u00bb. Up 1843122.71 seconds.")
    boot(8.0)
    w.add(8.6, kubelet, klog("I", 1102, "kubelet.go:2467", f'"SyncLoop (PLEG): event for pod" pod="kube-system/{nld_pod}" event={{"ID":"{nld_uid}","Type":"ContainerDied","Data":"{hexs(rng, 64)}"}}'))
    w.add(9.0, kubelet, klog("E", 1102, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"node-cache\\" with CrashLoopBackOff: '
                                                                f'\\"back-off 1m20s restarting failed container=node-cache pod={nld_pod}_kube-system({nld_uid})\\"" pod="kube-system/{nld_pod}" podUID="{nld_uid}"')))
    dnserr = lambda host: f"lookup {host} on 169.254.20.10:53: read udp {pod_ip}:{rng.randint(32768, 60999)}->169.254.20.10:53: read: connection refused"
    for t in (12.4, 31.0, 47.9, 70.2, 98.8):
        w.add(t, lw, jl({"level": "error", "ts": "\u00abEPOCH\u00bb", "caller": "store/pool.go:64", "msg": "failed to connect",
                         "error": ("failed to connect to `host=cockroachdb-public.crdb.svc.cluster.local user=ledger database=ledger`: "
                                   f"hostname resolving error ({dnserr('cockroachdb-public.crdb.svc.cluster.local')})")}))
    w.add(13.0, lw, jl({"level": "warn", "ts": "\u00abEPOCH\u00bb", "caller": "outbox/relay.go:118", "msg": "outbox relay paused", "pending": 1841}))
    for t in (19.7, 55.3, 88.0):
        w.add(t, osvc, f"\u00abLB\u00bb  WARN 1 --- [orders-service] [ntainer#0-0-C-1] org.apache.kafka.clients.NetworkClient        : [Consumer clientId=consumer-orders-1, groupId=orders] Error connecting to node kafka-1.kafka-headless.streaming.svc.cluster.local:9092 (id: 1 rack: null)")
        w.add(t + 0.001, osvc, "java.net.UnknownHostException: kafka-1.kafka-headless.streaming.svc.cluster.local: Temporary failure in name resolution")
    w.add(28.0, kpx, klog("I", 1, "graceful_termination.go:102", '"Removed real server from graceful delete real server list" realServer="10.96.0.10:53/UDP/10.244.3.5:53"'))
    w.add(29.5, calico, f"\u00abLB\u00bb [INFO][87] felix/summary.go 100: Summarising 12 dataplane reconciliation loops over 1m0.8s: avg=9ms longest=31ms (resync-filter-v4)")
    boot(96.0)
    w.add(96.6, kubelet, klog("E", 1102, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"node-cache\\" with CrashLoopBackOff: '
                                                                 f'\\"back-off 2m40s restarting failed container=node-cache pod={nld_pod}_kube-system({nld_uid})\\"" pod="kube-system/{nld_pod}" podUID="{nld_uid}"')))
    w.add(60.0, kubelet, klog("I", 1102, "kubelet.go:2498", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="payments/{lw_pod}"'))
    w.add(90.0, calico, f"\u00abLB\u00bb [INFO][87] felix/summary.go 100: Summarising 11 dataplane reconciliation loops over 1m0.4s: avg=8ms longest=27ms (resync-filter-v4)")
    logs, ev = w.build()
    return dict(
        scenario="nodelocaldns-loop",
        question=f"Pods on {node} can't reach CockroachDB or Kafka, lots of 'connection refused'. Is a NetworkPolicy blocking them?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="ERROR", category="dns_resolution", component="node-local-dns",
        root_cause=(f"node-local-dns on {node} crash-loops: its upstream for '.' is the node's resolv.conf, which systemd-resolved now points at "
                    "169.254.20.10 (the cache itself), so the CoreDNS loop plugin detects a forwarding loop and exits with FATAL."),
        summary=("With the node-local cache down, every pod on this node fails name lookups against 169.254.20.10 (connection refused on UDP/53, "
                 "UnknownHostException). CockroachDB and Kafka are fine; nothing is blocked by policy."),
        action=("Restore the node's upstream DNS (systemd-resolved should use the VPC/DC resolvers, not 169.254.20.10) or point node-local-dns "
                "'.' at explicit upstreams (__PILLAR__UPSTREAM__SERVERS), then restart the node-local-dns pod."),
    )


@scenario
def coredns_upstream_servfail(rng):
    ns = "fraud"
    w = Win(rng, "2026-03-06T21:15:00")
    nodes = [f"ip-10-0-{rng.randint(32, 63)}-{rng.randint(2, 250)}.eu-west-1.compute.internal" for _ in range(3)]
    fs_pods = [dpod(rng, "fraud-scoring") for _ in range(2)]
    fs = [C(ns, p, "fraud-scoring", nodes[i], app="fraud-scoring") for i, p in enumerate(fs_pods)]
    rg = C(ns, dpod(rng, "risk-gateway"), "risk-gateway", nodes[2], app="risk-gateway")
    kdns = "172.20.0.10"

    def py(level, logger, msg):
        return f"\u00abLBC\u00bb {level} {logger}: {msg}"

    def zap(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abISO3\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    nodeip = lambda: f"10.0.{rng.randint(32, 63)}.{rng.randint(2, 250)}"
    w.add(0.4, fs[0], "/app/fraud_scoring/app.py:41: DeprecationWarning: The object should be created within an async function")
    w.add(0.41, fs[0], "  session = aiohttp.ClientSession(timeout=TIMEOUT)")
    dnsfail = [(6.3, 0), (6.5, 0), (27.0, 1), (58.4, 0), (59.0, 1), (92.2, 1), (118.5, 0)]
    for t, i in dnsfail:
        w.add(t, fs[i], py("WARNING", "fraud_scoring.providers.maxmind",
                           "minfraud score failed (attempt 1/3): ClientConnectorDNSError: Cannot connect to host minfraud.maxmind.com:443 ssl:default [Temporary failure in name resolution]"), True)
        w.add(t + 0.35, fs[i], py("INFO", "fraud_scoring.providers.maxmind", f"minfraud score ok on attempt 2/3 risk_score={rng.uniform(0.1, 40):.2f} latency_ms={rng.randint(180, 420)}"))
    w.add(75.0, fs[1], py("ERROR", "fraud_scoring.providers.maxmind",
                          "minfraud score failed (attempt 3/3): ClientConnectorDNSError: Cannot connect to host minfraud.maxmind.com:443 ssl:default [Temporary failure in name resolution]"), True)
    w.add(75.01, fs[1], py("ERROR", "fraud_scoring.api", "scoring degraded for order SO-" + str(rng.randint(1000000, 9999999)) + ": maxmind unavailable, falling back to rules-only score"))
    for t in (14.2, 49.8, 101.0):
        w.add(t, rg, zap("warn", "sift/client.go:142", "sift event post failed, will retry", attempt=1,
                         error=f'Post "https://api.sift.com/v205/events": dial tcp: lookup api.sift.com on {kdns}:53: server misbehaving'), True)
        w.add(t + 0.6, rg, zap("info", "sift/client.go:131", "sift event posted", attempt=2, status=200, latency_ms=rng.randint(90, 300)))
    w.add(66.6, rg, zap("warn", "sift/client.go:142", "sift event post failed, will retry", attempt=1,
                        error=f'Post "https://api.sift.com/v205/events": dial tcp: lookup api.sift.com on {kdns}:53: read udp {nodeip()}:{rng.randint(32768, 60999)}->{kdns}:53: i/o timeout'), True)
    w.add(67.9, rg, zap("info", "sift/client.go:131", "sift event posted", attempt=2, status=200, latency_ms=rng.randint(90, 300)))
    w.add(35.3, rg, zap("warn", "sift/client.go:157", "sift rejected event", status=400, error_message="Invalid field value: $user_email", event_type="$create_order"))
    w.add(81.1, fs[0], "Unclosed client session")
    w.add(81.11, fs[0], "client_session: <aiohttp.client.ClientSession object at 0x7f1c3a2be510>")
    for t in (3.0, 21.4, 44.0, 84.5, 110.1):
        i = rng.randint(0, 1)
        w.add(t, fs[i], f'{nodeip()} [\u00abNGX\u00bb] "POST /v1/score HTTP/1.1" 200 {rng.randint(180, 260)} "-" "checkout-api/4.2"')
    w.add(39.0, fs[1], f'{nodeip()} [\u00abNGX\u00bb] "GET /v1/score/SO-0000000 HTTP/1.1" 404 172 "-" "curl/8.5.0"')
    logs, ev = w.build()
    return dict(
        scenario="coredns-upstream-servfail",
        question="Are we being blocked by MaxMind or Sift? fraud-scoring and risk-gateway keep logging errors calling external APIs.",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="WARN", category="dns_resolution", component="coredns",
        root_cause=(f"Cluster DNS (CoreDNS behind {kdns}) intermittently fails to resolve external names: lookups return SERVFAIL "
                    "('server misbehaving', 'Temporary failure in name resolution') or time out, so calls fail before any connection to the providers is made."),
        summary=("Intermittent external-name resolution failures; nearly every call succeeds on retry, one scoring call fell back to rules-only. "
                 "Neither provider is blocking: Sift's single 400 is a payload validation error, and the unclosed-session message is an aiohttp shutdown warning."),
        action=("Check CoreDNS forward/upstream health and its metrics (SERVFAIL rate, upstream latency), scale CoreDNS or deploy NodeLocal DNSCache, "
                "and lower ndots for pods that resolve external names."),
    )


# -------------------------------------------------------- connection_refused
@scenario
def schema_registry_scaled_down(rng):
    ns = "cdc"
    w = Win(rng, "2026-02-21T09:02:00")
    nodes = [f"ip-10-20-{rng.randint(1, 120)}-{rng.randint(2, 250)}.ap-southeast-2.compute.internal" for _ in range(3)]
    kc_pod = f"connect-{rhash(rng, 10)}-{rhash(rng, 5)}"
    kc = C(ns, kc_pod, "kafka-connect", nodes[0], app="kafka-connect", service_name="kafka-connect")
    sink_pod = dpod(rng, "orders-sink")
    sink = C(ns, sink_pod, "orders-sink", nodes[1], app="orders-sink")
    al = C(ns, dpod(rng, "analytics-loader"), "analytics-loader", nodes[2], app="analytics-loader")
    evl = ev_agent_labels(ns)
    sr_rs = rhash(rng, 10)
    sr_pod = f"schema-registry-{sr_rs}-{rhash(rng, 5)}"
    svc = ip(rng, "172.20.14")
    T = "\u00abLBC\u00bb"

    def zl(level, msg, **kw):
        d = {"level": level}
        d.update(kw)
        d["time"] = "\u00abISOS\u00bb"
        d["message"] = msg
        return jl(d)

    w.add(0.7, kc, f"[{T}] INFO [customers-connector|task-0] 1204 records sent during previous 00:01:00.031, last recorded offset of {{server=dbserver1}} partition is {{ts_sec={rng.randint(1771000000, 1771999999)}, file=mysql-bin.000981, pos={rng.randint(1000000, 9999999)}, row=1, event=2}} (io.debezium.connector.common.BaseSourceTask:213)")
    w.add(3.1, evl, ev_agent(rng, "Deployment", "schema-registry", "ScalingReplicaSet", "Normal", f"Scaled down replica set schema-registry-{sr_rs} to 0 from 1", comp="deployment-controller"), True)
    w.add(3.3, evl, ev_agent(rng, "Pod", sr_pod, "Killing", "Normal", "Stopping container schema-registry", host=nodes[2]), True)
    w.add(3.4, evl, ev_agent(rng, "ReplicaSet", f"schema-registry-{sr_rs}", "SuccessfulDelete", "Normal", f"Deleted pod: {sr_pod}", comp="replicaset-controller"))
    refused_go = f'Get "http://schema-registry.cdc.svc.cluster.local:8081/schemas/ids/142": dial tcp {svc}:8081: connect: connection refused'
    for t in (9.8, 24.4, 47.0, 80.3, 111.9):
        w.add(t, sink, zl("error", "failed to fetch schema, message left uncommitted", schema_id=142, topic="dbserver1.inventory.orders", partition=rng.randint(0, 5), error=refused_go), True)
    w.add(10.2, sink, zl("warn", "pausing partitions after repeated schema fetch failures", paused=6))
    py_ref = ("requests.exceptions.ConnectionError: HTTPConnectionPool(host='schema-registry.cdc.svc.cluster.local', port=8081): Max retries exceeded with url: /schemas/ids/142 "
              "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f8e2d41c9d0>: Failed to establish a new connection: [Errno 111] Connection refused'))")
    for t in (33.0, 93.5):
        w.add(t, al, f"{T} ERROR analytics_loader.consume: could not deserialize message from dbserver1.inventory.orders offset={rng.randint(900000, 999999)}")
        w.add(t + 0.001, al, py_ref, True)
    # Debezium task death
    t0 = 18.6
    w.add(t0 - 2.0, kc, f"[{T}] WARN [inventory-connector|task-0] The configuration 'value.converter.schema.registry.url' was supplied but isn't a known config. (org.apache.kafka.clients.producer.ProducerConfig:385)")
    w.add(t0, kc, f"[{T}] ERROR [inventory-connector|task-0] WorkerSourceTask{{id=inventory-connector-0}} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:212)")
    w.addm(t0 + 0.001, kc, [
        "org.apache.kafka.connect.errors.ConnectException: Tolerance exceeded in error handler",
        "\tat org.apache.kafka.connect.runtime.errors.RetryWithToleranceOperator.execAndHandleError(RetryWithToleranceOperator.java:230)",
        "\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.convertTransformedRecord(AbstractWorkerSourceTask.java:494)",
        "Caused by: org.apache.kafka.connect.errors.DataException: Failed to serialize Avro data from topic dbserver1.inventory.orders :",
        "\tat io.confluent.connect.avro.AvroConverter.fromConnectData(AvroConverter.java:107)",
        "Caused by: org.apache.kafka.common.errors.SerializationException: Error serializing Avro message",
    ], step=0.0001)
    w.add(t0 + 0.0008, kc, "Caused by: java.net.ConnectException: Connection refused", True)
    w.add(t0 + 0.0009, kc, "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)")
    w.add(t0 + 0.3, kc, f"[{T}] INFO [inventory-connector|task-0] Stopping down connector (io.debezium.connector.common.BaseSourceTask:289)")
    w.add(t0 + 0.9, kc, f"[{T}] INFO [inventory-connector|task-0] [Producer clientId=connector-producer-inventory-connector-0] Closing the Kafka producer with timeoutMillis = 30000 ms. (org.apache.kafka.clients.producer.KafkaProducer:1310)")
    w.add(61.0, kc, f"[{T}] INFO [customers-connector|task-0] 1188 records sent during previous 00:01:00.012, last recorded offset of {{server=dbserver1}} partition is {{ts_sec={rng.randint(1771000000, 1771999999)}, file=mysql-bin.000981, pos={rng.randint(1000000, 9999999)}, row=1, event=2}} (io.debezium.connector.common.BaseSourceTask:213)")
    w.add(64.0, kc, f"[{T}] INFO [AdminClient clientId=connect-cluster-shared-admin] Node -1 disconnected. (org.apache.kafka.clients.NetworkClient:977)")
    w.add(72.5, kc, f'[{T}] INFO 10.20.{rng.randint(1, 120)}.{rng.randint(2, 250)} - - [\u00abNGX\u00bb] "GET /connectors/inventory-connector/status HTTP/1.1" 200 2911 "-" "curl/8.4.0" 6 (org.apache.kafka.connect.runtime.rest.RestServer:62)')
    w.add(104.0, kc, f"[{T}] INFO [customers-connector|task-0] 1217 records sent during previous 00:01:00.044, last recorded offset of {{server=dbserver1}} partition is {{ts_sec={rng.randint(1771000000, 1771999999)}, file=mysql-bin.000981, pos={rng.randint(1000000, 9999999)}, row=1, event=2}} (io.debezium.connector.common.BaseSourceTask:213)")
    w.add(50.0, sink, zl("info", "consumer group heartbeat ok", group="orders-sink", generation=88, errors=0))
    logs, ev = w.build()
    return dict(
        scenario="schema-registry-scaled-down",
        question="The Debezium inventory connector task died with 'Failed to serialize Avro data'. Is the Avro schema broken?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="connection_refused", component="schema-registry",
        root_cause=("The schema-registry Deployment was scaled to 0 (its only pod stopped), so every client that needs a schema gets connection refused "
                    "on schema-registry:8081; the Avro converter cannot register/look up the schema and the Debezium task dies."),
        summary=("Nothing is wrong with the schema: the inventory-connector task fails inside the Avro serializer with java.net.ConnectException, "
                 "and orders-sink and analytics-loader cannot fetch schema id 142. The JSON-based customers-connector keeps streaming."),
        action=("Scale schema-registry back to at least 1 replica (ideally 2 with a PDB), then restart the failed task: "
                "POST /connectors/inventory-connector/tasks/0/restart, and resume the paused orders-sink partitions."),
    )


@scenario
def metrics_server_refused(rng):
    ns = "kube-system"
    w = Win(rng, "2026-03-11T02:10:00")
    cps = ["k8s-cp-01", "k8s-cp-02", "k8s-cp-03"]
    api = [C(ns, f"kube-apiserver-{n}", "kube-apiserver", n, service_name="kube-apiserver") for n in cps[:2]]
    kcm = C(ns, "kube-controller-manager-k8s-cp-02", "kube-controller-manager", "k8s-cp-02", service_name="kube-controller-manager")
    etcd = C(ns, "etcd-k8s-cp-03", "etcd", "k8s-cp-03", service_name="etcd")
    evl = ev_exporter_labels(ns)
    ms_rs = rhash(rng, 10)
    old_ms = f"metrics-server-{ms_rs}-{rhash(rng, 5)}"
    new_ms = f"metrics-server-{ms_rs}-{rhash(rng, 5)}"
    ms = C(ns, new_ms, "metrics-server", "k8s-worker-05", app="metrics-server")
    cdns = C(ns, f"coredns-{rhash(rng, 10)}-{rhash(rng, 5)}", "coredns", "k8s-worker-03", app="kube-dns")
    vip = "10.96.187.20"
    refused = (f'v1beta1.metrics.k8s.io failed with: failing or missing response from https://{vip}:443/apis/metrics.k8s.io/v1beta1: '
               f'Get "https://{vip}:443/apis/metrics.k8s.io/v1beta1": dial tcp {vip}:443: connect: connection refused')

    def ev(t, kind, name, reason, typ, msg, comp="kubelet", host="", count=1, e=False):
        w.add(t, evl, ev_exporter(rng, ns, kind, name, reason, typ, msg, comp=comp, host=host, count=count,
                                  api="apps/v1" if kind == "ReplicaSet" else "v1"), e)

    ev(1.0, "Pod", old_ms, "Killing", "Normal", "Stopping container metrics-server", host="k8s-worker-02", e=True)
    ev(1.4, "ReplicaSet", f"metrics-server-{ms_rs}", "SuccessfulCreate", "Normal", f"Created pod: {new_ms}", comp="replicaset-controller")
    ev(1.6, "Pod", new_ms, "Scheduled", "Normal", f"Successfully assigned kube-system/{new_ms} to k8s-worker-05", comp="default-scheduler")
    ev(2.4, "Pod", new_ms, "Pulling", "Normal", 'Pulling image "registry.k8s.io/metrics-server/metrics-server:v0.7.1"', host="k8s-worker-05")
    for t, a in ((4.0, 0), (4.3, 1), (19.2, 0), (34.7, 1), (50.1, 0), (63.8, 1)):
        w.add(t, api[a], klog("E", 1, "available_controller.go:460", refused), True)
    w.add(5.1, api[0], klog("E", 1, "controller.go:113", 'loading OpenAPI spec for "v1beta1.metrics.k8s.io" failed with: failed to retrieve openAPI spec, http error: ResponseCode: 503, Body: service unavailable'))
    w.add(5.11, api[0], klog("I", 1, "controller.go:126", "OpenAPI AggregationController: action for item v1beta1.metrics.k8s.io: Rate Limited Requeue."))
    hpa = ("failed to compute desired number of replicas based on listed metrics for Deployment/{d}: invalid metrics (1 invalid out of 1), first error is: "
           "failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from "
           "resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)")
    for t, d in ((15.5, "shop/cart"), (30.6, "shop/checkout"), (46.0, "search/catalog-search")):
        w.add(t, kcm, klog("E", 1, "horizontal.go:270", hpa.format(d=d)))
    w.add(16.2, kcm, klog("W", 1, "garbagecollector.go:816", "failed to discover some groups: map[metrics.k8s.io/v1beta1:stale GroupVersion discovery: metrics.k8s.io/v1beta1]"))
    w.add(22.0, kcm, klog("E", 1, "resource_quota_controller.go:440", "unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: stale GroupVersion discovery: metrics.k8s.io/v1beta1"))
    w.add(25.5, kcm, klog("I", 1, "request.go:697", "Waited for 1.046281391s due to client-side throttling, not priority and fairness, request: GET:https://10.10.0.10:6443/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers"))
    w.add(27.0, etcd, jl({"level": "warn", "ts": "\u00abISO6\u00bb", "caller": "etcdserver/util.go:170", "msg": "apply request took too long", "took": "131.118262ms",
                          "expected-duration": "100ms", "prefix": "read-only range ", "request": "key:\"/registry/leases/kube-node-lease/k8s-worker-02\" ", "response": "range_response_count:1 size:557"}))
    ev(58.0, "Pod", new_ms, "Pulled", "Normal", 'Successfully pulled image "registry.k8s.io/metrics-server/metrics-server:v0.7.1" in 55.612s (55.612s including waiting)', host="k8s-worker-05")
    ev(58.3, "Pod", new_ms, "Started", "Normal", "Started container metrics-server", host="k8s-worker-05")
    w.add(58.9, ms, klog("I", 1, "serving.go:374", "Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)"))
    w.add(59.5, ms, klog("I", 1, "handler.go:275", "Adding GroupVersion metrics.k8s.io v1beta1 to ResourceManager"))
    w.add(59.8, ms, klog("I", 1, "secure_serving.go:213", "Serving securely on [::]:10250"))
    w.add(59.81, ms, klog("I", 1, "tlsconfig.go:240", '"Starting DynamicServingCertificateController"'))
    ev(64.5, "Pod", new_ms, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 500", host="k8s-worker-05")
    w.add(74.2, ms, klog("E", 1, "scraper.go:149", '"Failed to scrape node" err="Get \\"https://10.10.0.22:10250/metrics/resource\\": dial tcp 10.10.0.22:10250: connect: connection refused" node="k8s-worker-02"'))
    w.add(88.0, cdns, f'[INFO] 10.244.5.{rng.randint(2, 250)}:{rng.randint(32768, 60999)} - {rng.randint(1000, 65000)} "AAAA IN metrics-server.kube-system.svc.kube-system.svc.cluster.local. udp 80 false 512" NXDOMAIN qr,aa,rd 173 0.000121s')
    w.add(95.0, kcm, klog("I", 1, "event.go:376", '"Event occurred" object="shop/cart" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: 6; reason: cpu resource utilization (percentage of request) above target"'))
    logs, ev_ = w.build()
    return dict(
        scenario="metrics-server-refused",
        question="kubectl top and all HPAs stopped working cluster-wide for a few minutes. Is the API server broken?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="WARN", category="connection_refused", component="metrics-server",
        root_cause=("The only metrics-server replica was stopped when k8s-worker-02 was drained; until the replacement pulled its image and started "
                    "(~1 minute) the metrics.k8s.io APIService backend refused connections, so the aggregated API was unavailable."),
        summary=("kube-apiserver itself is healthy; it reports the aggregated metrics API as unavailable (connection refused), and the HPA controller "
                 "cannot read CPU metrics until the new metrics-server pod serves. Recovered on its own; a HPA rescale follows."),
        action=("Run metrics-server with 2 replicas, anti-affinity and a PodDisruptionBudget so a node drain does not take the aggregated API down; "
                "pre-pull or mirror its image."),
    )


# ------------------------------------------------------------------- timeout
@scenario
def scylla_slow_reads(rng):
    ns = "catalog"
    w = Win(rng, "2026-02-26T15:36:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-catalog-prod-scylla-{pool}-{rhash(rng, 4)}" for _ in range(3)] + [f"gke-catalog-prod-apps-{rhash(rng, 8)}-{rhash(rng, 4)}" for _ in range(2)]
    sc = [C(ns, f"scylla-{i}", "scylla", nodes[i], app="scylla") for i in range(3)]
    sips = [f"10.80.{rng.randint(1, 9)}.{rng.randint(10, 250)}" for _ in range(3)]
    pg_pod = dpod(rng, "product-graph")
    pg = C(ns, pg_pod, "product-graph", nodes[3], app="product-graph")
    sf = C(ns, dpod(rng, "storefront-api"), "storefront-api", nodes[4], app="storefront-api")
    T = "\u00abLBC\u00bb"

    def sl(level, shard, comp, msg):
        return f"{level:<5} {T} [shard {shard:>2}] {comp} - {msg}"

    def zap(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abEPOCH\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    rid = uid(rng)
    w.add(0.5, sc[2], sl("INFO", 0, "repair", f"repair[{rid}]: starting user-requested repair for keyspace catalog, repair id 41, options {{\"trace\": \"false\", \"primaryRange\": \"false\", \"jobThreads\": \"1\", \"incremental\": \"false\", \"parallelism\": \"parallel\"}}"))
    w.add(1.2, sc[2], sl("INFO", 3, "compaction", f"[Compact catalog.product_by_sku {uid(rng)}] Compacting [/var/lib/scylla/data/catalog/product_by_sku-{hexs(rng, 32)}/me-3gb1_0x9k_2k1s02ab3cdefgh5ij-big-Data.db:level=0:origin=repair, ...]"))
    w.add(2.0, sc[2], sl("WARN", 3, "large_data", f"Writing large partition catalog/product_by_sku: (sku_family=RUN-TRAIL-2024) (14 MiB) to me-3gb1_0x9k_{rhash(rng, 12)}-big-Data.db"))
    sem = ("(rate limiting dropped {n} similar messages) Semaphore _read_concurrency_sem with 100/100 count and {m}/149422080 memory resources: "
           "timed out, dumping permit diagnostics:")
    for t, sh in ((9.8, 5), (37.4, 2), (71.0, 5), (103.3, 7)):
        w.add(t, sc[2], sl("WARN", sh, "reader_concurrency_semaphore", sem.format(n=rng.randint(40, 400), m=rng.randint(9000000, 16000000))), True)
    for t, c in ((10.4, 0), (22.9, 1), (38.1, 0), (72.2, 1), (104.0, 0)):
        w.add(t, sc[c], sl("WARN", rng.randint(0, 7), "storage_proxy",
                           f"Exception when communicating with {sips[2]}, to read from catalog.product_by_sku: seastar::timed_out_error (timedout)"), True)
    for t in (10.6, 23.3, 38.5, 55.2, 72.6, 104.4):
        w.add(t, pg, zap("error", "store/scylla.go:211", "product lookup failed", sku=f"SKU-{rng.randint(100000, 999999)}",
                         error="Operation timed out for catalog.product_by_sku - received only 1 responses from 2 CL=QUORUM."), True)
    for t in (46.0, 88.7):
        w.add(t, pg, zap("error", "store/scylla.go:211", "product lookup failed", sku=f"SKU-{rng.randint(100000, 999999)}",
                         error="gocql: no response received from cassandra within timeout period"), True)
    for t in (11.0, 39.0, 73.0):
        w.add(t, pg, zap("warn", "grpc/interceptors.go:58", "finished unary call with code DeadlineExceeded", **{"grpc.service": "catalog.v2.ProductGraph",
                                                                                                               "grpc.method": "GetProduct", "grpc.code": "DeadlineExceeded", "grpc.time_ms": 2000.4}))
    for t in (11.2, 39.3, 73.4, 105.0):
        w.add(t, sf, zap("error", "handlers/pdp.go:97", "product detail degraded", route="/p/{slug}", error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
    for t in (5.0, 30.0, 60.0, 90.0):
        w.add(t, pg, zap("info", "metrics/report.go:33", "store stats", window="30s", reads=rng.randint(9000, 12000), p99_ms=rng.choice([1820, 1950, 2010, 1760]), errors=0 if t == 5.0 else rng.randint(3, 9), cache_hit_ratio=round(rng.uniform(0.6, 0.7), 2)))
    w.add(58.0, sc[2], sl("INFO", 3, "compaction", f"[Compact catalog.product_by_sku {uid(rng)}] Compacted 6 sstables to [...]. 2 GB to 1 GB (~58% of original) in 56183ms = 22 MB/s. ~2843136 total partitions merged to 1654210."))
    w.add(64.0, sc[0], sl("INFO", 0, "gossip", f"InetAddress {sips[1]} is now UP, status = NORMAL"))
    w.add(97.0, sc[2], sl("INFO", 0, "repair", f"repair[{rid}]: Repair 1 out of 1 tables in keyspace=catalog, table=product_by_sku, table_id={uid(rng)}, ranges_nr=768 finished 312 ranges"))
    w.add(110.0, sf, zap("info", "handlers/pdp.go:80", "served", route="/p/{slug}", status=200, latency_ms=1804))
    logs, ev = w.build()
    return dict(
        scenario="scylla-slow-reads",
        question="product-graph p99 jumped from ~20ms to 2s this afternoon. Is it the new product-graph release?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="WARN", category="timeout", component="scylla",
        root_cause=("scylla-2 is saturated by a user-requested repair and the resulting compactions: its read concurrency semaphore is full and reads "
                    "time out, so QUORUM reads that include it answer too slowly (coordinators log timed_out_error, clients get read timeouts)."),
        summary=("product-graph's latency and DeadlineExceeded errors come from slow Scylla reads on one replica during repair, not from the release. "
                 "Repair is progressing and latency should recover when it finishes; gossip and compaction messages are routine."),
        action=("Throttle or reschedule the repair (scylla-manager intensity/parallel settings, off-peak window), consider LOCAL_ONE/speculative retry for "
                "this read path, and watch scylla-2 disk utilisation until the repair completes."),
    )


@scenario
def kyverno_webhook_timeout(rng):
    ns = "orders"
    w = Win(rng, "2026-03-16T12:05:00")
    nodes = [f"ip-10-8-{rng.randint(1, 60)}-{rng.randint(2, 250)}.us-west-2.compute.internal" for _ in range(4)]
    evl = ev_agent_labels(ns)
    rs = rhash(rng, 10)
    pods = [f"order-service-{rs}-{rhash(rng, 5)}" for _ in range(4)]
    osv = [C(ns, p, "order-service", nodes[i], app="order-service") for i, p in enumerate(pods)]
    T = "\u00abISO3\u00bb"
    wh_v = ('failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post '
            '"https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded')
    wh_m = ('failed calling webhook "mutate.kyverno.svc-fail": failed to call webhook: Post '
            '"https://kyverno-svc.kyverno.svc:443/mutate/fail?timeout=10s": context deadline exceeded')

    def sb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [order-service] [{thread:>15}] {logger:<40} : {msg}"

    def ev(t, kind, name, reason, typ, msg, comp, count=1, e=False):
        w.add(t, evl, ev_agent(rng, kind, name, reason, typ, msg, comp=comp, count=count), e)

    ev(1.0, "HorizontalPodAutoscaler", "order-service", "SuccessfulRescale", "Normal",
       "New size: 8; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler")
    ev(1.2, "Deployment", "order-service", "ScalingReplicaSet", "Normal", f"Scaled up replica set order-service-{rs} to 8 from 4", "deployment-controller")
    for t, c, m in ((11.4, 1, wh_v), (11.5, 1, wh_v), (22.0, 4, wh_m), (43.6, 9, wh_v), (75.1, 14, wh_v), (107.9, 19, wh_m)):
        ev(t, "ReplicaSet", f"order-service-{rs}", "FailedCreate", "Warning", f"Error creating: Internal error occurred: {m}", "replicaset-controller", count=c, e=True)
    job = f"order-archiver-{rng.randint(29000000, 29999999)}"
    ev(60.3, "CronJob", "order-archiver", "SuccessfulCreate", "Normal", f"Created job {job}", "cronjob-controller")
    ev(71.0, "Job", job, "FailedCreate", "Warning", f"Error creating: Internal error occurred: {wh_v}", "job-controller", e=True)
    for i, t in enumerate([5.5, 18.0, 31.2, 49.9, 66.4, 83.0, 98.2, 115.0]):
        k = i % 4
        w.add(t, osv[k], sb("WARN", f"nio-8080-exec-{rng.randint(100, 200)}", "c.a.orders.api.OrderController",
                            f"slow request POST /v1/orders took={rng.randint(1800, 4200)}ms active_threads=200/200"))
    for t in (36.8, 58.1, 88.5, 101.7):
        k = rng.randint(0, 3)
        w.add(t, osv[k], sb("ERROR", f"nio-8080-exec-{rng.randint(100, 200)}", "c.a.orders.api.ApiExceptionHandler",
                            "request rejected: io.github.resilience4j.bulkhead.BulkheadFullException: Bulkhead 'orderCreate' is full and does not permit further calls"))
    w.add(52.0, osv[2], sb("INFO", "scheduling-1", "c.a.orders.outbox.OutboxPublisher", "published 512 events to orders.v1 in 1.84s (failed=0)"))
    w.add(97.0, osv[1], sb("INFO", "scheduling-1", "c.a.orders.outbox.OutboxPublisher", "published 498 events to orders.v1 in 2.02s (failed=0)"))
    ev(99.5, "HorizontalPodAutoscaler", "order-service", "SuccessfulRescale", "Normal",
       "New size: 10; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler")
    ev(99.7, "Deployment", "order-service", "ScalingReplicaSet", "Normal", f"Scaled up replica set order-service-{rs} to 10 from 8", "deployment-controller")
    w.add(27.0, osv[0], sb("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=58s412ms)."))
    ev(92.0, "Pod", pods[3], "Unhealthy", "Warning", 'Readiness probe failed: Get "http://10.8.3.' + str(rng.randint(10, 250)) + ':8080/actuator/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', "kubelet")
    logs, ev_ = w.build()
    return dict(
        scenario="kyverno-webhook-timeout",
        question="The HPA scaled order-service to 8 but only 4 pods exist. Is the cluster out of capacity?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="ERROR", category="timeout", component="kyverno-admission-controller",
        root_cause=("Pod creation is blocked at admission: the Kyverno validating/mutating webhooks (failurePolicy Fail) do not answer within their 10s "
                    "timeout, so the API server rejects every new pod with 'context deadline exceeded' from kyverno-svc."),
        summary=("The ReplicaSet and the order-archiver Job cannot create pods; order-service stays at 4 overloaded replicas (slow requests, bulkhead rejections). "
                 "It is not a capacity or scheduling problem: the pods are never created, so the scheduler never sees them."),
        action=("Restore the Kyverno admission controller (check its pods, CPU throttling and replicas in the kyverno namespace); as a stop-gap, "
                "exclude critical namespaces from the webhook or switch the policy webhooks to failurePolicy Ignore."),
    )


# ----------------------------------------------------------- tls_certificate
@scenario
def etcd_cert_expired(rng):
    node = "k8s-cp-01"
    w = Win(rng, "2026-03-14T07:02:00")
    ns = "kube-system"
    etcd = C(ns, f"etcd-{node}", "etcd", node, service_name="etcd")
    api = C(ns, f"kube-apiserver-{node}", "kube-apiserver", node, service_name="kube-apiserver")
    kcm = C(ns, f"kube-controller-manager-{node}", "kube-controller-manager", node, service_name="kube-controller-manager")
    sch = C(ns, f"kube-scheduler-{node}", "kube-scheduler", node, service_name="kube-scheduler")
    kubelet = journal(node, "kubelet.service")
    hap = journal(node, "haproxy.service")
    exp = "2026-03-14T06:40:11Z"
    x509 = f"x509: certificate has expired or is not yet valid: current time \u00abISOS\u00bb is after {exp}"
    peers = [hexs(rng, 16) for _ in range(2)]
    me = hexs(rng, 16)
    api_uid = uid(rng)

    def ej(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abISO6\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    w.add(0.8, kubelet, klog("I", 1311, "certificate_manager.go:356", '"Certificate expiration is 2026-11-02 08:14:51 +0000 UTC, rotation deadline is 2026-09-06 21:40:05.148 +0000 UTC" logger="kubernetes.io/kube-apiserver-client-kubelet"'))
    for t in (2.0, 9.5):
        for p in peers:
            w.add(t + rng.uniform(0, 0.3), etcd, ej("warn", "rafthttp/probing_status.go:68", "prober detected unhealthy status",
                                                     **{"round-tripper-name": "ROUND_TRIPPER_RAFT_MESSAGE", "remote-peer-id": p, "rtt": "0s", "error": f"tls: failed to verify certificate: {x509}"}), True)
    w.add(5.2, etcd, jl({"level": "info", "ts": "\u00abISO6\u00bb", "logger": "raft", "caller": "etcdserver/zap_raft.go:77", "msg": f"raft.node: {me} lost leader {peers[0]} at term 41"}))
    w.add(12.0, etcd, ej("warn", "etcdserver/v3_server.go:897", "timed out waiting for read index response (local node might have slow network)", timeout="7s"))
    for t in (14.1, 14.9, 31.3, 62.0, 90.2):
        w.add(t, etcd, ej("warn", "embed/config_logging.go:287", "rejected connection", **{"remote-addr": f"127.0.0.1:{rng.randint(32768, 60999)}", "server-name": "", "error": "remote error: tls: bad certificate"}), True)
    # kube-apiserver restart loop
    for b in (13.0, 60.0):
        w.add(b, api, klog("I", 1, "options.go:221", "external host was not specified, using 10.10.0.11"))
        w.add(b + 0.2, api, klog("I", 1, "server.go:148", "Version: v1.29.6"))
        for j, d in enumerate((1.1, 1.9, 18.3)):
            ch = 3 + 2 * j
            w.add(b + d, api, klog("W", 1, "logging.go:59", (f'[core] [Channel #{ch} SubChannel #{ch + 1}] grpc: addrConn.createTransport failed to connect to {{Addr: "127.0.0.1:2379", '
                                                             f'ServerName: "127.0.0.1", }}. Err: connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: {x509}"')), True)
        w.add(b + 20.4, api, klog("E", 1, "run.go:74", '"command failed" err="context deadline exceeded"'))
    w.add(36.0, kubelet, klog("E", 1311, "pod_workers.go:1300", (f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"kube-apiserver\\" with CrashLoopBackOff: '
                                                                 f'\\"back-off 20s restarting failed container=kube-apiserver pod=kube-apiserver-{node}_kube-system({api_uid})\\"" pod="kube-system/kube-apiserver-{node}" podUID="{api_uid}"')))
    for t in (8.0, 40.0, 85.0):
        w.add(t, kubelet, klog("E", 1311, "kubelet_node_status.go:540", f'"Error updating node status, will retry" err="error getting node \\"{node}\\": Get \\"https://10.10.0.10:6443/api/v1/nodes/{node}?resourceVersion=0&timeout=10s\\": dial tcp 10.10.0.10:6443: connect: connection refused"'))
    w.add(41.0, kubelet, klog("E", 1311, "event.go:368", '"Unable to write event (may retry after sleeping)" err="Post \\"https://10.10.0.10:6443/api/v1/namespaces/default/events\\": dial tcp 10.10.0.10:6443: connect: connection refused"'))
    w.add(15.5, hap, "Server k8s-api/k8s-cp-01 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(44.0, hap, "Server k8s-api/k8s-cp-02 is DOWN, reason: Layer7 wrong status, code: 500, info: \"Internal Server Error\", check duration: 3ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(52.0, hap, "Server k8s-api/k8s-cp-03 is DOWN, reason: Layer7 wrong status, code: 500, info: \"Internal Server Error\", check duration: 2ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(52.01, hap, "backend k8s-api has no server available!")
    for c, lease, lg in ((kcm, "kube-controller-manager", 20.0), (sch, "kube-scheduler", 23.0)):
        w.add(lg, c, klog("E", 1, "leaderelection.go:332", f'error retrieving resource lock kube-system/{lease}: Get "https://10.10.0.11:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/{lease}?timeout=5s": dial tcp 10.10.0.11:6443: connect: connection refused'))
        w.add(lg + 10.0, c, klog("I", 1, "leaderelection.go:285", f"failed to renew lease kube-system/{lease}: timed out waiting for the condition"))
    w.add(30.5, kcm, klog("E", 1, "controllermanager.go:343", '"leaderelection lost"'))
    w.add(33.0, sch, klog("E", 1, "server.go:245", '"Leaderelection lost"'))
    w.add(70.0, sch, klog("I", 1, "leaderelection.go:250", "attempting to acquire leader lease kube-system/kube-scheduler..."))
    logs, ev = w.build()
    return dict(
        scenario="etcd-cert-expired",
        question="kubectl hangs or gets 'connection refused' against the kubeadm prod cluster since this morning. What broke?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="tls_certificate", component="etcd",
        root_cause=(f"The kubeadm-issued etcd certificates expired at {exp}: kube-apiserver cannot complete the TLS handshake with etcd on 127.0.0.1:2379 "
                    "('x509: certificate has expired'), and etcd members cannot verify each other's peer certificates, so etcd has no leader."),
        summary=("The whole control plane is down: etcd rejects/loses peers, kube-apiserver exits and crash-loops, haproxy marks every API backend DOWN, "
                 "and controller-manager/scheduler lose leadership. The connection-refused errors are downstream of the expired certificates."),
        action=("On each control-plane node run `kubeadm certs check-expiration` and `kubeadm certs renew all`, restart the static pods (move the manifests "
                "out and back), then update admin kubeconfigs; add certificate-expiry monitoring."),
    )


@scenario
def opensearch_cert_expired(rng):
    ns = "observability"
    w = Win(rng, "2026-03-04T00:22:00")
    nodes = [f"aks-obs-{rng.randint(10000000, 99999999)}-vmss00000{i}" for i in range(4)]
    osn = [C(ns, f"opensearch-cluster-master-{i}", "opensearch", nodes[i], app="opensearch") for i in range(3)]
    osd_pod = dpod(rng, "opensearch-dashboards")
    osd = C(ns, osd_pod, "dashboards", nodes[3], app="opensearch-dashboards")
    shp = C(ns, dpod(rng, "audit-shipper"), "audit-shipper", nodes[3], app="audit-shipper")
    rel = C(ns, dpod(rng, "alert-relay"), "alert-relay", nodes[1], app="alert-relay")
    T = "\u00abESC\u00bb"
    exp = "2026-03-04T00:00:00Z"

    def ol(i, level, logger, msg):
        return f"[{T}][{level:<5}][{logger}] [opensearch-cluster-master-{i}] {msg}"

    def dash(tags, msg):
        return jl({"type": "log", "@timestamp": "\u00abISO3\u00bb", "tags": tags, "pid": 1, "message": msg})

    cip = lambda: f"10.244.{rng.randint(1, 6)}.{rng.randint(2, 250)}"
    for k, (t, i) in enumerate([(3.2, 0), (11.9, 1), (25.6, 2), (44.0, 0), (63.3, 1), (88.1, 2), (104.7, 0)]):
        w.add(t, osn[i], ol(i, "WARN", "o.o.h.n.s.SecureNetty4HttpServerTransport",
                            "Exception during establishing a SSL connection: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired"), True)
    for t in (4.0, 26.1, 64.0, 97.5):
        w.add(t, osd, dash(["error", "opensearch", "data"], "[ConnectionError]: certificate has expired"), True)
    for t in (4.1, 64.1):
        w.add(t, osd, dash(["warning", "opensearch", "data"], "Unable to revive connection: https://opensearch-cluster-master.observability.svc:9200/"))
        w.add(t + 0.001, osd, dash(["warning", "opensearch", "data"], "No living connections"))
    shp_err = ("aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host opensearch-cluster-master.observability.svc:9200 ssl:True "
               "[SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')]")
    for t in (12.4, 45.0, 89.0):
        w.add(t, shp, f"\u00abLBC\u00bb ERROR audit_shipper.sink: bulk flush of {rng.randint(400, 500)} events failed, keeping batch in buffer")
        w.add(t + 0.001, shp, shp_err, True)
    w.add(90.2, shp, f"\u00abLBC\u00bb WARNING audit_shipper.buffer: disk buffer at 71% (7.1GiB/10GiB), oldest batch 00:21:44")
    for t in (30.0, 80.0):
        w.add(t, rel, jl({"level": "error", "ts": "\u00abISO3\u00bb", "caller": "sink/opensearch.go:77", "msg": "query alert index failed",
                          "error": f'Post "https://opensearch-cluster-master.observability.svc:9200/alerts-*/_search": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time \u00abISOS\u00bb is after {exp}'}), True)
    w.add(18.0, osn[2], ol(2, "WARN", "o.o.s.a.BackendRegistry", f"Authentication finally failed for kibanaro from {cip()}:{rng.randint(32768, 60999)}"))
    w.add(33.5, osn[1], ol(1, "INFO", "o.o.j.s.JobSweeper", "Running full sweep"))
    w.add(51.0, osn[0], ol(0, "INFO", "o.o.m.j.JvmGcMonitorService", "[gc][812443] overhead, spent [312ms] collecting in the last [1s]"))
    w.add(70.4, osn[2], ol(2, "INFO", "o.o.c.r.a.AllocationService", "updating number_of_replicas to [1] for indices [.opendistro-job-scheduler-lock]"))
    w.add(76.0, osn[0], ol(0, "INFO", "o.o.i.i.ManagedIndexCoordinator", "Performing move cluster state metadata."))
    w.add(99.0, osn[1], ol(1, "INFO", "o.o.s.c.ConfigurationRepository", "Background init done: true"))
    logs, ev = w.build()
    return dict(
        scenario="opensearch-cert-expired",
        question="OpenSearch Dashboards says 'No living connections' and audit logs stopped arriving. Is the OpenSearch cluster down?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="tls_certificate", component="opensearch-cluster-master",
        root_cause=(f"The HTTP-layer TLS certificate served by the opensearch-cluster-master nodes on :9200 expired at {exp}; every client now rejects "
                    "the handshake (certificate has expired), and the nodes log 'Received fatal alert: certificate_expired'."),
        summary=("The cluster is running (JVM, job sweeper, allocation all normal) but no client can talk to it over HTTPS: Dashboards reports no living "
                 "connections, audit-shipper buffers to disk and alert-relay cannot query. The kibanaro auth failure is an unrelated typo."),
        action=("Issue a new HTTP certificate for OpenSearch (update the secret and reload the security config or roll the pods) and add expiry alerting; "
                "audit-shipper will drain its buffer once TLS works."),
    )


# -------------------------------------------------------------- auth_failure
@scenario
def ocp_scc_ledger(rng):
    ns = "payments-ledger"
    w = Win(rng, "2026-02-13T16:48:00")
    nodes = [f"worker-{i}.ocp-prd.bank.example" for i in ("a1", "b2", "c1", "a3")]
    old_rs, new_rs = rhash(rng, 10), rhash(rng, 10)
    old = [f"ledger-{old_rs}-{rhash(rng, 5)}" for _ in range(2)]
    evl = ev_exporter_labels(ns)
    portal_pod = dpod(rng, "payments-portal")
    portal = C(ns, portal_pod, "payments-portal", nodes[3], app="payments-portal")
    led = [C(ns, p, "ledger", nodes[i], app="ledger") for i, p in enumerate(old)]
    H = "\u00abHMS3\u00bb"
    scc = (f'Error creating: pods "ledger-{new_rs}-" is forbidden: unable to validate against any security context constraint: '
           '[provider "anyuid": Forbidden: not usable by user or serviceaccount, provider restricted-v2: .spec.securityContext.fsGroup: Invalid value: []int64{1001}: '
           '1001 is not an allowed group, provider restricted-v2: .containers[0].runAsUser: Invalid value: 1001: must be in the ranges: [1000740000, 1000749999], '
           'provider "restricted": Forbidden: not usable by user or serviceaccount, provider "nonroot-v2": Forbidden: not usable by user or serviceaccount, '
           'provider "nonroot": Forbidden: not usable by user or serviceaccount, provider "hostmount-anyuid": Forbidden: not usable by user or serviceaccount, '
           'provider "machine-api-termination-handler": Forbidden: not usable by user or serviceaccount, provider "hostnetwork-v2": Forbidden: not usable by user or serviceaccount, '
           'provider "hostnetwork": Forbidden: not usable by user or serviceaccount, provider "hostaccess": Forbidden: not usable by user or serviceaccount, '
           'provider "privileged": Forbidden: not usable by user or serviceaccount]')

    def ev(t, kind, name, reason, typ, msg, comp, count=1, e=False, host=""):
        w.add(t, evl, ev_exporter(rng, ns, kind, name, reason, typ, msg, comp=comp, host=host, count=count,
                                  api="apps/v1" if kind in ("Deployment", "ReplicaSet") else "v1"), e)

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": portal_pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    ev(0.5, "Deployment", "ledger", "ScalingReplicaSet", "Normal", f"Scaled up replica set ledger-{new_rs} to 1", "deployment-controller")
    ev(0.7, "Deployment", "ledger", "ScalingReplicaSet", "Normal", f"Scaled down replica set ledger-{old_rs} to 2 from 3", "deployment-controller")
    ev(0.9, "Deployment", "ledger", "ScalingReplicaSet", "Normal", f"Scaled up replica set ledger-{new_rs} to 2 from 1", "deployment-controller")
    ev(1.3, "Pod", f"ledger-{old_rs}-{rhash(rng, 5)}", "Killing", "Normal", "Stopping container ledger", "kubelet", host=nodes[2])
    for t, c in ((1.6, 1), (1.8, 1), (3.2, 3), (9.5, 5), (26.1, 7), (58.8, 9), (124.0, 11)):
        ev(t, "ReplicaSet", f"ledger-{new_rs}", "FailedCreate", "Warning", scc, "replicaset-controller", count=c, e=True)
    paths = ["/api/v1/balances/acc_" + str(rng.randint(10000, 99999)), "/api/v1/postings", "/api/v1/accounts/acc_" + str(rng.randint(10000, 99999)) + "/history"]
    for k, t in enumerate([4.4, 13.0, 21.7, 33.3, 41.0, 52.6, 67.2, 79.9, 95.4, 110.8]):
        i = k % 2
        rid = rhash(rng, 20).upper()
        meth = "POST" if k % 4 == 1 else "GET"
        pth = paths[k % 3] if meth == "GET" else "/api/v1/postings"
        w.add(t, led[i], f"{H} request_id={rid} [info] {meth} {pth}")
        w.add(t + rng.uniform(0.004, 0.03), led[i], f"{H} request_id={rid} [info] Sent {201 if meth == 'POST' else 200} in {rng.randint(3, 28)}ms")
    w.add(17.5, led[1], f"{H} [warning] Description: 'Authenticity is not established by certificate path validation'")
    w.add(17.51, led[1], "     Reason: 'Option {verify, verify_peer} and cacertfile/cacerts is missing'")
    w.add(47.0, led[0], f"{H} request_id={rhash(rng, 20).upper()} [info] GET /api/v1/accounts/acc_00000/history")
    w.add(47.01, led[0], f"{H} request_id={rhash(rng, 20).upper()} [info] Sent 404 in 2ms")
    for t in (10.0, 55.0, 101.0):
        w.add(t, portal, pino(30, "request completed", req={"method": "GET", "url": "/statements"}, res={"statusCode": 200}, responseTime=round(rng.uniform(40, 190), 2)))
    w.add(72.0, portal, pino(40, "ledger call failed, retrying", attempt=1, err={"code": "ECONNRESET", "message": "socket hang up"}))
    w.add(72.4, portal, pino(30, "ledger call succeeded after retry", attempt=2))
    logs, ev_ = w.build()
    return dict(
        scenario="ocp-scc-ledger",
        question="The ledger rollout on OpenShift shows 0 new pods and there are no errors in the app logs. What is blocking it?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="ERROR", category="auth_failure", component="ledger",
        root_cause=("The new ledger pod template sets runAsUser/fsGroup 1001, which the restricted-v2 SCC does not allow (namespace UID range "
                    "1000740000-1000749999) and the service account may not use any other SCC, so admission forbids every new pod."),
        summary=("The rollout cannot create a single pod; two old ledger pods keep serving (capacity 2 of 3). The app logs are clean because the new pods "
                 "never exist; the Erlang TLS verification warning, the 404 and the retried socket hang-up are unrelated."),
        action=("Remove the hard-coded runAsUser/fsGroup from the Deployment (let OpenShift assign the UID) or grant the ledger service account a suitable "
                "SCC (e.g. nonroot-v2) via a Role/RoleBinding, then let the rollout proceed."),
    )


@scenario
def crossplane_irsa_denied(rng):
    ns = "crossplane-system"
    w = Win(rng, "2026-03-18T10:31:00")
    nodes = [f"ip-10-60-{rng.randint(1, 90)}-{rng.randint(2, 250)}.eu-north-1.compute.internal" for _ in range(3)]
    rds_pod = f"provider-aws-rds-{hexs(rng, 12)}-{rhash(rng, 10)}-{rhash(rng, 5)}"
    ec2_pod = f"provider-aws-ec2-{hexs(rng, 12)}-{rhash(rng, 10)}-{rhash(rng, 5)}"
    rds = C(ns, rds_pod, "package-runtime", nodes[0], app="provider-aws-rds")
    ec2 = C(ns, ec2_pod, "package-runtime", nodes[1], app="provider-aws-ec2")
    core = C(ns, dpod(rng, "crossplane"), "crossplane", nodes[2], app="crossplane")
    rbac = C(ns, dpod(rng, "crossplane-rbac-manager"), "crossplane", nodes[2], app="crossplane-rbac-manager")
    T = "\u00abISOS\u00bb"

    def zc(level, logger, msg, fields):
        return f"{T}\t{level}\t{logger}\t{msg}\t" + json.dumps(fields, separators=(", ", ": "))

    deny = ("cannot initialize the Terraform plugin SDK async external client: cannot get terraform setup: cannot retrieve AWS config: failed to retrieve credentials: "
            "failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, "
            "RequestID: {rid}, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity")
    mrs = [("rds.aws.upbound.io/v1beta2, kind=instance", "orders-pg-7h2kq"), ("rds.aws.upbound.io/v1beta1, kind=subnetgroup", "orders-pg-subnets-x9d2m"),
           ("rds.aws.upbound.io/v1beta1, kind=parametergroup", "orders-pg-params-f4k8s"), ("rds.aws.upbound.io/v1beta2, kind=instance", "billing-pg-2mz7c")]
    for k, t in enumerate([2.2, 2.9, 3.5, 14.0, 31.8, 32.4, 61.0, 62.3, 94.1, 95.0]):
        ctl, name = mrs[k % len(mrs)]
        w.add(t, rds, zc("DEBUG", "provider-aws", "Cannot connect to provider",
                         {"controller": f"managed/{ctl}", "request": {"name": name}, "uid": uid(rng), "version": str(rng.randint(4000000, 4999999)),
                          "external-name": "", "error": deny.format(rid=uid(rng))}), True)
    w.add(0.5, rds, zc("INFO", "provider-aws", "Beta feature enabled", {"flag": "EnableBetaManagementPolicies"}))
    w.add(0.8, rds, zc("INFO", "provider-aws", "Starting EventSource", {"controller": "managed/rds.aws.upbound.io/v1beta2, kind=instance", "source": "kind source: *v1beta2.Instance"}))
    for t in (5.0, 40.0, 77.0):
        w.add(t, ec2, zc("DEBUG", "provider-aws", "External resource is up to date",
                         {"controller": "managed/ec2.aws.upbound.io/v1beta1, kind=securitygroup", "request": {"name": "orders-pg-sg-" + rhash(rng, 5)},
                          "uid": uid(rng), "version": str(rng.randint(4000000, 4999999)), "external-name": "sg-0" + hexs(rng, 16), "requeue-after": f"2026-03-18T10:{41 + int(t // 60):02d}:00Z"}))
    w.add(22.0, ec2, zc("DEBUG", "provider-aws", "Cannot observe external resource",
                        {"controller": "managed/ec2.aws.upbound.io/v1beta1, kind=subnet", "request": {"name": "shared-private-1a"}, "uid": uid(rng),
                         "version": str(rng.randint(4000000, 4999999)), "external-name": "subnet-0" + hexs(rng, 16),
                         "error": "failed to refresh: operation error EC2: DescribeSubnets, https response error StatusCode: 503, RequestID: " + uid(rng) + ", api error RequestLimitExceeded: Request limit exceeded."}))
    w.add(53.0, ec2, zc("DEBUG", "provider-aws", "External resource is up to date",
                        {"controller": "managed/ec2.aws.upbound.io/v1beta1, kind=subnet", "request": {"name": "shared-private-1a"}, "uid": uid(rng),
                         "version": str(rng.randint(4000000, 4999999)), "external-name": "subnet-0" + hexs(rng, 16), "requeue-after": "2026-03-18T10:42:00Z"}))
    for t, xr in ((8.0, "orders-db-x8k2p"), (68.0, "billing-db-q2w9r")):
        w.add(t, core, zc("DEBUG", "crossplane", "Composite resource is not yet ready",
                          {"controller": "composite/xpostgresqlinstances.db.acme.io", "request": {"name": xr}, "uid": uid(rng), "version": str(rng.randint(4000000, 4999999)),
                           "name": xr, "requeue-after": "2026-03-18T10:33:00Z"}))
    w.add(27.0, core, zc("DEBUG", "crossplane", "Successfully composed resources",
                         {"controller": "composite/xbuckets.storage.acme.io", "request": {"name": "invoices-archive-7c2lz"}, "uid": uid(rng), "version": str(rng.randint(4000000, 4999999))}))
    w.add(45.0, rbac, zc("DEBUG", "rbac", "Applied RBAC ClusterRoles", {"controller": "definition/xpostgresqlinstances.db.acme.io", "request": {"name": "xpostgresqlinstances.db.acme.io"}}))
    w.add(84.0, core, zc("INFO", "crossplane", "TLS certificate loaded", {"path": "/tls/server/tls.crt"}))
    for t in (18.0, 57.0, 101.0):
        w.add(t, ec2, zc("DEBUG", "provider-aws", "External resource is up to date",
                         {"controller": "managed/ec2.aws.upbound.io/v1beta1, kind=routetableassociation", "request": {"name": "shared-private-rta-" + rhash(rng, 5)},
                          "uid": uid(rng), "version": str(rng.randint(4000000, 4999999)), "external-name": "rtbassoc-0" + hexs(rng, 16), "requeue-after": "2026-03-18T10:42:00Z"}))
    w.add(38.0, core, zc("DEBUG", "crossplane", "Reconciling", {"controller": "composite/xpostgresqlinstances.db.acme.io", "request": {"name": "orders-db-x8k2p"}}))
    w.add(88.0, core, zc("DEBUG", "crossplane", "Reconciling", {"controller": "composite/xpostgresqlinstances.db.acme.io", "request": {"name": "billing-db-q2w9r"}}))
    w.add(110.0, rbac, zc("DEBUG", "rbac", "Applied RBAC ClusterRoles", {"controller": "definition/xbuckets.storage.acme.io", "request": {"name": "xbuckets.storage.acme.io"}}))
    logs, ev = w.build()
    return dict(
        scenario="crossplane-irsa-denied",
        question="New PostgreSQL claims have been stuck not Ready for hours. Is Crossplane itself broken?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="auth_failure", component="provider-aws-rds",
        root_cause=("provider-aws-rds cannot obtain AWS credentials: its IRSA role assumption (sts:AssumeRoleWithWebIdentity) is denied with 403 AccessDenied, "
                    "so the provider cannot connect to AWS for any RDS managed resource."),
        summary=("Crossplane core and provider-aws-ec2 work (security groups reconcile; one EC2 RequestLimitExceeded was retried successfully), but every RDS "
                 "managed resource fails at 'Cannot connect to provider', so the database composites never become Ready."),
        action=("Fix the IAM role trust policy for the provider-aws-rds service account (OIDC provider URL and sub condition must match "
                "system:serviceaccount:crossplane-system:<provider SA>) or the role ARN in its DeploymentRuntimeConfig/ProviderConfig."),
    )


# -------------------------------------------------------------- config_error
@scenario
def vttablet_removed_flag(rng):
    ns = "vitess"
    w = Win(rng, "2026-02-16T03:10:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-vitess-prod-db-pool-{pool}-{rhash(rng, 4)}" for _ in range(3)]
    tabs = [(f"commerce-vttablet-zone1-2469782763-{hexs(rng, 8)}", "zone1-2469782763"), (f"commerce-vttablet-zone1-1263765429-{hexs(rng, 8)}", "zone1-1263765429")]
    vtt = [C(ns, p, "vttablet", nodes[i], app="vitess", service_name="vttablet") for i, (p, _) in enumerate(tabs)]
    myd = [C(ns, p, "mysqld", nodes[i], app="vitess", service_name="mysqld") for i, (p, _) in enumerate(tabs)]
    vtg_pod = f"commerce-zone1-vtgate-{hexs(rng, 8)}-{rhash(rng, 10)}-{rhash(rng, 5)}"
    vtg = C(ns, vtg_pod, "vtgate", nodes[2], app="vitess", service_name="vtgate")
    vto = C(ns, f"commerce-vtorc-{hexs(rng, 8)}-{rhash(rng, 10)}-{rhash(rng, 5)}", "vtorc", nodes[2], app="vitess", service_name="vtorc")
    evl = ev_agent_labels(ns)
    nohealthy = "target: commerce.-.primary: no healthy tablet available for 'keyspace:\"commerce\" shard:\"-\" tablet_type:PRIMARY'"

    def start_fail(t, i):
        w.add(t, vtt[i], "unknown flag: --enable_semi_sync", True)
        w.add(t + 0.0002, vtt[i], "Usage of vttablet:")
        w.add(t + 0.0004, vtt[i], "      --alsologtostderr                                                  log to standard error as well as files")
        w.add(t + 0.0006, vtt[i], "      --app_idle_timeout duration                                        Idle timeout for app connections (default 1m0s)")

    w.add(0.5, evl, ev_agent(rng, "Pod", tabs[0][0], "Pulled", "Normal", 'Container image "vitess/lite:v19.0.4-mysql80" already present on machine', host=nodes[0]))
    for b, i in ((1.0, 0), (1.6, 1)):
        w.add(b, myd[i], f"\u00abISO6\u00bb 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1")
        w.add(b + 2.2, myd[i], f"\u00abISO6\u00bb 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.")
        w.add(b + 2.3, myd[i], f"\u00abISO6\u00bb 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.")
        w.add(b + 2.6, myd[i], (f"\u00abISO6\u00bb 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/vt/socket/mysql.sock'  "
                                "port: 3306  MySQL Community Server - GPL."))
    for t, i in ((5.0, 0), (5.4, 1), (21.0, 0), (21.9, 1), (52.0, 0), (53.1, 1), (109.0, 0), (111.4, 1)):
        start_fail(t, i)
    for t, i, c in ((30.0, 0, 2), (31.0, 1, 2), (80.0, 0, 3), (81.3, 1, 3)):
        p = tabs[i][0]
        w.add(t, evl, ev_agent(rng, "Pod", p, "BackOff", "Warning", f"Back-off restarting failed container vttablet in pod {p}_{ns}({uid(rng)})", host=nodes[i], count=c))
    w.add(2.0, vtg, "Flag --mysql_server_version has been deprecated, use --mysql-server-version instead")
    for t in (8.2, 14.6, 26.0, 39.9, 61.7, 88.3, 117.0):
        w.add(t, vtg, klog("E", 1, "plan_execute.go:211", f"{nohealthy} (errno 1105) (sqlstate HY000) (CallerID: order_api): Sql: \"select id, status from orders where customer_id = :vtg1 limit :vtg2\""))
    w.add(12.0, vto, klog("I", 1, "topology_recovery.go:1112", f"executeCheckAndRecoverFunction: proceeding with DeadPrimary detection on {tabs[0][1]}; isActionable?: true; skipProcesses: false"))
    w.add(12.4, vto, klog("E", 1, "topology_recovery.go:1167", f"executeCheckAndRecoverFunction: recovery of DeadPrimary on {tabs[0][1]} failed: no valid candidates for emergency reparent"))
    w.add(70.0, vto, klog("I", 1, "topology_recovery.go:1112", f"executeCheckAndRecoverFunction: proceeding with DeadPrimary detection on {tabs[0][1]}; isActionable?: true; skipProcesses: false"))
    w.add(70.5, vto, klog("E", 1, "topology_recovery.go:1167", f"executeCheckAndRecoverFunction: recovery of DeadPrimary on {tabs[0][1]} failed: no valid candidates for emergency reparent"))
    w.add(45.0, vtg, klog("I", 1, "tablet_health_check.go:114", "Stopping health check for alias:{cell:\"zone1\" uid:1263765429}"))
    logs, ev = w.build()
    return dict(
        scenario="vttablet-removed-flag",
        question="After upgrading Vitess to v19, vtgate returns 'no healthy tablet available' for the commerce keyspace. Did the upgrade break MySQL?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="config_error", component="vttablet",
        root_cause=("The vttablet containers are started with --enable_semi_sync, a flag removed in current Vitess releases (semi-sync is now controlled by "
                    "the keyspace durability policy); vttablet rejects the unknown flag and exits immediately, on every restart, for both tablets."),
        summary=("The commerce shard has no running vttablet, so vtgate has no PRIMARY to route to and vtorc cannot reparent (no candidates). "
                 "mysqld itself starts fine; the self-signed CA and deprecated-flag messages are routine."),
        action=("Remove enable_semi_sync from the tablet extraFlags in the VitessCluster spec and set durability_policy=semi_sync on the keyspace "
                "(vtctldclient SetKeyspaceDurabilityPolicy); the tablets will start and the primary will be elected."),
    )


@scenario
def phpfpm_bad_pool_conf(rng):
    ns = "storefront-de"
    w = Win(rng, "2026-03-20T08:03:00")
    node = f"ip-10-12-{rng.randint(1, 90)}-{rng.randint(2, 250)}.eu-central-1.compute.internal"
    pod = dpod(rng, "magento-storefront")
    ngx = C(ns, pod, "nginx", node, app="magento-storefront")
    fpm = C(ns, pod, "php-fpm", node, app="magento-storefront")
    cip = lambda: f"10.12.{rng.randint(1, 90)}.{rng.randint(2, 250)}"
    F = "\u00abFPM\u00bb"

    def fpm_start(t):
        w.add(t, fpm, "entrypoint: applying pool tuning from /usr/local/etc/php-fpm.d/zz-tuning.conf (PHP_FPM_MAX_CHILDREN=, PHP_FPM_START_SERVERS=8)", True)
        w.add(t + 0.05, fpm, f"[{F}] ERROR: [pool www] pm.max_children must be a positive value", True)
        w.add(t + 0.051, fpm, f"[{F}] ERROR: failed to post process the configuration", True)
        w.add(t + 0.052, fpm, f"[{F}] ERROR: FPM initialization failed", True)

    w.add(0.2, ngx, "/docker-entrypoint.sh: Configuration complete; ready for start up")
    w.add(0.3, ngx, f"\u00abGOLOG\u00bb [warn] 1#1: the \"listen ... http2\" directive is deprecated, use the \"http2\" directive instead in /etc/nginx/conf.d/magento.conf:3")
    w.add(0.31, ngx, "\u00abGOLOG\u00bb [notice] 1#1: nginx/1.25.4")
    w.add(0.32, ngx, "\u00abGOLOG\u00bb [notice] 1#1: start worker processes")
    for t in (0.5, 16.0, 43.0, 99.0):
        fpm_start(t)
    reqs = [("GET", "/"), ("GET", "/damen/jacken.html"), ("POST", "/checkout/cart/add/"), ("GET", "/customer/section/load/?sections=cart"), ("GET", "/herren.html")]
    for k, t in enumerate([3.1, 7.7, 12.4, 20.2, 27.9, 35.5, 49.0, 58.3, 71.6, 84.2, 102.5, 115.0]):
        m, pth = reqs[k % len(reqs)]
        c = cip()
        wk = rng.randint(20, 35)
        w.add(t, ngx, (f"\u00abGOLOG\u00bb [error] {wk}#{wk}: *{rng.randint(1000, 99999)} connect() failed (111: Connection refused) while connecting to upstream, "
                       f'client: {c}, server: shop.example.de, request: "{m} {pth} HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "shop.example.de"'))
        w.add(t + 0.001, ngx, f'{c} - - [\u00abNGX\u00bb] "{m} {pth} HTTP/1.1" 502 559 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"')
    w.add(60.0, ngx, f'{cip()} - - [\u00abNGX\u00bb] "GET /nginx-health HTTP/1.1" 200 2 "-" "kube-probe/1.29"')
    w.add(90.0, ngx, f'{cip()} - - [\u00abNGX\u00bb] "GET /static/version1710240000/frontend/Acme/de/de_DE/css/styles-l.css HTTP/1.1" 200 88231 "https://shop.example.de/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"')
    logs, ev = w.build()
    return dict(
        scenario="phpfpm-bad-pool-conf",
        question=f"shop.example.de returns 502 Bad Gateway from pod {pod}. Is nginx broken?",
        selector={"namespace": ns, "pod": pod},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="config_error", component="magento-storefront",
        root_cause=("The php-fpm container cannot start: the pool tuning file uses ${PHP_FPM_MAX_CHILDREN}, which is not set in the pod, so pm.max_children "
                    "is empty and FPM aborts with 'pm.max_children must be a positive value' / 'FPM initialization failed' on every restart."),
        summary=("php-fpm is crash-looping, so nginx (healthy, serving static files and its own health check) gets connection refused on fastcgi://127.0.0.1:9000 "
                 "and returns 502 for every dynamic page. The http2 directive warning is cosmetic."),
        action=("Add PHP_FPM_MAX_CHILDREN to the Deployment env (or its ConfigMap/Secret) or give the tuning file a default, then restart the pods; "
                "validate with `php-fpm -t` in CI."),
    )


# -------------------------------------------------------- resource_exhausted
@scenario
def es_flood_stage(rng):
    ns = "elastic-logs"
    w = Win(rng, "2026-02-08T23:40:00")
    nodes = [f"k8s-logging-{i:02d}" for i in (1, 2, 3, 4)]
    cuuid = hexs(rng, 22)
    nids = [hexs(rng, 22) for _ in range(3)]
    hot = [C(ns, f"logs-es-hot-{i}", "elasticsearch", nodes[i], app="elasticsearch", service_name="elasticsearch") for i in range(3)]
    lsp = [f"logstash-{i}" for i in range(2)]
    ls = [C(ns, p, "logstash", nodes[3 - i], app="logstash") for i, p in enumerate(lsp)]

    def es(i, level, comp, msg, typ="server"):
        d = {"type": typ, "timestamp": "\u00abESC\u00bbZ", "level": level, "component": comp, "cluster.name": "logs",
             "node.name": f"logs-es-hot-{i}", "message": msg, "cluster.uuid": cuuid, "node.id": nids[i]}
        return jl(d, spaced=True)

    path = "/usr/share/elasticsearch/data/nodes/0"
    hi = (f"high disk watermark [90%] exceeded on [{nids[2]}][logs-es-hot-2][{path}] free: {{free}}[{{pct}}%], shards will be relocated away from this node; "
          "currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete")
    fl = f"flood stage disk watermark [95%] exceeded on [{nids[2]}][logs-es-hot-2][{path}] free: {{free}}[{{pct}}%], all indices on this node will be marked read-only"
    w.add(1.0, hot[2], es(2, "WARN", "o.e.c.r.a.DiskThresholdMonitor", hi.format(free="38.2gb", pct="9.5")), True)
    w.add(1.5, hot[0], es(0, "INFO", "o.e.c.r.a.DiskThresholdMonitor", "rerouting shards: [high disk watermark exceeded on one or more nodes]"), True)
    w.add(33.0, hot[2], es(2, "WARN", "o.e.c.r.a.DiskThresholdMonitor", fl.format(free="19.1gb", pct="4.7")), True)
    w.add(93.0, hot[2], es(2, "WARN", "o.e.c.r.a.DiskThresholdMonitor", fl.format(free="17.6gb", pct="4.3")), True)
    w.add(8.0, hot[1], es(1, "INFO", "o.e.x.i.IndexLifecycleRunner", "policy [logs-30d] for index [logs-app-2026.02.07] on an error step due to a transient error, moving back to the failed step [rollover] for execution. retry attempt [1]"))
    w.add(8.5, hot[1], es(1, "INFO", "o.e.x.i.IndexLifecycleTransition", "moving index [logs-app-2026.02.07] from [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}] to [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"attempt-rollover\"}] in policy [logs-30d]"))
    w.add(20.0, hot[0], es(0, "WARN", "o.e.d.r.RestController", "[types removal] Specifying types in bulk requests is deprecated.", typ="deprecation.elasticsearch"))
    w.add(47.0, hot[1], es(1, "INFO", "o.e.m.j.JvmGcMonitorService", "[gc][1128312] overhead, spent [289ms] collecting in the last [1s]"))
    w.add(61.0, hot[0], es(0, "INFO", "o.e.c.m.MetadataMappingService", "[logs-app-2026.02.08/" + rhash(rng, 22) + "] update_mapping [_doc]"))
    blocked = ('{"type"=>"cluster_block_exception", "reason"=>"index [logs-app-2026.02.08] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage '
               'watermark, index has read-only-allow-delete block];"}')
    pid = hexs(rng, 64)
    for k, t in enumerate([34.2, 35.0, 41.7, 52.3, 66.8, 80.1, 94.4, 108.9]):
        i = k % 2
        w.add(t, ls[i], f"[\u00abESC\u00bb][INFO ][logstash.outputs.elasticsearch][main][{pid}] Retrying failed action {{:status=>429, :action=>[\"index\", {{:_id=>nil, :_index=>\"logs-app-2026.02.08\", :routing=>nil}}, {{...}}], :error=>{blocked}}}")
    w.add(70.0, ls[0], f"[\u00abESC\u00bb][WARN ][logstash.outputs.elasticsearch][main][{pid}] Retrying individual bulk actions that failed or were rejected by the previous bulk request {{:count=>125}}")
    w.add(75.0, ls[1], f"[\u00abESC\u00bb][INFO ][logstash.outputs.elasticsearch][main] Elasticsearch pool URLs updated {{:changes=>{{:removed=>[], :added=>[https://elastic:xxxxxx@logs-es-http.elastic-logs.svc:9200/]}}}}")
    w.add(12.0, ls[0], f"[\u00abESC\u00bb][WARN ][logstash.filters.grok][main][{hexs(rng, 64)}] Timeout executing grok '%{{COMBINEDAPACHELOG}}' against field 'message' with value 'Value too large to output (4312 bytes)! First 255 chars are: ...'")
    w.add(63.0, hot[2], es(2, "WARN", "o.e.c.r.a.DiskThresholdMonitor", fl.format(free="18.4gb", pct="4.5")), True)
    w.add(64.0, hot[0], es(0, "INFO", "o.e.c.r.a.DiskThresholdMonitor", "rerouting shards: [high disk watermark exceeded on one or more nodes]"), True)
    w.add(25.0, hot[1], es(1, "INFO", "o.e.c.m.MetadataCreateIndexService", "[.monitoring-es-7-2026.02.08] creating index, cause [auto(bulk api)], templates [.monitoring-es], shards [1]/[0]"))
    w.add(53.0, hot[1], es(1, "INFO", "o.e.m.j.JvmGcMonitorService", "[gc][1128318] overhead, spent [302ms] collecting in the last [1s]"))
    w.add(86.0, ls[1], f"[\u00abESC\u00bb][INFO ][logstash.outputs.elasticsearch][main][{pid}] Retrying failed action {{:status=>429, :action=>[\"index\", {{:_id=>nil, :_index=>\"logs-audit-2026.02.08\", :routing=>nil}}, {{...}}], :error=>{blocked.replace('logs-app', 'logs-audit')}}}")
    w.add(100.0, hot[0], es(0, "INFO", "o.e.c.r.a.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[logs-app-2026.02.08][3]]])."))
    logs, ev = w.build()
    return dict(
        scenario="es-flood-stage",
        question="Logstash keeps getting 429s from Elasticsearch. Do we need to raise a rate limit somewhere?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="resource_exhausted", component="logs-es-hot",
        root_cause=("The data disk of logs-es-hot-2 is full: it passed the 90% high watermark and then the 95% flood-stage watermark, so Elasticsearch put a "
                    "read-only-allow-delete block on every index with shards on that node."),
        summary=("Logstash's 429s are cluster_block_exception (TOO_MANY_REQUESTS/12 'disk usage exceeded flood-stage watermark'), not a rate limit; "
                 "indexing into logs-app-2026.02.08 is blocked. The grok timeout, deprecation warning and ILM retry are routine."),
        action=("Free or add disk on logs-es-hot-2 (delete or move old indices, expand the PVC, or add hot nodes); the block is released automatically "
                "(7.4+) once usage drops below the high watermark. Review ILM retention so the hot tier cannot fill up."),
    )


@scenario
def hikari_leak(rng):
    ns = "orders-core"
    w = Win(rng, "2026-03-03T12:44:00")
    pool = rng.randint(10000000, 99999999)
    nodes = [f"aks-apps-{pool}-vmss00000{i}" for i in range(4)]
    rs = rhash(rng, 10)
    pods = [f"order-service-{rs}-{rhash(rng, 5)}" for _ in range(3)]
    osv = [C(ns, p, "order-service", nodes[i], app="order-service") for i, p in enumerate(pods)]
    bff_pod = dpod(rng, "checkout-bff")
    bff = C(ns, bff_pod, "checkout-bff", nodes[3], app="checkout-bff")
    T = "\u00abISO3\u00bb"

    def sb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [order-service] [{thread:>15}] {logger:<40} : {msg}"

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": bff_pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    def leak(t, i, conn, thread):
        w.add(t, osv[i], sb("WARN", "l-1 housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                            f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{conn} on thread {thread}, stack trace follows"), True)
        w.add(t + 0.0002, osv[i], "java.lang.Exception: Apparent connection leak detected", True)
        w.add(t + 0.0004, osv[i], "\tat com.acme.orders.export.InvoiceExportService.streamInvoices(InvoiceExportService.java:77)", True)

    def exhausted(t, i, waiting):
        th = f"nio-8080-exec-{rng.randint(1, 200)}"
        w.add(t, osv[i], sb("WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null"))
        w.add(t + 0.0003, osv[i], sb("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                     f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting={waiting})"), True)

    leak(4.0, 0, hexs(rng, 8), "http-nio-8080-exec-17")
    leak(9.5, 1, hexs(rng, 8), "http-nio-8080-exec-4")
    leak(37.0, 0, hexs(rng, 8), "http-nio-8080-exec-63")
    leak(71.2, 1, hexs(rng, 8), "http-nio-8080-exec-88")
    for t, i, wt in ((44.1, 0, 38), (45.0, 0, 41), (58.7, 1, 29), (76.3, 0, 52), (90.8, 1, 47), (104.5, 0, 60)):
        exhausted(t, i, wt)
    for t, i, wt in ((30.0, 0, 12), (60.0, 0, 44), (60.2, 1, 31), (90.0, 0, 57)):
        w.add(t, osv[i], sb("DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Pool stats (total=20, active=20, idle=0, waiting={wt})"), True)
    w.add(30.1, osv[2], sb("DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=3, idle=17, waiting=0)"))
    w.add(60.3, osv[2], sb("DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=4, idle=16, waiting=0)"))
    # pod 2 recently started (benign start-up warnings)
    w.add(1.0, osv[2], sb("INFO", "main", "c.a.orders.OrderServiceApplication", "Started OrderServiceApplication in 14.882 seconds (process running for 15.91)"))
    w.add(0.2, osv[2], sb("WARN", "main", "org.hibernate.orm.deprecation",
                          "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)"))
    w.add(0.5, osv[2], sb("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration",
                          "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    w.add(22.0, osv[2], sb("WARN", "nio-8080-exec-9", "c.a.orders.tx.RetryingTransactionTemplate",
                           "retrying transaction after SQLState 40001 (attempt 1/5): ERROR: restart transaction: TransactionRetryWithProtoRefreshError: WriteTooOldError: write for key /Table/112/1/88231/0 at timestamp 1772541862.118211234,0 too old; wrote at 1772541862.121991402,1"))
    w.add(22.1, osv[2], sb("INFO", "nio-8080-exec-9", "c.a.orders.api.OrderController", "order created id=SO-" + str(rng.randint(1000000, 9999999)) + " attempts=2 took=184ms"))
    for t in (13.0, 50.0, 83.0):
        w.add(t, osv[2], sb("INFO", f"nio-8080-exec-{rng.randint(1, 50)}", "c.a.orders.api.OrderController", "order created id=SO-" + str(rng.randint(1000000, 9999999)) + f" attempts=1 took={rng.randint(40, 120)}ms"))
    for t in (45.3, 59.1, 76.6, 91.2, 105.0):
        w.add(t, bff, pino(50, "order creation failed", reqId=f"req-{rhash(rng, 4)}", err={"type": "AxiosError", "message": "timeout of 5000ms exceeded", "code": "ECONNABORTED"}))
    w.add(66.0, bff, pino(50, "order creation failed", reqId=f"req-{rhash(rng, 4)}", err={"type": "AxiosError", "message": "Request failed with status code 500", "code": "ERR_BAD_RESPONSE"}))
    w.add(29.0, bff, pino(30, "request completed", req={"method": "GET", "url": "/api/orders/SO-0000001"}, res={"statusCode": 404}, responseTime=4.4))
    w.add(110.0, osv[1], sb("INFO", "scheduling-1", "c.a.orders.export.InvoiceExportJob", "invoice export batch 14/40 running (exported=5600, elapsed=312s)"))
    logs, ev = w.build()
    return dict(
        scenario="hikari-leak",
        question="Order creation is timing out for customers. Is CockroachDB overloaded?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="resource_exhausted", component="order-service",
        root_cause=("order-service's HikariCP pool (20 connections) is exhausted on two replicas: InvoiceExportService.streamInvoices holds connections "
                    "without returning them (leak detection fires), so request threads wait 30s for a connection and fail."),
        summary=("Two of three order-service pods have all 20 connections active and dozens of waiters, so checkout-bff times out after 5s; the third pod "
                 "(not running the export) is fine. CockroachDB is not the bottleneck: the single 40001 retry succeeded and pod 2 creates orders in ~100ms."),
        action=("Fix the leak in InvoiceExportService (close the stream/connection, use try-with-resources or a bounded transaction), restart the affected pods, "
                "and keep leakDetectionThreshold enabled; consider running the export on a separate pool."),
    )


# ------------------------------------------------------------------- storage
@scenario
def crdb_multi_attach(rng):
    ns = "crdb"
    w = Win(rng, "2026-02-28T04:12:00")
    nodes = [f"ip-10-70-{rng.randint(1, 90)}-{rng.randint(2, 250)}.eu-west-2.compute.internal" for _ in range(4)]
    cr = [C(ns, f"cockroachdb-{i}", "db", nodes[i], app="cockroachdb") for i in range(2)]
    evl = ev_exporter_labels(ns)
    pvc = f"pvc-{uid(rng)}"
    vol = f"vol-0{hexs(rng, 16)}"
    inst = f"i-0{hexs(rng, 16)}"
    newnode = nodes[3]
    cnt = [rng.randint(100, 900), rng.randint(100, 900)]

    def cl(i, level, gor, f, tags, msg):
        cnt[i] += rng.randint(1, 40)
        return f"{level}\u00abCRDB\u00bb {gor} {f} \u22ee [{tags}] {cnt[i]}  {msg}"

    def ev(t, kind, name, reason, typ, msg, comp, host="", count=1, e=False):
        w.add(t, evl, ev_exporter(rng, ns, kind, name, reason, typ, msg, comp=comp, host=host, count=count,
                                  api="apps/v1" if kind == "StatefulSet" else "v1"), e)

    ev(0.5, "Pod", "cockroachdb-2", "TaintManagerEviction", "Normal", "Marking for deletion Pod crdb/cockroachdb-2", "taint-eviction-controller")
    ev(6.0, "StatefulSet", "cockroachdb", "SuccessfulCreate", "Normal", "create Pod cockroachdb-2 in StatefulSet cockroachdb successful", "statefulset-controller")
    ev(6.4, "Pod", "cockroachdb-2", "Scheduled", "Normal", f"Successfully assigned crdb/cockroachdb-2 to {newnode}", "default-scheduler")
    ma = f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another'
    ev(6.6, "Pod", "cockroachdb-2", "FailedAttachVolume", "Warning", ma, "attachdetach-controller", e=True)
    fm = "Unable to attach or mount volumes: unmounted volumes=[datadir], unattached volumes=[datadir certs kube-api-access-" + rhash(rng, 5) + "]: timed out waiting for the condition"
    ev(66.7, "Pod", "cockroachdb-2", "FailedAttachVolume", "Warning", ma, "attachdetach-controller", count=5, e=True)
    ev(70.0, "Pod", "cockroachdb-2", "FailedMount", "Warning", fm, "kubelet", host=newnode, e=True)
    ev(98.0, "Pod", "cockroachdb-2", "FailedAttachVolume", "Warning",
       f'AttachVolume.Attach failed for volume "{pvc}" : rpc error: code = Internal desc = Could not attach volume "{vol}" to node "{inst}": '
       f'attachment of disk "{vol}" failed, expected device to be attached but was detaching', "attachdetach-controller", e=True)
    ev(120.0, "Pod", "cockroachdb-2", "FailedMount", "Warning", fm, "kubelet", host=newnode, count=2, e=True)
    dns_err = ('failed to connect to n3 at cockroachdb-2.cockroachdb.crdb.svc.cluster.local:26257: initial connection heartbeat failed: grpc: '
               '\u2039connection error: desc = "transport: error while dialing: dial tcp: lookup cockroachdb-2.cockroachdb.crdb.svc.cluster.local on 172.20.0.10:53: no such host"\u203a [code 14/Unavailable]')
    for t, i in ((3.0, 0), (3.4, 1), (33.0, 0), (63.6, 1), (94.0, 0), (124.9, 1)):
        w.add(t, cr[i], cl(i, "W", rng.randint(1000, 9000), "kv/kvserver/closedts/sidetransport/sender.go:836", f"T1,Vsystem,n{i + 1}", dns_err))
    for t, i in ((12.0, 0), (72.0, 1)):
        w.add(t, cr[i], cl(i, "W", rng.randint(100, 900), "server/status/health_check.go:182", f"T1,Vsystem,n{i + 1}",
                           f"health alerts detected: {{Alerts:[{{StoreID:{i + 1} Category:METRICS Description:ranges.underreplicated Value:{118 + int(t // 20)}}}]}}"))
    for t, i in ((20.0, 0), (80.0, 1)):
        w.add(t, cr[i], cl(i, "I", rng.randint(100, 900), "server/status/runtime_log.go:606", f"T1,Vsystem,n{i + 1}",
                           f"runtime stats: {rng.uniform(4, 6):.1f} GiB RSS, {rng.randint(800, 1200)} goroutines (stacks: 11 MiB), 2.1 GiB/3.0 GiB Go alloc/total (heap fragmentation: 112 MiB, heap reserved: 402 MiB, heap released: 1.1 GiB), 1.4 GiB/1.9 GiB CGO alloc/total (3.1 CGO/sec), 212.4/31.0 %(u/s)time, 0.0 %gc (0x), 13 MiB/9.2 MiB (r/w)net"))
    w.add(45.0, cr[0], cl(0, "I", rng.randint(100, 900), "kv/kvserver/replicate_queue.go:812", "T1,Vsystem,n1,replicate,s1,r2281/1:\u2039/Table/112/1/{88\u2026-91\u2026}\u203a",
                          "unable to replace dead replica: 0 of 2 live stores are able to take a new replica for the range (3 already have a voter, 0 already have a non-voter); likely not enough nodes in cluster"))
    w.add(50.0, cr[1], cl(1, "I", rng.randint(100, 900), "sql/sqlliveness/slstorage/slstorage.go:540", "T1,Vsystem,n2", "inserted sqlliveness session " + hexs(rng, 32)))
    w.add(105.0, cr[0], cl(0, "W", rng.randint(100, 900), "kv/kvserver/liveness/liveness.go:783", "T1,Vsystem,n1,liveness-hb", "slow heartbeat took 1.2s; err=<nil>"))
    w.add(1.5, evl, ev_exporter(rng, ns, "Pod", "cockroachdb-2", "Killing", "Normal", "Stopping container db", comp="kubelet", host=nodes[2]))
    w.add(40.0, cr[1], cl(1, "I", rng.randint(100, 900), "server/status/runtime_log.go:606", "T1,Vsystem,n2",
                          f"runtime stats: {rng.uniform(4, 6):.1f} GiB RSS, {rng.randint(800, 1200)} goroutines (stacks: 10 MiB), 2.0 GiB/2.9 GiB Go alloc/total (heap fragmentation: 104 MiB, heap reserved: 388 MiB, heap released: 1.0 GiB), 1.3 GiB/1.8 GiB CGO alloc/total (2.9 CGO/sec), 198.1/29.4 %(u/s)time, 0.0 %gc (0x), 12 MiB/9.0 MiB (r/w)net"))
    w.add(84.0, cr[1], cl(1, "I", rng.randint(100, 900), "kv/kvserver/replicate_queue.go:812", "T1,Vsystem,n2,replicate,s2,r3107/2:\u2039/Table/114/{1-2}\u203a",
                          "unable to replace dead replica: 0 of 2 live stores are able to take a new replica for the range (3 already have a voter, 0 already have a non-voter); likely not enough nodes in cluster"))
    w.add(110.0, cr[1], cl(1, "I", rng.randint(100, 900), "sql/sqlstats/persistedsqlstats/flush.go:72", "T1,Vsystem,n2,sql-stats-worker", "flushed 412 statement fingerprints and 88 transaction fingerprints"))
    w.add(115.0, cr[0], cl(0, "W", rng.randint(100, 900), "server/status/health_check.go:182", "T1,Vsystem,n1",
                           "health alerts detected: {Alerts:[{StoreID:1 Category:METRICS Description:ranges.underreplicated Value:124}]}"))
    logs, ev_ = w.build()
    return dict(
        scenario="crdb-multi-attach",
        question="The CockroachDB console shows n3 dead and ranges under-replicated; n1 says 'no such host' for cockroachdb-2. Is cluster DNS broken?",
        selector={"namespace": ns},
        logs=logs, evidence=ev_,
        severity="ERROR", category="storage", component="cockroachdb",
        root_cause=(f"cockroachdb-2 was evicted from a failing node and rescheduled to {newnode}, but its EBS volume ({pvc}) is still attached to the old "
                    "instance, so the attach fails (Multi-Attach error, attach stuck) and the pod cannot mount its datadir and never starts."),
        summary=("n3 is down because its pod is stuck in ContainerCreating on the volume attach; the 'no such host' errors are expected for a headless-service "
                 "pod that is not running, not a DNS fault. 2 of 3 nodes keep quorum, but ~120 ranges are under-replicated."),
        action=("Detach the EBS volume from the old instance (or terminate/force-detach it) so the attach-detach controller can attach it to the new node; "
                "if it stays stuck, delete the stale VolumeAttachment. Watch under-replicated ranges return to 0."),
    )


@scenario
def zk_readonly_fs(rng):
    ns = "solr"
    w = Win(rng, "2026-03-10T19:27:00")
    nodes = [f"k8s-stor-{i:02d}.lab.acme.net" for i in (1, 2, 3, 4, 5)]
    zk = [C(ns, f"zookeeper-{i}", "zookeeper", nodes[i], app="zookeeper") for i in range(3)]
    solr = [C(ns, f"solr-{i}", "solr", nodes[3 + i], app="solr") for i in range(2)]
    evl = ev_agent_labels(ns)
    zkip = [f"10.244.{i + 1}.{rng.randint(10, 250)}" for i in range(3)]
    L = "\u00abLBC\u00bb"

    def z(i, level, thread, logger, msg):
        return f"{L} [myid:{i + 1}] - {level:<5} [{thread}:{logger}] - {msg}"

    def s(i, level, thread, core, logger, msg):
        return f"\u00abLB\u00bb {level:<5} ({thread}) [{core}] {logger} {msg}"

    w.add(2.0, zk[2], z(2, "WARN", "SyncThread:3", "o.a.z.s.SyncRequestProcessor@193",
                        "fsync-ing the write ahead log in SyncThread:3 took 4812ms which will adversely effect operation latency.File size is 67108880 bytes. See the ZooKeeper troubleshooting guide"), True)
    t0 = 9.0
    w.add(t0, zk[2], z(2, "ERROR", "SyncThread:3", "o.a.z.s.ZooKeeperCriticalThread@49", "Severe unrecoverable error, from thread : SyncThread:3"))
    w.add(t0 + 0.0002, zk[2], "java.io.IOException: Read-only file system", True)
    w.add(t0 + 0.0004, zk[2], "\tat java.base/sun.nio.ch.FileDispatcherImpl.force0(Native Method)")
    w.add(t0 + 0.0006, zk[2], "\tat org.apache.zookeeper.server.persistence.FileTxnLog.commit(FileTxnLog.java:409)")
    w.add(t0 + 0.01, zk[2], z(2, "INFO", "SyncThread:3", "o.a.z.s.ZooKeeperServerListenerImpl@42", "Thread SyncThread:3 exits, error code 1"))
    w.add(t0 + 0.02, zk[2], z(2, "ERROR", "SyncThread:3", "o.a.z.s.ZooKeeperServer@1035", "Severe unrecoverable error, exiting"))
    w.add(t0 + 0.2, zk[0], z(0, "WARN", f"LearnerHandler-/{zkip[2]}:45322", "o.a.z.s.q.LearnerHandler@1077", f"******* GOODBYE /{zkip[2]}:45322 ********"))
    for i, sid in ((0, "0x20000a1b2c3d0004"), (1, "0x20000a1b2c3d0007")):
        tt = t0 + 0.4 + i * 0.3
        w.add(tt, solr[i], s(i, "WARN", "main-SendThread(zookeeper-2.zookeeper-headless.solr.svc.cluster.local:2181)", "   ", "o.a.z.ClientCnxn",
                             f"Session {sid} for server zookeeper-2.zookeeper-headless.solr.svc.cluster.local/{zkip[2]}:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException. => EndOfStreamException: Unable to read additional data from server sessionid {sid}, likely server has closed socket"))
        w.add(tt + 1.1, solr[i], s(i, "INFO", "main-SendThread(zookeeper-0.zookeeper-headless.solr.svc.cluster.local:2181)", "   ", "o.a.z.ClientCnxn",
                                   f"Session establishment complete on server zookeeper-0.zookeeper-headless.solr.svc.cluster.local/{zkip[0]}:2181, session id = {sid}, negotiated timeout = 30000"))

    def zk_restart(t):
        w.add(t, zk[2], z(2, "INFO", "main", "o.a.z.s.q.QuorumPeerConfig@177", "Reading configuration from: /conf/zoo.cfg"))
        w.add(t + 0.8, zk[2], z(2, "INFO", "main", "o.a.z.s.p.FileTxnSnapLog@124", "zookeeper.snapshot.trust.empty : false"))
        w.add(t + 1.4, zk[2], z(2, "ERROR", "main", "o.a.z.s.q.QuorumPeerMain@113", "Unexpected exception, exiting abnormally"))
        w.add(t + 1.4002, zk[2], "java.io.IOException: Read-only file system", True)
        w.add(t + 1.4004, zk[2], "\tat java.base/java.io.FileOutputStream.open0(Native Method)")
        w.add(t + 1.4006, zk[2], "\tat org.apache.zookeeper.common.AtomicFileOutputStream.<init>(AtomicFileOutputStream.java:59)")

    zk_restart(21.0)
    zk_restart(47.0)
    zk_restart(101.0)
    w.add(70.0, evl, ev_agent(rng, "Pod", "zookeeper-2", "BackOff", "Warning", f"Back-off restarting failed container zookeeper in pod zookeeper-2_{ns}({uid(rng)})", host=nodes[2], count=4))
    for k, t in enumerate([4.0, 18.5, 33.0, 58.2, 79.9, 95.0, 116.3]):
        i = k % 2
        w.add(t, solr[i], s(i, "INFO", f"qtp{rng.randint(100000000, 999999999)}-{rng.randint(20, 90)}", f"c:products s:shard{i + 1} r:core_node{3 + i * 2} x:products_shard{i + 1}_replica_n{1 + i * 2}",
                            "o.a.s.c.S.Request", f"webapp=/solr path=/select params={{q=title:({rng.choice(['drill', 'ladder', 'hammer', 'saw'])})&rows=24&wt=javabin&version=2}} hits={rng.randint(10, 4000)} status=0 QTime={rng.randint(2, 30)}"))
    w.add(40.0, solr[0], s(0, "WARN", "main", "   ", "o.a.s.c.SolrResourceLoader", "Solr loaded a deprecated plugin/analysis class [solr.TrieIntField]. Please consult documentation how to replace it accordingly."))
    w.add(64.0, zk[1], z(1, "INFO", "NIOWorkerThread-4", "o.a.z.s.c.FourLetterCommands@223", "The list of known four letter word commands is : [{1936881266=srvr, 1937006964=stat, 2003003491=wchc, 1685417328=dump, 1668445044=crst, 1936880500=srst, 1701738089=envi, 1668247142=conf, -720899=telemetry, 2003003507=wchs, 2003003504=wchp, 1684632179=dirs, 1668247155=cons, 1835955314=mntr, 1769173615=isro, 1920298859=ruok, 1735683435=gtmk, 1937010027=stmk}]"))
    w.add(64.01, zk[1], z(1, "INFO", "NIOWorkerThread-4", "o.a.z.s.c.FourLetterCommands@224", "The list of enabled four letter word commands is : [[srvr, ruok, mntr]]"))
    logs, ev = w.build()
    return dict(
        scenario="zk-readonly-fs",
        question="Solr logs show ZooKeeper session disconnects. Is Solr unhealthy?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="storage", component="zookeeper",
        root_cause=("The data volume of zookeeper-2 has become read-only (after slow fsyncs the filesystem was remounted read-only): its SyncThread dies with "
                    "'java.io.IOException: Read-only file system' and every restart fails the same way, so the member crash-loops."),
        summary=("The ensemble still has quorum (members 1 and 2) and Solr reconnects its sessions to zookeeper-0 and keeps serving queries; but one of three "
                 "ZooKeeper members is down and another failure would lose quorum."),
        action=("Check the node/volume behind zookeeper-2 (kernel log, disk or storage backend errors), repair or replace the PV, and restart the pod; the member "
                "will resync from the leader."),
    )


# ------------------------------------------------------------------ database
@scenario
def yb_too_many_clients(rng):
    ns = "fulfillment"
    w = Win(rng, "2026-02-05T10:58:00")
    nodes = [f"ip-10-0-{rng.randint(96, 127)}-{rng.randint(2, 250)}.us-east-1.compute.internal" for _ in range(4)]
    wk_pods = [dpod(rng, "fulfillment-worker") for _ in range(3)]
    wk = [C(ns, p, "worker", nodes[i], app="fulfillment-worker") for i, p in enumerate(wk_pods)]
    api = C(ns, dpod(rng, "fulfillment-api"), "api", nodes[3], app="fulfillment-api")
    yb = "yb-tservers.yugabyte.svc.cluster.local"
    ybip = ip(rng, "10.0.118")
    L = "\u00abLBC\u00bb"
    tmc = f'(psycopg2.OperationalError) connection to server at "{yb}" ({ybip}), port 5433 failed: FATAL:  sorry, too many clients already'
    rsv = (f'(psycopg2.OperationalError) connection to server at "{yb}" ({ybip}), port 5433 failed: FATAL:  remaining connection slots are reserved for '
           'non-replication superuser connections')

    def cel(i, level, proc, msg):
        return f"[{L}: {level}/{proc}] {msg}"

    w.add(0.5, wk[2], "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine")
    w.add(0.8, wk[2], cel(2, "INFO", "MainProcess", f"celery@{wk_pods[2]} ready."))
    w.add(3.0, wk[0], cel(0, "INFO", "MainProcess", "Scaling up 8 processes."))
    w.add(3.5, wk[1], cel(1, "INFO", "MainProcess", "Scaling up 8 processes."))
    tasks = ["fulfillment.tasks.allocate_shipment", "fulfillment.tasks.reserve_stock", "fulfillment.tasks.sync_carrier_rates"]
    fails = [(8.1, 0, tmc), (9.9, 1, tmc), (15.4, 2, tmc), (27.0, 0, rsv), (33.3, 1, tmc), (49.8, 0, tmc), (61.2, 2, tmc), (77.5, 1, rsv), (96.0, 0, tmc), (112.4, 2, tmc)]
    for k, (t, i, msg) in enumerate(fails):
        tid = uid(rng)
        task = tasks[k % 3]
        w.add(t - 0.02, wk[i], cel(i, "INFO", "MainProcess", f"Task {task}[{tid}] received"))
        if k % 3 == 2:
            w.add(t, wk[i], cel(i, "ERROR", f"ForkPoolWorker-{rng.randint(1, 16)}", f"Task {task}[{tid}] raised unexpected: OperationalError('{msg}\\n')"), True)
        else:
            w.add(t, wk[i], cel(i, "WARNING", f"ForkPoolWorker-{rng.randint(1, 16)}", f"{task}[{tid}]: database connect failed: {msg}"), True)
            w.add(t + 0.01, wk[i], cel(i, "INFO", "MainProcess", f"Task {task}[{tid}] retry: Retry in 10s: OperationalError('{msg}\\n')"), True)
    for t, i in ((20.0, 1), (55.5, 2), (88.0, 0), (104.2, 1)):
        w.add(t, wk[i], cel(i, "INFO", f"ForkPoolWorker-{rng.randint(1, 16)}", f"Task fulfillment.tasks.allocate_shipment[{uid(rng)}] succeeded in {rng.uniform(0.2, 1.9):.3f}s: {{'shipment': 'SHP-{rng.randint(1000000, 9999999)}', 'carrier': 'dhl'}}"))
    w.add(40.0, wk[1], cel(1, "WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    w.add(42.1, wk[1], cel(1, "INFO", "MainProcess", "Connected to redis://fulfillment-redis:6379/0"))
    for t in (36.0, 81.0):
        w.add(t, api, f"{L} ERROR aiohttp.server: Error handling request")
        w.add(t + 0.001, api, f"sqlalchemy.exc.OperationalError: {tmc}", True)
        w.add(t + 0.002, api, f'10.0.{rng.randint(96, 127)}.{rng.randint(2, 250)} [\u00abNGX\u00bb] "POST /v1/orders/SO-{rng.randint(1000000, 9999999)}/fulfil HTTP/1.1" 500 229 "-" "order-service/7.2"')
    for t in (12.0, 58.0, 100.0):
        w.add(t, api, f'10.0.{rng.randint(96, 127)}.{rng.randint(2, 250)} [\u00abNGX\u00bb] "GET /v1/shipments/SHP-{rng.randint(1000000, 9999999)} HTTP/1.1" 200 611 "-" "order-service/7.2"')
    w.add(70.0, api, f'10.0.{rng.randint(96, 127)}.{rng.randint(2, 250)} [\u00abNGX\u00bb] "GET /v1/shipments/SHP-0000000 HTTP/1.1" 404 58 "-" "curl/8.5.0"')
    logs, ev = w.build()
    return dict(
        scenario="yb-too-many-clients",
        question="Fulfillment tasks keep failing and retrying, but the workers look healthy. What is the real problem?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="database", component="yb-tserver",
        root_cause=("The YugabyteDB YSQL tservers have reached their connection limit: new connections are rejected with 'FATAL: sorry, too many clients "
                    "already' (and the remaining slots are reserved for superusers) after the Celery workers autoscaled up and opened more pooled connections."),
        summary=("Celery tasks and fulfillment-api requests fail at connect time against yb-tservers; tasks retry and some succeed when a slot frees up. "
                 "The workers themselves are healthy; the brief Redis broker reconnect and the Celery deprecation warning are unrelated."),
        action=("Reduce connections per worker (smaller SQLAlchemy pool, NullPool with a pooler, cap Celery autoscale) or put a connection pooler (YSQL "
                "Connection Manager/PgBouncer) in front; raise ysql_max_connections only if the tservers have headroom."),
    )


@scenario
def magento_deadlocks(rng):
    ns = "shop-eu"
    w = Win(rng, "2026-03-12T20:01:00")
    pool = rng.randint(10000000, 99999999)
    nodes = [f"aks-shop-{pool}-vmss00000{i}" for i in range(4)]
    rs = rhash(rng, 10)
    pods = [f"magento-{rs}-{rhash(rng, 5)}" for _ in range(3)]
    fpm = [C(ns, p, "php-fpm", nodes[i], app="magento") for i, p in enumerate(pods)]
    ngx = [C(ns, p, "nginx", nodes[i], app="magento") for i, p in enumerate(pods)]
    cron_pod = f"magento-cron-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}"
    cron = C(ns, cron_pod, "cron", nodes[3], app="magento")
    M = "\u00abISO6O\u00bb"
    dl = ("SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction, query was: "
          "INSERT INTO `inventory_reservation` (`stock_id`, `sku`, `quantity`, `metadata`) VALUES (?, ?, ?, ?)")
    lw = ("SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction, query was: "
          "UPDATE `cataloginventory_stock_item` SET `qty` = `qty`-? WHERE (`product_id` = ?) AND (`website_id` = ?)")

    def crit(i, msg, cls):
        exc = f"[object] ({cls}(code: {1213 if '1213' in msg else 1205}): {msg} at /var/www/html/vendor/magento/framework/DB/Statement/Pdo/Mysql.php:109)"
        return f"[{M}] main.CRITICAL: {msg} " + json.dumps({"exception": exc}, ensure_ascii=False) + " []"

    fails = [(6.2, 0, dl, "Magento\\Framework\\DB\\Adapter\\DeadlockException"), (6.9, 1, dl, "Magento\\Framework\\DB\\Adapter\\DeadlockException"),
             (31.4, 2, lw, "Magento\\Framework\\DB\\Adapter\\LockWaitException"), (54.0, 0, dl, "Magento\\Framework\\DB\\Adapter\\DeadlockException"),
             (77.7, 1, dl, "Magento\\Framework\\DB\\Adapter\\DeadlockException"), (101.3, 2, dl, "Magento\\Framework\\DB\\Adapter\\DeadlockException")]
    for k, (t, i, msg, cls) in enumerate(fails):
        quote = rng.randint(800000, 899999)
        w.add(t, fpm[i], crit(i, msg, cls), True)
        if k != 2:
            w.add(t + 0.2, fpm[i], f"[{M}] main.WARNING: Acme\\Checkout\\Plugin\\RetryOnDeadlock: deadlock while placing order, retry 1/3 for quote {quote} [] []")
            w.add(t + 0.6, fpm[i], f"[{M}] main.INFO: Order {quote + 100000000:09d} placed for quote {quote} after 2 attempts [] []")
            w.add(t + 0.61, ngx[i], f'10.240.{rng.randint(0, 3)}.{rng.randint(2, 250)} - - [\u00abNGX\u00bb] "POST /rest/de_de/V1/carts/mine/payment-information HTTP/1.1" 200 11 "https://www.acme-shop.eu/checkout/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36" rt={rng.uniform(0.8, 2.4):.3f}')
        else:
            w.add(t + 0.01, ngx[i], f'10.240.{rng.randint(0, 3)}.{rng.randint(2, 250)} - - [\u00abNGX\u00bb] "POST /rest/de_de/V1/carts/mine/payment-information HTTP/1.1" 400 92 "https://www.acme-shop.eu/checkout/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1" rt=50.212')
    w.add(2.0, fpm[1], f"[{M}] main.INFO: Broken reference: the 'header.panel' tries to reorder itself towards 'store.settings', but their parents are different: 'header.panel.wrapper' and 'store.settings.currency' respectively. [] []")
    w.add(44.0, fpm[2], f"[{M}] main.WARNING: Session size of 312345 exceeded allowed session max size of 256000. [] []")
    for k, t in enumerate([11.0, 19.5, 40.2, 63.3, 88.8, 112.0]):
        i = k % 3
        pth = ["/", "/damen.html", "/catalogsearch/result/?q=sneaker", "/checkout/cart/", "/static/version1710241234/frontend/Acme/eu/de_DE/images/sale-banner.webp", "/customer/section/load/?sections=cart"][k]
        st = 404 if "sale-banner" in pth else 200
        w.add(t, ngx[i], f'10.240.{rng.randint(0, 3)}.{rng.randint(2, 250)} - - [\u00abNGX\u00bb] "GET {pth} HTTP/1.1" {st} {rng.randint(1200, 60000) if st == 200 else 548} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36" rt={rng.uniform(0.05, 0.9) if st == 200 else 0.001:.3f}')
    w.add(0.3, cron, "Waiting for database magento-mysql.shop-eu.svc.cluster.local:3306 ... ok")
    w.add(1.0, cron, f"[{M}] cron.INFO: Cron Job inventory_cleanup_reservations is run [] []")
    w.add(9.0, cron, f"[{M}] cron.INFO: Cron Job inventory_cleanup_reservations is successfully finished. Statistics: {{\"sum\":0,\"count\":1,\"realmem\":\"0 B\",\"emalloc\":\"2.1 MB\",\"wall\":8.012}} [] []")
    w.add(60.0, cron, f"[{M}] cron.INFO: Cron Job sales_grid_order_async_insert is run [] []")
    w.add(60.7, cron, f"[{M}] cron.INFO: Cron Job sales_grid_order_async_insert is successfully finished. Statistics: {{\"sum\":0,\"count\":1,\"realmem\":\"0 B\",\"emalloc\":\"0.4 MB\",\"wall\":0.701}} [] []")
    w.add(70.0, fpm[0], f"[\u00abFPM\u00bb] NOTICE: [pool www] child {rng.randint(100, 400)} exited with code 0 after 3600.214118 seconds from start")
    w.add(70.01, fpm[0], f"[\u00abFPM\u00bb] NOTICE: [pool www] child {rng.randint(400, 600)} started")
    logs, ev = w.build()
    return dict(
        scenario="magento-deadlocks",
        question="Magento is logging main.CRITICAL entries during the evening sale. Are orders failing?",
        selector={"namespace": ns, "app": "magento"},
        logs=logs, evidence=ev,
        severity="WARN", category="database", component="magento-mysql",
        root_cause=("Concurrent order placements contend on the same stock rows in the Magento MySQL database: InnoDB reports deadlocks (1213) on "
                    "inventory_reservation inserts and one lock wait timeout (1205) on cataloginventory_stock_item."),
        summary=("Most deadlocked orders are placed on the automatic retry (2 attempts); one checkout failed with HTTP 400 after a 50s lock wait. "
                 "The Broken reference, session size and FPM child recycling messages are routine."),
        action=("Monitor the deadlock rate (SHOW ENGINE INNODB STATUS) during peaks; consider enabling async stock reservations/indexing, shorter transactions "
                "around reservation, and lowering innodb_lock_wait_timeout so failures retry faster."),
    )


# -------------------------------------------------------------- rate_limited
@scenario
def capa_throttling(rng):
    ns = "capa-system"
    w = Win(rng, "2026-02-25T14:20:00")
    node = f"mgmt-cp-{rng.randint(1, 3)}"
    pod = dpod(rng, "capa-controller-manager")
    mgr = C(ns, pod, "manager", node, app="capa-controller-manager")

    def rid():
        return uid(rng)

    def recerr(err, ctl, kind, key):
        nsn, name = key.split("/")
        return klog("E", 1, "controller.go:329", (f'"Reconciler error" err="{err}" controller="{ctl}" controllerGroup="infrastructure.cluster.x-k8s.io" '
                                                  f'controllerKind="{kind}" {kind}="{key}" namespace="{nsn}" name="{name}" reconcileID="{rid()}"'))

    machines = [f"prod-eu/prod-eu-md-0-{rhash(rng, 5)}" for _ in range(4)]
    for k, t in enumerate([3.0, 17.5, 31.1, 46.9, 66.0, 83.4, 99.0]):
        m = machines[k % 4]
        w.add(t, mgr, recerr(f"failed to create AWSMachine instance: failed to run instance: RequestLimitExceeded: Request limit exceeded.\\n\\tstatus code: 503, request id: {rid()}",
                             "awsmachine", "AWSMachine", m), True)
    for t in (9.2, 55.0, 112.3):
        w.add(t, mgr, recerr(f"failed to reconcile load balancers for AWSCluster prod-eu/prod-eu: failed to describe classic load balancer \\\"prod-eu-apiserver\\\": Throttling: Rate exceeded\\n\\tstatus code: 400, request id: {rid()}",
                             "awscluster", "AWSCluster", "prod-eu/prod-eu"), True)
    for t in (1.0, 24.0, 61.0, 90.0):
        m = machines[rng.randint(0, 3)]
        w.add(t, mgr, klog("I", 1, "awsmachine_controller.go:469", f'"Reconciling AWSMachine" controller="awsmachine" controllerGroup="infrastructure.cluster.x-k8s.io" controllerKind="AWSMachine" AWSMachine="{m}" namespace="prod-eu" reconcileID="{rid()}"'))
    w.add(40.2, mgr, klog("I", 1, "instances.go:111", f'"Creating EC2 instance" controller="awsmachine" AWSMachine="{machines[1]}" namespace="prod-eu"'))
    w.add(76.0, mgr, klog("I", 1, "awsmachine_controller.go:590", f'"EC2 instance state changed" controller="awsmachine" AWSMachine="{machines[1]}" state="pending" instance-id="i-0{hexs(rng, 16)}"'))
    w.add(108.0, mgr, klog("I", 1, "awsmachine_controller.go:590", f'"EC2 instance state changed" controller="awsmachine" AWSMachine="{machines[1]}" state="running" instance-id="i-0{hexs(rng, 16)}"'))
    for t in (12.0, 71.0):
        w.add(t, mgr, klog("I", 1, "request.go:697", f"Waited for 1.{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}s due to client-side throttling, not priority and fairness, request: GET:https://10.100.0.1:443/apis/infrastructure.cluster.x-k8s.io/v1beta2/namespaces/prod-eu/awsmachines"))
    w.add(0.2, mgr, klog("I", 1, "leaderelection.go:260", "successfully acquired lease capa-system/controller-leader-elect-capa"))
    w.add(36.0, mgr, klog("I", 1, "awscluster_controller.go:262", '"Reconciling AWSCluster" controller="awscluster" controllerGroup="infrastructure.cluster.x-k8s.io" controllerKind="AWSCluster" AWSCluster="prod-us/prod-us" namespace="prod-us" reconcileID="' + rid() + '"'))
    w.add(36.4, mgr, klog("I", 1, "network.go:58", '"Reconcile network completed successfully" controller="awscluster" AWSCluster="prod-us/prod-us" namespace="prod-us"'))
    w.add(50.0, mgr, klog("I", 1, "machinepool_controller.go:224", '"Reconciling AWSMachinePool" controller="awsmachinepool" AWSMachinePool="prod-eu/prod-eu-mp-spot" namespace="prod-eu"'))
    w.add(95.0, mgr, klog("I", 1, "certwatcher.go:161", '"Updated current TLS certificate" logger="controller-runtime.certwatcher"'))
    w.add(104.0, mgr, klog("I", 1, "awsmachine_controller.go:469", f'"Reconciling AWSMachine" controller="awsmachine" controllerGroup="infrastructure.cluster.x-k8s.io" controllerKind="AWSMachine" AWSMachine="{machines[3]}" namespace="prod-eu" reconcileID="{rid()}"'))
    w.add(104.5, mgr, klog("I", 1, "instances.go:111", f'"Creating EC2 instance" controller="awsmachine" AWSMachine="{machines[3]}" namespace="prod-eu"'))
    logs, ev = w.build()
    return dict(
        scenario="capa-throttling",
        question="MachineDeployment scale-ups on the prod-eu workload cluster are slow; new machines take 15+ minutes to appear. Anything wrong in CAPA?",
        selector={"namespace": ns, "app": "capa-controller-manager"},
        logs=logs, evidence=ev,
        severity="WARN", category="rate_limited", component="capa-controller-manager",
        root_cause=("capa-controller-manager is being throttled by the AWS APIs of the prod-eu account: RunInstances fails with EC2 RequestLimitExceeded "
                    "and the ELB describe calls with 'Throttling: Rate exceeded', so reconciles back off and machine creation is delayed."),
        summary=("Machines are still created, just slowly (one instance goes pending->running after retries); prod-us reconciles normally. The 'client-side "
                 "throttling' waits are the Kubernetes client's own QPS limiter and are benign."),
        action=("Find what else is consuming the account's EC2/ELB API budget (other controllers, scripts), lower CAPA's reconcile concurrency or sync period, "
                "and request a higher API rate limit from AWS if needed."),
    )


@scenario
def psp_429(rng):
    ns = "checkout-prod"
    w = Win(rng, "2026-03-19T17:59:00")
    nodes = [f"gke-checkout-prod-pool-1-{rhash(rng, 8)}-{rhash(rng, 4)}" for _ in range(3)]
    pg_pods = [dpod(rng, "payment-gateway") for _ in range(2)]
    pg = [C(ns, p, "payment-gateway", nodes[i], app="payment-gateway") for i, p in enumerate(pg_pods)]
    dapr = [C(ns, p, "daprd", nodes[i], app="payment-gateway") for i, p in enumerate(pg_pods)]
    co_pod = dpod(rng, "checkout-api")
    co = C(ns, co_pod, "checkout-api", nodes[2], app="checkout-api")
    T = "\u00abISO3\u00bb"
    rl_msg = "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."

    def sb(level, thread, logger, msg):
        return f"{T} {level:>5} 1 --- [payment-gateway] [{thread:>15}] {logger:<40} : {msg}"

    def zap(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abEPOCH\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    for i in range(2):
        w.add(0.3 + i * 0.2, dapr[i], f'time="\u00abISO9\u00bb" level=info msg="component loaded. name: orders-pubsub, type: pubsub.kafka/v1" app_id=payment-gateway instance={pg_pods[i]} scope=dapr.runtime.processor type=log ver=1.12.4')
    for k, t in enumerate([3.0, 7.5, 12.1, 60.3, 88.0, 118.0]):
        i = k % 2
        w.add(t, pg[i], sb("INFO", f"reactor-http-epoll-{rng.randint(1, 8)}", "c.a.pg.stripe.StripeClient",
                           f"POST /v1/payment_intents status=200 request_id=req_{rhash(rng, 14)} latency_ms={rng.randint(210, 480)}"))
    rl = [(18.2, 0), (18.9, 1), (21.4, 0), (27.7, 1), (34.0, 0), (41.5, 1), (52.2, 0), (71.8, 1), (96.3, 0)]
    for t, i in rl:
        w.add(t, pg[i], sb("WARN", f"reactor-http-epoll-{rng.randint(1, 8)}", "c.a.pg.stripe.StripeClient",
                           f'POST /v1/payment_intents failed status=429 request_id=req_{rhash(rng, 14)} code=rate_limit message="{rl_msg}"'), True)
    for t, i in ((19.0, 0), (28.0, 1), (42.0, 1)):
        w.add(t, pg[i], sb("INFO", f"parallel-{rng.randint(1, 8)}", "c.a.pg.config.ResilienceEvents", "Retry 'stripe' attempt 1/3 after 429 Too Many Requests, backing off 400ms"))
    for t, i in ((22.0, 0), (35.0, 0), (53.0, 0), (72.5, 1)):
        oid = f"SO-{rng.randint(1000000, 9999999)}"
        w.add(t, pg[i], sb("ERROR", f"reactor-http-epoll-{rng.randint(1, 8)}", "c.a.pg.api.PaymentController",
                           f"authorize failed order={oid}: io.github.resilience4j.ratelimiter.RequestNotPermitted: RateLimiter 'stripe' does not permit further calls"), True)
        w.add(t + 0.02, co, zap("error", "payment/client.go:94", "payment authorization failed", order=oid,
                                error='POST http://payment-gateway.checkout-prod.svc.cluster.local:8080/v1/authorize: 503 Service Unavailable: {"error":"payment_provider_unavailable"}'))
    w.add(45.0, pg[1], sb("INFO", f"reactor-http-epoll-{rng.randint(1, 8)}", "c.a.pg.stripe.StripeClient",
                          f"POST /v1/payment_intents status=402 request_id=req_{rhash(rng, 14)} code=card_declined decline_code=insufficient_funds"))
    w.add(65.0, co, zap("info", "http/middleware.go:61", "request", method="GET", path="/v1/orders/SO-0000000", status=404, latency_ms=2))
    for t in (30.0, 80.0):
        w.add(t, co, zap("info", "http/middleware.go:61", "request", method="POST", path="/v1/checkout", status=200, latency_ms=rng.randint(600, 1400)))
    w.add(57.0, dapr[0], f'time="\u00abISO9\u00bb" level=info msg="Published message to topic orders.payment-authorized" app_id=payment-gateway instance={pg_pods[0]} scope=dapr.runtime.pubsub type=log ver=1.12.4')
    w.add(100.0, pg[0], sb("INFO", "scheduling-1", "c.a.pg.metrics.StripeUsage", "stripe requests last 60s: total=6021 ok=5180 rate_limited=712 declined=129 errors=0"))
    logs, ev = w.build()
    return dict(
        scenario="psp-429",
        question="Customers are seeing 'payment provider unavailable' at checkout during the 18:00 drop. Is Stripe down?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="ERROR", category="rate_limited", component="payment-gateway",
        root_cause=("payment-gateway exceeds Stripe's API rate limit during the 18:00 drop: Stripe answers 429 rate_limit, and once retries pile up the gateway's "
                    "own Resilience4j RateLimiter 'stripe' rejects further calls, so authorizations fail with 503 payment_provider_unavailable."),
        summary=("Stripe is up (most payment intents succeed, a 402 decline is normal) but ~12% of calls are rate limited; checkout-api surfaces these as "
                 "provider-unavailable errors. Dapr sidecars and pub/sub are healthy."),
        action=("Smooth the burst (queue authorizations, exponential backoff with jitter per Stripe guidance), avoid unnecessary API calls per checkout, and ask "
                "Stripe for a higher rate limit ahead of planned drops."),
    )


# -------------------------------------------------------------- node_failure
@scenario
def bm_node_mce(rng):
    node = "bm-db-14"
    w = Win(rng, "2026-02-22T03:33:00")
    kern = journal(node, "kernel")
    kubelet = journal(node, "kubelet.service")
    ras = journal(node, "rasdaemon.service")
    sc = C("scylla-prod", "scylla-2", "scylla", node, app="scylla")
    inv = C("inventory", dpod(rng, "inventory-sync"), "inventory-sync", node, app="inventory-sync")
    kpx = C("kube-system", f"kube-proxy-{rhash(rng, 5)}", "kube-proxy", node, app="kube-proxy")
    L = "\u00abLBC\u00bb"
    dimm = "CPU_SrcID#1_Ha#0_Chan#2_DIMM#0"

    def ce(t, page, off):
        w.add(t, kern, "mce: [Hardware Error]: Machine check events logged", True)
        w.add(t + 0.002, kern, f"EDAC MC1: 1 CE memory read error on {dimm} (channel:2 slot:0 page:0x{page:x} offset:0x{off:x} grain:32 syndrome:0x0 - area:DRAM err_code:0000:009f socket:1 ha:0 channel_mask:4 rank:1)", True)

    w.add(1.0, sc, f"INFO  {L} [shard  4] compaction - [Compact inventory.stock_levels {uid(rng)}] Compacted 4 sstables to [...]. 812 MB to 640 MB (~78% of original) in 9211ms = 69 MB/s. ~1220352 total partitions merged to 1101120.")
    w.add(4.0, kubelet, klog("I", 2231, "kubelet.go:2498", '"SyncLoop (probe)" probe="readiness" status="ready" pod="scylla-prod/scylla-2"'))
    ce(12.0, 0x7a3c1, 0x440)
    w.add(12.4, ras, f"rasdaemon[1012]: rasdaemon: mc_event store: Corrected error on memory controller 1, {dimm}, 1 error(s)")
    w.add(20.0, inv, jl({"level": "info", "ts": "\u00abEPOCH\u00bb", "caller": "sync/loop.go:88", "msg": "stock sync batch done", "rows": 5000, "errors": 0, "took_ms": rng.randint(300, 900)}))
    ce(37.5, 0x7a3c1, 0x480)
    w.add(41.0, kpx, klog("I", 1, "proxier.go:1054", '"Adding new service port" portName="scylla-prod/scylla-client:cql" servicePort="10.96.88.4:9042/TCP"'))
    ce(58.1, 0x7a3c5, 0x40)
    w.add(58.6, ras, f"rasdaemon[1012]: rasdaemon: mc_event store: Corrected error on memory controller 1, {dimm}, 3 error(s)")
    w.add(63.0, sc, f"WARN  {L} [shard  9] seastar_memory - oversized allocation: 1310720 bytes. This is non-fatal, but could lead to latency and/or fragmentation issues. Please report: at 0x5f3c2ae 0x5f3c8a0 0x5f3cb8e")
    w.add(66.0, inv, jl({"level": "warn", "ts": "\u00abEPOCH\u00bb", "caller": "sync/loop.go:101", "msg": "slow upstream ERP response, retrying", "attempt": 1, "latency_ms": 4121}))
    w.add(66.8, inv, jl({"level": "info", "ts": "\u00abEPOCH\u00bb", "caller": "sync/loop.go:88", "msg": "stock sync batch done", "rows": 5000, "errors": 0, "took_ms": rng.randint(4200, 5200)}))
    ce(74.9, 0x7a3c9, 0x100)
    w.add(75.3, kubelet, klog("I", 2231, "pod_startup_latency_tracker.go:102", f'"Observed pod startup duration" pod="inventory/{inv["pod"]}" podStartSLOduration=2.61 observedRunningTime="2026-02-22 03:34:15.2 +0000 UTC"'))
    t = 83.2
    w.addm(t, kern, [
        "mce: [Hardware Error]: Machine check events logged",
        f"EDAC MC1: 1 UE memory read error on {dimm} (channel:2 slot:0 page:0x7a3c9 offset:0x0 grain:32 - area:DRAM err_code:0000:009f socket:1 ha:0 channel_mask:4 rank:1)",
        "mce: [Hardware Error]: CPU 27: Machine Check Exception: 5 Bank 9: be00000000800090",
        "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffffa1c2d3e4> {native_safe_halt+0xe/0x10}",
        "mce: [Hardware Error]: TSC 0 ADDR 7a3c9000 MISC 90840000200228c ",
        "mce: [Hardware Error]: PROCESSOR 0:50654 TIME \u00abEPOCHS\u00bb SOCKET 1 APIC 37 microcode 2007006",
        "mce: [Hardware Error]: Run the above through 'mcelog --ascii'",
        "Kernel panic - not syncing: Fatal machine check",
    ], ev=True, step=0.0008)
    w.add(79.0, sc, f"INFO  {L} [shard  0] gossip - InetAddress 10.50.14.31 is now UP, status = NORMAL")
    w.add(80.0, kubelet, klog("I", 2231, "kubelet.go:2498", '"SyncLoop (probe)" probe="liveness" status="healthy" pod="scylla-prod/scylla-2"'))
    w.add(82.0, sc, f"INFO  {L} [shard  3] compaction - [Compact inventory.stock_levels {uid(rng)}] Compacting [/var/lib/scylla/data/inventory/stock_levels-{hexs(rng, 32)}/me-3gb1_0x9k_{rhash(rng, 12)}-big-Data.db:level=0, ...]")
    w.add(5.0, kpx, klog("I", 1, "graceful_termination.go:102", '"Removed real server from graceful delete real server list" realServer="10.96.88.4:9042/TCP/10.244.14.9:9042"'))
    w.add(28.0, sc, f"INFO  {L} [shard  0] storage_service - Node 10.50.14.22 state jump to normal")
    logs, ev = w.build()
    return dict(
        scenario="bm-node-mce",
        question=f"The scylla-2 pod on {node} disappeared and the node went NotReady. Was it evicted?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="CRITICAL", category="node_failure", component=node,
        root_cause=(f"{node} has a failing DIMM ({dimm}): corrected ECC errors escalate to an uncorrectable memory error and a fatal machine-check "
                    "exception, and the kernel panics ('Fatal machine check'); the node stops sending anything after that."),
        summary=("Not an eviction: the whole node crashed on a hardware fault, taking scylla-2 and the other pods with it. The Scylla oversized-allocation "
                 "warning and the slow ERP retry before the crash are unrelated."),
        action=(f"Cordon and keep {node} out of service, have the DIMM replaced (check the BMC/SEL log), and let scylla-2 be rebuilt on another node "
                "(replace the node in the Scylla cluster if its local data is lost)."),
    )


@scenario
def windows_cni_hns(rng):
    node = "akswin000004"
    w = Win(rng, "2026-03-17T05:50:00")
    kub = {"job": "windows-node/kubelet", "node": node, "service_name": "kubelet"}
    ctr = {"job": "windows-node/containerd", "node": node, "service_name": "containerd"}
    cni = {"job": "windows-node/azure-vnet", "node": node, "service_name": "azure-vnet"}
    kpx = {"job": "windows-node/kube-proxy", "node": node, "service_name": "kube-proxy"}
    inv_pods = [dpod(rng, "invoice-renderer") for _ in range(3)]
    inv = C("legacy-invoicing", inv_pods[0], "invoice-renderer", node, app="invoice-renderer")
    exists = "hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)"

    def sandbox_fail(t, p):
        sid = hexs(rng, 64)
        puid = uid(rng)
        err = (f'rpc error: code = Unknown desc = failed to setup network for sandbox \\"{sid}\\": plugin type=\\"azure-vnet\\" name=\\"azure\\" failed (add): '
               f'Failed to create endpoint: {exists} {{\\"Success\\":false,\\"Error\\":\\"The object already exists. \\",\\"ErrorCode\\":2147947410}}')
        w.add(t - 0.05, cni, f"\u00abGOLOG\u00bb [{rng.randint(3000, 9000)}] [cni-net] Failed to create endpoint: {exists}", True)
        w.add(t, kub, klog("E", 3312, "remote_runtime.go:193", f'"RunPodSandbox from runtime service failed" err="{err}"'), True)
        w.add(t + 0.001, kub, klog("E", 3312, "kuberuntime_sandbox.go:72", f'"Failed to create sandbox for pod" err="{err}" pod="legacy-invoicing/{p}"'), True)
        w.add(t + 0.002, kub, klog("E", 3312, "pod_workers.go:1300", f'"Error syncing pod, skipping" err="failed to \\"CreatePodSandbox\\" for \\"{p}_legacy-invoicing({puid})\\" with CreatePodSandboxError: \\"Failed to create sandbox for pod \\\\\\"{p}_legacy-invoicing({puid})\\\\\\": rpc error: code = Unknown desc = failed to setup network for sandbox\\"" pod="legacy-invoicing/{p}" podUID="{puid}"'), True)

    w.add(1.0, kub, klog("I", 3312, "kubelet.go:2410", f'"SyncLoop ADD" source="api" pods=["legacy-invoicing/{inv_pods[1]}"]'))
    sandbox_fail(4.2, inv_pods[1])
    w.add(9.0, kub, klog("I", 3312, "kubelet.go:2410", f'"SyncLoop ADD" source="api" pods=["legacy-invoicing/{inv_pods[2]}"]'))
    sandbox_fail(11.6, inv_pods[2])
    sandbox_fail(33.0, inv_pods[1])
    w.add(40.5, kpx, klog("E", 4120, "proxier.go:1332", f'"Endpoint creation failed" err="hnsCall failed in Win32: The object already exists. (0x1392)"'), True)
    w.add(47.0, ctr, 'time="\u00abISO9\u00bb" level=error msg="failed to reload cni configuration after receiving fs change event(REMOVE \\"C:\\\\k\\\\azurecni\\\\netconf\\\\10-azure.conflist\\")" error="cni config load failed: no network config found in C:\\\\k\\\\azurecni\\\\netconf: cni plugin not initialized: failed to load cni config"', True)
    nr = "NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"
    w.add(52.3, kub, klog("E", 3312, "kubelet.go:2874", f'"Container runtime network not ready" networkReady="{nr}"'), True)
    w.add(52.4, kub, klog("I", 3312, "setters.go:568", (f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"\u00abISOS\u00bb",'
                                                        f'"lastTransitionTime":"\u00abISOS\u00bb","reason":"KubeletNotReady","message":"container runtime network not ready: {nr}"}}')), True)
    w.add(82.3, kub, klog("E", 3312, "kubelet.go:2874", f'"Container runtime network not ready" networkReady="{nr}"'), True)
    w.add(112.3, kub, klog("E", 3312, "kubelet.go:2874", f'"Container runtime network not ready" networkReady="{nr}"'), True)

    def dn(level, cat, msg, exc=None):
        d = {"EventId": 0, "LogLevel": level, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        return jl(d)

    nsh = ("System.Net.Http.HttpRequestException: No such host is known. (sql-gateway.legacy.svc.cluster.local:1433)\r\n"
           " ---> System.Net.Sockets.SocketException (11001): No such host is known.\r\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String hostName, Boolean justAddresses, AddressFamily addressFamily, Int64 startingTimestamp)")
    for t in (55.0, 70.8, 96.1, 118.0):
        w.add(t, inv, dn("Error", "InvoiceRenderer.Data.SqlGatewayClient", "Query failed for batch " + str(rng.randint(1000, 9999)), nsh))
    for t in (2.5, 25.0):
        w.add(t, inv, dn("Information", "InvoiceRenderer.Jobs.RenderQueue", f"Rendered {rng.randint(40, 90)} invoices in last 30s"))
    w.add(30.0, inv, dn("Warning", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository", "Using an in-memory repository. Keys will not be persisted to storage."))
    for t in (6.0, 61.0):
        w.add(t, ctr, f'time="\u00abISO9\u00bb" level=info msg="RunPodSandbox for &PodSandboxMetadata{{Name:{inv_pods[1] if t < 30 else inv_pods[2]},Uid:{uid(rng)},Namespace:legacy-invoicing,Attempt:0,}}"')
    w.add(20.0, kpx, klog("I", 4120, "proxier.go:1170", f'"Syncing proxy rules complete" elapsed="{rng.uniform(90, 200):.1f}ms"'))
    logs, ev = w.build()
    return dict(
        scenario="windows-cni-hns",
        question=f"Windows pods on {node} are stuck in ContainerCreating and some .NET services can't resolve names. Is it a DNS problem?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="ERROR", category="node_failure", component=node,
        root_cause=(f"The container network on Windows node {node} is broken: HNS refuses to create endpoints ('hcnCreateEndpoint failed ... The object already "
                    "exists'), the Azure CNI config disappears, and the kubelet reports NetworkPluginNotReady and marks the node NotReady."),
        summary=("New pods cannot get a sandbox network and running pods on the node lose service/DNS connectivity ('No such host is known'); the DNS errors are "
                 "a symptom of the node's CNI/HNS failure, not of CoreDNS."),
        action=(f"Cordon and drain {node} and reimage/replace it (az aks nodepool ... or delete the VMSS instance); if it recurs, check the Windows node image/HNS "
                "version and the Azure CNI release notes."),
    )


# ---------------------------------------------------------------------- none
@scenario
def crdb_rolling_restart(rng):
    ns = "crdb-ledger"
    w = Win(rng, "2026-02-14T02:30:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-ledger-prod-crdb-{pool}-{rhash(rng, 4)}" for _ in range(3)] + [f"gke-ledger-prod-apps-{rhash(rng, 8)}-{rhash(rng, 4)}"]
    cr = [C(ns, f"cockroachdb-{i}", "db", nodes[i], app="cockroachdb") for i in range(3)]
    api_pod = dpod(rng, "ledger-api")
    api = C(ns, api_pod, "ledger-api", nodes[3], app="ledger-api")
    evl = ev_agent_labels(ns)
    cnt = [rng.randint(100, 900) for _ in range(3)]

    def cl(i, level, f, tags, msg):
        cnt[i] += rng.randint(1, 30)
        return f"{level}\u00abCRDB\u00bb {rng.randint(1, 9000)} {f} \u22ee [{tags}] {cnt[i]}  {msg}"

    def zap(level, msg, **kw):
        d = {"level": level, "ts": "\u00abISO3\u00bb", "msg": msg}
        d.update(kw)
        return jl(d)

    w.add(0.5, evl, ev_agent(rng, "Pod", "cockroachdb-2", "Killing", "Normal", "Stopping container db", host=nodes[2]))
    w.add(0.7, cr[2], cl(2, "I", "cli/start.go:1083", "T1,Vsystem,n3", "received signal 'terminated'"))
    w.add(0.8, cr[2], cl(2, "I", "cli/start.go:1171", "T1,Vsystem,n3", "initiating graceful shutdown of server"))
    w.add(2.0, cr[2], cl(2, "I", "server/drain.go:361", "T1,Vsystem,n3,server drain process", "drain remaining: 41"))
    w.add(2.01, cr[2], cl(2, "I", "server/drain.go:363", "T1,Vsystem,n3,server drain process", "drain details: range lease iterations: 41"))
    w.add(6.5, cr[2], cl(2, "I", "server/drain.go:361", "T1,Vsystem,n3,server drain process", "drain remaining: 0"))
    w.add(7.1, cr[2], cl(2, "I", "cli/start.go:1198", "T1,Vsystem,n3", "server drained and shutdown completed"))
    refused = ('unable to connect to n3: failed to connect to n3 at cockroachdb-2.cockroachdb.crdb-ledger.svc.cluster.local:26257: initial connection heartbeat failed: grpc: '
               '\u2039connection error: desc = "transport: error while dialing: dial tcp 10.88.2.19:26257: connect: connection refused"\u203a [code 14/Unavailable]')
    for t, i in ((9.0, 0), (9.6, 1), (24.0, 0)):
        w.add(t, cr[i], cl(i, "W", "rpc/nodedialer/nodedialer.go:198", f"T1,Vsystem,n{i + 1}", refused))
    w.add(10.0, api, zap("warn", "transient error, retrying transaction", attempt=1, error="ERROR: result is ambiguous: error=ba: Put [/Table/108/1/2291/0] RPC error: grpc: the client connection is closing [code 1/Canceled] (SQLSTATE 40003)"))
    w.add(10.4, api, zap("info", "transaction committed", attempt=2, took_ms=212))
    w.add(12.0, evl, ev_agent(rng, "Pod", "cockroachdb-2", "Pulled", "Normal", 'Container image "cockroachdb/cockroach:v23.2.5" already present on machine', host=nodes[2]))
    w.add(12.3, evl, ev_agent(rng, "Pod", "cockroachdb-2", "Started", "Normal", "Started container db", host=nodes[2]))
    w.add(13.0, cr[2], cl(2, "I", "cli/start.go:1330", "T1,n?", "CockroachDB CCL v23.2.5 (x86_64-pc-linux-gnu, built 2024/05/08 14:17:00, go1.21.9 X:nocoverageredesign)"))
    w.add(16.0, evl, ev_agent(rng, "Pod", "cockroachdb-2", "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[2], count=2))
    w.add(19.4, cr[2], cl(2, "I", "server/server.go:1848", "T1,Vsystem,n3", "initialized store s3"))
    w.add(21.0, cr[2], cl(2, "I", "cli/start.go:1466", "T1,Vsystem,n3", "node startup completed:"))
    w.add(30.0, cr[0], cl(0, "W", "server/status/health_check.go:182", "T1,Vsystem,n1", "health alerts detected: {Alerts:[{StoreID:1 Category:METRICS Description:ranges.underreplicated Value:14}]}"))
    w.add(33.0, cr[1], cl(1, "I", "kv/kvserver/store_rebalancer.go:612", "T1,Vsystem,n2,s2,store-rebalancer", "load-based rebalancer: 1 range moved, 0 leases transferred"))
    for t in (5.0, 18.0, 38.0, 52.0, 66.0, 80.0, 95.0, 110.0):
        w.add(t, api, zap("info", "request", method=rng.choice(["POST", "GET"]), path=rng.choice(["/v1/postings", "/v1/balances/acc_" + str(rng.randint(10000, 99999))]), status=200, took_ms=rng.randint(4, 40)))
    w.add(45.0, api, zap("warn", "transient error, retrying transaction", attempt=1, error="ERROR: restart transaction: TransactionRetryWithProtoRefreshError: ReadWithinUncertaintyIntervalError (SQLSTATE 40001)"))
    w.add(45.1, api, zap("info", "transaction committed", attempt=2, took_ms=31))
    w.add(60.0, api, zap("info", "request", method="GET", path="/v1/balances/acc_00000", status=404, took_ms=2))
    w.add(72.0, cr[0], cl(0, "I", "server/status/runtime_log.go:606", "T1,Vsystem,n1", "runtime stats: 4.8 GiB RSS, 744 goroutines (stacks: 8.1 MiB), 1.9 GiB/2.8 GiB Go alloc/total (heap fragmentation: 98 MiB, heap reserved: 380 MiB, heap released: 1.0 GiB), 1.2 GiB/1.6 GiB CGO alloc/total (2.8 CGO/sec), 141.3/22.9 %(u/s)time, 0.0 %gc (0x), 11 MiB/8.6 MiB (r/w)net"))
    w.add(90.0, cr[2], cl(2, "I", "server/status/runtime_log.go:606", "T1,Vsystem,n3", "runtime stats: 2.1 GiB RSS, 511 goroutines (stacks: 6.0 MiB), 0.9 GiB/1.4 GiB Go alloc/total (heap fragmentation: 40 MiB, heap reserved: 210 MiB, heap released: 0.3 GiB), 0.6 GiB/0.9 GiB CGO alloc/total (1.2 CGO/sec), 88.0/17.5 %(u/s)time, 0.0 %gc (0x), 9 MiB/7.0 MiB (r/w)net"))
    w.add(100.0, cr[1], cl(1, "I", "jobs/registry.go:1198", "T1,Vsystem,n2", "AUTO SPAN CONFIG RECONCILIATION job 952115123881984001: stepping through state running"))
    logs, ev = w.build()
    return dict(
        scenario="crdb-rolling-restart",
        question="We saw 'connection refused' and 'health alerts detected' from CockroachDB overnight. Did ledger lose data or availability?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("A planned rolling restart of cockroachdb-2 (v23.2.5): the node drains cleanly, its peers briefly cannot dial it, the readiness probe fails "
                 "during start-up, ranges are briefly under-replicated, and ledger-api's transaction retries succeed. Nothing needs fixing."),
        action="None needed.",
    )


@scenario
def control_plane_chatter(rng):
    ns = "kube-system"
    w = Win(rng, "2026-03-07T13:00:00")
    cps = ["k8s-cp-01", "k8s-cp-02", "k8s-cp-03"]
    api = [C(ns, f"kube-apiserver-{n}", "kube-apiserver", n, service_name="kube-apiserver") for n in cps]
    etcd = C(ns, "etcd-k8s-cp-02", "etcd", "k8s-cp-02", service_name="etcd")
    kcm = C(ns, "kube-controller-manager-k8s-cp-01", "kube-controller-manager", "k8s-cp-01", service_name="kube-controller-manager")
    kcm3 = C(ns, "kube-controller-manager-k8s-cp-03", "kube-controller-manager", "k8s-cp-03", service_name="kube-controller-manager")
    sch = C(ns, "kube-scheduler-k8s-cp-02", "kube-scheduler", "k8s-cp-02", service_name="kube-scheduler")
    cdns = C(ns, f"coredns-{rhash(rng, 10)}-{rhash(rng, 5)}", "coredns", "k8s-worker-03", app="kube-dns")
    ms = C(ns, f"metrics-server-{rhash(rng, 10)}-{rhash(rng, 5)}", "metrics-server", "k8s-worker-05", app="metrics-server")

    def ej(level, caller, msg, **kw):
        d = {"level": level, "ts": "\u00abISO6\u00bb", "caller": caller, "msg": msg}
        d.update(kw)
        return jl(d)

    w.add(0.5, kcm3, klog("I", 1, "leaderelection.go:250", "attempting to acquire leader lease kube-system/kube-controller-manager..."))
    for t, a in ((3.0, 0), (41.0, 2), (88.0, 1)):
        w.add(t, api[a], klog("E", 1, "watcher.go:342", "watch chan error: etcdserver: mvcc: required revision has been compacted"))
    w.add(6.0, api[1], klog("I", 1, "alloc.go:330", '"allocated clusterIPs" service="shop/cart-canary" clusterIPs={"IPv4":"10.96.44.12"}'))
    w.add(8.0, api[0], klog("I", 1, "controller.go:624", "quota admission added evaluator for: poddisruptionbudgets.policy"))
    w.add(11.0, etcd, ej("info", "mvcc/index.go:214", "compact tree index", revision=rng.randint(90000000, 99999999)))
    w.add(11.3, etcd, ej("info", "mvcc/kvstore_compaction.go:68", "finished scheduled compaction", **{"compact-revision": rng.randint(90000000, 99999999), "took": "211.41ms", "hash": rng.randint(10**9, 4 * 10**9)}))
    w.add(14.0, etcd, ej("warn", "etcdserver/util.go:170", "apply request took too long", took="118.2ms", **{"expected-duration": "100ms", "prefix": "read-only range ",
                                                                                                         "request": "key:\"/registry/events/\" range_end:\"/registry/events0\" count_only:true ", "response": "range_response_count:0 size:9"}))
    w.add(17.0, api[2], klog("E", 1, "status.go:71", 'apiserver received an error that is not an metav1.Status: &errors.errorString{s:"http2: stream closed"}: http2: stream closed'))
    w.add(20.0, kcm, klog("I", 1, "cleaner.go:175", f'"Cleaning CSR as it is more than 1h0m0s old and approved." csr="csr-{rhash(rng, 5)}"'))
    w.add(22.0, kcm, klog("I", 1, "event.go:376", f'"Event occurred" object="shop/cart-canary" fieldPath="" kind="Deployment" apiVersion="apps/v1" type="Normal" reason="ScalingReplicaSet" message="Scaled up replica set cart-canary-{rhash(rng, 10)} to 1"'))
    w.add(23.0, sch, klog("I", 1, "schedule_one.go:286", f'"Successfully bound pod to node" pod="shop/cart-canary-{rhash(rng, 10)}-{rhash(rng, 5)}" node="k8s-worker-04" evaluatedNodes=12 feasibleNodes=9'))
    w.add(26.0, kcm, klog("I", 1, "request.go:697", "Waited for 1.094718332s due to client-side throttling, not priority and fairness, request: GET:https://10.10.0.11:6443/apis/batch/v1/namespaces/reports/jobs"))
    for t in (29.0, 63.0, 97.0):
        name = rng.choice(["api.stripe.com", "sentry.io", "hooks.slack.com"])
        w.add(t, cdns, f'[INFO] 10.244.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(32768, 60999)} - {rng.randint(1000, 65000)} "AAAA IN {name}.shop.svc.cluster.local. udp {rng.randint(60, 80)} false 512" NXDOMAIN qr,aa,rd {rng.randint(140, 170)} 0.000{rng.randint(100, 400)}s')
    w.add(35.0, ms, klog("E", 1, "scraper.go:149", '"Failed to scrape node" err="Get \\"https://10.10.0.29:10250/metrics/resource\\": context deadline exceeded" node="k8s-worker-09"'))
    w.add(38.0, api[0], klog("I", 1, "trace.go:236", f'Trace[{rng.randint(100000000, 999999999)}]: "List(recursive=true) etcd3" audit-id:{uid(rng)},key:/pods,resourceVersion:,resourceVersionMatch:,limit:500,continue: (\u00abGOTIME-0.612\u00bb) (total time: 612ms):'))
    w.add(46.0, kcm, klog("I", 1, "job_controller.go:554", f'"enqueueing job" key="reports/nightly-export-{rng.randint(29000000, 29999999)}"'))
    w.add(52.0, etcd, ej("info", "etcdserver/server.go:1395", "triggering snapshot", **{"local-member-id": hexs(rng, 16), "local-member-applied-index": rng.randint(10**8, 9 * 10**8), "local-member-snapshot-index": rng.randint(10**8, 9 * 10**8), "local-member-snapshot-count": 10000}))
    w.add(52.2, etcd, ej("info", "etcdserver/server.go:2413", "saved snapshot", **{"snapshot-index": rng.randint(10**8, 9 * 10**8)}))
    w.add(58.0, api[1], klog("W", 1, "warnings.go:70", "policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, unavailable in v1.25+; use policy/v1 PodDisruptionBudget"))
    w.add(70.0, sch, klog("I", 1, "schedule_one.go:286", f'"Successfully bound pod to node" pod="reports/nightly-export-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}" node="k8s-worker-11" evaluatedNodes=12 feasibleNodes=12'))
    w.add(75.0, kcm, klog("I", 1, "event.go:376", '"Event occurred" object="shop/cart" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: 4; reason: All metrics below target"'))
    w.add(81.0, api[2], klog("I", 1, "controller.go:624", "quota admission added evaluator for: endpoints"))
    w.add(93.0, kcm, klog("E", 1, "disruption.go:644", 'Error syncing PodDisruptionBudget shop/cart, requeuing: Operation cannot be fulfilled on poddisruptionbudgets.policy "cart": the object has been modified; please apply your changes to the latest version and try again'))
    w.add(105.0, etcd, ej("info", "wal/wal.go:785", "created a new WAL segment", path=f"/var/lib/etcd/member/wal/{rng.randint(1000, 9999):016x}-{rng.randint(10**8, 9 * 10**8):016x}.wal"))
    w.add(110.0, api[0], klog("I", 1, "alloc.go:330", '"allocated clusterIPs" service="reports/export-api" clusterIPs={"IPv4":"10.96.201.7"}'))
    logs, ev = w.build()
    return dict(
        scenario="control-plane-chatter",
        question="Our log alerting fired on E-level lines from kube-apiserver and etcd in kube-system. Is the control plane unhealthy?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("Normal control-plane operation: compacted-revision watch restarts, an occasional slow etcd read, snapshots/WAL rotation, HTTP/2 stream "
                 "resets, PDB optimistic-lock conflicts, client-side throttling waits, one missed metrics scrape and search-path NXDOMAINs. No action needed."),
        action="None needed; consider excluding these known-benign messages from alerting.",
    )


@scenario
def eck_rolling_upgrade(rng):
    ns = "search-prod"
    w = Win(rng, "2026-03-01T03:05:00")
    nodes = [f"ip-10-5-{rng.randint(1, 60)}-{rng.randint(2, 250)}.us-west-2.compute.internal" for _ in range(4)]
    cl = "search-prod"
    cuuid = hexs(rng, 22)
    nid = [hexs(rng, 22) for _ in range(3)]
    es = [C(ns, f"{cl}-es-default-{i}", "elasticsearch", nodes[i], app="elasticsearch") for i in range(3)]
    evl = ev_exporter_labels(ns)
    ix = C(ns, dpod(rng, "catalog-indexer"), "catalog-indexer", nodes[3], app="catalog-indexer")

    def esl(i, level, logger, msg, ds="elasticsearch.server"):
        return jl({"@timestamp": "\u00abISO3\u00bb", "log.level": level, "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS",
                   "event.dataset": ds, "process.thread.name": f"elasticsearch[{cl}-es-default-{i}][generic][T#{rng.randint(1, 9)}]", "log.logger": logger,
                   "elasticsearch.cluster.uuid": cuuid, "elasticsearch.node.id": nid[i], "elasticsearch.node.name": f"{cl}-es-default-{i}",
                   "elasticsearch.cluster.name": cl})

    def zap(level, msg, **kw):
        d = {"level": level, "ts": "\u00abISO3\u00bb", "msg": msg}
        d.update(kw)
        return jl(d)

    w.add(0.5, es[0], esl(0, "INFO", "org.elasticsearch.xpack.shutdown.TransportPutShutdownNodeAction", f"creating shutdown record {{nodeId=[{nid[1]}], type=[RESTART], reason=[eck-operator rolling upgrade]}}"))
    w.add(2.0, evl, ev_exporter(rng, ns, "Pod", f"{cl}-es-default-1", "Killing", "Normal", "Stopping container elasticsearch", host=nodes[1]))
    w.add(3.0, es[1], esl(1, "INFO", "org.elasticsearch.node.Node", "stopping ..."))
    w.add(3.9, es[1], esl(1, "INFO", "org.elasticsearch.node.Node", "stopped"))
    w.add(4.2, es[0], esl(0, "INFO", "org.elasticsearch.cluster.service.MasterService",
                          f"node-left[{{{cl}-es-default-1}}{{{nid[1]}}} reason: disconnected], term: 9, version: 41812, delta: removed {{{{{cl}-es-default-1}}}}"))
    w.add(4.5, es[0], esl(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
                          f"Cluster health status changed from [GREEN] to [YELLOW] (reason: [{{{cl}-es-default-1}}{{{nid[1]}}} reason: disconnected])."))
    w.add(6.0, ix, zap("warn", "bulk request failed, retrying", attempt=1, status=503, error="es/bulk: 503 Service Unavailable: no master / node restarting"))
    w.add(7.2, ix, zap("info", "bulk request ok", attempt=2, docs=500, errors=False, took_ms=188))
    w.add(9.0, evl, ev_exporter(rng, ns, "Pod", f"{cl}-es-default-1", "Pulled", "Normal", 'Container image "docker.elastic.co/elasticsearch/elasticsearch:8.13.2" already present on machine', host=nodes[1]))
    w.add(9.4, evl, ev_exporter(rng, ns, "Pod", f"{cl}-es-default-1", "Started", "Normal", "Started container elasticsearch", host=nodes[1]))
    w.add(15.0, evl, ev_exporter(rng, ns, "Pod", f"{cl}-es-default-1", "Unhealthy", "Warning",
                                 'Readiness probe failed: {"timestamp": "2026-03-01T03:05:15+00:00", "message": "readiness probe failed", "curl_rc": "7"}', host=nodes[1], count=3))
    w.add(22.0, es[1], esl(1, "INFO", "org.elasticsearch.node.Node", "version[8.13.2], pid[84], build[docker/16cc90cd2d08a3147ce02b07e50894bc060a4cbf/2024-04-05T14:45:26.420424304Z], OS[Linux/5.10.213-201.855.amzn2.x86_64/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-58]"))
    w.add(23.0, es[1], esl(1, "WARN", "org.elasticsearch.deprecation.common.settings.Settings", "[xpack.monitoring.collection.enabled] setting was deprecated in Elasticsearch and will be removed in a future release.", ds="elasticsearch.deprecation"))
    w.add(34.0, es[1], esl(1, "INFO", "org.elasticsearch.node.Node", f"started {{{cl}-es-default-1}}{{{nid[1]}}}"))
    w.add(34.5, es[0], esl(0, "INFO", "org.elasticsearch.cluster.service.MasterService",
                           f"node-join[{{{cl}-es-default-1}}{{{nid[1]}}} rejoining], term: 9, version: 41820, delta: added {{{{{cl}-es-default-1}}}}"))
    w.add(35.0, es[0], esl(0, "INFO", "org.elasticsearch.xpack.shutdown.TransportDeleteShutdownNodeAction", f"removing shutdown record for nodeId [{nid[1]}]"))
    w.add(52.0, es[0], esl(0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
                           "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[products-v12][1], [orders-2026.03][0]]])."))
    w.add(55.0, es[2], esl(2, "WARN", "org.elasticsearch.deprecation.rest.RestController", "[types removal] Specifying types in search requests is deprecated.", ds="elasticsearch.deprecation"))
    w.add(60.0, es[2], esl(2, "INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "[gc][402211] overhead, spent [301ms] collecting in the last [1s]"))
    w.add(66.0, es[0], esl(0, "WARN", "org.elasticsearch.cluster.coordination.LagDetector",
                           f"node [{{{cl}-es-default-2}}{{{nid[2]}}}] is lagging at cluster state version [41823], although publication of cluster state version [41824] completed [1.5m] ago"))
    w.add(68.0, es[0], esl(0, "INFO", "org.elasticsearch.cluster.coordination.LagDetector", "hot threads from node [" + nid[2] + "] lagging at version [41823] despite commit of cluster state version [41824]: (not captured, node caught up)"))
    for t in (12.0, 28.0, 45.0, 75.0, 90.0, 104.0):
        w.add(t, ix, zap("info", "bulk request ok", attempt=1, docs=500, errors=False, took_ms=rng.randint(90, 400)))
    w.add(82.0, ix, zap("warn", "document rejected", index="products-v12", id="SKU-" + str(rng.randint(100000, 999999)), status=400, error="mapper_parsing_exception: failed to parse field [price] of type [scaled_float]"))
    w.add(98.0, evl, ev_exporter(rng, ns, "Elasticsearch", cl, "Upgraded", "Normal", "Elasticsearch cluster upgraded to 8.13.2 (1/3 nodes complete)", comp="elasticsearch-controller", api="elasticsearch.k8s.elastic.co/v1"))
    logs, ev = w.build()
    return dict(
        scenario="eck-rolling-upgrade",
        question="Is anything wrong with the search-prod Elasticsearch cluster? It went yellow overnight.",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("An ECK rolling upgrade to 8.13.2: the restarting node is registered for shutdown, leaves, the cluster is YELLOW until its shards restart and "
                 "returns to GREEN; readiness probe failures at start-up, one retried bulk 503, a lag detector warning that resolved and a single mapping rejection are routine."),
        action="None needed; let the upgrade finish.",
    )


@scenario
def magento_routine(rng):
    ns = "shop-stage"
    w = Win(rng, "2026-02-20T11:40:00")
    nodes = [f"worker-{i}.ocp-stg.acme.corp" for i in range(1, 4)]
    rs = rhash(rng, 10)
    pods = [f"magento-{rs}-{rhash(rng, 5)}" for _ in range(2)]
    fpm = [C(ns, p, "php-fpm", nodes[i], app="magento") for i, p in enumerate(pods)]
    ngx = [C(ns, p, "nginx", nodes[i], app="magento") for i, p in enumerate(pods)]
    cron = C(ns, f"magento-cron-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}", "cron", nodes[2], app="magento")
    M = "\u00abISO6O\u00bb"
    F = "\u00abFPM\u00bb"
    reqs = [("GET", "/", 200), ("GET", "/women/tops.html", 200), ("GET", "/catalogsearch/result/?q=jacket", 200), ("GET", "/customer/account/login/", 200),
            ("POST", "/customer/account/loginPost/", 302), ("GET", "/wp-login.php", 404), ("GET", "/.env", 404), ("GET", "/checkout/cart/", 200),
            ("GET", "/media/catalog/product/cache/1/image/700x/old-sku.jpg", 404), ("GET", "/men.html", 301)]
    for k, t in enumerate([1.0, 6.3, 11.8, 17.0, 22.4, 29.9, 36.1, 44.7, 53.3, 60.0, 71.2, 79.8, 88.5, 97.0, 106.6, 114.0]):
        m, pth, st = reqs[k % len(reqs)]
        i = k % 2
        ua = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)" if st == 404 and "wp" in pth else "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36"
        w.add(t, ngx[i], f'10.131.{rng.randint(0, 4)}.{rng.randint(2, 250)} - - [\u00abNGX\u00bb] "{m} {pth} HTTP/1.1" {st} {rng.randint(400, 60000) if st == 200 else rng.randint(150, 600)} "-" "{ua}" rt={rng.uniform(0.01, 0.7):.3f}')
    w.add(3.0, fpm[0], f"[{F}] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 14 total children")
    w.add(14.0, fpm[1], f"[{F}] NOTICE: [pool www] child {rng.randint(100, 300)} exited with code 0 after 3600.008412 seconds from start")
    w.add(14.01, fpm[1], f"[{F}] NOTICE: [pool www] child {rng.randint(300, 500)} started")
    w.add(25.0, fpm[0], f"[{M}] main.INFO: Broken reference: the 'header.panel' tries to reorder itself towards 'store.settings', but their parents are different: 'header.panel.wrapper' and 'store.settings.currency' respectively. [] []")
    w.add(33.0, fpm[1], f'[{F}] WARNING: [pool www] child {rng.randint(100, 500)} said into stderr: "NOTICE: PHP message: PHP Deprecated:  Creation of dynamic property Acme\\Catalog\\Block\\Badge::$badgeRenderer is deprecated in /var/www/html/app/code/Acme/Catalog/Block/Badge.php on line 28"')
    w.add(48.0, fpm[0], f"[{M}] main.WARNING: Session size of 268114 exceeded allowed session max size of 256000. [] []")
    w.add(57.0, fpm[1], f"[{M}] main.ERROR: Invalid template file: 'Magento_Theme::html/old-promo.phtml' in module: '' block's name: 'promo.banner.legacy' [] []")
    w.add(2.0, cron, "Ran jobs by schedule.")
    w.add(62.0, cron, f"[{M}] cron.INFO: Cron Job catalog_product_outdated_price_values_cleanup is run [] []")
    w.add(62.4, cron, f"[{M}] cron.INFO: Cron Job catalog_product_outdated_price_values_cleanup is successfully finished. Statistics: {{\"sum\":0,\"count\":1,\"realmem\":\"0 B\",\"emalloc\":\"0.9 MB\",\"wall\":0.388}} [] []")
    w.add(63.0, cron, "Ran jobs by schedule.")
    w.add(75.0, fpm[0], f"[{M}] main.INFO: Cache file with merged layout: LAYOUT_frontend_STORE1_2f3c9a1b8d7e6f5a4b3c2d1e0f9a8b7c6_page_layout_merged and handles 0: please check the 'checkout_index_index' handle [] []")
    w.add(101.0, fpm[1], f"[{F}] NOTICE: [pool www] child {rng.randint(100, 300)} exited with code 0 after 3600.112301 seconds from start")
    w.add(101.01, fpm[1], f"[{F}] NOTICE: [pool www] child {rng.randint(300, 500)} started")
    logs, ev = w.build()
    return dict(
        scenario="magento-routine",
        question="Is anything wrong with Magento on shop-stage? I see ERROR, WARNING and 404 lines.",
        selector={"namespace": ns, "app": "magento"},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("Routine Magento traffic on OpenShift: bots probing /wp-login.php and /.env get 404s, FPM recycles children and briefly spawns more, and "
                 "Magento logs its usual broken-reference, session-size, legacy template and deprecation messages. Customers are served normally."),
        action="None needed (optionally remove the legacy promo block).",
    )


@scenario
def connect_scaleout_routine(rng):
    ns = "cdc-prod"
    w = Win(rng, "2026-03-15T09:20:00")
    nodes = [f"ip-10-40-{rng.randint(1, 90)}-{rng.randint(2, 250)}.ca-central-1.compute.internal" for _ in range(4)]
    rs = rhash(rng, 10)
    kpods = [f"kafka-connect-{rs}-{rhash(rng, 5)}" for _ in range(3)]
    kips = [f"10.40.{rng.randint(1, 90)}.{rng.randint(2, 250)}" for _ in range(3)]
    kc = [C(ns, p, "kafka-connect", nodes[i], app="kafka-connect") for i, p in enumerate(kpods)]
    sr = C(ns, dpod(rng, "schema-registry"), "schema-registry", nodes[3], app="schema-registry")
    evl = ev_agent_labels(ns)
    T = "\u00abLBC\u00bb"

    def wc(i, level, msg, src):
        return f"[{T}] {level} [Worker clientId=connect-{kips[i]}:8083, groupId=connect-cluster] {msg} ({src})"

    def srl(method, path, status, size, ms):
        return f'[{T}] INFO {nodes[0].split(".")[0].replace("ip-", "").replace("-", ".")} - - [\u00abNGX\u00bb] "{method} {path} HTTP/1.1" {status} {size} "-" "Java/17.0.10" {ms} (io.confluent.rest-utils.requests)'

    w.add(0.5, evl, ev_agent(rng, "Deployment", "kafka-connect", "ScalingReplicaSet", "Normal", f"Scaled up replica set kafka-connect-{rs} to 3 from 2", comp="deployment-controller"))
    w.add(3.0, kc[2], f"[{T}] INFO Kafka Connect worker initializing ... (org.apache.kafka.connect.cli.AbstractConnectCli:114)")
    w.add(5.1, kc[2], f"[{T}] WARN The configuration 'value.converter.schema.registry.url' was supplied but isn't a known config. (org.apache.kafka.clients.admin.AdminClientConfig:385)")
    w.add(9.0, kc[2], f"[{T}] INFO Kafka Connect distributed worker initialization took 6011ms (org.apache.kafka.connect.cli.AbstractConnectCli:141)")
    w.add(9.5, evl, ev_agent(rng, "Pod", kpods[2], "Unhealthy", "Warning", f'Readiness probe failed: Get "http://{kips[2]}:8083/": dial tcp {kips[2]}:8083: connect: connection refused', host=nodes[2]))
    for i in (0, 1):
        w.add(10.0 + i * 0.2, kc[i], wc(i, "INFO", "Rebalance started", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:231"))
        w.add(10.01 + i * 0.2, kc[i], wc(i, "INFO", "(Re-)joining group", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:576"))
    w.add(13.0, kc[0], wc(0, "INFO", f"Joined group at generation 88 with protocol version 2 and got assignment: Assignment{{error=0, leader='connect-{kips[0]}:8083-{hexs(rng, 8)}', leaderUrl='http://{kips[0]}:8083/', offset=412, connectorIds=[inventory-connector], taskIds=[], revokedConnectorIds=[], revokedTaskIds=[customers-connector-0], delay=0}} with rebalance delay: 0",
                          "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2376"))
    w.add(13.5, kc[2], wc(2, "INFO", f"Joined group at generation 89 with protocol version 2 and got assignment: Assignment{{error=0, leader='connect-{kips[0]}:8083-{hexs(rng, 8)}', leaderUrl='http://{kips[0]}:8083/', offset=412, connectorIds=[], taskIds=[customers-connector-0], revokedConnectorIds=[], revokedTaskIds=[], delay=0}} with rebalance delay: 0",
                          "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2376"))
    w.add(14.0, kc[2], f"[{T}] INFO [customers-connector|task-0] Starting PostgresConnectorTask with configuration: (io.debezium.connector.common.BaseSourceTask:134)")
    w.add(16.0, kc[2], f"[{T}] WARN [customers-connector|task-0] [Producer clientId=connector-producer-customers-connector-0] Error while fetching metadata with correlation id 4 : {{pg.public.customer_addresses=LEADER_NOT_AVAILABLE}} (org.apache.kafka.clients.NetworkClient:1216)")
    w.add(16.5, sr, srl("POST", "/subjects/pg.public.customer_addresses-value/versions", 200, 8, 14))
    w.add(17.0, sr, srl("GET", "/subjects/pg.public.customer_addresses-key/versions/latest", 404, 49, 3))
    w.add(18.0, kc[2], f"[{T}] INFO [customers-connector|task-0] Snapshot ended with SnapshotResult [status=SKIPPED, offset=PostgresOffsetContext [sourceInfoSchema=Schema{{io.debezium.connector.postgresql.Source:STRUCT}}, sourceInfo=source_info[server='pg'db='customers', lsn=LSN{{2B/8F3C21A0}}, txId=918233, timestamp=2026-03-15T09:19:58.120Z, snapshot=FALSE, schema=, table=], lastSnapshotRecord=false, lastCompletelyProcessedLsn=LSN{{2B/8F3C21A0}}, lastCommitLsn=LSN{{2B/8F3C21A0}}, streamingStoppingLsn=null, transactionContext=TransactionContext [currentTransactionId=null, perTableEventCount={{}}, totalEventCount=0], incrementalSnapshotContext=IncrementalSnapshotContext [windowOpened=false, chunkEndPosition=null, dataCollectionsToSnapshot=[], lastEventKeySent=null, maximumKey=null]]] (io.debezium.pipeline.ChangeEventSourceCoordinator:110)")
    w.add(20.0, kc[1], f"[{T}] INFO [AdminClient clientId=connect-cluster-shared-admin] Node -1 disconnected. (org.apache.kafka.clients.NetworkClient:977)")
    for t, i in ((30.0, 0), (45.0, 2), (60.0, 0), (75.0, 2), (90.0, 0), (105.0, 2)):
        conn = "inventory-connector" if i == 0 else "customers-connector"
        w.add(t, kc[i], f"[{T}] INFO [{conn}|task-0] {rng.randint(200, 1600)} records sent during previous 00:00:15.0{rng.randint(10, 99)}, last recorded offset of {{server=pg}} partition is {{lsn_proc={rng.randint(10**9, 9 * 10**9)}, lsn_commit={rng.randint(10**9, 9 * 10**9)}, lsn={rng.randint(10**9, 9 * 10**9)}, txId={rng.randint(900000, 999999)}, ts_usec={rng.randint(10**15, 9 * 10**15)}}} (io.debezium.connector.common.BaseSourceTask:213)")
    for t in (35.0, 66.0, 98.0):
        w.add(t, sr, srl("GET", f"/schemas/ids/{rng.randint(100, 160)}", 200, rng.randint(300, 900), rng.randint(1, 4)))
    w.add(50.0, kc[0], f"[{T}] INFO [inventory-connector|task-0|offsets] WorkerSourceTask{{id=inventory-connector-0}} Committing offsets for 1204 acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:233)")
    w.add(80.0, kc[1], f'[{T}] INFO {kips[1]} - - [\u00abNGX\u00bb] "GET /connectors?expand=status HTTP/1.1" 200 1833 "-" "kube-probe/1.29" 4 (org.apache.kafka.connect.runtime.rest.RestServer:62)')
    w.add(84.0, kc[0], f"[{T}] INFO [inventory-connector|task-0] errors.tolerance=none, errors.log.enable=true; task metrics: total-record-errors=0 total-record-failures=0 total-records-skipped=0 (com.acme.connect.metrics.TaskMetricsLogger:57)")
    logs, ev = w.build()
    return dict(
        scenario="connect-scaleout-routine",
        question="After scaling Kafka Connect to 3 workers I see WARN lines, LEADER_NOT_AVAILABLE and a 404 from Schema Registry. Did something break?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("A normal Kafka Connect scale-out: the new worker starts (probe refused until the REST server is up), the group rebalances and the "
                 "customers task moves to it, a new topic is auto-created (LEADER_NOT_AVAILABLE on first metadata fetch), the key-subject 404 is the usual "
                 "'subject not found' check, and record errors stay at 0."),
        action="None needed.",
    )


@scenario
def knative_dapr_scale_from_zero(rng):
    ns = "events-processing"
    w = Win(rng, "2026-02-12T22:14:00")
    pool = rhash(rng, 8)
    nodes = [f"gke-events-prod-pool-1-{pool}-{rhash(rng, 4)}" for _ in range(2)]
    rev = "order-events-00007"
    pod = f"{rev}-deployment-{rhash(rng, 10)}-{rhash(rng, 5)}"
    uc = C(ns, pod, "user-container", nodes[0], app="order-events")
    qp = C(ns, pod, "queue-proxy", nodes[0], app="order-events")
    dp = C(ns, pod, "daprd", nodes[0], app="order-events")
    N = "\u00abISO9\u00bb"

    def qj(sev, msg):
        return jl({"severity": sev, "timestamp": "\u00abISO6\u00bb", "logger": "queueproxy", "caller": "sharedmain/main.go:271", "message": msg,
                   "commit": "f1bd929", "knative.dev/key": f"{ns}/{rev}", "knative.dev/pod": pod})

    def dl(level, msg, scope="dapr.runtime"):
        return f'time="{N}" level={level} msg="{msg}" app_id=order-events instance={pod} scope={scope} type=log ver=1.12.4'

    def pino(level, msg, **kw):
        d = {"level": level, "time": "\u00abEPOCHMS\u00bb", "pid": 1, "hostname": pod}
        d.update(kw)
        d["msg"] = msg
        return jl(d)

    w.add(1.6, qp, qj("INFO", "Starting queue-proxy"))
    w.add(1.7, dp, dl("info", "starting Dapr Runtime -- version 1.12.4 -- commit 3e4fd8d8b6d1d2b3e1b1f3f8c9a7b6d5e4c3b2a1"))
    w.add(1.9, dp, dl("info", "component loaded. name: orders-pubsub, type: pubsub.kafka/v1", "dapr.runtime.processor"))
    w.add(2.0, dp, dl("info", "application protocol: http. waiting on port 8080.  This will block until the app is listening on that port."))
    w.add(2.6, uc, pino(30, "Server listening at http://0.0.0.0:8080"))
    w.add(2.8, dp, dl("info", "application discovered on port 8080"))
    w.add(3.0, dp, dl("info", "dapr initialized. Status: Running. Init Elapsed 1284ms"))
    for k, t in enumerate([4.0, 6.5, 9.1, 13.0, 18.6, 25.2, 31.9, 40.0, 47.7, 55.3, 63.8]):
        w.add(t, uc, pino(30, "event processed", topic="orders", type=rng.choice(["order.created", "order.paid", "order.shipped"]), id=uid(rng), took_ms=rng.randint(3, 40)))
    w.add(10.0, uc, pino(40, "event processing failed, asking for redelivery", topic="orders", id=uid(rng), err={"message": "inventory reservation conflict (409)"}))
    w.add(10.02, dp, dl("warning", "retriable error returned from app while processing pub/sub event " + uid(rng) + ", topic: orders, body: {\\\"status\\\":\\\"RETRY\\\"}. status code returned: 200", "dapr.runtime.pubsub"))
    w.add(11.5, uc, pino(30, "event processed", topic="orders", type="order.created", redelivered=True, took_ms=12))
    w.add(20.0, uc, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    w.add(95.0, qp, qj("INFO", "Received TERM signal, attempting to gracefully shutdown servers."))
    w.add(95.1, qp, qj("INFO", "Sleeping 30s to allow K8s propagation of non-ready state"))
    w.add(95.5, dp, dl("info", "dapr shutting down."))
    w.add(95.6, dp, dl("info", "Stopping PubSub subscribers and input bindings", "dapr.runtime"))
    w.add(96.0, uc, pino(30, "Received SIGTERM, closing server"))
    w.add(2.3, qp, qj("WARN", "aggressive probe error (failed 8 probes): dial tcp 127.0.0.1:8080: connect: connection refused"))
    w.add(125.2, qp, qj("INFO", "Shutting down server: admin"))
    w.add(125.3, qp, qj("INFO", "Shutting down server: main"))
    logs, ev_ = w.build()
    return dict(
        scenario="knative-dapr-scale-from-zero",
        question="order-events logged a readiness probe failure, a Dapr warning and a SIGTERM in the last few minutes. Is it crashing?",
        selector={"namespace": ns, "pod": pod},
        logs=logs, evidence=ev_,
        severity="INFO", category="none",
        summary=("A Knative revision scaling from zero and back: the queue-proxy probe is refused until the container starts, Dapr waits for the app port, events "
                 "are processed (one redelivered after a retriable 409 and then succeeded), and after idling the pod is drained and terminated by scale-to-zero."),
        action="None needed.",
    )


@scenario
def node_routine_ipvs(rng):
    node = f"ip-10-16-{rng.randint(1, 90)}-{rng.randint(2, 250)}.eu-west-3.compute.internal"
    w = Win(rng, "2026-03-08T16:25:00")
    kubelet = journal(node, "kubelet.service")
    ctrd = journal(node, "containerd.service")
    kpx = C("kube-system", f"kube-proxy-{rhash(rng, 5)}", "kube-proxy", node, app="kube-proxy")
    awsn = C("kube-system", f"aws-node-{rhash(rng, 5)}", "aws-node", node, app="aws-node")
    nld = C("kube-system", f"node-local-dns-{rhash(rng, 5)}", "node-cache", node, app="node-local-dns")
    ebs = C("kube-system", f"ebs-csi-node-{rhash(rng, 5)}", "ebs-plugin", node, app="ebs-csi-node")
    web_pod = dpod(rng, "catalog-web")
    web = C("storefront", web_pod, "catalog-web", node, app="catalog-web")
    newip = f"10.16.{rng.randint(1, 90)}.{rng.randint(2, 250)}"

    w.add(1.0, kubelet, klog("I", 2871, "image_gc_manager.go:391", '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 amountToFree=4241213440 lowThreshold=80'))
    for t in (1.4, 1.9, 2.3):
        w.add(t, kubelet, klog("I", 2871, "image_gc_manager.go:461", f'"Removing image to free bytes" imageID="sha256:{hexs(rng, 64)}" size={rng.randint(200000000, 1500000000)} runtimeHandler=""'))
    w.add(2.8, ctrd, f'time="\u00abISO9\u00bb" level=info msg="ImageDelete event name:\\"sha256:{hexs(rng, 64)}\\""')
    w.add(8.0, kubelet, klog("I", 2871, "kubelet.go:2410", f'"SyncLoop ADD" source="api" pods=["storefront/{web_pod}"]'))
    w.add(8.6, ebs, klog("I", 1, "node.go:437", f'"NodePublishVolume: called" args={{"volume_id":"vol-0{hexs(rng, 16)}","target_path":"/var/lib/kubelet/pods/{uid(rng)}/volumes/kubernetes.io~csi/pvc-{uid(rng)}/mount","volume_capability":{{"AccessType":{{"Mount":{{"fs_type":"ext4"}}}},"access_mode":{{"mode":7}}}}}}'))
    w.add(9.0, awsn, jl({"level": "info", "ts": "\u00abISO3\u00bb", "caller": "rpc/rpc.pb.go:881", "msg": f"Received AddNetwork for NS /var/run/netns/cni-{uid(rng)}, Sandbox {hexs(rng, 64)}, ifname eth0"}))
    w.add(9.1, awsn, jl({"level": "info", "ts": "\u00abISO3\u00bb", "caller": "rpc/rpc.pb.go:881", "msg": f"Send AddNetworkReply: IPv4Addr: {newip}, IPv6Addr: , DeviceNumber: 0, err: <nil>"}))
    w.add(14.0, kubelet, klog("I", 2871, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="storefront/{web_pod}" podUID="{uid(rng)}" containerName="catalog-web" probeResult="failure" output="Get \\"http://{newip}:8080/ready\\": dial tcp {newip}:8080: connect: connection refused"'))
    w.add(15.0, web, jl({"level": "info", "ts": "\u00abISO3\u00bb", "msg": "warming product cache", "items": 18000}))
    w.add(21.0, web, jl({"level": "info", "ts": "\u00abISO3\u00bb", "msg": "listening", "addr": ":8080"}))
    w.add(24.0, kubelet, klog("I", 2871, "kubelet.go:2498", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="storefront/{web_pod}"'))
    w.add(24.5, kubelet, klog("I", 2871, "pod_startup_latency_tracker.go:102", f'"Observed pod startup duration" pod="storefront/{web_pod}" podStartSLOduration=16.2 podStartE2EDuration="16.2s"'))
    for t in (25.0, 70.0):
        w.add(t, kpx, klog("I", 1, "proxier.go:1054", f'"Adding new service port" portName="storefront/catalog-web:http" servicePort="172.20.{rng.randint(1, 250)}.{rng.randint(2, 250)}:80/TCP"'))
    w.add(26.0, kpx, klog("I", 1, "graceful_termination.go:102", f'"Removed real server from graceful delete real server list" realServer="172.20.61.9:80/TCP/10.16.{rng.randint(1, 90)}.{rng.randint(2, 250)}:8080"'))
    w.add(40.0, kpx, klog("I", 1, "graceful_termination.go:175", f'"Not deleting, RS has active connections" realServer="172.20.61.9:80/TCP/10.16.{rng.randint(1, 90)}.{rng.randint(2, 250)}:8080" activeConnections=3 inactiveConnections=41'))
    for t in (30.0, 55.0, 85.0, 110.0):
        name = rng.choice(["catalog-db.storefront.svc.cluster.local.storefront.svc.cluster.local", "sqs.eu-west-3.amazonaws.com.storefront.svc.cluster.local", "api.segment.io.svc.cluster.local"])
        w.add(t, nld, f'[INFO] 10.16.{rng.randint(1, 90)}.{rng.randint(2, 250)}:{rng.randint(32768, 60999)} - {rng.randint(1000, 65000)} "A IN {name}. udp {rng.randint(70, 100)} false 1232" NXDOMAIN qr,aa,rd {rng.randint(150, 190)} 0.000{rng.randint(100, 900)}s')
    w.add(45.0, kubelet, klog("E", 2871, "cri_stats_provider.go:643", f'"Unable to fetch container log stats" err="failed to get fsstats for \\"/var/log/pods/storefront_{web_pod}_{uid(rng)}/catalog-web/0.log\\": no such file or directory" containerName="catalog-web"'))
    w.add(50.0, awsn, jl({"level": "info", "ts": "\u00abISO3\u00bb", "caller": "ipamd/ipamd.go:1418", "msg": "Successfully increased IP pool, total: 28, used: 17"}))
    w.add(60.0, ctrd, f'time="\u00abISO9\u00bb" level=info msg="StopPodSandbox for \\"{hexs(rng, 64)}\\" returns successfully"')
    w.add(61.0, kubelet, klog("I", 2871, "kubelet.go:2426", f'"SyncLoop DELETE" source="api" pods=["storefront/{dpod(rng, "catalog-web")}"]'))
    w.add(75.0, web, jl({"level": "warn", "ts": "\u00abISO3\u00bb", "msg": "upstream recommendation service slow, serving cached recommendations", "latency_ms": 812}))
    w.add(90.0, kubelet, klog("I", 2871, "kubelet_node_status.go:679", '"Recording event message for node" node="' + node + '" event="NodeHasSufficientMemory"'))
    w.add(100.0, web, jl({"level": "info", "ts": "\u00abISO3\u00bb", "msg": "request", "path": "/products/8823", "status": 200, "took_ms": 14}))
    logs, ev = w.build()
    return dict(
        scenario="node-routine-ipvs",
        question=f"Node {node} shows disk-threshold and probe-failure messages. Does it need attention?",
        selector={"node": node},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("Routine node activity: image garbage collection frees space when the image filesystem crosses the 85% GC threshold, a new catalog-web pod "
                 "fails its first readiness probe while warming its cache and then becomes ready, kube-proxy (IPVS) drains old real servers gracefully, "
                 "and NodeLocal DNS answers search-path NXDOMAINs."),
        action="None needed.",
    )


@scenario
def ocp_registry_routine(rng):
    ns = "openshift-image-registry"
    w = Win(rng, "2026-03-21T01:00:00")
    nodes = [f"ip-10-0-{rng.randint(128, 190)}-{rng.randint(2, 250)}.us-east-2.compute.internal" for _ in range(3)]
    rs = rhash(rng, 10)
    regp = [f"image-registry-{rs}-{rhash(rng, 5)}" for _ in range(2)]
    reg = [C(ns, p, "registry", nodes[i], app="image-registry") for i, p in enumerate(regp)]
    prn = C(ns, f"image-pruner-{rng.randint(29000000, 29999999)}-{rhash(rng, 5)}", "image-pruner", nodes[2], app="image-pruner")
    evl = ev_exporter_labels(ns)
    N = "\u00abISO9\u00bb"

    def rl(i, level, msg, **kw):
        parts = [f'time="{N}"', f"level={level}", f'msg="{msg}"', "go.version=\"go1.21.11 (Red Hat 1.21.11-1.el9_4) X:strictfipsruntime\""]
        for k, v in kw.items():
            parts.append(f"{k}={v}" if isinstance(v, int) else f'{k}="{v}"')
        return " ".join(parts)

    repo = "shop-stage/magento-web"
    for k, t in enumerate([2.0, 2.3, 2.6, 9.0, 9.4]):
        dg = "sha256:" + hexs(rng, 64)
        i = k % 2
        w.add(t, reg[i], rl(i, "error", "response completed with error", **{"err.code": "blob unknown", "err.detail": dg, "err.message": "blob unknown to registry",
                                                                        "http.request.host": "image-registry.openshift-image-registry.svc:5000", "http.request.method": "HEAD",
                                                                        "http.request.uri": f"/v2/{repo}/blobs/{dg}", "http.response.status": 404, "vars.name": repo}))
        w.add(t + 1.2, reg[i], rl(i, "info", "response completed", **{"http.request.method": "PUT", "http.request.uri": f"/v2/{repo}/blobs/uploads/{uid(rng)}?digest={dg}",
                                                                     "http.response.duration": f"{rng.uniform(0.2, 3.0):.3f}s", "http.response.status": 201, "vars.name": repo}))
    w.add(1.0, reg[0], rl(0, "warning", "error authorizing context: authorization header required", **{"http.request.method": "GET", "http.request.uri": "/v2/", "vars.name": ""}))
    w.add(1.3, reg[0], rl(0, "info", "authorized request", **{"http.request.method": "GET", "http.request.uri": "/v2/", "openshift.auth.user": "system:serviceaccount:shop-stage:builder"}))
    w.add(14.0, reg[1], rl(1, "info", "response completed", **{"http.request.method": "PUT", "http.request.uri": f"/v2/{repo}/manifests/2.4.7-p3-b119", "http.response.duration": "88.412ms", "http.response.status": 201, "vars.name": repo}))
    w.add(20.0, reg[0], rl(0, "info", "response completed", **{"http.request.method": "GET", "http.request.uri": f"/v2/{repo}/manifests/sha256:{hexs(rng, 64)}", "http.response.duration": "12.1ms", "http.response.status": 200, "vars.name": repo}))
    w.add(30.0, prn, "Deleting istags shop-stage/magento-web: 2.4.6-p4-b097")
    w.add(30.3, prn, "Deleting images from server...")
    w.add(31.0, prn, f"error deleting image sha256:{hexs(rng, 64)} from server: images.image.openshift.io \"sha256:{hexs(rng, 64)}\" not found")
    w.add(33.0, prn, "Deleting blobs from registry storage...")
    w.add(40.0, prn, "Deleted 14 objects out of 15.")
    w.add(41.0, prn, "Summary: deleted 6 istags, 6 images, 2 layer links, 0 blobs (0 B) and 0 manifests")
    w.add(48.0, evl, ev_exporter(rng, ns, "Pod", regp[1], "Unhealthy", "Warning", f'Readiness probe failed: Get "https://10.129.{rng.randint(0, 6)}.{rng.randint(2, 250)}:5000/healthz": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', host=nodes[1]))
    for t in (55.0, 70.0, 86.0, 101.0):
        i = rng.randint(0, 1)
        w.add(t, reg[i], rl(i, "info", "response completed", **{"http.request.method": "GET", "http.request.uri": f"/v2/shop-prod/magento-web/manifests/2.4.7-p3-b{rng.randint(110, 119)}", "http.response.duration": f"{rng.uniform(5, 40):.1f}ms", "http.response.status": 200, "vars.name": "shop-prod/magento-web"}))
    w.add(63.0, reg[1], rl(1, "info", "response completed", **{"http.request.method": "GET", "http.request.uri": "/v2/shop-stage/magento-web/manifests/does-not-exist", "http.response.duration": "3.2ms", "http.response.status": 404, "vars.name": "shop-stage/magento-web"}))
    w.add(64.0, reg[1], rl(1, "error", "response completed with error", **{"err.code": "manifest unknown", "err.detail": "unknown tag=does-not-exist", "err.message": "manifest unknown",
                                                                          "http.request.method": "GET", "http.request.uri": "/v2/shop-stage/magento-web/manifests/does-not-exist", "http.response.status": 404, "vars.name": "shop-stage/magento-web"}))
    logs, ev = w.build()
    return dict(
        scenario="ocp-registry-routine",
        question="The OpenShift internal image registry is logging level=error 'blob unknown' and 'manifest unknown'. Is the registry broken?",
        selector={"namespace": ns},
        logs=logs, evidence=ev,
        severity="INFO", category="none",
        summary=("Normal registry operation during a push and the nightly pruner: HEAD requests for blobs the registry does not have yet return 'blob unknown' "
                 "before the uploads succeed (201), an anonymous /v2/ probe is challenged, a client asks for a tag that does not exist, the pruner skips an "
                 "already-deleted image, and one readiness probe times out under load. Pushes and pulls succeed."),
        action="None needed.",
    )


# --------------------------------------------------------------------------
# assembly and self-checks
# --------------------------------------------------------------------------
def build_record(fn):
    name = fn.__name__.replace("_", "-")
    rng = random.Random(f"{SEED}:{name}")
    r = fn(rng)
    assert r["scenario"] == name, (r["scenario"], name)
    sel = {k: r["selector"].get(k) for k in SELECTOR_KEYS}
    exp = {"severity": r["severity"], "root_cause_category": r["category"]}
    if r["category"] != "none":
        exp["component"] = r["component"]
        exp["root_cause"] = r["root_cause"]
    exp["summary"] = r["summary"]
    exp["action"] = r["action"]
    exp["evidence"] = r["evidence"] if r["category"] != "none" else []
    return {
        "id": None,
        "source": f"synthetic:dev10-{name}",
        "question": r["question"],
        "selector": sel,
        "logs": r["logs"],
        "expected": exp,
    }


def check(rec):
    rid = rec["id"]
    logs = rec["logs"]
    exp = rec["expected"]
    errs = []
    if not 25 <= len(logs) <= 60:
        errs.append(f"window size {len(logs)} outside 25..60")
    prev = None
    for i, e in enumerate(logs):
        ts = e["ts"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z", ts):
            errs.append(f"log {i}: bad ts {ts}")
        if prev is not None and ts <= prev:
            errs.append(f"log {i}: ts not strictly increasing")
        prev = ts
        for k, v in rec["selector"].items():
            if v is not None and e["labels"].get(k) != v:
                errs.append(f"log {i}: label {k}={e['labels'].get(k)!r} does not match selector {v!r}")
        if "\u00ab" in e["line"] or "\u00bb" in e["line"]:
            errs.append(f"log {i}: unrendered token")
        if not e["line"].strip():
            errs.append(f"log {i}: empty line")
    if exp["severity"] not in SEVERITIES:
        errs.append("bad severity")
    cat = exp["root_cause_category"]
    if cat == "none":
        if exp["severity"] != "INFO":
            errs.append("none record must be INFO")
        if exp["evidence"]:
            errs.append("none record must have empty evidence")
        if "component" in exp:
            errs.append("none record must have no component")
    else:
        if cat not in CATEGORIES:
            errs.append(f"unknown category {cat}")
        if exp["severity"] == "INFO":
            errs.append("incident must not be INFO")
        if not exp["evidence"]:
            errs.append("incident without evidence")
        if not exp.get("component"):
            errs.append("incident without component")
        ev = exp["evidence"]
        if ev != sorted(set(ev)):
            errs.append("evidence not sorted/unique")
        evlines = set()
        for j in ev:
            if not 0 <= j < len(logs):
                errs.append(f"evidence index {j} out of range")
            else:
                evlines.add(logs[j]["line"])
        # every evidence line occurs verbatim in the logs, and every verbatim repeat is evidence too
        for i, e in enumerate(logs):
            if e["line"] in evlines and i not in ev:
                errs.append(f"log {i} repeats an evidence line but is not evidence")
    if errs:
        raise SystemExit(f"{rid}: " + "; ".join(errs))


def main():
    recs = [build_record(fn) for fn in SCENARIOS]
    names = [r["source"] for r in recs]
    assert len(names) == len(set(names)) == 40, len(names)
    cats = {}
    for r in recs:
        cats.setdefault(r["expected"]["root_cause_category"], []).append(r)
    assert len(cats.get("none", [])) == 8, len(cats.get("none", []))
    for c in CATEGORIES:
        assert len(cats.get(c, [])) == 2, (c, len(cats.get(c, [])))
    random.Random(f"{SEED}:order").shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"dev10-{i:03d}"
        check(r)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    sev = {}
    for r in recs:
        k = (r["expected"]["root_cause_category"], r["expected"]["severity"])
        sev[k] = sev.get(k, 0) + 1
    print(f"wrote {len(recs)} records to {OUT}")
    print("lines per record: min=%d max=%d" % (min(len(r["logs"]) for r in recs), max(len(r["logs"]) for r in recs)))
    for r in recs:
        e = r["expected"]
        print(f'{r["id"]}  {r["source"][len("synthetic:dev10-"):]:<30} {e["root_cause_category"]:<19} {e["severity"]:<8} '
              f'{e.get("component", "-"):<28} n={len(r["logs"]):<3} ev={len(e["evidence"])}')


if __name__ == "__main__":
    main()
