"""Shared helpers for the dev62 golden set (standard library only, deterministic).

Every record gets its own random.Random seeded with the string "206262:<id>", so a record's
noise does not change when another record is edited.  No wall clock, no environment.
"""
import datetime as _dt
import hashlib
import json
import random
import re

SEED = 206262
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

DOMAINS = {
    "B": "a hot-air-balloon ride operator (Windrose Balloon Flights)",
    "S": "a regional sign-language interpreting service (Northvale Sign Language Interpreting)",
    "C": "a cathedral's bell-ringing and concert-organ society's ticketing and streaming (St Aldhelm's)",
}

# ---------------------------------------------------------------- time tokens
_TOKEN = re.compile(r"\$(ISO6|ISO|OFF|KLOG|PGT|PYT|DTMS|REDIS|NGX|NGERR|EPOCHMS|EPOCH|GUNI|GOLOG|DATE|HMS)\b")


def _render_time(tok, d):
    ms = d.microsecond // 1000
    if tok == "ISO":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if tok == "ISO6":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond
    if tok == "OFF":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms
    if tok == "KLOG":
        return d.strftime("%m%d %H:%M:%S.") + "%06d" % d.microsecond
    if tok == "PGT":
        return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms
    if tok == "DTMS":
        return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
    if tok == "PYT":
        return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if tok == "REDIS":
        return "%02d %s %d %s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms)
    if tok == "NGX":
        return "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))
    if tok == "NGERR" or tok == "GOLOG":
        return d.strftime("%Y/%m/%d %H:%M:%S")
    if tok == "EPOCHMS":
        return str(int(round(d.timestamp() * 1000)))
    if tok == "EPOCH":
        return "%.3f" % d.timestamp()
    if tok == "GUNI":
        return d.strftime("[%Y-%m-%d %H:%M:%S +0000]")
    if tok == "DATE":
        return d.strftime("%Y-%m-%d")
    if tok == "HMS":
        return d.strftime("%H:%M:%S")
    raise KeyError(tok)


def render(tpl, d):
    return _TOKEN.sub(lambda m: _render_time(m.group(1), d), tpl)


def parse_start(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")
    return d.replace(tzinfo=_dt.timezone.utc)


def fmt_time(d, tok="ISO"):
    return _render_time(tok, d)


# ---------------------------------------------------------------- names / ids
_K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def rs_hash(rng, n=10):
    return "".join(rng.choice(_K8S_ALNUM) for _ in range(n))


def pod_name(rng, base, rs=None):
    """Deployment-style pod name base-<rs hash>-<5 chars>."""
    if rs is None:
        rs = rs_hash(rng, rng.choice([9, 10]))
    return "%s-%s-%s" % (base, rs, rs_hash(rng, 5))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng):
    h = hexid(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ip(rng, prefix):
    """prefix like '10.42.' or '10.31.4.' -> fill the rest."""
    parts = prefix.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


# ---------------------------------------------------------------- selectors / labels
def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


def pod_labels(cluster, namespace, pod, container, node, app=None):
    return {"cluster": cluster, "namespace": namespace, "pod": pod, "container": container,
            "node": node, "app": app or container}


def journal_labels(cluster, node, unit):
    if unit == "kernel":
        return {"cluster": cluster, "job": "node-journal", "node": node, "transport": "kernel"}
    return {"cluster": cluster, "job": "node-journal", "node": node, "unit": unit}


def event_labels(cluster, namespace):
    return {"cluster": cluster, "job": "integrations/kubernetes/eventhandler", "namespace": namespace}


def k8s_event(kind, name, reason, typ, msg, comp="kubelet", host="", count=1, rv=None):
    """Alloy loki.source.kubernetes_events logfmt line."""
    msg = msg.replace("\\", "\\\\").replace('"', '\\"')
    parts = ["name=%s" % name, "kind=%s" % kind, "action=", "objectAPIversion=v1"]
    if rv is not None:
        parts.append("objectRV=%s" % rv)
    parts += ["reason=%s" % reason, "type=%s" % typ, "count=%d" % count, "sourcecomponent=%s" % comp]
    if host:
        parts.append("sourcehost=%s" % host)
    parts.append('msg="%s"' % msg)
    return " ".join(parts)


def q(s):
    """Go-style quoting used inside klog structured values."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, rid, start, template, question, selector):
        self.rid = rid
        self.rng = random.Random("%d:%s" % (SEED, rid))
        base = parse_start(start)
        self.t0 = base + _dt.timedelta(milliseconds=self.rng.randint(0, 59999))
        self.template = template
        self.question = question
        self.selector = selector
        self.items = []
        self.seq = 0

    def when(self, t):
        """datetime at offset t seconds from the window start (for text inside lines)."""
        return self.t0 + _dt.timedelta(milliseconds=int(round(t * 1000)))

    def at(self, t, labels, line, ev=False, skew=0.0):
        """skew (seconds) shifts only the time printed inside the line (a node with a wrong clock);
        the record's ts stays the collector's receive time."""
        ms = int(round(t * 1000))
        self.items.append((ms, self.seq, labels, line, ev, skew))
        self.seq += 1

    def lines(self, t, labels, lines, step=0.001, ev=False, skew=0.0):
        """Several consecutive lines (stack trace, multi-line banner) 1 ms apart.
        ev may be a bool or a set of indices into `lines`."""
        for i, ln in enumerate(lines):
            e = ev if isinstance(ev, bool) else (i in ev)
            self.at(t + i * step, labels, ln, e, skew)

    def noise(self, labels, gen, n, t_from, t_to, skew=0.0):
        """n lines at random times in [t_from, t_to]; gen is a list of templates or a
        callable(rng) -> template."""
        for _ in range(n):
            ms = self.rng.randint(int(t_from * 1000), int(t_to * 1000))
            tpl = gen(self.rng) if callable(gen) else self.rng.choice(gen)
            self.items.append((ms, self.seq, labels, tpl, False, skew))
            self.seq += 1

    def every(self, labels, gen, t_from, t_to, period, jitter=0.0):
        """Periodic lines (health checks, heartbeats)."""
        t = t_from
        while t <= t_to:
            tt = t + (self.rng.uniform(-jitter, jitter) if jitter else 0.0)
            tpl = gen(self.rng) if callable(gen) else gen
            self.items.append((int(round(tt * 1000)), self.seq, labels, tpl, False, 0.0))
            self.seq += 1
            t += period

    def build(self, severity, category, root_cause, summary, action, component=None):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (ms, _s, labels, tpl, ev, skew) in enumerate(items):
            d = self.t0 + _dt.timedelta(milliseconds=ms)
            # sub-millisecond digits for formats that print microseconds (stable per line)
            us = int(hashlib.sha256(("%s:%d" % (self.rid, _s)).encode()).hexdigest()[:6], 16) % 1000
            fine = d + _dt.timedelta(microseconds=us) + _dt.timedelta(milliseconds=int(round(skew * 1000)))
            logs.append({"ts": fmt_time(d, "ISO"), "labels": dict(labels), "line": render(tpl, fine)})
            if ev:
                evidence.append(i)
        exp = {"severity": severity, "root_cause_category": category}
        if category != "none":
            exp["component"] = component
        exp["root_cause"] = root_cause
        exp["summary"] = summary
        exp["action"] = action
        if category != "none":
            exp["evidence"] = evidence
        rec = {"id": self.rid, "source": "synthetic:" + self.template, "question": self.question,
               "selector": self.selector, "logs": logs, "expected": exp}
        return rec


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


# ---------------------------------------------------------------- shared noise generators
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]


def client_ip(rng):
    return rng.choice(["81.", "86.", "92.", "109.", "151.", "176.", "2.", "90."]) + "%d.%d.%d" % (
        rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))


def ingress_nginx_access(host_referer, upstream_name, upstream_addrs, routes):
    """routes: list of (method, path, status, bytes_lo, bytes_hi, t_lo, t_hi)."""
    def gen(rng):
        m, path, status, blo, bhi, tlo, thi = rng.choice(routes)
        b = rng.randint(blo, bhi)
        rt = rng.uniform(tlo, thi)
        up = rng.choice(upstream_addrs)
        return ('%s - - [$NGX] "%s %s HTTP/2.0" %d %d "%s" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
            client_ip(rng), m, path, status, b, host_referer, rng.choice(UAS), rng.randint(40, 600), rt,
            upstream_name, up, b, max(rt - 0.001, 0.0), status, hexid(rng, 32)))
    return gen


def coredns_query(client_prefix, names):
    """names: list of (qtype, name, rcode, flags, size)."""
    def gen(rng):
        qt, name, rcode, flags, size = rng.choice(names)
        return '[INFO] %s:%d - %d "%s IN %s udp %d false 1232" %s %s %d %.6fs' % (
            ip(rng, client_prefix), rng.randint(32768, 60999), rng.randint(1, 65535), qt, name,
            len(name) + 28, rcode, flags, size, rng.uniform(0.00005, 0.0009))
    return gen


def kubelet_noise(pods, pid=None):
    """routine kubelet klog lines for pods (list of 'ns/pod')."""
    fixed = pid

    def gen(rng):
        p = rng.choice(pods)
        pid = fixed if fixed is not None else rng.choice([1187, 1204, 2154, 2231, 987])
        c = rng.randint(0, 3)
        if c == 0:
            return 'I$KLOG    %d kubelet.go:2470] "SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (
                pid, p, uuid4(rng), hexid(rng, 64))
        if c == 1:
            return 'I$KLOG    %d kubelet_volumes.go:163] "Cleaned up orphaned pod volumes dir" podUID="%s" path="/var/lib/kubelet/pods/%s/volumes"' % (
                pid, uuid4(rng), uuid4(rng))
        if c == 2:
            return 'I$KLOG    %d kubelet.go:2442] "SyncLoop UPDATE" source="api" pods=["%s"]' % (pid, p)
        return 'I$KLOG    %d scope.go:117] "RemoveContainer" containerID="%s"' % (pid, hexid(rng, 64))
    return gen


def pick(rng, seq):
    return rng.choice(seq)


def js(d):
    """Compact JSON; the tokens "$EPOCHMS"/"$EPOCH" become bare numbers."""
    s = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    return s.replace('"$EPOCHMS"', "$EPOCHMS").replace('"$EPOCH"', "$EPOCH")


def klog(level, pid, src, msg, **kv):
    """klog structured line: I0614 05:12:03.123456    1234 file.go:12] "msg" k="v" ..."""
    parts = []
    for k, v in kv.items():
        if isinstance(v, int):
            parts.append("%s=%d" % (k, v))
        elif isinstance(v, str) and v.startswith("RAW:"):
            parts.append("%s=%s" % (k, v[4:]))
        else:
            parts.append("%s=%s" % (k, q(str(v))))
    tail = (" " + " ".join(parts)) if parts else ""
    return "%s$KLOG %7d %s] %s%s" % (level, pid, src, q(msg), tail)


# ---------------------------------------------------------------- clusters
B_EKS = "windrose-prod"
B_EKS_NODES = ["ip-10-31-12-87.eu-west-2.compute.internal", "ip-10-31-27-140.eu-west-2.compute.internal",
               "ip-10-31-41-9.eu-west-2.compute.internal"]
B_K3S = "hangar"
B_K3S_NODES = ["hangar-srv1", "hangar-agent-1", "hangar-agent-2"]
S_AKS = "nvsli-prod"
S_AKS_NODES = ["aks-general-38146725-vmss000003", "aks-general-38146725-vmss000004",
               "aks-general-38146725-vmss000007"]
S_OCP = "ocp4"
S_OCP_NODES = ["worker-1.ocp4.northvale-sli.net", "worker-2.ocp4.northvale-sli.net",
               "worker-3.ocp4.northvale-sli.net"]
C_GKE = "aldhelm-media"
C_GKE_NODES = ["gke-aldhelm-media-default-pool-6f1c2d9a-k3vz", "gke-aldhelm-media-default-pool-6f1c2d9a-q7mn",
               "gke-aldhelm-media-media-pool-1b7e4c02-x2lp"]
C_KADM = "undercroft"
C_KADM_NODES = ["undercroft-w1", "undercroft-w2", "undercroft-w3"]


def pods(rng, base, n):
    """n pods of one ReplicaSet."""
    rs = rs_hash(rng, rng.choice([9, 10]))
    return [pod_name(rng, base, rs) for _ in range(n)]


def pino(level, host, msg, **kw):
    d = {"level": level, "time": "$EPOCHMS", "pid": 1, "hostname": host}
    d.update(kw)
    d["msg"] = msg
    return js(d)


def zap(level, caller, msg, **kw):
    d = {"level": level, "ts": "$EPOCH", "caller": caller, "msg": msg}
    d.update(kw)
    return js(d)


def spring(level, pid, app, thread, logger, msg):
    """Spring Boot 3.x default console line."""
    return "$OFF %5s %d --- [%s] [%15s] %-40s : %s" % (level, pid, app, thread[-15:], logger, msg)


def logfmt(**kw):
    out = []
    for k, v in kw.items():
        v = str(v)
        if v == "" or any(ch in v for ch in ' "=') :
            v = '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
        out.append("%s=%s" % (k, v))
    return " ".join(out)


# ---------------------------------------------------------------- id map (domain, misleading surface category)
# surface "-" = the surface words point to the true category.
ID_META = {
    "dev62-001": ("B", "connection_refused"),
    "dev62-002": ("C", "connection_refused"),
    "dev62-003": ("S", "application_error"),
    "dev62-004": ("B", "connection_refused"),
    "dev62-005": ("C", "node_failure"),
    "dev62-006": ("S", "timeout"),
    "dev62-007": ("B", "timeout"),
    "dev62-008": ("C", "timeout"),
    "dev62-009": ("S", "probe_failure"),
    "dev62-010": ("B", "connection_refused"),
    "dev62-011": ("C", "probe_failure"),
    "dev62-012": ("S", "-"),
    "dev62-013": ("B", "dns_resolution"),
    "dev62-014": ("C", "scheduling"),
    "dev62-015": ("S", "connection_refused"),
    "dev62-016": ("B", "timeout"),
    "dev62-017": ("C", "application_error"),
    "dev62-018": ("S", "tls_certificate"),
    "dev62-019": ("B", "scheduling"),
    "dev62-020": ("C", "application_error"),
    "dev62-021": ("S", "connection_refused"),
    "dev62-022": ("B", "config_error"),
    "dev62-023": ("C", "-"),
    "dev62-024": ("S", "connection_refused"),
    "dev62-025": ("B", "scheduling"),
    "dev62-026": ("C", "-"),
    "dev62-027": ("S", "database"),
    "dev62-028": ("B", "image_pull"),
    "dev62-029": ("C", "database"),
    "dev62-030": ("S", "tls_certificate"),
    "dev62-031": ("B", "oom_killed"),
    "dev62-032": ("C", "-"),
    "dev62-033": ("S", "tls_certificate"),
    "dev62-034": ("C", "-"),
    "dev62-035": ("S", "application_error"),
    "dev62-036": ("B", "application_error"),
    "dev62-037": ("B", "node_failure"),
    "dev62-038": ("S", "auth_failure"),
    "dev62-039": ("C", "database"),
    "dev62-040": ("B", "-"),
}


def id_map_tsv(records):
    rows = ["id\tdomain\tseverity\tcategory\tmisleading_surface_category"]
    for r in records:
        code, surface = ID_META[r["id"]]
        e = r["expected"]
        rows.append("\t".join([r["id"], DOMAINS[code], e["severity"], e["root_cause_category"], surface]))
    return "\n".join(rows) + "\n"
