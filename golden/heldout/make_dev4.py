#!/usr/bin/env python3
"""Generator for the LogLens held-out evaluation set ``dev4``.

Standard library only.  Every scenario is one function; it gets its own
``random.Random`` seeded from SEED plus the scenario name, and the record
order comes from a separately seeded shuffle, so running

    python golden/heldout/make_dev4.py

always rewrites ``golden/heldout/dev4.jsonl`` with byte-identical content.

The log lines were written from general knowledge of what the software in
question prints; see README-dev4.md for the conventions.
"""
import json
import os
import random
import sys
import zlib
from datetime import datetime, timedelta, timezone

SEED = 20260417
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev4.jsonl")
UTC = timezone.utc
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------

def rs(r, n, alphabet=K8S_ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def uuid4(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def rs_hash(r):
    """ReplicaSet pod-template hash (9 or 10 chars)."""
    return rs(r, r.choice([9, 10]))


def dpod(r, name, rshash=None):
    return f"{name}-{rshash or rs_hash(r)}-{rs(r, 5)}"


def dspod(r, name):
    return f"{name}-{rs(r, 5)}"


def ip(r, a=10, b=244):
    return f"{a}.{b}.{r.randint(0, 31)}.{r.randint(2, 253)}"


def pub_ip(r):
    return r.choice([
        f"203.0.113.{r.randint(2, 250)}", f"198.51.100.{r.randint(2, 250)}",
        f"192.0.2.{r.randint(2, 250)}", f"185.{r.randint(100, 250)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
        f"45.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
        f"91.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(2, 250)}"])


def port(r):
    return r.randint(32768, 60999)


def jit(r, a, b):
    return round(r.uniform(a, b), 3)


# --------------------------------------------------------------------------
# time formatting
# --------------------------------------------------------------------------

def _frac(t, digits):
    us = f"{t.microsecond:06d}"
    if digits <= 6:
        return us[:digits]
    # deterministic sub-microsecond digits
    extra = f"{(t.microsecond * 7919 + t.second * 31) % 1000:03d}"
    return (us + extra)[:digits]


def rfc(t, tz=UTC, digits=3, z=True):
    lt = t.astimezone(tz)
    s = lt.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        s += "." + _frac(lt, digits)
    off = lt.utcoffset()
    if off == timedelta(0) and z:
        return s + "Z"
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{s}{sign}{mins // 60:02d}:{mins % 60:02d}"


def iso(t, digits=3):
    return rfc(t, UTC, digits)


def epoch(t):
    return t.timestamp()


def epoch_ms(t):
    return int(round(t.timestamp() * 1000))


def klog(t, lvl, src, msg, pid=1):
    u = t.astimezone(UTC)
    return f"{lvl}{u:%m%d %H:%M:%S}.{u.microsecond:06d} {pid:>7} {src}] {msg}"


def d_space(t, tz=UTC, digits=3, sep=","):
    lt = t.astimezone(tz)
    return f"{lt:%Y-%m-%d %H:%M:%S}{sep}{_frac(lt, digits)}"


# --------------------------------------------------------------------------
# logfmt / json helpers
# --------------------------------------------------------------------------

def lfq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    if s == "":
        return '""'
    if any(c in s for c in ' ="\t\n\\'):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    return s


def lf(*pairs, **kw):
    """logfmt: positional (key, value) tuples first, then keyword pairs."""
    items = list(pairs) + list(kw.items())
    return " ".join(f"{k}={lfq(v)}" for k, v in items)


def js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def jsp(obj):
    """JSON with the default ', ' / ': ' separators (python json loggers)."""
    return json.dumps(obj, ensure_ascii=False)


# How pod labels look in a record.  Chosen per scenario (see build_record) so
# that `app`, `job` and `stream` appear only in some records, as they would with
# different shippers: 0 = namespace/pod/container only, 1 = + app,
# 2 = + stream, 3 = + app and a promtail-style job="<namespace>/<app>".
LABEL_STYLE = {"mode": 1}


def L(ns, pod=None, container=None, **extra):
    mode = LABEL_STYLE["mode"]
    d = {"namespace": ns}
    if pod:
        d["pod"] = pod
    if container:
        d["container"] = container
    app = extra.pop("app", None)
    for k, v in extra.items():
        if v is not None:
            d[k] = v
    if app and mode in (1, 3):
        d["app"] = app
    if app and mode == 3 and "job" not in d:
        d["job"] = f"{ns}/{app}"
    if mode == 2 and container:
        d["stream"] = "stderr" if zlib.crc32(container.encode()) % 3 == 0 else "stdout"
    return d


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------

class B:
    def __init__(self, r, start, tz=UTC, digits=3, z=True):
        self.z = z
        self.r = r
        self.start = start
        self.tz = tz
        self.digits = digits
        self.items = []

    def at(self, sec):
        return self.start + timedelta(seconds=sec)

    def add(self, t, labels, line, ev=False):
        if isinstance(t, (int, float)):
            t = self.at(t)
        self.items.append((t, len(self.items), dict(labels), line, ev))
        return t

    def every(self, a, b, step_lo, step_hi):
        """Times from a to b (seconds) with random steps."""
        out = []
        s = a + self.r.uniform(0, step_lo)
        while s < b:
            out.append(self.at(s))
            s += self.r.uniform(step_lo, step_hi)
        return out

    def logs(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, _, labels, line, ev) in enumerate(items):
            logs.append({"ts": rfc(t, self.tz, self.digits, self.z), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        return logs, evidence


# --------------------------------------------------------------------------
# Kubernetes events, the way event exporters ship them to Loki
# --------------------------------------------------------------------------

class Events:
    """style 'alloy': logfmt of the Grafana Agent/Alloy eventhandler;
    style 'exporter': JSON of kubernetes-event-exporter (Loki sink)."""

    def __init__(self, b, style, cluster=None):
        self.b = b
        self.style = style
        self.cluster = cluster
        self.seen = {}

    def __call__(self, t, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host="",
                 count=None, ev=False, field_path=None, api=None):
        r = self.b.r
        if isinstance(t, (int, float)):
            t = self.b.at(t)
        key = (kind, name, reason, msg)
        if count is None:
            self.seen[key] = self.seen.get(key, 0) + 1
            count = self.seen[key]
        api = api or {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1", "Service": "v1",
                      "Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1",
                      "DaemonSet": "apps/v1", "Job": "batch/v1", "CronJob": "batch/v1",
                      "HorizontalPodAutoscaler": "autoscaling/v2"}.get(kind, "v1")
        evname = f"{name}.{hexs(r, 16)}"
        if self.style == "alloy":
            line = lf(("name", evname), ("kind", kind), ("action", ""), ("objectAPIversion", api),
                      ("objectRV", str(r.randint(1000000, 99999999))), ("eventRV", str(r.randint(1000000, 99999999))),
                      ("reportinginstance", host if comp == "kubelet" else ""), ("reportingcontroller", comp),
                      ("sourcecomponent", comp), ("sourcehost", host), ("reason", reason), ("type", typ),
                      ("count", count), ("msg", msg))
            labels = {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}
            if self.cluster:
                labels["cluster"] = self.cluster
        else:
            first = t - timedelta(seconds=0 if count == 1 else r.randint(30, 600))
            obj = {"metadata": {"name": evname, "namespace": ns, "creationTimestamp": iso(first, 0)},
                   "reason": reason, "message": msg,
                   "source": {"component": comp} if not host else {"component": comp, "host": host},
                   "firstTimestamp": iso(first, 0), "lastTimestamp": iso(t, 0), "count": count, "type": typ,
                   "reportingComponent": comp, "reportingInstance": host,
                   "involvedObject": {"kind": kind, "namespace": ns, "name": name, "apiVersion": api}}
            if field_path:
                obj["involvedObject"]["fieldPath"] = field_path
            line = js(obj)
            labels = {"namespace": ns, "app": "event-exporter", "job": "kube-events"}
            if self.cluster:
                labels["cluster"] = self.cluster
        return self.b.add(t, labels, line, ev)


# --------------------------------------------------------------------------
# a few reusable line makers
# --------------------------------------------------------------------------

UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def kube_probe(v="1.29"):
    return f"kube-probe/{v}"


def clf(t, client, method, path, status, size, ua, ref="-", user="-", tz=UTC):
    """Common/combined log format (gunicorn, nginx, php built-in)."""
    lt = t.astimezone(tz)
    off = lt.strftime("%z")
    return f'{client} - {user} [{lt:%d/%b/%Y:%H:%M:%S} {off}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'


# ==========================================================================
# scenario registry
# ==========================================================================

SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


def rec(b, question, selector, severity, category, component, root_cause, summary, action):
    exp = {"severity": severity, "root_cause_category": category, "component": component,
           "root_cause": root_cause, "summary": summary, "action": action}
    if category == "none":
        # no failing component in a healthy window: leave the field out
        del exp["component"]
    return {"b": b, "question": question, "selector": selector, "expected": exp}


def sel(ns=None, pod=None, container=None, node=None, app=None):
    """Selector = the namespace the question is about.  Pod/app/node are kept
    out on purpose: Kubernetes events and node journals carry neither pod nor
    app labels, so a narrower selector would hide part of the evidence."""
    if ns is None:
        return None
    return {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}


# ==========================================================================
# none: healthy windows full of red herrings
# ==========================================================================

def caddy_access(t, r, client, method, host, uri, status, size, dur, ua, proto="HTTP/2.0", logger="http.log.access.log0"):
    level = "info" if status < 400 else "error"
    return js({"level": level, "ts": round(epoch(t), 7), "logger": logger, "msg": "handled request",
               "request": {"remote_ip": client, "remote_port": str(port(r)), "client_ip": client, "proto": proto,
                           "method": method, "host": host, "uri": uri, "headers": {"User-Agent": [ua]}},
               "bytes_read": 0 if method == "GET" else r.randint(80, 900), "user_id": "", "duration": dur,
               "size": size, "status": status})


def fpm_child_said(t, child, inner, tz=UTC):
    lt = t.astimezone(tz)
    return f'[{lt:%d-%b-%Y %H:%M:%S}] WARNING: [pool www] child {child} said into stderr: "{inner}"'


def fpm_ts(t, tz=UTC):
    lt = t.astimezone(tz)
    return f"[{lt:%d-%b-%Y %H:%M:%S}]"


def laravel(t, level, msg, ctx="", env="production", tz=UTC):
    lt = t.astimezone(tz)
    c = f" {ctx}" if ctx else ""
    return f"[{lt:%Y-%m-%d %H:%M:%S}] {env}.{level}: {msg}{c}"


@scenario
def none_caddy_scanners(r):
    b = B(r, datetime(2026, 3, 14, 9, 10, 2, 118000, tzinfo=UTC))
    ns = "storefront"
    caddy = dpod(r, "caddy")
    web = dpod(r, "shop-web")
    Lc = L(ns, caddy, "caddy", app="caddy")
    Lf = L(ns, web, "php-fpm", app="shop-web")
    host = "shop.example.com"
    customers = [pub_ip(r) for _ in range(6)]
    pages = [("GET", "/", 200, 18342), ("GET", "/products/linen-shirt-sand", 200, 24518),
             ("GET", "/build/assets/app-4f1c2a9e.js", 200, 118211), ("GET", "/build/assets/app-9b3e71d0.css", 200, 40127),
             ("GET", "/cart", 200, 9921), ("POST", "/cart/items", 302, 0), ("GET", "/category/outerwear?page=2", 200, 21877),
             ("GET", "/search?q=wool+socks", 200, 15402), ("GET", "/api/cart/count", 200, 14),
             ("GET", "/img/products/linen-shirt-sand-800w.webp", 200, 61380)]
    for t in b.every(0, 290, 4, 11):
        m, u, st, sz = r.choice(pages)
        b.add(t, Lc, caddy_access(t, r, r.choice(customers), m, host, u, st, sz, jit(r, 0.004, 0.19), r.choice(UA_BROWSER)))
    scanner = pub_ip(r)
    zgrab = "Mozilla/5.0 zgrab/0.x"
    probes = ["/.env", "/wp-login.php", "/.git/config", "/xmlrpc.php",
              "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/phpmyadmin/index.php",
              "/actuator/env", "/.aws/credentials", "/cgi-bin/luci/;stok=/locale"]
    s = 61.0
    for u in probes:
        s += r.uniform(0.2, 1.4)
        t = b.at(s)
        b.add(t, Lc, caddy_access(t, r, scanner, "GET", host, u, 404, 0, jit(r, 0.0008, 0.004), zgrab, proto="HTTP/1.1"))
    nuclei = pub_ip(r)
    for i, u in enumerate(["/api/v1/users", "/server-status", "/.DS_Store"]):
        t = b.at(170 + i * 0.7)
        b.add(t, Lc, caddy_access(t, r, nuclei, "GET", host, u, 404, 0, jit(r, 0.001, 0.003),
                                  "Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))", proto="HTTP/1.1"))
    c = customers[1]
    t = b.at(95.2)
    b.add(t, Lc, caddy_access(t, r, c, "POST", host, "/cart/items", 419, 6613, 0.021, UA_BROWSER[1]))
    t = b.at(130.8)
    b.add(t, Lc, caddy_access(t, r, customers[2], "POST", host, "/checkout/address", 422, 412, 0.037, UA_BROWSER[0]))
    t = b.at(131.9)
    b.add(t, Lc, caddy_access(t, r, customers[2], "GET", host, "/api/account", 401, 39, 0.009, UA_BROWSER[0]))
    t = b.at(201.4)
    b.add(t, Lc, js({"level": "error", "ts": round(epoch(t), 7), "logger": "http.handlers.reverse_proxy",
                     "msg": "aborting with incomplete response", "upstream": "shop-web.storefront.svc.cluster.local:9000",
                     "duration": 0.912, "request": {"remote_ip": customers[4], "remote_port": str(port(r)),
                                                    "client_ip": customers[4], "proto": "HTTP/2.0", "method": "GET",
                                                    "host": host, "uri": "/category/outerwear?page=3"},
                     "error": "writing: http2: stream closed"}))
    # php-fpm recycling children after pm.max_requests + Laravel lines through catch_workers_output
    for s, (old, new, age) in [(44.3, (r.randint(30, 90), r.randint(300, 400), jit(r, 3500, 4200))),
                              (233.9, (r.randint(30, 90), r.randint(400, 480), jit(r, 3500, 4200)))]:
        t = b.at(s)
        b.add(t, Lf, f"{fpm_ts(t)} NOTICE: [pool www] child {old} exited with code 0 after {age:.6f} seconds from start")
        t = b.at(s + 0.004)
        b.add(t, Lf, f"{fpm_ts(t)} NOTICE: [pool www] child {new} started")
    kid = r.randint(120, 299)
    t = b.at(30.5)
    b.add(t, Lf, fpm_child_said(t, kid, laravel(t, "WARNING", "Creation of dynamic property App\\Support\\Cart::$couponCode is deprecated in /var/www/html/app/Support/Cart.php on line 88")))
    t = b.at(188.1)
    b.add(t, Lf, fpm_child_said(t, kid, laravel(t, "WARNING", "Creation of dynamic property App\\Support\\Cart::$couponCode is deprecated in /var/www/html/app/Support/Cart.php on line 88")))
    for s in (52.7, 147.3, 262.0):
        t = b.at(s)
        oid = r.randint(180000, 189999)
        b.add(t, Lf, fpm_child_said(t, r.randint(120, 299), laravel(t, "INFO", "Order placed", js({"order_id": oid, "items": r.randint(1, 5), "total_cents": r.randint(1900, 24900), "payment": "stripe"}))))
    t = b.at(96.0)
    b.add(t, Lf, fpm_child_said(t, kid, laravel(t, "INFO", "Cache miss", js({"key": "catalog:category:outerwear:page:2", "rebuilt_ms": 143}))))
    t = b.at(131.0)
    b.add(t, Lf, fpm_child_said(t, kid, laravel(t, "INFO", "Address validation failed", js({"fields": ["postcode"], "country": "DE"}))))
    t = b.at(140.0)
    b.add(t, Lc, js({"level": "info", "ts": round(epoch(t), 7), "logger": "tls.cache.maintenance",
                     "msg": "certificate expires soon; queuing for renewal", "identifiers": [host], "remaining": 2591412.8}))
    t = b.at(140.02)
    b.add(t, Lc, js({"level": "info", "ts": round(epoch(t), 7), "logger": "tls.renew", "msg": "acquiring lock", "identifier": host}))
    t = b.at(143.8)
    b.add(t, Lc, js({"level": "info", "ts": round(epoch(t), 7), "logger": "tls.renew", "msg": "certificate renewed successfully", "identifier": host}))
    t = b.at(143.81)
    b.add(t, Lc, js({"level": "info", "ts": round(epoch(t), 7), "logger": "tls.renew", "msg": "releasing lock", "identifier": host}))
    t = b.at(143.9)
    b.add(t, Lc, js({"level": "info", "ts": round(epoch(t), 7), "logger": "tls", "msg": "reloading managed certificate", "identifiers": [host]}))
    return rec(b, "Caddy is logging a lot of errors on the storefront; is something broken?", sel(ns),
               "INFO", "none", "",
               "No incident: the 'error'-level Caddy entries are 404s from vulnerability scanners and ordinary client 4xx (419 CSRF expiry, 422 validation, 401).",
               "Storefront traffic is served normally. Caddy logs 4xx at error level, so scanner probes for /.env and /wp-login.php look alarming but are harmless 404s; PHP-FPM children are recycled by pm.max_requests and the certificate renewal succeeded.",
               "Nothing to do. Optionally lower the access-log level for 404s or block the scanner IPs at the edge.")


@scenario
def none_rolling_update(r):
    b = B(r, datetime(2026, 2, 9, 14, 31, 5, 402000, tzinfo=UTC))
    ns = "payments"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [dpod(r, "ledger", old_rs) for _ in range(3)]
    news = [dpod(r, "ledger", new_rs) for _ in range(3)]
    nodes = [f"ip-10-20-{r.randint(1, 9)}-{r.randint(10, 250)}.eu-west-1.compute.internal" for _ in range(3)]
    img = "registry.example.com/payments/ledger:2.14.1"

    def mn(t, thread, lvl, logger, msg):
        return f"{t.astimezone(UTC):%H:%M:%S}.{t.microsecond // 1000:03d} [{thread}] {lvl:<5} {logger} - {msg}"

    accounts = [f"ACC-{r.randint(100000, 999999)}" for _ in range(5)]
    # steady traffic on the old pods until they are stopped
    stop_at = {}
    for i in range(3):
        stop_at[olds[i]] = 40 + i * 55 + 20
    for p in olds:
        for t in b.every(0, stop_at[p] - 2, 13, 27):
            b.add(t, L(ns, p, "ledger", app="ledger"),
                  mn(t, f"default-nioEventLoopGroup-1-{r.randint(1, 8)}", "INFO", "c.e.ledger.api.EntryController",
                     f"posted entry id={uuid4(r)} account={r.choice(accounts)} amount={r.randint(100, 90000) / 100:.2f} EUR"))
    for i in range(3):
        base = i * 55.0
        newp, oldp, node = news[i], olds[i], nodes[i]
        pip = ip(r)
        ev(base + 0.0, ns, "Deployment", "ledger", "ScalingReplicaSet",
           f"Scaled up replica set ledger-{new_rs} to {i + 1} from {i}", comp="deployment-controller")
        ev(base + 0.1, ns, "ReplicaSet", f"ledger-{new_rs}", "SuccessfulCreate", f"Created pod: {newp}", comp="replicaset-controller")
        ev(base + 0.2, ns, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {node}", comp="default-scheduler")
        if i == 0:
            ev(base + 1.1, ns, "Pod", newp, "Pulling", f'Pulling image "{img}"', host=node)
            ev(base + 4.4, ns, "Pod", newp, "Pulled", f'Successfully pulled image "{img}" in 3.214s (3.214s including waiting). Image size: 187263114 bytes.', host=node)
        else:
            ev(base + 1.0, ns, "Pod", newp, "Pulled", f'Container image "{img}" already present on machine', host=node)
        ev(base + 4.6, ns, "Pod", newp, "Created", "Created container ledger", host=node)
        ev(base + 4.8, ns, "Pod", newp, "Started", "Started container ledger", host=node)
        Ln = L(ns, newp, "ledger", app="ledger")
        s = base + 6.0
        b.add(b.at(s), Ln, mn(b.at(s), "main", "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
        b.add(b.at(s + 0.4), Ln, mn(b.at(s + 0.4), "main", "INFO", "com.zaxxer.hikari.pool.HikariPool",
                                     f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{hexs(r, 8)}"))
        b.add(b.at(s + 0.41), Ln, mn(b.at(s + 0.41), "main", "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
        if i == 0:
            b.add(b.at(s + 0.9), Ln, mn(b.at(s + 0.9), "main", "INFO", "o.f.c.i.d.base.BaseDatabaseType",
                                         "Database: jdbc:postgresql://ledger-db-rw.payments.svc:5432/ledger (PostgreSQL 15.6)"))
            b.add(b.at(s + 1.3), Ln, mn(b.at(s + 1.3), "main", "INFO", "o.f.core.internal.command.DbValidate",
                                         "Successfully validated 42 migrations (execution time 00:00.087s)"))
            b.add(b.at(s + 1.4), Ln, mn(b.at(s + 1.4), "main", "INFO", "o.f.core.internal.command.DbMigrate",
                                         'Current version of schema "public": 42'))
            b.add(b.at(s + 1.41), Ln, mn(b.at(s + 1.41), "main", "INFO", "o.f.core.internal.command.DbMigrate",
                                          'Schema "public" is up to date. No migration necessary.'))
            ev(base + 10.9, ns, "Pod", newp, "Unhealthy",
               f'Startup probe failed: Get "http://{pip}:8080/health/liveness": dial tcp {pip}:8080: connect: connection refused',
               typ="Warning", host=node)
        started = r.randint(6900, 8400)
        b.add(b.at(base + 12.6), Ln, mn(b.at(base + 12.6), "main", "INFO", "io.micronaut.runtime.Micronaut",
                                         f"Startup completed in {started}ms. Server Running: http://{newp}:8080"))
        for t in b.every(base + 14, 175, 16, 32):
            b.add(t, Ln, mn(t, f"default-nioEventLoopGroup-1-{r.randint(1, 8)}", "INFO", "c.e.ledger.api.EntryController",
                            f"posted entry id={uuid4(r)} account={r.choice(accounts)} amount={r.randint(100, 90000) / 100:.2f} EUR"))
        k = base + 20.0
        ev(k, ns, "Deployment", "ledger", "ScalingReplicaSet",
           f"Scaled down replica set ledger-{old_rs} to {2 - i} from {3 - i}", comp="deployment-controller")
        ev(k + 0.1, ns, "ReplicaSet", f"ledger-{old_rs}", "SuccessfulDelete", f"Deleted pod: {oldp}", comp="replicaset-controller")
        ev(k + 0.2, ns, "Pod", oldp, "Killing", "Stopping container ledger", host=nodes[(i + 1) % 3])
        Lo = L(ns, oldp, "ledger", app="ledger")
        b.add(b.at(k + 0.5), Lo, mn(b.at(k + 0.5), "shutdown-hook-0", "INFO", "io.micronaut.runtime.Micronaut", "Embedded Application shutting down"))
        b.add(b.at(k + 0.6), Lo, mn(b.at(k + 0.6), "shutdown-hook-0", "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
        b.add(b.at(k + 0.7), Lo, mn(b.at(k + 0.7), "shutdown-hook-0", "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    return rec(b, "Did the ledger 2.14.1 rollout go through cleanly?", sel(ns, app="ledger"),
               "INFO", "none", "",
               "No incident: a normal rolling update of the ledger Deployment to 2.14.1.",
               "Three new ledger pods started (Flyway found nothing to migrate) and replaced the old ReplicaSet one by one; the single startup-probe 'connection refused' came before Micronaut finished starting and the probe passed afterwards.",
               "Nothing to do.")


@scenario
def none_hpa_cronjob(r):
    b = B(r, datetime(2026, 5, 4, 1, 59, 31, 77000, tzinfo=UTC), z=False, digits=6)
    ev = Events(b, "exporter", cluster="prod-us-2")
    nsO, nsF, nsA = "orders", "finance", "airflow"
    rsh = rs_hash(r)
    api_pods = [dpod(r, "orders-api", rsh) for _ in range(7)]
    nodes = [f"gke-prod-us-2-pool-b-{hexs(r, 8)}-{rs(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}" for _ in range(4)]

    def zap(t, lvl, caller, msg, **kw):
        d = {"level": lvl, "ts": round(epoch(t), 6), "caller": caller, "msg": msg}
        d.update(kw)
        return js(d)

    paths = [("POST", "/v1/orders", 201), ("GET", "/v1/orders/{id}", 200), ("GET", "/v1/orders?customer={id}", 200),
             ("PATCH", "/v1/orders/{id}/status", 200), ("GET", "/v1/orders/{id}", 404)]
    for t in b.every(0, 300, 5, 12):
        p = r.choice(api_pods[:5] if t < b.at(40) else api_pods)
        m, u, st = r.choice(paths)
        b.add(t, L(nsO, p, "orders-api", app="orders-api"),
              zap(t, "info", "httpx/middleware.go:74", "request", method=m, route=u, status=st,
                  duration_ms=round(r.uniform(3, 60), 1), request_id=hexs(r, 16)))
    ev(8, nsO, "HorizontalPodAutoscaler", "orders-api", "SuccessfulRescale",
       "New size: 7; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    ev(8.1, nsO, "Deployment", "orders-api", "ScalingReplicaSet", f"Scaled up replica set orders-api-{rsh} to 7 from 5", comp="deployment-controller")
    for j, p in enumerate(api_pods[5:]):
        ev(8.3 + j * 0.1, nsO, "Pod", p, "Scheduled", f"Successfully assigned {nsO}/{p} to {nodes[j + 1]}", comp="default-scheduler")
        ev(9.5 + j * 0.2, nsO, "Pod", p, "Pulled", 'Container image "us-docker.pkg.dev/acme-prod/apps/orders-api:1.38.0" already present on machine', host=nodes[j + 1])
        ev(9.7 + j * 0.2, nsO, "Pod", p, "Started", "Started container orders-api", host=nodes[j + 1])
        t = b.at(10.4 + j * 0.3)
        b.add(t, L(nsO, p, "orders-api", app="orders-api"), zap(t, "info", "cmd/orders-api/main.go:61", "listening", addr=":8080", version="1.38.0"))
    ev(24, nsO, "HorizontalPodAutoscaler", "orders-api", "FailedGetResourceMetric",
       "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API",
       typ="Warning", comp="horizontal-pod-autoscaler")
    ev(24.01, nsO, "HorizontalPodAutoscaler", "orders-api", "FailedComputeMetricsReplicas",
       "invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API",
       typ="Warning", comp="horizontal-pod-autoscaler")
    # CronJob invoice-export
    job = f"invoice-export-{r.randint(29560000, 29569999)}"
    jpod = f"{job}-{rs(r, 5)}"
    ev(29.0, nsF, "CronJob", "invoice-export", "SuccessfulCreate", f"Created job {job}", comp="cronjob-controller")
    ev(29.1, nsF, "Job", job, "SuccessfulCreate", f"Created pod: {jpod}", comp="job-controller")
    Lj = L(nsF, jpod, "invoice-export", job=f"{nsF}/invoice-export")
    for s, lvl, msg in [(33.2, "INFO", "invoice_export: exporting invoices issued on 2026-05-03"),
                        (34.0, "WARNING", "py.warnings: /usr/local/lib/python3.12/site-packages/botocore/auth.py:419: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC)."),
                        (41.7, "INFO", "invoice_export: fetched 1843 invoices (0 skipped, 0 errors)"),
                        (43.9, "INFO", "invoice_export: uploaded s3://acme-finance-exports/invoices/2026-05-03.csv.gz (212.4 KiB)"),
                        (44.0, "INFO", "invoice_export: done in 10.8s")]:
        t = b.at(s)
        b.add(t, Lj, f"{d_space(t)} {lvl} {msg}")
    ev(46.2, nsF, "Job", job, "Completed", "Job completed", comp="job-controller")
    ev(46.3, nsF, "CronJob", "invoice-export", "SawCompletedJob", f"Saw completed job: {job}, status: Complete", comp="cronjob-controller")
    ev(46.4, nsF, "CronJob", "invoice-export", "SuccessfulDelete", f"Deleted job invoice-export-{int(job.rsplit('-', 1)[1]) - 4320}", comp="cronjob-controller")
    # Airflow task that fails once and succeeds on retry
    wpod = f"airflow-worker-{r.randint(0, 2)}"
    Lw = L(nsA, wpod, "worker", app="airflow")
    Ls = L(nsA, dpod(r, "airflow-scheduler"), "scheduler", app="airflow")
    run = "scheduled__2026-05-03T02:00:00+00:00"

    def af(t, src, lvl, msg):
        lt = t.astimezone(UTC)
        return f"[{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}+0000] {{{src}}} {lvl} - {msg}"

    seq = [(60.2, Lw, "taskinstance.py:2076", "INFO", "Starting attempt 1 of 3"),
           (60.3, Lw, "taskinstance.py:2097", "INFO", "Executing <Task(PythonOperator): fetch_ecb_rates> on 2026-05-03 02:00:00+00:00"),
           (90.4, Lw, "taskinstance.py:2731", "ERROR", "Task failed with exception"),
           (90.41, Lw, "taskinstance.py:2731", "ERROR", "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
           (90.5, Lw, "taskinstance.py:1206", "INFO", f"Marking task as UP_FOR_RETRY. dag_id=fx_rates_daily, task_id=fetch_ecb_rates, run_id={run}, execution_date=20260503T020000, start_date=20260504T020031, end_date=20260504T020101"),
           (91.0, Ls, "scheduler_job_runner.py:727", "INFO", "Received executor event with state success for task instance TaskInstanceKey(dag_id='fx_rates_daily', task_id='fetch_ecb_rates', run_id='scheduled__2026-05-03T02:00:00+00:00', try_number=1, map_index=-1)"),
           (300.0, Lw, "taskinstance.py:2076", "INFO", "Starting attempt 2 of 3"),
           (302.5, Lw, "http.py:187", "INFO", "fetched 31 reference rates from https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"),
           (303.1, Lw, "taskinstance.py:1206", "INFO", f"Marking task as SUCCESS. dag_id=fx_rates_daily, task_id=fetch_ecb_rates, run_id={run}, execution_date=20260503T020000, start_date=20260504T020431, end_date=20260504T020434"),
           ]
    for s, lab, src, lvl, msg in seq:
        t = b.at(s)
        b.add(t, lab, af(t, src, lvl, msg))
    ev(272.0, nsO, "HorizontalPodAutoscaler", "orders-api", "SuccessfulRescale",
       "New size: 5; reason: All metrics below target", comp="horizontal-pod-autoscaler")
    ev(272.1, nsO, "Deployment", "orders-api", "ScalingReplicaSet", f"Scaled down replica set orders-api-{rsh} to 5 from 7", comp="deployment-controller")
    for p in api_pods[5:]:
        ev(272.3, nsO, "Pod", p, "Killing", "Stopping container orders-api", host=nodes[1])
    return rec(b, "Anything wrong in prod-us-2 around 02:00? I see FailedGetResourceMetric and an Airflow task error.", None,
               "INFO", "none", "",
               "No incident: HPA scaling, a nightly CronJob and an Airflow retry that succeeded.",
               "orders-api scaled 5->7->5 on CPU; the FailedGetResourceMetric warnings are the usual gap before metrics-server has samples for new pods. invoice-export completed, and fetch_ecb_rates failed once on a dropped connection to the ECB and succeeded on attempt 2.",
               "Nothing to do.")


def cass(t, lvl, thread, src, msg):
    return f"{lvl:<5} [{thread}] {d_space(t)} {src} - {msg}"


@scenario
def none_cassandra_gc(r):
    b = B(r, datetime(2026, 6, 2, 14, 2, 40, 310000, tzinfo=UTC))
    ns = "data"
    nodes = [f"worker-{r.randint(10, 40)}" for _ in range(3)]
    Lc = [L(ns, f"cassandra-{i}", "cassandra", node=nodes[i], app="cassandra") for i in range(3)]
    api = [dpod(r, "profile-api") for _ in range(2)]
    La = [L(ns, p, "profile-api", app="profile-api") for p in api]
    for t in b.every(0, 280, 3, 9):
        b.add(t, r.choice(La), lf(time=iso(t), level="info", msg="request", method="GET",
                                   path=r.choice(["/v1/profiles/{id}", "/v1/profiles/{id}/sessions", "/v1/profiles/{id}/events"]),
                                   status=r.choice([200, 200, 200, 200, 404]), dur=f"{r.uniform(1.5, 14):.1f}ms"))
    gcs = [(12.0, 0, 247), (55.4, 1, 312), (101.9, 2, 229), (150.3, 0, 612), (199.6, 1, 284), (241.1, 2, 266)]
    for s, n, ms in gcs:
        t = b.at(s)
        eden = r.randint(1100, 1300) * 1048576
        old = r.randint(2500, 2800) * 1048576
        b.add(t, Lc[n], cass(t, "INFO", "Service Thread", "GCInspector.java:294",
                             f"G1 Young Generation GC in {ms}ms.  G1 Eden Space: {eden} -> 0; G1 Old Gen: {old} -> {old + r.randint(10, 90) * 1048576}; G1 Survivor Space: 50331648 -> 67108864; "))
    t = b.at(33.3)
    b.add(t, Lc[2], cass(t, "INFO", "CompactionExecutor:14", "CompactionTask.java:253",
                         f"Compacted ({uuid4(r)}) 4 sstables to [/var/lib/cassandra/data/profiles/user_events-{hexs(r, 32)}/nb-3412-big,] to level=0.  412.338MiB to 398.102MiB (~96% of original) in 18,412ms.  Read Throughput = 22.393MiB/s, Write Throughput = 21.620MiB/s, Row Throughput = ~214,118/s.  1,204,331 total partitions merged to 1,187,220.  Partition merge counts were {{1:1170109, 2:17111, }}. Time spent writing keys = 17,902ms"))
    t = b.at(72.0)
    b.add(t, Lc[0], cass(t, "INFO", "NativePoolCleaner", "Flushing.java:145",
                         "Writing Memtable-sessions@1409233281(18.274MiB serialized bytes, 61204 ops, 3%/1% of on/off-heap limit), flushed range = (min(-9223372036854775808), max(9223372036854775807)]"))
    t = b.at(80.7)
    b.add(t, Lc[1], cass(t, "WARN", "Native-Transport-Requests-7", "BatchStatement.java:257",
                         "Batch for [profiles.user_events] is of size 5.412KiB, exceeding specified threshold of 5.000KiB by 0.412KiB."))
    t = b.at(121.5)
    b.add(t, Lc[2], cass(t, "WARN", "ReadStage-3", "ReadCommand.java:620",
                         f"Read 512 live rows and 1843 tombstone cells for query SELECT * FROM profiles.sessions WHERE user_id = {uuid4(r)} LIMIT 5000 ALLOW FILTERING; token {r.randint(-9 * 10 ** 18, 9 * 10 ** 18)} (see tombstone_warn_threshold)"))
    t = b.at(150.9)
    b.add(t, Lc[0], cass(t, "INFO", "ScheduledTasks:1", "NoSpamLogger.java:105", "Some operations were slow, details available at debug level (debug.log)"))
    t = b.at(151.2)
    b.add(t, La[0], lf(time=iso(t), level="warn", msg="slow cassandra query", table="profiles.sessions", consistency="LOCAL_QUORUM", took="684ms", threshold="500ms"))
    for s, p in [(60.0, La[0]), (60.2, La[1]), (180.0, La[0]), (180.1, La[1])]:
        t = b.at(s)
        b.add(t, p, lf(time=iso(t), level="info", msg="gocql pool stats", hosts_up=3, hosts_down=0, conns=6,
                       errors=0, timeouts=0, retries=0, speculative=r.choice([0, 0, 1])))
    t = b.at(210.4)
    b.add(t, Lc[1], cass(t, "INFO", "CompactionExecutor:9", "CompactionTask.java:253",
                         f"Compacted ({uuid4(r)}) 2 sstables to [/var/lib/cassandra/data/system/local-{hexs(r, 32)}/nb-118-big,] to level=0.  12.104KiB to 5.911KiB (~48% of original) in 41ms.  Read Throughput = 294.902KiB/s, Write Throughput = 144.018KiB/s, Row Throughput = ~2/s.  2 total partitions merged to 1.  Partition merge counts were {{2:1, }}. Time spent writing keys = 33ms"))
    t = b.at(262.0)
    b.add(t, Lc[2], cass(t, "INFO", "IndexSummaryManager:1", "IndexSummaryRedistribution.java:78", "Redistributing index summaries"))
    return rec(b, "profile-api had a 684ms Cassandra query and Cassandra logs GC pauses. Is the ring unhealthy?",
               sel(ns), "INFO", "none", "",
               "No incident: routine Cassandra GC, compaction and threshold warnings on a healthy 3-node ring.",
               "All three Cassandra nodes are up (driver: 3 up, 0 errors, 0 timeouts). Young-gen pauses of 230-610ms, a batch-size warning, a tombstone warning and one slow-but-successful query are normal background noise.",
               "Nothing urgent; optionally look at the tombstone-heavy sessions query later.")


@scenario
def none_leader_election(r):
    b = B(r, datetime(2026, 6, 12, 3, 13, 58, 902000, tzinfo=UTC), digits=6)
    cps = ["cp-1", "cp-2", "cp-3"]
    ks = "kube-system"
    ev = Events(b, "alloy")
    kcm = {n: L(ks, f"kube-controller-manager-{n}", "kube-controller-manager", node=n) for n in cps}
    sch = {n: L(ks, f"kube-scheduler-{n}", "kube-scheduler", node=n) for n in cps}
    etcd = {n: L(ks, f"etcd-{n}", "etcd", node=n) for n in cps}
    ids = {n: hexs(r, 16) for n in cps}
    # cp-3 is being upgraded: its static pods restart; leadership moves.
    t = b.at(0.5)
    b.add(t, kcm["cp-3"], klog(t, "I", "controllermanager.go:338", '"Requested to terminate, exiting"'))
    t = b.at(2.0)
    b.add(t, etcd["cp-3"], js({"level": "info", "ts": iso(t, 6), "caller": "osutil/interrupt_unix.go:64", "msg": "received signal; shutting down", "signal": "terminated"}))
    t = b.at(2.3)
    b.add(t, etcd["cp-1"], js({"level": "info", "ts": iso(t, 6), "logger": "raft", "caller": "etcdserver/zap_raft.go:77", "msg": f"{ids['cp-1']} is starting a new election at term 14"}))
    t = b.at(2.31)
    b.add(t, etcd["cp-1"], js({"level": "info", "ts": iso(t, 6), "logger": "raft", "caller": "etcdserver/zap_raft.go:77", "msg": f"{ids['cp-1']} became leader at term 15"}))
    t = b.at(2.32)
    b.add(t, etcd["cp-2"], js({"level": "info", "ts": iso(t, 6), "logger": "raft", "caller": "etcdserver/zap_raft.go:77", "msg": f"raft.node: {ids['cp-2']} elected leader {ids['cp-1']} at term 15"}))
    t = b.at(3.4)
    b.add(t, kcm["cp-1"], klog(t, "E", "leaderelection.go:347",
                               'error retrieving resource lock kube-system/kube-controller-manager: Get "https://10.0.0.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": net/http: request canceled (Client.Timeout exceeded while awaiting headers)'))
    t = b.at(9.9)
    b.add(t, kcm["cp-1"], klog(t, "I", "leaderelection.go:260", "successfully acquired lease kube-system/kube-controller-manager"))
    ev(9.95, ks, "Lease", "kube-controller-manager", "LeaderElection", f"cp-1_{uuid4(r)} became leader", comp="kube-controller-manager", api="coordination.k8s.io/v1")
    t = b.at(11.0)
    b.add(t, sch["cp-2"], klog(t, "I", "leaderelection.go:260", "successfully acquired lease kube-system/kube-scheduler"))
    ev(11.05, ks, "Lease", "kube-scheduler", "LeaderElection", f"cp-2_{uuid4(r)} became leader", comp="default-scheduler", api="coordination.k8s.io/v1")
    # cp-3 comes back on v1.30.4
    t = b.at(48.0)
    b.add(t, etcd["cp-3"], js({"level": "info", "ts": iso(t, 6), "caller": "etcdmain/etcd.go:73", "msg": "Running: ", "args": ["etcd", "--advertise-client-urls=https://10.0.0.13:2379", "--name=cp-3"]}))
    t = b.at(49.7)
    b.add(t, etcd["cp-3"], js({"level": "info", "ts": iso(t, 6), "logger": "raft", "caller": "etcdserver/zap_raft.go:77", "msg": f"raft.node: {ids['cp-3']} elected leader {ids['cp-1']} at term 15"}))
    t = b.at(49.9)
    b.add(t, etcd["cp-3"], js({"level": "info", "ts": iso(t, 6), "caller": "etcdserver/server.go:2068", "msg": "published local member to cluster through raft", "local-member-id": ids["cp-3"], "cluster-id": hexs(r, 16)}))
    t = b.at(56.1)
    b.add(t, kcm["cp-3"], klog(t, "I", "serving.go:386", "Generated self-signed cert in-memory"))
    t = b.at(56.8)
    b.add(t, kcm["cp-3"], klog(t, "I", "controllermanager.go:203", '"Starting" version="v1.30.4"'))
    t = b.at(57.0)
    b.add(t, kcm["cp-3"], klog(t, "I", "leaderelection.go:250", "attempting to acquire leader lease kube-system/kube-controller-manager..."))
    t = b.at(57.9)
    b.add(t, sch["cp-3"], klog(t, "I", "leaderelection.go:250", "attempting to acquire leader lease kube-system/kube-scheduler..."))
    # routine etcd noise afterwards
    for s in (70, 131, 190):
        t = b.at(s + r.uniform(0, 5))
        took = r.uniform(101, 180)
        b.add(t, etcd[r.choice(cps)], js({"level": "warn", "ts": iso(t, 6), "caller": "etcdserver/util.go:170",
                                          "msg": "apply request took too long", "took": f"{took:.6f}ms", "expected-duration": "100ms",
                                          "prefix": "read-only range ", "request": f"key:\"/registry/leases/kube-node-lease/worker-{r.randint(10, 40)}\" ",
                                          "response": "range_response_count:1 size:556"}))
    rev = r.randint(80000000, 90000000)
    t = b.at(150.2)
    b.add(t, etcd["cp-1"], js({"level": "info", "ts": iso(t, 6), "caller": "mvcc/index.go:214", "msg": "compact tree index", "revision": rev}))
    t = b.at(150.6)
    b.add(t, etcd["cp-1"], js({"level": "info", "ts": iso(t, 6), "caller": "mvcc/kvstore_compaction.go:68", "msg": "finished scheduled compaction", "compact-revision": rev, "took": "212.481ms", "hash": r.randint(10 ** 9, 4 * 10 ** 9), "current-db-size-bytes": 118456320, "current-db-size": "118 MB", "current-db-size-in-use-bytes": 61829120, "current-db-size-in-use": "62 MB"}))
    # controller-manager routine work
    for t in b.every(15, 280, 12, 30):
        what = r.choice([
            ("range_allocator.go:247", f'"Successfully synced" key="worker-{r.randint(10, 40)}"'),
            ("garbagecollector.go:820", '"all resource monitors have synced"'),
            ("event.go:389", f'"Event occurred" object="batch/nightly-report-{r.randint(29560000, 29569999)}" fieldPath="" kind="Job" apiVersion="batch/v1" type="Normal" reason="Completed" message="Job completed"'),
            ("job_controller.go:566", f'"enqueueing job" key="batch/nightly-report-{r.randint(29560000, 29569999)}"'),
        ])
        b.add(t, kcm["cp-1"], klog(t, "I", what[0], what[1]))
    # Strimzi and Consul chatter in their namespaces
    so = L("kafka", dpod(r, "strimzi-cluster-operator"), "strimzi-cluster-operator", app="strimzi")
    for t in b.every(20, 290, 25, 45):
        n = r.randint(4100, 4199)
        b.add(t, so, f"{t:%Y-%m-%d %H:%M:%S} INFO  AbstractOperator:511 - Reconciliation #{n}(timer) Kafka(kafka/events): reconciled")
    cons = [L("consul", f"consul-server-{i}", "consul", app="consul") for i in range(3)]
    cseq = [(95.0, 2, "[INFO]  agent: Caught: signal=terminated"),
            (95.1, 2, "[INFO]  agent: Gracefully shutting down agent..."),
            (95.3, 2, "[INFO]  agent.server: server starting leave"),
            (96.0, 0, "[INFO]  agent.server.serf.lan: serf: EventMemberLeave: consul-server-2 10.244.12.31"),
            (96.1, 0, "[INFO]  agent.server: Removing LAN server: server=\"consul-server-2 (Addr: tcp/10.244.12.31:8300) (DC: dc1)\""),
            (131.5, 2, "[INFO]  agent.server.raft: initial configuration: index=48211 servers=\"[{Suffrage:Voter ID:... Address:10.244.7.20:8300} {Suffrage:Voter ID:... Address:10.244.3.44:8300} {Suffrage:Voter ID:... Address:10.244.12.31:8300}]\""),
            (131.6, 2, "[INFO]  agent.server.raft: entering follower state: follower=\"Node at 10.244.12.31:8300 [Follower]\" leader-address= leader-id="),
            (132.2, 2, "[INFO]  agent.server.raft: entering follower state: follower=\"Node at 10.244.12.31:8300 [Follower]\" leader-address=10.244.7.20:8300 leader-id=consul-server-0"),
            (132.3, 0, "[INFO]  agent.server.serf.lan: serf: EventMemberJoin: consul-server-2 10.244.12.31"),
            (132.9, 2, "[INFO]  agent: Synced node info")]
    for s, i, msg in cseq:
        t = b.at(s)
        b.add(t, cons[i], f"{iso(t)} {msg}")
    return rec(b, "Lots of leader election messages from the control plane tonight. Should we worry?", sel(ks),
               "INFO", "none", "",
               "No incident: a planned control-plane node upgrade (cp-3) and a rolling restart of a Consul server moved leadership around as designed.",
               "etcd elected a new leader within milliseconds, kube-controller-manager and kube-scheduler handed over their leases, cp-3 came back on v1.30.4 as standby, and consul-server-2 left and rejoined as a follower. The lease-renewal timeout and etcd 'took too long' warnings are transient and harmless.",
               "Nothing to do.")


def gunicorn(t, pid, lvl, msg):
    return f"[{t.astimezone(UTC):%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"


def celery(t, proc, lvl, msg):
    return f"[{d_space(t)}: {lvl}/{proc}] {msg}"


@scenario
def none_django_handled(r):
    b = B(r, datetime(2026, 7, 21, 10, 13, 51, 640000, tzinfo=UTC))
    ns = "crm"
    webs = [dpod(r, "crm-web") for _ in range(2)]
    wk = dpod(r, "crm-worker")
    beat = dpod(r, "crm-beat")
    Lw = [L(ns, p, "web", app="crm") for p in webs]
    Lk = L(ns, wk, "worker", app="crm")
    Lb = L(ns, beat, "beat", app="crm")
    ing = [ip(r) for _ in range(2)]
    pages = [("GET", "/api/contacts/?page={}", 200), ("GET", "/api/contacts/{}/", 200), ("PATCH", "/api/contacts/{}/", 200),
             ("GET", "/api/deals/?stage=open", 200), ("GET", "/api/segments/", 200), ("POST", "/api/notes/", 201)]
    for t in b.every(0, 300, 4, 10):
        m, u, st = r.choice(pages)
        b.add(t, r.choice(Lw), clf(t, r.choice(ing), m, u.format(r.randint(1, 9000)), st, r.randint(300, 14000), "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"))

    def dj(t, lvl, logger, msg):
        return f"{lvl} {d_space(t)} {logger} {msg}"

    t = b.at(14.0)
    b.add(t, Lw[0], clf(t, ing[0], "GET", "/api/contacts/999999/", 404, 23, "python-requests/2.32.3"))
    b.add(b.at(14.001), Lw[0], dj(b.at(14.001), "WARNING", "django.request", "Not Found: /api/contacts/999999/"))
    t = b.at(40.2)
    b.add(t, Lw[1], "/usr/local/lib/python3.12/site-packages/django/conf/__init__.py:241: RemovedInDjango60Warning: The FORMS_URLFIELD_ASSUME_HTTPS transitional setting is deprecated.")
    b.add(b.at(40.201), Lw[1], "  warnings.warn(")
    pid_old, pid_new = r.randint(20, 60), r.randint(61, 120)
    for s, lvl, msg in [(39.0, "INFO", "Autorestarting worker after current request."),
                        (39.4, "INFO", f"Worker exiting (pid: {pid_old})"),
                        (39.6, "INFO", f"Booting worker with pid: {pid_new}")]:
        t = b.at(s)
        b.add(t, Lw[1], gunicorn(t, pid_old if "Booting" not in msg else 1, lvl, msg))
    hook = pub_ip(r)
    s = 77.3
    for i, line in enumerate([
            dj(b.at(s), "WARNING", "crm.webhooks", f"Rejected webhook from {hook}: signature mismatch"),
            "Traceback (most recent call last):",
            '  File "/app/crm/webhooks/views.py", line 48, in receive',
            '    verify_signature(request.body, request.headers["X-HubSpot-Signature-v3"], settings.HUBSPOT_CLIENT_SECRET)',
            '  File "/app/crm/webhooks/signing.py", line 22, in verify_signature',
            '    raise SignatureMismatch("computed digest does not match header")',
            "crm.webhooks.signing.SignatureMismatch: computed digest does not match header",
            dj(b.at(s), "WARNING", "django.request", "Bad Request: /webhooks/hubspot/")]):
        b.add(b.at(s + i * 0.0002), Lw[0], line)
    t = b.at(77.31)
    b.add(t, Lw[0], clf(t, ing[1], "POST", "/webhooks/hubspot/", 400, 31, "HubSpot Connect 2.0 (http://dev.hubspot.com/)"))
    t = b.at(118.0)
    b.add(t, Lw[1], dj(t, "INFO", "crm.segments", "segment cache miss key=segments:v3:tenant:42, rebuilt in 212ms (1843 members)"))
    t = b.at(160.5)
    b.add(t, Lw[0], dj(t, "WARNING", "django.request", "Unauthorized: /api/deals/export/"))
    b.add(b.at(160.501), Lw[0], clf(b.at(160.501), ing[0], "GET", "/api/deals/export/", 401, 58, "curl/8.7.1"))
    # celery: a retry that succeeds
    for k in range(3):
        tid = uuid4(r)
        s = 30 + k * 85
        t = b.at(s)
        b.add(t, Lb, celery(t, "MainProcess", "INFO", "Scheduler: Sending due task sync-contacts-every-5m (crm.tasks.sync_contacts)"))
        b.add(b.at(s + 0.05), Lk, celery(b.at(s + 0.05), "MainProcess", "INFO", f"Task crm.tasks.sync_contacts[{tid}] received"))
        if k == 1:
            b.add(b.at(s + 1.3), Lk, celery(b.at(s + 1.3), "ForkPoolWorker-3", "INFO",
                                            f"Task crm.tasks.sync_contacts[{tid}] retry: Retry in 10s: HTTPError('503 Server Error: Service Unavailable for url: https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert')"))
            b.add(b.at(s + 11.4), Lk, celery(b.at(s + 11.4), "MainProcess", "INFO", f"Task crm.tasks.sync_contacts[{tid}] received"))
            b.add(b.at(s + 12.3), Lk, celery(b.at(s + 12.3), "ForkPoolWorker-1", "INFO", f"Task crm.tasks.sync_contacts[{tid}] succeeded in 0.8421s: {{'upserted': 57, 'failed': 0}}"))
        else:
            b.add(b.at(s + 0.9), Lk, celery(b.at(s + 0.9), f"ForkPoolWorker-{r.randint(1, 4)}", "INFO",
                                            f"Task crm.tasks.sync_contacts[{tid}] succeeded in {r.uniform(0.4, 1.2):.4f}s: {{'upserted': {r.randint(5, 80)}, 'failed': 0}}"))
    return rec(b, "There are tracebacks and a Celery retry in the crm logs. Is the CRM broken?", sel(ns),
               "INFO", "none", "",
               "No incident: the traceback is a handled webhook signature rejection (400), and the Celery retry after a HubSpot 503 succeeded.",
               "crm-web serves requests normally; the 404/401/400 responses are client errors, gunicorn recycled a worker after max_requests, a Django deprecation warning was printed at boot, and sync_contacts succeeded on its retry.",
               "Nothing to do.")


def ztunnel(t, lvl, target, msg, **kw):
    parts = "\t".join([iso(t, 6), lvl, target, msg])
    if kw:
        parts += "\t" + " ".join(f"{k.replace('__', '.')}={v}" for k, v in kw.items())
    return parts


@scenario
def none_mesh_retries(r):
    b = B(r, datetime(2026, 8, 3, 16, 19, 44, 51000, tzinfo=UTC))
    ns = "shop"
    ev = Events(b, "exporter")
    node = [f"aks-system-{r.randint(10000000, 99999999)}-vmss00000{i}" for i in range(3)]
    zt = [L("istio-system", dspod(r, "ztunnel"), "istio-proxy", node=node[i], app="ztunnel") for i in range(3)]
    ck = dpod(r, "checkout")
    Lck = L(ns, ck, "checkout", app="checkout")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    q_old = [dpod(r, "quote", old_rs) for _ in range(2)]
    q_new = [dpod(r, "quote", new_rs) for _ in range(2)]
    qips = {p: ip(r) for p in q_old + q_new}
    ckip = ip(r)

    def slog(t, lvl, msg, **kw):
        d = {"time": rfc(t, UTC, 9), "level": lvl, "msg": msg}
        d.update(kw)
        return js(d)

    def conn(t, dst, ok=True, err=None):
        kw = dict(src__addr=f"{ckip}:{port(r)}", src__workload=f'"{ck}"', src__namespace='"shop"',
                  src__identity='"spiffe://cluster.local/ns/shop/sa/checkout"', dst__addr=f"{qips[dst]}:15008",
                  dst__hbone_addr=f"{qips[dst]}:9090", dst__service='"quote.shop.svc.cluster.local"', dst__workload=f'"{dst}"',
                  dst__namespace='"shop"', dst__identity='"spiffe://cluster.local/ns/shop/sa/quote"', direction='"outbound"',
                  bytes_sent=r.randint(400, 6000), bytes_recv=r.randint(800, 22000), duration=f'"{r.randint(40, 90000)}ms"')
        if err:
            kw["error"] = f'"{err}"'
        return ztunnel(t, "info" if ok else "error", "access", "connection complete", **kw)

    live = list(q_old)
    for t in b.every(0, 240, 5, 11):
        oid = f"ord_{rs(r, 12, B62)}"
        b.add(t, Lck, slog(t, "INFO", "quote ok", order=oid, items=r.randint(1, 6), latency_ms=r.randint(4, 38), attempt=1))
    for t in b.every(0, 240, 18, 40):
        s = (t - b.start).total_seconds()
        pool = q_old if s < 70 else (q_old[1:] + q_new[:1] if s < 140 else q_new)
        b.add(t, zt[0], conn(t, r.choice(pool)))
    # rolling update of quote
    for i in range(2):
        base = 60 + i * 70
        ev(base, ns, "Deployment", "quote", "ScalingReplicaSet", f"Scaled up replica set quote-{new_rs} to {i + 1} from {i}", comp="deployment-controller")
        ev(base + 0.3, ns, "Pod", q_new[i], "Scheduled", f"Successfully assigned shop/{q_new[i]} to {node[i + 1]}", comp="default-scheduler")
        t = b.at(base + 1.2)
        b.add(t, zt[i + 1], ztunnel(t, "info", "inpod::statemanager", f'pod WorkloadUid("{uuid4(r)}") received netns, starting proxy'))
        t = b.at(base + 1.25)
        b.add(t, zt[i + 1], ztunnel(t, "info", "proxy::inbound", "listener established", address="[::]:15008", component='"inbound"', transparent="true"))
        ev(base + 2.0, ns, "Pod", q_new[i], "Started", "Started container quote", host=node[i + 1])
        ev(base + 8.0, ns, "Deployment", "quote", "ScalingReplicaSet", f"Scaled down replica set quote-{old_rs} to {1 - i} from {2 - i}", comp="deployment-controller")
        ev(base + 8.2, ns, "Pod", q_old[i], "Killing", "Stopping container quote", host=node[i + 1])
        t = b.at(base + 8.4)
        b.add(t, Lck, f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} INFO: [transport] [client-transport 0xc000{hexs(r, 6)}] Closing: received goaway and there are no active streams")
        t = b.at(base + 8.41)
        b.add(t, Lck, f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} INFO: [core] [Channel #3 SubChannel #{7 + i * 2}]Subchannel Connectivity change to IDLE")
        t = b.at(base + 8.9)
        b.add(t, zt[0], conn(t, q_old[i], ok=False, err="connection closed due to connection drain"))
        t = b.at(base + 9.0)
        oid = f"ord_{rs(r, 12, B62)}"
        b.add(t, Lck, slog(t, "WARN", "quote call failed, retrying", order=oid, attempt=1,
                           err="rpc error: code = Unavailable desc = error reading from server: EOF"))
        t = b.at(base + 9.06)
        b.add(t, Lck, slog(t, "INFO", "quote ok", order=oid, items=r.randint(1, 6), latency_ms=r.randint(50, 90), attempt=2))
        t = b.at(base + 9.2)
        b.add(t, Lck, f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} INFO: [core] [Channel #3 SubChannel #{8 + i * 2}]Subchannel Connectivity change to READY")
        t = b.at(base + 12.0)
        b.add(t, zt[i + 1], ztunnel(t, "info", "inpod::statemanager", "pod delete request, shutting down proxy", uid=f'WorkloadUid("{uuid4(r)}")'))
    for s in (30, 150, 215):
        t = b.at(s)
        b.add(t, zt[r.randint(0, 2)], ztunnel(t, "info", "xds::client:xds{id=" + str(r.randint(2, 9)) + "}", "received response",
                                              type_url='"type.googleapis.com/istio.workload.Address"', size=r.randint(1, 4), removes=r.randint(0, 2)))
    return rec(b, "checkout logged 'Unavailable ... EOF' and ztunnel shows errors while quote was deployed. Did users see failures?",
               sel(ns, app="checkout"), "INFO", "none", "",
               "No incident: a rolling update of quote under Istio ambient; connections to terminating pods were drained and the single failed call succeeded on retry.",
               "Each time an old quote pod stopped, its gRPC connection received GOAWAY, ztunnel logged the drained connection, and checkout's retry (attempt 2) succeeded. All other quote calls completed normally.",
               "Nothing to do.")


@scenario
def none_cache_slowquery(r):
    b = B(r, datetime(2026, 9, 8, 11, 1, 15, 210000, tzinfo=CEST), tz=CEST)
    ns = "catalog"
    pods = [dpod(r, "catalog-api") for _ in range(3)]
    La = [L(ns, p, "catalog-api", app="catalog-api") for p in pods]
    Lpg = L(ns, "catalog-pg-1", "postgres", app="catalog-pg")
    ids = [r.randint(1000, 99999) for _ in range(12)]
    reqid = [r.randint(1000, 5000)]

    def pino(t, pod, lvl, msg, **kw):
        d = {"level": lvl, "time": epoch_ms(t), "pid": 1, "hostname": pod}
        d.update(kw)
        d["msg"] = msg
        return js(d)

    def pg(t, pid, lvl, msg):
        return f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] {lvl}:  {msg}"

    for t in b.every(0, 300, 5, 12):
        i = r.randint(0, 1)
        reqid[0] += 1
        pid = r.choice(ids)
        url = r.choice([f"/products/{pid}", f"/products/{pid}/related", "/products?category=garden&page=1", f"/products/{pid}/reviews"])
        st = r.choice([200] * 9 + [404])
        b.add(t, La[i], pino(t, pods[i], 30, "request completed", req={"id": reqid[0], "method": "GET", "url": url},
                             res={"statusCode": st}, responseTime=r.randint(3, 45)))
    for t in b.every(10, 300, 20, 45):
        i = r.randint(0, 1)
        b.add(t, La[i], pino(t, pods[i], 30, f"cache miss product:{r.choice(ids)}, loading from db", context="ProductsService"))
    for s in (60.0, 180.0, 299.0):
        for i in range(2):
            t = b.at(s + i * 0.3)
            b.add(t, La[i], pino(t, pods[i], 30, "cache stats", context="CacheService", hits=r.randint(1500, 2500), misses=r.randint(100, 300), errors=0, evictions=0))
    # third pod started by HPA during the window
    s = 95.0
    p3 = pods[2]
    for dt, line in [(0.0, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead."),
                     (0.001, "(Use `node --trace-deprecation ...` to show where the warning was created)")]:
        b.add(b.at(s + dt), La[2], line)
    for dt, ctx, msg in [(0.4, "NestFactory", "Starting Nest application..."), (0.5, "InstanceLoader", "AppModule dependencies initialized"),
                         (0.6, "InstanceLoader", "TypeOrmModule dependencies initialized"), (1.1, "RoutesResolver", "ProductsController {/products}:"),
                         (1.4, "NestApplication", "Nest application successfully started")]:
        b.add(b.at(s + dt), La[2], pino(b.at(s + dt), p3, 30, msg, context=ctx))
    for t in b.every(s + 3, 300, 10, 20):
        reqid[0] += 1
        b.add(t, La[2], pino(t, p3, 30, "request completed", req={"id": reqid[0], "method": "GET", "url": f"/products/{r.choice(ids)}"},
                             res={"statusCode": 200}, responseTime=r.randint(3, 30)))
    # postgres
    t = b.at(20.0)
    b.add(t, Lpg, pg(t, 31, "LOG", "checkpoint starting: time"))
    t = b.at(289.9)
    b.add(t, Lpg, pg(t, 31, "LOG", "checkpoint complete: wrote 2113 buffers (12.9%); 0 WAL file(s) added, 0 removed, 1 recycled; write=269.812 s, sync=0.013 s, total=269.901 s; sync files=48, longest=0.004 s, average=0.001 s; distance=18440 kB, estimate=19211 kB; lsn=3/A1C2D3E8, redo lsn=3/A0F01234"))
    sq = r.randint(20000, 40000)
    t = b.at(141.3)
    b.add(t, Lpg, pg(t, sq, "LOG", "duration: 1843.212 ms  execute <unnamed>: SELECT p.id, p.name, p.price_cents FROM products p WHERE p.search_vector @@ websearch_to_tsquery('simple', $1) ORDER BY ts_rank(p.search_vector, websearch_to_tsquery('simple', $1)) DESC LIMIT 50"))
    b.add(b.at(141.301), Lpg, pg(b.at(141.301), sq, "DETAIL", "parameters: $1 = 'garden hose'"))
    t = b.at(141.35)
    b.add(t, La[1], pino(t, pods[1], 40, "slow query: search products", context="ProductsRepository", durationMs=1844, thresholdMs=1000))
    reqid[0] += 1
    t = b.at(141.36)
    b.add(t, La[1], pino(t, pods[1], 30, "request completed", req={"id": reqid[0], "method": "GET", "url": "/products/search?q=garden+hose"},
                         res={"statusCode": 200}, responseTime=1851))
    t = b.at(203.7)
    b.add(t, Lpg, pg(t, r.randint(20000, 40000), "LOG", "could not receive data from client: Connection reset by peer"))
    t = b.at(233.2)
    b.add(t, Lpg, pg(t, r.randint(40000, 50000), "LOG", 'automatic vacuum of table "catalog.public.product_views": index scans: 1'))
    return rec(b, "Is catalog-api slow or failing? There is a 1.8 s query and a connection reset in Postgres.",
               sel(ns, app="catalog-api"), "INFO", "none", "",
               "No incident: one slow-but-successful full-text search, normal cache misses and routine Postgres maintenance.",
               "catalog-api answers with 3-45 ms latencies and cache error counters at 0; a single search took 1.8 s and still returned 200. The DEP0040 warning belongs to a new pod started by scaling, and the Postgres 'connection reset by peer' is a client that went away.",
               "Nothing to do; optionally add an index or cache for full-text search.")


@scenario
def none_ci(r):
    b = B(r, datetime(2026, 7, 2, 8, 44, 3, 5000, tzinfo=UTC))
    ev = Events(b, "alloy", cluster="ci")
    mgr = dpod(r, "gitlab-runner")
    Lr = L("gitlab-runner", mgr, "gitlab-runner", app="gitlab-runner")
    token = rs(r, 8, B62)
    jobs = []
    jid = r.randint(7700000, 7790000)
    projects = [("platform/billing", 42), ("web/storefront", 17), ("data/etl-jobs", 88), ("platform/ledger", 51)]
    for k in range(6):
        jid += r.randint(3, 40)
        proj = projects[k % 4]
        jobs.append((jid, proj))

    def gl(t, msg, **kw):
        pad = msg.ljust(40)
        return pad + " ".join(f"{k}={v}" for k, v in kw.items())

    s = 2.0
    for k, (j, (repo, pidn)) in enumerate(jobs):
        t = b.at(s)
        b.add(t, Lr, gl(t, "Checking for jobs... received", job=j, repo_url=f"https://gitlab.example.com/{repo}.git", runner=token))
        pod = f"runner-{token.lower()}-project-{pidn}-concurrent-{k % 3}-{rs(r, 8, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
        ev(s + 0.4, "gitlab-runner", "Pod", pod, "Scheduled", f"Successfully assigned gitlab-runner/{pod} to ci-pool-{r.randint(1, 6)}", comp="default-scheduler")
        if k in (0, 3):
            b.add(b.at(s + 1.5), Lr, gl(b.at(s + 1.5), f"WARNING: Waiting for pod gitlab-runner/{pod} to be running, status is Pending", job=j, project=pidn, runner=token))
        ev(s + 3.5, "gitlab-runner", "Pod", pod, "Started", "Started container build", host="")
        dur = r.uniform(40, 200)
        fin = s + dur
        if k == 2:
            b.add(b.at(fin), Lr, gl(b.at(fin), "WARNING: Job failed: command terminated with exit code 1", duration_s=f"{dur:.6f}", job=j, project=pidn, runner=token))
            b.add(b.at(fin + 0.2), Lr, gl(b.at(fin + 0.2), "Submitting job to coordinator...ok", bytesize=r.randint(9000, 60000), code=200, job=j, job_status="failed", runner=token, update_interval="0s"))
        else:
            b.add(b.at(fin), Lr, gl(b.at(fin), "Job succeeded", duration_s=f"{dur:.6f}", job=j, project=pidn, runner=token))
            b.add(b.at(fin + 0.2), Lr, gl(b.at(fin + 0.2), "Submitting job to coordinator...ok", bytesize=r.randint(9000, 60000), code=200, job=j, job_status="success", runner=token, update_interval="0s"))
        s += r.uniform(15, 45)
    # Tekton release pipeline in namespace ci
    ctrl = L("tekton-pipelines", dpod(r, "tekton-pipelines-controller"), "tekton-pipelines-controller", app="tekton-pipelines")
    pr = f"release-ledger-{rs(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    tasks = ["fetch-source", "unit-test", "build-push", "deploy-staging"]
    s = 20.0
    ev(s, "ci", "PipelineRun", pr, "Started", "", comp="PipelineRun", api="tekton.dev/v1")
    for i, tk in enumerate(tasks):
        tr = f"{pr}-{tk}"
        d = {"severity": "info", "timestamp": iso(b.at(s + 0.1), 3), "logger": "tekton-pipelines-controller",
             "caller": "taskrun/taskrun.go:531", "message": f"Successfully reconciled taskrun {tr}/ci with status: &apis.Condition{{Type:\"Succeeded\", Status:\"Unknown\", Severity:\"\", LastTransitionTime:apis.VolatileTime{{Inner:v1.Time{{}}}}, Reason:\"Running\", Message:\"Not all Steps in the Task have finished executing\"}}",
             "commit": "a3f9d21", "knative.dev/controller": "github.com.tektoncd.pipeline.pkg.reconciler.taskrun.Reconciler",
             "knative.dev/kind": "tekton.dev.TaskRun", "knative.dev/traceid": uuid4(r), "knative.dev/key": f"ci/{tr}"}
        b.add(b.at(s + 0.1), ctrl, js(d))
        ev(s + 0.2, "ci", "TaskRun", tr, "Running", "Not all Steps in the Task have finished executing", comp="TaskRun", api="tekton.dev/v1")
        s += r.uniform(25, 55)
        ev(s, "ci", "TaskRun", tr, "Succeeded", "All Steps have completed executing", comp="TaskRun", api="tekton.dev/v1")
        if i < 3:
            ev(s + 0.1, "ci", "PipelineRun", pr, "Running", f"Tasks Completed: {i + 1} (Failed: 0, Cancelled 0), Incomplete: {3 - i}, Skipped: 0", comp="PipelineRun", api="tekton.dev/v1")
    ev(s + 0.2, "ci", "PipelineRun", pr, "Succeeded", "Tasks Completed: 4 (Failed: 0, Cancelled 0), Skipped: 0", comp="PipelineRun", api="tekton.dev/v1")
    return rec(b, "Is the CI platform healthy? I saw 'Job failed' in the runner logs.", None,
               "INFO", "none", "",
               "No incident: the runner and Tekton are working; the one failed GitLab job is a project's own test failure (exit code 1).",
               "The GitLab runner picked up and finished six jobs (one brief Pending wait while its build pod was scheduled); data/etl-jobs failed with exit code 1 inside its own script. The Tekton release pipeline completed all four tasks.",
               "Nothing to do on the platform; the data/etl-jobs owners can look at their failing test.")


def ulid(r):
    return rs(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def gokit(t, lvl, caller, msg, *pairs, **kw):
    return lf(("level", lvl), ("ts", iso(t, 9)), ("caller", caller), *pairs, ("msg", msg), *kw.items())


@scenario
def none_observability(r):
    b = B(r, datetime(2026, 9, 21, 4, 9, 50, 330000, tzinfo=UTC))
    nodes = [f"worker-{r.randint(10, 60)}" for _ in range(4)]
    fb = [L("logging", dspod(r, "fluent-bit"), "fluent-bit", node=nodes[i], app="fluent-bit") for i in range(4)]
    lw = [L("loki", f"loki-write-{i}", "loki", app="loki") for i in range(3)]
    lb = L("loki", "loki-backend-0", "loki", app="loki")
    ts_ = L("monitoring", "prometheus-k8s-0", "thanos-sidecar", app="prometheus")
    tc = L("monitoring", "thanos-compactor-0", "thanos-compactor", app="thanos-compactor")
    vel = L("velero", dpod(r, "velero"), "velero", app="velero")

    def fbl(t, lvl, comp, msg):
        return f"[{t.astimezone(UTC):%Y/%m/%d %H:%M:%S}] [{lvl:>5}] [{comp}] {msg}"

    # fluent-bit: tail churn + one retried flush while loki-write-1 restarts
    for t in b.every(0, 290, 14, 30):
        i = r.randint(0, 3)
        pod = f"{r.choice(['checkout', 'cart', 'search', 'orders-api'])}-{rs_hash(r)}-{rs(r, 5)}"
        ino = r.randint(10 ** 7, 9 * 10 ** 7)
        b.add(t, fb[i], fbl(t, "info", "input:tail:tail.0", f"inotify_fs_add(): inode={ino} watch_fd={r.randint(40, 400)} name=/var/log/containers/{pod}_shop_app-{hexs(r, 64)}.log"))
    chunk = f"1-{int(epoch(b.at(88)))}.{r.randint(100000000, 999999999)}.flb"
    t = b.at(88.4)
    b.add(t, fb[2], fbl(t, "error", "output:loki:loki.0", "loki-gateway.loki.svc.cluster.local:80, HTTP status=502 Bad Gateway"))
    t = b.at(88.41)
    b.add(t, fb[2], fbl(t, "warn", "engine", f"failed to flush chunk '{chunk}', retry in 9 seconds: task_id=3, input=tail.0 > output=loki.0 (out_id=0)"))
    t = b.at(97.5)
    b.add(t, fb[2], fbl(t, "info", "engine", f"flush chunk '{chunk}' succeeded at retry 1: task_id=3, input=tail.0 > output=loki.0 (out_id=0)"))
    # loki-write rollout
    t = b.at(84.0)
    b.add(t, lw[1], gokit(t, "info", "signals.go:83", "=== received SIGINT/SIGTERM ==="))
    t = b.at(84.2)
    b.add(t, lw[1], gokit(t, "info", "lifecycler.go:614", "lifecycler loop() exited gracefully", ("component", "ingester"), ("ring", "ingester")))
    t = b.at(109.0)
    b.add(t, lw[1], gokit(t, "info", "main.go:126", "Starting Loki", ("version", "(version=3.4.2, branch=release-3.4.x, revision=a1c3e8b)")))
    t = b.at(111.3)
    b.add(t, lw[1], gokit(t, "info", "recovery.go:40", "WAL segment replay complete", ("component", "ingester"), ("segments", 4), ("series", 21877), ("entries", 1843311)))
    t = b.at(112.9)
    b.add(t, lw[1], gokit(t, "info", "lifecycler.go:908", "changing instance state from", ("component", "ingester"), ("old_state", "JOINING"), ("new_state", "ACTIVE"), ("ring", "ingester")))
    for t in b.every(20, 290, 15, 35):
        i = r.choice([0, 2])
        b.add(t, lw[i], gokit(t, "info", "flush.go:303", "flushing stream", ("component", "ingester"), ("org_id", "fake"),
                              ("fp", hexs(r, 16)), ("immediate", "false"), ("num_chunks", 1), ("total_comp", f"{r.randint(40, 900)} kB"),
                              ("total_uncomp", f"{r.randint(1, 9)}.{r.randint(0, 9)} MB"), ("reason", r.choice(["idle", "full", "max_age"]))))
    day = (datetime(2026, 9, 21, tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)).days
    t = b.at(140.0)
    b.add(t, lb, gokit(t, "info", "compactor.go:676", "applying retention with compaction"))
    t = b.at(140.1)
    b.add(t, lb, gokit(t, "info", "table_compactor.go:310", "compacting table", ("table-name", f"index_{day}")))
    t = b.at(143.8)
    b.add(t, lb, gokit(t, "info", "table_compactor.go:345", "finished compacting table", ("table-name", f"index_{day}")))
    # thanos
    for s in (30.0, 210.0):
        t = b.at(s)
        b.add(t, ts_, gokit(t, "info", "shipper.go:361", "upload new block", ("id", ulid(r))))
    for s, msg in [(60.0, "start sync of metas"), (61.2, "start of GC"), (61.3, "start of compactions"),
                   (95.4, "compaction iterations done"), (95.5, "start first pass of downsampling"),
                   (97.1, "downsampling iterations done")]:
        t = b.at(s)
        b.add(t, tc, gokit(t, "info", "compact.go:1296" if "compaction" in msg else "fetcher.go:557", msg))
    # velero
    bk = f"daily-{b.at(0):%Y%m%d}040012"
    for s, lvl, msg, extra in [(5.0, "info", "Backup completed", [("backup", f"velero/{bk}"), ("controller", "backup"), ("logSource", "pkg/controller/backup_controller.go:782")]),
                               (60.0, "info", "BackupStorageLocations is valid, marking as available", [("backup-storage-location", "velero/default"), ("controller", "backup-storage-location"), ("logSource", "pkg/controller/backup_storage_location_controller.go:128")]),
                               (62.0, "info", "Validating BackupStorageLocation", [("backup-storage-location", "velero/default"), ("controller", "backup-storage-location"), ("logSource", "pkg/controller/backup_storage_location_controller.go:141")])]:
        t = b.at(s)
        b.add(t, vel, lf(("time", iso(t, 0)), ("level", lvl), ("msg", msg), *extra))
    return rec(b, "Fluent Bit logged a 502 from Loki and failed to flush a chunk. Are we losing logs?", sel("logging"),
               "INFO", "none", "",
               "No incident: the 502 happened while loki-write-1 restarted during a rollout; Fluent Bit retried the chunk and it succeeded on retry 1.",
               "Log shipping, Loki compaction, Thanos uploads and compaction, and the nightly Velero backup all completed. The only error is one 502 from the Loki gateway during a planned loki-write restart, and the chunk was delivered 9 s later.",
               "Nothing to do.")


# ==========================================================================
# oom_killed
# ==========================================================================

def node_journal(node, ident):
    return {"job": "node-journal", "node": node, "syslog_identifier": ident}


def kern(t, uptime, msg):
    return f"{t.astimezone(UTC):%b %d %H:%M:%S} kernel: [{uptime:>12.6f}] {msg}"


@scenario
def oom_spark_executor(r):
    b = B(r, datetime(2026, 4, 11, 2, 16, 58, 120000, tzinfo=UTC))
    ns = "spark-jobs"
    app = f"nightly-sessionize-{hexs(r, 16)}"
    drv = f"{app}-driver"
    Ld = L(ns, drv, "spark-kubernetes-driver", app="nightly-sessionize")

    def sp(t, lvl, cls, msg):
        return f"{t.astimezone(UTC):%y/%m/%d %H:%M:%S} {lvl} {cls}: {msg}"

    execs = {i: ip(r) for i in range(1, 9)}
    Le = {i: L(ns, f"{app}-exec-{i}", "spark-kubernetes-executor", app="nightly-sessionize") for i in range(1, 9)}
    tid = [140]
    done = [96]
    # normal task traffic on stage 3
    for t in b.every(0, 222, 4, 9):
        e = r.choice([1, 2, 4, 5])
        part = r.randint(13, 199)
        tid[0] += 1
        done[0] += 1
        b.add(t, Ld, sp(t, "INFO", "TaskSetManager", f"Finished task {part}.0 in stage 3.0 (TID {tid[0]}) in {r.randint(8000, 41000)} ms on {execs[e]} (executor {e}) ({done[0]}/200)"))
    killed = [(3, 0.0, 12, 0), (6, 71.0, 12, 1), (7, 139.0, 12, 2), (8, 205.0, 12, 3)]
    for k, (e, s, part, attempt) in enumerate(killed):
        s += 20.0
        Lx = Le[e]
        t = b.at(s - 14.0)
        b.add(t, Ld, sp(t, "INFO", "TaskSetManager", f"Starting task {part}.{attempt} in stage 3.0 (TID {200 + k}) ({execs[e]}, executor {e}, partition {part}, NODE_LOCAL, 9124 bytes)"))
        t = b.at(s - 13.2)
        b.add(t, Lx, sp(t, "INFO", "ShuffleBlockFetcherIterator", f"Getting 2000 (3.4 GiB) non-empty blocks including 0 (0.0 B) local and 0 (0.0 B) host-local and 0 (0.0 B) push-merged-local and 2000 (3.4 GiB) remote blocks"))
        t = b.at(s - 6.0)
        b.add(t, Lx, sp(t, "INFO", "UnsafeExternalSorter", f"Thread {r.randint(55, 70)} spilling sort data of 1842.0 MiB to disk (0  time so far)"))
        t = b.at(s)
        ev_ = k in (0, 3)
        b.add(t, Ld, sp(t, "ERROR", "TaskSchedulerImpl", f"Lost executor {e} on {execs[e]}: The executor with id {e} exited with exit code 137(SIGKILL, possible container OOM)."), ev=(k == 0))
        if k == 0:
            for j, line in enumerate(["The API gave the following container statuses:", "",
                                      "\t container name: spark-kubernetes-executor",
                                      "\t container image: europe-docker.pkg.dev/acme-data/spark/spark-py:3.5.1-acme4",
                                      "\t container state: terminated",
                                      "\t exit code: 137",
                                      "\t termination reason: OOMKilled"]):
                if line == "":
                    continue
                b.add(b.at(s + 0.001 * (j + 1)), Ld, line, ev=(line.endswith("OOMKilled")))
        t = b.at(s + 0.05)
        b.add(t, Ld, sp(t, "WARN", "TaskSetManager", f"Lost task {part}.{attempt} in stage 3.0 (TID {200 + k}) ({execs[e]} executor {e}): ExecutorLostFailure (executor {e} exited caused by one of the running tasks) Reason: The executor with id {e} exited with exit code 137(SIGKILL, possible container OOM)."))
        if k < 3:
            t = b.at(s + 1.0)
            b.add(t, Ld, sp(t, "INFO", "ExecutorPodsAllocator", f"Going to request 1 executors from Kubernetes for ResourceProfile Id: 0, target: 8, known: 7, sharedSlotFromPendingPods: 2147483647."))
    t = b.at(225.1)
    b.add(t, Ld, sp(t, "ERROR", "TaskSetManager", "Task 12 in stage 3.0 failed 4 times; aborting job"), ev=True)
    t = b.at(225.3)
    b.add(t, Ld, sp(t, "INFO", "DAGScheduler", "ShuffleMapStage 3 (repartition at sessionize.py:88) failed in 231.442 s due to Job aborted due to stage failure: Task 12 in stage 3.0 failed 4 times, most recent failure: Lost task 12.3 in stage 3.0 (TID 203) (" + execs[8] + " executor 8): ExecutorLostFailure (executor 8 exited caused by one of the running tasks) Reason: The executor with id 8 exited with exit code 137(SIGKILL, possible container OOM)."))
    t = b.at(226.0)
    b.add(t, Ld, 'Traceback (most recent call last):')
    b.add(b.at(226.001), Ld, '  File "/opt/jobs/sessionize.py", line 131, in <module>')
    b.add(b.at(226.002), Ld, "py4j.protocol.Py4JJavaError: An error occurred while calling o412.parquet.")
    b.add(b.at(226.003), Ld, ": org.apache.spark.SparkException: Job aborted due to stage failure: Task 12 in stage 3.0 failed 4 times, most recent failure: Lost task 12.3 in stage 3.0 (TID 203): ExecutorLostFailure (executor 8 exited caused by one of the running tasks)")
    t = b.at(228.5)
    b.add(t, Ld, sp(t, "INFO", "SparkContext", "Successfully stopped SparkContext"))
    return rec(b, "Why did the nightly-sessionize Spark job fail?", sel(ns, app="nightly-sessionize"),
               "ERROR", "oom_killed", "nightly-sessionize",
               "Spark executors of nightly-sessionize are OOMKilled (exit 137) while processing the skewed shuffle partition 12 (3.4 GiB of blocks), and the task failed on four executors so the job was aborted.",
               "Every executor that ran task 12 of stage 3 fetched 3.4 GiB of shuffle data, spilled, and was killed by the kernel for exceeding its container memory limit. After four attempts Spark aborted the job.",
               "Raise spark.executor.memoryOverhead / executor memory for this job, or fix the skew (enable AQE skew-join handling, salt the key, or increase shuffle partitions).")


@scenario
def oom_phoenix_mailbox(r):
    b = B(r, datetime(2026, 3, 27, 14, 20, 11, 480000, tzinfo=UTC), digits=6)
    ns = "chat"
    ev = Events(b, "exporter")
    pod = dpod(r, "chat")
    node = f"ip-10-31-{r.randint(1, 9)}-{r.randint(10, 250)}.ec2.internal"
    Lp = L(ns, pod, "chat", app="chat")
    others = [dpod(r, "chat") for _ in range(2)]
    Lo = [L(ns, p, "chat", app="chat") for p in others]
    Lk = node_journal(node, "kernel")
    Lcd = {"job": "node-journal", "node": node, "unit": "containerd.service"}
    up = r.uniform(800000, 900000)

    def ex(t, lvl, msg, rid=None):
        lt = t.astimezone(UTC)
        pre = f"request_id={rid} " if rid else ""
        return f"{lt:%H:%M:%S}.{lt.microsecond // 1000:03d} {pre}[{lvl}] {msg}"

    rooms = [r.randint(10, 900) for _ in range(6)]
    dead = [(171.0, 196.0), (361.0, 386.0), (551.0, 600.0)]
    for t in b.every(0, 560, 14, 26):
        rid = rs(r, 20, B62)
        s = (t - b.start).total_seconds()
        alive = not any(a - 5 <= s <= z for a, z in dead)
        lab = r.choice(Lo + ([Lp] if alive else []))
        room = r.choice(rooms)
        ms = r.randint(2, 30)
        b.add(t, lab, ex(t, "info", f"GET /api/rooms/{room}/messages", rid))
        t2 = t + timedelta(milliseconds=ms)
        b.add(t2, lab, ex(t2, "info", f"Sent 200 in {ms}ms", rid))
    cycles = [0.0, 190.0, 380.0]
    for c, s0 in enumerate(cycles):
        if c > 0:
            ev(s0 + 2.0, ns, "Pod", pod, "Pulled", 'Container image "ghcr.io/acme/chat:2026.03.26-1" already present on machine', host=node)
            ev(s0 + 2.2, ns, "Pod", pod, "Started", "Started container chat", host=node)
            t = b.at(s0 + 4.1)
            b.add(t, Lp, ex(t, "info", "Running ChatWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)"))
            t = b.at(s0 + 4.2)
            b.add(t, Lp, ex(t, "info", "Access ChatWeb.Endpoint at https://chat.acme.io"))
        for j, (dt, total, q) in enumerate([(40, 0.61, 180211), (90, 1.12, 512877), (140, 1.71, 912833)]):
            t = b.at(s0 + dt + r.uniform(0, 3))
            b.add(t, Lp, ex(t, "warning", f"[MemoryWatch] total={total:.2f}GiB processes={total - 0.19:.2f}GiB binary=141MiB ets=24MiB top=#PID<0.{r.randint(3000, 5000)}.0> Chat.RoomServer(\"lobby\") message_queue_len={q + r.randint(0, 9999)}"),
                  ev=(c == 0 and j == 2))
        kt = s0 + 171.0 + r.uniform(0, 4)
        pid = r.randint(100000, 400000)
        up += 190
        b.add(b.at(kt), Lk, kern(b.at(kt), up, f"beam.smp invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985"))
        b.add(b.at(kt + 0.0004), Lk, kern(b.at(kt + 0.0004), up + 0.0004, f"Memory cgroup out of memory: Killed process {pid} (beam.smp) total-vm:3421884kB, anon-rss:2093112kB, file-rss:18220kB, shmem-rss:0kB, UID:65534 pgtables:4612kB oom_score_adj:985"), ev=(c == 0))
        cid = hexs(r, 64)
        b.add(b.at(kt + 0.01), Lcd, lf(time=rfc(b.at(kt + 0.01), UTC, 9), level="info", msg=f"TaskOOM event container_id:\"{cid}\""), ev=(c == 1))
        if c > 0:
            ev(kt + 2.0, ns, "Pod", pod, "BackOff", f"Back-off restarting failed container chat in pod {pod}_{ns}({uuid4(r)})", typ="Warning", host=node, ev=(c == 2))
    return rec(b, "The chat pod keeps restarting. What is going on?", sel(ns, pod=pod),
               "CRITICAL", "oom_killed", "chat",
               "The chat pod's BEAM VM exceeds its 2 GiB memory limit and is OOM-killed about every three minutes, because the Chat.RoomServer process for 'lobby' builds up a mailbox of ~900k messages.",
               "MemoryWatch shows total memory climbing to 1.7 GiB, driven by the lobby RoomServer's message queue. The kernel's memory cgroup kills beam.smp, containerd reports TaskOOM, and the pod goes into restart back-off. The other chat replicas keep serving.",
               "Fix the lobby RoomServer backlog (shard the room, add back-pressure or drop slow consumers). As a stop-gap, raise the memory limit, and restart the pod when the lobby fills up.")


@scenario
def oom_vector_agent(r):
    b = B(r, datetime(2026, 8, 19, 22, 40, 2, 10000, tzinfo=UTC))
    ns = "observability"
    ev = Events(b, "alloy", cluster="prod-ap-1")
    node = f"worker-{r.randint(10, 60)}"
    vpod = dspod(r, "vector")
    Lv = L(ns, vpod, "vector", node=node, app="vector")
    Lk = node_journal(node, "kernel")
    noisy = dpod(r, "report-renderer")
    Ln = L("reports", noisy, "renderer", node=node, app="report-renderer")

    def vec(t, lvl, target, msg, **kw):
        extra = (" " + " ".join(f"{k}={lfq(v)}" for k, v in kw.items())) if kw else ""
        return f"{iso(t, 6)} {lvl:>5} {target}: {msg}{extra}"

    for t in b.every(0, 95, 1.3, 3.2):
        b.add(t, Ln, f"{iso(t)} DEBUG renderer.layout: glyph cache lookup font=NotoSans-Regular size=11 hit=false page={r.randint(1, 4000)}")
    for t in b.every(0, 300, 25, 45):
        b.add(t, Lv, vec(t, "INFO", "vector::topology::builder", "Healthcheck passed.") if r.random() < 0.2 else
              vec(t, "INFO", "source{component_kind=\"source\" component_id=k8s_logs component_type=kubernetes_logs}: vector::sources::kubernetes_logs::k8s_paths_provider", "Including matching files.", ret=r.randint(60, 90)))
    t = b.at(18.0)
    b.add(t, Lv, vec(t, "WARN", "sink{component_kind=\"sink\" component_id=loki component_type=loki}: vector::sinks::util::retries", "Retrying after response.", reason="Too many requests", internal_log_rate_limit=True))
    t = b.at(41.5)
    b.add(t, Lv, vec(t, "WARN", "source{component_kind=\"source\" component_id=k8s_logs component_type=kubernetes_logs}: vector::internal_events::file::source", "Found line that exceeds max_line_bytes; discarding.", file=f"/var/log/pods/reports_{noisy}_{uuid4(r)}/renderer/0.log", truncated_bytes=66231, internal_log_rate_limit=True))
    t = b.at(62.0)
    b.add(t, Lv, vec(t, "WARN", "vector::internal_events::buffer", "Buffer is growing faster than it is drained.", buffer_id="loki", buffer_type="memory", events=412889, max_events=500000), ev=True)
    up = r.uniform(300000, 400000)
    t = b.at(74.2)
    b.add(t, Lk, kern(t, up, "vector invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999"))
    b.add(b.at(74.2004), Lk, kern(b.at(74.2004), up + 0.0004, f"Memory cgroup out of memory: Killed process {r.randint(5000, 90000)} (vector) total-vm:1973440kB, anon-rss:522004kB, file-rss:31220kB, shmem-rss:0kB, UID:0 pgtables:1772kB oom_score_adj:999"), ev=True)
    ev(75.3, ns, "Pod", vpod, "Pulled", 'Container image "timberio/vector:0.41.1-distroless-libc" already present on machine', host=node)
    ev(75.4, ns, "Pod", vpod, "Created", "Created container vector", host=node)
    ev(75.6, ns, "Pod", vpod, "Started", "Started container vector", host=node, count=2)
    for dt, line in [(76.4, vec(b.at(76.4), "INFO", "vector::app", "Log level is enabled.", level="info")),
                     (76.5, vec(b.at(76.5), "INFO", "vector::app", "Loading configs.", paths='["/etc/vector"]')),
                     (76.9, vec(b.at(76.9), "INFO", "vector::topology::running", "Running healthchecks.")),
                     (77.0, vec(b.at(77.0), "INFO", "vector", "Vector has started.", debug="false", version="0.41.1", arch="x86_64", revision="745babd 2024-09-11 14:55:36.802851761")),
                     (77.4, vec(b.at(77.4), "INFO", "vector::topology::builder", "Healthcheck passed.")),
                     (78.0, vec(b.at(78.0), "INFO", "source{component_kind=\"source\" component_id=k8s_logs component_type=kubernetes_logs}: vector::sources::kubernetes_logs", "Resuming from checkpoints.", checkpoints=212))]:
        b.add(b.at(dt), Lv, line)
    t = b.at(96.0)
    b.add(t, Ln, f"{iso(t)} INFO renderer.main: batch finished: 4012 pages rendered, debug logging disabled again")
    for t in b.every(100, 300, 15, 30):
        b.add(t, Ln, f"{iso(t)} INFO renderer.main: rendered report id={r.randint(10000, 99999)} pages={r.randint(1, 30)} in {r.randint(200, 2000)}ms")
    return rec(b, "Vector on one node restarted. Did we lose logs, and is it still failing?", sel(ns, app="vector"),
               "WARN", "oom_killed", "vector",
               "The Vector agent on the node was OOM-killed once: a burst of debug logging from report-renderer filled its in-memory Loki buffer beyond the container's memory limit.",
               "report-renderer emitted a flood of DEBUG lines; Vector's memory buffer for the Loki sink grew to ~413k events and the kernel killed the process. The agent restarted, resumed from its checkpoints, and the burst ended. It is running normally again.",
               "Optional: give Vector a disk buffer or a smaller max_events, raise its memory limit, and keep debug logging off in report-renderer.")


# ==========================================================================
# application_error
# ==========================================================================

@scenario
def apperr_go_panic(r):
    b = B(r, datetime(2026, 5, 19, 7, 2, 30, 440000, tzinfo=UTC))
    ns = "fulfillment"
    ev = Events(b, "alloy", cluster="prod-ap-south-1")
    pod = dpod(r, "allocator")
    Lp = L(ns, pod, "allocator", app="allocator")
    node = f"ip-10-8-{r.randint(1, 9)}-{r.randint(10, 250)}.ap-south-1.compute.internal"
    orders = [dpod(r, "orders") for _ in range(2)]
    Lo = [L(ns, p, "orders", app="orders") for p in orders]
    svc_ip = f"10.96.{r.randint(1, 250)}.{r.randint(2, 250)}"
    poison = f"ord_{rs(r, 14, B62)}"

    def zj(t, lvl, caller, msg, **kw):
        d = {"level": lvl, "ts": iso(t), "caller": caller, "msg": msg}
        d.update(kw)
        return js(d)

    for t in b.every(0, 40, 3, 7):
        b.add(t, Lp, zj(t, "info", "allocator/server.go:61", "allocate", order=f"ord_{rs(r, 14, B62)}", sku=f"SKU-{r.randint(10000, 99999)}", region=r.choice(["ap-south-1", "ap-southeast-1"]), warehouse=r.choice(["BOM2", "DEL1", "SIN3"])))
    starts = [42.0, 58.0, 84.0, 131.0, 216.0]
    for k, s in enumerate(starts):
        if k > 0:
            ev(s - 1.0, ns, "Pod", pod, "Started", "Started container allocator", host=node)
            t = b.at(s - 0.3)
            b.add(t, Lp, zj(t, "info", "cmd/allocator/main.go:77", "serving gRPC", addr=":9090", version="4.11.0"))
        t = b.at(s)
        b.add(t, Lp, zj(t, "info", "allocator/server.go:61", "allocate", order=poison, sku="SKU-40417", region="me-central-1", warehouse=""))
        ev_ = k == 0
        lines = ["panic: runtime error: invalid memory address or nil pointer dereference",
                 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x38 pc=0x10f2c3a]",
                 "",
                 f"goroutine {r.randint(900, 9000)} [running]:",
                 f"github.com/acme/fulfillment/internal/allocator.(*Planner).pickWarehouse(0xc000{hexs(r, 6)}, 0xc000{hexs(r, 6)})",
                 "\t/src/internal/allocator/planner.go:214 +0x7a",
                 f"github.com/acme/fulfillment/internal/allocator.(*Server).Allocate(0xc000{hexs(r, 6)}, {{0x14e1f48, 0xc000{hexs(r, 6)}}}, 0xc000{hexs(r, 6)})",
                 "\t/src/internal/allocator/server.go:88 +0x1c5",
                 f"google.golang.org/grpc.(*Server).processUnaryRPC(0xc000{hexs(r, 6)}, {{0x14e9a40, 0xc000{hexs(r, 6)}}}, 0xc000{hexs(r, 6)}, 0xc000{hexs(r, 6)}, 0x1f3c2a0, 0x0)",
                 "\t/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1379 +0xdf8"]
        if k not in (0, 3):
            lines = lines[:2] + lines[4:6]
        for j, line in enumerate(lines):
            if line == "":
                continue
            is_ev = (k == 0 and j in (0, 1, 4, 5))
            b.add(b.at(s + 0.002 + j * 0.0001), Lp, line, ev=is_ev)
        t = b.at(s + 0.05)
        b.add(t, Lo[k % 2], zj(t, "error", "client/allocator.go:45", "allocation failed, will retry", order=poison,
                               error=f"rpc error: code = Unavailable desc = error reading from server: EOF"))
        if k >= 1:
            t = b.at(s + 3.0)
            b.add(t, Lo[(k + 1) % 2], zj(t, "error", "client/allocator.go:45", "allocation failed, will retry", order=f"ord_{rs(r, 14, B62)}",
                                         error=f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {svc_ip}:9090: connect: connection refused"'))
        if k >= 2:
            ev(s + 6.0, ns, "Pod", pod, "BackOff", f"Back-off restarting failed container allocator in pod {pod}_{ns}({uuid4(r)})", typ="Warning", host=node, ev=(k == 4))
    for t in b.every(0, 240, 9, 20):
        b.add(t, r.choice(Lo), zj(t, "info", "http/handler.go:102", "order accepted", order=f"ord_{rs(r, 14, B62)}", total=round(r.uniform(10, 400), 2), currency="INR"))
    return rec(b, "allocator is crash-looping in fulfillment. Why?", sel(ns, app="allocator"),
               "CRITICAL", "application_error", "allocator",
               "allocator panics with a nil pointer dereference in Planner.pickWarehouse (planner.go:214) whenever it handles order for SKU-40417 in region me-central-1, which has no warehouse; orders keeps retrying that order, so every restart crashes again.",
               "A request for region me-central-1 with an empty warehouse triggers a SIGSEGV panic in pickWarehouse. The pod restarts, orders retries the same poison order, and allocator crashes again and goes into CrashLoopBackOff. Meanwhile orders sees EOF and connection-refused errors for all allocations.",
               "Hot-fix pickWarehouse to handle regions without a warehouse (return an error instead of dereferencing nil), and stop or park the poison order in the orders retry queue so the service can stay up.")


@scenario
def apperr_dotnet_linq(r):
    b = B(r, datetime(2026, 7, 1, 6, 30, 4, 901000, tzinfo=CEST), tz=CEST)
    ns = "billing"
    pods = [dpod(r, "invoicing-api") for _ in range(2)]
    La = [L(ns, p, "invoicing-api", app="invoicing-api") for p in pods]
    wk = dpod(r, "billing-worker")
    Lw = L(ns, wk, "billing-worker", app="billing-worker")

    def ms(t, lvl, cat, msg, eid=1, exc=None, state=None):
        d = {"EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg, "State": state or {"Message": msg}}
        if exc:
            d = {"EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg, "Exception": exc, "State": state or {"Message": msg}}
        return js(d)

    exc = ("System.InvalidOperationException: Sequence contains no elements\n"
           "   at System.Linq.ThrowHelper.ThrowNoElementsException()\n"
           "   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n"
           "   at Acme.Invoicing.Tax.TaxRuleBook.ResolveRate(String countryCode, TaxCategory category, DateOnly supplyDate) in /src/Acme.Invoicing/Tax/TaxRuleBook.cs:line 57\n"
           "   at Acme.Invoicing.InvoiceBuilder.AddLine(InvoiceLineRequest line) in /src/Acme.Invoicing/InvoiceBuilder.cs:line 112\n"
           "   at Acme.Invoicing.Api.InvoicesController.Create(CreateInvoiceRequest request, CancellationToken ct) in /src/Acme.Invoicing.Api/Controllers/InvoicesController.cs:line 44\n"
           "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
           "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)")
    nerr = 0
    for t in b.every(0, 280, 6, 13):
        i = r.randint(0, 1)
        country = r.choice(["DE", "FR", "NL", "AT", "HR", "IT", "HR"])
        cat = r.choice(["Reduced", "Standard", "Standard"])
        fail = country == "HR" and cat == "Reduced"
        rid = f"0HN{rs(r, 9, '0123456789ABCDEFGHIJKLMNOPQRSTUV')}:0000000{r.randint(1, 9)}"
        url = "http://invoicing-api.billing.svc.cluster.local/api/invoices"
        b.add(t, La[i], ms(t, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request starting HTTP/1.1 POST {url} - application/json {r.randint(400, 3000)}"))
        t2 = t + timedelta(milliseconds=r.randint(8, 60))
        if fail:
            nerr += 1
            b.add(t2, La[i], ms(t2, "Error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                                "An unhandled exception has occurred while executing the request.", exc=exc,
                                state={"Message": "An unhandled exception has occurred while executing the request.", "{OriginalFormat}": "An unhandled exception has occurred while executing the request."}),
                  ev=(nerr <= 2))
            b.add(t2 + timedelta(milliseconds=1), La[i], ms(t2, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 POST {url} - 500 null application/problem+json; charset=utf-8 {r.uniform(10, 60):.4f}ms", eid=2))
            b.add(t2 + timedelta(milliseconds=40), Lw, lf(("ts", iso(t2)), ("level", "warn"), ("msg", "invoice request failed, retrying"),
                                                         ("customer", f"cus_{r.randint(10000, 99999)}"), ("country", "HR"), ("status", 500), ("attempt", r.randint(1, 3)), ("dependency", "invoicing-api")))
        else:
            b.add(t2, La[i], ms(t2, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 POST {url} - 201 {r.randint(300, 900)} application/json; charset=utf-8 {r.uniform(8, 60):.4f}ms", eid=2))
    t = b.at(285.0)
    b.add(t, Lw, lf(("ts", iso(t)), ("level", "error"), ("msg", "giving up on invoice after 3 attempts"), ("customer", f"cus_{r.randint(10000, 99999)}"), ("country", "HR"), ("last_status", 500), ("dependency", "invoicing-api")))
    return rec(b, "Invoices for some customers fail with HTTP 500 since this morning. What broke?", sel(ns, app="invoicing-api"),
               "ERROR", "application_error", "invoicing-api",
               "invoicing-api throws an unhandled InvalidOperationException ('Sequence contains no elements') in TaxRuleBook.ResolveRate (TaxRuleBook.cs:57) for Croatian reduced-rate lines: Enumerable.First() finds no matching rule and the code does not handle that case.",
               "POST /api/invoices returns 500 for every invoice with an HR reduced-rate line, while all other countries return 201. billing-worker retries and then gives up on those invoices.",
               "Fix ResolveRate to handle a missing rule (FirstOrDefault plus a clear 422, or add the missing HR reduced rate valid from 2026-07-01), deploy, and replay the failed invoices.")


@scenario
def apperr_nestjs_undefined(r):
    b = B(r, datetime(2026, 10, 2, 15, 11, 40, 0, tzinfo=EDT), tz=EDT, z=False)
    ns = "accounts"
    pods = [dpod(r, "profile-bff") for _ in range(2)]
    Lb = [L(ns, p, "profile-bff", app="profile-bff") for p in pods]
    web = dpod(r, "web-frontend")
    Lw = L(ns, web, "nextjs", app="web-frontend")
    loy = dpod(r, "loyalty")
    Ll = L(ns, loy, "loyalty", app="loyalty")

    def nest(t, lvl, ctx, msg):
        lt = t.astimezone(EDT)
        h = lt.hour % 12 or 12
        ampm = "AM" if lt.hour < 12 else "PM"
        return f"[Nest] 1  - {lt:%m/%d/%Y}, {h}:{lt:%M:%S} {ampm} {lvl:>7} [{ctx}] {msg}"

    users = [f"usr_{rs(r, 10, B62)}" for _ in range(8)]
    nerr = 0
    t = b.at(3.0)
    b.add(t, Ll, js({"level": "info", "time": iso(t), "msg": "deployed loyalty v5.2.0: non-members now return member: null instead of 404"}))
    for t in b.every(10, 290, 8, 15):
        i = r.randint(0, 1)
        u = r.choice(users)
        member = users.index(u) < 6
        if member:
            b.add(t, Lb[i], nest(t, "LOG", "HTTP", f"GET /api/profile/{u} 200 {r.randint(20, 90)}ms"))
        else:
            nerr += 1
            b.add(t, Lb[i], nest(t, "ERROR", "ExceptionsHandler", "Cannot read properties of undefined (reading 'tier')"), ev=(nerr <= 2))
            b.add(t + timedelta(microseconds=200), Lb[i], "TypeError: Cannot read properties of undefined (reading 'tier')", ev=(nerr == 1))
            b.add(t + timedelta(microseconds=300), Lb[i], "    at LoyaltyService.badgeFor (/app/dist/loyalty/loyalty.service.js:41:38)", ev=(nerr == 1))
            b.add(t + timedelta(microseconds=400), Lb[i], "    at ProfileController.getProfile (/app/dist/profile/profile.controller.js:29:49)")
            b.add(t + timedelta(milliseconds=3), Lw, f"GET /account 500 in {r.randint(40, 120)}ms - upstream profile-bff GET /api/profile/{u} responded 500")
        if r.random() < 0.4:
            b.add(t - timedelta(milliseconds=15), Ll, js({"level": "info", "time": iso(t - timedelta(milliseconds=15)), "msg": "GET /v1/members/" + u, "status": 200, "member": member}))
    return rec(b, "Some users get a 500 on their account page. Why?", sel(ns, app="profile-bff"),
               "ERROR", "application_error", "profile-bff",
               "profile-bff crashes the request with 'TypeError: Cannot read properties of undefined (reading 'tier')' in LoyaltyService.badgeFor: since loyalty v5.2.0 returns member: null for non-members, and the BFF code does not handle that.",
               "Every /api/profile request for a user who is not a loyalty member throws an unhandled TypeError in profile-bff and returns 500, so the account page fails for those users. Members are unaffected and loyalty itself answers 200.",
               "Make LoyaltyService.badgeFor handle a null member (optional chaining or a default badge) and deploy; meanwhile consider rolling loyalty back to the 404 behaviour.")


# ==========================================================================
# image_pull
# ==========================================================================

@scenario
def img_harbor_robot_expired(r):
    b = B(r, datetime(2026, 4, 2, 9, 0, 12, 330000, tzinfo=UTC))
    ns = "risk"
    ev = Events(b, "alloy", cluster="dc1-prod")
    img = "harbor.acme.internal/risk/fraud-scorer:3.2.0"
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [dpod(r, "fraud-scorer", old_rs) for _ in range(3)]
    newp = dpod(r, "fraud-scorer", new_rs)
    node = f"k8s-w{r.randint(10, 40)}.dc1.acme.internal"
    hcore = L("harbor", dpod(r, "harbor-core"), "core", app="harbor")
    for t in b.every(0, 420, 7, 16):
        p = r.choice(olds)
        b.add(t, L(ns, p, "fraud-scorer", app="fraud-scorer"), f'INFO:     {ip(r)}:{port(r)} - "POST /v1/score HTTP/1.1" 200 OK')
    ev(1.0, ns, "Deployment", "fraud-scorer", "ScalingReplicaSet", f"Scaled up replica set fraud-scorer-{new_rs} to 1 from 0", comp="deployment-controller")
    ev(1.2, ns, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {node}", comp="default-scheduler")
    tokenurl = "https://harbor.acme.internal/service/token?scope=repository%3Arisk%2Ffraud-scorer%3Apull&service=harbor-registry"
    fail = (f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
            f'failed to authorize: failed to fetch oauth token: unexpected status from GET request to {tokenurl}: 401 Unauthorized')
    s = 2.0
    backoff = [0, 14, 28, 55, 110, 200, 330]
    for k, d in enumerate(backoff):
        s0 = 2.0 + d
        ev(s0, ns, "Pod", newp, "Pulling", f'Pulling image "{img}"', host=node)
        t = b.at(s0 + 0.12)
        b.add(t, hcore, f"{iso(t, 0)} [WARNING] [/server/middleware/security/robot.go:72][requestID=\"{uuid4(r)}\"]: the robot account is expired: robot$risk+k8s-pull", ev=(k == 0))
        ev(s0 + 0.2, ns, "Pod", newp, "Failed", fail, typ="Warning", host=node, ev=(k in (0, 5)))
        ev(s0 + 0.21, ns, "Pod", newp, "Failed", "Error: ErrImagePull", typ="Warning", host=node)
        ev(s0 + 1.5, ns, "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=node)
        ev(s0 + 1.51, ns, "Pod", newp, "Failed", "Error: ImagePullBackOff", typ="Warning", host=node, ev=(k == 6))
    return rec(b, "The fraud-scorer 3.2.0 rollout is stuck. Why?", sel(ns, app="fraud-scorer"),
               "ERROR", "image_pull", "fraud-scorer",
               "The new fraud-scorer pod cannot pull harbor.acme.internal/risk/fraud-scorer:3.2.0: its pull secret uses the Harbor robot account robot$risk+k8s-pull, which has expired, so Harbor's token service answers 401.",
               "The rollout created one pod on the new ReplicaSet. Every pull attempt fails with a 401 from the Harbor token endpoint, and Harbor logs that the robot account is expired. The pod is in ImagePullBackOff while the three old pods keep serving 3.1.x.",
               "Renew or recreate the Harbor robot account for project risk, update the imagePullSecret in namespace risk, and delete the stuck pod (or let the back-off retry) so the rollout continues.")


@scenario
def img_tag_typo(r):
    b = B(r, datetime(2026, 6, 23, 17, 45, 30, 0, tzinfo=UTC), digits=3)
    ns = "edge"
    ev = Events(b, "exporter", cluster="prod-eu-2")
    bad = "ghcr.io/acme-corp/edge-router:v.1.18.0"
    new_rs = rs_hash(r)
    old_rs = rs_hash(r)
    olds = [dpod(r, "edge-router", old_rs) for _ in range(3)]
    newp = dpod(r, "edge-router", new_rs)
    node = f"gke-prod-eu-2-edge-{hexs(r, 8)}-{rs(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    tr = f"release-edge-router-{rs(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}-deploy"
    Lt = L("ci", f"{tr}-pod", "step-rollout", app="tekton")
    hosts = ["api.acme.io", "acme.io", "cdn.acme.io"]
    for t in b.every(0, 620, 8, 18):
        p = r.choice(olds)
        b.add(t, L(ns, p, "caddy", app="edge-router"), caddy_access(t, r, pub_ip(r), "GET", r.choice(hosts), r.choice(["/", "/v2/catalog", "/static/app.js", "/v2/cart"]), 200, r.randint(200, 30000), jit(r, 0.002, 0.09), r.choice(UA_BROWSER)))
    t = b.at(2.0)
    b.add(t, Lt, f"deployment.apps/edge-router image updated", ev=False)
    t = b.at(2.1)
    b.add(t, Lt, f"+ kubectl -n edge set image deployment/edge-router caddy={bad}", ev=True)
    ev(2.3, ns, "Deployment", "edge-router", "ScalingReplicaSet", f"Scaled up replica set edge-router-{new_rs} to 1 from 0", comp="deployment-controller")
    ev(2.5, ns, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {node}", comp="default-scheduler")
    t = b.at(3.0)
    b.add(t, Lt, 'Waiting for deployment "edge-router" rollout to finish: 0 out of 3 new replicas have been updated...')
    fail = (f'Failed to pull image "{bad}": rpc error: code = NotFound desc = failed to pull and unpack image "{bad}": '
            f'failed to resolve reference "{bad}": {bad}: not found')
    for k, d in enumerate([0, 15, 41, 83, 160, 300, 450, 580]):
        s0 = 3.0 + d
        ev(s0, ns, "Pod", newp, "Pulling", f'Pulling image "{bad}"', host=node)
        ev(s0 + 0.6, ns, "Pod", newp, "Failed", fail, typ="Warning", host=node, ev=(k in (0, 7)))
        ev(s0 + 0.61, ns, "Pod", newp, "Failed", "Error: ErrImagePull", typ="Warning", host=node)
        ev(s0 + 1.8, ns, "Pod", newp, "BackOff", f'Back-off pulling image "{bad}"', typ="Warning", host=node)
        ev(s0 + 1.81, ns, "Pod", newp, "Failed", "Error: ImagePullBackOff", typ="Warning", host=node, ev=(k == 7))
    t = b.at(603.2)
    b.add(t, Lt, 'error: deployment "edge-router" exceeded its progress deadline')
    return rec(b, "The edge-router release pipeline failed at the rollout step. What happened?", sel(ns, app="edge-router"),
               "ERROR", "image_pull", "edge-router",
               "The release pipeline set edge-router's image to the non-existent tag ghcr.io/acme-corp/edge-router:v.1.18.0 (typo for v1.18.0), so the pull fails with 'not found' and the new pod stays in ImagePullBackOff.",
               "kubectl set image put in a malformed tag. The registry answers NotFound for that reference, the new ReplicaSet never gets a running pod, and the rollout exceeds its progress deadline. The old edge-router pods keep serving traffic.",
               "Fix the tag in the pipeline parameter (v1.18.0), re-run the deploy task, or roll back with kubectl rollout undo deployment/edge-router -n edge.")


@scenario
def img_registry_503_transient(r):
    b = B(r, datetime(2026, 8, 6, 3, 2, 7, 600000, tzinfo=UTC))
    ns = "search"
    ev = Events(b, "alloy", cluster="dc1-prod")
    img = "harbor.acme.internal/search/indexer:5.0.3"
    rsh = rs_hash(r)
    newp = [dpod(r, "indexer", rsh) for _ in range(2)]
    nodes = [f"k8s-w{r.randint(41, 60)}.dc1.acme.internal" for _ in range(2)]
    reg = L("harbor", dpod(r, "harbor-registry"), "registry", app="harbor")
    nginx = L("harbor", dpod(r, "harbor-nginx"), "nginx", app="harbor")
    blob = f"sha256:{hexs(r, 64)}"
    for i, p in enumerate(newp):
        ev(0.5 + i * 0.1, ns, "Pod", p, "Scheduled", f"Successfully assigned {ns}/{p} to {nodes[i]}", comp="default-scheduler")
    # registry restarts (node drain moved it)
    t = b.at(0.0)
    b.add(t, reg, lf(time=iso(t, 9), level="info", msg="received signal terminated, shutting down", go_version="go1.22.5", version="v2.8.3.m"))
    for k in range(2):
        for i, p in enumerate(newp):
            s0 = 1.5 + k * 16 + i * 0.4
            ev(s0, ns, "Pod", p, "Pulling", f'Pulling image "{img}"', host=nodes[i])
            t = b.at(s0 + 2.0)
            b.add(t, nginx, f'{ip(r, 10, 30)} - "GET /v2/search/indexer/blobs/{blob} HTTP/1.1" 503 197 "-" "containerd/v1.7.18" {r.uniform(0.001, 0.004):.3f} - .')
            ev(s0 + 2.1, ns, "Pod", p, "Failed",
               f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to copy: httpReadSeeker: failed open: unexpected status code https://harbor.acme.internal/v2/search/indexer/blobs/{blob}: 503 Service Unavailable',
               typ="Warning", host=nodes[i], ev=(k == 0 and i == 0))
            ev(s0 + 2.11, ns, "Pod", p, "Failed", "Error: ErrImagePull", typ="Warning", host=nodes[i])
            ev(s0 + 3.0, ns, "Pod", p, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=nodes[i])
    t = b.at(38.0)
    b.add(t, reg, lf(time=iso(t, 9), level="info", msg="configuring endpoints", go_version="go1.22.5", version="v2.8.3.m"), ev=True)
    t = b.at(38.4)
    b.add(t, reg, lf(time=iso(t, 9), level="info", msg="listening on [::]:5000", go_version="go1.22.5", version="v2.8.3.m"), ev=True)
    for i, p in enumerate(newp):
        s0 = 47.0 + i * 2.0
        ev(s0, ns, "Pod", p, "Pulling", f'Pulling image "{img}"', host=nodes[i])
        t = b.at(s0 + 1.0)
        b.add(t, nginx, f'{ip(r, 10, 30)} - "GET /v2/search/indexer/blobs/{blob} HTTP/1.1" 200 211845732 "-" "containerd/v1.7.18" {r.uniform(8, 12):.3f} {r.uniform(8, 12):.3f} .')
        ev(s0 + 12.3, ns, "Pod", p, "Pulled", f'Successfully pulled image "{img}" in 12.311s (58.902s including waiting). Image size: 211845732 bytes.', host=nodes[i])
        ev(s0 + 12.5, ns, "Pod", p, "Created", "Created container indexer", host=nodes[i])
        ev(s0 + 12.7, ns, "Pod", p, "Started", "Started container indexer", host=nodes[i])
        for t in b.every(s0 + 15, 240, 12, 25):
            b.add(t, L(ns, p, "indexer", app="indexer"), js({"@timestamp": iso(t), "log.level": "INFO", "message": f"indexed batch docs={r.randint(200, 1000)} took_ms={r.randint(40, 300)}", "service.name": "indexer"}))
    for t in b.every(40, 240, 6, 14):
        b.add(t, reg, lf(time=iso(t, 9), level="info", msg="response completed", go_version="go1.22.5", **{"http.request.method": "GET", "http.request.uri": f"/v2/{r.choice(['shop/checkout', 'risk/fraud-scorer', 'search/indexer'])}/manifests/{r.choice(['latest', '5.0.3', '3.1.4'])}", "http.response.status": 200, "http.response.duration": f"{r.uniform(3, 40):.3f}ms"}))
    return rec(b, "New indexer pods showed ErrImagePull a minute ago. Is it still broken?", sel(ns, app="indexer"),
               "WARN", "image_pull", "harbor",
               "The Harbor registry pod restarted (moved by a node drain) and answered 503 for blob downloads for about 40 seconds, so the first pulls of the indexer image failed.",
               "Both new indexer pods got ErrImagePull with 503 Service Unavailable from harbor.acme.internal while harbor-registry was restarting. Once the registry was listening again, the pulls succeeded and the pods started.",
               "Nothing needed now; optionally run more than one Harbor registry replica with a PodDisruptionBudget so drains do not interrupt pulls.")


# ==========================================================================
# probe_failure
# ==========================================================================

def rails(t, lvl, msg, rid=None, pid=1):
    lt = t.astimezone(UTC)
    tag = f"[{rid}] " if rid else ""
    return f"{lvl[0]}, [{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond:06d} #{pid}] {lvl:>5} -- : {tag}{msg}"


@scenario
def probe_rails_health_path(r):
    b = B(r, datetime(2026, 3, 3, 11, 20, 0, 250000, tzinfo=UTC))
    ns = "media"
    ev = Events(b, "exporter", cluster="prod-eu-1")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [dpod(r, "media-api", old_rs) for _ in range(2)]
    newp = dpod(r, "media-api", new_rs)
    node = f"worker-{r.randint(10, 60)}"
    pip_ = ip(r)
    Ln = L(ns, newp, "media-api", app="media-api")
    ev(0.0, ns, "Deployment", "media-api", "ScalingReplicaSet", f"Scaled up replica set media-api-{new_rs} to 1 from 0", comp="deployment-controller")
    ev(0.3, ns, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {node}", comp="default-scheduler")
    ev(1.0, ns, "Pod", newp, "Pulled", 'Container image "registry.gitlab.example.com/media/media-api:2024.3.0-rails7.1" already present on machine', host=node)
    ev(1.2, ns, "Pod", newp, "Started", "Started container media-api", host=node)
    for dt, msg in [(3.0, "Puma starting in single mode..."), (3.01, '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")'),
                    (3.02, "*  Min threads: 5"), (3.03, "*  Max threads: 5"), (3.04, "*  Environment: production"),
                    (3.05, "*          PID: 1"), (5.8, "* Listening on http://0.0.0.0:3000"), (5.81, "Use Ctrl-C to stop")]:
        b.add(b.at(dt), Ln, msg)
    n = 0
    for s in [10.0 + 10 * k for k in range(22)]:
        rid = uuid4(r)
        t = b.at(s)
        b.add(t, Ln, rails(t, "INFO", f'Started GET "/health" for {ip(r, 10, 244)} at {t.astimezone(UTC):%Y-%m-%d %H:%M:%S} +0000', rid))
        if s in (10.0, 60.0, 180.0):
            b.add(t + timedelta(milliseconds=1), Ln, rails(t, "FATAL", "  ", rid))
            b.add(t + timedelta(milliseconds=2), Ln, rails(t, "FATAL", 'ActionController::RoutingError (No route matches [GET] "/health"):', rid), ev=(s == 10.0))
        if s in (10.0, 20.0, 30.0, 120.0, 210.0):
            n += 1
            ev(s + 0.01, ns, "Pod", newp, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404",
               typ="Warning", host=node, ev=(n in (1, 5)))
    for t in b.every(0, 230, 5, 12):
        p = r.choice(olds)
        rid = uuid4(r)
        path = r.choice(["/api/v1/assets/%d" % r.randint(1000, 99999), "/api/v1/assets/%d/variants" % r.randint(1000, 99999), "/healthz"])
        b.add(t, L(ns, p, "media-api", app="media-api"), rails(t, "INFO", f'Completed 200 OK in {r.randint(3, 80)}ms (Views: {r.uniform(0.1, 9):.1f}ms | ActiveRecord: {r.uniform(0.5, 20):.1f}ms | Allocations: {r.randint(300, 9000)})', rid))
    t = b.at(235.0)
    b.add(t, Ln, rails(t, "INFO", 'Started GET "/up" for 127.0.0.1 at ' + f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S} +0000", uuid4(r)))
    b.add(t + timedelta(milliseconds=3), Ln, rails(t, "INFO", "Completed 200 OK in 1ms (Views: 0.4ms | ActiveRecord: 0.0ms | Allocations: 212)"))
    return rec(b, "The media-api deploy never becomes ready. The pod is running; what's wrong?", sel(ns, app="media-api"),
               "ERROR", "probe_failure", "media-api",
               "media-api's readiness probe still requests /health, but the Rails 7.1 upgrade in this release replaced that route with /up, so every probe gets a 404 and the new pod never becomes Ready.",
               "Puma starts and serves normally, but each kube-probe GET /health ends in ActionController::RoutingError and the kubelet reports 'Readiness probe failed ... statuscode: 404'. The rollout is stuck at one unready pod while the old ReplicaSet keeps serving.",
               "Point the readiness (and liveness) probe at /up, or add the /health route back, then let the rollout continue.")


def kc(t, lvl, cat, thread, msg):
    return f"{d_space(t)} {lvl:<5} [{cat}] ({thread}) {msg}"


@scenario
def probe_keycloak_liveness(r):
    b = B(r, datetime(2026, 5, 30, 8, 11, 40, 700000, tzinfo=UTC))
    ns = "iam"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    node = f"ip-10-20-{r.randint(1, 9)}-{r.randint(10, 250)}.eu-west-1.compute.internal"
    L0 = L(ns, "keycloak-0", "keycloak", app="keycloak")
    L1 = L(ns, "keycloak-1", "keycloak", app="keycloak")
    pip_ = ip(r)
    realm_id = uuid4(r)
    for t in b.every(0, 330, 6, 15):
        b.add(t, L1, kc(t, "INFO", "org.keycloak.events", f"executor-thread-{r.randint(1, 40)}",
                        f"type=\"LOGIN\", realmId=\"{realm_id}\", clientId=\"{r.choice(['grafana', 'argocd', 'portal', 'gitlab'])}\", userId=\"{uuid4(r)}\", ipAddress=\"{pub_ip(r)}\", auth_method=\"openid-connect\""))
    cycles = [0.0, 66.0, 132.0, 228.0]
    for c, s0 in enumerate(cycles):
        if c > 0:
            ev(s0 - 0.5, ns, "Pod", "keycloak-0", "Started", "Started container keycloak", host=node)
        b.add(b.at(s0), L0, "Updating the configuration and installing your custom providers, if any. Please wait.")
        if s0 + 38 < 330:
            b.add(b.at(s0 + 38.4), L0, kc(b.at(s0 + 38.4), "INFO", "io.quarkus.deployment.QuarkusAugmentor", "main", f"Quarkus augmentation completed in {r.randint(37000, 39500)}ms"))
        if s0 + 49 < 330:
            b.add(b.at(s0 + 49.0), L0, kc(b.at(s0 + 49.0), "INFO", "org.keycloak.quarkus.runtime.storage.database.jpa.QuarkusJpaConnectionProviderFactory", "main",
                                          "Database info: {databaseUrl=jdbc:postgresql://keycloak-db-rw.iam.svc:5432/keycloak, databaseUser=keycloak, databaseProduct=PostgreSQL 16.2, databaseDriver=PostgreSQL JDBC Driver 42.7.3}"))
        if s0 + 56 < 330:
            b.add(b.at(s0 + 55.7), L0, kc(b.at(s0 + 55.7), "INFO", "org.infinispan.CLUSTER", "jgroups-" + str(r.randint(5, 9)) + ",keycloak-0-" + str(r.randint(10000, 99999)),
                                          f"ISPN000094: Received new cluster view for channel ISPN: [keycloak-1-{r.randint(10000, 99999)}|{12 + c}] (2) [keycloak-1, keycloak-0]"))
        for k, dt in enumerate((40.0, 50.0, 60.0)):
            if s0 + dt > 330:
                break
            ev(s0 + dt, ns, "Pod", "keycloak-0", "Unhealthy",
               f'Liveness probe failed: Get "http://{pip_}:9000/health/live": dial tcp {pip_}:9000: connect: connection refused',
               typ="Warning", host=node, ev=(c == 0 and k == 0))
        if s0 + 60.1 < 330:
            ev(s0 + 60.1, ns, "Pod", "keycloak-0", "Killing", "Container keycloak failed liveness probe, will be restarted", typ="Normal", host=node, ev=(c in (0, 2)))
            b.add(b.at(s0 + 60.4), L0, kc(b.at(s0 + 60.4), "INFO", "org.infinispan.CLUSTER", "Shutdown thread", "ISPN000080: Disconnecting JGroups channel `ISPN`"))
            b.add(b.at(s0 + 60.9), L0, kc(b.at(s0 + 60.9), "INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.481s"))
        if c >= 2:
            ev(s0 + 61.5, ns, "Pod", "keycloak-0", "BackOff", f"Back-off restarting failed container keycloak in pod keycloak-0_{ns}({uuid4(r)})", typ="Warning", host=node, ev=(c == 2))
    return rec(b, "keycloak-0 restarts every minute. Why?", sel(ns, pod="keycloak-0"),
               "CRITICAL", "probe_failure", "keycloak",
               "keycloak-0 needs about 70 s to start (it re-runs the Quarkus augmentation, ~38 s, on every start), but its liveness probe on :9000/health/live starts failing at 40 s and kills the container at 60 s, before Keycloak ever finishes starting.",
               "Each start of keycloak-0 gets through augmentation, the database and the Infinispan cluster join, but the kubelet kills it for failing liveness before the management interface is listening. The pod is in a restart loop and only keycloak-1 serves logins.",
               "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) for keycloak, and use a pre-built optimized image (kc.sh build, start --optimized) so it does not re-augment on every start.")


@scenario
def probe_nestjs_readiness_flap(r):
    b = B(r, datetime(2026, 9, 1, 7, 59, 30, 120000, tzinfo=UTC))
    ns = "notifications"
    ev = Events(b, "exporter")
    pods = [dpod(r, "notifier") for _ in range(2)]
    node = f"worker-{r.randint(10, 60)}"
    pip_ = ip(r)
    La = [L(ns, p, "notifier", app="notifier") for p in pods]

    def pino(t, pod, lvl, msg, **kw):
        d = {"level": lvl, "time": epoch_ms(t), "pid": 1, "hostname": pod}
        d.update(kw)
        d["msg"] = msg
        return js(d)

    for t in b.every(0, 250, 4, 9):
        i = 1 if (40 < (t - b.start).total_seconds() < 90) else r.randint(0, 1)
        b.add(t, La[i], pino(t, pods[i], 30, "request completed", req={"method": "POST", "url": "/v1/notifications"}, res={"statusCode": 202}, responseTime=r.randint(3, 25)))
    t = b.at(30.0)
    b.add(t, La[0], pino(t, pods[0], 30, "daily digest batch started", context="DigestService", recipients=48211), ev=True)
    for k, dt in enumerate([40.0, 50.0, 60.0, 70.0]):
        ev(dt, ns, "Pod", pods[0], "Unhealthy",
           f'Readiness probe failed: Get "http://{pip_}:3000/health/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
           typ="Warning", host=node, ev=(k in (0, 3)))
    t = b.at(71.3)
    b.add(t, La[0], pino(t, pods[0], 40, "event loop blocked", context="EventLoopMonitor", maxDelayMs=41187, p99DelayMs=38820))
    t = b.at(71.4)
    b.add(t, La[0], pino(t, pods[0], 30, "daily digest batch finished", context="DigestService", recipients=48211, renderMs=41212), ev=True)
    t = b.at(72.0)
    b.add(t, La[0], pino(t, pods[0], 30, "request completed", req={"method": "GET", "url": "/health/ready"}, res={"statusCode": 200}, responseTime=2))
    for t in b.every(73, 250, 5, 11):
        b.add(t, La[0], pino(t, pods[0], 30, "request completed", req={"method": "POST", "url": "/v1/notifications"}, res={"statusCode": 202}, responseTime=r.randint(3, 25)))
    return rec(b, "notifier was marked unready this morning. Is it still flapping?", sel(ns, app="notifier"),
               "WARN", "probe_failure", "notifier",
               "notifier's readiness probe timed out for about 40 s while the daily digest batch blocked the Node.js event loop (max delay 41 s) on one pod; the process kept running and became ready again as soon as the batch finished.",
               "From 08:00:10 the kubelet reported four readiness timeouts on one notifier pod, and traffic went to the other replica. When the digest render finished, the event loop recovered and the pod served requests again.",
               "Optional: move the digest rendering to a worker thread or a separate job, or chunk it with setImmediate so health checks stay responsive.")


# ==========================================================================
# scheduling
# ==========================================================================

@scenario
def sched_quota_exceeded(r):
    b = B(r, datetime(2026, 4, 22, 13, 5, 0, 0, tzinfo=UTC))
    ns = "analytics"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    rsh = rs_hash(r)
    running = [dpod(r, "superset-worker", rsh) for _ in range(4)]
    for t in b.every(0, 300, 6, 14):
        p = r.choice(running)
        tid = uuid4(r)
        b.add(t, L(ns, p, "superset-worker", app="superset"),
              celery(t, f"ForkPoolWorker-{r.randint(1, 4)}", "INFO", f"Task load_chart_data_into_cache[{tid}] succeeded in {r.uniform(2, 40):.3f}s: None"))
    ev(5.0, ns, "HorizontalPodAutoscaler", "keda-hpa-superset-worker", "SuccessfulRescale",
       "New size: 8; reason: external metric s0-redis-celery(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: superset-worker,},MatchExpressions:[]LabelSelectorRequirement{},}) above target",
       comp="horizontal-pod-autoscaler")
    ev(5.1, ns, "Deployment", "superset-worker", "ScalingReplicaSet", f"Scaled up replica set superset-worker-{rsh} to 8 from 4", comp="deployment-controller")
    msg = (f'Error creating: pods "superset-worker-{rsh}-{{}}" is forbidden: exceeded quota: analytics-compute, '
           f'requested: limits.cpu=2,limits.memory=4Gi, used: limits.cpu=19,limits.memory=38Gi, limited: limits.cpu=20,limits.memory=40Gi')
    for k, dt in enumerate([5.3, 5.4, 5.6, 6.0, 6.8, 8.4, 11.6, 18.0, 30.8, 56.4, 107.6, 210.0]):
        ev(dt, ns, "ReplicaSet", f"superset-worker-{rsh}", "FailedCreate", msg.format(rs(r, 5)), typ="Warning", comp="replicaset-controller", ev=(k in (0, 11)))
    beat = L(ns, dpod(r, "superset-celery-beat"), "superset-celery-beat", app="superset")
    for t in b.every(0, 300, 45, 70):
        b.add(t, beat, celery(t, "MainProcess", "INFO", "Scheduler: Sending due task reports.scheduler (reports.scheduler)"))
    ex = L(ns, dpod(r, "redis-exporter"), "exporter", app="redis-exporter")
    for s, q in [(60.0, 1843), (120.0, 2412), (180.0, 3120), (240.0, 3877)]:
        t = b.at(s)
        b.add(t, L(ns, running[0], "superset-worker", app="superset"),
              f"{d_space(t)}:WARNING:superset.tasks.async_queries:Chart data queue is backing up: celery queue length={q}, oldest task age={int(s * 0.9)}s")
    return rec(b, "superset-worker won't scale past 4 replicas and dashboards are slow. Why?", sel(ns, app="superset"),
               "ERROR", "scheduling", "superset-worker",
               "KEDA scaled superset-worker to 8 replicas, but the ResourceQuota analytics-compute allows only limits.cpu=20 / limits.memory=40Gi and 19 CPU / 38Gi are already used, so the ReplicaSet cannot create any new worker pod.",
               "The ReplicaSet keeps failing to create pods with 'exceeded quota: analytics-compute'. Only the four existing workers run, so the Celery queue for chart data keeps growing and dashboards load slowly.",
               "Raise the analytics-compute quota (or lower the worker's CPU/memory limits, or clean up other workloads in the namespace) so the additional workers can be created.")


@scenario
def sched_gpu_taint(r):
    b = B(r, datetime(2026, 5, 14, 1, 0, 5, 0, tzinfo=UTC))
    ns = "ml"
    ev = Events(b, "exporter", cluster="prod-us-1")
    pod = f"train-ranker-{rs(r, 8, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    job = "train-ranker-20260514"
    La = L("airflow", "airflow-worker-1", "worker", app="airflow")
    msg = ("0/14 nodes are available: 4 node(s) had untolerated taint {nvidia.com/gpu: present}, 10 node(s) didn't match Pod's node affinity/selector. "
           "preemption: 0/14 nodes are available: 14 Preemption is not helpful for scheduling.")
    ev(0.5, ns, "Job", job, "SuccessfulCreate", f"Created pod: {pod}", comp="job-controller")
    for k, dt in enumerate([0.6, 2.0, 12.0, 72.0, 192.0, 312.0]):
        ev(dt, ns, "Pod", pod, "FailedScheduling", msg, typ="Warning", comp="default-scheduler", ev=(k in (0, 5)))
    for k, dt in enumerate([11.0, 71.0, 131.0, 191.0, 251.0, 311.0]):
        ev(dt, ns, "Pod", pod, "NotTriggerScaleUp",
           "pod didn't trigger scale-up: 2 node(s) had untolerated taint {nvidia.com/gpu: present}, 3 node(s) didn't match Pod's node affinity/selector",
           typ="Normal", comp="cluster-autoscaler", ev=(k == 0))

    def af(t, src, lvl, msg):
        lt = t.astimezone(UTC)
        return f"[{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}+0000] {{{src}}} {lvl} - {msg}"

    for t in b.every(3, 320, 9, 14):
        b.add(t, La, af(t, "pod_manager.py:386", "WARNING", f"Pod not yet started: {pod}"))
    t = b.at(1.0)
    b.add(t, La, af(t, "pod.py:1020", "INFO", f"Building pod {pod} with labels: {{'dag_id': 'ranker_training', 'task_id': 'train', 'run_id': 'scheduled__2026-05-13T0100000000-4f1c2a9e1', 'kubernetes_pod_operator': 'True', 'try_number': '1'}}"))
    gpu_nodes = [f"gke-prod-us-1-gpu-l4-{hexs(r, 8)}-{rs(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}" for _ in range(2)]
    for t in b.every(0, 320, 20, 40):
        n = r.choice(gpu_nodes)
        b.add(t, L("ml", f"dcgm-exporter-{rs(r, 5)}", "dcgm-exporter", node=n, app="dcgm-exporter"),
              f'time="{iso(t, 0)}" level=info msg="Collecting metrics" gpu=0 uuid=GPU-{uuid4(r)} util=0 mem_used_mib=0')
    return rec(b, "The nightly ranker training job has been Pending for 5 minutes. Why?", sel(ns),
               "ERROR", "scheduling", "train-ranker",
               "The train-ranker pod selects the L4 GPU node pool but does not tolerate that pool's nvidia.com/gpu=present:NoSchedule taint, so no node fits and the cluster autoscaler will not scale up for it either.",
               "The scheduler reports that the 4 GPU nodes have an untolerated nvidia.com/gpu taint and the other 10 nodes don't match the node selector. The GPUs sit idle while Airflow keeps waiting for the pod to start.",
               "Add a toleration for nvidia.com/gpu (Exists, NoSchedule) to the KubernetesPodOperator pod template (and request nvidia.com/gpu resources), then rerun the task.")


@scenario
def sched_autoscaler_catchup(r):
    b = B(r, datetime(2026, 11, 27, 17, 0, 2, 0, tzinfo=CET), tz=CET)
    ns = "checkout"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    rsh = rs_hash(r)
    run = [dpod(r, "checkout-web", rsh) for _ in range(6)]
    pend = [dpod(r, "checkout-web", rsh) for _ in range(4)]
    newnodes = [f"ip-10-20-{r.randint(1, 9)}-{r.randint(10, 250)}.eu-west-1.compute.internal" for _ in range(2)]
    for t in b.every(0, 300, 3, 7):
        s = (t - b.start).total_seconds()
        pool = run + (pend if s > 150 else [])
        p = r.choice(pool)
        lat = r.randint(60, 400) if 20 < s < 160 else r.randint(20, 90)
        b.add(t, L(ns, p, "checkout-web", app="checkout-web"),
              lf(time=iso(t), level="info", msg="request", method=r.choice(["GET", "POST"]), path=r.choice(["/cart", "/checkout/shipping", "/checkout/pay", "/api/cart/items"]), status=200, dur=f"{lat}ms"))
    ev(10.0, ns, "HorizontalPodAutoscaler", "checkout-web", "SuccessfulRescale", "New size: 10; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    ev(10.1, ns, "Deployment", "checkout-web", "ScalingReplicaSet", f"Scaled up replica set checkout-web-{rsh} to 10 from 6", comp="deployment-controller")
    for i, p in enumerate(pend):
        ev(10.3 + i * 0.05, ns, "Pod", p, "FailedScheduling",
           "0/9 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.",
           typ="Warning", comp="default-scheduler", ev=(i == 0))
        ev(20.5 + i * 0.05, ns, "Pod", p, "TriggeredScaleUp",
           "pod triggered scale-up: [{eks-general-m7i-2xl-20260311-b4c8e1f0 6->8 (max: 30)}]", comp="cluster-autoscaler", ev=(i == 0))
    for i, n in enumerate(newnodes):
        ev(118.0 + i * 6, "default", "Node", n, "Starting", "Starting kubelet.", host=n)
        ev(121.0 + i * 6, "default", "Node", n, "RegisteredNode", f"Node {n} event: Registered Node {n} in Controller", comp="node-controller")
        ev(131.0 + i * 6, "default", "Node", n, "NodeReady", f"Node {n} status is now: NodeReady", host=n)
    for i, p in enumerate(pend):
        n = newnodes[i % 2]
        ev(137.0 + i * 0.5, ns, "Pod", p, "Scheduled", f"Successfully assigned {ns}/{p} to {n}", comp="default-scheduler", ev=(i == 0))
        ev(149.0 + i * 0.5, ns, "Pod", p, "Started", "Started container checkout-web", host=n)
    return rec(b, "During the Black Friday peak, new checkout-web pods were Pending. Do we have a capacity problem?", sel(ns, app="checkout-web"),
               "WARN", "scheduling", "checkout-web",
               "The HPA scaled checkout-web from 6 to 10, and the four new pods could not be scheduled ('Insufficient cpu') until the cluster autoscaler added two nodes about two minutes later.",
               "The four new checkout-web pods waited about 2 minutes in Pending while the cluster autoscaler scaled the node group from 6 to 8. Latency on the existing pods rose during the wait, and all pods ran once the new nodes were Ready.",
               "Optional: keep some spare capacity during peaks (over-provisioning placeholder pods or a higher node-group minimum) so scale-out does not wait for new nodes.")


# ==========================================================================
# dns_resolution
# ==========================================================================

def coredns_q(t, client, qtype, name, rcode, dur, qid=None, r=None):
    qid = qid if qid is not None else r.randint(1000, 65000)
    return f'[INFO] {client}:{r.randint(30000, 60999)} - {qid} "{qtype} IN {name} udp {len(name) + 18} false 512" {rcode} qr,rd,ra {len(name) + 30} {dur:.6f}s'


@scenario
def dns_partner_servfail(r):
    b = B(r, datetime(2026, 2, 17, 10, 30, 0, 0, tzinfo=UTC))
    ns = "logistics"
    pods = [dpod(r, "label-service") for _ in range(2)]
    Ll = [L(ns, p, "label-service", app="label-service") for p in pods]
    lips = [ip(r) for _ in pods]
    cdp = [dpod(r, "coredns") for _ in range(2)]
    Lc = [L("kube-system", p, "coredns", app="kube-dns") for p in cdp]
    host = "api.shipfast.io"
    nerr = 0
    for t in b.every(0, 290, 4, 10):
        i = r.randint(0, 1)
        carrier = r.choice(["shipfast", "shipfast", "dhl", "ups"])
        shp = f"SHP-{r.randint(100000, 999999)}"
        if carrier == "shipfast":
            nerr += 1
            b.add(t - timedelta(milliseconds=r.randint(5, 60)), r.choice(Lc), coredns_q(t, lips[i], "A", host + ".", "SERVFAIL", r.uniform(0.8, 2.1), r=r), ev=(nerr in (1, 3)))
            b.add(t, Ll[i], js({"level": "error", "time": iso(t), "msg": "label request failed", "carrier": "shipfast", "shipment": shp,
                                "err": "TypeError: fetch failed", "cause": f"Error: getaddrinfo EAI_AGAIN {host}", "code": "EAI_AGAIN", "hostname": host}),
                  ev=(nerr == 1))
        else:
            dom = "express.api.dhl.com" if carrier == "dhl" else "onlinetools.ups.com"
            if r.random() < 0.5:
                b.add(t - timedelta(milliseconds=r.randint(2, 20)), r.choice(Lc), coredns_q(t, lips[i], "A", dom + ".", "NOERROR", r.uniform(0.0004, 0.02), r=r))
            b.add(t, Ll[i], js({"level": "info", "time": iso(t), "msg": "label created", "carrier": carrier, "shipment": shp, "ms": r.randint(120, 900)}))
    t = b.at(150.0)
    b.add(t, Lc[0], coredns_q(t, lips[0], "AAAA", host + ".", "SERVFAIL", 1.912, r=r))
    t = b.at(200.0)
    b.add(t, Ll[0], js({"level": "warn", "time": iso(t), "msg": "carrier circuit open", "carrier": "shipfast", "failures": 20, "window": "60s"}))
    return rec(b, "Shipping labels for ShipFast fail, other carriers work. Is it our network?", sel(ns, app="label-service"),
               "ERROR", "dns_resolution", "shipfast",
               "api.shipfast.io does not resolve: the upstream resolvers answer SERVFAIL for that name (a problem with the carrier's DNS zone), so label-service gets getaddrinfo EAI_AGAIN. Other carriers' names resolve normally.",
               "Every ShipFast label request fails at name resolution. CoreDNS logs SERVFAIL for api.shipfast.io (A and AAAA) after about 1-2 s, while DHL and UPS names return NOERROR and their labels are created. label-service has opened its circuit breaker for ShipFast.",
               "Report the SERVFAIL to ShipFast (their zone or DNSSEC is probably broken) and check it with dig +dnssec from outside. Meanwhile route shipments to another carrier or queue ShipFast labels for retry.")


@scenario
def dns_coredns_restart_transient(r):
    b = B(r, datetime(2026, 6, 30, 21, 15, 0, 0, tzinfo=UTC))
    ns = "payments-gw"
    ev = Events(b, "exporter", cluster="prod-us-2")
    old = [dpod(r, "coredns") for _ in range(2)]
    rsh = rs_hash(r)
    new = [dpod(r, "coredns", rsh) for _ in range(2)]
    Lo = [L("kube-system", p, "coredns", app="kube-dns") for p in old]
    Ln = [L("kube-system", p, "coredns", app="kube-dns") for p in new]
    gw = [dpod(r, "gateway") for _ in range(2)]
    Lg = [L(ns, p, "gateway", app="gateway") for p in gw]

    def aio(t, lvl, name, msg):
        return f"{d_space(t)} {lvl} {name} {msg}"

    for t in b.every(0, 260, 3, 8):
        s = (t - b.start).total_seconds()
        i = r.randint(0, 1)
        if 31 <= s <= 62 and r.random() < 0.6:
            b.add(t, Lg[i], aio(t, "WARNING", "gateway.clients.vault",
                                "request to tokenizer failed (attempt 1/3): Cannot connect to host tokenizer.vault.svc.cluster.local:8200 ssl:default [Temporary failure in name resolution]"),
                  ev=(30.5 < s < 40))
            b.add(t + timedelta(milliseconds=r.randint(300, 900)), Lg[i], aio(t, "INFO", "aiohttp.access",
                                                                            f'{ip(r)} [{t.astimezone(UTC):%d/%b/%Y:%H:%M:%S} +0000] "POST /v1/charges HTTP/1.1" 201 412 "-" "stripe-node/14.25.0"'))
        else:
            b.add(t, Lg[i], aio(t, "INFO", "aiohttp.access",
                                f'{ip(r)} [{t.astimezone(UTC):%d/%b/%Y:%H:%M:%S} +0000] "POST /v1/charges HTTP/1.1" 201 {r.randint(380, 460)} "-" "stripe-node/14.25.0"'))
    ev(20.0, "kube-system", "Deployment", "coredns", "ScalingReplicaSet", f"Scaled up replica set coredns-{rsh} to 1", comp="deployment-controller")
    for i in range(2):
        s = 22.0 + i * 20
        b.add(b.at(s), Ln[i], ".:53")
        b.add(b.at(s + 0.01), Ln[i], f"[INFO] plugin/reload: Running configuration SHA512 = {hexs(r, 128)}")
        b.add(b.at(s + 0.02), Ln[i], "CoreDNS-1.11.3")
        b.add(b.at(s + 0.03), Ln[i], "linux/amd64, go1.21.11, a6338e9")
        ev(s + 6.0, "kube-system", "Deployment", "coredns", "ScalingReplicaSet", f"Scaled down replica set coredns-{rs_hash(r)} to {1 - i} from {2 - i}", comp="deployment-controller")
        b.add(b.at(s + 6.4), Lo[i], "[INFO] SIGTERM: Shutting down servers then terminating", ev=(i == 0))
        b.add(b.at(s + 6.41), Lo[i], "[INFO] plugin/health: Going into lameduck mode for 5s")
    for t in b.every(70, 260, 20, 40):
        b.add(t, r.choice(Ln), coredns_q(t, ip(r), "A", "tokenizer.vault.svc.cluster.local.", "NOERROR", r.uniform(0.0001, 0.0009), r=r))
    t = b.at(64.0)
    b.add(t, Lg[0], aio(t, "INFO", "gateway.clients.vault", "tokenizer requests healthy again: 0 resolution errors in last 30s"))
    return rec(b, "gateway logged 'Temporary failure in name resolution' for the tokenizer. Is DNS broken?", sel(ns, app="gateway"),
               "WARN", "dns_resolution", "coredns",
               "A rolling restart of CoreDNS briefly left lookups from gateway unanswered (queries to the terminating pods), so tokenizer.vault.svc.cluster.local failed to resolve for about 30 seconds.",
               "While the CoreDNS Deployment rolled both pods, gateway's calls to the tokenizer hit 'Temporary failure in name resolution' on the first attempt; the retries succeeded and every charge still returned 201. After the rollout, lookups answer NOERROR in well under a millisecond.",
               "Optional: run NodeLocal DNSCache or more CoreDNS replicas with a longer lameduck and maxUnavailable=0 so restarts do not drop queries.")


@scenario
def dns_coredns_loop_crash(r):
    b = B(r, datetime(2026, 10, 14, 4, 12, 0, 0, tzinfo=UTC))
    ev = Events(b, "alloy", cluster="onprem-dc2")
    cd = [dpod(r, "coredns") for _ in range(2)]
    nodes = [f"k8s-node-{r.randint(10, 30)}" for _ in range(2)]
    Lc = [L("kube-system", p, "coredns", node=nodes[i], app="kube-dns") for i, p in enumerate(cd)]
    apps = [("orders", dpod(r, "orders"), "orders", "postgres-primary.db.svc.cluster.local"),
            ("orders", dpod(r, "order-events"), "order-events", "nats.messaging.svc.cluster.local"),
            ("web", dpod(r, "storefront"), "storefront", "orders.orders.svc.cluster.local")]
    dnsip = "10.96.0.10"
    cycles = [0.0, 13.0, 40.0, 95.0, 180.0]
    for c, s0 in enumerate(cycles):
        for i in range(2):
            s = s0 + i * 1.7
            if c > 0:
                ev(s - 0.4, "kube-system", "Pod", cd[i], "Started", "Started container coredns", host=nodes[i])
            b.add(b.at(s), Lc[i], "[INFO] plugin/reload: Running configuration SHA512 = " + "e2a3" + hexs(r, 124))
            b.add(b.at(s + 0.01), Lc[i], "CoreDNS-1.11.1")
            b.add(b.at(s + 0.05), Lc[i], f'[FATAL] plugin/loop: Loop (127.0.0.1:{r.randint(33000, 60000)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {r.randint(10 ** 18, 9 * 10 ** 18)}.{r.randint(10 ** 18, 9 * 10 ** 18)}."',
                  ev=(c == 0 or (c == 4 and i == 1)))
            if c >= 2:
                ev(s + 2.0, "kube-system", "Pod", cd[i], "BackOff", f"Back-off restarting failed container coredns in pod {cd[i]}_kube-system({uuid4(r)})", typ="Warning", host=nodes[i], ev=(c == 2 and i == 0))
    for t in b.every(5, 290, 6, 13):
        ns, pod, cont, host = r.choice(apps)
        cip = ip(r)
        err = f"dial tcp: lookup {host} on {dnsip}:53: read udp {cip}:{port(r)}->{dnsip}:53: read: connection refused"
        if cont == "storefront":
            line = js({"level": "error", "ts": iso(t), "msg": "upstream request failed", "upstream": "orders", "error": f'Get "http://{host}/v1/orders/recent": {err}'})
        elif cont == "order-events":
            line = f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} nats: reconnect failed: {err}"
        else:
            line = lf(time=iso(t), level="error", msg="db ping failed", err=f"failed to connect to `host={host} user=orders database=orders`: hostname resolving error ({err.split(': ', 1)[1]})")
        b.add(t, L(ns, pod, cont, app=cont), line)
    ev(60.0, "default", "Node", nodes[0], "NodeHasSufficientMemory", f"Node {nodes[0]} status is now: NodeHasSufficientMemory", host=nodes[0])
    return rec(b, "Every service in the cluster suddenly fails to resolve names. What happened?", sel("kube-system", app="kube-dns"),
               "CRITICAL", "dns_resolution", "coredns",
               "Both CoreDNS pods crash on start because the loop plugin detects a forwarding loop: the nodes' resolv.conf that CoreDNS forwards to points back at a local stub resolver (127.0.0.x), so CoreDNS forwards to itself and exits with [FATAL] plugin/loop.",
               "CoreDNS restarts over and over and is in CrashLoopBackOff on both nodes, so the kube-dns Service has no endpoints and every lookup to 10.96.0.10 gets 'connection refused'. orders cannot reach Postgres, order-events cannot reach NATS, and storefront cannot reach orders.",
               "Point CoreDNS's forward plugin at real upstream resolvers (for example forward . 10.20.0.53 instead of /etc/resolv.conf), or set the kubelet resolvConf to /run/systemd/resolve/resolv.conf on the nodes, then restart CoreDNS.")


# ==========================================================================
# connection_refused
# ==========================================================================

def tgo(t, lvl, msg, **kw):
    """Temporal Go SDK default logger."""
    extra = " ".join(f"{k} {v}" for k, v in kw.items())
    return f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} {lvl:<5} {msg} {extra}".rstrip()


@scenario
def conn_temporal_frontend_down(r):
    b = B(r, datetime(2026, 3, 9, 18, 40, 0, 0, tzinfo=UTC))
    ev = Events(b, "exporter", cluster="prod-eu-1")
    fe_rs = rs_hash(r)
    fes = [dpod(r, "temporal-frontend", fe_rs) for _ in range(2)]
    hist = dpod(r, "temporal-history")
    Lh = L("temporal", hist, "temporal-history", app="temporal")
    workers = [dpod(r, "payments-worker") for _ in range(2)]
    Lw = [L("workflows", p, "worker", app="payments-worker") for p in workers]
    api = dpod(r, "payments-api")
    La = L("workflows", api, "payments-api", app="payments-api")
    fip = f"10.96.{r.randint(1, 250)}.{r.randint(2, 250)}"
    for t in b.every(0, 30, 3, 7):
        i = r.randint(0, 1)
        b.add(t, Lw[i], tgo(t, "INFO", "Activity completed.", Namespace="payments", TaskQueue="payments-tq", WorkerID=f"1@{workers[i]}@", ActivityType="CapturePayment"))
    ev(31.0, "temporal", "Deployment", "temporal-frontend", "ScalingReplicaSet", f"Scaled down replica set temporal-frontend-{fe_rs} to 0 from 2", comp="deployment-controller", ev=True)
    for i, p in enumerate(fes):
        ev(31.2 + i * 0.1, "temporal", "Pod", p, "Killing", "Stopping container temporal-frontend", host=f"worker-{r.randint(10, 60)}")
        t = b.at(31.5 + i * 0.1)
        b.add(t, L("temporal", p, "temporal-frontend", app="temporal"), js({"level": "info", "ts": iso(t), "msg": "frontend stopping", "service": "frontend", "logging-call-at": "fx.go:1004"}))
        b.add(t + timedelta(seconds=1.2), L("temporal", p, "temporal-frontend", app="temporal"), js({"level": "info", "ts": iso(t + timedelta(seconds=1.2)), "msg": "Membership heartbeat upserted successfully", "service": "frontend", "address": ip(r), "port": 6933, "logging-call-at": "monitor.go:305"}))
    t = b.at(34.0)
    b.add(t, Lh, js({"level": "info", "ts": iso(t), "msg": "Current reachable members", "service": "history", "component": "service-resolver", "resolved-service": "frontend", "addresses": [], "logging-call-at": "service_resolver.go:279"}), ev=True)
    n = 0
    for t in b.every(35, 300, 3, 7):
        i = r.randint(0, 1)
        n += 1
        b.add(t, Lw[i], tgo(t, "WARN", "Failed to poll for task.", Namespace="payments", TaskQueue="payments-tq", WorkerID=f"1@{workers[i]}@",
                            WorkerType=r.choice(["WorkflowWorker", "ActivityWorker"]),
                            Error=f'last connection error: connection error: desc = "transport: Error while dialing: dial tcp {fip}:7233: connect: connection refused"'),
              ev=(n in (1, 2)))
    for t in b.every(40, 300, 10, 20):
        t2 = t + timedelta(milliseconds=r.randint(5, 50))
        b.add(t2, La, lf(time=iso(t2), level="error", msg="start workflow failed", workflow="ChargeOrder", order=f"o-{r.randint(100000, 999999)}",
                         err=f'failed reaching server: last connection error: connection error: desc = "transport: Error while dialing: dial tcp {fip}:7233: connect: connection refused"'))
    return rec(b, "Payment workflows stopped starting at 18:40. Why?", sel("workflows"),
               "ERROR", "connection_refused", "temporal-frontend",
               "The temporal-frontend Deployment was scaled to 0 replicas, so nothing listens behind the frontend Service on port 7233 and workers and clients get 'connection refused'.",
               "At 18:40:31 the frontend ReplicaSet was scaled from 2 to 0 and both pods stopped; history now sees no reachable frontend members. payments-worker cannot poll task queues and payments-api cannot start ChargeOrder workflows, all failing with dial tcp ...:7233: connection refused.",
               "Scale temporal-frontend back to at least 2 replicas (and find out what scaled it down, such as a Helm value or an autoscaler/downscaler), then check that workers resume polling.")


def nats(t, lvl, msg, pid=1):
    return f"[{pid}] {t.astimezone(UTC):%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} [{lvl}] {msg}"


@scenario
def conn_nats_rolling_restart(r):
    b = B(r, datetime(2026, 7, 8, 2, 30, 0, 0, tzinfo=UTC), digits=6)
    ns = "messaging"
    ev = Events(b, "alloy")
    Ln = [L(ns, f"nats-{i}", "nats", app="nats") for i in range(3)]
    ips = [ip(r) for _ in range(3)]
    subs = [dpod(r, "order-projector") for _ in range(2)]
    Ls = [L("orders", p, "order-projector", app="order-projector") for p in subs]
    pubs = dpod(r, "order-api")
    Lp = L("orders", pubs, "order-api", app="order-api")

    def sl(t, lvl, msg, **kw):
        d = {"time": iso(t), "level": lvl, "msg": msg}
        d.update(kw)
        return js(d)

    for t in b.every(0, 240, 5, 11):
        b.add(t, Lp, sl(t, "INFO", "published", subject="orders.created", stream="ORDERS", seq=r.randint(18000000, 18100000)))
    ev(10.0, ns, "StatefulSet", "nats", "SuccessfulDelete", "delete Pod nats-2 in StatefulSet nats successful", comp="statefulset-controller")
    t = b.at(10.3)
    b.add(t, Ln[2], nats(t, "INF", "Entering lame duck mode, stop accepting new clients"), ev=True)
    t = b.at(10.4)
    b.add(t, Ln[2], nats(t, "INF", "Initiating JetStream Shutdown..."))
    t = b.at(12.9)
    b.add(t, Ln[2], nats(t, "INF", "Server Exiting.."))
    t = b.at(13.1)
    b.add(t, Ln[0], nats(t, "INF", f"JetStream cluster new metadata leader: nats-0/nats"))
    t = b.at(13.3)
    b.add(t, Ln[0], nats(t, "INF", "JetStream cluster new stream leader for 'orders > ORDERS'"))
    t = b.at(13.5)
    b.add(t, Ls[0], sl(t, "WARN", "nats: disconnected", server=f"nats://{ips[2]}:4222"))
    for k in range(3):
        t = b.at(14.0 + k * 2.0)
        b.add(t, Ls[0], sl(t, "WARN", "nats: reconnect attempt failed", err=f"dial tcp {ips[2]}:4222: connect: connection refused"), ev=(k == 0))
    t = b.at(20.1)
    b.add(t, Ls[0], sl(t, "INFO", "nats: reconnected", server=f"nats://{ips[0]}:4222"), ev=True)
    ev(14.0, ns, "StatefulSet", "nats", "SuccessfulCreate", "create Pod nats-2 in StatefulSet nats successful", comp="statefulset-controller")
    ev(16.0, ns, "Pod", "nats-2", "Started", "Started container nats", host=f"worker-{r.randint(10, 60)}")
    for dt, lvl, msg in [(17.0, "INF", "Starting nats-server"), (17.001, "INF", "  Version:  2.10.18"), (17.01, "INF", "Starting JetStream"),
                         (17.3, "INF", "  Max Storage:     50.00 GB"), (18.2, "INF", "Listening for client connections on 0.0.0.0:4222"),
                         (18.3, "INF", "Server is ready"), (19.4, "INF", "JetStream cluster new metadata leader: nats-0/nats"),
                         (19.9, "INF", "Catchup for stream 'orders > ORDERS' complete")]:
        b.add(b.at(dt), Ln[2], nats(b.at(dt), lvl, msg))
    for t in b.every(22, 240, 4, 9):
        i = r.randint(0, 1)
        b.add(t, Ls[i], sl(t, "INFO", "projected", subject="orders.created", stream_seq=r.randint(18000000, 18100000), lag=r.randint(0, 3)))
    t = b.at(21.0)
    b.add(t, Ls[0], sl(t, "INFO", "consumer caught up", consumer="projector", pending=0, redelivered=4))
    return rec(b, "order-projector logged NATS connection refused errors last night. Is messaging down?", sel("orders", app="order-projector"),
               "WARN", "connection_refused", "nats",
               "nats-2 was restarted as part of a StatefulSet rollout; for about 7 seconds its port 4222 refused connections, and order-projector reconnected to nats-0.",
               "nats-2 went into lame duck mode and exited; the JetStream stream leadership moved to nats-0. order-projector's reconnect attempts to nats-2 were refused until it reconnected to another server and caught up (4 redeliveries, 0 pending). Publishing never stopped.",
               "Nothing required; optionally give clients the full server list and reconnect jitter so they move to a healthy node immediately.")


@scenario
def conn_redis_master_down(r):
    b = B(r, datetime(2026, 9, 15, 12, 0, 0, 0, tzinfo=UTC), digits=6)
    ns = "cache"
    app_ns = "commerce"
    mip = ip(r)
    rip = ip(r)
    Lm = L(ns, "redis-node-0", "redis", app="redis")
    Lsen = [L(ns, f"redis-node-{i}", "sentinel", app="redis") for i in range(3)]
    web = [dpod(r, "storefront-web") for _ in range(2)]
    Lw = [L(app_ns, p, "puma", app="storefront-web") for p in web]
    sk = dpod(r, "storefront-sidekiq")
    Lk = L(app_ns, sk, "sidekiq", app="storefront-sidekiq")

    def red(t, role, msg, pid=1):
        lt = t.astimezone(UTC)
        return f"{pid}:{role} {lt:%d %b %Y %H:%M:%S}.{lt.microsecond // 1000:03d} {msg}"

    for t in b.every(0, 25, 3, 6):
        b.add(t, Lw[r.randint(0, 1)], rails(t, "INFO", f"Completed 200 OK in {r.randint(20, 90)}ms (Views: {r.uniform(5, 30):.1f}ms | ActiveRecord: {r.uniform(1, 20):.1f}ms | Allocations: {r.randint(3000, 20000)})", uuid4(r)))
    t = b.at(26.0)
    b.add(t, Lm, red(t, "M", "# Received SIGTERM scheduling shutdown..."))
    t = b.at(26.1)
    b.add(t, Lm, red(t, "M", "# User requested shutdown..."))
    t = b.at(26.2)
    b.add(t, Lm, red(t, "M", "* Saving the final RDB snapshot before exiting."))
    t = b.at(27.9)
    b.add(t, Lm, red(t, "M", "# Redis is now ready to exit, bye bye..."), ev=True)
    for i in (1, 2):
        t = b.at(56.8 + i * 0.2)
        b.add(t, Lsen[i], red(t, "X", f"# +sdown master mymaster {mip} 6379"), ev=(i == 1))
    t = b.at(57.5)
    b.add(t, Lsen[1], red(t, "X", f"# +odown master mymaster {mip} 6379 #quorum 2/2"))
    t = b.at(57.6)
    b.add(t, Lsen[1], red(t, "X", "# +new-epoch 19"))
    t = b.at(57.7)
    b.add(t, Lsen[1], red(t, "X", f"# +try-failover master mymaster {mip} 6379"))
    t = b.at(57.9)
    b.add(t, Lsen[1], red(t, "X", f"# +elected-leader master mymaster {mip} 6379"))
    t = b.at(58.0)
    b.add(t, Lsen[1], red(t, "X", f"# +failover-state-select-slave master mymaster {mip} 6379"))
    t = b.at(58.1)
    b.add(t, Lsen[1], red(t, "X", f"# -failover-abort-no-good-slave master mymaster {mip} 6379"), ev=True)
    t = b.at(58.2)
    b.add(t, Lsen[1], red(t, "X", f"# +sdown slave {rip}:6379 {rip} 6379 @ mymaster {mip} 6379"))
    n = 0
    for t in b.every(28.5, 300, 4, 9):
        n += 1
        i = r.randint(0, 1)
        rid = uuid4(r)
        if r.random() < 0.5:
            b.add(t, Lw[i], rails(t, "FATAL", f"Redis::CannotConnectError (Error connecting to Redis on {mip}:6379 (Errno::ECONNREFUSED)):", rid), ev=(n == 1))
            b.add(t + timedelta(milliseconds=2), Lw[i], rails(t, "INFO", f"Completed 500 Internal Server Error in {r.randint(3, 12)}ms (ActiveRecord: 0.0ms | Allocations: {r.randint(400, 1500)})", rid))
        else:
            b.add(t, Lk, f"{iso(t)} pid=1 tid={rs(r, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')} WARN: Redis::CannotConnectError: Error connecting to Redis on {mip}:6379 (Errno::ECONNREFUSED)")
    return rec(b, "The storefront returns 500s and Sidekiq is stuck. What failed?", sel(app_ns),
               "ERROR", "connection_refused", "redis",
               "The Redis master (redis-node-0) shut down, and Sentinel could not fail over because no replica was usable (-failover-abort-no-good-slave), so nothing accepts connections on the master address and clients get ECONNREFUSED.",
               "Redis on redis-node-0 received SIGTERM and exited. The Sentinels agreed the master was down but aborted the failover because the only replica was also down. Since then every Puma request that touches Redis fails with Redis::CannotConnectError (500), and Sidekiq cannot fetch jobs.",
               "Bring the Redis master (or the replica) back, check why both nodes are down, and confirm that Sentinel elects a master. Then make sure at least one healthy replica is always available for failover.")


@scenario
def conn_twilio_reset(r):
    b = B(r, datetime(2026, 4, 28, 19, 5, 0, 0, tzinfo=UTC))
    ns = "identity"
    qs = [dpod(r, "otp-queue") for _ in range(2)]
    Lq = [L(ns, p, "queue-worker", app="otp-queue") for p in qs]
    web = dpod(r, "otp-web")
    Lw = L(ns, web, "php-fpm", app="otp-web")
    acct = "AC" + hexs(r, 32)
    n = 0
    for t in b.every(0, 280, 7, 13):
        i = r.randint(0, 1)
        lt = t.astimezone(UTC)
        job = r.choice(["App\\Jobs\\SendOtpSms", "App\\Jobs\\SendOtpSms", "App\\Jobs\\SendOtpEmail", "App\\Jobs\\ChargeVerificationFee"])
        jid = r.randint(800000, 899999)
        b.add(t, Lq[i], f"  {lt:%Y-%m-%d %H:%M:%S} {job} {'.' * (40 - len(job))} RUNNING")
        dur = r.randint(200, 900)
        t2 = t + timedelta(milliseconds=dur)
        if job.endswith("Sms"):
            n += 1
            b.add(t2, Lq[i], f"  {t2.astimezone(UTC):%Y-%m-%d %H:%M:%S} {job} {'.' * (40 - len(job))} {dur}ms FAIL")
            b.add(t2, Lq[i], laravel(t2, "ERROR", f"cURL error 56: Recv failure: Connection reset by peer (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.twilio.com/2010-04-01/Accounts/{acct}/Messages.json",
                                     js({"job": job, "id": jid, "attempt": r.randint(1, 3), "exception": "GuzzleHttp\\Exception\\ConnectException"})),
                  ev=(n in (1, 2, 5)))
        else:
            b.add(t2, Lq[i], f"  {t2.astimezone(UTC):%Y-%m-%d %H:%M:%S} {job} {'.' * (40 - len(job))} {dur}ms DONE")
    for t in b.every(30, 280, 30, 60):
        b.add(t, Lw, fpm_child_said(t, r.randint(20, 90), laravel(t, "WARNING", "OTP not delivered within 30s, user asked to retry", js({"channel": "sms", "country": r.choice(["US", "GB", "BR", "IN"])}))))
    return rec(b, "Users are not receiving SMS one-time passwords. What is failing?", sel(ns, app="otp-queue"),
               "ERROR", "connection_refused", "twilio",
               "Connections from otp-queue to api.twilio.com are reset by the peer (cURL error 56), so every SendOtpSms job fails while other outbound jobs (email, Stripe charges) succeed.",
               "Each SendOtpSms job fails with a Guzzle ConnectException 'Recv failure: Connection reset by peer' when it calls the Twilio Messages API, and users are asked to retry because no SMS arrives. E-mail OTPs and other jobs finish normally, which points at the Twilio endpoint rather than our egress.",
               "Check Twilio's status page and open a ticket, fail over OTP delivery to e-mail or a secondary SMS provider, and keep the failed jobs for retry once Twilio accepts connections again.")


# ==========================================================================
# timeout
# ==========================================================================

@scenario
def timeout_stripe_go(r):
    b = B(r, datetime(2026, 1, 30, 15, 20, 0, 0, tzinfo=UTC))
    ns = "subscriptions"
    pods = [dpod(r, "billing-engine") for _ in range(2)]
    Lb = [L(ns, p, "billing-engine", app="billing-engine") for p in pods]
    url = "https://api.stripe.com/v1/payment_intents"
    n = 0
    for t in b.every(0, 290, 9, 16):
        i = r.randint(0, 1)
        b.add(t, Lb[i], f"[INFO] Requesting POST api.stripe.com/v1/payment_intents")
        if (t - b.start).total_seconds() > 25:
            n += 1
            t2 = t + timedelta(seconds=10)
            b.add(t2, Lb[i], f'[ERROR] Request failed with error: Post "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', ev=(n in (1, 3)))
            if n % 3 == 0:
                b.add(t2 + timedelta(milliseconds=2), Lb[i], lf(time=iso(t2), level="error", msg="renewal charge failed", subscription=f"sub_{rs(r, 14, B62)}",
                                                               err=f'Request error from Stripe (status 0): Post "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', attempts=3), ev=(n == 3))
            else:
                b.add(t2 + timedelta(milliseconds=3), Lb[i], f"[INFO] Initiating retry {n % 3} for request POST /v1/payment_intents after sleeping {500 * (n % 3)}ms")
        else:
            t2 = t + timedelta(milliseconds=r.randint(300, 900))
            b.add(t2, Lb[i], f"[INFO] Response: status=200 request_id=req_{rs(r, 14, B62)}")
    for t in b.every(5, 290, 25, 45):
        b.add(t, Lb[0], lf(time=iso(t), level="info", msg="renewal batch progress", due=1840, charged=r.randint(200, 400), failed=r.randint(0, 60), deferred=0))
    return rec(b, "Subscription renewals started failing around 15:20. What is wrong?", sel(ns, app="billing-engine"),
               "ERROR", "timeout", "stripe",
               "Calls from billing-engine to the Stripe API (POST /v1/payment_intents) have been hitting the 10 s client timeout since about 15:20:25; Stripe does not send response headers in time.",
               "Before 15:20:25 payment intents returned 200 in under a second. Since then every request ends in 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', the stripe-go retries time out too, and renewal charges fail.",
               "Check Stripe's status page, pause or defer the renewal batch so retries don't pile up (use idempotency keys when resuming), and retry the failed renewals once Stripe latency is back to normal.")


@scenario
def timeout_grpc_model_reload(r):
    b = B(r, datetime(2026, 8, 1, 6, 0, 0, 0, tzinfo=UTC))
    ns = "discovery"
    rec_pods = [dpod(r, "recommendations") for _ in range(2)]
    Lr = [L(ns, p, "recommendations", app="recommendations") for p in rec_pods]
    home = [dpod(r, "home-feed") for _ in range(2)]
    Lh = [L(ns, p, "home-feed", app="home-feed") for p in home]

    def jl(t, lvl, logger, msg):
        return js({"@timestamp": iso(t), "log.level": lvl, "log.logger": logger, "process.thread.name": "model-loader", "message": msg, "service.name": "recommendations"})

    for i in range(2):
        s = 30.0 + i * 4
        b.add(b.at(s), Lr[i], jl(b.at(s), "INFO", "c.a.reco.model.ModelRegistry", "new model version available: ranker-v2026.08.01 (1.21 GB), reloading"), ev=(i == 0))
        b.add(b.at(s + 44.0 + i * 3), Lr[i], jl(b.at(s + 44.0 + i * 3), "INFO", "c.a.reco.model.ModelRegistry", f"model reload complete in {44.0 + i * 3:.1f}s, serving ranker-v2026.08.01"), ev=(i == 0))
    n = 0
    for t in b.every(0, 240, 2, 6):
        i = r.randint(0, 1)
        s = (t - b.start).total_seconds()
        if 33 < s < 80 and r.random() < 0.7:
            n += 1
            b.add(t, Lh[i], lf(time=iso(t), level="warn", msg="recommendations call failed, serving popular items", user=f"u{r.randint(100000, 999999)}",
                               err="rpc error: code = DeadlineExceeded desc = context deadline exceeded", deadline="250ms"), ev=(n == 1))
        else:
            b.add(t, Lh[i], lf(time=iso(t), level="info", msg="feed built", user=f"u{r.randint(100000, 999999)}", items=40, reco_ms=r.randint(20, 90)))
    for t in b.every(0, 240, 25, 40):
        i = r.randint(0, 1)
        b.add(t, Lr[i], js({"@timestamp": iso(t), "log.level": "INFO", "log.logger": "c.a.reco.grpc.Metrics", "process.thread.name": "metrics", "message": f"rpc stats: calls={r.randint(800, 1200)} p50_ms={r.randint(18, 30)} p99_ms={r.randint(60, 900)} errors=0", "service.name": "recommendations"}))
    return rec(b, "home-feed logged DeadlineExceeded from recommendations this morning. Is it still happening?", sel(ns, app="home-feed"),
               "WARN", "timeout", "recommendations",
               "While both recommendations pods reloaded the new 1.2 GB ranker model (about 45 s each, overlapping), they answered slower than home-feed's 250 ms deadline.",
               "Between about 06:00:33 and 06:01:20, home-feed calls to recommendations ended in DeadlineExceeded and it fell back to popular items. After the model reload completed, latency went back to normal and the errors stopped.",
               "Optional: stagger model reloads across replicas, or load the new model in the background and swap atomically, so reloads don't slow down serving.")


@scenario
def timeout_azure_blob(r):
    b = B(r, datetime(2026, 2, 26, 22, 10, 0, 0, tzinfo=UTC))
    ns = "reporting"
    pod = dpod(r, "report-exporter")
    Le = L(ns, pod, "report-exporter", app="report-exporter")

    def ms(t, lvl, cat, msg, eid=0, exc=None):
        d = {"Timestamp": iso(t, 7), "EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        return js(d)

    acct = "acmereportsweu"
    n = 0
    for k in range(8):
        s = 5.0 + k * 36.0
        rep = f"rpt-{r.randint(100000, 999999)}"
        t = b.at(s)
        b.add(t, Le, ms(t, "Information", "Acme.Reporting.Export.ExportJob", f"Uploading {rep}.parquet ({r.randint(40, 300)} MB) to https://{acct}.blob.core.windows.net/exports/2026/02/26/{rep}.parquet"))
        if k < 1:
            t2 = b.at(s + r.uniform(5, 12))
            b.add(t2, Le, ms(t2, "Information", "Acme.Reporting.Export.ExportJob", f"Uploaded {rep}.parquet in {r.uniform(5, 12):.1f}s"))
            continue
        for a in range(2):
            t2 = b.at(s + 10 + a * 12)
            b.add(t2, Le, ms(t2, "Warning", "Azure.Core", f"Request [{uuid4(r)}] exception Azure.RequestFailedException: The operation was cancelled because it exceeded the configured timeout of 0:00:10. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout."))
        n += 1
        t3 = b.at(s + 34)
        b.add(t3, Le, ms(t3, "Error", "Acme.Reporting.Export.ExportJob", f"Export of {rep} failed",
                         exc=("System.AggregateException: Retry failed after 3 tries. Retry settings can be adjusted in ClientOptions.Retry or by configuring a custom retry policy. "
                              "(The operation was cancelled because it exceeded the configured timeout of 0:00:10. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout.) "
                              "(The operation was cancelled because it exceeded the configured timeout of 0:00:10. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout.)\n"
                              " ---> System.Threading.Tasks.TaskCanceledException: The operation was cancelled because it exceeded the configured timeout of 0:00:10.\n"
                              "   at Azure.Core.Pipeline.ResponseBodyPolicy.ThrowIfCancellationSignaled(HttpMessage message, CancellationToken timeoutToken)\n"
                              "   at Azure.Storage.Blobs.Specialized.BlockBlobClient.StageBlockInternal(String base64BlockId, Stream content, UploadTransferValidationOptions transferValidationOverride, BlobRequestConditions conditions, IProgress`1 progressHandler, Boolean async, CancellationToken cancellationToken)\n"
                              "   at Acme.Reporting.Export.BlobSink.UploadAsync(String path, Stream data, CancellationToken ct) in /src/Acme.Reporting/Export/BlobSink.cs:line 71")),
              ev=(n in (1, 2, 7)))
    for t in b.every(0, 300, 20, 35):
        b.add(t, Le, ms(t, "Information", "Acme.Reporting.Query.Warehouse", f"Query for report batch returned {r.randint(10000, 900000)} rows in {r.randint(400, 4000)} ms"))
    return rec(b, "Nightly report exports to Azure Blob Storage are failing. Why?", sel(ns, app="report-exporter"),
               "ERROR", "timeout", "azure-blob",
               f"Block uploads to the Azure Blob Storage account {acct} exceed the SDK's 10 s network timeout on every try, so each export gives up after 3 tries.",
               "After the first upload succeeded at 22:10, every StageBlock call to acmereportsweu.blob.core.windows.net timed out and the SDK retries timed out as well, so each export fails with 'Retry failed after 3 tries'. The warehouse queries that produce the data are fine.",
               "Check Azure Service Health and the storage account's latency/throttling metrics (and the private endpoint or egress path). Re-run the failed exports later; consider a longer NetworkTimeout and smaller block sizes for large uploads.")


@scenario
def timeout_keycloak_ldap(r):
    b = B(r, datetime(2026, 10, 20, 8, 55, 0, 0, tzinfo=CEST), tz=CEST)
    ns = "sso"
    pods = ["keycloak-0", "keycloak-1"]
    Lk = [L(ns, p, "keycloak", app="keycloak") for p in pods]
    realm = "corp"
    n = 0
    for t in b.every(0, 290, 8, 14):
        i = r.randint(0, 1)
        s = (t - b.start).total_seconds()
        user = r.choice(["j.meyer", "a.rossi", "p.novak", "s.kaur", "m.dubois", "l.svensson", "svc-grafana"])
        thr = f"executor-thread-{r.randint(1, 60)}"
        if user == "svc-grafana" or s < 20:
            b.add(t, Lk[i], kc(t, "INFO", "org.keycloak.events", thr, f'type="CODE_TO_TOKEN", realmId="{realm}", clientId="grafana", userId="{uuid4(r)}", ipAddress="{ip(r)}", token_id="{uuid4(r)}"'))
            continue
        n += 1
        b.add(t, Lk[i], kc(t, "WARN", "org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager", thr,
                           f"LDAP Operation failed: search base dn [OU=Users,DC=corp,DC=acme,DC=local] filter [(&(sAMAccountName={user})(objectclass=person))] after 10007 ms"))
        b.add(t + timedelta(milliseconds=3), Lk[i], kc(t, "ERROR", "org.keycloak.services", thr,
                                                       "KC-SERVICES0013: Failed authentication: org.keycloak.models.ModelException: LDAP Query failed"), ev=(n in (1, 4)))
        if n in (1, 4):
            b.add(t + timedelta(milliseconds=4), Lk[i], "Caused by: javax.naming.NamingException: LDAP response read timed out, timeout used: 10000 ms.", ev=True)
        b.add(t + timedelta(milliseconds=5), Lk[i], kc(t, "WARN", "org.keycloak.events", thr,
                                                       f'type="LOGIN_ERROR", realmId="{realm}", clientId="portal", userId="null", ipAddress="{ip(r)}", error="invalid_user_credentials", auth_method="openid-connect", username="{user}"'))
    return rec(b, "Nobody can log in through SSO this morning, but service accounts work. What's wrong?", sel(ns, app="keycloak"),
               "ERROR", "timeout", "ldap",
               "Keycloak's LDAP user federation (Active Directory, OU=Users,DC=corp,DC=acme,DC=local) does not answer within the 10 s read timeout, so every interactive login that needs an LDAP lookup fails.",
               "Since about 08:55 each user login runs an LDAP search that times out after 10 s ('LDAP response read timed out'). Keycloak reports this as a failed authentication and a LOGIN_ERROR with invalid_user_credentials, although the passwords are not the problem. Client-credential logins like svc-grafana don't touch LDAP and still work.",
               "Check the domain controllers Keycloak points at (load, reachability, LDAPS port), fail over to a healthy DC in the user-federation settings, and tell users that their passwords are not the cause.")


# ==========================================================================
# tls_certificate
# ==========================================================================

@scenario
def tls_keycloak_expired(r):
    b = B(r, datetime(2026, 3, 1, 0, 4, 0, 0, tzinfo=UTC))
    ns = "platform"
    op = dpod(r, "oauth2-proxy")
    Lo = L(ns, op, "oauth2-proxy", app="oauth2-proxy")
    gr = dpod(r, "grafana")
    Lg = L("monitoring", gr, "grafana", app="grafana")
    tok = "https://sso.acme.io/realms/corp/protocol/openid-connect/token"
    exp = "2026-03-01T00:00:00Z"
    n = 0
    for t in b.every(0, 280, 5, 12):
        lt = t.astimezone(UTC)
        u = r.choice(["j.meyer@acme.io", "a.rossi@acme.io", "-", "-"])
        if r.random() < 0.45:
            n += 1
            b.add(t, Lo, f"[{lt:%Y/%m/%d %H:%M:%S}] [oauthproxy.go:823] Error redeeming code during OAuth2 callback: token exchange failed: Post \"{tok}\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {iso(t, 0)} is after {exp}",
                  ev=(n in (1, 2)))
            b.add(t + timedelta(milliseconds=1), Lo, f'{ip(r)} - {hexs(r, 32)} - - [{lt:%Y/%m/%d %H:%M:%S}] argocd.acme.io GET - "/oauth2/callback?code=...&state=..." HTTP/1.1 "{UA_BROWSER[0]}" 500 {r.randint(2000, 3000)} 0.0{r.randint(10, 99)}')
        else:
            b.add(t, Lo, f'{ip(r)} - {hexs(r, 32)} - {u} [{lt:%Y/%m/%d %H:%M:%S}] argocd.acme.io GET upstream "/api/v1/applications" HTTP/1.1 "{UA_BROWSER[1]}" 200 {r.randint(2000, 90000)} 0.{r.randint(10, 400):03d}')
    for t in b.every(20, 280, 40, 70):
        b.add(t, Lg, lf(logger="authn.service", t=rfc(t, UTC, 9), level="error", msg="Failed to exchange code for token", client="auth.client.generic_oauth",
                        error=f'Post "{tok}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {iso(t, 0)} is after {exp}'))
    t = b.at(150.0)
    b.add(t, Lg, lf(logger="authn.service", t=rfc(t, UTC, 9), level="error", msg="Failed to exchange code for token", client="auth.client.generic_oauth",
                    error=f'Post "{tok}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {iso(t, 0)} is after {exp}'), ev=True)
    return rec(b, "SSO logins to Argo CD and Grafana fail since midnight. Why?", None,
               "ERROR", "tls_certificate", "keycloak",
               "The TLS certificate served by Keycloak at sso.acme.io expired at 2026-03-01T00:00:00Z, so oauth2-proxy and Grafana refuse the TLS connection when they exchange the OAuth2 code for a token.",
               "Every OAuth2 callback fails with 'x509: certificate has expired or is not yet valid ... is after 2026-03-01T00:00:00Z' when calling the Keycloak token endpoint, and users get 500 on /oauth2/callback. Sessions that were already logged in keep working until they expire.",
               "Renew the sso.acme.io certificate (and move it to cert-manager or another automated renewal), reload the ingress or Keycloak, and add expiry monitoring.")


@scenario
def tls_velero_minio_ca(r):
    b = B(r, datetime(2026, 6, 5, 1, 0, 0, 0, tzinfo=UTC))
    ev = Events(b, "exporter", cluster="dc1-prod")
    vel = dpod(r, "velero")
    Lv = L("velero", vel, "velero", app="velero")
    cm = dpod(r, "cert-manager")
    Lc = L("cert-manager", cm, "cert-manager-controller", app="cert-manager")
    minio = [L("backup-store", f"minio-{i}", "minio", app="minio") for i in range(4)]
    url = "https://minio.backup-store.svc.cluster.local:9000/velero?location="
    ev(2.0, "backup-store", "Certificate", "minio-tls", "Issuing", 'Issuing certificate as Secret was previously issued by "ClusterIssuer.cert-manager.io/internal-ca"', comp="cert-manager-certificates-trigger", api="cert-manager.io/v1", ev=True)
    t = b.at(2.1)
    b.add(t, Lc, klog(t, "I", "conditions.go:263", 'Setting lastTransitionTime for Certificate "minio-tls" condition "Issuing" to 2026-06-05 01:00:02.1 +0000 UTC m=+912233.41'))
    ev(3.0, "backup-store", "Certificate", "minio-tls", "Issuing", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing", api="cert-manager.io/v1")
    t = b.at(3.1)
    b.add(t, Lc, klog(t, "I", "issuing_controller.go:213", '"Issued certificate" logger="cert-manager.certificates-issuing" resource_name="minio-tls" resource_namespace="backup-store" issuer="ClusterIssuer/internal-ca-2026"'), ev=True)
    for i in range(4):
        t = b.at(9.0 + i * 0.3)
        b.add(t, minio[i], "Certificate reloaded: /tmp/certs/public.crt")
    n = 0
    for k in range(5):
        s = 30 + k * 60.0
        t = b.at(s)
        b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "info"), ("msg", "Validating BackupStorageLocation"), ("backup-storage-location", "velero/default"), ("controller", "backup-storage-location"), ("logSource", "pkg/controller/backup_storage_location_controller.go:141")))
        t = b.at(s + 0.4)
        n += 1
        b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "error"), ("msg", "fail to validate backup store"), ("backup-storage-location", "velero/default"), ("controller", "backup-storage-location"),
                        ("error", f'rpc error: code = Unknown desc = RequestError: send request failed\ncaused by: Get "{url}": tls: failed to verify certificate: x509: certificate signed by unknown authority'),
                        ("error.file", "/go/src/velero-plugin-for-aws/velero-plugin-for-aws/object_store.go:337"), ("logSource", "pkg/controller/backup_storage_location_controller.go:158")),
              ev=(n in (1, 5)))
        t = b.at(s + 0.5)
        b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "info"), ("msg", "BackupStorageLocation is unavailable"), ("backup-storage-location", "velero/default"), ("controller", "backup-storage-location"), ("logSource", "pkg/controller/backup_storage_location_controller.go:183")))
    t = b.at(120.0)
    b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "info"), ("msg", "Setting up backup log"), ("backup", "velero/daily-20260605010000"), ("controller", "backup"), ("logSource", "pkg/controller/backup_controller.go:598")))
    t = b.at(120.3)
    b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "error"), ("msg", "Error uploading log file"), ("backup", "daily-20260605010000"), ("bucket", "velero"),
                    ("error", f'rpc error: code = Unknown desc = error putting object backups/daily-20260605010000/daily-20260605010000-logs.gz: RequestError: send request failed\ncaused by: Put "https://minio.backup-store.svc.cluster.local:9000/velero/backups/daily-20260605010000/daily-20260605010000-logs.gz": tls: failed to verify certificate: x509: certificate signed by unknown authority'),
                    ("logSource", "pkg/persistence/object_store.go:252")))
    t = b.at(120.4)
    b.add(t, Lv, lf(("time", iso(t, 0)), ("level", "info"), ("msg", "backup failed"), ("backup", "velero/daily-20260605010000"), ("controller", "backup"), ("logSource", "pkg/controller/backup_controller.go:318")))
    for t in b.every(0, 300, 15, 30):
        i = r.randint(0, 3)
        b.add(t, minio[i], js({"level": "INFO", "time": iso(t, 9), "api": {"name": "HeadBucket", "bucket": "loki-chunks", "statusCode": 200}, "remotehost": ip(r), "requestID": hexs(r, 16).upper()}))
    return rec(b, "Tonight's Velero backup failed and the storage location is Unavailable. Why?", sel("velero"),
               "ERROR", "tls_certificate", "minio",
               "MinIO's serving certificate (minio-tls) was just re-issued by the new ClusterIssuer internal-ca-2026, and Velero's BackupStorageLocation does not trust that CA, so every request to MinIO fails with 'x509: certificate signed by unknown authority'.",
               "At 01:00 cert-manager re-issued minio-tls from internal-ca-2026 and MinIO reloaded it. Since then Velero cannot validate the backup store (marked unavailable), and the daily backup failed uploading to the velero bucket.",
               "Add the internal-ca-2026 CA to the BackupStorageLocation's caCert (or to the trust bundle Velero's AWS plugin uses), then re-run the backup; roll out the new CA to all MinIO clients before switching issuers.")


@scenario
def tls_linkerd_issuer_expired(r):
    b = B(r, datetime(2026, 7, 15, 9, 30, 0, 0, tzinfo=UTC))
    ev = Events(b, "alloy", cluster="prod-us-1")
    ident = dpod(r, "linkerd-identity")
    Li = L("linkerd", ident, "identity", app="linkerd-identity")
    exp = "2026-07-15T09:26:41Z"
    t = b.at(1.0)
    b.add(t, Li, lf(time=iso(t, 0), level="info", msg="starting gRPC server on :8080"))
    for k in range(4):
        t = b.at(5.0 + k * 70)
        b.add(t, Li, lf(time=iso(t, 0), level="error", msg=f"failed to verify issuer credentials for 'identity.linkerd.cluster.local' with trust anchors: x509: certificate has expired or is not yet valid: current time {iso(t, 0)} is after {exp}"),
              ev=(k in (0, 3)))
    newpods = [("search", dpod(r, "search-api")), ("cart", dpod(r, "cart")), ("cart", dpod(r, "cart")), ("orders", dpod(r, "orders-api"))]
    up = 0.0
    for j, (ns, p) in enumerate(newpods):
        s = 20.0 + j * 45
        node = f"ip-10-8-{r.randint(1, 9)}-{r.randint(10, 250)}.ec2.internal"
        Lp = L(ns, p, "linkerd-proxy", app=p.rsplit("-", 2)[0])
        up = r.uniform(0.01, 0.05)
        b.add(b.at(s), Lp, f"[{up:>12.6f}s]  INFO ThreadId(01) linkerd2_proxy: release 2.238.0 by linkerd")
        b.add(b.at(s + 0.01), Lp, f"[{up + 0.01:>12.6f}s]  INFO ThreadId(01) linkerd2_proxy: Local identity is {p.rsplit('-', 2)[0]}.{ns}.serviceaccount.identity.linkerd.cluster.local")
        for k in range(3):
            b.add(b.at(s + 1 + k * 5), Lp, f"[{up + 1 + k * 5:>12.6f}s]  WARN ThreadId(02) identity:identity{{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}}: linkerd_app_core::control: Failed to resolve control-plane component error=status: Unknown, message: \"issuer certificate is not valid\"",
                  ev=(j == 0 and k == 0))
        b.add(b.at(s + 15.2), Lp, f"[{up + 15.2:>12.6f}s]  WARN ThreadId(01) linkerd_app: Waiting for identity to be initialized...")
        ev(s + 16, ns, "Pod", p, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", typ="Warning", host=node, field_path="spec.containers{linkerd-proxy}")
    olds = [("cart", dpod(r, "cart")), ("search", dpod(r, "search-api"))]
    for t in b.every(0, 300, 10, 20):
        ns, p = r.choice(olds)
        b.add(t, L(ns, p, "linkerd-proxy", app=p.rsplit("-", 2)[0]), f"[{r.uniform(80000, 90000):>12.6f}s]  INFO ThreadId(01) outbound:proxy{{addr=10.96.{r.randint(1, 200)}.{r.randint(2, 200)}:80}}: linkerd_app_core::serve: Connection closed error=connection closed before message completed client.addr={ip(r)}:{port(r)}")
    return rec(b, "New meshed pods never become ready since 09:26. What's going on with Linkerd?", None,
               "CRITICAL", "tls_certificate", "linkerd-identity",
               "The Linkerd identity issuer certificate expired at 2026-07-15T09:26:41Z, so linkerd-identity can no longer sign workload certificates and new proxies never get an identity.",
               "linkerd-identity logs that its issuer credentials fail verification because the certificate has expired. Every new pod's linkerd-proxy keeps waiting for identity and fails readiness with 503, so no rollout, restart or scale-up in the mesh can become ready; existing proxies work only until their own certificates expire (24 h).",
               "Rotate the issuer certificate now (create a new issuer cert/key signed by the trust anchor, update the linkerd-identity-issuer secret, restart linkerd-identity), and automate issuer rotation with cert-manager.")


# ==========================================================================
# auth_failure
# ==========================================================================

@scenario
def auth_tekton_rbac_pruned(r):
    b = B(r, datetime(2026, 4, 16, 14, 2, 0, 0, tzinfo=UTC))
    ev = Events(b, "exporter", cluster="prod-eu-1")
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", app="argocd")
    pr = f"release-ledger-{rs(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    tr = f"{pr}-deploy"
    Lt = L("ci", f"{tr}-pod", "step-deploy", app="tekton")
    ctrl = L("tekton-pipelines", dpod(r, "tekton-pipelines-controller"), "tekton-pipelines-controller", app="tekton-pipelines")
    t = b.at(3.0)
    b.add(t, argo, lf(time=iso(t, 0), level="info", msg="Adding resource result, status: 'Synced', phase: 'Running', message: 'rolebinding.rbac.authorization.k8s.io/pipeline-deployer pruned'", application="argocd/platform-rbac", kind="RoleBinding", name="pipeline-deployer", namespace="payments", phase="Sync", syncId=f"00012-{rs(r, 5, 'abcdefghijklmnopqrstuvwxyz')}"), ev=True)
    t = b.at(3.5)
    b.add(t, argo, lf(time=iso(t, 0), level="info", msg="Sync operation to 7c1f0e2 succeeded", application="argocd/platform-rbac"))
    ev(60.0, "ci", "PipelineRun", pr, "Started", "", comp="PipelineRun", api="tekton.dev/v1")
    s = 60.0
    for tk in ["fetch-source", "unit-test", "build-push"]:
        ev(s + 0.2, "ci", "TaskRun", f"{pr}-{tk}", "Running", "Not all Steps in the Task have finished executing", comp="TaskRun", api="tekton.dev/v1")
        s += r.uniform(30, 60)
        ev(s, "ci", "TaskRun", f"{pr}-{tk}", "Succeeded", "All Steps have completed executing", comp="TaskRun", api="tekton.dev/v1")
    ev(s + 0.3, "ci", "TaskRun", tr, "Running", "Not all Steps in the Task have finished executing", comp="TaskRun", api="tekton.dev/v1")
    for dt, line, e in [(4.0, "+ kubectl -n payments apply -f k8s/", False),
                        (5.1, 'Error from server (Forbidden): error when retrieving current configuration of:', False),
                        (5.101, 'Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"', False),
                        (5.102, 'Name: "ledger", Namespace: "payments"', False),
                        (5.103, 'from server for: "k8s/deployment.yaml": deployments.apps "ledger" is forbidden: User "system:serviceaccount:ci:pipeline-deployer" cannot get resource "deployments" in API group "apps" in the namespace "payments"', True),
                        (5.2, 'Error from server (Forbidden): error when retrieving current configuration of:', False),
                        (5.201, 'Resource: "/v1, Resource=configmaps", GroupVersionKind: "/v1, Kind=ConfigMap"', False),
                        (5.202, 'Name: "ledger-config", Namespace: "payments"', False),
                        (5.203, 'from server for: "k8s/configmap.yaml": configmaps "ledger-config" is forbidden: User "system:serviceaccount:ci:pipeline-deployer" cannot get resource "configmaps" in API group "" in the namespace "payments"', True)]:
        b.add(b.at(s + dt), Lt, line, ev=e)
    t = b.at(s + 6.0)
    d = {"severity": "info", "timestamp": iso(t), "logger": "tekton-pipelines-controller", "caller": "taskrun/taskrun.go:515",
         "message": f"taskrun done : {tr} \n", "commit": "a3f9d21", "knative.dev/controller": "github.com.tektoncd.pipeline.pkg.reconciler.taskrun.Reconciler",
         "knative.dev/kind": "tekton.dev.TaskRun", "knative.dev/traceid": uuid4(r), "knative.dev/key": f"ci/{tr}"}
    b.add(t, ctrl, js(d))
    ev(s + 6.1, "ci", "TaskRun", tr, "Failed", f'"step-deploy" exited with code 1', typ="Warning", comp="TaskRun", api="tekton.dev/v1")
    ev(s + 6.3, "ci", "PipelineRun", pr, "Failed", "Tasks Completed: 4 (Failed: 1, Cancelled 0), Skipped: 0", typ="Warning", comp="PipelineRun", api="tekton.dev/v1")
    for t in b.every(0, s + 10, 8, 16):
        b.add(t, argo, lf(time=iso(t, 0), level="info", msg="Reconciliation completed", application=f"argocd/{r.choice(['ledger', 'platform-rbac', 'monitoring', 'cert-manager'])}", dedup_ms=0, dest_name="in-cluster", diff_ms=r.randint(1, 40), fields_level=0, git_ms=r.randint(0, 20), health_ms=r.randint(0, 5), live_ms=r.randint(0, 4), patch_ms=0, setop_ms=0, settings_ms=0, sync_ms=0, time_ms=r.randint(20, 300)))
    return rec(b, "The ledger release pipeline fails at the deploy step with Forbidden. What changed?", sel("ci"),
               "ERROR", "auth_failure", "pipeline-deployer",
               "Argo CD pruned the RoleBinding payments/pipeline-deployer during a sync of platform-rbac, so the Tekton service account ci:pipeline-deployer no longer has any permissions in the payments namespace and kubectl apply is forbidden.",
               "A few minutes before the release, Argo CD's platform-rbac sync pruned the pipeline-deployer RoleBinding. The deploy step's kubectl apply is then refused by RBAC (cannot get deployments/configmaps in namespace payments), and the TaskRun and PipelineRun fail.",
               "Restore the RoleBinding pipeline-deployer in namespace payments (add it back to the platform-rbac repo so Argo CD doesn't prune it again) and re-run the pipeline.")


@scenario
def auth_sendgrid_revoked(r):
    b = B(r, datetime(2026, 8, 12, 9, 15, 0, 0, tzinfo=UTC))
    ns = "notifications"
    pods = [dpod(r, "mailer") for _ in range(2)]
    Lm = [L(ns, p, "mailer", app="mailer") for p in pods]
    body = '{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked","help":null}]}'
    n = 0
    for t in b.every(0, 280, 5, 11):
        i = r.randint(0, 1)
        tmpl = r.choice(["order-confirmation", "password-reset", "shipping-update", "weekly-digest"])
        n += 1
        b.add(t, Lm[i], js({"level": "error", "provider": "sendgrid", "template": tmpl, "status": 401, "body": body, "attempt": r.randint(1, 5), "time": iso(t), "message": "send failed"}), ev=(n in (1, 2)))
    for t in b.every(0, 280, 30, 50):
        i = r.randint(0, 1)
        b.add(t, Lm[i], js({"level": "warn", "queue": "mail.outbound", "depth": r.randint(4000, 9000), "oldest_age_s": int((t - b.start).total_seconds()) + 3400, "time": iso(t), "message": "outbound queue backlog"}))
    t = b.at(150.0)
    b.add(t, Lm[0], js({"level": "info", "provider": "sendgrid", "key_id": "SG.q8Zt", "time": iso(t), "message": "credentials loaded from /var/run/secrets/mailer/sendgrid-api-key (unchanged since 2026-05-02)"}), ev=True)
    t = b.at(151.0)
    b.add(t, Lm[0], js({"level": "error", "provider": "sendgrid", "endpoint": "GET /v3/scopes", "status": 401, "body": body, "time": iso(t), "message": "credential self-check failed"}), ev=True)
    return rec(b, "No e-mails have gone out since this morning. What is failing?", sel(ns, app="mailer"),
               "ERROR", "auth_failure", "mailer",
               "The SendGrid API key used by mailer (key id SG.q8Zt, unchanged since May) has been revoked or expired on the SendGrid side, so every API call returns 401 'The provided authorization grant is invalid, expired, or revoked'.",
               "Every send to SendGrid fails with 401, including mailer's own credential self-check against /v3/scopes. The outbound mail queue grows, and order confirmations and password resets are not delivered.",
               "Create a new SendGrid API key with Mail Send permission, update the mailer secret and restart mailer; the queued messages will then be sent. Find out who revoked the old key.")


def kconnect(t, lvl, ctx, msg, cls, thread):
    return f"{d_space(t)} {lvl} {ctx}{msg} ({cls}) [{thread}]"


@scenario
def auth_kafka_connect_s3_expired_token(r):
    b = B(r, datetime(2026, 5, 6, 23, 58, 0, 0, tzinfo=UTC))
    ns = "kafka"
    Lc = [L(ns, f"connect-cluster-connect-{i}", "connect-cluster-connect", app="kafka-connect") for i in range(2)]
    tasks = [0, 1, 2, 3]
    for t in b.every(0, 300, 6, 12):
        tk = r.choice(tasks)
        part = r.randint(0, 11)
        b.add(t, Lc[tk % 2], kconnect(t, "INFO", f"[s3-sink|task-{tk}] ", f"Files committed to S3. Target commit offset for orders-{part} is {r.randint(18200000, 18300000)}",
                                      "io.confluent.connect.s3.TopicPartitionWriter", f"task-thread-s3-sink-{tk}"))
    rid = hexs(r, 16).upper()
    n = 0
    for tk in (2, 3):
        for k in range(2):
            n += 1
            t = b.at(120.0 + tk * 0.3 + k * 10)
            b.add(t, Lc[tk % 2], kconnect(t, "ERROR", f"[s3-sink|task-{tk}] ",
                                          f"Multipart upload failed to complete for bucket 'acme-datalake-raw' key 'topics/orders/partition={r.randint(0, 11)}/orders+{r.randint(0, 11)}+0018{r.randint(200000, 299999)}.avro': com.amazonaws.services.s3.model.AmazonS3Exception: The provided token has expired. (Service: Amazon S3; Status Code: 400; Error Code: ExpiredToken; Request ID: {rid}; S3 Extended Request ID: {rs(r, 40, B62)}=; Proxy: null)",
                                          "io.confluent.connect.s3.storage.S3OutputStream", f"task-thread-s3-sink-{tk}"), ev=(n in (1, 3)))
            t2 = t + timedelta(milliseconds=20)
            b.add(t2, Lc[tk % 2], kconnect(t2, "WARN", f"[s3-sink|task-{tk}] ",
                                           f"WorkerSinkTask{{id=s3-sink-{tk}}} Commit of offsets threw an unexpected exception for sequence number {r.randint(4000, 5000)}: null",
                                           "org.apache.kafka.connect.runtime.WorkerSinkTask", f"task-thread-s3-sink-{tk}"))
        t = b.at(141.0 + tk * 0.3)
        b.add(t, Lc[tk % 2], kconnect(t, "INFO", f"[s3-sink|task-{tk}] ", "Refreshed web identity credentials for role arn:aws:iam::123456789012:role/kafka-connect-s3-sink (expires in 3599s)",
                                      "com.acme.connect.aws.WebIdentityCredentialsRefresher", f"task-thread-s3-sink-{tk}"), ev=(tk == 2))
        t = b.at(143.0 + tk * 0.3)
        b.add(t, Lc[tk % 2], kconnect(t, "INFO", f"[s3-sink|task-{tk}] ", f"Files committed to S3. Target commit offset for orders-{r.randint(0, 11)} is {r.randint(18200000, 18300000)}",
                                      "io.confluent.connect.s3.TopicPartitionWriter", f"task-thread-s3-sink-{tk}"))
    return rec(b, "The S3 sink connector logged ExpiredToken errors at midnight. Do we need to do anything?", sel(ns, app="kafka-connect"),
               "WARN", "auth_failure", "s3-sink",
               "Two s3-sink tasks used cached web-identity session credentials that had just expired, so S3 rejected their uploads with ExpiredToken until the credentials were refreshed about 20 seconds later.",
               "Tasks 2 and 3 of the s3-sink connector failed a few multipart uploads with '400 ExpiredToken' around 00:00, refreshed their IRSA credentials, and resumed committing files. The other tasks were unaffected, and Kafka Connect re-processes the uncommitted offsets.",
               "Optional: refresh credentials earlier than expiry (for example with the default AWS credentials provider chain and its pre-expiry refresh) to avoid the short failure window.")


@scenario
def auth_loki_minio_access_key(r):
    b = B(r, datetime(2026, 9, 2, 13, 30, 0, 0, tzinfo=UTC))
    ns = "loki"
    Lw = [L(ns, f"loki-write-{i}", "loki", app="loki") for i in range(3)]
    Lb = L(ns, "loki-backend-0", "loki", app="loki")
    Lr = L(ns, dpod(r, "loki-read"), "loki", app="loki")
    n = 0
    for t in b.every(0, 290, 5, 12):
        i = r.randint(0, 2)
        n += 1
        app = r.choice(["checkout", "cart", "search", "ingress-nginx", "payments"])
        err = (f"failed to flush chunks: store put chunk: InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.\n\tstatus code: 403, request id: {hexs(r, 16).upper()}, host id: , "
               f"num_chunks: 1, labels: {{app=\"{app}\", namespace=\"{r.choice(['shop', 'web', 'ingress'])}\"}}")
        b.add(t, Lw[i], gokit(t, "error", "flush.go:261", "failed to flush", ("component", "ingester"), ("loop", r.randint(1, 31)), ("org_id", "fake"), ("retries", r.randint(1, 10)), ("err", err)), ev=(n in (1, 2)))
    t = b.at(60.0)
    b.add(t, Lb, gokit(t, "error", "compactor.go:544", "failed to run compaction", ("err", "failed to upload compacted index for table index_20698: InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.\n\tstatus code: 403, request id: " + hexs(r, 16).upper() + ", host id: ")), ev=True)
    for t in b.every(10, 290, 30, 60):
        b.add(t, Lr, gokit(t, "info", "metrics.go:217", "executing query", ("component", "querier"), ("org_id", "fake"), ("latency", "fast"), ("query", '{namespace="shop"} |= "error"'), ("query_type", "filter"), ("range_type", "range"), ("length", "1h0m0s"), ("status", "200"), ("total_entries", r.randint(10, 900))))
    for s in (45.0, 165.0, 260.0):
        t = b.at(s)
        i = r.randint(0, 2)
        b.add(t, Lw[i], gokit(t, "info", "checkpoint.go:498", "atomic checkpoint finished", ("component", "ingester"), ("old", f"/var/loki/wal/checkpoint.{r.randint(1000, 2000):06d}"), ("new", f"/var/loki/wal/checkpoint.{r.randint(2001, 3000):06d}")))
    return rec(b, "Loki ingesters can't flush chunks and the compactor fails. What's wrong?", sel(ns, app="loki"),
               "ERROR", "auth_failure", "loki",
               "The S3 access key that Loki uses for its MinIO bucket no longer exists in MinIO (InvalidAccessKeyId, 403), so ingesters cannot flush chunks and the compactor cannot upload the index.",
               "All three loki-write ingesters fail every chunk flush with 403 InvalidAccessKeyId, and loki-backend's compactor fails the same way. Recent data only exists in ingester memory and WAL, which keep growing, so logs are at risk if ingesters restart before this is fixed. Queries over recent data still work.",
               "Recreate the access key (or service account) in MinIO, or update Loki's storage secret to a valid key, and restart the Loki write/backend pods so they pick it up. Watch ingester memory and WAL until the backlog is flushed.")


# ==========================================================================
# config_error
# ==========================================================================

@scenario
def cfg_micronaut_missing_property(r):
    b = B(r, datetime(2026, 2, 3, 10, 20, 0, 0, tzinfo=UTC))
    ns = "shipping"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    new_rs, old_rs = rs_hash(r), rs_hash(r)
    newp = dpod(r, "rate-shopper", new_rs)
    olds = [dpod(r, "rate-shopper", old_rs) for _ in range(2)]
    node = f"ip-10-20-{r.randint(1, 9)}-{r.randint(10, 250)}.eu-west-1.compute.internal"
    Ln = L(ns, newp, "rate-shopper", app="rate-shopper")

    def mn(t, thread, lvl, logger, msg):
        return f"{t.astimezone(UTC):%H:%M:%S}.{t.microsecond // 1000:03d} [{thread}] {lvl:<5} {logger} - {msg}"

    for t in b.every(0, 300, 10, 20):
        p = r.choice(olds)
        b.add(t, L(ns, p, "rate-shopper", app="rate-shopper"), mn(t, f"default-nioEventLoopGroup-1-{r.randint(1, 4)}", "INFO", "c.a.rates.RateController", f"quoted {r.randint(2, 5)} carriers for shipment SHP-{r.randint(100000, 999999)} in {r.randint(200, 900)}ms"))
    ev(0.5, ns, "Deployment", "rate-shopper", "ScalingReplicaSet", f"Scaled up replica set rate-shopper-{new_rs} to 1 from 0", comp="deployment-controller")
    for c, s0 in enumerate([2.0, 20.0, 45.0, 90.0, 175.0]):
        ev(s0, ns, "Pod", newp, "Started", "Started container rate-shopper", host=node)
        s = s0 + 3.5
        lines = [(0.0, mn(b.at(s), "main", "ERROR", "io.micronaut.runtime.Micronaut", "Error starting Micronaut server: Failed to inject value for parameter [apiKey] of class: com.acme.rates.carrier.FedexClient")),
                 (0.001, ""),
                 (0.002, "Message: Error resolving property value [${carrier.fedex.api-key}]. Property doesn't exist"),
                 (0.003, "Path Taken: new RateController(FedexClient fedexClient) --> new FedexClient([String apiKey],HttpClient httpClient)"),
                 (0.004, "io.micronaut.context.exceptions.DependencyInjectionException: Failed to inject value for parameter [apiKey] of class: com.acme.rates.carrier.FedexClient"),
                 (0.005, "\tat io.micronaut.context.AbstractInitializableBeanDefinition.resolvePropertyValueForConstructorArgument(AbstractInitializableBeanDefinition.java:1244)")]
        for dt, line in lines:
            if line == "":
                continue
            is_ev = (c == 0 and dt in (0.0, 0.002)) or (c == 4 and dt == 0.002)
            if c in (1, 2, 3) and dt > 0.002:
                continue
            b.add(b.at(s + dt), Ln, line, ev=is_ev)
        if c >= 1:
            ev(s0 + 5.0, ns, "Pod", newp, "BackOff", f"Back-off restarting failed container rate-shopper in pod {newp}_{ns}({uuid4(r)})", typ="Warning", host=node, ev=(c == 4))
    t = b.at(1.0)
    b.add(t, Ln, mn(t, "main", "INFO", "io.micronaut.context.env.DefaultEnvironment", "Established active environments: [k8s, cloud, prod]"))
    return rec(b, "The new rate-shopper version crash-loops right after start. Why?", sel(ns, app="rate-shopper"),
               "CRITICAL", "config_error", "rate-shopper",
               "The new rate-shopper release requires the property carrier.fedex.api-key (env CARRIER_FEDEX_API_KEY), which the Deployment does not provide, so Micronaut fails dependency injection for FedexClient at startup and the container exits.",
               "Every start of the new pod aborts with 'Error resolving property value [${carrier.fedex.api-key}]. Property doesn't exist', and the pod is in CrashLoopBackOff. The two old pods from the previous ReplicaSet still serve quotes, so the rollout is stuck.",
               "Add CARRIER_FEDEX_API_KEY (from the carrier credentials Secret) to the Deployment, or roll back; then let the rollout continue.")


@scenario
def cfg_fluentbit_bad_config(r):
    b = B(r, datetime(2026, 5, 5, 10, 0, 0, 0, tzinfo=UTC))
    ns = "logging"
    ev = Events(b, "alloy", cluster="prod-us-1")
    nodes = [f"worker-{r.randint(10, 60)}" for _ in range(4)]
    pods = [dspod(r, "fluent-bit") for _ in range(4)]
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", app="argocd")
    t = b.at(1.0)
    b.add(t, argo, lf(time=iso(t, 0), level="info", msg="Adding resource result, status: 'Synced', phase: 'Running', message: 'configmap/fluent-bit configured'", application="argocd/logging", kind="ConfigMap", name="fluent-bit", namespace="logging", phase="Sync"), ev=True)
    t = b.at(1.3)
    b.add(t, argo, lf(time=iso(t, 0), level="info", msg="Adding resource result, status: 'Synced', phase: 'Running', message: 'daemonset.apps/fluent-bit configured'", application="argocd/logging", kind="DaemonSet", name="fluent-bit", namespace="logging", phase="Sync"))
    for i, p in enumerate(pods):
        Lp = L(ns, p, "fluent-bit", node=nodes[i], app="fluent-bit")
        for c, s0 in enumerate([3.0 + i * 5, 30.0 + i * 5, 75.0 + i * 5, 170.0 + i * 5]):
            if s0 > 300:
                break
            ev(s0, ns, "Pod", p, "Started", "Started container fluent-bit", host=nodes[i])
            s = s0 + 0.4
            b.add(b.at(s), Lp, "Fluent Bit v3.1.4")
            b.add(b.at(s + 0.001), Lp, "* Copyright (C) 2015-2024 The Fluent Bit Authors")
            b.add(b.at(s + 0.01), Lp, f"[{b.at(s).astimezone(UTC):%Y/%m/%d %H:%M:%S}] [error] [config] error in /fluent-bit/etc/fluent-bit.conf:48: invalid indentation level", ev=(i == 0 and c == 0))
            b.add(b.at(s + 0.011), Lp, f"[{b.at(s).astimezone(UTC):%Y/%m/%d %H:%M:%S}] [error] configuration file contains errors, aborting.", ev=(i == 0 and c == 0))
            if c >= 1:
                ev(s0 + 1.0, ns, "Pod", p, "BackOff", f"Back-off restarting failed container fluent-bit in pod {p}_{ns}({uuid4(r)})", typ="Warning", host=nodes[i], ev=(i == 3 and c == 2))
    return rec(b, "Logs from several nodes stopped arriving in Loki at 10:00. Why?", sel(ns, app="fluent-bit"),
               "CRITICAL", "config_error", "fluent-bit",
               "An Argo CD sync updated the fluent-bit ConfigMap with an indentation error at fluent-bit.conf line 48, so every Fluent Bit pod aborts at startup ('configuration file contains errors, aborting') and the DaemonSet crash-loops.",
               "Right after the ConfigMap and DaemonSet were synced, the Fluent Bit pods on all nodes restarted and exited immediately with a config parse error. They are now in CrashLoopBackOff, so no node ships logs, and logs that rotate away before this is fixed are lost.",
               "Revert or fix the indentation at line 48 of fluent-bit.conf in the logging repo (check it with fluent-bit --dry-run in CI), sync, and confirm the DaemonSet pods are Running.")


@scenario
def cfg_laravel_missing_app_key(r):
    b = B(r, datetime(2026, 6, 18, 8, 0, 0, 0, tzinfo=IST), tz=IST)
    ns = "portal"
    pods = [dpod(r, "portal") for _ in range(2)]
    Lf = [L(ns, p, "php-fpm", app="portal") for p in pods]
    Ln = [L(ns, p, "nginx", app="portal") for p in pods]
    for i in range(2):
        t = b.at(1.0 + i)
        b.add(t, Lf[i], "   INFO  Configuration cached successfully.")
        b.add(b.at(1.3 + i), Lf[i], "   INFO  Routes cached successfully.")
        b.add(b.at(1.5 + i), Lf[i], f"{fpm_ts(b.at(1.5 + i), IST)} NOTICE: fpm is running, pid 1")
        b.add(b.at(1.51 + i), Lf[i], f"{fpm_ts(b.at(1.51 + i), IST)} NOTICE: ready to handle connections")
    n = 0
    for t in b.every(5, 280, 5, 11):
        i = r.randint(0, 1)
        path = r.choice(["/", "/login", "/dashboard", "/invoices", "/api/session"])
        if path in ("/api/session",) and r.random() < 0.3:
            b.add(t, Ln[i], clf(t, ip(r, 10, 20), "GET", "/healthz", 200, 2, kube_probe("1.30"), tz=IST))
            continue
        n += 1
        lt = t.astimezone(IST)
        inner = laravel(t, "ERROR", "No application encryption key has been specified.",
                        '{"exception":"[object] (Illuminate\\\\Encryption\\\\MissingAppKeyException(code: 0): No application encryption key has been specified. at /var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:83)"}', tz=IST)
        child = r.randint(20, 60)
        b.add(t, Lf[i], fpm_child_said(t, child, inner, tz=IST), ev=(n in (1, 2)))
        if n == 1:
            b.add(t + timedelta(microseconds=100), Lf[i], fpm_child_said(t, child, "[stacktrace]", tz=IST))
            b.add(t + timedelta(microseconds=200), Lf[i], fpm_child_said(t, child, "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Support/helpers.php(330): Illuminate\\Encryption\\EncryptionServiceProvider->Illuminate\\Encryption\\{closure}(NULL)", tz=IST))
        b.add(t + timedelta(milliseconds=8), Ln[i], clf(t, pub_ip(r), "GET", path, 500, 6612, r.choice(UA_BROWSER), tz=IST))
    t = b.at(200.0)
    b.add(t, Lf[0], fpm_child_said(t, 31, laravel(t, "WARNING", "APP_KEY is empty in the cached configuration; run php artisan key:generate or set APP_KEY", tz=IST), tz=IST), ev=True)
    return rec(b, "The customer portal shows a 500 error on every page after this morning's deploy. Why?", sel(ns, app="portal"),
               "ERROR", "config_error", "portal",
               "The portal pods start without APP_KEY (it is missing from the environment given to the new deployment and was cached empty by config:cache), so Laravel throws MissingAppKeyException on every request.",
               "Since the deploy, every page load fails with 'No application encryption key has been specified' and nginx returns 500, while the health check, which does not boot Laravel's encrypter, still passes.",
               "Restore APP_KEY (the original key, so existing sessions and encrypted data stay readable) in the portal Secret/env, redeploy so config:cache picks it up, and make the health check exercise the framework.")


@scenario
def cfg_mimir_runtime_overrides(r):
    b = B(r, datetime(2026, 7, 29, 11, 0, 0, 0, tzinfo=UTC))
    ns = "mimir"
    Ld = [L(ns, dpod(r, "mimir-distributor"), "distributor", app="mimir") for _ in range(2)]
    Li = [L(ns, f"mimir-ingester-zone-a-{i}", "ingester", app="mimir") for i in range(2)]
    prom = L("team-payments", "prometheus-agent-0", "prometheus", app="prometheus-agent")
    err = "load file: yaml: unmarshal errors:\n  line 14: field max_global_series_per_usr not found in type validation.plainLimits"
    n = 0
    for k in range(5):
        s = 5.0 + k * 60.0
        for j, lab in enumerate(Ld + Li[:1]):
            t = b.at(s + j * 0.3)
            n += 1
            b.add(t, lab, gokit(t, "error", "manager.go:120", "failed to load config", ("err", err)), ev=(n in (1, 13)))
    m = 0
    for t in b.every(0, 300, 6, 12):
        m += 1
        t2 = t
        b.add(t2, prom, lf(ts=iso(t2), caller="dedupe.go:153", level="error", component="remote", remote_name="mimir", url="http://mimir-gateway.mimir.svc/api/v1/push",
                           msg="non-recoverable error", count=2000, exemplarCount=0,
                           err="server returned HTTP status 400 Bad Request: send data to ingesters: failed pushing to ingester mimir-ingester-zone-a-1: user=team-payments: per-user series limit of 150000 exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator."),
              ev=(m == 1))
    for t in b.every(0, 300, 20, 40):
        i = r.randint(0, 1)
        b.add(t, Li[i], gokit(t, "info", "ingester.go:1164", "TSDB head compacted", ("user", r.choice(["team-search", "team-web", "platform"])), ("duration", f"{r.uniform(0.2, 3):.3f}s")))
    return rec(b, "team-payments asked for a higher series limit this morning, but their metrics are still rejected. Why?", sel(ns),
               "ERROR", "config_error", "mimir",
               "The edit to Mimir's runtime overrides file uses the misspelled key max_global_series_per_usr, so the whole runtime config fails to load and the old 150000 series limit for team-payments stays in force.",
               "Every minute the distributors and ingesters fail to reload the runtime config ('field max_global_series_per_usr not found'), so the raised limit never takes effect. team-payments' Prometheus agent still gets 400 'per-user series limit of 150000 exceeded' and drops samples.",
               "Fix the key to max_global_series_per_user in the runtime overrides ConfigMap (validate it in CI), confirm the reload succeeds, and check that team-payments' remote-write errors stop.")


# ==========================================================================
# database
# ==========================================================================

@scenario
def db_pg_too_many_clients(r):
    b = B(r, datetime(2026, 3, 18, 16, 40, 0, 0, tzinfo=UTC))
    ns = "support"
    ev = Events(b, "exporter")
    Lpg = L(ns, "helpdesk-pg-0", "postgres", app="helpdesk-pg")
    web = [dpod(r, "helpdesk-web") for _ in range(2)]
    Lw = [L(ns, p, "web", app="helpdesk") for p in web]
    wrs = rs_hash(r)
    workers = [dpod(r, "helpdesk-worker", wrs) for _ in range(4)]
    host = "helpdesk-pg.support.svc.cluster.local"
    pgip = f"10.96.{r.randint(1, 250)}.{r.randint(2, 250)}"
    ev(2.0, ns, "HorizontalPodAutoscaler", "helpdesk-worker", "SuccessfulRescale", "New size: 16; reason: external metric celery_queue_length(&LabelSelector{MatchLabels:map[string]string{queue: default,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", comp="horizontal-pod-autoscaler", ev=True)
    ev(2.1, ns, "Deployment", "helpdesk-worker", "ScalingReplicaSet", f"Scaled up replica set helpdesk-worker-{wrs} to 16 from 4", comp="deployment-controller")

    def pg(t, pid, lvl, msg):
        return f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] {lvl}:  {msg}"

    for t in b.every(0, 40, 3, 7):
        b.add(t, r.choice(Lw), clf(t, ip(r), "GET", f"/tickets/{r.randint(1000, 99999)}/", 200, r.randint(3000, 20000), UA_BROWSER[0]))
    n = 0
    for t in b.every(40, 290, 6, 12):
        n += 1
        pid = r.randint(20000, 60000)
        if r.random() < 0.3:
            b.add(t, Lpg, pg(t, pid, "FATAL", "remaining connection slots are reserved for non-replication superuser connections"))
        else:
            b.add(t, Lpg, pg(t, pid, "FATAL", "sorry, too many clients already"), ev=(n in (1, 4)))
        t2 = t + timedelta(milliseconds=r.randint(1, 8))
        if r.random() < 0.5:
            i = r.randint(0, 1)
            b.add(t2, Lw[i], f"ERROR {d_space(t2)} django.request Internal Server Error: /tickets/{r.randint(1000, 99999)}/")
            b.add(t2 + timedelta(microseconds=50), Lw[i], f'django.db.utils.OperationalError: connection to server at "{host}" ({pgip}), port 5432 failed: FATAL:  sorry, too many clients already', ev=(n == 1))
        else:
            w = r.choice(workers)
            b.add(t2, L(ns, w, "worker", app="helpdesk-worker"), celery(t2, f"ForkPoolWorker-{r.randint(1, 8)}", "ERROR",
                                                                          f"Task helpdesk.tasks.sync_mailbox[{uuid4(r)}] raised unexpected: OperationalError('connection to server at \"{host}\" ({pgip}), port 5432 failed: FATAL:  sorry, too many clients already\\n')"))
    t = b.at(100.0)
    b.add(t, Lpg, pg(t, 1, "LOG", "checkpoint starting: time"))
    return rec(b, "helpdesk returns 500s and tasks fail with OperationalError. What is happening?", sel(ns),
               "ERROR", "database", "helpdesk-pg",
               "helpdesk-pg has reached max_connections: after helpdesk-worker was scaled from 4 to 16 (each Celery worker process keeps persistent connections), Postgres rejects new connections with 'sorry, too many clients already'.",
               "Right after the HPA scaled helpdesk-worker to 16 pods, Postgres started refusing connections ('too many clients already' / 'remaining connection slots are reserved'). Web requests and Celery tasks fail with OperationalError.",
               "Put PgBouncer (transaction pooling) in front of helpdesk-pg, or lower worker concurrency / CONN_MAX_AGE and cap the worker HPA. If safe, raise max_connections as a stop-gap.")


@scenario
def db_mysql_replica_lag(r):
    b = B(r, datetime(2026, 2, 11, 3, 10, 0, 0, tzinfo=UTC))
    ns = "db"
    Lp = L(ns, dpod(r, "proxysql"), "proxysql", app="proxysql")
    Lr = L(ns, "mysql-replica-1", "mysql", app="mysql")
    Lm = L(ns, "mysql-primary-0", "mysql", app="mysql")
    job = f"audit-purge-{r.randint(29560000, 29569999)}-{rs(r, 5)}"
    Lj = L("ops", job, "purge", job="ops/audit-purge")
    rep = "mysql-replica-1.mysql.db.svc.cluster.local:3306"

    def px(t, src, lvl, msg):
        return f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S} {src}: [{lvl}] {msg}"

    t = b.at(2.0)
    b.add(t, Lj, f"{iso(t)} INFO purge: deleting audit_log rows older than 2025-08-11 in a single transaction")
    t = b.at(61.0)
    b.add(t, Lj, f"{iso(t)} INFO purge: deleted 4,218,551 rows from audit_log in 58.7s", ev=True)
    for k, (s, lag) in enumerate([(75.0, 12), (85.0, 31), (95.0, 57), (105.0, 84), (135.0, 121), (165.0, 64), (195.0, 9)]):
        t = b.at(s)
        if lag > 30:
            b.add(t, Lp, px(t, "MySQL_HostGroups_Manager.cpp:3486:replication_lag_action_inner()", "WARNING",
                            f"Shunning server {rep} from HG 20 with replication lag of {lag} second"), ev=(k == 2))
    t = b.at(205.0)
    b.add(t, Lp, px(t, "MySQL_HostGroups_Manager.cpp:3481:replication_lag_action_inner()", "WARNING",
                    f"Re-enabling server {rep} from HG 20 with replication lag of 0 second"), ev=True)
    t = b.at(180.0)
    b.add(t, Lr, f"{iso(t, 6)} 0 [Note] [MY-010559] [Repl] Multi-threaded replica statistics for channel '': seconds elapsed = 120; events assigned = 1843; worker queues filled over overrun level = 0; waited due a Worker queue full = 0; waited due the total size = 0; waited at clock conflicts = 118239421000 waited (count) when Workers occupied = 812 waited when Workers occupied = 0")
    apps = [dpod(r, "catalog-api") for _ in range(2)]
    for t in b.every(0, 280, 5, 11):
        s = (t - b.start).total_seconds()
        b.add(t, L("catalog", r.choice(apps), "catalog-api", app="catalog-api"),
              lf(time=iso(t), level="info", msg="query", route=r.choice(["GET /v1/items/:id", "GET /v1/items", "POST /v1/items/:id/stock"]), db_ms=r.randint(2, 14) if not (95 < s < 200) else r.randint(6, 40), status=200))
    t = b.at(150.0)
    b.add(t, Lm, f"{iso(t, 6)} 0 [Warning] [MY-010956] [Server] Invalid replication timestamps: original commit timestamp is more recent than the immediate commit timestamp. This may be an issue if delayed replication is active. Make sure that servers have their clocks set to the correct time. No further message will be emitted until after timestamps become valid again.")
    return rec(b, "ProxySQL shunned a MySQL replica at 03:11. Is replication broken?", sel(ns),
               "WARN", "database", "mysql-replica-1",
               "A nightly audit-purge job deleted 4.2 million rows in one transaction on the primary; replaying it made mysql-replica-1 fall up to ~2 minutes behind, so ProxySQL shunned it from the read hostgroup until it caught up.",
               "After the big DELETE committed, replication lag on mysql-replica-1 rose to 121 s, and ProxySQL removed it from HG 20 so reads went to the remaining servers and got a little slower. At 03:13:25 the lag was back to 0 and the replica was re-enabled.",
               "Optional: make the purge job delete in small batches (e.g. 10k rows per transaction) so replicas don't fall behind.")


@scenario
def db_clickhouse_too_many_parts(r):
    b = B(r, datetime(2026, 4, 9, 16, 0, 0, 0, tzinfo=UTC), digits=6)
    ns = "analytics-db"
    Lch = [L(ns, f"chi-events-main-0-{i}-0", "clickhouse", app="clickhouse") for i in range(2)]
    vec = [L("observability", dpod(r, "vector-aggregator"), "vector", app="vector-aggregator") for _ in range(2)]
    tuuid = uuid4(r)

    def ch(t, tid, qid, lvl, msg):
        lt = t.astimezone(UTC)
        return f"{lt:%Y.%m.%d %H:%M:%S}.{lt.microsecond:06d} [ {tid} ] {{{qid}}} <{lvl}> {msg}"

    n = 0
    parts = 2100
    for t in b.every(0, 290, 4, 9):
        i = r.randint(0, 1)
        parts += r.randint(20, 60)
        if parts < 3000:
            b.add(t, Lch[i], ch(t, r.randint(300, 900), uuid4(r), "Warning", f"events.page_views ({tuuid}): Delaying inserting block by {r.uniform(200, 900):.1f} ms. because there are {parts} parts and their average size is {r.uniform(15, 22):.2f} KiB"), ev=(n == 0 and parts > 2200))
            if parts > 2200 and n == 0:
                n = -1
        else:
            n = max(n, 0) + 1
            b.add(t, Lch[i], ch(t, r.randint(300, 900), uuid4(r), "Error",
                                f"executeQuery: Code: 252. DB::Exception: Too many parts (3000 with average size of 18.21 KiB) in table 'events.page_views ({tuuid})'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.3.5.46 (official build)) (from {ip(r)}:{port(r)}) (in query: INSERT INTO events.page_views (ts, session_id, url, referrer, ua) FORMAT RowBinary ), Stack trace (when copying this message, always include the lines below):"),
                  ev=(n in (1, 3)))
            t2 = t + timedelta(milliseconds=r.randint(2, 20))
            b.add(t2, r.choice(vec), f'{iso(t2, 6)} ERROR sink{{component_kind="sink" component_id=clickhouse_page_views component_type=clickhouse}}:request{{request_id={r.randint(10000, 99999)}}}: vector::sinks::util::retries: Not retriable; dropping the request. reason="response status: 500 Internal Server Error" internal_log_rate_limit=true',
                  ev=(n == 1))
    for t in b.every(0, 290, 25, 45):
        i = r.randint(0, 1)
        b.add(t, Lch[i], ch(t, r.randint(100, 300), "", "Information", f"events.page_views ({tuuid}) (MergerMutator): Selected 6 parts from 202604_1843211_1843216_1 to 202604_1843300_1843305_1"))
    t = b.at(20.0)
    b.add(t, vec[0], f'{iso(t, 6)}  INFO vector::topology::running: Running healthchecks.')
    t = b.at(30.0)
    b.add(t, vec[0], f'{iso(t, 6)}  INFO sink{{component_kind="sink" component_id=clickhouse_page_views component_type=clickhouse}}: vector::sinks::clickhouse: batch settings max_events=100 timeout_secs=1 (config reloaded)', ev=True)
    return rec(b, "Page-view inserts into ClickHouse fail with TOO_MANY_PARTS. Why?", sel(ns, app="clickhouse"),
               "ERROR", "database", "clickhouse",
               "events.page_views in ClickHouse has hit the parts_to_throw_insert limit (3000 active parts): the Vector aggregators insert tiny batches (max_events=100, 1 s timeout), creating far more parts than merges can absorb, so ClickHouse rejects inserts with TOO_MANY_PARTS.",
               "ClickHouse first delayed inserts as the part count rose past 2100 and then began rejecting them with Code 252 TOO_MANY_PARTS. Vector treats the 500 as not retriable and drops the batches, so page-view data is being lost.",
               "Raise the Vector ClickHouse sink batch size and timeout (e.g. 50k events / 10 s) or enable async_insert, and let the merges catch up. Backfill the dropped page views from the upstream source if possible.")


@scenario
def db_ecto_migration_unique(r):
    b = B(r, datetime(2026, 3, 24, 9, 0, 0, 0, tzinfo=UTC), digits=6)
    ns = "community"
    ev = Events(b, "exporter", cluster="prod-eu-2")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    newp = dpod(r, "forum", new_rs)
    oldp = dpod(r, "forum", old_rs)
    node = f"worker-{r.randint(10, 60)}"
    Lmig = L(ns, newp, "migrate", app="forum")
    Lpg = L(ns, "forum-db-1", "postgres", app="forum-db")
    gw = L("gateway", dpod(r, "envoy-gateway"), "envoy", app="envoy")

    def ex(t, lvl, msg):
        lt = t.astimezone(UTC)
        return f"{lt:%H:%M:%S}.{lt.microsecond // 1000:03d} [{lvl}] {msg}"

    ev(0.5, ns, "Deployment", "forum", "ScalingReplicaSet", f"Scaled down replica set forum-{old_rs} to 0 from 1", comp="deployment-controller")
    ev(0.6, ns, "Pod", oldp, "Killing", "Stopping container forum", host=node)
    ev(2.0, ns, "Deployment", "forum", "ScalingReplicaSet", f"Scaled up replica set forum-{new_rs} to 1 from 0", comp="deployment-controller")
    for c, s0 in enumerate([4.0, 22.0, 48.0, 95.0, 180.0]):
        ev(s0, ns, "Pod", newp, "Started", "Started container migrate", host=node)
        s = s0 + 2.5
        b.add(b.at(s), Lmig, ex(b.at(s), "info", "== Running 20260318091500 Forum.Repo.Migrations.AddUniqueIndexOnUsersLowerEmail.change/0 forward"))
        b.add(b.at(s + 0.001), Lmig, ex(b.at(s + 0.001), "info", "create index if not exists users_lower_email_index"))
        b.add(b.at(s + 0.8), Lmig, "** (Postgrex.Error) ERROR 23505 (unique_violation) could not create unique index \"users_lower_email_index\"", ev=(c == 0))
        if c == 0:
            for j, line in enumerate(["", "    table: users", "    constraint: users_lower_email_index", "", "Key (lower(email::text))=(maria.lopez@example.com) is duplicated.",
                                      "    (ecto_sql 3.11.3) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
                                      "    (ecto_sql 3.11.3) lib/ecto/migration/runner.ex:327: Ecto.Migration.Runner.log_and_execute_ddl/3"]):
                if line:
                    b.add(b.at(s + 0.801 + j * 0.0001), Lmig, line, ev=("duplicated" in line))
        t = b.at(s + 0.79)
        pid = r.randint(2000, 9000)
        b.add(t, Lpg, f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] ERROR:  could not create unique index \"users_lower_email_index\"", ev=(c == 1))
        b.add(t + timedelta(microseconds=100), Lpg, f"{t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] DETAIL:  Key (lower(email::text))=(maria.lopez@example.com) is duplicated.")
        if c >= 1:
            ev(s0 + 4.0, ns, "Pod", newp, "BackOff", f"Back-off restarting failed container migrate in pod {newp}_{ns}({uuid4(r)})", typ="Warning", host=node, ev=(c == 4))
    for t in b.every(3, 290, 4, 9):
        lt = t.astimezone(UTC)
        b.add(t, gw, f'[{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}Z] "GET {r.choice(["/", "/t/welcome/1", "/latest", "/session/current.json"])} HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "{pub_ip(r)}" "{r.choice(UA_BROWSER)}" "{uuid4(r)}" "forum.acme.io" "-"')
    return rec(b, "The forum is down (503) since the 09:00 deploy. What broke?", sel(ns, app="forum"),
               "CRITICAL", "database", "forum-db",
               "The release's Ecto migration adds a unique index on lower(email), but the users table in forum-db already has duplicate e-mails (maria.lopez@example.com), so Postgres rejects the CREATE UNIQUE INDEX (23505) and the migrate init container fails on every start.",
               "The Deployment uses the Recreate strategy, so the old forum pod was stopped first. The new pod's migrate init container keeps failing with unique_violation and is in back-off, no forum pod is running, and the gateway returns 503 no_healthy_upstream for every request.",
               "Roll back to the previous release to restore service, then de-duplicate the users with case-insensitive duplicate e-mails (or make the migration do it) before running the unique-index migration again.")


# ==========================================================================
# resource_exhausted
# ==========================================================================

def k4j(t, lvl, msg, cls, thread):
    return f"{d_space(t)} {lvl} {msg} ({cls}) [{thread}]"


@scenario
def res_kafka_disk_full(r):
    b = B(r, datetime(2026, 8, 27, 4, 10, 0, 0, tzinfo=UTC))
    ns = "kafka"
    ev = Events(b, "alloy", cluster="prod-eu-1")
    Lk = {i: L(ns, f"events-kafka-{i}", "kafka", app="events-kafka") for i in range(3)}
    node = f"ip-10-20-{r.randint(1, 9)}-{r.randint(10, 250)}.eu-west-1.compute.internal"
    prod = dpod(r, "clickstream-collector")
    Lp = L("web", prod, "collector", app="clickstream-collector")
    d2 = "/var/lib/kafka/data-0/kafka-log2"
    for t in b.every(0, 60, 8, 15):
        part = r.randint(0, 23)
        b.add(t, Lk[2], k4j(t, "INFO", f"[LocalLog partition=clickstream-{part}, dir={d2}] Rolled new log segment at offset {r.randint(10 ** 9, 2 * 10 ** 9)} in {r.randint(1, 4)} ms.", "kafka.log.LocalLog", f"data-plane-kafka-request-handler-{r.randint(0, 7)}"))
    t = b.at(40.0)
    b.add(t, Lk[2], k4j(t, "INFO", "[UnifiedLog partition=clickstream-11, dir=" + d2 + "] Deleting segments due to log start offset 0 breach: (none, retention.ms=-1, retention.bytes=-1)", "kafka.log.UnifiedLog", "kafka-scheduler-4"), ev=True)
    t = b.at(63.2)
    b.add(t, Lk[2], k4j(t, "ERROR", f"Error while appending records to clickstream-7 in dir {d2}", "org.apache.kafka.storage.internals.log.LogDirFailureChannel", "data-plane-kafka-request-handler-3"), ev=True)
    b.add(b.at(63.201), Lk[2], "java.io.IOException: No space left on device", ev=True)
    b.add(b.at(63.202), Lk[2], "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)")
    t = b.at(63.5)
    b.add(t, Lk[2], k4j(t, "WARN", f"[ReplicaManager broker=2] Stopping serving replicas in dir {d2}", "kafka.server.ReplicaManager", "LogDirFailureHandler"))
    t = b.at(63.9)
    b.add(t, Lk[2], k4j(t, "ERROR", f"Shutdown broker because all log dirs in {d2} have failed", "kafka.log.LogManager", "LogDirFailureHandler"), ev=True)
    for c, s0 in enumerate([80.0, 140.0, 240.0]):
        ev(s0, ns, "Pod", "events-kafka-2", "Started", "Started container kafka", host=node)
        t = b.at(s0 + 6.0)
        b.add(t, Lk[2], k4j(t, "INFO", "Loading logs from log dirs ArrayBuffer(/var/lib/kafka/data-0/kafka-log2)", "kafka.log.LogManager", "main"))
        t = b.at(s0 + 9.5)
        b.add(t, Lk[2], k4j(t, "ERROR", f"There was an error in one of the threads during logs loading: java.io.IOException: No space left on device", "kafka.log.LogManager", "main"))
        t = b.at(s0 + 9.7)
        b.add(t, Lk[2], k4j(t, "ERROR", "[KafkaServer id=2] Fatal error during KafkaServer startup. Prepare to shutdown", "kafka.server.KafkaServer", "main"))
        if c >= 1:
            ev(s0 + 11.0, ns, "Pod", "events-kafka-2", "BackOff", f"Back-off restarting failed container kafka in pod events-kafka-2_{ns}({uuid4(r)})", typ="Warning", host=node)
    for t in b.every(65, 300, 8, 16):
        i = r.randint(0, 1)
        b.add(t, Lk[i], k4j(t, "WARN", f"[ReplicaFetcher replicaId={i}, leaderId=2, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId={i}, maxWait=500, minBytes=1, maxBytes=10485760) to node 2", "kafka.server.ReplicaFetcherThread", f"ReplicaFetcherThread-0-2") if r.random() < 0.3 else
              k4j(t, "INFO", f"[Partition clickstream-{r.randint(0, 23)} broker={i}] Shrinking ISR from {i},2 to {i}. Leader: (highWatermark: {r.randint(10 ** 9, 2 * 10 ** 9)}, endOffset: {r.randint(10 ** 9, 2 * 10 ** 9)}). Out of sync replicas: (brokerId: 2, endOffset: {r.randint(10 ** 9, 2 * 10 ** 9)}).", "kafka.cluster.Partition", f"data-plane-kafka-request-handler-{r.randint(0, 7)}"))
    for t in b.every(64, 300, 10, 20):
        b.add(t, Lp, f"{d_space(t)} WARN  [Producer clientId=clickstream-collector] Got error produce response with correlation id {r.randint(100000, 999999)} on topic-partition clickstream-{r.randint(0, 23)}, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender)")
    return rec(b, "Kafka broker events-kafka-2 keeps crashing. Why?", sel(ns, pod="events-kafka-2"),
               "CRITICAL", "resource_exhausted", "events-kafka",
               "The data volume of broker events-kafka-2 is full ('No space left on device'): the clickstream topic has retention.ms=-1 and retention.bytes=-1, so nothing is deleted. The broker took its only log dir offline, shut down, and fails log loading on every restart.",
               "Appends to clickstream-7 failed with IOException: No space left on device, broker 2 stopped serving its replicas and shut down, and every restart fails while loading logs. Partitions led by broker 2 moved or shrank their ISR, and producers get NOT_LEADER_OR_FOLLOWER. Data is now held by fewer replicas.",
               "Expand the broker's PVC (or free space by setting a retention on clickstream and deleting old segments offline), bring events-kafka-2 back, let it catch up, and add disk-usage alerts per broker.")


@scenario
def res_go_emfile(r):
    b = B(r, datetime(2026, 5, 12, 8, 0, 0, 0, tzinfo=UTC))
    ns = "realtime"
    pods = [dpod(r, "ws-gateway") for _ in range(2)]
    Lg = [L(ns, p, "ws-gateway", app="ws-gateway") for p in pods]
    env = L("projectcontour", dspod(r, "envoy"), "envoy", app="envoy")
    redis_ip = f"10.96.{r.randint(1, 250)}.{r.randint(2, 250)}"
    for t in b.every(0, 290, 20, 35):
        b.add(t, Lg[1], lf(time=iso(t), level="info", msg="stats", open_ws=r.randint(9000, 12000), open_fds=r.randint(9500, 12500), fd_limit=65536))
    for k, s in enumerate([15.0, 75.0, 135.0]):
        t = b.at(s)
        b.add(t, Lg[0], lf(time=iso(t), level="info", msg="stats", open_ws=r.randint(9000, 12000), open_fds=[52211, 61877, 65533][k], fd_limit=65536, half_closed=[41003, 50102, 53910][k]), ev=(k == 2))
    n = 0
    for t in b.every(140, 300, 3, 8):
        n += 1
        if r.random() < 0.6:
            b.add(t, Lg[0], f"{t.astimezone(UTC):%Y/%m/%d %H:%M:%S} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s", ev=(n in (1, 2)))
        else:
            b.add(t, Lg[0], lf(time=iso(t), level="error", msg="presence update failed", err=f"dial tcp {redis_ip}:6379: socket: too many open files"), ev=(n == 3))
        t2 = t + timedelta(milliseconds=r.randint(1, 30))
        lt = t2.astimezone(UTC)
        b.add(t2, env, f'[{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}Z] "GET /ws HTTP/1.1" 503 UF upstream_reset_before_response_started{{connection_failure}} - "-" 0 91 1001 - "{pub_ip(r)}" "{r.choice(UA_BROWSER)}" "{uuid4(r)}" "rt.acme.io" "{ip(r)}:8080"')
    for t in b.every(0, 140, 6, 12):
        lt = t.astimezone(UTC)
        b.add(t, env, f'[{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}Z] "GET /ws HTTP/1.1" 101 - via_upstream - "-" 0 0 {r.randint(1000, 900000)} - "{pub_ip(r)}" "{r.choice(UA_BROWSER)}" "{uuid4(r)}" "rt.acme.io" "{ip(r)}:8080"')
    return rec(b, "WebSocket connections to rt.acme.io fail with 503 from Envoy. What is wrong?", sel(ns, app="ws-gateway"),
               "ERROR", "resource_exhausted", "ws-gateway",
               "One ws-gateway pod has run out of file descriptors (65533 of 65536 in use, ~54k of them half-closed sockets that are never released), so it can no longer accept connections or open new sockets.",
               "The open-fd count on that ws-gateway pod climbed over the window; now Go's HTTP server logs 'accept4: too many open files', Redis dials fail with the same error, and Envoy gets connection failures (503 UF) for the upgrades routed to that pod.",
               "Restart the affected pod to recover, then fix the leak (close connections on half-close/ping timeout, set read deadlines) and alert on the open_fds/fd_limit ratio.")


@scenario
def res_phpfpm_max_children(r):
    b = B(r, datetime(2026, 10, 14, 19, 0, 0, 0, tzinfo=CEST), tz=CEST)
    ns = "shop-de"
    pods = [dpod(r, "shop") for _ in range(2)]
    Lc = [L(ns, p, "caddy", app="shop") for p in pods]
    Lf = [L(ns, p, "php-fpm", app="shop") for p in pods]
    host = "www.acme-shop.de"
    n = 0
    for t in b.every(0, 290, 3, 6.5):
        i = r.randint(0, 1)
        s = (t - b.start).total_seconds()
        if s > 60 and r.random() < 0.45:
            n += 1
            b.add(t, Lc[i], js({"level": "error", "ts": round(epoch(t), 7), "logger": "http.log.error", "msg": "dialing backend: dial unix /run/php/php-fpm.sock: connect: resource temporarily unavailable",
                                "request": {"remote_ip": ip(r), "client_ip": pub_ip(r), "proto": "HTTP/2.0", "method": "GET", "host": host, "uri": r.choice(["/", "/sale", "/produkt/wanderschuh-alpin-42"])},
                                "duration": round(r.uniform(0.0002, 0.002), 6), "status": 502, "err_id": rs(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789"), "err_trace": "reverseproxy.statusError (reverseproxy.go:1269)"}),
                  ev=(n == 1))
        else:
            b.add(t, Lc[i], caddy_access(t, r, pub_ip(r), "GET", host, r.choice(["/", "/sale", "/warenkorb", "/produkt/wanderschuh-alpin-42"]), 200, r.randint(9000, 40000), jit(r, 0.05, 1.8), r.choice(UA_BROWSER)))
    for i in range(2):
        for k, s in enumerate([30.0 + i, 45.0 + i]):
            t = b.at(s)
            b.add(t, Lf[i], f"{fpm_ts(t, CEST)} WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning {8 * (k + 1)} children, there are 0 idle, and {12 + k * 4} total children")
        for k, s in enumerate([58.0 + i, 118.0 + i, 178.0 + i, 238.0 + i]):
            t = b.at(s)
            b.add(t, Lf[i], f"{fpm_ts(t, CEST)} WARNING: [pool www] server reached pm.max_children setting (20), consider raising it", ev=(i == 0 and k in (0, 3)))
    t = b.at(20.0)
    b.add(t, Lf[0], fpm_child_said(t, 44, laravel(t, "INFO", "Newsletter campaign traffic detected", js({"utm_campaign": "herbst-sale", "sessions_last_minute": 4211}), tz=CEST), tz=CEST))
    return rec(b, "The German shop throws 502s during the autumn sale. Why?", sel(ns, app="shop"),
               "ERROR", "resource_exhausted", "shop",
               "The shop's PHP-FPM pool is saturated: both pods hit pm.max_children=20 during the newsletter traffic spike, the FPM socket backlog fills up, and Caddy's connections to /run/php/php-fpm.sock fail with EAGAIN, so the requests get 502.",
               "When the herbst-sale campaign traffic arrived, PHP-FPM spawned children until it reached pm.max_children (20) on both pods. Since then a large share of requests fail with 'dial unix /run/php/php-fpm.sock: connect: resource temporarily unavailable' (502), while the rest are served slowly.",
               "Scale the shop Deployment out and raise pm.max_children (within the pod's memory limit), increase listen.backlog, and cache the sale pages. Autoscale on FPM active processes.")


@scenario
def res_hikari_pool_transient(r):
    b = B(r, datetime(2026, 6, 10, 2, 0, 0, 0, tzinfo=UTC))
    ns = "warehouse"
    pods = [dpod(r, "inventory") for _ in range(2)]
    Li = [L(ns, p, "inventory", app="inventory") for p in pods]

    def kt(t, thread, lvl, logger, msg):
        return f"{d_space(t, digits=3, sep='.')} [{thread}] {lvl:<5} {logger} - {msg}"

    t = b.at(20.0)
    b.add(t, Li[0], kt(t, "scheduler-1", "INFO", "c.a.inventory.jobs.StockRecount", "nightly stock recount started: 412 locations, parallelism=8"), ev=True)
    t = b.at(151.0)
    b.add(t, Li[0], kt(t, "scheduler-1", "INFO", "c.a.inventory.jobs.StockRecount", "nightly stock recount finished in 131.2s"), ev=True)
    n = 0
    for t in b.every(0, 290, 3, 8):
        i = r.randint(0, 1)
        s = (t - b.start).total_seconds()
        thr = f"eventLoopGroupProxy-4-{r.randint(1, 8)}"
        if i == 0 and 52 < s < 152 and r.random() < 0.6:
            n += 1
            b.add(t, Li[0], kt(t, "DefaultDispatcher-worker-" + str(r.randint(1, 64)), "WARN", "com.zaxxer.hikari.pool.HikariPool",
                               f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={r.randint(20, 45)})"), ev=(n in (1, 2)))
            b.add(t + timedelta(milliseconds=2), Li[0], kt(t, thr, "ERROR", "Application",
                                                          "500 Internal Server Error: POST - /v1/reservations java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=37)"))
        else:
            b.add(t, Li[i], kt(t, thr, "INFO", "Application", f"200 OK: {r.choice(['POST - /v1/reservations', 'GET - /v1/stock/' + str(r.randint(1000, 9999)), 'GET - /v1/locations'])} in {r.randint(4, 40)}ms"))
    return rec(b, "inventory returned 500s with Hikari pool timeouts around 02:01. Is it still happening?", sel(ns, app="inventory"),
               "WARN", "resource_exhausted", "inventory",
               "On one inventory pod the nightly stock recount job (parallelism 8) held most of the 10 HikariCP connections, so API requests waited the full 30 s for a connection and failed until the job finished.",
               "From about 02:00:52 until the recount finished at 02:02:31, reservations on that pod failed with 'Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0)'. The other replica was unaffected, and the errors stopped when the job released its connections.",
               "Optional: give the recount job its own small pool or lower its parallelism, or run it in a separate deployment, so API traffic always has connections.")


# ==========================================================================
# storage
# ==========================================================================

@scenario
def stor_multi_attach_harbor_db(r):
    b = B(r, datetime(2026, 1, 20, 22, 30, 0, 0, tzinfo=UTC))
    ns = "harbor"
    ev = Events(b, "alloy", cluster="dc1-prod")
    pvc = f"pvc-{uuid4(r)}"
    new_node = f"k8s-w{r.randint(20, 40)}.dc1.acme.internal"
    old_node = "k8s-w17.dc1.acme.internal"
    core = L(ns, dpod(r, "harbor-core"), "core", app="harbor")
    jobs = L(ns, dpod(r, "harbor-jobservice"), "jobservice", app="harbor")
    dbip = f"10.96.{r.randint(1, 250)}.{r.randint(2, 250)}"
    ev(1.0, ns, "Pod", "harbor-database-0", "Scheduled", f"Successfully assigned harbor/harbor-database-0 to {new_node}", comp="default-scheduler")
    for k, dt in enumerate([1.5, 3.0, 7.0, 15.0, 31.0, 63.0, 127.0, 255.0]):
        ev(dt, ns, "Pod", "harbor-database-0", "FailedAttachVolume",
           f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
           typ="Warning", comp="attachdetach-controller", ev=(k in (0, 7)))
    for k, dt in enumerate([122.0, 245.0]):
        ev(dt, ns, "Pod", "harbor-database-0", "FailedMount",
           "Unable to attach or mount volumes: unmounted volumes=[database-data], unattached volumes=[database-data kube-api-access-4x7qz]: timed out waiting for the condition",
           typ="Warning", host=new_node, ev=(k == 0))
    t = b.at(0.2)
    b.add(t, L("kube-system", "kube-controller-manager-cp-1", "kube-controller-manager", node="cp-1"),
          klog(t, "W", "reconciler.go:232", f'"Multi-Attach error" volume={{"VolumeToAttach":{{"VolumeName":"kubernetes.io/csi/csi.vsphere.vmware.com^{uuid4(r)}","VolumeSpec":"{pvc}","NodeName":"{new_node}","ScheduledPods":[{{"namespace":"harbor","name":"harbor-database-0"}}]}}}} attachedTo=["{old_node}"]'), ev=True)
    for t in b.every(2, 290, 5, 11):
        if r.random() < 0.6:
            b.add(t, core, f"{iso(t, 0)} [ERROR] [/lib/orm/orm.go:89]: failed to connect to database: dial tcp {dbip}:5432: connect: connection refused")
        else:
            lt = t.astimezone(UTC)
            b.add(t, core, f'{iso(t, 0)} [INFO] [/server/middleware/log/log.go:30][requestID="{uuid4(r)}"]: GET /v2/{r.choice(["shop/checkout", "search/indexer"])}/manifests/{r.choice(["5.0.3", "latest"])} 503 Service Unavailable')
    for t in b.every(10, 290, 30, 50):
        b.add(t, jobs, f"{iso(t, 0)} [ERROR] [/jobservice/job/impl/gc/gc.go:120]: failed to get artifacts: failed to connect to tcp:harbor-database:5432")
    return rec(b, "Harbor has been down since the node maintenance. harbor-database-0 is stuck in ContainerCreating. Why?", sel(ns, pod="harbor-database-0"),
               "CRITICAL", "storage", "harbor-database",
               f"harbor-database-0's volume {pvc} is still attached to the old node {old_node}, so the attach/detach controller cannot attach it to {new_node} (Multi-Attach error) and the database pod never starts.",
               "After the maintenance moved harbor-database-0 to another node, the volume was never detached from k8s-w17. The pod stays in ContainerCreating with Multi-Attach and mount timeouts. Harbor core cannot reach its database and answers 503 to registry requests, so image pulls from Harbor fail cluster-wide.",
               "Detach the volume from k8s-w17 (delete the stale VolumeAttachment once the node is confirmed powered off, or detach it in vSphere); the pod will then mount it and start. Afterwards check the database.")


@scenario
def stor_longhorn_degraded(r):
    b = B(r, datetime(2026, 9, 9, 3, 0, 0, 0, tzinfo=UTC))
    ns = "longhorn-system"
    ev = Events(b, "exporter", cluster="onprem-dc2")
    vol = f"pvc-{uuid4(r)}"
    node = "k8s-node-05"
    kured = L("kube-system", dspod(r, "kured"), "kured", node=node, app="kured")
    mgr = L(ns, dspod(r, "longhorn-manager"), "longhorn-manager", node="k8s-node-02", app="longhorn-manager")
    pg = L("gitea", "gitea-postgresql-0", "postgresql", app="gitea-postgresql")
    for dt, msg in [(1.0, "Reboot required"), (1.1, f"Draining node {node}"), (40.0, f"Commanding reboot for node: {node}")]:
        t = b.at(dt)
        b.add(t, kured, f'time="{iso(t, 0)}" level=info msg="{msg}"', ev=(dt == 40.0))
    ev(46.0, ns, "Volume", vol, "Degraded", f"volume {vol} became degraded", typ="Warning", comp="longhorn-volume-controller", api="longhorn.io/v1beta2", ev=True)
    t = b.at(46.1)
    b.add(t, mgr, f'time="{iso(t, 0)}" level=warning msg="Replica {vol}-r-{hexs(r, 8)} of volume {vol} is failed, node {node} is down" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1063" controller=longhorn-volume node=k8s-node-02')
    ev(160.0, "default", "Node", node, "NodeReady", f"Node {node} status is now: NodeReady", host=node)
    ev(200.0, ns, "Volume", vol, "Rebuilding", f"Start rebuilding replica {vol}-r-{hexs(r, 8)} with Address 10.42.5.17:10105 for normal engine {vol}-e-0 and volume {vol}", comp="longhorn-volume-controller", api="longhorn.io/v1beta2")
    ev(262.0, ns, "Volume", vol, "Healthy", f"volume {vol} became healthy", comp="longhorn-volume-controller", api="longhorn.io/v1beta2", ev=True)
    for t in b.every(0, 290, 7, 15):
        lt = t.astimezone(UTC)
        b.add(t, pg, f"{lt:%Y-%m-%d %H:%M:%S}.{lt.microsecond // 1000:03d} GMT [{r.randint(100, 9999)}] LOG:  duration: {r.uniform(0.2, 8):.3f} ms  statement: " + r.choice(["COMMIT", "SELECT 1", "BEGIN", "SELECT ... FROM repository WHERE owner_id=$1"]))
    for t in b.every(50, 290, 25, 45):
        b.add(t, mgr, f'time="{iso(t, 0)}" level=info msg="Volume {vol} is degraded, waiting for replica rebuilding" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1098" controller=longhorn-volume node=k8s-node-02' if (t - b.start).total_seconds() < 262 else
              f'time="{iso(t, 0)}" level=info msg="Volume {vol} is healthy with 3 replicas" controller=longhorn-volume node=k8s-node-02')
    return rec(b, "Longhorn reported a degraded volume during the night. Is gitea's database at risk?", sel(ns),
               "WARN", "storage", "longhorn",
               f"kured rebooted {node} for a kernel update, and the Longhorn replica of volume {vol} on that node went offline, so the volume ran degraded on two replicas until Longhorn rebuilt the third one.",
               "The volume became degraded when k8s-node-05 rebooted. The gitea PostgreSQL pod kept working on the remaining replicas, and after the node came back Longhorn rebuilt the replica and marked the volume healthy again.",
               "Nothing required; optionally set Longhorn's node-drain policy so kured reboots wait for replicas to be moved or rebuilt.")


@scenario
def stor_cassandra_readonly_fs(r):
    b = B(r, datetime(2026, 11, 5, 13, 20, 0, 0, tzinfo=UTC))
    ns = "data"
    node = f"worker-{r.randint(10, 60)}"
    Lc = {i: L(ns, f"cassandra-{i}", "cassandra", app="cassandra") for i in range(3)}
    Lk = node_journal(node, "kernel")
    c1 = ip(r)
    up = r.uniform(2000000, 3000000)
    api = [dpod(r, "profile-api") for _ in range(2)]
    for dt, msg in [(10.0, f"blk_update_request: I/O error, dev sdc, sector {r.randint(10 ** 7, 9 * 10 ** 7)} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0"),
                    (10.01, "Buffer I/O error on dev sdc, logical block 2279264, lost async page write"),
                    (10.2, "EXT4-fs error (device sdc): ext4_journal_check_start:83: comm java: Detected aborted journal"),
                    (10.21, "EXT4-fs (sdc): Remounting filesystem read-only")]:
        b.add(b.at(dt), Lk, kern(b.at(dt), up + dt, msg), ev=("Remounting" in msg or "I/O error, dev" in msg))
    t = b.at(12.4)
    b.add(t, Lc[1], cass(t, "ERROR", "MemtableFlushWriter:3", "CassandraDaemon.java:581", "Exception in thread Thread[MemtableFlushWriter:3,5,MemtableFlushWriter]"))
    b.add(b.at(12.401), Lc[1], f"org.apache.cassandra.io.FSWriteError: java.nio.file.FileSystemException: /var/lib/cassandra/data/profiles/sessions-{hexs(r, 32)}/nb-4412-big-Data.db: Read-only file system", ev=True)
    t = b.at(12.5)
    b.add(t, Lc[1], cass(t, "ERROR", "MemtableFlushWriter:3", "DefaultFSErrorHandler.java:97", "Stopping transports as disk_failure_policy is stop"), ev=True)
    t = b.at(12.6)
    b.add(t, Lc[1], cass(t, "ERROR", "MemtableFlushWriter:3", "StorageService.java:516", "Stopping native transport"))
    t = b.at(12.7)
    b.add(t, Lc[1], cass(t, "ERROR", "MemtableFlushWriter:3", "StorageService.java:521", "Stopping gossiper"))
    for i in (0, 2):
        t = b.at(14.0 + i * 0.3)
        b.add(t, Lc[i], cass(t, "INFO", "GossipStage:1", "Gossiper.java:1361", f"InetAddress /{c1}:7000 is now DOWN"))
    for i in (0, 2):
        for t in b.every(30, 290, 40, 70):
            b.add(t, Lc[i], cass(t, "INFO", "HintsWriteExecutor:1", "HintsStore.java:133", f"Writing hints for /{c1}:7000: {r.randint(1000, 90000)} hints buffered"))
    for t in b.every(0, 290, 4, 9):
        s = (t - b.start).total_seconds()
        p = r.choice(api)
        b.add(t, L(ns, p, "profile-api", app="profile-api"),
              lf(time=iso(t), level="info", msg="gocql pool stats", hosts_up=3 if s < 14 else 2, hosts_down=0 if s < 14 else 1, conns=6 if s < 14 else 4, errors=0, timeouts=0 if s < 14 else r.randint(0, 2), retries=0 if s < 14 else r.randint(1, 9))
              if r.random() < 0.2 else
              lf(time=iso(t), level="info", msg="request", method="GET", path="/v1/profiles/{id}", status=200, dur=f"{r.uniform(2, 25):.1f}ms"))
    return rec(b, "cassandra-1 dropped out of the ring. What happened?", sel(ns, app="cassandra"),
               "ERROR", "storage", "cassandra",
               f"The data disk (sdc) of cassandra-1 on {node} hit write I/O errors, and the kernel remounted the ext4 filesystem read-only; Cassandra's memtable flush then failed with 'Read-only file system', and disk_failure_policy=stop shut down its gossip and native transport.",
               "cassandra-1 is alive but has stopped serving: the other nodes mark it DOWN and are buffering hints for it. Clients still succeed at LOCAL_QUORUM with 2 of 3 replicas, so the ring has no redundancy left and hints keep piling up.",
               "Replace or repair the failing disk: move cassandra-1 to a new volume/node, run fsck or restore, rejoin it with repair (or replace_address), and do it before the hint window runs out.")


# ==========================================================================
# rate_limited
# ==========================================================================

@scenario
def rate_slack_alert_storm(r):
    b = B(r, datetime(2026, 7, 3, 14, 0, 0, 0, tzinfo=UTC))
    ns = "alerting"
    bot = dpod(r, "incident-bot")
    Lb = L(ns, bot, "incident-bot", app="incident-bot")
    am = L("monitoring", "alertmanager-main-0", "alertmanager", app="alertmanager")
    n = 0
    for t in b.every(0, 280, 4, 8):
        s = (t - b.start).total_seconds()
        alert = r.choice(["KubePodNotReady", "TargetDown", "KubePodNotReady", "NodeClockSkewDetected"])
        if s < 200:
            b.add(t, Lb, f"[INFO]  bolt-app posting alert {alert} to #alerts-prod")
        if 30 < s < 190 and r.random() < 0.5:
            n += 1
            b.add(t + timedelta(milliseconds=80), Lb, "[INFO]  web-api:WebClient:0 API Call failed due to rate limiting. Will retry in 30 seconds.", ev=(n in (1, 2)))
    for t in b.every(0, 200, 10, 20):
        b.add(t, am, lf(ts=iso(t), caller="dispatch.go:164", level="info", component="dispatcher",
                        msg="Notify success", receiver="incident-bot", integration="webhook[0]", attempts=1, alerts=f"[{r.choice(['KubePodNotReady', 'TargetDown'])}[{hexs(r, 7)}][active]]"))
    t = b.at(25.0)
    b.add(t, Lb, "[WARN]  web-api:WebClient:0 http request failed Request failed with status code 429", ev=True)
    t = b.at(205.0)
    b.add(t, am, lf(ts=iso(t), caller="dispatch.go:164", level="info", component="dispatcher", msg="Notify success", receiver="incident-bot", integration="webhook[0]", attempts=1, alerts="[KubePodNotReady[4f1c2a9][resolved]]"))
    t = b.at(240.0)
    b.add(t, Lb, "[INFO]  bolt-app backlog drained: 0 messages pending for #alerts-prod")
    return rec(b, "incident-bot shows Slack rate-limit messages. Are alerts being lost?", sel(ns, app="incident-bot"),
               "WARN", "rate_limited", "slack",
               "An alert storm made incident-bot post to #alerts-prod faster than Slack's per-channel chat.postMessage limit, so Slack answered 429 and the client delayed the messages (retry in 30 s).",
               "During the flapping KubePodNotReady/TargetDown alerts, Slack rate-limited the bot. The web-api client retried after the Retry-After delay, and once the storm ended the backlog drained with no messages lost.",
               "Optional: group alerts in Alertmanager (group_interval/group_by) or batch several alerts into one Slack message.")


@scenario
def rate_letsencrypt_duplicate_cert(r):
    b = B(r, datetime(2026, 4, 12, 9, 10, 0, 0, tzinfo=UTC))
    ns = "preview"
    ev = Events(b, "alloy", cluster="staging")
    cm = L("cert-manager", dpod(r, "cert-manager"), "cert-manager-controller", app="cert-manager")
    ing = L("ingress-nginx", dpod(r, "ingress-nginx-controller"), "controller", app="ingress-nginx")
    dom = "preview.acme.dev"
    order = f"preview-tls-1-{r.randint(1000000000, 4000000000)}"
    err = (f"429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) already issued for this exact set of domains in the last 168 hours: "
           f"{dom}, retry after 2026-04-13T02:41:07Z: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames")
    ev(1.0, ns, "Certificate", "preview-tls", "Issuing", "Issuing certificate as Secret does not exist", comp="cert-manager-certificates-trigger", api="cert-manager.io/v1")
    ev(1.5, ns, "CertificateRequest", "preview-tls-1", "OrderCreated", f'Created Order resource {ns}/{order}', comp="cert-manager-certificaterequests-issuer-acme", api="cert-manager.io/v1")
    t = b.at(2.3)
    b.add(t, cm, klog(t, "E", "controller.go:167", f'"re-queuing item due to error processing" err="failed to create Order resource due to bad request, marking Order as failed: {err}" logger="cert-manager.controller" key="{ns}/{order}"'), ev=True)
    ev(2.4, ns, "Order", order, "Failed", f"Failed to create Order: {err}", typ="Warning", comp="cert-manager-orders", api="acme.cert-manager.io/v1", ev=True)
    ev(2.6, ns, "Certificate", "preview-tls", "Failed", f'The certificate request has failed to complete and will be retried: Failed to wait for order resource "{order}" to become ready: order is in "errored" state: Failed to create Order: {err}', typ="Warning", comp="cert-manager-certificates-issuing", api="cert-manager.io/v1")
    t = b.at(3.0)
    b.add(t, cm, klog(t, "I", "trigger_controller.go:215", f'"Not re-issuing certificate as an attempt has been made in the last hour" logger="cert-manager.certificates-trigger" key="{ns}/preview-tls" retry_delay=3599.4'))
    for t in b.every(0, 290, 5, 12):
        lt = t.astimezone(UTC)
        if r.random() < 0.3:
            b.add(t, ing, klog(t, "W", "backend_ssl.go:47", f'Error obtaining X.509 certificate: key \'tls.crt\' missing from Secret "{ns}/preview-tls"'))
        else:
            b.add(t, ing, f'{pub_ip(r)} - - [{lt:%d/%b/%Y:%H:%M:%S} +0000] "GET / HTTP/2.0" 200 {r.randint(3000, 9000)} "-" "{r.choice(UA_BROWSER)}" {r.randint(300, 700)} 0.0{r.randint(10, 99)} [preview-web-80] [] {ip(r)}:3000 {r.randint(3000, 9000)} 0.0{r.randint(10, 99)} 200 {hexs(r, 32)}')
    t = b.at(40.0)
    b.add(t, ing, klog(t, "W", "controller.go:1373", f'Error getting SSL certificate "{ns}/preview-tls": local SSL certificate {ns}/preview-tls was not found. Using default certificate'), ev=True)
    for t in b.every(60, 290, 60, 90):
        b.add(t, cm, klog(t, "I", "trigger_controller.go:215", f'"Not re-issuing certificate as an attempt has been made in the last hour" logger="cert-manager.certificates-trigger" key="{ns}/preview-tls" retry_delay={r.uniform(3000, 3500):.1f}'))
    return rec(b, "preview.acme.dev shows a certificate warning in the browser. Why isn't cert-manager issuing it?", sel(ns),
               "ERROR", "rate_limited", "letsencrypt",
               "Let's Encrypt refuses new orders for preview.acme.dev with 429 rateLimited: 5 certificates were already issued for exactly this set of names in the last 168 hours (the preview environment is recreated, and its Secret with it, on every deploy).",
               "cert-manager cannot create an ACME order for preview-tls, so the Secret has no certificate and ingress-nginx serves its default (fake) certificate for preview.acme.dev. Let's Encrypt says to retry after 2026-04-13T02:41:07Z.",
               "Keep the certificate Secret across preview redeploys (or use a wildcard certificate for *.acme.dev), use the Let's Encrypt staging issuer for throwaway environments, and wait for the retry-after time or add a distinct name to the order.")


@scenario
def rate_gcs_object_mutation(r):
    b = B(r, datetime(2026, 12, 6, 20, 0, 0, 0, tzinfo=UTC))
    ns = "games"
    pod = dpod(r, "leaderboard-publisher")
    Lp = L(ns, pod, "publisher", app="leaderboard-publisher")
    ing = [dpod(r, "score-ingest") for _ in range(2)]
    obj = "gs://acme-public-assets/leaderboards/global.json"
    n = 0
    for t in b.every(6, 280, 3, 6.5):
        if r.random() < 0.65:
            n += 1
            b.add(t, Lp, js({"severity": "ERROR", "time": iso(t, 6), "message": "publish failed", "object": obj, "error": "googleapi: Error 429: The object acme-public-assets/leaderboards/global.json exceeded the rate limit for object mutation operations (create, update, and delete). Please reduce your request rate. See https://cloud.google.com/storage/docs/gcs429., rateLimitExceeded"}),
                  ev=(n in (1, 2, 9)))
        else:
            b.add(t, Lp, js({"severity": "INFO", "time": iso(t, 6), "message": "published leaderboard", "object": obj, "generation": r.randint(1733500000000000, 1733599999999999), "entries": 100}))
    for t in b.every(0, 280, 12, 25):
        b.add(t, L(ns, r.choice(ing), "score-ingest", app="score-ingest"), js({"severity": "INFO", "time": iso(t, 6), "message": "score events processed", "events_per_sec": r.randint(3, 7), "republish_per_event": True}))
    t = b.at(5.0)
    b.add(t, Lp, js({"severity": "INFO", "time": iso(t, 6), "message": "publisher started", "mode": "publish-on-every-update", "debounce": "0s"}), ev=True)
    return rec(b, "The public leaderboard is stale and the publisher logs 429s. What's going on?", sel(ns, app="leaderboard-publisher"),
               "ERROR", "rate_limited", "gcs",
               "leaderboard-publisher overwrites the same GCS object (leaderboards/global.json) on every score update (several times per second, no debounce), above GCS's limit of about one mutation per second per object, so most writes are rejected with 429 rateLimitExceeded.",
               "Most publish attempts fail with 'exceeded the rate limit for object mutation operations', so the public leaderboard is updated only occasionally and appears stale.",
               "Debounce or batch the publishes (for example one write every 2-5 s), or write versioned object names and point readers at the newest one.")


# ==========================================================================
# node_failure
# ==========================================================================

@scenario
def node_mce_panic(r):
    b = B(r, datetime(2026, 2, 20, 6, 44, 0, 0, tzinfo=UTC))
    ev = Events(b, "exporter", cluster="onprem-dc2")
    node = "bm-node-07"
    Lk = node_journal(node, "kernel")
    kcm = L("kube-system", "kube-controller-manager-cp-2", "kube-controller-manager", node="cp-2")
    up = r.uniform(4000000, 5000000)
    for dt, msg in [(5.0, "mce: [Hardware Error]: Machine check events logged"),
                    (5.1, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f8a2c offset:0x1c0 grain:32 syndrome:0x0 - err_code:0000:0090 socket:0 ha:0 channel_mask:4 rank:1)"),
                    (31.0, "mce: [Hardware Error]: CPU 12: Machine Check: 0 Bank 7: be00000000800090"),
                    (31.001, "mce: [Hardware Error]: TSC 0 ADDR 3f8a2c1c0 MISC 200001c020001086 "),
                    (31.002, "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f8a2c offset:0x1c0 grain:32 - OVERFLOW err_code:0000:0090 socket:0 ha:0 channel_mask:4 rank:1)"),
                    (31.01, "Kernel panic - not syncing: Fatal machine check")]:
        b.add(b.at(dt), Lk, kern(b.at(dt), up + dt, msg), ev=("UE memory" in msg or "Kernel panic" in msg or "Machine Check: 0 Bank" in msg))
    t = b.at(73.0)
    b.add(t, kcm, klog(t, "I", "node_lifecycle_controller.go:1225", f'"Node is unresponsive. Adding it to the Taint queue" node="{node}"'))
    ev(73.1, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", comp="node-controller", ev=True)
    pods = [("shop", dpod(r, "cart")), ("shop", dpod(r, "checkout")), ("search", "opensearch-data-2"), ("kafka", "events-kafka-1"), ("monitoring", dpod(r, "kube-state-metrics"))]
    for i, (ns, p) in enumerate(pods):
        ev(73.5 + i * 0.05, ns, "Pod", p, "NodeNotReady", "Node is not ready", typ="Warning", comp="node-controller")
    for i, (ns, p) in enumerate(pods):
        if not p[-1].isdigit() or "-" not in p[-2:]:
            ev(374.0 + i * 0.1, ns, "Pod", p, "TaintManagerEviction", f"Marking for deletion Pod {ns}/{p}", comp="taint-eviction-controller")
    for t in b.every(80, 380, 25, 45):
        b.add(t, L("search", "opensearch-data-0", "opensearch", app="opensearch"),
              f"[{t.astimezone(UTC):%Y-%m-%dT%H:%M:%S,%f}"[:-3] + f"][WARN ][o.o.c.r.a.AllocationService] [opensearch-data-0] [logs-2026.02.20][{r.randint(0, 5)}] marking unavailable shards as stale: [{rs(r, 22, B62)}]" if r.random() < 0.4 else
              f"[{t.astimezone(UTC):%Y-%m-%dT%H:%M:%S,%f}"[:-3] + f"][INFO ][o.o.c.r.DelayedAllocationService] [opensearch-data-0] scheduling reroute for delayed shards in [{r.randint(10, 59)}.{r.randint(1, 9)}s] (12 delayed shards)")
    for t in b.every(0, 380, 20, 40):
        b.add(t, L("kafka", "events-kafka-0", "kafka", app="events-kafka"),
              k4j(t, "INFO", f"[Partition orders-{r.randint(0, 11)} broker=0] Shrinking ISR from 0,1,2 to 0,2. Leader: (highWatermark: {r.randint(10 ** 7, 9 * 10 ** 7)}, endOffset: {r.randint(10 ** 7, 9 * 10 ** 7)}). Out of sync replicas: (brokerId: 1, endOffset: {r.randint(10 ** 7, 9 * 10 ** 7)}).", "kafka.cluster.Partition", "data-plane-kafka-request-handler-2")
              if t > b.at(60) else k4j(t, "INFO", "[GroupCoordinator 0]: Stabilized group clickstream-sink generation 412 (__consumer_offsets-21) with 6 members", "kafka.coordinator.group.GroupCoordinator", "data-plane-kafka-request-handler-5"))
    return rec(b, "bm-node-07 went NotReady and several pods are unhealthy. What happened?", None,
               "CRITICAL", "node_failure", "bm-node-07",
               "bm-node-07 crashed with an uncorrectable memory error (EDAC UE on channel 2 DIMM 0, after correctable errors on the same DIMM) that caused a fatal machine check and kernel panic, so the kubelet stopped reporting and the node went NotReady.",
               "The node logged machine-check events and then panicked with 'Fatal machine check'. About 40 s later the node controller marked it NotReady and, after the toleration period, started evicting its pods. OpenSearch and Kafka lost the replicas that ran there, and their stateful pods stay bound to the dead node.",
               "Cordon bm-node-07 and keep it out of service, have the DIMM (socket 0, channel 2, slot 0) replaced, and recover the stateful replicas that lived on it (force-delete or reschedule them and let OpenSearch and Kafka re-replicate).")


@scenario
def node_calico_cni_unauthorized(r):
    b = B(r, datetime(2026, 6, 3, 11, 0, 0, 0, tzinfo=UTC))
    ev = Events(b, "alloy", cluster="prod-eu-1")
    node = f"worker-{r.randint(10, 60)}"
    calico = dspod(r, "calico-node")
    Lcal = L("calico-system", calico, "calico-node", node=node, app="calico-node")
    victims = [("shop", dpod(r, "recommendations")), ("web", dpod(r, "storefront")), ("batch", f"nightly-report-{r.randint(29560000, 29569999)}-{rs(r, 5)}")]
    for k in range(4):
        t = b.at(5.0 + k * 70)
        b.add(t, Lcal, f"{d_space(t, sep='.')} [ERROR][{r.randint(60, 90)}] confd/health.go 180: Failed to check BGP status error=BGP not established with 10.0.4.11,10.0.4.12")
        ev(6.0 + k * 70, "calico-system", "Pod", calico, "Unhealthy", "Readiness probe failed: calico/node is not ready: BIRD is not ready: BGP not established with 10.0.4.11,10.0.4.12", typ="Warning", host=node, ev=(k == 0))
    for j, (ns, p) in enumerate(victims):
        for k, dt in enumerate([10.0 + j * 3, 40.0 + j * 3, 100.0 + j * 3, 220.0 + j * 3]):
            sandbox = hexs(r, 64)
            ev(dt, ns, "Pod", p, "FailedCreatePodSandBox",
               f'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{sandbox}": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
               typ="Warning", host=node, ev=(j == 0 and k in (0, 3)) or (j == 1 and k == 0))
    for t in b.every(0, 290, 6, 12):
        b.add(t, L("shop", dpod(r, "recommendations"), "recommendations", app="recommendations"), lf(time=iso(t), level="info", msg="served", items=20, ms=r.randint(5, 40)))
    return rec(b, f"Pods scheduled on {node} are stuck in ContainerCreating. Why?", sel(node=node),
               "ERROR", "node_failure", "calico-node",
               f"The Calico CNI plugin on {node} fails every pod network setup with 'connection is unauthorized: Unauthorized' because calico-node on that node is unhealthy (BIRD has no BGP sessions) and no longer refreshes the CNI plugin's token.",
               f"Every new pod placed on {node} fails sandbox creation in the Calico CNI plugin, while pods on other nodes start fine. calico-node on the same node has been failing readiness with 'BGP not established'.",
               f"Cordon {node}, restart the calico-node pod there (which refreshes the CNI kubeconfig token) and check its BGP peering to the route reflectors; uncordon once new pods start.")


@scenario
def node_pleg_blip(r):
    b = B(r, datetime(2026, 9, 24, 15, 30, 0, 0, tzinfo=UTC), digits=6)
    ev = Events(b, "alloy", cluster="prod-us-1")
    node = f"worker-{r.randint(10, 60)}"
    Lkl = {"job": "node-journal", "node": node, "unit": "kubelet.service"}
    Lcd = {"job": "node-journal", "node": node, "unit": "containerd.service"}
    Lsd = {"job": "node-journal", "node": node, "unit": "init.scope"}
    for k, dt in enumerate([10.0, 15.0, 20.0, 25.0, 30.0]):
        t = b.at(dt)
        b.add(t, Lkl, klog(t, "E", "kubelet.go:2395", f'"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active {3 + (dt - 10) / 60:.0f}m{int(2 + dt - 10)}.{r.randint(100, 999)}s ago; threshold is 3m0s"', pid=1412), ev=(k == 0))
    t = b.at(12.0)
    b.add(t, Lkl, klog(t, "I", "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m4.102s ago; threshold is 3m0s"}}', pid=1412))
    ev(12.5, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", host=node, ev=True)
    t = b.at(31.0)
    b.add(t, Lsd, "systemd[1]: containerd.service: Watchdog timeout (limit 3min)!", ev=True)
    t = b.at(31.1)
    b.add(t, Lsd, "systemd[1]: containerd.service: Killing process 912 (containerd) with signal SIGABRT.")
    t = b.at(33.0)
    b.add(t, Lsd, "systemd[1]: containerd.service: Main process exited, code=dumped, status=6/ABRT")
    t = b.at(33.5)
    b.add(t, Lsd, "systemd[1]: Started containerd.service - containerd container runtime.")
    t = b.at(33.6)
    b.add(t, Lcd, lf(time=rfc(t, UTC, 9), level="info", msg="starting containerd", revision="8fc6bcff51318944179630522a095cc9dbf9f353", version="v1.7.20"))
    t = b.at(34.1)
    b.add(t, Lcd, lf(time=rfc(t, UTC, 9), level="info", msg="containerd successfully booted in 0.412017s"))
    t = b.at(41.0)
    b.add(t, Lkl, klog(t, "I", "kubelet_node_status.go:488", '"Fast updating node status as it just became ready"', pid=1412))
    ev(41.2, "default", "Node", node, "NodeReady", f"Node {node} status is now: NodeReady", host=node, ev=True)
    for t in b.every(0, 290, 8, 16):
        s = (t - b.start).total_seconds()
        if 12 < s < 41:
            continue
        b.add(t, Lkl, klog(t, "I", r.choice(["kubelet.go:2461", "prober.go:107", "kuberuntime_manager.go:1051"]),
                           r.choice([f'"SyncLoop (probe)" probe="readiness" status="ready" pod="shop/{dpod(r, "cart")}"',
                                     f'"SyncLoop UPDATE" source="api" pods=["monitoring/{dspod(r, "node-exporter")}"]',
                                     f'"Container image \\"docker.io/library/busybox:1.36\\" already present on machine" pod="batch/{dpod(r, "cleanup")}"']), pid=1412))
    for t in b.every(45, 290, 20, 40):
        b.add(t, Lcd, lf(time=rfc(t, UTC, 9), level="info", msg=f"ImageCreate event name:\"sha256:{hexs(r, 64)}\"") if r.random() < 0.3 else
              lf(time=rfc(t, UTC, 9), level="info", msg=f"StartContainer for \"{hexs(r, 64)}\" returns successfully"))
    return rec(b, f"{node} flapped NotReady for about 30 seconds. Do we need to act?", sel(node=node),
               "WARN", "node_failure", node,
               f"containerd on {node} hung, so the kubelet's PLEG stopped seeing container events and marked the node NotReady; systemd's watchdog then killed and restarted containerd, and the node became Ready again about 30 seconds later.",
               "PLEG had been stalled for over 3 minutes, so the node reported NotReady. systemd hit the containerd watchdog timeout, aborted and restarted it, the runtime came back in 0.4 s, and the kubelet reported Ready. No pods were evicted because the outage was shorter than the eviction timeout.",
               "Optional: check containerd's core dump and the node's disk/IO latency to find why it hung, and keep an eye on the node for repeats.")


# ==========================================================================
# assembly
# ==========================================================================

def build_record(fn):
    LABEL_STYLE["mode"] = random.Random(f"{SEED}:labels:{fn.__name__}").choice([0, 0, 1, 2, 3])
    r = random.Random(f"{SEED}:{fn.__name__}")
    d = fn(r)
    logs, evidence = d["b"].logs()
    exp = dict(d["expected"])
    exp["evidence"] = evidence
    selector = d["selector"]
    if selector is not None and any(logs[i]["labels"].get("namespace") != selector["namespace"] for i in evidence):
        # only keep a namespace selector if it does not cut away root-cause lines
        selector = None
    cat = exp["root_cause_category"]
    assert 30 <= len(logs) <= 100, (fn.__name__, len(logs))
    if cat == "none":
        assert evidence == [] and exp["severity"] == "INFO", fn.__name__
    else:
        assert 1 <= len(evidence) <= 6, (fn.__name__, evidence)
    return {"id": None, "source": f"synthetic:{fn.__name__}", "question": d["question"], "selector": selector,
            "logs": logs, "expected": exp}


def main():
    names = [fn.__name__ for fn in SCENARIOS]
    assert len(set(names)) == len(names)
    recs = {fn.__name__: build_record(fn) for fn in SCENARIOS}
    order = sorted(names)
    random.Random(f"{SEED}:order").shuffle(order)
    out = []
    for i, name in enumerate(order, 1):
        rec_ = recs[name]
        rec_["id"] = f"dev4-{i:03d}"
        out.append(json.dumps(rec_, ensure_ascii=False, separators=(",", ":")))
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} records to {path}")


if __name__ == "__main__":
    main()
