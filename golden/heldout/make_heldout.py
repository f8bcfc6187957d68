#!/usr/bin/env python3
"""Generate the held-out golden evaluation set (golden format v1).

Standard library only and fully deterministic: every record draws from its own
random.Random seeded with SEED and the record id, so re-running the script
always writes byte-identical output.

    python golden/heldout/make_heldout.py          # writes golden/heldout/heldout.jsonl

Each scenario below is a hand-written incident (or a healthy window): the lines
that show the root cause are marked ev=True, the symptoms it produces in other
workloads are added next to them, and healthy neighbour traffic plus red herrings
are mixed in by Rec.noise().  Evidence indices are computed after the lines are
sorted by time.
"""
import datetime as dt
import json
import os
import random

SEED = 73019
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")

RS_ALPHA = "bcdfghjklmnpqrstvwxz2456789"  # alphabet of ReplicaSet / pod suffixes
HEX = "0123456789abcdef"
# scenarios that only make sense on one kind of cluster (EBS/IRSA on EKS, EDAC/MCE on bare metal)
FORCE_STYLE = {"storage-mysql-multiattach": "eks", "auth-s3-accessdenied": "eks", "node-ecc-mce": "kubeadm",
               "rate-ses-throttling": "eks"}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- time formats
def f_iso(t):       # 2026-03-01T12:00:01.123Z
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def f_iso6(t):      # 2026-03-01T12:00:01.123456Z
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def f_iso9(t):      # containerd: nanoseconds
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "%03dZ" % ((t.microsecond * 7) % 1000)


def f_isos(t):      # 2026-03-01T12:00:01Z
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def f_clf(t):       # 01/Mar/2026:12:00:01 +0000
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def f_py(t):        # 2026-03-01 12:00:01,123
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def f_pg(t):        # 2026-03-01 12:00:01.123 UTC
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def f_redis(t):     # 01 Mar 2026 12:00:01.123
    return "%02d %s %d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)


def f_klog(t):      # 0301 12:00:01.123456
    return t.strftime("%m%d %H:%M:%S.%f")


def f_nginxerr(t):  # 2026/03/01 12:00:01
    return t.strftime("%Y/%m/%d %H:%M:%S")


def f_guni(t):      # 2026-03-01 12:00:01 +0000
    return t.strftime("%Y-%m-%d %H:%M:%S +0000")


def f_rmq(t):       # 2026-03-01 12:00:01.123456+00:00
    return t.strftime("%Y-%m-%d %H:%M:%S.%f+00:00")


def f_fluent(t):    # 2026/03/01 12:00:01
    return t.strftime("%Y/%m/%d %H:%M:%S")


def f_airflow(t):   # 2026-03-01T12:00:01.123+0000
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+0000" % (t.microsecond // 1000)


def f_afcompact(t):
    return t.strftime("%Y%m%dT%H%M%S")


def f_syslog(t):    # Mar  1 12:00:01
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def f_epoch(t):
    return "%.6f" % t.replace(tzinfo=dt.timezone.utc).timestamp()


def f_epochms(t):
    return str(int(round(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)))


def f_spring(t):    # Spring Boot 3 console pattern
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


TOKENS = [
    ("@ISO6@", f_iso6), ("@ISO9@", f_iso9), ("@ISOS@", f_isos), ("@ISO@", f_iso),
    ("@CLF@", f_clf), ("@PY@", f_py), ("@PG@", f_pg), ("@REDIS@", f_redis), ("@KL@", f_klog),
    ("@NGX@", f_nginxerr), ("@GUNI@", f_guni), ("@RMQ@", f_rmq), ("@EPOCHMS@", f_epochms),
    ("@EPOCH@", f_epoch), ("@SPRING@", f_spring), ("@AIRFLOW@", f_airflow), ("@AFCOMPACT@", f_afcompact),
    ("@SYSLOG@", f_syslog),
]


def render(line, t):
    if "@" in line:
        for tok, fn in TOKENS:
            if tok in line:
                line = line.replace(tok, fn(t))
    return line


def js(obj):
    """Compact JSON; "@EPOCH@"/"@EPOCHMS@" placeholders become bare numbers."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).replace(
        '"@EPOCHMS@"', "@EPOCHMS@").replace('"@EPOCH@"', "@EPOCH@")


# ---------------------------------------------------------------- name helpers
def rs_hash(r):
    return "".join(r.choice(RS_ALPHA) for _ in range(r.choice([8, 9, 9, 10, 10])))


def sfx(r, n=5):
    return "".join(r.choice(RS_ALPHA) for _ in range(n))


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def uid(r):
    h = hexs(r, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


class W:
    """A workload instance (one pod of a Deployment/StatefulSet/DaemonSet/Job)."""

    def __init__(self, R, name, ns, container=None, kind="deploy", node=None, app=None,
                 pod=None, ip=None, rs=None, **meta):
        self.R, self.name, self.ns, self.kind = R, name, ns, kind
        self.container = container or name
        r = R.r
        self.rs = rs or rs_hash(r)
        if pod:
            self.pod = pod
        elif kind == "deploy":
            self.pod = "%s-%s-%s" % (name, self.rs, sfx(r))
        elif kind == "sts":
            self.pod = "%s-0" % name
        elif kind == "ds":
            self.pod = "%s-%s" % (name, sfx(r))
        elif kind == "job":
            self.pod = "%s-%d-%s" % (name, r.randint(28400000, 29600000), sfx(r))
        else:
            self.pod = name
        self.node = node or R.pick_node()
        self.app = R.use_app if app is None else app
        self.ip = ip or R.pod_ip()
        self.meta = meta

    def sibling(self, pod=None, node=None, ip=None):
        """Another replica of the same ReplicaSet (same hash, new suffix)."""
        w = W(self.R, self.name, self.ns, self.container, self.kind, node=node, app=self.app,
              pod=pod or ("%s-%s-%s" % (self.name, self.rs, sfx(self.R.r)) if self.kind == "deploy" else None),
              ip=ip, rs=self.rs, **self.meta)
        return w

    def with_container(self, container):
        w = W(self.R, self.name, self.ns, container, self.kind, node=self.node, app=self.app,
              pod=self.pod, ip=self.ip, rs=self.rs, **self.meta)
        return w

    def labels(self):
        d = {"namespace": self.ns, "pod": self.pod, "container": self.container}
        if self.R.with_node and self.node:
            d["node"] = self.node
        if self.app:
            d["app"] = self.app if isinstance(self.app, str) else self.name
        for k, v in self.R.extra_labels.items():
            d[k] = v
        return d


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, name):
        self.name = name
        self.r = random.Random("%d:%s" % (SEED, name))
        r = self.r
        day = dt.datetime(2026, 1, 6) + dt.timedelta(days=r.randint(0, 100))
        self.t0 = day.replace(hour=r.randint(0, 23), minute=r.randint(0, 59),
                              second=r.randint(0, 59), microsecond=r.randint(0, 999) * 1000)
        self.style = r.choice(["eks", "gke", "aks", "kubeadm", "k3s"])
        self.style = FORCE_STYLE.get(name, self.style)
        self.use_app = r.random() < 0.45
        self.with_node = r.random() < 0.75
        self.ev_style = r.choice(["alloy", "exporter"])
        self.extra_labels = {}
        if r.random() < 0.25:
            self.extra_labels["cluster"] = r.choice(["prod-eu-1", "prod-us-east", "prd-blue", "live-01", "production"])
        self._mk_cluster()
        self.events = []
        self.question = None
        self.selector = None
        self.expected = None
        self._seq = 0

    # -- cluster shape
    def _mk_cluster(self):
        r = self.r
        s = self.style
        n = r.randint(4, 7)
        if s == "eks":
            region = r.choice(["eu-west-1", "us-east-1", "eu-central-1", "us-west-2", "ap-southeast-2"])
            self.nodes = ["ip-10-%d-%d-%d.%s.compute.internal" % (r.randint(0, 3), r.randint(1, 254), r.randint(1, 254),
                                                                   "ec2" if region == "us-east-1" else region) for _ in range(n)]
            self.podnet, self.svcnet = "10.%d" % r.randint(0, 3), "172.20"
            self.region = region
        elif s == "gke":
            cl = r.choice(["prod", "shop-prod", "core", "platform-prd"])
            pool = r.choice(["default-pool", "pool-general", "n2-standard-8"])
            grp = hexs(r, 8)
            self.nodes = ["gke-%s-%s-%s-%s" % (cl, pool, grp, "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))) for _ in range(n)]
            self.podnet, self.svcnet = "10.%d" % r.choice([8, 12, 52, 60]), "10.%d" % r.choice([16, 20, 64])
            self.region = r.choice(["europe-west1", "us-central1", "europe-west4"])
        elif s == "aks":
            pool = r.choice(["nodepool1", "usrpool", "system", "apps"])
            num = r.randint(10000000, 99999999)
            self.nodes = ["aks-%s-%d-vmss%06d" % (pool, num, i) for i in r.sample(range(0, 40), n)]
            self.podnet, self.svcnet = "10.244", "10.0"
            self.region = r.choice(["westeurope", "eastus2", "northeurope"])
        elif s == "kubeadm":
            pre = r.choice(["worker", "k8s-node", "kw", "node"])
            self.nodes = ["%s-%02d" % (pre, i) for i in sorted(r.sample(range(1, 30), n))]
            self.podnet, self.svcnet = "10.244", "10.96"
            self.region = "dc1"
        else:
            self.nodes = ["k3s-agent-%d" % i for i in sorted(r.sample(range(1, 12), n))]
            self.podnet, self.svcnet = "10.42", "10.43"
            self.region = "onprem"
        self.dns_ip = self.svcnet + ".0.10"
        self.kubelet_pid = {nd: self.r.randint(900, 4200) for nd in self.nodes}

    def pick_node(self):
        return self.r.choice(self.nodes)

    def pod_ip(self):
        return "%s.%d.%d" % (self.podnet, self.r.randint(0, 9), self.r.randint(2, 250))

    def svc_ip(self):
        return "%s.%d.%d" % (self.svcnet, self.r.randint(0, 250), self.r.randint(2, 250))

    def w(self, name, ns, **kw):
        return W(self, name, ns, **kw)

    # -- emission
    def at(self, sec):
        return self.t0 + dt.timedelta(seconds=sec)

    def add(self, sec, labels, line, ev=False):
        t = self.at(sec)
        self._seq += 1
        tr = t.replace(microsecond=(t.microsecond // 1000) * 1000 + self.r.randint(0, 999))
        self.events.append((t, self._seq, labels, render(line, tr), ev))

    def log(self, sec, w, line, ev=False):
        self.add(sec, w.labels() if isinstance(w, W) else dict(w), line, ev)

    def logs(self, sec, w, lines, ev=False, step=0.001):
        """Several lines printed together (stack traces); ev may be a list of indices."""
        for i, ln in enumerate(lines):
            e = ev if isinstance(ev, bool) else (i in ev)
            self.log(sec + i * step, w, ln, e)

    def journal(self, sec, node, unit, line, ev=False):
        lab = {"job": "systemd-journal", "node": node}
        if unit == "kernel":
            lab["transport"] = "kernel"
        else:
            lab["unit"] = unit
        for k, v in self.extra_labels.items():
            lab[k] = v
        self.add(sec, lab, line, ev)

    def kubelet(self, sec, node, level, src, msg, ev=False):
        self.journal(sec, node, "kubelet.service",
                     "%s@KL@ %7d %s] %s" % (level, self.kubelet_pid[node], src, msg), ev)

    def event(self, sec, ns, obj, reason, msg, type="Warning", kind="Pod", count=1, comp="kubelet",
              host=None, ev=False, field=None):
        r = self.r
        t = self.at(sec)
        if host is None and comp == "kubelet":
            host = self.pick_node()
        ename = "%s.%s" % (obj, hexs(r, 16))
        first = t - dt.timedelta(seconds=0 if count == 1 else r.randint(30 * count, 45 * count))
        if self.ev_style == "alloy":
            parts = ["name=%s" % ename, "kind=%s" % kind, "action=", "objectAPIversion=%s" % (
                "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim", "Service") else
                "apps/v1" if kind in ("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet") else
                "batch/v1" if kind in ("Job", "CronJob") else "autoscaling/v2" if kind == "HorizontalPodAutoscaler" else "v1"),
                "objectRV=%d" % r.randint(1000000, 99999999), "eventRV=%d" % r.randint(1000000, 99999999),
                "reportingcontroller=%s" % (comp if comp != "kubelet" else ""),
                "sourcecomponent=%s" % comp]
            if host:
                parts.append("sourcehost=%s" % host)
            parts += ["reason=%s" % reason, "type=%s" % type, "count=%d" % count, "msg=%s" % json.dumps(msg)]
            lab = {"namespace": ns or "default", "job": "integrations/kubernetes/eventhandler", "instance": "grafana-agent-events"}
            for k, v in self.extra_labels.items():
                lab[k] = v
            self.add(sec, lab, " ".join(parts), ev)
        else:
            io = {"kind": kind, "namespace": ns, "name": obj, "uid": uid(r),
                  "apiVersion": "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim") else "apps/v1",
                  "resourceVersion": str(r.randint(1000000, 99999999))}
            if kind == "Node":
                io.pop("namespace")
            if field:
                io["fieldPath"] = field
            o = {"metadata": {"name": ename, "namespace": ns or "default", "uid": uid(r),
                              "resourceVersion": str(r.randint(1000000, 99999999)),
                              "creationTimestamp": f_isos(first)},
                 "reason": reason, "message": msg,
                 "source": {"component": comp} if not host else {"component": comp, "host": host},
                 "firstTimestamp": f_isos(first), "lastTimestamp": f_isos(t), "count": count,
                 "type": type, "eventTime": None, "reportingComponent": comp if comp != "kubelet" else "",
                 "reportingInstance": host or "", "involvedObject": io}
            if not hasattr(self, "_exporter"):
                self._exporter = W(self, "event-exporter", "monitoring", container="event-exporter",
                                   app="kubernetes-event-exporter")
            self.log(sec, self._exporter, js(o), ev)

    # -- noise
    def noise(self, n, sources, t0=0.0, t1=None, herrings=0):
        """n healthy lines from (workload, generator) sources; `herrings` of them red herrings."""
        r = self.r
        if t1 is None:
            t1 = max([e[0] for e in self.events] + [self.at(240)])
            t1 = (t1 - self.t0).total_seconds() + 5
        slots = sorted(r.uniform(t0, t1) for _ in range(n))
        hidx = set(r.sample(range(n), min(herrings, n)))
        for i, sec in enumerate(slots):
            w, gen = r.choice(sources)
            line = gen(self, w, herring=(i in hidx))
            self.log(sec, w, line)

    def expect(self, severity, category, component, root_cause, summary, action):
        self.expected = dict(severity=severity, root_cause_category=category, component=component,
                             root_cause=root_cause, summary=summary, action=action)

    def ask(self, question, ns):
        self.question = question
        self.selector = {"namespace": ns} if ns else None

    def build(self, rid):
        ev = sorted(self.events, key=lambda e: (e[0], e[1]))
        logs, evidence = [], []
        for i, (t, _s, lab, line, e) in enumerate(ev):
            logs.append({"ts": f_iso(t), "labels": lab, "line": line})
            if e:
                evidence.append(i)
        exp = dict(self.expected)
        exp["evidence"] = evidence
        if exp["root_cause_category"] == "none":
            assert not evidence, rid
        else:
            assert 1 <= len(evidence) <= 5, (rid, len(evidence))
        assert 12 <= len(logs) <= 60, (rid, len(logs))
        return {"id": rid, "source": "synthetic:heldout-%s" % self.name, "question": self.question,
                "selector": self.selector, "logs": logs, "expected": exp}


# ================================================================ noise generators
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "okhttp/4.12.0", "Dart/3.2 (dart:io)", "python-requests/2.31.0", "Go-http-client/1.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]
SCAN = ["/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/index.php", "/actuator/gateway/routes",
        "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/xmlrpc.php", "/server-status"]
SCAN_UA = ["Mozilla/5.0 zgrab/0.x", "python-requests/2.28.1", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
           "curl/7.88.1", "Go-http-client/1.1", "Mozilla/5.0 (l9scan/2.0.1; +https://leakix.net)"]


def _paths(w):
    return w.meta.get("paths") or ["/api/v1/items", "/api/v1/items/%d", "/healthz", "/api/v1/search?q=%s", "/api/v1/me"]


def _path(R, w):
    p = R.r.choice(_paths(w))
    if "%d" in p:
        p = p.replace("%d", str(R.r.randint(1000, 99999)), 1)
    if "%s" in p:
        p = p.replace("%s", R.r.choice(["boots", "usb-c", "jacket", "desk+lamp", "coffee", "tent", "sofa"]), 1)
    return p


def _status(R, m="GET"):
    if m == "POST":
        return R.r.choice([200] * 6 + [201, 201, 204])
    return R.r.choice([200] * 14 + [304, 304, 302])


def _method(R, path):
    p = path.split("?")[0]
    if "." in p.rsplit("/", 1)[-1]:
        return "GET"
    if any(x in p for x in ("health", "ready", "static", "favicon", "metrics", ".js", ".css", ".ico", "/live")) or p == "/" or "?" in path:
        return "GET"
    return "POST" if R.r.random() < 0.18 else "GET"


def _client_ip(R):
    r = R.r
    return r.choice(["%d.%d.%d.%d" % (r.choice([81, 84, 91, 145, 176, 188, 203, 62]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)),
                     "%s.%d.%d" % (R.podnet, r.randint(0, 9), r.randint(2, 250))])


def g_nginx(R, w, herring=False):
    r = R.r
    if herring:
        return '%s - - [@CLF@] "GET %s HTTP/1.1" 404 153 "-" "%s"' % (_client_ip(R), r.choice(SCAN), r.choice(SCAN_UA))
    p = _path(R, w)
    m = _method(R, p)
    return '%s - - [@CLF@] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (
        _client_ip(R), m, p, _status(R, m), r.randint(120, 48000),
        r.choice(["-", "https://%s/" % w.meta.get("host", "www.example.com")]), r.choice(UAS))


def g_ingress(R, w, herring=False):
    r = R.r
    host = w.meta.get("host", "shop.example.com")
    ups = w.meta.get("upstreams") or [("%s-%s-%d" % (R.name.split("-")[0], "web", 80), R.pod_ip() + ":8080")]
    up, addr = r.choice(ups)
    if herring:
        path, m, st, ua = r.choice(SCAN), "GET", 404, r.choice(SCAN_UA)
    else:
        path = _path(R, w)
        m = _method(R, path)
        st, ua = _status(R, m), r.choice(UAS)
    lat = r.uniform(0.002, 0.180)
    size = r.randint(90, 30000) if st != 304 else 0
    return '%s - - [@CLF@] "%s %s HTTP/2.0" %d %d "%s" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
        _client_ip(R), m, path, st, size,
        "https://%s/" % host if r.random() < 0.6 else "-", ua, r.randint(30, 900), lat, up, addr, size, lat - 0.001 if lat > 0.002 else lat, st, hexs(r, 32))


def g_envoy(R, w, herring=False):
    r = R.r
    up = w.meta.get("upstream", "backend")
    ns = w.meta.get("upstream_ns", w.ns)
    port = w.meta.get("upstream_port", 8080)
    path = r.choice(SCAN[:3]) if herring else _path(R, w)
    m = "GET" if herring else _method(R, path)
    st = 404 if herring else _status(R, m)
    d = r.randint(1, 90)
    return '[@ISO@] "%s %s HTTP/1.1" %d - via_upstream - "-" %d %d %d %d "-" "%s" "%s" "%s:%d" "%s:%d" outbound|%d||%s.%s.svc.cluster.local %s:%d %s:%d %s:%d - default' % (
        m, path, st, r.choice([0, 0, 212]), r.randint(60, 9000), d, max(d - 1, 0),
        r.choice(UAS[4:8]), uid(r), up, port, R.pod_ip(), port, port, up, ns, w.ip, r.randint(30000, 60000),
        R.svc_ip(), port, w.ip, r.randint(30000, 60000))


SPRING_MSGS = ["Order %(id)s status changed PENDING -> CONFIRMED", "Cache 'products' refreshed: %(n)s entries in %(ms)s ms",
               "Published OrderCreated key=%(id)s partition=%(p)s offset=%(off)s", "Processed %(n)s outbox events in %(ms)s ms",
               "Customer %(id)s loaded from cache", "Scheduled job reconcileInventory finished in %(ms)s ms, updated=%(n)s",
               "Received message from queue %(q)s deliveryTag=%(off)s", "Invoice %(id)s rendered in %(ms)s ms"]


def _fill(R, s):
    r = R.r
    return s % {"id": "%s-%d" % (r.choice(["ord", "cus", "inv", "req", "shp"]), r.randint(100000, 999999)),
                "n": r.randint(1, 480), "ms": r.randint(2, 900), "p": r.randint(0, 11), "off": r.randint(10000, 9999999),
                "q": r.choice(["orders.created", "billing.events", "stock.updates", "email.outbound"])}


def g_spring_json(R, w, herring=False):
    r = R.r
    if herring:
        lvl = "WARN"
        lg, msg = r.choice([("o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"),
                            ("com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (r.randint(1, 2), r.randint(0, 59), r.randint(0, 999))),
                            ("c.a.common.security.JwtAuthFilter", "Rejected request: JWT expired %d minutes ago (sub=%s)" % (r.randint(2, 300), uid(r)[:8]))])
    else:
        lvl, lg, msg = "INFO", w.meta.get("logger", "c.acme.%s.service.OrderService" % w.name.split("-")[0]), _fill(R, r.choice(w.meta.get("msgs") or SPRING_MSGS))
    return js({"@timestamp": "@ISO@", "@version": "1", "message": msg, "logger_name": lg,
               "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 40), "level": lvl, "level_value": 30000 if lvl == "WARN" else 20000})


def g_spring_text(R, w, herring=False):
    r = R.r
    app = w.name
    if herring:
        return "@SPRING@  WARN 1 --- [%s] [           main] o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration : spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning" % app
    return "@SPRING@  INFO 1 --- [%s] [nio-8080-exec-%d] %-40s : %s" % (
        app, r.randint(1, 20), w.meta.get("logger", "c.a.%s.web.ApiController" % app.split("-")[0][:8]), _fill(R, r.choice(w.meta.get("msgs") or SPRING_MSGS)))


def g_zap(R, w, herring=False):
    r = R.r
    if herring:
        return js({"level": "info", "ts": "@EPOCH@", "caller": "retry/retry.go:88", "msg": "request succeeded after retry",
                   "attempt": 2, "target": w.meta.get("dep", "storage.googleapis.com"), "previous_error": "unexpected EOF"}).replace('"@EPOCH@"', "@EPOCH@")
    p = _path(R, w)
    m = _method(R, p)
    return js({"level": "info", "ts": "@EPOCH@", "caller": "httpserver/middleware.go:%d" % r.choice([54, 61, 77]), "msg": "request completed",
               "method": m, "path": p, "status": _status(R, m),
               "duration_ms": round(r.uniform(0.4, 60), 2), "request_id": hexs(r, 16)}).replace('"@EPOCH@"', "@EPOCH@")


def g_logrus(R, w, herring=False):
    r = R.r
    if herring:
        return 'time="@ISOS@" level=warning msg="Flag --insecure-skip-tls-verify-backend has been deprecated, use --backend-tls-verify=false" component=%s' % w.name
    p = _path(R, w)
    m = _method(R, p)
    return 'time="@ISOS@" level=info msg="handled request" method=%s path=%s status=%d duration=%.1fms remote=%s' % (
        m, p, _status(R, m), r.uniform(0.3, 80), R.pod_ip())


def g_slog(R, w, herring=False):
    r = R.r
    if herring:
        return 'time=@ISO@ level=INFO msg="periodic stats" requests=%d error_count=0 p99_ms=%d goroutines=%d' % (r.randint(200, 9000), r.randint(8, 90), r.randint(30, 400))
    p = _path(R, w)
    m = _method(R, p)
    return 'time=@ISO@ level=INFO msg="request served" method=%s path=%s status=%d dur=%dms' % (
        m, p, _status(R, m), r.randint(1, 120))


def g_uvicorn(R, w, herring=False):
    r = R.r
    if herring:
        return 'INFO:     %s:%d - "GET %s HTTP/1.1" 401 Unauthorized' % (R.pod_ip(), r.randint(30000, 60000), r.choice(["/v1/me", "/v1/session/refresh"]))
    p = r.choice([_path(R, w), "/healthz", "/readyz"])
    return 'INFO:     %s:%d - "%s %s HTTP/1.1" 200 OK' % (R.pod_ip(), r.randint(30000, 60000), _method(R, p), p)


def g_gunicorn(R, w, herring=False):
    r = R.r
    if herring:
        return '%s - - [@CLF@] "GET %s HTTP/1.1" 404 179 "-" "%s"' % (_client_ip(R), r.choice(SCAN), r.choice(SCAN_UA))
    p = r.choice([_path(R, w), "/health/"])
    return '%s - - [@CLF@] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (R.pod_ip(), p, r.randint(2, 9000), "kube-probe/1.%d" % r.choice([27, 28, 29, 30]) if "health" in p else r.choice(UAS))


def g_celery(R, w, herring=False):
    r = R.r
    task = r.choice(w.meta.get("tasks") or ["app.tasks.send_receipt", "app.tasks.sync_inventory", "app.tasks.generate_thumbnail", "app.tasks.expire_carts"])
    if herring:
        return "[@PY@: WARNING/ForkPoolWorker-%d] Task %s[%s] retry: Retry in 10s: ConnectionResetError(104, 'Connection reset by peer')" % (r.randint(1, 8), task, uid(r))
    if r.random() < 0.4:
        return "[@PY@: INFO/MainProcess] Task %s[%s] received" % (task, uid(r))
    return "[@PY@: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.4fs: None" % (r.randint(1, 8), task, uid(r), r.uniform(0.01, 4))


def g_pino(R, w, herring=False):
    r = R.r
    if herring:
        return js({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": w.pod, "msg": "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead."})
    p = _path(R, w)
    m = _method(R, p)
    return js({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": w.pod, "reqId": "req-%s" % sfx(r, 4),
               "req": {"method": m, "url": p, "remoteAddress": "::ffff:" + R.pod_ip()},
               "res": {"statusCode": _status(R, m)}, "responseTime": round(r.uniform(0.8, 95), 3), "msg": "request completed"}).replace('"@EPOCHMS@"', "@EPOCHMS@")


def g_winston(R, w, herring=False):
    r = R.r
    if herring:
        return js({"level": "warn", "message": "Session expired for user %d, returning 401" % r.randint(10000, 99999), "service": w.name, "timestamp": "@ISO@"})
    return js({"level": "info", "message": r.choice(["Sent push notification batch size=%d" % r.randint(5, 400), "Template cache warmed (%d templates)" % r.randint(10, 80),
                                                       "Webhook delivered to %s in %dms" % (r.choice(["partner-a", "crm", "erp"]), r.randint(20, 700))]),
               "service": w.name, "timestamp": "@ISO@"})


def g_python(R, w, herring=False):
    r = R.r
    mod = w.meta.get("module", "app.worker")
    if herring:
        return "@PY@ WARNING [py.warnings] /usr/local/lib/python3.11/site-packages/botocore/auth.py:419: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC)."
    return "@PY@ INFO [%s] %s" % (mod, r.choice(["processed batch size=%d in %.2fs" % (r.randint(10, 500), r.uniform(0.1, 6)),
                                                    "heartbeat ok lag=%dms" % r.randint(1, 40), "flushed %d metrics" % r.randint(20, 300),
                                                    "cache hit ratio=%.2f" % r.uniform(0.8, 0.99)]))


def g_postgres(R, w, herring=False):
    r = R.r
    pid = r.randint(60, 9000)
    if herring:
        return "@PG@ [%d] LOG:  could not receive data from client: Connection reset by peer" % pid
    c = r.random()
    if c < 0.25:
        return "@PG@ [%d] LOG:  checkpoint starting: time" % pid
    if c < 0.45:
        b = r.randint(200, 9000)
        return ("@PG@ [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s; sync files=%d, longest=0.00%d s, average=0.001 s; distance=%d kB, estimate=%d kB"
                % (pid, b, b / 163.84, r.randint(0, 3), r.uniform(20, 270), r.randint(1, 60), r.uniform(20, 271), r.randint(5, 90), r.randint(1, 9), r.randint(1000, 90000), r.randint(1000, 90000)))
    if c < 0.7:
        return "@PG@ [%d] LOG:  connection authorized: user=%s database=%s application_name=%s" % (
            pid, w.meta.get("dbuser", "app"), w.meta.get("db", "app"), r.choice(["PostgreSQL JDBC Driver", "psql", "pgbouncer"]))
    tbl = r.choice(["public.orders", "public.line_items", "public.sessions", "public.events"])
    return "@PG@ [%d] LOG:  automatic vacuum of table \"%s.%s\": index scans: %d" % (pid, w.meta.get("db", "app"), tbl, r.randint(0, 1))


def g_redis(R, w, herring=False):
    r = R.r
    if herring:
        return "1:M @REDIS@ # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128."
    c = r.random()
    if c < 0.35:
        return "1:M @REDIS@ * %d changes in %d seconds. Saving..." % (r.randint(10, 10000), r.choice([60, 300, 900]))
    if c < 0.6:
        return "1:M @REDIS@ * Background saving started by pid %d" % r.randint(100, 9999)
    if c < 0.8:
        return "%d:C @REDIS@ * DB saved on disk" % r.randint(100, 9999)
    return "1:M @REDIS@ * Background saving terminated with success"


def g_kafka(R, w, herring=False):
    r = R.r
    bid = int(w.pod.rsplit("-", 1)[-1]) if w.pod.rsplit("-", 1)[-1].isdigit() else 0
    topic = r.choice(w.meta.get("topics") or ["orders", "payments.events", "clickstream", "inventory-changes"])
    if herring:
        return "[@PY@] INFO [GroupCoordinator %d]: Member consumer-%s-1-%s in group %s has left, removing it from the group (kafka.coordinator.group.GroupCoordinator)" % (
            bid, topic.split(".")[0], uid(r), topic.split(".")[0] + "-consumers")
    c = r.random()
    if c < 0.5:
        return "[@PY@] INFO [LocalLog partition=%s-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)" % (
            topic, r.randint(0, 11), r.randint(100000, 99999999), r.randint(1, 9))
    if c < 0.75:
        return "[@PY@] INFO [UnifiedLog partition=%s-%d, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d)) (kafka.log.UnifiedLog)" % (
            topic, r.randint(0, 11), r.randint(100000, 9999999), r.randint(10000000, 1073741000), r.randint(1700000000000, 1760000000000), r.randint(1700000000000, 1760000000000))
    return "[@PY@] INFO [GroupCoordinator %d]: Stabilized group %s generation %d (__consumer_offsets-%d) with %d members (kafka.coordinator.group.GroupCoordinator)" % (
        bid, topic.split(".")[0] + "-consumers", r.randint(3, 400), r.randint(0, 49), r.randint(1, 6))


def g_coredns(R, w, herring=False):
    r = R.r
    names = w.meta.get("names") or ["orders.shop.svc.cluster.local.", "redis-master.cache.svc.cluster.local.", "kubernetes.default.svc.cluster.local."]
    if herring:
        n = r.choice(names).replace(".svc.cluster.local.", ".svc.cluster.local.svc.cluster.local.")
        return '[INFO] %s:%d - %d "AAAA IN %s udp %d false 512" NXDOMAIN qr,aa,rd %d 0.000%03ds' % (R.pod_ip(), r.randint(30000, 60000), r.randint(1, 65535), n, len(n) + 17, len(n) + 110, r.randint(50, 400))
    n = r.choice(names)
    return '[INFO] %s:%d - %d "%s IN %s udp %d false 512" NOERROR qr,aa,rd %d 0.000%03ds' % (
        R.pod_ip(), r.randint(30000, 60000), r.randint(1, 65535), r.choice(["A", "A", "AAAA"]), n, len(n) + 17, len(n) + 60, r.randint(50, 400))


def g_mongo(R, w, herring=False):
    r = R.r
    if herring:
        return js({"t": {"$date": "@ISO@"}, "s": "W", "c": "CONTROL", "id": 22120, "ctx": "initandlisten", "msg": "Access control is not enabled for the database. Read and write access to data and configuration is unrestricted", "tags": ["startupWarnings"]})
    if r.random() < 0.5:
        return js({"t": {"$date": "@ISO@"}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener", "msg": "Connection accepted",
                   "attr": {"remote": "%s:%d" % (R.pod_ip(), r.randint(30000, 60000)), "uuid": {"uuid": {"$uuid": uid(r)}}, "connectionId": r.randint(1000, 90000), "connectionCount": r.randint(10, 120)}})
    return js({"t": {"$date": "@ISO@"}, "s": "I", "c": "NETWORK", "id": 51800, "ctx": "conn%d" % r.randint(1000, 90000), "msg": "client metadata",
               "attr": {"remote": "%s:%d" % (R.pod_ip(), r.randint(30000, 60000)), "client": "conn%d" % r.randint(1000, 90000), "doc": {"driver": {"name": "mongo-go-driver", "version": "1.14.0"}}}})


def g_rabbit(R, w, herring=False):
    r = R.r
    pid = "<0.%d.0>" % r.randint(1000, 60000)
    if herring:
        return "@RMQ@ [warning] %s closing AMQP connection %s (%s:%d -> %s:5672, vhost: '/', user: 'app'):\n%s client unexpectedly closed TCP connection" % (pid, pid, R.pod_ip(), r.randint(30000, 60000), w.ip, pid)
    if r.random() < 0.5:
        return "@RMQ@ [info] %s accepting AMQP connection %s:%d -> %s:5672" % (pid, R.pod_ip(), r.randint(30000, 60000), w.ip)
    return "@RMQ@ [info] %s connection %s:%d -> %s:5672: user 'app' authenticated and granted access to vhost '/'" % (pid, R.pod_ip(), r.randint(30000, 60000), w.ip)


def g_es(R, w, herring=False):
    r = R.r
    if herring:
        return js({"@timestamp": "@ISO@", "log.level": "WARN", "message": "[types removal] Specifying types in search requests is deprecated.", "ecs.version": "1.2.0",
                   "service.name": "ES_ECS", "event.dataset": "deprecation.elasticsearch", "process.thread.name": "elasticsearch[%s][transport_worker][T#3]" % w.pod,
                   "log.logger": "org.elasticsearch.deprecation.rest.action.search.RestSearchAction", "elasticsearch.node.name": w.pod, "elasticsearch.cluster.name": w.meta.get("cluster", "search")})
    idx = r.choice(["logs-app-2026.%02d" % r.randint(1, 4), "products-v3", "orders-search"])
    msg = r.choice(["[%s/%s] update_mapping [_doc]" % (idx, sfx(r, 22)), "moving index [%s] from [null] to [{\"phase\":\"new\",\"action\":\"complete\",\"name\":\"complete\"}] in policy [logs]" % idx])
    return js({"@timestamp": "@ISO@", "log.level": "INFO", "message": msg, "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
               "process.thread.name": "elasticsearch[%s][masterService#updateTask][T#1]" % w.pod, "log.logger": "org.elasticsearch.cluster.metadata.MetadataMappingService",
               "elasticsearch.node.name": w.pod, "elasticsearch.cluster.name": w.meta.get("cluster", "search")})


def g_traefik(R, w, herring=False):
    r = R.r
    path, st = (r.choice(SCAN), 404) if herring else (_path(R, w), _status(R))
    return '%s - - [@CLF@] "GET %s HTTP/1.1" %d %d "-" "-" %d "%s@kubernetescrd" "http://%s:%d" %dms' % (
        _client_ip(R), path, st, r.randint(100, 20000), r.randint(1000, 99999), w.meta.get("router", "websecure-app-%s" % hexs(r, 20)),
        R.pod_ip(), w.meta.get("port", 8080), r.randint(1, 90))


def g_argocd(R, w, herring=False):
    r = R.r
    app = r.choice(w.meta.get("apps") or ["shop", "payments", "platform-addons"])
    if herring:
        return 'time="@ISOS@" level=warning msg="Failed to get cached managed resources for tree reconciliation, fall back to full reconciliation" application=argocd/%s' % app
    return 'time="@ISOS@" level=info msg="Reconciliation completed" application=argocd/%s dedup_ms=0 dest-name= dest-namespace=%s dest-server="https://kubernetes.default.svc" diff_ms=%d fields.level=1 git_ms=%d health_ms=%d live_ms=%d patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms=%d' % (
        app, app, r.randint(1, 40), r.randint(0, 300), r.randint(0, 5), r.randint(1, 30), r.randint(20, 600))


def g_alertmanager(R, w, herring=False):
    r = R.r
    if herring:
        return 'ts=@ISO@ caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=Watchdog[%s][active]' % hexs(r, 7)
    return 'ts=@ISO@ caller=notify.go:848 level=debug component=dispatcher receiver=null integration=webhook[0] aggrGroup="{}:{alertname=\\"Watchdog\\"}" msg="Notify success" attempts=1 duration=%.6fms' % r.uniform(1, 20)


def g_job(R, w, herring=False):
    r = R.r
    if herring:
        return "@PY@ WARNING [export] upstream returned 502 on page %d, retrying (attempt 2/5)" % r.randint(2, 40)
    return "@PY@ INFO [export] %s" % r.choice(["exported %d rows to s3://%s/%s/part-%05d.parquet" % (r.randint(1000, 90000), w.meta.get("bucket", "acme-exports"), w.name, r.randint(0, 300)),
                                                "page %d fetched (%d records)" % (r.randint(1, 60), r.randint(100, 1000))])


GEN = dict(nginx=g_nginx, ingress=g_ingress, envoy=g_envoy, spring_json=g_spring_json, spring_text=g_spring_text,
           zap=g_zap, logrus=g_logrus, slog=g_slog, uvicorn=g_uvicorn, gunicorn=g_gunicorn, celery=g_celery,
           pino=g_pino, winston=g_winston, python=g_python, postgres=g_postgres, redis=g_redis, kafka=g_kafka,
           coredns=g_coredns, mongo=g_mongo, rabbit=g_rabbit, es=g_es, traefik=g_traefik, argocd=g_argocd,
           alertmanager=g_alertmanager, job=g_job)


def S(R, w, kind):
    """A noise source tuple."""
    return (w, GEN[kind])


def neighbours(R, k, exclude=()):
    """k random healthy neighbour workloads with a matching generator."""
    pool = [
        ("ingress-nginx-controller", "ingress-nginx", "controller", "ingress", {"host": "www.%s.com" % R.r.choice(["acme-shop", "tinyfox", "northwind", "bluepeak"])}),
        ("storefront", "web", "nginx", "nginx", {"paths": ["/", "/static/js/main.%s.js" % hexs(R.r, 8), "/products/%d", "/favicon.ico", "/cart"]}),
        ("notification-worker", "notify", None, "celery", {"tasks": ["notify.tasks.send_email", "notify.tasks.send_push", "notify.tasks.digest"]}),
        ("session-cache", "cache", "redis", "redis", {}),
        ("coredns", "kube-system", None, "coredns", {}),
        ("argocd-application-controller", "argocd", "application-controller", "argocd", {}),
        ("alertmanager-main", "monitoring", "alertmanager", "alertmanager", {}),
        ("profile-api", "accounts", None, "zap", {"paths": ["/v1/profiles/%d", "/v1/profiles/%d/avatar", "/healthz"]}),
        ("search-indexer", "search", None, "python", {"module": "indexer.sync"}),
        ("reviews", "catalog", None, "pino", {"paths": ["/reviews/%d", "/reviews/summary/%d", "/health"]}),
        ("feature-flags", "platform", None, "slog", {"paths": ["/api/flags", "/api/flags/%d", "/metrics"]}),
        ("audit-log", "compliance", None, "logrus", {"paths": ["/v1/events", "/v1/events/%d"]}),
        ("loyalty", "crm", None, "spring_json", {"logger": "c.a.loyalty.points.PointsService",
                                                   "msgs": ["Awarded %(n)s points to customer %(id)s", "Points expiry batch processed %(n)s accounts in %(ms)s ms",
                                                            "Tier recalculated for %(id)s", "Received message from queue %(q)s deliveryTag=%(off)s"]}),
        ("recommendations", "ml", None, "uvicorn", {"paths": ["/v2/recs/user/%d", "/v2/recs/item/%d"]}),
        ("webhook-dispatcher", "integrations", None, "winston", {}),
    ]
    out = []
    cand = [p for p in pool if p[0] not in exclude]
    for name, ns, cont, gen, meta in R.r.sample(cand, k):
        kind = "sts" if name in ("session-cache", "alertmanager-main") else "deploy"
        if name == "argocd-application-controller":
            kind = "sts"
        w = R.w(name, ns, container=cont, kind=kind, **meta)
        out.append(S(R, w, gen))
    return out


# ================================================================ scenarios
SCEN = []


def scen(name):
    def deco(fn):
        SCEN.append((name, fn))
        return fn
    return deco


def backoff_msg(w, uid_):
    return "Back-off restarting failed container %s in pod %s_%s(%s)" % (w.container, w.pod, w.ns, uid_)


def crashloop_kubelet(R, sec, w, uid_, backoff="1m20s", ev=False):
    R.kubelet(sec, w.node, "E", "pod_workers.go:1298",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
              % (w.container, backoff, w.container, w.pod, w.ns, uid_, w.ns, w.pod, uid_), ev)


# ---------------------------------------------------------------- oom_killed
@scen("oom-report-generator")
def _(R):
    r = R.r
    ns = "analytics"
    rg = R.w("report-generator", ns, logger="c.a.reports.export.ExportController",
             msgs=["Export %(id)s queued (format=CSV)", "Export %(id)s finished in %(ms)s ms (%(n)s pages)", "Template cache hit for %(id)s"])
    ui = R.w("reports-ui", ns, container="web")
    db = R.w("analytics-db", ns, kind="sts", container="postgres", db="analytics", dbuser="reports")
    puid = uid(r)
    cg = hexs(r, 64)
    pid1, pid2 = r.randint(3000, 9000), r.randint(3000, 9000)
    app = "report-generator"

    def boot(s):
        R.log(s, rg, "Picked up JAVA_TOOL_OPTIONS: -Xms1g -Xmx1g -XX:MaxDirectMemorySize=512m -XX:+ExitOnOutOfMemoryError")
        R.log(s + 1.2, rg, "@SPRING@  INFO 1 --- [%s] [           main] c.a.reports.ReportGeneratorApplication   : Starting ReportGeneratorApplication v3.8.1 using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)" % app)
        R.log(s + 14.4, rg, "@SPRING@  INFO 1 --- [%s] [           main] c.a.reports.ReportGeneratorApplication   : Started ReportGeneratorApplication in 13.912 seconds (process running for 14.87)" % app)

    boot(0)
    R.log(40.3, rg, "@SPRING@  INFO 1 --- [%s] [nio-8080-exec-3] c.a.reports.export.PdfExportService      : Rendering export job=exp-%d format=PDF rows=%d" % (app, r.randint(8000, 9999), r.randint(380000, 520000)))
    R.journal(97.1, rg.node, "kernel", "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936")
    R.journal(97.2, rg.node, "kernel", "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=java,pid=%d,uid=1000"
              % (cg, puid.replace("-", "_"), cg, puid.replace("-", "_"), cg, pid1), ev=True)
    R.journal(97.2, rg.node, "kernel", "Memory cgroup out of memory: Killed process %d (java) total-vm:4711232kB, anon-rss:1042784kB, file-rss:21340kB, shmem-rss:0kB, UID:1000 pgtables:2788kB oom_score_adj:936" % pid1, ev=True)
    R.event(97.9, "", rg.node, "SystemOOM", "System OOM encountered, victim process: java, pid: %d" % pid1, kind="Node", host=rg.node, ev=False)
    R.log(99.5, ui, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": ui.pod, "msg": "export request failed",
                        "err": {"type": "AxiosError", "message": "socket hang up", "code": "ECONNRESET"},
                        "upstream": "http://report-generator.analytics.svc.cluster.local:8080/api/exports"}).replace('"@EPOCHMS@"', "@EPOCHMS@"))
    boot(112)
    R.log(150.2, rg, "@SPRING@  INFO 1 --- [%s] [nio-8080-exec-1] c.a.reports.export.PdfExportService      : Rendering export job=exp-%d format=PDF rows=%d" % (app, r.randint(8000, 9999), r.randint(380000, 520000)))
    R.journal(201.6, rg.node, "kernel", "Memory cgroup out of memory: Killed process %d (java) total-vm:4698112kB, anon-rss:1043920kB, file-rss:20996kB, shmem-rss:0kB, UID:1000 pgtables:2760kB oom_score_adj:936" % pid2, ev=True)
    R.event(214.0, ns, rg.pod, "BackOff", backoff_msg(rg, puid), count=3, host=rg.node, field="spec.containers{report-generator}", ev=True)
    crashloop_kubelet(R, 214.3, rg, puid, "40s")
    R.log(216.8, ui, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": ui.pod, "msg": "export request failed",
                         "err": {"type": "AxiosError", "message": "Request failed with status code 503", "code": "ERR_BAD_RESPONSE"},
                         "upstream": "http://report-generator.analytics.svc.cluster.local:8080/api/exports"}).replace('"@EPOCHMS@"', "@EPOCHMS@"))
    ui.meta["paths"] = ["/reports", "/reports/%d", "/api/session", "/static/app.%s.js" % hexs(r, 8)]
    R.noise(17, [S(R, ui, "pino"), S(R, db, "postgres"), S(R, rg, "spring_text")] + neighbours(R, 2), herrings=2)
    R.ask("Why does report-generator keep restarting?", ns)
    R.expect("CRITICAL", "oom_killed", "report-generator",
             "The report-generator JVM (-Xmx1g plus 512m direct memory) exceeds the container's 1Gi memory limit while rendering a large PDF export, so the kernel OOM killer kills it and the pod is now in CrashLoopBackOff.",
             "report-generator is OOM-killed by its memory cgroup every time it renders a large PDF export; the pod restarts into CrashLoopBackOff and reports-ui gets connection resets and 503s on /api/exports.",
             "Raise the container memory limit above heap + direct memory + metaspace (e.g. 2Gi) or lower -Xmx/MaxDirectMemorySize; stream large exports instead of building them in memory.")


@scen("oom-celery-scoring")
def _(R):
    r = R.r
    ns = "risk"
    wk = R.w("scoring-worker", ns, container="worker", tasks=["risk.tasks.score_batch", "risk.tasks.refresh_features"])
    api = R.w("risk-api", ns, container="api", paths=["/v1/score", "/v1/score/%d", "/healthz"])
    rd = R.w("risk-redis", ns, kind="sts", container="redis")
    cg = hexs(r, 64)
    R.log(3.0, wk, "[@PY@: INFO/MainProcess] Task risk.tasks.score_batch[%s] received" % uid(r))
    R.log(3.4, wk, "[@PY@: INFO/ForkPoolWorker-3] Loading model artefact s3://acme-ml-models/risk/gbm-v14.joblib (2.31 GiB)")
    pids = [r.randint(200, 900), r.randint(200, 900)]
    R.journal(61.2, wk.node, "kernel", "Memory cgroup out of memory: Killed process %d (celery) total-vm:5310244kB, anon-rss:3127712kB, file-rss:8812kB, shmem-rss:0kB, UID:1001 pgtables:6512kB oom_score_adj:999" % pids[0], ev=True)
    R.log(61.5, wk, "[@PY@: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:%d exited with 'signal 9 (SIGKILL)'" % pids[0], ev=True)
    j = r.randint(10, 60)
    R.logs(61.6, wk, ["[@PY@: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % j,
                      "Traceback (most recent call last):",
                      '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost',
                      "    raise WorkerLostError(",
                      "billiard.einfo.ExceptionWithTraceback: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % j])
    R.log(62.1, wk, "[@PY@: INFO/MainProcess] Task risk.tasks.score_batch[%s] received" % uid(r))
    R.log(62.4, wk, "[@PY@: INFO/ForkPoolWorker-5] Loading model artefact s3://acme-ml-models/risk/gbm-v14.joblib (2.31 GiB)")
    R.log(90.0, api, "@PY@ WARNING [risk.api.jobs] score job %s still pending after 30s (batch=merchant-%d)" % (uid(r), r.randint(100, 999)))
    R.journal(121.8, wk.node, "kernel", "Memory cgroup out of memory: Killed process %d (celery) total-vm:5302908kB, anon-rss:3129004kB, file-rss:8744kB, shmem-rss:0kB, UID:1001 pgtables:6498kB oom_score_adj:999" % pids[1], ev=True)
    R.log(122.0, wk, "[@PY@: ERROR/MainProcess] Process 'ForkPoolWorker-5' pid:%d exited with 'signal 9 (SIGKILL)'" % pids[1], ev=True)
    R.log(150.3, api, "@PY@ ERROR [risk.api.jobs] score job failed: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % (j + 1))
    R.log(151.0, api, 'INFO:     %s:%d - "GET /v1/score/%d HTTP/1.1" 500 Internal Server Error' % (R.pod_ip(), r.randint(30000, 60000), r.randint(1000, 9999)))
    R.noise(16, [S(R, wk, "celery"), S(R, api, "uvicorn"), S(R, rd, "redis")] + neighbours(R, 1), herrings=2)
    R.ask("Risk scoring jobs are failing, why?", ns)
    R.expect("ERROR", "oom_killed", "scoring-worker",
             "Each celery pool process of scoring-worker loads the 2.3 GiB gbm-v14 model; together with the parent process this exceeds the container memory limit and the kernel OOM killer SIGKILLs the pool worker, losing the task.",
             "scoring-worker pool processes are repeatedly killed by the memory cgroup OOM killer while loading the risk model; score_batch tasks fail with WorkerLostError and risk-api returns 500s for score jobs.",
             "Raise the scoring-worker memory limit or reduce concurrency (fewer pool processes / load the model once in the parent before forking); consider a smaller model artefact.")


@scen("oom-ssr-frontend")
def _(R):
    r = R.r
    ns = "web"
    ssr = R.w("ssr-frontend", ns, container="next")
    ssr2 = ssr.sibling()
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="www.tinyfox.com",
              upstreams=[("web-ssr-frontend-3000", ssr.ip + ":3000"), ("web-ssr-frontend-3000", ssr2.ip + ":3000")],
              paths=["/", "/c/shoes", "/p/%d", "/_next/static/chunks/%s.js" % hexs(r, 16), "/api/cart"])
    api = R.w("catalog-api", "catalog", container="api", paths=["/v1/products/%d", "/v1/categories", "/healthz"])
    puid = uid(r)
    for k, s in enumerate([20.0, 150.0]):
        R.log(s - 1.2, ssr, "<--- Last few GCs --->")
        R.log(s - 1.1, ssr, "[1:0x%s]   %d ms: Mark-Compact 2041.8 (2083.4) -> 2039.6 (2084.1) MB, 1512.44 / 0.00 ms  (average mu = 0.118, current mu = 0.014) allocation failure; scavenge might not succeed" % (hexs(r, 7), r.randint(100000, 400000)))
        R.log(s, ssr, "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory", ev=True)
        R.log(s + 0.01, ssr, "----- Native stack trace -----")
        R.log(s + 0.02, ssr, " 1: 0xc99970 node::Abort() [next-server (v14.1.0)]")
        R.log(s + 3.0, ing, "@NGX@ [error] %d#%d: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: www.tinyfox.com, request: \"GET /c/shoes HTTP/2.0\", upstream: \"http://%s:3000/c/shoes\", host: \"www.tinyfox.com\""
              % (r.randint(20, 40), r.randint(20, 40), r.randint(100000, 999999), _client_ip(R), ssr.ip))
        if k == 0:
            R.log(s + 9, ssr, "  ▲ Next.js 14.1.0")
            R.log(s + 9.4, ssr, " ✓ Ready in 412ms")
            R.log(s + 60, ssr, js({"level": "warn", "msg": "render cache size", "entries": 48211, "approx_mb": 1630, "time": "@ISO@"}), ev=True)
    R.event(163.0, ns, ssr.pod, "BackOff", backoff_msg(ssr, puid), count=4, host=ssr.node, field="spec.containers{next}", ev=True)
    R.log(164.5, ing, '%s - - [@CLF@] "GET / HTTP/2.0" 502 150 "-" "%s" 301 0.001 [web-ssr-frontend-3000] [] %s:3000 0 0.001 502 %s' % (_client_ip(R), UAS[1], ssr.ip, hexs(r, 32)))
    R.log(170.5, ing, '%s - - [@CLF@] "GET /p/%d HTTP/2.0" 502 150 "-" "%s" 298 0.000 [web-ssr-frontend-3000] [] %s:3000 0 0.000 502 %s' % (_client_ip(R), r.randint(1000, 9999), UAS[0], ssr.ip, hexs(r, 32)))
    ing.meta["upstreams"] = [("web-ssr-frontend-3000", ssr2.ip + ":3000")]
    R.noise(18, [S(R, ing, "ingress"), S(R, ssr2, "pino"), S(R, api, "zap")] + neighbours(R, 1, exclude=("ingress-nginx-controller",)), herrings=2)
    R.ask("Why is the website returning 502s?", None)
    R.expect("CRITICAL", "oom_killed", "ssr-frontend",
             "The Next.js server in ssr-frontend grows its in-process render cache without bound until V8 hits its old-space heap limit (~2 GB) and aborts with 'JavaScript heap out of memory'; the pod restarts repeatedly and is in CrashLoopBackOff.",
             "ssr-frontend keeps dying with 'FATAL ERROR: Ineffective mark-compacts near heap limit ... JavaScript heap out of memory'; while it restarts, ingress-nginx gets connection refused from the pod and serves 502s.",
             "Bound or evict the SSR render cache (LRU with a size cap), and set --max-old-space-size consistent with the container memory limit; roll back the release that introduced the cache if needed.")


# ---------------------------------------------------------------- application_error
@scen("app-inventory-panic")
def _(R):
    r = R.r
    ns = "warehouse"
    inv = R.w("inventory-api", ns, container="inventory-api")
    ordr = R.w("order-service", "orders", container="order-service", logger="c.a.orders.service.OrderService")
    kf = R.w("kafka", "streaming", kind="sts", container="kafka", topics=["stock-events", "orders", "reservations"])
    puid = uid(r)
    commit = hexs(r, 7)
    for s in (0.0, 96.0):
        R.log(s, inv, js({"level": "info", "ts": "@EPOCH@", "caller": "cmd/server/main.go:88", "msg": "starting inventory-api", "version": "2.31.0", "commit": commit}))
        R.log(s + 0.3, inv, js({"level": "info", "ts": "@EPOCH@", "caller": "consumer/group.go:54", "msg": "joined consumer group", "group": "inventory-stock-events", "topic": "stock-events", "partitions": [0, 1, 2, 3]}).replace('"@EPOCH@"', "@EPOCH@"))
        p = s + r.uniform(18, 30)
        gid = r.randint(150, 400)
        R.logs(p, inv, ["panic: runtime error: invalid memory address or nil pointer dereference",
                        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x%s]" % hexs(r, 6),
                        "",
                        "goroutine %d [running]:" % gid,
                        "github.com/acme/inventory-api/internal/stock.(*Projector).apply(0xc000%s, 0xc000%s)" % (hexs(r, 6), hexs(r, 6)),
                        "\t/src/internal/stock/projector.go:142 +0x3c",
                        "github.com/acme/inventory-api/internal/consumer.(*StockEventHandler).Handle(0xc000%s, {0x%s, 0xc000%s}, 0xc000%s)" % (hexs(r, 6), hexs(r, 6), hexs(r, 6), hexs(r, 6)),
                        "\t/src/internal/consumer/handler.go:67 +0x1f4",
                        "created by github.com/acme/inventory-api/internal/consumer.(*Group).Run in goroutine 1",
                        "\t/src/internal/consumer/group.go:91 +0x2a5"], ev=[0, 4, 6] if s == 0 else [0])
    R.event(150.0, ns, inv.pod, "BackOff", backoff_msg(inv, puid), count=5, host=inv.node, field="spec.containers{inventory-api}")
    for s in (52.0, 160.0):
        R.log(s, ordr, js({"@timestamp": "@ISO@", "@version": "1", "message": "Reservation call failed for order ord-%d: I/O error on POST request for \"http://inventory-api.warehouse.svc.cluster.local:8080/v1/reservations\": Connection refused" % r.randint(100000, 999999),
                           "logger_name": "c.a.orders.client.InventoryClient", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 30), "level": "ERROR", "level_value": 40000}))
    R.noise(16, [S(R, ordr, "spring_json"), S(R, kf, "kafka")] + neighbours(R, 2), herrings=2)
    R.ask(None, None)
    R.expect("CRITICAL", "application_error", "inventory-api",
             "inventory-api panics with a nil pointer dereference in stock.(*Projector).apply (projector.go:142) while handling a stock event from Kafka; the panic in the consumer goroutine kills the process, and since the same event is redelivered after restart the pod crash-loops.",
             "inventory-api is in CrashLoopBackOff: every start it consumes the same stock event and panics (nil pointer dereference in the stock projector). order-service cannot reserve stock and gets connection refused from inventory-api.",
             "Fix the nil check in Projector.apply (or roll back to the previous release) and add panic recovery around the consumer handler; skip/park the poison stock event so consumption can continue.")


@scen("app-pricing-keyerror")
def _(R):
    r = R.r
    ns = "store"
    pr = R.w("pricing", ns, container="api", paths=["/v1/quotes", "/v1/prices/%d", "/healthz"])
    co = R.w("checkout", ns, container="checkout", paths=["/checkout", "/checkout/confirm"])
    rd = R.w("pricing-cache", ns, kind="sts", container="redis")
    for k, s in enumerate([35.0, 88.0, 141.0, 190.0]):
        cur = r.choice(["HUF", "RON", "HUF", "ISK"])
        R.log(s + 0.01, pr, 'INFO:     %s:%d - "POST /v1/quotes HTTP/1.1" 500 Internal Server Error' % (co.ip, r.randint(30000, 60000)))
        tb = ["ERROR:    Exception in ASGI application",
              "Traceback (most recent call last):",
              '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 419, in run_asgi',
              "    result = await app(  # type: ignore[func-returns-value]",
              '  File "/app/pricing/api/quotes.py", line 88, in create_quote',
              "    rate = FX_RATES[req.currency]",
              "           ~~~~~~~~^^^^^^^^^^^^^^",
              "KeyError: '%s'" % cur]
        if k < 2:
            R.logs(s + 0.002, pr, tb, ev=[0, 4, 7] if k == 0 else [7])
        else:
            R.logs(s + 0.002, pr, [tb[0], tb[4], tb[5], tb[7]])
        R.log(s + 0.02, co, "time=@ISO@ level=ERROR msg=\"pricing quote failed\" status=500 currency=%s cart_id=%s url=http://pricing.store.svc:8000/v1/quotes" % (cur, uid(r)[:13]))
    R.noise(20, [S(R, pr, "uvicorn"), S(R, co, "slog"), S(R, rd, "redis")] + neighbours(R, 1), herrings=3)
    R.ask("Checkout fails for some customers — what's wrong?", ns)
    R.expect("ERROR", "application_error", "pricing",
             "pricing's create_quote handler (quotes.py:88) looks up FX_RATES[req.currency] without handling currencies missing from the table, raising an unhandled KeyError ('HUF', 'RON', 'ISK') that uvicorn turns into HTTP 500.",
             "Quotes in currencies that are not in pricing's FX_RATES table crash with KeyError and return 500; checkout logs 'pricing quote failed status=500' for those carts while other currencies work.",
             "Handle unknown currencies in create_quote (validate input / return 422 or fall back to the FX service) and add the missing rates; deploy the fix.")


@scen("app-catalog-npe")
def _(R):
    r = R.r
    ns = "shop"
    cat = R.w("catalog", ns, container="catalog", logger="c.a.catalog.service.ProductService",
              msgs=["Loaded product %(id)s with %(n)s variants in %(ms)s ms", "Cache 'categories' refreshed: %(n)s entries in %(ms)s ms",
                    "Search facets computed for category shoes in %(ms)s ms"])
    cat2 = cat.sibling()
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="shop.northwind.com",
              upstreams=[("shop-catalog-8080", cat.ip + ":8080"), ("shop-catalog-8080", cat2.ip + ":8080")],
              paths=["/api/products/%d", "/api/categories", "/api/products?category=shoes"])
    db = R.w("catalog-db", ns, kind="sts", container="postgres", db="catalog", dbuser="catalog")
    for k, s in enumerate([12.0, 58.0, 103.0, 177.0]):
        w = cat if k % 2 == 0 else cat2
        sku = r.randint(10000, 99999)
        st = ("java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because the return value of \"com.acme.catalog.model.Variant.getPrice()\" is null\n"
              "\tat com.acme.catalog.service.PriceService.discounted(PriceService.java:57)\n\tat com.acme.catalog.web.ProductController.get(ProductController.java:41)\n"
              "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)\n")
        R.log(s, w, js({"@timestamp": "@ISO@", "@version": "1",
                        "message": "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because the return value of \"com.acme.catalog.model.Variant.getPrice()\" is null] with root cause",
                        "logger_name": "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 50),
                        "level": "ERROR", "level_value": 40000, "stack_trace": st}), ev=(k < 3))
        R.log(s + 0.01, ing, '%s - - [@CLF@] "GET /api/products/%d HTTP/2.0" 500 112 "https://shop.northwind.com/p/%d" "%s" 377 0.041 [shop-catalog-8080] [] %s:8080 112 0.041 500 %s'
              % (_client_ip(R), sku, sku, r.choice(UAS), w.ip, hexs(r, 32)))
    R.log(5.0, cat, js({"@timestamp": "@ISO@", "@version": "1", "message": "Imported 312 variants from feed supplier=northwind-outdoor (price missing for 27)", "logger_name": "c.a.catalog.feed.FeedImporter",
                        "thread_name": "scheduling-1", "level": "INFO", "level_value": 20000}))
    R.noise(20, [S(R, ing, "ingress"), S(R, cat, "spring_json"), S(R, cat2, "spring_json"), S(R, db, "postgres")], herrings=3)
    R.ask("Why are product pages failing with 500?", ns)
    R.expect("ERROR", "application_error", "catalog",
             "catalog's PriceService.discounted (PriceService.java:57) dereferences Variant.getPrice() without a null check; variants imported without a price make GET /api/products/{id} throw an unhandled NullPointerException, which Spring turns into HTTP 500.",
             "Product detail requests for some items fail with 500: catalog throws NullPointerException in PriceService.discounted because the variant's price is null (recent feed import left 27 variants without price).",
             "Guard against null prices in PriceService (treat as unavailable) and fix the feed import so variants without price are rejected or backfilled.")


# ---------------------------------------------------------------- image_pull
@scen("image-ledger-tag")
def _(R):
    r = R.r
    ns = "payments"
    acct = r.randint(100000000000, 999999999999)
    reg = "%d.dkr.ecr.%s.amazonaws.com" % (acct, R.region if R.style == "eks" else "eu-central-1")
    img = "%s/payments/ledger:2.14.3" % reg
    old = R.w("ledger", ns, container="ledger", logger="c.a.ledger.posting.PostingService",
              msgs=["Posted journal entry %(id)s (%(n)s lines) in %(ms)s ms", "Balance snapshot for account acc-%(off)s computed in %(ms)s ms"])
    new = R.w("ledger", ns, container="ledger")
    argo = R.w("argocd-application-controller", "argocd", kind="sts", container="application-controller", apps=["payments", "ledger", "risk"])
    gw = R.w("payments-gateway", ns, container="gateway", paths=["/v1/payments", "/v1/payments/%d", "/healthz"])
    R.event(2.0, "payments", "ledger", "ScalingReplicaSet", "Scaled up replica set ledger-%s to 1" % new.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.event(2.2, ns, new.pod, "Scheduled", "Successfully assigned payments/%s to %s" % (new.pod, new.node), type="Normal", comp="default-scheduler")
    R.event(3.1, ns, new.pod, "Pulling", 'Pulling image "%s"' % img, type="Normal", host=new.node)
    R.event(3.9, ns, new.pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), host=new.node, ev=True)
    R.event(3.9, ns, new.pod, "Failed", "Error: ErrImagePull", host=new.node, ev=True)
    R.event(18.0, ns, new.pod, "BackOff", 'Back-off pulling image "%s"' % img, type="Normal", host=new.node, count=3)
    R.event(18.0, ns, new.pod, "Failed", "Error: ImagePullBackOff", host=new.node, count=3, ev=True)
    R.kubelet(18.4, new.node, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"ledger\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (img, ns, new.pod, uid(r)))
    R.log(30.0, argo, 'time="@ISOS@" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/ledger dest-namespace=payments dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')
    R.event(610.0, ns, new.pod, "BackOff", 'Back-off pulling image "%s"' % img, type="Normal", host=new.node, count=41)
    R.event(612.0, "payments", "ledger", "ProgressDeadlineExceeded", 'ReplicaSet "ledger-%s" has timed out progressing.' % new.rs, kind="Deployment", comp="deployment-controller")
    R.log(613.0, argo, 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/ledger dest-namespace=payments dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')
    R.noise(16, [S(R, old, "spring_json"), S(R, gw, "zap"), S(R, argo, "argocd")], t0=0, t1=640, herrings=2)
    R.ask("The ledger rollout is stuck — why?", ns)
    R.expect("ERROR", "image_pull", "ledger",
             "The new ledger ReplicaSet references image %s, which does not exist in ECR (manifest 'not found'), so the pod fails with ErrImagePull/ImagePullBackOff and the rollout exceeds its progress deadline." % img,
             "The ledger 2.14.3 rollout cannot start its new pod: pulling payments/ledger:2.14.3 from ECR fails with 'not found' and the pod sits in ImagePullBackOff; the Deployment reports ProgressDeadlineExceeded and Argo CD marks the app Degraded. The old ledger pods keep serving.",
             "Push the 2.14.3 image (check the CI publish step / tag name) or roll the Deployment back to the previous tag.")


@scen("image-ghcr-auth")
def _(R):
    r = R.r
    ns = "billing"
    job = R.w("invoice-export", ns, kind="job", container="export")
    img = "ghcr.io/acme-corp/invoice-export:1.9.0"
    jobname = job.pod.rsplit("-", 1)[0]
    api = R.w("billing-api", ns, container="api", logger="c.a.billing.api.InvoiceController",
              msgs=["Invoice %(id)s issued (%(n)s lines)", "Dunning run scheduled for %(n)s accounts", "Credit note %(id)s applied in %(ms)s ms"])
    db = R.w("billing-db", ns, kind="sts", container="postgres", db="billing", dbuser="billing")
    R.event(0.5, ns, "invoice-export", "SuccessfulCreate", "Created job %s" % jobname, type="Normal", kind="CronJob", comp="cronjob-controller")
    R.event(0.7, ns, jobname, "SuccessfulCreate", "Created pod: %s" % job.pod, type="Normal", kind="Job", comp="job-controller")
    R.event(0.9, ns, job.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, job.pod, job.node), type="Normal", comp="default-scheduler")
    R.event(1.8, ns, job.pod, "Pulling", 'Pulling image "%s"' % img, type="Normal", host=job.node)
    msg = ('Failed to pull image "%s": rpc error: code = Unknown desc = failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%%3Aacme-corp%%2Finvoice-export%%3Apull&service=ghcr.io: 401 Unauthorized'
           % (img, img, img))
    R.event(2.6, ns, job.pod, "Failed", msg, host=job.node, ev=True)
    R.kubelet(2.6, job.node, "E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%%3Aacme-corp%%2Finvoice-export%%3Apull&service=ghcr.io: 401 Unauthorized" image="%s"' % (img, img, img), ev=True)
    R.event(2.7, ns, job.pod, "Failed", "Error: ErrImagePull", host=job.node)
    R.event(40.0, ns, job.pod, "Failed", "Error: ImagePullBackOff", host=job.node, count=4, ev=True)
    R.event(301.0, ns, jobname, "DeadlineExceeded", "Job was active longer than specified deadline", kind="Job", comp="job-controller")
    R.event(301.4, ns, job.pod, "Killing", "Stopping container export", type="Normal", host=job.node)
    R.event(302.0, ns, "invoice-export", "SawCompletedJob", "Saw completed job: %s, status: Failed" % jobname, type="Normal", kind="CronJob", comp="cronjob-controller")
    R.noise(16, [S(R, api, "spring_json"), S(R, db, "postgres")] + neighbours(R, 2), t0=0, t1=320, herrings=2)
    R.ask("Why didn't the invoice export run last night?", ns)
    R.expect("ERROR", "image_pull", "invoice-export",
             "The invoice-export CronJob pod cannot pull ghcr.io/acme-corp/invoice-export:1.9.0: GHCR refuses the token request with 401 Unauthorized (the registry credentials in the pull secret are expired or lack access to the package), so the Job hits its deadline and fails.",
             "The nightly invoice-export Job never started: its image pull from ghcr.io fails with 401 Unauthorized, the pod stays in ImagePullBackOff and the Job is killed when activeDeadlineSeconds is exceeded.",
             "Renew the GHCR token in the imagePullSecret (read:packages scope for acme-corp/invoice-export), then re-run the job (kubectl create job --from=cronjob/invoice-export).")


@scen("image-keycloak-arch")
def _(R):
    r = R.r
    ns = "identity"
    img = "quay.io/acme/keycloak-custom:24.0.2-r3"
    arm = R.nodes[-1]
    kc = R.w("keycloak", ns, kind="sts", container="keycloak", node=arm)
    proxy = R.w("oauth2-proxy", ns, container="oauth2-proxy")
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="auth.bluepeak.io",
              upstreams=[("identity-keycloak-8080", kc.ip + ":8080")], paths=["/realms/bluepeak/protocol/openid-connect/auth", "/realms/bluepeak/account"])
    R.event(0.0, "", R.nodes[0], "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % R.nodes[0], type="Normal", kind="Node", host=R.nodes[0])
    R.event(4.0, ns, kc.pod, "Killing", "Stopping container keycloak", type="Normal", host=R.nodes[0])
    R.event(38.0, ns, kc.pod, "Scheduled", "Successfully assigned identity/%s to %s" % (kc.pod, arm), type="Normal", comp="default-scheduler")
    R.event(39.0, ns, kc.pod, "Pulling", 'Pulling image "%s"' % img, type="Normal", host=arm)
    R.event(40.3, ns, kc.pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": no match for platform in manifest: not found' % (img, img), host=arm, ev=True)
    R.event(40.3, ns, kc.pod, "Failed", "Error: ErrImagePull", host=arm, ev=True)
    R.journal(40.5, arm, "containerd.service", 'time="@ISO9@" level=error msg="PullImage \\"%s\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": no match for platform in manifest: not found"' % (img, img), ev=True)
    R.event(70.0, ns, kc.pod, "Failed", "Error: ImagePullBackOff", host=arm, count=3)
    for s in (55.0, 96.0, 140.0):
        R.log(s, proxy, '[@GUNI@] [oauthproxy.go:%d] Error redeeming code during OAuth2 callback: token exchange failed: Post "http://keycloak.identity.svc.cluster.local:8080/realms/bluepeak/protocol/openid-connect/token": dial tcp %s:8080: connect: connection refused' % (r.choice([837, 839]), R.svc_ip()))
        R.log(s + 2, ing, '%s - - [@CLF@] "GET /realms/bluepeak/protocol/openid-connect/auth?client_id=portal HTTP/2.0" 503 190 "-" "%s" 512 0.000 [identity-keycloak-8080] [] - - - - %s' % (_client_ip(R), r.choice(UAS), hexs(r, 32)))
    R.log(60.0, ing, 'W@KL@       %d controller.go:1214] Service "identity/keycloak" does not have any active Endpoint.' % r.randint(6, 9))
    ing.meta.update(host="www.bluepeak.io", upstreams=[("web-landing-80", R.pod_ip() + ":80"), ("web-docs-8080", R.pod_ip() + ":8080")],
                    paths=["/", "/pricing", "/docs/getting-started", "/assets/logo.svg", "/blog/%d"])
    R.noise(14, [S(R, ing, "ingress")] + neighbours(R, 2, exclude=("ingress-nginx-controller",)), t0=0, t1=170, herrings=2)
    R.ask("Nobody can log in — what's going on?", None)
    R.expect("CRITICAL", "image_pull", "keycloak",
             "After the node drain keycloak-0 was rescheduled onto an arm64 node, but the custom image quay.io/acme/keycloak-custom:24.0.2-r3 is published for amd64 only ('no match for platform in manifest'), so the pull fails and the only Keycloak replica cannot start.",
             "Keycloak (single replica) is down: its pod landed on an arm64 node and the image has no arm64 variant, so it is stuck in ImagePullBackOff. The keycloak Service has no endpoints; oauth2-proxy gets connection refused on token exchange and ingress returns 503 for the login pages.",
             "Pin keycloak to amd64 nodes (nodeSelector kubernetes.io/arch=amd64) or publish a multi-arch image; run more than one replica with a PodDisruptionBudget.")


# ---------------------------------------------------------------- probe_failure
@scen("probe-account-readiness-path")
def _(R):
    r = R.r
    ns = "accounts"
    a1 = R.w("account-service", ns, container="account-service")
    a2 = a1.sibling()
    app = "account-service"
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="api.northwind.com",
              upstreams=[("accounts-account-service-8080", "-")], paths=["/accounts/v1/me", "/accounts/v1/addresses"])
    for w, s in ((a1, 0.0), (a2, 2.5)):
        R.log(s, w, "@SPRING@  INFO 1 --- [%s] [           main] c.a.accounts.AccountServiceApplication   : Starting AccountServiceApplication v5.0.0 using Java 21.0.2 with PID 1 (/workspace/BOOT-INF/classes started by cnb in /workspace)" % app)
        R.log(s + 9.1, w, "@SPRING@  INFO 1 --- [%s] [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 2 endpoints beneath base path '/actuator'" % app)
        R.log(s + 9.3, w, "@SPRING@  INFO 1 --- [%s] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''" % app)
        R.log(s + 9.4, w, "@SPRING@  INFO 1 --- [%s] [           main] c.a.accounts.AccountServiceApplication   : Started AccountServiceApplication in 9.62 seconds (process running for 10.1)" % app)
    R.event(30.0, ns, a1.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=a1.node, count=4, ev=True)
    R.event(33.0, ns, a2.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=a2.node, count=4, ev=True)
    R.log(34.0, a1, "@SPRING@  WARN 1 --- [%s] [nio-8080-exec-2] o.s.web.servlet.PageNotFound             : No endpoint GET /health." % app, ev=True)
    R.log(60.0, ing, 'W@KL@       7 controller.go:1214] Service "accounts/account-service" does not have any active Endpoint.')
    for s in (65.0, 110.0, 150.0, 188.0):
        R.log(s, ing, '%s - - [@CLF@] "GET /accounts/v1/me HTTP/2.0" 503 190 "https://app.northwind.com/" "%s" 401 0.000 [accounts-account-service-8080] [] - - - - %s' % (_client_ip(R), r.choice(UAS), hexs(r, 32)))
    R.event(200.0, ns, a1.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=a1.node, count=21)
    R.log(205.0, a2, "@SPRING@  WARN 1 --- [%s] [nio-8080-exec-5] o.s.web.servlet.PageNotFound             : No endpoint GET /health." % app)
    ing.meta.update(upstreams=[("catalog-catalog-api-8080", R.pod_ip() + ":8080"), ("orders-orders-api-8080", R.pod_ip() + ":8080")],
                    paths=["/catalog/v1/products/%d", "/orders/v2/orders/%d", "/catalog/v1/categories"])
    R.noise(12, [S(R, ing, "ingress")] + neighbours(R, 2, exclude=("ingress-nginx-controller",)), t0=0, t1=220, herrings=2)
    R.ask("Why is /accounts returning 503?", ns)
    R.expect("ERROR", "probe_failure", "account-service",
             "account-service's readiness probe still targets GET /health, but the Spring Boot 3 upgrade only exposes health under /actuator/health; the probe gets 404 so the pods never become Ready even though the application is running.",
             "Both account-service pods start fine (Tomcat on 8080) but fail readiness with HTTP 404 on /health, so the Service has no ready endpoints and ingress-nginx returns 503 for /accounts.",
             "Point the readiness probe at /actuator/health/readiness (enable management.endpoint.health.probes) or restore the /health endpoint; redeploy.")


@scen("probe-search-liveness-port")
def _(R):
    r = R.r
    ns = "search"
    s1 = R.w("search-api", ns, container="search-api")
    fe = R.w("web-frontend", "web", container="web", paths=["/search?q=%s", "/", "/api/suggest?q=%s"])
    es = R.w("search-es-data", ns, kind="sts", container="elasticsearch", cluster="search-prod")
    es.pod = "search-es-data-1"
    puid = uid(r)
    t = 0.0
    for k in range(3):
        R.log(t, s1, 'time=@ISO@ level=INFO msg="starting search-api" version=1.18.4 addr=:8080 metrics_addr=:9102')
        R.log(t + 0.4, s1, 'time=@ISO@ level=INFO msg="connected to elasticsearch" url=http://search-es-http.search.svc:9200 cluster=search-prod')
        R.log(t + 12, s1, 'time=@ISO@ level=INFO msg="request served" method=GET path=/v1/search status=200 dur=%dms' % r.randint(8, 60))
        for j in range(3):
            R.event(t + 20 + 10 * j, ns, s1.pod, "Unhealthy", 'Liveness probe failed: Get "http://%s:8081/live": dial tcp %s:8081: connect: connection refused' % (s1.ip, s1.ip),
                    host=s1.node, count=1 + j + 3 * k, ev=(k == 0 and j == 0))
        R.event(t + 40.2, ns, s1.pod, "Killing", "Container search-api failed liveness probe, will be restarted", type="Normal", host=s1.node, ev=(k < 2))
        R.log(t + 40.3, s1, 'time=@ISO@ level=INFO msg="received signal, shutting down" signal=terminated')
        R.log(t + 41.0, fe, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": fe.pod, "msg": "search backend error",
                                "err": {"type": "FetchError", "message": "request to http://search-api.search.svc.cluster.local:8080/v1/search?q=%s failed, reason: socket hang up" % r.choice(["tent", "kayak", "gloves"]), "code": "ECONNRESET"}}))
        t += 42 + (10 if k == 0 else 20 * k)
    R.log(5.0, s1, 'time=@ISO@ level=INFO msg="config loaded" listen=:8080 probe_port_env_ignored=true')
    R.event(t, ns, s1.pod, "BackOff", backoff_msg(s1, puid), host=s1.node, count=2, ev=True)
    R.noise(12, [S(R, fe, "pino"), S(R, es, "es")] + neighbours(R, 1), t0=0, t1=t + 10, herrings=2)
    R.ask("search-api keeps restarting", ns)
    R.expect("CRITICAL", "probe_failure", "search-api",
             "search-api's liveness probe checks http://<pod>:8081/live, but the process only listens on :8080 (metrics on :9102); every probe gets connection refused, so the kubelet kills a healthy container every ~40s and it ends up in CrashLoopBackOff.",
             "search-api serves requests normally after each start, yet the kubelet restarts it repeatedly because the liveness probe on port 8081 is refused. web-frontend sees socket hang-ups on search while the pod is being killed.",
             "Fix the liveness probe port (8080, path /live or /healthz) in the Deployment; until then, remove or relax the liveness probe.")


@scen("probe-geo-exec-missing")
def _(R):
    r = R.r
    ns = "geo"
    old = R.w("geo-service", ns, container="geo-service")
    old2 = old.sibling()
    new = R.w("geo-service", ns, container="geo-service")
    cid = hexs(r, 64)
    R.event(0.0, ns, "geo-service", "ScalingReplicaSet", "Scaled up replica set geo-service-%s to 1" % new.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.event(1.0, ns, new.pod, "Pulled", 'Successfully pulled image "registry.gitlab.com/acme/geo-service:3.2.0" in 2.114s (2.114s including waiting)', type="Normal", host=new.node)
    R.event(1.4, ns, new.pod, "Started", "Started container geo-service", type="Normal", host=new.node)
    R.log(1.9, new, js({"level": "info", "ts": "@EPOCH@", "caller": "server/grpc.go:61", "msg": "gRPC server listening", "addr": ":9090", "version": "3.2.0"}))
    R.log(2.0, new, js({"level": "info", "ts": "@EPOCH@", "caller": "server/grpc.go:70", "msg": "health service registered", "service": "geo.v1.Geo", "status": "SERVING"}))
    msg = 'Readiness probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "%s": OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/grpc_health_probe": stat /bin/grpc_health_probe: no such file or directory: unknown' % cid
    R.event(12.0, ns, new.pod, "Unhealthy", msg, host=new.node, count=1, ev=True)
    R.kubelet(12.1, new.node, "E", "prober.go:239", '"Probe errored" err="rpc error: code = Unknown desc = failed to exec in container: failed to start exec \\"%s\\": OCI runtime exec failed: exec failed: unable to start container process: exec: \\"/bin/grpc_health_probe\\": stat /bin/grpc_health_probe: no such file or directory: unknown" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="geo-service"' % (cid, ns, new.pod, uid(r)), ev=True)
    R.event(190.0, ns, new.pod, "Unhealthy", msg.replace(cid, hexs(r, 64)), host=new.node, count=19, ev=True)
    R.log(200.0, new, js({"level": "info", "ts": "@EPOCH@", "caller": "server/grpc.go:88", "msg": "no traffic received in 180s"}))
    for w in (old, old2):
        w.meta["paths"] = ["/geo.v1.Geo/Lookup", "/geo.v1.Geo/Distance"]
    R.noise(18, [S(R, old, "zap"), S(R, old2, "zap")] + neighbours(R, 2), t0=0, t1=230, herrings=2)
    R.ask("Is the geo-service 3.2.0 rollout healthy?", ns)
    R.expect("WARN", "probe_failure", "geo-service",
             "The geo-service 3.2.0 image no longer ships /bin/grpc_health_probe, so the exec readiness probe errors with 'no such file or directory'; the new pod never becomes Ready although the gRPC server is serving.",
             "The 3.2.0 rollout is stuck: the new geo-service pod runs and reports SERVING, but its readiness probe cannot exec /bin/grpc_health_probe, so it never receives traffic. The old replicas keep serving, so users are not affected yet.",
             "Switch the probe to the native Kubernetes gRPC probe (grpc: port: 9090) or add grpc_health_probe back to the image, then resume the rollout.")


# ---------------------------------------------------------------- scheduling
@scen("sched-recs-hpa-cpu")
def _(R):
    r = R.r
    ns = "shop"
    recs = R.w("recommendations", ns, container="recommender", paths=["/v2/recs/user/%d", "/v2/recs/item/%d", "/healthz"])
    recs2 = recs.sibling()
    ca = R.w("cluster-autoscaler", "kube-system", container="cluster-autoscaler")
    pend = [recs.sibling() for _ in range(3)]
    ngrp = "eks-general-%s" % uid(r) if R.style == "eks" else "general-pool"
    R.event(0.0, ns, "recommendations", "SuccessfulRescale", "New size: 9; reason: cpu resource utilization (percentage of request) above target", type="Normal", kind="HorizontalPodAutoscaler", comp="horizontal-pod-autoscaler")
    R.event(0.3, ns, "recommendations", "ScalingReplicaSet", "Scaled up replica set recommendations-%s to 9 from 6" % recs.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    nn = len(R.nodes)
    cp = 3
    fs = "0/%d nodes are available: %d Insufficient cpu, %d node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/%d nodes are available: %d No preemption victims found for incoming pod, %d Preemption is not helpful for scheduling." % (nn + cp, nn, cp, nn + cp, nn, cp)
    for i, p in enumerate(pend):
        R.event(0.6 + i * 0.05, ns, p.pod, "FailedScheduling", fs, comp="default-scheduler", ev=(i == 0))
    R.log(11.0, ca, 'I@KL@       1 orchestrator.go:108] Pod %s/%s is unschedulable' % (ns, pend[0].pod))
    R.log(11.2, ca, 'I@KL@       1 orchestrator.go:527] Skipping node group %s - max size reached' % ngrp, ev=True)
    R.event(11.5, ns, pend[0].pod, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached", type="Normal", comp="cluster-autoscaler", ev=True)
    R.event(130.0, ns, pend[1].pod, "FailedScheduling", fs, comp="default-scheduler", count=4)
    for s in (40.0, 95.0, 160.0):
        R.log(s, recs, 'WARNING:  slow request path=/v2/recs/user/%d duration_ms=%d cpu_throttled=true' % (r.randint(10000, 99999), r.randint(900, 2400)))
    R.log(170.0, recs2, 'INFO:     %s:%d - "GET /v2/recs/user/%d HTTP/1.1" 200 OK' % (R.pod_ip(), r.randint(30000, 60000), r.randint(10000, 99999)))
    R.noise(14, [S(R, recs, "uvicorn"), S(R, recs2, "uvicorn")] + neighbours(R, 2), t0=0, t1=200, herrings=2)
    R.ask("Why are the new recommendations pods Pending?", ns)
    R.expect("WARN", "scheduling", "recommendations",
             "The HPA scaled recommendations from 6 to 9 replicas, but no worker node has enough unrequested CPU and the cluster autoscaler cannot add nodes because node group %s is at its max size, so 3 pods stay Pending (FailedScheduling: Insufficient cpu)." % ngrp,
             "Three new recommendations pods are Pending with 'Insufficient cpu' and the autoscaler will not scale up (max node group size reached). The 6 running replicas still serve, but they are CPU-throttled and some requests are slow.",
             "Raise the node group max size (or add a node pool), or lower the recommender CPU requests / HPA max; check whether the traffic spike is expected.")


@scen("sched-kafka-volume-zone")
def _(R):
    r = R.r
    ns = "streaming"
    k0 = R.w("kafka", ns, kind="sts", container="kafka", pod="kafka-0", topics=["orders", "payments.events", "clickstream"])
    k1 = R.w("kafka", ns, kind="sts", container="kafka", pod="kafka-1", topics=["orders", "payments.events", "clickstream"])
    k2 = R.w("kafka", ns, kind="sts", container="kafka", pod="kafka-2")
    prod = R.w("checkout-events", "shop", container="app")
    nn = len(R.nodes)
    zone = {"eks": R.region + "b", "gke": R.region + "-c", "aks": R.region + "-3"}.get(R.style, "zone-c")
    R.event(0.0, ns, "kafka-2", "FailedScheduling",
            "0/%d nodes are available: %d node(s) had volume node affinity conflict, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/%d nodes are available: %d Preemption is not helpful for scheduling." % (nn, nn - 1, nn, nn),
            comp="default-scheduler", count=14, ev=True)
    R.event(1.0, "", R.nodes[-1], "RemovingNode", "Node %s event: Removing Node %s from Controller" % (R.nodes[-1], R.nodes[-1]), type="Normal", kind="Node", comp="node-controller")
    R.log(2.0, k0, "[@PY@] INFO [Partition orders-7 broker=0] Shrinking ISR from 0,1,2 to 0,1. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 2, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)" % (
        r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(1700000000000, 1760000000000)))
    R.log(2.5, k1, "[@PY@] INFO [Partition payments.events-3 broker=1] Shrinking ISR from 1,2,0 to 1,0. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 2, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)" % (
        r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(1700000000000, 1760000000000)))
    R.event(60.0, ns, "data-kafka-2", "WaitForPodScheduled", "waiting for pod kafka-2 to be scheduled", type="Normal", kind="PersistentVolumeClaim", comp="persistentvolume-controller")
    R.event(120.0, ns, "kafka-2", "FailedScheduling",
            "0/%d nodes are available: %d node(s) had volume node affinity conflict. preemption: 0/%d nodes are available: %d Preemption is not helpful for scheduling." % (nn - 1, nn - 1, nn - 1, nn - 1),
            comp="default-scheduler", count=17, ev=True)
    for s in (20.0, 90.0, 150.0):
        R.log(s, prod, "@SPRING@  WARN 1 --- [checkout-events] [ad | producer-1] org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] Connection to node 2 (kafka-2.kafka-headless.streaming.svc.cluster.local/%s:9092) could not be established. Node may not be available." % k2.ip)
    R.log(160.0, prod, "@SPRING@ ERROR 1 --- [checkout-events] [nio-8080-exec-4] c.a.events.OrderEventPublisher           : Failed to publish OrderPlaced ord-%d: org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required." % r.randint(100000, 999999))
    R.log(175.0, k0, "[@PY@] ERROR [ReplicaManager broker=0] Error processing append operation on partition clickstream-2 (kafka.server.ReplicaManager)")
    R.log(175.001, k0, "org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(0) is insufficient to satisfy the min.isr requirement of 2 for partition clickstream-2")
    R.noise(14, [S(R, k0, "kafka"), S(R, k1, "kafka")] + neighbours(R, 2), t0=0, t1=200, herrings=2)
    R.ask("Kafka is under-replicated, why is kafka-2 not coming back?", ns)
    R.expect("ERROR", "scheduling", "kafka",
             "kafka-2's persistent volume lives in %s, but after its node was removed no remaining schedulable node is in that zone; the scheduler reports 'volume node affinity conflict' and kafka-2 stays Pending." % zone,
             "kafka-2 cannot be scheduled (volume node affinity conflict) after its node was removed, so partitions run with shrunk ISRs; producers cannot reach broker 2 and writes to partitions that dropped below min.insync.replicas fail with NotEnoughReplicasException.",
             "Add a node in the volume's zone (or scale the node group per zone), or move the broker to a new volume in an available zone and let it re-replicate.")


@scen("sched-etl-quota")
def _(R):
    r = R.r
    ns = "data"
    etl = R.w("etl-nightly", ns, kind="job", container="spark-driver")
    jobname = etl.pod.rsplit("-", 1)[0]
    af = R.w("airflow-scheduler", ns, container="scheduler")
    trino = R.w("trino-coordinator", ns, container="trino")
    for i, s in enumerate([1.0, 11.0, 31.0, 71.0]):
        podn = "%s-%s" % (jobname, sfx(r))
        R.event(s, ns, jobname, "FailedCreate",
                'Error creating: pods "%s" is forbidden: exceeded quota: team-data-compute, requested: requests.memory=8Gi, used: requests.memory=58Gi, limited: requests.memory=64Gi' % podn,
                kind="Job", comp="job-controller", count=1, ev=(i < 3))
    R.event(0.2, ns, "etl-nightly", "SuccessfulCreate", "Created job %s" % jobname, type="Normal", kind="CronJob", comp="cronjob-controller")
    R.log(5.0, af, "[@AIRFLOW@] {scheduler_job_runner.py:423} INFO - 1 tasks up for execution:")
    R.log(5.001, af, "\t<TaskInstance: nightly_sales.run_etl scheduled__%s [scheduled]>" % (R.t0.strftime("%Y-%m-%dT%H:00:00+00:00")))
    R.log(600.0, af, "[@AIRFLOW@] {taskinstance.py:2731} ERROR - Task failed with exception")
    R.log(600.001, af, "airflow.exceptions.AirflowException: Job %s has not started after 600s (pods: 0 active, 0 succeeded)" % jobname)
    R.log(600.2, af, "[@AIRFLOW@] {taskinstance.py:1149} INFO - Marking task as UP_FOR_RETRY. dag_id=nightly_sales, task_id=run_etl, execution_date=%s, start_date=%s, end_date=@AFCOMPACT@" % (
        R.t0.strftime("%Y%m%dT%H0000"), R.t0.strftime("%Y%m%dT%H%M%S")))
    R.event(300.0, ns, "notebook-jhub-user-lena", "Started", "Started container notebook", type="Normal", host=R.pick_node())
    for s in (150.0, 400.0):
        R.log(s, trino, "@ISO@\tINFO\tdispatcher-query-%d\tio.trino.event.QueryMonitor\tTIMELINE: Query %s :: FINISHED :: elapsed %dms :: planning %dms :: waiting 0ms :: scheduling %dms :: running %dms :: finishing 0ms" % (
            r.randint(1, 99), "%s_%s_%05d_%s" % (R.at(s).strftime("%Y%m%d"), R.at(s - 3).strftime("%H%M%S"), r.randint(0, 99999), sfx(r, 5)), r.randint(400, 9000), r.randint(10, 90), r.randint(5, 40), r.randint(300, 8000)))
    R.noise(12, neighbours(R, 3), t0=0, t1=620, herrings=2)
    R.ask("The nightly ETL did not run — why?", ns)
    R.expect("ERROR", "scheduling", "etl-nightly",
             "The data namespace's ResourceQuota team-data-compute is nearly exhausted (58Gi of 64Gi requests.memory used, largely by long-running notebook pods), so the etl-nightly Job's 8Gi pod is rejected at admission ('exceeded quota') and never starts.",
             "etl-nightly cannot create its driver pod: every attempt is forbidden by the team-data-compute quota. Airflow marks run_etl up for retry after the job fails to start.",
             "Free quota in the data namespace (stop idle notebooks), raise the quota, or reduce the ETL driver's memory request; then re-trigger the DAG run.")


# ---------------------------------------------------------------- dns_resolution
@scen("dns-upstream-timeout")
def _(R):
    r = R.r
    cd1 = R.w("coredns", "kube-system", container="coredns", names=["orders.shop.svc.cluster.local.", "payments.payments.svc.cluster.local.", "kubernetes.default.svc.cluster.local."])
    cd2 = cd1.sibling()
    upstream = {"eks": "10.0.0.2", "gke": "169.254.169.254", "aks": "168.63.129.16"}.get(R.style, "10.10.0.53")
    pay = R.w("payments", "payments", container="payments-api")
    notif = R.w("notifier", "notify", container="notifier", module="notifier.mail")
    for i, (s, name, qt) in enumerate([(10.0, "api.stripe.com.", "A"), (10.4, "api.stripe.com.", "AAAA"), (31.0, "api.sendgrid.com.", "A"), (75.0, "hooks.slack.com.", "A"), (140.0, "api.stripe.com.", "A")]):
        w = cd1 if i % 2 == 0 else cd2
        R.log(s, w, "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout" % (name, qt, w.ip, r.randint(30000, 60000), upstream), ev=(i in (0, 2, 3)))
    for s in (15.2, 143.5):
        R.log(s, pay, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": pay.pod, "msg": "stripe request failed",
                          "err": {"type": "StripeConnectionError", "message": "An error occurred with our connection to Stripe. Request was retried 2 times.", "detail": "getaddrinfo EAI_AGAIN api.stripe.com"}}))
    R.log(36.5, notif, "@PY@ ERROR [notifier.mail] send failed: HTTPSConnectionPool(host='api.sendgrid.com', port=443): Max retries exceeded with url: /v3/mail/send (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'api.sendgrid.com' ([Errno -3] Temporary failure in name resolution)\"))" % hexs(r, 10))
    R.log(80.0, notif, "@PY@ ERROR [notifier.slack] webhook post failed: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: /services/T0/B0/x (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'hooks.slack.com' ([Errno -3] Temporary failure in name resolution)\"))" % hexs(r, 10))
    R.noise(18, [S(R, cd1, "coredns"), S(R, cd2, "coredns"), S(R, pay, "pino")] + neighbours(R, 1, exclude=("coredns",)), t0=0, t1=170, herrings=2)
    R.ask("Payments to Stripe and outgoing emails are failing", None)
    R.expect("ERROR", "dns_resolution", "coredns",
             "CoreDNS cannot reach its upstream resolver %s: forwarded queries for external names (api.stripe.com, api.sendgrid.com, hooks.slack.com) time out, so pods get EAI_AGAIN / 'Temporary failure in name resolution' for every external host while cluster-internal names still resolve." % upstream,
             "External DNS resolution is broken cluster-wide: CoreDNS logs i/o timeouts forwarding to %s, payments cannot reach Stripe (getaddrinfo EAI_AGAIN) and notifier cannot resolve SendGrid or Slack. In-cluster service lookups are answered normally." % upstream,
             "Check the path from the CoreDNS pods to the upstream resolver (security groups / network policy / resolver packet limits); temporarily forward to a secondary resolver and scale CoreDNS or enable NodeLocal DNSCache.")


@scen("dns-intermittent-coredns")
def _(R):
    r = R.r
    cd = R.w("coredns", "kube-system", container="coredns", names=["redis-sessions.auth.svc.cluster.local.", "auth-db.auth.svc.cluster.local.", "kubernetes.default.svc.cluster.local."])
    auth = R.w("auth-service", "auth", container="auth", paths=["/oauth/token", "/oauth/authorize", "/healthz"], dep="redis-sessions.auth.svc.cluster.local:6379")
    auth2 = auth.sibling()
    gw = R.w("api-gateway", "edge", container="gateway")
    R.log(2.0, cd, '[INFO] plugin/reload: Running configuration SHA512 = %s' % hexs(r, 128))
    for i, s in enumerate([20.0, 64.0, 121.0, 177.0]):
        R.log(s, cd, '[WARNING] plugin/health: Local health request to "http://:8080/health" took more than 1s: %.6fs' % r.uniform(1.05, 2.6), ev=(i < 2))
    for i, s in enumerate([23.0, 66.5, 124.0, 179.0]):
        w = auth if i % 2 == 0 else auth2
        R.log(s, w, 'time="@ISOS@" level=warning msg="redis dial failed, retrying" error="dial tcp: lookup redis-sessions.auth.svc.cluster.local on %s:53: read udp %s:%d->%s:53: i/o timeout" attempt=1' % (R.dns_ip, w.ip, r.randint(30000, 60000), R.dns_ip), ev=(i < 2))
        R.log(s + 5.1, w, 'time="@ISOS@" level=info msg="redis connection re-established" addr=redis-sessions.auth.svc.cluster.local:6379 attempt=2')
    R.log(125.0, gw, js({"level": "warn", "ts": "@EPOCH@", "caller": "proxy/upstream.go:212", "msg": "slow upstream", "upstream": "auth-service.auth:8080", "path": "/oauth/token", "duration": "5.31s"}))
    R.log(170.0, cd, "[INFO] %s:%d - %d \"A IN redis-sessions.auth.svc.cluster.local. udp 57 false 512\" NOERROR qr,aa,rd 124 4.912304s" % (auth.ip, r.randint(30000, 60000), r.randint(1, 65535)), ev=True)
    R.noise(16, [S(R, cd, "coredns"), S(R, auth, "logrus"), S(R, auth2, "logrus"), S(R, gw, "zap")], t0=0, t1=200, herrings=2)
    R.ask("Logins are sometimes slow (5s) — why?", "auth")
    R.expect("WARN", "dns_resolution", "coredns",
             "CoreDNS is overloaded (its own health check takes >1s and some answers take ~5s), so some cluster DNS lookups from auth-service time out after 5s before a retry succeeds.",
             "Intermittent DNS timeouts: auth-service's lookups of redis-sessions.auth.svc.cluster.local occasionally time out against the cluster DNS (%s) and succeed on retry, adding ~5s to some logins. CoreDNS reports slow health checks. Requests still succeed." % R.dns_ip,
             "Scale CoreDNS (more replicas / autoscaler) or deploy NodeLocal DNSCache; reduce lookup volume (ndots:2, FQDNs with trailing dot, connection reuse).")


@scen("dns-coredns-loop")
def _(R):
    r = R.r
    cd1 = R.w("coredns", "kube-system", container="coredns")
    cd2 = cd1.sibling()
    bill = R.w("billing-worker", "billing", container="worker")
    ana = R.w("clickstream-ingest", "analytics", container="ingest")
    uids = [uid(r), uid(r)]
    for k, s in enumerate([0.0, 48.0, 130.0]):
        for j, w in enumerate((cd1, cd2)):
            t = s + j * 3.1
            R.log(t, w, "[INFO] plugin/reload: Running configuration SHA512 = %s" % ("f1e7c0" + "a2" * 61))
            R.log(t + 0.1, w, "CoreDNS-1.11.1")
            R.log(t + 0.2, w, "linux/amd64, go1.21.8, ae2bbc2")
            R.log(t + 1.4, w, '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (
                r.randint(30000, 60000), r.randint(10 ** 18, 9 * 10 ** 18), r.randint(10 ** 18, 9 * 10 ** 18)), ev=(k == 0 or (k == 1 and j == 0)))
    R.event(150.0, "kube-system", cd1.pod, "BackOff", backoff_msg(cd1, uids[0]), count=6, host=cd1.node, ev=True)
    R.event(150.5, "kube-system", cd2.pod, "BackOff", backoff_msg(cd2, uids[1]), count=6, host=cd2.node)
    for s in (30.0, 90.0, 160.0):
        R.log(s, bill, 'time=@ISO@ level=ERROR msg="db connect failed" err="failed to connect to `host=postgres.billing.svc.cluster.local user=billing database=billing`: hostname resolving error (lookup postgres.billing.svc.cluster.local on %s:53: read udp %s:%d->%s:53: read: connection refused)"' % (R.dns_ip, bill.ip, r.randint(30000, 60000), R.dns_ip))
        R.log(s + 4, ana, "@SPRING@ ERROR 1 --- [clickstream-ingest] [ad | producer-1] o.a.k.c.NetworkClient                    : [Producer clientId=producer-1] Error connecting to node kafka-0.kafka-headless.streaming.svc.cluster.local:9092 (id: 0 rack: null)")
        R.log(s + 4.001, ana, "java.net.UnknownHostException: kafka-0.kafka-headless.streaming.svc.cluster.local: Temporary failure in name resolution")
    R.noise(10, neighbours(R, 3, exclude=("coredns",)), t0=0, t1=175, herrings=1)
    R.ask("Everything in the cluster is failing to connect to databases and Kafka!", None)
    R.expect("CRITICAL", "dns_resolution", "coredns",
             "Both CoreDNS pods detect a forwarding loop (plugin/loop: Loop 127.0.0.1 -> :53 for zone \".\") and exit: the Corefile forwards to /etc/resolv.conf, which on the nodes points at a local stub resolver (127.0.0.53) that sends queries back to CoreDNS. CoreDNS is in CrashLoopBackOff, so no name resolves in the cluster.",
             "Cluster DNS is down: CoreDNS crash-loops with a FATAL loop-detection error, and workloads across namespaces fail to resolve service names (billing-worker cannot resolve postgres, clickstream-ingest gets UnknownHostException for Kafka).",
             "Point the CoreDNS forward plugin at a real upstream (e.g. forward . 10.0.0.2 or kubelet --resolv-conf=/run/systemd/resolve/resolv.conf) instead of the node's 127.0.0.53 stub, then restart CoreDNS.")


# ---------------------------------------------------------------- connection_refused
@scen("conn-redis-restart")
def _(R):
    r = R.r
    ns = "cache"
    rm = R.w("redis-master", ns, kind="sts", container="redis")
    cart = R.w("cart", "shop", container="cart", module="cart.store")
    sess = R.w("session-gateway", "edge", container="gateway")
    ep = int(R.at(0).replace(tzinfo=dt.timezone.utc).timestamp())
    R.event(0.0, ns, rm.pod, "Killing", "Stopping container redis", type="Normal", host=rm.node)
    R.log(0.2, rm, "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." % ep)
    R.log(0.3, rm, "1:M @REDIS@ * User requested shutdown...")
    R.log(0.31, rm, "1:M @REDIS@ * Saving the final RDB snapshot before exiting.")
    R.log(1.9, rm, "1:M @REDIS@ * DB saved on disk")
    R.log(1.95, rm, "1:M @REDIS@ # Redis is now ready to exit, bye bye...", ev=True)
    svc = R.svc_ip()
    R.log(3.0, cart, "@PY@ ERROR [cart.store] redis unavailable: Error 111 connecting to redis-master.cache.svc.cluster.local:6379. Connection refused.", ev=True)
    R.log(4.2, sess, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": sess.pod, "msg": "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % svc}), ev=True)
    R.log(9.0, cart, "@PY@ ERROR [cart.store] redis unavailable: Error 111 connecting to redis-master.cache.svc.cluster.local:6379. Connection refused.")
    R.log(12.0, sess, js({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": sess.pod, "msg": "session lookup failed, falling back to re-auth", "err": "connect ECONNREFUSED %s:6379" % svc}))
    R.event(24.0, ns, rm.pod, "Started", "Started container redis", type="Normal", host=rm.node)
    R.log(24.2, rm, "1:C @REDIS@ * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    R.log(24.21, rm, "1:C @REDIS@ * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started")
    R.log(24.9, rm, "1:M @REDIS@ * DB loaded from disk: 0.612 seconds")
    R.log(25.0, rm, "1:M @REDIS@ * Ready to accept connections tcp")
    R.log(27.0, sess, js({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": sess.pod, "msg": "[ioredis] reconnected to redis-master.cache.svc.cluster.local:6379"}))
    R.log(30.0, cart, "@PY@ INFO [cart.store] redis connection restored")
    cart.meta["paths"] = ["/cart", "/cart/items", "/healthz"]
    R.noise(16, [S(R, rm, "redis"), S(R, cart, "python"), S(R, sess, "pino")] + neighbours(R, 1, exclude=("session-cache",)), t0=-60, t1=150, herrings=2)
    R.ask(None, None)
    R.expect("WARN", "connection_refused", "redis-master",
             "redis-master-0 was stopped and restarted (SIGTERM, final RDB save, restart ~25s later); while it was down, clients connecting to redis-master.cache:6379 got connection refused.",
             "A ~25 second Redis outage: redis-master-0 shut down on SIGTERM and came back; cart and session-gateway logged ECONNREFUSED / Error 111 to redis-master:6379 and reconnected once Redis was ready. Service has recovered.",
             "No immediate action; find out why redis-master was restarted (node drain, eviction, rollout) and consider a replica with Sentinel or a PodDisruptionBudget so restarts are not outages.")


@scen("conn-rabbitmq-down")
def _(R):
    r = R.r
    ns = "messaging"
    rq = [R.w("rabbitmq", ns, kind="sts", container="rabbitmq", pod="rabbitmq-%d" % i) for i in range(3)]
    ow = R.w("order-worker", "orders", container="worker", tasks=["orders.tasks.confirm_order", "orders.tasks.allocate_stock"])
    ship = R.w("shipping", "logistics", container="shipping")
    svc = "rabbitmq.messaging.svc.cluster.local"
    R.log(0.0, rq[0], "@RMQ@ [notice] <0.64.0> SIGTERM received - shutting down")
    R.log(0.5, rq[0], "@RMQ@ [info] <0.9815.0> Stopping message store for directory '/var/lib/rabbitmq/mnesia/rabbit@rabbitmq-0.rabbitmq-nodes.messaging/msg_stores/vhosts/628WB79CIFDYO9LJI6DKMI09L/msg_store_persistent'")
    R.log(40.0, rq[0], "@RMQ@ [info] <0.230.0> Starting RabbitMQ 3.12.13 on Erlang 26.2.3 [jit]")
    R.log(45.0, rq[0], "@RMQ@ [info] <0.230.0> Waiting for Mnesia tables for 30000 ms, 9 retries left", ev=True)
    R.log(75.0, rq[0], "@RMQ@ [warning] <0.230.0> Error while waiting for Mnesia tables: {timeout_waiting_for_tables,['rabbit@rabbitmq-1.rabbitmq-nodes.messaging','rabbit@rabbitmq-2.rabbitmq-nodes.messaging'],[rabbit_user,rabbit_user_permission,rabbit_topic_permission,rabbit_vhost,rabbit_durable_route,rabbit_durable_exchange,rabbit_runtime_parameters,rabbit_durable_queue]}", ev=True)
    R.log(75.1, rq[0], "@RMQ@ [info] <0.230.0> Waiting for Mnesia tables for 30000 ms, 8 retries left")
    R.event(20.0, ns, "rabbitmq-1", "Unhealthy", "Readiness probe failed: dial tcp %s:5672: connect: connection refused" % rq[1].ip, host=rq[1].node, count=8)
    R.event(21.0, ns, "rabbitmq-2", "Unhealthy", "Readiness probe failed: dial tcp %s:5672: connect: connection refused" % rq[2].ip, host=rq[2].node, count=8)
    R.log(105.0, rq[0], "@RMQ@ [warning] <0.230.0> Error while waiting for Mnesia tables: {timeout_waiting_for_tables,['rabbit@rabbitmq-1.rabbitmq-nodes.messaging','rabbit@rabbitmq-2.rabbitmq-nodes.messaging'],[rabbit_user,rabbit_user_permission,rabbit_topic_permission,rabbit_vhost,rabbit_durable_route,rabbit_durable_exchange,rabbit_runtime_parameters,rabbit_durable_queue]}", ev=True)
    for i, s in enumerate([5.0, 34.0, 70.0, 130.0]):
        R.log(s, ow, "[@PY@: ERROR/MainProcess] consumer: Cannot connect to amqp://orders:**@%s:5672//: [Errno 111] Connection refused." % svc, ev=(i == 1))
        R.log(s + 0.001, ow, "Trying again in %d.00 seconds... (%d/100)" % (min(2 * (i + 1), 8), i + 1))
    for s in (12.0, 88.0):
        R.log(s, ship, "@SPRING@  WARN 1 --- [shipping] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused")
    R.log(140.0, ship, "@SPRING@ ERROR 1 --- [shipping] [nio-8080-exec-7] c.a.shipping.events.LabelPublisher       : Could not publish LabelCreated for shp-%d: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused" % r.randint(100000, 999999))
    R.noise(12, [S(R, ow, "celery")] + neighbours(R, 2), t0=-30, t1=150, herrings=2)
    R.ask("Why are orders stuck in pending?", None)
    R.expect("ERROR", "connection_refused", "rabbitmq",
             "The RabbitMQ cluster is down: all three nodes were restarted and rabbitmq-0 is blocked waiting for Mnesia tables from rabbitmq-1/rabbitmq-2 (which are not up), so no node accepts AMQP connections and clients get connection refused on rabbitmq.messaging:5672.",
             "RabbitMQ is not accepting connections after a restart: rabbitmq-0 waits for its peers' Mnesia tables and the other nodes fail readiness. order-worker cannot connect (Errno 111, retrying) and shipping cannot publish or consume, so orders stay pending.",
             "Bring the RabbitMQ cluster back (start the peers / podManagementPolicy: Parallel, or force_boot the last node that stopped), then verify queues; consider a quorum-queue setup with a PodDisruptionBudget.")


@scen("conn-cart-scaled-zero")
def _(R):
    r = R.r
    ns = "shop"
    sf = R.w("storefront", ns, container="nginx", host="www.bluepeak.shop", paths=["/", "/products/%d", "/static/css/app.%s.css" % hexs(r, 8), "/api/catalog/items"])
    sf2 = sf.sibling()
    cat = R.w("catalog-api", ns, container="api", paths=["/v1/items/%d", "/v1/items", "/healthz"])
    svc = R.svc_ip()
    crs = rs_hash(r)
    R.event(0.0, ns, "cart-api", "ScalingReplicaSet", "Scaled down replica set cart-api-%s to 0 from 3" % crs, type="Normal", kind="Deployment", comp="deployment-controller", ev=True)
    for i in range(3):
        R.event(0.2 + i * 0.01, ns, "cart-api-%s-%s" % (crs, sfx(r)), "Killing", "Stopping container cart-api", type="Normal")
    for i, s in enumerate([35.0, 61.0, 98.0, 140.0, 177.0]):
        w = sf if i % 2 == 0 else sf2
        cid = r.randint(100000, 999999)
        path = r.choice(["/api/cart", "/api/cart/items", "/api/cart/checkout"])
        R.log(s, w, '@NGX@ [error] 29#29: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: www.bluepeak.shop, request: "%s %s HTTP/1.1", upstream: "http://%s:3000%s", host: "www.bluepeak.shop"' % (
            cid, R.pod_ip(), "POST" if "items" in path else "GET", path, svc, path), ev=(i < 2))
        R.log(s + 0.001, w, '%s - - [@CLF@] "%s %s HTTP/1.1" 502 157 "https://www.bluepeak.shop/" "%s"' % (_client_ip(R), "POST" if "items" in path else "GET", path, r.choice(UAS)))
    R.log(3.0, R.w("kube-apiserver-audit", "kube-system", container="audit", pod="audit-forwarder-%s" % sfx(r)),
          js({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": uid(r), "stage": "ResponseComplete",
              "requestURI": "/apis/apps/v1/namespaces/shop/deployments/cart-api/scale", "verb": "patch",
              "user": {"username": "oidc:j.keller@bluepeak.shop", "groups": ["oidc:platform-oncall", "system:authenticated"]},
              "userAgent": "kubectl/v1.29.2 (darwin/arm64) kubernetes/4b8e819", "objectRef": {"resource": "deployments", "namespace": "shop", "name": "cart-api", "apiGroup": "apps", "apiVersion": "v1", "subresource": "scale"},
              "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "@ISO6@", "stageTimestamp": "@ISO6@"}), ev=True)
    R.noise(18, [S(R, sf, "nginx"), S(R, sf2, "nginx"), S(R, cat, "slog")] + neighbours(R, 1), t0=-20, t1=200, herrings=3)
    R.ask("Why is the shop returning 502 on add-to-cart?", ns)
    R.expect("ERROR", "connection_refused", "cart-api",
             "cart-api was scaled to 0 replicas (kubectl scale by an on-call user), so its Service has no endpoints and storefront's nginx gets 'connect() failed (111: Connection refused)' from the cart-api ClusterIP on port 3000.",
             "Every cart request fails with 502: storefront's nginx cannot connect to cart-api (connection refused) because the cart-api Deployment was scaled down to 0 replicas. Product browsing still works.",
             "Scale cart-api back up (kubectl -n shop scale deploy/cart-api --replicas=3) and check with whoever scaled it down; protect it with an HPA minReplicas / GitOps drift detection.")


# ---------------------------------------------------------------- timeout
@scen("timeout-fraud-check")
def _(R):
    r = R.r
    co = R.w("checkout", "shop", container="checkout")
    fc = R.w("fraud-check", "risk", container="server", module="fraud.server")
    fc2 = fc.sibling()
    fs = R.w("feature-store", "risk", container="redis", kind="sts")
    for i, s in enumerate([8.0, 29.0, 57.0, 90.0, 122.0, 160.0]):
        w = fc if i % 2 == 0 else fc2
        dur = r.randint(2600, 5200)
        rid = hexs(r, 16)
        R.log(s + dur / 1000.0, w, "@PY@ WARNING [fraud.server] slow Score rpc request_id=%s duration_ms=%d model=gbm-v7 features=412 stage=predict" % (rid, dur), ev=(i < 3))
        R.log(s + 2.0, co, js({"level": "error", "ts": "@EPOCH@", "caller": "payment/flow.go:184", "msg": "fraud check failed",
                               "error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "target": "dns:///fraud-check.risk.svc.cluster.local:50051",
                               "timeout": "2s", "order_id": "ord-%d" % r.randint(100000, 999999)}))
        if i == 4:
            R.log(s + 2.01, co, js({"level": "warn", "ts": "@EPOCH@", "caller": "payment/flow.go:201", "msg": "fraud check unavailable, holding order for manual review", "order_id": "ord-%d" % r.randint(100000, 999999)}))
    R.log(1.0, fc, "@PY@ INFO [fraud.model] loaded model gbm-v7 (trees=2400, depth=12) in 8.41s", ev=True)
    R.log(1.5, fc2, "@PY@ INFO [fraud.model] loaded model gbm-v7 (trees=2400, depth=12) in 8.22s")
    co.meta["paths"] = ["/v1/checkout", "/v1/checkout/%d/confirm", "/healthz"]
    R.noise(18, [S(R, co, "zap"), S(R, fc, "python"), S(R, fs, "redis")] + neighbours(R, 1), t0=0, t1=180, herrings=2)
    R.ask("Why are orders being held for manual review?", None)
    R.expect("ERROR", "timeout", "fraud-check",
             "fraud-check's new model gbm-v7 (2400 trees, depth 12) takes 2.6–5.2s per Score call, well above checkout's 2s gRPC deadline, so checkout's fraud checks fail with DeadlineExceeded.",
             "checkout's calls to fraud-check time out (DeadlineExceeded after 2s) because fraud-check answers slowly since the gbm-v7 model was loaded; affected orders are held for manual review.",
             "Roll fraud-check back to the previous model (or scale it out / optimise gbm-v7); keep checkout's deadline and fallback as they are.")


@scen("timeout-carrier-api")
def _(R):
    r = R.r
    ns = "logistics"
    sq = R.w("shipping-quotes", ns, container="app")
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="shop.acme-outdoor.com",
              upstreams=[("logistics-shipping-quotes-8000", sq.ip + ":8000")], paths=["/api/shipping/options", "/api/shipping/track/%d"])
    for i, s in enumerate([10.0, 42.0, 77.0, 115.0, 150.0]):
        R.log(s, sq, "[@GUNI@] [%d] [ERROR] quote failed for carrier=parcelhub" % r.randint(8, 12))
        R.logs(s + 0.001, sq, ["Traceback (most recent call last):",
                               '  File "/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py", line 537, in _make_request',
                               "    response = conn.getresponse()",
                               "TimeoutError: The read operation timed out",
                               "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.parcelhub.example', port=443): Read timed out. (read timeout=10)"], ev=[4] if i < 3 else [])
        R.log(s + 0.5, ing, '@NGX@ [error] %d#%d: *%d upstream timed out (110: Operation timed out) while reading response header from upstream, client: %s, server: shop.acme-outdoor.com, request: "POST /api/shipping/quote HTTP/2.0", upstream: "http://%s:8000/api/shipping/quote", host: "shop.acme-outdoor.com", referrer: "https://shop.acme-outdoor.com/checkout"' % (
            r.randint(30, 60), r.randint(30, 60), r.randint(10 ** 6, 10 ** 7), _client_ip(R), sq.ip))
        R.log(s + 0.51, ing, '%s - - [@CLF@] "POST /api/shipping/quote HTTP/2.0" 504 160 "https://shop.acme-outdoor.com/checkout" "%s" 611 10.001 [logistics-shipping-quotes-8000] [] %s:8000 0 10.001 504 %s' % (
            _client_ip(R), r.choice(UAS), sq.ip, hexs(r, 32)))
    R.log(60.0, sq, "[@GUNI@] [9] [INFO] carrier=dhl-express quote ok in 412ms")
    R.noise(14, [S(R, ing, "ingress"), S(R, sq, "gunicorn")] + neighbours(R, 1, exclude=("ingress-nginx-controller",)), t0=0, t1=170, herrings=2)
    R.ask("Checkout shipping step shows 504", None)
    R.expect("ERROR", "timeout", "shipping-quotes",
             "The external carrier API api.parcelhub.example stopped answering in time; shipping-quotes' requests hit their 10s read timeout, which also exhausts ingress-nginx's proxy_read_timeout, so quote requests return 504.",
             "POST /api/shipping/quote returns 504: shipping-quotes waits on ParcelHub's API until requests' 10s read timeout fires (ReadTimeout), and ingress-nginx times out reading the upstream response. Other carriers answer quickly.",
             "Lower the ParcelHub timeout and return quotes from the other carriers without waiting for it (circuit breaker / partial results); check ParcelHub's status page and contact them.")


@scen("timeout-es-slow")
def _(R):
    r = R.r
    ns = "search"
    es = [R.w("elasticsearch", ns, kind="sts", container="elasticsearch", pod="elasticsearch-data-%d" % i, cluster="products") for i in range(3)]
    ss = R.w("search-service", ns, container="search-service")
    for i, s in enumerate([12.0, 47.0, 95.0]):
        R.log(s, es[i % 3], js({"@timestamp": "@ISO@", "log.level": "WARN", "message": "[products-v3][%d] took[%.1fs], took_millis[%d], total_hits[10000+ hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\"size\":48,\"query\":{\"bool\":{\"must\":[{\"query_string\":{\"query\":\"*%s*\",\"fields\":[\"name^3\",\"description\"]}}]}},\"aggregations\":{\"brands\":{\"terms\":{\"field\":\"brand\",\"size\":500}}}}], id[]," % (
            r.randint(0, 5), (6000 + 900 * i) / 1000.0, 6000 + 900 * i + r.randint(0, 99), r.choice(["jack", "shoe", "lamp"])),
            "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.index_search_slowlog", "log.logger": "index.search.slowlog.query",
            "elasticsearch.node.name": es[i % 3].pod, "elasticsearch.cluster.name": "products"}), ev=True)
    R.log(50.0, es[1], js({"@timestamp": "@ISO@", "log.level": "WARN", "message": "[gc][%d] overhead, spent [1.1s] collecting in the last [1.4s]" % r.randint(10000, 99999),
                           "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "log.logger": "org.elasticsearch.monitor.jvm.JvmGcMonitorService",
                           "elasticsearch.node.name": es[1].pod, "elasticsearch.cluster.name": "products"}), ev=True)
    for s in (17.5, 53.0, 101.0):
        R.log(s, ss, js({"@timestamp": "@ISO@", "@version": "1", "message": "Search backend timeout, serving cached results for query", "logger_name": "c.a.search.ProductSearchService", "level": "WARN", "level_value": 30000,
                         "thread_name": "reactor-http-epoll-%d" % r.randint(1, 8), "stack_trace": "java.net.SocketTimeoutException: 5,000 milliseconds timeout on connection http-outgoing-%d [ACTIVE]\n\tat org.apache.http.nio.protocol.HttpAsyncRequestExecutor.timeout(HttpAsyncRequestExecutor.java:387)\n" % r.randint(3, 40)}))
    ss.meta["msgs"] = ["Search for %(n)s terms answered in %(ms)s ms", "Suggestions cache warmed with %(n)s prefixes"]
    R.noise(16, [S(R, ss, "spring_json"), S(R, es[0], "es"), S(R, es[2], "es")] + neighbours(R, 1), t0=0, t1=140, herrings=2)
    R.ask("Search results look stale sometimes", ns)
    R.expect("WARN", "timeout", "elasticsearch",
             "Leading-wildcard query_string searches with a 500-bucket brand aggregation take 6–8s on the products-v3 index (one data node also shows GC overhead), exceeding search-service's 5s socket timeout.",
             "Some product searches time out after 5s against Elasticsearch; search-service falls back to cached results, so users see stale results. Elasticsearch's slowlog shows 6–8s queries and GC pressure on elasticsearch-data-1.",
             "Stop leading-wildcard queries (use an ngram/search_as_you_type field), reduce the aggregation size, and check heap sizing on the data nodes.")


@scen("timeout-istio-reviews")
def _(R):
    r = R.r
    ns = "bookinfo"
    pp = R.w("productpage", ns, container="productpage")
    pp_px = pp.with_container("istio-proxy")
    rv = R.w("reviews", ns, container="reviews", logger="c.a.reviews.ReviewsResource", msgs=["Returned %(n)s reviews for product %(off)s in %(ms)s ms"])
    rt = R.w("ratings", ns, container="ratings", paths=["/ratings/%d", "/health"])
    svc = R.svc_ip()
    for i, s in enumerate([15.0, 48.0, 92.0, 130.0]):
        pid = r.randint(1, 9999)
        R.log(s, pp_px, '[@ISO@] "GET /reviews/%d HTTP/1.1" 504 UT response_timeout - "-" 0 24 3000 - "-" "python-requests/2.31.0" "%s" "reviews:9080" "%s:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %s:%d %s:9080 %s:%d - default' % (
            pid, uid(r), rv.ip, pp.ip, r.randint(30000, 60000), svc, pp.ip, r.randint(30000, 60000)), ev=(i < 2))
        R.log(s + 0.01, pp, "[@GUNI@] [1] [ERROR] reviews service error for product %d: 504 upstream request timeout" % pid)
        tot = r.randint(3600, 4400)
        R.log(s + r.uniform(0.6, 1.8), rv, "@SPRING@  WARN 1 --- [reviews] [ecutor-thread-%d] c.a.reviews.ReviewsResource              : GET /reviews/%d took %d ms (sentiment scoring %d ms, %d reviews)" % (r.randint(1, 12), pid, tot, tot - r.randint(120, 420), r.randint(300, 900)), ev=(i < 2))
    R.log(70.0, pp_px, '[@ISO@] "GET /reviews/%d HTTP/1.1" 200 - via_upstream - "-" 0 379 2210 2209 "-" "python-requests/2.31.0" "%s" "reviews:9080" "%s:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %s:%d %s:9080 %s:%d - default' % (
        r.randint(1, 9999), uid(r), rv.ip, pp.ip, r.randint(30000, 60000), svc, pp.ip, r.randint(30000, 60000)))
    pp_px.meta.update(upstream="details", upstream_port=9080, paths=["/details/%d"])
    R.noise(16, [S(R, pp_px, "envoy"), S(R, rv, "spring_text"), S(R, rt, "pino")] + neighbours(R, 1), t0=0, t1=160, herrings=2)
    R.ask("Product pages sometimes load without reviews", ns)
    R.expect("WARN", "timeout", "reviews",
             "reviews is slow (3.6–4.4s per request, almost all of it spent in its in-process sentiment scoring of every review) and exceeds the 3s timeout configured on the reviews VirtualService route, so Envoy answers 504 UT (upstream request timeout) to productpage.",
             "Some /reviews calls from productpage time out in the Istio sidecar after 3s (504 UT response_timeout); productpage degrades gracefully and renders the page without reviews. Other calls succeed.",
             "Make reviews' sentiment scoring cheaper (cache scores, paginate reviews) or scale reviews; consider a slightly longer route timeout for reviews meanwhile.")


# ---------------------------------------------------------------- tls_certificate
@scen("tls-vault-expired")
def _(R):
    r = R.r
    ns = "security"
    v = R.w("vault", ns, kind="sts", container="vault")
    exp = R.t0.replace(hour=0, minute=0, second=0, microsecond=0)
    now = R.t0
    apps = [R.w("orders", "shop", container="vault-agent-init"), R.w("invoicing", "billing", container="vault-agent"), R.w("payments", "payments", container="vault-agent")]
    for i, s in enumerate([5.0, 31.0, 64.0, 102.0, 140.0]):
        a = apps[i % 3]
        cur = now + dt.timedelta(seconds=s)
        R.log(s, a, "@ISO@ [ERROR] agent.auth.handler: error authenticating: error=\"Put \\\"https://vault.security.svc:8200/v1/auth/kubernetes/login\\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after %s\" backoff=%.2fs" % (
            cur.strftime("%Y-%m-%dT%H:%M:%SZ"), (exp - dt.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"), r.uniform(1, 5) * (i + 1)), ev=(i < 3))
        R.log(s + 0.02, v, "@ISO@ [INFO]  http: TLS handshake error from %s:%d: remote error: tls: bad certificate" % (a.ip, r.randint(30000, 60000)), ev=(i == 0))
    R.event(70.0, "shop", apps[0].pod, "BackOff", "Back-off restarting failed container vault-agent-init in pod %s_shop(%s)" % (apps[0].pod, uid(r)), count=3)
    R.log(12.0, v, "@ISO@ [INFO]  expiration: revoked lease: lease_id=auth/kubernetes/login/h%s" % hexs(r, 40))
    R.log(75.0, v, "@ISO@ [INFO]  http: TLS handshake error from %s:%d: EOF" % (R.pod_ip(), r.randint(30000, 60000)))
    R.noise(14, neighbours(R, 3), t0=0, t1=160, herrings=2)
    R.ask("Pods can't get their secrets from Vault", None)
    R.expect("ERROR", "tls_certificate", "vault",
             "Vault's TLS server certificate (vault.security.svc) expired at %s; vault-agent clients refuse it with 'x509: certificate has expired or is not yet valid' and Vault logs 'tls: bad certificate' handshake errors." % (exp - dt.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "No workload can authenticate to Vault: every vault-agent login fails TLS verification because Vault's serving certificate has expired. New pods that need secrets (e.g. orders' vault-agent-init) crash-loop; running agents cannot renew leases.",
             "Issue a new certificate for vault.security.svc (rotate the vault-server-tls secret and reload/restart Vault), then automate renewal (cert-manager) with expiry alerting.")


@scen("tls-partner-pkix")
def _(R):
    r = R.r
    ns = "billing"
    bs = R.w("billing-sync", ns, container="billing-sync", logger="c.a.billing.sync.StatementSyncJob",
             msgs=["Synced %(n)s statements for merchant %(id)s", "Reconciled %(n)s ledger entries in %(ms)s ms"])
    host = "api.partner-bank.example"
    R.log(0.0, bs, js({"@timestamp": "@ISO@", "@version": "1", "message": "Starting statement sync run (merchants=%d)" % r.randint(40, 400), "logger_name": "c.a.billing.sync.StatementSyncJob",
                       "thread_name": "scheduling-1", "level": "INFO", "level_value": 20000}))
    for i, s in enumerate([2.0, 33.0, 65.0, 98.0]):
        st = ("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
              "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)\n"
              "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1294)\n"
              "Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n")
        R.log(s, bs, js({"@timestamp": "@ISO@", "@version": "1", "message": "I/O error on GET request for \"https://%s/v2/statements?merchant=m-%d\": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target" % (host, r.randint(1000, 9999)),
                         "logger_name": "c.a.billing.sync.PartnerBankClient", "thread_name": "scheduling-1", "level": "ERROR", "level_value": 40000, "stack_trace": st}), ev=(i < 3))
    R.log(100.0, bs, js({"@timestamp": "@ISO@", "@version": "1", "message": "Statement sync run finished: ok=0 failed=%d" % r.randint(40, 400), "logger_name": "c.a.billing.sync.StatementSyncJob",
                         "thread_name": "scheduling-1", "level": "WARN", "level_value": 30000}))
    R.log(1.0, bs, js({"@timestamp": "@ISO@", "@version": "1", "message": "Using truststore /etc/pki/partner/truststore.jks (2 entries, last modified 2025-04-11)", "logger_name": "c.a.billing.sync.PartnerBankClient",
                       "thread_name": "scheduling-1", "level": "INFO", "level_value": 20000}), ev=True)
    R.noise(14, [S(R, bs, "spring_json")] + neighbours(R, 2), t0=0, t1=130, herrings=2)
    R.ask("billing-sync hasn't synced statements today", ns)
    R.expect("ERROR", "tls_certificate", "billing-sync",
             "The partner bank API (%s) now presents a certificate chained to a CA that is not in billing-sync's custom truststore (/etc/pki/partner/truststore.jks, unchanged since 2025), so every TLS handshake fails with PKIX path building failed." % host,
             "All of billing-sync's calls to the partner bank fail TLS validation (SSLHandshakeException: unable to find valid certification path), so the statement sync run finishes with 0 successes.",
             "Add the partner's new intermediate/root CA to the billing-sync truststore secret (after verifying it out of band) and restart; consider using the JDK default trust store plus the pinned CA.")


@scen("tls-mailrelay-hostname")
def _(R):
    r = R.r
    ns = "infra"
    mr = R.w("mail-relay", ns, container="postfix")
    nt = R.w("notifications", "notify", container="notifications")
    cm = R.w("cert-manager", "cert-manager", container="cert-manager-controller")
    R.log(0.0, cm, 'I@KL@       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "mail-relay-tls-%d" condition "Ready" to @ISOS@' % r.randint(1, 9))
    R.log(0.4, cm, 'I@KL@       1 controller.go:162] "re-queuing item due to optimistic locking on resource" logger="cert-manager.certificates-issuing" key="infra/mail-relay-tls" error="Operation cannot be fulfilled on certificates.cert-manager.io \\"mail-relay-tls\\": the object has been modified; please apply your changes to the latest version and try again"')
    R.event(0.6, ns, "mail-relay-tls", "Issuing", "The certificate has been successfully issued", type="Normal", kind="Certificate", comp="cert-manager-certificates-issuing")
    R.log(20.0, mr, "@SYSLOG@ mail-relay postfix/master[1]: reload -- version 3.8.5, configuration /etc/postfix")
    for i, s in enumerate([40.0, 71.0, 105.0, 139.0]):
        R.log(s, nt, js({"level": "error", "message": "Failed to send email: Hostname/IP does not match certificate's altnames: Host: mail-relay.infra.svc.cluster.local. is not in the cert's altnames: DNS:smtp.acme-corp.com, DNS:mail.acme-corp.com",
                         "code": "ERR_TLS_CERT_ALTNAME_INVALID", "template": r.choice(["order-confirmation", "password-reset", "shipping-update"]), "service": "notifications", "timestamp": "@ISO@"}), ev=(i < 3))
        spid = r.randint(100, 999)
        R.log(s + 0.01, mr, "@SYSLOG@ mail-relay postfix/smtpd[%d]: SSL_accept error from unknown[%s]: -1" % (spid, nt.ip), ev=(i == 0))
        R.log(s + 0.02, mr, "@SYSLOG@ mail-relay postfix/smtpd[%d]: warning: TLS library problem: error:0A000412:SSL routines::sslv3 alert bad certificate:../ssl/record/rec_layer_s3.c:1584:SSL alert number 42:" % spid)
    R.log(120.0, mr, "@SYSLOG@ mail-relay postfix/smtp[%d]: %s: to=<ops@partner.example>, relay=smtp.sendgrid.net[167.89.118.52]:587, delay=1.2, delays=0.02/0.01/0.61/0.56, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (r.randint(100, 999), hexs(r, 10).upper(), sfx(r, 22)))
    R.noise(12, [S(R, nt, "winston")] + neighbours(R, 2), t0=0, t1=160, herrings=2)
    R.ask("Customers are not receiving emails", None)
    R.expect("ERROR", "tls_certificate", "mail-relay",
             "mail-relay's certificate was just reissued by cert-manager with only the public names (smtp.acme-corp.com, mail.acme-corp.com); the in-cluster name mail-relay.infra.svc.cluster.local is no longer in its SANs, so notifications' STARTTLS hostname verification fails (ERR_TLS_CERT_ALTNAME_INVALID).",
             "notifications cannot send email through mail-relay: TLS fails with a hostname mismatch because the reissued mail-relay certificate lacks the cluster-internal DNS name; postfix logs the aborted handshakes (alert bad certificate).",
             "Add mail-relay.infra.svc.cluster.local (and mail-relay.infra.svc) to the Certificate's dnsNames and let cert-manager reissue, or point notifications at a name that is in the certificate.")


# ---------------------------------------------------------------- auth_failure
@scen("auth-postgres-password")
def _(R):
    r = R.r
    ns = "shop"
    pg = R.w("orders-db", ns, kind="sts", container="postgres", db="orders", dbuser="orders_app")
    od = R.w("orders", ns, container="orders")
    od2 = od.sibling()
    eso = R.w("external-secrets", "external-secrets", container="external-secrets")
    R.log(0.0, eso, js({"level": "info", "ts": "@EPOCH@", "logger": "provider.aws.secretsmanager", "msg": "secret rotated upstream, updating", "key": "prod/orders/db", "version": "AWSCURRENT"}))
    R.log(0.5, eso, js({"level": "info", "ts": "@EPOCH@", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": "orders-db", "namespace": "shop"}, "SecretName": "orders-db-credentials"}))
    for i, s in enumerate([20.0, 46.0, 80.0, 121.0, 160.0]):
        w = od if i % 2 == 0 else od2
        pid = r.randint(1000, 9999)
        R.log(s, pg, '@PG@ [%d] FATAL:  password authentication failed for user "orders_app"' % pid, ev=(i < 2))
        R.log(s + 0.001, pg, '@PG@ [%d] DETAIL:  Connection matched file "/var/lib/postgresql/data/pgdata/pg_hba.conf" line 99: "host all all all scram-sha-256"' % pid, ev=(i == 0))
        R.log(s + 0.03, w, js({"@timestamp": "@ISO@", "@version": "1", "message": "SQL Error: 0, SQLState: 28P01", "logger_name": "o.h.engine.jdbc.spi.SqlExceptionHelper", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 40), "level": "WARN", "level_value": 30000}))
        R.log(s + 0.031, w, js({"@timestamp": "@ISO@", "@version": "1", "message": "FATAL: password authentication failed for user \"orders_app\"", "logger_name": "o.h.engine.jdbc.spi.SqlExceptionHelper", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 40), "level": "ERROR", "level_value": 40000}), ev=(i == 1))
    R.log(100.0, od, js({"@timestamp": "@ISO@", "@version": "1", "message": "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=2, active=2, idle=0, waiting=14)", "logger_name": "com.zaxxer.hikari.pool.HikariPool", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 40), "level": "WARN", "level_value": 30000}))
    R.noise(14, [S(R, pg, "postgres"), S(R, od, "spring_json")] + neighbours(R, 2), t0=0, t1=180, herrings=2)
    R.ask("orders is failing with database errors", ns)
    R.expect("ERROR", "auth_failure", "orders",
             "The orders_app database password was rotated in AWS Secrets Manager and synced into the orders-db-credentials Secret, but the running orders pods still use the old password; every new connection is rejected with 'password authentication failed for user \"orders_app\"' (SQLSTATE 28P01).",
             "orders cannot open new database connections after the credential rotation: Postgres rejects the old password, the Hikari pool drains (only 2 live connections, requests waiting and timing out) and orders requests fail.",
             "Restart the orders Deployment so it picks up the rotated secret (or use a reloader / dynamic credentials); make rotation keep the previous password valid until consumers roll.")


@scen("auth-rbac-operator")
def _(R):
    r = R.r
    ns = "platform"
    bo = R.w("backup-operator", ns, container="manager")
    sa = "system:serviceaccount:platform:backup-operator"
    R.log(0.0, bo, '@ISO@\tINFO\tsetup\tstarting manager\t{"version": "0.14.2"}')
    R.log(0.2, bo, '@ISO@\tINFO\tStarting EventSource\t{"controller": "backupschedule", "controllerGroup": "backup.acme.io", "controllerKind": "BackupSchedule", "source": "kind source: *v1alpha1.BackupSchedule"}')
    for i, s in enumerate([1.5, 12.0, 44.0, 103.0]):
        R.log(s, bo, 'W@KL@       1 reflector.go:539] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: failed to list *v1.Secret: secrets is forbidden: User "%s" cannot list resource "secrets" in API group "" at the cluster scope' % sa, ev=(i < 2))
        R.log(s + 0.001, bo, 'E@KL@       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "%s" cannot list resource "secrets" in API group "" at the cluster scope' % sa)
    R.log(62.0, bo, '@ISO@\tERROR\tReconciler error\t{"controller": "backupschedule", "controllerGroup": "backup.acme.io", "controllerKind": "BackupSchedule", "BackupSchedule": {"name":"postgres-nightly","namespace":"data"}, "namespace": "data", "name": "postgres-nightly", "reconcileID": "%s", "error": "creating snapshot job: jobs.batch is forbidden: User \\"%s\\" cannot create resource \\"jobs\\" in API group \\"batch\\" in the namespace \\"data\\""}' % (uid(r), sa), ev=True)
    R.log(120.0, bo, '@ISO@\tERROR\tcontroller/controller.go:329\tReconciler error\t{"controller": "backupschedule", "BackupSchedule": {"name":"mysql-hourly","namespace":"shop"}, "reconcileID": "%s", "error": "timed out waiting for cache to be synced for Kind *v1.Secret"}' % uid(r))
    R.log(5.0, R.w("argocd-application-controller", "argocd", kind="sts", container="application-controller"),
          'time="@ISOS@" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/backup-operator syncId=00014-%s' % sfx(r, 5))
    R.noise(12, neighbours(R, 3, exclude=("argocd-application-controller",)), t0=0, t1=140, herrings=2)
    R.ask("Nightly backups stopped being created", None)
    R.expect("ERROR", "auth_failure", "backup-operator",
             "The backup-operator service account (system:serviceaccount:platform:backup-operator) lacks RBAC permissions after the last sync: it may no longer list/watch Secrets cluster-wide or create Jobs, so the API server returns 'forbidden' and backup schedules cannot run.",
             "backup-operator cannot do its job: its Secret informer fails with 'secrets is forbidden' and reconciling BackupSchedules fails with 'jobs.batch is forbidden', so no backup Jobs are created.",
             "Restore the ClusterRole/ClusterRoleBinding for the backup-operator service account (check whether the chart renamed the SA or dropped the binding) and verify with kubectl auth can-i --as=%s list secrets -A." % sa)


@scen("auth-s3-accessdenied")
def _(R):
    r = R.r
    ns = "finance"
    sa = R.w("statement-archiver", ns, container="archiver", module="archiver.upload")
    acct = r.randint(100000000000, 999999999999)
    for i, s in enumerate([10.0, 45.0, 82.0, 120.0]):
        key = "2026/%02d/%02d/stmt-%d.pdf" % (R.t0.month, R.t0.day, r.randint(100000, 999999))
        R.log(s, sa, "@PY@ ERROR [archiver.upload] upload failed key=%s" % key)
        R.logs(s + 0.001, sa, ["Traceback (most recent call last):",
                               '  File "/app/archiver/upload.py", line 64, in put_statement',
                               "    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ServerSideEncryption=\"aws:kms\")",
                               "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%d:assumed-role/statement-archiver-irsa/botocore-session-%d is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-statements-prod/%s\" because no identity-based policy allows the s3:PutObject action" % (acct, r.randint(1700000000, 1760000000), key)],
               ev=[3] if i < 3 else [])
    R.log(2.0, sa, "@PY@ INFO [archiver.main] assumed role arn:aws:iam::%d:role/statement-archiver-irsa via web identity" % acct)
    R.log(130.0, sa, "@PY@ WARNING [archiver.main] batch finished: archived=0 failed=%d, %d statements queued for retry" % (r.randint(30, 90), r.randint(30, 90)))
    R.noise(12, [S(R, sa, "python")] + neighbours(R, 2), t0=0, t1=150, herrings=2)
    R.ask(None, ns)
    R.expect("ERROR", "auth_failure", "statement-archiver",
             "The IAM role statement-archiver-irsa has no identity-based policy allowing s3:PutObject on arn:aws:s3:::acme-statements-prod/*, so every upload is rejected with AccessDenied.",
             "statement-archiver cannot archive statements: each S3 PutObject to acme-statements-prod fails with AccessDenied for its IRSA role; the batch archived 0 statements and queued the rest for retry.",
             "Attach (or restore) a policy granting s3:PutObject (and kms:GenerateDataKey for the bucket key) on acme-statements-prod/* to statement-archiver-irsa; check recent IAM/Terraform changes.")


# ---------------------------------------------------------------- config_error
@scen("config-webhooks-missing-env")
def _(R):
    r = R.r
    ns = "payments"
    wh = R.w("webhooks", ns, container="webhooks")
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="hooks.bluepeak.io",
              upstreams=[("payments-webhooks-8000", wh.ip + ":8000")], paths=["/webhooks/stripe", "/webhooks/adyen"])
    puid = uid(r)
    t = 0.0
    for k in range(3):
        ev = (k == 0)
        R.log(t, wh, "INFO:     Started server process [1]")
        R.log(t + 0.01, wh, "INFO:     Waiting for application startup.")
        R.logs(t + 0.6, wh, ["ERROR:    Traceback (most recent call last):",
                             '  File "/app/webhooks/settings.py", line 41, in get_settings',
                             "    return Settings()",
                             "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
                             "stripe_webhook_secret",
                             "  Field required [type=missing, input_value={'database_url': 'postgre...', 'log_level': 'info'}, input_type=dict]",
                             "ERROR:    Application startup failed. Exiting."], ev=[3, 4, 5] if ev else [])
        t += [12, 25, 45][k]
    R.event(t, ns, wh.pod, "BackOff", backoff_msg(wh, puid), count=4, host=wh.node, field="spec.containers{webhooks}", ev=True)
    crashloop_kubelet(R, t + 0.3, wh, puid, "1m20s")
    for s in (20.0, 50.0, t + 4):
        R.log(s, ing, '%s - - [@CLF@] "POST /webhooks/stripe HTTP/1.1" 503 190 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" 1893 0.000 [payments-webhooks-8000] [] - - - - %s' % (
            r.choice(["54.187.174.169", "54.187.205.235", "54.241.31.99"]), hexs(r, 32)))
    ing.meta.update(host="pay.bluepeak.io", upstreams=[("payments-checkout-ui-80", R.pod_ip() + ":80"), ("payments-payments-api-8080", R.pod_ip() + ":8080")],
                    paths=["/", "/checkout/%d", "/api/v1/payments/%d", "/static/js/app.%s.js" % hexs(r, 8)])
    R.noise(14, [S(R, ing, "ingress")] + neighbours(R, 2, exclude=("ingress-nginx-controller",)), t0=0, t1=t + 20, herrings=2)
    R.ask("Why is the webhooks pod crash looping?", ns)
    R.expect("CRITICAL", "config_error", "webhooks",
             "The webhooks Deployment does not provide STRIPE_WEBHOOK_SECRET (required setting stripe_webhook_secret), so pydantic Settings validation fails at startup and the process exits; the pod is in CrashLoopBackOff.",
             "webhooks exits on every start with 'ValidationError: 1 validation error for Settings — stripe_webhook_secret Field required', so it crash-loops and Stripe webhook deliveries get 503 from the ingress.",
             "Add STRIPE_WEBHOOK_SECRET to the webhooks Deployment (from the payments Secret) and redeploy; Stripe will retry the failed webhook deliveries.")


@scen("config-mailer-secret-key")
def _(R):
    r = R.r
    ns = "notify"
    ml = R.w("mailer", ns, container="mailer")
    q = R.w("notify-queue", ns, kind="sts", container="rabbitmq")
    q.pod = "notify-queue-0"
    nw = R.w("notification-worker", ns, container="worker", tasks=["notify.tasks.enqueue_email", "notify.tasks.send_push"])
    R.event(0.0, ns, "mailer", "ScalingReplicaSet", "Scaled down replica set mailer-%s to 0 from 2" % rs_hash(r), type="Normal", kind="Deployment", comp="deployment-controller")
    R.event(1.0, ns, "mailer", "ScalingReplicaSet", "Scaled up replica set mailer-%s to 2" % ml.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    m2 = ml.sibling()
    for i, w in enumerate((ml, m2)):
        R.event(1.3 + i * 0.1, ns, w.pod, "Scheduled", "Successfully assigned notify/%s to %s" % (w.pod, w.node), type="Normal", comp="default-scheduler")
        R.event(2.5 + i * 0.1, ns, w.pod, "Pulled", 'Container image "registry.internal/notify/mailer:4.2.0" already present on machine', type="Normal", host=w.node)
        R.event(2.6 + i * 0.1, ns, w.pod, "Failed", "Error: couldn't find key SMTP_PASSWORD in Secret notify/mailer-credentials", host=w.node, ev=True)
        R.event(120.0 + i, ns, w.pod, "Failed", "Error: couldn't find key SMTP_PASSWORD in Secret notify/mailer-credentials", host=w.node, count=11, ev=(i == 0))
    R.kubelet(2.7, ml.node, "E", "kuberuntime_manager.go:1262", "container &Container{Name:mailer,Image:registry.internal/notify/mailer:4.2.0,...} start failed in pod %s_notify(%s): CreateContainerConfigError: couldn't find key SMTP_PASSWORD in Secret notify/mailer-credentials" % (ml.pod, uid(r)), ev=True)
    for s in (40.0, 100.0, 150.0):
        R.log(s, q, "@RMQ@ [info] <0.%d.0> queue 'mail.outbound' in vhost '/': %d messages ready, 0 consumers" % (r.randint(1000, 9000), int(s * 7)))
    R.noise(14, [S(R, nw, "celery"), S(R, q, "rabbit")] + neighbours(R, 2), t0=0, t1=170, herrings=2)
    R.ask("Emails are queuing up and not being sent", ns)
    R.expect("ERROR", "config_error", "mailer",
             "The new mailer pods reference key SMTP_PASSWORD in Secret notify/mailer-credentials, but that key does not exist in the Secret, so the kubelet cannot build the container config (CreateContainerConfigError) and no mailer pod runs.",
             "mailer is down after the 4.2.0 rollout (Recreate strategy): both new pods fail with CreateContainerConfigError because Secret mailer-credentials has no SMTP_PASSWORD key, so mail.outbound has no consumers and keeps growing.",
             "Add the SMTP_PASSWORD key to notify/mailer-credentials (or fix the key name in the Deployment's secretKeyRef); the pods will start on the next retry and drain the queue.")


@scen("config-prometheus-reload")
def _(R):
    r = R.r
    ns = "monitoring"
    pr = R.w("prometheus-k8s", ns, kind="sts", container="prometheus")
    pr.pod = "prometheus-k8s-0"
    rl = pr.with_container("config-reloader")
    po = R.w("prometheus-operator", ns, container="prometheus-operator")
    am = R.w("alertmanager-main", ns, kind="sts", container="alertmanager")
    cfg = "/etc/prometheus/config_out/prometheus.env.yaml"
    R.log(0.0, po, 'level=info ts=@ISO@ caller=operator.go:1412 component=prometheusoperator key=monitoring/k8s msg="sync prometheus"')
    for i, s in enumerate([3.0, 63.0, 123.0]):
        R.log(s, pr, 'ts=@ISO@ caller=main.go:1336 level=info msg="Loading configuration file" filename=%s' % cfg)
        R.log(s + 0.01, pr, 'ts=@ISO@ caller=main.go:1146 level=error msg="Error reloading config" err="couldn\'t load configuration (--config.file=\\"%s\\"): parsing YAML file %s: yaml: unmarshal errors:\\n  line 412: field metric_relabel_config not found in type config.ScrapeConfig"' % (cfg, cfg), ev=(i < 2))
        R.log(s + 0.02, rl, 'level=error ts=@ISO@ caller=runutil.go:100 msg="function failed. Retrying in next tick" err="trigger reload: reload request failed: Post \\"http://127.0.0.1:9090/-/reload\\": received non-200 response: 500 Internal Server Error; have you set `--web.enable-lifecycle` Prometheus flag?"', ev=(i == 0))
    for s in (30.0, 90.0, 150.0):
        mint = int(R.at(s).replace(tzinfo=dt.timezone.utc).timestamp() // 7200 * 7200 - 7200) * 1000
        R.log(s, pr, 'ts=@ISO@ caller=compact.go:519 level=info component=tsdb msg="write block" mint=%d maxt=%d ulid=01HS%s duration=%.6fms' % (
            mint, mint + 7200000, "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22)), r.uniform(400, 2000)) if s == 30.0 else
              'ts=@ISO@ caller=head.go:1297 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=%.3fms' % r.uniform(20, 300))
    R.noise(12, [S(R, am, "alertmanager")] + neighbours(R, 2, exclude=("alertmanager-main",)), t0=0, t1=170, herrings=2)
    R.ask("My new scrape job doesn't show up in Prometheus", ns)
    R.expect("WARN", "config_error", "prometheus-k8s",
             "The generated Prometheus configuration contains an invalid field (metric_relabel_config instead of metric_relabel_configs, from a recently added ServiceMonitor/additional scrape config), so every config reload fails and Prometheus keeps running with the previous configuration.",
             "Prometheus rejects the new configuration on every reload (yaml: field metric_relabel_config not found in type config.ScrapeConfig) and the config-reloader keeps retrying; the old config stays active, so the new scrape job is missing but existing monitoring still works.",
             "Fix the scrape config key to metric_relabel_configs in the offending additional scrape config, and validate configs in CI with promtool check config.")


# ---------------------------------------------------------------- resource_exhausted
@scen("res-hikari-leak")
def _(R):
    r = R.r
    ns = "orders"
    oa = R.w("orders-api", ns, container="orders-api", logger="c.a.orders.api.OrderController",
             msgs=["Order %(id)s created (%(n)s items)", "Order %(id)s fetched in %(ms)s ms"])
    pg = R.w("orders-pg", ns, kind="sts", container="postgres", db="orders", dbuser="orders")
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="api.northwind.com",
              upstreams=[("orders-orders-api-8080", oa.ip + ":8080")], paths=["/orders/v2/orders", "/orders/v2/orders/%d"])
    R.log(5.0, oa, js({"@timestamp": "@ISO@", "@version": "1", "message": "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread http-nio-8080-exec-%d, stack trace follows" % (hexs(r, 8), r.randint(1, 50)),
                       "logger_name": "com.zaxxer.hikari.pool.ProxyLeakTask", "thread_name": "HikariPool-1 housekeeper", "level": "WARN", "level_value": 30000,
                       "stack_trace": "java.lang.Exception: Apparent connection leak detected\n\tat com.acme.orders.export.CsvExportService.streamOrders(CsvExportService.java:88)\n\tat com.acme.orders.api.ExportController.export(ExportController.java:35)\n"}), ev=True)
    R.log(33.0, oa, js({"@timestamp": "@ISO@", "@version": "1", "message": "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread http-nio-8080-exec-%d, stack trace follows" % (hexs(r, 8), r.randint(1, 50)),
                        "logger_name": "com.zaxxer.hikari.pool.ProxyLeakTask", "thread_name": "HikariPool-1 housekeeper", "level": "WARN", "level_value": 30000,
                        "stack_trace": "java.lang.Exception: Apparent connection leak detected\n\tat com.acme.orders.export.CsvExportService.streamOrders(CsvExportService.java:88)\n"}))
    for i, s in enumerate([70.0, 96.0, 131.0, 160.0]):
        R.log(s, oa, js({"@timestamp": "@ISO@", "@version": "1", "message": "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % (20 + 9 * i),
                         "logger_name": "com.zaxxer.hikari.pool.HikariPool", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 200), "level": "ERROR", "level_value": 40000}), ev=(i < 2))
        R.log(s + 0.01, oa, js({"@timestamp": "@ISO@", "@version": "1", "message": "Resolved [org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction]",
                                "logger_name": "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 200), "level": "WARN", "level_value": 30000}))
        R.log(s + 0.02, ing, '%s - - [@CLF@] "GET /orders/v2/orders/%d HTTP/2.0" 500 86 "-" "%s" 402 30.012 [orders-orders-api-8080] [] %s:8080 86 30.012 500 %s' % (
            _client_ip(R), r.randint(10000, 99999), r.choice(UAS), oa.ip, hexs(r, 32)))
    R.log(100.0, pg, '@PG@ [%d] LOG:  connection authorized: user=orders database=orders application_name=PostgreSQL JDBC Driver' % r.randint(100, 9000))
    R.noise(14, [S(R, pg, "postgres"), S(R, ing, "ingress")] + neighbours(R, 1, exclude=("ingress-nginx-controller",)), t0=0, t1=180, herrings=2)
    R.ask("orders-api requests hang for 30s and fail", ns)
    R.expect("ERROR", "resource_exhausted", "orders-api",
             "orders-api leaks JDBC connections in CsvExportService.streamOrders (never returned to the pool), so its HikariCP pool (max 10) is fully checked out and other requests wait 30s for a connection and fail.",
             "orders-api's Hikari connection pool is exhausted (total=10, active=10, idle=0, dozens waiting); requests time out after 30s with CannotCreateTransactionException and ingress returns 500s. Leak detection points at the CSV export. PostgreSQL itself is healthy.",
             "Restart orders-api to release the leaked connections, fix CsvExportService to close the stream/connection (try-with-resources), and keep leakDetectionThreshold enabled.")


@scen("res-postgres-disk-full")
def _(R):
    r = R.r
    ns = "data"
    pg = R.w("postgres", ns, kind="sts", container="postgres", db="app", dbuser="app")
    api = R.w("accounts-api", "accounts", container="api")
    wk = R.w("ledger-worker", "ledger", container="worker", tasks=["ledger.tasks.post_entries"])
    am = R.w("alertmanager-main", "monitoring", kind="sts", container="alertmanager")
    R.log(0.0, am, 'ts=@ISO@ caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=KubePersistentVolumeFillingUp[%s][active]' % hexs(r, 7), ev=True)
    p = r.randint(1000, 9000)
    R.log(40.0, pg, '@PG@ [%d] PANIC:  could not write to file "pg_wal/xlogtemp.%d": No space left on device' % (p, p), ev=True)
    R.log(40.1, pg, '@PG@ [1] LOG:  server process (PID %d) was terminated by signal 6: Aborted' % p)
    R.log(40.11, pg, '@PG@ [1] LOG:  terminating any other active server processes')
    R.log(40.3, pg, '@PG@ [1] LOG:  all server processes terminated; reinitializing')
    R.log(40.6, pg, '@PG@ [%d] LOG:  database system was interrupted; last known up at %s' % (r.randint(1000, 9000), (R.at(-300)).strftime("%Y-%m-%d %H:%M:%S UTC")))
    R.log(41.2, pg, '@PG@ [%d] FATAL:  could not write to file "pg_wal/xlogtemp.%d": No space left on device' % (p + 9, p + 9), ev=True)
    R.log(41.25, pg, '@PG@ [1] LOG:  startup process (PID %d) exited with exit code 1' % (p + 9))
    R.log(41.3, pg, '@PG@ [1] LOG:  aborting startup due to startup process failure')
    R.log(41.35, pg, '@PG@ [1] LOG:  database system is shut down', ev=True)
    R.event(60.0, ns, "postgres-0", "BackOff", backoff_msg(pg, uid(r)), count=3, host=pg.node)
    for s in (44.0, 80.0, 130.0):
        R.log(s, api, 'time=@ISO@ level=ERROR msg="query failed" err="FATAL: the database system is in recovery mode (SQLSTATE 57P03)" route=/v1/accounts/{id}')
        R.log(s + 6, wk, "[@PY@: ERROR/ForkPoolWorker-%d] Task ledger.tasks.post_entries[%s] raised unexpected: OperationalError('connection to server at \"postgres.data.svc.cluster.local\" (%s), port 5432 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')" % (r.randint(1, 4), uid(r), R.svc_ip()))
    R.noise(12, [S(R, am, "alertmanager")] + neighbours(R, 2, exclude=("alertmanager-main",)), t0=-30, t1=150, herrings=2)
    R.ask("The main database is down!", ns)
    R.expect("CRITICAL", "resource_exhausted", "postgres",
             "The postgres data volume is full: PostgreSQL cannot write WAL (pg_wal/xlogtemp: No space left on device), PANICs and then fails crash recovery for the same reason, so the database is down and restarting in a loop.",
             "PostgreSQL (postgres-0) is down: it PANICked when WAL writes hit 'No space left on device' and cannot complete recovery, after KubePersistentVolumeFillingUp had fired. accounts-api and ledger-worker get recovery-mode errors and connection refused.",
             "Expand the PVC (or free space: remove old WAL only via proper means, drop an unused replication slot retaining WAL), let postgres recover, then find what filled the disk (stuck replication slot, archive_command failing) and add disk alerts with more headroom.")


@scen("res-gateway-fd-limit")
def _(R):
    r = R.r
    ns = "edge"
    gw = R.w("api-gateway", ns, container="gateway")
    gw2 = gw.sibling()
    mob = R.w("mobile-bff", "mobile", container="bff")
    for i, s in enumerate([30.0, 31.0, 33.0, 60.0, 95.0, 130.0]):
        R.log(s, gw, "@NGX@ http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in %s" % ["5ms", "10ms", "20ms", "1s", "1s", "1s"][i], ev=(i in (0, 3)))
    R.log(45.0, gw, js({"level": "error", "ts": "@EPOCH@", "caller": "upstream/pool.go:144", "msg": "dial upstream failed", "upstream": "orders.orders.svc.cluster.local:8080", "error": "dial tcp %s:8080: socket: too many open files" % R.svc_ip()}), ev=True)
    R.log(10.0, gw, js({"level": "info", "ts": "@EPOCH@", "caller": "metrics/proc.go:61", "msg": "process stats", "open_fds": 65012, "max_fds": 65536, "goroutines": 131204}), ev=True)
    for s in (50.0, 100.0, 140.0):
        R.log(s, mob, js({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": mob.pod, "msg": "gateway request failed", "err": {"type": "FetchError", "message": "request to https://api-gateway.edge.svc.cluster.local:8443/v1/feed failed, reason: read ECONNRESET", "code": "ECONNRESET"}}))
    gw2.meta["paths"] = ["/v1/feed", "/v1/orders/%d", "/v1/profile"]
    R.noise(16, [S(R, gw2, "zap"), S(R, mob, "pino")] + neighbours(R, 2), t0=0, t1=160, herrings=2)
    R.ask("Intermittent connection resets from the API gateway", ns)
    R.expect("ERROR", "resource_exhausted", "api-gateway",
             "One api-gateway pod has run out of file descriptors (65012 of 65536 open, 130k goroutines — upstream connections are not being closed), so accept4 and upstream dials fail with 'too many open files'.",
             "api-gateway pod %s cannot accept new connections or dial upstreams because it hit its open-file limit; clients such as mobile-bff see ECONNRESET on roughly the share of traffic routed to that pod." % gw.pod,
             "Restart the affected api-gateway pod to recover; then fix the connection leak (response bodies / idle upstream connections not closed) and alert on open_fds / max_fds.")


# ---------------------------------------------------------------- storage
@scen("storage-mysql-multiattach")
def _(R):
    r = R.r
    ns = "wordpress"
    my = R.w("mysql", ns, kind="sts", container="mysql")
    wp = R.w("wordpress", ns, container="wordpress")
    pvc = "pvc-%s" % uid(r)
    vol = "vol-0%s" % hexs(r, 16)
    old_node, new_node = R.nodes[0], R.nodes[1]
    my.node = new_node
    csi = R.w("ebs-csi-controller", "kube-system", container="ebs-plugin")
    R.event(0.0, ns, "mysql-0", "Scheduled", "Successfully assigned wordpress/mysql-0 to %s" % new_node, type="Normal", comp="default-scheduler")
    R.event(0.5, ns, "mysql-0", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, comp="attachdetach-controller", ev=True)
    R.log(8.0, csi, 'E@KL@       1 driver.go:155] "GRPC error" err="rpc error: code = Internal desc = Could not detach volume \\"%s\\" from node \\"i-0%s\\": operation error EC2: DetachVolume, https response error StatusCode: 400, RequestID: %s, api error IncorrectState: Volume \'%s\' is in the \'detaching\' state."' % (vol, hexs(r, 16), uid(r), vol), ev=True)
    R.event(122.0, ns, "mysql-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % sfx(r), host=new_node, ev=True)
    R.event(130.0, ns, "mysql-0", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, comp="attachdetach-controller", count=9)
    for s in (20.0, 70.0, 140.0):
        R.log(s, wp, "[%s] [php:warn] [pid %d] [client %s:%d] PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection refused in /var/www/html/wp-includes/class-wpdb.php on line 1982" % (
            R.at(s).strftime("%a %b %d %H:%M:%S.%f %Y"), r.randint(30, 300), R.pod_ip(), r.randint(30000, 60000)))
        R.log(s + 0.01, wp, '%s - - [@CLF@] "GET / HTTP/1.1" 500 2701 "-" "%s"' % (R.pod_ip(), r.choice(UAS)))
    R.noise(10, neighbours(R, 3), t0=0, t1=150, herrings=2)
    R.ask("The blog is down with 'Error establishing a database connection'", ns)
    R.expect("CRITICAL", "storage", "mysql",
             "mysql-0 was rescheduled to %s but its EBS volume (%s) is still attached to the old node and stuck in the 'detaching' state, so the attach fails with Multi-Attach error and the pod cannot mount its data volume." % (new_node, vol),
             "MySQL is down: mysql-0 is stuck in ContainerCreating because its data volume cannot be attached to the new node (Multi-Attach error; the EBS detach from the old instance is stuck). WordPress cannot connect to MySQL and returns 500 'Error establishing a database connection'.",
             "Force-detach the EBS volume from the old instance (aws ec2 detach-volume --force after confirming the old pod is gone) or reboot/terminate the old node; then let mysql-0 attach and start.")


@scen("storage-readonly-fs")
def _(R):
    r = R.r
    ns = "media"
    mu = R.w("media-uploader", ns, container="uploader")
    dev = r.choice(["nvme2n1", "nvme1n1", "sdc"])
    thumb = R.w("thumbnailer", ns, container="thumbnailer", tasks=["media.tasks.thumbnail", "media.tasks.transcode_preview"])
    blk = r.randint(2000000, 9000000)
    R.journal(0.0, mu.node, "kernel", "blk_update_request: I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0" % (dev, blk * 8), ev=True)
    R.journal(0.01, mu.node, "kernel", "Buffer I/O error on dev %s, logical block %d, lost async page write" % (dev, blk))
    R.journal(0.4, mu.node, "kernel", "EXT4-fs error (device %s): ext4_journal_check_start:83: comm uvicorn: Detected aborted journal" % dev, ev=True)
    R.journal(0.41, mu.node, "kernel", "EXT4-fs (%s): Remounting filesystem read-only" % dev, ev=True)
    for i, s in enumerate([12.0, 40.0, 77.0, 110.0]):
        fn = "/data/uploads/2026/%02d/%s.jpg" % (R.t0.month, uid(r)[:18])
        R.log(s, mu, "ERROR:    Exception in ASGI application")
        R.log(s + 0.001, mu, "Traceback (most recent call last):")
        R.log(s + 0.002, mu, '  File "/app/uploader/storage.py", line 52, in save')
        R.log(s + 0.003, mu, "OSError: [Errno 30] Read-only file system: '%s'" % fn, ev=(i == 0))
        R.log(s + 0.01, mu, 'INFO:     %s:%d - "POST /v1/uploads HTTP/1.1" 500 Internal Server Error' % (R.pod_ip(), r.randint(30000, 60000)))
    R.noise(14, [S(R, mu, "uvicorn"), S(R, thumb, "celery")] + neighbours(R, 1), t0=-20, t1=140, herrings=2)
    R.ask("Uploads are failing with 500", ns)
    R.expect("ERROR", "storage", "media-uploader",
             "The block device %s backing media-uploader's data volume returned write I/O errors; ext4 aborted its journal and remounted the filesystem read-only, so every upload write fails with EROFS (Errno 30)." % dev,
             "All uploads fail with 500: media-uploader cannot write to /data because the kernel remounted its volume read-only after I/O errors on %s." % dev,
             "Move the pod off the volume (detach, fsck / restore from snapshot, or replace the disk), then restart media-uploader; check the underlying disk/EBS health.")


@scen("storage-nfs-mount")
def _(R):
    r = R.r
    ns = "cms"
    wp = R.w("cms-frontend", ns, container="php-fpm")
    wp_old = wp.sibling()
    nfs = "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 250), r.randint(2, 250))
    vid = "pvc-%s" % uid(r)
    puid = uid(r)
    for i, s in enumerate([5.0, 128.0, 252.0]):
        R.event(s, ns, wp.pod, "FailedMount",
                "MountVolume.SetUp failed for volume \"%s\" : mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs -o nfsvers=4.1 %s:/exports/cms-media /var/lib/kubelet/pods/%s/volumes/kubernetes.io~nfs/%s\nOutput: mount.nfs: Connection timed out" % (vid, nfs, puid, vid),
                host=wp.node, count=1 + i, ev=(i < 2))
    R.kubelet(5.1, wp.node, "E", "nestedpendingoperations.go:348", 'Operation for "{volumeName:kubernetes.io/nfs/%s-%s podName:%s nodeName:}" failed. No retries permitted until @ISOS@ (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume "%s" (UniqueName: "kubernetes.io/nfs/%s-%s") pod "%s" (UID: "%s") : mount failed: exit status 32' % (
        puid, vid, puid, vid, puid, vid, wp.pod, puid), ev=True)
    R.event(125.0, ns, wp.pod, "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[media], unattached volumes=[media kube-api-access-%s]: timed out waiting for the condition" % sfx(r), host=wp.node)
    for s in (60.0, 180.0):
        R.log(s, wp_old, "[%s] WARNING: [pool www] child %d said into stderr: \"PHP Warning:  file_put_contents(/var/www/html/wp-content/uploads/2026/%02d/banner.webp): Failed to open stream: Stale file handle in /var/www/html/wp-includes/functions.php on line 3463\"" % (
            R.at(s).strftime("%d-%b-%Y %H:%M:%S"), r.randint(20, 99), R.t0.month))
    R.log(70.0, wp_old, "%s -  %s:00 +0000 \"GET /index.php\" 200" % (R.pod_ip(), R.at(70).strftime("%d/%b/%Y:%H:%M")))
    R.noise(12, neighbours(R, 3), t0=0, t1=270, herrings=2)
    R.ask("The new cms-frontend pod is stuck in ContainerCreating", ns)
    R.expect("ERROR", "storage", "cms-frontend",
             "The NFS server %s:/exports/cms-media is not reachable from the node for mounting (mount.nfs: Connection timed out, exit status 32), so the media volume cannot be mounted and the new cms-frontend pod stays in ContainerCreating; the running pod sees stale file handles on the same export." % nfs,
             "cms-frontend's new pod cannot start because mounting its NFS media volume fails; the existing pod still serves pages but media writes fail with 'Stale file handle'.",
             "Check the NFS server at %s (service up, exports, firewall on 2049 from the node subnet) and remount; consider a managed RWX storage class." % nfs)


# ---------------------------------------------------------------- database
@scen("db-pg-too-many-clients")
def _(R):
    r = R.r
    ns = "data"
    pg = R.w("pg-main", ns, kind="sts", container="postgres", db="reporting", dbuser="reporting")
    rw = R.w("report-worker", "analytics", container="worker", module="reports.worker")
    api = R.w("reports-api", "analytics", container="api", paths=["/api/reports", "/api/reports/%d"])
    R.event(0.0, "analytics", "report-worker", "SuccessfulRescale", "New size: 24; reason: external metric rabbitmq_queue_messages_ready(&LabelSelector{MatchLabels:map[string]string{queue: reports,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", type="Normal", kind="HorizontalPodAutoscaler", comp="horizontal-pod-autoscaler")
    for i, s in enumerate([30.0, 30.4, 52.0, 88.0, 120.0, 151.0]):
        msg = "sorry, too many clients already" if i % 2 == 0 else "remaining connection slots are reserved for non-replication superuser connections"
        R.log(s, pg, "@PG@ [%d] FATAL:  %s" % (r.randint(1000, 30000), msg), ev=(i < 3))
    for s in (31.0, 90.0, 140.0):
        R.log(s, rw, "@PY@ ERROR [reports.worker] job failed: (psycopg2.OperationalError) connection to server at \"pg-main.data.svc.cluster.local\" (%s), port 5432 failed: FATAL:  sorry, too many clients already" % R.svc_ip())
    R.log(60.0, api, 'INFO:     %s:%d - "GET /api/reports/%d HTTP/1.1" 503 Service Unavailable' % (R.pod_ip(), r.randint(30000, 60000), r.randint(100, 999)))
    am = R.w("alertmanager-main", "monitoring", kind="sts", container="alertmanager")
    R.log(45.0, am, 'ts=@ISO@ caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=PostgresqlTooManyConnections[%s][active]' % hexs(r, 7), ev=True)
    R.noise(14, [S(R, pg, "postgres"), S(R, api, "uvicorn")] + neighbours(R, 2, exclude=("alertmanager-main",)), t0=0, t1=170, herrings=2)
    R.ask("Reports are failing to generate", "analytics")
    R.expect("ERROR", "database", "pg-main",
             "pg-main has hit max_connections (200): the HPA scaled report-worker to 24 replicas, each opening its own SQLAlchemy pool of connections, so PostgreSQL rejects new connections with 'sorry, too many clients already'.",
             "PostgreSQL pg-main refuses new connections (too many clients / remaining slots reserved for superusers) after report-worker scaled out to 24 pods; PostgresqlTooManyConnections is firing and report jobs and reports-api requests fail.",
             "Cap report-worker connections (smaller pool per pod, HPA max) and put PgBouncer in front of pg-main in transaction mode; raise max_connections only with enough memory.")


@scen("db-mysql-deadlocks")
def _(R):
    r = R.r
    ns = "inventory"
    my = R.w("mysql", ns, kind="sts", container="mysql")
    st = R.w("stock-service", ns, container="stock-service", logger="c.a.stock.service.StockService",
             msgs=["Reserved %(n)s units for order %(id)s", "Stock level synced for warehouse wh-%(p)s in %(ms)s ms"])
    st2 = st.sibling()
    for i, s in enumerate([20.0, 58.0, 97.0, 140.0]):
        thr = r.randint(40000, 90000)
        R.log(s, my, "@ISO6@ %d [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)" % thr, ev=(i < 2))
        if i == 0:
            R.log(s + 0.001, my, "@ISO6@ %d [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION:" % thr)
            R.log(s + 0.002, my, "@ISO6@ %d [Note] [MY-012469] [InnoDB] TRANSACTION %d, ACTIVE 0 sec starting index read" % (thr, r.randint(10 ** 7, 10 ** 8)))
            R.log(s + 0.003, my, "@ISO6@ %d [Note] [MY-012469] [InnoDB] UPDATE stock_levels SET reserved = reserved + 1 WHERE sku_id = %d AND warehouse_id = 3" % (thr, r.randint(1000, 9999)))
            R.log(s + 0.004, my, "@ISO6@ %d [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2)" % thr, ev=True)
        w = st if i % 2 == 0 else st2
        R.log(s + 0.01, w, js({"@timestamp": "@ISO@", "@version": "1", "message": "Reservation failed for order ord-%d after 3 attempts" % r.randint(100000, 999999), "logger_name": "c.a.stock.service.ReservationService",
                               "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 60), "level": "ERROR", "level_value": 40000,
                               "stack_trace": "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE stock_levels SET reserved = reserved + ? WHERE sku_id = ? AND warehouse_id = ?]; Deadlock found when trying to get lock; try restarting transaction\nCaused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Deadlock found when trying to get lock; try restarting transaction\n"}), ev=(i == 0))
    R.noise(16, [S(R, st, "spring_json"), S(R, st2, "spring_json")] + neighbours(R, 2), t0=0, t1=170, herrings=2)
    R.ask("Flash sale: many orders fail to reserve stock", ns)
    R.expect("ERROR", "database", "mysql",
             "Under flash-sale concurrency, stock reservations that update several stock_levels rows in different orders deadlock in InnoDB; MySQL rolls back one transaction each time and stock-service gives up after 3 retries.",
             "MySQL is detecting InnoDB deadlocks on stock_levels repeatedly; stock-service reservations fail with CannotAcquireLockException ('Deadlock found when trying to get lock') after retries, so orders fail to reserve stock.",
             "Lock stock rows in a consistent order (sort SKUs before updating), keep reservation transactions short, and retry with backoff; consider a queue-based reservation for hot SKUs.")


@scen("db-replica-lag")
def _(R):
    r = R.r
    ns = "db"
    prim = R.w("pg-cluster", ns, kind="sts", container="postgres", pod="pg-cluster-0", db="shop", dbuser="shop")
    repl = R.w("pg-cluster", ns, kind="sts", container="postgres", pod="pg-cluster-1", db="shop", dbuser="analyst")
    shop = R.w("storefront-api", "shop", container="api")
    am = R.w("alertmanager-main", "monitoring", kind="sts", container="alertmanager")
    R.log(0.0, repl, "@PG@ [%d] LOG:  duration: %.3f ms  statement: SELECT o.customer_id, count(*), sum(li.amount) FROM orders o JOIN line_items li ON li.order_id = o.id WHERE o.created_at > now() - interval '400 days' GROUP BY 1" % (r.randint(1000, 9000), r.uniform(600000, 900000)), ev=True)
    R.log(20.0, am, 'ts=@ISO@ caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=PostgresReplicationLagHigh[%s][active]' % hexs(r, 7), ev=True)
    for i, s in enumerate([25.0, 61.0, 99.0, 133.0]):
        R.log(s, shop, 'time=@ISO@ level=WARN msg="replica lag above threshold, routing read to primary" replica=pg-cluster-1 lag=%.1fs threshold=10s query=GetOrder' % (41.3 + 9 * i), ev=(i < 2))
    R.log(70.0, repl, "@PG@ [%d] LOG:  restartpoint starting: time" % r.randint(100, 900))
    cpid = r.randint(100, 900)
    R.log(80.0, prim, "@PG@ [%d] LOG:  checkpoints are occurring too frequently (24 seconds apart)" % cpid)
    R.log(80.001, prim, "@PG@ [%d] HINT:  Consider increasing the configuration parameter \"max_wal_size\"." % cpid)
    R.log(110.0, shop, 'time=@ISO@ level=INFO msg="order page rendered" order_id=ord-%d source=primary dur=38ms' % r.randint(100000, 999999))
    R.noise(14, [S(R, prim, "postgres"), S(R, shop, "slog")] + neighbours(R, 2, exclude=("alertmanager-main",)), t0=0, t1=160, herrings=2)
    R.ask("Customers briefly saw old order statuses", None)
    R.expect("WARN", "database", "pg-cluster",
             "The streaming replica pg-cluster-1 is lagging (40–70s and growing) because a long analytics query on the replica blocks WAL replay; reads routed to it return stale data.",
             "Replication lag on pg-cluster-1 exceeds the 10s threshold (PostgresReplicationLagHigh firing); storefront-api detects it and routes reads to the primary, so customers only briefly saw stale order statuses. Service is degraded, not failing.",
             "Move heavy analytics queries off the hot-standby replica (or set max_standby_streaming_delay / hot_standby_feedback appropriately), and cancel the long-running query if the lag keeps growing.")


@scen("db-flyway-migration")
def _(R):
    r = R.r
    ns = "catalog"
    cat = R.w("catalog-service", ns, container="flyway-migrate")
    old = R.w("catalog-service", ns, container="catalog-service", logger="c.a.catalog.web.ProductController",
              msgs=["Product %(id)s served in %(ms)s ms", "Category tree rebuilt (%(n)s nodes) in %(ms)s ms"])
    db = R.w("catalog-pg", ns, kind="sts", container="postgres", db="catalog", dbuser="catalog")
    puid = uid(r)
    R.log(0.0, cat, "Flyway Community Edition 10.10.0 by Redgate")
    R.log(0.2, cat, "Database: jdbc:postgresql://catalog-pg.catalog.svc:5432/catalog (PostgreSQL 15.6)")
    R.log(0.5, cat, "Successfully validated 42 migrations (execution time 00:00.093s)")
    R.log(0.6, cat, "Current version of schema \"public\": 41")
    R.log(0.7, cat, "Migrating schema \"public\" to version \"42 - add unique sku index\"")
    bpid = r.randint(100, 9000)
    R.log(3.9, db, '@PG@ [%d] ERROR:  could not create unique index "ux_products_sku"' % bpid, ev=True)
    R.log(3.901, db, "@PG@ [%d] DETAIL:  Key (sku)=(TSH-0142-BLK) is duplicated." % bpid, ev=True)
    R.log(3.902, db, '@PG@ [%d] STATEMENT:  CREATE UNIQUE INDEX ux_products_sku ON products (sku)' % bpid)
    R.log(4.0, cat, "ERROR: Migration of schema \"public\" to version \"42 - add unique sku index\" failed! Changes successfully rolled back.", ev=True)
    R.log(4.01, cat, "ERROR: Migration V42__add_unique_sku_index.sql failed")
    R.log(4.02, cat, "SQL State  : 23505")
    R.log(4.03, cat, "Error Code : 0")
    R.log(4.04, cat, "Message    : ERROR: could not create unique index \"ux_products_sku\"")
    R.log(4.05, cat, "  Detail: Key (sku)=(TSH-0142-BLK) is duplicated.")
    R.event(60.0, ns, cat.pod, "BackOff", "Back-off restarting failed container flyway-migrate in pod %s_%s(%s)" % (cat.pod, ns, puid), count=4, host=cat.node, field="spec.initContainers{flyway-migrate}")
    R.noise(14, [S(R, old, "spring_json"), S(R, db, "postgres")] + neighbours(R, 1), t0=0, t1=120, herrings=2)
    R.ask("catalog-service 7.3 deploy is stuck in Init:CrashLoopBackOff", ns)
    R.expect("ERROR", "database", "catalog-service",
             "Flyway migration V42 (add unique sku index) fails because the products table already contains duplicate SKUs (e.g. TSH-0142-BLK), so PostgreSQL cannot build ux_products_sku; the migrate init container exits and the new pods crash-loop in Init.",
             "The catalog-service 7.3 rollout is blocked: its flyway-migrate init container fails on V42 with a unique-violation (23505) on products.sku and restarts repeatedly. Old catalog-service pods on schema 41 keep serving.",
             "De-duplicate the products.sku rows (or make V42 clean them up first), then re-run the migration; keep the old ReplicaSet serving until it succeeds.")


# ---------------------------------------------------------------- rate_limited
@scen("rate-stripe-429")
def _(R):
    r = R.r
    ns = "payments"
    pay = R.w("payments", ns, container="payments", module="payments.stripe")
    pay2 = pay.sibling()
    for i, s in enumerate([14.0, 15.2, 41.0, 77.0, 78.3, 120.0]):
        w = pay if i % 2 == 0 else pay2
        rid = "req_%s" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        R.log(s, w, "@PY@ WARNING [payments.stripe] Stripe 429 on POST /v1/payment_intents (request_id=%s), retrying in %.1fs (attempt %d/4): Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits." % (rid, 0.5 * (2 ** (i % 3)), 1 + i % 3), ev=(i < 3))
        R.log(s + 1.5 + i % 3, w, "@PY@ INFO [payments.stripe] payment_intent pi_%s created after %d retries" % ("".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)), 1 + i % 3))
    R.log(60.0, pay, "@PY@ INFO [payments.metrics] stripe_requests_per_s=%d (account limit 100 live-mode) 429_count_1m=%d" % (r.randint(97, 118), r.randint(8, 30)), ev=True)
    pay.meta["paths"] = ["/v1/payments", "/v1/payments/%d/capture", "/healthz"]
    R.noise(16, [S(R, pay, "uvicorn"), S(R, pay2, "uvicorn")] + neighbours(R, 2), t0=0, t1=150, herrings=2)
    R.ask("Anything wrong in payments?", ns)
    R.expect("WARN", "rate_limited", "payments",
             "payments is sending Stripe more requests per second than the account's live-mode rate limit during the traffic peak, so Stripe answers some POST /v1/payment_intents calls with 429 'Request rate limit exceeded'.",
             "Stripe is rate limiting payments (HTTP 429) at peak; the client retries with backoff and the payment intents are created after 1–3 retries, so payments succeed with added latency.",
             "Reduce Stripe call volume (avoid redundant retrieve calls, use idempotency keys and webhooks instead of polling) and ask Stripe for a higher limit if peak traffic is expected to grow.")


@scen("rate-ses-throttling")
def _(R):
    r = R.r
    ns = "marketing"
    ns_ = R.w("newsletter-sender", ns, container="sender", tasks=["newsletter.tasks.send_batch", "newsletter.tasks.record_bounce"])
    for i, s in enumerate([5.0, 22.0, 48.0, 80.0, 111.0]):
        tid = uid(r)
        R.log(s, ns_, "[@PY@: WARNING/ForkPoolWorker-%d] Task newsletter.tasks.send_batch[%s] retry: Retry in %ds: ClientError('An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded.')" % (
            r.randint(1, 16), tid, 30 * (i + 1)), ev=(i < 3))
    R.log(30.0, ns_, "@PY@ INFO [newsletter.campaign] campaign spring-sale-%d: queued=%d sent=%d send_rate_limit=%d/s concurrency=16" % (r.randint(1, 9), r.randint(120000, 300000), r.randint(20000, 60000), r.choice([14, 50])), ev=True)
    for s in (10.0, 40.0, 90.0):
        R.log(s, ns_, "[@PY@: INFO/ForkPoolWorker-%d] Task newsletter.tasks.send_batch[%s] succeeded in %.3fs: {'sent': 50}" % (r.randint(1, 16), uid(r), r.uniform(2, 6)))
    R.noise(14, [S(R, ns_, "celery")] + neighbours(R, 2), t0=0, t1=130, herrings=2)
    R.ask("The spring-sale newsletter is going out very slowly", ns)
    R.expect("WARN", "rate_limited", "newsletter-sender",
             "newsletter-sender runs 16 concurrent workers that together exceed the account's Amazon SES maximum sending rate, so SES throttles SendEmail ('Maximum sending rate exceeded') and batches are retried with backoff.",
             "SES is throttling newsletter-sender; many send_batch tasks are retried with increasing delays while others succeed, so the campaign progresses slowly but is not losing emails.",
             "Throttle sending to the SES send rate (rate limit the send_batch task / lower concurrency) and request a higher SES sending quota for large campaigns.")


@scen("rate-openai-tpm")
def _(R):
    r = R.r
    ns = "assistant"
    aa = R.w("assistant-api", ns, container="api", paths=["/v1/chat", "/v1/chat/%d", "/healthz"])
    aa2 = aa.sibling()
    org = "org-%s" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    for i, s in enumerate([9.0, 27.0, 46.0, 70.0, 98.0, 125.0]):
        w = aa if i % 2 == 0 else aa2
        used = r.randint(29000, 29950)
        req = r.randint(900, 4000)
        R.log(s, w, "@PY@ ERROR [assistant.llm] completion failed: openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization %s on tokens per min (TPM): Limit 30000, Used %d, Requested %d. Please try again in %.3fs. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}" % (org, used, req, r.uniform(1, 9)), ev=(i < 3))
        R.log(s + 0.01, w, 'INFO:     %s:%d - "POST /v1/chat HTTP/1.1" 503 Service Unavailable' % (R.pod_ip(), r.randint(30000, 60000)))
    R.log(50.0, aa, "@PY@ INFO [assistant.rag] context built: 14 chunks, 11873 tokens (max_context_tokens=12000)", ev=True)
    R.noise(16, [S(R, aa, "uvicorn"), S(R, aa2, "uvicorn")] + neighbours(R, 2), t0=0, t1=150, herrings=2)
    R.ask("Why is the assistant answering 'service unavailable'?", ns)
    R.expect("ERROR", "rate_limited", "assistant-api",
             "assistant-api exceeds the OpenAI organization's gpt-4o tokens-per-minute limit (30,000 TPM): each request sends ~12k tokens of retrieved context, so only a couple of requests per minute fit and the rest get 429 rate_limit_exceeded.",
             "Most chat requests fail with 503 because OpenAI rejects gpt-4o completions with 429 (TPM limit 30000 reached). The prompts are large (~12k context tokens each).",
             "Cut the context size (fewer/shorter chunks), queue and retry with backoff honouring 'try again in', and raise the OpenAI usage tier/TPM limit or fall back to a smaller model.")


# ---------------------------------------------------------------- node_failure
@scen("node-pleg-notready")
def _(R):
    r = R.r
    bad = R.nodes[2]
    pid = R.kubelet_pid[bad]
    victims = [R.w("cart", "shop", container="cart", node=bad), R.w("search-api", "search", container="search-api", node=bad), R.w("checkout", "shop", container="checkout", node=bad)]
    gw = R.w("api-gateway", "edge", container="envoy")
    R.journal(0.0, bad, "containerd.service", 'time="@ISO9@" level=error msg="ContainerStatus for \\"%s\\" failed" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"' % hexs(r, 64))
    R.kubelet(30.0, bad, "I", "kubelet.go:2396", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.520118901s ago; threshold is 3m0s"', ev=True)
    R.kubelet(30.5, bad, "I", "setters.go:568", '"Node became not ready" node="%s" condition={Type:Ready Status:False LastHeartbeatTime:@ISOS@ LastTransitionTime:@ISOS@ Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m5.020330617s ago; threshold is 3m0s}' % bad, ev=True)
    R.journal(31.0, bad, "containerd.service", 'time="@ISO9@" level=error msg="ListContainers with filter &ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},} failed" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"')
    R.event(32.0, "", bad, "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, kind="Node", comp="node-controller", ev=True)
    for i, v in enumerate(victims):
        R.event(33.0 + i * 0.2, v.ns, v.pod, "NodeNotReady", "Node is not ready", comp="node-controller")
    R.kubelet(90.0, bad, "I", "kubelet.go:2396", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 4m4.771921004s ago; threshold is 3m0s"')
    for i, v in enumerate(victims):
        R.event(335.0 + i * 0.2, v.ns, v.pod, "TaintManagerEviction", "Marking for deletion Pod %s/%s" % (v.ns, v.pod), type="Normal", comp="taint-controller")
    for k, s in enumerate((40.0, 75.0, 150.0, 260.0)):
        v, path = (victims[0], "POST /api/cart/items") if k % 2 == 0 else (victims[1], "GET /api/search?q=%s" % r.choice(["tent", "boots", "lamp"]))
        R.log(s, gw, '[@ISO@] "%s HTTP/2" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" %d 91 %d - "-" "%s" "%s" "%s.%s.svc.cluster.local:8080" "%s:8080" outbound|8080||%s.%s.svc.cluster.local - %s:8080 %s:%d - -' % (
            path, 64 if k % 2 == 0 else 0, r.randint(1000, 3000), r.choice(UAS), uid(r), v.name, v.ns, v.ip, v.name, v.ns, R.svc_ip(), R.pod_ip(), r.randint(30000, 60000)))
    R.noise(14, neighbours(R, 4), t0=0, t1=345, herrings=2)
    R.ask("Lots of 503s from cart and search — what happened?", None)
    R.expect("CRITICAL", "node_failure", bad,
             "The container runtime on node %s stopped responding (containerd calls time out), so the kubelet's PLEG went unhealthy for more than 3 minutes and the node turned NotReady; pods on it (cart, search-api, checkout) are unreachable until they are evicted." % bad,
             "Node %s is NotReady because PLEG is not healthy (containerd is hung). Pods scheduled there, including a cart and a search-api replica, stopped serving; the gateway gets connection failures (503 UF) to them, and after 5 minutes the taint manager evicts them." % bad,
             "Cordon and drain %s, restart containerd/kubelet or reboot the node (replace it if it recurs), and check for disk or kernel issues causing the runtime hang." % bad)


@scen("node-cni-cilium")
def _(R):
    r = R.r
    bad = R.nodes[1]
    ag = R.w("cilium", "kube-system", kind="ds", container="cilium-agent", node=bad)
    puid = uid(r)
    pods = [R.w("orders", "shop", container="orders", node=bad), R.w("notification-worker", "notify", container="worker", node=bad), R.w("reviews", "catalog", container="reviews", node=bad)]
    R.log(0.0, ag, 'level=fatal msg="failed to start: daemon creation failed: error while initializing daemon: failed while reinitializing datapath: loading eBPF collection into the kernel: map cilium_calls_hostns_00001: map create: cannot allocate memory" subsys=daemon', ev=True)
    R.event(20.0, "kube-system", ag.pod, "BackOff", "Back-off restarting failed container cilium-agent in pod %s_kube-system(%s)" % (ag.pod, puid), count=7, host=bad, ev=True)
    for i, p in enumerate(pods):
        sid = hexs(r, 64)
        R.event(30.0 + i * 25, p.ns, p.pod, "FailedCreatePodSandBox",
                'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="cilium-cni" name="cilium" failed (add): unable to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get "http:///var/run/cilium/cilium.sock/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory' % sid,
                host=bad, ev=(i < 2))
    R.log(100.0, ag, 'level=fatal msg="failed to start: daemon creation failed: error while initializing daemon: failed while reinitializing datapath: loading eBPF collection into the kernel: map cilium_calls_hostns_00001: map create: cannot allocate memory" subsys=daemon')
    R.event(120.0, "kube-system", ag.pod, "BackOff", "Back-off restarting failed container cilium-agent in pod %s_kube-system(%s)" % (ag.pod, puid), count=9, host=bad)
    ok = R.w("cilium", "kube-system", kind="ds", container="cilium-agent", node=R.nodes[0])
    R.log(50.0, ok, 'level=info msg="Rewrote endpoint BPF program" containerID=%s datapathPolicyRevision=%d desiredPolicyRevision=%d endpointID=%d identity=%d ipv4=%s ipv6= k8sPodName=shop/%s subsys=endpoint' % (
        hexs(r, 10), r.randint(2, 40), r.randint(2, 40), r.randint(100, 4000), r.randint(10000, 70000), R.pod_ip(), R.w("orders", "shop").pod))
    R.noise(14, neighbours(R, 3), t0=0, t1=150, herrings=2)
    R.ask("New pods on one node stay in ContainerCreating", None)
    R.expect("ERROR", "node_failure", bad,
             "The Cilium agent on node %s crash-loops at startup because the kernel on that node refuses to create its eBPF maps (map create: cannot allocate memory), so the cilium-cni plugin cannot reach the agent socket and every new pod sandbox on that node fails network setup." % bad,
             "Pod networking is broken on %s: cilium-agent there keeps failing to start, and pods scheduled to the node (orders, notification-worker, reviews) stay in ContainerCreating with FailedCreatePodSandBox. Other nodes are fine." % bad,
             "Cordon and drain %s so new pods go elsewhere, then reboot or replace the node (check kernel memory / memlock limits); uncordon only once cilium-agent is Ready." % bad)


@scen("node-ecc-mce")
def _(R):
    r = R.r
    bad = R.nodes[0]
    v = R.w("kafka", "streaming", kind="sts", container="kafka", node=bad, pod="kafka-1")
    other = R.w("kafka", "streaming", kind="sts", container="kafka", pod="kafka-0")
    cons = R.w("clickstream-ingest", "analytics", container="ingest")
    R.journal(0.0, bad, "kernel", "mce: [Hardware Error]: Machine check events logged", ev=True)
    R.journal(0.01, bad, "kernel", "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%s offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:2 row:0x1c2f col:0x1b8)" % hexs(r, 6))
    R.journal(41.0, bad, "kernel", "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%s offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:2 row:0x1c30 col:0x2a0)" % hexs(r, 6), ev=True)
    R.journal(41.2, bad, "kernel", "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 7: be00000000800090", ev=True)
    R.journal(41.3, bad, "kernel", "Kernel panic - not syncing: Fatal machine check", ev=True)
    R.event(84.0, "", bad, "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, kind="Node", comp="node-controller")
    R.event(84.5, "streaming", "kafka-1", "NodeNotReady", "Node is not ready", comp="node-controller")
    for s in (50.0, 110.0, 170.0):
        R.log(s, other, "[@PY@] INFO [Partition clickstream-%d broker=0] Shrinking ISR from 0,1,2 to 0,2. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 1, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)" % (
            r.randint(0, 11), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(1700000000000, 1760000000000)))
        R.log(s + 3, cons, "@SPRING@  WARN 1 --- [clickstream-ingest] [ad | producer-1] org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] Disconnecting from node 1 due to request timeout.")
    R.noise(12, [S(R, other, "kafka")] + neighbours(R, 2), t0=-30, t1=190, herrings=2)
    R.ask("kafka-1's node vanished", None)
    R.expect("CRITICAL", "node_failure", bad,
             "Node %s has a failing DIMM (CPU_SrcID#1 channel 2 DIMM 0): correctable ECC errors were followed by an uncorrectable memory error and a fatal machine check, and the kernel panicked; the node is NotReady." % bad,
             "A hardware memory fault crashed node %s (EDAC uncorrectable error, 'Kernel panic - not syncing: Fatal machine check'). kafka-1 ran there: partitions shrank their ISR and producers time out on broker 1." % bad,
             "Keep %s cordoned and out of service, have the DIMM replaced (check BMC/SEL logs), and let kafka-1 recover on healthy hardware (or reattach its volume elsewhere)." % bad)


# ---------------------------------------------------------------- none (healthy windows with red herrings)
@scen("none-payments-healthy")
def _(R):
    r = R.r
    ns = "payments"
    pay = R.w("payments", ns, container="payments", module="payments.stripe", paths=["/v1/payments", "/v1/payments/%d", "/v1/payments/%d/capture", "/healthz"])
    pay2 = pay.sibling()
    R.log(30.0, pay, "@PY@ WARNING [payments.stripe] Stripe returned 502 on GET /v1/payment_intents/pi_%s, retrying (attempt 1/4)" % sfx(r, 24))
    R.log(30.9, pay, "@PY@ INFO [payments.stripe] retry succeeded for GET /v1/payment_intents (attempt 2)")
    R.log(75.0, pay2, 'INFO:     %s:%d - "POST /v1/payments/%d/capture HTTP/1.1" 401 Unauthorized' % (R.pod_ip(), r.randint(30000, 60000), r.randint(1000, 9999)))
    R.log(75.01, pay2, "@PY@ INFO [payments.auth] rejected request: session token expired (user=u-%d, expired %d min ago)" % (r.randint(10000, 99999), r.randint(5, 90)))
    R.log(120.0, pay, "@PY@ INFO [payments.metrics] window=60s requests=%d error_count=0 p99_ms=%d stripe_429=0" % (r.randint(800, 3000), r.randint(80, 240)))
    R.noise(22, [S(R, pay, "uvicorn"), S(R, pay2, "uvicorn"), S(R, pay, "python")] + neighbours(R, 1), t0=0, t1=180, herrings=3)
    R.ask("Is payments healthy right now?", ns)
    R.expect("INFO", "none", "payments",
             "No incident: payments is serving normally; the single Stripe 502 was retried successfully and the 401 is an expired user session.",
             "payments looks healthy: requests succeed, error_count=0 in the last window, one transient Stripe 502 recovered on retry, and one 401 came from an expired session token.",
             "Nothing to do.")


@scen("none-storefront-scanners")
def _(R):
    r = R.r
    ns = "shop"
    sf = R.w("storefront", ns, container="nginx", host="www.northwind-outdoor.com",
             paths=["/", "/products/%d", "/category/tents", "/static/js/app.%s.js" % hexs(r, 8), "/cart", "/favicon.ico"])
    sf2 = sf.sibling()
    for s in (20.0, 21.0, 22.5, 23.1, 90.0):
        R.log(s, sf, '%s - - [@CLF@] "GET %s HTTP/1.1" 404 153 "-" "%s"' % ("45.148.10.%d" % r.randint(2, 250), r.choice(SCAN), r.choice(SCAN_UA)))
    R.log(60.0, sf2, '%s - - [@CLF@] "GET /products/%d HTTP/1.1" 499 0 "-" "%s"' % (_client_ip(R), r.randint(1000, 9999), UAS[1]))
    R.log(110.0, sf2, '@NGX@ [warn] 22#22: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/41/0000000413 while reading upstream, client: %s, server: www.northwind-outdoor.com, request: "GET /static/js/vendor.js HTTP/1.1", upstream: "http://%s:3000/static/js/vendor.js", host: "www.northwind-outdoor.com"' % (
        r.randint(10000, 99999), _client_ip(R), R.pod_ip()))
    R.noise(24, [S(R, sf, "nginx"), S(R, sf2, "nginx")] + neighbours(R, 1, exclude=("storefront",)), t0=0, t1=170, herrings=2)
    R.ask(None, ns)
    R.expect("INFO", "none", "storefront",
             "No incident: storefront serves normally; the 404s are vulnerability scanners probing /wp-login.php, /.env etc., and the 499 is a client that closed the connection.",
             "Healthy traffic on storefront: pages and assets return 200/304. A scanner produced a burst of 404s for non-existent paths, one client aborted a request (499), and nginx buffered one large upstream response to disk.",
             "Nothing to do (optionally rate-limit or block the scanner IPs at the edge).")


@scen("none-batch-export")
def _(R):
    r = R.r
    ns = "data"
    job = R.w("daily-export", ns, kind="job", container="export", bucket="acme-warehouse-exports")
    jn = job.pod.rsplit("-", 1)[0]
    R.event(0.0, ns, "daily-export", "SuccessfulCreate", "Created job %s" % jn, type="Normal", kind="CronJob", comp="cronjob-controller")
    R.event(0.2, ns, jn, "SuccessfulCreate", "Created pod: %s" % job.pod, type="Normal", kind="Job", comp="job-controller")
    R.event(1.1, ns, job.pod, "Pulled", 'Container image "ghcr.io/acme-corp/daily-export:2.3.1" already present on machine', type="Normal", host=job.node)
    R.event(1.3, ns, job.pod, "Started", "Started container export", type="Normal", host=job.node)
    R.log(2.0, job, "@PY@ INFO [export] starting export run date=%s tables=orders,line_items,customers" % R.t0.strftime("%Y-%m-%d"))
    R.log(58.0, job, "@PY@ WARNING [export] source API returned 503 on page 17, retrying in 2s (attempt 1/5)")
    R.log(60.3, job, "@PY@ INFO [export] page 17 fetched on retry (1000 records)")
    R.log(150.0, job, "@PY@ INFO [export] finished: exported %d rows in 148.2s, failed_pages=0" % r.randint(200000, 900000))
    R.event(153.0, ns, jn, "Completed", "Job completed", type="Normal", kind="Job", comp="job-controller")
    R.event(160.0, ns, "daily-export", "SawCompletedJob", "Saw completed job: %s, status: Complete" % jn, type="Normal", kind="CronJob", comp="cronjob-controller")
    R.event(160.2, ns, "daily-export", "SuccessfulDelete", "Deleted job %s-%d" % (jn.rsplit("-", 1)[0], r.randint(28000000, 28399999)), type="Normal", kind="CronJob", comp="cronjob-controller")
    R.noise(16, [S(R, job, "job")] + neighbours(R, 2), t0=0, t1=165, herrings=1)
    R.ask("Did last night's daily-export run fine?", ns)
    R.expect("INFO", "none", "daily-export",
             "No incident: the daily-export CronJob ran and completed successfully; one 503 from the source API was retried and succeeded.",
             "daily-export ran to completion (Job Completed, 0 failed pages). A single transient 503 on page 17 succeeded on retry; the CronJob cleaned up an old job per its history limit.",
             "Nothing to do.")


@scen("none-kafka-rebalance")
def _(R):
    r = R.r
    ns = "streaming"
    k = [R.w("kafka", ns, kind="sts", container="kafka", pod="kafka-%d" % i, topics=["clickstream", "orders", "payments.events"]) for i in range(3)]
    cons = R.w("clickstream-consumer", "analytics", container="consumer")
    grp = "clickstream-consumers"
    R.event(0.0, "analytics", "clickstream-consumer", "ScalingReplicaSet", "Scaled up replica set clickstream-consumer-%s to 1" % cons.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.log(20.0, k[1], "[@PY@] INFO [GroupCoordinator 1]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member consumer-%s-1-%s with group instance id None; client reason: need to re-join with the given member-id: consumer-%s-1-%s) (kafka.coordinator.group.GroupCoordinator)" % (
        grp, 211, r.randint(0, 49), grp, uid(r), grp, uid(r)))
    R.log(23.0, k[1], "[@PY@] INFO [GroupCoordinator 1]: Stabilized group %s generation 212 (__consumer_offsets-%d) with 4 members (kafka.coordinator.group.GroupCoordinator)" % (grp, r.randint(0, 49)))
    R.log(23.5, cons, "@SPRING@  INFO 1 --- [clickstream-consumer] [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : %s: partitions assigned: [clickstream-3, clickstream-7, clickstream-11]" % grp)
    R.log(80.0, cons, "@SPRING@  INFO 1 --- [clickstream-consumer] [ntainer#0-0-C-1] c.a.clickstream.LagReporter              : consumer lag total=%d (catching up after rebalance)" % r.randint(20000, 90000))
    R.log(150.0, cons, "@SPRING@  INFO 1 --- [clickstream-consumer] [ntainer#0-0-C-1] c.a.clickstream.LagReporter              : consumer lag total=%d" % r.randint(10, 400))
    R.noise(22, [S(R, k[0], "kafka"), S(R, k[1], "kafka"), S(R, k[2], "kafka")] + neighbours(R, 1), t0=0, t1=170, herrings=3)
    R.ask("A consumer-lag alert fired during the clickstream deploy — is Kafka OK?", ns)
    R.expect("INFO", "none", "kafka",
             "No incident: the consumer group rebalanced because a new clickstream-consumer pod joined during the deploy; lag rose briefly and drained.",
             "Kafka is healthy: routine segment rolls and retention deletes, plus a normal consumer-group rebalance when the new clickstream-consumer replica joined. Lag spiked during the rebalance and has caught up.",
             "Nothing to do; consider a longer 'for' on the lag alert or static group membership to avoid alerting on deploy rebalances.")


@scen("none-search-rollout")
def _(R):
    r = R.r
    ns = "search"
    old = R.w("search-api", ns, container="search-api", paths=["/v1/search", "/v1/suggest", "/healthz"])
    new = R.w("search-api", ns, container="search-api", paths=["/v1/search", "/v1/suggest", "/healthz"])
    argo = R.w("argocd-application-controller", "argocd", kind="sts", container="application-controller", apps=["search", "shop"])
    img = "registry.gitlab.com/acme/search-api:1.19.0"
    R.log(0.0, argo, 'time="@ISOS@" level=info msg="Initialized new operation: {&SyncOperation{Revision:%s,Prune:true,DryRun:false,SyncStrategy:nil,Resources:[]SyncOperationResource{},Source:nil,Manifests:[],SyncOptions:[],Sources:[]ApplicationSource{},Revisions:[],} {automated true} [] {5 nil}}" application=argocd/search' % hexs(r, 40))
    R.event(1.0, ns, "search-api", "ScalingReplicaSet", "Scaled up replica set search-api-%s to 1" % new.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.event(2.0, ns, new.pod, "Pulling", 'Pulling image "%s"' % img, type="Normal", host=new.node)
    R.event(6.3, ns, new.pod, "Pulled", 'Successfully pulled image "%s" in 4.218s (4.218s including waiting). Image size: 38712210 bytes.' % img, type="Normal", host=new.node)
    R.event(6.5, ns, new.pod, "Started", "Started container search-api", type="Normal", host=new.node)
    R.event(8.0, ns, new.pod, "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/healthz": dial tcp %s:8080: connect: connection refused' % (new.ip, new.ip), host=new.node)
    R.log(9.0, new, 'time=@ISO@ level=INFO msg="starting search-api" version=1.19.0 addr=:8080')
    R.log(9.4, new, 'time=@ISO@ level=INFO msg="index warmup complete" shards=6 took=412ms')
    R.event(20.0, ns, "search-api", "ScalingReplicaSet", "Scaled down replica set search-api-%s to 2 from 3" % old.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.event(20.2, ns, old.pod, "Killing", "Stopping container search-api", type="Normal", host=old.node)
    R.log(20.4, old, 'time=@ISO@ level=INFO msg="received signal, shutting down" signal=terminated')
    R.log(25.4, old, 'time=@ISO@ level=INFO msg="server stopped gracefully" inflight=0')
    R.event(60.0, ns, "search-api", "ScalingReplicaSet", "Scaled down replica set search-api-%s to 0 from 1" % old.rs, type="Normal", kind="Deployment", comp="deployment-controller")
    R.log(95.0, argo, 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Healthy" application=argocd/search dest-namespace=search dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')
    R.log(96.0, argo, 'time="@ISOS@" level=info msg="sync/terminate complete" application=argocd/search duration=1m35.2s')
    R.noise(16, [S(R, new, "slog"), S(R, argo, "argocd")] + neighbours(R, 1, exclude=("argocd-application-controller",)), t0=0, t1=160, herrings=2)
    R.ask("Did the search-api 1.19.0 deploy go OK?", ns)
    R.expect("INFO", "none", "search-api",
             "No incident: the search-api 1.19.0 rolling update completed; the single readiness-probe failure happened while the new container was still starting.",
             "The rollout succeeded: new pods started, passed readiness after a brief startup connection-refused probe, old pods shut down gracefully, and Argo CD reports the app Healthy.",
             "Nothing to do (optionally add initialDelaySeconds or a startupProbe to avoid the startup probe warning).")


@scen("none-postgres-routine")
def _(R):
    r = R.r
    ns = "shop"
    pg = R.w("orders-db", ns, kind="sts", container="postgres", db="orders", dbuser="orders_app")
    od = R.w("orders", ns, container="orders", logger="c.a.orders.service.OrderService")
    p = r.randint(1000, 9000)
    R.log(40.0, pg, "@PG@ [%d] ERROR:  canceling autovacuum task" % p)
    R.log(40.001, pg, '@PG@ [%d] CONTEXT:  while scanning block %d of relation "public.line_items"' % (p, r.randint(1000, 90000)))
    R.log(40.002, pg, '@PG@ [%d] 	automatic vacuum of table "orders.public.line_items"' % p)
    R.log(100.0, pg, "@PG@ [%d] LOG:  could not receive data from client: Connection reset by peer" % r.randint(1000, 9000))
    R.log(130.0, od, js({"@timestamp": "@ISO@", "@version": "1", "message": "HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)", "logger_name": "com.zaxxer.hikari.pool.HikariPool", "thread_name": "HikariPool-1 housekeeper", "level": "DEBUG", "level_value": 10000}))
    R.noise(24, [S(R, pg, "postgres"), S(R, pg, "postgres"), S(R, od, "spring_json")] + neighbours(R, 1), t0=0, t1=180, herrings=2)
    R.ask("Is the orders database OK?", ns)
    R.expect("INFO", "none", "orders-db",
             "No incident: orders-db is running normally; the 'canceling autovacuum task' ERROR is PostgreSQL cancelling autovacuum to let a conflicting lock through, and the connection reset is a client closing its socket.",
             "orders-db is healthy: regular checkpoints and autovacuum, connections authorize normally and the orders connection pool is mostly idle. The autovacuum cancel and one client connection reset are routine.",
             "Nothing to do (if autovacuum cancels recur on line_items, look at the locking DDL/LOCK TABLE that triggers them).")


@scen("none-celery-notify")
def _(R):
    r = R.r
    ns = "notify"
    nw = R.w("notification-worker", ns, container="worker", tasks=["notify.tasks.send_email", "notify.tasks.send_push", "notify.tasks.digest"])
    beat = R.w("notification-beat", ns, container="beat")
    for s in (0.0, 60.0, 120.0):
        R.log(s, beat, "[@PY@: INFO/MainProcess] Scheduler: Sending due task flush-digests (notify.tasks.digest)")
    tid = uid(r)
    R.log(33.0, nw, "[@PY@: WARNING/ForkPoolWorker-3] Task notify.tasks.send_push[%s] retry: Retry in 5s: ConnectionResetError(104, 'Connection reset by peer')" % tid)
    R.log(38.4, nw, "[@PY@: INFO/ForkPoolWorker-1] Task notify.tasks.send_push[%s] succeeded in 0.2114s: None" % tid)
    R.log(90.0, nw, "[@PY@: INFO/MainProcess] sync with celery@notification-worker-%s-%s" % (nw.rs, sfx(r)))
    R.log(150.0, nw, "@PY@ INFO [notify.metrics] tasks_ok=%d tasks_failed=0 error_count=0 queue_depth=%d" % (r.randint(400, 3000), r.randint(0, 12)))
    R.noise(22, [S(R, nw, "celery"), S(R, nw, "celery")] + neighbours(R, 1, exclude=("notification-worker",)), t0=0, t1=170, herrings=1)
    R.ask(None, ns)
    R.expect("INFO", "none", "notification-worker",
             "No incident: notification-worker processes tasks normally; one push task hit a connection reset and succeeded on retry.",
             "Celery workers in notify are healthy: scheduled digests run, tasks succeed, metrics show 0 failures, and the single retried push task succeeded 5s later.",
             "Nothing to do.")


@scen("none-cert-renewal")
def _(R):
    r = R.r
    cm = R.w("cert-manager", "cert-manager", container="cert-manager-controller")
    ing = R.w("ingress-nginx-controller", "ingress-nginx", container="controller", host="shop.tinyfox.com",
              upstreams=[("shop-storefront-80", R.pod_ip() + ":80")], paths=["/", "/products/%d", "/cart"])
    certs = [("shop", "storefront-tls"), ("payments", "api-tls"), ("identity", "auth-tls")]
    exp = R.t0 + dt.timedelta(days=30)
    for i, (ns, c) in enumerate(certs):
        s = 5.0 + i * 40
        R.log(s, cm, 'I@KL@       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s/%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at %s"' % (ns, c, (R.t0 - dt.timedelta(minutes=r.randint(1, 50))).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")))
        R.event(s + 0.1, ns, c, "Issuing", "Renewing certificate as renewal was scheduled at %s" % (R.t0 - dt.timedelta(minutes=r.randint(1, 50))).strftime("%Y-%m-%d %H:%M:%S +0000 UTC"), type="Normal", kind="Certificate", comp="cert-manager-certificates-trigger")
        R.log(s + 1.0, cm, 'I@KL@       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "%s-%d" condition "Approved" to @ISOS@' % (c, r.randint(2, 9)))
        R.log(s + 12.0, cm, 'I@KL@       1 acme.go:236] "certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="%s-%d" resource_namespace="%s" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="%s-%d-%d" related_resource_namespace="%s" related_resource_kind="Order" related_resource_version="v1"' % (c, r.randint(2, 9), ns, c, r.randint(2, 9), r.randint(10 ** 9, 4 * 10 ** 9), ns))
        R.event(s + 12.5, ns, c, "Issuing", "The certificate has been successfully issued", type="Normal", kind="Certificate", comp="cert-manager-certificates-issuing")
        R.log(s + 13.0, ing, 'I@KL@       7 controller.go:190] "Configuration changes detected, backend reload required"')
        R.log(s + 13.4, ing, 'I@KL@       7 controller.go:210] "Backend successfully reloaded"')
    R.log(2.0, cm, 'W@KL@       1 warnings.go:70] cert-manager.io/v1alpha2 Certificate is deprecated in v1.4+, unavailable in v1.6+; use cert-manager.io/v1 Certificate')
    R.noise(14, [S(R, ing, "ingress")] + neighbours(R, 1, exclude=("ingress-nginx-controller",)), t0=0, t1=150, herrings=1)
    R.ask("I got a 'certificate expires in 30 days' email — are our TLS certificates OK?", None)
    R.expect("INFO", "none", "cert-manager",
             "No incident: cert-manager is renewing the certificates on schedule (30 days before expiry, around %s) and all three were issued successfully; ingress-nginx reloaded with the new certificates." % exp.strftime("%Y-%m-%d"),
             "Certificate renewal is working: storefront-tls, api-tls and auth-tls were re-issued by cert-manager and picked up by ingress-nginx. The expiry email was for the old certificates. One deprecation warning about an old Certificate apiVersion is cosmetic.",
             "Nothing to do (optionally update manifests still using cert-manager.io/v1alpha2).")


@scen("none-autoscaler-scaledown")
def _(R):
    r = R.r
    ca = R.w("cluster-autoscaler", "kube-system", container="cluster-autoscaler")
    gone = R.nodes[-1]
    moved = [R.w("reviews", "catalog", container="reviews", node=gone), R.w("feature-flags", "platform", container="flags", node=gone)]
    R.log(0.0, ca, 'I@KL@       1 cluster.go:155] Node %s - cpu utilization 0.118750' % gone)
    R.log(0.2, ca, 'I@KL@       1 nodes.go:126] %s was unneeded for 10m0.421s' % gone)
    R.log(0.5, ca, 'I@KL@       1 actuator.go:175] Scale-down: removing node %s, utilization: {0.118 0.094 0 cpu 0.118}, pods to reschedule: %s' % (
        gone, ",".join("%s/%s" % (m.ns, m.pod) for m in moved)))
    R.event(1.0, "", gone, "ScaleDown", "marked the node as toBeDeleted/unschedulable", type="Normal", kind="Node", comp="cluster-autoscaler")
    R.event(1.2, "", gone, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % gone, type="Normal", kind="Node", comp="kubelet", host=gone)
    for i, m in enumerate(moved):
        R.event(2.0 + i * 0.3, m.ns, m.pod, "ScaleDown", "deleting pod for node scale down", type="Normal", comp="cluster-autoscaler")
        R.event(2.1 + i * 0.3, m.ns, m.pod, "Killing", "Stopping container %s" % m.container, type="Normal", host=gone)
        n = m.sibling(node=R.nodes[i])
        R.event(2.5 + i * 0.3, m.ns, n.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (m.ns, n.pod, n.node), type="Normal", comp="default-scheduler")
        R.event(5.0 + i * 0.3, m.ns, n.pod, "Started", "Started container %s" % m.container, type="Normal", host=n.node)
    R.event(40.0, "", gone, "RemovingNode", "Node %s event: Removing Node %s from Controller" % (gone, gone), type="Normal", kind="Node", comp="node-controller")
    R.log(41.0, ca, 'I@KL@       1 actuator.go:340] Scale-down: node %s removed with drain' % gone)
    R.event(60.0, "shop", "storefront", "SuccessfulRescale", "New size: 3; reason: All metrics below target", type="Normal", kind="HorizontalPodAutoscaler", comp="horizontal-pod-autoscaler")
    R.noise(14, neighbours(R, 3, exclude=("reviews", "feature-flags")), t0=0, t1=150, herrings=2)
    R.ask(None, None)
    R.expect("INFO", "none", "cluster-autoscaler",
             "No incident: the cluster autoscaler removed an underutilized node (%s) after it was unneeded for 10 minutes, and its pods were rescheduled elsewhere." % gone,
             "Normal scale-down: cluster-autoscaler drained and removed %s (12%% CPU utilization); reviews and feature-flags were rescheduled and started on other nodes, and the storefront HPA scaled down after traffic dropped." % gone,
             "Nothing to do.")


@scen("none-search-latency-report")
def _(R):
    r = R.r
    ns = "search"
    ss = R.w("search-service", ns, container="search-service", logger="c.a.search.ProductSearchService",
             msgs=["Search for %(n)s terms answered in %(ms)s ms", "Suggestions cache warmed with %(n)s prefixes", "Query rewrite applied: synonyms=%(n)s took %(ms)s ms"])
    es = [R.w("elasticsearch", ns, kind="sts", container="elasticsearch", pod="elasticsearch-data-%d" % i, cluster="products") for i in range(2)]
    R.log(30.0, es[0], js({"@timestamp": "@ISO@", "log.level": "INFO", "message": "[products-v3][2] took[612.4ms], took_millis[612], total_hits[2210 hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\"size\":48,\"query\":{\"match\":{\"name\":\"trail running shoes\"}}}], id[],",
                              "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.index_search_slowlog", "log.logger": "index.search.slowlog.query",
                              "elasticsearch.node.name": es[0].pod, "elasticsearch.cluster.name": "products"}))
    R.log(70.0, es[1], js({"@timestamp": "@ISO@", "log.level": "INFO", "message": "[gc][young][%d][%d] duration [312ms], collections [1]/[1s], total [312ms]/[2.1m], memory [5.8gb]->[2.1gb]/[8gb], all_pools {[young] [3.7gb]->[0b]/[0b]}{[old] [2gb]->[2gb]/[8gb]}{[survivor] [76mb]->[104mb]/[0b]}" % (r.randint(10000, 99999), r.randint(1000, 9999)),
                              "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "log.logger": "org.elasticsearch.monitor.jvm.JvmGcMonitorService",
                              "elasticsearch.node.name": es[1].pod, "elasticsearch.cluster.name": "products"}))
    R.log(100.0, ss, js({"@timestamp": "@ISO@", "@version": "1", "message": "search latency p50=%dms p95=%dms p99=%dms errors=0 (last 5m)" % (r.randint(20, 40), r.randint(80, 140), r.randint(180, 320)), "logger_name": "c.a.search.metrics.LatencyReporter",
                         "thread_name": "metrics-1", "level": "INFO", "level_value": 20000}))
    R.noise(20, [S(R, ss, "spring_json"), S(R, es[0], "es"), S(R, es[1], "es")] + neighbours(R, 1), t0=0, t1=170, herrings=3)
    R.ask("Users say search was slow around this time — anything in the logs?", ns)
    R.expect("INFO", "none", "search-service",
             "No incident visible: search-service latency is normal (p99 well under 400 ms, 0 errors) and Elasticsearch shows only an info-level 612 ms slowlog entry and a routine young-GC pause.",
             "Search looks healthy in this window: normal latencies and no errors in search-service, Elasticsearch cluster operating normally (one 0.6s query, a 312 ms young GC, deprecation warnings). Nothing explains a user-visible slowdown; it may be client-side or outside this window.",
             "Nothing to do in the cluster; if reports persist, check frontend/CDN timings and widen the time window.")


# ================================================================ main
def main():
    records = []
    for name, fn in SCEN:
        R = Rec(name)
        fn(R)
        records.append((name, R))
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)  # interleave categories deterministically
    out = []
    for n, i in enumerate(order, 1):
        name, R = records[i]
        out.append(R.build("heldout-%03d-%s" % (n, name)))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cats, sevs = {}, {}
    for rec in out:
        e = rec["expected"]
        cats[e["root_cause_category"]] = cats.get(e["root_cause_category"], 0) + 1
        sevs[e["severity"]] = sevs.get(e["severity"], 0) + 1
    print("wrote %d records to %s" % (len(out), OUT))
    print("categories:", dict(sorted(cats.items())))
    print("severities:", dict(sorted(sevs.items())))


if __name__ == "__main__":
    main()
