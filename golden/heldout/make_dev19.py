#!/usr/bin/env python3
"""Generator for the dev19 held-out golden set (format: golden-format v1).

Standard library only and fully deterministic:
  * every random choice of a scenario comes from random.Random("dev19-<scenario>");
  * the record order comes from random.Random("dev19-shuffle");
  * no hash(), no wall clock, no environment.

Running `python3 make_dev19.py` writes dev19.jsonl next to this file.

HELD-OUT DATA: do not tune rules, prompts, thresholds or models on it; report aggregates only.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
ALPH = "bcdfghjklmnpqrstvwxz2456789"  # the alphabet Kubernetes uses for generated name suffixes
HEX = "0123456789abcdef"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

CATEGORIES = {
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
}
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]


# ---------------------------------------------------------------------------
# time formatting
# ---------------------------------------------------------------------------

def _ms(T):
    return "%03d" % (T.microsecond // 1000)


def _epoch(T):
    return (T - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()


def iso_s(T):
    return T.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(T):
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(T) + "Z"


TOKENS = [
    ("@ISO@", iso_ms),
    ("@ISO6@", lambda T: T.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    ("@ISOS@", iso_s),
    ("@ISOOFF@", lambda T: T.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(T) + "+00:00"),
    ("@LB@", lambda T: T.strftime("%Y-%m-%d %H:%M:%S.") + _ms(T)),
    ("@LBC@", lambda T: T.strftime("%Y-%m-%d %H:%M:%S,") + _ms(T)),
    ("@FLINKTS@", lambda T: T.strftime("%Y-%m-%dT%H:%M:%S,") + _ms(T)),
    ("@KLOG@", lambda T: T.strftime("%m%d %H:%M:%S.%f")),
    ("@CRDB@", lambda T: T.strftime("%y%m%d %H:%M:%S.%f")),
    ("@SYS@", lambda T: "%s %2d %s" % (MONTHS[T.month - 1], T.day, T.strftime("%H:%M:%S"))),
    ("@EPOCHMS@", lambda T: "%d" % round(_epoch(T) * 1000)),
    ("@EPOCH@", lambda T: "%.6f" % _epoch(T)),
    ("@CLF@", lambda T: "%02d/%s/%d:%s +0000" % (T.day, MONTHS[T.month - 1], T.year, T.strftime("%H:%M:%S"))),
    ("@HAP@", lambda T: "%02d/%s/%d:%s.%s" % (T.day, MONTHS[T.month - 1], T.year, T.strftime("%H:%M:%S"), _ms(T))),
    ("@PG@", lambda T: T.strftime("%Y-%m-%d %H:%M:%S.") + _ms(T) + " UTC"),
    ("@CH@", lambda T: T.strftime("%Y.%m.%d %H:%M:%S.%f")),
    ("@FIX@", lambda T: T.strftime("%Y%m%d-%H:%M:%S.") + _ms(T)),
    ("@SLASHMS@", lambda T: T.strftime("%Y/%m/%d %H:%M:%S.") + _ms(T)),
    ("@SLASH@", lambda T: T.strftime("%Y/%m/%d %H:%M:%S")),
    ("@HMS@", lambda T: T.strftime("%H:%M:%S.") + _ms(T)),
    ("@HHMMSS@", lambda T: T.strftime("%H:%M:%S")),
    ("@PYS@", lambda T: T.strftime("%y%m%d %H:%M:%S")),
]


def rstr(rng, n, alph=ALPH):
    return "".join(rng.choice(alph) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def logfmt_q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jt(obj):
    """JSON with numeric epoch tokens left unquoted (zap/pino style)."""
    return jd(obj).replace('"@EPOCH@"', "@EPOCH@").replace('"@EPOCHMS@"', "@EPOCHMS@")


# ---------------------------------------------------------------------------
# window builder
# ---------------------------------------------------------------------------

class Win:
    """Collects the log lines of one scenario; offsets are seconds from the window start."""

    def __init__(self, key, base):
        self.key = key
        self.rng = random.Random("dev19-" + key)
        self.t0 = base + timedelta(seconds=self.rng.randint(0, 240))
        self.boot = self.t0 - timedelta(seconds=self.rng.randint(3 * 86400, 40 * 86400), microseconds=self.rng.randint(0, 999999))
        self.rows = []
        self.rv = self.rng.randint(30000000, 90000000)
        self.evnames = {}

    # --- basics -------------------------------------------------------------
    def T(self, s):
        return self.t0 + timedelta(microseconds=round(s * 1e6))

    def j(self, a, b):
        return round(self.rng.uniform(a, b), 6)

    def rs(self):
        return rstr(self.rng, self.rng.choice([9, 10]))

    def pod(self, deploy, h):
        return "%s-%s-%s" % (deploy, h, rstr(self.rng, 5))

    def ds(self, name):
        return "%s-%s" % (name, rstr(self.rng, 5))

    def ip(self, prefix):
        return "%s.%d" % (prefix, self.rng.randint(2, 250))

    def hx(self, n):
        return hexs(self.rng, n)

    def uid(self):
        return uuid4(self.rng)

    def render(self, T, line):
        if "@" not in line:
            return line
        if "@ISO9@" in line:
            line = line.replace("@ISO9@", T.strftime("%Y-%m-%dT%H:%M:%S.%f") + "%03dZ" % self.rng.randint(0, 999))
        if "@KSEC@" in line:
            line = line.replace("@KSEC@", "%12.6f" % (T - self.boot).total_seconds())
        for tok, fn in TOKENS:
            if tok in line:
                line = line.replace(tok, fn(T))
        return line

    def add(self, s, labels, line, ev=False):
        self.rows.append((s, len(self.rows), dict(labels), line, bool(ev)))

    # --- shapes that recur ---------------------------------------------------
    def event(self, s, style, ns, kind, name, reason, msg, etype="Warning", comp="kubelet",
              host=None, count=1, first=None, ev=False, fieldpath=None, api="v1"):
        """A Kubernetes event as an exporter writes it: style 'json' (kubernetes-event-exporter)
        or 'logfmt' (Grafana Agent / Alloy eventhandler)."""
        Tf = iso_s(self.T(first)) if first is not None else "@ISOS@"
        self.rv += self.rng.randint(3, 400)
        ekey = (ns, kind, name, reason, msg[:40])
        if ekey not in self.evnames:
            self.evnames[ekey] = ("%s.%s" % (name, hexs(self.rng, 16)), self.uid(), self.uid())
        ename, euid, ouid = self.evnames[ekey]
        if style == "json":
            inv = {"kind": kind, "namespace": ns, "name": name, "uid": ouid, "apiVersion": api,
                   "resourceVersion": str(self.rv - self.rng.randint(1, 5000))}
            if fieldpath:
                inv["fieldPath"] = fieldpath
            src = {"component": comp}
            if host:
                src["host"] = host
            obj = {"metadata": {"name": ename, "namespace": ns, "uid": euid,
                                "resourceVersion": str(self.rv), "creationTimestamp": Tf},
                   "reason": reason, "message": msg, "source": src,
                   "firstTimestamp": Tf, "lastTimestamp": "@ISOS@", "count": count, "type": etype,
                   "eventTime": None, "reportingComponent": comp, "reportingInstance": host or "",
                   "involvedObject": inv}
            line = jd(obj)
            labels = {"namespace": ns, "job": "monitoring/kubernetes-event-exporter", "source": "k8s-events"}
        else:
            line = ("name=%s kind=%s action= objectAPIversion=%s objectRV=%d eventRV=%d reportinginstance=%s "
                    "reportingcontroller=%s sourcecomponent=%s sourcehost=%s reason=%s type=%s count=%d msg=%s") % (
                ename, kind, api, self.rv - self.rng.randint(1, 5000), self.rv, host or "", comp, comp,
                host or "", reason, etype, count, logfmt_q(msg))
            labels = {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "instance": name}
        self.rows.append((s, len(self.rows), labels, line, bool(ev)))

    def klog(self, s, labels, lvl, pid, src, msg, ev=False):
        self.add(s, labels, "%s@KLOG@ %7d %s] %s" % (lvl, pid, src, msg), ev)

    def finish(self):
        """Sort by offset, then shift each cluster of nearby lines by a random amount and add a
        sub-millisecond jitter; neither ever reorders lines. Finally render the time tokens."""
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        eff = []
        for i, r in enumerate(rows):
            e = r[0]
            if eff and e <= eff[-1]:
                e = eff[-1] + 0.00001
            eff.append(e)
        clusters = []
        for i, e in enumerate(eff):
            if not clusters or e - eff[clusters[-1][-1]] > 0.05:
                clusters.append([i])
            else:
                clusters[-1].append(i)
        times = [None] * len(rows)
        for c, members in enumerate(clusters):
            nxt = eff[clusters[c + 1][0]] if c + 1 < len(clusters) else eff[members[-1]] + 1.0
            shift = self.rng.uniform(0, min(0.3, 0.45 * (nxt - eff[members[-1]])))
            for k, i in enumerate(members):
                if k + 1 < len(members):
                    room = 0.45 * (eff[members[k + 1]] - eff[i])
                else:
                    room = 0.0009
                times[i] = eff[i] + shift + self.rng.uniform(0, min(0.0009, room))
        logs, evid = [], []
        prev = None
        for i, (s, _, labels, line, ev) in enumerate(rows):
            T = self.T(times[i])
            if prev is not None and T < prev:
                T = prev
            prev = T
            logs.append({"ts": iso_ms(T), "labels": labels, "line": self.render(T, line)})
            if ev:
                evid.append(i)
        return logs, evid


def C(ns, pod, container, node, app=None):
    """Labels of a container's log stream (Loki's kubernetes_sd style)."""
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app or container}


def JOURNAL(node, unit):
    return {"job": "systemd-journal", "node": node, "unit": unit}


def KERNEL(node):
    return {"job": "systemd-journal", "node": node, "transport": "kernel"}


def record(w, question, selector, expected):
    logs, evid = w.finish()
    exp = dict(expected)
    exp["evidence"] = evid
    cat = exp["root_cause_category"]
    assert cat in CATEGORIES, cat
    assert exp["severity"] in SEVERITIES, exp["severity"]
    assert 15 <= len(logs) <= 60, (w.key, len(logs))
    if cat == "none":
        assert not evid and exp["severity"] == "INFO", w.key
    else:
        assert evid, w.key
    for i in range(1, len(logs)):
        assert logs[i - 1]["ts"] <= logs[i]["ts"], (w.key, i)
    # a selector never excludes an evidence line
    if selector:
        for k, v in selector.items():
            if v is None:
                continue
            for i in evid:
                assert logs[i]["labels"].get(k) == v, (w.key, k, i)
    sel = None
    if selector is not None:
        sel = {k: selector.get(k) for k in ("namespace", "pod", "container", "node", "app")}
    return {"id": None, "source": "synthetic:dev19/" + w.key, "question": question, "selector": sel,
            "logs": logs, "expected": exp}


def E(sev, cat, comp, root, summary, action):
    return {"severity": sev, "root_cause_category": cat, "component": comp, "root_cause": root,
            "summary": summary, "action": action}


def D(y, m, d, hh, mm):
    return datetime(y, m, d, hh, mm, 0, tzinfo=UTC)


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ===========================================================================
# healthy windows (category none)
# ===========================================================================

@scenario
def s_fix_open_lse():
    w = Win("fix-open-lse", D(2026, 2, 10, 7, 57))
    r = w.rng
    ns = "trading"
    n1, n2 = "k8s-colo-w03", "k8s-colo-w05"
    fg = C(ns, "fix-gateway-0", "fix-gateway", n1)
    rh = w.rs()
    rt = [C(ns, w.pod("order-router", rh), "order-router", n) for n in (n1, n2)]
    md = C(ns, w.pod("md-handler", w.rs()), "md-handler", n2)
    sess = "FIX.4.4:BANKX-OMS->LSEG-MIT"
    seq_out, seq_in = r.randint(180, 260), r.randint(300, 420)

    def fixlog(s, direction, body):
        w.add(s, fg, "@LB@ INFO  [QFJ Message Processor] quickfix.msg.%s - %s: 8=FIX.4.4|9=%d|%s|10=%03d|" % (
            direction, sess, len(body) + 20, body, r.randint(0, 255)))

    w.add(0.4, fg, "@LB@ INFO  [QFJ Timer] quickfix.Session - FIX.4.4:BANKX-OMS->TURQ: Initiated logon request")
    w.add(0.9, fg, "@LB@ INFO  [QFJ Message Processor] quickfix.Session - FIX.4.4:BANKX-OMS->TURQ: Received logon")
    w.add(3.2, md, "@ISO6@  INFO md_handler::feed: snapshot applied venue=\"LSEG\" instruments=2143 seq=%d" % r.randint(10**7, 10**8))
    w.add(9.7, rt[0], jt({"level": "warn", "ts": "@EPOCH@", "caller": "config/load.go:88",
                         "msg": "config key risk.maxNotional is deprecated, use risk.limits.max_notional"}))
    t = 62.0
    syms = [("VOD.L", "72.14"), ("BARC.L", "184.35"), ("AZN.L", "10512"), ("HSBA.L", "655.20"), ("ULVR.L", "4411")]
    for i, (sym, px) in enumerate(syms):
        clid = "ORD-%s" % w.hx(10).upper()
        qty = r.choice([200, 500, 1000, 2500])
        seq_out += 1
        fixlog(t, "outgoing", "35=D|34=%d|49=BANKX-OMS|52=@FIX@|56=LSEG-MIT|11=%s|21=1|38=%d|40=2|44=%s|54=%d|55=%s|59=0|60=@FIX@" % (
            seq_out, clid, qty, px, r.choice([1, 2]), sym))
        t += w.j(0.0006, 0.0019)
        seq_in += 1
        if i == 3:
            fixlog(t, "incoming", "35=8|34=%d|49=LSEG-MIT|52=@FIX@|56=BANKX-OMS|6=0|11=%s|14=0|17=%s|37=NONE|39=8|54=1|55=%s|103=99|150=8|151=0|58=Price outside dynamic circuit breaker collar" % (
                seq_in, clid, w.hx(12).upper(), sym))
            w.add(t + 0.0003, rt[i % 2], jt({"level": "info", "ts": "@EPOCH@", "caller": "route/router.go:231",
                                             "msg": "order rejected by venue", "cl_ord_id": clid, "venue": "LSEG-MIT",
                                             "ord_rej_reason": 99, "text": "Price outside dynamic circuit breaker collar"}))
        else:
            fixlog(t, "incoming", "35=8|34=%d|49=LSEG-MIT|52=@FIX@|56=BANKX-OMS|6=0|11=%s|14=0|17=%s|37=%s|39=0|54=1|55=%s|150=0|151=%d" % (
                seq_in, clid, w.hx(12).upper(), w.hx(10).upper(), sym, qty))
            w.add(t + 0.0003, rt[i % 2], jt({"level": "info", "ts": "@EPOCH@", "caller": "route/router.go:214",
                                             "msg": "order acknowledged", "cl_ord_id": clid, "venue": "LSEG-MIT",
                                             "ack_us": r.randint(380, 910)}))
            if i in (0, 2, 4):
                seq_in += 1
                fixlog(t + w.j(0.8, 6), "incoming", "35=8|34=%d|49=LSEG-MIT|52=@FIX@|56=BANKX-OMS|6=%s|11=%s|14=%d|17=%s|31=%s|32=%d|39=2|54=1|55=%s|150=F|151=0" % (
                    seq_in, px, clid, qty, w.hx(12).upper(), px, qty, sym))
        t += w.j(9, 31)
    w.add(118.2, fg, "@LB@ INFO  [QFJ Message Processor] quickfix.msg.incoming - %s: 8=FIX.4.4|9=68|35=1|34=%d|49=LSEG-MIT|52=@FIX@|56=BANKX-OMS|112=TEST%d|10=%03d|" % (
        sess, seq_in + 40, r.randint(1000, 9999), r.randint(0, 255)))
    w.add(118.2004, fg, "@LB@ INFO  [QFJ Message Processor] quickfix.msg.outgoing - %s: 8=FIX.4.4|9=70|35=0|34=%d|49=BANKX-OMS|52=@FIX@|56=LSEG-MIT|112=TEST|10=%03d|" % (
        sess, seq_out + 30, r.randint(0, 255)))
    w.add(121.5, md, "@ISO6@  WARN md_handler::feed: gap detected, requesting retransmission venue=\"LSEG\" channel=4 expected=%d got=%d" % (881201, 881204))
    w.add(121.9, md, "@ISO6@  INFO md_handler::feed: retransmission complete venue=\"LSEG\" channel=4 recovered=3 elapsed_ms=%d" % r.randint(180, 420))
    for k, tt in enumerate((180.0, 240.0)):
        for rr in rt:
            w.add(tt + w.j(0, 0.4), rr, jt({"level": "info", "ts": "@EPOCH@", "caller": "stats/reporter.go:57",
                                           "msg": "session stats", "venue": "LSEG-MIT", "orders": r.randint(300, 520),
                                           "rejects": 1 if k == 0 else 0, "error_count": 0,
                                           "p99_ack_us": r.randint(760, 990)}))
    w.add(201.3, fg, "@LB@ INFO  [QFJ Timer] quickfix.Session - FIX.4.4:BANKX-OMS->TURQ: Sent test request TEST")
    w.add(201.31, fg, "@LB@ INFO  [QFJ Message Processor] quickfix.Session - FIX.4.4:BANKX-OMS->TURQ: Received heartbeat")
    w.add(260.0, md, "@ISO6@  INFO md_handler::stats: feed healthy venue=\"LSEG\" msgs_per_s=%d max_latency_us=%d drops=0" % (r.randint(40000, 60000), r.randint(60, 140)))
    return record(w, "Desk says fills felt sluggish right after the London open. Is anything actually wrong on the order path?",
                  {"namespace": ns},
                  E("INFO", "none", "fix-gateway",
                    "No incident: the FIX sessions stayed logged on, orders were acknowledged by the venue in under a millisecond and filled; the only reject was a venue price-collar business reject.",
                    "Healthy window around the open: LSEG and Turquoise FIX sessions up, heartbeats and test requests answered, order acks in ~0.4-1 ms, one market-data gap recovered by retransmission, error_count=0.",
                    "Nothing to do; if the desk still perceives slowness, compare venue-side fill timestamps rather than gateway health."))


@scenario
def s_jhub_afternoon():
    w = Win("jhub-afternoon", D(2026, 2, 11, 14, 0))
    r = w.rng
    ns = "jhub"
    core = "gke-rc-jhub-core-pool-5c1e9a2b-q8xd"
    users = ["gke-rc-jhub-user-pool-3b9c1e2a-k7px", "gke-rc-jhub-user-pool-3b9c1e2a-w2n4"]
    hub = C(ns, w.pod("hub", w.rs()), "hub", core, "jupyterhub")
    proxy = C(ns, w.pod("proxy", w.rs()), "chp", core, "jupyterhub")
    ip1 = w.ip("10.8.5")

    def H(s, lvl, where, msg):
        w.add(s, hub, "[%s @LB@ JupyterHub %s] %s" % (lvl, where, msg))

    H(1.2, "I", "log:192", "200 GET /hub/api/users?state=ready (cull-idle@127.0.0.1) %.2fms" % w.j(12, 30))
    H(3.9, "W", "log:192", "404 GET /hub/.env (@10.8.0.1) %.2fms" % w.j(1, 3))
    H(4.1, "W", "log:192", "404 GET /hub/wp-login.php (@10.8.0.1) %.2fms" % w.j(1, 3))
    H(11.0, "I", "provider:661", "Creating oauth client jupyterhub-user-akhan")
    H(11.3, "I", "spawner:2550", "Attempting to create pvc claim-akhan, with timeout 3")
    H(11.5, "I", "spawner:2566", "PVC claim-akhan already exists, so did not create new pvc.")
    H(11.6, "I", "spawner:2509", "Attempting to create pod jupyter-akhan, with timeout 3")
    H(12.6, "I", "log:192", "302 POST /hub/spawn/akhan -> /hub/spawn-pending/akhan (akhan@10.8.0.17) %.2fms" % w.j(900, 1300))
    w.event(12.7, "json", ns, "Pod", "jupyter-akhan", "Scheduled",
            "Successfully assigned jhub/jupyter-akhan to %s" % users[0], etype="Normal", comp="default-scheduler")
    w.event(15.1, "json", ns, "Pod", "jupyter-akhan", "Pulled",
            "Container image \"quay.io/jupyter/scipy-notebook:2025-12-01\" already present on machine", etype="Normal",
            host=users[0], fieldpath="spec.containers{notebook}")
    w.event(15.9, "json", ns, "Pod", "jupyter-akhan", "Started", "Started container notebook", etype="Normal",
            host=users[0], fieldpath="spec.containers{notebook}")
    nb = C(ns, "jupyter-akhan", "notebook", users[0], "jupyterhub")
    w.add(23.4, nb, "[I @LB@ ServerApp] Jupyter Server 2.14.2 is running at:")
    w.add(23.41, nb, "[I @LB@ ServerApp] http://jupyter-akhan:8888/user/akhan/lab")
    H(25.9, "I", "base:1102", "User akhan took %.3f seconds to start" % w.j(13, 16))
    H(25.95, "I", "proxy:356", "Adding user akhan to proxy /user/akhan/ => http://%s:8888" % ip1)
    w.add(25.99, proxy, "@HMS@ [ConfigProxy] info: Adding route /user/akhan -> http://%s:8888" % ip1)
    H(26.4, "I", "log:192", "200 GET /hub/api/users/akhan/server/progress (akhan@10.8.0.17) %.2fms" % w.j(8000, 14000))
    w.add(41.0, nb, "[W @LB@ ServerApp] Notebook thesis/chapter3.ipynb is not trusted")
    w.add(41.6, nb, "[I @LB@ ServerApp] Kernel started: %s" % w.uid())
    H(57.2, "W", "log:192", "403 GET /hub/api/user (@%s) %.2fms" % (w.ip("10.8.4"), w.j(1, 4)))
    H(58.0, "W", "base:116", "Invalid or expired cookie token")
    H(60.0, "I", "log:192", "200 GET /hub/api/users?state=ready (cull-idle@127.0.0.1) %.2fms" % w.j(12, 30))
    w.add(60.4, hub, "[I @PYS@ __init__:284] Culling server bwu (inactive for 01:%02d:%02d)" % (r.randint(0, 9), r.randint(0, 59)))
    H(60.5, "I", "log:192", "202 DELETE /hub/api/users/bwu/server (cull-idle@127.0.0.1) %.2fms" % w.j(8, 20))
    H(60.6, "I", "spawner:2893", "Deleting pod jhub/jupyter-bwu")
    w.event(60.7, "json", ns, "Pod", "jupyter-bwu", "Killing", "Stopping container notebook", etype="Normal",
            host=users[1], fieldpath="spec.containers{notebook}")
    H(63.1, "I", "proxy:385", "Removing user bwu from proxy (/user/bwu/)")
    w.add(63.12, proxy, "@HMS@ [ConfigProxy] info: Removing route /user/bwu")
    H(63.3, "I", "base:1329", "User bwu server took %.3f seconds to stop" % w.j(2, 3.5))
    for k in range(4):
        H(90 + k * 60 + w.j(0, 3), "I", "log:192", "200 GET /hub/api/users/%s/activity (%s@%s) %.2fms" % (
            ("akhan", "lchen", "mdiallo", "lchen")[k], ("akhan", "lchen", "mdiallo", "lchen")[k], w.ip("10.8.5"), w.j(10, 30)))
    w.add(230.0, proxy, "@HMS@ [ConfigProxy] info: 200 GET /api/routes")
    H(300.0, "I", "log:192", "200 GET /hub/api/users?state=ready (cull-idle@127.0.0.1) %.2fms" % w.j(12, 30))
    return record(w, "A student says her JupyterHub server 'just disappeared' this afternoon. Can you check whether the hub has been healthy?",
                  {"namespace": ns},
                  E("INFO", "none", "hub",
                    "No incident: the hub spawns servers normally; the vanished server belonged to an idle user and was stopped by the idle culler after more than an hour of inactivity.",
                    "Healthy JupyterHub window: a user server spawned in ~14 s, the idle culler stopped an inactive server as configured, scanner 404s and an expired cookie token are noise.",
                    "Nothing to fix; tell the user idle servers are culled after one hour and their files in claim-* volumes persist."))


@scenario
def s_bidder_openx():
    w = Win("bidder-openx", D(2026, 2, 12, 19, 20))
    r = w.rng
    ns = "rtb"
    nodes = ["ip-10-31-14-201.ec2.internal", "ip-10-31-22-87.ec2.internal"]
    bh = w.rs()
    pods = [w.pod("bidder", bh) for _ in range(3)]
    bid = [C(ns, p, "bidder", nodes[i % 2], "bidder") for i, p in enumerate(pods)]
    env = [C(ns, p, "envoy", nodes[i % 2], "bidder") for i, p in enumerate(pods)]
    pacer = C(ns, w.pod("pacer", w.rs()), "pacer", nodes[1])

    def pino(s, k, lvl, msg, **kw):
        o = {"level": lvl, "time": "@EPOCHMS@", "pid": 1, "hostname": pods[k]}
        o.update(kw)
        o["msg"] = msg
        w.add(s, bid[k], jt(o))

    def acc(s, k, code, dur):
        w.add(s, env[k], '[@ISO@] "POST /openrtb2/openx HTTP/1.1" %d - %d %d %d %d "-" "OpenX-RTB/2.6" "%s" "bidder.rtb.svc.cluster.local" "127.0.0.1:8080"' % (
            code, r.randint(1500, 2600), 0 if code == 204 else r.randint(380, 900), dur, max(dur - 1, 1), w.uid()))

    w.add(0.8, pacer, 'time=@ISO6@ level=INFO msg="pacing multipliers updated" campaigns=%d took=%dms' % (r.randint(380, 460), r.randint(20, 60)))
    w.add(2.1, pacer, 'time=@ISO6@ level=INFO msg="campaign budget exhausted, pausing until next flight window" campaign_id=8812 spent_usd=12000.00 flight=2026-02-12')
    t = 4.0
    for i in range(16):
        k = r.randrange(3)
        dur = r.randint(9, 38)
        code = 200 if r.random() < 0.35 else 204
        if code == 200:
            pino(t, k, 30, "bid", exchange="openx", auction_id=w.hx(16), campaign_id=r.choice([7710, 9120, 9344]),
                 price_cpm=round(r.uniform(0.4, 3.2), 2), latency_ms=dur)
        acc(t + dur / 1000.0, k, code, dur)
        t += w.j(1.5, 6)
        if i == 6:
            pino(t, k, 40, "tmax budget exceeded, returning no-bid", exchange="openx", tmax_ms=120, elapsed_ms=r.randint(121, 130))
            acc(t + 0.121, k, 204, 124)
        if i == 9:
            pino(t, k, 30, "aerospike cluster tend", nodes=6, partitions_ok=4096, errors=0)
    for k in range(3):
        pino(62 + w.j(0, 1), k, 30, "stats", window_s=60, requests=r.randint(55000, 64000), bids=r.randint(15000, 19000),
             no_bids=r.randint(38000, 46000), error_count=0, timeouts=r.randint(1, 4), aerospike_errors=0)
    w.add(64.5, pacer, 'time=@ISO6@ level=INFO msg="pacing multipliers updated" campaigns=%d took=%dms' % (r.randint(380, 460), r.randint(20, 60)))
    return record(w, "Win rate on the OpenX seat dropped this hour. Is the bidder misbehaving?",
                  {"namespace": ns, "app": "bidder"},
                  E("INFO", "none", "bidder",
                    "No incident: the bidder answers every request within tmax with error_count=0; fewer bids are expected because the pacer paused campaign 8812 after it hit its flight budget.",
                    "Bidder healthy: 200/204 responses in 9-40 ms, Aerospike cluster fine, a single tmax no-bid; the lower bid volume comes from budget pacing, not a fault.",
                    "No action on the platform; if needed, raise or re-flight campaign 8812's budget with the account team."))


@scenario
def s_ledger_retries():
    w = Win("ledger-retries", D(2026, 2, 12, 10, 14))
    r = w.rng
    ns = "ledger"
    nodes = ["worker-1.ocp-prod.bankx.internal", "worker-2.ocp-prod.bankx.internal", "worker-4.ocp-prod.bankx.internal"]
    crdb = [C(ns, "cockroachdb-%d" % i, "db", nodes[i], "cockroachdb") for i in range(3)]
    lh = w.rs()
    lw = [C(ns, w.pod("ledger-writer", lh), "ledger-writer", nodes[i]) for i in (0, 2)]

    def lj(s, k, level, msg, logger="com.bankx.ledger.posting.PostingService", **kw):
        o = {"@timestamp": "@ISOOFF@", "@version": "1", "message": msg, "logger_name": logger,
             "thread_name": "posting-worker-%d" % r.randint(1, 8), "level": level,
             "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
        o.update(kw)
        w.add(s, lw[k], jd(o))

    for i in range(3):
        w.add(1 + i * 0.7, crdb[i], "I@CRDB@ %d server/status/runtime_log.go:73 ⋮ [T1,Vsystem,n%d] %d  runtime stats: %.1f GiB RSS, %d goroutines (stacks: %d MiB), %.1f/%.1f GiB Go alloc/total, %.1f %%gc (%dx), %d MiB/%d MiB (r/w)net" % (
            r.randint(300, 900), i + 1, r.randint(1000, 9000), w.j(3.2, 4.8), r.randint(500, 900), r.randint(8, 14),
            w.j(1.2, 2), w.j(2.2, 2.8), w.j(0, 0.4), r.randint(4, 12), r.randint(8, 20), r.randint(5, 16)))
    t = 5.0
    for n in range(9):
        k = n % 2
        je = "JE-2026-02-12-%06d" % r.randint(100000, 999999)
        if n in (2, 5, 6):
            lj(t, k, "WARN", "Retrying transaction after serialization conflict (attempt 1/5): ERROR: restart transaction: TransactionRetryWithProtoRefreshError: WriteTooOldError: write for key /Table/112/1/\"acct-%d\"/0 at timestamp %d.%09d,0 too old; wrote at %d.%09d,1 (SQLSTATE 40001)" % (
                r.randint(1000, 9999), 1770891000 + r.randint(0, 900), r.randint(0, 999999999), 1770891000 + r.randint(0, 900), r.randint(0, 999999999)),
               logger="com.bankx.ledger.tx.RetryingTxTemplate", sqlstate="40001", journal_entry=je)
            t += w.j(0.02, 0.09)
            lj(t, k, "INFO", "Posted journal entry %s in 2 attempts" % je, journal_entry=je, legs=r.choice([2, 2, 4]), duration_ms=r.randint(18, 70))
        else:
            lj(t, k, "INFO", "Posted journal entry %s in 1 attempt" % je, journal_entry=je, legs=r.choice([2, 2, 4]), duration_ms=r.randint(6, 25))
        t += w.j(4, 14)
    w.add(70.2, crdb[1], "I@CRDB@ %d 13@kv/kvserver/store_rebalancer.go:412 ⋮ [T1,Vsystem,n2,s2,store-rebalancer,obj=cpu] %d  load-based lease transfers successfully brought s2 down to 61.22%% cpu load (mean=55.10%%, overfull threshold=74.73%%)" % (
        r.randint(300, 900), r.randint(1000, 9000)))
    w.add(71.0, crdb[0], "W@CRDB@ %d sql/sqlstats/persistedsqlstats/flush.go:111 ⋮ [T1,Vsystem,n1] %d  sql stats flush took %.1fs, which is longer than the flush interval" % (
        r.randint(300, 900), r.randint(1000, 9000), w.j(10.5, 12)))
    for k in range(2):
        lj(90 + k * 0.3, k, "INFO", "posting stats", logger="com.bankx.ledger.metrics.StatsReporter",
           posted=r.randint(1700, 2100), failed=0, retries=r.randint(9, 24), p99_ms=r.randint(38, 60))
    lj(95.0, 0, "INFO", "Outbox relay published %d events to ledger.postings.v2" % r.randint(900, 1200), logger="com.bankx.ledger.outbox.OutboxRelay")
    for i in range(3):
        w.add(100 + i * 0.5, crdb[i], "I@CRDB@ %d server/status/runtime_log.go:73 ⋮ [T1,Vsystem,n%d] %d  runtime stats: %.1f GiB RSS, %d goroutines (stacks: %d MiB), %.1f/%.1f GiB Go alloc/total, %.1f %%gc (%dx), %d MiB/%d MiB (r/w)net" % (
            r.randint(300, 900), i + 1, r.randint(1000, 9000), w.j(3.2, 4.8), r.randint(500, 900), r.randint(8, 14),
            w.j(1.2, 2), w.j(2.2, 2.8), w.j(0, 0.4), r.randint(4, 12), r.randint(8, 20), r.randint(5, 16)))
    return record(w, "ledger-writer started logging SQLSTATE 40001 retry warnings. Are postings being lost?",
                  {"namespace": ns},
                  E("INFO", "none", "ledger-writer",
                    "No incident: the 40001 warnings are CockroachDB serializable-isolation restarts that the retry template handles; every affected journal entry posted on the second attempt and failed=0.",
                    "Healthy ledger window: occasional WriteTooOld restarts retried successfully, posting stats show zero failures, CockroachDB nodes report normal runtime stats and a routine lease rebalance.",
                    "Nothing to do; keep watching the retries counter and only investigate if retries exhaust or failed becomes non-zero."))


@scenario
def s_wgs_batch():
    w = Win("wgs-overnight", D(2026, 2, 13, 2, 0))
    r = w.rng
    ns = "genomics"
    nodes = ["hpc-cpu-%02d" % n for n in r.sample(range(1, 24), 4)]
    job = "wgs-align-0412"
    bwa = [C(ns, "%s-bwa-%d" % (job, i), "bwa", nodes[i], job) for i in range(4)]
    mg = C(ns, "%s-merge-0" % job, "merge", nodes[0], job)
    vs = C("volcano-system", w.pod("volcano-scheduler", w.rs()), "volcano-scheduler", "hpc-ctl-01", "volcano-scheduler")
    vc = C("volcano-system", w.pod("volcano-controllers", w.rs()), "volcano-controllers", "hpc-ctl-02", "volcano-controllers")
    w.event(4.2, "logfmt", ns, "PodGroup", job, "Unschedulable",
            "4/4 tasks in gang unschedulable: pod group is not ready, 4 Pending, 4 minAvailable; Pending: 4 Unschedulable",
            comp="volcano", api="scheduling.volcano.sh/v1beta1")
    w.klog(5.0, vs, "I", 1, "allocate.go:237", '"Job is not ready" job="genomics/%s" minAvailable=4 allocated=2' % job)
    w.klog(71.3, vs, "I", 1, "allocate.go:312", '"Job ready, binding tasks" job="genomics/%s" tasks=4' % job)
    for i in range(4):
        w.event(71.5 + i * 0.1, "logfmt", ns, "Pod", "%s-bwa-%d" % (job, i), "Scheduled",
                "Successfully assigned %s/%s-bwa-%d to %s" % (ns, job, i, nodes[i]), etype="Normal", comp="volcano")
    for i in range(4):
        b = 80 + i * 2 + w.j(0, 1)
        w.add(b, bwa[i], "@LBC@ INFO wgs.align: sample NA12878 lane L00%d: %d chunks, reference GRCh38 (bwa-mem2 2.2.1)" % (i + 1, 12))
        w.add(b + 4, bwa[i], "[M::bwa_idx_load_from_disk] read 3171 ALT contigs")
        if i == 1:
            w.add(b + 4.5, bwa[i], "[W::hts_idx_load3] The index file is older than the data file: /refs/GRCh38/GRCh38.fa.fai")
        if i == 2:
            w.add(b + 1, bwa[i], "@LBC@ INFO numexpr.utils: NumExpr defaulting to 8 threads.")
        w.add(b + 60 + w.j(0, 20), bwa[i], "[M::mem_process_seqs] Processed %d reads in %.3f CPU sec, %.3f real sec" % (
            r.choice([1280000, 1300000, 1310720]), w.j(780, 840), w.j(48, 56)))
    for i in range(4):
        e = 1500 + i * 40 + w.j(0, 30)
        w.add(e, bwa[i], "@LBC@ INFO wgs.align: lane L00%d done: %d reads mapped (%.2f%% properly paired), wrote /beegfs/genomics/NA12878/L00%d.bam" % (
            i + 1, r.randint(180, 200) * 1000000, w.j(96, 98.9), i + 1))
    w.add(1700, mg, "@LBC@ INFO wgs.merge: merging 4 lane BAMs with samtools merge -@ 16")
    w.add(2020, mg, "@LBC@ INFO wgs.merge: wrote /beegfs/genomics/NA12878/NA12878.merged.cram (%.1f GiB), md5 %s" % (w.j(88, 99), w.hx(32)))
    w.add(2021, mg, "@LBC@ WARNING wgs.merge: option --write-index is deprecated in this pipeline and will be removed in 2.0; indexes are always written")
    w.klog(2024, vc, "I", 1, "job_controller_actions.go:483", '"Job phase changed" job="genomics/%s" old="Running" new="Completed"' % job)
    return record(w, "Did the overnight WGS alignment batch finish OK?",
                  {"namespace": ns},
                  E("INFO", "none", job,
                    "No incident: the Volcano gang waited about a minute for four nodes, then all lanes aligned and merged and the job reached Completed.",
                    "Normal batch run: brief gang-scheduling wait (expected with minAvailable=4), alignment of four lanes, merged CRAM written to BeeGFS, job Completed; htslib index-age and deprecation warnings are benign.",
                    "Nothing to do; optionally regenerate the reference .fai to silence the index-age warning."))


@scenario
def s_clickhouse_busy():
    w = Win("ch-busy-k3s", D(2026, 2, 14, 11, 20))
    r = w.rng
    ns = "analytics"
    nodes = ["k3s-agent-a1", "k3s-agent-a2", "k3s-agent-a3"]
    ch = [C(ns, "clickhouse-%d" % i, "clickhouse", nodes[i], "clickhouse") for i in range(2)]
    ih = w.rs()
    ing = [C(ns, w.pod("events-ingest", ih), "events-ingest", nodes[i]) for i in (1, 2)]
    tuid = w.uid()

    def CH(s, k, lvl, msg, qid=""):
        w.add(s, ch[k], "@CH@ [ %d ] {%s} <%s> %s" % (r.randint(400, 900), qid, lvl, msg))

    t = 0.5
    for n in range(6):
        k = n % 2
        rows = r.choice([50000, 50000, 48211])
        w.add(t, ing[k], 'time=@ISO6@ level=INFO msg="flushed batch" table=impressions rows=%d bytes=%d took=%dms' % (
            rows, rows * r.randint(240, 280), r.randint(180, 520)))
        CH(t + 0.01, k, "Trace", "events.impressions (%s): Renaming temporary part tmp_insert_202602_%d_%d_0 to 202602_%d_%d_0 with tid (1, 1, 00000000-0000-0000-0000-000000000000)." % (
            tuid, 1800 + n, 1800 + n, 1800 + n, 1800 + n), qid=w.uid())
        t += w.j(6, 11)
    CH(14.2, 0, "Debug", "MergeTask::PrepareStage: Merging 6 parts: from 202602_1401_1770_112 to 202602_1805_1805_0 into Wide with storage Full", qid="%s::202602_1401_1805_113" % tuid)
    CH(15.0, 0, "Debug", "MergeTreeSequentialSource: Reading 412 marks from part 202602_1401_1770_112, total 3364123 rows starting from the beginning of the part")
    CH(38.7, 0, "Debug", "events.impressions (%s) (MergerMutator): Merged 6 parts: [202602_1401_1770_112, 202602_1805_1805_0] -> 202602_1401_1805_113" % tuid)
    q = w.uid()
    CH(22.0, 1, "Debug", "executeQuery: (from 10.42.2.9:41822, user: analyst_ro) SELECT campaing_id, count() FROM events.clicks GROUP BY campaing_id (stage: Complete)", qid=q)
    CH(22.01, 1, "Error", "executeQuery: Code: 47. DB::Exception: Missing columns: 'campaing_id' while processing query: 'SELECT campaing_id, count() FROM events.clicks GROUP BY campaing_id', required columns: 'campaing_id'. (UNKNOWN_IDENTIFIER) (version 24.8.4.13 (official build)) (from 10.42.2.9:41822) (in query: SELECT campaing_id, count() FROM events.clicks GROUP BY campaing_id)", qid=q)
    q = w.uid()
    CH(31.5, 1, "Debug", "executeQuery: (from 10.42.2.9:41822, user: analyst_ro) SELECT campaign_id, count() FROM events.clicks WHERE event_date = today() GROUP BY campaign_id (stage: Complete)", qid=q)
    rows, mib, dur = r.randint(40, 60) * 1000000, w.j(300, 420), w.j(1.1, 1.6)
    CH(32.9, 1, "Information", "executeQuery: Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (
        rows, mib, dur, int(rows / dur), mib / dur), qid=q)
    q = w.uid()
    CH(45.0, 0, "Debug", "executeQuery: (from 10.42.1.31:50012, user: grafana) SELECT toStartOfMinute(ts) AS t, countIf(won) / count() FROM events.impressions WHERE ts > now() - INTERVAL 6 HOUR GROUP BY t ORDER BY t (stage: Complete)", qid=q)
    rows, mib, dur = r.randint(200, 300) * 1000000, w.j(900, 1400), w.j(0.6, 0.9)
    CH(45.8, 0, "Information", "executeQuery: Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (
        rows, mib, dur, int(rows / dur), mib / dur), qid=q)
    CH(50.0, 1, "Debug", "SystemLog (system.query_log): Flushing system log, %d entries to flush up to offset %d" % (r.randint(300, 900), r.randint(80000, 99999)))
    CH(50.1, 0, "Debug", "SystemLog (system.metric_log): Flushing system log, 8 entries to flush up to offset %d" % r.randint(10000, 20000))
    for k in range(2):
        w.add(60 + k * 0.4, ing[k], 'time=@ISO6@ level=INFO msg="consumer stats" group=events-ingest topic=impressions lag=%d errors=0 partitions=12' % r.randint(800, 4000))
    w.add(61, ing[0], 'time=@ISO6@ level=WARN msg="kafka client: metadata refresh took longer than expected" elapsed=1.2s broker=redpanda-1.redpanda.analytics.svc.cluster.local:9093')
    return record(w, "ClickHouse CPU has been around 70% all morning. Is something wrong with it?",
                  {"namespace": ns},
                  E("INFO", "none", "clickhouse",
                    "No incident: the CPU is ordinary insert, background-merge and dashboard query load; inserts and merges complete and the only query error is an analyst's typo in a column name.",
                    "ClickHouse healthy under normal load: 50k-row batches flushed, a six-part merge completed, Grafana and analyst queries answered in ~1 s; the UNKNOWN_IDENTIFIER error is a user mistake.",
                    "Nothing to do on the server; if CPU headroom matters, review the 6-hour Grafana panel query."))


@scenario
def s_vault_drill():
    w = Win("vault-unseal-drill", D(2026, 2, 15, 8, 30))
    r = w.rng
    ns = "vault"
    nodes = ["talos-w-3xk-91c", "talos-w-8mq-02d", "talos-w-5hz-7ae"]
    v = [C(ns, "vault-%d" % i, "vault", nodes[i]) for i in range(3)]
    inj = C(ns, w.pod("vault-agent-injector", w.rs()), "sidecar-injector", nodes[1], "vault-agent-injector")
    pay = C("payments", w.pod("payments-api", w.rs()), "vault-agent", nodes[2], "payments-api")

    def V(s, k, lvl, msg):
        w.add(s, v[k], "@ISO@ [%s] %s" % (lvl.ljust(5), msg))

    V(0.3, 0, "INFO", "core.cluster-listener.tcp: starting listener: listener_address=[::]:8201")
    V(0.31, 0, "INFO", "core.cluster-listener: serving cluster requests: cluster_listen_address=[::]:8201")
    V(0.5, 0, "INFO", "storage.raft: creating Raft: config=\"&raft.Config{ProtocolVersion:3, HeartbeatTimeout:15000000000, ElectionTimeout:15000000000, CommitTimeout:50000000, MaxAppendEntries:64}\"")
    V(0.52, 0, "INFO", "storage.raft: entering follower state: follower=\"Node at vault-0.vault-internal:8201 [Follower]\" leader-address= leader-id=")
    V(0.8, 0, "INFO", "core: vault is unsealed")
    w.add(4.1, pay, "@ISO@ [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 503. Errors: * Vault is sealed\" backoff=%.2fs" % w.j(1.5, 3))
    V(15.6, 0, "WARN", "storage.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id=")
    V(15.61, 0, "INFO", "storage.raft: entering candidate state: node=\"Node at vault-0.vault-internal:8201 [Candidate]\" term=%d" % r.randint(40, 60))
    V(15.7, 0, "INFO", "storage.raft: election won: term=%d tally=2" % r.randint(40, 60))
    V(15.71, 0, "INFO", "storage.raft: entering leader state: leader=\"Node at vault-0.vault-internal:8201 [Leader]\"")
    V(15.9, 0, "INFO", "core: acquired lock, enabling active operation")
    V(16.0, 0, "INFO", "core: post-unseal setup starting")
    V(16.2, 0, "INFO", "core: successfully mounted: type=kubernetes version=\"v0.20.0+builtin\" path=kubernetes/ namespace=\"ID: root. Path: \"")
    V(16.4, 0, "INFO", "expiration: lease restore complete")
    V(16.5, 0, "INFO", "core: post-unseal setup complete")
    for k in (1, 2):
        V(18 + k * 3.1, k, "INFO", "core: vault is unsealed")
        V(18.1 + k * 3.1, k, "INFO", "core: entering standby mode")
        V(18.3 + k * 3.1, k, "INFO", "storage.raft: entering follower state: follower=\"Node at vault-%d.vault-internal:8201 [Follower]\" leader-address=vault-0.vault-internal:8201 leader-id=vault-0" % k)
    w.add(21.0, pay, "@ISO@ [INFO]  agent.auth.handler: authentication successful, sending token to sinks")
    w.add(21.02, pay, "@ISO@ [INFO]  agent.sink.file: token written: path=/home/vault/.vault-token")
    w.add(21.3, pay, "@ISO@ [INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/db-creds\"")
    for n in range(3):
        V(40 + n * 22 + w.j(0, 5), 0, "INFO", "expiration: revoked lease: lease_id=database/creds/payments-ro/%s" % rstr(r, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    w.add(55.0, inj, "@ISO@ [INFO]  handler: Request received: Method=POST URL=/mutate?timeout=10s")
    w.add(55.02, inj, "@ISO@ [INFO]  handler.auto-tls: certificate is still valid, not regenerating: notAfter=2026-09-02T00:00:00Z")
    V(100.0, 1, "INFO", "core: forwarding request to active node: path=secret/data/payments/psp")
    return record(w, "We ran the Vault unseal drill at 08:30. Is it back to normal, or is something still off?",
                  None,
                  E("INFO", "none", "vault",
                    "No incident: all three Vault pods unsealed, vault-0 won the Raft election and completed post-unseal setup, and clients that saw 'Vault is sealed' during the drill re-authenticated.",
                    "Planned unseal drill completed: leader elected, standbys following, leases restored and revoking on schedule; the payments agent's 503 was during the sealed period and it then authenticated and rendered secrets.",
                    "Nothing to do; close the drill."))


@scenario
def s_sessionizer_ckpt():
    w = Win("sessionizer-ckpt", D(2026, 2, 16, 13, 4))
    r = w.rng
    ns = "streaming"
    nodes = ["aks-flinkpool-41822703-vmss000001", "aks-flinkpool-41822703-vmss000003"]
    app = "clickstream-sessionizer"
    jm = C(ns, w.pod(app, w.rs()), "flink-main-container", nodes[0], app)
    tms = [C(ns, "%s-taskmanager-1-%d" % (app, i), "flink-main-container", nodes[i % 2], app) for i in (1, 2)]
    job = w.hx(32)
    cp = r.randint(18000, 19000)

    def F(s, lab, lvl, logger, msg):
        w.add(s, lab, "@LBC@ %s %s [] - %s" % (lvl.ljust(5), logger, msg))

    F(0.2, jm, "WARN", "org.apache.flink.configuration.Configuration", "Config uses deprecated configuration key 'state.backend' instead of proper key 'state.backend.type'")
    t = 3.0
    for n in range(5):
        F(t, jm, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
          "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ @EPOCHMS@ for job %s." % (cp + n, job))
        d = r.randint(1400, 3200)
        if n == 1:
            F(t + 0.4, tms[0], "WARN", "org.apache.kafka.clients.NetworkClient",
              "[Consumer clientId=%s-enumerator-admin-client, groupId=%s] Error while fetching metadata with correlation id %d : {clicks=LEADER_NOT_AVAILABLE}" % (app, app, r.randint(8000, 9000)))
        F(t + d / 1000.0, jm, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
          "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (cp + n, job, r.randint(380, 460) * 1000000, d, r.randint(6, 20)))
        for i, tm in enumerate(tms):
            F(t + d / 1000.0 + 0.3 + i * 0.05, tm, "INFO", "com.adco.sessionizer.SessionWindowFunction",
              "window stats: sessions_emitted=%d late_events_dropped=0 error_count=0 watermark_lag_ms=%d" % (r.randint(9000, 14000), r.randint(800, 2400)))
        t += 60 + w.j(-0.2, 0.2)
    F(t + 1.0, tms[1], "INFO", "org.apache.flink.connector.kafka.source.reader.KafkaSourceReader",
      "Committing offsets for checkpoint %d of source Source: clicks-kafka (1/2)" % (cp + 4))
    return record(w, "Please look over clickstream-sessionizer on the AKS cluster — are checkpoints keeping up?",
                  {"namespace": ns, "app": app},
                  E("INFO", "none", app,
                    "No incident: checkpoints trigger every minute and complete in 1.4-3.2 s, no late events dropped, one transient LEADER_NOT_AVAILABLE metadata warning resolved itself.",
                    "Flink job healthy: five consecutive checkpoints completed, task managers report error_count=0 and low watermark lag; the deprecated-key warning is cosmetic.",
                    "Nothing to do; optionally rename state.backend to state.backend.type in the Flink config."))


# ===========================================================================
# oom_killed
# ===========================================================================

@scenario
def s_dask_regrid():
    w = Win("dask-regrid", D(2026, 2, 17, 16, 0))
    r = w.rng
    ns = "dask-climate"
    nodes = ["gke-rc-dask-highmem-pool-7a3e1c0d-2nfm", "gke-rc-dask-highmem-pool-7a3e1c0d-9tqw"]
    sch = C(ns, w.pod("dask-scheduler", w.rs()), "dask-scheduler", nodes[0], "dask")
    wh = w.rs()
    wpods = [w.pod("dask-worker", wh) for _ in range(3)]
    wk = [C(ns, p, "dask-worker", nodes[i % 2], "dask") for i, p in enumerate(wpods)]
    wip = [w.ip("10.52.%d" % (3 + i)) for i in range(3)]
    task = "('open_dataset-regrid-%s', 3, 0, 0)" % w.hx(32)

    def DL(s, lab, mod, lvl, msg, ev=False):
        w.add(s, lab, "@LBC@ - %s - %s - %s" % (mod, lvl, msg), ev)

    def oom(s, k, pid, ev=True):
        node = nodes[k % 2]
        cid = w.hx(64)
        w.add(s, KERNEL(node), "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d" % r.choice([935, 968]))
        w.add(s + 0.0002, KERNEL(node), "memory: usage 16777216kB, limit 16777216kB, failcnt %d" % r.randint(20, 400), ev)
        kmsg = "Memory cgroup out of memory: Killed process %d (python3) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:968" % (
            pid, r.randint(20000000, 23000000), r.randint(16400000, 16700000), r.randint(40000, 90000), r.randint(30000, 36000))
        w.add(s + 0.0009, KERNEL(node), kmsg, ev)
        w.event(s + 0.4, "json", "", "Node", node, "OOMKilling", kmsg, comp="kernel-monitor", host=node, ev=ev)
        return cid

    DL(0.5, sch, "distributed.scheduler", "INFO", "Receive client connection: Client-%s" % w.uid())
    for k in range(3):
        DL(2 + k, wk[k], "distributed.worker", "INFO", "Starting Worker plugin shuffle")
    DL(6.0, wk[2], "distributed.utils_perf", "WARNING", "full garbage collections took 12% CPU time recently (threshold: 10%)")
    DL(20.1, wk[0], "distributed.worker.memory", "WARNING",
       "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % w.j(11.2, 12.4), ev=True)
    DL(27.4, wk[0], "distributed.worker.memory", "WARNING",
       "Worker is at %d%% memory usage. Pausing worker.  Process memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % (r.randint(85, 89), w.j(13.7, 14.3)), ev=True)
    oom(31.2, 0, r.randint(40, 90))
    DL(31.9, sch, "distributed.core", "INFO", "Connection to tcp://%s:40213 has been closed." % wip[0])
    DL(31.95, sch, "distributed.scheduler", "WARNING",
       "Removing worker 'tcp://%s:40213' caused the cluster to lose already computed task(s), which will be recomputed elsewhere: {%s} (stimulus_id='handle-worker-cleanup-@EPOCH@')" % (wip[0], task))
    w.event(45.0, "json", ns, "Pod", wpods[0], "Started", "Started container dask-worker", etype="Normal", host=nodes[0], fieldpath="spec.containers{dask-worker}")
    DL(49.0, wk[0], "distributed.worker", "INFO", "Registered to: tcp://dask-scheduler.dask-climate:8786")
    DL(58.3, wk[1], "distributed.worker.memory", "WARNING",
       "Worker is at %d%% memory usage. Pausing worker.  Process memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % (r.randint(85, 90), w.j(13.7, 14.4)), ev=True)
    oom(63.7, 1, r.randint(40, 90))
    DL(64.2, sch, "distributed.scheduler", "WARNING",
       "Removing worker 'tcp://%s:35551' caused the cluster to lose already computed task(s), which will be recomputed elsewhere: {%s} (stimulus_id='handle-worker-cleanup-@EPOCH@')" % (wip[1], task))
    w.add(70.0, C(ns, wpods[1], "dask-worker", nodes[1], "dask"), "@LBC@ - tornado.access - WARNING - 404 GET /favicon.ico (10.52.0.1) 0.61ms")
    DL(95.0, wk[2], "distributed.worker.memory", "WARNING",
       "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % w.j(11.5, 12.9), ev=True)
    oom(101.8, 2, r.randint(40, 90))
    w.event(102.5, "json", ns, "Pod", wpods[2], "BackOff", "Back-off restarting failed container dask-worker in pod %s_%s(%s)" % (wpods[2], ns, w.uid()),
            host=nodes[0], count=3, first=40.0, fieldpath="spec.containers{dask-worker}")
    oom(131.4, 0, r.randint(40, 90))
    w.event(132.0, "json", ns, "Pod", wpods[0], "BackOff", "Back-off restarting failed container dask-worker in pod %s_%s(%s)" % (wpods[0], ns, w.uid()),
            host=nodes[0], count=5, first=33.0, fieldpath="spec.containers{dask-worker}")
    DL(132.4, sch, "distributed.scheduler", "ERROR",
       "Task %s marked as failed because 4 workers died while trying to run it" % task)
    DL(133.0, sch, "distributed.scheduler", "INFO", "Remove client Client-%s" % w.uid())
    return record(w, "My regridding notebook keeps failing with KilledWorker. What's going on in dask-climate?",
                  None,
                  E("CRITICAL", "oom_killed", "dask-worker",
                    "The dask-worker containers exceed their 16Gi memory limit while loading the ERA5 chunks; the kernel OOM-kills python3 in one worker after another, so the task is lost four times and the computation fails.",
                    "Repeated cgroup OOM kills of dask workers (memory usage == 16777216kB limit), preceded by high unmanaged memory and pause warnings; workers crash-loop and the scheduler marks the task failed (KilledWorker).",
                    "Raise the worker container memory limit or use smaller chunks/fewer threads per worker, and set the Dask memory limit below the container limit so spilling starts before the kernel kills the process."))


@scenario
def s_card_auth_oom():
    w = Win("card-auth-peak", D(2026, 2, 17, 9, 10))
    r = w.rng
    ns = "cards"
    nodes = ["ip-10-40-11-23.eu-west-1.compute.internal", "ip-10-40-27-190.eu-west-1.compute.internal"]
    h = w.rs()
    pods = [w.pod("card-authorizer", h) for _ in range(3)]
    app = [C(ns, p, "card-authorizer", nodes[i % 2]) for i, p in enumerate(pods)]
    env = [C(ns, p, "envoy", nodes[i % 2], "card-authorizer") for i, p in enumerate(pods)]
    portal = C("merchant", w.pod("merchant-portal", w.rs()), "nginx", nodes[1], "merchant-portal")

    def AJ(s, k, level, msg, logger="com.bankx.cards.auth.AuthorizationService", **kw):
        o = {"@timestamp": "@ISOOFF@", "@version": "1", "message": msg, "logger_name": logger,
             "thread_name": "http-nio-8080-exec-%d" % r.randint(1, 200), "level": level,
             "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
        o.update(kw)
        w.add(s, app[k], jd(o))

    def acc(s, k, code, flags, dur):
        w.add(s, env[k], '[@ISO@] "POST /v1/authorize HTTP/1.1" %d %s %d %d %d %s "-" "issuer-gw/2.1" "%s" "card-authorizer.cards.svc:8080" "127.0.0.1:8080"' % (
            code, flags, r.randint(600, 900), 95 if code == 503 else r.randint(300, 420), dur, "-" if code == 503 else str(max(dur - 1, 1)), w.uid()))

    t = 0.5
    for n in range(6):
        k = n % 3
        AJ(t, k, "INFO", "Authorization approved", stan="%06d" % r.randint(0, 999999), mti="0100", resp_code="00", latency_ms=r.randint(8, 40))
        acc(t + 0.01, k, 200, "-", r.randint(9, 41))
        t += w.j(1.5, 4)
    w.add(8.0, app[0], "[@ISOOFF@][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) 1498M->1471M(1536M) %.3fms" % (r.randint(1800, 2000), w.j(30, 60)))
    AJ(9.0, 0, "WARN", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s256ms).", logger="com.zaxxer.hikari.pool.HikariPool")
    w.add(11.0, portal, '10.40.3.17 - - [@CLF@] "GET /api/session HTTP/1.1" 401 52 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15" "session expired"')
    cg = w.hx(64)
    uidp = w.uid()
    w.add(14.2, KERNEL(nodes[0]), "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d" % r.choice([979, 984]), True)
    jpid = r.randint(3000, 9000)
    w.add(14.2003, KERNEL(nodes[0]), "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=java,pid=%d,uid=10001" % (
        cg, uidp.replace("-", "_"), cg, uidp.replace("-", "_"), cg, jpid), True)
    w.add(14.2006, KERNEL(nodes[0]), "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:10001 pgtables:%dkB oom_score_adj:984" % (
        jpid, r.randint(5200000, 5600000), r.randint(2070000, 2090000), r.randint(20000, 30000), r.randint(5000, 6000)), True)
    w.add(14.4, JOURNAL(nodes[0], "containerd.service"), 'time="@ISO9@" level=info msg="TaskExit event in podsandbox handler container_id:\\"%s\\" id:\\"%s\\" pid:%d exit_status:137 exited_at:{seconds:%d nanos:%d}"' % (
        cg, cg, jpid, int(_epoch(w.T(14.4))), r.randint(0, 999999999)))
    w.klog(14.9, JOURNAL(nodes[0], "kubelet.service"), "I", 2211, "kubelet.go:2453", '"SyncLoop (PLEG): event for pod" pod="cards/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (pods[0], uidp, cg))
    for n in range(4):
        acc(15 + n * 1.7 + w.j(0, 0.5), 0, 503, "UF,URX" if n else "UC", r.randint(0, 3))
    AJ(17.0, 1, "INFO", "Authorization approved", stan="%06d" % r.randint(0, 999999), mti="0100", resp_code="00", latency_ms=r.randint(8, 40))
    w.event(21.4, "json", ns, "Pod", pods[0], "Pulled", "Container image \"381492650117.dkr.ecr.eu-west-1.amazonaws.com/cards/card-authorizer:7.3.1\" already present on machine",
            etype="Normal", host=nodes[0], fieldpath="spec.containers{card-authorizer}")
    w.event(21.9, "json", ns, "Pod", pods[0], "Started", "Started container card-authorizer", etype="Normal", host=nodes[0], fieldpath="spec.containers{card-authorizer}")
    AJ(44.0, 0, "INFO", "Started CardAuthorizerApplication in %.3f seconds (process running for %.3f)" % (w.j(19, 22), w.j(22, 24)), logger="com.bankx.cards.CardAuthorizerApplication")
    cg2 = w.hx(64)
    w.add(71.3, KERNEL(nodes[1]), "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984", True)
    w.add(71.3006, KERNEL(nodes[1]), "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:10001 pgtables:%dkB oom_score_adj:984" % (
        r.randint(3000, 9000), r.randint(5200000, 5600000), r.randint(2070000, 2090000), r.randint(20000, 30000), r.randint(5000, 6000)), True)
    w.add(71.5, JOURNAL(nodes[1], "containerd.service"), 'time="@ISO9@" level=info msg="TaskExit event in podsandbox handler container_id:\\"%s\\" id:\\"%s\\" pid:%d exit_status:137 exited_at:{seconds:%d nanos:%d}"' % (
        cg2, cg2, r.randint(3000, 9000), int(_epoch(w.T(71.5))), r.randint(0, 999999999)))
    for n in range(3):
        acc(72 + n * 2.1 + w.j(0, 0.5), 1, 503, "UF,URX", r.randint(0, 3))
    AJ(74.0, 2, "INFO", "Authorization approved", stan="%06d" % r.randint(0, 999999), mti="0100", resp_code="00", latency_ms=r.randint(20, 70))
    AJ(75.5, 2, "WARN", "Issuer response SLA breached, stand-in processing applied", stan="%06d" % r.randint(0, 999999), latency_ms=r.randint(1800, 2400))
    return record(w, "The issuer processor reports sporadic 503s from us on authorisations this morning. Can you work out why?",
                  None,
                  E("ERROR", "oom_killed", "card-authorizer",
                    "card-authorizer's JVM (1.5G heap plus metaspace, threads and direct buffers) grows past the 2Gi container limit at the morning peak and the kernel OOM-kills java (exit 137) in one pod after another.",
                    "Two card-authorizer pods were OOM-killed within a minute (cgroup OOM, exit_status 137); while each restarted, its envoy sidecar returned 503 UC/UF to the issuer gateway.",
                    "Raise the container memory limit or lower -Xmx/MaxDirectMemorySize so heap plus native memory fits with headroom (e.g. MaxRAMPercentage=70), then watch container_memory_working_set_bytes at peak."))


# ===========================================================================
# application_error
# ===========================================================================

@scenario
def s_matching_engine_panic():
    w = Win("me-crypto-amend", D(2026, 2, 18, 14, 30))
    r = w.rng
    ns = "exchange-core"
    nodes = ["talos-w-7qk-2f1", "talos-w-4jd-8c0"]
    me = C(ns, "matching-engine-0", "matching-engine", nodes[0])
    gh = w.rs()
    gpods = [w.pod("order-gateway", gh) for _ in range(2)]
    gw = [C(ns, p, "order-gateway", nodes[1]) for p in gpods]
    meip = w.ip("10.244.2")
    seq0 = r.randint(88100000, 88120000)

    def R(s, lvl, target, msg, ev=False):
        w.add(s, me, "@ISO6@ %5s %s: %s" % (lvl, target, msg), ev)

    def Z(s, k, lvl, caller, msg, **kw):
        o = {"level": lvl, "ts": "@EPOCH@", "caller": caller, "msg": msg}
        o.update(kw)
        w.add(s, gw[k], jt(o))

    R(0.2, "INFO", "matching_engine::book", "amend accepted order_id=%d symbol=\"ETH-EUR\" new_qty=2.5000" % r.randint(10**8, 10**9))
    Z(1.0, 0, "warn", "auth/apikey.go:61", "api key rejected", reason="expired", client_id="mm-%04d" % r.randint(0, 9999))
    R(3.9, "INFO", "matching_engine::book", "amend accepted order_id=%d symbol=\"BTC-EUR\" new_qty=0.0400" % r.randint(10**8, 10**9))
    R(4.12, "ERROR", "matching_engine::book", "amend reduces level below zero order_id=%d symbol=\"BTC-EUR\" price=61234.50 level_qty=0.0300 delta=0.0500" % r.randint(10**8, 10**9))
    w.add(4.121, me, "thread 'book-worker-3' panicked at src/book/level.rs:214:29:", True)
    w.add(4.1211, me, "attempt to subtract with overflow", True)
    w.add(4.1212, me, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    for n in range(3):
        Z(4.5 + n * 1.3, n % 2, "error", "me/client.go:97", "matching engine unavailable", error="dial tcp %s:7001: connect: connection refused" % meip,
          instrument=r.choice(["BTC-EUR", "ETH-EUR", "SOL-EUR"]))
    Z(6.0, 1, "info", "orders/handler.go:148", "order rejected", reason="ENGINE_UNAVAILABLE", count=r.randint(40, 90))
    w.event(14.0, "logfmt", ns, "Pod", "matching-engine-0", "Pulled", "Container image \"registry.exch.internal/core/matching-engine:4.12.0\" already present on machine",
            etype="Normal", host=nodes[0])
    w.event(14.4, "logfmt", ns, "Pod", "matching-engine-0", "Started", "Started container matching-engine", etype="Normal", host=nodes[0])
    R(14.6, "INFO", "matching_engine", "starting version=\"4.12.0\" instruments=38 worker_threads=8")
    R(14.7, "WARN", "matching_engine::config", "setting `book.legacy_tick_table` is deprecated and ignored")
    R(14.9, "INFO", "matching_engine::journal", "replaying journal from seq=%d path=/journal/me-0" % seq0)
    R(15.8, "INFO", "matching_engine::journal", "replay reached seq=%d" % (seq0 + 8476))
    R(15.81, "ERROR", "matching_engine::book", "amend reduces level below zero order_id=%d symbol=\"BTC-EUR\" price=61234.50 level_qty=0.0300 delta=0.0500" % r.randint(10**8, 10**9))
    w.add(15.811, me, "thread 'book-worker-3' panicked at src/book/level.rs:214:29:", True)
    w.add(15.8111, me, "attempt to subtract with overflow", True)
    w.add(15.8112, me, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    w.event(28.0, "logfmt", ns, "Pod", "matching-engine-0", "BackOff",
            "Back-off restarting failed container matching-engine in pod matching-engine-0_exchange-core(%s)" % w.uid(), host=nodes[0], count=4, ev=True)
    for n in range(4):
        Z(30 + n * 7 + w.j(0, 2), n % 2, "error", "me/client.go:97", "matching engine unavailable", error="dial tcp %s:7001: connect: connection refused" % meip,
          instrument=r.choice(["BTC-EUR", "ETH-EUR", "SOL-EUR"]))
    Z(45.0, 0, "info", "orders/handler.go:148", "order rejected", reason="ENGINE_UNAVAILABLE", count=r.randint(300, 500))
    Z(46.0, 1, "info", "health/http.go:40", "readiness ok", upstreams="risk-svc,md-handler")
    R(61.1, "INFO", "matching_engine", "starting version=\"4.12.0\" instruments=38 worker_threads=8")
    R(61.3, "INFO", "matching_engine::journal", "replaying journal from seq=%d path=/journal/me-0" % seq0)
    R(62.2, "ERROR", "matching_engine::book", "amend reduces level below zero order_id=%d symbol=\"BTC-EUR\" price=61234.50 level_qty=0.0300 delta=0.0500" % r.randint(10**8, 10**9))
    w.add(62.201, me, "thread 'book-worker-3' panicked at src/book/level.rs:214:29:", True)
    w.add(62.2011, me, "attempt to subtract with overflow", True)
    w.event(90.0, "logfmt", ns, "Pod", "matching-engine-0", "BackOff",
            "Back-off restarting failed container matching-engine in pod matching-engine-0_exchange-core(%s)" % w.uid(), host=nodes[0], count=7, first=28.0, ev=True)
    return record(w, "Order entry for the crypto pairs is down and the gateway keeps rejecting orders. What broke?",
                  {"namespace": ns},
                  E("CRITICAL", "application_error", "matching-engine",
                    "matching-engine panics with 'attempt to subtract with overflow' at src/book/level.rs:214 when an amend reduces a BTC-EUR price level below zero; the journal replay on restart hits the same amend, so it crash-loops.",
                    "The matching engine aborts on an integer-overflow panic in the order-book level code, restarts, replays the same amend and panics again (CrashLoopBackOff); order-gateway gets connection refused and rejects orders with ENGINE_UNAVAILABLE.",
                    "Fix the amend quantity check in level.rs (clamp or reject the amend), or skip the poison journal entry with a hotfix build, then restart matching-engine; verify the book state before reopening BTC-EUR."))


@scenario
def s_report_zerodiv():
    w = Win("report-blank-pages", D(2026, 2, 18, 10, 0))
    r = w.rng
    ns = "reporting"
    nodes = ["aks-default-19283746-vmss000002", "aks-default-19283746-vmss000005"]
    h = w.rs()
    pods = [w.pod("campaign-report-api", h) for _ in range(2)]
    api = [C(ns, p, "api", nodes[i], "campaign-report-api") for i, p in enumerate(pods)]
    ing = C("ingress-nginx", w.pod("ingress-nginx-controller", w.rs()), "controller", nodes[1], "ingress-nginx")
    upip = [w.ip("10.244.%d" % (i + 1)) for i in range(2)]

    def N(s, k, path, code, size, rt, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36"):
        w.add(s, ing, '%s - - [@CLF@] "GET %s HTTP/1.1" %d %d "https://ads.adco.example/reports" "%s" %d %.3f [reporting-campaign-report-api-80] [] %s:8000 %d %.3f %d %s' % (
            w.ip("10.240.0"), path, code, size, ua, r.randint(500, 900), rt, upip[k], size, rt - 0.001, code, w.hx(32)))

    def U(s, k, path, code, phrase):
        w.add(s, api[k], 'INFO:     %s:%d - "GET %s HTTP/1.1" %d %s' % (w.ip("10.244.0"), r.randint(30000, 60000), path, code, phrase))

    def tb(s, k, cid, full):
        w.add(s, api[k], "ERROR:    Exception in ASGI application", True)
        w.add(s + 0.0001, api[k], "Traceback (most recent call last):")
        if full:
            w.add(s + 0.0002, api[k], '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi')
            w.add(s + 0.0003, api[k], '  File "/usr/local/lib/python3.12/site-packages/fastapi/routing.py", line 299, in app')
            w.add(s + 0.0004, api[k], '  File "/app/report/api.py", line 61, in campaign_report')
            w.add(s + 0.0005, api[k], "    rows = build_rows(stats)")
        w.add(s + 0.0006, api[k], '  File "/app/report/metrics.py", line 88, in build_rows', True)
        w.add(s + 0.0007, api[k], '    "ctr": round(s.clicks / s.impressions * 100, 3),', True)
        w.add(s + 0.0008, api[k], "ZeroDivisionError: division by zero", True)

    w.add(0.3, api[0], "/app/report/util.py:14: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).")
    good = [71022, 70418, 69911, 71566]
    t = 2.0
    for n, cid in enumerate(good[:2]):
        p = "/v2/campaigns/%d/report?from=2026-02-01&to=2026-02-17" % cid
        U(t, n % 2, p, 200, "OK")
        N(t + 0.002, n % 2, p, 200, r.randint(20000, 90000), w.j(0.2, 0.6))
        t += w.j(3, 7)
    bad = 90311
    p = "/v2/campaigns/%d/report?from=2026-02-14&to=2026-02-17" % bad
    tb(t, 0, bad, True)
    U(t + 0.001, 0, p, 500, "Internal Server Error")
    N(t + 0.003, 0, p, 500, 21, w.j(0.03, 0.06))
    t += w.j(4, 8)
    N(t, 1, "/v2/me", 401, 38, 0.004)
    t += w.j(2, 4)
    for cid in good[2:]:
        p2 = "/v2/campaigns/%d/report?from=2026-02-01&to=2026-02-17" % cid
        U(t, 1, p2, 200, "OK")
        N(t + 0.002, 1, p2, 200, r.randint(20000, 90000), w.j(0.2, 0.6))
        t += w.j(2, 5)
    bad2 = 90377
    p = "/v2/campaigns/%d/report?from=2026-02-17&to=2026-02-17" % bad2
    tb(t, 1, bad2, False)
    U(t + 0.001, 1, p, 500, "Internal Server Error")
    N(t + 0.003, 1, p, 500, 21, w.j(0.03, 0.06))
    t += w.j(5, 9)
    N(t, 0, "/.git/config", 404, 22, 0.002, ua="Go-http-client/1.1")
    p = "/v2/campaigns/%d/report?from=2026-02-14&to=2026-02-17" % bad
    tb(t + 3, 0, bad, False)
    U(t + 3.001, 0, p, 500, "Internal Server Error")
    N(t + 3.003, 0, p, 500, 21, w.j(0.03, 0.06))
    U(t + 6, 1, "/healthz", 200, "OK")
    return record(w, "Some advertisers get a blank page when they open their campaign report, others are fine. Why?",
                  {"namespace": ns},
                  E("ERROR", "application_error", "campaign-report-api",
                    "campaign-report-api raises an unhandled ZeroDivisionError in build_rows (metrics.py line 88) when computing CTR for campaigns with zero impressions in the selected range, returning HTTP 500.",
                    "Reports for new or not-yet-delivering campaigns fail with 500 because the CTR calculation divides by zero impressions; reports for other campaigns return 200.",
                    "Guard the CTR/CPM calculations against zero impressions (return null or 0), add a regression test for empty campaigns and redeploy."))


# ===========================================================================
# image_pull
# ===========================================================================

@scenario
def s_settlement_ecr():
    base = D(2026, 2, 19, 1, 0)
    w = Win("settlement-nightly", base)
    r = w.rng
    ns = "settlement"
    node = "ip-10-44-9-61.eu-west-2.compute.internal"
    node2 = "ip-10-44-17-203.eu-west-2.compute.internal"
    job = "settlement-batch-%d" % int(_epoch(base) // 60)
    pod = "%s-%s" % (job, rstr(r, 5))
    img = "210987654321.dkr.ecr.eu-west-2.amazonaws.com/settlement-batch:4.18.2"
    kl = JOURNAL(node, "kubelet.service")
    pull_err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to '
                'https://210987654321.dkr.ecr.eu-west-2.amazonaws.com/v2/settlement-batch/manifests/4.18.2: 403 Forbidden') % (img, img)
    rec = C(ns, w.pod("settlement-reconciler", w.rs()), "reconciler", node2, "settlement-reconciler")
    ing = C("ingress-nginx", w.pod("ingress-nginx-controller", w.rs()), "controller", node2, "ingress-nginx")

    w.event(0.1, "json", ns, "CronJob", "settlement-batch", "SuccessfulCreate", "Created job %s" % job, etype="Normal",
            comp="cronjob-controller", api="batch/v1")
    w.event(0.3, "json", ns, "Job", job, "SuccessfulCreate", "Created pod: %s" % pod, etype="Normal", comp="job-controller", api="batch/v1")
    w.event(0.4, "json", ns, "Pod", pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, pod, node), etype="Normal", comp="default-scheduler")
    w.event(1.2, "json", ns, "Pod", pod, "Pulling", 'Pulling image "%s"' % img, etype="Normal", host=node, fieldpath="spec.containers{settlement}")
    w.klog(1.6, kl, "E", 2187, "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = Unknown desc = %s" image="%s"' % (
        pull_err.replace('"', '\\"'), img), ev=True)
    w.event(1.7, "json", ns, "Pod", pod, "Failed", 'Failed to pull image "%s": rpc error: code = Unknown desc = %s' % (img, pull_err),
            host=node, fieldpath="spec.containers{settlement}", ev=True)
    w.event(1.71, "json", ns, "Pod", pod, "Failed", "Error: ErrImagePull", host=node, fieldpath="spec.containers{settlement}", ev=True)
    w.event(2.9, "json", ns, "Pod", pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=node, fieldpath="spec.containers{settlement}")
    w.event(2.91, "json", ns, "Pod", pod, "Failed", "Error: ImagePullBackOff", host=node, fieldpath="spec.containers{settlement}", ev=True)
    w.event(8.0, "json", "payments", "Pod", "payouts-export-%d-%s" % (int(_epoch(base) // 60), rstr(r, 5)), "Pulled",
            'Successfully pulled image "381492650117.dkr.ecr.eu-west-2.amazonaws.com/payments/payouts-export:2.3.0" in 1.184s (1.184s including waiting). Image size: 112874231 bytes.',
            etype="Normal", host=node2)
    w.add(12.0, ing, '10.44.1.9 - - [@CLF@] "GET /api/v1/cycles/current HTTP/1.1" 401 45 "-" "python-requests/2.31.0" 412 0.003 [settlement-settlement-api-8080] [] - - - - %s' % w.hx(32))
    t = 20.0
    for n in range(4):
        w.klog(t, kl, "E", 2187, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"settlement\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (
            img, ns, pod, w.uid()), ev=(n == 0))
        t += r.choice([40, 80, 160]) + w.j(0, 2)
    w.event(t, "json", ns, "Pod", pod, "Failed", 'Failed to pull image "%s": rpc error: code = Unknown desc = %s' % (img, pull_err),
            host=node, fieldpath="spec.containers{settlement}", count=6, first=1.7, ev=True)
    w.event(t + 0.5, "json", ns, "Pod", pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=node,
            fieldpath="spec.containers{settlement}", count=24, first=2.9)
    for n in range(3):
        w.add(300 + n * 300 + w.j(0, 1), rec, jd({"event": "settlement file not yet available, retrying", "cycle": "2026-02-18",
                                              "bucket": "s3://bankx-settlement/outgoing/", "retry_in_s": 300, "level": "warning",
                                              "logger": "reconciler.poll", "timestamp": "@ISO6@"}))
    w.add(301.0, rec, jd({"event": "card scheme files ingested", "scheme": "visa", "records": r.randint(180000, 240000), "errors": 0,
                          "level": "info", "logger": "reconciler.ingest", "timestamp": "@ISO6@"}))
    return record(w, "The nightly settlement file hasn't been produced. What's holding it up?",
                  None,
                  E("ERROR", "image_pull", "settlement-batch",
                    "The settlement-batch job pod cannot pull its image from the shared-services ECR registry (account 210987654321): the manifest HEAD request returns 403 Forbidden, so the pod sits in ImagePullBackOff and the batch never runs.",
                    "Tonight's CronJob created its pod but the image pull fails with 403 Forbidden from the cross-account ECR repository (ErrImagePull, ImagePullBackOff); the reconciler keeps waiting for the settlement file.",
                    "Grant the node instance role ecr:BatchGetImage/GetDownloadUrlForLayer in the repository policy of 210987654321 (or replicate the image to the local account), then re-run the job with kubectl create job --from=cronjob/settlement-batch."))


@scenario
def s_druid_tag():
    w = Win("druid-historical-roll", D(2026, 2, 20, 10, 0))
    r = w.rng
    ns = "druid"
    nodes = ["aks-histpool-28417305-vmss000002", "aks-histpool-28417305-vmss000003", "aks-histpool-28417305-vmss000004"]
    qnode = "aks-querypool-28417305-vmss000001"
    img = "adtechacr.azurecr.io/druid/druid:30.0.1-patch2"
    pod = "druid-historical-2"
    hist = [C(ns, "druid-historical-%d" % i, "druid", nodes[i], "druid-historical") for i in range(2)]
    coord = C(ns, "druid-coordinator-0", "druid", qnode, "druid-coordinator")
    brk = C(ns, w.pod("druid-broker", w.rs()), "druid", qnode, "druid-broker")
    kl = JOURNAL(nodes[2], "kubelet.service")
    err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found') % (img, img, img)

    def J(s, lab, lvl, thread, logger, msg, ev=False):
        w.add(s, lab, "@FLINKTS@ %s [%s] %s - %s" % (lvl, thread, logger, msg), ev)

    w.event(0.2, "logfmt", ns, "StatefulSet", "druid-historical", "SuccessfulDelete", "delete Pod druid-historical-2 in StatefulSet druid-historical successful",
            etype="Normal", comp="statefulset-controller", api="apps/v1")
    J(3.0, coord, "INFO", "NodeRoleWatcher[HISTORICAL]", "org.apache.druid.discovery.BaseNodeRoleWatcher",
      "Node [http://druid-historical-2.druid-historical.druid.svc.cluster.local:8083] of role [historical] went offline.")
    w.event(31.5, "logfmt", ns, "StatefulSet", "druid-historical", "SuccessfulCreate", "create Pod druid-historical-2 in StatefulSet druid-historical successful",
            etype="Normal", comp="statefulset-controller", api="apps/v1")
    w.event(31.7, "logfmt", ns, "Pod", pod, "Scheduled", "Successfully assigned druid/druid-historical-2 to %s" % nodes[2], etype="Normal", comp="default-scheduler")
    w.event(38.2, "logfmt", ns, "Pod", pod, "SuccessfulAttachVolume", 'AttachVolume.Attach succeeded for volume "pvc-%s"' % w.uid(), etype="Normal", comp="attachdetach-controller")
    w.event(41.0, "logfmt", ns, "Pod", pod, "Pulling", 'Pulling image "%s"' % img, etype="Normal", host=nodes[2])
    w.klog(41.6, kl, "E", 3120, "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = NotFound desc = %s" image="%s"' % (
        err.replace('"', '\\"'), img))
    w.event(41.7, "logfmt", ns, "Pod", pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = %s' % (img, err), host=nodes[2], ev=True)
    w.event(41.71, "logfmt", ns, "Pod", pod, "Failed", "Error: ErrImagePull", host=nodes[2], ev=True)
    w.event(43.0, "logfmt", ns, "Pod", pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=nodes[2])
    w.event(43.01, "logfmt", ns, "Pod", pod, "Failed", "Error: ImagePullBackOff", host=nodes[2], ev=True)
    J(60.0, coord, "WARN", "Coordinator-Exec--0", "org.apache.druid.server.coordinator.duty.RunRules",
      "Tier[_default_tier] has [%d] under-replicated segments across [4] datasources; replication throttled to [500] per run." % r.randint(4100, 5200))
    J(61.0, hist[0], "INFO", "ZKCoordinator--%d" % r.randint(0, 9), "org.apache.druid.server.coordination.SegmentLoadDropHandler",
      "Loading segment[impressions_2026-01-14T00:00:00.000Z_2026-01-15T00:00:00.000Z_2026-01-15T03:12:44.120Z]")
    J(62.0, hist[1], "INFO", "ZKCoordinator--%d" % r.randint(0, 9), "org.apache.druid.server.coordination.SegmentLoadDropHandler",
      "Loading segment[clicks_2026-01-22T00:00:00.000Z_2026-01-23T00:00:00.000Z_2026-01-23T02:58:01.904Z]")
    J(63.0, hist[0], "WARN", "main", "org.apache.druid.guice.JsonConfigurator",
      "Property [druid.server.http.maxSubqueryRows] is deprecated and will be removed in a future release; use [druid.server.http.maxSubqueryBytes] instead")
    for n in range(3):
        qid = w.uid()
        J(70 + n * 25 + w.j(0, 5), brk, "WARN", "qtp%d-%d" % (r.randint(10**8, 10**9), r.randint(100, 200)), "org.apache.druid.query.RetryQueryRunner",
          "[%d] missing segments found. Retry attempt [1], query id [%s]" % (r.randint(30, 220), qid))
        J(70.4 + n * 25 + w.j(0, 5), brk, "INFO", "qtp%d-%d" % (r.randint(10**8, 10**9), r.randint(100, 200)), "org.apache.druid.server.QueryLifecycle",
          "Query [%s] returned partial results; segments still unavailable after retry" % qid)
    w.klog(120.0, kl, "E", 3120, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"druid\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="druid/druid-historical-2" podUID="%s"' % (img, w.uid()))
    w.event(180.0, "logfmt", ns, "Pod", pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = %s' % (img, err), host=nodes[2], count=5, first=41.7, ev=True)
    w.event(180.5, "logfmt", ns, "Pod", pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=nodes[2], count=14, first=43.0)
    return record(w, "Since the 10:00 change, Druid dashboards show gaps for last month's data. What's wrong?",
                  {"namespace": ns},
                  E("ERROR", "image_pull", "druid-historical",
                    "The druid-historical StatefulSet was rolled to image adtechacr.azurecr.io/druid/druid:30.0.1-patch2, a tag that does not exist in the registry (containerd: not found), so druid-historical-2 stays in ImagePullBackOff and its segments are unavailable.",
                    "The rolling update deleted druid-historical-2 and its replacement cannot pull the new image (NotFound / ErrImagePull / ImagePullBackOff); the coordinator reports under-replicated segments and the broker returns partial results.",
                    "Fix the image tag in the StatefulSet (push the intended patch image or revert to the previous tag) so druid-historical-2 starts and reloads its segments; pause the rollout until then."))


# ===========================================================================
# probe_failure
# ===========================================================================

@scenario
def s_ledger_api_probes():
    w = Win("ledger-api-release", D(2026, 2, 21, 9, 2))
    r = w.rng
    ns = "payments-core"
    nodes = ["worker-3.ocp-pay.bankx.internal", "worker-5.ocp-pay.bankx.internal"]
    oldrs, newrs = w.rs(), w.rs()
    pods = [w.pod("ledger-api", newrs) for _ in range(2)]
    app = [C(ns, p, "ledger-api", nodes[i]) for i, p in enumerate(pods)]
    rtr = C("openshift-ingress", w.pod("router-default", w.rs()), "router", "infra-1.ocp-pay.bankx.internal", "router-default")
    pi = C(ns, w.pod("payment-intents-api", w.rs()), "payment-intents-api", nodes[1])

    def S(s, k, lvl, thread, logger, msg, ev=False):
        w.add(s, app[k], "@ISO@ %5s 1 --- [ledger-api] [%15s] %-40s : %s" % (lvl, thread, logger, msg), ev)

    def boot(s, k):
        S(s, k, "INFO", "main", "c.bankx.ledger.LedgerApiApplication", "Starting LedgerApiApplication v5.0.0 using Java 21.0.2 with PID 1")
        S(s + 3.1, k, "INFO", "main", "liquibase.changelog", "ChangeSet db/changelog/5.0.0/001-add-posting-index.yaml::1::ledger ran successfully in 41ms")
        S(s + 6.2, k, "WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")
        S(s + 9.0, k, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''")
        S(s + 9.3, k, "INFO", "main", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing 4 endpoint(s) beneath base path '/actuator'")
        S(s + 9.5, k, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8081 (http) with context path ''", ev=True)
        S(s + 9.8, k, "INFO", "main", "c.bankx.ledger.LedgerApiApplication", "Started LedgerApiApplication in %.3f seconds (process running for %.3f)" % (w.j(13, 15), w.j(15, 16.5)))

    def unhealthy(s, k, kind, count, first, ev=True):
        w.event(s, "json", ns, "Pod", pods[k], "Unhealthy", "%s probe failed: HTTP probe failed with statuscode: 404" % kind,
                host=nodes[k], count=count, first=first, fieldpath="spec.containers{ledger-api}", ev=ev)

    w.event(0.0, "json", ns, "Deployment", "ledger-api", "ScalingReplicaSet", "Scaled down replica set ledger-api-%s to 0 from 2" % oldrs,
            etype="Normal", comp="deployment-controller", api="apps/v1")
    w.event(9.0, "json", ns, "Deployment", "ledger-api", "ScalingReplicaSet", "Scaled up replica set ledger-api-%s to 2 from 0" % newrs,
            etype="Normal", comp="deployment-controller", api="apps/v1")
    boot(12.0, 0)
    boot(13.1, 1)
    for k in range(2):
        unhealthy(30 + k * 1.2, k, "Readiness", 1, None)
        unhealthy(41 + k * 1.2, k, "Liveness", 1, None)
    t = 32.0
    for n in range(5):
        w.add(t, rtr, 'haproxy[%d]: %s:%d [@HAP@] fe_sni~ be_secure:payments-core:ledger-api/<NOSRV> 0/-1/-1/-1/0 503 3279 - - SC-- %d/%d/0/0/0 0/0 "POST /v1/postings HTTP/1.1"' % (
            r.randint(300, 400), w.ip("10.131.0"), r.randint(30000, 60000), r.randint(10, 30), r.randint(5, 12)))
        if n % 2 == 0:
            w.add(t + 0.01, pi, "@ISO@ ERROR 1 --- [payment-intents] [http-nio-8080-exec-%d] c.b.p.ledger.LedgerClient : Posting failed for intent pi_%s: 503 Service Unavailable from POST https://ledger-api-payments-core.apps.ocp-pay.bankx.internal/v1/postings" % (
                r.randint(1, 50), w.hx(16)))
        t += w.j(6, 12)
    for k in range(2):
        unhealthy(61 + k * 1.2, k, "Liveness", 3, 41 + k * 1.2)
        w.event(61.1 + k * 1.2, "json", ns, "Pod", pods[k], "Killing", "Container ledger-api failed liveness probe, will be restarted",
                etype="Normal", host=nodes[k], fieldpath="spec.containers{ledger-api}", ev=True)
        S(61.3 + k * 1.2, k, "INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete")
        S(61.5 + k * 1.2, k, "INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete")
    boot(75.0, 0)
    unhealthy(118.0, 0, "Readiness", 9, 30.0)
    w.add(120.0, rtr, 'haproxy[%d]: %s:%d [@HAP@] fe_sni~ be_secure:payments-core:ledger-api/<NOSRV> 0/-1/-1/-1/0 503 3279 - - SC-- %d/%d/0/0/0 0/0 "GET /v1/accounts/acc_%s/balance HTTP/1.1"' % (
        r.randint(300, 400), w.ip("10.131.0"), r.randint(30000, 60000), r.randint(10, 30), r.randint(5, 12), w.hx(12)))
    return record(w, "Since this morning's release the payments-core route answers 503 most of the time. What's wrong?",
                  {"namespace": ns},
                  E("CRITICAL", "probe_failure", "ledger-api",
                    "ledger-api 5.0.0 moved its actuator endpoints to management port 8081, but the liveness and readiness probes still call port 8080, which answers 404; the pods never become ready and are killed by the liveness probe every cycle.",
                    "After the Recreate rollout every new ledger-api pod starts cleanly, fails readiness and liveness with HTTP 404, is restarted by the kubelet and never joins the service, so the router has no server and returns 503.",
                    "Point the liveness/readiness probes to port 8081 (/actuator/health/liveness and /readiness) or set management.server.port back to 8080, and roll out again."))


@scenario
def s_pinot_broker_ready():
    w = Win("pinot-broker-bump", D(2026, 2, 22, 12, 3))
    r = w.rng
    ns = "pinot"
    nodes = ["k8s-w-pinot-01", "k8s-w-pinot-02"]
    brk = [C(ns, "pinot-broker-%d" % i, "broker", nodes[i], "pinot-broker") for i in range(2)]
    ctl = C(ns, "pinot-controller-0", "controller", nodes[0], "pinot-controller")
    sup = C("bi", w.pod("superset", w.rs()), "superset", nodes[1], "superset")

    def P(s, lab, lvl, cls, thread, msg):
        w.add(s, lab, "@SLASHMS@ %s [%s] [%s] %s" % (lvl, cls, thread, msg))

    def probe(s, k, count, first):
        w.event(s, "json", ns, "Pod", "pinot-broker-%d" % k, "Unhealthy",
                'Readiness probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "%s": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown' % w.hx(64),
                host=nodes[k], count=count, first=first, fieldpath="spec.containers{broker}", ev=True)

    for k in range(2):
        P(1 + k * 40, brk[k], "INFO", "HelixBrokerStarter", "Start a Pinot [BROKER]", "Starting Pinot broker (Version: 1.2.0)")
        P(9 + k * 40, brk[k], "INFO", "HelixBrokerStarter", "Start a Pinot [BROKER]",
          "Finish starting Pinot broker instance: Broker_pinot-broker-%d.pinot-broker-headless.pinot.svc.cluster.local_8099" % k)
        probe(20 + k * 40, k, 1, None)
    P(12.0, ctl, "INFO", "PinotHelixResourceManager", "grizzly-http-server-3", "Instance Broker_pinot-broker-0.pinot-broker-headless.pinot.svc.cluster.local_8099 is now online")
    for n in range(4):
        k = n % 2
        P(50 + n * 13 + w.j(0, 3), brk[k], "INFO", "QueryLogger", "jersey-server-managed-async-executor-%d" % r.randint(1, 40),
          "requestId=%d,table=adImpressions_REALTIME,timeMs=%d,docs=%d/%d,entries=0/%d,segments(queried/processed/matched/consumingQueried/consumingProcessed/consumingMatched/unavailable):124/124/124/4/4/4/0,consumingFreshnessTimeMs=%d,servers=3/3,groupLimitReached=false,brokerReduceTimeMs=1,exceptions=0,serverStats=(Server=SubmitDelayMs,ResponseDelayMs,ResponseSize,DeserializationTimeMs,RequestSentDelayMs);pinot-server-0_O=0,%d,1024,0,0,client=%s:0,query=SELECT campaign_id, count(*) FROM adImpressions WHERE ts > ago('PT1H') GROUP BY campaign_id LIMIT 10" % (
              r.randint(1000, 9000), r.randint(20, 90), r.randint(10**5, 10**6), r.randint(10**7, 10**8), r.randint(300, 900), 1771761780000 + r.randint(0, 10**6),
              r.randint(10, 60), w.ip("10.244.1")))
    P(33.0, brk[0], "WARN", "PinotClientRequest", "jersey-server-managed-async-executor-7", "Endpoint /query is deprecated and will be removed, use /query/sql")
    for n in range(4):
        s = 48 + n * 17 + w.j(0, 4)
        w.add(s, sup, "@LBC@:ERROR:superset.views.base:HTTPConnectionPool(host='pinot-broker.pinot.svc.cluster.local', port=8099): Max retries exceeded with url: /query/sql (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused'))" % w.hx(9))
        if n == 1:
            w.add(s + 1, sup, '%s - - [@CLF@] "POST /api/v1/chart/data HTTP/1.1" 200 812 "https://bi.adco.example/superset/dashboard/12/" "Mozilla/5.0"' % w.ip("10.244.0"))
        if n == 2:
            w.add(s + 1, sup, '%s - - [@CLF@] "GET /login/ HTTP/1.1" 401 0 "-" "Mozilla/5.0"' % w.ip("10.244.0"))
    probe(110.0, 0, 10, 20.0)
    probe(111.5, 1, 8, 60.0)
    P(115.0, ctl, "INFO", "PeriodicTaskScheduler", "pool-12-thread-1", "Finish processing BrokerResourceValidationManager: 3 tables, 0 failures")
    return record(w, "Superset charts backed by Pinot started failing right after the noon image bump. Please investigate.",
                  {"namespace": ns},
                  E("ERROR", "probe_failure", "pinot-broker",
                    "The new pinot-broker image no longer ships curl, so the exec readiness probe cannot run ('exec: \"curl\": executable file not found in $PATH'); the brokers run and answer queries but never become Ready and have no Service endpoints.",
                    "Both brokers started and serve direct queries, but their readiness probe errors on every run, so the pinot-broker Service has no endpoints and Superset gets connection refused on port 8099.",
                    "Change the broker readiness probe to an httpGet on /health port 8099 (or add curl back to the image) and roll the StatefulSet."))


# ===========================================================================
# scheduling
# ===========================================================================

@scenario
def s_fold_gang_pending():
    w = Win("fold-train-pending", D(2026, 2, 23, 9, 40))
    r = w.rng
    ns = "ml-research"
    job = "protein-fold-train"
    jobuid = w.uid()
    pg = "%s-%s" % (job, jobuid)
    gpu = ["hpc-gpu-%02d" % i for i in range(1, 5)]
    vs = C("volcano-system", w.pod("volcano-scheduler", w.rs()), "volcano-scheduler", "hpc-ctl-01", "volcano-scheduler")
    dp = [C("gpu-operator", w.ds("nvidia-device-plugin-daemonset"), "nvidia-device-plugin", n, "nvidia-device-plugin-daemonset") for n in gpu[:2]]
    ev_pods = [C("ml-research", "llm-eval-sweep-worker-%d" % i, "pytorch", gpu[1 + i], "llm-eval-sweep") for i in range(2)]
    msg = ("0/14 nodes are unavailable: 2 Insufficient nvidia.com/gpu, 1 node(s) had untolerated taint {hpc.uni-example.de/maintenance: true}, "
           "10 node(s) didn't match Pod's node affinity/selector.")
    w.event(0.5, "logfmt", ns, "Job", job, "Created", "create pod %s-worker-0..3 for job %s" % (job, job), etype="Normal", comp="vc-controller-manager", api="batch.volcano.sh/v1alpha1")
    w.event(2.0, "logfmt", ns, "PodGroup", pg, "Unschedulable",
            "4/4 tasks in gang unschedulable: pod group is not ready, 4 Pending, 4 minAvailable; Pending: 1 Schedulable, 3 Unschedulable",
            comp="volcano", api="scheduling.volcano.sh/v1beta1", ev=True)
    for i in range(4):
        w.event(2.1 + i * 0.05, "logfmt", ns, "Pod", "%s-worker-%d" % (job, i), "FailedScheduling", msg, comp="volcano", ev=(i < 2))
    w.klog(2.3, vs, "I", 1, "gang.go:144", '"Gang job not ready" job="%s/%s" readyTasks=1 minAvailable=4 reason="resource in cluster is overused"' % (ns, pg))
    for k, n in enumerate(gpu[:2]):
        w.klog(30 + k * 4, dp[k], "I", 1, "health.go:118", '"Health check" resource="nvidia.com/gpu" devices=8 healthy=8')
    for n in range(5):
        k = n % 2
        w.add(45 + n * 130 + w.j(0, 20), ev_pods[k], "@LBC@ INFO trainer: step %d/6000 loss=%.4f lr=%.2e tokens/s=%d gpu_mem=%.1fGiB" % (
            2100 + n * 90 + k, w.j(1.6, 1.9), 1.2e-4, r.randint(41000, 46000), w.j(71, 76)))
    w.event(300, "logfmt", ns, "PodGroup", pg, "Unschedulable",
            "4/4 tasks in gang unschedulable: pod group is not ready, 4 Pending, 4 minAvailable; Pending: 1 Schedulable, 3 Unschedulable",
            comp="volcano", api="scheduling.volcano.sh/v1beta1", count=11, first=2.0, ev=True)
    w.klog(300.4, vs, "I", 1, "gang.go:144", '"Gang job not ready" job="%s/%s" readyTasks=1 minAvailable=4 reason="resource in cluster is overused"' % (ns, pg))
    w.event(301, "logfmt", "", "Node", gpu[3], "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % gpu[3], etype="Normal", comp="node-controller", host=gpu[3], count=1, first=-3600 + 300)
    for i in range(4):
        w.event(600 + i * 0.05, "logfmt", ns, "Pod", "%s-worker-%d" % (job, i), "FailedScheduling", msg, comp="volcano", count=21, first=2.1, ev=(i == 3))
    w.klog(600.5, vs, "I", 1, "gang.go:144", '"Gang job not ready" job="%s/%s" readyTasks=1 minAvailable=4 reason="resource in cluster is overused"' % (ns, pg))
    w.klog(620, dp[0], "I", 1, "health.go:118", '"Health check" resource="nvidia.com/gpu" devices=8 healthy=8')
    return record(w, "protein-fold-train has been sitting there for 40 minutes without starting. Is the GPU plugin broken?",
                  {"namespace": ns},
                  E("ERROR", "scheduling", "protein-fold-train",
                    "The Volcano gang needs 4 workers with 8 GPUs each but only one GPU node has free GPUs: two are fully used by llm-eval-sweep and hpc-gpu-04 carries the maintenance taint, so the pod group can never reach minAvailable=4 and stays Pending.",
                    "All four workers are unschedulable (Insufficient nvidia.com/gpu, untolerated maintenance taint); the PodGroup reports 1 Schedulable / 3 Unschedulable repeatedly. The device plugins report all GPUs healthy.",
                    "Wait for llm-eval-sweep to finish or lower minAvailable/GPU count, remove the maintenance taint from hpc-gpu-04 if maintenance is over, or submit to a queue with reserved GPU capacity."))


@scenario
def s_bidder_scaleout():
    w = Win("bidder-evening-scaleout", D(2026, 2, 24, 19, 0))
    r = w.rng
    ns = "rtb"
    app = "bidder-us-east"
    oldnodes = ["ip-10-31-%d-%d.ec2.internal" % (r.randint(10, 60), r.randint(2, 250)) for _ in range(2)]
    newnodes = ["ip-10-31-%d-%d.ec2.internal" % (r.randint(10, 60), r.randint(2, 250)) for _ in range(2)]
    h = w.rs()
    old = [w.pod(app, h) for _ in range(2)]
    new = [w.pod(app, h) for _ in range(3)]
    bid = [C(ns, p, "bidder", oldnodes[i], app) for i, p in enumerate(old)]
    kp = C("karpenter", w.pod("karpenter", w.rs()), "controller", "ip-10-31-3-14.ec2.internal", "karpenter")
    ncs = ["rtb-compute-%s" % rstr(r, 5) for _ in range(2)]

    def K(s, msg, ev=False, **kw):
        o = {"level": "INFO", "time": "@ISO@", "logger": "controller", "message": msg, "commit": "a2875e3"}
        o.update(kw)
        w.add(s, kp, jd(o), ev)

    def pino(s, k, lvl, msg, **kw):
        o = {"level": lvl, "time": "@EPOCHMS@", "pid": 1, "hostname": old[k]}
        o.update(kw)
        o["msg"] = msg
        w.add(s, bid[k], jt(o))

    pino(0.5, 0, 30, "stats", window_s=60, requests=r.randint(70000, 80000), bids=r.randint(20000, 24000), error_count=0, timeouts=r.randint(2, 6))
    w.event(3.0, "json", ns, "HorizontalPodAutoscaler", app, "SuccessfulRescale",
            "New size: 36; reason: cpu resource utilization (percentage of request) above target", etype="Normal", comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    w.event(3.1, "json", ns, "Deployment", app, "ScalingReplicaSet", "Scaled up replica set %s-%s to 36 from 24" % (app, h), etype="Normal", comp="deployment-controller", api="apps/v1")
    fs = "0/30 nodes are available: 30 Insufficient cpu. preemption: 0/30 nodes are available: 30 No preemption victims found for incoming pod."
    for i, p in enumerate(new):
        w.event(3.4 + i * 0.02, "json", ns, "Pod", p, "FailedScheduling", fs, comp="default-scheduler", ev=(i == 0))
    K(4.2, "found provisionable pod(s)", ev=True, controller="provisioner", Pods="rtb/%s, rtb/%s, rtb/%s and 9 other(s)" % tuple(new), duration="%.3fms" % w.j(60, 120))
    K(4.3, "computed new nodeclaim(s) to fit pod(s)", ev=True, controller="provisioner", nodeclaims=2, pods=12)
    for i, nc in enumerate(ncs):
        K(4.4 + i * 0.01, "created nodeclaim", controller="provisioner", NodePool={"name": "rtb-compute"}, NodeClaim={"name": nc},
          requests={"cpu": "47800m", "memory": "49Gi", "pods": "8"}, instance_types="c7g.12xlarge, c7g.16xlarge, c7gn.12xlarge, c6g.12xlarge and 21 other(s)")
        K(6.1 + i * 0.2, "launched nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc},
          **{"provider-id": "aws:///us-east-1%s/i-0%s" % (r.choice("abc"), w.hx(16)), "instance-type": "c7g.12xlarge", "zone": "us-east-1b",
             "capacity-type": "on-demand", "allocatable": {"cpu": "47810m", "memory": "88002Mi", "pods": "234"}})
    for k in range(2):
        pino(20 + k * 5, k, 40, "tmax budget exceeded, returning no-bid", exchange=r.choice(["openx", "magnite", "pubmatic"]), tmax_ms=120, elapsed_ms=r.randint(122, 160))
    for i, p in enumerate(new):
        w.event(33 + i * 0.02, "json", ns, "Pod", p, "FailedScheduling", fs, comp="default-scheduler", count=3, first=3.4)
    for i, nc in enumerate(ncs):
        K(58 + i * 3, "registered nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc}, Node={"name": newnodes[i]})
        K(71 + i * 3, "initialized nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc}, Node={"name": newnodes[i]},
          allocatable={"cpu": "47810m", "ephemeral-storage": "95551679124", "memory": "88002Mi", "pods": "234"})
    for i, p in enumerate(new):
        w.event(72 + i * 0.3, "json", ns, "Pod", p, "Scheduled", "Successfully assigned rtb/%s to %s" % (p, newnodes[i % 2]), etype="Normal", comp="default-scheduler")
    for i, p in enumerate(new[:2]):
        w.event(84 + i * 0.6, "json", ns, "Pod", p, "Pulled", 'Successfully pulled image "381492650117.dkr.ecr.us-east-1.amazonaws.com/rtb/bidder:9.14.2" in 5.812s (5.812s including waiting). Image size: 58213377 bytes.',
                etype="Normal", host=newnodes[i % 2])
        w.event(92 + i * 0.6, "json", ns, "Pod", p, "Unhealthy", "Startup probe failed: Get \"http://%s:8080/ready\": dial tcp %s:8080: connect: connection refused" % ((w.ip("10.31.44"),) * 2),
                host=newnodes[i % 2])
    nb = C(ns, new[0], "bidder", newnodes[0], app)
    w.add(101.0, nb, jt({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": new[0], "msg": "aerospike connected, segments cache warm, ready", "nodes": 6}))
    pino(120.5, 0, 30, "stats", window_s=60, requests=r.randint(75000, 82000), bids=r.randint(21000, 25000), error_count=0, timeouts=r.randint(40, 90))
    pino(180.5, 1, 30, "stats", window_s=60, requests=r.randint(75000, 82000), bids=r.randint(21000, 25000), error_count=0, timeouts=r.randint(2, 6))
    return record(w, "Around 19:00 we saw a burst of no-bids for a couple of minutes. Anything to worry about?",
                  None,
                  E("WARN", "scheduling", app,
                    "At the evening peak the HPA scaled bidder-us-east from 24 to 36 replicas but the 12 new pods were unschedulable (Insufficient cpu on all 30 nodes) until Karpenter launched two new nodes about 70 s later; the existing pods ran hot and returned tmax no-bids meanwhile.",
                    "Transient capacity shortfall: new bidder pods Pending with Insufficient cpu, Karpenter provisioned two c7g.12xlarge nodes, pods scheduled and became ready, timeouts went back to normal.",
                    "No immediate action; to avoid the gap, keep headroom (low-priority placeholder pods or a lower HPA CPU target) so scale-out lands on warm capacity."))


# ===========================================================================
# dns_resolution
# ===========================================================================

@scenario
def s_threeds_dns():
    w = Win("threeds-acs-lookups", D(2026, 2, 24, 11, 15))
    r = w.rng
    ns = "cards-3ds"
    nodes = ["aks-cards-31718369-vmss000001", "aks-cards-31718369-vmss000002", "aks-system-31718369-vmss000000"]
    cdh = w.rs()
    cd = [C("kube-system", w.pod("coredns", cdh), "coredns", nodes[2 - i], "coredns") for i in range(2)]
    cdip = [w.ip("10.244.%d" % (i + 5)) for i in range(2)]
    th = w.rs()
    tpods = [w.pod("threeds-server", th) for _ in range(2)]
    ts = [C(ns, p, "threeds-server", nodes[i]) for i, p in enumerate(tpods)]
    tip = [w.ip("10.244.%d" % (i + 1)) for i in range(2)]
    acs = ["acs.issuerbank-a.example", "3ds.acs-provider-b.example", "acs.nordbank-c.example"]

    def NJ(s, k, lvl, cat, msg, exc=None, **state):
        o = {"Timestamp": "@ISO@", "EventId": 0, "LogLevel": lvl, "Category": cat, "Message": msg}
        if exc:
            o["Exception"] = exc
        st = {"Message": msg}
        st.update(state)
        o["State"] = st
        w.add(s, ts[k], jd(o))

    w.add(0.2, cd[0], "[WARNING] No files matching import glob pattern: custom/*.override")
    w.add(0.21, cd[0], "[WARNING] No files matching import glob pattern: custom/*.server")
    NJ(1.0, 0, "Warning", "Microsoft.AspNetCore.Hosting.Diagnostics", "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined by URLS instead 'http://+:5000'.")
    t = 4.0
    for n in range(6):
        k = n % 2
        host = acs[n % 3]
        w.add(t, cd[k], '[INFO] %s:%d - %d "A IN card-vault.cards.svc.cluster.local. udp 62 false 512" NOERROR qr,aa,rd 124 %.6fs' % (
            tip[k], r.randint(30000, 60000), r.randint(1000, 65000), w.j(0.00006, 0.0002)))
        w.add(t + 2.0, cd[k], "[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->10.50.0.%d:53: i/o timeout" % (host, cdip[k], r.randint(30000, 60000), r.choice([4, 5])), True)
        w.add(t + 2.003, cd[k], '[INFO] %s:%d - %d "A IN %s. udp %d false 512" SERVFAIL qr,rd %d %.6fs' % (
            tip[k], r.randint(30000, 60000), r.randint(1000, 65000), host, 40 + len(host), 40 + len(host), w.j(2.0, 2.01)), n < 3)
        if n % 2 == 0:
            NJ(t + 2.01, k, "Error", "ThreeDS.Server.Challenge.AcsClient",
               "ACS request failed for threeDSServerTransID %s" % w.uid(),
               exc="System.Net.Http.HttpRequestException: Resource temporarily unavailable (%s:443)\n ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)" % host,
               acsHost=host)
            NJ(t + 2.02, k, "Information", "ThreeDS.Server.Api.AuthenticationController", "Authentication result transStatus=U reason=ACS_UNREACHABLE", transStatus="U")
        else:
            NJ(t + 0.1, k, "Information", "ThreeDS.Server.Vault.CardVaultClient", "Card vault lookup succeeded in %dms" % r.randint(3, 9))
        t += w.j(7, 14)
    NJ(t, 1, "Warning", "ThreeDS.Server.Auth.MerchantJwtHandler", "Merchant JWT rejected: token expired", merchantId="m_%s" % w.hx(8))
    w.add(t + 3, cd[1], '[INFO] %s:%d - %d "A IN login.microsoftonline.com. udp 46 false 512" NOERROR qr,rd,ra 312 %.6fs' % (
        tip[1], r.randint(30000, 60000), r.randint(1000, 65000), w.j(0.0004, 0.001)))
    w.add(t + 5, cd[0], "[ERROR] plugin/errors: 2 %s. AAAA: read udp %s:%d->10.50.0.5:53: i/o timeout" % (acs[1], cdip[0], r.randint(30000, 60000)), True)
    NJ(t + 6, 0, "Information", "ThreeDS.Server.Api.AuthenticationController", "Authentication result transStatus=Y frictionless=true", transStatus="Y")
    return record(w, "3-D Secure challenges are failing for a bunch of issuers while our internal calls are fine. Can you check threeds-server?",
                  None,
                  E("ERROR", "dns_resolution", "coredns",
                    "CoreDNS forwards external names to the VNet's custom DNS servers 10.50.0.4/10.50.0.5, which are timing out; lookups of issuer ACS hostnames return SERVFAIL, so threeds-server cannot resolve them (EAI_AGAIN 'Resource temporarily unavailable').",
                    "Cluster-internal names resolve instantly but external ACS names fail after 2 s with upstream i/o timeouts in CoreDNS; 3DS authentications end with transStatus=U (ACS unreachable).",
                    "Check the health of the custom DNS servers 10.50.0.4/10.50.0.5 (or the VNet peering to them); as a stopgap add a forward to Azure DNS 168.63.129.16 for external zones in the coredns-custom ConfigMap."))


@scenario
def s_ray_nodelocal_blip():
    w = Win("ray-submit-blip", D(2026, 2, 25, 13, 3))
    r = w.rng
    ns = "ray-jobs"
    node = "gke-rc-ray-cpu-pool-1d2c3b4a-h5jm"
    node2 = "gke-rc-ray-cpu-pool-1d2c3b4a-p0qz"
    oldp, newp = w.ds("node-local-dns"), w.ds("node-local-dns")
    nlo = C("kube-system", oldp, "node-cache", node, "node-local-dns")
    nln = C("kube-system", newp, "node-cache", node, "node-local-dns")
    cron = "hep-submit-%d" % (int(_epoch(w.t0) // 60))
    sub = C(ns, "%s-%s" % (cron, rstr(r, 5)), "submitter", node, "hep-submit")
    wk = C(ns, "hep-analysis-cpu-worker-%s" % rstr(r, 5), "ray-worker", node, "hep-analysis")
    wk2 = C(ns, "hep-analysis-cpu-worker-%s" % rstr(r, 5), "ray-worker", node2, "hep-analysis")
    svc = "hep-analysis-head-svc.ray-jobs.svc.cluster.local"

    w.event(0.5, "json", "kube-system", "DaemonSet", "node-local-dns", "SuccessfulDelete", "Deleted pod: %s" % oldp, etype="Normal", comp="daemonset-controller", api="apps/v1")
    w.event(0.6, "json", "kube-system", "Pod", oldp, "Killing", "Stopping container node-cache", etype="Normal", host=node)
    w.add(0.7, nlo, "[INFO] SIGTERM: Shutting down servers then terminating")
    w.add(0.9, nlo, "@SLASH@ [INFO] Tearing down")
    w.add(3.2, sub, "@LBC@ ERROR submit: job submission failed, will retry in 10s: HTTPConnectionPool(host='%s', port=8265): Max retries exceeded with url: /api/jobs/ (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f%s>: Failed to resolve '%s' ([Errno -3] Temporary failure in name resolution)\"))" % (
        svc, w.hx(9), svc), True)
    w.add(4.0, wk, "@LBC@\tERROR loader.py:88 -- fetch failed for root://eospublic.cern.ch//eos/opendata/cms/Run2016H/SingleMuon/NANOAOD/UL2016_MiniAODv2_NanoAODv9-v1/%d/%s.root: [Errno -3] Temporary failure in name resolution; retrying (1/5)" % (
        r.randint(100000, 999999), w.uid().upper()), True)
    w.add(5.5, wk2, "@LBC@\tINFO loader.py:102 -- fetched %d events from root://eospublic.cern.ch//eos/opendata/cms/Run2016H/SingleMuon/NANOAOD/ in %.1fs" % (r.randint(200000, 400000), w.j(2, 5)))
    w.event(6.2, "json", "kube-system", "DaemonSet", "node-local-dns", "SuccessfulCreate", "Created pod: %s" % newp, etype="Normal", comp="daemonset-controller", api="apps/v1")
    w.event(6.4, "json", "kube-system", "Pod", newp, "Scheduled", "Successfully assigned kube-system/%s to %s" % (newp, node), etype="Normal", comp="default-scheduler")
    w.add(9.0, wk, "@LBC@\tERROR loader.py:88 -- fetch failed for root://eospublic.cern.ch//eos/opendata/cms/Run2016H/SingleMuon/NANOAOD/UL2016_MiniAODv2_NanoAODv9-v1/%d/%s.root: [Errno -3] Temporary failure in name resolution; retrying (2/5)" % (
        r.randint(100000, 999999), w.uid().upper()), True)
    w.event(10.1, "json", "kube-system", "Pod", newp, "Pulled", 'Container image "gke.gcr.io/k8s-dns-node-cache:1.23.1-gke.3" already present on machine', etype="Normal", host=node)
    w.event(10.6, "json", "kube-system", "Pod", newp, "Started", "Started container node-cache", etype="Normal", host=node)
    w.add(10.9, nln, "@SLASH@ [INFO] Starting node-cache image: 1.23.1")
    w.add(10.91, nln, "@SLASH@ [INFO] Using Corefile /etc/Corefile")
    w.add(10.92, nln, "@SLASH@ [ERROR] Failed to read node-cache coreFile /etc/coredns/Corefile.base - open /etc/coredns/Corefile.base: no such file or directory")
    w.add(10.93, nln, "@SLASH@ [INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/resolv.conf")
    w.add(11.3, nln, "@SLASH@ [INFO] Added interface - nodelocaldns")
    w.add(11.4, nln, "@SLASH@ [INFO] Added back nodelocaldns rule - {raw PREROUTING [-p udp -d 169.254.20.10 --dport 53 -j NOTRACK]}")
    w.add(13.2, sub, "@LBC@ INFO submit: submitted job raysubmit_%s (entrypoint: python analyze.py --dataset Run2016H)" % rstr(r, 16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    w.add(15.0, wk, "@LBC@\tINFO loader.py:102 -- fetched %d events from root://eospublic.cern.ch//eos/opendata/cms/Run2016H/SingleMuon/NANOAOD/ in %.1fs" % (r.randint(200000, 400000), w.j(2, 5)))
    w.add(16.0, wk, "@LBC@\tWARNING worker.py:1481 -- SIGTERM handler is not set because current thread is not the main thread.")
    w.add(40.0, nln, "@SLASH@ [INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/resolv.conf")
    w.add(60.0, wk2, "@LBC@\tINFO loader.py:102 -- fetched %d events from root://eospublic.cern.ch//eos/opendata/cms/Run2016H/SingleMuon/NANOAOD/ in %.1fs" % (r.randint(200000, 400000), w.j(2, 5)))
    w.add(75.0, wk, "@LBC@\tINFO analyze.py:211 -- partition 17/64 done: %d events selected" % r.randint(1000, 9000))
    return record(w, "A few Ray job submissions and data fetches in ray-jobs failed around 13:05 and then worked on retry. What happened?",
                  None,
                  E("WARN", "dns_resolution", "node-local-dns",
                    "The node-local-dns DaemonSet pod on gke-rc-ray-cpu-pool-1d2c3b4a-h5jm was replaced by a rolling update; for about ten seconds no DNS cache answered on 169.254.20.10, so pods on that node got 'Temporary failure in name resolution'.",
                    "Brief DNS outage on one node while node-local-dns restarted: the submitter and a Ray worker on that node failed lookups, the new node-cache came up and retries succeeded; the Corefile.base error at startup is benign.",
                    "No action needed; to avoid repeats, roll node-local-dns with maxUnavailable=1 during quiet hours and keep client retries on name-resolution errors."))


# ===========================================================================
# connection_refused
# ===========================================================================

@scenario
def s_pgbouncer_gone():
    w = Win("payments-500s", D(2026, 2, 26, 11, 18))
    r = w.rng
    ns = "payments"
    nodes = ["worker-0.ocp-pay.bankx.internal", "worker-2.ocp-pay.bankx.internal", "worker-6.ocp-pay.bankx.internal"]
    pbh = w.rs()
    pb = [C(ns, w.pod("pgbouncer", pbh), "pgbouncer", nodes[i]) for i in range(2)]
    pih = w.rs()
    pi = [C(ns, w.pod("payment-intents-api", pih), "payment-intents-api", nodes[i]) for i in (0, 2)]
    rf = C(ns, w.pod("refunds-worker", w.rs()), "refunds-worker", nodes[1])
    pg = C(ns, "payments-pg-0", "postgres", nodes[2], "payments-pg")
    argo = C("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "infra-2.ocp-pay.bankx.internal", "argocd-application-controller")
    rtr = C("openshift-ingress", w.pod("router-default", w.rs()), "router", "infra-1.ocp-pay.bankx.internal", "router-default")
    svcip = "172.30.%d.%d" % (r.randint(0, 250), r.randint(2, 250))

    w.add(0.5, pb[0], "@PG@ [1] LOG stats: %d xacts/s, %d queries/s, %d client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
        r.randint(300, 500), r.randint(450, 700), r.randint(0, 3), r.randint(100000, 150000), r.randint(300000, 500000), r.randint(1500, 2200), r.randint(1200, 1800), r.randint(5, 40)))
    w.add(2.0, argo, 'time="@ISO6@" level=info msg="Initiated automated sync to \'4f1c2e9\'" application=openshift-gitops/payments-db-proxy dest-namespace=payments dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal')
    w.add(3.1, argo, 'time="@ISO6@" level=info msg="Applying resource Deployment/pgbouncer in cluster: https://172.30.0.1:443, namespace: payments"')
    w.event(3.4, "json", ns, "Deployment", "pgbouncer", "ScalingReplicaSet", "Scaled down replica set pgbouncer-%s to 0 from 2" % pbh,
            etype="Normal", comp="deployment-controller", api="apps/v1", ev=True)
    for i in range(2):
        w.event(3.6 + i * 0.05, "json", ns, "Pod", pb[i]["pod"], "Killing", "Stopping container pgbouncer", etype="Normal", host=nodes[i])
        w.add(3.7 + i * 0.05, pb[i], "@PG@ [1] LOG got SIGTERM, fast exit", True)
    w.add(4.5, argo, 'time="@ISO6@" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=openshift-gitops/payments-db-proxy syncId=00012-%s' % rstr(r, 5, "abcdefghijklmnopqrstuvwxyz"))
    t = 6.0
    for n in range(7):
        k = n % 2
        if n in (0, 3, 5):
            w.add(t, pi[k], "@LB@ ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : Connection to pgbouncer.payments.svc:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % r.randint(1, 60), n < 5)
            w.add(t + 0.002, pi[k], "@LB@ ERROR 1 --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause" % r.randint(1, 60))
        if n in (1, 4):
            w.add(t, rf, '@LBC@ ERROR refunds.worker: refund batch failed: connection to server at "pgbouncer.payments.svc" (%s), port 6432 failed: Connection refused' % svcip, True)
            w.add(t + 0.001, rf, "\tIs the server running on that host and accepting TCP/IP connections?")
        w.add(t + 0.01, rtr, 'haproxy[%d]: %s:%d [@HAP@] fe_sni~ be_secure:payments:payment-intents-api/pod:%s:payment-intents-api:https:%s:8443 0/0/1/%d/%d 500 %d - - ---- %d/%d/%d/%d/0 0/0 "POST /v1/payment_intents HTTP/1.1"' % (
            r.randint(300, 400), w.ip("10.131.0"), r.randint(30000, 60000), pi[k]["pod"], w.ip("10.129.2"), r.randint(3, 12), r.randint(5, 14), r.randint(300, 420),
            r.randint(20, 40), r.randint(10, 20), r.randint(2, 6), r.randint(1, 4)))
        if n == 2:
            w.add(t + 0.5, rtr, 'haproxy[%d]: %s:%d [@HAP@] fe_sni~ be_secure:payments:merchant-dashboard/pod:merchant-dashboard-%s:merchant-dashboard:https:%s:8443 0/0/1/3/4 401 210 - - ---- 22/12/3/1/0 0/0 "GET /api/session HTTP/1.1"' % (
                r.randint(300, 400), w.ip("10.131.0"), r.randint(30000, 60000), w.rs(), w.ip("10.129.3")))
        t += w.j(4, 9)
    w.add(30.0, pg, "@PG@ [%d] LOG:  checkpoint starting: time" % r.randint(60, 90))
    w.add(58.0, pg, "@PG@ [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=%d, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=2A/%X, redo lsn=2A/%X" % (
        r.randint(60, 90), r.randint(800, 2000), w.j(0.5, 1.5), w.j(25, 28), w.j(27, 28.5), r.randint(20, 60), r.randint(9000, 20000), r.randint(15000, 22000), r.randint(10**8, 10**9), r.randint(10**8, 10**9)))
    w.add(61.0, pi[0], "@LB@ WARN 1 --- [nio-8080-exec-%d] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % (
        r.randint(1, 60), w.hx(8)))
    w.add(63.0, pi[1], "@LB@ ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : Connection to pgbouncer.payments.svc:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % r.randint(1, 60), True)
    return record(w, "The payments API has thrown 500s on every request since 11:20, but Postgres itself looks healthy. Help?",
                  {"namespace": ns},
                  E("CRITICAL", "connection_refused", "pgbouncer",
                    "An automated Argo CD sync scaled the pgbouncer Deployment to 0 replicas; with no pooler pods behind pgbouncer.payments.svc:6432 every database connection from the payment services is refused.",
                    "Right after the payments-db-proxy sync, pgbouncer was scaled from 2 to 0 and exited; payment-intents-api and refunds-worker get 'Connection refused' on port 6432 and the router returns 500 for every payment request, while PostgreSQL keeps checkpointing normally.",
                    "Scale pgbouncer back to 2 (and fix replicas in the payments-db-proxy Git source so Argo CD does not revert it), then confirm payment-intents-api recovers."))


@scenario
def s_postback_partner():
    w = Win("postback-partnernet", D(2026, 2, 26, 15, 2))
    r = w.rng
    ns = "conversions"
    nodes = ["k3s-agent-c1", "k3s-agent-c2"]
    h = w.rs()
    sk = [C(ns, w.pod("conversion-postback", h), "sidekiq", nodes[i], "conversion-postback") for i in range(2)]
    tr = C("kube-system", w.pod("traefik", w.rs()), "traefik", nodes[0], "traefik")
    host = "postback.partnernet.example"

    def SQ(s, k, jid, lvl, msg, elapsed=None, ev=False):
        el = " elapsed=%.3f" % elapsed if elapsed is not None else ""
        w.add(s, sk[k], "@ISO@ pid=1 tid=%s class=PostbackJob jid=%s%s %s: %s" % (rstr(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789"), jid, el, lvl, msg), ev)

    def RL(s, k, lvl, msg, ev=False):
        w.add(s, sk[k], "%s, [@ISO6@ #1] %5s -- : %s" % (lvl[0], lvl, msg), ev)

    w.add(0.3, sk[0], "@ISO@ pid=1 tid=%s WARN: DEPRECATION WARNING: Sidekiq::Worker is deprecated, use Sidekiq::Job instead (called from app/jobs/application_job.rb:3)" % rstr(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789"))
    t = 2.0
    partners = ["tradedesk", "partnernet", "impactx", "partnernet", "awinly", "partnernet", "partnernet", "tradedesk", "partnernet"]
    for n, p in enumerate(partners):
        k = n % 2
        jid = w.hx(24)
        cv = "cv_%s" % w.hx(12)
        SQ(t, k, jid, "INFO", "start")
        if p == "partnernet":
            RL(t + 0.02, k, "ERROR", "[PostbackJob] partner=partnernet conversion_id=%s failed: Failed to open TCP connection to %s:443 (Connection refused - connect(2) for \"%s\" port 443)" % (cv, host, host), ev=True)
            SQ(t + 0.03, k, jid, "INFO", "fail", elapsed=w.j(0.02, 0.05))
            SQ(t + 0.031, k, jid, "WARN", "Errno::ECONNREFUSED: Failed to open TCP connection to %s:443 (Connection refused - connect(2) for \"%s\" port 443)" % (host, host), ev=(n < 4))
            SQ(t + 0.032, k, jid, "WARN", "/usr/local/lib/ruby/3.3.0/net/http.rb:1603:in `initialize'")
        else:
            ms = r.randint(40, 180)
            RL(t + ms / 1000.0, k, "INFO", "[PostbackJob] partner=%s conversion_id=%s status=200 in %dms" % (p, cv, ms))
            SQ(t + ms / 1000.0 + 0.001, k, jid, "INFO", "done", elapsed=ms / 1000.0 + 0.004)
        if n % 3 == 1:
            w.add(t + 0.4, tr, '%s - - [@CLF@] "POST /v1/conversions HTTP/1.1" 202 17 "-" "-" %d "conversions-ingest@kubernetes" "http://%s:3000" %dms' % (
                w.ip("10.42.0"), r.randint(1000, 9999), w.ip("10.42.1"), r.randint(2, 8)))
        t += w.j(2, 6)
    RL(t, 0, "INFO", "[RetryMonitor] retry set size=%d (partnernet=%d) dead=0" % (r.randint(1800, 2000), r.randint(1700, 1800)))
    w.add(t + 1, sk[1], "@ISO@ pid=1 tid=%s WARN: Your Redis network connection is performing extremely poorly." % rstr(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789"))
    w.add(t + 1.01, sk[1], "@ISO@ pid=1 tid=%s WARN: Last RTT readings were [%d, %d, %d, %d, %d], ideally these should be < 1000." % (
        rstr(r, 4, "abcdefghijklmnopqrstuvwxyz0123456789"), r.randint(900, 1400), r.randint(600, 900), r.randint(300, 500), r.randint(200, 300), r.randint(150, 250)))
    jid = w.hx(24)
    SQ(t + 5, 1, jid, "INFO", "start")
    RL(t + 5.02, 1, "ERROR", "[PostbackJob] partner=partnernet conversion_id=cv_%s failed: Failed to open TCP connection to %s:443 (Connection refused - connect(2) for \"%s\" port 443)" % (w.hx(12), host, host), ev=True)
    SQ(t + 5.03, 1, jid, "INFO", "fail", elapsed=w.j(0.02, 0.05))
    RL(t + 30, 1, "INFO", "[RetryMonitor] retry set size=%d (partnernet=%d) dead=0" % (r.randint(2050, 2200), r.randint(1900, 2000)))
    return record(w, "Partner reconciliation shows zero conversions delivered to PartnerNet since about 15:00. Is our side broken?",
                  {"namespace": ns},
                  E("ERROR", "connection_refused", "conversion-postback",
                    "PartnerNet's postback endpoint postback.partnernet.example:443 refuses TCP connections, so every PostbackJob for that partner fails with Errno::ECONNREFUSED and goes to the Sidekiq retry set; postbacks to other partners succeed.",
                    "conversion-postback delivers to tradedesk, impactx and awinly normally but all partnernet deliveries fail with connection refused; the retry set keeps growing. The Redis RTT warning and the deprecation warning are unrelated.",
                    "Contact PartnerNet about their endpoint (or confirm a new host/IP allowlist), keep the Sidekiq retries running and watch the retry set; pause the partnernet queue if it grows toward the dead-set limit."))


# ===========================================================================
# timeout
# ===========================================================================

@scenario
def s_tokenize_kms():
    w = Win("checkout-card-save", D(2026, 2, 27, 12, 40))
    r = w.rng
    ns = "vaulting"
    nodes = ["ip-10-40-33-18.eu-west-1.compute.internal", "ip-10-40-41-77.eu-west-1.compute.internal"]
    h = w.rs()
    tk = [C(ns, w.pod("tokenization-svc", h), "tokenization-svc", nodes[i]) for i in range(2)]
    ch = w.rs()
    cpod = w.pod("checkout", ch)
    co = C("checkout", cpod, "checkout", nodes[1])
    env = C("checkout", cpod, "envoy", nodes[1], "checkout")

    def SL(s, k, lvl, msg, ev=False, **kw):
        o = {"time": "@ISO6@", "level": lvl, "msg": msg}
        o.update(kw)
        w.add(s, tk[k], jd(o), ev)

    SL(0.4, 0, "INFO", "dek cache hit", op="detokenize", merchant="m_%s" % w.hx(8), elapsed_ms=r.randint(1, 3))
    SL(1.1, 1, "WARN", "detokenize denied", merchant="m_%s" % w.hx(8), reason="missing scope pan:read")
    t = 3.0
    for n in range(7):
        k = n % 2
        if n in (1, 4):
            SL(t, k, "INFO", "token issued", op="tokenize", dek="cached", elapsed_ms=r.randint(3, 9))
            w.add(t + 0.01, env, '[@ISO@] "POST /v1/tokens HTTP/1.1" 201 - %d %d %d %d "-" "checkout/4.2" "%s" "tokenization-svc.vaulting.svc:8080" "%s:8080"' % (
                r.randint(300, 500), r.randint(90, 120), r.randint(5, 12), r.randint(4, 11), w.uid(), w.ip("10.40.33")))
        else:
            op = r.choice(["Decrypt", "GenerateDataKey"])
            SL(t, k, "WARN", "kms call slow, retrying", op=op, attempt=1, elapsed_ms=r.randint(1900, 2000))
            SL(t + 2.0, k, "ERROR", "data key unavailable", ev=True, op="tokenize",
               err="operation error KMS: %s, canceled, context deadline exceeded" % op, key_id="alias/pan-dek", deadline_ms=2000)
            w.add(t + 3.0, env, '[@ISO@] "POST /v1/tokens HTTP/1.1" 504 UT %d 24 3000 - "-" "checkout/4.2" "%s" "tokenization-svc.vaulting.svc:8080" "%s:8080"' % (
                r.randint(300, 500), w.uid(), w.ip("10.40.33")))
            if n % 3 == 0:
                w.add(t + 3.01, co, jd({"time": "@ISO6@", "level": "ERROR", "msg": "save card failed", "err": "tokenization: 504 upstream request timeout",
                                        "order_id": "ord_%s" % w.hx(10), "fallback": "one-time payment"}))
        t += w.j(4, 9)
    SL(t, 0, "WARN", "kms latency high", p50_ms=r.randint(900, 1300), p99_ms=r.randint(1900, 2000), window_s=60, endpoint="vpce-0a1b2c3d4e5f60718-kms.eu-west-1.vpce.amazonaws.com", ev=True)
    SL(t + 1, 1, "INFO", "health", status="ok", dek_cache_size=r.randint(10, 40))
    SL(t + 4, 1, "ERROR", "data key unavailable", ev=True, op="tokenize", err="operation error KMS: GenerateDataKey, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded",
       key_id="alias/pan-dek", deadline_ms=2000)
    return record(w, "Checkout is getting 504s when customers save a card. What's slow?",
                  {"namespace": ns},
                  E("ERROR", "timeout", "tokenization-svc",
                    "AWS KMS calls (Decrypt/GenerateDataKey via the VPC endpoint) from tokenization-svc take around two seconds and hit its 2 s deadline (context deadline exceeded), so tokenize requests without a cached data key exceed envoy's 3 s route timeout and return 504.",
                    "Card-save requests that need a fresh data key fail with KMS context-deadline errors and 504 UT at checkout's envoy; cached-key requests still succeed in a few ms. The pan:read denial is an unrelated authorization check.",
                    "Check KMS and the VPC endpoint latency in eu-west-1 (CloudWatch, AWS Health); meanwhile lengthen the data-key cache TTL and give KMS calls a longer deadline with jittered retries."))


@scenario
def s_dash_clickhouse_slow():
    w = Win("dash-tiles-spinning", D(2026, 2, 27, 10, 38))
    r = w.rng
    ns = "olap"
    nodes = ["gke-adtech-olap-pool-6e2f9a1b-c3vd", "gke-adtech-olap-pool-6e2f9a1b-m8rt", "gke-adtech-web-pool-0b7c3d2e-x1q9"]
    ch = [C(ns, "clickhouse-%d" % i, "clickhouse", nodes[i], "clickhouse") for i in range(2)]
    dh = w.rs()
    da = C("dashboards", w.pod("dashboard-api", dh), "dashboard-api", nodes[2])
    ngx = C("ingress-nginx", w.pod("ingress-nginx-controller", w.rs()), "controller", nodes[2], "ingress-nginx")
    tuid = w.uid()
    daip, chip = w.ip("10.8.3"), w.ip("10.8.7")
    mq = w.uid()

    def CH(s, k, lvl, msg, qid="", ev=False):
        w.add(s, ch[k], "@CH@ [ %d ] {%s} <%s> %s" % (r.randint(400, 900), qid, lvl, msg), ev)

    def Z(s, lvl, msg, ev=False, **kw):
        o = {"level": lvl, "ts": "@EPOCH@", "caller": "tiles/query.go:%d" % r.randint(60, 140), "msg": msg}
        o.update(kw)
        w.add(s, da, jt(o), ev)

    CH(0.5, 0, "Debug", "executeQuery: (from 10.8.2.40:44120, user: backfill) ALTER TABLE events.impressions UPDATE advertiser_id = dictGet('adv_remap', 'new_id', advertiser_id) WHERE event_date >= '2026-01-01' (stage: Complete)", qid=mq)
    mut = r.randint(1800, 1900)
    CH(0.6, 0, "Information", "events.impressions (%s): Added mutation: mutation_%d.txt" % (tuid, mut), qid=mq)
    CH(4.0, 0, "Debug", "MergeTreeBackgroundExecutor: Too many tasks scheduled, will wait for pool: merges=16/16, mutations=24 queued", ev=True)
    t = 10.0
    for n in range(5):
        q = w.uid()
        CH(t, n % 2, "Debug", "executeQuery: (from %s:%d, user: dashboards) SELECT toDate(ts) AS d, sum(cost_micros)/1e6 FROM events.impressions WHERE advertiser_id = %d AND ts > now() - INTERVAL 7 DAY GROUP BY d ORDER BY d (stage: Complete)" % (
            daip, r.randint(40000, 60000), r.randint(1000, 9999)), qid=q)
        dur = w.j(31, 44)
        rows = r.randint(900, 1400) * 1000000
        gib = w.j(9, 14)
        Z(t + 30.0, "error", "tile query failed", ev=True, tile="spend_7d", err="read tcp %s:%d->%s:9000: i/o timeout" % (daip, r.randint(40000, 60000), chip), timeout="30s")
        w.add(t + 30.01, ngx, '@SLASH@ [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: dash.adco.example, request: "GET /api/tiles/spend?range=7d HTTP/1.1", upstream: "http://%s:8080/api/tiles/spend?range=7d", host: "dash.adco.example"' % (
            812, 812, r.randint(10**6, 10**7), w.ip("10.8.0"), w.ip("10.8.4")))
        CH(t + dur, n % 2, "Information", "executeQuery: Read %d rows, %.2f GiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (
            rows, gib, dur, int(rows / dur), gib * 1024 / dur), qid=q, ev=(n < 3))
        if n == 2:
            Z(t + 5, "info", "tile served", tile="campaign_list", source="postgres", elapsed_ms=r.randint(8, 30))
            w.add(t + 6, ngx, '%s - - [@CLF@] "GET /api/auth/refresh HTTP/1.1" 401 29 "-" "Mozilla/5.0" 612 0.004 [dashboards-dashboard-api-8080] [] %s:8080 29 0.004 401 %s' % (
                w.ip("10.8.0"), w.ip("10.8.4"), w.hx(32)))
        t += w.j(28, 40)
    CH(t, 0, "Information", "events.impressions (%s) (MutationsFinalizingTask): Mutation mutation_%d done, %d parts rewritten" % (tuid, mut, r.randint(300, 500)))
    for n in range(3):
        q = w.uid()
        d2 = w.j(0.6, 1.4)
        rows = r.randint(900, 1400) * 1000000
        gib = w.j(9, 14)
        CH(t + 20 + n * 15, n % 2, "Information", "executeQuery: Read %d rows, %.2f GiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (
            rows, gib, d2, int(rows / d2), gib * 1024 / d2), qid=q)
        Z(t + 20 + n * 15 + d2, "info", "tile served", tile="spend_7d", source="clickhouse", elapsed_ms=int(d2 * 1000) + r.randint(2, 9))
    return record(w, "Around 10:40 the campaign dashboards were spinning and some tiles failed; now they load. What happened?",
                  None,
                  E("WARN", "timeout", "clickhouse",
                    "A backfill ALTER TABLE ... UPDATE mutation on events.impressions saturated ClickHouse's merge pool; dashboard queries slowed to 31-44 s, past dashboard-api's 30 s read timeout, so tiles failed with i/o timeout and nginx 504s until the mutation finished.",
                    "While the advertiser_id remap mutation ran, ClickHouse answered dashboard queries slowly; dashboard-api timed out and ingress-nginx logged upstream timeouts. After the mutation completed, the same queries returned in under a second.",
                    "Schedule large mutations outside business hours or throttle them (lower background pool share / run on a replica), and give dashboard tiles a cached fallback."))


# ===========================================================================
# tls_certificate
# ===========================================================================

@scenario
def s_fix_cboe_tls():
    w = Win("fix-cboe-monday", D(2026, 3, 2, 8, 0))
    r = w.rng
    ns = "trading"
    n1, n2 = "k8s-colo-w02", "k8s-colo-w04"
    fg = C(ns, "fix-gateway-1", "fix-gateway", n2)
    fg0 = C(ns, "fix-gateway-0", "fix-gateway", n1)
    rh = w.rs()
    rt = C(ns, w.pod("order-router", rh), "order-router", n1)
    sess = "FIX.4.4:BANKX-OMS->CBOE-EU"

    def Q(s, lab, lvl, thread, logger, msg, ev=False):
        w.add(s, lab, "@LB@ %-5s [%s] %s - %s" % (lvl, thread, logger, msg), ev)

    Q(0.2, fg, "INFO", "main", "com.bankx.fix.tls.TrustStoreLoader",
      "Loaded trust store /etc/fix/tls/truststore.p12 (3 certificates: bankx-root-2024, lseg-mit-ca-g2, cboe-eu-issuing-ca-2023)", ev=True)
    Q(0.5, fg, "INFO", "main", "quickfix.SocketInitiator", "SessionTimer started")
    ssl = ("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
           "unable to find valid certification path to requested target")
    t = 1.0
    for n in range(4):
        Q(t, fg, "INFO", "QFJ Timer", "quickfix.Session", "%s: Initiated logon request" % sess)
        Q(t + 0.08, fg, "ERROR", "NioProcessor-%d" % r.randint(1, 4), "quickfix.mina.initiator.InitiatorIoHandler",
          "%s: Disconnecting: %s" % (sess, ssl), ev=(n < 3))
        if n == 0:
            Q(t + 0.081, fg, "WARN", "NioProcessor-2", "com.bankx.fix.tls.HandshakeDiagnostics",
              "CBOE-EU presented chain: [0] CN=fix-eu.cboe.example, issuer=CN=Cboe Europe Issuing CA 2026, O=Cboe Global Markets, C=NL; [1] CN=Cboe Europe Issuing CA 2026, issuer=CN=Cboe Root CA G3; no trust anchor found in /etc/fix/tls/truststore.p12", ev=True)
        Q(t + 0.09, fg, "INFO", "NioProcessor-2", "quickfix.Session", "%s: Disconnecting" % sess)
        t += 30 + w.j(0, 0.5)
    Q(3.0, fg0, "INFO", "QFJ Message Processor", "quickfix.msg.incoming",
      "FIX.4.4:BANKX-OMS->LSEG-MIT: 8=FIX.4.4|9=64|35=0|34=%d|49=LSEG-MIT|52=@FIX@|56=BANKX-OMS|10=%03d|" % (r.randint(100, 300), r.randint(0, 255)))
    Q(33.0, fg0, "INFO", "QFJ Message Processor", "quickfix.Session",
      "FIX.4.4:BANKX-OMS->LSEG-MIT: Received SequenceReset FROM: %d TO: %d" % (412, 418))
    for n in range(5):
        s = 10 + n * 19 + w.j(0, 5)
        w.add(s, rt, jt({"level": "warn", "ts": "@EPOCH@", "caller": "route/router.go:188", "msg": "venue session down, rejecting order",
                         "venue": "CBOE-EU", "cl_ord_id": "ORD-%s" % w.hx(10).upper(), "symbol": r.choice(["SAPd", "ASMLa", "NESNz", "MCp"])}))
        if n % 2 == 0:
            w.add(s + 1.5, rt, jt({"level": "info", "ts": "@EPOCH@", "caller": "route/router.go:214", "msg": "order acknowledged",
                                   "venue": "LSEG-MIT", "cl_ord_id": "ORD-%s" % w.hx(10).upper(), "ack_us": r.randint(400, 900)}))
    w.add(100.0, rt, jt({"level": "info", "ts": "@EPOCH@", "caller": "stats/reporter.go:57", "msg": "session stats", "venue": "LSEG-MIT",
                         "orders": r.randint(300, 500), "rejects": 0, "error_count": 0}))
    return record(w, "Orders routed to Cboe Europe have all been rejected since the Monday open; other venues are fine. What's going on?",
                  {"namespace": ns},
                  E("ERROR", "tls_certificate", "fix-gateway",
                    "Cboe Europe now presents a certificate chain issued by 'Cboe Europe Issuing CA 2026', which is not in the FIX gateway's trust store; every TLS handshake fails with PKIX path building failed, so the CBOE-EU session never logs on.",
                    "The CBOE-EU FIX session fails the TLS handshake on every logon attempt (unable to find valid certification path) and the router rejects all Cboe orders; LSEG sessions are healthy.",
                    "Import the new Cboe Europe issuing/root CA (from the venue's connectivity notice) into the fix-tls trust store secret, restart fix-gateway-1 and confirm the session logs on."))


@scenario
def s_volcano_webhook_cert():
    w = Win("batch-submit-500", D(2026, 3, 2, 9, 0))
    r = w.rng
    ctl = "hpc-ctl-01"
    api = C("kube-system", "kube-apiserver-%s" % ctl, "kube-apiserver", ctl, "kube-apiserver")
    adm = C("volcano-system", w.pod("volcano-admission", w.rs()), "admission", "hpc-ctl-02", "volcano-admission")
    vcc = C("volcano-system", w.pod("volcano-controllers", w.rs()), "volcano-controllers", "hpc-ctl-02", "volcano-controllers")
    portal = C("hpc-portal", w.pod("jobs-portal", w.rs()), "django", "hpc-svc-01", "jobs-portal")
    trn = C("hpc-batch", "climate-ens-77-worker-2", "worker", "hpc-cpu-09", "climate-ens-77")
    expiry = "2026-03-01T23:41:09Z"
    xerr = "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after %s" % expiry

    def apiw(s, hook, path, ev=True):
        w.klog(s, api, "W", 1, "dispatcher.go:217", 'Failed calling webhook, failing closed %s: failed calling webhook "%s": failed to call webhook: Post "https://volcano-admission-service.volcano-system.svc:443/%s?timeout=10s": %s' % (
            hook, hook, path, xerr), ev=ev)

    def tlserr(s, ev=True):
        w.add(s, adm, "@SLASH@ http: TLS handshake error from 10.42.0.%d:%d: remote error: tls: bad certificate" % (r.randint(1, 3), r.randint(30000, 60000)), ev)

    w.klog(0.2, api, "W", 1, "warnings.go:70", "Use tokens from the TokenRequest API or manually created secret-based tokens instead of auto-generated secret-based tokens.")
    t = 2.0
    users = ["mlindqvist", "okarimi", "tnguyen", "mlindqvist"]
    for n, u in enumerate(users):
        apiw(t, "validatejob.volcano.sh", "jobs/validate", ev=(n < 3))
        tlserr(t + 0.001, ev=(n < 2))
        w.add(t + 0.02, portal, '@LBC@ ERROR portal.submit: submission failed for user %s: (500) Reason: Internal Server Error HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Internal error occurred: failed calling webhook \\"validatejob.volcano.sh\\": failed to call webhook: Post \\"https://volcano-admission-service.volcano-system.svc:443/jobs/validate?timeout=10s\\": %s","reason":"InternalError","code":500}' % (
            u, xerr), ev=(n == 0))
        w.add(t + 0.03, portal, '@LBC@ INFO django.server: "POST /api/jobs/ HTTP/1.1" 500 %d' % r.randint(180, 260))
        t += w.j(20, 60)
    w.add(15.0, portal, '@LBC@ WARNING django.request: Unauthorized: /api/jobs/', False)
    w.add(15.01, portal, '@LBC@ INFO django.server: "GET /api/jobs/ HTTP/1.1" 401 58')
    w.klog(40.0, vcc, "E", 1, "job_controller_actions.go:436", '"Failed to create pod" err="Internal error occurred: failed calling webhook \\"mutatepod.volcano.sh\\": failed to call webhook: Post \\"https://volcano-admission-service.volcano-system.svc:443/pods/mutate?timeout=10s\\": %s" pod="hpc-batch/cfd-sweep-0412-worker-3"' % xerr, ev=True)
    apiw(40.0, "mutatepod.volcano.sh", "pods/mutate", ev=False)
    tlserr(40.001, ev=False)
    w.event(40.2, "json", "hpc-batch", "Job", "cfd-sweep-0412", "FailedCreatePodFailed",
            "Internal error occurred: failed calling webhook \"mutatepod.volcano.sh\": failed to call webhook: Post \"https://volcano-admission-service.volcano-system.svc:443/pods/mutate?timeout=10s\": %s" % xerr,
            comp="vc-controller-manager", api="batch.volcano.sh/v1alpha1")
    for n in range(3):
        w.add(60 + n * 40 + w.j(0, 5), trn, "@LBC@ INFO ens.run: member 77 timestep %d/8760 wall=%.2fs cfl=%.3f" % (4100 + n * 12, w.j(2.8, 3.4), w.j(0.41, 0.48)))
    w.klog(150.0, vcc, "E", 1, "job_controller_actions.go:436", '"Failed to create pod" err="Internal error occurred: failed calling webhook \\"mutatepod.volcano.sh\\": failed to call webhook: Post \\"https://volcano-admission-service.volcano-system.svc:443/pods/mutate?timeout=10s\\": %s" pod="hpc-batch/cfd-sweep-0412-worker-3"' % xerr)
    tlserr(150.001, ev=False)
    return record(w, "Nobody can submit batch jobs this morning; the portal just says 500 'Internal error occurred'. What broke?",
                  None,
                  E("CRITICAL", "tls_certificate", "volcano-admission",
                    "The serving certificate of the volcano-admission webhook expired at 2026-03-01T23:41:09Z; the API server cannot verify it, and because the Volcano webhooks fail closed, every job validation and pod mutation is rejected.",
                    "All Volcano job submissions and new worker pods are refused with 'x509: certificate has expired or is not yet valid' when the API server calls volcano-admission-service; the admission pod logs 'tls: bad certificate' handshakes. Already-running jobs continue.",
                    "Regenerate the volcano-admission certificate and secret (re-run the admission-init job or the gen-admission-secret script), update the webhook caBundle, restart volcano-admission, and put the certificate expiry under monitoring."))


# ===========================================================================
# auth_failure
# ===========================================================================

@scenario
def s_clearing_vault_init():
    w = Win("clearing-rollout-init", D(2026, 3, 3, 14, 10))
    r = w.rng
    ns = "clearing"
    nodes = ["worker-1.ocp-clr.bankx.internal", "worker-3.ocp-clr.bankx.internal"]
    oldh, newh = w.rs(), w.rs()
    newpod = w.pod("clearing-api", newh)
    init = C(ns, newpod, "vault-agent-init", nodes[0], "clearing-api")
    oldpods = [w.pod("clearing-api", oldh) for _ in range(2)]
    old = [C(ns, p, "clearing-api", nodes[i]) for i, p in enumerate(oldpods)]
    vault = C("vault", "vault-0", "vault", "worker-4.ocp-clr.bankx.internal", "vault")
    argo = C("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "infra-1.ocp-clr.bankx.internal", "argocd-application-controller")
    other = C("risk", w.pod("exposure-calc", w.rs()), "vault-agent", nodes[1], "exposure-calc")
    podip = w.ip("10.129.4")

    w.add(0.2, argo, 'time="@ISO6@" level=info msg="Applying resource ServiceAccount/clearing-api-sa in cluster: https://172.30.0.1:443, namespace: clearing"', True)
    w.add(0.4, argo, 'time="@ISO6@" level=info msg="Applying resource Deployment/clearing-api in cluster: https://172.30.0.1:443, namespace: clearing"')
    w.event(0.6, "logfmt", ns, "Deployment", "clearing-api", "ScalingReplicaSet", "Scaled up replica set clearing-api-%s to 1" % newh, etype="Normal", comp="deployment-controller", api="apps/v1")
    w.event(0.8, "logfmt", ns, "Pod", newpod, "Scheduled", "Successfully assigned clearing/%s to %s" % (newpod, nodes[0]), etype="Normal", comp="default-scheduler")
    w.event(3.0, "logfmt", ns, "Pod", newpod, "Started", "Started container vault-agent-init", etype="Normal", host=nodes[0])
    w.add(3.2, init, "@ISO@ [INFO]  agent.sink.file: creating file sink")
    w.add(3.21, init, "@ISO@ [INFO]  agent.auth.handler: starting auth handler")
    w.add(3.22, init, "@ISO@ [INFO]  agent.auth.handler: authenticating")
    t = 3.3
    back = 1.0
    for n in range(7):
        w.add(t, init, '@ISO@ [ERROR] agent.auth.handler: error authenticating: error="Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 403. Errors: * service account name not authorized" backoff=%.2fs' % back, ev=(n < 3 or n == 6))
        if n < 3:
            w.add(t + 0.001, vault, jd({"time": "@ISO6@", "type": "response",
                                        "auth": {"policy_results": {"allowed": False}, "token_type": "default"},
                                        "request": {"id": w.uid(), "operation": "update", "mount_point": "auth/kubernetes/", "mount_type": "kubernetes",
                                                    "mount_accessor": "auth_kubernetes_4f2c1a9e", "path": "auth/kubernetes/login",
                                                    "remote_address": podip, "remote_port": r.randint(30000, 60000)},
                                        "response": {"mount_point": "auth/kubernetes/", "mount_type": "kubernetes", "mount_accessor": "auth_kubernetes_4f2c1a9e"},
                                        "error": "service account name not authorized"}), True)
        t += back + w.j(0.05, 0.3)
        back = min(back * r.uniform(1.8, 2.2), 300.0)
    for n in range(6):
        k = n % 2
        w.add(5 + n * 35 + w.j(0, 10), old[k], jt({"level": "info", "ts": "@EPOCH@", "caller": "clearing/submit.go:%d" % r.randint(80, 120),
                                                  "msg": "clearing instruction submitted", "ccp": r.choice(["LCH", "EUREX", "CME"]),
                                                  "instruction_id": "ci_%s" % w.hx(10), "latency_ms": r.randint(20, 90)}))
    w.add(44.0, other, "@ISO@ [INFO]  agent.auth.handler: renewed auth token")
    w.add(44.5, other, "@ISO@ [INFO]  agent: (runner) rendered \"/vault/templates/db.ctmpl\" => \"/vault/secrets/db.env\"")
    w.add(150.0, argo, 'time="@ISO6@" level=info msg="Reconciliation completed" application=openshift-gitops/clearing-api dedup_ms=0 health=Progressing sync=Synced time_ms=%d' % r.randint(100, 400))
    return record(w, "The clearing-api rollout has been stuck for 20 minutes with the new pod still in Init. Why?",
                  None,
                  E("ERROR", "auth_failure", "clearing-api",
                    "The new clearing-api pods run under the newly created service account clearing-api-sa, which is not bound to the Vault Kubernetes-auth role; Vault rejects the login with 403 'service account name not authorized', so the vault-agent init container never finishes.",
                    "vault-agent-init in the new clearing-api pod retries the Kubernetes-auth login with growing back-off and is refused every time (audit log: service account name not authorized); the old pods keep serving, the rollout stays Progressing.",
                    "Add clearing-api-sa to bound_service_account_names of the Vault role used by clearing-api (or revert to the old service account), then let the rollout continue."))


@scenario
def s_attribution_flink_rbac():
    w = Win("attribution-lag", D(2026, 3, 3, 8, 5))
    r = w.rng
    ns = "streaming"
    node = "gke-adtech-stream-pool-2a9c7e1f-8kwz"
    app = "attribution-flink"
    jm = C(ns, w.pod(app, w.rs()), "flink-main-container", node, app)
    lagx = C("monitoring", w.pod("kafka-lag-exporter", w.rs()), "kafka-lag-exporter", "gke-adtech-default-pool-11aa22bb-qq3d", "kafka-lag-exporter")
    job = w.hx(32)

    def F(s, lvl, logger, msg, ev=False):
        w.add(s, jm, "@LBC@ %s %s [] - %s" % (lvl.ljust(5), logger, msg), ev)

    spec = "WorkerResourceSpec {cpuCores=2.0, taskHeapSize=1.575gb (1691460743 bytes), taskOffHeapSize=0 bytes, networkMemSize=343.040mb (359703515 bytes), managedMemSize=1.340gb (1438814063 bytes), numSlots=2}"
    F(0.2, "WARN", "org.apache.hadoop.util.NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable")
    F(0.3, "WARN", "org.apache.flink.configuration.Configuration", "Config uses deprecated configuration key 'kubernetes.jobmanager.cpu' instead of proper key 'kubernetes.jobmanager.cpu.amount'")
    F(2.0, "INFO", "org.apache.flink.runtime.jobmaster.JobMaster", "Starting execution of job 'attribution' (%s) under job master id 00000000000000000000000000000000." % job)
    F(2.1, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "Job attribution (%s) switched from state CREATED to RUNNING." % job)
    t = 2.5
    for n in range(3):
        tm = "%s-taskmanager-1-%d" % (app, n + 1)
        F(t, "INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "Requesting new worker with resource spec %s, current pending count: 1." % spec)
        F(t + 0.01, "INFO", "org.apache.flink.kubernetes.KubernetesResourceManagerDriver", "Creating new TaskManager pod with name %s and resource <4096,2.0>." % tm)
        F(t + 0.09, "WARN", "org.apache.flink.kubernetes.KubernetesResourceManagerDriver",
          "Could not create pod %s, exception: io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://10.12.0.1/api/v1/namespaces/streaming/pods. Message: pods is forbidden: User \"system:serviceaccount:streaming:flink\" cannot create resource \"pods\" in API group \"\" in the namespace \"streaming\". Received status: Status(apiVersion=v1, code=403, details=StatusDetails(causes=[], group=null, kind=pods, name=null, retryAfterSeconds=null, uid=null, additionalProperties={}), kind=Status, message=pods is forbidden: User \"system:serviceaccount:streaming:flink\" cannot create resource \"pods\" in API group \"\" in the namespace \"streaming\", metadata=ListMeta(_continue=null, remainingItemCount=null, resourceVersion=null, selfLink=null, additionalProperties={}), reason=Forbidden, status=Failure, additionalProperties={})." % tm,
          ev=True)
        F(t + 0.1, "WARN", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "Failed requesting worker with resource spec %s, current pending count: 0" % spec, ev=(n == 0))
        t += w.j(10, 14)
    F(302.0, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
      "Source: clicks-kafka -> Filter -> Map (1/4) (%s_%s_0_0) switched from SCHEDULED to FAILED on [unassigned resource]." % (w.hx(32), w.hx(32)))
    F(302.01, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
      "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.")
    F(302.1, "INFO", "org.apache.flink.runtime.jobmaster.JobMaster", "Trying to recover from a global failure.")
    F(302.2, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "Job attribution (%s) switched from state RUNNING to RESTARTING." % job)
    F(312.3, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "Job attribution (%s) switched from state RESTARTING to RUNNING." % job)
    F(312.5, "INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "Requesting new worker with resource spec %s, current pending count: 1." % spec)
    F(312.6, "WARN", "org.apache.flink.kubernetes.KubernetesResourceManagerDriver",
      "Could not create pod %s-taskmanager-2-1, exception: io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://10.12.0.1/api/v1/namespaces/streaming/pods. Message: pods is forbidden: User \"system:serviceaccount:streaming:flink\" cannot create resource \"pods\" in API group \"\" in the namespace \"streaming\"." % app,
      ev=True)
    lag = r.randint(400000, 600000)
    for n in range(4):
        lag += r.randint(180000, 260000)
        w.add(30 + n * 90, lagx, "@LB@ INFO  c.l.k.KafkaClusterManager$ akka://kafka-lag-exporter/user/consumer-group-collector-adtech - Collected group attribution topic clicks partitions 12 max_lag=%d total_lag=%d" % (lag // 12, lag))
    return record(w, "The attribution job isn't processing; consumer lag on the clicks topic keeps growing. Can you look?",
                  {"namespace": ns},
                  E("ERROR", "auth_failure", app,
                    "The Flink service account system:serviceaccount:streaming:flink is no longer allowed to create pods in the streaming namespace (RBAC: pods is forbidden, HTTP 403), so the JobManager cannot start any TaskManager and the job never gets slots.",
                    "attribution-flink's JobManager requests TaskManagers but every pod creation is forbidden by RBAC; tasks fail with NoResourceAvailableException, the job loops through RESTARTING and consumer lag on clicks grows.",
                    "Restore the Role/RoleBinding that lets the flink service account create, watch and delete pods (and configmaps) in streaming, then let the job restart; find out which change removed the binding."))


# ===========================================================================
# config_error
# ===========================================================================

@scenario
def s_payout_env():
    w = Win("payouts-340", D(2026, 3, 4, 13, 55))
    r = w.rng
    ns = "payouts"
    nodes = ["talos-w-2pc-6d1", "talos-w-9fx-3b8"]
    oldh, newh = w.rs(), w.rs()
    pod = w.pod("payout-orchestrator", newh)
    po = C(ns, pod, "payout-orchestrator", nodes[0])
    ma = C("merchant", w.pod("merchant-api", w.rs()), "merchant-api", nodes[1])
    uidp = w.uid()

    def boot_fail(s, ev):
        lines = [
            ("ERROR! Config provider Config.Reader failed with:", ev),
            ('** (System.EnvError) could not fetch environment variable "PAYOUT_BANK_API_URL" because it is not set', ev),
            ("    (elixir 1.16.2) lib/system.ex:706: System.fetch_env!/1", False),
            ("    /app/releases/3.4.0/runtime.exs:27: (file)", ev),
            ("    (elixir 1.16.2) src/elixir.erl:405: :elixir.eval_external_handler/3", False),
            ("    (stdlib 5.2) erl_eval.erl:750: :erl_eval.do_apply/7", False),
            ("    (elixir 1.16.2) lib/code.ex:572: Code.validated_eval_string/3", False),
            ("", False),
            ("Runtime terminating during boot ({#{'__exception__'=>true,'__struct__'=>'Elixir.System.EnvError',env=><<\"PAYOUT_BANK_API_URL\">>,message=>nil},[{'Elixir.System','fetch_env!',1,[{file,\"lib/system.ex\"},{line,706}]}]})", False),
            ("", False),
            ("Crash dump is being written to: erl_crash.dump...done", False),
        ]
        for i, (ln, e) in enumerate(lines):
            if ln:
                w.add(s + i * 0.0002, po, ln, e)

    w.event(0.5, "logfmt", ns, "Deployment", "payout-orchestrator", "ScalingReplicaSet", "Scaled down replica set payout-orchestrator-%s to 0 from 1" % oldh,
            etype="Normal", comp="deployment-controller", api="apps/v1")
    w.event(32.0, "logfmt", ns, "Deployment", "payout-orchestrator", "ScalingReplicaSet", "Scaled up replica set payout-orchestrator-%s to 1" % newh,
            etype="Normal", comp="deployment-controller", api="apps/v1")
    w.event(34.0, "logfmt", ns, "Pod", pod, "Pulled", 'Successfully pulled image "ghcr.io/bankx/payout-orchestrator:3.4.0" in 2.913s (2.913s including waiting). Image size: 41822311 bytes.',
            etype="Normal", host=nodes[0])
    w.event(34.5, "logfmt", ns, "Pod", pod, "Started", "Started container payout-orchestrator", etype="Normal", host=nodes[0])
    boot_fail(35.1, True)
    w.event(37.0, "logfmt", ns, "Pod", pod, "Started", "Started container payout-orchestrator", etype="Normal", host=nodes[0], count=2, first=34.5)
    boot_fail(37.6, False)
    w.event(39.0, "logfmt", ns, "Pod", pod, "BackOff", "Back-off restarting failed container payout-orchestrator in pod %s_%s(%s)" % (pod, ns, uidp), host=nodes[0], ev=True)
    for n in range(3):
        s = 60 + n * 45 + w.j(0, 10)
        rid = "F" + rstr(r, 19, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        w.add(s, ma, "@HMS@ request_id=%s [info] GET /api/v1/payouts" % rid)
        w.add(s + 0.03, ma, "@HMS@ request_id=%s [info] Sent 200 in %dms" % (rid, r.randint(8, 40)))
        if n == 1:
            w.add(s + 0.5, ma, "@HMS@ [warning] payout po_%s for merchant m_%s still pending after %ds" % (w.hx(12), w.hx(8), r.randint(3600, 5400)))
        if n == 2:
            w.add(s + 0.7, ma, "@HMS@ request_id=%s [info] POST /api/v1/session" % rid)
            w.add(s + 0.72, ma, "@HMS@ request_id=%s [info] Sent 401 in 2ms" % rid)
    boot_fail(118.0, False)
    w.event(160.0, "logfmt", ns, "Pod", pod, "BackOff", "Back-off restarting failed container payout-orchestrator in pod %s_%s(%s)" % (pod, ns, uidp), host=nodes[0], count=9, first=39.0, ev=True)
    return record(w, "No payouts have gone out since the 3.4.0 deploy. Please take a look.",
                  {"namespace": ns},
                  E("CRITICAL", "config_error", "payout-orchestrator",
                    "payout-orchestrator 3.4.0 reads the new required environment variable PAYOUT_BANK_API_URL in config/runtime.exs, but the Deployment does not set it; the release aborts during boot (System.EnvError) and the single replica crash-loops.",
                    "After the Recreate rollout the only payout-orchestrator pod fails at boot with 'could not fetch environment variable PAYOUT_BANK_API_URL' and is in CrashLoopBackOff, so no payouts are processed; merchant-api shows payouts stuck pending.",
                    "Add PAYOUT_BANK_API_URL to the payout-orchestrator Secret/ConfigMap (envFrom) or roll back to the previous release, then verify queued payouts are picked up."))


@scenario
def s_hub_gpu_profile():
    w = Win("jhub-gpu-profile", D(2026, 3, 4, 9, 10))
    r = w.rng
    ns = "jhub"
    nodes = ["k3s-uni-server-1", "k3s-uni-agent-4", "k3s-uni-gpu-1"]
    hub = C(ns, w.pod("hub", w.rs()), "hub", nodes[0], "jupyterhub")

    def H(s, lvl, where, msg, ev=False):
        w.add(s, hub, "[%s @LB@ JupyterHub %s] %s" % (lvl, where, msg), ev)

    H(0.1, "I", "app:3352", "Running JupyterHub version 4.1.5")
    H(0.2, "I", "app:3382", "Using Authenticator: oauthenticator.generic.GenericOAuthenticator-16.3.0")
    H(0.21, "I", "app:3382", "Using Spawner: kubespawner.spawner.KubeSpawner-6.2.0")
    H(0.3, "W", "spawner:2152", "KubeSpawner.image_spec is deprecated in KubeSpawner 0.10. Use KubeSpawner.image")
    H(2.0, "I", "app:3416", "JupyterHub is now running at http://:8000")
    terr = "The 'cpu_limit' trait of a KubeSpawner instance expected a float or None, not the str '4 cores'."

    def fail(s, user, ev_all):
        H(s, "I", "spawner:3003", "Loading user options for profile 'GPU (A100, 4 cores)'")
        H(s + 0.01, "E", "user:884", "Unhandled error starting %s's server: %s" % (user, terr), ev=True)
        w.add(s + 0.0101, hub, "    Traceback (most recent call last):")
        w.add(s + 0.0102, hub, '      File "/usr/local/lib/python3.11/site-packages/jupyterhub/user.py", line 798, in spawn')
        w.add(s + 0.0103, hub, "        await maybe_future(spawner.load_user_options())")
        w.add(s + 0.0104, hub, '      File "/usr/local/lib/python3.11/site-packages/kubespawner/spawner.py", line 3011, in _load_profile', ev_all)
        w.add(s + 0.0105, hub, "        setattr(self, k, v)")
        w.add(s + 0.0106, hub, "    traitlets.traitlets.TraitError: %s" % terr, ev_all)
        H(s + 0.02, "W", "web:1869", "500 POST /hub/spawn/%s (10.42.0.1): Unhandled error starting server %s" % (user, user))
        H(s + 0.021, "E", "log:191", "500 POST /hub/spawn/%s (%s@10.42.0.1) %.2fms" % (user, user, w.j(80, 140)))

    H(20.0, "I", "spawner:2509", "Attempting to create pod jupyter-hsato, with timeout 3")
    H(20.9, "I", "log:192", "302 POST /hub/spawn/hsato -> /hub/spawn-pending/hsato (hsato@10.42.0.1) %.2fms" % w.j(800, 1200))
    H(31.5, "I", "base:1102", "User hsato took %.3f seconds to start" % w.j(9, 12))
    fail(48.0, "mpetrov", True)
    H(70.0, "W", "log:192", "404 GET /hub/api/users/mpetrov/server/progress (mpetrov@10.42.0.1) %.2fms" % w.j(2, 5))
    H(95.0, "I", "spawner:2509", "Attempting to create pod jupyter-abanerjee, with timeout 3")
    H(104.8, "I", "base:1102", "User abanerjee took %.3f seconds to start" % w.j(9, 12))
    fail(130.0, "jzhou", False)
    H(160.0, "I", "log:192", "200 GET /hub/api/users?state=ready (cull-idle@127.0.0.1) %.2fms" % w.j(12, 30))
    H(175.0, "W", "base:116", "Invalid or expired cookie token")
    return record(w, "Students picking the GPU option get 'Spawn failed: 500', while CPU servers still start. What's up?",
                  {"namespace": ns},
                  E("ERROR", "config_error", "hub",
                    "The 'GPU (A100, 4 cores)' entry of the hub's profileList sets kubespawner_override cpu_limit to the string '4 cores'; KubeSpawner rejects it with a TraitError when loading the profile, so every GPU spawn fails with 500.",
                    "Spawns with the GPU profile fail immediately with an unhandled TraitError for cpu_limit; CPU profiles spawn in ~10 s. The image_spec deprecation warning and cookie-token warnings are unrelated.",
                    "Set cpu_limit: 4 (a number) in the GPU profile's kubespawner_override in the JupyterHub Helm values, upgrade the release so the hub reloads its config, then retry a GPU spawn."))


# ===========================================================================
# resource_exhausted
# ===========================================================================

@scenario
def s_cryoem_eviction():
    w = Win("cryoem-overnight", D(2026, 3, 5, 1, 40))
    r = w.rng
    ns = "cryoem"
    node = "hpc-cpu-12"
    kl = {"job": "rke2/kubelet", "node": node, "filename": "/var/lib/rancher/rke2/agent/logs/kubelet.log"}
    job = "relion-motioncorr-2219"
    pod = "%s-%s" % (job, rstr(r, 5))
    rel = C(ns, pod, "relion", node, job)
    nb = C("jhub", "jupyter-ewright", "notebook", node, "jupyterhub")
    other = C("genomics", "wgs-align-0415-bwa-2", "bwa", "hpc-cpu-07", "wgs-align-0415")
    done = 0
    w.add(0.5, rel, "@LBC@ INFO relion.wrap: MotionCorr job002: 4000 movies, output /tmp/relion/MotionCorr/job002 (local scratch), gain ref /beegfs/cryoem/2219/gain.mrc")
    t = 30.0
    for n in range(6):
        done += r.randint(280, 340)
        w.add(t, rel, "@LBC@ INFO relion.wrap: MotionCorr job002: %d/4000 micrographs written (%.1f GiB)" % (done, done * 0.142))
        t += w.j(280, 320)
    w.add(200.0, nb, "[I @LB@ ServerApp] Saving file at /thesis/particles_pick.ipynb")
    w.add(900.0, other, "[M::mem_process_seqs] Processed 1300000 reads in %.3f CPU sec, %.3f real sec" % (w.j(780, 840), w.j(48, 56)))
    e = t + 10
    w.event(e, "logfmt", "", "Node", node, "NodeHasDiskPressure", "Node %s status is now: NodeHasDiskPressure" % node, etype="Normal", comp="kubelet", host=node, ev=True)
    w.klog(e + 0.2, kl, "W", 4012, "eviction_manager.go:366", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', ev=True)
    w.klog(e + 0.3, kl, "I", 4012, "image_gc_manager.go:404", '"Attempting to delete unused images"')
    w.klog(e + 2.1, kl, "I", 4012, "eviction_manager.go:377", '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"', ev=True)
    w.klog(e + 2.2, kl, "I", 4012, "eviction_manager.go:395", '"Eviction manager: pods ranked for eviction" pods=["%s/%s","jhub/jupyter-ewright","kube-system/rke2-canal-%s"]' % (ns, pod, rstr(r, 5)))
    w.event(e + 2.3, "logfmt", ns, "Pod", pod, "Evicted",
            "The node was low on resource: ephemeral-storage. Threshold quantity: 10%%, available: %dKi. Container relion was using %dKi, request is 0, has larger consumption of ephemeral-storage." % (
                r.randint(80000000, 90000000), r.randint(395000000, 420000000)), host=node, ev=True)
    w.klog(e + 6.5, kl, "I", 4012, "eviction_manager.go:620", '"Eviction manager: pod is evicted successfully" pod="%s/%s"' % (ns, pod), ev=True)
    w.klog(e + 36.8, kl, "I", 4012, "eviction_manager.go:377", '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"')
    w.event(e + 37.0, "logfmt", "jhub", "Pod", "jupyter-ewright", "Evicted",
            "The node was low on resource: ephemeral-storage. Threshold quantity: 10%%, available: %dKi. Container notebook was using %dKi, request is 0, has larger consumption of ephemeral-storage." % (
                r.randint(90000000, 95000000), r.randint(50000000, 60000000)), host=node)
    w.event(e + 40.0, "logfmt", ns, "Job", job, "BackoffLimitExceeded", "Job has reached the specified backoff limit", comp="job-controller", api="batch/v1")
    w.klog(e + 95.0, kl, "I", 4012, "image_gc_manager.go:392", '"Image garbage collection succeeded"')
    w.event(e + 120.0, "logfmt", "", "Node", node, "NodeHasNoDiskPressure", "Node %s status is now: NodeHasNoDiskPressure" % node, etype="Normal", comp="kubelet", host=node)
    return record(w, "The cryo-EM preprocessing job failed overnight and a couple of notebooks on hpc-cpu-12 died too. Why?",
                  None,
                  E("ERROR", "resource_exhausted", job,
                    "relion-motioncorr-2219 writes its motion-corrected micrographs to /tmp inside the container (about 400 GiB, no ephemeral-storage request or limit) instead of BeeGFS scratch; hpc-cpu-12 ran out of ephemeral storage and the kubelet evicted the job pod and then a notebook.",
                    "Node hpc-cpu-12 hit DiskPressure; the eviction manager reclaimed ephemeral-storage by evicting the RELION pod (largest consumer) and jupyter-ewright; the job exhausted its backoff limit.",
                    "Point RELION's output to the BeeGFS scratch volume (or a sized emptyDir with ephemeral-storage requests/limits) and rerun job002; consider a LimitRange with default ephemeral-storage limits in cryoem."))


@scenario
def s_conversion_pool():
    w = Win("conversion-api-14h", D(2026, 3, 5, 13, 59))
    r = w.rng
    ns = "attribution"
    nodes = ["aks-apps-51433873-vmss000003", "aks-apps-51433873-vmss000007"]
    h = w.rs()
    pods = [w.pod("conversion-api", h) for _ in range(2)]
    app = [C(ns, p, "conversion-api", nodes[i]) for i, p in enumerate(pods)]
    ing = C("ingress-nginx", w.pod("ingress-nginx-controller", w.rs()), "controller", nodes[1], "ingress-nginx")
    pg = C(ns, "attribution-pg-1", "postgres", nodes[0], "attribution-pg")

    def S(s, k, lvl, thread, logger, msg, ev=False):
        w.add(s, app[k], "@LB@ %5s 1 --- [%15s] %-40s : %s" % (lvl, thread, logger, msg), ev)

    def N(s, k, path, code, rt):
        w.add(s, ing, '%s - - [@CLF@] "POST %s HTTP/1.1" %d %d "-" "partner-uploader/1.4" %d %.3f [attribution-conversion-api-8080] [] %s:8080 %d %.3f %d %s' % (
            w.ip("10.240.1"), path, code, 17 if code == 202 else 94, r.randint(4000, 90000), rt, w.ip("10.244.%d" % (k + 2)), 17 if code == 202 else 94, rt, code, w.hx(32)))

    S(0.5, 0, "DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)")
    for n in range(3):
        N(2 + n * 3 + w.j(0, 1), n % 2, "/v1/conversions", 202, w.j(0.01, 0.04))
    t = 62.0
    for n in range(6):
        N(t + n * 0.4, n % 2, "/v1/conversions/batch", 202, w.j(0.3, 0.9))
    S(70.0, 0, "DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % r.randint(30, 40), ev=True)
    w.add(75.0, pg, "@PG@ [%d] LOG:  duration: %.3f ms  statement: INSERT INTO conversions (id, partner_id, click_id, value_micros, ts) SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::bigint[], $5::timestamptz[])" % (
        r.randint(2000, 9000), w.j(1100, 1400)))
    t = 92.5
    for n in range(4):
        k = n % 2
        S(t, k, "WARN", "nio-8080-exec-%d" % r.randint(100, 200), "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null")
        S(t + 0.001, k, "ERROR", "nio-8080-exec-%d" % r.randint(100, 200), "o.h.engine.jdbc.spi.SqlExceptionHelper",
          "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)." % r.randint(40, 60), ev=True)
        N(t + 0.01, k, "/v1/conversions/batch", 503, 30.0 + w.j(0.001, 0.02))
        t += w.j(2, 6)
    S(100.0, 1, "DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % r.randint(45, 60), ev=True)
    w.add(101.0, pg, "@PG@ [%d] LOG:  checkpoint starting: time" % r.randint(60, 90))
    S(102.0, 0, "INFO", "nio-8080-exec-3", "c.a.c.api.BatchController", "Accepted batch from partner p_1182: %d conversions, 0 rejected" % r.randint(4000, 5000))
    S(160.0, 0, "DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=4, idle=6, waiting=0)")
    S(160.5, 1, "DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=3, idle=7, waiting=0)")
    for n in range(3):
        N(162 + n * 4 + w.j(0, 1), n % 2, "/v1/conversions", 202, w.j(0.01, 0.04))
    S(170.0, 1, "WARN", "main", "o.s.b.a.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")
    return record(w, "conversion-api threw a wave of 503s at 14:00 that went away on its own. Is the database the problem?",
                  {"namespace": ns},
                  E("WARN", "resource_exhausted", "conversion-api",
                    "A partner's 14:00 batch upload saturated conversion-api's HikariCP pool (maximumPoolSize=10 per pod): all connections were busy, up to ~60 requests waited, and requests that waited 30 s failed with 'Connection is not available'. PostgreSQL itself was healthy.",
                    "Transient client-side connection-pool exhaustion in conversion-api during a burst of batch uploads; 503s for about a minute, then the pool drained and requests returned 202. The single slow INSERT and the open-in-view warning are not the cause.",
                    "Size the Hikari pool to the burst (and to PostgreSQL's max_connections), process partner batches asynchronously or rate-limit the batch endpoint, and lower connectionTimeout so callers fail fast."))


# ===========================================================================
# storage
# ===========================================================================

@scenario
def s_ledger_pg_attach():
    w = Win("ledger-ng-upgrade", D(2026, 3, 6, 2, 10))
    r = w.rng
    ns = "ledger"
    oldn = "ip-10-40-5-201.eu-west-1.compute.internal"
    newn = "ip-10-40-19-37.eu-west-1.compute.internal"
    appn = "ip-10-40-22-118.eu-west-1.compute.internal"
    pvc = "pvc-%s" % w.uid()
    vol = "vol-0%s" % w.hx(16)
    inst = "i-0%s" % w.hx(16)
    pg = C(ns, "ledger-postgres-0", "postgres", oldn, "ledger-postgres")
    la = C(ns, w.pod("ledger-api", w.rs()), "ledger-api", appn)
    rec = C(ns, w.pod("ledger-reconciler", w.rs()), "reconciler", appn)
    csi = C("kube-system", w.pod("ebs-csi-controller", w.rs()), "ebs-plugin", appn, "ebs-csi-controller")

    w.event(0.2, "json", "", "Node", oldn, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % oldn, etype="Normal", comp="kubelet", host=oldn)
    w.event(5.0, "json", ns, "Pod", "ledger-postgres-0", "Killing", "Stopping container postgres", etype="Normal", host=oldn)
    w.add(5.1, pg, "@PG@ [1] LOG:  received fast shutdown request")
    w.add(5.3, pg, "@PG@ [1] LOG:  aborting any active transactions")
    w.add(6.9, pg, "@PG@ [1] LOG:  database system is shut down")
    w.event(8.0, "json", ns, "Pod", "ledger-postgres-0", "Scheduled", "Successfully assigned ledger/ledger-postgres-0 to %s" % newn, etype="Normal", comp="default-scheduler")
    w.event(8.3, "json", ns, "Pod", "ledger-postgres-0", "FailedAttachVolume",
            'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc,
            comp="attachdetach-controller", ev=True)
    w.klog(15.0, csi, "E", 1, "controller.go:412", '"ControllerPublishVolume: attach failed" err="attachment of disk \\"%s\\" failed, expected device to be attached but was detaching" volumeID="%s" nodeID="%s"' % (vol, vol, inst), ev=False)
    t = 10.0
    for n in range(6):
        if n % 2 == 0:
            w.add(t, la, "@LB@ ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : Connection to ledger-postgres.ledger.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % r.randint(1, 80))
        else:
            w.add(t, rec, jd({"event": "reconciliation run failed", "error": "connection to server at \"ledger-postgres.ledger.svc\" (172.20.%d.%d), port 5432 failed: Connection refused" % (r.randint(0, 250), r.randint(2, 250)),
                              "level": "error", "logger": "reconciler.run", "timestamp": "@ISO6@"}))
        t += w.j(15, 40)
    w.event(70.0, "json", ns, "Pod", "ledger-postgres-0", "FailedAttachVolume",
            'AttachVolume.Attach failed for volume "%s" : rpc error: code = Internal desc = Could not attach volume "%s" to node "%s": attachment of disk "%s" failed, expected device to be attached but was detaching' % (pvc, vol, inst, vol),
            comp="attachdetach-controller", count=4, first=20.0, ev=True)
    w.event(130.0, "json", ns, "Pod", "ledger-postgres-0", "FailedMount",
            "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % rstr(r, 5),
            host=newn, ev=True)
    w.klog(130.5, JOURNAL(newn, "kubelet.service"), "E", 3318, "pod_workers.go:1298",
           '"Error syncing pod, skipping" err="unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" pod="ledger/ledger-postgres-0" podUID="%s"' % (rstr(r, 5), w.uid()))
    w.add(140.0, la, "@LB@ WARN 1 --- [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m1s12ms).")
    w.event(200.0, "json", ns, "Pod", "ledger-postgres-0", "FailedAttachVolume",
            'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc,
            comp="attachdetach-controller", count=9, first=8.3, ev=True)
    w.add(201.0, la, "@LB@ ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : Connection to ledger-postgres.ledger.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % r.randint(1, 80))
    return record(w, "The ledger has been down since last night's node group upgrade; the apps can't connect to Postgres. What's wrong?",
                  {"namespace": ns},
                  E("CRITICAL", "storage", "ledger-postgres",
                    "When the node group upgrade drained ledger-postgres-0 onto a new node, its EBS volume was still attached to (and detaching from) the old instance; the attach to the new node fails with Multi-Attach / 'expected device to be attached but was detaching', so the database pod stays in ContainerCreating.",
                    "ledger-postgres-0 shut down cleanly on the cordoned node, was rescheduled, and cannot attach or mount its data volume; with no database running, ledger-api and the reconciler get connection refused on port 5432.",
                    "Force-detach the EBS volume from the old instance (or terminate it) so the attach can complete, confirm the pod mounts the volume and PostgreSQL starts, and use a PodDisruptionBudget plus a manual failover for future upgrades."))


@scenario
def s_brainseg_readonly():
    w = Win("brainseg-epoch42", D(2026, 3, 6, 3, 5))
    r = w.rng
    ns = "mri-ml"
    node = "k8s-gpu-03"
    syslog = {"job": "varlogs", "node": node, "filename": "/var/log/syslog"}
    m = C(ns, "brain-seg-unet-master-0", "pytorch", node, "brain-seg-unet")
    wk = C(ns, "brain-seg-unet-worker-0", "pytorch", "k8s-gpu-04", "brain-seg-unet")
    osd = C("rook-ceph", w.pod("rook-ceph-osd-7", w.rs()), "osd", "k8s-stor-02", "rook-ceph-osd")
    dp = C("kube-system", w.ds("nvidia-device-plugin-daemonset"), "nvidia-device-plugin-ctr", node, "nvidia-device-plugin-daemonset")

    def K(s, msg, ev=False):
        w.add(s, syslog, "@SYS@ %s kernel: [@KSEC@] %s" % (node, msg), ev)

    w.add(0.5, m, "/opt/conda/lib/python3.11/site-packages/torch/amp/grad_scaler.py:132: FutureWarning: `torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.")
    for n, ep in enumerate((40, 41)):
        w.add(10 + n * 300, m, "@LBC@ INFO train: epoch %d/100 train_loss=%.4f val_dice=%.4f lr=%.2e time=%.1fs" % (ep, w.j(0.17, 0.19), w.j(0.86, 0.88), 3e-4, w.j(290, 305)))
        w.add(11 + n * 300, m, "@LBC@ INFO train: saved checkpoint /checkpoints/epoch_%03d.pt (%.1f MiB)" % (ep, w.j(480, 500)))
        w.add(12 + n * 300, wk, "@LBC@ INFO train: rank 1 epoch %d done, samples=%d" % (ep, r.randint(3000, 3300)))
    w.add(250, wk, "brain-seg-unet-worker-0:%d:%d [0] NCCL INFO comm 0x%s rank 1 nranks 2 cudaDev 0 busId 41000 - Init COMPLETE" % (r.randint(40, 90), r.randint(100, 200), w.hx(8)))
    w.add(590.0, osd, "debug @ISO6@ 7f3a2b7fe700 -1 osd.7 %d heartbeat_check: no reply from 10.20.30.18:6804 osd.12 since back %s front %s (oldest deadline %s)" % (
        r.randint(18000, 19000), iso_ms(w.T(569.3)).replace("Z", "+0000"), iso_ms(w.T(569.1)).replace("Z", "+0000"), iso_ms(w.T(589.3)).replace("Z", "+0000")))
    e = 600.0
    K(e, "libceph: osd7 (1)10.20.30.17:6801 socket closed (con state OPEN)")
    K(e + 20.2, "rbd: rbd3: write result -5", True)
    K(e + 20.21, "blk_update_request: I/O error, dev rbd3, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0" % r.randint(10**6, 10**7), True)
    K(e + 20.22, "Buffer I/O error on dev rbd3, logical block %d, lost async page write" % r.randint(10**5, 10**6), True)
    K(e + 20.3, "EXT4-fs error (device rbd3): ext4_journal_check_start:83: comm python: Detected aborted journal", True)
    K(e + 20.31, "EXT4-fs (rbd3): Remounting filesystem read-only", True)
    w.add(e + 22, osd, "debug @ISO6@ 7f3a2b7fe700  0 log_channel(cluster) log [WRN] : Monitor daemon marked osd.7 down, but it is still running")
    w.add(e + 25.0, m, "@LBC@ INFO train: epoch 42/100 train_loss=%.4f val_dice=%.4f lr=%.2e time=%.1fs" % (w.j(0.17, 0.19), w.j(0.86, 0.88), 3e-4, w.j(290, 305)))
    w.add(e + 25.1, m, "Traceback (most recent call last):")
    w.add(e + 25.11, m, '  File "/workspace/train.py", line 212, in save_checkpoint')
    w.add(e + 25.12, m, "    torch.save(state, path)")
    w.add(e + 25.13, m, "RuntimeError: File /checkpoints/epoch_042.pt cannot be opened.", True)
    w.add(e + 25.2, m, "@LBC@ ERROR train: could not append metrics: OSError: [Errno 30] Read-only file system: '/checkpoints/metrics.jsonl'", True)
    w.add(e + 26.0, m, "@LBC@ ERROR torch.distributed.elastic.multiprocessing.api: failed (exitcode: 1) local_rank: 0 (pid: %d) of binary: /opt/conda/bin/python" % r.randint(100, 900))
    w.add(e + 26.5, wk, "[rank1]:[W @LB@ ProcessGroupNCCL.cpp:1250] Warning: TCPStore is closed; peer rank 0 exited, shutting down")
    w.klog(e + 40, dp, "I", 1, "health.go:118", '"Health check" resource="nvidia.com/gpu" devices=4 healthy=4')
    w.event(e + 45, "json", ns, "PyTorchJob", "brain-seg-unet", "JobFailed", "PyTorchJob brain-seg-unet is failed because 1 Master replica(s) failed.", comp="pytorchjob-controller", api="kubeflow.org/v1")
    K(e + 60, "libceph: osd7 (1)10.20.30.17:6801 session established")
    return record(w, "brain-seg-unet crashed at epoch 42 — was it the GPU again?",
                  None,
                  E("ERROR", "storage", "brain-seg-unet",
                    "The Ceph RBD volume holding /checkpoints (rbd3 on k8s-gpu-03) returned write I/O errors while OSD 7 was unreachable; ext4 aborted its journal and remounted the filesystem read-only, so saving the epoch-42 checkpoint failed and the master exited.",
                    "Kernel I/O errors on rbd3 followed by 'Remounting filesystem read-only', then torch.save and the metrics writer fail with read-only file system errors and the PyTorchJob fails. The GPUs are healthy.",
                    "Check Ceph health (osd.7 and its network), then unmount/fsck the RBD image or restart the pod so the volume is remounted read-write, and resume training from the epoch-41 checkpoint."))


# ===========================================================================
# database
# ===========================================================================

@scenario
def s_wallet_deadlocks():
    w = Win("wallet-p2p-500", D(2026, 3, 7, 12, 0))
    r = w.rng
    ns = "wallet"
    nodes = ["k3s-fin-a1", "k3s-fin-a2", "k3s-fin-a3"]
    pg = C(ns, "wallet-postgres-0", "postgres", nodes[2], "wallet-postgres")
    h = w.rs()
    ts = [C(ns, w.pod("transfer-service", h), "transfer-service", nodes[i]) for i in range(2)]
    stmt = "UPDATE balances SET amount = amount + $1, updated_at = now() WHERE account_id = $2"
    xid = r.randint(9180000, 9190000)

    def P(s, pid, sev, msg, ev=False):
        w.add(s, pg, "@PG@ [%d] wallet@wallet %s:  %s" % (pid, sev, msg), ev)

    def dl(s, full, ev):
        a, b = r.randint(48000, 49000), r.randint(48000, 49000)
        x1, x2 = xid + r.randint(1, 500), xid + r.randint(501, 999)
        if full:
            w.add(s - 1.0, pg, "@PG@ [%d] wallet@wallet LOG:  process %d still waiting for ShareLock on transaction %d after 1000.%03d ms" % (a, a, x1, r.randint(0, 999)), ev)
        P(s, a, "ERROR", "deadlock detected", ev)
        P(s + 0.0001, a, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d." % (a, x1, b), ev)
        w.add(s + 0.0002, pg, "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (b, x2, a), ev and full)
        if full:
            w.add(s + 0.0003, pg, "\tProcess %d: %s" % (a, stmt))
            w.add(s + 0.0004, pg, "\tProcess %d: %s" % (b, stmt))
            P(s + 0.0005, a, "HINT", "See server log for query details.")
        P(s + 0.0006, a, "CONTEXT", 'while updating tuple (%d,%d) in relation "balances"' % (r.randint(1000, 3000), r.randint(1, 40)), ev and full)
        P(s + 0.0007, a, "STATEMENT", stmt)

    def LR(s, k, lvl, msg, ev=False, **kw):
        o = {"level": lvl}
        o.update(kw)
        o["msg"] = msg
        o["time"] = "@ISO@"
        w.add(s, ts[k], jd(o), ev)

    w.add(0.5, pg, "@PG@ [%d] LOG:  checkpoint starting: time" % r.randint(60, 90))
    t = 3.0
    for n in range(8):
        k = n % 2
        if n in (1, 3, 4, 6):
            dl(t, n == 1, n in (1, 3))
            LR(t + 0.002, k, "error", "transfer failed", ev=(n == 1), error="ERROR: deadlock detected (SQLSTATE 40P01)",
               transfer_id="tr_%s" % w.hx(12), amount_minor=r.randint(100, 50000), http_status=500)
        else:
            LR(t, k, "info", "transfer completed", transfer_id="tr_%s" % w.hx(12), amount_minor=r.randint(100, 50000), duration_ms=r.randint(8, 40))
        t += w.j(12, 40)
        if n == 2:
            w.add(t, pg, "@PG@ [%d] LOG:  could not receive data from client: Connection reset by peer" % r.randint(48000, 49000))
        if n == 5:
            w.add(t, pg, '@PG@ [%d] LOG:  automatic vacuum of table "wallet.public.ledger_entries": index scans: 1' % r.randint(40000, 48000))
    LR(t + 2, 0, "info", "transfer stats", window_s=300, completed=r.randint(900, 1200), failed=r.randint(60, 90), failed_deadlock=r.randint(55, 80), p99_ms=r.randint(900, 1400))
    return record(w, "A bunch of P2P transfers failed with 500 in the last 10 minutes. Can you look at transfer-service?",
                  {"namespace": ns},
                  E("ERROR", "database", "wallet-postgres",
                    "PostgreSQL is detecting deadlocks on the balances table: concurrent transfers between the same accounts update the two balance rows in opposite order, each waits for the other's row lock, and PostgreSQL aborts one transaction with SQLSTATE 40P01.",
                    "Repeated 'deadlock detected' errors on UPDATE balances in wallet-postgres; transfer-service surfaces them as HTTP 500 (about 6% of transfers failed in five minutes). Other transfers complete normally.",
                    "Lock both balance rows in a consistent order (e.g. SELECT ... FOR UPDATE ordered by account_id) inside the transfer transaction, and retry transactions that fail with 40P01."))


@scenario
def s_campaign_mysql_conns():
    w = Win("campaign-api-top-of-hour", D(2026, 3, 7, 16, 0))
    r = w.rng
    ns = "campaigns"
    nodes = ["k3s-ads-b1", "k3s-ads-b2", "k3s-ads-b3"]
    my = C(ns, "campaign-mysql-0", "mysql", nodes[0], "campaign-mysql")
    ex = C(ns, "campaign-mysql-0", "metrics", nodes[0], "campaign-mysql")
    h = w.rs()
    api = [C(ns, w.pod("campaign-api", h), "campaign-api", nodes[1 + i]) for i in range(2)]
    cron = "campaign-sync-%d" % int(_epoch(D(2026, 3, 7, 16, 0)) // 60)
    sp = "%s-%s" % (cron, rstr(r, 5))
    sync = C(ns, sp, "sync", nodes[2], "campaign-sync")
    tr = C("kube-system", w.pod("traefik", w.rs()), "traefik", nodes[1], "traefik")

    def Z(s, k, lvl, msg, ev=False, **kw):
        o = {"level": lvl, "ts": "@EPOCH@", "caller": "store/mysql.go:%d" % r.randint(40, 140), "msg": msg}
        o.update(kw)
        w.add(s, api[k], jt(o), ev)

    w.event(0.1, "logfmt", ns, "CronJob", "campaign-sync", "SuccessfulCreate", "Created job %s" % cron, etype="Normal", comp="cronjob-controller", api="batch/v1")
    w.add(4.0, sync, "@LBC@ INFO campaign_sync: starting sync of 18231 campaigns with 64 worker threads (one MySQL connection per thread, pool_size=64)", True)
    w.add(4.5, my, "@ISO6@ 0 [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % w.ip("10.42.2"))
    t = 6.0
    for n in range(7):
        k = n % 2
        if n in (1, 2, 4, 5):
            Z(t, k, "error", "db query failed", ev=(n < 5), error="Error 1040 (08004): Too many connections", route="/v1/campaigns/:id/budget")
            w.add(t + 0.002, tr, '%s - - [@CLF@] "GET /v1/campaigns/%d/budget HTTP/1.1" 500 38 "-" "bidder/9.14" %d "campaigns-campaign-api@kubernetes" "http://%s:8080" %dms' % (
                w.ip("10.42.0"), r.randint(7000, 9999), r.randint(1000, 9999), w.ip("10.42.1"), r.randint(2, 6)))
        else:
            Z(t, k, "info", "budget served", campaign_id=r.randint(7000, 9999), cache="miss", elapsed_ms=r.randint(2, 9))
        if n == 3:
            w.add(t + 0.3, ex, 'ts=@ISO@ caller=exporter.go:152 level=error msg="Error pinging mysqld" err="Error 1040 (08004): Too many connections"', True)
            w.add(t + 0.5, sync, "@LBC@ WARNING campaign_sync: worker 61: (1040, 'Too many connections'), retrying in 2s")
        t += w.j(8, 20)
    w.add(t, sync, "@LBC@ INFO campaign_sync: sync finished: 18231 campaigns, 0 failed, %.1fs" % w.j(150, 180))
    w.add(t + 0.5, my, "@ISO6@ %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'campaigns' user: 'sync' host: '%s' (Got an error reading communication packets)." % (
        r.randint(18000, 19000), r.randint(18000, 19000), w.ip("10.42.3")))
    w.event(t + 2, "logfmt", ns, "Job", cron, "Completed", "Job completed", etype="Normal", comp="job-controller", api="batch/v1")
    for n in range(3):
        Z(t + 10 + n * 9, n % 2, "info", "budget served", campaign_id=r.randint(7000, 9999), cache="miss", elapsed_ms=r.randint(2, 9))
    w.add(t + 30, ex, 'ts=@ISO@ caller=exporter.go:152 level=info msg="Scrape ok" duration_seconds=%.3f threads_connected=%d max_connections=151' % (w.j(0.02, 0.06), r.randint(20, 40)))
    return record(w, "Why did campaign-api log a handful of 500s at the top of the hour?",
                  {"namespace": ns},
                  E("WARN", "database", "campaign-mysql",
                    "At 16:00 the campaign-sync CronJob opened 64 connections at once and pushed campaign-mysql past max_connections (151); MySQL refused new connections with error 1040 'Too many connections' until the sync finished about three minutes later.",
                    "Transient connection exhaustion on the MySQL server during the hourly sync: campaign-api and the exporter got Error 1040 and some budget requests returned 500; once the job completed, queries succeeded again.",
                    "Cap the sync's concurrency (e.g. 16 threads) or give it a pooled, limited connection budget, and/or raise max_connections with per-user limits (max_user_connections) so the sync cannot starve campaign-api."))


# ===========================================================================
# rate_limited
# ===========================================================================

@scenario
def s_meta_ads_sync():
    w = Win("meta-ads-nightly", D(2026, 3, 8, 2, 0))
    r = w.rng
    ns = "marketing-etl"
    nodes = ["talos-w-6ts-1e4", "talos-w-0ab-c9f"]
    cron = "meta-ads-sync-%d" % int(_epoch(D(2026, 3, 8, 2, 0)) // 60)
    sy = C(ns, "%s-%s" % (cron, rstr(r, 5)), "sync", nodes[0], "meta-ads-sync")
    dbtj = "dbt-marts-%d" % int(_epoch(D(2026, 3, 8, 3, 30)) // 60)
    dbt = C(ns, "%s-%s" % (dbtj, rstr(r, 5)), "dbt", nodes[1], "dbt-marts")

    def SL(s, lvl, ev_name, ev=False, logger="meta_sync.insights", **kw):
        o = {"event": ev_name}
        o.update(kw)
        o.update({"level": lvl, "logger": logger, "timestamp": "@ISO6@"})
        w.add(s, sy, jd(o), ev)

    SL(1.0, "info", "sync started", logger="meta_sync.main", accounts=42, date="2026-03-07", api_version="v21.0")
    t = 5.0
    accts = ["act_%d" % r.randint(10**14, 10**15) for _ in range(4)]
    for n in range(6):
        SL(t, "info", "fetched insights page", account_id=accts[n % 4], page=n + 1, rows=r.randint(400, 500), insights_level="ad")
        t += w.j(20, 60)
    for n in range(3):
        usage = jd({accts[1][4:]: [{"type": "ads_insights", "call_count": 100, "total_cputime": r.randint(30, 60), "total_time": r.randint(50, 90), "estimated_time_to_regain_access": 4}]})
        SL(t, "warning", "Meta API rate limit hit, backing off", ev=True, account_id=accts[1], http_status=400, error_code=80004, error_subcode=2446079,
           message="There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management.",
           x_business_use_case_usage=usage, sleep_s=240)
        t += 240 + w.j(1, 3)
        SL(t, "info", "fetched insights page", account_id=accts[1], page=7 + n, rows=r.randint(400, 500), insights_level="ad")
        t += w.j(20, 50)
    t += 1500
    SL(t, "info", "retry budget", logger="meta_sync.client", throttled_calls=7, total_sleep_s=1680, retries_left=8)
    t += w.j(700, 900)
    SL(t, "info", "sync finished", logger="meta_sync.main", accounts=42, rows=r.randint(180000, 220000), failed_accounts=0, duration_s=int(t - 1.0),
       usual_duration_s=r.randint(1700, 1900))
    d = _epoch(D(2026, 3, 8, 3, 30)) - _epoch(w.t0) + w.j(12, 20)
    w.add(d, dbt, "@HHMMSS@  Running with dbt=1.8.7")
    w.add(d + 190, dbt, "@HHMMSS@  Finished running 49 models in 0 hours 3 minutes and %.2f seconds (%.2fs)." % (w.j(5, 15), w.j(185, 195)))
    w.add(d + 190.1, dbt, "@HHMMSS@  Completed with 1 warning:")
    w.add(d + 190.2, dbt, "@HHMMSS@  Warning in test accepted_values_stg_meta__ads_objective__OUTCOME_AWARENESS__OUTCOME_TRAFFIC (models/staging/meta/_stg_meta.yml)")
    w.add(d + 190.3, dbt, "@HHMMSS@  Done. PASS=48 WARN=1 ERROR=0 SKIP=0 TOTAL=49")
    return record(w, "The nightly Meta Ads sync took almost twice as long as usual. Anything to act on?",
                  {"namespace": ns},
                  E("WARN", "rate_limited", "meta-ads-sync",
                    "The Meta Marketing API throttled one ad account (error 80004, call_count at 100% of the ads_insights business-use-case limit); meta-ads-sync backed off 240 s seven times (28 minutes of sleeping), which stretched the run, but every account completed.",
                    "Rate limiting from the Meta API during the insights pull caused repeated 240 s back-off sleeps; the sync finished with zero failed accounts and the downstream dbt run passed (one accepted_values test warning).",
                    "No immediate action; if runs get close to the SLA, request fewer fields/breakdowns per call, use async insights jobs for the large account, or spread accounts over a longer window."))


@scenario
def s_fx_feed_429():
    w = Win("fx-stale-quotes", D(2026, 3, 9, 7, 30))
    r = w.rng
    ns = "fx"
    nodes = ["worker-2.ocp-mkt.bankx.internal", "worker-5.ocp-mkt.bankx.internal"]
    fx = C(ns, w.pod("fx-rate-feed", w.rs()), "fx-rate-feed", nodes[0])
    pe = C("pricing", w.pod("pricing-engine", w.rs()), "pricing-engine", nodes[1])
    rtr = C("openshift-ingress", w.pod("router-default", w.rs()), "router", "infra-1.ocp-mkt.bankx.internal", "router-default")

    def NJ(s, lvl, cat, msg, ev=False, exc=None, eid=0, **state):
        o = {"Timestamp": "@ISO@", "EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg}
        if exc:
            o["Exception"] = exc
        st = {"Message": msg}
        st.update(state)
        o["State"] = st
        w.add(s, fx, jd(o), ev)

    NJ(0.1, "Warning", "Microsoft.AspNetCore.Hosting.Diagnostics", "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined by URLS instead 'http://+:5000'.")
    NJ(0.5, "Information", "FxFeed.Worker.RateRefresher", "Polling 24 currency pairs every 250 ms (one request per pair)", ev=True, Pairs=24, IntervalMs=250)
    t = 2.0
    for n in range(6):
        ms = w.j(30, 60)
        if n == 0:
            NJ(t, "Information", "System.Net.Http.HttpClient.FxProvider.ClientHandler", "Received HTTP response headers after %.4fms - 200" % ms, eid=101, ElapsedMilliseconds=ms, StatusCode=200)
        else:
            NJ(t, "Information", "System.Net.Http.HttpClient.FxProvider.ClientHandler", "Received HTTP response headers after %.4fms - 429" % ms, ev=(n < 3), eid=101, ElapsedMilliseconds=ms, StatusCode=429)
            NJ(t + 0.001, "Warning", "Polly", "Execution attempt. Source: 'FxProvider-standard//Standard-Retry', Operation Key: '', Result: '429', Handled: 'True', Attempt: '%d', Execution Time: %.4fms" % (r.randint(0, 2), ms), eid=3)
            if n in (2, 5):
                NJ(t + 0.002, "Warning", "FxFeed.Worker.FxProviderClient", "Provider quota exhausted: X-RateLimit-Limit=1200/min X-RateLimit-Remaining=0 Retry-After=%d" % r.randint(20, 55), ev=True)
            if n in (3, 5):
                NJ(t + 0.003, "Error", "FxFeed.Worker.RateRefresher", "Failed to refresh rates for %s" % ",".join(r.sample(["EURUSD", "GBPUSD", "EURGBP", "USDJPY", "EURCHF", "AUDUSD"], 3)), ev=True,
                   exc="System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at FxFeed.Worker.FxProviderClient.GetQuoteAsync(String pair, CancellationToken ct) in /src/FxFeed.Worker/FxProviderClient.cs:line 58")
        t += w.j(5, 12)
    for n in range(4):
        s = 20 + n * 14 + w.j(0, 3)
        pair = r.choice(["EURGBP", "EURCHF", "GBPUSD"])
        w.add(s, pe, "@LB@  WARN 1 --- [pricing] [quote-worker-%d] c.b.pricing.QuoteService                 : FX rate for %s is stale (age %ds > 30s), rejecting quote q_%s" % (
            r.randint(1, 8), pair, r.randint(40, 140), w.hx(10)))
    w.add(30.0, rtr, 'haproxy[%d]: %s:%d [@HAP@] fe_sni~ be_secure:pricing:pricing-api/pod:pricing-api-%s:pricing-api:https:%s:8443 0/0/1/2/3 401 180 - - ---- 18/9/2/1/0 0/0 "GET /v1/session HTTP/1.1"' % (
        r.randint(300, 400), w.ip("10.131.0"), r.randint(30000, 60000), w.rs(), w.ip("10.129.2")))
    w.add(60.0, pe, "@LB@  INFO 1 --- [pricing] [quote-worker-2] c.b.pricing.QuoteService                 : Quote q_%s EURUSD priced from fresh rate (age 0.4s)" % w.hx(10))
    return record(w, "pricing-engine keeps rejecting cross-currency quotes as stale. Why?",
                  None,
                  E("ERROR", "rate_limited", "fx-rate-feed",
                    "fx-rate-feed polls 24 currency pairs with one request per pair every 250 ms (about 5,760 requests/min), far above the FX provider's 1,200 requests/min quota; the provider answers 429 Too Many Requests and the rates stop refreshing.",
                    "The FX provider is throttling fx-rate-feed (429s, X-RateLimit-Remaining=0, Retry-After); refreshes fail, so pricing-engine sees stale rates and rejects cross-currency quotes.",
                    "Switch fx-rate-feed to the provider's batch endpoint or a polling interval within quota (and honour Retry-After), or buy a higher quota; restart it once the quota window resets."))


# ===========================================================================
# node_failure
# ===========================================================================

@scenario
def s_gpu_xid79():
    w = Win("a100-cuda-errors", D(2026, 3, 9, 22, 15))
    r = w.rng
    ns = "ml-research"
    node = "hpc-gpu-07"
    kern = KERNEL(node)
    gpu_uuid = "GPU-%s" % w.uid()
    dp = C("gpu-operator", w.ds("nvidia-device-plugin-daemonset"), "nvidia-device-plugin", node, "nvidia-device-plugin-daemonset")
    tr = C(ns, "llm-pretrain-7b-worker-3", "pytorch", node, "llm-pretrain-7b")
    tr2 = C(ns, "llm-pretrain-7b-worker-1", "pytorch", "hpc-gpu-05", "llm-pretrain-7b")
    vs = C(ns, "vision-ssl-worker-0", "pytorch", node, "vision-ssl")

    w.add(1.0, tr, "@LBC@ INFO trainer: step %d/200000 loss=%.4f tokens/s=%d" % (r.randint(81000, 82000), w.j(2.1, 2.3), r.randint(38000, 42000)))
    w.add(2.0, tr2, "@LBC@ INFO trainer: step %d/200000 loss=%.4f tokens/s=%d" % (r.randint(81000, 82000), w.j(2.1, 2.3), r.randint(38000, 42000)))
    e = 20.0
    w.add(e, kern, "pcieport 0000:40:01.1: AER: Uncorrected (Fatal) error received: 0000:41:00.0", True)
    w.add(e + 0.001, kern, "nvidia 0000:41:00.0: AER: PCIe Bus Error: severity=Uncorrected (Fatal), type=Inaccessible, (Unregistered Agent ID)")
    w.add(e + 0.2, kern, "NVRM: GPU at PCI:0000:41:00: %s" % gpu_uuid)
    w.add(e + 0.201, kern, "NVRM: Xid (PCI:0000:41:00): 79, pid=%d, name=python, GPU has fallen off the bus." % r.randint(2000000, 2300000), True)
    w.add(e + 0.202, kern, "NVRM: GPU 0000:41:00.0: GPU has fallen off the bus.", True)
    w.add(e + 0.203, kern, "NVRM: A GPU crash dump has been created. If possible, please run")
    w.add(e + 0.204, kern, "NVRM: nvidia-bug-report.sh as root to collect this data before")
    w.add(e + 0.205, kern, "NVRM: the NVIDIA kernel module is unloaded.")
    w.klog(e + 1.0, dp, "I", 1, "health.go:130", '"XidCriticalError: Xid=79 on Device=%s; marking device as unhealthy."' % gpu_uuid, ev=True)
    w.add(e + 1.5, tr, "[rank3]:[E @LB@ ProcessGroupNCCL.cpp:1537] [PG 0 Rank 3] Process group watchdog thread terminated with exception: CUDA error: unspecified launch failure")
    w.add(e + 1.51, tr, "RuntimeError: CUDA error: unspecified launch failure")
    w.add(e + 1.6, vs, "RuntimeError: CUDA error: unspecified launch failure")
    w.add(e + 2.5, tr2, "[rank1]:[E @LB@ ProcessGroupNCCL.cpp:1537] [PG 0 Rank 1] Process group watchdog thread terminated with exception: NCCL error: remote process exited or there was a network error, NCCL version 2.20.5")
    w.event(12.0 + e, "json", ns, "Pod", "vision-ssl-worker-0", "Pulled", 'Container image "nvcr.io/nvidia/pytorch:24.08-py3" already present on machine', etype="Normal", host=node)
    fail = ("Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: "
            "error during container init: error running prestart hook #0: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy'\n"
            "nvidia-container-cli: detection error: nvml error: unknown error: unknown")
    w.event(12.5 + e, "json", ns, "Pod", "vision-ssl-worker-0", "Failed", fail, host=node)
    w.add(40.0 + e, kern, "NVRM: Xid (PCI:0000:41:00): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus.", True)
    w.event(60.0 + e, "json", ns, "Pod", "vision-ssl-worker-0", "BackOff", "Back-off restarting failed container pytorch in pod vision-ssl-worker-0_ml-research(%s)" % w.uid(), host=node, count=3, first=33.0)
    w.event(61.0 + e, "json", ns, "Pod", "vision-ssl-worker-0", "Failed", fail, host=node, count=4, first=32.5)
    w.add(90.0 + e, tr2, "@LBC@ ERROR torch.distributed.elastic.agent.server.api: [default] Worker group FAILED. 3/3 attempts left; will restart worker group")
    w.klog(120.0 + e, dp, "I", 1, "health.go:118", '"Health check" resource="nvidia.com/gpu" devices=8 healthy=7')
    return record(w, "Jobs that land on one of the A100 boxes keep dying with CUDA errors. Is it a bug in our training code?",
                  None,
                  E("CRITICAL", "node_failure", node,
                    "A GPU in hpc-gpu-07 (PCI 0000:41:00.0) suffered a fatal PCIe error and fell off the bus (NVIDIA Xid 79); every CUDA process on the node fails and new GPU containers cannot start because NVML no longer initialises.",
                    "Hardware fault on hpc-gpu-07: PCIe AER fatal error, Xid 79 'GPU has fallen off the bus', device plugin marks the GPU unhealthy; training ranks on the node crash with 'unspecified launch failure' and containers fail in the NVIDIA prestart hook. Other GPU nodes are fine.",
                    "Cordon and drain hpc-gpu-07, collect nvidia-bug-report, power-cycle the node (reseat/replace the GPU if Xid 79 recurs), and resubmit the affected jobs elsewhere."))


@scenario
def s_pleg_flap():
    w = Win("creative-blip-0310", D(2026, 3, 10, 3, 6))
    r = w.rng
    node = "k8s-w-adtech-09"
    kl = JOURNAL(node, "kubelet.service")
    ct = JOURNAL(node, "containerd.service")
    syslog = {"job": "varlogs", "node": node, "filename": "/var/log/syslog"}
    ns = "creative"
    h = w.rs()
    cpods = [w.pod("creative-renderer", h) for _ in range(3)]
    cr = [C(ns, p, "renderer", ("k8s-w-adtech-%02d" % n), "creative-renderer") for p, n in zip(cpods, (9, 4, 6))]
    gw = C("gateway", w.pod("envoy-gateway", w.rs()), "envoy", "k8s-w-adtech-02", "envoy-gateway")
    crip = w.ip("10.244.9")

    def K(s, msg, ev=False):
        w.add(s, syslog, "@SYS@ %s kernel: [@KSEC@] %s" % (node, msg), ev)

    def acc(s, code, flags, up):
        w.add(s, gw, '[@ISO@] "GET /render/v2/%s.html HTTP/1.1" %d %s 0 %d %d %s "-" "Mozilla/5.0" "%s" "creative.adco.example" "%s"' % (
            w.hx(12), code, flags, 0 if code >= 500 else r.randint(8000, 30000), r.randint(5, 40) if code < 500 else r.randint(5000, 15000),
            "-" if code >= 500 else str(r.randint(4, 30)), w.uid(), up))

    acc(0.5, 200, "-", "%s:8080" % crip)
    K(2.0, "nvme nvme0: I/O %d QID %d timeout, aborting" % (r.randint(100, 999), r.randint(1, 8)), True)
    K(2.1, "nvme nvme0: I/O %d QID %d timeout, aborting" % (r.randint(100, 999), r.randint(1, 8)), True)
    K(32.2, "nvme nvme0: I/O %d QID %d timeout, reset controller" % (r.randint(100, 999), r.randint(1, 8)), True)
    K(123.0, "INFO: task containerd:%d blocked for more than 120 seconds." % r.randint(800, 1500), True)
    K(123.001, "      Not tainted 5.15.0-97-generic #107-Ubuntu")
    K(123.002, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.")
    w.add(60.0, ct, 'time="@ISO9@" level=error msg="get state for %s" error="context deadline exceeded: unknown"' % w.hx(64), True)
    w.klog(90.0, kl, "E", 1187, "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="nil"', ev=True)
    acc(100.0, 503, "UF,URX", "%s:8080" % crip)
    acc(101.0, 200, "-", "%s:8080" % w.ip("10.244.4"))
    w.klog(184.5, kl, "E", 1187, "kubelet.go:2389", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.412s ago; threshold is 3m0s"', ev=True)
    w.klog(184.6, kl, "I", 1187, "setters.go:568", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"@ISOS@","lastTransitionTime":"@ISOS@","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m4.412s ago; threshold is 3m0s"}' % node, ev=True)
    w.event(190.0, "logfmt", "", "Node", node, "NodeNotReady", "Node %s status is now: NodeNotReady" % node, etype="Normal", comp="node-controller", ev=True)
    w.event(190.2, "logfmt", ns, "Pod", cpods[0], "NodeNotReady", "Node is not ready", comp="node-controller")
    acc(192.0, 503, "UF,URX", "%s:8080" % crip)
    for n in range(3):
        acc(200 + n * 7, 200, "-", "%s:8080" % w.ip("10.244.%d" % r.choice([4, 6])))
    w.add(205.0, cr[1], "@ISO@ INFO render: served creative cr_%s in %dms (cache=hit)" % (w.hx(8), r.randint(3, 12)))
    K(214.0, "nvme nvme0: Abort status: 0x0")
    w.add(230.0, ct, 'time="@ISO9@" level=info msg="StopPodSandbox for \\"%s\\" returns successfully"' % w.hx(64))
    w.klog(236.0, kl, "I", 1187, "kubelet_node_status.go:497", '"Fast updating node status as it just became ready"')
    w.event(240.0, "logfmt", "", "Node", node, "NodeReady", "Node %s status is now: NodeReady" % node, etype="Normal", comp="kubelet", host=node)
    w.add(250.0, cr[0], "@ISO@ INFO render: served creative cr_%s in %dms (cache=miss)" % (w.hx(8), r.randint(20, 60)))
    acc(260.0, 200, "-", "%s:8080" % crip)
    return record(w, "There was a short blip in creative rendering around 03:10 last night. What caused it?",
                  None,
                  E("WARN", "node_failure", node,
                    "The NVMe disk of k8s-w-adtech-09 stopped answering I/O (command timeouts and a controller reset); containerd blocked on disk, the kubelet's PLEG stalled for over 3 minutes and the node went NotReady until the disk recovered.",
                    "Node k8s-w-adtech-09 was NotReady for about a minute after NVMe timeouts hung containerd (PLEG not healthy); the envoy gateway saw a few 503s from the renderer on that node while other replicas served. The node returned to Ready without pod evictions.",
                    "Check the NVMe drive's SMART/health and firmware on k8s-w-adtech-09 and plan a replacement or drain if timeouts recur; monitor for repeat NotReady flaps."))



# ===========================================================================
# main
# ===========================================================================

def build():
    records = [fn() for fn in SCENARIOS]
    keys = [rec["source"] for rec in records]
    assert len(set(keys)) == len(keys)
    random.Random("dev19-shuffle").shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = "dev19-%03d" % i
    return records


def main():
    records = build()
    assert len(records) == 40
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev19.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
