"""Shared helpers for the dev63 generator (standard library only, deterministic)."""
import datetime as _dt
import json
import random

SEED = "206363"
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SOURCE = "synthetic:dev63_distractor_window"
EPOCH = _dt.datetime(1970, 1, 1)

# Per-distribution network details (pod CIDR prefix, cluster DNS IP).
DISTRO = {
    "k3s": {"pod": "10.42", "dns": "10.43.0.10", "svc": "10.43"},
    "rke2": {"pod": "10.42", "dns": "10.43.0.10", "svc": "10.43"},
    "eks": {"pod": "10.20", "dns": "172.20.0.10", "svc": "172.20"},
    "gke": {"pod": "10.8", "dns": "10.12.0.10", "svc": "10.12"},
    "aks": {"pod": "10.244", "dns": "10.0.0.10", "svc": "10.0"},
    "kubeadm": {"pod": "192.168", "dns": "10.96.0.10", "svc": "10.96"},
    "openshift": {"pod": "10.128", "dns": "172.30.0.10", "svc": "172.30"},
    "talos": {"pod": "10.244", "dns": "10.96.0.10", "svc": "10.96"},
}

UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
]


def rng_for(rid):
    return random.Random("%s:%s" % (SEED, rid))


def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def epoch_ms(d):
    return int((d - EPOCH).total_seconds() * 1000 + 0.5)


def epoch_s(d):
    return "%.3f" % ((d - EPOCH).total_seconds())


def iso_us(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond


def iso_ms(d):
    return ts(d)


# ---------------------------------------------------------------- labels

def lab(ns, pod, container, node, app=None):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    if app:
        d["app"] = app
    return d


def jlab(node, unit="kubelet.service"):
    return {"node": node, "job": "systemd-journal", "unit": unit}


def elab(ns):
    return {"namespace": ns, "job": "kubernetes-events"}


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


# ---------------------------------------------------------------- line formatters

def logfmt(pairs):
    out = []
    for k, v in pairs:
        if isinstance(v, bool):
            v = "true" if v else "false"
        v = str(v)
        if v == "" or any(c in v for c in ' "=\t'):
            v = '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append("%s=%s" % (k, v))
    return " ".join(out)


def js(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def klog(d, level, src, msg, tid=1):
    return "%s%s %7d %s] %s" % (level, d.strftime("%m%d %H:%M:%S.") + "%06d" % d.microsecond, tid, src, msg)


def clf_time(d):
    return "%02d/%s/%04d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def nginx_ingress(d, ip, method, path, status, size, ua, reqlen, rt, upstream, uaddr, ursize, urt, ustatus, reqid):
    return ('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %s %s %s %s'
            % (ip, clf_time(d), method, path, status, size, ua, reqlen, rt, upstream, uaddr, ursize, urt, ustatus, reqid))


def nginx_plain(d, ip, method, path, status, size, ua, rt=None):
    s = '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s"' % (ip, clf_time(d), method, path, status, size, ua)
    if rt is not None:
        s += " rt=%.3f" % rt
    return s


def envoy(d, method, path, status, flags, rx, tx, dur, upst_time, xff, ua, reqid, authority, upstream_host, cluster,
          details="via_upstream"):
    return ('[%s] "%s %s HTTP/1.1" %d %s %s - "-" %d %d %d %s "%s" "%s" "%s" "%s" "%s" %s - - - - -'
            % (iso_ms(d), method, path, status, flags, details, rx, tx, dur, upst_time, xff, ua, reqid, authority,
               upstream_host, cluster))


def traefik(d, ip, method, path, status, size, router, backend, ms, n):
    return ('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "-" %d "%s" "%s" %dms'
            % (ip, clf_time(d), method, path, status, size, n, router, backend, ms))


def pg(d, pid, level, msg):
    return "%s.%03d UTC [%d] %s:  %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, pid, level, msg)


def mysql8(d, thread, prio, code, subsys, msg):
    return "%s %d [%s] [%s] [%s] %s" % (iso_us(d), thread, prio, code, subsys, msg)


def mariadb(d, thread, prio, msg):
    return "%s %d [%s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), thread, prio, msg)


def redis(d, pid, role, sym, msg):
    return "%d:%s %02d %s %04d %s.%03d %s %s" % (pid, role, d.day, MONTHS[d.month - 1], d.year,
                                                 d.strftime("%H:%M:%S"), d.microsecond // 1000, sym, msg)


def mongo(d, s, c, id_, ctx, msg, attr=None):
    o = {"t": {"$date": d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % (d.microsecond // 1000)},
         "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
    if attr is not None:
        o["attr"] = attr
    return js(o)


def kafka(d, level, msg, logger):
    return "[%s,%03d] %s %s (%s)" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, level, msg, logger)


def rabbit(d, level, pid, msg):
    return "%s.%06d+00:00 [%s] %s %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, level, pid, msg)


def spring(d, level, app, thread, logger, msg):
    return "%s %5s 1 --- [%s] [%s] %-40s : %s" % (iso_ms(d), level, app, thread.rjust(15)[-15:], logger, msg)


def pylog(d, level, name, msg):
    return "%s,%03d %s [%s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, level, name, msg)


def containerd(d, level, msg):
    return 'time="%s" level=%s msg=%s' % (d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d000Z" % d.microsecond, level,
                                          json.dumps(msg))


def coredns_q(ip, port, qid, qtype, name, proto, size, rcode, flags, rsize, dur):
    return '[INFO] %s:%d - %d "%s IN %s %s %d false %d" %s %s %d %.9fs' % (
        ip, port, qid, qtype, name, proto, size, 512 if proto == "udp" else 65535, rcode, flags, rsize, dur)


def event_logfmt(etype, reason, kind, name, msg, source="kubelet", host=None, count=None):
    pairs = [("type", etype), ("reason", reason), ("kind", kind), ("name", name), ("sourcecomponent", source)]
    if host:
        pairs.append(("sourcehost", host))
    if count:
        pairs.append(("count", count))
    pairs.append(("msg", msg))
    return logfmt(pairs)


def event_json(d, etype, reason, kind, ns, name, msg, source="kubelet", host=None, count=1):
    o = {"metadata": {"name": "%s.%x" % (name, 0x17c00000000000 + (epoch_ms(d) * 7919) % 0xfffffffffff),
                      "namespace": ns},
         "reason": reason, "message": msg, "type": etype, "count": count,
         "involvedObject": {"kind": kind, "namespace": ns, "name": name},
         "source": {"component": source}, "lastTimestamp": d.strftime("%Y-%m-%dT%H:%M:%SZ")}
    if host:
        o["source"]["host"] = host
    return js(o)


# ---------------------------------------------------------------- record builder

class Record:
    def __init__(self, rid, start, question, selector, distro):
        self.rid = rid
        self.rng = rng_for(rid)
        self.t0 = _dt.datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
        self.question = question
        self.selector = selector
        self.distro = distro
        self.net = DISTRO[distro]
        self._items = []
        self._seq = 0
        self._pods = {}
        self.expected = None

    # time
    def d(self, sec):
        return self.t0 + _dt.timedelta(microseconds=int(round(sec * 1000000)))

    def jitter(self, sec, spread=0.9):
        return sec + self.rng.random() * spread

    # names
    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def deploy_pods(self, workload, n=1):
        key = ("d", workload)
        if key not in self._pods:
            rs = self.alnum(self.rng.choice([9, 10]))
            self._pods[key] = ["%s-%s-%s" % (workload, rs, self.alnum(5)) for _ in range(n)]
        return self._pods[key]

    def pod(self, workload):
        return self.deploy_pods(workload, 1)[0]

    def ds_pod(self, workload):
        return "%s-%s" % (workload, self.alnum(5))

    def job_pod(self, cronjob, d):
        return "%s-%d-%s" % (cronjob, epoch_ms(d) // 60000, self.alnum(5))

    def pod_ip(self):
        return "%s.%d.%d" % (self.net["pod"], self.rng.randint(0, 7), self.rng.randint(2, 250))

    def svc_ip(self):
        return "%s.%d.%d" % (self.net["svc"], self.rng.randint(0, 255), self.rng.randint(2, 250))

    def pub_ip(self):
        return "%s.%d" % (self.rng.choice(["203.0.113", "198.51.100", "192.0.2"]), self.rng.randint(2, 254))

    def reqid(self):
        return self.hexs(32)

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # lines
    def add(self, sec, labels, line, ev=False):
        d = self.d(sec)
        if callable(line):
            line = line(d)
        self._items.append((d, self._seq, dict(labels), line, ev))
        self._seq += 1
        return d

    def many(self, secs, labels, fn, ev=False):
        for s in secs:
            self.add(s, labels, fn, ev)

    def spread(self, t0, t1, n):
        return sorted(t0 + self.rng.random() * (t1 - t0) for _ in range(n))

    def count(self):
        return len(self._items)

    def set_expected(self, severity, category, component, root_cause, summary, action):
        self.expected = {"severity": severity, "root_cause_category": category}
        if component is not None:
            self.expected["component"] = component
        self.expected["root_cause"] = root_cause
        self.expected["summary"] = summary
        self.expected["action"] = action

    def to_dict(self):
        items = sorted(self._items, key=lambda x: (x[0], x[1]))
        logs, ev = [], []
        for i, (d, _seq, labels, line, is_ev) in enumerate(items):
            logs.append({"ts": ts(d), "labels": labels, "line": line})
            if is_ev:
                ev.append(i)
        n = len(logs)
        if not 30 <= n <= 90:
            raise ValueError("%s: %d lines (want 30..90)" % (self.rid, n))
        exp = dict(self.expected)
        if exp["root_cause_category"] == "none":
            if ev:
                raise ValueError("%s: healthy record with evidence" % self.rid)
        elif not ev:
            raise ValueError("%s: incident without evidence" % self.rid)
        exp["evidence"] = ev
        rec = {"id": self.rid, "source": SOURCE, "question": self.question, "selector": self.selector,
               "logs": logs, "expected": exp}
        return rec


def dump(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


# ---------------------------------------------------------------- reusable noise

def ingress_noise(r, t0, t1, n, labels, routes, upstream, uaddrs, rt=(0.004, 0.12), ev=False):
    """ingress-nginx access lines; routes = list of (method, path, status, size)."""
    for s in r.spread(t0, t1, n):
        m, p, st, sz = r.rng.choice(routes)
        if "{n}" in p:
            p = p.replace("{n}", str(r.rng.randint(1, 480)))
        t = r.rng.uniform(*rt)
        ua = r.rng.choice(UA)
        ip = r.pub_ip()
        up = r.rng.choice(uaddrs)
        rid = r.reqid()
        size = sz + r.rng.randint(0, 40) if sz else 0
        r.add(s, labels, lambda d, ip=ip, m=m, p=p, st=st, size=size, ua=ua, t=t, up=up, rid=rid: nginx_ingress(
            d, ip, m, p, st, size, ua, r.rng.randint(300, 900), t, upstream, up + ":8080", str(size),
            "%.3f" % max(t - 0.001, 0.001), str(st), rid), ev)


def coredns_ok_noise(r, t0, t1, n, labels, names):
    for s in r.spread(t0, t1, n):
        name, qt = r.rng.choice(names)
        ip = r.pod_ip()
        port = r.rng.randint(32768, 60999)
        qid = r.rng.randint(1, 65535)
        rcode = "NOERROR"
        flags = "qr,aa,rd" if name.endswith(".cluster.local.") else "qr,rd,ra"
        size = 40 + len(name)
        rsize = size + (16 if qt == "A" else 28 if qt == "AAAA" else 50)
        dur = r.rng.uniform(0.00004, 0.0004) if flags == "qr,aa,rd" else r.rng.uniform(0.002, 0.03)
        r.add(s, labels, coredns_q(ip, port, qid, qt, name, "udp", size, rcode, flags, rsize, dur))
