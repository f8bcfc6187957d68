#!/usr/bin/env python3
"""Generate dev5.jsonl: 60 golden-format-v1 records (18 healthy, 14 WARN, 14 ERROR,
14 CRITICAL) of Kubernetes log windows as a log tool would fetch them from Loki.

Standard library only. Deterministic: every random choice comes from
random.Random(f"{SEED}:<name>"), JSON is written with fixed separators and "\\n".

    python3 make_dev5.py            # writes dev5.jsonl next to this file
    python3 make_dev5.py --check    # builds twice in memory and compares bytes
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

SEED = "dev5-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev5.jsonl")
UTC = timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")
CATEGORIES = (
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
)

# --------------------------------------------------------------------------- time formats


def _ms(d):
    return f"{d.microsecond // 1000:03d}"


def fmt_time(kind, d):
    if kind == "iso3":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + "Z"
    if kind == "iso6":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if kind == "iso7":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{(d.microsecond * 7) % 10}Z"
    if kind == "iso9":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{(d.microsecond * 37) % 1000:03d}Z"
    if kind == "iso0":
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "isooff3":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + "+00:00"
    if kind == "isooff6":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"
    if kind == "klog":
        return d.strftime("%m%d %H:%M:%S.%f")
    if kind == "epoch":
        return f"{d.timestamp():.7f}".rstrip("0")
    if kind == "epochms":
        return str(int(d.timestamp() * 1000))
    if kind == "epochs":
        return str(int(d.timestamp()))
    if kind == "clf":
        return f"{d.day:02d}/{MON[d.month - 1]}/{d.year}:" + d.strftime("%H:%M:%S") + " +0000"
    if kind == "haproxy":
        return f"{d.day:02d}/{MON[d.month - 1]}/{d.year}:" + d.strftime("%H:%M:%S.") + _ms(d)
    if kind == "py":
        return d.strftime("%Y-%m-%d %H:%M:%S,") + _ms(d)
    if kind == "l4j":
        return d.strftime("%Y-%m-%d %H:%M:%S.") + _ms(d)
    if kind == "pg":
        return d.strftime("%Y-%m-%d %H:%M:%S.") + _ms(d) + " UTC"
    if kind == "date":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "gunicorn":
        return d.strftime("%Y-%m-%d %H:%M:%S") + " +0000"
    if kind == "rails":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f")
    if kind == "fluent":
        return d.strftime("%Y/%m/%d %H:%M:%S")
    if kind == "rabbit":
        return d.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"
    if kind == "syslog":
        return f"{MON[d.month - 1]} {d.day:>2} " + d.strftime("%H:%M:%S")
    if kind == "redis":
        return f"{d.day:02d} {MON[d.month - 1]} {d.year} " + d.strftime("%H:%M:%S.") + _ms(d)
    if kind == "hms":
        return d.strftime("%H:%M:%S")
    if kind == "ch":
        return d.strftime("%Y.%m.%d %H:%M:%S.%f")
    if kind == "tornado":
        return d.strftime("%y%m%d %H:%M:%S")
    if kind == "nginxerr":
        return d.strftime("%Y/%m/%d %H:%M:%S")
    raise KeyError(kind)


_MARK = re.compile(r"§(\w+)§")


def js(d, spaced=False):
    """JSON for a log line; '§epoch§'-style markers become bare numbers."""
    if spaced:
        s = json.dumps(d, ensure_ascii=False)
    else:
        s = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    for k in ("epoch", "epochms", "epochs"):
        s = s.replace(f'"§{k}§"', f"§{k}§")
    return s


def klog(sev, pid, src, msg):
    """klog header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg"""
    return f"{sev}§klog§ {pid:>7} {src}] {msg}"


def q(s):
    """Go %q-style quoting for klog structured values."""
    return json.dumps(s, ensure_ascii=False)


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


# --------------------------------------------------------------------------- window


class Win:
    def __init__(self, name):
        self.name = name
        r = self.rng = random.Random(f"{SEED}:{name}")
        self.t0 = datetime(2026, 2, 2, tzinfo=UTC) + timedelta(
            days=r.randint(0, 80), hours=r.randint(0, 23), minutes=r.randint(0, 59),
            seconds=r.randint(0, 59), microseconds=r.randint(0, 999) * 1000)
        self.items = []
        self.seq = 0
        self.cloud = r.choice(["eks", "gke", "aks", "kubeadm"])
        self.ev_style = r.choice(["exporter", "eventrouter", "alloy"])
        self._nodes = []
        self._used = set()
        self.region = r.choice(["eu-west-1", "us-east-1", "eu-central-1", "us-west-2"])
        self.gke_pool = "".join(r.choice("0123456789abcdef") for _ in range(8))
        self.aks_id = "".join(r.choice("0123456789") for _ in range(8))
        self.rv = r.randint(40_000_000, 90_000_000)
        self._exp_pod = None
        self._rs = {}
        self._kpid = {}

    # ---- randomness helpers
    def hex(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def uuid(self):
        return f"{self.hex(8)}-{self.hex(4)}-4{self.hex(3)}-{self.rng.choice('89ab')}{self.hex(3)}-{self.hex(12)}"

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def uf(self, a, b):
        return self.rng.uniform(a, b)

    def spread(self, n, a, b):
        return sorted(self.rng.uniform(a, b) for _ in range(n))

    def next_rv(self):
        self.rv += self.rng.randint(3, 400)
        return str(self.rv)

    # ---- naming helpers
    def rs_hash(self):
        return self.alnum(self.rng.choice([9, 10]))

    def kubelet_pid(self, node):
        if node not in self._kpid:
            self._kpid[node] = self.rng.randint(900, 4000)
        return self._kpid[node]

    def pod(self, deploy, rs=None):
        if rs is None:
            if deploy not in self._rs:
                self._rs[deploy] = self.rs_hash()
            rs = self._rs[deploy]
        while True:
            p = f"{deploy}-{rs}-{self.alnum(5)}"
            if p not in self._used:
                self._used.add(p)
                return p

    def ds_pod(self, ds):
        return f"{ds}-{self.alnum(5)}"

    def node(self):
        r = self.rng
        while True:
            if self.cloud == "eks":
                o2, o3 = r.randint(0, 63), r.randint(2, 254)
                n = f"ip-10-0-{o2}-{o3}.{self.region}.compute.internal"
            elif self.cloud == "gke":
                n = f"gke-prod-{r.choice(['default-pool', 'pool-2', 'highmem'])}-{self.gke_pool}-{self.alnum(4)}"
            elif self.cloud == "aks":
                n = f"aks-{r.choice(['nodepool1', 'user', 'system'])}-{self.aks_id}-vmss{r.randint(0, 40):06x}"
            else:
                n = f"{r.choice(['worker', 'k8s-node', 'node'])}-{r.randint(1, 24):02d}"
            if n not in self._nodes:
                self._nodes.append(n)
                return n

    def nodes(self, k):
        return [self.node() for _ in range(k)]

    def pod_ip(self):
        if self.cloud == "eks":
            return f"10.0.{self.ri(0, 63)}.{self.ri(2, 254)}"
        if self.cloud == "gke":
            return f"10.{self.ri(40, 60)}.{self.ri(0, 15)}.{self.ri(2, 254)}"
        return f"10.244.{self.ri(0, 12)}.{self.ri(2, 254)}"

    def svc_ip(self):
        return f"10.{self.pick(['96', '100', '43'])}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def pub_ip(self):
        a = self.pick([31, 37, 46, 62, 77, 81, 84, 88, 92, 95, 109, 141, 176, 185, 188, 212, 213, 217])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ---- lines
    def add(self, t, labels, line, ev=False):
        d = self.t0 + timedelta(microseconds=int(round(t * 1_000_000)) + self.rng.randint(0, 999))
        text = _MARK.sub(lambda m: fmt_time(m.group(1), d), line)
        self.items.append((d, self.seq, dict(labels), text, ev))
        self.seq += 1

    def finish(self):
        items = sorted(self.items, key=lambda it: (it[0], it[1]))
        logs, evidence = [], []
        for i, (d, _seq, labels, text, ev) in enumerate(items):
            logs.append({"ts": fmt_time("iso3", d), "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        return logs, evidence

    # ---- label helpers
    def L(self, ns, pod, container, node=None, app=None):
        lab = {"namespace": ns, "pod": pod, "container": container}
        if node:
            lab["node"] = node
        if app:
            lab["app"] = app
        lab["service_name"] = app or container
        return lab

    def host(self, node, unit):
        if unit == "kernel":
            return {"job": "systemd-journal", "node": node, "transport": "kernel", "service_name": "kernel"}
        return {"job": "systemd-journal", "node": node, "unit": unit, "service_name": unit}

    # ---- kubernetes events
    def k8s_event(self, t, ns, kind, name, reason, msg, etype="Normal", comp="kubelet", host=None,
                  count=1, field=None, labels=None, ev=False, api="v1"):
        rng = self.rng
        ename = f"{name}.{self.hex(16)}"
        src = {"component": comp}
        if host:
            src["host"] = host
        obj = {"kind": kind, "namespace": ns, "name": name, "uid": self.uuid(), "apiVersion": api,
               "resourceVersion": self.next_rv()}
        if field:
            obj["fieldPath"] = field
        if self.ev_style == "exporter":
            if self._exp_pod is None:
                self._exp_pod = self.pod("event-exporter")
            o = dict(obj)
            if labels:
                o["labels"] = labels
            body = {
                "metadata": {"name": ename, "namespace": ns, "uid": self.uuid(),
                             "resourceVersion": self.next_rv(), "creationTimestamp": "§iso0§"},
                "reason": reason, "message": msg, "source": src,
                "firstTimestamp": "§iso0§", "lastTimestamp": "§iso0§", "count": count, "type": etype,
                "eventTime": None, "reportingComponent": comp, "reportingInstance": host or "",
                "involvedObject": o,
            }
            lab = {"namespace": "monitoring", "pod": self._exp_pod, "container": "event-exporter",
                   "app": "kubernetes-event-exporter", "service_name": "kubernetes-event-exporter"}
            self.add(t, lab, js(body), ev)
        elif self.ev_style == "eventrouter":
            if self._exp_pod is None:
                self._exp_pod = self.pod("eventrouter")
            ev_body = {
                "metadata": {"name": ename, "namespace": ns, "uid": self.uuid(),
                             "resourceVersion": self.next_rv(), "creationTimestamp": "§iso0§"},
                "involvedObject": obj, "reason": reason, "message": msg, "source": src,
                "firstTimestamp": "§iso0§", "lastTimestamp": "§iso0§", "count": count, "type": etype,
                "eventTime": None, "reportingComponent": comp if comp != "kubelet" else "",
                "reportingInstance": "",
            }
            body = {"verb": "ADDED" if count == 1 else "UPDATED", "event": ev_body}
            lab = {"namespace": "kube-system", "pod": self._exp_pod, "container": "kube-eventrouter",
                   "app": "eventrouter", "service_name": "eventrouter"}
            self.add(t, lab, js(body), ev)
        else:
            parts = [f"name={ename}", f"kind={kind}", "action=", f"objectAPIversion={api}",
                     f"objectRV={obj['resourceVersion']}", f"eventRV={self.next_rv()}",
                     f"sourcecomponent={comp}"]
            if host:
                parts.append(f"sourcehost={host}")
            parts += [f"reason={reason}", f"type={etype}", f"count={count}", f"msg={q(msg)}"]
            lab = {"job": "integrations/kubernetes/eventhandler", "namespace": ns,
                   "instance": "alloy-singleton", "service_name": "integrations/kubernetes/eventhandler"}
            self.add(t, lab, " ".join(parts), ev)
        _ = rng

    def pod_started(self, t, ns, pod, container, image, node, pulled=False, app=None):
        """Scheduled / Pulled / Created / Started events of a normally starting pod."""
        lab = {"app": app or container}
        self.k8s_event(t, ns, "Pod", pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {node}",
                       comp="default-scheduler", labels=lab)
        if pulled:
            secs = self.uf(1.2, 9.5)
            self.k8s_event(t + secs + 0.2, ns, "Pod", pod, "Pulled",
                           f'Successfully pulled image "{image}" in {secs:.3f}s ({secs + 0.01:.3f}s including waiting). '
                           f'Image size: {self.ri(18_000_000, 420_000_000)} bytes.',
                           host=node, field=f"spec.containers{{{container}}}", labels=lab)
            t += secs
        else:
            self.k8s_event(t + 0.9, ns, "Pod", pod, "Pulled", f'Container image "{image}" already present on machine',
                           host=node, field=f"spec.containers{{{container}}}", labels=lab)
        self.k8s_event(t + 1.1, ns, "Pod", pod, "Created", f"Created container {container}", host=node,
                       field=f"spec.containers{{{container}}}", labels=lab)
        self.k8s_event(t + 1.4, ns, "Pod", pod, "Started", f"Started container {container}", host=node,
                       field=f"spec.containers{{{container}}}", labels=lab)
        return t + 1.4


# --------------------------------------------------------------------------- neighbour traffic

BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
]
CLIENT_UA = ["okhttp/4.12.0", "Go-http-client/1.1", "python-requests/2.31.0", "axios/1.6.7",
             "Apache-HttpClient/5.2.1 (Java/17.0.10)", "grpc-go/1.62.1", "Dart/3.3 (dart:io)"]


def _status(w, codes):
    tot = sum(c for _, c in codes)
    x = w.rng.uniform(0, tot)
    for s, c in codes:
        x -= c
        if x <= 0:
            return s
    return codes[-1][0]


def _is_health(p):
    return any(k in p for k in ("health", "/ready", "/live"))


def _path(w, paths, write=False):
    if write:
        cand = [p for p in paths if not _is_health(p)]
        paths = cand or paths
    p = w.pick(paths)
    if "{id}" in p:
        p = p.replace("{id}", str(w.ri(1000, 99999)))
    if "{sku}" in p:
        p = p.replace("{sku}", f"SKU-{w.ri(10000, 99999)}")
    if "{uuid}" in p:
        p = p.replace("{uuid}", w.uuid())
    return p


def n_ingress(w, L, n, a, b, ups, paths, codes=((200, 90), (304, 6), (404, 2), (301, 2)),
              ua=None, ups_addr=None, host_ips=None):
    """ingress-nginx controller access log (upstreaminfo format)."""
    ups_addr = ups_addr or [f"{w.pod_ip()}:8080" for _ in range(3)]
    for t in w.spread(n, a, b):
        path = _path(w, paths)
        method = "POST" if any(k in path for k in ("/checkout", "/login", "/events", "/graphql")) else "GET"
        st = _status(w, codes)
        rt = w.uf(0.002, 0.180)
        size = w.ri(120, 48000) if st == 200 else w.ri(0, 600)
        agent = w.pick(ua or BROWSER_UA + CLIENT_UA[:2])
        ref = "-" if w.chance(0.6) else "https://www.example-shop.com/"
        line = (f'{w.pub_ip()} - - [§clf§] "{method} {path} HTTP/{w.pick(["1.1", "2.0"])}" {st} {size} "{ref}" '
                f'"{agent}" {w.ri(250, 1400)} {rt:.3f} [{ups}] [] {w.pick(ups_addr)} {size} {max(rt - 0.001, 0.001):.3f} '
                f'{st} {w.hex(32)}')
        w.add(t, L, line)


def n_nginx(w, L, n, a, b, paths, codes=((200, 95), (304, 5)), ua=None, src=None):
    """nginx combined log format (static / sidecar)."""
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        w.add(t, L, f'{src or w.pod_ip()} - - [§clf§] "GET {_path(w, paths)} HTTP/1.1" {st} {w.ri(0, 90000) if st == 200 else 0} '
                    f'"-" "{w.pick(ua or BROWSER_UA)}" "{w.pub_ip()}"')


def n_envoy(w, L, n, a, b, authority, cluster, paths, port=8080, codes=((200, 97), (204, 3)),
            ua=None, inbound=True):
    """istio-proxy access log, default TEXT format."""
    up = f"{w.pod_ip()}:{port}"
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        dur = w.ri(1, 95)
        path = _path(w, paths)
        method = "POST" if any(k in path for k in ("/orders", "/charge", "/events", "/Create", "/items")) else "GET"
        if inbound:
            local = up
            clus = f"inbound|{port}||"
            dl = up
            route = "default"
            ul = f"127.0.0.6:{w.ri(32768, 60999)}"
            sni = f"outbound_.{port}_._.{authority.split(':')[0]}"
        else:
            local = f"{w.pod_ip()}:{port}"
            clus = cluster
            dl = f"{w.svc_ip()}:{port}"
            route = "default"
            ul = f"{w.pod_ip()}:{w.ri(32768, 60999)}"
            sni = "-"
        line = (f'[§iso3§] "{method} {path} HTTP/1.1" {st} - via_upstream - "-" {w.ri(0, 900)} {w.ri(2, 20000)} {dur} {max(dur - 1, 0)} '
                f'"-" "{w.pick(ua or CLIENT_UA)}" "{w.uuid()}" "{authority}" "{local}" {clus} {ul} {dl} '
                f'{w.pod_ip()}:{w.ri(32768, 60999)} {sni} {route}')
        w.add(t, L, line)


def n_zap_http(w, L, n, a, b, paths, codes=((200, 96), (201, 4)), caller="middleware/logging.go:58"):
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        path = _path(w, paths, write=(st == 201))
        d = {"level": "info", "ts": "§epoch§", "caller": caller, "msg": "request completed",
             "method": "POST" if st == 201 else "GET", "path": path, "status": st,
             "duration": round(w.uf(0.0008, 0.09), 6), "bytes": w.ri(40, 9000), "request_id": w.hex(16)}
        w.add(t, L, js(d))


def n_slog_http(w, L, n, a, b, paths, codes=((200, 96), (204, 4)), text=False):
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        path = _path(w, paths)
        ms = round(w.uf(0.6, 70.0), 3)
        if text:
            w.add(t, L, f'time=§iso9§ level=INFO msg="http request" method=GET path={path} status={st} '
                        f'duration={ms}ms remote={w.pod_ip()}:{w.ri(30000, 60000)}')
        else:
            w.add(t, L, js({"time": "§iso9§", "level": "INFO", "msg": "http request", "method": "GET",
                            "path": path, "status": st, "duration_ms": ms, "remote": f"{w.pod_ip()}:{w.ri(30000, 60000)}"}))


def n_pino_http(w, L, n, a, b, paths, hostname, codes=((200, 94), (304, 4), (201, 2))):
    rid = w.ri(100, 5000)
    for t in w.spread(n, a, b):
        rid += w.ri(1, 30)
        st = _status(w, codes)
        path = _path(w, paths, write=(st == 201))
        d = {"level": 30, "time": "§epochms§", "pid": 1, "hostname": hostname,
             "req": {"id": rid, "method": "POST" if st == 201 else "GET", "url": path,
                     "remoteAddress": f"::ffff:{w.pod_ip()}", "remotePort": w.ri(30000, 60000)},
             "res": {"statusCode": st}, "responseTime": w.ri(1, 120), "msg": "request completed"}
        w.add(t, L, js(d))


def n_uvicorn(w, L, n, a, b, paths, codes=((200, 97), (201, 3))):
    texts = {200: "OK", 201: "Created", 204: "No Content", 404: "Not Found", 401: "Unauthorized"}
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        w.add(t, L, f'INFO:     {w.pod_ip()}:{w.ri(30000, 60000)} - "{"POST" if st == 201 else "GET"} {_path(w, paths, write=(st == 201))} HTTP/1.1" {st} {texts.get(st, "")}')


def n_gunicorn(w, L, n, a, b, paths, codes=((200, 97), (302, 3))):
    for t in w.spread(n, a, b):
        st = _status(w, codes)
        w.add(t, L, f'{w.pod_ip()} - - [§clf§] "GET {_path(w, paths)} HTTP/1.1" {st} {w.ri(0, 30000)} "-" "{w.pick(CLIENT_UA + BROWSER_UA)}"')


def n_rails(w, L, n, a, b, paths):
    for t in w.spread(n, a, b):
        rid = w.uuid()
        path = _path(w, paths)
        w.add(t, L, f'I, [§rails§ #1]  INFO -- : [{rid}] Started GET "{path}" for {w.pub_ip()} at §gunicorn§')
        dur = w.ri(8, 140)
        w.add(t + dur / 1000.0, L, f"I, [§rails§ #1]  INFO -- : [{rid}] Completed 200 OK in {dur}ms "
                                   f"(Views: {w.uf(1, dur / 2):.1f}ms | ActiveRecord: {w.uf(0.5, dur / 2):.1f}ms | Allocations: {w.ri(900, 40000)})")


def n_serilog(w, L, n, a, b, paths, codes=((200, 97), (204, 3))):
    conn = "0HN" + w.alnum(10).upper()
    for i, t in enumerate(w.spread(n, a, b)):
        st = _status(w, codes)
        el = round(w.uf(0.8, 80.0), 4)
        d = {"@t": "§iso7§", "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
             "@r": [f"{el:.4f}"], "RequestMethod": "GET", "RequestPath": _path(w, paths), "StatusCode": st,
             "Elapsed": el, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware",
             "RequestId": f"{conn}:{i + 2:08X}", "ConnectionId": conn}
        w.add(t, L, js(d))


def n_spring(w, L, n, a, b, app, msgs, pid=1):
    """Spring Boot 3.x default console pattern."""
    for t in w.spread(n, a, b):
        thread, logger, msg = w.pick(msgs)
        thread = thread.replace("{n}", str(w.ri(1, 10)))
        msg = msg.replace("{id}", str(w.ri(10000, 999999))).replace("{ms}", str(w.ri(3, 90)))
        w.add(t, L, f"§iso3§  INFO {pid} --- [{app}] [{thread:>15}] {logger:<40} : {msg}")


def n_celery(w, L, n, a, b, tasks):
    for t in w.spread(n, a, b):
        task = w.pick(tasks)
        tid = w.uuid()
        w.add(t, L, f"[§py§: INFO/MainProcess] Task {task}[{tid}] received")
        dur = w.uf(0.02, 2.5)
        w.add(t + dur, L, f"[§py§: INFO/ForkPoolWorker-{w.ri(1, 8)}] Task {task}[{tid}] succeeded in {dur:.9f}s: None")


def n_coredns(w, L, n, a, b, names, client_ips=None):
    for t in w.spread(n, a, b):
        name = w.pick(names)
        typ = w.pick(["A", "AAAA", "A"])
        ip = w.pick(client_ips) if client_ips else w.pod_ip()
        rcode = "NOERROR"
        w.add(t, L, f'[INFO] {ip}:{w.ri(30000, 60000)} - {w.ri(1, 65535)} "{typ} IN {name} udp {w.ri(40, 90)} false 512" '
                    f'{rcode} qr,aa,rd {w.ri(90, 300)} {w.uf(0.00005, 0.0009):.9f}s')


def n_fluentbit(w, L, n, a, b):
    msgs = [
        "[ info] [input:tail:tail.0] inotify_fs_add(): inode={i} watch_fd={f} name=/var/log/containers/{p}.log",
        "[ info] [input:tail:tail.0] inotify_fs_remove(): inode={i} watch_fd={f}",
        "[ info] [filter:kubernetes:kubernetes.0]  token updated",
    ]
    for t in w.spread(n, a, b):
        m = w.pick(msgs).format(i=w.ri(100000, 9999999), f=w.ri(10, 400),
                                p=f"{w.pick(['web', 'api', 'worker', 'cron'])}-{w.alnum(5)}_default_app-{w.hex(64)}")
        w.add(t, L, f"[§fluent§] {m}")


def n_prometheus(w, L, n, a, b):
    for t in w.spread(n, a, b):
        k = w.ri(0, 2)
        if k == 0:
            w.add(t, L, f'ts=§iso3§ caller=compact.go:576 level=info component=tsdb msg="write block" '
                        f'mint={w.ri(1700000000, 1800000000)}000 maxt={w.ri(1700000000, 1800000000)}000 ulid=01H{w.alnum(23).upper()} duration={w.uf(0.5, 6):.6f}s')
        elif k == 1:
            w.add(t, L, f'ts=§iso3§ caller=head.go:1345 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration={w.uf(10, 900):.3f}ms')
        else:
            w.add(t, L, f'ts=§iso3§ caller=checkpoint.go:100 level=info component=tsdb msg="Creating checkpoint" from_segment={w.ri(100, 900)} to_segment={w.ri(900, 999)} mint={w.ri(1700000000, 1800000000)}000')


def n_pg(w, L, n, a, b, db="app", pid0=None):
    pid = pid0 or w.ri(200, 9000)
    for t in w.spread(n, a, b):
        pid += w.ri(1, 40)
        k = w.ri(0, 3)
        if k == 0:
            w.add(t, L, f"§pg§ [{pid}] LOG:  connection received: host={w.pod_ip()} port={w.ri(30000, 60000)}")
        elif k == 1:
            w.add(t, L, f"§pg§ [{pid}] LOG:  connection authorized: user={db} database={db} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
        elif k == 2:
            tbl = w.pick(["orders", "order_items", "sessions", "events", "payments", "users"])
            w.add(t, L, f'§pg§ [{pid}] LOG:  automatic vacuum of table "{db}.public.{tbl}": index scans: 1')
        else:
            w.add(t, L, f"§pg§ [{pid}] LOG:  disconnection: session time: 0:0{w.ri(0, 9)}:{w.ri(10, 59)}.{w.ri(100, 999)} user={db} database={db} host={w.pod_ip()} port={w.ri(30000, 60000)}")


def n_redis(w, L, n, a, b, role="M"):
    for t in w.spread(n, a, b):
        k = w.ri(0, 2)
        if k == 0:
            w.add(t, L, f"1:{role} §redis§ * 100 changes in 300 seconds. Saving...")
        elif k == 1:
            w.add(t, L, f"1:{role} §redis§ * Background saving started by pid {w.ri(100, 9999)}")
        else:
            w.add(t, L, f"1:{role} §redis§ * Background saving terminated with success")


def n_kubelet(w, node, n, a, b, pods):
    L = w.host(node, "kubelet.service")
    pid = w.kubelet_pid(node)
    for t in w.spread(n, a, b):
        k = w.ri(0, 3)
        p = w.pick(pods)
        if k == 0:
            w.add(t, L, klog("I", pid, "kubelet.go:2547", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{p}"'))
        elif k == 1:
            w.add(t, L, klog("I", pid, "reconciler_common.go:258",
                             f'"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-{w.alnum(5)}\\" '
                             f'(UniqueName: \\"kubernetes.io/projected/{w.uuid()}-kube-api-access-{w.alnum(5)}\\") pod=\\"{p.split("/")[1]}\\" (UID: \\"{w.uuid()}\\") " pod="{p}"'))
        elif k == 2:
            w.add(t, L, klog("I", pid, "kubelet_getters.go:218", f'"Pod status updated" pod="{p}" status="Running"'))
        else:
            w.add(t, L, klog("I", pid, "kubelet.go:2455", f'"SyncLoop UPDATE" source="api" pods=["{p}"]'))


def n_containerd(w, node, n, a, b):
    L = w.host(node, "containerd.service")
    for t in w.spread(n, a, b):
        k = w.ri(0, 2)
        cid = w.hex(64)
        if k == 0:
            w.add(t, L, f'time="§iso9§" level=info msg="StopPodSandbox for \\"{cid}\\" returns successfully"')
        elif k == 1:
            w.add(t, L, f'time="§iso9§" level=info msg="TearDown network for sandbox \\"{cid}\\" successfully"')
        else:
            w.add(t, L, f'time="§iso9§" level=info msg="shim disconnected" id={cid} namespace=k8s.io')


def n_kafka(w, L, n, a, b, broker=1):
    for t in w.spread(n, a, b):
        k = w.ri(0, 2)
        if k == 0:
            w.add(t, L, f"[§py§] INFO [UnifiedLog partition={w.pick(['orders', 'payments', 'clickstream', 'audit'])}-{w.ri(0, 11)}, "
                        f"dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={w.ri(10**6, 10**8)}, size={w.ri(10**7, 10**9)}, "
                        f"lastModifiedTime={w.ri(1700000000, 1800000000)}000, largestRecordTimestamp=Some({w.ri(1700000000, 1800000000)}000)) (kafka.log.LocalLog$)")
        elif k == 1:
            w.add(t, L, f"[§py§] INFO [GroupCoordinator {broker}]: Member consumer-{w.pick(['billing', 'search-indexer', 'notifier'])}-1-{w.uuid()} "
                        f"in group {w.pick(['billing', 'search-indexer', 'notifier'])} has left, removing it from the group (kafka.coordinator.group.GroupCoordinator)")
        else:
            w.add(t, L, f"[§py§] INFO [ProducerStateManager partition={w.pick(['orders', 'payments', 'audit'])}-{w.ri(0, 11)}] "
                        f"Wrote producer snapshot at offset {w.ri(10**6, 10**8)} with 0 producer ids in {w.ri(1, 40)} ms. (kafka.log.ProducerStateManager)")


def n_mongo(w, L, n, a, b):
    for t in w.spread(n, a, b):
        if w.chance(0.5):
            d = {"t": {"$date": "§isooff3§"}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener",
                 "msg": "Connection accepted",
                 "attr": {"remote": f"{w.pod_ip()}:{w.ri(30000, 60000)}", "uuid": {"uuid": {"$uuid": w.uuid()}},
                          "connectionId": w.ri(1000, 90000), "connectionCount": w.ri(40, 200)}}
        else:
            d = {"t": {"$date": "§isooff3§"}, "s": "I", "c": "NETWORK", "id": 22944, "ctx": f"conn{w.ri(1000, 90000)}",
                 "msg": "Connection ended",
                 "attr": {"remote": f"{w.pod_ip()}:{w.ri(30000, 60000)}", "uuid": {"uuid": {"$uuid": w.uuid()}},
                          "connectionId": w.ri(1000, 90000), "connectionCount": w.ri(40, 200)}}
        w.add(t, L, js(d))


def n_rabbit(w, L, n, a, b):
    for t in w.spread(n, a, b):
        pidx = f"<0.{w.ri(1000, 60000)}.0>"
        src = f"{w.pod_ip()}:{w.ri(30000, 60000)}"
        if w.chance(0.5):
            w.add(t, L, f"§rabbit§ [info] {pidx} accepting AMQP connection {src} -> {w.pod_ip()}:5672")
        else:
            w.add(t, L, f"§rabbit§ [info] {pidx} closing AMQP connection ({src} -> {w.pod_ip()}:5672, vhost: '/', user: 'app')")


def n_logrus(w, L, n, a, b, msgs):
    for t in w.spread(n, a, b):
        lvl, msg, extra = w.pick(msgs)
        extra = extra.replace("{n}", str(w.ri(1, 500))).replace("{ms}", str(w.ri(2, 900)))
        w.add(t, L, f'time="§iso0§" level={lvl} msg="{msg}"' + (f" {extra}" if extra else ""))


def n_lines(w, L, n, a, b, fn):
    """Generic: fn(w) -> line."""
    for t in w.spread(n, a, b):
        w.add(t, L, fn(w))


# --------------------------------------------------------------------------- registry

REG = []


def scenario(name, severity, category):
    def deco(fn):
        REG.append((name, severity, category, fn))
        return fn
    return deco


NONE_ACTION = "None needed."

# =========================================================================== healthy (18)


@scenario("healthy_rolling_update_web", "INFO", "none")
def h_rolling_update(w):
    ns = "storefront"
    n1, n2, n3 = w.nodes(3)
    old_rs, new_rs = w.rs_hash(), w.rs_hash()
    old = [w.pod("web", old_rs) for _ in range(3)]
    new = [w.pod("web", new_rs) for _ in range(3)]
    img = "ghcr.io/acme/storefront-web:3.14.2"
    ctrl = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ctrl, "controller", n1, "ingress-nginx")
    ups = [f"{w.pod_ip()}:3000" for _ in range(3)]
    n_ingress(w, Lc, 30, 0, 300, "storefront-web-80", ["/", "/products/{sku}", "/cart", "/_next/static/chunks/main-{id}.js",
                                                        "/api/health", "/category/shoes", "/api/cart"],
              codes=((200, 88), (304, 8), (499, 1), (404, 2)), ups_addr=ups)
    w.k8s_event(20, ns, "Deployment", "web", "ScalingReplicaSet", f"Scaled up replica set web-{new_rs} to 1",
                comp="deployment-controller", api="apps/v1")
    t = 21
    for i, (p_new, p_old, node) in enumerate(zip(new, old, (n1, n2, n3))):
        L = w.L(ns, p_new, "web", node, "web")
        ip = w.pod_ip()
        ts = w.pod_started(t, ns, p_new, "web", img, node, pulled=(i == 0))
        w.add(ts + 0.6, L, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": p_new,
                                "msg": "Server listening at http://0.0.0.0:3000"}))
        if i < 2:
            w.k8s_event(ts + 1.5, ns, "Pod", p_new, "Unhealthy",
                        f'Readiness probe failed: Get "http://{ip}:3000/api/health": dial tcp {ip}:3000: connect: connection refused',
                        etype="Warning", host=node, field="spec.containers{web}", labels={"app": "web"})
        w.add(ts + 4.2, L, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": p_new,
                                "msg": "warmed route cache", "routes": 184, "ms": w.ri(700, 1900)}))
        n_pino_http(w, L, 3, ts + 6, 300, ["/api/health", "/api/cart", "/api/products/{sku}"], p_new)
        w.k8s_event(ts + 8, ns, "Deployment", "web", "ScalingReplicaSet",
                    f"Scaled down replica set web-{old_rs} to {2 - i} from {3 - i}", comp="deployment-controller", api="apps/v1")
        w.k8s_event(ts + 8.3, ns, "Pod", p_old, "Killing", "Stopping container web", host=node,
                    field="spec.containers{web}", labels={"app": "web"})
        Lo = w.L(ns, p_old, "web", node, "web")
        w.add(ts + 8.4, Lo, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": p_old, "msg": "SIGTERM received, closing server"}))
        if i < 2:
            w.k8s_event(ts + 9, ns, "Deployment", "web", "ScalingReplicaSet",
                        f"Scaled up replica set web-{new_rs} to {i + 2} from {i + 1}", comp="deployment-controller", api="apps/v1")
        t = ts + 10
    return dict(question="We just rolled out storefront web 3.14.2. Did the rollout go cleanly?",
                selector=sel(namespace=ns, app="web"), component="web",
                root_cause="No incident: a normal rolling update of web; brief readiness failures while new pods start are expected.",
                summary="web rolled from the old ReplicaSet to 3.14.2 one pod at a time; each new pod became ready within seconds and traffic stayed 2xx/3xx.",
                action=NONE_ACTION)


@scenario("healthy_autoscaler_scaleup", "INFO", "none")
def h_autoscaler(w):
    w.cloud = "eks"
    ns = "search"
    n1, n2, n3, nnew, nold = w.nodes(5)
    asg = f"eks-general-2024{w.ri(1000, 9999)}-{w.hex(8)}-{w.hex(4)}-{w.hex(4)}-{w.hex(4)}-{w.hex(12)}"
    rs = w.rs_hash()
    pods = [w.pod("search-api", rs) for _ in range(7)]
    ca = w.pod("cluster-autoscaler-aws-cluster-autoscaler")
    Lca = w.L("kube-system", ca, "aws-cluster-autoscaler", n1, "aws-cluster-autoscaler")
    for i, p in enumerate(pods[:4]):
        L = w.L(ns, p, "search-api", (n1, n2, n3, n1)[i], "search-api")
        for t in w.spread(4, 0, 420):
            w.add(t, L, js({"level": "info", "service": "search-api", "method": "GET",
                            "url": f"/v2/search?q={w.pick(['boots', 'jacket', 'lamp', 'usb-c', 'desk'])}&page={w.ri(1, 4)}",
                            "status": 200, "latency_ms": w.ri(9, 140), "time": "§iso0§", "message": "request"}))
    w.k8s_event(30, ns, "HorizontalPodAutoscaler", "search-api", "SuccessfulRescale",
                "New size: 7; reason: cpu resource utilization (percentage of request) above target",
                comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    for p in pods[4:]:
        w.k8s_event(31, ns, "ReplicaSet", f"search-api-{rs}", "SuccessfulCreate", f"Created pod: {p}",
                    comp="replicaset-controller", api="apps/v1")
    for p in pods[5:]:
        w.k8s_event(31.5, ns, "Pod", p, "FailedScheduling",
                    "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.",
                    etype="Warning", comp="default-scheduler", labels={"app": "search-api"})
    w.add(40, Lca, klog("I", 1, "filter_out_schedulable.go:66", '"Filtering out schedulables"'))
    w.add(40.2, Lca, klog("I", 1, "orchestrator.go:565", f'"Best option to resize" nodeGroup="{asg}"'))
    w.add(40.3, Lca, klog("I", 1, "orchestrator.go:569", f'"Estimated nodes needed" nodeGroup="{asg}" count=1'))
    w.add(40.4, Lca, klog("I", 1, "orchestrator.go:697", f'"Final scale-up plan" plan=[{{{asg} 4->5 (max: 12)}}]'))
    w.add(40.5, Lca, klog("I", 1, "executor.go:147", f'"Scale-up: setting group size" nodeGroup="{asg}" size=5'))
    w.add(40.7, Lca, klog("I", 1, "auto_scaling_groups.go:265", f"Setting asg {asg} size to 5"))
    for p in pods[5:]:
        w.k8s_event(41, ns, "Pod", p, "TriggeredScaleUp", f"pod triggered scale-up: [{{{asg} 4->5 (max: 12)}}]",
                    comp="cluster-autoscaler", labels={"app": "search-api"})
    w.k8s_event(118, "default", "Node", nnew, "NodeReady", f"Node {nnew} status is now: NodeReady", host=nnew)
    w.k8s_event(34, ns, "Pod", pods[4], "Scheduled", f"Successfully assigned {ns}/{pods[4]} to {n3}", comp="default-scheduler")
    w.k8s_event(36, ns, "Pod", pods[4], "Started", "Started container search-api", host=n3, field="spec.containers{search-api}")
    for p in pods[5:]:
        ts = w.pod_started(125 + w.uf(0, 3), ns, p, "search-api", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/search-api:2.8.0",
                           nnew, pulled=True)
        L = w.L(ns, p, "search-api", nnew, "search-api")
        w.add(ts + 1, L, js({"level": "info", "service": "search-api", "index": "products-v12", "time": "§iso0§",
                             "message": "connected to opensearch"}))
    w.add(300, Lca, klog("I", 1, "eligibility.go:162", f'"Node is unneeded" node="{nold}" cpuUtilization=0.08 memUtilization=0.11'))
    w.add(360, Lca, klog("I", 1, "nodes.go:126", f"{nold} was unneeded for 10m0.482381623s"))
    w.add(361, Lca, klog("I", 1, "actuator.go:161", f'"Scale-down: removing empty node" node="{nold}"'))
    w.k8s_event(361.5, "default", "Node", nold, "ScaleDown", "marked the node as toBeDeleted/unschedulable", comp="cluster-autoscaler")
    w.add(363, Lca, klog("I", 1, "auto_scaling_groups.go:318", f"Terminating EC2 instance: i-0{w.hex(16)}"))
    return dict(question="search-api had pods Pending for a couple of minutes. Is something wrong?",
                selector=sel(namespace=ns, app="search-api"), component="search-api",
                root_cause="No incident: the HPA scaled search-api up, two pods waited for the cluster-autoscaler to add a node and then started.",
                summary="HPA raised search-api to 7 replicas; 2 pods were briefly unschedulable (Insufficient cpu), cluster-autoscaler added a node and they started; an unneeded node was later removed.",
                action=NONE_ACTION)


@scenario("healthy_leader_handover", "INFO", "none")
def h_leader(w):
    ns = "cert-manager"
    n1, n2 = w.nodes(2)
    old = w.pod("cert-manager")
    new = w.pod("cert-manager")
    op_old, op_new = w.pod("tenant-operator-controller-manager"), w.pod("tenant-operator-controller-manager")
    Lold = w.L(ns, old, "cert-manager-controller", n1, "cert-manager")
    Lnew = w.L(ns, new, "cert-manager-controller", n2, "cert-manager")
    w.add(2, Lold, klog("I", 1, "controller.go:168", '"shutting down queue as workqueue signaled shutdown" logger="cert-manager.controller.certificates-issuing" key="default/api-tls"'))
    w.add(2.1, Lold, klog("I", 1, "leaderelection.go:290", '"Stopped leading" logger="cert-manager"'))
    w.k8s_event(0.5, ns, "Pod", old, "Killing", "Stopping container cert-manager-controller", host=n1,
                field="spec.containers{cert-manager-controller}")
    w.add(6, Lnew, klog("I", 1, "controller.go:287", '"configured acme dns01 nameservers" logger="cert-manager.controller.build-context" nameservers=["10.96.0.10:53"]'))
    w.add(6.2, Lnew, klog("I", 1, "controller.go:84", '"enabled controllers: [certificaterequests-approver certificaterequests-issuer-acme certificates-issuing certificates-key-manager certificates-readiness certificates-request-manager certificates-revision-manager certificates-trigger challenges clusterissuers ingress-shim issuers orders]" logger="cert-manager.controller"'))
    w.add(6.4, Lnew, klog("I", 1, "leaderelection.go:250", "attempting to acquire leader lease kube-system/cert-manager-controller..."))
    w.add(21.9, Lnew, klog("I", 1, "leaderelection.go:260", "successfully acquired lease kube-system/cert-manager-controller"))
    w.k8s_event(21.95, "kube-system", "Lease", "cert-manager-controller", "LeaderElection",
                f"{new}-external-cert-manager-controller became leader", comp=f"{new}-external-cert-manager-controller",
                api="coordination.k8s.io/v1")
    for t in w.spread(8, 23, 280):
        key = w.pick(["default/api-tls", "storefront/shop-tls", "monitoring/grafana-tls", "auth/keycloak-tls"])
        name = key.split("/")[1]
        k = w.ri(0, 3)
        if k == 0:
            line = klog("E", 1, "controller.go:167",
                        f'"re-queuing item due to error processing" err="Operation cannot be fulfilled on certificates.cert-manager.io \\"{name}\\": the object has been modified; please apply your changes to the latest version and try again" logger="cert-manager.controller" key="{key}"')
        elif k == 1:
            line = klog("I", 1, "conditions.go:192", f'Found status change for Certificate "{name}" condition "Ready": "False" -> "True"; setting lastTransitionTime to §isooff3§')
        else:
            line = klog("I", 1, "trigger_controller.go:223", f'"Not re-issuing certificate as it is not due yet" logger="cert-manager.certificates-trigger" key="{key}"')
        w.add(t, Lnew, line)
    # controller-runtime operator handover in another namespace
    Lop_old = w.L("platform", op_old, "manager", n2, "tenant-operator")
    Lop_new = w.L("platform", op_new, "manager", n1, "tenant-operator")
    w.add(60, Lop_old, js({"level": "info", "ts": "§iso3§", "msg": "Stopping and waiting for non leader election runnables"}))
    w.add(60.1, Lop_old, js({"level": "info", "ts": "§iso3§", "msg": "Stopping and waiting for leader election runnables"}))
    w.add(60.3, Lop_old, js({"level": "info", "ts": "§iso3§", "msg": "Wait completed, proceeding to shutdown the manager"}))
    w.add(64, Lop_new, js({"level": "info", "ts": "§iso3§", "logger": "controller-runtime.metrics", "msg": "Starting metrics server"}))
    w.add(64.2, Lop_new, js({"level": "info", "ts": "§iso3§", "logger": "setup", "msg": "starting manager"}))
    w.add(64.3, Lop_new, klog("I", 1, "leaderelection.go:250", "attempting to acquire leader lease platform/3c9a1f27.tenants.acme.io..."))
    w.add(64.4, Lop_new, js({"level": "info", "ts": "§iso3§", "msg": "Starting EventSource", "controller": "tenant",
                             "controllerGroup": "tenants.acme.io", "controllerKind": "Tenant", "source": "kind source: *v1alpha1.Tenant"}))
    w.add(79.8, Lop_new, klog("I", 1, "leaderelection.go:260", "successfully acquired lease platform/3c9a1f27.tenants.acme.io"))
    w.add(80, Lop_new, js({"level": "info", "ts": "§iso3§", "msg": "Starting workers", "controller": "tenant",
                           "controllerGroup": "tenants.acme.io", "controllerKind": "Tenant", "worker count": 4}))
    for t in w.spread(7, 82, 280):
        w.add(t, Lop_new, js({"level": "info", "ts": "§iso3§", "msg": "reconciled tenant", "controller": "tenant",
                              "Tenant": {"name": w.pick(["acme", "globex", "initech", "umbrella"]), "namespace": "tenants"},
                              "reconcileID": w.uuid(), "duration": f"{w.ri(12, 300)}ms"}))
    # webhook + cainjector neighbours
    wh = w.pod("cert-manager-webhook")
    Lwh = w.L(ns, wh, "cert-manager-webhook", n2, "webhook")
    for t in w.spread(5, 0, 300):
        w.add(t, Lwh, klog("I", 1, "logs.go:59", f'http: TLS handshake error from {w.pod_ip()}:{w.ri(30000, 60000)}: EOF'))
    cai = w.pod("cert-manager-cainjector")
    Lca = w.L(ns, cai, "cert-manager-cainjector", n1, "cainjector")
    for t in w.spread(4, 0, 300):
        w.add(t, Lca, klog("I", 1, "reconciler.go:141", f'"Updated object" logger="cert-manager" kind="validatingwebhookconfiguration" kind="validatingwebhookconfiguration" name="cert-manager-webhook"'))
    return dict(question="cert-manager and the tenant operator restarted during the node upgrade. Anything to do?",
                selector=sel(namespace=ns), component="cert-manager",
                root_cause="No incident: controller pods were replaced during an upgrade and leader leases moved to the new pods.",
                summary="Old cert-manager and tenant-operator pods stopped leading on shutdown, new pods acquired the leases within ~15s and resumed reconciling; webhook TLS EOFs are health-check noise.",
                action=NONE_ACTION)


@scenario("healthy_cronjobs_complete", "INFO", "none")
def h_cronjobs(w):
    ns = "data"
    n1, n2 = w.nodes(2)
    job_id = w.ri(29_400_000, 29_600_000)
    job = f"pg-backup-{job_id}"
    jp = f"{job}-{w.alnum(5)}"
    old_job = f"pg-backup-{job_id - 1440}"
    w.k8s_event(0.1, ns, "CronJob", "pg-backup", "SuccessfulCreate", f"Created job {job}", comp="cronjob-controller", api="batch/v1")
    w.k8s_event(0.3, ns, "Job", job, "SuccessfulCreate", f"Created pod: {jp}", comp="job-controller", api="batch/v1")
    ts = w.pod_started(0.5, ns, jp, "backup", "postgres:16.2-alpine", n2)
    L = w.L(ns, jp, "backup", n2, "pg-backup")
    w.add(ts + 0.3, L, "+ date -u +%Y%m%dT%H%M%SZ")
    w.add(ts + 0.4, L, f"+ STAMP={w.t0.strftime('%Y%m%dT%H%M%SZ')}")
    w.add(ts + 0.5, L, "+ pg_dump --format=custom --no-owner --dbname=orders --file=/backup/orders.dump")
    pg = "postgres-0"
    Lpg = w.L(ns, pg, "postgres", n1, "postgres")
    pid = w.ri(20000, 30000)
    w.add(ts + 0.6, Lpg, f"§pg§ [{pid}] LOG:  connection received: host={w.pod_ip()} port={w.ri(30000, 60000)}")
    w.add(ts + 0.7, Lpg, f"§pg§ [{pid}] LOG:  connection authorized: user=backup database=orders application_name=pg_dump")
    w.add(ts + 41, Lpg, f'§pg§ [{pid}] LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.0", size 268435456')
    w.add(ts + 41.1, Lpg, f"§pg§ [{pid}] STATEMENT:  COPY public.order_items (id, order_id, sku, qty, price_cents, created_at) TO stdout;")
    w.add(ts + 63, Lpg, f"§pg§ [{pid}] LOG:  disconnection: session time: 0:01:02.871 user=backup database=orders host={w.pod_ip()} port={w.ri(30000, 60000)}")
    w.add(ts + 63.2, L, "+ aws s3 cp /backup/orders.dump s3://acme-db-backups/orders/orders-$STAMP.dump --only-show-errors")
    w.add(ts + 79, L, f"backup complete: orders.dump {w.ri(800, 2400)} MiB uploaded in 79s")
    w.k8s_event(ts + 80, ns, "Job", job, "Completed", "Job completed", comp="job-controller", api="batch/v1")
    w.k8s_event(ts + 81, ns, "CronJob", "pg-backup", "SawCompletedJob", f"Saw completed job: {job}, status: Complete",
                comp="cronjob-controller", api="batch/v1")
    w.k8s_event(ts + 81.2, ns, "CronJob", "pg-backup", "SuccessfulDelete", f"Deleted job {old_job}", comp="cronjob-controller", api="batch/v1")
    # report mailer cronjob (python)
    rj = f"report-mailer-{job_id}"
    rp = f"{rj}-{w.alnum(5)}"
    w.k8s_event(0.2, ns, "CronJob", "report-mailer", "SuccessfulCreate", f"Created job {rj}", comp="cronjob-controller", api="batch/v1")
    ts2 = w.pod_started(0.6, ns, rp, "report", "registry.gitlab.com/acme/reports:1.9.3", n1)
    Lr = w.L(ns, rp, "report", n1, "report-mailer")
    w.add(ts2 + 1.2, Lr, "2026 WARNING  [py.warnings] /usr/local/lib/python3.12/site-packages/pandas/core/frame.py:706: DeprecationWarning: Passing a BlockManager to DataFrame is deprecated".replace("2026 ", "§py§ "))
    w.add(ts2 + 3.5, Lr, "§py§ INFO     [reports.daily] querying orders between yesterday 00:00 and 23:59 UTC")
    w.add(ts2 + 9.1, Lr, f"§py§ INFO     [reports.daily] built report: {w.ri(1800, 5000)} orders, {w.ri(3, 9)} regions")
    w.add(ts2 + 10.4, Lr, "§py§ INFO     [reports.mail] sent daily-sales report to 4 recipients via smtp.eu.mailgun.org:587")
    w.k8s_event(ts2 + 12, ns, "Job", rj, "Completed", "Job completed", comp="job-controller", api="batch/v1")
    w.k8s_event(ts2 + 12.5, ns, "CronJob", "report-mailer", "SawCompletedJob", f"Saw completed job: {rj}, status: Complete",
                comp="cronjob-controller", api="batch/v1")
    n_pg(w, Lpg, 10, 0, 200, db="orders")
    w.add(160, Lpg, f"§pg§ [{w.ri(60, 90)}] LOG:  checkpoint complete: wrote {w.ri(1000, 9000)} buffers ({w.uf(1, 9):.1f}%); 0 WAL file(s) added, 0 removed, {w.ri(1, 6)} recycled; write=269.{w.ri(100, 999)} s, sync=0.{w.ri(10, 99)}{w.ri(0, 9)} s, total=270.{w.ri(100, 999)} s; sync files={w.ri(40, 200)}, longest=0.00{w.ri(1, 9)} s, average=0.001 s; distance={w.ri(20000, 90000)} kB, estimate={w.ri(20000, 90000)} kB; lsn=1A/{w.hex(8).upper()}, redo lsn=1A/{w.hex(8).upper()}")
    api = w.pod("orders-api")
    n_zap_http(w, w.L(ns, api, "orders-api", n1, "orders-api"), 14, 0, 200, ["/v1/orders/{id}", "/v1/orders", "/healthz"])
    return dict(question=None, selector=sel(namespace=ns), component=None,
                root_cause="No incident: scheduled backup and report CronJobs ran and completed.",
                summary="pg-backup dumped the orders database and uploaded it to S3, report-mailer sent the daily report; both Jobs completed and the oldest backup Job was pruned. Temporary-file and deprecation lines are routine.",
                action=NONE_ACTION)


@scenario("healthy_scanner_noise", "INFO", "none")
def h_scanner(w):
    ns = "portal"
    n1, n2 = w.nodes(2)
    ctrl = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ctrl, "controller", n1, "ingress-nginx")
    ups_addr = [f"{w.pod_ip()}:8000" for _ in range(2)]
    n_ingress(w, Lc, 18, 0, 600, "portal-web-8000", ["/", "/account", "/static/app.{id}.js", "/api/v1/profile", "/healthz"],
              ups_addr=ups_addr)
    scanner_ip = w.pub_ip()
    bad = ["/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/index.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
           "/cgi-bin/luci/;stok=/locale", "/actuator/env", "/server-status", "/.aws/credentials", "/boaform/admin/formLogin"]
    dj = w.pod("portal-web")
    Ldj = w.L(ns, dj, "django", n2, "portal-web")
    t = w.uf(100, 130)
    for p in bad:
        t += w.uf(0.2, 3.0)
        w.add(t, Lc, f'{scanner_ip} - - [§clf§] "GET {p} HTTP/1.1" 404 {w.ri(140, 2600)} "-" '
                     f'"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Safari/537.36" '
                     f'{w.ri(200, 500)} 0.00{w.ri(2, 9)} [portal-web-8000] [] {w.pick(ups_addr)} {w.ri(140, 2600)} 0.00{w.ri(1, 8)} 404 {w.hex(32)}')
        if w.chance(0.6):
            w.add(t + 0.003, Ldj, f"WARNING §py§ log Not Found: {p}")
    w.add(t + 5, Lc, f'{w.pub_ip()} - - [§clf§] "\\x16\\x03\\x01\\x00\\xF7\\x01\\x00\\x00\\xF3\\x03\\x03\\x9B\\x1E" 400 150 "-" "-" 0 0.{w.ri(100, 400)} [] [] - - - - {w.hex(32)}')
    other = w.pub_ip()
    for _ in range(4):
        t += w.uf(3, 30)
        w.add(t, Lc, f'{other} - - [§clf§] "POST /api/v1/auth/token HTTP/1.1" 401 {w.ri(40, 90)} "-" "python-requests/2.28.1" '
                     f'{w.ri(300, 500)} 0.0{w.ri(10, 60)} [portal-web-8000] [] {w.pick(ups_addr)} {w.ri(40, 90)} 0.0{w.ri(10, 60)} 401 {w.hex(32)}')
        w.add(t + 0.01, Ldj, f"WARNING §py§ log Unauthorized: /api/v1/auth/token")
    n_gunicorn(w, w.L(ns, dj, "django", n2, "portal-web"), 12, 0, 600, ["/account", "/api/v1/profile", "/healthz", "/"])
    mod = w.pod("portal-worker")
    n_celery(w, w.L(ns, mod, "worker", n1, "portal-worker"), 5, 0, 580, ["portal.tasks.send_welcome_email", "portal.tasks.refresh_avatar"])
    return dict(question="Our WAF dashboard shows a spike of 404 and 401 on the portal. Should we worry?",
                selector=sel(namespace=ns), component="portal-web",
                root_cause="No incident: internet scanners probing common exploit paths and a client retrying bad credentials; real traffic is served normally.",
                summary="One address probed /wp-login.php, /.env, /.git/config and similar paths (all 404), another got 401s on the token endpoint, and a TLS hello hit the plain-HTTP port (400). Regular portal requests stayed 200.",
                action=NONE_ACTION)


@scenario("healthy_gc_slowquery", "INFO", "none")
def h_gc(w):
    ns = "catalog"
    n1, n2, n3 = w.nodes(3)
    pods = [w.pod("catalog-service") for _ in range(2)]
    msgs = [("http-nio-8080-exec-{n}", "c.a.catalog.web.ProductController", "GET /api/products/{id} served in {ms} ms"),
            ("http-nio-8080-exec-{n}", "c.a.catalog.web.CategoryController", "GET /api/categories/{id}/products page=0 size=48 took {ms} ms"),
            ("scheduling-1", "c.a.catalog.jobs.PriceSyncJob", "price sync: 0 changes since last run"),
            ("http-nio-8080-exec-{n}", "c.a.catalog.cache.ProductCache", "cache miss for product {id}, loaded from db in {ms} ms")]
    gcn = w.ri(3000, 9000)
    for i, p in enumerate(pods):
        L = w.L(ns, p, "catalog-service", (n1, n2)[i], "catalog-service")
        n_spring(w, L, 10, 0, 600, "catalog-service", msgs)
        for t in w.spread(5, 0, 600):
            gcn += w.ri(1, 30)
            before = w.ri(1700, 2900)
            w.add(t, L, f"[§isooff3§][info][gc] GC({gcn}) Pause Young (Normal) (G1 Evacuation Pause) {before}M->{w.ri(300, 700)}M(3072M) {w.uf(8, 60):.3f}ms")
    L0 = w.L(ns, pods[0], "catalog-service", n1, "catalog-service")
    w.add(311, L0, f"[§isooff3§][info][gc] GC({gcn + 40}) Pause Young (Concurrent Start) (G1 Humongous Allocation) 2411M->1630M(3072M) 142.811ms")
    w.add(311.2, L0, f"[§isooff3§][info][gc] GC({gcn + 41}) Concurrent Mark Cycle")
    w.add(312.1, L0, f"[§isooff3§][info][gc] GC({gcn + 41}) Pause Remark 1702M->1521M(3072M) 21.407ms")
    w.add(312.4, L0, f"[§isooff3§][info][gc] GC({gcn + 41}) Pause Cleanup 1533M->1533M(3072M) 0.412ms")
    w.add(312.9, L0, f"[§isooff3§][info][gc] GC({gcn + 41}) Concurrent Mark Cycle 1704.332ms")
    w.add(340, L0, f"§iso3§  WARN 1 --- [catalog-service] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m3s21ms).")
    pg = "catalog-db-1"
    Lpg = w.L(ns, pg, "postgres", n3, "catalog-db")
    n_pg(w, Lpg, 8, 0, 600, db="catalog")
    for t in w.spread(3, 0, 600):
        pid = w.ri(3000, 9000)
        w.add(t, Lpg, f"§pg§ [{pid}] LOG:  duration: {w.uf(1000, 2600):.3f} ms  execute <unnamed>: SELECT p.id, p.sku, p.title, p.price_cents FROM products p JOIN product_categories pc ON pc.product_id = p.id WHERE pc.category_id = $1 ORDER BY p.popularity DESC LIMIT 48 OFFSET $2")
        w.add(t + 0.0002, Lpg, f"§pg§ [{pid}] DETAIL:  parameters: $1 = '{w.ri(10, 400)}', $2 = '{w.pick([0, 48, 96, 480])}'")
    fb = w.ds_pod("fluent-bit")
    n_fluentbit(w, w.L("logging", fb, "fluent-bit", n1, "fluent-bit"), 4, 0, 600)
    return dict(question="catalog-service p99 jumped for a moment and I see slow queries. Is the catalog unhealthy?",
                selector=sel(namespace=ns, app="catalog-service"), component="catalog-service",
                root_cause="No incident: routine JVM garbage collection pauses and a few slow category queries over the 1s logging threshold.",
                summary="G1 young pauses stay under 150ms, one concurrent mark cycle triggered a Hikari housekeeper clock-leap notice, and a few category listing queries took 1-2.6s; requests kept being served.",
                action=NONE_ACTION)


@scenario("healthy_cert_renewal", "INFO", "none")
def h_cert_renewal(w):
    ns = "storefront"
    n1, n2 = w.nodes(2)
    cm = w.pod("cert-manager")
    Lcm = w.L("cert-manager", cm, "cert-manager-controller", n1, "cert-manager")
    ctrl = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ctrl, "controller", n2, "ingress-nginx")
    n_ingress(w, Lc, 22, 0, 400, "storefront-web-80", ["/", "/products/{sku}", "/cart", "/api/cart", "/search?q=boots"])
    sched = (w.t0 - timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")
    w.add(2, Lcm, klog("I", 1, "trigger_controller.go:215", f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{ns}/shop-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at {sched}"'))
    w.add(2.1, Lcm, klog("I", 1, "conditions.go:203", f'Setting lastTransitionTime for Certificate "shop-tls" condition "Issuing" to §isooff3§'))
    w.k8s_event(2.2, ns, "Certificate", "shop-tls", "Issuing", f"Renewing certificate as renewal was scheduled at {sched}",
                comp="cert-manager-certificates-trigger", api="cert-manager.io/v1")
    w.k8s_event(2.5, ns, "Certificate", "shop-tls", "Reused", 'Reusing private key stored in existing Secret resource "shop-tls"',
                comp="cert-manager-certificates-key-manager", api="cert-manager.io/v1")
    w.k8s_event(2.8, ns, "Certificate", "shop-tls", "Requested", 'Created new CertificateRequest resource "shop-tls-7"',
                comp="cert-manager-certificates-request-manager", api="cert-manager.io/v1")
    w.add(3.0, Lcm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "shop-tls-7" condition "Approved" to §isooff3§'))
    w.add(3.1, Lcm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "shop-tls-7" condition "Ready" to §isooff3§'))
    w.add(3.3, Lcm, klog("I", 1, "pod.go:71", f'"creating HTTP01 challenge solver pod" logger="cert-manager.controller.http01" resource_name="shop-tls-7-{w.ri(1000000000, 4000000000)}-{w.ri(1000000000, 4000000000)}" resource_namespace="{ns}" resource_kind="Challenge" resource_version="v1" dnsName="shop.acme-retail.com" type="HTTP-01"'))
    w.k8s_event(4, ns, "Challenge", f"shop-tls-7-{w.ri(10**9, 4 * 10**9)}-0", "Started", "Challenge scheduled for processing",
                comp="cert-manager-challenges", api="acme.cert-manager.io/v1")
    tok = w.alnum(43)
    le = "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"
    t = 12
    for _ in range(4):
        t += w.uf(0.2, 1.5)
        w.add(t, Lc, f'{w.pub_ip()} - - [§clf§] "GET /.well-known/acme-challenge/{tok} HTTP/1.1" 200 87 "-" "{le}" 260 0.001 '
                     f'[{ns}-cm-acme-http-solver-{w.alnum(5)}-8089] [] {w.pod_ip()}:8089 87 0.001 200 {w.hex(32)}')
    w.k8s_event(t + 1, ns, "Challenge", f"shop-tls-7-{w.ri(10**9, 4 * 10**9)}-0", "DomainVerified",
                'Domain "shop.acme-retail.com" verified with "HTTP-01" validation', comp="cert-manager-challenges",
                api="acme.cert-manager.io/v1")
    w.add(t + 6, Lcm, klog("I", 1, "acme.go:236", f'"certificate issued" logger="cert-manager.controller.sign" resource_name="shop-tls-7" resource_namespace="{ns}" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="shop-tls-7-{w.ri(10**9, 4 * 10**9)}" related_resource_namespace="{ns}" related_resource_kind="Order" related_resource_version="v1"'))
    w.k8s_event(t + 6.5, ns, "Certificate", "shop-tls", "Issuing", "The certificate has been successfully issued",
                comp="cert-manager-certificates-issuing", api="cert-manager.io/v1")
    w.add(t + 7, Lc, klog("I", 7, "backend_ssl.go:67", f'"Updating ssl certificate" namespace="{ns}" secret="shop-tls"'))
    w.add(t + 7.2, Lc, klog("I", 7, "controller.go:213", '"Backend successfully reloaded"'))
    w.add(t + 7.3, Lc, klog("I", 7, "event.go:364", f'"Event occurred" object="ingress-nginx/{ctrl}" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="RELOAD" message="NGINX reload triggered due to a change in configuration"'))
    # vault agent sidecar renewals in another app
    va = w.pod("billing-api")
    Lva = w.L("billing", va, "vault-agent", n1, "billing-api")
    for t2 in w.spread(3, 0, 400):
        w.add(t2, Lva, "§iso3§ [INFO]  agent.auth.handler: renewed auth token")
    w.add(200, Lva, "§iso3§ [INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/db-creds\"")
    w.add(200.1, Lva, "§iso3§ [INFO]  agent.apiproxy: received request: method=PUT path=/v1/sys/leases/renew")
    n_slog_http(w, w.L("billing", va, "billing-api", n1, "billing-api"), 8, 0, 400, ["/v1/invoices/{id}", "/healthz"], text=True)
    return dict(question="Got a notification that the shop certificate changed. Is TLS fine?",
                selector=sel(namespace=ns), component="cert-manager",
                root_cause="No incident: cert-manager renewed shop-tls on schedule via HTTP-01 and ingress-nginx picked up the new secret.",
                summary="The shop-tls Certificate reached its renewal time, the ACME HTTP-01 challenge was validated by Let's Encrypt, the certificate was issued and ingress-nginx reloaded; vault-agent token renewals are routine.",
                action=NONE_ACTION)


@scenario("healthy_spot_interruption", "INFO", "none")
def h_spot(w):
    w.cloud = "eks"
    ns = "apps"
    spot, n2, n3 = w.nodes(3)
    inst = f"i-0{w.hex(16)}"
    nth = w.ds_pod("aws-node-termination-handler")
    Lnth = w.L("kube-system", nth, "aws-node-termination-handler", spot, "aws-node-termination-handler")
    eid = f"spot-itn-{w.hex(32)}"
    until = (w.t0 + timedelta(seconds=122)).strftime("%Y-%m-%dT%H:%M:%SZ")
    w.add(2, Lnth, f'§fluent§ INF Adding new event to the event store event={{"AutoScalingGroupName":"","Description":"Spot ITN received. Instance will be interrupted at {until} \\n","EndTime":"0001-01-01T00:00:00Z","EventID":"{eid}","InProgress":false,"InstanceID":"","IsManaged":false,"Kind":"SPOT_ITN","Monitor":"SPOT_ITN_MONITOR","NodeLabels":null,"NodeName":"{spot}","NodeProcessed":false,"Pods":null,"ProviderID":"","StartTime":"{until}","State":""}}')
    w.add(3, Lnth, f"§fluent§ INF Requesting instance drain event-id={eid} instance-id={inst} kind=SPOT_ITN node-name={spot} provider-id=aws:///{w.region}a/{inst}")
    pods = [(w.pod("api"), "api"), (w.pod("worker"), "worker"), (w.pod("api"), "api"), (w.pod("web"), "web")]
    w.add(3.2, Lnth, f"§fluent§ INF Pods on node node_name={spot} pod_names=[{' '.join(p for p, _ in pods)}]")
    w.k8s_event(3.4, "default", "Node", spot, "NodeNotSchedulable", f"Node {spot} status is now: NodeNotSchedulable", host=spot)
    w.add(3.6, Lnth, f'§fluent§ WRN error when evicting pods/"{pods[0][0]}" -n "{ns}" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.')
    for i, (p, app) in enumerate(pods):
        tk = 4 + i * 0.3 + (6 if i == 0 else 0)
        w.k8s_event(tk, ns, "Pod", p, "Killing", f"Stopping container {app}", host=spot, field=f"spec.containers{{{app}}}")
        np_ = w.pod(app)
        nd = n2 if i % 2 == 0 else n3
        w.k8s_event(tk + 0.2, ns, "ReplicaSet", np_.rsplit("-", 1)[0], "SuccessfulCreate", f"Created pod: {np_}",
                    comp="replicaset-controller", api="apps/v1")
        ts = w.pod_started(tk + 0.5, ns, np_, app, f"123456789012.dkr.ecr.{w.region}.amazonaws.com/{app}:5.2.{w.ri(0, 9)}", nd)
        Ln = w.L(ns, np_, app, nd, app)
        if app == "worker":
            w.add(ts + 1, Ln, js({"level": "info", "ts": "§epoch§", "caller": "worker/main.go:88", "msg": "consumer started",
                                  "queue": "jobs.default", "concurrency": 8}))
        else:
            w.add(ts + 1, Ln, js({"level": "info", "ts": "§epoch§", "caller": "server/server.go:61", "msg": "listening", "addr": ":8080"}))
    w.add(12, Lnth, f'§fluent§ INF Node successfully cordoned and drained node_name={spot} reason="Spot ITN received. Instance will be interrupted at {until} \\n"')
    w.k8s_event(130, "default", "Node", spot, "NodeNotReady", f"Node {spot} status is now: NodeNotReady", host=spot)
    w.k8s_event(175, "default", "Node", spot, "RemovingNode", f"Node {spot} event: Removing Node {spot} from Controller",
                comp="node-controller")
    for nd in (n2, n3):
        a = w.pod("api")
        n_zap_http(w, w.L(ns, a, "api", nd, "api"), 9, 0, 240, ["/v1/accounts/{id}", "/v1/search", "/healthz"])
    return dict(question="We lost a spot node. Did the workloads in apps survive?",
                selector=sel(namespace=ns), component=None,
                root_cause="No incident: a spot interruption notice was handled by aws-node-termination-handler, which drained the node before AWS reclaimed it.",
                summary="The node was cordoned and drained two minutes before termination (one eviction briefly waited on a PodDisruptionBudget), replacement pods started on other nodes and kept serving; the node then went NotReady and was removed.",
                action=NONE_ACTION)


@scenario("healthy_idle_lb_resets", "INFO", "none")
def h_idle(w):
    ns = "payments"
    n1, n2 = w.nodes(2)
    api = w.pod("payments-api")
    L = w.L(ns, api, "payments-api", n1, "payments-api")
    Lp = w.L(ns, api, "istio-proxy", n1, "payments-api")
    n_envoy(w, Lp, 16, 0, 600, "payments-api.payments.svc.cluster.local:8080", "", ["/v1/charges/{id}", "/v1/charges", "/healthz"])
    n_zap_http(w, L, 10, 0, 600, ["/v1/charges/{id}", "/v1/refunds/{id}"])
    dbip = w.svc_ip()
    my_ip = w.pod_ip()
    for t in w.spread(3, 30, 580):
        lp = w.ri(30000, 60000)
        w.add(t, L, js({"level": "warn", "ts": "§epoch§", "caller": "store/pg.go:141", "msg": "retrying query after connection error",
                        "err": f"read tcp {my_ip}:{lp}->{dbip}:6432: read: connection reset by peer", "attempt": 1}))
        w.add(t + 0.02, L, js({"level": "info", "ts": "§epoch§", "caller": "store/pg.go:150", "msg": "query succeeded after retry",
                               "attempt": 2, "duration": round(w.uf(0.004, 0.03), 6)}))
    pgb = w.pod("pgbouncer")
    Lb = w.L(ns, pgb, "pgbouncer", n2, "pgbouncer")
    for t in w.spread(5, 0, 600):
        w.add(t, Lb, f"§pg§ [1] LOG C-0x{w.hex(12)}: payments/payments@{w.pod_ip()}:{w.ri(30000, 60000)} closing because: client close request (age={w.ri(300, 900)}s)")
    for t in (60, 120, 180, 240, 300, 360, 420, 480, 540):
        if w.chance(0.6):
            w.add(t, Lb, f"§pg§ [1] LOG stats: {w.ri(20, 60)} xacts/s, {w.ri(90, 300)} queries/s, {w.ri(0, 3)} client parses/s, 0 server parses/s, 0 binds/s, in {w.ri(20000, 90000)} B/s, out {w.ri(90000, 400000)} B/s, xact {w.ri(900, 3000)} us, query {w.ri(200, 800)} us, wait {w.ri(2, 40)} us")
    t = w.uf(200, 400)
    w.add(t, Lp, f'[§iso3§] "POST /v1/webhooks/stripe HTTP/1.1" 503 UC upstream_reset_before_response_started{{connection_termination}} - "-" 2210 95 0 - "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" "{w.uuid()}" "payments-api.payments.svc.cluster.local:8080" "{w.pod_ip()}:8080" inbound|8080|| 127.0.0.6:{w.ri(32768, 60999)} {w.pod_ip()}:8080 {w.pod_ip()}:{w.ri(30000, 60000)} outbound_.8080_._.payments-api.payments.svc.cluster.local default')
    w.add(t + 31, Lp, f'[§iso3§] "POST /v1/webhooks/stripe HTTP/1.1" 200 - via_upstream - "-" 2210 2 41 40 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" "{w.uuid()}" "payments-api.payments.svc.cluster.local:8080" "{w.pod_ip()}:8080" inbound|8080|| 127.0.0.6:{w.ri(32768, 60999)} {w.pod_ip()}:8080 {w.pod_ip()}:{w.ri(30000, 60000)} outbound_.8080_._.payments-api.payments.svc.cluster.local default')
    nw = w.pod("notifications")
    Ln = w.L(ns, nw, "notifications", n2, "notifications")
    w.add(w.uf(100, 500), Ln, js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": nw,
                                   "msg": "redis connection lost, reconnecting", "err": "read ECONNRESET", "delayMs": 50}))
    w.add(w.uf(500, 590), Ln, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": nw, "msg": "redis ready"}))
    n_pino_http(w, Ln, 5, 0, 600, ["/internal/notify", "/healthz"], nw)
    return dict(question="Seeing 'connection reset by peer' in payments-api logs. Is the database connection broken?",
                selector=sel(namespace=ns, app="payments-api"), component="payments-api",
                root_cause="No incident: idle pooled connections closed by the peer are retried transparently; one Stripe webhook 503 (UC) was redelivered successfully.",
                summary="payments-api occasionally hits resets on idle pgbouncer connections and succeeds on the immediate retry; pgbouncer stats are steady, one webhook got a 503 from an upstream connection termination race and Stripe's retry got 200.",
                action=NONE_ACTION)


@scenario("healthy_kafka_rebalance", "INFO", "none")
def h_kafka(w):
    ns = "streaming"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    old = w.pod("enricher")
    new = w.pod("enricher", rs)
    peer = w.pod("enricher")
    gen = w.ri(40, 400)
    parts_a = "clickstream-0, clickstream-1, clickstream-2, clickstream-3"
    Lo = w.L(ns, old, "enricher", n1, "enricher")
    Lpe = w.L(ns, peer, "enricher", n2, "enricher")
    Ln = w.L(ns, new, "enricher", n3, "enricher")

    def kc(L, t, cid, msg, lvl="INFO", cls="o.a.k.c.c.internals.ConsumerCoordinator"):
        w.add(t, L, f"§l4j§ [{cid}-StreamThread-1] {lvl:<5} {cls} - [Consumer clientId={cid}, groupId=enricher] {msg}")
    w.k8s_event(1, ns, "Pod", old, "Killing", "Stopping container enricher", host=n1, field="spec.containers{enricher}")
    kc(Lo, 1.3, old, f"Revoke previously assigned partitions {parts_a}")
    kc(Lo, 1.4, old, "Member enricher-consumer-" + w.uuid() + " sending LeaveGroup request to coordinator kafka-1.kafka-headless.streaming.svc.cluster.local:9092 (id: 2147483646 rack: null) due to the consumer is being closed")
    kc(Lpe, 2.0, peer, "Request joining group due to: group is already rebalancing")
    kc(Lpe, 2.1, peer, f"Revoke previously assigned partitions clickstream-4, clickstream-5, clickstream-6, clickstream-7")
    kc(Lpe, 2.2, peer, "(Re-)joining group")
    w.pod_started(4, ns, new, "enricher", "harbor.acme.io/streaming/enricher:4.0.7", n3)
    kc(Ln, 14, new, "Discovered group coordinator kafka-1.kafka-headless.streaming.svc.cluster.local:9092 (id: 2147483646 rack: null)")
    kc(Ln, 14.1, new, "(Re-)joining group")
    kc(Ln, 14.2, new, "Request joining group due to: need to re-join with the given member-id: enricher-consumer-" + w.uuid())
    kc(Ln, 17, new, f"Successfully joined group with generation Generation{{generationId={gen}, memberId='enricher-consumer-{w.uuid()}', protocol='cooperative-sticky'}}")
    kc(Lpe, 17.05, peer, f"Successfully joined group with generation Generation{{generationId={gen}, memberId='enricher-consumer-{w.uuid()}', protocol='cooperative-sticky'}}")
    kc(Ln, 17.2, new, "Notifying assignor about the new Assignment(partitions=[clickstream-0, clickstream-1, clickstream-2, clickstream-3])")
    kc(Ln, 17.3, new, f"Adding newly assigned partitions: {parts_a}")
    for p in range(4):
        kc(Ln, 17.4 + p * 0.01, new, f"Setting offset for partition clickstream-{p} to the committed offset FetchPosition{{offset={w.ri(10**7, 10**8)}, offsetEpoch=Optional[{w.ri(10, 40)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{w.ri(0, 2)}.kafka-headless.streaming.svc.cluster.local:9092 (id: {w.ri(0, 2)} rack: null)], epoch={w.ri(10, 40)}}}}}")
    # broker preferred leader election + producer retry
    kb = "kafka-1"
    Lk = w.L(ns, kb, "kafka", n2, "kafka")
    n_kafka(w, Lk, 8, 0, 400)
    w.add(120, Lk, "[§py§] INFO [Controller id=1] Processing automatic preferred replica leader election (kafka.controller.KafkaController)")
    w.add(120.2, Lk, "[§py§] INFO [Controller id=1] Starting replica leader election (PREFERRED) for partitions clickstream-5 triggered by AutoTriggered (kafka.controller.KafkaController)")
    prod = w.pod("collector")
    Lpr = w.L(ns, prod, "collector", n1, "collector")
    corr = w.ri(100000, 900000)
    w.add(120.5, Lpr, f"§l4j§ [kafka-producer-network-thread | producer-1] WARN  o.a.k.c.producer.internals.Sender - [Producer clientId=producer-1] Got error produce response with correlation id {corr} on topic-partition clickstream-5, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER")
    w.add(120.51, Lpr, "§l4j§ [kafka-producer-network-thread | producer-1] WARN  o.a.k.c.producer.internals.Sender - [Producer clientId=producer-1] Received invalid metadata error in produce request on partition clickstream-5 due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now")
    for t in w.spread(8, 0, 400):
        w.add(t, Lpr, f"§l4j§ [http-nio-8080-exec-{w.ri(1, 20)}] INFO  c.a.collector.IngestController - accepted batch size={w.ri(20, 500)} source={w.pick(['web', 'ios', 'android'])}")
    for t in w.spread(5, 20, 400):
        w.add(t, Ln, f"§l4j§ [{new}-StreamThread-1] INFO  c.a.enricher.Pipeline - committed {w.ri(1000, 9000)} records, lag={w.ri(0, 400)}")
    return dict(question="enricher logged a rebalance and the collector got NOT_LEADER_OR_FOLLOWER. Is the pipeline healthy?",
                selector=sel(namespace=ns), component="enricher",
                root_cause="No incident: a consumer group rebalance caused by an enricher pod replacement and an automatic preferred leader election handled by producer retries.",
                summary="The enricher group rebalanced when a pod was replaced and the new member resumed from committed offsets; a preferred-leader election made the collector retry one produce request after a metadata refresh. Lag stays low.",
                action=NONE_ACTION)


@scenario("healthy_deprecation_warnings", "INFO", "none")
def h_deprec(w):
    ns = "platform"
    n1, n2 = w.nodes(2)
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n1, "argocd-application-controller")
    apps = ["shop-frontend", "shop-api", "monitoring", "platform-ingress"]
    for t in w.spread(12, 0, 500):
        app = w.pick(apps)
        if w.chance(0.5):
            w.add(t, La, f'time="§iso0§" level=info msg="Reconciliation completed" application=argocd/{app} dedup_ms=0 dest-name= dest-namespace={app.split("-")[0]} dest-server="https://kubernetes.default.svc" diff_ms={w.ri(1, 90)} fields.level=0 git_ms={w.ri(0, 400)} health_ms={w.ri(0, 9)} live_ms={w.ri(0, 9)} patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms={w.ri(20, 600)}')
        else:
            w.add(t, La, f'time="§iso0§" level=info msg="Refreshing app status (normal refresh requested), level (1)" application=argocd/{app}')
    w.add(80, La, klog("W", 1, "warnings.go:70", "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler"))
    w.add(81, La, klog("W", 1, "warnings.go:70", "policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, unavailable in v1.25+; use policy/v1 PodDisruptionBudget"))
    w.add(82, La, klog("W", 1, "warnings.go:70", 'spec.template.spec.containers[0].env[4]: hides previous definition of "LOG_LEVEL", which may be dropped when using apply'))
    node_app = w.pod("bff")
    Lb = w.L(ns, node_app, "bff", n2, "bff")
    w.add(30, Lb, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    w.add(30.001, Lb, "(Use `node --trace-deprecation ...` to show where the warning was created)")
    w.add(30.5, Lb, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": node_app, "msg": "Server listening at http://0.0.0.0:4000"}))
    n_pino_http(w, Lb, 8, 31, 500, ["/graphql", "/healthz"], node_app, codes=((200, 100),))
    py = w.pod("recommendations")
    Lp = w.L(ns, py, "recommendations", n1, "recommendations")
    w.add(40, Lp, "/usr/local/lib/python3.12/site-packages/pydantic/_internal/_config.py:291: PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead. Deprecated in Pydantic V2.0 to be removed in V3.0. See Pydantic V2 Migration Guide at https://errors.pydantic.dev/2.6/migration/")
    w.add(40.001, Lp, "  warnings.warn(DEPRECATION_MESSAGE, DeprecationWarning)")
    w.add(41, Lp, "INFO:     Started server process [1]")
    w.add(41.01, Lp, "INFO:     Waiting for application startup.")
    w.add(41.3, Lp, "INFO:     Application startup complete.")
    w.add(41.31, Lp, "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    n_uvicorn(w, Lp, 8, 42, 500, ["/v1/recommendations/{id}", "/healthz"], codes=((200, 100),))
    jv = w.pod("accounts")
    Lj = w.L(ns, jv, "accounts", n2, "accounts")
    w.add(50, Lj, "WARNING: A terminally deprecated method in java.lang.System has been called")
    w.add(50.001, Lj, "WARNING: System::setSecurityManager has been called by org.apache.hadoop.util.ShutdownHookManager (file:/app/libs/hadoop-common-3.3.6.jar)")
    w.add(52, Lj, "§iso3§  WARN 1 --- [accounts] [           main] o.s.b.c.p.m.PropertiesMigrationListener  : ")
    w.add(52.001, Lj, "The use of configuration keys that have been renamed was found in the environment:")
    w.add(52.002, Lj, "Key: spring.redis.host")
    w.add(52.003, Lj, "\tReplacement: spring.data.redis.host")
    w.add(55, Lj, "§iso3§  INFO 1 --- [accounts] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''")
    w.add(55.2, Lj, "§iso3§  INFO 1 --- [accounts] [           main] c.a.accounts.AccountsApplication          : Started AccountsApplication in 14.211 seconds (process running for 15.03)")
    return dict(question="Lots of deprecation warnings after the platform upgrade. Do we need to act now?",
                selector=sel(namespace=ns), component=None,
                root_cause="No incident: deprecation warnings from the API server, Node.js, Pydantic, the JDK and Spring Boot; all services started and serve requests.",
                summary="Argo CD syncs fine but the API server warns about deprecated HPA/PDB versions; bff, recommendations and accounts start normally while printing library deprecation notices.",
                action="No immediate action; plan to migrate the deprecated manifests and settings before the next upgrade.")


@scenario("healthy_hpa_cycle", "INFO", "none")
def h_hpa(w):
    ns = "api"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    base = [w.pod("gateway", rs) for _ in range(3)]
    extra = [w.pod("gateway", rs) for _ in range(2)]
    for i, p in enumerate(base):
        n_slog_http(w, w.L(ns, p, "gateway", (n1, n2, n3)[i], "gateway"), 6, 0, 900, ["/v3/quotes/{id}", "/v3/quotes", "/healthz"])
    w.k8s_event(60, ns, "HorizontalPodAutoscaler", "gateway", "SuccessfulRescale",
                "New size: 5; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler",
                api="autoscaling/v2")
    for i, p in enumerate(extra):
        nd = (n1, n3)[i]
        w.k8s_event(60.3, ns, "ReplicaSet", f"gateway-{rs}", "SuccessfulCreate", f"Created pod: {p}", comp="replicaset-controller", api="apps/v1")
        ts = w.pod_started(60.6, ns, p, "gateway", "quay.io/acme/gateway:1.22.4", nd)
        L = w.L(ns, p, "gateway", nd, "gateway")
        Lp = w.L(ns, p, "istio-proxy", nd, "gateway")
        w.add(ts + 0.3, Lp, "§iso6§\tinfo\tFIPS mode disabled")
        w.add(ts + 1.2, Lp, "§iso6§\tinfo\txdsproxy\tconnected to upstream XDS server: istiod.istio-system.svc:15012\tid=1")
        w.add(ts + 2.0, Lp, "§iso6§\tinfo\tReadiness succeeded in 1.84210281s")
        w.add(ts + 2.01, Lp, "§iso6§\tinfo\tEnvoy proxy is ready")
        w.add(ts + 2.5, L, 'time=§iso9§ level=INFO msg="listening" addr=:8080 version=1.22.4')
        n_slog_http(w, L, 4, ts + 3, 600, ["/v3/quotes/{id}", "/v3/quotes"], text=True)
        w.k8s_event(840 + i, ns, "Pod", p, "Killing", "Stopping container gateway", host=nd, field="spec.containers{gateway}")
        w.add(840.1 + i, L, 'time=§iso9§ level=INFO msg="shutting down" signal=terminated')
        w.add(841.3 + i, L, 'time=§iso9§ level=INFO msg="server stopped" inflight=0')
        w.add(841.4 + i, Lp, "§iso6§\tinfo\tStatus server has successfully terminated")
        w.add(841.5 + i, Lp, "§iso6§\terror\tError in proxy: failed to get status: Get \"http://localhost:15000/ready\": dial tcp 127.0.0.1:15000: connect: connection refused" if i == 0 else
              "§iso6§\tinfo\tEnvoy exited normally")
    w.k8s_event(839, ns, "HorizontalPodAutoscaler", "gateway", "SuccessfulRescale",
                "New size: 3; reason: All metrics below target", comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    n_containerd(w, n1, 4, 840, 900)
    return dict(question="gateway keeps changing replica count. Is the HPA flapping?",
                selector=sel(namespace=ns, app="gateway"), component="gateway",
                root_cause="No incident: the HPA scaled gateway from 3 to 5 on a CPU peak and back to 3 after the stabilisation window.",
                summary="Two extra gateway pods started, served traffic and were later stopped gracefully with zero in-flight requests; the sidecar's connection-refused line is its shutdown race. Scale-up and scale-down were ~13 minutes apart, so no flapping.",
                action=NONE_ACTION)


@scenario("healthy_cache_misses", "INFO", "none")
def h_cache(w):
    ns = "pricing"
    n1, n2 = w.nodes(2)
    rs = w.rs_hash()
    pods = [w.pod("pricing", rs) for _ in range(2)]
    for i, p in enumerate(pods):
        L = w.L(ns, p, "pricing", (n1, n2)[i], "pricing")
        if i == 0:
            w.add(5, L, js({"event": "cache warm-up started", "keys_expected": 4213, "level": "info", "logger": "pricing.cache",
                            "timestamp": "§iso6§"}, spaced=True))
            w.add(8.4, L, js({"event": "cache warm-up complete", "keys": 4213, "elapsed_s": 3.37, "level": "info", "logger": "pricing.cache",
                              "timestamp": "§iso6§"}, spaced=True))
        for t in w.spread(9, 0, 600):
            sku = f"SKU-{w.ri(10000, 99999)}"
            k = w.ri(0, 5)
            if k == 0:
                w.add(t, L, js({"event": "cache miss", "key": f"price:{sku}:EUR", "level": "info", "logger": "pricing.cache",
                                "timestamp": "§iso6§"}, spaced=True))
            elif k == 1:
                w.add(t, L, js({"event": "upstream slow", "upstream": "fx-rates", "elapsed_ms": w.ri(900, 1600), "threshold_ms": 800,
                                "level": "warning", "logger": "pricing.clients.fx", "timestamp": "§iso6§"}, spaced=True))
            else:
                w.add(t, L, js({"event": "price computed", "sku": sku, "currency": w.pick(["EUR", "GBP", "USD"]),
                                "cache": "hit", "level": "info", "logger": "pricing.api", "timestamp": "§iso6§"}, spaced=True))
        n_uvicorn(w, L, 6, 0, 600, ["/v1/prices/{sku}", "/healthz"], codes=((200, 96), (404, 4)))
    rd = "redis-master-0"
    Lr = w.L(ns, rd, "redis", n2, "redis")
    n_redis(w, Lr, 6, 0, 600)
    w.add(300, Lr, "1:M §redis§ * DB saved on disk")
    w.add(301, Lr, "1:M §redis§ * Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB")
    w.add(302, Lr, "1:M §redis§ * Background saving terminated with success")
    fx = w.pod("fx-rates")
    Lf = w.L(ns, fx, "fx-rates", n1, "fx-rates")
    for t in w.spread(6, 0, 600):
        w.add(t, Lf, f'time="§iso0§" level=info msg="served rates" base=EUR count=32 age={w.ri(1, 59)}s')
    w.add(240, Lf, 'time="§iso0§" level=warning msg="ecb feed slow, serving cached rates" age=61s')
    w.add(262, Lf, 'time="§iso0§" level=info msg="ecb feed refreshed" rates=32 took=1.42s')
    return dict(question="pricing logs many cache misses and 'upstream slow' warnings. Is pricing degraded?",
                selector=sel(namespace=ns, app="pricing"), component="pricing",
                root_cause="No incident: normal cache misses after a warm-up and occasional slow fx-rates responses within tolerance.",
                summary="pricing warmed its cache, serves mostly cache hits with some misses, and fx-rates briefly served cached rates while its upstream feed was slow; responses stay 200 (404 only for unknown SKUs).",
                action=NONE_ACTION)


@scenario("healthy_es_rollover", "INFO", "none")
def h_es(w):
    ns = "logging"
    n1, n2, n3 = w.nodes(3)
    cuuid, nid = w.alnum(22), w.alnum(22)

    def es(t, pod, node, lvl, logger, msg, thread):
        d = (f'{{"@timestamp":"§iso3§", "log.level": "{lvl}", "message":{q(msg)}, "ecs.version": "1.2.0","service.name":"ES_ECS",'
             f'"event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[{pod}][{thread}]","log.logger":"{logger}",'
             f'"elasticsearch.cluster.uuid":"{cuuid}","elasticsearch.node.id":"{nid}","elasticsearch.node.name":"{pod}","elasticsearch.cluster.name":"logging"}}')
        w.add(t, w.L(ns, pod, "elasticsearch", node, "elasticsearch"), d)
    day = w.t0.strftime("%Y.%m.%d")
    gen = w.ri(100, 400)
    old = f".ds-logs-app-{day}-{gen:06d}"
    new = f".ds-logs-app-{day}-{gen + 1:06d}"
    m = "es-master-0"
    es(10, m, n1, "INFO", "org.elasticsearch.xpack.ilm.IndexLifecycleTransition",
       f'moving index [{old}] from [{{"phase":"hot","action":"rollover","name":"check-rollover-ready"}}] to [{{"phase":"hot","action":"rollover","name":"attempt-rollover"}}] in policy [logs]',
       "masterService#updateTask][T#41")
    es(10.4, m, n1, "INFO", "org.elasticsearch.cluster.metadata.MetadataCreateIndexService",
       f"[{new}] creating index, cause [rollover_data_stream], templates [logs-app], shards [3]/[1]", "masterService#updateTask][T#41")
    es(10.6, m, n1, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
       f"Cluster health status changed from [GREEN] to [YELLOW] (reason: [index [{new}] created]).", "masterService#updateTask][T#41")
    es(11.2, m, n1, "INFO", "org.elasticsearch.xpack.ilm.IndexLifecycleTransition",
       f'moving index [{old}] from [{{"phase":"hot","action":"rollover","name":"attempt-rollover"}}] to [{{"phase":"hot","action":"rollover","name":"wait-for-active-shards"}}] in policy [logs]',
       "masterService#updateTask][T#42")
    es(14.9, m, n1, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
       f"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{new}][2]]]).", "masterService#updateTask][T#43")
    for i, d in enumerate(("es-data-0", "es-data-1", "es-data-2")):
        nd = (n1, n2, n3)[i]
        for t in w.spread(3, 0, 500):
            es(t, d, nd, "INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService",
               f"[gc][{w.ri(100000, 900000)}] overhead, spent [{w.ri(250, 480)}ms] collecting in the last [1s]", "scheduler][T#1")
    es(200, "es-data-1", n2, "WARN", "org.elasticsearch.transport.InboundHandler",
       f"handling request [InboundMessage{{Header{{{w.ri(10**6, 10**7)}}}{{8.12.2}}{{{w.ri(10**6, 10**7)}}}{{true}}{{false}}{{false}}{{false}}{{indices:data/write/bulk[s][p]}}}}] took [5012ms] which is above the warn threshold of [5000ms]",
       "transport_worker][T#3")
    fb = [w.ds_pod("fluent-bit") for _ in range(3)]
    for i, p in enumerate(fb):
        L = w.L(ns, p, "fluent-bit", (n1, n2, n3)[i], "fluent-bit")
        n_fluentbit(w, L, 6, 0, 500)
    Lf = w.L(ns, fb[1], "fluent-bit", n2, "fluent-bit")
    chunk = f"1-{int(w.t0.timestamp()) + 198}.{w.ri(100000000, 999999999)}.flb"
    w.add(205, Lf, f"[§fluent§] [ warn] [engine] failed to flush chunk '{chunk}', retry in 7 seconds: task_id=3, input=tail.0 > output=es.0 (out_id=0)")
    w.add(212, Lf, f"[§fluent§] [ info] [engine] flush chunk '{chunk}' succeeded at retry 1: task_id=3, input=tail.0 > output=es.0 (out_id=0)")
    kb = w.pod("kibana")
    Lk = w.L(ns, kb, "kibana", n3, "kibana")
    for t in w.spread(5, 0, 500):
        w.add(t, Lk, js({"service": {"node": {"roles": ["background_tasks", "ui"]}}, "ecs": {"version": "8.11.0"},
                         "@timestamp": "§isooff3§", "message": w.pick(["Task ML:saved-objects-sync-task: \"ML:saved-objects-sync\" took 412ms",
                                                                     "Received status for task manager from background tasks: available",
                                                                     "GET /api/status 200 12ms - 1.2KB"]),
                         "log": {"level": "INFO", "logger": w.pick(["plugins.taskManager", "http.server.response"])},
                         "process": {"pid": 7, "uptime": round(w.uf(10000, 90000), 3)}}))
    return dict(question="Elasticsearch went yellow for a few seconds. Do we have a problem with logging?",
                selector=sel(namespace=ns), component="elasticsearch",
                root_cause="No incident: ILM rolled the data stream over, the cluster was yellow until the new replicas started (4s), and a bulk retry succeeded.",
                summary="The logs-app data stream rolled over, health went GREEN->YELLOW->GREEN within seconds, GC overhead stays under 50%, and fluent-bit's single failed flush succeeded on the first retry.",
                action=NONE_ACTION)


@scenario("healthy_istio_xds_reconnect", "INFO", "none")
def h_istio(w):
    ns = "checkout"
    n1, n2, n3 = w.nodes(3)
    pods = [w.pod("checkout") for _ in range(3)]
    istiod = w.pod("istiod")
    Li = w.L("istio-system", istiod, "discovery", n3, "istiod")
    for i, p in enumerate(pods):
        nd = (n1, n2, n3)[i]
        Lp = w.L(ns, p, "istio-proxy", nd, "checkout")
        L = w.L(ns, p, "checkout", nd, "checkout")
        n_envoy(w, Lp, 7, 0, 600, "checkout.checkout.svc.cluster.local:8080", "", ["/api/checkout/sessions/{uuid}", "/api/checkout/quote", "/healthz"])
        n_zap_http(w, L, 4, 0, 600, ["/api/checkout/sessions/{uuid}", "/api/checkout/quote"])
        t = w.uf(60, 520)
        secs = w.ri(1790, 1808)
        w.add(t, Lp, f"§iso6§\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since {secs}s ago: 13, \tthread=15")
        w.add(t + 0.05, Lp, f"§iso6§\tinfo\txdsproxy\tconnected to upstream XDS server: istiod.istio-system.svc:15012\tid={w.ri(2, 60)}")
        w.add(t + 0.07, Li, f"§iso6§\tinfo\tads\tADS: \"{w.pod_ip()}:{w.ri(30000, 60000)}\" {p}.{ns}-{w.ri(1, 99)} terminated")
        w.add(t + 0.09, Li, f"§iso6§\tinfo\tads\tADS: new connection for node:{p}.{ns}-{w.ri(1, 99)}")
        w.add(t + 0.12, Li, f"§iso6§\tinfo\tads\tCDS: PUSH request for node:{p}.{ns} resources:{w.ri(120, 200)} size:{w.uf(100, 300):.1f}kB cached:{w.ri(100, 190)}/{w.ri(190, 200)}")
    for t in w.spread(3, 0, 600):
        w.add(t, Li, f"§iso6§\tinfo\tads\tPush debounce stable[{w.ri(100, 999)}] {w.ri(1, 4)} for config ServiceEntry/{w.pick(['payments', 'shipping'])}/{w.pick(['stripe-api', 'dhl-api'])}: 100.{w.ri(1, 900)}ms since last change, 100.{w.ri(100, 999)}ms since last push, full=true")
        w.add(t + 0.3, Li, f"§iso6§\tinfo\tads\tXDS: Pushing Services:{w.ri(130, 160)} ConnectedEndpoints:{w.ri(80, 120)} Version:§iso0§/{w.ri(100, 999)}")
    gw = w.pod("istio-ingressgateway")
    Lg = w.L("istio-system", gw, "istio-proxy", n1, "istio-ingressgateway")
    w.add(3, Lg, "§iso6§\twarning\tenvoy main external/envoy/source/server/server.cc:862\tUsage of the deprecated runtime key overload.global_downstream_max_connections, consider switching to `envoy.resource_monitors.downstream_connections` instead.This runtime key will be removed in future.\tthread=8")
    n_envoy(w, Lg, 6, 0, 600, "shop.acme-retail.com", "outbound|8080||checkout.checkout.svc.cluster.local",
            ["/api/checkout/quote", "/api/checkout/sessions/{uuid}"], ua=BROWSER_UA, inbound=False)
    return dict(question="istio-proxy in checkout logs 'gRPC config stream closed' warnings. Is the mesh broken?",
                selector=sel(namespace=ns), component="checkout",
                root_cause="No incident: the sidecars' xDS streams are recycled by istiod's 30-minute max connection age and reconnect immediately.",
                summary="Each checkout sidecar's StreamAggregatedResources stream closed after ~1800s (status 13) and reconnected within 50ms; istiod pushes configuration normally and requests through the gateway stay 2xx.",
                action=NONE_ACTION)


@scenario("healthy_job_retry_succeeds", "INFO", "none")
def h_jobretry(w):
    ns = "etl"
    n1, n2 = w.nodes(2)
    job = f"nightly-export-{w.ri(29_400_000, 29_600_000)}"
    p1, p2 = f"{job}-{w.alnum(5)}", f"{job}-{w.alnum(5)}"
    w.k8s_event(0, ns, "Job", job, "SuccessfulCreate", f"Created pod: {p1}", comp="job-controller", api="batch/v1")
    ts = w.pod_started(0.3, ns, p1, "export", "ghcr.io/acme/exporter:2.3.1", n1)
    L1 = w.L(ns, p1, "export", n1, "nightly-export")
    w.add(ts + 1, L1, "§py§ INFO exporter: exporting 24 partitions of events for yesterday to s3://acme-lake/events/")
    for i in range(5):
        w.add(ts + 8 + i * 6, L1, f"§py§ INFO exporter: partition {i:02d} written ({w.ri(80, 400)} MiB)")
    w.add(ts + 41, L1, "Traceback (most recent call last):")
    w.add(ts + 41.001, L1, '  File "/app/exporter/main.py", line 88, in <module>')
    w.add(ts + 41.002, L1, "    run(args)")
    w.add(ts + 41.003, L1, '  File "/app/exporter/main.py", line 61, in run')
    w.add(ts + 41.004, L1, "    s3.upload_file(local, bucket, key)")
    w.add(ts + 41.005, L1, "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.")
    w.k8s_event(ts + 44, ns, "Job", job, "SuccessfulCreate", f"Created pod: {p2}", comp="job-controller", api="batch/v1")
    ts2 = w.pod_started(ts + 54, ns, p2, "export", "ghcr.io/acme/exporter:2.3.1", n2)
    L2 = w.L(ns, p2, "export", n2, "nightly-export")
    w.add(ts2 + 1, L2, "§py§ INFO exporter: exporting 24 partitions of events for yesterday to s3://acme-lake/events/")
    w.add(ts2 + 1.2, L2, "§py§ INFO exporter: skipping 5 partitions already present with matching ETag")
    for i in range(5, 24, 4):
        w.add(ts2 + 3 + i * 3, L2, f"§py§ INFO exporter: partition {i:02d} written ({w.ri(80, 400)} MiB)")
    w.add(ts2 + 80, L2, "§py§ INFO exporter: export finished: 24/24 partitions, manifest written")
    w.k8s_event(ts2 + 82, ns, "Job", job, "Completed", "Job completed", comp="job-controller", api="batch/v1")
    af = w.pod("airflow-scheduler")
    La = w.L(ns, af, "scheduler", n1, "airflow")
    for t in w.spread(8, 0, ts2 + 90):
        k = w.ri(0, 2)
        if k == 0:
            w.add(t, La, "[§isooff3§] {scheduler_job_runner.py:417} INFO - 1 tasks up for execution:")
        elif k == 1:
            w.add(t, La, f"[§isooff3§] {{scheduler_job_runner.py:696}} INFO - Received executor event with state success for task instance TaskInstanceKey(dag_id='{w.pick(['marketing_sync', 'dwh_load', 'reports'])}', task_id='{w.pick(['extract', 'load', 'transform'])}', run_id='scheduled__{w.t0.strftime('%Y-%m-%dT00:00:00+00:00')}', try_number=1, map_index=-1)")
        else:
            w.add(t, La, "[§isooff3§] {manager.py:1042} INFO - Finding 'running' jobs without a recent heartbeat")
    return dict(question="The nightly export pod failed with a SlowDown error. Did we lose the export?",
                selector=sel(namespace=ns), component="nightly-export",
                root_cause="No incident: the first export pod hit S3 SlowDown throttling and exited; the Job's retry resumed and completed all partitions.",
                summary="nightly-export's first pod failed on PutObject SlowDown after 5 partitions, the Job controller started a second pod which skipped existing partitions and finished 24/24; the Job completed.",
                action=NONE_ACTION)


@scenario("healthy_kured_reboot", "INFO", "none")
def h_kured(w):
    ns = "kube-system"
    node, n2, n3 = w.nodes(3)
    kured = w.ds_pod("kured")
    Lk = w.L(ns, kured, "kured", node, "kured")
    w.add(0, Lk, f'time="§iso0§" level=info msg="Reboot required"')
    w.add(0.4, Lk, f'time="§iso0§" level=info msg="Acquired reboot lock"')
    w.add(0.6, Lk, f'time="§iso0§" level=info msg="Draining node {node}"')
    w.k8s_event(0.7, "default", "Node", node, "NodeNotSchedulable", f"Node {node} status is now: NodeNotSchedulable", host=node)
    moved = [("shop", "cart"), ("shop", "frontend"), ("monitoring", "grafana")]
    for i, (pns, app) in enumerate(moved):
        p = w.pod(app)
        w.add(1 + i * 0.2, Lk, f'time="§iso0§" level=info msg="evicting pod {pns}/{p}"')
        w.k8s_event(1.1 + i * 0.2, pns, "Pod", p, "Killing", f"Stopping container {app}", host=node, field=f"spec.containers{{{app}}}")
        np_ = w.pod(app)
        nd = n2 if i % 2 else n3
        w.pod_started(2 + i, pns, np_, app, f"registry.acme.io/{pns}/{app}:{w.ri(1, 9)}.{w.ri(0, 30)}.{w.ri(0, 9)}", nd)
    w.add(30, Lk, f'time="§iso0§" level=info msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: {node}"')
    w.add(30.2, Lk, f'time="§iso0§" level=info msg="Commanding reboot for node: {node}"')
    Lj = w.host(node, "systemd")
    w.add(31, Lj, "Stopping kubelet: The Kubernetes Node Agent...")
    w.add(31.5, Lj, "Stopped kubelet: The Kubernetes Node Agent.")
    w.add(33, Lj, "Reached target Reboot.")
    w.k8s_event(72, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", host=node, comp="node-controller")
    Lkern = w.host(node, "kernel")
    w.add(95, Lkern, "Linux version 6.1.0-18-cloud-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)")
    w.add(95.3, Lkern, "ACPI: Early table checksum verification disabled")
    w.add(101, Lj, "Started kubelet: The Kubernetes Node Agent.")
    Lkl = w.host(node, "kubelet.service")
    w.add(101.5, Lkl, klog("I", 712, "server.go:487", '"Kubelet version" kubeletVersion="v1.29.2"'))
    w.add(103, Lkl, klog("I", 712, "kubelet.go:2329", '"Starting kubelet main sync loop"'))
    w.add(104, Lkl, klog("I", 712, "kubelet_node_status.go:76", f'"Successfully registered node" node="{node}"'))
    w.k8s_event(104.2, "default", "Node", node, "Rebooted", f"Node {node} has been rebooted, boot id: {w.uuid()}", etype="Warning", host=node)
    w.k8s_event(106, "default", "Node", node, "NodeReady", f"Node {node} status is now: NodeReady", host=node)
    kured2 = w.ds_pod("kured")
    Lk2 = w.L(ns, kured2, "kured", node, "kured")
    w.k8s_event(110, ns, "Pod", kured2, "Started", "Started container kured", host=node, field="spec.containers{kured}")
    w.add(111, Lk2, f'time="§iso0§" level=info msg="Holding lock"')
    w.add(111.2, Lk2, f'time="§iso0§" level=info msg="Uncordoning node {node}"')
    w.k8s_event(111.3, "default", "Node", node, "NodeSchedulable", f"Node {node} status is now: NodeSchedulable", host=node)
    w.add(111.5, Lk2, f'time="§iso0§" level=info msg="Releasing lock"')
    for nd in (n2, n3):
        k = w.ds_pod("kured")
        w.add(w.uf(0, 100), w.L(ns, k, "kured", nd, "kured"), f'time="§iso0§" level=info msg="Reboot not required"')
    cp = w.pod("cart")
    n_zap_http(w, w.L("shop", cp, "cart", n2, "cart"), 8, 0, 200, ["/v1/cart/{uuid}", "/healthz"])
    return dict(question=f"Node {node} was NotReady for about a minute. What happened?",
                selector=sel(node=node), component=node,
                root_cause="No incident: kured performed a planned reboot for pending kernel updates after draining the node.",
                summary="kured took the reboot lock, drained and rebooted the node; pods were rescheduled on other nodes, the node came back Ready and was uncordoned within two minutes.",
                action=NONE_ACTION)


@scenario("healthy_client_cancellations", "INFO", "none")
def h_cancel(w):
    ns = "search"
    n1, n2, n3 = w.nodes(3)
    gs = [w.pod("query-service") for _ in range(2)]
    for i, p in enumerate(gs):
        L = w.L(ns, p, "query-service", (n1, n2)[i], "query-service")
        for t in w.spread(9, 0, 600):
            code = "OK" if w.chance(0.75) else "Canceled"
            d = {"level": "info" if code == "OK" else "warn", "ts": "§iso3§", "caller": "logging/interceptors.go:107",
                 "msg": "finished call", "protocol": "grpc", "grpc.component": "server", "grpc.service": "search.v1.QueryService",
                 "grpc.method": w.pick(["Search", "Suggest"]), "grpc.method_type": "unary", "peer.address": f"{w.pod_ip()}:{w.ri(30000, 60000)}",
                 "grpc.start_time": "§iso3§", "grpc.code": code, "grpc.time_ms": round(w.uf(2, 90), 3)}
            if code == "Canceled":
                d["grpc.error"] = "rpc error: code = Canceled desc = context canceled"
            w.add(t, L, js(d))
    bff = w.pod("search-bff")
    Lb = w.L(ns, bff, "search-bff", n3, "search-bff")
    n_pino_http(w, Lb, 10, 0, 600, ["/api/suggest?q=ru", "/api/search?q=running+shoes", "/healthz"], bff)
    for t in w.spread(3, 0, 600):
        w.add(t, Lb, js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": bff, "reqId": f"req-{w.ri(100, 9999)}",
                         "msg": "request aborted by client", "url": "/api/suggest?q=" + w.pick(["ru", "run", "runn"])}))
    t = w.uf(250, 350)
    w.add(t, Lb, js({"level": 50, "time": "§epochms§", "pid": 1, "hostname": bff, "reqId": f"req-{w.ri(100, 9999)}",
                     "err": {"type": "Error", "message": "14 UNAVAILABLE: upstream request timeout", "code": 14},
                     "msg": "search upstream failed, retrying", "attempt": 1}))
    w.add(t + 0.2, Lb, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": bff, "msg": "search upstream succeeded", "attempt": 2}))
    ctrl = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ctrl, "controller", n1, "ingress-nginx")
    n_ingress(w, Lc, 12, 0, 600, "search-search-bff-3000", ["/api/suggest?q=sh", "/api/search?q=shoes", "/api/search?q=lamp"],
              codes=((200, 85), (499, 15)))
    return dict(question="query-service shows 'context canceled' and a few 499s. Are users getting errors?",
                selector=sel(namespace=ns), component="query-service",
                root_cause="No incident: clients cancel type-ahead requests as users keep typing (499 / gRPC Canceled); one upstream timeout was retried successfully.",
                summary="Canceled gRPC calls line up with aborted suggest requests from the browser and ingress 499s; a single UNAVAILABLE upstream timeout succeeded on retry. Successful responses dominate.",
                action=NONE_ACTION)


# =========================================================================== WARN (14)


def cnpg(w, L, pod, t, sev, msg, backend="client backend", state="00000", extra=None, ev=False):
    rec = {"log_time": "§pg§", "process_id": str(w.ri(100, 9000)), "session_id": f"{w.hex(8)}.{w.hex(4)}",
           "session_line_num": "1", "session_start_time": "§pg§", "transaction_id": "0",
           "error_severity": sev, "sql_state_code": state, "message": msg, "backend_type": backend}
    if extra:
        rec.update(extra)
    w.add(t, L, js({"level": "info", "ts": "§iso3§", "logger": "postgres", "msg": "record", "logging_pod": pod, "record": rec}), ev)


@scenario("warn_pg_replica_lag", "WARN", "database")
def w_pg_lag(w):
    ns = "orders"
    n1, n2, n3 = w.nodes(3)
    L1 = w.L(ns, "pg-orders-1", "postgres", n1, "pg-orders")
    L3 = w.L(ns, "pg-orders-3", "postgres", n3, "pg-orders")
    for t in w.spread(5, 0, 700):
        cnpg(w, L1, "pg-orders-1", t, "LOG", "checkpoint starting: time" if w.chance(0.5) else
             f"automatic vacuum of table \"orders.public.{w.pick(['orders', 'order_events', 'carts'])}\": index scans: 1", backend="checkpointer")
    bf = f"orders-backfill-{w.alnum(5)}"
    Lb = w.L(ns, bf, "backfill", n2, "orders-backfill")
    w.add(30, Lb, "§py§ INFO backfill: adding tax_region to orders created since 2021-01-01 in batches of 50000")
    for i, t in enumerate(w.spread(6, 40, 420)):
        w.add(t, Lb, f"§py§ INFO backfill: batch {i + 1} updated 50000 rows in {w.uf(9, 20):.1f}s")
    cnpg(w, L1, "pg-orders-1", 95, "LOG", "checkpoints are occurring too frequently (19 seconds apart)", backend="checkpointer",
         extra={"hint": 'Consider increasing the configuration parameter "max_wal_size".'}, ev=True)
    cnpg(w, L3, "pg-orders-3", 180, "ERROR", "canceling statement due to conflict with recovery", state="40001",
         extra={"detail": "User query might have needed to see row versions that must be removed.",
                "query": "SELECT id, status, total_cents FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20",
                "application_name": "orders-api"}, ev=True)
    api = [w.pod("orders-api") for _ in range(2)]
    for i, p in enumerate(api):
        L = w.L(ns, p, "orders-api", (n1, n2)[i], "orders-api")
        for t in w.spread(10, 0, 700):
            w.add(t, L, js({"level": "info", "method": "GET", "path": _path(w, ["/v1/orders/{id}", "/v1/customers/{id}/orders"]),
                            "status": 200, "dur_ms": w.ri(3, 60), "time": "§iso0§", "message": "request"}))
    La = w.L(ns, api[0], "orders-api", n1, "orders-api")
    lags = [(150, 12.4), (240, 31.8), (330, 47.9), (420, 22.3)]
    for t, lag in lags:
        w.add(t, La, js({"level": "warn", "replica": "pg-orders-ro", "lag_seconds": lag, "threshold_seconds": 10,
                         "time": "§iso0§", "message": "replica lag above threshold, routing reads to primary"}), ev=(lag > 30))
    w.add(520, La, js({"level": "info", "replica": "pg-orders-ro", "lag_seconds": 0.8, "time": "§iso0§",
                       "message": "replica lag back under threshold, reads routed to replica"}))
    w.add(430, Lb, "§py§ INFO backfill: done, 300000 rows updated")
    return dict(question="orders-api is warning about replica lag. How bad is it?",
                selector=sel(namespace=ns), component="pg-orders",
                root_cause="A bulk backfill on the pg-orders primary generated WAL faster than the pg-orders-3 replica could replay it, so replication lag reached ~48s.",
                summary="While orders-backfill updated 300k rows, checkpoints ran every 19s, the replica cancelled a read on recovery conflict and orders-api routed reads to the primary; lag returned under 1s after the backfill ended.",
                action="Optional: throttle future backfills (smaller batches with pauses) or run them off-peak, and consider a larger max_wal_size.")


@scenario("warn_cert_expiring_soon", "WARN", "tls_certificate")
def w_cert_soon(w):
    ns = "finance"
    n1, n2 = w.nodes(2)
    rs = w.rs_hash()
    pods = [w.pod("ledger-api", rs) for _ in range(2)]
    not_after = (w.t0 + timedelta(days=9, hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for i, p in enumerate(pods):
        L = w.L(ns, p, "ledger-api", (n1, n2)[i], "ledger-api")
        n_zap_http(w, L, 12, 0, 900, ["/v1/accounts/{id}/balance", "/v1/entries", "/readyz"], caller="httpx/log.go:44")
        w.add(60 + i * 400, L, js({"level": "warn", "ts": "§epoch§", "caller": "tlsutil/watch.go:73",
                                    "msg": "serving certificate expires soon", "cert": "/etc/ledger/tls/tls.crt",
                                    "subject": "CN=ledger.finance.svc", "issuer": "CN=Acme Internal CA G2",
                                    "not_after": not_after, "days_left": 9}), ev=True)
    stm = w.pod("statements")
    Ls = w.L(ns, stm, "statements", n2, "statements")
    msgs = [("scheduling-1", "c.a.statements.batch.StatementJob", "rendered statement batch {id} ({ms} documents)"),
            ("http-nio-8080-exec-{n}", "c.a.statements.client.LedgerClient", "ledger balance lookup ok in {ms} ms")]
    n_spring(w, Ls, 10, 0, 900, "statements", msgs)
    bb = w.pod("blackbox-exporter")
    Lbb = w.L("monitoring", bb, "blackbox-exporter", n1, "blackbox-exporter")
    for t in w.spread(3, 0, 900):
        w.add(t, Lbb, f'ts=§iso3§ caller=main.go:181 module=tcp_tls target=ledger.finance.svc:8443 level=info msg="Beginning probe" probe=tcp timeout_seconds=5')
    w.add(500, Lbb, f'ts=§iso3§ caller=tcp.go:129 module=tcp_tls target=ledger.finance.svc:8443 level=info msg="TLS Handshake (client) succeeded" ')
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx"), 10, 0, 900, "finance-statements-8080",
              ["/statements/{id}.pdf", "/statements"])
    return dict(question="Any TLS issues coming up for the ledger?",
                selector=sel(namespace=ns), component="ledger-api",
                root_cause="The ledger-api serving certificate (issued by Acme Internal CA G2, not managed by cert-manager) expires in 9 days.",
                summary="Both ledger-api replicas warn that /etc/ledger/tls/tls.crt expires in 9 days; handshakes and requests still succeed today.",
                action="Renew the ledger-api certificate and update its Secret before it expires (ideally move it to cert-manager).")


@scenario("warn_es_disk_watermark", "WARN", "resource_exhausted")
def w_es_disk(w):
    ns = "logging"
    n1, n2, n3 = w.nodes(3)
    cuuid = w.alnum(22)

    def es(t, pod, node, lvl, logger, msg, thread, ev=False):
        d = (f'{{"@timestamp":"§iso3§", "log.level": "{lvl}", "message":{q(msg)}, "ecs.version": "1.2.0","service.name":"ES_ECS",'
             f'"event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[{pod}][{thread}]","log.logger":"{logger}",'
             f'"elasticsearch.cluster.uuid":"{cuuid}","elasticsearch.node.id":"{w.alnum(22)}","elasticsearch.node.name":"{pod}","elasticsearch.cluster.name":"logging"}}')
        w.add(t, w.L(ns, pod, "elasticsearch", node, "es-data"), d, ev)
    nid = w.alnum(22)
    es(40, "es-master-0", n1, "INFO", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor",
       f"low disk watermark [85%] exceeded on [{nid}][es-data-2][/usr/share/elasticsearch/data] free: 44.1gb[14.7%], replicas will not be assigned to this node",
       "management][T#2", ev=True)
    es(400, "es-master-0", n1, "INFO", "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor",
       f"low disk watermark [85%] exceeded on [{nid}][es-data-2][/usr/share/elasticsearch/data] free: 41.9gb[13.9%], replicas will not be assigned to this node",
       "management][T#3", ev=True)
    for d, nd in (("es-data-0", n1), ("es-data-1", n2), ("es-data-2", n3)):
        for t in w.spread(3, 0, 600):
            es(t, d, nd, "INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService",
               f"[gc][{w.ri(100000, 900000)}] overhead, spent [{w.ri(200, 420)}ms] collecting in the last [1s]", "scheduler][T#1")
    es(200, "es-master-0", n1, "INFO", "org.elasticsearch.xpack.ilm.IndexLifecycleTransition",
       f'moving index [.ds-logs-k8s-{w.t0.strftime("%Y.%m.%d")}-000{w.ri(100, 999)}] from [{{"phase":"hot","action":"rollover","name":"check-rollover-ready"}}] to [{{"phase":"hot","action":"rollover","name":"attempt-rollover"}}] in policy [logs-k8s]',
       "masterService#updateTask][T#12")
    fb = [w.ds_pod("fluent-bit") for _ in range(3)]
    for i, p in enumerate(fb):
        n_fluentbit(w, w.L(ns, p, "fluent-bit", (n1, n2, n3)[i], "fluent-bit"), 6, 0, 600)
    cur = w.pod("curator")
    Lc = w.L(ns, cur, "curator", n2, "curator")
    w.add(300, Lc, "§py§ INFO      Preparing Action ID: 1, \"delete_indices\"")
    w.add(300.5, Lc, "§py§ INFO      Trying Action ID: 1, \"delete_indices\": Delete indices older than 30 days (based on index name), for logs- prefixed indices.")
    w.add(301, Lc, "§py§ INFO      Skipping action \"delete_indices\" due to empty list: <class 'curator.exceptions.NoIndices'>")
    w.add(301.2, Lc, "§py§ INFO      Action ID: 1, \"delete_indices\" completed.")
    kb = w.pod("kibana")
    for t in w.spread(7, 0, 600):
        w.add(t, w.L(ns, kb, "kibana", n3, "kibana"),
              js({"@timestamp": "§isooff3§", "message": f"POST /internal/search/ese 200 {w.ri(40, 900)}ms - 12.4KB",
                  "log": {"level": "INFO", "logger": "http.server.response"}, "ecs": {"version": "8.11.0"}}))
    return dict(question=None,
                selector=sel(namespace=ns), component="es-data",
                root_cause="Data node es-data-2 crossed the 85% low disk watermark (about 14% free and falling), so Elasticsearch stops allocating replicas to it.",
                summary="The master repeatedly reports the low watermark on es-data-2; indexing and searches still work and the retention job found nothing old enough to delete.",
                action="Before the 90% high watermark is reached, expand the es-data volumes or shorten retention and rebalance shards.")


@scenario("warn_route53_throttling", "WARN", "rate_limited")
def w_route53(w):
    w.cloud = "eks"
    ns = "kube-system"
    n1, n2 = w.nodes(2)
    ed = w.pod("external-dns")
    L = w.L(ns, ed, "external-dns", n1, "external-dns")
    zone = f"/hostedzone/Z0{w.alnum(12).upper()}"
    for i in range(8):
        t = 10 + i * 60 + w.uf(0, 3)
        if i in (2, 3, 5):
            w.add(t, L, f'time="§iso0§" level=error msg="failed to list resource records sets for zone {zone}: Throttling: Rate exceeded\\n\\tstatus code: 400, request id: {w.uuid()}"', ev=(i != 5))
            if i == 3:
                w.add(t + 0.2, L, f'time="§iso0§" level=error msg="Failed to do run once: Throttling: Rate exceeded\\n\\tstatus code: 400, request id: {w.uuid()}"', ev=True)
        else:
            w.add(t, L, 'time="§iso0§" level=info msg="Applying provider record filter for domains: [acme-retail.com. .acme-retail.com.]"')
            if i == 6:
                w.add(t + 0.4, L, 'time="§iso0§" level=info msg="Desired change: UPSERT api-v2.acme-retail.com A [Id: /hostedzone/' + zone.split('/')[-1] + ']"')
                w.add(t + 0.5, L, 'time="§iso0§" level=info msg="Desired change: UPSERT cname-api-v2.acme-retail.com TXT [Id: /hostedzone/' + zone.split('/')[-1] + ']"')
                w.add(t + 0.9, L, f'time="§iso0§" level=info msg="2 record(s) in zone acme-retail.com. [Id: {zone}] were successfully updated"')
            else:
                w.add(t + 0.6, L, 'time="§iso0§" level=info msg="All records are already up to date"')
    cm = w.pod("cert-manager")
    Lcm = w.L("cert-manager", cm, "cert-manager-controller", n2, "cert-manager")
    for t in w.spread(4, 100, 300):
        w.add(t, Lcm, klog("I", 1, "dns.go:90", f'"presenting DNS01 challenge for domain" logger="cert-manager.controller.Present" resource_name="wildcard-acme-retail-{w.ri(1, 9)}-{w.ri(10**9, 4 * 10**9)}-0" resource_namespace="cert-manager" resource_kind="Challenge" resource_version="v1" dnsName="acme-retail.com" type="DNS-01" resource_name="wildcard-acme-retail" resource_namespace="cert-manager" resource_kind="Challenge" resource_version="v1" domain="acme-retail.com"'))
    w.add(305, Lcm, klog("I", 1, "route53.go:220", '"Route53 request throttled, retrying" logger="cert-manager.controller.route53" err="operation error Route 53: ChangeResourceRecordSets, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: ' + w.uuid() + ', api error Throttling: Rate exceeded"'))
    w.add(330, Lcm, klog("I", 1, "dns.go:116", '"waiting DNS record TTL to allow the DNS01 record to propagate for domain" logger="cert-manager.controller.Present" domain="_acme-challenge.acme-retail.com." ttl=60 fqdn="_acme-challenge.acme-retail.com."'))
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx"), 18, 0, 500, "shop-frontend-80",
              ["/", "/products/{sku}", "/api/cart"])
    return dict(question="external-dns is logging errors. Are DNS records out of date?",
                selector=sel(namespace=ns, app="external-dns"), component="external-dns",
                root_cause="Route 53 API calls from the AWS account are throttled (Rate exceeded); external-dns and cert-manager DNS01 challenges compete for the same per-account Route 53 quota.",
                summary="Some external-dns sync loops failed with Throttling: Rate exceeded, but later loops succeeded and applied the pending UPSERTs; records converge with a delay of a few minutes.",
                action="Optional: raise external-dns --interval / use --aws-zones-cache-duration and restrict --domain-filter to reduce Route 53 calls.")


@scenario("warn_rollout_connection_resets", "WARN", "connection_refused")
def w_rollout_resets(w):
    ns = "shop"
    n1, n2, n3 = w.nodes(3)
    fe = [w.pod("frontend") for _ in range(2)]
    old_rs, new_rs = w.rs_hash(), w.rs_hash()
    rec_old = [w.pod("recommendations", old_rs) for _ in range(2)]
    rec_new = [w.pod("recommendations", new_rs) for _ in range(2)]
    auth = "recommendations.shop.svc.cluster.local:8080"
    clus = "outbound|8080||recommendations.shop.svc.cluster.local"
    for i, p in enumerate(fe):
        Lp = w.L(ns, p, "istio-proxy", (n1, n2)[i], "frontend")
        n_envoy(w, Lp, 9, 0, 400, auth, clus, ["/api/recommendations?user={id}", "/api/recommendations/similar/{sku}"], inbound=False,
                ua=["node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"])
    w.k8s_event(100, ns, "Deployment", "recommendations", "ScalingReplicaSet", f"Scaled up replica set recommendations-{new_rs} to 1",
                comp="deployment-controller", api="apps/v1")
    t = 101
    ev_count = 0
    for i in range(2):
        nd = (n2, n3)[i]
        ts = w.pod_started(t, ns, rec_new[i], "recommendations", "ghcr.io/acme/recommendations:1.8.0", nd)
        Ln = w.L(ns, rec_new[i], "recommendations", nd, "recommendations")
        w.add(ts + 0.4, Ln, f"[§gunicorn§] [1] [INFO] Starting gunicorn 21.2.0")
        w.add(ts + 0.5, Ln, f"[§gunicorn§] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)")
        w.add(ts + 0.6, Ln, f"[§gunicorn§] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker")
        w.add(ts + 0.7, Ln, f"[§gunicorn§] [{w.ri(7, 9)}] [INFO] Booting worker with pid: {w.ri(7, 9)}")
        tk = ts + 6
        Lo = w.L(ns, rec_old[i], "recommendations", (n1, n3)[i], "recommendations")
        w.k8s_event(tk, ns, "Pod", rec_old[i], "Killing", "Stopping container recommendations", host=(n1, n3)[i],
                    field="spec.containers{recommendations}")
        w.add(tk + 0.05, Lo, f"[§gunicorn§] [1] [INFO] Handling signal: term", ev=(i == 0))
        w.add(tk + 0.1, Lo, f"[§gunicorn§] [8] [INFO] Worker exiting (pid: 8)")
        w.add(tk + 0.3, Lo, f"[§gunicorn§] [1] [INFO] Shutting down: Master")
        for j in range(2 if i == 0 else 1):
            fp = w.pick(fe)
            Lp = w.L(ns, fp, "istio-proxy", n1 if fp == fe[0] else n2, "frontend")
            tt = tk + 0.35 + j * 0.6
            if j == 0:
                line = (f'[§iso3§] "GET /api/recommendations?user={w.ri(1000, 99999)} HTTP/1.1" 503 UC upstream_reset_before_response_started{{connection_termination}} - "-" 0 95 {w.ri(1, 9)} - "-" "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)" "{w.uuid()}" "{auth}" "{w.pod_ip()}:8080" {clus} {w.pod_ip()}:{w.ri(32768, 60999)} {w.svc_ip()}:8080 {w.pod_ip()}:{w.ri(30000, 60000)} - default')
            else:
                line = (f'[§iso3§] "GET /api/recommendations/similar/SKU-{w.ri(10000, 99999)} HTTP/1.1" 503 URX,UF upstream_reset_before_response_started{{remote_connection_failure,delayed_connect_error:_Connection_refused}} - "delayed_connect_error:_Connection_refused" 0 145 {w.ri(20, 60)} - "-" "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)" "{w.uuid()}" "{auth}" "{w.pod_ip()}:8080" {clus} - {w.svc_ip()}:8080 {w.pod_ip()}:{w.ri(30000, 60000)} - default')
            ev_count += 1
            w.add(tt, Lp, line, ev=(ev_count <= 3))
            Lf = w.L(ns, fp, "frontend", n1 if fp == fe[0] else n2, "frontend")
            w.add(tt + 0.01, Lf, js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": fp,
                                      "msg": "recommendations unavailable, rendering page without them", "status": 503}))
        t = tk + 5
    return dict(question="During the recommendations deploy the frontend logged some 503s. Should we roll back?",
                selector=sel(namespace=ns), component="recommendations",
                root_cause="recommendations pods exit immediately on SIGTERM (no preStop delay / graceful drain), so in-flight and newly routed connections from the frontend sidecars are reset or refused during the rollout.",
                summary="A handful of frontend calls got 503 UC / URX,UF (connection termination and connection refused) exactly when old recommendations pods shut down; the new version serves normally and the frontend degraded gracefully.",
                action="No rollback needed. Optionally add a preStop sleep and graceful shutdown to recommendations so endpoints are removed before the process exits.")


@scenario("warn_payment_provider_slow", "WARN", "timeout")
def w_psp_slow(w):
    ns = "payments"
    n1, n2 = w.nodes(2)
    pods = [w.pod("payments") for _ in range(2)]
    for i, p in enumerate(pods):
        L = w.L(ns, p, "payments", (n1, n2)[i], "payments")
        n_serilog(w, L, 10, 0, 600, ["/api/payments/{id}", "/api/payments/{id}/status", "/healthz"])
    L0 = w.L(ns, pods[0], "payments", n1, "payments")
    L1 = w.L(ns, pods[1], "payments", n2, "payments")
    times = [(210, L0, True), (236, L1, True), (251, L0, True), (330, L1, False)]
    for t, L, ev in times:
        ref = f"PSP-{w.alnum(12).upper()}"
        w.add(t, L, js({"@t": "§iso7§", "@mt": "Adyen {Operation} for {PaymentRef} timed out after {ElapsedMs} ms, retrying ({Attempt}/{MaxAttempts})",
                        "@l": "Warning", "@x": "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.\n ---> System.TimeoutException: The operation was canceled.\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
                        "Operation": "authorise", "PaymentRef": ref, "ElapsedMs": w.ri(10001, 10009), "Attempt": 1, "MaxAttempts": 3,
                        "SourceContext": "Acme.Payments.Adyen.AdyenClient"}), ev)
        w.add(t + w.uf(1.5, 3.2), L, js({"@t": "§iso7§", "@mt": "Adyen {Operation} for {PaymentRef} succeeded on attempt {Attempt} in {ElapsedMs} ms",
                                          "Operation": "authorise", "PaymentRef": ref, "Attempt": 2, "ElapsedMs": w.ri(1400, 3100),
                                          "SourceContext": "Acme.Payments.Adyen.AdyenClient"}))
    w.add(262, L0, js({"@t": "§iso7§", "@mt": "Circuit breaker {Name} recorded failure ratio {Ratio}, threshold {Threshold}",
                       "@l": "Warning", "Name": "adyen", "Ratio": 0.18, "Threshold": 0.5, "SourceContext": "Acme.Payments.Resilience"}))
    co = w.pod("checkout")
    Lc = w.L("checkout", co, "checkout", n1, "checkout")
    n_zap_http(w, Lc, 10, 0, 600, ["/api/checkout/{uuid}/pay", "/api/checkout/{uuid}"])
    w.add(240, Lc, js({"level": "warn", "ts": "§epoch§", "caller": "client/payments.go:77", "msg": "payment call slow",
                       "duration": 12.61, "order": f"ORD-{w.ri(100000, 999999)}"}))
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx"), 8, 0, 600, "checkout-checkout-8080",
              ["/api/checkout/{uuid}", "/api/checkout/{uuid}/pay"])
    return dict(question="Payments p99 spiked to 12s a few minutes ago. What happened?",
                selector=sel(namespace=ns, app="payments"), component="payments",
                root_cause="The external payment provider (Adyen) answered authorise calls slower than the 10s HttpClient timeout for about a minute; retries succeeded.",
                summary="Four authorise calls timed out at 10s and succeeded on the second attempt, so checkout latency spiked but no payment failed and the circuit breaker stayed closed.",
                action="Optional: check the provider's status page and keep watching the timeout rate; no change needed if it stays isolated.")


@scenario("warn_coredns_upstream_timeouts", "WARN", "dns_resolution")
def w_dns_upstream(w):
    w.cloud = "eks"
    ns = "kube-system"
    n1, n2, n3 = w.nodes(3)
    cds = [w.pod("coredns") for _ in range(2)]
    internal = ["orders.shop.svc.cluster.local.", "redis-master.shop.svc.cluster.local.", "kafka-bootstrap.streaming.svc.cluster.local."]
    for i, p in enumerate(cds):
        L = w.L(ns, p, "coredns", (n1, n2)[i], "kube-dns")
        n_coredns(w, L, 8, 0, 600, internal)
    L0 = w.L(ns, cds[0], "coredns", n1, "kube-dns")
    L1 = w.L(ns, cds[1], "coredns", n2, "kube-dns")
    ext = [("sqs.eu-west-1.amazonaws.com.", "A"), ("sts.eu-west-1.amazonaws.com.", "AAAA"), ("sqs.eu-west-1.amazonaws.com.", "AAAA"),
           ("api.segment.io.", "A")]
    own = w.pod_ip()
    for k, (t, L) in enumerate([(200, L0), (201.4, L1), (203.2, L0), (340, L1)]):
        name, typ = ext[k]
        w.add(t, L, f"[ERROR] plugin/errors: 2 {name} {typ}: read udp {own}:{w.ri(30000, 60000)}->10.0.0.2:53: i/o timeout", ev=(k < 3))
    wk = w.pod("order-events")
    Lw = w.L("shop", wk, "order-events", n3, "order-events")
    for t in w.spread(6, 0, 600):
        w.add(t, Lw, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": wk, "msg": "sqs batch processed", "count": w.ri(1, 10)}))
    w.add(205, Lw, js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": wk,
                       "err": {"type": "Error", "message": "getaddrinfo EAI_AGAIN sqs.eu-west-1.amazonaws.com", "code": "EAI_AGAIN",
                               "syscall": "getaddrinfo", "hostname": "sqs.eu-west-1.amazonaws.com"},
                       "msg": "ReceiveMessage failed, retrying in 1000ms"}), ev=True)
    w.add(206.1, Lw, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": wk, "msg": "sqs batch processed", "count": 10}))
    api = w.pod("orders")
    n_zap_http(w, w.L("shop", api, "orders", n2, "orders"), 8, 0, 600, ["/v1/orders/{id}", "/v1/orders"])
    return dict(question="We saw a few EAI_AGAIN errors from order-events. Is DNS broken?",
                selector=sel(namespace="shop"), component="coredns",
                root_cause="CoreDNS forwards to the VPC resolver (10.0.0.2) and a few upstream queries for external AWS names timed out; cluster-internal names were unaffected.",
                summary="Over ~3 minutes CoreDNS logged i/o timeouts forwarding a handful of external lookups; order-events had one EAI_AGAIN on SQS and succeeded on retry.",
                action="Optional: if it recurs, enable NodeLocal DNSCache or spread DNS load to stay under the VPC resolver's per-ENI packet limit.")


@scenario("warn_pleg_notready_blip", "WARN", "node_failure")
def w_pleg(w):
    node, n2 = w.nodes(2)
    Lk = w.host(node, "kubelet.service")
    Lc = w.host(node, "containerd.service")
    Lkern = w.host(node, "kernel")
    pid = w.kubelet_pid(node)
    pods = [f"shop/{w.pod('cart')}", f"shop/{w.pod('frontend')}", f"batch/{w.pod('image-resizer')}"]
    n_kubelet(w, node, 8, 0, 150, pods)
    n_containerd(w, node, 3, 0, 150)
    w.add(160, Lkern, f"INFO: task containerd:{w.ri(700, 1500)} blocked for more than 122 seconds.", ev=True)
    w.add(160.001, Lkern, "      Not tainted 5.15.0-1057-aws #63~20.04.1-Ubuntu")
    w.add(160.002, Lkern, '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.')
    w.add(185, Lk, klog("I", pid, "kubelet.go:2359", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m1.883122094s ago; threshold is 3m0s"'), ev=True)
    w.add(185.2, Lk, klog("I", pid, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"§iso0§","lastTransitionTime":"§iso0§","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m1.883122094s ago; threshold is 3m0s"}}'), ev=True)
    w.add(190, Lc, f'time="§iso9§" level=error msg="ListPodSandbox with filter &PodSandboxFilter{{Id:,State:&PodSandboxStateValue{{State:SANDBOX_READY,}},LabelSelector:map[string]string{{}},}} failed" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"')
    w.k8s_event(195, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", host=node, comp="node-controller", ev=True)
    for p in pods[:2]:
        w.k8s_event(195.5, p.split("/")[0], "Pod", p.split("/")[1], "NodeNotReady", "Node is not ready", etype="Warning", comp="node-controller")
    w.add(228, Lk, klog("I", pid, "kubelet.go:2359", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m44.102447617s ago; threshold is 3m0s"'))
    w.add(236, Lc, f'time="§iso9§" level=info msg="ImageCreate event name:\\"sha256:{w.hex(64)}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"')
    w.add(241, Lk, klog("I", pid, "kubelet_node_status.go:690", f'"Recording event message for node" node="{node}" event="NodeReady"'))
    w.k8s_event(241.2, "default", "Node", node, "NodeReady", f"Node {node} status is now: NodeReady", host=node)
    n_kubelet(w, node, 5, 245, 420, pods)
    ir = pods[2].split("/")[1]
    Lir = w.L("batch", ir, "image-resizer", node, "image-resizer")
    for t in w.spread(5, 0, 150):
        w.add(t, Lir, f'time=§iso9§ level=INFO msg="resized batch" files={w.ri(200, 900)} bytes_written={w.ri(10**8, 9 * 10**8)}')
    for t in w.spread(3, 250, 420):
        w.add(t, Lir, f'time=§iso9§ level=INFO msg="resized batch" files={w.ri(200, 900)} bytes_written={w.ri(10**8, 9 * 10**8)}')
    cp = w.pod("cart")
    n_zap_http(w, w.L("shop", cp, "cart", n2, "cart"), 8, 0, 420, ["/v1/cart/{uuid}", "/v1/cart/{uuid}/items"])
    return dict(question=f"Node {node} flapped NotReady. Do we need to replace it?",
                selector=sel(node=node), component=node,
                root_cause="The container runtime on the node stalled under heavy disk I/O (containerd hung task), the kubelet's PLEG went unhealthy for over 3 minutes and the node reported NotReady for about 45 seconds.",
                summary="containerd was blocked >120s, PLEG exceeded its 3m threshold and the node went NotReady, then recovered on its own before any pod was evicted.",
                action="Optional: check the node's disk I/O (the image-resizer batch shares the root volume) and consider moving scratch I/O to a dedicated volume; replace the node if it recurs.")


@scenario("warn_one_replica_readiness", "WARN", "probe_failure")
def w_readiness(w):
    ns = "inventory"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("inventory", rs) for _ in range(3)]
    ips = [w.pod_ip() for _ in range(3)]
    for i, p in enumerate(pods):
        L = w.L(ns, p, "inventory", (n1, n2, n3)[i], "inventory")
        n_pino_http(w, L, 7, 0, 600, ["/v2/stock/{sku}", "/v2/stock/reservations", "/ready"], p)
    bad = pods[1]
    Lb = w.L(ns, bad, "inventory", n2, "inventory")
    w.add(118, Lb, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": bad, "msg": "export started", "format": "csv", "rows": 1840000}))
    for k, t in enumerate((131, 175, 222)):
        w.add(t, Lb, js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": bad, "msg": "event loop blocked",
                         "blockedMs": w.ri(1600, 3400)}), ev=(k == 0))
    Lk = w.host(n2, "kubelet.service")
    pid = w.kubelet_pid(n2)
    w.add(134, Lk, klog("I", pid, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{bad}" podUID="{w.uuid()}" containerName="inventory" probeResult="failure" output="Get \\"http://{ips[1]}:3000/ready\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'), ev=True)
    w.k8s_event(134.1, ns, "Pod", bad, "Unhealthy",
                f'Readiness probe failed: Get "http://{ips[1]}:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                etype="Warning", host=n2, field="spec.containers{inventory}", ev=True)
    w.add(144, Lk, klog("I", pid, "kubelet.go:2547", f'"SyncLoop (probe)" probe="readiness" status="" pod="{ns}/{bad}"'))
    w.k8s_event(226, ns, "Pod", bad, "Unhealthy",
                f'Readiness probe failed: Get "http://{ips[1]}:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                etype="Warning", host=n2, field="spec.containers{inventory}", count=4, ev=True)
    w.add(262, Lb, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": bad, "msg": "export finished", "durationMs": 144012}))
    w.add(271, Lk, klog("I", pid, "kubelet.go:2547", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{ns}/{bad}"'))
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx"), 10, 0, 600, "inventory-inventory-3000",
              ["/v2/stock/{sku}"], ua=CLIENT_UA)
    return dict(question="One inventory pod keeps flipping to not ready. Is inventory affected?",
                selector=sel(namespace=ns, app="inventory"), component="inventory",
                root_cause="A large CSV export running on one inventory replica blocks its Node.js event loop for seconds, so its readiness probe times out and the pod is taken out of endpoints.",
                summary="Only one of three inventory pods failed readiness (timeouts) for about 2 minutes during a CSV export; the other replicas kept serving and the pod became ready again when the export finished.",
                action="Optional: move exports to a worker or stream them off the request thread so the event loop stays responsive.")


@scenario("warn_single_oomkill_recovered", "WARN", "oom_killed")
def w_oom_once(w):
    ns = "media"
    n1, n2 = w.nodes(2)
    rs = w.rs_hash()
    pods = [w.pod("thumbnailer", rs) for _ in range(3)]
    for i, p in enumerate(pods):
        L = w.L(ns, p, "thumbnailer", (n1, n2, n1)[i], "thumbnailer")
        for t in w.spread(6, 0, 500):
            w.add(t, L, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": p, "msg": "thumbnail generated",
                            "key": f"uploads/{w.hex(12)}.jpg", "sizes": [128, 512, 1024], "ms": w.ri(40, 400)}))
    victim = pods[0]
    Lv = w.L(ns, victim, "thumbnailer", n1, "thumbnailer")
    w.add(150, Lv, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": victim, "msg": "processing upload",
                       "key": f"uploads/{w.hex(12)}.tiff", "width": 21600, "height": 10800}))
    kpid = w.ri(20000, 40000)
    cid = w.hex(64)
    Lkern = w.host(n1, "kernel")
    w.add(158, Lkern, f"node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
    w.add(158.01, Lkern, f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{w.uuid().replace('-', '_')}.slice/cri-containerd-{cid}.scope,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{w.uuid().replace('-', '_')}.slice/cri-containerd-{cid}.scope,task=node,pid={kpid},uid=1000")
    w.add(158.02, Lkern, f"Memory cgroup out of memory: Killed process {kpid} (node) total-vm:22417268kB, anon-rss:1046572kB, file-rss:38112kB, shmem-rss:0kB, UID:1000 pgtables:3412kB oom_score_adj:985", ev=True)
    w.add(158.3, w.host(n1, "containerd.service"), f'time="§iso9§" level=info msg="TaskOOM event container_id:\\"{cid}\\""', ev=True)
    w.k8s_event(158.5, "default", "Node", n1, "OOMKilling",
                f"Memory cgroup out of memory: Killed process {kpid} (node) total-vm:22417268kB, anon-rss:1046572kB, file-rss:38112kB, shmem-rss:0kB, UID:1000 pgtables:3412kB oom_score_adj:985",
                etype="Warning", comp="kernel-monitor", host=n1, ev=True)
    w.k8s_event(160, ns, "Pod", victim, "Pulled", 'Container image "ghcr.io/acme/thumbnailer:3.1.4" already present on machine',
                host=n1, field="spec.containers{thumbnailer}")
    w.k8s_event(160.2, ns, "Pod", victim, "Created", "Created container thumbnailer", host=n1, field="spec.containers{thumbnailer}")
    w.k8s_event(160.4, ns, "Pod", victim, "Started", "Started container thumbnailer", host=n1, field="spec.containers{thumbnailer}")
    w.add(161.2, Lv, js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": victim, "msg": "worker ready", "queue": "thumbnails", "concurrency": 2}))
    w.add(190, w.L(ns, pods[1], "thumbnailer", n2, "thumbnailer"),
          js({"level": 40, "time": "§epochms§", "pid": 1, "hostname": pods[1], "msg": "message redelivered after consumer loss",
              "key": "uploads/redelivered.tiff", "deliveryCount": 2}))
    rb = "rabbitmq-0"
    n_rabbit(w, w.L("messaging", rb, "rabbitmq", n2, "rabbitmq"), 6, 0, 500)
    up = w.pod("upload-api")
    n_pino_http(w, w.L(ns, up, "upload-api", n2, "upload-api"), 6, 0, 500, ["/v1/uploads", "/v1/uploads/{uuid}"], up,
                codes=((201, 70), (200, 30)))
    return dict(question="thumbnailer restarted once. Anything to worry about?",
                selector=sel(namespace=ns, app="thumbnailer"), component="thumbnailer",
                root_cause="One thumbnailer container exceeded its 1Gi memory limit while decoding a 21600x10800 TIFF and was OOM-killed once.",
                summary="The kernel OOM-killed the Node.js process in one thumbnailer pod; it restarted immediately, the message was redelivered to another replica and processing continued.",
                action="Optional: cap input image dimensions or raise the memory limit for very large uploads.")


@scenario("warn_hpa_maxed_pending", "WARN", "scheduling")
def w_hpa_pending(w):
    w.cloud = "eks"
    ns = "render"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    running = [w.pod("render-service", rs) for _ in range(4)]
    pending = [w.pod("render-service", rs) for _ in range(2)]
    mig = f"eks-render-2024{w.ri(1000, 9999)}-{w.hex(8)}-{w.hex(4)}-{w.hex(4)}-{w.hex(4)}-{w.hex(12)}"
    for i, p in enumerate(running):
        L = w.L(ns, p, "render-service", (n1, n2, n3, n1)[i], "render-service")
        n_slog_http(w, L, 7, 0, 600, ["/render/{uuid}.png", "/render/{uuid}.pdf"])
    w.k8s_event(20, ns, "HorizontalPodAutoscaler", "render-service", "SuccessfulRescale",
                "New size: 6; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler",
                api="autoscaling/v2")
    for p in pending:
        w.k8s_event(21, ns, "Pod", p, "FailedScheduling",
                    "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
                    etype="Warning", comp="default-scheduler", ev=(p == pending[0]))
        w.k8s_event(31, ns, "Pod", p, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached",
                    comp="cluster-autoscaler", etype="Normal", ev=(p == pending[0]))
    ca = w.pod("cluster-autoscaler-aws-cluster-autoscaler")
    Lca = w.L("kube-system", ca, "aws-cluster-autoscaler", n2, "aws-cluster-autoscaler")
    w.add(30.5, Lca, klog("I", 1, "orchestrator.go:141", f'"Skipping node group - max size reached" nodeGroup="{mig}" maxSize=3'), ev=True)
    w.add(30.6, Lca, klog("I", 1, "orchestrator.go:224", '"No expansion options"'))
    w.add(330, Lca, klog("I", 1, "orchestrator.go:141", f'"Skipping node group - max size reached" nodeGroup="{mig}" maxSize=3'))
    w.k8s_event(332, ns, "Pod", pending[0], "FailedScheduling",
                "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
                etype="Warning", comp="default-scheduler", count=11)
    L0 = w.L(ns, running[0], "render-service", n1, "render-service")
    w.add(200, L0, 'time=§iso9§ level=WARN msg="render queue backlog" depth=142 oldest_age=38s')
    w.add(420, L0, 'time=§iso9§ level=INFO msg="render queue backlog" depth=12 oldest_age=4s')
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n3, "ingress-nginx"), 6, 0, 600, "render-render-service-8080",
              ["/render/{uuid}.png", "/render/{uuid}.pdf"], ua=CLIENT_UA)
    return dict(question="render-service has two Pending pods for several minutes. Is it a problem?",
                selector=sel(namespace=ns, app="render-service"), component="render-service",
                root_cause="The HPA asked for 6 render-service replicas but the node pool is at its autoscaler maximum (3 nodes) and has no free memory, so 2 pods stay Pending.",
                summary="Two new render-service pods cannot be scheduled (Insufficient memory) and the cluster-autoscaler will not add nodes (max node group size reached); the 4 running pods absorb the load with a temporary queue backlog.",
                action="Optional: raise the node pool's maximum size or lower render-service memory requests if peaks like this should be absorbed.")


@scenario("warn_multi_attach_delay", "WARN", "storage")
def w_multiattach(w):
    w.cloud = "aks"
    ns = "messaging"
    n_old, n_new, n3 = w.nodes(3)
    pvc = f"pvc-{w.uuid()}"
    pod = "rabbitmq-1"
    w.k8s_event(0, ns, "Pod", pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {n_new}", comp="default-scheduler")
    w.k8s_event(1, ns, "Pod", pod, "FailedAttachVolume",
                f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
                etype="Warning", comp="attachdetach-controller", ev=True)
    w.k8s_event(123, ns, "Pod", pod, "FailedMount",
                "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-" + w.alnum(5) + "]: timed out waiting for the condition",
                etype="Warning", host=n_new, ev=True)
    w.k8s_event(245, ns, "Pod", pod, "FailedMount",
                "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-" + w.alnum(5) + "]: timed out waiting for the condition",
                etype="Warning", host=n_new, count=2)
    csi = w.pod("csi-azuredisk-controller")
    Lcsi = w.L("kube-system", csi, "azuredisk", n3, "csi-azuredisk-controller")
    w.add(330, Lcsi, klog("I", 1, "controllerserver.go:516", f'"ControllerUnpublishVolume: detaching volume" volumeID="/subscriptions/{w.uuid()}/resourceGroups/mc_prod_aks_westeurope/providers/Microsoft.Compute/disks/{pvc}" node="{n_old}"'))
    w.add(352, Lcsi, klog("I", 1, "controllerserver.go:534", f'"ControllerUnpublishVolume: volume detached successfully" volumeID="/subscriptions/.../disks/{pvc}" node="{n_old}"'))
    w.add(356, Lcsi, klog("I", 1, "controllerserver.go:417", f'"ControllerPublishVolume: volume attached successfully" volumeID="/subscriptions/.../disks/{pvc}" node="{n_new}" lun=0'))
    w.k8s_event(357, ns, "Pod", pod, "SuccessfulAttachVolume", f'AttachVolume.Attach succeeded for volume "{pvc}"', comp="attachdetach-controller")
    w.k8s_event(362, ns, "Pod", pod, "Pulled", 'Container image "docker.io/bitnami/rabbitmq:3.12.13-debian-12-r2" already present on machine', host=n_new, field="spec.containers{rabbitmq}")
    w.k8s_event(362.2, ns, "Pod", pod, "Started", "Started container rabbitmq", host=n_new, field="spec.containers{rabbitmq}")
    L0 = w.L(ns, "rabbitmq-0", "rabbitmq", n3, "rabbitmq")
    L1 = w.L(ns, pod, "rabbitmq", n_new, "rabbitmq")
    n_rabbit(w, L0, 8, 0, 420)
    w.add(2, L0, f"§rabbit§ [info] <0.{w.ri(1000, 9000)}.0> rabbit on node 'rabbit@rabbitmq-1.rabbitmq-headless.messaging.svc.cluster.local' down")
    w.add(6, L0, f"§rabbit§ [info] <0.{w.ri(1000, 9000)}.0> queue 'orders.created' in vhost '/': detected a new leader {{'%2F_orders.created','rabbit@rabbitmq-0.rabbitmq-headless.messaging.svc.cluster.local'}} in term 13")
    w.add(380, L1, f"§rabbit§ [info] <0.230.0> Starting RabbitMQ 3.12.13 on Erlang 25.3.2.9 [jit]")
    w.add(392, L1, f"§rabbit§ [info] <0.{w.ri(1000, 9000)}.0> Server startup complete; 5 plugins started.")
    w.add(393, L0, f"§rabbit§ [info] <0.{w.ri(1000, 9000)}.0> node 'rabbit@rabbitmq-1.rabbitmq-headless.messaging.svc.cluster.local' up")
    w.add(394, L0, f"§rabbit§ [info] <0.{w.ri(1000, 9000)}.0> rabbit on node 'rabbit@rabbitmq-1.rabbitmq-headless.messaging.svc.cluster.local' up")
    L2 = w.L(ns, "rabbitmq-2", "rabbitmq", n_old, "rabbitmq")
    n_rabbit(w, L2, 5, 0, 420)
    cons = w.pod("order-worker")
    Lc = w.L("shop", cons, "order-worker", n3, "order-worker")
    for t in w.spread(9, 0, 420):
        w.add(t, Lc, f"§py§ INFO order_worker.consumer: processed message from orders.created in {w.ri(5, 90)}ms")
    n_kubelet(w, n_new, 4, 0, 420, [f"{ns}/{pod}", f"kube-system/csi-azuredisk-node-{w.alnum(5)}"])
    return dict(question="rabbitmq-1 took about 6 minutes to come back after the node drain. Was data affected?",
                selector=sel(namespace=ns), component="rabbitmq",
                root_cause="After rabbitmq-1 was rescheduled to another node its Azure disk was still attached to the old node (Multi-Attach error) until the detach completed about 6 minutes later.",
                summary="rabbitmq-1 waited in ContainerCreating on FailedAttachVolume/FailedMount until the CSI driver detached the disk from the old node; quorum queues kept running on the other two members and the node rejoined.",
                action="Optional: drain StatefulSet nodes one at a time and allow time for disk detach; no data action needed.")


@scenario("warn_external_secrets_403", "WARN", "auth_failure")
def w_eso(w):
    w.cloud = "eks"
    ns = "external-secrets"
    n1, n2 = w.nodes(2)
    eso = w.pod("external-secrets")
    L = w.L(ns, eso, "external-secrets", n1, "external-secrets")
    acct = f"{w.ri(10**11, 10**12 - 1)}"
    good = [("shop", "db-credentials"), ("shop", "redis-auth"), ("monitoring", "grafana-oauth"), ("search", "opensearch-creds")]
    for t in w.spread(10, 0, 900):
        nsx, name = w.pick(good)
        w.add(t, L, js({"level": "info", "ts": "§epoch§", "logger": "controllers.ExternalSecret", "msg": "reconciled secret",
                        "ExternalSecret": {"name": name, "namespace": nsx}}))
    err = (f"error processing spec.data[0] (key: prod/payments/stripe), err: AccessDeniedException: User: arn:aws:sts::{acct}:assumed-role/"
           f"external-secrets-irsa/{w.ri(10**18, 10**19 - 1)} is not authorized to perform: secretsmanager:GetSecretValue on resource: "
           f"prod/payments/stripe because no identity-based policy allows the secretsmanager:GetSecretValue action\n\tstatus code: 400, request id: {w.uuid()}")
    for k, t in enumerate((120, 420, 720)):
        w.add(t, L, js({"level": "error", "ts": "§epoch§", "msg": "Reconciler error", "controller": "externalsecret",
                        "controllerGroup": "external-secrets.io", "controllerKind": "ExternalSecret",
                        "ExternalSecret": {"name": "stripe-keys", "namespace": "payments"}, "namespace": "payments", "name": "stripe-keys",
                        "reconcileID": w.uuid(), "error": err}), ev=(k < 2))
        w.k8s_event(t + 0.1, "payments", "ExternalSecret", "stripe-keys", "UpdateFailed", err, etype="Warning",
                    comp="external-secrets", api="external-secrets.io/v1beta1", ev=(k == 0))
    pay = [w.pod("payments") for _ in range(2)]
    for i, p in enumerate(pay):
        n_zap_http(w, w.L("payments", p, "payments", (n1, n2)[i], "payments"), 8, 0, 900, ["/v1/charges", "/v1/charges/{id}"],
                   codes=((200, 80), (201, 20)))
    tf = w.pod("atlantis")
    Lt = w.L("platform", tf, "atlantis", n2, "atlantis")
    w.add(60, Lt, js({"level": "info", "ts": "§iso3§", "caller": "events/command_runner.go:373", "msg": "apply succeeded", "json": {"repo": "acme/infra-live", "pull": 1842, "project": "iam/external-secrets"}}))
    for t in w.spread(3, 100, 900):
        w.add(t, Lt, js({"level": "info", "ts": "§iso3§", "caller": "server/server.go:1023", "msg": "handling webhook", "json": {"event": "pull_request"}}))
    return dict(question="external-secrets shows errors for payments/stripe-keys. Are payments impacted?",
                selector=sel(namespace=ns), component="external-secrets",
                root_cause="The external-secrets IRSA role lost secretsmanager:GetSecretValue on prod/payments/stripe (an IAM change applied shortly before), so the stripe-keys ExternalSecret can no longer refresh.",
                summary="Every refresh of payments/stripe-keys fails with AccessDeniedException while other ExternalSecrets sync; payments keeps running on the last synced Secret, but a key rotation or re-creation would break it.",
                action="Restore GetSecretValue for prod/payments/stripe on the external-secrets IAM role and confirm the ExternalSecret returns to SecretSynced.")


@scenario("warn_image_pull_transient", "WARN", "image_pull")
def w_pull_transient(w):
    ns = "comms"
    n1, n2 = w.nodes(2)
    img = "registry.acme.io/comms/email-worker:2.4.0"
    rs = w.rs_hash()
    p = w.pod("email-worker", rs)
    w.k8s_event(0, ns, "Deployment", "email-worker", "ScalingReplicaSet", f"Scaled up replica set email-worker-{rs} to 1",
                comp="deployment-controller", api="apps/v1")
    w.k8s_event(0.4, ns, "Pod", p, "Scheduled", f"Successfully assigned {ns}/{p} to {n2}", comp="default-scheduler")
    w.k8s_event(1, ns, "Pod", p, "Pulling", f'Pulling image "{img}"', host=n2, field="spec.containers{email-worker}")
    msg = (f'Failed to pull image "{img}": rpc error: code = Unknown desc = failed to pull and unpack image "{img}": failed to resolve reference '
           f'"{img}": unexpected status from HEAD request to https://registry.acme.io/v2/comms/email-worker/manifests/2.4.0: 502 Bad Gateway')
    w.k8s_event(31, ns, "Pod", p, "Failed", msg, etype="Warning", host=n2, field="spec.containers{email-worker}", ev=True)
    w.k8s_event(31.1, ns, "Pod", p, "Failed", "Error: ErrImagePull", etype="Warning", host=n2, field="spec.containers{email-worker}", ev=True)
    w.k8s_event(32, ns, "Pod", p, "BackOff", f'Back-off pulling image "{img}"', etype="Warning", host=n2, field="spec.containers{email-worker}")
    w.k8s_event(32.1, ns, "Pod", p, "Failed", "Error: ImagePullBackOff", etype="Warning", host=n2, field="spec.containers{email-worker}", ev=True)
    w.k8s_event(55, ns, "Pod", p, "Pulling", f'Pulling image "{img}"', host=n2, field="spec.containers{email-worker}", count=2)
    w.k8s_event(61, ns, "Pod", p, "Pulled", f'Successfully pulled image "{img}" in 5.912s (5.912s including waiting). Image size: 48211773 bytes.',
                host=n2, field="spec.containers{email-worker}")
    w.k8s_event(61.3, ns, "Pod", p, "Created", "Created container email-worker", host=n2, field="spec.containers{email-worker}")
    w.k8s_event(61.5, ns, "Pod", p, "Started", "Started container email-worker", host=n2, field="spec.containers{email-worker}")
    hc = w.pod("harbor-core")
    Lh = w.L("harbor", hc, "core", n1, "harbor")
    w.k8s_event(5, "harbor", "Pod", hc, "Started", "Started container core", host=n1, field="spec.containers{core}")
    w.add(8, Lh, "§iso0§ [INFO] [/core/main.go:166]: initializing configurations...")
    w.add(9, Lh, "§iso0§ [INFO] [/core/main.go:199]: configurations initialization completed")
    w.add(38, Lh, "§iso0§ [INFO] [/core/main.go:299]: Version: v2.10.1, Git commit: 6fb1d7f")
    w.add(39, Lh, "§iso0§ [INFO] [/core/main.go:340]: Listening on :8080")
    hn = w.pod("harbor-nginx")
    Ln = w.L("harbor", hn, "nginx", n1, "harbor")
    for t, st in ((30.5, 502), (31.0, 502), (58.0, 200), (59.0, 200)):
        w.add(t, Ln, f'{w.pod_ip()} - "HEAD /v2/comms/email-worker/manifests/2.4.0 HTTP/1.1" {st} {157 if st == 502 else 0} "-" "containerd/v1.7.13" 0.00{w.ri(1, 9)} 0.00{w.ri(1, 9)} .')
    n_lines(w, Ln, 8, 60, 400, lambda w: f'{w.pod_ip()} - "{w.pick(["GET /v2/ HTTP/1.1", "GET /api/v2.0/ping HTTP/1.1", "GET /v2/comms/newsletter/manifests/1.2.0 HTTP/1.1"])}" 200 {w.ri(2, 900)} "-" "{w.pick(["containerd/v1.7.13", "Go-http-client/1.1"])}" 0.00{w.ri(1, 9)} 0.00{w.ri(1, 9)} .')
    Lw = w.L(ns, p, "email-worker", n2, "email-worker")
    w.add(63, Lw, f"[§py§: INFO/MainProcess] Connected to amqp://comms:**@rabbitmq.messaging.svc.cluster.local:5672//")
    w.add(63.5, Lw, f"[§py§: INFO/MainProcess] mingle: searching for neighbors")
    w.add(64.6, Lw, f"[§py§: INFO/MainProcess] mingle: all alone")
    w.add(65, Lw, f"[§py§: INFO/MainProcess] celery@{p} ready.")
    n_celery(w, Lw, 5, 66, 400, ["comms.tasks.send_email", "comms.tasks.render_template"])
    op = w.pod("email-worker")
    n_celery(w, w.L(ns, op, "email-worker", n1, "email-worker"), 4, 0, 400, ["comms.tasks.send_email"])
    return dict(question="email-worker showed ImagePullBackOff during the deploy. Is the rollout stuck?",
                selector=sel(namespace=ns), component="email-worker",
                root_cause="The Harbor registry's core component was restarting and returned 502 on the manifest HEAD request, so the first pull of email-worker:2.4.0 failed.",
                summary="The new email-worker pod hit ErrImagePull/ImagePullBackOff for about 25 seconds while harbor-core restarted; the next pull succeeded and the worker joined the queue. The rollout continued.",
                action="None required; optionally check why harbor-core restarted.")


# =========================================================================== ERROR (14)


@scenario("err_node_typeerror", "ERROR", "application_error")
def e_typeerror(w):
    ns = "commerce"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("orders-api", rs) for _ in range(3)]
    w.k8s_event(0, ns, "Deployment", "orders-api", "ScalingReplicaSet", f"Scaled up replica set orders-api-{rs} to 3 from 2",
                comp="deployment-controller", api="apps/v1")
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx")
    n_ingress(w, Lc, 16, 0, 600, "commerce-orders-api-3000", ["/v1/orders/{id}", "/v1/orders?customer={id}", "/v1/cart"],
              ua=CLIENT_UA)
    ev_n = 0
    for i, p in enumerate(pods):
        nd = (n1, n2, n3)[i]
        L = w.L(ns, p, "orders-api", nd, "orders-api")
        n_pino_http(w, L, 5, 0, 600, ["/v1/orders/{id}", "/v1/cart"], p)
        for t in w.spread(2, 60, 580):
            rid = f"req-{w.alnum(6)}"
            ev_n += 1
            w.add(t, L, js({"level": 50, "time": "§epochms§", "pid": 1, "hostname": p, "reqId": rid,
                            "err": {"type": "TypeError", "message": "Cannot read properties of undefined (reading 'postalCode')",
                                    "stack": "TypeError: Cannot read properties of undefined (reading 'postalCode')\n    at buildShippingQuote (/app/dist/services/shipping.js:142:38)\n    at OrderService.create (/app/dist/services/order-service.js:88:29)\n    at async createOrder (/app/dist/routes/orders.js:51:19)"},
                            "msg": "unhandled error in POST /v1/orders"}), ev=(ev_n <= 3))
            w.add(t + 0.002, L, js({"level": 50, "time": "§epochms§", "pid": 1, "hostname": p,
                                    "req": {"id": rid, "method": "POST", "url": "/v1/orders"}, "res": {"statusCode": 500},
                                    "responseTime": w.ri(8, 40), "msg": "request errored"}))
            w.add(t + 0.004, Lc, f'{w.pub_ip()} - - [§clf§] "POST /v1/orders HTTP/2.0" 500 52 "-" "{w.pick(CLIENT_UA)}" {w.ri(600, 1400)} 0.0{w.ri(10, 45)} [commerce-orders-api-3000] [] {w.pod_ip()}:3000 52 0.0{w.ri(10, 45)} 500 {w.hex(32)}', ev=(ev_n == 1))
    return dict(question="Customers report that placing some orders fails. What is going on in orders-api?",
                selector=sel(namespace=ns, app="orders-api"), component="orders-api",
                root_cause="orders-api's buildShippingQuote reads address.postalCode without checking that the order has a shipping address, throwing a TypeError for orders without one (e.g. digital goods).",
                summary="Since the latest orders-api rollout, a share of POST /v1/orders requests fail with 500 due to an unhandled TypeError in shipping.js:142 on all replicas; reads and other endpoints work.",
                action="Roll back orders-api to the previous version, then fix buildShippingQuote to handle orders without a shipping address.")


@scenario("err_currency_bad_url", "ERROR", "config_error")
def e_badurl(w):
    ns = "pricing"
    n1, n2 = w.nodes(2)
    rs = w.rs_hash()
    pods = [w.pod("currency-service", rs) for _ in range(2)]
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n1, "argocd-application-controller")
    w.add(5, La, 'time="§iso0§" level=info msg="Applying resource ConfigMap/currency-config in cluster: https://kubernetes.default.svc, namespace: pricing"')
    w.add(5.3, La, 'time="§iso0§" level=info msg="Adding resource result, status: \'Synced\', phase: \'Running\', message: \'configmap/currency-config configured\'" application=argocd/currency kind=ConfigMap name=currency-config namespace=pricing phase=Sync syncId=00031-' + w.alnum(5))
    w.add(9, La, 'time="§iso0§" level=info msg="Restarted rollout" application=argocd/currency kind=Deployment name=currency-service')
    for i, p in enumerate(pods):
        nd = (n1, n2)[i]
        L = w.L(ns, p, "currency-service", nd, "currency-service")
        ts = w.pod_started(12 + i * 8, ns, p, "currency-service", "ghcr.io/acme/currency-service:1.6.2", nd)
        w.add(ts + 0.3, L, js({"level": "info", "fx_base_url": "api.exchangerate.host", "refresh": "5m", "time": "§iso0§",
                               "message": "config loaded"}), ev=(i == 0))
        w.add(ts + 0.4, L, js({"level": "info", "addr": ":8080", "time": "§iso0§", "message": "http server started"}))
        for k, t in enumerate(w.spread(3, ts + 1, 600)):
            w.add(t, L, js({"level": "error", "error": 'Get "api.exchangerate.host/latest?base=EUR": unsupported protocol scheme ""',
                            "time": "§iso0§", "message": "fx refresh failed"}), ev=(i == 0 and k < 2))
        for t in w.spread(5, ts + 2, 600):
            st = 502 if w.chance(0.6) else 200
            w.add(t, L, js({"level": "error" if st == 502 else "info", "method": "GET",
                            "url": f"/v1/convert?from=EUR&to={w.pick(['USD', 'GBP', 'CHF', 'SEK'])}&amount={w.ri(1, 900)}",
                            "status": st, "latency_ms": w.ri(1, 9), "time": "§iso0§",
                            "message": "no rate available: rates cache empty" if st == 502 else "request"}), ev=False)
    co = w.pod("checkout")
    Lco = w.L("checkout", co, "checkout", n2, "checkout")
    n_zap_http(w, Lco, 8, 0, 600, ["/api/checkout/{uuid}"])
    for t in w.spread(3, 60, 600):
        w.add(t, Lco, js({"level": "error", "ts": "§epoch§", "caller": "client/currency.go:51", "msg": "currency conversion failed",
                          "status": 502, "to": "USD"}))
    return dict(question="Checkout cannot show prices in USD or GBP since the last config change. Why?",
                selector=sel(namespace=ns), component="currency-service",
                root_cause="The currency-config ConfigMap sets FX base URL to 'api.exchangerate.host' without the https:// scheme, so every rate refresh fails with 'unsupported protocol scheme' and the rate cache stays empty.",
                summary="After Argo CD applied currency-config and restarted currency-service, both pods fail every FX refresh and return 502 for most conversions; checkout cannot convert prices.",
                action="Fix the FX base URL in currency-config to https://api.exchangerate.host (or revert the commit) and restart currency-service.")


@scenario("err_pg_too_many_clients", "ERROR", "database")
def e_toomany(w):
    ns = "db"
    n1, n2, n3 = w.nodes(3)
    Lpg = w.L(ns, "pg-main-0", "postgres", n1, "pg-main")
    n_pg(w, Lpg, 8, 0, 600, db="app")
    for k, t in enumerate(w.spread(7, 120, 600)):
        w.add(t, Lpg, f"§pg§ [{w.ri(20000, 40000)}] FATAL:  sorry, too many clients already", ev=(k < 2))
    w.add(200, Lpg, f"§pg§ [{w.ri(20000, 40000)}] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", ev=True)
    api = w.pod("accounts-api")
    La = w.L("accounts", api, "accounts-api", n2, "accounts-api")
    n_gunicorn(w, La, 6, 0, 600, ["/api/accounts/{id}", "/api/accounts/{id}/settings"])
    for k, t in enumerate(w.spread(3, 130, 600)):
        w.add(t, La, f'§py§ ERROR [django.request] Internal Server Error: /api/accounts/{w.ri(1000, 99999)}')
        w.add(t + 0.001, La, f'django.db.utils.OperationalError: connection to server at "pg-main.db.svc.cluster.local" ({w.svc_ip()}), port 5432 failed: FATAL:  sorry, too many clients already', ev=(k == 0))
    go = w.pod("ledger-writer")
    Lg = w.L("finance", go, "ledger-writer", n3, "ledger-writer")
    for t in w.spread(3, 140, 600):
        w.add(t, Lg, js({"level": "error", "ts": "§epoch§", "caller": "store/pool.go:88", "msg": "acquire connection failed",
                         "error": "failed to connect to `user=ledger database=app`: 10.96.14.22:5432 (pg-main.db.svc.cluster.local): server error: FATAL: sorry, too many clients already (SQLSTATE 53300)"}))
    for t in w.spread(4, 0, 600):
        w.add(t, Lg, js({"level": "info", "ts": "§epoch§", "caller": "writer/batch.go:40", "msg": "batch committed", "entries": w.ri(10, 400)}))
    rep = [w.pod("reporting") for _ in range(2)]
    for p in rep:
        w.add(w.uf(0, 100), w.L("analytics", p, "reporting", n3, "reporting"),
              js({"event": "worker started", "db_pool_size": 20, "level": "info", "timestamp": "§iso6§"}, spaced=True))
    w.k8s_event(90, "analytics", "HorizontalPodAutoscaler", "reporting", "SuccessfulRescale",
                "New size: 8; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    return dict(question="accounts-api is throwing 500s and ledger-writer can't get connections. Is the database down?",
                selector=sel(namespace=ns), component="pg-main",
                root_cause="pg-main has run out of connection slots (max_connections reached): clients are rejected with 'sorry, too many clients already' after the reporting workers scaled up with 20-connection pools each.",
                summary="pg-main is up but refuses new connections; accounts-api requests that need a new connection fail with 500 and ledger-writer cannot acquire connections, while existing sessions continue.",
                action="Free connections now (scale reporting down or reduce its pool), then put PgBouncer in front of pg-main or size pools so the total stays under max_connections.")


@scenario("err_flyway_migration_failed", "ERROR", "database")
def e_flyway(w):
    ns = "accounts"
    n1, n2 = w.nodes(2)
    jp = f"accounts-db-migrate-{w.alnum(5)}"
    L = w.L(ns, jp, "flyway", n2, "accounts-db-migrate")
    w.k8s_event(0, ns, "Job", "accounts-db-migrate", "SuccessfulCreate", f"Created pod: {jp}", comp="job-controller", api="batch/v1")
    ts = w.pod_started(0.3, ns, jp, "flyway", "flyway/flyway:10.8.1-alpine", n2)
    lines = [
        "Flyway OSS Edition 10.8.1 by Redgate",
        "",
        "See release notes here: https://rd.gt/416ObMi",
        "Database: jdbc:postgresql://pg-accounts.accounts.svc.cluster.local:5432/accounts (PostgreSQL 15.6)",
        "Successfully validated 42 migrations (execution time 00:00.061s)",
        'Current version of schema "public": 41',
        'Migrating schema "public" to version "42 - add unique email index"',
    ]
    t = ts + 2
    for ln in lines:
        if ln:
            w.add(t, L, ln)
        t += 0.15
    t += 3.2
    w.add(t, L, 'ERROR: Migration of schema "public" to version "42 - add unique email index" failed! Changes successfully rolled back.', ev=True)
    err = ["ERROR: Migration V42__add_unique_email_index.sql failed",
           "-------------------------------------------------------",
           "SQL State  : 23505",
           "Error Code : 0",
           'Message    : ERROR: could not create unique index "users_email_lower_key"',
           "  Detail: Key (lower(email::text))=(j.doe@example.com) is duplicated.",
           "Location   : db/migration/V42__add_unique_email_index.sql (/flyway/sql/V42__add_unique_email_index.sql)",
           "Line       : 1",
           "Statement  : CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))"]
    for k, ln in enumerate(err):
        w.add(t + 0.01 * (k + 1), L, ln, ev=(k in (4, 5)))
    Lpg = w.L(ns, "pg-accounts-0", "postgres", n1, "pg-accounts")
    pid = w.ri(3000, 9000)
    w.add(t - 0.01, Lpg, f'§pg§ [{pid}] ERROR:  could not create unique index "users_email_lower_key"')
    w.add(t - 0.009, Lpg, f"§pg§ [{pid}] DETAIL:  Key (lower(email::text))=(j.doe@example.com) is duplicated.")
    w.add(t - 0.008, Lpg, f"§pg§ [{pid}] STATEMENT:  CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))")
    n_pg(w, Lpg, 6, 0, 300, db="accounts")
    w.k8s_event(t + 2, ns, "Job", "accounts-db-migrate", "BackoffLimitExceeded", "Job has reached the specified backoff limit",
                etype="Warning", comp="job-controller", api="batch/v1", ev=True)
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n1, "argocd-application-controller")
    w.add(t + 3, La, f'time="§iso0§" level=info msg="Updating operation state. phase: Running -> Failed, message: \'one or more synchronization tasks completed unsuccessfully\'" application=argocd/accounts syncId=00057-{w.alnum(5)}')
    w.add(t + 3.2, La, 'time="§iso0§" level=info msg="Skipping Deployment/accounts: PreSync hook accounts-db-migrate failed" application=argocd/accounts')
    for i in range(2):
        p = w.pod("accounts")
        n_rails(w, w.L(ns, p, "accounts", (n1, n2)[i], "accounts"), 4, 0, 300, ["/users/{id}", "/sessions", "/users/{id}/preferences"])
    return dict(question="The accounts 5.0 deploy did not go out. What failed?",
                selector=sel(namespace=ns), component="accounts-db-migrate",
                root_cause="Flyway migration V42 tries to create a unique index on lower(email) but existing rows contain case-insensitive duplicate emails, so the migration fails with SQLSTATE 23505.",
                summary="The accounts-db-migrate PreSync Job failed and hit its backoff limit, Argo CD aborted the sync and the new accounts version was not deployed; the old version keeps serving.",
                action="Deduplicate the conflicting user emails (or make the migration handle them), then re-run the sync.")


@scenario("err_es_search_timeouts", "ERROR", "timeout")
def e_es_timeout(w):
    ns = "search"
    n1, n2, n3 = w.nodes(3)
    cuuid = w.alnum(22)
    sa = [w.pod("search-api") for _ in range(2)]
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx")
    n_ingress(w, Lc, 10, 0, 600, "search-search-api-8080", ["/api/search?q=shoes", "/api/search?q=red+dress", "/api/suggest?q=sn"])
    ev_n = 0
    for i, p in enumerate(sa):
        nd = (n1, n2)[i]
        L = w.L(ns, p, "search-api", nd, "search-api")
        msgs = [("http-nio-8080-exec-{n}", "c.a.search.web.SearchController", "search q='{id}' hits=48 took {ms} ms")]
        n_spring(w, L, 5, 0, 600, "search-api", msgs)
        for t in w.spread(3, 150, 600):
            ev_n += 1
            w.add(t, L, f"§iso3§ ERROR 1 --- [search-api] [nio-8080-exec-{w.ri(1, 40)}] c.a.search.web.SearchController         : search failed q='*{w.pick(['shirt', 'oes', 'lue', 'ack'])}*'", ev=False)
            w.add(t + 0.001, L, f"java.net.SocketTimeoutException: 30,000 milliseconds timeout on connection http-outgoing-{w.ri(1, 40)} [ACTIVE]", ev=(ev_n <= 2))
            w.add(t + 0.003, Lc, f'{w.pub_ip()} - - [§clf§] "GET /api/search?q=*{w.pick(["shirt", "oes"])}* HTTP/2.0" 504 160 "-" "{w.pick(BROWSER_UA)}" 512 30.001 [search-search-api-8080] [] {w.pod_ip()}:8080 0 30.001 504 {w.hex(32)}')
    for k, t in enumerate(w.spread(3, 140, 560)):
        es_pod = f"elasticsearch-master-{k}"
        took = w.uf(24, 41)
        d = (f'{{"@timestamp":"§iso3§", "log.level":"WARN", "elasticsearch.slowlog.message":"[products-v7][{k}]", '
             f'"elasticsearch.slowlog.search_type":"QUERY_THEN_FETCH", "elasticsearch.slowlog.source":{q(json.dumps({"size": 48, "query": {"bool": {"must": [{"wildcard": {"title.keyword": {"value": "*" + w.pick(["shirt", "oes", "lue"]) + "*", "case_insensitive": True}}}]}}}, separators=(",", ":")))}, '
             f'"elasticsearch.slowlog.stats":"[]", "elasticsearch.slowlog.took":"{took:.1f}s", "elasticsearch.slowlog.took_millis":{int(took * 1000)}, '
             f'"elasticsearch.slowlog.total_hits":"{w.ri(10, 9000)} hits", "elasticsearch.slowlog.total_shards":3, "ecs.version": "1.2.0","service.name":"ES_ECS",'
             f'"event.dataset":"elasticsearch.index_search_slowlog","process.thread.name":"elasticsearch[{es_pod}][search][T#{w.ri(1, 13)}]",'
             f'"log.logger":"index.search.slowlog.query","elasticsearch.cluster.uuid":"{cuuid}","elasticsearch.node.id":"{w.alnum(22)}",'
             f'"elasticsearch.node.name":"{es_pod}","elasticsearch.cluster.name":"search"}}')
        w.add(t, w.L(ns, es_pod, "elasticsearch", (n1, n2, n3)[k], "elasticsearch"), d, ev=(k < 2))
    for k in range(3):
        es_pod = f"elasticsearch-master-{k}"
        for t in w.spread(2, 0, 600):
            w.add(t, w.L(ns, es_pod, "elasticsearch", (n1, n2, n3)[k], "elasticsearch"),
                  f'{{"@timestamp":"§iso3§", "log.level": "INFO", "message":"[gc][{w.ri(100000, 900000)}] overhead, spent [{w.ri(300, 900)}ms] collecting in the last [1s]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[{es_pod}][scheduler][T#1]","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.cluster.uuid":"{cuuid}","elasticsearch.node.name":"{es_pod}","elasticsearch.cluster.name":"search"}}')
    return dict(question="Search is returning 504s for some queries. Why?",
                selector=sel(namespace=ns), component="elasticsearch",
                root_cause="Elasticsearch takes 24-41s to answer case-insensitive leading-wildcard queries on products-v7 (title.keyword), longer than search-api's 30s client timeout.",
                summary="Wildcard searches time out in search-api's Elasticsearch client and the ingress returns 504, while ordinary searches still succeed; the slow log shows the expensive wildcard queries.",
                action="Stop sending leading-wildcard queries (use an ngram/wildcard field or reject them in search-api) and cap query time with a timeout on the search request.")


@scenario("err_partner_unknown_ca", "ERROR", "tls_certificate")
def e_unknown_ca(w):
    ns = "logistics"
    n1, n2 = w.nodes(2)
    ps = w.pod("partner-sync")
    L = w.L(ns, ps, "partner-sync", n1, "partner-sync")
    url = "https://api.partner-logistics.example/v2/shipments"
    for t in w.spread(4, 0, 100):
        w.add(t, L, js({"level": "info", "ts": "§epoch§", "caller": "sync/push.go:64", "msg": "shipments pushed", "count": w.ri(5, 60), "partner": "northwind"}))
    for k, t in enumerate([130 + 60 * j + w.uf(0, 2) for j in range(8)]):
        w.add(t, L, js({"level": "error", "ts": "§epoch§", "caller": "sync/push.go:71", "msg": "push failed",
                        "partner": "northwind", "attempt": 3,
                        "error": f'Post "{url}": tls: failed to verify certificate: x509: certificate signed by unknown authority'}), ev=(k < 3))
        if k % 3 == 0:
            w.add(t + 0.01, L, js({"level": "warn", "ts": "§epoch§", "caller": "sync/queue.go:40", "msg": "shipments re-queued",
                                   "partner": "northwind", "pending": 40 + 55 * k}))
    for t in w.spread(4, 130, 600):
        w.add(t, L, js({"level": "info", "ts": "§epoch§", "caller": "sync/push.go:64", "msg": "shipments pushed", "count": w.ri(5, 60), "partner": "contoso-freight"}))
    sh = w.pod("shipping-api")
    Ls = w.L(ns, sh, "shipping-api", n2, "shipping-api")
    n_serilog(w, Ls, 10, 0, 600, ["/api/shipments/{id}", "/api/shipments/{id}/label", "/health"])
    w.add(400, Ls, js({"@t": "§iso7§", "@mt": "Shipment {ShipmentId} still awaiting carrier confirmation after {Minutes} min",
                       "@l": "Warning", "ShipmentId": f"SHP-{w.ri(100000, 999999)}", "Minutes": 30, "SourceContext": "Acme.Shipping.Tracking"}))
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx"), 7, 0, 600, "logistics-shipping-api-8080",
              ["/api/shipments/{id}", "/api/shipments/{id}/label"], ua=CLIENT_UA)
    bb = w.pod("blackbox-exporter")
    Lb = w.L("monitoring", bb, "blackbox-exporter", n1, "blackbox-exporter")
    w.add(300, Lb, 'ts=§iso3§ caller=main.go:181 module=http_2xx target=https://api.partner-logistics.example/health level=info msg="Beginning probe" probe=http timeout_seconds=5')
    w.add(300.2, Lb, 'ts=§iso3§ caller=http.go:480 module=http_2xx target=https://api.partner-logistics.example/health level=error msg="Error for HTTP request" err="Get \\"https://api.partner-logistics.example/health\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"', ev=True)
    w.add(300.3, Lb, 'ts=§iso3§ caller=main.go:181 module=http_2xx target=https://api.partner-logistics.example/health level=error msg="Probe failed" duration_seconds=0.118')
    return dict(question="Shipments to Northwind are piling up. What's wrong with partner-sync?",
                selector=sel(namespace=ns, app="partner-sync"), component="partner-sync",
                root_cause="The partner's API (api.partner-logistics.example) now presents a certificate chain that partner-sync does not trust (x509: certificate signed by unknown authority), most likely after the partner rotated to a new CA or dropped the intermediate.",
                summary="Every push to Northwind fails the TLS verification and shipments are re-queued (backlog growing); pushes to other partners work and blackbox probing confirms the TLS error.",
                action="Confirm the partner's new chain, then add the issuing CA/intermediate to partner-sync's trust bundle (or have the partner serve the full chain); do not disable verification.")


@scenario("err_s3_access_denied", "ERROR", "auth_failure")
def e_s3_denied(w):
    ns = "billing"
    n1, n2 = w.nodes(2)
    wk = [w.pod("invoice-archiver") for _ in range(2)]
    ev_n = 0
    for i, p in enumerate(wk):
        L = w.L(ns, p, "worker", (n1, n2)[i], "invoice-archiver")
        for t in w.spread(4, 0, 150):
            tid = w.uuid()
            w.add(t, L, f"[§py§: INFO/MainProcess] Task billing.tasks.archive_invoice[{tid}] received")
            w.add(t + 0.4, L, f"[§py§: INFO/ForkPoolWorker-{w.ri(1, 4)}] Task billing.tasks.archive_invoice[{tid}] succeeded in {w.uf(0.2, 0.6):.9f}s: 'invoices/{w.ri(2026, 2026)}/{w.ri(10, 12):02d}/INV-{w.ri(100000, 999999)}.pdf'")
        for t in w.spread(5, 180, 600):
            tid = w.uuid()
            ev_n += 1
            w.add(t, L, f"[§py§: INFO/MainProcess] Task billing.tasks.archive_invoice[{tid}] received")
            w.add(t + 0.3, L, f"[§py§: ERROR/ForkPoolWorker-{w.ri(1, 4)}] Task billing.tasks.archive_invoice[{tid}] raised unexpected: ClientError('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')", ev=(ev_n <= 3))
    L0 = w.L(ns, wk[0], "worker", n1, "invoice-archiver")
    w.add(185, L0, "Traceback (most recent call last):")
    w.add(185.001, L0, '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task')
    w.add(185.002, L0, "    R = retval = fun(*args, **kwargs)")
    w.add(185.003, L0, '  File "/app/billing/tasks.py", line 112, in archive_invoice')
    w.add(185.004, L0, '    s3.put_object(Bucket=settings.ARCHIVE_BUCKET, Key=key, Body=pdf, ServerSideEncryption="aws:kms")')
    w.add(185.005, L0, "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied", ev=True)
    api = w.pod("billing-api")
    n_uvicorn(w, w.L(ns, api, "billing-api", n2, "billing-api"), 10, 0, 600, ["/v1/invoices/{id}", "/v1/invoices", "/healthz"])
    fl = w.pod("flower")
    Lf = w.L(ns, fl, "flower", n1, "flower")
    w.add(400, Lf, "[W §tornado§ control:48] 'stats' inspect method failed")
    return dict(question="Invoices stopped showing up in the archive bucket. Why?",
                selector=sel(namespace=ns, app="invoice-archiver"), component="invoice-archiver",
                root_cause="invoice-archiver's AWS credentials are no longer allowed to write to the archive bucket: every PutObject returns AccessDenied (IAM role / bucket policy or KMS key permissions changed).",
                summary="From a few minutes into the window every archive_invoice task fails with AccessDenied on PutObject on both workers; earlier tasks succeeded, so invoices are no longer archived.",
                action="Restore s3:PutObject (and kms:GenerateDataKey for the bucket's KMS key) for invoice-archiver's role, then retry the failed tasks.")


@scenario("err_twilio_429", "ERROR", "rate_limited")
def e_twilio(w):
    ns = "notify"
    n1, n2 = w.nodes(2)
    sk = w.pod("notifier-sidekiq")
    L = w.L(ns, sk, "sidekiq", n1, "notifier")
    tid = w.alnum(4)
    for t in w.spread(8, 0, 600):
        jid = w.hex(24)
        w.add(t, L, f"§iso3§ pid=1 tid={tid} class=SmsDeliveryJob jid={jid} INFO: start")
        w.add(t + 0.3, L, f"§iso3§ pid=1 tid={tid} class=SmsDeliveryJob jid={jid} elapsed={w.uf(0.2, 0.9):.3f} INFO: done")
    for k, t in enumerate(w.spread(7, 120, 600)):
        jid = w.hex(24)
        w.add(t, L, f"§iso3§ pid=1 tid={tid} class=SmsDeliveryJob jid={jid} INFO: start")
        w.add(t + 0.2, L, f"§iso3§ pid=1 tid={tid} class=SmsDeliveryJob jid={jid} elapsed=0.{w.ri(100, 300)} INFO: fail")
        w.add(t + 0.201, L, f'§iso3§ pid=1 tid={tid} WARN: {{"context":"Job raised exception","job":{{"retry":3,"queue":"sms","class":"SmsDeliveryJob","args":[{w.ri(100000, 999999)},"otp"],"jid":"{jid}","created_at":{w.t0.timestamp() + t - 30:.6f},"enqueued_at":{w.t0.timestamp() + t - 1:.6f},"error_message":"[HTTP 429] 20429 : Unable to create record\\nToo Many Requests\\nhttps://www.twilio.com/docs/errors/20429\\n","error_class":"Twilio::REST::RestError","failed_at":{w.t0.timestamp() + t:.6f},"retry_count":{min(k, 3)}}}}}', ev=(k < 2))
        w.add(t + 0.202, L, f"§iso3§ pid=1 tid={tid} WARN: Twilio::REST::RestError: [HTTP 429] 20429 : Unable to create record", ev=(k == 0))
    w.add(560, L, f'§iso3§ pid=1 tid={tid} WARN: {{"context":"Job raised exception, retries exhausted","class":"SmsDeliveryJob","jid":"{w.hex(24)}","error_class":"Twilio::REST::RestError","error_message":"[HTTP 429] 20429 : Unable to create record"}}', ev=True)
    web = w.pod("notifier-web")
    Lw = w.L(ns, web, "web", n2, "notifier")
    n_rails(w, Lw, 4, 0, 600, ["/api/v1/otp", "/api/v1/notifications/{id}"])
    au = w.pod("auth-service")
    La = w.L("auth", au, "auth-service", n2, "auth-service")
    for t in w.spread(3, 200, 600):
        w.add(t, La, js({"level": "warn", "ts": "§epoch§", "caller": "otp/flow.go:132", "msg": "otp not confirmed within 5m, user may retry",
                         "user_id": w.ri(10000, 999999)}))
    n_zap_http(w, La, 6, 0, 600, ["/v1/login", "/v1/otp/verify"])
    return dict(question="Users say they don't receive login SMS codes. What's happening?",
                selector=sel(namespace=ns), component="notifier",
                root_cause="Twilio is rejecting notifier's SMS requests with HTTP 429 / error 20429 (Too Many Requests): the account's sending rate is exceeded.",
                summary="About half of the SmsDeliveryJob runs fail with Twilio 429 and are retried, some exhausting their retries; OTP codes are delayed or never sent and users cannot complete login.",
                action="Throttle SmsDeliveryJob to the Twilio account's rate (Sidekiq concurrency/rate limiter), prioritise OTP messages over bulk SMS, and ask Twilio for a higher limit if needed.")


@scenario("err_hikari_pool_exhausted", "ERROR", "resource_exhausted")
def e_hikari(w):
    ns = "quotes"
    n1, n2, n3 = w.nodes(3)
    pods = [w.pod("quote-service") for _ in range(2)]
    ev_n = 0
    for i, p in enumerate(pods):
        nd = (n1, n2)[i]
        L = w.L(ns, p, "quote-service", nd, "quote-service")
        msgs = [("http-nio-8080-exec-{n}", "c.a.quotes.api.QuoteController", "quote {id} priced in {ms} ms")]
        n_spring(w, L, 5, 0, 300, "quote-service", msgs)
        thr = w.ri(40, 199)
        w.add(120 + i * 9, L, f"§iso3§  WARN 1 --- [quote-service] [l-1 housekeeper] com.zaxxer.hikari.pool.ProxyLeakTask       : Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{w.hex(8)} on thread http-nio-8080-exec-{thr}, stack trace follows", ev=(i == 0))
        w.add(120.001 + i * 9, L, "java.lang.Exception: Apparent connection leak detected")
        w.add(120.002 + i * 9, L, "\tat com.acme.quotes.service.QuoteService.priceWithCarrierRates(QuoteService.java:214)")
        for t in w.spread(3, 200, 600):
            ev_n += 1
            waiting = w.ri(40, 120)
            w.add(t, L, f"§iso3§  WARN 1 --- [quote-service] [nio-8080-exec-{w.ri(1, 200)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null")
            w.add(t + 0.001, L, f"§iso3§ ERROR 1 --- [quote-service] [nio-8080-exec-{w.ri(1, 200)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={waiting})", ev=(ev_n <= 2))
            w.add(t + 0.002, L, f"§iso3§ ERROR 1 --- [quote-service] [nio-8080-exec-{w.ri(1, 200)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={waiting})] [n/a]] with root cause", ev=(ev_n == 1))
    cr = w.pod("carrier-rates")
    Lcr = w.L(ns, cr, "carrier-rates", n3, "carrier-rates")
    for t in w.spread(6, 0, 600):
        w.add(t, Lcr, js({"level": "info", "ts": "§iso3§", "msg": "rates fetched", "carrier": w.pick(["ups", "dhl", "fedex"]), "latency_ms": w.ri(3000, 9000)}))
    Lpg = w.L(ns, "quotes-db-0", "postgres", n3, "quotes-db")
    n_pg(w, Lpg, 6, 0, 600, db="quotes")
    for t in w.spread(2, 250, 600):
        w.add(t, Lpg, f"§pg§ [{w.ri(1000, 9000)}] LOG:  duration: {w.uf(5, 9):.3f} ms  statement: COMMIT")
    return dict(question="quote-service requests hang for 30s and then fail. Is the database slow?",
                selector=sel(namespace=ns, app="quote-service"), component="quote-service",
                root_cause="quote-service exhausts its 10-connection HikariCP pool: QuoteService.priceWithCarrierRates holds a DB connection (inside the transaction) while waiting seconds for carrier-rates, so requests time out waiting for a connection.",
                summary="Hikari leak detection fires on priceWithCarrierRates, then requests fail after 30s with 'Connection is not available (total=10, active=10, idle=0)'; the database itself is fast and mostly idle.",
                action="Move the carrier-rates call outside the transaction (or release the connection before it); as a stop-gap restart quote-service and raise the pool size modestly.")


@scenario("err_coredns_servfail_external", "ERROR", "dns_resolution")
def e_servfail(w):
    w.cloud = "kubeadm"
    ns = "kube-system"
    n1, n2, n3 = w.nodes(3)
    cds = [w.pod("coredns") for _ in range(2)]
    internal = ["orders.shop.svc.cluster.local.", "postgres.db.svc.cluster.local.", "rabbitmq.messaging.svc.cluster.local."]
    ext = ["api.stripe.com.", "hooks.slack.com.", "api.sendgrid.com.", "oauth2.googleapis.com."]
    ev_n = 0
    for i, p in enumerate(cds):
        L = w.L(ns, p, "coredns", (n1, n2)[i], "kube-dns")
        n_coredns(w, L, 7, 0, 600, internal)
        for t in w.spread(4, 60, 600):
            name = w.pick(ext)
            ev_n += 1
            w.add(t, L, f"[ERROR] plugin/errors: 2 {name} A: read udp {w.pod_ip()}:{w.ri(30000, 60000)}->192.168.10.53:53: i/o timeout", ev=(ev_n <= 2))
            w.add(t + 2.0, L, f'[INFO] {w.pod_ip()}:{w.ri(30000, 60000)} - {w.ri(1, 65535)} "A IN {name} udp {w.ri(40, 60)} false 512" SERVFAIL qr,rd {w.ri(40, 60)} 2.00{w.ri(1000, 9999)}s')
    w.add(58, w.L(ns, cds[0], "coredns", n1, "kube-dns"), "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.204581936s")
    pay = w.pod("payments")
    Lp = w.L("payments", pay, "payments", n3, "payments")
    for k, t in enumerate(w.spread(3, 70, 600)):
        w.add(t, Lp, js({"level": "error", "ts": "§epoch§", "caller": "stripe/client.go:118", "msg": "stripe request failed",
                         "error": 'Post "https://api.stripe.com/v1/payment_intents": dial tcp: lookup api.stripe.com on 10.96.0.10:53: server misbehaving'}), ev=(k < 2))
    n_zap_http(w, Lp, 5, 0, 600, ["/v1/charges/{id}"])
    al = w.pod("alert-relay")
    La = w.L("monitoring", al, "alert-relay", n2, "alert-relay")
    w.add(300, La, f"§py§ ERROR alert_relay.slack: failed to post alert: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: /services/T000/B000/XXXX (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f{w.hex(10)}>: Failed to resolve 'hooks.slack.com' ([Errno -3] Temporary failure in name resolution)\"))", ev=True)
    sh = w.pod("orders")
    n_zap_http(w, w.L("shop", sh, "orders", n1, "orders"), 6, 0, 600, ["/v1/orders/{id}"])
    return dict(question="Payments can't reach Stripe and Slack alerts stopped. Is it the network?",
                selector=sel(namespace=ns, app="kube-dns"), component="coredns",
                root_cause="CoreDNS forwards external names to the upstream resolver 192.168.10.53, which stopped answering (i/o timeout), so every external lookup returns SERVFAIL; cluster-internal names still resolve.",
                summary="For ~9 minutes all lookups of external hosts (api.stripe.com, hooks.slack.com, ...) fail with SERVFAIL / 'server misbehaving'; payments cannot call Stripe and alert-relay cannot post to Slack.",
                action="Restore the upstream DNS server or point the CoreDNS forward plugin at a working resolver, then verify external lookups from a pod.")


@scenario("err_ebs_attach_failed", "ERROR", "storage")
def e_attach(w):
    w.cloud = "eks"
    ns = "analytics"
    n1, n2, n3 = w.nodes(3)
    pod = "clickhouse-shard0-1"
    pvc = f"pvc-{w.uuid()}"
    vol = f"vol-0{w.hex(16)}"
    inst = f"i-0{w.hex(16)}"
    w.k8s_event(0, ns, "Pod", pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {n2}", comp="default-scheduler")
    msg = (f'AttachVolume.Attach failed for volume "{pvc}" : rpc error: code = Internal desc = Could not attach volume "{vol}" to node "{inst}": '
           f'attachment of disk "{vol}" failed, expected device to be attached but was attaching')
    w.k8s_event(62, ns, "Pod", pod, "FailedAttachVolume", msg, etype="Warning", comp="attachdetach-controller", ev=True)
    w.k8s_event(124, ns, "Pod", pod, "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-{w.alnum(5)}]: timed out waiting for the condition",
                etype="Warning", host=n2, ev=True)
    w.k8s_event(310, ns, "Pod", pod, "FailedAttachVolume", msg, etype="Warning", comp="attachdetach-controller", count=5)
    w.k8s_event(360, ns, "Pod", pod, "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-{w.alnum(5)}]: timed out waiting for the condition",
                etype="Warning", host=n2, count=3)
    csi = w.pod("ebs-csi-controller")
    Lcsi = w.L("kube-system", csi, "ebs-plugin", n3, "ebs-csi-controller")
    w.add(2, Lcsi, klog("I", 1, "controller.go:415", f'"ControllerPublishVolume: attaching" volumeID="{vol}" nodeID="{inst}"'))
    w.add(61.5, Lcsi, klog("E", 1, "driver.go:124", f'"GRPC error" err="rpc error: code = Internal desc = Could not attach volume \\"{vol}\\" to node \\"{inst}\\": attachment of disk \\"{vol}\\" failed, expected device to be attached but was attaching"'), ev=True)
    w.add(300, Lcsi, klog("I", 1, "controller.go:415", f'"ControllerPublishVolume: attaching" volumeID="{vol}" nodeID="{inst}"'))
    w.add(309.5, Lcsi, klog("E", 1, "driver.go:124", f'"GRPC error" err="rpc error: code = Internal desc = Could not attach volume \\"{vol}\\" to node \\"{inst}\\": attachment of disk \\"{vol}\\" failed, expected device to be attached but was attaching"'))
    aa = w.pod("analytics-api")
    La = w.L(ns, aa, "analytics-api", n1, "analytics-api")
    for t in w.spread(6, 0, 600):
        w.add(t, La, js({"level": "info", "ts": "§epoch§", "caller": "query/run.go:52", "msg": "query ok", "dashboard": w.pick(["sales", "funnel", "retention"]), "rows": w.ri(10, 9000)}))
    for t in w.spread(4, 30, 600):
        w.add(t, La, js({"level": "error", "ts": "§epoch§", "caller": "query/run.go:61", "msg": "query failed", "dashboard": "funnel",
                         "error": f"code: 279, message: All connection tries failed. Log: \n\nCode: 210. DB::NetException: Connection refused ({pod}.clickhouse-headless.analytics.svc.cluster.local:9000). (NETWORK_ERROR)\n\n: While executing Remote. (ALL_CONNECTION_TRIES_FAILED)"}))
    L0 = w.L(ns, "clickhouse-shard0-0", "clickhouse", n3, "clickhouse")
    for t in w.spread(9, 0, 600):
        rows = w.ri(1000, 900000)
        w.add(t, L0, f"§ch§ [ {w.ri(100, 900)} ] {{{w.uuid()}}} <Information> executeQuery: Read {rows} rows, {w.uf(1, 90):.2f} MiB in {w.uf(0.01, 1.5):.6f} sec., {w.ri(10**5, 10**7)} rows/sec., {w.uf(10, 300):.2f} MiB/sec.")
    w.add(100, L0, f"§ch§ [ {w.ri(100, 900)} ] {{}} <Error> analytics.events_dist.DirectoryMonitor.default: Code: 210. DB::NetException: Connection refused ({pod}.clickhouse-headless.analytics.svc.cluster.local:9000). (NETWORK_ERROR)")
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx"), 7, 0, 600, "analytics-analytics-web-3000",
              ["/d/sales", "/d/funnel", "/api/ds/query", "/public/build/app.{id}.js"])
    n_kubelet(w, n2, 4, 0, 600, [f"{ns}/{pod}", f"kube-system/ebs-csi-node-{w.alnum(5)}"])
    return dict(question=None,
                selector=sel(namespace=ns), component="clickhouse",
                root_cause="The EBS volume of clickhouse-shard0-1 cannot be attached to its new node: the EBS CSI driver reports the attachment stuck in 'attaching', so the pod cannot mount its data volume.",
                summary="clickhouse-shard0-1 is stuck in ContainerCreating with repeated FailedAttachVolume/FailedMount; queries that need that replica fail with connection refused while the rest of the cluster answers.",
                action="Check the volume in EC2 (force-detach the stuck attachment or cordon the node and reschedule the pod to another node) so the replica can mount its disk.")


@scenario("err_manifest_unknown", "ERROR", "image_pull")
def e_manifest(w):
    ns = "web"
    n1, n2, n3 = w.nodes(3)
    img = "registry.gitlab.com/acme/frontend:v2.14.1"
    old_rs, new_rs = w.rs_hash(), w.rs_hash()
    old = [w.pod("frontend", old_rs) for _ in range(3)]
    new = w.pod("frontend", new_rs)
    w.k8s_event(0, ns, "Deployment", "frontend", "ScalingReplicaSet", f"Scaled up replica set frontend-{new_rs} to 1",
                comp="deployment-controller", api="apps/v1")
    w.k8s_event(0.3, ns, "Pod", new, "Scheduled", f"Successfully assigned {ns}/{new} to {n3}", comp="default-scheduler")
    w.k8s_event(1, ns, "Pod", new, "Pulling", f'Pulling image "{img}"', host=n3, field="spec.containers{frontend}")
    m = (f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference '
         f'"{img}": {img}: not found')
    w.k8s_event(2.2, ns, "Pod", new, "Failed", m, etype="Warning", host=n3, field="spec.containers{frontend}", ev=True)
    w.k8s_event(2.3, ns, "Pod", new, "Failed", "Error: ErrImagePull", etype="Warning", host=n3, field="spec.containers{frontend}", ev=True)
    w.k8s_event(3, ns, "Pod", new, "BackOff", f'Back-off pulling image "{img}"', etype="Warning", host=n3, field="spec.containers{frontend}")
    w.k8s_event(3.1, ns, "Pod", new, "Failed", "Error: ImagePullBackOff", etype="Warning", host=n3, field="spec.containers{frontend}")
    w.k8s_event(320, ns, "Pod", new, "Failed", m, etype="Warning", host=n3, field="spec.containers{frontend}", count=6)
    w.k8s_event(321, ns, "Pod", new, "BackOff", f'Back-off pulling image "{img}"', etype="Warning", host=n3, field="spec.containers{frontend}", count=24, ev=True)
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n1, "argocd-application-controller")
    w.add(0.5, La, 'time="§iso0§" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/frontend')
    w.add(60, La, 'time="§iso0§" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/frontend')
    w.add(610, La, 'time="§iso0§" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/frontend')
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx"), 14, 0, 620, "web-frontend-80",
              ["/", "/products/{sku}", "/_next/static/chunks/{id}.js", "/cart"])
    for i, p in enumerate(old):
        nd = (n1, n2, n3)[i]
        n_nginx(w, w.L(ns, p, "frontend", nd, "frontend"), 4, 0, 620, ["/", "/products/{sku}", "/_next/static/chunks/{id}.js"])
    return dict(question="The frontend v2.14.1 release isn't live yet. Why is the rollout stuck?",
                selector=sel(namespace=ns, app="frontend"), component="frontend",
                root_cause="The image tag registry.gitlab.com/acme/frontend:v2.14.1 does not exist in the registry (not found), so the new frontend pod cannot pull its image.",
                summary="The new frontend ReplicaSet's pod is in ImagePullBackOff (NotFound) and the rollout is stalled, Argo CD marks the app Degraded; the three old pods keep serving v2.14.0.",
                action="Push the v2.14.1 image (check the failed CI build) or correct the tag in the deployment manifest.")


@scenario("err_ledger_refused", "ERROR", "connection_refused")
def e_refused(w):
    ns = "finance"
    n1, n2 = w.nodes(2)
    ls = w.pod("ledger-sync")
    L = w.L(ns, ls, "ledger-sync", n1, "ledger-sync")
    target = "ledger.corp.acme.internal:8443"
    ip = f"10.20.{w.ri(0, 20)}.{w.ri(2, 250)}"
    for t in w.spread(3, 0, 60):
        w.add(t, L, js({"level": "info", "ts": "§epoch§", "caller": "sync/batch.go:91", "msg": "batch posted", "batch": w.ri(10000, 99999), "entries": w.ri(100, 900)}))
    ev_n = 0
    for j in range(9):
        t = 90 + j * 90 + w.uf(0, 5)
        for a in range(1, 4):
            if a < 3 and j not in (0, 4):
                continue
            ev_n += 1
            w.add(t + a * 2, L, js({"level": "error" if a == 3 else "warn", "ts": "§epoch§", "caller": "sync/batch.go:104",
                                    "msg": "batch post failed" + (", giving up until next cycle" if a == 3 else ", retrying"),
                                    "attempt": a, "endpoint": f"https://{target}/api/batches",
                                    "error": f'Post "https://{target}/api/batches": dial tcp {ip}:8443: connect: connection refused'}), ev=(ev_n <= 3))
        if j % 3 == 2:
            w.add(t + 7, L, js({"level": "warn", "ts": "§epoch§", "caller": "sync/queue.go:55", "msg": "outbox growing", "pending_batches": 4 + j * 3}))
    w.add(420, L, js({"level": "error", "ts": "§epoch§", "caller": "sync/health.go:30", "msg": "ledger unreachable for 5m, end-of-day reconciliation at risk"}), ev=True)
    api = w.pod("ledger-api")
    n_zap_http(w, w.L(ns, api, "ledger-api", n2, "ledger-api"), 12, 0, 900, ["/v1/accounts/{id}/balance", "/v1/entries"])
    stm = w.pod("statements")
    n_spring(w, w.L(ns, stm, "statements", n2, "statements"), 6, 0, 900, "statements",
             [("scheduling-1", "c.a.statements.batch.StatementJob", "rendered statement batch {id} ({ms} documents)")])
    n_kubelet(w, n1, 4, 0, 900, [f"{ns}/{ls}", f"{ns}/{api}"])
    return dict(question="ledger-sync alerts say batches are not reaching the corporate ledger. Why?",
                selector=sel(namespace=ns, app="ledger-sync"), component="ledger-sync",
                root_cause=f"The on-premises ledger endpoint {target} ({ip}:8443) refuses TCP connections, so ledger-sync cannot post batches.",
                summary="For about 15 minutes every batch post from ledger-sync fails with 'connect: connection refused' after retries; the outbox keeps growing and end-of-day reconciliation is at risk. Other finance services are fine.",
                action="Contact the ledger owners / check the on-prem service and firewall for 10.20.x.x:8443; ledger-sync will drain its outbox once the endpoint accepts connections.")


@scenario("err_liveness_timeout_under_load", "ERROR", "probe_failure")
def e_liveness(w):
    ns = "mobile"
    n1, n2, n3 = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("bff-mobile", rs) for _ in range(3)]
    ips = [w.pod_ip() for _ in range(3)]
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", n1, "ingress-nginx")
    n_ingress(w, Lc, 12, 0, 900, "mobile-bff-mobile-8080", ["/m/v3/feed", "/m/v3/profile", "/m/v3/offers"], ua=["Dart/3.3 (dart:io)", "okhttp/4.12.0"])
    ev_n = 0
    for i, p in enumerate(pods):
        nd = (n1, n2, n3)[i]
        L = w.L(ns, p, "bff", nd, "bff-mobile")
        n_zap_http(w, L, 5, 0, 900, ["/m/v3/feed", "/m/v3/offers"])
        Lk = w.host(nd, "kubelet.service")
        pid = w.kubelet_pid(nd)
        for r, t in enumerate(w.spread(2 if i < 2 else 1, 100, 850)):
            out = f'Get "http://{ips[i]}:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
            w.add(t - 20, Lk, klog("I", pid, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/{p}" podUID="{w.uuid()}" containerName="bff" probeResult="failure" output={q(out)}'), ev=(ev_n == 0))
            w.k8s_event(t - 19.9, ns, "Pod", p, "Unhealthy", f"Liveness probe failed: {out}", etype="Warning", host=nd, field="spec.containers{bff}", count=3, ev=(ev_n < 2))
            w.k8s_event(t, ns, "Pod", p, "Killing", "Container bff failed liveness probe, will be restarted", host=nd, field="spec.containers{bff}", ev=(ev_n < 2))
            ev_n += 1
            w.add(t + 0.1, L, js({"level": "info", "ts": "§epoch§", "caller": "server/server.go:97", "msg": "shutting down", "signal": "terminated", "inflight": w.ri(150, 400)}))
            w.add(t + 0.15, Lc, f'{w.pub_ip()} - - [§clf§] "GET /m/v3/feed HTTP/2.0" 502 150 "-" "Dart/3.3 (dart:io)" 380 0.{w.ri(100, 900)} [mobile-bff-mobile-8080] [] {ips[i]}:8080 0 0.{w.ri(100, 900)} 502 {w.hex(32)}')
            w.add(t + 4, L, js({"level": "info", "ts": "§epoch§", "caller": "cmd/main.go:44", "msg": "starting bff-mobile", "version": "3.9.2", "gomaxprocs": 2}))
        w.add(90 + i * 30, L, js({"level": "warn", "ts": "§epoch§", "caller": "upstream/pool.go:70", "msg": "upstream latency high", "upstream": "offers", "p99_ms": w.ri(2500, 4800)}))
    return dict(question="bff-mobile pods keep restarting and the app shows errors. Why?",
                selector=sel(namespace=ns, app="bff-mobile"), component="bff-mobile",
                root_cause="Under peak load bff-mobile's /healthz answers slower than the liveness probe's timeout, so the kubelet kills healthy-but-busy containers; each restart drops hundreds of in-flight requests and increases load on the others.",
                summary="All three bff-mobile pods were restarted by liveness probe timeouts during the peak, producing 502 bursts at the ingress; the process itself was running and serving until killed.",
                action="Make /healthz a cheap in-process check (no upstream calls) and relax the liveness timeout/failureThreshold; scale bff-mobile out for the peak.")


# =========================================================================== CRITICAL (14)


def crashloop_events(w, t, ns, pod, container, node, count, ev=False):
    w.k8s_event(t, ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {container} in pod {pod}_{ns}({w.uuid()})",
                etype="Warning", host=node, field=f"spec.containers{{{container}}}", count=count, ev=ev)


@scenario("crit_jvm_oom_loop", "CRITICAL", "oom_killed")
def c_jvm_oom(w):
    ns = "shop"
    nodes = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("cart", rs) for _ in range(3)]
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", nodes[0], "ingress-nginx")
    ev_oom = 0
    for i, p in enumerate(pods):
        nd = nodes[i]
        L = w.L(ns, p, "cart", nd, "cart")
        Lkern = w.host(nd, "kernel")
        for cyc in range(2):
            t0 = 20 + i * 37 + cyc * 260
            w.add(t0, L, "§iso3§  INFO 1 --- [cart] [           main] com.acme.cart.CartApplication             : Starting CartApplication v4.2.0 using Java 21.0.2 with PID 1 (/app/cart.jar started by app in /app)")
            w.add(t0 + 9, L, "§iso3§  INFO 1 --- [cart] [           main] c.a.cart.catalog.CatalogCacheLoader       : Loading catalog cache into heap: 2,180,000 products")
            w.add(t0 + 24, L, "§iso3§  INFO 1 --- [cart] [           main] c.a.cart.catalog.CatalogCacheLoader       : catalog cache progress 1,400,000/2,180,000")
            kp = w.ri(3000, 9000)
            w.add(t0 + 31, Lkern, f"Memory cgroup out of memory: Killed process {kp} (java) total-vm:6214876kB, anon-rss:1046216kB, file-rss:24120kB, shmem-rss:0kB, UID:1000 pgtables:2812kB oom_score_adj:985", ev=(ev_oom < 2))
            w.add(t0 + 31.2, w.host(nd, "containerd.service"), f'time="§iso9§" level=info msg="TaskOOM event container_id:\\"{w.hex(64)}\\""', ev=(ev_oom == 0))
            ev_oom += 1
        crashloop_events(w, 560 + i, ns, p, "cart", nd, 6 + i, ev=(i == 0))
        Lk = w.host(nd, "kubelet.service")
        w.add(561 + i, Lk, klog("E", w.kubelet_pid(nd), "pod_workers.go:1298", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"cart\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=cart pod={p}_{ns}({w.uuid()})\\"" pod="{ns}/{p}" podUID="{w.uuid()}"'))
    for t in w.spread(3, 100, 600):
        w.add(t, Lc, klog("W", 7, "controller.go:1214", f'Service "{ns}/cart" does not have any active Endpoint.'))
    for t in w.spread(8, 60, 600):
        w.add(t, Lc, f'{w.pub_ip()} - - [§clf§] "POST /api/cart/items HTTP/2.0" 503 190 "https://www.acme-retail.com/" "{w.pick(BROWSER_UA)}" {w.ri(300, 900)} 0.000 [shop-cart-8080] [] - - - - {w.hex(32)}')
    n_ingress(w, Lc, 8, 0, 600, "shop-frontend-80", ["/", "/products/{sku}"])
    return dict(question="The cart is down, all cart pods are restarting. Why?",
                selector=sel(namespace=ns, app="cart"), component="cart",
                root_cause="The cart JVM loads a 2.18M-product catalog cache into heap at startup and exceeds the container's 1Gi memory limit, so every cart container is OOM-killed before it becomes ready.",
                summary="All three cart pods are in an OOMKilled/CrashLoopBackOff loop during startup; the cart Service has no endpoints and the ingress returns 503 for cart requests.",
                action="Raise cart's memory limit (and align -Xmx/MaxRAMPercentage) or stop loading the full catalog into heap, then redeploy; roll back to the previous cart version if it did not preload the cache.")


@scenario("crit_redis_oom_loop", "CRITICAL", "oom_killed")
def c_redis_oom(w):
    ns = "session"
    n1, n2, n3 = w.nodes(3)
    rp = "redis-master-0"
    L = w.L(ns, rp, "redis", n1, "redis")
    Lkern = w.host(n1, "kernel")
    svc = w.svc_ip()
    for cyc in range(3):
        t0 = 10 + cyc * 150
        w.add(t0, L, "1:C §redis§ # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
        w.add(t0 + 0.01, L, "1:C §redis§ * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
        w.add(t0 + 0.02, L, "1:C §redis§ * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started")
        w.add(t0 + 0.2, L, "1:M §redis§ * Server initialized")
        w.add(t0 + 0.21, L, "1:M §redis§ * Loading RDB produced by version 7.2.4")
        w.add(t0 + 0.22, L, f"1:M §redis§ * RDB age {w.ri(100, 600)} seconds")
        w.add(t0 + 0.23, L, "1:M §redis§ * RDB memory usage when created 2143.87 Mb", ev=(cyc == 0))
        kp = w.ri(3000, 9000)
        w.add(t0 + 19, Lkern, f"Memory cgroup out of memory: Killed process {kp} (redis-server) total-vm:2398112kB, anon-rss:2094880kB, file-rss:3104kB, shmem-rss:0kB, UID:1001 pgtables:4312kB oom_score_adj:-997", ev=(cyc == 0))
    crashloop_events(w, 470, ns, rp, "redis", n1, 5, ev=True)
    for j, (pname, nd) in enumerate((("session-api", n2), ("cart", n3))):
        p = w.pod(pname)
        Lp = w.L(ns if j == 0 else "shop", p, pname, nd, pname)
        for t in w.spread(5, 20, 600):
            if j == 0:
                w.add(t, Lp, js({"level": "error", "ts": "§epoch§", "caller": "session/store.go:61", "msg": "session lookup failed",
                                 "error": f"dial tcp {svc}:6379: connect: connection refused"}))
            else:
                w.add(t, Lp, js({"level": 50, "time": "§epochms§", "pid": 1, "hostname": p, "msg": "redis error",
                                 "err": {"type": "ReplyError", "message": "LOADING Redis is loading the dataset in memory"}}
                                if w.chance(0.3) else
                                {"level": 50, "time": "§epochms§", "pid": 1, "hostname": p, "msg": "redis error",
                                 "err": {"type": "Error", "message": f"connect ECONNREFUSED {svc}:6379", "code": "ECONNREFUSED"}}))
    ing = w.pod("ingress-nginx-controller")
    n_ingress(w, w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx"), 10, 0, 600, "session-session-api-8080",
              ["/api/session", "/api/login"], codes=((500, 60), (200, 40)))
    return dict(question="Logins fail and the cart can't reach redis. What is going on?",
                selector=sel(namespace=ns), component="redis",
                root_cause="The redis dataset (~2.1GB RDB) no longer fits in the redis container's memory limit (no maxmemory configured), so redis-server is OOM-killed while loading the RDB at every start.",
                summary="redis-master-0 is in an OOM/CrashLoopBackOff loop while loading its dataset; session-api and cart get connection refused / LOADING errors and logins fail.",
                action="Raise the redis memory limit above the dataset size so it can load, then set maxmemory with an eviction policy (or trim the dataset) to keep it below the limit.")


@scenario("crit_poison_message_panic", "CRITICAL", "application_error")
def c_poison(w):
    ns = "orders"
    nodes = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("order-consumer", rs) for _ in range(3)]
    off = w.ri(1_800_000, 1_900_000)
    ev_n = 0
    for i, p in enumerate(pods):
        nd = nodes[i]
        L = w.L(ns, p, "order-consumer", nd, "order-consumer")
        for cyc in range(2):
            t0 = 15 + i * 41 + cyc * 180
            w.add(t0, L, js({"level": "info", "ts": "§epoch§", "caller": "cmd/consumer/main.go:57", "msg": "starting order-consumer", "version": "2.11.0"}))
            w.add(t0 + 3, L, js({"level": "info", "ts": "§epoch§", "caller": "consumer/group.go:118", "msg": "partitions assigned", "topic": "orders", "partitions": sorted({3, i + 6, i + 9})}))
            w.add(t0 + 3.2, L, js({"level": "info", "ts": "§epoch§", "caller": "consumer/handler.go:71", "msg": "processing message", "topic": "orders", "partition": 3, "offset": off}), ev=(ev_n == 0))
            w.add(t0 + 3.21, L, "panic: runtime error: invalid memory address or nil pointer dereference", ev=(ev_n == 0))
            w.add(t0 + 3.211, L, f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x{w.hex(6)}]")
            w.add(t0 + 3.212, L, "")
            w.add(t0 + 3.213, L, f"goroutine {w.ri(30, 90)} [running]:")
            w.add(t0 + 3.214, L, f"github.com/acme/orders/internal/consumer.(*Handler).applyDiscount(0xc000{w.hex(6)}, 0xc000{w.hex(6)})")
            w.add(t0 + 3.215, L, "\t/src/internal/consumer/discount.go:47 +0x2a", ev=(ev_n == 0))
            w.add(t0 + 3.216, L, f"github.com/acme/orders/internal/consumer.(*Handler).Handle(0xc000{w.hex(6)}, {{0x1c2e3a0, 0xc000{w.hex(6)}}}, 0xc000{w.hex(6)})")
            w.add(t0 + 3.217, L, "\t/src/internal/consumer/handler.go:88 +0x1b4")
            ev_n += 1
        crashloop_events(w, 420 + i, ns, p, "order-consumer", nd, 5 + i, ev=(i == 0))
    kb = "kafka-0"
    Lk = w.L("streaming", kb, "kafka", nodes[1], "kafka")
    for t in w.spread(4, 0, 450):
        w.add(t, Lk, f"[§py§] INFO [GroupCoordinator 0]: Preparing to rebalance group order-consumer in state PreparingRebalance with old generation {w.ri(200, 300)} (__consumer_offsets-{w.ri(0, 49)}) (reason: Removing member order-consumer-{w.uuid()} on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator)")
    api = w.pod("orders-api")
    n_zap_http(w, w.L(ns, api, "orders-api", nodes[2], "orders-api"), 8, 0, 450, ["/v1/orders", "/v1/orders/{id}"], codes=((201, 60), (200, 40)))
    return dict(question="order-consumer is crash-looping on all replicas and orders are not being fulfilled.",
                selector=sel(namespace=ns, app="order-consumer"), component="order-consumer",
                root_cause=f"A message at orders partition 3 offset {off} makes (*Handler).applyDiscount dereference a nil pointer (discount.go:47); every consumer that gets partition 3 panics and the group keeps rebalancing the poison message to the next pod.",
                summary="All order-consumer pods panic with a nil pointer dereference on the same message and are in CrashLoopBackOff; no orders are being consumed while orders-api keeps accepting new ones.",
                action=f"Skip or dead-letter offset {off} on orders-3 (reset the group offset past it) to restore consumption, then fix applyDiscount to handle a missing discount and add panic recovery per message.")


@scenario("crit_haproxy_bad_config", "CRITICAL", "config_error")
def c_haproxy(w):
    ns = "edge"
    n1, n2, n3 = w.nodes(3)
    old_rs, new_rs = w.rs_hash(), w.rs_hash()
    old = [w.pod("haproxy", old_rs) for _ in range(2)]
    new = [w.pod("haproxy", new_rs) for _ in range(2)]
    rl = w.pod("reloader-reloader")
    Lr = w.L("kube-system", rl, "reloader-reloader", n3, "reloader")
    w.add(2, Lr, "time=\"§iso0§\" level=info msg=\"Changes detected in 'haproxy-config' of type 'CONFIGMAP' in namespace 'edge', Updated 'haproxy' of type 'Deployment' in namespace 'edge'\"")
    w.k8s_event(2.5, ns, "Deployment", "haproxy", "ScalingReplicaSet", f"Scaled down replica set haproxy-{old_rs} to 0 from 2",
                comp="deployment-controller", api="apps/v1")
    for i, p in enumerate(old):
        nd = (n1, n2)[i]
        Lo = w.L(ns, p, "haproxy", nd, "haproxy")
        for t in w.spread(4, 0, 2.5):
            w.add(t, Lo, f"{w.pub_ip()}:{w.ri(30000, 60000)} [§haproxy§] https~ be_shop/srv{w.ri(1, 3)} 0/0/1/{w.ri(5, 80)}/{w.ri(6, 90)} 200 {w.ri(300, 9000)} - - ---- {w.ri(40, 200)}/{w.ri(40, 200)}/{w.ri(1, 20)}/{w.ri(1, 9)}/0 0/0 \"GET /{w.pick(['', 'products', 'cart', 'api/cart'])} HTTP/2.0\"")
        w.k8s_event(3 + i * 0.2, ns, "Pod", p, "Killing", "Stopping container haproxy", host=nd, field="spec.containers{haproxy}")
    w.k8s_event(5, ns, "Deployment", "haproxy", "ScalingReplicaSet", f"Scaled up replica set haproxy-{new_rs} to 2",
                comp="deployment-controller", api="apps/v1")
    for i, p in enumerate(new):
        nd = (n1, n2)[i]
        L = w.L(ns, p, "haproxy", nd, "haproxy")
        for cyc in range(3):
            t0 = 8 + i * 2 + cyc * 70
            w.add(t0, L, "[NOTICE]   (1) : haproxy version is 2.9.6-9eafce5")
            w.add(t0 + 0.001, L, "[NOTICE]   (1) : path to executable is /usr/local/sbin/haproxy")
            w.add(t0 + 0.002, L, "[ALERT]    (1) : config : parsing [/usr/local/etc/haproxy/haproxy.cfg:47] : unknown keyword 'timeout-server' in 'backend' section; did you mean 'timeout' maybe ?", ev=(i == 0 and cyc == 0))
            w.add(t0 + 0.003, L, "[ALERT]    (1) : config : Error(s) found in configuration file : /usr/local/etc/haproxy/haproxy.cfg")
            w.add(t0 + 0.004, L, "[ALERT]    (1) : config : Fatal errors found in configuration.", ev=(i == 0 and cyc == 0))
        crashloop_events(w, 230 + i, ns, p, "haproxy", nd, 4, ev=(i == 0))
    bb = w.pod("blackbox-exporter")
    Lb = w.L("monitoring", bb, "blackbox-exporter", n3, "blackbox-exporter")
    for t in w.spread(5, 20, 300):
        w.add(t, Lb, 'ts=§iso3§ caller=main.go:181 module=http_2xx target=https://www.acme-retail.com/ level=error msg="Error for HTTP request" err="Get \\"https://www.acme-retail.com/\\": dial tcp 34.117.59.81:443: connect: connection refused"')
    shop = w.pod("shop-web")
    for t in w.spread(4, 0, 300):
        w.add(t, w.L("shop", shop, "web", n3, "shop-web"), js({"level": 30, "time": "§epochms§", "pid": 1, "hostname": shop, "msg": "health ok"}))
    return dict(question="The whole site is unreachable since a few minutes. What happened?",
                selector=sel(namespace=ns), component="haproxy",
                root_cause="The updated haproxy-config ConfigMap contains an invalid directive ('timeout-server' instead of 'timeout server') on line 47, so HAProxy refuses to start.",
                summary="Reloader rolled the haproxy Deployment after the ConfigMap change; the old pods were stopped (Recreate) and both new pods exit with fatal config errors and are in CrashLoopBackOff, so the public edge refuses all connections.",
                action="Revert or fix line 47 of haproxy-config ('timeout server 30s'), validate with 'haproxy -c -f', and let the pods restart; add a config check to CI.")


@scenario("crit_missing_secret", "CRITICAL", "config_error")
def c_missing_secret(w):
    ns = "payments"
    n_old, n1, n2 = w.nodes(3)
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n2, "argocd-application-controller")
    sid = f"00{w.ri(100, 999)}-{w.alnum(5)}"
    w.add(0, La, f'time="§iso0§" level=info msg="Syncing" application=argocd/payments')
    w.add(0.6, La, f'time="§iso0§" level=info msg="Adding resource result, status: \'Synced\', phase: \'Running\', message: \'pruned\'" application=argocd/payments kind=Secret name=stripe-keys namespace=payments phase=Sync syncId={sid}', ev=True)
    w.add(1.0, La, f'time="§iso0§" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/payments syncId={sid}')
    w.k8s_event(60, "default", "Node", n_old, "NodeNotSchedulable", f"Node {n_old} status is now: NodeNotSchedulable", host=n_old)
    rs = w.rs_hash()
    olds = [w.pod("payments", rs) for _ in range(3)]
    news = [w.pod("payments", rs) for _ in range(3)]
    for i, (po, pn) in enumerate(zip(olds, news)):
        nd = (n1, n2, n1)[i]
        Lo = w.L(ns, po, "payments", n_old, "payments")
        n_zap_http(w, Lo, 3, 0, 60, ["/v1/charges", "/v1/charges/{id}"], codes=((201, 50), (200, 50)))
        w.k8s_event(62 + i * 0.3, ns, "Pod", po, "Killing", "Stopping container payments", host=n_old, field="spec.containers{payments}")
        w.k8s_event(62.2 + i * 0.3, ns, "ReplicaSet", f"payments-{rs}", "SuccessfulCreate", f"Created pod: {pn}", comp="replicaset-controller", api="apps/v1")
        w.k8s_event(62.4 + i * 0.3, ns, "Pod", pn, "Scheduled", f"Successfully assigned {ns}/{pn} to {nd}", comp="default-scheduler")
        w.k8s_event(64 + i * 0.3, ns, "Pod", pn, "Pulled", 'Container image "ghcr.io/acme/payments:6.3.0" already present on machine', host=nd, field="spec.containers{payments}")
        w.k8s_event(64.1 + i * 0.3, ns, "Pod", pn, "Failed", 'Error: secret "stripe-keys" not found', etype="Warning", host=nd,
                    field="spec.containers{payments}", ev=(i < 2))
        w.k8s_event(400 + i, ns, "Pod", pn, "Failed", 'Error: secret "stripe-keys" not found', etype="Warning", host=nd,
                    field="spec.containers{payments}", count=30)
    co = w.pod("checkout")
    Lp = w.L("checkout", co, "istio-proxy", n2, "checkout")
    for t in w.spread(8, 65, 420):
        w.add(t, Lp, f'[§iso3§] "POST /v1/charges HTTP/1.1" 503 UH no_healthy_upstream - "-" 412 19 0 - "-" "Go-http-client/1.1" "{w.uuid()}" "payments.payments.svc.cluster.local:8080" "-" outbound|8080||payments.payments.svc.cluster.local - {w.svc_ip()}:8080 {w.pod_ip()}:{w.ri(30000, 60000)} - default')
    n_envoy(w, Lp, 5, 0, 60, "payments.payments.svc.cluster.local:8080", "outbound|8080||payments.payments.svc.cluster.local",
            ["/v1/charges"], inbound=False, codes=((201, 100),))
    return dict(question="Checkout returns 'no healthy upstream' for payments. Why are there no payments pods?",
                selector=sel(namespace=ns, app="payments"), component="payments",
                root_cause="The stripe-keys Secret referenced by the payments pods' env was pruned by Argo CD (removed from git); new payments pods fail with CreateContainerConfigError 'secret \"stripe-keys\" not found'.",
                summary="When a node was drained, all payments pods were recreated and none can start because the stripe-keys Secret no longer exists; checkout gets 503 no_healthy_upstream and no payment can be taken.",
                action="Restore the stripe-keys Secret (re-add it to git or recreate it from the vault) so the pods start, then fix the manifest change that dropped it.")


@scenario("crit_node_hw_memory_error", "CRITICAL", "node_failure")
def c_ecc(w):
    w.cloud = "kubeadm"
    node, n2, n3 = w.nodes(3)
    Lkern = w.host(node, "kernel")
    pods = [("db", "postgres-1", "postgres"), ("shop", w.pod("cart"), "cart"), ("monitoring", "prometheus-k8s-1", "prometheus"),
            ("search", w.pod("query-service"), "query-service")]
    n_kubelet(w, node, 6, 0, 120, [f"{a}/{b}" for a, b, _ in pods])
    w.add(60, Lkern, "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f2a1b offset:0x740 grain:32 syndrome:0x0 - err_code:0x0000:0x009f  SystemAddress:0x3f2a1b740 ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x1fa50d80 ChannelId:0x2 RankAddress:0xfd286c0 PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x7e94 Column:0x3b0 Bank:0x2 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)")
    w.add(121, Lkern, "mce: [Hardware Error]: Machine check events logged", ev=True)
    w.add(121.2, Lkern, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f2a1c offset:0x100 grain:32 - err_code:0x0000:0x009f  SystemAddress:0x3f2a1c100 ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x1fa50e00 ChannelId:0x2 RankAddress:0xfd28700 PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x7e94 Column:0x3c0 Bank:0x2 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)", ev=True)
    w.add(121.3, Lkern, "{1}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: 1")
    w.add(121.31, Lkern, "{1}[Hardware Error]: event severity: fatal", ev=True)
    w.add(121.32, Lkern, "{1}[Hardware Error]:  section_type: memory error")
    w.add(121.4, Lkern, "Kernel panic - not syncing: Fatal hardware error!")
    kcm = "kube-controller-manager-cp-01"
    Lkcm = w.L("kube-system", kcm, "kube-controller-manager", "cp-01", "kube-controller-manager")
    w.add(163, Lkcm, klog("I", 1, "node_lifecycle_controller.go:1209", f'"Node is NotReady. Adding it to the Taint queue" node="{node}" timeStamp="§isooff3§"'))
    w.add(163.1, Lkcm, klog("I", 1, "controller_utils.go:121", f'"Update ready status of pods on node" node="{node}"'))
    w.k8s_event(163.2, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", host=node, comp="node-controller", ev=True)
    for a, b, c in pods:
        w.k8s_event(163.5, a, "Pod", b, "NodeNotReady", "Node is not ready", etype="Warning", comp="node-controller")
    for a, b, c in pods:
        w.k8s_event(464, a, "Pod", b, "TaintManagerEviction", f"Marking for deletion Pod {a}/{b}", comp="taint-controller")
    Lpg0 = w.L("db", "postgres-0", "postgres", n2, "postgres")
    n_pg(w, Lpg0, 5, 0, 500, db="app")
    w.add(135, Lpg0, f"§pg§ [{w.ri(100, 900)}] LOG:  could not receive data from client: Connection reset by peer")
    w.add(140, Lpg0, f"§pg§ [{w.ri(100, 900)}] LOG:  terminating walsender process due to replication timeout")
    n_zap_http(w, w.L("shop", w.pod("cart"), "cart", n3, "cart"), 9, 0, 500, ["/v1/cart/{uuid}"])
    return dict(question=f"{node} disappeared and postgres-1 is stuck Terminating. What happened to the node?",
                selector=sel(node=node), component=node,
                root_cause=f"{node} suffered an uncorrectable (fatal) memory error on DIMM CPU1 channel 2 slot 0 and the kernel panicked; the node stopped reporting and is NotReady.",
                summary="A correctable ECC error was followed by an uncorrectable machine-check error and a kernel panic; the node went NotReady, its pods were marked for eviction and the postgres-1 StatefulSet pod cannot be recreated until the node is removed.",
                action="Cordon and remove the node (delete the Node object once it is confirmed powered off so postgres-1 can be rescheduled) and have the DIMM replaced before returning it to service.")


@scenario("crit_containerd_crash_node", "CRITICAL", "node_failure")
def c_containerd(w):
    w.cloud = "kubeadm"
    node, n2 = w.nodes(2)
    Ls = w.host(node, "systemd")
    Lc = w.host(node, "containerd.service")
    Lk = w.host(node, "kubelet.service")
    Lkern = w.host(node, "kernel")
    pid = w.kubelet_pid(node)
    pods = [f"shop/{w.pod('frontend')}", f"shop/{w.pod('cart')}", f"logging/{w.ds_pod('fluent-bit')}"]
    n_kubelet(w, node, 5, 0, 50, pods)
    w.add(30, Ls, "Starting apt-daily-upgrade.service - Daily apt upgrade and clean activities...")
    w.add(52, Ls, "Stopping containerd.service - containerd container runtime...")
    w.add(53, Ls, "containerd.service: Deactivated successfully.")
    for k in range(5):
        t = 54 + k * 4
        w.add(t, Ls, "Started containerd.service - containerd container runtime.")
        w.add(t + 0.2, Lc, f'time="§iso9§" level=info msg="starting containerd" revision=7c3aca7a610df76212171d200ca3811ff6096eb8 version=1.7.14')
        w.add(t + 0.6, Lkern, f"containerd[{w.ri(3000, 9000)}]: segfault at 8 ip 000055d0c1a2b3c4 sp 00007ffd1c2b3a40 error 4 in containerd[55d0c0e00000+1b4e000] likely on CPU {w.ri(0, 7)} (core {w.ri(0, 3)}, socket 0)", ev=(k == 0))
        w.add(t + 0.7, Ls, "containerd.service: Main process exited, code=killed, status=11/SEGV", ev=(k == 0))
        w.add(t + 0.71, Ls, "containerd.service: Failed with result 'signal'.")
        if k < 4:
            w.add(t + 3.9, Ls, f"containerd.service: Scheduled restart job, restart counter is at {k + 1}.")
    w.add(75, Ls, "containerd.service: Start request repeated too quickly.", ev=True)
    w.add(75.01, Ls, "Failed to start containerd.service - containerd container runtime.")
    w.add(75.2, Ls, "apt-daily-upgrade.service: Deactivated successfully.")
    w.add(76, Lk, klog("E", pid, "remote_runtime.go:294", '"Version from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory\\""'))
    w.add(78, Lk, klog("I", pid, "kubelet.go:2359", '"Skipping pod synchronization" err="container runtime is down"'))
    w.add(98, Lk, klog("I", pid, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"§iso0§","lastTransitionTime":"§iso0§","reason":"KubeletNotReady","message":"container runtime is down"}}'), ev=True)
    w.k8s_event(99, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", host=node, comp="node-controller")
    for t in (140, 200, 260, 320):
        w.add(t, Lk, klog("E", pid, "kubelet.go:2874", '"Container runtime not ready" runtimeReady="RuntimeReady=false reason:ContainerRuntimeNotReady message:container runtime is down"'))
    for p in pods:
        a, b = p.split("/")
        w.k8s_event(100, a, "Pod", b, "NodeNotReady", "Node is not ready", etype="Warning", comp="node-controller")
        w.k8s_event(400, a, "Pod", b, "TaintManagerEviction", f"Marking for deletion Pod {a}/{b}", comp="taint-controller")
    ing = w.pod("ingress-nginx-controller")
    Li = w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx")
    n_ingress(w, Li, 8, 0, 420, "shop-frontend-80", ["/", "/products/{sku}"], codes=((200, 70), (502, 20), (504, 10)))
    return dict(question=f"{node} went NotReady after the nightly maintenance window. What happened?",
                selector=sel(node=node), component=node,
                root_cause=f"containerd on {node} segfaults on every start after the unattended apt upgrade restarted it; systemd gave up restarting it, so the kubelet reports the container runtime down and the node is NotReady.",
                summary="During apt-daily-upgrade containerd was restarted and then crashed with SIGSEGV five times until systemd stopped retrying; the node is NotReady, its pods are being evicted and shop traffic through that node fails.",
                action=f"Cordon {node}, pin/roll back the containerd package to the previous version (or reimage the node) and restart containerd and kubelet; disable unattended upgrades of container runtime packages.")


@scenario("crit_pg_disk_full", "CRITICAL", "resource_exhausted")
def c_pg_full(w):
    ns = "shop-db"
    n1, n2, n3 = w.nodes(3)
    L = w.L(ns, "orders-db-0", "postgres", n1, "orders-db")
    n_pg(w, L, 8, 0, 90, db="orders")
    w.add(95, L, f"§pg§ [{w.ri(60, 90)}] PANIC:  could not write to file \"pg_wal/xlogtemp.{w.ri(100, 999)}\": No space left on device", ev=True)
    w.add(95.2, L, f"§pg§ [1] LOG:  WAL writer process (PID {w.ri(60, 90)}) was terminated by signal 6: Aborted")
    w.add(95.21, L, "§pg§ [1] LOG:  terminating any other active server processes")
    w.add(95.4, L, "§pg§ [1] LOG:  all server processes terminated; reinitializing")
    w.add(95.6, L, f"§pg§ [{w.ri(100, 200)}] LOG:  database system was interrupted; last known up at {(w.t0 + timedelta(seconds=60)).strftime('%Y-%m-%d %H:%M:%S')} UTC")
    w.add(95.8, L, f"§pg§ [{w.ri(100, 200)}] LOG:  database system was not properly shut down; automatic recovery in progress")
    w.add(95.9, L, f"§pg§ [{w.ri(100, 200)}] LOG:  redo starts at 2A/1F000028")
    w.add(96.4, L, f"§pg§ [{w.ri(100, 200)}] FATAL:  could not write to file \"pg_wal/xlogtemp.{w.ri(100, 999)}\": No space left on device", ev=True)
    w.add(96.5, L, f"§pg§ [1] LOG:  startup process (PID {w.ri(100, 200)}) exited with exit code 1")
    w.add(96.51, L, "§pg§ [1] LOG:  aborting startup due to startup process failure")
    w.add(96.6, L, "§pg§ [1] LOG:  database system is shut down")
    for k, t in enumerate((160, 290)):
        w.add(t, L, "§pg§ [1] LOG:  starting PostgreSQL 15.6 (Debian 15.6-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit")
        w.add(t + 0.4, L, f"§pg§ [{w.ri(20, 40)}] FATAL:  could not write to file \"pg_wal/xlogtemp.{w.ri(20, 40)}\": No space left on device")
        w.add(t + 0.5, L, "§pg§ [1] LOG:  database system is shut down")
    crashloop_events(w, 300, ns, "orders-db-0", "postgres", n1, 3, ev=True)
    ap = [w.pod("orders-api") for _ in range(2)]
    for i, p in enumerate(ap):
        La = w.L("shop", p, "orders-api", (n2, n3)[i], "orders-api")
        n_zap_http(w, La, 3, 0, 90, ["/v1/orders/{id}"])
        for t in w.spread(5, 96, 330):
            err = ("FATAL: the database system is in recovery mode (SQLSTATE 57P03)" if w.chance(0.3) else
                   f"failed to connect to `host=orders-db.shop-db.svc.cluster.local user=orders database=orders`: dial error (dial tcp {w.svc_ip()}:5432: connect: connection refused)")
            w.add(t, La, js({"level": "error", "ts": "§epoch§", "caller": "store/pg.go:77", "msg": "db query failed", "error": err}))
    return dict(question="orders-api can't reach its database and orders-db-0 keeps restarting. What's going on?",
                selector=sel(namespace=ns), component="orders-db",
                root_cause="The orders-db data volume is full: PostgreSQL cannot write WAL (No space left on device), panicked and cannot complete crash recovery on restart.",
                summary="orders-db-0 PANICked on a WAL write, every restart fails with 'No space left on device' and it is in CrashLoopBackOff; orders-api gets connection refused / recovery-mode errors and cannot serve orders.",
                action="Expand the orders-db PVC (or free space on it without deleting pg_wal files by hand), let recovery finish, then find what filled the disk (WAL retention, replication slots, archiving) and add disk-usage alerts.")


@scenario("crit_pg_xid_wraparound", "CRITICAL", "database")
def c_wrap(w):
    ns = "billing"
    n1, n2, n3 = w.nodes(3)
    L = w.L(ns, "billing-db-0", "postgres", n1, "billing-db")
    n_pg(w, L, 6, 0, 600, db="billing")
    w.add(20, L, f"§pg§ [{w.ri(1000, 9000)}] WARNING:  oldest xmin is far in the past", ev=True)
    w.add(20.001, L, f"§pg§ [{w.ri(1000, 9000)}] HINT:  Close open transactions soon to avoid wraparound problems.")
    w.add(20.002, L, "\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.")
    w.add(45, L, f"§pg§ [{w.ri(1000, 9000)}] WARNING:  database \"billing\" must be vacuumed within 2871013 transactions", ev=True)
    w.add(45.001, L, f"§pg§ [{w.ri(1000, 9000)}] HINT:  To avoid a database shutdown, execute a database-wide VACUUM in that database.")
    w.add(45.002, L, "\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.")
    w.add(60, L, f"§pg§ [{w.ri(1000, 9000)}] LOG:  automatic aggressive vacuum to prevent wraparound of table \"billing.public.invoice_lines\": index scans: 0")
    for k, t in enumerate(w.spread(6, 130, 600)):
        pid = w.ri(1000, 9000)
        w.add(t, L, f"§pg§ [{pid}] ERROR:  database is not accepting commands to avoid wraparound data loss in database \"billing\"", ev=(k < 2))
        w.add(t + 0.001, L, f"§pg§ [{pid}] HINT:  Stop the postmaster and vacuum that database in single-user mode.")
        w.add(t + 0.002, L, "\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.")
    api = [w.pod("billing-api") for _ in range(2)]
    for i, p in enumerate(api):
        La = w.L(ns, p, "billing-api", (n2, n3)[i], "billing-api")
        n_spring(w, La, 3, 0, 130, "billing-api", [("http-nio-8080-exec-{n}", "c.a.billing.api.InvoiceController", "invoice {id} created in {ms} ms")])
        for t in w.spread(4, 131, 600):
            w.add(t, La, f"§iso3§ ERROR 1 --- [billing-api] [nio-8080-exec-{w.ri(1, 40)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: database is not accepting commands to avoid wraparound data loss in database \"billing\"")
            w.add(t + 0.001, La, '  Hint: Stop the postmaster and vacuum that database in single-user mode.')
    return dict(question="billing-api fails every write with a strange Postgres error. How serious is it?",
                selector=sel(namespace=ns), component="billing-db",
                root_cause="billing-db has exhausted its transaction ID space: an old open or prepared transaction kept the oldest xmin far in the past so autovacuum could not freeze rows, and PostgreSQL now refuses commands to avoid wraparound data loss.",
                summary="After warnings that the database must be vacuumed within ~2.9M transactions, PostgreSQL stopped accepting commands in database billing; every billing-api write fails.",
                action="Find and end the old transaction / prepared transaction / stale replication slot holding xmin, then run a database-wide VACUUM (single-user mode if required) on billing; add monitoring of age(datfrozenxid).")


@scenario("crit_kafka_broker_readonly_fs", "CRITICAL", "storage")
def c_kafka_ro(w):
    w.cloud = "eks"
    ns = "streaming"
    n0, n1, n2 = w.nodes(3)
    L0 = w.L(ns, "kafka-0", "kafka", n0, "kafka")
    L1 = w.L(ns, "kafka-1", "kafka", n1, "kafka")
    L2 = w.L(ns, "kafka-2", "kafka", n2, "kafka")
    for L, b in ((L0, 0), (L1, 1), (L2, 2)):
        n_kafka(w, L, 4, 0, 100 if b == 2 else 500, broker=b)
    Lkern = w.host(n2, "kernel")
    dev = "nvme1n1"
    w.add(110, Lkern, f"blk_update_request: I/O error, dev {dev}, sector {w.ri(10**7, 10**8)} op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0", ev=True)
    w.add(110.1, Lkern, f"Buffer I/O error on dev {dev}, logical block {w.ri(10**6, 10**7)}, lost async page write")
    w.add(110.3, Lkern, f"EXT4-fs error (device {dev}): ext4_journal_check_start:83: comm kafka-log-clean: Detected aborted journal")
    w.add(110.4, Lkern, f"EXT4-fs ({dev}): Remounting filesystem read-only", ev=True)
    w.add(111, L2, "[§py§] ERROR Error while writing to checkpoint file /var/lib/kafka/data/recovery-point-offset-checkpoint (kafka.server.LogDirFailureChannel)")
    w.add(111.001, L2, "java.io.FileNotFoundException: /var/lib/kafka/data/recovery-point-offset-checkpoint.tmp (Read-only file system)", ev=True)
    w.add(111.2, L2, "[§py§] ERROR [ReplicaManager broker=2] Stopping serving replicas in dir /var/lib/kafka/data (kafka.server.ReplicaManager)")
    w.add(111.5, L2, "[§py§] ERROR Shutdown broker because all log dirs in /var/lib/kafka/data have failed (kafka.log.LogManager)", ev=True)
    w.add(113, L0, "[§py§] INFO [Controller id=0] Newly added brokers: , deleted brokers: 2, bounced brokers: , all live brokers: 0,1 (kafka.controller.KafkaController)")
    w.add(113.2, L0, "[§py§] INFO [Partition orders-4 broker=0] Shrinking ISR from 0,2,1 to 0,1. Leader: (highWatermark: 48812031, endOffset: 48812044). Out of sync replicas: (brokerId: 2, endOffset: 48811990). (kafka.cluster.Partition)")
    for part in ("audit-3", "audit-7"):
        w.add(113.5, L0, f"[§py§] ERROR [Controller id=0 epoch=31] Controller 0 epoch 31 failed to change state for partition {part} from OfflinePartition to OnlinePartition (state.change.logger)")
        w.add(113.501, L0, f"kafka.common.StateChangeFailedException: Failed to elect leader for partition {part} under strategy OfflinePartitionLeaderElectionStrategy(false)")
    for k in range(2):
        t = 200 + k * 150
        w.add(t, L2, "[§py§] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)")
        w.add(t + 4, L2, "[§py§] ERROR Failed to create or validate data directory /var/lib/kafka/data (kafka.log.LogManager)")
        w.add(t + 4.001, L2, "java.io.IOException: Failed to load /var/lib/kafka/data during broker startup")
        w.add(t + 4.2, L2, "[§py§] ERROR Shutdown broker because none of the specified log dirs from /var/lib/kafka/data can be created or validated (kafka.log.LogManager)")
    crashloop_events(w, 420, ns, "kafka-2", "kafka", n2, 3)
    aw = w.pod("audit-writer")
    La = w.L("compliance", aw, "audit-writer", n0, "audit-writer")
    for t in w.spread(5, 180, 500):
        w.add(t, La, f"§l4j§ [kafka-producer-network-thread | audit-writer] ERROR c.a.audit.AuditPublisher - send failed: org.apache.kafka.common.errors.TimeoutException: Expiring {w.ri(5, 40)} record(s) for audit-{w.pick([3, 7])}:120001 ms has passed since batch creation")
    return dict(question=None,
                selector=sel(namespace=ns), component="kafka",
                root_cause="The EBS data volume of broker kafka-2 has I/O errors; ext4 aborted its journal and remounted the filesystem read-only, so the broker shut down and cannot start.",
                summary="kafka-2 failed its log dir and is crash-looping; partitions led or solely replicated by it (audit-3, audit-7) are offline, producers to them time out, and other partitions run with reduced ISR.",
                action="Replace kafka-2's data volume (or move the broker to a new PVC/node) and let it re-replicate; check whether unclean leader election is acceptable for the offline audit partitions and raise their replication factor.")


@scenario("crit_quota_no_pods", "CRITICAL", "scheduling")
def c_quota(w):
    ns = "checkout"
    n1, n2 = w.nodes(2)
    old_rs, new_rs = w.rs_hash(), w.rs_hash()
    old = [w.pod("checkout-api", old_rs) for _ in range(3)]
    w.k8s_event(5, ns, "Deployment", "checkout-api", "ScalingReplicaSet", f"Scaled down replica set checkout-api-{old_rs} to 0 from 3",
                comp="deployment-controller", api="apps/v1")
    for i, p in enumerate(old):
        nd = (n1, n2, n1)[i]
        L = w.L(ns, p, "checkout-api", nd, "checkout-api")
        n_serilog(w, L, 3, 0, 5, ["/api/checkout/{uuid}", "/api/checkout/{uuid}/confirm"])
        w.k8s_event(5.3 + i * 0.1, ns, "Pod", p, "Killing", "Stopping container checkout-api", host=nd, field="spec.containers{checkout-api}")
    w.k8s_event(8, ns, "Deployment", "checkout-api", "ScalingReplicaSet", f"Scaled up replica set checkout-api-{new_rs} to 3",
                comp="deployment-controller", api="apps/v1")
    for k, t in enumerate((8.3, 8.5, 9.0, 30, 90, 250, 500)):
        w.k8s_event(t, ns, "ReplicaSet", f"checkout-api-{new_rs}", "FailedCreate",
                    f'Error creating: pods "checkout-api-{new_rs}-{w.alnum(5)}" is forbidden: exceeded quota: compute-resources, requested: limits.memory=4Gi, used: limits.memory=29Gi, limited: limits.memory=32Gi',
                    etype="Warning", comp="replicaset-controller", api="apps/v1", ev=(k < 2))
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx")
    for t in w.spread(3, 20, 560):
        w.add(t, Lc, klog("W", 7, "controller.go:1214", f'Service "{ns}/checkout-api" does not have any active Endpoint.'))
    for t in w.spread(9, 10, 560):
        w.add(t, Lc, f'{w.pub_ip()} - - [§clf§] "POST /api/checkout/{w.uuid()}/confirm HTTP/2.0" 503 190 "https://www.acme-retail.com/cart" "{w.pick(BROWSER_UA)}" {w.ri(400, 900)} 0.000 [checkout-checkout-api-8080] [] - - - - {w.hex(32)}')
    argo = "argocd-application-controller-0"
    La = w.L("argocd", argo, "argocd-application-controller", n1, "argocd-application-controller")
    w.add(3, La, f'time="§iso0§" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/checkout')
    w.add(300, La, 'time="§iso0§" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/checkout')
    cw = w.pod("cart")
    n_zap_http(w, w.L("shop", cw, "cart", n2, "cart"), 6, 0, 560, ["/v1/cart/{uuid}"])
    return dict(question="Checkout is completely down after the last deploy. Why are there no checkout-api pods?",
                selector=sel(namespace=ns, app="checkout-api"), component="checkout-api",
                root_cause="The new checkout-api version requests a 4Gi memory limit per pod, which exceeds what is left of the namespace's compute-resources ResourceQuota (29Gi of 32Gi used), so the ReplicaSet cannot create any pod.",
                summary="The Recreate rollout stopped all old checkout-api pods, then every pod creation was rejected with 'exceeded quota: compute-resources'; checkout-api has no endpoints and checkout returns 503.",
                action="Roll back checkout-api (or lower its memory limit) immediately, then raise the namespace quota or free quota before re-deploying; consider a RollingUpdate strategy.")


@scenario("crit_startup_liveness_kill", "CRITICAL", "probe_failure")
def c_startup(w):
    ns = "risk"
    nodes = w.nodes(3)
    rs = w.rs_hash()
    pods = [w.pod("risk-engine", rs) for _ in range(3)]
    ev_n = 0
    for i, p in enumerate(pods):
        nd = nodes[i]
        ip = w.pod_ip()
        L = w.L(ns, p, "risk-engine", nd, "risk-engine")
        for cyc in range(2):
            t0 = 10 + i * 23 + cyc * 190
            w.add(t0, L, f"§iso3§  INFO 1 --- [risk-engine] [           main] com.acme.risk.RiskEngineApplication      : Starting RiskEngineApplication v7.0.0 using Java 21.0.2 with PID 1")
            w.add(t0 + 6, L, f"§iso3§  INFO 1 --- [risk-engine] [           main] c.a.risk.rules.RuleRepository            : Loading rule set from s3://acme-risk-rules/prod/v7/ (1,240,000 rules)")
            for k, prog in enumerate((310000, 620000)):
                w.add(t0 + 22 + k * 20, L, f"§iso3§  INFO 1 --- [risk-engine] [           main] c.a.risk.rules.RuleRepository            : compiled {prog:,}/1,240,000 rules", ev=(ev_n == 0 and k == 1))
            out = f'Get "http://{ip}:8080/actuator/health/liveness": dial tcp {ip}:8080: connect: connection refused'
            w.k8s_event(t0 + 50, ns, "Pod", p, "Unhealthy", f"Liveness probe failed: {out}", etype="Warning", host=nd,
                        field="spec.containers{risk-engine}", count=3, ev=(ev_n == 0))
            w.k8s_event(t0 + 50.1, ns, "Pod", p, "Killing", "Container risk-engine failed liveness probe, will be restarted", host=nd,
                        field="spec.containers{risk-engine}", ev=(ev_n == 0))
            ev_n += 1
        crashloop_events(w, 420 + i, ns, p, "risk-engine", nd, 4, ev=(i == 0))
    az = w.pod("payments-authz")
    Laz = w.L("payments", az, "payments-authz", nodes[1], "payments-authz")
    for t in w.spread(8, 30, 450):
        w.add(t, Laz, js({"level": "error", "ts": "§epoch§", "caller": "risk/client.go:66", "msg": "risk scoring failed, declining transaction",
                          "error": "rpc error: code = Unavailable desc = no healthy upstream"}))
    return dict(question="risk-engine 7.0 never becomes ready and all card payments are declined. Why?",
                selector=sel(namespace=ns, app="risk-engine"), component="risk-engine",
                root_cause="risk-engine 7.0 compiles 1.24M rules at startup (over a minute) before opening its HTTP port, but the liveness probe starts failing after ~30s and the kubelet kills the container before start-up completes.",
                summary="Every risk-engine pod is killed by its liveness probe (connection refused) mid-way through rule loading and is now in CrashLoopBackOff; no replica is available and payments-authz declines transactions.",
                action="Add a startupProbe (or raise the liveness initialDelaySeconds/failureThreshold) long enough to cover rule compilation, or roll back to the previous risk-engine version.")


@scenario("crit_registry_auth_revoked", "CRITICAL", "image_pull")
def c_regauth(w):
    ns = "billing"
    n_old, n1, n2 = w.nodes(3)
    img = "gitlab.acme.io:5050/billing/billing-api:3.2.0"
    rs = w.rs_hash()
    olds = [w.pod("billing-api", rs) for _ in range(2)]
    news = [w.pod("billing-api", rs) for _ in range(2)]
    w.k8s_event(2, "default", "Node", n_old, "NodeNotSchedulable", f"Node {n_old} status is now: NodeNotSchedulable", host=n_old)
    msg = (f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": failed to authorize: '
           f'failed to fetch oauth token: unexpected status from GET request to https://gitlab.acme.io/jwt/auth?scope=repository%3Abilling%2Fbilling-api%3Apull&service=container_registry: 401 Unauthorized')
    for i, (po, pn) in enumerate(zip(olds, news)):
        nd = (n1, n2)[i]
        Lo = w.L(ns, po, "billing-api", n_old, "billing-api")
        n_uvicorn(w, Lo, 3, 0, 4, ["/v1/invoices/{id}"])
        w.k8s_event(4 + i * 0.2, ns, "Pod", po, "Killing", "Stopping container billing-api", host=n_old, field="spec.containers{billing-api}")
        w.k8s_event(4.3 + i * 0.2, ns, "Pod", pn, "Scheduled", f"Successfully assigned {ns}/{pn} to {nd}", comp="default-scheduler")
        w.k8s_event(5 + i * 0.2, ns, "Pod", pn, "Pulling", f'Pulling image "{img}"', host=nd, field="spec.containers{billing-api}")
        w.k8s_event(6 + i * 0.2, ns, "Pod", pn, "Failed", msg, etype="Warning", host=nd, field="spec.containers{billing-api}", ev=True)
        w.k8s_event(6.1 + i * 0.2, ns, "Pod", pn, "Failed", "Error: ErrImagePull", etype="Warning", host=nd, field="spec.containers{billing-api}", ev=(i == 0))
        w.k8s_event(7 + i * 0.2, ns, "Pod", pn, "BackOff", f'Back-off pulling image "{img}"', etype="Warning", host=nd, field="spec.containers{billing-api}")
        w.k8s_event(7.1 + i * 0.2, ns, "Pod", pn, "Failed", "Error: ImagePullBackOff", etype="Warning", host=nd, field="spec.containers{billing-api}")
        w.k8s_event(300 + i, ns, "Pod", pn, "Failed", msg, etype="Warning", host=nd, field="spec.containers{billing-api}", count=6)
        w.k8s_event(301 + i, ns, "Pod", pn, "BackOff", f'Back-off pulling image "{img}"', etype="Warning", host=nd, field="spec.containers{billing-api}", count=20)
    gl = w.pod("gitlab-webservice-default")
    Lg = w.L("gitlab", gl, "webservice", n1, "gitlab")
    for t in w.spread(3, 5, 310):
        w.add(t, Lg, js({"method": "GET", "path": "/jwt/auth", "format": "html", "controller": "JwtController", "action": "auth", "status": 401,
                         "time": "§iso3§", "params": [{"key": "scope", "value": "repository:billing/billing-api:pull"}, {"key": "service", "value": "container_registry"}],
                         "remote_ip": w.pod_ip(), "user_id": None, "username": None, "ua": "containerd/v1.7.13", "db_count": 3, "duration_s": round(w.uf(0.01, 0.05), 5)}))
    ing = w.pod("ingress-nginx-controller")
    Lc = w.L("ingress-nginx", ing, "controller", n2, "ingress-nginx")
    for t in w.spread(8, 8, 420):
        w.add(t, Lc, f'{w.pub_ip()} - - [§clf§] "GET /v1/invoices/{w.ri(1000, 99999)} HTTP/2.0" 503 190 "-" "{w.pick(CLIENT_UA)}" {w.ri(300, 700)} 0.000 [billing-billing-api-8000] [] - - - - {w.hex(32)}')
    w.add(9, Lc, klog("W", 7, "controller.go:1214", f'Service "{ns}/billing-api" does not have any active Endpoint.'))
    iw = w.pod("invoice-worker")
    n_celery(w, w.L(ns, iw, "worker", n1, "invoice-worker"), 4, 0, 420, ["billing.tasks.render_invoice", "billing.tasks.send_reminder"])
    return dict(question="billing-api has no running pods since the node rotation. Why?",
                selector=sel(namespace=ns, app="billing-api"), component="billing-api",
                root_cause="The registry pull credentials used by billing-api (imagePullSecret for gitlab.acme.io:5050) are rejected with 401 Unauthorized, so nodes that do not have the image cached cannot pull it.",
                summary="When the old node was drained, both billing-api pods moved to new nodes and are stuck in ImagePullBackOff on a 401 from the GitLab registry token endpoint; billing-api has no endpoints and returns 503.",
                action="Issue a new deploy token and update billing-api's imagePullSecret (check for a revoked/expired token), then delete the stuck pods so they pull again.")


@scenario("crit_coredns_loop", "CRITICAL", "dns_resolution")
def c_loop(w):
    w.cloud = "kubeadm"
    ns = "kube-system"
    n1, n2, n3 = w.nodes(3)
    cds = [w.pod("coredns") for _ in range(2)]
    for i, p in enumerate(cds):
        nd = (n1, n2)[i]
        L = w.L(ns, p, "coredns", nd, "kube-dns")
        for cyc in range(2):
            t0 = 10 + i * 7 + cyc * 160
            w.add(t0, L, ".:53")
            w.add(t0 + 0.001, L, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
            w.add(t0 + 0.002, L, "CoreDNS-1.11.1")
            w.add(t0 + 0.003, L, "linux/amd64, go1.20.7, ae2bbc2")
            w.add(t0 + 2.1, L, f'[FATAL] plugin/loop: Loop (127.0.0.1:{w.ri(33000, 60000)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {w.ri(10**18, 9 * 10**18)}.{w.ri(10**18, 9 * 10**18)}."', ev=(cyc == 0))
        crashloop_events(w, 400 + i, ns, p, "coredns", nd, 5, ev=(i == 0))
    Lj = w.host(n1, "systemd")
    w.add(0, Lj, "Started systemd-resolved.service - Network Name Resolution.")
    apps = [("shop", "cart", n3), ("shop", "frontend", n2), ("db", "pg-backup", n1)]
    for a, name, nd in apps:
        p = w.pod(name)
        L = w.L(a, p, name, nd, name)
        for t in w.spread(6, 20, 420):
            if name == "cart":
                w.add(t, L, js({"level": "error", "ts": "§epoch§", "caller": "store/redis.go:40", "msg": "redis dial failed",
                                "error": f"dial tcp: lookup redis-master.shop.svc.cluster.local on 10.96.0.10:53: read udp {w.pod_ip()}:{w.ri(30000, 60000)}->10.96.0.10:53: read: connection refused"}))
            elif name == "frontend":
                w.add(t, L, js({"level": 50, "time": "§epochms§", "pid": 1, "hostname": p, "msg": "fetch failed",
                                "err": {"type": "Error", "message": "getaddrinfo EAI_AGAIN cart.shop.svc.cluster.local", "code": "EAI_AGAIN"}}))
            else:
                w.add(t, L, 'pg_dump: error: could not translate host name "postgres.db.svc.cluster.local" to address: Temporary failure in name resolution')
    return dict(question="Every service is failing name lookups after the node OS upgrade. What's wrong?",
                selector=sel(namespace=ns, app="kube-dns"), component="coredns",
                root_cause="CoreDNS's forward plugin uses the nodes' /etc/resolv.conf, which after the OS upgrade points to systemd-resolved's 127.0.0.53 stub, so CoreDNS forwards to itself; the loop plugin detects the loop and exits.",
                summary="Both CoreDNS pods exit with '[FATAL] plugin/loop: Loop detected' on every start and are in CrashLoopBackOff; cluster DNS is down and applications fail all lookups.",
                action="Point CoreDNS's forward at real upstream resolvers (or set kubelet --resolv-conf=/run/systemd/resolve/resolv.conf) and restart CoreDNS.")


# =========================================================================== build


def build_record(name, severity, category, fn):
    w = Win(name)
    spec = fn(w)
    logs, evidence = w.finish()
    exp = {"severity": severity, "root_cause_category": category}
    if spec.get("component"):
        exp["component"] = spec["component"]
    exp["root_cause"] = spec["root_cause"]
    exp["summary"] = spec["summary"]
    exp["action"] = spec["action"]
    exp["evidence"] = evidence
    return {"id": None, "source": f"synthetic:{name}", "question": spec.get("question"),
            "selector": spec.get("selector"), "logs": logs, "expected": exp}


def check_record(rec):
    name = rec["source"]
    logs = rec["logs"]
    exp = rec["expected"]
    assert 30 <= len(logs) <= 100, f"{name}: {len(logs)} lines"
    ts = [l["ts"] for l in logs]
    assert ts == sorted(ts), f"{name}: not in time order"
    for l in logs:
        assert l["line"] is not None and "§" not in l["line"], f"{name}: unexpanded marker in {l['line'][:80]}"
        assert "\n" not in l["ts"]
    assert exp["severity"] in SEVERITIES and exp["root_cause_category"] in CATEGORIES, name
    ev = exp["evidence"]
    assert len(set(ev)) == len(ev) and all(0 <= i < len(logs) for i in ev), name
    if exp["root_cause_category"] == "none":
        assert exp["severity"] == "INFO" and ev == [], f"{name}: none-record must be INFO without evidence"
    else:
        assert exp["severity"] != "INFO", f"{name}: incident with INFO"
        assert 1 <= len(ev) <= 6, f"{name}: {len(ev)} evidence lines"
        assert exp.get("component"), f"{name}: incident without component"
    streams = {json.dumps(l["labels"], sort_keys=True) for l in logs}
    assert len(streams) >= 3, f"{name}: only {len(streams)} streams"


def build_all():
    names = [r[0] for r in REG]
    assert len(names) == len(set(names)), "duplicate scenario names"
    recs = [build_record(*r) for r in REG]
    for r in recs:
        check_record(r)
    sev = {}
    cat = {}
    for r in recs:
        e = r["expected"]
        sev[e["severity"]] = sev.get(e["severity"], 0) + 1
        cat[e["root_cause_category"]] = cat.get(e["root_cause_category"], 0) + 1
    assert len(recs) == 60, len(recs)
    assert sev == {"INFO": 18, "WARN": 14, "ERROR": 14, "CRITICAL": 14}, sev
    assert cat.get("none") == 18, cat
    incident_cats = {c: n for c, n in cat.items() if c != "none"}
    assert len(incident_cats) >= 14, incident_cats
    assert max(incident_cats.values()) <= 5, incident_cats
    rng = random.Random(f"{SEED}:order")
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"dev5-{i:03d}"
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)
    return text.encode("utf-8"), recs, sev, cat


def main(argv):
    data, recs, sev, cat = build_all()
    if "--check" in argv:
        data2 = build_all()[0]
        assert data == data2, "two builds differ"
        if os.path.exists(OUT):
            with open(OUT, "rb") as f:
                assert f.read() == data, f"{OUT} differs from a fresh build"
        print(f"ok: deterministic, {len(recs)} records, {len(data)} bytes")
        return 0
    with open(OUT, "wb") as f:
        f.write(data)
    lines = sum(len(r["logs"]) for r in recs)
    print(f"wrote {OUT}: {len(recs)} records, {lines} log lines")
    print("severity:", json.dumps(dict(sorted(sev.items()))))
    print("category:", json.dumps(dict(sorted(cat.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
