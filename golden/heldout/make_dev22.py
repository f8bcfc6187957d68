#!/usr/bin/env python3
"""Generator for the dev22 held-out golden set.

Written only from the golden-format contract (design/golden-format.md).
Deterministic: every random choice of a scenario comes from
random.Random("dev22-<scenario name>"), base timestamps are fixed, and the
final record order is a sort on the sha256 of the record id.

Usage:  python3 make_dev22.py  [output path, default dev22.jsonl next to this file]
"""
import hashlib
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
SCENARIOS = []

SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")
CATEGORIES = (
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
)


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ---------------------------------------------------------------- time formats
def f_iso(dt, digits=3):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond:06d}"[:digits] + "Z"


def f_iso_off(dt, digits=6):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond:06d}"[:digits] + "+00:00"


def f_klog(dt):
    return dt.strftime("%m%d %H:%M:%S.") + f"{dt.microsecond:06d}"


def f_clf(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_space(dt, digits=3, sep=".", suffix=""):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{dt.microsecond:06d}"[:digits] + suffix


def f_epoch(dt):
    return round(dt.timestamp(), 6)


def f_epoch_ms(dt):
    return int(dt.timestamp() * 1000)


def f_hms(dt):
    return dt.strftime("%H:%M:%S.") + f"{dt.microsecond:06d}"[:3]


def js(**kw):
    """Compact JSON log line, key order preserved."""
    return json.dumps(kw, separators=(",", ":"))


class Raw(str):
    """A klog value printed verbatim (structs, already-quoted values)."""


def klog(dt, lvl, pid, src, msg, **kv):
    s = f'{lvl}{f_klog(dt)} {pid:>7} {src}] "{msg}"'
    for k, v in kv.items():
        if isinstance(v, (int, float, Raw)):
            s += f" {k}={v}"
        else:
            s += f" {k}={json.dumps(str(v))}"
    return s


def klog_plain(dt, lvl, pid, src, msg):
    return f"{lvl}{f_klog(dt)} {pid:>7} {src}] {msg}"


# ---------------------------------------------------------------- clusters
class Cluster:
    """Label conventions of one Kubernetes distribution."""

    def __init__(self, w, dist, name, **extra):
        self.w, self.dist, self.name, self.extra = w, dist, name, extra

    def _base(self):
        d = {"cluster": self.name}
        d.update(self.extra)
        return d

    def pod(self, ns, pod, container, node, app=None):
        if self.dist == "openshift":
            lt = "infrastructure" if ns.startswith(("openshift-", "kube-")) else "application"
            d = {"kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
                 "kubernetes_container_name": container, "kubernetes_host": node,
                 "log_type": lt}
            d["openshift_cluster_id"] = self.extra.get("cluster_id", "0000")
            return d
        d = {"namespace": ns, "pod": pod, "container": container, "node": node}
        if app:
            d["app"] = app
        d["job"] = f"{ns}/{app or container}"
        d.update(self._base())
        return d

    def unit(self, node, unit):
        if self.dist == "talos":
            return {"job": "talos-service", "talos_service": unit, "node": node,
                    "cluster": self.name}
        if self.dist == "rke2" and unit in ("kubelet", "containerd"):
            path = {"kubelet": "/var/lib/rancher/rke2/agent/logs/kubelet.log",
                    "containerd": "/var/lib/rancher/rke2/agent/containerd/containerd.log"}[unit]
            d = {"job": f"rke2/{unit}", "filename": path, "node": node}
            d.update(self._base())
            return d
        if self.dist == "k3s" and unit in ("kubelet", "containerd"):
            if unit == "containerd":
                d = {"job": "k3s/containerd", "filename": "/var/lib/rancher/k3s/agent/containerd/containerd.log", "node": node}
                d.update(self._base())
                return d
            unit = "k3s-agent.service"
        if self.dist == "microk8s":
            unit = {"kubelet": "snap.microk8s.daemon-kubelite",
                    "containerd": "snap.microk8s.daemon-containerd"}.get(unit, unit)
        elif unit in ("kubelet", "containerd"):
            unit = unit + ".service"
        if self.dist == "openshift":
            return {"log_type": "infrastructure", "kubernetes_host": node,
                    "systemd_unit": unit, "openshift_cluster_id": self.extra.get("cluster_id", "0000")}
        d = {"job": "node/journal", "unit": unit, "node": node}
        d.update(self._base())
        return d

    def kernel(self, node):
        if self.dist == "talos":
            return {"job": "talos-kernel", "node": node, "cluster": self.name}
        if self.dist == "openshift":
            return {"log_type": "infrastructure", "kubernetes_host": node,
                    "systemd_unit": "kernel", "openshift_cluster_id": self.extra.get("cluster_id", "0000")}
        d = {"job": "node/journal", "unit": "kernel", "transport": "kernel", "node": node}
        d.update(self._base())
        return d

    def events(self, ns):
        if self.dist == "openshift":
            return {"log_type": "infrastructure", "kubernetes_namespace_name": ns,
                    "source": "eventrouter", "openshift_cluster_id": self.extra.get("cluster_id", "0000")}
        d = {"job": "integrations/kubernetes/eventhandler", "namespace": ns}
        d.update(self._base())
        return d


# ---------------------------------------------------------------- window
ALNUM = "bcdfghjklmnpqrstvwxz2456789"


class Win:
    def __init__(self, name, base, tsfmt="ms"):
        self.name = name
        self.rng = random.Random(f"dev22-{name}")
        self.base = datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        self.tsfmt = tsfmt
        self.entries = []
        self.seq = 0

    # random helpers ---------------------------------------------------
    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def rs(self, n, alphabet=ALNUM):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def deploy_pod(self, name):
        return f"{name}-{self.rs(10 if self.rng.random() < 0.6 else 9)}-{self.rs(5)}"

    def replicas(self, name, n):
        """n pods of one ReplicaSet (shared pod-template hash)."""
        rs = f"{name}-{self.rs(10 if self.rng.random() < 0.6 else 9)}"
        return [f"{rs}-{self.rs(5)}" for _ in range(n)]

    def ds_pod(self, name):
        return f"{name}-{self.rs(5)}"

    def ip(self, prefix="10.244"):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.ri(1, 254)))
        return ".".join(parts)

    # entries ----------------------------------------------------------
    def dt(self, sec):
        return self.base + timedelta(microseconds=int(round(sec * 1_000_000)))

    def add(self, sec, stream, line, ev=False, jitter=True):
        if jitter:
            sec = sec + self.rng.randint(0, 899) / 1000.0 + self.rng.randint(0, 999) / 1e6
        dt = self.dt(sec)
        text = line(dt) if callable(line) else line
        self.entries.append((sec, self.seq, dict(stream), text, ev))
        self.seq += 1
        return dt

    def multi(self, sec, stream, lines, ev_first=True, ev_all=False, ev_idx=()):
        """A multi-line dump (stack trace) shipped one entry per line."""
        sec = sec + self.rng.randint(0, 600) / 1000.0
        for i, ln in enumerate(lines):
            self.add(sec + i * 0.0001, stream, ln,
                     ev=ev_all or (ev_first and i == 0) or (i in ev_idx), jitter=False)

    def fill(self, target, t0, t1, gens):
        """Add noise lines from weighted generators until `target` lines exist."""
        weights = [g[0] for g in gens]
        guard = 0
        while len(self.entries) < target and guard < 10000:
            guard += 1
            _, stream, fn = self.rng.choices(gens, weights=weights)[0]
            sec = self.rng.uniform(t0, t1)
            self.add(sec, stream, lambda dt, fn=fn: fn(dt), jitter=False)

    def every(self, t0, t1, step, stream, fn, spread=0.3):
        t = t0
        while t < t1:
            self.add(t + self.rng.uniform(0, step * spread), stream, fn)
            t += step

    def fmt_ts(self, dt):
        if self.tsfmt == "us":
            return f_iso_off(dt, 6)
        if self.tsfmt == "ns":
            return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond:06d}" + f"{self.rng.randint(0, 999):03d}Z"
        return f_iso(dt, 3)

    def build(self):
        ents = sorted(self.entries, key=lambda e: (e[0], e[1]))
        logs, evidence = [], []
        for i, (sec, _, labels, text, ev) in enumerate(ents):
            logs.append({"ts": self.fmt_ts(self.dt(sec)), "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        return logs, evidence


def record(w, *, rid, template, question, selector, severity, category, component,
           root_cause, summary, action):
    assert severity in SEVERITIES and category in CATEGORIES, (rid, severity, category)
    logs, evidence = w.build()
    assert 15 <= len(logs) <= 120, (rid, len(logs))
    if category == "none":
        assert severity == "INFO" and not evidence, rid
    else:
        assert severity != "INFO" and evidence, rid
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    if selector is None:
        sel = None
    else:
        sel.update(selector)
    expected = {
        "severity": severity,
        "root_cause_category": category,
        "component": component,
        "root_cause": root_cause,
        "summary": summary,
        "action": action,
        "evidence": evidence,
    }
    if component is None:
        # healthy windows: there is no faulty component, so the field is left out
        assert category == "none", rid
        del expected["component"]
    return {
        "id": rid,
        "source": f"synthetic:dev22/{template}",
        "question": question,
        "selector": sel,
        "logs": logs,
        "expected": expected,
    }


# ---------------------------------------------------------------- common line makers
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A.240105.004)",
    "kube-probe/1.29", "Go-http-client/1.1", "python-requests/2.31.0",
]


def nginx_line(w, dt, method, path, status, upstream_svc, upstream_ip, rt, ua=None, size=None, client=None):
    size = size if size is not None else w.ri(180, 9000)
    client = client or w.ip(w.ch(["81.2", "92.40", "176.12", "203.0", "149.88"]))
    ua = ua or w.ch(UAS[:5])
    urt = "-" if status in (502, 503) and rt < 0.01 else f"{max(rt - 0.001, 0):.3f}"
    return (f'{client} - - [{f_clf(dt)}] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" '
            f'{w.ri(300, 900)} {rt:.3f} [{upstream_svc}] [] {upstream_ip} {size} {urt} {status} {w.hexs(32)}')


def envoy_line(w, dt, method, path, status, flags, host, upstream, cluster, dur, detail="via_upstream", rx=0, tx=None, ua=None):
    tx = tx if tx is not None else w.ri(120, 4000)
    ua = ua or w.ch(UAS)
    return (f'[{f_iso(dt)}] "{method} {path} HTTP/1.1" {status} {flags} {detail} - "-" {rx} {tx} {dur} '
            f'{max(dur - w.ri(0, 3), 0) if status < 500 else "-"} "{w.ip("10.12")}" "{ua}" "{w.uuid()}" '
            f'"{host}" "{upstream}" {cluster} {w.ip("10.12")}:{w.ri(32000, 60999)} {upstream} '
            f'{w.ip("10.12")}:{w.ri(32000, 60999)} - default')


def spring(dt, lvl, app, thread, logger, msg, pid=1):
    return f"{f_iso(dt)} {lvl:>5} {pid} --- [{app}] [{thread:>15}] {logger:<40} : {msg}"


def kevent(w, c, dt, ns, kind, name, reason, etype, msg, source="kubelet", host=None):
    """Grafana Alloy / agent eventhandler style (logfmt), or eventrouter JSON on OpenShift."""
    if c.dist == "openshift":
        return js(verb="ADDED", event={
            "metadata": {"name": f"{name}.{w.hexs(16)}", "namespace": ns},
            "involvedObject": {"kind": kind, "namespace": ns, "name": name},
            "reason": reason, "message": msg, "source": {"component": source, **({"host": host} if host else {})},
            "firstTimestamp": dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "lastTimestamp": dt.strftime("%Y-%m-%dT%H:%M:%SZ"), "count": 1, "type": etype})
    s = (f"name={name}.{w.hexs(16)} kind={kind} action= objectAPIversion=v1 "
         f"objectRV={w.ri(10_000_000, 99_999_999)} reason={reason} type={etype} "
         f"sourcecomponent={source}")
    if host:
        s += f" sourcehost={host}"
    return s + f" msg={json.dumps(msg)}"


def coredns_q(w, dt, client, name, qtype="A", rcode="NOERROR", dur=None):
    dur = dur if dur is not None else w.uniform_small()
    flags = "qr,aa,rd" if name.endswith("cluster.local.") else "qr,rd,ra"
    return (f'[INFO] {client}:{w.ri(32768, 60999)} - {w.ri(1, 65535)} "{qtype} IN {name} udp '
            f'{w.ri(40, 90)} false 512" {rcode} {flags} {w.ri(80, 260)} {dur:.6f}s')


def _uniform_small(self):
    return self.rng.uniform(0.00006, 0.0009)


def _uniform(self, a, b):
    return self.rng.uniform(a, b)


Win.uniform_small = _uniform_small
Win.uniform = _uniform


# ================================================================ scenarios
# ---------------------------------------------------------------- oom_killed
@scenario
def oom_grib_decoder():
    """Weather: GRIB2 decoder (Python/cfgrib) OOM-killed in a loop on GKE."""
    w = Win("oom_grib_decoder", "2026-02-03T06:10:00", tsfmt="ns")
    c = Cluster(w, "gke", "gke-wx-prod-euw4", location="europe-west4")
    node = f"gke-wx-prod-euw4-highmem-{w.hexs(8)}-{w.rs(4)}"
    node2 = f"gke-wx-prod-euw4-default-{w.hexs(8)}-{w.rs(4)}"
    ns = "wx-ingest"
    pod = w.deploy_pod("grib-decoder")
    dec = c.pod(ns, pod, "decoder", node, "grib-decoder")
    sch_pod = w.deploy_pod("forecast-scheduler")
    sch = c.pod("wx-models", sch_pod, "scheduler", node2, "forecast-scheduler")
    kern = c.kernel(node)
    ctrd = c.unit(node, "containerd")
    kubelet = c.unit(node, "kubelet")
    ev = c.events(ns)
    run = "2026020300"
    cid = w.hexs(64)

    def pylog(lvl, name, msg, **kw):
        return lambda dt: js(asctime=f_space(dt, 3, ","), levelname=lvl, name=name, message=msg, **kw)

    t = 5
    up0 = w.ri(80000, 90000) + w.rng.random()
    restarts = [0, 1, 2]
    for cyc, rc in enumerate(restarts):
        w.add(t, dec, pylog("INFO", "decoder.main", "grib-decoder starting", version="3.8.1",
                            eccodes="2.34.1", memory_limit="2Gi", restart=rc))
        w.add(t + 2, dec, pylog("INFO", "decoder.queue", "claimed batch", run=run, batch=f"hres-{run}-{cyc + 14:03d}",
                                files=12))
        for k, fld in enumerate(["t", "u", "v"]):
            rss = 900 + k * 420 + cyc * 15
            w.add(t + 4 + k * 5, dec, pylog("INFO", "decoder.cfgrib",
                  "decoding message", file=f"ecmwf/hres/{run}/A1D{fld}0203{cyc:02d}00.grib2",
                  param=fld, levels=137, grid="0.1x0.1", rss_mb=rss))
        kt = t + 21 + w.ri(1, 700) / 1000
        pid = w.ri(3000, 9000)
        up = up0 + kt
        w.add(kt, kern, f"[{up:12.6f}] python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985", jitter=False)
        w.add(kt + 0.001, kern,
              f"[{up + 0.000412:12.6f}] Memory cgroup out of memory: Killed process {pid} (python3) "
              f"total-vm:{w.ri(2900000, 3100000)}kB, anon-rss:{w.ri(2080000, 2096000)}kB, file-rss:{w.ri(20000, 40000)}kB, "
              f"shmem-rss:0kB, UID:1000 pgtables:{w.ri(4200, 4600)}kB oom_score_adj:985",
              ev=True, jitter=False)
        w.add(kt + 0.2, ctrd, f'time="{f_iso(w.dt(kt + 0.2), 6)}" level=info msg="TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"',
              ev=(cyc == 0), jitter=False)
        w.add(kt + 1, kubelet, lambda dt, p=pod: klog(dt, "I", 2211, "kubelet.go:2458",
              "SyncLoop (PLEG): event for pod", pod=f"{ns}/{p}",
              event=Raw('{"ID":"' + w.uuid() + '","Type":"ContainerDied","Data":"' + cid + '"}')))
        back = ["10s", "20s", "40s"][cyc]
        w.add(kt + 2, kubelet, lambda dt, p=pod, b=back: klog(dt, "E", 2211, "pod_workers.go:1300",
              "Error syncing pod, skipping",
              err=f'failed to "StartContainer" for "decoder" with CrashLoopBackOff: "back-off {b} restarting failed container=decoder pod={p}_{ns}({w.uuid()})"',
              pod=f"{ns}/{p}"))
        w.add(kt + 2.5, ev, lambda dt, p=pod: kevent(w, c, dt, ns, "Pod", p, "BackOff", "Warning",
              "Back-off restarting failed container decoder in pod " + p + "_" + ns, host=node))
        w.add(kt + 6, sch, lambda dt, b=cyc: f'time={f_iso(dt)} level=WARN msg="stage failed" run={run} '
              f'stage=decode batch=hres-{run}-{b + 14:03d} err="worker lease lost: heartbeat missed for 15s" retry_in=30s')
        cid = w.hexs(64)
        t = kt + [25, 45, 80][cyc]
    w.add(t - 10, sch, lambda dt: f'time={f_iso(dt)} level=ERROR msg="run behind schedule" run={run} '
          f'stage=decode completed=117 expected=366 lag=38m')
    fetched = [w.ri(300, 320)]

    def prog(dt):
        fetched[0] = min(366, fetched[0] + w.ri(2, 9))
        return f'time={f_iso(dt)} level=INFO msg="stage progress" run={run} stage=ingest fetched={fetched[0]} expected=366'
    w.every(0, t, 22, sch, prog)

    gens = [
        (3, sch, lambda dt: f'time={f_iso(dt)} level=INFO msg="http request" method=GET path=/healthz status=200 dur={w.ri(1, 3)}ms'),
        (2, kubelet, lambda dt: klog(dt, "I", 2211, "kubelet_getters.go:187", "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered",
                                     pod=f"wx-ingest/{w.deploy_pod('radar-fetch')}")),
        (2, ctrd, lambda dt: f'time="{f_iso(dt, 6)}" level=info msg="ImageCreate event name:\\"sha256:{w.hexs(64)}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"'),
    ]
    w.fill(w.ri(48, 62), 0, t, gens)
    return record(
        w, rid="dev22-oom-grib-decoder", template="oom_crashloop",
        question="Why is the ECMWF decode stage of the 00Z run so far behind?",
        selector={"namespace": ns, "app": "grib-decoder"},
        severity="CRITICAL", category="oom_killed", component="grib-decoder",
        root_cause="The grib-decoder container is killed by the kernel OOM killer each time it decodes the 137-level 0.1-degree fields; anon RSS reaches its 2Gi memory limit and the pod is in CrashLoopBackOff.",
        summary="grib-decoder restarts repeatedly (cgroup OOM kill, TaskOOM, CrashLoopBackOff); the forecast scheduler loses worker leases and the 00Z decode stage falls 38 minutes behind.",
        action="Raise the decoder memory limit (or decode per level / use dask chunking to bound memory), then let the scheduler re-dispatch the failed batches.",
    )


@scenario
def oom_baggage_tracker():
    """Aviation: Spring Boot baggage tracker hits java.lang.OutOfMemoryError (heap) on EKS."""
    w = Win("oom_baggage_tracker", "2026-02-07T16:42:00")
    c = Cluster(w, "eks", "eks-airport-ops-euc1", region="eu-central-1")
    node = f"ip-10-40-{w.ri(16, 31)}-{w.ri(2, 250)}.eu-central-1.compute.internal"
    ns = "baggage"
    pod = w.deploy_pod("baggage-tracker")
    bt = c.pod(ns, pod, "baggage-tracker", node, "baggage-tracker")
    app = "baggage-tracker"
    kpod = "bhs-kafka-kafka-1"
    kaf = c.pod("kafka", kpod, "kafka", f"ip-10-40-{w.ri(32, 47)}-{w.ri(2, 250)}.eu-central-1.compute.internal", "bhs-kafka")
    gw_pod = w.deploy_pod("bag-status-api")
    gw = c.pod(ns, gw_pod, "api", node, "bag-status-api")

    def sp(lvl, thread, logger, msg):
        return lambda dt: spring(dt, lvl, app, thread, logger, msg)

    tags = lambda: f"0{w.ri(100, 999)}{w.ri(100000, 999999)}"
    flights = ["LH1234", "LH 402", "EW9041", "UA8840", "LH2032", "OS128"]
    for i in range(10):
        w.add(2 + i * 4, bt, sp("INFO", "ntainer#0-0-C-1", "c.a.b.scan.ScanEventListener",
              f"BSM processed tag={tags()} flight={w.ch(flights)} location=SORT-{w.ri(1, 9)} latency_ms={w.ri(4, 40)}"))
    w.add(30, bt, sp("WARN", "ntainer#0-0-C-1", "c.a.b.cache.FlightManifestCache",
                     "manifest cache size=1842311 entries exceeds soft limit 1500000; eviction disabled by config"))
    w.add(41, bt, sp("WARN", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
                     "[Consumer clientId=baggage-tracker-0, groupId=baggage-tracker] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms"))
    trace = [
        f"Exception in thread \"ntainer#0-0-C-1\" java.lang.OutOfMemoryError: Java heap space",
        "\tat java.base/java.util.HashMap.resize(HashMap.java:702)",
        "\tat java.base/java.util.HashMap.putVal(HashMap.java:661)",
        "\tat com.airport.baggage.cache.FlightManifestCache.index(FlightManifestCache.java:118)",
        "\tat com.airport.baggage.scan.ScanEventListener.onMessage(ScanEventListener.java:74)",
        "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2785)",
    ]
    w.multi(44, bt, [(lambda dt, s=s: s) for s in trace], ev_first=True)
    w.add(45, bt, sp("ERROR", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
                     "Stopping container due to an Error"), ev=True)
    w.add(46, bt, sp("WARN", "GC Thread#0", "c.a.b.monitoring.HeapWatcher",
                     "heap after GC 1493MiB/1536MiB (97.2%) old-gen collections=41 in last 60s"), ev=True)
    w.add(48, kaf, lambda dt: f"[{f_space(dt, 3, ',')}] INFO [GroupCoordinator 1]: Member baggage-tracker-0-{w.uuid()} in group baggage-tracker has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)")
    w.add(49, kaf, lambda dt: f"[{f_space(dt, 3, ',')}] INFO [GroupCoordinator 1]: Preparing to rebalance group baggage-tracker in state PreparingRebalance with old generation 212 (__consumer_offsets-17) (reason: removing member on heartbeat expiration) (kafka.coordinator.group.GroupCoordinator)")
    w.add(51, kaf, lambda dt: f"[{f_space(dt, 3, ',')}] INFO [GroupCoordinator 1]: Group baggage-tracker with generation 213 is now empty (__consumer_offsets-17) (kafka.coordinator.group.GroupCoordinator)")
    for i in range(6):
        lag = 1800 + i * 2400 + w.ri(0, 300)
        w.add(60 + i * 15, gw, lambda dt, l=lag: js(level=50 if l > 8000 else 40, time=f_epoch_ms(dt), pid=1, hostname=gw_pod,
              msg="bag position stale", flight=w.ch(flights), tag=tags(), last_scan_age_s=l // 10, consumer_lag=l))
    for i in range(3):
        w.add(70 + i * 20, bt, sp("INFO", "http-nio-8080-exec-" + str(w.ri(1, 9)), "c.a.b.web.ActuatorLogFilter",
              "GET /actuator/health/liveness 200 UP"))
    gens = [
        (4, gw, lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname=gw_pod, req={"method": "GET", "url": f"/v2/bags/{tags()}"},
                              res={"statusCode": 200}, responseTime=w.ri(3, 30), msg="request completed")),
        (2, kaf, lambda dt: f"[{f_space(dt, 3, ',')}] INFO [Log partition=bsm-events-{w.ri(0, 11)}, dir=/var/lib/kafka/data-0/kafka-log1] Rolled new log segment at offset {w.ri(10**7, 9 * 10**7)} in {w.ri(1, 6)} ms. (kafka.log.LocalLog)"),
    ]
    w.fill(w.ri(40, 52), 0, 155, gens)
    return record(
        w, rid="dev22-oom-baggage-tracker", template="jvm_heap_oom",
        question="Bag positions on the status board stopped updating; what broke?",
        selector={"namespace": ns},
        severity="ERROR", category="oom_killed", component="baggage-tracker",
        root_cause="baggage-tracker runs out of Java heap (OutOfMemoryError: Java heap space) while indexing an unbounded flight manifest cache; the Kafka listener container stops, so scan events are no longer consumed.",
        summary="The JVM heap fills (97% after GC), the Kafka consumer thread dies with OutOfMemoryError and the consumer leaves the group; consumer lag grows and bag-status-api serves stale positions.",
        action="Restart baggage-tracker to restore consumption, then bound the FlightManifestCache (enable eviction) or raise -Xmx/limits; watch consumer lag drain.",
    )


# ---------------------------------------------------------------- application_error
@scenario
def app_listing_search_panic():
    """Real estate: Go listing-search panics (nil geo) in its reindex consumer; crash loop on AKS."""
    w = Win("app_listing_search_panic", "2026-02-11T21:05:00")
    c = Cluster(w, "aks", "aks-homes-prod-weu", region="westeurope")
    pool = f"aks-search-{w.ri(10000000, 99999999)}-vmss"
    node = f"{pool}{w.ri(0, 9):06d}"
    node2 = f"aks-system-{w.ri(10000000, 99999999)}-vmss{w.ri(0, 3):06d}"
    ns = "listings"
    pod = w.deploy_pod("listing-search")
    ls = c.pod(ns, pod, "listing-search", node, "listing-search")
    imp_pod = w.deploy_pod("mls-import")
    imp = c.pod(ns, imp_pod, "importer", node, "mls-import")
    ing_pod = w.deploy_pod("ingress-nginx-controller")
    ing = c.pod("ingress-nginx", ing_pod, "controller", node2, "ingress-nginx")
    ev = c.events(ns)
    kubelet = c.unit(node, "kubelet")
    pod_ip = w.ip("10.244.3")
    bad = w.ri(800000, 899999)

    def zap(lvl, caller, msg, **kw):
        return lambda dt: js(level=lvl, ts=f_epoch(dt), caller=caller, msg=msg, **kw)

    def search_ok(dt):
        return nginx_line(w, dt, "GET", w.ch(["/api/v2/search?city=utrecht&beds=2", "/api/v2/search?city=haarlem&max_price=450000",
                                             "/api/v2/search?bbox=4.85,52.33,4.95,52.40", "/api/v2/listings/" + str(w.ri(700000, 799999))]),
                          200, f"{ns}-listing-search-8080", f"{pod_ip}:8080", w.uniform(0.018, 0.12))

    def search_503(dt):
        return nginx_line(w, dt, "GET", w.ch(["/api/v2/search?city=utrecht&beds=3", "/api/v2/search?city=leiden",
                                             "/api/v2/search?bbox=4.46,51.88,4.53,51.94"]),
                          503, f"{ns}-listing-search-8080", "-", 0.000, size=190)

    w.add(3, imp, lambda dt: f"{f_space(dt, 3, ',')} INFO [mls_import.feed] fetched delta page=1 changed=214 source=funda-mls")
    w.add(5, imp, lambda dt: f"{f_space(dt, 3, ',')} WARNING [mls_import.geo] geocoder returned no match for listing_id={bad} address='Kerkstraat 12bis'; publishing without coordinates")
    w.add(6, imp, lambda dt: f"{f_space(dt, 3, ',')} INFO [mls_import.publish] published 214 listing.updated events topic=listing-updates")
    for i in range(8):
        w.add(i * 1.1, ing, search_ok)
    w.add(8, ls, zap("info", "reindex/consumer.go:88", "applying listing update batch", size=214, offset=55123987))
    panic = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x1b7e5c4]",
        "",
        "goroutine {g} [running]:",
        "github.com/homely/listing-search/internal/geo.(*Point).Distance(...)",
        "\t/src/internal/geo/point.go:31",
        "github.com/homely/listing-search/internal/reindex.(*Consumer).buildDoc(0xc0004a2f00, 0xc000d1e2a0)",
        "\t/src/internal/reindex/doc.go:74 +0x1a4",
        "github.com/homely/listing-search/internal/reindex.(*Consumer).apply(0xc0004a2f00, {0x22b9e40, 0xc0001b6000}, {0xc000e40000, 0xd6, 0x100})",
        "\t/src/internal/reindex/consumer.go:102 +0x2f1",
        "created by github.com/homely/listing-search/internal/reindex.(*Consumer).Start in goroutine 1",
        "\t/src/internal/reindex/consumer.go:61 +0x125",
    ]
    t = 9
    for cyc in range(3):
        if cyc:
            w.add(t, ls, zap("info", "cmd/server/main.go:57", "starting listing-search", version="1.19.4", commit="4e1d2ab", go="go1.22.1"))
            w.add(t + 1.5, ls, zap("info", "index/loader.go:40", "opened index", shards=12, docs=1284113, took=f"{w.ri(900, 1400)}ms"))
            w.add(t + 2.5, ls, zap("info", "cmd/server/main.go:83", "http server listening", addr=":8080"))
            w.add(t + 3, ls, zap("info", "reindex/consumer.go:88", "applying listing update batch", size=214, offset=55123987))
            t += 3.5
        g = w.ri(180, 400)
        w.multi(t, ls, [(lambda dt, s=s: s.replace("{g}", str(g))) for s in panic], ev_first=True)
        w.add(t + 1.2, kubelet, lambda dt: klog(dt, "I", 3187, "kubelet.go:2458", "SyncLoop (PLEG): event for pod",
              pod=f"{ns}/{pod}", event=Raw('{"ID":"' + w.uuid() + '","Type":"ContainerDied","Data":"' + w.hexs(64) + '"}')))
        w.add(t + 2, ev, lambda dt, b=["10s", "20s", "40s"][cyc]: kevent(w, c, dt, ns, "Pod", pod, "BackOff", "Warning",
              f"Back-off restarting failed container listing-search in pod {pod}_{ns}({w.uuid()})", host=node), ev=(cyc == 2))
        t += [22, 35, 55][cyc]
    # ingress symptoms while there are no ready endpoints
    for i in range(14):
        w.add(11 + i * 7.5, ing, search_503)
    w.add(12.5, ing, lambda dt: f'{dt.strftime("%Y/%m/%d %H:%M:%S")} [warn] 31#31: *{w.ri(100000, 999999)} upstream server temporarily disabled while connecting to upstream, client: 92.40.{w.ri(1, 254)}.{w.ri(1, 254)}, server: api.homely.nl, request: "GET /api/v2/search?city=utrecht HTTP/1.1", upstream: "http://{pod_ip}:8080/api/v2/search?city=utrecht", host: "api.homely.nl"')
    w.add(40, ing, lambda dt: f'W{f_klog(dt)}       7 controller.go:1214] Service "{ns}/listing-search" does not have any active Endpoint.')
    gens = [
        (3, imp, lambda dt: f"{f_space(dt, 3, ',')} INFO [uvicorn.access] 10.244.3.1:{w.ri(30000, 60000)} - \"GET /healthz HTTP/1.1\" 200"),
        (3, ing, lambda dt: nginx_line(w, dt, "GET", "/api/v2/agents/" + str(w.ri(100, 999)), 200, f"{ns}-agent-profile-8080",
                                       w.ip("10.244.1") + ":8080", w.uniform(0.005, 0.04))),
    ]
    w.fill(w.ri(70, 90), 0, t, gens)
    return record(
        w, rid="dev22-app-listing-search-panic", template="go_panic_crashloop",
        question="Property search on the website returns 503; why?",
        selector={"namespace": ns, "app": "listing-search"},
        severity="CRITICAL", category="application_error", component="listing-search",
        root_cause="listing-search's reindex consumer dereferences a nil geo point (geo.(*Point).Distance) when it applies a listing update that has no coordinates; the panic kills the process and it crashes again on the same batch after every restart.",
        summary="A Go nil-pointer panic in the reindex goroutine crash-loops listing-search (BackOff); the Service has no active endpoints and ingress-nginx answers 503 for search requests.",
        action="Guard buildDoc against listings without coordinates (skip or default), ship the fix, and skip or repair the poisoned listing update so the consumer can move past offset 55123987.",
    )


@scenario
def app_booking_nomethod():
    """Aviation: Rails booking API raises NoMethodError for one fare class; OpenShift router shows 500s."""
    w = Win("app_booking_nomethod", "2026-02-12T09:14:00", tsfmt="us")
    c = Cluster(w, "openshift", "ocp-airline-prod", cluster_id="5c0d6a1e-93f4-4b7e-9a3c-1f7d2e8b4a60")
    nodes = [f"worker-{i}.ocp-airline-prod.skyair.internal" for i in range(4)]
    ns = "flight-booking"
    web = w.replicas("booking-web", 2)
    webs = [c.pod(ns, p, "booking-web", nodes[i + 1], "booking-web") for i, p in enumerate(web)]
    bff_pod = w.deploy_pod("mobile-bff")
    bff = c.pod(ns, bff_pod, "bff", nodes[3], "mobile-bff")
    rpod = w.deploy_pod("router-default")
    router = c.pod("openshift-ingress", rpod, "router", nodes[0], "router")
    flights = ["AY1332", "SK1467", "AY0917", "KL1168", "AY1075"]
    ips = [w.ip("10.128.2"), w.ip("10.131.0")]

    def rails(dt, lvl, rid, msg):
        return f"{lvl[0]}, [{dt.strftime('%Y-%m-%dT%H:%M:%S.')}{dt.microsecond:06d} #1] {lvl:>5} -- : [{rid}] {msg}"

    def request(t0, k, fare, ok):
        rid = w.uuid()
        flight = w.ch(flights)
        src = w.ip("10.129.2")
        st = webs[k]
        w.add(t0, st, lambda dt: rails(dt, "INFO", rid, f'Started POST "/api/v1/bookings" for {src} at {dt.strftime("%Y-%m-%d %H:%M:%S")} +0000'), jitter=False)
        w.add(t0 + 0.01, st, lambda dt: rails(dt, "INFO", rid, "Processing by Api::V1::BookingsController#create as JSON"), jitter=False)
        w.add(t0 + 0.02, st, lambda dt: rails(dt, "INFO", rid, '  Parameters: {"booking"=>{"flight"=>"' + flight + '", "date"=>"2026-03-0' + str(w.ri(1, 9)) + '", "fare_class"=>"' + fare + '", "pax"=>' + str(w.ri(1, 4)) + ', "ancillaries"=>["bag23", "seat"]}}'), jitter=False)
        if ok:
            ms = w.ri(60, 240)
            w.add(t0 + ms / 1000, st, lambda dt: rails(dt, "INFO", rid, f"Completed 201 Created in {ms}ms (Views: 1.{w.ri(0, 9)}ms | ActiveRecord: {w.ri(8, 40)}.{w.ri(0, 9)}ms | Allocations: {w.ri(9000, 20000)})"), jitter=False)
            code, tt = 201, ms
        else:
            ms = w.ri(25, 60)
            ts = t0 + ms / 1000
            w.add(ts, st, lambda dt: rails(dt, "INFO", rid, f"Completed 500 Internal Server Error in {ms}ms (ActiveRecord: {w.ri(3, 9)}.{w.ri(0, 9)}ms | Allocations: {w.ri(4000, 7000)})"), jitter=False)
            lines = ["  ", "NoMethodError (undefined method `amount' for nil):", "  ",
                     "app/services/fare_calculator.rb:57:in `block in ancillary_total'",
                     "app/controllers/api/v1/bookings_controller.rb:34:in `create'"]
            for j, ln in enumerate(lines):
                w.add(ts + 0.0005 * (j + 1), st, lambda dt, ln=ln: rails(dt, "FATAL", rid, ln), ev=(j == 1), jitter=False)
            code, tt = 500, ms
        w.add(t0 + tt / 1000 + 0.003, router, lambda dt: (
            f"haproxy[{hpid}]: {src}:{w.ri(30000, 60000)} [{dt.strftime('%d/%b/%Y:%H:%M:%S')}.{dt.microsecond // 1000:03d}] "
            f"fe_sni~ be_edge_http:{ns}:booking-web/pod:{web[k]}:booking-web:8080-tcp:{ips[k]}:8080 0/0/1/{tt}/{tt + 1} {code} "
            f"{w.ri(300, 1400)} - - --NI {w.ri(20, 60)}/{w.ri(10, 30)}/0/0/0 0/0 \"POST /api/v1/bookings HTTP/1.1\""), jitter=False)
        if not ok:
            w.add(t0 + tt / 1000 + 0.01, bff, lambda dt: js(level="error", time=f_iso(dt), msg="booking upstream failed",
                  upstream="booking-web", status=500, fare_class=fare, flight=flight, traceId=w.hexs(32)), jitter=False)

    t = w.uniform(0.5, 1.5)
    hpid = w.ri(30, 60)
    for i in range(14):
        fare = w.ch(["Y", "B", "M", "H", "Y", "Q"]) if i % 3 else "Z"
        request(t, i % 2, fare, fare != "Z")
        t += w.uniform(2.5, 4.5)
    gens = [
        (3, bff, lambda dt: js(level="info", time=f_iso(dt), msg="request completed", method="GET",
                              path=f"/v1/flights/{w.ch(flights)}/status", status=200, duration_ms=w.ri(8, 60))),
        (2, webs[0], lambda dt: rails(dt, "INFO", w.uuid(), f'Started GET "/up" for {w.ip("10.131.0")} at {dt.strftime("%Y-%m-%d %H:%M:%S")} +0000')),
    ]
    w.fill(min(120, len(w.entries) + w.ri(8, 14)), 0, t, gens)
    return record(
        w, rid="dev22-app-booking-nomethod", template="rails_unhandled_exception",
        question="Some customers get an error when they try to book; what is going on?",
        selector={"namespace": ns},
        severity="ERROR", category="application_error", component="booking-web",
        root_cause="booking-web raises NoMethodError (undefined method `amount' for nil) in FareCalculator#ancillary_total for bookings in fare class Z, which has no ancillary fare rule; the exception is unhandled and the request returns 500.",
        summary="About a third of POST /api/v1/bookings requests (all fare class Z) fail with 500 on both booking-web pods; the router and mobile-bff show the 500s, other fare classes book normally.",
        action="Handle the missing fare rule in fare_calculator.rb (nil check or a default rule for class Z) and deploy; add a regression test for award fares.",
    )


# ---------------------------------------------------------------- image_pull
@scenario
def img_radar_ingest_manifest():
    """Weather: k3s radar-site edge cluster; Flux rolls radar-ingest to a tag that was never pushed."""
    w = Win("img_radar_ingest_manifest", "2026-02-14T03:20:00")
    c = Cluster(w, "k3s", "k3s-radar-ktlx", site="KTLX")
    node = "ktlx-edge-01"
    ns = "radar"
    old_pod = w.deploy_pod("radar-ingest")
    new_pod = w.deploy_pod("radar-ingest")
    old = c.pod(ns, old_pod, "radar-ingest", node, "radar-ingest")
    flux = c.pod("flux-system", w.deploy_pod("kustomize-controller"), "manager", node, "kustomize-controller")
    agent = c.unit(node, "kubelet")
    ev = c.events(ns)
    img = "harbor.wxnet.internal/radar/radar-ingest:v2.14.0"
    mos = c.pod(ns, w.deploy_pod("radar-mosaic"), "mosaic", node, "radar-mosaic")

    def rlog(lvl, target, msg):
        return lambda dt: f"{f_iso(dt, 6)} {lvl:>5} {target}: {msg}"

    w.add(2, flux, lambda dt: js(level="info", ts=f_iso(dt), msg="server-side apply for cluster definitions completed",
                                 controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", name="radar-apps",
                                 namespace="flux-system", revision="main@sha1:" + w.hexs(40),
                                 output={"Deployment/radar/radar-ingest": "configured", "ConfigMap/radar/radar-ingest-env": "unchanged"}))
    w.add(3, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "radar-ingest", "ScalingReplicaSet", "Normal",
                                   f"Scaled up replica set {new_pod.rsplit('-', 1)[0]} to 1", source="deployment-controller"))
    w.add(4, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Scheduled", "Normal",
                                   f"Successfully assigned {ns}/{new_pod} to {node}", source="default-scheduler"))
    t = 5
    backs = []
    for k in range(4):
        w.add(t, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Pulling", "Normal", f'Pulling image "{img}"', host=node))
        w.add(t + 1, agent, lambda dt: klog(dt, "E", 1187, "remote_image.go:180", "PullImage from image service failed",
              err=f'rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found',
              image=img), ev=(k == 0))
        w.add(t + 1.2, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Failed", "Warning",
              f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found', host=node),
              ev=(k == 0))
        w.add(t + 1.3, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Failed", "Warning", "Error: ErrImagePull", host=node), ev=(k == 0))
        w.add(t + 3, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "BackOff", "Normal", f'Back-off pulling image "{img}"', host=node))
        w.add(t + 3.1, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Failed", "Warning", "Error: ImagePullBackOff", host=node),
              ev=(k == 3))
        w.add(t + 4, agent, lambda dt: klog(dt, "E", 1187, "pod_workers.go:1300", "Error syncing pod, skipping",
              err=f'failed to "StartContainer" for "radar-ingest" with ImagePullBackOff: "Back-off pulling image \\"{img}\\""',
              pod=f"{ns}/{new_pod}", podUID=w.uuid()))
        t += [20, 40, 80, 100][k]
    w.add(t - 30, flux, lambda dt: js(level="error", ts=f_iso(dt), msg="Health check failed after 4m0.0s: timeout waiting for: [Deployment/radar/radar-ingest status: 'InProgress']",
                                      controller="kustomization", name="radar-apps", namespace="flux-system"))
    vol = [w.ri(100, 300)]

    def scan(dt):
        vol[0] += 1
        return (f"{f_iso(dt, 6)}  INFO radar_ingest::level2: volume ingested site=KTLX vcp=212 "
                f"elevations=14 bytes={w.ri(9_000_000, 16_000_000)} seq={vol[0]} decode_ms={w.ri(180, 420)}")
    w.every(0, t, 28, old, scan)
    gens = [
        (3, old, rlog("INFO", "radar_ingest::http", 'GET /metrics 200 0.4ms')),
        (3, mos, lambda dt: f'time="{f_iso(dt)}" level=info msg="mosaic tile rendered" z=7 tiles={w.ri(40, 64)} took={w.ri(300, 900)}ms'),
        (1, old, rlog("DEBUG", "radar_ingest::s3", f"multipart upload complete bucket=l2-archive parts={w.ri(2, 4)}")),
    ]
    w.fill(w.ri(44, 58), 0, t, gens)
    return record(
        w, rid="dev22-img-radar-ingest-manifest", template="image_not_found",
        question="The radar-ingest rollout on the KTLX edge cluster never finishes; why?",
        selector={"namespace": ns, "app": "radar-ingest"},
        severity="ERROR", category="image_pull", component="radar-ingest",
        root_cause="The new radar-ingest ReplicaSet references harbor.wxnet.internal/radar/radar-ingest:v2.14.0, which does not exist in the registry (NotFound while resolving the reference), so the pod stays in ErrImagePull/ImagePullBackOff.",
        summary="Flux applied the v2.14.0 Deployment but the image tag was never pushed; the new pod cannot pull its image and the rollout stalls, while the old v2.13 pod keeps ingesting volumes.",
        action="Push (or fix the CI job that should have pushed) radar-ingest:v2.14.0 to Harbor, or revert the tag in the Git manifest; Flux will then complete the rollout.",
    )


@scenario
def img_tenant_portal_acr_auth():
    """Real estate: AKS node-pool upgrade moves tenant-portal to a pool without AcrPull; all replicas down."""
    w = Win("img_tenant_portal_acr_auth", "2026-02-15T07:02:00", tsfmt="us")
    c = Cluster(w, "aks", "aks-rentwise-prod-neu", region="northeurope")
    oldn = [f"aks-user-{w.ri(10000000, 99999999)}-vmss00000{i}" for i in range(2)]
    pool2 = w.ri(10000000, 99999999)
    newn = [f"aks-user2-{pool2}-vmss00000{i}" for i in range(2)]
    sysn = f"aks-system-{w.ri(10000000, 99999999)}-vmss000000"
    ns = "tenants"
    img = "rentwiseprod.azurecr.io/tenant-portal:3.4.1"
    olds = w.replicas("tenant-portal", 2)
    rs = olds[0].rsplit("-", 1)[0]
    news = [f"{rs}-{w.rs(5)}" for _ in range(2)]
    op = [c.pod(ns, p, "tenant-portal", oldn[i], "tenant-portal") for i, p in enumerate(olds)]
    ev = c.events(ns)
    ev_def = c.events("default")
    kub = c.unit(newn[0], "kubelet")
    ing = c.pod("app-routing-system", w.deploy_pod("nginx"), "controller", sysn, "nginx")
    host = "mijn.rentwise.nl"

    def pino(lvl, msg, k=0, **kw):
        return lambda dt: js(level=lvl, time=f_epoch_ms(dt), pid=1, hostname=olds[k], msg=msg, **kw)

    for i in range(6):
        w.add(i * 2.5, ing, lambda dt: nginx_line(w, dt, w.ch(["GET", "GET", "POST"]), w.ch(["/api/tickets", "/api/rent/balance", "/", "/api/documents"]),
                                                  200, f"{ns}-tenant-portal-3000", w.ip("10.244.2") + ":3000", w.uniform(0.01, 0.09)))
        w.add(i * 2.5 + 0.5, op[i % 2], pino(30, "request completed", k=i % 2, req={"method": "GET", "url": "/api/rent/balance"},
                                               res={"statusCode": 200}, responseTime=w.ri(5, 40)))
    t = 16
    for i, n in enumerate(oldn):
        w.add(t + i * 3, ev_def, lambda dt, n=n: kevent(w, c, dt, "default", "Node", n, "NodeNotSchedulable", "Normal",
              f"Node {n} status is now: NodeNotSchedulable", host=n))
        w.add(t + i * 3 + 1, op[i], pino(30, "SIGTERM received, draining http server", k=i, inflight=w.ri(0, 4)))
        w.add(t + i * 3 + 1.2, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", olds[i], "Killing", "Normal",
              "Stopping container tenant-portal", host=oldn[i]))
        w.add(t + i * 3 + 2, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", news[i], "Scheduled", "Normal",
              f"Successfully assigned {ns}/{news[i]} to {newn[i]}", source="default-scheduler"))
    t = 24
    for k in range(3):
        for i in range(2):
            w.add(t + i, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", news[i], "Pulling", "Normal", f'Pulling image "{img}"', host=newn[i]))
            msg = (f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
                   f'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to '
                   f'https://rentwiseprod.azurecr.io/oauth2/token?scope=repository%3Atenant-portal%3Apull&service=rentwiseprod.azurecr.io: 401 Unauthorized')
            w.add(t + i + 1, ev, lambda dt, i=i, m=msg: kevent(w, c, dt, ns, "Pod", news[i], "Failed", "Warning", m, host=newn[i]),
                  ev=(k == 0))
            w.add(t + i + 1.1, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", news[i], "Failed", "Warning", "Error: ErrImagePull", host=newn[i]))
            w.add(t + i + 4, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", news[i], "Failed", "Warning", "Error: ImagePullBackOff", host=newn[i]),
                  ev=(k == 2 and i == 0))
        w.add(t + 0.9, kub, lambda dt: klog(dt, "E", 2874, "log.go:32", "PullImage from image service failed",
              err=f'rpc error: code = Unknown desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://rentwiseprod.azurecr.io/oauth2/token?scope=repository%3Atenant-portal%3Apull&service=rentwiseprod.azurecr.io: 401 Unauthorized',
              image=img), ev=(k == 0))
        t += [30, 55, 90][k]
    for i in range(16):
        w.add(22 + i * 9, ing, lambda dt: nginx_line(w, dt, w.ch(["GET", "GET", "POST"]), w.ch(["/api/tickets", "/api/rent/balance", "/", "/login"]),
                                                     503, f"{ns}-tenant-portal-3000", "-", 0.0, size=190))
    w.add(30, ing, lambda dt: f'W{f_klog(dt)}       7 controller.go:1214] Service "{ns}/tenant-portal" does not have any active Endpoint.')
    gens = [
        (3, ing, lambda dt: nginx_line(w, dt, w.ch(["GET", "POST"]), w.ch(["/api/work-orders", "/api/work-orders/" + str(w.ri(1000, 9999))]), 200,
                                       f"{ns}-maintenance-api-8080", w.ip("10.244.5") + ":8080", w.uniform(0.01, 0.06))),
    ]
    w.fill(w.ri(66, 80), 0, t, gens)
    return record(
        w, rid="dev22-img-tenant-portal-acr-auth", template="registry_auth",
        question="The tenant portal has been down since the node pool upgrade this morning. What happened?",
        selector={"namespace": ns, "app": "tenant-portal"},
        severity="CRITICAL", category="image_pull", component="tenant-portal",
        root_cause="After the old user pool was cordoned, tenant-portal pods were rescheduled onto the new user2 node pool, whose kubelet identity is not authorized on rentwiseprod.azurecr.io; the token request returns 401 Unauthorized and the image cannot be pulled.",
        summary="Both tenant-portal replicas are stuck in ErrImagePull/ImagePullBackOff on the new nodes, the Service has no endpoints and the ingress returns 503 for every portal request.",
        action="Grant AcrPull to the new node pool's kubelet identity (az aks update --attach-acr rentwiseprod) or configure an imagePullSecret, then delete the stuck pods so they pull again.",
    )


# ---------------------------------------------------------------- probe_failure
@scenario
def probe_gate_assignment_liveness():
    """Aviation: .NET gate-assignment warm-up exceeds the liveness budget on RKE2 -> restart loop."""
    w = Win("probe_gate_assignment_liveness", "2026-02-18T04:31:00")
    c = Cluster(w, "rke2", "rke2-ams-airside", site="AMS-T2")
    node = "rke2-airside-w3"
    node2 = "rke2-airside-w1"
    ns = "gates"
    pod = w.deploy_pod("gate-assignment")
    ga = c.pod(ns, pod, "gate-assignment", node, "gate-assignment")
    disp = c.pod(ns, w.deploy_pod("gate-display-hub"), "hub", node2, "gate-display-hub")
    kub = c.unit(node, "kubelet")
    ev = c.events(ns)
    ip = w.ip("10.42.3")
    uid = w.uuid()

    def net(lvl, cat, msg):
        return [lambda dt: f"{lvl}: {cat}", lambda dt: f"      {msg}"]

    def dn(t0, lvl, cat, msg, ev_=False):
        a, b = net(lvl, cat, msg)
        w.add(t0, ga, a, jitter=False, ev=ev_)
        w.add(t0 + 0.0002, ga, b, jitter=False)

    def elixir(lvl, msg):
        return lambda dt: f"{f_hms(dt)} [{lvl}] {msg}"

    t = 1.3
    for cyc in range(3):
        t += w.uniform(0, 0.5)
        dn(t, "info", "GateAssignment.Program[0]", f"Starting GateAssignment 5.2.0 (.NET 8.0.2) restart={cyc}")
        dn(t + 1.1 + w.uniform(0, 0.3), "info", "GateAssignment.Solver.ModelLoader[0]", "Loading stand/gate constraint model: 214 stands, 1893 rules, 2 timetables")
        for k, pct in enumerate([18, 41, 63]):
            dn(t + 4 + k * 5.5 + w.uniform(0, 0.4), "info", "GateAssignment.Solver.WarmUp[0]", f"Solver warm-up {pct}% (precomputing towing and buffer matrices)")
        ph = w.uniform(0.05, 0.9)
        for p in range(3):
            pt = t + 10 + ph + p * 5
            out = f'Get "http://{ip}:8080/healthz/live": dial tcp {ip}:8080: connect: connection refused'
            w.add(pt, kub, lambda dt, o=out: klog(dt, "I", 5120, "prober.go:107", "Probe failed", probeType="Liveness",
                  pod=f"{ns}/{pod}", podUID=uid, containerName="gate-assignment", probeResult="failure", output=o),
                  ev=(cyc == 0 and p == 2), jitter=False)
            w.add(pt + 0.004, ev, lambda dt, o=out: kevent(w, c, dt, ns, "Pod", pod, "Unhealthy", "Warning",
                  f"Liveness probe failed: {o}", host=node), jitter=False)
        kt = pt + 0.02
        w.add(kt, kub, lambda dt: klog(dt, "I", 5120, "kuberuntime_manager.go:1035", "Message for Container of pod",
              containerName="gate-assignment", containerStatusID=Raw('{"Type":"containerd","ID":"' + w.hexs(64) + '"}'),
              pod=f"{ns}/{pod}", containerMessage="Container gate-assignment failed liveness probe, will be restarted"),
              ev=(cyc == 0), jitter=False)
        w.add(kt + 0.01, ev, lambda dt: kevent(w, c, dt, ns, "Pod", pod, "Killing", "Normal",
              "Container gate-assignment failed liveness probe, will be restarted", host=node), ev=True, jitter=False)
        dn(kt + w.uniform(0.1, 0.3), "info", "Microsoft.Hosting.Lifetime[0]", "Application is shutting down...")
        dn(kt + w.uniform(0.4, 0.6), "warn", "GateAssignment.Solver.WarmUp[0]", "Warm-up cancelled at 71% (OperationCanceledException)")
        if cyc == 2:
            w.add(kt + 3, ev, lambda dt: kevent(w, c, dt, ns, "Pod", pod, "BackOff", "Warning",
                  f"Back-off restarting failed container gate-assignment in pod {pod}_{ns}({uid})", host=node))
        t = kt + [4, 12, 26][cyc]
    for i in range(7):
        w.add(8 + i * 12, disp, elixir("warning", f"GateDisplay.PlanSync: gate plan fetch failed: %Mint.TransportError{{reason: :econnrefused}} "
                                                   f"(serving cached plan, age {90 + i * 12}s)"))
    gens = [
        (4, disp, lambda dt: elixir("info", f"GateDisplay.Channel: pushed board update gates={w.ri(60, 74)} clients={w.ri(120, 180)}")(dt)),
        (2, disp, lambda dt: f"{f_hms(dt)} [info] GET /health Sent 200 in {w.ri(90, 400)}µs"),
        (1, kub, lambda dt: klog(dt, "I", 5120, "kubelet.go:2458", "SyncLoop (probe)", probe="readiness", status="ready",
                                 pod=f"{ns}/{w.deploy_pod('stand-planner')}")),
    ]
    w.fill(w.ri(80, 100), 0, t + 2, gens)
    return record(
        w, rid="dev22-probe-gate-assignment-liveness", template="liveness_kills_slow_start",
        question="Why does gate-assignment restart every half minute after this morning's deploy?",
        selector={"namespace": ns, "app": "gate-assignment"},
        severity="CRITICAL", category="probe_failure", component="gate-assignment",
        root_cause="gate-assignment's solver warm-up takes longer than the liveness probe allows (no startupProbe; three failures within about 20s); the process is healthy but has not opened port 8080 yet, so kubelet kills it mid warm-up and it never finishes starting.",
        summary="The liveness probe on /healthz/live fails with connection refused while the .NET service is still warming up; kubelet restarts the container each cycle and it is now in back-off, so gate-display-hub serves a stale cached plan.",
        action="Add a startupProbe (or raise initialDelaySeconds/failureThreshold) that covers the warm-up time, or start Kestrel before the warm-up and report liveness separately from readiness.",
    )


@scenario
def probe_forecast_api_readiness():
    """Weather: FastAPI forecast-api readiness 503 while reloading tiles for a new run; recovers (GKE)."""
    w = Win("probe_forecast_api_readiness", "2026-02-20T09:47:00", tsfmt="ns")
    c = Cluster(w, "gke", "gke-wx-prod-euw4", location="europe-west4")
    nodes = [f"gke-wx-prod-euw4-default-{w.hexs(8)}-{w.rs(4)}" for _ in range(3)]
    ns = "wx-serving"
    pods = w.replicas("forecast-api", 3)
    st = [c.pod(ns, p, "api", nodes[i], "forecast-api") for i, p in enumerate(pods)]
    wid = c.pod(ns, w.deploy_pod("widget-gateway"), "gateway", nodes[0], "widget-gateway")
    nats = c.pod("messaging", "nats-0", "nats", nodes[1], "nats")
    ev = c.events(ns)
    kub = c.unit(nodes[1], "kubelet")
    run = "2026022006"

    def uv(dt, path, code):
        return f'INFO:     10.8.{w.ri(0, 3)}.{w.ri(2, 250)}:{w.ri(30000, 60000)} - "GET {path} HTTP/1.1" {code} {"OK" if code == 200 else "Service Unavailable"}'

    def applog(lvl, msg):
        return lambda dt: f"{f_space(dt, 3, ',')} {lvl:<8} [forecast_api.tiles] {msg}"

    w.add(9, nats, lambda dt: f"[1] {dt.strftime('%Y/%m/%d %H:%M:%S.')}{dt.microsecond:06d} [INF] JetStream stream \"WX_RUNS\" message published subject=wx.runs.completed run={run}")
    for i in range(3):
        s = st[i]
        w.add(10 + i * 0.2, s, applog("INFO", f"run {run} published; reloading tile cache (480 tiles, 3 variables)"))
        for k, n in enumerate([96, 212, 331, 455]):
            w.add(14 + i + k * 7, s, applog("INFO", f"cache warming {n}/480 tiles loaded"))
        w.add(44 + i * 2, s, applog("INFO", f"tile cache ready run={run} took={33 + i * 2}.{w.ri(0, 9)}s"))
        for p in range(4):
            pt = 15 + i + p * 8 + w.uniform(0, 0.9)
            w.add(pt, s, lambda dt: uv(dt, "/ready", 503), jitter=False)
            w.add(pt + 0.003, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", pods[i], "Unhealthy", "Warning",
                  "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[i]),
                  ev=(p == 0), jitter=False)
            w.add(15.5 + i + p * 8, s, lambda dt: uv(dt, "/live", 200))
        w.add(50 + i * 2, s, lambda dt: uv(dt, "/ready", 200))
    w.add(16, kub, lambda dt: klog(dt, "I", 1903, "prober.go:107", "Probe failed", probeType="Readiness", pod=f"{ns}/{pods[1]}",
                                   podUID=w.uuid(), containerName="api", probeResult="failure",
                                   output="HTTP probe failed with statuscode: 503"), ev=True)
    w.add(54, kub, lambda dt: klog(dt, "I", 1903, "kubelet.go:2458", "SyncLoop (probe)", probe="readiness", status="ready", pod=f"{ns}/{pods[1]}"))
    for i in range(5):
        w.add(20 + i * 6, wid, lambda dt: js(level="warn", time=f_iso(dt), msg="upstream unavailable, serving stale forecast",
                                              upstream="forecast-api", status=503, stale_run="2026022000"))
    for i in range(4):
        w.add(58 + i * 8, wid, lambda dt: js(level="info", time=f_iso(dt), msg="forecast served", run=run, lat=round(w.uniform(47, 55), 2),
                                              lon=round(w.uniform(3, 15), 2), ms=w.ri(12, 45)))
    w.fill(len(w.entries) + w.ri(5, 8), 0, 12, [
        (1, wid, lambda dt: js(level="info", time=f_iso(dt), msg="forecast served", run="2026022000", lat=round(w.uniform(47, 55), 2),
                               lon=round(w.uniform(3, 15), 2), ms=w.ri(10, 40)))])
    gens = [
        (2, wid, lambda dt: js(level="debug", time=f_iso(dt), msg="cache hit", key=f"tile/{w.ri(5, 8)}/{w.ri(10, 200)}/{w.ri(10, 200)}")),
        (2, nats, lambda dt: f"[1] {dt.strftime('%Y/%m/%d %H:%M:%S.')}{dt.microsecond:06d} [INF] 10.8.{w.ri(0, 3)}.{w.ri(2, 250)}:{w.ri(30000, 60000)} - cid:{w.ri(100, 999)} - Client connection closed: Client Closed"),
    ]
    w.fill(w.ri(74, 90), 0, 90, gens)
    return record(
        w, rid="dev22-probe-forecast-api-readiness", template="readiness_during_reload",
        question="Why did the weather widget show yesterday's forecast for about a minute?",
        selector={"namespace": ns, "app": "forecast-api"},
        severity="WARN", category="probe_failure", component="forecast-api",
        root_cause="All three forecast-api pods reload their tile cache at the same time when run 2026022006 is published; /ready returns 503 until the cache is warm, so readiness probes fail and the pods leave the Service endpoints although the processes keep running.",
        summary="For roughly 40 seconds every forecast-api replica is NotReady (readiness 503 during cache warm-up); widget-gateway falls back to the stale 00Z forecast, then all pods become ready again on their own.",
        action="Optional: stagger the reload or keep serving the previous run while the new cache warms (swap atomically), so readiness stays green during run switches.",
    )


# ---------------------------------------------------------------- scheduling
@scenario
def sched_wrf_scaleup():
    """Weather: WRF job pods Pending on EKS until cluster-autoscaler adds HPC nodes (recovers)."""
    w = Win("sched_wrf_scaleup", "2026-02-21T12:41:00")
    c = Cluster(w, "eks", "eks-wx-models-use1", region="us-east-1")
    ns = "wx-models"
    run = "2026022112"
    job = f"wrf-d02-{run}"
    pods = [f"{job}-{w.rs(5)}" for _ in range(4)]
    hpc_old = [f"ip-10-60-{w.ri(64, 95)}-{w.ri(2, 250)}.ec2.internal" for _ in range(2)]
    hpc_new = [f"ip-10-60-{w.ri(96, 127)}-{w.ri(2, 250)}.ec2.internal" for _ in range(2)]
    sysn = f"ip-10-60-{w.ri(0, 31)}-{w.ri(2, 250)}.ec2.internal"
    asg = f"eks-hpc-c6i-{w.hexs(8)}-{w.hexs(4)}-{w.hexs(4)}-{w.hexs(4)}-{w.hexs(12)}"
    ca = c.pod("kube-system", w.deploy_pod("cluster-autoscaler-aws-cluster-autoscaler"), "aws-cluster-autoscaler", sysn, "aws-cluster-autoscaler")
    orch = c.pod(ns, w.deploy_pod("forecast-scheduler"), "scheduler", sysn, "forecast-scheduler")
    ev = c.events(ns)
    evd = c.events("default")
    wrf = [c.pod(ns, pods[i], "wrf", (hpc_old + hpc_new)[i], "wrf-forecast") for i in range(4)]
    img = "611942873310.dkr.ecr.us-east-1.amazonaws.com/wx/wrf:4.5.2-intelmpi"

    def cak(lvl, src, msg):
        return lambda dt: klog_plain(dt, lvl, 1, src, msg)

    w.every(0, 12, 10, ca, cak("I", "static_autoscaler.go:560", "No unschedulable pods"))
    w.add(4, orch, lambda dt: f'time={f_iso(dt)} level=INFO msg="stage submitted" run={run} stage=wrf-d02 job={job} parallelism=4 cpu_per_pod=60')
    for i in range(4):
        w.add(5 + i * 0.2, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", pods[i], "Scheduled" if i < 2 else "FailedScheduling",
              "Normal" if i < 2 else "Warning",
              f"Successfully assigned {ns}/{pods[i]} to {hpc_old[i]}" if i < 2 else
              "0/9 nodes are available: 2 Insufficient cpu, 7 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: 2 No preemption victims found for incoming pod, 7 Preemption is not helpful for scheduling.",
              source="default-scheduler"), ev=(i == 2))
    for i in range(2):
        w.add(8 + i, wrf[i], lambda dt: f" starting wrf.exe run={run} domain=d02 mpi_ranks=60 (waiting for peers 2/4)")
    w.add(15, ca, cak("I", "klogx.go:87", f"Pod {ns}/{pods[2]} is unschedulable"))
    w.add(15.1, ca, cak("I", "klogx.go:87", f"Pod {ns}/{pods[3]} is unschedulable"))
    w.add(15.5, ca, cak("I", "orchestrator.go:565", f"Final scale-up plan: [{{{asg} 2->4 (max: 8)}}]"), ev=True)
    w.add(16, ca, cak("I", "executor.go:147", f"Scale-up: setting group {asg} size to 4"))
    w.add(16.3, ca, cak("I", "auto_scaling_groups.go:258", f"Setting asg {asg} size to 4"))
    for i in (2, 3):
        w.add(17 + i * 0.1, ev, lambda dt, i=i: kevent(w, c, dt, ns, "Pod", pods[i], "TriggeredScaleUp", "Normal",
              f"pod triggered scale-up: [{{{asg} 2->4 (max: 8)}}]", source="cluster-autoscaler"))
    for k in range(3):
        w.add(40 + k * 30, ca, cak("I", "clusterstate.go:435", f"Nodes added to group {asg}: upcoming 2, ready 2, target 4"))
        w.add(48 + k * 30, orch, lambda dt, k=k: f'time={f_iso(dt)} level=WARN msg="stage waiting" run={run} stage=wrf-d02 running=2 pending=2 waited={40 + k * 30}s')
    for i, n in enumerate(hpc_new):
        nt = 118 + i * 7
        w.add(nt, evd, lambda dt, n=n: kevent(w, c, dt, "default", "Node", n, "RegisteredNode", "Normal",
              f"Node {n} event: Registered Node {n} in Controller", source="node-controller"))
        w.add(nt + 14, evd, lambda dt, n=n: kevent(w, c, dt, "default", "Node", n, "NodeReady", "Normal",
              f"Node {n} status is now: NodeReady", host=n))
        p = pods[2 + i]
        w.add(nt + 16, ev, lambda dt, p=p, n=n: kevent(w, c, dt, ns, "Pod", p, "Scheduled", "Normal",
              f"Successfully assigned {ns}/{p} to {n}", source="default-scheduler"))
        w.add(nt + 17, ev, lambda dt, p=p, n=n: kevent(w, c, dt, ns, "Pod", p, "Pulling", "Normal", f'Pulling image "{img}"', host=n))
        w.add(nt + 41, ev, lambda dt, p=p, n=n: kevent(w, c, dt, ns, "Pod", p, "Pulled", "Normal",
              f'Successfully pulled image "{img}" in 23.8s (23.8s including waiting)', host=n))
        w.add(nt + 42, ev, lambda dt, p=p, n=n: kevent(w, c, dt, ns, "Pod", p, "Started", "Normal", "Started container wrf", host=n))
    w.add(170, ca, cak("I", "static_autoscaler.go:560", "No unschedulable pods"))
    w.add(172, orch, lambda dt: f'time={f_iso(dt)} level=INFO msg="stage running" run={run} stage=wrf-d02 running=4 pending=0 queued_for=2m47s')
    tt = 175
    for step in range(6):
        w.add(tt + step * 4, wrf[0], lambda dt, s=step: f" Timing for main: time 2026-02-21_12:0{s}:00 on domain   2:    {w.uniform(1.7, 2.1):.5f} elapsed seconds")
    gens = [
        (3, orch, lambda dt: f'time={f_iso(dt)} level=INFO msg="http request" method=GET path=/healthz status=200 dur={w.ri(1, 3)}ms'),
        (2, ca, cak("I", "filter_out_schedulable.go:66", "Filtering out schedulables")),
    ]
    w.fill(w.ri(58, 70), 0, 198, gens)
    return record(
        w, rid="dev22-sched-wrf-scaleup", template="pending_until_scaleup",
        question="The 12Z WRF run started almost three minutes late. Is something wrong with the cluster?",
        selector={"namespace": ns},
        severity="WARN", category="scheduling", component="wrf-forecast",
        root_cause="Two of the four WRF pods (60 CPU each) could not be scheduled because the HPC node group had only two nodes (Insufficient cpu); they stayed Pending until cluster-autoscaler grew the group from 2 to 4 nodes.",
        summary="FailedScheduling (Insufficient cpu) delayed the wrf-d02 job by about 2m47s; cluster-autoscaler triggered a scale-up, the new nodes registered, the pods were scheduled and the run is progressing normally.",
        action="Optional: keep a warm minimum of four HPC nodes (or schedule a scale-up shortly before the run cycle) to avoid the start delay.",
    )


@scenario
def sched_viewing_quota():
    """Real estate: HPA cannot add pods on OpenShift because the project quota is used up."""
    w = Win("sched_viewing_quota", "2026-02-22T10:05:00", tsfmt="us")
    c = Cluster(w, "openshift", "ocp-homes-prod", cluster_id="9a41f3c2-7b1e-4d55-8c0a-3e6f2d1b7c94")
    nodes = [f"worker-{i}.ocp-homes-prod.rentwise.internal" for i in range(1, 6)]
    ns = "viewings"
    rs = w.deploy_pod("viewing-scheduler").rsplit("-", 1)[0]
    pods = [f"{rs}-{w.rs(5)}" for _ in range(4)]
    vs = [c.pod(ns, p, "viewing-scheduler", nodes[i], "viewing-scheduler") for i, p in enumerate(pods)]
    router = c.pod("openshift-ingress", w.deploy_pod("router-default"), "router", nodes[4], "router")
    kcm = c.pod("openshift-kube-controller-manager", "kube-controller-manager-master-1.ocp-homes-prod.rentwise.internal",
                "kube-controller-manager", "master-1.ocp-homes-prod.rentwise.internal", "kube-controller-manager")
    ev = c.events(ns)
    ips = [w.ip("10.130.2") for _ in range(4)]
    hp = w.ri(30, 60)
    quota_msg = lambda p: (f'pods "{p}" is forbidden: exceeded quota: viewings-compute, requested: limits.cpu=1, '
                           f'used: limits.cpu=8, limited: limits.cpu=8')

    def sp(lvl, thread, logger, msg):
        return lambda dt: spring(dt, lvl, "viewing-scheduler", thread, logger, msg)

    def hap(dt, code, tr, term="----"):
        k = w.ri(0, 3)
        path = w.ch(["/api/viewings/slots?listing=" + str(w.ri(700000, 799999)), "/api/viewings", "/api/viewings/" + str(w.ri(10000, 99999))])
        meth = "POST" if path == "/api/viewings" else "GET"
        return (f"haproxy[{hp}]: {w.ip('10.131.0')}:{w.ri(30000, 60000)} [{dt.strftime('%d/%b/%Y:%H:%M:%S')}.{dt.microsecond // 1000:03d}] "
                f"fe_sni~ be_edge_http:{ns}:viewing-scheduler/pod:{pods[k]}:viewing-scheduler:8080-tcp:{ips[k]}:8080 "
                f"0/{w.ri(0, 3) if code != 503 else 30000}/0/{tr if code != 503 else -1}/{tr if code != 503 else 30001} {code} "
                f"{w.ri(200, 3000) if code != 503 else 0} - - {term} {w.ri(180, 260)}/{w.ri(150, 200)}/{w.ri(60, 90)}/{w.ri(15, 25)}/0 0/{w.ri(0, 40) if code == 503 else 0} \"{meth} {path} HTTP/1.1\"")

    w.add(3, ev, lambda dt: kevent(w, c, dt, ns, "HorizontalPodAutoscaler", "viewing-scheduler", "SuccessfulRescale", "Normal",
                                   "New size: 6; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler"))
    t = 4 + w.uniform(0.1, 0.9)
    for k in range(5):
        p = f"{rs}-{w.rs(5)}"
        w.add(t, ev, lambda dt, p=p: kevent(w, c, dt, ns, "ReplicaSet", rs, "FailedCreate", "Warning",
              "Error creating: " + quota_msg(p), source="replicaset-controller"), ev=(k == 0))
        w.add(t + 0.05, kcm, lambda dt, p=p: klog(dt, "E", 1, "replica_set.go:557", "Unhandled Error",
              err=f'sync "{ns}/{rs}" failed with ' + quota_msg(p)), ev=(k == 0), jitter=False)
        t += [11, 19, 33, 50, 60][k] + w.uniform(0, 0.9)
    w.add(70, ev, lambda dt: kevent(w, c, dt, ns, "HorizontalPodAutoscaler", "viewing-scheduler", "SuccessfulRescale", "Normal",
                                    "New size: 8; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler"))
    w.add(72, ev, lambda dt: kevent(w, c, dt, ns, "ResourceQuota", "viewings-compute", "ExceededQuota", "Warning",
                                    "limits.cpu 8/8 used (viewing-scheduler 4, viewing-notifier 2, redis 2)", source="resource-quota-controller"), ev=True)
    for i in range(16):
        tt = 6 + i * 10
        code, tr, term = (200, w.ri(900, 4200), "----")
        if i > 5 and i % 3 == 0:
            code, tr, term = 503, -1, "sQ--"
        w.add(tt, router, lambda dt, c_=code, tr_=tr, te=term: hap(dt, c_, tr_, te))
    for i in range(8):
        w.add(9 + i * 19, vs[i % 4], sp("WARN", f"http-nio-8080-exec-{w.ri(100, 200)}", "c.r.v.api.SlotController",
              f"slot search slow listing={w.ri(700000, 799999)} took_ms={w.ri(2100, 4800)} active_requests={w.ri(180, 200)}"))
    gens = [
        (3, vs[0], lambda dt: sp("INFO", "scheduling-1", "c.r.v.notify.ReminderJob", f"queued {w.ri(3, 30)} viewing reminders for 11:00")(dt)),
        (2, router, lambda dt: hap(dt, 200, w.ri(200, 900))),
        (2, vs[2], lambda dt: sp("INFO", "http-nio-8080-exec-" + str(w.ri(1, 200)), "c.r.v.api.ViewingController", f"viewing booked id={w.ri(100000, 999999)} agent={w.ri(10, 99)}")(dt)),
    ]
    w.fill(w.ri(46, 58), 0, 170, gens)
    return record(
        w, rid="dev22-sched-viewing-quota", template="quota_blocks_scaleout",
        question="Open-house Saturday: viewing bookings are very slow and some fail. Why isn't the HPA helping?",
        selector={"namespace": ns, "app": "viewing-scheduler"},
        severity="ERROR", category="scheduling", component="viewing-scheduler",
        root_cause="The HPA asks for 6 and then 8 viewing-scheduler replicas, but the ReplicaSet cannot create any new pod because the viewings-compute ResourceQuota (limits.cpu=8) is already fully used.",
        summary="FailedCreate 'exceeded quota: viewings-compute' blocks scale-out; the four existing pods are saturated (2-5 s slot searches) and the router starts returning 503 queue timeouts.",
        action="Raise the viewings-compute quota (or lower per-pod CPU limits / move viewing-notifier and redis out of the quota) so the HPA can add replicas.",
    )


# ---------------------------------------------------------------- dns_resolution
@scenario
def dns_coredns_loop_talos():
    """Aviation: CoreDNS crash-loops with plugin/loop on a Talos cluster; ADS-B services cannot resolve."""
    w = Win("dns_coredns_loop_talos", "2026-02-24T02:12:00")
    c = Cluster(w, "talos", "talos-adsb-ops")
    cp = "talos-cp-1"
    workers = ["talos-wkr-1", "talos-wkr-2", "talos-wkr-3"]
    cds = [f"coredns-{w.rs(10)}-{w.rs(5)}" for _ in range(2)]
    cd = [c.pod("kube-system", p, "coredns", [cp, workers[0]][i], "kube-dns") for i, p in enumerate(cds)]
    agg_pod = w.deploy_pod("adsb-aggregator")
    agg = c.pod("adsb", agg_pod, "aggregator", workers[1], "adsb-aggregator")
    trk = c.pod("adsb", w.deploy_pod("flight-tracker"), "tracker", workers[2], "flight-tracker")
    kub = c.unit(cp, "kubelet")
    ev = c.events("kube-system")
    aip = w.ip("10.244.1")

    def banner(t0, i, cyc):
        lines = [".:53", f"[INFO] plugin/reload: Running configuration SHA512 = {w.hexs(128)}",
                 "CoreDNS-1.11.1", "linux/amd64, go1.20.7, ae2bbc2",
                 f'[FATAL] plugin/loop: Loop (127.0.0.1:{w.ri(33000, 60000)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {w.ri(10**18, 9 * 10**18)}.{w.ri(10**18, 9 * 10**18)}."']
        base = t0 + w.uniform(0, 0.5)
        for j, ln in enumerate(lines):
            w.add(base + j * 0.002 + (0.9 if j == 4 else 0), cd[i], ln, ev=(j == 4 and cyc < 2 and i == 0) or (j == 4 and cyc == 0), jitter=False)

    t = 2
    for cyc in range(3):
        for i in range(2):
            banner(t + i * 2.3, i, cyc)
            w.add(t + i * 2.3 + 2.5, ev, lambda dt, i=i, b=["10s", "20s", "40s"][cyc]: kevent(w, c, dt, "kube-system", "Pod", cds[i], "BackOff", "Warning",
                  f"Back-off restarting failed container coredns in pod {cds[i]}_kube-system({w.uuid()})", host=[cp, workers[0]][i]))
        w.add(t + 3, kub, lambda dt, b=["10s", "20s", "40s"][cyc]: js(msg=klog(dt, "E", 1934, "pod_workers.go:1300", "Error syncing pod, skipping",
              err=f'failed to "StartContainer" for "coredns" with CrashLoopBackOff: "back-off {b} restarting failed container=coredns pod={cds[0]}_kube-system({w.uuid()})"',
              pod=f"kube-system/{cds[0]}"), talos_level="error", talos_service="kubelet", talos_time=f_iso(dt)))
        t += [25, 40, 60][cyc]
    for i in range(9):
        tt = 4 + i * 13
        if i % 2 == 0:
            w.add(tt, agg, lambda dt: f'time={f_iso(dt)} level=ERROR msg="kafka produce failed" topic=adsb.positions batch={w.ri(300, 900)} '
                                      f'err="dial tcp: lookup adsb-kafka-kafka-bootstrap.adsb.svc.cluster.local on 10.96.0.10:53: read udp {aip}:{w.ri(30000, 60000)}->10.96.0.10:53: read: connection refused"')
        else:
            fd = w.ri(1, 6)
            w.add(tt, agg, lambda dt, fd=fd: f'time={f_iso(dt)} level=WARN msg="feeder reconnect failed" feeder=beast-eham-0{fd} '
                                      f'err="dial tcp: lookup feeder-eham-0{fd}.adsb.svc.cluster.local on 10.96.0.10:53: read udp {aip}:{w.ri(30000, 60000)}->10.96.0.10:53: i/o timeout"')
    for i in range(4):
        w.add(10 + i * 25, trk, lambda dt: f"{f_space(dt, 3, ',')} ERROR [tracker.enrich] route lookup failed: HTTPConnectionPool(host='route-db.adsb.svc.cluster.local', port=8080): Max retries exceeded with url: /v1/routes/KLM{w.ri(1000, 1999)} (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f{w.hexs(10)}>: Failed to resolve 'route-db.adsb.svc.cluster.local' ([Errno -3] Temporary failure in name resolution)\"))")
    w.add(100, agg, lambda dt: f'time={f_iso(dt)} level=ERROR msg="position buffer overflow, dropping oldest" dropped={w.ri(20000, 40000)} buffer_cap=200000')
    gens = [
        (3, agg, lambda dt: f'time={f_iso(dt)} level=INFO msg="feeder stats" feeder=beast-eham-0{w.ri(1, 6)} msgs_per_s={w.ri(900, 2400)} aircraft={w.ri(120, 260)}'),
        (2, kub, lambda dt: js(msg=klog(dt, "I", 1934, "kubelet_getters.go:187", "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered",
                                        pod=f"adsb/{agg_pod}"), talos_level="info", talos_service="kubelet", talos_time=f_iso(dt))),
        (1, trk, lambda dt: f"{f_space(dt, 3, ',')} INFO [tracker.state] tracks active={w.ri(180, 260)} stale={w.ri(0, 10)}"),
    ]
    w.fill(w.ri(56, 68), 0, t, gens)
    return record(
        w, rid="dev22-dns-coredns-loop-talos", template="coredns_loop_crashloop",
        question="The ADS-B aggregator cannot reach Kafka or the feeders since about 02:10. What is wrong?",
        selector={"namespace": "adsb"},
        severity="CRITICAL", category="dns_resolution", component="coredns",
        root_cause="Both CoreDNS replicas exit at start-up with [FATAL] plugin/loop: a forwarding loop (forward to 127.0.0.1:53, i.e. back to itself) is detected for zone '.', so CoreDNS crash-loops and cluster DNS at 10.96.0.10 has no backends.",
        summary="CoreDNS is in CrashLoopBackOff (plugin/loop); every lookup in the cluster fails (connection refused / i/o timeout / temporary failure in name resolution), so the ADS-B aggregator cannot reach Kafka or its feeders and drops buffered positions.",
        action="Fix the upstream resolver CoreDNS forwards to (point forward . at a real upstream instead of a resolv.conf that names 127.0.0.x), then restart the CoreDNS pods and check that lookups succeed.",
    )


@scenario
def dns_node_local_upstream():
    """Real estate: node-local-dns upstream (metadata server) timeouts on one GKE node; retries succeed."""
    w = Win("dns_node_local_upstream", "2026-02-23T10:30:00", tsfmt="ns")
    c = Cluster(w, "gke", "gke-homes-prod-euw1", location="europe-west1")
    node = f"gke-homes-prod-euw1-pool-a-{w.hexs(8)}-{w.rs(4)}"
    ns = "listings"
    nld = c.pod("kube-system", f"node-local-dns-{w.rs(5)}", "node-cache", node, "node-local-dns")
    sync_pod = w.deploy_pod("listing-sync")
    sync = c.pod(ns, sync_pod, "listing-sync", node, "listing-sync")
    photo = c.pod(ns, w.deploy_pod("photo-resizer"), "resizer", node, "photo-resizer")
    host = "feeds.homegrid-mls.com"

    def nerr(name, qt):
        return lambda dt: f"[ERROR] plugin/errors: 2 {name}. {qt}: read udp 169.254.20.10:{w.ri(30000, 60000)}->169.254.169.254:53: i/o timeout"

    def py(lvl, msg):
        return lambda dt: f"{f_space(dt, 3, ',')} {lvl} [listing_sync.client] {msg}"

    w.add(1, sync, py("INFO", "delta sync started since=2026-02-23T10:00:00Z"))
    for k in range(6):
        w.add(3 + k * 6, nld, nerr(host, "A"), ev=(k < 2))
        w.add(3.2 + k * 6, nld, nerr(host, "AAAA"))
    for k in range(3):
        w.add(8 + k * 9, sync, py("WARNING", f"attempt {k + 1}/5 failed: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: /odata/Property?$filter=ModificationTimestamp%20gt%202026-02-23T10:00:00Z (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f{w.hexs(10)}>: Failed to resolve '{host}' ([Errno -3] Temporary failure in name resolution)\")); retrying in {2 ** (k + 1)}s"),
              ev=(k == 0))
    for k in range(2):
        w.add(12 + k * 10, nld, nerr("storage.googleapis.com", "A"))
        w.add(13 + k * 10, photo, lambda dt: js(level="warn", ts=f_iso(dt), caller="upload/gcs.go:71", msg="upload failed, will retry",
                                                 bucket="rw-listing-photos", err='Post "https://storage.googleapis.com/upload/storage/v1/b/rw-listing-photos/o?alt=json&uploadType=multipart": dial tcp: lookup storage.googleapis.com on 169.254.20.10:53: read udp 10.52.3.17:41234->169.254.20.10:53: i/o timeout'))
    w.add(36, nld, lambda dt: '[WARNING] plugin/health: Local health request to "http://169.254.20.10:8080/health" took more than 1s: 1.243s')
    w.add(40, sync, py("INFO", "attempt 4/5 succeeded"))
    w.add(41, sync, py("INFO", "delta sync finished listings_updated=312 photos_queued=1045 took=41.6s"))
    w.add(43, photo, lambda dt: js(level="info", ts=f_iso(dt), caller="upload/gcs.go:88", msg="upload retried ok", bucket="rw-listing-photos", attempts=2))
    gens = [
        (3, photo, lambda dt: js(level="info", ts=f_iso(dt), caller="resize/worker.go:54", msg="resized", listing=w.ri(700000, 799999), variants=4, ms=w.ri(40, 200))),
        (2, sync, lambda dt: f'{f_space(dt, 3, ",")} INFO [uvicorn.access] 10.52.3.1:{w.ri(30000, 60000)} - "GET /healthz HTTP/1.1" 200'),
        (2, nld, lambda dt: coredns_q(w, dt, w.ip("10.52.3"), f"listing-db.{ns}.svc.cluster.local.")),
    ]
    w.fill(w.ri(30, 40), 0, 70, gens)
    return record(
        w, rid="dev22-dns-node-local-upstream", template="nodelocal_upstream_timeout",
        question="Why did the 10:30 MLS delta sync take three retries?",
        selector={"namespace": ns, "app": "listing-sync"},
        severity="WARN", category="dns_resolution", component="node-local-dns",
        root_cause="node-local-dns on the node times out forwarding external queries to its upstream resolver (169.254.169.254:53), so names such as feeds.homegrid-mls.com and storage.googleapis.com temporarily do not resolve.",
        summary="For about half a minute external lookups on one node failed (i/o timeout in node-local-dns, NameResolutionError in listing-sync, GCS upload retries in photo-resizer); the retries then succeeded and the sync finished.",
        action="Optional: watch node-local-dns upstream errors on that node; if it recurs, check the node's metadata-server DNS path or drain/recreate the node.",
    )


# ---------------------------------------------------------------- connection_refused
@scenario
def conn_bag_router_rabbitmq():
    """Aviation: RabbitMQ node stuck waiting for Mnesia peers, AMQP port closed; Elixir bag-router gets econnrefused (RKE2)."""
    w = Win("conn_bag_router_rabbitmq", "2026-02-25T05:40:00", tsfmt="us")
    c = Cluster(w, "rke2", "rke2-ams-airside", site="AMS-T2")
    ns = "baggage"
    nodes = ["rke2-airside-w1", "rke2-airside-w2", "rke2-airside-w4"]
    rmq = c.pod(ns, "rabbitmq-server-0", "rabbitmq", nodes[2], "rabbitmq")
    br_pods = w.replicas("bag-router", 2)
    br = [c.pod(ns, p, "bag-router", nodes[i], "bag-router") for i, p in enumerate(br_pods)]
    bsm = c.pod(ns, w.deploy_pod("bsm-gateway"), "bsm-gateway", nodes[1], "bsm-gateway")
    rip = w.ip("10.43.77")
    peers = "['rabbit@rabbitmq-server-1.rabbitmq-nodes.baggage','rabbit@rabbitmq-server-2.rabbitmq-nodes.baggage']"

    def rl(lvl, msg):
        return lambda dt: f"{f_iso_off(dt, 6).replace('T', ' ')} [{lvl}] <0.{w.ri(200, 260)}.0> {msg}"

    def ex(lvl, msg, **md):
        meta = " ".join(f"{k}={v}" for k, v in md.items())
        return lambda dt: f"{f_hms(dt)} {meta + ' ' if meta else ''}[{lvl}] {msg}"

    w.add(1, rmq, rl("info", "Starting RabbitMQ 3.12.13 on Erlang 26.2.2 [jit]"))
    w.add(1.5, rmq, rl("info", "Node database directory at /var/lib/rabbitmq/mnesia/rabbit@rabbitmq-server-0.rabbitmq-nodes.baggage is non-empty"))
    t = 3
    for k in range(4):
        w.add(t, rmq, rl("info", f"Waiting for Mnesia tables for 30000 ms, {9 - k} retries left"), ev=(k == 0))
        w.add(t + 30, rmq, rl("warning", f"Error while waiting for Mnesia tables: {{timeout_waiting_for_tables,{peers},[rabbit_durable_queue]}}"),
              ev=(k == 0))
        t += 30.05
    for i in range(10):
        k = i % 2
        w.add(2 + i * 11, br[k], ex("error", "Cannot connect to RabbitMQ broker: :econnrefused",
                                    mfa="BroadwayRabbitMQ.Producer.handle_info/2"), ev=(i < 2))
        w.add(2.1 + i * 11, br[k], ex("warning", f"Reconnecting to RabbitMQ at amqp://rabbitmq.{ns}.svc:5672 in 5000ms (attempt {i // 2 + 3})"))
    for i in range(9):
        w.add(6 + i * 13, bsm, lambda dt: spring(dt, "ERROR", "bsm-gateway", f"http-nio-8080-exec-{w.ri(1, 20)}", "c.a.b.route.RouteClient",
              f"route request for tag 0{w.ri(100, 999)}{w.ri(100000, 999999)} failed: 503 Service Unavailable from POST http://bag-router:4000/api/route "
              f"(body: {{\"error\":\"amqp_unavailable\"}})"))
    w.add(40, br[0], ex("error", "GenServer BagRouter.Publisher terminating\n** (stop) {:error, :econnrefused}\nLast message: :connect", pid="<0.2871.0>"))
    gens = [
        (3, br[1], lambda dt: ex("info", f"GET /health 200 in {w.ri(100, 900)}µs", request_id=w.rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))(dt)),
        (2, bsm, lambda dt: spring(dt, "INFO", "bsm-gateway", "bsm-listener-1", "c.a.b.bsm.BsmParser", f"BSM received .V/1LAMS .F/KL{w.ri(1000, 1999)}/{w.ri(10, 28)}FEB count=1")),
        (1, rmq, rl("info", "Peer discovery backend rabbit_peer_discovery_k8s does not support registration, skipping registration.")),
    ]
    w.fill(w.ri(50, 62), 0, t, gens)
    return record(
        w, rid="dev22-conn-bag-router-rabbitmq", template="broker_refusing",
        question="Bag routing requests fail with 503 and bag-router logs econnrefused. What is down?",
        selector={"namespace": ns},
        severity="ERROR", category="connection_refused", component="rabbitmq",
        root_cause="rabbitmq-server-0 restarted and is stuck waiting for its Mnesia tables from peers rabbitmq-server-1 and -2, so it never opens its AMQP listener; connections to rabbitmq.baggage.svc:5672 are refused.",
        summary="bag-router's Broadway producers cannot connect to RabbitMQ (:econnrefused) and answer 503 amqp_unavailable, so bsm-gateway's route requests for baggage tags fail.",
        action="Bring the other RabbitMQ peers back (or force_boot rabbitmq-server-0 if they are gone) so the broker finishes booting and listens on 5672; bag-router reconnects automatically.",
    )


@scenario
def conn_mosaic_minio_restart():
    """Weather: radar-mosaic (Go) uploads to MinIO refused during a MinIO restart; retries succeed (k3s)."""
    w = Win("conn_mosaic_minio_restart", "2026-02-26T18:03:00")
    c = Cluster(w, "k3s", "k3s-radar-ktlx", site="KTLX")
    node = "ktlx-edge-01"
    node2 = "ktlx-edge-02"
    ns = "radar"
    mos_pod = w.deploy_pod("radar-mosaic")
    mos = c.pod(ns, mos_pod, "mosaic", node, "radar-mosaic")
    mio = c.pod("storage", "minio-0", "minio", node2, "minio")
    ev = c.events("storage")
    mip = w.ip("10.43.118")

    def gl(lvl, msg, extra=""):
        return lambda dt: f'time="{f_iso(dt)}" level={lvl} msg="{msg}"' + (" " + extra if extra else "")

    w.add(6, ev, lambda dt: kevent(w, c, dt, "storage", "StatefulSet", "minio", "SuccessfulDelete", "Normal",
                                   "delete Pod minio-0 in StatefulSet minio successful", source="statefulset-controller"))
    w.add(6.5, mio, lambda dt: "Exiting on signal: TERMINATED")
    w.add(9, ev, lambda dt: kevent(w, c, dt, "storage", "Pod", "minio-0", "Scheduled", "Normal",
                                   f"Successfully assigned storage/minio-0 to {node2}", source="default-scheduler"))
    w.add(10, ev, lambda dt: kevent(w, c, dt, "storage", "Pod", "minio-0", "Pulling", "Normal",
                                    'Pulling image "quay.io/minio/minio:RELEASE.2024-02-17T01-15-57Z"', host=node2))
    w.add(31, ev, lambda dt: kevent(w, c, dt, "storage", "Pod", "minio-0", "Started", "Normal", "Started container minio", host=node2))
    banner = ["MinIO Object Storage Server", "Copyright: 2015-2024 MinIO, Inc.", "License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>",
              "Version: RELEASE.2024-02-17T01-15-57Z (go1.21.7 linux/amd64)", "", "Status:         1 Online, 0 Offline. ",
              f"S3-API: http://{w.ip('10.42.1')}:9000  http://127.0.0.1:9000 ", "Console: http://10.42.1.9:9001 http://127.0.0.1:9001 "]
    bt = 33 + w.uniform(0, 0.8)
    for j, b in enumerate(banner):
        w.add(bt + j * 0.003, mio, b, jitter=False)
    for k in range(5):
        key = f"mosaic/ktlx/2026/02/26/1803{k:02d}_z7.png"
        w.add(8 + k * 5, mos, gl("warning", "upload failed, retrying",
              f'key={key} attempt={k + 1} err="Put \\"http://minio.storage.svc:9000/radar-products/{key}\\": dial tcp {mip}:9000: connect: connection refused"'),
              ev=(k < 2))
    w.add(34.5, mos, gl("info", "upload ok after retry", "key=mosaic/ktlx/2026/02/26/180304_z7.png attempts=6"))
    w.add(35, mos, gl("info", "upload backlog drained", "queued=5 drained=5 took=27.3s"))
    for k in range(10):
        w.add(36 + k * 5.5, mos, lambda dt: f'time="{f_iso(dt)}" level=info msg="mosaic tile rendered" z=7 tiles={w.ri(40, 64)} took={w.ri(300, 900)}ms')
    gens = [
        (3, mos, lambda dt: f'time="{f_iso(dt)}" level=debug msg="level2 volume received" site=KTLX elev={w.ch(["0.5", "0.9", "1.3", "1.8"])} bytes={w.ri(800000, 1600000)}'),
    ]
    w.add(34, mio, lambda dt: js(level="INFO", time=f_iso(dt, 6), message="Bucket notification target webhook:wxnotify is online"))
    w.fill(w.ri(31, 38), 0, 95, gens)
    return record(
        w, rid="dev22-conn-mosaic-minio-restart", template="dependency_restart_refused",
        question="Why were there upload errors in radar-mosaic around 18:03?",
        selector={"namespace": ns, "app": "radar-mosaic"},
        severity="WARN", category="connection_refused", component="minio",
        root_cause="The minio-0 pod was deleted and recreated by its StatefulSet; for about 25 seconds nothing listened on minio.storage.svc:9000, so radar-mosaic's uploads were refused.",
        summary="radar-mosaic PUTs to MinIO failed with 'connect: connection refused' while minio-0 restarted; after MinIO came back online the retries succeeded and the upload backlog drained.",
        action="No action required; optionally run MinIO with more than one replica or schedule restarts outside product cycles.",
    )


# ---------------------------------------------------------------- timeout
@scenario
def timeout_fare_gds():
    """Aviation: fare-shopping (Spring WebFlux) times out on gds-connector (Go), which waits on the GDS; ingress 504 (EKS)."""
    w = Win("timeout_fare_gds", "2026-02-27T14:20:00")
    c = Cluster(w, "eks", "eks-skyair-shop-euw1", region="eu-west-1")
    nodes = [f"ip-10-80-{w.ri(0, 63)}-{w.ri(2, 250)}.eu-west-1.compute.internal" for _ in range(3)]
    ns = "shopping"
    fs_pod = w.deploy_pod("fare-shopping")
    fs = c.pod(ns, fs_pod, "fare-shopping", nodes[0], "fare-shopping")
    gds = c.pod(ns, w.deploy_pod("gds-connector"), "gds-connector", nodes[1], "gds-connector")
    ing = c.pod("ingress-nginx", w.deploy_pod("ingress-nginx-controller"), "controller", nodes[2], "ingress-nginx")
    fip = w.ip("10.80.12")
    routes = ["AMS-JFK", "HEL-NRT", "CDG-YUL", "FRA-SIN", "AMS-BCN", "HEL-LHR"]

    def sp(lvl, thread, logger, msg):
        return lambda dt: spring(dt, lvl, "fare-shopping", thread, logger, msg)

    def gz(lvl, caller, msg, **kw):
        return lambda dt: js(level=lvl, ts=f_iso(dt), caller=caller, msg=msg, **kw)

    for i in range(3):
        w.add(1 + i * 3, gds, lambda dt: js(level="info", ts=f_iso(dt), caller="gds/client.go:142", msg="gds call", provider="1A",
              op="Fare_MasterPricerTravelBoardSearch", dur=f"{w.uniform(0.8, 2.2):.2f}s", status="OK"))
        w.add(2 + i * 3, ing, lambda dt: nginx_line(w, dt, "GET", f"/api/v1/offers?od={w.ch(routes)}&date=2026-04-1{w.ri(0, 9)}&pax=1",
                                                    200, f"{ns}-fare-shopping-8080", f"{fip}:8080", w.uniform(0.9, 2.4)))
    t = 12
    for i in range(9):
        od = w.ch(routes)
        d = w.uniform(24.5, 29.9)
        w.add(t, gds, lambda dt, d=d: js(level="warn", ts=f_iso(dt), caller="gds/client.go:151", msg="gds call slow", provider="1A",
              op="Fare_MasterPricerTravelBoardSearch", dur=f"{d:.2f}s", session_pool_wait="0.00s"), ev=(i < 2))
        w.add(t + 0.4, gds, lambda dt: js(level="error", ts=f_iso(dt), caller="api/offers.go:77", msg="request failed", path="/offers/search",
              err="Post \"https://nodeD1.production.webservices.amadeus.com/1ASIWSKYAIR\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
              status=504), ev=(i == 0))
        w.add(t + 0.6, fs, sp("ERROR", f"reactor-http-epoll-{w.ri(1, 8)}", "c.s.f.offers.OfferSearchService",
              f"offer search failed od={od}: org.springframework.web.reactive.function.client.WebClientRequestException: "
              f"io.netty.handler.timeout.ReadTimeoutException; nested exception is io.netty.handler.timeout.ReadTimeoutException"))
        w.add(t + 0.7, ing, lambda dt, od=od: f'{dt.strftime("%Y/%m/%d %H:%M:%S")} [error] 28#28: *{w.ri(10**6, 9 * 10**6)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: {w.ip("81.2")}, server: api.skyair.example, request: "GET /api/v1/offers?od={od}&date=2026-04-12&pax=2 HTTP/1.1", upstream: "http://{fip}:8080/api/v1/offers?od={od}&date=2026-04-12&pax=2", host: "api.skyair.example"')
        w.add(t + 0.71, ing, lambda dt, od=od: nginx_line(w, dt, "GET", f"/api/v1/offers?od={od}&date=2026-04-12&pax=2", 504, f"{ns}-fare-shopping-8080",
                                                          f"{fip}:8080", 30.001, size=160), jitter=False)
        t += w.uniform(6, 11)
    gens = [
        (3, gds, lambda dt: js(level="info", ts=f_iso(dt), caller="gds/session.go:63", msg="session pool", active=w.ri(4, 12), idle=w.ri(20, 28), max=32)),
        (3, ing, lambda dt: nginx_line(w, dt, "GET", f"/api/v1/airports?q={w.ch(['ams', 'hel', 'jfk', 'bcn'])}", 200, f"{ns}-airport-search-8080",
                                       w.ip("10.80.33") + ":8080", w.uniform(0.004, 0.03))),
        (2, fs, lambda dt: spring(dt, "INFO", "fare-shopping", f"reactor-http-epoll-{w.ri(1, 8)}", "c.s.f.cache.OfferCache",
                                  f"cache hit od={w.ch(routes)} age={w.ri(10, 290)}s")),
    ]
    w.fill(w.ri(62, 76), 0, t, gens)
    return record(
        w, rid="dev22-timeout-fare-gds", template="upstream_read_timeout",
        question="Flight search returns 504 Gateway Timeout for most routes. Where is the time going?",
        selector={"namespace": ns},
        severity="ERROR", category="timeout", component="gds-connector",
        root_cause="gds-connector's pricing calls to the 1A GDS web service take 25-30 s and hit its client deadline; fare-shopping's WebClient read timeout and ingress-nginx's 30 s proxy timeout fire first, so searches end in 504.",
        summary="Uncached offer searches fail: gds-connector logs slow GDS calls and context deadline exceeded, fare-shopping logs ReadTimeoutException, ingress-nginx answers 504 after 30 s; the session pool is not exhausted.",
        action="Check GDS latency with the provider, lower per-call timeouts with a fallback (serve cached offers / circuit breaker) so callers fail fast instead of hanging to 30 s.",
    )


@scenario
def timeout_rent_payments_istio():
    """Real estate: rent-ledger (.NET) calls payment-gateway through Istio; 504 UT during the 1st-of-month peak, recovers (AKS)."""
    w = Win("timeout_rent_payments_istio", "2026-03-01T08:00:00")
    c = Cluster(w, "aks", "aks-rentwise-prod-neu", region="northeurope")
    nodes = [f"aks-user2-{w.ri(10000000, 99999999)}-vmss00000{i}" for i in range(3)]
    led_pod = w.deploy_pod("rent-ledger")
    led = c.pod("ledger", led_pod, "rent-ledger", nodes[0], "rent-ledger")
    led_px = c.pod("ledger", led_pod, "istio-proxy", nodes[0], "rent-ledger")
    pg_pod = w.deploy_pod("payment-gateway")
    pg = c.pod("payments", pg_pod, "payment-gateway", nodes[1], "payment-gateway")
    up = f"{w.ip('10.244.7')}:8080"
    clus = "outbound|8080||payment-gateway.payments.svc.cluster.local"

    def serilog(lvl, mt, **props):
        return lambda dt: json.dumps({"@t": f_iso(dt, 7), "@mt": mt, **({"@l": lvl} if lvl != "Information" else {}), **props,
                                      "SourceContext": "RentLedger.Collection.MandateCollector"}, separators=(",", ":"))

    for i in range(4):
        w.add(1 + i * 3, led_px, lambda dt: envoy_line(w, dt, "POST", "/v1/collections", 201, "-", "payment-gateway.payments:8080", up, clus, w.ri(120, 400), rx=w.ri(300, 600), ua="-"))
    w.add(10, led, serilog("Information", "Starting monthly collection run {RunId} for {TenantCount} tenants", RunId="2026-03", TenantCount=18244))
    for i in range(10):
        tt = 14 + i * 4.5
        dur = w.ri(15500, 24000)
        w.add(tt, pg, lambda dt, d=dur: js(level="warn", ts=f_iso(dt), msg="slow request", method="POST", path="/v1/collections",
              status=201, duration_ms=d, bank_api_ms=d - w.ri(50, 200), inflight=w.ri(180, 240)), ev=(i < 2))
        w.add(tt + 0.1, led_px, lambda dt: envoy_line(w, dt, "POST", "/v1/collections", 504, "UT", "payment-gateway.payments:8080", up, clus, 15001,
                                                      detail="response_timeout", rx=w.ri(300, 600), tx=24, ua="-"), ev=(i == 0))
        w.add(tt + 0.2, led, serilog("Warning", "Collection for tenant {TenantId} timed out after {Elapsed} ms, will retry ({Attempt}/3)",
                                     TenantId=w.ri(100000, 199999), Elapsed=15001, Attempt=1 if i < 6 else 2))
    for i in range(8):
        w.add(62 + i * 3.5, led_px, lambda dt: envoy_line(w, dt, "POST", "/v1/collections", 201, "-", "payment-gateway.payments:8080", up, clus, w.ri(300, 1900), rx=w.ri(300, 600), ua="-"))
        w.add(62.2 + i * 3.5, pg, lambda dt: js(level="info", ts=f_iso(dt), msg="request completed", method="POST", path="/v1/collections",
                                                status=201, duration_ms=w.ri(300, 1900)))
    w.add(92, led, serilog("Information", "Collection run {RunId}: {Done} collected, {Retried} retried, {Failed} failed", RunId="2026-03", Done=4210, Retried=37, Failed=0))
    gens = [
        (3, pg, lambda dt: js(level="info", ts=f_iso(dt), msg="request completed", method="GET", path="/healthz", status=200, duration_ms=w.ri(0, 2))),
        (2, led_px, lambda dt: envoy_line(w, dt, "GET", "/v1/tenants/" + str(w.ri(100000, 199999)), 200, "-", "tenant-directory.tenants:8080",
                                          f"{w.ip('10.244.9')}:8080", "outbound|8080||tenant-directory.tenants.svc.cluster.local", w.ri(3, 20), ua="-")),
    ]
    w.fill(w.ri(58, 66), 0, 95, gens)
    return record(
        w, rid="dev22-timeout-rent-payments-istio", template="mesh_response_timeout",
        question="rent-ledger logged collection timeouts at the start of the monthly run. Do we need to do something?",
        selector={"namespace": "ledger", "app": "rent-ledger"},
        severity="WARN", category="timeout", component="payment-gateway",
        root_cause="At the start of the monthly collection run payment-gateway answered in 15-24 s (waiting on the bank API), longer than the 15 s Istio route timeout, so the sidecar returned 504 UT (response_timeout) to rent-ledger.",
        summary="For about 45 seconds collections timed out with Envoy 504 UT; latency then returned to normal, rent-ledger's retries succeeded and the run finished with 0 failures.",
        action="Optional: spread the collection run (rate-limit tenant batches) or raise the route timeout for /v1/collections; no immediate action needed.",
    )


# ---------------------------------------------------------------- tls_certificate
@scenario
def tls_lock_gateway_unknown_issuer():
    """Real estate: Rust smart-lock gateway on microk8s rejects the lock vendor's new broker certificate (UnknownIssuer)."""
    w = Win("tls_lock_gateway_unknown_issuer", "2026-03-02T19:04:00")
    c = Cluster(w, "microk8s", "mk8s-herengracht-118", building="HG118")
    node = "hg118-edge-01"
    ns = "access"
    gw_pod = w.deploy_pod("lock-gateway")
    gw = c.pod(ns, gw_pod, "lock-gateway", node, "lock-gateway")
    api = c.pod(ns, w.deploy_pod("tenant-access-api"), "api", node, "tenant-access-api")
    broker = "mqtt.lockhub-cloud.com:8883"

    def rt(lvl, target, msg):
        return lambda dt: f"{f_iso(dt, 6)} {lvl:>5} {target}: {msg}"

    w.add(1, gw, rt("INFO", "lock_gateway::cloud", f"connecting to broker {broker} client_id=hg118-gw-01 ca_bundle=/etc/lockhub/ca.pem (2 certs)"))
    t = 2 + w.uniform(0, 0.5)
    for k in range(6):
        w.add(t, gw, rt("ERROR", "lock_gateway::cloud", f"MQTT connection failed broker={broker} error=TLS error: invalid peer certificate: UnknownIssuer"),
              ev=(k < 2), jitter=False)
        w.add(t + 0.01, gw, rt("WARN", "rumqttc::eventloop", f"reconnecting in {min(2 ** (k + 1), 30)}s"), jitter=False)
        t += min(2 ** (k + 1), 30) + w.uniform(0.1, 0.6)
    w.add(20, gw, rt("WARN", "lock_gateway::queue", "cloud link down for 18s; 3 unlock commands pending, 0 delivered"))
    units = ["1A", "2B", "3A", "3C", "4B"]
    for i in range(6):
        u = w.ch(units)
        rq = f"req-{w.ri(100, 999)}"
        w.add(8 + i * 10, api, lambda dt, u=u, rq=rq: js(level=50, time=f_epoch_ms(dt), pid=1, hostname="tenant-access-api", reqId=rq,
              msg="unlock failed", unit=u, door="main-entrance", err="lock-gateway: cloud link unavailable (503)"))
        w.add(8.95 + i * 10, api, lambda dt, rq=rq: js(level=30, time=f_epoch_ms(dt), pid=1, hostname="tenant-access-api", reqId=rq,
              req={"method": "POST", "url": "/v1/doors/main-entrance/unlock"}, res={"statusCode": 502}, responseTime=w.ri(40, 120), msg="request completed"),
              jitter=False)
    gens = [
        (4, gw, lambda dt: rt("INFO", "lock_gateway::zigbee", f"door sensor unit={w.ch(units)} state={w.ch(['closed', 'closed', 'open'])} lqi={w.ri(120, 255)}")(dt)),
        (2, gw, rt("DEBUG", "lock_gateway::http", "GET /healthz 200 (local=ok, cloud=degraded)")),
        (2, api, lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname="tenant-access-api", reqId=f"req-{w.ri(100, 999)}",
                               req={"method": "GET", "url": "/v1/doors"}, res={"statusCode": 200}, responseTime=w.ri(3, 20), msg="request completed")),
    ]
    w.fill(w.ri(38, 48), 0, t, gens)
    return record(
        w, rid="dev22-tls-lock-gateway-unknown-issuer", template="unknown_ca",
        question="Tenants at Herengracht 118 cannot open the front door from the app. What is wrong?",
        selector={"namespace": ns},
        severity="ERROR", category="tls_certificate", component="lock-gateway",
        root_cause="lock-gateway rejects the lock vendor broker's certificate (rustls: invalid peer certificate: UnknownIssuer): the broker now presents a chain from an issuer that is not in the gateway's pinned CA bundle /etc/lockhub/ca.pem.",
        summary="The gateway's MQTT link to mqtt.lockhub-cloud.com:8883 fails at the TLS handshake and keeps reconnecting; unlock commands queue up and tenant-access-api returns 502 for door unlocks.",
        action="Add the vendor's new issuing CA to the lock-gateway CA bundle (ConfigMap/Secret behind /etc/lockhub/ca.pem) and restart the gateway; verify the chain with openssl s_client.",
    )


@scenario
def tls_swim_kafka_expired():
    """Aviation: AMQ Streams (Strimzi) broker certificate expired on OpenShift; SWIM adapter and ops board cannot connect."""
    w = Win("tls_swim_kafka_expired", "2026-03-03T05:58:00", tsfmt="us")
    c = Cluster(w, "openshift", "ocp-airline-prod", cluster_id="5c0d6a1e-93f4-4b7e-9a3c-1f7d2e8b4a60")
    nodes = [f"worker-{i}.ocp-airline-prod.skyair.internal" for i in range(4)]
    ns = "swim"
    op = c.pod("amq-streams", w.deploy_pod("amq-streams-cluster-operator"), "strimzi-cluster-operator", nodes[0], "strimzi")
    kb = [c.pod(ns, f"swim-kafka-kafka-{i}", "kafka", nodes[i + 1], "swim-kafka") for i in range(2)]
    ad = c.pod(ns, w.deploy_pod("swim-adapter"), "swim-adapter", nodes[2], "swim-adapter")
    ob = c.pod("flight-ops", w.deploy_pod("ops-board"), "ops-board", nodes[3], "ops-board")
    boot = f"swim-kafka-kafka-bootstrap.{ns}.svc:9093"
    adip = w.ip("10.131.0")
    kbip = [w.ip("10.130.2"), w.ip("10.129.4")]

    def kl(dt, lvl, msg, cls):
        return f"{f_space(dt, 3, ',')} {lvl} {msg} ({cls}) [data-plane-kafka-network-thread-0-ListenerName(TLS-9093)-SSL-{w.ri(0, 7)}]"

    w.add(2, op, lambda dt: f"{dt.strftime('%Y-%m-%d %H:%M:%S')} WARN  CaReconciler:218 - Reconciliation #4411(timer) Kafka({ns}/swim-kafka): "
                            f"Cluster CA certificate in Secret swim-kafka-cluster-ca-cert is user-managed (generateCertificateAuthority=false) "
                            f"and expired at 2026-03-03T05:45:00Z; it will not be renewed by the operator", ev=True)
    t = 4
    for k in range(8):
        w.add(t, ad, lambda dt: f"%3|{f_epoch(dt):.3f}|FAIL|rdkafka#producer-1| [thrd:ssl://{boot}/bootstrap]: ssl://{boot}/bootstrap: "
                                f"SSL handshake failed: error:0A000086:SSL routines::certificate verify failed: certificate has expired "
                                f"(after {w.ri(2, 9)}ms in state SSL_HANDSHAKE, {k + 1} identical error(s) suppressed)", ev=(k == 0))
        w.add(t + 0.05, kb[k % 2], lambda dt: kl(dt, "INFO", f"[SocketServer listenerType=ZK_BROKER, nodeId={k % 2}] Failed authentication with /{adip} "
                                                  f"(channelId={kbip[k % 2]}:9093-{adip}:{w.ri(30000, 60000)}-{w.ri(10, 99)}) (SSL handshake failed)",
                                                  "org.apache.kafka.common.network.Selector"), jitter=False)
        t += w.uniform(7, 12)
    w.multi(20, ob, [lambda dt: spring(dt, "ERROR", "ops-board", "kafka-admin-1", "o.a.k.c.NetworkClient",
                                       f"[Consumer clientId=ops-board-1, groupId=ops-board] Connection to node -1 ({boot.split(':')[0]}/{w.ip('172.30.41')}:9093) failed authentication due to: SSL handshake failed"),
                     lambda dt: "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
                     lambda dt: "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)",
                     lambda dt: "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Tue Mar 03 05:45:00 UTC 2026"],
            ev_all=False, ev_first=False)
    for i in range(5):
        w.add(30 + i * 12, ad, lambda dt, i=i: f"{f_space(dt, 3, ',')} WARNING [swim_adapter.producer] delivery queue {62 + i * 8}% full "
                                              f"(fixm_flight={w.ri(20000, 40000)} msgs); SWIM JMS consumer throttled")
    w.add(92, ad, lambda dt: f"{f_space(dt, 3, ',')} ERROR [swim_adapter.producer] local queue full, dropping oldest FIXM messages dropped={w.ri(800, 2000)}")
    gens = [
        (3, ad, lambda dt: f"{f_space(dt, 3, ',')} INFO [swim_adapter.jms] received {w.ri(80, 220)} FIXM messages from SWIM topic FDPS.FlightData in last 10s"),
        (2, kb[0], lambda dt: f"{f_space(dt, 3, ',')} INFO [ProducerStateManager partition=__consumer_offsets-{w.ri(0, 49)}] Wrote producer snapshot at offset {w.ri(10**6, 9 * 10**6)} with 0 producer ids in 1 ms. (kafka.log.ProducerStateManager) [kafka-scheduler-{w.ri(0, 9)}]"),
        (1, op, lambda dt: f"{dt.strftime('%Y-%m-%d %H:%M:%S')} INFO  AbstractOperator:511 - Reconciliation #{w.ri(4412, 4420)}(timer) KafkaTopic({ns}/fixm.flights): reconciled"),
    ]
    w.fill(w.ri(44, 54), 0, 95, gens)
    return record(
        w, rid="dev22-tls-swim-kafka-expired", template="expired_server_cert",
        question="The SWIM adapter stopped publishing flight data to Kafka around 05:45. Why?",
        selector={"namespace": ns},
        severity="ERROR", category="tls_certificate", component="swim-kafka",
        root_cause="The swim-kafka cluster's TLS certificates chain to a user-managed cluster CA that expired at 05:45 and that the operator does not renew; clients reject the broker certificate during the TLS handshake (certificate has expired).",
        summary="swim-adapter (librdkafka) and ops-board (Java, CertificateExpiredException) fail the SSL handshake on port 9093; brokers log failed authentications, and the adapter's queue fills up and starts dropping FIXM messages.",
        action="Renew the user-managed cluster CA (swim-kafka-cluster-ca-cert and key) and let the operator roll the brokers, or switch to operator-managed CAs; then confirm the clients reconnect.",
    )


# ---------------------------------------------------------------- auth_failure
@scenario
def auth_forecast_publisher_s3():
    """Weather: forecast-publisher (Python/boto3) gets AccessDenied on S3 PutObject via IRSA (EKS)."""
    w = Win("auth_forecast_publisher_s3", "2026-03-03T04:31:00")
    c = Cluster(w, "eks", "eks-wx-models-use1", region="us-east-1")
    node = f"ip-10-60-{w.ri(0, 31)}-{w.ri(2, 250)}.ec2.internal"
    ns = "wx-publish"
    pod = w.deploy_pod("forecast-publisher")
    pub = c.pod(ns, pod, "publisher", node, "forecast-publisher")
    orch = c.pod("wx-models", w.deploy_pod("forecast-scheduler"), "scheduler", node, "forecast-scheduler")
    run = "2026030300"
    hook_addr = "0x7f" + w.hexs(10)
    role = "wx-forecast-publisher"
    bucket = "wx-open-data-products"

    def pl(lvl, msg):
        return lambda dt: f"{f_space(dt, 3, ',')} {lvl} [publisher.s3] {msg}"

    w.add(1, pub, pl("INFO", f"publishing run {run}: 212 GRIB2 files, 38 NetCDF files -> s3://{bucket}/gfs/{run}/"))
    w.add(1.5, pub, lambda dt: f"{f_space(dt, 3, ',')} INFO [botocore.credentials] Found credentials from assume role with web identity (AWS_ROLE_ARN=arn:aws:iam::611942873310:role/{role})")
    t = 3
    for k in range(4):
        key = f"gfs/{run}/gfs.t00z.pgrb2.0p25.f{k * 3:03d}"
        tb = [
            lambda dt, key=key: f"{f_space(dt, 3, ',')} ERROR [publisher.s3] upload failed key={key}",
            "Traceback (most recent call last):",
            '  File "/app/publisher/s3.py", line 88, in upload',
            "    self.client.upload_file(path, self.bucket, key, ExtraArgs=self.extra)",
            '  File "/usr/local/lib/python3.12/site-packages/boto3/s3/transfer.py", line 378, in upload_file',
            "    raise S3UploadFailedError(",
            f"boto3.exceptions.S3UploadFailedError: Failed to upload /scratch/{run}/{key.split('/')[-1]} to {bucket}/{key}: An error occurred (AccessDenied) when calling the PutObject operation: "
            f"User: arn:aws:sts::611942873310:assumed-role/{role}/botocore-session-{w.ri(1700000000, 1799999999)} is not authorized to perform: s3:PutObject on resource: "
            f"\"arn:aws:s3:::{bucket}/{key}\" because no identity-based policy allows the s3:PutObject action",
        ]
        if k < 2:
            w.multi(t, pub, [x if callable(x) else (lambda dt, x=x: x) for x in tb], ev_first=False, ev_idx=(len(tb) - 1,))
        else:
            w.add(t, pub, pl("ERROR", f"upload failed key={key}: AccessDenied (PutObject) for assumed-role/{role}"))
        t += w.uniform(6, 10)
    w.add(t + 1, pub, pl("ERROR", f"run {run}: 0/250 objects published, giving up after 4 consecutive AccessDenied"))
    w.add(t + 3, orch, lambda dt: f'time={f_iso(dt)} level=ERROR msg="stage failed" run={run} stage=publish err="publisher exited with status 1" attempt=1')
    w.add(t + 4, orch, lambda dt: f'time={f_iso(dt)} level=WARN msg="open data feed stale" run_published=2026030218 expected={run} lag=4h31m')
    done = [w.ri(150, 170)]

    def prog(dt):
        done[0] = min(250, done[0] + w.ri(3, 12))
        return f'time={f_iso(dt)} level=INFO msg="stage progress" run=2026030300 stage=postproc done={done[0]} total=250'
    w.every(0, t, 9, orch, prog)
    gens = [
        (2, pub, lambda dt: f"{f_space(dt, 3, ',')} INFO [publisher.checksum] sha256 ok file=/scratch/{run}/gfs.t00z.pgrb2.0p25.f{w.ri(0, 80) * 3:03d}"),
        (1, pub, lambda dt: f"{f_space(dt, 3, ',')} DEBUG [botocore.hooks] Event before-parameter-build.s3.PutObject: calling handler <function validate_ascii_metadata at {hook_addr}>"),
    ]
    w.fill(w.ri(36, 44), 0, t + 5, gens)
    return record(
        w, rid="dev22-auth-forecast-publisher-s3", template="iam_access_denied",
        question="Why wasn't the 00Z GFS run published to the open-data bucket?",
        selector={"namespace": ns, "app": "forecast-publisher"},
        severity="ERROR", category="auth_failure", component="forecast-publisher",
        root_cause="The IRSA role wx-forecast-publisher that forecast-publisher assumes has no identity-based policy allowing s3:PutObject on wx-open-data-products, so every upload fails with AccessDenied.",
        summary="forecast-publisher authenticates via web identity but all PutObject calls are denied; no objects of run 2026030300 were published, the publish stage failed and the open-data feed is 4.5 hours stale.",
        action="Restore s3:PutObject (and multipart actions) on arn:aws:s3:::wx-open-data-products/* in the role's IAM policy, then re-run the publish stage.",
    )


@scenario
def auth_crew_roster_pg_password():
    """Aviation: .NET crew-roster cannot log in to PostgreSQL (28P01) after a secret rotation; crash loop on AKS."""
    w = Win("auth_crew_roster_pg_password", "2026-03-04T05:10:00", tsfmt="ns")
    c = Cluster(w, "aks", "aks-skyair-ops-weu", region="westeurope")
    nodes = [f"aks-ops-{w.ri(10000000, 99999999)}-vmss00000{i}" for i in range(3)]
    ns = "crew"
    pod = w.deploy_pod("crew-roster")
    cr = c.pod(ns, pod, "crew-roster", nodes[0], "crew-roster")
    pg = c.pod(ns, "crew-pg-1", "postgres", nodes[1], "crew-pg")
    eso = c.pod("external-secrets", w.deploy_pod("external-secrets"), "external-secrets", nodes[2], "external-secrets")
    bff = c.pod(ns, w.deploy_pod("crew-app-bff"), "bff", nodes[2], "crew-app-bff")
    ev = c.events(ns)
    cip = w.ip("10.244.3")

    def pgrec(dt):
        return js(level="info", ts=f_iso(dt, 6), logger="postgres", msg="record", logging_pod="crew-pg-1",
                  record={"log_time": f_space(dt, 3, ".", " UTC"), "user_name": "crew_roster", "database_name": "roster",
                          "process_id": str(w.ri(2000, 9000)), "connection_from": f"{cip}:{w.ri(30000, 60000)}",
                          "session_id": f"{w.hexs(8)}.{w.hexs(4)}", "session_line_num": "1", "command_tag": "authentication",
                          "error_severity": "FATAL", "sql_state_code": "28P01",
                          "message": 'password authentication failed for user "crew_roster"',
                          "detail": 'Connection matched file "/var/lib/postgresql/data/pgdata/pg_hba.conf" line 21: "host all all all scram-sha-256"',
                          "backend_type": "client backend"})

    w.add(1, eso, lambda dt: js(level="info", ts=f_iso(dt), logger="controllers.ExternalSecret", msg="reconciled secret",
                                ExternalSecret={"name": "crew-roster-db", "namespace": ns}, refreshInterval="1h",
                                secretStoreRef="azure-kv-ops", version="7f3c2a1b9e"))
    w.add(3, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "crew-roster", "ScalingReplicaSet", "Normal",
                                   f"Scaled up replica set {pod.rsplit('-', 1)[0]} to 1", source="deployment-controller"))
    t = 6 + w.uniform(0, 0.9)
    for cyc in range(3):
        w.add(t, cr, "info: CrewRoster.Program[0]", jitter=False)
        w.add(t + 0.0002, cr, "      Starting crew-roster 2.8.3 (env=Production)", jitter=False)
        w.add(t + 0.9, cr, "info: CrewRoster.Data.Migrations[0]", jitter=False)
        w.add(t + 0.9002, cr, "      Checking database schema on Host=crew-pg-rw.crew.svc;Database=roster;Username=crew_roster", jitter=False)
        w.add(t + 1.1, pg, pgrec, ev=(cyc == 0), jitter=False)
        exc = ["fail: Microsoft.Extensions.Hosting.Internal.Host[11]",
               "      Hosting failed to start",
               "      Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"crew_roster\"",
               "         at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
               "         at Npgsql.Internal.NpgsqlConnector.AuthenticateSASL(List`1 mechanisms, String username, Boolean async, CancellationToken cancellationToken)",
               "         at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
               "         at CrewRoster.Data.Migrations.SchemaCheck.StartAsync(CancellationToken cancellationToken) in /src/CrewRoster/Data/Migrations/SchemaCheck.cs:line 42",
               "Unhandled exception. Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"crew_roster\""]
        for j, ln in enumerate(exc):
            w.add(t + 1.2 + j * 0.0003, cr, ln, ev=(j == 2 and cyc < 2), jitter=False)
        w.add(t + 3, ev, lambda dt, b=["10s", "20s", "40s"][cyc]: kevent(w, c, dt, ns, "Pod", pod, "BackOff", "Warning",
              f"Back-off restarting failed container crew-roster in pod {pod}_{ns}({w.uuid()})", host=nodes[0]), ev=(cyc == 2))
        t += [16, 29, 52][cyc] + w.uniform(0, 0.8)
    for i in range(6):
        w.add(10 + i * 14, bff, lambda dt: js(level="error", time=f_iso(dt), msg="roster fetch failed", upstream="crew-roster",
                                              status=503, path=f"/v1/roster/{w.ri(10000, 99999)}/2026-03", err="no healthy upstream"))
    gens = [
        (1, pg, lambda dt: js(level="info", ts=f_iso(dt, 6), logger="postgres", msg="record", logging_pod="crew-pg-1",
                              record={"log_time": f_space(dt, 3, ".", " UTC"), "error_severity": "LOG", "sql_state_code": "00000",
                                      "message": f"checkpoint complete: wrote {w.ri(20, 300)} buffers ({w.uniform(0.1, 1.9):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled",
                                      "backend_type": "checkpointer"})),
        (3, bff, lambda dt: js(level="info", time=f_iso(dt), msg="request completed", path="/v1/duty-free-allowance", status=200, ms=w.ri(3, 20))),
    ]
    w.fill(w.ri(52, 62), 0, t, gens)
    return record(
        w, rid="dev22-auth-crew-roster-pg-password", template="db_password_rejected",
        question="crew-roster is in CrashLoopBackOff since the early morning. What is failing?",
        selector={"namespace": ns, "app": "crew-roster"},
        severity="CRITICAL", category="auth_failure", component="crew-roster",
        root_cause="crew-roster's database credentials are rejected by PostgreSQL (28P01 password authentication failed for user crew_roster), apparently after the crew-roster-db secret was re-synced from Key Vault with a password the database does not have; the start-up schema check throws and the host exits.",
        summary="Every start of crew-roster fails with Npgsql 28P01 and 'Hosting failed to start'; the pod is in CrashLoopBackOff and crew-app-bff gets 503 for roster requests.",
        action="Make the Key Vault secret and the crew_roster role password match again (ALTER ROLE ... PASSWORD or restore the previous secret version), then restart crew-roster.",
    )


# ---------------------------------------------------------------- config_error
@scenario
def cfg_plc_bridge_secret_key():
    """Aviation: baggage PLC bridge cannot start, Secret key missing after a resealed secret (microk8s edge)."""
    w = Win("cfg_plc_bridge_secret_key", "2026-03-05T03:12:00")
    c = Cluster(w, "microk8s", "mk8s-bhs-t2", site="AMS-T2-BHS")
    node = "bhs-edge-02"
    ns = "bhs"
    old_pod = w.deploy_pod("bhs-plc-bridge")
    new_pod = w.deploy_pod("bhs-plc-bridge")
    old = c.pod(ns, old_pod, "plc-bridge", node, "bhs-plc-bridge")
    ss = c.pod("kube-system", w.deploy_pod("sealed-secrets-controller"), "sealed-secrets-controller", node, "sealed-secrets")
    sorter = c.pod(ns, w.deploy_pod("sorter-supervisor"), "supervisor", node, "sorter-supervisor")
    kub = c.unit(node, "kubelet")
    ev = c.events(ns)
    err = "couldn't find key PLC_PASSWORD in Secret bhs/plc-bridge-credentials"

    def gl(lvl, msg, **kw):
        extra = "".join(f" {k}={v}" for k, v in kw.items())
        return lambda dt: f"time={f_iso(dt)} level={lvl} msg=\"{msg}\"{extra}"

    for i in range(4):
        w.add(1 + i * 4, old, gl("INFO", "plc heartbeat", plc="S7-1500/SORT-2", cycle_ms=w.ri(8, 14), tags_read=412))
    w.add(10, ss, lambda dt: f"{dt.strftime('%Y/%m/%d %H:%M:%S')} Updating bhs/plc-bridge-credentials")
    w.add(10.2, ss, lambda dt: f"{dt.strftime('%Y/%m/%d %H:%M:%S')} Event(v1.ObjectReference{{Kind:\"SealedSecret\", Namespace:\"bhs\", Name:\"plc-bridge-credentials\", UID:\"{w.uuid()}\", APIVersion:\"bitnami.com/v1alpha1\", ResourceVersion:\"{w.ri(10**6, 9 * 10**6)}\", FieldPath:\"\"}}): type: 'Normal' reason: 'Unsealed' SealedSecret unsealed successfully")
    w.add(14, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "bhs-plc-bridge", "ScalingReplicaSet", "Normal",
                                    f"Scaled down replica set {old_pod.rsplit('-', 1)[0]} to 0 from 1", source="deployment-controller"))
    w.add(14.5, old, gl("INFO", "SIGTERM received, closing PLC session", plc="S7-1500/SORT-2"))
    w.add(16, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "bhs-plc-bridge", "ScalingReplicaSet", "Normal",
                                    f"Scaled up replica set {new_pod.rsplit('-', 1)[0]} to 1", source="deployment-controller"))
    w.add(17, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Scheduled", "Normal", f"Successfully assigned {ns}/{new_pod} to {node}", source="default-scheduler"))
    t = 18
    for k in range(5):
        w.add(t, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Pulled", "Normal",
              'Container image "registry.bhs.local/bhs/plc-bridge:1.12.0" already present on machine', host=node), jitter=False)
        w.add(t + 0.1, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Failed", "Warning", f"Error: {err}", host=node), ev=(k < 2), jitter=False)
        w.add(t + 0.15, kub, lambda dt: klog(dt, "E", 2403, "pod_workers.go:1300", "Error syncing pod, skipping",
              err=f'failed to "StartContainer" for "plc-bridge" with CreateContainerConfigError: "{err}"', pod=f"{ns}/{new_pod}", podUID=w.uuid()),
              ev=(k == 0), jitter=False)
        t += [11, 13, 17, 24, 30][k] + w.uniform(0, 0.8)
    for i in range(5):
        w.add(40 + i * 18, sorter, lambda dt, i=i: f"{f_space(dt, 3, ',')} {'WARNING' if i < 2 else 'ERROR'} [supervisor.plc] no telegrams from plc-bridge for {25 + i * 18}s; "
                                                   f"SORT-2 {'holding' if i < 2 else 'switched to manual encoding, bags diverted to MES-2'}")
    gens = [
        (3, sorter, lambda dt: f"{f_space(dt, 3, ',')} INFO [supervisor.plc] SORT-1 telegrams ok rate={w.ri(30, 60)}/s"),
        (2, kub, lambda dt: klog(dt, "I", 2403, "kubelet_getters.go:187", "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered",
                                 pod=f"{ns}/{new_pod}")),
    ]
    w.fill(w.ri(40, 50), 0, t, gens)
    return record(
        w, rid="dev22-cfg-plc-bridge-secret-key", template="secret_key_missing",
        question="SORT-2 went to manual encoding after tonight's maintenance. Why isn't the PLC bridge running?",
        selector={"namespace": ns, "app": "bhs-plc-bridge"},
        severity="CRITICAL", category="config_error", component="bhs-plc-bridge",
        root_cause="The resealed Secret bhs/plc-bridge-credentials no longer contains the key PLC_PASSWORD that the bhs-plc-bridge container references, so the new pod fails with CreateContainerConfigError and never starts; the old pod was already scaled down.",
        summary="After the secret update and rollout, bhs-plc-bridge is down (couldn't find key PLC_PASSWORD in Secret); the sorter supervisor gets no PLC telegrams and SORT-2 has fallen back to manual encoding.",
        action="Restore the PLC_PASSWORD key in the SealedSecret (or fix the secretKeyRef to the renamed key) and re-apply; the pending pod will then start.",
    )


@scenario
def cfg_netcdf_converter_complevel():
    """Weather: Celery netcdf-converter rejects an invalid compression level from its ConfigMap (kind CI cluster)."""
    w = Win("cfg_netcdf_converter_complevel", "2026-03-05T06:12:00")
    c = Cluster(w, "kind", "kind-wx-ci")
    nodes = ["wx-ci-worker", "wx-ci-worker2"]
    ns = "wx-pipeline"
    conv_pod = w.deploy_pod("netcdf-converter")
    conv = c.pod(ns, conv_pod, "worker", nodes[0], "netcdf-converter")
    runner = c.pod("ci", f"runner-{w.rs(5)}-{w.rs(5)}", "runner", nodes[1], "actions-runner")
    rmq = c.pod(ns, "rabbitmq-0", "rabbitmq", nodes[1], "rabbitmq")
    runs = ["2026030500", "2026030506"]

    def cel(dt, lvl, who, msg):
        return f"[{f_space(dt, 3, ',')}: {lvl}/{who}] {msg}"

    w.add(1, runner, lambda dt: "+ kubectl apply -k deploy/overlays/ci")
    w.add(2, runner, lambda dt: "configmap/netcdf-converter-config configured")
    w.add(2.1, runner, lambda dt: "deployment.apps/netcdf-converter configured")
    w.add(9, conv, lambda dt: cel(dt, "INFO", "MainProcess", "Connected to amqp://ci:**@rabbitmq-0.rabbitmq.wx-pipeline.svc:5672//"))
    w.add(9.5, conv, lambda dt: cel(dt, "INFO", "MainProcess", "celery@" + conv_pod + " ready."))
    w.add(9.6, conv, lambda dt: cel(dt, "INFO", "MainProcess", "converter config loaded from /etc/converter/config.yaml profile=ci-nightly output.format=NETCDF4 output.complevel=12"),
          ev=True)
    t = 14
    for k in range(6):
        tid = w.uuid()
        run = runs[k % 2]
        w.add(t, conv, lambda dt, tid=tid, run=run: cel(dt, "INFO", "MainProcess", f"Task converter.tasks.to_netcdf[{tid}] received"))
        tb = [
            lambda dt, tid=tid: cel(dt, "ERROR", f"ForkPoolWorker-{w.ri(1, 4)}", f"Task converter.tasks.to_netcdf[{tid}] raised unexpected: ValueError('invalid value for output.complevel in /etc/converter/config.yaml: 12 (must be an integer 0-9)')"),
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
            "    R = retval = fun(*args, **kwargs)",
            '  File "/app/converter/tasks.py", line 64, in to_netcdf',
            "    enc = encoding_for(ds, cfg.output)",
            '  File "/app/converter/encoding.py", line 31, in encoding_for',
            "    raise ValueError(f\"invalid value for output.complevel in {cfg.source}: {lvl} (must be an integer 0-9)\")",
            "ValueError: invalid value for output.complevel in /etc/converter/config.yaml: 12 (must be an integer 0-9)",
        ]
        if k < 3:
            w.multi(t + 1.5, conv, [x if callable(x) else (lambda dt, x=x: x) for x in tb], ev_first=(k < 2))
        else:
            w.add(t + 1.5, conv, tb[0])
        t += w.uniform(5, 9)
    w.add(t + 2, runner, lambda dt: "FAILED tests/integration/test_pipeline.py::test_radar_to_netcdf_roundtrip - AssertionError: no NetCDF output for run 2026030506 after 60s")
    w.add(t + 2.5, runner, lambda dt: "========== 1 failed, 41 passed, 3 skipped in 212.48s (0:03:32) ==========")
    w.add(t + 3, runner, lambda dt: "Error: Process completed with exit code 1.")
    gens = [
        (2, rmq, lambda dt: f"{f_iso_off(dt, 6).replace('T', ' ')} [info] <0.{w.ri(900, 999)}.0> accepting AMQP connection <0.{w.ri(900, 999)}.0> ({w.ip('10.244.1')}:{w.ri(30000, 60000)} -> {w.ip('10.244.2')}:5672)"),
        (3, runner, lambda dt: f"PASSED tests/integration/test_pipeline.py::test_{w.ch(['grib_index', 'radar_decode', 'tile_render', 'metadata_cf', 'publish_dryrun'])}_{w.ri(1, 9)}"),
        (2, conv, lambda dt: cel(dt, "INFO", "MainProcess", "sync with celery@" + w.deploy_pod("radar-decoder"))),
    ]
    w.fill(w.ri(58, 72), 0, t + 3, gens)
    return record(
        w, rid="dev22-cfg-netcdf-converter-complevel", template="invalid_config_value",
        question="The nightly pipeline test fails with no NetCDF output. What is wrong with the converter?",
        selector={"namespace": ns, "app": "netcdf-converter"},
        severity="ERROR", category="config_error", component="netcdf-converter",
        root_cause="The netcdf-converter ConfigMap applied by CI sets output.complevel=12; the converter only accepts 0-9, so every to_netcdf task raises ValueError and no NetCDF file is produced.",
        summary="After 'configmap/netcdf-converter-config configured', the Celery worker starts fine but every conversion task fails on the invalid compression level, and the integration test times out waiting for NetCDF output.",
        action="Set output.complevel to a valid value (e.g. 4) in the ci overlay ConfigMap, re-apply and restart the worker; add schema validation of the config to CI.",
    )


# ---------------------------------------------------------------- resource_exhausted
@scenario
def res_radar_ingest_ephemeral():
    """Weather: radar-ingest backfill fills its emptyDir spool; evicted repeatedly for ephemeral-storage (k3s)."""
    w = Win("res_radar_ingest_ephemeral", "2026-03-06T11:20:00")
    c = Cluster(w, "k3s", "k3s-radar-ktlx", site="KTLX")
    node = "ktlx-edge-01"
    ns = "radar"
    kub = c.unit(node, "kubelet")
    ev = c.events(ns)
    mos = c.pod(ns, w.deploy_pod("radar-mosaic"), "mosaic", node, "radar-mosaic")
    rs = w.deploy_pod("radar-ingest").rsplit("-", 1)[0]

    def rlog(lvl, target, msg):
        return lambda dt: f"{f_iso(dt, 6)} {lvl:>5} {target}: {msg}"

    t = 1
    for cyc in range(2):
        pod = f"{rs}-{w.rs(5)}"
        st = c.pod(ns, pod, "radar-ingest", node, "radar-ingest")
        if cyc:
            w.add(t - 2, ev, lambda dt, p=pod: kevent(w, c, dt, ns, "Pod", p, "Scheduled", "Normal", f"Successfully assigned {ns}/{p} to {node}", source="default-scheduler"))
        w.add(t, st, rlog("INFO", "radar_ingest", "starting radar-ingest v2.13.2 site=KTLX spool=/spool (emptyDir)"))
        w.add(t + 1, st, rlog("INFO", "radar_ingest::backfill", "gap detected 05:02Z-11:14Z; backfilling 74 volumes from noaa-nexrad-level2"))
        for k, gib in enumerate([0.6, 1.1, 1.5, 1.8, 1.96]):
            w.add(t + 4 + k * 7, st, rlog("INFO" if gib < 1.5 else "WARN", "radar_ingest::spool",
                  f"spool usage {gib:.2f}GiB volumes_pending={10 + k * 12} uploaded={k * 2}"), ev=(gib >= 1.8 and cyc == 0))
        et = t + 40
        w.add(et, kub, lambda dt, p=pod: klog(dt, "W", 1187, "eviction_manager.go:440", "Eviction manager: pod ephemeral local storage usage exceeds the total limit of containers 2Gi",
                                              pod=f"{ns}/{p}"), ev=True)
        w.add(et + 0.3, ev, lambda dt, p=pod: kevent(w, c, dt, ns, "Pod", p, "Evicted", "Warning",
              "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ", host=node), ev=(cyc == 0))
        w.add(et + 0.4, ev, lambda dt, p=pod: kevent(w, c, dt, ns, "Pod", p, "Killing", "Normal", "Stopping container radar-ingest", host=node))
        w.add(et + 0.8, st, rlog("WARN", "radar_ingest", "received SIGTERM; 34 spooled volumes not uploaded will be lost (emptyDir)"))
        w.add(et + 2, kub, lambda dt, p=pod: klog(dt, "I", 1187, "eviction_manager.go:608", "Eviction manager: pod is evicted successfully", pod=f"{ns}/{p}"))
        t = et + 6
    w.add(t + 5, mos, lambda dt: f'time="{f_iso(dt)}" level=error msg="no new volumes for 6h18m" site=KTLX last=2026-03-06T05:02:11Z')
    gens = [
        (3, mos, lambda dt: f'time="{f_iso(dt)}" level=warning msg="mosaic stale, skipping render" site=KTLX age={w.ri(370, 380)}m'),
        (2, kub, lambda dt: klog(dt, "I", 1187, "kubelet_getters.go:187", "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered",
                                 pod=f"{ns}/{w.deploy_pod('radar-mosaic')}")),
    ]
    w.fill(w.ri(36, 44), 0, t + 6, gens)
    return record(
        w, rid="dev22-res-radar-ingest-ephemeral", template="ephemeral_storage_eviction",
        question="KTLX radar data stopped at 05:02Z and radar-ingest keeps disappearing. What is happening?",
        selector={"namespace": ns, "app": "radar-ingest"},
        severity="CRITICAL", category="resource_exhausted", component="radar-ingest",
        root_cause="radar-ingest's backfill of 74 volumes is spooled into an emptyDir that grows past the 2Gi ephemeral-storage limit of the pod, so kubelet evicts the pod; each replacement starts the same backfill and is evicted again, losing the spooled volumes.",
        summary="Repeated ephemeral-storage evictions of radar-ingest (spool reaches ~2GiB before uploads catch up); the spooled data is lost on every eviction and the KTLX mosaic has had no new volumes for over six hours.",
        action="Give the spool a PVC or raise the ephemeral-storage limit, and throttle the backfill so uploads keep pace (upload before fetching more); then let the backfill rerun.",
    )


@scenario
def res_listing_api_hikari_leak():
    """Real estate: Spring listing-api leaks JDBC connections in a feed export; HikariCP pool exhausted (GKE)."""
    w = Win("res_listing_api_hikari_leak", "2026-03-07T13:40:00")
    c = Cluster(w, "gke", "gke-homes-prod-euw1", location="europe-west1")
    nodes = [f"gke-homes-prod-euw1-pool-a-{w.hexs(8)}-{w.rs(4)}" for _ in range(3)]
    ns = "listings"
    pod = w.deploy_pod("listing-api")
    api = c.pod(ns, pod, "listing-api", nodes[0], "listing-api")
    pg = c.pod(ns, "listings-pg-0", "postgres", nodes[1], "listings-pg")
    ing = c.pod("ingress-nginx", w.deploy_pod("ingress-nginx-controller"), "controller", nodes[2], "ingress-nginx")
    aip = w.ip("10.52.0")

    def sp(lvl, thread, logger, msg):
        return lambda dt: spring(dt, lvl, "listing-api", thread, logger, msg)

    for i in range(5):
        w.add(1 + i * 2, ing, lambda dt: nginx_line(w, dt, "GET", f"/api/v1/listings/{w.ri(700000, 799999)}", 200, f"{ns}-listing-api-8080", f"{aip}:8080", w.uniform(0.01, 0.08)))
    w.add(6, api, sp("INFO", "http-nio-8080-exec-17", "c.h.l.export.FeedExportController", "partner feed export started partner=woonfeed format=xml"))
    for k in range(3):
        thread = f"http-nio-8080-exec-{[17, 23, 4][k]}"
        w.multi(12 + k * 9, api, [sp("WARN", "housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                                     f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{w.hexs(8)} on thread {thread}, stack trace follows"),
                                  lambda dt: "java.lang.Exception: Apparent connection leak detected",
                                  lambda dt: "\tat com.homely.listings.export.FeedExportService.streamRows(FeedExportService.java:142)",
                                  lambda dt: "\tat com.homely.listings.export.FeedExportController.export(FeedExportController.java:58)"],
                ev_first=(k < 2))
    for k in range(4):
        w.add(30 + k * 9, api, sp("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                                  f"HikariPool-1 - Pool stats (total=20, active=20, idle=0, waiting={8 + k * 9})"), ev=(k == 0))
    for i in range(10):
        tt = 40 + i * 6 + w.uniform(0, 0.9)
        w.add(tt, api, sp("ERROR", f"http-nio-8080-exec-{w.ri(30, 200)}", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
              "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: "
              "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection] with root cause\n"
              "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms "
              f"(total=20, active=20, idle=0, waiting={30 + i})"), ev=(i == 0), jitter=False)
        w.add(tt + 0.02, ing, lambda dt: nginx_line(w, dt, "GET", f"/api/v1/listings/{w.ri(700000, 799999)}", 500, f"{ns}-listing-api-8080",
                                                    f"{aip}:8080", w.uniform(30.0, 30.2), size=312), jitter=False)
    gens = [
        (1, pg, lambda dt: f"{f_space(dt, 3, '.', ' UTC')} [{w.ri(100, 999)}] LOG:  checkpoint complete: wrote {w.ri(50, 900)} buffers ({w.uniform(0.1, 3.0):.1f}%); 0 WAL file(s) added, 0 removed, {w.ri(0, 2)} recycled; write={w.uniform(1, 30):.3f} s, sync=0.00{w.ri(1, 9)} s, total={w.uniform(1, 30):.3f} s"),
        (2, api, lambda dt: spring(dt, "INFO", "listing-api", f"http-nio-8080-exec-{w.ri(1, 200)}", "c.h.l.web.RequestLog", f"GET /actuator/health/liveness 200 {w.ri(1, 3)}ms")),
        (4, ing, lambda dt: nginx_line(w, dt, "GET", f"/static/img/{w.hexs(12)}.webp", 200, f"{ns}-image-cdn-8080", w.ip("10.52.2") + ":8080", w.uniform(0.002, 0.02))),
    ]
    w.add(50, pg, lambda dt: f"{f_space(dt, 3, '.', ' UTC')} [{w.ri(100, 999)}] LOG:  automatic vacuum of table \"listings.public.listing_photos\": index scans: 1, pages: 0 removed, {w.ri(9000, 12000)} remain, tuples: {w.ri(200, 900)} removed")
    w.fill(w.ri(64, 76), 0, 105, gens)
    return record(
        w, rid="dev22-res-listing-api-hikari-leak", template="connection_pool_exhausted",
        question="listing-api returns 500 on listing pages after 30 seconds. The database looks fine; what is wrong?",
        selector={"namespace": ns, "app": "listing-api"},
        severity="ERROR", category="resource_exhausted", component="listing-api",
        root_cause="listing-api's HikariCP pool (20 connections) is exhausted because FeedExportService.streamRows leaks connections (Hikari leak detection fires on the export threads); other requests wait 30 s for a connection and fail.",
        summary="After a partner feed export started, Hikari reports apparent connection leaks and total=20 active=20 idle=0 with a growing wait queue; listing requests fail with SQLTransientConnectionException and ingress-nginx logs 500s after ~30 s while PostgreSQL itself is healthy.",
        action="Restart listing-api to free the pool now, and fix FeedExportService.streamRows to close its connection/stream (try-with-resources) before re-enabling the export.",
    )


# ---------------------------------------------------------------- storage
@scenario
def sto_radar_archive_ebs_attach():
    """Weather: EBS CSI attach stuck for radar-archive-db-0 after a rollout; database down (EKS)."""
    w = Win("sto_radar_archive_ebs_attach", "2026-03-08T15:33:00", tsfmt="ns")
    c = Cluster(w, "eks", "eks-wx-models-use1", region="us-east-1")
    ns = "wx-archive"
    node = f"ip-10-60-{w.ri(32, 63)}-{w.ri(2, 250)}.ec2.internal"
    node_ctl = f"ip-10-60-{w.ri(0, 31)}-{w.ri(2, 250)}.ec2.internal"
    iid = "i-0" + w.hexs(16)
    vol = "vol-0" + w.hexs(16)
    pvc = "pvc-" + w.uuid()
    va = "csi-" + w.hexs(64)
    pod = "radar-archive-db-0"
    ev = c.events(ns)
    att = c.pod("kube-system", w.deploy_pod("ebs-csi-controller"), "csi-attacher", node_ctl, "ebs-csi-controller")
    plug_pod = w.deploy_pod("ebs-csi-controller")
    plug = c.pod("kube-system", plug_pod, "ebs-plugin", node_ctl, "ebs-csi-controller")
    apip = c.pod(ns, w.deploy_pod("radar-archive-api"), "api", node_ctl, "radar-archive-api")
    kub = c.unit(node, "kubelet")

    w.add(1, ev, lambda dt: kevent(w, c, dt, ns, "StatefulSet", "radar-archive-db", "SuccessfulDelete", "Normal",
                                   f"delete Pod {pod} in StatefulSet radar-archive-db successful", source="statefulset-controller"))
    w.add(4, ev, lambda dt: kevent(w, c, dt, ns, "Pod", pod, "Scheduled", "Normal", f"Successfully assigned {ns}/{pod} to {node}", source="default-scheduler"))
    w.add(5, att, lambda dt: klog(dt, "I", 1, "csi_handler.go:234", "Processing VolumeAttachment", VolumeAttachment=va))
    w.add(5.2, att, lambda dt: klog(dt, "I", 1, "csi_handler.go:261", "Attaching", VolumeAttachment=va))
    w.add(5.5, plug, lambda dt: klog(dt, "I", 1, "controller.go:415", "ControllerPublishVolume: attaching", volumeID=vol, nodeID=iid))
    t = 20 + w.uniform(0, 0.9)
    for k in range(4):
        w.add(t, plug, lambda dt: klog(dt, "E", 1, "driver.go:107", "GRPC error",
              err=f'rpc error: code = Internal desc = Could not attach volume "{vol}" to node "{iid}": attachment of disk "{vol}" failed, expected device to be attached but was attaching'),
              ev=(k == 0))
        w.add(t + 0.1, att, lambda dt: klog(dt, "E", 1, "csi_handler.go:702", "Failed to attach", VolumeAttachment=va,
              err=f'rpc error: code = Internal desc = Could not attach volume "{vol}" to node "{iid}": attachment of disk "{vol}" failed, expected device to be attached but was attaching'),
              jitter=False)
        w.add(t + 0.3, ev, lambda dt: kevent(w, c, dt, ns, "Pod", pod, "FailedAttachVolume", "Warning",
              f'AttachVolume.Attach failed for volume "{pvc}" : rpc error: code = Internal desc = Could not attach volume "{vol}" to node "{iid}": attachment of disk "{vol}" failed, expected device to be attached but was attaching',
              source="attachdetach-controller"), ev=(k == 0))
        t += [25, 35, 45, 60][k]
    w.add(128, ev, lambda dt: kevent(w, c, dt, ns, "Pod", pod, "FailedMount", "Warning",
                                     "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-" + w.rs(5) + "]: timed out waiting for the condition",
                                     host=node), ev=True)
    w.add(129, kub, lambda dt: klog(dt, "E", 2890, "pod_workers.go:1300", "Error syncing pod, skipping",
                                    err="unmounted volumes=[data], unattached volumes=[data kube-api-access-" + w.rs(5) + "]: timed out waiting for the condition", pod=f"{ns}/{pod}"))
    for i in range(8):
        w.add(8 + i * 18, apip, lambda dt: js(level="error", ts=f_iso(dt), caller="store/pg.go:58", msg="query failed",
              err=f"failed to connect to `host=radar-archive-db.{ns}.svc user=archive database=radar`: dial error (dial tcp {w.ip('10.100.77')}:5432: connect: connection refused)",
              route="/v1/volumes/KTLX"))
    gens = [
        (3, apip, lambda dt: js(level="info", ts=f_iso(dt), caller="http/server.go:91", msg="request", path="/healthz", status=200, dur_ms=w.ri(0, 2))),
        (2, att, lambda dt: klog(dt, "I", 1, "csi_handler.go:234", "Processing VolumeAttachment", VolumeAttachment="csi-" + w.hexs(64))),
        (1, plug, lambda dt: klog(dt, "I", 1, "cloud.go:733", "Waiting for volume state", volumeID=vol, actual="attaching", desired="attached")),
    ]
    w.fill(w.ri(46, 56), 0, 160, gens)
    return record(
        w, rid="dev22-sto-radar-archive-ebs-attach", template="csi_attach_stuck",
        question="radar-archive-db-0 has been ContainerCreating for minutes after the restart. Why?",
        selector={"namespace": ns},
        severity="CRITICAL", category="storage", component="radar-archive-db",
        root_cause=f"The EBS CSI driver cannot attach the database's data volume ({vol}) to the new node: the attachment stays in 'attaching' and every ControllerPublishVolume fails, so the data PVC is never mounted and the pod cannot start.",
        summary="After the StatefulSet restarted radar-archive-db-0, FailedAttachVolume repeats (expected device to be attached but was attaching) and the mount times out; the database is down and radar-archive-api gets connection refused on 5432.",
        action="Inspect the volume in EC2 (force-detach if stuck, or stop/replace the target instance), delete the stale VolumeAttachment, and let the pod retry the attach; check the EBS CSI controller logs afterwards.",
    )


@scenario
def sto_flight_docs_readonly():
    """Aviation: Longhorn volume of flight-docs remounted read-only after I/O errors; EROFS writes (RKE2)."""
    w = Win("sto_flight_docs_readonly", "2026-03-09T04:05:00", tsfmt="us")
    c = Cluster(w, "rke2", "rke2-ams-airside", site="AMS-T2")
    ns = "flight-ops"
    node = "rke2-airside-w2"
    node3 = "rke2-airside-w4"
    pod = w.deploy_pod("flight-docs")
    fd = c.pod(ns, pod, "flight-docs", node, "flight-docs")
    lm = c.pod("longhorn-system", f"longhorn-manager-{w.rs(5)}", "longhorn-manager", node, "longhorn-manager")
    im = c.pod("longhorn-system", f"instance-manager-{w.hexs(32)}", "instance-manager", node, "longhorn-instance-manager")
    kern = c.kernel(node)
    brief = c.pod(ns, w.deploy_pod("crew-briefing"), "crew-briefing", node3, "crew-briefing")
    pvc = "pvc-" + w.uuid()
    up0 = w.ri(300000, 900000) + w.rng.random()

    def pino(lvl, msg, **kw):
        return lambda dt: js(level=lvl, time=f_epoch_ms(dt), pid=1, hostname=pod, msg=msg, **kw)

    for i in range(4):
        fl = f"KL{w.ri(1000, 1999)}"
        w.add(1 + i * 3, fd, pino(30, "briefing package written", flight=fl, path=f"/data/briefings/2026-03-09/{fl}.pdf", bytes=w.ri(300000, 900000)))
    w.add(14, im, lambda dt: f'[{pvc}-e-0] time="{f_iso(dt)}" level=error msg="R/W Timeout. No response received in 8s" replica="tcp://10.42.4.{w.ri(10, 99)}:10000"')
    w.add(14.5, im, lambda dt: f'[{pvc}-e-0] time="{f_iso(dt)}" level=warning msg="Set replica tcp://10.42.4.{w.ri(10, 99)}:10000 to mode ERR due to: r/w timeout"')
    w.add(15, lm, lambda dt: f'time="{f_iso(dt)}" level=warning msg="Volume {pvc} became degraded" func="controller.(*VolumeController).syncVolume" node={node}')
    w.add(16, kern, lambda dt: f"[{up0 + 16:.6f}] blk_update_request: I/O error, dev sdc, sector {w.ri(10**6, 9 * 10**6)} op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0", ev=True)
    w.add(16.2, kern, lambda dt: f"[{up0 + 16.2:.6f}] Buffer I/O error on dev sdc, logical block {w.ri(10**5, 9 * 10**5)}, lost async page write")
    w.add(16.4, kern, lambda dt: f"[{up0 + 16.4:.6f}] EXT4-fs error (device sdc): ext4_journal_check_start:83: comm node: Detected aborted journal", ev=True)
    w.add(16.6, kern, lambda dt: f"[{up0 + 16.6:.6f}] EXT4-fs (sdc): Remounting filesystem read-only", ev=True)
    for i in range(9):
        fl = f"KL{w.ri(1000, 1999)}"
        w.add(20 + i * 8, fd, pino(50, "failed to write briefing package", flight=fl,
              err={"type": "Error", "message": f"EROFS: read-only file system, open '/data/briefings/2026-03-09/{fl}.pdf'", "code": "EROFS",
                   "errno": -30, "syscall": "open"}), ev=(i == 0))
        w.add(21 + i * 8, brief, lambda dt, fl=fl: spring(dt, "WARN", "crew-briefing", f"task-{w.ri(1, 8)}", "c.s.b.PackageClient",
              f"briefing package for {fl} not available (flight-docs 500), retry in 60s"))
    w.add(90, lm, lambda dt: f'time="{f_iso(dt)}" level=warning msg="Volume {pvc} is degraded: 1 of 2 replicas healthy, rebuilding is blocked: node {node3} disk pressure" func="controller.(*VolumeController).ReconcileVolumeState"')
    gens = [
        (3, fd, lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname=pod, req={"method": "GET", "url": f"/v1/briefings/KL{w.ri(1000, 1999)}"},
                              res={"statusCode": 200}, responseTime=w.ri(3, 40), msg="request completed")),
        (1, lm, lambda dt: f'time="{f_iso(dt)}" level=info msg="Node {w.ch(["rke2-airside-w1", "rke2-airside-w3"])} is ready for scheduling volumes" func="controller.(*NodeController).syncNode"'),
        (2, brief, lambda dt: spring(dt, "INFO", "crew-briefing", f"task-{w.ri(1, 8)}", "c.s.b.RosterSync", f"crew roster synced duties={w.ri(40, 120)}")),
    ]
    w.fill(w.ri(40, 50), 0, 100, gens)
    return record(
        w, rid="dev22-sto-flight-docs-readonly", template="readonly_filesystem",
        question="flight-docs cannot write briefing packages since about 04:05. Why?",
        selector={"namespace": ns, "app": "flight-docs"},
        severity="ERROR", category="storage", component="flight-docs",
        root_cause="The Longhorn volume backing flight-docs (/data, device sdc) had write I/O errors after a replica r/w timeout; ext4 aborted its journal and remounted the filesystem read-only, so every write fails with EROFS.",
        summary="Longhorn marked the volume degraded, the kernel logged I/O errors on sdc and remounted it read-only, and flight-docs now fails to write briefing packages (EROFS) while reads still work; crew-briefing keeps retrying.",
        action="Fix the Longhorn volume (restore a healthy replica, relieve disk pressure on the other node), then detach/reattach or restart the flight-docs pod so the filesystem is checked and mounted read-write again.",
    )


# ---------------------------------------------------------------- database
@scenario
def db_seat_inventory_deadlock():
    """Aviation: check-in opening causes PostgreSQL deadlocks on seat_inventory; Go seat-allocation fails (GKE)."""
    w = Win("db_seat_inventory_deadlock", "2026-03-09T11:00:00")
    c = Cluster(w, "gke", "gke-skyair-prod-euw4", location="europe-west4")
    nodes = [f"gke-skyair-prod-euw4-pool-1-{w.hexs(8)}-{w.rs(4)}" for _ in range(3)]
    ns = "checkin"
    pg = c.pod(ns, "booking-pg-0", "postgres", nodes[0], "booking-pg")
    sa_pods = w.replicas("seat-allocation", 2)
    sa = [c.pod(ns, p, "seat-allocation", nodes[i + 1], "seat-allocation") for i, p in enumerate(sa_pods)]
    kiosk = c.pod(ns, w.deploy_pod("kiosk-bff"), "bff", nodes[2], "kiosk-bff")
    flights = ["KL1001", "KL1227", "KL0643"]

    def pgl(dt, pid, lvl, msg):
        return f"{f_space(dt, 3, '.', ' UTC')} [{pid}] seat@booking {lvl}:  {msg}"

    w.add(1, sa[0], lambda dt: js(level="info", ts=f_iso(dt), caller="checkin/open.go:44", msg="check-in opened", flights=flights, pax=612))
    t = 4 + w.uniform(0, 0.9)
    for k in range(7):
        p1, p2 = w.ri(3000, 9000), w.ri(3000, 9000)
        x1 = w.ri(99812000, 99819999)
        x2 = x1 + w.ri(1, 9)
        fl = w.ch(flights)
        pt = t
        w.add(pt, pg, lambda dt, p1=p1: pgl(dt, p1, "ERROR", "deadlock detected"), ev=(k < 2), jitter=False)
        w.add(pt + 0.0002, pg, lambda dt, p1=p1, p2=p2, x1=x1, x2=x2: pgl(dt, p1, "DETAIL", f"Process {p1} waits for ShareLock on transaction {x2}; blocked by process {p2}.\n"
              f"\tProcess {p2} waits for ShareLock on transaction {x1}; blocked by process {p1}.\n"
              f"\tProcess {p1}: UPDATE seat_inventory SET status = 'HELD', hold_id = $1 WHERE flight_id = $2 AND seat_no = ANY($3)\n"
              f"\tProcess {p2}: UPDATE seat_inventory SET status = 'HELD', hold_id = $1 WHERE flight_id = $2 AND seat_no = ANY($3)"),
              ev=(k == 0), jitter=False)
        w.add(pt + 0.0004, pg, lambda dt, p1=p1: pgl(dt, p1, "HINT", "See server log for query details."), jitter=False)
        w.add(pt + 0.0006, pg, lambda dt, p1=p1: pgl(dt, p1, "CONTEXT", f"while updating tuple ({w.ri(1000, 3000)},{w.ri(1, 40)}) in relation \"seat_inventory\""), jitter=False)
        w.add(pt + 0.01, sa[k % 2], lambda dt, fl=fl: js(level="error", ts=f_iso(dt), caller="seats/hold.go:97", msg="seat hold failed", flight=fl,
              seats=[f"{w.ri(10, 35)}{w.ch('ABCDEF')}" for _ in range(w.ri(2, 4))],
              err="ERROR: deadlock detected (SQLSTATE 40P01)"), jitter=False)
        w.add(pt + 0.05, kiosk, lambda dt, fl=fl: f'{f_iso(dt)} level=warn msg="seat selection failed" flight={fl} status=500 upstream=seat-allocation kiosk=AMS-D{w.ri(10, 40)}', jitter=False)
        t += w.uniform(4, 9)
    for i in range(5):
        w.add(8 + i * 11, pg, lambda dt: pgl(dt, w.ri(3000, 9000), "LOG", f"process {w.ri(3000, 9000)} still waiting for ShareLock on transaction {w.ri(99812000, 99819999)} after 1000.{w.ri(100, 999)} ms"))
    gens = [
        (4, sa[1], lambda dt: js(level="info", ts=f_iso(dt), caller="seats/hold.go:112", msg="seats held", flight=w.ch(flights),
                                 seats=w.ri(1, 4), ms=w.ri(8, 90))),
        (3, kiosk, lambda dt: f'{f_iso(dt)} level=info msg="boarding pass issued" flight={w.ch(flights)} kiosk=AMS-D{w.ri(10, 40)}'),
        (1, pg, lambda dt: f"{f_space(dt, 3, '.', ' UTC')} [{w.ri(100, 999)}] LOG:  checkpoint starting: time"),
    ]
    w.fill(w.ri(64, 78), 0, t + 3, gens)
    return record(
        w, rid="dev22-db-seat-inventory-deadlock", template="pg_deadlock",
        question="Kiosk seat selection fails intermittently since check-in opened for the morning flights. Why?",
        selector={"namespace": ns},
        severity="ERROR", category="database", component="booking-pg",
        root_cause="Concurrent seat holds update overlapping sets of seat_inventory rows in different orders, and PostgreSQL (booking-pg) aborts one transaction in each cycle with 'deadlock detected' (SQLSTATE 40P01).",
        summary="Since check-in opened for three flights, booking-pg logs repeated deadlocks and lock waits on seat_inventory; seat-allocation's holds fail and kiosks show seat-selection errors, while other holds succeed.",
        action="Lock seats in a deterministic order (ORDER BY seat_no ... FOR UPDATE) or hold one seat per statement, and retry on 40P01 in seat-allocation.",
    )


@scenario
def db_pm_mysql_max_connections():
    """Real estate: invoice batch exhausts MySQL max_connections for a few minutes; recovers (k3s)."""
    w = Win("db_pm_mysql_max_connections", "2026-03-10T09:00:00")
    c = Cluster(w, "k3s", "k3s-propmgmt-ams", site="AMS-HQ")
    nodes = ["pm-node-1", "pm-node-2", "pm-node-3"]
    ns = "propmgmt"
    my = c.pod(ns, "pm-mysql-0", "mysql", nodes[0], "pm-mysql")
    sk = c.pod(ns, w.deploy_pod("invoice-worker"), "sidekiq", nodes[1], "invoice-worker")
    web = c.pod(ns, w.deploy_pod("owner-portal"), "web", nodes[2], "owner-portal")
    watch = c.pod(ns, f"db-watch-{w.ri(29000000, 29999999)}-{w.rs(5)}", "db-watch", nodes[0], "db-watch")

    def skl(dt, lvl, msg, jid=None):
        return f"{f_iso(dt)} pid=7 tid={w.rs(4, 'abcdefghijklmnopqrstuvwxyz0123456789')}{' class=ServiceChargeInvoiceJob jid=' + jid if jid else ''} {lvl}: {msg}"

    w.add(1, sk, lambda dt: skl(dt, "INFO", "ServiceChargeBatch enqueued 4180 ServiceChargeInvoiceJob (concurrency=50, processes=4)"))
    for k, (conn, errs) in enumerate([(96, 0), (151, 87), (151, 412), (151, 655), (118, 655), (64, 655)]):
        w.add(3 + k * 20, watch, lambda dt, conn=conn, errs=errs: f"{f_iso(dt)} status Threads_connected={conn} Max_used_connections={max(conn, 104) if errs == 0 else 151} max_connections=151 "
              f"Connection_errors_max_connections={errs} Threads_running={w.ri(4, 30)}", ev=(k in (1, 2)))
    for i in range(10):
        jid = w.hexs(24)
        w.add(22 + i * 4.5, sk, lambda dt, jid=jid: skl(dt, "WARN", "Mysql2::Error::ConnectionError: Too many connections", jid=jid), ev=(i == 0))
        if i % 3 == 0:
            w.add(23 + i * 4.5, web, lambda dt: f"E, [{dt.strftime('%Y-%m-%dT%H:%M:%S.')}{dt.microsecond:06d} #1] ERROR -- : [{w.uuid()}] ActiveRecord::ConnectionNotEstablished (Too many connections):")
    w.add(70, sk, lambda dt: skl(dt, "INFO", "ServiceChargeInvoiceJob retries scheduled: 212 (will run in 25-40s)"))
    for i in range(6):
        w.add(80 + i * 6, sk, lambda dt: skl(dt, "INFO", f"done: {w.uniform(0.2, 1.4):.3f} sec", jid=w.hexs(24)))
    w.add(116, sk, lambda dt: skl(dt, "INFO", "ServiceChargeBatch finished: 4180 invoices, 0 dead, 212 retried"))
    gens = [
        (3, web, lambda dt: f"I, [{dt.strftime('%Y-%m-%dT%H:%M:%S.')}{dt.microsecond:06d} #1]  INFO -- : [{w.uuid()}] Completed 200 OK in {w.ri(20, 140)}ms (Views: {w.ri(5, 40)}.{w.ri(0, 9)}ms | ActiveRecord: {w.ri(3, 30)}.{w.ri(0, 9)}ms | Allocations: {w.ri(5000, 30000)})"),
        (3, sk, lambda dt: skl(dt, "INFO", f"done: {w.uniform(0.2, 1.4):.3f} sec", jid=w.hexs(24))),
        (1, my, lambda dt: f"{f_iso(dt, 6)} {w.ri(1000, 9000)} [Note] [MY-010914] [Server] Aborted connection {w.ri(1000, 9000)} to db: 'propmgmt' user: 'pm_app' host: '10.42.{w.ri(0, 3)}.{w.ri(2, 250)}' (Got an error reading communication packets)."),
    ]
    w.fill(w.ri(52, 62), 0, 120, gens)
    return record(
        w, rid="dev22-db-pm-mysql-max-connections", template="mysql_too_many_connections",
        question="Around 09:00 the owner portal threw errors for a few minutes. Is the database OK now?",
        selector={"namespace": ns},
        severity="WARN", category="database", component="pm-mysql",
        root_cause="The 09:00 service-charge invoice batch (4 Sidekiq processes x 50 threads) opened more connections than pm-mysql's max_connections=151, so the server refused new connections with 'Too many connections' (error 1040).",
        summary="For roughly a minute pm-mysql sat at 151/151 connections and refused new ones; invoice jobs and owner-portal requests failed, then the batch backed off, retries succeeded and connections dropped back to normal.",
        action="Optional: cap Sidekiq DB pool/concurrency for the batch below max_connections (or add a connection pooler such as ProxySQL) before the next monthly run.",
    )


# ---------------------------------------------------------------- rate_limited
@scenario
def rate_flight_status_429():
    """Aviation: flight-status pollers exceed the flight-data API quota after scale-out; adaptive backoff recovers (GKE)."""
    w = Win("rate_flight_status_429", "2026-03-11T06:30:00")
    c = Cluster(w, "gke", "gke-skyair-prod-euw4", location="europe-west4")
    nodes = [f"gke-skyair-prod-euw4-pool-1-{w.hexs(8)}-{w.rs(4)}" for _ in range(3)]
    ns = "fids"
    pods = w.replicas("flight-status", 3)
    fs = [c.pod(ns, p, "flight-status", nodes[i], "flight-status") for i, p in enumerate(pods)]
    gw = c.pod(ns, w.deploy_pod("fids-gateway"), "gateway", nodes[0], "fids-gateway")
    ev = c.events(ns)

    def pino(k, lvl, msg, **kw):
        return lambda dt: js(level=lvl, time=f_epoch_ms(dt), pid=1, hostname=pods[k], msg=msg, **kw)

    w.add(1, ev, lambda dt: kevent(w, c, dt, ns, "HorizontalPodAutoscaler", "flight-status", "SuccessfulRescale", "Normal",
                                   "New size: 6; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler"))
    for i in range(12):
        k = i % 3
        rem = max(0, 40 - i * 9)
        if i < 3:
            w.add(3 + i * 2, fs[k], pino(k, 30, "poll ok", endpoint="/v3/airports/AMS/departures", status=200, ratelimit_remaining=rem, ratelimit_limit=1200))
        else:
            w.add(3 + i * 5, fs[k], pino(k, 40, "upstream rate limited", endpoint="/v3/airports/AMS/departures", status=429,
                                         body={"error": "rate_limit_exceeded", "message": "Quota of 1200 requests per minute exceeded for key skyair-prod"},
                                         retry_after=60, ratelimit_remaining=0, ratelimit_limit=1200), ev=(i in (3, 4)))
    for k in range(3):
        w.add(50 + k, fs[k], pino(k, 30, "adaptive poll interval changed", from_s=5, to_s=15, reason="429 Retry-After"), ev=(k == 0))
    for i in range(5):
        w.add(25 + i * 9, gw, lambda dt, i=i: f"{f_iso(dt)} [warn] fids-gateway: departures feed stale age={35 + i * 9}s screens={w.ri(180, 240)}")
    for i in range(6):
        k = i % 3
        w.add(112 + i * 5, fs[k], pino(k, 30, "poll ok", endpoint="/v3/airports/AMS/departures", status=200,
                                       ratelimit_remaining=1200 - w.ri(100, 400), ratelimit_limit=1200))
    w.add(118, gw, lambda dt: f"{f_iso(dt)} [info] fids-gateway: departures feed fresh age=4s")
    gens = [
        (3, gw, lambda dt: f"{f_iso(dt)} [info] fids-gateway: pushed update to {w.ri(180, 240)} screens ({w.ch(['T1', 'T2', 'T3'])}) in {w.ri(20, 90)}ms"),
        (2, fs[1], lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname=pods[1], req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=1, msg="request completed")),
        (1, fs[2], lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname=pods[2], msg="cache hit", key=f"flight:KL{w.ri(1000, 1999)}:{w.ri(1, 28):02d}")),
    ]
    w.fill(w.ri(50, 60), 0, 145, gens)
    return record(
        w, rid="dev22-rate-flight-status-429", template="external_api_429",
        question="The departure screens showed stale times for a couple of minutes this morning. What happened?",
        selector={"namespace": ns},
        severity="WARN", category="rate_limited", component="flight-status",
        root_cause="After the HPA scaled flight-status out, every replica polled the flight-data API on its own and together they exceeded the 1200 requests/minute quota of key skyair-prod, so the API answered 429 with Retry-After: 60.",
        summary="flight-status was throttled (429, ratelimit_remaining=0) for about a minute and the FIDS departures feed went stale; the pollers then raised their interval from 5 s to 15 s, calls succeeded again and the screens caught up.",
        action="Optional: poll from a single leader (or a shared cache) instead of per replica, so the request rate does not scale with the replica count.",
    )


@scenario
def rate_grib_archiver_s3_slowdown():
    """Weather: grib-archiver (Go, aws-sdk-go-v2) throttled by S3 SlowDown on a hot prefix; retry quota exhausted (EKS)."""
    w = Win("rate_grib_archiver_s3_slowdown", "2026-03-12T00:48:00")
    c = Cluster(w, "eks", "eks-wx-models-use1", region="us-east-1")
    node = f"ip-10-60-{w.ri(32, 63)}-{w.ri(2, 250)}.ec2.internal"
    ns = "wx-archive"
    pod = w.deploy_pod("grib-archiver")
    ga = c.pod(ns, pod, "archiver", node, "grib-archiver")
    orch = c.pod("wx-models", w.deploy_pod("forecast-scheduler"), "scheduler", node, "forecast-scheduler")
    run = "2026031200"
    backlog = [w.ri(1200, 1500)]

    def lf(v):
        if isinstance(v, str) and any(ch in v for ch in ' ="'):
            return json.dumps(v)
        return str(v)

    def slog(lvl, msg, **kw):
        return lambda dt: f"time={f_iso(dt)} level={lvl} msg={json.dumps(msg)}" + "".join(f" {k}={lf(v)}" for k, v in kw.items())

    w.add(1, ga, slog("INFO", "archive run started", run=run, messages=48312, layout="s3://wx-grib-archive/{run}/{param}/{level}/{step}.grib2", workers=256))
    for i in range(14):
        key = f"{run}/{w.ch(['t', 'u', 'v', 'q', 'gh', 'w'])}/{w.ri(1, 137)}/{w.ri(0, 240)}.grib2"
        rid = w.rs(16, "ABCDEF0123456789")
        err = (f"operation error S3: PutObject, https response error StatusCode: 503, RequestID: {rid}, "
               f"HostID: {w.rs(56, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}=, api error SlowDown: Please reduce your request rate.")
        w.add(4 + i * 6, ga, slog("WARN", "put failed", key=key, attempt=3, err=err), ev=(i < 2))
        if i >= 6:
            w.add(5 + i * 6, ga, slog("ERROR", "put failed, giving up", key=key,
                                      err="operation error S3: PutObject, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested"),
                  ev=(i == 6))
    for k in range(5):
        backlog[0] += w.ri(2500, 4000)
        w.add(20 + k * 16, ga, lambda dt, b=backlog[0]: f"time={f_iso(dt)} level=WARN msg=\"archive behind\" run={run} queued={b} put_rate=3.1k/s throttled_pct={w.ri(35, 60)}")
    w.add(95, orch, lambda dt: f'time={f_iso(dt)} level=ERROR msg="stage failed" run={run} stage=archive err="archiver reported 2311 objects failed after retries" attempt=1')
    gens = [
        (3, ga, lambda dt: f"time={f_iso(dt)} level=DEBUG msg=\"put ok\" key={run}/{w.ch(['t', 'u', 'v'])}/{w.ri(1, 137)}/{w.ri(0, 240)}.grib2 bytes={w.ri(200000, 900000)} ms={w.ri(20, 120)}"),
        (2, orch, lambda dt: f'time={f_iso(dt)} level=INFO msg="http request" method=GET path=/healthz status=200 dur={w.ri(1, 3)}ms'),
    ]
    w.fill(w.ri(44, 56), 0, 100, gens)
    return record(
        w, rid="dev22-rate-grib-archiver-s3-slowdown", template="s3_slowdown",
        question="The archive stage of the 00Z run failed with thousands of objects missing. Why?",
        selector={"namespace": ns, "app": "grib-archiver"},
        severity="ERROR", category="rate_limited", component="grib-archiver",
        root_cause="grib-archiver writes each GRIB message as a separate object under one run prefix with 256 workers; S3 throttles the prefix with 503 SlowDown ('Please reduce your request rate') and the SDK's retry quota runs out, so puts are abandoned.",
        summary="PutObject calls are throttled (SlowDown) and then fail with 'retry quota exceeded'; the archive backlog grows and the stage fails with 2311 objects missing.",
        action="Reduce the request rate (fewer workers, client-side rate limiting, batch messages into fewer larger objects) and spread keys over more prefixes; then rerun the archive stage.",
    )


# ---------------------------------------------------------------- node_failure
@scenario
def node_aks_containerd_down():
    """Real estate: containerd hangs on an AKS node; kubelet reports runtime down, node NotReady, pods evicted."""
    w = Win("node_aks_containerd_down", "2026-03-12T14:10:00", tsfmt="us")
    c = Cluster(w, "aks", "aks-homes-prod-weu", region="westeurope")
    pool = w.ri(10000000, 99999999)
    bad = f"aks-userpool-{pool}-vmss000003"
    good = f"aks-userpool-{pool}-vmss000001"
    sysn = f"aks-system-{w.ri(10000000, 99999999)}-vmss000000"
    kub = c.unit(bad, "kubelet")
    ctrd = c.unit(bad, "containerd")
    evd = c.events("default")
    ev = c.events("tenants")
    ing = c.pod("ingress-nginx", w.deploy_pod("ingress-nginx-controller"), "controller", sysn, "ingress-nginx")
    chat_pods = w.replicas("tenant-chat", 2)
    mnt_pod = w.deploy_pod("maintenance-api")
    chat_ok = c.pod("tenants", chat_pods[1], "tenant-chat", good, "tenant-chat")
    bad_ip = w.ip("10.244.6")

    w.add(2, ctrd, lambda dt: f'time="{f_iso(dt, 6)}" level=error msg="failed to handle container TaskExit event container_id:\\"{w.hexs(64)}\\"" error="failed to stop container: context deadline exceeded: unknown"')
    w.add(8, ctrd, lambda dt: f'time="{f_iso(dt, 6)}" level=error msg="ttrpc: received message on inactive stream" stream={w.ri(100, 999)}')
    t = 12
    for k in range(4):
        w.add(t, kub, lambda dt: klog(dt, "E", 3012, "remote_runtime.go:294", "ListPodSandbox with filter from runtime service failed",
              err="rpc error: code = DeadlineExceeded desc = context deadline exceeded", filter="nil"), ev=(k == 0))
        w.add(t + 2, kub, lambda dt: klog(dt, "E", 3012, "kubelet.go:2353", "Skipping pod synchronization", err="container runtime is down"),
              ev=(k == 0))
        t += 30 + w.uniform(0, 3)
    w.add(70, kub, lambda dt: klog(dt, "E", 3012, "kubelet.go:2353", "Skipping pod synchronization",
                                   err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m1.204s ago; threshold is 3m0s]"), ev=True)
    w.add(72, kub, lambda dt: klog(dt, "I", 3012, "setters.go:568", "Node became not ready", node=bad,
                                   condition=Raw('{"type":"Ready","status":"False","reason":"KubeletNotReady","message":"container runtime is down"}')))
    w.add(73, evd, lambda dt: kevent(w, c, dt, "default", "Node", bad, "NodeNotReady", "Normal", f"Node {bad} status is now: NodeNotReady", host=bad), ev=True)
    for p in (chat_pods[0], mnt_pod):
        w.add(74, ev, lambda dt, p=p: kevent(w, c, dt, "tenants", "Pod", p, "NodeNotReady", "Warning", "Node is not ready", source="node-controller"))
        w.add(374 - 250, ev, lambda dt, p=p: kevent(w, c, dt, "tenants", "Pod", p, "TaintManagerEviction", "Normal", f"Marking for deletion Pod tenants/{p}",
                                                     source="taint-eviction-controller"))
    for i in range(10):
        w.add(20 + i * 11, ing, lambda dt: nginx_line(w, dt, w.ch(["GET", "POST"]), w.ch(["/api/chat/threads", "/api/chat/messages", "/api/work-orders"]),
                                                      502 if i < 6 else 504, "tenants-tenant-chat-8080", f"{bad_ip}:8080", 5.0 if i < 6 else 60.0, size=150))
    w.add(24, ing, lambda dt: f'{dt.strftime("%Y/%m/%d %H:%M:%S")} [error] 31#31: *{w.ri(100000, 999999)} connect() failed (113: Host is unreachable) while connecting to upstream, client: {w.ip("92.40")}, server: mijn.rentwise.nl, request: "GET /api/chat/threads HTTP/1.1", upstream: "http://{bad_ip}:8080/api/chat/threads", host: "mijn.rentwise.nl"')
    gens = [
        (3, chat_ok, lambda dt: js(level="info", time=f_iso(dt), msg="ws message relayed", room=f"bldg-{w.ri(100, 140)}", latency_ms=w.ri(2, 30))),
        (2, ing, lambda dt: nginx_line(w, dt, "GET", "/api/chat/threads", 200, "tenants-tenant-chat-8080", w.ip("10.244.2") + ":8080", w.uniform(0.01, 0.05))),
    ]
    w.fill(w.ri(48, 58), 0, 135, gens)
    return record(
        w, rid="dev22-node-aks-containerd-down", template="runtime_down_notready",
        question="Half of the tenant chat requests fail with 502/504 and a node shows NotReady. What broke?",
        selector={"node": bad},
        severity="CRITICAL", category="node_failure", component=bad,
        root_cause=f"containerd on node {bad} hung (TaskExit handling and CRI calls time out), so kubelet reports 'container runtime is down', PLEG becomes unhealthy and the node goes NotReady.",
        summary="The node's container runtime stopped responding; the node turned NotReady, its tenant-chat and maintenance-api pods became unreachable (ingress 502/504, host unreachable) and are being evicted by the taint manager.",
        action=f"Cordon and drain {bad}, then restart containerd or reimage/replace the VMSS instance; verify the evicted pods are rescheduled on healthy nodes.",
    )


@scenario
def node_rke2_canal_cni():
    """Aviation: canal (calico) not running on one RKE2 node after reboot; pod sandboxes fail with CNI errors."""
    w = Win("node_rke2_canal_cni", "2026-03-13T02:14:00")
    c = Cluster(w, "rke2", "rke2-ams-airside", site="AMS-T2")
    node = "rke2-airside-w3"
    ns = "gates"
    canal_pod = f"rke2-canal-{w.rs(5)}"
    canal = c.pod("kube-system", canal_pod, "calico-node", node, "rke2-canal")
    kub = c.unit(node, "kubelet")
    ev = c.events(ns)
    evk = c.events("kube-system")
    hub_ok = c.pod(ns, w.deploy_pod("gate-display-hub"), "hub", "rke2-airside-w1", "gate-display-hub")
    new_pods = w.replicas("gate-display-hub", 2)
    cni_err = ('plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: '
               'check that the calico/node container is running and has mounted /var/lib/calico/')

    w.add(1, evk, lambda dt: kevent(w, c, dt, "kube-system", "Node", node, "Rebooted", "Warning",
                                    f"Node {node} has been rebooted, boot id: {w.uuid()}", host=node))
    w.add(3, canal, lambda dt: f"{f_space(dt, 3)} [INFO][1] startup/startup.go 445: Early log level set to info")
    w.add(3.5, canal, lambda dt: f"{f_space(dt, 3)} [INFO][1] startup/startup.go 461: Using NODENAME environment for node name {node}")
    w.add(4, canal, lambda dt: f"{f_space(dt, 3)} [WARNING][1] startup/startup.go 1297: Unable to create hostpath /var/lib/calico: mkdir /var/lib/calico: read-only file system")
    w.add(4.5, canal, lambda dt: f"{f_space(dt, 3)} [ERROR][1] startup/startup.go 192: Unable to write to /var/lib/calico/nodename error=open /var/lib/calico/nodename: no such file or directory", ev=True)
    w.add(6, evk, lambda dt: kevent(w, c, dt, "kube-system", "Pod", canal_pod, "BackOff", "Warning",
                                    f"Back-off restarting failed container calico-node in pod {canal_pod}_kube-system({w.uuid()})", host=node), ev=True)
    for k in range(3):
        w.add(10 + k * 30, evk, lambda dt: kevent(w, c, dt, "kube-system", "Pod", canal_pod, "Unhealthy", "Warning",
              'Readiness probe failed: calico/node is not ready: felix is not ready: Get "http://localhost:9099/readiness": dial tcp [::1]:9099: connect: connection refused', host=node))
    for j, evn in enumerate(["NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID", "NodeReady"]):
        w.add(1.5 + j * 0.01, kub, lambda dt, evn=evn: klog(dt, "I", 2211, "kubelet_node_status.go:679", "Recording event message for node", node=node, event=evn), jitter=False)
    t = 14 + w.uniform(0, 0.9)
    for k in range(6):
        p = new_pods[k % 2]
        sid = w.hexs(64)
        w.add(t, ev, lambda dt, p=p, sid=sid: kevent(w, c, dt, ns, "Pod", p, "FailedCreatePodSandBox", "Warning",
              f'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{sid}": {cni_err}', host=node), ev=(k == 0))
        w.add(t + 0.2, kub, lambda dt, p=p, sid=sid: klog(dt, "E", 2211, "log.go:32", "RunPodSandbox from runtime service failed",
              err=f'rpc error: code = Unknown desc = failed to setup network for sandbox "{sid}": {cni_err}'), jitter=False, ev=(k == 0))
        t += w.uniform(12, 20)
    w.add(t, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "gate-display-hub", "ProgressDeadlineExceeded", "Warning",
                                   'ReplicaSet "gate-display-hub" has timed out progressing.', source="deployment-controller"))
    gens = [
        (3, hub_ok, lambda dt: f"{f_hms(dt)} [info] GateDisplay.Channel: pushed board update gates={w.ri(60, 74)} clients={w.ri(120, 180)}"),
        (1, hub_ok, lambda dt: f"{f_hms(dt)} [info] GET /health Sent 200 in {w.ri(90, 400)}µs"),
    ]
    w.fill(w.ri(34, 42), 0, t + 2, gens)
    return record(
        w, rid="dev22-node-rke2-canal-cni", template="cni_not_ready",
        question="New gate-display-hub pods on rke2-airside-w3 are stuck in ContainerCreating. Why?",
        selector={"namespace": ns},
        severity="ERROR", category="node_failure", component="rke2-canal",
        root_cause="After the reboot of rke2-airside-w3 the canal calico-node container cannot write /var/lib/calico/nodename (hostPath on a read-only mount) and keeps crashing, so the calico CNI plugin on that node fails every pod sandbox setup.",
        summary="calico-node on rke2-airside-w3 is in back-off and not ready; every new pod scheduled there fails with FailedCreatePodSandBox (stat /var/lib/calico/nodename: no such file or directory) and the gate-display-hub rollout exceeds its progress deadline.",
        action="Fix the /var/lib/calico host path on rke2-airside-w3 (remount read-write / restore the directory) and restart the rke2-canal pod; cordon the node until calico-node is ready.",
    )


# ---------------------------------------------------------------- none (healthy windows)
@scenario
def ok_gate_assignment_retry():
    """Aviation: normal gate planning on OpenShift; one AODB call is reset and succeeds on retry."""
    w = Win("ok_gate_assignment_retry", "2026-03-14T07:15:00", tsfmt="us")
    c = Cluster(w, "openshift", "ocp-airline-prod", cluster_id="5c0d6a1e-93f4-4b7e-9a3c-1f7d2e8b4a60")
    nodes = [f"worker-{i}.ocp-airline-prod.skyair.internal" for i in range(4)]
    ns = "gates"
    ga_pod = w.deploy_pod("gate-assignment")
    ga = c.pod(ns, ga_pod, "gate-assignment", nodes[1], "gate-assignment")
    sp_pod = w.deploy_pod("stand-planner")
    spn = c.pod(ns, sp_pod, "stand-planner", nodes[2], "stand-planner")
    router = c.pod("openshift-ingress", w.deploy_pod("router-default"), "router", nodes[0], "router")
    hp = w.ri(30, 60)
    ip = w.ip("10.128.2")

    def dn(t0, lvl, cat, msg):
        w.add(t0, ga, f"{lvl}: {cat}", jitter=False)
        w.add(t0 + 0.0002, ga, f"      {msg}", jitter=False)

    def hap(dt, path, code, tr):
        return (f"haproxy[{hp}]: {w.ip('10.131.0')}:{w.ri(30000, 60000)} [{dt.strftime('%d/%b/%Y:%H:%M:%S')}.{dt.microsecond // 1000:03d}] "
                f"fe_sni~ be_edge_http:{ns}:gate-assignment/pod:{ga_pod}:gate-assignment:8080-tcp:{ip}:8080 0/0/0/{tr}/{tr} {code} "
                f"{w.ri(400, 5000)} - - --VN {w.ri(20, 60)}/{w.ri(5, 20)}/0/0/0 0/0 \"GET {path} HTTP/1.1\"")

    t = 2
    for k in range(6):
        dn(t + w.uniform(0, 0.5), "info", "GateAssignment.Solver.Planner[0]",
           f"Replanned {w.ri(4, 19)} turnarounds in {w.ri(180, 900)} ms (conflicts=0, towing=+{w.ri(0, 2)}, unassigned=0)")
        t += w.uniform(8, 14)
    w.add(20, spn, lambda dt: js(level="warn", ts=f_iso(dt), caller="aodb/client.go:88", msg="AODB request failed, retrying",
                                 attempt=1, max_attempts=3, err="read tcp 10.129.2.17:51234->10.20.8.40:443: read: connection reset by peer",
                                 endpoint="/aodb/v2/movements?since=07:14Z"))
    w.add(21.5, spn, lambda dt: js(level="info", ts=f_iso(dt), caller="aodb/client.go:96", msg="AODB request succeeded", attempt=2,
                                   endpoint="/aodb/v2/movements?since=07:14Z", movements=w.ri(20, 60), ms=w.ri(90, 300)))
    for i in range(8):
        w.add(3 + i * 9, spn, lambda dt: js(level="info", ts=f_iso(dt), caller="sync/loop.go:61", msg="movements synced",
                                            arrivals=w.ri(5, 20), departures=w.ri(5, 20), errors=0, lag_s=w.ri(1, 6)))
    gens = [
        (4, router, lambda dt: hap(dt, w.ch(["/api/gates/plan?pier=D", "/api/gates/plan?pier=E", "/api/stands/occupancy", "/api/gates/D7"]), 200, w.ri(8, 90))),
        (1, router, lambda dt: hap(dt, "/api/gates/plan?pier=F", 304, w.ri(2, 10))),
        (2, ga, lambda dt: "      Request finished HTTP/1.1 GET http://gate-assignment:8080/healthz/ready - 200 - text/plain " + f"{w.uniform(0.3, 2.5):.4f}ms"),
    ]
    w.fill(w.ri(44, 56), 0, 80, gens)
    return record(
        w, rid="dev22-ok-gate-assignment-retry", template="healthy_transient_retry",
        question="Is gate planning healthy this morning? I saw a warning from stand-planner.",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: a single AODB request was reset and succeeded on the second attempt; gate planning runs normally.",
        summary="gate-assignment replans turnarounds without conflicts, stand-planner syncs movements with errors=0, and router requests return 200/304. The one retry warning was transient and self-resolved.",
        action="None.",
    )


@scenario
def ok_radar_ingest_quiet():
    """Weather: routine Level-II ingest on a k3s radar edge cluster (error_count=0, dropped=0)."""
    w = Win("ok_radar_ingest_quiet", "2026-03-14T22:40:00")
    c = Cluster(w, "k3s", "k3s-radar-kfws", site="KFWS")
    node = "kfws-edge-01"
    ns = "radar"
    ri = c.pod(ns, w.deploy_pod("radar-ingest"), "radar-ingest", node, "radar-ingest")
    mos = c.pod(ns, w.deploy_pod("radar-mosaic"), "mosaic", node, "radar-mosaic")
    mio = c.pod("storage", "minio-0", "minio", node, "minio")
    ch = c.pod("analytics", "chi-radar-stats-0-0-0", "clickhouse", node, "clickhouse")
    seq = [w.ri(5000, 9000)]

    def scan(dt):
        seq[0] += 1
        return (f"{f_iso(dt, 6)}  INFO radar_ingest::level2: volume ingested site=KFWS vcp=35 elevations=9 "
                f"bytes={w.ri(6_000_000, 11_000_000)} seq={seq[0]} decode_ms={w.ri(150, 380)} error_count=0 dropped=0")
    w.every(0, 110, 18, ri, scan)
    w.every(5, 110, 18, mos, lambda dt: f'time="{f_iso(dt)}" level=info msg="mosaic tile rendered" z=7 tiles={w.ri(40, 64)} took={w.ri(300, 900)}ms failed=0')
    w.add(47, ri, lambda dt: f"{f_iso(dt, 6)}  WARN radar_ingest::level2: elevation 19.5 deg not present in VCP 35 clear-air volume (expected), continuing")
    w.add(60, ri, lambda dt: f"{f_iso(dt, 6)}  INFO radar_ingest::stats: last 10m volumes=33 error_count=0 dropped=0 retries=0 spool_bytes=0")
    gens = [
        (3, ri, lambda dt: f"{f_iso(dt, 6)}  INFO radar_ingest::http: GET /metrics 200 0.{w.ri(2, 9)}ms"),
        (2, mio, lambda dt: js(level="INFO", time=f_iso(dt, 6), message=f"Healing: scanned {w.ri(1000, 9000)} objects, 0 healed, 0 failed")),
        (2, ch, lambda dt: f"{dt.strftime('%Y.%m.%d %H:%M:%S.')}{dt.microsecond:06d} [ {w.ri(100, 900)} ] {{{w.uuid()}}} <Information> executeQuery: Read {w.ri(1, 40)} rows, {w.ri(1, 9)}.{w.ri(10, 99)} KiB in 0.00{w.ri(1, 9)}{w.ri(100, 999)} sec., {w.ri(1000, 20000)} rows/sec."),
        (1, mos, lambda dt: f'time="{f_iso(dt)}" level=debug msg="level2 volume received" site=KFWS elev=0.5 bytes={w.ri(800000, 1600000)}'),
    ]
    w.fill(w.ri(24, 30), 0, 115, gens)
    return record(
        w, rid="dev22-ok-radar-ingest-quiet", template="healthy_ingest",
        question="Any problems with KFWS radar ingest tonight?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: volumes are ingested and rendered on schedule with error_count=0 and dropped=0.",
        summary="radar-ingest ingests a volume roughly every 18 s, the mosaic renders with failed=0 and MinIO healing finds nothing; the missing 19.5 deg elevation is expected for clear-air VCP 35.",
        action="None.",
    )


@scenario
def ok_listing_search_traffic():
    """Real estate: ordinary search traffic on AKS with 404s for removed listings and Go GC traces."""
    w = Win("ok_listing_search_traffic", "2026-03-15T19:20:00")
    c = Cluster(w, "aks", "aks-homes-prod-weu", region="westeurope")
    pool = w.ri(10000000, 99999999)
    node = f"aks-search-{pool}-vmss000001"
    sysn = f"aks-system-{w.ri(10000000, 99999999)}-vmss000000"
    ns = "listings"
    ls_pod = w.deploy_pod("listing-search")
    ls = c.pod(ns, ls_pod, "listing-search", node, "listing-search")
    ing = c.pod("ingress-nginx", w.deploy_pod("ingress-nginx-controller"), "controller", sysn, "ingress-nginx")
    red = c.pod(ns, "search-cache-redis-master-0", "redis", node, "search-cache-redis")
    ip = w.ip("10.244.3") + ":8080"
    gcn = [w.ri(300, 900)]
    rdb_pid = w.ri(1000, 9000)
    w.add(50.217, red, lambda dt: f"1:M {dt.strftime('%d %b %Y %H:%M:%S.')}{dt.microsecond // 1000:03d} * 100 changes in 300 seconds. Saving...", jitter=False)
    w.add(50.319, red, lambda dt: f"1:M {dt.strftime('%d %b %Y %H:%M:%S.')}{dt.microsecond // 1000:03d} * Background saving started by pid {rdb_pid}", jitter=False)
    w.add(51.482, red, lambda dt: f"{rdb_pid}:C {dt.strftime('%d %b %Y %H:%M:%S.')}{dt.microsecond // 1000:03d} * DB saved on disk", jitter=False)
    w.add(51.604, red, lambda dt: f"1:M {dt.strftime('%d %b %Y %H:%M:%S.')}{dt.microsecond // 1000:03d} * Background saving terminated with success", jitter=False)

    def gc(dt):
        gcn[0] += 1
        a = w.ri(180, 260)
        return f"gc {gcn[0]} @{w.ri(40000, 90000)}.{w.ri(100, 999)}s 1%: 0.0{w.ri(10, 99)}+{w.ri(1, 9)}.{w.ri(1, 9)}+0.0{w.ri(1, 9)} ms clock, 0.{w.ri(1, 9)}+0.{w.ri(1, 9)}/{w.ri(1, 9)}.{w.ri(1, 9)}/{w.ri(1, 9)}.{w.ri(1, 9)}+0.0{w.ri(1, 9)} ms cpu, {a}->{a + w.ri(2, 8)}->{a - w.ri(40, 90)} MB, {a + 20} MB goal, 0 MB stacks, 0 MB globals, 8 P"

    w.every(2, 100, 25, ls, gc)
    w.add(30, ls, lambda dt: js(level="info", ts=f_epoch(dt), caller="reindex/consumer.go:88", msg="applying listing update batch", size=w.ri(20, 90), offset=w.ri(55200000, 55300000)))
    w.add(31, ls, lambda dt: js(level="info", ts=f_epoch(dt), caller="reindex/consumer.go:119", msg="batch applied", updated=w.ri(20, 90), skipped_no_geo=0, errors=0))
    gens = [
        (8, ing, lambda dt: nginx_line(w, dt, "GET", w.ch(["/api/v2/search?city=utrecht&beds=2", "/api/v2/search?city=amersfoort", "/api/v2/search?bbox=4.85,52.33,4.95,52.40",
                                                         "/api/v2/listings/" + str(w.ri(700000, 799999))]), 200, f"{ns}-listing-search-8080", ip, w.uniform(0.015, 0.11))),
        (2, ing, lambda dt: nginx_line(w, dt, "GET", "/api/v2/listings/" + str(w.ri(600000, 699999)), 404, f"{ns}-listing-search-8080", ip, w.uniform(0.003, 0.01), size=68)),
        (1, ing, lambda dt: nginx_line(w, dt, "GET", "/favicon.ico", 404, "upstream-default-backend", "127.0.0.1:8181", 0.001, size=548)),
        (2, ing, lambda dt: nginx_line(w, dt, "GET", "/api/v2/search?city=utrecht&beds=2", 304, f"{ns}-listing-search-8080", ip, w.uniform(0.002, 0.006), size=0)),
        (2, ls, lambda dt: js(level="info", ts=f_epoch(dt), caller="http/middleware.go:52", msg="request", method="GET", path="/api/v2/search",
                              status=200, dur_ms=w.ri(8, 90), cache="hit" if w.rng.random() < 0.6 else "miss")),
    ]
    w.fill(w.ri(60, 74), 0, 110, gens)
    return record(
        w, rid="dev22-ok-listing-search-traffic", template="healthy_traffic",
        question="Please check listing-search; a colleague saw 404s in the ingress logs.",
        selector={"namespace": ns, "app": "listing-search"},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the 404s are for removed listings and /favicon.ico; search traffic is served normally.",
        summary="ingress-nginx serves search requests with 200/304 and low latency, listing-search applies update batches with errors=0 and its Go GC traces are routine; the few 404s are expected.",
        action="None.",
    )


@scenario
def ok_karpenter_consolidation():
    """Weather: Karpenter consolidates an underused node on EKS; pods move gracefully; client-side throttling notices."""
    w = Win("ok_karpenter_consolidation", "2026-03-16T03:05:00")
    c = Cluster(w, "eks", "eks-wx-models-use1", region="us-east-1")
    victim = f"ip-10-60-{w.ri(64, 95)}-{w.ri(2, 250)}.ec2.internal"
    other = f"ip-10-60-{w.ri(96, 127)}-{w.ri(2, 250)}.ec2.internal"
    nc = f"general-{w.rs(5)}"
    kp = c.pod("kube-system", w.deploy_pod("karpenter"), "controller", f"ip-10-60-{w.ri(0, 31)}-{w.ri(2, 250)}.ec2.internal", "karpenter")
    ev = c.events("wx-serving")
    evd = c.events("default")
    ns = "wx-serving"
    allp = w.replicas("tile-server", 4)
    moved, newp = allp[:2], allp[2:]
    ts = c.pod(ns, newp[0], "tile-server", other, "tile-server")
    sync = c.pod(ns, w.deploy_pod("catalog-sync"), "sync", other, "catalog-sync")

    def kj(msg, **kw):
        return lambda dt: js(level="INFO", time=f_iso(dt), logger="controller", message=msg, commit="a1b2c3d", **kw)

    w.add(2, kp, kj("disrupting nodeclaim(s) via delete, terminating 1 nodes (2 pods) " + f"{victim}/m6i.2xlarge/on-demand",
                    controller="disruption", namespace="", name="", reconcileID=w.uuid(), command_id=w.uuid(), reason="underutilized"))
    w.add(3, evd, lambda dt: kevent(w, c, dt, "default", "Node", victim, "DisruptionTerminating", "Normal", "Disrupting Node: Underutilized/Delete", source="karpenter"))
    for i, p in enumerate(moved):
        w.add(5 + i, ev, lambda dt, p=p: kevent(w, c, dt, ns, "Pod", p, "Evicted", "Normal", "Evicted pod: Underutilized", source="karpenter"))
        w.add(5.3 + i, ev, lambda dt, p=p: kevent(w, c, dt, ns, "Pod", p, "Killing", "Normal", "Stopping container tile-server", host=victim))
        w.add(7 + i, ev, lambda dt, p=newp[i]: kevent(w, c, dt, ns, "Pod", p, "Scheduled", "Normal", f"Successfully assigned {ns}/{p} to {other}", source="default-scheduler"))
        w.add(9 + i, ev, lambda dt, p=newp[i]: kevent(w, c, dt, ns, "Pod", p, "Started", "Normal", "Started container tile-server", host=other))
    w.add(14, ts, lambda dt: f"{f_space(dt, 3, ',')} INFO [tile_server] serving on :8080, cache warm from s3://wx-tiles (0.9s)")
    w.add(30, kp, kj("deleted node", controller="node.termination", Node={"name": victim}, reconcileID=w.uuid()))
    w.add(31, kp, kj("deleted nodeclaim", controller="nodeclaim.termination", NodeClaim={"name": nc}, Node={"name": victim}, provider_id=f"aws:///us-east-1b/i-0{w.hexs(16)}"))
    for i in range(3):
        w.add(40 + i * 20, sync, lambda dt: klog_plain(dt, "I", 1, "request.go:697", f"Waited for 1.0{w.ri(10, 99)}s due to client-side throttling, not priority and fairness, request: GET:https://172.20.0.1:443/apis/wx.example.io/v1/namespaces/{ns}/tilesets?limit=500"))
    gens = [
        (4, ts, lambda dt: f"{f_space(dt, 3, ',')} INFO [tile_server.access] GET /tiles/gfs/t2m/{w.ri(3, 7)}/{w.ri(0, 60)}/{w.ri(0, 60)}.png 200 {w.ri(2, 30)}ms"),
        (2, sync, lambda dt: klog_plain(dt, "I", 1, "sync.go:142", "catalog synced tilesets=131 changed=0 errors=0")),
        (1, kp, kj("computed new nodeclaim(s) to fit pod(s)", controller="provisioner", nodeclaims=0, pods=0)),
    ]
    w.fill(w.ri(36, 44), 0, 100, gens)
    return record(
        w, rid="dev22-ok-karpenter-consolidation", template="healthy_consolidation",
        question="A node disappeared and pods were evicted at 03:05. Should I worry?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: Karpenter consolidated an underutilized node; its two tile-server pods were evicted gracefully and rescheduled, and the client-side throttling notices are routine.",
        summary="Planned Karpenter disruption (Underutilized/Delete): pods were stopped and restarted on another node within seconds, the node and nodeclaim were deleted cleanly, and tile-server keeps serving 200s.",
        action="None.",
    )


@scenario
def ok_forecast_run_warnings():
    """Weather: a post-processing run completes on GKE with routine Python warnings."""
    w = Win("ok_forecast_run_warnings", "2026-03-16T04:50:00", tsfmt="ns")
    c = Cluster(w, "gke", "gke-wx-prod-euw4", location="europe-west4")
    node = f"gke-wx-prod-euw4-highmem-{w.hexs(8)}-{w.rs(4)}"
    ns = "wx-models"
    run = "2026031600"
    job = f"postproc-{run}-{w.rs(5)}"
    pp = c.pod(ns, job, "postproc", node, "forecast-postproc")
    sch = c.pod(ns, w.deploy_pod("forecast-scheduler"), "scheduler", node, "forecast-scheduler")
    ev = c.events(ns)
    done = [0]

    def py(lvl, name, msg):
        return lambda dt: f"{f_space(dt, 3, ',')} {lvl} [{name}] {msg}"

    w.add(1, pp, py("INFO", "postproc", f"run {run}: processing 81 steps, 38 variables, output=NetCDF4/zlib complevel=4"))
    w.add(2.37, pp, jitter=False, line=lambda dt: "/opt/conda/lib/python3.11/site-packages/xarray/conventions.py:431: SerializationWarning: variable 'tp' has multiple fill values {-9999.0, 9.999e+20}, decoding all values to NaN.")
    w.add(2.3702, pp, lambda dt: "  new_vars[k] = decode_cf_variable(", jitter=False)
    w.add(3.52, pp, jitter=False, line=lambda dt: "/app/postproc/derive.py:88: RuntimeWarning: invalid value encountered in divide")
    w.add(3.5202, pp, lambda dt: "  rh = 100.0 * e / es", jitter=False)

    def step(dt):
        done[0] += 9
        return f"{f_space(dt, 3, ',')} INFO [postproc.writer] wrote steps {done[0] - 8:03d}-{done[0]:03d} to gs://wx-products/{run}/ ({w.ri(300, 700)} MiB, {w.uniform(3, 9):.1f}s) warnings=0 errors=0"
    w.every(6, 80, 9, pp, step)
    w.add(84, pp, py("INFO", "postproc", f"run {run} complete: 81/81 steps, 0 failed, wall=1m22s peak_rss=5.8GiB"))
    w.add(85, ev, lambda dt: kevent(w, c, dt, ns, "Job", job.rsplit("-", 1)[0], "Completed", "Normal", "Job completed", source="job-controller"))
    w.add(86, sch, lambda dt: f'time={f_iso(dt)} level=INFO msg="stage finished" run={run} stage=postproc duration=1m24s retries=0')
    gens = [
        (3, sch, lambda dt: f'time={f_iso(dt)} level=INFO msg="http request" method=GET path=/healthz status=200 dur={w.ri(1, 3)}ms'),
        (1, pp, lambda dt: f"{f_space(dt, 3, ',')} DEBUG [distributed.worker] Run out-of-band function 'collect'"),
    ]
    w.fill(w.ri(22, 28), 0, 90, gens)
    return record(
        w, rid="dev22-ok-forecast-run-warnings", template="healthy_job_with_warnings",
        question="The postproc job printed RuntimeWarning and SerializationWarning. Did the 00Z run fail?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the warnings are routine numerical/decoding notices; the run completed 81/81 steps with 0 failures.",
        summary="forecast-postproc wrote all steps to the product bucket, the Job completed and the scheduler marked the stage finished without retries; the Python warnings do not affect the output.",
        action="None.",
    )


@scenario
def ok_lock_gateway_rollout():
    """Real estate: planned rolling update of lock-gateway on microk8s; one start-up readiness miss, then ready."""
    w = Win("ok_lock_gateway_rollout", "2026-03-17T10:30:00")
    c = Cluster(w, "microk8s", "mk8s-keizersgracht-402", building="KG402")
    node = "kg402-edge-01"
    ns = "access"
    old_pod = w.deploy_pod("lock-gateway")
    new_pod = w.deploy_pod("lock-gateway")
    old = c.pod(ns, old_pod, "lock-gateway", node, "lock-gateway")
    new = c.pod(ns, new_pod, "lock-gateway", node, "lock-gateway")
    api = c.pod(ns, w.deploy_pod("tenant-access-api"), "api", node, "tenant-access-api")
    mdb = c.pod(ns, "access-mongodb-0", "mongod", node, "access-mongodb")
    ev = c.events(ns)
    broker = "mqtt.lockhub-cloud.com:8883"

    def rt(lvl, target, msg):
        return lambda dt: f"{f_iso(dt, 6)} {lvl:>5} {target}: {msg}"

    w.add(40, mdb, lambda dt: js(t={"$date": f_iso_off(dt, 3)}, s="I", c="NETWORK", id=22943, ctx="listener", msg="Connection accepted",
                                 attr={"remote": f"{w.ip('10.1.44')}:{w.ri(30000, 60000)}", "uuid": {"uuid": {"$uuid": w.uuid()}},
                                       "connectionId": w.ri(1000, 9999), "connectionCount": w.ri(8, 20)}))
    w.add(41, mdb, lambda dt: js(t={"$date": f_iso_off(dt, 3)}, s="I", c="WTCHKPT", id=22430, ctx="Checkpointer", msg="WiredTiger message",
                                 attr={"message": {"ts_sec": int(dt.timestamp()), "ts_usec": dt.microsecond, "thread": f"1:0x7f{w.hexs(10)}",
                                                   "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS",
                                                   "category_id": 6, "verbose_level": "DEBUG_1", "verbose_level_id": 1,
                                                   "msg": f"saving checkpoint snapshot min: {w.ri(1000, 9000)}, snapshot max: {w.ri(1000, 9000)} snapshot count: 0"}}))
    w.add(2, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "lock-gateway", "ScalingReplicaSet", "Normal",
                                   f"Scaled up replica set {new_pod.rsplit('-', 1)[0]} to 1", source="deployment-controller"))
    w.add(3, new, rt("INFO", "lock_gateway", "starting lock-gateway v0.9.4 (zigbee=/dev/ttyACM0, cloud=" + broker + ")"))
    w.add(4, ev, lambda dt: kevent(w, c, dt, ns, "Pod", new_pod, "Unhealthy", "Warning",
                                   f'Readiness probe failed: Get "http://{w.ip("10.1.44")}:8081/ready": dial tcp {w.ip("10.1.44")}:8081: connect: connection refused', host=node))
    w.add(5, new, rt("INFO", "lock_gateway::cloud", f"connected to broker {broker} (TLS1.3, session resumed=false)"))
    w.add(5.5, new, rt("INFO", "lock_gateway::http", "listening on 0.0.0.0:8081"))
    w.add(9, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "lock-gateway", "ScalingReplicaSet", "Normal",
                                   f"Scaled down replica set {old_pod.rsplit('-', 1)[0]} to 0 from 1", source="deployment-controller"))
    w.add(9.3, ev, lambda dt: kevent(w, c, dt, ns, "Pod", old_pod, "Killing", "Normal", "Stopping container lock-gateway", host=node))
    w.add(9.5, old, rt("INFO", "lock_gateway", "SIGTERM received: draining 0 pending commands, closing MQTT session"))
    w.add(10, old, rt("INFO", "lock_gateway", "shutdown complete"))
    units = ["1A", "1B", "2A", "3A", "3B"]
    gens = [
        (3, new, lambda dt: rt("INFO", "lock_gateway::zigbee", f"door sensor unit={w.ch(units)} state={w.ch(['closed', 'closed', 'open'])} lqi={w.ri(120, 255)}")(dt)),
        (2, api, lambda dt: js(level=30, time=f_epoch_ms(dt), pid=1, hostname="tenant-access-api", reqId=f"req-{w.ri(100, 999)}",
                               req={"method": "POST", "url": "/v1/doors/main-entrance/unlock"}, res={"statusCode": 200}, responseTime=w.ri(180, 600), msg="request completed")),
        (2, new, lambda dt: rt("INFO", "lock_gateway::cloud", f"unlock delivered door=main-entrance unit={w.ch(units)} rtt_ms={w.ri(90, 400)}")(dt)),
    ]
    w.fill(w.ri(15, 17), 11, 70, gens)
    return record(
        w, rid="dev22-ok-lock-gateway-rollout", template="healthy_rollout",
        question="lock-gateway restarted at 10:30 and there is a readiness warning. Is door access affected?",
        selector={"namespace": ns, "app": "lock-gateway"},
        severity="INFO", category="none", component=None,
        root_cause="No incident: a planned rolling update replaced lock-gateway; the single readiness failure happened before the new process opened its port, and the pod became ready seconds later.",
        summary="The new lock-gateway connected to the broker, the old pod drained 0 pending commands and shut down cleanly, and unlock requests keep succeeding with 200.",
        action="None.",
    )


@scenario
def ok_cert_manager_renewal():
    """Aviation: cert-manager renews the ops-portal certificate on Talos; Traefik reloads it."""
    w = Win("ok_cert_manager_renewal", "2026-03-18T01:00:00")
    c = Cluster(w, "talos", "talos-adsb-ops")
    nodes = ["talos-wkr-1", "talos-wkr-2"]
    cm = c.pod("cert-manager", w.deploy_pod("cert-manager"), "cert-manager-controller", nodes[0], "cert-manager")
    tr = c.pod("traefik", w.deploy_pod("traefik"), "traefik", nodes[1], "traefik")
    portal = c.pod("ops", w.deploy_pod("ops-portal"), "ops-portal", nodes[1], "ops-portal")
    ev = c.events("ops")
    cert = "ops-portal-tls"
    cr = f"{cert}-{w.ri(1, 9)}"

    def cmk(dt, src, msg, **kv):
        return klog(dt, "I", 1, src, msg, **kv)

    w.add(2, cm, lambda dt: cmk(dt, "trigger_controller.go:223", "Certificate must be re-issued", logger="cert-manager.certificates-trigger",
                                key=f"ops/{cert}", reason="Renewing", message="Renewing certificate as renewal was scheduled at 2026-03-18 01:00:00 +0000 UTC"))
    w.add(2.3, ev, lambda dt: kevent(w, c, dt, "ops", "Certificate", cert, "Issuing", "Normal",
                                     "Renewing certificate as renewal was scheduled at 2026-03-18 01:00:00 +0000 UTC", source="cert-manager-certificates-trigger"))
    w.add(3, ev, lambda dt: kevent(w, c, dt, "ops", "Certificate", cert, "Requested", "Normal",
                                   f'Created new CertificateRequest resource "{cr}"', source="cert-manager-certificates-request-manager"))
    w.add(6, cm, lambda dt: cmk(dt, "sync.go:106", "propagation check failed", logger="cert-manager.challenges",
                                resource_name=f"{cr}-{w.ri(1000000000, 4000000000)}-0", error="DNS record for \"ops.skyair.example\" not yet propagated"))
    w.add(26, cm, lambda dt: cmk(dt, "acme.go:233", "certificate issued", logger="cert-manager.certificaterequests-issuer-acme.sign",
                                 resource_name=cr, resource_namespace="ops", resource_kind="CertificateRequest"))
    w.add(26.5, ev, lambda dt: kevent(w, c, dt, "ops", "Certificate", cert, "Issuing", "Normal",
                                      "The certificate has been successfully issued", source="cert-manager-certificates-issuing"))
    w.add(28, tr, lambda dt: f'{f_iso(dt)} DBG github.com/traefik/traefik/v3/pkg/tls/tlsmanager.go:228 > Adding certificate for domain(s) ops.skyair.example')
    w.add(28.2, tr, lambda dt: f'{f_iso(dt)} DBG github.com/traefik/traefik/v3/pkg/server/configurationwatcher.go:227 > Configuration received config={{"http":{{}},"tcp":{{}},"tls":{{}},"udp":{{}}}} providerName=kubernetescrd')
    gens = [
        (4, tr, lambda dt: f'{w.ip("10.20")} - - [{f_clf(dt)}] "GET {w.ch(["/", "/api/adsb/coverage", "/api/flights/live?bbox=3,50,8,54", "/static/app.js"])} HTTP/2.0" 200 {w.ri(300, 90000)} "-" "-" {w.ri(1000, 9999)} "ops-ops-portal-https@kubernetescrd" "http://{w.ip("10.244.2")}:8080" {w.ri(2, 60)}ms'),
        (2, portal, lambda dt: f'{f_iso(dt)} level=info msg="served" path=/api/adsb/coverage status=200 ms={w.ri(3, 30)}'),
        (1, cm, lambda dt: cmk(dt, "controller.go:162", "re-queuing item due to optimistic locking on resource", logger="cert-manager.certificates-key-manager",
                               key=f"ops/{cert}", error="Operation cannot be fulfilled on certificates.cert-manager.io \"ops-portal-tls\": the object has been modified; please apply your changes to the latest version and try again")),
    ]
    w.fill(w.ri(28, 34), 0, 60, gens)
    return record(
        w, rid="dev22-ok-cert-manager-renewal", template="healthy_cert_renewal",
        question="Is the ops portal certificate OK? cert-manager logged a propagation check failure overnight.",
        selector={"namespace": "ops"},
        severity="INFO", category="none", component=None,
        root_cause="No incident: cert-manager renewed ops-portal-tls on schedule; the DNS propagation check simply retried until the ACME challenge passed.",
        summary="The renewal was triggered as scheduled, the certificate was issued 25 s later and Traefik loaded it; the optimistic-locking re-queue and the first propagation check are normal controller behaviour, and portal traffic returns 200.",
        action="None.",
    )


@scenario
def ok_adsb_replay_rebalance():
    """Aviation: ADS-B replay test harness on kind; Kafka consumer group rebalance after a scale-up."""
    w = Win("ok_adsb_replay_rebalance", "2026-03-18T16:20:00")
    c = Cluster(w, "kind", "kind-adsb-dev")
    nodes = ["adsb-dev-worker", "adsb-dev-worker2"]
    ns = "adsb"
    kaf = c.pod(ns, "kafka-0", "kafka", nodes[0], "kafka")
    cons = w.replicas("track-builder", 2)
    cb = [c.pod(ns, p, "track-builder", nodes[i], "track-builder") for i, p in enumerate(cons)]
    rep = c.pod(ns, w.deploy_pod("adsb-replay"), "replay", nodes[1], "adsb-replay")
    cas = c.pod(ns, "tracks-cassandra-0", "cassandra", nodes[0], "tracks-cassandra")
    tbl = w.hexs(32)
    ev = c.events(ns)
    gen = w.ri(40, 80)

    def kl(dt, msg):
        return f"[{f_space(dt, 3, ',')}] INFO {msg}"

    def jl(k, lvl, logger, msg):
        return lambda dt: f"{f_space(dt, 3, ',')} {lvl:<5} [{logger}] {msg} (thread=main, pod={cons[k]})"

    w.add(1, ev, lambda dt: kevent(w, c, dt, ns, "Deployment", "track-builder", "ScalingReplicaSet", "Normal",
                                   f"Scaled up replica set {cons[1].rsplit('-', 1)[0]} to 2 from 1", source="deployment-controller"))
    w.add(6, cb[1], jl(1, "WARN", "org.apache.kafka.clients.NetworkClient",
                       "[Consumer clientId=track-builder-2, groupId=track-builder] Connection to node -1 (kafka-0.kafka.adsb.svc/10.96.112.4:9092) could not be established. Broker may not be available."))
    w.add(8, cb[1], jl(1, "INFO", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=track-builder-2, groupId=track-builder] Discovered group coordinator kafka-0.kafka.adsb.svc:9092 (id: 2147483647 rack: null)"))
    w.add(9, kaf, lambda dt: kl(dt, f"[GroupCoordinator 0]: Preparing to rebalance group track-builder in state PreparingRebalance with old generation {gen} (__consumer_offsets-31) (reason: Adding new member track-builder-2-{w.uuid()} with group instance id None; client reason: need to re-join with the given member-id) (kafka.coordinator.group.GroupCoordinator)"))
    w.add(10, cb[0], jl(0, "INFO", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=track-builder-1, groupId=track-builder] Revoke previously assigned partitions adsb.positions-0, adsb.positions-1, adsb.positions-2, adsb.positions-3"))
    w.add(12, kaf, lambda dt: kl(dt, f"[GroupCoordinator 0]: Stabilized group track-builder generation {gen + 1} (__consumer_offsets-31) with 2 members (kafka.coordinator.group.GroupCoordinator)"))
    for k, parts in enumerate(["adsb.positions-0, adsb.positions-1", "adsb.positions-2, adsb.positions-3"]):
        w.add(13 + k * 0.3, cb[k], jl(k, "INFO", "o.a.k.c.c.internals.ConsumerCoordinator",
                                      f"[Consumer clientId=track-builder-{k + 1}, groupId=track-builder] Adding newly assigned partitions: {parts}"))
    for i in range(6):
        w.add(20 + i * 10, cb[i % 2], lambda dt, i=i: f"{f_space(dt, 3, ',')} INFO  [track.builder.Stats] tracks={w.ri(150, 230)} msgs/s={w.ri(800, 1600)} lag={w.ri(0, 120)} errors=0 (thread=main, pod={cons[i % 2]})")
    gens = [
        (4, rep, lambda dt: f'{f_iso(dt)} level=info msg="replayed chunk" file=eham-2026-02-11.beast offset={w.ri(10**6, 9 * 10**7)} msgs={w.ri(4000, 9000)} speed=1x'),
        (1, kaf, lambda dt: kl(dt, f"[LocalLog partition=adsb.positions-{w.ri(0, 3)}, dir=/var/lib/kafka/data] Rolled new log segment at offset {w.ri(10**6, 9 * 10**6)} in {w.ri(1, 5)} ms. (kafka.log.LocalLog)")),
        (1, cas, lambda dt: f"INFO  [CompactionExecutor:{w.ri(1, 8)}] {f_space(dt, 3, ',')} CompactionTask.java:253 - Compacted ({w.uuid()}) 4 sstables to [/var/lib/cassandra/data/adsb/tracks-{tbl}/nb-{w.ri(100, 999)}-big,] to level=0.  {w.ri(20, 90)}.{w.ri(100, 999)}MiB to {w.ri(10, 19)}.{w.ri(100, 999)}MiB (~{w.ri(40, 70)}% of original) in {w.ri(800, 4000)}ms."),
    ]
    w.fill(w.ri(26, 32), 0, 85, gens)
    return record(
        w, rid="dev22-ok-adsb-replay-rebalance", template="healthy_rebalance",
        question="track-builder logged 'Broker may not be available' and a rebalance in the dev cluster. Is Kafka broken?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the new track-builder replica logged one connection warning during start-up, then joined the group; the rebalance is the expected result of scaling from 1 to 2 consumers.",
        summary="The consumer group rebalanced to generation +1 with 2 members, partitions were split 2/2, and both consumers report low lag and errors=0 while the replay keeps feeding data.",
        action="None.",
    )


# ---------------------------------------------------------------- main
def main():
    out = sys.argv[1] if len(sys.argv) == 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev22.jsonl")
    if len(sys.argv) > 2 and sys.argv[1] == "--show":
        # debug view of one scenario, built in memory (does not read any data file)
        for fn in SCENARIOS:
            r = fn()
            if sys.argv[2] in r["id"]:
                ev = set(r["expected"]["evidence"])
                for i, x in enumerate(r["logs"]):
                    lab = x["labels"]
                    src = lab.get("container") or lab.get("kubernetes_container_name") or lab.get("unit") \
                        or lab.get("systemd_unit") or lab.get("talos_service") or lab.get("job") or lab.get("source")
                    print(f"{'*' if i in ev else ' '}{i:3d} {x['ts'][11:23]} {str(src)[:14]:14} {x['line'][:260]}")
                print(len(r["logs"]), "lines; evidence", r["expected"]["evidence"])
        return
    recs = [fn() for fn in SCENARIOS]
    if len(sys.argv) > 1 and sys.argv[1] == "--stats":
        # aggregate self-check of the in-memory records (does not read any data file)
        from collections import Counter
        cat = Counter(r["expected"]["root_cause_category"] for r in recs)
        sev = Counter(r["expected"]["severity"] for r in recs)
        print("records", len(recs))
        print("categories", sorted(cat.items()))
        print("severities", sorted(sev.items()))
        print("lines min/max", min(len(r["logs"]) for r in recs), max(len(r["logs"]) for r in recs))
        for r in recs:
            print(f'{r["id"]:44} {r["expected"]["root_cause_category"]:18} {r["expected"]["severity"]:8} '
                  f'{len(r["logs"]):4} ev={len(r["expected"]["evidence"])} cluster={r["logs"][0]["labels"].get("cluster") or r["logs"][0]["labels"].get("openshift_cluster_id", "")[:8]}')
        return
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    recs.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(recs)} records to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
