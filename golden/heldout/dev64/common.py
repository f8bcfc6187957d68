"""Shared helpers for the dev64 generator (standard library only, deterministic)."""
import datetime as _dt
import json
import random

UTC = _dt.timezone.utc
ALNUM = "bcdfghjklmnpqrstvwxz2456789"   # alphabet of Kubernetes generated names
HEX = "0123456789abcdef"

DIST = {
    # pod CIDR prefix, cluster DNS IP
    "EKS": ("10.31", "172.20.0.10"),
    "GKE": ("10.52", "10.56.0.10"),
    "AKS": ("10.244", "10.0.0.10"),
    "kubeadm": ("192.168", "10.96.0.10"),
    "OpenShift": ("10.128", "172.30.0.10"),
    "RKE2": ("10.42", "10.43.0.10"),
    "k3s": ("10.42", "10.43.0.10"),
    "Talos": ("10.244", "10.96.0.10"),
}


def parse(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class Rec:
    def __init__(self, rid, start, dist, domain):
        self.id = rid
        self.rng = random.Random("206464:" + rid)
        self.t = parse(start)
        self.dist = dist
        self.domain = domain
        self.pod_prefix, self.dns_ip = DIST[dist]
        self.logs = []
        self.ev = []
        self.proc_start = {}

    # ------------------------------------------------------------------ names
    def rs(self, base):
        return base + "-" + "".join(self.rng.choice(ALNUM) for _ in range(self.rng.choice((9, 10))))

    def pod(self, rs_or_base):
        return rs_or_base + "-" + "".join(self.rng.choice(ALNUM) for _ in range(5))

    def dpod(self, base):
        """Deployment pod name and its ReplicaSet name."""
        rsn = self.rs(base)
        return self.pod(rsn), rsn

    def job_name(self, cron, when):
        return "%s-%d" % (cron, int(when.timestamp()) // 60)

    def hexs(self, n):
        return "".join(self.rng.choice(HEX) for _ in range(n))

    def uid(self):
        h = self.hexs(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])

    def ip(self):
        return "%s.%d.%d" % (self.pod_prefix, self.rng.randint(0, 7) if self.pod_prefix != "192.168" else self.rng.choice((12, 47, 133)), self.rng.randint(2, 250))

    def reqid(self):
        return self.uid()

    # ------------------------------------------------------------------ time
    def go(self, lo, hi=None):
        if hi is None:
            hi = lo
        self.t += _dt.timedelta(seconds=self.rng.uniform(lo, hi))
        return self.t

    def iso3(self, t=None):
        t = t or self.t
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)

    def iso6(self, t=None):
        t = t or self.t
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def iso9(self, t=None):
        t = t or self.t
        return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "%03dZ" % self.rng.randint(0, 999)

    def isos(self, t=None):
        t = t or self.t
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def sp(self, t=None, sep=" ", frac=3, comma=False):
        t = t or self.t
        s = t.strftime("%Y-%m-%d" + sep + "%H:%M:%S")
        if frac:
            s += ("," if comma else ".") + ("%06d" % t.microsecond)[:frac]
        return s

    def epoch_ms(self, t=None):
        t = t or self.t
        return int(t.timestamp() * 1000)

    # ------------------------------------------------------------------ emit
    def add(self, labels, line, ev=False, gap=(0.05, 1.2)):
        if gap:
            self.go(*gap) if isinstance(gap, tuple) else self.go(gap)
        self.logs.append({"ts": self.iso3(), "labels": dict(labels), "line": line})
        if ev:
            self.ev.append(len(self.logs) - 1)
        return len(self.logs) - 1

    def E(self, labels, fn, ev=False, gap=(0.05, 1.2)):
        """Advance time first, then format with the new time."""
        if gap:
            self.go(*gap) if isinstance(gap, tuple) else self.go(gap)
        return self.add(labels, fn(), ev=ev, gap=None)

    # ------------------------------------------------------------------ formats
    def klog(self, L, lvl, src, msg, pid=1, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s%s %s %7d %s] %s" % (
            lvl, self.t.strftime("%m%d"), self.t.strftime("%H:%M:%S.%f"), pid, src, msg), ev, gap)

    def event(self, L, typ, reason, kind, name, ns, msg, comp, host=None, count=1, ev=False, gap=(0.05, 1.2)):
        def f():
            src = {"component": comp}
            if host:
                src["host"] = host
            obj = {"metadata": {"name": "%s.%s" % (name, self.hexs(16)), "namespace": ns},
                   "reason": reason, "message": msg, "source": src,
                   "firstTimestamp": self.isos(), "lastTimestamp": self.isos(), "count": count,
                   "type": typ,
                   "involvedObject": {"kind": kind, "namespace": ns, "name": name}}
            return json.dumps(obj, separators=(",", ":"))
        return self.E(L, f, ev, gap)

    def kev(self, L, typ, reason, obj, msg, age="0s", ev=False, gap=(0.05, 1.2)):
        """kubectl get events -w style line: LAST SEEN TYPE REASON OBJECT MESSAGE"""
        return self.E(L, lambda: "%-8s %-8s %-22s %-50s %s" % (age, typ, reason, obj, msg), ev, gap)

    def istio(self, L, level, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s\t%s\t%s" % (self.iso6(), level, msg), ev, gap)

    def envoy(self, L, method, path, code, flags, details, rx, tx, dur, ust, xff, ua, authority,
              upstream_host, cluster, local, dlocal, remote, sni="-", route="default",
              term="-", tfr="-", ev=False, gap=(0.05, 1.2)):
        def f():
            return ('[%s] "%s %s HTTP/1.1" %s %s %s %s "%s" %s %s %s %s "%s" "%s" "%s" "%s" "%s" %s %s %s %s %s %s'
                    % (self.iso3(), method, path, code, flags, details, term, tfr, rx, tx, dur, ust,
                       xff, ua, self.reqid(), authority, upstream_host, cluster, local, dlocal,
                       remote, sni, route))
        return self.E(L, f, ev, gap)

    def linkerd(self, L, pod, level, span, target, msg, thread=1, ev=False, gap=(0.05, 1.2)):
        st = self.proc_start.setdefault(pod, self.t)

        def f():
            up = (self.t - st).total_seconds()
            return "[%12.6fs] %5s ThreadId(%02d) %s%s: %s" % (up, level, thread, (span + ": ") if span else "", target, msg)
        return self.E(L, f, ev, gap)

    def fbit(self, L, level, comp, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "[%s] [%5s] [%s] %s" % (self.t.strftime("%Y/%m/%d %H:%M:%S"), level, comp, msg), ev, gap)

    def hclog(self, L, level, name, msg, ev=False, gap=(0.05, 1.2)):
        tag = {"INFO": "[INFO]  ", "WARN": "[WARN]  ", "ERROR": "[ERROR] ", "DEBUG": "[DEBUG] "}[level]
        return self.E(L, lambda: "%s %s%s: %s" % (self.iso3(), tag, name, msg), ev, gap)

    def pg(self, L, pid, level, msg, prefix="", ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s UTC [%d] %s%s:  %s" % (self.sp(), pid, prefix, level, msg), ev, gap)

    def js(self, L, obj_fn, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: json.dumps(obj_fn(), separators=(",", ":")), ev, gap)

    def logrus(self, L, level, msg, ev=False, gap=(0.05, 1.2), **kv):
        def f():
            s = 'time="%s" level=%s msg=%s' % (self.isos(), level, _q(msg))
            for k, v in kv.items():
                s += " %s=%s" % (k, _q(str(v)))
            return s
        return self.E(L, f, ev, gap)

    def gokit(self, L, level, caller, msg, ev=False, gap=(0.05, 1.2), **kv):
        def f():
            s = "level=%s ts=%s caller=%s msg=%s" % (level, self.iso3(), caller, _q(msg))
            for k, v in kv.items():
                s += " %s=%s" % (k, _q(str(v)))
            return s
        return self.E(L, f, ev, gap)

    def spring(self, L, level, app, thread, logger, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (
            self.iso3(), level, app, thread[-15:], logger, msg), ev, gap)

    def log4j(self, L, level, cls, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s %-5s %s - %s" % (self.sp(frac=0), level, cls, msg), ev, gap)

    def kafka(self, L, level, msg, logger, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s %s %s (%s)" % ("[" + self.sp(comma=True) + "]", level, msg, logger), ev, gap)

    def pylog(self, L, level, name, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: "%s %s [%s] %s" % (self.sp(comma=True), level, name, msg), ev, gap)

    def ctrd(self, L, level, msg, ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: 'time="%s" level=%s msg=%s' % (self.iso9(), level, _q(msg)), ev, gap)

    def gostd(self, L, msg, ev=False, gap=(0.05, 1.2)):
        """Go standard library log format: 2006/01/02 15:04:05 msg"""
        return self.E(L, lambda: "%s %s" % (self.t.strftime("%Y/%m/%d %H:%M:%S"), msg), ev, gap)

    def stamp(self, L, fn, ev=False, gap=(0.05, 1.2)):
        """Free format computed from the (advanced) time: fn(self) -> str."""
        return self.E(L, lambda: fn(self), ev, gap)

    def envoy_tcp(self, L, flags, rx, tx, dur, upstream_host, cluster, local, dlocal, remote, sni="-",
                  details="-", tfr="-", ev=False, gap=(0.05, 1.2)):
        return self.E(L, lambda: '[%s] "- - -" 0 %s - %s "%s" %s %s %s - "-" "-" "-" "-" "%s" %s %s %s %s %s -' % (
            self.iso3(), flags, details if details != "-" else "-", tfr, rx, tx, dur, upstream_host, cluster,
            local, dlocal, remote, sni), ev, gap)

    def plain(self, L, text, ev=False, gap=(0.05, 1.2)):
        return self.add(L, text, ev=ev, gap=gap)

    # ------------------------------------------------------------------ finish
    def finish(self, source, question, selector, severity, category, component, root_cause,
               summary, action, terms=(), extra_ev=()):
        ev = sorted(set(self.ev) | set(extra_ev))
        exp = {"severity": severity, "root_cause_category": category}
        if category != "none":
            exp["component"] = component
        exp["root_cause"] = root_cause
        exp["summary"] = summary
        exp["action"] = action
        exp["evidence"] = ev if category != "none" else []
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        rec = {"id": self.id, "source": source, "question": question, "selector": sel,
               "logs": self.logs, "expected": exp}
        meta = {"terms": list(terms), "dist": self.dist, "domain": self.domain}
        return rec, meta


def _q(s):
    if s == "" or any(c in s for c in ' "=\t') or "\\" in s:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def L(ns, pod, container, node, **extra):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    d.update(extra)
    return d


def NL(node, unit):
    return {"node": node, "unit": unit}


def EV(ns):
    return {"namespace": ns, "job": "kube-events"}


SRC = {"A": "synthetic:dev64-cemetery", "B": "synthetic:dev64-gemlab", "C": "synthetic:dev64-abatement"}

UA_BROWSER = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
              "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0")


def envoy_inbound_ok(r, Lp, method, path, port, pod_ip, caller_ip, svc_fqdn, ua="Go-http-client/1.1",
                     code=200, dur=None, tx=None, gap=(0.1, 1.5), ev=False):
    dur = dur if dur is not None else r.rng.randint(2, 60)
    tx = tx if tx is not None else r.rng.randint(180, 9000)
    return r.envoy(Lp, method, path, code, "-", "via_upstream", 0, tx, dur, max(1, dur - 1), "-", ua,
                   svc_fqdn + ":%d" % port, "%s:%d" % (pod_ip, port), "inbound|%d||" % port,
                   "127.0.0.6:%d" % r.rng.randint(33000, 60999), "%s:%d" % (pod_ip, port),
                   "%s:%d" % (caller_ip, r.rng.randint(33000, 60999)),
                   sni="outbound_.%d_._.%s" % (port, svc_fqdn), route="default", gap=gap, ev=ev)


def envoy_outbound(r, Lp, method, path, port, code, flags, details, svc_fqdn, upstream_host, own_ip,
                   ua="Go-http-client/1.1", dur=None, tx=None, tfr="-", gap=(0.1, 1.5), ev=False, rx=0):
    dur = dur if dur is not None else r.rng.randint(2, 60)
    tx = tx if tx is not None else r.rng.randint(180, 9000)
    ust = "-" if code in (503, 504) and flags != "-" else max(1, dur - 1)
    return r.envoy(Lp, method, path, code, flags, details, rx, tx, dur, ust, "-", ua,
                   "%s:%d" % (svc_fqdn.split(".")[0], port), upstream_host,
                   "outbound|%d||%s" % (port, svc_fqdn),
                   ("%s:%d" % (own_ip, r.rng.randint(33000, 60999))) if upstream_host != "-" else "-",
                   svc_ip(r, svc_fqdn, port),
                   "%s:%d" % (own_ip, r.rng.randint(33000, 60999)), route="default", tfr=tfr, gap=gap, ev=ev)


def svc_ip(r, fqdn, port):
    """Stable ClusterIP for a service name within one record (does not consume r.rng)."""
    base = {"10.244": "10.0", "10.42": "10.43", "10.31": "172.20", "10.52": "10.56",
            "192.168": "10.96", "10.128": "172.30"}[r.pod_prefix]
    g = random.Random("206464:svc:" + r.id + ":" + fqdn)
    return "%s.%d.%d:%d" % (base, g.randint(1, 250), g.randint(2, 250), port)
