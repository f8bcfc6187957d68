#!/usr/bin/env python3
"""Generate dev39.jsonl: an independent held-out golden set for a Kubernetes log-diagnosis tool.

40 windows (12 healthy, 10 WARN, 10 ERROR, 8 CRITICAL) from three fictional businesses:
a flower auction and greenhouse grower, a national parcel-locker network, and a lottery and
gaming operator. Standard library only. Output is byte-identical whatever PYTHONHASHSEED, TZ
and locale are:

* every record gets its own random.Random seeded from SEED and the record's name (str seeds
  are hashed with SHA-512 by random, not with hash());
* timestamps are integer milliseconds since the epoch, formatted by hand in UTC (no local
  time, no locale-dependent strftime fields such as %b);
* dicts are only iterated in insertion order, sets are never iterated, and the file is
  serialised with json.dumps(..., sort_keys=True);
* evidence indices are computed from the lines each builder flags with ev=True.

Usage: python3 make_dev39.py [OUTPUT]   (default: dev39.jsonl next to this file)
"""
import calendar
import datetime
import json
import os
import random
import sys

SEED = 203939
SET_NAME = "dev39"
N_RECORDS = 40
BASE_S = calendar.timegm((2026, 3, 2, 0, 0, 0, 0, 0, 0))  # Monday 2 March 2026, 00:00 UTC
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

BUILDERS = []  # (name, function), in definition order


def builder(name):
    def deco(fn):
        BUILDERS.append((name, fn))
        return fn
    return deco


def rng_for(name):
    return random.Random("%d/%s/%s" % (SEED, SET_NAME, name))


# --------------------------------------------------------------------------- time

def _civil(days):
    """Days since 1970-01-01 -> (year, month, day), proleptic Gregorian (H. Hinnant)."""
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _parts(ms):
    s, milli = divmod(ms, 1000)
    days, sod = divmod(s, 86400)
    y, mo, d = _civil(days)
    hh, rem = divmod(sod, 3600)
    mi, ss = divmod(rem, 60)
    micro = milli * 1000 + (ms * 7919) % 1000
    nano = micro * 1000 + (ms * 104729) % 1000
    return y, mo, d, hh, mi, ss, milli, micro, nano, s


def fmt_time(token, ms):
    y, mo, d, hh, mi, ss, milli, micro, nano, s = _parts(ms)
    hms = "%02d:%02d:%02d" % (hh, mi, ss)
    ymd = "%04d-%02d-%02d" % (y, mo, d)
    mon = MONTHS[mo - 1]
    if token == "ISO":
        return "%sT%s.%03dZ" % (ymd, hms, milli)
    if token == "ISOS":
        return "%sT%sZ" % (ymd, hms)
    if token == "ISOUS":
        return "%sT%s.%06dZ" % (ymd, hms, micro)
    if token == "ISONS":
        return "%sT%s.%09dZ" % (ymd, hms, nano)
    if token == "JDK":
        return "%sT%s.%03d+0000" % (ymd, hms, milli)
    if token == "ISOOFF":
        return "%sT%s.%03d+00:00" % (ymd, hms, milli)
    if token == "PY":
        return "%s %s,%03d" % (ymd, hms, milli)
    if token == "PYDOT":
        return "%s %s.%03d" % (ymd, hms, milli)
    if token == "PGTS":
        return "%s %s.%03d UTC" % (ymd, hms, milli)
    if token == "KLOG":
        return "%02d%02d %s.%06d" % (mo, d, hms, micro)
    if token == "NGX":
        return "%02d/%s/%04d:%s +0000" % (d, mon, y, hms)
    if token == "HAPX":
        return "%02d/%s/%04d:%s.%03d" % (d, mon, y, hms, milli)
    if token == "SYS":
        return "%s %2d %s" % (mon, d, hms)
    if token == "REDIS":
        return "%02d %s %04d %s.%03d" % (d, mon, y, hms, milli)
    if token == "CH":
        return "%04d.%02d.%02d %s.%06d" % (y, mo, d, hms, micro)
    if token == "NATS":
        return "%04d/%02d/%02d %s.%06d" % (y, mo, d, hms, micro)
    if token == "EPOCH":
        return "%d.%03d" % (s, milli)
    if token == "EPOCHUS":
        return "%d.%06d" % (s, micro)
    if token == "EPOCHMS":
        return "%d" % ms
    if token == "EPOCHS":
        return "%d" % s
    if token == "DJ":
        return "%02d/%s/%04d %s" % (d, mon, y, hms)
    if token == "DATE":
        return ymd
    raise KeyError(token)


TOKENS = ("ISONS", "ISOUS", "ISOOFF", "JDK", "ISOS", "ISO", "PYDOT", "PY", "PGTS", "KLOG", "NGX",
          "HAPX", "SYS", "REDIS", "CH", "NATS", "EPOCHUS", "EPOCHMS", "EPOCHS", "EPOCH",
          "DJ", "DATE")


def expand(text, ms):
    if "@" not in text:
        return text
    for tok in TOKENS:
        mark = "@" + tok + "@"
        if mark in text:
            val = fmt_time(tok, ms)
            text = text.replace('"' + mark + '"', val) if tok.startswith("EPOCH") else text
            text = text.replace(mark, val)
    return text


SATURDAYS = tuple(range(5, 56, 7))  # day offsets from BASE_S that fall on a Saturday
DST_START_MS = calendar.timegm((2026, 3, 29, 1, 0, 0, 0, 0, 0)) * 1000  # EU summer time starts


def draw_label(ms):
    """Weekly Saturday draw id from the ISO week of the date, e.g. '2026-W11-SAT'."""
    y, mo, d = _parts(ms)[:3]
    iy, iw, _ = datetime.date(y, mo, d).isocalendar()
    return "%d-W%02d-SAT" % (iy, iw)


def draw_time_ms(ms):
    """20:00 Amsterdam time on the day of ms, in UTC milliseconds."""
    day0 = (ms // 86400000) * 86400000
    return day0 + (18 if ms >= DST_START_MS else 19) * 3600000


def iso_ms(ms):
    return fmt_time("ISO", ms)


def start_ms(rng, hour, minute=0, day=None):
    """A window start on a day between 2 March and 26 April 2026, at hour:minute UTC (+ jitter)."""
    if day is None:
        day = rng.randint(0, 55)
    return (BASE_S + day * 86400 + hour * 3600 + minute * 60 + rng.randint(0, 420)) * 1000 \
        + rng.randint(0, 999)


# --------------------------------------------------------------------------- window

class Win(object):
    def __init__(self, rng, t0):
        self.rng = rng
        self.t = t0
        self.rows = []
        self.vars = []  # (token, value) pairs, replaced in every line added afterwards

    def add(self, labels, text, gap=(150, 2500), ev=False):
        if isinstance(gap, tuple):
            step = self.rng.randint(gap[0], gap[1])
        else:
            step = gap
        self.t += max(1, step)
        if callable(text):
            text = text(self.t)
        for tok, val in self.vars:
            text = text.replace(tok, val)
        self.rows.append({"t": self.t, "labels": dict(labels),
                          "line": expand(text, self.t), "ev": bool(ev)})
        return self

    def now(self, tok="ISO", plus=0):
        return fmt_time(tok, self.t + plus)


# --------------------------------------------------------------------------- ids & labels

ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"


def rs_hash(rng):
    return "".join(rng.choice(ALNUM) for _ in range(10))


def pod_sfx(rng):
    return "".join(rng.choice(ALNUM) for _ in range(5))


def pod(rng, deploy, rs=None):
    return "%s-%s-%s" % (deploy, rs or rs_hash(rng), pod_sfx(rng))


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ip(rng, prefix="10.42"):
    return "%s.%d.%d" % (prefix, rng.randint(0, 15), rng.randint(2, 250))


def PL(ns, podname, container, node, app=None):
    return {"namespace": ns, "pod": podname, "container": container, "node": node,
            "app": app or container}


def EV(ns):
    return {"namespace": ns, "job": "kubernetes-events"}


def NJ(node, unit):
    return {"node": node, "unit": unit, "job": "node-journal"}


def NK(node):
    return {"node": node, "transport": "kernel", "job": "node-journal"}


def HJ(host, unit):
    return {"host": host, "unit": unit, "job": "systemd-journal"}


def HK(host):
    return {"host": host, "transport": "kernel", "job": "systemd-journal"}


def HS(host, app, facility="daemon"):
    return {"host": host, "app": app, "job": "syslog", "facility": facility}


def DC(host, project, service):
    return {"host": host, "compose_project": project, "compose_service": service,
            "container": "%s-%s-1" % (project, service), "job": "docker"}


def writers(labels):
    """Label values naming who wrote a line (used for the 'quiet cause component' check)."""
    out = []
    if "pod" in labels and "container" in labels:
        out.append(labels["container"])
    else:
        for key in ("compose_service", "app", "container"):
            if key in labels:
                out.append(labels[key])
        if "unit" in labels:
            unit = labels["unit"]
            for suffix in (".service", ".timer", ".scope"):
                if unit.endswith(suffix):
                    unit = unit[: -len(suffix)]
            out.append(unit)
        if "host" in labels:
            out.append(labels["host"])
    return [w.lower() for w in out]


# --------------------------------------------------------------------------- line shapes

def J(**kv):
    """A compact JSON log line; key order is the argument order."""
    return json.dumps(kv, separators=(",", ":"), ensure_ascii=False)


def kev(kind, name, typ, reason, source, msg, count=1):
    return "type=%s reason=%s object=%s/%s source=%s count=%d msg=%s" % (
        typ, reason, kind, name, source, count, json.dumps(msg, ensure_ascii=False))


def klog(level, tid, loc, msg):
    return "%s@KLOG@ %7d %s] %s" % (level, tid, loc, msg)


def envoy(rng, method, path, code, flags, details, rx, tx, dur, authority, upstream, cluster,
          ua="-", xff="-", ust=None, tfr="-"):
    ust_s = "-" if ust is None else str(ust)
    return ('[@ISO@] "%s %s HTTP/1.1" %d %s %s - "%s" %d %d %d %s "%s" "%s" "%s" "%s" "%s" %s '
            '%s:%d - default' % (method, path, code, flags, details, tfr, rx, tx, dur, ust_s, xff,
                                  ua, uuid4(rng), authority, upstream, cluster,
                                  ip(rng), rng.randint(32768, 60999)))


def ngx(rng, client, method, path, code, size, ua, upstream_name, upstream_addr, rt,
        up_status=None):
    up_status = code if up_status is None else up_status
    return ('%s - - [@NGX@] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %s %s' % (
        client, method, path, code, size, ua, rng.randint(180, 900), rt, upstream_name,
        upstream_addr, size, rt, up_status, hexs(rng, 32)))


def logback(level, thread, logger, msg):
    return "@PYDOT@ [%s] %-5s %s - %s" % (thread, level, logger, msg)


def quarkus(level, cat, thread, msg):
    return "@PY@ %-5s [%s] (%s) %s" % (level, cat, thread, msg)


def pylog(level, name, msg):
    return "@PY@ %s %s: %s" % (level, name, msg)


def celery(level, proc, msg):
    return "[@PY@: %s/%s] %s" % (level, proc, msg)


def pg(pid, level, msg):
    return "@PGTS@ [%d] %s:  %s" % (pid, level, msg)


def patroni(level, msg):
    return "@PY@ %s: %s" % (level, msg)


def logrus_txt(level, msg, **kv):
    extra = "".join(" %s=%s" % (k, (json.dumps(v) if isinstance(v, str) and (" " in v or v == "")
                                     else v)) for k, v in kv.items())
    return 'time="@ISOS@" level=%s msg=%s%s' % (level, json.dumps(msg), extra)


def sys3164(pri, host, tag, msg):
    return "<%d>@SYS@ %s %s: %s" % (pri, host, tag, msg)


def sys5424(pri, host, app, procid, msgid, msg):
    return "<%d>1 @ISOUS@ %s %s %s %s - %s" % (pri, host, app, procid, msgid, msg)


def gotime(isos):
    """'2026-03-04T05:12:00Z' -> Go's time.String() shape '2026-03-04 05:12:00 +0000 UTC'."""
    return isos.replace("T", " ").replace("Z", " +0000 UTC")


# =========================================================================== BUILDERS
# Each builder returns a dict: theme, platform ("k8s" | "host"), question, selector,
# expected (without evidence), win, and optionally owners (label values that count as the
# cause component's own lines when they differ from the component name).

# ---------------------------------------------------------------- theme: flower auction / greenhouse

FA_NODES = ("fa-wk-01", "fa-wk-02", "fa-wk-03", "fa-wk-04", "fa-wk-05", "fa-wk-06")
FA_REG = "harbor.veiling.example"


def zap(level, caller, msg, **kv):
    d = {"level": level, "ts": "@EPOCH@", "caller": caller, "msg": msg}
    d.update(kv)
    return J(**d)


@builder("flower-bidgw-rollout")
def f_bidgw_rollout(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 20))
    rs_new, rs_old = rs_hash(rng), rs_hash(rng)
    p_new = pod(rng, "bid-gateway", rs_new)
    p_old = pod(rng, "bid-gateway", rs_old)
    n_new, n_old = FA_NODES[3], FA_NODES[1]
    ip_new = ip(rng)
    img = "%s/auction/bid-gateway:1.42.0" % FA_REG
    L_new = PL(ns, p_new, "bid-gateway", n_new)
    L_old = PL(ns, p_old, "bid-gateway", n_old)
    L_px = PL(ns, p_new, "istio-proxy", n_new, app="bid-gateway")
    E = EV(ns)
    w.add(E, kev("Deployment", "bid-gateway", "Normal", "ScalingReplicaSet", "deployment-controller",
                 "Scaled up replica set bid-gateway-%s to 1" % rs_new))
    w.add(E, kev("Pod", p_new, "Normal", "Scheduled", "default-scheduler",
                 "Successfully assigned %s/%s to %s" % (ns, p_new, n_new)), gap=(20, 80))
    w.add(E, kev("Pod", p_new, "Normal", "Pulling", "kubelet/" + n_new, 'Pulling image "%s"' % img))
    w.add(E, kev("Pod", p_new, "Normal", "Pulled", "kubelet/" + n_new,
                 'Successfully pulled image "%s" in 2.184s (2.184s including waiting). '
                 'Image size: 28411234 bytes.' % img), gap=(2000, 2400))
    w.add(E, kev("Pod", p_new, "Normal", "Started", "kubelet/" + n_new, "Started container bid-gateway"),
          gap=(300, 700))
    w.add(L_new, zap("info", "cmd/main.go:61", "starting bid-gateway", version="1.42.0",
                     commit="9f3c2ab", go="go1.22.5"), gap=(40, 120))
    w.add(E, kev("Pod", p_new, "Warning", "Unhealthy", "kubelet/" + n_new,
                 'Readiness probe failed: Get "http://%s:8080/readyz": dial tcp %s:8080: connect: '
                 'connection refused' % (ip_new, ip_new)), gap=(400, 900))
    w.add(L_new, zap("info", "clock/client.go:112", "subscribed to clock stream", clocks=[1, 2, 3, 4, 5]),
          gap=(300, 800))
    w.add(L_new, zap("info", "server/http.go:48", "http server listening", addr=":8080"), gap=(20, 60))
    w.add(E, kev("Deployment", "bid-gateway", "Normal", "ScalingReplicaSet", "deployment-controller",
                 "Scaled down replica set bid-gateway-%s to 2 from 3" % rs_old), gap=(9000, 11000))
    w.add(E, kev("Pod", p_old, "Normal", "Killing", "kubelet/" + n_old, "Stopping container bid-gateway"),
          gap=(20, 90))
    w.add(L_old, zap("info", "cmd/main.go:97", "received signal, starting graceful shutdown",
                     signal="terminated", grace="25s"), gap=(5, 40))
    for buyer in ("K-40712", "K-51180"):
        w.add(L_old, zap("warn", "ws/hub.go:201", "closing buyer websocket", buyer=buyer, code=1001,
                         reason="server going away"), gap=(3, 30))
    w.add(L_px, envoy(rng, "GET", "/ws/clock/3", 101, "-", "via_upstream", 0, 0, 12,
                      "bid.veiling.example", "%s:8080" % ip_new, "inbound|8080||",
                      ua="VeilingKoper/5.8 (iOS 17.4)", xff=ip(rng, "77.161"), ust=11), gap=(400, 900))
    w.add(L_new, zap("info", "ws/hub.go:143", "buyer websocket connected", buyer="K-40712", clock=3),
          gap=(2, 10))
    w.add(L_old, zap("error", "clock/client.go:148", "clock stream closed",
                     error="rpc error: code = Canceled desc = context canceled"), gap=(200, 900))
    w.add(L_old, zap("info", "cmd/main.go:121", "shutdown complete", open_connections=0, duration="3.41s"),
          gap=(1500, 2500))
    w.add(L_px, envoy(rng, "POST", "/v1/bids", 200, "-", "via_upstream", 212, 87, 41,
                      "bid.veiling.example", "%s:8080" % ip_new, "inbound|8080||",
                      ua="VeilingKoper/5.8 (iOS 17.4)", xff=ip(rng, "77.161"), ust=40), gap=(800, 3000))
    w.add(L_new, zap("info", "bids/handler.go:88", "bid accepted", clock=3, lot="L-118204",
                     buyer="K-40712", price_cents=41, latency_ms=39), gap=(1, 5))
    w.add(E, kev("Deployment", "bid-gateway", "Normal", "ScalingReplicaSet", "deployment-controller",
                 "Scaled up replica set bid-gateway-%s to 2 from 1" % rs_new), gap=(2000, 4000))
    return dict(
        theme="flower", platform="k8s",
        question="During this morning's bid-gateway deploy I saw a failed readiness probe and an "
                 "error about the clock stream. Did remote buyers lose bids?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": "bid-gateway"},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: a normal rolling update of bid-gateway. The readiness probe "
                       "failed once before the new pod listened, and the old pod's canceled clock "
                       "stream and closed websockets are part of its graceful shutdown.",
            summary="Rolling update of bid-gateway to 1.42.0; buyers reconnected to the new pod and "
                    "bids were accepted.",
            action="None needed.")
    )


@builder("flower-greenhouse-host-noise")
def f_greenhouse_noise(rng):
    h = "gh-climate-02"
    w = Win(rng, start_ms(rng, 2, 10))
    jid = hexs(rng, 32)
    g = (4000, 30000)
    w.add(HJ(h, "chronyd.service"), "Selected source 10.40.0.1 (ntp1.kwekerij.lan)", gap=g)
    w.add(HJ(h, "modbus-gw.service"), "INFO poll cycle 48211: 6 devices, 312 registers, 0 errors, "
                                      "0 timeouts, 418 ms", gap=g)
    w.add(HJ(h, "smartd.service"), "Device: /dev/sda [SAT], SMART Usage Attribute: 194 "
                                   "Temperature_Celsius changed from 38 to 39", gap=g)
    w.add(HJ(h, "modbus-gw.service"), "WARNING unit 7 (vent-ctl-k4) read holding registers "
                                      "40001-40016: no response within 500 ms, retry 1/3", gap=g)
    w.add(HJ(h, "modbus-gw.service"), "INFO unit 7 (vent-ctl-k4) read ok on retry 1 (112 ms)",
          gap=(100, 400))
    w.add(HJ(h, "climate-ctl.service"), "compartment K4: temp 21.4C setpoint 21.5C RH 78% "
                                        "vent 32% -> 30%", gap=g)
    w.add(HJ(h, "systemd-journald.service"),
          "Data hash table of /var/log/journal/%s/system.journal has a fill level at 75.0 "
          "(6149 of 8192 items, 4194304 file size, 682 bytes per hash table item), suggesting "
          "rotation." % jid, gap=g)
    w.add(HJ(h, "systemd-journald.service"),
          "/var/log/journal/%s/system.journal: Journal header limits reached or header "
          "out-of-date, rotating." % jid, gap=(2, 20))
    w.add(HJ(h, "cron.service"), "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
          gap=g)
    w.add(HJ(h, "cron.service"), "(root) CMD (/usr/local/bin/export-climate --since 1h)", gap=(1, 10))
    w.add(HJ(h, "chronyd.service"), "Source 10.40.0.2 replaced with 10.40.0.3 (ntp3.kwekerij.lan)", gap=g)
    w.add(HJ(h, "modbus-gw.service"), "INFO poll cycle 48212: 6 devices, 312 registers, 1 retries, "
                                      "0 errors, 0 timeouts, 431 ms", gap=g)
    w.add(HJ(h, "init.scope"), "Starting logrotate.service - Rotate log files...", gap=g)
    w.add(HJ(h, "logrotate.service"), "error: skipping \"/var/log/modbus-gw/poll.log\" because "
                                      "parent directory has insecure permissions (It's world writable "
                                      "or writable by group which is not \"root\") Set \"su\" directive "
                                      "in config file to tell logrotate which user/group should be used "
                                      "for rotation.", gap=(200, 600))
    w.add(HJ(h, "init.scope"), "logrotate.service: Deactivated successfully.", gap=(50, 200))
    w.add(HJ(h, "init.scope"), "Finished logrotate.service - Rotate log files.", gap=(1, 5))
    w.add(HJ(h, "climate-ctl.service"), "compartment K4: temp 21.5C setpoint 21.5C RH 77% vent 30%",
          gap=g)
    w.add(HJ(h, "smartd.service"), "Device: /dev/sda [SAT], SMART Usage Attribute: 190 "
                                   "Airflow_Temperature_Cel changed from 62 to 61", gap=g)
    w.add(HJ(h, "modbus-gw.service"), "INFO poll cycle 48213: 6 devices, 312 registers, 0 errors, "
                                      "0 timeouts, 402 ms", gap=g)
    return dict(
        theme="flower", platform="host",
        question="The climate computer host shows Modbus 'no response' warnings, a logrotate error "
                 "and a time source change. Is compartment K4's climate control at risk?",
        selector=None, win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: one Modbus read was retried and succeeded, chrony swapped an NTP "
                       "source, journald rotated its file and logrotate skipped one directory; all "
                       "poll cycles complete with 0 errors and K4 tracks its setpoint.",
            summary="Routine host activity on the climate computer; control loop healthy.",
            action="None needed; optionally fix the permissions of /var/log/modbus-gw so logrotate "
                   "rotates it.")
    )


@builder("flower-cert-renewal")
def f_cert_renewal(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 5))
    cm_pod = pod(rng, "cert-manager")
    ing_pod = pod(rng, "ingress-nginx-controller")
    dns_pod = pod(rng, "coredns")
    L_cm = PL("cert-manager", cm_pod, "cert-manager-controller", FA_NODES[0], app="cert-manager")
    L_ing = PL("ingress-nginx", ing_pod, "controller", FA_NODES[2], app="ingress-nginx")
    L_dns = PL("kube-system", dns_pod, "coredns", FA_NODES[4], app="kube-dns")
    order = "clock-tls-7-%d" % rng.randint(1000000000, 4000000000)
    up = "%s:8080" % ip(rng)
    w.add(L_cm, klog("I", 1, "trigger_controller.go:215",
                     '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" '
                     'key="auction/clock-tls" reason="Renewing" message="Renewing certificate as '
                     'renewal was scheduled at %s"' % gotime(w.now("ISOS"))))
    w.add(L_cm, klog("I", 1, "conditions.go:203",
                     'Setting lastTransitionTime for Certificate "clock-tls" condition "Issuing" to %s'
                     % gotime(w.now("ISOS", 300))), gap=(100, 300))
    w.add(L_cm, klog("I", 1, "controller.go:162",
                     '"re-queuing item due to optimistic locking on resource" logger="cert-manager.orders" '
                     'key="auction/%s" error="Operation cannot be fulfilled on orders.acme.cert-manager.io '
                     '\\"%s\\": the object has been modified; please apply your changes to the latest '
                     'version and try again"' % (order, order)), gap=(800, 2000))
    w.add(L_ing, ngx(rng, ip(rng, "77.161"), "GET", "/api/clocks/3/state", 200, 812,
                     "VeilingKoper/5.8 (Android 14)", "auction-bid-gateway-8080", up, 0.012))
    w.add(L_cm, klog("E", 1, "sync.go:190",
                     '"propagation check failed" err="DNS record for \\"clock.veiling.example\\" not yet '
                     'propagated" logger="cert-manager.challenges" resource_name="%s-1223" '
                     'resource_namespace="auction" resource_kind="Challenge" resource_version="v1" '
                     'dnsName="clock.veiling.example" type="DNS-01"' % order), gap=(3000, 8000))
    w.add(L_dns, "[INFO] Reloading", gap=(2000, 6000))
    w.add(L_dns, "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(rng, 128), gap=(50, 200))
    w.add(L_dns, "[INFO] Reloading complete", gap=(2, 20))
    w.add(L_ing, ngx(rng, ip(rng, "77.161"), "POST", "/v1/bids", 200, 87,
                     "VeilingKoper/5.8 (iOS 17.4)", "auction-bid-gateway-8080", up, 0.041))
    w.add(L_cm, klog("I", 1, "acme.go:236",
                     '"certificate issued" logger="cert-manager.orders" resource_name="%s" '
                     'resource_namespace="auction" resource_kind="Order" resource_version="v1"' % order),
          gap=(20000, 40000))
    w.add(EV(ns), kev("Certificate", "clock-tls", "Normal", "Issuing", "cert-manager-certificates-issuing",
                      "The certificate has been successfully issued"), gap=(200, 600))
    w.add(L_ing, klog("I", 7, "store.go:589",
                      '"secret was updated and it is used in ingress annotations. Parsing" '
                      'secret="auction/clock-tls"'), gap=(200, 900))
    w.add(L_ing, klog("I", 7, "controller.go:193", '"Configuration changes detected, backend reload required"'),
          gap=(100, 400))
    w.add(L_ing, klog("I", 7, "controller.go:213", '"Backend successfully reloaded"'), gap=(300, 700))
    w.add(EV("ingress-nginx"), kev("Pod", ing_pod, "Normal", "RELOAD", "nginx-ingress-controller",
                                   "NGINX reload triggered due to a change in configuration"), gap=(1, 10))
    w.add(L_ing, ngx(rng, ip(rng, "77.161"), "POST", "/v1/bids", 200, 87,
                     "VeilingKoper/5.8 (iOS 17.4)", "auction-bid-gateway-8080", up, 0.038))
    w.add(L_ing, ngx(rng, ip(rng, "77.161"), "GET", "/api/clocks/1/state", 200, 790,
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "auction-bid-gateway-8080", up, 0.009))
    return dict(
        theme="flower", platform="k8s",
        question="cert-manager says the clock site certificate 'must be re-issued', logged a failed "
                 "propagation check, and the ingress reloaded during the auction. Is clock.veiling.example "
                 "about to break?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: scheduled renewal of the clock-tls certificate. The optimistic-lock "
                       "requeue and the DNS-01 propagation check are normal steps, the certificate was "
                       "issued and the ingress reloaded it without failing requests.",
            summary="clock-tls renewed by cert-manager; ingress picked up the new secret; traffic "
                    "served with 200s throughout.",
            action="None needed.")
    )


@builder("flower-logistics-retries")
def f_logistics_retries(rng):
    ns = "logistics"
    w = Win(rng, start_ms(rng, 9, 30))
    p_pl = pod(rng, "transport-planner")
    p_disp = pod(rng, "trolley-dispatch")
    p_ch = "dock-ch-0"
    L_pl = PL(ns, p_pl, "transport-planner", FA_NODES[5])
    L_ds = PL(ns, p_disp, "trolley-dispatch", FA_NODES[1])
    L_ch = PL(ns, p_ch, "clickhouse", FA_NODES[2], app="dock-ch")
    L_mi = PL(ns, "minio-2", "minio", FA_NODES[4], app="minio")
    tid = uuid4(rng)
    w.add(L_pl, celery("INFO", "MainProcess", "Scheduler: Sending due task reconcile-dock-slots "
                                              "(planner.tasks.reconcile_slots)"))
    w.add(L_pl, celery("INFO", "MainProcess", "Task planner.tasks.push_manifest[%s] received" % tid))
    w.add(L_pl, celery("INFO", "ForkPoolWorker-3",
                       "Task planner.tasks.push_manifest[%s] retry: Retry in 10s: ConnectionError("
                       "MaxRetryError(\"HTTPSConnectionPool(host='api.koeltransport.example', port=443): "
                       "Max retries exceeded with url: /v2/manifests (Caused by NewConnectionError('"
                       "<urllib3.connection.HTTPSConnection object at 0x7f3c2a1b9d90>: Failed to "
                       "establish a new connection: [Errno 111] Connection refused'))\"))" % tid))
    w.add(L_ds, J(level="warn", message="carrier API slow response", carrier="koeltransport",
                  ms=2412, soft_threshold_ms=2000, timestamp="@ISO@"))
    w.add(L_ch, "@CH@ [ 412 ] {%s} <Error> executeQuery: Code: 62. DB::Exception: Syntax error: "
                "failed at position 1 ('SELEC'): SELEC count() FROM trolley_events WHERE day = today(). "
                "Expected one of: Query, Query with output, EXPLAIN, SELECT query, possibly with UNION, "
                "list of union elements, SELECT query, subquery, possibly with UNION. (SYNTAX_ERROR) "
                "(version 24.3.2.23 (official build)) (from %s:53122) (in query: SELEC count() FROM "
                "trolley_events WHERE day = today())" % (uuid4(rng), ip(rng)))
    w.add(L_mi, "Healing drive '/export3' - 'mc admin heal minio/ --verbose' to check the current status.",
          gap=(1000, 4000))
    w.add(L_ch, "@CH@ [ 412 ] {%s} <Information> executeQuery: Read 1843211 rows, 41.23 MiB in "
                "0.212 sec., 8694390 rows/sec., 194.48 MiB/sec." % uuid4(rng), gap=(8000, 20000))
    w.add(L_pl, celery("INFO", "ForkPoolWorker-1",
                       "Task planner.tasks.push_manifest[%s] succeeded in 0.84s: {'trip': 'T-88121', "
                       "'carrier': 'KTR', 'status': 'accepted'}" % tid), gap=(1000, 3000))
    w.add(L_ds, J(level="info", message="manifest acknowledged", trip="T-88121", carrier="koeltransport",
                  trolleys=14, timestamp="@ISO@"))
    w.add(EV(ns), kev("HorizontalPodAutoscaler", "trolley-dispatch", "Normal", "SuccessfulRescale",
                      "horizontal-pod-autoscaler",
                      "New size: 4; reason: cpu resource utilization (percentage of request) above target"))
    w.add(L_ch, "@CH@ [ 97 ] {} <Information> logistics.trolley_events (%s): Removing 7 parts from "
                "filesystem (serially): Parts: [202603_1_412_87, 202603_413_419_1, 202603_420_420_0, "
                "202603_421_421_0, 202603_422_422_0, 202603_423_423_0, 202603_424_424_0]" % uuid4(rng))
    w.add(L_pl, celery("INFO", "ForkPoolWorker-2",
                       "Task planner.tasks.reconcile_slots[%s] succeeded in 3.12s: None" % uuid4(rng)))
    w.add(L_ds, J(level="info", message="dock slot reconciliation finished", slots=1843, errors=0,
                  conflicts=0, timestamp="@ISO@"))
    w.add(L_ds, J(level="warn", message="trolley scan rejected", trolley="DC-00481-7", reason="duplicate scan",
                  dock=4, timestamp="@ISO@"))
    w.add(L_pl, celery("WARNING", "ForkPoolWorker-2",
                       "/app/planner/export.py:58: FutureWarning: Series.__getitem__ treating keys as "
                       "positions is deprecated. In a future version, integer keys will always be treated "
                       "as labels (consistent with DataFrame behavior). To access a value by position, "
                       "use `ser.iloc[pos]`"))
    w.add(L_ds, J(level="info", message="trip closed", trip="T-88124", trolleys=9, carrier="vdb",
                  timestamp="@ISO@"))
    w.add(L_mi, "Healing of drive '/export3' is finished (healed: 18412, skipped: 0).", gap=(5000, 20000))
    return dict(
        theme="flower", platform="k8s",
        question="Seeing Celery retries with 'Connection refused', a ClickHouse exception and MinIO healing a "
                 "drive in logistics. Are trolley manifests getting lost?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: a manifest push was refused once by the carrier API and succeeded on "
                       "the automatic retry; the ClickHouse error is a mistyped ad-hoc query; slot "
                       "reconciliation reports 0 errors; MinIO finished healing a replaced drive with nothing "
                       "skipped.",
            summary="Logistics pipeline healthy: manifests acknowledged, reconciliation clean, HPA "
                    "scaled dispatch for load.",
            action="None needed.")
    )


@builder("flower-credit-lock-slow")
def f_credit_slow(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 35))
    rs_bg, rs_bc = rs_hash(rng), rs_hash(rng)
    p_bg = pod(rng, "bid-gateway", rs_bg)
    p_bc_a, p_bc_b = pod(rng, "buyer-credit", rs_bc), pod(rng, "buyer-credit", rs_bc)
    ip_a, ip_b = ip(rng), ip(rng)
    L_bg = PL(ns, p_bg, "bid-gateway", FA_NODES[3])
    L_px = PL(ns, p_bg, "istio-proxy", FA_NODES[3], app="bid-gateway")
    L_a = PL(ns, p_bc_a, "buyer-credit", FA_NODES[0])
    L_b = PL(ns, p_bc_b, "buyer-credit", FA_NODES[4])
    auth = "buyer-credit.auction.svc.cluster.local:8080"
    clus = "outbound|8080||buyer-credit.auction.svc.cluster.local"

    def bid(latency, lot):
        w.add(L_bg, zap("info", "bids/handler.go:88", "bid accepted", clock=3, lot=lot,
                        buyer="K-%d" % rng.randint(10000, 69999), latency_ms=latency), gap=(200, 900))

    def check_ok(dst_ip, dur):
        w.add(L_px, envoy(rng, "POST", "/v1/credit/check", 200, "-", "via_upstream", 184, 61, dur, auth,
                          "%s:8080" % dst_ip, clus, ua="Go-http-client/1.1", ust=dur - 1), gap=(100, 600))

    check_ok(ip_a, 38)
    bid(44, "L-1180%02d" % rng.randint(10, 99))
    for cycle in range(2):
        hold = rng.randint(1700, 2300)
        w.add(L_a, logback("WARN", "DefaultDispatcher-worker-%d" % rng.randint(1, 8), "n.v.credit.LimitCache",
                           "limit cache refresh holding write lock for %d ms (buyers=18211, source=erp)" % hold),
              gap=(3000, 9000), ev=True)
        for _ in range(2):
            w.add(L_px, envoy(rng, "POST", "/v1/credit/check", 504, "UT", "response_timeout", 184, 24, 250,
                              auth, "%s:8080" % ip_a, clus, ua="Go-http-client/1.1"), gap=(20, 120), ev=True)
            w.add(L_bg, zap("warn", "credit/client.go:77", "credit check failed, retrying", attempt=1,
                            status=504, error="upstream request timeout"), gap=(1, 5))
            check_ok(ip_b, rng.randint(12, 30))
            bid(rng.randint(290, 420), "L-1181%02d" % rng.randint(10, 99))
        w.add(L_a, logback("INFO", "eventLoopGroupProxy-4-2", "Application",
                           "200 OK: POST - /v1/credit/check in %dms" % (hold - rng.randint(100, 400))),
              gap=(100, 400))
        w.add(L_b, logback("INFO", "eventLoopGroupProxy-4-1", "Application",
                           "200 OK: POST - /v1/credit/check in %dms" % rng.randint(9, 20)), gap=(50, 300))
    bid(41, "L-1182%02d" % rng.randint(10, 99))
    return dict(
        theme="flower", platform="k8s",
        question="Bidding at clock 3 feels sluggish this morning. Is the clock engine overloaded?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="WARN", root_cause_category="timeout", component="buyer-credit",
            root_cause="One buyer-credit replica holds its limit-cache write lock for ~2 s on every refresh, "
                       "so credit checks routed to it exceed the mesh's 250 ms timeout (504 UT); bid-gateway "
                       "retries on the other replica and the bids go through with extra latency.",
            summary="Bids at clock 3 are accepted but take 300-400 ms instead of ~40 ms during buyer-credit "
                    "cache refreshes.",
            action="Make the buyer-credit limit-cache refresh build a new map and swap it instead of holding "
                   "the write lock; optionally stagger refreshes across replicas.")
    )


@builder("flower-coldstore-disk")
def f_coldstore_disk(rng):
    h = "coldstore-logger-01"
    w = Win(rng, start_ms(rng, 1, 30))
    K = HK(h)
    sect = rng.randint(1800000, 1900000)
    lba = "%06x" % sect
    w.add(HJ(h, "coldlog.service"), "INFO batch written: store=CS2 sensors=64 rows=64 write_ms=12")
    w.add(HJ(h, "coldlog.service"), "INFO batch written: store=CS3 sensors=48 rows=48 write_ms=11",
          gap=(20000, 40000))
    w.add(K, "ata2.00: exception Emask 0x0 SAct 0x1000 SErr 0x0 action 0x0", gap=(5000, 20000), ev=True)
    w.add(K, "ata2.00: irq_stat 0x40000008", gap=(1, 3))
    w.add(K, "ata2.00: failed command: READ FPDMA QUEUED", gap=(1, 3), ev=True)
    w.add(K, "ata2.00: cmd 60/08:60:%s:%s/00:00:00:00:00/40 tag 12 ncq dma 4096 in"
          % (lba[4:], lba[2:4] + ":" + lba[:2]), gap=(1, 3))
    w.add(K, "         res 41/40:00:%s:%s/00:00:00:00:00/40 Emask 0x409 (media error) <F>"
          % (lba[4:], lba[2:4] + ":" + lba[:2]), gap=(1, 3), ev=True)
    w.add(K, "ata2.00: status: { DRDY ERR }", gap=(1, 3))
    w.add(K, "ata2.00: error: { UNC }", gap=(1, 3), ev=True)
    w.add(K, "ata2.00: configured for UDMA/133", gap=(1500, 3000))
    w.add(K, "sd 1:0:0:0: [sdb] tag#12 Add. Sense: Unrecovered read error - auto reallocate failed",
          gap=(1, 3), ev=True)
    w.add(K, "I/O error, dev sdb, sector %d op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2" % sect,
          gap=(1, 3), ev=True)
    w.add(K, "ata2: EH complete", gap=(1, 5))
    w.add(K, "md/raid1:md0: read error corrected (8 sectors at %d on sdb1)" % (sect - 2048), gap=(50, 300),
          ev=True)
    w.add(HJ(h, "coldlog.service"), "WARNING batch write slow: store=CS2 rows=64 write_ms=1840", gap=(200, 900))
    w.add(HJ(h, "smartd.service"), "Device: /dev/sdb [SAT], 16 Currently unreadable (pending) sectors",
          gap=(60000, 240000), ev=True)
    w.add(HJ(h, "smartd.service"), "Device: /dev/sdb [SAT], 16 Offline uncorrectable sectors", gap=(1, 10),
          ev=True)
    w.add(HJ(h, "smartd.service"), "Device: /dev/sdb [SAT], SMART Prefailure Attribute: 5 "
                                   "Reallocated_Sector_Ct changed from 100 to 98", gap=(1, 10))
    w.add(HJ(h, "coldlog.service"), "INFO batch written: store=CS2 sensors=64 rows=64 write_ms=14", gap=(5000, 20000))
    w.add(HJ(h, "chronyd.service"), "Selected source 10.50.0.1 (ntp1.kwekerij.lan)", gap=(5000, 20000))
    w.add(HJ(h, "coldlog.service"), "INFO batch written: store=CS3 sensors=48 rows=48 write_ms=12", gap=(5000, 20000))
    return dict(
        theme="flower", platform="host",
        question="Cold store readings were written slowly overnight on the logger. Is the coldlog service "
                 "misbehaving?",
        selector=None, win=w,
        expected=dict(
            severity="WARN", root_cause_category="storage", component="coldstore-logger-01",
            root_cause="Disk sdb in the logger's RAID1 mirror returns unrecoverable media errors (UNC, "
                       "pending and offline-uncorrectable sectors); md repaired the read from the other "
                       "disk, so writes only stalled once, but the mirror is at risk.",
            summary="One slow batch on coldlog caused by a failing disk on coldstore-logger-01; data still "
                    "written via the RAID1 mirror.",
            action="Replace /dev/sdb on coldstore-logger-01 and let md0 resync; check the other mirror disk's "
                   "SMART data.")
    )


@builder("flower-replica-lag")
def f_replica_lag(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 40))
    L_p0 = PL(ns, "auction-pg-0", "postgres", FA_NODES[1], app="auction-pg")
    L_p1 = PL(ns, "auction-pg-1", "postgres", FA_NODES[4], app="auction-pg")
    p_lc = pod(rng, "lot-catalog")
    L_lc = PL(ns, p_lc, "lot-catalog", FA_NODES[2])
    p_rep = "bids-report-%d-%s" % (rng.randint(29000000, 29999999), pod_sfx(rng))
    L_rep = PL(ns, p_rep, "bids-report", FA_NODES[5])
    p_ce = pod(rng, "clock-engine")
    L_ce = PL(ns, p_ce, "clock-engine", FA_NODES[3])
    wid = rng.randint(140000000000, 149999999999)
    walpid = rng.randint(80, 400)

    def lc_get(size):
        w.add(L_lc, '%s - - [@DJ@] "GET /api/lots/?clock=%d&page=%d HTTP/1.1" 200 %d "-" "clock-engine/7.3"'
              % (ip(rng), rng.randint(1, 5), rng.randint(1, 40), size))

    w.add(L_rep, pylog("INFO", "bids_report", "exporting bids for week 2026-W11 from auction-pg-repl "
                                              "(estimated 41.2M rows)"))
    w.add(L_p1, patroni("INFO", "no action. I am (auction-pg-1), a secondary, and following a leader "
                                "(auction-pg-0)"), gap=(5000, 9000))
    w.add(L_ce, logback("INFO", "clock-2", "n.v.clock.ClockController", "clock 2 lot L-204118 sold at 0.38 "
                                                                        "to K-31877 (trolleys=4)"))
    lc_get(48230)
    w.add(L_p1, pg(walpid, "LOG", "recovery still waiting after 1000.412 ms: recovery conflict on snapshot"),
          gap=(10000, 20000), ev=True)
    w.add(L_p1, pg(walpid, "DETAIL", "Conflicting process: %d." % rng.randint(40000, 49999)), gap=(1, 2),
          ev=True)
    w.add(L_p1, pg(walpid, "CONTEXT", "WAL redo at 3A/8C1F2E40 for Heap2/PRUNE: snapshotConflictHorizon: "
                                      "913381203, nredirected: 0, ndead: 4; blkref #0: rel 1663/16384/24611, "
                                      "blk 88123"), gap=(1, 2))
    lc_get(48211)
    w.add(L_lc, "WARNING %s db_router %d %d replica lag 12.4s above 10.0s threshold, reading lot catalogue "
                "from primary" % ("@PY@", rng.randint(7, 12), wid), gap=(8000, 14000), ev=True)
    lc_get(48190)
    w.add(L_p0, patroni("INFO", "no action. I am (auction-pg-0), the leader with the lock"), gap=(3000, 7000))
    w.add(L_ce, logback("INFO", "clock-4", "n.v.clock.ClockController", "clock 4 lot L-204233 sold at 0.22 "
                                                                        "to K-40018 (trolleys=2)"))
    w.add(L_lc, "WARNING %s db_router %d %d replica lag 37.9s above 10.0s threshold, reading lot catalogue "
                "from primary" % ("@PY@", rng.randint(7, 12), wid), gap=(20000, 30000), ev=True)
    lc_get(47920)
    w.add(L_p1, patroni("INFO", "no action. I am (auction-pg-1), a secondary, and following a leader "
                                "(auction-pg-0)"), gap=(3000, 7000))
    w.add(L_rep, pylog("INFO", "bids_report", "export finished: 41188230 rows in 218.4s, written to "
                                              "s3://reports/bids-2026-W11.parquet"), gap=(60000, 90000))
    w.add(L_p1, pg(walpid, "LOG", "recovery finished waiting after 214332.118 ms: recovery conflict on "
                                  "snapshot"), gap=(20, 200), ev=True)
    w.add(L_ce, logback("INFO", "clock-2", "n.v.clock.ClockController", "clock 2 lot L-204301 sold at 0.41 "
                                                                        "to K-22190 (trolleys=6)"))
    w.add(L_lc, "INFO %s db_router %d %d replica lag 0.3s, routing catalogue reads back to replica"
          % ("@PY@", rng.randint(7, 12), wid), gap=(8000, 15000))
    lc_get(48302)
    w.add(L_ce, logback("INFO", "clock-5", "n.v.clock.ClockController", "clock 5 lot L-204355 sold at 0.19 "
                                                                        "to K-51002 (trolleys=1)"))
    lc_get(48277)
    return dict(
        theme="flower", platform="k8s",
        question="lot-catalog keeps logging about replica lag. Should we restart lot-catalog?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w, owners=["postgres"],
        expected=dict(
            severity="WARN", root_cause_category="database", component="auction-pg",
            root_cause="On replica auction-pg-1, WAL replay waited ~214 s on a recovery conflict with the "
                       "long bids-report export query (standby delay is unbounded), so replication lag grew "
                       "to ~38 s; lot-catalog fell back to the primary and recovered when the export finished.",
            summary="Replica lag on auction-pg during the weekly bids export; reads served by the primary, "
                    "no failed requests.",
            action="Bound max_standby_streaming_delay on auction-pg replicas or run the export on a dedicated "
                   "reporting replica; lot-catalog needs no restart.")
    )


@builder("flower-plc-brownout")
def f_plc_brownout(rng):
    h = "gh-gw-03"
    plc = "climate-plc-h3"
    w = Win(rng, start_ms(rng, 2, 45))
    MG = HJ(h, "modbus-gw.service")
    CC = HJ(h, "climate-ctl.service")
    w.add(MG, "INFO poll cycle 91211: 4 devices, 188 registers, 0 errors, 233 ms")
    w.add(CC, "compartment H3: temp 18.9C setpoint 19.0C heating valve 41% vent 12%", gap=(3000, 8000))
    w.add(MG, "ERROR %s (10.40.3.21:502): Modbus Error: [Connection] ModbusTcpClient 10.40.3.21:502: "
              "Connection unexpectedly closed 0.000 seconds into read of 8 bytes without response from "
              "slave before it closed connection" % plc, gap=(3000, 9000), ev=True)
    w.add(MG, "WARNING %s: reconnecting in 2.0s (attempt 1)" % plc, gap=(1, 10))
    w.add(MG, "ERROR %s: Modbus Error: [Connection] Failed to connect[ModbusTcpClient 10.40.3.21:502]: "
              "[Errno 113] No route to host" % plc, gap=(2000, 5000), ev=True)
    w.add(MG, "WARNING %s: reconnecting in 4.0s (attempt 2)" % plc, gap=(1, 10))
    w.add(MG, "INFO poll cycle 91214: 4 devices, 188 registers, 1 device offline (%s), 141 ms" % plc,
          gap=(1000, 3000))
    w.add(MG, "ERROR %s: Modbus Error: [Connection] Failed to connect[ModbusTcpClient 10.40.3.21:502]: "
              "[Errno 113] No route to host" % plc, gap=(3000, 5000), ev=True)
    w.add(CC, "WARNING compartment H3: no fresh readings for 30s, holding last setpoints (vent 12%, "
              "heating valve 41%)", gap=(5000, 9000))
    w.add(HS(plc, "fw", "user"), sys3164(13, plc, "fw[1]", "cold start (reset cause: brown-out, supply 17.9V "
                                                            "< 19.2V)"), gap=(3000, 8000), ev=True)
    w.add(MG, "ERROR %s: Modbus Error: [Connection] Failed to connect[ModbusTcpClient 10.40.3.21:502]: "
              "[Errno 111] Connection refused" % plc, gap=(2000, 4000), ev=True)
    w.add(MG, "WARNING %s: reconnecting in 8.0s (attempt 4)" % plc, gap=(1, 10))
    w.add(HS(plc, "modbusd", "user"), sys3164(14, plc, "modbusd[7]", "listening on 0.0.0.0:502 (unit 1-4)"),
          gap=(3000, 6000))
    w.add(MG, "INFO %s: connected (attempt 5, down 47.2s)" % plc, gap=(2000, 6000))
    w.add(MG, "INFO poll cycle 91223: 4 devices, 188 registers, 0 errors, 236 ms", gap=(1000, 3000))
    w.add(CC, "INFO compartment H3: readings resumed after 48s gap; temp 18.8C setpoint 19.0C", gap=(500, 2000))
    w.add(MG, "INFO poll cycle 91224: 4 devices, 188 registers, 0 errors, 229 ms", gap=(4000, 6000))
    return dict(
        theme="flower", platform="host",
        question="Why did the Modbus gateway throw connection errors for greenhouse H3 last night?",
        selector=None, win=w,
        expected=dict(
            severity="WARN", root_cause_category="connection_refused", component="climate-plc-h3",
            root_cause="The H3 climate PLC rebooted after a supply brown-out (17.9 V), so the Modbus gateway's "
                       "connection was closed, then got 'no route to host' and 'connection refused' until the "
                       "PLC's Modbus server came back ~48 s later.",
            summary="48 s gap in H3 climate readings; control held setpoints and polling recovered on its own.",
            action="Check the 24 V supply feeding climate-plc-h3 (brown-out reset); no action needed on the "
                   "gateway.")
    )


@builder("flower-remote-bids-auth")
def f_remote_auth(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 50))
    p_bg = pod(rng, "bid-gateway")
    p_bc = pod(rng, "buyer-credit")
    p_kc = "keycloak-1"
    p_ce = pod(rng, "clock-engine")
    L_bg = PL(ns, p_bg, "bid-gateway", FA_NODES[3])
    L_px = PL(ns, p_bg, "istio-proxy", FA_NODES[3], app="bid-gateway")
    L_bc = PL(ns, p_bc, "buyer-credit", FA_NODES[0])
    L_kc = PL("iam", p_kc, "keycloak", FA_NODES[2])
    L_ce = PL(ns, p_ce, "clock-engine", FA_NODES[1])
    bg_ip = ip(rng)
    realm_id = uuid4(rng)
    expired = fmt_time("ISOS", w.t - rng.randint(60000, 240000))

    def kc_fail():
        w.add(L_kc, quarkus("WARN", "org.keycloak.events", "executor-thread-%d" % rng.randint(1, 40),
                            'type="CLIENT_LOGIN_ERROR", realmId="%s", realmName="veiling", clientId="bid-gateway", '
                            'userId="null", ipAddress="%s", error="invalid_client_credentials", '
                            'grant_type="client_credentials"' % (realm_id, bg_ip)), ev=True)

    def bg_tok():
        w.add(L_bg, zap("error", "auth/tokensource.go:58", "refreshing service token failed", client_id="bid-gateway",
                        token_url="https://sso.veiling.example/realms/veiling/protocol/openid-connect/token",
                        error='oauth2: "unauthorized_client" "Invalid client or Invalid client credentials"'),
              gap=(5, 40), ev=True)

    def remote_fail():
        buyer = "K-%d" % rng.randint(10000, 69999)
        w.add(L_bc, logback("WARN", "eventLoopGroupProxy-4-%d" % rng.randint(1, 4), "io.ktor.server.auth.jwt",
                            "JWT verification failed: The Token has expired on %s." % expired),
              gap=(300, 1200))
        w.add(L_bg, zap("error", "bids/remote.go:131", "remote bid rejected", channel="remote", buyer=buyer,
                        status=503, error="credit check: 401 Unauthorized"), gap=(2, 10))
        w.add(L_px, envoy(rng, "POST", "/v1/remote/bids", 503, "-", "via_upstream", 236, 74, 18,
                          "bid.veiling.example", "%s:8080" % bg_ip, "inbound|8080||",
                          ua="VeilingKoper/5.8 (Android 14)", xff=ip(rng, "77.161"), ust=17), gap=(1, 4))

    w.add(L_ce, logback("INFO", "clock-1", "n.v.clock.ClockController",
                        "clock 1 lot L-301822 sold at 0.52 to K-20331 (room, trolleys=3)"))
    kc_fail()
    bg_tok()
    remote_fail()
    w.add(L_ce, logback("INFO", "clock-1", "n.v.clock.ClockController",
                        "clock 1 lot L-301823 sold at 0.49 to K-41009 (room, trolleys=2)"), gap=(2000, 5000))
    remote_fail()
    kc_fail()
    bg_tok()
    remote_fail()
    w.add(L_bg, zap("warn", "bids/remote.go:140", "remote bidding degraded", rejected_last_minute=212,
                    accepted_last_minute=0), gap=(4000, 8000))
    w.add(L_ce, logback("INFO", "clock-2", "n.v.clock.ClockController",
                        "clock 2 lot L-301907 sold at 0.31 to K-10873 (room, trolleys=5)"), gap=(2000, 5000))
    kc_fail()
    bg_tok()
    remote_fail()
    return dict(
        theme="flower", platform="k8s",
        question="Remote buyers say their bids bounce with 'service unavailable'. Is buyer-credit down?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="auth_failure", component="bid-gateway",
            root_cause="Keycloak rejects bid-gateway's client-credentials login (invalid_client_credentials): "
                       "the client secret bid-gateway uses no longer matches the one in the 'veiling' realm, so "
                       "it cannot refresh its service token and buyer-credit answers 401 to the expired one.",
            summary="All remote bids fail with 503 while room bidding continues; buyer-credit itself is up.",
            action="Put the current Keycloak client secret for 'bid-gateway' into bid-gateway's OIDC Secret "
                   "(or revert the rotation) and restart bid-gateway.")
    )


@builder("flower-planner-missing-carrier")
def f_planner_cfg(rng):
    ns = "logistics"
    w = Win(rng, start_ms(rng, 10, 10))
    rs = rs_hash(rng)
    p_pl = pod(rng, "transport-planner", rs)
    p_ds = pod(rng, "trolley-dispatch")
    L_pl = PL(ns, p_pl, "transport-planner", FA_NODES[5])
    L_ds = PL(ns, p_ds, "trolley-dispatch", FA_NODES[1])

    closed = {}

    def ds(level, message, since=None, gap=(3000, 12000), **kv):
        def text(t):
            d = {"level": level, "message": message}
            d.update(kv)
            if since is not None:
                d["waited_s"] = (t - closed[since]) // 1000
            d["timestamp"] = "@ISO@"
            return J(**d)
        w.add(L_ds, text, gap=gap)
        if message == "trip closed":
            closed[kv["trip"]] = w.t

    w.add(EV(ns), kev("Deployment", "transport-planner", "Normal", "ScalingReplicaSet", "deployment-controller",
                      "Scaled up replica set transport-planner-%s to 1" % rs))
    w.add(L_pl, celery("INFO", "MainProcess", "Connected to redis://planner-redis:6379/0"), gap=(8000, 15000))
    w.add(L_pl, celery("INFO", "MainProcess", "celery@%s ready." % p_pl), gap=(200, 800))
    ds("info", "trip closed", trip="T-91122", trolleys=14, carrier="koeltransport", dock=3)
    ds("info", "trip closed", trip="T-91125", trolleys=11, carrier="vdb", dock=7)
    t1 = uuid4(rng)
    w.add(L_pl, celery("INFO", "MainProcess", "Task planner.tasks.push_manifest[%s] received" % t1), gap=(50, 300))
    t1_ok = uuid4(rng)
    w.add(L_pl, celery("ERROR", "ForkPoolWorker-2",
                       "Task planner.tasks.push_manifest[%s] raised unexpected: KeyError('CARRIER_ENDPOINT_VDB')"
                       % t1), gap=(20, 200), ev=True)
    w.add(L_pl, '  File "/app/planner/carriers.py", line 41, in endpoint_for', gap=(1, 2), ev=True)
    w.add(L_pl, "KeyError: 'CARRIER_ENDPOINT_VDB'", gap=(1, 2), ev=True)
    w.add(L_pl, celery("INFO", "ForkPoolWorker-3", "Task planner.tasks.push_manifest[%s] succeeded in 0.74s: "
                                                   "{'trip': 'T-91122', 'carrier': 'KTR', 'status': 'accepted'}" % t1_ok),
          gap=(300, 1500))
    ds("info", "manifest acknowledged", trip="T-91122", carrier="koeltransport", trolleys=14, gap=(10, 200))
    ds("warn", "manifest not acknowledged by planner", since="T-91125", trip="T-91125", carrier="vdb",
       gap=(25000, 35000))
    ds("info", "trolley scanned", trolley="DC-01123-2", dock=3)
    ds("warn", "trolleys held at dock awaiting manifest", dock=7, trolleys=11, carrier="vdb")
    ds("info", "trip closed", trip="T-91131", trolleys=6, carrier="vdb", dock=7)
    ds("info", "trolley scanned", trolley="DC-01127-9", dock=2)
    w.add(L_pl, celery("ERROR", "ForkPoolWorker-1",
                       "Task planner.tasks.push_manifest[%s] raised unexpected: KeyError('CARRIER_ENDPOINT_VDB')"
                       % uuid4(rng)), gap=(50, 300), ev=True)
    ds("warn", "manifest not acknowledged by planner", since="T-91131", trip="T-91131", carrier="vdb",
       gap=(25000, 35000))
    ds("info", "manifest acknowledged", trip="T-91133", carrier="koeltransport", trolleys=8)
    ds("error", "dock 7 blocked: 17 trolleys without manifest", dock=7, carrier="vdb")
    ds("info", "trolley scanned", trolley="DC-01131-4", dock=3)
    ds("warn", "trolleys held at dock awaiting manifest", dock=7, trolleys=17, carrier="vdb")
    ds("info", "trolley scanned", trolley="DC-01140-1", dock=2)
    ds("info", "trolley scanned", trolley="DC-01141-6", dock=3)
    ds("info", "trip closed", trip="T-91138", trolleys=9, carrier="koeltransport", dock=3)
    return dict(
        theme="flower", platform="k8s",
        question="Trolleys for Van der Berg transport are stuck at dock 7. Is trolley-dispatch broken?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="config_error", component="transport-planner",
            root_cause="The new transport-planner release reads the carrier endpoint from env var "
                       "CARRIER_ENDPOINT_VDB, which is not set in its deployment, so every manifest push for "
                       "carrier VDB fails with KeyError while other carriers succeed.",
            summary="Manifests for carrier VDB are not pushed; 17 trolleys held at dock 7. Dispatch is only "
                    "reporting the missing acknowledgements.",
            action="Add CARRIER_ENDPOINT_VDB to transport-planner's ConfigMap/env (or roll back the release) "
                   "and re-queue the failed push_manifest tasks.")
    )


@builder("flower-opcua-localizedtext")
def f_opcua(rng):
    h = "gh-edge-01"
    w = Win(rng, start_ms(rng, 11, 0))
    OB = HJ(h, "opcua-bridge.service")
    MQ = HJ(h, "mosquitto.service")
    AR = HJ(h, "alarm-router.service")

    def tb(gap):
        w.add(OB, "ERROR asyncua.common.subscription Exception calling data change handler", gap=gap,
              ev=True)
        w.add(OB, "Traceback (most recent call last):", gap=(1, 2))
        w.add(OB, '  File "/opt/opcua-bridge/bridge/handler.py", line 88, in datachange_notification',
              gap=(1, 2), ev=True)
        w.add(OB, '    payload["value"] = round(float(val), 2)', gap=(1, 2), ev=True)
        w.add(OB, "TypeError: float() argument must be a string or a real number, not 'LocalizedText'",
              gap=(1, 2), ev=True)

    w.add(OB, "INFO bridge.client connected to opc.tcp://10.40.5.10:4840 (server 'ClimateServer' 6.2.0), "
              "session 'opcua-bridge'")
    w.add(OB, "INFO bridge.client subscription 3 created: 212 monitored items, publishing interval 1000 ms",
          gap=(200, 800))
    w.add(MQ, "%s: New client connected from 127.0.0.1:51234 as grafana-agent (p2, c1, k60)." % "@EPOCHS@",
          gap=(1000, 4000))
    tb((2000, 9000))
    w.add(OB, "INFO bridge.mqtt published 204 values to mqtt (8 dropped: handler error)", gap=(100, 900))
    tb((90000, 150000))
    w.add(OB, "INFO bridge.mqtt published 204 values to mqtt (8 dropped: handler error)", gap=(100, 900))
    w.add(MQ, "%s: Client grafana-agent closed its connection." % "@EPOCHS@", gap=(20000, 60000))
    w.add(AR, "WARNING no updates on greenhouse/K7/screen/position for 300s (last 27%)", gap=(90000, 120000))
    tb((10000, 30000))
    w.add(AR, "WARNING no updates on greenhouse/K7/screen/energy for 300s (last 1)", gap=(1000, 4000))
    w.add(OB, "INFO bridge.mqtt published 204 values to mqtt (8 dropped: handler error)", gap=(5000, 20000))
    return dict(
        theme="flower", platform="host",
        question="Energy screen readings for compartment K7 stopped in the dashboard. Is the climate "
                 "computer offline?",
        selector=None, win=w,
        expected=dict(
            severity="ERROR", root_cause_category="application_error", component="opcua-bridge",
            root_cause="opcua-bridge's data-change handler converts every value with float(); the K7 screen "
                       "status nodes now deliver LocalizedText, so the handler raises TypeError and those "
                       "values are dropped. The OPC-UA session itself is connected.",
            summary="8 of 212 monitored values (compartment K7 screens) are not published; the rest flow "
                    "normally.",
            action="Fix the handler in opcua-bridge to handle non-numeric variants (map LocalizedText or skip "
                   "by data type) and redeploy.")
    )


@builder("flower-clock-oom")
def f_clock_oom(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 4, 58))
    rs = rs_hash(rng)
    p_ce = pod(rng, "clock-engine", rs)
    node = FA_NODES[2]
    p_bg = pod(rng, "bid-gateway")
    L_ce = PL(ns, p_ce, "clock-engine", node)
    L_bg = PL(ns, p_bg, "bid-gateway", FA_NODES[3])
    L_px = PL(ns, p_bg, "istio-proxy", FA_NODES[3], app="bid-gateway")
    ce_ip = ip(rng)
    pod_uid = uuid4(rng)

    def boot(n):
        w.add(EV(ns), kev("Pod", p_ce, "Normal", "Started", "kubelet/" + node, "Started container clock-engine"),
              gap=(1000, 3000))
        w.add(L_ce, "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=90.0 -XX:+UseG1GC", gap=(50, 200), ev=(n == 0))
        w.add(L_ce, logback("INFO", "main", "n.v.clock.Main", "clock-engine 7.3.0 starting: 5 clocks, "
                                                              "max heap 1843 MiB"), gap=(800, 1500), ev=(n == 0))
        w.add(L_ce, logback("INFO", "main", "n.v.clock.catalogue.LotLoader",
                            "loading lot catalogue: 18412 lots with photo metadata"), gap=(300, 800))
        w.add(L_ce, logback("INFO", "main", "n.v.clock.catalogue.LotLoader",
                            "loaded 12000/18412 lots (heap used 1712 MiB)"), gap=(6000, 9000), ev=(n == 0))
        pid = rng.randint(30000, 60000)
        w.add(NK(node), "Memory cgroup out of memory: Killed process %d (java) total-vm:5412344kB, "
                        "anon-rss:2087612kB, file-rss:23120kB, shmem-rss:0kB, UID:1001 pgtables:4688kB "
                        "oom_score_adj:985" % pid, gap=(1500, 3000), ev=True)

    def bg_fail():
        w.add(L_bg, zap("error", "clock/client.go:98", "clock stream unavailable", clock=rng.randint(1, 5),
                        error='rpc error: code = Unavailable desc = connection error: desc = "transport: Error '
                              'while dialing: dial tcp %s:9090: connect: connection refused"' % ce_ip),
              gap=(500, 3000))
        w.add(L_px, envoy(rng, "POST", "/v1/bids", 503, "UF",
                          "upstream_reset_before_response_started{remote_connection_failure,"
                          "delayed_connect_error:_111}", 212, 145, 2,
                          "bid.veiling.example", "%s:8080" % ip(rng), "inbound|8080||",
                          ua="VeilingKoper/5.8 (iOS 17.4)", xff=ip(rng, "77.161")), gap=(100, 900))

    boot(0)
    w.add(EV(ns), kev("Pod", p_ce, "Warning", "BackOff", "kubelet/" + node,
                      "Back-off restarting failed container clock-engine in pod %s_%s(%s)" % (p_ce, ns, pod_uid),
                      count=3), gap=(200, 800))
    bg_fail()
    bg_fail()
    boot(1)
    w.add(NJ(node, "kubelet.service"), klog("E", 2231, "pod_workers.go:1298",
                                             '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                             '\\"clock-engine\\" with CrashLoopBackOff: \\"back-off 1m20s restarting '
                                             'failed container=clock-engine pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
                                             % (p_ce, ns, pod_uid, ns, p_ce, pod_uid)), gap=(200, 900))
    bg_fail()
    w.add(L_bg, zap("warn", "bids/handler.go:61", "bidding paused", reason="no clock stream", clocks=[1, 2, 3, 4, 5]),
          gap=(200, 900))
    bg_fail()
    return dict(
        theme="flower", platform="k8s",
        question="The auction clocks froze at the start of the morning. What's going on?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="oom_killed", component="clock-engine",
            root_cause="clock-engine's JVM is sized with MaxRAMPercentage=90 of its container limit and loads "
                       "the whole lot catalogue into heap; together with non-heap memory the process exceeds "
                       "the cgroup limit and is OOM-killed on every start (CrashLoopBackOff).",
            summary="All five auction clocks are down; bid-gateway cannot reach clock-engine and bids fail "
                    "with 503.",
            action="Raise clock-engine's memory limit or lower MaxRAMPercentage (e.g. 70) so heap plus "
                   "non-heap fits, then consider paging the lot catalogue instead of loading it whole.")
    )


@builder("flower-coldstore-mce")
def f_coldstore_mce(rng):
    h = "coldstore-ctl-01"
    mon = "coldstore-mon"
    w = Win(rng, start_ms(rng, 3, 5))
    K = HK(h)
    CP = HJ(h, "compressor-ctl.service")
    MON = HJ(mon, "storemon.service")
    page = rng.randint(0x30000, 0x3ffff)
    dimm = "CPU_SrcID#0_Ha#0_Chan#1_DIMM#0"
    w.add(CP, "INFO CS2 compressor 1 on, suction -8.2C, store 1.1C setpoint 1.0C")
    for i in range(2):
        w.add(K, "EDAC MC0: %d CE memory read error on %s (channel:1 slot:0 page:0x%x offset:0x880 grain:32 "
                 "syndrome:0x8c - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)"
              % (rng.randint(3, 12), dimm, page + i), gap=(30000, 90000), ev=True)
    w.add(CP, "INFO CS2 compressor 1 on, suction -8.0C, store 1.2C setpoint 1.0C", gap=(20000, 40000))
    w.add(K, "mce: [Hardware Error]: Machine check events logged", gap=(20000, 60000), ev=True)
    w.add(K, "mce: [Hardware Error]: CPU 2: Machine Check: 0 Bank 7: be00000000800090", gap=(1, 3), ev=True)
    w.add(K, "mce: [Hardware Error]: TSC 0 ADDR %x880 MISC 140c1486 " % page, gap=(1, 3))
    w.add(K, "mce: [Hardware Error]: PROCESSOR 0:50654 TIME @EPOCHS@ SOCKET 0 APIC 4 microcode 2007006",
          gap=(1, 3))
    w.add(K, "EDAC MC0: 1 UE memory read error on %s (channel:1 slot:0 page:0x%x offset:0x880 grain:32 "
             "syndrome:0x0 - area:DRAM err_code:0000:0090 socket:0 ha:0 channel_mask:2 rank:1)" % (dimm, page),
          gap=(1, 5), ev=True)
    w.add(K, "Kernel panic - not syncing: Fatal machine check", gap=(5, 50), ev=True)
    w.add(MON, "WARNING heartbeat from coldstore-ctl-01 missing for 60s (last seq 884121)", gap=(55000, 65000))
    w.add(MON, "ERROR coldstore-ctl-01 (10.50.1.11) unreachable: 5 packets transmitted, 0 received, 100% "
               "packet loss", gap=(5000, 15000))
    w.add(MON, "WARNING CS2 store temperature 2.9C rising (setpoint 1.0C), compressor state unknown",
          gap=(120000, 200000))
    w.add(MON, "ERROR coldstore-ctl-01 still unreachable after 300s; no standby controller configured for CS2",
          gap=(60000, 120000))
    w.add(MON, "CRITICAL CS2 store temperature 4.9C above alarm limit 4.0C (setpoint 1.0C), controller "
               "coldstore-ctl-01 offline", gap=(120000, 240000))
    w.add(HJ(mon, "postfix@-.service"), "3F2A81C0D1: to=<koeling-oncall@kwekerij.example>, relay=mail.kwekerij.lan"
                                       "[10.50.0.25]:25, delay=0.41, status=sent (250 2.0.0 Ok: queued)",
          gap=(1000, 4000))
    return dict(
        theme="flower", platform="host",
        question="Cold store 2 is warming up. Is a temperature sensor broken?",
        selector=None, win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="node_failure", component="coldstore-ctl-01",
            root_cause="The compressor controller host coldstore-ctl-01 had a growing stream of corrected "
                       "memory errors on one DIMM, then an uncorrectable error and a fatal machine check that "
                       "panicked the kernel; the host is down and nothing drives the CS2 compressors.",
            summary="Cold store 2 controller offline after a hardware memory fault; store temperature above "
                    "the alarm limit and rising. The sensors are fine.",
            action="Move CS2 to manual/standby compressor control now, then replace the failing DIMM "
                   "(channel 1 slot 0) on coldstore-ctl-01 and bring it back.")
    )


@builder("flower-pg-wraparound")
def f_pg_wrap(rng):
    ns = "auction"
    w = Win(rng, start_ms(rng, 5, 25))
    L_pg = PL(ns, "auction-pg-0", "postgres", FA_NODES[1], app="auction-pg")
    p_ce = pod(rng, "clock-engine")
    p_bg = pod(rng, "bid-gateway")
    L_ce = PL(ns, p_ce, "clock-engine", FA_NODES[3])
    L_bg = PL(ns, p_bg, "bid-gateway", FA_NODES[4])
    L_px = PL(ns, p_bg, "istio-proxy", FA_NODES[4], app="bid-gateway")
    vpid = rng.randint(20000, 29999)
    w.add(L_pg, pg(vpid, "WARNING", 'database "auction" must be vacuumed within 2841992 transactions'), ev=True)
    w.add(L_pg, pg(vpid, "HINT", "To avoid a database shutdown, execute a database-wide VACUUM in that database."),
          gap=(1, 3))
    w.add(L_pg, pg(vpid, "WARNING", "oldest xmin is far in the past"), gap=(500, 3000), ev=True)
    w.add(L_pg, pg(vpid, "HINT", "Close open transactions soon to avoid wraparound problems. You might also need "
                                 "to commit or roll back old prepared transactions, or drop stale replication "
                                 "slots."), gap=(1, 3), ev=True)
    w.add(L_ce, logback("INFO", "clock-2", "n.v.clock.ClockController",
                        "clock 2 lot L-402117 sold at 0.44 to K-30122 (trolleys=3)"), gap=(2000, 6000))
    w.add(L_px, envoy(rng, "POST", "/v1/bids", 200, "-", "via_upstream", 212, 87, 44,
                      "bid.veiling.example", "%s:8080" % ip(rng), "inbound|8080||",
                      ua="VeilingKoper/5.8 (iOS 17.4)", xff=ip(rng, "77.161"), ust=43))
    bpid = rng.randint(40000, 49999)
    w.add(L_pg, pg(bpid, "ERROR", 'database is not accepting commands to avoid wraparound data loss in database '
                                  '"auction"'), gap=(20000, 60000), ev=True)
    w.add(L_pg, pg(bpid, "HINT", "Stop the postmaster and vacuum that database in single-user mode."), gap=(1, 3))
    for clock in (2, 4, 1):
        w.add(L_ce, logback("ERROR", "clock-%d" % clock, "n.v.clock.bids.BidWriter",
                            "bid persist failed, clock %d lot L-40%04d: org.postgresql.util.PSQLException: ERROR: "
                            "database is not accepting commands to avoid wraparound data loss in database "
                            '"auction"' % (clock, rng.randint(2118, 2400))), gap=(200, 1500), ev=(clock == 2))
        w.add(L_ce, logback("WARN", "clock-%d" % clock, "n.v.clock.ClockController",
                            "clock %d halted: bid store unavailable" % clock), gap=(2, 10))
        w.add(L_bg, zap("error", "bids/handler.go:102", "bid rejected", clock=clock, status=503,
                        error="clock halted"), gap=(100, 800))
        w.add(L_px, envoy(rng, "POST", "/v1/bids", 503, "-", "via_upstream", 212, 61, 9,
                          "bid.veiling.example", "%s:8080" % ip(rng), "inbound|8080||",
                          ua="VeilingKoper/5.8 (Android 14)", xff=ip(rng, "77.161"), ust=8), gap=(1, 5))
    w.add(L_bg, zap("warn", "bids/handler.go:61", "bidding paused", reason="all clocks halted",
                    clocks=[1, 2, 3, 4, 5]), gap=(3000, 9000))
    w.add(L_ce, logback("ERROR", "scheduler-1", "n.v.clock.ClockController",
                        "cannot start clock 3: org.postgresql.util.PSQLException: ERROR: database is not "
                        'accepting commands to avoid wraparound data loss in database "auction"'), gap=(3000, 9000))
    return dict(
        theme="flower", platform="k8s",
        question="Clock 2 halted with 'bid store unavailable'. Is the clock engine crashing?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w, owners=["postgres"],
        expected=dict(
            severity="CRITICAL", root_cause_category="database", component="auction-pg",
            root_cause="PostgreSQL on auction-pg reached the transaction ID wraparound stop limit: vacuum "
                       "could not freeze old rows because something (a stale replication slot or old "
                       "transaction) holds back xmin, so the database now refuses all write commands.",
            summary="No bid can be stored; clock-engine halts every clock and bid-gateway returns 503. The "
                    "auction is down.",
            action="Find and drop the stale replication slot / prepared transaction holding xmin on auction-pg, "
                   "run VACUUM (FREEZE) on the auction database (single-user mode if required), then restart "
                   "the clocks.")
    )


# ---------------------------------------------------------------- theme: parcel-locker network

PL_NODES = ("ip-10-20-1-37.eu-west-1.compute.internal", "ip-10-20-2-118.eu-west-1.compute.internal",
            "ip-10-20-3-74.eu-west-1.compute.internal", "ip-10-20-1-201.eu-west-1.compute.internal",
            "ip-10-20-2-9.eu-west-1.compute.internal", "ip-10-20-3-160.eu-west-1.compute.internal")
PL_REG = "registry.pakketpunt.example"


def pino(level, hostname, msg, **kv):
    d = {"level": level, "time": "@EPOCHMS@", "pid": 1, "hostname": hostname}
    d.update(kv)
    d["msg"] = msg
    return J(**d)


def zlog(level, msg, **kv):
    d = {"level": level}
    d.update(kv)
    d["time"] = "@ISOS@"
    d["message"] = msg
    return J(**d)


def uvi(client, method, path, code, phrase):
    return 'INFO:     %s - "%s %s HTTP/1.1" %d %s' % (client, method, path, code, phrase)


@builder("parcel-ingress-scanners")
def p_scanners(rng):
    ns = "lockers"
    w = Win(rng, start_ms(rng, 8, 15))
    ing = pod(rng, "ingress-nginx-controller")
    p_ra = pod(rng, "reservation-api")
    p_ca = pod(rng, "courier-api")
    L_ing = PL("ingress-nginx", ing, "controller", PL_NODES[0], app="ingress-nginx")
    L_ra = PL(ns, p_ra, "reservation-api", PL_NODES[2])
    L_ca = PL("courier", p_ca, "courier-api", PL_NODES[4])
    ra_up = "%s:8000" % ip(rng, "10.20")
    ca_up = "%s:3000" % ip(rng, "10.20")
    scanner = "45.148.10.%d" % rng.randint(2, 250)
    app_ua = "PakketpuntApp/3.12.0 (Android 13)"
    user = ip(rng, "84.241")
    w.add(L_ing, ngx(rng, scanner, "GET", "/wp-login.php", 404, 22, "Mozilla/5.0 zgrab/0.x",
                     "lockers-reservation-api-8000", ra_up, 0.003))
    w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "GET", "/wp-login.php", 404, "Not Found"), gap=(1, 5))
    w.add(L_ing, ngx(rng, scanner, "GET", "/.env", 404, 22, "Mozilla/5.0 zgrab/0.x",
                     "lockers-reservation-api-8000", ra_up, 0.002), gap=(50, 300))
    w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "GET", "/.env", 404, "Not Found"), gap=(1, 5))
    w.add(L_ing, ngx(rng, scanner, "GET", "/.git/config", 404, 22, "Mozilla/5.0 zgrab/0.x",
                     "lockers-reservation-api-8000", ra_up, 0.002), gap=(50, 300))
    w.add(L_ing, ngx(rng, user, "POST", "/api/v1/reservations", 401, 43, app_ua,
                     "lockers-reservation-api-8000", ra_up, 0.004), gap=(500, 3000))
    w.add(L_ra, pylog("WARNING", "reservation_api.auth", "rejected bearer token: Signature has expired "
                                                        "(sub=u-1827734, exp 41s ago)"), gap=(1, 5))
    w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "POST", "/api/v1/reservations", 401, "Unauthorized"), gap=(1, 5))
    w.add(L_ing, ngx(rng, user, "POST", "/api/v1/reservations", 201, 311, app_ua,
                     "lockers-reservation-api-8000", ra_up, 0.087), gap=(400, 1200))
    w.add(L_ra, pylog("INFO", "reservation_api.reservations", "reservation R-7712094 created: locker LK-0214 "
                                                              "size M, hold 72h"), gap=(1, 5))
    w.add(L_ing, ngx(rng, "162.142.125.%d" % rng.randint(2, 250), "GET", "/actuator/health", 404, 22,
                     "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
                     "courier-courier-api-3000", ca_up, 0.002), gap=(1000, 4000))
    w.add(L_ca, pino(30, p_ca, "request completed", reqId="req-4f2", res={"statusCode": 404}, responseTime=1.2),
          gap=(1, 5))
    w.add(L_ing, ngx(rng, ip(rng, "31.20"), "GET", "/api/v2/courier/routes/today", 401, 58,
                     "PakketpuntCourier/8.4.1 (Android 12)", "courier-courier-api-3000", ca_up, 0.003),
          gap=(400, 2000))
    w.add(L_ca, pino(40, p_ca, "token missing or expired", reqId="req-4f3", route="/api/v2/courier/routes/today"),
          gap=(1, 5))
    w.add(L_ca, pino(30, p_ca, "request completed", reqId="req-4f3", res={"statusCode": 401}, responseTime=2.4),
          gap=(1, 5))
    w.add(L_ing, ngx(rng, ip(rng, "31.20"), "GET", "/api/v2/courier/routes/today", 200, 48211,
                     "PakketpuntCourier/8.4.1 (Android 12)", "courier-courier-api-3000", ca_up, 0.061),
          gap=(800, 2000))
    w.add(L_ing, ngx(rng, scanner, "POST", "/cgi-bin/luci/;stok=/locale", 404, 22, "Mozilla/5.0 zgrab/0.x",
                     "lockers-reservation-api-8000", ra_up, 0.002), gap=(1000, 5000))
    w.add(L_ing, ngx(rng, user, "GET", "/api/v1/reservations/R-7712094", 200, 402, app_ua,
                     "lockers-reservation-api-8000", ra_up, 0.012), gap=(1000, 5000))
    return dict(
        theme="parcel", platform="k8s",
        question="The ingress is full of 404s and 401s. Are we under attack or is the reservation API broken?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: the 404s are internet scanners probing common paths, and the 401s are apps "
                       "sending an expired token that they refresh and retry successfully.",
            summary="Normal ingress noise; reservations and courier routes are served with 200/201.",
            action="None needed.")
    )


@builder("parcel-pg-switchover")
def p_switchover(rng):
    ns = "payments"
    w = Win(rng, start_ms(rng, 1, 0))
    L0 = PL(ns, "payments-pg-0", "postgres", PL_NODES[1], app="payments-pg")
    L1 = PL(ns, "payments-pg-1", "postgres", PL_NODES[3], app="payments-pg")
    p_ps = pod(rng, "payment-service")
    L_ps = PL(ns, p_ps, "payment-service", PL_NODES[5])
    L_v = PL("vault", "vault-0", "vault", PL_NODES[0])
    L_kc = PL("iam", "keycloak-0", "keycloak", PL_NODES[2])
    w.add(L0, patroni("INFO", "received switchover request with leader=payments-pg-0 candidate=payments-pg-1 "
                              "scheduled_at=None"))
    w.add(L0, patroni("INFO", "Got response from payments-pg-1 http://%s:8008/patroni: {\"state\": \"running\", "
                              "\"role\": \"replica\", \"xlog\": {\"replayed_location\": 18713427616}}"
                      % ip(rng, "10.20")), gap=(50, 300))
    w.add(L0, patroni("INFO", "manual failover: demoting myself"), gap=(50, 300))
    w.add(L0, pg(rng.randint(3000, 9000), "FATAL", "terminating connection due to administrator command"),
          gap=(100, 400))
    w.add(L_ps, zlog("warn", "db query failed, retrying", error="FATAL: terminating connection due to "
                                                               "administrator command (SQLSTATE 57P01)",
                     attempt=1, op="AuthoriseTx"), gap=(2, 20))
    w.add(L0, patroni("INFO", "Leader key released"), gap=(800, 1500))
    startup_pid = rng.randint(60, 120)
    w.add(L1, pg(startup_pid, "LOG", "received promote request"), gap=(300, 900))
    w.add(L1, pg(startup_pid, "LOG", "selected new timeline ID: 8"), gap=(10, 60))
    w.add(L1, pg(rng.randint(30, 59), "LOG", "database system is ready to accept connections"), gap=(50, 200))
    w.add(L1, patroni("INFO", "promoted self to leader by acquiring session lock"), gap=(100, 400))
    w.add(L_ps, zlog("warn", "db query failed, retrying", error="dial tcp %s:5432: connect: connection refused"
                     % ip(rng, "10.20"), attempt=2, op="AuthoriseTx"), gap=(100, 400))
    w.add(L_ps, zlog("info", "payment authorised", psp_ref="PSP%d" % rng.randint(10**11, 10**12 - 1),
                     amount=695, currency="EUR", method="card", attempts=3), gap=(300, 900))
    w.add(L0, patroni("INFO", "no action. I am (payments-pg-0), a secondary, and following a leader "
                              "(payments-pg-1)"), gap=(5000, 10000))
    w.add(L_v, "@ISO@ [INFO]  expiration: revoked lease: lease_id=database/creds/payment-service/%s"
          % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(24)),
          gap=(2000, 8000))
    w.add(L_kc, quarkus("WARN", "org.keycloak.events", "executor-thread-%d" % rng.randint(1, 40),
                        'type="LOGIN_ERROR", realmId="%s", realmName="pakketpunt", clientId="pakketpunt-app", '
                        'userId="%s", ipAddress="%s", error="invalid_user_credentials", auth_method="openid-connect", '
                        'redirect_uri="nl.pakketpunt.app:/oauth2redirect", code_id="%s", username="j.devries@example.nl"'
                        % (uuid4(rng), uuid4(rng), ip(rng, "84.241"), uuid4(rng))), gap=(2000, 8000))
    w.add(L_ps, zlog("info", "payment authorised", psp_ref="PSP%d" % rng.randint(10**11, 10**12 - 1),
                     amount=1295, currency="EUR", method="ideal", attempts=1), gap=(2000, 8000))
    w.add(L1, patroni("INFO", "no action. I am (payments-pg-1), the leader with the lock"), gap=(2000, 8000))
    w.add(L_ps, zlog("info", "payment authorised", psp_ref="PSP%d" % rng.randint(10**11, 10**12 - 1),
                     amount=495, currency="EUR", method="card", attempts=1), gap=(2000, 8000))
    return dict(
        theme="parcel", platform="k8s",
        question="Why did the payment database change leader overnight, and are the 'terminating connection' "
                 "errors in payment-service a problem?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: a requested Patroni switchover from payments-pg-0 to payments-pg-1. The "
                       "terminated connections and one refused connect are the expected side effects, and "
                       "payment-service's retries succeeded.",
            summary="Planned switchover completed in seconds; payments kept being authorised.",
            action="None needed.")
    )


@builder("parcel-edge-watchtower")
def p_watchtower(rng):
    h = "lk-0481-edge"
    w = Win(rng, start_ms(rng, 4, 0))
    WT = DC(h, "locker", "watchtower")
    LA = DC(h, "locker", "locker-agent")
    MQ = DC(h, "locker", "mosquitto")
    cid_old, cid_new = hexs(rng, 12), hexs(rng, 12)
    w.add(WT, logrus_txt("info", "Found new %s/lockers/locker-agent:2.14.1 image (%s)" % (PL_REG, hexs(rng, 12))))
    w.add(WT, logrus_txt("info", "Stopping /locker-locker-agent-1 (%s) with SIGTERM" % cid_old), gap=(500, 1500))
    w.add(LA, logrus_txt("info", "received terminated, flushing queued door events", queued=3), gap=(5, 40))
    w.add(LA, logrus_txt("info", "flushed queued door events", count=3), gap=(100, 400))
    w.add(MQ, "@EPOCHS@: Client lk-0481-agent closed its connection.", gap=(5, 40))
    w.add(HJ(h, "docker.service"), 'time="@ISONS@" level=info msg="ignoring event" container=%s '
                                   'module=libcontainerd namespace=moby topic=/tasks/delete '
                                   'type="*events.TaskDelete"' % (cid_old + hexs(rng, 52)), gap=(300, 900))
    w.add(HK(h), "br-5c1f2e8a9d0b: port 2(veth8c1d2e3) entered disabled state", gap=(1, 20))
    w.add(WT, logrus_txt("info", "Creating /locker-locker-agent-1"), gap=(200, 800))
    w.add(HK(h), "br-5c1f2e8a9d0b: port 2(veth1a7f3c9) entered forwarding state", gap=(300, 900))
    w.add(LA, logrus_txt("info", "locker-agent 2.14.1 starting", bank="LK-0481", doors=48), gap=(300, 900))
    w.add(LA, logrus_txt("warning", "mqtt publish failed, will retry", attempt=1, error="not Connected",
                         topic="lk/0481/state"), gap=(20, 200))
    w.add(MQ, "@EPOCHS@: New client connected from 172.18.0.4:41822 as lk-0481-agent (p2, c0, k30).",
          gap=(200, 900))
    w.add(LA, logrus_txt("info", "mqtt connected", broker="tcp://mosquitto:1883"), gap=(2, 20))
    w.add(LA, logrus_txt("info", "backend session established", endpoint="wss://lockers.pakketpunt.example/gw",
                         latency_ms=84), gap=(300, 900))
    w.add(WT, logrus_txt("info", "Session done", Failed=0, Scanned=3, Updated=1, notify="no"), gap=(500, 2000))
    w.add(LA, logrus_txt("info", "door event", door=17, event="closed", parcel="3SPKP%09d" % rng.randint(0, 10**9)),
          gap=(30000, 90000))
    w.add(LA, logrus_txt("info", "heartbeat ok", doors_free=21, temp_c=7.5, rssi=-71), gap=(20000, 60000))
    return dict(
        theme="parcel", platform="host",
        question="Locker 0481's agent restarted on its own this morning. Is the edge box failing?",
        selector=None, win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: Watchtower updated locker-agent to 2.14.1. The agent flushed its queue on "
                       "SIGTERM, the new container's first MQTT publish was retried until the broker connection "
                       "was up, and door events flow again.",
            summary="Planned container update on lk-0481-edge; the box and agent are healthy.",
            action="None needed.")
    )


@builder("parcel-batch-host-noise")
def p_batch_noise(rng):
    h = "pl-batch-01"
    w = Win(rng, start_ms(rng, 2, 30))
    g = (3000, 40000)

    def sshd(msg, pri=38):
        w.add(HS(h, "sshd", "auth"), sys5424(pri, h, "sshd", rng.randint(30000, 60000), "-", msg), gap=g)

    def ufw():
        w.add(HS(h, "kernel", "kern"), sys5424(4, h, "kernel", "-", "-",
                                               "[UFW BLOCK] IN=ens3 OUT= MAC=02:1c:4e:8a:11:d0:02:7f:19:3b:aa:01:08:00 "
                                               "SRC=%s DST=10.20.8.14 LEN=44 TOS=0x00 PREC=0x00 TTL=241 ID=%d "
                                               "PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0"
                                               % (ip(rng, "185.224"), rng.randint(1000, 65000),
                                                  rng.randint(30000, 65000), rng.choice((5432, 3389, 23, 6379)))),
              gap=g)

    def st(msg, pri=30):
        w.add(HS(h, "settlement", "daemon"), sys5424(pri, h, "settlement", 8812, "-", msg), gap=(2000, 20000))

    scanner = ip(rng, "45.135")
    sshd("Invalid user admin from %s port %d" % (scanner, rng.randint(30000, 65000)))
    sshd("Connection closed by invalid user admin %s port %d [preauth]" % (scanner, rng.randint(30000, 65000)))
    ufw()
    w.add(HS(h, "systemd", "daemon"), sys5424(30, h, "systemd", 1, "-", "Starting settlement.service - Nightly PSP "
                                                                       "settlement..."), gap=g)
    st("INFO settlement: fetched 12034 transactions from PSP report for @DATE@")
    st("/opt/settlement/app/report.py:77: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled "
       "for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: "
       "datetime.datetime.now(datetime.UTC).", pri=28)
    sshd("Invalid user oracle from %s port %d" % (ip(rng, "218.92"), rng.randint(30000, 65000)))
    st("WARNING settlement: 3 transactions still pending at PSP (PSP%d, PSP%d, PSP%d); will settle in next run"
       % (rng.randint(10**11, 10**12), rng.randint(10**11, 10**12), rng.randint(10**11, 10**12)), pri=28)
    ufw()
    st("INFO settlement: run finished: 12034 transactions, 12031 matched, 3 pending, 0 failed; "
       "uploaded s3://finance/settlements/@DATE@.csv")
    w.add(HS(h, "systemd", "daemon"), sys5424(30, h, "systemd", 1, "-", "settlement.service: Deactivated "
                                                                       "successfully."), gap=(50, 400))
    w.add(HS(h, "systemd", "daemon"), sys5424(30, h, "systemd", 1, "-", "Finished settlement.service - Nightly PSP "
                                                                       "settlement."), gap=(1, 10))
    w.add(HS(h, "systemd", "daemon"), sys5424(30, h, "systemd", 1, "-", "settlement.service: Consumed 2min 3.412s "
                                                                       "CPU time."), gap=(1, 10))
    sshd("Received disconnect from %s port %d:11: Bye Bye [preauth]" % (ip(rng, "218.92"), rng.randint(30000, 65000)))
    ufw()
    sshd("Accepted publickey for deploy from 10.20.0.50 port %d ssh2: ED25519 SHA256:%s"
         % (rng.randint(30000, 65000), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                                for _ in range(43))), pri=38)
    return dict(
        theme="parcel", platform="host",
        question="Lots of 'Invalid user' and UFW BLOCK lines on the batch server overnight. Did the settlement run "
                 "get disrupted?",
        selector=None, win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: background SSH brute-force and port scans are rejected by sshd and the "
                       "firewall; the nightly settlement ran to completion with 0 failed (3 pending at the PSP "
                       "are normal).",
            summary="Settlement completed and uploaded; internet noise blocked as designed.",
            action="None needed.")
    )


@builder("parcel-sms-429")
def p_sms_429(rng):
    ns = "courier"
    w = Win(rng, start_ms(rng, 7, 0))
    p_nw = pod(rng, "notify-worker")
    p_ca = pod(rng, "courier-api")
    L_nw = PL(ns, p_nw, "notify-worker", PL_NODES[2])
    L_ca = PL(ns, p_ca, "courier-api", PL_NODES[4])

    def delivered():
        w.add(L_ca, pino(30, p_ca, "parcel delivered to locker", locker="LK-%04d" % rng.randint(1, 3999),
                         door=rng.randint(1, 48), parcel="3SPKP%09d" % rng.randint(0, 10**9)), gap=(300, 3000))

    def limited():
        tid = uuid4(rng)
        w.add(L_nw, pylog("WARNING", "notify.sms", "SMS gateway returned 429 Too Many Requests "
                                                  "(x-ratelimit-limit=50/s, x-ratelimit-remaining=0, retry-after=2)"),
              gap=(100, 900), ev=True)
        w.add(L_nw, celery("INFO", "ForkPoolWorker-%d" % rng.randint(1, 16),
                           "Task notify.tasks.send_sms[%s] retry: Retry in %ds: RateLimited('429 Too Many Requests: "
                           "rate limit of 50 messages per second exceeded')" % (tid, rng.choice((2, 4, 8)))),
              gap=(1, 10), ev=True)

    w.add(L_nw, celery("INFO", "MainProcess", "Scheduler: Sending due task pickup-reminders "
                                              "(notify.tasks.enqueue_pickup_reminders)"))
    w.add(L_nw, celery("INFO", "ForkPoolWorker-1", "Task notify.tasks.enqueue_pickup_reminders[%s] succeeded in "
                                                   "4.12s: 38412" % uuid4(rng)), gap=(4000, 4500), ev=True)
    t_enq = w.t

    def stats(t, retried):
        el = (t - t_enq) // 1000
        return pylog("INFO", "notify.stats", "queue depth sms=%d (oldest %ds), sent %d/s, retried %d/min"
                     % (max(38412 - 50 * el, 0) + 180, el if 38412 > 50 * el else 14, 50 if retried else 48,
                        retried))
    delivered()
    limited()
    limited()
    w.add(L_nw, celery("INFO", "ForkPoolWorker-3", "Task notify.tasks.send_sms[%s] succeeded in 0.21s: "
                                                   "{'status': 'accepted', 'segments': 1}" % uuid4(rng)), gap=(50, 400))
    delivered()
    limited()
    w.add(L_nw, lambda t: stats(t, 311), gap=(60000, 90000), ev=True)
    delivered()
    limited()
    delivered()
    w.add(L_nw, lambda t: stats(t, 120), gap=(200000, 260000))
    limited()
    delivered()
    w.add(L_nw, lambda t: stats(t, 0), gap=(480000, 500000))
    w.add(L_nw, celery("INFO", "ForkPoolWorker-7", "Task notify.tasks.send_sms[%s] succeeded in 0.19s: "
                                                   "{'status': 'accepted', 'segments': 1}" % uuid4(rng)), gap=(50, 400))
    delivered()
    return dict(
        theme="parcel", platform="k8s",
        question="Customers got their pickup SMS late this morning. Is the courier app not marking deliveries?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="WARN", root_cause_category="rate_limited", component="notify-worker",
            root_cause="The morning pickup-reminder job enqueues ~38k SMS at once and notify-worker sends them "
                       "without a rate limit, so the SMS gateway answers 429 above 50 msg/s; tasks retry with "
                       "backoff and the queue drains, but messages arrive minutes late.",
            summary="SMS notifications delayed by up to ~13 minutes during the reminder burst; all delivered, "
                    "queue back to normal. Deliveries are recorded correctly.",
            action="Set a rate limit on notify.tasks.send_sms below the provider's 50/s (or spread the reminder "
                   "batch), or ask the provider for a higher quota.")
    )


@builder("parcel-lb-nic-flap")
def p_nic_flap(rng):
    h1, h2 = "pl-lb-01", "pl-lb-02"
    w = Win(rng, start_ms(rng, 23, 10))
    K1 = HK(h1)
    KA1, KA2 = HJ(h1, "keepalived.service"), HJ(h2, "keepalived.service")
    HP2 = HS(h2, "haproxy", "local0")
    vip = "203.0.113.10"

    def hp_ok():
        tr = rng.randint(20, 90)
        w.add(HP2, sys3164(134, h2, "haproxy[%d]" % 2211,
                           '%s:%d [@HAPX@] fe_https~ be_reservation/res-api-%d 0/0/1/%d/%d 201 412 - - ---- '
                           '%d/%d/0/0/0 0/0 "POST /api/v1/reservations HTTP/1.1"'
                           % (ip(rng, "84.241"), rng.randint(30000, 65000), rng.randint(1, 3),
                              tr, tr + rng.randint(1, 5), rng.randint(80, 140), rng.randint(70, 130))),
              gap=(500, 4000))

    def flap(first):
        w.add(K1, "igb 0000:03:00.0 eno1: igb: eno1 NIC Link is Down", gap=(60000, 400000), ev=True)
        w.add(KA1, "Netlink reports eno1 down", gap=(1, 20))
        w.add(KA1, "(VI_PUBLIC) Entering FAULT STATE", gap=(1, 20), ev=first)
        if first:
            w.add(KA2, "(VI_PUBLIC) Receive advertisement timeout", gap=(3000, 3500))
            w.add(KA2, "(VI_PUBLIC) Entering MASTER STATE", gap=(1, 10))
            w.add(KA2, "(VI_PUBLIC) Sending/queueing gratuitous ARPs on eno1 for %s" % vip, gap=(1, 10))
        hp_ok()
        w.add(K1, "igb 0000:03:00.0 eno1: igb: eno1 NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX",
              gap=(5000, 40000), ev=True)
        w.add(KA1, "Netlink reports eno1 up", gap=(1, 20))
        w.add(KA1, "(VI_PUBLIC) Entering BACKUP STATE", gap=(1, 20))

    hp_ok()
    flap(True)
    hp_ok()
    flap(False)
    hp_ok()
    flap(False)
    w.add(K1, "igb 0000:03:00.0 eno1: Detected Tx Unit Hang", gap=(20000, 90000), ev=True)
    hp_ok()
    return dict(
        theme="parcel", platform="host",
        question="The reservation API VIP moved to lb-02 and lb-01 keeps going to FAULT tonight. Is keepalived "
                 "misconfigured?",
        selector=None, win=w,
        expected=dict(
            severity="WARN", root_cause_category="node_failure", component="pl-lb-01",
            root_cause="The eno1 uplink on pl-lb-01 keeps flapping (NIC link down/up, then a Tx unit hang); "
                       "keepalived correctly drops to FAULT and pl-lb-02 holds the VIP.",
            summary="Reservation traffic is served by pl-lb-02 without errors, but the load balancer pair has no "
                    "redundancy while lb-01's link is unstable.",
            action="Check the cable, switch port and NIC on pl-lb-01 (replace if the Tx hangs continue); "
                   "keepalived needs no change.")
    )


@builder("parcel-coredns-upstream")
def p_coredns(rng):
    ns = "courier"
    w = Win(rng, start_ms(rng, 6, 40))
    p_dns_a, p_dns_b = pod(rng, "coredns"), pod(rng, "coredns")
    L_da = PL("kube-system", p_dns_a, "coredns", PL_NODES[1], app="kube-dns")
    L_db = PL("kube-system", p_dns_b, "coredns", PL_NODES[3], app="kube-dns")
    p_ca = pod(rng, "courier-api")
    p_ro = pod(rng, "route-optimizer")
    L_ca = PL(ns, p_ca, "courier-api", PL_NODES[4])
    L_ro = PL(ns, p_ro, "route-optimizer", PL_NODES[5])
    dns_a_ip = ip(rng, "10.20")

    def dns_err(qtype="A"):
        w.add(L_da, "[ERROR] plugin/errors: 2 api.geo.example. %s: read udp %s:%d->10.20.0.2:53: i/o timeout"
              % (qtype, dns_a_ip, rng.randint(30000, 60000)), gap=(100, 1500), ev=True)

    def ca_retry():
        w.add(L_ca, pino(40, p_ca, "geocode failed, retrying", attempt=1,
                         err={"type": "Error", "message": "getaddrinfo EAI_AGAIN api.geo.example",
                              "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "api.geo.example"}),
              gap=(1, 200))
        w.add(L_ca, pino(30, p_ca, "stop geocoded", depot="AMS-02", ms=rng.randint(5100, 5400)), gap=(300, 900))

    def ca_ok():
        w.add(L_ca, pino(30, p_ca, "stop geocoded", depot="RTD-01", ms=rng.randint(30, 90)), gap=(200, 1500))

    w.add(L_db, '[INFO] %s:%d - %d "A IN api.geo.example. udp 45 false 512" NOERROR qr,rd,ra 61 0.021344s'
          % (ip(rng, "10.20"), rng.randint(30000, 60000), rng.randint(1, 65000)))
    ca_ok()
    dns_err()
    ca_retry()
    ca_ok()
    dns_err("AAAA")
    w.add(L_ro, pylog("WARNING", "route_optimizer.geo", "geocode lookup failed ([Errno -3] Temporary failure in "
                                                        "name resolution), retry 1/3"), gap=(100, 800))
    w.add(L_ro, pylog("INFO", "route_optimizer.geo", "geocode lookup ok on retry 1 (5.2s)"), gap=(5000, 5600))
    ca_ok()
    w.add(L_db, '[INFO] %s:%d - %d "AAAA IN api.geo.example. udp 45 false 512" NOERROR qr,rd,ra 112 0.019807s'
          % (ip(rng, "10.20"), rng.randint(30000, 60000), rng.randint(1, 65000)))
    dns_err()
    ca_retry()
    ca_ok()
    w.add(L_ca, pino(30, p_ca, "route planned", depot="AMS-02", stops=311, geocode_retries=7, ms=48211),
          gap=(2000, 9000))
    ca_ok()
    dns_err()
    ca_retry()
    return dict(
        theme="parcel", platform="k8s",
        question="Courier address lookups are slow and some fail with EAI_AGAIN. Is the geocoding provider down?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w, owners=["coredns"],
        expected=dict(
            severity="WARN", root_cause_category="dns_resolution", component="coredns",
            root_cause="One CoreDNS replica times out forwarding queries to the VPC resolver 10.20.0.2, so "
                       "lookups that land on it fail with EAI_AGAIN / 'Temporary failure in name resolution' "
                       "and succeed on retry via the other replica. The geocoding provider is fine.",
            summary="Geocoding is slow (~5 s extra per retried lookup) but routes are still planned.",
            action="Restart or reschedule the failing CoreDNS replica and check its node's path to the VPC "
                   "resolver (e.g. DNS packet allowance); consider NodeLocal DNSCache.")
    )


@builder("parcel-psp-unknown-ca")
def p_psp_ca(rng):
    ns = "payments"
    w = Win(rng, start_ms(rng, 9, 5))
    p_ps = pod(rng, "payment-service")
    p_ra = pod(rng, "reservation-api")
    L_ps = PL(ns, p_ps, "payment-service", PL_NODES[5])
    L_ra = PL("lockers", p_ra, "reservation-api", PL_NODES[2])

    def fail():
        res = "R-77%05d" % rng.randint(0, 99999)
        w.add(L_ps, zap("error", "psp/client.go:143", "authorise failed", method="card", reservation=res,
                        error='Post "https://checkout.cardpsp.example/v71/payments": tls: failed to verify '
                              'certificate: x509: certificate signed by unknown authority'), gap=(500, 4000), ev=True)
        w.add(L_ra, pylog("ERROR", "reservation_api.payments", "payment authorisation failed for %s: payment-service "
                                                              "returned 502 (card)" % res), gap=(2, 30))
        w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "POST", "/api/v1/reservations/%s/pay" % res, 502, "Bad Gateway"),
              gap=(1, 5))

    def ok():
        res = "R-77%05d" % rng.randint(0, 99999)
        w.add(L_ps, zap("info", "psp/client.go:121", "payment authorised", method="ideal", reservation=res,
                        amount=695), gap=(500, 4000))
        w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "POST", "/api/v1/reservations/%s/pay" % res, 200, "OK"),
              gap=(1, 5))

    w.add(L_ps, zap("info", "psp/tls.go:31", "loaded PSP CA bundle", path="/etc/psp-ca/bundle.pem", certs=2,
                    subjects=["CN=CardPSP Root CA 2019", "CN=CardPSP Issuing CA 2021"]), ev=True)
    ok()
    fail()
    fail()
    ok()
    w.add(L_ra, pylog("WARNING", "reservation_api.payments", "card payments failing: 14 of last 20 attempts"),
          gap=(1000, 5000))
    fail()
    w.add(L_ra, pylog("INFO", "reservation_api.reservations", "reservation R-7790311 held 15 min awaiting payment"),
          gap=(500, 3000))
    ok()
    fail()
    w.add(L_ra, pylog("INFO", "reservation_api.reservations", "reservation R-7790388 held 15 min awaiting payment"),
          gap=(500, 3000))
    w.add(L_ra, pylog("WARNING", "reservation_api.payments", "card payments failing: 17 of last 20 attempts"),
          gap=(1000, 5000))
    w.add(L_ra, pylog("INFO", "reservation_api.reservations", "reservation R-7790311 released: payment not completed"),
          gap=(500, 3000))
    w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "GET", "/api/v1/reservations/R-7790388", 200, "OK"), gap=(500, 3000))
    return dict(
        theme="parcel", platform="k8s",
        question="Card payments for locker reservations fail since this morning. Is the reservation API broken?",
        selector={"namespace": "lockers", "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="tls_certificate", component="payment-service",
            root_cause="payment-service verifies the card PSP against a pinned two-certificate CA bundle; the PSP "
                       "now serves a chain from a CA that is not in that bundle, so every card authorisation "
                       "fails with 'x509: certificate signed by unknown authority'. iDEAL goes to another "
                       "endpoint and still works.",
            summary="Card payments fail (502 to reservation-api); other payment methods succeed.",
            action="Update payment-service's PSP CA bundle (psp-ca ConfigMap/Secret) with the PSP's new issuing/"
                   "root CA, or trust the system roots, and restart payment-service.")
    )


@builder("parcel-edge-sdcard-ro")
def p_sdcard(rng):
    h = "lk-1207-edge"
    w = Win(rng, start_ms(rng, 13, 20))
    K = HK(h)
    LA = DC(h, "locker", "locker-agent")
    MQ = DC(h, "locker", "mosquitto")
    sect = rng.randint(3000000, 3300000)
    w.add(LA, logrus_txt("info", "door event", door=9, event="closed", parcel="3SPKP%09d" % rng.randint(0, 10**9)))
    w.add(K, "mmc0: Timeout waiting for hardware interrupt.", gap=(20000, 60000), ev=True)
    w.add(K, "mmcblk0: error -110 transferring data, sector %d, nr 8, cmd response 0x900, card status 0xc00" % sect,
          gap=(1, 20), ev=True)
    w.add(K, "I/O error, dev mmcblk0, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2" % sect,
          gap=(1, 20), ev=True)
    w.add(K, "Buffer I/O error on dev mmcblk0p2, logical block %d, lost async page write" % ((sect - 532480) // 8),
          gap=(1, 20))
    w.add(K, "EXT4-fs error (device mmcblk0p2): ext4_journal_check_start:83: comm locker-agent: Detected aborted "
             "journal", gap=(100, 900), ev=True)
    w.add(K, "EXT4-fs (mmcblk0p2): Remounting filesystem read-only", gap=(1, 20), ev=True)
    w.add(LA, logrus_txt("error", "persist door event failed",
                         error="open /var/lib/locker-agent/events.db-journal: read-only file system", door=23),
          gap=(2000, 20000), ev=True)
    w.add(LA, logrus_txt("warning", "offline queue unavailable, door events only sent while online"), gap=(1, 20))
    w.add(MQ, "@EPOCHS@: Error saving in-memory database, unable to open /mosquitto/data/mosquitto.db.new for "
              "writing.", gap=(5000, 30000))
    w.add(MQ, "@EPOCHS@: Error: Read-only file system.", gap=(1, 5))
    w.add(LA, logrus_txt("error", "reservation sync failed",
                         error="open /var/lib/locker-agent/reservations.json.tmp: read-only file system",
                         pending=6), gap=(10000, 40000), ev=True)
    w.add(LA, logrus_txt("warning", "courier drop-off refused: no local reservation", door_size="M",
                         parcel="3SPKP%09d" % rng.randint(0, 10**9)), gap=(20000, 90000))
    w.add(LA, logrus_txt("error", "reservation sync failed",
                         error="open /var/lib/locker-agent/reservations.json.tmp: read-only file system",
                         pending=9), gap=(30000, 60000))
    w.add(HJ(h, "docker.service"), 'time="@ISONS@" level=error msg="Error writing log: write '
                                   '/var/lib/docker/containers/%s/%s-json.log: read-only file system"'
          % ((hexs(rng, 64),) * 2), gap=(1000, 9000))
    w.add(LA, logrus_txt("warning", "courier drop-off refused: no local reservation", door_size="S",
                         parcel="3SPKP%09d" % rng.randint(0, 10**9)), gap=(20000, 90000))
    return dict(
        theme="parcel", platform="host",
        question="Couriers can't drop parcels at locker 1207; new reservations don't show up on the locker. Is the "
                 "reservation API not syncing?",
        selector=None, win=w,
        expected=dict(
            severity="ERROR", root_cause_category="storage", component="lk-1207-edge",
            root_cause="The SD card in the lk-1207 edge box times out on writes (mmc error -110, I/O errors), ext4 "
                       "aborted its journal and remounted the root filesystem read-only, so locker-agent can no "
                       "longer store reservations or door events.",
            summary="Locker 1207 refuses courier drop-offs for new reservations; the reservation API is fine.",
            action="Replace the SD card (or the edge box) at locker 1207 and re-provision it; until then put the "
                   "locker out of service for new reservations.")
    )


@builder("parcel-route-solver-timeout")
def p_solver(rng):
    ns = "courier"
    w = Win(rng, start_ms(rng, 5, 30))
    p_ca = pod(rng, "courier-api")
    p_ro = pod(rng, "route-optimizer")
    L_ca = PL(ns, p_ca, "courier-api", PL_NODES[4])
    L_px = PL(ns, p_ca, "istio-proxy", PL_NODES[4], app="courier-api")
    L_ro = PL(ns, p_ro, "route-optimizer", PL_NODES[5])
    ro_ip = ip(rng, "10.20")
    auth = "route-optimizer.courier.svc.cluster.local:8000"
    clus = "outbound|8000||route-optimizer.courier.svc.cluster.local"

    def small(depot, stops):
        ms = rng.randint(2500, 6000)
        w.add(L_px, envoy(rng, "POST", "/v2/solve", 200, "-", "via_upstream", rng.randint(30000, 90000),
                          rng.randint(20000, 60000), ms, auth, "%s:8000" % ro_ip, clus, ua="undici", ust=ms - 2),
              gap=(1000, 5000))
        w.add(L_ca, pino(30, p_ca, "route downloaded", depot=depot, stops=stops, ms=ms + 3), gap=(1, 20))

    def big(depot, stops, vehicles, took):
        w.add(L_ro, pylog("INFO", "route_optimizer.solver", "solve depot=%s stops=%d vehicles=%d time_limit=60s"
                                                            % (depot, stops, vehicles)), gap=(500, 3000), ev=True)
        w.add(L_px, envoy(rng, "POST", "/v2/solve", 504, "UT", "response_timeout", rng.randint(200000, 400000), 24,
                          30000, auth, "%s:8000" % ro_ip, clus, ua="undici"), gap=(30000, 30050), ev=True)
        w.add(L_ca, pino(50, p_ca, "route download failed", depot=depot, statusCode=504,
                         err="upstream request timeout"), gap=(1, 20))
        w.add(L_ca, pino(30, p_ca, "request completed", reqId="req-%x" % rng.randint(4096, 65535),
                         res={"statusCode": 502}, responseTime=30012), gap=(1, 10))
        w.add(L_ro, pylog("INFO", "route_optimizer.solver", "solution found depot=%s after %.1fs (objective %d)"
                                                            % (depot, took, rng.randint(5000000, 9000000))),
              gap=(int((took - 30) * 1000) - 200, int((took - 30) * 1000)), ev=True)
        w.add(L_ro, uvi("127.0.0.6:%d" % rng.randint(30000, 60000), "POST", "/v2/solve", 200, "OK"), gap=(5, 50))

    small("AMS-01", 412)
    big("UT-03", 1412, 38, 47.3)
    small("RTD-01", 388)
    small("GRQ-01", 201)
    big("EIN-02", 1288, 34, 44.8)
    small("DHG-01", 455)
    w.add(L_ca, pino(40, p_ca, "courier retried route download", depot="UT-03", courier="C-4411"), gap=(1000, 5000))
    big("UT-03", 1412, 38, 46.1)
    small("ZWL-01", 176)
    return dict(
        theme="parcel", platform="k8s",
        question="Couriers at Utrecht and Eindhoven can't download their routes this morning. What's wrong with the "
                 "courier API?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": "courier-api"},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="timeout", component="route-optimizer",
            root_cause="route-optimizer takes 45-48 s to solve the large depots (time_limit=60s), longer than the "
                       "30 s route timeout in front of it, so those /v2/solve calls are cut off with 504 UT; "
                       "small depots finish in seconds.",
            summary="Route downloads fail for the large depots (UT-03, EIN-02); the others work. courier-api only "
                    "passes the timeout on.",
            action="Cap route-optimizer's solver time limit well below 30 s or make solving asynchronous "
                   "(submit + poll); only as a stopgap raise the mesh route timeout.")
    )


@builder("parcel-settlement-image-tag")
def p_image(rng):
    ns = "payments"
    w = Win(rng, start_ms(rng, 0, 30))
    node = PL_NODES[3]
    job = "settlement-export-%d" % rng.randint(29500000, 29599999)
    p_job = "%s-%s" % (job, pod_sfx(rng))
    img = "%s/payments/settlement-export:2026.03.1" % PL_REG
    p_rc = pod(rng, "settlement-reconciler")
    L_rc = PL(ns, p_rc, "settlement-reconciler", PL_NODES[1])
    E = EV(ns)
    notfound = ('rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve '
                'reference \\"%s\\": %s: not found' % (img, img, img))
    w.add(E, kev("CronJob", "settlement-export", "Normal", "SuccessfulCreate", "cronjob-controller",
                 "Created job %s" % job))
    w.add(E, kev("Job", job, "Normal", "SuccessfulCreate", "job-controller", "Created pod: %s" % p_job), gap=(20, 90))
    w.add(E, kev("Pod", p_job, "Normal", "Scheduled", "default-scheduler",
                 "Successfully assigned %s/%s to %s" % (ns, p_job, node)), gap=(20, 90))
    w.add(E, kev("Pod", p_job, "Normal", "Pulling", "kubelet/" + node, 'Pulling image "%s"' % img), gap=(300, 900))
    w.add(NJ(node, "containerd.service"), 'time="@ISONS@" level=info msg="PullImage \\"%s\\""' % img, gap=(1, 20))
    w.add(NJ(node, "containerd.service"), 'time="@ISONS@" level=error msg="PullImage \\"%s\\" failed" error="%s"'
          % (img, notfound), gap=(200, 600), ev=True)
    w.add(E, kev("Pod", p_job, "Warning", "Failed", "kubelet/" + node,
                 'Failed to pull image "%s": %s' % (img, notfound.replace('\\"', '"'))), gap=(1, 20), ev=True)
    w.add(E, kev("Pod", p_job, "Warning", "Failed", "kubelet/" + node, "Error: ErrImagePull"), gap=(1, 10), ev=True)
    w.add(E, kev("Pod", p_job, "Normal", "BackOff", "kubelet/" + node, 'Back-off pulling image "%s"' % img),
          gap=(800, 2000))
    w.add(E, kev("Pod", p_job, "Warning", "Failed", "kubelet/" + node, "Error: ImagePullBackOff"), gap=(1, 10),
          ev=True)
    w.add(NJ(node, "kubelet.service"), klog("E", 1873, "pod_workers.go:1298",
                                             '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                             '\\"settlement-export\\" with ImagePullBackOff: \\"Back-off pulling image '
                                             '\\\\\\"%s\\\\\\"\\"" pod="%s/%s"' % (img, ns, p_job)), gap=(1000, 9000))
    w.add(E, kev("Pod", p_job, "Normal", "BackOff", "kubelet/" + node, 'Back-off pulling image "%s"' % img, count=14),
          gap=(300000, 600000))
    w.add(E, kev("Job", job, "Warning", "DeadlineExceeded", "job-controller",
                 "Job was active longer than specified deadline"), gap=(600000, 900000))
    w.add(E, kev("Job", job, "Normal", "SuccessfulDelete", "job-controller", "Deleted pod: %s" % p_job),
          gap=(20, 200))
    w.add(L_rc, J(level="info", msg="daily reconciliation started", day="@DATE@", time="@ISOS@"), gap=(60000, 200000))
    w.add(L_rc, J(level="warning", msg="settlement file missing", bucket="finance", key="settlements/@DATE@.csv",
                  error="The specified key does not exist.", time="@ISOS@"), gap=(50, 500))
    w.add(L_rc, J(level="error", msg="daily reconciliation skipped: no settlement export", day="@DATE@",
                  time="@ISOS@"), gap=(5, 50))
    return dict(
        theme="parcel", platform="k8s",
        question="Finance says last night's settlement file never arrived in the bucket. Is MinIO losing files?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="image_pull", component="settlement-export",
            root_cause="The settlement-export CronJob points at image tag 2026.03.1, which does not exist in the "
                       "registry (NotFound), so the job pod never starts (ErrImagePull/ImagePullBackOff) until the "
                       "job deadline kills it.",
            summary="No settlement export was produced, so reconciliation was skipped. MinIO is fine; the file "
                    "was never written.",
            action="Fix the image tag in the settlement-export CronJob (or push the missing tag), then run the "
                   "export job manually for the missed day.")
    )


@builder("parcel-redis-master-down")
def p_redis(rng):
    ns = "lockers"
    w = Win(rng, start_ms(rng, 16, 40))
    L_r0 = PL(ns, "lockers-redis-0", "redis", PL_NODES[1], app="lockers-redis")
    L_r1 = PL(ns, "lockers-redis-1", "redis", PL_NODES[3], app="lockers-redis")
    L_s1 = PL(ns, "lockers-redis-1", "sentinel", PL_NODES[3], app="lockers-redis")
    L_s2 = PL(ns, "lockers-redis-2", "sentinel", PL_NODES[5], app="lockers-redis")
    p_ra = pod(rng, "reservation-api")
    p_lg = pod(rng, "locker-gateway")
    L_ra = PL(ns, p_ra, "reservation-api", PL_NODES[2])
    L_lg = PL(ns, p_lg, "locker-gateway", PL_NODES[4])
    mip = ip(rng, "10.20")
    sid = hexs(rng, 40)

    def ra_fail():
        w.add(L_ra, pylog("ERROR", "reservation_api.locks", "could not take door lock: redis.exceptions.ConnectionError: "
                                                            "Error 111 connecting to %s:6379. Connection refused." % mip),
              gap=(200, 2000))
        w.add(L_ra, uvi("%s:0" % ip(rng, "10.20"), "POST", "/api/v1/reservations", 503, "Service Unavailable"),
              gap=(1, 10))

    w.add(L_r0, "1:signal-handler (@EPOCHS@) Received SIGTERM scheduling shutdown...", ev=True)
    w.add(L_r0, "1:M @REDIS@ # User requested shutdown...", gap=(50, 150))
    w.add(L_r0, "1:M @REDIS@ * Saving the final RDB snapshot before exiting.", gap=(1, 10))
    w.add(L_r0, "1:M @REDIS@ * DB saved on disk", gap=(400, 1200))
    w.add(L_r0, "1:M @REDIS@ # Redis is now ready to exit, bye bye...", gap=(1, 10), ev=True)
    w.add(L_r1, "1:S @REDIS@ # Connection with master lost.", gap=(1, 20))
    w.add(L_r1, "1:S @REDIS@ * Connecting to MASTER %s:6379" % mip, gap=(500, 1000))
    w.add(L_r1, "1:S @REDIS@ # Error condition on socket for SYNC: Connection refused", gap=(1, 10), ev=True)
    ra_fail()
    w.add(L_lg, J(level="error", error="dial tcp %s:6379: connect: connection refused" % mip, bank="LK-0214",
                  time="@ISOS@", message="door command state write failed"), gap=(100, 900))
    w.add(L_s1, "1:X @REDIS@ # +sdown master lockers %s 6379" % mip, gap=(4000, 5000))
    w.add(L_s2, "1:X @REDIS@ # +sdown master lockers %s 6379" % mip, gap=(1, 200))
    w.add(L_s1, "1:X @REDIS@ # +odown master lockers %s 6379 #quorum 2/2" % mip, gap=(1, 200), ev=True)
    w.add(L_s1, "1:X @REDIS@ # +try-failover master lockers %s 6379" % mip, gap=(1, 50))
    w.add(L_s1, "1:X @REDIS@ * +vote-for-leader %s 15" % sid, gap=(1, 50))
    w.add(L_s1, "1:X @REDIS@ # +elected-leader master lockers %s 6379" % mip, gap=(1, 50))
    w.add(L_s1, "1:X @REDIS@ # +failover-state-select-slave master lockers %s 6379" % mip, gap=(1, 50))
    w.add(L_s1, "1:X @REDIS@ # -failover-abort-no-good-slave master lockers %s 6379" % mip, gap=(1, 50), ev=True)
    ra_fail()
    ra_fail()
    w.add(L_lg, J(level="error", error="dial tcp %s:6379: connect: connection refused" % mip, bank="LK-1120",
                  time="@ISOS@", message="door command state write failed"), gap=(100, 900))
    w.add(L_ra, pylog("ERROR", "reservation_api.health", "readiness degraded: redis unreachable for 30s"),
          gap=(1000, 5000))
    ra_fail()
    w.add(L_s1, "1:X @REDIS@ # +try-failover master lockers %s 6379" % mip, gap=(10000, 30000))
    w.add(L_s1, "1:X @REDIS@ # -failover-abort-no-good-slave master lockers %s 6379" % mip, gap=(1, 100))
    ra_fail()
    return dict(
        theme="parcel", platform="k8s",
        question="Nobody can reserve a locker right now. What's going on?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w, owners=["redis", "sentinel"],
        expected=dict(
            severity="CRITICAL", root_cause_category="connection_refused", component="lockers-redis",
            root_cause="The lockers-redis master shut down and nothing listens on its address any more; Sentinel "
                       "marks it down but aborts the failover (no eligible replica), so every client connection to "
                       "the lock store is refused.",
            summary="All reservations fail with 503 and locker-gateway cannot record door state; reservation-api "
                    "itself is healthy.",
            action="Bring the lockers-redis master back or promote the replica by hand (REPLICAOF NO ONE, then "
                   "SENTINEL RESET), then fix why Sentinel finds no eligible replica (replica-priority / "
                   "replication link).")
    )


@builder("parcel-gateway-panic")
def p_panic(rng):
    ns = "lockers"
    w = Win(rng, start_ms(rng, 7, 45))
    node = PL_NODES[4]
    p_lg = pod(rng, "locker-gateway")
    p_ra = pod(rng, "reservation-api")
    p_ca = pod(rng, "courier-api")
    L_lg = PL(ns, p_lg, "locker-gateway", node)
    L_ra = PL(ns, p_ra, "reservation-api", PL_NODES[2])
    L_ca = PL("courier", p_ca, "courier-api", PL_NODES[0])
    uid = uuid4(rng)
    mod = "gitlab.pakketpunt.example/lockers/gateway"

    def ra_fail():
        res = "R-78%05d" % rng.randint(0, 99999)
        w.add(L_ra, pylog("ERROR", "reservation_api.lockers", "door assignment failed for %s: locker gateway "
                                                              "unavailable (503)" % res), gap=(300, 3000))

    def ca_fail():
        w.add(L_ca, pino(50, p_ca, "locker command failed", locker="LK-%04d" % rng.randint(1, 3999), cmd="open",
                         statusCode=503, err="no healthy upstream"), gap=(300, 3000))

    def crash(full):
        w.add(L_lg, zlog("info", "locker bank connected", bank="LK-3310", fw="5.3.0-rc1",
                         remote="%s:%d" % (ip(rng, "100.64"), rng.randint(30000, 60000))), gap=(2000, 6000))
        w.add(L_lg, "panic: runtime error: index out of range [4] with length 4", gap=(20, 200), ev=True)
        if full:
            w.add(L_lg, "goroutine 1187 [running]:", gap=(1, 2))
            w.add(L_lg, "%s/internal/proto.parseHeartbeat({0xc0004a2f00, 0x4, 0x4})" % mod, gap=(1, 2), ev=True)
            w.add(L_lg, "\t/src/internal/proto/heartbeat.go:57 +0x3c5", gap=(1, 2), ev=True)

    ca_fail()
    crash(True)
    w.add(EV(ns), kev("Pod", p_lg, "Warning", "BackOff", "kubelet/" + node,
                      "Back-off restarting failed container locker-gateway in pod %s_%s(%s)" % (p_lg, ns, uid),
                      count=6), gap=(500, 2000))
    ra_fail()
    ca_fail()
    ra_fail()
    ca_fail()
    w.add(NJ(node, "kubelet.service"), klog("E", 2045, "pod_workers.go:1298",
                                             '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                             '\\"locker-gateway\\" with CrashLoopBackOff: \\"back-off 2m40s restarting '
                                             'failed container=locker-gateway pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
                                             % (p_lg, ns, uid, ns, p_lg, uid)), gap=(500, 3000))
    ra_fail()
    ca_fail()
    w.add(L_ra, pylog("WARNING", "reservation_api.lockers", "locker gateway unavailable for 180s; 0 of 3912 "
                                                            "lockers reachable"), gap=(2000, 8000))
    ca_fail()
    w.add(L_lg, zlog("info", "locker-gateway 4.8.2 starting", listen=":7443", mtls=True), gap=(30000, 60000))
    crash(False)
    ra_fail()
    ca_fail()
    ra_fail()
    ca_fail()
    ra_fail()
    ca_fail()
    return dict(
        theme="parcel", platform="k8s",
        question="No locker in the network opens for couriers. Did the locker firmware rollout break the lockers?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="application_error", component="locker-gateway",
            root_cause="locker-gateway's heartbeat parser indexes a fifth field without a bounds check; heartbeats "
                       "from locker bank LK-3310 on firmware 5.3.0-rc1 carry four, so the gateway panics (index "
                       "out of range) right after that bank connects and the whole process crash-loops.",
            summary="With the gateway in CrashLoopBackOff no locker is reachable: reservations and courier "
                    "door commands fail with 503.",
            action="Fix and redeploy locker-gateway with a length check (and recover from per-connection panics); "
                   "as a stopgap block bank LK-3310 / the rc firmware from connecting.")
    )


# ---------------------------------------------------------------- theme: lottery and gaming operator

LO_NODES = ("lot-wk-01", "lot-wk-02", "lot-wk-03", "lot-wk-04", "lot-wk-05", "lot-wk-06", "lot-wk-07")
LO_REG = "harbor.loterij.example"


def ktor_call(code, phrase, method, path, ms):
    return logback("INFO", "eventLoopGroupProxy-4-%d" % ((ms % 4) + 1), "Application",
                   "%d %s: %s - %s in %dms" % (code, phrase, method, path, ms))


def temporal_sdk(level, msg, **kv):
    return "@ISO@ %-5s %s %s" % (level, msg, " ".join("%s %s" % (k, v) for k, v in kv.items()))


@builder("lottery-sales-deploy-warnings")
def l_sales_deploy(rng):
    ns = "sales"
    w = Win(rng, start_ms(rng, 9, 0, day=rng.choice(SATURDAYS) + 2))
    w.vars.append(("@DRAW@", draw_label(w.t - 2 * 86400000)))
    rs_new, rs_old = rs_hash(rng), rs_hash(rng)
    p_new, p_old = pod(rng, "ticket-sales-api", rs_new), pod(rng, "ticket-sales-api", rs_old)
    n_new, n_old = LO_NODES[1], LO_NODES[4]
    L_new = PL(ns, p_new, "ticket-sales-api", n_new)
    L_old = PL(ns, p_old, "ticket-sales-api", n_old)
    E = EV(ns)

    def sale(L):
        w.add(L, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-%d" % rng.randint(1, 60),
                         "ticket T-%09d sold: game=LOTTO draws=1 amount=3.00 EUR terminal=TRM-%05d"
                         % (rng.randint(0, 10**9), rng.randint(1, 12000))), gap=(300, 3000))

    w.add(E, kev("Pod", p_new, "Normal", "Started", "kubelet/" + n_new, "Started container ticket-sales-api"))
    w.add(L_new, quarkus("WARN", "io.quarkus.config", "main",
                         'Unrecognized configuration key "quarkus.hibernate-orm.database.generation.create-schemas" was '
                         'provided; it will be ignored; verify that the dependency extension for this configuration is '
                         'set or that you did not make a typo'), gap=(900, 1500))
    w.add(L_new, quarkus("WARN", "org.hibernate.orm.deprecation", "main",
                         "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using "
                         "'hibernate.dialect' (remove the property setting and it will be selected by default)"),
          gap=(300, 900))
    w.add(E, kev("Pod", p_new, "Warning", "Unhealthy", "kubelet/" + n_new,
                 "Readiness probe failed: HTTP probe failed with statuscode: 503"), gap=(300, 900))
    w.add(L_new, quarkus("INFO", "io.quarkus", "main",
                         "ticket-sales-api 5.21.0 on JVM (powered by Quarkus 3.8.4) started in 3.812s. Listening on: "
                         "http://0.0.0.0:8080"), gap=(800, 2000))
    w.add(L_new, quarkus("INFO", "io.quarkus", "main", "Profile prod activated. "), gap=(1, 5))
    w.add(L_new, quarkus("INFO", "io.quarkus", "main",
                         "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, micrometer, narayana-jta, "
                         "rest, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]"), gap=(1, 5))
    w.add(E, kev("Pod", p_old, "Normal", "Killing", "kubelet/" + n_old, "Stopping container ticket-sales-api"),
          gap=(8000, 12000))
    w.add(L_old, quarkus("INFO", "io.quarkus", "Shutdown thread", "ticket-sales-api stopped in 0.412s"), gap=(400, 900))
    sale(L_new)
    w.add(L_new, "[@JDK@][info][gc] GC(41) Pause Young (Normal) (G1 Evacuation Pause) 412M->198M(1024M) 18.234ms",
          gap=(2000, 9000))
    sale(L_new)
    w.add(L_new, "[@JDK@][info][gc] GC(42) Pause Young (Concurrent Start) (G1 Humongous Allocation) "
                 "611M->402M(1024M) 41.882ms", gap=(5000, 15000))
    w.add(L_new, "[@JDK@][info][gc] GC(42) Concurrent Mark Cycle 212.441ms", gap=(200, 300))
    sale(L_new)
    w.add(L_new, quarkus("INFO", "n.l.s.reconcile.ReconciliationJob", "executor-thread-3",
                         "Reconciled 481233 tickets against draw @DRAW@: 0 errors, 0 mismatches, 0 missing"),
          gap=(5000, 20000))
    sale(L_new)
    w.add(L_new, "[@JDK@][info][gc] GC(43) Pause Young (Normal) (G1 Evacuation Pause) 433M->201M(1024M) 16.907ms",
          gap=(5000, 20000))
    return dict(
        theme="lottery", platform="k8s",
        question="ticket-sales-api logs WARNs after this morning's deploy and shows GC pauses. Do we need to roll back?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": "ticket-sales-api"},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: the WARNs are a stale config key and a Hibernate deprecation notice, the 503 "
                       "readiness failure happened before startup finished, and the G1 pauses are 17-42 ms. Sales "
                       "and reconciliation (0 errors) are normal.",
            summary="Clean rollout of ticket-sales-api 5.21.0; no roll back needed.",
            action="None needed; optionally remove the unrecognized config key and the explicit dialect setting.")
    )


@builder("lottery-nats-rolling")
def l_nats_rolling(rng):
    ns = "results"
    w = Win(rng, start_ms(rng, 19, 5, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    L_n0 = PL(ns, "nats-0", "nats", LO_NODES[0])
    L_n2 = PL(ns, "nats-2", "nats", LO_NODES[2])
    p_rp = pod(rng, "results-publisher")
    L_rp = PL(ns, p_rp, "results-publisher", LO_NODES[5])
    wid = "1@%s@" % p_rp
    wf = "publish-draw-@DRAW@"
    run = uuid4(rng)
    w.add(L_n2, "[1] @NATS@ [INF] Entering lame duck mode, stop accepting new clients")
    w.add(L_n2, "[1] @NATS@ [INF] Initiating JetStream Shutdown...", gap=(2000, 5000))
    w.add(L_n0, "[1] @NATS@ [INF] JetStream cluster new stream leader for 'RESULTS > draws'", gap=(100, 600))
    w.add(L_n2, "[1] @NATS@ [INF] JetStream Shutdown", gap=(100, 600))
    w.add(L_n2, "[1] @NATS@ [INF] Server Exiting..", gap=(100, 600))
    w.add(L_n0, "[1] @NATS@ [INF] %s:6222 - rid:41 - Router connection closed: Client Closed" % ip(rng, "10.44"),
          gap=(1, 50))
    w.add(L_rp, temporal_sdk("WARN", "Activity error.", Namespace="results", TaskQueue="publish", WorkerID=wid,
                             WorkflowID=wf, RunID=run, ActivityType="PublishToNats", Attempt=1,
                             Error="nats: no responders available for request"), gap=(500, 2000))
    w.add(L_n2, "[1] @NATS@ [INF] Starting nats-server", gap=(8000, 15000))
    w.add(L_n2, "[1] @NATS@ [INF]   Version:  2.10.14", gap=(1, 5))
    w.add(L_n2, "[1] @NATS@ [INF] Starting JetStream", gap=(5, 50))
    w.add(L_n2, "[1] @NATS@ [WRN] JetStream has not established contact with a meta leader", gap=(200, 900))
    w.add(L_n2, "[1] @NATS@ [INF] Server is ready", gap=(100, 400))
    w.add(L_n2, "[1] @NATS@ [INF] JetStream cluster new metadata leader: nats-0/results", gap=(100, 900))
    w.add(L_rp, zap("info", "activities/publish.go:64", "draw results published to nats", draw="@DRAW@",
                    subject="results.draws.@DRAW@", seq=18842, attempt=2), gap=(500, 2000))
    w.add(L_rp, zap("info", "activities/cdn.go:41", "cdn purge done", draw="@DRAW@", paths=14, ms=212),
          gap=(200, 900))
    w.add(L_rp, temporal_sdk("INFO", "Workflow completed.", Namespace="results", TaskQueue="publish",
                             WorkerID=wid, WorkflowID=wf, RunID=run), gap=(100, 600))
    w.add(L_n0, "[1] @NATS@ [INF] JetStream cluster new consumer leader for 'RESULTS > draws > results-web'",
          gap=(2000, 8000))
    return dict(
        theme="lottery", platform="k8s",
        question="NATS said 'lame duck mode' and Temporal logged an activity error during tonight's results "
                 "publication. Was publication delayed?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: nats-2 was restarted in a rolling upgrade (lame duck, shutdown, rejoin); one "
                       "publish activity attempt found no responders and Temporal's retry succeeded on attempt 2.",
            summary="Results for the draw were published to NATS and the CDN within seconds; NATS cluster healthy.",
            action="None needed.")
    )


@builder("lottery-haproxy-maintenance")
def l_haproxy_maint(rng):
    h = "lot-lb-01"
    w = Win(rng, start_ms(rng, 14, 0))
    HP = HS(h, "haproxy", "local0")
    SD = HJ(h, "init.scope")
    KA = HJ(h, "keepalived.service")
    SU = HS(h, "sudo", "authpriv")

    worker = [48812]

    def acc(srv):
        tr = rng.randint(8, 40)
        w.add(HP, sys3164(134, h, "haproxy[%d]" % worker[0],
                          '%s:%d [@HAPX@] fe_terminals~ be_terminals/%s 0/0/1/%d/%d 200 318 - - ---- %d/%d/%d/%d/0 '
                          '0/0 "POST /api/v2/tickets HTTP/1.1"'
                          % (ip(rng, "100.70"), rng.randint(30000, 65000), srv, tr, tr + rng.randint(1, 4),
                             rng.randint(8000, 9000), rng.randint(8000, 9000), rng.randint(2600, 3100),
                             rng.randint(2600, 3100))), gap=(300, 4000))

    acc("term-gw-2")
    w.add(SU, sys3164(85, h, "sudo", "  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/socat "
                                     "stdio /run/haproxy/admin.sock"), gap=(5000, 20000))
    w.add(HP, sys3164(132, h, "haproxy[48812]", "Server be_terminals/term-gw-2 is going DOWN for maintenance. 2 active "
                                                "and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining "
                                                "in queue."), gap=(200, 900))
    acc("term-gw-1")
    acc("term-gw-3")
    w.add(SD, "Reloading haproxy.service - HAProxy Load Balancer...", gap=(60000, 200000))
    w.add(HP, sys3164(133, h, "haproxy[1123]", "[NOTICE]   (1123) : Reloading HAProxy"), gap=(5, 50))
    w.add(HP, sys3164(133, h, "haproxy[1123]", "[NOTICE]   (1123) : New worker (49207) forked"), gap=(50, 300))
    worker[0] = 49207
    w.add(HP, sys3164(133, h, "haproxy[1123]", "[NOTICE]   (1123) : Loading success."), gap=(5, 50))
    w.add(SD, "Reloaded haproxy.service - HAProxy Load Balancer.", gap=(1, 20))
    w.add(HP, sys3164(132, h, "haproxy[1123]", "[WARNING]  (1123) : Former worker (48812) exited with code 0 (Exit)"),
          gap=(2000, 9000))
    w.add(KA, "VRRP_Script(chk_haproxy) succeeded", gap=(500, 2000))
    acc("term-gw-1")
    w.add(SU, sys3164(85, h, "sudo", "  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/socat "
                                     "stdio /run/haproxy/admin.sock"), gap=(200000, 600000))
    w.add(HP, sys3164(133, h, "haproxy[49207]", "Server be_terminals/term-gw-2 is UP/READY (leaving forced "
                                                "maintenance)."), gap=(200, 900))
    acc("term-gw-2")
    acc("term-gw-3")
    return dict(
        theme="lottery", platform="host",
        question="Terminal gateway 2 was marked DOWN on the load balancer this afternoon. Did sales terminals lose "
                 "tickets?",
        selector=None, win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: term-gw-2 was put into maintenance by an operator through the HAProxy admin "
                       "socket (0 sessions active, nothing requeued), HAProxy was reloaded cleanly, and the server "
                       "came back UP/READY; tickets kept flowing via the other gateways.",
            summary="Planned maintenance of term-gw-2 and a clean HAProxy reload on lot-lb-01.",
            action="None needed.")
    )


@builder("lottery-rg-refusals")
def l_rg_refusals(rng):
    ns = "rg"
    w = Win(rng, start_ms(rng, 17, 30))
    p_rg = pod(rng, "rg-limits")
    p_ts = pod(rng, "ticket-sales-api")
    L_rg = PL(ns, p_rg, "rg-limits", LO_NODES[2])
    L_ts = PL("sales", p_ts, "ticket-sales-api", LO_NODES[1])
    L_s0 = PL(ns, "rg-redis-0", "sentinel", LO_NODES[0], app="rg-redis")
    L_r2 = PL(ns, "rg-redis-2", "redis", LO_NODES[3], app="rg-redis")
    E = EV(ns)
    r2_ip, m_ip = ip(rng, "10.44"), ip(rng, "10.44")
    w.add(L_rg, logback("WARN", "DefaultDispatcher-worker-3", "n.l.rg.LimitService",
                        "deposit limit reached for player P-0018821: requested 20.00 EUR, remaining 0.00 EUR "
                        "(weekly limit 50.00 EUR)"))
    w.add(L_rg, ktor_call(409, "Conflict", "POST", "/v1/limits/check", 6), gap=(1, 5))
    w.add(L_ts, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-14",
                        "purchase refused for player P-0018821 at terminal TRM-04412: RG_LIMIT_REACHED"), gap=(2, 20))
    w.add(E, kev("Node", "lot-wk-04", "Normal", "NodeNotSchedulable", "kubelet/lot-wk-04",
                 "Node lot-wk-04 status is now: NodeNotSchedulable"), gap=(3000, 20000))
    w.add(E, kev("Pod", "rg-redis-2", "Normal", "Killing", "kubelet/lot-wk-04", "Stopping container redis"),
          gap=(2000, 6000))
    w.add(L_s0, "1:X @REDIS@ # +sdown slave %s:6379 %s 6379 @ rg %s 6379" % (r2_ip, r2_ip, m_ip), gap=(5000, 6000))
    w.add(L_rg, logback("WARN", "DefaultDispatcher-worker-5", "n.l.rg.LimitService",
                        "self-exclusion active for player P-0230114 until 2026-09-01, purchase refused"),
          gap=(1000, 5000))
    w.add(L_rg, ktor_call(403, "Forbidden", "POST", "/v1/limits/check", 4), gap=(1, 5))
    w.add(L_ts, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-22",
                        "purchase refused for player P-0230114 at terminal TRM-01187: RG_SELF_EXCLUDED"), gap=(2, 20))
    w.add(L_rg, ktor_call(200, "OK", "POST", "/v1/limits/check", 5), gap=(300, 2000))
    w.add(L_ts, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-9",
                        "ticket T-%09d sold: game=EUROJACKPOT draws=1 amount=2.00 EUR terminal=TRM-08810"
                        % rng.randint(0, 10**9)), gap=(2, 30))
    w.add(E, kev("Pod", "rg-redis-2", "Normal", "Scheduled", "default-scheduler",
                 "Successfully assigned rg/rg-redis-2 to lot-wk-05"), gap=(5000, 15000))
    w.add(L_r2, "1:S @REDIS@ * MASTER <-> REPLICA sync: Finished with success", gap=(8000, 15000))
    w.add(L_s0, "1:X @REDIS@ # -sdown slave %s:6379 %s 6379 @ rg %s 6379" % (r2_ip, r2_ip, m_ip), gap=(500, 2000))
    w.add(L_rg, logback("WARN", "DefaultDispatcher-worker-1", "n.l.rg.LimitService",
                        "session time limit reached for player P-1120087 (120 min), purchase refused"),
          gap=(1000, 5000))
    w.add(L_rg, ktor_call(409, "Conflict", "POST", "/v1/limits/check", 5), gap=(1, 5))
    w.add(E, kev("Node", "lot-wk-04", "Normal", "NodeSchedulable", "kubelet/lot-wk-04",
                 "Node lot-wk-04 status is now: NodeSchedulable"), gap=(60000, 200000))
    w.add(L_rg, ktor_call(200, "OK", "POST", "/v1/limits/check", 4), gap=(300, 2000))
    return dict(
        theme="lottery", platform="k8s",
        question="Players are being refused at the terminals with 403/409 and Redis reported a node down. Is "
                 "responsible gaming broken?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="INFO", root_cause_category="none",
            root_cause="No incident: the refusals are rg-limits enforcing deposit, self-exclusion and session "
                       "limits as designed, and the Redis replica went down and came back because its node was "
                       "cordoned and drained for planned maintenance.",
            summary="Responsible-gaming checks work; other purchases succeed; rg-redis replica resynced.",
            action="None needed.")
    )


@builder("lottery-terminal-pool-trend")
def l_pool_trend(rng):
    ns = "sales"
    w = Win(rng, start_ms(rng, 16, 20, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    p_tg = pod(rng, "terminal-gateway")
    L_tg = PL(ns, p_tg, "terminal-gateway", LO_NODES[3])
    p_ts = pod(rng, "ticket-sales-api")
    L_ts = PL(ns, p_ts, "ticket-sales-api", LO_NODES[1])
    stats = ((30, 21, 9, 0), (30, 26, 4, 2), (30, 29, 1, 7), (30, 30, 0, 11), (30, 30, 0, 14))
    acq = (4, 120, 610, 1330, 1840)
    for i, (tot, act, idle, wait) in enumerate(stats):
        w.add(L_tg, logback("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                            "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (tot, act, idle, wait)),
              gap=(25000, 35000), ev=(i >= 2))
        for _ in range(2):
            ms = acq[i] + rng.randint(20, 60)
            w.add(L_tg, ktor_call(201, "Created", "POST", "/api/v2/tickets", ms), gap=(200, 3000))
        if i == 1:
            w.add(L_ts, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-4",
                                "ticket T-%09d sold: game=LOTTO draws=1 amount=3.00 EUR terminal=TRM-%05d"
                                % (rng.randint(0, 10**9), rng.randint(1, 12000))), gap=(100, 900))
        if i >= 3:
            w.add(L_tg, logback("WARN", "DefaultDispatcher-worker-%d" % rng.randint(1, 8), "n.l.tg.DbHealth",
                                "connection pool saturated for %ds (active=30/30, waiting=%d), p99 acquire %d ms"
                                % (30 * (i - 2), wait, acq[i])), gap=(100, 900), ev=True)
    w.add(L_tg, logback("INFO", "DefaultDispatcher-worker-2", "n.l.tg.TerminalRegistry",
                        "terminals online: 9712, sales last minute: 8841 (peak yesterday 9630)"), gap=(1000, 5000))
    return dict(
        theme="lottery", platform="k8s",
        question="Terminal sales feel slower tonight before the draw. Is anything wrong?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="WARN", root_cause_category="resource_exhausted", component="terminal-gateway",
            root_cause="terminal-gateway's HikariCP pool (max 30) is saturated during the pre-draw sales peak: all "
                       "30 connections active with a growing wait queue, so connection acquisition now takes up to "
                       "~1.8 s per sale.",
            summary="Ticket sales still succeed (201) but latency rises steadily toward the acquisition timeout as "
                    "the peak builds.",
            action="Raise terminal-gateway's pool size (within the database's connection budget) or add replicas "
                   "before sales close, and check for slow queries holding connections.")
    )


@builder("lottery-results-web-probe")
def l_results_probe(rng):
    ns = "results"
    w = Win(rng, start_ms(rng, 19, 40, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    rs = rs_hash(rng)
    pa, pb, pc = pod(rng, "results-web", rs), pod(rng, "results-web", rs), pod(rng, "results-web", rs)
    node_c = LO_NODES[6]
    ip_a, ip_b, ip_c = ip(rng, "10.44"), ip(rng, "10.44"), ip(rng, "10.44")
    L_c = PL(ns, pc, "results-web", node_c)
    L_a = PL(ns, pa, "results-web", LO_NODES[2])
    ing = pod(rng, "ingress-nginx-controller")
    L_ing = PL("ingress-nginx", ing, "controller", LO_NODES[0], app="ingress-nginx")
    E = EV(ns)

    def web(up_ip, path="/uitslagen/lotto"):
        w.add(L_ing, ngx(rng, ip(rng, "84.241"), "GET", path, 200, rng.randint(18000, 24000),
                         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "results-results-web-3000",
                         "%s:3000" % up_ip, rng.randint(20, 90) / 1000.0), gap=(200, 2500))

    def probe_fail(count):
        w.add(E, kev("Pod", pc, "Warning", "Unhealthy", "kubelet/" + node_c,
                     'Readiness probe failed: Get "http://%s:3000/healthz": context deadline exceeded '
                     '(Client.Timeout exceeded while awaiting headers)' % ip_c, count=count), gap=(2000, 9000), ev=True)

    def slow_health():
        w.add(L_c, pino(30, pc, "request completed", req={"method": "GET", "url": "/healthz"},
                        res={"statusCode": 200}, responseTime=rng.randint(1080, 1320),
                        checks={"clickhouse": "ok", "nats": "ok", "redis": "ok"}), gap=(1, 400), ev=True)

    web(ip_a)
    web(ip_b)
    probe_fail(3)
    slow_health()
    web(ip_c)
    web(ip_a)
    probe_fail(4)
    slow_health()
    web(ip_b)
    w.add(L_a, pino(30, pa, "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200},
                    responseTime=rng.randint(610, 880), checks={"clickhouse": "ok", "nats": "ok", "redis": "ok"}),
          gap=(500, 3000))
    web(ip_a, "/uitslagen/eurojackpot")
    web(ip_b)
    probe_fail(5)
    web(ip_a)
    web(ip_b, "/api/results/latest")
    slow_health()
    web(ip_a)
    return dict(
        theme="lottery", platform="k8s",
        question="One results-web pod keeps dropping out of the service during the draw-night peak. Do we need to "
                 "worry?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": "results-web"},
        win=w,
        expected=dict(
            severity="WARN", root_cause_category="probe_failure", component="results-web",
            root_cause="results-web's /healthz runs a deep dependency check that takes 0.6-1.3 s under draw-night "
                       "load, longer than the readiness probe's 1 s timeout, so one replica keeps failing readiness "
                       "and is pulled from the endpoints although the process serves fine.",
            summary="Two replicas carry the results traffic with 200s; capacity is reduced, no user errors.",
            action="Point the readiness probe at a lightweight endpoint (or raise timeoutSeconds) and keep the deep "
                   "dependency check out of the probe path.")
    )


@builder("lottery-regulator-cert-expiry")
def l_reg_cert(rng):
    ns = "draw"
    w = Win(rng, start_ms(rng, 20, 10, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    p_rr = pod(rng, "regulator-reporter")
    p_de = pod(rng, "draw-engine")
    L_rr = PL(ns, p_rr, "regulator-reporter", LO_NODES[4])
    L_rx = PL(ns, p_rr, "istio-proxy", LO_NODES[4], app="regulator-reporter")
    L_de = PL(ns, p_de, "draw-engine", LO_NODES[5])
    L_va = PL(ns, p_de, "vault-agent", LO_NODES[5], app="draw-engine")
    exp_day = (w.t // 86400000 + 5) * 86400000
    exp_s = fmt_time("ISOS", exp_day)
    w.add(L_va, '@ISO@ [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/hsm.properties"')
    w.add(L_de, quarkus("INFO", "n.l.d.DrawService", "executor-thread-2",
                        "draw @DRAW@ started: game LOTTO, 45 balls, HSM slot draw-rng-1"), gap=(3000, 9000))
    w.add(L_de, quarkus("INFO", "n.l.d.DrawService", "executor-thread-2",
                        "draw @DRAW@ sealed: 6 numbers + bonus, RNG attestation ok, signature verified"),
          gap=(20000, 40000))
    w.add(L_rr, pylog("WARNING", "regulator_reporter.tls",
                      "client certificate CN=draw-reporter.loterij.example (serial 4F:1A:92:0C) expires in 5 days "
                      "(%s); issued by regulator PKI, renew via the regulator portal" % exp_s), gap=(1000, 5000), ev=True)
    w.add(L_rx, envoy(rng, "POST", "/v2/draw-reports", 202, "-", "via_upstream", 4812, 96, 412,
                      "api.kansspel-regulator.example", "%s:443" % ip(rng, "185.3"),
                      "outbound|443||api.kansspel-regulator.example", ua="python-httpx/0.27.0", ust=410),
          gap=(200, 900))
    w.add(L_rr, pylog("WARNING", "regulator_reporter.submit",
                      'regulator response header Warning: 299 - "client certificate expires within 7 days"'),
          gap=(1, 20), ev=True)
    w.add(L_rr, pylog("INFO", "regulator_reporter.submit",
                      "draw @DRAW@ report submitted: 202 Accepted (receipt KSA-%d)" % rng.randint(10**7, 10**8)),
          gap=(1, 20))
    w.add(L_va, '@ISO@ [INFO]  agent.auth.handler: renewed auth token', gap=(20000, 60000))
    w.add(L_de, quarkus("INFO", "n.l.d.AuditTrail", "executor-thread-5",
                        "audit bundle for draw @DRAW@ archived (sha256 %s)" % hexs(rng, 16)), gap=(3000, 9000))
    w.add(L_de, quarkus("INFO", "n.l.d.DrawService", "executor-thread-2",
                        "draw @DRAW@ started: game EXTRA, 10 digits, HSM slot draw-rng-1"), gap=(20000, 60000))
    w.add(L_de, quarkus("INFO", "n.l.d.DrawService", "executor-thread-2",
                        "draw @DRAW@-EXTRA sealed: RNG attestation ok, signature verified"), gap=(20000, 40000))
    w.add(L_rx, envoy(rng, "POST", "/v2/draw-reports", 202, "-", "via_upstream", 3120, 96, 388,
                      "api.kansspel-regulator.example", "%s:443" % ip(rng, "185.3"),
                      "outbound|443||api.kansspel-regulator.example", ua="python-httpx/0.27.0", ust=386),
          gap=(2000, 5000))
    w.add(L_rr, pylog("INFO", "regulator_reporter.submit",
                      "draw @DRAW@-EXTRA report submitted: 202 Accepted (receipt KSA-%d)" % rng.randint(10**7, 10**8)),
          gap=(1, 20))
    w.add(L_va, '@ISO@ [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/hsm.properties"',
          gap=(30000, 90000))
    w.add(L_de, quarkus("INFO", "n.l.d.AuditTrail", "executor-thread-5",
                        "audit bundle for draw @DRAW@-EXTRA archived (sha256 %s)" % hexs(rng, 16)),
          gap=(3000, 9000))
    return dict(
        theme="lottery", platform="k8s",
        question="Tonight's draws went fine, but is there anything in the draw namespace we should act on?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="WARN", root_cause_category="tls_certificate", component="regulator-reporter",
            root_cause="The mutual-TLS client certificate regulator-reporter uses for the regulator's API expires in "
                       "5 days; it is issued by the regulator's PKI and is not renewed automatically.",
            summary="Draw reports are still accepted (202), but reporting to the regulator will fail once the "
                    "certificate expires.",
            action="Request a new client certificate from the regulator portal and install it in "
                   "regulator-reporter's TLS secret before it expires; add expiry monitoring.")
    )


@builder("lottery-sales-pg-clients")
def l_too_many(rng):
    ns = "sales"
    w = Win(rng, start_ms(rng, 16, 50, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    L_pg = PL(ns, "sales-pg-0", "postgres", LO_NODES[2], app="sales-pg")
    rs = rs_hash(rng)
    p_new = pod(rng, "ticket-sales-api", rs)
    p_old = pod(rng, "ticket-sales-api", rs)
    L_new = PL(ns, p_new, "ticket-sales-api", LO_NODES[6])
    L_old = PL(ns, p_old, "ticket-sales-api", LO_NODES[1])
    p_tg = pod(rng, "terminal-gateway")
    L_tg = PL(ns, p_tg, "terminal-gateway", LO_NODES[3])
    E = EV(ns)

    def tg_fail():
        w.add(L_tg, logback("WARN", "DefaultDispatcher-worker-%d" % rng.randint(1, 8), "n.l.tg.SalesClient",
                            "ticket purchase failed for terminal TRM-%05d: 500 Internal Server Error from "
                            "ticket-sales-api" % rng.randint(1, 12000)), gap=(100, 1500))

    def tg_ok():
        w.add(L_tg, ktor_call(201, "Created", "POST", "/api/v2/tickets", rng.randint(30, 90)), gap=(100, 1500))

    def pg_fatal(msg):
        w.add(L_pg, pg(rng.randint(40000, 60000), "FATAL", msg), gap=(100, 1500), ev=True)

    w.add(E, kev("HorizontalPodAutoscaler", "ticket-sales-api", "Normal", "SuccessfulRescale",
                 "horizontal-pod-autoscaler",
                 "New size: 12; reason: cpu resource utilization (percentage of request) above target"), ev=True)
    w.add(E, kev("Pod", p_new, "Normal", "Started", "kubelet/" + LO_NODES[6], "Started container ticket-sales-api"),
          gap=(5000, 9000))
    tg_ok()
    pg_fatal("sorry, too many clients already")
    w.add(L_new, quarkus("WARN", "io.agroal.pool", "agroal-11",
                         "Datasource '<default>': FATAL: sorry, too many clients already"), gap=(1, 20))
    w.add(L_new, quarkus("ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", "executor-thread-5",
                         "HTTP Request to /api/v1/tickets failed, error id: %s-1: "
                         "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection "
                         "[FATAL: sorry, too many clients already] [n/a]" % uuid4(rng)), gap=(1, 30))
    tg_fail()
    tg_ok()
    pg_fatal("remaining connection slots are reserved for non-replication superuser connections")
    w.add(L_new, quarkus("WARN", "io.agroal.pool", "agroal-11",
                         "Datasource '<default>': FATAL: remaining connection slots are reserved for non-replication "
                         "superuser connections"), gap=(1, 20))
    tg_fail()
    w.add(L_old, quarkus("INFO", "n.l.s.TicketResource", "executor-thread-31",
                         "ticket T-%09d sold: game=LOTTO draws=1 amount=3.00 EUR terminal=TRM-%05d"
                         % (rng.randint(0, 10**9), rng.randint(1, 12000))), gap=(100, 900))
    tg_ok()
    tg_fail()
    tg_ok()
    pg_fatal("sorry, too many clients already")
    w.add(L_new, quarkus("ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", "executor-thread-9",
                         "HTTP Request to /api/v1/tickets failed, error id: %s-2: "
                         "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection "
                         "[FATAL: sorry, too many clients already] [n/a]" % uuid4(rng)), gap=(1, 30))
    tg_fail()
    tg_ok()
    w.add(L_tg, logback("WARN", "DefaultDispatcher-worker-3", "n.l.tg.SalesStats",
                        "ticket purchase error rate 23% over last 60s (1841 of 8012)"), gap=(2000, 6000))
    tg_fail()
    tg_ok()
    return dict(
        theme="lottery", platform="k8s",
        question="About a quarter of ticket purchases fail with 500 just before the draw. Is ticket-sales-api "
                 "broken?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w, owners=["postgres"],
        expected=dict(
            severity="ERROR", root_cause_category="database", component="sales-pg",
            root_cause="The sales-pg PostgreSQL server has run out of connection slots: the HPA scaled "
                       "ticket-sales-api to 12 pods whose pools together exceed max_connections, so new "
                       "connections are refused with 'sorry, too many clients already'.",
            summary="Requests landing on pods that cannot get a connection fail with 500; about a quarter of "
                    "terminal purchases fail, the rest succeed.",
            action="Put a connection pooler (PgBouncer) in front of sales-pg or raise max_connections, and cap "
                   "pool size x maxReplicas of ticket-sales-api below the server's limit.")
    )


@builder("lottery-push-quota")
def l_push_quota(rng):
    ns = "results"
    w = Win(rng, start_ms(rng, 19, 15, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    p_rp = pod(rng, "results-publisher")
    L_rp = PL(ns, p_rp, "results-publisher", LO_NODES[5])
    p_rw = pod(rng, "results-web")
    L_rw = PL(ns, p_rw, "results-web", LO_NODES[2])
    wid = "1@%s@" % p_rp
    wf = "push-draw-@DRAW@"
    run = uuid4(rng)
    quota = ("googleapi: Error 429: Quota exceeded for quota metric 'Send requests' and limit 'Send requests per "
             "minute' of service 'fcm.googleapis.com' for consumer 'project_number:418221137705'., rateLimitExceeded")
    w.add(L_rp, zap("info", "activities/publish.go:64", "draw results published", draw="@DRAW@",
                    channels=["web", "nats", "cdn"]))
    w.add(L_rp, zap("info", "push/fanout.go:52", "push fan-out started", draw="@DRAW@", devices=1843211,
                    batch=500, workers=64), gap=(500, 2000), ev=True)
    w.add(L_rw, pino(30, p_rw, "request completed", req={"method": "GET", "url": "/uitslagen/lotto"},
                     res={"statusCode": 200}, responseTime=31), gap=(500, 3000))
    for i in range(3):
        w.add(L_rp, zap("error", "push/fcm.go:88", "fcm send failed", batch=1100 + i * 37, status=429,
                        attempt=3, error=quota), gap=(20000, 60000), ev=(i == 0))
        w.add(L_rp, zap("warn", "push/fanout.go:97", "push batch dropped after 3 attempts", batch=1100 + i * 37,
                        devices=500), gap=(1, 20))
        w.add(L_rp, temporal_sdk("WARN", "Activity error.", Namespace="results", TaskQueue="push", WorkerID=wid,
                                 WorkflowID=wf, RunID=run, ActivityType="SendPushBatch", Attempt=3,
                                 Error="fcm: 429 rateLimitExceeded"), gap=(1, 50))
        w.add(L_rw, pino(30, p_rw, "request completed", req={"method": "GET", "url": "/api/results/latest"},
                         res={"statusCode": 200}, responseTime=rng.randint(8, 40)), gap=(500, 3000))
    w.add(L_rp, zap("info", "push/fanout.go:71", "push fan-out progress", sent=1001500, failed=402000,
                    rate_per_s=11800), gap=(10000, 30000), ev=True)
    w.add(L_rp, zap("error", "push/fanout.go:120", "push fan-out finished with failures", draw="@DRAW@",
                    sent=1121400, failed=721811, duration="3m41s"), gap=(60000, 120000), ev=True)
    w.add(L_rp, temporal_sdk("INFO", "Workflow completed.", Namespace="results", TaskQueue="push", WorkerID=wid,
                             WorkflowID=wf, RunID=run), gap=(100, 600))
    w.add(L_rw, pino(30, p_rw, "request completed", req={"method": "GET", "url": "/uitslagen/lotto"},
                     res={"statusCode": 200}, responseTime=28), gap=(500, 3000))
    return dict(
        theme="lottery", platform="k8s",
        question="Lots of app users say they never got the draw-result notification tonight. The website shows the "
                 "results, so what happened?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="ERROR", root_cause_category="rate_limited", component="results-publisher",
            root_cause="results-publisher fans out 1.8M push messages with 64 workers at ~12k/s, above the FCM "
                       "project's per-minute send quota; FCM answers 429 rateLimitExceeded and batches are dropped "
                       "after 3 quick retries.",
            summary="About 39% of draw-result push notifications (721,811 devices) were not delivered; the website "
                    "and API are unaffected.",
            action="Throttle results-publisher's fan-out to the FCM quota and honor Retry-After with longer backoff "
                   "(or request a higher quota); re-send to the failed devices.")
    )


@builder("lottery-lb-fd-limit")
def l_fd_limit(rng):
    h = "lot-lb-02"
    w = Win(rng, start_ms(rng, 18, 0))

    def hp(pri, msg, pid=2311, ev=False, gap=(300, 4000)):
        w.add(HS(h, "haproxy", "local0"), sys5424(pri, h, "haproxy", pid, "-", msg), gap=gap, ev=ev)

    def acc(code=200):
        tr = rng.randint(8, 40)
        hp(134, '%s:%d [@HAPX@] fe_terminals~ be_terminals/term-gw-%d 0/0/1/%d/%d %d 318 - - ---- 4093/4091/%d/%d/0 '
                '0/0 "POST /api/v2/tickets HTTP/1.1"'
           % (ip(rng, "100.70"), rng.randint(30000, 65000), rng.randint(1, 3), tr, tr + rng.randint(1, 4),
              code, rng.randint(1300, 1400), rng.randint(1300, 1400)))

    w.add(HJ(h, "init.scope"), "Starting haproxy.service - HAProxy Load Balancer...")
    hp(132, "[WARNING]  (2311) : [haproxy.main()] Cannot raise FD limit to 200034, limit is 4096.", ev=True)
    hp(132, "[WARNING]  (2311) : [haproxy.main()] FD limit (4096) too low for maxconn=100000/maxsock=200034. "
            "Please raise 'ulimit-n' to 200034 or more to avoid any trouble.", ev=True, gap=(1, 5))
    w.add(HJ(h, "init.scope"), "Started haproxy.service - HAProxy Load Balancer.", gap=(50, 300))
    acc()
    acc()
    hp(129, "Proxy fe_terminals reached process FD limit (maxsock=4096). Please check 'ulimit-n' and restart.",
       ev=True)
    w.add(HK(h), "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.",
          gap=(500, 3000))
    acc()
    w.add(HJ("term-gw-1", "term-gw.service"), "WARN terminals connected: 1388 (expected ~3300 at this hour)",
          gap=(5000, 20000))
    acc()
    hp(129, "Proxy fe_terminals reached process FD limit (maxsock=4096). Please check 'ulimit-n' and restart.",
       ev=True)
    acc()
    w.add(HJ("term-gw-2", "term-gw.service"), "WARN terminals connected: 1341 (expected ~3300 at this hour)",
          gap=(500, 3000))
    acc()
    w.add(HJ("term-gw-1", "term-gw.service"), "INFO sales last minute: 5120 (same minute last week 8790)",
          gap=(5000, 20000))
    hp(129, "Proxy fe_terminals reached process FD limit (maxsock=4096). Please check 'ulimit-n' and restart.")
    acc()
    return dict(
        theme="lottery", platform="host",
        question="Around 40% of the sales terminals can't connect this evening. Are the terminal gateways down?",
        selector=None, win=w,
        expected=dict(
            severity="ERROR", root_cause_category="resource_exhausted", component="haproxy",
            root_cause="HAProxy on lot-lb-02 started with a 4096 file-descriptor limit instead of the ~200k its "
                       "maxconn needs, so once ~4k terminal connections are open it stops accepting new ones "
                       "('reached process FD limit').",
            summary="Connected terminals are served normally, but new terminal connections are not accepted and "
                    "sales are ~40% below normal. The terminal gateways are healthy.",
            action="Raise LimitNOFILE for haproxy.service on lot-lb-02 (systemd drop-in) to at least 200034 and "
                   "restart HAProxy.")
    )


@builder("lottery-draw-engine-config")
def l_draw_cfg(rng):
    ns = "draw"
    w = Win(rng, start_ms(rng, 17, 20, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    node = LO_NODES[5]
    rs = rs_hash(rng)
    p_de = pod(rng, "draw-engine", rs)
    L_de = PL(ns, p_de, "draw-engine", node)
    L_vi = PL(ns, p_de, "vault-agent-init", node, app="draw-engine")
    p_do = pod(rng, "draw-orchestrator")
    L_do = PL(ns, p_do, "draw-orchestrator", LO_NODES[1])
    E = EV(ns)
    uid = uuid4(rng)
    wid = "1@%s@" % p_do
    run = uuid4(rng)

    def boot(first):
        w.add(L_de, quarkus("ERROR", "io.quarkus.runtime.Application", "main",
                            "Failed to start application: java.lang.RuntimeException: Failed to start quarkus"),
              gap=(2000, 4000), ev=first)
        w.add(L_de, "Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:",
              gap=(1, 3), ev=first)
        w.add(L_de, "\tjava.util.NoSuchElementException: SRCFG00014: The config property draw.hsm.slot-label is "
                    "required but it could not be found in any config source", gap=(1, 3), ev=True)

    def orch_fail(attempt):
        w.add(L_do, temporal_sdk("WARN", "Activity error.", Namespace="draw", TaskQueue="draw", WorkerID=wid,
                                 WorkflowID="draw-@DRAW@", RunID=run, ActivityType="StartDraw", Attempt=attempt,
                                 Error='rpc error: code = Unavailable desc = connection error: desc = "transport: '
                                       'Error while dialing: dial tcp %s:9000: connect: connection refused"'
                                       % ip(rng, "10.44")), gap=(1000, 8000))

    w.add(E, kev("Deployment", "draw-engine", "Normal", "ScalingReplicaSet", "deployment-controller",
                 "Scaled up replica set draw-engine-%s to 1" % rs))
    w.add(L_vi, '@ISO@ [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/hsm.properties"',
          gap=(2000, 5000))
    w.add(L_vi, "@ISO@ [INFO]  agent: (runner) stopping", gap=(10, 100))
    w.add(E, kev("Pod", p_de, "Normal", "Started", "kubelet/" + node, "Started container draw-engine"),
          gap=(500, 2000))
    boot(True)
    w.add(E, kev("Pod", p_de, "Warning", "BackOff", "kubelet/" + node,
                 "Back-off restarting failed container draw-engine in pod %s_%s(%s)" % (p_de, ns, uid), count=4),
          gap=(1000, 3000))
    orch_fail(3)
    w.add(NJ(node, "kubelet.service"), klog("E", 1987, "pod_workers.go:1298",
                                             '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                             '\\"draw-engine\\" with CrashLoopBackOff: \\"back-off 1m20s restarting '
                                             'failed container=draw-engine pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
                                             % (p_de, ns, uid, ns, p_de, uid)), gap=(1000, 5000))
    orch_fail(4)
    w.add(L_do, zap("error", "workflows/draw.go:141", "draw cannot start", draw="@DRAW@",
                    reason="draw-engine unavailable"), gap=(100, 900))
    w.add(E, kev("Pod", p_de, "Normal", "Started", "kubelet/" + node, "Started container draw-engine", count=5),
          gap=(60000, 80000))
    boot(False)
    orch_fail(5)
    w.add(E, kev("Pod", p_de, "Warning", "BackOff", "kubelet/" + node,
                 "Back-off restarting failed container draw-engine in pod %s_%s(%s)" % (p_de, ns, uid), count=9),
          gap=(1000, 3000))
    w.add(L_do, lambda t: zap("error", "workflows/draw.go:150", "draw start deadline approaching", draw="@DRAW@",
                              minutes_left=(draw_time_ms(t) - t) // 60000), gap=(5000, 20000))
    orch_fail(6)
    return dict(
        theme="lottery", platform="k8s",
        question="The Saturday draw can't start and the orchestrator says draw-engine is unavailable. What's wrong?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="config_error", component="draw-engine",
            root_cause="The new draw-engine release requires the config property draw.hsm.slot-label, which is not "
                       "set in any config source (the rendered hsm.properties / env lack it), so Quarkus fails "
                       "config validation at startup and the pod crash-loops.",
            summary="draw-engine is in CrashLoopBackOff and the Saturday draw cannot start; minutes left before "
                    "the scheduled time.",
            action="Add draw.hsm.slot-label (e.g. to the Vault template or env) or roll back draw-engine to the "
                   "previous release, then confirm it becomes ready before the draw.")
    )


@builder("lottery-results-ch-multiattach")
def l_multiattach(rng):
    ns = "results"
    w = Win(rng, start_ms(rng, 19, 50, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    old_node, new_node = LO_NODES[2], LO_NODES[4]
    pvc = "pvc-%s" % uuid4(rng)
    p_rp = pod(rng, "results-publisher")
    p_rw = pod(rng, "results-web")
    L_rp = PL(ns, p_rp, "results-publisher", LO_NODES[5])
    L_rw = PL(ns, p_rw, "results-web", LO_NODES[1])
    ing = pod(rng, "ingress-nginx-controller")
    L_ing = PL("ingress-nginx", ing, "controller", LO_NODES[0], app="ingress-nginx")
    E = EV(ns)
    ch_ip = "10.96.%d.%d" % (rng.randint(0, 255), rng.randint(2, 250))
    rw_up = "%s:3000" % ip(rng, "10.44")

    first_fail = []

    def rp_fail():
        w.add(L_rp, zap("error", "store/clickhouse.go:77", "store draw results failed", draw="@DRAW@",
                        error="dial tcp %s:9000: connect: connection refused" % ch_ip), gap=(2000, 9000))
        if not first_fail:
            first_fail.append(w.t)

    def rw_fail():
        w.add(L_rw, pino(50, p_rw, "results query failed",
                         err={"type": "Error", "message": "connect ECONNREFUSED %s:8123" % ch_ip,
                              "code": "ECONNREFUSED"}), gap=(200, 2000))
        w.add(L_ing, ngx(rng, ip(rng, "84.241"), "GET", "/uitslagen/lotto", 503, 182,
                         "Mozilla/5.0 (Linux; Android 14)", "results-results-web-3000", rw_up, 0.004),
              gap=(1, 20))

    w.add(E, kev("Node", old_node, "Normal", "NodeNotSchedulable", "kubelet/" + old_node,
                 "Node %s status is now: NodeNotSchedulable" % old_node))
    w.add(E, kev("Pod", "results-ch-0", "Normal", "Killing", "kubelet/" + old_node, "Stopping container clickhouse"),
          gap=(2000, 6000))
    w.add(E, kev("Pod", "results-ch-0", "Normal", "Scheduled", "default-scheduler",
                 "Successfully assigned %s/results-ch-0 to %s" % (ns, new_node)), gap=(20000, 40000))
    w.add(E, kev("Pod", "results-ch-0", "Warning", "FailedAttachVolume", "attachdetach-controller",
                 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be '
                 'attached to another' % pvc), gap=(200, 900), ev=True)
    rp_fail()
    rw_fail()
    rw_fail()
    w.add(E, kev("Pod", "results-ch-0", "Warning", "FailedMount", "kubelet/" + new_node,
                 "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data "
                 "kube-api-access-8xk2d]: timed out waiting for the condition"), gap=(60000, 130000), ev=True)
    rp_fail()
    rw_fail()
    w.add(E, kev("Pod", "results-ch-0", "Warning", "FailedAttachVolume", "attachdetach-controller",
                 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be '
                 'attached to another' % pvc, count=6), gap=(30000, 60000), ev=True)
    w.add(L_rp, lambda t: zap("warn", "workflows/publish.go:88", "results publication blocked", draw="@DRAW@",
                              waiting="%dm%02ds" % divmod((t - first_fail[0]) // 1000, 60),
                              reason="results store unavailable"), gap=(1000, 5000))
    rw_fail()
    rp_fail()
    rw_fail()
    return dict(
        theme="lottery", platform="k8s",
        question="The results site shows 503 right after the draw. Is results-web down?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="storage", component="results-ch",
            root_cause="After lot-wk-03 was drained, the ClickHouse pod results-ch-0 was rescheduled to lot-wk-05 "
                       "but its ReadWriteOnce data volume is still attached to the old node (Multi-Attach error), so "
                       "the volume never mounts and ClickHouse cannot start.",
            summary="With the results database down, results-web returns 503 and draw results cannot be stored or "
                    "published.",
            action="Detach the stale VolumeAttachment for results-ch-0's PVC from lot-wk-03 (or finish the drain "
                   "so the CSI driver detaches it), let the pod mount and start, then re-run the publication.")
    )


@builder("lottery-draw-engine-pending")
def l_pending(rng):
    ns = "draw"
    w = Win(rng, start_ms(rng, 17, 25, day=rng.choice(SATURDAYS)))
    w.vars.append(("@DRAW@", draw_label(w.t)))
    rs = rs_hash(rng)
    p_old = pod(rng, "draw-engine", rs)
    p_new = pod(rng, "draw-engine", rs)
    p_do = pod(rng, "draw-orchestrator")
    L_do = PL(ns, p_do, "draw-orchestrator", LO_NODES[1])
    L_sch = PL("kube-system", "kube-scheduler-lot-cp-01", "kube-scheduler", "lot-cp-01")
    E = EV(ns)
    reason = ("0/7 nodes are available: 1 node(s) were unschedulable, 1 Insufficient memory, 5 node(s) didn't match "
              "Pod's node affinity/selector. preemption: 0/7 nodes are available: 1 No preemption victims found for "
              "incoming pod, 6 Preemption is not helpful for scheduling.")
    w.add(E, kev("Node", "lot-wk-06", "Normal", "NodeNotSchedulable", "kubelet/lot-wk-06",
                 "Node lot-wk-06 status is now: NodeNotSchedulable"), ev=True)
    w.add(E, kev("Pod", p_old, "Normal", "Killing", "kubelet/lot-wk-06", "Stopping container draw-engine"),
          gap=(2000, 6000))
    w.add(E, kev("ReplicaSet", "draw-engine-%s" % rs, "Normal", "SuccessfulCreate", "replicaset-controller",
                 "Created pod: %s" % p_new), gap=(20, 200))
    w.add(E, kev("Pod", p_new, "Warning", "FailedScheduling", "default-scheduler", reason), gap=(10, 100), ev=True)
    w.add(L_sch, klog("I", 1, "schedule_one.go:1055", '"Unable to schedule pod; no fit; waiting" pod="%s/%s" err="%s"'
                      % (ns, p_new, reason)), gap=(1, 20), ev=True)
    w.add(L_do, zap("warn", "workflows/draw.go:96", "draw-engine not ready", ready=0, desired=1), gap=(5000, 20000))
    w.add(E, kev("Node", "lot-wk-07", "Warning", "EvictionThresholdMet", "kubelet/lot-wk-07",
                 "Attempting to reclaim memory"), gap=(10000, 30000))
    w.add(E, kev("Pod", p_new, "Warning", "FailedScheduling", "default-scheduler", reason, count=4),
          gap=(30000, 90000), ev=True)
    w.add(L_do, zap("error", "workflows/draw.go:141", "draw cannot start", draw="@DRAW@",
                    reason="draw-engine unavailable"), gap=(1000, 5000))
    w.add(L_sch, klog("I", 1, "schedule_one.go:1055", '"Unable to schedule pod; no fit; waiting" pod="%s/%s" err="%s"'
                      % (ns, p_new, reason)), gap=(30000, 90000))
    w.add(L_do, lambda t: zap("error", "workflows/draw.go:150", "draw start deadline approaching", draw="@DRAW@",
                              minutes_left=(draw_time_ms(t) - t) // 60000), gap=(1000, 5000))
    w.add(E, kev("Pod", p_new, "Warning", "FailedScheduling", "default-scheduler", reason, count=9),
          gap=(60000, 120000))
    return dict(
        theme="lottery", platform="k8s",
        question="draw-engine disappeared after the node patching started. Is the HSM node broken?",
        selector={"namespace": ns, "pod": None, "container": None, "node": None, "app": None},
        win=w,
        expected=dict(
            severity="CRITICAL", root_cause_category="scheduling", component="draw-engine",
            root_cause="draw-engine may only run on the two HSM nodes; lot-wk-06 was cordoned for patching and "
                       "lot-wk-07 has insufficient free memory, so the replacement pod stays Pending "
                       "(0/7 nodes available).",
            summary="No draw-engine is running and the Saturday draw cannot start; the HSM nodes themselves are up.",
            action="Uncordon lot-wk-06 (postpone patching until after the draw) or free memory on lot-wk-07 by "
                   "moving other workloads off it; give draw-engine a PodDisruptionBudget and a priority class.")
    )


# === END BUILDERS ===


THEMES = ("flower", "parcel", "lottery")


def longest_run(seq):
    best, run = (1, 1) if seq else (0, 0)
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def shuffled(names, severity):
    """Seeded shuffle; reshuffle (same RNG) until no severity appears more than 3 times in a row."""
    rng = random.Random("%d/%s/order" % (SEED, SET_NAME))
    order = list(names)
    while True:
        rng.shuffle(order)
        if longest_run([severity[n] for n in order]) <= 3:
            return order


def build_all():
    """Return (records, meta) in the final shuffled order."""
    names = [n for n, _ in BUILDERS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate builder names")
    fns = dict(BUILDERS)
    specs = dict((name, fns[name](rng_for(name))) for name in sorted(names))
    order = shuffled(sorted(names), dict((n, specs[n]["expected"]["severity"]) for n in names))
    records, meta = [], []
    for i, name in enumerate(order, 1):
        spec = specs[name]
        win = spec["win"]
        rows = win.rows
        for a, b in zip(rows, rows[1:]):
            if not b["t"] > a["t"]:
                raise SystemExit("%s: lines not in strict time order" % name)
        exp = dict(spec["expected"])
        exp["evidence"] = [k for k, r in enumerate(rows) if r["ev"]]
        rid = "%s-%03d" % (SET_NAME, i)
        theme = spec["theme"]
        if theme not in THEMES:
            raise SystemExit("%s: unknown theme" % name)
        rec = {
            "id": rid,
            "source": "synthetic:%s-%s" % (SET_NAME, theme),
            "question": spec["question"],
            "selector": spec["selector"],
            "logs": [{"ts": iso_ms(r["t"]), "labels": r["labels"], "line": r["line"]} for r in rows],
            "expected": exp,
        }
        comp = exp.get("component")
        owners = [o.lower() for o in spec.get("owners", [comp] if comp else [])]
        own_lines = sum(1 for r in rows if any(w in owners for w in writers(r["labels"])))
        records.append(rec)
        meta.append({"id": rid, "name": name, "theme": theme, "platform": spec["platform"],
                     "owners": owners, "lines": len(rows), "component_lines": own_lines})
    return records, meta


def render(records):
    return "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in records)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, SET_NAME + ".jsonl")
    records, _ = build_all()
    data = render(records).encode("utf-8")
    with open(out, "wb") as fh:
        fh.write(data)
    sys.stdout.write("wrote %d records to %s\n" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
