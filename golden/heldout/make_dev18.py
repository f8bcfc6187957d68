#!/usr/bin/env python3
"""Generator of the dev18 held-out evaluation set (40 records, JSON Lines).

Theme: government and insurance back offices on Kubernetes, plus cluster
operations seen from the logs.  Standard library only, deterministic:

* every random choice of scenario KEY comes from random.Random("dev18-KEY");
* the record order comes from random.Random("dev18-shuffle");
* no hash(), no wall clock, no environment: the same bytes on every run.

Usage:
    python3 make_dev18.py               write dev18.jsonl next to this file
    python3 make_dev18.py --preview     one row per record + self-checks
    python3 make_dev18.py --preview KEY one scenario's window (evidence marked *)
    python3 make_dev18.py --table       markdown tables of the content
"""

import hashlib
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev18.jsonl")

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
PLATFORMS = ["OpenShift", "Tanzu", "RKE2", "EKS", "AKS", "GKE", "kubeadm", "k3s"]

# --------------------------------------------------------------------------
# time and name helpers
# --------------------------------------------------------------------------

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def iso_ns(t, rng_digits="000"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%sZ" % (t.microsecond, rng_digits)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def clf(t):
    """Common log format time: 04/Mar/2026:02:13:07 +0000"""
    return "%02d/%s/%04d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year,
                                       t.strftime("%H:%M:%S"))


def epoch_ms(t):
    return int((t - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds() * 1000)


def epoch_s(t):
    return (t - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()


def klog(t, lvl, src, msg, tid=1):
    return "%s%s %s.%06d %7d %s] %s" % (lvl, t.strftime("%m%d"), t.strftime("%H:%M:%S"),
                                          t.microsecond, tid, src, msg)


def sb(t, lvl, app, thread, logger, msg, pid=1):
    """Spring Boot 3.x default console pattern."""
    return "%s %5s %d --- [%s] [%15.15s] %-40.40s : %s" % (
        iso_ms(t), lvl, pid, app, thread, logger, msg)


def jboss(t, lvl, cat, thread, msg):
    return "%s,%s %-5s [%s] (%s) %s" % (t.strftime("%H:%M:%S"), ms(t), lvl, cat, thread, msg)


def liberty(t, tid, comp, typ, msg):
    """Open Liberty / WebSphere Liberty SIMPLE console format."""
    h = t.hour
    return "[%d/%d/%s, %d:%s:%s UTC] %08x %-60s %s %s" % (
        t.month, t.day, t.strftime("%y"), h, t.strftime("%M:%S"), ms(t), tid, comp, typ, msg)


def tomcat(t, lvl, thread, src, msg):
    return "%02d-%s-%04d %s.%s %s [%s] %s %s" % (
        t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms(t), lvl, thread, src, msg)


def dotnet(t, lvl, cat, eid, msg):
    """.NET simple console formatter, SingleLine=true, UTC timestamp."""
    return "%s %s: %s[%d] %s" % (iso_ms(t), lvl, cat, eid, msg)


def dotnet_json(t, lvl, cat, eid, msg, **state):
    d = {"Timestamp": iso_ms(t), "EventId": eid, "LogLevel": lvl, "Category": cat,
         "Message": msg}
    if state:
        d["State"] = dict(state, **{"{OriginalFormat}": msg})
    return json.dumps(d, separators=(",", ":"))


def pylog(t, lvl, name, msg):
    return "%s,%s %s %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, name, msg)


def logrus(t, lvl, msg, **kv):
    parts = ['time="%s"' % t.strftime("%Y-%m-%dT%H:%M:%SZ"), "level=%s" % lvl,
             "msg=%s" % json.dumps(msg)]
    for k, v in kv.items():
        s = str(v)
        parts.append("%s=%s" % (k, json.dumps(s) if (" " in s or '"' in s or s == "") else s))
    return " ".join(parts)


def logfmt(pairs):
    out = []
    for k, v in pairs:
        s = str(v)
        if s == "" or any(c in s for c in ' "=\t'):
            s = json.dumps(s)
        out.append("%s=%s" % (k, s))
    return " ".join(out)


def jsonl(**kv):
    return json.dumps(kv, separators=(",", ":"))


def nginx_access(t, client, method, path, status, nbytes, reqtime, upstream_name,
                 upstream_addr, ustatus=None, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                 "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36",
                 referer="-", reqlen=512, proto="HTTP/2.0", reqid="-"):
    ustatus = status if ustatus is None else ustatus
    urt = reqtime if upstream_addr != "-" else "-"
    return ('%s - - [%s] "%s %s %s" %d %d "%s" "%s" %d %.3f [%s] [] %s %s %s %s %s' % (
        client, clf(t), method, path, proto, status, nbytes, referer, ua, reqlen, reqtime,
        upstream_name, upstream_addr, nbytes if upstream_addr != "-" else "-",
        ("%.3f" % urt) if urt != "-" else "-", ustatus, reqid))


def nginx_error(t, lvl, msg, pid=31, conn=None):
    c = " *%d" % conn if conn else ""
    return "%s [%s] %d#%d:%s %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), lvl, pid, pid, c, msg)


def probe_access(t, ip, path, status=200, nbytes=2, ua="kube-probe/1.29"):
    return '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, clf(t), path, status, nbytes, ua)


# --------------------------------------------------------------------------
# window builder
# --------------------------------------------------------------------------

class Window:
    def __init__(self, key, start):
        self.key = key
        self.rng = random.Random("dev18-" + key)
        self.t0 = start
        self.items = []
        self.seq = 0

    # random helpers --------------------------------------------------------
    def hexid(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def rs_pod(self, name):
        """Pod name of a Deployment: name-<rs hash>-<5>."""
        return "%s-%s-%s" % (name, self.alnum(self.rng.choice([9, 10])), self.alnum(5))

    def ds_pod(self, name):
        return "%s-%s" % (name, self.alnum(5))

    def uuid(self):
        h = self.hexid(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                       self.rng.choice("89ab"), h[17:20], h[20:32])

    def ip(self, prefix):
        return "%s.%d" % (prefix, self.rng.randint(2, 250))

    def at(self, sec):
        # 0-49 ms of jitter so that timestamps do not look machine-made; lines that must
        # keep a strict order are placed at least 50 ms apart (or added with lines()).
        us = int(round(sec * 1000)) * 1000 + self.rng.randint(0, 49999)
        return self.t0 + timedelta(microseconds=us)

    # adding lines ------------------------------------------------------------
    def add(self, sec, labels, fn, *args, ev=False, **kw):
        t = self.at(sec)
        line = fn(t, *args, **kw) if callable(fn) else fn
        self.items.append((t, self.seq, dict(labels), line, ev))
        self.seq += 1
        return t

    def addt(self, t, labels, line, ev=False):
        """Add a line at an exact datetime (for multi-line stack traces)."""
        self.items.append((t, self.seq, dict(labels), line, ev))
        self.seq += 1

    def lines(self, sec, labels, texts, ev=False, step_us=0):
        """Several physical lines of one log record (stack trace): same or +step."""
        t = self.at(sec)
        for i, txt in enumerate(texts):
            ti = t + timedelta(microseconds=i * step_us)
            if callable(txt):
                txt = txt(ti)
            e = ev if isinstance(ev, bool) else (i in ev)
            self.addt(ti, labels, txt, e)
        return t

    def spread(self, a, b, n):
        """n sorted offsets in [a, b)."""
        return sorted(self.rng.uniform(a, b) for _ in range(n))

    def build(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, ev = [], []
        for i, (t, _, labels, line, e) in enumerate(items):
            logs.append({"ts": iso_ms(t), "labels": labels, "line": line})
            if e:
                ev.append(i)
        return logs, ev


def L(namespace=None, pod=None, container=None, node=None, **extra):
    d = {}
    if namespace:
        d["namespace"] = namespace
    if pod:
        d["pod"] = pod
    if container:
        d["container"] = container
    if node:
        d["node"] = node
    d.update(extra)
    return d


# --------------------------------------------------------------------------
# Kubernetes events as shipped by event exporters (two styles)
# --------------------------------------------------------------------------

def event_logfmt(w, kind, ns, obj, reason, typ, msg, comp="kubelet", host="", count=1):
    """Grafana Agent / Alloy eventhandler style."""
    def fn(t):
        return logfmt([("name", "%s.%s" % (obj, w.hexid(16))), ("kind", kind), ("action", ""),
                       ("objectAPIversion", "apps/v1" if kind in ("Deployment", "ReplicaSet",
                                                                  "StatefulSet", "DaemonSet")
                        else ("batch/v1" if kind in ("Job", "CronJob") else "v1")),
                       ("objectRV", str(w.rng.randint(10000000, 99999999))),
                       ("reason", reason), ("type", typ), ("count", str(count)),
                       ("sourcecomponent", comp), ("sourcehost", host), ("msg", msg)])
    return fn


def event_json(w, kind, ns, obj, reason, typ, msg, comp="kubelet", host="", count=1):
    """kubernetes-event-exporter style (compact JSON)."""
    def fn(t):
        d = {"metadata": {"name": "%s.%s" % (obj, w.hexid(16)), "namespace": ns},
             "reason": reason, "message": msg,
             "source": {"component": comp} if not host else {"component": comp, "host": host},
             "count": count, "type": typ,
             "lastTimestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "involvedObject": {"kind": kind, "namespace": ns, "name": obj}}
        return json.dumps(d, separators=(",", ":"))
    return fn


def EVL(ns):
    return {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}


def EVJ(ns):
    return {"namespace": ns, "app": "event-exporter"}


def NODE(node, unit):
    return {"node": node, "job": "node/journal", "unit": unit}


# --------------------------------------------------------------------------
# record assembly
# --------------------------------------------------------------------------

SCENARIOS = []


def scenario(num, platform):
    def deco(fn):
        SCENARIOS.append((num, fn.__name__, platform, fn))
        return fn
    return deco


def record(w, *, question, selector, severity, category, component, root_cause,
           summary, action, story):
    logs, ev = w.build()
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector or {})
    rec = {
        "id": None,
        "source": None,
        "question": question,
        "selector": sel,
        "logs": logs,
        "expected": {
            "severity": severity,
            "root_cause_category": category,
            "component": component,
            "root_cause": root_cause,
            "summary": summary,
            "action": action,
            "evidence": ev,
        },
    }
    if component is None:
        del rec["expected"]["component"]
    return rec, story


# ==========================================================================
# scenarios
# ==========================================================================

@scenario(1, "AKS")
def pdf_renderer_oom(key):
    w = Window(key, datetime(2026, 2, 17, 9, 41, 0, tzinfo=UTC))
    ns = "permits-docs"
    n_r = "aks-docpool-38415172-vmss000002"
    n_r2 = "aks-docpool-38415172-vmss000001"
    n_p = "aks-docpool-38415172-vmss000000"
    n_i = "aks-system-20731456-vmss000001"
    rs = w.alnum(10)
    r1 = "pdf-renderer-%s-%s" % (rs, w.alnum(5))
    r2 = "pdf-renderer-%s-%s" % (rs, w.alnum(5))
    portal = w.rs_pod("permit-portal")
    ing = w.rs_pod("ingress-nginx-controller")
    R1 = L(ns, r1, "pdf-renderer", n_r, app="pdf-renderer")
    R2 = L(ns, r2, "pdf-renderer", n_r2, app="pdf-renderer")
    P = L(ns, portal, "php-fpm", n_p, app="permit-portal")
    I = L("ingress-basic", ing, "controller", n_i, app="ingress-nginx")
    K = NODE(n_r, "kernel")
    C = NODE(n_r, "containerd.service")
    KL = NODE(n_r, "kubelet.service")
    E = EVJ(ns)
    cip = "10.244.3.%d" % w.rng.randint(10, 200)
    client_ips = ["203.0.113.%d" % w.rng.randint(2, 250) for _ in range(6)]
    host = "permits.cityhall.example"
    upstream = "permits-docs-permit-portal-8080"
    paddr = "10.244.1.%d:8080" % w.rng.randint(10, 200)
    big = "BP-2026-004417"

    def pino(t, level, msg, **kv):
        d = {"level": level, "time": epoch_ms(t), "pid": 1, "hostname": kv.pop("host", r1)}
        d.update(kv)
        d["msg"] = msg
        return json.dumps(d, separators=(",", ":"))

    def mono(t, chan, lvl, msg, ctx):
        return "[%s+00:00] %s.%s: %s %s []" % (t.strftime("%Y-%m-%dT%H:%M:%S.%f"), chan, lvl,
                                                msg, ctx)

    # background citizen traffic
    paths = ["/permits/search?q=extension", "/permits/BP-2026-003981", "/permits/my",
             "/static/app.4f1c2e.js", "/permits/BP-2026-004102/status"]
    for s in w.spread(0, 70, 9):
        p = w.rng.choice(paths)
        w.add(s, I, nginx_access, w.rng.choice(client_ips), "GET", p, 200,
              w.rng.randint(900, 24000), w.rng.uniform(0.02, 0.3), upstream, paddr,
              referer="https://%s/permits/my" % host)
    for s in (2.1, 9.7, 47.3):
        j = w.hexid(8)
        w.add(s, R2, pino, 30, "pdf rendered", host=r2, jobId=j, template="permit-letter-v5",
              pages=w.rng.randint(1, 4), durationMs=w.rng.randint(600, 1400))
    w.add(4.2, R1, pino, 30, "pdf rendered", jobId=w.hexid(8), template="fee-receipt-v2",
          pages=1, durationMs=512)
    w.add(14.8, P, mono, "request", "INFO", 'Matched route "permit_bundle_pdf".',
          '{"route":"permit_bundle_pdf","route_parameters":{"_route":"permit_bundle_pdf",'
          '"ref":"%s"},"request_uri":"https://%s/permits/%s/bundle.pdf","method":"POST"}'
          % (big, host, big))
    w.add(15.0, P, mono, "app", "INFO", "Requesting PDF render",
          '{"permit":"%s","template":"building-permit-bundle-v3","attachments":57}' % big)
    job = w.hexid(8)
    w.add(15.2, R1, pino, 30, "render job accepted", jobId=job,
          template="building-permit-bundle-v3", pages=412, attempt=1)
    w.add(27.9, R1, pino, 40, "page.printToPDF still running", jobId=job, elapsedMs=12640,
          rssMb=1688, limitMb=2048)
    pid = w.rng.randint(40000, 60000)
    w.lines(38.40, K, [
        "chrome invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985",
        "Memory cgroup out of memory: Killed process %d (chrome) total-vm:34897652kB, "
        "anon-rss:1702212kB, file-rss:98120kB, shmem-rss:214512kB, UID:1001 pgtables:5412kB "
        "oom_score_adj:985" % pid,
        "Memory cgroup out of memory: Killed process %d (node) total-vm:1209376kB, "
        "anon-rss:142716kB, file-rss:40960kB, shmem-rss:0kB, UID:1001 pgtables:2140kB "
        "oom_score_adj:985" % (pid - 213)], ev=[1], step_us=2113)
    cid = w.hexid(64)
    w.add(38.51, C, lambda t: 'time="%s" level=info msg="TaskOOM event container_id:\\"%s\\""'
          % (iso_ns(t, "817"), cid), ev=True)
    w.add(38.62, P, mono, "app", "ERROR", "PDF rendering failed for permit %s" % big,
          '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\'
          'TransportException(code: 0): Recv failure: Connection reset by peer for '
          '\\"http://pdf-renderer.permits-docs.svc.cluster.local:3000/render\\". at '
          '/var/www/html/vendor/symfony/http-client/Chunk/ErrorChunk.php:56)"}')
    w.add(38.70, I, nginx_access, client_ips[0], "POST", "/permits/%s/bundle.pdf" % big, 502,
          552, 23.701, upstream, paddr, referer="https://%s/permits/%s" % (host, big))
    uid = w.uuid()
    w.add(39.2, KL, klog, "I", "kubelet.go:2457", '"SyncLoop (PLEG): event for pod" '
          'pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
          % (ns, r1, uid, cid), tid=3412)
    img = "crpermitsprod.azurecr.io/permits/pdf-renderer:2.8.1"
    w.add(39.9, E, event_json(w, "Pod", ns, r1, "Pulled", "Normal",
                              'Container image "%s" already present on machine' % img,
                              host=n_r))
    w.add(40.0, E, event_json(w, "Pod", ns, r1, "Created", "Normal",
                              "Created container pdf-renderer", host=n_r, count=2))
    w.add(40.2, E, event_json(w, "Pod", ns, r1, "Started", "Normal",
                              "Started container pdf-renderer", host=n_r, count=2))
    w.add(41.3, R1, pino, 30, "chromium launched", browser="HeadlessChrome/121.0.6167.85")
    w.add(41.5, R1, pino, 30, "server listening", port=3000)
    w.add(42.1, R1, pino, 30, "render job accepted", jobId=job,
          template="building-permit-bundle-v3", pages=412, attempt=2)
    w.add(55.6, R1, pino, 40, "page.printToPDF still running", jobId=job, elapsedMs=13420,
          rssMb=1731, limitMb=2048)
    pid2 = pid + w.rng.randint(300, 900)
    w.add(61.02, K, "Memory cgroup out of memory: Killed process %d (chrome) "
          "total-vm:34912004kB, anon-rss:1711088kB, file-rss:97236kB, shmem-rss:216004kB, "
          "UID:1001 pgtables:5440kB oom_score_adj:985" % pid2, ev=True)
    w.add(61.10, C, lambda t: 'time="%s" level=info msg="TaskOOM event container_id:\\"%s\\""'
          % (iso_ns(t, "203"), w.hexid(64)))
    w.add(61.3, P, mono, "messenger", "WARNING", "Error thrown while handling message "
          "App\\Message\\RenderPermitBundle. Sending for retry #2 using 4000 ms delay. Error: "
          '\\"Recv failure: Connection reset by peer\\"', '{"class":"App\\\\Message\\\\'
          'RenderPermitBundle","retryCount":2,"delay":4000}')
    w.add(62.4, E, event_json(w, "Pod", ns, r1, "BackOff", "Warning",
                              "Back-off restarting failed container pdf-renderer in pod "
                              "%s_%s(%s)" % (r1, ns, uid), host=n_r, count=1), ev=True)
    w.add(66.0, P, mono, "request", "INFO", 'Matched route "permit_show".',
          '{"route":"permit_show","route_parameters":{"_route":"permit_show","ref":'
          '"BP-2026-003981"},"request_uri":"https://%s/permits/BP-2026-003981","method":"GET"}'
          % host)
    w.add(66.2, P, mono, "app", "ERROR", "PDF rendering failed for permit BP-2026-004102",
          '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\'
          'TransportException(code: 0): Failed to connect to pdf-renderer.permits-docs.svc.'
          'cluster.local port 3000 after 3 ms: Connection refused for \\"http://pdf-renderer.'
          'permits-docs.svc.cluster.local:3000/render\\". at /var/www/html/vendor/symfony/'
          'http-client/Chunk/ErrorChunk.php:56)"}')
    return record(
        w,
        question="Why are building-permit PDF bundles failing to generate?",
        selector={"namespace": ns},
        severity="CRITICAL", category="oom_killed", component="pdf-renderer",
        root_cause="The pdf-renderer container (headless Chromium) exceeds its 2 GiB memory "
                   "limit while printing the 412-page bundle for BP-2026-004417; the kernel "
                   "OOM-kills the container and the retried job kills it again, so it "
                   "restarts in a back-off loop.",
        summary="pdf-renderer is OOM-killed twice by the memory cgroup (TaskOOM) while "
                "rendering a very large permit bundle and enters CrashLoopBackOff; "
                "permit-portal sees connection resets/refusals and returns 502.",
        action="Raise the pdf-renderer memory limit or split large bundles into chunks "
               "(render per section and merge), and cap the page count per render job; "
               "move the poison job to a dead-letter queue so it stops re-killing the pod.",
        story="Headless Chromium PDF renderer OOM-killed on a 412-page permit bundle; "
              "retries re-kill it, portal sees resets/refused")


@scenario(2, "Tanzu")
def claims_history_heap(key):
    w = Window(key, datetime(2026, 1, 22, 14, 2, 30, tzinfo=UTC))
    ns = "claims-archive"
    n1 = "tkg-claims-prod-md-0-6f7d8b9c5-2xk4p"
    n2 = "tkg-claims-prod-md-0-6f7d8b9c5-h8v6m"
    n3 = "tkg-claims-prod-md-1-84c7f6d9b-q2w9r"
    hist = w.rs_pod("claims-history")
    portal = w.rs_pod("claims-portal")
    envoy = w.ds_pod("envoy")
    H = L(ns, hist, "tomcat", n1, app="claims-history")
    P = L(ns, portal, "claims-portal", n2, app="claims-portal")
    V = L("tanzu-system-ingress", envoy, "envoy", n3, app="envoy")
    hip = "100.96.3.%d" % w.rng.randint(10, 200)

    def lb(t, thread, lvl, logger, msg):
        return "%s.%s [%s] %-5s %s - %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), thread,
                                            lvl, logger, msg)

    def gc(t, n, msg):
        return "[%s.%s+0000][info][gc] GC(%d) %s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t),
                                                     n, msg)

    def envoy_log(t, method, path, status, dur, up):
        return ('[%s] "%s %s HTTP/1.1" %d - 0 %d %d %d "10.20.4.17" "Mozilla/5.0 (Windows NT '
                '10.0; Win64; x64)" "%s" "claims.insure.example" "%s:8080"' % (
                    iso_ms(t), method, path, status, w.rng.randint(300, 9000), dur, dur - 1,
                    w.uuid(), up))

    claims = ["CL-2021-%07d" % w.rng.randint(100000, 999999) for _ in range(8)]
    for i, s in enumerate(w.spread(0, 40, 6)):
        th = "http-nio-8080-exec-%d" % w.rng.randint(1, 20)
        w.add(s, H, lb, th, "INFO", "g.i.c.history.ClaimHistoryController",
              "GET /api/claims/%s/history entries=%d took=%dms" % (
                  claims[i], w.rng.randint(4, 60), w.rng.randint(18, 90)))
        w.add(s + 0.05, V, envoy_log, "GET", "/claims-history/api/claims/%s/history" % claims[i],
              200, w.rng.randint(20, 95), hip)
    w.add(6.3, H, tomcat, "WARNING", "http-nio-8080-exec-2",
          "org.apache.catalina.webresources.Cache.getResource",
          "Unable to add the resource at [/WEB-INF/classes/static/js/vendor.3f9a1c.js] to the "
          "cache for web application [/claims-history] because there was insufficient free "
          "space available after evicting expired cache entries - consider increasing the "
          "maximum size of the cache")
    w.add(12.0, P, sb, "INFO", "claims-portal", "nio-8080-exec-4",
          "g.i.c.portal.web.DashboardController", "dashboard rendered for adjuster=adj-0412 "
          "openClaims=23")
    w.add(41.2, H, lb, "http-nio-8080-exec-7", "INFO", "g.i.c.history.export.ExportController",
          "export requested year=2019 format=xlsx scope=ALL_CLAIMS user=ext-auditor-17")
    w.add(41.9, H, lb, "http-nio-8080-exec-7", "INFO", "g.i.c.history.export.ExportService",
          "streaming disabled for xlsx; materialising 1,384,219 claim rows in workbook")
    n = 2204
    for s, txt in ((48.1, "Pause Young (Normal) (G1 Evacuation Pause) 1190M->1102M(1536M) "
                          "41.207ms"),
                   (55.4, "Pause Young (Concurrent Start) (G1 Evacuation Pause) "
                          "1468M->1431M(1536M) 52.881ms")):
        w.add(s, H, gc, n, txt)
        n += 1
    w.add(58.8, H, gc, n, "Pause Full (G1 Compaction Pause) 1535M->1529M(1536M) 3012.554ms",
          ev=True)
    w.add(59.0, V, envoy_log, "GET", "/claims-history/api/claims/%s/history" % claims[6], 200,
          3104, hip)
    w.add(63.1, H, gc, n + 1, "Pause Full (G1 Compaction Pause) 1535M->1533M(1536M) "
          "3120.981ms")
    w.lines(66.4, H, [
        lambda t: tomcat(t, "SEVERE", "http-nio-8080-exec-7",
               "org.apache.catalina.core.StandardWrapperValve.invoke",
               "Servlet.service() for servlet [dispatcherServlet] in context with path "
               "[/claims-history] threw exception [Handler dispatch failed: "
               "java.lang.OutOfMemoryError: Java heap space] with root cause"),
        "java.lang.OutOfMemoryError: Java heap space",
        "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)",
        "\tat org.apache.poi.xssf.usermodel.XSSFSheet.createRow(XSSFSheet.java:813)",
        "\tat gov.insure.claims.history.export.ExportService.writeRows(ExportService.java:142)",
    ], ev=[0, 1])
    w.add(66.9, V, envoy_log, "GET", "/claims-history/api/export?year=2019&format=xlsx", 500,
          25012, hip)
    w.add(67.5, H, tomcat, "SEVERE", "http-nio-8080-exec-3",
          "org.apache.catalina.core.StandardWrapperValve.invoke",
          "Servlet.service() for servlet [dispatcherServlet] in context with path "
          "[/claims-history] threw exception [Handler dispatch failed: "
          "java.lang.OutOfMemoryError: Java heap space] with root cause", ev=True)
    w.add(67.6, V, envoy_log, "GET", "/claims-history/api/claims/%s/history" % claims[7], 500,
          3320, hip)
    w.add(67.9, P, sb, "ERROR", "claims-portal", "nio-8080-exec-9",
          "g.i.c.portal.history.HistoryClient", "history lookup failed for %s: 500 Internal "
          "Server Error from GET http://claims-history.claims-archive.svc:8080/claims-history/"
          "api/claims/%s/history" % (claims[7], claims[7]))
    w.add(70.2, H, 'Exception in thread "HikariPool-1 housekeeper" java.lang.OutOfMemoryError: '
          'Java heap space', ev=True)
    w.add(71.0, H, gc, n + 2, "Pause Full (G1 Compaction Pause) 1535M->1534M(1536M) "
          "3254.002ms")
    w.add(74.8, H, tomcat, "SEVERE", "http-nio-8080-exec-11",
          "org.apache.catalina.core.StandardWrapperValve.invoke",
          "Servlet.service() for servlet [dispatcherServlet] in context with path "
          "[/claims-history] threw exception [Handler dispatch failed: "
          "java.lang.OutOfMemoryError: Java heap space] with root cause")
    w.add(74.9, P, sb, "ERROR", "claims-portal", "nio-8080-exec-2",
          "g.i.c.portal.history.HistoryClient", "history lookup failed for %s: 500 Internal "
          "Server Error from GET http://claims-history.claims-archive.svc:8080/claims-history/"
          "api/claims/%s/history" % (claims[5], claims[5]))
    w.add(75.0, V, envoy_log, "GET", "/claims-history/api/claims/%s/history" % claims[5], 500,
          3550, hip)
    w.add(77.3, P, sb, "WARN", "claims-portal", "nio-8080-exec-6",
          "g.i.c.portal.history.HistoryClient", "circuit 'claimsHistory' is OPEN, serving "
          "cached summary for %s" % claims[3])
    return record(
        w,
        question="Why does the claims history page return errors for adjusters?",
        selector={"namespace": ns},
        severity="ERROR", category="oom_killed", component="claims-history",
        root_cause="A full-archive XLSX export for 2019 materialises 1.38 million rows in memory "
                   "inside claims-history; the 1.5 GiB JVM heap is exhausted (back-to-back "
                   "full GCs, java.lang.OutOfMemoryError: Java heap space) and every request "
                   "served by that JVM now fails.",
        summary="claims-history (Tomcat) runs out of Java heap during an unbounded export; "
                "request threads and the Hikari housekeeper throw OutOfMemoryError, envoy and "
                "claims-portal see 500s. The container is not restarted.",
        action="Restart the claims-history pod to recover, then stream the export (SXSSF / "
               "paging) or run it as a batch job, and bound export size; consider "
               "-XX:+ExitOnOutOfMemoryError so the pod restarts instead of limping.",
        story="Tomcat claims archive runs out of Java heap on an unbounded 2019 XLSX export; "
              "all requests in the JVM fail")


@scenario(3, "EKS")
def tax_assessment_crash(key):
    w = Window(key, datetime(2026, 3, 9, 7, 15, 0, tzinfo=UTC))
    ns = "revenue-assessment"
    nodes = ["ip-10-40-%d-%d.eu-central-1.compute.internal" % (w.rng.randint(16, 60),
                                                              w.rng.randint(5, 250))
             for _ in range(4)]
    new_rs = w.alnum(10)
    old_rs = w.alnum(9)
    pods = ["tax-assessment-api-%s-%s" % (new_rs, w.alnum(5)) for _ in range(3)]
    bff = w.rs_pod("assessment-portal-bff")
    pay = w.rs_pod("payment-plan-service")
    argo = "argocd-application-controller-0"
    A = L("argocd", argo, "argocd-application-controller", nodes[3],
          app="argocd-application-controller")
    T = [L(ns, p, "tax-assessment-api", nodes[i], app="tax-assessment-api")
         for i, p in enumerate(pods)]
    B = L(ns, bff, "bff", nodes[1], app="assessment-portal-bff")
    Y = L(ns, pay, "payment-plan-service", nodes[2], app="payment-plan-service")
    E = EVL(ns)
    sha = "a41c9e2"
    w.add(1.0, A, logrus, "info", "Initiated automated sync to '%s'" % sha,
          application="argocd/revenue-assessment", **{"dest-namespace": ns,
                                                      "dest-server": "https://kubernetes.default.svc"})
    w.add(1.6, E, event_logfmt(w, "Deployment", ns, "tax-assessment-api", "ScalingReplicaSet",
                               "Normal", "Scaled down replica set tax-assessment-api-%s to 0 "
                               "from 3" % old_rs, comp="deployment-controller"))
    w.add(4.8, E, event_logfmt(w, "Deployment", ns, "tax-assessment-api", "ScalingReplicaSet",
                               "Normal", "Scaled up replica set tax-assessment-api-%s to 3"
                               % new_rs, comp="deployment-controller"))
    w.add(5.5, A, logrus, "info", "Updated sync status: OutOfSync -> Synced",
          application="argocd/revenue-assessment", dest_namespace=ns)

    def crash(s, i, full, evmark):
        lab = T[i]
        w.add(s, lab, dotnet, "info", "Revenue.Assessment.Program", 0,
              "tax-assessment-api 4.12.0+%s starting (Environment: Production)" % sha)
        w.add(s + 0.9, lab, dotnet, "info", "Revenue.Assessment.Rules.RuleWarmupService", 0,
              "Compiling 318 assessment rules from rule set 2026.1")
        t = w.at(s + 1.4)
        w.addt(t, lab, dotnet(t, "fail", "Microsoft.Extensions.Hosting.Internal.Host", 11,
                              "Hosting failed to start"), ev=evmark)
        if full:
            trace = [
                "System.NullReferenceException: Object reference not set to an instance of "
                "an object.",
                "   at Revenue.Assessment.Rules.RuleCompiler.CompileThreshold(RuleDefinition "
                "definition) in /src/Revenue.Assessment/Rules/RuleCompiler.cs:line 112",
                "   at Revenue.Assessment.Rules.RuleCompiler.Compile(IReadOnlyList`1 "
                "definitions) in /src/Revenue.Assessment/Rules/RuleCompiler.cs:line 47",
                "   at Revenue.Assessment.Rules.RuleWarmupService.StartAsync(CancellationToken "
                "cancellationToken) in /src/Revenue.Assessment/Rules/RuleWarmupService.cs:line 29",
                "   at Microsoft.Extensions.Hosting.Internal.Host.<StartAsync>b__15_1("
                "IHostedService service, CancellationToken token)",
            ]
            for k, txt in enumerate(trace):
                w.addt(t + timedelta(microseconds=k + 1), lab, txt, ev=evmark and k in (0, 1))
        w.addt(t + timedelta(microseconds=900), lab,
               "Unhandled exception. System.NullReferenceException: Object reference not set "
               "to an instance of an object.", ev=evmark)

    crash(7.2, 0, True, True)
    crash(7.9, 1, False, False)
    crash(8.4, 2, False, False)
    w.add(10.2, B, dotnet_json, "Error", "Revenue.Portal.Bff.AssessmentClient", 0,
          "Assessment call failed for case TX-2025-5518209",
          Exception="System.Net.Http.HttpRequestException: Connection refused "
                    "(tax-assessment-api.revenue-assessment.svc.cluster.local:8080)")
    w.add(12.0, Y, sb, "INFO", "payment-plan-service", "nio-8080-exec-3",
          "g.r.paymentplan.PlanController", "instalment plan PP-884120 recalculated: 6 x 412.50 EUR")
    crash(19.5, 0, False, False)
    crash(20.6, 1, False, False)
    w.add(21.9, B, dotnet_json, "Error", "Revenue.Portal.Bff.AssessmentClient", 0,
          "Assessment call failed for case TX-2025-5519877",
          Exception="System.Net.Http.HttpRequestException: Connection refused "
                    "(tax-assessment-api.revenue-assessment.svc.cluster.local:8080)")
    w.add(22.4, E, event_logfmt(w, "Pod", ns, pods[0], "BackOff", "Warning",
                                "Back-off restarting failed container tax-assessment-api in pod "
                                "%s_%s(%s)" % (pods[0], ns, w.uuid()), host=nodes[0], count=2),
          ev=True)
    w.add(23.0, E, event_logfmt(w, "Pod", ns, pods[2], "BackOff", "Warning",
                                "Back-off restarting failed container tax-assessment-api in pod "
                                "%s_%s(%s)" % (pods[2], ns, w.uuid()), host=nodes[2], count=2))
    for s in w.spread(24, 60, 4):
        w.add(s, Y, sb, "INFO", "payment-plan-service", "nio-8080-exec-%d" % w.rng.randint(1, 9),
              "g.r.paymentplan.PlanController", "GET /api/plans/PP-%d 200 in %dms" % (
                  w.rng.randint(800000, 899999), w.rng.randint(9, 40)))
    w.add(31.0, B, dotnet_json, "Warning", "Microsoft.Extensions.Http.Resilience", 0,
          "Execution attempt. Source: 'assessment-client-standard//Standard-Retry', Operation "
          "Key: '', Result: 'Connection refused (tax-assessment-api.revenue-assessment.svc."
          "cluster.local:8080)', Handled: 'True', Attempt: '2', Execution Time: 3.1152ms")
    crash(44.0, 2, False, False)
    w.add(46.1, E, event_logfmt(w, "Pod", ns, pods[1], "BackOff", "Warning",
                                "Back-off restarting failed container tax-assessment-api in pod "
                                "%s_%s(%s)" % (pods[1], ns, w.uuid()), host=nodes[1], count=3))
    w.add(47.0, B, dotnet_json, "Error", "Microsoft.AspNetCore.Diagnostics."
          "ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing "
          "the request.", Path="/api/assessments/TX-2025-5521034")
    w.add(50.3, A, logrus, "info", "Application health status: Healthy -> Degraded",
          application="argocd/revenue-assessment")
    return record(
        w,
        question="Why is the tax assessment API unavailable after this morning's release?",
        selector={"namespace": ns},
        severity="CRITICAL", category="application_error", component="tax-assessment-api",
        root_cause="Release 4.12.0 (a41c9e2) throws a NullReferenceException in "
                   "RuleCompiler.CompileThreshold while the RuleWarmupService hosted service "
                   "compiles rule set 2026.1; the host fails to start, the process aborts and "
                   "all three replicas crash-loop.",
        summary="After an Argo CD sync (Recreate strategy) every tax-assessment-api pod dies at "
                "startup with an unhandled NullReferenceException in its own rule compiler and "
                "goes into back-off; the portal BFF gets connection refused.",
        action="Roll back revenue-assessment to the previous revision in Argo CD, then fix the "
               "null handling in RuleCompiler.CompileThreshold (thresholds without a ceiling) "
               "and add a startup test over rule set 2026.1.",
        story=".NET 8 tax assessment API: NullReferenceException in its rule compiler at "
              "startup after an Argo CD sync; all replicas crash-loop")


@scenario(7, "OpenShift")
def pension_calc_startup_probe(key):
    w = Window(key, datetime(2026, 4, 2, 6, 0, 0, tzinfo=UTC))
    ns = "pensions"
    n_old = "worker-2.ocp-prod.pensions.internal"
    n_new = "worker-4.ocp-prod.pensions.internal"
    n_gw = "worker-1.ocp-prod.pensions.internal"
    rs = w.alnum(10)
    calc = "pension-calc-%s-%s" % (rs, w.alnum(5))
    gw = w.rs_pod("pension-gateway")
    mcd = w.ds_pod("machine-config-daemon")
    C = L(ns, calc, "pension-calc", n_new, app="pension-calc")
    G = L(ns, gw, "pension-gateway", n_gw, app="pension-gateway")
    M = L("openshift-machine-config-operator", mcd, "machine-config-daemon", n_old,
          app="machine-config-daemon")
    E = EVL(ns)
    ip = "10.129.4.%d" % w.rng.randint(10, 200)
    w.add(0.0, M, klog, "I", "drain.go:144", "Node has been successfully cordoned", tid=4102)
    w.add(0.6, M, klog, "I", "drain.go:177", 'evicting pod %s/pension-calc-%s-%s'
          % (ns, rs, w.alnum(5)), tid=4102)
    w.add(3.1, E, event_logfmt(w, "Pod", ns, calc, "Scheduled", "Normal",
                               "Successfully assigned %s/%s to %s" % (ns, calc, n_new),
                               comp="default-scheduler"))
    w.add(3.9, E, event_logfmt(w, "Pod", ns, calc, "AddedInterface", "Normal",
                               "Add eth0 [%s/23] from ovn-kubernetes" % ip, comp="multus"))
    w.add(9.8, E, event_logfmt(w, "Pod", ns, calc, "Pulled", "Normal",
                               'Successfully pulled image "image-registry.openshift-image-registry'
                               '.svc:5000/pensions/pension-calc@sha256:%s" in 5.82s (5.82s '
                               'including waiting)' % w.hexid(64), host=n_new))
    w.add(10.4, E, event_logfmt(w, "Pod", ns, calc, "Started", "Normal",
                                "Started container pension-calc", host=n_new))
    T = 0x2a

    def boot(s0, first):
        w.add(s0, C, liberty, 1, "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A",
              "CWWKE0001I: The server defaultServer has been launched.")
        w.add(s0 + 3.2, C, liberty, 0x1c, "com.ibm.ws.kernel.feature.internal.FeatureManager",
              "I", "CWWKF0012I: The server installed the following features: [cdi-4.0, "
              "jdbc-4.3, jndi-1.0, jsonb-3.0, mpConfig-3.1, mpHealth-4.0, mpMetrics-5.1, "
              "persistence-3.1, restfulWS-3.1, servlet-6.0, ssl-1.0].")
        w.add(s0 + 4.0, C, liberty, T, "com.ibm.ws.app.manager.AppMessageHelper", "A",
              "CWWKZ0018I: Starting application pension-calc.")
        w.add(s0 + 6.5, C, liberty, 0x31, "gov.pensions.calc.tables.ActuarialTableLoader", "I",
              "Preloading actuarial tables: 46 cohorts, mortality basis CMI_2024, cold class "
              "cache (no shared classes found)")
        w.add(s0 + 28.0, C, liberty, 0x31, "gov.pensions.calc.tables.ActuarialTableLoader", "I",
              "Loaded cohort tables 14/46 in 21.4s")
        w.add(s0 + 50.5, C, liberty, 0x31, "gov.pensions.calc.tables.ActuarialTableLoader", "I",
              "Loaded cohort tables 31/46 in 43.9s", ev=first)

    boot(10.9, True)
    probe_fail = ('Startup probe failed: Get "http://%s:9080/health/started": dial tcp %s:9080: '
                  'connect: connection refused' % (ip, ip))
    for k, s in enumerate((20.5, 30.5, 40.5, 50.5, 60.5)):
        w.add(s, E, event_logfmt(w, "Pod", ns, calc, "Unhealthy", "Warning", probe_fail,
                                 host=n_new, count=k + 1), ev=(k == 0))
    for s in (14.0, 35.0, 57.0):
        w.add(s, G, sb, "WARN", "pension-gateway", "nio-8080-exec-%d" % w.rng.randint(1, 12),
              "g.p.gateway.forecast.ForecastClient", "forecast call failed: I/O error on GET "
              "request for \"http://pension-calc.pensions.svc:9080/api/v2/forecast\": Connect to "
              "pension-calc.pensions.svc:9080 failed: Connection refused")
    for s in (22.0, 44.0):
        w.add(s, G, sb, "INFO", "pension-gateway", "nio-8080-exec-%d" % w.rng.randint(1, 12),
              "g.p.gateway.statement.StatementController", "annual statement served from cache "
              "for member M-%d" % w.rng.randint(1000000, 9999999))
    w.add(70.6, E, event_logfmt(w, "Pod", ns, calc, "Killing", "Normal",
                                "Container pension-calc failed startup probe, will be restarted",
                                host=n_new), ev=True)
    w.add(70.8, C, liberty, 0x4f, "com.ibm.ws.kernel.launch.internal.ServerCommandListener", "A",
          "CWWKE0085I: The server defaultServer is stopping because the JVM is exiting.")
    w.add(72.3, C, liberty, 0x4f, "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A",
          "CWWKE0036I: The server defaultServer stopped after 1 minutes, 1.402 seconds.")
    w.add(73.0, E, event_logfmt(w, "Pod", ns, calc, "Pulled", "Normal",
                                'Container image "image-registry.openshift-image-registry.svc:'
                                '5000/pensions/pension-calc@sha256:%s" already present on machine'
                                % w.hexid(64), host=n_new))
    w.add(73.4, E, event_logfmt(w, "Pod", ns, calc, "Started", "Normal",
                                "Started container pension-calc", host=n_new, count=2))
    w.add(73.9, C, liberty, 1, "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A",
          "CWWKE0001I: The server defaultServer has been launched.")
    w.add(78.0, C, liberty, T, "com.ibm.ws.app.manager.AppMessageHelper", "A",
          "CWWKZ0018I: Starting application pension-calc.")
    w.add(80.1, C, liberty, 0x31, "gov.pensions.calc.tables.ActuarialTableLoader", "I",
          "Preloading actuarial tables: 46 cohorts, mortality basis CMI_2024, cold class cache "
          "(no shared classes found)")
    w.add(83.5, E, event_logfmt(w, "Pod", ns, calc, "Unhealthy", "Warning", probe_fail,
                                host=n_new, count=6))
    w.add(86.0, G, sb, "ERROR", "pension-gateway", "nio-8080-exec-7",
          "g.p.gateway.forecast.ForecastController", "returning 503 to caller: pension-calc "
          "unavailable (0 ready endpoints)")
    w.add(92.2, G, sb, "WARN", "pension-gateway", "nio-8080-exec-3",
          "g.p.gateway.forecast.ForecastClient", "forecast call failed: I/O error on GET "
          "request for \"http://pension-calc.pensions.svc:9080/api/v2/forecast\": Connect to "
          "pension-calc.pensions.svc:9080 failed: Connection refused")
    return record(
        w,
        question="Why is the pension forecast service down after the worker reboot?",
        selector={"namespace": ns, "app": "pension-calc"},
        severity="CRITICAL", category="probe_failure", component="pension-calc",
        root_cause="After the MachineConfig reboot moved pension-calc to a cold node, Liberty "
                   "needs about 95 s to preload the actuarial tables, but the startup probe "
                   "gives it only 60 s; kubelet kills the still-progressing container and it "
                   "never becomes ready.",
        summary="pension-calc keeps failing its startup probe (port not open yet) while the "
                "table loader is still making progress; kubelet restarts it, the service has "
                "no ready endpoints and pension-gateway returns 503.",
        action="Raise the startup probe budget (failureThreshold x periodSeconds > 120 s) or "
               "make table preloading lazy/asynchronous; keep a PodDisruptionBudget so drains "
               "do not take all replicas at once.",
        story="Liberty pension calculator killed by a 60 s startup probe while still "
              "preloading actuarial tables on a cold node")


@scenario(33, "OpenShift")
def land_registry_healthy(key):
    w = Window(key, datetime(2026, 1, 14, 1, 58, 0, tzinfo=UTC))
    ns = "land-registry"
    nodes = ["worker-%d.ocp-gov.landreg.internal" % i for i in (1, 3, 5)]
    rs = w.alnum(10)
    a = "title-search-%s-%s" % (rs, w.alnum(5))
    b = "title-search-%s-%s" % (rs, w.alnum(5))
    c = "title-search-%s-%s" % (rs, w.alnum(5))
    web = w.rs_pod("title-portal")
    A = L(ns, a, "eap", nodes[0], app="title-search")
    B = L(ns, b, "eap", nodes[1], app="title-search")
    Cc = L(ns, c, "eap", nodes[2], app="title-search")
    W = L(ns, web, "nginx", nodes[2], app="title-portal")
    E = EVL(ns)
    parcels = ["NW-%05d-%s" % (w.rng.randint(10000, 99999), w.rng.choice("ABCD")) for _ in range(10)]

    def q(s, lab, i):
        w.add(s, lab, jboss, "INFO", "gov.landreg.search.TitleSearchResource",
              "default task-%d" % w.rng.randint(1, 64),
              "GET /api/titles?parcel=%s results=%d took=%dms" % (
                  parcels[i % len(parcels)], w.rng.randint(0, 4), w.rng.randint(12, 80)))

    for i, s in enumerate(w.spread(0, 150, 12)):
        q(s, A if i % 2 else B, i)
    for s in w.spread(0, 150, 6):
        w.add(s, W, lambda t: '10.128.2.1 - - [%s] "GET /titles/%s HTTP/1.1" 200 %d "-" '
              '"Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"'
              % (clf(t), w.rng.choice(parcels), w.rng.randint(2000, 9000)))
    w.add(5.0, E, event_logfmt(w, "HorizontalPodAutoscaler", ns, "title-search",
                               "SuccessfulRescale", "Normal", "New size: 3; reason: cpu resource "
                               "utilization (percentage of request) above target",
                               comp="horizontal-pod-autoscaler"))
    w.add(6.0, E, event_logfmt(w, "Pod", ns, c, "Scheduled", "Normal",
                               "Successfully assigned %s/%s to %s" % (ns, c, nodes[2]),
                               comp="default-scheduler"))
    w.add(9.2, Cc, jboss, "INFO", "org.jboss.as", "MSC service thread 1-2",
          "WFLYSRV0049: JBoss EAP 8.0.1.GA (WildFly Core 21.0.6.Final-redhat-00001) starting")
    w.add(13.4, Cc, jboss, "WARN", "org.jboss.as.txn", "ServerService Thread Pool -- 71",
          "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to "
          "the default value. This is a danger for environments running multiple servers. "
          "Please make sure the attribute value is unique.")
    w.add(14.1, Cc, jboss, "INFO", "org.jboss.as.connector.subsystems.datasources",
          "MSC service thread 1-4", "WFLYJCA0001: Bound data source "
          "[java:jboss/datasources/LandRegDS]")
    w.add(17.8, Cc, jboss, "WARN", "org.hibernate.orm.deprecation", "ServerService Thread Pool -- 85",
          "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using "
          "'hibernate.dialect' (remove the property setting and it will be selected by default)")
    w.add(19.0, E, event_logfmt(w, "Pod", ns, c, "Unhealthy", "Warning",
                                "Readiness probe failed: HTTP probe failed with statuscode: 503",
                                host=nodes[2]))
    w.add(22.6, Cc, jboss, "INFO", "org.infinispan.CLUSTER", "thread-7,ejb,%s" % c,
          "ISPN000094: Received new cluster view for channel ejb: [%s|6] (3) [%s, %s, %s]"
          % (a, a, b, c))
    w.add(24.1, Cc, jboss, "INFO", "org.jboss.as.server", "ServerService Thread Pool -- 45",
          'WFLYSRV0010: Deployed "title-search.war" (runtime-name : "title-search.war")')
    w.add(24.3, Cc, jboss, "INFO", "org.jboss.as", "Controller Boot Thread",
          "WFLYSRV0025: JBoss EAP 8.0.1.GA (WildFly Core 21.0.6.Final-redhat-00001) started in "
          "15108ms - Started 612 of 811 services (322 services are lazy, passive or on-demand)")
    for i, s in enumerate(w.spread(30, 150, 4)):
        q(s, Cc, i + 3)
    w.add(66.0, B, jboss, "WARN", "org.jboss.resteasy.resteasy_jaxrs.i18n", "default task-19",
          'RESTEASY002142: Multiple resource methods match request "GET /api/titles/export". '
          'Selecting one. Matching methods: [public jakarta.ws.rs.core.Response gov.landreg.'
          'search.ExportResource.csv(), public jakarta.ws.rs.core.Response gov.landreg.search.'
          'ExportResource.json()]')
    w.add(120.0, A, jboss, "INFO", "gov.landreg.search.index.NightlyIndexRefresh",
          "EJB default - 3", "Nightly index refresh started (timer=nightlyRefresh, schedule="
          "0 0 2 * * ?)")
    w.add(161.8, A, jboss, "INFO", "gov.landreg.search.index.NightlyIndexRefresh",
          "EJB default - 3", "Nightly index refresh finished: 18432 titles reindexed, 0 failed, "
          "errors=0, took 41.7s")
    return record(
        w,
        question="Is anything wrong with the land registry title search overnight?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: an HPA scale-up adds a third JBoss EAP replica that boots, "
                   "joins the Infinispan cluster and serves traffic; the nightly EJB timer "
                   "reindexes with 0 failures.",
        summary="Healthy: routine searches, a completed scale-up (one expected readiness "
                "failure during boot), benign WFLYTX0013/HHH90000025/RESTEASY002142 warnings "
                "and a successful scheduled index refresh.",
        action="Nothing to do; optionally set a unique transactions node-identifier and drop "
               "the explicit Hibernate dialect.",
        story="JBoss EAP title search: HPA scale-up with benign boot warnings and a successful "
              "nightly EJB timer")


@scenario(4, "GKE")
def grants_portal_typeerror(key):
    w = Window(key, datetime(2026, 2, 5, 10, 20, 0, tzinfo=UTC))
    ns = "grants"
    pool = "gke-grants-prod-pool-1-7c1e9a2b"
    nodes = ["%s-%s" % (pool, w.alnum(4)) for _ in range(3)]
    rs = w.alnum(10)
    web1 = "grants-portal-%s-%s" % (rs, w.alnum(5))
    web2 = "grants-portal-%s-%s" % (rs, w.alnum(5))
    wk = w.rs_pod("grants-worker")
    W1 = L(ns, web1, "web", nodes[0], app="grants-portal")
    W2 = L(ns, web2, "web", nodes[1], app="grants-portal")
    P1 = L(ns, web1, "cloud-sql-proxy", nodes[0], app="grants-portal")
    K = L(ns, wk, "celery", nodes[2], app="grants-worker")
    lbip = ["35.191.%d.%d" % (w.rng.randint(0, 255), w.rng.randint(1, 254)) for _ in range(4)]

    def dj(t, lvl, name, msg):
        return "[%s,%s] %s %s: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, name, msg)

    def acc(t, method, path, status, size, ref="-"):
        return '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "Mozilla/5.0 (Macintosh; Intel Mac OS ' \
               'X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"' \
               % (w.rng.choice(lbip), clf(t), method, path, status, size, ref)

    def celery(t, msg):
        return "[%s,%s: INFO/ForkPoolWorker-%d] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t),
                                                      w.rng.randint(1, 4), msg)

    def proxy(t, msg):
        return "%s %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), msg)

    ref = "https://grants.culture.gov.example/applications/new/"
    gets = ["/applications/", "/applications/new/", "/static/css/main.9c1e.css",
            "/calls/heritage-2026/", "/applications/GR-26-%05d/" % w.rng.randint(10000, 99999)]
    for s in w.spread(0, 80, 12):
        lab = w.rng.choice([W1, W2])
        w.add(s, lab, acc, "GET", w.rng.choice(gets), 200, w.rng.randint(2000, 40000))
    w.add(3.0, P1, proxy, "[grants-prod:europe-west2:grants-pg] Accepted connection from "
          "127.0.0.1:51724")
    w.add(5.2, W1, acc, "POST", "/applications/submit/", 302, 0, ref)
    w.add(5.6, K, celery, "Task grants.notifications.tasks.send_acknowledgement[%s] succeeded in "
          "0.412s: None" % w.uuid())
    w.add(9.1, W2, dj, "WARNING", "django.security.DisallowedHost",
          "Invalid HTTP_HOST header: '34.107.12.9'. You may need to add '34.107.12.9' to "
          "ALLOWED_HOSTS.")

    def fail(s, lab, show_trace):
        t = w.at(s)
        w.addt(t, lab, dj(t, "ERROR", "django.request", "Internal Server Error: "
                          "/applications/submit/"), ev=show_trace)
        if show_trace:
            tb = ["Traceback (most recent call last):",
                  '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/'
                  'exception.py", line 55, in inner',
                  "    response = get_response(request)",
                  '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py",'
                  ' line 197, in _get_response',
                  "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
                  '  File "/app/grants/applications/views.py", line 214, in submit',
                  '    budget = form.cleaned_data["co_funding"]["amount"]',
                  "TypeError: 'NoneType' object is not subscriptable"]
            for k, txt in enumerate(tb):
                w.addt(t + timedelta(microseconds=k + 1), lab, txt, ev=k in (5, 7))
        w.add(s + 0.08, lab, acc, "POST", "/applications/submit/", 500, 145, ref)

    fail(14.3, W2, True)
    w.add(18.0, P1, proxy, "[grants-prod:europe-west2:grants-pg] client closed the connection")
    w.add(21.5, W1, acc, "POST", "/applications/submit/", 302, 0, ref)
    w.add(22.0, K, celery, "Task grants.notifications.tasks.send_acknowledgement[%s] succeeded in "
          "0.388s: None" % w.uuid())
    fail(29.8, W1, False)
    fail(41.2, W2, False)
    w.add(47.0, W1, dj, "INFO", "grants.applications.views", "draft autosaved application="
          "GR-26-%05d step=budget" % w.rng.randint(10000, 99999))
    fail(55.5, W1, True)
    w.add(61.0, K, celery, "Task grants.reports.tasks.refresh_dashboard[%s] succeeded in 2.904s: "
          "{'open_calls': 4, 'submitted_today': 37}" % w.uuid())
    fail(68.9, W2, False)
    return record(
        w,
        question="Why do some grant applicants get an error page when they submit?",
        selector={"namespace": ns, "app": "grants-portal"},
        severity="ERROR", category="application_error", component="grants-portal",
        root_cause="The submit view in grants-portal indexes form.cleaned_data['co_funding'] "
                   "without checking for None; applications that leave the optional co-funding "
                   "section empty raise TypeError: 'NoneType' object is not subscriptable and "
                   "get HTTP 500.",
        summary="grants-portal (Django) returns 500 on a share of POST /applications/submit/ "
                "because of an unhandled TypeError in applications/views.py line 214; other "
                "submissions and pages work.",
        action="Fix the view to treat a missing co_funding block as zero (or make the form "
               "return an empty dict), add a test for the empty case, and contact the "
               "applicants whose submissions failed.",
        story="Django grants portal: TypeError in the submit view when the optional co-funding "
              "section is empty; 500s for some applicants")


@scenario(5, "RKE2")
def citizen_portal_manifest_unknown(key):
    w = Window(key, datetime(2026, 3, 18, 13, 5, 0, tzinfo=UTC))
    ns = "citizen-services"
    nodes = ["rke2-agent-%02d.svc.gov-dc2.internal" % i for i in (2, 3, 5)]
    old = w.alnum(10)
    new = w.alnum(9)
    po = ["citizen-portal-%s-%s" % (old, w.alnum(5)) for _ in range(2)]
    pn = "citizen-portal-%s-%s" % (new, w.alnum(5))
    ing = w.ds_pod("rke2-ingress-nginx-controller")
    reg = w.rs_pod("harbor-registry")
    fleet = w.rs_pod("fleet-agent")
    O = [L(ns, p, "citizen-portal", nodes[i], app="citizen-portal") for i, p in enumerate(po)]
    I = L("kube-system", ing, "rke2-ingress-nginx-controller", nodes[1], app="rke2-ingress-nginx")
    R = L("harbor", reg, "registry", nodes[0], app="harbor")
    F = L("cattle-fleet-system", fleet, "fleet-agent", nodes[0], app="fleet-agent")
    C = NODE(nodes[2], "rke2-agent.service")
    E = EVJ(ns)
    img = "harbor.gov-platform.internal/citizen/citizen-portal:3.14.2"
    host = "mijn.gemeente-voorbeeld.example"
    paths = ["/", "/afspraken", "/belastingen/aanslag", "/static/main.81c0.js", "/api/profile",
             "/meldingen/nieuw"]
    for s in w.spread(0, 75, 14):
        k = w.rng.randint(0, 1)
        w.add(s, I, nginx_access, "198.51.100.%d" % w.rng.randint(2, 250), "GET",
              w.rng.choice(paths), 200, w.rng.randint(800, 30000), w.rng.uniform(0.01, 0.2),
              "citizen-services-citizen-portal-8080", "10.42.%d.%d:8080" % (k + 2, 17 + k))
    for s in w.spread(0, 75, 4):
        w.add(s, w.rng.choice(O), sb, "INFO", "citizen-portal", "nio-8080-exec-%d" %
              w.rng.randint(1, 20), "g.c.portal.session.SessionAudit", "login via DigiD-bridge "
              "ok, level=substantial, session=%s" % w.hexid(12))
    w.add(1.0, F, logrus, "info", "Deploying bundle", bundle="fleet-default/citizen-portal-prod",
          commit="7be21f0", release="citizen-services/citizen-portal")
    w.add(2.5, E, event_json(w, "Deployment", ns, "citizen-portal", "ScalingReplicaSet", "Normal",
                             "Scaled up replica set citizen-portal-%s to 1" % new,
                             comp="deployment-controller"))
    w.add(2.9, E, event_json(w, "Pod", ns, pn, "Scheduled", "Normal", "Successfully assigned "
                             "%s/%s to %s" % (ns, pn, nodes[2]), comp="default-scheduler"))
    w.add(3.6, E, event_json(w, "Pod", ns, pn, "Pulling", "Normal", 'Pulling image "%s"' % img,
                             host=nodes[2]))
    w.add(3.8, R, logrus, "error", "response completed with error",
          **{"auth.user.name": "robot$rke2-pull", "err.code": "manifest unknown",
             "err.detail": "unknown tag=3.14.2", "err.message": "manifest unknown",
             "go.version": "go1.21.8", "http.request.host": "harbor.gov-platform.internal",
             "http.request.method": "HEAD",
             "http.request.uri": "/v2/citizen/citizen-portal/manifests/3.14.2",
             "http.response.status": "404"}, ev=True)
    err = ('rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to '
           'resolve reference "%s": %s: not found' % (img, img, img))
    w.add(3.9, C, logrus, "error", 'PullImage "%s" failed' % img, error=err)
    w.add(4.0, E, event_json(w, "Pod", ns, pn, "Failed", "Warning",
                             'Failed to pull image "%s": %s' % (img, err), host=nodes[2]),
          ev=True)
    w.add(4.1, E, event_json(w, "Pod", ns, pn, "Failed", "Warning", "Error: ErrImagePull",
                             host=nodes[2]))
    w.add(5.2, E, event_json(w, "Pod", ns, pn, "BackOff", "Normal", 'Back-off pulling image "%s"'
                             % img, host=nodes[2]))
    w.add(5.3, E, event_json(w, "Pod", ns, pn, "Failed", "Warning", "Error: ImagePullBackOff",
                             host=nodes[2]), ev=True)
    w.add(20.4, R, logrus, "error", "response completed with error",
          **{"auth.user.name": "robot$rke2-pull", "err.code": "manifest unknown",
             "err.detail": "unknown tag=3.14.2", "err.message": "manifest unknown",
             "go.version": "go1.21.8", "http.request.host": "harbor.gov-platform.internal",
             "http.request.method": "HEAD",
             "http.request.uri": "/v2/citizen/citizen-portal/manifests/3.14.2",
             "http.response.status": "404"})
    w.add(20.3, R, logrus, "info", "response completed",
          **{"auth.user.name": "robot$gitlab-ci", "go.version": "go1.21.8",
             "http.request.host": "harbor.gov-platform.internal", "http.request.method": "GET",
             "http.request.uri": "/v2/citizen/citizen-portal/manifests/3.14.2-rc1",
             "http.response.status": "200"})
    w.add(20.5, E, event_json(w, "Pod", ns, pn, "Failed", "Warning",
                              'Failed to pull image "%s": %s' % (img, err), host=nodes[2],
                              count=2))
    w.add(48.0, E, event_json(w, "Pod", ns, pn, "BackOff", "Normal", 'Back-off pulling image "%s"'
                              % img, host=nodes[2], count=5))
    w.add(62.0, F, logrus, "info", "bundle not ready", bundle="fleet-default/citizen-portal-prod",
          reason="deployment.apps citizen-services/citizen-portal modified: 1 replicas "
                 "unavailable (ImagePullBackOff)")
    return record(
        w,
        question="Why is the citizen portal release stuck?",
        selector={"namespace": ns},
        severity="ERROR", category="image_pull", component="citizen-portal",
        root_cause="The Fleet bundle deploys citizen-portal:3.14.2, but Harbor has no such tag "
                   "(only 3.14.2-rc1 was pushed); the registry answers 'manifest unknown' and "
                   "the new pod stays in ImagePullBackOff, blocking the rollout.",
        summary="Rolling update of citizen-portal cannot pull its image (NotFound / manifest "
                "unknown for tag 3.14.2); the two old replicas keep serving citizens.",
        action="Push/promote the 3.14.2 image in Harbor or point the release at an existing "
               "tag (preferably an immutable digest), then let the rollout continue.",
        story="RKE2 citizen portal rollout references tag 3.14.2 that Harbor never received "
              "(manifest unknown); old replicas still serve")


@scenario(6, "Tanzu")
def licensing_api_robot_expired(key):
    w = Window(key, datetime(2026, 3, 10, 22, 40, 0, tzinfo=UTC))
    ns = "business-licensing"
    md = "tkg-licensing-md-0-%s" % w.alnum(9)
    nodes_new = ["%s-%s" % (md, w.alnum(5)) for _ in range(3)]
    n_old = "%s-%s" % (md, w.alnum(5))
    rs = w.alnum(10)
    api = ["licensing-api-%s-%s" % (rs, w.alnum(5)) for _ in range(3)]
    portal = w.rs_pod("licensing-portal")
    core = w.rs_pod("harbor-core")
    P = L(ns, portal, "payara", nodes_new[2], app="licensing-portal")
    H = L("harbor", core, "core", nodes_new[0], app="harbor")
    KL = NODE(nodes_new[1], "kubelet.service")
    E = EVL(ns)
    EN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    img = "harbor.corp.gov.example/licensing/licensing-api:5.2.0"
    tokurl = ("https://harbor.corp.gov.example/service/token?scope=repository%3Alicensing%2F"
              "licensing-api%3Apull&service=harbor-registry")
    err = ('rpc error: code = Unknown desc = failed to pull and unpack image "%s": failed to '
           'resolve reference "%s": failed to authorize: failed to fetch oauth token: '
           'unexpected status from GET request to %s: 401 Unauthorized' % (img, img, tokurl))

    def payara(t, lvl, lvlv, logger, tid, tname, msg):
        """Payara Uniform Log Format (single line)."""
        return "[#|%s.%s+0000|%s|Payara 6.2024.2|%s|_ThreadID=%d;_ThreadName=%s;_TimeMillis=%d;" \
               "_LevelValue=%d;|%s|#]" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), lvl, logger,
                                         tid, tname, epoch_ms(t), lvlv, msg)

    def harbor(t, lvl, src, msg):
        return "%s [%s] [%s][requestID=\"%s\"]: %s" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), lvl, src,
                                                      w.uuid(), msg)

    w.add(0.0, EN, event_logfmt(w, "Node", "default", n_old, "NodeNotSchedulable", "Normal",
                                "Node %s status is now: NodeNotSchedulable" % n_old,
                                comp="kubelet", host=n_old))
    w.add(1.1, EN, event_logfmt(w, "Node", "default", nodes_new[1], "NodeReady", "Normal",
                                "Node %s status is now: NodeReady" % nodes_new[1],
                                comp="kubelet", host=nodes_new[1]))
    w.add(2.0, E, event_logfmt(w, "Pod", ns, api[0], "Killing", "Normal",
                               "Stopping container licensing-api", host=n_old))
    for i, p in enumerate(api):
        w.add(4.0 + i * 0.6, E, event_logfmt(w, "Pod", ns, p, "Scheduled", "Normal",
                                             "Successfully assigned %s/%s to %s" % (
                                                 ns, p, nodes_new[i]),
                                             comp="default-scheduler"))
    w.add(6.2, H, harbor, "WARNING", "/server/middleware/security/robot.go:73",
          "the robot account is expired: robot$licensing+puller", ev=True)
    w.add(6.3, KL, klog, "E", "remote_image.go:180", '"PullImage from image service failed" '
          'err="%s" image="%s"' % (err.replace('"', '\\"'), img), tid=2231, ev=True)
    w.add(6.4, E, event_logfmt(w, "Pod", ns, api[1], "Failed", "Warning",
                               'Failed to pull image "%s": %s' % (img, err), host=nodes_new[1]),
          ev=True)
    w.add(6.5, E, event_logfmt(w, "Pod", ns, api[1], "Failed", "Warning", "Error: ErrImagePull",
                               host=nodes_new[1]))
    w.add(7.0, E, event_logfmt(w, "Pod", ns, api[0], "Failed", "Warning",
                               'Failed to pull image "%s": %s' % (img, err), host=nodes_new[0]))
    w.add(7.6, H, harbor, "WARNING", "/server/middleware/security/robot.go:73",
          "the robot account is expired: robot$licensing+puller")
    w.add(7.7, E, event_logfmt(w, "Pod", ns, api[2], "Failed", "Warning",
                               'Failed to pull image "%s": %s' % (img, err), host=nodes_new[2]))
    for s in (11.2, 25.4, 39.9):
        w.add(s, P, payara, "WARNING", 900, "gov.bl.portal.LicenceClient", 83,
              "http-thread-pool::http-listener-1(%d)" % w.rng.randint(1, 8),
              "licence lookup failed for KvK %08d: jakarta.ws.rs.ProcessingException: "
              "java.net.ConnectException: Connection refused" % w.rng.randint(10000000, 99999999))
    w.add(12.5, P, payara, "INFO", 800, "gov.bl.portal.HealthResource", 91,
          "http-thread-pool::http-listener-1(2)", "health: licensing-api=DOWN, "
          "kvk-registry=UP, db=UP")
    w.add(19.8, E, event_logfmt(w, "Pod", ns, api[0], "BackOff", "Normal",
                                'Back-off pulling image "%s"' % img, host=nodes_new[0], count=3))
    w.add(20.1, E, event_logfmt(w, "Pod", ns, api[1], "Failed", "Warning",
                                "Error: ImagePullBackOff", host=nodes_new[1], count=3), ev=True)
    w.add(20.6, E, event_logfmt(w, "Pod", ns, api[2], "Failed", "Warning",
                                "Error: ImagePullBackOff", host=nodes_new[2], count=3))
    for s in w.spread(21, 60, 5):
        w.add(s, H, harbor, "INFO", "/server/middleware/log/log.go:30",
              "GET /api/v2.0/projects/citizen/repositories?page_size=15 200 by robot$ci+push")
    w.add(44.0, KL, klog, "E", "pod_workers.go:1300", '"Error syncing pod, skipping" err="failed '
          'to \\"StartContainer\\" for \\"licensing-api\\" with ImagePullBackOff: \\"Back-off '
          'pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s"' % (img, ns, api[1]), tid=2231)
    w.add(51.7, P, payara, "SEVERE", 1000, "gov.bl.portal.ApplyServlet", 87,
          "http-thread-pool::http-listener-1(5)", "licence application LA-2026-11873 not "
          "submitted: licensing-api unavailable, returning HTTP 503")
    return record(
        w,
        question="Why is the business licensing API down after the cluster upgrade?",
        selector={"namespace": ns},
        severity="CRITICAL", category="image_pull", component="licensing-api",
        root_cause="The TKG upgrade replaced all worker nodes, so licensing-api must pull its "
                   "image again; the pull secret uses Harbor robot account "
                   "robot$licensing+puller, which has expired, so the token request returns "
                   "401 and every replica sits in ImagePullBackOff.",
        summary="All three licensing-api pods on the new nodes fail to pull from Harbor "
                "(401 Unauthorized on the token endpoint, robot account expired); the service "
                "has no endpoints and licensing-portal answers 503.",
        action="Renew or recreate the Harbor robot account, update the imagePullSecret in "
               "business-licensing, and delete the pods to retry; add expiry monitoring for "
               "robot accounts.",
        story="TKG upgrade recreates workers; licensing API image pulls fail with 401 because "
              "the Harbor robot account expired; all replicas down")


@scenario(8, "AKS")
def appointments_readiness_flap(key):
    w = Window(key, datetime(2026, 2, 2, 7, 59, 30, tzinfo=UTC))
    ns = "citizen-appointments"
    pool = "aks-apppool-24190375-vmss"
    nodes = ["%s%06d" % (pool, i) for i in (0, 1, 3)]
    rs = w.alnum(10)
    pods = ["appointments-api-%s-%s" % (rs, w.alnum(5)) for _ in range(3)]
    A = [L(ns, p, "appointments-api", nodes[i], app="appointments-api") for i, p in enumerate(pods)]
    ing = w.rs_pod("ingress-nginx-controller")
    I = L("ingress-nginx", ing, "controller", nodes[2], app="ingress-nginx")
    E = EVL(ns)
    ips = ["10.224.0.%d" % w.rng.randint(10, 250) for _ in range(3)]
    host = "afspraak.stad.example"

    def req(s, i, method, path, status, dur):
        w.add(s, A[i], dotnet_json, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
              "Request finished HTTP/1.1 %s http://%s%s - %d null application/json; "
              "charset=utf-8 %.4fms" % (method, host, path, status, dur))

    slots = ["/api/slots?service=passport&date=2026-02-0%d" % d for d in (3, 4, 5)]
    for s in w.spread(0, 150, 22):
        i = w.rng.randint(0, 2)
        if w.rng.random() < 0.4:
            req(s, i, "POST", "/api/appointments", 201, w.rng.uniform(60, 240))
            w.add(s + 0.01, I, nginx_access, "145.%d.%d.%d" % (w.rng.randint(1, 255),
                  w.rng.randint(1, 255), w.rng.randint(1, 254)), "POST", "/api/appointments",
                  201, 412, w.rng.uniform(0.06, 0.25), "citizen-appointments-appointments-api-8080",
                  "%s:8080" % ips[i])
        else:
            req(s, i, "GET", w.rng.choice(slots), 200, w.rng.uniform(20, 180))
    w.lines(31.0, A[1], [
        lambda t: dotnet_json(t, "Debug", "Microsoft.Extensions.Diagnostics.HealthChecks."
                              "DefaultHealthCheckService", 101, "Health check processing with "
                              "combined status Healthy completed after 1241.7ms"),
        lambda t: dotnet_json(t, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
                              "Request finished HTTP/1.1 GET http://%s:8080/healthz/ready - 200 "
                              "null text/plain 1244.9307ms" % ips[1])], ev=True, step_us=3100)
    w.add(30.2, E, event_logfmt(w, "Pod", ns, pods[1], "Unhealthy", "Warning",
                                'Readiness probe failed: Get "http://%s:8080/healthz/ready": '
                                'context deadline exceeded (Client.Timeout exceeded while '
                                'awaiting headers)' % ips[1], host=nodes[1]), ev=True)
    w.add(40.4, E, event_logfmt(w, "Pod", ns, pods[1], "Unhealthy", "Warning",
                                'Readiness probe failed: Get "http://%s:8080/healthz/ready": '
                                'context deadline exceeded (Client.Timeout exceeded while '
                                'awaiting headers)' % ips[1], host=nodes[1], count=2))
    w.add(50.3, E, event_logfmt(w, "Pod", ns, pods[2], "Unhealthy", "Warning",
                                'Readiness probe failed: Get "http://%s:8080/healthz/ready": '
                                'context deadline exceeded (Client.Timeout exceeded while '
                                'awaiting headers)' % ips[2], host=nodes[2]))
    w.add(51.2, A[2], dotnet_json, "Debug", "Microsoft.Extensions.Diagnostics.HealthChecks."
          "DefaultHealthCheckService", 101, "Health check processing with combined status "
          "Healthy completed after 1107.3ms")
    w.add(60.0, I, nginx_error, "warn", "upstream server temporarily disabled while connecting "
          "to upstream, client: 145.21.9.80, server: %s, request: \"GET %s HTTP/2.0\", upstream: "
          "\"http://%s:8080%s\", host: \"%s\"" % (host, slots[0], ips[1], slots[0], host),
          conn=882731)
    w.add(70.5, E, event_logfmt(w, "Pod", ns, pods[1], "Unhealthy", "Warning",
                                'Readiness probe failed: Get "http://%s:8080/healthz/ready": '
                                'context deadline exceeded (Client.Timeout exceeded while '
                                'awaiting headers)' % ips[1], host=nodes[1], count=3))
    w.add(90.0, A[0], dotnet_json, "Debug", "Microsoft.Extensions.Diagnostics.HealthChecks."
          "DefaultHealthCheckService", 101, "Health check processing with combined status "
          "Healthy completed after 212.6ms")
    w.add(110.0, A[1], dotnet_json, "Debug", "Microsoft.Extensions.Diagnostics.HealthChecks."
          "DefaultHealthCheckService", 101, "Health check processing with combined status "
          "Healthy completed after 96.4ms")
    w.add(111.0, A[1], dotnet_json, "Information", "Appointments.Api.Booking.SlotReleaseService",
          0, "08:00 slot release complete: 4180 passport slots, 1320 driving-licence slots "
          "published")
    return record(
        w,
        question="Why did appointment pods drop out of the load balancer at 08:00?",
        selector={"namespace": ns, "app": "appointments-api"},
        severity="WARN", category="probe_failure", component="appointments-api",
        root_cause="The readiness endpoint runs deep dependency checks and takes about 1.1-1.3 s "
                   "during the 08:00 slot-release peak, longer than the 1 s probe timeout; "
                   "kubelet marks healthy pods unready for a few periods, then they recover.",
        summary="appointments-api pods briefly fail readiness (probe client timeout) while their "
                "health checks report Healthy in ~1.2 s; requests keep succeeding on other "
                "replicas and the flapping stops after the peak.",
        action="Give the readiness probe a realistic timeout (e.g. 3 s) or make /healthz/ready "
               "a cheap check and move dependency checks to a separate endpoint.",
        story=".NET appointments API: readiness probe 1 s timeout vs 1.2 s deep health check at "
              "the 08:00 peak; pods flap out of rotation and recover")


@scenario(9, "EKS")
def annual_statement_unschedulable(key):
    w = Window(key, datetime(2026, 1, 31, 1, 0, 0, tzinfo=UTC))
    ns = "policy-statements"
    nodes = ["ip-10-60-%d-%d.eu-west-1.compute.internal" % (w.rng.randint(32, 90),
                                                           w.rng.randint(5, 250)) for _ in range(3)]
    sched = 29519040
    job = "annual-statement-job-%d" % sched
    pod = "%s-%s" % (job, w.alnum(5))
    kp = w.rs_pod("karpenter")
    rx = ["claims-reindex-%d-%s" % (i, w.alnum(5)) for i in (0, 1)]
    K = L("karpenter", kp, "controller", nodes[2], app="karpenter")
    X = [L(ns, p, "reindex", nodes[i], app="claims-reindex") for i, p in enumerate(rx)]
    E = EVL(ns)
    w.add(0.2, E, event_logfmt(w, "CronJob", ns, "annual-statement-job", "SuccessfulCreate",
                               "Normal", "Created job %s" % job, comp="cronjob-controller"))
    w.add(0.4, E, event_logfmt(w, "Job", ns, job, "SuccessfulCreate", "Normal",
                               "Created pod: %s" % pod, comp="job-controller"))
    fs = ("0/9 nodes are available: 3 node(s) had untolerated taint {dedicated: ocr}, 6 "
          "Insufficient memory. preemption: 0/9 nodes are available: 3 Preemption is not helpful "
          "for scheduling, 6 No preemption victims found for incoming pod.")
    w.add(0.6, E, event_logfmt(w, "Pod", ns, pod, "FailedScheduling", "Warning", fs,
                               comp="default-scheduler"), ev=True)
    kerr = ('incompatible with nodepool "ocr", did not tolerate dedicated=ocr:NoSchedule; '
            'incompatible with nodepool "batch", all available instance types exceed limits '
            'for nodepool: "batch"')

    def kjson(t, lvl, msg, **kv):
        d = {"level": lvl, "time": iso_ms(t), "logger": "controller", "message": msg,
             "commit": "490ef94"}
        d.update(kv)
        return json.dumps(d, separators=(",", ":"))

    w.add(1.8, K, kjson, "ERROR", "could not schedule pod", controller="provisioner",
          Pod={"name": pod, "namespace": ns}, error=kerr, ev=True)
    w.add(1.9, E, event_logfmt(w, "Pod", ns, pod, "FailedScheduling", "Warning",
                               "Failed to schedule pod, %s" % kerr, comp="karpenter"))
    w.add(2.5, K, kjson, "INFO", "computed new nodeclaim(s) to fit pod(s)",
          controller="provisioner", nodeclaims=0, pods=1)
    totals = [w.rng.randint(300000, 400000), w.rng.randint(500000, 600000)]
    for s in w.spread(5, 590, 14):
        i = w.rng.randint(0, 1)
        totals[i] += 5000 * w.rng.randint(3, 9)
        w.add(s, X[i], sb, "INFO", "claims-reindex", "reindexStep-%d" % i,
              "g.i.c.reindex.ReindexWriter",
              "Written chunk of 5000 claims to index claims-2025-v7 (partition %d, total %d)" %
              (i, totals[i]))
    for s in (240.0, 480.0):
        w.add(s, K, kjson, "INFO", "found provisionable pod(s)", controller="provisioner",
              Pods="%s/%s" % (ns, pod), duration="%.1fms" % w.rng.uniform(20, 60))
        w.add(s + 1.1, K, kjson, "ERROR", "could not schedule pod", controller="provisioner",
              Pod={"name": pod, "namespace": ns}, error=kerr)
    w.add(61.0, E, event_logfmt(w, "Pod", ns, pod, "FailedScheduling", "Warning", fs,
                                comp="default-scheduler", count=4))
    w.add(62.3, K, kjson, "ERROR", "could not schedule pod", controller="provisioner",
          Pod={"name": pod, "namespace": ns}, error=kerr)
    w.add(120.0, K, kjson, "INFO", "found provisionable pod(s)", controller="provisioner",
          Pods="%s/%s" % (ns, pod), duration="38.9ms")
    w.add(301.0, E, event_logfmt(w, "Pod", ns, pod, "FailedScheduling", "Warning", fs,
                                 comp="default-scheduler", count=9))
    w.add(600.2, E, event_logfmt(w, "Job", ns, job, "DeadlineExceeded", "Warning",
                                 "Job was active longer than specified deadline",
                                 comp="job-controller"), ev=True)
    w.add(600.5, E, event_logfmt(w, "Job", ns, job, "SuccessfulDelete", "Normal",
                                 "Deleted pod: %s" % pod, comp="job-controller"))
    w.add(601.0, E, event_logfmt(w, "CronJob", ns, "annual-statement-job", "SawCompletedJob",
                                 "Normal", "Saw completed job: %s, status: Failed" % job,
                                 comp="cronjob-controller"))
    return record(
        w,
        question="Why did the annual policy statement run not produce anything last night?",
        selector={"namespace": ns},
        severity="ERROR", category="scheduling", component="annual-statement-job",
        root_cause="The annual-statement-job pod (24Gi request) cannot be placed: existing "
                   "nodes lack memory or carry the dedicated=ocr taint, and Karpenter cannot "
                   "add capacity because the batch NodePool is at its CPU limit (filled by the "
                   "running claims-reindex jobs); the Job hits its activeDeadlineSeconds.",
        summary="The pod stays Pending with FailedScheduling (Insufficient memory / untolerated "
                "taint) and Karpenter reports the batch NodePool limits exceeded; after 10 "
                "minutes the Job fails with DeadlineExceeded.",
        action="Raise the batch NodePool limits or schedule the statement run after "
               "claims-reindex finishes, then re-run the job (kubectl create job --from="
               "cronjob/annual-statement-job).",
        story="Spring Batch annual statements CronJob never schedules: insufficient memory, OCR "
              "taint, Karpenter NodePool limit; DeadlineExceeded")


@scenario(10, "GKE")
def ocr_scaleup_pending(key):
    w = Window(key, datetime(2026, 3, 2, 8, 30, 0, tzinfo=UTC))
    ns = "records-digitisation"
    pool = "gke-records-prod-ocr-pool-5b2c7e1d"
    nodes = ["%s-%s" % (pool, w.alnum(4)) for _ in range(5)]
    rs = w.alnum(10)
    old = ["ocr-worker-%s-%s" % (rs, w.alnum(5)) for _ in range(3)]
    new = ["ocr-worker-%s-%s" % (rs, w.alnum(5)) for _ in range(3)]
    keda = w.rs_pod("keda-operator")
    O = [L(ns, p, "ocr-worker", nodes[i], app="ocr-worker") for i, p in enumerate(old)]
    N = [L(ns, p, "ocr-worker", nodes[3 + (i % 2)], app="ocr-worker") for i, p in enumerate(new)]
    Kd = L("keda", keda, "keda-operator", nodes[0], app="keda-operator")
    E = EVJ(ns)
    EN = {"namespace": "default", "app": "event-exporter"}

    def ocr(t, lvl, msg, **kv):
        d = {"ts": iso_ms(t), "level": lvl, "logger": "ocr.worker", "msg": msg}
        d.update(kv)
        return json.dumps(d, separators=(",", ":"))

    def kd(t, msg, **kv):
        return "%s\tINFO\tscaleexecutor\t%s\t%s" % (iso_ms(t), msg, json.dumps(kv,
                                                                                separators=(", ", ": ")))

    for s in w.spread(0, 210, 16):
        i = w.rng.randint(0, 2)
        w.add(s, O[i], ocr, "INFO", "document processed", doc="SCAN-%s" % w.hexid(10),
              pages=w.rng.randint(1, 14), engine="tesseract 5.3.4",
              ms=w.rng.randint(1800, 9000), lang="nld+eng")
    w.add(2.0, Kd, kd, "Successfully updated ScaleTarget", **{
        "scaledobject.Name": "ocr-worker", "scaledObject.Namespace": ns,
        "scaleTarget.Name": "ocr-worker", "Original Replicas Count": 3, "New Replicas Count": 6})
    w.add(2.4, E, event_json(w, "Deployment", ns, "ocr-worker", "ScalingReplicaSet", "Normal",
                             "Scaled up replica set ocr-worker-%s to 6 from 3" % rs,
                             comp="deployment-controller"))
    fs = ("0/5 nodes are available: 2 node(s) had untolerated taint {components.gke.io/"
          "gke-managed-components: true}, 3 Insufficient cpu. preemption: 0/5 nodes are "
          "available: 2 Preemption is not helpful for scheduling, 3 No preemption victims "
          "found for incoming pod.")
    for k, p in enumerate(new):
        w.add(2.8 + 0.1 * k, E, event_json(w, "Pod", ns, p, "FailedScheduling", "Warning", fs,
                                           comp="default-scheduler"), ev=(k == 0))
    mig = ("https://www.googleapis.com/compute/v1/projects/records-prod/zones/europe-west2-b/"
           "instanceGroups/%s-grp" % pool)
    w.add(13.5, E, event_json(w, "Pod", ns, new[0], "TriggeredScaleUp", "Normal",
                              "pod triggered scale-up: [{%s 3->5 (max: 8)}]" % mig,
                              comp="cluster-autoscaler"), ev=True)
    w.add(33.0, O[0], ocr, "WARNING", "subscription backlog high, lease extension",
          subscription="scans-incoming-sub", outstanding=18412, oldestUnackedSec=412)
    w.add(63.0, E, event_json(w, "Pod", ns, new[1], "FailedScheduling", "Warning", fs,
                              comp="default-scheduler", count=3))
    w.add(101.0, EN, event_json(w, "Node", "default", nodes[3], "NodeReady", "Normal",
                                "Node %s status is now: NodeReady" % nodes[3],
                                host=nodes[3]))
    w.add(104.0, EN, event_json(w, "Node", "default", nodes[4], "NodeReady", "Normal",
                                "Node %s status is now: NodeReady" % nodes[4],
                                host=nodes[4]))
    for k, p in enumerate(new):
        w.add(108.0 + k * 0.5, E, event_json(w, "Pod", ns, p, "Scheduled", "Normal",
                                             "Successfully assigned %s/%s to %s" % (
                                                 ns, p, nodes[3 + (k % 2)]),
                                             comp="default-scheduler"))
    for k, p in enumerate(new):
        w.add(131.0 + k, N[k], ocr, "INFO", "worker started", concurrency=2,
              subscription="scans-incoming-sub", tesseract="5.3.4")
    for s in w.spread(140, 210, 5):
        k = w.rng.randint(0, 2)
        w.add(s, N[k], ocr, "INFO", "document processed", doc="SCAN-%s" % w.hexid(10),
              pages=w.rng.randint(1, 14), engine="tesseract 5.3.4",
              ms=w.rng.randint(1800, 9000), lang="nld+eng")
    w.add(205.0, O[1], ocr, "INFO", "subscription backlog", subscription="scans-incoming-sub",
          outstanding=9127, oldestUnackedSec=298)
    return record(
        w,
        question="Why did scanned mail processing lag this morning?",
        selector={"namespace": ns},
        severity="WARN", category="scheduling", component="ocr-worker",
        root_cause="KEDA scaled ocr-worker from 3 to 6 on the Pub/Sub backlog, but the OCR node "
                   "pool had no spare CPU; the new pods were Pending (Insufficient cpu) until "
                   "the cluster autoscaler added two nodes about 100 s later.",
        summary="Three new ocr-worker pods were unschedulable for ~2 minutes while the node "
                "pool scaled 3->5; the backlog peaked at ~18k messages and is draining again.",
        action="Optional: keep a small amount of headroom (placeholder pods / higher minimum "
               "node count) in the OCR pool before the morning mail run.",
        story="KEDA scales GKE OCR workers on backlog; new pods Pending (Insufficient cpu) until "
              "the autoscaler adds nodes; recovers")


@scenario(11, "k3s")
def k3s_coredns_upstream(key):
    w = Window(key, datetime(2026, 2, 24, 11, 12, 0, tzinfo=UTC))
    ns = "cadastre"
    nodes = ["k3s-gemeentehuis-%02d" % i for i in (1, 2)]
    dns = w.rs_pod("coredns")
    wk = w.rs_pod("cadastre-sync-worker")
    web = w.rs_pod("cadastre-web")
    mail = w.rs_pod("mail-relay")
    D = L("kube-system", dns, "coredns", nodes[0], app="coredns")
    Wk = L(ns, wk, "celery", nodes[1], app="cadastre-sync-worker")
    Wb = L(ns, web, "web", nodes[1], app="cadastre-web")
    M = L("mail", mail, "postfix", nodes[0], app="mail-relay")
    dip = "10.42.0.%d" % w.rng.randint(3, 9)
    up = "192.168.10.53"
    wip = "10.42.1.%d" % w.rng.randint(10, 90)

    def cd_info(t, client, name, typ, rcode, flags, size, dur):
        return '[INFO] %s:%d - %d "%s IN %s udp %d false 512" %s %s %d %.6fs' % (
            client, w.rng.randint(32768, 60999), w.rng.randint(1, 65535), typ, name,
            len(name) + 20, rcode, flags, size, dur)

    def cd_err(t, name, typ):
        return "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout" % (
            name, typ, dip, w.rng.randint(32768, 60999), up)

    def celery(t, lvl, msg):
        return "[%s,%s: %s/ForkPoolWorker-%d] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t),
                                                    lvl, w.rng.randint(1, 2), msg)

    def postfix(t, msg):
        return "%s %2d %s mail-relay postfix/smtp[%d]: %s" % (MONTHS[t.month - 1], t.day,
                                                               t.strftime("%H:%M:%S"),
                                                               w.rng.randint(800, 990), msg)

    w.add(0.0, D, "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.override")
    w.add(0.1, D, "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.server")
    for s in w.spread(0, 100, 8):
        w.add(s, D, cd_info, wip, "postgres.cadastre.svc.cluster.local.", "A", "NOERROR",
              "qr,aa,rd", 112, w.rng.uniform(0.0001, 0.0004))
    for s in w.spread(0, 100, 7):
        w.add(s, Wb, pylog, "INFO", "cadastre.web.views", "GET /percelen/%s 200 (%d ms)" % (
            w.rng.choice(["ASD04-K-%d" % w.rng.randint(1000, 9999), "HLM01-C-%d" %
                          w.rng.randint(1000, 9999)]), w.rng.randint(20, 140)))
    ext = "api.kadaster-register.gov.example."
    task_id = w.uuid()
    w.add(10.0, Wk, celery, "INFO", "Task cadastre.sync.tasks.pull_changes[%s] received" % task_id)
    w.add(12.1, D, cd_err, ext, "A", ev=True)
    w.add(12.15, D, cd_err, ext, "AAAA")
    w.add(17.2, D, cd_err, ext, "A")
    w.lines(20.3, Wk, [
        lambda t: celery(t, "WARNING", "Task cadastre.sync.tasks.pull_changes[%s] retry: Retry in "
               "60s: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='api.kadaster-"
               "register.gov.example', port=443): Max retries exceeded with url: /v2/percelen/"
               "mutaties?sinds=2026-02-24T10:00:00Z (Caused by NameResolutionError(\\\"<urllib3."
               "connection.HTTPSConnection object at 0x7f3b2c1d9e10>: Failed to resolve 'api."
               "kadaster-register.gov.example' ([Errno -3] Temporary failure in name "
               "resolution)\\\"))\"))" % task_id)], ev=True)
    w.add(31.0, D, cd_err, "smtp.gemeente-voorbeeld.example.", "A")
    w.add(31.5, M, postfix, "warning: smtp.gemeente-voorbeeld.example: Temporary failure in "
          "name resolution")
    w.add(32.0, M, postfix, "3F1C2A0431: to=<aanvrager@example.org>, relay=none, delay=30, "
          "delays=0.01/0/30/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name "
          "service error for name=smtp.gemeente-voorbeeld.example type=A: Host not found, try "
          "again)", ev=True)
    w.add(45.0, D, cd_err, "login.microsoftonline.com.", "A")
    w.add(45.4, D, cd_err, "login.microsoftonline.com.", "AAAA")
    w.add(46.0, Wb, pylog, "ERROR", "mozilla_django_oidc.auth", "failed to fetch OIDC "
          "configuration: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max "
          "retries exceeded with url: /3f9c1e2a-5b7d-4c11-9a0e-7d2b4f6c8e10/v2.0/.well-known/"
          "openid-configuration (Caused by NameResolutionError(\"<urllib3.connection."
          "HTTPSConnection object at 0x7f81a4c2b590>: Failed to resolve 'login.microsoftonline."
          "com' ([Errno -3] Temporary failure in name resolution)\"))")
    w.add(80.4, D, cd_err, ext, "A", ev=True)
    w.add(80.6, Wk, celery, "ERROR", "Task cadastre.sync.tasks.pull_changes[%s] raised unexpected: "
          "MaxRetriesExceededError(\"Can't retry cadastre.sync.tasks.pull_changes[%s] args:() "
          "kwargs:{}\")" % (task_id, task_id))
    return record(
        w,
        question="Why has the cadastre sync stopped and why are e-mails deferred?",
        selector={"namespace": ns},
        severity="ERROR", category="dns_resolution", component="coredns",
        root_cause="CoreDNS forwards external names to the town hall resolver 192.168.10.53, "
                   "which no longer answers (i/o timeout); every external lookup fails while "
                   "cluster-local names still resolve.",
        summary="CoreDNS logs upstream i/o timeouts; cadastre-sync-worker fails with "
                "NameResolutionError for the national register API, postfix defers mail "
                "(Host not found, try again) and OIDC discovery for the web login fails.",
        action="Restore the upstream resolver or point the CoreDNS forward plugin at a working "
               "resolver (k3s: --resolv-conf / coredns-custom), then retry the sync task and "
               "flush the postfix queue.",
        story="k3s CoreDNS upstream resolver stops answering; cadastre sync, mail relay and "
              "OIDC discovery fail to resolve external names")


@scenario(12, "EKS")
def premium_quote_unknown_host(key):
    w = Window(key, datetime(2026, 4, 14, 9, 3, 0, tzinfo=UTC))
    ns = "motor-underwriting"
    nodes = ["ip-10-40-%d-%d.eu-central-1.compute.internal" % (w.rng.randint(16, 60),
                                                              w.rng.randint(5, 250))
             for _ in range(3)]
    rs = w.alnum(10)
    q1 = "premium-quote-%s-%s" % (rs, w.alnum(5))
    q2 = "premium-quote-%s-%s" % (rs, w.alnum(5))
    dns = w.rs_pod("coredns")
    veh = w.rs_pod("vehicle-lookup")
    Q1 = L(ns, q1, "premium-quote", nodes[0], app="premium-quote")
    Q2 = L(ns, q2, "premium-quote", nodes[1], app="premium-quote")
    D = L("kube-system", dns, "coredns", nodes[2], app="coredns")
    V = L(ns, veh, "vehicle-lookup", nodes[2], app="vehicle-lookup")
    qip = "10.40.22.%d" % w.rng.randint(10, 250)
    host = "oracle-scan.uw.insure.internal"

    def cd(t, name, rcode, flags, size):
        return '[INFO] %s:%d - %d "A IN %s udp %d false 1232" %s %s %d %.6fs' % (
            qip, w.rng.randint(32768, 60999), w.rng.randint(1, 65535), name, len(name) + 24,
            rcode, flags, size, w.rng.uniform(0.0004, 0.003))

    for s in w.spread(0, 70, 8):
        lab = w.rng.choice([Q1, Q2])
        w.add(s, lab, sb, "INFO", "premium-quote", "nio-8080-exec-%d" % w.rng.randint(1, 30),
              "g.i.uw.quote.QuoteController", "quote Q-%d issued: product=MOTOR-COMP premium=%d.%02d "
              "EUR took=%dms (cache hit)" % (w.rng.randint(4000000, 4999999),
                                             w.rng.randint(300, 1900), w.rng.randint(0, 99),
                                             w.rng.randint(12, 60)))
    for s in w.spread(0, 70, 4):
        w.add(s, V, sb, "INFO", "vehicle-lookup", "nio-8080-exec-%d" % w.rng.randint(1, 9),
              "g.i.uw.vehicle.RdwClient", "plate lookup ok (external registry) in %dms" %
              w.rng.randint(40, 180))
    w.add(8.0, D, cd, "%s.%s.svc.cluster.local." % (host, ns), "NXDOMAIN", "qr,aa,rd", 170)
    w.add(8.05, D, cd, "%s.svc.cluster.local." % host, "NXDOMAIN", "qr,aa,rd", 162)
    w.add(8.1, D, cd, "%s.cluster.local." % host, "NXDOMAIN", "qr,aa,rd", 158)
    w.add(8.15, D, cd, "%s.eu-central-1.compute.internal." % host, "NXDOMAIN", "qr,rd,ra", 172)
    w.add(8.2, D, cd, "%s." % host, "NXDOMAIN", "qr,rd,ra", 142, ev=True)
    w.lines(8.4, Q1, [
        lambda t: sb(t, "WARN", "premium-quote", "onnection adder", "com.zaxxer.hikari.pool.HikariPool",
           "HikariPool-1 - Pool is empty, failed to create/setup connection (9f1c2a77-b3e4-4d2c"
           "-a1e0-5c7b8d9e0f12)"),
        "java.sql.SQLRecoverableException: IO Error: Unknown host specified ",
        "\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:1066)",
        "\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1175)",
        "Caused by: java.net.UnknownHostException: oracle-scan.uw.insure.internal: Name or "
        "service not known",
        "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)",
    ], ev=[1, 4])
    w.add(19.0, D, cd, "%s." % host, "NXDOMAIN", "qr,rd,ra", 142)
    w.add(38.5, Q1, sb, "ERROR", "premium-quote", "nio-8080-exec-17",
          "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet "
          "[dispatcherServlet] threw exception [Request processing failed: org.springframework."
          "jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection] with root "
          "cause")
    w.add(38.55, Q1, "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not "
          "available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=3)")
    w.lines(44.0, Q2, [
        lambda t: sb(t, "WARN", "premium-quote", "onnection adder",
                     "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool is empty, failed "
                     "to create/setup connection (2b7d4e10-8c3f-4a5b-9e6d-0f1a2c3b4d5e)"),
        "java.sql.SQLRecoverableException: IO Error: Unknown host specified ",
        "\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:1066)",
        "Caused by: java.net.UnknownHostException: oracle-scan.uw.insure.internal: Name or "
        "service not known"], ev=[3])
    w.add(44.3, D, cd, "%s." % host, "NXDOMAIN", "qr,rd,ra", 142)
    w.add(52.0, Q2, sb, "ERROR", "premium-quote", "nio-8080-exec-4",
          "g.i.uw.quote.QuoteController", "quote request failed for broker BR-0331: "
          "CannotGetJdbcConnectionException: Failed to obtain JDBC Connection")
    return record(
        w,
        question="Why are new motor quotes failing while cached ones still work?",
        selector={"namespace": ns, "app": "premium-quote"},
        severity="ERROR", category="dns_resolution", component="premium-quote",
        root_cause="The Oracle SCAN name oracle-scan.uw.insure.internal no longer resolves "
                   "(NXDOMAIN from the VPC resolver, not just the search-path suffixes), so "
                   "premium-quote cannot open new JDBC connections; as pooled connections "
                   "retire the Hikari pool drains to zero.",
        summary="CoreDNS returns NXDOMAIN for the absolute Oracle SCAN name; premium-quote logs "
                "UnknownHostException while creating connections and then 30 s connection "
                "timeouts; cache-served quotes and other services keep working.",
        action="Restore the uw.insure.internal record / Route 53 private zone association with "
               "the cluster VPC (or the Resolver forwarding rule), then verify with nslookup "
               "from a pod.",
        story="Spring Boot motor quotes: Oracle SCAN host returns NXDOMAIN (private zone "
              "gone); Hikari pool drains, UnknownHostException")


@scenario(13, "OpenShift")
def eligibility_mq_host_down(key):
    w = Window(key, datetime(2026, 3, 28, 19, 30, 0, tzinfo=UTC))
    ns = "eligibility"
    nodes = ["worker-%02d.ocp-bnf.gov.internal" % i for i in (2, 5, 6)]
    rs = w.alnum(10)
    e1 = "eligibility-service-%s-%s" % (rs, w.alnum(5))
    e2 = "eligibility-service-%s-%s" % (rs, w.alnum(5))
    portal = w.rs_pod("benefits-portal")
    aud = "eligibility-audit-export-29574210-%s" % w.alnum(5)
    S1 = L(ns, e1, "eligibility-service", nodes[0], app="eligibility-service")
    S2 = L(ns, e2, "eligibility-service", nodes[1], app="eligibility-service")
    P = L(ns, portal, "django", nodes[2], app="benefits-portal")
    A = L(ns, aud, "export", nodes[2], app="eligibility-audit-export")
    mq = "mqz1.mainframe.gov.internal(1414)"
    jmqi = ("com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' "
            "('MQCC_FAILED') reason '2538' ('MQRC_HOST_NOT_AVAILABLE').")
    cause = ("Caused by: com.ibm.mq.jmqi.JmqiException: CC=2;RC=2538;AMQ9204: Connection to host "
             "'%s' rejected. [1=com.ibm.mq.jmqi.JmqiException[CC=2;RC=2538;AMQ9213: A "
             "communications error for 'TCP' occurred. [1=java.net.ConnectException[Connection "
             "refused],3=mqz1.mainframe.gov.internal/10.30.1.15:1414,4=TCP,5=Socket.connect]],"
             "3=%s,5=RemoteTCPConnection.bindAndConnect]" % (mq, mq))

    def dj(t, lvl, name, msg):
        return "%s %s %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t), lvl, name, msg)

    for s in w.spread(0, 120, 9):
        lab = w.rng.choice([S1, S2])
        w.add(s, lab, liberty, w.rng.randint(0x40, 0x9f), "gov.bnf.elig.rest.EligibilityResource",
              "I", "GET /api/v3/cases/BEN-%d/status 200 (cached decision) %dms" % (
                  w.rng.randint(2000000, 2999999), w.rng.randint(6, 40)))
    w.add(1.5, S2, liberty, 0x3c, "com.ibm.ws.security.token.ltpa.internal.LTPAKeyCreateTask", "I",
          "CWWKS4105I: LTPA configuration is ready after 0.412 seconds.")
    w.add(4.0, P, dj, "INFO", "benefits.views", "case BEN-2481190 summary rendered for citizen "
          "(DigiD session ok)")
    w.add(12.4, S1, liberty, 0x5e, "gov.bnf.elig.mq.EligibilityRequestSender", "I",
          "sending eligibility request BEN-2481377 to queue ELIG.REQUEST.Z1 via jms/EligQCF")
    w.lines(12.9, S1, [
        lambda t: liberty(t, 0x5e, "com.ibm.ws.sib.ra.outbound.impl", "E",
                          "JMSWMQ0018: Failed to connect to queue manager 'QMZ1' with connection "
                          "mode 'Client' and host name '%s'." % mq),
        jmqi,
        cause,
    ], ev=[0, 2])
    w.add(13.1, S1, liberty, 0x5e, "gov.bnf.elig.rest.EligibilityResource", "W",
          "POST /api/v3/eligibility BEN-2481377 -> 502: mainframe gateway unavailable")
    w.add(13.3, P, dj, "ERROR", "benefits.eligibility", "eligibility check failed for case "
          "BEN-2481377: 502 Server Error: Bad Gateway for url: http://eligibility-service."
          "eligibility.svc:9080/api/v3/eligibility")
    w.add(20.2, S2, liberty, 0x71, "com.ibm.mq.connector.inbound.ConnectionHandler", "W",
          "MQJCA4004: Message delivery to an MDB 'gov.bnf.elig.mq.ReplyListener' failed with "
          "exception: 'JMSWMQ0018: Failed to connect to queue manager 'QMZ1' with connection "
          "mode 'Client' and host name '%s'.'" % mq, ev=True)
    w.add(20.25, S2, liberty, 0x71, "com.ibm.mq.connector.inbound.ConnectionHandler", "W",
          "MQJCA4003: A recoverable exception occurred in the JMS layer: 'JMSCMQ0001: IBM MQ call "
          "failed with compcode '2' ('MQCC_FAILED') reason '2538' ('MQRC_HOST_NOT_AVAILABLE').'")
    w.add(30.0, A, pylog, "INFO", "audit.export", "exported 1288 eligibility decisions to "
          "s3://bnf-audit/2026-03-28/ (0 errors)")
    for k, s in enumerate((41.0, 66.5, 97.2)):
        case = "BEN-%d" % w.rng.randint(2481400, 2481999)
        lab = S2 if k % 2 else S1
        w.lines(s, lab, [
            lambda t: liberty(t, 0x5e + k, "com.ibm.ws.sib.ra.outbound.impl", "E",
                              "JMSWMQ0018: Failed to connect to queue manager 'QMZ1' with "
                              "connection mode 'Client' and host name '%s'." % mq),
            jmqi])
        w.add(s + 0.2, P, dj, "ERROR", "benefits.eligibility", "eligibility check failed for case "
              "%s: 502 Server Error: Bad Gateway for url: http://eligibility-service."
              "eligibility.svc:9080/api/v3/eligibility" % case)
    w.add(80.0, S1, liberty, 0x71, "com.ibm.mq.connector.inbound.ActivationSpecImpl", "W",
          "MQJCA4013: A connection to a queue manager failed for activationSpec 'jms/EligReplyAS'. "
          "Check the queue manager error logs for details. The resource adapter will attempt to "
          "make 10 reconnection attempts.")
    return record(
        w,
        question="Why are new eligibility checks failing with 502 this evening?",
        selector={"namespace": ns},
        severity="ERROR", category="connection_refused", component="eligibility-service",
        root_cause="The z/OS queue manager QMZ1 at mqz1.mainframe.gov.internal:1414 refuses "
                   "connections (MQRC 2538, java.net.ConnectException: Connection refused), so "
                   "eligibility-service can neither put requests nor consume replies; cached "
                   "status reads still work.",
        summary="eligibility-service (Liberty, IBM MQ resource adapter) fails every JMS "
                "connection to the mainframe queue manager; its MDB activation spec goes into "
                "reconnect and benefits-portal shows 502 for new checks.",
        action="Check with the mainframe team whether QMZ1/its listener is down (planned IPL?) "
               "and restore it; meanwhile queue requests locally or show a maintenance notice "
               "instead of 502.",
        story="Liberty eligibility service cannot reach the z/OS IBM MQ queue manager (MQRC "
              "2538, connection refused); portal 502s")


@scenario(14, "RKE2")
def housing_redis_scaled_to_zero(key):
    w = Window(key, datetime(2026, 3, 25, 10, 40, 0, tzinfo=UTC))
    ns = "social-housing"
    nodes = ["rke2-wrk-%02d.housing.gov.internal" % i for i in (1, 2, 4)]
    rs = w.alnum(10)
    hp = ["housing-portal-%s-%s" % (rs, w.alnum(5)) for _ in range(2)]
    wl = w.rs_pod("waitlist-api")
    ing = w.ds_pod("rke2-ingress-nginx-controller")
    H = [L(ns, p, "housing-portal", nodes[i], app="housing-portal") for i, p in enumerate(hp)]
    Wl = L(ns, wl, "waitlist-api", nodes[2], app="waitlist-api")
    R = L(ns, "redis-sessions-master-0", "redis", nodes[2], app="redis-sessions")
    I = L("kube-system", ing, "rke2-ingress-nginx-controller", nodes[0], app="rke2-ingress-nginx")
    AU = {"namespace": "cattle-system", "app": "rancher", "container": "rancher-audit-log"}
    E = EVL(ns)
    rip = "10.43.118.27"
    host = "woningzoeken.provincie.example"
    for s in w.spread(0, 100, 12):
        k = w.rng.randint(0, 1)
        st = 200 if s < 16 else w.rng.choice([200, 500, 500])
        p = w.rng.choice(["/", "/aanbod", "/mijn/inschrijving", "/static/app.css", "/aanbod/%d" %
                          w.rng.randint(1000, 9999)])
        if p.startswith("/static") or p == "/":
            st = 200
        w.add(s, I, nginx_access, "198.51.100.%d" % w.rng.randint(2, 250), "GET", p, st,
              w.rng.randint(600, 20000) if st == 200 else 312, w.rng.uniform(0.02, 0.3),
              "social-housing-housing-portal-8080", "10.42.%d.%d:8080" % (k + 1, 40 + k))
    w.add(2.0, R, lambda t: "1:M %02d %s %d %s.%s * Background saving terminated with success" % (
        t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms(t)))
    w.add(8.4, AU, lambda t: json.dumps({
        "auditID": w.uuid(), "requestURI": "/apis/apps/v1/namespaces/social-housing/"
        "statefulsets/redis-sessions-master/scale", "user": {"username": "u-8k2lp",
                                                             "groups": ["system:authenticated"]},
        "method": "PUT", "responseCode": 200, "requestTimestamp": iso_ms(t),
        "requestBody": {"kind": "Scale", "spec": {"replicas": 0}}}, separators=(",", ":")),
        ev=True)
    w.add(8.7, E, event_logfmt(w, "StatefulSet", ns, "redis-sessions-master", "SuccessfulDelete",
                               "Normal", "delete Pod redis-sessions-master-0 in StatefulSet "
                               "redis-sessions-master successful", comp="statefulset-controller"))

    def rl(t, role, sym, msg):
        return "1:%s %02d %s %d %s.%s %s %s" % (role, t.day, MONTHS[t.month - 1], t.year,
                                               t.strftime("%H:%M:%S"), ms(t), sym, msg)

    w.add(8.9, R, lambda t: "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." %
          int(epoch_s(t)))
    w.add(9.0, R, rl, "M", "#", "User requested shutdown...")
    w.add(9.1, R, rl, "M", "*", "Saving the final RDB snapshot before exiting.")
    w.add(9.3, R, rl, "M", "*", "DB saved on disk")
    w.add(9.4, R, rl, "M", "#", "Redis is now ready to exit, bye bye...")
    w.lines(15.2, H[0], [
        lambda t: sb(t, "ERROR", "housing-portal", "nio-8080-exec-11",
                     "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet "
                     "[dispatcherServlet] in context with path [] threw exception [Request "
                     "processing failed: org.springframework.data.redis."
                     "RedisConnectionFailureException: Unable to connect to Redis] with root cause"),
        "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: "
        "redis-sessions-master.social-housing.svc.cluster.local/%s:6379" % rip,
        "Caused by: java.net.ConnectException: Connection refused",
    ], ev=[1])
    w.add(16.0, Wl, sb, "WARN", "waitlist-api", "ioEventLoop-6-2",
          "i.l.core.protocol.ConnectionWatchdog", "Cannot reconnect to [redis-sessions-master."
          "social-housing.svc.cluster.local/<unresolved>:6379]: Connection refused: "
          "redis-sessions-master.social-housing.svc.cluster.local/%s:6379" % rip, ev=True)
    for s in w.spread(20, 100, 5):
        k = w.rng.randint(0, 1)
        w.add(s, H[k], sb, "ERROR", "housing-portal", "nio-8080-exec-%d" % w.rng.randint(1, 40),
              "o.s.s.web.http.SessionRepositoryFilter", "Failed to load session: "
              "RedisConnectionFailureException: Unable to connect to Redis")
    for s in (31.0, 47.0, 79.0):
        w.add(s, Wl, sb, "WARN", "waitlist-api", "ioEventLoop-6-%d" % w.rng.randint(1, 4),
              "i.l.core.protocol.ConnectionWatchdog", "Cannot reconnect to [redis-sessions-master."
              "social-housing.svc.cluster.local/<unresolved>:6379]: Connection refused: "
              "redis-sessions-master.social-housing.svc.cluster.local/%s:6379" % rip)
    for s in w.spread(20, 100, 3):
        w.add(s, Wl, sb, "INFO", "waitlist-api", "nio-8080-exec-%d" % w.rng.randint(1, 9),
              "g.p.housing.waitlist.RankingService", "nightly-independent ranking query served "
              "from PostgreSQL in %dms" % w.rng.randint(20, 90))
    return record(
        w,
        question="Why do logged-in housing applicants get error pages?",
        selector={"namespace": ns},
        severity="ERROR", category="connection_refused", component="redis-sessions",
        root_cause="The redis-sessions StatefulSet was scaled to 0 replicas through the Rancher "
                   "API at 10:40; Redis shut down cleanly and the Service has no endpoints, so "
                   "every session lookup from housing-portal and waitlist-api gets connection "
                   "refused.",
        summary="After a manual scale-to-zero of redis-sessions-master, Spring Session in "
                "housing-portal fails with RedisConnectionFailureException (Connection refused "
                "to 10.43.118.27:6379) and returns 500 for authenticated pages; Lettuce in "
                "waitlist-api keeps reconnecting.",
        action="Scale redis-sessions-master back to 1 (and find out who scaled it and why), "
               "then protect it with GitOps drift correction or RBAC.",
        story="Session Redis StatefulSet scaled to 0 via the Rancher API; Spring Session calls "
              "refused, portal 500s for logged-in users")


@scenario(15, "GKE")
def address_lookup_registry_timeout(key):
    w = Window(key, datetime(2026, 2, 11, 15, 22, 0, tzinfo=UTC))
    ns = "vehicle-tax"
    pool = "gke-vt-prod-default-pool-91b3f0c4"
    nodes = ["%s-%s" % (pool, w.alnum(4)) for _ in range(3)]
    al = w.rs_pod("address-lookup")
    pt = w.rs_pod("tax-portal")
    ing = w.rs_pod("ingress-nginx-controller")
    AL = L(ns, al, "address-lookup", nodes[0], app="address-lookup")
    PT = L(ns, pt, "tax-portal", nodes[1], app="tax-portal")
    I = L("ingress-nginx", ing, "controller", nodes[2], app="ingress-nginx")
    host = "motorrijtuigenbelasting.gov.example"
    up = "10.12.1.%d:8000" % w.rng.randint(10, 200)
    pcs = ["3511AB 12", "1017CE 4", "9712GA 33", "5611EM 101", "2595AA 7"]

    def gun(t, method, path, status, size):
        return '10.12.2.1 - - [%s] "%s %s HTTP/1.1" %d %d "-" "python-requests/2.31.0"' % (
            clf(t), method, path, status, size)

    for s in w.spread(0, 120, 8):
        w.add(s, I, nginx_access, "77.%d.%d.%d" % (w.rng.randint(1, 255), w.rng.randint(1, 255),
                                                   w.rng.randint(1, 254)), "GET",
              w.rng.choice(["/", "/berekenen", "/static/js/app.2d1f.js", "/veelgestelde-vragen"]),
              200, w.rng.randint(2000, 40000), w.rng.uniform(0.01, 0.12),
              "vehicle-tax-tax-portal-8000", up)
    w.add(1.0, AL, dotnet, "info", "AddressLookup.Api.Registry.RegistryClient", 0,
          "Registry lookup 3511AB 12 answered in 412 ms")
    w.add(5.2, AL, dotnet, "warn", "AddressLookup.Api.Registry.RegistryLatencyMonitor", 0,
          "Address registry latency p95 over last 60s: 8.7 s (threshold 2 s)", ev=True)
    t_events = [(14.0, pcs[0]), (27.5, pcs[1]), (43.0, pcs[2]), (61.2, pcs[3]), (88.0, pcs[4])]
    for k, (s, pc) in enumerate(t_events):
        w.add(s - 10.0, AL, dotnet, "info", "System.Net.Http.HttpClient.address-registry."
              "LogicalHandler", 100, "Start processing HTTP request GET https://api.adresregister."
              "gov.example/v2/adressen?postcode=%s&huisnummer=%s" % tuple(pc.split()))
        w.add(s, AL, dotnet, "warn", "Polly", 3, "Resilience event occurred. EventName: "
              "'OnTimeout', Source: 'address-registry-standard//Standard-AttemptTimeout', "
              "Operation Key: '', Result: ''", ev=(k == 0))
        w.lines(s + 0.06, AL, [
            lambda t, pc=pc: dotnet(t, "fail", "AddressLookup.Api.Registry.RegistryClient", 0,
                                    "Address registry lookup failed for %s" % pc),
            "      Polly.Timeout.TimeoutRejectedException: The operation didn't complete within "
            "the allowed timeout of '00:00:10'.",
            "       ---> System.Threading.Tasks.TaskCanceledException: The operation was "
            "canceled.",
        ], ev=[0, 1] if k in (0, 2) else False)
        if k in (0, 2, 4):
            w.add(s + 0.3, PT, pylog, "ERROR", "vehicletax.address", "address lookup failed: "
                  "HTTPConnectionPool(host='address-lookup.vehicle-tax.svc.cluster.local', "
                  "port=8080): Read timed out. (read timeout=10)")
            w.add(s + 0.4, PT, gun, "POST", "/berekenen/adres", 504, 0)
            w.add(s + 0.5, I, nginx_access, "77.%d.%d.%d" % (w.rng.randint(1, 255),
                  w.rng.randint(1, 255), w.rng.randint(1, 254)), "POST", "/berekenen/adres", 504,
                  160, 10.31, "vehicle-tax-tax-portal-8000", up)
    w.add(70.0, AL, dotnet, "info", "AddressLookup.Api.Registry.RegistryClient", 0,
          "Registry lookup 3072AP 9 answered in 6840 ms")
    w.add(104.0, AL, dotnet, "warn", "AddressLookup.Api.Registry.RegistryLatencyMonitor", 0,
          "Address registry latency p95 over last 60s: 11.4 s (threshold 2 s)")
    w.add(110.0, PT, pylog, "INFO", "vehicletax.calc", "tariff calculated for kenteken "
          "category M1 (manual address entry) in 38 ms")
    return record(
        w,
        question="Why does the vehicle tax calculator time out on the address step?",
        selector={"namespace": ns},
        severity="ERROR", category="timeout", component="address-lookup",
        root_cause="The external address registry API has become very slow (p95 8-11 s), so "
                   "address-lookup's 10 s attempt timeout fires; tax-portal's read timeout "
                   "follows and users get 504 on the address step.",
        summary="address-lookup (.NET, Polly) logs OnTimeout / TimeoutRejectedException for "
                "registry calls; tax-portal reports read timeouts and the ingress returns 504; "
                "pages that do not need an address still work.",
        action="Raise the issue with the address registry operator; meanwhile cache recent "
               "lookups, fail fast with a manual-entry fallback and align the timeout budget "
               "across address-lookup, tax-portal and the ingress.",
        story="Multi-hop: ingress 504 <- Django read timeout <- .NET address-lookup Polly "
              "timeouts on a slow external address registry")


@scenario(16, "RKE2")
def kyverno_webhook_fail_open(key):
    w = Window(key, datetime(2026, 3, 12, 2, 0, 0, tzinfo=UTC))
    srv = "rke2-server-01.cp.gov-dc1.internal"
    nodes = ["rke2-agent-%02d.gov-dc1.internal" % i for i in (3, 6, 7)]
    api = "kube-apiserver-%s" % srv
    ky = w.rs_pod("kyverno-admission-controller")
    A = L("kube-system", api, "kube-apiserver", srv, app="kube-apiserver")
    K = L("kyverno", ky, "kyverno", nodes[0], app="kyverno-admission-controller")
    E = EVL("tax-batch")
    url = "https://kyverno-svc.kyverno.svc:443/validate/ignore?timeout=10s"

    def kz(t, lvl, logger, caller, msg, **kv):
        return "%s\t%s\t%s\t%s\t%s\t%s" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), lvl, logger, caller,
                                           msg, json.dumps(kv, separators=(", ", ": ")))

    w.add(0.3, E, event_logfmt(w, "CronJob", "tax-batch", "assessment-fanout", "SuccessfulCreate",
                               "Normal", "Created job assessment-fanout-29557440",
                               comp="cronjob-controller"))
    for k, s in enumerate(w.spread(1, 70, 9)):
        w.add(s, E, event_logfmt(w, "Job", "tax-batch", "assessment-fanout-29557440",
                                 "SuccessfulCreate", "Normal", "Created pod: assessment-fanout-"
                                 "29557440-%d-%s" % (k, w.alnum(5)), comp="job-controller"))
    for s in (2.0, 9.5):
        w.add(s, K, kz, "INFO", "webhooks.resource.validate", "validation/validation.go:114",
              "admission request processed", gvk="/v1, Kind=Pod", operation="CREATE",
              namespace="tax-batch", processingTime="%dms" % w.rng.randint(40, 300))
    for s in (19.0, 29.0):
        w.add(s, K, kz, "INFO", "webhooks.resource.validate", "validation/validation.go:114",
              "admission request processed", gvk="/v1, Kind=Pod", operation="CREATE",
              namespace="tax-batch", processingTime="%.3fs" % w.rng.uniform(10.5, 13.9),
              ev=(s == 19.0))
    for k, s in enumerate((21.2, 24.9, 31.0, 38.4, 45.1, 52.6)):
        w.add(s, A, klog, "W", "dispatcher.go:205", 'Failed calling webhook, failing open '
              'validate.kyverno.svc-ignore: failed calling webhook "validate.kyverno.svc-ignore": '
              'failed to call webhook: Post "%s": context deadline exceeded' % url,
              tid=w.rng.randint(10, 40), ev=k in (0, 3))
        w.add(s + 0.001, A, klog, "E", "dispatcher.go:213", 'failed calling webhook '
              '"validate.kyverno.svc-ignore": failed to call webhook: Post "%s": context deadline '
              'exceeded' % url, tid=w.rng.randint(10, 40))
    w.add(33.0, A, klog, "I", "trace.go:236", 'Trace[%d]: "Create" accept:application/json, '
          '*/*,audit-id:%s,client:10.42.0.1,api-group:,api-version:v1,name:,subresource:,'
          'namespace:tax-batch,protocol:HTTP/2.0,resource:pods,scope:resource,url:/api/v1/'
          'namespaces/tax-batch/pods,user-agent:kube-controller-manager/v1.29.4+rke2r1 (linux/'
          'amd64) kubernetes/55cd6b3/system:serviceaccount:kube-system:job-controller,verb:POST '
          '(12-Mar-2026 02:00:23.004) (total time: 10013ms):' % (w.rng.randint(100000000, 999999999),
                                                         w.uuid()),
          tid=31, ev=True)
    w.add(40.0, K, kz, "INFO", "webhooks.resource.validate", "validation/validation.go:114",
          "admission request processed", gvk="/v1, Kind=Pod", operation="CREATE",
          namespace="tax-batch", processingTime="%.3fs" % w.rng.uniform(10.5, 13.9))
    for s in (82.0, 95.0, 110.0):
        w.add(s, K, kz, "INFO", "webhooks.resource.validate", "validation/validation.go:114",
              "admission request processed", gvk="/v1, Kind=Pod", operation="CREATE",
              namespace="tax-batch", processingTime="%dms" % w.rng.randint(60, 900))
    w.add(120.0, E, event_logfmt(w, "Job", "tax-batch", "assessment-fanout-29557440", "Completed",
                                 "Normal", "Job completed", comp="job-controller"))
    return record(
        w,
        question="Are the kube-apiserver webhook warnings during the 02:00 batch a problem?",
        selector={"namespace": "kube-system", "app": "kube-apiserver"},
        severity="WARN", category="timeout", component="kyverno-admission-controller",
        root_cause="During the 02:00 tax-batch fan-out the Kyverno admission controller takes "
                   "10-14 s per Pod admission, beyond the 10 s webhook timeout; the apiserver "
                   "fails open (failurePolicy Ignore), so pods are created slowly and without "
                   "policy validation until the burst ends.",
        summary="kube-apiserver logs 'Failed calling webhook, failing open validate.kyverno."
                "svc-ignore ... context deadline exceeded' and 10 s create traces; Kyverno "
                "processing time returns to sub-second after the burst and the job completes.",
        action="Scale the Kyverno admission controller (replicas/CPU) or exclude the batch "
               "namespace from heavy policies; review whether fail-open is acceptable for "
               "these policies.",
        story="Kyverno admission webhook answers slower than the 10 s timeout during a batch "
              "fan-out; apiserver fails open, recovers")


@scenario(17, "kubeadm")
def kubelet_client_cert_expired(key):
    w = Window(key, datetime(2026, 1, 7, 6, 10, 50, tzinfo=UTC))
    node = "k8s-bm-w03"
    cp = "k8s-bm-cp01"
    api = "kube-apiserver-%s" % cp
    kcm = "kube-controller-manager-%s" % cp
    KL = NODE(node, "kubelet.service")
    A = L("kube-system", api, "kube-apiserver", cp, app="kube-apiserver")
    C = L("kube-system", kcm, "kube-controller-manager", cp, app="kube-controller-manager")
    EN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    E = EVL("case-archive")
    other = "k8s-bm-w02"
    arch = w.rs_pod("archive-indexer")
    X = L("case-archive", arch, "indexer", other, app="archive-indexer")
    lg = 'logger="kubernetes.io/kube-apiserver-client-kubelet"'
    sn = str(w.rng.randint(10 ** 37, 10 ** 38))
    tid = 2817
    w.add(0.0, KL, klog, "I", "certificate_manager.go:356", '"Certificate expiration is '
          '2026-01-07 06:12:00 +0000 UTC, rotation deadline is 2025-12-29 17:48:31.604 +0000 '
          'UTC" %s' % lg, tid=tid, ev=True)
    w.add(0.1, KL, klog, "I", "certificate_manager.go:714", '"Rotating certificates" %s' % lg,
          tid=tid)
    w.add(15.2, KL, klog, "E", "certificate_manager.go:562", '"Failed while requesting a signed '
          'certificate from the control plane" err="certificate request was not signed: timed '
          'out waiting for the condition" %s' % lg, tid=tid, ev=True)
    w.add(15.3, KL, klog, "I", "certificate_manager.go:714", '"Rotating certificates" %s' % lg,
          tid=tid)
    for k, s in enumerate((3.0, 13.0, 23.0, 33.0, 43.0, 53.0, 63.0, 73.0, 83.0, 93.0, 103.0,
                           113.0)):
        w.add(s, X, pylog, "INFO", "archive.indexer", "indexed %d case documents (batch %d)" % (
            w.rng.randint(200, 900), 4100 + k))
    exp = "current time 2026-01-07T06:12:%02dZ is after 2026-01-07T06:12:00Z"
    for k, s in enumerate((73.6, 74.4, 84.9)):
        w.add(s, A, klog, "E", "authentication.go:73", '"Unable to authenticate the request" '
              'err="[x509: certificate has expired or is not yet valid: %s, verifying certificate '
              'SN=%s, SKID=, AKID=3F:A1:9C:22:7B:0E:41:D5:88:6C:12:E9:4B:7A:90:33:5D:C1:08:F4 '
              'failed: x509: certificate has expired or is not yet valid: %s]"' % (
                  exp % int(s - 70), sn, exp % int(s - 70)), tid=1, ev=(k == 0))
    w.add(73.7, KL, klog, "E", "kubelet_node_status.go:544", '"Error updating node status, will '
          'retry" err="error getting node \\"%s\\": Unauthorized"' % node, tid=tid, ev=True)
    w.add(74.5, KL, klog, "E", "controller.go:145", '"Failed to ensure lease exists, will retry" '
          'err="Unauthorized" interval="800ms"', tid=tid)
    w.add(75.3, KL, klog, "E", "reflector.go:147", 'k8s.io/client-go/informers/factory.go:159: '
          'Failed to watch *v1.Node: failed to list *v1.Node: Unauthorized', tid=tid)
    w.add(85.0, KL, klog, "E", "certificate_manager.go:562", '"Failed while requesting a signed '
          'certificate from the control plane" err="cannot create certificate signing request: '
          'Unauthorized" %s' % lg, tid=tid)
    w.add(88.2, KL, klog, "E", "kubelet_node_status.go:531", '"Unable to update node status" '
          'err="update node status exceeds retry count"', tid=tid)
    w.add(114.3, C, klog, "I", "node_lifecycle_controller.go:1026", '"Node became not ready" '
          'node="%s"' % node, tid=1)
    w.add(114.4, EN, event_logfmt(w, "Node", "default", node, "NodeNotReady", "Normal",
                                  "Node %s status is now: NodeNotReady" % node,
                                  comp="node-controller"), ev=True)
    pods = ["case-archive-db-1", "archive-ocr-%s-%s" % (w.alnum(10), w.alnum(5))]
    for p in pods:
        w.add(115.0, E, event_logfmt(w, "Pod", "case-archive", p, "NodeNotReady", "Warning",
                                     "Node is not ready", comp="node-controller"))
    w.add(119.0, C, klog, "I", "controller_utils.go:162", '"Recording status change event '
          'message for node" message="Node %s status is now: NodeNotReady" node="%s"' % (node,
                                                                                    node), tid=1)
    return record(
        w,
        question="Why did node k8s-bm-w03 suddenly go NotReady?",
        selector={"node": node},
        severity="CRITICAL", category="tls_certificate", component="kubelet",
        root_cause="The kubelet client certificate of k8s-bm-w03 expired at 06:12:00 UTC: its "
                   "rotation CSRs were never signed (timed out waiting for approval), so after "
                   "expiry the apiserver rejects the kubelet (x509 expired -> Unauthorized), node "
                   "status and lease updates stop and the node goes NotReady.",
        summary="kubelet on k8s-bm-w03 had been failing certificate rotation; once the client "
                "certificate expired the apiserver refused it, the kubelet could not update its "
                "node status and the node controller marked the node NotReady.",
        action="Approve the pending node-client CSR (kubectl certificate approve) or renew "
               "kubelet.conf on the node, restart kubelet, and restore the ClusterRoleBinding "
               "that auto-approves node client CSRs.",
        story="kubeadm node: kubelet client-certificate rotation CSRs never approved; cert "
              "expires, apiserver says x509 expired, node NotReady")


@scenario(18, "Tanzu")
def keycloak_cert_expired(key):
    w = Window(key, datetime(2026, 2, 28, 7, 2, 0, tzinfo=UTC))
    ns = "iam"
    nodes = ["tkg-shared-prod-md-0-%s-%s" % (w.alnum(9), w.alnum(5)) for _ in range(3)]
    kc = ["keycloak-0", "keycloak-1"]
    op = w.rs_pod("oauth2-proxy")
    ca = w.rs_pod("claims-api")
    K = [L(ns, p, "keycloak", nodes[i], app="keycloak") for i, p in enumerate(kc)]
    O = L("adjuster-desk", op, "oauth2-proxy", nodes[2], app="oauth2-proxy")
    C = L("adjuster-desk", ca, "claims-api", nodes[1], app="claims-api")
    sso = "sso.insure.example"

    def kcl(t, lvl, cat, thread, msg):
        return "%s,%s %-5s [%s] (%s) %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, cat,
                                            thread, msg)

    def o2p(t, src, msg):
        return "[%s] [%s] %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), src, msg)

    def o2acc(t, user, path, status, dur):
        return ('10.96.4.1:%d - %s - %s [%s] %s GET - "%s" HTTP/1.1 "Mozilla/5.0 (Windows NT 10.0; '
                'Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36 '
                'Edg/122.0" %d %d %.3f' % (w.rng.randint(30000, 60000), w.uuid(), user,
                                           t.strftime("%Y/%m/%d %H:%M:%S"), "desk.insure.example",
                                           path, status, w.rng.randint(200, 5000), dur))

    w.add(0.5, K[0], kcl, "INFO", "org.infinispan.CLUSTER", "jgroups-8,keycloak-0",
          "ISPN100000: Node keycloak-1 joined the cluster")
    w.add(1.0, K[1], kcl, "INFO", "org.keycloak.events", "executor-thread-3",
          'type="REFRESH_TOKEN", realmId="staff", clientId="hr-portal", userId="%s", '
          'ipAddress="10.96.7.12"' % w.uuid())
    exp = "x509: certificate has expired or is not yet valid: current time 2026-02-28T07:02:%02dZ is after 2026-02-28T00:00:00Z"
    for k, s in enumerate((6.0, 19.5, 33.0, 58.0)):
        w.add(s, O, o2p, "oauthproxy.go:823", "Error redeeming code during OAuth2 callback: token "
              "exchange failed: Post \"https://%s/realms/adjusters/protocol/openid-connect/token\": "
              "tls: failed to verify certificate: %s" % (sso, exp % int(s)), ev=(k == 0))
        w.add(s + 0.01, O, o2acc, "-", "/oauth2/callback?state=%s&code=%s" % (w.hexid(16),
                                                                              w.hexid(24)), 500,
              0.02)
        w.add(s + 0.2, K[k % 2], kcl, "WARN", "io.vertx.core.net.impl.ConnectionBase",
              "vert.x-eventloop-thread-%d" % w.rng.randint(0, 3),
              "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired",
              ev=(k == 0))
    w.lines(12.3, C, [
        lambda t: sb(t, "ERROR", "claims-api", "nio-8443-exec-4",
                     "o.s.s.o.s.r.w.BearerTokenAuthenticationFilter", "Failed to process "
                     "authentication request: org.springframework.security.oauth2.server.resource."
                     "InvalidBearerTokenException: An error occurred while attempting to decode "
                     "the Jwt: Couldn't retrieve remote JWK set: org.springframework.web.client."
                     "ResourceAccessException: I/O error on GET request for \"https://%s/realms/"
                     "adjusters/protocol/openid-connect/certs\": PKIX path validation failed: "
                     "java.security.cert.CertPathValidatorException: validity check failed" % sso),
        "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Feb 28 "
        "00:00:00 UTC 2026",
    ], ev=[0, 1])
    for s in w.spread(20, 80, 3):
        w.add(s, C, sb, "WARN", "claims-api", "nio-8443-exec-%d" % w.rng.randint(1, 20),
              "o.s.s.o.s.r.w.BearerTokenAuthenticationFilter", "Failed to process "
              "authentication request: InvalidBearerTokenException: Couldn't retrieve remote JWK set: PKIX path "
              "validation failed")
    for s in w.spread(0, 80, 6):
        w.add(s, O, o2acc, "-", w.rng.choice(["/ping", "/static/main.css", "/oauth2/start?rd=%2F"]),
              200 if w.rng.random() < 0.6 else 302, w.rng.uniform(0.001, 0.01))
    w.add(45.0, K[0], kcl, "INFO", "org.keycloak.events", "executor-thread-9",
          'type="CLIENT_LOGIN", realmId="staff", clientId="payroll-batch", userId="%s", '
          'ipAddress="10.96.9.4"' % w.uuid())
    w.add(70.0, K[1], kcl, "INFO", "org.keycloak.events", "executor-thread-5",
          'type="CODE_TO_TOKEN_ERROR", realmId="adjusters", clientId="desk-oauth2-proxy", '
          'userId="null", ipAddress="10.96.4.1", error="invalid_code"')
    return record(
        w,
        question="Why can't adjusters log in to the desk this morning?",
        selector={"namespace": ns},
        severity="ERROR", category="tls_certificate", component="keycloak",
        root_cause="The TLS certificate served by Keycloak for sso.insure.example expired at "
                   "2026-02-28 00:00 UTC; oauth2-proxy's token exchange and claims-api's JWKS "
                   "fetch fail certificate verification, so logins and API calls fail.",
        summary="oauth2-proxy logs 'x509: certificate has expired' on the token endpoint and "
                "returns 500 on /oauth2/callback; claims-api cannot fetch the JWK set (PKIX "
                "validity check failed, NotAfter 00:00 UTC); Keycloak sees certificate_expired "
                "alerts from clients.",
        action="Install a renewed certificate in the keycloak TLS secret (and restart/reload "
               "Keycloak), then put the certificate under cert-manager or expiry alerting.",
        story="Keycloak's server certificate expired at midnight; oauth2-proxy and Spring "
              "resource servers fail TLS verification, adjusters cannot log in")


@scenario(19, "EKS")
def eso_access_denied(key):
    w = Window(key, datetime(2026, 3, 4, 16, 45, 0, tzinfo=UTC))
    ns = "claims-intake"
    nodes = ["ip-10-50-%d-%d.eu-west-2.compute.internal" % (w.rng.randint(32, 90),
                                                           w.rng.randint(5, 250)) for _ in range(3)]
    eso = w.rs_pod("external-secrets")
    new_rs = w.alnum(10)
    old_rs = w.alnum(9)
    newp = ["claims-intake-%s-%s" % (new_rs, w.alnum(5)) for _ in range(2)]
    oldp = "claims-intake-%s-%s" % (old_rs, w.alnum(5))
    ES = L("external-secrets", eso, "external-secrets", nodes[2], app="external-secrets")
    O = L(ns, oldp, "claims-intake", nodes[0], app="claims-intake")
    E = EVJ(ns)
    arn = "arn:aws:sts::418272791231:assumed-role/eso-claims-intake/external-secrets-provider-aws"
    err = ("error processing spec.data[0] (key: prod/claims-intake/db-v2), err: "
           "AccessDeniedException: User: %s is not authorized to perform: "
           "secretsmanager:GetSecretValue on resource: prod/claims-intake/db-v2 because no "
           "identity-based policy allows the secretsmanager:GetSecretValue action\n\tstatus code: "
           "400, request id: %s" % (arn, w.uuid()))

    def esolog(t, lvl, msg, **kv):
        d = {"level": lvl, "ts": round(epoch_s(t), 6), "logger": "controllers.ExternalSecret",
             "msg": msg}
        d.update(kv)
        return json.dumps(d, separators=(",", ":"))

    w.add(0.5, E, event_json(w, "Deployment", ns, "claims-intake", "ScalingReplicaSet", "Normal",
                             "Scaled up replica set claims-intake-%s to 1" % new_rs,
                             comp="deployment-controller"))
    w.add(1.0, ES, esolog, "info", "reconciling ExternalSecret",
          ExternalSecret={"name": "claims-intake-db-v2", "namespace": ns})
    w.add(1.4, ES, esolog, "error", "could not get secret data from provider",
          ExternalSecret={"name": "claims-intake-db-v2", "namespace": ns}, error=err, ev=True)
    w.add(1.5, E, event_json(w, "ExternalSecret", ns, "claims-intake-db-v2", "UpdateFailed",
                             "Warning", err, comp="external-secrets"), ev=True)
    w.add(3.0, E, event_json(w, "Pod", ns, newp[0], "Scheduled", "Normal",
                             "Successfully assigned %s/%s to %s" % (ns, newp[0], nodes[1]),
                             comp="default-scheduler"))
    w.add(4.9, E, event_json(w, "Pod", ns, newp[0], "Failed", "Warning",
                             'Error: secret "claims-intake-db-v2" not found', host=nodes[1]))
    w.add(1.2, ES, esolog, "info", "reconciling ExternalSecret",
          ExternalSecret={"name": "claims-intake-s3", "namespace": ns})
    w.add(1.3, ES, esolog, "info", "reconciled secret",
          ExternalSecret={"name": "claims-intake-s3", "namespace": ns})
    for s in (16.5, 48.0):
        w.add(s, ES, esolog, "error", "Reconciler error", controller="externalsecret",
              controllerGroup="external-secrets.io", controllerKind="ExternalSecret",
              ExternalSecret={"name": "claims-intake-db-v2", "namespace": ns},
              reconcileID=w.uuid(), error=err, ev=(s == 48.0))
    for k, s in enumerate((18.0, 33.0, 63.0)):
        w.add(s, E, event_json(w, "Pod", ns, newp[0], "Failed", "Warning",
                               'Error: secret "claims-intake-db-v2" not found', host=nodes[1],
                               count=k + 2))
    w.add(50.0, E, event_json(w, "Pod", ns, newp[0], "Pulled", "Normal",
                              'Container image "418272791231.dkr.ecr.eu-west-2.amazonaws.com/'
                              'claims-intake:7.3.0" already present on machine', host=nodes[1],
                              count=5))
    for s in w.spread(0, 70, 10):
        w.add(s, O, sb, "INFO", "claims-intake", "nio-8080-exec-%d" % w.rng.randint(1, 30),
              "g.i.c.intake.FnolController", "FNOL %s accepted: channel=%s, policy=P-%d" % (
                  "FN-26-%06d" % w.rng.randint(0, 999999), w.rng.choice(["web", "broker", "phone"]),
                  w.rng.randint(10000000, 99999999)))
    w.add(66.0, ES, esolog, "info", "reconciling ExternalSecret",
          ExternalSecret={"name": "claims-intake-sftp", "namespace": ns})
    return record(
        w,
        question="Why is the new claims-intake release stuck in CreateContainerConfigError?",
        selector={"namespace": ns},
        severity="ERROR", category="auth_failure", component="external-secrets",
        root_cause="The External Secrets Operator role eso-claims-intake is not allowed to call "
                   "secretsmanager:GetSecretValue on the new secret prod/claims-intake/db-v2 "
                   "(AccessDeniedException), so the Kubernetes Secret claims-intake-db-v2 is "
                   "never created and the new pods cannot start.",
        summary="ExternalSecret claims-intake-db-v2 fails with AccessDenied from AWS Secrets "
                "Manager; the new claims-intake ReplicaSet reports 'secret not found' "
                "(CreateContainerConfigError) while the old replica keeps serving.",
        action="Grant the eso-claims-intake IAM role GetSecretValue on prod/claims-intake/db-v2 "
               "(policy resource ARN), force a resync of the ExternalSecret, and let the rollout "
               "continue.",
        story="External Secrets Operator gets AccessDenied from AWS Secrets Manager; new release "
              "fails with 'secret not found' (config look-alike)")


@scenario(20, "AKS")
def entra_client_secret_expired(key):
    w = Window(key, datetime(2026, 1, 19, 8, 15, 0, tzinfo=UTC))
    ns = "benefits-online"
    pool = "aks-webpool-51830264-vmss"
    nodes = ["%s%06d" % (pool, i) for i in (0, 2, 4)]
    rs = w.alnum(10)
    web = ["benefits-self-service-%s-%s" % (rs, w.alnum(5)) for _ in range(2)]
    calc = w.rs_pod("benefits-calc")
    W = [L(ns, p, "web", nodes[i], app="benefits-self-service") for i, p in enumerate(web)]
    Cc = L(ns, calc, "benefits-calc", nodes[2], app="benefits-calc")
    host = "mijnuitkering.gov.example"
    appid = "5a1c9e37-2f4b-4d8a-9c61-0e7b3d2f8a14"

    def fin(s, lab, method, path, status, dur):
        w.add(s, lab, dotnet, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
              "Request finished HTTP/1.1 %s https://%s%s - %d %s text/html; charset=utf-8 %.4fms"
              % (method, host, path, status, w.rng.randint(800, 30000), dur))

    for s in w.spread(0, 100, 14):
        fin(s, w.rng.choice(W), "GET", w.rng.choice(["/", "/uitkeringen", "/contact",
                                                      "/css/site.min.css", "/healthz"]), 200,
            w.rng.uniform(2, 60))
    w.add(0.8, W[1], dotnet, "warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware",
          3, "Failed to determine the https port for redirect.")

    def fail(s, lab, full):
        trace = str(w.uuid())
        corr = str(w.uuid())
        txt = [lambda t: dotnet(t, "fail", "Microsoft.AspNetCore.Diagnostics."
                                "ExceptionHandlerMiddleware", 1, "An unhandled exception has "
                                "occurred while executing the request."),
               "      Microsoft.AspNetCore.Authentication.AuthenticationFailureException: An error "
               "was encountered while handling the remote login.",
               "       ---> MSAL.NetCore.4.59.0.0.MsalServiceException:",
               "      \tErrorCode: invalid_client",
               "      Microsoft.Identity.Client.MsalServiceException: AADSTS7000222: The provided "
               "client secret keys for app '%s' are expired. Visit the Azure portal to create new "
               "keys for your app: https://aka.ms/NewClientSecret, or consider using certificate "
               "credentials for added security: https://aka.ms/certCreds. Trace ID: %s "
               "Correlation ID: %s Timestamp: %s" % (appid, trace, corr,
                                                     w.t0.strftime("%Y-%m-%d %H:%M:%SZ"))]
        if not full:
            txt = [txt[0], txt[1], txt[4]]
        w.lines(s, lab, txt, ev=[0, 4] if full else False)
        fin(s + 0.05, lab, "POST", "/signin-oidc", 500, w.rng.uniform(300, 700))

    fail(9.2, W[0], True)
    fail(23.8, W[1], False)
    w.add(30.0, Cc, dotnet, "info", "Benefits.Calc.Jobs.IndexationJob", 0,
          "Indexation run 2026-01 completed: 41 822 entitlements recalculated, 0 errors")
    fail(41.1, W[0], False)
    fail(57.5, W[1], True)
    fail(79.9, W[0], False)
    w.add(85.0, W[1], dotnet, "info", "Benefits.Web.Health.SignInRateMonitor", 0,
          "Successful sign-ins last 5 min: 0 (baseline 212)")
    return record(
        w,
        question="Why can't citizens sign in to the benefits self-service site since this morning?",
        selector={"namespace": ns, "app": "benefits-self-service"},
        severity="ERROR", category="auth_failure", component="benefits-self-service",
        root_cause="The Entra ID app registration's client secret used by benefits-self-service "
                   "expired; every authorization-code redemption on /signin-oidc is rejected "
                   "with AADSTS7000222 (invalid_client), so no citizen can complete sign-in.",
        summary="benefits-self-service (ASP.NET Core, Microsoft.Identity.Web) returns 500 on "
                "POST /signin-oidc with MsalServiceException AADSTS7000222; anonymous pages "
                "work and sign-ins drop to zero.",
        action="Create a new client secret (or switch to a certificate / workload identity "
               "federation), update the Kubernetes secret or Key Vault reference, restart the "
               "pods and add secret-expiry alerting.",
        story="ASP.NET Core citizen portal: Entra ID client secret expired (AADSTS7000222); "
              "every OIDC sign-in fails")


@scenario(21, "OpenShift")
def claims_eap_missing_env(key):
    w = Window(key, datetime(2026, 3, 16, 20, 5, 0, tzinfo=UTC))
    ns = "claims-processing"
    nodes = ["worker-%02d.ocp-ins.insure.internal" % i for i in (1, 3, 4)]
    rs = w.alnum(10)
    pods = ["claims-processing-%s-%s" % (rs, w.alnum(5)) for _ in range(2)]
    gw = w.rs_pod("apicast-production")
    argo = "openshift-gitops-application-controller-0"
    P = [L(ns, p, "eap", nodes[i], app="claims-processing") for i, p in enumerate(pods)]
    G = L("api-gateway", gw, "apicast", nodes[2], app="apicast")
    A = L("openshift-gitops", argo, "argocd-application-controller", nodes[2],
          app="openshift-gitops")
    E = EVL(ns)
    w.add(0.0, A, logrus, "info", "Applying resource ConfigMap/claims-db-config in cluster: "
          "https://172.30.0.1:443, namespace: %s" % ns, application="openshift-gitops/claims")
    w.add(0.4, A, logrus, "info", "Sync operation to 9d41c07 succeeded",
          application="openshift-gitops/claims")
    w.add(1.5, E, event_logfmt(w, "Deployment", ns, "claims-processing", "ScalingReplicaSet",
                               "Normal", "Scaled up replica set claims-processing-%s to 2" % rs,
                               comp="deployment-controller"))

    def boot(s0, lab, mark):
        w.add(s0, lab, jboss, "INFO", "org.jboss.as", "MSC service thread 1-2",
              "WFLYSRV0049: JBoss EAP 8.0.1.GA (WildFly Core 21.0.6.Final-redhat-00001) starting")
        w.add(s0 + 4.1, lab, jboss, "ERROR", "org.jboss.as.controller.management-operation",
              "ServerService Thread Pool -- 51", "WFLYCTL0013: Operation (\"add\") failed - "
              "address: ([(\"subsystem\" => \"datasources\"), (\"data-source\" => \"ClaimsDS\")]) - "
              "failure description: \"WFLYCTL0211: Cannot resolve expression 'jdbc:postgresql://"
              "${env.CLAIMS_DB_HOST}:5432/${env.CLAIMS_DB_NAME}'\"", ev=mark)
        w.add(s0 + 7.9, lab, jboss, "INFO", "org.jboss.as.server.deployment", "MSC service thread "
              "1-6", "WFLYSRV0027: Starting deployment of \"claims-processing.ear\" (runtime-name: "
              "\"claims-processing.ear\")")
        w.lines(s0 + 11.2, lab, [
            lambda t: jboss(t, "ERROR", "org.jboss.as.controller.management-operation",
                            "Controller Boot Thread", "WFLYCTL0013: Operation (\"deploy\") failed "
                            "- address: ([(\"deployment\" => \"claims-processing.ear\")]) - failure "
                            "description: {"),
            "    \"WFLYCTL0412: Required services that are not installed:\" => "
            "[\"jboss.naming.context.java.jboss.datasources.ClaimsDS\"],",
            "    \"WFLYCTL0180: Services with missing/unavailable dependencies\" => [\"jboss."
            "naming.context.java.module.claims-processing.\\\"claims-ejb.jar\\\".env.jdbc.ClaimsDS "
            "is missing [jboss.naming.context.java.jboss.datasources.ClaimsDS]\"]",
            "}"], ev=[1] if mark else False)
        w.add(s0 + 11.6, lab, jboss, "ERROR", "org.jboss.as.server", "ServerService Thread Pool "
              "-- 45", "WFLYSRV0021: Deploy of deployment \"claims-processing.ear\" was rolled back "
              "with the following failure message: {\"WFLYCTL0412: Required services that are not "
              "installed:\" => [\"jboss.naming.context.java.jboss.datasources.ClaimsDS\"]}")
        w.add(s0 + 12.0, lab, jboss, "ERROR", "org.jboss.as", "Controller Boot Thread",
              "WFLYSRV0026: JBoss EAP 8.0.1.GA (WildFly Core 21.0.6.Final-redhat-00001) started "
              "(with errors) in 12108ms - Started 410 of 612 services (3 services failed or missing "
              "dependencies, 287 services are lazy, passive or on-demand)", ev=mark)

    boot(4.0, P[0], True)
    boot(6.5, P[1], False)
    for k, s in enumerate((32.0, 42.0, 52.0, 62.0)):
        w.add(s, E, event_logfmt(w, "Pod", ns, pods[k % 2], "Unhealthy", "Warning",
                                 "Readiness probe failed: HTTP probe failed with statuscode: 503",
                                 host=nodes[k % 2], count=k // 2 + 1), ev=(k == 0))
    up = "claims-processing.claims-processing.svc.cluster.local:8080"
    for s in (35.5, 58.1, 71.0):
        w.add(s, G, nginx_error, "error", "connect() failed (111: Connection refused) while "
              "connecting to upstream, client: 10.131.0.1, server: _, request: \"POST /claims/v2/"
              "fnol HTTP/1.1\", upstream: \"http://%s/claims/v2/fnol\", host: \"api.insure."
              "example\"" % up, pid=27, conn=w.rng.randint(10000, 99999))
    for s in w.spread(20, 80, 4):
        w.add(s, G, lambda t: '10.131.0.1 - - [%s] "GET /policies/v1/lookup?nr=P-%d HTTP/1.1" 200 '
              '%d "-" "broker-portal/4.2"' % (clf(t), w.rng.randint(10000000, 99999999),
                                              w.rng.randint(300, 3000)))
    return record(
        w,
        question="Why is the claims API not ready after this evening's GitOps sync?",
        selector={"namespace": ns},
        severity="CRITICAL", category="config_error", component="claims-processing",
        root_cause="The synced ConfigMap claims-db-config no longer provides CLAIMS_DB_HOST / "
                   "CLAIMS_DB_NAME, so JBoss EAP cannot resolve the ClaimsDS connection URL "
                   "expression; the datasource is not created, claims-processing.ear is rolled "
                   "back and no pod becomes ready.",
        summary="Both claims-processing pods boot EAP 'with errors': WFLYCTL0211 on the "
                "datasource expression, then WFLYCTL0412 missing java:jboss/datasources/ClaimsDS "
                "and the EAR deploy is rolled back; readiness fails and APIcast gets connection "
                "refused.",
        action="Restore the CLAIMS_DB_HOST/CLAIMS_DB_NAME keys in the ConfigMap (or update the "
               "datasource expressions to the renamed keys) and restart the pods; add a "
               "default/validation for required env vars.",
        story="JBoss EAP claims service: GitOps ConfigMap change drops CLAIMS_DB_HOST; "
              "datasource expression unresolved, EAR rolled back, nothing ready")


@scenario(22, "k3s")
def permit_api_env_not_found(key):
    w = Window(key, datetime(2026, 4, 8, 13, 30, 0, tzinfo=UTC))
    ns = "omgevingsloket"
    nodes = ["k3s-stadskantoor-%02d" % i for i in (1, 2, 3)]
    api = w.rs_pod("permit-api")
    wk = w.rs_pod("permit-worker")
    F = L(ns, api, "php-fpm", nodes[0], app="permit-api")
    N = L(ns, api, "nginx", nodes[0], app="permit-api")
    Wk = L(ns, wk, "messenger", nodes[1], app="permit-worker")
    tr = w.rs_pod("traefik")
    T = L("kube-system", tr, "traefik", nodes[2], app="traefik")

    def mono(t, chan, lvl, msg, ctx="[]"):
        return "[%s+00:00] %s.%s: %s %s []" % (t.strftime("%Y-%m-%dT%H:%M:%S.%f"), chan, lvl,
                                                msg, ctx)

    def acc(t, method, path, status, size):
        return '10.42.2.%d - - [%s] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64; ' \
               'rv:124.0) Gecko/20100101 Firefox/124.0"' % (w.rng.randint(2, 9), clf(t), method,
                                                             path, status, size)

    def traefik(t, method, path, status, dur):
        return '145.%d.%d.%d - - [%s] "%s %s HTTP/2.0" %d %d "-" "-" %d "omgevingsloket-' \
               'permit-api-80@kubernetes" "http://10.42.0.%d:80" %dms' % (
                   w.rng.randint(1, 255), w.rng.randint(1, 255), w.rng.randint(1, 254), clf(t),
                   method, path, status, w.rng.randint(300, 9000), w.rng.randint(1000, 9999), 37,
                   dur)

    gets = ["/api/aanvragen?status=open", "/api/aanvragen/OLO-2026-%05d" % w.rng.randint(10000,
                                                                                      99999),
            "/api/locaties/zoek?q=Dorpsstraat", "/api/health"]
    for s in w.spread(0, 90, 12):
        p = w.rng.choice(gets)
        w.add(s, N, acc, "GET", p, 200, w.rng.randint(200, 8000))
        if w.rng.random() < 0.5:
            w.add(s + 0.003, T, traefik, "GET", p, 200, w.rng.randint(8, 90))
    msgs = ["NOTICE: fpm is running, pid 1", "NOTICE: ready to handle connections"]
    w.add(0.2, F, lambda t: "[%s] %s" % (t.strftime("%d-%b-%Y %H:%M:%S"), msgs[1]))
    ids = ["OLO-2026-%05d" % w.rng.randint(10000, 99999) for _ in range(3)]
    exc = ('Uncaught PHP Exception Symfony\\Component\\DependencyInjection\\Exception\\'
           'EnvNotFoundException: "Environment variable not found: "MAILER_DSN"." at '
           '/srv/app/vendor/symfony/dependency-injection/EnvVarProcessor.php line 223')
    for k, s in enumerate((11.0, 38.5, 70.2)):
        path = "/api/aanvragen/%s/besluit" % ids[k]
        w.add(s, F, mono, "request", "INFO", 'Matched route "app_decision_publish".',
              '{"route":"app_decision_publish","route_parameters":{"_route":"app_decision_publish",'
              '"id":"%s"},"request_uri":"https://omgevingsloket.gemeente.example%s","method":'
              '"POST"}' % (ids[k], path))
        w.add(s + 0.08, F, mono, "request", "CRITICAL", exc,
              '{"exception":"[object] (Symfony\\\\Component\\\\DependencyInjection\\\\Exception\\\\'
              'EnvNotFoundException(code: 0): Environment variable not found: \\"MAILER_DSN\\". at '
              '/srv/app/vendor/symfony/dependency-injection/EnvVarProcessor.php:223)"}',
              ev=(k in (0, 2)))
        w.add(s + 0.1, N, acc, "POST", path, 500, 1042)
        w.add(s + 0.11, T, traefik, "POST", path, 500, 93)
    w.add(25.0, Wk, mono, "messenger", "INFO", "Received message App\\Message\\IndexPermit",
          '{"class":"App\\\\Message\\\\IndexPermit"}')
    w.add(25.4, Wk, mono, "messenger", "INFO", "App\\Message\\IndexPermit was handled "
          "successfully (acknowledging to transport).", '{"class":"App\\\\Message\\\\IndexPermit"}')
    w.add(41.0, Wk, mono, "messenger", "CRITICAL", "Error thrown while handling message "
          "App\\Message\\SendDecisionNotice. Removing from transport after 3 retries. Error: "
          "\"Environment variable not found: \"MAILER_DSN\".\"",
          '{"class":"App\\\\Message\\\\SendDecisionNotice","retryCount":3,"error":"Environment '
          'variable not found: \\"MAILER_DSN\\"."}', ev=True)
    w.add(52.0, F, lambda t: "[%s] WARNING: [pool www] server reached pm.max_children setting "
          "(5), consider raising it" % t.strftime("%d-%b-%Y %H:%M:%S"))
    w.add(60.0, Wk, mono, "messenger", "INFO", "Received message App\\Message\\IndexPermit",
          '{"class":"App\\\\Message\\\\IndexPermit"}')
    w.add(60.5, Wk, mono, "messenger", "INFO", "App\\Message\\IndexPermit was handled "
          "successfully (acknowledging to transport).", '{"class":"App\\\\Message\\\\IndexPermit"}')
    return record(
        w,
        question="Why does publishing a permit decision fail?",
        selector={"namespace": ns},
        severity="ERROR", category="config_error", component="permit-api",
        root_cause="The new decision-notice feature needs MAILER_DSN, but the permit-api / "
                   "permit-worker environment (Secret/ConfigMap) does not define it; Symfony "
                   "throws EnvNotFoundException when the mailer is built, so decision publishing "
                   "returns 500 and notice messages are dropped after retries.",
        summary="POST /api/aanvragen/*/besluit fails with EnvNotFoundException 'Environment "
                "variable not found: MAILER_DSN' in permit-api and SendDecisionNotice is removed "
                "from the transport after 3 retries; other endpoints work.",
        action="Add MAILER_DSN to the permit-api and permit-worker Secret, restart both, and "
               "replay the failed SendDecisionNotice messages from the failure transport.",
        story="Symfony permit API: MAILER_DSN missing from the environment; decision "
              "publishing 500s, notice messages dropped")


@scenario(23, "GKE")
def doc_ingest_ephemeral_eviction(key):
    w = Window(key, datetime(2026, 3, 3, 6, 40, 0, tzinfo=UTC))
    ns = "mailroom"
    pool = "gke-mailroom-prod-pool-2-3d9e4f1a"
    nodes = ["%s-%s" % (pool, w.alnum(4)) for _ in range(3)]
    rs = w.alnum(10)
    p1 = "doc-ingest-%s-%s" % (rs, w.alnum(5))
    p2 = "doc-ingest-%s-%s" % (rs, w.alnum(5))
    cls = w.rs_pod("mail-classifier")
    D1 = L(ns, p1, "doc-ingest", nodes[0], app="doc-ingest")
    D2 = L(ns, p2, "doc-ingest", nodes[1], app="doc-ingest")
    C = L(ns, cls, "classifier", nodes[2], app="mail-classifier")
    KL = NODE(nodes[0], "kubelet")
    E = EVJ(ns)

    def js(t, lvl, msg, **kv):
        d = {"time": iso_ms(t), "severity": lvl, "logger": "ingest", "message": msg}
        d.update(kv)
        return json.dumps(d, separators=(",", ":"))

    for s in w.spread(0, 110, 10):
        w.add(s, C, js, "INFO", "classified document", doc="D-%s" % w.hexid(8),
              label=w.rng.choice(["bezwaar", "aanvraag-toeslag", "machtiging", "overig"]),
              score=round(w.rng.uniform(0.71, 0.99), 3))
    batch = "BATCH-20260303-0612"
    w.add(1.0, D1, js, "INFO", "batch received", batch=batch, archive="gs://mailroom-scans/"
          "inbound/%s.zip" % batch, sizeBytes=913402311)
    w.add(9.0, D1, js, "INFO", "unpacking", batch=batch, dir="/tmp/work/%s" % batch,
          files=2412)
    w.add(31.0, D1, js, "INFO", "converting PDF pages to TIFF for OCR", batch=batch,
          pages=18240, dpi=300, dir="/tmp/work/%s/tiff" % batch)
    w.add(55.2, D1, js, "WARNING", "work dir large", batch=batch, usedBytes=2071839232,
          dir="/tmp/work")
    w.add(61.4, KL, klog, "I", "eviction_manager.go:368", '"Eviction manager: pods ranked for '
          'eviction" pods=["%s/%s"]' % (ns, p1), tid=2411)
    w.add(61.5, E, event_json(w, "Pod", ns, p1, "Evicted", "Warning", "Pod ephemeral local storage "
                              "usage exceeds the total limit of containers 2Gi.", host=nodes[0]),
          ev=True)
    w.add(61.6, E, event_json(w, "Pod", ns, p1, "Killing", "Normal", "Stopping container "
                              "doc-ingest", host=nodes[0]))
    w.add(61.9, KL, klog, "I", "eviction_manager.go:592", '"Eviction manager: pod is evicted '
          'successfully" pod="%s/%s"' % (ns, p1), tid=2411, ev=True)
    w.add(62.5, D1, js, "INFO", "received SIGTERM, abandoning batch (will be redelivered)",
          batch=batch)
    newp = "doc-ingest-%s-%s" % (rs, w.alnum(5))
    D3 = L(ns, newp, "doc-ingest", nodes[2], app="doc-ingest")
    w.add(62.8, E, event_json(w, "ReplicaSet", ns, "doc-ingest-%s" % rs, "SuccessfulCreate",
                              "Normal", "Created pod: %s" % newp, comp="replicaset-controller"))
    w.add(63.1, E, event_json(w, "Pod", ns, newp, "Scheduled", "Normal", "Successfully assigned "
                              "%s/%s to %s" % (ns, newp, nodes[2]), comp="default-scheduler"))
    w.add(68.0, D3, js, "INFO", "batch received", batch=batch, archive="gs://mailroom-scans/"
          "inbound/%s.zip" % batch, sizeBytes=913402311, deliveryAttempt=2)
    w.add(74.0, D3, js, "INFO", "unpacking", batch=batch, dir="/tmp/work/%s" % batch, files=2412)
    w.add(96.5, D3, js, "INFO", "converting PDF pages to TIFF for OCR", batch=batch,
          pages=18240, dpi=300, dir="/tmp/work/%s/tiff" % batch)
    w.add(118.8, E, event_json(w, "Pod", ns, newp, "Evicted", "Warning", "Pod ephemeral local "
                               "storage usage exceeds the total limit of containers 2Gi.",
                               host=nodes[2]), ev=True)
    w.add(118.9, E, event_json(w, "Pod", ns, newp, "Killing", "Normal", "Stopping container "
                               "doc-ingest", host=nodes[2]))
    for s in w.spread(0, 115, 4):
        w.add(s, D2, js, "INFO", "batch done", batch="BATCH-20260303-%04d" % w.rng.randint(500, 600),
              files=w.rng.randint(20, 140), pages=w.rng.randint(80, 900))
    return record(
        w,
        question="Why do mailroom ingest pods keep getting evicted?",
        selector={"namespace": ns},
        severity="ERROR", category="resource_exhausted", component="doc-ingest",
        root_cause="doc-ingest unpacks a 2,412-file scan batch and renders 18,240 TIFF pages into "
                   "/tmp (emptyDir on the node's disk) and exceeds its 2Gi ephemeral-storage "
                   "limit; kubelet evicts the pod, the batch is redelivered and the replacement "
                   "pod is evicted the same way.",
        summary="Pods of doc-ingest are evicted twice with 'Pod ephemeral local storage usage "
                "exceeds the total limit of containers 2Gi' while converting the same large "
                "batch; smaller batches on other pods complete.",
        action="Raise the ephemeral-storage limit or mount a sized volume for /tmp/work, process "
               "the batch in streaming chunks and delete intermediate TIFFs; split oversized "
               "scan batches upstream.",
        story="Mailroom ingest renders 18k TIFF pages into /tmp and exceeds its 2Gi "
              "ephemeral-storage limit; evicted, redelivered, evicted again")


@scenario(24, "kubeadm")
def etcd_nospace(key):
    w = Window(key, datetime(2026, 2, 9, 3, 14, 0, tzinfo=UTC))
    cps = ["k8s-bm-cp01", "k8s-bm-cp02", "k8s-bm-cp03"]
    ET = [L("kube-system", "etcd-%s" % c, "etcd", c, app="etcd") for c in cps]
    AP = L("kube-system", "kube-apiserver-%s" % cps[0], "kube-apiserver", cps[0],
           app="kube-apiserver")
    CM = L("kube-system", "kube-controller-manager-%s" % cps[1], "kube-controller-manager",
           cps[1], app="kube-controller-manager")
    w3 = "k8s-bm-w07"
    KL = NODE(w3, "kubelet.service")
    op = w.rs_pod("case-sync-operator")
    OP = L("case-sync", op, "manager", "k8s-bm-w02", app="case-sync-operator")
    mid = ["8e9e05c52164694d", "91bc3c398fb3c146", "fd422379fda50e48"]

    def ej(t, lvl, caller, msg, **kv):
        d = {"level": lvl, "ts": iso_us(t), "caller": caller, "msg": msg}
        d.update(kv)
        return json.dumps(d, separators=(",", ":"))

    for s in w.spread(0, 40, 6):
        w.add(s, OP, ej, "info", "controllers/casesync_controller.go:212", "status updated",
              controller="casesync", namespace="case-sync", name="case-%07d" %
              w.rng.randint(1000000, 1999999), revision=w.rng.randint(91000000, 91999999))
    w.add(3.0, ET[0], ej, "warn", "etcdserver/util.go:170", "apply request took too long",
          took="412.8ms", **{"expected-duration": "100ms", "prefix": "", "request":
                             "header:<ID:7587879912361812212 > txn:<compare:<target:MOD "
                             "key:\"/registry/casesync.gov.example/casesyncs/case-sync/case-"
                             "1412290\" mod_revision:91234177 > success:<request_put:<key:"
                             "\"/registry/casesync.gov.example/casesyncs/case-sync/case-1412290\""
                             " value_size:48231 >> failure:<>>", "response": "size:20"})
    w.add(9.0, ET[0], ej, "info", "mvcc/index.go:214", "compact tree index",
          revision=91180442)
    w.add(11.2, ET[0], ej, "info", "mvcc/kvstore_compaction.go:66", "finished scheduled "
          "compaction", **{"compact-revision": 91180442, "took": "3.918s",
                           "current-db-size-bytes": 8589312000, "current-db-size": "8.6 GB",
                           "current-db-size-in-use-bytes": 7516192768,
                           "current-db-size-in-use": "7.5 GB"}, ev=True)
    w.add(25.4, ET[0], ej, "warn", "etcdserver/server.go:2124", "alarm raised",
          alarm="NOSPACE", **{"from": mid[0]}, ev=True)
    w.add(25.5, ET[1], ej, "warn", "etcdserver/server.go:2124", "alarm raised",
          alarm="NOSPACE", **{"from": mid[0]})
    w.add(25.6, ET[2], ej, "warn", "etcdserver/server.go:2124", "alarm raised",
          alarm="NOSPACE", **{"from": mid[0]})
    nos = ('rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: database space exceeded"}: '
           'etcdserver: mvcc: database space exceeded')
    for k, s in enumerate((26.3, 27.9, 31.2, 36.8)):
        w.add(s, AP, klog, "E", "status.go:71", "apiserver received an error that is not an "
              "metav1.Status: %s" % nos, tid=w.rng.randint(100, 400), ev=(k == 0))
    w.add(28.4, OP, ej, "error", "controller/controller.go:329", "Reconciler error",
          controller="casesync", name="case-1412377", namespace="case-sync",
          error="etcdserver: mvcc: database space exceeded")
    w.add(30.0, KL, klog, "E", "controller.go:195", '"Failed to update lease" err="etcdserver: '
          'mvcc: database space exceeded"', tid=1893)
    w.add(34.5, CM, klog, "E", "leaderelection.go:369", "Failed to update lock: etcdserver: "
          "mvcc: database space exceeded", tid=1)
    w.add(41.0, CM, klog, "E", "leaderelection.go:332", "error retrieving resource lock "
          "kube-system/kube-controller-manager: etcdserver: mvcc: database space exceeded", tid=1)
    w.add(44.6, CM, klog, "I", "leaderelection.go:285", "failed to renew lease kube-system/"
          "kube-controller-manager: timed out waiting for the condition", tid=1)
    w.add(44.7, CM, klog, "E", "controllermanager.go:327", '"leaderelection lost"', tid=1,
          ev=True)
    w.add(47.0, KL, klog, "E", "kubelet_node_status.go:544", '"Error updating node status, will '
          'retry" err="etcdserver: mvcc: database space exceeded"', tid=1893)
    w.add(52.0, AP, klog, "E", "status.go:71", "apiserver received an error that is not an "
          "metav1.Status: %s" % nos, tid=217)
    w.add(58.0, ET[0], ej, "warn", "v3rpc/interceptor.go:197", "request stats",
          **{"start time": iso_us(w.at(57.5)), "time spent": "1.2ms", "remote": "127.0.0.1:45122",
             "response type": "/etcdserverpb.KV/Txn", "request count": 0, "request size": 48421,
             "response count": 0, "response size": 0,
             "request content": "compare:<target:MOD key:\"/registry/events/case-sync/case-"
                                "1412377.17f2a\" > failure:<>"})
    return record(
        w,
        question="Why can nothing be created or updated in the cluster since 03:14?",
        selector={"namespace": "kube-system"},
        severity="CRITICAL", category="resource_exhausted", component="etcd",
        root_cause="The etcd backend database reached its ~8 GiB space quota (8.6 GB after "
                   "compaction, driven by case-sync-operator's constant large status writes); "
                   "etcd raised the NOSPACE alarm and rejects every write, so the apiserver "
                   "fails all mutations and leases.",
        summary="etcd members raise alarm NOSPACE; kube-apiserver returns 'etcdserver: mvcc: "
                "database space exceeded', kubelet lease/status updates and operator "
                "reconciles fail and kube-controller-manager loses leader election.",
        action="Stop the write storm (scale case-sync-operator to 0), compact and defragment "
               "every etcd member, disarm the alarm (etcdctl alarm disarm), and review the "
               "quota-backend-bytes and object sizes.",
        story="etcd hits its backend quota (NOSPACE alarm); every write fails cluster-wide, "
              "controller-manager loses leadership")


@scenario(25, "AKS")
def mssql_multi_attach(key):
    w = Window(key, datetime(2026, 2, 12, 21, 30, 0, tzinfo=UTC))
    ns = "claims-db"
    pool = "aks-dbpool-71624083-vmss"
    n_old = "%s000001" % pool
    n_new = "%s000004" % pool
    pod = "mssql-claims-0"
    pvc = "pvc-%s" % w.uuid()
    csi = w.rs_pod("csi-azuredisk-controller")
    adj = w.rs_pod("claims-adjudication")
    CS = L("kube-system", csi, "azuredisk", "aks-system-30218455-vmss000000",
           app="csi-azuredisk-controller")
    AJ = L("claims", adj, "claims-adjudication", "aks-apppool-30218455-vmss000002",
           app="claims-adjudication")
    E = EVL(ns)
    EN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    sub = "/subscriptions/6b1f3c2e-9a4d-4f0b-8e21-5d7c9a0b1e34/resourceGroups/mc_claims-prod-rg_" \
          "claims-aks_westeurope/providers/Microsoft.Compute/disks/%s" % pvc
    w.add(0.0, EN, event_logfmt(w, "Node", "default", n_old, "NodeNotSchedulable", "Normal",
                                "Node %s status is now: NodeNotSchedulable" % n_old,
                                host=n_old))
    w.add(1.2, E, event_logfmt(w, "Pod", ns, pod, "Killing", "Normal", "Stopping container "
                               "mssql", host=n_old))
    w.add(9.4, E, event_logfmt(w, "Pod", ns, pod, "Scheduled", "Normal", "Successfully assigned "
                               "%s/%s to %s" % (ns, pod, n_new), comp="default-scheduler"))
    w.add(9.6, E, event_logfmt(w, "Pod", ns, pod, "FailedAttachVolume", "Warning",
                               'Multi-Attach error for volume "%s" Volume is already exclusively '
                               'attached to one node and can\'t be attached to another' % pvc,
                               comp="attachdetach-controller"), ev=True)
    w.add(20.0, CS, klog, "I", "controllerserver.go:532", '"ControllerUnpublishVolume: detaching '
          'disk from node" disk="%s" node="%s"' % (sub, n_old), tid=1)
    w.add(80.2, CS, klog, "I", "controllerserver.go:411", '"ControllerPublishVolume: attaching '
          'disk to node" disk="%s" node="%s" lun=0' % (sub, n_new), tid=1)
    azerr = ('Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":'
             '"AttachDiskWhileBeingDetached","message":"Cannot attach data disk \'%s\' to VM '
             '\'aks-dbpool-71624083-vmss_4\' because the disk is currently being detached or the '
             'last detach operation failed. Please wait until the disk is completely detached '
             'and then try again or delete/detach the disk explicitly again."}}' % pvc)
    w.add(81.0, CS, klog, "E", "utils.go:82", '"GRPC error" err="rpc error: code = Internal desc '
          '= Attach volume %s to instance %s failed with %s"' % (sub, n_new, azerr.replace('"', '\\"')),
          tid=1, ev=True)
    w.add(81.2, E, event_logfmt(w, "Pod", ns, pod, "FailedAttachVolume", "Warning",
                                'AttachVolume.Attach failed for volume "%s" : rpc error: code = '
                                'Internal desc = Attach volume %s to instance %s failed with %s'
                                % (pvc, sub, n_new, azerr), comp="attachdetach-controller"))
    w.add(130.5, E, event_logfmt(w, "Pod", ns, pod, "FailedMount", "Warning", "Unable to attach or "
                                 "mount volumes: unmounted volumes=[mssql-data], unattached "
                                 "volumes=[mssql-data mssql-log], failed to process volumes=[]: "
                                 "timed out waiting for the condition", host=n_new), ev=True)
    w.add(141.0, CS, klog, "E", "utils.go:82", '"GRPC error" err="rpc error: code = Internal desc '
          '= Attach volume %s to instance %s failed with %s"' % (sub, n_new, azerr.replace('"', '\\"')),
          tid=1)
    sqlerr = ("Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or "
              "instance-specific error occurred while establishing a connection to SQL Server. "
              "The server was not found or was not accessible. Verify that the instance name is "
              "correct and that SQL Server is configured to allow remote connections. (provider: "
              "TCP Provider, error: 40 - Could not open a connection to SQL Server)")
    for s in w.spread(5, 150, 9):
        w.add(s, AJ, dotnet, "fail", "Microsoft.EntityFrameworkCore.Database.Connection", 20004,
              "An error occurred using the connection to database 'Claims' on server "
              "'mssql-claims.claims-db.svc.cluster.local,1433'.")
        w.add(s + 0.002, AJ, "      " + sqlerr)
    w.add(60.0, AJ, dotnet, "warn", "Claims.Adjudication.Workers.QueueWorker", 0,
          "Adjudication queue paused: database unavailable, 1 284 claims waiting")
    w.add(146.0, EN, event_logfmt(w, "Node", "default", n_new, "NodeReady", "Normal",
                                  "Node %s status is now: NodeReady" % n_new, host=n_new))
    return record(
        w,
        question="Why is the claims SQL Server down after the node-pool upgrade?",
        selector={"namespace": ns},
        severity="CRITICAL", category="storage", component="mssql-claims",
        root_cause="During the node-pool upgrade mssql-claims-0 moved to a new node, but its "
                   "Azure managed disk was never cleanly detached from the old VM; the attach "
                   "fails (Multi-Attach error, then Azure 409 AttachDiskWhileBeingDetached), so "
                   "the data volume never mounts and SQL Server cannot start.",
        summary="mssql-claims-0 is stuck in ContainerCreating with FailedAttachVolume/FailedMount "
                "for its data PVC; claims-adjudication's EF Core connections fail (error 40) and "
                "its queue is paused.",
        action="Detach the disk from the old VM scale-set instance explicitly (az vmss disk "
               "detach / portal), wait for the attach to succeed, then check SQL Server "
               "recovery; consider a PDB and pre-upgrade manual failover for single-replica "
               "databases.",
        story="AKS node-pool upgrade: SQL Server StatefulSet disk stuck detaching "
              "(Multi-Attach, AttachDiskWhileBeingDetached); database down")


@scenario(26, "Tanzu")
def patroni_replica_readonly_fs(key):
    w = Window(key, datetime(2026, 1, 27, 4, 22, 0, tzinfo=UTC))
    ns = "licensing-db"
    md = "tkg-data-prod-md-0-%s" % w.alnum(9)
    nodes = ["%s-%s" % (md, w.alnum(5)) for _ in range(3)]
    P = [L(ns, "pg-licensing-%d" % i, "postgres", nodes[i], app="pg-licensing") for i in range(3)]
    K = NODE(nodes[1], "kernel")
    E = EVL(ns)

    def pat(t, lvl, msg):
        return "%s,%s %s: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, msg)

    def pg(t, pid, lvl, msg):
        return "%s.%s UTC [%d] %s:  %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), pid, lvl, msg)

    for s in (0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0):
        w.add(s + 0.3, P[0], pat, "INFO", "no action. I am (pg-licensing-0), the leader with the "
              "lock")
    for s in (0.0, 10.0, 20.0):
        w.add(s + 0.5, P[1], pat, "INFO", "no action. I am (pg-licensing-1), a secondary, and "
              "following a leader (pg-licensing-0)")
    for s in (0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0):
        w.add(s + 0.6, P[2], pat, "INFO", "no action. I am (pg-licensing-2), a secondary, and "
              "following a leader (pg-licensing-0)")
    w.add(22.1, K, "sd 3:0:1:0: [sdc] tag#112 FAILED Result: hostbyte=DID_ERROR "
          "driverbyte=DRIVER_OK cmd_age=31s")
    w.add(22.2, K, "blk_update_request: I/O error, dev sdc, sector 41228304 op 0x1:(WRITE) flags "
          "0x800 phys_seg 16 prio class 0", ev=True)
    w.add(22.3, K, "Buffer I/O error on dev sdc, logical block 5153538, lost async page write")
    w.add(22.5, K, "EXT4-fs error (device sdc): ext4_journal_check_start:83: comm postgres: "
          "Detected aborted journal")
    w.add(22.6, K, "EXT4-fs (sdc): Remounting filesystem read-only", ev=True)
    w.add(23.0, P[1], pg, 412, "FATAL", "could not write to log segment "
          "000000070000001E0000004A at offset 1245184, length 8192: Read-only file system",
          ev=True)
    w.add(23.1, P[1], pg, 88, "LOG", "startup process (PID 91) was terminated by signal 6: "
          "Aborted")
    w.add(23.2, P[1], pg, 88, "LOG", "terminating any other active server processes")
    w.add(23.4, P[1], pg, 88, "LOG", "database system is shut down")
    w.add(30.5, P[1], pat, "INFO", "Lock owner: pg-licensing-0; I am pg-licensing-1")
    w.add(30.6, P[1], pat, "INFO", "starting as a secondary")
    w.add(31.4, P[1], pg, 5301, "FATAL", "could not create lock file \"postmaster.pid\": "
          "Read-only file system", ev=True)
    w.add(31.9, P[1], pat, "ERROR", "postmaster is not running")
    w.add(40.5, P[1], pat, "INFO", "Lock owner: pg-licensing-0; I am pg-licensing-1")
    w.add(40.6, P[1], pat, "WARNING", "Postgresql is not running.")
    w.add(41.2, P[1], pg, 5388, "FATAL", "could not create lock file \"postmaster.pid\": "
          "Read-only file system")
    w.add(44.0, E, event_logfmt(w, "Pod", ns, "pg-licensing-1", "Unhealthy", "Warning",
                                "Readiness probe failed: HTTP probe failed with statuscode: 503",
                                host=nodes[1]))
    w.add(50.5, P[1], pat, "INFO", "Lock owner: pg-licensing-0; I am pg-licensing-1")
    w.add(51.0, P[1], pg, 5460, "FATAL", "could not create lock file \"postmaster.pid\": "
          "Read-only file system")
    w.add(54.0, E, event_logfmt(w, "Pod", ns, "pg-licensing-1", "Unhealthy", "Warning",
                                "Readiness probe failed: HTTP probe failed with statuscode: 503",
                                host=nodes[1], count=2))
    w.add(61.0, P[0], pg, 3120, "LOG", "checkpoint complete: wrote 3912 buffers (3.0%); 0 WAL "
          "file(s) added, 1 removed, 2 recycled; write=269.1 s, sync=0.004 s, total=269.2 s")
    return record(
        w,
        question="Why is the pg-licensing-1 replica not running?",
        selector={"namespace": ns},
        severity="ERROR", category="storage", component="pg-licensing",
        root_cause="The vSphere CSI volume of replica pg-licensing-1 hit write I/O errors on "
                   "/dev/sdc; ext4 aborted its journal and remounted the data filesystem "
                   "read-only, so PostgreSQL cannot write WAL or its postmaster.pid and the "
                   "replica stays down.",
        summary="Kernel I/O errors and 'Remounting filesystem read-only' on the replica's node "
                "are followed by PostgreSQL 'Read-only file system' FATALs and Patroni failing to "
                "start the secondary; the leader and the other replica are unaffected.",
        action="Check the datastore/path health for the volume, then recreate or repair the "
               "replica's PVC (fsck after remount) and reinitialise the member (patronictl "
               "reinit); HA is reduced until then.",
        story="Patroni replica's vSphere volume gets I/O errors; ext4 remounts read-only; "
              "replica cannot start")


@scenario(27, "RKE2")
def pg_benefits_too_many_clients(key):
    w = Window(key, datetime(2026, 3, 30, 8, 55, 0, tzinfo=UTC))
    ns = "benefits-db"
    nodes = ["rke2-agent-%02d.dc-north.gov.internal" % i for i in (1, 2, 4, 5)]
    pg1 = "pg-benefits-1"
    pool = "pg-benefits-pooler-rw-%s-%s" % (w.alnum(10), w.alnum(5))
    api = w.rs_pod("benefits-api")
    rep = ["benefits-reporting-%s-%s" % (w.alnum(10), w.alnum(5)) for _ in range(1)][0]
    PG = L(ns, pg1, "postgres", nodes[0], app="pg-benefits")
    PB = L(ns, pool, "pgbouncer", nodes[1], app="pg-benefits-pooler-rw")
    A = L("benefits", api, "benefits-api", nodes[2], app="benefits-api")
    R = L("benefits-reporting", rep, "reporting", nodes[3], app="benefits-reporting")

    def cnpg(t, sev, code, msg, user, db, frm, detail=None):
        rec = {"log_time": t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " UTC",
               "user_name": user, "database_name": db,
               "process_id": str(w.rng.randint(20000, 40000)), "connection_from": frm,
               "session_id": "%x.%x" % (w.rng.randint(0x60000000, 0x6fffffff),
                                        w.rng.randint(0x1000, 0xffff)),
               "session_line_num": "1", "session_start_time": t.strftime("%Y-%m-%d %H:%M:%S UTC"),
               "transaction_id": "0", "error_severity": sev, "sql_state_code": code,
               "message": msg, "backend_type": "client backend"}
        if detail:
            rec["detail"] = detail
        return json.dumps({"level": "info", "ts": iso_us(t), "logger": "postgres",
                           "msg": "record", "logging_pod": pg1, "record": rec},
                          separators=(",", ":"))

    def bouncer(t, lvl, msg):
        return "%s.%s UTC [1] %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, msg)

    w.add(0.5, R, sb, "INFO", "benefits-reporting", "main", "com.zaxxer.hikari.HikariDataSource",
          "HikariPool-1 - Starting...")
    w.add(1.8, R, sb, "INFO", "benefits-reporting", "main", "com.zaxxer.hikari.pool.HikariPool",
          "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@6d2a209c")
    w.add(2.0, R, sb, "INFO", "benefits-reporting", "main", "com.zaxxer.hikari.HikariDataSource",
          "HikariPool-1 - Start completed.")
    w.add(2.3, R, sb, "INFO", "benefits-reporting", "main", "g.b.reporting.ReportingApplication",
          "Started ReportingApplication in 9.412 seconds (process running for 10.2); datasource "
          "jdbc:postgresql://pg-benefits-rw.benefits-db.svc:5432/benefits, maximumPoolSize=150, "
          "minimumIdle=150", ev=True)
    for s in w.spread(0, 20, 4):
        w.add(s, A, sb, "INFO", "benefits-api", "nio-8080-exec-%d" % w.rng.randint(1, 40),
              "g.b.api.claims.ClaimController", "GET /api/claims/UC-%d 200 (%dms)" % (
                  w.rng.randint(100000, 999999), w.rng.randint(8, 60)))
    ip_b = "10.42.1.%d" % w.rng.randint(10, 250)
    for k, s in enumerate((14.2, 14.9, 22.8, 35.1, 51.6)):
        w.add(s, PG, cnpg, "FATAL", "53300", "sorry, too many clients already", "benefits_app",
              "benefits", "%s:%d" % (ip_b, w.rng.randint(30000, 60000)), ev=(k == 0))
        w.add(s + 0.01, PB, bouncer, "WARNING", "S-0x55d2%08x: benefits/benefits_app@%s:5432 "
              "server login failed: FATAL:  sorry, too many clients already" % (
                  w.rng.randint(0, 0xffffffff), "10.43.77.12"), ev=(k == 1))
    w.add(18.0, PG, cnpg, "FATAL", "53300", "remaining connection slots are reserved for roles "
          "with the SUPERUSER attribute", "benefits_batch", "benefits",
          "10.42.3.%d:%d" % (w.rng.randint(10, 250), w.rng.randint(30000, 60000)))
    for s in (29.0, 43.0, 58.0):
        x = w.rng.randint(150, 240)
        w.add(s, PB, bouncer, "LOG", "stats: %d xacts/s, %d queries/s, 0 client parallelism, "
              "in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
                  x, x + w.rng.randint(5, 30), w.rng.randint(120000, 200000),
                  w.rng.randint(700000, 990000), w.rng.randint(4000, 6000),
                  w.rng.randint(3500, 4800), w.rng.randint(2000000, 9000000)))
    for s in (40.0, 62.0, 75.0):
        w.add(s, PB, bouncer, "WARNING", "C-0x55d2%08x: benefits/benefits_app@%s:%d pooler "
              "error: query_wait_timeout" % (w.rng.randint(0, 0xffffffff), "10.42.2.%d" %
                                             w.rng.randint(10, 250), w.rng.randint(30000, 60000)))
        w.lines(s + 0.05, A, [
            lambda t: sb(t, "ERROR", "benefits-api", "nio-8080-exec-%d" % w.rng.randint(1, 40),
                         "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: query_wait_timeout"),
            lambda t: sb(t, "ERROR", "benefits-api", "nio-8080-exec-%d" % w.rng.randint(1, 40),
                         "g.b.api.web.ErrorAdvice", "request failed: JDBCConnectionException: "
                         "Unable to acquire JDBC Connection [ERROR: query_wait_timeout]")],
            step_us=900)
    for s in w.spread(20, 80, 4):
        w.add(s, R, sb, "INFO", "benefits-reporting", "scheduling-1",
              "g.b.reporting.jobs.DashboardRefresh", "dashboard tile refreshed in %d ms" %
              w.rng.randint(800, 4000))
    return record(
        w,
        question="Why is the benefits API failing with database errors this morning?",
        selector={"namespace": ns},
        severity="ERROR", category="database", component="pg-benefits",
        root_cause="PostgreSQL pg-benefits has run out of connection slots (max_connections): "
                   "the newly started benefits-reporting service opens 150 direct connections "
                   "to pg-benefits-rw, bypassing the PgBouncer pooler, so the pooler's server "
                   "logins fail with 'sorry, too many clients already' and client queries time "
                   "out in the pooler queue.",
        summary="CloudNativePG logs FATAL 53300 'too many clients already'; PgBouncer server "
                "logins fail and clients hit query_wait_timeout; benefits-api returns errors "
                "while the reporting service holds a full pool of idle connections.",
        action="Point benefits-reporting at the pooler (or cut its pool to a handful of "
               "connections), terminate its idle sessions, and reserve connections per role "
               "(ALTER ROLE ... CONNECTION LIMIT).",
        story="CloudNativePG runs out of connection slots after a reporting service opens 150 "
              "direct connections; PgBouncer logins fail")


@scenario(28, "OpenShift")
def patroni_replication_lag(key):
    w = Window(key, datetime(2026, 4, 20, 11, 0, 0, tzinfo=UTC))
    ns = "case-db"
    nodes = ["worker-%02d.ocp-just.gov.internal" % i for i in (2, 4, 6)]
    P0 = L(ns, "pg-cases-0", "postgres", nodes[0], app="pg-cases")
    P1 = L(ns, "pg-cases-1", "postgres", nodes[1], app="pg-cases")
    hap = w.rs_pod("pg-cases-haproxy")
    H = L(ns, hap, "haproxy", nodes[2], app="pg-cases-haproxy")
    srch = w.rs_pod("case-search")
    S = L("case-management", srch, "case-search", nodes[2], app="case-search")

    def pat(t, lvl, msg):
        return "%s,%s %s: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, msg)

    def pg(t, pid, lvl, msg):
        return "%s.%s UTC [%d] %s:  %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), pid, lvl, msg)

    def hx(t, msg):
        return "[WARNING]  (8) : %s" % msg

    for s in range(0, 200, 20):
        w.add(s + 0.2, P0, pat, "INFO", "no action. I am (pg-cases-0), the leader with the lock")
    for s in (0, 40, 80, 120, 160):
        w.add(s + 0.4, P1, pat, "INFO", "no action. I am (pg-cases-1), a secondary, and following "
              "a leader (pg-cases-0)")
    w.add(3.0, P1, pg, 18211, "LOG", "duration: 901244.318 ms  statement: SELECT c.district, "
          "date_trunc('week', e.created_at) AS wk, count(*) FROM case_events e JOIN cases c ON "
          "c.id = e.case_id WHERE e.created_at >= now() - interval '5 years' GROUP BY 1, 2")
    w.add(12.5, H, hx, "Server pg_replicas/pg-cases-1 is DOWN, reason: Layer7 wrong status, code: "
          "503, info: \"Service Unavailable\", check duration: 4ms. 0 active and 1 backup servers "
          "left. Running on backup. 0 sessions active, 0 requeued, 0 remaining in queue.",
          ev=True)
    w.add(14.0, S, sb, "WARN", "case-search", "scheduling-1", "g.j.cases.search.ReplicaGuard",
          "read replica lag 2.31 GB (replay paused behind a standby query), routing search reads "
          "to primary", ev=True)
    for s in w.spread(0, 200, 10):
        w.add(s, S, sb, "INFO", "case-search", "nio-8080-exec-%d" % w.rng.randint(1, 40),
              "g.j.cases.search.SearchController", "search q=\"%s\" hits=%d took=%dms" % (
                  w.rng.choice(["ZAAK-2026-04", "bezwaar gemeente", "uitspraak", "dossier 7781"]),
                  w.rng.randint(0, 800), w.rng.randint(40, 400)))
    w.add(60.0, S, sb, "WARN", "case-search", "scheduling-1", "g.j.cases.search.ReplicaGuard",
          "read replica lag 2.87 GB, still routing search reads to primary")
    w.add(95.3, P1, pg, 18211, "ERROR", "canceling statement due to conflict with recovery",
          ev=True)
    w.add(95.31, P1, pg, 18211, "DETAIL", "User query might have needed to see row versions "
          "that must be removed.")
    w.add(95.32, P1, pg, 18211, "STATEMENT", "SELECT c.district, date_trunc('week', "
          "e.created_at) AS wk, count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
          "WHERE e.created_at >= now() - interval '5 years' GROUP BY 1, 2")
    w.add(131.0, S, sb, "INFO", "case-search", "scheduling-1", "g.j.cases.search.ReplicaGuard",
          "read replica lag 14 MB, routing search reads back to replica")
    w.add(132.5, H, hx, "Server pg_replicas/pg-cases-1 is UP, reason: Layer7 check passed, code: "
          "200, check duration: 3ms. 1 active and 1 backup servers online. 0 sessions requeued, "
          "0 total in queue.")
    return record(
        w,
        question="Why did case search show stale results for a few minutes?",
        selector={"namespace": ns},
        severity="WARN", category="database", component="pg-cases",
        root_cause="A 15-minute analytical query on the pg-cases-1 standby held back WAL replay "
                   "(max_standby_streaming_delay), so replication lag grew to ~2.9 GB; Patroni's "
                   "lag-aware health check failed and reads fell back to the primary until the "
                   "query was cancelled for a recovery conflict and the replica caught up.",
        summary="HAProxy marks the lagging replica DOWN (503 from the Patroni lag check), "
                "case-search routes reads to the primary; after 'canceling statement due to "
                "conflict with recovery' the replica catches up and is UP again.",
        action="Run heavy reporting on a dedicated replica or with a lower "
               "max_standby_streaming_delay, and add an index / pre-aggregation for the weekly "
               "district report.",
        story="Patroni standby replay held back by a 15-minute report query; replica lag 2.9 GB, "
              "reads fall back to primary, then recovers")


@scenario(29, "k3s")
def vehicle_registry_429(key):
    w = Window(key, datetime(2026, 4, 1, 9, 0, 0, tzinfo=UTC))
    ns = "parkeervergunningen"
    nodes = ["k3s-stadhuis-%02d" % i for i in (1, 2)]
    ad = w.rs_pod("vehicle-registry-adapter")
    job = "permit-renewal-29580540-%s" % w.alnum(5)
    web = w.rs_pod("parking-portal")
    A = L(ns, ad, "adapter", nodes[0], app="vehicle-registry-adapter")
    J = L(ns, job, "renewal", nodes[1], app="permit-renewal")
    P = L(ns, web, "web", nodes[1], app="parking-portal")
    E = EVL(ns)
    client = "parking-gm0363"

    def plate():
        return "%s-%03d-%s" % ("".join(w.rng.choice("GHJKLNPRSTXZ") for _ in range(2)),
                               w.rng.randint(1, 999), w.rng.choice("BDFGHJKLNPRSTXZ"))

    w.add(0.1, E, event_logfmt(w, "CronJob", ns, "permit-renewal", "SuccessfulCreate", "Normal",
                               "Created job permit-renewal-29580540", comp="cronjob-controller"))
    w.add(3.0, J, pylog, "INFO", "renewal.batch", "starting yearly renewal run: 2134 permits "
          "expiring 2026-04-30, lookup concurrency 16")
    done = 0
    for s in (8.0, 14.0, 20.0):
        done += w.rng.randint(150, 190)
        w.add(s, J, pylog, "INFO", "renewal.batch", "progress %d/2134 renewed, 0 failed" % done)
    for s in w.spread(4, 24, 6):
        w.add(s, A, sb, "INFO", "vehicle-registry-adapter", "nio-8080-exec-%d" %
              w.rng.randint(1, 32), "g.g.parking.registry.RegistryClient", "lookup %s ok "
              "(%d ms)" % (plate(), w.rng.randint(40, 160)))
    first = True
    for s in (24.6, 25.1, 25.9, 31.4, 38.2):
        w.add(s, A, sb, "WARN", "vehicle-registry-adapter", "nio-8080-exec-%d" %
              w.rng.randint(1, 32), "g.g.parking.registry.RegistryClient", "registry throttled "
              "lookup %s: 429 Too Many Requests, Retry-After=30 (X-RateLimit-Limit=600/min, "
              "client=%s)" % (plate(), client), ev=first)
        first = False
    w.add(26.0, A, sb, "INFO", "vehicle-registry-adapter", "nio-8080-exec-7",
          "i.g.r.retry.internal.RetryImpl", "Retry 'vehicleRegistry' recorded a failed retry "
          "attempt. Number of retry attempts: '1'. Waiting PT30S until the next attempt. Last "
          "exception was: org.springframework.web.client.HttpClientErrorException$TooManyRequests: "
          "429 Too Many Requests: \"{\"code\":\"QUOTA_EXCEEDED\",\"detail\":\"600 requests per "
          "minute for client %s\"}\"" % client, ev=True)
    w.add(27.0, J, pylog, "WARNING", "renewal.batch", "adapter is throttling (HTTP 429 passed "
          "through as 503 Retry-After 30); reducing concurrency 16 -> 4", ev=True)
    w.add(33.0, P, pylog, "INFO", "parking.views", "GET /vergunning/aanvragen 200 (citizen "
          "lookup served from cache)")
    for s in (56.5, 57.2, 58.0):
        w.add(s, A, sb, "INFO", "vehicle-registry-adapter", "nio-8080-exec-%d" %
              w.rng.randint(1, 32), "g.g.parking.registry.RegistryClient", "lookup %s ok after "
              "retry (attempt 2, %d ms)" % (plate(), w.rng.randint(40, 160)))
    for s in (70.0, 100.0, 130.0, 160.0):
        done += w.rng.randint(200, 260)
        w.add(s, J, pylog, "INFO", "renewal.batch", "progress %d/2134 renewed, 0 failed" %
              min(done, 2100))
    for s in w.spread(60, 175, 6):
        w.add(s, A, sb, "INFO", "vehicle-registry-adapter", "nio-8080-exec-%d" %
              w.rng.randint(1, 32), "g.g.parking.registry.RegistryClient", "lookup %s ok "
              "(%d ms)" % (plate(), w.rng.randint(40, 160)))
    w.add(95.0, A, sb, "WARN", "vehicle-registry-adapter", "nio-8080-exec-3",
          "g.g.parking.registry.RegistryClient", "registry throttled lookup %s: 429 Too Many "
          "Requests, Retry-After=12 (X-RateLimit-Limit=600/min, client=%s)" % (plate(), client))
    w.add(178.0, J, pylog, "INFO", "renewal.batch", "renewal run finished: 2134/2134 renewed, "
          "0 failed, 61 lookups retried after throttling, duration 2m55s")
    return record(
        w,
        question="Why did the permit renewal run slow down and log 429s?",
        selector={"namespace": ns},
        severity="WARN", category="rate_limited", component="vehicle-registry-adapter",
        root_cause="The renewal run drives lookups at 16-way concurrency and exceeds the "
                   "national vehicle registry's quota of 600 requests/minute for the "
                   "municipality's client; the registry answers 429 with Retry-After, the "
                   "adapter retries and the job lowers its concurrency, so the run completes "
                   "late but without failures.",
        summary="vehicle-registry-adapter receives 429 Too Many Requests (QUOTA_EXCEEDED) from "
                "the registry; Resilience4j retries after 30 s, permit-renewal reduces "
                "concurrency and finishes 2134/2134.",
        action="Optional: pace the renewal job below the quota (client-side rate limiter at "
               "~9 req/s) or ask the registry for a higher batch quota.",
        story="Parking permit renewal run exceeds the vehicle registry quota (429, Retry-After); "
              "retries and lower concurrency, run completes")


@scenario(30, "EKS")
def graph_mailbox_throttled(key):
    w = Window(key, datetime(2026, 3, 31, 17, 0, 0, tzinfo=UTC))
    ns = "notifications"
    nodes = ["ip-10-70-%d-%d.eu-west-1.compute.internal" % (w.rng.randint(32, 90),
                                                           w.rng.randint(5, 250)) for _ in range(2)]
    rs = w.alnum(10)
    ns_pods = ["notification-service-%s-%s" % (rs, w.alnum(5)) for _ in range(2)]
    N = [L(ns, p, "notification-service", nodes[i], app="notification-service")
         for i, p in enumerate(ns_pods)]
    tmpl = w.rs_pod("template-renderer")
    T = L(ns, tmpl, "template-renderer", nodes[1], app="template-renderer")
    mb = "noreply-polisverlenging@insure.example"

    def dj(t, lvl, cat, msg, eid=0, **st):
        return dotnet_json(t, lvl, cat, eid, msg, **st)

    w.add(0.5, N[0], dj, "Information", "Notifications.Worker.RenewalNoticeConsumer",
          "Consumer started for topic policy.renewal-notices partition [0-5], group "
          "notification-service")
    for s in w.spread(1, 20, 6):
        i = w.rng.randint(0, 1)
        w.add(s, N[i], dj, "Information", "Notifications.Mail.GraphMailSender", "Mail sent to "
              "policyholder via Graph sendMail (mailbox %s) in %d ms" % (mb, w.rng.randint(180,
                                                                                          600)))
    for s in w.spread(0, 100, 6):
        w.add(s, T, dj, "Information", "Templates.Renderer", "Rendered template "
              "renewal-notice-v7 (nl-NL) in %d ms" % w.rng.randint(8, 40))
    err = ("Microsoft.Graph.Models.ODataErrors.ODataError: Application is over its "
           "MailboxConcurrency limit.")
    for k, s in enumerate((21.3, 21.9, 23.0, 29.4, 36.8, 44.1, 52.7)):
        i = k % 2
        w.add(s, N[i], dj, "Warning", "Notifications.Mail.GraphMailSender", "Graph sendMail "
              "throttled for mailbox %s: 429 ApplicationThrottled, Retry-After 14s" % mb,
              ev=(k == 0), Exception=err, StatusCode=429, ErrorCode="ApplicationThrottled")
    w.add(30.0, N[0], dj, "Information", "Notifications.Worker.RenewalNoticeConsumer",
          "Batch of 500 renewal notices fetched (lag 41 288)")
    for k, s in enumerate((60.2, 61.0, 74.5, 88.9)):
        w.add(s, N[k % 2], dj, "Error", "Notifications.Worker.RenewalNoticeConsumer",
              "Renewal notice for policy P-%d moved to dead-letter topic policy.renewal-notices."
              "dlq after 5 attempts" % w.rng.randint(10000000, 99999999), ev=(k in (0, 3)),
              Exception=err, Attempts=5)
    w.add(90.5, N[1], dj, "Warning", "Notifications.Health.MailRateMonitor", "Mails sent last "
          "5 min: 37 (expected ~2 400); dead-lettered: 212; consumer lag 40 915")
    return record(
        w,
        question="Why are policy renewal notices not being e-mailed today?",
        selector={"namespace": ns},
        severity="ERROR", category="rate_limited", component="notification-service",
        root_cause="notification-service sends the whole renewal-notice batch through Microsoft "
                   "Graph from a single shared mailbox with high parallelism; Graph throttles it "
                   "(429 ApplicationThrottled, MailboxConcurrency limit) and after 5 attempts "
                   "the notices are dead-lettered instead of delivered.",
        summary="Graph sendMail returns 429 'Application is over its MailboxConcurrency limit' "
                "for the noreply mailbox; notices go to the DLQ, only a handful of mails per "
                "minute get through and consumer lag stays above 40k.",
        action="Limit concurrent sendMail calls per mailbox (Graph allows only a few "
               "concurrent requests per mailbox), honour Retry-After, spread load over "
               "several mailboxes, then replay the DLQ.",
        story=".NET notification service throttled by Microsoft Graph (429 MailboxConcurrency); "
              "renewal notices dead-lettered")


@scenario(31, "kubeadm")
def bare_metal_uncorrectable_ecc(key):
    w = Window(key, datetime(2026, 2, 20, 14, 37, 0, tzinfo=UTC))
    node = "k8s-bm-w05"
    cp = "k8s-bm-cp02"
    K = NODE(node, "kernel")
    KL = NODE(node, "kubelet.service")
    C = L("kube-system", "kube-controller-manager-%s" % cp, "kube-controller-manager", cp,
          app="kube-controller-manager")
    EN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    E = EVL("case-archive")
    mon = "rook-ceph-mon-b-%s-%s" % (w.alnum(9), w.alnum(5))
    M = L("rook-ceph", mon, "mon", "k8s-bm-w02", app="rook-ceph-mon")
    idx = w.rs_pod("archive-indexer")
    X = L("case-archive", idx, "indexer", "k8s-bm-w02", app="archive-indexer")
    ce = ("EDAC MC1: %d CE memory read error on CPU_SrcID#1_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 "
          "page:0x2a7b31 offset:0x%x grain:32 syndrome:0x0 - err_code:0x0000:0x009f "
          "SystemAddress:0x2a7b31%03x ProcessorSocketId:0x1 MemoryControllerId:0x0 "
          "ChannelAddress:0x53e4a000 ChannelId:0x1 RankAddress:0x29f25000 PhysicalRankId:0x0 "
          "DimmSlotId:0x0 Row:0x14f9 Column:0x0 Bank:0x1 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)")
    for k, s in enumerate((0.0, 6.2, 11.9)):
        w.add(s, K, ce % (w.rng.randint(1, 9), w.rng.randint(0, 0xfff), w.rng.randint(0, 0xfff)),
              ev=(k == 0))
    w.add(12.0, K, "mce: [Hardware Error]: Machine check events logged")
    for s in w.spread(0, 150, 10):
        w.add(s, X, pylog, "INFO", "archive.indexer", "indexed %d case documents" %
              w.rng.randint(200, 900))
    w.add(18.4, K, "{1}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: 1")
    w.add(18.45, K, "{1}[Hardware Error]: event severity: fatal", ev=True)
    w.add(18.5, K, "{1}[Hardware Error]:  section_type: memory error")
    w.add(18.55, K, "{1}[Hardware Error]:   node: 1 card: 0 module: 0 rank: 0 bank: 1 device: 0 "
          "row: 5369 column: 0 error_type: 3, multi-bit ECC")
    w.add(18.6, K, "Kernel panic - not syncing: Fatal hardware error!", ev=True)
    w.add(17.0, KL, klog, "I", "kubelet.go:2413", '"SyncLoop UPDATE" source="api" pods=["case-'
          'archive/case-archive-db-2"]', tid=2190)
    w.add(58.8, C, klog, "I", "node_lifecycle_controller.go:1026", '"Node became not ready" '
          'node="%s"' % node, tid=1)
    w.add(58.9, EN, event_logfmt(w, "Node", "default", node, "NodeNotReady", "Normal",
                                 "Node %s status is now: NodeNotReady" % node,
                                 comp="node-controller"), ev=True)
    for p in ("case-archive-db-2", "archive-ocr-%s-%s" % (w.alnum(10), w.alnum(5))):
        w.add(59.5, E, event_logfmt(w, "Pod", "case-archive", p, "NodeNotReady", "Warning",
                                    "Node is not ready", comp="node-controller"))
    w.add(63.0, M, lambda t: "debug %s.%s+0000 7f3a1c6f9640  0 log_channel(cluster) log [WRN] : "
          "Health check failed: 1 osds down (OSD_DOWN)" % (t.strftime("%Y-%m-%dT%H:%M:%S"),
                                                           ms(t)))
    w.add(63.5, M, lambda t: "debug %s.%s+0000 7f3a1c6f9640  0 log_channel(cluster) log [WRN] : "
          "Health check failed: 1 host (1 osds) down (OSD_HOST_DOWN)" % (
              t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t)))
    w.add(70.0, C, klog, "I", "controller_utils.go:162", '"Recording status change event message '
          'for node" message="Node %s status is now: NodeNotReady" node="%s"' % (node, node), tid=1)
    w.add(140.0, M, lambda t: "debug %s.%s+0000 7f3a1c6f9640  0 log_channel(cluster) log [WRN] : "
          "Health check update: Degraded data redundancy: 41208/372611 objects degraded "
          "(11.059%%), 57 pgs degraded (PG_DEGRADED)" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t)))
    return record(
        w,
        question="Why did worker k8s-bm-w05 disappear from the cluster?",
        selector={"node": node},
        severity="CRITICAL", category="node_failure", component="k8s-bm-w05",
        root_cause="DIMM 0 on channel 1 of CPU socket 1 in k8s-bm-w05 first logged corrected "
                   "ECC errors and then an uncorrectable multi-bit error; the firmware reported "
                   "a fatal machine check and the kernel panicked, taking the node down.",
        summary="Corrected EDAC errors, then 'event severity: fatal' multi-bit ECC and 'Kernel "
                "panic - not syncing: Fatal hardware error!'; the node goes NotReady, its Ceph "
                "OSD is down and data redundancy is degraded.",
        action="Keep the node cordoned, replace the failing DIMM (CPU1 channel 1 slot 0) via "
               "the hardware vendor, check Ceph recovery and let pods reschedule; drain before "
               "returning it.",
        story="Bare-metal worker: corrected ECC errors escalate to a fatal multi-bit error and "
              "kernel panic; node NotReady, Ceph OSD down")


@scenario(32, "RKE2")
def canal_calico_node_down(key):
    w = Window(key, datetime(2026, 4, 22, 6, 30, 0, tzinfo=UTC))
    node = "rke2-agent-06.gov-dc2.internal"
    other = "rke2-agent-03.gov-dc2.internal"
    canal = "rke2-canal-%s" % w.alnum(5)
    CN = L("kube-system", canal, "calico-node", node, app="rke2-canal")
    KL = NODE(node, "rke2-agent.service")
    ns = "citizen-services"
    rs = w.alnum(10)
    chat = "citizen-chat-%s-%s" % (rs, w.alnum(5))
    chat_old = "citizen-chat-%s-%s" % (rs, w.alnum(5))
    O = L(ns, chat_old, "citizen-chat", other, app="citizen-chat")
    E = EVJ(ns)
    EK = EVJ("kube-system")
    sbx = w.hexid(64)

    def cal(t, lvl, pid, src, msg):
        return "%s.%s [%s][%d] %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, pid, src,
                                         msg)

    w.add(0.0, EK, event_json(w, "Node", "default", node, "Rebooted", "Warning", "Node %s has "
                              "been rebooted, boot id: %s" % (node, w.uuid()), host=node))
    w.add(0.6, EK, event_json(w, "Node", "default", node, "NodeReady", "Normal", "Node %s status "
                              "is now: NodeReady" % node, host=node))

    def boot(s0, pid):
        w.add(s0, CN, cal, "INFO", pid, "startup/startup.go 425:", "Early log level set to info")
        w.add(s0 + 0.1, CN, cal, "INFO", pid, "startup/utils.go 126:", "Using NODENAME "
              "environment for node name %s" % node)
        w.add(s0 + 0.3, CN, cal, "WARNING", pid, "startup/autodetection_methods.go 99:",
              "Unable to auto-detect an IPv4 address using interface regexes [ens192]: no valid "
              "host interfaces found")
        w.add(s0 + 0.4, CN, cal, "ERROR", pid, "startup/startup.go 158:", "failed to detect IPv4 "
              "address: no valid IPv4 addresses found on the host interfaces", ev=(pid == 9))
        w.add(s0 + 0.5, CN, cal, "WARNING", pid, "startup/utils.go 48:", "Terminating")
        w.add(s0 + 0.6, CN, "Calico node failed to start")

    boot(4.0, 9)
    w.add(5.5, KL, klog, "I", "kubelet.go:2413", '"SyncLoop (PLEG): event for pod" pod="kube-system/'
          '%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (canal, w.uuid(),
                                                                        w.hexid(64)), tid=1502)
    boot(16.0, 8)
    w.add(28.0, EK, event_json(w, "Pod", "kube-system", canal, "BackOff", "Warning", "Back-off "
                               "restarting failed container calico-node in pod %s_kube-system(%s)"
                               % (canal, w.uuid()), host=node, count=2), ev=True)
    w.add(30.1, E, event_json(w, "Deployment", ns, "citizen-chat", "ScalingReplicaSet", "Normal",
                              "Scaled up replica set citizen-chat-%s to 3 from 2" % rs,
                              comp="deployment-controller"))
    w.add(30.4, E, event_json(w, "Pod", ns, chat, "Scheduled", "Normal", "Successfully assigned "
                              "%s/%s to %s" % (ns, chat, node), comp="default-scheduler"))
    cni = ('plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or '
           'directory: check that the calico/node container is running and has mounted '
           '/var/lib/calico/')
    w.add(31.5, KL, klog, "E", "log.go:32", '"RunPodSandbox from runtime service failed" '
          'err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"%s\\": %s"'
          % (sbx, cni.replace('"', '\\"')), tid=1502, ev=True)
    w.add(31.6, E, event_json(w, "Pod", ns, chat, "FailedCreatePodSandBox", "Warning",
                              'Failed to create pod sandbox: rpc error: code = Unknown desc = '
                              'failed to setup network for sandbox "%s": %s' % (sbx, cni),
                              host=node), ev=True)
    boot(45.0, 7)
    w.add(46.6, E, event_json(w, "Pod", ns, chat, "FailedCreatePodSandBox", "Warning",
                              'Failed to create pod sandbox: rpc error: code = Unknown desc = '
                              'failed to setup network for sandbox "%s": %s' % (w.hexid(64), cni),
                              host=node, count=2))
    w.add(58.0, EK, event_json(w, "Pod", "kube-system", canal, "BackOff", "Warning", "Back-off "
                               "restarting failed container calico-node in pod %s_kube-system(%s)"
                               % (canal, w.uuid()), host=node, count=5))
    for s in w.spread(0, 70, 8):
        w.add(s, O, pylog, "INFO", "chat.session", "session %s routed to agent queue "
              "'toeslagen' (wait %ds)" % (w.hexid(8), w.rng.randint(3, 90)))
    w.add(62.0, O, pylog, "WARNING", "chat.capacity", "only 2 of 3 replicas ready; morning "
          "queue 41 sessions")
    return record(
        w,
        question="Why are new pods on rke2-agent-06 stuck in ContainerCreating after patching?",
        selector={"node": node},
        severity="ERROR", category="node_failure", component="calico-node",
        root_cause="After the OS patch reboot the node's NIC is no longer named ens192, so the "
                   "Canal calico-node container cannot auto-detect its IPv4 address and exits in "
                   "a loop; without calico/node the CNI plugin fails every sandbox on "
                   "rke2-agent-06.",
        summary="calico-node on rke2-agent-06 fails at startup (no valid host interfaces for "
                "regex ens192) and crash-loops; new pods scheduled there get "
                "FailedCreatePodSandBox (calico nodename missing), while existing nodes work.",
        action="Fix the Canal IP autodetection (e.g. IP_AUTODETECTION_METHOD=kubernetes-"
               "internal-ip or the new interface name) in the rke2-canal HelmChartConfig, "
               "cordon the node until calico-node is Ready.",
        story="RKE2 node after OS patch: calico-node cannot autodetect its IP (NIC renamed), "
              "CNI fails every new sandbox on the node")


@scenario(34, "AKS")
def aks_nodepool_upgrade_healthy(key):
    w = Window(key, datetime(2026, 1, 10, 22, 0, 0, tzinfo=UTC))
    pool = "aks-apppool-26671032-vmss"
    old = "%s000002" % pool
    surge = "%s000006" % pool
    EN = {"namespace": "default", "job": "integrations/kubernetes/eventhandler"}
    ns = "permit-search"
    E = EVL(ns)
    rs = w.alnum(10)
    pa = "permit-search-api-%s-%s" % (rs, w.alnum(5))
    pb = "permit-search-api-%s-%s" % (rs, w.alnum(5))
    pn = "permit-search-api-%s-%s" % (rs, w.alnum(5))
    A = L(ns, pa, "api", old, app="permit-search-api")
    B = L(ns, pb, "api", "%s000003" % pool, app="permit-search-api")
    Nn = L(ns, pn, "api", surge, app="permit-search-api")
    w.add(0.0, EN, event_logfmt(w, "Node", "default", surge, "NodeReady", "Normal",
                                "Node %s status is now: NodeReady" % surge, host=surge))
    w.add(2.0, EN, event_logfmt(w, "Node", "default", old, "Upgrade", "Normal",
                                "Cordoning node %s for upgrade (node image "
                                "AKSUbuntu-2204gen2containerd-202601.06.0)" % old,
                                comp="aks-upgrader"))
    w.add(2.5, EN, event_logfmt(w, "Node", "default", old, "NodeNotSchedulable", "Normal",
                                "Node %s status is now: NodeNotSchedulable" % old, host=old))
    w.add(3.0, EN, event_logfmt(w, "Node", "default", old, "Drain", "Normal",
                                "Draining node: %s" % old, comp="aks-upgrader"))
    for s in w.spread(0, 170, 12):
        lab = w.rng.choice([B, A] if s < 20 else [B, Nn])
        w.add(s, lab, dotnet, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
              "Request finished HTTP/1.1 GET http://permit-search-api/api/permits?q=%s - 200 - "
              "application/json; charset=utf-8 %.4fms" % (w.rng.choice(["dakkapel", "uitbouw",
                                                                          "kapvergunning",
                                                                          "zonnepanelen"]),
                                                            w.rng.uniform(8, 90)))
    w.add(6.0, E, event_logfmt(w, "Pod", ns, pa, "Drain", "Warning",
                               "Eviction blocked: Cannot evict pod as it would violate the pod's "
                               "disruption budget. Will retry.", comp="aks-upgrader"))
    w.add(7.0, E, event_logfmt(w, "ReplicaSet", ns, "permit-search-api-%s" % rs, "SuccessfulCreate",
                               "Normal", "Created pod: %s" % pn, comp="replicaset-controller"))
    w.add(7.3, E, event_logfmt(w, "Pod", ns, pn, "Scheduled", "Normal", "Successfully assigned "
                               "%s/%s to %s" % (ns, pn, surge), comp="default-scheduler"))
    w.add(14.2, Nn, dotnet, "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: "
          "http://[::]:8080")
    w.add(14.3, Nn, dotnet, "info", "Microsoft.Hosting.Lifetime", 0, "Application started. "
          "Press Ctrl+C to shut down.")
    w.add(16.0, E, event_logfmt(w, "Pod", ns, pn, "Unhealthy", "Warning", "Readiness probe "
                                "failed: Get \"http://10.244.6.%d:8080/healthz/ready\": dial tcp "
                                "10.244.6.%d:8080: connect: connection refused" % (17, 17),
                                host=surge))
    w.add(36.0, E, event_logfmt(w, "Pod", ns, pa, "Killing", "Normal", "Stopping container api",
                                host=old))
    w.add(36.2, A, dotnet, "info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting "
          "down...")
    w.add(37.9, A, dotnet, "info", "PermitSearch.Api.Indexing.IndexRefresher", 0,
          "Index refresher stopped cleanly (last refresh 21:58:04Z)")
    w.add(60.0, EN, event_logfmt(w, "Node", "default", old, "Upgrade", "Normal",
                                 "Reimaging node: %s" % old, comp="aks-upgrader"))
    w.add(95.0, EN, event_logfmt(w, "Node", "default", old, "NodeNotReady", "Normal",
                                 "Node %s status is now: NodeNotReady" % old,
                                 comp="node-controller"))
    w.add(151.0, EN, event_logfmt(w, "Node", "default", old, "NodeReady", "Normal",
                                  "Node %s status is now: NodeReady" % old, host=old))
    w.add(160.0, EN, event_logfmt(w, "Node", "default", old, "Upgrade", "Normal",
                                  "Successfully upgraded node: %s" % old, comp="aks-upgrader"))
    w.add(161.0, EN, event_logfmt(w, "Node", "default", old, "NodeSchedulable", "Normal",
                                  "Node %s status is now: NodeSchedulable" % old, host=old))
    return record(
        w,
        question="Anything to worry about from tonight's AKS node-image upgrade?",
        selector=None,
        severity="INFO", category="none", component=None,
        root_cause="No incident: a planned node-image upgrade with surge cordons, drains "
                   "(one eviction briefly blocked by the PDB until the surge replica is ready), "
                   "reimages and returns the node; traffic keeps flowing.",
        summary="Planned maintenance completed: expected NodeNotReady during reimage, a "
                "transient PDB eviction block and a startup readiness failure on the new "
                "replica; all requests 200.",
        action="Nothing to do.",
        story="AKS node-image upgrade: cordon, PDB-respecting drain, reimage, node back; "
              "expected NotReady and readiness blips")


@scenario(35, "GKE")
def monthly_billing_batch_healthy(key):
    w = Window(key, datetime(2026, 4, 1, 2, 0, 0, tzinfo=UTC))
    ns = "premium-billing"
    pool = "gke-billing-prod-batch-pool-6a2c91e0"
    nodes = ["%s-%s" % (pool, w.alnum(4)) for _ in range(3)]
    job = "monthly-billing-run-29580600"
    pod = "%s-%s" % (job, w.alnum(5))
    J = L(ns, pod, "batch", nodes[0], app="monthly-billing-run")
    X = L(ns, pod, "metrics-push", nodes[0], app="monthly-billing-run")
    E = EVJ(ns)
    EN = {"namespace": "default", "app": "event-exporter"}
    w.add(0.1, E, event_json(w, "CronJob", ns, "monthly-billing-run", "SuccessfulCreate",
                             "Normal", "Created job %s" % job, comp="cronjob-controller"))
    w.add(12.0, J, sb, "INFO", "premium-billing", "main", "o.s.b.c.l.support.SimpleJobLauncher",
          "Job: [SimpleJob: [name=monthlyBillingJob]] launched with the following parameters: "
          "[{'run.date':'{value=2026-04-01, type=class java.time.LocalDate, identifying=true}'}]")
    steps = [("loadPolicies", 184212, 41.8), ("ratePremiums", 184212, 151.3),
             ("writeInvoices", 183977, 118.9), ("exportSepaDirectDebit", 171230, 52.4)]
    t = 12.5
    for name, n, dur in steps:
        w.add(t, J, sb, "INFO", "premium-billing", "main", "o.s.batch.core.job.SimpleStepHandler",
              "Executing step: [%s]" % name)
        if name == "ratePremiums":
            w.add(t + 63.0, J, sb, "WARN", "premium-billing", "main",
                  "g.i.billing.rating.RatingWriter", "optimistic lock conflict on policy "
                  "P-41882310 (ObjectOptimisticLockingFailureException), retrying item 1/3")
            w.add(t + 63.2, J, sb, "INFO", "premium-billing", "main",
                  "g.i.billing.rating.RatingWriter", "retry succeeded for policy P-41882310")
        if name == "writeInvoices":
            w.add(t + 20.0, J, sb, "INFO", "premium-billing", "main",
                  "g.i.billing.invoice.InvoiceWriter", "235 policies skipped by rule "
                  "(premium holiday / cancelled before run date), skipCount=0")
        w.add(t + dur, J, sb, "INFO", "premium-billing", "main", "o.s.batch.core.step.AbstractStep",
              "Step: [%s] executed in %dm%ds%dms" % (name, int(dur // 60), int(dur % 60),
                                                     w.rng.randint(0, 999)))
        w.add(t + dur + 0.05, J, sb, "INFO", "premium-billing", "main",
              "g.i.billing.support.StepStatsListener", "step=%s read=%d write=%d filter=%d "
              "skip=0 rollback=0 commit=%d status=COMPLETED" % (
                  name, n, n if name != "writeInvoices" else n, 0 if name != "writeInvoices"
                  else 235, n // 500 + 1))
        t += dur + 0.5
    w.add(t + 0.2, J, sb, "INFO", "premium-billing", "main", "o.s.b.c.l.support.SimpleJobLauncher",
          "Job: [SimpleJob: [name=monthlyBillingJob]] completed with the following parameters: "
          "[{'run.date':'{value=2026-04-01, type=class java.time.LocalDate, identifying=true}'}] "
          "and the following status: [COMPLETED] in 6m5s")
    w.add(t + 1.0, X, lambda tt: logfmt([("ts", iso_ms(tt)), ("level", "info"),
                              ("msg", "batch metrics pushed"), ("job", "monthly-billing-run"),
                              ("status", "COMPLETED"), ("error_count", "0"), ("skip_count", "0"),
                              ("invoices", "183977"), ("duration_s", "365")]))
    w.add(t + 3.0, E, event_json(w, "Job", ns, job, "Completed", "Normal", "Job completed",
                                 comp="job-controller"))
    w.add(t + 3.5, E, event_json(w, "CronJob", ns, "monthly-billing-run", "SawCompletedJob",
                                 "Normal", "Saw completed job: %s, status: Complete" % job,
                                 comp="cronjob-controller"))
    w.add(t + 4.0, E, event_json(w, "CronJob", ns, "monthly-billing-run", "SuccessfulDelete",
                                 "Normal", "Deleted job monthly-billing-run-29537400",
                                 comp="cronjob-controller"))
    w.add(t + 40.0, EN, event_json(w, "Node", "default", nodes[2], "ScaleDown", "Normal",
                                   "marked the node as toBeDeleted/unschedulable",
                                   comp="cluster-autoscaler"))
    w.add(t + 41.0, EN, event_json(w, "Node", "default", nodes[2], "NodeNotSchedulable", "Normal",
                                   "Node %s status is now: NodeNotSchedulable" % nodes[2],
                                   host=nodes[2]))
    w.add(t + 95.0, EN, event_json(w, "Node", "default", nodes[2], "RemovingNode", "Normal",
                                   "Node %s event: Removing Node %s from Controller" % (
                                       nodes[2], nodes[2]), comp="node-controller"))
    return record(
        w,
        question="Did the monthly premium billing run go through?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the monthly Spring Batch billing job completes all four steps "
                   "with skip=0 and rollback=0; one optimistic-lock conflict is retried "
                   "successfully and the autoscaler removes the now-idle batch node.",
        summary="monthlyBillingJob COMPLETED in 6m5s (183,977 invoices, error_count=0); a "
                "retried optimistic lock and a planned scale-down are normal.",
        action="Nothing to do.",
        story="Spring Batch monthly billing completes (error_count=0, one retried optimistic "
              "lock); autoscaler scales the batch pool down")


@scenario(36, "kubeadm")
def velero_backup_healthy(key):
    w = Window(key, datetime(2026, 3, 21, 1, 0, 0, tzinfo=UTC))
    cp = "k8s-bm-cp01"
    nodes = ["k8s-bm-w0%d" % i for i in (1, 2, 4)]
    vel = w.rs_pod("velero")
    V = L("velero", vel, "velero", nodes[0], app="velero")
    NA = L("velero", "node-agent-%s" % w.alnum(5), "node-agent", nodes[1], app="node-agent")
    ET = L("kube-system", "etcd-%s" % cp, "etcd", cp, app="etcd")
    SC = L("kube-system", "snapshot-controller-%s-%s" % (w.alnum(10), w.alnum(5)),
           "snapshot-controller", nodes[2], app="snapshot-controller")
    bk = "daily-20260321010000"
    src = "pkg/backup/backup.go"

    def vl(t, lvl, msg, **kv):
        return logrus(t, lvl, msg, backup="velero/%s" % bk, **kv)

    w.add(0.2, V, vl, "info", "Setting up backup temp file", logSource="%s:624" % src)
    w.add(0.3, V, vl, "info", "Setting up plugin manager", logSource="%s:664" % src)
    w.add(0.6, V, vl, "info", "Getting backup item actions", logSource="%s:668" % src)
    w.add(0.9, V, vl, "info", "Backup starting", logSource="pkg/controller/backup_controller.go:"
          "671", includedNamespaces="case-archive,permits,licensing-db,iam", storageLocation="s3-"
          "minio-dc2")
    w.add(2.4, V, klog, "I", "request.go:697", "Waited for 1.048221s due to client-side "
          "throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/"
          "snapshot.storage.k8s.io/v1/namespaces/licensing-db/volumesnapshots", tid=1)
    pvcs = [("case-archive", "data-case-archive-db-0"), ("case-archive", "data-case-archive-db-1"),
            ("licensing-db", "pgdata-pg-licensing-0"), ("iam", "data-keycloak-postgres-0")]
    for k, (ns, pvc) in enumerate(pvcs):
        s = 4.0 + k * 9.0
        w.add(s, V, vl, "info", "Executing CSI snapshot action", logSource="pkg/backup/actions/"
              "csi/pvc_action.go:253", namespace=ns, name=pvc, resource="persistentvolumeclaims")
        w.add(s + 0.4, SC, klog, "I", "snapshot_controller.go:727", '"createSnapshotContent: '
              'Creating content for snapshot" snapshot="%s/velero-%s-%s"' % (ns, pvc[:20],
                                                                           w.alnum(5)), tid=1)
        w.add(s + 6.5, V, vl, "info", "VolumeSnapshot is ready", logSource="pkg/util/csi/"
              "volume_snapshot.go:112", namespace=ns, name="velero-%s-%s" % (pvc[:20],
                                                                             w.alnum(5)))
    w.add(21.0, ET, lambda t: json.dumps({"level": "warn", "ts": iso_us(t),
                                          "caller": "etcdserver/util.go:170",
                                          "msg": "apply request took too long", "took": "131.7ms",
                                          "expected-duration": "100ms", "prefix": "read-only "
                                          "range ", "request": "key:\"/registry/snapshot.storage."
                                          "k8s.io/volumesnapshots/\" range_end:\"/registry/"
                                          "snapshot.storage.k8s.io/volumesnapshots0\" ",
                                          "response": "range_response_count:14 size:61203"},
                                         separators=(",", ":")))
    for k, (ns, pvc) in enumerate(pvcs):
        s = 45.0 + k * 14.0
        w.add(s, NA, logrus, "info", "Data upload is completed", controller="DataUpload",
              dataupload="velero/%s-%s" % (bk, w.alnum(5)), logSource="pkg/controller/"
              "data_upload_controller.go:472", totalBytes=w.rng.randint(10 ** 9, 4 * 10 ** 10))
    w.add(102.0, V, vl, "warning", "Volume snapshotter not found for the volume; skipping "
          "native snapshot, CSI snapshot already taken", logSource="pkg/backup/item_backupper.go:"
          "582", name="pvc-%s" % w.uuid())
    w.add(110.0, V, vl, "info", "Backed up a total of 1412 items", logSource="%s:522" % src,
          progress="")
    w.add(110.4, V, vl, "info", "Backup completed", logSource="pkg/controller/backup_controller.go:"
          "790")
    w.add(110.6, V, logrus, "info", "Updating backup's final status", backuprequest="velero/%s" % bk,
          controller="backup", logSource="pkg/controller/backup_controller.go:311",
          phase="Completed")
    w.add(111.0, V, logrus, "info", "Cleaning up expired backups", controller="gc",
          logSource="pkg/controller/gc_controller.go:140", deleted="daily-20260221010000")
    return record(
        w,
        question="Was last night's Velero backup successful?",
        selector={"namespace": "velero"},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the scheduled Velero backup takes CSI snapshots of four PVCs, "
                   "uploads the data with the node agent and finishes with phase Completed; "
                   "client-side throttling, one slow etcd read and a skipped native snapshot "
                   "are benign.",
        summary="Backup daily-20260321010000 Completed (1412 items), expired backup pruned.",
        action="Nothing to do.",
        story="Velero scheduled backup with CSI snapshots completes; benign client-side "
              "throttling and a slow etcd read")


@scenario(37, "kubeadm")
def keycloak_rolling_restart_healthy(key):
    w = Window(key, datetime(2026, 4, 11, 5, 30, 0, tzinfo=UTC))
    ns = "iam"
    nodes = ["k8s-bm-w0%d" % i for i in (1, 2, 6)]
    K = [L(ns, "keycloak-%d" % i, "keycloak", nodes[i], app="keycloak") for i in range(3)]
    E = EVL(ns)

    def kc(t, lvl, cat, thread, msg):
        return "%s,%s %-5s [%s] (%s) %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, cat,
                                            thread, msg)

    def login(s, i, realm, client):
        w.add(s, K[i], kc, "INFO", "org.keycloak.events", "executor-thread-%d" %
              w.rng.randint(1, 40), 'type="LOGIN", realmId="%s", clientId="%s", userId="%s", '
              'ipAddress="10.20.%d.%d", auth_method="openid-connect", auth_type="code", '
              'redirect_uri="https://%s.gov.example/callback", code_id="%s"' % (
                  realm, client, w.uuid(), w.rng.randint(1, 9), w.rng.randint(2, 250),
                  client, w.uuid()))

    for s in w.spread(0, 12, 3):
        login(s, w.rng.randint(0, 1), "staff", w.rng.choice(["hr-portal", "case-desk"]))

    def restart(s0, i, members_before, members_after, topo):
        pod = "keycloak-%d" % i
        w.add(s0, E, event_logfmt(w, "StatefulSet", ns, "keycloak", "SuccessfulDelete", "Normal",
                                  "delete Pod %s in StatefulSet keycloak successful" % pod,
                                  comp="statefulset-controller"))
        w.add(s0 + 0.3, K[i], kc, "INFO", "io.quarkus", "Shutdown thread",
              "Keycloak stopped in 0.31%ds" % w.rng.randint(0, 9))
        w.add(s0 + 1.0, K[0 if i else 1], kc, "INFO", "org.infinispan.CLUSTER",
              "jgroups-%d,keycloak-%d" % (w.rng.randint(3, 9), 0 if i else 1),
              "ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|%d] (2) [%s]"
              % (topo, ", ".join(members_before)))
        w.add(s0 + 3.0, E, event_logfmt(w, "StatefulSet", ns, "keycloak", "SuccessfulCreate",
                                        "Normal", "create Pod %s in StatefulSet keycloak "
                                        "successful" % pod, comp="statefulset-controller"))
        w.add(s0 + 5.0, E, event_logfmt(w, "Pod", ns, pod, "Started", "Normal",
                                        "Started container keycloak", host=nodes[i]))
        w.add(s0 + 9.0, K[i], kc, "WARN", "org.infinispan.CONFIG", "keycloak-cache-init",
              "ISPN000569: Unable to persist Infinispan internal caches as no global state enabled")
        w.add(s0 + 9.2, K[i], kc, "WARN", "org.infinispan.PERSISTENCE", "keycloak-cache-init",
              "ISPN000554: jboss-marshalling is deprecated and planned for removal")
        w.add(s0 + 15.0, E, event_logfmt(w, "Pod", ns, pod, "Unhealthy", "Warning",
                                         "Readiness probe failed: Get \"http://10.244.%d.%d:9000/"
                                         "health/ready\": dial tcp 10.244.%d.%d:9000: connect: "
                                         "connection refused" % (i + 1, 31, i + 1, 31),
                                         host=nodes[i]))
        w.add(s0 + 19.5, K[i], kc, "INFO", "org.infinispan.CLUSTER", "jgroups-4,%s" % pod,
              "ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|%d] (3) [%s]"
              % (topo + 1, ", ".join(members_after)))
        w.add(s0 + 20.1, K[0], kc, "INFO", "org.infinispan.CLUSTER", "jgroups-6,keycloak-0",
              "ISPN100002: Starting rebalance with members [%s], phase READ_OLD_WRITE_ALL, "
              "topology id %d" % (", ".join(members_after), topo * 3 + 2))
        w.add(s0 + 21.4, K[0], kc, "INFO", "org.infinispan.CLUSTER", "jgroups-6,keycloak-0",
              "ISPN100010: Finished rebalance with members [%s], topology id %d" % (
                  ", ".join(members_after), topo * 3 + 5))
        w.add(s0 + 22.6, K[i], kc, "INFO", "io.quarkus", "main", "Keycloak 25.0.2 on JVM "
              "(powered by Quarkus 3.8.5) started in 18.%03ds. Listening on: http://0.0.0.0:8080. "
              "Management interface listening on http://0.0.0.0:9000." % w.rng.randint(0, 999))
        w.add(s0 + 22.7, K[i], kc, "INFO", "io.quarkus", "main", "Profile prod activated.")

    restart(14.0, 2, ["keycloak-0", "keycloak-1"], ["keycloak-0", "keycloak-1", "keycloak-2"], 6)
    for s in w.spread(15, 44, 4):
        login(s, w.rng.randint(0, 1), w.rng.choice(["staff", "citizens"]),
              w.rng.choice(["hr-portal", "case-desk", "mijn-portaal"]))
    restart(46.0, 1, ["keycloak-0", "keycloak-2"], ["keycloak-0", "keycloak-2", "keycloak-1"], 7)
    for s in w.spread(47, 80, 4):
        login(s, w.rng.choice([0, 2]), w.rng.choice(["staff", "citizens"]),
              w.rng.choice(["hr-portal", "case-desk", "mijn-portaal"]))
    w.add(78.0, K[2], kc, "INFO", "org.keycloak.events", "executor-thread-7",
          'type="LOGIN_ERROR", realmId="citizens", clientId="mijn-portaal", userId="%s", '
          'ipAddress="10.20.4.77", error="invalid_user_credentials", auth_method="openid-connect",'
          ' username="j.devries@example.org"' % w.uuid())
    return record(
        w,
        question="Did the Keycloak rolling restart cause any problems?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: keycloak-2 and keycloak-1 are restarted one at a time, rejoin "
                   "the Infinispan cluster and finish rebalancing; logins keep succeeding on the "
                   "remaining members (one ordinary wrong-password attempt).",
        summary="Planned StatefulSet rolling restart completed; startup readiness failures and "
                "ISPN000569/ISPN000554 warnings are expected.",
        action="Nothing to do.",
        story="Keycloak StatefulSet rolling restart: pods rejoin Infinispan, rebalance "
              "completes, logins continue")


@scenario(38, "Tanzu")
def pension_payments_mq_db2_healthy(key):
    w = Window(key, datetime(2026, 4, 25, 5, 0, 0, tzinfo=UTC))
    ns = "pension-payments"
    md = "tkg-pay-prod-md-0-%s" % w.alnum(9)
    nodes = ["%s-%s" % (md, w.alnum(5)) for _ in range(3)]
    Q = L(ns, "qmpay-ibm-mq-0", "qmgr", nodes[0], app="qmpay")
    orch = w.rs_pod("payment-orchestrator")
    O = L(ns, orch, "payment-orchestrator", nodes[1], app="payment-orchestrator")
    exp = "payment-export-29586000-%s" % w.alnum(5)
    X = L(ns, exp, "export", nodes[2], app="payment-export")
    E = EVL(ns)

    def mq(t, msg):
        return "%s %s" % (iso_ms(t), msg)

    w.add(0.4, E, event_logfmt(w, "CronJob", ns, "payment-export", "SuccessfulCreate", "Normal",
                               "Created job payment-export-29586000", comp="cronjob-controller"))
    w.add(6.0, X, pylog, "INFO", "export.main", "connecting to QMPAY via PAY.SVRCONN "
          "(qmpay-ibm-mq:1414, TLS_AES_256_GCM_SHA384)")
    w.add(6.4, Q, mq, "AMQ9002I: Channel 'PAY.SVRCONN' is starting.")
    w.add(8.0, O, liberty, 0x51, "com.ibm.ws.classloading.internal.ClassLoadingServiceImpl", "W",
          "SRVE9967W: The manifest class path xml-apis.jar can not be found in jar file "
          "wsjar:file:/opt/ol/wlp/usr/servers/defaultServer/apps/expanded/payments.ear/lib/"
          "xercesImpl-2.12.2.jar!/ or its parent.")
    w.add(10.0, O, liberty, 0x5d, "gov.pay.orchestrator.batch.BatchListener", "I",
          "payment batch PAY-2026-04-25 started: 12408 instructions from PAY.BATCH.IN")
    done = 0
    for s in (22.0, 34.0, 46.0, 58.0, 70.0):
        done += w.rng.randint(2100, 2500)
        w.add(s, O, liberty, 0x5d, "gov.pay.orchestrator.batch.BatchListener", "I",
              "PAY-2026-04-25 progress: %d/12408 posted to ledger" % min(done, 12000))
    w.add(38.2, O, liberty, 0x77, "gov.pay.orchestrator.ledger.LedgerWriter", "W",
          "deadlock on PAYMENT_LEDGER, transaction rolled back (com.ibm.db2.jcc.am."
          "SqlTransactionRollbackException: DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, "
          "SQLERRMC=2, DRIVER=4.33.31); retry 1/3 for instruction PI-88231907")
    w.add(38.5, O, liberty, 0x77, "gov.pay.orchestrator.ledger.LedgerWriter", "I",
          "retry 1/3 for instruction PI-88231907 succeeded")
    w.add(41.0, Q, mq, "AMQ7467I: The oldest log file required to start queue manager QMPAY is "
          "S0000412.LOG.")
    w.add(41.1, Q, mq, "AMQ7468I: The oldest log file required to perform media recovery of "
          "queue manager QMPAY is S0000398.LOG.")
    for s in w.spread(12, 80, 6):
        w.add(s, X, pylog, "INFO", "export.sepa", "wrote pain.001 file %d/6 (%d credit transfers)" %
              (w.rng.randint(1, 6), w.rng.randint(1500, 2500)))
    w.add(84.0, O, liberty, 0x5d, "gov.pay.orchestrator.batch.BatchListener", "I",
          "payment batch PAY-2026-04-25 completed: 12408 posted, 0 rejected, 1 retried after "
          "deadlock, total 1,984,211.37 EUR")
    w.add(86.0, X, pylog, "INFO", "export.main", "export complete, disconnecting")
    w.add(86.3, Q, mq, "AMQ9209E: Connection to host '%s (10.96.3.44)' for channel "
          "'PAY.SVRCONN' closed." % exp)
    w.add(88.0, E, event_logfmt(w, "Job", ns, "payment-export-29586000", "Completed", "Normal",
                                "Job completed", comp="job-controller"))
    w.add(88.5, E, event_logfmt(w, "CronJob", ns, "payment-export", "SawCompletedJob", "Normal",
                                "Saw completed job: payment-export-29586000, status: Complete",
                                comp="cronjob-controller"))
    return record(
        w,
        question="Did this morning's pension payment batch run cleanly?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: the batch posts all 12,408 payments; one DB2 deadlock "
                   "(SQLCODE -911 RC 2) is rolled back and retried successfully, and the MQ "
                   "AMQ9209E is the export job disconnecting at the end of its run.",
        summary="Healthy batch: 0 rejected, 1 retried; routine MQ log-file messages and a "
                "benign SRVE9967W manifest warning.",
        action="Nothing to do.",
        story="Liberty pension payment batch over IBM MQ completes; one DB2 deadlock retried, "
              "AMQ9209E on a job's clean disconnect")


@scenario(39, "k3s")
def burgerzaken_scheduled_jobs_healthy(key):
    w = Window(key, datetime(2026, 4, 18, 6, 0, 0, tzinfo=UTC))
    ns = "burgerzaken"
    nodes = ["k3s-stadsdeel-oost-%02d" % i for i in (1, 2)]
    beat = w.rs_pod("afspraken-beat")
    wk = w.rs_pod("afspraken-worker")
    web = w.rs_pod("afspraken-web")
    hp = w.rs_pod("haproxy-kiosk")
    exp = w.rs_pod("queue-display-exporter")
    B = L(ns, beat, "beat", nodes[0], app="afspraken-beat")
    W = L(ns, wk, "worker", nodes[1], app="afspraken-worker")
    Wb = L(ns, web, "web", nodes[1], app="afspraken-web")
    H = L(ns, hp, "haproxy", nodes[0], app="haproxy-kiosk")
    X = L(ns, exp, "exporter", nodes[0], app="queue-display-exporter")
    K3 = NODE(nodes[0], "k3s.service")

    def cel(t, proc, msg):
        return "[%s,%s: INFO/%s] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), proc, msg)

    def hx(t, lvl, msg):
        return "[%s]   (8) : %s" % (lvl, msg)

    tasks = [("purge-expired-appointments", "afspraken.tasks.purge_expired",
              "{'deleted': 212, 'errors': 0}", 2.1),
             ("send-reminders", "afspraken.tasks.send_reminders", "{'sent': 388, 'failed': 0}",
              14.9),
             ("sync-brp-changes", "afspraken.tasks.sync_brp", "{'updated': 41, 'errors': 0}",
              6.4)]
    for k, (name, task, res, dur) in enumerate(tasks):
        s = 0.05 + k * 0.01
        w.add(s + k * 0.06, B, cel, "MainProcess", "Scheduler: Sending due task %s (%s)" % (name,
                                                                                       task))
        tid = w.uuid()
        w.add(0.5 + k * 0.3, W, cel, "MainProcess", "Task %s[%s] received" % (task, tid))
        w.add(0.5 + k * 0.3 + dur, W, cel, "ForkPoolWorker-%d" % (k + 1), "Task %s[%s] succeeded "
              "in %.3fs: %s" % (task, tid, dur, res))
    for s in w.spread(0, 90, 6):
        w.add(s, X, lambda t: logfmt([("ts", iso_ms(t)), ("caller", "main.go:212"), ("level", "info"),
                            ("msg", "scrape complete"), ("target", "queue-display-%d" %
                                                         w.rng.randint(1, 3)),
                            ("error_count", "0"), ("duration_seconds", "%.3f" %
                                                   w.rng.uniform(0.2, 0.6))]))
    for s in w.spread(0, 90, 7):
        w.add(s, Wb, pylog, "INFO", "afspraken.views", "GET /afspraak/%s 200 (%d ms)" % (
            w.rng.choice(["paspoort", "rijbewijs", "uittreksel", "verhuizing"]),
            w.rng.randint(15, 120)))
    w.add(12.0, Wb, pylog, "WARNING", "django.request", "Not Found: /apple-touch-icon.png")
    w.add(20.0, H, hx, "WARNING", "Server be_kiosk/kiosk-2 is going DOWN for maintenance. 1 active "
          "and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(21.0, K3, logrus, "info", "Cluster-Http-Server 2026/04/18 06:00:21 http: TLS handshake "
          "error from 10.42.0.1:51234: EOF")
    w.add(64.0, H, hx, "WARNING", "Server be_kiosk/kiosk-2 is UP (leaving forced maintenance).")
    w.add(70.0, K3, logrus, "info", "Cluster-Http-Server 2026/04/18 06:01:10 http: TLS handshake "
          "error from 10.42.1.1:40772: EOF")
    return record(
        w,
        question="Anything unusual in the municipal appointments system this morning?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: Celery beat runs the three morning tasks, all succeed with "
                   "zero errors; kiosk-2 is put into planned HAProxy maintenance and returns; the "
                   "k3s TLS handshake EOFs are health-check connections.",
        summary="Scheduled jobs succeeded (errors=0, failed=0), exporter error_count=0, "
                "planned kiosk maintenance completed.",
        action="Nothing to do.",
        story="k3s municipal appointments: Celery beat jobs succeed (errors=0), planned HAProxy "
              "kiosk maintenance, benign k3s TLS EOFs")


@scenario(40, "k3s")
def subsidy_retries_and_renewal_healthy(key):
    w = Window(key, datetime(2026, 4, 18, 4, 12, 0, tzinfo=UTC))
    ns = "social-support"
    nodes = ["k3s-zorgloket-%02d" % i for i in (1, 2, 3)]
    api = w.rs_pod("subsidy-api")
    A = L(ns, api, "subsidy-api", nodes[0], app="subsidy-api")
    VA = L(ns, api, "vault-agent", nodes[0], app="subsidy-api")
    cm = w.rs_pod("cert-manager")
    CM = L("cert-manager", cm, "cert-manager-controller", nodes[2], app="cert-manager")
    E = EVL(ns)
    cert = "subsidy-api-tls"

    def va(t, lvl, msg):
        return "%s [%s] %s" % (iso_ms(t), lvl, msg)

    lg = 'logger="cert-manager.certificates-trigger"'
    w.add(0.1, CM, klog, "I", "trigger_controller.go:215", '"Certificate must be re-issued" %s '
          'key="%s/%s" reason="Renewing" message="Renewing certificate as renewal was scheduled '
          'at 2026-04-18 04:12:00 +0000 UTC" condition="Issuing"' % (lg, ns, cert), tid=1)
    w.add(0.3, E, event_logfmt(w, "Certificate", ns, cert, "Issuing", "Normal", "Renewing "
                               "certificate as renewal was scheduled at 2026-04-18 04:12:00 +0000 "
                               "UTC", comp="cert-manager-certificates-trigger"))
    w.add(0.6, E, event_logfmt(w, "Certificate", ns, cert, "Reused", "Normal", "Reusing private "
                               "key stored in existing Secret resource \"%s\"" % cert,
                               comp="cert-manager-certificates-key-manager"))
    w.add(0.9, E, event_logfmt(w, "Certificate", ns, cert, "Requested", "Normal", "Created new "
                               "CertificateRequest resource \"%s-7\"" % cert,
                               comp="cert-manager-certificates-request-manager"))
    w.add(1.6, E, event_logfmt(w, "CertificateRequest", ns, "%s-7" % cert, "CertificateIssued",
                               "Normal", "Certificate fetched from issuer successfully",
                               comp="cert-manager-certificaterequests-issuer-vault"))
    w.add(1.9, E, event_logfmt(w, "Certificate", ns, cert, "Issuing", "Normal", "The certificate "
                               "has been successfully issued",
                               comp="cert-manager-certificates-issuing"))
    w.add(2.5, VA, va, "INFO", " agent.auth.handler: renewed auth token")
    w.add(3.0, VA, va, "INFO", " agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/"
          "db-creds\"")
    w.add(3.4, A, dotnet, "info", "Subsidy.Api.Secrets.SecretFileWatcher", 0, "Reloaded database "
          "credentials from /vault/secrets/db-creds (lease renewed, ttl 768h)")
    w.add(4.0, A, dotnet, "info", "Subsidy.Api.Tls.CertificateReloader", 0, "Reloaded TLS "
          "certificate for subsidy-api.zorgloket.gov.example, NotAfter 2026-07-17T04:12:01Z")
    for s in w.spread(5, 90, 12):
        w.add(s, A, dotnet, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
              "Request finished HTTP/1.1 GET https://subsidy-api.zorgloket.gov.example/api/"
              "aanvragen/%s - 200 - application/json; charset=utf-8 %.4fms" % (
                  "ZL-%06d" % w.rng.randint(0, 999999), w.rng.uniform(6, 80)))
    for k, s in enumerate((20.0, 57.0)):
        et = w.rng.uniform(30, 60)
        w.lines(s, A, [
            lambda t: dotnet(t, "warn", "Polly", 0, "Execution attempt. Source: 'income-registry-"
                             "standard//Standard-Retry', Operation Key: '', Result: '503', "
                             "Handled: 'True', Attempt: '0', Execution Time: %.4fms" % et),
            lambda t: dotnet(t, "warn", "Polly", 3, "Resilience event occurred. EventName: "
                             "'OnRetry', Source: 'income-registry-standard//Standard-Retry', "
                             "Operation Key: '', Result: '503'")], step_us=1400)
        w.add(s + 2.1, A, dotnet, "info", "Polly", 0, "Execution attempt. Source: 'income-"
              "registry-standard//Standard-Retry', Operation Key: '', Result: '200', Handled: "
              "'False', Attempt: '1', Execution Time: %.4fms" % w.rng.uniform(80, 200))
        w.add(s + 2.2, A, dotnet, "info", "Subsidy.Api.Income.IncomeRegistryClient", 0,
              "Income check for application ZL-%06d completed (source year 2025)" %
              w.rng.randint(0, 999999))
    w.add(62.5, VA, va, "INFO", " agent.auth.handler: renewed auth token")
    return record(
        w,
        question="Is the subsidy API healthy after this morning's certificate renewal?",
        selector={"namespace": ns},
        severity="INFO", category="none", component=None,
        root_cause="No incident: cert-manager renews subsidy-api-tls from the Vault issuer on "
                   "schedule, Vault Agent renews its token and re-renders credentials, and two "
                   "transient 503s from the income registry succeed on the first retry.",
        summary="Scheduled certificate renewal and secret refresh completed; retries that "
                "succeed are normal.",
        action="Nothing to do.",
        story="k3s .NET subsidy API: scheduled cert-manager renewal via Vault, Vault Agent "
              "token renewal, 503s that succeed on retry")


# ==== end of scenarios ====

# --------------------------------------------------------------------------
# assembly, preview, tables, self-checks
# --------------------------------------------------------------------------

def build_all():
    recs = []
    for num, key, platform, fn in sorted(SCENARIOS, key=lambda s: s[0]):
        rec, story = fn(key)
        rec["source"] = "synthetic:dev18/s%02d" % num
        recs.append({"num": num, "key": key, "platform": platform, "rec": rec,
                     "story": story})
    order = list(range(len(recs)))
    random.Random("dev18-shuffle").shuffle(order)
    out = []
    for i, j in enumerate(order):
        r = recs[j]
        r["rec"]["id"] = "dev18-%03d" % (i + 1)
        out.append(r)
    return out


def serialise(items):
    return "".join(json.dumps(r["rec"], ensure_ascii=False) + "\n" for r in items).encode("utf-8")


LINE_ISO = re.compile(r"^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})")
LINE_KLOG = re.compile(r"^[IWEF](\d{4}) (\d{2}:\d{2}:\d{2})\.\d{6} ")
LINE_LOGRUS = re.compile(r'^time="(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})')
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def self_checks(items, data):
    problems = []
    ok = []

    def check(cond, what):
        (ok if cond else problems).append(what)

    recs = [r["rec"] for r in items]
    check(len(recs) == 40, "exactly 40 records (got %d)" % len(recs))
    check([r["id"] for r in recs] == ["dev18-%03d" % i for i in range(1, 41)],
          "ids dev18-001..dev18-040 in order")
    nums = sorted(r["num"] for r in items)
    check(nums == list(range(1, 41)), "scenario numbers s01..s40")
    check(len(set(r["source"] for r in recs)) == 40, "sources unique")
    check(all(re.fullmatch(r"synthetic:dev18/s\d{2}", r["source"]) for r in recs),
          "source = synthetic:dev18/sNN")
    check(all(r["key"] not in r["rec"]["source"] for r in items), "source does not carry the key")
    cats = {}
    for r in recs:
        cats[r["expected"]["root_cause_category"]] = cats.get(
            r["expected"]["root_cause_category"], 0) + 1
    check(set(cats) <= set(CATEGORIES), "categories within the closed taxonomy")
    check(cats.get("none", 0) == 8, "8 healthy windows (got %d)" % cats.get("none", 0))
    inc = [c for c in CATEGORIES if c != "none"]
    check(all(cats.get(c, 0) == 2 for c in inc),
          "every incident category exactly twice: %s" %
          ", ".join("%s=%d" % (c, cats.get(c, 0)) for c in inc if cats.get(c, 0) != 2))
    sev = {}
    for r in recs:
        e = r["expected"]
        sev[e["severity"]] = sev.get(e["severity"], 0) + 1
        if e["root_cause_category"] == "none":
            check(e["severity"] == "INFO", "%s: none is INFO" % r["id"])
            check(e["evidence"] == [], "%s: none has empty evidence" % r["id"])
        else:
            check(e["severity"] in ("WARN", "ERROR", "CRITICAL"),
                  "%s: incident severity WARN/ERROR/CRITICAL" % r["id"])
            check(len(e["evidence"]) >= 1, "%s: incident has evidence" % r["id"])
    check(all(sev.get(s, 0) >= 3 for s in ("WARN", "ERROR", "CRITICAL")),
          "WARN, ERROR and CRITICAL incidents each present (>=3): %s" % sev)
    check(set(r["platform"] for r in items) == set(PLATFORMS), "all 8 platforms used")
    banned = [c for c in CATEGORIES if "_" in c]
    for r in recs:
        logs = r["logs"]
        e = r["expected"]
        rid = r["id"]
        check(20 <= len(logs) <= 80, "%s: 20..80 lines (got %d)" % (rid, len(logs)))
        check(all(TS_RE.match(l["ts"]) for l in logs), "%s: RFC 3339 timestamps" % rid)
        check(all(logs[i]["ts"] <= logs[i + 1]["ts"] for i in range(len(logs) - 1)),
              "%s: lines in time order" % rid)
        check(all(isinstance(l["line"], str) and l["line"].strip() for l in logs),
              "%s: no empty lines" % rid)
        check(all(l["labels"].get("namespace") or l["labels"].get("node") for l in logs),
              "%s: every line has a namespace or node label" % rid)
        bad = []
        for l in logs:
            d, tm = l["ts"][:10], l["ts"][11:19]
            m = LINE_ISO.match(l["line"])
            if m and (m.group(1) != d or m.group(2) != tm):
                bad.append(l["line"][:60])
            m = LINE_KLOG.match(l["line"])
            if m and (m.group(1) != d[5:7] + d[8:10] or m.group(2) != tm):
                bad.append(l["line"][:60])
            m = LINE_LOGRUS.search(l["line"])
            if m and (m.group(1) != d or m.group(2) != tm):
                bad.append(l["line"][:60])
        check(not bad, "%s: timestamps printed in lines agree with ts %s" % (rid, bad[:1]))
        ev = e["evidence"]
        check(ev == sorted(set(ev)) and all(0 <= i < len(logs) for i in ev),
              "%s: evidence indices sorted, unique, in range" % rid)
        check(len(ev) <= 8, "%s: evidence is the decisive few lines (<=8)" % rid)
        check(all(e.get(k) for k in ("severity", "root_cause_category",
                                      "root_cause", "summary", "action")),
              "%s: expected fields filled" % rid)
        if e["root_cause_category"] == "none":
            check("component" not in e, "%s: healthy window carries no component" % rid)
        else:
            check(bool(e.get("component")), "%s: incident names a component" % rid)
        if ev:
            comp = e["component"].strip().lower()
            hay = " ".join(logs[i]["line"].lower() + " " +
                           " ".join(str(v).lower() for v in logs[i]["labels"].values())
                           for i in ev)
            check(comp in hay, "%s: component %r named in an evidence line" % (rid, comp))
        ns = (r.get("selector") or {}).get("namespace")
        if ns:
            check(any(l["labels"].get("namespace") == ns for l in logs),
                  "%s: selector namespace present in labels" % rid)
        leak = [b for b in banned for l in logs if b in l["line"]]
        check(not leak, "%s: no taxonomy names leak into log lines %s" % (rid, leak[:1]))
        leak2 = [l for l in logs if "dev18" in l["line"] or "synthetic" in l["line"]]
        check(not leak2, "%s: no dataset markers in log lines" % rid)
    windows = [tuple(l["line"] for l in r["logs"]) for r in recs]
    check(len(set(windows)) == 40, "windows pairwise distinct")
    again = serialise(build_all())
    check(again == data, "two in-process builds give identical bytes")
    for line in data.decode("utf-8").splitlines():
        json.loads(line)
    ok.append("every output line parses as JSON")
    if os.path.exists(OUT):
        with open(OUT, "rb") as f:
            check(f.read() == data, "dev18.jsonl on disk matches the generator")
    return ok, problems


def find(items, key):
    for r in items:
        if key in (r["key"], r["rec"]["id"], "s%02d" % r["num"], r["rec"]["source"]):
            return r
    return None


def preview(items, data, key=None):
    if key:
        r = find(items, key)
        if not r:
            print("unknown scenario %r; keys: %s" % (key, ", ".join(x["key"] for x in items)))
            return 2
        rec = r["rec"]
        e = rec["expected"]
        print("%s  s%02d  %s  [%s]" % (rec["id"], r["num"], r["key"], r["platform"]))
        print("question: %s" % rec["question"])
        print("expected: %s / %s / component=%s" % (e["severity"], e["root_cause_category"],
                                                    e.get("component", "-")))
        print("root cause: %s" % e["root_cause"])
        print("evidence: %s" % e["evidence"])
        print()
        for i, l in enumerate(rec["logs"]):
            lab = l["labels"]
            who = lab.get("pod") or lab.get("unit") or lab.get("job") or lab.get("app") or ""
            print("%s%3d %s %-38.38s %s" % ("*" if i in e["evidence"] else " ", i, l["ts"],
                                             who, l["line"]))
        return 0
    print("%-9s %-4s %-18s %-8s %-28s %-9s %4s %3s" % ("id", "src", "category", "severity",
                                                       "component", "platform", "line", "ev"))
    for r in items:
        rec = r["rec"]
        e = rec["expected"]
        print("%-9s s%02d  %-18s %-8s %-28s %-9s %4d %3d" % (
            rec["id"], r["num"], e["root_cause_category"], e["severity"], e.get("component", "-"),
            r["platform"], len(rec["logs"]), len(e["evidence"])))
    ok, problems = self_checks(items, data)
    print()
    print("sha256 of generated bytes: %s" % hashlib.sha256(data).hexdigest())
    print("%d checks passed" % len(ok))
    for p in problems:
        print("FAILED: %s" % p)
    print("self-checks: ok" if not problems else "self-checks: FAILED (%d)" % len(problems))
    return 0 if not problems else 1


def table(items):
    print("| id | source | category | severity | component | platform | lines | story |")
    print("|---|---|---|---|---|---|---|---|")
    for r in items:
        rec = r["rec"]
        e = rec["expected"]
        print("| %s | s%02d | %s | %s | %s | %s | %d | %s |" % (
            rec["id"], r["num"], e["root_cause_category"], e["severity"], e.get("component", "-"),
            r["platform"], len(rec["logs"]), r["story"]))
    print()
    print("| category | WARN | ERROR | CRITICAL | INFO | total |")
    print("|---|---|---|---|---|---|")
    for c in CATEGORIES:
        row = [sum(1 for r in items if r["rec"]["expected"]["root_cause_category"] == c
                   and r["rec"]["expected"]["severity"] == s) for s in ("WARN", "ERROR",
                                                                       "CRITICAL", "INFO")]
        print("| %s | %s | %d |" % (c, " | ".join(str(x) for x in row), sum(row)))
    tot = [sum(1 for r in items if r["rec"]["expected"]["severity"] == s)
           for s in ("WARN", "ERROR", "CRITICAL", "INFO")]
    print("| **total** | %s | %d |" % (" | ".join(str(x) for x in tot), sum(tot)))
    print()
    print("| platform | records | incidents | healthy |")
    print("|---|---|---|---|")
    for p in PLATFORMS:
        rs = [r for r in items if r["platform"] == p]
        h = sum(1 for r in rs if r["rec"]["expected"]["root_cause_category"] == "none")
        print("| %s | %d | %d | %d |" % (p, len(rs), len(rs) - h, h))
    return 0


def main(argv):
    items = build_all()
    data = serialise(items)
    if len(argv) >= 1 and argv[0] == "--preview":
        return preview(items, data, argv[1] if len(argv) > 1 else None)
    if len(argv) >= 1 and argv[0] == "--table":
        return table(items)
    if argv:
        print(__doc__)
        return 2
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d records, sha256 %s)" % (OUT, len(items), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
