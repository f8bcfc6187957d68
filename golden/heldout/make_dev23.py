#!/usr/bin/env python3
"""Deterministic generator for the dev23 held-out golden set (loglens golden format v1).

Standard library only.  Every random choice of a scenario comes from
random.Random("dev23-<scenario name>"); every timestamp derives from a fixed base
time written in the scenario, never from the wall clock.

Usage:  python3 make_dev23.py [OUTPUT]      (default: dev23.jsonl next to this file)
"""
import hashlib
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
K8S_ALPHA = "bcdfghjklmnpqrstvwxz2456789"   # alphabet used by k8s name generators
SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# --------------------------------------------------------------------------- time formats
def ts_entry(dt, style):
    """Timestamp of a log entry (RFC 3339 with a zone) in one of several styles."""
    u = dt.astimezone(UTC)
    if style == "ms":
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"
    if style == "us":
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}Z"
    if style == "ns":
        extra = (u.microsecond * 7 + u.second * 13) % 1000
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}{extra:03d}Z"
    if style == "plus0":
        return u.isoformat(timespec="milliseconds")           # ...+00:00
    if style.startswith("off"):                               # e.g. off+01:00 / off-05:00
        sign = 1 if style[3] == "+" else -1
        hh, mm = style[4:].split(":")
        tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
        return dt.astimezone(tz).isoformat(timespec="milliseconds")
    raise ValueError(style)


def iso_ms(dt):
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def iso_us(dt):
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}Z"


def iso_ns(dt):
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}{(u.microsecond * 3) % 1000:03d}Z"


def py_ts(dt):          # Python logging default asctime
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S,") + f"{dt.microsecond // 1000:03d}"


def spring_ts(dt):      # Spring Boot 3 console pattern
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def nginx_ts(dt):
    return dt.astimezone(UTC).strftime("%d/%b/%Y:%H:%M:%S +0000")


def nginx_err_ts(dt):
    return dt.astimezone(UTC).strftime("%Y/%m/%d %H:%M:%S")


def klog_prefix(level, dt, pid):
    u = dt.astimezone(UTC)
    return f"{level}{u.strftime('%m%d %H:%M:%S.')}{u.microsecond:06d} {pid:7d} "


def gunicorn_ts(dt):
    return dt.astimezone(UTC).strftime("[%Y-%m-%d %H:%M:%S +0000]")


def pg_ts(dt):
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%d %H:%M:%S.") + f"{u.microsecond // 1000:03d} UTC"


def redis_ts(dt):
    u = dt.astimezone(UTC)
    return u.strftime("%d %b %Y %H:%M:%S.") + f"{u.microsecond // 1000:03d}"


def kafka_ts(dt):
    return py_ts(dt)


# --------------------------------------------------------------------------- names
def k8s_suffix(rng, n):
    return "".join(rng.choice(K8S_ALPHA) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ip4(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


def pod_uid(ns, pod):
    """Stable pseudo pod UID (derived from the name, so label builders need no rng)."""
    h = hashlib.sha256(f"{ns}/{pod}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


# --------------------------------------------------------------------------- label conventions
class Conv:
    """Loki label conventions of different log shippers / distributions."""

    def __init__(self, style, cluster=None):
        self.style = style
        self.cluster = cluster

    def _cl(self, d):
        if self.cluster:
            d["cluster"] = self.cluster
        return d

    def container(self, ns, pod, container, node, app, stream):
        s = self.style
        if s == "std":
            d = {"namespace": ns, "pod": pod, "container": container, "node": node}
        elif s == "promtail":
            d = {"namespace": ns, "pod": pod, "container": container, "app": app,
                 "job": f"{ns}/{app}", "node_name": node, "stream": stream}
        elif s == "otel":
            d = {"k8s_namespace_name": ns, "k8s_pod_name": pod, "k8s_container_name": container,
                 "k8s_node_name": node, "service_name": app}
        elif s == "fluentbit":
            d = {"kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
                 "kubernetes_container_name": container, "kubernetes_host": node,
                 "kubernetes_labels_app": app}
        elif s == "openshift":
            d = {"log_type": "application", "kubernetes_namespace_name": ns,
                 "kubernetes_pod_name": pod, "kubernetes_container_name": container,
                 "kubernetes_host": node}
        elif s == "k3s":
            d = {"namespace": ns, "pod": pod, "container": container, "app": app,
                 "host": node, "filename": f"/var/log/pods/{ns}_{pod}_{pod_uid(ns, pod)}/{container}/0.log"}
        else:
            raise ValueError(s)
        return self._cl(d)

    def node(self, host, unit):
        s = self.style
        if s in ("std",):
            d = {"node": host, "unit": unit, "job": "journal"}
        elif s == "promtail":
            d = {"job": "node/journal", "unit": unit, "node_name": host}
        elif s == "otel":
            d = {"k8s_node_name": host, "service_name": unit.replace(".service", ""),
                 "log_source": "journald"}
        elif s == "fluentbit":
            d = {"job": "systemd", "systemd_unit": unit, "hostname": host}
        elif s == "openshift":
            d = {"log_type": "infrastructure", "hostname": host, "systemd_unit": unit}
        elif s == "k3s":
            d = {"job": "journal", "unit": unit, "host": host}
        return self._cl(d)

    def event_labels(self, ns, kind, name, reason, etype):
        s = self.style
        if s == "std":
            d = {"namespace": ns, "job": "kube-events"}
        elif s == "promtail":
            d = {"job": "integrations/kubernetes/eventhandler", "namespace": ns}
        elif s == "otel":
            d = {"k8s_namespace_name": ns, "service_name": "k8s-events",
                 "k8s_object_kind": kind, "k8s_object_name": name,
                 "k8s_event_reason": reason, "k8s_event_type": etype}
        elif s == "fluentbit":
            d = {"kubernetes_namespace_name": ns, "job": "event-exporter"}
        elif s == "openshift":
            d = {"log_type": "infrastructure", "kubernetes_namespace_name": ns,
                 "job": "eventrouter"}
        elif s == "k3s":
            d = {"namespace": ns, "job": "k8s-events"}
        return self._cl(d)


class W:
    """A container of a pod."""

    def __init__(self, rec, ns, pod, container, node, app):
        self.rec, self.ns, self.pod, self.container, self.node, self.app = \
            rec, ns, pod, container, node, app

    def labels(self, stream="stdout"):
        return self.rec.conv.container(self.ns, self.pod, self.container, self.node,
                                       self.app, stream)

    def log(self, t, line, ev=False, stream="stdout"):
        self.rec.add(t, self.labels(stream), line, ev)

    def sibling(self, container):
        return W(self.rec, self.ns, self.pod, container, self.node, self.app)


class Rec:
    def __init__(self, name, base, conv="std", cluster=None, tsfmt="ms"):
        self.name = name
        self.rng = random.Random(f"dev23-{name}")
        self.base = datetime.fromisoformat(base)
        assert self.base.tzinfo is not None
        self.conv = Conv(conv, cluster)
        self.tsfmt = tsfmt
        self.entries = []

    # random helpers -------------------------------------------------------
    def j(self, a, b):
        return round(self.rng.uniform(a, b), 3)

    def times(self, t0, t1, n):
        return sorted(round(self.rng.uniform(t0, t1), 3) for _ in range(n))

    def at(self, t):
        return self.base + timedelta(seconds=t)

    # workloads -------------------------------------------------------------
    def deploy(self, ns, app, node, container=None, rs=None):
        rs = rs or k8s_suffix(self.rng, self.rng.choice([9, 10]))
        pod = f"{app}-{rs}-{k8s_suffix(self.rng, 5)}"
        return W(self, ns, pod, container or app, node, app)

    def sts(self, ns, app, ordinal, node, container=None):
        return W(self, ns, f"{app}-{ordinal}", container or app, node, app)

    def fixed(self, ns, pod, container, node, app):
        return W(self, ns, pod, container, node, app)

    # lines -------------------------------------------------------------------
    def add(self, t, labels, line, ev=False):
        self.entries.append((round(t, 6), len(self.entries), labels, line, ev))

    def node_log(self, t, host, unit, line, ev=False):
        self.add(t, self.conv.node(host, unit), line, ev)

    def event(self, t, ns, kind, name, reason, msg, etype="Warning", source="kubelet",
              host=None, count=1, ev=False):
        s = self.conv.style
        labels = self.conv.event_labels(ns, kind, name, reason, etype)
        dt = self.at(t)
        if s in ("promtail",):
            line = (f"name={name}.{hexs(self.rng, 16)} kind={kind} action= objectAPIversion=v1 "
                    f"objectRV={self.rng.randint(10**7, 10**8)} eventRV={self.rng.randint(10**7, 10**8)} "
                    f"sourcecomponent={source}" + (f" sourcehost={host}" if host else "") +
                    f" reason={reason} type={etype} count={count} msg={json.dumps(msg)}")
        elif s == "otel":
            line = msg
        elif s == "fluentbit":
            line = json.dumps({
                "metadata": {"name": f"{name}.{hexs(self.rng, 16)}", "namespace": ns,
                             "creationTimestamp": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")},
                "reason": reason, "message": msg,
                "source": ({"component": source, "host": host} if host else {"component": source}),
                "firstTimestamp": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "lastTimestamp": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "count": count, "type": etype,
                "involvedObject": {"kind": kind, "namespace": ns, "name": name},
                "reportingComponent": source}, separators=(",", ":"))
        elif s == "openshift":
            line = json.dumps({"verb": "ADDED", "event": {
                "metadata": {"name": f"{name}.{hexs(self.rng, 16)}", "namespace": ns},
                "involvedObject": {"kind": kind, "namespace": ns, "name": name},
                "reason": reason, "message": msg, "source": {"component": source},
                "count": count, "type": etype,
                "lastTimestamp": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}},
                separators=(",", ":"))
        else:   # std / k3s : compact logfmt
            line = (f"type={etype} reason={reason} object={kind}/{name} source={source} "
                    f"count={count} message={json.dumps(msg)}")
        self.add(t, labels, line, ev)

    # output ------------------------------------------------------------------
    def build(self, source, question, selector, severity, category, component,
              root_cause, summary, action):
        ents = sorted(self.entries, key=lambda e: (e[0], e[1]))
        logs, evidence = [], []
        for i, (t, _, labels, line, ev) in enumerate(ents):
            logs.append({"ts": ts_entry(self.at(t), self.tsfmt), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        expected = {"severity": severity, "root_cause_category": category}
        if component is not None:
            expected["component"] = component
        expected.update({"root_cause": root_cause, "summary": summary, "action": action,
                         "evidence": evidence})
        # id and source are neutral (no category hint); ids are assigned in main() from ORDER.
        rec = {"id": None, "source": f"synthetic:dev23-{theme_of(self.conv.cluster)}"}
        if question is not None:
            rec["question"] = question
        rec["selector"] = selector
        rec["logs"] = logs
        rec["expected"] = expected
        if category == "none":
            assert not evidence, self.name
        else:
            assert evidence, self.name
        return rec


def theme_of(cluster):
    if cluster.startswith(("halvik", "quay", "ocp4-halvik")):
        return "port"
    if cluster.startswith("scorewire"):
        return "sports"
    return "hospitality"


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


def kv(**kw):
    """logfmt rendering, quoting where needed."""
    out = []
    for k, v in kw.items():
        v = str(v)
        if v == "" or any(c in v for c in ' ="'):
            v = json.dumps(v)
        out.append(f"{k}={v}")
    return " ".join(out)


def jl(**kw):
    return json.dumps(kw, separators=(",", ":"))


def ingress_line(rng, dt, client, method, path, status, size, ua, upstream_name, upstream_addr,
                 rt, req_len=None, ustatus=None, ursize=None):
    req_len = req_len or rng.randint(180, 900)
    ustatus = ustatus if ustatus is not None else status
    ursize = ursize if ursize is not None else size
    return (f'{client} - - [{nginx_ts(dt)}] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" '
            f'{req_len} {rt:.3f} [{upstream_name}] [] {upstream_addr} {ursize} {rt:.3f} {ustatus} '
            f'{hexs(rng, 32)}')


def envoy_line(rng, dt, method, path, status, flags, details, rx, tx, dur, ust, authority,
               upstream_host, cluster, ua="envoy", xff="-"):
    return (f'[{iso_ms(dt)}] "{method} {path} HTTP/1.1" {status} {flags} {details} - "-" '
            f'{rx} {tx} {dur} {ust} "{xff}" "{ua}" "{uuid4(rng)}" "{authority}" "{upstream_host}" '
            f'{cluster} - - - - default')


# =========================================================================== SCENARIOS

# --- 1 ---------------------------------------------------------------------------------
@scenario
def oom_crane_telemetry():
    r = Rec("oom-crane-telemetry", "2026-03-03T06:40:00+00:00", conv="promtail",
            cluster="halvik-tos-prod")
    rng = r.rng
    na = "ip-10-31-14-187.eu-north-1.compute.internal"
    nb = "ip-10-31-22-61.eu-north-1.compute.internal"
    nc = "ip-10-31-9-240.eu-north-1.compute.internal"
    ns = "terminal-ops"
    cta = r.deploy(ns, "crane-telemetry-aggregator", na, rs="6f8d9c7b54")
    bp = r.deploy(ns, "berth-planner", nb)
    edge = r.deploy(ns, "tos-edge", nb)
    ais = r.deploy(ns, "vessel-ais-tracker", nc)
    cta_ip = "10.31.14.203"

    # healthy neighbours
    for t in r.times(0, 540, 24):
        mmsi = rng.choice([219018000, 244650123, 636019825, 538007112, 255806233, 311000944])
        ais.log(t, kv(ts=iso_ms(r.at(t)), level="info", caller="decoder/nmea.go:211",
                      msg="AIS batch decoded", station="halvik-north", msgs=rng.randint(1400, 2300),
                      invalid=rng.randint(0, 3), last_mmsi=mmsi))
    for t in r.times(0, 540, 14):
        code = rng.choice([200, 200, 200, 200, 304])
        edge.log(t, ingress_line(rng, r.at(t), ip4(rng, "10.31.40"), "GET",
                                 f"/api/berths/B{rng.randint(1, 9)}/schedule", code,
                                 rng.randint(900, 4200) if code == 200 else 0, "tos-ui/5.2.0",
                                 "terminal-ops-berth-planner-8000", "10.31.22.74:8000",
                                 rng.uniform(0.004, 0.05)))
    for t in r.times(10, 540, 9):
        bp.log(t, f"{py_ts(r.at(t))} INFO berth_planner.solver plan recomputed vessels={rng.randint(11, 16)} "
                  f"conflicts=0 horizon_h=48 took_ms={rng.randint(180, 420)}")

    # crash/OOM cycles of the aggregator
    restarts = [(20.412, 108.537, 3), (128.93, 214.216, 4), (254.371, 342.688, 5), (422.145, 509.804, 6)]
    host_pid = 48213
    for k, (start, oom_t, rc) in enumerate(restarts):
        cta.log(start, f"{spring_ts(r.at(start))}  INFO 1 --- [crane-telemetry-aggregator] [           main] "
                       f"c.h.t.CraneTelemetryApplication          : Starting CraneTelemetryApplication v3.14.2 "
                       f"using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)")
        t = start + 11.8
        cta.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [crane-telemetry-aggregator] [           main] "
                   f"c.h.t.CraneTelemetryApplication          : Started CraneTelemetryApplication in 11.84 seconds "
                   f"(process running for 12.61)")
        t = start + 13.2
        cta.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [crane-telemetry-aggregator] [  replay-worker] "
                   f"c.h.t.replay.BacklogReplayer             : Replaying spreader telemetry backlog "
                   f"topic=crane.spreader.telemetry partitions=0-11 from=2026-03-02T18:00:00Z cranes=412")
        for q, frac in enumerate((0.9, 1.8, 2.9)):
            t = start + 25 + q * 18
            cta.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [crane-telemetry-aggregator] [  replay-worker] "
                       f"c.h.t.replay.BacklogReplayer             : Backlog replay progress buffered={frac}M/4.9M "
                       f"events windowCacheEntries={int(frac * 412000)}")
        gc_t = oom_t - 6
        up = gc_t - start
        cta.log(gc_t, f"[{up:.3f}s][info][gc] GC({40 + k}) Pause Full (G1 Compaction Pause) "
                      f"1788M->1783M(1792M) {rng.randint(1900, 2400)}.{rng.randint(100, 999)}ms")
        pid = host_pid + k * 977
        cid = hexs(rng, 64)
        r.node_log(oom_t, na, "kernel",
                   f"java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=993")
        r.node_log(oom_t + 0.002, na, "kernel",
                   f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:6018244kB, "
                   f"anon-rss:2091876kB, file-rss:22408kB, shmem-rss:0kB, UID:1001 pgtables:4688kB "
                   f"oom_score_adj:993", ev=True)
        r.node_log(oom_t + 0.04, na, "containerd.service",
                   f'time="{iso_ns(r.at(oom_t + 0.04))}" level=info msg="TaskOOM event '
                   f'&TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"', ev=(k == len(restarts) - 1))
        t = oom_t + 0.9
        r.node_log(t, na, "kubelet.service",
                   klog_prefix("I", r.at(t), 3412) + 'kubelet.go:2461] "SyncLoop (PLEG): event for pod" '
                   f'pod="{ns}/{cta.pod}" event={{"ID":"{uuid4(rng)}","Type":"ContainerDied","Data":"{cid}"}}')
        if k >= 1:
            back = {1: "20s", 2: "40s", 3: "1m20s"}[k]
            t = oom_t + 1.4
            r.node_log(t, na, "kubelet.service",
                       klog_prefix("E", r.at(t), 3412) + 'pod_workers.go:1298] "Error syncing pod, skipping" '
                       f'err="failed to \\"StartContainer\\" for \\"crane-telemetry-aggregator\\" with '
                       f'CrashLoopBackOff: \\"back-off {back} restarting failed container=crane-telemetry-aggregator '
                       f'pod={cta.pod}_{ns}({uuid4(rng)})\\"" pod="{ns}/{cta.pod}"', ev=(k == 3))
            r.event(t + 0.3, ns, "Pod", cta.pod, "BackOff",
                    "Back-off restarting failed container crane-telemetry-aggregator in pod "
                    f"{cta.pod}_{ns}({uuid4(rng)})", host=na, count=k * 3)
        # symptoms in callers
        for q in range(rng.randint(2, 3)):
            t = oom_t + 2 + q * r.j(3, 9)
            sts = rng.choice(["STS-03", "STS-07", "STS-11", "RTG-22"])
            edge.log(t, f"{nginx_err_ts(r.at(t))} [error] 29#29: *{rng.randint(10000, 99999)} connect() failed "
                        f"(111: Connection refused) while connecting to upstream, client: {ip4(rng, '10.31.40')}, "
                        f"server: tos-edge, request: \"GET /api/cranes/{sts}/telemetry HTTP/1.1\", upstream: "
                        f"\"http://{cta_ip}:8080/api/cranes/{sts}/telemetry\", host: \"tos-edge.terminal-ops.svc\"",
                     stream="stderr")
        t = oom_t + 12
        bp.log(t, f"{py_ts(r.at(t))} WARNING berth_planner.inputs crane telemetry stale for 9 cranes "
                  f"(last update {int(t - oom_t + 5)}s ago); using last known productivity rates")
    return r.build(
        "oom_killed", "Why does crane-telemetry-aggregator keep restarting in terminal-ops?",
        sel(namespace="terminal-ops", app="crane-telemetry-aggregator"),
        "CRITICAL", "oom_killed", "crane-telemetry-aggregator",
        "The crane-telemetry-aggregator JVM is killed by the kernel memory-cgroup OOM killer each time it "
        "replays the overnight spreader telemetry backlog; heap is sized to nearly the whole container "
        "memory limit so the container exceeds its limit.",
        "crane-telemetry-aggregator is in an OOM crash loop (TaskOOM / memory cgroup kills, CrashLoopBackOff); "
        "tos-edge gets connection refused from it and berth-planner falls back to stale crane data.",
        "Raise the container memory limit or lower the JVM heap (MaxRAMPercentage) and bound the backlog "
        "replay window cache; then let the pod restart.")


# --- 2 ---------------------------------------------------------------------------------
@scenario
def oom_odds_normalizer():
    r = Rec("oom-odds-normalizer", "2026-03-07T19:28:00+00:00", conv="otel",
            cluster="scorewire-prod-euw2", tsfmt="ns")
    rng = r.rng
    n1 = "gke-scorewire-prod-pool-odds-5c1e8a2f-q7kd"
    n2 = "gke-scorewire-prod-pool-odds-5c1e8a2f-w2lx"
    ns = "sports-odds"
    on1 = r.deploy(ns, "odds-normalizer", n1, rs="84c7f9d6b8")
    on2 = r.deploy(ns, "odds-normalizer", n2, rs="84c7f9d6b8")
    pr = r.deploy(ns, "in-play-pricing", n2)
    fp = r.deploy(ns, "odds-feed-poller", n1)
    svc = "odds-normalizer.sports-odds.svc.cluster.local:8000"
    pod_ip = {on1.pod: "10.64.7.19", on2.pod: "10.64.9.33"}

    for t in r.times(0, 470, 16):
        fp.log(t, jl(timestamp=iso_us(r.at(t)), level="info", event="poll complete", provider="statsgrid",
                     fixtures=rng.randint(38, 46), price_changes=rng.randint(1200, 2600), http_status=200,
                     elapsed_ms=rng.randint(140, 380)))
    cache = {on1.pod: 1.31, on2.pod: 1.22}
    for t in r.times(0, 470, 30):
        w = rng.choice([on1, on2])
        if rng.random() < 0.6:
            w.log(t, f'{ip4(rng, "10.60.2")} - - [{nginx_ts(r.at(t))}] "POST /v1/normalize HTTP/1.1" 200 '
                     f'{rng.randint(900, 2400)} "-" "Go-http-client/1.1"')
        else:
            cache[w.pod] += rng.uniform(0.01, 0.04)
            w.log(t, f"{py_ts(r.at(t))} INFO [odds_normalizer.snapshots] market snapshot cache "
                     f"entries={int(cache[w.pod] * 310000)} approx_rss_mb={int(cache[w.pod] * 1024 / 2.1)} "
                     f"in_play_events={rng.randint(61, 74)}", stream="stderr")
    for t in r.times(0, 470, 14):
        pr.log(t, jl(level="info", ts=round(r.at(t).timestamp(), 6), caller="pricing/engine.go:214",
                     msg="ladder published", market_id=f"1.{rng.randint(230000000, 239999999)}",
                     selections=rng.choice([2, 3, 3, 12]), latency_ms=rng.randint(9, 40)))

    kills = [(96.418, on1, 57), (171.072, on1, 61), (233.59, on2, 58), (302.227, on1, 66),
             (351.804, on2, 63), (409.361, on1, 71)]
    next_pid = {on1.pod: 74, on2.pod: 69}
    for k, (t0, w, wpid) in enumerate(kills):
        hpid = 2291847 + k * 4113
        node = w.node
        r.node_log(t0 - 0.05, node, "kernel",
                   "gunicorn invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984")
        r.node_log(t0 - 0.049, node, "kernel",
                   f"Memory cgroup out of memory: Killed process {hpid} (gunicorn) total-vm:{rng.randint(1700000, 1900000)}kB, "
                   f"anon-rss:{rng.randint(640000, 720000)}kB, file-rss:{rng.randint(9000, 14000)}kB, shmem-rss:0kB, "
                   f"UID:10001 pgtables:{rng.randint(1500, 1700)}kB oom_score_adj:984", ev=True)
        r.node_log(t0 - 0.02, node, "kernel",
                   f"oom_reaper: reaped process {hpid} (gunicorn), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB")
        w.log(t0 + 0.3, f"{gunicorn_ts(r.at(t0))} [1] [ERROR] Worker (pid:{wpid}) was sent SIGKILL! "
                        f"Perhaps out of memory?", ev=True, stream="stderr")
        np_ = next_pid[w.pod]
        next_pid[w.pod] += rng.randint(3, 6)
        w.log(t0 + 0.34, f"{gunicorn_ts(r.at(t0))} [{np_}] [INFO] Booting worker with pid: {np_}", stream="stderr")
        for q in range(rng.randint(1, 3)):
            t = t0 + r.j(0.01, 0.25) if q == 0 else t0 + r.j(0.4, 3)
            err = rng.choice([
                f'Post "http://{svc}/v1/normalize": EOF',
                f"read tcp {ip4(rng, '10.60.2')}:{rng.randint(33000, 60999)}->{pod_ip[w.pod]}:8000: "
                f"read: connection reset by peer"])
            pr.log(t, jl(level="error", ts=round(r.at(t).timestamp(), 6), caller="pricing/normalizer_client.go:88",
                         msg="normalize request failed", upstream=svc, error=err,
                         market_id=f"1.{rng.randint(230000000, 239999999)}", attempt=1))
        t = t0 + r.j(3, 5)
        pr.log(t, jl(level="warn", ts=round(r.at(t).timestamp(), 6), caller="pricing/engine.go:301",
                     msg="market suspended: price older than threshold",
                     market_id=f"1.{rng.randint(230000000, 239999999)}", age_ms=rng.randint(2100, 4800),
                     threshold_ms=2000))
    return r.build(
        "oom_killed",
        "In-play pricing keeps logging EOF / connection reset from the odds normalizer since the second half "
        "started and markets are being suspended. What is going on?",
        sel(namespace="sports-odds"),
        "ERROR", "oom_killed", "odds-normalizer",
        "odds-normalizer gunicorn workers grow their per-worker market snapshot cache during peak in-play "
        "traffic until the pod exceeds its memory limit; the kernel cgroup OOM killer SIGKILLs workers, "
        "dropping in-flight requests.",
        "Repeated memory-cgroup OOM kills of odds-normalizer gunicorn workers on both replicas; in-play-pricing "
        "sees EOF/connection resets from odds-normalizer and suspends markets on stale prices.",
        "Raise the odds-normalizer memory limit or reduce workers per pod, cap/share the market snapshot cache "
        "(e.g. max entries or an external cache), and set gunicorn max_requests to recycle workers.")


# --- 3 ---------------------------------------------------------------------------------
@scenario
def apperr_loyalty_crash():
    r = Rec("apperr-loyalty-crash", "2026-03-12T22:05:00+00:00", conv="fluentbit",
            cluster="staybridge-prod-weu", tsfmt="us")
    rng = r.rng
    n3 = "aks-loyalty-28571943-vmss000003"
    n4 = "aks-loyalty-28571943-vmss000004"
    ns = "guest-loyalty"
    lp = r.deploy(ns, "loyalty-points-service", n3, rs="5d7bb9f4c6")
    bff = r.deploy(ns, "member-portal-bff", n4)
    relay = r.deploy(ns, "pms-event-relay", n4)
    svc_ip = "10.0.148.22"

    def pino(w, t, level, msg, **extra):
        d = {"level": level, "time": int(r.at(t).timestamp() * 1000), "pid": 1, "hostname": w.pod}
        d.update(extra)
        d["msg"] = msg
        w.log(t, json.dumps(d, separators=(",", ":")))

    for t in r.times(0, 420, 12):
        prop = rng.choice(["LIS-ALF", "OPO-RIB", "MAD-SOL", "BCN-GOT"])
        relay.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [pms-event-relay] [   relay-pool-2] "
                     f"c.s.relay.StayEventPublisher            : Relayed {rng.randint(3, 24)} stay.completed "
                     f"events to topic hotel.stays.v1 property={prop}")
    for t in r.times(0, 420, 16):
        pino(bff, t, 30, "request completed", req={"method": "GET", "url": "/api/members/me/profile"},
             res={"statusCode": 200}, responseTime=rng.randint(14, 60))

    cycles = [(8.214, 38.906), (66.33, 97.051), (141.58, 172.49), (237.102, 268.77), (370.6, 401.233)]
    for k, (st, crash) in enumerate(cycles):
        pino(lp, st, 30, "loyalty-points-service listening on :3000", version="2.19.0", node="v20.11.1")
        pino(lp, st + 0.81, 30, "connected to postgres", host="loyalty-pg.guest-loyalty.svc", db="loyalty")
        pino(lp, st + 29.5, 30, "accrual flush started", pending=rng.randint(190, 240), batch=200)
        frames = [
            "/app/dist/services/tierCalculator.js:88",
            "    const multiplier = TIER_MULTIPLIERS[member.tier.tierCode];",
            "                                                    ^",
            "",
            "TypeError: Cannot read properties of undefined (reading 'tierCode')",
            "    at computeAccrual (/app/dist/services/tierCalculator.js:88:53)",
            "    at Array.map (<anonymous>)",
            "    at AccrualFlusher.flushBatch (/app/dist/jobs/accrualFlusher.js:57:22)",
            "    at Timeout._onTimeout (/app/dist/jobs/accrualFlusher.js:31:18)",
            "    at listOnTimeout (node:internal/timers:573:17)",
            "    at process.processTimers (node:internal/timers:514:7)",
            "",
            "Node.js v20.11.1",
        ]
        for q, fr in enumerate(frames):
            if fr == "":
                continue
            lp.log(crash + q * 0.0003, fr, ev=(fr.startswith("TypeError") or
                                                 (fr.startswith("    at computeAccrual") and k == 0)),
                   stream="stderr")
        for q in range(rng.randint(1, 2)):
            t = crash + r.j(1.0, 9.0)
            pino(bff, t, 50, "points balance lookup failed",
                 err={"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:3000", "code": "ECONNREFUSED",
                      "errno": -111, "syscall": "connect", "address": svc_ip, "port": 3000},
                 upstream="http://loyalty-points-service.guest-loyalty.svc.cluster.local:3000/v1/balance")
        if k >= 1:
            r.event(crash + 1.3, ns, "Pod", lp.pod, "BackOff",
                    f"Back-off restarting failed container loyalty-points-service in pod "
                    f"{lp.pod}_{ns}({uuid4(rng)})", host=n3, count=k * 2 + 1, ev=(k == 4))
    return r.build(
        "application_error", "Loyalty points stopped accruing for tonight's checkouts. What is wrong?",
        sel(namespace="guest-loyalty"),
        "CRITICAL", "application_error", "loyalty-points-service",
        "loyalty-points-service crashes with an unhandled TypeError in computeAccrual (member.tier is undefined "
        "for a guest without a loyalty tier) every time the accrual flusher runs, so the pod is in a crash loop.",
        "loyalty-points-service exits ~30s after each start on 'Cannot read properties of undefined (reading "
        "'tierCode')' and is in CrashLoopBackOff; member-portal-bff gets ECONNREFUSED for balance lookups.",
        "Fix computeAccrual to handle members without a tier (default tier or skip), or quarantine the offending "
        "pending accrual, then roll out the fix.")


# --- 4 ---------------------------------------------------------------------------------
@scenario
def apperr_customs_npe():
    r = Rec("apperr-customs-npe", "2026-03-10T10:58:00+00:00", conv="openshift",
            cluster="ocp4-halvik", tsfmt="plus0")
    rng = r.rng
    ns = "customs-brokerage"
    w2 = "worker-2.ocp4.halvik-port.internal"
    w5 = "worker-5.ocp4.halvik-port.internal"
    api = r.deploy(ns, "customs-declaration-api", w2, rs="66b9d5c8f7")
    api2 = r.deploy(ns, "customs-declaration-api", w5, rs="66b9d5c8f7")
    edi = r.deploy(ns, "edi-cusdec-bridge", w5)
    mr = r.deploy(ns, "manifest-reconciler", w2)
    base_url = "http://customs-declaration-api.customs-brokerage.svc:8080/api/v2/declarations"

    for t in r.times(0, 500, 10):
        mr.log(t, f"time={iso_ms(r.at(t))} level=INFO msg=\"manifest reconciled\" "
                  f"voyage=HLV-{rng.randint(2600, 2640)}{rng.choice('EW')} containers={rng.randint(600, 2400)} "
                  f"mismatches=0 duration={rng.randint(120, 900)}ms")
    bad_times = [61.207, 148.55, 203.918, 287.3, 366.04, 431.66]
    good_times = r.times(0, 500, 14)
    for t in good_times:
        w = rng.choice([api, api2])
        ref = f"HLV{r.at(t).strftime('%y%m%d')}{rng.randint(1000, 9999)}"
        w.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [customs-declaration-api] [nio-8080-exec-{rng.randint(1, 9)}] "
                 f"c.h.customs.service.DeclarationService  : Declaration {ref} accepted lines={rng.randint(2, 40)} "
                 f"dutyTotal=EUR {rng.randint(200, 9000)}.{rng.randint(10, 99)} mrn=26NL{hexs(rng, 14).upper()}")
        edi.log(t + 0.05, f"{py_ts(r.at(t + 0.05))} INFO edi_cusdec_bridge.submit CUSDEC {ref} submitted "
                          f"status=201 partner={rng.choice(['NORDFWD', 'BALTIC-LOG', 'RHEINCARGO'])}")
    for k, t in enumerate(bad_times):
        w = api if k % 2 == 0 else api2
        ref = f"HLV{r.at(t).strftime('%y%m%d')}{rng.randint(1000, 9999)}"
        thr = rng.randint(1, 9)
        trace = (
            f"{spring_ts(r.at(t))} ERROR 1 --- [customs-declaration-api] [nio-8080-exec-{thr}] "
            f"o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in "
            f"context with path [] threw exception [Request processing failed: java.lang.NullPointerException: "
            f"Cannot invoke \"com.halvikport.customs.tariff.HsCode.chapter()\" because the return value of "
            f"\"com.halvikport.customs.model.DeclarationLine.hsCode()\" is null] with root cause\n\n"
            f"java.lang.NullPointerException: Cannot invoke \"com.halvikport.customs.tariff.HsCode.chapter()\" "
            f"because the return value of \"com.halvikport.customs.model.DeclarationLine.hsCode()\" is null\n"
            f"\tat com.halvikport.customs.tariff.DutyCalculator.dutyFor(DutyCalculator.java:142)\n"
            f"\tat com.halvikport.customs.tariff.DutyCalculator.lambda$total$0(DutyCalculator.java:97)\n"
            f"\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)\n"
            f"\tat java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1625)\n"
            f"\tat java.base/java.util.stream.AbstractPipeline.copyInto(AbstractPipeline.java:509)\n"
            f"\tat com.halvikport.customs.tariff.DutyCalculator.total(DutyCalculator.java:99)\n"
            f"\tat com.halvikport.customs.service.DeclarationService.submit(DeclarationService.java:87)\n"
            f"\tat com.halvikport.customs.web.DeclarationController.create(DeclarationController.java:54)\n"
            f"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            f"\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle"
            f"(ServletInvocableHandlerMethod.java:118)\n"
            f"\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)\n"
            f"\tat java.base/java.lang.Thread.run(Thread.java:1583)")
        w.log(t, trace, ev=True)
        t2 = t + r.j(0.02, 0.09)
        body = jl(timestamp=iso_ms(r.at(t)).replace("Z", "+00:00"), status=500, error="Internal Server Error",
                  path="/api/v2/declarations")
        edi.log(t2, f"{py_ts(r.at(t2))} ERROR edi_cusdec_bridge.submit CUSDEC {ref} rejected: HTTP 500 from "
                    f"{base_url} partner=SKAGEN-SHIPPING lines={rng.randint(3, 30)} body={body}")
        if k % 2 == 1:
            t3 = t2 + 0.4
            edi.log(t3, f"{py_ts(r.at(t3))} WARNING edi_cusdec_bridge.outbox CUSDEC {ref} parked in dead-letter "
                        f"queue after 3 attempts; CONTRL not sent to partner")
    return r.build(
        "application_error", "Why are some customs declarations from the EDI bridge rejected with HTTP 500?",
        sel(namespace="customs-brokerage", app="customs-declaration-api"),
        "ERROR", "application_error", "customs-declaration-api",
        "customs-declaration-api throws an unhandled NullPointerException in DutyCalculator.dutyFor when a "
        "declaration line has no HS code (all failures are from one partner's messages), returning HTTP 500.",
        "A subset of declarations fail with NullPointerException in the duty calculation; edi-cusdec-bridge "
        "logs HTTP 500 from customs-declaration-api and dead-letters the messages. Other declarations succeed.",
        "Validate HS codes on declaration lines (return 400 with a clear message) and guard DutyCalculator "
        "against missing HS codes; reprocess the dead-lettered CUSDEC messages after the fix.")


# --- 5 ---------------------------------------------------------------------------------
@scenario
def imgpull_live_stats():
    r = Rec("imgpull-live-stats", "2026-03-14T14:52:00+00:00", conv="promtail",
            cluster="scorewire-ingest-euw2", tsfmt="ms")
    rng = r.rng
    ns = "live-scoring"
    nodes = ["gke-scorewire-prod-pool-ingest-a41d07c3-2m9s", "gke-scorewire-prod-pool-ingest-a41d07c3-h8vt",
             "gke-scorewire-prod-pool-ingest-a41d07c3-zz4c"]
    old = [r.deploy(ns, "live-stats-ingest", nodes[i], rs="7f5c8d9b47") for i in range(2)]
    new = r.deploy(ns, "live-stats-ingest", nodes[2], rs="b8d6f47c95")
    push = r.deploy(ns, "scoreboard-push", nodes[1])
    argo = r.fixed("argocd", "argocd-application-controller-0", "argocd-application-controller",
                   nodes[0], "argocd-application-controller")
    image = "europe-west2-docker.pkg.dev/scorewire-prod/ingest/live-stats-ingest:4.12.1"

    for t in r.times(0, 660, 30):
        w = rng.choice(old)
        w.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="ingested match events",
                    fixture=f"EPL-{rng.randint(26030, 26045)}", events=rng.randint(4, 60),
                    lag_ms=rng.randint(90, 420), source="statsgrid-push"))
    for t in r.times(0, 660, 14):
        push.log(t, f"{iso_ms(r.at(t))} INFO  ws broadcast fixture=EPL-{rng.randint(26030, 26045)} "
                    f"subscribers={rng.randint(18000, 52000)} frames=1 dropped=0")
    t = 12.406
    argo.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Initiated automated sync to '
                f'\'4f0e2a1c9d\'" application=argocd/live-stats-ingest dest-namespace={ns} '
                f'dest-server="https://kubernetes.default.svc"')
    r.event(13.1, ns, "Deployment", "live-stats-ingest", "ScalingReplicaSet",
            "Scaled up replica set live-stats-ingest-b8d6f47c95 to 1", etype="Normal",
            source="deployment-controller")
    r.event(13.3, ns, "Pod", new.pod, "Scheduled",
            f"Successfully assigned {ns}/{new.pod} to {nodes[2]}", etype="Normal", source="default-scheduler")
    t = 19.8
    argo.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Updated health status: '
                f'Healthy -> Progressing" application=argocd/live-stats-ingest dest-namespace={ns} '
                f'reason=ResourceUpdated type=MODIFIED')
    pulls = [14.9, 31.2, 58.7, 112.4, 221.9, 383.1, 545.6]
    for k, t in enumerate(pulls):
        r.event(t, ns, "Pod", new.pod, "Pulling", f'Pulling image "{image}"', etype="Normal", host=nodes[2],
                count=k + 1)
        t2 = t + r.j(0.3, 0.9)
        msg = (f'Failed to pull image "{image}": rpc error: code = NotFound desc = failed to pull and unpack '
               f'image "{image}": failed to resolve reference "{image}": {image}: not found')
        r.event(t2, ns, "Pod", new.pod, "Failed", msg, host=nodes[2], count=k + 1, ev=(k in (0, 6)))
        r.event(t2 + 0.01, ns, "Pod", new.pod, "Failed", "Error: ErrImagePull", host=nodes[2], count=k + 1)
        t3 = t2 + 0.05
        r.node_log(t3, nodes[2], "kubelet.service",
                   klog_prefix("E", r.at(t3), 1872) + 'pod_workers.go:1298] "Error syncing pod, skipping" '
                   f'err="failed to \\"StartContainer\\" for \\"live-stats-ingest\\" with ErrImagePull: '
                   f'\\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"{image}\\\\\\": '
                   f'failed to resolve reference \\\\\\"{image}\\\\\\": {image}: not found\\"" '
                   f'pod="{ns}/{new.pod}" podUID="{uuid4(rng)}"', ev=(k == 0))
        t4 = t2 + r.j(1.0, 2.0)
        r.event(t4, ns, "Pod", new.pod, "BackOff", f'Back-off pulling image "{image}"', etype="Normal",
                host=nodes[2], count=k + 1)
        r.event(t4 + 0.01, ns, "Pod", new.pod, "Failed", "Error: ImagePullBackOff", host=nodes[2], count=k + 1,
                ev=(k == 6))
    t = 615.2
    argo.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Updated health status: '
                f'Progressing -> Degraded" application=argocd/live-stats-ingest dest-namespace={ns} '
                f'reason=ResourceUpdated type=MODIFIED')
    return r.build(
        "image_pull", "The live-stats-ingest rollout has been stuck for ten minutes. Why?",
        sel(namespace="live-scoring", app="live-stats-ingest"),
        "ERROR", "image_pull", "live-stats-ingest",
        "The new live-stats-ingest revision references image tag 4.12.1, which does not exist in the Artifact "
        "Registry repository (NotFound / not found), so the new pod stays in ErrImagePull/ImagePullBackOff.",
        "Rollout of live-stats-ingest is blocked: its new pod cannot pull image 4.12.1 (manifest not found); the "
        "old replicas keep ingesting and Argo CD marks the app Degraded.",
        "Push the 4.12.1 image (or fix the tag in the manifest to an existing one) and let Argo CD re-sync; "
        "verify the CI publish step for the release.")


# --- 6 ---------------------------------------------------------------------------------
@scenario
def imgpull_channel_mgr_auth():
    r = Rec("imgpull-channel-mgr-auth", "2026-03-16T02:10:00+00:00", conv="otel",
            cluster="staybridge-dist-weu", tsfmt="ms")
    rng = r.rng
    ns = "distribution"
    old_nodes = ["aks-general-41280377-vmss00000a", "aks-general-41280377-vmss00000b"]
    new_node = "aks-general-41280377-vmss00000d"
    image = "staybridgehq.azurecr.io/distribution/channel-manager-sync:2.8.4"
    olds = [r.deploy(ns, "channel-manager-sync", old_nodes[i], rs="79f6d8b5c4") for i in range(2)]
    news = [r.deploy(ns, "channel-manager-sync", new_node, rs="79f6d8b5c4") for _ in range(2)]
    be = r.deploy(ns, "booking-engine", new_node, rs="5b4c9d7f86")
    ota = r.deploy(ns, "ota-webhook-receiver", new_node)

    for t in r.times(0, 40, 6):
        w = rng.choice(olds)
        w.log(t, jl(ts=iso_ms(r.at(t)), level="INFO", logger="ari.push", msg="ARI push ok",
                    channel=rng.choice(["booking-com", "expedia", "airbnb", "hotelbeds"]),
                    property=rng.choice(["LIS-ALF", "OPO-RIB", "FAO-MAR"]), rooms=rng.randint(4, 80),
                    http_status=200, ms=rng.randint(90, 420)))
    for i, n in enumerate(old_nodes):
        r.event(4.2 + i * 21.7, "default", "Node", n, "NodeNotSchedulable",
                f"Node {n} status is now: NodeNotSchedulable", etype="Normal", source="kubelet", host=n)
    for i, w in enumerate(olds):
        t = 9.6 + i * 21.7
        r.event(t, ns, "Pod", w.pod, "Killing", "Stopping container channel-manager-sync", etype="Normal",
                host=w.node)
        w.log(t + 0.1, jl(ts=iso_ms(r.at(t + 0.1)), level="INFO", logger="app", msg="SIGTERM received, "
                          "draining in-flight ARI pushes", inflight=rng.randint(3, 17)))
        w.log(t + 2.4, jl(ts=iso_ms(r.at(t + 2.4)), level="INFO", logger="app", msg="shutdown complete"))
    for i, w in enumerate(news):
        t0 = 10.9 + i * 21.7
        r.event(t0, ns, "Pod", w.pod, "Scheduled", f"Successfully assigned {ns}/{w.pod} to {new_node}",
                etype="Normal", source="default-scheduler")
        pulls = [t0 + 1.3, t0 + 19.8, t0 + 47.1, t0 + 101.6, t0 + 209.4, t0 + 372.9]
        for k, t in enumerate(pulls):
            if t > 560:
                break
            r.event(t, ns, "Pod", w.pod, "Pulling", f'Pulling image "{image}"', etype="Normal", host=new_node,
                    count=k + 1)
            t2 = t + r.j(0.2, 0.6)
            err = (f'failed to pull and unpack image "{image}": failed to resolve reference "{image}": failed '
                   f'to authorize: failed to fetch anonymous token: unexpected status from GET request to '
                   f'https://staybridgehq.azurecr.io/oauth2/token?scope=repository%3Adistribution%2F'
                   f'channel-manager-sync%3Apull&service=staybridgehq.azurecr.io: 401 Unauthorized')
            r.node_log(t2 - 0.01, new_node, "kubelet.service",
                       klog_prefix("E", r.at(t2 - 0.01), 2731) + 'remote_image.go:180] "PullImage from image '
                       f'service failed" err="rpc error: code = Unknown desc = {err.replace(chr(34), chr(92) + chr(34))}" '
                       f'image="{image}"', ev=(i == 0 and k == 0))
            r.event(t2, ns, "Pod", w.pod, "Failed",
                    f'Failed to pull image "{image}": rpc error: code = Unknown desc = {err}', host=new_node,
                    count=k + 1, ev=(k == 0 or (i == 1 and k == 4)))
            r.event(t2 + 0.004, ns, "Pod", w.pod, "Failed", "Error: ErrImagePull", host=new_node, count=k + 1)
            t3 = t2 + r.j(0.8, 1.6)
            r.event(t3, ns, "Pod", w.pod, "BackOff", f'Back-off pulling image "{image}"', etype="Normal",
                    host=new_node, count=k + 1)
            r.event(t3 + 0.004, ns, "Pod", w.pod, "Failed", "Error: ImagePullBackOff", host=new_node,
                    count=k + 1, ev=(k == 3 and i == 0))
    # neighbour on the same node starts fine from the node's image cache
    r.event(38.2, ns, "Pod", ota.pod, "Scheduled", f"Successfully assigned {ns}/{ota.pod} to {new_node}",
            etype="Normal", source="default-scheduler")
    r.event(38.9, ns, "Pod", ota.pod, "Pulled",
            'Container image "staybridgehq.azurecr.io/distribution/ota-webhook-receiver:1.6.0" already present '
            'on machine', etype="Normal", host=new_node)
    r.event(39.3, ns, "Pod", ota.pod, "Started", "Started container ota-webhook-receiver", etype="Normal",
            host=new_node)
    for t in r.times(41, 560, 12):
        ota.log(t, f"{iso_ms(r.at(t))} info: webhook accepted source={rng.choice(['booking-com', 'expedia'])} "
                   f"type=reservation.created id={hexs(rng, 12)} status=202")
    backlog = 310
    for t in r.times(60, 560, 9):
        backlog += rng.randint(250, 520)
        be.log(t, jl(ts=iso_ms(r.at(t)), level="WARN", logger="distribution.outbox",
                     msg="channel sync outbox backlog above threshold", backlog=backlog, threshold=1000,
                     consumer="channel-manager-sync", oldest_age_s=int(t - 30)))
    return r.build(
        "image_pull", "Channel manager sync pods are not running after last night's node pool upgrade. Why?",
        sel(namespace="distribution", app="channel-manager-sync"),
        "CRITICAL", "image_pull", "channel-manager-sync",
        "After the node-image upgrade moved channel-manager-sync to a new node, the image cannot be pulled from "
        "the private ACR because registry authorization fails (401 Unauthorized on the token endpoint); no "
        "replica is running.",
        "Both channel-manager-sync replicas are stuck in ErrImagePull/ImagePullBackOff with 401 Unauthorized from "
        "staybridgehq.azurecr.io; the booking-engine outbox backlog to channel managers keeps growing, risking "
        "overbookings. Pods whose images were already cached on the node start normally.",
        "Restore pull access: re-attach the ACR to the cluster / grant AcrPull to the kubelet identity or fix "
        "the imagePullSecret, then delete the stuck pods so they pull again.")


# --- 7 ---------------------------------------------------------------------------------
@scenario
def healthy_quay_edge():
    r = Rec("healthy-quay-edge", "2026-03-12T04:10:00+00:00", conv="k3s", cluster="quay-edge-north",
            tsfmt="off+01:00")
    rng = r.rng
    ns = "crane-edge"
    n1, n2 = "qe-crane-gw-01", "qe-crane-gw-02"
    plc = r.deploy(ns, "crane-plc-bridge", n1)
    mq = r.sts(ns, "mosquitto", 0, n2)
    fwd = r.deploy(ns, "telemetry-forwarder", n2)
    tr = r.fixed("kube-system", f"traefik-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}", "traefik", n1, "traefik")

    cranes = ["STS-01", "STS-02", "STS-05", "STS-07", "RTG-14", "RTG-15"]
    moves = {c: rng.randint(3000, 9000) for c in cranes}
    for t in r.times(0, 560, 26):
        c = rng.choice(cranes)
        moves[c] += rng.randint(0, 4)
        plc.log(t, kv(time=iso_ms(r.at(t)), level="info", msg="opc-ua poll ok", crane=c,
                      tags=rng.randint(180, 240), moves_total=moves[c],
                      spreader_state=rng.choice(["locked", "unlocked"]), error_count=0,
                      latency_ms=rng.randint(8, 40)))
    t = 122.71
    plc.log(t, kv(time=iso_ms(r.at(t)), level="warning", msg="MQTT publish retry", crane="STS-05", attempt=1,
                  err="EOF", next_try_ms=250))
    plc.log(t + 0.29, kv(time=iso_ms(r.at(t + 0.29)), level="info", msg="MQTT reconnected", broker="mosquitto:1883",
                         attempt=2, session_present="true"))
    epoch = lambda tt: int(r.at(tt).timestamp())
    mq.log(t + 0.05, f"{epoch(t + 0.05)}: Client crane-plc-bridge-sts05 closed its connection.")
    mq.log(t + 0.27, f"{epoch(t + 0.27)}: New connection from 10.42.1.17:51874 on port 1883.")
    mq.log(t + 0.28, f"{epoch(t + 0.28)}: New client connected from 10.42.1.17:51874 as crane-plc-bridge-sts05 "
                     f"(p2, c0, k60, u'edge-bridge').")
    for t in (88.412, 388.412):
        mq.log(t, f"{epoch(t)}: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    batches = 8800
    for t in sorted(r.times(0, 560, 16) + [301.44]):
        batches += 1
        if t == 301.44:
            fwd.log(t, f"{py_ts(r.at(t))} WARNING forwarder.upload batch={batches} attempt=1 failed: "
                       f"HTTPSConnectionPool(host='tos-ingest.halvik-port.example', port=443): Read timed out. "
                       f"(read timeout=10); retrying in 2.0s")
            fwd.log(t + 3.1, f"{py_ts(r.at(t + 3.1))} INFO forwarder.upload batch={batches} records=1211 "
                             f"status=200 attempt=2 error_count=0 dropped=0 elapsed_ms=870")
            continue
        fwd.log(t, f"{py_ts(r.at(t))} INFO forwarder.upload batch={batches} records={rng.randint(900, 1600)} "
                   f"status=200 error_count=0 dropped=0 elapsed_ms={rng.randint(120, 600)}")
    for t in r.times(0, 560, 10):
        tr.log(t, f'10.42.0.1 - - [{nginx_ts(r.at(t))}] "GET /api/cranes HTTP/1.1" 200 {rng.randint(1800, 2400)} '
                  f'"-" "Mozilla/5.0" {rng.randint(100, 400)} "crane-edge-dashboard-crane-edge-80@kubernetes" '
                  f'"http://10.42.1.{rng.randint(20, 40)}:8080" {rng.randint(1, 9)}ms')
    t = 402.318
    r.node_log(t, n1, "k3s-agent.service",
               klog_prefix("I", r.at(t), 812) + 'image_gc_manager.go:391] "Disk usage on image filesystem is over '
               'the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 '
               'amountToFree=412345344 lowThreshold=80')
    r.node_log(t + 1.6, n1, "k3s-agent.service",
               klog_prefix("I", r.at(t + 1.6), 812) + 'image_gc_manager.go:447] "Removing image to free bytes" '
               f'imageID="sha256:{hexs(rng, 64)}" size=211034112 runtimeHandler=""')
    r.node_log(t + 2.2, n1, "k3s-agent.service",
               klog_prefix("I", r.at(t + 2.2), 812) + 'image_gc_manager.go:447] "Removing image to free bytes" '
               f'imageID="sha256:{hexs(rng, 64)}" size=238551040 runtimeHandler=""')
    return r.build(
        "healthy", "Is anything wrong with the crane edge gateways on the north quay?",
        sel(namespace="crane-edge"),
        "INFO", "none", None,
        "No incident: crane PLC polling, MQTT and telemetry upload are healthy; a single MQTT publish retry and "
        "one upload read timeout were retried successfully, and kubelet image GC ran normally.",
        "Crane edge gateways are healthy. error_count=0 throughout; a transient MQTT EOF and one upload timeout "
        "each succeeded on the second attempt; image garbage collection freed space as designed.",
        "None required.")


# --- 8 ---------------------------------------------------------------------------------
@scenario
def healthy_booking_web():
    r = Rec("healthy-booking-web", "2026-03-18T18:30:00+00:00", conv="fluentbit", cluster="staybridge-prod-weu",
            tsfmt="us")
    rng = r.rng
    ns = "booking"
    na, nb = "aks-web-33810256-vmss000001", "aks-web-33810256-vmss000002"
    be = r.deploy(ns, "booking-engine", na)
    av = r.deploy(ns, "availability-service", nb)
    rd = r.sts(ns, "booking-redis", 0, nb, container="redis")
    ing = r.fixed("ingress-nginx", f"ingress-nginx-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                  "controller", na, "ingress-nginx")

    t = 3.118
    be.log(t, "(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability "
              "issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
           stream="stderr")
    be.log(t + 0.001, "(Use `node --trace-deprecation ...` to show where the warning was created)", stream="stderr")
    t = 5.4
    av.log(t, f"{spring_ts(r.at(t))}  WARN 1 --- [availability-service] [           main] org.hibernate.orm.deprecation"
              f"            : HHH90000025: PostgreSQLDialect does not need to be specified explicitly using "
              f"'hibernate.dialect' (remove the property setting and it will be selected by default)")
    routes = [("GET", "/api/v1/availability?property=LIS-ALF&from=2026-04-02&to=2026-04-05", 200),
              ("GET", "/api/v1/rates?property=OPO-RIB&los=3", 200),
              ("POST", "/api/v1/bookings", 201),
              ("GET", "/api/v1/me", 401),
              ("GET", "/static/app.8c1f2a.js", 304),
              ("GET", "/wp-login.php", 404)]
    for t in r.times(0, 600, 40):
        m, pth, code = rng.choices(routes, weights=[8, 5, 2, 2, 3, 1])[0]
        up = "booking-booking-engine-3000"
        ing.log(t, ingress_line(rng, r.at(t), ip4(rng, "81.20"), m, pth, code,
                                rng.randint(200, 9000) if code in (200, 201) else rng.randint(0, 150),
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)", up,
                                f"10.244.1.{rng.randint(10, 60)}:3000", rng.uniform(0.003, 0.21)))
    for t in r.times(0, 600, 22):
        be.log(t, jl(level="info", time=int(r.at(t).timestamp() * 1000), msg="quote served",
                     property=rng.choice(["LIS-ALF", "OPO-RIB", "FAO-MAR", "MAD-SOL"]), nights=rng.randint(1, 7),
                     cache="hit" if rng.random() < 0.7 else "miss", errors=0, ms=rng.randint(8, 90)))
    t = 244.802
    be.log(t, jl(level="warn", time=int(r.at(t).timestamp() * 1000),
                 msg="availability lookup attempt 1 failed, retrying", err="ETIMEDOUT", retryInMs=200,
                 upstream="availability-service.booking.svc.cluster.local:8080"))
    be.log(t + 0.43, jl(level="info", time=int(r.at(t + 0.43).timestamp() * 1000),
                        msg="availability lookup succeeded", attempt=2, ms=212))
    for t in r.times(0, 600, 14):
        av.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [availability-service] [nio-8080-exec-{rng.randint(1, 20)}] "
                  f"c.s.availability.AvailabilityController  : availability computed property="
                  f"{rng.choice(['LIS-ALF', 'OPO-RIB', 'FAO-MAR'])} roomTypes={rng.randint(4, 12)} "
                  f"soldOut=0 took={rng.randint(5, 60)}ms")
    for k, t in enumerate((120.5, 420.5)):
        pid = 2140 + k * 37
        rd.log(t, f"1:M {redis_ts(r.at(t))} * 100 changes in 300 seconds. Saving...")
        rd.log(t + 0.002, f"1:M {redis_ts(r.at(t + 0.002))} * Background saving started by pid {pid}")
        rd.log(t + 0.09, f"{pid}:C {redis_ts(r.at(t + 0.09))} * DB saved on disk")
        rd.log(t + 0.091, f"{pid}:C {redis_ts(r.at(t + 0.091))} * Fork CoW for RDB: current 1 MB, peak 1 MB, "
                          f"average 0 MB")
        rd.log(t + 0.11, f"1:M {redis_ts(r.at(t + 0.11))} * Background saving terminated with success")
    return r.build(
        "healthy", None, None,
        "INFO", "none", None,
        "No incident: booking traffic is served normally; 401s are unauthenticated /me calls, the 404 is a "
        "scanner, deprecation warnings are startup noise, and a single availability timeout succeeded on retry.",
        "Booking web tier healthy: bookings created, availability computed, Redis snapshots succeed.",
        "None required.")


# --- 9 ---------------------------------------------------------------------------------
@scenario
def probe_yard_liveness():
    r = Rec("probe-yard-liveness", "2026-03-20T13:20:00+00:00", conv="std", cluster="halvik-yard-rke2",
            tsfmt="ms")
    rng = r.rng
    ns = "yard"
    node = "rke2-agent-03.yard.halvik.local"
    ya = r.deploy(ns, "yard-allocation-service", node, rs="58d4c6b7f9")
    gate = r.deploy(ns, "gate-appointment-api", "rke2-agent-01.yard.halvik.local")
    ydb = r.sts(ns, "yard-db", 0, "rke2-agent-02.yard.halvik.local", container="postgres")
    pod_ip = "10.42.3.18"
    kl = {"node": node, "job": "rke2-kubelet", "filename": "/var/lib/rancher/rke2/agent/logs/kubelet.log",
          "cluster": "halvik-yard-rke2"}
    url = f"http://{pod_ip}:8080/actuator/health/liveness"
    puid = uuid4(rng)

    for t in r.times(0, 600, 12):
        ydb.log(t, f"{pg_ts(r.at(t))} [{rng.randint(400, 9000)}] LOG:  duration: {rng.randint(1, 40)}.{rng.randint(100, 999)} ms  "
                   f"statement: SELECT block_id, bay, row, tier FROM slot_state WHERE updated_at > $1")
    for t in r.times(0, 600, 18):
        if rng.random() < 0.5:
            gate.log(t, f'INFO:     10.42.1.{rng.randint(2, 60)}:{rng.randint(30000, 60000)} - "GET /appointments/'
                        f'TA-{rng.randint(100000, 999999)} HTTP/1.1" 200 OK')
        else:
            gate.log(t, f"WARNING:gate.allocation:yard allocation unavailable for appointment TA-{rng.randint(100000, 999999)} "
                        f"(httpx.ConnectError: [Errno 111] Connection refused; url=http://yard-allocation-service.yard"
                        f".svc.cluster.local:8080/api/slots/allocate); queued for retry")
    cycles = [(12.418, 2, "40s"), (104.77, 3, "1m20s"), (236.135, 4, "2m40s"), (448.902, 5, "5m0s")]
    unhealthy_count = 9
    for k, (s, rc, back) in enumerate(cycles):
        def app(t, lvl, thread, logger, msg):
            ya.log(t, f"{spring_ts(r.at(t))} {lvl:>5} 1 --- [yard-allocation-service] [{thread:>15}] {logger:<40} : {msg}")
        app(s, "INFO", "main", "c.h.yard.YardAllocationApplication",
            "Starting YardAllocationApplication v2.7.0 using Java 21.0.2 with PID 1 (/app/app.jar started by 1001 in /app)")
        app(s + 6.21, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port 8080 (http)")
        app(s + 8.9, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
        app(s + 9.8, "INFO", "main", "c.h.yard.topology.TopologyLoader",
            "Loaded yard topology: blocks=48 bays=1920 slots=21312")
        app(s + 14.05, "INFO", "main", "c.h.yard.cache.SlotCacheWarmer",
            "Warming slot availability cache from yard-db (moves since 2026-03-19T00:00Z), expected ~90s")
        for q, pct in enumerate((17, 33)):
            app(s + 28.3 + q * 16, "INFO", "main", "c.h.yard.cache.SlotCacheWarmer",
                f"Slot cache warm-up {pct}% ({int(21312 * pct / 100)}/21312 slots)")
        for q in range(3):
            t = s + 30 + q * 10 + r.j(0.05, 0.4)
            out = f"Get \\\"{url}\\\": dial tcp {pod_ip}:8080: connect: connection refused"
            r.add(t, kl, klog_prefix("I", r.at(t), 4102) + f'prober.go:107] "Probe failed" probeType="Liveness" '
                  f'pod="{ns}/{ya.pod}" podUID="{puid}" containerName="yard-allocation-service" probeResult="failure" '
                  f'output="{out}"')
            unhealthy_count += 1
            r.event(t + 0.01, ns, "Pod", ya.pod, "Unhealthy",
                    f'Liveness probe failed: Get "{url}": dial tcp {pod_ip}:8080: connect: connection refused',
                    host=node, count=unhealthy_count, ev=(k == 0 and q == 0))
        t = s + 50.45
        r.add(t, kl, klog_prefix("I", r.at(t), 4102) + 'kuberuntime_manager.go:1050] "Message for Container of pod" '
              f'containerName="yard-allocation-service" containerStatusID={{"Type":"containerd","ID":"{hexs(rng, 64)}"}} '
              f'pod="{ns}/{ya.pod}" containerMessage="Container yard-allocation-service failed liveness probe, '
              f'will be restarted"', ev=(k in (0, 3)))
        r.event(t + 0.02, ns, "Pod", ya.pod, "Killing",
                "Container yard-allocation-service failed liveness probe, will be restarted", etype="Normal",
                host=node, count=rc, ev=(k == 2))
        app(t + 0.2, "INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource",
            "HikariPool-1 - Shutdown initiated...")
        app(t + 0.26, "INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource",
            "HikariPool-1 - Shutdown completed.")
        t2 = t + 1.6
        r.add(t2, kl, klog_prefix("E", r.at(t2), 4102) + 'pod_workers.go:1298] "Error syncing pod, skipping" '
              f'err="failed to \\"StartContainer\\" for \\"yard-allocation-service\\" with CrashLoopBackOff: '
              f'\\"back-off {back} restarting failed container=yard-allocation-service pod={ya.pod}_{ns}({puid})\\"" '
              f'pod="{ns}/{ya.pod}" podUID="{puid}"')
        r.event(t2 + 0.05, ns, "Pod", ya.pod, "BackOff", "Back-off restarting failed container "
                f"yard-allocation-service in pod {ya.pod}_{ns}({puid})", host=node, count=rc)
    return r.build(
        "probe_failure", "yard-allocation-service restarts every couple of minutes but its logs show no error. Why?",
        sel(namespace="yard", pod=ya.pod),
        "CRITICAL", "probe_failure", "yard-allocation-service",
        "The liveness probe (30s initial delay, 3 failures) kills yard-allocation-service while it is still warming "
        "its slot cache (~90s) before Tomcat starts listening, so the probe gets connection refused and the "
        "container is restarted in a loop; the process itself is healthy.",
        "yard-allocation-service never finishes startup: kubelet restarts it after three failed liveness probes each "
        "cycle and it is now in CrashLoopBackOff; gate-appointment-api cannot allocate yard slots.",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) covering the cache warm-up, or make the "
        "warm-up asynchronous so the web server starts first.")


# --- 10 --------------------------------------------------------------------------------
@scenario
def probe_reservation_warmup():
    r = Rec("probe-reservation-warmup", "2026-03-21T07:55:00+00:00", conv="promtail", cluster="lodgeline-dc1",
            tsfmt="us")
    rng = r.rng
    ns = "reservations"
    w4, w5, w7 = "dc1-k8s-w04", "dc1-k8s-w05", "dc1-k8s-w07"
    keep = r.deploy(ns, "reservation-api", w5, rs="7c9d4b8f65")
    gone = [r.deploy(ns, "reservation-api", w4, rs="7c9d4b8f65") for _ in range(2)]
    fresh = [r.deploy(ns, "reservation-api", w, rs="7c9d4b8f65") for w in (w7, w5)]
    ing = r.fixed("ingress-nginx", f"ingress-nginx-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                  "controller", w7, "ingress-nginx")
    lk = r.deploy(ns, "keycard-encoder-bridge", w7)

    for t in r.times(0, 600, 10):
        lk.log(t, kv(time=iso_ms(r.at(t)), level="info", msg="key encoded", property="lodgeline-harbourside",
                     room=rng.randint(101, 1240), lock_vendor="vingcard-visionline", keys=rng.choice([1, 2]),
                     error_count=0))
    r.node_log(4.31, w4, "kubelet.service", klog_prefix("I", r.at(4.31), 1290) +
               'kubelet_node_status.go:679] "Recording event message for node" node="dc1-k8s-w04" '
               'event="NodeNotSchedulable"')
    for i, g in enumerate(gone):
        t = 6.2 + i * 0.7
        r.event(t, ns, "Pod", g.pod, "Killing", "Stopping container reservation-api", etype="Normal", host=w4)
        g.log(t + 0.1, jl(level="info", ts=iso_ms(r.at(t + 0.1)), msg="shutdown signal received, draining",
                          inflight=rng.randint(2, 9)))
    ready_at = [248.77, 262.31]
    for i, f in enumerate(fresh):
        s = 8.9 + i * 1.1
        r.event(s, ns, "Pod", f.pod, "Scheduled", f"Successfully assigned {ns}/{f.pod} to {f.node}",
                etype="Normal", source="default-scheduler")
        r.event(s + 1.3, ns, "Pod", f.pod, "Started", "Started container reservation-api", etype="Normal", host=f.node)
        f.log(s + 1.6, jl(level="info", ts=iso_ms(r.at(s + 1.6)), msg="reservation-api starting", version="3.4.1"))
        f.log(s + 2.1, jl(level="info", ts=iso_ms(r.at(s + 2.1)), msg="warming rate cache", rate_plans=18422,
                          source="ratesdb.reservations.svc:5432"))
        cnt = 0
        t = s + 6
        while t < ready_at[i]:
            cnt += 1
            if cnt % 3 == 1:
                r.event(t + 0.02, ns, "Pod", f.pod, "Unhealthy",
                        "Readiness probe failed: HTTP probe failed with statuscode: 503", host=f.node, count=cnt,
                        ev=(cnt in (1, 16)))
            if cnt % 4 == 0:
                f.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="rate cache warm-up progress",
                            loaded=min(18422, int(18422 * (t - s) / (ready_at[i] - s))), total=18422))
            t += 5
        f.log(ready_at[i], jl(level="info", ts=iso_ms(r.at(ready_at[i])), msg="rate cache warm, marking ready",
                              rate_plans=18422, took_s=round(ready_at[i] - s, 1)))
    # traffic through ingress: overloaded single ready pod until fresh pods are ready
    for t in r.times(0, 600, 46):
        degraded = 10 < t < 262
        code = 200
        if degraded and rng.random() < 0.22:
            code = rng.choice([503, 504])
        rt = rng.uniform(1.2, 4.8) if degraded else rng.uniform(0.02, 0.2)
        if code == 504:
            rt = 5.0
        ing.log(t, ingress_line(rng, r.at(t), ip4(rng, "172.16.40"), rng.choice(["GET", "GET", "POST"]),
                                rng.choice(["/v2/availability?hotel=HV01&nights=2", "/v2/reservations",
                                            "/v2/rates?hotel=HV01"]), code,
                                rng.randint(400, 6000) if code == 200 else 190, "lodgeline-web/8.2",
                                "reservations-reservation-api-8080", f"10.233.66.{rng.randint(10, 80)}:8080", rt))
    for t in r.times(10, 262, 6):
        keep.log(t, jl(level="warn", ts=iso_ms(r.at(t)), msg="request queue saturated",
                       queued=rng.randint(80, 250), workers=64, p99_ms=rng.randint(2200, 4800)))
    for t in r.times(270, 600, 5):
        keep.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="request queue normal", queued=rng.randint(0, 4),
                       workers=64, p99_ms=rng.randint(60, 180)))
    return r.build(
        "probe_failure", "Reservation API was slow and threw some 503s this morning during node maintenance. "
                         "Is it still a problem?",
        sel(namespace="reservations", app="reservation-api"),
        "WARN", "probe_failure", "reservation-api",
        "After dc1-k8s-w04 was drained, the two rescheduled reservation-api pods failed their readiness probe "
        "(HTTP 503) for about four minutes while warming the rate cache, leaving one ready replica overloaded.",
        "Transient: readiness failures on the new reservation-api pods during rate-cache warm-up caused slow "
        "responses and some 503/504 at the ingress; both pods became ready and latency returned to normal.",
        "Optional: use a PodDisruptionBudget and drain one node at a time, speed up or persist the rate cache, "
        "and consider a startupProbe so warm-up does not count against readiness.")


# --- 11 --------------------------------------------------------------------------------
@scenario
def sched_scoreboard_capacity():
    r = Rec("sched-scoreboard-capacity", "2026-03-22T19:57:00+00:00", conv="std", cluster="scorewire-live-euw1",
            tsfmt="ms")
    rng = r.rng
    ns = "live-scoring"
    nodes = [f"ip-10-20-{a}.eu-west-1.compute.internal" for a in ("33-18", "41-202", "57-9")]
    new_nodes = ["ip-10-20-71-5.eu-west-1.compute.internal", "ip-10-20-88-140.eu-west-1.compute.internal"]
    rs = "6c8f7d5b94"
    running = [r.deploy(ns, "streaming-scoreboard", nodes[i % 3], rs=rs) for i in range(6)]
    pending = [r.deploy(ns, "streaming-scoreboard", new_nodes[i % 2], rs=rs) for i in range(5)]
    ca = r.fixed("kube-system", f"cluster-autoscaler-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                 "cluster-autoscaler", nodes[0], "cluster-autoscaler")
    asg = "eks-scoreboard-ng-7ec6a1b2-3f4e-9a1c-55d0-0b8e2a7c9f31"

    for t in r.times(0, 600, 30):
        w = rng.choice(running)
        conns = rng.randint(30000, 44000) if t < 60 else rng.randint(47000, 50000) if t < 240 else rng.randint(26000, 33000)
        if 60 < t < 240 and conns > 48500:
            w.log(t, kv(ts=iso_ms(r.at(t)), level="warn", msg="connection soft limit reached, shedding new subscribers",
                        active=conns, limit=50000, retry_after_s=5))
        else:
            w.log(t, kv(ts=iso_ms(r.at(t)), level="info", msg="broadcast tick", active=conns,
                        fixtures=rng.randint(9, 12), frames_dropped=0))
    r.event(31.52, ns, "HorizontalPodAutoscaler", "streaming-scoreboard", "SuccessfulRescale",
            "New size: 11; reason: cpu resource utilization (percentage of request) above target",
            etype="Normal", source="horizontal-pod-autoscaler")
    r.event(31.6, ns, "Deployment", "streaming-scoreboard", "ScalingReplicaSet",
            f"Scaled up replica set streaming-scoreboard-{rs} to 11", etype="Normal", source="deployment-controller")
    msg = ("0/9 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {dedicated: ingest}, "
           "3 node(s) had untolerated taint {dedicated: settlement}. preemption: 0/9 nodes are available: "
           "3 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.")
    for i, p in enumerate(pending):
        for k, t in enumerate((32.1 + i * 0.02, 95.4 + i * 0.03)):
            r.event(t, ns, "Pod", p.pod, "FailedScheduling", msg, source="default-scheduler", count=k + 1,
                    ev=(k == 0 and i in (0, 4)) or (k == 1 and i == 2))
    t = 41.2
    ca.log(t, klog_prefix("I", r.at(t), 1) + f'orchestrator.go:185] Best option to resize: {asg}')
    ca.log(t + 0.01, klog_prefix("I", r.at(t + 0.01), 1) + f'orchestrator.go:189] Estimated 2 nodes needed in {asg}')
    ca.log(t + 0.02, klog_prefix("I", r.at(t + 0.02), 1) + f'orchestrator.go:310] Final scale-up plan: [{{{asg} 6->8 (max: 12)}}]')
    ca.log(t + 0.03, klog_prefix("I", r.at(t + 0.03), 1) + f'auto_scaling_groups.go:255] Setting asg {asg} size to 8')
    for p in pending:
        r.event(t + 0.4, ns, "Pod", p.pod, "TriggeredScaleUp",
                f"pod triggered scale-up: [{{{asg} 6->8 (max: 12)}}]", etype="Normal", source="cluster-autoscaler")
    for i, n in enumerate(new_nodes):
        t = 148.3 + i * 6.9
        r.event(t, "default", "Node", n, "RegisteredNode", f"Node {n} event: Registered Node {n} in Controller",
                etype="Normal", source="node-controller")
        r.event(t + 19.2, "default", "Node", n, "NodeReady", f"Node {n} status is now: NodeReady", etype="Normal",
                source="kubelet", host=n)
    for i, p in enumerate(pending):
        t = 170.5 + i * 4.1
        r.event(t, ns, "Pod", p.pod, "Scheduled", f"Successfully assigned {ns}/{p.pod} to {p.node}", etype="Normal",
                source="default-scheduler")
        p.log(t + 21.3, kv(ts=iso_ms(r.at(t + 21.3)), level="info", msg="websocket server listening", addr=":8443",
                           version="5.9.2"))
        p.log(t + 52.0, kv(ts=iso_ms(r.at(t + 52)), level="info", msg="broadcast tick",
                           active=rng.randint(9000, 21000), fixtures=11, frames_dropped=0))
    return r.build(
        "scheduling", "Fans reported the live scoreboard refusing connections right at kick-off. What happened?",
        sel(namespace="live-scoring", app="streaming-scoreboard"),
        "WARN", "scheduling", "streaming-scoreboard",
        "At kick-off the HPA scaled streaming-scoreboard from 6 to 11 but the new pods could not be scheduled "
        "(insufficient CPU on the general nodes, other nodes tainted for ingest/settlement) until the cluster "
        "autoscaler added two nodes about two and a half minutes later.",
        "Transient capacity shortfall: 5 scoreboard pods were Pending with FailedScheduling while existing pods "
        "shed new subscribers at the connection limit; after the node group scaled 6->8 all pods scheduled and "
        "connections rebalanced.",
        "Optional: pre-scale the scoreboard node group before scheduled fixtures (scheduled scaling / overprovisioning "
        "placeholder pods) so capacity is ready at kick-off.")


# --- 12 --------------------------------------------------------------------------------
@scenario
def sched_ais_quota():
    r = Rec("sched-ais-quota", "2026-03-24T03:12:00+00:00", conv="openshift", cluster="ocp4-halvik",
            tsfmt="plus0")
    rng = r.rng
    ns = "vessel-tracking"
    rs = "7d8b6c5f94"
    w = ["worker-1.ocp4.halvik-port.internal", "worker-3.ocp4.halvik-port.internal"]
    dec = [r.deploy(ns, "ais-position-decoder", w[i], rs=rs) for i in range(2)]
    eta = r.deploy(ns, "eta-predictor", w[1])
    ingest = r.deploy(ns, "ais-udp-receiver", w[0])
    lag = 22
    backlog = 9000
    for t in r.times(0, 600, 16):
        ingest.log(t, f"time={iso_ms(r.at(t))} level=INFO msg=\"nmea sentences received\" "
                      f"rate_per_s={rng.randint(5200, 6900)} stations=14 dropped=0")
    for t in r.times(0, 600, 26):
        d = rng.choice(dec)
        lag += rng.randint(6, 16)
        backlog += rng.randint(1500, 3500)
        if lag > 30:
            d.log(t, f"{py_ts(r.at(t))} WARNING ais.decoder decode lag {lag}s above threshold 30s "
                     f"backlog={backlog} sentences workers=8")
        else:
            d.log(t, f"{py_ts(r.at(t))} INFO ais.decoder decoded batch size=5000 lag={lag}s")
    r.event(14.7, ns, "HorizontalPodAutoscaler", "ais-position-decoder", "SuccessfulRescale",
            "New size: 5; reason: external metric kafka_consumergroup_lag(&LabelSelector{MatchLabels:map[string]string"
            "{topic: ais.raw},MatchExpressions:[]LabelSelectorRequirement{},}) above target", etype="Normal",
            source="horizontal-pod-autoscaler")
    r.event(14.8, ns, "Deployment", "ais-position-decoder", "ScalingReplicaSet",
            f"Scaled up replica set ais-position-decoder-{rs} to 5", etype="Normal", source="deployment-controller")
    tt = [15.02, 15.3, 16.1, 17.9, 21.4, 28.6, 41.9, 68.3, 121.7, 228.1, 390.5, 551.2]
    for k, t in enumerate(tt):
        name = f"ais-position-decoder-{rs}-{k8s_suffix(rng, 5)}"
        r.event(t, ns, "ReplicaSet", f"ais-position-decoder-{rs}", "FailedCreate",
                f'Error creating: pods "{name}" is forbidden: exceeded quota: vessel-tracking-compute, requested: '
                f'limits.memory=2Gi, used: limits.memory=31Gi, limited: limits.memory=32Gi',
                source="replicaset-controller", count=k + 1, ev=(k in (0, 11)))
    stale = 40
    for t in r.times(60, 600, 10):
        stale += rng.randint(5, 20)
        eta.log(t, jl(level="warning", time=iso_ms(r.at(t)), logger="eta.inputs",
                      message="AIS positions stale; ETA confidence degraded", vessels_stale=stale,
                      max_age_s=int(30 + t / 4), berth_window="B3-B6"))
    return r.build(
        "scheduling", "AIS positions are lagging and the ETA predictor says data is stale. Why isn't the decoder "
                      "scaling out?",
        sel(namespace="vessel-tracking"),
        "ERROR", "scheduling", "ais-position-decoder",
        "The HPA scaled ais-position-decoder to 5 replicas, but the ReplicaSet cannot create the new pods because "
        "the namespace ResourceQuota vessel-tracking-compute (limits.memory 32Gi, 31Gi used) is exhausted.",
        "Decoder stuck at 2 replicas: repeated FailedCreate 'exceeded quota' events; decode lag and backlog keep "
        "growing and eta-predictor degrades on stale AIS positions.",
        "Raise the vessel-tracking-compute quota (or lower the decoder's memory limit / free quota from other "
        "workloads) so the HPA can scale; review HPA maxReplicas against the quota.")


# --- 13 --------------------------------------------------------------------------------
@scenario
def dns_coredns_upstream():
    r = Rec("dns-coredns-upstream", "2026-03-25T16:40:00+00:00", conv="fluentbit", cluster="harbourview-hotels-prod",
            tsfmt="us")
    rng = r.rng
    ns = "hotel-core"
    n = ["ip-10-50-3-77.ap-southeast-2.compute.internal", "ip-10-50-19-140.ap-southeast-2.compute.internal"]
    cd = [r.deploy("kube-system", "coredns", n[i], rs="5b9dfd6c8c") for i in range(2)]
    for c in cd:
        c.app = "kube-dns"
    kb = r.deploy(ns, "keycard-bridge", n[0])
    pg = r.deploy(ns, "pms-gateway", n[1])
    gp = r.deploy(ns, "guest-profile-api", n[1])
    cd_ips = ["10.50.3.14", "10.50.19.201"]

    for t in r.times(0, 600, 14):
        gp.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [guest-profile-api] [nio-8080-exec-{rng.randint(1, 12)}] "
                  f"c.h.guest.ProfileController             : GET /v1/guests/{rng.randint(100000, 999999)} 200 "
                  f"{rng.randint(4, 30)}ms")
    for t in r.times(0, 70, 3):
        kb.log(t, jl(level=30, time=int(r.at(t).timestamp() * 1000), msg="key issued via vendor cloud",
                     lockVendor="locksmithcloud", room=rng.randint(200, 1800), ms=rng.randint(80, 300)))
    ext = [("api.locksmithcloud.example.", kb), ("ota.partnerhub.example.", pg),
           ("pay.cardvault.example.", pg)]
    for t in r.times(72, 600, 30):
        i = rng.randrange(2)
        name, _ = rng.choice(ext)
        q = rng.choice(["A", "AAAA"])
        cd[i].log(t, f"[ERROR] plugin/errors: 2 {name} {q}: read udp {cd_ips[i]}:{rng.randint(30000, 60999)}->"
                     f"10.50.0.2:53: i/o timeout", ev=(t < 90 or rng.random() < 0.12))
    for t in r.times(0, 600, 10):
        i = rng.randrange(2)
        gname = rng.choice(["guest-profile-api.hotel-core.svc.cluster.local.", "pms-db.hotel-core.svc.cluster.local."])
        cd[i].log(t, f'[INFO] 10.50.{rng.randint(1, 30)}.{rng.randint(2, 250)}:{rng.randint(30000, 60999)} - '
                     f'{rng.randint(1000, 65000)} "A IN {gname} udp 82 false 1232" NOERROR qr,aa,rd 130 '
                     f'0.000{rng.randint(100, 999)}s')
    for t in r.times(76, 600, 16):
        kb.log(t, jl(level=50, time=int(r.at(t).timestamp() * 1000), msg="key issue failed",
                     room=rng.randint(200, 1800),
                     err={"type": "Error", "message": "getaddrinfo EAI_AGAIN api.locksmithcloud.example",
                          "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "api.locksmithcloud.example"}))
    for t in r.times(80, 600, 9):
        host = rng.choice(["ota.partnerhub.example", "pay.cardvault.example"])
        pg.log(t, f"{spring_ts(r.at(t))} ERROR 1 --- [pms-gateway] [   sched-pool-3] c.h.pms.outbound.PartnerClient"
                  f"          : push failed to https://{host}/v3/reservations, will retry: "
                  f"java.net.UnknownHostException: {host}: Temporary failure in name resolution")
    return r.build(
        "dns_resolution", "Front desks cannot issue key cards and the PMS gateway cannot reach partners. Why?",
        sel(namespace="hotel-core"),
        "ERROR", "dns_resolution", "coredns",
        "CoreDNS cannot get answers from its upstream resolver (10.50.0.2): forwarded queries for external names "
        "time out, so every external hostname fails to resolve while cluster-internal names still resolve.",
        "Since ~16:41 CoreDNS logs i/o timeouts forwarding to the VPC resolver; keycard-bridge fails with EAI_AGAIN "
        "for the lock vendor API and pms-gateway gets UnknownHostException for partner hosts. In-cluster lookups "
        "are fine.",
        "Check the path from the CoreDNS pods to the upstream resolver (security groups / NetworkPolicy egress on "
        "UDP/TCP 53, resolver health); restore forwarding or point CoreDNS at a working resolver.")


# --- 14 --------------------------------------------------------------------------------
@scenario
def dns_nodelocal_restart():
    r = Rec("dns-nodelocal-restart", "2026-03-22T20:11:00+00:00", conv="otel", cluster="scorewire-prod-euw2",
            tsfmt="ns")
    rng = r.rng
    n1 = "gke-scorewire-prod-pool-bet-9d2b7c41-4kfq"
    n2 = "gke-scorewire-prod-pool-bet-9d2b7c41-mx7t"
    nld_old = r.fixed("kube-system", f"node-local-dns-{k8s_suffix(rng, 5)}", "node-cache", n2, "node-local-dns")
    nld_new = r.fixed("kube-system", f"node-local-dns-{k8s_suffix(rng, 5)}", "node-cache", n2, "node-local-dns")
    nld_ok = r.fixed("kube-system", f"node-local-dns-{k8s_suffix(rng, 5)}", "node-cache", n1, "node-local-dns")
    sw2 = r.deploy("betting-core", "bet-settlement-worker", n2, rs="6d9f8c7b5d")
    sw1 = r.deploy("betting-core", "bet-settlement-worker", n1, rs="6d9f8c7b5d")
    lo2 = r.deploy("betting-core", "live-odds-api", n2, rs="85b7c9d4f6")
    lo1 = r.deploy("betting-core", "live-odds-api", n1, rs="85b7c9d4f6")
    kdns = "10.68.0.10"
    img = "gke.gcr.io/k8s-dns-node-cache:1.23.1-gke.0"

    def gotime(t):
        return r.at(t).strftime("%Y/%m/%d %H:%M:%S")

    for w in (sw1, sw2):
        for t in r.times(0, 560, 9):
            if w is sw2 and 96 < t < 141:
                continue
            w.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [bet-settlement-worker] [ntainer#0-0-C-1] "
                     f"c.s.settlement.SettlementListener       : settled batch size={rng.randint(40, 400)} "
                     f"won={rng.randint(5, 90)} lost={rng.randint(20, 300)} void=0 failures=0")
    for w in (lo1, lo2):
        for t in r.times(0, 560, 10):
            if w is lo2 and 96 < t < 141:
                continue
            w.log(t, jl(level="info", ts=iso_us(r.at(t)), caller="api/markets.go:77", msg="GET /v1/markets/live",
                        status=200, dur_ms=rng.randint(3, 25), markets=rng.randint(300, 420)))
    for t in r.times(0, 560, 5):
        nld_ok.log(t, f"[INFO] 10.64.1.{rng.randint(2, 60)}:{rng.randint(30000, 60000)} - {rng.randint(1, 65000)} "
                      f'"A IN kafka-{rng.randint(0, 2)}.kafka-headless.sports-data.svc.cluster.local. udp 93 false 1232" '
                      f"NOERROR qr,aa,rd 172 0.000{rng.randint(100, 900)}s")
    # DaemonSet update of node-local-dns on n2
    t = 96.114
    r.event(t, "kube-system", "Pod", nld_old.pod, "Killing", "Stopping container node-cache", etype="Normal", host=n2)
    nld_old.log(t + 0.02, f"{gotime(t)} [INFO] SIGTERM: Shutting down servers then terminating")
    nld_old.log(t + 0.31, f"{gotime(t)} [INFO] Tearing down", ev=True)
    r.event(t + 2.2, "kube-system", "Pod", nld_new.pod, "Scheduled",
            f"Successfully assigned kube-system/{nld_new.pod} to {n2}", etype="Normal", source="default-scheduler")
    r.event(t + 2.9, "kube-system", "Pod", nld_new.pod, "Pulling", f'Pulling image "{img}"', etype="Normal", host=n2)
    r.event(t + 38.1, "kube-system", "Pod", nld_new.pod, "Pulled",
            f'Successfully pulled image "{img}" in 35.204s (35.204s including waiting). Image size: 41302818 bytes.',
            etype="Normal", host=n2)
    r.event(t + 38.3, "kube-system", "Pod", nld_new.pod, "Started", "Started container node-cache", etype="Normal",
            host=n2)
    ts0 = t + 38.6
    for q, line in enumerate([
            f"{gotime(ts0)} [INFO] Starting node-cache image: 1.23.1-gke.0",
            f"{gotime(ts0)} [INFO] Using Corefile /etc/coredns/Corefile",
            f"{gotime(ts0)} [INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/upstream.conf",
            f"{gotime(ts0)} [INFO] Added interface - nodelocaldns",
            f"cluster.local.:53 on {kdns}",
            f"in-addr.arpa.:53 on {kdns}",
            f".:53 on {kdns}",
            f"[INFO] plugin/reload: Running configuration SHA512 = {hexs(rng, 128)}",
            "CoreDNS-1.11.1",
            "linux/amd64, go1.21.9, "]):
        nld_new.log(ts0 + q * 0.002, line)
    # failures on n2 only
    for tt in r.times(97, 136, 9):
        host = f"kafka-{rng.randint(0, 2)}.kafka-headless.sports-data.svc.cluster.local"
        sw2.log(tt, f"{spring_ts(r.at(tt))}  WARN 1 --- [bet-settlement-worker] [ntainer#0-0-C-1] "
                    f"org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-bet-settlement-1, "
                    f"groupId=bet-settlement] Error connecting to node {host}:9092 (id: {host[6]} rack: europe-west2-b)\n"
                    f"java.net.UnknownHostException: {host}\n"
                    f"\tat java.base/java.net.InetAddress$CachedLookup.get(InetAddress.java:988)\n"
                    f"\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1818)\n"
                    f"\tat org.apache.kafka.clients.DefaultHostResolver.resolve(DefaultHostResolver.java:27)\n"
                    f"\tat org.apache.kafka.clients.ClientUtils.resolve(ClientUtils.java:125)",
                ev=(tt < 105))
    for tt in r.times(97, 138, 7):
        host = rng.choice(["odds-cache-redis.betting-core.svc.cluster.local", "pricing-grpc.sports-odds.svc.cluster.local"])
        port = 6379 if "redis" in host else 9090
        lo2.log(tt, jl(level="error", ts=iso_us(r.at(tt)), caller="api/markets.go:91", msg="GET /v1/markets/live",
                       status=503, error=f"dial tcp: lookup {host} on {kdns}:53: read udp 10.64.2.{rng.randint(2, 60)}:"
                                         f"{rng.randint(30000, 60000)}->{kdns}:53: i/o timeout"),
                ev=(tt < 104))
    return r.build(
        "dns_resolution", "live-odds-api and the settlement workers on one node threw DNS errors for about 40 "
                          "seconds. What was it?",
        sel(namespace="betting-core"),
        "WARN", "dns_resolution", "node-local-dns",
        "The node-local-dns (NodeLocal DNSCache) pod on gke-...-mx7t was replaced during a DaemonSet update and the "
        "new image took ~35s to pull; while no cache was listening on that node, DNS lookups from its pods timed out.",
        "Transient: only pods on one node failed name resolution (i/o timeout to the kube-dns address, "
        "UnknownHostException for Kafka brokers) between node-cache teardown and the new node-cache start; "
        "resolution recovered by itself. Pods on the other node were unaffected.",
        "Optional: pre-pull the node-cache image or use a surge/maxUnavailable strategy for node-local-dns updates; "
        "schedule addon updates outside match hours.")


# --- 15 --------------------------------------------------------------------------------
@scenario
def healthy_betting_kafka():
    r = Rec("healthy-betting-kafka", "2026-03-23T18:00:00+00:00", conv="promtail", cluster="scorewire-betting-euw1",
            tsfmt="ms")
    rng = r.rng
    ns = "betting-core"
    nodes = ["ip-10-20-12-44.eu-west-1.compute.internal", "ip-10-20-37-119.eu-west-1.compute.internal",
             "ip-10-20-50-7.eu-west-1.compute.internal"]
    kb = [r.sts(ns, "kafka", i, nodes[i], container="kafka") for i in range(3)]
    sw_old = r.deploy(ns, "bet-settlement-worker", nodes[2], rs="6d9f8c7b5d")
    sw_new = r.deploy(ns, "bet-settlement-worker", nodes[0], rs="7b5c4d9f8e")
    sw_keep = r.deploy(ns, "bet-settlement-worker", nodes[1], rs="6d9f8c7b5d")
    cash = r.deploy(ns, "cashout-service", nodes[1])
    odds_proxy = r.deploy(ns, "live-odds-api", nodes[2]).sibling("istio-proxy")

    def kafka(w, t, lvl, msg, cls):
        w.log(t, f"[{kafka_ts(r.at(t))}] {lvl} {msg} ({cls})")

    def spring(w, app, t, lvl, thread, logger, msg):
        w.log(t, f"{spring_ts(r.at(t))} {lvl:>5} 1 --- [{app}] [{thread:>15}] {logger:<40} : {msg}")

    for t in r.times(0, 580, 26):
        st = rng.choice([200, 200, 200, 200, 200, 404])
        mid = rng.randint(230000000, 239999999)
        odds_proxy.log(t, envoy_line(rng, r.at(t), "GET", f"/v1/markets/1.{mid}", st, "-",
                                     "via_upstream", 0, rng.randint(300, 2400) if st == 200 else 58,
                                     rng.randint(2, 20), rng.randint(1, 18), "live-odds-api.betting-core.svc:8080",
                                     f"10.20.50.{rng.randint(10, 90)}:8080",
                                     "inbound|8080||", ua="scorewire-app/6.3.1 (Android 14)"))
    for w in (sw_old, sw_keep):
        for t in r.times(0, 580, 8):
            if w is sw_old and t > 120:
                continue
            spring(w, "bet-settlement-worker", t, "INFO", "ntainer#0-0-C-1", "c.s.settlement.SettlementListener",
                   f"settled batch size={rng.randint(40, 300)} won={rng.randint(5, 60)} lost={rng.randint(20, 200)} "
                   f"void={rng.choice([0, 0, 0, 1])} failures=0")
    # rolling update: old worker leaves, new joins -> two benign rebalances
    gen = 41
    t = 120.41
    spring(sw_old, "bet-settlement-worker", t, "INFO", "ionShutdownHook", "o.s.k.l.KafkaMessageListenerContainer",
           "bet-settlement: Consumer stopped")
    kafka(kb[1], t + 0.1, "INFO", f"[GroupCoordinator 1]: Preparing to rebalance group bet-settlement in state "
          f"PreparingRebalance with old generation {gen} (__consumer_offsets-17) (reason: Removing member "
          f"consumer-bet-settlement-1-{uuid4(rng)} on LeaveGroup; client reason: the consumer is being closed)",
          "kafka.coordinator.group.GroupCoordinator")
    kafka(kb[1], t + 0.2, "INFO", f"[GroupCoordinator 1]: Stabilized group bet-settlement generation {gen + 1} "
          f"(__consumer_offsets-17) with 1 members", "kafka.coordinator.group.GroupCoordinator")
    spring(sw_keep, "bet-settlement-worker", t + 0.22, "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
           "[Consumer clientId=consumer-bet-settlement-1, groupId=bet-settlement] Request joining group due to: "
           "group is already rebalancing")
    spring(sw_keep, "bet-settlement-worker", t + 0.3, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
           "bet-settlement: partitions assigned: [bets.placed-0, bets.placed-1, bets.placed-2, bets.placed-3]")
    t = 163.77
    spring(sw_new, "bet-settlement-worker", t, "INFO", "main", "c.s.settlement.SettlementApplication",
           "Started SettlementApplication in 9.412 seconds (process running for 10.1)")
    kafka(kb[1], t + 0.4, "INFO", f"[GroupCoordinator 1]: Preparing to rebalance group bet-settlement in state "
          f"PreparingRebalance with old generation {gen + 1} (__consumer_offsets-17) (reason: Adding new member "
          f"consumer-bet-settlement-1-{uuid4(rng)} with group instance id None; client reason: need to re-join with "
          f"the given member-id)", "kafka.coordinator.group.GroupCoordinator")
    spring(sw_keep, "bet-settlement-worker", t + 0.5, "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
           "[Consumer clientId=consumer-bet-settlement-1, groupId=bet-settlement] Revoke previously assigned "
           "partitions bets.placed-0, bets.placed-1, bets.placed-2, bets.placed-3")
    kafka(kb[1], t + 3.4, "INFO", f"[GroupCoordinator 1]: Stabilized group bet-settlement generation {gen + 2} "
          f"(__consumer_offsets-17) with 2 members", "kafka.coordinator.group.GroupCoordinator")
    spring(sw_new, "bet-settlement-worker", t + 3.6, "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator",
           "[Consumer clientId=consumer-bet-settlement-1, groupId=bet-settlement] Setting offset for partition "
           "bets.placed-2 to the committed offset FetchPosition{offset=1822331, offsetEpoch=Optional[12], "
           "currentLeader=LeaderAndEpoch{leader=Optional[kafka-2.kafka-headless.betting-core.svc:9092 (id: 2 rack: "
           "euw1-az3)], epoch=12}}")
    spring(sw_new, "bet-settlement-worker", t + 3.7, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
           "bet-settlement: partitions assigned: [bets.placed-2, bets.placed-3]")
    spring(sw_keep, "bet-settlement-worker", t + 3.7, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
           "bet-settlement: partitions assigned: [bets.placed-0, bets.placed-1]")
    for tt in r.times(170, 580, 20):
        spring(sw_new, "bet-settlement-worker", tt, "INFO", "ntainer#0-0-C-1", "c.s.settlement.SettlementListener",
               f"settled batch size={rng.randint(40, 300)} won={rng.randint(5, 60)} lost={rng.randint(20, 200)} "
               f"void=0 failures=0")
    # new topic creation: benign LEADER_NOT_AVAILABLE once
    t = 302.15
    kafka(kb[0], t, "INFO", f"[QuorumController id=0] Created topic bets.cashout.v2 with topic ID "
          f"{hexs(rng, 22)}.", "org.apache.kafka.controller.ReplicationControlManager")
    spring(cash, "cashout-service", t + 0.05, "WARN", "ad | producer-1", "org.apache.kafka.clients.NetworkClient",
           "[Producer clientId=producer-1] Error while fetching metadata with correlation id 7 : "
           "{bets.cashout.v2=LEADER_NOT_AVAILABLE}")
    spring(cash, "cashout-service", t + 0.41, "INFO", "ad | producer-1", "org.apache.kafka.clients.Metadata",
           f"[Producer clientId=producer-1] Resetting the last seen epoch of partition bets.cashout.v2-0 to 0 since the "
           f"associated topicId changed from null to {hexs(rng, 22)}")
    for tt in r.times(305, 580, 12):
        spring(cash, "cashout-service", tt, "INFO", "nio-8080-exec-" + str(rng.randint(1, 9)),
               "c.s.cashout.CashoutController", f"cashout accepted bet=B{rng.randint(10**8, 10**9)} "
               f"amount=EUR {rng.randint(2, 400)}.{rng.randint(10, 99)} published=bets.cashout.v2")
    return r.build(
        "healthy", "Anything to worry about in betting-core during the evening peak?",
        sel(namespace="betting-core"),
        "INFO", "none", None,
        "No incident: consumer-group rebalances come from a rolling update of bet-settlement-worker, the single "
        "LEADER_NOT_AVAILABLE warning is the first metadata fetch for a just-created topic, 404s are unknown markets.",
        "betting-core healthy: settlements with failures=0 throughout, rebalance completed in seconds, cashouts "
        "published to the new topic.",
        "None required.")


# --- 16 --------------------------------------------------------------------------------
@scenario
def healthy_customs_cronjob():
    r = Rec("healthy-customs-cronjob", "2026-03-26T00:58:00+00:00", conv="openshift", cluster="ocp4-halvik",
            tsfmt="plus0")
    rng = r.rng
    ns = "customs-brokerage"
    w = ["worker-2.ocp4.halvik-port.internal", "worker-4.ocp4.halvik-port.internal",
         "worker-5.ocp4.halvik-port.internal"]
    pg = r.sts(ns, "customs-pg", 0, w[0], container="postgres")
    edi_old = r.deploy(ns, "edi-cusdec-bridge", w[2], rs="6cf9b8d7c5")
    edi_new = r.deploy(ns, "edi-cusdec-bridge", w[1], rs="84d6f5b9c7")
    run_t = 120.0
    sched = r.at(run_t)
    jobname = f"customs-manifest-export-{int(sched.timestamp() // 60)}"
    job = W(r, ns, f"{jobname}-{k8s_suffix(rng, 5)}", "exporter", w[1], "customs-manifest-export")
    prev_job = f"customs-manifest-export-{int(sched.timestamp() // 60) - 180}"

    t = 40.3
    pg.log(t, f"{pg_ts(r.at(t))} [{rng.randint(50, 90)}] LOG:  checkpoint starting: time")
    t2 = t + 179.9
    pg.log(t2, f"{pg_ts(r.at(t2))} [{rng.randint(50, 90)}] LOG:  checkpoint complete: wrote 2043 buffers (12.5%); "
               f"0 WAL file(s) added, 0 removed, 1 recycled; write=179.812 s, sync=0.004 s, total=179.851 s; sync "
               f"files=61, longest=0.002 s, average=0.001 s; distance=16384 kB, estimate=17002 kB; lsn=3/A1B2C3D8, "
               f"redo lsn=3/A0F00028")
    t = 388.2
    pg.log(t, f"{pg_ts(r.at(t))} [{rng.randint(20000, 30000)}] LOG:  automatic analyze of table "
              f"\"customs.public.declaration_lines\" system usage: CPU: user: 0.41 s, system: 0.02 s, elapsed: 0.63 s")
    # CronJob run
    r.event(run_t + 0.2, ns, "CronJob", "customs-manifest-export", "SuccessfulCreate", f"Created job {jobname}",
            etype="Normal", source="cronjob-controller")
    r.event(run_t + 0.3, ns, "Job", jobname, "SuccessfulCreate", f"Created pod: {job.pod}", etype="Normal",
            source="job-controller")
    r.event(run_t + 0.5, ns, "Pod", job.pod, "Scheduled", f"Successfully assigned {ns}/{job.pod} to {w[1]}",
            etype="Normal", source="default-scheduler")
    r.event(run_t + 2.1, ns, "Pod", job.pod, "Pulled", 'Container image "image-registry.openshift-image-registry.svc:'
            '5000/customs-brokerage/manifest-export@sha256:' + hexs(rng, 64) + '" already present on machine',
            etype="Normal", host=w[1])
    t = run_t + 3.0
    job.log(t, f"{py_ts(r.at(t))} INFO export: window 2026-03-25T01:00Z..2026-03-26T01:00Z")
    total = 0
    for q in range(6):
        t += r.j(8, 20)
        n = rng.randint(250, 400)
        total += n
        job.log(t, f"{py_ts(r.at(t))} INFO export: uploaded batch {q + 1}/6 manifests={n} to "
                   f"sftp://customs-gw.halvik-port.example/inbound errors=0")
    t += 1.2
    job.log(t, f"{py_ts(r.at(t))} INFO export: done manifests={total} rejected=0 errors=0 duration_s={t - run_t - 3:.1f}")
    r.event(t + 1.8, ns, "Job", jobname, "Completed", "Job completed", etype="Normal", source="job-controller")
    r.event(t + 2.4, ns, "CronJob", "customs-manifest-export", "SawCompletedJob",
            f"Saw completed job: {jobname}, status: Complete", etype="Normal", source="cronjob-controller")
    r.event(t + 2.5, ns, "CronJob", "customs-manifest-export", "SuccessfulDelete", f"Deleted job {prev_job}",
            etype="Normal", source="cronjob-controller")
    # rolling update of edi bridge with one startup readiness miss
    for tt in r.times(0, 300, 8):
        edi_old.log(tt, f"{py_ts(r.at(tt))} INFO edi_cusdec_bridge.poll partner inbox empty partners=7")
    s = 290.6
    r.event(s, ns, "Pod", edi_new.pod, "Started", "Started container edi-cusdec-bridge", etype="Normal", host=w[1])
    r.event(s + 2.1, ns, "Pod", edi_new.pod, "Unhealthy", 'Readiness probe failed: Get "http://10.131.0.45:8000/'
            'healthz": dial tcp 10.131.0.45:8000: connect: connection refused', host=w[1])
    edi_new.log(s + 3.4, f"{py_ts(r.at(s + 3.4))} INFO uvicorn.error Application startup complete.")
    edi_new.log(s + 3.41, f"{py_ts(r.at(s + 3.41))} INFO uvicorn.error Uvicorn running on http://0.0.0.0:8000 "
                          f"(Press CTRL+C to quit)")
    r.event(s + 14.2, ns, "Pod", edi_old.pod, "Killing", "Stopping container edi-cusdec-bridge", etype="Normal",
            host=w[2])
    edi_old.log(s + 14.3, f"{py_ts(r.at(s + 14.3))} INFO uvicorn.error Shutting down")
    edi_old.log(s + 14.5, f"{py_ts(r.at(s + 14.5))} INFO uvicorn.error Finished server process [1]")
    for tt in r.times(s + 15, 600, 8):
        edi_new.log(tt, f"{py_ts(r.at(tt))} INFO edi_cusdec_bridge.poll partner inbox empty partners=7")
    return r.build(
        "healthy", "Did the nightly customs manifest export run cleanly?",
        sel(namespace="customs-brokerage"),
        "INFO", "none", None,
        "No incident: the customs-manifest-export CronJob completed with errors=0, PostgreSQL checkpoints and "
        "autoanalyze are routine, and the single readiness failure was a new edi-cusdec-bridge pod not yet listening "
        "during a normal rolling update.",
        "Nightly export completed successfully (all batches uploaded, rejected=0); rolling update finished normally.",
        "None required.")


# --- 17 --------------------------------------------------------------------------------
@scenario
def connrefused_rabbitmq_drain():
    r = Rec("connrefused-rabbitmq-drain", "2026-03-26T09:12:00+00:00", conv="std", cluster="staybridge-ops-weu",
            tsfmt="ms")
    rng = r.rng
    ns = "guest-ops"
    n = ["aks-ops-19283746-vmss000000", "aks-ops-19283746-vmss000001", "aks-ops-19283746-vmss000002"]
    mq = r.sts(ns, "guestops-rabbitmq", 0, n[2], container="rabbitmq")
    dl = r.deploy(ns, "doorlock-event-bridge", n[0])
    hk = r.deploy(ns, "housekeeping-dispatch", n[1])
    mk = r.deploy(ns, "minibar-billing", n[0])
    svc_ip = "10.0.87.140"
    pid = "<0.8412.0>"

    def rmq(t, lvl, msg, ev=False, proc=None):
        dt = r.at(t)
        mq.log(t, f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{dt.microsecond:06d}+00:00 [{lvl}] {proc or pid} {msg}", ev=ev)

    for t in r.times(0, 115, 10):
        rmq(t, "info", f"accepting AMQP connection <0.{rng.randint(9000, 9999)}.0> (10.244.{rng.randint(0, 2)}."
                       f"{rng.randint(10, 90)}:{rng.randint(30000, 60000)} -> 10.244.2.31:5672)"
            if rng.random() < 0.3 else
            f"connection <0.{rng.randint(9000, 9999)}.0> (10.244.0.{rng.randint(10, 90)}:{rng.randint(30000, 60000)} "
            f"-> 10.244.2.31:5672): user 'minibar' authenticated and granted access to vhost 'guestops'",
            proc=f"<0.{rng.randint(9000, 9999)}.0>")
    for t in r.times(0, 118, 14):
        dl.log(t, jl(level="info", time=iso_ms(r.at(t)), msg="lock event published", lock=f"VC-{rng.randint(1000, 9999)}",
                     room=rng.randint(101, 940), event=rng.choice(["door_open", "key_used", "deadbolt"]),
                     exchange="doorlock.events"))
    t0 = 118.604
    rmq(t0, "warning", "This node is being put into maintenance (drain) mode", ev=True)
    rmq(t0 + 0.002, "warning", "Suspending all client listeners...")
    rmq(t0 + 0.004, "info", "Suspending listener on [::]:5672")
    rmq(t0 + 0.006, "warning", "Suspended all listeners and will no longer accept client connections", ev=True)
    rmq(t0 + 0.021, "warning", "Closed 23 local client connections")
    rmq(t0 + 0.034, "warning", "Will transfer leadership of 0 quorum queues with current leader on this node")
    rmq(t0 + 0.08, "warning", "Node was put into maintenance mode")
    for q in range(3):
        t = t0 + 0.02 + q * 0.0004
        mq.log(t, f"{r.at(t).strftime('%Y-%m-%d %H:%M:%S')}.{r.at(t).microsecond:06d}+00:00 [warning] "
                  f"<0.{rng.randint(9000, 9999)}.0> closing AMQP connection <0.{rng.randint(9000, 9999)}.0> "
                  f"(10.244.{q}.{rng.randint(10, 90)}:{rng.randint(30000, 60000)} -> 10.244.2.31:5672, vhost: 'guestops', "
                  f"user: '{['doorlock-bridge', 'housekeeping', 'minibar'][q]}'):\nclient unexpectedly closed TCP connection")
    for t in r.times(t0 + 1, 600, 22):
        dl.log(t, jl(level="error", time=iso_ms(r.at(t)), msg="amqp connect failed, retrying in 5s",
                     err=f"connect ECONNREFUSED {svc_ip}:5672",
                     broker="amqp://guestops-rabbitmq.guest-ops.svc.cluster.local:5672/guestops"),
               ev=(t < t0 + 12))
    buf = 0
    for t in r.times(t0 + 2, 600, 14):
        buf += rng.randint(20, 60)
        hk.log(t, f"{py_ts(r.at(t))} ERROR housekeeping.dispatch AMQP connection to guestops-rabbitmq.guest-ops.svc."
                  f"cluster.local:5672 failed: AMQPConnectionError: (AMQPConnectorSocketConnectError: "
                  f"ConnectionRefusedError(111, 'Connection refused'),); room-status events buffered={buf}")
    for t in r.times(t0 + 3, 600, 8):
        mk.log(t, f"{spring_ts(r.at(t))}  WARN 1 --- [minibar-billing] [ntContainer#0-1] "
                  f"o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the "
                  f"connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: "
                  f"java.net.ConnectException: Connection refused")
    for k, t in enumerate((t0 + 9.2, t0 + 19.2, t0 + 29.2, t0 + 39.2)):
        r.event(t, ns, "Pod", mq.pod, "Unhealthy", "Readiness probe failed: Error: unable to perform an operation on node "
                "'rabbit@guestops-rabbitmq-0.guestops-rabbitmq-nodes.guest-ops'. Port 5672 is not accepting connections",
                host=n[2], count=k + 1)
    return r.build(
        "connection_refused", "Door lock events and housekeeping updates stopped flowing. What broke?",
        sel(namespace="guest-ops"),
        "ERROR", "connection_refused", "guestops-rabbitmq",
        "The guestops-rabbitmq broker was put into maintenance (drain) mode and left there: it suspended its AMQP "
        "listeners and closed client connections, so every client reconnect is refused.",
        "Since 09:13:58 the RabbitMQ node refuses AMQP connections (listeners suspended by drain); doorlock-event-bridge, "
        "housekeeping-dispatch and minibar-billing all fail with connection refused and buffer events.",
        "Take the node out of maintenance mode (rabbitmq-upgrade revive) or finish the planned restart, then verify "
        "clients reconnect and buffered events drain; make drains part of a supervised procedure.")


# --- 18 --------------------------------------------------------------------------------
@scenario
def connrefused_redis_restart():
    r = Rec("connrefused-redis-restart", "2026-03-27T19:38:00+00:00", conv="otel", cluster="scorewire-prod-euw2",
            tsfmt="ms")
    rng = r.rng
    ns = "sports-odds"
    n = ["gke-scorewire-prod-pool-odds-5c1e8a2f-q7kd", "gke-scorewire-prod-pool-odds-5c1e8a2f-w2lx",
         "gke-scorewire-prod-pool-odds-5c1e8a2f-b6nd"]
    m0 = r.sts(ns, "odds-cache-redis-node", 0, n[0], container="redis")
    m1 = r.sts(ns, "odds-cache-redis-node", 1, n[1], container="redis")
    s1 = m1.sibling("sentinel")
    api = r.deploy(ns, "odds-display-api", n[2])
    pub = r.deploy(ns, "odds-publisher", n[1])
    old_ip, new_ip = "10.64.5.21", "10.64.6.14"

    def rl(w, t, role, msg, pidn=1, ev=False):
        w.log(t, f"{pidn}:{role} {redis_ts(r.at(t))} {msg}", ev=ev)

    for t in r.times(0, 600, 30):
        if 120 < t < 137:
            continue
        api.log(t, f"{iso_ms(r.at(t))} info: GET /v2/events/{rng.randint(40000000, 40999999)}/markets 200 "
                   f"{rng.randint(2, 14)}ms cache=hit")
    for t in r.times(0, 600, 14):
        if 120 < t < 137:
            continue
        pub.log(t, f"{py_ts(r.at(t))} INFO odds_publisher.writer wrote {rng.randint(200, 900)} prices to redis "
                   f"pipeline_ms={rng.randint(1, 9)}")
    t = 118.2
    r.event(t, ns, "StatefulSet", "odds-cache-redis-node", "SuccessfulDelete",
            "delete Pod odds-cache-redis-node-0 in StatefulSet odds-cache-redis-node successful", etype="Normal",
            source="statefulset-controller")
    r.event(t + 0.1, ns, "Pod", m0.pod, "Killing", "Stopping container redis", etype="Normal", host=n[0])
    m0.log(t + 0.2, f"1:signal-handler ({int(r.at(t).timestamp())}) Received SIGTERM scheduling shutdown...")
    rl(m0, t + 0.3, "M", "# User requested shutdown...", ev=True)
    rl(m0, t + 0.31, "M", "* Saving the final RDB snapshot before exiting.")
    rl(m0, t + 0.62, "M", "* DB saved on disk")
    rl(m0, t + 0.63, "M", "# Redis is now ready to exit, bye bye...", ev=True)
    for tt in r.times(119, 133, 7):
        api.log(tt, f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED {old_ip}:6379\n"
                    f"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", ev=(tt < 122))
    for tt in r.times(119.5, 133, 4):
        pub.log(tt, f"{py_ts(r.at(tt))} ERROR odds_publisher.writer redis write failed, retrying: "
                    f"redis.exceptions.ConnectionError: Error 111 connecting to {old_ip}:6379. Connection refused.",
                ev=(tt < 123))
    fo = 123.9
    for q, (mark, msg) in enumerate([
            ("#", f"+sdown master mymaster {old_ip} 6379"),
            ("#", f"+odown master mymaster {old_ip} 6379 #quorum 2/2"),
            ("#", "+new-epoch 9"),
            ("#", f"+try-failover master mymaster {old_ip} 6379"),
            ("*", f"Sentinel new configuration saved on disk"),
            ("#", f"+vote-for-leader {hexs(rng, 40)} 9"),
            ("#", f"+elected-leader master mymaster {old_ip} 6379"),
            ("#", f"+failover-state-select-slave master mymaster {old_ip} 6379"),
            ("#", f"+selected-slave slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379"),
            ("*", f"+failover-state-send-slaveof-noone slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379"),
            ("*", f"+failover-state-wait-promotion slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379"),
            ("#", f"+promoted-slave slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379"),
            ("#", f"+failover-end master mymaster {old_ip} 6379"),
            ("#", f"+switch-master mymaster {old_ip} 6379 {new_ip} 6379")]):
        rl(s1, fo + q * 0.35, "X", f"{mark} {msg}")
    rl(m1, fo + 3.6, "M", "* Connection with master lost.")
    rl(m1, fo + 3.61, "M", "* Discarding previously cached master state.")
    rl(m1, fo + 3.62, "M", f"* Setting secondary replication ID to {hexs(rng, 40)}, valid up to offset: 88142391. "
                            f"New replication ID is {hexs(rng, 40)}")
    rl(m1, fo + 3.63, "M", "* MASTER MODE enabled (user request from 'id=31 addr=10.64.6.14:51122 laddr=10.64.6.14:6379 "
                            "fd=12 name=sentinel-6a1f2c3d-cmd age=812 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 "
                            "qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=2048 rbp=1024 obl=45 oll=0 omem=0 "
                            "tot-mem=23397 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')")
    api.log(fo + 4.9, f"{iso_ms(r.at(fo + 4.9))} info: redis sentinel reported new master {new_ip}:6379, reconnected")
    pub.log(fo + 5.3, f"{py_ts(r.at(fo + 5.3))} INFO odds_publisher.writer reconnected to master {new_ip}:6379 via sentinel")
    # old master returns as replica
    t = 141.7
    rl(m0, t, "C", "* Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started", ev=False)
    rl(m0, t + 0.4, "S", f"* Connecting to MASTER {new_ip}:6379")
    rl(m0, t + 0.8, "S", "* MASTER <-> REPLICA sync: Finished with success")
    return r.build(
        "connection_refused", "Why did odds-display-api log ECONNREFUSED to Redis around 19:40?",
        sel(namespace="sports-odds", app="odds-display-api"),
        "WARN", "connection_refused", "odds-cache-redis-node",
        "The odds-cache Redis master (odds-cache-redis-node-0) was restarted by a StatefulSet rolling update without "
        "a prior Sentinel failover; clients still pointed at it got connection refused until Sentinel promoted "
        "node-1 about 10 seconds later.",
        "Brief outage: Redis master shut down on SIGTERM, odds-display-api and odds-publisher saw ECONNREFUSED to "
        "10.64.5.21:6379, Sentinel failed over to 10.64.6.14 and clients reconnected; the old master rejoined as a "
        "replica.",
        "Optional: trigger SENTINEL FAILOVER before restarting the master (preStop hook / operator), and have clients "
        "resolve the master through Sentinel with fast retry.")


# --- 19 --------------------------------------------------------------------------------
@scenario
def timeout_rate_calendar():
    r = Rec("timeout-rate-calendar", "2026-03-28T10:02:00+00:00", conv="promtail", cluster="lodgeline-dc1",
            tsfmt="us")
    rng = r.rng
    ns = "reservations"
    nodes = ["dc1-k8s-w02", "dc1-k8s-w05", "dc1-k8s-w07"]
    rc = [r.deploy(ns, "rate-calendar-service", nodes[i], rs="6b5f9d8c47") for i in range(2)]
    ing = r.fixed("ingress-nginx", f"ingress-nginx-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                  "controller", nodes[2], "ingress-nginx")
    imp = W(r, ns, f"rates-bulk-import-29581080-{k8s_suffix(rng, 5)}", "importer", nodes[1], "rates-bulk-import")
    ra = r.deploy(ns, "reservation-api", nodes[2], rs="7c9d4b8f65")
    rc_ips = ["10.233.70.14", "10.233.71.202"]

    imp.log(2.4, f"{py_ts(r.at(2.4))} INFO rates_import upserted 1184221 rate rows for 212 hotels (source=revenue-mgmt "
                 f"export 2026-03-28)")
    imp.log(3.1, f"{py_ts(r.at(3.1))} INFO rates_import published invalidation calendar:* (all hotels) to "
                 f"rate-calendar-service")
    imp.log(3.3, f"{py_ts(r.at(3.3))} INFO rates_import done errors=0 duration_s=412.7")
    for i, w in enumerate(rc):
        w.log(3.4 + i * 0.01, f"{py_ts(r.at(3.4 + i * 0.01))} INFO rate_calendar.cache invalidation received "
                              f"pattern=calendar:* evicted={rng.randint(9000, 11000)}")
    for t in r.times(0, 600, 18):
        ra.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="reservation created", hotel=rng.choice(["HV01", "HV02", "SB03"]),
                     nights=rng.randint(1, 6), status=201))
    for t in r.times(5, 600, 26):
        i = rng.randrange(2)
        took = rng.uniform(31, 79)
        rc[i].log(t, f"{py_ts(r.at(t))} WARNING rate_calendar.compute slow calendar build hotel="
                     f"{rng.choice(['HV01', 'HV02', 'SB03', 'LX07'])} months=12 rate_plans={rng.randint(90, 240)} "
                     f"took={took:.1f}s cache=miss", ev=(t < 60 or 300 < t < 330))
        rc[i].log(t + 0.001, f'INFO:     10.233.66.{rng.randint(2, 60)}:{rng.randint(30000, 60000)} - "GET /api/calendar?'
                             f'hotel=HV01&months=12 HTTP/1.1" 200 OK')
    for t in r.times(6, 600, 26):
        i = rng.randrange(2)
        cli = ip4(rng, "172.16.40")
        ing.log(t, f"{nginx_err_ts(r.at(t))} [error] 41#41: *{rng.randint(100000, 999999)} upstream timed out "
                   f"(110: Operation timed out) while reading response header from upstream, client: {cli}, server: "
                   f"book.lodgeline.example, request: \"GET /api/calendar?hotel=HV01&months=12 HTTP/2.0\", upstream: "
                   f"\"http://{rc_ips[i]}:8080/api/calendar?hotel=HV01&months=12\", host: \"book.lodgeline.example\"",
                stream="stderr", ev=(t < 40))
        ing.log(t + 0.0005, ingress_line(rng, r.at(t), cli, "GET", "/api/calendar?hotel=HV01&months=12", 504, 160,
                                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                                         "reservations-rate-calendar-service-8080", f"{rc_ips[i]}:8080", 30.001,
                                         ustatus=504, ursize=0))
    for t in r.times(0, 600, 20):
        ing.log(t, ingress_line(rng, r.at(t), ip4(rng, "172.16.40"), "GET", "/v2/availability?hotel=HV02&nights=2", 200,
                                rng.randint(800, 5000), "lodgeline-web/8.2", "reservations-reservation-api-8080",
                                f"10.233.66.{rng.randint(10, 60)}:8080", rng.uniform(0.02, 0.15)))
    return r.build(
        "timeout", "Customers get 504 Gateway Time-out on the booking calendar page. Why?",
        sel(namespace="reservations"),
        "ERROR", "timeout", "rate-calendar-service",
        "rate-calendar-service answers calendar requests in 30-80 s because the morning bulk rate import invalidated "
        "its whole calendar cache; every request rebuilds a 12-month calendar, exceeding the ingress 30 s proxy "
        "read timeout.",
        "Calendar requests time out at ingress-nginx (504, upstream timed out) against rate-calendar-service, which "
        "logs slow cache-miss calendar builds since the bulk import's full invalidation. Other reservation endpoints "
        "are fine.",
        "Pre-warm or rebuild the calendar cache asynchronously after imports (invalidate incrementally instead of "
        "calendar:*), and serve stale entries while rebuilding; scale rate-calendar-service temporarily.")


# --- 20 --------------------------------------------------------------------------------
@scenario
def timeout_tide_weather():
    r = Rec("timeout-tide-weather", "2026-03-29T23:58:00+00:00", conv="promtail", cluster="halvik-tos-prod",
            tsfmt="ms")
    rng = r.rng
    nodes = ["ip-10-31-14-187.eu-north-1.compute.internal", "ip-10-31-22-61.eu-north-1.compute.internal"]
    tw = r.deploy("marine-data", "tide-weather-service", nodes[0], rs="5c7d9b6f48")
    eta = r.deploy("terminal-ops", "eta-predictor", nodes[1])
    pilot = r.deploy("terminal-ops", "pilot-booking", nodes[1])
    target = "dns:///tide-weather-service.marine-data.svc.cluster.local:9090"

    job_s, job_e = 121.06, 337.9
    tw.log(job_s, f"{py_ts(r.at(job_s))} INFO tide.harmonics daily recompute started stations=38 "
                  f"constituents=37 horizon_days=14 (in-process, shares gRPC worker pool)", ev=True)
    for q, st in enumerate(["HLV-N1", "HLV-S2", "HLV-OUTER", "SKJ-BAR"]):
        t = job_s + 40 + q * 48
        tw.log(t, f"{py_ts(r.at(t))} INFO tide.harmonics station={st} fitted rmse_cm={rng.uniform(2, 6):.2f} "
                  f"progress={(q + 1) * 9}/38")
    tw.log(job_e, f"{py_ts(r.at(job_e))} INFO tide.harmonics daily recompute finished in {job_e - job_s:.1f}s")
    for t in r.times(0, 600, 40):
        slow = job_s < t < job_e
        took = rng.uniform(2.4, 8.8) if slow else rng.uniform(0.02, 0.09)
        st = rng.choice(["HLV-N1", "HLV-S2", "HLV-OUTER"])
        lvl = "WARNING" if took > 1 else "INFO"
        tw.log(t, f"{py_ts(r.at(t))} {lvl} tide.grpc GetTideWindow station={st} took={took:.3f}s",
               ev=(slow and took > 5 and t < 200))
    n_fail = 0
    for t in r.times(0, 600, 34):
        slow = job_s + 2 < t < job_e
        if slow and rng.random() < 0.7:
            n_fail += 1
            eta.log(t, jl(level="warn", ts=round(r.at(t).timestamp(), 3), caller="tide/client.go:64",
                          msg="tide window call failed, using cached forecast",
                          error="rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                          target=target, deadline_ms=2000, vessel_imo=rng.randint(9100000, 9899999)),
                    ev=(n_fail <= 2))
        else:
            eta.log(t, jl(level="info", ts=round(r.at(t).timestamp(), 3), caller="eta/model.go:140",
                          msg="eta updated", vessel_imo=rng.randint(9100000, 9899999),
                          eta=(r.at(t) + timedelta(hours=rng.randint(2, 30))).strftime("%Y-%m-%dT%H:%MZ"),
                          confidence=round(rng.uniform(0.8, 0.95), 2)))
    for t in r.times(0, 600, 12):
        slow = job_s + 2 < t < job_e
        pilot.log(t, f"{iso_ms(r.at(t))} {'WARN ' if slow else 'INFO '} pilot slot check "
                     f"{'tide window unavailable (deadline exceeded), holding slot provisionally' if slow else 'ok'} "
                     f"vessel={rng.choice(['MAERSK ELBA', 'CMA CGM TAGE', 'MSC ORLA', 'EVER GIVEN'])}")
    return r.build(
        "timeout", "Why did pilot booking hold slots provisionally just after midnight?",
        sel(namespace="terminal-ops"),
        "WARN", "timeout", "tide-weather-service",
        "tide-weather-service ran its daily harmonic tide recompute in-process at 00:00Z, starving its gRPC workers; "
        "GetTideWindow took 2-9 s, beyond eta-predictor's 2 s deadline, until the recompute finished ~3.5 minutes later.",
        "Transient slowness: eta-predictor and pilot-booking got DeadlineExceeded from tide-weather-service during the "
        "nightly recompute and fell back to cached forecasts; latency returned to normal when the job finished.",
        "Optional: move the harmonic recompute to a separate CronJob/worker pool or lower its priority so serving "
        "latency is unaffected.")


# --- 21 --------------------------------------------------------------------------------
@scenario
def healthy_cert_renewal():
    r = Rec("healthy-cert-renewal", "2026-03-27T02:59:00+00:00", conv="std", cluster="bluecove-resorts-gke",
            tsfmt="us")
    rng = r.rng
    n = ["gke-bluecove-prod-default-3e9a1f2b-7hq4", "gke-bluecove-prod-default-3e9a1f2b-kd2m"]
    cm = r.deploy("cert-manager", "cert-manager", n[0], rs="7f4b8c9d6d")
    ing = r.fixed("ingress-nginx", f"ingress-nginx-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                  "controller", n[1], "ingress-nginx")
    gp = r.deploy("guest-web", "guest-portal", n[1])
    key = "guest-web/guest-portal-tls"

    def cml(t, src, msg):
        cm.log(t, klog_prefix("I", r.at(t), 1) + f"{src}] {msg}")

    for t in r.times(0, 480, 26):
        path = rng.choice(["/", "/stay/upcoming", "/api/folio", "/_next/static/chunks/app-4f1c2a.js", "/api/me"])
        code = 401 if path == "/api/me" and rng.random() < 0.5 else (304 if "static" in path else 200)
        ing.log(t, ingress_line(rng, r.at(t), ip4(rng, "203.0.113"), "GET", path, code,
                                rng.randint(300, 9000) if code == 200 else 0, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)",
                                "guest-web-guest-portal-3000", f"10.8.1.{rng.randint(10, 60)}:3000", rng.uniform(0.005, 0.09)))
    for t in r.times(0, 480, 12):
        gp.log(t, f" GET {rng.choice(['/', '/stay/upcoming', '/api/folio'])} {rng.choice([200, 200, 200, 304])} in "
                  f"{rng.randint(8, 90)}ms")
    t = 60.118
    cml(t, "trigger_controller.go:215", f'"Certificate must be re-issued" logger="cert-manager.controller.certificates-'
        f'trigger" key="{key}" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-27 '
        f'03:00:00 +0000 UTC"')
    cml(t + 0.001, "conditions.go:203", f'"Setting lastTransitionTime for Certificate condition" logger="cert-manager.'
        f'controller.certificates-trigger" key="{key}" condition="Issuing" lastTransitionTime="2026-03-27 03:00:00.118 '
        f'+0000 UTC"')
    r.event(t + 0.01, "guest-web", "Certificate", "guest-portal-tls", "Issuing",
            "Renewing certificate as renewal was scheduled at 2026-03-27 03:00:00 +0000 UTC", etype="Normal",
            source="cert-manager-certificates-trigger")
    cml(t + 0.2, "conditions.go:263", '"Setting lastTransitionTime for CertificateRequest condition" logger="cert-manager.'
        'controller.certificaterequests-issuer-acme" key="guest-web/guest-portal-tls-9" condition="Ready" '
        'lastTransitionTime="2026-03-27 03:00:00.318 +0000 UTC"')
    cml(t + 0.35, "controller.go:162", '"re-queuing item due to optimistic locking on resource" logger="cert-manager.'
        'controller.certificates-key-manager" key="guest-web/guest-portal-tls" error="Operation cannot be fulfilled on '
        'certificates.cert-manager.io \\"guest-portal-tls\\": the object has been modified; please apply your changes '
        'to the latest version and try again"')
    cml(t + 2.4, "dns.go:88", '"presenting DNS01 challenge for domain" logger="cert-manager.controller.dns01" '
        'resource_name="guest-portal-tls-9-1904126380-2917733501" resource_namespace="guest-web" resource_kind="Challenge" '
        'resource_version="v1" dnsName="guest.bluecove.example" type="DNS-01" resource_name="guest-portal-tls-9-'
        '1904126380-2917733501" domain="guest.bluecove.example"')
    cml(t + 12.9, "dns.go:116", '"waiting DNS record TTL to allow the DNS01 record to propagate for domain" '
        'logger="cert-manager.controller.dns01" resource_name="guest-portal-tls-9-1904126380-2917733501" '
        'resource_namespace="guest-web" ttl=60 fqdn="_acme-challenge.guest.bluecove.example."')
    cml(t + 73.1, "sync.go:364", '"propagation check failed" logger="cert-manager.controller" '
        'resource_name="guest-portal-tls-9-1904126380-2917733501" resource_namespace="guest-web" resource_kind="Challenge" '
        'dnsName="guest.bluecove.example" type="DNS-01" error="DNS record for \\"guest.bluecove.example\\" not yet '
        'propagated"')
    cml(t + 83.4, "sync.go:359", '"Challenge presented and propagated, accepting" logger="cert-manager.controller" '
        'resource_name="guest-portal-tls-9-1904126380-2917733501" dnsName="guest.bluecove.example" type="DNS-01"')
    cml(t + 88.2, "acme.go:233", '"certificate issued" logger="cert-manager.controller.sign" '
        'resource_name="guest-portal-tls-9" resource_namespace="guest-web" resource_kind="CertificateRequest" '
        'resource_version="v1" related_resource_name="guest-portal-tls-9-1904126380" related_resource_namespace="guest-web" '
        'related_resource_kind="Order" related_resource_version="v1"')
    r.event(t + 88.25, "guest-web", "CertificateRequest", "guest-portal-tls-9", "CertificateIssued",
            "Certificate fetched from issuer successfully", etype="Normal", source="cert-manager-certificaterequests-issuer-acme")
    r.event(t + 88.4, "guest-web", "Certificate", "guest-portal-tls", "Issuing",
            "The certificate has been successfully issued", etype="Normal", source="cert-manager-certificates-issuing")
    t = 149.9
    ing.log(t, klog_prefix("I", r.at(t), 7) + f'backend_ssl.go:67] "Adding secret to local store" name="{key}"',
            stream="stderr")
    ing.log(t + 0.4, klog_prefix("I", r.at(t + 0.4), 7) + 'controller.go:193] "Configuration changes detected, backend '
            'reload required"', stream="stderr")
    ing.log(t + 0.9, klog_prefix("I", r.at(t + 0.9), 7) + 'controller.go:213] "Backend successfully reloaded"',
            stream="stderr")
    r.event(t + 0.95, "ingress-nginx", "Pod", ing.pod, "RELOAD", "NGINX reload triggered due to a change in "
            "configuration", etype="Normal", source="nginx-ingress-controller")
    return r.build(
        "healthy", "We got a cert-manager alert about guest-portal-tls last night. Is the guest portal OK?",
        sel(namespace="guest-web"),
        "INFO", "none", None,
        "No incident: cert-manager renewed guest-portal-tls on schedule via DNS-01; the optimistic-locking re-queue "
        "and one 'propagation check failed' are normal intermediate steps, and ingress-nginx loaded the new secret.",
        "Certificate renewal completed successfully and the ingress reloaded; guest portal traffic normal (401s are "
        "unauthenticated /api/me calls).",
        "None required.")


# --- 22 --------------------------------------------------------------------------------
@scenario
def tls_doorlock_expired():
    r = Rec("tls-doorlock-expired", "2026-03-27T23:56:30+00:00", conv="fluentbit", cluster="harbourview-hotels-prod",
            tsfmt="us")
    rng = r.rng
    ns = "hotel-core"
    n = ["ip-10-50-3-77.ap-southeast-2.compute.internal", "ip-10-50-19-140.ap-southeast-2.compute.internal"]
    gw = r.deploy(ns, "doorlock-gateway", n[0])
    pms = r.deploy(ns, "pms-connector", n[1])
    mk = r.deploy(ns, "mobile-key-service", n[1])
    midnight = 210.0   # 2026-03-28T00:00:00Z

    def gol(t):
        return r.at(t).strftime("%Y/%m/%d %H:%M:%S")

    for t in r.times(0, midnight - 1, 12):
        if rng.random() < 0.5:
            pms.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [pms-connector] [pool-3-thread-{rng.randint(1, 4)}] "
                       f"c.h.pms.doorlock.DoorlockClient         : key encoded room={rng.randint(101, 1820)} "
                       f"keys={rng.choice([1, 2])} status=200")
        else:
            mk.log(t, jl(level="info", time=iso_ms(r.at(t)), msg="mobile key issued", room=rng.randint(101, 1820),
                         upstream="https://doorlock-gateway.hotel-core.svc:8443/v2/keys", status=200))
    for t in r.times(0, 560, 10):
        gw.log(t, f"{gol(t)} INFO lock-sync: heartbeat ok controllers=14 offline=0")
    first_java = True
    for t in r.times(midnight + 0.2, 560, 9):
        room = rng.randint(101, 1820)
        thr = f"pool-3-thread-{rng.randint(1, 4)}"
        lines = [
            f"{spring_ts(r.at(t))} ERROR 1 --- [pms-connector] [{thr}] c.h.pms.doorlock.DoorlockClient         : "
            f"key encode failed room={room}, check-in flow will show 'key not ready'",
            "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: "
            "validity check failed",
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)",
            "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)",
            "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1350)",
            "\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:448)",
            "\tat com.harbourview.pms.doorlock.DoorlockClient.encode(DoorlockClient.java:77)",
            "Caused by: java.security.cert.CertPathValidatorException: validity check failed",
            "\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)",
            "\t... 21 common frames omitted",
            "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Fri Mar 27 23:59:59 UTC 2026",
            "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)",
            "\t... 26 common frames omitted",
        ]
        for q, ln in enumerate(lines):
            pms.log(t + q * 0.0002, ln, ev=first_java and (q in (1, 10)))
        first_java = False
    first_go = True
    for t in r.times(midnight + 0.5, 560, 14):
        mk.log(t, jl(level="error", time=iso_ms(r.at(t)), msg="mobile key issue failed", room=rng.randint(101, 1820),
                     error=f'Post "https://doorlock-gateway.hotel-core.svc:8443/v2/keys": tls: failed to verify '
                           f'certificate: x509: certificate has expired or is not yet valid: current time '
                           f'{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")} is after 2026-03-27T23:59:59Z'),
               ev=first_go)
        first_go = False
        gw.log(t + 0.001, f"{gol(t)} http: TLS handshake error from 10.50.19.{rng.randint(10, 250)}:{rng.randint(30000, 60000)}: "
                          f"remote error: tls: expired certificate", ev=(t < midnight + 40))
    return r.build(
        "tls_certificate", "Right after midnight the front desk cannot encode key cards and mobile keys fail. Why?",
        sel(namespace="hotel-core"),
        "ERROR", "tls_certificate", "doorlock-gateway",
        "The serving TLS certificate of doorlock-gateway expired at 2026-03-27T23:59:59Z; since midnight every client "
        "(pms-connector, mobile-key-service) rejects the handshake with certificate-expired errors.",
        "Key encoding and mobile keys fail from 00:00 with CertificateExpiredException / x509 'certificate has expired'; "
        "doorlock-gateway logs TLS handshake errors 'expired certificate' from its clients.",
        "Issue and install a new certificate for doorlock-gateway (and move it under cert-manager with automatic "
        "renewal), then restart or reload the gateway; add expiry monitoring.")


# --- 23 --------------------------------------------------------------------------------
@scenario
def tls_kafka_san():
    r = Rec("tls-kafka-san", "2026-03-30T14:00:00+00:00", conv="otel", cluster="scorewire-prod-euw2", tsfmt="ns")
    rng = r.rng
    ns = "sports-data"
    n = ["gke-scorewire-prod-pool-data-71c0e9d3-1b8w", "gke-scorewire-prod-pool-data-71c0e9d3-5tpx",
         "gke-scorewire-prod-pool-data-71c0e9d3-kq2z"]
    kb = [r.sts(ns, "kafka", i, n[i], container="kafka") for i in range(3)]
    rl = r.fixed("reloader", f"reloader-reloader-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}", "reloader-reloader",
                 n[0], "reloader")
    cm = r.fixed("cert-manager", f"cert-manager-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}", "cert-manager", n[1],
                 "cert-manager")
    lsc = r.deploy(ns, "live-stats-consumer", n[1])
    sbf = r.deploy(ns, "scoreboard-feeder", n[2])
    boot = "kafka-bootstrap.sports-data.svc"

    def kl(w, t, lvl, msg, cls, ev=False):
        w.log(t, f"[{kafka_ts(r.at(t))}] {lvl} {msg} ({cls})", ev=ev)

    for t in r.times(0, 60, 6):
        lsc.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [live-stats-consumer] [ntainer#0-0-C-1] c.s.stats.MatchEventListener"
                   f"             : applied {rng.randint(10, 80)} match events lag={rng.randint(0, 30)}")
    t = 12.4
    cm.log(t, klog_prefix("I", r.at(t), 1) + 'trigger_controller.go:215] "Certificate must be re-issued" '
           'logger="cert-manager.controller.certificates-trigger" key="sports-data/kafka-broker-tls" '
           'reason="SecretMismatch" message="Issuing certificate as Secret does not match the Certificate spec: '
           'spec.dnsNames changed"', ev=True)
    cm.log(t + 1.9, klog_prefix("I", r.at(t + 1.9), 1) + 'issuing_controller.go:226] "issued certificate stored in '
           'Secret" logger="cert-manager.controller.certificates-issuing" key="sports-data/kafka-broker-tls" '
           'secret="kafka-broker-tls"')
    t = 20.06
    rl.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Changes detected in \'kafka-broker-tls\' '
              f'of type \'SECRET\' in namespace \'sports-data\'; updated \'kafka\' of type \'StatefulSet\' in namespace '
              f'\'sports-data\'"')
    restart = [26.2, 71.8, 118.3]
    for i in (2, 1, 0):
        t = restart[2 - i]
        kl(kb[i], t, "INFO", f"[BrokerServer id={i}] Transition from STARTING to STARTED", "kafka.server.BrokerServer")
        kl(kb[i], t + 0.05, "INFO", f"[SocketServer listenerType=BROKER, nodeId={i}] Enabling request processing.",
           "kafka.network.SocketServer")
    for t in r.times(30, 600, 26):
        i = rng.choice([0, 1, 2])
        if t < restart[2 - i]:
            continue
        kl(kb[i], t, "INFO", f"[SocketServer listenerType=BROKER, nodeId={i}] Failed authentication with "
           f"/10.64.{rng.randint(2, 9)}.{rng.randint(10, 250)} (channelId=10.64.{i + 1}.5:9093-10.64.3.22:"
           f"{rng.randint(30000, 60000)}-{rng.randint(1, 90)}) (SSL handshake failed)",
           "org.apache.kafka.common.network.Selector", ev=(t < 140 and rng.random() < 0.5))
    first = True
    for t in r.times(120, 600, 11):
        lines = [
            f"{spring_ts(r.at(t))} ERROR 1 --- [live-stats-consumer] [ntainer#0-0-C-1] o.a.k.c.NetworkClient"
            f"                    : [Consumer clientId=consumer-live-stats-1, groupId=live-stats] Connection to node -1 "
            f"({boot}/10.68.14.201:9093) failed authentication due to: SSL handshake failed",
            f"org.apache.kafka.common.errors.SslAuthenticationException: SSL handshake failed",
            f"Caused by: javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching {boot} found.",
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)",
            "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1341)",
            "Caused by: java.security.cert.CertificateException: No subject alternative DNS name matching "
            f"{boot} found.",
            "\tat java.base/sun.security.util.HostnameChecker.matchDNS(HostnameChecker.java:212)",
        ]
        lsc.log(t, "\n".join(lines), ev=first)
        first = False
    valid = ", ".join(f"kafka-{i}.kafka-headless.sports-data.svc.cluster.local" for i in range(3))
    for k, t in enumerate(r.times(121, 600, 9)):
        sbf.log(t, kv(ts=iso_ms(r.at(t)), level="error", msg="unable to dial bootstrap broker", broker=f"{boot}:9093",
                      err=f"tls: failed to verify certificate: x509: certificate is valid for {valid}, not {boot}"),
                ev=(k == 0))
    return r.build(
        "tls_certificate", "Kafka consumers in sports-data stopped consuming after the brokers restarted. Why?",
        sel(namespace="sports-data"),
        "ERROR", "tls_certificate", "kafka",
        "The kafka-broker-tls Certificate's dnsNames were changed and the re-issued broker certificate no longer "
        "includes kafka-bootstrap.sports-data.svc; after Reloader rolled the brokers, clients connecting through the "
        "bootstrap name fail hostname verification.",
        "After the broker roll, every client TLS handshake to the bootstrap address fails ('No subject alternative DNS "
        "name matching kafka-bootstrap...' / 'x509: certificate is valid for ... not kafka-bootstrap...'); brokers log "
        "failed authentication (SSL handshake failed).",
        "Add kafka-bootstrap.sports-data.svc (and the .cluster.local form) back to the Certificate dnsNames, let "
        "cert-manager re-issue and roll the brokers; add a SAN check to the chart tests.")


# --- 24 --------------------------------------------------------------------------------
@scenario
def auth_rbac_berth_operator():
    r = Rec("auth-rbac-berth-operator", "2026-03-31T08:12:00+00:00", conv="std", cluster="halvik-yard-rke2",
            tsfmt="ms")
    rng = r.rng
    ns = "port-ops"
    nodes = ["rke2-agent-01.yard.halvik.local", "rke2-agent-02.yard.halvik.local"]
    op = r.deploy(ns, "berth-operator", nodes[0])
    hc = r.deploy("flux-system", "helm-controller", nodes[1])
    bp = r.deploy(ns, "berth-planner-ui", nodes[1])
    sa = "system:serviceaccount:port-ops:berth-operator"

    def z(w, t, level, msg, ev=False, **kw):
        d = {"level": level, "ts": iso_ms(r.at(t))}
        d.update({"msg": msg})
        d.update(kw)
        w.log(t, json.dumps(d, separators=(",", ":")), ev=ev)

    for t in r.times(0, 38, 5):
        name = f"vsl-{rng.randint(9100000, 9899999)}-b{rng.randint(1, 9)}"
        z(op, t, "info", "berth allocation reconciled", controller="berthallocation",
          BerthAllocation={"name": name, "namespace": ns}, phase="Confirmed", reconcileID=uuid4(rng))
    t = 40.512
    z(hc, t, "info", "release out-of-sync with desired state: chart version mismatch (0.8.3 != 0.9.0)",
      controller="helmrelease", controllerGroup="helm.toolkit.fluxcd.io", controllerKind="HelmRelease",
      HelmRelease={"name": "berth-operator", "namespace": ns})
    z(hc, t + 6.1, "info", f"Helm upgrade succeeded for release {ns}/berth-operator.v14 with chart berth-operator@0.9.0",
      controller="helmrelease", controllerGroup="helm.toolkit.fluxcd.io", controllerKind="HelmRelease",
      HelmRelease={"name": "berth-operator", "namespace": ns})
    r.event(t + 6.2, ns, "Deployment", "berth-operator", "ScalingReplicaSet",
            "Scaled up replica set berth-operator-5f9c7d6b8 to 1", etype="Normal", source="deployment-controller")
    t = 58.3
    z(op, t, "info", "Starting EventSource", controller="berthallocation", source="kind source: *v1alpha1.BerthAllocation")
    z(op, t + 0.01, "info", "Starting Controller", controller="berthallocation", controllerGroup="port.halvik.io",
      controllerKind="BerthAllocation")
    first = True
    for tt in r.times(t + 0.5, 600, 14):
        z(op, tt, "error", "Failed to watch", logger="controller-runtime.cache.UnhandledError",
          reflector="pkg/mod/k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232", type="*v1.ConfigMap",
          error=f'failed to list *v1.ConfigMap: configmaps is forbidden: User "{sa}" cannot list resource '
                f'"configmaps" in API group "" in the namespace "{ns}"', ev=first)
        first = False
    k = 0
    for tt in r.times(t + 2, 600, 18):
        name = f"vsl-{rng.randint(9100000, 9899999)}-b{rng.randint(1, 9)}"
        z(op, tt, "error", "Reconciler error", controller="berthallocation", controllerGroup="port.halvik.io",
          controllerKind="BerthAllocation", BerthAllocation={"name": name, "namespace": ns}, namespace=ns, name=name,
          reconcileID=uuid4(rng),
          error=f'berthallocations.port.halvik.io "{name}" is forbidden: User "{sa}" cannot patch resource '
                f'"berthallocations/status" in API group "port.halvik.io" in the namespace "{ns}"', ev=(k < 2))
        k += 1
    for tt in r.times(100, 600, 8):
        bp.log(tt, f"{iso_ms(r.at(tt))} WARN  allocation vsl-{rng.randint(9100000, 9899999)}-b{rng.randint(1, 9)} "
                   f"still Pending after {rng.randint(3, 9)}m; berth window may be lost")
    return r.build(
        "auth_failure", "Berth allocations stay Pending since this morning's deploy. What is wrong with berth-operator?",
        sel(namespace="port-ops", app="berth-operator"),
        "ERROR", "auth_failure", "berth-operator",
        "The berth-operator 0.9.0 chart upgrade shipped a reduced RBAC role: its service account is forbidden to list "
        "ConfigMaps and to patch berthallocations/status, so every reconcile fails.",
        "Since the Helm upgrade to berth-operator 0.9.0 the operator's watches and status updates fail with RBAC "
        "'forbidden' for system:serviceaccount:port-ops:berth-operator; allocations stay Pending.",
        "Restore the missing rules (configmaps list/watch, berthallocations/status patch) in the chart's Role/"
        "ClusterRole or roll back to 0.8.3; add an RBAC smoke test to the release pipeline.")


# --- 25 --------------------------------------------------------------------------------
@scenario
def auth_pg_password_rotation():
    r = Rec("auth-pg-password-rotation", "2026-03-31T21:00:00+00:00", conv="fluentbit", cluster="staybridge-prod-weu",
            tsfmt="us")
    rng = r.rng
    n = ["aks-loyalty-28571943-vmss000003", "aks-loyalty-28571943-vmss000004"]
    pg = r.sts("guest-data", "guest-pg", 0, n[0], container="postgres")
    gps = r.deploy("guest-data", "guest-profile-service", n[1], rs="7d5c8b9f64")
    rot = W(r, "guest-data", f"db-credential-rotator-29583540-{k8s_suffix(rng, 5)}", "rotator", n[0],
            "db-credential-rotator")
    eso = r.deploy("external-secrets", "external-secrets", n[1])
    kiosk = r.deploy("front-desk", "checkin-kiosk-api", n[1])

    def pgl(t, pid, lvl, msg, ev=False):
        pg.log(t, f"{pg_ts(r.at(t))} [{pid}] {lvl}:  {msg}", ev=ev)

    t = 15.2
    rot.log(t, f"{py_ts(r.at(t))} INFO rotator: ALTER ROLE guest_profile rotated (scram-sha-256)")
    rot.log(t + 0.6, f"{py_ts(r.at(t + 0.6))} INFO rotator: new secret version 42 written to key vault "
                     f"staybridge-kv/guest-profile-db-password")
    pgl(t - 0.01, 40112, "LOG", 'statement: ALTER ROLE guest_profile PASSWORD \'*****\'' )
    eso.log(t + 31.4, jl(level="info", ts=round(r.at(t + 31.4).timestamp(), 3), logger="controllers.ExternalSecret",
                         msg="reconciled secret", ExternalSecret={"name": "guest-profile-db", "namespace": "guest-data"}))
    for tt in r.times(0, 600, 22):
        pid = rng.randint(41000, 49000)
        pgl(tt, pid, "LOG", f"duration: {rng.randint(1, 30)}.{rng.randint(100, 999)} ms  execute S_{rng.randint(1, 9)}: "
                            f"SELECT g.id, g.loyalty_no FROM guests g WHERE g.id = $1")
    first_pg = 0
    for tt in r.times(95, 600, 26):
        pid = rng.randint(41000, 49000)
        pgl(tt, pid, "FATAL", 'password authentication failed for user "guest_profile"', ev=(first_pg < 2))
        pgl(tt + 0.0001, pid, "DETAIL", 'Connection matched file "/var/lib/postgresql/data/pgdata/pg_hba.conf" line 102: '
                                        '"host all all all scram-sha-256"')
        first_pg += 1
    k = 0
    for tt in r.times(96, 600, 20):
        gps.log(tt, f"{spring_ts(r.at(tt))} ERROR 1 --- [guest-profile-service] [nio-8080-exec-{rng.randint(1, 20)}] "
                    f"o.h.engine.jdbc.spi.SqlExceptionHelper   : FATAL: password authentication failed for user "
                    f"\"guest_profile\"", ev=(k == 0))
        if k % 3 == 0:
            gps.log(tt + 0.001, f"{spring_ts(r.at(tt))}  WARN 1 --- [guest-profile-service] [nio-8080-exec-3] "
                                f"com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Connection is not available, "
                                f"request timed out after 30000ms (total=3, active=3, idle=0, waiting=11)")
        k += 1
    for tt in r.times(0, 95, 6):
        gps.log(tt, f"{spring_ts(r.at(tt))}  INFO 1 --- [guest-profile-service] [nio-8080-exec-{rng.randint(1, 20)}] "
                    f"c.s.guest.ProfileController              : GET /v1/guests/{rng.randint(100000, 999999)} 200")
    for tt in r.times(100, 600, 16):
        kiosk.log(tt, jl(level=50, time=int(r.at(tt).timestamp() * 1000), msg="check-in failed",
                         reservation=f"SB{rng.randint(1000000, 9999999)}", upstream="guest-profile-service",
                         status=500, err="Request failed with status code 500"))
    return r.build(
        "auth_failure", None,
        sel(namespace="guest-data", app="guest-profile-service"),
        "ERROR", "auth_failure", "guest-profile-service",
        "The nightly credential rotation changed the guest_profile database password; guest-profile-service still "
        "uses the old password (read at pod start), so every new pooled connection is rejected with 'password "
        "authentication failed'.",
        "About a minute after rotation, PostgreSQL rejects guest_profile logins; guest-profile-service requests fail "
        "(pool exhausted) and checkin-kiosk-api check-ins return 500.",
        "Restart/roll guest-profile-service so it picks up the updated Secret (or have it reload credentials), and "
        "make the rotation overlap old and new passwords or trigger a rollout after rotation.")


# --- 26 --------------------------------------------------------------------------------
@scenario
def config_odds_feed_env():
    r = Rec("config-odds-feed-env", "2026-04-01T17:40:00+00:00", conv="promtail", cluster="scorewire-betting-euw1",
            tsfmt="ms")
    rng = r.rng
    ns = "odds-ingest"
    n = ["ip-10-22-14-71.eu-west-1.compute.internal", "ip-10-22-40-9.eu-west-1.compute.internal"]
    ad = r.deploy(ns, "odds-feed-adapter", n[0], rs="6f7d8c5b94")
    old = r.deploy(ns, "odds-feed-adapter", n[1], rs="58c9b7d6f4")
    pricing = r.deploy(ns, "in-play-pricing", n[1])
    argo = r.fixed("argocd", "argocd-application-controller-0", "argocd-application-controller", n[1],
                   "argocd-application-controller")
    puid = uuid4(rng)

    for t in r.times(0, 20, 4):
        old.log(t, f"{py_ts(r.at(t))} INFO odds_feed_adapter.stream received {rng.randint(300, 900)} price updates "
                   f"provider=statsgrid lag_ms={rng.randint(40, 200)}")
    t = 21.6
    argo.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Initiated automated sync to '
                f'\'c4d1e9a\'" application=argocd/odds-feed-adapter dest-namespace={ns} '
                f'dest-server="https://kubernetes.default.svc"')
    r.event(t + 0.8, ns, "Deployment", "odds-feed-adapter", "ScalingReplicaSet",
            "Scaled down replica set odds-feed-adapter-58c9b7d6f4 to 0 from 1", etype="Normal",
            source="deployment-controller")
    old.log(t + 1.0, f"{py_ts(r.at(t + 1))} INFO odds_feed_adapter.main SIGTERM received, closing provider stream")
    r.event(t + 3.2, ns, "Deployment", "odds-feed-adapter", "ScalingReplicaSet",
            "Scaled up replica set odds-feed-adapter-6f7d8c5b94 to 1", etype="Normal", source="deployment-controller")
    starts = [27.1, 41.9, 73.6, 125.0, 208.3, 369.8, 531.4]
    for k, s in enumerate(starts):
        if s > 590:
            break
        ad.log(s, f"{py_ts(r.at(s))} INFO odds_feed_adapter.main starting version=3.3.0 provider=statsgrid "
                  f"region=eu-west-1", stream="stderr")
        tb = ["Traceback (most recent call last):",
              '  File "/app/odds_feed_adapter/main.py", line 88, in <module>',
              "    main()",
              '  File "/app/odds_feed_adapter/main.py", line 71, in main',
              "    settings = Settings.from_env()",
              "               ^^^^^^^^^^^^^^^^^^^",
              '  File "/app/odds_feed_adapter/settings.py", line 34, in from_env',
              '    api_key=os.environ["ODDS_FEED_API_KEY"],',
              "            ~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^",
              '  File "<frozen os>", line 679, in __getitem__',
              "KeyError: 'ODDS_FEED_API_KEY'"]
        for q, ln in enumerate(tb):
            ad.log(s + 0.41 + q * 0.0001, ln, stream="stderr",
                   ev=(ln.startswith("KeyError") and k in (0, 3, 6)) or (k == 0 and "os.environ" in ln))
        if k >= 1:
            back = ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"][k - 1]
            r.event(s + 1.3, ns, "Pod", ad.pod, "BackOff", f"Back-off restarting failed container odds-feed-adapter "
                    f"in pod {ad.pod}_{ns}({puid})", host=n[0], count=k)
            r.node_log(s + 1.2, n[0], "kubelet.service",
                       klog_prefix("E", r.at(s + 1.2), 2297) + 'pod_workers.go:1298] "Error syncing pod, skipping" '
                       f'err="failed to \\"StartContainer\\" for \\"odds-feed-adapter\\" with CrashLoopBackOff: '
                       f'\\"back-off {back} restarting failed container=odds-feed-adapter pod={ad.pod}_{ns}({puid})\\"" '
                       f'pod="{ns}/{ad.pod}" podUID="{puid}"')
    susp = 0
    for t in r.times(40, 600, 16):
        susp += rng.randint(20, 90)
        pricing.log(t, jl(level="warn", ts=round(r.at(t).timestamp(), 3), caller="pricing/feed_watchdog.go:52",
                          msg="no price updates from odds-feed-adapter, suspending in-play markets",
                          silence_s=int(t - 22), suspended_total=susp))
    t = 600 - 12.5
    argo.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Updated health status: Progressing -> '
                f'Degraded" application=argocd/odds-feed-adapter dest-namespace={ns} reason=ResourceUpdated type=MODIFIED')
    return r.build(
        "config_error", "odds-feed-adapter is crash looping since the last Argo CD sync. What's wrong?",
        sel(namespace="odds-ingest", app="odds-feed-adapter"),
        "CRITICAL", "config_error", "odds-feed-adapter",
        "The new odds-feed-adapter revision no longer provides the ODDS_FEED_API_KEY environment variable (the Secret "
        "reference changed in the synced manifests); the app exits on startup with KeyError: 'ODDS_FEED_API_KEY'.",
        "odds-feed-adapter (Recreate strategy, no old replica left) crashes at startup on the missing env var and is in "
        "CrashLoopBackOff; in-play-pricing receives no price updates and keeps suspending markets.",
        "Restore the ODDS_FEED_API_KEY env var / secretKeyRef in the manifests (or roll back the Argo CD app), "
        "and make the adapter fail with a clear configuration error.")


# --- 27 --------------------------------------------------------------------------------
@scenario
def config_rate_parity_secret():
    r = Rec("config-rate-parity-secret", "2026-04-01T09:13:00+00:00", conv="std", cluster="seabreeze-talos-dc2",
            tsfmt="ms")
    rng = r.rng
    ns = "channel-distribution"
    nodes = ["talos-wkr-01", "talos-wkr-02", "talos-wkr-03"]
    eso = r.deploy("external-secrets", "external-secrets", nodes[0])
    ota = r.deploy(ns, "ota-content-sync", nodes[2])
    msg_err = f"couldn't find key API_TOKEN in Secret {ns}/rate-parity-creds"
    t = 31.7
    eso.log(t, jl(level="info", ts=round(r.at(t).timestamp(), 3), logger="controllers.ExternalSecret",
                  msg="reconciled secret", ExternalSecret={"name": "rate-parity-creds", "namespace": ns},
                  note="template v2 applied: keys=[api-token, api-base-url]"))
    for t in r.times(0, 600, 12):
        ota.log(t, kv(time=iso_ms(r.at(t)), level="info", msg="content pushed", channel=rng.choice(["expedia", "booking"]),
                      hotel=rng.choice(["SB-PALMA", "SB-IBIZA", "SB-MENORCA"]), photos=rng.randint(0, 6), errors=0))
    runs = [120.0]
    for k, rt in enumerate(runs):
        sched = r.at(rt)
        job = f"rate-parity-checker-{int(sched.timestamp() // 60)}"
        pod = f"{job}-{k8s_suffix(rng, 5)}"
        node = nodes[k % 2 + 1]
        kl = {"node": node, "talos_service": "kubelet", "job": "talos-services", "cluster": "seabreeze-talos-dc2"}
        r.event(rt + 0.1, ns, "CronJob", "rate-parity-checker", "SuccessfulCreate", f"Created job {job}", etype="Normal",
                source="cronjob-controller")
        r.event(rt + 0.2, ns, "Job", job, "SuccessfulCreate", f"Created pod: {pod}", etype="Normal",
                source="job-controller")
        r.event(rt + 0.4, ns, "Pod", pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {node}", etype="Normal",
                source="default-scheduler")
        for q, tt in enumerate([rt + 1.9, rt + 3.6, rt + 17.2, rt + 45.8, rt + 102.3, rt + 219.7, rt + 341.9,
                                rt + 463.5]):
            if tt > 600:
                break
            r.event(tt, ns, "Pod", pod, "Pulled", 'Container image "registry.seabreeze.internal/distribution/'
                    'rate-parity-checker:1.14.2" already present on machine', etype="Normal", host=node, count=q + 1)
            r.event(tt + 0.01, ns, "Pod", pod, "Failed", f"Error: {msg_err}", host=node, count=q + 1,
                    ev=(q in (0, 7)))
            r.add(tt + 0.012, kl, klog_prefix("E", r.at(tt + 0.012), 1893) + 'kuberuntime_manager.go:1274] "Unhandled '
                  f'Error" err="container &Container{{Name:rate-parity-checker,Image:registry.seabreeze.internal/'
                  f'distribution/rate-parity-checker:1.14.2,...}} start failed in pod {pod}_{ns}({uuid4(rng)}): '
                  f'CreateContainerConfigError: {msg_err}" logger="UnhandledError"', ev=(q == 0 and k == 0))
            r.add(tt + 0.013, kl, klog_prefix("E", r.at(tt + 0.013), 1893) + 'pod_workers.go:1301] "Error syncing pod, '
                  f'skipping" err="failed to \\"StartContainer\\" for \\"rate-parity-checker\\" with '
                  f'CreateContainerConfigError: \\"{msg_err}\\"" pod="{ns}/{pod}"')
    r.event(421.0, ns, "CronJob", "rate-parity-checker", "JobAlreadyActive",
            "Not starting job because prior execution is running and concurrency policy is Forbid", etype="Normal",
            source="cronjob-controller")
    return r.build(
        "config_error", "The 09:15 rate parity check never ran and the 09:20 one was skipped. Why?",
        sel(namespace="channel-distribution"),
        "ERROR", "config_error", "rate-parity-checker",
        "The rate-parity-creds Secret was re-rendered by External Secrets with a new template (keys api-token / "
        "api-base-url); the rate-parity-checker pod spec still references key API_TOKEN, so its containers cannot be "
        "created (CreateContainerConfigError).",
        "Every rate-parity-checker CronJob pod is stuck in CreateContainerConfigError ('couldn't find key API_TOKEN in "
        "Secret channel-distribution/rate-parity-creds'); no parity check has run and later runs are blocked.",
        "Align the Secret keys and the pod's secretKeyRef (restore API_TOKEN in the ExternalSecret template or update "
        "the CronJob), then delete the stuck job.")


# --- 28 --------------------------------------------------------------------------------
@scenario
def resource_eviction_doc_renderer():
    r = Rec("resource-eviction-doc-renderer", "2026-04-02T11:20:00+00:00", conv="promtail", cluster="halvik-tos-prod",
            tsfmt="ms")
    rng = r.rng
    ns = "terminal-ops"
    node = "ip-10-31-30-58.eu-north-1.compute.internal"
    node2 = "ip-10-31-9-240.eu-north-1.compute.internal"
    dr = r.deploy(ns, "customs-doc-renderer", node, rs="7b6d9f5c48")
    dr2 = r.deploy(ns, "customs-doc-renderer", node2, rs="7b6d9f5c48")
    gate = r.deploy(ns, "gate-transaction-api", node)
    ais = r.deploy(ns, "vessel-ais-tracker", node2)

    usage = 14.1
    for t in r.times(0, 140, 14):
        usage += rng.uniform(0.2, 0.5)
        dr.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="rendered transit document",
                     doc=f"T1-HLV-{rng.randint(100000, 999999)}", pages=rng.randint(2, 40),
                     tmp_dir="/tmp/render", tmp_used_gib=round(usage, 1), cleanup="disabled"))
    for t in r.times(0, 600, 18):
        ais.log(t, kv(ts=iso_ms(r.at(t)), level="info", caller="decoder/nmea.go:211", msg="AIS batch decoded",
                      station="halvik-north", msgs=rng.randint(1400, 2300), invalid=rng.randint(0, 3)))
    for t in r.times(0, 600, 14):
        gate.log(t, f"{iso_ms(r.at(t))} INFO  gate-in processed truck={rng.choice(['HX', 'LK', 'TR'])}-{rng.randint(1000, 9999)} "
                    f"containers={rng.randint(1, 2)} lane={rng.randint(1, 8)}")
    t = 141.2
    r.event(t, "default", "Node", node, "EvictionThresholdMet", "Attempting to reclaim ephemeral-storage",
            source="kubelet", host=node)
    r.event(t + 0.2, "default", "Node", node, "NodeHasDiskPressure", f"Node {node} status is now: NodeHasDiskPressure",
            etype="Normal", source="kubelet", host=node)
    kp = 3411
    r.node_log(t + 0.1, node, "kubelet.service", klog_prefix("W", r.at(t + 0.1), kp) +
               'eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"')
    r.node_log(t + 0.3, node, "kubelet.service", klog_prefix("I", r.at(t + 0.3), kp) +
               'container_gc.go:88] "Attempting to delete unused containers"')
    r.node_log(t + 0.9, node, "kubelet.service", klog_prefix("I", r.at(t + 0.9), kp) +
               'image_gc_manager.go:391] "Disk usage on image filesystem is over the high threshold, trying to free '
               'bytes down to the low threshold" usage=91 highThreshold=85 amountToFree=4817225728 lowThreshold=80')
    r.node_log(t + 3.2, node, "kubelet.service", klog_prefix("I", r.at(t + 3.2), kp) +
               'eviction_manager.go:377] "Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"')
    r.node_log(t + 3.21, node, "kubelet.service", klog_prefix("I", r.at(t + 3.21), kp) +
               f'eviction_manager.go:395] "Eviction manager: pods ranked for eviction" pods=["{ns}/{dr.pod}",'
               f'"{ns}/{gate.pod}","kube-system/aws-node-{k8s_suffix(rng, 5)}"]')
    msg = (f"The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1843212Ki. "
           f"Container customs-doc-renderer was using 17821340Ki, request is 0, has larger consumption of "
           f"ephemeral-storage. ")
    r.event(t + 3.4, ns, "Pod", dr.pod, "Evicted", msg, host=node, ev=True)
    r.event(t + 3.45, ns, "Pod", dr.pod, "Killing", "Stopping container customs-doc-renderer", etype="Normal", host=node)
    r.node_log(t + 5.0, node, "kubelet.service", klog_prefix("I", r.at(t + 5), kp) +
               f'eviction_manager.go:616] "Eviction manager: pod is evicted successfully" pod="{ns}/{dr.pod}"', ev=True)
    # replacement lands on node2 and fills up again
    r.event(t + 5.6, ns, "Pod", dr2.pod, "Scheduled", f"Successfully assigned {ns}/{dr2.pod} to {node2}", etype="Normal",
            source="default-scheduler")
    usage = 0.2
    for tt in r.times(t + 12, 600, 24):
        usage += rng.uniform(0.3, 0.6)
        dr2.log(tt, jl(level="info", ts=iso_ms(r.at(tt)), msg="rendered transit document",
                       doc=f"T1-HLV-{rng.randint(100000, 999999)}", pages=rng.randint(2, 40), tmp_dir="/tmp/render",
                       tmp_used_gib=round(usage, 1), cleanup="disabled"))
    for tt in r.times(t + 4, t + 40, 4):
        gate.log(tt, f"{iso_ms(r.at(tt))} ERROR customs document render failed for truck "
                     f"TR-{rng.randint(1000, 9999)}: 503 from customs-doc-renderer.terminal-ops.svc:8080 (no ready "
                     f"endpoints); gate-out blocked")
    return r.build(
        "resource_exhausted", "Trucks were blocked at gate-out because transit documents failed. What happened?",
        sel(namespace="terminal-ops"),
        "ERROR", "resource_exhausted", "customs-doc-renderer",
        "customs-doc-renderer writes rendered PDFs to /tmp without cleanup or an ephemeral-storage request/limit; it "
        "filled the node's ephemeral storage (~17 GiB) and the kubelet evicted it under DiskPressure.",
        "Node ip-10-31-30-58 hit the ephemeral-storage eviction threshold; the renderer pod was evicted, gate "
        "transactions failed with 503 until the replacement started, and the new pod is filling its node again.",
        "Enable temp-file cleanup in customs-doc-renderer, mount /tmp as a sized emptyDir and set ephemeral-storage "
        "requests/limits so it is bounded.")


# --- 29 --------------------------------------------------------------------------------
@scenario
def resource_hikari_bet_history():
    r = Rec("resource-hikari-bet-history", "2026-04-02T20:45:00+00:00", conv="promtail", cluster="scorewire-betting-euw1",
            tsfmt="ms")
    rng = r.rng
    ns = "betting-core"
    n = ["ip-10-22-14-71.eu-west-1.compute.internal", "ip-10-22-40-9.eu-west-1.compute.internal"]
    bh = r.deploy(ns, "bet-history-api", n[0], rs="5d8f6c9b47")
    px = bh.sibling("istio-proxy")
    pg = r.sts(ns, "bets-pg", 0, n[1], container="postgres")
    acct = r.deploy(ns, "account-portal-bff", n[1])

    def sp(t, lvl, thread, logger, msg, ev=False):
        bh.log(t, f"{spring_ts(r.at(t))} {lvl:>5} 1 --- [bet-history-api] [{thread:>15}] {logger:<40} : {msg}", ev=ev)

    for t in r.times(0, 600, 10):
        pg.log(t, f"{pg_ts(r.at(t))} [{rng.randint(30000, 39000)}] LOG:  duration: {rng.randint(1, 60)}.{rng.randint(100, 999)} "
                  f"ms  execute <unnamed>: SELECT b.id, b.stake, b.status FROM bets b WHERE b.account_id = $1 "
                  f"ORDER BY b.placed_at DESC LIMIT 50")
    for t in r.times(0, 80, 8):
        sp(t, "INFO", f"nio-8080-exec-{rng.randint(1, 40)}", "c.s.history.web.HistoryController",
           f"GET /v1/accounts/{rng.randint(10**6, 10**7)}/bets 200 {rng.randint(8, 60)}ms")
    exports = [62.4, 74.9, 88.1, 93.6, 101.2, 117.7]
    for k, t in enumerate(exports):
        thr = f"nio-8080-exec-{rng.randint(1, 40)}"
        sp(t, "INFO", thr, "c.s.history.export.StatementExporter",
           f"streaming season statement export account={rng.randint(10**6, 10**7)} rows~{rng.randint(40000, 260000)}")
        if k < 2:
            sp(t + 60.0, "WARN", "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
               f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{hexs(rng, 8)} on thread "
               f"http-{thr}, stack trace follows\njava.lang.Exception: Apparent connection leak detected\n"
               f"\tat com.scorewire.history.export.StatementExporter.stream(StatementExporter.java:61)\n"
               f"\tat com.scorewire.history.web.ExportController.export(ExportController.java:38)\n"
               f"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
               ev=(k == 0))
    waiting = 3
    k = 0
    for t in r.times(125, 600, 26):
        waiting += rng.randint(1, 6)
        sp(t, "ERROR", f"nio-8080-exec-{rng.randint(1, 200)}", "o.h.engine.jdbc.spi.SqlExceptionHelper",
           f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, "
           f"waiting={waiting})", ev=(k < 2))
        k += 1
    for t in r.times(125, 600, 16):
        px.log(t, envoy_line(rng, r.at(t), "GET", f"/v1/accounts/{rng.randint(10**6, 10**7)}/bets", 500, "-",
                             "via_upstream", 0, 129, 30012, 30011, "bet-history-api.betting-core.svc:8080",
                             "10.22.14.133:8080", "inbound|8080||", ua="account-portal-bff/2.4"))
    for t in r.times(130, 600, 12):
        acct.log(t, jl(level="error", time=iso_ms(r.at(t)), msg="bet history unavailable",
                       upstream="http://bet-history-api.betting-core.svc:8080", status=500, duration_ms=30015))
    pg.log(400.4, f"{pg_ts(r.at(400.4))} [{rng.randint(30000, 39000)}] LOG:  checkpoint complete: wrote 812 buffers (5.0%); "
                  f"0 WAL file(s) added, 0 removed, 0 recycled; write=80.812 s, sync=0.003 s, total=80.830 s")
    return r.build(
        "resource_exhausted", "bet-history-api returns 500 after 30 seconds for every account page. Is the database down?",
        sel(namespace="betting-core", app="bet-history-api"),
        "ERROR", "resource_exhausted", "bet-history-api",
        "bet-history-api's HikariCP pool (20 connections) is exhausted: the new season-statement export holds a "
        "connection for the whole streaming export (leak detection fires), so other requests wait 30 s and fail. "
        "PostgreSQL itself is healthy.",
        "Connection leak warnings from StatementExporter followed by 'Connection is not available, request timed out "
        "after 30000ms (total=20, active=20, idle=0)'; requests return 500 after ~30 s while bets-pg keeps serving "
        "queries normally.",
        "Release the connection in StatementExporter (stream with a bounded fetch in its own short transaction or a "
        "separate pool), cap concurrent exports, and restart bet-history-api to free the pool.")


# --- 30 --------------------------------------------------------------------------------
@scenario
def storage_multiattach_yard_db():
    r = Rec("storage-multiattach-yard-db", "2026-04-03T05:30:00+00:00", conv="promtail", cluster="halvik-tos-prod",
            tsfmt="ms")
    rng = r.rng
    ns = "yard-data"
    old_node = "ip-10-31-44-12.eu-north-1.compute.internal"
    new_node = "ip-10-31-51-90.eu-north-1.compute.internal"
    db = r.sts(ns, "yard-inventory-db", 0, new_node, container="postgres")
    ya = r.deploy("yard", "yard-allocation-service", "ip-10-31-22-61.eu-north-1.compute.internal")
    att = r.fixed("kube-system", f"ebs-csi-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}", "csi-attacher",
                  "ip-10-31-9-240.eu-north-1.compute.internal", "ebs-csi-controller")
    pvc = "pvc-3c1f9a2e-8d4b-4e6f-a1b2-7c9d0e1f2a3b"
    vol = "vol-0f3a9c1d2e4b5a6c7"
    old_i, new_i = "i-0a1b2c3d4e5f60718", "i-09f8e7d6c5b4a3921"
    va = f"csi-{hexs(rng, 64)}"

    r.event(3.2, "default", "Node", old_node, "NodeNotSchedulable", f"Node {old_node} status is now: NodeNotSchedulable",
            etype="Normal", host=old_node)
    r.event(9.8, ns, "Pod", db.pod, "Killing", "Stopping container postgres", etype="Normal", host=old_node)
    r.event(41.3, ns, "StatefulSet", "yard-inventory-db", "SuccessfulCreate",
            "create Pod yard-inventory-db-0 in StatefulSet yard-inventory-db successful", etype="Normal",
            source="statefulset-controller")
    r.event(41.5, ns, "Pod", db.pod, "Scheduled", f"Successfully assigned {ns}/{db.pod} to {new_node}", etype="Normal",
            source="default-scheduler")
    r.event(41.7, ns, "Pod", db.pod, "FailedAttachVolume",
            f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be '
            f'attached to another', source="attachdetach-controller", ev=True)
    for k, t in enumerate(r.times(42, 600, 9)):
        att.log(t, klog_prefix("I", r.at(t), 1) + f'csi_handler.go:{rng.choice([234, 251])}] "Detaching" '
                   f'VolumeAttachment="{va}" volumeID="{vol}" nodeID="{old_i}"')
        att.log(t + 0.7, klog_prefix("E", r.at(t + 0.7), 1) + f'csi_handler.go:{rng.choice([711, 716])}] "Failed to detach" '
                         f'err="rpc error: code = Internal desc = Could not detach volume \\"{vol}\\" from node '
                         f'\\"{old_i}\\": operation error EC2: DetachVolume, https response error StatusCode: 400, '
                         f'RequestID: {uuid4(rng)}, api error IncorrectState: Volume \'{vol}\' is in the \'detaching\' '
                         f'state." VolumeAttachment="{va}"', ev=(k == 0))
    for k, t in enumerate((163.9, 286.2, 408.5, 530.8)):
        r.event(t, ns, "Pod", db.pod, "FailedMount",
                "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data "
                "kube-api-access-8x2lp]: timed out waiting for the condition", host=new_node, count=k + 1,
                ev=(k == 0))
    for t in r.times(12, 600, 18):
        ya.log(t, f"{spring_ts(r.at(t))} ERROR 1 --- [yard-allocation-service] [nio-8080-exec-{rng.randint(1, 30)}] "
                  f"o.h.engine.jdbc.spi.SqlExceptionHelper   : Connection to yard-inventory-db.yard-data.svc:5432 "
                  f"refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP "
                  f"connections.")
    return r.build(
        "storage", "yard-inventory-db-0 has been Pending/ContainerCreating for ten minutes after the node rotation. Why?",
        sel(namespace="yard-data", pod="yard-inventory-db-0"),
        "CRITICAL", "storage", "yard-inventory-db",
        "The yard-inventory-db EBS volume is still attached to the drained node (detach stuck in 'detaching'), so the "
        "rescheduled pod on the new node cannot attach it: Multi-Attach error and FailedMount timeouts.",
        "The yard inventory database is down: its pod cannot start because its volume cannot be attached to the new "
        "node; the EBS CSI attacher keeps failing to detach it from the old instance, and yard-allocation-service gets "
        "connection refused.",
        "Resolve the stuck detachment (force-detach the EBS volume in EC2 or terminate the old instance), delete the "
        "stale VolumeAttachment, and let the pod mount; drain stateful nodes with enough termination grace.")


# --- 31 --------------------------------------------------------------------------------
@scenario
def storage_readonly_audit():
    r = Rec("storage-readonly-audit", "2026-04-04T13:05:00+00:00", conv="std", cluster="staybridge-ops-weu",
            tsfmt="ms")
    rng = r.rng
    ns = "guest-ops"
    node = "aks-ops-19283746-vmss000001"
    aw = r.deploy(ns, "doorlock-audit-writer", node)
    dl = r.deploy(ns, "doorlock-event-bridge", "aks-ops-19283746-vmss000000")
    hk = r.deploy(ns, "housekeeping-dispatch", node)

    for t in r.times(0, 600, 22):
        dl.log(t, jl(level="info", time=iso_ms(r.at(t)), msg="lock event published", lock=f"VC-{rng.randint(1000, 9999)}",
                     room=rng.randint(101, 940), event=rng.choice(["door_open", "key_used", "deadbolt"]),
                     exchange="doorlock.events"))
    for t in r.times(0, 600, 12):
        hk.log(t, f"{py_ts(r.at(t))} INFO housekeeping.dispatch room {rng.randint(101, 940)} status "
                  f"{rng.choice(['dirty', 'clean', 'inspected'])} dispatched to attendant app")
    for t in r.times(0, 190, 10):
        aw.log(t, f"{py_ts(r.at(t))} INFO audit.writer appended {rng.randint(20, 120)} lock events to "
                  f"/var/lib/audit/journal/2026-04-04.jsonl fsync_ms={rng.randint(1, 9)}")
    t = 191.35
    kern = [
        (0.0, "sd 1:0:0:2: [sdd] tag#41 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=60s", False),
        (0.001, "sd 1:0:0:2: [sdd] tag#41 Sense Key : Aborted Command [current] ", False),
        (0.002, "sd 1:0:0:2: [sdd] tag#41 Add. Sense: I/O process terminated", False),
        (0.003, "I/O error, dev sdd, sector 10487808 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2", True),
        (0.004, "Buffer I/O error on dev sdd, logical block 1310976, lost async page write", False),
        (0.21, "EXT4-fs error (device sdd): ext4_journal_check_start:83: comm python3: Detected aborted journal", True),
        (0.22, "EXT4-fs (sdd): Remounting filesystem read-only", True),
    ]
    for dt_, line, ev in kern:
        r.node_log(t + dt_, node, "kernel", line, ev=ev)
    first = True
    for tt in r.times(t + 0.5, 600, 7):
        tb = [f"{py_ts(r.at(tt))} ERROR audit.writer failed to append lock events, buffering in memory",
              "Traceback (most recent call last):",
              '  File "/app/audit/writer.py", line 142, in flush',
              "    with open(self.journal_path, \"a\", encoding=\"utf-8\") as fh:",
              "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
              "OSError: [Errno 30] Read-only file system: '/var/lib/audit/journal/2026-04-04.jsonl'"]
        aw.log(tt, "\n".join(tb), ev=first, stream="stderr")
        first = False
    buf = 0
    for tt in r.times(t + 30, 600, 6):
        buf += rng.randint(300, 700)
        aw.log(tt, f"{py_ts(r.at(tt))} WARNING audit.writer in-memory buffer {buf} events (limit 20000); audit trail "
                   f"not persisted")
    return r.build(
        "storage", "Why is doorlock-audit-writer failing to persist the door audit trail?",
        sel(namespace="guest-ops", app="doorlock-audit-writer"),
        "ERROR", "storage", "doorlock-audit-writer",
        "Write I/O errors on the data disk (sdd) backing doorlock-audit-writer's volume aborted the ext4 journal and the "
        "kernel remounted the filesystem read-only; every journal append now fails with EROFS.",
        "From 13:08 the node kernel reports I/O errors on sdd and remounts it read-only; doorlock-audit-writer fails "
        "with 'Read-only file system' and buffers events in memory, so the audit trail is not persisted.",
        "Move the pod/volume off the failing disk (detach/reattach or restore from snapshot), run fsck, check the Azure "
        "disk health; then flush the buffered events before the in-memory limit is reached.")


# --- 32 --------------------------------------------------------------------------------
@scenario
def db_too_many_clients():
    r = Rec("db-too-many-clients", "2026-04-04T21:48:00+00:00", conv="otel", cluster="scorewire-prod-euw2", tsfmt="ns")
    rng = r.rng
    ns = "settlement"
    n = ["gke-scorewire-prod-pool-data-71c0e9d3-1b8w", "gke-scorewire-prod-pool-bet-9d2b7c41-4kfq",
         "gke-scorewire-prod-pool-bet-9d2b7c41-mx7t"]
    pg = r.sts(ns, "settlement-pg", 0, n[0], container="postgres")
    workers = [r.deploy(ns, "settlement-worker", n[1 + i % 2], rs="69c8d7f5b4") for i in range(4)]
    ledger = r.deploy(ns, "wallet-ledger", n[2])

    def pgl(t, pid, lvl, msg, ev=False):
        pg.log(t, f"{pg_ts(r.at(t))} [{pid}] {lvl}:  {msg}", ev=ev)

    for t in r.times(0, 100, 10):
        w = rng.choice(workers)
        w.log(t, jl(level="info", time=iso_ms(r.at(t)), msg="settled market", market=f"1.{rng.randint(230000000, 239999999)}",
                    bets=rng.randint(100, 4000), duration_ms=rng.randint(40, 400)))
    r.event(98.4, ns, "HorizontalPodAutoscaler", "settlement-worker", "SuccessfulRescale",
            "New size: 16; reason: external metric settlement_queue_depth above target", etype="Normal",
            source="horizontal-pod-autoscaler")
    for t in r.times(0, 600, 20):
        pgl(t, rng.randint(20000, 29000), "LOG", f"duration: {rng.randint(1, 90)}.{rng.randint(100, 999)} ms  execute "
            f"stmt_{hexs(rng, 6)}: UPDATE bets SET status = $1, settled_at = now() WHERE market_id = $2 AND status = 'open'")
    k = 0
    for t in r.times(112, 600, 24):
        pid = rng.randint(30000, 39000)
        msg = ("sorry, too many clients already" if rng.random() < 0.7 else
               "remaining connection slots are reserved for roles with the SUPERUSER attribute")
        pgl(t, pid, "FATAL", msg, ev=(k < 2))
        k += 1
    for t in r.times(113, 600, 22):
        w = rng.choice(workers)
        w.log(t, jl(level="error", time=iso_ms(r.at(t)), msg="settlement batch failed, will retry",
                    market=f"1.{rng.randint(230000000, 239999999)}",
                    error="failed to connect to `user=settlement database=settlement`: 10.64.8.31:5432 "
                          "(settlement-pg.settlement.svc): server error: FATAL: sorry, too many clients already "
                          "(SQLSTATE 53300)"))
    for t in r.times(115, 600, 8):
        ledger.log(t, f"{spring_ts(r.at(t))} ERROR 1 --- [wallet-ledger] [   payout-pool-2] c.s.ledger.PayoutJob"
                      f"                     : payout run aborted: org.postgresql.util.PSQLException: FATAL: "
                      f"remaining connection slots are reserved for roles with the SUPERUSER attribute")
    pgl(420.7, 20011, "LOG", "checkpoint starting: time")
    return r.build(
        "database", "Bet settlement and payouts are failing right after full time. What is going on?",
        sel(namespace="settlement"),
        "ERROR", "database", "settlement-pg",
        "settlement-pg has run out of connection slots: when the HPA scaled settlement-worker to 16 pods at full time, "
        "their connection pools exceeded max_connections and PostgreSQL rejects new clients.",
        "PostgreSQL logs 'sorry, too many clients already' and reserved-slot rejections; settlement-worker batches and "
        "wallet-ledger payouts fail with SQLSTATE 53300 and are retried.",
        "Put a connection pooler (PgBouncer) in front of settlement-pg or raise max_connections, and size worker pools "
        "so replicas x pool size stays below the limit; cap HPA maxReplicas accordingly.")


# --- 33 --------------------------------------------------------------------------------
@scenario
def db_deadlock_inventory():
    r = Rec("db-deadlock-inventory", "2026-04-05T18:20:00+00:00", conv="promtail", cluster="lodgeline-dc1", tsfmt="us")
    rng = r.rng
    ns = "reservations"
    my = r.sts(ns, "inventory-mysql", 0, "dc1-k8s-w02", container="mysql")
    ris = r.deploy(ns, "room-inventory-service", "dc1-k8s-w05")
    cas = r.deploy(ns, "channel-allotment-sync", "dc1-k8s-w07")

    def myl(t, lvl, code, sub, msg, ev=False):
        my.log(t, f"{iso_us(r.at(t))} 0 [{lvl}] [{code}] [{sub}] {msg}", ev=ev)

    def sp(t, lvl, thread, logger, msg, ev=False):
        ris.log(t, f"{spring_ts(r.at(t))} {lvl:>5} 1 --- [room-inventory-service] [{thread:>15}] {logger:<40} : {msg}",
                ev=ev)

    for t in r.times(0, 600, 20):
        sp(t, "INFO", f"nio-8080-exec-{rng.randint(1, 40)}", "c.l.inventory.HoldController",
           f"hold created hotel=HV01 roomType={rng.choice(['DLX', 'STD', 'STE'])} nights={rng.randint(1, 5)} status=201")
    for t in r.times(0, 600, 10):
        cas.log(t, f"{py_ts(r.at(t))} INFO allotment.sync pushed allotment channel={rng.choice(['expedia', 'booking'])} "
                   f"hotel=HV01 dates={rng.randint(7, 60)} rows_updated={rng.randint(20, 200)}")
    dl_times = [44.18, 97.6, 151.33, 203.9, 266.05, 318.7, 372.41, 433.9, 489.15, 551.6]
    for k, t in enumerate(dl_times):
        tx1, tx2 = 88412231 + k * 1931, 88412240 + k * 1931
        d1 = f"2026-04-{rng.randint(17, 19)}"
        lines = [
            ("Note", "MY-012468", "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)"),
            ("Note", "MY-012469", "InnoDB", "*** (1) TRANSACTION:"),
            ("Note", "MY-012469", "InnoDB", f"TRANSACTION {tx1}, ACTIVE 0 sec starting index read\nmysql tables in use 1, "
                                           f"locked 1\nLOCK WAIT 5 lock struct(s), heap size 1128, 4 row lock(s)\nMySQL "
                                           f"thread id {4800 + k}, OS thread handle 139804112{rng.randint(100000, 999999)}, "
                                           f"query id {99120 + k * 37} 10.233.66.{rng.randint(10, 60)} inventory updating\n"
                                           f"UPDATE room_inventory SET sold = sold + 1 WHERE hotel_id = 'HV01' AND room_type "
                                           f"= 'DLX' AND stay_date = '{d1}'"),
            ("Note", "MY-012469", "InnoDB", "*** (2) TRANSACTION:"),
            ("Note", "MY-012469", "InnoDB", f"TRANSACTION {tx2}, ACTIVE 0 sec starting index read\nmysql tables in use 1, "
                                           f"locked 1\n3 lock struct(s), heap size 1128, 6 row lock(s)\nMySQL thread id "
                                           f"{5100 + k}, query id {99140 + k * 37} 10.233.67.{rng.randint(10, 60)} allotment "
                                           f"updating\nUPDATE room_inventory SET allotment = allotment - 2 WHERE hotel_id "
                                           f"= 'HV01' AND room_type = 'DLX' AND stay_date BETWEEN '2026-04-17' AND "
                                           f"'2026-04-19'"),
            ("Note", "MY-012469", "InnoDB", "*** WE ROLL BACK TRANSACTION (1)"),
        ]
        for q, (lvl, code, sub, msg) in enumerate(lines):
            myl(t + q * 0.00005, lvl, code, sub, msg, ev=(k in (0, 5) and q in (0, 5)))
        sp(t + 0.01, "WARN", f"nio-8080-exec-{rng.randint(1, 40)}", "o.h.engine.jdbc.spi.SqlExceptionHelper",
           "SQL Error: 1213, SQLState: 40001")
        sp(t + 0.011, "ERROR", f"nio-8080-exec-{rng.randint(1, 40)}", "o.h.engine.jdbc.spi.SqlExceptionHelper",
           "Deadlock found when trying to get lock; try restarting transaction", ev=(k == 0))
        if k % 2 == 1:
            sp(t + 0.5, "ERROR", f"nio-8080-exec-{rng.randint(1, 40)}", "c.l.inventory.BookingService",
               f"booking failed after 3 attempts hotel=HV01 roomType=DLX stay={d1}: CannotAcquireLockException; "
               f"returning 409 to reservation-api")
    return r.build(
        "database", "Some bookings for the Easter weekend fail with 409. What's happening in the inventory database?",
        sel(namespace="reservations", app="inventory-mysql"),
        "ERROR", "database", "inventory-mysql",
        "InnoDB on inventory-mysql repeatedly deadlocks between booking updates (single date) and channel allotment "
        "range updates on the same room_inventory rows for the peak dates; booking transactions are chosen as victims "
        "and some exhaust their retries.",
        "Recurring InnoDB deadlocks (error 1213) on room_inventory every ~50 s during peak; room-inventory-service "
        "rolls back and some bookings fail with 409 after three attempts.",
        "Make both writers lock room_inventory rows in the same order (e.g. by stay_date, or SELECT ... FOR UPDATE in "
        "order), shorten the allotment transaction, and keep retry with backoff.")


# --- 34 --------------------------------------------------------------------------------
@scenario
def rate_odds_provider_429():
    r = Rec("rate-odds-provider-429", "2026-04-05T14:58:00+00:00", conv="promtail", cluster="scorewire-betting-euw1",
            tsfmt="ms")
    rng = r.rng
    ns = "odds-ingest"
    n = ["ip-10-22-14-71.eu-west-1.compute.internal", "ip-10-22-40-9.eu-west-1.compute.internal"]
    pol = [r.deploy(ns, "odds-feed-poller", n[i], rs="7d4c9f8b56") for i in range(2)]
    pricing = r.deploy(ns, "in-play-pricing", n[1])
    url = "https://api.statsgrid.example/v3/odds/live?sport=football&markets=all"

    throttled = (118.0, 341.0)
    for w in pol:
        for t in r.times(0, 600, 26):
            if throttled[0] < t < throttled[1]:
                continue
            extra = " adaptive_interval_ms=1400" if t >= throttled[1] else ""
            w.log(t, f"{py_ts(r.at(t))} INFO odds_feed_poller.client GET {url} 200 events={rng.randint(40, 70)} "
                     f"changes={rng.randint(300, 1600)} x-ratelimit-remaining={rng.randint(40, 400)}{extra}")
    t = 112.6
    for w in pol:
        w.log(t, f"{py_ts(r.at(t))} INFO odds_feed_poller.scheduler kick-off window: poll interval lowered to 500ms "
                 f"for 64 live fixtures")
        t += 0.3
    k = 0
    for t in r.times(throttled[0], throttled[1], 30):
        w = rng.choice(pol)
        ra = rng.choice([5, 8, 12, 15])
        w.log(t, f"{py_ts(r.at(t))} WARNING odds_feed_poller.client GET {url} -> 429 Too Many Requests "
                 f"(x-ratelimit-limit=600/min, x-ratelimit-remaining=0, retry-after={ra}s); backing off",
              ev=(k < 3 or k == 20))
        k += 1
    for t in r.times(throttled[0] + 5, throttled[1] + 4, 12):
        pricing.log(t, jl(level="warn", ts=round(r.at(t).timestamp(), 3), caller="pricing/feed_watchdog.go:48",
                          msg="price updates delayed", max_age_ms=rng.randint(2500, 9000), threshold_ms=2000,
                          markets_suspended=rng.randint(10, 90)))
    for w in pol:
        t = throttled[1] + r.j(0.5, 3)
        w.log(t, f"{py_ts(r.at(t))} INFO odds_feed_poller.scheduler adaptive rate limiter converged: "
                 f"interval=1400ms for 64 fixtures (budget 600/min shared by 2 replicas)")
    for t in r.times(throttled[1] + 5, 600, 8):
        pricing.log(t, jl(level="info", ts=round(r.at(t).timestamp(), 3), caller="pricing/engine.go:214",
                          msg="ladder published", market_id=f"1.{rng.randint(230000000, 239999999)}",
                          latency_ms=rng.randint(9, 40)))
    return r.build(
        "rate_limited", "Why were in-play prices delayed at kick-off of the 15:00 matches?",
        sel(namespace="odds-ingest"),
        "WARN", "rate_limited", "odds-feed-poller",
        "At kick-off odds-feed-poller lowered its poll interval to 500 ms on both replicas, exceeding the provider's "
        "600 requests/min quota; the provider answered 429 with Retry-After until the poller's adaptive limiter "
        "settled at a sustainable rate.",
        "For about four minutes the odds provider throttled odds-feed-poller (429, remaining=0) and in-play-pricing "
        "saw delayed prices and suspended markets; polling then converged within quota and prices recovered.",
        "Optional: size the kick-off poll interval to the shared quota (or use the provider's push feed) and "
        "coordinate the budget across replicas.")


# --- 35 --------------------------------------------------------------------------------
@scenario
def rate_externaldns_route53():
    r = Rec("rate-externaldns-route53", "2026-04-06T07:00:00+00:00", conv="promtail", cluster="halvik-tos-prod",
            tsfmt="ms")
    rng = r.rng
    ed = r.deploy("external-dns", "external-dns", "ip-10-31-9-240.eu-north-1.compute.internal")
    lbc = r.deploy("kube-system", "aws-load-balancer-controller", "ip-10-31-22-61.eu-north-1.compute.internal")
    vp = r.deploy("vessel-portal", "vessel-portal", "ip-10-31-14-187.eu-north-1.compute.internal")
    syn = r.deploy("monitoring", "synthetic-checks", "ip-10-31-22-61.eu-north-1.compute.internal")
    zone = "/hostedzone/Z0738214QW1ZP3EXAMPLE"

    t = 20.4
    lbc.log(t, jl(level="info", ts=iso_ms(r.at(t)), logger="controllers.ingress", msg="successfully deployed model",
                  ingressGroup="vessel-portal/vessel-portal"))
    lbc.log(t + 0.1, jl(level="info", ts=iso_ms(r.at(t + 0.1)), logger="controllers.ingress",
                        msg="created loadBalancer", stackID="vessel-portal/vessel-portal",
                        resourceID="LoadBalancer", arn="arn:aws:elasticloadbalancing:eu-north-1:4821xxxx0173:loadbalancer/"
                                                       "app/k8s-vesselpo-vesselpo-3f9a2c1d7e/8b1c2d3e4f5a6b7c"))
    for t in r.times(0, 600, 14):
        vp.log(t, f"{iso_ms(r.at(t))} INFO  GET /healthz 200 1ms ua=ELB-HealthChecker/2.0")
    k = 0
    for t in [x * 60 + r.j(1, 3) for x in range(10)]:
        ed.log(t, f'time="{r.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=info msg="Applying provider record filter '
                  f'for domains: [halvik-port.example. .halvik-port.example.]"')
        ed.log(t + 4.1, f'time="{r.at(t + 4.1).strftime("%Y-%m-%dT%H:%M:%SZ")}" level=error msg="Failed to do run once: '
                        f'soft error\\nfailed to list resource records sets for zone {zone} using aws profile '
                        f'\\"\\": operation error Route 53: ListResourceRecordSets, exceeded maximum number of attempts, '
                        f'3, https response error StatusCode: 400, RequestID: {uuid4(rng)}, api error Throttling: '
                        f'Rate exceeded"', ev=(k < 2 or k == 9))
        k += 1
    for t in r.times(40, 600, 10):
        syn.log(t, kv(ts=iso_ms(r.at(t)), level="warn", probe="https://vessel-portal.halvik-port.example/",
                      result="fail", err="dial tcp: lookup vessel-portal.halvik-port.example on 172.20.0.10:53: no such host"))
    return r.build(
        "rate_limited", "The new vessel-portal hostname still does not resolve 10 minutes after deploying the ingress. "
                        "Why?",
        sel(namespace="external-dns"),
        "ERROR", "rate_limited", "external-dns",
        "external-dns cannot read or update the Route 53 hosted zone because AWS throttles its "
        "ListResourceRecordSets calls (Throttling: Rate exceeded); the record for vessel-portal is never created.",
        "The ALB for vessel-portal was created, but every external-dns sync fails with Route 53 throttling, so "
        "vessel-portal.halvik-port.example does not exist in DNS (synthetic checks get 'no such host').",
        "Reduce external-dns API pressure (longer --interval, --aws-zones-cache-duration, zone-id filters, "
        "event-driven sync) and check other clusters/tools sharing the account's Route 53 quota.")


# --- 36 --------------------------------------------------------------------------------
@scenario
def node_containerd_crash():
    r = Rec("node-containerd-crash", "2026-04-07T03:40:00+00:00", conv="promtail", cluster="lodgeline-dc1",
            tsfmt="us")
    rng = r.rng
    bad = "dc1-k8s-w05"
    ra_bad = r.deploy("reservations", "reservation-api", bad, rs="7c9d4b8f65")
    ra_ok = r.deploy("reservations", "reservation-api", "dc1-k8s-w07", rs="7c9d4b8f65")
    ris = r.deploy("reservations", "room-inventory-service", bad)
    ing = r.fixed("ingress-nginx", f"ingress-nginx-controller-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}",
                  "controller", "dc1-k8s-w07", "ingress-nginx")
    kp = 1290

    for t in r.times(0, 600, 18):
        ra_ok.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="reservation created", hotel="HV01", status=201))
    for t in r.times(0, 60, 5):
        ra_bad.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="reservation created", hotel="HV02", status=201))
    t0 = 61.72
    r.node_log(t0, bad, "containerd.service", "fatal error: concurrent map writes", ev=True)
    r.node_log(t0 + 0.001, bad, "containerd.service", "")
    r.node_log(t0 + 0.002, bad, "containerd.service", "goroutine 48211 [running]:")
    r.node_log(t0 + 0.003, bad, "containerd.service",
               "github.com/containerd/containerd/v2/internal/cri/store/sandbox.(*Store).Add(0xc0004a2b40, {0xc00129e000, ...})")
    r.node_log(t0 + 0.2, bad, "init.scope", "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT",
               ev=True)
    r.node_log(t0 + 0.21, bad, "init.scope", "containerd.service: Failed with result 'exit-code'.")
    for q in range(5):
        t = t0 + 5.3 + q * 5.4
        r.node_log(t, bad, "init.scope", f"containerd.service: Scheduled restart job, restart counter is at {q + 1}.")
        r.node_log(t + 0.05, bad, "init.scope", "Starting containerd.service - containerd container runtime...")
        r.node_log(t + 1.8, bad, "containerd.service",
                   f'time="{iso_ns(r.at(t + 1.8))}" level=info msg="starting containerd" revision=b4a3e7c4ef version=v2.0.4')
        r.node_log(t + 2.9, bad, "containerd.service", "fatal error: concurrent map writes")
        r.node_log(t + 3.0, bad, "init.scope", "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT")
    t = t0 + 5.3 + 5 * 5.4
    r.node_log(t, bad, "init.scope", "containerd.service: Start request repeated too quickly.", ev=True)
    r.node_log(t + 0.01, bad, "init.scope", "containerd.service: Failed with result 'exit-code'.")
    r.node_log(t + 0.02, bad, "init.scope", "Failed to start containerd.service - containerd container runtime.", ev=True)
    for tt in r.times(t0 + 1, 600, 9):
        r.node_log(tt, bad, "kubelet.service", klog_prefix("E", r.at(tt), kp) + 'remote_runtime.go:294] "ListPodSandbox '
                   'with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: '
                   'desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: '
                   'connection refused\\"" filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:'
                   'SANDBOX_READY,},LabelSelector:map[string]string{},}"')
    for tt in r.times(t0 + 3, 600, 5):
        r.node_log(tt, bad, "kubelet.service", klog_prefix("E", r.at(tt), kp) + 'kubelet.go:2412] "Skipping pod '
                   'synchronization" err="container runtime is down"')
    tn = t0 + 41.5
    r.event(tn, "default", "Node", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", etype="Normal",
            source="node-controller", ev=True)
    for w in (ra_bad, ris):
        r.event(tn + 0.2, w.ns, "Pod", w.pod, "NodeNotReady", "Node is not ready", source="node-controller")
    for tt in r.times(0, 600, 16):
        ing.log(tt, ingress_line(rng, r.at(tt), ip4(rng, "172.16.40"), "POST", "/v2/reservations", 201,
                                 rng.randint(300, 900), "lodgeline-web/8.2", "reservations-reservation-api-8080",
                                 f"10.233.{66 if tt > tn else rng.choice([66, 69])}.{rng.randint(10, 60)}:8080",
                                 rng.uniform(0.03, 0.2)))
    # a CronJob pod that lands on the node after the crash cannot get a sandbox
    cj = f"folio-export-{int(r.at(90).timestamp() // 60)}-{k8s_suffix(rng, 5)}"
    r.event(t0 + 28.3, "reservations", "Pod", cj, "Scheduled", f"Successfully assigned reservations/{cj} to {bad}",
            etype="Normal", source="default-scheduler")
    for q, tt in enumerate((t0 + 28.9, t0 + 41.0)):
        r.event(tt, "reservations", "Pod", cj, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code '
                '= Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix '
                '/run/containerd/containerd.sock: connect: connection refused"', host=bad, count=q + 1)
    for w in (ra_bad, ris):
        r.event(tn + 300.4, w.ns, "Pod", w.pod, "TaintManagerEviction", f"Marking for deletion Pod {w.ns}/{w.pod}",
                etype="Normal", source="taint-eviction-controller")
    return r.build(
        "node_failure", "Since about 03:41 one of the reservations nodes is NotReady and new pods there never start. "
                        "What happened?",
        None,
        "CRITICAL", "node_failure", "dc1-k8s-w05",
        "containerd on node dc1-k8s-w05 crashed (fatal error: concurrent map writes) and keeps crashing on restart "
        "until systemd gives up; with the container runtime down the kubelet reports the node NotReady.",
        "Node dc1-k8s-w05 lost its container runtime: containerd crash-loops then fails to start, kubelet cannot reach "
        "containerd.sock, new sandboxes fail and the node goes NotReady; its pods are marked for eviction after the "
        "taint timeout while traffic shifts to the other replicas.",
        "Cordon and drain dc1-k8s-w05, recover containerd (clear the corrupted CRI state or reinstall/pin a fixed "
        "containerd version) or replace the node; check other nodes on the same containerd version.")


# --- 37 --------------------------------------------------------------------------------
@scenario
def node_ecc_machine_check():
    r = Rec("node-ecc-machine-check", "2026-04-08T16:25:00+00:00", conv="fluentbit", cluster="scorewire-dc-ams",
            tsfmt="off+02:00")
    rng = r.rng
    bad = "ams-k8s-bm-14"
    ns = "betting-core"
    kb = [r.sts(ns, "kafka", i, f"ams-k8s-bm-{11 + i * 3 - (1 if i == 1 else 0)}" if i < 2 else bad, container="kafka")
          for i in range(3)]
    sw = r.deploy(ns, "bet-settlement-worker", "ams-k8s-bm-11")
    acc = r.deploy(ns, "bet-acceptance", bad)
    acc2 = r.deploy(ns, "bet-acceptance", "ams-k8s-bm-13")

    for t in r.times(0, 600, 24):
        sw.log(t, f"{spring_ts(r.at(t))}  INFO 1 --- [bet-settlement-worker] [ntainer#0-0-C-1] c.s.settlement."
                  f"SettlementListener       : settled batch size={rng.randint(40, 300)} failures=0")
    for t in r.times(0, 140, 10):
        acc.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="bet accepted", stake=rng.randint(1, 200),
                      market=f"1.{rng.randint(230000000, 239999999)}"))
    k1 = 58.3
    r.node_log(k1, bad, "kernel", f"mce: [Hardware Error]: Machine check events logged")
    r.node_log(k1 + 0.01, bad, "kernel", "EDAC MC0: 36 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 "
               "(channel:1 slot:0 page:0x3f1a2c offset:0x740 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 "
               "ha:0 channel_mask:2 rank:1)", ev=True)
    for q in range(3):
        t = k1 + 22 + q * 19.7
        r.node_log(t, bad, "kernel", "mce: [Hardware Error]: Machine check events logged")
        r.node_log(t + 0.01, bad, "kernel", f"EDAC MC0: {rng.randint(80, 400)} CE memory read error on "
                   f"CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3f1a{hexs(rng, 2)} offset:0x{hexs(rng, 3)} "
                   f"grain:32 syndrome:0x0 - OVERFLOW err_code:0x0000:0x009f socket:0 ha:0 channel_mask:2 rank:1)")
    t = 139.62
    r.node_log(t, bad, "kernel", "mce: [Hardware Error]: CPU 0: Machine Check Exception: 5 Bank 7: be00000000800090")
    r.node_log(t + 0.001, bad, "kernel", "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff9e2c1b43> {clear_page_erms+0x13/0x20}")
    r.node_log(t + 0.002, bad, "kernel", "mce: [Hardware Error]: TSC 4f8a2c1d993a ADDR 3f1a2c740 MISC 1427c3c86 ")
    r.node_log(t + 0.003, bad, "kernel", "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 "
               "slot:0 page:0x3f1a2c offset:0x740 grain:32 - err_code:0x0000:0x009f socket:0 ha:0 channel_mask:2 rank:1)",
               ev=True)
    r.node_log(t + 0.004, bad, "kernel", "Kernel panic - not syncing: Fatal machine check", ev=True)
    tn = t + 44.1
    r.event(tn, "default", "Node", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", etype="Normal",
            source="node-controller", ev=True)
    for w in (kb[2], acc):
        r.event(tn + 0.3, ns, "Pod", w.pod, "NodeNotReady", "Node is not ready", source="node-controller")
    for q, t in enumerate(r.times(t + 9.5, t + 30, 3)):
        kb[0].log(t, f"[{kafka_ts(r.at(t))}] INFO [QuorumController id=0] Fencing broker 2 because its session has timed "
                     f"out. (org.apache.kafka.controller.ReplicationControlManager)" if q == 0 else
                     f"[{kafka_ts(r.at(t))}] INFO [QuorumController id=0] partition change for bets.placed-{rng.randint(0, 11)} "
                     f"with topic ID {hexs(rng, 22)}: isr: [0, 1, 2] -> [0, 1], leaderRecoveryState: RECOVERED -> "
                     f"RECOVERED. (org.apache.kafka.controller.ReplicationControlManager)")
    for t in r.times(t + 1, t + 40, 6):
        acc2.log(t, jl(level="warn", ts=iso_ms(r.at(t)), msg="produce retry", topic="bets.placed",
                       error="NOT_LEADER_OR_FOLLOWER", attempt=rng.randint(1, 3)))
    for t in r.times(150, 600, 14):
        acc2.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="bet accepted", stake=rng.randint(1, 200),
                       market=f"1.{rng.randint(230000000, 239999999)}"))
    for t in r.times(200, 600, 10):
        kb[1].log(t, f"[{kafka_ts(r.at(t))}] WARN [ReplicaManager broker=1] {rng.randint(18, 24)} partitions are "
                     f"under-replicated (broker 2 offline) (kafka.server.ReplicaManager)")
    for w in (kb[2], acc):
        r.event(tn + 300.2, ns, "Pod", w.pod, "TaintManagerEviction", f"Marking for deletion Pod {ns}/{w.pod}",
                etype="Normal", source="taint-eviction-controller")
    return r.build(
        "node_failure", "ams-k8s-bm-14 went NotReady and Kafka lost a broker. Is it software or hardware?",
        sel(node="ams-k8s-bm-14"),
        "CRITICAL", "node_failure", "ams-k8s-bm-14",
        "A failing DIMM on ams-k8s-bm-14 (channel 1, DIMM 0) produced escalating corrected ECC errors and then an "
        "uncorrectable error; the fatal machine check panicked the kernel and the node went NotReady.",
        "Hardware failure: machine-check/EDAC memory errors culminating in 'Kernel panic - not syncing: Fatal machine "
        "check'; node NotReady, Kafka broker 2 fenced and partitions under-replicated, pods marked for eviction.",
        "Keep the node cordoned and out of service, replace the faulty DIMM (vendor ticket), then return it; make sure "
        "kafka-2's replicas recover on a healthy node.")


# --- 38 --------------------------------------------------------------------------------
@scenario
def healthy_settlement_pg():
    r = Rec("healthy-settlement-pg", "2026-04-09T23:10:00+00:00", conv="otel", cluster="scorewire-prod-euw2",
            tsfmt="ns")
    rng = r.rng
    ns = "settlement"
    n = ["gke-scorewire-prod-pool-data-71c0e9d3-1b8w", "gke-scorewire-prod-pool-bet-9d2b7c41-4kfq",
         "gke-scorewire-prod-pool-bet-9d2b7c41-mx7t"]
    pg = r.sts(ns, "settlement-pg", 0, n[0], container="postgres")
    workers = [r.deploy(ns, "settlement-worker", n[1 + i % 2], rs="69c8d7f5b4") for i in range(6)]

    def pgl(t, pid, lvl, msg):
        pg.log(t, f"{pg_ts(r.at(t))} [{pid}] {lvl}:  {msg}")

    for t in r.times(0, 600, 26):
        w = rng.choice(workers[:4])
        w.log(t, jl(level="info", time=iso_ms(r.at(t)), msg="settled market", market=f"1.{rng.randint(230000000, 239999999)}",
                    bets=rng.randint(10, 900), duration_ms=rng.randint(30, 300), errors=0))
    for t in r.times(0, 600, 6):
        pid = rng.randint(30000, 39000)
        pgl(t, pid, "LOG", f"connection authorized: user=settlement database=settlement application_name=settlement-worker "
                           f"SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    t = 88.1
    pgl(t, 112, "LOG", "checkpoint starting: time")
    pgl(t + 269.7, 112, "LOG", "checkpoint complete: wrote 4112 buffers (25.1%); 0 WAL file(s) added, 1 removed, 2 "
                               "recycled; write=269.614 s, sync=0.012 s, total=269.702 s; sync files=88, longest=0.004 s, "
                               "average=0.001 s; distance=41233 kB, estimate=44120 kB; lsn=1C/9A3F21B0, redo lsn=1C/98E10028")
    t = 143.5
    pgl(t, 33871, "LOG", 'automatic vacuum of table "settlement.public.bets": index scans: 1\n\tpages: 0 removed, 182344 '
                         'remain, 40122 scanned (22.00% of total)\n\ttuples: 611203 removed, 8123004 remain, 0 are dead but '
                         'not yet removable\n\tavg read rate: 38.122 MB/s, avg write rate: 21.004 MB/s\n\tsystem usage: '
                         'CPU: user: 2.11 s, system: 0.41 s, elapsed: 8.42 s')
    pgl(201.2, 35110, "WARNING", "there is no transaction in progress")
    r.event(300.4, ns, "HorizontalPodAutoscaler", "settlement-worker", "SuccessfulRescale",
            "New size: 4; reason: All metrics below target", etype="Normal", source="horizontal-pod-autoscaler")
    for i, w in enumerate(workers[4:]):
        t = 300.9 + i * 0.3
        r.event(t, ns, "Pod", w.pod, "Killing", "Stopping container settlement-worker", etype="Normal", host=w.node)
        w.log(t + 0.1, jl(level="info", time=iso_ms(r.at(t + 0.1)), msg="SIGTERM received, finishing in-flight batch",
                          inflight=rng.randint(0, 2)))
        w.log(t + 1.4, jl(level="info", time=iso_ms(r.at(t + 1.4)), msg="shutdown complete", pending=0))
        for q in range(2):
            pid = rng.randint(30000, 39000)
            pgl(t + 1.5 + q * 0.01, pid, "LOG", f"disconnection: session time: 0:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
                                                f".{rng.randint(100, 999)} user=settlement database=settlement "
                                                f"host=10.64.{rng.randint(2, 9)}.{rng.randint(10, 250)} port={rng.randint(30000, 60000)}")
    return r.build(
        "healthy", "Quick health check of the settlement database after tonight's matches?",
        sel(namespace="settlement", app="settlement-pg"),
        "INFO", "none", None,
        "No incident: routine checkpoints and autovacuum on settlement-pg, normal connection churn, one harmless "
        "'no transaction in progress' warning, and an HPA scale-down with clean worker shutdowns.",
        "Settlement database and workers healthy after the evening peak; settlements complete with errors=0.",
        "None required.")


# --- 39 --------------------------------------------------------------------------------
@scenario
def healthy_loyalty_batch():
    r = Rec("healthy-loyalty-batch", "2026-04-10T02:00:00+00:00", conv="fluentbit", cluster="staybridge-prod-weu",
            tsfmt="us")
    rng = r.rng
    ns = "guest-loyalty"
    n = ["aks-loyalty-28571943-vmss000003", "aks-loyalty-28571943-vmss000004", "aks-loyalty-28571943-vmss000006"]
    lp = r.deploy(ns, "loyalty-points-service", n[0], rs="5d7bb9f4c6")
    job = W(r, ns, f"points-expiry-29594280-{k8s_suffix(rng, 5)}", "points-expiry", n[1], "points-expiry")
    rd = r.sts(ns, "loyalty-redis", 0, n[1], container="redis")
    ca = r.fixed("kube-system", f"cluster-autoscaler-{k8s_suffix(rng, 10)}-{k8s_suffix(rng, 5)}", "cluster-autoscaler",
                 n[0], "cluster-autoscaler")

    def pino(w, t, level, msg, **extra):
        d = {"level": level, "time": int(r.at(t).timestamp() * 1000), "pid": 1, "hostname": w.pod}
        d.update(extra)
        d["msg"] = msg
        w.log(t, json.dumps(d, separators=(",", ":")))

    for t in r.times(0, 600, 18):
        pino(lp, t, 30, "request completed", req={"method": "GET", "url": "/v1/balance"}, res={"statusCode": 200},
             responseTime=rng.randint(3, 30))
    t = 12.3
    rd.log(t, f"1:C {redis_ts(r.at(t))} # WARNING Memory overcommit must be enabled! Without it, a background save or "
              f"replication may fail under low memory condition. Being disabled, it can also cause failures without low "
              f"memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add "
              f"'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl "
              f"vm.overcommit_memory=1' for this to take effect.")
    rd.log(t + 0.01, f"1:C {redis_ts(r.at(t + 0.01))} * Redis version=7.2.4, bits=64, commit=00000000, modified=0, "
                     f"pid=1, just started")
    rd.log(t + 0.4, f"1:M {redis_ts(r.at(t + 0.4))} * DB loaded from disk: 0.212 seconds")
    rd.log(t + 0.41, f"1:M {redis_ts(r.at(t + 0.41))} * Ready to accept connections tcp")
    t = 30.2
    job.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="points expiry run started", cutoff="2024-04-10", batch=500))
    exp = 0
    for q in range(8):
        t += r.j(20, 40)
        n_ = rng.randint(100, 220)
        exp += n_
        job.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="batch processed", batch_no=q + 1, expired=n_,
                      skipped_active=rng.randint(0, 12), errors=0))
        if q == 4:
            job.log(t + 0.3, jl(level="warn", ts=iso_ms(r.at(t + 0.3)), msg="redis cache invalidation slow, retrying",
                                attempt=1, error="Command timed out"))
            job.log(t + 0.9, jl(level="info", ts=iso_ms(r.at(t + 0.9)), msg="redis cache invalidation ok", attempt=2))
    t += 1.1
    job.log(t, jl(level="info", ts=iso_ms(r.at(t)), msg="points expiry run finished", expired_total=exp, errors=0,
                  error_count=0, notifications_queued=exp))
    r.event(t + 2.0, ns, "Job", job.pod.rsplit("-", 1)[0], "Completed", "Job completed", etype="Normal",
            source="job-controller")
    t = 1.7
    ca.log(t, klog_prefix("I", r.at(t), 1) + f'actuator.go:174] Scale-down: removing node {n[2]}, utilization: '
           f'{{0.21 0.18 0 cpu 0.21}}, pods to reschedule: {ns}/loyalty-redis-0')
    r.event(t + 0.3, "default", "Node", n[2], "ScaleDown", "marked the node as toBeDeleted/unschedulable",
            etype="Normal", source="cluster-autoscaler")
    r.event(t + 0.6, ns, "Pod", "loyalty-redis-0", "ScaleDown", "deleting pod for node scale down", etype="Normal",
            source="cluster-autoscaler")
    r.event(t + 3.1, ns, "StatefulSet", "loyalty-redis", "SuccessfulCreate",
            "create Pod loyalty-redis-0 in StatefulSet loyalty-redis successful", etype="Normal",
            source="statefulset-controller")
    ca.log(t + 44.5, klog_prefix("I", r.at(t + 44.5), 1) + f'actuator.go:217] Scale-down: node {n[2]} removed with drain')
    r.event(t + 50.0, "default", "Node", n[2], "RemovingNode", f"Node {n[2]} event: Removing Node {n[2]} from Controller",
            etype="Normal", source="node-controller")
    return r.build(
        "healthy", "Did last night's loyalty points expiry job run OK?",
        sel(namespace="guest-loyalty"),
        "INFO", "none", None,
        "No incident: the points-expiry Job completed with errors=0 (one Redis invalidation retry succeeded); the "
        "cluster autoscaler scaled down an underused node, rescheduling loyalty-redis-0, which restarted cleanly with "
        "its standard overcommit warning.",
        "Loyalty batch completed successfully; loyalty-points-service served normally throughout.",
        "None required (optionally set vm.overcommit_memory=1 on the node pool to silence the Redis warning).")


# --- 40 --------------------------------------------------------------------------------
@scenario
def healthy_ais_rollout():
    r = Rec("healthy-ais-rollout", "2026-04-10T10:30:00+00:00", conv="openshift", cluster="ocp4-halvik",
            tsfmt="plus0")
    rng = r.rng
    ns = "vessel-tracking"
    w = ["worker-1.ocp4.halvik-port.internal", "worker-3.ocp4.halvik-port.internal",
         "worker-4.ocp4.halvik-port.internal"]
    old = [r.deploy(ns, "ais-position-decoder", w[i], rs="7d8b6c5f94") for i in range(2)]
    new = [r.deploy(ns, "ais-position-decoder", w[1 + i], rs="5f6c8d9b72") for i in range(2)]
    eta = r.deploy(ns, "eta-predictor", w[1])
    recv = r.deploy(ns, "ais-udp-receiver", w[0])

    for t in r.times(0, 600, 14):
        recv.log(t, f"time={iso_ms(r.at(t))} level=INFO msg=\"nmea sentences received\" rate_per_s={rng.randint(3100, 4200)} "
                    f"stations=14 dropped=0")
    for t in r.times(0, 600, 12):
        eta.log(t, jl(level="info", time=iso_ms(r.at(t)), logger="eta.model", message="eta updated",
                      vessel_imo=rng.randint(9100000, 9899999), confidence=round(rng.uniform(0.82, 0.95), 2),
                      error_count=0))
    r.event(60.2, ns, "Deployment", "ais-position-decoder", "ScalingReplicaSet",
            "Scaled up replica set ais-position-decoder-5f6c8d9b72 to 1", etype="Normal", source="deployment-controller")
    for i, (o, nw) in enumerate(zip(old, new)):
        s = 61.0 + i * 48.3
        for t in r.times(0 if i == 0 else 0, s + 16, 6):
            o.log(t, f"{py_ts(r.at(t))} INFO ais.decoder decoded batch size=5000 lag={rng.randint(1, 4)}s")
        r.event(s, ns, "Pod", nw.pod, "Started", "Started container ais-position-decoder", etype="Normal", host=nw.node)
        nw.log(s + 0.8, f"{py_ts(r.at(s + 0.8))} INFO ais.decoder starting version=2.9.0 workers=8")
        nw.log(s + 0.9, f"/app/ais/decoder/clock.py:14: DeprecationWarning: datetime.datetime.utcnow() is deprecated and "
                        f"scheduled for removal in a future version. Use timezone-aware objects to represent datetimes "
                        f"in UTC: datetime.datetime.now(datetime.UTC).", stream="stderr")
        nw.log(s + 0.901, "  now = datetime.utcnow()", stream="stderr")
        nw.log(s + 6.2, f"{py_ts(r.at(s + 6.2))} INFO ais.decoder kafka consumer joined group ais-decoders "
                        f"partitions=[{i * 6}..{i * 6 + 5}]")
        r.event(s + 14.5, ns, "Pod", o.pod, "Killing", "Stopping container ais-position-decoder", etype="Normal",
                host=o.node)
        o.log(s + 14.6, f"{py_ts(r.at(s + 14.6))} INFO ais.decoder SIGTERM received, committing offsets and draining")
        o.log(s + 15.9, f"{py_ts(r.at(s + 15.9))} INFO ais.decoder drained pending_batches=0, exit 0")
        if i == 0:
            r.event(s + 15.0, ns, "Deployment", "ais-position-decoder", "ScalingReplicaSet",
                    "Scaled down replica set ais-position-decoder-7d8b6c5f94 to 1 from 2", etype="Normal",
                    source="deployment-controller")
            r.event(s + 15.1, ns, "Deployment", "ais-position-decoder", "ScalingReplicaSet",
                    "Scaled up replica set ais-position-decoder-5f6c8d9b72 to 2 from 1", etype="Normal",
                    source="deployment-controller")
        for t in r.times(s + 8, 600, 18):
            nw.log(t, f"{py_ts(r.at(t))} INFO ais.decoder decoded batch size=5000 lag={rng.randint(1, 5)}s errors=0")
    return r.build(
        "healthy", "Please confirm the ais-position-decoder 2.9.0 rollout went fine.",
        sel(namespace="vessel-tracking", app="ais-position-decoder"),
        "INFO", "none", None,
        "No incident: a clean rolling update of ais-position-decoder; old pods drained and exited 0, new pods joined "
        "the consumer group, lag stays at a few seconds; the DeprecationWarning is harmless.",
        "Rollout of ais-position-decoder 2.9.0 completed successfully with normal decode lag and no errors.",
        "None required.")


# === END SCENARIOS ===

# Fixed, hand-interleaved output order (no randomness): themes, categories and healthy windows mixed.
ORDER = [
    "probe_reservation_warmup", "oom_crane_telemetry", "healthy_betting_kafka", "tls_doorlock_expired",
    "dns_nodelocal_restart", "config_rate_parity_secret", "healthy_quay_edge", "db_too_many_clients",
    "imgpull_channel_mgr_auth", "rate_externaldns_route53", "apperr_loyalty_crash", "healthy_cert_renewal",
    "timeout_tide_weather", "sched_scoreboard_capacity", "storage_readonly_audit", "auth_rbac_berth_operator",
    "connrefused_redis_restart", "healthy_booking_web", "resource_hikari_bet_history", "node_containerd_crash",
    "apperr_customs_npe", "dns_coredns_upstream", "healthy_settlement_pg", "imgpull_live_stats",
    "config_odds_feed_env", "storage_multiattach_yard_db", "tls_kafka_san", "healthy_customs_cronjob",
    "timeout_rate_calendar", "oom_odds_normalizer", "connrefused_rabbitmq_drain", "sched_ais_quota",
    "healthy_loyalty_batch", "node_ecc_machine_check", "rate_odds_provider_429", "db_deadlock_inventory",
    "auth_pg_password_rotation", "resource_eviction_doc_renderer", "probe_yard_liveness", "healthy_ais_rollout",
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                            "dev23.jsonl")
    by_name = {fn.__name__: fn for fn in SCENARIOS}
    assert sorted(by_name) == sorted(ORDER), "ORDER must list every scenario exactly once"
    recs = []
    for i, name in enumerate(ORDER, 1):
        rec = by_name[name]()
        rec["id"] = f"dev23-{i:02d}"
        recs.append(rec)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out}")


if __name__ == "__main__":
    main()
