#!/usr/bin/env python3
"""Generator for dev21: an independent, held-out golden set for loglens.

Written only from the golden format contract (golden-format.md).  Standard library
only and fully deterministic:

* every random choice of a scenario comes from random.Random("dev21-<scenario name>");
* the final record order is shuffled with random.Random("dev21-shuffle");
* ids dev21-001 ... dev21-040 are assigned after the shuffle.

Running it writes dev21.jsonl next to this script (UTF-8, "\\n" line endings).

Themes: automotive / manufacturing (MES, PLC gateways, OPC-UA bridges, vehicle telemetry),
hospitality / food delivery (dispatch, courier tracking, kitchen display, booking) and
legal / document processing (OCR, e-signature, document search, retention).
"""
import datetime as _dt
import json
import os
import random

UTC = _dt.timezone.utc
ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def rs_hash(rng):
    return "".join(rng.choice(ALNUM) for _ in range(rng.choice((9, 10))))


def sfx(rng, n=5):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def vin(rng, wmi="WVW"):
    return wmi + "".join(rng.choice(VIN_CHARS) for _ in range(14))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def q(v):
    """logfmt quoting"""
    s = str(v)
    if s == "" or any(c in s for c in ' ="\t'):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def kv(fields):
    return " ".join("%s=%s" % (k, q(v)) for k, v in fields)


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------------------
# timestamp renderings
# ---------------------------------------------------------------------------

def iso_z(d, p=3):
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if p:
        s += "." + ("%06d" % d.microsecond)[:p]
    return s + "Z"


def iso_off(d, p=3):
    return iso_z(d, p)[:-1] + "+00:00"


def sp(d, sep=".", p=3):
    return d.strftime("%Y-%m-%d %H:%M:%S") + sep + ("%06d" % d.microsecond)[:p]


def clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def epoch(d):
    return d.timestamp()


def nano(d, rng):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d%03dZ" % (d.microsecond, rng.randrange(1000))


# ---------------------------------------------------------------------------
# line formats of the various ecosystems
# ---------------------------------------------------------------------------

def f_klog(d, sev, pid, src, msg):
    return "%s%s.%06d %7d %s] %s" % (sev, d.strftime("%m%d %H:%M:%S"), d.microsecond, pid, src, msg)


def f_spring2(d, lvl, thread, logger, msg, pid=1):
    return "%s %5s %d --- [%15s] %-40s : %s" % (sp(d), lvl, pid, thread[-15:], logger, msg)


def f_spring3(d, lvl, app, thread, logger, msg, pid=1):
    return "%s %5s %d --- [%s] [%15s] %-40s : %s" % (iso_off(d), lvl, pid, app, thread[-15:], logger, msg)


def f_logback(d, lvl, thread, logger, msg):
    return "%s [%s] %-5s %s - %s" % (d.strftime("%H:%M:%S.") + "%03d" % (d.microsecond // 1000), thread, lvl, logger, msg)


def f_quarkus(d, lvl, logger, thread, msg):
    return "%s %-5s [%s] (%s) %s" % (sp(d, ","), lvl, logger, thread, msg)


def f_slog(d, lvl, msg, fields=()):
    s = "time=%s level=%s msg=%s" % (iso_z(d), lvl, q(msg))
    return s + (" " + kv(fields) if fields else "")


def f_logrus(d, lvl, msg, fields=()):
    s = 'time="%s" level=%s msg=%s' % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), lvl, q(msg))
    return s + (" " + kv(fields) if fields else "")


def f_zap(d, lvl, caller, msg, fields=(), logger=None):
    o = {"level": lvl, "ts": round(epoch(d), 6)}
    if logger:
        o["logger"] = logger
    o["caller"] = caller
    o["msg"] = msg
    for k, v in fields:
        o[k] = v
    return jd(o)


def f_zap_iso(d, lvl, logger, msg, fields=()):
    o = {"level": lvl, "ts": iso_z(d), "logger": logger, "msg": msg}
    for k, v in fields:
        o[k] = v
    return jd(o)


PINO_LVL = {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}


def f_pino(d, lvl, host, msg, fields=()):
    o = {"level": PINO_LVL[lvl], "time": int(round(epoch(d) * 1000)), "pid": 1, "hostname": host}
    for k, v in fields:
        o[k] = v
    o["msg"] = msg
    return jd(o)


DOTNET_LVL = {"info": "Information", "warn": "Warning", "error": "Error", "debug": "Debug", "crit": "Critical"}


def f_dotnet(d, lvl, cat, msg, event_id=0, exc=None, state=None):
    o = {"Timestamp": iso_z(d, 3), "EventId": event_id, "LogLevel": DOTNET_LVL[lvl], "Category": cat,
         "Message": msg}
    if exc:
        o["Exception"] = exc
    if state:
        o["State"] = state
    return jd(o)


def f_celery(d, lvl, proc, msg):
    return "[%s: %s/%s] %s" % (sp(d, ","), lvl, proc, msg)


def f_pylog(d, lvl, logger, msg):
    return "%s %s [%s] %s" % (sp(d, ","), lvl, logger, msg)


def f_structlog(d, lvl, logger, event, fields=()):
    o = {"timestamp": iso_z(d, 6), "level": lvl, "logger": logger, "event": event}
    for k, v in fields:
        o[k] = v
    return jd(o)


def f_gunicorn(d, pid, lvl, msg):
    return "[%s +0000] [%d] [%s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), pid, lvl, msg)


def f_gunicorn_access(d, client, method, path, code, size, ua):
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s"' % (client, clf(d), method, path, code, size, ua)


def f_uvicorn(client, method, path, code):
    phrase = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 404: "Not Found",
              500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
              504: "Gateway Timeout", 429: "Too Many Requests"}[code]
    return 'INFO:     %s - "%s %s HTTP/1.1" %d %s' % (client, method, path, code, phrase)


def f_rust(d, lvl, target, msg, fields=()):
    s = "%s %5s %s: %s" % (iso_z(d, 6), lvl, target, msg)
    return s + (" " + kv(fields) if fields else "")


def f_pg(d, pid, lvl, msg):
    return "%s UTC [%d] %s:  %s" % (sp(d), pid, lvl, msg)


def f_mysql(d, thr, prio, code, msg):
    return "%s %d [%s] [%s] [Server] %s" % (iso_z(d, 6), thr, prio, code, msg)


def f_mongo(d, s, c, mid, ctx, msg, attr=None):
    out = '{"t":{"$date":"%s"},"s":"%s",  "c":"%s", %s"id":%d, %s"ctx":"%s","msg":"%s"' % (
        iso_off(d), s, c, " " * max(0, 8 - len(c)), mid, " " * max(0, 7 - len(str(mid))), ctx, msg)
    if attr is not None:
        out += ',"attr":' + jd(attr)
    return out + "}"


def f_redis(d, pid, role, ch, msg):
    return "%d:%s %s.%03d %s %s" % (pid, role, d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000, ch, msg)


def f_kafka(d, lvl, msg, logger):
    return "[%s] %s %s (%s)" % (sp(d, ","), lvl, msg, logger)


def f_rabbit(d, lvl, pidn, msg):
    return "%s+00:00 [%s] <0.%d.0> %s" % (sp(d, ".", 6), lvl, pidn, msg)


def f_nats(d, lvl, msg):
    return "[1] %s.%06d [%s] %s" % (d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond, lvl, msg)


def f_mosq(d, msg):
    return "%d: %s" % (int(epoch(d)), msg)


def f_emqx(d, lvl, msg):
    return "%s [%s] %s" % (iso_off(d, 6), lvl, msg)


def f_os(d, lvl, logger, node, msg):
    return "[%s,%03d][%-5s][%s] [%s] %s" % (d.strftime("%Y-%m-%dT%H:%M:%S"), d.microsecond // 1000, lvl, logger, node, msg)


def f_containerd(d, rng, lvl, msg, extra=()):
    s = 'time="%s" level=%s msg=%s' % (nano(d, rng), lvl, q(msg))
    return s + (" " + kv(extra) if extra else "")


def f_calico(d, lvl, src, msg):
    return "%s [%s][1] %s %s" % (sp(d), lvl, src, msg)


# ---------------------------------------------------------------------------
# distributions
# ---------------------------------------------------------------------------

DISTROS = {
    "k3s": {"pod_net": "10.42", "dns": "10.43.0.10", "runtime": "containerd", "kubelet_unit": "k3s-agent.service",
            "runtime_unit": "k3s-agent.service"},
    "rke2": {"pod_net": "10.42", "dns": "10.43.0.10", "runtime": "containerd", "kubelet_unit": "rke2-agent.service",
             "runtime_unit": "rke2-agent.service"},
    "eks": {"pod_net": "10.20", "dns": "172.20.0.10", "runtime": "containerd", "kubelet_unit": "kubelet.service",
            "runtime_unit": "containerd.service"},
    "gke": {"pod_net": "10.8", "dns": "10.12.0.10", "runtime": "containerd", "kubelet_unit": "kubelet.service",
            "runtime_unit": "containerd.service"},
    "aks": {"pod_net": "10.244", "dns": "10.0.0.10", "runtime": "containerd", "kubelet_unit": "kubelet.service",
            "runtime_unit": "containerd.service"},
    "openshift": {"pod_net": "10.128", "dns": "172.30.0.10", "runtime": "crio", "kubelet_unit": "kubelet.service",
                  "runtime_unit": "crio.service"},
    "talos": {"pod_net": "10.244", "dns": "10.96.0.10", "runtime": "containerd", "kubelet_unit": "kubelet",
              "runtime_unit": "containerd"},
    "kubeadm": {"pod_net": "192.168", "dns": "10.96.0.10", "runtime": "containerd", "kubelet_unit": "kubelet.service",
                "runtime_unit": "containerd.service"},
    "microk8s": {"pod_net": "10.1", "dns": "10.152.183.10", "runtime": "containerd",
                 "kubelet_unit": "snap.microk8s.daemon-kubelite.service",
                 "runtime_unit": "snap.microk8s.daemon-containerd.service"},
}


EKS_REGIONS = {"euc1": "eu-central-1", "use2": "us-east-2", "euw1": "eu-west-1"}


def node_names(distro, rng, n, cluster=""):
    out = []
    if distro == "eks":
        region = EKS_REGIONS.get(cluster.rsplit("-", 1)[-1], "eu-central-1")
        for _ in range(n):
            out.append("ip-10-20-%d-%d.%s.compute.internal" % (rng.randint(16, 95), rng.randint(4, 250), region))
    elif distro == "gke":
        pool = pick(rng, ["default-pool", "pool-std-4", "pool-n2-8"])
        cl = cluster.replace("-gke", "") or "prod"
        grp = hexs(rng, 8)
        for _ in range(n):
            out.append("gke-%s-%s-%s-%s" % (cl, pool, grp, sfx(rng, 4)))
    elif distro == "aks":
        pool = pick(rng, ["nodepool1", "userpool", "apps"])
        num = rng.randint(10000000, 99999999)
        for i in range(n):
            out.append("aks-%s-%d-vmss%06d" % (pool, num, rng.randint(0, 12) + i * 13))
    elif distro == "openshift":
        dom = "ocp-prod.legal.local" if "legal" in cluster else "ocp4.plant.internal"
        for i in range(n):
            out.append("worker-%d.%s" % (i, dom))
    elif distro == "talos":
        for i in range(n):
            out.append("talos-wk-%02d" % (i + 1))
    elif distro == "kubeadm":
        for i in range(n):
            out.append("kube-w%02d" % (i + 1))
    elif distro == "microk8s":
        for i in range(n):
            out.append("mk8s-node%d" % (i + 1))
    elif distro == "k3s":
        for i in range(n):
            out.append(pick(rng, ["k3s-agent-%d", "edge-%02d", "k3s-node%d"]) % (i + 1) if i == 0 else "k3s-agent-%d" % (i + 1))
    elif distro == "rke2":
        for i in range(n):
            out.append("rke2-agent-%02d" % (i + 1))
    # de-duplicate deterministically
    seen, res = set(), []
    for x in out:
        while x in seen:
            x = x + "a"
        seen.add(x)
        res.append(x)
    return res


# ---------------------------------------------------------------------------
# scenario builder
# ---------------------------------------------------------------------------

class Pod(object):
    def __init__(self, sc, ns, name, container, node, app, ip, workload):
        self.sc, self.ns, self.name, self.container = sc, ns, name, container
        self.node, self.app, self.ip, self.workload = node, app, ip, workload
        self.lab = {"cluster": sc.cluster, "namespace": ns, "pod": name, "container": container, "node": node}
        if app:
            self.lab["app"] = app
        self.uid = uuid4(sc.rng)
        self.cid = hexs(sc.rng, 64)

    def with_container(self, container):
        p = Pod.__new__(Pod)
        p.__dict__.update(self.__dict__)
        p.container = container
        p.lab = dict(self.lab)
        p.lab["container"] = container
        return p


class Sc(object):
    def __init__(self, name, distro, cluster, minutes=None, ev_style=None):
        self.name = name
        self.rng = random.Random("dev21-" + name)
        r = self.rng
        self.distro = distro
        self.D = DISTROS[distro]
        self.cluster = cluster
        base = _dt.datetime(2026, 2, 2, tzinfo=UTC)
        self.t0 = base + _dt.timedelta(days=r.randint(0, 80), hours=r.randint(0, 23), minutes=r.randint(0, 59),
                                       seconds=r.randint(0, 59), microseconds=r.randint(0, 999999))
        self.dur = float((minutes if minutes else r.randint(8, 22)) * 60)
        self.items = []
        self.nodes = node_names(distro, r, 5, cluster)
        self.used_ips = set()
        self.ev_style = ev_style or pick(r, ["alloy", "exporter"])
        self.ev_names = {}
        self.kpid = r.randint(900, 4000)

    # -- time ---------------------------------------------------------------
    def d(self, t):
        return self.t0 + _dt.timedelta(seconds=t)

    def add(self, t, lab, line, ev=False):
        t = max(0.0, min(self.dur, t))
        d = self.d(t)
        text = line(d) if callable(line) else line
        self.items.append((round(t, 6), len(self.items), lab, text, ev))

    def seq(self, t, lab, lines, ev=False, step=0.0004):
        """several physical lines of one multi-line message (stack traces)"""
        for i, ln in enumerate(lines):
            self.add(t + i * step, lab, ln, ev if not isinstance(ev, (list, tuple, set)) else (i in ev))

    def noise(self, lab, gen, n, a=0.0, b=None):
        b = self.dur if b is None else b
        for _ in range(n):
            self.add(self.rng.uniform(a, b), lab, gen)

    def spread(self, lab, gen, a, b, every, jitter=0.3):
        t = a + self.rng.uniform(0, every)
        while t < b:
            self.add(t, lab, gen)
            t += every * self.rng.uniform(1 - jitter, 1 + jitter)

    # -- identities -----------------------------------------------------------
    def ip(self):
        while True:
            x = "%s.%d.%d" % (self.D["pod_net"], self.rng.randint(0, 6), self.rng.randint(2, 250))
            if x not in self.used_ips:
                self.used_ips.add(x)
                return x

    def deploy(self, ns, workload, container=None, n=1, nodes=None, app=None, sts=False, hashv=None):
        hv = hashv or rs_hash(self.rng)
        out = []
        for i in range(n):
            name = ("%s-%d" % (workload, i)) if sts else ("%s-%s-%s" % (workload, hv, sfx(self.rng)))
            node = nodes[i % len(nodes)] if nodes else pick(self.rng, self.nodes)
            out.append(Pod(self, ns, name, container or workload, node, app if app is not None else workload,
                           self.ip(), workload))
        return out

    def journal(self, node, unit=None):
        if self.distro == "talos":
            return {"cluster": self.cluster, "job": "talos-service-logs", "node": node, "service": unit or "kubelet"}
        return {"cluster": self.cluster, "job": "node-journal", "node": node, "unit": unit or self.D["kubelet_unit"]}

    def kernel(self, node):
        if self.distro == "talos":
            return {"cluster": self.cluster, "job": "talos-kernel-logs", "node": node, "facility": "kern"}
        return {"cluster": self.cluster, "job": "node-journal", "node": node, "transport": "kernel"}

    def evlab(self, ns):
        job = "integrations/kubernetes/eventhandler" if self.ev_style == "alloy" else "kube-event-exporter"
        return {"cluster": self.cluster, "job": job, "namespace": ns}

    # -- kubernetes events ------------------------------------------------------
    def event(self, t, ns, kind, obj, typ, reason, msg, comp="kubelet", host="", count=1, ev=False):
        key = (ns, kind, obj, reason, msg)
        if key not in self.ev_names:
            self.ev_names[key] = ("%s.%s" % (obj, hexs(self.rng, 16)), self.d(max(0.0, t - 30.0 * (count - 1))))
        ename, first = self.ev_names[key]
        rv = self.rng.randint(1000000, 99999999)
        api = {"Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1",
               "Job": "batch/v1", "CronJob": "batch/v1", "HorizontalPodAutoscaler": "autoscaling/v2",
               "Certificate": "cert-manager.io/v1", "CertificateRequest": "cert-manager.io/v1",
               "Challenge": "acme.cert-manager.io/v1", "Order": "acme.cert-manager.io/v1"}.get(kind, "v1")
        style = self.ev_style

        def render(d):
            if style == "alloy":
                f = [("name", ename), ("kind", kind), ("action", ""), ("objectAPIversion", api), ("objectRV", rv),
                     ("reason", reason), ("type", typ), ("sourcecomponent", comp), ("sourcehost", host)]
                if count > 1:
                    f.append(("count", count))
                f.append(("msg", msg))
                return kv(f)
            o = {"metadata": {"name": ename, "namespace": ns, "creationTimestamp": iso_z(first, 0)},
                 "involvedObject": {"kind": kind, "namespace": ns, "name": obj, "apiVersion": api},
                 "reason": reason, "message": msg, "source": {"component": comp}}
            if host:
                o["source"]["host"] = host
            o.update({"firstTimestamp": iso_z(first, 0), "lastTimestamp": iso_z(d, 0), "count": count, "type": typ})
            return jd(o)
        self.add(t, self.evlab(ns), render, ev)

    # -- record -------------------------------------------------------------------
    def record(self, category, severity, component, question, selector, root_cause, summary, action, source=None):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, _, lab, text, ev) in enumerate(items):
            logs.append({"ts": iso_z(self.d(t), 3), "labels": dict(lab), "line": text})
            if ev:
                evidence.append(i)
        n = len(logs)
        assert 40 <= n <= 230, (self.name, n)
        if category == "none":
            assert not evidence, self.name
        else:
            assert evidence, self.name
            assert evidence[0] > 0 and evidence[-1] < n - 1, (self.name, evidence, n)
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        expected = {
            "severity": severity,
            "root_cause_category": category,
            "component": component,
            "root_cause": root_cause,
            "summary": summary,
            "action": action,
            "evidence": evidence,
        }
        for key in ("component", "root_cause"):
            if expected[key] is None:
                del expected[key]
        return {
            "id": None,
            "source": source or ("synthetic:dev21-" + self.name),
            "question": question,
            "selector": sel,
            "logs": logs,
            "expected": expected,
        }


# ---------------------------------------------------------------------------
# infrastructure noise
# ---------------------------------------------------------------------------

def g_kubelet(sc, node, pods):
    r = sc.rng
    pid = sc.kpid

    def gen(d):
        p = pick(r, pods)
        k = r.randrange(9)
        if k == 0:
            return f_klog(d, "I", pid, "kubelet.go:2437", '"SyncLoop UPDATE" source="api" pods=["%s/%s"]' % (p.ns, p.name))
        if k == 1:
            return f_klog(d, "I", pid, "kubelet_getters.go:187", '"Pod status updated" pod="%s/%s" status="Running"' % (p.ns, p.name))
        if k == 2:
            return f_klog(d, "W", pid, "container.go:586", 'Failed to get RecentStats("/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice") while determining the next housekeeping: unable to find data in memory cache' % p.uid.replace("-", "_"))
        if k == 3:
            return f_klog(d, "I", pid, "kubelet_volumes.go:163", '"Cleaned up orphaned pod volumes dir" podUID="%s" path="/var/lib/kubelet/pods/%s/volumes"' % (uuid4(r), uuid4(r)))
        if k == 4:
            return f_klog(d, "I", pid, "kubelet_node_status.go:496", '"Fast updating node status as it just became ready"') if r.random() < 0.05 else \
                f_klog(d, "I", pid, "kubelet.go:2444", '"SyncLoop RECONCILE" source="api" pods=["%s/%s"]' % (p.ns, p.name))
        if k == 5:
            return f_klog(d, "I", pid, "pod_startup_latency_tracker.go:102", '"Observed pod startup duration" pod="%s/%s" podStartSLOduration=%.6f podStartE2EDuration="%.6fs"' % (p.ns, p.name, r.uniform(1.2, 9.0), r.uniform(2, 40)))
        if k == 6:
            return f_klog(d, "I", pid, "log.go:245", "http: TLS handshake error from %s:%d: EOF" % (sc.ip(), r.randint(30000, 60000)))
        if k == 7:
            return f_klog(d, "I", pid, "scope.go:117", '"RemoveContainer" containerID="%s"' % hexs(r, 64))
        return f_klog(d, "I", pid, "reconciler_common.go:245", '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") pod \\"%s\\" (UID: \\"%s\\") " pod="%s/%s"' % (sfx(r), p.uid, sfx(r), p.name, p.uid, p.ns, p.name))
    return gen


def g_runtime(sc, node):
    r = sc.rng
    if sc.D["runtime"] == "crio":
        def gen(d):
            k = r.randrange(5)
            if k == 0:
                img = pick(r, ["quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + hexs(r, 64),
                               "image-registry.openshift-image-registry.svc:5000/plant-floor/opcua-bridge@sha256:" + hexs(r, 64)])
                return 'time="%s" level=info msg="Checking image status: %s" id=%s name=/runtime.v1.ImageService/ImageStatus' % (nano(d, r), img, uuid4(r))
            if k == 1:
                return 'time="%s" level=info msg="Stopped pod sandbox (already stopped): %s" id=%s name=/runtime.v1.RuntimeService/StopPodSandbox' % (nano(d, r), hexs(r, 64), uuid4(r))
            if k == 2:
                return 'time="%s" level=info msg="Removed container %s: openshift-monitoring/node-exporter-%s/kube-rbac-proxy" id=%s name=/runtime.v1.RuntimeService/RemoveContainer' % (nano(d, r), hexs(r, 64), sfx(r), uuid4(r))
            if k == 3:
                return 'time="%s" level=info msg="Checking image status: registry.redhat.io/openshift4/ose-kube-rbac-proxy@sha256:%s" id=%s name=/runtime.v1.ImageService/ImageStatus' % (nano(d, r), hexs(r, 64), uuid4(r))
            return 'time="%s" level=info msg="Image status: &ImageStatusResponse{Image:&Image{Id:%s,RepoTags:[],RepoDigests:[],Size_:%d,Uid:nil,Username:,Spec:nil,},Info:map[string]string{},}" id=%s name=/runtime.v1.ImageService/ImageStatus' % (nano(d, r), hexs(r, 64), r.randint(30000000, 600000000), uuid4(r))
        return gen

    def gen(d):
        k = r.randrange(7)
        if k == 0:
            return f_containerd(d, r, "info", "cleaning up dead shim", [("namespace", "k8s.io")])
        if k == 1:
            return f_containerd(d, r, "info", "shim disconnected", [("id", hexs(r, 64)), ("namespace", "k8s.io")])
        if k == 2:
            return f_containerd(d, r, "info", 'ImageUpdate event name:"sha256:%s" labels:{key:"io.cri-containerd.image" value:"managed"}' % hexs(r, 64))
        if k == 3:
            return f_containerd(d, r, "info", 'TearDown network for sandbox "%s" successfully' % hexs(r, 64))
        if k == 4:
            return f_containerd(d, r, "info", 'Finish piping stdout of container "%s"' % hexs(r, 64))
        if k == 5:
            return f_containerd(d, r, "info", 'StopPodSandbox for "%s" returns successfully' % hexs(r, 64))
        return f_containerd(d, r, "warning", "cleanup warnings time=\"%s\" level=info msg=\"starting signal loop\" namespace=k8s.io pid=%d runtime=io.containerd.runc.v2" % (nano(d, r), r.randint(2000, 90000)))
    return gen


def g_coredns(sc, clients, names, ns_search, nx_ratio=0.2):
    r = sc.rng

    def gen(d):
        c = pick(r, clients)
        name = pick(r, names)
        qtype = pick(r, ["A", "A", "AAAA"])
        if r.random() < nx_ratio:
            qn = "%s.%s.svc.cluster.local." % (name.rstrip("."), ns_search)
            rc, fl = "NXDOMAIN", "qr,aa,rd"
        else:
            qn = name if name.endswith(".") else name + "."
            rc, fl = "NOERROR", ("qr,aa,rd" if "cluster.local" in qn else "qr,rd,ra")
        return '[INFO] %s:%d - %d "%s IN %s udp %d false %d" %s %s %d %.9fs' % (
            c, r.randint(32768, 60999), r.randint(1, 65535), qtype, qn, len(qn) + 30, pick(r, [512, 1232]), rc, fl,
            len(qn) * 2 + 40, r.uniform(0.00004, 0.004))
    return gen


def g_nginx(sc, upstream_ns_svc_port, backends, routes, agents, errors=None):
    """routes: list of (method, path_fn) ; errors: optional fn(d)->status override"""
    r = sc.rng

    def gen(d):
        m, pf = pick(r, routes)
        path = pf(r) if callable(pf) else pf
        code = 200 if m == "GET" else pick(r, [200, 201, 200])
        size = r.randint(120, 9000)
        rt = r.uniform(0.002, 0.180)
        be = pick(r, backends)
        return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
            sc.ip(), clf(d), m, path, code, size, pick(r, agents), r.randint(180, 900), rt, upstream_ns_svc_port, be,
            size, rt, code, hexs(r, 32))
    return gen


def nginx_line(sc, d, m, path, code, rt, ups, be, agent, size=None):
    r = sc.rng
    size = size if size is not None else r.randint(150, 600)
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
        sc.ip(), clf(d), m, path, code, size, agent, r.randint(180, 900), rt, ups, be, size, rt, code, hexs(r, 32))


def g_traefik(sc, router, service, backends, routes, host):
    r = sc.rng

    def gen(d):
        m, pf = pick(r, routes)
        path = pf(r) if callable(pf) else pf
        dur = r.randint(900000, 90000000)
        o = {"ClientAddr": "%s:%d" % (sc.ip(), r.randint(30000, 60000)), "ClientHost": sc.ip(), "DownstreamContentSize": r.randint(90, 8000),
             "DownstreamStatus": 200, "Duration": dur, "OriginDuration": dur - r.randint(10000, 200000),
             "OriginStatus": 200, "RequestHost": host, "RequestMethod": m, "RequestPath": path,
             "RequestProtocol": "HTTP/1.1", "RouterName": router, "ServiceName": service,
             "ServiceURL": "http://%s" % pick(r, backends), "StartUTC": iso_z(d, 6), "entryPointName": "websecure",
             "level": "info", "msg": "", "time": d.strftime("%Y-%m-%dT%H:%M:%SZ")}
        return jd(o)
    return gen


def g_haproxy_router(sc, be, servers, routes):
    r = sc.rng

    def gen(d):
        m, pf = pick(r, routes)
        path = pf(r) if callable(pf) else pf
        tr = r.randint(1, 140)
        return '%s:%d [%s.%03d] fe_sni~ %s/%s 0/0/%d/%d/%d 200 %d - - --NI %d/%d/%d/%d/0 0/0 "%s %s HTTP/1.1"' % (
            sc.ip(), r.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S"), d.microsecond // 1000, be,
            pick(r, servers), r.randint(0, 2), tr, tr + r.randint(0, 3), r.randint(200, 9000), r.randint(20, 80),
            r.randint(10, 40), r.randint(1, 9), r.randint(0, 3), m, path)
    return gen


def g_envoy(sc, routes, authority, upstreams, agent):
    r = sc.rng

    def gen(d):
        m, pf = pick(r, routes)
        path = pf(r) if callable(pf) else pf
        dur = r.randint(2, 90)
        return '[%s] "%s %s HTTP/1.1" 200 - via_upstream - "-" %d %d %d %d "-" "%s" "%s" "%s" "%s"' % (
            iso_z(d), m, path, r.randint(0, 600), r.randint(80, 4000), dur, dur - 1, agent, uuid4(r), authority,
            pick(r, upstreams))
    return gen


def g_certmanager(sc, certs):
    r = sc.rng

    def gen(d):
        ns, c = pick(r, certs)
        k = r.randrange(3)
        if k == 0:
            return f_klog(d, "I", 1, "trigger_controller.go:223", '"Not re-issuing certificate as certificate is up to date" logger="cert-manager.controller" key="%s/%s"' % (ns, c))
        if k == 1:
            return f_klog(d, "I", 1, "conditions.go:203", '"Setting lastTransitionTime for Certificate condition" logger="cert-manager.controller" key="%s/%s" condition="Ready"' % (ns, c)) if r.random() < 0.1 else \
                f_klog(d, "I", 1, "controller.go:162", '"finished processing work item" logger="cert-manager.controller" key="%s/%s"' % (ns, c))
        return f_klog(d, "I", 1, "sync.go:64", '"syncing item" logger="cert-manager.controller" key="%s/%s"' % (ns, c))
    return gen


# ---------------------------------------------------------------------------
# workload noise: automotive / manufacturing
# ---------------------------------------------------------------------------

STATIONS = ["ST-%02d" % i for i in range(1, 31)]
LINES = ["L1", "L2", "L3", "BODY-A", "PAINT-2", "FA-1"]


def g_mes_workorder(sc, pod, style="spring3"):
    r = sc.rng
    app = pod.workload

    def line(d, lvl, thread, logger, msg):
        if style == "spring3":
            return f_spring3(d, lvl, app, thread, logger, msg)
        return f_spring2(d, lvl, thread, logger, msg)

    def gen(d):
        k = r.randrange(8)
        th = "nio-8080-exec-%d" % r.randint(1, 12)
        if k == 0:
            return line(d, "INFO", th, "c.a.m.workorder.WorkOrderService", "Released work order WO-%d to line %s station %s qty=%d" % (r.randint(400000, 499999), pick(r, LINES), pick(r, STATIONS), r.randint(1, 60)))
        if k == 1:
            return line(d, "INFO", "scheduling-1", "c.a.m.workorder.OperationTracker", "Operation OP%03d completed on %s serial=%s cycle_time=%.1fs" % (r.randint(10, 400), pick(r, STATIONS), vin(r), r.uniform(38, 71)))
        if k == 2:
            return line(d, "DEBUG", th, "o.s.web.servlet.DispatcherServlet", "Completed 200 OK")
        if k == 3:
            return line(d, "INFO", "scheduling-1", "c.a.m.integration.ErpSyncJob", "ERP sync finished: %d orders updated, 0 errors, took %dms" % (r.randint(0, 40), r.randint(80, 900)))
        if k == 4:
            return line(d, "INFO", "kafka-listener-0-C-1", "c.a.m.events.StationEventListener", "Consumed station event partition=%d offset=%d type=%s" % (r.randint(0, 11), r.randint(1000000, 9000000), pick(r, ["PART_SCANNED", "TORQUE_OK", "STATION_IDLE", "OP_START"])))
        if k == 5:
            return line(d, "DEBUG", th, "c.a.m.workorder.BomResolver", "BOM cache hit for variant %s (%d components)" % (pick(r, ["ID4-PRO", "GOLF-8-GTE", "TIGUAN-R", "CUPRA-BORN"]), r.randint(140, 900)))
        if k == 6:
            return line(d, "INFO", th, "c.a.m.quality.TorqueCheck", "Torque check %s bolt=%d nm=%.1f window=[%d,%d] result=OK" % (pick(r, STATIONS), r.randint(1, 12), r.uniform(24, 31), 23, 32))
        return line(d, "INFO", "task-%d" % r.randint(1, 8), "c.a.m.andon.AndonPublisher", "Andon state %s=%s" % (pick(r, STATIONS), pick(r, ["GREEN", "GREEN", "GREEN", "YELLOW"])))
    return gen


def g_opcua(sc, pod):
    r = sc.rng
    tags = ["Line2.Press04.Temperature", "Line2.Press04.Stroke", "Line1.Robot07.Axis3.Current", "Paint2.Booth1.Humidity",
            "Body.Weld12.Current", "FA1.Nutrunner05.Torque", "Line3.Conveyor2.Speed"]

    def gen(d):
        k = r.randrange(6)
        th = "milo-shared-thread-pool-%d" % r.randint(0, 7)
        if k == 0:
            return f_logback(d, "INFO", th, "c.a.p.opcua.SubscriptionManager", "Received %d data changes for subscription id=%d (ns=3;s=%s ...)" % (r.randint(20, 400), r.randint(1, 6), pick(r, tags)))
        if k == 1:
            return f_logback(d, "INFO", "kafka-producer-network-thread | opcua-bridge", "c.a.p.opcua.KafkaForwarder", "Forwarded batch to plant.opcua.values size=%d lingerMs=%d" % (r.randint(100, 900), 20))
        if k == 2:
            return f_logback(d, "DEBUG", th, "o.e.m.o.s.c.session.SessionFsm", "KeepAlive ok session=NodeId{ns=1, id=Session:%s} latency=%dms" % (uuid4(r), r.randint(1, 15)))
        if k == 3:
            return f_logback(d, "INFO", "main", "c.a.p.opcua.EndpointHealth", "endpoint opc.tcp://plc-%s.plant.local:4840 state=Connected queue=%d" % (pick(r, ["press04", "weld12", "paint2", "fa1"]), r.randint(0, 40)))
        if k == 4:
            return f_logback(d, "DEBUG", th, "c.a.p.opcua.ValueMapper", "mapped ns=3;s=%s -> %s quality=Good" % (pick(r, tags), pick(r, ["double", "int32", "bool"])))
        return f_logback(d, "INFO", th, "c.a.p.opcua.SubscriptionManager", "Publish response seq=%d available=%d" % (r.randint(10000, 99999), r.randint(0, 3)))
    return gen


def g_plcgw(sc, pod, line_id="line3"):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if k == 0:
            return f_rust(d, "INFO", "plc_gateway::modbus", "polled block", [("unit", r.randint(1, 8)), ("addr", r.choice([40001, 40101, 40201, 30001])), ("regs", pick(r, [32, 64, 125])), ("elapsed_ms", r.randint(2, 19))])
        if k == 1:
            return f_rust(d, "INFO", "plc_gateway::mqtt", "published", [("topic", "plant/%s/%s/state" % (line_id, pick(r, ["press07", "robot02", "conveyor1", "weld04"]))), ("qos", 1), ("bytes", r.randint(90, 900))])
        if k == 2:
            return f_rust(d, "DEBUG", "plc_gateway::s7", "read db", [("db", pick(r, [100, 101, 200])), ("offset", r.randint(0, 400)), ("len", pick(r, [16, 32, 64])), ("rtt_us", r.randint(300, 4000))])
        if k == 3:
            return f_rust(d, "INFO", "plc_gateway::health", "heartbeat", [("plcs_online", pick(r, [6, 6, 6, 5])), ("queue", r.randint(0, 20))])
        return f_rust(d, "DEBUG", "rumqttc::state", "ack received", [("pkid", r.randint(1, 65000))])
    return gen


def g_telemetry_ingest(sc, pod, style="zap"):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if style == "zap":
            if k == 0:
                return f_zap(d, "info", "ingest/batch.go:141", "batch committed", [("vehicles", r.randint(200, 3000)), ("points", r.randint(20000, 400000)), ("partition", r.randint(0, 23)), ("duration_ms", r.randint(4, 120))])
            if k == 1:
                return f_zap(d, "debug", "ingest/decode.go:77", "decoded CAN frames", [("vin", vin(r)), ("frames", r.randint(40, 900)), ("dropped", 0)])
            if k == 2:
                return f_zap(d, "info", "mqtt/sub.go:59", "mqtt throughput", [("msgs_per_s", r.randint(800, 9000)), ("clients", r.randint(3000, 12000))])
            if k == 3:
                return f_zap(d, "info", "ingest/geofence.go:33", "geofence events emitted", [("count", r.randint(0, 40))])
            return f_zap(d, "debug", "kafka/producer.go:212", "produce ack", [("topic", "vehicle.telemetry.raw"), ("partition", r.randint(0, 23)), ("offset", r.randint(10**8, 10**9))])
        if k == 0:
            return f_slog(d, "INFO", "batch committed", [("vehicles", r.randint(200, 3000)), ("points", r.randint(20000, 400000)), ("partition", r.randint(0, 23))])
        if k == 1:
            return f_slog(d, "DEBUG", "decoded CAN frames", [("vin", vin(r)), ("frames", r.randint(40, 900))])
        if k == 2:
            return f_slog(d, "INFO", "mqtt throughput", [("msgs_per_s", r.randint(800, 9000))])
        if k == 3:
            return f_slog(d, "INFO", "consumer lag", [("group", "telemetry-ingest"), ("lag", r.randint(0, 900))])
        return f_slog(d, "DEBUG", "produce ack", [("topic", "vehicle.telemetry.raw"), ("partition", r.randint(0, 23))])
    return gen


def g_kafka(sc, pod, broker_id, topics):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        tp = "%s-%d" % (pick(r, topics), r.randint(0, 23))
        dirn = "/var/lib/kafka/data-0/kafka-log%d" % broker_id
        if k == 0:
            return f_kafka(d, "INFO", "[LocalLog partition=%s, dir=%s] Rolled new log segment at offset %d in %d ms." % (tp, dirn, r.randint(10**7, 10**9), r.randint(0, 6)), "kafka.log.LocalLog")
        if k == 1:
            return f_kafka(d, "INFO", "[ProducerStateManager partition=%s] Wrote producer snapshot at offset %d with 0 producer ids in %d ms." % (tp, r.randint(10**7, 10**9), r.randint(0, 4)), "org.apache.kafka.storage.internals.log.ProducerStateManager")
        if k == 2:
            return f_kafka(d, "INFO", "[UnifiedLog partition=%s, dir=%s] Deleting segment files LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d))" % (tp, dirn, r.randint(10**7, 10**9), r.randint(10**8, 10**9), int(epoch(d) * 1000) - 86400000 * 7, int(epoch(d) * 1000) - 86400000 * 7), "kafka.log.LocalLog$")
        if k == 3:
            return f_kafka(d, "INFO", "[GroupCoordinator %d]: Member consumer-telemetry-%d-%s in group telemetry-analytics has left, removing it from the group" % (broker_id, r.randint(1, 9), uuid4(r)), "kafka.coordinator.group.GroupCoordinator") if r.random() < 0.15 else \
                f_kafka(d, "INFO", "[Controller id=%d] Processing automatic preferred replica leader election" % broker_id, "kafka.controller.KafkaController")
        return f_kafka(d, "INFO", "[GroupMetadataManager brokerId=%d] Removed 0 expired offsets in %d milliseconds." % (broker_id, r.randint(0, 3)), "kafka.coordinator.group.GroupMetadataManager")
    return gen


def g_mosquitto(sc, pod, prefix="plc-gw"):
    r = sc.rng

    def gen(d):
        k = r.randrange(4)
        cid = "%s-%s" % (prefix, pick(r, ["line1", "line2", "paint2", "body-a", "fa1"]))
        if k == 0:
            return f_mosq(d, "Received PINGREQ from %s" % cid)
        if k == 1:
            return f_mosq(d, "Sending PINGRESP to %s" % cid)
        if k == 2:
            return f_mosq(d, "Received PUBLISH from %s (d0, q1, r0, m%d, 'plant/%s/state', ... (%d bytes))" % (cid, r.randint(1, 60000), cid.split("-")[-1], r.randint(60, 700)))
        return f_mosq(d, "Sending PUBACK to %s (m%d, rc0)" % (cid, r.randint(1, 60000)))
    return gen


def g_emqx(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(3)
        if k == 0:
            return f_emqx(d, "info", "msg: client_connected, mfa: emqx_cm:register_channel/3, clientid: veh-%s, peername: %s:%d, proto_ver: 5" % (vin(r)[-8:], sc.ip(), r.randint(30000, 60000)))
        if k == 1:
            return f_emqx(d, "info", "msg: terminate, mfa: emqx_connection:terminate/2, clientid: veh-%s, reason: {shutdown,normal}" % vin(r)[-8:])
        return f_emqx(d, "warning", "msg: alarm_is_deactivated, mfa: emqx_alarm:do_actions/3, name: high_cpu_usage, message: <<\"CPU usage back to normal\">>") if r.random() < 0.05 else \
            f_emqx(d, "info", "msg: session_takenover, mfa: emqx_cm:takeover_session/2, clientid: veh-%s" % vin(r)[-8:])
    return gen


def g_controller_runtime(sc, pod, ctrl, kind):
    r = sc.rng

    def gen(d):
        k = r.randrange(3)
        name = "%s-%s" % (pick(r, ["line1", "line2", "paint2", "body-a"]), pick(r, ["recipe", "takt", "shift"]))
        if k == 0:
            return f_zap_iso(d, "info", "controller.%s" % ctrl, "Reconciling %s" % kind, [("controller", ctrl), ("namespace", "plant-floor"), ("name", name), ("reconcileID", uuid4(r))])
        if k == 1:
            return f_zap_iso(d, "info", "controller.%s" % ctrl, "Reconcile successful", [("controller", ctrl), ("name", name), ("duration", "%dms" % r.randint(3, 90))])
        return f_zap_iso(d, "debug", "controller.%s" % ctrl, "status unchanged, skipping update", [("name", name)])
    return gen


# ---------------------------------------------------------------------------
# workload noise: hospitality / food delivery
# ---------------------------------------------------------------------------

def g_dispatch(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if k == 0:
            return f_zap(d, "info", "assign/planner.go:%d" % r.randint(90, 180), "order assigned", [("order_id", "ORD-%d" % r.randint(10**7, 10**8)), ("courier_id", "c_%s" % hexs(r, 8)), ("eta_s", r.randint(300, 2400)), ("zone", pick(r, ["mitte", "nord", "altstadt", "hafen", "sued"]))])
        if k == 1:
            return f_zap(d, "info", "assign/loop.go:61", "dispatch cycle complete", [("pending", r.randint(0, 40)), ("assigned", r.randint(0, 30)), ("duration_ms", r.randint(8, 140))])
        if k == 2:
            return f_zap(d, "debug", "courier/pool.go:88", "courier pool refreshed", [("available", r.randint(20, 220)), ("busy", r.randint(40, 400))])
        if k == 3:
            return f_zap(d, "info", "http/server.go:112", "request", [("method", "POST"), ("path", "/v1/orders"), ("status", 201), ("latency_ms", r.randint(3, 60))])
        return f_zap(d, "debug", "eta/client.go:54", "eta lookup", [("legs", r.randint(1, 3)), ("latency_ms", r.randint(6, 80))])
    return gen


def g_courier(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if k == 0:
            return f_pino(d, "info", pod.name, "location batch stored", [("count", r.randint(50, 900)), ("ms", r.randint(2, 40))])
        if k == 1:
            return f_pino(d, "info", pod.name, "ws client connected", [("courierId", "c_%s" % hexs(r, 8)), ("app", pick(r, ["android/5.12.0", "ios/5.12.1", "android/5.11.3"]))])
        if k == 2:
            return f_pino(d, "debug", pod.name, "courier status changed", [("courierId", "c_%s" % hexs(r, 8)), ("from", "idle"), ("to", pick(r, ["to_pickup", "delivering", "idle"]))])
        if k == 3:
            return f_pino(d, "info", pod.name, "request completed", [("req", {"method": "GET", "url": "/v1/couriers/c_%s/position" % hexs(r, 8)}), ("res", {"statusCode": 200}), ("responseTime", r.randint(1, 30))])
        return f_pino(d, "debug", pod.name, "ws client disconnected", [("code", 1000), ("reason", "normal")])
    return gen


def g_kds(sc, pod):
    r = sc.rng
    st = ["grill", "fryer", "cold", "expo", "pizza", "wok"]

    def gen(d):
        k = r.randrange(5)
        if k == 0:
            return f_dotnet(d, "info", "Kitchen.Display.Api.Tickets.TicketService", "Ticket %d bumped at station %s after %ds" % (r.randint(10000, 99999), pick(r, st), r.randint(90, 900)))
        if k == 1:
            ms = r.uniform(0.8, 40)
            s = pick(r, st)
            return f_dotnet(d, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 GET http://kitchen-display-api.kitchen.svc/api/stations/%s/tickets - 200 - application/json;+charset=utf-8 %.4fms" % (s, ms), event_id=2)
        if k == 2:
            return f_dotnet(d, "debug", "Microsoft.AspNetCore.SignalR.HubConnectionHandler", "OnConnectedAsync started.", event_id=1)
        if k == 3:
            return f_dotnet(d, "info", "Kitchen.Display.Api.Tickets.TicketService", "Ticket %d created for store %s with %d lines" % (r.randint(10000, 99999), pick(r, ["HH-014", "HH-022", "B-007", "M-031"]), r.randint(1, 9)))
        return f_dotnet(d, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request starting HTTP/1.1 POST http://kitchen-display-api.kitchen.svc/api/tickets - application/json %d" % r.randint(400, 3000), event_id=1)
    return gen


def g_booking_api(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if k <= 1:
            path = pick(r, ["/api/v1/availability?venue=%d&date=2026-%02d-%02d&party=%d" % (r.randint(10, 400), r.randint(2, 5), r.randint(1, 28), r.randint(1, 8)),
                            "/api/v1/reservations/BK-%s" % sfx(r, 6).upper(), "/healthz"])
            return f_gunicorn_access(d, sc.ip(), "GET", path, 200, r.randint(90, 6000), pick(r, ["okhttp/4.12.0", "Booking-iOS/3.4.1", "kube-probe/1.29", "Mozilla/5.0"]))
        if k == 2:
            return f_gunicorn_access(d, sc.ip(), "POST", "/api/v1/reservations", 201, r.randint(300, 900), "okhttp/4.12.0")
        if k == 3:
            return f_pylog(d, "INFO", "booking.reservations", "reservation created ref=BK-%s venue=%d party=%d slot=%02d:%s" % (sfx(r, 6).upper(), r.randint(10, 400), r.randint(1, 8), r.randint(11, 22), pick(r, ["00", "15", "30", "45"])))
        return f_pylog(d, "DEBUG", "booking.availability", "slot cache refreshed venue=%d slots=%d" % (r.randint(10, 400), r.randint(8, 60)))
    return gen


def g_celery_generic(sc, pod, tasks):
    r = sc.rng

    def gen(d):
        k = r.randrange(3)
        t = pick(r, tasks)
        if k == 0:
            return f_celery(d, "INFO", "MainProcess", "Task %s[%s] received" % (t, uuid4(r)))
        if k == 1:
            return f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "Task %s[%s] succeeded in %.3fs: None" % (t, uuid4(r), r.uniform(0.01, 4)))
        return f_celery(d, "DEBUG", "MainProcess", "heartbeat_tick : for connection %s" % hexs(r, 32)) if r.random() < 0.3 else \
            f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "Task %s[%s] succeeded in %.3fs: {'ok': True}" % (t, uuid4(r), r.uniform(0.01, 4)))
    return gen


def g_route_eta(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(4)
        if k == 0:
            return f_rust(d, "INFO", "route_eta::grpc", "served Eta", [("legs", r.randint(1, 3)), ("elapsed_ms", r.randint(3, 40))])
        if k == 1:
            return f_rust(d, "DEBUG", "route_eta::graph", "tile cache hit", [("tile", "%d/%d/%d" % (14, r.randint(8000, 9000), r.randint(5000, 6000)))])
        if k == 2:
            return f_rust(d, "INFO", "tower_http::trace::on_response", "finished processing request", [("latency", "%d ms" % r.randint(2, 40)), ("status", 200)])
        return f_rust(d, "DEBUG", "h2::codec::framed_write", "send", [("frame", "Headers { stream_id: StreamId(%d), flags: (0x4: END_HEADERS) }" % r.randint(1, 900))])
    return gen


def g_redis(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(4)
        if k == 0:
            return f_redis(d, 1, "M", "*", "%d changes in %d seconds. Saving..." % (r.randint(100, 10000), pick(r, [60, 300])))
        if k == 1:
            return f_redis(d, 1, "M", "*", "Background saving started by pid %d" % r.randint(100, 9000))
        if k == 2:
            return f_redis(d, r.randint(100, 9000), "C", "*", "DB saved on disk")
        return f_redis(d, 1, "M", "*", "Background saving terminated with success")
    return gen


def g_postgres(sc, pod, dbname, user, tables=("django_session",)):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        if k == 0:
            return f_pg(d, 68, "LOG", "checkpoint starting: time")
        if k == 1:
            return f_pg(d, 68, "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB" % (r.randint(100, 5000), r.uniform(0.1, 4), r.randint(0, 3), r.uniform(10, 270), r.uniform(0, 0.1), r.uniform(10, 270), r.randint(10, 90), r.uniform(0, 0.05), r.uniform(0, 0.01), r.randint(1000, 90000), r.randint(1000, 90000)))
        if k == 2:
            return f_pg(d, r.randint(1000, 60000), "LOG", "automatic vacuum of table \"%s.public.%s\": index scans: 1" % (dbname, pick(r, list(tables))))
        if k == 3:
            return f_pg(d, r.randint(1000, 60000), "LOG", "duration: %.3f ms  statement: SELECT 1" % r.uniform(0.01, 0.2)) if r.random() < 0.2 else \
                f_pg(d, r.randint(1000, 60000), "LOG", "connection authorized: user=%s database=%s application_name=%s" % (user, dbname, pick(r, ["gunicorn", "celery", "PostgreSQL JDBC Driver"])))
        return f_pg(d, r.randint(1000, 60000), "LOG", "disconnection: session time: 0:%02d:%06.3f user=%s database=%s host=%s port=%d" % (r.randint(0, 59), r.uniform(0, 59), user, dbname, sc.ip(), r.randint(30000, 60000)))
    return gen


def g_rabbit(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(3)
        a = r.randint(1000, 90000)
        src = "%s:%d" % (sc.ip(), r.randint(30000, 60000))
        if k == 0:
            return f_rabbit(d, "info", a, "accepting AMQP connection <0.%d.0> (%s -> %s:5672)" % (a, src, pod.ip))
        if k == 1:
            return f_rabbit(d, "info", a, "connection <0.%d.0> (%s -> %s:5672): user 'kitchen' authenticated and granted access to vhost '/'" % (a, src, pod.ip))
        return f_rabbit(d, "info", a, "closing AMQP connection <0.%d.0> (%s -> %s:5672, vhost: '/', user: 'kitchen')" % (a, src, pod.ip))
    return gen


def g_nats(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(3)
        if k == 0:
            return f_nats(d, "INF", "%s:%d - cid:%d - Client connection created" % (sc.ip(), r.randint(30000, 60000), r.randint(10, 9000))) if r.random() < 0.5 else \
                f_nats(d, "DBG", "%s:%d - cid:%d - \"v1.31.0:go:menu-sync\" - Client Ping Timer" % (sc.ip(), r.randint(30000, 60000), r.randint(10, 9000)))
        if k == 1:
            return f_nats(d, "DBG", "JetStream cluster consumer 'KITCHEN > tickets-expo' has leader on 'nats-%d'" % r.randint(0, 2))
        return f_nats(d, "INF", "%s:%d - cid:%d - Client connection closed: Client Closed" % (sc.ip(), r.randint(30000, 60000), r.randint(10, 9000)))
    return gen


# ---------------------------------------------------------------------------
# workload noise: legal / document processing
# ---------------------------------------------------------------------------

def g_ocr_worker(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        tid = uuid4(r)
        if k == 0:
            return f_celery(d, "INFO", "MainProcess", "Task ocr.tasks.extract_text[%s] received" % tid)
        if k == 1:
            return f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "Task ocr.tasks.extract_text[%s] succeeded in %.2fs: {'doc_id': 'DOC-%d', 'pages': %d, 'confidence': %.2f}" % (tid, r.uniform(0.8, 30), r.randint(10**6, 10**7), r.randint(1, 60), r.uniform(0.84, 0.98)))
        if k == 2:
            return f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "tesseract 5.3.4 lang=deu+eng psm=3 page %d/%d done in %dms" % (r.randint(1, 40), r.randint(40, 60), r.randint(300, 2500)))
        if k == 3:
            return f_celery(d, "INFO", "MainProcess", "Task ocr.tasks.classify_document[%s] received" % tid)
        return f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "Task ocr.tasks.classify_document[%s] succeeded in %.2fs: '%s'" % (tid, r.uniform(0.05, 1.5), pick(r, ["contract", "court_filing", "invoice", "nda", "power_of_attorney"])))
    return gen


def g_ocr_api(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(4)
        if k == 0:
            return f_uvicorn("%s:%d" % (sc.ip(), r.randint(30000, 60000)), "POST", "/v1/documents", 202)
        if k == 1:
            return f_uvicorn("%s:%d" % (sc.ip(), r.randint(30000, 60000)), "GET", "/v1/documents/DOC-%d/status" % r.randint(10**6, 10**7), 200)
        if k == 2:
            return f_uvicorn("%s:%d" % (pod.ip[:-1] + "1", r.randint(30000, 60000)), "GET", "/healthz", 200)
        return f_structlog(d, "info", "ocr_api.upload", "document accepted", [("doc_id", "DOC-%d" % r.randint(10**6, 10**7)), ("size_kb", r.randint(40, 60000)), ("matter", "M-%d-%04d" % (r.randint(2019, 2026), r.randint(1, 9999)))])
    return gen


def g_esign(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(5)
        th = "executor-thread-%d" % r.randint(1, 16)
        if k == 0:
            return f_quarkus(d, "INFO", "c.l.e.envelope.EnvelopeResource", th, "Envelope ENV-%s created signers=%d documents=%d" % (sfx(r, 8).upper(), r.randint(1, 5), r.randint(1, 4)))
        if k == 1:
            return f_quarkus(d, "INFO", "c.l.e.signing.SignatureService", th, "Signature applied envelope=ENV-%s signer=%d level=%s" % (sfx(r, 8).upper(), r.randint(1, 5), pick(r, ["AdES", "QES", "SES"])))
        if k == 2:
            return f_quarkus(d, "DEBUG", "io.qua.ver.htt.run.filters", "vert.x-eventloop-thread-%d" % r.randint(0, 3), "GET /q/health/ready 200")
        if k == 3:
            return f_quarkus(d, "INFO", "c.l.e.audit.AuditTrail", th, "audit event=%s envelope=ENV-%s" % (pick(r, ["VIEWED", "SIGNED", "SENT", "COMPLETED"]), sfx(r, 8).upper()))
        return f_quarkus(d, "INFO", "c.l.e.webhook.WebhookDispatcher", "vert.x-worker-thread-%d" % r.randint(0, 19), "webhook delivered to tenant T%04d status=200 took=%dms" % (r.randint(1, 400), r.randint(20, 400)))
    return gen


def g_docsearch(sc, pod):
    r = sc.rng
    terms = ["force majeure", "indemnification", "change of control", "governing law", "non-compete", "data processing", "termination for convenience"]

    def gen(d):
        k = r.randrange(4)
        if k == 0:
            return f_uvicorn("%s:%d" % (sc.ip(), r.randint(30000, 60000)), "GET", "/api/search?q=%s&matter=M-%d-%04d" % (pick(r, terms).replace(" ", "+"), r.randint(2019, 2026), r.randint(1, 9999)), 200)
        if k == 1:
            return f_structlog(d, "info", "docsearch.query", "search served", [("hits", r.randint(0, 900)), ("took_ms", r.randint(8, 400)), ("index", "contracts-*")])
        if k == 2:
            return f_structlog(d, "debug", "docsearch.acl", "acl filter applied", [("groups", r.randint(1, 12)), ("matters", r.randint(1, 300))])
        return f_uvicorn("%s:%d" % (sc.ip(), r.randint(30000, 60000)), "GET", "/api/documents/DOC-%d/preview" % r.randint(10**6, 10**7), 200)
    return gen


def g_opensearch(sc, pod):
    r = sc.rng

    def gen(d):
        k = r.randrange(4)
        if k == 0:
            return f_os(d, "INFO", "o.o.c.m.MetadataMappingService", pod.name, "[contracts-2026.%02d/%s] update_mapping [_doc]" % (r.randint(1, 4), hexs(r, 22)))
        if k == 1:
            return f_os(d, "INFO", "o.o.i.r.RecoverySourceHandler", pod.name, "[contracts-2026.%02d][%d] finalizing recovery took [%dms]" % (r.randint(1, 4), r.randint(0, 11), r.randint(3, 90))) if r.random() < 0.2 else \
                f_os(d, "INFO", "o.o.j.s.JobSweeper", pod.name, "Running full sweep")
        if k == 2:
            return f_os(d, "INFO", "o.o.m.j.JvmGcMonitorService", pod.name, "[gc][%d] overhead, spent [%dms] collecting in the last [%dms]" % (r.randint(1000, 90000), r.randint(250, 400), r.randint(1000, 1100)))
        return f_os(d, "INFO", "o.o.c.r.a.AllocationService", pod.name, "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[contracts-2026.%02d][%d]]])." % (r.randint(1, 4), r.randint(0, 11))) if r.random() < 0.1 else \
            f_os(d, "INFO", "o.o.s.a.i.AuditLogImpl", pod.name, "Audit log queue size ok: %d" % r.randint(0, 40))
    return gen


# ---------------------------------------------------------------------------
# shared incident helpers
# ---------------------------------------------------------------------------

SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


BACKOFFS = ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s", "5m0s", "5m0s"]


def bg_node(sc, node, pods, nk, nr):
    sc.noise(sc.journal(node), g_kubelet(sc, node, pods), nk)
    if sc.D["runtime_unit"] != sc.D["kubelet_unit"] or sc.distro == "talos":
        sc.noise(sc.journal(node, sc.D["runtime_unit"]), g_runtime(sc, node), nr)
    else:
        sc.noise(sc.journal(node), g_runtime(sc, node), nr)


def kl_backoff(sc, pod, n):
    b = BACKOFFS[min(n, len(BACKOFFS) - 1)]
    return lambda d: f_klog(d, "E", sc.kpid, "pod_workers.go:1301",
                            '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
                            % (pod.container, b, pod.container, pod.name, pod.ns, pod.uid, pod.ns, pod.name, pod.uid))


def kl_pleg(sc, pod, typ="ContainerDied"):
    cid = hexs(sc.rng, 64)
    return lambda d: f_klog(d, "I", sc.kpid, "kubelet.go:2470",
                            '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"%s","Data":"%s"}'
                            % (pod.ns, pod.name, pod.uid, typ, cid))


def restart_events(sc, t, pod, image, n):
    host = pod.node
    sc.event(t, pod.ns, "Pod", pod.name, "Normal", "Pulled", 'Container image "%s" already present on machine' % image, host=host, count=n)
    sc.event(t + 0.4, pod.ns, "Pod", pod.name, "Normal", "Created", "Created container %s" % pod.container, host=host, count=n)
    sc.event(t + 0.9, pod.ns, "Pod", pod.name, "Normal", "Started", "Started container %s" % pod.container, host=host, count=n)


def backoff_event(sc, t, pod, n, ev=False):
    sc.event(t, pod.ns, "Pod", pod.name, "Warning", "BackOff",
             "Back-off restarting failed container %s in pod %s_%s(%s)" % (pod.container, pod.name, pod.ns, pod.uid),
             host=pod.node, count=n, ev=ev)


def ingress_pod(sc, kind="nginx"):
    if kind == "nginx":
        ns = "ingress-nginx"
        if sc.distro == "rke2":
            ns = "kube-system"
            p = sc.deploy(ns, "rke2-ingress-nginx-controller", container="rke2-ingress-nginx-controller", app="rke2-ingress-nginx")[0]
            p.name = "rke2-ingress-nginx-controller-" + sfx(sc.rng)
            p.lab["pod"] = p.name
            return p
        if sc.distro == "microk8s":
            p = sc.deploy("ingress", "nginx-ingress-microk8s-controller", container="nginx-ingress-microk8s")[0]
            p.name = "nginx-ingress-microk8s-controller-" + sfx(sc.rng)
            p.lab["pod"] = p.name
            return p
        if sc.distro == "aks":
            return sc.deploy("app-routing-system", "nginx", container="controller", app="nginx")[0]
        return sc.deploy(ns, "ingress-nginx-controller", container="controller", app="ingress-nginx")[0]
    if kind == "traefik":
        return sc.deploy("kube-system", "traefik", container="traefik")[0]
    if kind == "router":
        return sc.deploy("openshift-ingress", "router-default", container="router", app="router")[0]
    raise ValueError(kind)


def coredns_pod(sc):
    if sc.distro == "gke":
        return sc.deploy("kube-system", "kube-dns", container="kubedns", app="kube-dns")[0]
    if sc.distro == "openshift":
        p = sc.deploy("openshift-dns", "dns-default", container="dns", app="dns-default")[0]
        p.name = "dns-default-" + sfx(sc.rng)
        p.lab["pod"] = p.name
        return p
    if sc.distro == "rke2":
        return sc.deploy("kube-system", "rke2-coredns-rke2-coredns", container="coredns", app="rke2-coredns")[0]
    return sc.deploy("kube-system", "coredns", container="coredns", app="kube-dns")[0]


# ===========================================================================
# oom_killed
# ===========================================================================

@scenario
def s_opcua_bridge_restarts():
    sc = Sc("plant-opcua-bridge-restarts", "openshift", "ocp-plant-wob", minutes=15)
    r = sc.rng
    ns = "plant-floor"
    bridge = sc.deploy(ns, "opcua-bridge", nodes=[sc.nodes[1]])[0]
    mes = sc.deploy("mes", "mes-workorder", n=2, nodes=sc.nodes[2:4])
    router = ingress_pod(sc, "router")
    kafka = sc.deploy("plant-kafka", "plant-kafka", container="kafka", sts=True, n=1, app="kafka")[0]
    image = "image-registry.openshift-image-registry.svc:5000/plant-floor/opcua-bridge:3.4.1"

    for p in mes:
        sc.noise(p.lab, g_mes_workorder(sc, p), r.randint(14, 22))
    sc.noise(router.lab, g_haproxy_router(sc, "be_http:mes:mes-workorder", ["pod:%s:mes-workorder:8080-tcp:%s:8080" % (p.name, p.ip) for p in mes],
                                          [("GET", lambda rr: "/api/workorders?line=%s&status=RELEASED" % pick(rr, LINES)), ("POST", "/api/operations/complete"), ("GET", "/actuator/health")]), r.randint(12, 20))
    sc.noise(kafka.lab, g_kafka(sc, kafka, 0, ["plant.opcua.values", "plant.station.events"]), r.randint(8, 14))
    bg_node(sc, bridge.node, [bridge] + mes, r.randint(6, 10), r.randint(6, 10))

    # three lives of the bridge, each ends with a kernel OOM kill
    starts = [4.0, 262.0, 553.0]
    kills = [236.0, 521.0, 812.0]
    pid = r.randint(40000, 60000)
    for i, (st, kt) in enumerate(zip(starts, kills)):
        if i:
            restart_events(sc, st - 1.5, bridge, image, i + 1)
        sc.add(st, bridge.lab, lambda d: f_logback(d, "INFO", "main", "c.a.p.opcua.OpcUaBridge", "Starting opcua-bridge 3.4.1 (Eclipse Milo 0.6.12) jvm=17.0.10 maxHeap=768m maxDirectMemory=unbounded"))
        sc.add(st + 2.2, bridge.lab, lambda d: f_logback(d, "INFO", "main", "c.a.p.opcua.EndpointManager", "Connected to 4 endpoints (press04, weld12, paint2, fa1) securityPolicy=Basic256Sha256"))
        sc.add(st + 3.1, bridge.lab, lambda d: f_logback(d, "INFO", "main", "c.a.p.opcua.SubscriptionManager", "Created 6 subscriptions, 4200 monitored items, samplingInterval=50ms queueSize=100"))
        sc.noise(bridge.lab, g_opcua(sc, bridge), r.randint(9, 14), st + 4, kt - 5)
        for j, frac in enumerate((0.45, 0.75, 0.92)):
            tt = st + (kt - st) * frac
            sc.add(tt, bridge.lab, lambda d, j=j: f_logback(d, "WARN", "milo-shared-thread-pool-%d" % r.randint(0, 7), "c.a.p.opcua.KafkaForwarder",
                                                             "Notification backlog %d, netty direct buffers in use %dMiB" % (r.randint(20000, 30000) * (j + 1), 90 + 70 * j + r.randint(0, 20))))
        p = pid + i * 97
        kl = sc.kernel(bridge.node)
        cg = "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/crio-%s.scope" % (bridge.uid.replace("-", "_"), bridge.cid)
        sc.add(kt, kl, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999", ev=(i == 0))
        sc.add(kt + 0.001, kl, "memory: usage 1048576kB, limit 1048576kB, failcnt %d" % (r.randint(2000, 9000) * (i + 1)), ev=(i == 0))
        sc.add(kt + 0.002, kl, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=crio-%s.scope,mems_allowed=0,oom_memcg=%s,task_memcg=%s,task=java,pid=%d,uid=1000680000" % (bridge.cid, cg, cg, p))
        sc.add(kt + 0.003, kl, "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000680000 pgtables:%dkB oom_score_adj:999" % (p, r.randint(4100000, 4300000), r.randint(1030000, 1045000), r.randint(18000, 26000), r.randint(2400, 3100)), ev=True)
        sc.add(kt + 0.4, sc.journal(bridge.node, "crio.service"), lambda d: 'time="%s" level=info msg="Removed container %s: %s/%s/%s" id=%s name=/runtime.v1.RuntimeService/RemoveContainer' % (nano(d, r), hexs(r, 64), ns, bridge.name, bridge.container, uuid4(r)))
        sc.add(kt + 0.9, sc.journal(bridge.node), kl_pleg(sc, bridge))
        if i:
            sc.add(kt + 1.3, sc.journal(bridge.node), kl_backoff(sc, bridge, i))
            backoff_event(sc, kt + 1.5, bridge, i + 1, ev=(i == 1))
    sc.add(kills[0] + 1.3, sc.journal(bridge.node), kl_backoff(sc, bridge, 0))
    backoff_event(sc, kills[0] + 1.4, bridge, 1)
    # MES notices gaps
    for t in (kills[0] + 20, kills[1] + 25, kills[2] + 30):
        sc.add(t, mes[0].lab, lambda d: f_spring3(d, "WARN", "mes-workorder", "scheduling-1", "c.a.m.integration.OpcUaFreshness",
                                                  "No OPC-UA values for Line2.Press04 for %ds, station ST-07 marked STALE" % r.randint(18, 30)))
    return sc.record(
        "oom_killed", "CRITICAL", "opcua-bridge",
        "Why does the OPC-UA bridge on the plant floor keep restarting?",
        {"namespace": ns, "app": "opcua-bridge"},
        "The opcua-bridge container exceeds its 1Gi memory limit (768m heap plus unbounded Netty direct buffers for 4200 monitored items) and is OOM-killed by the kernel every ~4.5 minutes, which leaves it in CrashLoopBackOff.",
        "opcua-bridge is killed by the memory cgroup OOM killer after each start; notification backlog and direct-buffer use climb until the 1Gi limit is hit, and MES marks Line2 stations stale during the gaps.",
        "Cap direct memory (-XX:MaxDirectMemorySize) and the notification backlog or reduce sampling, and raise the memory limit of opcua-bridge; then verify no further OOM kills.")


@scenario
def s_docs_ocr_rasterize():
    sc = Sc("docs-ocr-rasterize", "k3s", "legal-k3s-fra", minutes=13)
    r = sc.rng
    ns = "legal-ocr"
    workers = sc.deploy(ns, "ocr-worker", n=2, nodes=sc.nodes[:2])
    api = sc.deploy(ns, "ocr-api", nodes=[sc.nodes[2]])[0]
    broker = sc.deploy(ns, "ocr-redis-master", container="redis", sts=True, app="redis")[0]
    tr = ingress_pod(sc, "traefik")
    for w in workers:
        sc.noise(w.lab, g_ocr_worker(sc, w), r.randint(18, 26))
    sc.noise(api.lab, g_ocr_api(sc, api), r.randint(14, 20))
    sc.noise(broker.lab, g_redis(sc, broker), r.randint(4, 8))
    sc.noise(tr.lab, g_traefik(sc, "legal-ocr-ocr-api-docs-legal-example@kubernetes", "legal-ocr-ocr-api-8000@kubernetes", ["%s:8000" % api.ip],
                               [("POST", "/v1/documents"), ("GET", lambda rr: "/v1/documents/DOC-%d/status" % rr.randint(10**6, 10**7))], "ocr.docs.legal.example"), r.randint(10, 16))
    bg_node(sc, workers[0].node, workers + [api], r.randint(5, 9), r.randint(4, 7))

    doc = "DOC-%d" % r.randint(10**6, 10**7)
    for i, (w, t0) in enumerate(((workers[0], 110.0), (workers[1], 455.0))):
        tid = uuid4(r)
        job = r.randint(1500, 2500)
        cpid = r.randint(20000, 40000)
        fw = "ForkPoolWorker-%d" % r.randint(1, 4)
        sc.add(t0, w.lab, f_celery(sc.d(t0), "INFO", "MainProcess", "Task ocr.tasks.rasterize_document[%s] received" % tid))
        sc.add(t0 + 0.6, w.lab, lambda d: f_celery(d, "INFO", fw, "rasterizing %s pages=912 dpi=300 mode=RGB (matter M-2024-0187, bundle 'Exhibits A-K')" % doc))
        sc.add(t0 + 41, w.lab, lambda d: f_celery(d, "INFO", fw, "%s: rendered 300/912 pages" % doc))
        sc.add(t0 + 83, w.lab, lambda d: f_celery(d, "INFO", fw, "%s: rendered 600/912 pages" % doc))
        kt = t0 + r.uniform(101, 109)
        kl = sc.kernel(w.node)
        sc.add(kt, kl, "celery invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=936")
        sc.add(kt + 0.001, kl, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods/burstable/pod%s/%s,task_memcg=/kubepods/burstable/pod%s/%s,task=celery,pid=%d,uid=1000" % (w.cid[:64], w.uid, w.cid, w.uid, w.cid, cpid))
        sc.add(kt + 0.002, kl, "Memory cgroup out of memory: Killed process %d (celery) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:936" % (cpid, r.randint(3600000, 3900000), r.randint(3050000, 3140000), r.randint(9000, 15000), r.randint(6000, 7200)), ev=True)
        sc.add(kt + 0.35, w.lab, lambda d: f_celery(d, "ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (fw, cpid)), ev=(i == 0))
        sc.seq(kt + 0.4, w.lab, [
            f_celery(sc.d(kt + 0.4), "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % job),
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost',
            "    raise WorkerLostError(",
            "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % job,
        ], ev=[0])
        if i == 0:
            sc.add(kt + 3, w.lab, lambda d: f_celery(d, "WARNING", "MainProcess", "Task ocr.tasks.rasterize_document[%s] will be retried: acks_late redelivery (attempt 2/3)" % tid))
    sc.add(300.0, api.lab, lambda d: f_structlog(d, "warning", "ocr_api.status", "document still processing", [("doc_id", doc), ("age_s", 190), ("state", "RETRY")]))
    sc.add(700.0, api.lab, lambda d: f_structlog(d, "error", "ocr_api.status", "document failed", [("doc_id", doc), ("state", "FAILURE"), ("reason", "WorkerLostError")]))
    return sc.record(
        "oom_killed", "ERROR", "ocr-worker",
        "Why does one large exhibit bundle never finish OCR?",
        {"namespace": ns},
        "Rasterising a 912-page PDF at 300 dpi in RGB keeps every page image in memory; the Celery pool process grows past the ocr-worker memory limit and is killed by the cgroup OOM killer (SIGKILL), so the task fails with WorkerLostError on every attempt.",
        "ocr-worker pool processes are OOM-killed while rasterising the same 912-page document on both worker pods; other OCR tasks keep succeeding.",
        "Rasterise page by page (stream/flush images) or lower dpi for large bundles, route oversized documents to a high-memory queue, and raise the ocr-worker memory limit if needed.")


# ===========================================================================
# application_error
# ===========================================================================

@scenario
def s_delivery_dispatch_restarts():
    sc = Sc("delivery-dispatch-restarts", "eks", "dlv-prod-euc1", minutes=9)
    r = sc.rng
    ns = "delivery"
    disp = sc.deploy(ns, "order-dispatch", n=2, nodes=sc.nodes[:2])
    cour = sc.deploy(ns, "courier-tracking", n=2, nodes=sc.nodes[1:3])
    ing = ingress_pod(sc, "nginx")
    awsnode = sc.deploy("kube-system", "aws-node", nodes=[sc.nodes[0]], container="aws-node")[0]
    image = "381492117342.dkr.ecr.eu-central-1.amazonaws.com/delivery/order-dispatch:2026.03.2"
    for c in cour:
        sc.noise(c.lab, g_courier(sc, c), r.randint(8, 12))
    sc.noise(ing.lab, g_nginx(sc, "delivery-courier-tracking-3000", ["%s:3000" % c.ip for c in cour],
                              [("GET", lambda rr: "/v1/couriers/c_%s/position" % hexs(rr, 8)), ("POST", "/v1/couriers/positions")], ["okhttp/4.12.0", "CourierApp/5.12.1 CFNetwork/1494.0.7"]), r.randint(10, 14))
    sc.noise(awsnode.lab, lambda d: f_zap_iso(d, "info", "ipamd", pick(r, ["IP pool stats: Total IPs/Prefixes = %d/0, AssignedIPs/CooldownIPs: %d/0, c.maxIPsPerENI = 14" % (r.choice([28, 42]), r.randint(8, 26)), "Successfully refreshed IP pool", "Reconciling ENI/IP pool info because time since last 1m0.%ds > 1m0s" % r.randint(0, 9)])), r.randint(5, 8))
    bg_node(sc, disp[0].node, disp + cour, r.randint(3, 5), r.randint(3, 5))

    order = "ORD-%d" % r.randint(10**7, 10**8)
    frames = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x1a4f2c6]",
        "",
        "goroutine %d [running]:" % r.randint(200, 900),
        "github.com/tastyroute/dispatch/internal/assign.(*Planner).nearestZone(0xc000b1e000, {0xc0004d2f30, 0x0})",
        "\t/src/internal/assign/planner.go:214 +0x46",
        "github.com/tastyroute/dispatch/internal/assign.(*Planner).Assign(0xc000b1e000, {0x22e1a80, 0xc0003c6e10}, 0xc000412a80)",
        "\t/src/internal/assign/planner.go:131 +0x1b5",
    ]
    for pi, p in enumerate(disp):
        life = [0.0]
        crash = 118.0 + pi * 146.0
        n = 0
        sc.noise(p.lab, g_dispatch(sc, p), r.randint(10, 14), 0, crash - 2)
        while crash < sc.dur - 25:
            if n < 2:
                sc.add(crash - 0.8, p.lab, lambda d: f_zap(d, "info", "consumer/orders.go:74", "assigning order", [("order_id", order), ("restaurant_id", "r_4410"), ("delivery_zone", None), ("partner", "marketplace-v2")]))
            sc.seq(crash, p.lab, frames, ev=([0, 1, 4, 5] if n == 0 and pi == 0 else ([0] if n == 1 else [])))
            sc.add(crash + 0.6, sc.journal(p.node), kl_pleg(sc, p))
            if n:
                backoff_event(sc, crash + 1.2, p, n, ev=(pi == 1 and n == 2))
            wait = [10, 20, 40, 80, 160, 300, 300][min(n, 6)]
            st = crash + wait + r.uniform(1, 3)
            if st < sc.dur - 8:
                sc.event(st - 0.5, p.ns, "Pod", p.name, "Normal", "Started", "Started container %s" % p.container, host=p.node, count=n + 2)
                sc.add(st, p.lab, lambda d: f_zap(d, "info", "cmd/dispatch/main.go:41", "starting order-dispatch", [("version", "2026.03.2"), ("commit", "9c1e4b7")]))
                sc.add(st + 1.1, p.lab, lambda d: f_zap(d, "info", "consumer/orders.go:49", "consumer started", [("topic", "orders.accepted"), ("group", "order-dispatch"), ("partitions", "0-11")]))
                sc.noise(p.lab, g_dispatch(sc, p), r.randint(0, 1), st + 1.5, st + 9)
            crash = st + r.uniform(9, 13)
            n += 1
    for t in (131.0, 152.0, 236.0, 400.0):
        c = pick(r, cour)
        sc.add(t, c.lab, lambda d: f_pino(d, "warn", c.name, "order-dispatch call failed, will retry", [("err", {"type": "Error", "message": "connect ECONNREFUSED 172.20.141.33:8080", "code": "ECONNREFUSED"}), ("orderId", order)]))
    for t in (133.0, 250.0, 505.0):
        sc.add(t, ing.lab, lambda d: nginx_line(sc, d, "POST", "/v1/orders/%s/dispatch" % order, 503, 0.001, "delivery-order-dispatch-8080", "-", "partner-gateway/1.9", 190))
    return sc.record(
        "application_error", "CRITICAL", "order-dispatch",
        "order-dispatch pods are restarting in a loop — what is going on?",
        {"namespace": ns, "app": "order-dispatch"},
        "order-dispatch panics with a nil pointer dereference in Planner.nearestZone when it consumes an order without a delivery_zone (marketplace-v2 partner); the uncommitted message is redelivered after every restart, so both pods crash-loop.",
        "A poison order without delivery_zone triggers a Go nil-pointer panic in the assignment planner; both order-dispatch replicas restart and back off, and callers see connection refused/503 during the gaps.",
        "Guard against a nil delivery zone in nearestZone (and reject/ dead-letter such orders), skip or dead-letter the offending offset, then roll out the fix.")


@scenario
def s_kitchen_tickets_500():
    sc = Sc("kitchen-tickets-500", "aks", "aks-kitchen-weu", minutes=12)
    r = sc.rng
    ns = "kitchen"
    kds = sc.deploy(ns, "kitchen-display-api", n=3)
    pos = sc.deploy(ns, "pos-bridge", n=1)[0]
    nats = sc.deploy(ns, "nats", sts=True, n=2, container="nats")
    ing = ingress_pod(sc, "nginx")
    for p in kds:
        sc.noise(p.lab, g_kds(sc, p), r.randint(14, 20))
    for p in nats:
        sc.noise(p.lab, g_nats(sc, p), r.randint(5, 9))
    sc.noise(pos.lab, lambda d: f_pino(d, "info", pos.name, pick(r, ["order forwarded to kitchen", "pos heartbeat ok", "menu snapshot unchanged"]), [("store", pick(r, ["HH-014", "HH-022", "B-007", "M-031"])), ("channel", pick(r, ["pos", "pos", "app", "marketplace"]))]), r.randint(14, 20))
    sc.noise(ing.lab, g_nginx(sc, "kitchen-kitchen-display-api-80", ["%s:8080" % p.ip for p in kds],
                              [("GET", lambda rr: "/api/stations/%s/tickets" % pick(rr, ["grill", "fryer", "cold", "expo"])), ("POST", "/api/tickets"), ("POST", lambda rr: "/api/tickets/%d/bump" % rr.randint(10000, 99999))], ["KDS-Tablet/2.8.0 (Android 13)", "pos-bridge/1.4.2"]), r.randint(18, 26))
    bg_node(sc, kds[0].node, kds + [pos], r.randint(5, 8), r.randint(3, 6))

    exc = ("System.NullReferenceException: Object reference not set to an instance of an object.\n"
           "   at Kitchen.Display.Api.Tickets.TicketMapper.MapModifiers(OrderLineDto line) in /src/Kitchen.Display.Api/Tickets/TicketMapper.cs:line 57\n"
           "   at System.Linq.Enumerable.SelectListIterator`2.ToList()\n"
           "   at Kitchen.Display.Api.Tickets.TicketMapper.ToTicket(OrderDto order) in /src/Kitchen.Display.Api/Tickets/TicketMapper.cs:line 23\n"
           "   at Kitchen.Display.Api.Tickets.TicketsController.Create(OrderDto order, CancellationToken ct) in /src/Kitchen.Display.Api/Tickets/TicketsController.cs:line 41\n"
           "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
           "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)")
    times = sorted(r.uniform(60, sc.dur - 40) for _ in range(6))
    for i, t in enumerate(times):
        p = kds[i % 3]
        store = pick(r, ["HH-014", "B-007", "M-031"])
        sc.add(t - 1.5, pos.lab, lambda d: f_pino(d, "info", pos.name, "order forwarded to kitchen", [("store", store), ("channel", "marketplace"), ("lines", r.randint(2, 6))]))
        sc.add(t - 0.02, p.lab, lambda d: f_dotnet(d, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request starting HTTP/1.1 POST http://kitchen-display-api.kitchen.svc/api/tickets - application/json %d" % r.randint(800, 2400), event_id=1))
        sc.add(t, p.lab, lambda d: f_dotnet(d, "error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", "An unhandled exception has occurred while executing the request.", event_id=1, exc=exc), ev=(i in (0, 2, 4)))
        sc.add(t + 0.01, p.lab, lambda d: f_dotnet(d, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 POST http://kitchen-display-api.kitchen.svc/api/tickets - 500 - application/problem+json %.4fms" % r.uniform(8, 30), event_id=2))
        sc.add(t + 0.03, ing.lab, lambda d: nginx_line(sc, d, "POST", "/api/tickets", 500, 0.021, "kitchen-kitchen-display-api-80", "%s:8080" % p.ip, "pos-bridge/1.4.2", 338))
        sc.add(t + 0.05, pos.lab, lambda d: f_pino(d, "error", pos.name, "kitchen rejected order, ticket not shown", [("store", store), ("status", 500), ("channel", "marketplace"), ("retry", False)]))
    return sc.record(
        "application_error", "ERROR", "kitchen-display-api",
        "Some marketplace orders never appear on the kitchen screens. Why?",
        {"namespace": ns},
        "kitchen-display-api throws an unhandled NullReferenceException in TicketMapper.MapModifiers for marketplace orders whose lines carry no modifiers list, so POST /api/tickets returns 500 and those tickets are never created.",
        "Marketplace-channel orders fail with HTTP 500 in kitchen-display-api due to a NullReferenceException in the ticket mapper; other channels work.",
        "Handle null modifiers in TicketMapper.MapModifiers (treat as empty), add a regression test, redeploy, and replay the rejected marketplace orders from pos-bridge.")


# ===========================================================================
# image_pull
# ===========================================================================

@scenario
def s_esign_release_rollout():
    sc = Sc("esign-release-rollout", "rke2", "rke2-legal-prod", minutes=11)
    r = sc.rng
    ns = "esign"
    old = sc.deploy(ns, "esign-api", n=2, nodes=sc.nodes[:2])
    newp = sc.deploy(ns, "esign-api", n=1, nodes=[sc.nodes[2]])[0]
    argo = sc.deploy("argocd", "argocd-application-controller", sts=True, container="argocd-application-controller")[0]
    ing = ingress_pod(sc, "nginx")
    cm = sc.deploy("cert-manager", "cert-manager", container="cert-manager-controller")[0]
    img = "harbor.legal.internal/esign/esign-api:2.7.0-rc1"
    dns = coredns_pod(sc)
    sc.noise(dns.lab, g_coredns(sc, [p.ip for p in old], ["esign-postgresql.esign.svc.cluster.local", "signing-hsm-proxy.esign.svc.cluster.local", "api.tsa.example.eu"], "esign", nx_ratio=0.3), r.randint(8, 12))
    for p in old:
        sc.noise(p.lab, g_esign(sc, p), r.randint(14, 18))
    sc.noise(ing.lab, g_nginx(sc, "esign-esign-api-8080", ["%s:8080" % p.ip for p in old],
                              [("POST", "/api/envelopes"), ("GET", lambda rr: "/api/envelopes/ENV-%s" % sfx(rr, 8).upper()), ("POST", lambda rr: "/api/envelopes/ENV-%s/sign" % sfx(rr, 8).upper())], ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "esign-sdk-java/3.2.0"]), r.randint(14, 20))
    sc.noise(cm.lab, g_certmanager(sc, [("esign", "esign-public-tls"), ("esign", "esign-api-internal")]), r.randint(4, 7))
    bg_node(sc, newp.node, old + [newp], r.randint(5, 8), r.randint(4, 6))
    app = "esign-prod"
    sync = uuid4(r)[:8]
    sc.add(28.0, argo.lab, lambda d: f_logrus(d, "info", "Initiated automated sync to '%s'" % hexs(r, 40), [("application", "argocd/" + app), ("dest-namespace", ns), ("dest-server", "https://kubernetes.default.svc"), ("reason", "OperationStarted"), ("type", "Normal")]))
    sc.add(29.5, argo.lab, lambda d: f_logrus(d, "info", "Applying resource Deployment/esign-api in cluster: https://10.43.0.1:443, namespace: esign", [("application", app), ("syncId", sync)]))
    sc.event(30.0, ns, "Deployment", "esign-api", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 1" % newp.name.rsplit("-", 1)[0], comp="deployment-controller")
    sc.event(30.2, ns, "Pod", newp.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, newp.name, newp.node), comp="default-scheduler")
    t = 31.0
    n = 1
    while t < sc.dur - 20:
        sc.event(t, ns, "Pod", newp.name, "Normal", "Pulling", 'Pulling image "%s"' % img, host=newp.node, count=n)
        msg = ('Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img))
        sc.add(t + 0.7, sc.journal(newp.node), lambda d: f_containerd(d, r, "error", 'PullImage "%s" failed' % img, [("error", 'rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img))]), ev=(n == 1))
        sc.add(t + 0.75, sc.journal(newp.node), lambda d: f_klog(d, "E", sc.kpid, "log.go:32", '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"' % (img, img, img, img)))
        sc.event(t + 0.8, ns, "Pod", newp.name, "Warning", "Failed", msg, host=newp.node, count=n, ev=(n == 1))
        sc.event(t + 0.81, ns, "Pod", newp.name, "Warning", "Failed", "Error: ErrImagePull", host=newp.node, count=n)
        sc.event(t + 2.0, ns, "Pod", newp.name, "Normal", "BackOff", 'Back-off pulling image "%s"' % img, host=newp.node, count=n)
        sc.event(t + 2.01, ns, "Pod", newp.name, "Warning", "Failed", "Error: ImagePullBackOff", host=newp.node, count=n, ev=(n == 2))
        t += [12, 25, 45, 85, 165, 300][min(n - 1, 5)] + r.uniform(0, 3)
        n += 1
    for tt in (120.0, 300.0, 480.0):
        sc.add(tt, argo.lab, lambda d: f_logrus(d, "info", "Updating operation state. phase: Running -> Running, message: 'waiting for healthy state of apps/Deployment/esign-api'", [("application", "argocd/" + app), ("syncId", sync)]))
    sc.add(sc.dur - 35, argo.lab, lambda d: f_logrus(d, "info", "Updated health status: Progressing -> Degraded", [("application", app), ("dest-namespace", ns), ("reason", "ResourceUpdated"), ("type", "Normal")]))
    return sc.record(
        "image_pull", "ERROR", "esign-api",
        "The esign-api release has been stuck for ten minutes. What is blocking it?",
        {"namespace": ns, "app": "esign-api"},
        "The Deployment was updated to harbor.legal.internal/esign/esign-api:2.7.0-rc1, but that tag does not exist in Harbor (NotFound / not found on resolve), so the new pod stays in ErrImagePull/ImagePullBackOff and the rollout never progresses.",
        "The new esign-api ReplicaSet cannot pull its image tag 2.7.0-rc1 (not found); the two old pods keep serving and Argo CD reports the app Degraded.",
        "Push the 2.7.0-rc1 image to Harbor or correct the tag/digest in the manifest (Argo CD app esign-prod), then let the rollout continue.")


@scenario
def s_telemetry_node_refresh():
    sc = Sc("telemetry-node-refresh", "eks", "veh-telemetry-use2", minutes=12)
    r = sc.rng
    ns = "telemetry"
    new_nodes = ["ip-10-20-%d-%d.us-east-2.compute.internal" % (r.randint(100, 120), r.randint(4, 250)) for _ in range(2)]
    ing = sc.deploy(ns, "telemetry-ingest", n=3, nodes=[new_nodes[0], new_nodes[1], new_nodes[0]])
    emqx = sc.deploy(ns, "emqx", sts=True, n=2, nodes=sc.nodes[:2])
    karp = sc.deploy("kube-system", "karpenter", container="controller", nodes=[sc.nodes[2]])[0]
    acct = "381492117342"
    img = "%s.dkr.ecr.us-east-2.amazonaws.com/telemetry/ingest:1.18.3" % acct
    for p in emqx:
        sc.noise(p.lab, g_emqx(sc, p), r.randint(14, 20))
    old_nodes = [sc.nodes[3], sc.nodes[4]]

    def karpl(d, msg, extra=()):
        o = {"level": "INFO", "time": iso_z(d), "logger": "controller", "message": msg, "commit": "490ef94"}
        for k, v in extra:
            o[k] = v
        return jd(o)
    sc.add(15.0, karp.lab, lambda d: karpl(d, "disrupting nodeclaim(s) via delete, terminating 2 nodes (5 pods) %s/m6i.xlarge/on-demand, %s/m6i.xlarge/on-demand and replacing with spot node from types m6a.xlarge, m7i.xlarge, m6i.xlarge and 12 other(s)" % (old_nodes[0], old_nodes[1]), [("controller", "disruption"), ("namespace", ""), ("name", ""), ("reconcileID", uuid4(r)), ("command-id", uuid4(r)), ("reason", "underutilized")]))
    sc.add(16.0, karp.lab, lambda d: karpl(d, "created nodeclaim", [("controller", "disruption"), ("NodePool", {"name": "telemetry-spot"}), ("NodeClaim", {"name": "telemetry-spot-%s" % sfx(r)}), ("requests", {"cpu": "3210m", "memory": "9Gi", "pods": "9"})]))
    sc.add(52.0, karp.lab, lambda d: karpl(d, "launched nodeclaim", [("controller", "nodeclaim.lifecycle"), ("NodeClaim", {"name": "telemetry-spot-%s" % sfx(r)}), ("provider-id", "aws:///us-east-2b/i-0%s" % hexs(r, 16)), ("instance-type", "m6a.xlarge"), ("zone", "us-east-2b"), ("capacity-type", "spot")]))
    sc.add(88.0, karp.lab, lambda d: karpl(d, "registered nodeclaim", [("controller", "nodeclaim.lifecycle"), ("Node", {"name": new_nodes[0]})]))
    sc.add(101.0, karp.lab, lambda d: karpl(d, "initialized nodeclaim", [("controller", "nodeclaim.lifecycle"), ("Node", {"name": new_nodes[0]}), ("allocatable", {"cpu": "3920m", "memory": "14162Mi", "pods": "58"})]))
    for i, on in enumerate(old_nodes):
        sc.event(20.0 + i, "default", "Node", on, "Normal", "DisruptionTerminating", "Disrupting Node: Underutilized/Delete", comp="karpenter")
    sc.noise(karp.lab, lambda d: karpl(d, pick(r, ["discovered subnets", "discovered security groups", "found provisionable pod(s)"]), [("controller", pick(r, ["provisioner", "nodeclass.status"]))]), r.randint(6, 10))
    for i, p in enumerate(ing):
        t0 = 105.0 + i * 4.3
        sc.event(t0, ns, "Pod", p.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, p.name, p.node), comp="default-scheduler")
        t = t0 + 1.2
        n = 1
        while t < sc.dur - 15:
            sc.event(t, ns, "Pod", p.name, "Normal", "Pulling", 'Pulling image "%s"' % img, host=p.node, count=n)
            if n <= 2 or i == 0:
                sc.add(t + 0.5, sc.journal(p.node), lambda d: f_klog(d, "E", sc.kpid, "plugin.go:212", '"Failed getting credential from external registry credential provider" err="error execing credential provider plugin ecr-credential-provider for image %s.dkr.ecr.us-east-2.amazonaws.com: exit status 1"' % acct), ev=(i == 0 and n == 1))
                sc.add(t + 0.49, sc.journal(p.node), lambda d: f_klog(d, "E", 2871, "main.go:173", "Error running credential provider plugin: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/KarpenterNodeRole-telemetry-spot/i-0%s is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action" % (acct, hexs(r, 16))), ev=(i == 0 and n == 1))
            m = ('Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials' % (img, img, img))
            sc.event(t + 1.0, ns, "Pod", p.name, "Warning", "Failed", m, host=p.node, count=n, ev=(n == 1 and i < 2))
            sc.event(t + 1.01, ns, "Pod", p.name, "Warning", "Failed", "Error: ErrImagePull", host=p.node, count=n)
            sc.event(t + 2.5, ns, "Pod", p.name, "Warning", "Failed", "Error: ImagePullBackOff", host=p.node, count=n, ev=(n == 3 and i == 1))
            t += [14, 26, 48, 88, 168, 300][min(n - 1, 5)] + r.uniform(0, 4)
            n += 1
        bg = sc.journal(p.node)
        sc.noise(bg, g_kubelet(sc, p.node, ing), r.randint(2, 4), 100, sc.dur)
    for t in sorted(r.uniform(200, sc.dur - 10) for _ in range(4)):
        e = pick(r, emqx)
        sc.add(t, e.lab, lambda d: f_emqx(d, "warning", "msg: dropped_msg_due_to_mqueue_is_full, mfa: emqx_session_mem:enqueue/3, clientid: telemetry-ingest-shared, topic: $share/ingest/veh/+/can, dropped: %d" % r.randint(200, 4000)))
    return sc.record(
        "image_pull", "CRITICAL", "telemetry-ingest",
        "Vehicle telemetry stopped being ingested after the node pool was consolidated. Why?",
        {"namespace": ns, "app": "telemetry-ingest"},
        "The replacement Karpenter spot nodes run with node role KarpenterNodeRole-telemetry-spot, which is not allowed ecr:GetAuthorizationToken; the ECR credential provider fails and every telemetry-ingest pod is stuck in ErrImagePull/ImagePullBackOff (no basic auth credentials).",
        "All three telemetry-ingest pods were rescheduled onto new spot nodes that cannot authenticate to ECR, so none is running; EMQX is dropping queued vehicle messages.",
        "Attach AmazonEC2ContainerRegistryReadOnly (ecr:GetAuthorizationToken and pull permissions) to KarpenterNodeRole-telemetry-spot or fix the EC2NodeClass role, then restart the pending pods.")


# ===========================================================================
# probe_failure
# ===========================================================================

@scenario
def s_mes_rollout_stuck():
    sc = Sc("mes-rollout-stuck", "kubeadm", "plant-zwickau-prod", minutes=10)
    r = sc.rng
    ns = "mes"
    old = sc.deploy(ns, "mes-workorder", n=2, nodes=sc.nodes[:2])
    newp = sc.deploy(ns, "mes-workorder", n=1, nodes=[sc.nodes[2]])[0]
    pg = sc.deploy(ns, "mes-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    ing = ingress_pod(sc, "nginx")
    image = "registry.plant.local/mes/mes-workorder:4.12.0"
    for p in old:
        sc.noise(p.lab, g_mes_workorder(sc, p), r.randint(12, 17))
    sc.noise(pg.lab, g_postgres(sc, pg, "mes", "mes_app", ("work_order", "operation_log", "station_event", "bom_item")), r.randint(8, 12))
    sc.noise(ing.lab, g_nginx(sc, "mes-mes-workorder-8080", ["%s:8080" % p.ip for p in old],
                              [("GET", lambda rr: "/api/workorders?line=%s" % pick(rr, LINES)), ("POST", "/api/operations/complete"), ("GET", lambda rr: "/api/stations/%s/queue" % pick(rr, STATIONS))], ["Zebra-TC52/11.0 MesTerminal/4.11", "python-requests/2.31.0"]), r.randint(12, 18))
    bg_node(sc, newp.node, old + [newp, pg], r.randint(4, 7), r.randint(3, 5))
    sc.event(6.0, ns, "Deployment", "mes-workorder", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 1" % newp.name.rsplit("-", 1)[0], comp="deployment-controller")
    sc.event(6.3, ns, "Pod", newp.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, newp.name, newp.node), comp="default-scheduler")
    sc.event(7.0, ns, "Pod", newp.name, "Normal", "Pulling", 'Pulling image "%s"' % image, host=newp.node)
    sc.event(15.0, ns, "Pod", newp.name, "Normal", "Pulled", 'Successfully pulled image "%s" in 7.912s (7.912s including waiting). Image size: 312448217 bytes.' % image, host=newp.node)
    lab = newp.lab
    st = 16.0
    n = 0
    probe_url = "http://%s:8080/actuator/health/liveness" % newp.ip
    while st < sc.dur - 60:
        n += 1
        sc.event(st - 0.5, ns, "Pod", newp.name, "Normal", "Created", "Created container mes-workorder", host=newp.node, count=n)
        sc.event(st - 0.2, ns, "Pod", newp.name, "Normal", "Started", "Started container mes-workorder", host=newp.node, count=n)
        sc.add(st + 2.0, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "main", "c.a.mes.WorkOrderApplication", "Starting WorkOrderApplication v4.12.0 using Java 17.0.10 with PID 1 (/app/app.jar started by mes in /app)"))
        sc.add(st + 2.1, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "main", "c.a.mes.WorkOrderApplication", 'The following 1 profile is active: "prod"'))
        sc.add(st + 9.5, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
        sc.add(st + 13.0, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "main", "o.f.core.internal.command.DbValidate", 'Successfully validated 214 migrations (execution time 00:01.284s)'))
        sc.add(st + 21.0, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "main", "o.s.o.j.LocalContainerEntityManagerFactoryBean", "Initialized JPA EntityManagerFactory for persistence unit 'default'"))
        for k, pct in enumerate((9, 21, 34, 47, 58)):
            sc.add(st + 24 + k * 8.0, lab, lambda d, pct=pct: f_spring3(d, "INFO", "mes-workorder", "main", "c.a.m.workorder.BomCacheWarmer", "Warming BOM cache: %d/88412 variants (%d%%)" % (88412 * pct // 100, pct)), ev=(n == 1 and pct == 58))
        for j in range(3):
            pt = st + 41 + j * 10
            sc.add(pt, sc.journal(newp.node), lambda d: f_klog(d, "I", sc.kpid, "prober.go:107", '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="mes-workorder" probeResult="failure" output="Get \\"%s\\": dial tcp %s:8080: connect: connection refused"' % (ns, newp.name, newp.uid, probe_url, newp.ip)))
            sc.event(pt + 0.05, ns, "Pod", newp.name, "Warning", "Unhealthy", 'Liveness probe failed: Get "%s": dial tcp %s:8080: connect: connection refused' % (probe_url, newp.ip), host=newp.node, count=3 * (n - 1) + j + 1, ev=(n == 1 and j == 2))
        kt = st + 61.1
        sc.add(kt, sc.journal(newp.node), lambda d: f_klog(d, "I", sc.kpid, "kubelet.go:2541", '"SyncLoop (probe)" probe="liveness" status="unhealthy" pod="%s/%s"' % (ns, newp.name)))
        sc.event(kt + 0.05, ns, "Pod", newp.name, "Normal", "Killing", "Container mes-workorder failed liveness probe, will be restarted", host=newp.node, count=n, ev=(n <= 2))
        sc.add(kt + 0.1, sc.journal(newp.node), lambda d: f_klog(d, "I", sc.kpid, "kuberuntime_container.go:779", '"Killing container with a grace period" pod="%s/%s" podUID="%s" containerName="mes-workorder" containerID="containerd://%s" gracePeriod=30' % (ns, newp.name, newp.uid, hexs(r, 64))))
        sc.add(kt + 0.4, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "ionShutdownHook", "o.s.o.j.LocalContainerEntityManagerFactoryBean", "Closing JPA EntityManagerFactory for persistence unit 'default'"))
        sc.add(kt + 0.6, lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
        if n >= 2:
            backoff_event(sc, kt + 1.5, newp, n - 1)
        st = kt + 2 + [0, 10, 20, 40, 80][min(n - 1, 4)]
    return sc.record(
        "probe_failure", "ERROR", "mes-workorder",
        "The new mes-workorder version never becomes ready and keeps restarting. Why?",
        {"namespace": ns, "app": "mes-workorder"},
        "mes-workorder 4.12.0 needs well over a minute to start (BOM cache warm-up before Tomcat listens), but the liveness probe on /actuator/health/liveness starts after 30s and fails three times, so kubelet kills the container before startup completes; there is no startupProbe.",
        "The new mes-workorder pod is restarted by its liveness probe during a slow but healthy startup (connection refused on port 8080 while warming the BOM cache); the rollout is stuck while the two old pods keep serving.",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold of the liveness probe) so the BOM cache warm-up can finish, or move warm-up after the HTTP listener is up.")


@scenario
def s_courier_endpoint_flaps():
    sc = Sc("courier-endpoint-flaps", "gke", "dlv-gke-ew4", minutes=12)
    r = sc.rng
    ns = "delivery"
    cour = sc.deploy(ns, "courier-tracking", n=3)
    redis = sc.deploy(ns, "courier-redis-master", container="redis", sts=True, app="redis")[0]
    disp = sc.deploy(ns, "order-dispatch", n=1)[0]
    for c in cour:
        sc.noise(c.lab, g_courier(sc, c), r.randint(16, 22))
    sc.noise(redis.lab, g_redis(sc, redis), r.randint(5, 8))
    sc.noise(disp.lab, g_dispatch(sc, disp), r.randint(10, 15))
    for c in cour[:2]:
        bg_node(sc, c.node, cour, r.randint(3, 5), r.randint(2, 4))
    flush_times = [150.0, 330.0, 510.0, 640.0]
    for k, ft in enumerate(flush_times):
        victims = [cour[k % 3], cour[(k + 1) % 3]] if k in (1, 2) else [cour[k % 3]]
        for v in victims:
            t = ft + r.uniform(0, 4)
            sc.add(t, v.lab, lambda d: f_pino(d, "info", v.name, "flushing buffered positions to history", [("positions", r.randint(21000, 26000)), ("target", "redis-stream")]))
            url = "http://%s:3000/ready" % v.ip
            sc.add(t + 1.1, sc.journal(v.node), lambda d: f_klog(d, "I", sc.kpid, "prober.go:107", '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="courier-tracking" probeResult="failure" output="Get \\"%s\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (ns, v.name, v.uid, url)))
            sc.event(t + 1.15, ns, "Pod", v.name, "Warning", "Unhealthy", 'Readiness probe failed: Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % url, host=v.node, count=k + 1, ev=(k in (0, 1)))
            if k in (1, 2):
                sc.add(t + 1.2, sc.journal(v.node), lambda d: f_klog(d, "I", sc.kpid, "kubelet.go:2541", '"SyncLoop (probe)" probe="readiness" status="" pod="%s/%s"' % (ns, v.name)), ev=(k == 1))
                sc.add(t + 11.3, sc.journal(v.node), lambda d: f_klog(d, "I", sc.kpid, "kubelet.go:2541", '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, v.name)))
            sc.add(t + 1.7, v.lab, lambda d: f_pino(d, "info", v.name, "positions flushed", [("positions", r.randint(21000, 26000)), ("ms", r.randint(1300, 1900))]))
    sc.add(335.5, disp.lab, lambda d: f_zap(d, "warn", "courier/client.go:77", "courier position lookup retried", [("attempt", 2), ("error", "read tcp 10.8.1.4:41288->10.12.7.201:3000: read: connection reset by peer"), ("result", "ok")]))
    return sc.record(
        "probe_failure", "WARN", "courier-tracking",
        "courier-tracking pods briefly drop out of the service every few minutes. Is something wrong?",
        {"namespace": ns, "app": "courier-tracking"},
        "Every few minutes courier-tracking flushes ~24k buffered positions synchronously, blocking the Node.js event loop for ~1.5s; the readiness probe has a 1s timeout, so it times out and the pod is briefly marked not ready before recovering.",
        "Readiness probes of courier-tracking time out (Client.Timeout exceeded) during periodic position flushes; pods flap out of endpoints for ~10s and recover by themselves.",
        "Raise the readiness probe timeoutSeconds/failureThreshold or make the flush asynchronous/chunked so the event loop stays responsive.")


# ===========================================================================
# scheduling
# ===========================================================================

@scenario
def s_ocr_gpu_backlog():
    sc = Sc("ocr-gpu-backlog", "gke", "docs-gke-euw1", minutes=12)
    r = sc.rng
    ns = "legal-ocr"
    gpu_nodes = ["gke-docs-euw1-pool-gpu-t4-%s-%s" % (hexs(r, 8), sfx(r, 4)) for _ in range(3)]
    run = sc.deploy(ns, "ocr-gpu-worker", n=2, nodes=gpu_nodes[:2])
    pend = sc.deploy(ns, "ocr-gpu-worker", n=2, hashv=run[0].name.split("-")[3], nodes=[""])
    for p in pend:
        p.node = ""
        p.lab["node"] = ""
    api = sc.deploy(ns, "ocr-api", n=1)[0]
    keda = sc.deploy("keda", "keda-operator", container="keda-operator")[0]
    ca_lab = {"cluster": sc.cluster, "job": "gke-control-plane", "component": "cluster-autoscaler"}
    for p in run:
        sc.noise(p.lab, g_ocr_worker(sc, p), r.randint(14, 20))
    sc.noise(api.lab, g_ocr_api(sc, api), r.randint(12, 16))
    bg_node(sc, run[0].node, run, r.randint(4, 6), r.randint(3, 5))
    sc.add(40.0, keda.lab, lambda d: "%s\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{\"scaledobject.Name\": \"ocr-gpu-worker\", \"scaledObject.Namespace\": \"legal-ocr\", \"scaleTarget.Name\": \"ocr-gpu-worker\", \"Original Replicas Count\": 2, \"New Replicas Count\": 4}" % iso_z(d))
    sc.noise(keda.lab, lambda d: "%s\tINFO\tscaleexecutor\tscaled object is active\t{\"scaledobject.Name\": \"ocr-gpu-worker\", \"queueLength\": %d}" % (iso_z(d), r.randint(300, 700)) if r.random() < 0.5 else "%s\tINFO\tcontroller\tReconciling ScaledObject\t{\"ScaledObject.Namespace\": \"legal-ocr\", \"ScaledObject.Name\": \"ocr-gpu-worker\"}" % iso_z(d), r.randint(5, 8))
    sc.event(40.5, ns, "Deployment", "ocr-gpu-worker", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 4 from 2" % run[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    msg = "0/7 nodes are available: 3 Insufficient nvidia.com/gpu, 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are available: 3 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling."
    for i, p in enumerate(pend):
        t = 41.0 + i
        n = 1
        while t < sc.dur - 10:
            sc.event(t, ns, "Pod", p.name, "Warning", "FailedScheduling", msg, comp="default-scheduler", count=n, ev=(n == 1 and i == 0) or (n == 3 and i == 1))
            sc.event(t + 8.0, ns, "Pod", p.name, "Normal", "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector", comp="cluster-autoscaler", count=n, ev=(n == 1 and i == 0))
            t += [60, 120, 180, 240, 300][min(n - 1, 4)] + r.uniform(0, 5)
            n += 1
    sc.add(52.0, ca_lab, lambda d: f_klog(d, "I", 1, "orchestrator.go:108", "Pod legal-ocr/%s is unschedulable" % pend[0].name))
    sc.add(52.1, ca_lab, lambda d: f_klog(d, "I", 1, "orchestrator.go:194", "Skipping node group https://www.googleapis.com/compute/v1/projects/acme-docs-prod/zones/europe-west1-b/instanceGroups/gke-docs-euw1-pool-gpu-t4-%s-grp - max size reached" % gpu_nodes[0].split("-")[6]), ev=True)
    sc.add(52.2, ca_lab, lambda d: f_klog(d, "I", 1, "orchestrator.go:593", "No expansion options"))
    sc.noise(ca_lab, lambda d: f_klog(d, "I", 1, pick(r, ["static_autoscaler.go:569", "filter_out_schedulable.go:66", "klogx.go:87"]), pick(r, ["Calculating unneeded nodes", "Filtering out schedulables", "Pod legal-ocr/%s is unschedulable" % pick(r, pend).name, "No unschedulable pods"])), r.randint(6, 10), 60, sc.dur)
    for t in (150.0, 330.0, 520.0, 690.0):
        sc.add(t, api.lab, lambda d, t=t: f_structlog(d, "warning", "ocr_api.queue", "gpu queue backlog growing", [("queue", "ocr-gpu"), ("depth", int(380 + t * 0.9 + r.randint(0, 40))), ("workers", 2)]))
    return sc.record(
        "scheduling", "ERROR", "ocr-gpu-worker",
        "KEDA scaled the OCR GPU workers to 4 but only 2 run and the backlog keeps growing. Why?",
        {"namespace": ns, "app": "ocr-gpu-worker"},
        "The two new ocr-gpu-worker pods stay Pending: all 3 GPU nodes are out of nvidia.com/gpu, the other 4 nodes do not match the GPU node selector, and the cluster autoscaler cannot add a node because the T4 node pool is at its maximum size.",
        "Scale-up of ocr-gpu-worker is blocked by FailedScheduling (Insufficient nvidia.com/gpu) and NotTriggerScaleUp (max node group size reached); the OCR GPU queue keeps growing.",
        "Raise the max size of the GPU node pool (or add another GPU pool/quota) or cap the KEDA maxReplicaCount to the available GPUs.")


@scenario
def s_line3_gateway_offline():
    sc = Sc("line3-gateway-offline", "talos", "plant-edge-talos", minutes=10)
    r = sc.rng
    ns = "plant-floor"
    gw_other = [sc.deploy(ns, "plc-gateway-line%d" % i, container="plc-gateway", nodes=[sc.nodes[i - 1]], app="plc-gateway")[0] for i in (1, 2)]
    gw3 = sc.deploy(ns, "plc-gateway-line3", container="plc-gateway", nodes=[""], app="plc-gateway")[0]
    gw3.node = ""
    gw3.lab["node"] = ""
    mosq = sc.deploy(ns, "mosquitto", sts=True, nodes=[sc.nodes[3]])[0]
    mes = sc.deploy("mes", "mes-workorder", n=1, nodes=[sc.nodes[3]])[0]
    for i, g in enumerate(gw_other):
        sc.noise(g.lab, g_plcgw(sc, g, "line%d" % (i + 1)), r.randint(14, 20))
    sc.noise(mosq.lab, g_mosquitto(sc, mosq), r.randint(14, 20))
    sc.noise(mes.lab, g_mes_workorder(sc, mes), r.randint(10, 14))
    bg_node(sc, sc.nodes[0], gw_other, r.randint(4, 6), r.randint(3, 5))
    newnode = "talos-wk-03"
    sc.add(8.0, sc.journal(newnode, "machined"), lambda d: "%s: user: warning: [%s]: [talos] node taints applied {\"component\": \"controller-runtime\", \"controller\": \"k8s.NodeApplyController\", \"taints\": [\"plant.example.com/cell=line3:NoSchedule\"]}" % (newnode, iso_z(d, 6)))
    sc.event(9.0, "default", "Node", newnode, "Normal", "RegisteredNode", "Node %s event: Registered Node %s in Controller" % (newnode, newnode), comp="node-controller")
    sc.add(2.0, mosq.lab, lambda d: f_mosq(d, "Client plc-gw-line3 has exceeded timeout, disconnecting."))
    msg = "0/5 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) had untolerated taint {plant.example.com/cell: line3}, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling."
    sc.event(12.0, ns, "Pod", gw3.name, "Warning", "FailedScheduling", msg, comp="default-scheduler", count=1, ev=True)
    t = 72.0
    n = 2
    while t < sc.dur - 15:
        sc.event(t, ns, "Pod", gw3.name, "Warning", "FailedScheduling", msg, comp="default-scheduler", count=n, ev=(n == 3))
        t += 60 * min(n, 5) + r.uniform(0, 5)
        n += 1
    for t in (60.0, 240.0, 420.0, 580.0):
        sc.add(t, mes.lab, lambda d, t=t: f_spring3(d, "WARN", "mes-workorder", "scheduling-1", "c.a.m.integration.PlcHeartbeatMonitor", "No heartbeat from plc-gateway line3 for %ds; stations ST-21..ST-30 set to MANUAL" % int(t + 95)))
    return sc.record(
        "scheduling", "CRITICAL", "plc-gateway-line3",
        "Line 3 stations show no PLC data since the edge node was rebuilt. Why?",
        {"namespace": ns},
        "The rebuilt node talos-wk-03 now carries the taint plant.example.com/cell=line3:NoSchedule; plc-gateway-line3 is pinned to that cell by its node selector but has no matching toleration, so the pod stays Pending (FailedScheduling) and line 3 has no gateway.",
        "plc-gateway-line3 cannot be scheduled anywhere (untolerated taint on the line-3 node, node-selector mismatch elsewhere), so the line-3 PLC data flow and MES heartbeat are down.",
        "Add a toleration for plant.example.com/cell=line3:NoSchedule to plc-gateway-line3 (or remove the taint from the Talos machine config) so the pod can schedule on talos-wk-03.")


# ===========================================================================
# dns_resolution
# ===========================================================================

@scenario
def s_records_export_lookups():
    sc = Sc("records-export-lookups", "gke", "docs-gke-euw1", minutes=11)
    r = sc.rng
    ns = "records"
    kd = sc.deploy("kube-system", "kube-dns", n=2, container="dnsmasq", app="kube-dns")
    kd_side = [p.with_container("sidecar") for p in kd]
    arch = sc.deploy(ns, "records-archiver", n=2)
    rapi = sc.deploy(ns, "records-api", n=1)[0]
    exp = sc.deploy(ns, "matter-export-29512200", container="export", app="matter-export")[0]
    dns_ip = sc.D["dns"]
    for a in arch:
        sc.noise(a.lab, lambda d, a=a: f_pylog(d, "INFO", "archiver.worker", pick(r, ["archived DOC-%d to gs://acme-records-archive/%d/ (%d KiB)" % (r.randint(10**6, 10**7), r.randint(2015, 2025), r.randint(40, 9000)), "batch %d complete: 50 archived, 0 failed" % r.randint(100, 999), "lease renewed for shard %d" % r.randint(0, 15)])), r.randint(10, 14), 0, 200)
    sc.noise(rapi.lab, lambda d: f_slog(d, "INFO", "request served", [("method", "GET"), ("path", "/v1/matters/M-%d-%04d/documents" % (r.randint(2019, 2026), r.randint(1, 9999))), ("status", 200), ("dur_ms", r.randint(4, 90))]), r.randint(14, 20))
    sc.noise(exp.lab, lambda d: f_structlog(d, "info", "export.runner", "exported document", [("doc_id", "DOC-%d" % r.randint(10**6, 10**7)), ("target", "gs://acme-ediscovery-exports/M-2025-0412/"), ("bytes", r.randint(10000, 9000000))]), r.randint(14, 20), 20, sc.dur)
    sc.add(15.0, exp.lab, lambda d: f_structlog(d, "info", "export.runner", "starting export", [("matter", "M-2025-0412"), ("documents", 184220), ("parallelism", 64), ("http_keepalive", False)]))
    sc.add(1.0, kd[0].lab, lambda d: f_klog(d, "I", 1, "nanny.go:146", "dnsmasq[13]: using nameserver 127.0.0.1#10053 for domain cluster.local"))
    kda = sc.deploy("kube-system", "kube-dns-autoscaler", container="autoscaler")[0]
    sc.add(2.0, kda.lab, lambda d: f_klog(d, "I", 1, "k8sclient.go:277", "Cluster status: SchedulableNodes[41], SchedulableCores[164]"))
    sc.add(2.1, kda.lab, lambda d: f_klog(d, "I", 1, "linear_controller.go:60", "Params from apiserver: {\"coresPerReplica\":256,\"nodesPerReplica\":16,\"preventSinglePointFailure\":true}"))
    # dnsmasq saturation
    first = 180.0
    t = first
    k = 0
    while t < sc.dur - 30:
        p = kd[k % 2]
        sc.add(t, p.lab, lambda d: f_klog(d, "I", 1, "nanny.go:146", "dnsmasq[13]: Maximum number of concurrent DNS queries reached (max: 1500)"), ev=(k in (0, 1)))
        if k % 3 == 0:
            sc.add(t + 1.3, kd_side[k % 2].lab, lambda d: f_klog(d, "W", 1, "server.go:64", "Error getting metrics from dnsmasq: read udp 127.0.0.1:%d->127.0.0.1:53: i/o timeout" % r.randint(30000, 60000)))
        t += r.uniform(14, 32)
        k += 1
    fails = sorted(r.uniform(first + 3, sc.dur - 20) for _ in range(9))
    for i, t in enumerate(fails):
        if i % 3 == 0:
            a = arch[i % 2]
            sc.seq(t, a.lab, [
                f_pylog(sc.d(t), "ERROR", "archiver.worker", "upload failed for DOC-%d, will retry" % r.randint(10**6, 10**7)),
                "Traceback (most recent call last):",
                '  File "/usr/local/lib/python3.12/site-packages/urllib3/connection.py", line 203, in _new_conn',
                "    sock = connection.create_connection(",
                "socket.gaierror: [Errno -3] Temporary failure in name resolution",
                "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'storage.googleapis.com' ([Errno -3] Temporary failure in name resolution)" % hexs(r, 10),
            ], ev=([4, 5] if i == 0 else [5] if i == 3 else []))
        elif i % 3 == 1:
            sc.add(t, rapi.lab, lambda d: f_slog(d, "ERROR", "db connect failed", [("err", "dial tcp: lookup records-postgresql.records.svc.cluster.local on %s:53: read udp %s:%d->%s:53: i/o timeout" % (dns_ip, rapi.ip, r.randint(30000, 60000), dns_ip)), ("retry_in", "2s")]), ev=(i == 1))
        else:
            sc.add(t, exp.lab, lambda d: f_structlog(d, "error", "export.runner", "upload failed", [("doc_id", "DOC-%d" % r.randint(10**6, 10**7)), ("error", "HTTPSConnectionPool(host='storage.googleapis.com', port=443): Max retries exceeded with url: /upload/storage/v1/b/acme-ediscovery-exports/o?uploadType=multipart (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'storage.googleapis.com' ([Errno -3] Temporary failure in name resolution)\"))" % hexs(r, 10))]))
    bg_node(sc, arch[0].node, arch + [rapi, exp], r.randint(4, 6), r.randint(3, 5))
    return sc.record(
        "dns_resolution", "ERROR", "kube-dns",
        "Uploads and database connections in the records namespace fail intermittently. What is the cause?",
        {"namespace": ns},
        "Both kube-dns dnsmasq containers hit their limit of 1500 concurrent DNS queries once the matter export started (64 parallel uploads without keep-alive), so lookups for storage.googleapis.com and in-cluster names time out with 'Temporary failure in name resolution'.",
        "kube-dns is saturated (dnsmasq max concurrent queries reached); records-archiver, records-api and the export job see name-resolution failures rather than a problem with GCS or Postgres.",
        "Scale kube-dns (kube-dns-autoscaler parameters) or enable NodeLocal DNSCache, and reduce the export job's DNS load (connection reuse, lower parallelism).")


@scenario
def s_bistro_names_fail():
    sc = Sc("bistro-names-fail", "microk8s", "bistro-mk8s-hq", minutes=9)
    r = sc.rng
    ns = "booking"
    cd = sc.deploy("kube-system", "coredns", container="coredns", app="kube-dns")[0]
    api = sc.deploy(ns, "booking-api", n=2)
    wk = sc.deploy(ns, "booking-worker", container="celery", n=1)[0]
    pg = sc.deploy(ns, "booking-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    ing = ingress_pod(sc, "nginx")
    for p in api:
        sc.noise(p.lab, g_booking_api(sc, p), r.randint(10, 14), 0, 90)
    sc.noise(pg.lab, g_postgres(sc, pg, "booking", "booking", ("booking_reservation", "booking_tableslot", "django_session")), r.randint(6, 9))
    sc.noise(wk.lab, g_celery_generic(sc, wk, ["booking.tasks.send_confirmation", "booking.tasks.release_expired_holds"]), r.randint(5, 8), 0, 90)
    sc.noise(ing.lab, g_nginx(sc, "booking-booking-api-8000", ["%s:8000" % p.ip for p in api], [("GET", "/api/v1/availability?venue=112&date=2026-03-14&party=4"), ("POST", "/api/v1/reservations")], ["Booking-iOS/3.4.1", "okhttp/4.12.0"]), r.randint(8, 12), 0, 95)
    sc.add(48.0, sc.journal(cd.node, "snap.microk8s.daemon-kubelite.service"), lambda d: f_klog(d, "I", sc.kpid, "kubelet.go:2437", '"SyncLoop UPDATE" source="api" pods=["kube-system/%s"]' % cd.name))
    sc.event(52.0, "kube-system", "Pod", cd.name, "Normal", "Killing", "Stopping container coredns", host=cd.node)
    # coredns crash loop
    st = 55.0
    n = 0
    sha = hexs(r, 128)
    while st < sc.dur - 10:
        port = r.randint(30000, 60000)
        sc.seq(st, cd.lab, [
            ".:53",
            "[INFO] plugin/reload: Running configuration SHA512 = %s" % sha,
            "CoreDNS-1.10.1",
            "linux/amd64, go1.20, 055b2c3",
        ], step=0.01)
        sc.add(st + 2.1, cd.lab, '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (port, r.randint(10**18, 9 * 10**18), r.randint(10**18, 9 * 10**18)), ev=(n in (0, 2)))
        if n:
            backoff_event(sc, st + 3.0, cd, n, ev=(n == 2))
        st += 3 + [10, 20, 40, 80, 160, 300][min(n, 5)] + r.uniform(0.5, 2)
        n += 1
    # symptoms in apps
    for i, t in enumerate(sorted(r.uniform(70, sc.dur - 15) for _ in range(7))):
        if i % 2 == 0:
            p = api[i % 2]
            sc.seq(t, p.lab, [
                f_pylog(sc.d(t), "ERROR", "django.request", "Internal Server Error: /api/v1/reservations"),
                "Traceback (most recent call last):",
                '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 275, in ensure_connection',
                "    self.connect()",
                'django.db.utils.OperationalError: could not translate host name "booking-postgresql.booking.svc.cluster.local" to address: Temporary failure in name resolution',
            ], ev=([4] if i in (0, 4) else []))
            sc.add(t + 0.05, ing.lab, lambda d: nginx_line(sc, d, "POST", "/api/v1/reservations", 500, 5.012, "booking-booking-api-8000", "%s:8000" % p.ip, "Booking-iOS/3.4.1", 145))
        else:
            sc.add(t, wk.lab, lambda d: f_celery(d, "ERROR", "MainProcess", "consumer: Cannot connect to redis://booking-redis.booking.svc.cluster.local:6379/0: Error -3 connecting to booking-redis.booking.svc.cluster.local:6379. Temporary failure in name resolution.."))
            sc.add(t + 0.01, wk.lab, lambda d: f_celery(d, "WARNING", "MainProcess", "Trying again in %d.00 seconds... (%d/100)" % (2 * i, i)))
    sc.noise(sc.journal(cd.node, "snap.microk8s.daemon-kubelite.service"), g_kubelet(sc, cd.node, [cd] + api), r.randint(5, 8))
    return sc.record(
        "dns_resolution", "CRITICAL", "coredns",
        "Bookings fail with 500s since this morning's maintenance. What broke?",
        {"namespace": ns},
        "CoreDNS was reconfigured to forward . /etc/resolv.conf; on this host that file points to the systemd-resolved stub 127.0.0.53, so CoreDNS forwards to itself, the loop plugin aborts it ([FATAL] plugin/loop) and it crash-loops, leaving the cluster without DNS.",
        "CoreDNS is in CrashLoopBackOff after a forwarding-loop detection; booking-api and the Celery worker cannot resolve booking-postgresql or booking-redis, so reservations fail.",
        "Point CoreDNS forward at real upstream resolvers (e.g. the host's /run/systemd/resolve/resolv.conf or explicit IPs) instead of 127.0.0.53, then restart CoreDNS.")


# ===========================================================================
# connection_refused
# ===========================================================================

@scenario
def s_kitchen_cache_blip():
    sc = Sc("kitchen-cache-blip", "aks", "aks-kitchen-weu", minutes=10)
    r = sc.rng
    ns = "kitchen"
    redis_old_node, redis_new_node = sc.nodes[3], sc.nodes[1]
    redis = sc.deploy(ns, "redis-master", container="redis", sts=True, nodes=[redis_old_node], app="redis")[0]
    redis_new = Pod(sc, ns, redis.name, "redis", redis_new_node, "redis", sc.ip(), "redis-master")
    kds = sc.deploy(ns, "kitchen-display-api", n=2, nodes=sc.nodes[:2])
    rmq = sc.deploy(ns, "kitchen-rabbitmq", container="rabbitmq", sts=True, nodes=[sc.nodes[2]], app="rabbitmq")[0]
    ing = ingress_pod(sc, "nginx")
    for p in kds:
        sc.noise(p.lab, g_kds(sc, p), r.randint(14, 18))
    sc.noise(rmq.lab, g_rabbit(sc, rmq), r.randint(8, 12))
    sc.noise(redis.lab, g_redis(sc, redis), r.randint(3, 5), 0, 200)
    sc.noise(ing.lab, g_nginx(sc, "kitchen-kitchen-display-api-80", ["%s:8080" % p.ip for p in kds], [("GET", lambda rr: "/api/stations/%s/tickets" % pick(rr, ["grill", "expo", "cold"])), ("POST", "/api/tickets")], ["KDS-Tablet/2.8.0 (Android 13)"]), r.randint(14, 20))
    bg_node(sc, kds[0].node, kds, r.randint(3, 5), r.randint(2, 4))
    sc.event(205.0, "default", "Node", redis_old_node, "Normal", "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % redis_old_node, comp="kubelet", host=redis_old_node)
    sc.event(209.0, ns, "Pod", redis.name, "Normal", "Killing", "Stopping container redis", host=redis_old_node, ev=True)
    t0 = 209.3
    sc.add(t0, redis.lab, "1:signal-handler (%d) Received SIGTERM scheduled shutdown..." % int(epoch(sc.d(t0))), ev=True)
    sc.add(t0 + 0.1, redis.lab, lambda d: f_redis(d, 1, "M", "*", "User requested shutdown..."))
    sc.add(t0 + 0.11, redis.lab, lambda d: f_redis(d, 1, "M", "*", "Saving the final RDB snapshot before exiting."))
    sc.add(t0 + 0.6, redis.lab, lambda d: f_redis(d, 1, "M", "*", "DB saved on disk"))
    sc.add(t0 + 0.61, redis.lab, lambda d: f_redis(d, 1, "M", "#", "Redis is now ready to exit, bye bye..."))
    sc.event(213.0, ns, "Pod", redis.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, redis.name, redis_new_node), comp="default-scheduler")
    sc.event(236.0, ns, "Pod", redis.name, "Normal", "SuccessfulAttachVolume", 'AttachVolume.Attach succeeded for volume "pvc-%s"' % uuid4(r), comp="attachdetach-controller")
    up = 252.0
    sc.event(up - 1.0, ns, "Pod", redis.name, "Normal", "Started", "Started container redis", host=redis_new_node)
    sc.seq(up, redis_new.lab, [
        f_redis(sc.d(up), 1, "C", "#", "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."),
        f_redis(sc.d(up), 1, "C", "*", "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
        f_redis(sc.d(up), 1, "C", "*", "Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started"),
        f_redis(sc.d(up), 1, "M", "*", "Server initialized"),
        f_redis(sc.d(up), 1, "M", "*", "Loading RDB produced by version 7.2.4"),
        f_redis(sc.d(up), 1, "M", "*", "DB loaded from disk: 0.388 seconds"),
        f_redis(sc.d(up), 1, "M", "*", "Ready to accept connections tcp"),
    ], step=0.05)
    sc.noise(redis_new.lab, g_redis(sc, redis_new), r.randint(2, 4), up + 5, sc.dur)
    host = "redis-master.kitchen.svc.cluster.local:6379"
    errs = sorted(r.uniform(210.5, up - 1) for _ in range(6))
    for i, t in enumerate(errs):
        p = kds[i % 2]
        if i < 2:
            sc.add(t, p.lab, lambda d: f_dotnet(d, "warn", "StackExchange.Redis.ConnectionMultiplexer", "Connection failed: %s (Interactive, SocketFailure): System.Net.Sockets.SocketException (111): Connection refused" % host), ev=True)
        else:
            sc.add(t, p.lab, lambda d: f_dotnet(d, "error", "Kitchen.Display.Api.Realtime.TicketCache", "Redis unavailable, serving open tickets from SQL", exc="StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGETALL tickets:open:%s; SocketFailure on %s/Interactive, Initializing/NotStarted, last: NONE, origin: ConnectedAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.7.17.27058\n ---> System.Net.Sockets.SocketException (111): Connection refused" % (pick(r, ["HH-014", "B-007"]), host)), ev=(i == 3))
    for p in kds:
        sc.add(up + r.uniform(1, 4), p.lab, lambda d: f_dotnet(d, "info", "StackExchange.Redis.ConnectionMultiplexer", "Connection restored: %s (Interactive)" % host))
    return sc.record(
        "connection_refused", "WARN", "redis",
        "Kitchen screens logged Redis errors for about a minute during the node upgrade. Do we need to act?",
        {"namespace": ns},
        "The single redis-master pod was stopped and rescheduled while its AKS node was drained for an upgrade; for ~40s the Service had no endpoint, so kitchen-display-api connections to redis-master:6379 were refused until Redis came back and the clients reconnected.",
        "A planned node drain restarted redis-master; kitchen-display-api saw Connection refused and fell back to SQL, then reconnected automatically once Redis was ready.",
        "No immediate action; to avoid repeats, run Redis with a replica/Sentinel or a PodDisruptionBudget so node upgrades do not take the only instance down.")


@scenario
def s_mes_quality_db_down():
    sc = Sc("mes-quality-db-down", "rke2", "rke2-plant-graz", minutes=10)
    r = sc.rng
    ns = "mes"
    qual = sc.deploy(ns, "mes-quality", n=2)
    andon = sc.deploy(ns, "andon-service", n=1)[0]
    pgb = sc.deploy(ns, "mes-pgbouncer", n=2, container="pgbouncer")
    pg = sc.deploy(ns, "mes-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    for p in qual:
        sc.noise(p.lab, lambda d, p=p: f_quarkus(d, pick(r, ["INFO", "INFO", "DEBUG"]), pick(r, ["c.a.m.q.InspectionResource", "c.a.m.q.SpcCalculator", "io.qua.ver.htt.run.filters"]), "executor-thread-%d" % r.randint(1, 16), pick(r, ["Inspection INS-%d recorded for %s result=PASS" % (r.randint(10**5, 10**6), vin(r)), "SPC chart updated characteristic=gap_flush_%d cpk=%.2f" % (r.randint(1, 40), r.uniform(1.3, 2.1)), "GET /q/health/ready 200"])), r.randint(12, 16))
    sc.noise(andon.lab, lambda d: f_slog(d, pick(r, ["INFO", "DEBUG"]), pick(r, ["andon board refreshed", "station state published"]), [("stations", r.randint(20, 60)), ("line", pick(r, LINES))]), r.randint(10, 14))
    for p in pgb:
        sc.noise(p.lab, lambda d: "%s UTC [1] LOG stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (sp(d), r.randint(5, 60), r.randint(20, 300), r.randint(2000, 90000), r.randint(5000, 200000), r.randint(300, 4000), r.randint(200, 2000), r.randint(0, 50)), r.randint(2, 4), 0, 70)
    sc.noise(pg.lab, g_postgres(sc, pg, "mes", "mes_app", ("inspection", "spc_sample", "andon_event")), r.randint(6, 9))
    bg_node(sc, qual[0].node, qual + [andon], r.randint(3, 5), r.randint(3, 5))
    rs = pgb[0].name.rsplit("-", 1)[0]
    sc.event(74.0, ns, "Deployment", "mes-pgbouncer", "Normal", "ScalingReplicaSet", "Scaled down replica set %s to 0 from 2" % rs, comp="deployment-controller", ev=True)
    for i, p in enumerate(pgb):
        sc.event(74.3 + i * 0.1, ns, "Pod", p.name, "Normal", "Killing", "Stopping container pgbouncer", host=p.node)
        sc.add(74.6 + i * 0.2, p.lab, lambda d: "%s UTC [1] LOG got SIGTERM, fast exit" % sp(d))
    svc = "mes-pgbouncer.mes.svc.cluster.local"
    cip = "10.43.%d.%d" % (r.randint(10, 250), r.randint(2, 250))
    times = sorted(r.uniform(80, sc.dur - 15) for _ in range(10))
    for i, t in enumerate(times):
        if i % 3 == 2:
            sc.add(t, andon.lab, lambda d: f_slog(d, "ERROR", "db ping failed", [("err", "failed to connect to `user=andon database=mes`: %s:6432 (%s): dial error: dial tcp %s:6432: connect: connection refused" % (cip, svc, cip))]), ev=(i == 2))
        else:
            p = qual[i % 2]
            sc.add(t, p.lab, lambda d: f_quarkus(d, "WARN", "io.agroal.pool", "agroal-11", "Datasource '<default>': Connection to %s:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % svc), ev=(i in (0, 4)))
            sc.add(t + 0.02, p.lab, lambda d: f_quarkus(d, "ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", "executor-thread-%d" % r.randint(1, 16), "HTTP Request to /api/inspections failed, error id: %s-%d: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [Connection to %s:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.]" % (uuid4(r), r.randint(1, 99), svc)))
    return sc.record(
        "connection_refused", "ERROR", "mes-pgbouncer",
        "mes-quality cannot save inspections anymore. Why?",
        {"namespace": ns},
        "The mes-pgbouncer Deployment was scaled down to 0 replicas, so nothing listens behind mes-pgbouncer:6432 and every new database connection from mes-quality and andon-service is refused; PostgreSQL itself is healthy.",
        "After mes-pgbouncer was scaled to 0, mes-quality and andon-service fail with connection refused on port 6432 and inspections cannot be stored.",
        "Scale mes-pgbouncer back to 2 replicas (and find who/what scaled it down, e.g. an automation or manual command); consider a PodDisruptionBudget/minimum replica guard.")


# ===========================================================================
# timeout
# ===========================================================================

@scenario
def s_docsearch_slow():
    sc = Sc("docsearch-slow", "kubeadm", "legal-dc1", minutes=12)
    r = sc.rng
    ns = "legal-search"
    ds = sc.deploy(ns, "document-search", n=2)
    osn = sc.deploy(ns, "opensearch-cluster-master", container="opensearch", sts=True, n=3, app="opensearch")
    ing = ingress_pod(sc, "nginx")
    for p in ds:
        sc.noise(p.lab, g_docsearch(sc, p), r.randint(14, 18), 0, 220)
        sc.noise(p.lab, g_docsearch(sc, p), r.randint(3, 6), 220, sc.dur)
    for p in osn:
        sc.noise(p.lab, g_opensearch(sc, p), r.randint(6, 9))
    sc.noise(ing.lab, g_nginx(sc, "legal-search-document-search-8000", ["%s:8000" % p.ip for p in ds], [("GET", lambda rr: "/api/search?q=%s" % pick(rr, ["governing+law", "force+majeure", "termination"])), ("GET", lambda rr: "/api/documents/DOC-%d/preview" % rr.randint(10**6, 10**7))], ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)", "LegalDesk/7.1"]), r.randint(14, 18))
    bg_node(sc, osn[0].node, osn + ds, r.randint(3, 5), r.randint(3, 5))
    sc.add(205.0, ds[0].lab, lambda d: f_structlog(d, "info", "docsearch.export", "bulk review export started", [("matter", "M-2024-0931"), ("queries", 1200), ("pattern", "*indemnif*"), ("user", "ediscovery-bot")]))
    src = '{"size":500,"query":{"bool":{"must":[{"query_string":{"query":"*indemnif* OR *hold harmless*","fields":["body","attachments.text"],"analyze_wildcard":true}}],"filter":[{"term":{"matter":"M-2024-0931"}}]}}}'
    slow_t = sorted(r.uniform(215, sc.dur - 20) for _ in range(7))
    for i, t in enumerate(slow_t):
        p = osn[i % 3]
        took = r.uniform(11.2, 19.5)
        sc.add(t, p.lab, lambda d: f_os(d, "WARN", "i.s.s.query", p.name, "[contracts-2024.11][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[12], source[%s], id[]," % (r.randint(0, 11), took, int(took * 1000), r.randint(1000, 90000), src)), ev=(i in (0, 3)))
        if i % 2 == 0:
            sc.add(t + 0.5, p.lab, lambda d: f_os(d, "WARN", "o.o.m.j.JvmGcMonitorService", p.name, "[gc][%d] overhead, spent [%.1fs] collecting in the last [%.1fs]" % (r.randint(10000, 90000), r.uniform(2.4, 3.6), r.uniform(3.7, 4.2))), ev=(i == 0))
    tmo = sorted(r.uniform(225, sc.dur - 15) for _ in range(8))
    for i, t in enumerate(tmo):
        p = ds[i % 2]
        sc.add(t, p.lab, lambda d: f_structlog(d, "error", "docsearch.query", "search backend timeout", [("error", "ConnectionTimeout caused by - ReadTimeoutError(HTTPSConnectionPool(host='opensearch-cluster-master.legal-search.svc', port=9200): Read timed out. (read timeout=10))"), ("index", "contracts-*")]), ev=(i in (0, 5)))
        sc.add(t + 0.01, p.lab, f_uvicorn("%s:%d" % (ing.ip, r.randint(30000, 60000)), "GET", "/api/search?q=%s" % pick(r, ["governing+law", "indemnity", "liability+cap"]), 504))
        sc.add(t + 0.02, ing.lab, lambda d: nginx_line(sc, d, "GET", "/api/search?q=indemnity", 504, 10.004, "legal-search-document-search-8000", "%s:8000" % p.ip, "LegalDesk/7.1", 160), ev=(i == 2))
    return sc.record(
        "timeout", "ERROR", "opensearch",
        "Lawyers get 504s on document search since the afternoon. What is slow?",
        {"namespace": ns},
        "A bulk e-discovery export fires leading-wildcard query_string searches (*indemnif*) that take 11-19s on the OpenSearch cluster and cause long GC pauses, so document-search's 10s read timeout to opensearch-cluster-master expires and users get 504.",
        "OpenSearch answers too slowly (slowlog 11-19s, GC overhead) under the wildcard export load; document-search times out (ReadTimeoutError, read timeout=10) and the ingress returns 504.",
        "Throttle or pause the export and avoid leading wildcards (ngram/wildcard field or reverse index), add a search timeout/limit per query, and scale or tune the OpenSearch heap if needed.")


@scenario
def s_dispatch_eta_fallback():
    sc = Sc("dispatch-eta-fallback", "k3s", "dlv-k3s-edge", minutes=11)
    r = sc.rng
    ns = "delivery"
    disp = sc.deploy(ns, "order-dispatch", n=2)
    eta = sc.deploy(ns, "route-eta", n=2)
    cour = sc.deploy(ns, "courier-tracking", n=1)[0]
    tr = ingress_pod(sc, "traefik")
    for p in disp:
        sc.noise(p.lab, g_dispatch(sc, p), r.randint(14, 18))
    for p in eta:
        sc.noise(p.lab, g_route_eta(sc, p), r.randint(6, 9), 0, 290)
        sc.noise(p.lab, g_route_eta(sc, p), r.randint(4, 6), 530, sc.dur)
    sc.noise(cour.lab, g_courier(sc, cour), r.randint(10, 14))
    sc.noise(tr.lab, g_traefik(sc, "delivery-order-dispatch-api@kubernetes", "delivery-order-dispatch-8080@kubernetes", ["%s:8080" % p.ip for p in disp], [("POST", "/v1/orders"), ("GET", lambda rr: "/v1/orders/ORD-%d" % rr.randint(10**7, 10**8))], "api.dlv.example"), r.randint(10, 14))
    bg_node(sc, disp[0].node, disp + eta, r.randint(3, 5), r.randint(3, 5))
    for i, p in enumerate(eta):
        t0 = 292.0 + i * 1.7
        sc.add(t0, p.lab, lambda d: f_rust(d, "INFO", "route_eta::graph::updater", "new road graph available, rebuilding contraction hierarchy", [("source", "osm-dach-260301.pbf"), ("nodes", 31882211), ("threads", 4)]), ev=(i == 0))
        for k in range(5):
            tt = t0 + 20 + k * 45 + r.uniform(0, 10)
            sc.add(tt, p.lab, lambda d: f_rust(d, "WARN", "route_eta::grpc", "slow Eta request", [("elapsed_ms", r.randint(2400, 5200)), ("queue_depth", r.randint(40, 180)), ("rebuild", "in_progress")]), ev=(i == 0 and k == 1))
        sc.add(t0 + 232 + r.uniform(0, 6), p.lab, lambda d: f_rust(d, "INFO", "route_eta::graph::updater", "contraction hierarchy ready, swapped graph", [("elapsed_s", r.randint(228, 240))]))
    tmo = sorted(r.uniform(300, 520) for _ in range(9))
    for i, t in enumerate(tmo):
        p = disp[i % 2]
        sc.add(t, p.lab, lambda d: f_zap(d, "warn", "eta/client.go:71", "eta lookup failed, using haversine fallback", [("order_id", "ORD-%d" % r.randint(10**7, 10**8)), ("upstream", "route-eta.delivery.svc:9090"), ("error", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"), ("deadline_ms", 800)]), ev=(i in (0, 4)))
    for p in disp:
        sc.add(r.uniform(560, 600), p.lab, lambda d: f_zap(d, "info", "eta/client.go:92", "eta latency back to normal", [("p99_ms", r.randint(30, 70)), ("fallbacks_last_5m", r.randint(30, 90))]))
    return sc.record(
        "timeout", "WARN", "route-eta",
        "Dispatch logged ETA fallbacks for a few minutes. What happened and is it over?",
        {"namespace": ns},
        "Both route-eta replicas rebuilt their contraction hierarchy for a new road graph at the same time; while rebuilding, Eta calls took 2.4-5.2s and exceeded order-dispatch's 800ms gRPC deadline (DeadlineExceeded), so dispatch used the haversine fallback until the rebuild finished.",
        "route-eta was slow for about four minutes during a simultaneous graph rebuild; order-dispatch timed out and fell back to straight-line ETAs, then latency returned to normal.",
        "No immediate action; stagger graph rebuilds across replicas (or build off-line and hot-swap) so at least one replica keeps serving at normal latency.")


# ===========================================================================
# tls_certificate
# ===========================================================================

@scenario
def s_esign_signing_fails():
    sc = Sc("esign-signing-fails", "openshift", "ocp-legal-prod", minutes=11)
    r = sc.rng
    ns = "esign"
    api = sc.deploy(ns, "esign-api", n=2)
    hsm = sc.deploy(ns, "signing-hsm-proxy", n=2)
    router = ingress_pod(sc, "router")
    for p in api:
        sc.noise(p.lab, g_esign(sc, p), r.randint(14, 18))
    for p in hsm:
        sc.noise(p.lab, lambda d, p=p: f_logrus(d, "info", pick(r, ["session pool ok", "pkcs11 slot status", "sign request served"]), [("slot", r.randint(0, 3)), ("sessions", r.randint(2, 16)), ("latency_ms", r.randint(3, 40))]), r.randint(5, 8), 0, 150)
    sc.noise(router.lab, g_haproxy_router(sc, "be_edge_http:esign:esign-api", ["pod:%s:esign-api:8080-tcp:%s:8080" % (p.name, p.ip) for p in api],
                                          [("GET", lambda rr: "/api/envelopes/ENV-%s" % sfx(rr, 8).upper()), ("POST", "/api/envelopes"), ("GET", "/q/health/ready")]), r.randint(12, 16))
    bg_node(sc, api[0].node, api + hsm, r.randint(3, 5), r.randint(3, 5))
    exp_t = 140.0
    not_after = sc.d(exp_t).strftime("%a %b %d %H:%M:%S UTC %Y")
    fails = sorted(r.uniform(exp_t + 10, sc.dur - 15) for _ in range(7))
    for i, t in enumerate(fails):
        p = api[i % 2]
        env = "ENV-" + sfx(r, 8).upper()
        sc.seq(t, p.lab, [
            f_quarkus(sc.d(t), "ERROR", "c.l.e.signing.HsmClient", "executor-thread-%d" % r.randint(1, 16), "Signing request for envelope %s failed: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed" % env),
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)",
            "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1305)",
            "Caused by: java.security.cert.CertificateExpiredException: NotAfter: %s" % not_after,
            "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)",
        ], ev=([0, 3] if i in (0, 3) else []))
        h = hsm[i % 2]
        sc.add(t - 0.01, h.lab, lambda d: "%s http: TLS handshake error from %s:%d: remote error: tls: bad certificate" % (d.strftime("%Y/%m/%d %H:%M:%S"), p.ip, r.randint(30000, 60000)), ev=(i == 1))
        sc.add(t + 0.05, router.lab, lambda d: '%s:%d [%s.%03d] fe_sni~ be_edge_http:esign:esign-api/pod:%s:esign-api:8080-tcp:%s:8080 0/0/1/%d/%d 500 412 - - --NI 31/24/3/1/0 0/0 "POST /api/envelopes/%s/sign HTTP/1.1"' % (sc.ip(), r.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S"), d.microsecond // 1000, p.name, p.ip, r.randint(20, 60), r.randint(61, 90), env))
    sc.add(20.0, hsm[0].lab, lambda d: f_logrus(d, "warning", "serving certificate expires soon", [("subject", "CN=signing-hsm-proxy.esign.svc"), ("issuer", "CN=Legal Internal CA G2"), ("not_after", sc.d(exp_t).strftime("%Y-%m-%dT%H:%M:%SZ")), ("remaining", "2m0s")]), ev=True)
    sc.add(exp_t + 5.0, hsm[1].lab, lambda d: f_logrus(d, "error", "serving certificate has expired", [("subject", "CN=signing-hsm-proxy.esign.svc"), ("not_after", sc.d(exp_t).strftime("%Y-%m-%dT%H:%M:%SZ")), ("source", "/etc/tls/tls.crt")]), ev=True)
    return sc.record(
        "tls_certificate", "ERROR", "signing-hsm-proxy",
        "Document signing fails with HTTP 500 since this afternoon. Why?",
        {"namespace": ns},
        "The serving certificate of signing-hsm-proxy (CN=signing-hsm-proxy.esign.svc) expired during the window; esign-api rejects it (PKIX validity check failed, CertificateExpiredException) so every signing call fails.",
        "After the signing-hsm-proxy certificate's NotAfter passed, all sign requests from esign-api fail their TLS handshake and the router returns 500 for /sign.",
        "Issue a new certificate for signing-hsm-proxy (and put it under cert-manager or another automatic renewal), update the Secret and restart/reload the proxy.")


@scenario
def s_vehicle_ingest_stalls():
    sc = Sc("vehicle-ingest-stalls", "aks", "veh-aks-neu", minutes=11)
    r = sc.rng
    ns = "telemetry"
    ing = sc.deploy(ns, "telemetry-ingest", n=3)
    brokers = sc.deploy(ns, "telemetry-kafka", container="kafka", sts=True, n=3, app="kafka")
    op = sc.deploy("strimzi", "strimzi-cluster-operator", container="strimzi-cluster-operator")[0]
    emqx = sc.deploy(ns, "emqx", sts=True, n=1)[0]
    for p in ing:
        sc.noise(p.lab, g_telemetry_ingest(sc, p, "slog"), r.randint(8, 11), 0, 150)
    for i, b in enumerate(brokers):
        sc.noise(b.lab, g_kafka(sc, b, i, ["vehicle.telemetry.raw", "vehicle.events"]), r.randint(5, 8))
    sc.noise(emqx.lab, g_emqx(sc, emqx), r.randint(8, 12))

    def strimzi(d, lvl, cls, msg):
        return "%s %-5s %s:%d - Reconciliation #%d(timer) Kafka(telemetry/telemetry-kafka): %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), lvl, cls, r.randint(100, 900), 412, msg)
    sc.add(30.0, op.lab, lambda d: strimzi(d, "INFO", "CaReconciler", "Cluster CA certificate in Secret telemetry-kafka-cluster-ca-cert is within the renewal period; generating a new CA (generation 1)"), ev=True)
    sc.add(31.0, op.lab, lambda d: strimzi(d, "INFO", "CaReconciler", "Cluster CA key replaced, rolling Kafka brokers to trust and use the new CA"))
    roll = [60.0, 140.0, 220.0]
    for i, (b, t) in enumerate(zip(brokers, roll)):
        sc.add(t, op.lab, lambda d, b=b: strimzi(d, "INFO", "KafkaRoller", "Rolling Pod %s due to [cluster CA certificate changed, server certificates changed]" % b.name))
        sc.event(t + 0.5, ns, "Pod", b.name, "Normal", "Killing", "Stopping container kafka", host=b.node)
        sc.event(t + 35, ns, "Pod", b.name, "Normal", "Started", "Started container kafka", host=b.node)
        sc.add(t + 40, b.lab, lambda d, i=i: f_kafka(d, "INFO", "[KafkaServer id=%d] started" % i, "kafka.server.KafkaServer"))
    sc.add(262.0, op.lab, lambda d: strimzi(d, "INFO", "KafkaReconciler", "Kafka cluster telemetry-kafka is ready"))
    cut = roll[0] + 40
    fails = sorted(r.uniform(cut + 2, sc.dur - 10) for _ in range(12))
    for i, t in enumerate(fails):
        p = ing[i % 3]
        b = i % 3
        sc.add(t, p.lab, lambda d: f_slog(d, "ERROR", "kafka dial failed", [("broker", "telemetry-kafka-kafka-bootstrap.telemetry.svc:9093"), ("err", 'tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "cluster-ca v0")'), ("ca_file", "/etc/kafka-ca/ca.crt")]), ev=(i in (0, 5)))
        if i % 2 == 0:
            sc.add(t + 0.02, brokers[b].lab, lambda d: f_kafka(d, "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /%s (channelId=%s:9093-%s:%d-%d) (SSL handshake failed)" % (b, p.ip, brokers[b].ip, p.ip, r.randint(30000, 60000), r.randint(1, 99)), "org.apache.kafka.common.network.Selector"), ev=(i == 2))
    for t in (330.0, 470.0, 610.0):
        sc.add(t, emqx.lab, lambda d: f_emqx(d, "warning", "msg: dropped_msg_due_to_mqueue_is_full, mfa: emqx_session_mem:enqueue/3, clientid: telemetry-ingest-shared, dropped: %d" % r.randint(500, 6000)))
    for p in ing:
        sc.add(r.uniform(400, 600), p.lab, lambda d: f_slog(d, "WARN", "local spool growing", [("spool_mb", r.randint(900, 1800)), ("limit_mb", 2048)]))
    return sc.record(
        "tls_certificate", "CRITICAL", "telemetry-ingest",
        "Vehicle telemetry stopped reaching Kafka after the broker restarts. Why?",
        {"namespace": ns},
        "Strimzi renewed the Kafka cluster CA and rolled the brokers onto certificates signed by the new CA, but telemetry-ingest still trusts only the old CA copied into /etc/kafka-ca/ca.crt, so every TLS connection fails with 'x509: certificate signed by unknown authority'.",
        "After the cluster-CA renewal, telemetry-ingest can no longer verify the brokers' certificates; nothing is produced to Kafka, local spools fill and EMQX starts dropping vehicle messages.",
        "Mount the current telemetry-kafka-cluster-ca-cert Secret (or a bundle with old and new CA) into telemetry-ingest instead of a static copy and restart it before the spools overflow.")


# ===========================================================================
# auth_failure
# ===========================================================================

@scenario
def s_records_retention_run():
    sc = Sc("records-retention-run", "eks", "legal-eks-euw1", minutes=12)
    r = sc.rng
    ns = "records"
    acct = "590183774612"
    job = "retention-purge-29%06d" % r.randint(100000, 999999)
    pods = [Pod(sc, ns, "%s-%s" % (job, sfx(r)), "purge", pick(r, sc.nodes), "retention-purge", sc.ip(), "retention-purge") for _ in range(3)]
    rapi = sc.deploy(ns, "records-api", n=2)
    idx = sc.deploy(ns, "records-indexer", n=1)[0]
    for p in rapi:
        sc.noise(p.lab, lambda d: f_slog(d, "INFO", "request served", [("method", pick(r, ["GET", "GET", "POST"])), ("path", "/v1/matters/M-%d-%04d/documents" % (r.randint(2019, 2026), r.randint(1, 9999))), ("status", 200), ("dur_ms", r.randint(4, 90))]), r.randint(12, 16))
    sc.noise(idx.lab, lambda d: f_structlog(d, "info", "indexer", pick(r, ["indexed document", "skipped unchanged document"]), [("doc_id", "DOC-%d" % r.randint(10**6, 10**7))]), r.randint(10, 14))
    bg_node(sc, pods[0].node, pods + rapi, r.randint(3, 5), r.randint(3, 5))
    sc.event(1.0, ns, "CronJob", "retention-purge", "Normal", "SuccessfulCreate", "Created job %s" % job, comp="cronjob-controller")
    starts = [3.0, 95.0, 260.0]
    for i, (p, st) in enumerate(zip(pods, starts)):
        sc.event(st - 1.5, ns, "Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % p.name, comp="job-controller")
        sc.add(st, p.lab, lambda d: f_pylog(d, "INFO", "retention", "starting retention run policy=litigation-default cutoff=2019-%02d-01 dry_run=False" % r.randint(1, 12)))
        sc.add(st + 0.8, p.lab, lambda d: f_pylog(d, "INFO", "botocore.credentials", "Found credentials from assume role with web identity (role=arn:aws:iam::%s:role/records-retention-irsa)" % acct))
        sc.add(st + 14, p.lab, lambda d: f_pylog(d, "INFO", "retention", "scanned s3://acme-legal-records-prod/matters/: 48211 objects, 1284 eligible, 37 skipped (legal hold)"))
        t = st + 15.2
        sc.seq(t, p.lab, [
            f_pylog(sc.d(t), "ERROR", "retention", "purge batch 1/26 failed"),
            "Traceback (most recent call last):",
            '  File "/app/retention/purge.py", line 96, in purge_batch',
            '    resp = s3.delete_objects(Bucket=bucket, Delete={"Objects": keys, "Quiet": True})',
            '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 1021, in _make_api_call',
            "    raise error_class(parsed_response, operation_name)",
            'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the DeleteObjects operation: User: arn:aws:sts::%s:assumed-role/records-retention-irsa/botocore-session-%d is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::acme-legal-records-prod/matters/M-2018-0044/DOC-1187734.pdf" because no identity-based policy allows the s3:DeleteObject action' % (acct, r.randint(10**9, 10**10)),
        ], ev=([6] if i in (0, 2) else []))
        sc.add(t + 0.3, p.lab, lambda d: f_pylog(d, "ERROR", "retention", "retention run aborted: 0 deleted, 1284 pending"), ev=(i == 0))
    sc.event(275.5, ns, "Job", job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit", comp="job-controller", ev=True)
    sc.event(276.0, ns, "CronJob", "retention-purge", "Normal", "SawCompletedJob", "Saw completed job: %s, condition: Failed" % job, comp="cronjob-controller")
    return sc.record(
        "auth_failure", "ERROR", "retention-purge",
        "The nightly records retention job failed again. Why?",
        {"namespace": ns},
        "The retention-purge job's IRSA role records-retention-irsa has no s3:DeleteObject permission on acme-legal-records-prod, so every DeleteObjects call returns AccessDenied and the job fails after its backoff limit.",
        "retention-purge scans 1284 eligible objects but cannot delete any (AccessDenied for s3:DeleteObject); all three attempts fail and the Job hits BackoffLimitExceeded.",
        "Grant s3:DeleteObject (and DeleteObjectVersion if versioned) on the bucket prefix to the records-retention-irsa role policy, then re-run the job.")


@scenario
def s_line_recipes_not_applied():
    sc = Sc("line-recipes-not-applied", "talos", "plant-core-talos", minutes=10)
    r = sc.rng
    ns = "mes"
    ctl = sc.deploy(ns, "line-config-controller", n=1)[0]
    flux = sc.deploy("flux-system", "kustomize-controller", container="manager")[0]
    mes = sc.deploy(ns, "mes-workorder", n=2)
    gws = [sc.deploy("plant-floor", "plc-gateway-line%d" % i, container="plc-gateway", app="plc-gateway")[0] for i in (1, 2)]
    for p in mes:
        sc.noise(p.lab, g_mes_workorder(sc, p), r.randint(10, 14))
    for i, g in enumerate(gws):
        sc.noise(g.lab, g_plcgw(sc, g, "line%d" % (i + 1)), r.randint(10, 14))
    sc.noise(ctl.lab, g_controller_runtime(sc, ctl, "linerecipe", "LineRecipe"), r.randint(4, 6), 0, 60)
    bg_node(sc, ctl.node, [ctl] + mes, r.randint(3, 5), r.randint(3, 5))
    rev = "main@sha1:" + hexs(r, 40)
    sc.add(48.0, flux.lab, lambda d: jd({"level": "info", "ts": iso_z(d), "msg": "server-side apply completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization", "Kustomization": {"name": "plant-floor", "namespace": "flux-system"}, "namespace": "flux-system", "name": "plant-floor", "reconcileID": uuid4(r), "output": {"Namespace/plant-floor": "unchanged", "Role/plant-floor/line-config-editor": "unchanged", "RoleBinding/plant-floor/line-config-controller": "deleted", "ConfigMap/plant-floor/line-defaults": "unchanged"}, "revision": rev}), ev=True)
    sc.noise(flux.lab, lambda d: jd({"level": "info", "ts": iso_z(d), "msg": "server-side apply completed", "controller": "kustomization", "name": pick(r, ["mes", "monitoring", "infra"]), "revision": rev, "output": {}}), r.randint(3, 5))
    ver = "k8s.io/client-go@v0.31.2/tools/cache/reflector.go:243"
    user = "system:serviceaccount:mes:line-config-controller"
    t = 52.0
    k = 0
    while t < sc.dur - 10:
        sc.add(t, ctl.lab, lambda d: f_klog(d, "W", 1, "reflector.go:561", '%s: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "plant-floor"' % (ver, user)), ev=(k in (0, 3)))
        sc.add(t + 0.001, ctl.lab, lambda d: f_klog(d, "E", 1, "reflector.go:158", '"Unhandled Error" err="%s: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User \\"%s\\" cannot list resource \\"configmaps\\" in API group \\"\\" in the namespace \\"plant-floor\\"" logger="UnhandledError"' % (ver, user)))
        t += min(2 ** k, 60) * r.uniform(0.9, 1.3) + 3
        k += 1
    for i, t in enumerate(sorted(r.uniform(70, sc.dur - 15) for _ in range(4))):
        line = pick(r, ["line1", "line2"])
        sc.add(t, ctl.lab, lambda d: f_zap_iso(d, "error", "controller.linerecipe", "Reconciler error", [("controller", "linerecipe"), ("namespace", "plant-floor"), ("name", "%s-recipe" % line), ("reconcileID", uuid4(r)), ("error", 'failed to apply recipe ConfigMap plant-floor/%s-plc-recipe: configmaps "%s-plc-recipe" is forbidden: User "%s" cannot update resource "configmaps" in API group "" in the namespace "plant-floor"' % (line, line, user))]), ev=(i == 1))
    for t in (200.0, 430.0):
        sc.add(t, mes[0].lab, lambda d: f_spring3(d, "WARN", "mes-workorder", "scheduling-1", "c.a.m.recipe.RecipeSyncCheck", "Recipe version mismatch line2: MES=2026.11 PLC=2026.10 (waiting for line-config-controller)"))
    return sc.record(
        "auth_failure", "ERROR", "line-config-controller",
        "New PLC recipes are not being rolled out to the lines. What is blocking the controller?",
        {"namespace": ns, "app": "line-config-controller"},
        "A Flux reconciliation deleted the RoleBinding plant-floor/line-config-controller, so the controller's service account is no longer allowed to list or update ConfigMaps in plant-floor (RBAC forbidden) and cannot apply recipes.",
        "line-config-controller gets 'configmaps is forbidden' for its service account after its RoleBinding was pruned by Flux; recipe reconciles fail and MES sees version mismatches.",
        "Restore the RoleBinding (add it back to the plant-floor kustomization so Flux stops pruning it) granting line-config-editor to system:serviceaccount:mes:line-config-controller.")


# ===========================================================================
# config_error
# ===========================================================================

@scenario
def s_booking_release_crash():
    sc = Sc("booking-release-crash", "microk8s", "bistro-mk8s-hq", minutes=9)
    r = sc.rng
    ns = "booking"
    api = sc.deploy(ns, "booking-api", n=2)
    pg = sc.deploy(ns, "booking-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    wk = sc.deploy(ns, "booking-worker", container="celery", n=1)[0]
    ing = ingress_pod(sc, "nginx")
    sc.noise(pg.lab, g_postgres(sc, pg, "booking", "booking", ("booking_reservation", "booking_tableslot")), r.randint(6, 9))
    sc.noise(wk.lab, g_celery_generic(sc, wk, ["booking.tasks.send_confirmation", "booking.tasks.sync_pos_covers"]), r.randint(12, 16))
    sc.noise(ing.lab, g_nginx(sc, "booking-booking-api-8000", ["%s:8000" % p.ip for p in api], [("GET", "/api/v1/availability?venue=87&date=2026-03-21&party=2")], ["Booking-iOS/3.4.1"]), r.randint(4, 6), 0, 40)
    for p in api:
        sc.noise(p.lab, g_booking_api(sc, p), r.randint(4, 6), 0, 35)
    newp = sc.deploy(ns, "booking-api", n=2)
    sc.event(38.0, ns, "Deployment", "booking-api", "Normal", "ScalingReplicaSet", "Scaled down replica set %s to 0 from 2" % api[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    for i, p in enumerate(api):
        sc.event(38.5 + i, ns, "Pod", p.name, "Normal", "Killing", "Stopping container booking-api", host=p.node)
    sc.event(42.0, ns, "Deployment", "booking-api", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 2" % newp[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    image = "localhost:32000/booking-api:2026.3.0"
    for pi, p in enumerate(newp):
        st = 44.0 + pi * 1.5
        n = 0
        while st < sc.dur - 8:
            sc.event(st - 0.3, ns, "Pod", p.name, "Normal", "Started", "Started container booking-api", host=p.node, count=n + 1)
            gp = 1
            wp = r.randint(7, 9)
            lines = [
                lambda d: f_gunicorn(d, gp, "INFO", "Starting gunicorn 21.2.0"),
                lambda d: f_gunicorn(d, gp, "INFO", "Listening at: http://0.0.0.0:8000 (1)"),
                lambda d: f_gunicorn(d, gp, "INFO", "Using worker: sync"),
                lambda d, wp=wp: f_gunicorn(d, wp, "INFO", "Booting worker with pid: %d" % wp),
                lambda d, wp=wp: f_gunicorn(d, wp, "ERROR", "Exception in worker process"),
                "Traceback (most recent call last):",
                '  File "/app/booking/settings/production.py", line 41, in <module>',
                '    DATABASES = {"default": env.db("DATABASE_URL")}',
                '  File "/usr/local/lib/python3.12/site-packages/environ/environ.py", line 392, in get_value',
                "    raise ImproperlyConfigured(error_msg) from exc",
                "django.core.exceptions.ImproperlyConfigured: Set the DATABASE_URL environment variable",
                lambda d, wp=wp: f_gunicorn(d, wp, "INFO", "Worker exiting (pid: %d)" % wp),
                lambda d, wp=wp: f_gunicorn(d, gp, "ERROR", "Worker (pid:%d) exited with code 3" % wp),
                lambda d: f_gunicorn(d, gp, "ERROR", "Shutting down: Master"),
                lambda d: f_gunicorn(d, gp, "ERROR", "Reason: Worker failed to boot."),
            ]
            if n >= 2:
                lines = lines[3:5] + lines[10:11] + lines[13:]
                ev = [2] if (n == 2 and pi == 0) else []
            else:
                ev = [6, 10, 14] if (n == 0 and pi == 0) else []
            sc.seq(st + 0.5, p.lab, lines, ev=ev, step=0.05)
            if n:
                backoff_event(sc, st + 2.5, p, n, ev=(n == 3 and pi == 1))
            st += 3 + [10, 20, 40, 80, 160, 300][min(n, 5)] + r.uniform(0.5, 2)
            n += 1
    for t in sorted(r.uniform(60, sc.dur - 10) for _ in range(4)):
        sc.add(t, ing.lab, lambda d: nginx_line(sc, d, "GET", "/api/v1/availability?venue=87&date=2026-03-21&party=2", 503, 0.000, "booking-booking-api-8000", "-", "Booking-iOS/3.4.1", 190))
    return sc.record(
        "config_error", "CRITICAL", "booking-api",
        "After today's release booking-api is down and keeps restarting. Why?",
        {"namespace": ns, "app": "booking-api"},
        "The 2026.3.0 release of booking-api no longer gets the DATABASE_URL environment variable, so Django settings raise ImproperlyConfigured at import time, gunicorn's worker fails to boot and both pods crash-loop.",
        "Every new booking-api pod exits on startup with 'Set the DATABASE_URL environment variable'; the old pods were already replaced, so the API returns 503.",
        "Restore DATABASE_URL in the Deployment (env or envFrom of the booking database Secret) or roll back to the previous release, then verify the pods become Ready.")


@scenario
def s_plc_gateway_rollout():
    sc = Sc("plc-gateway-rollout", "k3s", "plant-edge-k3s", minutes=9)
    r = sc.rng
    ns = "plant-floor"
    old = sc.deploy(ns, "plc-gateway", n=1)[0]
    newp = sc.deploy(ns, "plc-gateway", n=1)[0]
    mosq = sc.deploy(ns, "mosquitto", sts=True)[0]
    flux = sc.deploy("flux-system", "kustomize-controller", container="manager")[0]
    tr = ingress_pod(sc, "traefik")
    sc.noise(old.lab, g_plcgw(sc, old), r.randint(22, 30))
    sc.noise(mosq.lab, g_mosquitto(sc, mosq), r.randint(14, 18))
    sc.noise(tr.lab, g_traefik(sc, "plant-floor-grafana@kubernetes", "plant-floor-grafana-3000@kubernetes", ["%s:3000" % sc.ip()], [("GET", "/api/dashboards/uid/line-oee"), ("POST", "/api/ds/query")], "grafana.plant.local"), r.randint(6, 9))
    bg_node(sc, newp.node, [old, newp, mosq], r.randint(4, 6), r.randint(3, 5))
    rev = "main@sha1:" + hexs(r, 40)
    cmname = "plc-gateway-config-%s" % sfx(r, 5)
    sc.add(44.0, flux.lab, lambda d: jd({"level": "info", "ts": iso_z(d), "msg": "server-side apply completed", "controller": "kustomization", "name": "plant-floor", "namespace": "flux-system", "output": {"ConfigMap/plant-floor/%s" % cmname: "created", "Deployment/plant-floor/plc-gateway": "configured"}, "revision": rev}), ev=True)
    sc.event(45.0, ns, "Deployment", "plc-gateway", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 1" % newp.name.rsplit("-", 1)[0], comp="deployment-controller")
    st = 49.0
    n = 0
    while st < sc.dur - 8:
        sc.event(st - 0.3, ns, "Pod", newp.name, "Normal", "Started", "Started container plc-gateway", host=newp.node, count=n + 1)
        lines = [
            f_rust(sc.d(st), "INFO", "plc_gateway", "starting plc-gateway", [("version", "0.19.0"), ("config", "/etc/plc-gateway/gateway.toml")]),
            "Error: failed to load configuration from /etc/plc-gateway/gateway.toml",
            "",
            "Caused by:",
            "    TOML parse error at line 23, column 17",
            "       |",
            "    23 | poll_interval = 250ms",
            "       |                 ^",
            "    invalid number",
            "    expected `\"`, `'`",
        ]
        if n >= 2:
            lines = lines[:2] + lines[4:5]
            ev = [1, 2] if n == 2 else []
        else:
            ev = [1, 4, 6] if n == 0 else []
        sc.seq(st + 0.2, newp.lab, lines, ev=ev, step=0.002)
        if n:
            sc.add(st + 1.0, sc.journal(newp.node), kl_backoff(sc, newp, n - 1))
            backoff_event(sc, st + 1.2, newp, n, ev=(n == 3))
        st += 2 + [10, 20, 40, 80, 160, 300][min(n, 5)] + r.uniform(0.5, 2)
        n += 1
    return sc.record(
        "config_error", "ERROR", "plc-gateway",
        "The plc-gateway update is stuck; the new pod never starts. Why?",
        {"namespace": ns, "app": "plc-gateway"},
        "The new ConfigMap rolled out by Flux sets poll_interval = 250ms in gateway.toml, which is not valid TOML (unquoted string/number), so plc-gateway 0.19.0 exits at startup with a TOML parse error and the new pod crash-loops.",
        "The updated plc-gateway pod fails to parse /etc/plc-gateway/gateway.toml (line 23) and is in CrashLoopBackOff; the old pod still serves, so the rollout is stuck.",
        "Fix the config in Git (poll_interval = \"250ms\" or poll_interval_ms = 250), let Flux reconcile, and confirm the new pod starts.")


# ===========================================================================
# resource_exhausted
# ===========================================================================

@scenario
def s_telemetry_broker_down():
    sc = Sc("telemetry-broker-down", "rke2", "rke2-veh-dc2", minutes=10)
    r = sc.rng
    ns = "telemetry"
    brokers = sc.deploy(ns, "telemetry-kafka", container="kafka", sts=True, n=3, app="kafka")
    ing = sc.deploy(ns, "telemetry-ingest", n=2)
    an = sc.deploy(ns, "trip-analytics", n=1)[0]
    for i, b in enumerate(brokers):
        sc.noise(b.lab, g_kafka(sc, b, i, ["vehicle.telemetry.raw", "vehicle.events", "trip.summaries"]), r.randint(8, 12) if i != 2 else r.randint(4, 6), 0, sc.dur if i != 2 else 150)
    for p in ing:
        sc.noise(p.lab, g_telemetry_ingest(sc, p, "zap"), r.randint(14, 18))
    sc.noise(an.lab, lambda d: f_spring2(d, "INFO", "StreamThread-%d" % r.randint(1, 4), "c.a.t.trips.TripAggregator", "Closed %d trip windows, emitted %d summaries" % (r.randint(10, 200), r.randint(10, 200))), r.randint(8, 12))
    bg_node(sc, brokers[2].node, brokers + ing, r.randint(3, 5), r.randint(3, 5))
    b2 = brokers[2]
    dirn = "/var/lib/kafka/data-0/kafka-log2"
    t0 = 168.0
    sc.add(t0 - 40, b2.lab, lambda d: f_kafka(d, "INFO", "[LocalLog partition=vehicle.telemetry.raw-7, dir=%s] Rolled new log segment at offset %d in 1 ms." % (dirn, r.randint(10**8, 10**9)), "kafka.log.LocalLog"))
    sc.seq(t0, b2.lab, [
        f_kafka(sc.d(t0), "ERROR", "Error while appending records to vehicle.telemetry.raw-7 in dir %s" % dirn, "org.apache.kafka.storage.internals.log.LogDirFailureChannel"),
        "java.io.IOException: No space left on device",
        "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
        "\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)",
        "\tat org.apache.kafka.common.record.MemoryRecords.writeFullyTo(MemoryRecords.java:92)",
        "\tat org.apache.kafka.storage.internals.log.LogSegment.append(LogSegment.java:186)",
    ], ev=[0, 1], step=0.001)
    sc.add(t0 + 0.05, b2.lab, lambda d: f_kafka(d, "WARN", "[ReplicaManager broker=2] Stopping serving replicas in dir %s" % dirn, "kafka.server.ReplicaManager"))
    sc.add(t0 + 0.2, b2.lab, lambda d: f_kafka(d, "ERROR", "Shutdown broker because all log dirs in %s have failed" % dirn, "kafka.log.LogManager"), ev=True)
    st = t0 + 25
    n = 1
    while st < sc.dur - 10:
        sc.event(st - 0.5, ns, "Pod", b2.name, "Normal", "Started", "Started container kafka", host=b2.node, count=n + 1)
        sc.add(st + 6, b2.lab, lambda d: f_kafka(d, "INFO", "Loading logs from log dirs ArraySeq(%s)" % dirn, "kafka.log.LogManager"))
        sc.add(st + 9, b2.lab, lambda d: f_kafka(d, "ERROR", "Error while writing to checkpoint file %s/recovery-point-offset-checkpoint" % dirn, "org.apache.kafka.storage.internals.log.LogDirFailureChannel"), ev=(n == 1))
        sc.add(st + 9.01, b2.lab, "java.io.IOException: No space left on device", ev=(n == 1))
        sc.add(st + 9.3, b2.lab, lambda d: f_kafka(d, "ERROR", "[KafkaServer id=2] Fatal error during KafkaServer startup. Prepare to shutdown", "kafka.server.KafkaServer"))
        backoff_event(sc, st + 11, b2, n)
        st += 12 + [10, 20, 40, 80, 160, 300][min(n - 1, 5)] + r.uniform(0.5, 2)
        n += 1
    for i, b in enumerate(brokers[:2]):
        sc.add(t0 + 3 + i, b.lab, lambda d, i=i: f_kafka(d, "INFO", "[Partition vehicle.telemetry.raw-7 broker=%d] Shrinking ISR from 2,%d,0 to %d,0. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 2, endOffset: %d)." % (i, i, i, r.randint(10**8, 10**9), r.randint(10**8, 10**9), r.randint(10**8, 10**9)), "kafka.cluster.Partition"))
    for t in sorted(r.uniform(t0 + 2, sc.dur - 5) for _ in range(5)):
        p = pick(r, ing)
        sc.add(t, p.lab, lambda d: f_zap(d, "warn", "kafka/producer.go:188", "produce retry", [("topic", "vehicle.telemetry.raw"), ("partition", r.randint(0, 23)), ("error", pick(r, ["NOT_LEADER_OR_FOLLOWER: the broker is not the leader for this partition", "dial tcp %s:9092: connect: connection refused" % b2.ip])), ("attempt", r.randint(1, 3))]))
    sc.add(sc.dur - 60, brokers[0].lab, lambda d: f_kafka(d, "WARN", "[ReplicaFetcher replicaId=0, leaderId=2, fetcherId=0] Error in response for fetch request; 37 partitions under-replicated", "kafka.server.ReplicaFetcherThread"))
    return sc.record(
        "resource_exhausted", "CRITICAL", "telemetry-kafka",
        "One telemetry Kafka broker keeps going down. What is wrong?",
        {"namespace": ns},
        "The data volume of broker telemetry-kafka-2 is full (No space left on device): vehicle.telemetry.raw has no size-based retention, so the log dir fails, the broker shuts down and cannot restart because it cannot even write its checkpoint files.",
        "telemetry-kafka-2 fails its log dir with 'No space left on device', shuts down and crash-loops; partitions are under-replicated and producers retry against the remaining brokers.",
        "Free space or expand the broker PVC, set retention.bytes/retention.ms for vehicle.telemetry.raw, then restart the broker and watch the ISR recover; check the other brokers' disk usage too.")


@scenario
def s_traceability_slow_api():
    sc = Sc("traceability-slow-api", "openshift", "ocp-plant-wob", minutes=12)
    r = sc.rng
    ns = "mes"
    tr = sc.deploy(ns, "mes-traceability", n=2)
    pg = sc.deploy(ns, "mes-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    router = ingress_pod(sc, "router")
    for p in tr:
        sc.noise(p.lab, lambda d, p=p: f_spring2(d, pick(r, ["INFO", "INFO", "DEBUG"]), "http-nio-8080-exec-%d" % r.randint(1, 30), pick(r, ["c.a.m.trace.GenealogyController", "c.a.m.trace.PartLookupService"]), pick(r, ["Genealogy for %s resolved (%d parts)" % (vin(r), r.randint(300, 1400)), "Part lookup serial=%s batch=%s" % (sfx(r, 10).upper(), sfx(r, 6).upper())])), r.randint(12, 16))
    sc.noise(pg.lab, g_postgres(sc, pg, "mes", "trace_app", ("genealogy_edge", "part_serial", "vehicle")), r.randint(8, 12))
    sc.noise(router.lab, g_haproxy_router(sc, "be_http:mes:mes-traceability", ["pod:%s:mes-traceability:8080-tcp:%s:8080" % (p.name, p.ip) for p in tr], [("GET", lambda rr: "/api/genealogy/%s" % vin(rr)), ("GET", lambda rr: "/api/parts/%s" % sfx(rr, 10).upper())]), r.randint(12, 16))
    bg_node(sc, tr[0].node, tr + [pg], r.randint(3, 5), r.randint(3, 5))
    a = tr[0]
    t0 = 95.0
    t1 = 520.0
    sc.add(t0, a.lab, lambda d: f_spring2(d, "INFO", "scheduling-1", "c.a.m.trace.export.GenealogyExportJob", "Genealogy export started for VIN range %s..%s, 20 partitions in parallel" % (vin(r)[:11] + "000001", vin(r)[:11] + "099999")), ev=True)
    sc.add(t0 + 40, a.lab, lambda d: f_spring2(d, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=20, idle=0, waiting=%d)" % r.randint(6, 14)), ev=True)
    for k in range(1, 4):
        sc.add(t0 + 40 + 30 * k * 3, a.lab, lambda d: f_spring2(d, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=20, idle=0, waiting=%d)" % r.randint(25, 48)))
    errs = sorted(r.uniform(t0 + 70, t1 - 5) for _ in range(9))
    for i, t in enumerate(errs):
        sc.seq(t, a.lab, [
            f_spring2(sc.d(t), "ERROR", "http-nio-8080-exec-%d" % r.randint(1, 30), "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.] with root cause"),
            "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
        ], ev=([1] if i in (0, 4) else []), step=0.001)
        sc.add(t + 0.01, router.lab, lambda d: '%s:%d [%s.%03d] fe_sni~ be_http:mes:mes-traceability/pod:%s:mes-traceability:8080-tcp:%s:8080 0/0/1/30012/30013 500 389 - - --NI 40/38/12/6/0 0/0 "GET /api/genealogy/%s HTTP/1.1"' % (sc.ip(), r.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S"), d.microsecond // 1000, a.name, a.ip, vin(r)))
    sc.add(t1, a.lab, lambda d: f_spring2(d, "INFO", "scheduling-1", "c.a.m.trace.export.GenealogyExportJob", "Genealogy export finished: %d vehicles, %d edges written in %ds" % (r.randint(80000, 99999), r.randint(10**7, 9 * 10**7), int(t1 - t0))))
    sc.add(t1 + 28, a.lab, lambda d: f_spring2(d, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=2, idle=18, waiting=0)"))
    sc.add(300.0, pg.lab, lambda d: f_pg(d, r.randint(1000, 60000), "LOG", "duration: %.3f ms  statement: SELECT count(*) FROM pg_stat_activity" % r.uniform(0.2, 0.9)))
    return sc.record(
        "resource_exhausted", "WARN", "mes-traceability",
        "Genealogy lookups on one traceability pod returned 500s for several minutes this morning. Was the database down?",
        {"namespace": ns, "app": "mes-traceability"},
        "The genealogy export job on that mes-traceability pod ran 20 partitions in parallel and held all 20 HikariCP connections (active=20, idle=0), so API requests waited 30s for a connection and failed; PostgreSQL itself was healthy and the pool drained when the export finished.",
        "Connection-pool exhaustion in mes-traceability (HikariPool-1 total=20 active=20 waiting up to ~48) caused 30s timeouts and 500s until the export completed; it has recovered.",
        "Give the export job its own small pool or limit its parallelism below maximumPoolSize (or run it on a separate worker), so interactive requests always have connections.")


# ===========================================================================
# storage
# ===========================================================================

@scenario
def s_esign_object_store_degraded():
    sc = Sc("esign-object-store-degraded", "aks", "aks-legal-weu", minutes=10)
    r = sc.rng
    ns = "esign"
    minio = sc.deploy(ns, "esign-minio", container="minio", sts=True, n=4, app="minio")
    api = sc.deploy(ns, "esign-api", n=2)
    csi = sc.deploy("kube-system", "csi-azuredisk-controller", container="azuredisk")[0]
    for p in api:
        sc.noise(p.lab, g_esign(sc, p), r.randint(14, 18))
    old_node = sc.nodes[4]
    new_node = sc.nodes[2]
    m2 = minio[2]
    m2.node = new_node
    m2.lab["node"] = new_node
    for i, p in enumerate(minio):
        if i != 2:
            sc.noise(p.lab, lambda d: "API: SYSTEM() Time: %s Message: %s" % (d.strftime("%H:%M:%S UTC %m/%d/%Y"), pick(r, ["Healing drive '/export' - 'mc admin heal alias/ --verbose' to check the current status.", "Scanner: completed cycle %d" % r.randint(100, 999)])) if r.random() < 0.15 else jd({"level": "INFO", "time": iso_z(d, 9), "api": {"name": pick(r, ["PutObject", "GetObject", "HeadObject"]), "bucket": "signed-documents", "object": "%d/%s.pdf" % (r.randint(2024, 2026), uuid4(r)), "status": "OK", "statusCode": 200, "timeToResponse": "%dms" % r.randint(3, 80)}}), r.randint(6, 9))
    bg_node(sc, new_node, minio + api, r.randint(3, 5), r.randint(3, 5))
    pvc = "pvc-" + uuid4(r)
    sub = uuid4(r)
    sc.event(30.0, ns, "Pod", m2.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, m2.name, new_node), comp="default-scheduler")
    sc.event(31.0, ns, "Pod", m2.name, "Warning", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, comp="attachdetach-controller", ev=True)
    t = 60.0
    k = 0
    while t < sc.dur - 20:
        sc.add(t, csi.lab, lambda d: f_klog(d, "E", 1, "utils.go:110", 'GRPC error: rpc error: code = Internal desc = Attach volume /subscriptions/%s/resourceGroups/mc_legal-prod_aks-legal-weu_westeurope/providers/Microsoft.Compute/disks/%s to instance %s failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk \'%s\' to VM \'%s\' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again."}}' % (sub, pvc, new_node, pvc, old_node)), ev=(k == 0))
        t += r.uniform(70, 110)
        k += 1
    for j, tt in enumerate((152.0, 154.0 + 120 + r.uniform(0, 5), 156.0 + 240 + r.uniform(0, 5))):
        if tt < sc.dur - 10:
            sc.event(tt, ns, "Pod", m2.name, "Warning", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[export], unattached volumes=[export kube-api-access-%s]: timed out waiting for the condition" % sfx(r), host=new_node, count=j + 1, ev=(j == 0))
    for i, t in enumerate(sorted(r.uniform(40, sc.dur - 10) for _ in range(6))):
        p = minio[(0, 1, 3)[i % 3]]
        sc.add(t, p.lab, lambda d: "API: SYSTEM() Time: %s DeploymentID: %s Error: Marking http://esign-minio-2.esign-minio-svc.esign.svc.cluster.local:9000/export offline temporarily; caused by Post \"http://esign-minio-2.esign-minio-svc.esign.svc.cluster.local:9000/minio/storage/export/v51/diskinfo\": dial tcp: lookup esign-minio-2.esign-minio-svc.esign.svc.cluster.local on 10.0.0.10:53: no such host (*fmt.wrapError)" % (d.strftime("%H:%M:%S UTC %m/%d/%Y"), uuid4(r)))
    sc.add(200.0, api[0].lab, lambda d: f_quarkus(d, "WARN", "c.l.e.storage.ObjectStore", "executor-thread-4", "PutObject signed-documents took 1840ms (erasure set degraded: 3/4 drives online)"))
    return sc.record(
        "storage", "ERROR", "esign-minio",
        "esign-minio-2 has been stuck in ContainerCreating since the node was replaced. Why?",
        {"namespace": ns},
        "The Azure disk behind esign-minio-2's PVC is still attached to (or being detached from) the old VM, so the attach to the new node fails with Multi-Attach / AttachDiskWhileBeingDetached and the volume never mounts.",
        "esign-minio-2 cannot attach its data disk on the new node (Multi-Attach error, CSI 409 AttachDiskWhileBeingDetached, FailedMount timeouts); the other MinIO nodes mark it offline and the erasure set runs degraded.",
        "Detach the disk from the old VM (az vm disk detach / delete the stale VolumeAttachment), wait for the detach to finish, then let the pod attach it; check for a hung detach on the old node.")


@scenario
def s_courier_history_primary_lost():
    sc = Sc("courier-history-primary-lost", "rke2", "rke2-dlv-muc", minutes=10)
    r = sc.rng
    ns = "delivery"
    mongo = sc.deploy(ns, "courier-history-mongodb", container="mongodb", sts=True, n=3, app="mongodb")
    cour = sc.deploy(ns, "courier-tracking", n=2)
    lh = sc.deploy("longhorn-system", "longhorn-manager", container="longhorn-manager", nodes=[mongo[1].node])[0]
    for c in cour:
        sc.noise(c.lab, g_courier(sc, c), r.randint(14, 18))
    for i, m in enumerate(mongo):
        sc.noise(m.lab, lambda d, m=m: f_mongo(d, "I", "NETWORK", pick(r, [22943, 22944]), "conn%d" % r.randint(100, 9000), pick(r, ["Connection accepted", "Connection ended"]), {"remote": "%s:%d" % (sc.ip(), r.randint(30000, 60000)), "connectionCount": r.randint(20, 90)}), r.randint(6, 9), 0, sc.dur if i != 1 else 180)
    m1 = mongo[1]
    bg_node(sc, m1.node, mongo + cour, r.randint(3, 5), r.randint(3, 5))
    kl = sc.kernel(m1.node)
    t0 = 186.0
    vol = "pvc-" + uuid4(r)
    sc.add(t0 - 4, lh.lab, lambda d: 'time="%s" level=warning msg="Replica %s-r-%s of volume %s is in error state, rebuilding" func="controller.(*VolumeController).ReconcileEngineReplicaState" node=%s' % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), vol, hexs(r, 8), vol, m1.node))
    sc.add(t0, kl, "sd 3:0:0:1: [sdc] tag#17 FAILED Result: hostbyte=DID_TRANSPORT_FAILFAST driverbyte=DRIVER_OK cmd_age=30s", ev=False)
    sc.add(t0 + 0.001, kl, "I/O error, dev sdc, sector 20973568 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    sc.add(t0 + 0.3, kl, "EXT4-fs error (device sdc): ext4_journal_check_start:83: comm mongod: Detected aborted journal")
    sc.add(t0 + 0.31, kl, "EXT4-fs (sdc): Remounting filesystem read-only", ev=True)
    sc.add(t0 + 0.8, m1.lab, lambda d: f_mongo(d, "E", "WT", 22435, "WTJournalFlusher", "WiredTiger error message", {"error": 30, "message": {"ts_sec": int(epoch(d)), "ts_usec": d.microsecond, "thread": "1:0x7f%s" % hexs(r, 10), "session_name": "WT_SESSION.log_flush", "category": "WT_VERB_DEFAULT", "category_id": 9, "verbose_level": "ERROR", "verbose_level_id": -3, "msg": "__posix_file_write:599:/bitnami/mongodb/data/db/journal/WiredTigerLog.0000000042: handle-write: pwrite: failed to write 128 bytes at offset 4864", "error_str": "Read-only file system", "error_code": 30}}), ev=True)
    sc.add(t0 + 0.81, m1.lab, lambda d: f_mongo(d, "F", "ASSERT", 23089, "WTJournalFlusher", "Fatal assertion", {"msgid": 50853, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp", "line": 758}), ev=True)
    sc.add(t0 + 0.82, m1.lab, lambda d: f_mongo(d, "F", "ASSERT", 23090, "WTJournalFlusher", "\\n\\n***aborting after fassert() failure\\n\\n"))
    for i in (0, 2):
        sc.add(t0 + 11 + i, mongo[i].lab, lambda d, i=i: f_mongo(d, "I", "REPL_HB", 23974, "ReplCoord-%d" % r.randint(1, 9), "Heartbeat failed after max retries", {"target": "courier-history-mongodb-1.courier-history-mongodb-headless.delivery.svc.cluster.local:27017", "maxHeartbeatRetries": 2, "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Error connecting to courier-history-mongodb-1.courier-history-mongodb-headless.delivery.svc.cluster.local:27017 (%s:27017) :: caused by :: Connection refused" % m1.ip}}))
    sc.add(t0 + 14, mongo[0].lab, lambda d: f_mongo(d, "I", "ELECTION", 21450, "ReplCoord-3", "Election succeeded, assuming primary role", {"term": r.randint(30, 90)}))
    st = t0 + 20
    n = 1
    while st < sc.dur - 10:
        sc.event(st - 0.4, ns, "Pod", m1.name, "Normal", "Started", "Started container mongodb", host=m1.node, count=n + 1)
        sc.add(st + 1.5, m1.lab, lambda d: f_mongo(d, "E", "STORAGE", 22312, "initandlisten", "Error creating journal directory", {"directory": "/bitnami/mongodb/data/db/journal", "error": "boost::filesystem::create_directory: Read-only file system"}), ev=(n == 1))
        sc.add(st + 1.6, m1.lab, lambda d: f_mongo(d, "F", "STORAGE", 28595, "initandlisten", "Terminating.", {"reason": "30: Read-only file system"}))
        backoff_event(sc, st + 3, m1, n)
        st += 4 + [10, 20, 40, 80, 160, 300][min(n - 1, 5)] + r.uniform(0.5, 2)
        n += 1
    for t in sorted(r.uniform(t0 + 1, t0 + 14) for _ in range(3)):
        c = pick(r, cour)
        sc.add(t, c.lab, lambda d: f_pino(d, "warn", c.name, "history write failed, retrying", [("err", {"type": "MongoNotPrimaryError", "message": "not primary"}), ("attempt", 1)]))
    return sc.record(
        "storage", "CRITICAL", "courier-history-mongodb",
        "A MongoDB member of the courier history replica set crashed and will not come back. Why?",
        {"namespace": ns},
        "The Longhorn block device behind courier-history-mongodb-1 returned write I/O errors; ext4 aborted its journal and remounted the data volume read-only, so WiredTiger's journal write failed (Read-only file system), mongod hit a fatal assertion and cannot restart on the read-only volume.",
        "I/O errors on the Longhorn volume (sdc) made the filesystem read-only; courier-history-mongodb-1 aborted, a new primary was elected, and the member is crash-looping, leaving the replica set with one less copy of the data.",
        "Check the Longhorn volume/replicas and the node disk, fsck or rebuild the volume (or resync the member from a fresh PVC), and restore the third replica as soon as possible.")


# ===========================================================================
# database
# ===========================================================================

@scenario
def s_booking_confirmations_fail():
    sc = Sc("booking-confirmations-fail", "microk8s", "bistro-mk8s-hq", minutes=11)
    r = sc.rng
    ns = "booking"
    api = sc.deploy(ns, "booking-api", n=2)
    wk = sc.deploy(ns, "booking-worker", container="celery", n=1)[0]
    pg = sc.deploy(ns, "booking-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    ing = ingress_pod(sc, "nginx")
    for p in api:
        sc.noise(p.lab, g_booking_api(sc, p), r.randint(16, 20))
    sc.noise(wk.lab, g_celery_generic(sc, wk, ["booking.tasks.send_confirmation", "booking.tasks.sync_pos_covers"]), r.randint(8, 12))
    sc.noise(pg.lab, g_postgres(sc, pg, "booking", "booking", ("booking_reservation", "booking_tableslot", "booking_hold")), r.randint(8, 11))
    sc.noise(ing.lab, g_nginx(sc, "booking-booking-api-8000", ["%s:8000" % p.ip for p in api], [("GET", "/api/v1/availability?venue=112&date=2026-03-14&party=4"), ("POST", "/api/v1/reservations")], ["Booking-iOS/3.4.1", "okhttp/4.12.0"]), r.randint(12, 16))
    bg_node(sc, pg.node, api + [pg, wk], r.randint(3, 5), r.randint(2, 4))
    times = sorted(r.uniform(90, sc.dur - 20) for _ in range(5))
    for i, t in enumerate(times):
        a, b = r.randint(3000, 9000), r.randint(3000, 9000)
        xa, xb = r.randint(9100000, 9200000), r.randint(9100000, 9200000)
        slot = r.randint(55000, 56000)
        tk = uuid4(r)
        sc.add(t - 0.9, wk.lab, f_celery(sc.d(t - 0.9), "INFO", "MainProcess", "Task booking.tasks.release_expired_holds[%s] received" % tk))
        sc.seq(t, pg.lab, [
            f_pg(sc.d(t), a, "ERROR", "deadlock detected"),
            f_pg(sc.d(t), a, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d." % (a, xb, b)),
            "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (b, xa, a),
            '\tProcess %d: UPDATE "booking_tableslot" SET "held_by_id" = %d, "held_until" = now() + interval \'10 min\' WHERE "booking_tableslot"."id" IN (%d, %d)' % (a, r.randint(80000, 90000), slot, slot + 1),
            '\tProcess %d: UPDATE "booking_tableslot" SET "held_by_id" = NULL WHERE "booking_tableslot"."id" IN (%d, %d)' % (b, slot + 1, slot),
            f_pg(sc.d(t), a, "HINT", "See server log for query details."),
            f_pg(sc.d(t), a, "CONTEXT", 'while updating tuple (%d,%d) in relation "booking_tableslot"' % (r.randint(100, 900), r.randint(1, 40))),
        ], ev=([0, 1, 2] if i in (0, 3) else []), step=0.0005)
        p = api[i % 2]
        sc.seq(t + 0.01, p.lab, [
            f_pylog(sc.d(t + 0.01), "ERROR", "django.request", "Internal Server Error: /api/v1/reservations"),
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute',
            "    return self.cursor.execute(sql, params)",
            "psycopg.errors.DeadlockDetected: deadlock detected",
        ], ev=([4] if i == 1 else []), step=0.001)
        sc.add(t + 0.02, ing.lab, lambda d: nginx_line(sc, d, "POST", "/api/v1/reservations", 500, 1.013, "booking-booking-api-8000", "%s:8000" % p.ip, "Booking-iOS/3.4.1", 145))
        sc.add(t + 0.3, wk.lab, lambda d: f_celery(d, "INFO", "ForkPoolWorker-%d" % r.randint(1, 4), "Task booking.tasks.release_expired_holds[%s] succeeded in %.3fs: {'released': %d}" % (tk, r.uniform(1, 1.5), r.randint(40, 160))))
    return sc.record(
        "database", "ERROR", "booking-postgresql",
        "Guests intermittently get an error when confirming a table. What is happening?",
        {"namespace": ns},
        "PostgreSQL detects deadlocks on booking_tableslot: reservation requests lock slots in ascending id order while the release_expired_holds task updates the same slots in the opposite order, so one of the transactions is aborted and the reservation returns 500.",
        "Repeated 'deadlock detected' errors in booking-postgresql between booking-api reservations and the release_expired_holds task cause intermittent 500s on POST /api/v1/reservations.",
        "Make both code paths lock slots in the same order (e.g. SELECT ... ORDER BY id FOR UPDATE first), keep the hold-release batches small, and retry the reservation transaction on deadlock.")


@scenario
def s_mes_peak_shift_errors():
    sc = Sc("mes-peak-shift-errors", "kubeadm", "plant-zwickau-prod", minutes=10)
    r = sc.rng
    ns = "mes"
    wo = sc.deploy(ns, "mes-workorder", n=4)
    lp = sc.deploy(ns, "label-printer", n=1)[0]
    my = sc.deploy(ns, "mes-mysql", container="mysql", sts=True, app="mysql")[0]
    exp = my.with_container("metrics")
    for p in wo[:2]:
        sc.noise(p.lab, g_mes_workorder(sc, p, "spring2"), r.randint(12, 16))
    sc.noise(lp.lab, lambda d: f_pylog(d, "INFO", "printer.queue", "printed label %s on %s" % (vin(r), pick(r, ["ZT411-ST04", "ZT411-ST12", "ZT610-EOL"]))), r.randint(8, 12))
    sc.noise(my.lab, lambda d: f_mysql(d, 0, "Warning", "MY-010055", "IP address '%s' could not be resolved: Name or service not known" % sc.ip()) if r.random() < 0.4 else f_mysql(d, r.randint(100, 9000), "Note", "MY-010914", "Aborted connection %d to db: 'mes' user: 'mes' host: '%s' (Got an error reading communication packets)." % (r.randint(1000, 90000), sc.ip())), r.randint(5, 8))
    bg_node(sc, wo[0].node, wo + [lp, my], r.randint(3, 5), r.randint(3, 5))
    sc.event(60.0, ns, "HorizontalPodAutoscaler", "mes-workorder", "Normal", "SuccessfulRescale", "New size: 12; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", ev=True)
    sc.event(61.0, ns, "Deployment", "mes-workorder", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 12 from 4" % wo[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    newp = sc.deploy(ns, "mes-workorder", n=8, hashv=wo[0].name.split("-")[2])
    for i, p in enumerate(newp[:4]):
        sc.add(95.0 + i * 3, p.lab, lambda d: f_spring2(d, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    times = sorted(r.uniform(110, sc.dur - 10) for _ in range(12))
    for i, t in enumerate(times):
        k = i % 4
        if k in (0, 1):
            p = pick(r, wo + newp)
            sc.add(t, p.lab, lambda d: f_spring2(d, "WARN", "HikariPool-1 connection adder", "com.zaxxer.hikari.pool.PoolBase", 'HikariPool-1 - Pool is empty, failed to create/setup connection (%s)' % uuid4(r)[:8]))
            sc.add(t + 0.001, p.lab, 'java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"', ev=(i in (0, 5)))
        elif k == 2:
            sc.add(t, lp.lab, lambda d: f_pylog(d, "ERROR", "printer.queue", "job failed: pymysql.err.OperationalError: (1040, 'Too many connections')"), ev=(i == 2))
        else:
            sc.add(t, exp.lab, lambda d: 'time=%s level=ERROR source=exporter.go:131 msg="Error opening connection to database" err="Error 1040 (08004): Too many connections"' % iso_z(d), ev=(i == 3))
    return sc.record(
        "database", "ERROR", "mes-mysql",
        "Since the shift started, MES services and label printing fail intermittently. What is wrong?",
        {"namespace": ns},
        "mes-mysql refuses new connections with error 1040 'Too many connections': the HPA scaled mes-workorder from 4 to 12 replicas and their connection pools together exceed MySQL's max_connections, so workorder, label-printer and the exporter cannot connect.",
        "After mes-workorder scaled to 12 pods, mes-mysql hits its connection limit; new connections from several clients are rejected with Too many connections.",
        "Reduce per-pod pool size (HikariCP maximumPoolSize) or cap HPA maxReplicas, put a connection proxy (ProxySQL) in front, or raise max_connections with matching memory.")


# ===========================================================================
# rate_limited
# ===========================================================================

@scenario
def s_courier_address_gaps():
    sc = Sc("courier-address-gaps", "gke", "dlv-gke-ew4", minutes=12)
    r = sc.rng
    ns = "delivery"
    cour = sc.deploy(ns, "courier-tracking", n=2)
    disp = sc.deploy(ns, "order-dispatch", n=2)
    redis = sc.deploy(ns, "courier-redis-master", container="redis", sts=True, app="redis")[0]
    gw = sc.deploy("envoy-gateway-system", "envoy-delivery-public-gw", container="envoy", app="envoy")[0]
    for c in cour:
        sc.noise(c.lab, g_courier(sc, c), r.randint(16, 20))
    for p in disp:
        sc.noise(p.lab, g_dispatch(sc, p), r.randint(10, 14))
    sc.noise(gw.lab, g_envoy(sc, [("GET", lambda rr: "/v1/couriers/c_%s/position" % hexs(rr, 8)), ("POST", "/v1/couriers/positions"), ("GET", "/v1/couriers/nearby?lat=48.137&lng=11.575")], "api.dlv.example", ["%s:3000" % c.ip for c in cour], "CourierApp/5.12.1 (Android 14)"), r.randint(12, 16))
    sc.noise(redis.lab, g_redis(sc, redis), r.randint(4, 6))
    bg_node(sc, cour[0].node, cour + disp, r.randint(3, 5), r.randint(2, 4))
    t0, t1 = 230.0, 430.0
    sc.add(t0 - 20, cour[0].lab, lambda d: f_pino(d, "info", cour[0].name, "reverse geocoding backlog flush started", [("pending", r.randint(14000, 19000)), ("concurrency", 32)]))
    times = sorted(r.uniform(t0, t1) for _ in range(10))
    for i, t in enumerate(times):
        c = cour[i % 2]
        if i % 3 == 0:
            sc.add(t, c.lab, lambda d: f_pino(d, "error", c.name, "geocode failed for courier position", [("err", {"type": "AxiosError", "message": "Request failed with status code 429", "code": "ERR_BAD_REQUEST", "status": 429}), ("provider", "mapbox"), ("endpoint", "/search/geocode/v6/reverse")]), ev=(i in (0, 6)))
        else:
            sc.add(t, c.lab, lambda d: f_pino(d, "warn", c.name, "reverse geocoding throttled, backing off", [("provider", "mapbox"), ("status", 429), ("retryAfter", r.choice([30, 60])), ("rateLimitLimit", 1000), ("rateLimitRemaining", 0)]), ev=(i in (1, 4)))
    for c in cour:
        sc.add(t1 + r.uniform(20, 40), c.lab, lambda d: f_pino(d, "info", c.name, "geocoding resumed", [("provider", "mapbox"), ("queued", r.randint(0, 300)), ("rateLimitRemaining", r.randint(600, 900))]))
    for t in (300.0, 380.0):
        p = pick(r, disp)
        sc.add(t, p.lab, lambda d: f_zap(d, "debug", "courier/client.go:104", "courier address missing, using coordinates only", [("courier_id", "c_%s" % hexs(r, 8))]))
    return sc.record(
        "rate_limited", "WARN", "courier-tracking",
        "Couriers' street addresses were missing in the ops dashboard for a few minutes. Why?",
        {"namespace": ns, "app": "courier-tracking"},
        "courier-tracking flushed a reverse-geocoding backlog with 32 concurrent requests and exceeded the Mapbox rate limit (HTTP 429, rate-limit remaining 0), so address lookups were throttled until the limit window reset.",
        "Mapbox rate-limited courier-tracking's reverse geocoding (429) for about three minutes during a backlog flush; addresses were missing, then geocoding resumed on its own.",
        "Throttle the backlog flush to stay under the provider's rate limit (token bucket, lower concurrency, honour Retry-After) or raise the Mapbox quota.")


@scenario
def s_ocr_forms_failing():
    sc = Sc("ocr-forms-failing", "eks", "legal-eks-euw1", minutes=12)
    r = sc.rng
    ns = "legal-ocr"
    tx = sc.deploy(ns, "textract-extractor", n=3)
    api = sc.deploy(ns, "ocr-api", n=1)[0]
    keda = sc.deploy("keda", "keda-operator", container="keda-operator")[0]
    for p in tx:
        sc.noise(p.lab, lambda d, p=p: f_celery(d, "INFO", pick(r, ["MainProcess", "ForkPoolWorker-1", "ForkPoolWorker-2"]), pick(r, ["Task ocr.tasks.analyze_forms[%s] received" % uuid4(r), "Task ocr.tasks.analyze_forms[%s] succeeded in %.2fs: {'doc_id': 'DOC-%d', 'fields': %d}" % (uuid4(r), r.uniform(8, 40), r.randint(10**6, 10**7), r.randint(10, 80))])), r.randint(10, 13))
    sc.noise(api.lab, g_ocr_api(sc, api), r.randint(12, 16))
    bg_node(sc, tx[0].node, tx + [api], r.randint(3, 5), r.randint(2, 4))
    sc.add(70.0, keda.lab, lambda d: "%s\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{\"scaledobject.Name\": \"textract-extractor\", \"scaledObject.Namespace\": \"legal-ocr\", \"scaleTarget.Name\": \"textract-extractor\", \"Original Replicas Count\": 3, \"New Replicas Count\": 12}" % iso_z(d), ev=True)
    sc.event(70.5, ns, "Deployment", "textract-extractor", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 12 from 3" % tx[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    more = sc.deploy(ns, "textract-extractor", n=3, hashv=tx[0].name.split("-")[2])
    allp = tx + more
    times = sorted(r.uniform(110, sc.dur - 15) for _ in range(11))
    for i, t in enumerate(times):
        p = allp[i % len(allp)]
        tid = uuid4(r)
        if i % 2 == 0:
            sc.add(t, p.lab, lambda d: f_celery(d, "WARNING", "ForkPoolWorker-%d" % r.randint(1, 4), "Task ocr.tasks.analyze_forms[%s] retry: Retry in %ds: ClientError('An error occurred (ThrottlingException) when calling the GetDocumentAnalysis operation (reached max retries: 4): Rate exceeded')" % (tid, r.choice([30, 60, 120]))), ev=(i in (0, 4)))
        else:
            sc.seq(t, p.lab, [
                f_celery(sc.d(t), "ERROR", "ForkPoolWorker-%d" % r.randint(1, 4), "Task ocr.tasks.analyze_forms[%s] raised unexpected: ClientError('An error occurred (ProvisionedThroughputExceededException) when calling the StartDocumentAnalysis operation (reached max retries: 4): Provisioned rate exceeded')" % tid),
                "Traceback (most recent call last):",
                '  File "/app/ocr/tasks/forms.py", line 58, in analyze_forms',
                "    job = textract.start_document_analysis(DocumentLocation=loc, FeatureTypes=[\"FORMS\", \"TABLES\"])",
                "botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the StartDocumentAnalysis operation (reached max retries: 4): Provisioned rate exceeded",
            ], ev=([0, 4] if i in (1, 5) else []), step=0.001)
    for t in (300.0, 600.0):
        sc.add(t, api.lab, lambda d: f_structlog(d, "warning", "ocr_api.status", "forms analysis failures rising", [("failed_last_5m", r.randint(40, 120)), ("queue", "forms")]))
    return sc.record(
        "rate_limited", "ERROR", "textract-extractor",
        "Form extraction jobs are failing since this morning's intake spike. Why?",
        {"namespace": ns, "app": "textract-extractor"},
        "KEDA scaled textract-extractor from 3 to 12 replicas, and the combined request rate exceeds the account's Amazon Textract TPS quota; StartDocumentAnalysis/GetDocumentAnalysis are throttled (ProvisionedThroughputExceededException / ThrottlingException) and tasks fail after max retries.",
        "Textract throttles the scaled-out extractor workers; many analyze_forms tasks fail or retry with rate-exceeded errors.",
        "Cap textract-extractor concurrency (KEDA maxReplicaCount / a shared rate limiter) to the Textract quota, add jittered backoff, and request a quota increase if the intake volume needs it.")


# ===========================================================================
# node_failure
# ===========================================================================

@scenario
def s_line2_pods_unknown():
    sc = Sc("line2-pods-unknown", "talos", "plant-edge-talos", minutes=12)
    r = sc.rng
    ns = "plant-floor"
    bad = "talos-wk-02"
    opc = sc.deploy(ns, "opcua-bridge", nodes=[bad])[0]
    gw2 = sc.deploy(ns, "plc-gateway-line2", container="plc-gateway", nodes=[bad], app="plc-gateway")[0]
    gw1 = sc.deploy(ns, "plc-gateway-line1", container="plc-gateway", nodes=["talos-wk-01"], app="plc-gateway")[0]
    mes = sc.deploy("mes", "mes-workorder", n=1, nodes=["talos-wk-04"])[0]
    kcm = {"cluster": sc.cluster, "job": "talos-service-logs", "node": "talos-cp-01", "service": "kube-controller-manager"}
    t_dead = 150.0
    sc.noise(opc.lab, g_opcua(sc, opc), r.randint(10, 14), 0, t_dead - 40)
    sc.noise(gw2.lab, g_plcgw(sc, gw2, "line2"), r.randint(8, 12), 0, t_dead - 40)
    sc.noise(gw1.lab, g_plcgw(sc, gw1, "line1"), r.randint(14, 18))
    sc.noise(mes.lab, g_mes_workorder(sc, mes), r.randint(12, 16))
    sc.noise(sc.journal("talos-wk-01"), g_kubelet(sc, "talos-wk-01", [gw1]), r.randint(4, 6))
    sc.noise(sc.journal(bad), g_kubelet(sc, bad, [opc, gw2]), r.randint(3, 5), 0, 60)
    cj = sc.journal(bad, "containerd")
    for k, t in enumerate((62.0, 81.0, 104.0, 128.0)):
        sc.add(t, cj, lambda d: f_containerd(d, r, "error", "failed to handle container TaskExit event &TaskExit{ContainerID:%s,ID:%s,Pid:%d,ExitStatus:0,ExitedAt:%s,XXX_unrecognized:[],}" % (hexs(r, 64), hexs(r, 64), r.randint(2000, 60000), iso_z(d, 9)), [("error", "failed to stop container: failed to delete task: context deadline exceeded: unknown")]), ev=(k == 0))
    mj = sc.journal(bad, "machined")
    sc.add(95.0, mj, lambda d: "%s: user: warning: [%s]: [talos] service[containerd](Running): Health check failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded" % (bad, iso_z(d, 6)), ev=True)
    kl = sc.journal(bad)
    for k, t in enumerate((110.0, 122.0, 134.0)):
        sc.add(t, kl, lambda d, k=k: f_klog(d, "I", sc.kpid, "kubelet.go:2420", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active %dm%d.%03ds ago; threshold is 3m0s"' % (3, k * 12 + r.randint(0, 3), r.randint(0, 999))), ev=(k == 0))
    sc.add(136.0, kl, lambda d: f_klog(d, "I", sc.kpid, "setters.go:602", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%s","lastTransitionTime":"%s","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m26.118s ago; threshold is 3m0s"}' % (bad, iso_z(d, 0), iso_z(d, 0))), ev=True)
    sc.add(t_dead + 41, kcm, lambda d: f_klog(d, "I", 1, "node_lifecycle_controller.go:1181", '"Node hasn\'t been updated" node="%s" duration="40.012s" nodeConditionType="Ready" currentCondition="&NodeCondition{Type:Ready,Status:False,LastHeartbeatTime:%s,LastTransitionTime:%s,Reason:KubeletNotReady,}"' % (bad, iso_z(sc.d(136), 0), iso_z(sc.d(136), 0))))
    sc.event(137.0, "default", "Node", bad, "Normal", "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, comp="kubelet", host=bad, ev=True)
    for p in (opc, gw2):
        sc.event(138.0 + r.uniform(0, 1), ns, "Pod", p.name, "Warning", "NodeNotReady", "Node is not ready", comp="node-controller")
    sc.add(t_dead + 42, kcm, lambda d: f_klog(d, "I", 1, "controller_utils.go:151", '"Updating ready status of pod to false" pod="%s"' % opc.name))
    sc.add(t_dead + 43, kcm, lambda d: f_klog(d, "I", 1, "node_lifecycle_controller.go:771", '"Node is NotReady. Adding it to the Taint queue" node="%s" timeStamp="%s"' % (bad, iso_z(d, 0))))
    for p in (opc, gw2):
        sc.event(137.0 + 300 + r.uniform(0, 2), ns, "Pod", p.name, "Normal", "TaintManagerEviction", "Marking for deletion Pod %s/%s" % (ns, p.name), comp="taint-eviction-controller")
    for t in (200.0, 390.0, 560.0):
        sc.add(t, mes.lab, lambda d: f_spring3(d, "WARN", "mes-workorder", "scheduling-1", "c.a.m.integration.OpcUaFreshness", "No OPC-UA values for Line2 for %ds; stations ST-11..ST-20 marked STALE" % r.randint(60, 400)))
    return sc.record(
        "node_failure", "CRITICAL", "talos-wk-02",
        "Everything on line 2 stopped reporting and the pods show Unknown. What happened?",
        {"namespace": ns},
        "containerd on talos-wk-02 hung (TaskExit handling and health checks time out), so the kubelet's PLEG stopped updating and the node went NotReady; the opcua-bridge and plc-gateway-line2 pods on it stopped and are being evicted.",
        "Node talos-wk-02 became NotReady after its container runtime hung (PLEG not healthy); all line-2 pods on that node are down and MES marks line-2 stations stale.",
        "Restart containerd/kubelet or reboot talos-wk-02 (talosctl reboot), check the node for disk/IO or kernel problems, and make sure line-2 workloads can reschedule to another node.")


@scenario
def s_booking_new_pods_stuck():
    sc = Sc("booking-new-pods-stuck", "rke2", "rke2-hosp-ber", minutes=10)
    r = sc.rng
    ns = "booking"
    bad = "rke2-agent-03"
    canal = Pod(sc, "kube-system", "rke2-canal-%s" % sfx(r), "calico-node", bad, "rke2-canal", "10.0.12.%d" % r.randint(10, 60), "rke2-canal")
    api_ok = sc.deploy(ns, "booking-api", n=2, nodes=["rke2-agent-01", "rke2-agent-02"])
    api_new = sc.deploy(ns, "booking-api", n=2, nodes=[bad], hashv=api_ok[0].name.split("-")[2])
    wk = sc.deploy(ns, "booking-worker", container="celery", nodes=["rke2-agent-02"])[0]
    ing = ingress_pod(sc, "nginx")
    for p in api_ok:
        sc.noise(p.lab, g_booking_api(sc, p), r.randint(12, 16))
    sc.noise(wk.lab, g_celery_generic(sc, wk, ["booking.tasks.send_confirmation", "booking.tasks.sync_pos_covers"]), r.randint(8, 12))
    sc.noise(ing.lab, g_nginx(sc, "booking-booking-api-8000", ["%s:8000" % p.ip for p in api_ok], [("GET", "/api/v1/availability?venue=44&date=2026-03-28&party=6"), ("POST", "/api/v1/reservations")], ["Booking-iOS/3.4.1", "okhttp/4.12.0"]), r.randint(10, 14))
    sc.noise(sc.journal(bad), g_kubelet(sc, bad, api_new), r.randint(3, 5))
    sj = sc.journal(bad, "systemd-modules-load.service")
    sc.add(5.0, sj, "Failed to find module 'nf_tables'", ev=True)
    sc.add(5.01, sj, "Failed to find module 'nft_chain_nat'")
    # calico-node crash loop on the node
    st = 12.0
    n = 0
    while st < sc.dur - 10:
        lines = [
            f_calico(sc.d(st), "INFO", "felix/daemon.go 394:", "Successfully loaded configuration. GOMAXPROCS=4 builddate=\"2024-05-14T18:23:55+0000\" config=&config.Config{...} gitcommit=\"e2f3a5ea4\" version=\"v3.27.3\""),
            f_calico(sc.d(st), "INFO", "felix/iptables.go 73:", "Looking up iptables backend=\"auto\" mode=\"nft\""),
            f_calico(sc.d(st), "WARNING", "felix/table.go 789:", "iptables-save command failed error=exit status 1 ipVersion=0x4 stderr=\"iptables-nft-save v1.8.9 (nf_tables): Could not fetch rule set generation id: Invalid argument\\n\" table=\"filter\""),
            f_calico(sc.d(st), "PANIC", "felix/table.go 796:", "iptables-save command failed after retries ipVersion=0x4 table=\"filter\""),
        ]
        sc.seq(st, canal.lab, lines, ev=([2, 3] if n == 0 else [3] if n == 2 else []), step=0.8)
        if n:
            backoff_event(sc, st + 4, canal, n)
        st += 5 + [10, 20, 40, 80, 160, 300][min(n, 5)] + r.uniform(0.5, 2)
        n += 1
    sc.event(150.0, ns, "Deployment", "booking-api", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 4 from 2" % api_ok[0].name.rsplit("-", 1)[0], comp="deployment-controller")
    for i, p in enumerate(api_new):
        sc.event(151.0 + i, ns, "Pod", p.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, p.name, bad), comp="default-scheduler")
        t = 152.5 + i
        k = 1
        while t < sc.dur - 5:
            sc.event(t, ns, "Pod", p.name, "Warning", "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % hexs(r, 64), host=bad, count=k, ev=(k == 1 and i == 0) or (k == 3 and i == 1))
            t += r.uniform(14, 60)
            k += 1
    return sc.record(
        "node_failure", "ERROR", "rke2-canal",
        "The two new booking-api replicas on rke2-agent-03 never start. Why?",
        {"namespace": ns},
        "On rke2-agent-03 the nf_tables kernel modules are missing (failed to load after a kernel update), so calico-node in the rke2-canal pod cannot read or program iptables-nft and crash-loops; without the CNI on that node every new pod fails sandbox creation.",
        "The CNI (rke2-canal/calico-node) is down on rke2-agent-03; booking-api pods scheduled there are stuck with FailedCreatePodSandBox while pods on other nodes keep serving.",
        "Cordon rke2-agent-03, install the matching kernel modules (linux-modules-extra) or boot the previous kernel, confirm nf_tables loads and calico-node becomes ready, then uncordon.")


# ===========================================================================
# none (healthy windows, some with benign look-alikes)
# ===========================================================================

@scenario
def s_mes_shift_handover():
    sc = Sc("mes-shift-handover", "kubeadm", "plant-zwickau-prod", minutes=12)
    r = sc.rng
    ns = "mes"
    wo = sc.deploy(ns, "mes-workorder", n=2)
    pg = sc.deploy(ns, "mes-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    lp = sc.deploy(ns, "label-printer", n=1)[0]
    ing = ingress_pod(sc, "nginx")
    dns = coredns_pod(sc)
    sc.noise(dns.lab, g_coredns(sc, [p.ip for p in wo] + [lp.ip], ["mes-postgresql.mes.svc.cluster.local", "erp-gateway.sap.plant.local", "mes-kafka-bootstrap.mes.svc.cluster.local", "printer-zt610-eol.plant.local"], "mes", nx_ratio=0.35), r.randint(10, 14))
    for p in wo:
        sc.noise(p.lab, g_mes_workorder(sc, p), r.randint(20, 26))
    sc.noise(pg.lab, g_postgres(sc, pg, "mes", "mes_app", ("work_order", "operation_log", "station_event")), r.randint(8, 12))
    sc.noise(lp.lab, lambda d: f_pylog(d, pick(r, ["INFO", "INFO", "DEBUG"]), "printer.queue", pick(r, ["printed label %s on %s" % (vin(r), pick(r, ["ZT411-ST04", "ZT411-ST12", "ZT610-EOL"])), "queue empty, sleeping 2s", "printer ZT610-EOL status: ready, media 71%"])), r.randint(12, 16))
    sc.noise(ing.lab, g_nginx(sc, "mes-mes-workorder-8080", ["%s:8080" % p.ip for p in wo], [("GET", lambda rr: "/api/workorders?line=%s" % pick(rr, LINES)), ("POST", "/api/operations/complete")], ["Zebra-TC52/11.0 MesTerminal/4.11"]), r.randint(14, 20))
    bg_node(sc, wo[0].node, wo + [pg, lp], r.randint(5, 8), r.randint(4, 6))
    t = 300.0
    a = wo[0]
    sc.add(t, a.lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "scheduling-1", "c.a.m.shift.ShiftService", "Closing shift A (06:00-14:00) for plant ZWI: 412 units built, 3 reworks, 0 errors"))
    sc.add(t + 2, a.lab, lambda d: f_spring3(d, "WARN", "mes-workorder", "scheduling-1", "c.a.m.integration.ErpClient", "ERP shift report upload returned 503, retrying in 2s (attempt 1/3)"))
    sc.add(t + 4.3, a.lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "scheduling-1", "c.a.m.integration.ErpClient", "ERP shift report upload succeeded on attempt 2 (doc 4500183321)"))
    sc.add(t + 6, a.lab, lambda d: f_spring3(d, "INFO", "mes-workorder", "scheduling-1", "c.a.m.shift.ShiftService", "Opened shift B (14:00-22:00); 31 stations logged in, andon all GREEN"))
    sc.add(t + 7, a.lab, lambda d: f_spring3(d, "DEBUG", "mes-workorder", "scheduling-1", "c.a.m.shift.ShiftService", "Shift handover checklist: 0 open deviations, 0 blocked work orders"))
    return sc.record(
        "none", "INFO", None,
        "Anything to worry about in MES around the shift change?",
        {"namespace": ns},
        None,
        "Normal MES operation across the shift handover: work orders and operations complete, the ERP upload succeeded after one retry, no errors.",
        "No action needed.")


@scenario
def s_telemetry_scale_out():
    sc = Sc("telemetry-scale-out", "eks", "veh-telemetry-use2", minutes=11)
    r = sc.rng
    ns = "telemetry"
    ing = sc.deploy(ns, "telemetry-ingest", n=3)
    brokers = sc.deploy(ns, "telemetry-kafka", container="kafka", sts=True, n=3, app="kafka")
    for p in ing:
        sc.noise(p.lab, g_telemetry_ingest(sc, p, "zap"), r.randint(12, 16))
    for i, b in enumerate(brokers):
        sc.noise(b.lab, g_kafka(sc, b, i, ["vehicle.telemetry.raw", "vehicle.events"]), r.randint(6, 9))
    bg_node(sc, ing[0].node, ing, r.randint(4, 6), r.randint(3, 5))
    sc.event(120.0, ns, "HorizontalPodAutoscaler", "telemetry-ingest", "Normal", "SuccessfulRescale", "New size: 4; reason: external metric kafka_consumergroup_lag(&LabelSelector{MatchLabels:map[string]string{consumergroup: telemetry-ingest,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", comp="horizontal-pod-autoscaler")
    newp = sc.deploy(ns, "telemetry-ingest", n=1, hashv=ing[0].name.split("-")[2])[0]
    sc.event(121.0, ns, "Pod", newp.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, newp.name, newp.node), comp="default-scheduler")
    sc.event(122.0, ns, "Pod", newp.name, "Normal", "Pulled", 'Container image "381492117342.dkr.ecr.us-east-2.amazonaws.com/telemetry/ingest:1.18.3" already present on machine', host=newp.node)
    sc.event(122.5, ns, "Pod", newp.name, "Normal", "Started", "Started container telemetry-ingest", host=newp.node)
    sc.add(125.0, brokers[1].lab, lambda d: f_kafka(d, "INFO", "[GroupCoordinator 1]: Preparing to rebalance group telemetry-ingest in state PreparingRebalance with old generation 57 (__consumer_offsets-31) (reason: Adding new member telemetry-ingest-%s with group instance id None; client reason: not provided)" % uuid4(r), "kafka.coordinator.group.GroupCoordinator"))
    for p in ing:
        sc.add(125.4 + r.uniform(0, 1), p.lab, lambda d: f_zap(d, "info", "kafka/consumer.go:140", "partitions revoked", [("count", 8)]))
    sc.add(128.0, brokers[1].lab, lambda d: f_kafka(d, "INFO", "[GroupCoordinator 1]: Stabilized group telemetry-ingest generation 58 (__consumer_offsets-31) with 4 members", "kafka.coordinator.group.GroupCoordinator"))
    for p in ing + [newp]:
        sc.add(128.6 + r.uniform(0, 1), p.lab, lambda d: f_zap(d, "info", "kafka/consumer.go:133", "partitions assigned", [("count", 6), ("generation", 58)]))
    sc.noise(newp.lab, g_telemetry_ingest(sc, newp, "zap"), r.randint(8, 10), 130, sc.dur)
    sc.add(129.5, ing[2].lab, lambda d: f_zap(d, "warn", "kafka/producer.go:188", "produce retry", [("topic", "vehicle.telemetry.raw"), ("partition", 14), ("error", "NOT_LEADER_OR_FOLLOWER: the broker is not the leader for this partition"), ("attempt", 1)]))
    sc.add(129.7, ing[2].lab, lambda d: f_zap(d, "info", "kafka/producer.go:201", "produce retry succeeded", [("topic", "vehicle.telemetry.raw"), ("partition", 14), ("attempt", 2)]))
    for k, t in enumerate((200.0, 320.0, 440.0, 560.0)):
        sc.add(t, pick(r, ing).lab, lambda d, k=k: f_zap(d, "info", "ingest/lag.go:27", "consumer lag", [("group", "telemetry-ingest"), ("lag", [18400, 6200, 900, 40][k])]))
    return sc.record(
        "none", "INFO", None,
        "telemetry-ingest scaled out and rebalanced — did anything go wrong?",
        {"namespace": ns},
        None,
        "The HPA added a fourth telemetry-ingest pod on consumer lag; the consumer group rebalanced cleanly, a single produce retry succeeded, and lag drained back to near zero.",
        "No action needed.")


@scenario
def s_dispatch_release_day():
    sc = Sc("dispatch-release-day", "gke", "dlv-gke-ew4", minutes=10)
    r = sc.rng
    ns = "delivery"
    old = sc.deploy(ns, "order-dispatch", n=2)
    new = sc.deploy(ns, "order-dispatch", n=2)
    cour = sc.deploy(ns, "courier-tracking", n=1)[0]
    gw = sc.deploy("envoy-gateway-system", "envoy-delivery-public-gw", container="envoy", app="envoy")[0]
    sc.noise(cour.lab, g_courier(sc, cour), r.randint(12, 16))
    sc.noise(gw.lab, g_envoy(sc, [("POST", "/v1/orders"), ("GET", lambda rr: "/v1/orders/ORD-%d/eta" % rr.randint(10**7, 10**8))], "api.dlv.example", ["%s:8080" % p.ip for p in old + new], "partner-gateway/1.9"), r.randint(12, 16))
    img = "europe-west4-docker.pkg.dev/dlv-prod/apps/order-dispatch:2026.03.3"
    rs_new = new[0].name.rsplit("-", 1)[0]
    rs_old = old[0].name.rsplit("-", 1)[0]
    for i, (o, nw) in enumerate(zip(old, new)):
        t = 90.0 + i * 150
        sc.noise(o.lab, g_dispatch(sc, o), r.randint(8, 12), 0, t + 40)
        sc.event(t, ns, "Deployment", "order-dispatch", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to %d" % (rs_new, i + 1), comp="deployment-controller")
        sc.event(t + 0.4, ns, "Pod", nw.name, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, nw.name, nw.node), comp="default-scheduler")
        sc.event(t + 1.0, ns, "Pod", nw.name, "Normal", "Pulling", 'Pulling image "%s"' % img, host=nw.node)
        sc.event(t + 6.2, ns, "Pod", nw.name, "Normal", "Pulled", 'Successfully pulled image "%s" in 5.161s (5.161s including waiting). Image size: 24117380 bytes.' % img, host=nw.node)
        sc.event(t + 6.6, ns, "Pod", nw.name, "Normal", "Created", "Created container order-dispatch", host=nw.node)
        sc.event(t + 6.9, ns, "Pod", nw.name, "Normal", "Started", "Started container order-dispatch", host=nw.node)
        sc.add(t + 7.2, nw.lab, lambda d: f_zap(d, "info", "cmd/dispatch/main.go:41", "starting order-dispatch", [("version", "2026.03.3"), ("commit", "b71d0e2")]))
        sc.event(t + 8.0, ns, "Pod", nw.name, "Warning", "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/readyz": dial tcp %s:8080: connect: connection refused' % (nw.ip, nw.ip), host=nw.node)
        sc.add(t + 9.1, nw.lab, lambda d: f_zap(d, "info", "http/server.go:58", "http server listening", [("addr", ":8080")]))
        sc.add(t + 9.6, nw.lab, lambda d: f_zap(d, "info", "consumer/orders.go:49", "consumer started", [("topic", "orders.accepted"), ("group", "order-dispatch")]))
        sc.noise(nw.lab, g_dispatch(sc, nw), r.randint(8, 12), t + 10, sc.dur)
        sc.event(t + 30, ns, "Deployment", "order-dispatch", "Normal", "ScalingReplicaSet", "Scaled down replica set %s to %d from %d" % (rs_old, 1 - i, 2 - i), comp="deployment-controller")
        sc.event(t + 30.3, ns, "Pod", o.name, "Normal", "Killing", "Stopping container order-dispatch", host=o.node)
        sc.add(t + 30.5, o.lab, lambda d: f_zap(d, "info", "cmd/dispatch/main.go:88", "received SIGTERM, draining in-flight assignments", [("inflight", r.randint(0, 6))]))
        sc.add(t + 33.0, o.lab, lambda d: f_zap(d, "info", "cmd/dispatch/main.go:97", "shutdown complete", [("drained", True)]))
    bg_node(sc, new[0].node, old + new, r.randint(4, 6), r.randint(3, 5))
    return sc.record(
        "none", "INFO", None,
        "We released order-dispatch 2026.03.3 — did the rollout go cleanly?",
        {"namespace": ns, "app": "order-dispatch"},
        None,
        "Rolling update of order-dispatch completed: both new pods pulled, started and became ready (one readiness check during startup failed before the listener was up, as expected), old pods drained and stopped cleanly.",
        "No action needed.")


@scenario
def s_kitchen_dinner_rush():
    sc = Sc("kitchen-dinner-rush", "aks", "aks-kitchen-weu", minutes=10)
    r = sc.rng
    ns = "kitchen"
    kds = sc.deploy(ns, "kitchen-display-api", n=3)
    nats = sc.deploy(ns, "nats", sts=True, n=2, container="nats")
    ing = ingress_pod(sc, "nginx")
    for p in kds:
        sc.noise(p.lab, g_kds(sc, p), r.randint(14, 18))
    for p in nats:
        sc.noise(p.lab, g_nats(sc, p), r.randint(5, 8))
    sc.noise(ing.lab, g_nginx(sc, "kitchen-kitchen-display-api-80", ["%s:8080" % p.ip for p in kds], [("GET", lambda rr: "/api/stations/%s/tickets" % pick(rr, ["grill", "fryer", "cold", "expo"])), ("POST", "/api/tickets")], ["KDS-Tablet/2.8.0 (Android 13)", "pos-bridge/1.4.2"]), r.randint(18, 26))
    bg_node(sc, kds[0].node, kds, r.randint(4, 6), r.randint(3, 5))
    sc.event(150.0, ns, "HorizontalPodAutoscaler", "kitchen-display-api", "Normal", "SuccessfulRescale", "New size: 5; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    newp = sc.deploy(ns, "kitchen-display-api", n=2, hashv=kds[0].name.split("-")[3])
    for i, p in enumerate(newp):
        sc.event(151.0 + i, ns, "Pod", p.name, "Normal", "Started", "Started container kitchen-display-api", host=p.node)
        sc.add(153.0 + i, p.lab, lambda d: f_dotnet(d, "info", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080", event_id=14))
        sc.add(153.1 + i, p.lab, lambda d: f_dotnet(d, "info", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down."))
        sc.noise(p.lab, g_kds(sc, p), r.randint(6, 9), 160, sc.dur)
    for t in sorted(r.uniform(30, sc.dur - 10) for _ in range(4)):
        p = pick(r, kds)
        sc.add(t, p.lab, lambda d: f_dotnet(d, "debug", "Microsoft.AspNetCore.SignalR.HubConnectionHandler", "OnConnectedAsync ending.", event_id=2) if r.random() < 0.5 else f_dotnet(d, "info", "Kitchen.Display.Api.Realtime.StationHub", "Tablet %s reconnected to station %s after network switch" % (sfx(r, 6).upper(), pick(r, ["grill", "expo"]))))
    return sc.record(
        "none", "INFO", None,
        "Dinner rush on the kitchen screens — is everything keeping up?",
        {"namespace": ns},
        None,
        "kitchen-display-api handled the dinner peak: the HPA scaled from 3 to 5 replicas, new pods started normally, requests return 200 and tablets reconnect as usual.",
        "No action needed.")


@scenario
def s_ocr_nightly_batch():
    sc = Sc("ocr-nightly-batch", "k3s", "legal-k3s-fra", minutes=14)
    r = sc.rng
    ns = "legal-ocr"
    workers = sc.deploy(ns, "ocr-worker", n=2)
    api = sc.deploy(ns, "ocr-api", n=1)[0]
    minio = sc.deploy(ns, "ocr-minio", container="minio", sts=True, app="minio")[0]
    tr = ingress_pod(sc, "traefik")
    for w in workers:
        sc.noise(w.lab, g_ocr_worker(sc, w), r.randint(24, 32))
    sc.noise(api.lab, g_ocr_api(sc, api), r.randint(10, 14))
    sc.noise(minio.lab, lambda d: jd({"level": "INFO", "time": iso_z(d, 9), "api": {"name": pick(r, ["PutObject", "GetObject"]), "bucket": "ocr-pages", "status": "OK", "statusCode": 200, "timeToResponse": "%dms" % r.randint(2, 60)}}), r.randint(8, 12))
    sc.noise(tr.lab, g_traefik(sc, "legal-ocr-ocr-api-docs-legal-example@kubernetes", "legal-ocr-ocr-api-8000@kubernetes", ["%s:8000" % api.ip], [("POST", "/v1/documents"), ("GET", lambda rr: "/v1/documents/DOC-%d/status" % rr.randint(10**6, 10**7))], "ocr.docs.legal.example"), r.randint(8, 12))
    bg_node(sc, workers[0].node, workers + [api, minio], r.randint(4, 6), r.randint(3, 5))
    w = workers[1]
    tid = uuid4(r)
    sc.add(200.0, w.lab, lambda d: f_celery(d, "WARNING", "ForkPoolWorker-2", "Task ocr.tasks.extract_text[%s] retry: Retry in 5s: ConnectionResetError(104, 'Connection reset by peer') while uploading page images to ocr-minio" % tid))
    sc.add(206.0, w.lab, lambda d: f_celery(d, "INFO", "MainProcess", "Task ocr.tasks.extract_text[%s] received" % tid))
    sc.add(219.0, w.lab, lambda d: f_celery(d, "INFO", "ForkPoolWorker-3", "Task ocr.tasks.extract_text[%s] succeeded in 12.84s: {'doc_id': 'DOC-%d', 'pages': 14, 'confidence': 0.93}" % (tid, r.randint(10**6, 10**7))))
    sc.add(sc.dur - 40, api.lab, lambda d: f_structlog(d, "info", "ocr_api.batch", "nightly batch finished", [("batch", "2026-%02d-%02d" % (sc.t0.month, sc.t0.day)), ("documents", 1842), ("failed", 0), ("retried", 3), ("duration_s", 3411)]))
    return sc.record(
        "none", "INFO", None,
        "Did the nightly OCR batch complete?",
        {"namespace": ns},
        None,
        "The nightly OCR batch finished with 1842 documents and 0 failures; one transient connection reset to MinIO was retried successfully.",
        "No action needed.")


@scenario
def s_records_retention_nightly():
    sc = Sc("records-retention-nightly", "openshift", "ocp-legal-prod", minutes=9)
    r = sc.rng
    ns = "records"
    job = "retention-purge-29%06d" % r.randint(100000, 999999)
    p = Pod(sc, ns, "%s-%s" % (job, sfx(r)), "purge", pick(r, sc.nodes), "retention-purge", sc.ip(), "retention-purge")
    rapi = sc.deploy(ns, "records-api", n=2)
    router = ingress_pod(sc, "router")
    for a in rapi:
        sc.noise(a.lab, lambda d: f_slog(d, "INFO", "request served", [("method", "GET"), ("path", "/v1/matters/M-%d-%04d/documents" % (r.randint(2019, 2026), r.randint(1, 9999))), ("status", 200), ("dur_ms", r.randint(4, 90))]), r.randint(12, 16))
    sc.noise(router.lab, g_haproxy_router(sc, "be_edge_http:records:records-api", ["pod:%s:records-api:8080-tcp:%s:8080" % (a.name, a.ip) for a in rapi], [("GET", lambda rr: "/v1/matters/M-%d-%04d" % (rr.randint(2019, 2026), rr.randint(1, 9999)))]), r.randint(10, 14))
    bg_node(sc, p.node, [p] + rapi, r.randint(4, 6), r.randint(3, 5))
    sc.event(10.0, ns, "CronJob", "retention-purge", "Normal", "SuccessfulCreate", "Created job %s" % job, comp="cronjob-controller")
    sc.event(10.5, ns, "Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % p.name, comp="job-controller")
    sc.add(14.0, p.lab, lambda d: f_pylog(d, "INFO", "retention", "starting retention run policy=litigation-default cutoff=2019-%02d-01 dry_run=False" % r.randint(1, 12)))
    sc.add(28.0, p.lab, lambda d: f_pylog(d, "INFO", "retention", "scanned s3://acme-legal-records-prod/matters/: 47102 objects, 1204 eligible, 37 skipped (legal hold)"))
    for k in range(1, 25):
        sc.add(28.0 + k * r.uniform(12, 14), p.lab, lambda d, k=k: f_pylog(d, "INFO" if k % 6 else "DEBUG", "retention", "purge batch %d/24 ok: %d deleted, 0 errors" % (k, 50 if k < 24 else 54)))
    sc.add(360.0, p.lab, lambda d: f_pylog(d, "INFO", "retention", "retention run complete: 1204 deleted, 37 held, 0 errors, audit record AR-%d written" % r.randint(10**5, 10**6)))
    sc.event(362.0, ns, "Job", job, "Normal", "Completed", "Job completed", comp="job-controller")
    sc.event(363.0, ns, "CronJob", "retention-purge", "Normal", "SawCompletedJob", "Saw completed job: %s, condition: Complete" % job, comp="cronjob-controller")
    return sc.record(
        "none", "INFO", None,
        "Check last night's retention run in the records namespace.",
        {"namespace": ns},
        None,
        "The retention-purge job ran to completion: 1204 expired documents deleted, 37 under legal hold skipped, 0 errors.",
        "No action needed.")


@scenario
def s_portal_cert_renewal():
    sc = Sc("portal-cert-renewal", "talos", "plant-core-talos", minutes=8)
    r = sc.rng
    ns = "mes"
    cm = sc.deploy("cert-manager", "cert-manager", container="cert-manager-controller")[0]
    ing = ingress_pod(sc, "nginx")
    portal = sc.deploy(ns, "mes-portal", n=2)
    solver = sc.deploy(ns, "cm-acme-http-solver", container="acmesolver", app="")[0]
    for p in portal:
        sc.noise(p.lab, lambda d, p=p: f_pino(d, pick(r, ["info", "info", "debug"]), p.name, pick(r, ["request completed", "session refreshed", "dashboard rendered"]), [("route", pick(r, ["/oee", "/andon", "/workorders"])), ("ms", r.randint(5, 90))]), r.randint(12, 16))
    sc.noise(cm.lab, g_certmanager(sc, [("mes", "mes-portal-tls"), ("plant-floor", "grafana-tls")]), r.randint(6, 9))
    sc.noise(ing.lab, g_nginx(sc, "mes-mes-portal-3000", ["%s:3000" % p.ip for p in portal], [("GET", "/oee"), ("GET", "/andon"), ("GET", "/api/session")], ["Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0"]), r.randint(14, 18))
    bg_node(sc, portal[0].node, portal, r.randint(4, 6), r.randint(3, 5))
    c = "mes-portal-tls"
    sc.event(60.0, ns, "Certificate", c, "Normal", "Issuing", "Renewing certificate as renewal was scheduled at %s" % sc.d(59).strftime("%Y-%m-%d %H:%M:%S +0000 UTC"), comp="cert-manager-certificates-trigger")
    sc.event(60.3, ns, "Certificate", c, "Normal", "Reused", "Reusing private key stored in existing Secret resource \"mes-portal-tls\"", comp="cert-manager-certificates-key-manager")
    sc.event(60.6, ns, "Certificate", c, "Normal", "Requested", "Created new CertificateRequest resource \"mes-portal-tls-4\"", comp="cert-manager-certificates-request-manager")
    sc.event(61.0, ns, "CertificateRequest", "mes-portal-tls-4", "Normal", "cert-manager.io", "Certificate request has been approved by cert-manager.io", comp="cert-manager-certificaterequests-approver")
    order = "mes-portal-tls-4-%d" % r.randint(10**8, 10**9)
    chal = "%s-%d" % (order, r.randint(10**8, 10**9))
    sc.event(62.0, ns, "Order", order, "Normal", "Created", "Created Challenge resource \"%s\" for domain \"mes.plant.example\"" % chal, comp="cert-manager-orders")
    sc.event(63.0, ns, "Challenge", chal, "Normal", "Presented", "Presented challenge using HTTP-01 challenge mechanism", comp="cert-manager-challenges")
    tok = sfx(r, 43)
    sc.add(70.0, ing.lab, lambda d: nginx_line(sc, d, "GET", "/.well-known/acme-challenge/%s" % tok, 200, 0.001, "mes-cm-acme-http-solver-%s-8089" % sfx(r), "%s:8089" % solver.ip, "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", 87))
    sc.add(70.4, ing.lab, lambda d: nginx_line(sc, d, "GET", "/.well-known/acme-challenge/%s" % tok, 200, 0.001, "mes-cm-acme-http-solver-%s-8089" % sfx(r), "%s:8089" % solver.ip, "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", 87))
    sc.add(70.1, solver.lab, lambda d: f_klog(d, "I", 1, "solver.go:87", '"got successful challenge request, writing key" logger="cert-manager.acmesolver" host="mes.plant.example" path="/.well-known/acme-challenge/%s" base_path="/.well-known/acme-challenge" token="%s"' % (tok, tok)))
    sc.event(74.0, ns, "Challenge", chal, "Normal", "DomainVerified", "Domain \"mes.plant.example\" verified with \"HTTP-01\" validation", comp="cert-manager-challenges")
    sc.event(76.0, ns, "Order", order, "Normal", "Complete", "Order completed successfully", comp="cert-manager-orders")
    sc.event(77.0, ns, "Certificate", c, "Normal", "Issuing", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing")
    sc.add(77.5, cm.lab, lambda d: f_klog(d, "I", 1, "issuing_controller.go:316", '"Certificate issued" logger="cert-manager.controller.certificates-issuing" key="mes/mes-portal-tls" not_after="%s"' % (sc.d(77) + _dt.timedelta(days=90)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    sc.add(80.0, ing.lab, lambda d: f_klog(d, "I", 7, "backend_ssl.go:67", '"Updating local copy of SSL certificate" secret="mes/mes-portal-tls" uid="%s"' % uuid4(r)))
    sc.add(80.3, ing.lab, lambda d: f_klog(d, "I", 7, "controller.go:210", '"Backend successfully reloaded"'))
    return sc.record(
        "none", "INFO", None,
        "cert-manager did something with the MES portal certificate — should we check it?",
        {"namespace": ns},
        None,
        "Scheduled renewal of mes-portal-tls succeeded: the HTTP-01 challenge was verified, the certificate was issued and ingress-nginx reloaded it; the portal kept serving 200s.",
        "No action needed.")


@scenario
def s_booking_debug_session():
    sc = Sc("booking-debug-session", "microk8s", "bistro-mk8s-hq", minutes=8)
    r = sc.rng
    ns = "booking"
    api = sc.deploy(ns, "booking-api", n=2)
    wk = sc.deploy(ns, "booking-worker", container="celery", n=1)[0]
    redis = sc.deploy(ns, "booking-redis-master", container="redis", sts=True, app="redis")[0]
    pg = sc.deploy(ns, "booking-postgresql", container="postgresql", sts=True, app="postgresql")[0]
    for p in api:
        sc.noise(p.lab, g_booking_api(sc, p), r.randint(14, 18))
        sc.noise(p.lab, lambda d: f_pylog(d, "DEBUG", "django.db.backends", "(%.3f) SELECT \"booking_tableslot\".\"id\", \"booking_tableslot\".\"starts_at\" FROM \"booking_tableslot\" WHERE (\"booking_tableslot\".\"venue_id\" = %d AND \"booking_tableslot\".\"held_by_id\" IS NULL) LIMIT 21; args=(%d,); alias=default" % (r.uniform(0.001, 0.02), r.randint(10, 400), r.randint(10, 400))), r.randint(10, 14))
    sc.noise(wk.lab, g_celery_generic(sc, wk, ["booking.tasks.send_confirmation", "booking.tasks.release_expired_holds"]), r.randint(12, 16))
    sc.noise(redis.lab, g_redis(sc, redis), r.randint(4, 6))
    sc.noise(pg.lab, g_postgres(sc, pg, "booking", "booking", ("booking_reservation", "booking_tableslot")), r.randint(6, 8))
    bg_node(sc, api[0].node, api + [wk], r.randint(4, 6), r.randint(3, 5))
    sc.seq(40.0, api[0].lab, [f_gunicorn(sc.d(40.0), 1, "DEBUG", "Current configuration:"), "  config: ./gunicorn.conf.py", "  loglevel: debug", "  workers: 3", "  timeout: 30"])
    sc.add(120.0, api[1].lab, lambda d: f_gunicorn(d, r.randint(7, 9), "DEBUG", "Ignoring EPIPE"))
    sc.add(121.0, api[1].lab, lambda d: f_pylog(d, "DEBUG", "booking.middleware", "client disconnected before response was sent (Booking-iOS/3.4.1), 0 errors"))
    sc.add(200.0, wk.lab, lambda d: f_celery(d, "INFO", "ForkPoolWorker-2", "Task booking.tasks.release_expired_holds[%s] succeeded in 0.412s: {'released': 0}" % uuid4(r)))
    return sc.record(
        "none", "INFO", None,
        "We turned on debug logging for booking — do you see any problems?",
        {"namespace": ns},
        None,
        "Only verbose debug output (SQL statements, gunicorn configuration, a client that disconnected early); requests succeed and background tasks complete normally.",
        "No action needed; turn debug logging off again when done.")


def main():
    recs = [fn() for fn in SCENARIOS]
    random.Random("dev21-shuffle").shuffle(recs)
    for i, rec in enumerate(recs):
        rec["id"] = "dev21-%03d" % (i + 1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev21.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
