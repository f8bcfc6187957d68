#!/usr/bin/env python3
"""Generator for the dev17 held-out golden set (40 records, JSON Lines).

Theme: storage and cluster networking infrastructure, batch/HPC/workflow
scheduling, and a logistics company's services (fleet tracking, warehouse
management) across EKS, AKS, GKE, OpenShift, RKE2, Talos, MicroK8s and
bare-metal kubeadm clusters.

Deterministic: every random choice of scenario KEY comes from
random.Random("dev17-KEY"); record order comes from random.Random("dev17-shuffle").
No hash(), no wall clock, no environment.  Standard library only.

Usage:
  python3 make_dev17.py               write dev17.jsonl next to this file
  python3 make_dev17.py --preview     one row per record, then self-checks
  python3 make_dev17.py --preview KEY one scenario's window, evidence marked '*'
                                      (KEY = scenario key, sNN or dev17-NNN)
  python3 make_dev17.py --table       markdown tables of the content
"""
import argparse
import calendar
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev17.jsonl")

SAFE = "bcdfghjklmnpqrstvwxz2456789"  # alphabet of Kubernetes generated names
HEX = "0123456789abcdef"

CATEGORIES = [
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]


# ---------------------------------------------------------------- formatting

def iso(d, digits=3):
    """RFC 3339 UTC timestamp with `digits` fractional digits."""
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        s += "." + ("%06d" % d.microsecond)[:digits]
    return s + "Z"


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def epoch(d):
    return calendar.timegm(d.utctimetuple()) + d.microsecond / 1e6


def klog(d, sev, src, msg, pid=1):
    """klog header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg"""
    return "%s%s.%06d %7d %s] %s" % (sev, d.strftime("%m%d %H:%M:%S"), d.microsecond, pid, src, msg)


def logrus(d, level, msg, digits=0, **kv):
    s = 'time="%s" level=%s msg=%s' % (iso(d, digits), level, q(msg))
    for k, v in kv.items():
        s += " %s=%s" % (k, q(v) if needs_quote(v) else v)
    return s


def needs_quote(v):
    v = str(v)
    return v == "" or any(c in v for c in ' ="\t')


def q(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def zap(d, level, caller, msg, **kv):
    """Go zap production JSON encoder (epoch float ts)."""
    o = {"level": level, "ts": round(epoch(d), 3), "caller": caller, "msg": msg}
    o.update(kv)
    return jdump(o)


def boot(d, lvl, app, thread, logger, msg, pid=1):
    """Spring Boot 3.x default console pattern."""
    return "%s %5s %d --- [%s] [%15s] %-40s : %s" % (iso(d), lvl, pid, app, thread[-15:], logger, msg)


def pylog(d, lvl, logger, msg):
    return "%s,%s %s [%s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, logger, msg)


def pg(d, pid, lvl, msg):
    return "%s.%s UTC [%d] %s:  %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), pid, lvl, msg)


def ceph(d, thread, lvl, msg):
    return "debug %s.%s+0000 %s %2d %s" % (d.strftime("%Y-%m-%dT%H:%M:%S"), ms(d), thread, lvl, msg)


def airflow(d, src, lvl, msg):
    return "[%s.%s+0000] {%s} %s - %s" % (d.strftime("%Y-%m-%dT%H:%M:%S"), ms(d), src, lvl, msg)


def celery(d, lvl, proc, msg):
    return "[%s,%s: %s/%s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, proc, msg)


def rabbit(d, lvl, pid, msg):
    return "%s.%06d+00:00 [%s] %s %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, lvl, pid, msg)


def dotnet_json(d, lvl, cat, msg, event_id=0, **extra):
    o = {"Timestamp": iso(d, 3), "EventId": event_id, "LogLevel": lvl, "Category": cat, "Message": msg}
    o.update(extra)
    return jdump(o)


def uvicorn_access(ip, port, method, path, status):
    reason = {200: "OK", 201: "Created", 204: "No Content", 404: "Not Found", 422: "Unprocessable Entity",
              429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
              503: "Service Unavailable", 504: "Gateway Timeout"}[status]
    return 'INFO:     %s:%d - "%s %s HTTP/1.1" %d %s' % (ip, port, method, path, status, reason)


def cri_containerd(d, level, msg, **kv):
    return logrus(d, level, msg, digits=9, **kv)


# ---------------------------------------------------------------- window builder

class Win:
    """Collects (time, labels, line, is_evidence) and sorts them into a window."""

    def __init__(self, key, start, events="logfmt"):
        self.key = key
        self.rng = random.Random("dev17-" + key)
        self.t0 = datetime(*start, tzinfo=timezone.utc) + timedelta(microseconds=self.rng.randint(0, 999999))
        self.items = []
        self.events = events

    # time / names -------------------------------------------------------
    def dt(self, sec):
        return self.t0 + timedelta(microseconds=int(round(sec * 1e6)))

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def rs(self, name):
        """Deployment pod name: name-<pod-template-hash>-<5>."""
        h = "".join(self.pick(SAFE) for _ in range(self.rng.choice([9, 10])))
        return "%s-%s-%s" % (name, h, "".join(self.pick(SAFE) for _ in range(5)))

    def rand5(self, name):
        return "%s-%s" % (name, "".join(self.pick(SAFE) for _ in range(5)))

    def hexid(self, n):
        return "".join(self.pick(HEX) for _ in range(n))

    def uid(self):
        return "%s-%s-%s-%s-%s" % (self.hexid(8), self.hexid(4), self.hexid(4), self.hexid(4), self.hexid(12))

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randint(2, 250)))
        return ".".join(parts)

    # adding lines ------------------------------------------------------
    def add(self, sec, labels, line, ev=False):
        d = self.dt(sec)
        text = line(d) if callable(line) else line
        self.items.append((d, len(self.items), dict(labels), text, ev))

    def ev(self, sec, labels, line):
        self.add(sec, labels, line, True)

    def spread(self, a, b, n, labels, fn):
        """n noise lines at random times in [a, b); fn(rng, d) -> text (or (labels, text))."""
        for _ in range(n):
            s = self.rng.uniform(a, b)
            d = self.dt(s)
            out = fn(self.rng, d)
            if isinstance(out, tuple):
                self.items.append((d, len(self.items), dict(out[0]), out[1], False))
            else:
                self.items.append((d, len(self.items), dict(labels), out, False))

    def event(self, sec, ns, typ, reason, kind, name, msg, source="kubelet", host=None,
              count=1, ev=False):
        """A Kubernetes event as shipped by an event exporter."""
        labels = {"job": "kube-events", "namespace": ns}
        d = self.dt(sec)
        if self.events == "json":
            o = {"type": typ, "reason": reason,
                 "involvedObject": {"kind": kind, "namespace": ns, "name": name},
                 "source": {"component": source}, "count": count,
                 "lastTimestamp": iso(d, 0), "message": msg}
            if host:
                o["source"]["host"] = host
            text = jdump(o)
        else:
            text = "type=%s reason=%s kind=%s name=%s count=%d source=%s" % (typ, reason, kind, name, count,
                                                                                 source)
            if host:
                text += " host=%s" % host
            text += " msg=%s" % q(msg)
        self.items.append((d, len(self.items), labels, text, ev))

    # output ------------------------------------------------------------
    def build(self):
        items = sorted(self.items, key=lambda it: (it[0], it[1]))
        logs, evidence = [], []
        for i, (d, _, labels, text, ev) in enumerate(items):
            logs.append({"ts": iso(d, 3), "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        return logs, evidence


def pod_labels(ns, pod, container, node, **extra):
    lab = {"namespace": ns, "pod": pod, "container": container, "node": node}
    lab.update(extra)
    return lab


def journal(node, unit):
    return {"job": "node/journal", "node": node, "unit": unit}


def kernel(node):
    return {"job": "node/kernel", "node": node}


def record(w, question, selector, severity, category, component, root_cause, summary, action, story):
    logs, evidence = w.build()
    expected = {"severity": severity, "root_cause_category": category}
    if component is not None:
        expected["component"] = component
    expected.update({"root_cause": root_cause, "summary": summary, "action": action,
                     "evidence": evidence})
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector or {})
    return {"key": w.key, "story": story,
            "rec": {"question": question, "selector": sel, "logs": logs, "expected": expected}}


# ====================================================================== scenarios
# Each function returns record(...).  Scenario numbers (sNN) are fixed by SCENARIOS
# order below; ids dev17-NNN are assigned after the shuffle.


def s_route_optimizer_oom():
    """AKS: Spring Boot route optimiser exceeds its 4Gi limit (heap + off-heap graph cache) in a loop."""
    w = Win("route-optimizer-oom", (2026, 2, 3, 6, 41, 12), events="logfmt")
    r = w.rng
    ns, node = "fleet", "aks-userpool-38127459-vmss000004"
    ro = w.rs("route-optimizer")
    ft = [w.rs("fleet-tracker") for _ in range(2)]
    ft = [ft[0], ft[0].rsplit("-", 1)[0] + "-" + w.rand5("x")[2:]]
    da = w.rs("dispatch-api")
    L = pod_labels(ns, ro, "route-optimizer", node)
    app = "route-optimizer"
    cid = w.hexid(64)
    img = "acmelogistics.azurecr.io/fleet/route-optimizer:3.8.2"
    kern = kernel(node)
    up = 1834221.0
    kubelet = journal(node, "kubelet.service")
    ctrd = journal(node, "containerd.service")

    def cycle(t, attempt, count):
        w.add(t, ctrd, lambda d: cri_containerd(
            d, "info", 'CreateContainer within sandbox "%s" for &ContainerMetadata{Name:route-optimizer,Attempt:%d,} '
            'returns container id "%s"' % (cid[:64], attempt, w.hexid(64))))
        w.event(t + 0.2, ns, "Normal", "Pulled", "Pod", ro,
                'Container image "%s" already present on machine' % img, host=node, count=count)
        w.event(t + 0.3, ns, "Normal", "Started", "Pod", ro, "Started container route-optimizer",
                host=node, count=count)
        w.add(t + 1.6, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.r.RouteOptimizerApplication",
                                         "Starting RouteOptimizerApplication v3.8.2 using Java 21.0.3 with PID 1 "
                                         "(/app/app.jar started by app in /app)"))
        w.add(t + 2.1, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.r.RouteOptimizerApplication",
                                         'The following 1 profile is active: "prod"'))
        w.add(t + 7.4, L, lambda d: boot(d, "INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
                                         "Tomcat initialized with port 8080 (http)"))
        w.add(t + 11.9, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.r.RouteOptimizerApplication",
                                          "Started RouteOptimizerApplication in 10.377 seconds "
                                          "(process running for 11.52)"))
        w.add(t + 12.6, L, lambda d: boot(d, "INFO", app, "graph-loader-1", "c.a.l.r.graph.GraphCache",
                                          "Warming road graph cache for regions [DE-N, DE-S, NL, BE, PL]: "
                                          "1843 tiles, off-heap (DirectByteBuffer)"))
        w.add(t + 31.3, L, lambda d: "[%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) "
                                     "1468M->921M(3072M) 41.207ms" % (31.3 - 0.7, 14))
        w.add(t + 52.0, L, lambda d: boot(d, "INFO", app, "graph-loader-1", "c.a.l.r.graph.GraphCache",
                                          "Graph cache progress: 1211/1843 tiles, direct memory in use 1.87 GiB"))
        w.add(t + 63.5, L, lambda d: boot(d, "INFO", app, "nio-8080-exec-2", "c.a.l.r.api.OptimizeController",
                                          "Accepted optimisation job OPT-%d depot=HAM-02 stops=412 vehicles=38"
                                          % r.randint(880000, 889999)))
        w.add(t + 71.8, L, lambda d: "[%.3fs][info][gc] GC(%d) Pause Full (G1 Compaction Pause) "
                                     "2988M->2941M(3072M) 1398.554ms" % (71.1, 31))
        k = t + 78.2
        pidn = r.randint(1800000, 1899999)
        w.add(k, kern, lambda d: "[%.6f] java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
                                 "oom_score_adj=939" % (up + k))
        w.ev(k + 0.0004, kern, lambda d: "[%.6f] memory: usage 4194304kB, limit 4194304kB, failcnt %d"
                                        % (up + k + 0.0004, 3100 + count * 17))
        w.ev(k + 0.0011, kern, lambda d: "[%.6f] Memory cgroup out of memory: Killed process %d (java) "
                                        "total-vm:9187440kB, anon-rss:4163212kB, file-rss:30984kB, shmem-rss:0kB, "
                                        "UID:1000 pgtables:9488kB oom_score_adj:939" % (up + k + 0.0011, pidn))
        w.add(k + 0.41, ctrd, lambda d: cri_containerd(
            d, "info", "TaskExit event in podsandbox handler container_id:\"%s\" id:\"%s\" pid:%d "
            "exit_status:137 exited_at:{seconds:%d nanos:%d}" % (cid, cid, pidn, int(epoch(d)), d.microsecond * 1000)))
        w.add(k + 0.9, kubelet, lambda d: klog(d, "I", "kubelet.go:2473",
                                               '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s",'
                                               '"Type":"ContainerDied","Data":"%s"}' % (ns, ro, w.uid(), cid[:64]),
                                               pid=2611))
        back = "2m40s" if count >= 6 else "1m20s"
        w.ev(k + 1.3, kubelet, lambda d: klog(d, "E", "pod_workers.go:1298",
                                              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                              '\\"route-optimizer\\" with CrashLoopBackOff: \\"back-off %s restarting '
                                              'failed container=route-optimizer pod=%s_%s(%s)\\"" pod="%s/%s"'
                                              % (back, ro, ns, w.uid(), ns, ro), pid=2611))
        w.event(k + 1.4, ns, "Warning", "BackOff", "Pod", ro,
                "Back-off restarting failed container route-optimizer in pod %s_%s" % (ro, ns),
                host=node, count=count * 4 + 3)

    cycle(0.0, 5, 5)
    cycle(241.0, 6, 6)

    # neighbours: fleet tracker ingest (Go zap), dispatch API (.NET single-line console)
    def ft_line(rg, d):
        p = rg.choice(ft)
        return (pod_labels(ns, p, "fleet-tracker", rg.choice([node, "aks-userpool-38127459-vmss000002"])),
                zap(d, "info", "store/batch.go:77", "positions batch written",
                    rows=rg.randint(380, 1400), hypertable="vehicle_positions", took_ms=rg.randint(9, 60)))
    w.spread(0, 330, 16, None, ft_line)

    DL = pod_labels(ns, da, "dispatch-api", "aks-userpool-38127459-vmss000001")

    def da_ok(rg, d):
        return ("info: Dispatch.Api.Requests[1] POST /v1/plans/HAM-0%d responded 202 in %d ms"
                % (rg.randint(1, 4), rg.randint(12, 80)))
    w.spread(0, 78, 4, DL, da_ok)

    def da_fail(rg, d):
        return ("fail: Dispatch.Planning.RouteOptimizerClient[0] POST "
                "http://route-optimizer.fleet.svc.cluster.local:8080/v1/optimize failed: Connection refused "
                "(route-optimizer.fleet.svc.cluster.local:8080)")
    w.spread(80, 252, 5, DL, da_fail)
    w.spread(80, 250, 2, DL, lambda rg, d: "warn: Dispatch.Planning.PlanWorker[0] Plan HAM-02/%d re-queued, "
             "optimiser unavailable (attempt %d)" % (rg.randint(70000, 79999), rg.randint(2, 4)))

    return record(
        w, "Why does route optimisation for the Hamburg depots keep failing?",
        {"namespace": ns}, "CRITICAL", "oom_killed", "route-optimizer",
        "The route-optimizer JVM (3 GiB heap plus ~1.9 GiB off-heap graph cache) exceeds the container's 4Gi "
        "memory limit while warming the graph cache; the kernel OOM-kills it on every start.",
        "route-optimizer is OOM-killed (exit 137) about 80 s after each start and is in CrashLoopBackOff; "
        "dispatch-api calls to it are refused while it is down.",
        "Raise the memory limit or cap heap and direct memory (-Xmx, -XX:MaxDirectMemorySize) so that heap plus "
        "off-heap cache fit the limit; consider loading fewer regions per pod.",
        "Route optimiser OOM-killed in a loop while warming an off-heap road-graph cache; callers see refused connections.")


def s_telemetry_ingest_panic():
    """EKS: Go consumer panics on a truncated CAN frame (poison message redelivered)."""
    w = Win("telemetry-ingest-panic", (2026, 2, 5, 14, 22, 3), events="json")
    r = w.rng
    ns = "fleet-ingest"
    nodes = ["ip-10-0-87-142.eu-central-1.compute.internal", "ip-10-0-91-17.eu-central-1.compute.internal",
             "ip-10-0-66-203.eu-central-1.compute.internal"]
    base = w.rs("telemetry-ingest").rsplit("-", 1)[0]
    pods = [base + "-" + w.rand5("x")[2:] for _ in range(2)]
    api = w.rs("fleet-tracker-api")
    hm = "hivemq-1"

    def start(t, i):
        L = pod_labels(ns, pods[i], "telemetry-ingest", nodes[i])
        w.add(t, L, lambda d: zap(d, "info", "cmd/main.go:54", "starting telemetry-ingest",
                                  version="1.19.0", commit="9f3c2e1"))
        w.add(t + 0.31, L, lambda d: zap(d, "info", "consumer/consumer.go:71", "connected to broker",
                                         broker="tcp://hivemq.mqtt.svc.cluster.local:1883", client_id=pods[i],
                                         clean_start=False))
        w.add(t + 0.35, L, lambda d: zap(d, "info", "consumer/consumer.go:88", "subscribed",
                                         topic="$share/ingest/fleet/v1/trucks/+/can", qos=1))

    def panic(t, i, gor, ev_trace):
        L = pod_labels(ns, pods[i], "telemetry-ingest", nodes[i])
        w.ev(t, L, "panic: runtime error: index out of range [3] with length 3")
        w.add(t + 0.00001, L, "")
        w.add(t + 0.00002, L, "goroutine %d [running]:" % gor)
        fn = ("github.com/acme-logistics/telemetry-ingest/internal/decode.parseCANFrame"
              "({0xc000a1c0f0, 0x3, 0x3})")
        if ev_trace:
            w.ev(t + 0.00003, L, fn)
            w.ev(t + 0.00004, L, "\t/src/internal/decode/can.go:142 +0x2f4")
        else:
            w.add(t + 0.00003, L, fn)
            w.add(t + 0.00004, L, "\t/src/internal/decode/can.go:142 +0x2f4")
        w.add(t + 0.00005, L, "github.com/acme-logistics/telemetry-ingest/internal/decode.Decode"
                              "({0xc000ab2040, 0x23}, {0xc000a1c0f0, 0x3, 0x3})")
        w.add(t + 0.00006, L, "\t/src/internal/decode/decode.go:61 +0x1b8")
        w.add(t + 0.00007, L, "github.com/acme-logistics/telemetry-ingest/internal/consumer.(*Consumer).handle"
                              "(0xc0001c6000, {0x1b4e2a0, 0xc000a0e1e0})")
        w.add(t + 0.00008, L, "\t/src/internal/consumer/consumer.go:118 +0xa5")

    H = pod_labels("mqtt", hm, "hivemq", nodes[2])
    start(0.0, 0)
    w.add(0.5, L0 := pod_labels(ns, pods[0], "telemetry-ingest", nodes[0]),
          lambda d: zap(d, "info", "consumer/consumer.go:131", "frames decoded", count=1840, window="10s"))
    w.add(3.2, L0, lambda d: zap(d, "warn", "decode/decode.go:48", "unexpected frame length",
                                 topic="fleet/v1/trucks/TRK-4471/can", payload_len=3, firmware="5.2.0-rc1"))
    panic(3.21, 0, 214, True)
    w.add(3.9, H, lambda d: "%s,%s INFO  - Client ID: %s, IP: 10.0.87.61 was disconnected. reason: Connection lost."
          % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), pods[0]))
    start(4.7, 1)
    w.add(5.4, pod_labels(ns, pods[1], "telemetry-ingest", nodes[1]),
          lambda d: zap(d, "warn", "decode/decode.go:48", "unexpected frame length",
                        topic="fleet/v1/trucks/TRK-4471/can", payload_len=3, firmware="5.2.0-rc1"))
    panic(5.41, 1, 198, False)
    w.add(6.1, H, lambda d: "%s,%s INFO  - Client ID: %s, IP: 10.0.91.144 was disconnected. reason: Connection lost."
          % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), pods[1]))
    w.event(6.5, ns, "Warning", "BackOff", "Pod", pods[0],
            "Back-off restarting failed container telemetry-ingest in pod %s_%s(%s)" % (pods[0], ns, w.uid()),
            host=nodes[0], count=9, ev=True)
    w.event(7.6, ns, "Warning", "BackOff", "Pod", pods[1],
            "Back-off restarting failed container telemetry-ingest in pod %s_%s(%s)" % (pods[1], ns, w.uid()),
            host=nodes[1], count=8)
    start(41.0, 0)
    w.add(41.8, pod_labels(ns, pods[0], "telemetry-ingest", nodes[0]),
          lambda d: zap(d, "warn", "decode/decode.go:48", "unexpected frame length",
                        topic="fleet/v1/trucks/TRK-4471/can", payload_len=3, firmware="5.2.0-rc1"))
    panic(41.81, 0, 187, False)
    w.event(42.9, ns, "Warning", "BackOff", "Pod", pods[0],
            "Back-off restarting failed container telemetry-ingest in pod %s_%s(%s)" % (pods[0], ns, w.uid()),
            host=nodes[0], count=10)

    AL = pod_labels(ns, api, "fleet-tracker-api", nodes[2])
    w.spread(0, 60, 6, AL, lambda rg, d: zap(d, "info", "http/middleware.go:42", "request",
                                               method="GET", path="/v1/vehicles/TRK-%d/position" % rg.randint(1000, 4999),
                                               status=200, dur_ms=rg.randint(2, 19)))
    w.spread(20, 60, 2, AL, lambda rg, d: zap(d, "warn", "position/freshness.go:33", "stale positions",
                                                vehicles_stale=rg.randint(410, 700), max_age_s=rg.randint(30, 55)))
    aws_node = {"namespace": "kube-system", "pod": w.rand5("aws-node"), "container": "aws-node", "node": nodes[1]}
    w.spread(0, 60, 3, aws_node, lambda rg, d: jdump({"level": "debug", "ts": iso(d, 3), "caller": "ipamd/ipamd.go:%d" % rg.randint(640, 690),
                                                        "msg": "IP pool stats: Total IPs/Prefixes = 87/0, AssignedIPs/CidrIPs = %d/0, c.maxIPsPerENI = 29" % rg.randint(30, 44)}))
    w.spread(8, 40, 3, H, lambda rg, d: "%s,%s INFO  - Client ID: trk-gw-%04d, IP: 10.0.%d.%d connected."
             % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), rg.randint(1, 9999), rg.randint(64, 95), rg.randint(2, 250)))

    return record(
        w, "Why is vehicle CAN telemetry not being ingested?",
        {"namespace": ns}, "CRITICAL", "application_error", "telemetry-ingest",
        "telemetry-ingest panics with 'index out of range [3] with length 3' in decode.parseCANFrame on a "
        "3-byte CAN frame from truck TRK-4471 (firmware 5.2.0-rc1); the unacknowledged QoS1 message is "
        "redelivered, so every consumer pod crashes on start.",
        "All telemetry-ingest pods crash with the same Go panic and are in CrashLoopBackOff; positions go stale.",
        "Guard parseCANFrame against short frames (length check), dead-letter the poison message, then redeploy.",
        "Go consumer panics on a truncated CAN frame; poison message redelivered to every replica.")


def s_shipment_api_liveness():
    """kubeadm: liveness probe kills a slow-starting Spring Boot service before Tomcat listens."""
    w = Win("shipment-api-liveness", (2026, 2, 9, 9, 2, 40), events="logfmt")
    r = w.rng
    ns, node = "wms", "k8s-w-05"
    sa = w.rs("shipment-api")
    ip = "192.168.142.37"
    L = pod_labels(ns, sa, "shipment-api", node)
    app = "shipment-api"
    kubelet = journal(node, "kubelet.service")
    url = "http://%s:8080/actuator/health/liveness" % ip

    def attempt(t, n, kill):
        w.event(t, ns, "Normal", "Started", "Pod", sa, "Started container shipment-api", host=node, count=n)
        w.add(t + 1.8, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.s.ShipmentApiApplication",
                                         "Starting ShipmentApiApplication v5.2.0 using Java 17.0.11 with PID 1"))
        w.add(t + 6.1, L, lambda d: boot(d, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource",
                                         "HikariPool-1 - Start completed."))
        w.add(t + 8.9, L, lambda d: boot(d, "INFO", app, "main", "o.f.core.internal.command.DbValidate",
                                         "Successfully validated 112 migrations (execution time 00:00.388s)"))
        w.add(t + 9.2, L, lambda d: boot(d, "INFO", app, "main", "o.f.core.internal.command.DbMigrate",
                                         'Schema "shipping" is up to date. No migration necessary.'))
        w.add(t + 12.7, L, lambda d: boot(d, "INFO", app, "main", "j.LocalContainerEntityManagerFactoryBean",
                                          "Initialized JPA EntityManagerFactory for persistence unit 'default'"))
        w.add(t + 14.0, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.s.rates.RateCardLoader",
                                          "Loading carrier rate cards (14 carriers, 3.1M lanes) before web "
                                          "server start"), ev=bool(kill))
        w.add(t + 26.4, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.s.rates.RateCardLoader",
                                          "Loaded rate card DHL_FREIGHT: 412,118 lanes in 12.3s"))
        w.add(t + 39.9, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.s.rates.RateCardLoader",
                                          "Loaded rate card DB_SCHENKER: 388,902 lanes in 13.5s"))
        for j, pt in enumerate((30.4, 40.4, 50.4)):
            if kill is False and j > 0:
                break
            w.add(t + pt, kubelet, lambda d: klog(
                d, "I", "prober.go:107", '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" '
                'containerName="shipment-api" probeResult="failure" output="Get \\"%s\\": dial tcp %s:8080: '
                'connect: connection refused"' % (ns, sa, "7d1e0c52-6a8b-4f0e-9b61-3f2d8c1a9e47", url, ip), pid=1432))
            w.event(t + pt + 0.01, ns, "Warning", "Unhealthy", "Pod", sa,
                    'Liveness probe failed: Get "%s": dial tcp %s:8080: connect: connection refused' % (url, ip),
                    host=node, count=3 * n + j, ev=(kill and j == 2))
        if kill:
            w.event(t + 50.42, ns, "Normal", "Killing", "Pod", sa,
                    "Container shipment-api failed liveness probe, will be restarted", host=node, count=n, ev=True)
            w.add(t + 50.6, L, lambda d: boot(d, "INFO", app, "SpringApplicationShutdownHook",
                                              "j.LocalContainerEntityManagerFactoryBean",
                                              "Closing JPA EntityManagerFactory for persistence unit 'default'"))
            w.add(t + 50.7, L, lambda d: boot(d, "INFO", app, "SpringApplicationShutdownHook",
                                              "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
            w.ev(t + 51.8, kubelet, lambda d: klog(
                d, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" '
                'for \\"shipment-api\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed '
                'container=shipment-api pod=%s_%s(7d1e0c52-6a8b-4f0e-9b61-3f2d8c1a9e47)\\"" pod="%s/%s"'
                % (sa, ns, ns, sa), pid=1432))

    attempt(0.0, 4, True)
    attempt(132.0, 5, False)
    w.event(52.0, ns, "Warning", "BackOff", "Pod", sa,
            "Back-off restarting failed container shipment-api in pod %s_%s" % (sa, ns), host=node, count=6)

    hap = {"namespace": "haproxy-ingress", "pod": w.rs("haproxy-ingress"), "container": "haproxy-ingress",
           "node": "k8s-w-02"}

    def hap_line(rg, d):
        ts = d.strftime("%d/%b/%Y:%H:%M:%S") + "." + ms(d)
        if rg.random() < 0.55:
            return ('10.20.4.%d:%d [%s] https-in~ wms_shipment-api_8080/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- '
                    '%d/%d/0/0/0 0/0 "POST /api/v1/shipments HTTP/1.1"'
                    % (rg.randint(2, 250), rg.randint(30000, 60000), ts, rg.randint(40, 60), rg.randint(10, 20)))
        return ('10.20.4.%d:%d [%s] https-in~ wms_wms-inventory_8080/SRV_%d 0/0/1/%d/%d 200 %d - - ---- '
                '%d/%d/2/1/0 0/0 "GET /api/v1/stock/SKU-%d HTTP/1.1"'
                % (rg.randint(2, 250), rg.randint(30000, 60000), ts, rg.randint(1, 3), rg.randint(4, 30),
                   rg.randint(31, 40), rg.randint(300, 900), rg.randint(40, 60), rg.randint(10, 20),
                   rg.randint(100000, 999999)))
    w.spread(0, 170, 14, hap, hap_line)
    inv = pod_labels(ns, w.rs("wms-inventory"), "wms-inventory", "k8s-w-03")
    w.spread(0, 170, 6, inv, lambda rg, d: boot(d, "INFO", "wms-inventory", "nio-8080-exec-%d" % rg.randint(1, 9),
                                                   "c.a.l.w.stock.StockController",
                                                   "Stock lookup SKU-%d site=HAM-DC1 qty=%d" %
                                                   (rg.randint(100000, 999999), rg.randint(0, 400))))

    return record(
        w, "Why does shipment-api keep restarting since the carrier rate update?",
        {"namespace": ns, "app": "shipment-api"}, "CRITICAL", "probe_failure", "shipment-api",
        "shipment-api now needs ~60-90 s to load 3.1M carrier-rate lanes before Tomcat opens port 8080; the "
        "liveness probe (initialDelay 30 s, 3 x 10 s) fails with connection refused and kubelet kills the "
        "container before it finishes starting.",
        "The liveness probe restarts shipment-api in the middle of its start-up every time; the pod is in "
        "CrashLoopBackOff and HAProxy has no backend server for it (503).",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) sized for the rate-card load, or load "
        "rate cards asynchronously after the web server starts.",
        "Liveness probe kills a slow-starting Spring Boot service ('connection refused' is only the port not yet open).")


def s_rabbitmq_drain_refused():
    """GKE: node auto-upgrade drains the single RabbitMQ pod; Celery workers get ECONNREFUSED, then recover."""
    w = Win("rabbitmq-drain-refused", (2026, 2, 11, 2, 14, 55), events="logfmt")
    r = w.rng
    ns = "airflow"
    old, new = "gke-logi-prod-batch-pool-5e1f2a7c-9qtd", "gke-logi-prod-batch-pool-5e1f2a7c-m2vx"
    RL_old = pod_labels(ns, "rabbitmq-0", "rabbitmq", old)
    RL_new = pod_labels(ns, "rabbitmq-0", "rabbitmq", new)
    workers = ["airflow-worker-0", "airflow-worker-1"]
    wnodes = ["gke-logi-prod-batch-pool-5e1f2a7c-k8wq", new]
    sched = w.rs("airflow-scheduler")
    SL = pod_labels(ns, sched, "scheduler", "gke-logi-prod-default-pool-0b7d3e91-lc5h")
    url = "amqp://airflow:**@rabbitmq.airflow.svc.cluster.local:5672//"

    w.event(0.0, "default", "Normal", "NodeNotSchedulable", "Node", old,
            "Node %s status is now: NodeNotSchedulable" % old, source="kubelet", host=old)
    w.event(4.2, ns, "Normal", "Killing", "Pod", "rabbitmq-0", "Stopping container rabbitmq", host=old, ev=True)
    w.add(4.3, RL_old, lambda d: rabbit(d, "info", "<0.10.0>", "SIGTERM received - shutting down"))
    w.add(4.9, RL_old, lambda d: rabbit(d, "info", "<0.2210.0>", "Stopping message store for directory "
                                        "'/var/lib/rabbitmq/mnesia/rabbit@rabbitmq-0.rabbitmq-nodes.airflow/"
                                        "msg_stores/vhosts/628WB79CIFDYO9LJI6DKMI09L/msg_store_persistent'"))
    w.add(6.1, RL_old, lambda d: rabbit(d, "info", "<0.209.0>", "Successfully stopped RabbitMQ and its dependencies"))

    def wl(i):
        return pod_labels(ns, workers[i], "worker", wnodes[i])
    # refused window ~7s .. 78s
    for i in range(2):
        t = 6.8 + i * 0.4
        n = 1
        delay = 2.0
        while t < 76:
            tt = t
            msg = "consumer: Cannot connect to %s: [Errno 111] Connection refused." % url
            w.add(tt, wl(i), (lambda m: lambda d: celery(d, "ERROR", "MainProcess", m))(msg),
                  ev=(n == 1))
            w.add(tt + 0.001, wl(i), (lambda dl, nn: lambda d: celery(
                d, "ERROR", "MainProcess", "Trying again in %.2f seconds... (%d/100)" % (dl, nn)))(delay, n))
            t += delay + 0.03
            n += 1
            delay = min(delay + 2.0, 32.0)
    w.add(27.5, SL, lambda d: airflow(d, "celery_executor_utils.py:187", "ERROR",
                                      "Error sending Celery task: [Errno 111] Connection refused"))
    w.add(27.51, SL, lambda d: airflow(d, "celery_executor.py:321", "INFO",
                                       "[Try 1 of 3] Task Timeout Error for Task: (TaskInstanceKey(dag_id="
                                       "'carrier_invoice_reconcile', task_id='load_invoices', run_id="
                                       "'scheduled__2026-02-11T02:00:00+00:00', try_number=1, map_index=-1))."))
    w.event(38.0, ns, "Normal", "Scheduled", "Pod", "rabbitmq-0",
            "Successfully assigned airflow/rabbitmq-0 to %s" % new, source="default-scheduler")
    w.event(51.5, ns, "Normal", "SuccessfulAttachVolume", "Pod", "rabbitmq-0",
            'AttachVolume.Attach succeeded for volume "pvc-3b1f6e0a-52c4-4d8e-a7c9-0e4f1d2b9a66"',
            source="attachdetach-controller")
    w.event(55.0, ns, "Normal", "Started", "Pod", "rabbitmq-0", "Started container rabbitmq", host=new)
    w.add(57.3, RL_new, lambda d: rabbit(d, "notice", "<0.44.0>", "Application syslog exited with reason: stopped"))
    w.add(58.9, RL_new, lambda d: rabbit(d, "info", "<0.230.0>", "Starting RabbitMQ 3.13.2 on Erlang 26.2.5"))
    w.add(71.4, RL_new, lambda d: rabbit(d, "info", "<0.712.0>", "started TCP listener on [::]:5672"))
    w.add(72.0, RL_new, lambda d: rabbit(d, "info", "<0.230.0>", "Server startup complete; 4 plugins started."))
    for i in range(2):
        t = 79.0 + i * 1.7
        w.add(t, wl(i), lambda d: celery(d, "INFO", "MainProcess", "Connected to %s" % url))
        w.add(t + 0.02, wl(i), lambda d: celery(d, "INFO", "MainProcess", "mingle: searching for neighbors"))
        w.add(t + 1.05, wl(i), (lambda k: lambda d: celery(d, "INFO", "MainProcess",
                                                            "celery@%s ready." % workers[k]))(i))
    w.add(81.0, RL_new, lambda d: rabbit(d, "info", "<0.1402.0>", "accepting AMQP connection <0.1402.0> "
                                         "(10.8.3.17:51846 -> 10.8.5.9:5672)"))
    w.add(84.2, SL, lambda d: airflow(d, "scheduler_job_runner.py:694", "INFO",
                                      "Received executor event with state queued for task instance "
                                      "TaskInstanceKey(dag_id='carrier_invoice_reconcile', task_id='load_invoices', "
                                      "run_id='scheduled__2026-02-11T02:00:00+00:00', try_number=1, map_index=-1)"))
    w.spread(0, 90, 5, SL, lambda rg, d: airflow(d, "scheduler_job_runner.py:1565", "INFO",
                                                   "Adopting or resetting orphaned tasks for active dag runs"
                                                   if rg.random() < 0.3 else
                                                   "Heartbeat recovered after %.2f seconds" % rg.uniform(1.1, 1.9)))
    web = pod_labels(ns, w.rs("airflow-webserver"), "webserver", wnodes[0])
    w.spread(0, 90, 5, web, lambda rg, d: '10.8.0.%d - - [%s +0000] "GET /health HTTP/1.1" 200 318 "-" '
             '"kube-probe/1.29"' % (rg.randint(2, 9), d.strftime("%d/%b/%Y:%H:%M:%S")))

    return record(
        w, "Why did Airflow tasks stall around 02:15?",
        {"namespace": ns}, "WARN", "connection_refused", "rabbitmq",
        "GKE node auto-upgrade drained the node running the single-replica RabbitMQ broker; for about 70 s the "
        "broker was unreachable and Celery workers and the scheduler got ECONNREFUSED until rabbitmq-0 restarted "
        "on another node.",
        "Celery workers lost the AMQP broker (connection refused) during a node drain and reconnected once "
        "RabbitMQ came back; task dispatch was delayed, nothing was lost.",
        "Optional: run RabbitMQ as a 3-node quorum cluster with a PodDisruptionBudget so node upgrades do not "
        "take the broker away.",
        "Single RabbitMQ pod drained by a node upgrade; Celery reconnects after ~70 s of connection refused.")


def s_ceph_healthy_scrub():
    """Talos: healthy Rook-Ceph with deep scrubs, RGW traffic and benign 404s."""
    w = Win("ceph-healthy-scrub", (2026, 2, 26, 3, 12, 30), events="json")
    r = w.rng
    ns = "rook-ceph"
    nodes = ["talos-w-01", "talos-w-02", "talos-w-03"]
    mgr = pod_labels(ns, w.rs("rook-ceph-mgr-a"), "mgr", nodes[0])
    osds = [pod_labels(ns, w.rs("rook-ceph-osd-%d" % i), "osd", nodes[i % 3]) for i in range(6)]
    rgw = pod_labels(ns, w.rs("rook-ceph-rgw-docstore-a"), "rgw", nodes[1])
    op = pod_labels(ns, w.rs("rook-ceph-operator"), "rook-ceph-operator", nodes[2])
    mon = pod_labels(ns, w.rs("rook-ceph-mon-b"), "mon", nodes[1])
    th = "7f%s" % w.hexid(10)
    v0 = 482113
    v = [v0]

    def pgmap(rg, d):
        v[0] = v0 + int((d - w.t0).total_seconds() / 2)
        return ceph(d, th, 0, "log_channel(cluster) log [DBG] : pgmap v%d: 305 pgs: 3 active+clean+scrubbing+deep, "
                              "302 active+clean; 2.1 TiB data, 6.4 TiB used, 14 TiB / 21 TiB avail; %.1f MiB/s rd, "
                              "%d MiB/s wr, %d op/s" % (v[0], rg.uniform(1, 9), rg.randint(6, 30), rg.randint(300, 900)))
    w.spread(0, 120, 12, mgr, pgmap)
    pgs = ["7.1a", "7.3f", "9.12", "7.6", "9.2c"]
    for i, pgid in enumerate(pgs):
        t = 5 + i * 22 + r.uniform(0, 6)
        o = osds[r.randrange(6)]
        w.add(t, o, (lambda p: lambda d: ceph(d, "7f" + w.hexid(10), 0,
                                              "log_channel(cluster) log [DBG] : %s deep-scrub starts" % p))(pgid))
        w.add(t + r.uniform(8, 16), o, (lambda p: lambda d: ceph(d, "7f" + w.hexid(10), 0,
                                                                 "log_channel(cluster) log [DBG] : %s deep-scrub ok" % p))(pgid))

    def beast(rg, d):
        ts = d.strftime("%d/%b/%Y:%H:%M:%S") + "." + ms(d) + " +0000"
        if rg.random() < 0.2:
            return ('beast: 0x7f2d8c2a1700: 10.244.1.%d - docstore-svc [%s] "HEAD /pod-photos/2026/02/26/SHP-%d.jpg '
                    'HTTP/1.1" 404 0 - "aws-sdk-go-v2/1.25.3" - latency=0.001000001s'
                    % (rg.randint(2, 250), ts, rg.randint(1000000, 9999999)))
        return ('beast: 0x7f2d8c2a1700: 10.244.1.%d - docstore-svc [%s] "PUT /pod-photos/2026/02/26/SHP-%d.jpg '
                'HTTP/1.1" 200 %d - "aws-sdk-go-v2/1.25.3" - latency=0.0%02d000018s'
                % (rg.randint(2, 250), ts, rg.randint(1000000, 9999999), rg.randint(90000, 400000), rg.randint(9, 40)))
    w.spread(0, 120, 12, rgw, beast)
    w.add(33.0, mon, lambda d: ceph(d, th, 1, "mon.b@1(peon).osd e2211 _set_new_cache_sizes cache_size:1020054731 "
                                              "inc_alloc: 348127232 full_alloc: 348127232 kv_alloc: 318767104"))
    w.add(61.0, mon, lambda d: ceph(d, th, 0, "log_channel(audit) log [DBG] : from='client.? 10.244.2.14:0/3210' "
                                              "entity='client.admin' cmd=[{\"prefix\": \"status\", \"format\": "
                                              "\"json\"}]: dispatch"))
    w.add(62.0, op, lambda d: "%s.%06d I | ceph-cluster-controller: cluster \"rook-ceph\" health status: "
                              "HEALTH_OK" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond))
    w.add(90.0, op, lambda d: "%s.%06d I | op-osd: OSD orchestration status for node %s is \"completed\""
                              % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, nodes[1]))
    csi = pod_labels(ns, w.rand5("csi-rbdplugin"), "csi-rbdplugin", nodes[2])
    w.spread(0, 120, 4, csi, lambda rg, d: klog(d, "I", "utils.go:%d" % rg.choice([198, 199]),
                                                  "ID: %d GRPC call: /csi.v1.Node/NodeGetVolumeStats" % rg.randint(4000, 9000)))
    return record(
        w, "Is the Ceph cluster behind the document store healthy this morning?",
        {"namespace": ns}, "INFO", "none", None,
        "No incident: Ceph reports HEALTH_OK, all 305 PGs active+clean (some deep-scrubbing), deep scrubs finish "
        "ok and RGW serves uploads; the 404s are HEAD existence checks.",
        "Routine nightly deep-scrubs and normal object-store traffic on a healthy Rook-Ceph cluster.",
        "None needed.",
        "Healthy Rook-Ceph: deep scrubs, pgmap all active+clean, RGW PUTs and benign HEAD 404s.")


def s_carrier_label_nre():
    """AKS: .NET 8 label service throws NullReferenceException for non-EU shipments (customs block)."""
    w = Win("carrier-label-nre", (2026, 2, 4, 10, 5, 31), events="json")
    ns = "shipping"
    nodes = ["aks-userpool-51902211-vmss000001", "aks-userpool-51902211-vmss000003"]
    base = w.rs("carrier-label-api").rsplit("-", 1)[0]
    pods = [base + "-" + w.rand5("x")[2:] for _ in range(2)]
    host = "http://carrier-label-api.shipping.svc.cluster.local"
    pack = w.rs("warehouse-packing")
    PL = pod_labels("wms", pack, "warehouse-packing", nodes[1])
    eu = ["DE", "NL", "FR", "BE", "AT", "PL", "DK"]
    non_eu = ["CH", "NO", "GB"]
    exc = ("System.NullReferenceException: Object reference not set to an instance of an object.\n"
           "   at AcmeLogistics.Labels.Rendering.ZplLabelRenderer.RenderCustomsBlock(Shipment shipment) in "
           "/src/src/Labels/Rendering/ZplLabelRenderer.cs:line 212\n"
           "   at AcmeLogistics.Labels.Rendering.ZplLabelRenderer.Render(Shipment shipment, LabelFormat format) in "
           "/src/src/Labels/Rendering/ZplLabelRenderer.cs:line 64\n"
           "   at AcmeLogistics.Labels.Api.LabelEndpoints.<>c.<<MapLabelEndpoints>b__0_0>d.MoveNext() in "
           "/src/src/Labels/Api/LabelEndpoints.cs:line 38\n"
           "--- End of stack trace from previous location ---\n"
           "   at Microsoft.AspNetCore.Http.RequestDelegateFactory.<ExecuteTaskResult>g__ExecuteAwaited|140_0[T]"
           "(Task`1 task, HttpContext httpContext, JsonTypeInfo`1 jsonTypeInfo)\n"
           "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0"
           "(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)")
    t = 0.0
    n_err = 0
    while t < 170:
        t += w.rng.uniform(3.0, 9.0)
        i = w.rng.randrange(2)
        L = pod_labels(ns, pods[i], "carrier-label-api", nodes[i])
        shp = "SHP-%d" % w.rng.randint(40000000, 49999999)
        bad = w.rng.random() < 0.4
        dest = w.pick(non_eu) if bad else w.pick(eu)
        trace = "00-%s-%s-01" % (w.hexid(32), w.hexid(16))
        w.add(t, L, (lambda s_, d_: lambda d: dotnet_json(
            d, "Information", "AcmeLogistics.Labels.Api.LabelEndpoints",
            "Rendering ZPL label for {ShipmentId} to {Country} service {Service}", 0,
            State={"ShipmentId": s_, "Country": d_, "Service": "EXPRESS",
                   "{OriginalFormat}": "Rendering ZPL label for {ShipmentId} to {Country} service {Service}"}))(shp, dest))
        if bad:
            n_err += 1
            w.add(t + 0.011, L, (lambda tr: lambda d: dotnet_json(
                d, "Error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                "An unhandled exception has occurred while executing the request.", 1,
                Exception=exc, Scopes=[{"TraceId": tr.split("-")[1], "RequestPath": "/v2/labels"}]))(trace),
                ev=(n_err <= 3))
            w.add(t + 0.013, L, lambda d: dotnet_json(
                d, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                "Request finished HTTP/1.1 POST %s/v2/labels - 500 null application/problem+json %.4fms"
                % (host, 11 + w.rng.random() * 6), 2))
            w.add(t + 0.03, PL, (lambda s_, d_: lambda d: pylog(
                d, "ERROR", "packing.labels", "label request failed shipment=%s dest=%s status=500 station=PK-%02d "
                "-> parcel moved to manual label queue" % (s_, d_, w.rng.randint(1, 24))))(shp, dest))
        else:
            w.add(t + 0.021, L, lambda d: dotnet_json(
                d, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                "Request finished HTTP/1.1 POST %s/v2/labels - 201 %d application/json %.4fms"
                % (host, w.rng.randint(1900, 2600), 18 + w.rng.random() * 30), 2))
    w.spread(0, 175, 5, PL, lambda rg, d: pylog(d, "INFO", "packing.station",
                                                  "station PK-%02d closed tote T-%d (%d parcels)"
                                                  % (rg.randint(1, 24), rg.randint(100000, 999999), rg.randint(3, 18))))
    kp = {"namespace": "kube-system", "pod": w.rand5("kube-proxy"), "container": "kube-proxy", "node": nodes[0]}
    w.spread(0, 175, 2, kp, lambda rg, d: klog(d, "I", "proxier.go:%d" % rg.choice([796, 828]),
                                                 '"SyncProxyRules complete" elapsed="%dms"' % rg.randint(40, 160)))
    return record(
        w, "Why are packing stations falling back to manual labels?",
        {"namespace": ns, "app": "carrier-label-api"}, "ERROR", "application_error", "carrier-label-api",
        "carrier-label-api throws System.NullReferenceException in ZplLabelRenderer.RenderCustomsBlock for "
        "shipments to non-EU countries (CH, NO, GB): the customs block dereferences a missing customs declaration.",
        "About 40% of label requests (all non-EU destinations) fail with HTTP 500 from an unhandled exception; "
        "EU labels render fine and the pods stay up.",
        "Fix the null handling in RenderCustomsBlock (or roll back the label service), and re-queue the parcels "
        "in the manual label queue.",
        ".NET 8 label API: NullReferenceException only for non-EU shipments; callers fall back to manual labels.")


def s_argo_manifest_unknown():
    """OpenShift: Argo workflow step image tag never pushed (manifest unknown) -> ImagePullBackOff."""
    w = Win("argo-manifest-unknown", (2026, 2, 6, 1, 30, 4), events="json")
    ns = "logistics-wf"
    node = "ocp-prod-x7k2m-worker-b-4qzrl"
    wf = "nightly-manifest-" + "".join(w.pick(SAFE) for _ in range(5))
    pod = "%s-extract-%d" % (wf, w.rng.randint(1000000000, 4200000000))
    img = "image-registry.openshift-image-registry.svc:5000/logistics-wf/manifest-etl:2.14.0"
    ctl = pod_labels("argo", w.rs("workflow-controller"), "workflow-controller", "ocp-prod-x7k2m-worker-a-9wd2h")
    crio = journal(node, "crio.service")
    reg = pod_labels("openshift-image-registry", w.rs("image-registry"), "registry", "ocp-prod-x7k2m-worker-c-tt8lm")

    w.add(0.0, ctl, lambda d: logrus(d, "info", "Processing workflow", digits=3, Phase="Running",
                                     ResourceVersion="48811273", namespace=ns, workflow=wf))
    w.add(0.05, ctl, lambda d: logrus(d, "info", "Created pod: %s.extract (%s)" % (wf, pod), digits=3,
                                      namespace=ns, workflow=wf))
    w.event(0.3, ns, "Normal", "Scheduled", "Pod", pod, "Successfully assigned %s/%s to %s" % (ns, pod, node),
            source="default-scheduler")
    w.event(1.4, ns, "Normal", "AddedInterface", "Pod", pod, "Add eth0 [10.131.2.47/23] from ovn-kubernetes",
            source="multus")
    w.event(1.6, ns, "Normal", "Pulling", "Pod", pod, 'Pulling image "%s"' % img, host=node)
    w.add(1.61, crio, lambda d: cri_containerd(d, "info", "Pulling image: %s" % img,
                                               id=w.uid(), name="/runtime.v1.ImageService/PullImage"))
    w.add(1.62, crio, lambda d: cri_containerd(d, "info", 'Trying to access "%s"' % img))
    w.ev(1.68, reg, lambda d: logrus(
        d, "error", "response completed with error", digits=9,
        **{"err.code": "manifest unknown", "err.detail": "unknown tag=2.14.0", "err.message": "manifest unknown",
           "go.version": "go1.21.11 (Red Hat 1.21.11-1.el9_4) X:strictfipsruntime",
           "http.request.method": "GET", "http.request.uri": "/v2/logistics-wf/manifest-etl/manifests/2.14.0",
           "http.response.status": "404", "openshift.auth.user": "system:serviceaccount:logistics-wf:default"}))
    msg_fail = ('Failed to pull image "%s": rpc error: code = Unknown desc = reading manifest 2.14.0 in '
                'image-registry.openshift-image-registry.svc:5000/logistics-wf/manifest-etl: manifest unknown'
                % img)
    w.event(1.75, ns, "Warning", "Failed", "Pod", pod, msg_fail, host=node, ev=True)
    w.event(1.76, ns, "Warning", "Failed", "Pod", pod, "Error: ErrImagePull", host=node)
    for k, t in enumerate((15.2, 41.9, 93.5)):
        w.event(t, ns, "Normal", "BackOff", "Pod", pod, 'Back-off pulling image "%s"' % img, host=node, count=k + 1)
        w.event(t + 0.01, ns, "Warning", "Failed", "Pod", pod, "Error: ImagePullBackOff", host=node, count=k + 1,
                ev=(k == 0))
        w.add(t + 0.3, ctl, lambda d: logrus(
            d, "info", "node changed", digits=3, namespace=ns, workflow=wf,
            **{"new.message": 'ImagePullBackOff: Back-off pulling image "%s"' % img, "new.phase": "Pending",
               "new.progress": "0/1", "nodeID": pod.replace("-extract-", "-"), "old.message": "",
               "old.phase": "Pending", "old.progress": "0/1"}))
    w.event(58.0, ns, "Normal", "Pulling", "Pod", pod, 'Pulling image "%s"' % img, host=node, count=3)
    w.event(58.4, ns, "Warning", "Failed", "Pod", pod, msg_fail, host=node, count=3)

    # neighbour: a cron workflow that runs fine on the same cluster
    cw = "geofence-sync-%d" % 29470890
    cpod = "%s-sync-%d" % (cw, w.rng.randint(1000000000, 4200000000))
    CL = pod_labels(ns, cpod, "main", "ocp-prod-x7k2m-worker-c-tt8lm")
    w.event(5.0, ns, "Normal", "Pulled", "Pod", cpod,
            'Container image "image-registry.openshift-image-registry.svc:5000/logistics-wf/geofence-sync:1.7.3" '
            'already present on machine', host="ocp-prod-x7k2m-worker-c-tt8lm")
    w.add(6.2, CL, lambda d: pylog(d, "INFO", "geofence.sync", "fetched 1,284 geofences from postgis (depots=61)"))
    w.add(9.8, CL, lambda d: pylog(d, "INFO", "geofence.sync", "pushed 1,284 geofences to fleet-tracker, 3 changed"))
    w.add(10.4, ctl, lambda d: logrus(d, "info", "Workflow update successful", digits=3, namespace=ns,
                                      phase="Succeeded", resourceVersion="48811402", workflow=cw))
    w.spread(0, 100, 8, ctl, lambda rg, d: logrus(d, "info", "Processing workflow", digits=3,
                                                    Phase="Running", ResourceVersion=str(rg.randint(48811280, 48811900)),
                                                    namespace=ns, workflow=wf))
    srv = pod_labels("argo", w.rs("argo-server"), "argo-server", "ocp-prod-x7k2m-worker-a-9wd2h")
    w.spread(0, 100, 4, srv, lambda rg, d: logrus(d, "info", "finished unary call with code OK", digits=0,
                                                    **{"grpc.code": "OK", "grpc.method": "GetWorkflow",
                                                       "grpc.service": "workflow.WorkflowService",
                                                       "grpc.start_time": iso(d, 0),
                                                       "grpc.time_ms": "%.3f" % rg.uniform(8, 40), "span.kind": "server",
                                                       "system": "grpc"}))
    return record(
        w, "Why is tonight's manifest workflow stuck in Pending?",
        {"namespace": ns}, "ERROR", "image_pull", "manifest-etl",
        "The extract step references manifest-etl:2.14.0, a tag that was never pushed to the internal OpenShift "
        "registry (registry returns 404 'manifest unknown, unknown tag=2.14.0'), so the step pod is in "
        "ImagePullBackOff.",
        "The nightly-manifest workflow cannot start its extract step because the manifest-etl image tag does not "
        "exist; other workflows run normally.",
        "Push manifest-etl:2.14.0 (or point the WorkflowTemplate at an existing tag such as the previous release) "
        "and resubmit the workflow.",
        "Argo workflow step references an image tag that was never pushed (manifest unknown).")


def s_mosquitto_pull_401():
    """MicroK8s warehouse edge: Flux upgrades Mosquitto; robot-account pull secret expired -> 401, broker down."""
    w = Win("mosquitto-pull-401", (2026, 2, 7, 5, 58, 20), events="logfmt")
    ns = "edge-mqtt"
    node = "wh-ham-edge-02"
    img = "registry.acme-logistics.example/edge/mosquitto:2.0.20-acme1"
    ML = pod_labels(ns, "mosquitto-0", "mosquitto", node)
    ctrd = journal(node, "snap.microk8s.daemon-containerd.service")
    hc = pod_labels("flux-system", w.rs("helm-controller"), "manager", "wh-ham-edge-01")
    sg = w.rs("scanner-gateway")
    SG = pod_labels("wms-edge", sg, "scanner-gateway", "wh-ham-edge-03")
    ft = w.rs("forklift-telemetry")
    FT = pod_labels("wms-edge", ft, "forklift-telemetry", "wh-ham-edge-01")

    def ep(d):
        return "%d" % int(epoch(d))

    w.add(0.0, hc, lambda d: jdump({"level": "info", "ts": iso(d, 3),
                                    "msg": "release out-of-sync with desired state: release config values changed",
                                    "controller": "helmrelease", "controllerGroup": "helm.toolkit.fluxcd.io",
                                    "controllerKind": "HelmRelease", "HelmRelease": {"name": "mosquitto", "namespace": ns},
                                    "namespace": ns, "name": "mosquitto"}))
    w.add(0.2, hc, lambda d: jdump({"level": "info", "ts": iso(d, 3),
                                    "msg": "running 'upgrade' action with timeout of 5m0s",
                                    "controller": "helmrelease", "HelmRelease": {"name": "mosquitto", "namespace": ns}}))
    w.event(1.5, ns, "Normal", "Killing", "Pod", "mosquitto-0", "Stopping container mosquitto", host=node)
    w.add(1.6, ML, lambda d: "%s: mosquitto version 2.0.18 terminating" % ep(d))
    w.add(1.7, ML, lambda d: "%s: Saving in-memory database to /mosquitto/data/mosquitto.db." % ep(d))
    w.event(3.9, ns, "Normal", "SuccessfulCreate", "StatefulSet", "mosquitto",
            "create Pod mosquitto-0 in StatefulSet mosquitto successful", source="statefulset-controller")
    w.event(4.0, ns, "Normal", "Scheduled", "Pod", "mosquitto-0",
            "Successfully assigned %s/mosquitto-0 to %s" % (ns, node), source="default-scheduler")
    w.event(4.8, ns, "Normal", "Pulling", "Pod", "mosquitto-0", 'Pulling image "%s"' % img, host=node)
    auth = ("failed to authorize: failed to fetch oauth token: unexpected status from GET request to "
            "https://registry.acme-logistics.example/service/token?scope=repository%3Aedge%2Fmosquitto%3Apull"
            "&service=harbor-registry: 401 Unauthorized")
    w.ev(5.3, ctrd, lambda d: cri_containerd(
        d, "error", 'PullImage "%s" failed' % img,
        error='failed to pull and unpack image "%s": failed to resolve reference "%s": %s' % (img, img, auth)))
    w.event(5.31, ns, "Warning", "Failed", "Pod", "mosquitto-0",
            'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": %s'
            % (img, img, img, auth), host=node, ev=True)
    w.event(5.32, ns, "Warning", "Failed", "Pod", "mosquitto-0", "Error: ErrImagePull", host=node)
    for k, t in enumerate((18.7, 44.1, 97.6)):
        w.event(t, ns, "Normal", "BackOff", "Pod", "mosquitto-0", 'Back-off pulling image "%s"' % img,
                host=node, count=k + 1)
        w.event(t + 0.01, ns, "Warning", "Failed", "Pod", "mosquitto-0", "Error: ImagePullBackOff", host=node,
                count=k + 1, ev=(k == 1))
    w.event(70.2, ns, "Normal", "Pulling", "Pod", "mosquitto-0", 'Pulling image "%s"' % img, host=node, count=2)
    w.add(70.7, ctrd, lambda d: cri_containerd(
        d, "error", 'PullImage "%s" failed' % img,
        error='failed to pull and unpack image "%s": failed to resolve reference "%s": %s' % (img, img, auth)))

    t = 2.4
    while t < 110:
        w.add(t, SG, lambda d: "%s.%s [error] Tortoise311.Connection client_id=scanner-gw-ham: connection to "
                               "mosquitto.edge-mqtt.svc.cluster.local:1883 failed: :econnrefused, reconnecting "
                               "in 5000ms" % (d.strftime("%H:%M:%S"), ms(d)))
        t += 5.0 + w.rng.uniform(0.05, 0.3) + (10 if t > 30 else 0)
    w.spread(3, 110, 4, FT, lambda rg, d: pylog(d, "WARNING", "forklift.mqtt",
                                                  "MQTT connect failed rc=-1 ([Errno 111] Connection refused); "
                                                  "buffered %d readings" % int(((d - w.t0).total_seconds() - 1.5) * 41)))
    w.spread(0, 2, 2, SG, lambda rg, d: "%s.%s [info] scan accepted dock=D%02d sscc=%018d" %
             (d.strftime("%H:%M:%S"), ms(d), rg.randint(1, 14), rg.randint(10**17, 10**18 - 1)))
    w.spread(10, 110, 5, SG, lambda rg, d: "%s.%s [warning] scan buffered locally (broker down) dock=D%02d "
             "queue_len=%d" % (d.strftime("%H:%M:%S"), ms(d), rg.randint(1, 14),
                               int(((d - w.t0).total_seconds() - 1.5) * 6.3)))
    dns = {"namespace": "kube-system", "pod": w.rs("coredns"), "container": "coredns", "node": "wh-ham-edge-01"}
    w.spread(0, 110, 3, dns, lambda rg, d: '[INFO] 10.1.%d.%d:%d - %d "A IN mosquitto.edge-mqtt.svc.cluster.local. '
             'udp 56 false 512" NOERROR qr,aa,rd 112 0.000%03ds' % (rg.randint(10, 90), rg.randint(2, 250),
                                                                   rg.randint(30000, 60000), rg.randint(1000, 65000),
                                                                   rg.randint(90, 400)))
    return record(
        w, "Why are the Hamburg warehouse scanners and forklifts offline from MQTT?",
        {"namespace": ns}, "CRITICAL", "image_pull", "mosquitto",
        "Flux upgraded the Mosquitto StatefulSet to registry.acme-logistics.example/edge/mosquitto:2.0.20-acme1; the "
        "pull secret's robot account no longer authenticates (401 Unauthorized from the Harbor token service), so "
        "the recreated mosquitto-0 stays in ImagePullBackOff and the only broker is down.",
        "The edge MQTT broker was stopped for an upgrade and cannot come back because its new image cannot be "
        "pulled; scanners and forklift telemetry get connection refused and buffer locally.",
        "Renew the Harbor robot account / update the image pull secret (or pin the previously cached 2.0.18 "
        "image) so mosquitto-0 can start; consider pre-pulling images before upgrading a single-replica broker.",
        "Edge Mosquitto upgrade blocked by a 401 from the private registry; clients see connection refused.")


def s_geocoder_readiness_404():
    """RKE2: new geocoder release moved its health endpoint; readiness probe gets 404, rollout stalls."""
    w = Win("geocoder-readiness-404", (2026, 2, 10, 13, 20, 2), events="logfmt")
    ns = "geo"
    node_new, node_old = "rke2-agent-04", "rke2-agent-02"
    new = w.rs("geocoder")
    oldbase = w.rs("geocoder").rsplit("-", 1)[0]
    olds = [oldbase + "-" + w.rand5("x")[2:] for _ in range(2)]
    NL = pod_labels(ns, new, "geocoder", node_new)
    kub = {"job": "node/kubelet", "node": node_new, "filename": "/var/lib/rancher/rke2/agent/logs/kubelet.log"}
    rsname = new.rsplit("-", 1)[0]
    w.event(0.0, ns, "Normal", "ScalingReplicaSet", "Deployment", "geocoder",
            "Scaled up replica set %s to 1" % rsname, source="deployment-controller")
    w.event(0.4, ns, "Normal", "Scheduled", "Pod", new, "Successfully assigned %s/%s to %s" % (ns, new, node_new),
            source="default-scheduler")
    w.event(2.1, ns, "Normal", "Started", "Pod", new, "Started container geocoder", host=node_new)
    w.add(3.0, NL, "INFO:     Started server process [1]")
    w.add(3.01, NL, "INFO:     Waiting for application startup.")
    w.add(4.6, NL, lambda d: pylog(d, "INFO", "geocoder.app", "geocoder 2.3.0 starting: index=osm-europe-2026-01 "
                                                             "(12.4M addresses), health routes /health/live, "
                                                             "/health/ready"), ev=True)
    w.add(5.2, NL, "INFO:     Application startup complete.")
    w.add(5.21, NL, "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    for k in range(14):
        t = 10.05 + 10 * k
        w.add(t, NL, uvicorn_access("10.42.4.1", 51000 + w.rng.randint(0, 9000), "GET", "/healthz", 404),
              ev=(k == 0))
        w.add(t + 0.004, kub, lambda d: klog(d, "I", "prober.go:107",
                                             '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" '
                                             'containerName="geocoder" probeResult="failure" '
                                             'output="HTTP probe failed with statuscode: 404"'
                                             % (ns, new, "c5b0e4f2-1d9a-4a7e-8b3c-6f2e9d1a0b74"), pid=3391))
        if k in (0, 6, 13):
            w.event(t + 0.006, ns, "Warning", "Unhealthy", "Pod", new,
                    "Readiness probe failed: HTTP probe failed with statuscode: 404", host=node_new,
                    count=k + 1, ev=(k == 6))
    rp = pod_labels("routing", w.rs("route-planner"), "route-planner", "rke2-agent-01")

    def oldtraffic(rg, d):
        i = rg.randrange(2)
        return (pod_labels(ns, olds[i], "geocoder", node_old if i == 0 else "rke2-agent-03"),
                uvicorn_access("10.42.1.%d" % rg.randint(2, 250), rg.randint(30000, 60000), "GET",
                               "/v1/geocode?q=%s&country=DE" % rg.choice(["Hafenstrasse+12+Hamburg",
                                                                         "Am+Sandtorkai+5", "Billstrasse+88",
                                                                         "Grossmannstrasse+210"]), 200))
    w.spread(0, 145, 10, None, oldtraffic)
    w.spread(0, 145, 4, rp, lambda rg, d: pylog(d, "INFO", "httpx",
                                                  'HTTP Request: GET http://geocoder.geo.svc.cluster.local:8000/v1/'
                                                  'geocode?q=... "HTTP/1.1 200 OK"'))
    w.add(140.0, pod_labels("argocd", w.rs("argocd-application-controller"), "argocd-application-controller",
                            "rke2-agent-01"),
          lambda d: logrus(d, "info", "Updated health status: Progressing -> Degraded", digits=0,
                           app="geo/geocoder", application="geocoder", dest_namespace=ns,
                           dest_server="https://kubernetes.default.svc", reason="ResourceUpdated",
                           type="Normal"))
    return record(
        w, "Why is the geocoder 2.3.0 rollout not progressing?",
        {"namespace": ns, "app": "geocoder"}, "ERROR", "probe_failure", "geocoder",
        "geocoder 2.3.0 serves its health checks on /health/ready and /health/live, but the Deployment's readiness "
        "probe still calls /healthz, which now returns 404; the new pod runs fine but never becomes Ready.",
        "The new geocoder pod is up and answering but fails every readiness probe with 404, so the rollout is "
        "stuck (ArgoCD reports Degraded); old pods still serve traffic.",
        "Point the readiness (and liveness) probe at /health/ready (/health/live) or keep a /healthz alias, then "
        "let the rollout continue.",
        "Readiness probe still calls /healthz after the app moved to /health/ready: 404, rollout stuck.")


def s_volcano_gang_gpu():
    """kubeadm GPU cluster: Volcano gang job needs 4x2 GPUs; only 6 free -> whole gang Pending."""
    w = Win("volcano-gang-gpu", (2026, 2, 18, 8, 14, 0), events="logfmt")
    ns = "batch-ml"
    job = "demand-forecast-ddp"
    pg = "%s-%s" % (job, w.uid())
    sched = pod_labels("volcano-system", w.rs("volcano-scheduler"), "volcano-scheduler", "k8s-cp-02")
    ctl = pod_labels("volcano-system", w.rs("volcano-controllers"), "volcano-controllers", "k8s-cp-01")
    gnodes = ["gpu-a100-01", "gpu-a100-02", "gpu-a100-03"]
    reason = ("0/9 nodes are unavailable: 3 Insufficient nvidia.com/gpu, 6 node(s) didn't match Pod's node "
              "affinity/selector.")
    w.add(0.0, ctl, lambda d: klog(d, "I", "job_controller_actions.go:322",
                                   '"Create Task" job="%s/%s" task="master" replicas=1' % (ns, job)))
    w.add(0.02, ctl, lambda d: klog(d, "I", "job_controller_actions.go:322",
                                    '"Create Task" job="%s/%s" task="worker" replicas=3' % (ns, job)))
    w.event(0.1, ns, "Normal", "PodGroupPending", "PodGroup", pg, "PodGroup %s:%s unschedule,reason: 4/4 tasks "
            "in gang unschedulable: pod group is not ready, 4 Pending, 4 minAvailable" % (ns, job),
            source="vc-scheduler")
    cycle = 0
    t = 1.0
    while t < 125:
        cycle += 1
        tt = t
        w.add(tt, sched, lambda d: klog(d, "I", "scheduler.go:96", '"Start scheduling ..."'))
        w.add(tt + 0.002, sched, lambda d: klog(d, "I", "allocate.go:196",
                                                 '"Try to allocate resource to Jobs in Queue" queue="ml-gpu" jobs=2'))
        if cycle in (1, 4, 9):
            w.add(tt + 0.004, sched, lambda d: klog(
                d, "I", "predicate_helper.go:75", '"Predicates failed" task="%s/%s-worker-2" err="%s"'
                % (ns, job, reason.replace("'", "'")), pid=1))
            w.add(tt + 0.005, sched, lambda d: klog(
                d, "W", "gang.go:171", '"Job is not ready" job="%s/%s" ready=3 minAvailable=4 pending=4' % (ns, job)),
                ev=(cycle == 1))
        w.add(tt + 0.009, sched, lambda d: klog(d, "I", "scheduler.go:114",
                                                 '"End scheduling ..." elapsed="%.3fms"' % w.rng.uniform(3, 9)))
        t += 10.0 + w.rng.uniform(-0.05, 0.05)
    gang = ("4/4 tasks in gang unschedulable: pod group is not ready, 4 Pending, 4 minAvailable; Pending: "
            "1 Unschedulable, 3 Schedulable. Origin reason is %s-worker-2: %s" % (job, reason))
    w.event(1.02, ns, "Warning", "Unschedulable", "PodGroup", pg, gang, source="vc-scheduler", count=1, ev=True)
    w.event(1.03, ns, "Warning", "FailedScheduling", "Pod", "%s-worker-2" % job,
            "pod group is not ready, 4 Pending, 4 minAvailable; Pending: 1 Unschedulable, 3 Schedulable. Origin "
            "reason is %s-worker-2: %s" % (job, reason), source="volcano", count=1, ev=True)
    w.event(91.0, ns, "Warning", "Unschedulable", "PodGroup", pg, gang, source="vc-scheduler", count=10)

    # the jobs holding the GPUs keep training
    holders = [("route-embeddings-worker-%d" % i, gnodes[i % 2]) for i in range(3)]

    def train(rg, d):
        name, n = holders[rg.randrange(3)]
        return (pod_labels(ns, name, "pytorch", n),
                "%s,%s - INFO - [rank%d] epoch 7 step %d loss=%.4f lr=2.0e-04 gpu_mem=%.1fGiB "
                "throughput=%d samples/s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), rg.randrange(6),
                                             rg.randint(14000, 15000), rg.uniform(0.38, 0.44),
                                             rg.uniform(61, 74), rg.randint(1800, 2100)))
    w.spread(0, 125, 10, None, train)
    dcgm = pod_labels("gpu-operator", w.rand5("nvidia-dcgm-exporter"), "nvidia-dcgm-exporter", gnodes[2])
    w.spread(0, 125, 2, dcgm, lambda rg, d: logrus(d, "info", "Collecting DCP metrics", digits=0) if rg.random() < .5
             else logrus(d, "info", "Pipeline starting", digits=0))
    dp = pod_labels("gpu-operator", w.rand5("nvidia-device-plugin-daemonset"), "nvidia-device-plugin", gnodes[2])
    w.add(47.0, dp, lambda d: klog(d, "I", "server.go:317",
                                   '"Registered device plugin for \'nvidia.com/gpu\' with Kubelet"'))
    return record(
        w, "Why has the demand-forecast training job not started?",
        {"namespace": ns}, "ERROR", "scheduling", job,
        "The Volcano job demand-forecast-ddp needs its whole gang (4 pods x 2 GPUs, minAvailable 4) at once, but "
        "only 6 GPUs are free on the A100 nodes while route-embeddings holds the rest; worker-2 cannot fit "
        "(Insufficient nvidia.com/gpu) so no pod of the gang is bound.",
        "Gang scheduling keeps all four demand-forecast-ddp pods Pending: one task is unschedulable for lack of "
        "GPUs, the other nodes do not match its GPU node selector.",
        "Wait for or preempt route-embeddings, lower the job's GPU request/minAvailable, or add GPU capacity to the "
        "ml-gpu queue.",
        "Volcano gang job pending: one of four tasks cannot get GPUs, so nothing starts.")


def s_spark_karpenter():
    """EKS: Spark driver pending for memory, Karpenter launches a node, driver starts (recovered)."""
    w = Win("spark-karpenter", (2026, 2, 19, 4, 2, 9), events="json")
    ns = "spark-jobs"
    app = "fuel-cost-rollup"
    drv = app + "-driver"
    newnode = "ip-10-0-77-41.eu-central-1.compute.internal"
    nc = "spark-" + "".join(w.pick(SAFE) for _ in range(5))
    kp = pod_labels("kube-system", w.rs("karpenter"), "controller", "ip-10-0-12-9.eu-central-1.compute.internal")
    op = pod_labels("spark-operator", w.rs("spark-operator-controller"), "spark-operator-controller",
                    "ip-10-0-12-9.eu-central-1.compute.internal")

    def karp(d, msg, **kv):
        o = {"level": "INFO", "time": iso(d, 3), "logger": "controller", "message": msg, "commit": "490ef94"}
        o.update(kv)
        return jdump(o)
    w.add(0.0, op, lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controller.sparkapplication",
                                    "msg": "Submitting SparkApplication", "name": app, "namespace": ns,
                                    "state": "", "driverPod": drv}))
    fs = ("0/7 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 5 Insufficient memory. "
          "preemption: 0/7 nodes are available: 2 Preemption is not helpful for scheduling, 5 No preemption "
          "victims found for incoming pod.")
    w.event(2.3, ns, "Warning", "FailedScheduling", "Pod", drv, fs, source="default-scheduler", ev=True)
    w.ev(3.1, kp, lambda d: karp(d, "found provisionable pod(s)", controller="provisioner",
                                 Pods="%s/%s" % (ns, drv), duration="38.412ms"))
    w.add(3.15, kp, lambda d: karp(d, "computed new nodeclaim(s) to fit pod(s)", controller="provisioner",
                                   nodeclaims=1, pods=1))
    w.add(3.2, kp, lambda d: karp(d, "created nodeclaim", controller="provisioner", NodePool={"name": "spark"},
                                  NodeClaim={"name": nc},
                                  requests={"cpu": "4180m", "memory": "29492Mi", "pods": "5"},
                                  instance_types="r6i.2xlarge, r6a.2xlarge, r5.2xlarge, r7i.2xlarge and 11 other(s)"))
    w.event(3.3, ns, "Normal", "Nominated", "Pod", drv, "Pod should schedule on: nodeclaim/%s" % nc,
            source="karpenter")
    w.add(5.9, kp, lambda d: karp(d, "launched nodeclaim", controller="nodeclaim.lifecycle",
                                  NodeClaim={"name": nc}, provider_id="aws:///eu-central-1b/i-0%s" % w.hexid(16),
                                  instance_type="r6i.2xlarge", zone="eu-central-1b", capacity_type="on-demand",
                                  allocatable={"cpu": "7910m", "memory": "59627Mi", "pods": "58"}))
    w.event(30.2, ns, "Warning", "FailedScheduling", "Pod", drv, fs, source="default-scheduler", count=2)
    w.add(44.8, kp, lambda d: karp(d, "registered nodeclaim", controller="nodeclaim.lifecycle",
                                   NodeClaim={"name": nc}, Node={"name": newnode}))
    w.add(58.3, kp, lambda d: karp(d, "initialized nodeclaim", controller="nodeclaim.lifecycle",
                                   NodeClaim={"name": nc}, Node={"name": newnode},
                                   allocatable={"cpu": "7910m", "memory": "59627Mi", "pods": "58"}))
    w.event(59.0, ns, "Normal", "Scheduled", "Pod", drv, "Successfully assigned %s/%s to %s" % (ns, drv, newnode),
            source="default-scheduler")
    w.event(71.4, ns, "Normal", "Pulled", "Pod", drv,
            'Successfully pulled image "412345678901.dkr.ecr.eu-central-1.amazonaws.com/spark/fuel-rollup:1.4.2" in '
            '11.92s (11.92s including waiting). Image size: 612044781 bytes.', host=newnode)
    w.event(71.9, ns, "Normal", "Started", "Pod", drv, "Started container spark-kubernetes-driver", host=newnode)
    DL = pod_labels(ns, drv, "spark-kubernetes-driver", newnode)
    w.add(74.6, DL, lambda d: "%s INFO SparkContext: Running Spark version 3.5.1" % d.strftime("%y/%m/%d %H:%M:%S"))
    w.add(75.3, DL, lambda d: "%s INFO SparkContext: Submitted application: fuel-cost-rollup"
          % d.strftime("%y/%m/%d %H:%M:%S"))
    w.add(77.9, DL, lambda d: "%s INFO ExecutorPodsAllocator: Going to request 6 executors from Kubernetes for "
                              "ResourceProfile Id: 0, target: 6, known: 0, sharedSlotFromPendingPods: 2147483647."
          % d.strftime("%y/%m/%d %H:%M:%S"))
    w.add(78.4, op, lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controller.sparkapplication",
                                     "msg": "Driver pod is running", "name": app, "namespace": ns,
                                     "state": "RUNNING"}))
    # neighbour application already running
    other = "depot-dwell-report"
    ex = ["%s-%s-exec-%d" % (other, w.hexid(16), i) for i in (1, 2, 3)]
    w.spread(0, 80, 10, None, lambda rg, d: (
        pod_labels(ns, ex[rg.randrange(3)], "spark-kubernetes-executor",
                   "ip-10-0-%d-%d.eu-central-1.compute.internal" % (rg.choice([33, 48, 61]), rg.randint(10, 250))),
        "%s INFO Executor: Finished task %d.0 in stage 4.0 (TID %d). %d bytes result sent to driver"
        % (d.strftime("%y/%m/%d %H:%M:%S"), rg.randint(0, 199), rg.randint(600, 900), rg.randint(2000, 4000))))
    w.spread(0, 80, 3, kp, lambda rg, d: karp(d, "pod(s) have a preferred "
                                                "TopologySpreadConstraint which can prevent consolidation",
                                                controller="disruption", Pods="%s/%s" % (ns, ex[0])))
    return record(
        w, "Why did the fuel-cost rollup start late?",
        {"namespace": ns}, "WARN", "scheduling", app,
        "The fuel-cost-rollup driver requested more memory than any existing node had free (5 nodes Insufficient "
        "memory, 2 GPU nodes tainted), so it was unschedulable until Karpenter launched an r6i.2xlarge node.",
        "Spark driver pod was Pending for about a minute for lack of memory; Karpenter provisioned a node and the "
        "driver started - delayed, not failed.",
        "Optional: keep some warm capacity in the spark NodePool or lower the driver's memory request if start "
        "latency matters.",
        "Spark driver unschedulable (Insufficient memory) until Karpenter adds a node; job starts ~70 s late.")


def s_coredns_upstream_timeout():
    """AKS with custom VNet DNS: CoreDNS forwards to an unreachable resolver; external names fail."""
    w = Win("coredns-upstream-timeout", (2026, 2, 12, 8, 12, 30), events="json")
    nodes = ["aks-system-20485113-vmss000000", "aks-system-20485113-vmss000001"]
    base = w.rs("coredns").rsplit("-", 1)[0]
    cds = [pod_labels("kube-system", base + "-" + w.rand5("x")[2:], "coredns", nodes[i]) for i in range(2)]
    cips = ["10.244.0.14", "10.244.1.9"]
    upstream = ["10.20.0.4", "10.20.0.5"]
    ext = ["api.freightcarrier.example.", "geocode.search.hereapi.com.", "tracking.parcelnet.example.",
           "login.microsoftonline.com."]
    n_err = [0]

    def err(rg, d):
        i = rg.randrange(2)
        n_err[0] += 1
        return (cds[i], "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout"
                % (rg.choice(ext), rg.choice(["A", "AAAA"]), cips[i], rg.randint(32000, 61000), rg.choice(upstream)))
    for k, t in enumerate((4.2, 9.8, 31.0)):
        i = k % 2
        w.ev(t, cds[i], "[ERROR] plugin/errors: 2 %s A: read udp %s:%d->%s:53: i/o timeout"
             % (ext[k], cips[i], 40000 + 1117 * k, upstream[k % 2]))
    w.spread(0, 120, 12, None, err)

    def ok(rg, d):
        i = rg.randrange(2)
        name = rg.choice(["rabbitmq.messaging.svc.cluster.local.", "postgis.gis.svc.cluster.local.",
                          "redis-master.fleet.svc.cluster.local.", "eta-notifier.fleet.svc.cluster.local."])
        return (cds[i], '[INFO] 10.244.%d.%d:%d - %d "A IN %s udp %d false 1232" NOERROR qr,aa,rd %d 0.000%03ds'
                % (rg.randint(0, 5), rg.randint(2, 250), rg.randint(32000, 61000), rg.randint(1000, 65000), name,
                   rg.randint(50, 80), rg.randint(100, 140), rg.randint(80, 400)))
    w.spread(0, 120, 8, None, ok)
    pf = pod_labels("dataflows", w.rs("prefect-worker"), "prefect-worker", "aks-userpool-51902211-vmss000002")
    w.add(12.3, pf, lambda d: "%s.%s | INFO    | Flow run 'crimson-falcon' - Downloading rate sheets from carrier "
                              "APIs" % (d.strftime("%H:%M:%S"), ms(d)))
    w.add(17.9, pf, lambda d: "%s.%s | ERROR   | Task run 'fetch_rates-2' - Task run failed with exception: "
                              "ConnectError('[Errno -3] Temporary failure in name resolution') - Retries are "
                              "exhausted" % (d.strftime("%H:%M:%S"), ms(d)))
    w.add(18.1, pf, lambda d: "%s.%s | ERROR   | Flow run 'crimson-falcon' - Finished in state Failed('Flow run "
                              "encountered an exception: httpx.ConnectError: [Errno -3] Temporary failure in name "
                              "resolution')" % (d.strftime("%H:%M:%S"), ms(d)))
    ft = pod_labels("fleet", w.rs("carrier-sync"), "carrier-sync", "aks-userpool-51902211-vmss000001")
    w.spread(0, 120, 5, ft, lambda rg, d: zap(d, "error", "carrier/client.go:88", "carrier status poll failed",
                                                carrier="parcelnet",
                                                error="Get \"https://tracking.parcelnet.example/v1/status\": dial tcp: "
                                                      "lookup tracking.parcelnet.example on 10.0.0.10:53: server "
                                                      "misbehaving"))
    en = pod_labels("fleet", w.rs("eta-notifier"), "eta-notifier", "aks-userpool-51902211-vmss000003")
    w.spread(0, 120, 4, en, lambda rg, d: "%s.%s request_id=F%s [error] ETA push to carrier failed: "
             "%%Mint.TransportError{reason: :nxdomain}" % (d.strftime("%H:%M:%S"), ms(d), w.hexid(12).upper()))
    w.spread(0, 120, 3, en, lambda rg, d: "%s.%s request_id=F%s [info] Sent 200 in %dms"
             % (d.strftime("%H:%M:%S"), ms(d), w.hexid(12).upper(), rg.randint(2, 30)))
    return record(
        w, "Why are all calls to external carrier and map APIs failing this morning?",
        {"namespace": "kube-system"}, "ERROR", "dns_resolution", "coredns",
        "CoreDNS cannot reach the VNet's custom upstream resolvers (10.20.0.4/10.20.0.5 time out), so every "
        "external name fails (SERVFAIL / temporary failure in name resolution) while cluster.local names still "
        "resolve.",
        "External DNS resolution is broken cluster-wide: CoreDNS forwards time out, and carrier-sync, the Prefect "
        "rate-sheet flow and eta-notifier fail with name-resolution errors.",
        "Restore reachability of the custom DNS servers (NSG/route/VNet peering) or point CoreDNS forward at "
        "Azure DNS (168.63.129.16) temporarily.",
        "CoreDNS upstream (custom VNet resolver) times out: external names fail everywhere, cluster names fine.")


def s_coredns_loop():
    """kubeadm bare metal: edited Corefile forwards to /etc/resolv.conf (127.0.0.53) -> loop -> crash loop."""
    w = Win("coredns-loop", (2026, 2, 13, 16, 40, 11), events="logfmt")
    cps = ["k8s-cp-01", "k8s-cp-02"]
    rs = "coredns-5dd5756b68"
    pods = [rs + "-" + w.rand5("x")[2:] for _ in range(2)]
    sha_new = w.hexid(128)

    def loop_line(d):
        return ('[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see '
                'https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."'
                % (w.rng.randint(33000, 60000), w.rng.randint(10**18, 9 * 10**18), w.rng.randint(10**18, 9 * 10**18)))

    def reload(t, i, ev):
        L = pod_labels("kube-system", pods[i], "coredns", cps[i])
        w.add(t, L, "[INFO] Reloading")
        w.add(t + 0.02, L, "[INFO] plugin/reload: Running configuration SHA512 = %s" % sha_new)
        w.add(t + 0.021, L, "[INFO] Reloading complete")
        w.add(t + 0.06, L, loop_line, ev=ev)

    def start(t, i, ev):
        L = pod_labels("kube-system", pods[i], "coredns", cps[i])
        w.add(t, L, ".:53")
        w.add(t + 0.001, L, "[INFO] plugin/reload: Running configuration SHA512 = %s" % sha_new)
        w.add(t + 0.002, L, "CoreDNS-1.11.1")
        w.add(t + 0.003, L, "linux/amd64, go1.20.7, ae2bbc2")
        w.add(t + 0.041, L, loop_line, ev=ev)

    reload(21.7, 0, True)
    reload(33.9, 1, False)
    w.event(23.0, "kube-system", "Normal", "Pulled", "Pod", pods[0],
            'Container image "registry.k8s.io/coredns/coredns:v1.11.1" already present on machine', host=cps[0])
    start(23.6, 0, False)
    w.event(24.5, "kube-system", "Warning", "BackOff", "Pod", pods[0],
            "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (pods[0], w.uid()),
            host=cps[0], count=1)
    start(35.8, 1, True)
    w.event(36.6, "kube-system", "Warning", "BackOff", "Pod", pods[1],
            "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (pods[1], w.uid()),
            host=cps[1], count=1)
    start(44.2, 0, False)
    w.event(45.0, "kube-system", "Warning", "BackOff", "Pod", pods[0],
            "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (pods[0], w.uid()),
            host=cps[0], count=2, ev=True)
    start(57.1, 1, False)
    w.event(58.0, "kube-system", "Warning", "BackOff", "Pod", pods[1],
            "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (pods[1], w.uid()),
            host=cps[1], count=2)
    for i in range(2):
        w.spread(0, 20, 2, pod_labels("kube-system", pods[i], "coredns", cps[i]),
                 lambda rg, d: '[INFO] 192.168.%d.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d 0.000%03ds'
                 % (rg.randint(10, 90), rg.randint(2, 250), rg.randint(30000, 60000), rg.randint(1000, 65000),
                    rg.choice(["postgis.gis.svc.cluster.local.", "wms-inventory.wms.svc.cluster.local."]),
                    rg.randint(50, 70), rg.randint(100, 140), rg.randint(80, 400)))
    hs = pod_labels("wms", w.rs("hub-sorter"), "hub-sorter", "k8s-w-03")
    w.spread(37, 75, 5, hs, lambda rg, d: "%s.%s [vert.x-eventloop-thread-%d] ERROR c.a.l.hub.InventoryClient - "
             "reserve failed: io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to "
             "resolve 'wms-inventory.wms.svc.cluster.local' and search domain query for configured domains failed "
             "as well: [wms.svc.cluster.local, svc.cluster.local, cluster.local]"
             % (d.strftime("%H:%M:%S"), ms(d), rg.randint(0, 3)))
    w.spread(37, 75, 2, hs, lambda rg, d: "%s.%s [vert.x-eventloop-thread-%d] ERROR c.a.l.hub.InventoryClient - "
             "Caused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [/10.96.0.10:53] query via UDP "
             "timed out after 5000 milliseconds (no stack trace available)"
             % (d.strftime("%H:%M:%S"), ms(d), rg.randint(0, 3)))
    dp = pod_labels("fleet", w.rs("dispatch"), "dispatch", "k8s-w-01")
    w.spread(37, 75, 4, dp, lambda rg, d: zap(d, "error", "db/pool.go:61", "acquire connection",
                                                error="failed to connect to `host=postgis.gis.svc.cluster.local "
                                                      "user=dispatch database=fleet`: hostname resolving error "
                                                      "(lookup postgis.gis.svc.cluster.local on 10.96.0.10:53: read "
                                                      "udp 192.168.77.12:%d->10.96.0.10:53: read: connection "
                                                      "refused)" % rg.randint(32000, 61000)))
    w.spread(0, 30, 3, dp, lambda rg, d: zap(d, "info", "http/server.go:102", "request", path="/v1/jobs/next",
                                               status=200, dur_ms=rg.randint(3, 20)))
    kp = pod_labels("kube-system", w.rand5("kube-proxy"), "kube-proxy", "k8s-w-03")
    w.spread(0, 75, 3, kp, lambda rg, d: klog(d, "I", "proxier.go:%d" % rg.choice([1504, 1522]),
                                                '"SyncProxyRules complete" ipFamily="IPv4" elapsed="%dms"' % rg.randint(15, 80)))
    return record(
        w, "Why did name resolution break across the cluster after the CoreDNS change?",
        {"namespace": "kube-system"}, "CRITICAL", "dns_resolution", "coredns",
        "The edited Corefile makes CoreDNS forward '.' to the node's /etc/resolv.conf, which points at the "
        "systemd-resolved stub 127.0.0.53; on reload the loop plugin detects the forwarding loop and CoreDNS exits, "
        "so both replicas crash-loop and cluster DNS is down.",
        "Both CoreDNS pods die with 'plugin/loop: Loop detected' on start and are in CrashLoopBackOff; services "
        "cannot resolve any name (Vert.x and pgx lookups against 10.96.0.10 fail).",
        "Revert the Corefile edit or forward to real upstream resolvers (or set kubelet resolvConf to "
        "/run/systemd/resolve/resolv.conf) so CoreDNS does not forward to itself.",
        "CoreDNS forwarding loop via systemd-resolved stub: FATAL loop detected, cluster DNS down.")


def s_minio_scaled_zero():
    """RKE2: artifact MinIO scaled to 0 by hand; Argo executors get connection refused saving artifacts."""
    w = Win("minio-scaled-zero", (2026, 2, 14, 22, 31, 45), events="logfmt")
    mns = "argo-artifacts"
    mpod = w.rs("minio")
    mrs = mpod.rsplit("-", 1)[0]
    ML = pod_labels(mns, mpod, "minio", "rke2-agent-05")
    ns = "logistics-wf"
    svc = "minio.argo-artifacts.svc:9000"
    ip = "10.43.88.12"
    w.event(0.0, mns, "Normal", "ScalingReplicaSet", "Deployment", "minio",
            "Scaled down replica set %s to 0 from 1" % mrs, source="deployment-controller", ev=True)
    w.event(0.1, mns, "Normal", "Killing", "Pod", mpod, "Stopping container minio", host="rke2-agent-05")
    w.add(0.3, ML, "Exiting on signal: TERMINATED")
    prev = pod_labels(ns, "geofence-sync-29471110-sync-%d" % w.rng.randint(1000000000, 4200000000), "wait",
                      "rke2-agent-03")
    w.add(-31.4, prev, lambda d: logrus(d, "info", "Saving from /tmp/argo/outputs/artifacts/geofences.json to s3 "
                                                 "(endpoint: %s, bucket: argo-artifacts, key: geofence-sync-29471110/"
                                                 "geofences.json)" % svc, digits=3))
    w.add(-31.2, prev, lambda d: logrus(d, "info", "Successfully saved file: /tmp/argo/outputs/artifacts/"
                                                 "geofences.json", digits=3))
    ctl = pod_labels("argo", w.rs("workflow-controller"), "workflow-controller", "rke2-agent-01")
    runs = [("invoice-export-%s" % "".join(w.pick(SAFE) for _ in range(5)), "export", "invoices.csv.gz"),
            ("pod-photo-archive-%d" % 29471112, "archive", "photos-2026-02-14.tar"),
            ("eta-backtest-%s" % "".join(w.pick(SAFE) for _ in range(5)), "score", "metrics.json")]
    first = True
    for k, (wf, step, art) in enumerate(runs):
        pod = "%s-%s-%d" % (wf, step, w.rng.randint(1000000000, 4200000000))
        WL = pod_labels(ns, pod, "wait", "rke2-agent-0%d" % (2 + k))
        t = 18.0 + k * 27.0 + w.rng.uniform(0, 6)
        key = "%s/%s/%s" % (wf, pod, art)
        w.add(t, WL, lambda d: logrus(d, "info", "Main container completed", digits=3, error="<nil>"))
        w.add(t + 0.05, WL, lambda d: logrus(d, "info", "Saving output artifacts", digits=3))
        w.add(t + 0.07, WL, (lambda kk: lambda d: logrus(
            d, "info", "Saving from /tmp/argo/outputs/artifacts/%s to s3 (endpoint: %s, bucket: argo-artifacts, "
            "key: %s)" % (kk.split("/")[-1], svc, kk), digits=3))(key))
        put = 'Put "http://%s/argo-artifacts/%s": dial tcp %s:9000: connect: connection refused' % (svc, key, ip)
        for j in range(3):
            w.add(t + 0.08 + (2 ** j - 1) * 1.0, WL, (lambda p_: lambda d: logrus(
                d, "warning", "Transient error: %s" % p_, digits=3))(put))
        w.add(t + 9.3, WL, (lambda p_: lambda d: logrus(d, "error", "executor error: failed to put file: %s" % p_,
                                                         digits=3))(put), ev=first)
        w.add(t + 9.6, ctl, (lambda wf_, p_: lambda d: logrus(
            d, "info", "node changed", digits=3, namespace=ns, workflow=wf_,
            **{"new.message": "failed to put file: %s" % p_, "new.phase": "Error", "old.phase": "Running"}))(wf, put),
            ev=first)
        first = False
    srv = pod_labels("argo", w.rs("argo-server"), "argo-server", "rke2-agent-01")
    w.add(61.0, srv, lambda d: logrus(d, "error", "Artifact Server returned internal error", digits=0,
                                      error='Get "http://%s/argo-artifacts/?location=": dial tcp %s:9000: connect: '
                                            'connection refused' % (svc, ip)))
    w.add(93.0, srv, lambda d: logrus(d, "error", "Artifact Server returned internal error", digits=0,
                                      error='Get "http://%s/argo-artifacts/?location=": dial tcp %s:9000: connect: '
                                            'connection refused' % (svc, ip)))
    w.spread(0, 110, 8, ctl, lambda rg, d: logrus(d, "info", "Processing workflow", digits=3, Phase="Running",
                                                    ResourceVersion=str(rg.randint(9120000, 9129999)), namespace=ns,
                                                    workflow=runs[rg.randrange(3)][0]))
    ing = pod_labels("kube-system", w.rand5("rke2-ingress-nginx-controller"), "rke2-ingress-nginx-controller",
                     "rke2-agent-01")
    w.spread(0, 110, 7, ing, lambda rg, d: '10.20.8.%d - - [%s +0000] "GET /api/v1/workflows/%s HTTP/1.1" 200 %d '
             '"-" "Mozilla/5.0" %d 0.%03d [argo-argo-server-2746] [] 10.42.1.%d:2746 %d 0.%03d 200 %s'
             % (rg.randint(2, 250), d.strftime("%d/%b/%Y:%H:%M:%S"), ns, rg.randint(2000, 40000),
                rg.randint(400, 700), rg.randint(5, 90), rg.randint(2, 250), rg.randint(2000, 40000),
                rg.randint(5, 90), w.hexid(32)))
    return record(
        w, "Why are tonight's workflows ending in Error after their main step succeeded?",
        {"namespace": ns}, "ERROR", "connection_refused", "minio",
        "The artifact-repository MinIO in argo-artifacts was scaled to 0 replicas; with no endpoints behind "
        "minio.argo-artifacts.svc the Argo wait containers get 'connect: connection refused' on every artifact "
        "upload and the workflows fail.",
        "Every workflow step that saves an output artifact fails with connection refused to MinIO, so workflows end "
        "in Error although their main containers completed; the artifact UI also fails.",
        "Scale the minio Deployment back to 1 (and find out who scaled it down), then retry the failed workflows.",
        "Artifact MinIO scaled to 0; Argo wait containers get connection refused uploading artifacts.")


def s_osrm_slow():
    """Talos: route-planner's distance-matrix calls to OSRM take 9-14 s and hit the 10 s client timeout."""
    w = Win("osrm-slow", (2026, 2, 20, 9, 13, 50), events="logfmt")
    ns = "routing"
    nodes = ["talos-w-04", "talos-w-05"]
    obase = w.rs("osrm-backend").rsplit("-", 1)[0]
    osrm = [pod_labels(ns, obase + "-" + w.rand5("x")[2:], "osrm-backend", nodes[i]) for i in range(2)]
    rp = w.rs("route-planner")
    RL = pod_labels(ns, rp, "route-planner", "talos-w-02")
    rip = "10.244.2.41"

    def osrm_line(d, dur, path, ip=rip, ua="python-httpx/0.27.0"):
        return "[info] %s %.1fms %s - %s 200 %s" % (d.strftime("%d-%m-%Y %H:%M:%S"), dur, ip, ua, path)
    t = 2.0
    k = 0
    while t < 120:
        k += 1
        plan = "PLN-%d" % w.rng.randint(300000, 399999)
        ncoord = w.rng.randint(160, 230)
        dur = w.rng.uniform(9200, 14800)
        i = w.rng.randrange(2)
        w.add(t, RL, (lambda p_, n_: lambda d: pylog(d, "INFO", "planner.matrix",
                                                     "plan %s: requesting %dx%d duration matrix from osrm-backend"
                                                     % (p_, n_, n_)))(plan, ncoord))
        if dur > 10000:
            w.add(t + 10.0, RL, (lambda p_: lambda d: pylog(
                d, "ERROR", "planner.matrix", "plan %s: distance matrix request failed after 10.0s: httpx.ReadTimeout: "
                "timed out (GET http://osrm-backend.routing.svc.cluster.local:5000/table/v1/driving/...)" % p_))(plan),
                ev=(k in (1, 3)))
            w.add(t + 10.02, RL, uvicorn_access("10.244.0.17", w.rng.randint(30000, 60000), "POST", "/v1/plans", 504))
        else:
            w.add(t + dur / 1000 + 0.01, RL, (lambda p_, du: lambda d: pylog(
                d, "INFO", "planner.matrix", "plan %s: matrix ok in %.1fs" % (p_, du)))(plan, dur / 1000))
            w.add(t + dur / 1000 + 0.4, RL, uvicorn_access("10.244.0.17", w.rng.randint(30000, 60000), "POST",
                                                           "/v1/plans", 201))
        w.add(t + dur / 1000, osrm[i], (lambda du, n_: lambda d: osrm_line(
            d, du, "/table/v1/driving/%s?annotations=duration" % ";".join(
                "%.5f,%.5f" % (9.9 + j * 0.01, 53.5 + j * 0.003) for j in range(3)) + ";...(%d coordinates)" % n_))(dur, ncoord),
            ev=(k == 1))
        t += w.rng.uniform(11, 17)

    def small(rg, d):
        i = rg.randrange(2)
        return (osrm[i], osrm_line(d, rg.uniform(0.6, 4.0), "/route/v1/driving/%.5f,%.5f;%.5f,%.5f?overview=false"
                                   % (rg.uniform(9.8, 10.2), rg.uniform(53.4, 53.7), rg.uniform(9.8, 10.2),
                                      rg.uniform(53.4, 53.7)), ip="10.244.%d.%d" % (rg.randint(0, 5), rg.randint(2, 250)),
                                   ua="Go-http-client/1.1"))
    w.spread(0, 125, 10, None, small)
    eta = pod_labels("fleet", w.rs("eta-predictor"), "eta-predictor", nodes[0])
    w.spread(0, 125, 5, eta, lambda rg, d: uvicorn_access("10.244.1.%d" % rg.randint(2, 250), rg.randint(30000, 60000),
                                                            "GET", "/v1/eta/TRK-%d" % rg.randint(1000, 4999), 200))
    return record(
        w, "Why do large tour plans fail with 504 since this morning?",
        {"namespace": ns}, "ERROR", "timeout", "osrm-backend",
        "osrm-backend answers the large /table (distance-matrix) requests for 160-230 coordinates in 9-15 s, longer "
        "than route-planner's 10 s httpx read timeout, so most plan requests time out.",
        "route-planner's distance-matrix calls to OSRM hit httpx.ReadTimeout and plans return 504; OSRM itself is up "
        "(small /route requests take milliseconds) but slow on the big matrices.",
        "Split the matrix into smaller tiles or raise the client timeout for /table; scale or add threads to "
        "osrm-backend for the larger tours.",
        "OSRM distance-matrix requests take 9-15 s; route-planner's 10 s read timeout fires, plans return 504.")


def s_inventory_grpc_deadline():
    """OpenShift: wms-inventory gRPC handlers slow for ~40 s; hub-sorter hits 2 s deadlines, then recovers."""
    w = Win("inventory-grpc-deadline", (2026, 2, 15, 11, 47, 20), events="json")
    ns = "wms"
    ib = w.rs("wms-inventory").rsplit("-", 1)[0]
    inv = [pod_labels(ns, ib + "-" + w.rand5("x")[2:], "wms-inventory", "ocp-prod-x7k2m-worker-a-%s" % n)
           for n in ("9wd2h", "kk4f7")]
    hs = pod_labels(ns, w.rs("hub-sorter"), "hub-sorter", "ocp-prod-x7k2m-worker-c-tt8lm")

    def grpc_line(d, code, ms_, method="ReserveStock"):
        return jdump({"level": "info" if code == "OK" else "warn", "ts": round(epoch(d), 3),
                      "caller": "logging/logging.go:112", "msg": "finished unary call with code %s" % code,
                      "grpc.start_time": iso(d - timedelta(milliseconds=ms_), 3), "system": "grpc",
                      "span.kind": "server", "grpc.service": "inventory.v1.StockService", "grpc.method": method,
                      "grpc.code": code, "grpc.time_ms": round(ms_, 3)})
    slow_a, slow_b = 25.0, 68.0
    w.add(slow_a - 1.5, inv[0], lambda d: zap(d, "info", "recount/job.go:58", "cycle-count reconciliation started",
                                              site="HAM-DC1", locations=212408))
    w.add(slow_a - 1.4, inv[1], lambda d: zap(d, "info", "recount/job.go:58", "cycle-count reconciliation started",
                                              site="HAM-DC1", locations=212408))
    w.add(slow_b + 1.0, inv[0], lambda d: zap(d, "info", "recount/job.go:97", "cycle-count reconciliation finished",
                                              site="HAM-DC1", adjusted=311, took="45.2s"))

    def traffic(rg, d):
        i = rg.randrange(2)
        tsec = (d - w.t0).total_seconds()
        if slow_a < tsec < slow_b:
            dur = rg.uniform(1900, 3200)
            code = "DeadlineExceeded" if dur > 2000 else "OK"
        else:
            dur = rg.uniform(4, 25)
            code = "OK"
        return inv[i], grpc_line(d, code, dur, rg.choice(["ReserveStock", "ReserveStock", "GetStock"]))
    w.spread(0, 110, 22, None, traffic)
    n = [0]
    w.ev(slow_a + 3.7, inv[1], lambda d: grpc_line(d, "DeadlineExceeded", 2004.6))
    for k, t in enumerate(sorted(w.rng.uniform(slow_a + 2, slow_b - 5.5) for _ in range(8))):
        tote = "T-%d" % w.rng.randint(100000, 999999)
        w.add(t, hs, (lambda tt: lambda d: "%s.%s [vert.x-eventloop-thread-%d] WARN  c.a.l.hub.InventoryClient - "
                      "ReserveStock failed for tote %s: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline "
                      "exceeded after 1.999%06ds. [closed=[], open=[[buffered_nanos=%d, remote_addr=wms-inventory."
                      "wms.svc/172.30.12.44:9090]]]" % (d.strftime("%H:%M:%S"), ms(d), w.rng.randint(0, 3), tt,
                                                       w.rng.randint(0, 999999), w.rng.randint(180000, 400000)))(tote),
              ev=(k in (0, 4)))
        if k % 3 == 1:
            w.add(t + 0.002, hs, (lambda tt: lambda d: "%s.%s [vert.x-eventloop-thread-1] INFO  c.a.l.hub.SortPlanner "
                                  "- tote %s diverted to recirculation lane R2 (retry in 30s)"
                                  % (d.strftime("%H:%M:%S"), ms(d), tt))(tote))
    w.add(slow_b - 5.0, hs, lambda d: "%s.%s [vert.x-eventloop-thread-2] WARN  c.a.l.hub.InventoryClient - circuit "
                                      "'inventory' OPEN (failure rate 62.5%% over last 16 calls)"
          % (d.strftime("%H:%M:%S"), ms(d)), ev=True)
    w.add(slow_b + 26.0, hs, lambda d: "%s.%s [vert.x-eventloop-thread-2] INFO  c.a.l.hub.InventoryClient - circuit "
                                       "'inventory' CLOSED after 5 successful trial calls" % (d.strftime("%H:%M:%S"), ms(d)))
    w.spread(0, 110, 6, hs, lambda rg, d: "%s.%s [vert.x-eventloop-thread-%d] INFO  c.a.l.hub.SortPlanner - tote T-%d "
             "-> chute C%02d (%d items)" % (d.strftime("%H:%M:%S"), ms(d), rg.randint(0, 3), rg.randint(100000, 999999),
                                         rg.randint(1, 48), rg.randint(1, 30)))
    router = pod_labels("openshift-ingress", w.rs("router-default"), "router", "ocp-prod-x7k2m-worker-a-9wd2h")
    w.spread(0, 110, 4, router, lambda rg, d: "I%s.%06d       1 router.go:%d] router \"msg\"=\"router reloaded\" "
             "\"output\"=\" - Checking http://localhost:80 using PROXY protocol ...\\n - Health check ok : 0 retry "
             "attempt(s).\\n\"" % (d.strftime("%m%d %H:%M:%S"), d.microsecond, rg.choice([618, 669])))
    return record(
        w, "Why did parcels go to the recirculation lane around 11:48?",
        {"namespace": ns}, "WARN", "timeout", "wms-inventory",
        "While a cycle-count reconciliation ran on wms-inventory, its ReserveStock gRPC calls took 2-3 s, beyond "
        "hub-sorter's 2 s deadline; hub-sorter got DEADLINE_EXCEEDED, opened its circuit and recirculated totes.",
        "A ~45 s latency spike in wms-inventory caused gRPC deadline-exceeded errors in hub-sorter; latency and the "
        "circuit breaker returned to normal when the reconciliation finished.",
        "Optional: schedule the cycle-count reconciliation off-peak or run it with lower priority/concurrency.",
        "wms-inventory slow during a reconciliation; hub-sorter gRPC DEADLINE_EXCEEDED for ~45 s, then recovered.")


def s_hivemq_cert_expired():
    """OpenShift: HiveMQ TLS listener certificate expires at midnight; all TLS clients fail to connect."""
    w = Win("hivemq-cert-expired", (2026, 2, 28, 23, 59, 31), events="json")
    ns = "mqtt"
    hms = [pod_labels(ns, "hivemq-%d" % i, "hivemq", "ocp-prod-x7k2m-worker-%s" % n)
           for i, n in enumerate(("b-4qzrl", "c-tt8lm", "a-kk4f7"))]
    br = pod_labels("fleet-ingest", w.rs("telemetry-bridge"), "telemetry-bridge", "ocp-prod-x7k2m-worker-b-8j2vd")
    mid = 29.0 - w.t0.microsecond / 1e6  # seconds until 00:00:00

    def hm(d, lvl, msg):
        return "%s,%s %-5s - %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, msg)

    def before(rg, d):
        return (hms[rg.randrange(3)], hm(d, "INFO", "Client ID: trk-gw-%04d, IP: 10.%d.%d.%d connected."
                                        % (rg.randint(1, 9999), rg.choice([128, 129, 130]), rg.randint(0, 3),
                                           rg.randint(2, 250))))
    w.spread(0, mid, 7, None, before)
    exp = "2026-02-28T23:59:59Z"
    n = [0]

    def after(rg, d):
        n[0] += 1
        return (hms[rg.randrange(3)], hm(d, "WARN", "SSL Handshake failed for client with IP 10.%d.%d.%d: Received fatal "
                                        "alert: certificate_expired" % (rg.choice([128, 129, 130]), rg.randint(0, 3),
                                                                         rg.randint(2, 250))))
    w.ev(mid + 2.314, hms[0], lambda d: hm(d, "WARN", "SSL Handshake failed for client with IP 10.129.2.77: Received "
                                                  "fatal alert: certificate_expired"))
    w.spread(mid + 0.5, 118, 12, None, after)
    for k, t in enumerate((mid + 3.271, mid + 18.517, mid + 49.733, mid + 81.129)):
        w.add(t, br, (lambda kk: lambda d: zap(
            d, "error", "mqtt/conn.go:94", "mqtt connect failed", broker="ssl://hivemq.mqtt.svc.cluster.local:8883",
            attempt=kk + 1,
            error="tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current "
                  "time %s is after %s" % (iso(d, 0), exp)))(k), ev=(k == 0))
    w.add(mid + 0.846, br, lambda d: zap(d, "warn", "mqtt/conn.go:71", "connection lost, reconnecting",
                                       error="EOF", broker="ssl://hivemq.mqtt.svc.cluster.local:8883"))
    w.spread(0, mid, 3, br, lambda rg, d: zap(d, "info", "bridge/forward.go:52", "forwarded batch",
                                                messages=rg.randint(800, 2400), topic="fleet/v1/trucks/+/gps"))
    w.add(mid + 60.412, hms[1], lambda d: hm(d, "INFO", "Number of connected clients: 214 (was 4183 one minute ago)"))
    w.spread(mid, 118, 3, br, lambda rg, d: zap(d, "warn", "bridge/forward.go:77", "no messages forwarded",
                                                  since_s=int((d - w.t0).total_seconds() - mid)))
    mon = pod_labels("openshift-monitoring", "prometheus-k8s-0", "prometheus", "ocp-prod-x7k2m-infra-0-bq7xz")
    w.spread(0, 118, 2, mon, lambda rg, d:
             'ts=%s caller=compact.go:%d level=info component=tsdb msg="write block" mint=%d maxt=%d duration=%.3fs'
             % (iso(d, 3), rg.choice([576, 580]), 1772323200000 - 7200000, 1772323200000, rg.uniform(0.8, 2.4)))
    return record(
        w, "Why did all trucks drop off MQTT at midnight?",
        {"namespace": ns}, "ERROR", "tls_certificate", "hivemq",
        "The server certificate of HiveMQ's TLS listener (8883) expired at 2026-02-28T23:59:59Z; from midnight every "
        "TLS client rejects it (x509: certificate has expired) and handshakes fail with certificate_expired.",
        "No MQTT client can connect over TLS since 00:00; connected clients fell from ~4200 to ~200 and "
        "telemetry-bridge forwards nothing.",
        "Replace the hivemq TLS secret with a renewed certificate and restart/reload the listener; put the "
        "certificate under cert-manager with expiry alerts.",
        "HiveMQ listener certificate expires at midnight; clients fail x509 verification, broker keeps running.")


def s_volcano_webhook_ca():
    """kubeadm: Volcano upgrade regenerated the admission cert but the webhook caBundle is stale."""
    w = Win("volcano-webhook-ca", (2026, 2, 21, 10, 1, 58), events="logfmt")
    api = pod_labels("kube-system", "kube-apiserver-k8s-cp-01", "kube-apiserver", "k8s-cp-01")
    adm = pod_labels("volcano-system", w.rs("volcano-admission"), "admission", "k8s-cp-02")
    ctl = pod_labels("volcano-system", w.rs("volcano-controllers"), "volcano-controllers", "k8s-cp-01")
    ns = "batch-ml"
    url = "https://volcano-admission-service.volcano-system.svc:443/pods/mutate?timeout=10s"
    x509 = ('tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of '
            '"crypto/rsa: verification error" while trying to verify candidate authority certificate '
            '"self-signed-k8s-cert")')
    w.add(0.0, adm, lambda d: klog(d, "I", "main.go:61", '"volcano-admission started" version="v1.10.0" '
                                                        'tlsCertFile="/admission.local.config/certificates/tls.crt"'))
    w.add(0.01, adm, lambda d: klog(d, "I", "server.go:78", '"Loaded serving certificate" '
                                                         'subject="CN=volcano-admission-service.volcano-system.svc" '
                                                         'notBefore="2026-02-21T09:58:40Z" issuer="CN=self-signed-k8s-cert"'))
    jobs = ["depot-kpi-train", "demand-forecast-eval", "tour-sim-%d" % w.rng.randint(100, 999)]
    first = True
    t = 6.0
    for r_ in range(3):
        for j in jobs:
            t += w.rng.uniform(3.5, 9.0)
            pod = "%s-%s-0" % (j, "worker" if "train" in j else "task")
            w.add(t, api, (lambda d: klog(d, "W", "dispatcher.go:225",
                                          'Failed calling webhook, failing closed mutatepod.volcano.sh: failed calling '
                                          'webhook "mutatepod.volcano.sh": failed to call webhook: Post "%s": %s'
                                          % (url, x509), pid=1)), ev=first)
            w.add(t + 0.003, adm, lambda d: "%s http: TLS handshake error from 10.244.0.1:%d: remote error: tls: bad "
                                            "certificate" % (d.strftime("%Y/%m/%d %H:%M:%S"), w.rng.randint(30000, 60000)),
                  ev=first)
            w.add(t + 0.01, ctl, (lambda p_: lambda d: klog(
                d, "E", "job_controller_actions.go:431", '"Failed to create pod" err="Internal error occurred: failed '
                'calling webhook \\"mutatepod.volcano.sh\\": failed to call webhook: Post \\"%s\\": %s" pod="%s/%s"'
                % (url, x509.replace('"', '\\"'), ns, p_)))(pod))
            if r_ == 0:
                w.event(t + 0.02, ns, "Warning", "FailedCreate", "Job", j,
                        "Failed to create pod %s, err: Internal error occurred: failed calling webhook "
                        "\"mutatepod.volcano.sh\": failed to call webhook: Post \"%s\": %s" % (pod, url, x509),
                        source="vc-controller-manager", ev=first)
            first = False
    spk = pod_labels("spark-jobs", w.rs("spark-operator-controller"), "spark-operator-controller", "k8s-w-02")
    w.spread(0, t, 4, spk, lambda rg, d: klog(d, "I", "controller.go:%d" % rg.choice([221, 305]),
                                                '"Reconciled SparkApplication" name="yard-occupancy-%d" state="RUNNING"'
                                                % rg.randint(10, 99)))
    sch = pod_labels("volcano-system", w.rs("volcano-scheduler"), "volcano-scheduler", "k8s-cp-02")
    w.spread(0, t, 6, sch, lambda rg, d: klog(d, "I", "scheduler.go:%d" % rg.choice([96, 114]),
                                                '"Start scheduling ..."' if rg.random() < .5 else
                                                '"End scheduling ..." elapsed="%.3fms"' % rg.uniform(1, 5)))
    w.spread(0, t, 3, api, lambda rg, d: klog(d, "I", "alloc.go:%d" % rg.choice([330, 331]),
                                                '"allocated clusterIPs" service="batch-ml/tour-sim-%d-svc" '
                                                'clusterIPs={"IPv4":"10.96.%d.%d"}' % (rg.randint(100, 999),
                                                                                       rg.randint(0, 255),
                                                                                       rg.randint(1, 254))))
    return record(
        w, "Why can no Volcano job create pods since the Volcano upgrade?",
        {"namespace": "volcano-system"}, "ERROR", "tls_certificate", "volcano-admission",
        "The upgrade regenerated volcano-admission's serving certificate, but the mutating webhook's caBundle still "
        "holds the old CA; the API server cannot verify the webhook (x509: certificate signed by unknown authority) "
        "and, failing closed, rejects every pod the Volcano job controller creates.",
        "All Volcano job pod creations fail with an admission-webhook TLS error; volcano-admission sees bad-certificate "
        "handshakes. Non-Volcano workloads are unaffected.",
        "Re-run the admission cert/init job or patch the MutatingWebhookConfiguration caBundle with the new CA, then "
        "let the job controller retry.",
        "Volcano admission webhook caBundle stale after upgrade: x509 unknown authority, pod creation rejected.")


def s_externaldns_accessdenied():
    """EKS: ExternalDNS IRSA role lost Route 53 write permission; new hostname never published."""
    w = Win("externaldns-accessdenied", (2026, 2, 16, 7, 30, 2), events="json")
    ed = pod_labels("external-dns", w.rs("external-dns"), "external-dns", "ip-10-0-12-9.eu-central-1.compute.internal")
    zone = "Z04512873KD2J8PQWX1E"
    role = "arn:aws:sts::412345678901:assumed-role/eks-prod-external-dns/%d" % w.rng.randint(10**18, 9 * 10**18)
    host = "carrier-portal.acme-logistics.example"
    first = True
    for k in range(2):
        t = 3.0 + 60.0 * k + w.rng.uniform(0, 0.4)
        w.add(t, ed, lambda d: logrus(d, "info", "Applying provider record filter for domains: [acme-logistics.example. "
                                               ".acme-logistics.example.]"))
        w.add(t + 0.61, ed, lambda d: logrus(d, "info", "Desired change: CREATE %s A" % host, profile="default",
                                             zoneID="/hostedzone/%s" % zone, zoneName="acme-logistics.example."))
        w.add(t + 0.62, ed, lambda d: logrus(d, "info", "Desired change: CREATE a-%s TXT" % host, profile="default",
                                             zoneID="/hostedzone/%s" % zone, zoneName="acme-logistics.example."))
        w.add(t + 0.63, ed, lambda d: logrus(d, "info", "Desired change: CREATE %s TXT" % host, profile="default",
                                             zoneID="/hostedzone/%s" % zone, zoneName="acme-logistics.example."))
        w.add(t + 0.91, ed, lambda d: logrus(
            d, "error", "Failure in zone acme-logistics.example. when submitting change batch: operation error "
            "Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: %s, api error "
            "AccessDenied: User: %s is not authorized to perform: route53:ChangeResourceRecordSets on resource: "
            "arn:aws:route53:::hostedzone/%s because no identity-based policy allows the "
            "route53:ChangeResourceRecordSets action" % (w.uid(), role, zone), profile="default",
            zoneName="acme-logistics.example."), ev=first)
        w.add(t + 0.92, ed, lambda d: logrus(d, "error", "failed to submit all changes for the following zones: "
                                                       "[/hostedzone/%s]" % zone), ev=first)
        first = False
    lbc = pod_labels("kube-system", w.rs("aws-load-balancer-controller"), "aws-load-balancer-controller",
                     "ip-10-0-33-71.eu-central-1.compute.internal")
    w.add(0.4, lbc, lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controllers.ingress",
                                     "msg": "successfully deployed model", "ingressGroup": "portal/carrier-portal"}))
    bb = pod_labels("monitoring", w.rs("blackbox-exporter"), "blackbox-exporter",
                    "ip-10-0-48-122.eu-central-1.compute.internal")
    for t in (15.0, 45.0, 75.0, 105.0):
        w.add(t + w.rng.uniform(0, 1), bb, lambda d: 'ts=%s caller=handler.go:119 module=http_2xx target=https://%s/'
                                                     'healthz level=error msg="Error resolving address" err="lookup %s on '
                                                     '172.20.0.10:53: no such host"' % (iso(d, 3), host, host))
    w.spread(0, 120, 4, bb, lambda rg, d: 'ts=%s caller=handler.go:119 module=http_2xx target=https://tracking.acme-'
             'logistics.example/healthz level=info msg="Probe succeeded" duration_seconds=%.6f'
             % (iso(d, 3), rg.uniform(0.02, 0.09)))
    cp = pod_labels("portal", w.rs("carrier-portal"), "carrier-portal", "ip-10-0-33-71.eu-central-1.compute.internal")
    w.spread(0, 120, 5, cp, lambda rg, d: '{"time":"%s","level":"INFO","msg":"request","method":"GET","path":"/healthz",'
             '"status":200,"remote":"10.0.%d.%d","ua":"ELB-HealthChecker/2.0"}' % (iso(d, 3), rg.randint(10, 60),
                                                                                  rg.randint(2, 250)))
    dns = pod_labels("kube-system", w.rs("coredns"), "coredns", "ip-10-0-12-9.eu-central-1.compute.internal")
    w.spread(0, 120, 3, dns, lambda rg, d: '[INFO] 10.0.48.%d:%d - %d "A IN %s. udp 52 false 1232" NXDOMAIN qr,rd,ra '
             '145 0.0%02ds' % (rg.randint(2, 250), rg.randint(30000, 60000), rg.randint(1000, 65000), host,
                               rg.randint(10, 40)))
    return record(
        w, "Why does carrier-portal.acme-logistics.example not resolve although the ingress is deployed?",
        {"namespace": "external-dns"}, "ERROR", "auth_failure", "external-dns",
        "ExternalDNS's IRSA role (eks-prod-external-dns) is no longer allowed route53:ChangeResourceRecordSets on the "
        "hosted zone; every change batch is rejected with 403 AccessDenied, so the new A/TXT records are never "
        "created and the hostname returns NXDOMAIN.",
        "ExternalDNS keeps planning the CREATE for carrier-portal but Route 53 denies the write; probes of the new "
        "hostname fail with 'no such host' while the ALB itself is healthy.",
        "Restore route53:ChangeResourceRecordSets (and ListResourceRecordSets) for the hosted zone in the ExternalDNS "
        "IAM policy; the next sync will create the records.",
        "ExternalDNS gets 403 AccessDenied from Route 53; the new hostname stays NXDOMAIN (looks like a DNS issue).")


def s_airflow_rbac_forbidden():
    """GKE: after a chart upgrade the scheduler SA may no longer create pods in the task namespace."""
    w = Win("airflow-rbac-forbidden", (2026, 2, 22, 6, 0, 1), events="logfmt")
    ns = "airflow"
    sch = pod_labels(ns, w.rs("airflow-scheduler"), "scheduler", "gke-logi-prod-default-pool-0b7d3e91-lc5h")
    msg403 = ('pods is forbidden: User "system:serviceaccount:airflow:airflow-scheduler" cannot create resource '
              '"pods" in API group "" in the namespace "airflow-tasks"')
    tasks = [("depot_kpi_daily", "extract_scans"), ("depot_kpi_daily", "extract_dwell"),
             ("carrier_invoice_reconcile", "load_invoices")]
    run = "scheduled__2026-02-21T06:00:00+00:00"
    w.add(3.0, sch, lambda d: airflow(d, "scheduler_job_runner.py:424", "INFO", "3 tasks up for execution:"))
    for i, (dag, task) in enumerate(tasks):
        w.add(3.001 + i * 0.001, sch, (lambda dg, tk: lambda d: airflow(
            d, "scheduler_job_runner.py:424", "INFO", "\t<TaskInstance: %s.%s %s [scheduled]>" % (dg, tk, run)))(dag, task))
    first = True
    t = 3.4
    for i, (dag, task) in enumerate(tasks):
        key = ("TaskInstanceKey(dag_id='%s', task_id='%s', run_id='%s', try_number=1, map_index=-1)"
               % (dag, task, run))
        podname = "%s-%s-%s" % (dag.replace("_", "-"), task.replace("_", "-"), w.hexid(8))
        w.add(t, sch, (lambda k_: lambda d: airflow(d, "kubernetes_executor.py:342", "INFO",
                                                   "Add task %s with command ['airflow', 'tasks', 'run', ...]" % k_))(key))
        w.add(t + 0.2, sch, (lambda p_: lambda d: airflow(
            d, "kubernetes_executor_utils.py:425", "ERROR",
            "Exception when attempting to create Namespaced Pod: {'apiVersion': 'v1', 'kind': 'Pod', 'metadata': "
            "{'name': '%s', 'namespace': 'airflow-tasks', 'labels': {'airflow-worker': '412', 'kubernetes_executor': "
            "'True'}}, 'spec': {...}}" % p_))(podname))
        if first:
            w.add(t + 0.201, sch, "Traceback (most recent call last):")
            w.add(t + 0.202, sch, '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/cncf/'
                                  'kubernetes/executors/kubernetes_executor_utils.py", line 420, in run_pod_async')
            w.add(t + 0.203, sch, "kubernetes.client.exceptions.ApiException: (403)")
            w.add(t + 0.204, sch, "Reason: Forbidden", ev=True)
            w.add(t + 0.205, sch, lambda d: 'HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},'
                                            '"status":"Failure","message":"%s","reason":"Forbidden","details":'
                                            '{"kind":"pods"},"code":403}' % msg403.replace('"', '\\"'), ev=True)
        w.add(t + 0.3, sch, (lambda k_: lambda d: airflow(
            d, "kubernetes_executor.py:401", "ERROR", "Pod creation failed with reason 'Forbidden'. Failing task %s"
            % k_))(key), ev=first)
        w.add(t + 1.4, sch, (lambda dg, tk: lambda d: airflow(
            d, "scheduler_job_runner.py:797", "ERROR",
            "Executor reports task instance <TaskInstance: %s.%s %s [queued]> finished (failed) although the task "
            "says it's queued. (Info: None) Was the task killed externally?" % (dg, tk, run)))(dag, task))
        first = False
        t += w.rng.uniform(0.5, 1.5)
    w.add(t + 2.0, sch, lambda d: airflow(d, "taskinstance.py:1206", "INFO",
                                          "Marking task as UP_FOR_RETRY. dag_id=depot_kpi_daily, task_id=extract_scans, "
                                          "run_id=%s, execution_date=20260221T060000, start_date=, end_date=%s"
                                          % (run, d.strftime("%Y%m%dT%H%M%S"))))
    w.add(65.0, sch, lambda d: airflow(d, "kubernetes_executor_utils.py:425", "ERROR",
                                       "Exception when attempting to create Namespaced Pod: {'apiVersion': 'v1', 'kind': "
                                       "'Pod', 'metadata': {'name': 'depot-kpi-daily-extract-scans-%s', 'namespace': "
                                       "'airflow-tasks', ...}}" % w.hexid(8)))
    w.add(65.1, sch, lambda d: airflow(d, "kubernetes_executor.py:401", "ERROR",
                                       "Pod creation failed with reason 'Forbidden'. Failing task TaskInstanceKey("
                                       "dag_id='depot_kpi_daily', task_id='extract_scans', run_id='%s', try_number=2, "
                                       "map_index=-1)" % run))
    w.spread(0, 80, 6, sch, lambda rg, d: airflow(d, "scheduler_job_runner.py:1621", "INFO",
                                                    "Adopting or resetting orphaned tasks for active dag runs")
             if rg.random() < 0.3 else airflow(d, "manager.py:%d" % 283, "INFO", "Processing files using up to 2 "
                                               "processes at a time "))
    web = pod_labels(ns, w.rs("airflow-webserver"), "webserver", "gke-logi-prod-default-pool-0b7d3e91-x2bd")
    w.spread(0, 80, 6, web, lambda rg, d: '10.8.%d.%d - - [%s +0000] "GET %s HTTP/1.1" 200 %d "-" "%s"'
             % (rg.randint(0, 3), rg.randint(2, 250), d.strftime("%d/%b/%Y:%H:%M:%S"),
                rg.choice(["/health", "/api/v1/dags/depot_kpi_daily/dagRuns", "/health"]), rg.randint(300, 4000),
                rg.choice(["kube-probe/1.29", "python-requests/2.31.0"])))
    trig = pod_labels(ns, "airflow-triggerer-0", "triggerer", "gke-logi-prod-default-pool-0b7d3e91-x2bd")
    w.spread(0, 80, 3, trig, lambda rg, d: airflow(d, "triggerer_job_runner.py:510", "INFO", "0 triggers currently "
                                                     "running"))
    return record(
        w, "Why did every 06:00 Airflow task fail without a log?",
        {"namespace": ns}, "ERROR", "auth_failure", "airflow-scheduler",
        "The KubernetesExecutor's service account airflow:airflow-scheduler is forbidden to create pods in the "
        "airflow-tasks namespace (403 Forbidden from the API server), so no task pod can be launched and tasks fail "
        "straight from queued.",
        "All scheduled tasks fail at pod creation with an RBAC 403; the scheduler, webserver and triggerer are "
        "otherwise healthy.",
        "Restore the Role/RoleBinding that lets airflow-scheduler create/watch/delete pods in airflow-tasks (e.g. "
        "set multiNamespaceMode / the chart's RBAC values), then clear the failed task instances.",
        "Airflow KubernetesExecutor: scheduler SA forbidden to create pods in the task namespace (RBAC 403).")


def s_dock_booking_secret_key():
    """AKS: new dock-booking release references a Secret key that does not exist -> CreateContainerConfigError."""
    w = Win("dock-booking-secret-key", (2026, 2, 20, 15, 44, 12), events="logfmt")
    ns = "wms"
    new = w.rs("dock-booking")
    oldb = w.rs("dock-booking").rsplit("-", 1)[0]
    olds = [oldb + "-" + w.rand5("x")[2:] for _ in range(2)]
    node = "aks-userpool-51902211-vmss000002"
    kubelet = journal(node, "kubelet.service")
    img = "acmelogistics.azurecr.io/wms/dock-booking:2.8.0"
    missing = "couldn't find key RabbitMq__Password in Secret wms/dock-booking-secrets"
    w.event(0.0, ns, "Normal", "ScalingReplicaSet", "Deployment", "dock-booking",
            "Scaled up replica set %s to 1" % new.rsplit("-", 1)[0], source="deployment-controller")
    w.event(0.3, ns, "Normal", "Scheduled", "Pod", new, "Successfully assigned %s/%s to %s" % (ns, new, node),
            source="default-scheduler")
    w.event(1.1, ns, "Normal", "Pulling", "Pod", new, 'Pulling image "%s"' % img, host=node)
    w.event(4.6, ns, "Normal", "Pulled", "Pod", new, 'Successfully pulled image "%s" in 3.412s (3.412s including '
            'waiting). Image size: 98412331 bytes.' % img, host=node)
    for k, t in enumerate((4.7, 6.2, 19.9, 33.4, 47.8, 61.3, 75.9, 90.2)):
        if k in (0, 3, 7):
            w.event(t, ns, "Warning", "Failed", "Pod", new, "Error: %s" % missing, host=node, count=k + 1,
                    ev=(k == 0))
        w.add(t + 0.002, kubelet, lambda d: klog(
            d, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
            '\\"dock-booking\\" with CreateContainerConfigError: \\"%s\\"" pod="%s/%s" podUID="%s"'
            % (missing, ns, new, "0f6c1e2a-9b7d-4c3e-8a5f-2d1b0c9e8f71"), pid=3120), ev=(k == 1))
        if k in (2, 5):
            w.event(t + 0.004, ns, "Normal", "Pulled", "Pod", new, 'Container image "%s" already present on machine'
                    % img, host=node, count=k)
    eso = pod_labels("external-secrets", w.rs("external-secrets"), "external-secrets",
                     "aks-system-20485113-vmss000001")
    w.add(30.0, eso, lambda d: jdump({"level": "info", "ts": round(epoch(d), 3), "logger": "controllers.ExternalSecret",
                                      "msg": "reconciled secret", "ExternalSecret": {"name": "dock-booking-secrets",
                                                                                      "namespace": ns},
                                      "keys": ["RABBITMQ_USER", "RABBITMQ_PASSWORD", "ConnectionStrings__Wms"]}),
          ev=True)

    def oldtraffic(rg, d):
        i = rg.randrange(2)
        return (pod_labels(ns, olds[i], "dock-booking", "aks-userpool-51902211-vmss00000%d" % (1 + 2 * i)),
                "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 %s "
                "http://dock-booking.wms.svc.cluster.local/api/v1/%s - %d %d application/json %.4fms"
                % (rg.choice(["GET", "GET", "POST"]),
                   rg.choice(["slots?dock=D%02d&date=2026-02-20" % rg.randint(1, 18), "bookings",
                              "bookings/BK-%d" % rg.randint(100000, 999999)]),
                   rg.choice([200, 200, 201]), rg.randint(200, 3000), rg.uniform(3, 40)))
    w.spread(0, 95, 14, None, oldtraffic)
    w.spread(0, 95, 3, pod_labels(ns, olds[0], "dock-booking", "aks-userpool-51902211-vmss000001"),
             lambda rg, d: "info: Wms.DockBooking.Messaging.SlotEventsPublisher[0] Published SlotReserved for "
                           "BK-%d to exchange dock.events" % rg.randint(100000, 999999))
    argo = pod_labels("argocd", "argocd-application-controller-0", "argocd-application-controller",
                      "aks-system-20485113-vmss000000")
    w.add(92.0, argo, lambda d: logrus(d, "info", "Updated health status: Progressing -> Degraded", digits=0,
                                       application="wms-dock-booking", dest_namespace=ns, reason="ResourceUpdated"))
    return record(
        w, "Why is dock-booking 2.8.0 not rolling out?",
        {"namespace": ns, "app": "dock-booking"}, "ERROR", "config_error", "dock-booking",
        "The 2.8.0 Deployment reads env RabbitMq__Password from Secret wms/dock-booking-secrets, but the synced Secret "
        "only has RABBITMQ_PASSWORD; kubelet cannot build the container config (CreateContainerConfigError), so the "
        "new pod never starts.",
        "The new dock-booking pod is stuck in CreateContainerConfigError on a missing Secret key; the old ReplicaSet "
        "keeps serving and the rollout is Degraded.",
        "Reference the existing key (RABBITMQ_PASSWORD) in the Deployment or add RabbitMq__Password to the "
        "ExternalSecret mapping, then let the rollout continue.",
        "New release references a Secret key that does not exist (CreateContainerConfigError); old pods still serve.")


def s_slurmctld_parse():
    """kubeadm HPC: a typo in slurm.conf (Stat= instead of State=) makes slurmctld exit on start; crash loop."""
    w = Win("slurmctld-parse", (2026, 2, 23, 11, 2, 7), events="logfmt")
    ns = "slurm"
    ctl = pod_labels(ns, "slurm-controller-0", "slurmctld", "k8s-w-08")
    line57 = ('NodeName=gpu-[0-3] CPUs=64 Boards=1 SocketsPerBoard=2 CoresPerSocket=16 ThreadsPerCore=2 '
              'RealMemory=515000 Gres=gpu:a100:4 Stat=UNKNOWN')
    op = pod_labels("slinky", w.rs("slurm-operator"), "manager", "k8s-w-01")
    w.add(0.0, op, lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controller.controller",
                                    "msg": "Configuration changed, restarting controller", "Controller":
                                        {"name": "slurm", "namespace": ns}, "configHash": w.hexid(16)}))

    def attempt(t, n, ev):
        w.event(t, ns, "Normal", "Started", "Pod", "slurm-controller-0", "Started container slurmctld",
                host="k8s-w-08", count=n)
        w.add(t + 0.21, ctl, "slurmctld: error: _parse_next_key: Parsing error at unrecognized key: Stat", ev=ev)
        w.add(t + 0.211, ctl, 'slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 57: "%s"' % line57,
              ev=ev)
        w.add(t + 0.212, ctl, "slurmctld: fatal: Unable to process configuration file", ev=ev)
    attempt(1.8, 4, True)
    w.event(3.0, ns, "Warning", "BackOff", "Pod", "slurm-controller-0",
            "Back-off restarting failed container slurmctld in pod slurm-controller-0_slurm(%s)" % w.uid(),
            host="k8s-w-08", count=7)
    attempt(44.6, 5, False)
    w.event(45.9, ns, "Warning", "BackOff", "Pod", "slurm-controller-0",
            "Back-off restarting failed container slurmctld in pod slurm-controller-0_slurm(%s)" % w.uid(),
            host="k8s-w-08", count=8, ev=True)
    for i in range(4):
        L = pod_labels(ns, "slurm-compute-gpu-%d" % i, "slurmd", "gpu-a100-0%d" % (i % 3 + 1))
        for t in (w.rng.uniform(5, 40), w.rng.uniform(60, 100)):
            w.add(t, L, "slurmd: error: Unable to register: Unable to contact slurm controller (connect failure)")
    login = pod_labels(ns, w.rs("slurm-login"), "login", "k8s-w-02")
    w.add(27.3, login, "sbatch: error: Batch job submission failed: Unable to contact slurm controller (connect "
                       "failure)")
    w.add(71.9, login, "squeue: error: Unable to contact slurm controller (connect failure)")
    db = pod_labels(ns, "slurm-accounting-0", "slurmdbd", "k8s-w-08")
    w.spread(0, 100, 3, db, lambda rg, d: "slurmdbd: debug:  REQUEST_PERSIST_INIT: CLUSTER:hpc-logistics VERSION:9984 "
             "UID:%d IP:10.244.3.%d CONN:%d" % (0, rg.randint(2, 250), rg.randint(7, 12)))
    ci = pod_labels("ci", w.rs("sim-dispatcher"), "sim-dispatcher", "k8s-w-03")
    w.spread(0, 100, 4, ci, lambda rg, d: pylog(d, "WARNING", "simdispatch.slurm",
                                                  "submit of tour-sim batch %d deferred: sbatch exit 1, retry in 60s"
                                                  % rg.randint(4000, 4999)))
    mysql = pod_labels(ns, "mariadb-0", "mariadb", "k8s-w-04")
    w.spread(0, 100, 2, mysql, lambda rg, d:
             "%s 0 [Note] InnoDB: Buffer pool(s) load completed at %s" % (d.strftime("%Y-%m-%d %H:%M:%S"),
                                                                         d.strftime("%y%m%d %H:%M:%S")))
    return record(
        w, "Why can nobody submit Slurm jobs this morning?",
        {"namespace": ns}, "CRITICAL", "config_error", "slurmctld",
        "The updated slurm.conf has a typo on line 57 ('Stat=UNKNOWN' instead of 'State=UNKNOWN'); slurmctld rejects "
        "the unknown key and exits with 'Unable to process configuration file' on every start.",
        "slurmctld is in CrashLoopBackOff because it cannot parse slurm.conf; slurmd nodes cannot register and sbatch "
        "/ squeue cannot reach the controller.",
        "Fix the NodeName line in the slurm.conf ConfigMap (State=UNKNOWN), validate with 'slurmctld -C'/'scontrol "
        "reconfigure' in staging, then restart the controller.",
        "slurm.conf typo (Stat=) makes slurmctld exit on start; compute nodes and sbatch see 'connect failure'.")


def s_airflow_worker_ephemeral():
    """EKS: a Celery worker writes a huge temp export and exceeds its 10Gi ephemeral-storage limit; evicted."""
    w = Win("airflow-worker-ephemeral", (2026, 2, 24, 3, 40, 15), events="json")
    ns = "airflow"
    node = "ip-10-0-54-17.eu-central-1.compute.internal"
    W1 = pod_labels(ns, "airflow-worker-1", "worker", node)
    W0 = pod_labels(ns, "airflow-worker-0", "worker", "ip-10-0-39-201.eu-central-1.compute.internal")
    kubelet = journal(node, "kubelet.service")
    sch = pod_labels(ns, w.rs("airflow-scheduler"), "scheduler", "ip-10-0-39-201.eu-central-1.compute.internal")
    tid = w.uid()
    run = "scheduled__2026-02-23T03:30:00+00:00"
    w.add(0.0, W1, lambda d: celery(d, "INFO", "MainProcess", "Task airflow.providers.celery.executors."
                                    "celery_executor_utils.execute_command[%s] received" % tid))
    w.add(0.1, W1, lambda d: celery(d, "INFO", "ForkPoolWorker-3", "[%s] Executing command in Celery: ['airflow', "
                                    "'tasks', 'run', 'carrier_invoice_reconcile', 'export_manifest', '%s', '--local', "
                                    "'--subdir', 'DAGS_FOLDER/carrier_invoice_reconcile.py']" % (tid, run)))
    w.add(2.7, W1, lambda d: celery(d, "INFO", "ForkPoolWorker-3", "Filling up the DagBag from "
                                    "/opt/airflow/dags/carrier_invoice_reconcile.py"))
    w.add(3.5, W1, lambda d: celery(d, "INFO", "ForkPoolWorker-3", "Running <TaskInstance: carrier_invoice_reconcile."
                                    "export_manifest %s [queued]> on host airflow-worker-1.airflow-worker.airflow.svc."
                                    "cluster.local" % run))
    w.add(71.3, kubelet, lambda d: klog(
        d, "W", "eviction_manager.go:458", '"Eviction manager: pod ephemeral storage usage exceeds the total limit of '
        'containers" pod="airflow/airflow-worker-1" usage="10443Mi" limit="10Gi"', pid=2890), ev=True)
    w.add(71.31, kubelet, lambda d: klog(d, "I", "eviction_manager.go:373", '"Eviction manager: evicting pod" '
                                                                          'pod="airflow/airflow-worker-1"', pid=2890))
    w.event(71.4, ns, "Warning", "Evicted", "Pod", "airflow-worker-1",
            "Pod ephemeral local storage usage exceeds the total limit of containers 10Gi. ", host=node, ev=True)
    w.event(71.45, ns, "Normal", "Killing", "Pod", "airflow-worker-1", "Stopping container worker", host=node)
    w.add(71.6, W1, lambda d: celery(d, "WARNING", "MainProcess", "worker: Warm shutdown (MainProcess)"))
    w.add(73.9, W1, lambda d: celery(d, "ERROR", "MainProcess", "Process 'ForkPoolWorker-3' pid:214 exited with "
                                     "'signal 15 (SIGTERM)'"), ev=True)
    w.add(74.2, W1, lambda d: celery(d, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker "
                                     "exited prematurely: signal 15 (SIGTERM) Job: 0.')"))
    w.add(80.5, sch, lambda d: airflow(d, "scheduler_job_runner.py:797", "ERROR",
                                       "Executor reports task instance <TaskInstance: carrier_invoice_reconcile."
                                       "export_manifest %s [running]> finished (failed) although the task says it's "
                                       "running. (Info: None) Was the task killed externally?" % run))
    w.event(81.0, ns, "Normal", "SuccessfulCreate", "StatefulSet", "airflow-worker",
            "create Pod airflow-worker-1 in StatefulSet airflow-worker successful", source="statefulset-controller")
    w.event(81.5, ns, "Normal", "Scheduled", "Pod", "airflow-worker-1",
            "Successfully assigned airflow/airflow-worker-1 to %s" % node, source="default-scheduler")
    w.spread(0, 70, 6, kubelet, lambda rg, d: klog(d, "I", "kubelet.go:2473",
                                                     '"SyncLoop (probe)" probe="liveness" status="" pod="airflow/airflow-'
                                                     'worker-%d"' % rg.randint(0, 1), pid=2890))

    def w0(rg, d):
        tid2 = w.uid()
        return W0, celery(d, "INFO", "ForkPoolWorker-%d" % rg.randint(1, 4),
                          "Task airflow.providers.celery.executors.celery_executor_utils.execute_command[%s] succeeded "
                          "in %.4fs: None" % (tid2, rg.uniform(4, 60)))
    w.spread(0, 90, 8, None, w0)
    w.spread(0, 90, 4, sch, lambda rg, d: airflow(d, "scheduler_job_runner.py:1621", "INFO",
                                                    "Adopting or resetting orphaned tasks for active dag runs")
             if rg.random() < 0.4 else airflow(d, "scheduler_job_runner.py:694", "INFO",
                                               "Received executor event with state success for task instance "
                                               "TaskInstanceKey(dag_id='depot_kpi_daily', task_id='aggregate_dwell', "
                                               "run_id='%s', try_number=1, map_index=-1)" % run))
    return record(
        w, "Why did export_manifest fail overnight with 'killed externally'?",
        {"namespace": ns}, "ERROR", "resource_exhausted", "airflow-worker",
        "While running export_manifest, airflow-worker-1 wrote more than its 10Gi ephemeral-storage limit of local "
        "temporary files; kubelet evicted the pod, the Celery worker was SIGTERMed and the running task was lost.",
        "airflow-worker-1 was evicted for exceeding its ephemeral-storage limit; the export task failed ('killed "
        "externally') and the StatefulSet recreated the worker.",
        "Stream the export to object storage or mount a scratch volume (generic ephemeral PVC) sized for it, or raise "
        "the ephemeral-storage limit; then rerun the task.",
        "Celery worker evicted for exceeding its ephemeral-storage limit mid-task; task reported 'killed externally'.")


def s_hikari_leak():
    """OpenShift: a code path leaks JDBC connections; HikariCP pool (20) exhausted while Postgres is idle."""
    w = Win("hikari-leak", (2026, 2, 17, 14, 21, 44), events="json")
    ns = "yard"
    app = "yard-management"
    pods = [w.rs(app)]
    pods.append(pods[0].rsplit("-", 1)[0] + "-" + w.rand5("x")[2:])
    L = [pod_labels(ns, p, app, "ocp-prod-x7k2m-worker-%s" % n) for p, n in zip(pods, ("b-8j2vd", "c-tt8lm"))]
    w.add(2.4, L[0], lambda d: boot(d, "WARN", app, "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                                    "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@5d3f1a2b "
                                    "on thread http-nio-8080-exec-14, stack trace follows"), ev=True)
    w.add(2.401, L[0], "java.lang.Exception: Apparent connection leak detected")
    w.add(2.402, L[0], "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)")
    w.add(2.403, L[0], "\tat c.a.l.yard.trailer.TrailerMoveExporter.exportMoves(TrailerMoveExporter.java:141)",
          ev=True)
    w.add(2.404, L[0], "\tat c.a.l.yard.trailer.TrailerMoveController.export(TrailerMoveController.java:58)")
    w.add(33.9, L[1], lambda d: boot(d, "WARN", app, "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                                     "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@1a7e44c0 "
                                     "on thread http-nio-8080-exec-3, stack trace follows"))
    w.add(33.901, L[1], "java.lang.Exception: Apparent connection leak detected")
    w.add(33.903, L[1], "\tat c.a.l.yard.trailer.TrailerMoveExporter.exportMoves(TrailerMoveExporter.java:141)")
    for k, t in enumerate(sorted(w.rng.uniform(50, 115) for _ in range(6))):
        i = k % 2
        thr = "http-nio-8080-exec-%d" % w.rng.randint(1, 40)
        w.add(t, L[i], (lambda th, kk: lambda d: boot(
            d, "ERROR", app, th, "o.h.engine.jdbc.spi.SqlExceptionHelper",
            "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, "
            "waiting=%d)" % (31 + kk * 4)))(thr, k), ev=(k == 0))
        if k % 2 == 0:
            w.add(t + 0.002, L[i], (lambda th: lambda d: boot(
                d, "ERROR", app, th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request "
                "processing failed: org.springframework.orm.jpa.JpaSystemException: Unable to acquire JDBC Connection "
                "[HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, "
                "idle=0, waiting=33)] [n/a]] with root cause"))(thr))

    def ok(rg, d):
        i = rg.randrange(2)
        tsec = (d - w.t0).total_seconds()
        return L[i], boot(d, "INFO", app, "http-nio-8080-exec-%d" % rg.randint(1, 40), "c.a.l.y.gate.GateEventListener",
                          "Gate event %s trailer=TR-%d gate=G%d site=HAM-DC1" %
                          (rg.choice(["CHECK_IN", "CHECK_OUT"]), rg.randint(10000, 99999), rg.randint(1, 6)))
    w.spread(0, 50, 6, None, ok)
    db = pod_labels(ns, "yard-db-instance1-7kq2-0", "database", "ocp-prod-x7k2m-worker-a-9wd2h")
    w.add(40.0, db, lambda d: pg(d, 61, "LOG", "checkpoint starting: time"))
    w.add(66.2, db, lambda d: pg(d, 61, "LOG", "checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, "
                                              "0 removed, 1 recycled; write=26.114 s, sync=0.004 s, total=26.131 s; "
                                              "sync files=41, longest=0.002 s, average=0.001 s; distance=3121 kB, "
                                              "estimate=3310 kB; lsn=2F/8A1C33E0, redo lsn=2F/89F1A118"))
    exp = pod_labels("yard", w.rs("postgres-exporter"), "exporter", "ocp-prod-x7k2m-worker-a-9wd2h")
    w.spread(0, 115, 3, exp, lambda rg, d: 'ts=%s caller=collector.go:%d level=info msg="collect" '
             'pg_stat_activity_count{state="idle in transaction"}=%d pg_stat_activity_count{state="active"}=%d '
             'max_connections=200' % (iso(d, 3), 183, rg.randint(36, 40), rg.randint(1, 3)))
    ui = pod_labels(ns, w.rs("yard-ui"), "yard-ui", "ocp-prod-x7k2m-worker-b-8j2vd")
    w.spread(45, 118, 4, ui, lambda rg, d: "%s.%s request_id=F%s [warning] yard-management GET /api/v1/trailers?site="
             "HAM-DC1 returned 500 after %dms" % (d.strftime("%H:%M:%S"), ms(d), w.hexid(12).upper(),
                                                  rg.randint(30004, 30060)))
    w.spread(0, 45, 3, ui, lambda rg, d: "%s.%s request_id=F%s [info] Sent 200 in %dms" %
             (d.strftime("%H:%M:%S"), ms(d), w.hexid(12).upper(), rg.randint(8, 60)))
    return record(
        w, "Why does the yard screen hang and then show errors?",
        {"namespace": ns, "app": app}, "ERROR", "resource_exhausted", app,
        "TrailerMoveExporter.exportMoves takes JDBC connections and never returns them (Hikari leak detection); the "
        "20-connection HikariCP pool of each yard-management pod is exhausted, so requests wait 30 s and fail, while "
        "PostgreSQL itself is far below max_connections.",
        "yard-management's connection pool is exhausted by leaked connections (active=20, idle=0, dozens waiting); "
        "API calls fail after 30 s with 500, the database is healthy.",
        "Close the connection in exportMoves (try-with-resources / use the managed transaction), restart the pods to "
        "free the pool, and keep leakDetectionThreshold enabled.",
        "HikariCP pool exhausted by a connection leak in an export path; DB healthy (pool, not database, is the limit).")


def s_ceph_osd_eio():
    """kubeadm Rook-Ceph: a disk returns medium errors; BlueStore aborts on EIO, OSD crash-loops, PGs degraded."""
    w = Win("ceph-osd-eio", (2026, 2, 25, 2, 11, 38), events="logfmt")
    ns = "rook-ceph"
    node = "stor-03"
    osd = pod_labels(ns, w.rs("rook-ceph-osd-7"), "osd", node)
    mon = pod_labels(ns, w.rs("rook-ceph-mon-a"), "mon", "stor-01")
    mgr = pod_labels(ns, w.rs("rook-ceph-mgr-a"), "mgr", "stor-02")
    kern = kernel(node)
    up = 4812200.0
    th = "7f" + w.hexid(10)

    def k(t, msg, ev=False):
        w.add(t, kern, lambda d: "[%.6f] %s" % (up + t, msg), ev=ev)
    k(10.20, "sd 2:0:3:0: [sdd] tag#412 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s")
    k(10.201, "sd 2:0:3:0: [sdd] tag#412 Sense Key : Medium Error [current]")
    k(10.202, "sd 2:0:3:0: [sdd] tag#412 Add. Sense: Unrecovered read error - auto reallocate failed")
    k(10.203, "critical medium error, dev sdd, sector 2930114560 op 0x0:(READ) flags 0x0 phys_seg 8 prio class 2",
      ev=True)
    w.add(10.21, osd, lambda d: ceph(d, th, -1, "bdev(0x55d0c4a8e000 /var/lib/ceph/osd/ceph-7/block) _aio_thread got "
                                               "r=-5 ((5) Input/output error)"))
    w.add(10.211, osd, lambda d: ceph(d, th, -1, "bluestore(/var/lib/ceph/osd/ceph-7) _do_read bdev-read failed: (5) "
                                                "Input/output error"), ev=True)
    w.add(10.215, osd, lambda d: ceph(d, th, -1, "/home/jenkins-build/build/workspace/ceph-build/ARCH/x86_64/AVAILABLE_"
                                                "ARCH/x86_64/AVAILABLE_DIST/centos9/DIST/centos9/MACHINE_SIZE/gigantic/"
                                                "release/18.2.2/rpm/el9/BUILD/ceph-18.2.2/src/os/bluestore/BlueStore.cc: "
                                                "11105: ceph_abort_msg(\"Unexpected IO error. This may suggest a hardware "
                                                "issue. Please check your kernel log!\")"), ev=True)
    w.add(10.3, osd, "*** Caught signal (Aborted) **")
    w.add(10.301, osd, " in thread %s thread_name:tp_osd_tp" % th)
    w.add(31.5, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [INF] : osd.7 marked down after no beacon "
                                             "for 20.512 seconds"))
    w.add(31.6, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: 1 osds down "
                                             "(OSD_DOWN)"), ev=True)
    w.add(36.8, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: Degraded data "
                                             "redundancy: 41237/2891022 objects degraded (1.426%), 37 pgs degraded "
                                             "(PG_DEGRADED)"))
    w.event(12.0, ns, "Normal", "Pulled", "Pod", osd["pod"], 'Container image "quay.io/ceph/ceph:v18.2.2" already '
            'present on machine', host=node, count=3)
    w.add(13.9, osd, lambda d: ceph(d, "7f" + w.hexid(10), 0, "ceph version 18.2.2 (531c0d11a1c5d39fbfe6aa8a521f023abf3bf3e2) "
                                                             "reef (stable), process ceph-osd, pid 1"))
    w.add(16.7, osd, lambda d: ceph(d, "7f" + w.hexid(10), 0, "osd.7 0 load_pgs opened 118 pgs"))
    w.add(19.4, osd, lambda d: ceph(d, th, -1, "bluestore(/var/lib/ceph/osd/ceph-7) _do_read bdev-read failed: (5) "
                                              "Input/output error"))
    w.add(19.41, osd, "*** Caught signal (Aborted) **")
    k(19.39, "critical medium error, dev sdd, sector 2930114560 op 0x0:(READ) flags 0x0 phys_seg 8 prio class 2")
    w.event(21.0, ns, "Warning", "BackOff", "Pod", osd["pod"], "Back-off restarting failed container osd in pod "
            "%s_rook-ceph(%s)" % (osd["pod"], w.uid()), host=node, count=3, ev=True)
    v0 = 730114
    v = [v0]

    def pgmap(rg, d):
        v[0] = v0 + int((d - w.t0).total_seconds() / 2)
        tsec = (d - w.t0).total_seconds()
        if tsec < 31:
            return ceph(d, th, 0, "log_channel(cluster) log [DBG] : pgmap v%d: 305 pgs: 305 active+clean; 2.7 TiB data, "
                                  "8.2 TiB used, 13 TiB / 21 TiB avail; %.1f MiB/s rd, %d MiB/s wr, %d op/s"
                        % (v[0], rg.uniform(3, 12), rg.randint(10, 40), rg.randint(400, 1200)))
        return ceph(d, th, 0, "log_channel(cluster) log [DBG] : pgmap v%d: 305 pgs: 37 active+undersized+degraded, "
                              "268 active+clean; 2.7 TiB data, 8.2 TiB used, 13 TiB / 21 TiB avail; %.1f MiB/s rd, "
                              "%d MiB/s wr, %d op/s; 41237/2891022 objects degraded (1.426%%)"
                    % (v[0], rg.uniform(1, 6), rg.randint(5, 20), rg.randint(200, 600)))
    w.spread(0, 90, 10, mgr, pgmap)
    rgw = pod_labels(ns, w.rs("rook-ceph-rgw-docstore-a"), "rgw", "stor-01")
    w.spread(0, 90, 7, rgw, lambda rg, d: 'beast: 0x7f2d8c2a1700: 10.244.%d.%d - docstore-svc [%s.%s +0000] "PUT '
             '/customs-docs/2026/02/25/CD-%d.pdf HTTP/1.1" 200 %d - "aws-sdk-java/2.25.11" - latency=0.%06ds'
             % (rg.randint(0, 5), rg.randint(2, 250), d.strftime("%d/%b/%Y:%H:%M:%S"), ms(d),
                rg.randint(100000, 999999), rg.randint(40000, 900000), rg.randint(12000, 240000)))
    op = pod_labels(ns, w.rs("rook-ceph-operator"), "rook-ceph-operator", "stor-02")
    w.add(60.0, op, lambda d: "%s.%06d W | op-osd: OSD 7 on node %s is not running (CrashLoopBackOff)"
          % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, node))
    return record(
        w, "Why is Ceph reporting degraded PGs on the storage cluster?",
        {"namespace": ns}, "CRITICAL", "storage", "rook-ceph-osd-7",
        "Disk sdd behind osd.7 on stor-03 returns unrecoverable medium (read) errors; BlueStore gets EIO and aborts "
        "('Unexpected IO error ... hardware issue'), so osd.7 crash-loops and its placement groups run degraded.",
        "osd.7 is down and crash-looping on disk I/O errors; 37 PGs are active+undersized+degraded (1.4% of objects "
        "with reduced redundancy). Clients still work, but another failure would put data at risk.",
        "Mark osd.7 out and let Ceph backfill, replace the failing disk sdd on stor-03 and recreate the OSD; check "
        "SMART data for other disks in the host.",
        "Ceph OSD crash-loops on disk medium errors (EIO in BlueStore); PGs degraded, data redundancy reduced.")


def s_ebs_multiattach():
    """EKS: node group upgrade moves a TimescaleDB replica; EBS volume still attached to the old node for ~90 s."""
    w = Win("ebs-multiattach", (2026, 2, 25, 3, 13, 58), events="logfmt")
    ns = "fleet-db"
    old = "ip-10-0-61-203.eu-central-1.compute.internal"
    new = "ip-10-0-70-88.eu-central-1.compute.internal"
    pvc = "pvc-9f3e2a71-4c1b-4b6e-9d02-7e5a1c8b3f40"
    vol = "vol-0a1b2c3d4e5f60718"
    iid = "i-0%s" % w.hexid(16)
    csi = pod_labels("kube-system", w.rs("ebs-csi-controller"), "ebs-plugin", "ip-10-0-12-9.eu-central-1.compute.internal")
    r1 = pod_labels(ns, "timescaledb-1", "timescaledb", new)
    r0 = pod_labels(ns, "timescaledb-0", "timescaledb", "ip-10-0-33-71.eu-central-1.compute.internal")
    w.event(0.0, "default", "Normal", "NodeNotSchedulable", "Node", old,
            "Node %s status is now: NodeNotSchedulable" % old, host=old)
    w.event(3.2, ns, "Normal", "Killing", "Pod", "timescaledb-1", "Stopping container timescaledb", host=old)
    w.event(4.0, ns, "Normal", "Scheduled", "Pod", "timescaledb-1",
            "Successfully assigned %s/timescaledb-1 to %s" % (ns, new), source="default-scheduler")
    ma = ('Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be '
          'attached to another' % pvc)
    w.event(4.1, ns, "Warning", "FailedAttachVolume", "Pod", "timescaledb-1", ma, source="attachdetach-controller",
            ev=True)
    w.event(49.0, ns, "Warning", "FailedAttachVolume", "Pod", "timescaledb-1", ma, source="attachdetach-controller",
            count=4, ev=True)
    w.add(71.5, csi, lambda d: klog(d, "I", "controller.go:479", '"ControllerUnpublishVolume: called" args={"volume_id":'
                                                               '"%s","node_id":"%s"}' % (vol, iid)))
    w.add(76.9, csi, lambda d: klog(d, "I", "cloud.go:930", '"Waiting for volume state" volumeID="%s" actual="detaching" '
                                                          'desired="detached"' % vol))
    w.add(80.2, csi, lambda d: klog(d, "I", "controller.go:510", '"ControllerUnpublishVolume: detached" volumeID="%s" '
                                                               'nodeID="%s"' % (vol, iid)))
    w.add(81.0, csi, lambda d: klog(d, "I", "controller.go:427", '"ControllerPublishVolume: called" args={"volume_id":'
                                                               '"%s","node_id":"i-0%s"}' % (vol, w.hexid(16))))
    w.add(85.7, csi, lambda d: klog(d, "I", "controller.go:452", '"ControllerPublishVolume: attached" volumeID="%s" '
                                                               'devicePath="/dev/xvdaa"' % vol))
    w.event(86.0, ns, "Normal", "SuccessfulAttachVolume", "Pod", "timescaledb-1",
            'AttachVolume.Attach succeeded for volume "%s"' % pvc, source="attachdetach-controller")
    w.event(92.3, ns, "Normal", "Started", "Pod", "timescaledb-1", "Started container timescaledb", host=new)
    w.add(96.1, r1, lambda d: "%s,%s INFO: Lock owner: timescaledb-0; I am timescaledb-1" %
          (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    w.add(97.4, r1, lambda d: pg(d, 88, "LOG", "started streaming WAL from primary at 1A/3F000000 on timeline 7"))
    w.add(106.1, r1, lambda d: "%s,%s INFO: no action. I am (timescaledb-1), a secondary, and following a leader "
                               "(timescaledb-0)" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    for t in (6.0, 16.0, 26.0, 36.0, 46.0, 56.0, 66.0, 76.0, 86.0, 96.0, 106.0):
        w.add(t + 0.412, r0, lambda d: "%s,%s INFO: no action. I am (timescaledb-0), the leader with the lock"
              % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    ft = pod_labels("fleet", w.rs("fleet-tracker"), "fleet-tracker", new)
    w.spread(0, 110, 5, ft, lambda rg, d: zap(d, "info", "store/batch.go:77", "positions batch written",
                                                rows=rg.randint(380, 1400), hypertable="vehicle_positions",
                                                took_ms=rg.randint(9, 60)))
    rep = pod_labels("fleet", w.rs("fleet-reports"), "fleet-reports", new)
    w.add(58.0, rep, lambda d: zap(d, "warn", "db/router.go:44", "read replica unavailable, using primary",
                                   replica="timescaledb-replica.fleet-db.svc:5432"))
    return record(
        w, "Why was the TimescaleDB replica down during the node group upgrade?",
        {"namespace": ns}, "WARN", "storage", "timescaledb",
        "During the managed node group upgrade timescaledb-1 was rescheduled to a new node while its EBS volume was "
        "still attached to the drained node; the attach failed with a Multi-Attach error until the EBS CSI driver "
        "detached the volume (~80 s), after which the replica started and resumed streaming.",
        "The TimescaleDB replica could not mount its volume for about 90 s (Multi-Attach error) after being moved; "
        "the volume detached and the replica recovered on its own, reads fell back to the primary meanwhile.",
        "Optional: drain database nodes one at a time with a PodDisruptionBudget and allow for EBS detach time; no "
        "action needed now.",
        "EBS Multi-Attach error after a drain; volume detaches, TimescaleDB replica recovers within 2 minutes.")


def s_postgis_too_many():
    """GKE: geofence-service HPA scales out; each pod opens a 10-connection pool; PostGIS max_connections hit."""
    w = Win("postgis-too-many", (2026, 2, 23, 7, 44, 48), events="json")
    ns = "gis"
    db = pod_labels(ns, "postgis-0", "postgres", "gke-logi-prod-db-pool-7c2e41a9-w8r1")
    gb = w.rs("geofence-service").rsplit("-", 1)[0]
    gpods = [gb + "-" + w.rand5("x")[2:] for _ in range(5)]
    w.event(0.0, "fleet", "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "geofence-service",
            "New size: 24; reason: cpu resource utilization (percentage of request) above target",
            source="horizontal-pod-autoscaler", ev=True)
    w.event(0.2, "fleet", "Normal", "ScalingReplicaSet", "Deployment", "geofence-service",
            "Scaled up replica set %s to 24 from 12" % gb, source="deployment-controller")
    first = [True, True]

    def fatal(t, which):
        pid = w.rng.randint(20000, 40000)
        if which == 0:
            w.add(t, db, lambda d: pg(d, pid, "FATAL", "sorry, too many clients already"), ev=first[0])
            first[0] = False
        else:
            w.add(t, db, lambda d: pg(d, pid, "FATAL", "remaining connection slots are reserved for roles with the "
                                                       "SUPERUSER attribute"), ev=first[1])
            first[1] = False
    for t in sorted(w.rng.uniform(24, 115) for _ in range(9)):
        fatal(t, 0 if w.rng.random() < 0.6 else 1)
    fatal(23.5, 1)
    fatal(23.9, 0)
    n = [0]

    def gerr(rg, d):
        n[0] += 1
        return (pod_labels("fleet", rg.choice(gpods), "geofence-service", "gke-logi-prod-default-pool-0b7d3e91-%s"
                           % rg.choice(["lc5h", "x2bd", "q9tt"])),
                zap(d, "error", "geofence/check.go:73", "geofence check failed", vehicle="TRK-%d" % rg.randint(1000, 4999),
                    error="failed to connect to `user=geofence database=gis`: 10.8.4.19:5432 (postgis.gis.svc.cluster."
                          "local): server error: FATAL: sorry, too many clients already (SQLSTATE 53300)"))
    w.spread(25, 118, 9, None, gerr)
    eta = pod_labels("fleet", w.rs("eta-predictor"), "eta-predictor", "gke-logi-prod-default-pool-0b7d3e91-x2bd")
    w.add(41.3, eta, lambda d: pylog(d, "ERROR", "eta.features", "feature query failed: psycopg.OperationalError: "
                                                               "connection failed: FATAL:  sorry, too many clients "
                                                               "already"), ev=True)
    w.spread(0, 118, 5, eta, lambda rg, d: uvicorn_access("10.8.%d.%d" % (rg.randint(0, 3), rg.randint(2, 250)),
                                                            rg.randint(30000, 60000), "GET",
                                                            "/v1/eta/TRK-%d" % rg.randint(1000, 4999),
                                                            200 if (d - w.t0).total_seconds() < 30 else 503))
    w.spread(0, 23, 4, None, lambda rg, d: (
        pod_labels("fleet", rg.choice(gpods), "geofence-service", "gke-logi-prod-default-pool-0b7d3e91-lc5h"),
        zap(d, "info", "geofence/check.go:91", "geofence evaluated", vehicle="TRK-%d" % rg.randint(1000, 4999),
            fences=rg.randint(1, 4), inside=rg.random() < 0.3, took_ms=rg.randint(2, 14))))
    w.add(62.4, db, lambda d: pg(d, 61, "LOG", "checkpoint starting: time"))
    return record(
        w, "Why are geofence checks and ETA lookups failing since 07:45?",
        {"namespace": ns}, "ERROR", "database", "postgis",
        "PostGIS has reached max_connections: after the HPA doubled geofence-service to 24 replicas, each with its own "
        "connection pool, new connections are refused with 'sorry, too many clients already' (SQLSTATE 53300).",
        "PostGIS rejects new connections because all connection slots are in use; geofence-service and eta-predictor "
        "fail their queries (errors and 503s).",
        "Put PgBouncer in front of PostGIS or shrink per-pod pool sizes / cap the HPA so replicas x pool stays below "
        "max_connections; raise max_connections only with memory headroom.",
        "PostGIS out of connection slots after an HPA scale-out (too many clients); callers fail with SQLSTATE 53300.")


def s_flyway_unique():
    """RKE2: Recreate rollout; Flyway V57 adds a unique index but duplicates exist -> app exits -> crash loop."""
    w = Win("flyway-unique", (2026, 2, 26, 18, 5, 33), events="logfmt")
    ns = "wms"
    app = "stock-ledger"
    oldrs = w.rs(app).rsplit("-", 1)[0]
    newp = w.rs(app)
    newrs = newp.rsplit("-", 1)[0]
    pods = [newp, newrs + "-" + w.rand5("x")[2:]]
    nodes = ["rke2-agent-02", "rke2-agent-06"]
    dbp = pod_labels(ns, "ledger-db-1", "postgres", "rke2-agent-03")
    w.event(0.0, ns, "Normal", "ScalingReplicaSet", "Deployment", app, "Scaled down replica set %s to 0 from 2" % oldrs,
            source="deployment-controller")
    w.event(9.0, ns, "Normal", "ScalingReplicaSet", "Deployment", app, "Scaled up replica set %s to 2" % newrs,
            source="deployment-controller")

    def run(t, i, ev):
        L = pod_labels(ns, pods[i], app, nodes[i])
        w.add(t, L, lambda d: boot(d, "INFO", app, "main", "c.a.l.ledger.StockLedgerApplication",
                                   "Starting StockLedgerApplication v3.1.0 using Java 21.0.4 with PID 1"))
        w.add(t + 3.1, L, lambda d: boot(d, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource",
                                         "HikariPool-1 - Start completed."))
        w.add(t + 3.3, L, lambda d: boot(d, "INFO", app, "main", "o.f.c.i.database.base.BaseDatabaseType",
                                         "Database: jdbc:postgresql://ledger-db-rw.wms.svc:5432/ledger (PostgreSQL 16.3)"))
        w.add(t + 3.6, L, lambda d: boot(d, "INFO", app, "main", "o.f.core.internal.command.DbMigrate",
                                         'Current version of schema "inventory": 56'))
        w.add(t + 3.61, L, lambda d: boot(d, "INFO", app, "main", "o.f.core.internal.command.DbMigrate",
                                          'Migrating schema "inventory" to version "57 - unique sku per location"'))
        w.add(t + 5.9, L, lambda d: boot(d, "ERROR", app, "main", "o.f.core.internal.command.DbMigrate",
                                         'Migration of schema "inventory" to version "57 - unique sku per location" '
                                         'failed! Changes successfully rolled back.'), ev=ev)
        w.add(t + 6.1, L, lambda d: boot(d, "ERROR", app, "main", "o.s.boot.SpringApplication",
                                         "Application run failed"), ev=ev)
        w.add(t + 6.101, L, "org.springframework.beans.factory.BeanCreationException: Error creating bean with name "
                            "'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/"
                            "flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Migration "
                            "V57__unique_sku_per_location.sql failed")
        w.add(t + 6.102, L, "SQL State  : 23505")
        w.add(t + 6.103, L, 'Message    : ERROR: could not create unique index "ux_stock_sku_location"')
        w.add(t + 6.104, L, "  Detail: Key (sku, location_id)=(SKU-448812, 1207) is duplicated.", ev=ev)
        w.add(t + 6.105, L, "Statement  : CREATE UNIQUE INDEX ux_stock_sku_location ON inventory.stock (sku, location_id)")
        w.add(t + 5.85, dbp, lambda d: jdump({
            "level": "info", "ts": iso(d, 6), "logger": "postgres", "msg": "record", "logging_pod": "ledger-db-1",
            "record": {"log_time": d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " UTC", "user_name": "ledger",
                       "database_name": "ledger", "process_id": str(w.rng.randint(3000, 9000)),
                       "connection_from": "10.42.%d.%d:%d" % (2 + i, w.rng.randint(2, 250), w.rng.randint(30000, 60000)),
                       "command_tag": "CREATE INDEX", "error_severity": "ERROR", "sql_state_code": "23505",
                       "message": "could not create unique index \"ux_stock_sku_location\"",
                       "detail": "Key (sku, location_id)=(SKU-448812, 1207) is duplicated.",
                       "query": "CREATE UNIQUE INDEX ux_stock_sku_location ON inventory.stock (sku, location_id)",
                       "application_name": "PostgreSQL JDBC Driver", "backend_type": "client backend"}}),
              ev=(ev and i == 0))
    run(12.2, 0, True)
    run(14.9, 1, False)
    for i in range(2):
        w.event(24.0 + i * 1.3, ns, "Warning", "BackOff", "Pod", pods[i],
                "Back-off restarting failed container %s in pod %s_%s(%s)" % (app, pods[i], ns, w.uid()),
                host=nodes[i], count=1)
    run(43.5, 0, False)
    w.event(52.7, ns, "Warning", "BackOff", "Pod", pods[0],
            "Back-off restarting failed container %s in pod %s_%s(%s)" % (app, pods[0], ns, w.uid()),
            host=nodes[0], count=2, ev=True)
    ing = pod_labels("kube-system", w.rand5("rke2-ingress-nginx-controller"), "rke2-ingress-nginx-controller",
                     "rke2-agent-01")
    w.spread(10, 70, 5, ing, lambda rg, d: '10.20.8.%d - - [%s +0000] "GET /api/v1/ledger/SKU-%d HTTP/1.1" 503 190 "-" '
             '"okhttp/4.12.0" %d 0.000 [wms-stock-ledger-8080] [] - - - - %s'
             % (rg.randint(2, 250), d.strftime("%d/%b/%Y:%H:%M:%S"), rg.randint(100000, 999999), rg.randint(200, 400),
                w.hexid(32)))
    pk = pod_labels(ns, w.rs("picking-app"), "picking-app", "rke2-agent-04")
    w.spread(10, 70, 3, pk, lambda rg, d: zap(d, "warn", "ledger/client.go:58", "stock ledger unavailable, queueing "
                                                "movement", status=503, queued=rg.randint(10, 400)))
    return record(
        w, "Why is stock-ledger down after tonight's release?",
        {"namespace": ns, "app": app}, "CRITICAL", "database", app,
        "Release 3.1.0 runs Flyway migration V57, which creates a unique index on inventory.stock (sku, location_id); "
        "existing duplicate rows (e.g. SKU-448812 at location 1207) make it fail with SQLSTATE 23505, so the app aborts "
        "start-up. With the Recreate strategy no old pod is left and both new pods crash-loop.",
        "stock-ledger is completely down: every start fails in the V57 database migration (duplicate key while "
        "creating a unique index) and the pods are in CrashLoopBackOff; callers get 503.",
        "Roll back to the previous release, de-duplicate inventory.stock before re-running V57 (or make the migration "
        "clean duplicates first), and consider RollingUpdate with a separate migration job.",
        "Flyway migration adds a unique index over duplicate rows (23505); Recreate rollout leaves the service down.")


def s_geocode_429():
    """Talos: morning address import trips the geocoding provider's rate limit; client backs off and recovers."""
    w = Win("geocode-429", (2026, 2, 27, 5, 0, 12), events="json")
    ns = "geo"
    an = w.rs("address-normalizer")
    AL = pod_labels(ns, an, "address-normalizer", "talos-w-02")
    job = pod_labels(ns, "address-import-29493300-%s" % "".join(w.pick(SAFE) for _ in range(5)), "importer",
                     "talos-w-05")
    w.add(0.0, job, lambda d: pylog(d, "INFO", "importer", "import started: 41,220 addresses from carrier manifests "
                                                            "(batch size 200, concurrency 16)"))
    first = [True]

    def req(t, status, q):
        w.add(t, AL, lambda d: pylog(d, "INFO", "httpx", 'HTTP Request: GET https://geocode.search.hereapi.com/v1/'
                                                         'geocode?q=%s&apiKey=*** "HTTP/1.1 %s"'
                                     % (q, "429 Too Many Requests" if status == 429 else "200 OK")),
              ev=(status == 429 and first[0]))
        if status == 429:
            w.add(t + 0.001, AL, lambda d: pylog(d, "WARNING", "normalizer.geocode",
                                                 "provider throttled (429 Too Many Requests, Retry-After=1), attempt "
                                                 "%d/5" % w.rng.randint(1, 3)), ev=first[0])
            first[0] = False
    streets = ["Hafenstrasse+12+20359+Hamburg", "Industrieweg+4+Duisburg", "Rue+de+la+Gare+8+Lille",
               "Kanaalweg+33+Utrecht", "Billstrasse+88+Hamburg", "Ul.+Magazynowa+2+Poznan"]
    t = 1.0
    while t < 105:
        t += w.rng.uniform(2.4, 5.2)
        if 8 < t < 55:
            st = 429 if w.rng.random() < 0.7 else 200
        else:
            st = 200
        req(t, st, w.pick(streets))
    w.add(55.3, AL, lambda d: pylog(d, "INFO", "normalizer.ratelimit", "adaptive limiter: lowering geocode rate from "
                                                                      "25 to 10 req/s after 23 throttled responses"),
          ev=True)
    w.add(104.0, job, lambda d: pylog(d, "INFO", "importer", "progress: 7,400/41,220 addresses, 7,391 geocoded, 9 "
                                                              "queued for retry"))
    w.spread(0, 105, 6, AL, lambda rg, d: uvicorn_access("10.244.5.%d" % rg.randint(2, 250), rg.randint(30000, 60000),
                                                           "POST", "/v1/normalize/batch", 200))
    rp = pod_labels("routing", w.rs("route-planner"), "route-planner", "talos-w-03")
    w.spread(0, 105, 4, rp, lambda rg, d: pylog(d, "INFO", "planner.api", "plan PLN-%d created (%d stops)"
                                                  % (rg.randint(300000, 399999), rg.randint(8, 40))))
    return record(
        w, "Why did the morning address import slow down?",
        {"namespace": ns}, "WARN", "rate_limited", "address-normalizer",
        "The 05:00 address import drove address-normalizer above the geocoding provider's request quota; HERE answered "
        "429 Too Many Requests until the client's adaptive limiter dropped to 10 req/s.",
        "Geocoding calls were throttled (429) for about 45 s; retries with Retry-After succeeded and the import "
        "continued at a lower rate.",
        "Optional: cap the importer's concurrency to the provider quota or request a higher plan.",
        "Geocoding provider returns 429 during a bulk import; client backs off and the import continues slower.")


def s_kuberay_oom():
    """GKE: Ray Data featurisation overfills a 16Gi worker; Ray kills tasks, then the kernel kills the raylet."""
    w = Win("kuberay-oom", (2026, 2, 8, 3, 12, 40), events="json")
    ns = "ml-eta"
    node = "gke-logi-prod-ray-pool-2a9d5c3e-7hxz"
    wpod = w.rand5("eta-train-cpu-worker")
    wpod2 = w.rand5("eta-train-cpu-worker")
    WL = pod_labels(ns, wpod, "ray-worker", node)
    W2 = pod_labels(ns, wpod2, "ray-worker", "gke-logi-prod-ray-pool-2a9d5c3e-b4lq")
    head = pod_labels(ns, w.rand5("eta-train-head"), "ray-head", "gke-logi-prod-ray-pool-2a9d5c3e-b4lq")
    sub = pod_labels(ns, w.rand5("eta-retrain-rayjob"), "ray-job-submitter", "gke-logi-prod-default-pool-0b7d3e91-lc5h")
    kern = kernel(node)
    wip = "10.8.5.22"
    nid = w.hexid(56)

    def rl(d, lvl, src, msg):
        return "%s,%s\t%s %s -- %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, src, msg)
    w.add(0.0, sub, lambda d: rl(d, "INFO", "worker.py:1586", "Connecting to existing Ray cluster at address: "
                                                            "10.8.2.14:6379..."))
    w.add(0.4, sub, lambda d: rl(d, "INFO", "worker.py:1762", "Connected to Ray cluster. View the dashboard at "
                                                            "10.8.2.14:8265 "))
    w.add(2.9, sub, lambda d: rl(d, "INFO", "streaming_executor.py:108", "Starting execution of Dataset. Full logs are "
                                                                       "in /tmp/ray/session_2026-02-08_03-01-12_771204_1/"
                                                                       "logs/ray-data"))
    w.add(2.91, sub, lambda d: rl(d, "INFO", "streaming_executor.py:109", "Execution plan of Dataset: InputDataBuffer"
                                                                        "[Input] -> TaskPoolMapOperator[ReadParquet] -> "
                                                                        "TaskPoolMapOperator[MapBatches(build_features)]"))
    msg_mm = ("(raylet, ip=%s) [%s] (raylet) node_manager.cc:3084: 2 Workers (tasks / actors) killed due to memory "
              "pressure (OOM), 0 Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time "
              "period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip %s`")
    w.add(47.3, sub, lambda d: msg_mm % (wip, d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " E 212 212", nid, wip, wip),
          ev=True)
    w.add(47.31, sub, "(raylet, ip=%s) Refer to the documentation on how to address the out of memory issue: "
                      "https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning "
                      "more memory on this node or reducing task parallelism by requesting more CPUs per task." % wip)
    w.add(52.0, sub, lambda d: rl(d, "WARNING", "worker.py:2254", "A worker died or was killed while executing a task "
                                                                "by an unexpected system error. Retrying task "
                                                                "MapBatches(build_features) (attempt 2 of 4)."))
    up = 982211.0
    kt = 63.2
    w.add(kt, kern, lambda d: "[%.6f] raylet invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=987"
          % (up + kt))
    w.add(kt + 0.0005, kern, lambda d: "[%.6f] memory: usage 16777216kB, limit 16777216kB, failcnt 8812" % (up + kt))
    w.add(kt + 0.001, kern, lambda d: "[%.6f] Memory cgroup out of memory: Killed process 3891 (raylet) "
                                      "total-vm:3480012kB, anon-rss:1204412kB, file-rss:40112kB, shmem-rss:0kB, UID:1000 "
                                      "pgtables:4012kB oom_score_adj:987" % (up + kt + 0.001), ev=True)
    w.event(kt + 0.6, "default", "Warning", "OOMKilling", "Node", node,
            "Memory cgroup out of memory: Killed process 3891 (raylet) total-vm:3480012kB, anon-rss:1204412kB, "
            "file-rss:40112kB, shmem-rss:0kB, UID:1000 pgtables:4012kB oom_score_adj:987",
            source="kernel-monitor", host=node)
    w.add(kt + 0.9, WL, "Some Ray subprocesses exited unexpectedly:", ev=True)
    w.add(kt + 0.901, WL, "  raylet [exit code=-9]", ev=True)
    w.add(kt + 0.902, WL, "Remaining processes will be killed.")
    w.add(kt + 31.4, head, lambda d: "[%s I 45 45] (gcs_server) gcs_node_manager.cc:128: The node with node id: %s "
                                     "and address: %s and node name: %s has been marked dead because the detector has "
                                     "missed too many heartbeats from it. This can happen when a \t(1) raylet crashes "
                                     "unexpectedly (OOM, etc.) \t(2) raylet has lagging heartbeats due to slow network "
                                     "or busy workload." % (d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d), nid, wip, wip))
    w.event(kt + 2.0, ns, "Normal", "Pulled", "Pod", wpod, 'Container image "rayproject/ray:2.35.0-py311" already '
            'present on machine', host=node, count=2)
    w.event(kt + 2.3, ns, "Normal", "Started", "Pod", wpod, "Started container ray-worker", host=node, count=2)
    w.add(kt + 38.0, sub, lambda d: rl(d, "ERROR", "streaming_executor.py:287", "Exception occurred during execution "
                                                                              "of Dataset: ray.exceptions."
                                                                              "OutOfMemoryError: Task was killed due to "
                                                                              "the node running low on memory."))
    w.add(kt + 38.2, sub, "ray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.")
    w.add(kt + 38.201, sub, "Memory on the node (IP: %s, ID: %s) where the task (task ID: %s, name=MapBatches(build_"
                            "features), pid=4417, memory used=6.12GB) was running was 15.21GB / 16.00GB (0.950625), "
                            "which exceeds the memory usage threshold of 0.95." % (wip, nid, w.hexid(48)))
    w.add(kt + 39.5, sub, "Job 'raysubmit_%s' failed" % "".join(w.pick("ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
                                                             for _ in range(16)))
    op = pod_labels("ray-system", w.rs("kuberay-operator"), "kuberay-operator", "gke-logi-prod-default-pool-0b7d3e91-x2bd")
    w.add(kt + 41.0, op, lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controllers.RayJob",
                                          "msg": "RayJob status", "RayJob": {"name": "eta-retrain", "namespace": ns},
                                          "jobStatus": "FAILED", "jobDeploymentStatus": "Complete"}))

    def prog(rg, d):
        return sub, "Running Dataset: MapBatches(build_features): %d active, %d queued, [cpu: %.1f/%d.0, objects: " \
                    "%.1fGB/%.1fGB]: %d/%d" % (rg.randint(12, 16), rg.randint(20, 60), rg.uniform(14, 16), 16,
                                               rg.uniform(3, 9), 9.6, rg.randint(120, 400), 1480)
    w.spread(4, 60, 5, None, prog)
    w.spread(0, 100, 4, W2, lambda rg, d: "[%s,%s I 331 331] (raylet) local_object_manager.cc:%d: Spilled %d MiB, %d "
             "objects, write throughput %d MiB/s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), 490, rg.randint(200, 2000),
                                                    rg.randint(5, 60), rg.randint(150, 600)))
    w.spread(0, 100, 3, head, lambda rg, d: "[%s,%s I 45 45] (gcs_server) gcs_server.cc:%d: GcsNodeManager: "
             "{RegisterNode request count: 5, DrainNode request count: 0, GetAllNodeInfo request count: %d}"
             % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), 273, rg.randint(400, 900)))
    return record(
        w, "Why did the nightly ETA retraining RayJob fail?",
        {"namespace": ns}, "ERROR", "oom_killed", "ray-worker",
        "The build_features map_batches step uses more memory than the 16Gi Ray worker pod has: Ray's memory monitor "
        "kills tasks at the 95% threshold and then the kernel cgroup OOM killer kills the raylet itself, so the "
        "worker node is lost and the job fails with OutOfMemoryError.",
        "The Ray worker ran out of memory during feature building (tasks killed for memory pressure, raylet "
        "OOM-killed), and the eta-retrain RayJob ended FAILED.",
        "Give build_features more memory per task (num_cpus/memory in map_batches, smaller batch_size) or raise the "
        "worker pod's memory limit; then rerun the job.",
        "Ray Data tasks exceed the 16Gi worker: Ray memory monitor kills tasks, kernel OOM-kills the raylet, job fails.")


def s_certmanager_ratelimit():
    """MicroK8s edge: repeated re-issuance hits Let's Encrypt's duplicate-certificate limit; ingress serves fake cert."""
    w = Win("certmanager-ratelimit", (2026, 2, 24, 10, 2, 3), events="logfmt")
    ns = "wms-edge"
    cm = pod_labels("cert-manager", w.rs("cert-manager"), "cert-manager-controller", "wh-rtm-edge-01")
    ing = pod_labels("ingress", w.rand5("nginx-ingress-microk8s-controller"), "nginx-ingress-microk8s",
                     "wh-rtm-edge-02")
    host = "scanner.rtm.acme-logistics.example"
    order = "scanner-portal-tls-3-%d" % w.rng.randint(1000000000, 4200000000)
    rl_msg = ("429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) "
              "already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-02-25 06:41:09 "
              "UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames")
    w.add(0.0, cm, lambda d: klog(d, "I", "trigger_controller.go:215", '"Certificate must be re-issued" '
                                                                     'logger="cert-manager.certificates-trigger" '
                                                                     'key="%s/scanner-portal-tls" reason="DoesNotExist" '
                                                                     'message="Issuing certificate as Secret does not '
                                                                     'exist"' % ns))
    w.add(0.9, cm, lambda d: klog(d, "I", "conditions.go:263", '"Setting lastTransitionTime for CertificateRequest '
                                                             'condition" logger="cert-manager.certificaterequests-'
                                                             'approver" condition="Approved"'))
    w.add(2.1, cm, lambda d: klog(d, "E", "sync.go:138", '"Failed to create Order resource due to bad request, marking '
                                                       'Order as failed" err="%s" logger="cert-manager.orders" '
                                                       'resource_name="%s" resource_namespace="%s" resource_kind="Order" '
                                                       'resource_version="v1"' % (rl_msg, order, ns)), ev=True)
    w.event(2.4, ns, "Warning", "Failed", "Certificate", "scanner-portal-tls",
            'The certificate request has failed to complete and will be retried: Failed to wait for order resource '
            '"%s" to become ready: order is in "errored" state: Failed to create Order: %s' % (order, rl_msg),
            source="cert-manager-certificates-issuing", ev=True)
    w.add(2.5, cm, lambda d: klog(d, "I", "sync.go:190", '"CertificateRequest is in a Failed state, backing off" '
                                                       'logger="cert-manager.certificates-issuing" key="%s/scanner-'
                                                       'portal-tls" backoff="1h0m0s"' % ns))
    for t in (8.6, 38.2, 68.9, 99.4):
        w.add(t, ing, lambda d: klog(d, "W", "controller.go:1387", 'Error getting SSL certificate "%s/scanner-portal-'
                                                                  'tls": local SSL certificate %s/scanner-portal-tls '
                                                                  'was not found. Using default certificate' % (ns, ns)))
    w.add(8.61, ing, lambda d: klog(d, "W", "backend_ssl.go:47", 'Error obtaining X.509 certificate: no object matching '
                                                               'key "%s/scanner-portal-tls" in local store' % ns))
    lp = pod_labels(ns, w.rs("label-printer-bridge"), "label-printer-bridge", "wh-rtm-edge-03")
    w.spread(10, 110, 5, lp, lambda rg, d: zap(d, "error", "portal/client.go:51", "portal sync failed",
                                                 url="https://%s/api/v1/printers" % host,
                                                 error='Get "https://%s/api/v1/printers": tls: failed to verify '
                                                       'certificate: x509: certificate signed by unknown authority'
                                                       % host))
    w.spread(0, 110, 7, ing, lambda rg, d: '10.1.%d.%d - - [%s +0000] "GET /api/v1/docks HTTP/1.1" 200 %d "-" '
             '"Dalvik/2.1.0 (Linux; U; Android 13; TC58)" %d 0.0%02d [wms-edge-dock-terminal-80] [] 10.1.%d.%d:8080 %d '
             '0.0%02d 200 %s' % (rg.randint(0, 9), rg.randint(2, 250), d.strftime("%d/%b/%Y:%H:%M:%S"),
                                 rg.randint(400, 3000), rg.randint(200, 500), rg.randint(1, 40), rg.randint(0, 9),
                                 rg.randint(2, 250), rg.randint(400, 3000), rg.randint(1, 40), w.hexid(32)))
    sg = pod_labels(ns, w.rs("scanner-gateway"), "scanner-gateway", "wh-rtm-edge-02")
    w.spread(0, 110, 4, sg, lambda rg, d: "%s.%s [info] scan accepted dock=D%02d sscc=%018d" %
             (d.strftime("%H:%M:%S"), ms(d), rg.randint(1, 14), rg.randint(10**17, 10**18 - 1)))
    return record(
        w, "Why do the Rotterdam scanner portal clients get certificate errors?",
        {"namespace": ns}, "ERROR", "rate_limited", "cert-manager",
        "The scanner-portal-tls certificate for scanner.rtm.acme-logistics.example has been issued 5 times this week "
        "(the Secret keeps being recreated), so Let's Encrypt refuses new orders with 429 rateLimited; cert-manager "
        "backs off and no certificate Secret exists.",
        "cert-manager cannot obtain the portal certificate because Let's Encrypt rate-limits the hostname; the ingress "
        "falls back to its default self-signed certificate, so TLS clients fail with 'unknown authority'.",
        "Stop the re-issuance loop (keep the Secret across redeploys), wait until the retry-after time or use a "
        "different SAN set / the staging issuer meanwhile, then re-trigger issuance.",
        "Let's Encrypt 429 rateLimited for cert-manager; ingress serves its default cert, clients see x509 errors.")


def s_gpu_xid79():
    """kubeadm GPU node: an A100 falls off the PCIe bus (Xid 79); device plugin marks it unhealthy, training dies."""
    w = Win("gpu-xid79", (2026, 2, 25, 19, 47, 21), events="logfmt")
    node = "gpu-a100-02"
    kern = kernel(node)
    up = 3308112.0
    uuid = "GPU-7a1c2e3f-%s-%s-%s-%s" % (w.hexid(4), w.hexid(4), w.hexid(4), w.hexid(12))
    dp = pod_labels("gpu-operator", w.rand5("nvidia-device-plugin-daemonset"), "nvidia-device-plugin", node)
    dcgm = pod_labels("gpu-operator", w.rand5("nvidia-dcgm-exporter"), "nvidia-dcgm-exporter", node)
    ns = "batch-ml"
    tr = pod_labels(ns, "route-embeddings-worker-1", "pytorch", node)
    tr0 = pod_labels(ns, "route-embeddings-worker-0", "pytorch", "gpu-a100-01")

    def k(t, msg, ev=False):
        w.add(t, kern, lambda d: "[%.6f] %s" % (up + t, msg), ev=ev)
    x = 31.7
    k(x - 0.004, "pcieport 0000:40:01.1: AER: Uncorrected (Fatal) error received: 0000:41:00.0")
    k(x, "NVRM: Xid (PCI:0000:41:00): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus.", ev=True)
    k(x + 0.0002, "NVRM: GPU 0000:41:00.0: GPU has fallen off the bus.", ev=True)
    k(x + 0.0003, "NVRM: GPU 0000:41:00.0: GPU serial number is 1564321098765.")
    k(x + 0.0004, "NVRM: A GPU crash dump has been created. If possible, please run")
    k(x + 0.0005, "NVRM: nvidia-bug-report.sh as root to collect this data before")
    k(x + 0.0006, "NVRM: the NVIDIA kernel module is unloaded.")
    w.add(x + 0.9, dp, lambda d: klog(d, "I", "health.go:164", '"XidCriticalError: Xid=79 on Device=%s; marking device '
                                                             'as unhealthy."' % uuid), ev=True)
    w.add(x + 0.91, dp, lambda d: klog(d, "I", "server.go:262", "'nvidia.com/gpu' device marked unhealthy: %s" % uuid))
    w.add(x + 2.3, tr, lambda d: "[rank3]:[E%s.%06d ProcessGroupNCCL.cpp:1537] [PG 0 Rank 3] Process group watchdog "
                                 "thread terminated with exception: CUDA error: unknown error" %
          (d.strftime("%m%d %H:%M:%S"), d.microsecond), ev=True)
    w.add(x + 2.31, tr, "CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace "
                        "below might be incorrect.")
    w.add(x + 4.8, tr, lambda d: "[%s,%s] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: -6) "
                                 "local_rank: 3 (pid: 247) of binary: /usr/bin/python3" % (d.strftime("%Y-%m-%d %H:%M:%S"),
                                                                                          ms(d)))
    w.add(x + 6.0, dcgm, lambda d: logrus(d, "error", "Failed to watch metrics: Error watching fields: Host engine is "
                                                      "not valid any longer", digits=0))
    vc = pod_labels("volcano-system", w.rs("volcano-controllers"), "volcano-controllers", "k8s-cp-01")
    w.add(x + 7.5, vc, lambda d: klog(d, "I", "job_controller_actions.go:118", '"Job is restarting" job="batch-ml/'
                                                                             'route-embeddings" reason="PodFailed" '
                                                                             'task="worker-1" retry=1/3'))
    w.add(x + 15.0, kern, lambda d: "[%.6f] NVRM: Xid (PCI:0000:41:00): 79, pid=247, name=python3, GPU has fallen off "
                                    "the bus." % (up + x + 15.0))
    kubelet = journal(node, "kubelet.service")
    w.add(x + 20.4, kubelet, lambda d: klog(d, "I", "manager.go:612", '"Updated allocatable" resourceName="nvidia.com/'
                                                                    'gpu" healthy=3 unhealthy=1', pid=2201))

    def train(rg, d):
        tsec = (d - w.t0).total_seconds()
        L = tr if (rg.random() < 0.5 and tsec < x) else tr0
        return L, "%s,%s - INFO - [rank%d] epoch 9 step %d loss=%.4f lr=1.0e-04 throughput=%d samples/s" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), 3 if L is tr else 0, rg.randint(20100, 20400),
            rg.uniform(0.33, 0.37), rg.randint(1800, 2100))
    w.spread(0, x, 8, None, train)
    w.spread(x + 5, 95, 3, tr0, lambda rg, d: "[rank0]:[W%s.%06d ProcessGroupNCCL.cpp:1216] [PG 0 Rank 0] Waiting for "
             "collective ALLREDUCE (SeqNum=%d) from rank 3" % (d.strftime("%m%d %H:%M:%S"), d.microsecond,
                                                             rg.randint(41000, 41100)))
    w.spread(0, 95, 4, dcgm, lambda rg, d: logrus(d, "info", "Collecting DCP metrics", digits=0) if rg.random() < 0.5
             else logrus(d, "info", "Pipeline starting", digits=0))
    w.spread(0, 95, 3, kubelet, lambda rg, d: klog(d, "I", "kubelet.go:2473", '"SyncLoop (probe)" probe="readiness" '
                                                     'status="ready" pod="gpu-operator/%s"' % dcgm["pod"], pid=2201))
    return record(
        w, "Why did the route-embeddings training crash on gpu-a100-02?",
        {"node": node}, "CRITICAL", "node_failure", node,
        "GPU 0000:41:00.0 on node gpu-a100-02 hit NVIDIA Xid 79 ('GPU has fallen off the bus') after a fatal PCIe AER "
        "error: a hardware fault. The device plugin marks the GPU unhealthy and the DDP rank using it dies with a "
        "CUDA error.",
        "A GPU on gpu-a100-02 failed in hardware (Xid 79 / PCIe fatal error); the training rank on it crashed and the "
        "Volcano job restarts, the node now has only 3 healthy GPUs.",
        "Cordon and drain gpu-a100-02, reset or replace the GPU (check PCIe riser/power, run nvidia-bug-report), and "
        "let the job resume on healthy GPUs.",
        "A100 falls off the PCIe bus (Xid 79); device plugin marks it unhealthy; the DDP rank on it dies with CUDA error.")


def s_talos_node_notready():
    """Talos: containerd hangs on talos-w-03, PLEG unhealthy, node NotReady; Ceph mon out of quorum, OSDs down."""
    w = Win("talos-node-notready", (2026, 2, 26, 13, 30, 5), events="json")
    node = "talos-w-03"
    kub = {"job": "talos/service", "node": node, "service": "kubelet"}
    cri = {"job": "talos/service", "node": node, "service": "cri"}
    kcm = pod_labels("kube-system", "kube-controller-manager-talos-cp-01", "kube-controller-manager", "talos-cp-01")
    mon = pod_labels("rook-ceph", w.rs("rook-ceph-mon-a"), "mon", "talos-w-01")
    th = "7f" + w.hexid(10)
    w.add(2.1, cri, lambda d: cri_containerd(d, "error", "failed to handle container TaskExit event container_id:"
                                                       "\"%s\"" % w.hexid(64), error="failed to stop container: context "
                                                                                    "deadline exceeded"))
    w.add(9.8, cri, lambda d: cri_containerd(d, "error", "ListContainers with filter &ContainerFilter{Id:,State:nil,"
                                                       "PodSandboxId:,LabelSelector:map[string]string{},} failed",
                                             error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
          ev=True)
    w.add(14.3, kub, lambda d: klog(d, "E", "kubelet.go:2406", '"Skipping pod synchronization" err="PLEG is not healthy: '
                                                             'pleg was last seen active 3m0.412s ago; threshold is 3m0s"',
                                    pid=1804), ev=True)
    w.add(24.3, kub, lambda d: klog(d, "E", "kubelet.go:2406", '"Skipping pod synchronization" err="PLEG is not healthy: '
                                                             'pleg was last seen active 3m10.419s ago; threshold is '
                                                             '3m0s"', pid=1804))
    w.add(26.0, kub, lambda d: klog(d, "E", "remote_runtime.go:407", '"ListContainers with filter from runtime service '
                                                                   'failed" err="rpc error: code = DeadlineExceeded desc '
                                                                   '= context deadline exceeded"', pid=1804))
    w.add(58.7, kcm, lambda d: klog(d, "I", "node_lifecycle_controller.go:1026", '"Node is NotReady" node="%s"' % node))
    w.event(58.8, "default", "Normal", "NodeNotReady", "Node", node, "Node %s status is now: NodeNotReady" % node,
            source="node-controller", ev=True)
    for p in ("rook-ceph-mon-c", "rook-ceph-osd-4", "rook-ceph-osd-5"):
        w.event(58.9 + w.rng.uniform(0, 0.3), "rook-ceph", "Warning", "NodeNotReady", "Pod", w.rs(p),
                "Node is not ready", source="node-controller")
    w.event(59.3, "fleet", "Warning", "NodeNotReady", "Pod", w.rs("eta-predictor"), "Node is not ready",
            source="node-controller")
    w.add(41.2, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [INF] : mon.a calling monitor election"))
    w.add(46.3, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [INF] : mon.a is new leader, mons a,b in quorum "
                                             "(ranks 0,1)"))
    w.add(46.5, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: 1/3 mons down, "
                                             "quorum a,b (MON_DOWN)"), ev=True)
    w.add(52.0, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: 2 osds down "
                                             "(OSD_DOWN)"))
    w.add(52.1, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: 1 host (2 osds) "
                                             "down (OSD_HOST_DOWN)"))
    w.add(58.0, mon, lambda d: ceph(d, th, 0, "log_channel(cluster) log [WRN] : Health check failed: Degraded data "
                                             "redundancy: 612204/1836612 objects degraded (33.333%), 101 pgs degraded "
                                             "(PG_DEGRADED)"))
    ft = [pod_labels("fleet", w.rs("fleet-tracker"), "fleet-tracker", n) for n in ("talos-w-01", "talos-w-02")]
    w.spread(0, 95, 8, None, lambda rg, d: (ft[rg.randrange(2)], zap(d, "info", "store/batch.go:77",
                                                                       "positions batch written",
                                                                       rows=rg.randint(380, 1400),
                                                                       hypertable="vehicle_positions",
                                                                       took_ms=rg.randint(9, 60))))
    rp = pod_labels("routing", w.rs("route-planner"), "route-planner", "talos-w-02")
    w.spread(30, 95, 4, rp, lambda rg, d: pylog(d, "WARNING", "planner.eta", "eta-predictor call failed: httpx."
                                                  "ConnectTimeout (10.244.3.%d:8000), using fallback ETA" %
                                                  rg.randint(2, 250)))
    w.spread(0, 95, 3, kcm, lambda rg, d:
             klog(d, "I", "cleaner.go:175", '"Cleaning CSR as it is more than 1h0m0s old and approved." csr="csr-%s"'
                  % "".join(rg.choice(SAFE) for _ in range(5))))
    return record(
        w, "What happened to talos-w-03 and why is Ceph degraded?",
        {"node": node}, "CRITICAL", "node_failure", node,
        "containerd on talos-w-03 stopped responding (CRI calls hit context deadline exceeded), the kubelet's PLEG went "
        "unhealthy and the node stopped reporting; the node controller marked it NotReady, taking down the Ceph mon "
        "and two OSDs hosted there.",
        "Node talos-w-03 is NotReady because its container runtime hung; Ceph lost a monitor (quorum a,b) and two OSDs, "
        "a third of the objects are degraded, and pods on the node are unreachable.",
        "Reboot or recover talos-w-03 (talosctl service cri restart / reboot), check the CRI/disk on that node; if it "
        "does not return, let Ceph recover elsewhere and replace the node.",
        "Container runtime hangs, PLEG unhealthy, node NotReady; Ceph mon out of quorum and OSDs down as symptoms.")


def s_argo_cron_retry_ok():
    """OpenShift healthy: carrier-rates CronWorkflow; one step fails with a carrier 503, retryStrategy succeeds."""
    w = Win("argo-cron-retry-ok", (2026, 2, 27, 4, 0, 2), events="json")
    ns = "logistics-wf"
    wf = "carrier-rates-sync-29493840"
    ctl = pod_labels("argo", w.rs("workflow-controller"), "workflow-controller", "ocp-prod-x7k2m-worker-a-9wd2h")
    p1 = "%s-fetch-%d" % (wf, w.rng.randint(1000000000, 4200000000))
    p2 = "%s-fetch-%d" % (wf, w.rng.randint(1000000000, 4200000000))
    p3 = "%s-load-%d" % (wf, w.rng.randint(1000000000, 4200000000))
    A = pod_labels(ns, p1, "main", "ocp-prod-x7k2m-worker-c-tt8lm")
    B = pod_labels(ns, p2, "main", "ocp-prod-x7k2m-worker-b-4qzrl")
    C = pod_labels(ns, p3, "main", "ocp-prod-x7k2m-worker-b-4qzrl")
    w.add(0.0, ctl, lambda d: logrus(d, "info", "Processing workflow", digits=3, Phase="", ResourceVersion="48991022",
                                     namespace=ns, workflow=wf))
    w.add(0.1, ctl, lambda d: logrus(d, "info", "Created pod: %s.fetch(0) (%s)" % (wf, p1), digits=3, namespace=ns,
                                     workflow=wf))
    w.add(6.2, A, lambda d: pylog(d, "INFO", "rates.fetch", "requesting rate sheets from 14 carriers"))
    w.add(9.8, A, lambda d: pylog(d, "ERROR", "rates.fetch", "carrier DBSCHENKER: 503 Service Unavailable for url "
                                                            "https://api.freightcarrier.example/v2/rates?lane=DE-NL "
                                                            "(maintenance window)"))
    w.add(9.9, A, lambda d: pylog(d, "ERROR", "rates.fetch", "aborting run, exit 1 (retry policy handles transient "
                                                            "carrier errors)"))
    w.add(11.0, ctl, lambda d: logrus(d, "info", "Pod failed: Error (exit code 1)", digits=3, displayName="fetch(0)",
                                      namespace=ns, pod=p1, templateName="fetch", workflow=wf))
    w.add(11.05, ctl, lambda d: logrus(d, "info", "node %s-%d phase Running -> Failed" % (wf, 1841277310), digits=3,
                                       namespace=ns, workflow=wf))
    w.add(41.1, ctl, lambda d:
          logrus(d, "info", "Created pod: %s.fetch(1) (%s)" % (wf, p2), digits=3, namespace=ns, workflow=wf))
    w.add(47.3, B, lambda d: pylog(d, "INFO", "rates.fetch", "requesting rate sheets from 14 carriers"))
    w.add(58.6, B, lambda d: pylog(d, "INFO", "rates.fetch", "fetched 14/14 carriers, 18,422 lanes, errors=0"))
    w.add(61.2, ctl, lambda d: logrus(d, "info", "node %s-%d phase Running -> Succeeded" % (wf, 2208761644), digits=3,
                                      namespace=ns, workflow=wf))
    w.add(61.3, ctl, lambda d: logrus(d, "info", "Created pod: %s.load (%s)" % (wf, p3), digits=3, namespace=ns,
                                      workflow=wf))
    w.add(66.0, C, lambda d: pylog(d, "INFO", "rates.load", "upserted 18,422 lanes into rates.lane_price (changed=611, "
                                                           "unchanged=17811, rejected=0)"))
    w.add(71.4, ctl, lambda d: logrus(d, "info", "Updated phase Running -> Succeeded", digits=3, namespace=ns, workflow=wf))
    w.add(71.5, ctl, lambda d: logrus(d, "info", "Marking workflow completed", digits=3, namespace=ns, workflow=wf))
    for t, p, n in ((1.4, p1, "ocp-prod-x7k2m-worker-c-tt8lm"), (42.0, p2, "ocp-prod-x7k2m-worker-b-4qzrl"),
                    (62.0, p3, "ocp-prod-x7k2m-worker-b-4qzrl")):
        w.event(t, ns, "Normal", "Pulled", "Pod", p, 'Container image "image-registry.openshift-image-registry.svc:5000/'
                'logistics-wf/carrier-rates:3.2.1" already present on machine', host=n)
    w.spread(0, 75, 8, ctl, lambda rg, d: logrus(d, "info", "Processing workflow", digits=3, Phase="Running",
                                                   ResourceVersion=str(rg.randint(48991030, 48991400)), namespace=ns,
                                                   workflow=wf))
    srv = pod_labels("argo", w.rs("argo-server"), "argo-server", "ocp-prod-x7k2m-worker-a-9wd2h")
    w.spread(0, 75, 3, srv, lambda rg, d: logrus(d, "info", "finished unary call with code OK", digits=0,
                                                   **{"grpc.code": "OK", "grpc.method": "ListWorkflows",
                                                      "grpc.service": "workflow.WorkflowService",
                                                      "grpc.time_ms": "%.3f" % rg.uniform(8, 40)}))
    return record(
        w, "Did the carrier rates sync run correctly this morning?",
        {"namespace": ns}, "INFO", "none", None,
        "No incident: the fetch step failed once on a carrier's planned 503 and the workflow's retryStrategy re-ran it "
        "successfully; all 14 carriers fetched and loaded, workflow Succeeded.",
        "Scheduled CronWorkflow completed successfully after one automatic retry of a transient carrier error.",
        "None needed.",
        "Argo CronWorkflow: a step fails once on a carrier 503, the retry succeeds, workflow Succeeded.")


def s_fleet_rollout_ok():
    """EKS healthy: rolling restart of fleet-tracker completes; a startup readiness failure is expected noise."""
    w = Win("fleet-rollout-ok", (2026, 2, 12, 10, 30, 4), events="logfmt")
    ns = "fleet"
    oldrs = w.rs("fleet-tracker").rsplit("-", 1)[0]
    newrs = w.rs("fleet-tracker").rsplit("-", 1)[0]
    olds = [oldrs + "-" + w.rand5("x")[2:] for _ in range(3)]
    news = [newrs + "-" + w.rand5("x")[2:] for _ in range(3)]
    nodes = ["ip-10-0-%d-%d.eu-central-1.compute.internal" % (a, b) for a, b in ((33, 71), (48, 122), (61, 14))]
    lbc = pod_labels("kube-system", w.rs("aws-load-balancer-controller"), "aws-load-balancer-controller",
                     "ip-10-0-12-9.eu-central-1.compute.internal")
    tgb = "k8s-fleet-fleettra-%s" % w.hexid(10)
    for i in range(3):
        t = 2.0 + i * 24.0
        NL = pod_labels(ns, news[i], "fleet-tracker", nodes[i])
        OL = pod_labels(ns, olds[i], "fleet-tracker", nodes[(i + 1) % 3])
        w.event(t, ns, "Normal", "ScalingReplicaSet", "Deployment", "fleet-tracker",
                "Scaled up replica set %s to %d from %d" % (newrs, i + 1, i) if i else
                "Scaled up replica set %s to 1" % newrs, source="deployment-controller")
        w.event(t + 2.1, ns, "Normal", "Started", "Pod", news[i], "Started container fleet-tracker", host=nodes[i])
        w.add(t + 2.4, NL, (lambda d: zap(d, "info", "cmd/main.go:48", "starting fleet-tracker", version="2.14.1")))
        if i == 0:
            w.event(t + 3.0, ns, "Warning", "Unhealthy", "Pod", news[i], 'Readiness probe failed: Get "http://10.0.%d.%d:'
                    '8080/readyz": dial tcp 10.0.%d.%d:8080: connect: connection refused' % (33, 190, 33, 190),
                    host=nodes[i])
        w.add(t + 4.1, NL, lambda d: zap(d, "info", "store/pool.go:33", "connected to timescaledb",
                                         host="timescaledb.fleet-db.svc", pool_max=10))
        w.add(t + 4.3, NL, lambda d: zap(d, "info", "http/server.go:61", "listening", addr=":8080"))
        w.add(t + 9.0, lbc, (lambda n: lambda d: jdump({"level": "info", "ts": iso(d, 3), "logger": "controllers.ingress",
                                                        "msg": "registering targets", "arn": "arn:aws:elasticloadbalancing:"
                                                        "eu-central-1:412345678901:targetgroup/%s/%s" % (tgb, w.hexid(16)),
                                                        "targets": [{"AvailabilityZone": None, "Id": "10.0.%d.%d" %
                                                                     (33 + n, 190 - n), "Port": 8080}]}))(i))
        w.event(t + 14.0, ns, "Normal", "ScalingReplicaSet", "Deployment", "fleet-tracker",
                "Scaled down replica set %s to %d from %d" % (oldrs, 2 - i, 3 - i), source="deployment-controller")
        w.add(t + 14.5, OL, lambda d: zap(d, "info", "cmd/main.go:92", "shutdown signal received, draining",
                                          grace="25s"))
        w.add(t + 20.9, OL, lambda d: zap(d, "info", "cmd/main.go:104", "server stopped", inflight=0))
    w.spread(0, 80, 14, None, lambda rg, d: (
        pod_labels(ns, rg.choice(olds if (d - w.t0).total_seconds() < 30 else news), "fleet-tracker",
                   rg.choice(nodes)),
        zap(d, "info", "store/batch.go:77", "positions batch written", rows=rg.randint(380, 1400),
            hypertable="vehicle_positions", took_ms=rg.randint(9, 60))))
    aws = pod_labels("kube-system", w.rand5("aws-node"), "aws-node", nodes[1])
    w.spread(0, 80, 3, aws, lambda rg, d: jdump({"level": "debug", "ts": iso(d, 3), "caller": "ipamd/ipamd.go:%d" %
                                                   rg.randint(640, 690), "msg": "IP pool stats: Total IPs/Prefixes = "
                                                   "87/0, AssignedIPs/CidrIPs = %d/0, c.maxIPsPerENI = 29" %
                                                   rg.randint(30, 44)}))
    return record(
        w, "Did the fleet-tracker restart this morning go through cleanly?",
        {"namespace": ns, "app": "fleet-tracker"}, "INFO", "none", None,
        "No incident: a rolling restart replaced all three fleet-tracker pods; the single readiness failure is the new "
        "pod probed before it listened, old pods drained gracefully and targets were registered.",
        "Routine rolling restart of fleet-tracker completed with no errors and continuous ingestion.",
        "None needed.",
        "Rolling restart completes; one startup readiness 'connection refused' is expected noise.")


def s_airflow_k8s_ok():
    """AKS healthy: Airflow KubernetesExecutor runs the nightly DAG; deprecation warnings and 'errors=0' look-alikes."""
    w = Win("airflow-k8s-ok", (2026, 2, 21, 1, 0, 2), events="json")
    ns = "airflow"
    sch = pod_labels(ns, w.rs("airflow-scheduler"), "scheduler", "aks-userpool-51902211-vmss000001")
    run = "scheduled__2026-02-20T01:00:00+00:00"
    tasks = ["extract_invoices", "match_shipments", "reconcile", "publish_report"]
    t = 1.0
    for i, task in enumerate(tasks):
        pod = "invoice-reconcile-%s-%s" % (task.replace("_", "-"), w.hexid(8))
        node = "aks-batchpool-40771123-vmss00000%d" % (i % 3)
        L = pod_labels("airflow-tasks", pod, "base", node)
        key = "TaskInstanceKey(dag_id='invoice_reconcile', task_id='%s', run_id='%s', try_number=1, map_index=-1)" % (
            task, run)
        w.add(t, sch, (lambda k_: lambda d: airflow(d, "kubernetes_executor.py:342", "INFO",
                                                   "Add task %s with command ['airflow', 'tasks', 'run', ...]" % k_))(key))
        w.add(t + 0.3, sch, (lambda p_: lambda d: airflow(d, "kubernetes_executor_utils.py:418", "INFO",
                                                         "Creating kubernetes pod for job is %s, with pod name %s, "
                                                         "annotations: <omitted>" % ("<omitted>", p_)))(pod))
        w.event(t + 0.5, "airflow-tasks", "Normal", "Scheduled", "Pod", pod, "Successfully assigned airflow-tasks/%s to "
                "%s" % (pod, node), source="default-scheduler")
        w.add(t + 4.0, L, (lambda tk, p_: lambda d: airflow(d, "task_command.py:426", "INFO",
                                                            "Running <TaskInstance: invoice_reconcile.%s %s [queued]> "
                                                            "on host %s" % (tk, run, p_)))(task, pod))
        if task == "reconcile":
            w.add(t + 11.0, L, lambda d: airflow(d, "reconcile.py:88", "INFO", "reconciled 18,422 invoices against "
                                                                             "shipments: mismatches=0 errors=0 "
                                                                             "skipped=12"))
            w.add(t + 4.4, L, lambda d: airflow(d, "logging_mixin.py:188", "WARNING", "/opt/airflow/dags/lib/db.py:14 "
                                                                                "RemovedInAirflow3Warning: Param "
                                                                                "`schedule_interval` is deprecated and "
                                                                                "will be removed in a future release. "
                                                                                "Please use `schedule` instead."))
        w.add(t + 12.0, L, (lambda tk: lambda d: airflow(d, "taskinstance.py:1206", "INFO", "Marking task as SUCCESS. "
                                                        "dag_id=invoice_reconcile, task_id=%s, run_id=%s" % (tk, run)))(task))
        w.add(t + 13.5, sch,
              (lambda k_: lambda d: airflow(d, "scheduler_job_runner.py:694", "INFO",
                                            "Received executor event with state success for task instance %s" % k_))(key))
        t += 17.0 + w.rng.uniform(0, 3)
    w.add(t + 1.0, sch, lambda d: airflow(d, "dagrun.py:854", "INFO", "Marking run <DagRun invoice_reconcile @ "
                                                                      "2026-02-20 01:00:00+00:00: %s, state:running, "
                                                                      "queued_at: 2026-02-21 01:00:00.412211+00:00. "
                                                                      "externally triggered: False> successful" % run))
    w.add(t + 1.01, sch, lambda d: airflow(d, "dagrun.py:905", "INFO", "DagRun Finished: dag_id=invoice_reconcile, "
                                                                       "execution_date=2026-02-20 01:00:00+00:00, "
                                                                       "run_id=%s, state=success" % run))
    w.spread(0, t, 5, sch, lambda rg, d: airflow(d, "scheduler_job_runner.py:1621", "INFO", "Adopting or resetting "
                                                   "orphaned tasks for active dag runs"))
    dp = pod_labels(ns, w.rs("airflow-dag-processor"), "dag-processor", "aks-userpool-51902211-vmss000003")
    w.spread(0, t, 3, dp, lambda rg, d: airflow(d, "manager.py:%d" % 920, "INFO", "DAG File Processing Stats: 23 files, "
                                                  "0 errors, last runtime %.2fs" % rg.uniform(0.4, 2.1)))
    return record(
        w, "Anything wrong with last night's invoice reconciliation run?",
        {"namespace": ns}, "INFO", "none", None,
        "No incident: all four KubernetesExecutor task pods ran and succeeded, the DAG run finished with state success; "
        "the WARNING is a deprecation notice and 'errors=0' is a clean result.",
        "Nightly invoice_reconcile DAG completed successfully.",
        "None needed (optionally replace schedule_interval with schedule).",
        "Airflow KubernetesExecutor DAG run succeeds; deprecation warning and 'errors=0' are look-alikes.")


def s_net_steady_ok():
    """kubeadm bare metal healthy: Cilium, MetalLB, ExternalDNS (RFC2136) and HAProxy ingress in steady state."""
    w = Win("net-steady-ok", (2026, 3, 2, 9, 15, 0), events="logfmt")
    cil = pod_labels("kube-system", w.rand5("cilium"), "cilium-agent", "k8s-w-03")
    cop = pod_labels("kube-system", w.rs("cilium-operator"), "cilium-operator", "k8s-cp-02")
    spk = [pod_labels("metallb-system", w.rand5("speaker"), "speaker", n) for n in ("k8s-w-01", "k8s-w-02")]
    ed = pod_labels("external-dns", w.rs("external-dns"), "external-dns", "k8s-w-04")
    hap = pod_labels("haproxy-ingress", w.rs("haproxy-ingress"), "haproxy-ingress", "k8s-w-02")
    pods = ["wms/hub-sorter", "wms/wms-inventory", "fleet/dispatch", "wms/shipment-api"]

    def cilium(rg, d):
        if rg.random() < 0.5:
            p = rg.choice(pods)
            return logrus(d, "info", "Rewrote endpoint BPF program", digits=9, containerID=w.hexid(12),
                          datapathPolicyRevision=rg.randint(40, 60), desiredPolicyRevision=rg.randint(40, 60),
                          endpointID=rg.randint(100, 3999), identity=rg.randint(10000, 60000),
                          ipv4="192.168.%d.%d" % (rg.randint(10, 90), rg.randint(2, 250)),
                          k8sPodName="%s-%s" % (p, w.hexid(5)), subsys="endpoint")
        return logrus(d, "info", "regenerating all endpoints", digits=9,
                      reason="one or more identities created or deleted", subsys="endpoint-manager")
    w.spread(0, 120, 7, cil, cilium)
    w.add(44.0, cop, lambda d: klog(d, "I", "request.go:697", "Waited for 1.193622158s due to client-side throttling, "
                                                            "not priority and fairness, request: GET:https://10.96.0.1:"
                                                            "443/apis/cilium.io/v2/ciliumidentities?limit=500"))
    w.add(44.5, cop, lambda d: logrus(d, "info", "Garbage collected identities", digits=9, deleted=3, subsys="identity-gc"))

    def metallb(rg, d):
        i = rg.randrange(2)
        if rg.random() < 0.6:
            return spk[i], jdump({"caller": "main.go:420", "event": "serviceAnnounced",
                                  "ips": [rg.choice(["10.20.0.50", "10.20.0.51", "10.20.0.53"])], "level": "info",
                                  "msg": "service has IP, announcing", "pool": "public", "protocol": "layer2",
                                  "ts": iso(d, 0)})
        return spk[i], jdump({"caller": "level.go:63", "level": "debug", "msg": "memberlist: Stream connection "
                              "from=10.20.0.%d:%d" % (rg.randint(11, 18), rg.randint(40000, 60000)), "ts": iso(d, 0)})
    w.spread(0, 120, 7, None, metallb)
    for t in (12.0, 72.0):
        w.add(t + w.rng.uniform(0, 0.5), ed, lambda d: logrus(d, "info", "All records are already up to date"))
    w.add(12.9, ed, lambda d: logrus(d, "debug", "Skipping endpoint tracking.acme-logistics.lan 300 IN A  10.20.0.50 "
                                                "[] because owner id does not match, found: \"\", required: \"k8s-prod\""))

    def hap_line(rg, d):
        ts = d.strftime("%d/%b/%Y:%H:%M:%S") + "." + ms(d)
        st = 404 if rg.random() < 0.12 else 200
        path = "/api/v1/sscc/%018d" % rg.randint(10**17, 10**18 - 1) if st == 404 else rg.choice(
            ["/api/v1/stock/SKU-%d" % rg.randint(100000, 999999), "/api/v1/shipments", "/v1/jobs/next"])
        be = "wms_wms-inventory_8080" if "stock" in path or "sscc" in path else (
            "wms_shipment-api_8080" if "shipments" in path else "fleet_dispatch_8080")
        return ('10.20.4.%d:%d [%s] https-in~ %s/SRV_%d 0/0/1/%d/%d %d %d - - ---- %d/%d/2/1/0 0/0 "GET %s HTTP/1.1"'
                % (rg.randint(2, 250), rg.randint(30000, 60000), ts, be, rg.randint(1, 3), rg.randint(2, 40),
                   rg.randint(41, 60), st, rg.randint(200, 4000), rg.randint(40, 60), rg.randint(10, 20), path))
    w.spread(0, 120, 12, hap, hap_line)
    return record(
        w, "Is the cluster networking (Cilium, MetalLB, DNS records, ingress) healthy?",
        {"namespace": "kube-system"}, "INFO", "none", None,
        "No incident: Cilium regenerates endpoints normally, MetalLB announces the service IPs, ExternalDNS reports "
        "records up to date and HAProxy serves 200s; the 404s are unknown SSCC lookups and the client-side "
        "throttling message is benign.",
        "Steady-state networking with routine messages only.",
        "None needed.",
        "Healthy Cilium/MetalLB/ExternalDNS/HAProxy; client-side throttling notice and 404 lookups are noise.")


def s_kueue_ray_ok():
    """GKE healthy: Kueue admits a GPU RayJob, it runs and succeeds; Ray's /dev/shm warning is benign."""
    w = Win("kueue-ray-ok", (2026, 3, 1, 2, 30, 8), events="json")
    ns = "ml-eta"
    kq = pod_labels("kueue-system", w.rs("kueue-controller-manager"), "manager",
                    "gke-logi-prod-default-pool-0b7d3e91-lc5h")
    wl = "rayjob-route-embed-eval-%s" % w.hexid(5)
    gnode = "gke-logi-prod-gpu-pool-61c0d2f4-q7vn"
    sub = pod_labels(ns, w.rand5("route-embed-eval"), "ray-job-submitter", "gke-logi-prod-default-pool-0b7d3e91-x2bd")
    head = pod_labels(ns, w.rand5("route-embed-eval-raycluster-head"), "ray-head", gnode)

    def kl(d, msg, **kv):
        o = {"level": "Level(-2)", "ts": iso(d, 6), "logger": "scheduler", "caller": "scheduler/scheduler.go:%d" % 624,
             "msg": msg}
        o.update(kv)
        return jdump(o)
    w.add(0.0, kq, lambda d: kl(d, "Workload create", workload={"name": wl, "namespace": ns}, queue="ml-gpu",
                                status="pending"))
    w.add(0.3, kq, lambda d: kl(d, "Workload successfully admitted and assigned flavors",
                                workload={"name": wl, "namespace": ns}, clusterQueue={"name": "gpu-cq"},
                                assignments=[{"name": "head", "flavors": {"cpu": "default", "memory": "default",
                                                                           "nvidia.com/gpu": "l4"}, "count": 1},
                                             {"name": "gpu-workers", "flavors": {"cpu": "default", "memory": "default",
                                                                                  "nvidia.com/gpu": "l4"}, "count": 2}]))
    w.event(1.0, ns, "Normal", "Admitted", "Workload", wl, "Admitted by ClusterQueue gpu-cq, wait time since "
            "reservation was 0s", source="kueue-admission")
    w.add(14.2, head, lambda d: "%s,%s\tWARNING services.py:2009 -- WARNING: The object store is using /tmp instead of "
                                "/dev/shm because /dev/shm has only 67108864 bytes available. This will harm "
                                "performance! You may be able to free up space by deleting files in /dev/shm. If you "
                                "are inside a Docker container, you can increase /dev/shm size by passing "
                                "'--shm-size=10.24gb' to 'docker run' (or add it to the run_options list in a Ray "
                                "cluster config). Make sure to set this to more than 30%% of available RAM."
          % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    w.add(15.0, head, lambda d: "%s,%s\tINFO scripts.py:1120 -- Ray runtime started." % (d.strftime("%Y-%m-%d %H:%M:%S"),
                                                                                        ms(d)))
    w.add(31.0, sub, lambda d: "%s,%s\tINFO cli.py:36 -- Job submission server address: http://route-embed-eval-"
                               "raycluster-head-svc.ml-eta.svc.cluster.local:8265" % (d.strftime("%Y-%m-%d %H:%M:%S"),
                                                                                     ms(d)))
    w.add(31.6, sub, lambda d: "%s,%s\tSUCC cli.py:60 -- Job 'raysubmit_%s' submitted successfully"
          % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), "Q3WZ8KX1YVN4TB7M"))
    for k in range(6):
        t = 40.0 + k * 12.0 + w.rng.uniform(0, 3)
        w.add(t, sub, (lambda kk: lambda d: "(EvalActor pid=%d, ip=10.8.7.%d) evaluated shard %d/6: recall@10=%.3f "
                                            "latency_p95_ms=%.1f" % (812 + kk % 2, 14 + kk % 2, kk + 1,
                                                                     0.912 + 0.004 * w.rng.random(),
                                                                     w.rng.uniform(8, 12)))(k))
    w.add(116.0, sub, lambda d: "%s,%s\tSUCC cli.py:60 -- Job 'raysubmit_Q3WZ8KX1YVN4TB7M' succeeded"
          % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    w.add(117.2, kq, lambda d: kl(d, "Workload finished", workload={"name": wl, "namespace": ns},
                                  clusterQueue={"name": "gpu-cq"}, reason="Succeeded"))
    dp = pod_labels("kube-system", w.rand5("nvidia-gpu-device-plugin-small-cos"), "nvidia-gpu-device-plugin", gnode)
    w.add(3.0, dp, lambda d: klog(d, "I", "plugin.go:%d" % 142, "device-plugin: ListAndWatch start"))
    w.spread(0, 118, 4, dp, lambda rg, d: klog(d, "I", "metrics.go:%d" % 144, "Found %d GPUs, collected metrics: "
                                                 "duty_cycle=%d%% memory_used=%dMiB" % (1, rg.randint(40, 98),
                                                                                       rg.randint(9000, 20000))))
    dcgm = pod_labels("gke-managed-system", w.rand5("dcgm-exporter"), "dcgm-exporter", gnode)
    w.spread(0, 118, 3, dcgm, lambda rg, d: logrus(d, "info", "Collecting DCP metrics" if rg.random() < 0.5 else
                                                     "Pipeline starting"))
    w.spread(20, 118, 5, head, lambda rg, d: "[%s,%s I 44 44] (gcs_server) gcs_server.cc:273: GcsNodeManager: "
             "{RegisterNode request count: 3, DrainNode request count: 0, GetAllNodeInfo request count: %d}"
             % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), rg.randint(100, 400)))
    return record(
        w, "Did the route-embedding evaluation job run on the GPU queue?",
        {"namespace": ns}, "INFO", "none", None,
        "No incident: Kueue admitted the RayJob on the gpu-cq L4 flavor immediately, the job evaluated all 6 shards "
        "and succeeded; the /dev/shm warning is a benign Ray performance notice.",
        "GPU RayJob admitted by Kueue and completed successfully.",
        "None needed.",
        "Kueue admits a GPU RayJob that succeeds; Ray's /dev/shm WARNING is a look-alike.")


def s_edge_mqtt_ok():
    """MicroK8s healthy: warehouse edge MQTT traffic, scheduled dock-terminal restart with a benign Kestrel warning."""
    w = Win("edge-mqtt-ok", (2026, 3, 2, 5, 59, 40), events="logfmt")
    ns = "edge-mqtt"
    M = pod_labels(ns, "mosquitto-0", "mosquitto", "wh-ham-edge-02")
    sg = pod_labels("wms-edge", w.rs("scanner-gateway"), "scanner-gateway", "wh-ham-edge-03")
    newdt = w.rs("dock-terminal")
    DT = pod_labels("wms-edge", newdt, "dock-terminal", "wh-ham-edge-01")

    def ep(d):
        return "%d" % int(epoch(d))

    def mq(rg, d):
        r = rg.random()
        ip = "10.1.%d.%d" % (rg.randint(10, 90), rg.randint(2, 250))
        port = rg.randint(30000, 60000)
        if r < 0.35:
            return "%s: New connection from %s:%d on port 1883." % (ep(d), ip, port)
        if r < 0.7:
            cid = rg.choice(["forklift-ft-%02d" % rg.randint(1, 40), "scanner-gw-ham", "door-sensor-d%02d" %
                             rg.randint(1, 14)])
            return "%s: New client connected from %s:%d as %s (p5, c1, k60, u'%s')." % (ep(d), ip, port, cid,
                                                                                     cid.split("-")[0])
        return "%s: Client forklift-ft-%02d disconnected." % (ep(d), rg.randint(1, 40))
    w.spread(0, 120, 12, M, mq)
    w.add(60.4, M, lambda d: "%s: Saving in-memory database to /mosquitto/data/mosquitto.db." % ep(d))
    w.spread(0, 120, 8, sg, lambda rg, d: "%s.%s [info] scan accepted dock=D%02d sscc=%018d" %
             (d.strftime("%H:%M:%S"), ms(d), rg.randint(1, 14), rg.randint(10**17, 10**18 - 1)))
    rid = w.hexid(12).upper()
    w.add(71.2, sg, lambda d: "%s.%s request_id=F%s [info] GET /api/sscc/003401234500000%05d" %
          (d.strftime("%H:%M:%S"), ms(d), rid, w.rng.randint(0, 99999)))
    w.add(71.214, sg, lambda d: "%s.%s request_id=F%s [info] Sent 404 in 2ms" % (d.strftime("%H:%M:%S"), ms(d), rid))
    w.event(20.0, "wms-edge", "Normal", "SuccessfulCreate", "Job", "dock-terminal-restart-29497440",
            "Created pod: dock-terminal-restart-29497440-%s" % "".join(w.pick(SAFE) for _ in range(5)),
            source="job-controller")
    w.event(24.1, "wms-edge", "Normal", "ScalingReplicaSet", "Deployment", "dock-terminal",
            "Scaled up replica set %s to 1" % newdt.rsplit("-", 1)[0], source="deployment-controller")
    w.add(27.9, DT, lambda d: dotnet_json(d, "Warning", "Microsoft.AspNetCore.Hosting.Diagnostics",
                                          "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined "
                                          "by URLS instead 'http://+:5000'.", 15))
    w.add(28.3, DT, lambda d: dotnet_json(d, "Information", "Microsoft.Hosting.Lifetime", "Now listening on: "
                                          "http://[::]:5000", 14))
    w.add(28.31, DT, lambda d: dotnet_json(d, "Information", "Microsoft.Hosting.Lifetime", "Application started. "
                                           "Press Ctrl+C to shut down.", 0))
    w.add(29.0, DT, lambda d: dotnet_json(d, "Information", "DockTerminal.Mqtt.MqttSession", "Connected to "
                                          "mqtt://mosquitto.edge-mqtt.svc.cluster.local:1883 as dock-terminal", 0))
    w.event(36.0, "wms-edge", "Normal", "ScalingReplicaSet", "Deployment", "dock-terminal",
            "Scaled down replica set dock-terminal-%s to 0 from 1" % w.hexid(10), source="deployment-controller")
    w.spread(30, 120, 5, DT, lambda rg, d: dotnet_json(d, "Information", "DockTerminal.Docks.DockStatusHandler",
                                                         "Dock D%02d status %s" % (rg.randint(1, 14),
                                                                                   rg.choice(["OPEN", "LOADING",
                                                                                              "CLOSED"])), 0))
    return record(
        w, "Is the Hamburg edge site (MQTT, scanners, dock terminals) working normally?",
        {"namespace": ns}, "INFO", "none", None,
        "No incident: Mosquitto accepts and drops client sessions normally and autosaves, scans are accepted, the "
        "scheduled nightly restart of dock-terminal completed (the Kestrel 'Overriding HTTP_PORTS' warning is benign) "
        "and the 404 is an unknown SSCC lookup.",
        "Normal edge traffic and a completed scheduled restart.",
        "None needed.",
        "Healthy edge MQTT traffic; scheduled dock-terminal restart with a benign Kestrel warning and a 404 lookup.")


def s_longhorn_backup_ok():
    """RKE2 healthy: Longhorn nightly recurring backup of the TimescaleDB volume, Postgres maintenance noise."""
    w = Win("longhorn-backup-ok", (2026, 3, 3, 0, 30, 1), events="json")
    lns = "longhorn-system"
    vol = "pvc-4e9a1c02-7b3d-4f61-8e2a-91c0d5b7a3e6"
    job = pod_labels(lns, "nightly-backup-29498430-%s" % "".join(w.pick(SAFE) for _ in range(5)), "nightly-backup",
                     "rke2-agent-04")
    mgr = pod_labels(lns, w.rand5("longhorn-manager"), "longhorn-manager", "rke2-agent-03")
    im = pod_labels(lns, "instance-manager-%s" % w.hexid(32), "instance-manager", "rke2-agent-03")
    bk = "backup-%s" % w.hexid(16)
    snap = "c-%s" % w.hexid(6)
    w.add(0.5, job, lambda d: logrus(d, "info", "Setting allow-recurring-job-while-volume-detached to false",
                                     job="nightly-backup", task="backup"))
    w.add(0.9, job, lambda d: logrus(d, "info", "Creating job", job="nightly-backup", task="backup", volume=vol,
                                     retain="14", concurrent="2"))
    w.add(1.6, mgr, lambda d: logrus(d, "info", "Created snapshot %s of volume %s" % (snap, vol),
                                     controller="longhorn-volume", node="rke2-agent-03"))
    w.add(2.2, im, lambda d: "[%s-e-0] time=\"%s\" level=info msg=\"Starting backup\" backup=%s snapshot=%s "
                             "backupstore=\"s3://longhorn-backups@eu-central-1/\"" % (vol, iso(d, 0), bk, snap))
    def progress(rg, d):
        pct = min(99, int(((d - w.t0).total_seconds() - 2.2) / 82.0 * 100))
        return im, "[%s-r-%s] time=\"%s\" level=info msg=\"Backup progress\" backup=%s progress=%d" % (
            vol, "3b7a", iso(d, 0), bk, pct)
    w.spread(5, 80, 6, None, progress)
    w.add(84.0, im, lambda d: "[%s-e-0] time=\"%s\" level=info msg=\"Completed creating backup\" backup=%s "
                              "size=\"18.4Gi\" transferred=\"1.2Gi\"" % (vol, iso(d, 0), bk))
    w.add(85.1, job, lambda d: logrus(d, "info", "Created backup %s for volume %s" % (bk, vol), job="nightly-backup"))
    w.add(85.6, job, lambda d: logrus(d, "info", "Cleaned up 1 expired backup(s) for volume %s" % vol,
                                      job="nightly-backup", retain="14"))
    w.add(86.0, job, lambda d: logrus(d, "info", "Finished recurring job", job="nightly-backup", task="backup"))
    db = pod_labels("fleet-db", "timescaledb-0", "timescaledb", "rke2-agent-03")
    w.add(10.0, db, lambda d: pg(d, 61, "LOG", "checkpoint starting: time"))
    w.add(41.7, db, lambda d: pg(d, 61, "LOG", "checkpoint complete: wrote 3311 buffers (2.0%); 0 WAL file(s) added, 0 "
                                              "removed, 3 recycled; write=29.812 s, sync=0.018 s, total=31.702 s; sync "
                                              "files=88, longest=0.004 s, average=0.001 s; distance=52110 kB, "
                                              "estimate=55012 kB; lsn=2A/11C0F0B8, redo lsn=2A/10F2E3A0"))
    w.add(55.3, db, lambda d: pg(d, 48812, "LOG", "automatic vacuum of table \"fleet._timescaledb_internal."
                                                 "_hyper_1_412_chunk\": index scans: 0"))
    w.spread(0, 90, 2, db, lambda rg, d: pg(d, rg.randint(50000, 60000), "WARNING", "there is no transaction in "
                                                                                   "progress"))
    ft = pod_labels("fleet", w.rs("fleet-tracker"), "fleet-tracker", "rke2-agent-05")
    w.spread(0, 90, 8, ft, lambda rg, d: zap(d, "info", "store/batch.go:77", "positions batch written",
                                               rows=rg.randint(40, 300), hypertable="vehicle_positions",
                                               took_ms=rg.randint(3, 30)))
    csi = pod_labels(lns, w.rand5("longhorn-csi-plugin"), "longhorn-csi-plugin", "rke2-agent-03")
    w.spread(0, 90, 3, csi, lambda rg, d: logrus(d, "info", "NodeGetVolumeStats: req: {\"volume_id\":\"%s\","
                                                   "\"volume_path\":\"/var/lib/kubelet/pods/%s/volumes/kubernetes.io~csi/"
                                                   "%s/mount\"}" % (vol, w.uid(), vol), component="csi-node-server"))
    return record(
        w, "Did the nightly Longhorn backup of the fleet database complete?",
        {"namespace": lns}, "INFO", "none", None,
        "No incident: the nightly recurring job snapshotted and backed up the TimescaleDB volume to S3 and pruned an "
        "expired backup; Postgres shows routine checkpoints and autovacuum, and 'there is no transaction in progress' "
        "is a harmless client-side warning.",
        "Scheduled Longhorn backup completed; database maintenance normal.",
        "None needed.",
        "Longhorn nightly recurring backup completes; Postgres checkpoint/autovacuum and a benign WARNING.")


SCENARIOS = [
    s_route_optimizer_oom,
    s_telemetry_ingest_panic,
    s_shipment_api_liveness,
    s_rabbitmq_drain_refused,
    s_ceph_healthy_scrub,
    s_carrier_label_nre,
    s_argo_manifest_unknown,
    s_mosquitto_pull_401,
    s_geocoder_readiness_404,
    s_volcano_gang_gpu,
    s_spark_karpenter,
    s_coredns_upstream_timeout,
    s_coredns_loop,
    s_minio_scaled_zero,
    s_osrm_slow,
    s_inventory_grpc_deadline,
    s_hivemq_cert_expired,
    s_volcano_webhook_ca,
    s_externaldns_accessdenied,
    s_airflow_rbac_forbidden,
    s_dock_booking_secret_key,
    s_slurmctld_parse,
    s_airflow_worker_ephemeral,
    s_hikari_leak,
    s_ceph_osd_eio,
    s_ebs_multiattach,
    s_postgis_too_many,
    s_flyway_unique,
    s_geocode_429,
    s_kuberay_oom,
    s_certmanager_ratelimit,
    s_gpu_xid79,
    s_talos_node_notready,
    s_argo_cron_retry_ok,
    s_fleet_rollout_ok,
    s_airflow_k8s_ok,
    s_net_steady_ok,
    s_kueue_ray_ok,
    s_edge_mqtt_ok,
    s_longhorn_backup_ok,
]


# ====================================================================== assembly

def build_all():
    scen = []
    for i, fn in enumerate(SCENARIOS, 1):
        s = fn()
        s["sid"] = "s%02d" % i
        s["rec"]["source"] = "synthetic:dev17/s%02d" % i
        scen.append(s)
    order = list(range(len(scen)))
    random.Random("dev17-shuffle").shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        s = scen[idx]
        rec = s["rec"]
        full = {"id": "dev17-%03d" % n, "source": rec["source"], "question": rec["question"],
                "selector": rec["selector"], "logs": rec["logs"], "expected": rec["expected"]}
        s["id"] = full["id"]
        s["full"] = full
        out.append(s)
    return out


def serialise(scen):
    return "".join(json.dumps(s["full"], ensure_ascii=True, sort_keys=False) + "\n" for s in scen)


# ---------------------------------------------------------------- self-checks

TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def parse_ts(s):
    if not TS_RE.match(s):
        raise ValueError("not RFC 3339: %r" % s)
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def self_checks(scen, final=True):
    problems = []
    ids = [s["full"]["id"] for s in scen]
    if final and len(scen) != 40:
        problems.append("expected 40 records, got %d" % len(scen))
    if ids != ["dev17-%03d" % i for i in range(1, len(scen) + 1)]:
        problems.append("ids not sequential")
    keys = [s["key"] for s in scen]
    if len(set(keys)) != len(keys):
        problems.append("duplicate scenario keys")
    sources = [s["full"]["source"] for s in scen]
    if len(set(sources)) != len(sources):
        problems.append("duplicate sources")
    cats = {}
    sevs = {}
    for s in scen:
        rec = s["full"]
        rid = rec["id"]
        exp = rec["expected"]
        cat, sev = exp["root_cause_category"], exp["severity"]
        cats[cat] = cats.get(cat, 0) + 1
        sevs[sev] = sevs.get(sev, 0) + 1
        if not re.match(r"^synthetic:dev17/s\d\d$", rec["source"]):
            problems.append("%s: bad source" % rid)
        if cat not in CATEGORIES + ["none"]:
            problems.append("%s: unknown category %s" % (rid, cat))
        if sev not in SEVERITIES:
            problems.append("%s: unknown severity %s" % (rid, sev))
        if (cat == "none") != (sev == "INFO"):
            problems.append("%s: none <-> INFO mismatch" % rid)
        logs = rec["logs"]
        if not 20 <= len(logs) <= 80:
            problems.append("%s: %d lines (want 20-80)" % (rid, len(logs)))
        prev = None
        for i, l in enumerate(logs):
            try:
                t = parse_ts(l["ts"])
            except ValueError as e:
                problems.append("%s[%d]: %s" % (rid, i, e))
                continue
            if prev and t < prev:
                problems.append("%s[%d]: out of order" % (rid, i))
            prev = t
            if not isinstance(l["labels"], dict) or not all(isinstance(v, str) for v in l["labels"].values()):
                problems.append("%s[%d]: labels must be str->str" % (rid, i))
            if not isinstance(l["line"], str):
                problems.append("%s[%d]: line not str" % (rid, i))
        ev = exp["evidence"]
        if cat == "none":
            if ev:
                problems.append("%s: evidence must be empty for none" % rid)
            if "component" in exp:
                problems.append("%s: healthy record carries a component" % rid)
        else:
            if not ev:
                problems.append("%s: incident without evidence" % rid)
            if ev != sorted(set(ev)) or any(not 0 <= i < len(logs) for i in ev):
                problems.append("%s: evidence indices invalid %r" % (rid, ev))
            if len(ev) > 8:
                problems.append("%s: too much evidence (%d)" % (rid, len(ev)))
            comp = exp.get("component", "")
            if not comp or comp != comp.strip():
                problems.append("%s: component empty or padded" % rid)
            blob = " ".join(logs[i]["line"] + " " + " ".join(logs[i]["labels"].values()) for i in ev
                            if 0 <= i < len(logs)).lower()
            if comp.lower() not in blob:
                problems.append("%s: component %r not named in any evidence line or its labels" % (rid, comp))
            if not any(l["line"].strip() for l in (logs[i] for i in ev if 0 <= i < len(logs))):
                problems.append("%s: evidence lines are empty" % rid)
        srcs = set((l["labels"].get("pod") or l["labels"].get("unit") or l["labels"].get("job")) for l in logs)
        if len(srcs) < 3:
            problems.append("%s: only %d log sources, want interleaved neighbours" % (rid, len(srcs)))
        for fld in ("root_cause", "summary", "action"):
            if not exp.get(fld):
                problems.append("%s: missing %s" % (rid, fld))
        for l in logs:
            if "dev17" in l["line"] or s["key"] in l["line"]:
                problems.append("%s: generator key leaks into a log line" % rid)
                break
            leak = [c for c in CATEGORIES if "_" in c and c in l["line"]]
            if leak:
                problems.append("%s: taxonomy label %s appears verbatim in a log line" % (rid, leak[0]))
                break
    for s in scen:
        if s["key"] not in PLATFORM:
            problems.append("%s: no platform recorded for %s" % (s["full"]["id"], s["key"]))
    if final:
        plats = set(PLATFORM[s["key"]] for s in scen if s["key"] in PLATFORM)
        for pl in ("EKS", "AKS", "GKE", "OpenShift", "RKE2", "Talos", "MicroK8s", "kubeadm"):
            if pl not in plats:
                problems.append("no record on %s" % pl)
        if cats.get("none", 0) != 8:
            problems.append("want 8 healthy records, got %d" % cats.get("none", 0))
        for c in CATEGORIES:
            if cats.get(c, 0) != 2:
                problems.append("category %s appears %d times (want 2)" % (c, cats.get(c, 0)))
        for sv in ("WARN", "ERROR", "CRITICAL"):
            if not sevs.get(sv):
                problems.append("no %s incident" % sv)
    # determinism: a second in-process build gives the same bytes
    if serialise(build_all()) != serialise(scen):
        problems.append("two in-process builds differ")
    return problems, cats, sevs


# ---------------------------------------------------------------- CLI

def find(scen, key):
    for s in scen:
        if key in (s["key"], s["sid"], s["full"]["id"]):
            return s
    return None


def preview_all(scen):
    print("%-9s %-4s %-28s %-19s %-8s %-22s %5s  %s" % ("id", "src", "key", "category", "severity",
                                                       "component", "lines", "evidence"))
    for s in scen:
        e = s["full"]["expected"]
        print("%-9s %-4s %-28s %-19s %-8s %-22s %5d  %s" % (
            s["full"]["id"], s["sid"], s["key"], e["root_cause_category"], e["severity"],
            e.get("component", "-"), len(s["full"]["logs"]), e["evidence"]))
    final = len(scen) == 40
    problems, cats, sevs = self_checks(scen, final=final)
    print()
    print("categories: " + ", ".join("%s=%d" % (c, cats[c]) for c in sorted(cats)))
    print("severities: " + ", ".join("%s=%d" % (k, sevs.get(k, 0)) for k in SEVERITIES))
    if problems:
        for p in problems:
            print("PROBLEM: " + p)
        print("self-checks: FAILED (%d problems)" % len(problems))
        return 1
    if not final:
        print("(partial set: %d of 40 scenarios; composition checks skipped)" % len(scen))
    print("self-checks: ok")
    return 0


def preview_one(s):
    rec = s["full"]
    e = rec["expected"]
    print("%s  %s  key=%s" % (rec["id"], rec["source"], s["key"]))
    print("question : %s" % rec["question"])
    print("selector : %s" % jdump({k: v for k, v in rec["selector"].items() if v is not None}))
    print("expected : %s / %s / component=%s" % (e["severity"], e["root_cause_category"], e.get("component", "-")))
    print("story    : %s" % s["story"])
    print()
    ev = set(e["evidence"])
    for i, l in enumerate(rec["logs"]):
        lab = l["labels"]
        src = lab.get("pod") or lab.get("unit") or lab.get("job")
        print("%s%3d %s %-38s %s" % ("*" if i in ev else " ", i, l["ts"], src[:38], l["line"]))
    print()
    print("root_cause: %s" % e["root_cause"])
    print("summary   : %s" % e["summary"])
    print("action    : %s" % e["action"])


PLATFORM = {
    "route-optimizer-oom": "AKS", "telemetry-ingest-panic": "EKS", "shipment-api-liveness": "kubeadm",
    "rabbitmq-drain-refused": "GKE", "ceph-healthy-scrub": "Talos", "carrier-label-nre": "AKS",
    "argo-manifest-unknown": "OpenShift", "mosquitto-pull-401": "MicroK8s", "geocoder-readiness-404": "RKE2",
    "volcano-gang-gpu": "kubeadm", "spark-karpenter": "EKS", "coredns-upstream-timeout": "AKS",
    "coredns-loop": "kubeadm", "minio-scaled-zero": "RKE2", "osrm-slow": "Talos",
    "inventory-grpc-deadline": "OpenShift", "hivemq-cert-expired": "OpenShift", "volcano-webhook-ca": "kubeadm",
    "externaldns-accessdenied": "EKS", "airflow-rbac-forbidden": "GKE", "dock-booking-secret-key": "AKS",
    "slurmctld-parse": "kubeadm", "airflow-worker-ephemeral": "EKS", "hikari-leak": "OpenShift",
    "ceph-osd-eio": "kubeadm", "ebs-multiattach": "EKS", "postgis-too-many": "GKE", "flyway-unique": "RKE2",
    "geocode-429": "Talos", "kuberay-oom": "GKE", "certmanager-ratelimit": "MicroK8s", "gpu-xid79": "kubeadm",
    "talos-node-notready": "Talos", "argo-cron-retry-ok": "OpenShift", "fleet-rollout-ok": "EKS",
    "airflow-k8s-ok": "AKS", "net-steady-ok": "kubeadm", "kueue-ray-ok": "GKE", "edge-mqtt-ok": "MicroK8s",
    "longhorn-backup-ok": "RKE2",
}


def md_escape(s):
    return str(s).replace("|", "\\|")


def table(scen):
    print("| id | src | platform | category | severity | component | lines | ev | story |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in scen:
        e = s["full"]["expected"]
        print("| %s | %s | %s | %s | %s | %s | %d | %d | %s |" % (
            s["full"]["id"], s["full"]["source"].split("/")[-1], PLATFORM.get(s["key"], "?"),
            e["root_cause_category"], e["severity"], e.get("component", "—"), len(s["full"]["logs"]),
            len(e["evidence"]), md_escape(s["story"])))
    print()
    cats, sevs = {}, {}
    grid = {}
    for s in scen:
        e = s["full"]["expected"]
        c, v = e["root_cause_category"], e["severity"]
        cats[c] = cats.get(c, 0) + 1
        sevs[v] = sevs.get(v, 0) + 1
        grid.setdefault(c, {}).setdefault(v, 0)
        grid[c][v] += 1
    print("| category | INFO | WARN | ERROR | CRITICAL | total |")
    print("|---|---|---|---|---|---|")
    for c in ["none"] + CATEGORIES:
        if c in grid:
            print("| %s | %s | %d |" % (c, " | ".join(str(grid[c].get(v, 0)) for v in SEVERITIES), cats[c]))
    print("| **total** | %s | %d |" % (" | ".join(str(sevs.get(v, 0)) for v in SEVERITIES), len(scen)))
    print()
    plats = {}
    for s in scen:
        pl = PLATFORM.get(s["key"], "?")
        inc = s["full"]["expected"]["root_cause_category"] != "none"
        plats.setdefault(pl, [0, 0])[0 if inc else 1] += 1
    print("| platform | incidents | healthy |")
    print("|---|---|---|")
    for pl in sorted(plats):
        print("| %s | %d | %d |" % (pl, plats[pl][0], plats[pl][1]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preview", nargs="?", const="", default=None, metavar="KEY")
    ap.add_argument("--table", action="store_true")
    a = ap.parse_args(argv)
    scen = build_all()
    if a.preview is not None:
        if a.preview == "":
            return preview_all(scen)
        s = find(scen, a.preview)
        if not s:
            print("unknown key %r; keys: %s" % (a.preview, ", ".join(x["key"] for x in scen)), file=sys.stderr)
            return 2
        preview_one(s)
        return 0
    if a.table:
        table(scen)
        return 0
    data = serialise(scen).encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d records, %d bytes)" % (OUT, len(scen), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
