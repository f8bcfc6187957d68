#!/usr/bin/env python3
"""Generate golden/heldout/dev3.jsonl: an independent held-out evaluation set.

Standard library only.  Every record is built by one scenario function whose
random.Random is seeded from SEED plus the scenario name, so running

    python golden/heldout/make_dev3.py

always writes byte-identical output.  The scenarios were written from general
knowledge of what Kubernetes components and common software print; they are
not derived from LogLens code, tests or other golden files.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 31337_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev3.jsonl")
UTC = timezone.utc
ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------- helpers

def rng_for(name):
    return random.Random(f"{SEED}:{name}")


def h(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def hx(r, n):
    return h(r, n, HEX)


def rs(r):
    """ReplicaSet pod-template hash."""
    return h(r, r.choice([8, 9, 10]))


def dpod(r, name, rsh=None):
    return f"{name}-{rsh or rs(r)}-{h(r, 5)}"


def dspod(r, name):
    return f"{name}-{h(r, 5)}"


def uuid4(r):
    s = hx(r, 32)
    return f"{s[:8]}-{s[8:12]}-4{s[13:16]}-{r.choice('89ab')}{s[17:20]}-{s[20:32]}"


def ip(r, a=10, b=None, c=None):
    return f"{a}.{b if b is not None else r.randint(0, 255)}.{c if c is not None else r.randint(0, 255)}.{r.randint(2, 254)}"


def pubip(r):
    return f"{r.choice([34, 52, 66, 81, 91, 104, 146, 185, 203])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 254)}"


def spread(r, t0, t1, n):
    return sorted(r.uniform(t0, t1) for _ in range(n))


def eks_node(r, region="eu-west-1", vpc=(10, 0)):
    a, b = vpc
    return f"ip-{a}-{b if b is not None else r.randint(0, 63)}-{r.randint(0, 255)}-{r.randint(2, 254)}.{region}.compute.internal"


def gke_node(r, cluster, pool):
    return f"gke-{cluster}-{pool}-{hx(r, 8)}-{h(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}"


def aks_node(r, pool, vmss=None):
    vmss = vmss or str(r.randint(10000000, 99999999))
    return f"aks-{pool}-{vmss}-vmss{r.randint(0, 40):06d}"


def J(d):
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def Js(d):
    """JSON with spaces after separators (Python json default, structlog style)."""
    return json.dumps(d, ensure_ascii=False)


def klog(c, pid, src, msg):
    return f"{c}@KLOG@ {pid:>7} {src}] {msg}"


UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A.240205.004)",
]
UA_SCANNER = [
    "Mozilla/5.0 zgrab/0.x",
    "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
]
SCAN_PATHS = ["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/.git/config", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
              "/cgi-bin/luci/;stok=/locale", "/actuator/gateway/routes", "/server-status", "/boaform/admin/formLogin", "/.aws/credentials"]


def nginx_ing(r, client, method, path, status, size, rt, upstream, upaddr, ua=None, proto="HTTP/1.1", upstatus=None):
    """ingress-nginx default log_format upstreaminfo."""
    ua = ua or r.choice(UA_BROWSER)
    ups = upstatus if upstatus is not None else status
    urt = "-" if upaddr == "-" else f"{max(rt - 0.001, 0.0):.3f}"
    return (f'{client} - - [@CLF@] "{method} {path} {proto}" {status} {size} "-" "{ua}" {r.randint(280, 900)} {rt:.3f} '
            f'[{upstream}] [] {upaddr} {size if upaddr != "-" else "-"} {urt} {ups if upaddr != "-" else "-"} {hx(r, 32)}')


def envoy(r, method, path, status, flags, details, rx, tx, dur, ust, ua, authority, uphost, cluster, local, dlocal, dremote,
          xff="-", reason="-", sni="-", route="default"):
    """Istio default TEXT access log."""
    return (f'[@ISO@] "{method} {path} HTTP/1.1" {status} {flags} {details} - "{reason}" {rx} {tx} {dur} {ust} "{xff}" "{ua}" '
            f'"{uuid4(r)}" "{authority}" "{uphost}" {cluster} {local} {dlocal} {dremote} {sni} {route}')


# --------------------------------------------------------------------------- record builder

class Rec:
    def __init__(self, name, r, *, tz=UTC, frac=3, cluster=None, node_labels=True, app_label=False,
                 job_label=False, stream_label=False, journal_job="systemd-journal", ev_style="json",
                 ev_labels=None, start=None):
        self.name = name
        self.r = r
        self.tz = tz
        self.frac = frac
        # only about half of the records carry a cluster label (chosen by name, not by the rng)
        self.cluster = cluster if sum(map(ord, name)) % 2 == 0 else None
        self.node_labels = node_labels
        self.app_label = app_label
        self.job_label = job_label
        self.stream_label = stream_label
        self.journal_job = journal_job
        self.ev_style = ev_style
        self.ev_labels = ev_labels
        if start is None:
            start = datetime(2026, r.randint(1, 4), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                             r.randint(0, 59), r.randint(0, 999) * 1000, tzinfo=UTC)
        self.start = start
        self.items = []

    def day(self, offset_days=0, fmt="%Y-%m-%d"):
        return (self.start + timedelta(days=offset_days)).strftime(fmt)

    # labels -------------------------------------------------------------
    def L(self, ns, pod, container, node=None, app=None, stream=None, **extra):
        d = {"namespace": ns, "pod": pod, "container": container}
        if node and self.node_labels:
            d["node"] = node
        if app and self.app_label:
            d["app"] = app
        if self.job_label:
            d["job"] = f"{ns}/{app or container}"
        if self.stream_label:
            d["stream"] = stream or "stdout"
        if self.cluster:
            d["cluster"] = self.cluster
        d.update(extra)
        return d

    def JL(self, node, unit=None, ident=None):
        d = {"job": self.journal_job, "node": node}
        if unit:
            d["unit"] = unit
        if ident:
            d["syslog_identifier"] = ident
        if self.cluster:
            d["cluster"] = self.cluster
        return d

    # lines --------------------------------------------------------------
    def add(self, t, labels, line, ev=False):
        self.items.append((float(t), len(self.items), labels, line, ev))

    def journal(self, t, node, unit, line, ev=False):
        self.add(t, self.JL(node, unit=unit), line, ev)

    def kernel(self, t, node, line, ev=False):
        self.add(t, self.JL(node, ident="kernel"), line, ev)

    def event(self, t, kind, ns, name, reason, msg, typ="Warning", comp="kubelet", host=None, count=1, ev=False,
              first=None, field=None):
        r = self.r
        first = t if first is None else first
        if self.ev_style == "alloy":
            ref = f"{ns}/{name}" if ns else name
            line = (f'type={typ} reason={reason} kind={kind} objectRef={ref} '
                    f'sourcecomponent={comp}{" sourcehost=" + host if host else ""} count={count} msg={json.dumps(msg)}')
            labels = {"job": "integrations/kubernetes/eventhandler", "namespace": ns or "default"}
            if self.cluster:
                labels["cluster"] = self.cluster
        else:
            obj = {"kind": kind, "namespace": ns, "name": name, "apiVersion": "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim") else ("apps/v1" if kind in ("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet") else "batch/v1")}
            if kind == "Node":
                obj.pop("namespace")
            if field:
                obj["fieldPath"] = field
            src = {"component": comp}
            if host:
                src["host"] = host
            d = {"metadata": {"name": f"{name}.{hx(r, 16)}", "namespace": ns or "default"},
                 "reason": reason, "message": msg, "source": src,
                 "firstTimestamp": f"@TS{first:.3f}@", "lastTimestamp": "@ISOS@", "count": count, "type": typ,
                 "involvedObject": obj}
            line = J(d)
            labels = dict(self.ev_labels)
        self.add(t, labels, line, ev)

    # output -------------------------------------------------------------
    def _dt(self, t):
        return self.start + timedelta(seconds=t)

    def _ts(self, dt):
        d = dt.astimezone(self.tz)
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        s += "." + (f"{d.microsecond // 1000:03d}" if self.frac == 3 else f"{d.microsecond:06d}")
        off = d.utcoffset()
        if off == timedelta(0) and self.tz is UTC:
            return s + "Z"
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        return s + f"{sign}{mins // 60:02d}:{mins % 60:02d}"

    def render(self, line, dt):
        u = dt.astimezone(UTC)
        ms = u.microsecond // 1000
        epoch = u.timestamp()
        rep = [
            ('"@EPOCH@"', f"{epoch:.6f}"), ('"@EPOCHMS@"', str(int(round(epoch * 1000)))),
            ("@EPOCHMS@", str(int(round(epoch * 1000)))), ("@EPOCHNS@", str(int(round(epoch * 1000))) + "000000"),
            ("@EPOCH@", f"{epoch:.6f}"),
            ("@ISOUS@", u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}Z"),
            ("@ISOS@", u.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("@ISO@", u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"),
            ("@ISOOFF@", u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}+00:00"),
            ("@JGC@", u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}+0000"),
            ("@CLF@", u.strftime("%d/") + MON[u.month - 1] + u.strftime("/%Y:%H:%M:%S +0000")),
            ("@PG@", u.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms:03d} UTC"),
            ("@PY@", u.strftime("%Y-%m-%d %H:%M:%S,") + f"{ms:03d}"),
            ("@SEC@", u.strftime("%Y-%m-%d %H:%M:%S")),
            ("@KLOG@", u.strftime("%m%d %H:%M:%S.") + f"{u.microsecond:06d}"),
            ("@SYS@", MON[u.month - 1] + u.strftime(" %d %H:%M:%S")),
            ("@GOUS@", u.strftime("%Y/%m/%d %H:%M:%S.") + f"{u.microsecond:06d}"),
            ("@GO@", u.strftime("%Y/%m/%d %H:%M:%S")),
            ("@REDIS@", u.strftime("%d ") + MON[u.month - 1] + u.strftime(" %Y %H:%M:%S.") + f"{ms:03d}"),
            ("@ESC@", u.strftime("%Y-%m-%dT%H:%M:%S,") + f"{ms:03d}"),
            ("@RMQ@", u.strftime("%Y-%m-%d %H:%M:%S.") + f"{u.microsecond:06d}+00:00"),
            ("@HMS@", u.strftime("%H:%M:%S")),
            ("@HTTPDATE@", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][u.weekday()] + u.strftime(", %d ") + MON[u.month - 1] + u.strftime(" %Y %H:%M:%S GMT")),
            ("@DATE@", u.strftime("%Y-%m-%d")),
        ]
        for a, b in rep:
            if a in line:
                line = line.replace(a, b)
        while "@TS" in line:  # event firstTimestamp at an absolute offset
            i = line.index("@TS")
            j = line.index("@", i + 3)
            off = float(line[i + 3:j])
            line = line[:i] + self._dt(off).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") + line[j + 1:]
        return line

    def build(self, question, selector, expected):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        last = None
        for i, (t, _, labels, line, ev) in enumerate(items):
            dt = self._dt(t)
            if last is not None and dt <= last:
                dt = last + timedelta(microseconds=1000 if self.frac == 3 else 1)
            last = dt
            logs.append({"ts": self._ts(dt), "labels": labels, "line": self.render(line, dt)})
            if ev:
                evidence.append(i)
        expected = dict(expected)
        expected["evidence"] = evidence
        n = len(logs)
        assert 25 <= n <= 120, (self.name, n)
        if expected["root_cause_category"] == "none":
            assert not evidence, self.name
        else:
            assert 1 <= len(evidence) <= 6, (self.name, len(evidence))
        for x in logs:
            assert not re.search(r"@[A-Z]{2,}[A-Z0-9.]*@", x["line"]), (self.name, x["line"])
        rec = {"id": None, "source": f"synthetic:{self.name}", "question": question, "selector": selector,
               "logs": logs, "expected": expected}
        return rec


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def exp(severity, category, component, root_cause, summary, action):
    d = {"severity": severity, "root_cause_category": category}
    if component is not None:
        d["component"] = component
    d.update({"root_cause": root_cause, "summary": summary, "action": action})
    return d


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# =========================================================================== oom_killed

@scenario
def s_oom_reindex():
    name = "oom_reindex_batch"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "nodepool1", vm) for _ in range(3)]
    ex = dspod(r, "event-exporter")
    rec = Rec(name, r, frac=6, cluster="aks-prod-weu", stream_label=True,
              ev_labels={"namespace": "monitoring", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter", "cluster": "aks-prod-weu"})
    ns = "search"
    pod = dpod(r, "search-indexer")
    uid = uuid4(r)
    Li = rec.L(ns, pod, "indexer", node=nodes[0], app="search-indexer")
    Lie = rec.L(ns, pod, "indexer", node=nodes[0], app="search-indexer", stream="stderr")
    api_rs = rs(r)
    apis = [dpod(r, "search-api", api_rs) for _ in range(2)]
    ing = dpod(r, "ingress-nginx-controller")
    Ling = rec.L("ingress-nginx", ing, "controller", node=nodes[2], app="ingress-nginx")
    api_ips = [ip(r, 10, 244, 1), ip(r, 10, 244, 2)]
    cycles = [0.0, 142.0, 395.0]
    pid = 388100
    ev_done = 0
    for ci, c0 in enumerate(cycles):
        pid += r.randint(300, 900)
        rec.add(c0 + 0.2, Li, J({"level": "info", "ts": "@EPOCH@", "caller": "cmd/indexer/main.go:64", "msg": "starting search-indexer", "version": "3.7.2", "go": "go1.22.5", "batch_size": 5000, "restart_count": 3 + ci}))
        rec.add(c0 + 0.9, Li, J({"level": "info", "ts": "@EPOCH@", "caller": "indexer/source.go:118", "msg": "resuming reindex", "index": "products_v12", "cursor": f"sku:{r.randint(481000, 482000):08d}"}))
        heap = 96
        t = c0 + 4
        for b in range(r.randint(5, 6)):
            heap += r.randint(62, 80)
            t += r.uniform(9, 14)
            rec.add(t, Li, J({"level": "info", "ts": "@EPOCH@", "caller": "indexer/bulk.go:204", "msg": "bulk batch buffered", "docs": 5000, "pending_batches": b + 1, "heap_inuse_mb": heap}))
            if b == 3:
                rec.add(t + 1.1, Lie, f"gc {40 + ci * 3 + b} @{t - c0:.3f}s 3%: 0.12+41+0.061 ms clock, 0.49+2.4/79/0.11+0.24 ms cpu, {heap - 20}->{heap - 4}->{heap - 31} MB, {heap + 6} MB goal, 0 MB stacks, 0 MB globals, 4 P")
        kt = t + r.uniform(3, 6)
        rec.kernel(kt, nodes[0], f"indexer invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
        rec.kernel(kt + 0.001, nodes[0], "memory: usage 524288kB, limit 524288kB, failcnt " + str(r.randint(1800, 2600)), ev=(ci == 0))
        rec.kernel(kt + 0.003, nodes[0], f"Memory cgroup out of memory: Killed process {pid} (indexer) total-vm:{r.randint(1590000, 1650000)}kB, anon-rss:{r.randint(518000, 523000)}kB, file-rss:{r.randint(9000, 12000)}kB, shmem-rss:0kB, UID:65532 pgtables:{r.randint(1200, 1350)}kB oom_score_adj:985", ev=(ci < 2))
        rec.journal(kt + 0.4, nodes[0], "kubelet.service", klog("I", 3112, "kubelet.go:2458", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" event={{"ID":"{uid}","Type":"ContainerDied","Data":"{hx(r, 64)}"}}'))
        if ci >= 1:
            back = "1m20s" if ci == 1 else "2m40s"
            rec.journal(kt + 1.2, nodes[0], "kubelet.service", klog("E", 3112, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"indexer\\" with CrashLoopBackOff: \\"back-off {back} restarting failed container=indexer pod={pod}_{ns}({uid})\\"" pod="{ns}/{pod}" podUID="{uid}"'), ev=(ci == 2))
            rec.event(kt + 1.3, "Pod", ns, pod, "BackOff", f"Back-off restarting failed container indexer in pod {pod}_{ns}({uid})", host=nodes[0], count=4 + ci, field="spec.containers{indexer}")
    # symptoms in search-api and healthy traffic
    for i, t in enumerate(spread(r, 5, 560, 22)):
        k = i % 2
        La = rec.L(ns, apis[k], "api", node=nodes[1 + k], app="search-api")
        if i in (6, 13, 19):
            lag = 600 + i * 45
            rec.add(t, La, f'time=@ISO@ level=WARN msg="index freshness degraded" index=products_v12 lag={lag // 60}m{lag % 60}s last_indexed_sku=sku:{r.randint(481000, 482000):08d}')
        elif i in (3, 16):
            rec.add(t, La, 'time=@ISO@ level=WARN msg="deprecated query parameter used" param=sort_by replacement=sort client=web-2.14')
        else:
            q = r.choice(["running shoes", "usb-c hub", "rain jacket", "espresso", "desk lamp", "yoga mat"])
            rec.add(t, La, f'time=@ISO@ level=INFO msg="search served" q_len={len(q)} hits={r.randint(12, 900)} took_ms={r.randint(8, 60)} status=200')
            if r.random() < 0.6:
                rec.add(t - 0.004, Ling, nginx_ing(r, pubip(r), "GET", f"/api/search?q={q.replace(' ', '+')}", 200, r.randint(2000, 9000), r.uniform(0.01, 0.07), "search-search-api-8080", f"{api_ips[k]}:8080"))
    for t in spread(r, 30, 540, 3):
        rec.add(t, Ling, nginx_ing(r, pubip(r), "GET", r.choice(SCAN_PATHS), 404, 548, 0.002, "upstream-default-backend", "-", ua=r.choice(UA_SCANNER)))
    return rec.build(
        "Why does search-indexer keep restarting and why are search results stale?", sel(ns),
        exp("CRITICAL", "oom_killed", "search-indexer",
            "The search-indexer container exceeds its 512Mi memory limit while buffering reindex bulk batches and is OOM-killed by the kernel on every restart.",
            "search-indexer is in an OOM-kill/CrashLoopBackOff loop (memory usage hits the 524288kB cgroup limit each run), so the products_v12 index is falling behind while search-api itself stays healthy.",
            "Raise the search-indexer memory limit or cap pending bulk batches (and set GOMEMLIMIT below the limit) so a reindex batch fits in memory."))


@scenario
def s_oom_celery_child():
    name = "oom_celery_child"
    r = rng_for(name)
    cl = "prod-eu"
    nodes = [gke_node(r, cl, "batch-pool") for _ in range(2)] + [gke_node(r, cl, "default-pool")]
    rec = Rec(name, r, tz=timezone(timedelta(hours=1)), cluster=None, node_labels=True, app_label=True, job_label=True)
    ns = "reporting"
    wrs = rs(r)
    workers = [dpod(r, "reports-worker", wrs) for _ in range(2)]
    api = dpod(r, "reports-api")
    Lw = [rec.L(ns, w, "worker", node=nodes[i], app="reports-worker") for i, w in enumerate(workers)]
    La = rec.L(ns, api, "api", node=nodes[2], app="reports-api")
    Lr = rec.L(ns, "redis-master-0", "redis", node=nodes[2], app="redis")
    rec.add(1.0, Lw[0], "[@PY@: WARNING/MainProcess] /usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py:508: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine")
    rec.add(1.001, Lw[0], "whether broker connection retries are made during startup in Celery 6.0 and above.")
    tasks = []
    t = 3.0
    big = {4: 212, 11: 251}
    pids = {0: [44, 45, 46, 47], 1: [38, 39, 40, 41]}
    for i in range(16):
        t += r.uniform(12, 26)
        w = 0 if i in big else r.randint(0, 1)
        tid = uuid4(r)
        acct = f"AC-{r.randint(10000, 99999)}"
        pages = 1874 if i == 4 else (2210 if i == 11 else r.randint(3, 60))
        fw = r.randint(1, 4)
        rec.add(t, Lw[w], f"[@PY@: INFO/MainProcess] Task reports.tasks.render_statement[{tid}] received")
        rec.add(t + 0.05, Lw[w], f"[@PY@: INFO/ForkPoolWorker-{fw}] reports.tasks.render_statement[{tid}]: rendering statement account={acct} pages={pages}")
        if i in big:
            kt = t + r.uniform(38, 55)
            pid = big[i]
            first = i == 4
            rec.kernel(kt, nodes[0], "celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=993")
            rec.kernel(kt + 0.001, nodes[0], "memory: usage 2097152kB, limit 2097152kB, failcnt 918", ev=first)
            rec.kernel(kt + 0.002, nodes[0], f"Memory cgroup out of memory: Killed process {pid} (celery) total-vm:{r.randint(2800000, 2950000)}kB, anon-rss:{r.randint(1930000, 1990000)}kB, file-rss:{r.randint(20000, 30000)}kB, shmem-rss:0kB, UID:1000 pgtables:4120kB oom_score_adj:993", ev=True)
            rec.add(kt + 0.3, Lw[0], f"[@PY@: ERROR/MainProcess] Process 'ForkPoolWorker-{fw}' pid:{pid} exited with 'signal 9 (SIGKILL)'", ev=first)
            rec.add(kt + 0.35, Lw[0], f"[@PY@: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {i + 10}.')", ev=first)
            rec.add(kt + 0.351, Lw[0], "Traceback (most recent call last):")
            rec.add(kt + 0.352, Lw[0], '  File "/usr/local/lib/python3.12/site-packages/billiard/pool.py", line 1264, in mark_as_worker_lost')
            rec.add(kt + 0.353, Lw[0], "    raise WorkerLostError(")
            rec.add(kt + 0.354, Lw[0], f"billiard.einfo.ExceptionWithTraceback: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {i + 10}.')")
            rec.add(kt + 2.0, La, Js({"event": "statement job failed", "account": acct, "task_id": tid, "error": f"WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {i + 10}.')", "level": "error", "logger": "reports.jobs", "timestamp": "@ISOUS@"}))
        else:
            dur = r.uniform(0.8, 6.5)
            rec.add(t + dur, Lw[w], f"[@PY@: INFO/ForkPoolWorker-{fw}] Task reports.tasks.render_statement[{tid}] succeeded in {dur:.3f}s: {{'pages': {pages}, 'bytes': {pages * r.randint(9000, 14000)}}}")
    for tt in spread(r, 5, t + 40, 14):
        rec.add(tt, La, f'{ip(r, 10, 52)} - - [@CLF@] "GET /api/statements/{r.randint(8000, 9000)} HTTP/1.1" 200 {r.randint(300, 900)} "-" "python-requests/2.32.3"')
    rec.add(60, Lr, "1:M @REDIS@ * 100 changes in 300 seconds. Saving...")
    rec.add(60.02, Lr, "1:M @REDIS@ * Background saving started by pid " + str(r.randint(200, 400)))
    rec.add(60.4, Lr, "1:M @REDIS@ * Background saving terminated with success")
    return rec.build(
        "Some large account statements never get generated. What is going on in reporting?", sel(ns),
        exp("ERROR", "oom_killed", "reports-worker",
            "Rendering very large statements makes a Celery ForkPoolWorker child of reports-worker exceed the container's 2Gi memory limit, so the kernel OOM killer SIGKILLs it and the task fails with WorkerLostError.",
            "reports-worker stays up, but every statement with ~2000 pages is lost to a cgroup OOM kill (WorkerLostError), while small statements keep succeeding.",
            "Raise reports-worker's memory limit or stream/paginate PDF rendering for large statements (and set worker_max_memory_per_child), then re-queue the failed statements."))


# =========================================================================== application_error

@scenario
def s_rust_panic_fx():
    name = "rust_panic_fx"
    r = rng_for(name)
    nodes = ["k3s-agent-1", "k3s-agent-2", "k3s-agent-3"]
    rec = Rec(name, r, frac=6, node_labels=True, journal_job="loki.source.journal", cluster="edge-k3s")
    ns = "pricing"
    pod = dpod(r, "quote-engine")
    uid = uuid4(r)
    Lq = rec.L(ns, pod, "quote-engine", node=nodes[1])
    co_rs = rs(r)
    cos = [dpod(r, "checkout", co_rs) for _ in range(2)]
    tr = dpod(r, "traefik")
    Ltr = rec.L("kube-system", tr, "traefik", node=nodes[0])
    qip = ip(r, 10, 43)
    co_ips = [ip(r, 10, 42, 1), ip(r, 10, 42, 3)]
    starts = [0.0, 41.0, 128.0, 300.0]
    for ci, c0 in enumerate(starts):
        rec.add(c0, Lq, "@ISOUS@  INFO quote_engine: starting quote-engine version=1.19.0 build=9f3c2ab")
        rec.add(c0 + 0.01, Lq, "@ISOUS@  INFO quote_engine::config: loaded settings listen=0.0.0.0:8080 rates_url=https://rates.internal.acme.io/v2/daily.json")
        rec.add(c0 + 0.35, Lq, f"@ISOUS@  INFO quote_engine::fx: received reference rates count=171 as_of={rec.day(-1)}")
        rec.add(c0 + 0.36, Lq, "thread 'main' panicked at src/fx/table.rs:88:41:", ev=(ci in (0, 2)))
        rec.add(c0 + 0.361, Lq, 'called `Result::unwrap()` on an `Err` value: UnknownCurrency("XCG")', ev=(ci == 0))
        rec.add(c0 + 0.362, Lq, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        if ci >= 1:
            back = ["10s", "20s", "40s", "1m20s"][ci]
            rec.journal(c0 + 1.0, nodes[1], "k3s-agent.service", klog("E", 812, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"quote-engine\\" with CrashLoopBackOff: \\"back-off {back} restarting failed container=quote-engine pod={pod}_{ns}({uid})\\"" pod="{ns}/{pod}" podUID="{uid}"'), ev=(ci == 3))
    n = 0
    for t in spread(r, 2, 420, 30):
        k = n % 2
        n += 1
        Lc = rec.L("shop", cos[k], "checkout", node=nodes[2 if k else 0])
        if n % 3 == 0:
            rec.add(t, Lc, J({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": cos[k], "reqId": f"req-{r.randint(100, 999)}", "err": {"type": "Error", "message": f"connect ECONNREFUSED {qip}:8080", "stack": f"Error: connect ECONNREFUSED {qip}:8080\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)", "errno": -111, "code": "ECONNREFUSED", "syscall": "connect", "address": qip, "port": 8080}, "msg": "quote request to http://quote-engine.pricing.svc.cluster.local:8080/v1/quote failed"}))
            rec.add(t + 0.004, Ltr, f'{ip(r, 10, 42, 0)} - - [@CLF@] "POST /api/checkout/quote HTTP/1.1" 502 {r.randint(40, 90)} "-" "-" {r.randint(18000, 19000)} "shop-checkout@kubernetes" "http://{co_ips[k]}:3000" {r.randint(3, 30)}ms')
        elif n == 5:
            rec.add(t, Lc, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
        else:
            path = r.choice(["/api/checkout/cart", "/api/checkout/shipping-options", "/api/checkout/session"])
            rec.add(t, Lc, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": cos[k], "reqId": f"req-{r.randint(100, 999)}", "res": {"statusCode": 200}, "responseTime": round(r.uniform(3, 40), 3), "msg": "request completed"}))
            rec.add(t + 0.002, Ltr, f'{ip(r, 10, 42, 0)} - - [@CLF@] "GET {path} HTTP/1.1" 200 {r.randint(300, 4000)} "-" "-" {r.randint(18000, 19000)} "shop-checkout@kubernetes" "http://{co_ips[k]}:3000" {r.randint(3, 40)}ms')
    return rec.build(
        "Checkout cannot get price quotes; what is wrong?", sel("pricing"),
        exp("CRITICAL", "application_error", "quote-engine",
            'quote-engine panics at startup (Result::unwrap() on UnknownCurrency("XCG") in src/fx/table.rs:88) because the daily FX feed now contains a currency code its table does not know, so the process exits and crash-loops.',
            "Every quote-engine start ends in the same Rust panic, the pod is in CrashLoopBackOff, and checkout's quote calls to quote-engine.pricing.svc get ECONNREFUSED and return 502.",
            "Handle unknown currency codes in the FX table loader instead of unwrapping (add XCG), ship a fixed quote-engine build or roll back to the previous one."))


@scenario
def s_dotnet_nre_promo():
    name = "dotnet_nre_promo"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "apps", vm) for _ in range(3)]
    rec = Rec(name, r, node_labels=False, app_label=True, cluster="aks-shop-neu")
    ns = "orders"
    ors = rs(r)
    ords = [dpod(r, "orders-api", ors) for _ in range(3)]
    bff = dpod(r, "web-bff")
    ord_ips = [ip(r, 10, 244, i) for i in range(3)]
    Lb = rec.L("web", bff, "web-bff", app="web-bff")
    Lbp = rec.L("web", bff, "istio-proxy", app="web-bff")
    bff_ip = ip(r, 10, 244, 4)

    def dn(level, cat, eid, msg, exc=None):
        d = {"Timestamp": "@ISO@", "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        d["State"] = {"Message": msg}
        return J(d)

    o0 = rec.L(ns, ords[0], "orders-api", app="orders-api")
    rec.add(0.5, o0, dn("Warning", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, f"No XML encryptor configured. Key {{{uuid4(r)}}} may be persisted to storage in unencrypted form."))
    rec.add(0.9, o0, dn("Information", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
    rec.add(0.91, o0, dn("Information", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."))
    ev_left = 3
    for i, t in enumerate(spread(r, 3, 600, 34)):
        k = r.randint(0, 2)
        Lo = rec.L(ns, ords[k], "orders-api", app="orders-api")
        kind = r.random()
        if i in (2, 9, 15, 22, 28, 31):
            exc = ("System.NullReferenceException: Object reference not set to an instance of an object.\n"
                   "   at Contoso.Orders.Pricing.PromoCalculator.Apply(Order order, PromoCode code) in /src/Contoso.Orders/Pricing/PromoCalculator.cs:line 57\n"
                   "   at Contoso.Orders.Api.Controllers.OrdersController.Create(CreateOrderRequest request, CancellationToken ct) in /src/Contoso.Orders.Api/Controllers/OrdersController.cs:line 83\n"
                   "   at lambda_method42(Closure, Object)\n"
                   "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)")
            rec.add(t, Lo, dn("Error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.", exc), ev=ev_left > 0)
            ev_left -= 1
            rec.add(t + 0.002, Lo, dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, f"Request finished HTTP/1.1 POST http://orders-api.orders.svc.cluster.local/api/orders - 500 0 - {r.uniform(9, 30):.4f}ms"))
            rec.add(t + 0.01, Lbp, envoy(r, "POST", "/api/orders", 500, "-", "via_upstream", r.randint(400, 900), 0, r.randint(10, 35), r.randint(9, 33), "axios/1.6.7", "orders-api.orders.svc.cluster.local", f"{ord_ips[k]}:8080", "outbound|80||orders-api.orders.svc.cluster.local", f"{bff_ip}:{r.randint(40000, 60000)}", "10.0.41.7:80", f"{bff_ip}:{r.randint(40000, 60000)}"))
            rec.add(t + 0.012, Lb, J({"level": "error", "message": "createOrder failed: Request failed with status code 500", "service": "web-bff", "url": "http://orders-api.orders.svc.cluster.local/api/orders", "status": 500, "promo": r.choice(["SPRING10", "WELCOME5", "FREESHIP"]), "timestamp": "@ISO@"}))
        elif i == 12:
            rec.add(t, Lo, dn("Warning", "Microsoft.EntityFrameworkCore.Query", 10102, "The query uses a row limiting operator ('Skip'/'Take') without an 'OrderBy' operator. This may lead to unpredictable results. If the 'Distinct' operator is used after 'OrderBy', then make sure to use the 'OrderBy' operator after 'Distinct' as the ordering would otherwise get erased."))
        elif kind < 0.3:
            rec.add(t, Lo, dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, f"Request finished HTTP/1.1 GET http://{ord_ips[k]}:8080/healthz/ready - 200 - text/plain {r.uniform(0.3, 1.2):.4f}ms"))
        elif kind < 0.55:
            rec.add(t, Lo, dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, f"Request finished HTTP/1.1 POST http://orders-api.orders.svc.cluster.local/api/orders - 201 {r.randint(300, 700)} application/json;+charset=utf-8 {r.uniform(20, 80):.4f}ms"))
            rec.add(t + 0.01, Lb, J({"level": "info", "message": "order created", "service": "web-bff", "orderId": f"ORD-{r.randint(100000, 999999)}", "promo": None, "timestamp": "@ISO@"}))
        else:
            oid = r.randint(100000, 999999)
            rec.add(t, Lo, dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, f"Request finished HTTP/1.1 GET http://orders-api.orders.svc.cluster.local/api/orders/ORD-{oid} - 200 {r.randint(400, 1600)} application/json;+charset=utf-8 {r.uniform(3, 20):.4f}ms"))
            rec.add(t + 0.01, Lbp, envoy(r, "GET", f"/api/orders/ORD-{oid}", 200, "-", "via_upstream", 0, r.randint(400, 1600), r.randint(4, 22), r.randint(3, 20), "axios/1.6.7", "orders-api.orders.svc.cluster.local", f"{ord_ips[k]}:8080", "outbound|80||orders-api.orders.svc.cluster.local", f"{bff_ip}:{r.randint(40000, 60000)}", "10.0.41.7:80", f"{bff_ip}:{r.randint(40000, 60000)}"))
    return rec.build(
        "Customers report that placing an order with a promo code fails. Why?", sel("orders"),
        exp("ERROR", "application_error", "orders-api",
            "orders-api throws an unhandled System.NullReferenceException in PromoCalculator.Apply (PromoCalculator.cs line 57) for orders that carry a promo code, so POST /api/orders returns 500.",
            "Order creation with a promo code fails with 500 from orders-api (web-bff only relays the error), while plain orders, order lookups and health checks succeed.",
            "Fix the null handling in PromoCalculator.Apply (guard the missing promo data), add a test for promo orders and deploy or roll back orders-api."))


# =========================================================================== image_pull

@scenario
def s_ecr_node_role():
    name = "ecr_pull_node_role"
    r = rng_for(name)
    old = [eks_node(r, "eu-west-1") for _ in range(2)]
    new = [eks_node(r, "eu-west-1") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-payments-prod", journal_job="systemd-journal", ev_style="json",
              ev_labels={"namespace": "kube-system", "pod": f"k8s-event-logger-{rs(r)}-{h(r, 5)}", "container": "k8s-event-logger", "app": "k8s-event-logger"})
    ns = "payments"
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments-worker:1.42.0"
    wrs = rs(r)
    pods = [dpod(r, "payments-worker", wrs) for _ in range(3)]
    oldpods = [dpod(r, "payments-worker", wrs) for _ in range(3)]
    inst = "i-0" + hx(r, 16)
    for i, p in enumerate(oldpods):
        rec.event(2 + i * 3, "Pod", ns, p, "Killing", "Stopping container worker", typ="Normal", host=old[i % 2], field="spec.containers{worker}")
    for i, p in enumerate(pods):
        n = new[i]
        t0 = 4 + i * 3
        rec.event(t0, "Pod", ns, p, "Scheduled", f"Successfully assigned {ns}/{p} to {n}", typ="Normal", comp="default-scheduler")
        rec.event(t0 + 1.5, "Pod", ns, p, "Pulling", f'Pulling image "{img}"', typ="Normal", host=n, field="spec.containers{worker}")
        rec.journal(t0 + 1.7, n, "kubelet.service", klog("E", 2931, "plugin.go:293", f'Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image 123456789012.dkr.ecr.eu-west-1.amazonaws.com: exit status 1'))
        if i == 0:
            rec.journal(t0 + 1.71, n, "kubelet.service", f"E@KLOG@    2945 main.go:124] Error running credential provider plugin: error getting credentials from ECR for 123456789012.dkr.ecr.eu-west-1.amazonaws.com: operation error ECR: GetAuthorizationToken, https response error StatusCode: 400, RequestID: {uuid4(r)}, api error AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/eks-ng-general-v2-NodeInstanceRole/{inst} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action", ev=True)
        rec.journal(t0 + 2.4, n, "kubelet.service", klog("E", 2931, "log.go:32", f'"PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": unexpected status from HEAD request to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/payments-worker/manifests/1.42.0: 403 Forbidden" image="{img}"'), ev=(i == 0))
        rec.event(t0 + 2.5, "Pod", ns, p, "Failed", f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": unexpected status from HEAD request to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/payments-worker/manifests/1.42.0: 403 Forbidden', host=n, field="spec.containers{worker}", ev=(i == 1))
        rec.event(t0 + 2.51, "Pod", ns, p, "Failed", "Error: ErrImagePull", host=n, field="spec.containers{worker}")
        rec.event(t0 + 40 + i, "Pod", ns, p, "BackOff", f'Back-off pulling image "{img}"', host=n, count=6, field="spec.containers{worker}", ev=(i == 2))
        rec.event(t0 + 40.01 + i, "Pod", ns, p, "Failed", "Error: ImagePullBackOff", host=n, count=6, field="spec.containers{worker}")
    # public image pulls on the same nodes work (no auth needed)
    for i, n in enumerate(new):
        dp = f"aws-node-{h(r, 5)}"
        rec.event(3 + i * 2, "Pod", "kube-system", dp, "Pulled", 'Container image "602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon-k8s-cni:v1.18.2-eksbuild.1" already present on machine', typ="Normal", host=n)
        fb = f"fluent-bit-{h(r, 5)}"
        rec.event(5 + i * 2, "Pod", "logging", fb, "Pulled", f'Successfully pulled image "cr.fluentbit.io/fluent/fluent-bit:3.0.7" in {r.uniform(1.2, 3.5):.3f}s ({r.uniform(3.5, 5.0):.3f}s including waiting). Image size: 38012254 bytes.', typ="Normal", host=n)
        rec.add(6 + i * 2, rec.L("kube-system", dp, "aws-node", node=n), J({"level": "info", "ts": "@ISO@", "caller": "ipamd/ipamd.go:728", "msg": f"Added ENI(eni-{hx(r, 17)})'s IP/Prefix 10.0.{r.randint(0, 63)}.{r.randint(2, 254)}/32 to datastore"}))
    rec.event(30, "Pod", "monitoring", f"node-exporter-{h(r, 5)}", "Pulled", f'Successfully pulled image "quay.io/prometheus/node-exporter:v1.8.1" in {r.uniform(1.1, 3.5):.3f}s ({r.uniform(1.1, 3.5):.3f}s including waiting)', typ="Normal", host=new[1])
    api_rs = rs(r)
    apis = [dpod(r, "payments-api", api_rs) for _ in range(2)]
    depth = 310
    for i, t in enumerate(spread(r, 8, 520, 26)):
        La = rec.L(ns, apis[i % 2], "api", node=old[i % 2], app="payments-api")
        if i % 4 == 3:
            depth += r.randint(500, 900)
            rec.add(t, La, J({"level": "warn", "ts": "@ISO@", "caller": "settlement/queue.go:77", "msg": "settlement queue backlog growing", "queue": "payments-settlement", "approx_messages": depth, "consumers": 0}))
        else:
            rec.add(t, La, J({"level": "info", "ts": "@ISO@", "caller": "httpserver/log.go:41", "msg": "request", "method": r.choice(["POST", "GET"]), "path": r.choice(["/v1/payments", "/v1/payments/authorize", "/healthz"]), "status": r.choice([200, 201, 200]), "duration_ms": r.randint(4, 90)}))
    return rec.build(
        "payments-worker has no running pods after the node group upgrade. Why?", sel(ns, app="payments-worker"),
        exp("CRITICAL", "image_pull", "payments-worker",
            "The new node group's instance role is not allowed ecr:GetAuthorizationToken, so kubelet's ECR credential provider fails and the private payments-worker:1.42.0 image cannot be pulled (403), leaving every replica in ImagePullBackOff.",
            "All payments-worker pods were rescheduled onto the new nodes and none can pull their image from the private ECR repository, so settlement messages pile up with zero consumers; public images on the same nodes pull fine.",
            "Attach AmazonEC2ContainerRegistryReadOnly (or an equivalent ecr:GetAuthorizationToken/BatchGetImage policy) to the new node group's instance role, then let the pods retry the pull."))


@scenario
def s_gar_tag_missing():
    name = "gar_tag_not_found"
    r = rng_for(name)
    cl = "prod-web"
    nodes = [gke_node(r, cl, "default-pool") for _ in range(3)]
    rec = Rec(name, r, ev_style="alloy", cluster=cl, app_label=True)
    ns = "storefront"
    img = "europe-west1-docker.pkg.dev/acme-prod/apps/storefront:2.31.0"
    newrs = rs(r)
    oldrs = rs(r)
    newp = [dpod(r, "storefront", newrs) for _ in range(2)]
    oldp = [dpod(r, "storefront", oldrs) for _ in range(3)]
    argo = "argocd-application-controller-0"
    La = rec.L("argocd", argo, "argocd-application-controller", node=nodes[0], app="argocd-application-controller")
    rec.add(0.5, La, 'time="@ISOS@" level=info msg="Initiated automated sync to \'2.31.0\'" application=argocd/storefront dest-namespace=storefront dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal')
    rec.add(1.4, La, 'time="@ISOS@" level=info msg="Applying resource Deployment/storefront in cluster: https://kubernetes.default.svc, namespace: storefront"')
    rec.event(1.8, "Deployment", ns, "storefront", "ScalingReplicaSet", f"Scaled up replica set storefront-{newrs} to 1", typ="Normal", comp="deployment-controller")
    rec.event(2.0, "Deployment", ns, "storefront", "ScalingReplicaSet", f"Scaled down replica set storefront-{oldrs} to 2 from 3", typ="Normal", comp="deployment-controller")
    rec.event(2.1, "Deployment", ns, "storefront", "ScalingReplicaSet", f"Scaled up replica set storefront-{newrs} to 2 from 1", typ="Normal", comp="deployment-controller")
    for i, p in enumerate(newp):
        n = nodes[1 + i]
        t0 = 2.5 + i
        rec.event(t0, "Pod", ns, p, "Pulling", f'Pulling image "{img}"', typ="Normal", host=n)
        msg = f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found'
        rec.event(t0 + 0.8, "Pod", ns, p, "Failed", msg, host=n, ev=(i == 0))
        rec.event(t0 + 0.81, "Pod", ns, p, "Failed", "Error: ErrImagePull", host=n)
        rec.event(t0 + 30, "Pod", ns, p, "BackOff", f'Back-off pulling image "{img}"', typ="Normal", host=n, count=5, ev=(i == 1))
        rec.event(t0 + 30.01, "Pod", ns, p, "Failed", "Error: ImagePullBackOff", host=n, count=5)
    rec.add(1.5, La, 'time="@ISOS@" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/storefront syncId=00081-' + h(r, 5))
    rec.add(610, La, 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/storefront dest-namespace=storefront dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')
    rec.add(610.2, La, 'time="@ISOS@" level=info msg="Deployment \\"storefront\\" exceeded its progress deadline" application=argocd/storefront kind=Deployment name=storefront namespace=storefront', ev=True)
    ci = f"gitlab-runner-{h(r, 8)}-{h(r, 5)}"
    # old replicas keep serving
    ing = dpod(r, "ingress-nginx-controller")
    Li = rec.L("ingress-nginx", ing, "controller", node=nodes[0], app="ingress-nginx")
    oips = [ip(r, 10, 8, 2 + i) for i in range(3)]
    for i, t in enumerate(spread(r, 0, 640, 30)):
        k = i % 2
        Lo = rec.L(ns, oldp[k], "storefront", node=nodes[k], app="storefront")
        path = r.choice(["/", "/products/trail-runner-3", "/cart", "/api/recommendations", "/_next/static/chunks/main-9f2e1c.js", "/category/outdoor"])
        if i in (7, 21):
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", r.choice(SCAN_PATHS), 404, 9312, 0.021, "storefront-storefront-3000", f"{oips[k]}:3000", ua=r.choice(UA_SCANNER)))
            continue
        rec.add(t, Li, nginx_ing(r, pubip(r), "GET", path, 200, r.randint(900, 40000), r.uniform(0.005, 0.15), "storefront-storefront-3000", f"{oips[k]}:3000", proto="HTTP/2.0"))
        if i % 5 == 0:
            rec.add(t + 0.01, Lo, f" \u2713 Compiled /api/recommendations in {r.randint(40, 120)}ms" if i == 0 else f"GET {path} 200 in {r.randint(5, 90)}ms")
    return rec.build(
        "The storefront 2.31.0 rollout never finishes. What is blocking it?", sel(ns),
        exp("ERROR", "image_pull", "storefront",
            "The tag storefront:2.31.0 does not exist in the Artifact Registry repository (the pull returns NotFound / not found), so the new ReplicaSet's pods sit in ImagePullBackOff.",
            "Argo CD synced storefront to 2.31.0 but the image tag was never pushed; the new pods cannot pull it, the Deployment exceeded its progress deadline and shows Degraded while the old replicas keep serving traffic.",
            "Push the missing 2.31.0 image (or fix the tag in the Argo CD app to one that exists) and let the rollout continue; otherwise roll the Deployment back."))


# =========================================================================== probe_failure

@scenario
def s_probe_gc_blip():
    name = "probe_gc_pause_blip"
    r = rng_for(name)
    nodes = ["k8s-worker-01", "k8s-worker-02", "k8s-worker-03"]
    rec = Rec(name, r, frac=6, cluster="dc1-prod", journal_job="node-journal", app_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"kubernetes-event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter"})
    ns = "catalog"
    crs = rs(r)
    pods = [dpod(r, "catalog-service", crs) for _ in range(3)]
    ips = [ip(r, 10, 244, 1 + i) for i in range(3)]
    uid = uuid4(r)
    Lc = [rec.L(ns, p, "catalog", node=nodes[i], app="catalog-service") for i, p in enumerate(pods)]
    tp = 212.0

    def sb(level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [catalog-service] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    for i, t in enumerate(spread(r, 0, 420, 40)):
        k = r.randint(0, 2)
        if 205 < t < 216 and k == 1:
            k = 0
        sku = f"SKU-{r.randint(10000, 99999)}"
        if i == 14:
            rec.add(t, Lc[2], sb("INFO", "scheduling-1", "c.a.c.metrics.ErrorBudgetReporter", "window=5m requests=18234 error_count=0 p99_ms=41"))
        elif i % 3 == 0:
            rec.add(t, Lc[k], f"[@JGC@][info][gc] GC({1700 + i}) Pause Young (Normal) (G1 Evacuation Pause) {r.randint(900, 1400)}M->{r.randint(500, 700)}M(2048M) {r.uniform(4, 19):.3f}ms")
        else:
            rec.add(t, Lc[k], sb("INFO", f"http-nio-8080-exec-{r.randint(1, 40)}", "c.a.c.web.ProductController", f"GET /api/products/{sku} -> 200 in {r.randint(3, 40)}ms"))
    rec.add(tp - 3.2, Lc[1], "[@JGC@][info][gc] GC(1833) Pause Young (Normal) (G1 Evacuation Pause) (Evacuation Failure) 2031M->2019M(2048M) 96.112ms")
    rec.add(tp - 0.3, Lc[1], "[@JGC@][info][gc] GC(1834) Pause Full (G1 Compaction Pause) 2019M->1187M(2048M) 2841.337ms", ev=True)
    rec.journal(tp, nodes[1], "kubelet.service", klog("I", 1187, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{pods[1]}" podUID="{uid}" containerName="catalog" probeResult="failure" output="Get \\"http://{ips[1]}:8080/actuator/health/readiness\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'), ev=True)
    rec.event(tp + 0.1, "Pod", ns, pods[1], "Unhealthy", f'Readiness probe failed: Get "http://{ips[1]}:8080/actuator/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', host=nodes[1], field="spec.containers{catalog}", ev=True)
    rec.add(tp + 2.7, Lc[1], sb("WARN", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s58ms)."))
    rec.add(tp + 2.9, Lc[1], sb("INFO", "http-nio-8080-exec-7", "c.a.c.web.ProductController", f"GET /api/products/SKU-{r.randint(10000, 99999)} -> 200 in 2903ms"))
    rec.add(tp + 10.2, Lc[1], sb("INFO", "http-nio-8080-exec-3", "c.a.c.web.ProductController", f"GET /api/products/SKU-{r.randint(10000, 99999)} -> 200 in 6ms"))
    rec.add(tp + 40, Lc[1], sb("INFO", "scheduling-1", "c.a.c.metrics.ErrorBudgetReporter", "window=5m requests=17902 error_count=0 p99_ms=63"))
    # frontend keeps working
    fe = dpod(r, "web-frontend")
    Lf = rec.L("web", fe, "nginx", node=nodes[2], app="web-frontend")
    for t in spread(r, 0, 420, 10):
        rec.add(t, Lf, f'{ip(r, 10, 244, 0)} - - [@CLF@] "GET /catalog/{r.choice(["shoes", "jackets", "bags", "sale"])} HTTP/1.1" 200 {r.randint(4000, 30000)} "-" "{r.choice(UA_BROWSER)}" "-"')
    rec.add(300, Lf, f'{ip(r, 10, 244, 0)} - - [@CLF@] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" "-"')
    return rec.build(
        "We got a readiness alert for catalog-service. Is something wrong?", sel(ns, app="catalog-service"),
        exp("WARN", "probe_failure", "catalog-service",
            "A single 2.8 s G1 full GC pause in one catalog-service pod made one readiness probe time out; the next probes passed and the pod returned to service.",
            "One readiness probe failure (context deadline exceeded) on one catalog-service replica coincided with a long full GC; traffic kept flowing through the other replicas and error_count stayed 0.",
            "No immediate action; optionally give the JVM more heap headroom or a slightly longer readiness timeout if full GCs recur."))


@scenario
def s_quarkus_liveness_port():
    name = "liveness_mgmt_port_moved"
    r = rng_for(name)
    nodes = [f"ip-10-0-{r.randint(128, 191)}-{r.randint(2, 254)}.us-east-2.compute.internal" for _ in range(3)]
    rec = Rec(name, r, tz=timezone(timedelta(hours=-5)), cluster="ocp-prod-use2", journal_job="systemd-journal",
              ev_style="json", ev_labels={"namespace": "openshift-logging", "pod": f"eventrouter-{rs(r)}-{h(r, 5)}", "container": "kube-eventrouter"})
    ns = "inventory"
    irs = rs(r)
    pods = [dpod(r, "inventory-service", irs) for _ in range(2)]
    ips = [ip(r, 10, 128, 2 + i) for i in range(2)]
    uids = [uuid4(r) for _ in range(2)]
    svc_ip = f"172.30.{r.randint(0, 255)}.{r.randint(2, 254)}"

    def q(level, cat, thread, msg):
        return f"@PY@ {level:<5} [{cat}] ({thread}) {msg}"

    ev_n = 0
    for k in range(2):
        Lk = rec.L(ns, pods[k], "inventory", node=nodes[k], app="inventory-service")
        for c, c0 in enumerate([0.0 + k * 7, 64.0 + k * 7, 190.0 + k * 5]):
            rec.add(c0, Lk, q("WARN", "io.quarkus.config", "main", 'Unrecognized configuration key "quarkus.hibernate-orm.database.generation.halt-on-error" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo'))
            rec.add(c0 + 2.4, Lk, q("INFO", "io.quarkus", "main", f"inventory-service 4.2.0 on JVM (powered by Quarkus 3.8.4) started in {r.uniform(2.1, 2.9):.3f}s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000."), ev=(k == 0 and c == 0))
            rec.add(c0 + 2.41, Lk, q("INFO", "io.quarkus", "main", "Profile prod activated. "))
            rec.add(c0 + 2.42, Lk, q("INFO", "io.quarkus", "main", "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, micrometer, narayana-jta, rest, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]"))
            for j in range(3):
                pt = c0 + 15 + j * 10
                rec.journal(pt, nodes[k], "kubelet.service", klog("I", 2291, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/{pods[k]}" podUID="{uids[k]}" containerName="inventory" probeResult="failure" output="HTTP probe failed with statuscode: 404"'), ev=(k == 0 and c == 0 and j == 0))
            rec.event(c0 + 35.1, "Pod", ns, pods[k], "Unhealthy", "Liveness probe failed: HTTP probe failed with statuscode: 404", host=nodes[k], count=3 * (c + 1), field="spec.containers{inventory}")
            rec.event(c0 + 35.2, "Pod", ns, pods[k], "Killing", "Container inventory failed liveness probe, will be restarted", typ="Normal", host=nodes[k], count=c + 1, field="spec.containers{inventory}", ev=(k == 1 and c == 0))
            rec.add(c0 + 35.4, Lk, q("INFO", "io.quarkus", "Shutdown thread", "inventory-service stopped in 0.041s"))
            if c == 2:
                rec.event(c0 + 36, "Pod", ns, pods[k], "BackOff", f"Back-off restarting failed container inventory in pod {pods[k]}_{ns}({uids[k]})", host=nodes[k], count=4, field="spec.containers{inventory}", ev=(k == 0))
    # callers: connection refused during restarts (red herring) and successes between
    ful = dpod(r, "fulfillment")
    Lf = rec.L("fulfillment", ful, "fulfillment", node=nodes[2], app="fulfillment")
    for i, t in enumerate(spread(r, 3, 260, 16)):
        oid = f"ORD-{r.randint(100000, 999999)}"
        if i % 3 == 1:
            rec.add(t, Lf, f'time="@ISOS@" level=error msg="reserve stock failed" error="Post \\"http://inventory-service.inventory.svc:8080/api/v1/reservations\\": dial tcp {svc_ip}:8080: connect: connection refused" order_id={oid} attempt=1')
        else:
            rec.add(t, Lf, f'time="@ISOS@" level=info msg="stock reserved" order_id={oid} items={r.randint(1, 5)} duration_ms={r.randint(8, 60)}')
    return rec.build(
        "inventory-service pods restart every minute since the 4.2.0 deploy. Why?", sel(ns),
        exp("CRITICAL", "probe_failure", "inventory-service",
            "inventory-service 4.2.0 serves health endpoints on the new management interface (port 9000), but its liveness probe still targets /q/health/live on port 8080, which returns 404, so kubelet kills the healthy container every ~35 s.",
            "Every inventory-service replica starts fine, fails three liveness probes with HTTP 404 and is restarted into CrashLoopBackOff, so fulfillment's reservation calls intermittently get connection refused.",
            "Point the liveness (and readiness) probes at port 9000 /q/health/live (or disable the management interface) and roll out the corrected Deployment."))


@scenario
def s_readiness_path_rollout():
    name = "readiness_path_renamed"
    r = rng_for(name)
    cl = "prod-notify"
    nodes = [gke_node(r, cl, "pool-2") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, ev_style="alloy", node_labels=False, stream_label=True)
    ns = "notify"
    newrs, oldrs = rs(r), rs(r)
    newp = [dpod(r, "notification-gateway", newrs) for _ in range(2)]
    oldp = [dpod(r, "notification-gateway", oldrs) for _ in range(3)]
    nip = [ip(r, 10, 8, 1), ip(r, 10, 8, 2)]
    hc = f"helm-controller-{rs(r)}-{h(r, 5)}"
    Lh = rec.L("flux-system", hc, "manager")
    rec.add(0.0, Lh, J({"level": "info", "ts": "@ISO@", "msg": "release out-of-sync with desired state: release config values changed", "controller": "helmrelease", "controllerGroup": "helm.toolkit.fluxcd.io", "controllerKind": "HelmRelease", "HelmRelease": {"name": "notification-gateway", "namespace": ns}, "namespace": ns, "name": "notification-gateway"}))
    rec.add(0.4, Lh, J({"level": "info", "ts": "@ISO@", "msg": "running 'upgrade' action with timeout of 5m0s", "controller": "helmrelease", "HelmRelease": {"name": "notification-gateway", "namespace": ns}}))
    for i, p in enumerate(newp):
        Ln = rec.L(ns, p, "gateway")
        t0 = 6 + i * 2
        rec.add(t0, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "msg": "notification-gateway 5.0.0 starting", "node": "v20.12.2"}))
        rec.add(t0 + 0.6, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "routes": ["/health/live", "/health/ready", "/v1/notify", "/v1/notify/batch"], "msg": "registered routes"}), ev=(i == 0))
        rec.add(t0 + 0.7, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "msg": "Server listening at http://0.0.0.0:3000"}))
        for j in range(4):
            pt = t0 + 10 + j * 10 + (i * 0.3)
            rid = f"req-{j + 1}"
            rec.add(pt, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "reqId": rid, "req": {"method": "GET", "url": "/healthz", "hostname": f"{nip[i]}:3000", "remoteAddress": "10.8.0.1", "remotePort": r.randint(40000, 60000)}, "msg": "incoming request"}))
            rec.add(pt + 0.001, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "reqId": rid, "msg": "Route GET:/healthz not found"}), ev=(i == 0 and j == 0))
            rec.add(pt + 0.002, Ln, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": p, "reqId": rid, "res": {"statusCode": 404}, "responseTime": round(r.uniform(0.3, 0.9), 3), "msg": "request completed"}))
        rec.event(t0 + 40.5, "Pod", ns, p, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=nodes[i], count=4 + i, ev=(i == 1))
        rec.event(t0 + 250, "Pod", ns, p, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=nodes[i], count=28 + i)
    rec.add(300.6, Lh, J({"level": "error", "ts": "@ISO@", "msg": "Helm upgrade failed for release notify/notification-gateway with chart notification-gateway@5.0.0: context deadline exceeded", "controller": "helmrelease", "HelmRelease": {"name": "notification-gateway", "namespace": ns}}), ev=True)
    rec.add(300.9, Lh, J({"level": "info", "ts": "@ISO@", "msg": "remediation for 'upgrade' action is disabled; retries exhausted", "controller": "helmrelease", "HelmRelease": {"name": "notification-gateway", "namespace": ns}}))
    for i, t in enumerate(spread(r, 1, 320, 18)):
        k = i % 3
        Lo = rec.L(ns, oldp[k], "gateway")
        if i % 6 == 5:
            rec.add(t, Lo, J({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": oldp[k], "provider": "apns", "attempt": 1, "msg": "push delivery retry scheduled after 503 from provider; succeeded on attempt 2"}))
        else:
            rec.add(t, Lo, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": oldp[k], "reqId": f"req-{r.randint(1000, 99999)}", "res": {"statusCode": 202}, "responseTime": round(r.uniform(4, 40), 3), "msg": "request completed"}))
    return rec.build(
        "Why is the notification-gateway 5.0.0 upgrade stuck?", sel(ns),
        exp("ERROR", "probe_failure", "notification-gateway",
            "notification-gateway 5.0.0 moved its health routes to /health/live and /health/ready, but the Deployment's readiness probe still calls /healthz, which now returns 404, so the new pods never become Ready.",
            "The new ReplicaSet's pods run but fail every readiness probe with 404, the Helm upgrade times out and the rollout is stuck; the old 4.x pods keep serving notifications.",
            "Change the readiness probe path to /health/ready (liveness to /health/live) in the chart values and re-run the HelmRelease upgrade."))


# =========================================================================== scheduling

@scenario
def s_karpenter_scaleup_wait():
    name = "pending_until_karpenter"
    r = rng_for(name)
    nodes = [eks_node(r, "eu-west-1") for _ in range(6)]
    newnode = eks_node(r, "eu-west-1")
    rec = Rec(name, r, cluster="eks-media", app_label=True, job_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter"})
    ns = "media"
    vrs = rs(r)
    running = [dpod(r, "video-transcoder", vrs) for _ in range(2)]
    pending = [dpod(r, "video-transcoder", vrs) for _ in range(10)]
    kp = f"karpenter-{rs(r)}-{h(r, 5)}"
    Lk = rec.L("kube-system", kp, "controller", node=nodes[0], app="karpenter")
    keda = f"keda-operator-{rs(r)}-{h(r, 5)}"
    Lke = rec.L("keda", keda, "keda-operator", node=nodes[1], app="keda-operator")
    commit = hx(r, 7)
    rec.add(0.0, Lke, '@ISO@\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "video-transcoder", "scaledObject.Namespace": "media", "scaleTarget.Name": "video-transcoder", "Original Replicas Count": 2, "New Replicas Count": 12}')
    rec.event(0.2, "Deployment", ns, "video-transcoder", "ScalingReplicaSet", f"Scaled up replica set video-transcoder-{vrs} to 12 from 2", typ="Normal", comp="deployment-controller")
    msg = "0/6 nodes are available: 2 node(s) had untolerated taint {CriticalAddonsOnly: true}, 4 Insufficient cpu. preemption: 0/6 nodes are available: 2 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod."
    for i, p in enumerate(pending[:3]):
        rec.event(0.5 + i * 0.05, "Pod", ns, p, "FailedScheduling", msg, comp="default-scheduler", ev=(i == 0))
    rec.event(0.8, "Pod", ns, pending[3], "FailedScheduling", msg, comp="default-scheduler", count=7)
    rec.add(1.4, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "found provisionable pod(s)", "commit": commit, "controller": "provisioner", "namespace": "", "name": "", "reconcileID": uuid4(r), "Pods": f"media/{pending[0]}, media/{pending[1]}, media/{pending[2]}, media/{pending[3]}, media/{pending[4]} and 5 other(s)", "duration": "84.117291ms"}), ev=True)
    rec.add(1.41, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "computed new nodeclaim(s) to fit pod(s)", "commit": commit, "controller": "provisioner", "nodeclaims": 1, "pods": 10}))
    ncn = f"default-{h(r, 5)}"
    rec.add(1.45, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "created nodeclaim", "commit": commit, "controller": "provisioner", "NodePool": {"name": "default"}, "NodeClaim": {"name": ncn}, "requests": {"cpu": "40310m", "memory": "81984Mi", "pods": "14"}, "instance-types": "c6i.12xlarge, c6i.16xlarge, c6a.12xlarge, c7i.12xlarge, m6i.12xlarge and 14 other(s)"}))
    rec.add(3.9, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "launched nodeclaim", "commit": commit, "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncn}, "provider-id": f"aws:///eu-west-1b/i-0{hx(r, 16)}", "instance-type": "c6i.12xlarge", "zone": "eu-west-1b", "capacity-type": "spot", "allocatable": {"cpu": "47810m", "ephemeral-storage": "89Gi", "memory": "88002Mi", "pods": "234"}}))
    rec.add(48.2, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "registered nodeclaim", "commit": commit, "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncn}, "Node": {"name": newnode}}))
    rec.add(61.7, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "initialized nodeclaim", "commit": commit, "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncn}, "Node": {"name": newnode}, "allocatable": {"cpu": "47810m", "memory": "88002Mi"}}))
    for i, p in enumerate(pending):
        t0 = 62.5 + i * 0.2
        rec.event(t0, "Pod", ns, p, "Scheduled", f"Successfully assigned {ns}/{p} to {newnode}", typ="Normal", comp="default-scheduler")
        if i < 3:
            rec.event(t0 + 9, "Pod", ns, p, "Pulled", f'Successfully pulled image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/video-transcoder:4.8.1" in 7.912s (7.912s including waiting)', typ="Normal", host=newnode)
            rec.event(t0 + 9.2, "Pod", ns, p, "Started", "Started container transcoder", typ="Normal", host=newnode)
    for p in pending[:4]:
        rec.add(76 + r.uniform(0, 3), rec.L(ns, p, "transcoder", node=newnode, app="video-transcoder"), f'{{"time":"@ISO@","level":"INFO","msg":"worker ready","queue":"transcode-jobs","ffmpeg":"6.1.1","hwaccel":"none"}}')
    up = dpod(r, "upload-api")
    Lu = rec.L(ns, up, "api", node=nodes[3], app="upload-api")
    depth = 140
    for i, t in enumerate(spread(r, 2, 180, 10)):
        if t < 80:
            depth += r.randint(20, 60)
            rec.add(t, Lu, f'{{"time":"@ISO@","level":"WARN","msg":"transcode queue backlog","queue":"transcode-jobs","depth":{depth}}}')
        else:
            depth = max(12, depth - r.randint(60, 140))
            rec.add(t, Lu, f'{{"time":"@ISO@","level":"INFO","msg":"transcode queue backlog","queue":"transcode-jobs","depth":{depth}}}')
    for i, t in enumerate(spread(r, 2, 180, 8)):
        p = running[i % 2]
        rec.add(t, rec.L(ns, p, "transcoder", node=nodes[4 + i % 2], app="video-transcoder"), f'{{"time":"@ISO@","level":"INFO","msg":"job finished","job_id":"{uuid4(r)}","renditions":4,"duration_s":{r.uniform(20, 90):.1f}}}')
    return rec.build(
        "video-transcoder pods were Pending for about a minute after the scale-up. Do we need to act?", sel(ns, app="video-transcoder"),
        exp("WARN", "scheduling", "video-transcoder",
            "KEDA scaled video-transcoder from 2 to 12 replicas and the existing nodes lacked free CPU, so the new pods were unschedulable until Karpenter launched and initialized a c6i.12xlarge node about a minute later.",
            "Ten video-transcoder pods were briefly Pending with Insufficient cpu; Karpenter provisioned a node, the pods were scheduled and started, and the transcode backlog drained.",
            "No action required; if the minute of Pending matters, keep some headroom (a small over-provisioning buffer) in the default NodePool."))


@scenario
def s_gpu_taint_tolerations():
    name = "gpu_taint_not_tolerated"
    r = rng_for(name)
    vm1, vm2 = str(r.randint(10000000, 99999999)), str(r.randint(10000000, 99999999))
    cpu_nodes = [aks_node(r, "system", vm1) for _ in range(2)] + [aks_node(r, "apps", vm2) for _ in range(3)]
    gpu_nodes = [aks_node(r, "gpunc24", str(r.randint(10000000, 99999999))) for _ in range(2)]
    rec = Rec(name, r, cluster="aks-ml-weu", ev_style="alloy", stream_label=True)
    ns = "ml"
    newrs, oldrs = rs(r), rs(r)
    newp = [dpod(r, "embedding-worker", newrs) for _ in range(2)]
    oldp = [dpod(r, "embedding-worker", oldrs) for _ in range(2)]
    msg = "0/7 nodes are available: 2 node(s) had untolerated taint {sku: gpu}, 5 Insufficient nvidia.com/gpu. preemption: 0/7 nodes are available: 2 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod."
    rec.event(0.0, "Deployment", ns, "embedding-worker", "ScalingReplicaSet", f"Scaled up replica set embedding-worker-{newrs} to 2", typ="Normal", comp="deployment-controller")
    rec.event(0.2, "Deployment", ns, "embedding-worker", "ScalingReplicaSet", f"Scaled down replica set embedding-worker-{oldrs} to 2 from 4", typ="Normal", comp="deployment-controller")
    for i, p in enumerate(newp):
        rec.event(0.5 + i * 0.1, "Pod", ns, p, "FailedScheduling", msg, comp="default-scheduler", ev=(i == 0))
        rec.event(12 + i, "Pod", ns, p, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 node(s) had untolerated taint {sku: gpu}, 1 max node group size reached", typ="Normal", comp="cluster-autoscaler", count=3, ev=(i == 0))
        rec.event(400 + i, "Pod", ns, p, "FailedScheduling", msg, comp="default-scheduler", count=41)
        rec.event(405 + i, "Pod", ns, p, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 node(s) had untolerated taint {sku: gpu}, 1 max node group size reached", typ="Normal", comp="cluster-autoscaler", count=38)
    # GPU nodes: device plugin fine, old workers working
    for i, n in enumerate(gpu_nodes):
        dp = f"nvidia-device-plugin-daemonset-{h(r, 5)}"
        rec.add(1 + i, rec.L("gpu-operator", dp, "nvidia-device-plugin", node=n), f"I@KLOG@       1 server.go:165] Starting GRPC server for 'nvidia.com/gpu'")
        rec.add(1.2 + i, rec.L("gpu-operator", dp, "nvidia-device-plugin", node=n), f"I@KLOG@       1 server.go:117] Starting to serve 'nvidia.com/gpu' on /var/lib/kubelet/device-plugins/nvidia-gpu.sock")
    for i, t in enumerate(spread(r, 3, 440, 22)):
        k = i % 2
        Lo = rec.L(ns, oldp[k], "worker", node=gpu_nodes[k])
        rec.add(t, Lo, f"@ISOUS@  INFO embedding_worker::batch: batch embedded batch_id={r.randint(100000, 999999)} docs={r.choice([64, 128])} model=bge-large-en-v1.5 gpu_ms={r.randint(40, 180)}")
    si = dpod(r, "search-ingest")
    Ls = rec.L("search", si, "ingest", node=cpu_nodes[3])
    depth = 2400
    for i, t in enumerate(spread(r, 5, 440, 12)):
        depth += r.randint(300, 700)
        if i % 3 == 2:
            rec.add(t, Ls, Js({"event": "embedding backlog above threshold", "queue": "embed-requests", "depth": depth, "consumers": 2, "expected_consumers": 4, "level": "warning", "timestamp": "@ISOUS@"}))
        else:
            rec.add(t, Ls, Js({"event": "documents enqueued for embedding", "queue": "embed-requests", "count": r.randint(200, 800), "level": "info", "timestamp": "@ISOUS@"}))
    return rec.build(
        "Half of the embedding workers are stuck Pending after the last deploy. Why?", sel(ns),
        exp("ERROR", "scheduling", "embedding-worker",
            "The new embedding-worker pods request nvidia.com/gpu but their spec lacks a toleration for the GPU node pool's sku=gpu:NoSchedule taint, so no node can host them and the autoscaler will not scale up for them.",
            "The rollout scaled the old ReplicaSet down to 2 and the 2 new pods stay Pending (untolerated taint {sku: gpu} / Insufficient nvidia.com/gpu), halving embedding capacity while search-ingest's backlog grows.",
            "Restore the toleration for sku=gpu:NoSchedule (and the GPU node selector) in the embedding-worker Deployment and roll it out again."))


# =========================================================================== dns_resolution

@scenario
def s_coredns_rollout_blip():
    name = "coredns_rollout_blip"
    r = rng_for(name)
    nodes = [eks_node(r, "us-east-1") for _ in range(4)]
    rec = Rec(name, r, cluster="eks-core-use1", node_labels=True, app_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"eks-event-exporter-{rs(r)}-{h(r, 5)}", "container": "exporter"})
    ns = "kube-system"
    oldrs, newrs = rs(r), rs(r)
    old = [dpod(r, "coredns", oldrs) for _ in range(2)]
    new = [dpod(r, "coredns", newrs) for _ in range(2)]
    dnsip = "172.20.0.10"
    sha = hx(r, 128)
    rec.event(0.0, "Deployment", ns, "coredns", "ScalingReplicaSet", f"Scaled up replica set coredns-{newrs} to 1", typ="Normal", comp="deployment-controller")
    for i in range(2):
        t0 = 4 + i * 22
        Ln = rec.L(ns, new[i], "coredns", node=nodes[i + 2], app="kube-dns")
        rec.add(t0, Ln, ".:53")
        rec.add(t0 + 0.001, Ln, f"[INFO] plugin/reload: Running configuration SHA512 = {sha}")
        rec.add(t0 + 0.002, Ln, "CoreDNS-1.11.3")
        rec.add(t0 + 0.003, Ln, "linux/amd64, go1.22.7, a7ed346")
        Lo = rec.L(ns, old[i], "coredns", node=nodes[i], app="kube-dns")
        rec.add(t0 + 6, Lo, "[INFO] SIGTERM: Shutting down servers then terminating", ev=(i == 0))
        rec.add(t0 + 6.001, Lo, "[INFO] plugin/health: Going into lameduck mode for 5s")
        rec.event(t0 + 6.1, "Pod", ns, old[i], "Killing", "Stopping container coredns", typ="Normal", host=nodes[i])
    for t in spread(r, 1, 150, 8):
        k = r.randint(0, 1)
        Ln = rec.L(ns, new[k], "coredns", node=nodes[k + 2], app="kube-dns")
        q = r.choice(["orders-db.cluster-cq1xmz8ha2pe.us-east-1.rds.amazonaws.com.", "sqs.us-east-1.amazonaws.com.", "redis.cache.svc.cluster.local.", "api.stripe.com."])
        rec.add(t, Ln, f'[INFO] {ip(r, 10, 0)}:{r.randint(30000, 60000)} - {r.randint(1000, 65000)} "A IN {q} udp {len(q) + 17} false 1232" NOERROR qr,rd,ra {r.randint(90, 220)} {r.uniform(0.0002, 0.004):.6f}s')
    # callers: brief lookup failures that retry successfully
    ors = dpod(r, "order-service")
    Lo = rec.L("shop", ors, "order-service", node=nodes[1], app="order-service")
    pip = ip(r, 10, 0)
    rec.add(11.2, Lo, J({"level": "error", "ts": "@EPOCH@", "caller": "db/pool.go:88", "msg": "acquire connection failed", "attempt": 1, "error": f"failed to connect to `host=orders-db.cluster-cq1xmz8ha2pe.us-east-1.rds.amazonaws.com user=orders database=orders`: hostname resolving error (lookup orders-db.cluster-cq1xmz8ha2pe.us-east-1.rds.amazonaws.com on {dnsip}:53: read udp {pip}:48122->{dnsip}:53: i/o timeout)"}), ev=True)
    rec.add(13.4, Lo, J({"level": "info", "ts": "@EPOCH@", "caller": "db/pool.go:97", "msg": "acquire connection succeeded after retry", "attempt": 2}))
    wk = dpod(r, "email-worker")
    Lw = rec.L("shop", wk, "worker", node=nodes[3], app="email-worker")
    rec.add(32.9, Lw, "@PY@ WARNING [botocore.endpoint] Retrying request to sqs.us-east-1.amazonaws.com after error: Could not connect to the endpoint URL: \"https://sqs.us-east-1.amazonaws.com/\" ([Errno -3] Temporary failure in name resolution)", ev=True)
    rec.add(34.1, Lw, "@PY@ INFO [email_worker.consumer] received 10 messages from queue order-emails")
    for i, t in enumerate(spread(r, 0, 160, 22)):
        if 9 < t < 40:
            continue
        if i % 2:
            rec.add(t, Lo, J({"level": "info", "ts": "@EPOCH@", "caller": "http/server.go:112", "msg": "request", "method": "POST", "path": "/v1/orders", "status": 201, "latency_ms": r.randint(12, 70)}))
        else:
            rec.add(t, Lw, f"@PY@ INFO [email_worker.sender] sent template=order_confirmation to=***@{r.choice(['gmail.com', 'outlook.com', 'icloud.com'])} ses_message_id=0100018e{hx(r, 8)}-{hx(r, 8)}")
    return rec.build(
        "Some services logged DNS lookup errors a minute ago. Is DNS broken?", sel("shop"),
        exp("WARN", "dns_resolution", "coredns",
            "During the CoreDNS addon rollout the old coredns pods were terminated while clients still had in-flight UDP queries to them, so a few lookups to 172.20.0.10 timed out for a few seconds.",
            "A short burst of name-resolution failures (i/o timeout, Temporary failure in name resolution) lined up with the coredns pod replacement; the callers retried successfully and resolution has been normal since.",
            "No action needed; to avoid future blips keep the CoreDNS lameduck period and a PodDisruptionBudget, or run NodeLocal DNSCache."))


@scenario
def s_coredns_loop_crash():
    name = "coredns_loop_detected"
    r = rng_for(name)
    nodes = ["cp-01", "worker-01", "worker-02", "worker-03"]
    rec = Rec(name, r, frac=6, cluster="onprem-kubeadm", journal_job="node-journal", stream_label=True,
              ev_labels={"namespace": "monitoring", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter"})
    ns = "kube-system"
    crs = rs(r)
    pods = [dpod(r, "coredns", crs) for _ in range(2)]
    uids = [uuid4(r) for _ in range(2)]
    sha = hx(r, 128)
    for k in range(2):
        Lc = rec.L(ns, pods[k], "coredns", node=nodes[k + 1])
        for c, c0 in enumerate([0.0 + k * 3, 42.0 + k * 3, 131.0 + k * 3]):
            rec.add(c0, Lc, ".:53")
            rec.add(c0 + 0.001, Lc, f"[INFO] plugin/reload: Running configuration SHA512 = {sha}")
            rec.add(c0 + 0.002, Lc, "CoreDNS-1.11.1")
            rec.add(c0 + 0.003, Lc, "linux/amd64, go1.20.7, ae2bbc2")
            rec.add(c0 + 0.9, rec.L(ns, pods[k], "coredns", node=nodes[k + 1], stream="stderr"), f'[FATAL] plugin/loop: Loop (127.0.0.1:{r.randint(30000, 60000)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {r.randint(10**18, 10**19 - 1)}.{r.randint(10**18, 10**19 - 1)}."', ev=(c == 0))
            if c >= 1:
                back = ["10s", "20s", "40s"][c]
                rec.journal(c0 + 2, nodes[k + 1], "kubelet.service", klog("E", 901, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"coredns\\" with CrashLoopBackOff: \\"back-off {back} restarting failed container=coredns pod={pods[k]}_kube-system({uids[k]})\\"" pod="kube-system/{pods[k]}" podUID="{uids[k]}"'), ev=(k == 0 and c == 2))
        rec.event(160 + k, "Pod", ns, pods[k], "BackOff", f"Back-off restarting failed container coredns in pod {pods[k]}_kube-system({uids[k]})", host=nodes[k + 1], count=9, field="spec.containers{coredns}", ev=(k == 1))
    # everybody else: resolution failures
    api = dpod(r, "storefront-api")
    La = rec.L("shop", api, "api", node=nodes[1])
    cart = dpod(r, "cart")
    Lc2 = rec.L("shop", cart, "cart", node=nodes[2])
    ingest = "events-ingest-0"
    Li = rec.L("streaming", ingest, "ingest", node=nodes[3])
    mail = dpod(r, "mailer")
    Lm = rec.L("shop", mail, "mailer", node=nodes[3])
    for i, t in enumerate(spread(r, 5, 200, 26)):
        m = i % 5
        if m == 0:
            rec.add(t, La, f'{{"level":"error","ts":"@ISO@","msg":"db ping failed","error":"dial tcp: lookup postgres.db.svc.cluster.local on 10.96.0.10:53: read udp {ip(r, 10, 244, 1)}:{r.randint(30000, 60000)}->10.96.0.10:53: read: connection refused"}}')
        elif m == 1:
            rec.add(t, Lc2, J({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": cart, "err": {"type": "Error", "message": "getaddrinfo EAI_AGAIN redis-master.cache.svc.cluster.local", "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "redis-master.cache.svc.cluster.local"}, "msg": "[ioredis] Unhandled error event"}))
        elif m == 2:
            rec.add(t, Li, f"@PY@ WARN  [org.apache.kafka.clients.ClientUtils] Couldn't resolve server kafka-0.kafka-headless.streaming.svc.cluster.local:9092 from bootstrap.servers as DNS resolution failed for kafka-0.kafka-headless.streaming.svc.cluster.local")
        elif m == 3:
            rec.add(t, Lm, f"@PY@ ERROR [mailer.smtp] send failed: [Errno -3] Temporary failure in name resolution (host=smtp.sendgrid.net)")
        else:
            rec.add(t, La, f'{{"level":"info","ts":"@ISO@","msg":"request","method":"GET","path":"/healthz","status":200,"latency_ms":0}}')
    etcd = "etcd-cp-01"
    Le = rec.L(ns, etcd, "etcd", node=nodes[0])
    rec.add(90, Le, J({"level": "info", "ts": "@ISOUS@", "caller": "mvcc/index.go:214", "msg": "compact tree index", "revision": r.randint(9000000, 9999999)}))
    rec.add(90.2, Le, J({"level": "info", "ts": "@ISOUS@", "caller": "mvcc/kvstore_compaction.go:66", "msg": "finished scheduled compaction", "compact-revision": r.randint(9000000, 9999999), "took": "41.203117ms", "hash": r.randint(10**9, 4 * 10**9), "current-db-size-bytes": 98304000, "current-db-size": "98 MB", "current-db-size-in-use-bytes": 61440000, "current-db-size-in-use": "61 MB"}))
    return rec.build(
        "Every app in the cluster suddenly fails to reach its dependencies. What happened?", None,
        exp("CRITICAL", "dns_resolution", "coredns",
            "CoreDNS forwards to the node's /etc/resolv.conf, which points at the local systemd-resolved stub (127.0.0.53); the loop plugin detects the forwarding loop and exits, so both coredns pods crash-loop and cluster DNS is down.",
            "Both coredns replicas die right after start with plugin/loop 'Loop detected' and sit in CrashLoopBackOff; every workload then fails name lookups (EAI_AGAIN, DNS resolution failed, lookup ... read: connection refused against 10.96.0.10).",
            "Point the CoreDNS forward plugin (or kubelet --resolv-conf) at the real upstream resolvers, e.g. /run/systemd/resolve/resolv.conf, then restart the coredns pods."))


@scenario
def s_coredns_upstream_timeout():
    name = "coredns_upstream_timeout"
    r = rng_for(name)
    nodes = ["k3s-server-1", "k3s-agent-1", "k3s-agent-2"]
    rec = Rec(name, r, cluster="factory-k3s", node_labels=False, tz=timezone(timedelta(hours=2)))
    ns = "kube-system"
    cd = dpod(r, "coredns")
    Lc = rec.L(ns, cd, "coredns")
    cip = ip(r, 10, 42, 0)
    ups = ["192.168.10.2", "192.168.10.3"]
    ext = ["github.com.", "api.github.com.", "hooks.slack.com.", "api.stripe.com.", "ghcr.io."]
    n_ev = 0
    for i, t in enumerate(spread(r, 0, 300, 30)):
        if i % 3 == 2:
            q = r.choice(["postgres.apps.svc.cluster.local.", "redis.apps.svc.cluster.local.", "mes-api.factory.svc.cluster.local."])
            rec.add(t, Lc, f'[INFO] {ip(r, 10, 42)}:{r.randint(30000, 60000)} - {r.randint(1000, 65000)} "A IN {q} udp {len(q) + 17} false 512" NOERROR qr,aa,rd {r.randint(90, 160)} {r.uniform(0.0001, 0.0008):.6f}s')
        else:
            q = r.choice(ext)
            u = r.choice(ups)
            rec.add(t, Lc, f"[ERROR] plugin/errors: 2 {q} {r.choice(['A', 'AAAA'])}: read udp {cip}:{r.randint(30000, 60000)}->{u}:53: i/o timeout", ev=(n_ev < 3 and i in (0, 4, 13)))
            if i in (0, 4, 13):
                n_ev += 1
    sc = dpod(r, "source-controller")
    Ls = rec.L("flux-system", sc, "manager")
    for t in (20, 140, 260):
        rec.add(t, Ls, J({"level": "error", "ts": "@ISO@", "msg": "Reconciler error", "controller": "gitrepository", "controllerGroup": "source.toolkit.fluxcd.io", "controllerKind": "GitRepository", "GitRepository": {"name": "fleet-infra", "namespace": "flux-system"}, "namespace": "flux-system", "name": "fleet-infra", "reconcileID": uuid4(r), "error": "failed to checkout and determine revision: unable to list remote for 'https://github.com/acme-factory/fleet-infra': Get \"https://github.com/acme-factory/fleet-infra/info/refs?service=git-upload-pack\": dial tcp: lookup github.com on 10.43.0.10:53: server misbehaving"}), ev=(t == 20))
    nt = dpod(r, "alert-notifier")
    Ln = rec.L("factory", nt, "notifier")
    for t in (55, 175):
        rec.add(t, Ln, "@PY@ ERROR alert_notifier.slack: delivery failed: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: /services/T0123ABCD/B0456EFGH/**** (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a9c2b1e50>: Failed to resolve 'hooks.slack.com' ([Errno -3] Temporary failure in name resolution)\"))")
    mes = dpod(r, "mes-api")
    Lm = rec.L("factory", mes, "mes-api")
    for t in spread(r, 0, 300, 10):
        rec.add(t, Lm, f'I, [@ISOUS@ #1]  INFO -- : [{uuid4(r)}] Completed 200 OK in {r.randint(4, 60)}ms (Views: {r.uniform(0.5, 5):.1f}ms | ActiveRecord: {r.uniform(1, 20):.1f}ms | Allocations: {r.randint(900, 9000)})')
    rec.add(120, Lm, f"E, [@ISOUS@ #1] ERROR -- : [{uuid4(r)}] Faraday::ConnectionFailed (Failed to open TCP connection to api.stripe.com:443 (getaddrinfo: Temporary failure in name resolution))")
    return rec.build(
        "Flux stopped syncing and Slack alerts are not delivered from the factory cluster. Why?", None,
        exp("ERROR", "dns_resolution", "coredns",
            "The upstream resolvers CoreDNS forwards to (192.168.10.2 and 192.168.10.3) have stopped answering, so every external name times out in CoreDNS and clients get SERVFAIL, while cluster-internal names still resolve.",
            "CoreDNS logs i/o timeouts towards both site resolvers for github.com, hooks.slack.com and api.stripe.com; Flux, the Slack notifier and the Stripe client fail with 'server misbehaving' / 'Temporary failure in name resolution'.",
            "Restore the site DNS resolvers or point the CoreDNS forward plugin at reachable upstream resolvers, then check that external lookups succeed."))


# =========================================================================== connection_refused

@scenario
def s_redis_sentinel_switchover():
    name = "redis_sentinel_switchover"
    r = rng_for(name)
    cl = "prod-app"
    nodes = [gke_node(r, cl, "default-pool") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, app_label=True, ev_style="alloy")
    ns = "cache"
    m_ip, s_ip = ip(r, 10, 64, 3), ip(r, 10, 64, 1)
    L0 = [rec.L(ns, "redis-node-0", c, node=nodes[0], app="redis") for c in ("redis", "sentinel")]
    L1 = [rec.L(ns, "redis-node-1", c, node=nodes[1], app="redis") for c in ("redis", "sentinel")]
    rec.event(0.0, "StatefulSet", ns, "redis-node", "SuccessfulDelete", "delete Pod redis-node-0 in StatefulSet redis-node successful", typ="Normal", comp="statefulset-controller")
    rec.add(0.3, L0[0], "1:signal-handler (@EPOCH@) Received SIGTERM scheduling shutdown...")
    rec.add(0.4, L0[0], "1:M @REDIS@ * User requested shutdown...")
    rec.add(0.41, L0[0], "1:M @REDIS@ * Saving the final RDB snapshot before exiting.")
    rec.add(1.9, L0[0], "1:M @REDIS@ * DB saved on disk")
    rec.add(1.95, L0[0], "1:M @REDIS@ # Redis is now ready to exit, bye bye...", ev=True)
    rec.add(7.1, L1[1], f"1:X @REDIS@ # +sdown master mymaster {m_ip} 6379")
    rec.add(7.4, L1[1], f"1:X @REDIS@ # +odown master mymaster {m_ip} 6379 #quorum 2/2")
    rec.add(7.41, L1[1], f"1:X @REDIS@ # +try-failover master mymaster {m_ip} 6379")
    rec.add(7.6, L1[1], f"1:X @REDIS@ * +elected-leader master mymaster {m_ip} 6379")
    rec.add(7.8, L1[1], f"1:X @REDIS@ # +selected-slave slave {s_ip}:6379 {s_ip} 6379 @ mymaster {m_ip} 6379")
    rec.add(8.1, L1[0], f"1:M @REDIS@ * MASTER MODE enabled (user request from 'id=31 addr={s_ip}:41232 laddr={s_ip}:6379 fd=12 name=sentinel-{hx(r, 8)}-cmd age=812 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=1024 rbp=1024 obl=45 oll=0 omem=0 tot-mem=22693 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')")
    rec.add(8.9, L1[1], f"1:X @REDIS@ # +promoted-slave slave {s_ip}:6379 {s_ip} 6379 @ mymaster {m_ip} 6379")
    rec.add(9.3, L1[1], f"1:X @REDIS@ # +switch-master mymaster {m_ip} 6379 {s_ip} 6379", ev=True)
    rec.add(41.0, L0[0], "1:C @REDIS@ * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started")
    rec.add(41.1, L0[0], "1:S @REDIS@ # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
    rec.add(42.5, L0[0], f"1:S @REDIS@ * Connecting to MASTER {s_ip}:6379")
    rec.add(42.9, L0[0], "1:S @REDIS@ * MASTER <-> REPLICA sync: Finished with success")
    rec.add(43.2, L1[1], f"1:X @REDIS@ * +convert-to-slave slave {m_ip}:6379 {m_ip} 6379 @ mymaster {s_ip} 6379")
    # clients
    crs_ = rs(r)
    carts = [dpod(r, "cart-service", crs_) for _ in range(2)]
    sess = dpod(r, "session-api")
    Lcart = [rec.L("shop", c, "cart", node=nodes[i + 1], app="cart-service") for i, c in enumerate(carts)]
    Lsess = rec.L("shop", sess, "session-api", node=nodes[2], app="session-api")
    rec.add(2.2, Lcart[0], J({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": carts[0], "err": {"type": "Error", "message": f"connect ECONNREFUSED {m_ip}:6379", "code": "ECONNREFUSED", "errno": -111, "syscall": "connect", "address": m_ip, "port": 6379}, "msg": "[ioredis] Unhandled error event"}), ev=True)
    rec.add(4.8, Lcart[1], J({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": carts[1], "err": {"type": "Error", "message": f"connect ECONNREFUSED {m_ip}:6379", "code": "ECONNREFUSED", "errno": -111, "syscall": "connect", "address": m_ip, "port": 6379}, "msg": "[ioredis] Unhandled error event"}))
    rec.add(6.0, Lsess, f"@PY@ WARNING session_api.store: redis write failed, retrying (1/3): Error 111 connecting to {m_ip}:6379. Connection refused.")
    rec.add(10.2, Lcart[0], J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": carts[0], "msg": f"redis sentinel resolved new master mymaster at {s_ip}:6379; reconnected"}))
    rec.add(10.9, Lcart[1], J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": carts[1], "msg": f"redis sentinel resolved new master mymaster at {s_ip}:6379; reconnected"}))
    rec.add(11.3, Lsess, "@PY@ INFO session_api.store: redis write succeeded after retry (attempt 3)")
    for i, t in enumerate(spread(r, -40, 180, 26)):
        if -1 < t < 12:
            continue
        if i % 3 == 0:
            rec.add(t, Lsess, f'@PY@ INFO uvicorn.access: {ip(r, 10, 64)}:{r.randint(30000, 60000)} - "GET /v1/session HTTP/1.1" 200')
        else:
            k = i % 2
            rec.add(t, Lcart[k], J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": carts[k], "req": {"method": r.choice(["GET", "POST"]), "url": "/api/cart"}, "res": {"statusCode": 200}, "responseTime": round(r.uniform(1, 15), 3), "msg": "request completed"}))
    return rec.build(
        "cart-service logged ECONNREFUSED to Redis during the maintenance window. Is Redis OK now?", sel("cache"),
        exp("WARN", "connection_refused", "redis-node",
            "redis-node-0, the Sentinel master, was restarted by the StatefulSet rolling update, so clients got connection refused on its address for the ~9 s until Sentinel promoted redis-node-1.",
            "A planned redis-node-0 restart caused a brief burst of ECONNREFUSED in cart-service and session-api; Sentinel switched the master to redis-node-1, clients reconnected and redis-node-0 rejoined as a replica.",
            "No action needed; to shorten future blips trigger a Sentinel failover before restarting the master (or lower down-after-milliseconds)."))


@scenario
def s_haproxy_core_banking_down():
    name = "core_banking_backend_down"
    r = rng_for(name)
    nodes = [f"worker-{i:02d}" for i in (1, 2, 3, 4)]
    rec = Rec(name, r, cluster="bank-dc2", frac=6, app_label=True, job_label=True)
    ns = "integration"
    hp = dpod(r, "haproxy-egress")
    Lh = rec.L(ns, hp, "haproxy", node=nodes[0], app="haproxy-egress")
    backs = ["core-banking-01.corp.acme.example", "core-banking-02.corp.acme.example"]
    rec.add(3.0, Lh, f'[WARNING]  (8) : Server core-banking/cb01 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 1 active and 0 backup servers left. 4 sessions active, 0 requeued, 0 remaining in queue.', ev=True)
    rec.add(5.2, Lh, f'[WARNING]  (8) : Server core-banking/cb02 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 1ms. 0 active and 0 backup servers left. 2 sessions active, 0 requeued, 0 remaining in queue.', ev=True)
    rec.add(5.21, Lh, "[ALERT]    (8) : backend 'core-banking' has no server available!", ev=True)
    hpip = ip(r, 10, 233, 64)
    prs = rs(r)
    pays = [dpod(r, "payments-core", prs) for _ in range(2)]
    acc = dpod(r, "accounts-api")
    La = rec.L(ns, acc, "accounts-api", node=nodes[3], app="accounts-api")

    def sb(p, level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [payments-core] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    n_ev = 0
    for i, t in enumerate(spread(r, 0, 360, 44)):
        k = i % 2
        Lp = rec.L(ns, pays[k], "payments-core", node=nodes[1 + k], app="payments-core")
        client = f"{ip(r, 10, 233, 65)}:{r.randint(30000, 60000)}"
        if t < 3:
            rec.add(t, Lh, f'{client} [@CLF@] core_banking_in core-banking/cb0{k + 1} 0/0/1/{r.randint(20, 90)}/{r.randint(21, 92)} 200 {r.randint(400, 3000)} - - ---- {r.randint(2, 8)}/{r.randint(2, 8)}/1/0/0 0/0 "POST /soap/AccountService HTTP/1.1"')
            continue
        m = i % 4
        if m in (0, 1):
            rec.add(t, Lh, f'{client} [@CLF@] core_banking_in core-banking/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- {r.randint(2, 8)}/{r.randint(2, 8)}/0/0/0 0/0 "POST /soap/{r.choice(["AccountService", "TransferService"])} HTTP/1.1"')
            rec.add(t + 0.003, Lp, sb(pays[k], "ERROR", f"http-nio-8080-exec-{r.randint(1, 30)}", "c.a.p.corebanking.CoreBankingClient", "Core banking call TransferService.submit failed: 503 Service Unavailable from POST http://haproxy-egress.integration.svc:8080/soap/TransferService"), ev=(n_ev == 0))
            n_ev += 1
        elif m == 2:
            rec.add(t, Lp, sb(pays[k], "WARN", "resilience4j-1", "c.a.p.corebanking.CoreBankingClient", f"Retry 'coreBanking', waiting PT2S until attempt '2'. Last attempt failed with exception 'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: \"<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>\"'."))
        else:
            rec.add(t, La, f"@ISO@  INFO 1 --- [accounts-api] [nio-8080-exec-{r.randint(1, 9)}] c.a.a.web.AccountController             : GET /api/accounts/{r.randint(10**7, 10**8)}/balance -> 200 (cache hit) in {r.randint(2, 9)}ms")
    for t in (60, 180, 300):
        rec.add(t, Lh, f"[WARNING]  (8) : Health check for server core-banking/cb01 failed, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms, status: 0/2 DOWN.")
    return rec.build(
        "Payments fail with 503 from the core banking integration. Where is the problem?", sel(ns),
        exp("ERROR", "connection_refused", "core-banking",
            "Both core banking hosts (core-banking-01/02.corp.acme.example) refuse TCP connections, so HAProxy marks every server in the core-banking backend DOWN and answers 503 with no server available.",
            "HAProxy's Layer4 checks get 'Connection refused' from both core banking servers, the backend has no server available, and payments-core's transfer calls fail with 503 despite its retries; balance reads served from cache still work.",
            "Get the core banking service on core-banking-01/02 listening again (check the hosts/service and any firewall change), then confirm HAProxy marks the servers UP."))


@scenario
def s_sftp_partner_refused():
    name = "partner_sftp_refused"
    r = rng_for(name)
    nodes = ["fra-k8s-w1", "fra-k8s-w2", "fra-k8s-w3"]
    rec = Rec(name, r, cluster="onprem-fra", ev_style="json", node_labels=False,
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter"})
    ns = "finance"
    sftp_ip = "203.0.113.45"
    runs = [0.0, 900.0, 1800.0]
    for ri, t0 in enumerate(runs):
        stamp = int(rec.start.timestamp()) // 60 // 15 * 15 + ri * 15
        job = f"statement-upload-{stamp}"
        for a in range(2):
            p = f"{job}-{h(r, 5)}"
            Lj = rec.L(ns, p, "uploader")
            ta = t0 + a * 25
            rec.event(ta, "Job", ns, job, "SuccessfulCreate", f"Created pod: {p}", typ="Normal", comp="job-controller")
            rec.add(ta + 3, Lj, f"@PY@ INFO statement_upload: 14 statement files ready for northbank ({rec.day(-1, '%Y-%m')} batch)")
            rec.add(ta + 3.2, Lj, f"@PY@ INFO paramiko.transport: Connecting to sftp.northbank.example:22 ({sftp_ip})")
            rec.add(ta + 3.25, Lj, f"@PY@ ERROR statement_upload: upload to northbank failed: [Errno None] Unable to connect to port 22 on {sftp_ip}", ev=(ri == 0 and a == 0))
            rec.add(ta + 3.26, Lj, "Traceback (most recent call last):")
            rec.add(ta + 3.27, Lj, '  File "/app/statement_upload/sftp.py", line 41, in connect')
            rec.add(ta + 3.28, Lj, f"paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port 22 on {sftp_ip}", ev=(ri == 1 and a == 0))
            if a == 0:
                rec.add(ta + 3.29, Lj, f"@PY@ DEBUG statement_upload: underlying socket error: ConnectionRefusedError(111, 'Connection refused')", ev=(ri == 0))
        rec.event(t0 + 55, "Job", ns, job, "BackoffLimitExceeded", "Job has reached the specified backoff limit", comp="job-controller", ev=(ri == 2))
        # the same job also talks to southbank and that works
        ok = f"statement-upload-southbank-{stamp}-{h(r, 5)}"
        Lok = rec.L(ns, ok, "uploader")
        rec.add(t0 + 4, Lok, "@PY@ INFO paramiko.transport: Connected (version 2.0, client OpenSSH_9.6)")
        rec.add(t0 + 4.3, Lok, "@PY@ INFO paramiko.transport: Authentication (publickey) successful!")
        rec.add(t0 + 6.1, Lok, f"@PY@ INFO statement_upload: uploaded {r.randint(8, 20)} files to sftp.southbank.example:/inbound/statements")
        rec.event(t0 + 8, "Job", ns, f"statement-upload-southbank-{stamp}", "Completed", "Job completed", typ="Normal", comp="job-controller")
    rc = dpod(r, "reconciliation")
    Lr = rec.L(ns, rc, "reconciliation")
    for t in spread(r, 10, 1900, 8):
        rec.add(t, Lr, f'time=@ISO@ level=INFO msg="reconciliation run finished" matched={r.randint(2000, 9000)} unmatched=0 error_count=0')
    rec.add(1500, Lr, f'time=@ISO@ level=WARN msg="statements not acknowledged by partner" partner=northbank batch={rec.day(-1, "%Y-%m")} pending=14 age=25m')
    return rec.build(
        "The statement-upload CronJob keeps failing for northbank. What's wrong?", sel(ns),
        exp("ERROR", "connection_refused", "sftp.northbank.example",
            "The partner SFTP server sftp.northbank.example (203.0.113.45) refuses connections on port 22, so every northbank statement-upload run fails with NoValidConnectionsError.",
            "Each run of statement-upload hits 'Unable to connect to port 22' / Connection refused towards northbank and the Job reaches its backoff limit, while uploads to southbank from the same cluster succeed.",
            "Contact northbank (or check the firewall/allow-list for port 22 to 203.0.113.45) to get their SFTP endpoint reachable, then re-run the pending statement uploads."))


# =========================================================================== timeout

@scenario
def s_fraud_cold_start_timeouts():
    name = "fraud_scoring_cold_start"
    r = rng_for(name)
    cl = "risk-prod"
    nodes = [gke_node(r, cl, "n2-pool") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, app_label=True, ev_style="alloy")
    fns, gns = "risk", "payments"
    frs = rs(r)
    model = f"fraud-xgb-{rec.day(-4)}"
    fpod = dpod(r, "fraud-scoring", frs)
    fpod2 = dpod(r, "fraud-scoring", frs)
    Lf = rec.L(fns, fpod, "scoring", node=nodes[0], app="fraud-scoring")
    Lf2 = rec.L(fns, fpod2, "scoring", node=nodes[1], app="fraud-scoring")
    grs = rs(r)
    gws = [dpod(r, "payments-gateway", grs) for _ in range(2)]
    Lg = [rec.L(gns, g, "gateway", node=nodes[i + 1], app="payments-gateway") for i, g in enumerate(gws)]
    rec.event(0.0, "Pod", fns, fpod, "Started", "Started container scoring", typ="Normal", host=nodes[0])
    rec.add(1.2, Lf, "INFO:     Started server process [1]")
    rec.add(1.21, Lf, "INFO:     Waiting for application startup.")
    rec.add(1.3, Lf, Js({"event": "model registry: lazy loading enabled, model will be fetched on first request", "model": model, "level": "info", "timestamp": "@ISOUS@"}))
    rec.add(1.4, Lf, "INFO:     Application startup complete.")
    rec.add(1.41, Lf, "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    rec.add(6.0, Lf, Js({"event": "fetching model artifact", "uri": f"gs://acme-risk-models/{model}/model.ubj", "size_mb": 412, "level": "info", "timestamp": "@ISOUS@"}), ev=True)
    slow_ev = 0
    t = 6.5
    while t < 95:
        dur = r.uniform(2.6, 4.9) if t < 70 else r.uniform(0.8, 1.6)
        rec.add(t + dur, Lf, Js({"event": "score computed", "path": "/v1/score", "duration_ms": int(dur * 1000), "model_warm": t + dur > 71, "level": "warning" if dur > 2 else "info", "timestamp": "@ISOUS@"}), ev=(slow_ev < 1 and dur > 2 and t > 20))
        if dur > 2 and t > 20:
            slow_ev += 1
        t += r.uniform(4, 9)
    rec.add(71.0, Lf, Js({"event": "model loaded", "model": model, "load_seconds": 64.8, "level": "info", "timestamp": "@ISOUS@"}))
    n = 0
    for i, tt in enumerate(spread(r, 0, 240, 44)):
        k = i % 2
        if 8 < tt < 72 and i % 3 != 2:
            n += 1
            rec.add(tt, Lg[k], J({"level": "warn", "ts": "@EPOCH@", "caller": "risk/client.go:93", "msg": "fraud score request failed, using rules-only fallback", "attempt": 1, "error": "Post \"http://fraud-scoring.risk.svc.cluster.local:8000/v1/score\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "timeout": "2s"}), ev=(n in (1, 9)))
        elif i % 3 == 2:
            rec.add(tt, Lf2, f'INFO:     {ip(r, 10, 12)}:{r.randint(30000, 60000)} - "POST /v1/score HTTP/1.1" 200 OK')
        else:
            rec.add(tt, Lg[k], J({"level": "info", "ts": "@EPOCH@", "caller": "http/middleware.go:51", "msg": "request handled", "method": "POST", "path": "/v1/payments/authorize", "status": 200, "latency_ms": r.randint(40, 180)}))
    rec.add(200, Lg[0], J({"level": "info", "ts": "@EPOCH@", "caller": "risk/client.go:120", "msg": "fraud scoring latency back within SLO", "p99_ms": 212, "window": "1m"}))
    rec.add(120, Lf, f'INFO:     {ip(r, 10, 12)}:{r.randint(30000, 60000)} - "GET /healthz HTTP/1.1" 200 OK')
    return rec.build(
        "payments-gateway logged fraud-scoring timeouts for about a minute. Do we need to do anything?", sel("risk"),
        exp("WARN", "timeout", "fraud-scoring",
            "A freshly started fraud-scoring pod lazily downloaded its 412 MB model on the first requests, so for about a minute its /v1/score answers took 2.6-4.9 s and exceeded payments-gateway's 2 s client timeout.",
            "payments-gateway fell back to rules-only scoring on context-deadline-exceeded errors while one fraud-scoring pod warmed up; once the model loaded latency returned to normal and no payments failed.",
            "Optional: preload the model during startup and gate readiness on it (or add a startupProbe) so cold pods don't receive traffic."))


@scenario
def s_rails_pricing_rack_timeout():
    name = "pricing_rack_timeout_504"
    r = rng_for(name)
    nodes = [eks_node(r, "ap-southeast-2") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-shop-syd", frac=6, node_labels=False, job_label=True)
    ns = "shop"
    prs = rs(r)
    pp = [dpod(r, "pricing", prs) for _ in range(2)]
    pips = [ip(r, 10, 1, 40), ip(r, 10, 1, 41)]
    Lp = [rec.L(ns, p, "pricing", app="pricing") for p in pp]
    ing = dpod(r, "ingress-nginx-controller")
    Li = rec.L("ingress-nginx", ing, "controller", app="ingress-nginx")
    cw = dpod(r, "checkout-web")
    Lc = rec.L(ns, cw, "checkout-web", app="checkout-web")
    rec.add(0.5, Lp[0], f"I, [@ISOUS@ #1]  INFO -- : [{uuid4(r)}] Rails.cache miss price_rules/v42 - recomputing rules for 48211 SKUs", ev=True)
    evn = 0
    for i, t in enumerate(spread(r, 1, 300, 20)):
        k = i % 2
        rid = uuid4(r)
        skus = ",".join(f"SKU{r.randint(10000, 99999)}" for _ in range(3))
        client = pubip(r)
        if i % 2 == 0:
            rec.add(t, Lp[k], f'I, [@ISOUS@ #1]  INFO -- : [{rid}] Started GET "/api/prices?skus={skus}" for {ip(r, 10, 1)} at @SEC@ +0000')
            rec.add(t + 20.0, Li, f'@GO@ [error] 41#41: *{r.randint(100000, 999999)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: {client}, server: shop.example.com.au, request: "GET /api/prices?skus={skus} HTTP/2.0", upstream: "http://{pips[k]}:3000/api/prices?skus={skus}", host: "shop.example.com.au"', ev=(evn == 0))
            rec.add(t + 20.001, Li, nginx_ing(r, client, "GET", f"/api/prices?skus={skus}", 504, 160, 20.001, "shop-pricing-3000", f"{pips[k]}:3000", proto="HTTP/2.0"))
            rec.add(t + 30.0, Lp[k], f"E, [@ISOUS@ #1] ERROR -- : [{rid}] source=rack-timeout id={rid} timeout=30000ms service=30000ms state=timed_out", ev=(evn in (0, 3)))
            rec.add(t + 30.01, Lp[k], f"F, [@ISOUS@ #1] FATAL -- : [{rid}] Rack::Timeout::RequestTimeoutException (Request ran for longer than 30000ms ):")
            rec.add(t + 30.011, Lp[k], f"F, [@ISOUS@ #1] FATAL -- : [{rid}] app/services/price_rules/compiler.rb:118:in `block (2 levels) in compile_tier_rules'")
            evn += 1
        elif i % 4 == 1:
            rec.add(t, Lc, J({"level": "error", "ts": "@ISO@", "caller": "pricing/client.go:64", "msg": "price lookup failed", "url": "http://pricing.shop.svc.cluster.local/api/prices", "error": "context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "timeout": "5s"}), ev=(i == 1))
        else:
            rec.add(t, Lp[k], f'I, [@ISOUS@ #1]  INFO -- : [{rid}] Completed 200 OK in {r.randint(2, 9)}ms (Views: 0.4ms | ActiveRecord: 1.1ms | Allocations: {r.randint(400, 900)})  [GET /up]')
    for t in spread(r, 1, 300, 10):
        path = r.choice(["/", "/products/merino-tee", "/cart", "/assets/application-9f2c1e.css"])
        rec.add(t, Li, nginx_ing(r, pubip(r), "GET", path, 200, r.randint(900, 30000), r.uniform(0.004, 0.09), "shop-storefront-80", f"{ip(r, 10, 1, 50)}:80", proto="HTTP/2.0"))
    rec.add(150, Li, nginx_ing(r, pubip(r), "GET", "/.git/config", 404, 153, 0.001, "upstream-default-backend", "-", ua=UA_SCANNER[1]))
    return rec.build(
        "Product pages show no prices and the ingress returns 504 for /api/prices. Why?", sel(ns),
        exp("ERROR", "timeout", "pricing",
            "The pricing service takes more than 30 s per /api/prices request because, after a cache miss on price_rules/v42, it recompiles the tier rules for 48211 SKUs inside the request, so ingress-nginx times out at 20 s and rack-timeout kills the request at 30 s.",
            "Every price lookup is too slow: ingress-nginx logs 'upstream timed out while reading response header' and 504s, checkout-web hits its 5 s deadline, and pricing logs rack-timeout timed_out / Rack::Timeout::RequestTimeoutException.",
            "Warm or precompute the price_rules cache outside the request path (background job) and restore the cached rules, then confirm /api/prices latency drops below the ingress timeout."))


@scenario
def s_avatax_egress_timeout():
    name = "avatax_upstream_timeout"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "apps", vm) for _ in range(3)]
    rec = Rec(name, r, cluster="aks-commerce-eus", app_label=True, stream_label=True)
    ns = "tax"
    trs = rs(r)
    tps = [dpod(r, "tax-service", trs) for _ in range(2)]
    Lt = [rec.L(ns, p, "tax-service", node=nodes[i], app="tax-service") for i, p in enumerate(tps)]
    eg = dpod(r, "istio-egressgateway")
    Le = rec.L("istio-system", eg, "istio-proxy", node=nodes[2], app="istio-egressgateway")
    egip = ip(r, 10, 244, 2)
    av_ip = f"52.{r.randint(100, 200)}.{r.randint(1, 254)}.{r.randint(2, 254)}"
    co = dpod(r, "checkout")
    Lc = rec.L("shop", co, "checkout", node=nodes[1], app="checkout")

    def sb(level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [tax-service] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    evn = 0
    for i, t in enumerate(spread(r, 0, 420, 34)):
        k = i % 2
        tip_ = ip(r, 10, 244, k)
        if i in (0, 1, 2):
            dur = r.randint(180, 420)
            rec.add(t, Le, envoy(r, "POST", "/api/v2/transactions/create", 201, "-", "via_upstream", r.randint(1500, 3000), r.randint(2000, 6000), dur, dur - 3, "Apache-HttpClient/5.3 (Java/21.0.2)", "rest.avatax.com", f"{av_ip}:443", "outbound|443||rest.avatax.com", f"{egip}:{r.randint(40000, 60000)}", f"{egip}:8080", f"{tip_}:{r.randint(40000, 60000)}", sni="-", route="-"))
            continue
        if i % 3 == 0:
            dur = 15000 + r.randint(0, 3)
            rec.add(t, Le, envoy(r, "POST", "/api/v2/transactions/create", 504, "UT", "response_timeout", r.randint(1500, 3000), 24, dur, "-", "Apache-HttpClient/5.3 (Java/21.0.2)", "rest.avatax.com", f"{av_ip}:443", "outbound|443||rest.avatax.com", f"{egip}:{r.randint(40000, 60000)}", f"{egip}:8080", f"{tip_}:{r.randint(40000, 60000)}", route="-"), ev=(evn == 0))
            rec.add(t + 0.004, Lt[k], sb("ERROR", f"http-nio-8080-exec-{r.randint(1, 40)}", "c.a.tax.avalara.AvalaraClient", 'AvaTax CreateTransaction failed after 15004 ms: org.springframework.web.client.HttpServerErrorException$GatewayTimeout: 504 Gateway Timeout: "upstream request timeout"'), ev=(evn in (0, 2)))
            rec.add(t + 0.01, Lc, J({"level": "warn", "ts": "@ISO@", "msg": "tax calculation unavailable, order placed on hold", "order": f"ORD-{r.randint(100000, 999999)}", "upstream": "tax-service.tax.svc.cluster.local", "status": 502}))
            evn += 1
        elif i % 3 == 1:
            dur = r.randint(9000, 14500)
            rec.add(t, Le, envoy(r, "POST", "/api/v2/transactions/create", 201, "-", "via_upstream", r.randint(1500, 3000), r.randint(2000, 6000), dur, dur - 5, "Apache-HttpClient/5.3 (Java/21.0.2)", "rest.avatax.com", f"{av_ip}:443", "outbound|443||rest.avatax.com", f"{egip}:{r.randint(40000, 60000)}", f"{egip}:8080", f"{tip_}:{r.randint(40000, 60000)}", route="-"))
        else:
            rec.add(t, Lt[k], sb("INFO", f"http-nio-8080-exec-{r.randint(1, 40)}", "c.a.tax.web.TaxController", f"POST /v1/tax/quote -> 200 in {r.randint(3, 12)}ms (rate table cache)"))
    rec.add(260, Lt[0], sb("WARN", "resilience4j-1", "c.a.tax.avalara.AvalaraClient", "CircuitBreaker 'avatax' changed state from CLOSED to OPEN (failure rate 58.3% > 50.0%, slow call rate 91.7% > 80.0%)"), ev=True)
    rec.add(320, Lt[1], sb("INFO", "scheduling-1", "c.a.tax.metrics.Reporter", "avatax p50=11.8s p99=15.0s timeouts=23 window=5m"))
    rec.add(30, Lt[1], sb("WARN", "main", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    return rec.build(
        "Orders go on hold because tax calculation fails. What is the cause?", sel(ns),
        exp("ERROR", "timeout", "avatax",
            "The external AvaTax API (rest.avatax.com) is answering CreateTransaction calls in 9-15 s instead of a few hundred ms, so the Istio egress route's 15 s timeout fires (504 UT, upstream request timeout) for many requests.",
            "tax-service's AvaTax calls time out at the egress gateway, its circuit breaker opens and checkout puts orders on hold; local tax quotes from the cached rate table still work.",
            "Check Avalara's service status and escalate to them; meanwhile fall back to cached/estimated tax and queue CreateTransaction calls for later commit."))


# =========================================================================== tls_certificate

@scenario
def s_client_cert_expiring():
    name = "client_cert_expires_10d"
    r = rng_for(name)
    nodes = [f"ip-10-20-{r.randint(0, 63)}-{r.randint(2, 254)}.eu-central-1.compute.internal" for _ in range(2)]
    rec = Rec(name, r, cluster="eks-partners", frac=3, node_labels=True)
    ns = "partners"
    p = dpod(r, "partner-gateway")
    Lp = rec.L(ns, p, "partner-gateway", node=nodes[0])
    start = rec.start
    exp_date = (start + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    serial = ":".join(hx(r, 2) for _ in range(8))

    def sb(level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [partner-gateway] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    rec.add(0.2, Lp, sb("WARN", "scheduling-1", "c.a.p.tls.CertificateExpiryCheck", f"Client certificate 'CN=partner-gateway.prod.acme.internal, O=Acme GmbH' (serial {serial}) from keystore /etc/tls/client.p12 expires in 10 days (notAfter={exp_date})"), ev=True)
    rec.add(0.25, Lp, sb("WARN", "scheduling-1", "c.a.p.tls.CertificateExpiryCheck", "Certificate for alias 'bank-mtls' is not managed by cert-manager; automatic renewal is not configured"), ev=True)
    for i, t in enumerate(spread(r, 1, 540, 40)):
        k = r.random()
        if k < 0.45:
            rec.add(t, Lp, sb("INFO", f"http-nio-8443-exec-{r.randint(1, 20)}", "c.a.p.bank.SepaClient", f"POST https://api.partnerbank.example/sepa/v2/credit-transfers -> 201 in {r.randint(90, 400)}ms (mTLS, TLSv1.3)"))
        elif k < 0.6:
            rec.add(t, Lp, sb("INFO", f"http-nio-8443-exec-{r.randint(1, 20)}", "c.a.p.bank.SepaClient", f"GET https://api.partnerbank.example/sepa/v2/credit-transfers/{uuid4(r)}/status -> 200 in {r.randint(40, 200)}ms"))
        elif k < 0.75:
            rec.add(t, Lp, f'{ip(r, 10, 20)} - - [@CLF@] "GET /actuator/health/liveness HTTP/1.1" 200 15 "-" "kube-probe/1.30"')
        elif k < 0.85:
            rec.add(t, Lp, f"[@JGC@][info][gc] GC({300 + i}) Pause Young (Normal) (G1 Evacuation Pause) {r.randint(300, 500)}M->{r.randint(120, 200)}M(1024M) {r.uniform(3, 12):.3f}ms")
        else:
            rec.add(t, Lp, sb("INFO", "scheduling-1", "c.a.p.metrics.Reporter", f"window=1m sepa_calls={r.randint(40, 120)} error_count=0 handshake_failures=0"))
    cm = f"cert-manager-{rs(r)}-{h(r, 5)}"
    Lcm = rec.L("cert-manager", cm, "cert-manager-controller", node=nodes[1])
    rec.add(120, Lcm, klog("I", 1, "trigger_controller.go:223", f'"Not re-issuing certificate as renewal is not yet due" logger="cert-manager.certificates-trigger" key="partners/partner-gateway-server-tls" renewal_time="{rec.day(41, "%Y-%m-%d %H:%M:%S")} +0000 UTC"'))
    return rec.build(
        "partner-gateway started logging certificate warnings. Is anything broken?", sel(ns),
        exp("WARN", "tls_certificate", "partner-gateway",
            "partner-gateway's manually managed mTLS client certificate for the partner bank (keystore /etc/tls/client.p12) expires in 10 days and is not covered by automatic renewal.",
            "Nothing is failing yet: SEPA calls over mTLS succeed with zero handshake failures, but the client certificate expiry check warns that the bank certificate expires in 10 days.",
            "Request and install a renewed client certificate from the partner bank before the notAfter date (or move it under cert-manager) and roll partner-gateway."))


@scenario
def s_kubeadm_certs_expired():
    name = "kubeadm_certs_expired"
    r = rng_for(name)
    cp = "cp-01"
    workers = ["worker-01", "worker-02", "worker-03"]
    rec = Rec(name, r, frac=6, cluster="onprem-lab", journal_job="node-journal", node_labels=True)
    apiserver = "10.10.0.5"
    expired = (rec.start - timedelta(hours=6, minutes=r.randint(1, 59))).strftime("%Y-%m-%dT%H:%M:%SZ")
    ns = "kube-system"
    Lapi = rec.L(ns, f"kube-apiserver-{cp}", "kube-apiserver", node=cp)
    Lcm = rec.L(ns, f"kube-controller-manager-{cp}", "kube-controller-manager", node=cp)
    Lsch = rec.L(ns, f"kube-scheduler-{cp}", "kube-scheduler", node=cp)
    Letcd = rec.L(ns, f"etcd-{cp}", "etcd", node=cp)
    evn = 0
    for i, t in enumerate(spread(r, 0, 300, 12)):
        rec.add(t, Lapi, klog("E", 1, "authentication.go:73", f'"Unable to authenticate the request" err="[x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}, verifying certificate SN={r.randint(10**18, 10**19)}, SKID=, AKID={":".join(hx(r, 2) for _ in range(20)).upper()} failed: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}]"'), ev=(i == 0))
    for i, t in enumerate(spread(r, 2, 300, 6)):
        rec.add(t, Lcm, klog("E", 1, "leaderelection.go:332", f'error retrieving resource lock kube-system/kube-controller-manager: Get "https://{apiserver}:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}'), ev=(i == 0))
    for i, t in enumerate(spread(r, 2, 300, 4)):
        rec.add(t, Lsch, klog("E", 1, "reflector.go:147", f'k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Pod: failed to list *v1.Pod: Get "https://{apiserver}:6443/api/v1/pods?fieldSelector=status.phase%21%3DSucceeded%2Cstatus.phase%21%3DFailed&limit=500&resourceVersion=0": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}'))
    for j, w in enumerate(workers):
        for i, t in enumerate(spread(r, 5, 300, 3)):
            rec.journal(t, w, "kubelet.service", klog("E", 1042, "kubelet_node_status.go:540", f'"Error updating node status, will retry" err="error getting node \\"{w}\\": Get \\"https://{apiserver}:6443/api/v1/nodes/{w}?timeout=10s\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}"'), ev=(j == 0 and i == 0))
    rec.journal(150, cp, "kubelet.service", klog("E", 988, "kubelet.go:2862", f'"Error getting node" err="node \\"{cp}\\" not found"'))
    for t in (40, 220):
        rec.add(t, Letcd, J({"level": "info", "ts": "@ISOUS@", "caller": "mvcc/kvstore_compaction.go:68", "msg": "finished scheduled compaction", "compact-revision": r.randint(4000000, 5000000), "took": f"{r.uniform(10, 60):.6f}ms", "hash": r.randint(10**9, 4 * 10**9)}))
    ac = "argocd-application-controller-0"
    Lac = rec.L("argocd", ac, "argocd-application-controller", node=workers[1])
    rec.add(100, Lac, f'time="@ISOS@" level=error msg="Failed to load live state: Get \\"https://10.96.0.1:443/api?timeout=32s\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after {expired}" application=argocd/lab-apps')
    web = dpod(r, "wiki")
    Lw = rec.L("tools", web, "wiki", node=workers[2])
    for t in spread(r, 0, 300, 8):
        rec.add(t, Lw, f'{ip(r, 10, 244, 3)} - - [@CLF@] "GET /pages/{r.choice(["runbooks", "oncall", "home", "k8s-upgrades"])} HTTP/1.1" 200 {r.randint(3000, 20000)} "-" "{r.choice(UA_BROWSER)}"')
    return rec.build(
        "kubectl and Argo CD cannot talk to the lab cluster anymore and nodes stopped reporting. What happened?", sel(ns),
        exp("CRITICAL", "tls_certificate", "kube-apiserver",
            "The kubeadm-issued control-plane certificates (API server serving cert and the client certs in the component kubeconfigs) reached their one-year expiry, so every TLS connection to the API server fails x509 verification.",
            "The control plane is effectively down: the API server rejects expired client certs, controller-manager, scheduler, kubelets and Argo CD fail with 'x509: certificate has expired', nodes cannot update their status; already-running workloads still serve.",
            "On the control-plane node run 'kubeadm certs check-expiration' and 'kubeadm certs renew all', restart the static control-plane pods, update admin/kubelet kubeconfigs, and schedule automatic renewal."))


@scenario
def s_ledger_san_mismatch():
    name = "ledger_cert_san_mismatch"
    r = rng_for(name)
    cl = "fin-prod"
    nodes = [gke_node(r, cl, "default-pool") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, node_labels=False, app_label=True, ev_style="json",
              ev_labels={"namespace": "observability", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter", "app": "event-exporter"})
    ns = "payments"
    lrs = rs(r)
    lps = [dpod(r, "ledger", lrs) for _ in range(2)]
    Ll = [rec.L(ns, p, "ledger", app="ledger") for p in lps]
    cm = f"cert-manager-{rs(r)}-{h(r, 5)}"
    Lcm = rec.L("cert-manager", cm, "cert-manager-controller", app="cert-manager")
    rec.add(0.0, Lcm, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "ledger-tls" condition "Issuing" to @ISOS@'))
    rec.add(0.3, Lcm, klog("I", 1, "requestmanager_controller.go:323", '"Created new CertificateRequest resource" logger="cert-manager.certificates-request-manager" key="payments/ledger-tls"'))
    rec.event(1.2, "Certificate", ns, "ledger-tls", "Issuing", "The certificate has been successfully issued", typ="Normal", comp="cert-manager-certificates-issuing")
    for k in range(2):
        rec.add(5 + k * 2, Ll[k], J({"level": "info", "ts": "@ISO@", "logger": "tls", "msg": "reloaded TLS keypair", "path": "/etc/ledger/tls/tls.crt", "dns_names": ["ledger-api.payments.svc", "ledger-api.payments.svc.cluster.local"], "not_after": (rec.start + timedelta(days=90)).strftime("%Y-%m-%dT%H:%M:%SZ")}), ev=(k == 0))
    prs = rs(r)
    pays = [dpod(r, "payouts", prs) for _ in range(2)]
    rec_ = dpod(r, "recon-batch")
    Lr = rec.L(ns, rec_, "recon", app="recon-batch")
    evn = 0
    for i, t in enumerate(spread(r, 8, 420, 36)):
        k = i % 2
        Lp = rec.L(ns, pays[k], "payouts", app="payouts")
        m = i % 4
        if m in (0, 1):
            rec.add(t, Lp, J({"level": "error", "ts": "@ISO@", "logger": "ledger-client", "msg": "post ledger entry failed", "payout_id": f"po_{hx(r, 12)}", "error": "Post \"https://ledger.payments.svc:8443/v1/entries\": tls: failed to verify certificate: x509: certificate is valid for ledger-api.payments.svc, ledger-api.payments.svc.cluster.local, not ledger.payments.svc"}), ev=(evn in (0, 3)))
            evn += 1
        elif m == 2:
            if i % 8 == 2:
                rec.add(t, Lr, f"@ISO@ ERROR 1 --- [recon-batch] [           main] c.a.recon.LedgerReader                   : Ledger export failed: javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching ledger.payments.svc found.", ev=(i < 20))
            else:
                rec.add(t, Ll[k], J({"level": "info", "ts": "@ISO@", "logger": "http", "msg": "request", "method": "GET", "path": "/healthz", "status": 200, "duration_ms": 0}))
        else:
            rec.add(t, Lp, J({"level": "info", "ts": "@ISO@", "logger": "payouts", "msg": "payout batch queued", "count": r.randint(10, 80), "currency": r.choice(["EUR", "GBP", "USD"])}))
    return rec.build(
        "Payouts cannot write ledger entries since this morning. Why?", sel(ns),
        exp("ERROR", "tls_certificate", "ledger",
            "ledger's reissued certificate (ledger-tls) only lists ledger-api.payments.svc names, but its clients call ledger.payments.svc, so TLS verification fails with a hostname mismatch.",
            "After cert-manager reissued ledger-tls with the new DNS names, payouts and recon-batch fail every call to ledger.payments.svc with 'certificate is valid for ledger-api.payments.svc ..., not ledger.payments.svc'.",
            "Add ledger.payments.svc (and its cluster.local form) back to the ledger-tls Certificate's dnsNames, or switch clients to the ledger-api name, and let ledger reload the certificate."))


# =========================================================================== auth_failure

@scenario
def s_rbac_report_runner():
    name = "rbac_jobs_forbidden"
    r = rng_for(name)
    rec = Rec(name, r, tz=timezone(timedelta(hours=-4)), cluster=None, node_labels=False, app_label=True, stream_label=True)
    ns = "analytics"
    rr = dpod(r, "report-runner")
    Lr = rec.L(ns, rr, "runner", app="report-runner")
    Lre = rec.L(ns, rr, "runner", app="report-runner", stream="stderr")
    hc = f"helm-controller-{rs(r)}-{h(r, 5)}"
    Lh = rec.L("flux-system", hc, "manager", app="helm-controller")
    rec.add(0.0, Lh, J({"level": "info", "ts": "@ISO@", "msg": "release out-of-sync with desired state: chart version changed", "controller": "helmrelease", "HelmRelease": {"name": "report-runner", "namespace": ns}}))
    rec.add(14.0, Lh, J({"level": "info", "ts": "@ISO@", "msg": "Helm upgrade succeeded for release analytics/report-runner.v14 with chart report-runner@2.0.0", "controller": "helmrelease", "HelmRelease": {"name": "report-runner", "namespace": ns}}))
    rec.add(22.0, Lr, "@PY@ INFO report_runner: starting report-runner 2.0.0 (serviceaccount=report-runner, namespace=analytics)")
    evn = 0
    for i, t0 in enumerate([60.0, 180.0, 300.0, 420.0]):
        rep = r.choice(["daily_revenue", "cohort_retention", "marketing_attribution", "inventory_aging"])
        rec.add(t0, Lr, f"@PY@ INFO report_runner.scheduler: launching Job for report {rep} (run {rec.day(0, '%Y%m%d')}-{i + 1:02d})")
        rec.add(t0 + 0.08, Lre, f"@PY@ ERROR report_runner.scheduler: failed to launch Job for report {rep}", ev=(i == 0))
        rec.add(t0 + 0.081, Lre, "Traceback (most recent call last):")
        rec.add(t0 + 0.082, Lre, '  File "/app/report_runner/scheduler.py", line 142, in launch')
        rec.add(t0 + 0.083, Lre, "    batch.create_namespaced_job(namespace=self.namespace, body=job)")
        rec.add(t0 + 0.084, Lre, "kubernetes.client.exceptions.ApiException: (403)")
        rec.add(t0 + 0.085, Lre, "Reason: Forbidden")
        rec.add(t0 + 0.086, Lre, f"HTTP response headers: HTTPHeaderDict({{'Audit-Id': '{uuid4(r)}', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'X-Kubernetes-Pf-Flowschema-Uid': '{uuid4(r)}', 'X-Kubernetes-Pf-Prioritylevel-Uid': '{uuid4(r)}', 'Date': 'Mon, 02 Mar 2026 14:00:00 GMT', 'Content-Length': '327'}})".replace("Mon, 02 Mar 2026 14:00:00 GMT", "@HTTPDATE@"))
        rec.add(t0 + 0.087, Lre, 'HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"jobs.batch is forbidden: User \\"system:serviceaccount:analytics:report-runner\\" cannot create resource \\"jobs\\" in API group \\"batch\\" in the namespace \\"analytics\\"","reason":"Forbidden","details":{"group":"batch","kind":"jobs"},"code":403}', ev=(i in (0, 2)))
    for t in spread(r, 25, 470, 14):
        rec.add(t, Lr, f'@PY@ INFO uvicorn.access: {ip(r, 10, 36)}:{r.randint(30000, 60000)} - "GET /{r.choice(["healthz", "readyz", "metrics"])} HTTP/1.1" 200')
    ds = dpod(r, "dashboard")
    Ld = rec.L(ns, ds, "dashboard", app="dashboard")
    for i, t in enumerate(spread(r, 30, 470, 8)):
        if i == 4:
            rec.add(t, Ld, J({"level": "warn", "time": "@ISO@", "msg": "report daily_revenue is stale", "last_success": rec.day(-1) + "T06:00:00Z"}))
        else:
            rec.add(t, Ld, J({"level": "info", "time": "@ISO@", "msg": "GET /dashboards/revenue 200", "duration_ms": r.randint(20, 200)}))
    out = []
    rec.add(200, Lr, "@PY@ WARNING urllib3.connectionpool: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'RemoteDisconnected('Remote end closed connection without response')': /api/v1/namespaces/analytics/pods")
    rec.add(200.4, Lr, "@PY@ INFO report_runner.cleanup: listed 0 finished report pods to clean up")
    return rec.build(
        "No reports have been generated since the report-runner 2.0.0 upgrade. Why?", sel(ns, app="report-runner"),
        exp("ERROR", "auth_failure", "report-runner",
            "After the chart upgrade to 2.0.0 the report-runner ServiceAccount no longer has RBAC permission to create jobs.batch in the analytics namespace, so every Job launch is rejected with 403 Forbidden.",
            "report-runner starts and serves health checks, but each scheduled report fails with ApiException (403) 'jobs.batch is forbidden ... cannot create resource jobs', so dashboards show stale reports.",
            "Restore a Role/RoleBinding granting the report-runner ServiceAccount create/get/list/delete on jobs.batch in analytics (fix the chart's RBAC templates) and re-run the missed reports."))


@scenario
def s_kms_generate_datakey_denied():
    name = "irsa_kms_access_denied"
    r = rng_for(name)
    nodes = [eks_node(r, "eu-central-1") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-billing-fra", app_label=True)
    ns = "billing"
    ex = dpod(r, "invoice-exporter")
    Le = rec.L(ns, ex, "exporter", node=nodes[0], app="invoice-exporter")
    sess = str(int(rec.start.timestamp() * 1e9) - r.randint(10**11, 10**12))
    keyid = uuid4(r)
    evn = 0
    rec.add(0.5, Le, 'time=@ISO@ level=INFO msg="starting invoice-exporter" version=1.9.3 bucket=acme-invoices-prod region=eu-central-1 credentials=web-identity role=arn:aws:iam::123456789012:role/invoice-exporter-irsa')
    for i, t in enumerate(spread(r, 5, 600, 40)):
        inv = f"INV-{rec.day(0, '%Y%m')}-{r.randint(10000, 99999)}"
        m = i % 4
        if m in (0, 1):
            rid = h(r, 16, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")
            err = (f"operation error S3: PutObject, https response error StatusCode: 403, RequestID: {rid}, HostID: {h(r, 56, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}=, "
                   f"api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/invoice-exporter-irsa/{sess} is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:eu-central-1:123456789012:key/{keyid} because no identity-based policy allows the kms:GenerateDataKey action")
            rec.add(t, Le, f'time=@ISO@ level=ERROR msg="upload failed" invoice={inv} key=invoices/{rec.day(0, "%Y/%m/%d")}/{inv}.pdf attempts=3 err="{err}"', ev=(evn in (0, 4)))
            evn += 1
        elif m == 2:
            rec.add(t, Le, f'time=@ISO@ level=INFO msg="read template" key=templates/invoice-v7.html bytes={r.randint(20000, 40000)} source=s3')
        else:
            rec.add(t, Le, f'time=@ISO@ level=INFO msg="rendered invoice" invoice={inv} pages={r.randint(1, 4)} duration_ms={r.randint(80, 400)}')
    tf = dpod(r, "atlantis")
    Lt = rec.L("platform", "atlantis-0", "atlantis", node=nodes[2], app="atlantis")
    rec.add(-30, Lt, J({"level": "info", "ts": "@ISO@", "caller": "events/apply_command_runner.go:112", "msg": "apply succeeded: aws_s3_bucket_server_side_encryption_configuration.invoices (sse_algorithm=aws:kms)", "json": {"repo": "acme/infra-billing", "pull": r.randint(400, 900)}}), ev=True)
    ba = dpod(r, "billing-api")
    Lb = rec.L(ns, ba, "api", node=nodes[1], app="billing-api")
    for i, t in enumerate(spread(r, 5, 600, 10)):
        if i in (3, 8):
            rec.add(t, Lb, f'time=@ISO@ level=WARN msg="invoice PDF not available yet" customer=cus_{hx(r, 10)} retry_after=300s')
        else:
            rec.add(t, Lb, f'time=@ISO@ level=INFO msg="GET /v1/invoices" status=200 duration_ms={r.randint(5, 50)}')
    return rec.build(
        "invoice-exporter cannot upload invoices to S3 anymore. What changed?", sel(ns),
        exp("ERROR", "auth_failure", "invoice-exporter",
            "The invoices bucket was switched to SSE-KMS with a customer-managed key, and invoice-exporter's IRSA role has no kms:GenerateDataKey permission on that key, so every PutObject is denied with 403 AccessDenied.",
            "Since the Terraform change to KMS encryption, all invoice uploads fail with AccessDenied for kms:GenerateDataKey while reads of templates still work, and billing-api reports missing invoice PDFs.",
            "Grant the invoice-exporter-irsa role kms:GenerateDataKey (and kms:Decrypt) on the bucket's KMS key, via its IAM policy or the key policy, then retry the failed uploads."))


@scenario
def s_argocd_deploy_key_revoked():
    name = "argocd_repo_ssh_auth"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "system", vm) for _ in range(2)]
    rec = Rec(name, r, cluster="aks-platform", frac=3, node_labels=True)
    ns = "argocd"
    rs_ = dpod(r, "argocd-repo-server")
    Lrs = rec.L(ns, rs_, "argocd-repo-server", node=nodes[0])
    Lac = rec.L(ns, "argocd-application-controller-0", "argocd-application-controller", node=nodes[1])
    srv = dpod(r, "argocd-server")
    Lsv = rec.L(ns, srv, "argocd-server", node=nodes[1])
    repo = "git@github.com:acme-corp/platform-deploy.git"
    apps = ["payments", "storefront", "search", "identity"]
    sshmsg = "ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain"
    evn = 0
    for i, t in enumerate(spread(r, 0, 480, 14)):
        rec.add(t, Lrs, f'time="@ISOS@" level=error msg="finished unary call with code Unknown" error="failed to list refs: {sshmsg}" grpc.code=Unknown grpc.method=GenerateManifest grpc.service=repository.RepoServerService grpc.start_time="@ISOS@" grpc.time_ms={r.uniform(400, 1500):.3f} span.kind=server system=grpc', ev=(i == 0))
    for i, t in enumerate(spread(r, 0, 480, 14)):
        app = apps[i % 4]
        rec.add(t, Lac, f'time="@ISOS@" level=info msg="Normalized app spec: {{\\"status\\":{{\\"conditions\\":[{{\\"lastTransitionTime\\":\\"@ISOS@\\",\\"message\\":\\"Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = failed to list refs: {sshmsg}\\",\\"type\\":\\"ComparisonError\\"}}]}}}}" application=argocd/{app}', ev=(i in (1, 6)))
    for i, t in enumerate(spread(r, 0, 480, 10)):
        app = apps[i % 4]
        if i % 3 == 0:
            rec.add(t, Lac, f'time="@ISOS@" level=info msg="Reconciliation completed" application=argocd/{app} dedup_ms=0 dest-name= dest-namespace={app} dest-server="https://kubernetes.default.svc" diff_ms=0 fields.level=1 git_ms={r.randint(300, 1500)} health_ms=2 live_ms=3 patch_ms=12 setop_ms=0 settings_ms=0 sync_ms=0 time_ms={r.randint(400, 1700)}')
        else:
            rec.add(t, Lsv, f'time="@ISOS@" level=info msg="finished unary call with code OK" grpc.code=OK grpc.method=Get grpc.service=application.ApplicationService grpc.start_time="@ISOS@" grpc.time_ms={r.uniform(5, 40):.3f} span.kind=server system=grpc')
    # helm chart repo over https still works
    rec.add(200, Lrs, 'time="@ISOS@" level=info msg="helm repo index downloaded" repo="https://charts.bitnami.com/bitnami" duration_ms=812')
    rec.add(201, Lsv, 'time="@ISOS@" level=warning msg="Failed to verify token: token has invalid claims: token is expired" user=sso:jane.doe@acme.example')
    dex = dpod(r, "argocd-dex-server")
    rec.add(202, rec.L(ns, dex, "dex", node=nodes[0]), 'time="@ISOS@" level=info msg="login successful: connector \\"github\\", username=\\"jane.doe\\", preferred_username=\\"jdoe\\", email=\\"jane.doe@acme.example\\", groups=[\\"acme-corp:platform\\"]"')
    return rec.build(
        "Argo CD shows ComparisonError for all apps from platform-deploy and nothing syncs. Why?", sel(ns),
        exp("ERROR", "auth_failure", "argocd-repo-server",
            "The SSH deploy key Argo CD uses for git@github.com:acme-corp/platform-deploy.git is no longer accepted by GitHub, so argocd-repo-server cannot authenticate (unable to authenticate, attempted methods [none publickey]).",
            "Every manifest generation for apps sourced from platform-deploy fails in argocd-repo-server with an SSH publickey authentication error, leaving payments, storefront, search and identity in ComparisonError and unsynced; a user's expired SSO token is unrelated.",
            "Re-add the deploy key to the GitHub repository (or rotate it and update the Argo CD repository secret), then hard-refresh the affected applications."))


# =========================================================================== config_error

@scenario
def s_pydantic_missing_env():
    name = "missing_env_crashloop"
    r = rng_for(name)
    cl = "prod-loyalty"
    nodes = [gke_node(r, cl, "default-pool") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, app_label=True, stream_label=True, ev_style="alloy")
    ns = "loyalty"
    lrs = rs(r)
    pods = [dpod(r, "loyalty-api", lrs) for _ in range(2)]
    uids = [uuid4(r) for _ in range(2)]
    rec.add(0.0, rec.L("flux-system", f"helm-controller-{rs(r)}-{h(r, 5)}", "manager", app="helm-controller"),
            J({"level": "info", "ts": "@ISO@", "msg": "Helm upgrade succeeded for release loyalty/loyalty-api.v31 with chart loyalty-api@3.0.0", "controller": "helmrelease"}))
    for k in range(2):
        for c, c0 in enumerate([3.0 + k * 4, 30.0 + k * 4, 75.0 + k * 4, 160.0 + k * 4]):
            L = rec.L(ns, pods[k], "api", node=nodes[k], app="loyalty-api", stream="stderr")
            rec.add(c0, L, "INFO:     Started server process [1]")
            rec.add(c0 + 0.01, L, "INFO:     Waiting for application startup.")
            rec.add(c0 + 0.4, L, "ERROR:    Traceback (most recent call last):")
            if c == 0 and k == 0:
                rec.add(c0 + 0.401, L, '  File "/app/loyalty/main.py", line 23, in lifespan')
                rec.add(c0 + 0.402, L, "    settings = Settings()")
                rec.add(c0 + 0.403, L, '  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 167, in __init__')
                rec.add(c0 + 0.404, L, "    super().__init__(")
            rec.add(c0 + 0.405, L, "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings", ev=(k == 0 and c == 0))
            rec.add(c0 + 0.406, L, "database_url", ev=(k == 0 and c == 0))
            rec.add(c0 + 0.407, L, "  Field required [type=missing, input_value={'redis_url': 'redis://r...', 'log_level': 'info'}, input_type=dict]", ev=(k == 0 and c == 0))
            rec.add(c0 + 0.408, L, "    For further information visit https://errors.pydantic.dev/2.7/v/missing")
            rec.add(c0 + 0.41, L, "ERROR:    Application startup failed. Exiting.")
        rec.event(170 + k, "Pod", ns, pods[k], "BackOff", f"Back-off restarting failed container api in pod {pods[k]}_{ns}({uids[k]})", host=nodes[k], count=7, ev=(k == 1))
    bff = dpod(r, "checkout-bff")
    Lb = rec.L("shop", bff, "bff", node=nodes[2], app="checkout-bff")
    for i, t in enumerate(spread(r, 2, 200, 16)):
        if i % 2 == 0:
            rec.add(t, Lb, J({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": bff, "msg": "loyalty points unavailable, continuing checkout without points", "upstream": "http://loyalty-api.loyalty.svc.cluster.local/v1/points", "err": "connect ECONNREFUSED 10.4.12.77:80"}))
        else:
            rec.add(t, Lb, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": bff, "res": {"statusCode": 200}, "responseTime": round(r.uniform(20, 120), 2), "msg": "request completed"}))
    return rec.build(
        "loyalty-api is crash-looping after the 3.0.0 release. Why?", sel(ns),
        exp("CRITICAL", "config_error", "loyalty-api",
            "loyalty-api 3.0.0 requires the DATABASE_URL setting, but the upgraded chart no longer sets that environment variable, so pydantic Settings validation fails at startup and the process exits.",
            "Every loyalty-api start fails with 'ValidationError: 1 validation error for Settings - database_url Field required', both pods are in CrashLoopBackOff and checkout-bff proceeds without loyalty points (connection refused).",
            "Set DATABASE_URL for loyalty-api again (restore the env/secret mapping in the 3.0.0 chart values) or roll back the release, then verify the pods become Ready."))


@scenario
def s_prometheus_bad_scrape_config():
    name = "prometheus_reload_invalid_yaml"
    r = rng_for(name)
    nodes = ["node-a1", "node-a2", "node-a3"]
    rec = Rec(name, r, frac=6, cluster="onprem-mon", node_labels=True, app_label=True)
    ns = "monitoring"
    pod = "prometheus-kube-prometheus-stack-prometheus-0"
    Lp = rec.L(ns, pod, "prometheus", node=nodes[0], app="prometheus")
    Lr = rec.L(ns, pod, "config-reloader", node=nodes[0], app="prometheus")
    op = dpod(r, "kube-prometheus-stack-operator")
    Lo = rec.L(ns, op, "kube-prometheus-stack", node=nodes[1], app="kube-prometheus-stack-operator")
    cfg = "/etc/prometheus/config_out/prometheus.env.yaml"
    rec.add(0.0, Lo, f'level=info ts=@ISO@ caller=operator.go:806 component=prometheus-controller key=monitoring/kube-prometheus-stack-prometheus msg="sync prometheus"')
    rec.add(0.3, Lo, 'level=debug ts=@ISO@ caller=operator.go:1179 component=prometheus-controller msg="updating Prometheus configuration secret skipped, no configuration change"')
    rec.add(0.4, Lo, 'level=info ts=@ISO@ caller=resource_selector.go:160 component=prometheus-controller msg="additional scrape configs updated" secret=monitoring/additional-scrape-configs key=extra.yaml')
    evn = 0
    for i, t in enumerate([5.0, 185.0, 365.0]):
        rec.add(t, Lr, f'level=info ts=@ISO@ caller=reloader.go:424 msg="Reload triggered" cfg_in=/etc/prometheus/config/prometheus.yaml.gz cfg_out={cfg} watched_dirs=/etc/prometheus/rules/prometheus-kube-prometheus-stack-prometheus-rulefiles-0')
        rec.add(t + 0.05, Lp, f'ts=@ISO@ caller=main.go:1372 level=info msg="Loading configuration file" filename={cfg}')
        rec.add(t + 0.09, Lp, f'ts=@ISO@ caller=main.go:1097 level=error msg="Error reloading config" err="couldn\'t load configuration (--config.file=\\"{cfg}\\"): parsing YAML file {cfg}: yaml: unmarshal errors:\\n  line 2143: field relabel_config not found in type config.ScrapeConfig"', ev=(i < 2))
        rec.add(t + 0.1, Lr, 'level=error ts=@ISO@ caller=runutil.go:100 msg="function failed. Retrying in next tick" err="trigger reload: reload request failed: Post \\"http://127.0.0.1:9090/-/reload\\": context deadline exceeded"' if i == 1 else 'level=error ts=@ISO@ caller=runutil.go:100 msg="function failed. Retrying in next tick" err="trigger reload: received non-200 response: 500 Internal Server Error; have you set `--web.enable-lifecycle` Prometheus flag?"', ev=(i == 0))
    for i, t in enumerate(spread(r, 10, 520, 18)):
        m = i % 6
        if m == 0:
            rec.add(t, Lp, f'ts=@ISO@ caller=compact.go:576 level=info component=tsdb msg="write block" mint={int(rec.start.timestamp() * 1000) - 7200000} maxt={int(rec.start.timestamp() * 1000)} ulid=01HQ{h(r, 22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")} duration={r.uniform(1, 4):.3f}s ooo=false')
        elif m == 1:
            rec.add(t, Lp, f'ts=@ISO@ caller=head.go:1317 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration={r.uniform(50, 300):.3f}ms')
        elif m == 2:
            rec.add(t, Lp, f'ts=@ISO@ caller=checkpoint.go:100 level=info component=tsdb msg="Creating checkpoint" from_segment={r.randint(1000, 1100)} to_segment={r.randint(1100, 1200)} mint={int(rec.start.timestamp() * 1000)}')
        elif m == 3:
            rec.add(t, Lp, 'ts=@ISO@ caller=scrape.go:1777 level=warn component="scrape manager" scrape_pool=serviceMonitor/monitoring/kube-state-metrics/0 target=http://10.233.70.12:8080/metrics msg="Error on ingesting samples with different value but same timestamp" num_dropped=2')
        else:
            am = "alertmanager-kube-prometheus-stack-alertmanager-0"
            rec.add(t, rec.L(ns, am, "alertmanager", node=nodes[2], app="alertmanager"), f'ts=@ISO@ caller=dispatch.go:353 level=debug component=dispatcher aggrGroup="{{}}:{{alertname=\\"Watchdog\\"}}" msg=flushing alerts=[Watchdog[{hx(r, 7)}][active]]')
    rec.add(400, rec.L("payments", dpod(r, "payments-api"), "api", node=nodes[2], app="payments-api"), 'level=info ts=@ISO@ msg="metrics endpoint ready" addr=:9102 path=/metrics')
    return rec.build(
        "The new payments scrape job never shows up in Prometheus. What's wrong?", sel(ns, app="prometheus"),
        exp("ERROR", "config_error", "prometheus",
            "The additional-scrape-configs secret contains a scrape job with an invalid key (relabel_config instead of relabel_configs), so the generated Prometheus configuration fails to parse and every reload is rejected.",
            "Prometheus keeps running on its previous configuration but each reload fails with 'field relabel_config not found in type config.ScrapeConfig', so the new payments scrape job is never loaded; the TSDB and Alertmanager are otherwise healthy.",
            "Fix the key to relabel_configs in the additional-scrape-configs secret (validate it with promtool check config) and confirm the config-reloader's next reload succeeds."))


@scenario
def s_cronjob_missing_cm_key():
    name = "cronjob_configmap_key_missing"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "batch", vm) for _ in range(2)]
    rec = Rec(name, r, cluster="aks-fin-weu", journal_job="systemd-journal", ev_style="json",
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter"})
    ns = "finance"
    ac = "argocd-application-controller-0"
    Lac = rec.L("argocd", ac, "argocd-application-controller", node=nodes[1])
    rec.add(0.0, Lac, 'time="@ISOS@" level=info msg="Applying resource ConfigMap/settlement-config in cluster: https://kubernetes.default.svc, namespace: finance"')
    rec.add(0.5, Lac, 'time="@ISOS@" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/finance-batch')
    stamp = int(rec.start.timestamp()) // 60 + 1
    job = f"nightly-settlement-{stamp}"
    pod = f"{job}-{h(r, 5)}"
    uid = uuid4(r)
    n = nodes[0]
    rec.event(60, "CronJob", ns, "nightly-settlement", "SuccessfulCreate", f"Created job {job}", typ="Normal", comp="cronjob-controller")
    rec.event(60.1, "Job", ns, job, "SuccessfulCreate", f"Created pod: {pod}", typ="Normal", comp="job-controller")
    rec.event(60.3, "Pod", ns, pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {n}", typ="Normal", comp="default-scheduler")
    rec.event(61.5, "Pod", ns, pod, "Pulled", 'Container image "acmefin.azurecr.io/settlement:5.2.1" already present on machine', typ="Normal", host=n)
    for i, t in enumerate([61.6, 75, 98, 140, 222, 380]):
        rec.journal(t, n, "kubelet.service", klog("E", 3310, "kuberuntime_manager.go:1256", f'container &Container{{Name:settle,Image:acmefin.azurecr.io/settlement:5.2.1,Command:[],Args:[--date=yesterday],...}} start failed in pod {pod}_{ns}({uid}): CreateContainerConfigError: couldn\'t find key SETTLEMENT_BUCKET in ConfigMap finance/settlement-config'), ev=(i == 0))
        rec.journal(t + 0.01, n, "kubelet.service", klog("E", 3310, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"settle\\" with CreateContainerConfigError: \\"couldn\'t find key SETTLEMENT_BUCKET in ConfigMap finance/settlement-config\\"" pod="{ns}/{pod}" podUID="{uid}"'))
        rec.event(t + 0.02, "Pod", ns, pod, "Failed", "Error: couldn't find key SETTLEMENT_BUCKET in ConfigMap finance/settlement-config", host=n, count=i + 1, ev=(i == 0))
    rec.event(660.1, "Job", ns, job, "DeadlineExceeded", "Job was active longer than specified deadline", comp="job-controller", ev=True)
    rec.event(660.3, "Pod", ns, pod, "Killing", "Stopping container settle", typ="Normal", host=n)
    # other batch jobs fine
    for i in range(3):
        ok = f"fx-rates-sync-{stamp + 5 * i}"
        okp = f"{ok}-{h(r, 5)}"
        t0 = 120 + i * 180
        Lk = rec.L(ns, okp, "sync", node=nodes[1])
        rec.event(t0, "Job", ns, ok, "SuccessfulCreate", f"Created pod: {okp}", typ="Normal", comp="job-controller")
        rec.add(t0 + 4, Lk, f"{{\"@t\":\"@ISOUS@\",\"@mt\":\"Fetched {{Count}} FX rates from {{Source}}\",\"Count\":{r.randint(150, 170)},\"Source\":\"ecb\"}}")
        rec.add(t0 + 6, Lk, "{\"@t\":\"@ISOUS@\",\"@mt\":\"Upserted rates into {Table} in {Elapsed:0.0} ms\",\"Table\":\"fx_rates\",\"Elapsed\":" + f"{r.uniform(20, 90):.1f}" + "}")
        rec.event(t0 + 8, "Job", ns, ok, "Completed", "Job completed", typ="Normal", comp="job-controller")
    return rec.build(
        "Last night's settlement job never ran. What happened?", sel(ns),
        exp("ERROR", "config_error", "nightly-settlement",
            "The ConfigMap finance/settlement-config synced by Argo CD no longer has the SETTLEMENT_BUCKET key that the nightly-settlement container references, so the container cannot be created (CreateContainerConfigError).",
            "The nightly-settlement CronJob's pod never started: kubelet repeatedly failed with 'couldn't find key SETTLEMENT_BUCKET in ConfigMap finance/settlement-config' until the Job hit its active deadline; the other finance jobs completed normally.",
            "Restore the SETTLEMENT_BUCKET key in settlement-config (or update the CronJob to the renamed key) in Git, sync, and trigger the settlement job manually for the missed date."))


# =========================================================================== resource_exhausted

@scenario
def s_es_low_watermark():
    name = "es_low_disk_watermark"
    r = rng_for(name)
    nodes = [f"worker-{i}.ocp-logs.acme.internal" for i in range(3)]
    rec = Rec(name, r, cluster="ocp-logs", frac=3, node_labels=True, app_label=True)
    ns = "elastic"
    node_ids = {f"elasticsearch-es-data-{i}": h(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for i in range(3)}
    cuuid = h(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    master = "elasticsearch-es-master-0"
    Lm = rec.L(ns, master, "elasticsearch", node=nodes[0], app="elasticsearch")

    def es(level, logger, msg, node, thread, dataset="elasticsearch.server"):
        return J({"@timestamp": "@ISO@", "log.level": level, "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS",
                  "event.dataset": dataset, "process.thread.name": f"elasticsearch[{node}][{thread}]", "log.logger": logger,
                  "elasticsearch.cluster.uuid": cuuid, "elasticsearch.node.id": node_ids.get(node, "x"), "elasticsearch.node.name": node,
                  "elasticsearch.cluster.name": "elasticsearch"})

    node_ids[master] = h(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    dn = "elasticsearch-es-data-2"
    for i, t in enumerate([30.0, 330.0]):
        free = 44.6 - i * 1.3
        pct = 14.9 - i * 0.4
        rec.add(t, Lm, es("WARN", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor",
                          f"low disk watermark [85%] exceeded on [{node_ids[dn]}][{dn}][/usr/share/elasticsearch/data] free: {free:.1f}gb[{pct:.1f}%], replicas will not be assigned to this node",
                          master, "generic][T#4"), ev=True)
    rec.add(31.0, Lm, es("INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", f"current.health=\"YELLOW\" message=\"Cluster health status changed from [GREEN] to [YELLOW] (reason: [shards started [[logs-app-{rec.day(0, '%Y.%m.%d')}][2]]]).\" previous.health=\"GREEN\" reason=\"shards started [[logs-app-{rec.day(0, '%Y.%m.%d')}][2]]\"", master, "masterService#updateTask][T#12"), ev=True)
    for i, t in enumerate(spread(r, 0, 600, 30)):
        m = i % 6
        k = i % 3
        dnode = f"elasticsearch-es-data-{k}"
        Ld = rec.L(ns, dnode, "elasticsearch", node=nodes[k], app="elasticsearch")
        if m == 0:
            rec.add(t, Ld, es("INFO", "org.elasticsearch.index.engine.Engine", f"[logs-app-{rec.day(0, '%Y.%m.%d')}][{k}] flushing shard on inactive", dnode, "flush][T#2"))
        elif m == 1:
            rec.add(t, Ld, es("WARN", "org.elasticsearch.deprecation.rest.RestController", "[types removal] Specifying types in bulk requests is deprecated.", dnode, "write][T#3", dataset="elasticsearch.deprecation"))
        elif m == 2:
            rec.add(t, Ld, es("INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", f"[gc][{r.randint(200000, 300000)}] overhead, spent [{r.randint(250, 420)}ms] collecting in the last [1s]", dnode, "scheduler][T#1"))
        elif m == 3:
            fb = dspod(r, "filebeat-beat-filebeat")
            rec.add(t, rec.L(ns, fb, "filebeat", node=nodes[k], app="filebeat"), J({"log.level": "info", "@timestamp": "@ISO@", "log.logger": "monitoring", "log.origin": {"function": "github.com/elastic/beats/v7/libbeat/monitoring/report/log.(*reporter).logSnapshot", "file.name": "log/log.go", "file.line": 187}, "message": "Non-zero metrics in the last 30s", "service.name": "filebeat", "monitoring": {"metrics": {"libbeat": {"output": {"events": {"acked": r.randint(8000, 20000), "failed": 0, "total": r.randint(8000, 20000)}}}}}, "ecs.version": "1.6.0"}))
        elif m == 4:
            kb = dpod(r, "kibana-kb")
            rec.add(t, rec.L(ns, kb, "kibana", node=nodes[k], app="kibana"), J({"@timestamp": "@ISO@", "log": {"level": "INFO", "logger": "plugins.taskManager"}, "message": "Task Manager is healthy", "ecs": {"version": "8.11.0"}}))
        else:
            rec.add(t, Lm, es("INFO", "org.elasticsearch.xpack.ilm.IndexLifecycleRunner", f"[logs-app-{rec.day(-1, '%Y.%m.%d')}] moving to [warm] phase, action [shrink]", master, "generic][T#2"))
    return rec.build(
        "Elasticsearch went yellow. Is the logging cluster in trouble?", sel(ns),
        exp("WARN", "resource_exhausted", "elasticsearch-es-data",
            "The data volume of elasticsearch-es-data-2 is above 85% full, so Elasticsearch's low disk watermark stops allocating replica shards to that node and the cluster goes yellow.",
            "Disk usage on one data node crossed the 85% low watermark (about 15% free); new replicas cannot be placed there and health is YELLOW, but ingest and search keep working.",
            "Free or add space before the 90% high watermark: expand the elasticsearch-es-data PVCs or add a data node, and check the ILM delete phase for old logs-app indices."))


@scenario
def s_postgres_wal_disk_full():
    name = "postgres_disk_full_panic"
    r = rng_for(name)
    nodes = ["edge-k3s-1", "edge-k3s-2"]
    rec = Rec(name, r, frac=3, cluster="store-0417", journal_job="loki.source.journal", node_labels=True)
    ns = "pos"
    pod = "postgresql-0"
    L = rec.L(ns, pod, "postgresql", node=nodes[0])
    uid = uuid4(r)
    pid = r.randint(40000, 49000)

    def pg(p, sev, msg):
        return f"@PG@ [{p}] {sev}:  {msg}"

    rec.add(0.0, L, pg(r.randint(30, 60), "LOG", "checkpoint starting: wal"))
    rec.add(41.0, L, pg(r.randint(30, 60), "LOG", f"checkpoint complete: wrote {r.randint(3000, 9000)} buffers (21.4%); 0 WAL file(s) added, 0 removed, 33 recycled; write=38.912 s, sync=0.201 s, total=40.981 s; sync files=88, longest=0.031 s, average=0.003 s; distance=540672 kB, estimate=540672 kB; lsn=7/3C000090, redo lsn=7/1B0003E8"))
    rec.add(52.0, L, pg(pid - 3, "ERROR", 'could not extend file "base/16384/24611.3": No space left on device'), ev=True)
    rec.add(52.001, L, pg(pid - 3, "HINT", "Check free disk space."))
    rec.add(52.002, L, pg(pid - 3, "STATEMENT", "INSERT INTO sales_lines (sale_id, sku, qty, price_cents) VALUES ($1, $2, $3, $4)"))
    rec.add(55.3, L, pg(pid, "PANIC", f'could not write to file "pg_wal/xlogtemp.{pid}": No space left on device'), ev=True)
    rec.add(55.5, L, pg(1, "LOG", f"server process (PID {pid}) was terminated by signal 6: Aborted"), ev=True)
    rec.add(55.501, L, pg(1, "DETAIL", "Failed process was running: COMMIT"))
    rec.add(55.502, L, pg(1, "LOG", "terminating any other active server processes"))
    rec.add(55.6, L, pg(1, "LOG", "all server processes terminated; reinitializing"))
    rec.add(55.8, L, pg(pid + 11, "LOG", "database system was interrupted; last known up at @PG@"))
    rec.add(56.1, L, pg(pid + 11, "LOG", "database system was not properly shut down; automatic recovery in progress"))
    rec.add(56.2, L, pg(pid + 11, "LOG", "redo starts at 7/1B0003E8"))
    rec.add(58.9, L, pg(pid + 11, "FATAL", f'could not write to file "pg_wal/xlogtemp.{pid + 11}": No space left on device'), ev=True)
    rec.add(59.0, L, pg(1, "LOG", f"startup process (PID {pid + 11}) exited with exit code 1"))
    rec.add(59.001, L, pg(1, "LOG", "aborting startup due to startup process failure"))
    rec.add(59.1, L, pg(1, "LOG", "database system is shut down"))
    for c, t0 in enumerate([75.0, 110.0, 190.0]):
        rec.add(t0, L, pg(1, "LOG", "starting PostgreSQL 16.3 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"))
        rec.add(t0 + 0.1, L, pg(pid + 40 + c, "LOG", "database system was interrupted while in recovery at @PG@"))
        rec.add(t0 + 1.5, L, pg(pid + 40 + c, "FATAL", f'could not write to file "pg_wal/xlogtemp.{pid + 40 + c}": No space left on device'))
        rec.add(t0 + 1.6, L, pg(1, "LOG", "database system is shut down"))
        if c:
            rec.journal(t0 + 3, nodes[0], "k3s.service", klog("E", 611, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"postgresql\\" with CrashLoopBackOff: \\"back-off {["10s", "20s", "40s"][c]} restarting failed container=postgresql pod={pod}_{ns}({uid})\\"" pod="{ns}/{pod}" podUID="{uid}"'), ev=(c == 2))
    api = dpod(r, "pos-api")
    La = rec.L(ns, api, "api", node=nodes[1])
    pgip = f"10.43.{r.randint(0, 255)}.{r.randint(2, 254)}"
    for i, t in enumerate(spread(r, 0, 230, 22)):
        if t < 52:
            rec.add(t, La, f'time=@ISO@ level=INFO msg="sale recorded" sale_id={r.randint(10**6, 10**7)} lines={r.randint(1, 9)} duration_ms={r.randint(3, 30)}')
        elif t < 60:
            rec.add(t, La, f'time=@ISO@ level=ERROR msg="sale insert failed" err="ERROR: could not extend file \\"base/16384/24611.3\\": No space left on device (SQLSTATE 53100)"')
        elif i % 2:
            rec.add(t, La, f'time=@ISO@ level=ERROR msg="db unavailable" err="failed to connect to `host=postgresql.pos.svc.cluster.local user=pos database=pos`: dial error (dial tcp {pgip}:5432: connect: connection refused)"')
        else:
            rec.add(t, La, f'time=@ISO@ level=WARN msg="sale queued locally, database unavailable" queue_depth={i * 3}')
    return rec.build(
        "The store's point-of-sale database keeps restarting. What happened?", sel(ns),
        exp("CRITICAL", "resource_exhausted", "postgresql",
            "The postgresql-0 data volume is completely full, so PostgreSQL PANICs when it cannot write WAL (No space left on device) and cannot even finish crash recovery on restart.",
            "PostgreSQL crashed with 'could not write to file pg_wal/xlogtemp...: No space left on device', every restart fails during recovery for the same reason and the pod is crash-looping; pos-api is queueing sales locally.",
            "Free space on or expand the postgresql-0 volume (do not delete pg_wal files by hand), let recovery complete, then find what filled the disk and add disk-usage alerting."))


@scenario
def s_hikari_connection_leak():
    name = "hikari_pool_leak"
    r = rng_for(name)
    nodes = [eks_node(r, "us-west-2") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-orders-usw2", app_label=True, job_label=True)
    ns = "orders"
    ors = rs(r)
    pods = [dpod(r, "orders-service", ors) for _ in range(2)]
    Lo = [rec.L(ns, p, "orders-service", node=nodes[i], app="orders-service") for i, p in enumerate(pods)]

    def sb(level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [orders-service] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    rec.add(10.0, Lo[0], sb("WARN", "l-1 housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask", f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{hx(r, 8)} on thread http-nio-8080-exec-41, stack trace follows"), ev=True)
    rec.add(10.001, Lo[0], "java.lang.Exception: Apparent connection leak detected")
    rec.add(10.002, Lo[0], "\tat com.acme.orders.export.CsvExportService.streamOrders(CsvExportService.java:88)", ev=True)
    rec.add(10.003, Lo[0], "\tat com.acme.orders.web.ExportController.export(ExportController.java:41)")
    evn = 0
    waiting = 40
    for i, t in enumerate(spread(r, 15, 480, 44)):
        k = i % 2
        thr = f"http-nio-8080-exec-{r.randint(1, 200)}"
        m = i % 5
        if m in (0, 1):
            waiting += r.randint(2, 9)
            rec.add(t, Lo[k], sb("WARN", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null"))
            rec.add(t + 0.001, Lo[k], sb("ERROR", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=" + str(waiting) + ")"), ev=(evn in (0, 5)))
            rec.add(t + 0.003, Lo[k], sb("ERROR", thr, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=" + str(waiting) + ")] [n/a]] with root cause"))
            evn += 1
        elif m == 2:
            rec.add(t, Lo[k], sb("INFO", thr, "c.a.o.web.ExportController", f"Starting CSV export for merchant M{r.randint(1000, 9999)} (range=90d)"))
        elif m == 3:
            rec.add(t, Lo[k], f"[@JGC@][info][gc] GC({900 + i}) Pause Young (Normal) (G1 Evacuation Pause) {r.randint(600, 900)}M->{r.randint(200, 300)}M(1536M) {r.uniform(4, 15):.3f}ms")
        else:
            rec.add(t, Lo[k], sb("INFO", thr, "c.a.o.web.HealthLogger", "GET /actuator/health/liveness -> 200 (db check skipped)"))
    pg = "orders-db-0"
    Lpg = rec.L(ns, pg, "postgres", node=nodes[2], app="orders-db")
    for i, t in enumerate(spread(r, 0, 480, 8)):
        if i % 3 == 0:
            rec.add(t, Lpg, f"@PG@ [{r.randint(100, 999)}] LOG:  checkpoint complete: wrote {r.randint(100, 900)} buffers (1.2%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.912 s, sync=0.004 s, total=26.981 s; sync files=31, longest=0.002 s, average=0.001 s; distance=8012 kB, estimate=9011 kB; lsn=2/1A000028, redo lsn=2/19FFF060")
        else:
            rec.add(t, Lpg, f"@PG@ [{r.randint(10000, 20000)}] LOG:  connection authorized: user=reporting database=orders application_name=metabase SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    gw = dpod(r, "api-gateway")
    Lg = rec.L("edge", gw, "envoy", node=nodes[2], app="api-gateway")
    for t in spread(r, 20, 480, 8):
        rec.add(t, Lg, envoy(r, "POST", "/orders/v1/orders", 500, "-", "via_upstream", r.randint(400, 900), 126, 30012, 30010, "okhttp/4.12.0", "api.acme.com", f"{ip(r, 10, 0)}:8080", "outbound|8080||orders-service.orders.svc.cluster.local", f"{ip(r, 10, 0)}:{r.randint(40000, 60000)}", f"{ip(r, 10, 0)}:8443", f"{pubip(r)}:{r.randint(40000, 60000)}"))
    return rec.build(
        "orders-service returns 500 after 30 s on most requests. Is the database down?", sel(ns),
        exp("ERROR", "resource_exhausted", "orders-service",
            "orders-service leaks JDBC connections in CsvExportService.streamOrders (leak detection points at CsvExportService.java:88), so its HikariCP pool of 20 is permanently fully checked out and other requests wait 30 s and fail.",
            "The database is healthy; orders-service's own HikariPool-1 is exhausted (total=20, active=20, idle=0, waiting growing) after CSV exports, so most requests fail with 'Connection is not available, request timed out after 30000ms'.",
            "Close the connection/stream in CsvExportService.streamOrders (try-with-resources), restart orders-service to reclaim the pool, and keep leakDetectionThreshold enabled."))


# =========================================================================== storage

@scenario
def s_azure_disk_multi_attach():
    name = "azuredisk_multi_attach_drain"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "tools", vm) for _ in range(3)]
    rec = Rec(name, r, cluster="aks-devtools", ev_style="alloy", node_labels=True)
    ns = "gitea"
    grs = rs(r)
    oldp = dpod(r, "gitea", grs)
    newp = dpod(r, "gitea", grs)
    pvc = f"pvc-{uuid4(r)}"
    disk = f"/subscriptions/{uuid4(r)}/resourceGroups/mc_devtools_aks-devtools_westeurope/providers/Microsoft.Compute/disks/{pvc}"
    rec.event(0.0, "Node", "", nodes[0], "NodeNotSchedulable", f"Node {nodes[0]} status is now: NodeNotSchedulable", typ="Normal", host=nodes[0])
    rec.event(2.0, "Pod", ns, oldp, "Killing", "Stopping container gitea", typ="Normal", host=nodes[0])
    rec.event(2.5, "Pod", ns, newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {nodes[1]}", typ="Normal", comp="default-scheduler")
    rec.event(3.0, "Pod", ns, newp, "FailedAttachVolume", f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', comp="attachdetach-controller", ev=True)
    rec.event(126.0, "Pod", ns, newp, "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-" + h(r, 5) + "]: timed out waiting for the condition", host=nodes[1], ev=True)
    csi = dpod(r, "csi-azuredisk-controller")
    Lcsi = rec.L("kube-system", csi, "azuredisk", node=nodes[2])
    rec.add(290.0, Lcsi, klog("I", 1, "controllerserver.go:535", f'Trying to detach volume {disk} from node {nodes[0]}'))
    rec.add(318.0, Lcsi, klog("I", 1, "azure_controller_vmss.go:233", f'azureDisk - detach disk(pvc-{pvc[4:]}, {disk}) succeeded'))
    rec.add(320.0, Lcsi, klog("I", 1, "controllerserver.go:420", f'GetDiskLun returned: cannot find Lun for disk {pvc}. Initiating attaching volume {disk} to node {nodes[1]} (vmState Succeeded).'))
    rec.add(341.0, Lcsi, klog("I", 1, "controllerserver.go:456", f'Attach operation successful: volume {disk} attached to node {nodes[1]}.'))
    rec.event(341.5, "Pod", ns, newp, "SuccessfulAttachVolume", f'AttachVolume.Attach succeeded for volume "{pvc}"', typ="Normal", comp="attachdetach-controller", ev=True)
    Lg = rec.L(ns, newp, "gitea", node=nodes[1])
    rec.add(352.0, Lg, "@GO@ cmd/web.go:242:runWeb() [I] Starting Gitea on PID: 17")
    rec.add(352.1, Lg, "@GO@ cmd/web.go:111:showWebStartupMessage() [I] Gitea version: 1.21.7 built with GNU Make 4.4.1, go1.21.7 : bindata, timetzdata, sqlite, sqlite_unlock_notify")
    rec.add(353.4, Lg, "@GO@ routers/init.go:117:InitWebInstalled() [I] Git version: 2.43.0 (home: /data/home)")
    rec.add(354.0, Lg, "@GO@ cmd/web.go:304:listen() [I] Listen: http://0.0.0.0:3000")
    ing = dpod(r, "ingress-nginx-controller")
    Li = rec.L("ingress-nginx", ing, "controller", node=nodes[2])
    gip = ip(r, 10, 244, 1)
    for i, t in enumerate(spread(r, 3, 500, 22)):
        path = r.choice(["/acme/platform.git/info/refs?service=git-upload-pack", "/api/v1/repos/acme/web/pulls", "/acme/infra/src/branch/main"])
        if t < 354:
            rec.add(t, Li, nginx_ing(r, ip(r, 10, 244), "GET", path, 503, 190, 0.0, "gitea-gitea-http-3000", "-", ua="git/2.43.0"))
        else:
            rec.add(t, Li, nginx_ing(r, ip(r, 10, 244), "GET", path, 200, r.randint(400, 9000), r.uniform(0.01, 0.2), "gitea-gitea-http-3000", f"{gip}:3000", ua="git/2.43.0"))
            if i % 2:
                rec.add(t + 0.002, Lg, f"@GO@ ...eb/routing/logger.go:102:func1() [I] router: completed GET {path.split('?')[0]} for {ip(r, 10, 244)}:0, 200 OK in {r.uniform(5, 80):.1f}ms @ web/goget.go:21(web.goGet)")
    runner = dpod(r, "act-runner")
    Lr = rec.L("ci", runner, "runner", node=nodes[2])
    rec.add(60, Lr, 'time="@ISOS@" level=error msg="failed to fetch task" error="unavailable: 503 Service Unavailable"')
    rec.add(200, Lr, 'time="@ISOS@" level=error msg="failed to fetch task" error="unavailable: 503 Service Unavailable"')
    rec.add(380, Lr, 'time="@ISOS@" level=info msg="task 4812 repo is acme/platform https://git.acme.example https://git.acme.example"')
    return rec.build(
        "Gitea was unavailable for several minutes during the node pool maintenance. What happened and is it resolved?", sel(ns),
        exp("WARN", "storage", "gitea",
            "Draining the node moved the gitea pod to another node while its ReadWriteOnce Azure disk was still attached to the old node, so the new pod waited on a Multi-Attach error until the disk was detached and re-attached about six minutes later.",
            "gitea was down for roughly six minutes (ingress 503s, CI runners unable to fetch tasks) while the Azure disk moved between nodes; the volume attached, Gitea started and traffic recovered on its own.",
            "No action now; for future maintenance use a Recreate strategy or a PodDisruptionBudget with planned downtime, or storage that supports faster failover."))


@scenario
def s_ebs_io_error_mysql_ro():
    name = "ebs_io_error_readonly"
    r = rng_for(name)
    nodes = [eks_node(r, "us-east-1") for _ in range(3)]
    rec = Rec(name, r, frac=6, cluster="eks-crm", journal_job="systemd-journal", node_labels=True, app_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"k8s-event-logger-{rs(r)}-{h(r, 5)}", "container": "k8s-event-logger", "cluster": "eks-crm"})
    ns = "crm"
    n = nodes[0]
    Lm = rec.L(ns, "mysql-0", "mysql", node=n, app="mysql")
    rec.add(0.0, Lm, f"@ISOUS@ {r.randint(100, 999)} [Warning] [MY-010055] [Server] IP address '{ip(r, 10, 0)}' could not be resolved: Name or service not known")
    sect = r.randint(20000000, 30000000)
    rec.kernel(20.0, n, "nvme nvme1: I/O 118 QID 2 timeout, aborting")
    rec.kernel(20.5, n, "nvme nvme1: Abort status: 0x0")
    rec.kernel(50.6, n, "nvme nvme1: I/O 118 QID 2 timeout, reset controller")
    rec.kernel(51.2, n, f"I/O error, dev nvme1n1, sector {sect} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0", ev=True)
    rec.kernel(51.21, n, f"Buffer I/O error on dev nvme1n1, logical block {sect // 8}, lost async page write")
    rec.kernel(51.3, n, "EXT4-fs error (device nvme1n1): ext4_journal_check_start:83: comm mysqld: Detected aborted journal", ev=True)
    rec.kernel(51.31, n, "EXT4-fs (nvme1n1): Remounting filesystem read-only", ev=True)
    rec.add(51.9, Lm, "@ISOUS@ 12 [ERROR] [MY-012592] [InnoDB] Operating system error number 30 in a file operation.", ev=True)
    rec.add(51.901, Lm, "@ISOUS@ 12 [ERROR] [MY-012596] [InnoDB] Error number 30 means 'Read-only file system'")
    rec.add(51.902, Lm, "@ISOUS@ 12 [ERROR] [MY-012646] [InnoDB] File ./#innodb_redo/#ib_redo42: 'write' returned OS error 130. Cannot continue operation")
    rec.add(51.903, Lm, "@ISOUS@ 12 [ERROR] [MY-012981] [InnoDB] Cannot continue operation.", ev=True)
    ebs = dspod(r, "ebs-csi-node")
    Le = rec.L("kube-system", ebs, "ebs-plugin", node=n, app="ebs-csi-node")
    rec.add(70.0, Le, klog("I", 1, "node.go:561", '"NodeGetVolumeStats: called" args={"volume_id":"vol-0' + hx(r, 16) + '","volume_path":"/var/lib/kubelet/pods/' + uuid4(r) + '/volumes/kubernetes.io~csi/pvc-' + uuid4(r) + '/mount"}'))
    rec.event(90.0, "Pod", ns, "mysql-0", "Unhealthy", "Liveness probe failed: mysqladmin: connect to server at 'localhost' failed\nerror: 'Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)'", host=n, count=3)
    rec.event(120.0, "Pod", ns, "mysql-0", "BackOff", "Back-off restarting failed container mysql in pod mysql-0_crm(" + uuid4(r) + ")", host=n, count=2)
    crm = dpod(r, "crm-api")
    Lc = rec.L(ns, crm, "api", node=nodes[1], app="crm-api")
    wk = dpod(r, "crm-worker")
    Lw = rec.L(ns, wk, "worker", node=nodes[2], app="crm-worker")
    for i, t in enumerate(spread(r, 0, 240, 30)):
        if t < 51.9:
            rec.add(t, Lc, f"@PY@ INFO [crm.api] POST /api/contacts 201 ({r.randint(8, 40)}ms)")
        elif i % 3 == 0:
            rec.add(t, Lc, "@PY@ ERROR [crm.api] POST /api/contacts 500: (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')")
        elif i % 3 == 1:
            rec.add(t, Lw, "@PY@ ERROR [celery.app.trace] Task crm.tasks.sync_contacts[" + uuid4(r) + "] raised unexpected: OperationalError(2003, \"Can't connect to MySQL server on 'mysql.crm.svc.cluster.local' ([Errno 111] Connection refused)\")")
        else:
            rec.add(t, Lc, f"@PY@ INFO [crm.api] GET /healthz 200 ({r.randint(1, 3)}ms)")
    return rec.build(
        "MySQL for the CRM stopped accepting writes and then went down. What happened?", sel(ns),
        exp("CRITICAL", "storage", "mysql",
            "The EBS volume backing mysql-0 (nvme1n1) started failing I/O; ext4 aborted its journal and remounted the filesystem read-only, so InnoDB hit 'Read-only file system' on its redo log and stopped.",
            "Kernel NVMe timeouts and write I/O errors on mysql-0's data volume led to a read-only remount; mysqld aborted with OS error 30, leaving crm-api and crm-worker with lost connections and connection refused, and the data is at risk.",
            "Fail over to a replica or restore from the latest snapshot onto a new EBS volume, check the volume's AWS status/health, and run fsck on the old volume only after taking a snapshot."))


# =========================================================================== database

@scenario
def s_cnpg_replica_lag():
    name = "cnpg_replica_lag_bulk_import"
    r = rng_for(name)
    nodes = [f"worker-{z}-{h(r, 5)}.ocp-apps.acme.internal" for z in ("a", "b", "c")]
    rec = Rec(name, r, cluster="ocp-apps", frac=3, node_labels=True, stream_label=True)
    ns = "orders"

    def cnpg(pod, sev, msg, extra=None, state="40001", user="app", cmd="SELECT", backend="client backend"):
        rec_ = {"log_time": "@PG@", "user_name": user, "database_name": "app", "process_id": str(r.randint(1000, 9999)),
                "connection_from": f"{ip(r, 10, 131)}:{r.randint(30000, 60000)}", "session_id": f"{hx(r, 8)}.{hx(r, 4)}",
                "session_line_num": "1", "command_tag": cmd, "session_start_time": "@PG@", "virtual_transaction_id": f"{r.randint(2, 9)}/{r.randint(100, 9999)}",
                "transaction_id": "0", "error_severity": sev, "sql_state_code": state, "message": msg, "backend_type": backend, "query_id": "0"}
        if extra:
            rec_.update(extra)
        return J({"level": "info", "ts": "@ISO@", "logger": "postgres", "msg": "record", "logging_pod": pod, "record": rec_})

    Lp = rec.L(ns, "orders-db-1", "postgres", node=nodes[0])
    Lr = rec.L(ns, "orders-db-2", "postgres", node=nodes[1])
    Lr3 = rec.L(ns, "orders-db-3", "postgres", node=nodes[2])
    imp = f"catalog-import-{int(rec.start.timestamp()) // 60}-{h(r, 5)}"
    Li = rec.L(ns, imp, "import", node=nodes[2])
    rec.add(0.0, Li, Js({"event": "bulk import started", "source": "s3://acme-feeds/catalog/full.csv.gz", "rows": 18400000, "batch": 50000, "level": "info", "timestamp": "@ISOUS@"}))
    for t in (30.0, 75.0, 118.0):
        rec.add(t, Lp, cnpg("orders-db-1", "LOG", f"checkpoints are occurring too frequently ({r.randint(9, 14)} seconds apart)", {"hint": "Consider increasing the configuration parameter \"max_wal_size\"."}, state="00000", user="", cmd="", backend="checkpointer"), ev=(t == 30.0))
    rec.add(64.0, Lr, cnpg("orders-db-2", "ERROR", "canceling statement due to conflict with recovery", {"detail": "User query might have needed to see row versions that must be removed.", "query": "SELECT \"orders_order\".\"id\", \"orders_order\".\"status\" FROM \"orders_order\" WHERE \"orders_order\".\"customer_id\" = $1 ORDER BY \"orders_order\".\"created_at\" DESC LIMIT 21", "application_name": "django"}), ev=True)
    rec.add(97.0, Lr3, cnpg("orders-db-3", "ERROR", "canceling statement due to conflict with recovery", {"detail": "User query might have needed to see row versions that must be removed.", "query": "SELECT COUNT(*) FROM \"orders_order\" WHERE \"orders_order\".\"status\" = $1", "application_name": "django"}))
    web = dpod(r, "orders-web")
    Lw = rec.L(ns, web, "web", node=nodes[1])
    lags = [(40, 12.4, "info"), (70, 31.8, "warning"), (100, 47.2, "warning"), (135, 38.5, "warning"), (170, 9.1, "info"), (210, 0.4, "info")]
    for t, lag, lvl in lags:
        if lvl == "warning":
            rec.add(t, Lw, Js({"event": "replica lag above threshold, routing reads to primary", "replica": "orders-db-ro", "lag_seconds": lag, "threshold_seconds": 30, "level": "warning", "logger": "orders.db_router", "timestamp": "@ISOUS@"}), ev=(lag == 47.2))
        else:
            rec.add(t, Lw, Js({"event": "replica lag", "replica": "orders-db-ro", "lag_seconds": lag, "level": "info", "logger": "orders.db_router", "timestamp": "@ISOUS@"}))
    rec.add(212, Lw, Js({"event": "replica lag recovered, reads routed to replicas again", "replica": "orders-db-ro", "lag_seconds": 0.4, "level": "info", "logger": "orders.db_router", "timestamp": "@ISOUS@"}), ev=True)
    rec.add(190.0, Li, Js({"event": "bulk import finished", "rows": 18400000, "duration_seconds": 189.4, "level": "info", "timestamp": "@ISOUS@"}))
    for i, t in enumerate(spread(r, 1, 240, 26)):
        if i % 3 == 0:
            rec.add(t, Lw, f'{ip(r, 10, 128)} - - [@CLF@] "GET /orders/{r.randint(10**6, 10**7)}/ HTTP/1.1" 200 {r.randint(2000, 9000)} "-" "{r.choice(UA_BROWSER)}"')
        elif i % 3 == 1:
            rec.add(t, Li, Js({"event": "batch committed", "batch_no": i + 1, "rows": 50000, "level": "info", "timestamp": "@ISOUS@"}))
        else:
            rec.add(t, rec.L(ns, "orders-db-1", "postgres", node=nodes[0]), J({"level": "info", "ts": "@ISO@", "logger": "wal-archive", "msg": "Archived WAL file", "logging_pod": "orders-db-1", "walName": f"pg_wal/0000000400000{r.randint(10, 99)}A000000{r.randint(10, 99)}", "startTime": "@ISO@", "endTime": "@ISO@", "elapsedWalTime": r.uniform(0.1, 0.6)}))
    return rec.build(
        "orders-web logged replica lag warnings during the catalog import. Do we need to act?", sel(ns),
        exp("WARN", "database", "orders-db",
            "The full catalog bulk import generated WAL faster than the orders-db standbys could replay it, so replication lag rose to about 47 s and some replica queries were cancelled by recovery conflicts.",
            "During the import, the CloudNativePG replicas fell behind (lag above the 30 s threshold) and orders-web temporarily routed reads to the primary; once the import finished the lag dropped to 0.4 s and reads went back to the replicas.",
            "No immediate action; for future imports throttle batch commits or run them off-peak, and consider raising max_wal_size since checkpoints ran every ~10 s."))


@scenario
def s_pg_xid_wraparound():
    name = "postgres_xid_wraparound"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "db", vm) for _ in range(2)] + [aks_node(r, "apps", vm) for _ in range(2)]
    rec = Rec(name, r, cluster="aks-billing", frac=3, node_labels=False, app_label=True)
    ns = "billing"
    Ldb = rec.L(ns, "billing-db-0", "postgres", app="billing-db")

    def pg(p, sev, msg):
        return f"@PG@ [{p}] {sev}:  {msg}"

    left = 9823114
    for i, t in enumerate([0.0, 40.0, 80.0]):
        p = r.randint(1000, 9999)
        left -= r.randint(2000000, 3000000)
        rec.add(t, Ldb, pg(p, "WARNING", f'database "billing" must be vacuumed within {left} transactions'), ev=(i == 0))
        rec.add(t + 0.001, Ldb, pg(p, "HINT", "To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots."))
    rec.add(20.0, Ldb, pg(r.randint(1000, 9999), "LOG", 'automatic aggressive vacuum to prevent wraparound of table "billing.public.ledger_entries": index scans: 0'))
    rec.add(20.001, Ldb, pg(r.randint(1000, 9999), "DETAIL", "pages: 0 removed, 41203312 remain, 812331 scanned (1.97% of total)\n\ttuples: 0 removed, 912384112 remain, 912384112 are dead but not yet removable\n\tremovable cutoff: 1204, which was 2146302112 XIDs old when operation ended"), ev=True)
    evn = 0
    for i, t in enumerate(spread(r, 100, 420, 12)):
        p = r.randint(1000, 9999)
        rec.add(t, Ldb, pg(p, "ERROR", 'database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database "billing"'), ev=(evn < 1))
        rec.add(t + 0.001, Ldb, pg(p, "HINT", "Execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots."))
        evn += 1
    rec.add(130.0, Ldb, pg(r.randint(1000, 9999), "LOG", "checkpoint complete: wrote 42 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.112 s, sync=0.002 s, total=4.131 s; sync files=12, longest=0.001 s, average=0.001 s; distance=112 kB, estimate=812 kB; lsn=A1/3C000090, redo lsn=A1/3B0003E8"))
    api_rs = rs(r)
    apis = [dpod(r, "billing-api", api_rs) for _ in range(2)]
    inv = dpod(r, "invoice-worker")
    Li = rec.L(ns, inv, "worker", app="invoice-worker")
    for i, t in enumerate(spread(r, 0, 430, 30)):
        k = i % 2
        La = rec.L(ns, apis[k], "api", app="billing-api")
        if t > 100 and i % 3 == 0:
            rec.add(t, La, f"@ISO@ ERROR 1 --- [billing-api] [nio-8080-exec-{r.randint(1, 9)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database \"billing\"")
        elif t > 100 and i % 3 == 1:
            rec.add(t, Li, f'{{"level":"error","ts":"@ISO@","msg":"post ledger batch failed","err":"ERROR: database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database \\"billing\\" (SQLSTATE 54000)","batch":{r.randint(1000, 9999)}}}')
        else:
            rec.add(t, La, f"@ISO@  INFO 1 --- [billing-api] [nio-8080-exec-{r.randint(1, 9)}] c.a.billing.web.InvoiceController        : GET /api/invoices/{r.randint(10**5, 10**6)} -> 200 in {r.randint(3, 30)}ms")
    rec.add(150.0, rec.L(ns, apis[0], "api", app="billing-api"), "@ISO@  WARN 1 --- [billing-api] [           main] o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration : spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")
    return rec.build(
        "billing-api can read invoices but every write fails. What is happening to billing-db?", sel(ns),
        exp("CRITICAL", "database", "billing-db",
            "billing-db has run out of transaction IDs: old row versions cannot be frozen (the anti-wraparound autovacuum finds every dead tuple 'not yet removable' because something holds back the xmin horizon), so PostgreSQL refuses all XID-assigning commands to avoid wraparound data loss.",
            "After days of 'must be vacuumed within N transactions' warnings, billing-db now rejects every write with 'database is not accepting commands that assign new transaction IDs to avoid wraparound data loss'; reads still work, so billing-api and invoice-worker writes are down.",
            "Find and remove what holds the xmin horizon (old prepared transactions, stale replication slots, long-running sessions), then run a database-wide VACUUM (FREEZE) on billing; add age(datfrozenxid) alerting."))


@scenario
def s_mysql_deadlocks_sidekiq():
    name = "mysql_deadlocks_stock_reservation"
    r = rng_for(name)
    nodes = [f"node-fsn1-{i:02d}" for i in (1, 2, 3)]
    rec = Rec(name, r, cluster="hetzner-shop", frac=6, node_labels=True)
    ns = "shop"
    Lm = rec.L("db", "mysql-0", "mysql", node=nodes[0])
    sk = [dpod(r, "sidekiq") for _ in range(1)][0]
    Ls = rec.L(ns, sk, "sidekiq", node=nodes[1])
    web_rs = rs(r)
    webs = [dpod(r, "shop-web", web_rs) for _ in range(2)]
    Lw = [rec.L(ns, w, "puma", node=nodes[1 + i]) for i, w in enumerate(webs)]
    evm = 0
    for j, t0 in enumerate([20.0, 140.0, 260.0]):
        trx1, trx2 = r.randint(9800000, 9900000), r.randint(9800000, 9900000)
        item_a, item_b = r.randint(40000, 49999), r.randint(40000, 49999)
        tid = r.randint(100, 999)
        rec.add(t0, Lm, f"@ISOUS@ {tid} [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)", ev=(j == 0))
        rec.add(t0 + 0.0001, Lm, f"@ISOUS@ {tid} [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION: (lock0lock.cc:6496)")
        rec.add(t0 + 0.0002, Lm, f"TRANSACTION {trx1}, ACTIVE 0 sec starting index read")
        rec.add(t0 + 0.0003, Lm, f"UPDATE `inventory_items` SET `reserved` = `reserved` + 1 WHERE `inventory_items`.`id` = {item_b}")
        rec.add(t0 + 0.0004, Lm, f"@ISOUS@ {tid} [Note] [MY-012469] [InnoDB] *** (2) TRANSACTION: (lock0lock.cc:6496)")
        rec.add(t0 + 0.0005, Lm, f"UPDATE `inventory_items` SET `reserved` = `reserved` + 1 WHERE `inventory_items`.`id` = {item_a}")
        rec.add(t0 + 0.0006, Lm, f"@ISOUS@ {tid} [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2) (lock0lock.cc:6834)", ev=(j == 1))
        jid = hx(r, 24)
        rec.add(t0 + 0.01, Ls, f"@ISO@ pid=1 tid={h(r, 4)} class=ReserveStockJob jid={jid} elapsed=0.084 INFO: fail")
        rec.add(t0 + 0.011, Ls, f"@ISO@ pid=1 tid={h(r, 4)} WARN: {{\"context\":\"Job raised exception\",\"job\":{{\"retry\":true,\"queue\":\"critical\",\"class\":\"ReserveStockJob\",\"args\":[{r.randint(10**6, 10**7)}],\"jid\":\"{jid}\",\"retry_count\":{j}}}}}")
        rec.add(t0 + 0.012, Ls, "@ISO@ pid=1 tid=" + h(r, 4) + " WARN: ActiveRecord::Deadlocked: Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction", ev=(j == 0))
        rid = uuid4(r)
        k = j % 2
        rec.add(t0 + 0.02, Lw[k], f"E, [@ISOUS@ #1] ERROR -- : [{rid}] ActiveRecord::Deadlocked (Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction):", ev=(j == 0))
        rec.add(t0 + 0.021, Lw[k], f"E, [@ISOUS@ #1] ERROR -- : [{rid}] app/models/cart.rb:88:in `block in reserve_items!'")
        rec.add(t0 + 0.022, Lw[k], f"I, [@ISOUS@ #1]  INFO -- : [{rid}] Completed 500 Internal Server Error in {r.randint(40, 120)}ms (ActiveRecord: {r.uniform(30, 110):.1f}ms | Allocations: {r.randint(9000, 30000)})")
    for i, t in enumerate(spread(r, 0, 330, 30)):
        k = i % 2
        m = i % 4
        if m == 0:
            rec.add(t, Ls, f"@ISO@ pid=1 tid={h(r, 4)} class=SendOrderConfirmationJob jid={hx(r, 24)} elapsed={r.uniform(0.05, 0.9):.3f} INFO: done")
        elif m == 1:
            rec.add(t, Lw[k], f"I, [@ISOUS@ #1]  INFO -- : [{uuid4(r)}] Completed 200 OK in {r.randint(8, 80)}ms (Views: {r.uniform(2, 30):.1f}ms | ActiveRecord: {r.uniform(1, 20):.1f}ms | Allocations: {r.randint(2000, 20000)})")
        elif m == 2:
            rec.add(t, Ls, f"@ISO@ pid=1 tid={h(r, 4)} class=ReserveStockJob jid={hx(r, 24)} elapsed={r.uniform(0.02, 0.2):.3f} INFO: done")
        else:
            rec.add(t, Lw[k], f"W, [@ISOUS@ #1]  WARN -- : DEPRECATION WARNING: `ActiveRecord::Base.clear_active_connections!` is deprecated! Use `ActiveRecord::Base.connection_handler.clear_active_connections!` instead.")
    rec.add(300, Lm, f"@ISOUS@ 0 [Warning] [MY-010055] [Server] IP address '{ip(r, 10, 244)}' could not be resolved: Name or service not known")
    return rec.build(
        "Checkout intermittently fails with 500 and Sidekiq retries ReserveStockJob a lot. Why?", sel(ns),
        exp("ERROR", "database", "mysql",
            "Checkout requests and ReserveStockJob update the same inventory_items rows in opposite order, so InnoDB detects deadlocks and rolls one transaction back each time.",
            "MySQL logs repeated 'Transactions deadlock detected' on inventory_items updates; the victim is either a checkout request (500 ActiveRecord::Deadlocked) or a ReserveStockJob that Sidekiq retries.",
            "Make both code paths lock inventory_items rows in a consistent order (e.g. sort by id, or SELECT ... FOR UPDATE first) and retry deadlocked checkout transactions once."))


# =========================================================================== rate_limited

@scenario
def s_github_secondary_rate_limit():
    name = "github_secondary_rl_backoff"
    r = rng_for(name)
    nodes = [f"gk3-autopilot-eu-pool-2-{hx(r, 8)}-{h(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}" for _ in range(2)]
    rec = Rec(name, r, cluster="autopilot-eu", node_labels=False, app_label=True)
    ns = "devex"
    bot = dpod(r, "label-sync")
    Lb = rec.L(ns, bot, "label-sync", app="label-sync")
    rec.add(0.0, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "sync run started", "org": "acme", "repos": 214, "labels_per_repo": 18}))
    issue = r.randint(700, 900)
    t = 1.0
    for i in range(12):
        t += r.uniform(0.2, 0.8)
        rec.add(t, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "labels updated", "repo": f"acme/{r.choice(['web', 'api', 'infra', 'mobile', 'docs', 'billing'])}", "created": r.randint(0, 4), "updated": r.randint(0, 6), "rate_remaining": 4700 - i * 30}))
    rid = f"{hx(r, 4).upper()}:{hx(r, 5).upper()}:{hx(r, 7).upper()}:{hx(r, 7).upper()}:{hx(r, 8).upper()}"
    t += 0.5
    rec.add(t, Lb, J({"time": "@ISO@", "level": "WARN", "msg": "GitHub secondary rate limit hit, backing off", "repo": "acme/web", "status": 403, "retry_after": "60s",
                      "error": f"POST https://api.github.com/repos/acme/web/labels: 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID {rid}. []"}), ev=True)
    rec.add(t + 0.6, Lb, J({"time": "@ISO@", "level": "WARN", "msg": "GitHub secondary rate limit hit, backing off", "repo": "acme/api", "status": 403, "retry_after": "60s",
                            "error": f"POST https://api.github.com/repos/acme/api/labels: 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID {rid[:-2]}{hx(r, 2).upper()}. []"}))
    rec.add(t + 0.7, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "pausing workers", "workers": 8, "resume_at": "+60s"}), ev=True)
    t2 = t + 61
    rec.add(t2, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "resuming after backoff", "workers": 2, "min_interval": "1s"}), ev=True)
    for i in range(14):
        t2 += r.uniform(1.0, 1.6)
        rec.add(t2, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "labels updated", "repo": f"acme/{r.choice(['web', 'api', 'infra', 'mobile', 'docs', 'billing', 'search', 'ml'])}", "created": r.randint(0, 4), "updated": r.randint(0, 6), "rate_remaining": 4300 - i * 12}))
    rec.add(t2 + 2, Lb, J({"time": "@ISO@", "level": "INFO", "msg": "sync run finished", "repos": 214, "failed": 0, "retried": 2, "duration": f"{t2 + 2:.1f}s"}), ev=True)
    wh = dpod(r, "webhook-relay")
    Lw = rec.L(ns, wh, "relay", app="webhook-relay")
    for tt in spread(r, 0, t2, 10):
        ev_ = r.choice(["push", "pull_request", "check_suite", "issue_comment"])
        rec.add(tt, Lw, f'time=@ISO@ level=INFO msg="delivered webhook" event={ev_} delivery={uuid4(r)} target=http://ci-gateway.ci.svc.cluster.local/hooks status=202 duration_ms={r.randint(5, 40)}')
    rec.add(30, Lw, 'time=@ISO@ level=WARN msg="payload signature header X-Hub-Signature (sha1) is deprecated; using X-Hub-Signature-256"')
    return rec.build(
        "label-sync logged 403 errors from GitHub. Did the sync fail?", sel(ns, app="label-sync"),
        exp("WARN", "rate_limited", "github",
            "label-sync's burst of label writes from 8 parallel workers tripped GitHub's secondary (abuse) rate limit, which answered 403 'You have exceeded a secondary rate limit'.",
            "GitHub throttled the label sync for a minute; label-sync paused, resumed with 2 workers and a 1 s interval, and finished all 214 repos with 0 failures.",
            "No action needed; optionally keep the lower concurrency permanently and honour Retry-After to avoid hitting secondary limits."))


@scenario
def s_openai_insufficient_quota():
    name = "openai_insufficient_quota"
    r = rng_for(name)
    nodes = [eks_node(r, "us-east-2") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-support", app_label=True, job_label=True, frac=3)
    ns = "support-ai"
    srs = rs(r)
    pods = [dpod(r, "ticket-summarizer", srs) for _ in range(2)]
    Ls = [rec.L(ns, p, "summarizer", node=nodes[i], app="ticket-summarizer") for i, p in enumerate(pods)]
    body = "{'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}"
    evn = 0
    for i, t in enumerate(spread(r, 0, 480, 22)):
        k = i % 2
        tk = r.randint(80000, 99999)
        if t < 60:
            rec.add(t, Ls[k], f'@PY@ INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"')
            rec.add(t + 0.01, Ls[k], f"@PY@ INFO summarizer.worker: summarized ticket {tk} tokens_in={r.randint(800, 3000)} tokens_out={r.randint(100, 300)}")
            continue
        rec.add(t, Ls[k], f'@PY@ INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"', ev=(evn == 0))
        if i % 3 == 0:
            rec.add(t + 0.001, Ls[k], f"@PY@ INFO openai._base_client: Retrying request to /chat/completions in {r.uniform(0.3, 0.9):.6f} seconds")
            rec.add(t + 0.9, Ls[k], f'@PY@ INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"')
        rec.add(t + 0.95, Ls[k], f"@PY@ ERROR summarizer.worker: summary failed for ticket {tk}: Error code: 429 - {body}", ev=(evn in (0, 4)))
        evn += 1
    hd = dpod(r, "helpdesk-web")
    Lh = rec.L(ns, hd, "web", node=nodes[2], app="helpdesk-web")
    for i, t in enumerate(spread(r, 0, 480, 12)):
        if t > 60 and i % 2:
            rec.add(t, Lh, J({"level": "warn", "time": "@ISO@", "msg": "AI summary unavailable for ticket", "ticket": r.randint(80000, 99999), "reason": "summarizer_error"}))
        else:
            rec.add(t, Lh, J({"level": "info", "time": "@ISO@", "msg": "GET /tickets 200", "duration_ms": r.randint(20, 90)}))
    rec.add(20, Ls[0], "@PY@ WARNING py.warnings: /usr/local/lib/python3.11/site-packages/pydantic/_internal/_config.py:321: PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead.")
    return rec.build(
        "AI ticket summaries stopped working about an hour ago. Why?", sel(ns),
        exp("ERROR", "rate_limited", "openai",
            "The OpenAI account used by ticket-summarizer has exhausted its quota, so every chat completion request is rejected with 429 insufficient_quota.",
            "Since the quota ran out, all summarization calls get 'HTTP/1.1 429 Too Many Requests' with type insufficient_quota even after the client's retries, and helpdesk-web shows tickets without AI summaries.",
            "Raise the OpenAI spending limit or add credits for the organisation/project (or switch to a key with quota), and alert on quota usage before it runs out."))


@scenario
def s_twilio_sms_429():
    name = "twilio_sms_throttled"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "apps", vm) for _ in range(3)]
    rec = Rec(name, r, cluster="aks-identity", app_label=True, frac=3, tz=timezone(timedelta(hours=5, minutes=30)))
    ns = "identity"
    ors = rs(r)
    pods = [dpod(r, "otp-sender", ors) for _ in range(2)]
    Lo = [rec.L(ns, p, "otp-sender", node=nodes[i], app="otp-sender") for i, p in enumerate(pods)]
    evn = 0
    evb = 0
    for i, t in enumerate(spread(r, 0, 420, 40)):
        k = i % 2
        to = f"+91{r.randint(70, 99)}******{r.randint(10, 99)}"
        if t < 45 or i % 4 == 3:
            rec.add(t, Lo[k], J({"level": "info", "message": "SMS queued", "sid": "SM" + hx(r, 32), "to": to, "status": "queued", "service": "otp-sender", "timestamp": "@ISO@"}))
        elif i % 4 == 0:
            rec.add(t, Lo[k], J({"level": "error", "message": "SMS send failed: Too Many Requests", "status": 429, "code": 20429, "moreInfo": "https://www.twilio.com/docs/errors/20429", "to": to, "attempt": 3, "service": "otp-sender", "timestamp": "@ISO@"}), ev=(evn < 2))
            evn += 1
        elif i % 4 == 1:
            rec.add(t, Lo[k], J({"level": "warn", "message": "Twilio responded 429, retrying with backoff", "attempt": r.randint(1, 2), "delayMs": r.choice([500, 1000, 2000]), "service": "otp-sender", "timestamp": "@ISO@"}))
        else:
            rec.add(t, Lo[k], J({"level": "error", "message": "BullMQ job failed", "queue": "otp-sms", "jobId": str(r.randint(100000, 999999)), "attemptsMade": 3, "failedReason": "RestException [Error]: Too Many Requests", "service": "otp-sender", "timestamp": "@ISO@"}), ev=(evb < 1))
            evb += 1
    au = dpod(r, "auth-api")
    La = rec.L(ns, au, "auth-api", node=nodes[2], app="auth-api")
    for i, t in enumerate(spread(r, 0, 420, 14)):
        if t > 45 and i % 2:
            rec.add(t, La, f'{{"@t":"@ISOUS@","@mt":"OTP delivery not confirmed for {{UserId}} within {{Seconds}}s; user offered email fallback","@l":"Warning","UserId":"u_{hx(r, 10)}","Seconds":60}}')
        else:
            rec.add(t, La, f'{{"@t":"@ISOUS@","@mt":"HTTP {{RequestMethod}} {{RequestPath}} responded {{StatusCode}} in {{Elapsed:0.0000}} ms","RequestMethod":"POST","RequestPath":"/v1/login","StatusCode":200,"Elapsed":{r.uniform(20, 90):.4f}}}')
    rec.add(200, Lo[0], J({"level": "info", "message": "redis connection ready", "host": "redis-master.identity.svc.cluster.local", "service": "otp-sender", "timestamp": "@ISO@"}))
    return rec.build(
        "Users are not receiving login OTP text messages. What is going on?", sel(ns),
        exp("ERROR", "rate_limited", "twilio",
            "Twilio is throttling the account's SMS API requests and rejects most sends with HTTP 429 / error 20429 (Too Many Requests), so OTP messages are not delivered.",
            "otp-sender's Twilio calls mostly fail with 429 code 20429 even after three attempts and the BullMQ jobs fail; auth-api reports undelivered OTPs and offers an email fallback.",
            "Smooth the send rate in otp-sender (queue-level rate limiter matching the Twilio account/Messaging Service throughput) and ask Twilio to raise the limit, then re-send the failed OTPs."))


# =========================================================================== node_failure

@scenario
def s_eks_containerd_down():
    name = "containerd_down_node_notready"
    r = rng_for(name)
    nodes = [eks_node(r, "eu-west-1") for _ in range(4)]
    bad = nodes[1]
    rec = Rec(name, r, cluster="eks-shop-prod", frac=6, journal_job="systemd-journal", node_labels=True, app_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter", "cluster": "eks-shop-prod"})
    rec.journal(0.0, bad, "containerd.service", 'containerd.service: Main process exited, code=dumped, status=6/ABRT', ev=True)
    rec.journal(0.01, bad, "containerd.service", "containerd.service: Failed with result 'core-dump'.")
    crev = hx(r, 40)
    for i in range(4):
        rec.journal(5.0 + i * 5.2, bad, "containerd.service", f"containerd.service: Scheduled restart job, restart counter is at {i + 1}.")
        rec.journal(5.3 + i * 5.2, bad, "containerd.service", 'time="@ISOUS@" level=info msg="starting containerd" revision=' + crev + " version=1.7.11")
        rec.journal(5.9 + i * 5.2, bad, "containerd.service", "containerd.service: Main process exited, code=dumped, status=6/ABRT")
    rec.journal(27.0, bad, "containerd.service", "containerd.service: Start request repeated too quickly.")
    rec.journal(27.01, bad, "containerd.service", "Failed to start containerd.service - containerd container runtime.", ev=True)
    for i, t in enumerate([30.0, 90.0, 150.0, 210.0]):
        rec.journal(t, bad, "kubelet.service", klog("E", 2201, "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory\\"" filter="nil"'))
    rec.journal(210.5, bad, "kubelet.service", klog("I", 2201, "kubelet.go:2346", '"Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m4.512s ago; threshold is 3m0s]"'), ev=True)
    rec.event(222.0, "Node", "", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", comp="node-controller", ev=True)
    victims = [("shop", "cart", "cart"), ("shop", "checkout", "checkout"), ("search", "search-api", "api"), ("shop", "recommendations", "recs"), ("payments", "payments-api", "api")]
    vpods = []
    for ns_, app, cont in victims:
        p = dpod(r, app)
        vpods.append((ns_, app, cont, p))
        rec.event(222.3 + r.uniform(0, 0.5), "Pod", ns_, p, "NodeNotReady", "Node is not ready", comp="node-controller")
    for ns_, app, cont, p in vpods[:4]:
        rec.event(522.5 + r.uniform(0, 1), "Pod", ns_, p, "TaintManagerEviction", f"Marking for deletion Pod {ns_}/{p}", typ="Normal", comp="taint-eviction-controller")
    for ns_, app, cont, p in vpods[:3]:
        np_ = dpod(r, app)
        rec.event(524 + r.uniform(0, 2), "Pod", ns_, np_, "Scheduled", f"Successfully assigned {ns_}/{np_} to {r.choice([nodes[0], nodes[2], nodes[3]])}", typ="Normal", comp="default-scheduler")
    # symptoms in other workloads
    gw = dpod(r, "storefront-bff")
    Lg = rec.L("shop", gw, "bff", node=nodes[0], app="storefront-bff")
    cart_ip = ip(r, 10, 0, 37)
    for i, t in enumerate(spread(r, 215, 520, 12)):
        if i % 3 == 0:
            rec.add(t, Lg, J({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": gw, "msg": "upstream request failed", "upstream": "http://cart.shop.svc.cluster.local:8080/api/cart", "err": f"connect ETIMEDOUT {cart_ip}:8080"}))
        else:
            rec.add(t, Lg, J({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": gw, "req": {"method": "GET", "url": "/api/home"}, "res": {"statusCode": 200}, "responseTime": round(r.uniform(20, 80), 2), "msg": "request completed"}))
    healthy = [("shop", "checkout", "checkout", dpod(r, "checkout"), nodes[0]), ("search", "search-api", "api", dpod(r, "search-api"), nodes[2]),
               ("shop", "checkout", "checkout", dpod(r, "checkout"), nodes[3])]
    for t in spread(r, 0, 600, 10):
        ns_, app, cont, hp, hn = r.choice(healthy)
        rec.add(t, rec.L(ns_, hp, cont, node=hn, app=app), J({"level": "info", "ts": "@ISO@", "msg": "request", "path": "/healthz", "status": 200}))
    return rec.build(
        "Several services degraded at once and one node shows NotReady. What failed?", None,
        exp("CRITICAL", "node_failure", bad,
            f"containerd on {bad} keeps aborting and systemd gave up restarting it, so kubelet reports the container runtime down, PLEG becomes unhealthy and the node goes NotReady.",
            f"With the runtime down on {bad}, the node turned NotReady, its pods (cart, checkout, search-api, recommendations, payments-api) were marked not ready and later evicted, and callers such as storefront-bff timed out reaching them.",
            f"Cordon and drain {bad} and replace the instance (or restart containerd after collecting its core dump/logs), then verify evicted workloads are running elsewhere."))


@scenario
def s_baremetal_mce_panic():
    name = "ecc_machine_check_worker_down"
    r = rng_for(name)
    nodes = [f"worker-{i:02d}" for i in range(4, 10)]
    bad = "worker-07"
    rec = Rec(name, r, cluster="dc-ber-prod", frac=6, journal_job="node-journal", node_labels=True, ev_style="alloy")
    t = 0.0
    for i in range(5):
        t += r.uniform(20, 50)
        page = hx(r, 6)
        rec.kernel(t, bad, "mce: [Hardware Error]: Machine check events logged")
        rec.kernel(t + 0.001, bad, f"EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x{page} offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x0090 SystemAddress:0x{page}000 ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x{hx(r, 8)} ChannelId:0x1 RankAddress:0x{hx(r, 8)} PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x{hx(r, 4)} Column:0x{hx(r, 3)} Bank:0x1 BankGroup:0x2 ChipSelect:0x0 ChipId:0x0)", ev=(i == 0))
    t += 12
    rec.kernel(t, bad, f"EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x{hx(r, 6)} offset:0x0 grain:32 - err_code:0x0000:0x009f SystemAddress:0x{hx(r, 9)} ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x{hx(r, 8)} ChannelId:0x1 RankAddress:0x{hx(r, 8)} PhysicalRankId:0x0 DimmSlotId:0x0)", ev=True)
    rec.kernel(t + 0.002, bad, "mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 13: be00000000800400")
    rec.kernel(t + 0.003, bad, "Kernel panic - not syncing: Fatal machine check", ev=True)
    down = t
    rec.event(down + 42, "Node", "", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", comp="node-controller", ev=True)
    ns_pods = [("streaming", "kafka-2", "kafka"), ("shop", dpod(r, "catalog-api"), "api"), ("shop", dpod(r, "cart"), "cart"), ("monitoring", dspod(r, "node-exporter"), "node-exporter")]
    for ns_, p, c in ns_pods:
        rec.event(down + 42.5, "Pod", ns_, p, "NodeNotReady", "Node is not ready", comp="node-controller")
    for ns_, p, c in ns_pods[1:3]:
        rec.event(down + 343, "Pod", ns_, p, "TaintManagerEviction", f"Marking for deletion Pod {ns_}/{p}", typ="Normal", comp="taint-eviction-controller")
    # healthy node noise before crash
    for tt in spread(r, 0, down, 8):
        rec.journal(tt, bad, "kubelet.service", klog("I", 1875, "log.go:245", f'"Volume detached for volume \\"kube-api-access-{h(r, 5)}\\" (UniqueName: \\"kubernetes.io/projected/{uuid4(r)}-kube-api-access-{h(r, 5)}\\") on node \\"{bad}\\" DevicePath \\"\\""'))
    # symptoms elsewhere
    kip = "10.233.66.21"
    prod = dpod(r, "order-events")
    Lp = rec.L("shop", prod, "producer", node=nodes[0])
    for i, tt in enumerate(spread(r, down + 3, down + 400, 10)):
        rec.add(tt, Lp, f"@PY@ WARN  [org.apache.kafka.clients.NetworkClient] [Producer clientId=order-events-1] Connection to node 2 (kafka-2.kafka-headless.streaming.svc.cluster.local/{kip}:9092) could not be established. Broker may not be available.")
    k0 = rec.L("streaming", "kafka-0", "kafka", node=nodes[1])
    rec.add(down + 31, k0, f"[@PY@] INFO [Partition orders-3 broker=0] Shrinking ISR from 0,2,1 to 0,1. Leader: (highWatermark: {r.randint(10**6, 10**7)}, endOffset: {r.randint(10**6, 10**7)}). Out of sync replicas: (brokerId: 2, endOffset: {r.randint(10**6, 10**7)}, lastCaughtUpTimeMs: {int(rec.start.timestamp() * 1000)}). (kafka.cluster.Partition)")
    web = dpod(r, "storefront")
    Lw = rec.L("shop", web, "nginx", node=nodes[2])
    cat_ip = ip(r, 10, 233, 66)
    for i, tt in enumerate(spread(r, 0, down + 400, 18)):
        if tt > down and i % 2:
            rec.add(tt, Lw, f'@GO@ [error] 23#23: *{r.randint(10000, 99999)} connect() failed (113: No route to host) while connecting to upstream, client: {ip(r, 10, 233)}, server: _, request: "GET /api/catalog/featured HTTP/1.1", upstream: "http://{cat_ip}:8080/api/catalog/featured", host: "shop.acme.example"')
        else:
            rec.add(tt, Lw, f'{ip(r, 10, 233)} - - [@CLF@] "GET /{r.choice(["", "product/3312", "cart", "search?q=lamp"])} HTTP/1.1" 200 {r.randint(2000, 40000)} "-" "{r.choice(UA_BROWSER)}"')
    for tt in spread(r, 0, down + 400, 6):
        n = r.choice(nodes[:3] + nodes[4:])
        rec.journal(tt, n, "kubelet.service", klog("I", r.randint(1000, 3000), "kubelet.go:2430", '"SyncLoop (probe)" probe="readiness" status="ready" pod="monitoring/' + dspod(r, "node-exporter") + '"'))
    return rec.build(
        "worker-07 disappeared and Kafka and the storefront started erroring. What happened?", sel(node=bad),
        exp("CRITICAL", "node_failure", bad,
            "worker-07 has a failing DIMM (CPU_SrcID#1_MC#0_Chan#1_DIMM#0): correctable ECC errors escalated to an uncorrectable memory error and the kernel panicked with 'Fatal machine check'.",
            "The hardware fault took worker-07 down, the node went NotReady and its pods were evicted; kafka-2 left the ISR and producers cannot reach it, and the storefront gets 'No route to host' to catalog-api on that node.",
            "Keep worker-07 cordoned, have the DIMM replaced (check the BMC/SEL log), make sure kafka-2 and the evicted pods recover on other nodes, then run a memory test before returning the node."))


# =========================================================================== none (healthy windows)

@scenario
def s_none_shop_traffic():
    name = "healthy_shop_with_scanners"
    r = rng_for(name)
    nodes = [eks_node(r, "eu-west-1") for _ in range(3)]
    rec = Rec(name, r, cluster="eks-shop-prod", app_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter", "cluster": "eks-shop-prod"})
    ing = dpod(r, "ingress-nginx-controller")
    Li = rec.L("ingress-nginx", ing, "controller", node=nodes[0], app="ingress-nginx")
    crs = rs(r)
    cats = [dpod(r, "catalog", crs) for _ in range(2)]
    cips = [ip(r, 10, 0, 20), ip(r, 10, 0, 21)]

    def sb(level, thread, logger, msg):
        return f"@ISO@ {level:>5} 1 --- [catalog] [{thread[-15:]:>15}] {logger:<40} : {msg}"

    for i, t in enumerate(spread(r, 0, 600, 60)):
        k = i % 2
        Lc = rec.L("shop", cats[k], "catalog", node=nodes[1 + k], app="catalog")
        m = i % 10
        if m in (0, 1, 2, 3):
            path = r.choice(["/api/products?page=2", "/api/products/sku-4412", "/api/categories", "/api/products/sku-1187/reviews"])
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", path, 200, r.randint(800, 12000), r.uniform(0.005, 0.08), "shop-catalog-8080", f"{cips[k]}:8080", proto="HTTP/2.0"))
        elif m == 4:
            rec.add(t, Li, nginx_ing(r, pubip(r), r.choice(["GET", "POST"]), r.choice(SCAN_PATHS), 404, 548, 0.001, "upstream-default-backend", "-", ua=r.choice(UA_SCANNER)))
        elif m == 5:
            rec.add(t, Lc, f'{ip(r, 10, 0)} - - [@CLF@] "GET /actuator/health/readiness HTTP/1.1" 200 15 "-" "kube-probe/1.29"')
        elif m == 6:
            rec.add(t, Lc, f"[@JGC@][info][gc] GC({2000 + i}) Pause Young (Normal) (G1 Evacuation Pause) {r.randint(700, 1100)}M->{r.randint(200, 400)}M(2048M) {r.uniform(3, 14):.3f}ms")
        elif m == 7:
            rec.add(t, Lc, sb("INFO", "scheduling-1", "c.a.c.metrics.ErrorBudgetReporter", f"window=1m requests={r.randint(3000, 6000)} error_count=0 p99_ms={r.randint(30, 70)}"))
        elif m == 8:
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", "/api/products?page=9", 499, 0, r.uniform(1.0, 2.5), "shop-catalog-8080", f"{cips[k]}:8080", proto="HTTP/2.0", upstatus="-"))
        else:
            rec.add(t, Lc, sb("INFO", f"http-nio-8080-exec-{r.randint(1, 50)}", "c.a.c.web.ProductController", f"GET /api/products/sku-{r.randint(1000, 9999)} -> 200 in {r.randint(3, 30)}ms"))
    Lc0 = rec.L("shop", cats[0], "catalog", node=nodes[1], app="catalog")
    rec.add(120.0, Lc0, sb("WARN", "http-nio-8080-exec-12", "c.a.c.client.ReviewsClient", "GET http://reviews.shop.svc.cluster.local/api/reviews?sku=sku-1187 failed (attempt 1/3): I/O error: Connection reset; retrying in 100ms"))
    rec.add(120.2, Lc0, sb("INFO", "http-nio-8080-exec-12", "c.a.c.client.ReviewsClient", "GET http://reviews.shop.svc.cluster.local/api/reviews?sku=sku-1187 succeeded on attempt 2 (31ms)"))
    rec.event(300.0, "HorizontalPodAutoscaler", "shop", "catalog", "SuccessfulRescale", "New size: 3; reason: cpu resource utilization (percentage of request) above target", typ="Normal", comp="horizontal-pod-autoscaler")
    newc = dpod(r, "catalog", crs)
    rec.event(300.4, "Pod", "shop", newc, "Scheduled", f"Successfully assigned shop/{newc} to {nodes[0]}", typ="Normal", comp="default-scheduler")
    Ln = rec.L("shop", newc, "catalog", node=nodes[0], app="catalog")
    rec.add(318.0, Ln, sb("WARN", "main", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    rec.add(322.0, Ln, sb("INFO", "main", "com.acme.catalog.CatalogApplication", "Started CatalogApplication in 17.304 seconds (process running for 18.112)"))
    return rec.build(
        "Quick health check: anything wrong with the shop catalog in the last 10 minutes?", sel("shop"),
        exp("INFO", "none", None,
            "No incident: the only errors are scanner 404s on the default backend, client-aborted 499s and one reviews call that succeeded on retry.",
            "Catalog traffic is served with 200s and error_count=0; the HPA scaled catalog to 3 replicas normally and the new pod started cleanly.",
            "No action needed."))


@scenario
def s_none_startup_probe_then_ready():
    name = "healthy_slow_start_and_cronjob"
    r = rng_for(name)
    cl = "prod-analytics"
    nodes = [gke_node(r, cl, "default-pool") for _ in range(3)]
    rec = Rec(name, r, cluster=cl, ev_style="alloy", stream_label=True, app_label=True)
    ns = "analytics"
    p = dpod(r, "query-service")
    pip_ = ip(r, 10, 8, 3)
    Lq = rec.L(ns, p, "query-service", node=nodes[0], app="query-service")
    rec.event(0.0, "Pod", ns, p, "Started", "Started container query-service", typ="Normal", host=nodes[0])
    rec.add(1.0, Lq, "@ISO@  INFO 1 --- [query-service] [           main] c.a.q.QueryServiceApplication            : Starting QueryServiceApplication v3.2.0 using Java 21.0.2 with PID 1")
    rec.add(9.5, Lq, "@ISO@  INFO 1 --- [query-service] [           main] c.a.q.cache.DictionaryLoader             : Loading dimension dictionaries from gs://acme-analytics/dicts (14 files)")
    for j, t in enumerate([10.0, 20.0, 30.0]):
        rec.event(t, "Pod", ns, p, "Unhealthy", f'Startup probe failed: Get "http://{pip_}:8080/actuator/health/liveness": dial tcp {pip_}:8080: connect: connection refused', host=nodes[0], count=j + 1)
    rec.add(38.0, Lq, "@ISO@  INFO 1 --- [query-service] [           main] c.a.q.cache.DictionaryLoader             : Loaded 14 dictionaries (2.1M entries) in 28.4s")
    rec.add(41.2, Lq, "@ISO@  INFO 1 --- [query-service] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''")
    rec.add(41.3, Lq, "@ISO@  INFO 1 --- [query-service] [           main] c.a.q.QueryServiceApplication            : Started QueryServiceApplication in 40.812 seconds (process running for 41.6)")
    for t in spread(r, 45, 400, 12):
        rec.add(t, Lq, f"@ISO@  INFO 1 --- [query-service] [nio-8080-exec-{r.randint(1, 9)}] c.a.q.web.QueryController                : POST /v1/query -> 200 rows={r.randint(1, 5000)} in {r.randint(20, 400)}ms")
    stamp = int(rec.start.timestamp()) // 60 + 2
    job = f"daily-rollup-{stamp}"
    jp = f"{job}-{h(r, 5)}"
    Lj = rec.L(ns, jp, "rollup", node=nodes[1], app="daily-rollup")
    Lje = rec.L(ns, jp, "rollup", node=nodes[1], app="daily-rollup", stream="stderr")
    rec.event(120.0, "CronJob", ns, "daily-rollup", "SuccessfulCreate", f"Created job {job}", typ="Normal", comp="cronjob-controller")
    rec.add(124.0, Lje, "/usr/local/lib/python3.12/site-packages/google/cloud/bigquery/table.py:1727: UserWarning: BigQuery Storage module not found, fetch data with the REST endpoint instead.")
    rec.add(124.1, Lje, "/app/rollup/main.py:14: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).")
    for i, t in enumerate(spread(r, 125, 230, 10)):
        rec.add(t, Lj, Js({"event": "partition rolled up", "table": "events_daily", "partition": rec.day(-1, "%Y%m%d"), "shard": i, "rows": r.randint(100000, 900000), "errors": 0, "level": "info", "timestamp": "@ISOUS@"}))
    rec.add(232.0, Lj, Js({"event": "rollup finished", "shards": 10, "failed_shards": 0, "retried_shards": 1, "duration_s": 107.9, "level": "info", "timestamp": "@ISOUS@"}))
    rec.event(234.0, "Job", ns, job, "Completed", "Job completed", typ="Normal", comp="job-controller")
    rec.event(234.1, "CronJob", ns, "daily-rollup", "SawCompletedJob", f"Saw completed job: {job}, status: Complete", typ="Normal", comp="cronjob-controller")
    return rec.build(
        "query-service had startup probe failures after the deploy. Is it healthy now?", sel(ns),
        exp("INFO", "none", None,
            "No incident: query-service takes about 40 s to load its dictionaries, so its first startup probes were refused before Tomcat started; the probe's failure budget covers that and the pod started normally.",
            "The new query-service pod passed its startup probe after 41 s and serves queries with 200s; the daily-rollup CronJob completed with 0 failed shards and only printed deprecation/user warnings.",
            "No action needed."))


@scenario
def s_none_kafka_rebalance():
    name = "healthy_rolling_deploy_rebalance"
    r = rng_for(name)
    nodes = ["kube-node-1", "kube-node-2", "kube-node-3"]
    rec = Rec(name, r, cluster="onprem-streaming", frac=3, node_labels=True, app_label=True)
    ns = "streaming"
    oldrs, newrs = rs(r), rs(r)
    old = [dpod(r, "order-consumer", oldrs) for _ in range(3)]
    new = [dpod(r, "order-consumer", newrs) for _ in range(3)]
    Lb = rec.L(ns, "events-kafka-1", "kafka", node=nodes[1], app="kafka")
    gen = r.randint(30, 60)
    for i in range(3):
        t0 = 10 + i * 40
        Lo = rec.L(ns, old[i], "consumer", node=nodes[i], app="order-consumer")
        Ln = rec.L(ns, new[i], "consumer", node=nodes[(i + 1) % 3], app="order-consumer")
        rec.add(t0, Ln, f"@PY@ INFO  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Subscribed to topic(s): orders")
        rec.add(t0 + 5, Lo, "@PY@ INFO  [SIGTERM handler] c.a.o.Main - Received SIGTERM, closing consumer gracefully")
        rec.add(t0 + 5.1, Lo, f"@PY@ INFO  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Revoke previously assigned partitions orders-{i * 2}, orders-{i * 2 + 1}")
        rec.add(t0 + 5.2, Lo, "@PY@ INFO  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Member consumer-order-consumer-1-" + uuid4(r) + " sending LeaveGroup request to coordinator events-kafka-1.events-kafka-brokers.streaming.svc:9092 (id: 2147483646 rack: null) due to the consumer is being closed")
        rec.add(t0 + 5.3, Lb, f"[@PY@] INFO [GroupCoordinator 1]: Preparing to rebalance group order-consumer in state PreparingRebalance with old generation {gen} (__consumer_offsets-12) (reason: Removing member consumer-order-consumer-1-{uuid4(r)} on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator)")
        gen += 1
        rec.add(t0 + 8.3, Lb, f"[@PY@] INFO [GroupCoordinator 1]: Stabilized group order-consumer generation {gen} (__consumer_offsets-12) with 3 members (kafka.coordinator.group.GroupCoordinator)")
        rec.add(t0 + 8.5, Ln, f"@PY@ INFO  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Adding newly assigned partitions: orders-{i * 2}, orders-{i * 2 + 1}")
        rec.add(t0 + 8.6, Ln, f"@PY@ INFO  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Setting offset for partition orders-{i * 2} to the committed offset FetchPosition{{offset={r.randint(10**6, 10**7)}, offsetEpoch=Optional[12], currentLeader=LeaderAndEpoch{{leader=Optional[events-kafka-0.events-kafka-brokers.streaming.svc:9092 (id: 0 rack: null)], epoch=12}}}}")
    op = dpod(r, "strimzi-cluster-operator")
    Lop = rec.L(ns, op, "strimzi-cluster-operator", node=nodes[0], app="strimzi-cluster-operator")
    rec.add(60.0, Lop, klog("I", 1, "request.go:697", "Waited for 1.043217512s due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/kafka.strimzi.io/v1beta2/namespaces/streaming/kafkatopics?limit=500"))
    rec.add(61.0, Lop, "@PY@ INFO  AbstractOperator:511 - Reconciliation #412(timer) Kafka(streaming/events): Kafka events will be checked for creation or modification")
    rec.add(68.0, Lop, "@PY@ INFO  AbstractOperator:533 - Reconciliation #412(timer) Kafka(streaming/events): reconciled")
    for i, t in enumerate(spread(r, 0, 200, 26)):
        Ln = rec.L(ns, new[i % 3], "consumer", node=nodes[(i % 3 + 1) % 3], app="order-consumer")
        if i % 4 == 0:
            rec.add(t, Lb, f"[@PY@] INFO [UnifiedLog partition=orders-{r.randint(0, 5)}, dir=/var/lib/kafka/data-0/kafka-log1] Rolled new log segment at offset {r.randint(10**6, 10**7)} in {r.randint(1, 5)} ms. (kafka.log.UnifiedLog)")
        elif i % 4 == 1:
            rec.add(t, Ln, f"@PY@ WARN  [main] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-order-consumer-1, groupId=order-consumer] Offset commit failed on partition orders-{r.randint(0, 5)} at offset {r.randint(10**6, 10**7)}: The coordinator is loading and hence can't process requests.; will retry" if i == 5 else f"@PY@ INFO  [main] c.a.o.OrderHandler - processed batch size={r.randint(50, 500)} lag={r.randint(0, 40)} errors=0")
        else:
            rec.add(t, Ln, f"@PY@ INFO  [main] c.a.o.OrderHandler - processed batch size={r.randint(50, 500)} lag={r.randint(0, 40)} errors=0")
    return rec.build(
        "We saw consumer-group rebalances on order-consumer during the deploy. Is everything fine?", sel(ns),
        exp("INFO", "none", None,
            "No incident: each rebalance was triggered by an old order-consumer pod leaving the group gracefully during the rolling deploy, and the group re-stabilised within seconds each time.",
            "The rolling update replaced the three consumers one by one; partitions were revoked and reassigned, one offset commit retried successfully, lag stayed low with errors=0, and the operator's client-side throttling message is informational.",
            "No action needed."))


@scenario
def s_none_platform_reconcile():
    name = "healthy_platform_reconcile"
    r = rng_for(name)
    nodes = ["k3s-srv-1", "k3s-srv-2", "k3s-srv-3"]
    rec = Rec(name, r, cluster="homelab-k3s", node_labels=False, tz=timezone(timedelta(hours=1)))
    cm = f"cert-manager-{rs(r)}-{h(r, 5)}"
    Lcm = rec.L("cert-manager", cm, "cert-manager-controller")
    rec.add(0.0, Lcm, klog("I", 1, "trigger_controller.go:215", f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="apps/wiki-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at {rec.day(0, "%Y-%m-%d %H:%M:%S")} +0000 UTC"'))
    rec.add(0.1, Lcm, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "wiki-tls" condition "Issuing" to @ISOS@'))
    rec.add(1.0, Lcm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "wiki-tls-14" condition "Approved" to @ISOS@'))
    rec.add(2.0, Lcm, klog("E", 1, "sync.go:190", '"propagation check failed" err="DNS record for \\"wiki.home.example.net\\" not yet propagated" logger="cert-manager.challenges" resource_name="wiki-tls-14-2913375842-1128004173" resource_namespace="apps" resource_kind="Challenge" resource_version="v1" dnsName="wiki.home.example.net" type="DNS-01"'))
    rec.add(64.0, Lcm, klog("I", 1, "acme.go:236", '"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="wiki-tls-14" resource_namespace="apps" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="wiki-tls-14-2913375842" related_resource_namespace="apps" related_resource_kind="Order" related_resource_version="v1"'))
    rec.add(65.0, Lcm, klog("I", 1, "conditions.go:192", 'Found status change for Certificate "wiki-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to @ISOS@'))
    es = f"external-secrets-{rs(r)}-{h(r, 5)}"
    Les = rec.L("external-secrets", es, "external-secrets")
    for t in spread(r, 0, 300, 5):
        rec.add(t, Les, J({"level": "info", "ts": "@EPOCH@", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": r.choice(["wiki-db", "grafana-admin", "nextcloud-smtp"]), "namespace": "apps"}}))
    va = f"vault-agent-{h(r, 5)}"
    Lva = rec.L("apps", dpod(r, "nextcloud"), "vault-agent")
    rec.add(30.0, Lva, "@ISO@ [INFO]  agent.auth.handler: renewed auth token")
    rec.add(30.5, Lva, "@ISO@ [INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/db.env\"")
    rec.add(150.0, Lva, "@ISO@ [WARN]  agent.auth.handler: lifetime watcher: renewal interrupted, re-authenticating: error=<nil>")
    rec.add(150.4, Lva, "@ISO@ [INFO]  agent.auth.handler: authentication successful, sending token to sinks")
    ac = "argocd-application-controller-0"
    Lac = rec.L("argocd", ac, "argocd-application-controller")
    for i, t in enumerate(spread(r, 0, 300, 10)):
        app = r.choice(["wiki", "nextcloud", "grafana", "home-assistant"])
        rec.add(t, Lac, f'time="@ISOS@" level=info msg="Reconciliation completed" application=argocd/{app} dedup_ms=0 dest-name= dest-namespace=apps dest-server="https://kubernetes.default.svc" diff_ms={r.randint(1, 30)} fields.level=1 git_ms={r.randint(100, 900)} health_ms={r.randint(1, 9)} live_ms={r.randint(1, 9)} patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms={r.randint(200, 1200)}')
    rec.add(200.0, Lac, 'time="@ISOS@" level=info msg="Skipping auto-sync: application status is Synced" application=argocd/wiki')
    tr = dpod(r, "traefik")
    Ltr = rec.L("kube-system", tr, "traefik")
    for t in spread(r, 0, 300, 8):
        rec.add(t, Ltr, f'{pubip(r)} - - [@CLF@] "GET /{r.choice(["", "index.php/apps/files", "api/states", "d/home"])} HTTP/2.0" 200 {r.randint(500, 30000)} "-" "-" {r.randint(1000, 9000)} "{r.choice(["apps-wiki", "apps-nextcloud", "apps-grafana"])}@kubernetescrd" "http://{ip(r, 10, 42)}:80" {r.randint(3, 80)}ms')
    rec.add(100.0, Ltr, f'{pubip(r)} - - [@CLF@] "GET /wp-admin/setup-config.php HTTP/1.1" 404 19 "-" "Mozilla/5.0 zgrab/0.x" {r.randint(1000, 9000)} "-" "-" 0ms')
    rec.add(101.0, Ltr, 'time="@ISOS@" level=warning msg="Cross-namespace reference between IngressRoutes and resources is enabled, please ensure that this is expected (see AllowCrossNamespace option)" providerName=kubernetescrd')
    return rec.build(
        "Routine check of the platform controllers: any problems?", None,
        exp("INFO", "none", None,
            "No incident: cert-manager renewed wiki-tls on schedule (the DNS-01 'not yet propagated' error is a normal transient step), Vault agent re-authenticated successfully and external-secrets and Argo CD reconcile cleanly.",
            "All platform controllers are reconciling normally; the only warnings are an expected DNS propagation wait, a Vault token re-auth that succeeded, a Traefik configuration notice and a scanner 404.",
            "No action needed."))


@scenario
def s_none_karpenter_consolidation():
    name = "healthy_consolidation_drain"
    r = rng_for(name)
    nodes = [eks_node(r, "ap-northeast-1") for _ in range(4)]
    gone = nodes[3]
    rec = Rec(name, r, cluster="eks-apps-tyo", app_label=True, job_label=True,
              ev_labels={"namespace": "kube-system", "pod": f"event-exporter-{rs(r)}-{h(r, 5)}", "container": "event-exporter", "cluster": "eks-apps-tyo"})
    kp = f"karpenter-{rs(r)}-{h(r, 5)}"
    Lk = rec.L("kube-system", kp, "controller", node=nodes[0], app="karpenter")
    commit = hx(r, 7)
    ncn = f"default-{h(r, 5)}"
    rec.add(0.0, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": f"disrupting nodeclaim(s) via delete, terminating 1 nodes (3 pods) {gone}/m6i.xlarge/on-demand", "commit": commit, "controller": "disruption", "command-id": uuid4(r), "reason": "underutilized"}))
    rec.add(0.5, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "tainted node", "commit": commit, "controller": "node.termination", "Node": {"name": gone}, "taint.Key": "karpenter.sh/disrupted", "taint.Value": "", "taint.Effect": "NoSchedule"}))
    moved = [("web", "api-gateway", "gateway"), ("web", "profile-service", "profile"), ("jobs", "mailer", "mailer")]
    for i, (ns_, app, cont) in enumerate(moved):
        oldp, newp = dpod(r, app), dpod(r, app)
        t0 = 2 + i * 3
        Lo = rec.L(ns_, oldp, cont, node=gone, app=app)
        Ln = rec.L(ns_, newp, cont, node=nodes[i % 3], app=app)
        rec.event(t0, "Pod", ns_, oldp, "Evicted", "Evicted pod: Underutilized", typ="Normal", comp="karpenter")
        rec.add(t0 + 0.2, Lo, f'time=@ISO@ level=INFO msg="received SIGTERM, shutting down gracefully" inflight={r.randint(0, 4)} timeout=25s')
        rec.add(t0 + 1.8, Lo, 'time=@ISO@ level=INFO msg="server stopped" drained=true')
        rec.event(t0 + 0.3, "Pod", ns_, newp, "Scheduled", f"Successfully assigned {ns_}/{newp} to {nodes[i % 3]}", typ="Normal", comp="default-scheduler")
        rec.add(t0 + 4.0, Ln, f'time=@ISO@ level=INFO msg="starting {app}" version=2.{r.randint(1, 9)}.{r.randint(0, 9)} addr=:8080')
        if i == 0:
            rec.event(t0 + 6.0, "Pod", ns_, newp, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[0])
            rec.add(t0 + 6.1, Ln, 'time=@ISO@ level=WARN msg="not ready yet: warming route cache" routes_loaded=812 routes_total=1490')
        rec.add(t0 + 9.0, Ln, 'time=@ISO@ level=INFO msg="ready" checks="db,cache,routes"')
    rec.add(30.0, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "deleted node", "commit": commit, "controller": "node.termination", "Node": {"name": gone}}))
    rec.add(31.0, Lk, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "deleted nodeclaim", "commit": commit, "controller": "nodeclaim.termination", "NodeClaim": {"name": ncn}, "Node": {"name": gone}, "provider-id": f"aws:///ap-northeast-1a/i-0{hx(r, 16)}"}))
    ing = dpod(r, "ingress-nginx-controller")
    Li = rec.L("ingress-nginx", ing, "controller", node=nodes[0], app="ingress-nginx")
    for i, t in enumerate(spread(r, 0, 240, 26)):
        path = r.choice(["/v1/profile/me", "/v1/feed", "/v1/notifications", "/healthz"])
        if i == 6:
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", "/v1/feed", 499, 0, 4.2, "web-api-gateway-8080", f"{ip(r, 10, 0)}:8080", upstatus="-"))
        elif i == 14:
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", "/.env", 404, 146, 0.001, "upstream-default-backend", "-", ua=UA_SCANNER[0]))
        else:
            rec.add(t, Li, nginx_ing(r, pubip(r), "GET", path, 200, r.randint(200, 9000), r.uniform(0.005, 0.09), "web-api-gateway-8080", f"{ip(r, 10, 0)}:8080"))
    return rec.build(
        "Karpenter deleted a node and some pods restarted. Was there an outage?", None,
        exp("INFO", "none", None,
            "No incident: Karpenter consolidated an underutilized node, evicting its three pods gracefully; they were rescheduled on other nodes and became ready after a normal warm-up.",
            "Pods on the consolidated node shut down gracefully on SIGTERM and their replacements became ready within seconds; one expected readiness 503 during warm-up, a client-aborted 499 and a scanner 404 are the only non-200s.",
            "No action needed."))


@scenario
def s_none_observability_noise():
    name = "healthy_data_tier_noise"
    r = rng_for(name)
    vm = str(r.randint(10000000, 99999999))
    nodes = [aks_node(r, "data", vm) for _ in range(3)]
    rec = Rec(name, r, cluster="aks-data-neu", frac=6, app_label=True, stream_label=True)
    Lrd = rec.L("cache", "redis-master-0", "redis", node=nodes[0], app="redis")
    rec.add(0.0, Lrd, "1:C @REDIS@ * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    rec.add(0.01, Lrd, "1:C @REDIS@ * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started")
    rec.add(0.02, Lrd, "1:M @REDIS@ # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
    rec.add(0.5, Lrd, "1:M @REDIS@ * DB loaded from disk: 0.412 seconds")
    rec.add(0.51, Lrd, "1:M @REDIS@ * Ready to accept connections tcp")
    Lpg = rec.L("db", "postgres-0", "postgres", node=nodes[1], app="postgres")
    for i, t in enumerate(spread(r, 0, 500, 10)):
        p = r.randint(1000, 9999)
        if i == 3:
            rec.add(t, Lpg, f"@PG@ [{p}] LOG:  could not receive data from client: Connection reset by peer")
        elif i == 6:
            rec.add(t, Lpg, f"@PG@ [{p}] FATAL:  terminating connection due to idle-session timeout")
        elif i % 2:
            rec.add(t, Lpg, f"@PG@ [{r.randint(20, 40)}] LOG:  checkpoint complete: wrote {r.randint(50, 500)} buffers (0.4%); 0 WAL file(s) added, 0 removed, 1 recycled; write=5.012 s, sync=0.003 s, total=5.031 s; sync files=14, longest=0.001 s, average=0.001 s; distance=2012 kB, estimate=2210 kB; lsn=1/9A000028, redo lsn=1/99FFF060")
        else:
            rec.add(t, Lpg, f"@PG@ [{p}] LOG:  connection authorized: user=app database=app application_name=PostgreSQL JDBC Driver")
    Lmg = rec.L("db", "mongodb-0", "mongod", node=nodes[2], app="mongodb")
    for i, t in enumerate(spread(r, 0, 500, 8)):
        if i == 4:
            rec.add(t, Lmg, J({"t": {"$date": "@ISOOFF@"}, "s": "I", "c": "COMMAND", "id": 51803, "ctx": f"conn{r.randint(100, 999)}", "msg": "Slow query", "attr": {"type": "command", "ns": "catalog.products", "command": {"find": "products", "filter": {"tags": "outdoor"}, "limit": 50}, "planSummary": "IXSCAN { tags: 1 }", "keysExamined": 812, "docsExamined": 812, "nreturned": 50, "durationMillis": 142}}))
        else:
            rec.add(t, Lmg, J({"t": {"$date": "@ISOOFF@"}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener", "msg": "Connection accepted", "attr": {"remote": f"{ip(r, 10, 244)}:{r.randint(30000, 60000)}", "uuid": {"uuid": {"$uuid": uuid4(r)}}, "connectionId": r.randint(100, 999), "connectionCount": r.randint(20, 40)}}))
    am = "alertmanager-main-0"
    Lam = rec.L("monitoring", am, "alertmanager", node=nodes[0], app="alertmanager")
    for t in (60.0, 360.0):
        rec.add(t, Lam, f'ts=@ISO@ caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=Watchdog[{hx(r, 7)}]')
        rec.add(t + 0.2, Lam, 'ts=@ISO@ caller=notify.go:848 level=debug component=dispatcher receiver=deadmansnitch integration=webhook[0] aggrGroup="{}:{alertname=\\"Watchdog\\"}" msg="Notify success" attempts=1 duration=212.4ms')
    gf = dpod(r, "grafana")
    Lg = rec.L("monitoring", gf, "grafana", node=nodes[1], app="grafana")
    for i, t in enumerate(spread(r, 0, 500, 10)):
        if i == 2:
            rec.add(t, Lg, f'logger=context userId=0 orgId=0 uname= t=@ISO@ level=info msg="Request Completed" method=GET path=/api/live/ws status=401 remote_addr={ip(r, 10, 244)} time_ms=0 duration=412.1µs size=105 referer= handler=/api/live/ws status_source=server')
        elif i == 5:
            rec.add(t, Lg, 'logger=plugin.loader t=@ISO@ level=warn msg="Plugin uses a deprecated version of Grafana\'s frontend SDK" pluginId=grafana-piechart-panel')
        else:
            rec.add(t, Lg, f'logger=context userId={r.randint(1, 20)} orgId=1 uname=viewer t=@ISO@ level=info msg="Request Completed" method=POST path=/api/ds/query status=200 remote_addr={ip(r, 10, 244)} time_ms={r.randint(20, 300)} duration={r.randint(20, 300)}.4ms size={r.randint(1000, 90000)} referer=https://grafana.acme.example/d/pg handler=/api/ds/query status_source=server')
    return rec.build(
        "Review the data tier logs from the last few minutes; anything to worry about?", sel("db"),
        exp("INFO", "none", None,
            "No incident: the warnings are known benign noise (Redis overcommit advice at startup, a client connection reset, an idle-session timeout disconnect, one 142 ms Mongo slow-query log, Grafana 401 on an unauthenticated websocket, the always-firing Watchdog alert).",
            "Redis, PostgreSQL and MongoDB accept connections and checkpoint normally, Alertmanager's Watchdog heartbeat is delivered, and Grafana queries succeed.",
            "No action needed."))


# =========================================================================== main

def build_all():
    recs = [fn() for fn in SCENARIOS]
    order = list(range(len(recs)))
    random.Random(f"{SEED}:order").shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        rec = recs[i]
        rec["id"] = f"dev3-{n:03d}"
        out.append(rec)
    return out


def main():
    recs = build_all()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    cats, sevs = {}, {}
    for rec in recs:
        e = rec["expected"]
        cats[e["root_cause_category"]] = cats.get(e["root_cause_category"], 0) + 1
        sevs[e["severity"]] = sevs.get(e["severity"], 0) + 1
    print(f"wrote {len(recs)} records to {OUT}")
    print("categories:", dict(sorted(cats.items())))
    print("severities:", dict(sorted(sevs.items())))


if __name__ == "__main__":
    main()
