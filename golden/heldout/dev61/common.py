"""Shared helpers for the dev61 generator.

Everything here is deterministic: randomness comes only from random.Random seeded with a
CRC32 of the working id (never from hash()), and nothing iterates over sets.
"""
import datetime as _dt
import json
import random
import zlib

UTC = _dt.timezone.utc

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]


# ---------------------------------------------------------------- time formatting
def parse(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def iso_ns(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, (t.microsecond * 7 + 311) % 1000)


def ms(t):
    return t.microsecond // 1000


def epoch_ms(t):
    return int(t.replace(microsecond=0).timestamp()) * 1000 + t.microsecond // 1000


def q(s):
    """Escape for a double-quoted logfmt / klog value."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def jdump(d):
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------- line formatters
# Each returns a callable taking the event datetime and returning the log line.

def raw(text):
    return lambda t: text


def klog(sev, pid, src, msg):
    """klog header: I0214 18:02:11.123456    2291 kubelet.go:2470] msg"""
    return lambda t: "%s%s.%06d %7d %s] %s" % (sev, t.strftime("%m%d %H:%M:%S"), t.microsecond, pid, src, msg)


def containerd(level, msg, error=None, extra=""):
    def f(t):
        s = 'time="%s" level=%s msg="%s"' % (iso_ns(t), level, q(msg))
        if error:
            s += ' error="%s"' % q(error)
        if extra:
            s += " " + extra
        return s
    return f


def logrus(level, msg, extra=""):
    """Go logrus text formatter (Traefik v2, Argo CD, Fleet, Longhorn)."""
    def f(t):
        s = 'time="%s" level=%s msg="%s"' % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), level, q(msg))
        return s + (" " + extra if extra else "")
    return f


def slog(level, msg, extra=""):
    """Go log/slog TextHandler."""
    def f(t):
        s = "time=%s level=%s msg=%s" % (iso_ms(t), level, '"%s"' % q(msg) if (" " in msg or "=" in msg or '"' in msg) else msg)
        return s + (" " + extra if extra else "")
    return f


def zap(level, caller, msg, **kw):
    def f(t):
        d = {"level": level, "ts": iso_ms(t), "caller": caller, "msg": msg}
        d.update(kw)
        return jdump(d)
    return f


def pino(level, hostname, msg, **kw):
    lv = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}[level]
    def f(t):
        d = {"level": lv, "time": epoch_ms(t), "pid": 1, "hostname": hostname}
        d.update(kw)
        d["msg"] = msg
        return jdump(d)
    return f


def spring(level, app, thread, logger, msg, pid=1):
    """Spring Boot 3.2 default console pattern."""
    return lambda t: "%s %5s %d --- [%s] [%15s] %-40s : %s" % (iso_ms(t), level, pid, app, thread[-15:], logger, msg)


def pylog(level, logger, msg):
    return lambda t: "%s,%03d %s [%s] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, logger, msg)


def celery(level, proc, msg):
    return lambda t: "[%s,%03d: %s/%s] %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, proc, msg)


def rust(level, target, msg):
    return lambda t: "%s %5s %s: %s" % (iso_us(t), level, target, msg)


def dotnet(level, category, event_id, msg):
    return lambda t: "%s %s: %s[%d] %s" % (iso_ms(t), level, category, event_id, msg)


def sidekiq(level, tid, cls, jid, msg):
    return lambda t: "%s pid=1 tid=%s class=%s jid=%s %s: %s" % (iso_ms(t), tid, cls, jid, level, msg)


def rails(level, reqid, msg):
    return lambda t: "%s, [%s.%06d #1] %5s -- : [%s] %s" % (level[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, level, reqid, msg)


def laravel(level, msg):
    return lambda t: "[%s] production.%s: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), level, msg)


def phpfpm(level, msg):
    return lambda t: "[%s] %s: %s" % (t.strftime("%d-%b-%Y %H:%M:%S"), level, msg)


def nginx_access(ip, req, status, size, ua, ref="-"):
    return lambda t: '%s - - [%s +0000] "%s" %d %d "%s" "%s"' % (ip, t.strftime("%d/%b/%Y:%H:%M:%S"), req, status, size, ref, ua)


def nginx_error(level, cid, msg, pid=29):
    return lambda t: "%s [%s] %d#%d: *%d %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), level, pid, pid, cid, msg)


def haproxy(client, fe, be, timers, status, size, term, conns, req):
    return lambda t: '%s [%s.%03d] %s %s %s %d %d - - %s %s 0/0 "%s"' % (
        client, t.strftime("%d/%b/%Y:%H:%M:%S"), ms(t), fe, be, timers, status, size, term, conns, req)


def traefik_access(ip, req, status, size, count, router, backend, dur_ms, ua="-"):
    return lambda t: '%s - - [%s +0000] "%s" %d %d "-" "%s" %d "%s" "%s" %dms' % (
        ip, t.strftime("%d/%b/%Y:%H:%M:%S"), req, status, size, ua, count, router, backend, dur_ms)


def envoy_access(method, path, code, flags, rx, tx, dur, up_ms, xff, ua, reqid, authority, upstream, proto="HTTP/1.1"):
    return lambda t: '[%s] "%s %s %s" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
        iso_ms(t), method, path, proto, code, flags, rx, tx, dur, up_ms, xff, ua, reqid, authority, upstream)


def coredns_q(client, qid, qtype, name, rcode, flags, rsize, dur, size=None):
    size = size or (len(name) + 17)
    return lambda t: '[INFO] %s - %d "%s IN %s udp %d false 1232" %s %s %d %.6fs' % (
        client, qid, qtype, name, size, rcode, flags, rsize, dur)


def coredns_err(msg):
    return raw("[ERROR] plugin/errors: " + msg)


def cnpg(pod, level, sev, msg, user="app", db="ledger", pid=None, conn_from="", state="00000", extra=None):
    """CloudNativePG JSON log wrapping a PostgreSQL csvlog record."""
    def f(t):
        rec = {"log_time": "%s.%03d UTC" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t)),
               "user_name": user, "database_name": db, "process_id": str(pid or 0),
               "connection_from": conn_from, "session_id": "65cd%04x.%04x" % ((pid or 7) % 65536, (pid or 7) * 3 % 65536),
               "error_severity": sev, "sql_state_code": state, "message": msg,
               "backend_type": "client backend" if user else "checkpointer"}
        if extra:
            rec.update(extra)
        d = {"level": level, "ts": iso_ns(t), "logger": "postgres", "msg": "record", "logging_pod": pod, "record": rec}
        return jdump(d)
    return f


def pg(pid, level, msg):
    return lambda t: "%s.%03d UTC [%d] %s:  %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), pid, level, msg)


def redis(role, sym, msg, pid=1):
    return lambda t: "%d:%s %s.%03d %s %s" % (pid, role, t.strftime("%d %b %Y %H:%M:%S"), ms(t), sym, msg)


def rabbit(level, proc, msg):
    return lambda t: "%s.%06d+00:00 [%s] <0.%d.0> %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond, level, proc, msg)


def mariadb(thread, level, msg):
    return lambda t: "%s %2d:%s %d [%s] %s" % (t.strftime("%Y-%m-%d"), t.hour, t.strftime("%M:%S"), thread, level, msg)


def mysql8(thread, level, code, msg, sub="Server"):
    return lambda t: "%s.%06dZ %d [%s] [%s] [%s] %s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, thread, level, code, sub, msg)


def kafka(level, msg, cls):
    return lambda t: "%s,%03d] %s %s (%s)" % (t.strftime("[%Y-%m-%d %H:%M:%S"), ms(t), level, msg, cls)


def mosquitto(msg):
    return lambda t: "%d: %s" % (int(t.timestamp()), msg)


def mongo(s, c, id_, ctx, msg, attr=None):
    def f(t):
        d = {"t": {"$date": "%s.%03d+00:00" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t))}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
        if attr is not None:
            d["attr"] = attr
        return jdump(d)
    return f


def nats(level, msg):
    return lambda t: "[1] %s.%06d [%s] %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), t.microsecond, level, msg)


def ceph(thread, prio, msg):
    return lambda t: "%s.%03d+0000 %s %2d %s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), thread, prio, msg)


def jlog(**kw):
    """Generic controller JSON line; the key 'ts' or 'time' is filled with the event time."""
    def f(t):
        d = {}
        for k, v in kw.items():
            d[k] = iso_ms(t) if v == "@T" else v
        return jdump(d)
    return f


def event(type_, reason, obj, msg):
    return raw("%s  %s  %s  %s" % (type_, reason, obj, msg))


# ---------------------------------------------------------------- label helpers
def P(ns, pod, ctr, node, app):
    return {"namespace": ns, "pod": pod, "container": ctr, "node": node, "app": app}


def NODEJ(node, unit):
    return {"job": "systemd-journal", "node": node, "unit": unit}


def KERN(node):
    return {"job": "systemd-journal", "node": node, "syslog_identifier": "kernel"}


def EVT(ns):
    return {"job": "kubernetes-events", "namespace": ns}


class W:
    """A workload instance: labels plus pod IP."""

    def __init__(self, ns, pod, ctr, node, app, ip=None):
        self.ns, self.pod, self.ctr, self.node, self.app, self.ip = ns, pod, ctr, node, app, ip

    @property
    def L(self):
        return P(self.ns, self.pod, self.ctr, self.node, self.app)

    def with_(self, **kw):
        d = dict(ns=self.ns, pod=self.pod, ctr=self.ctr, node=self.node, app=self.app, ip=self.ip)
        d.update(kw)
        return W(**d)


# relative frequency of each background stream (busy ingress/app logs vs. quiet databases)
NOISE_WEIGHTS = {
    "hap": 6, "seat": 4, "box": 4, "kiosk": 4, "sched": 3, "star": 3, "exh": 3, "proj": 2, "hold": 1, "ledger": 1, "msync": 1,
    "traefik": 6, "tc1": 3, "tc2": 3, "rapi": 4, "wms": 3, "scan": 3, "label": 2, "erp": 2, "cw": 2, "kafka": 1, "flux": 1,
    "envoy": 6, "de": 4, "gps": 4, "eta": 3, "inv": 2, "push": 2, "argo": 1, "ts": 1,
}


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, wid, start):
        self.wid = wid
        self.t0 = parse(start)
        self.rng = random.Random(zlib.crc32(wid.encode("ascii")))
        self.events = []
        self.seq = 0

    def _jit(self, k):
        # deterministic per-record jitter knot in [0, 0.9) s at integer second k
        return (zlib.crc32(("%s:%d" % (self.wid, k)).encode("ascii")) % 900000) / 1e6

    def at(self, sec):
        """Scenario offsets are written as round numbers; warp them with a strictly increasing
        piecewise-linear function (knots at whole seconds, offset < 0.9 s) so timestamps get
        realistic sub-second digits while the written order and ties are preserved."""
        k = int(sec // 1)
        frac = sec - k
        warped = sec + self._jit(k) * (1 - frac) + self._jit(k + 1) * frac
        return self.t0 + _dt.timedelta(microseconds=int(round(warped * 1_000_000)))

    def add(self, sec, labels, text, ev=False):
        t = self.at(sec)
        line = text(t) if callable(text) else text
        self.events.append((t, self.seq, dict(labels), line, bool(ev)))
        self.seq += 1

    def block(self, sec, labels, lines, step=0.0, ev=False):
        """Several raw lines (e.g. a stack trace) from one stream. ev may be a bool or a set of
        line indices within the block."""
        for i, ln in enumerate(lines):
            e = (i in ev) if isinstance(ev, (list, tuple)) else ev
            self.add(sec + i * step, labels, ln, ev=e)

    def noise(self, pool, a, b, n, exclude=()):
        """n lines of healthy background traffic from unrelated workloads, spread over [a, b]."""
        keys = []
        for k in sorted(pool):
            if k in exclude:
                continue
            keys += [k] * NOISE_WEIGHTS.get(k, 2)
        for _ in range(n):
            k = self.rng.choice(keys)
            sec = round(self.rng.uniform(a, b), 6)
            labels, text = pool[k](self.rng)
            self.add(sec, labels, text)

    def build(self, *, source, question, selector, severity, category, component,
              root_cause, summary, action, tags):
        assert severity in SEVERITIES and category in CATEGORIES
        evs = sorted(self.events, key=lambda e: (e[0], e[1]))
        logs = [{"ts": iso_ms(t), "labels": lab, "line": line} for (t, _s, lab, line, _e) in evs]
        evidence = [i for i, e in enumerate(evs) if e[4]]
        if category == "none":
            assert not evidence, self.wid
        else:
            assert evidence, self.wid
        exp = {"severity": severity, "root_cause_category": category}
        if component:
            exp["component"] = component
        exp.update({"root_cause": root_cause, "summary": summary, "action": action, "evidence": evidence})
        if selector is not None:
            sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
            sel.update(selector)
            selector = sel
        return {"id": self.wid, "source": source, "question": question, "selector": selector,
                "tags": list(tags), "logs": logs, "expected": exp}


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def uuid4(rng):
    h = hexid(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(rng, "89ab"), h[17:20], h[20:32])


# ================================================================ domain A: planetarium
class KP:
    box = W("ticketing", "box-office-api-6f9c8d7b54-x2kqp", "box-office-api", "kp-wrk-01", "box-office-api", "10.42.1.37")
    box2 = W("ticketing", "box-office-api-6f9c8d7b54-m8vzt", "box-office-api", "kp-wrk-03", "box-office-api", "10.42.3.22")
    seat = W("ticketing", "seat-map-7b5d4c9f8-qh6ln", "seat-map", "kp-wrk-02", "seat-map", "10.42.2.41")
    pay = W("ticketing", "payment-bridge-5c8f7d6b9-tr4wd", "payment-bridge", "kp-wrk-01", "payment-bridge", "10.42.1.52")
    ledger1 = W("ticketing", "ticket-ledger-1", "postgres", "kp-wrk-02", "ticket-ledger", "10.42.2.18")
    ledger2 = W("ticketing", "ticket-ledger-2", "postgres", "kp-wrk-03", "ticket-ledger", "10.42.3.31")
    hold = W("ticketing", "seat-hold-0", "redis", "kp-wrk-04", "redis", "10.42.4.15")
    sched = W("shows", "show-scheduler-84d6f7c5b-7jx9p", "worker", "kp-wrk-03", "show-scheduler", "10.42.3.47")
    star = W("shows", "star-catalog-6d5b8f9c7-ppl2c", "star-catalog", "kp-wrk-04", "star-catalog", "10.42.4.29")
    bus0 = W("messaging", "show-bus-0", "rabbitmq", "kp-wrk-02", "rabbitmq", "10.42.2.25")
    bus1 = W("messaging", "show-bus-1", "rabbitmq", "kp-wrk-03", "rabbitmq", "10.42.3.19")
    bus2 = W("messaging", "show-bus-2", "rabbitmq", "kp-wrk-04", "rabbitmq", "10.42.4.33")
    render = W("dome", "dome-render-5f7c9d8b6-wq2zt", "render", "kp-dome-gpu-01", "dome-render", "10.42.5.12")
    msync = W("dome", "media-sync-7c6d5b8f4-lk8rn", "media-sync", "kp-wrk-02", "media-sync", "10.42.2.57")
    proj = W("dome", "projector-control-68b9c7d5f-h2vqs", "projector-control", "kp-wrk-01", "projector-control", "10.42.1.61")
    exh = W("exhibits", "exhibit-api-5d8c6b7f9-9tbkq", "exhibit-api", "kp-wrk-04", "exhibit-api", "10.42.4.44")
    kiosk = W("exhibits", "kiosk-web-6c7b8d9f5-fz4xm", "nginx", "kp-wrk-03", "kiosk-web", "10.42.3.58")
    hap = W("haproxy-controller", "haproxy-kubernetes-ingress-7d9f6c5b8-2kx7r", "haproxy-ingress", "kp-wrk-01", "kubernetes-ingress", "10.42.1.5")
    dns1 = W("kube-system", "rke2-coredns-rke2-coredns-6b9f8d7c5-4pzqd", "coredns", "kp-cp-01", "rke2-coredns", "10.42.0.9")
    dns2 = W("kube-system", "rke2-coredns-rke2-coredns-6b9f8d7c5-v7mnc", "coredns", "kp-wrk-02", "rke2-coredns", "10.42.2.6")
    cm = W("cert-manager", "cert-manager-7f8b9c6d5-jz2wq", "cert-manager-controller", "kp-cp-02", "cert-manager", "10.42.0.71")
    fleet = W("cattle-fleet-system", "fleet-agent-0", "fleet-agent", "kp-cp-03", "fleet-agent", "10.42.0.88")
    lh = W("longhorn-system", "longhorn-manager-5xv8q", "longhorn-manager", "kp-wrk-02", "longhorn-manager", "10.42.2.11")

    SHOWS = ["Northern Skies", "Black Holes: Edge of Forever", "Tonight's Sky (live)", "Journey to Saturn", "The Little Star That Could"]
    KIOSKS = ["10.20.6.11", "10.20.6.12", "10.20.6.14", "10.20.6.17", "10.20.6.21"]
    CLIENTS = ["85.144.201.17", "31.20.77.203", "10.20.4.31", "10.20.4.32", "92.66.140.9", "145.53.12.88"]


def _kp_hap(rng):
    c = pick(rng, KP.CLIENTS)
    route = pick(rng, [
        ("ticketing_box-office-api_http/SRV_1", "GET /api/v1/shows?date=today HTTP/1.1", 200, 4321),
        ("ticketing_box-office-api_http/SRV_2", "GET /api/v1/orders/KP-%d HTTP/1.1" % rng.randint(40000, 49999), 200, 1187),
        ("ticketing_seat-map_http/SRV_1", "GET /api/seats/dome-a/performance/%d HTTP/1.1" % rng.randint(8800, 8899), 200, 18344),
        ("exhibits_kiosk-web_http/SRV_1", "GET /static/js/app.3f9c1e.js HTTP/1.1", 200, 221934),
    ])
    tr = rng.randint(3, 60)
    a = rng.randint(10, 40)
    return KP.hap.L, haproxy("%s:%d" % (c, rng.randint(30000, 65000)), "https~", route[0],
                             "0/0/1/%d/%d" % (tr, tr + 1), route[2], route[3], "----",
                             "%d/%d/1/1/0" % (a, a), route[1])


def _kp_seat(rng):
    return KP.seat.L, pino("info", KP.seat.pod, "request completed",
                           req={"id": rng.randint(10000, 99999), "method": "GET", "url": "/api/seats/dome-a/performance/%d" % rng.randint(8800, 8899)},
                           res={"statusCode": 200}, responseTime=rng.randint(4, 40))


def _kp_box(rng):
    show = pick(rng, KP.SHOWS)
    return KP.box.L, spring("INFO", "box-office-api", "nio-8080-exec-%d" % rng.randint(1, 12), "c.k.boxoffice.order.OrderService",
                            "Order KP-%d confirmed: %d seat(s), '%s' %s" % (rng.randint(40000, 49999), rng.randint(1, 5), show, pick(rng, ["17:00", "19:30", "21:00"])))


def _kp_sched(rng):
    task = pick(rng, ["shows.tasks.sync_cue_sheet", "shows.tasks.refresh_programme", "shows.tasks.push_signage"])
    return KP.sched.L, celery("INFO", "ForkPoolWorker-%d" % rng.randint(1, 4), "Task %s[%s] succeeded in %.3fs: None" % (task, uuid4(rng), rng.uniform(0.05, 1.2)))


def _kp_star(rng):
    return KP.star.L, slog("INFO", "ephemeris served", "body=%s date=today dur=%dms" % (pick(rng, ["moon", "jupiter", "saturn", "iss", "mars"]), rng.randint(2, 30)))


def _kp_exh(rng):
    return KP.exh.L, pino("info", KP.exh.pod, "request completed",
                          req={"method": "GET", "url": "/api/exhibits/%s" % pick(rng, ["gravity-well", "meteorite-hall", "spectroscope", "mars-rover"])},
                          res={"statusCode": 200}, responseTime=rng.randint(2, 25))


def _kp_kiosk(rng):
    return KP.kiosk.L, nginx_access(pick(rng, KP.KIOSKS), "GET /exhibit/%s HTTP/1.1" % pick(rng, ["gravity-well", "meteorite-hall", "spectroscope"]),
                                    200, rng.randint(3000, 9000), "Mozilla/5.0 (X11; Linux aarch64) KioskBrowser/3.2")


def _kp_hold(rng):
    return KP.hold.L, redis("M", "*", pick(rng, ["100 changes in 300 seconds. Saving...", "Background saving terminated with success", "DB saved on disk"]))


def _kp_ledger(rng):
    return KP.ledger1.L, cnpg("ticket-ledger-1", "info", "LOG",
                              "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
                                  (lambda b: (b, b / 163.84, b / 40.0, b / 40.0 + 0.01))(rng.randint(200, 900))),
                              user="", db="", pid=61)


def _kp_proj(rng):
    p = pick(rng, [("dome-proj-a", "10.30.5.21"), ("dome-proj-b", "10.30.5.22")])
    return KP.proj.L, slog("INFO", "pjlink poll ok", "projector=%s addr=%s:4352 power=1 lamp_hours=%d" % (p[0], p[1], rng.randint(2100, 2300)))


def _kp_msync(rng):
    return KP.msync.L, pylog("INFO", "media_sync.verify", "verified %d files for show '%s' (sha256 ok)" % (rng.randint(80, 300), pick(rng, ["northern-skies", "journey-to-saturn", "black-holes"])))


KP_NOISE = {
    "hap": _kp_hap, "seat": _kp_seat, "box": _kp_box, "sched": _kp_sched, "star": _kp_star,
    "exh": _kp_exh, "kiosk": _kp_kiosk, "hold": _kp_hold, "ledger": _kp_ledger, "proj": _kp_proj,
    "msync": _kp_msync,
}


# ================================================================ domain B: chocolate factory
class MK:
    tc1 = W("tempering", "temper-ctl-4kq8d", "temper-ctl", "mk-line1-ipc", "temper-ctl", "10.42.4.12")
    tc2 = W("tempering", "temper-ctl-9hx2v", "temper-ctl", "mk-line2-ipc", "temper-ctl", "10.42.5.9")
    tc3 = W("tempering", "temper-ctl-s7m4p", "temper-ctl", "mk-line3-ipc", "temper-ctl", "10.42.6.14")
    cw = W("tempering", "temper-curve-writer-7d4f8b6c9-2pxkq", "writer", "mk-srv-02", "temper-curve-writer", "10.42.1.73")
    tsdb = W("tempering", "temper-history-0", "timescaledb", "mk-srv-03", "timescaledb", "10.42.2.40")
    mqtt = W("tempering", "plc-mqtt-6c9d7b5f8-vw3nt", "mosquitto", "mk-srv-01", "mosquitto", "10.42.0.66")
    k0 = W("tempering", "line-telemetry-kafka-0", "kafka", "mk-srv-01", "kafka", "10.42.0.51")
    k1 = W("tempering", "line-telemetry-kafka-1", "kafka", "mk-srv-02", "kafka", "10.42.1.44")
    k2 = W("tempering", "line-telemetry-kafka-2", "kafka", "mk-srv-03", "kafka", "10.42.2.38")
    rapi = W("recipes", "recipe-api-5b7d9c8f6-hq2mz", "recipe-api", "mk-srv-02", "recipe-api", "10.42.1.37")
    rapi2 = W("recipes", "recipe-api-5b7d9c8f6-t8wkc", "recipe-api", "mk-srv-03", "recipe-api", "10.42.2.52")
    rv0 = W("recipes", "recipe-vault-0", "mariadb-galera", "mk-srv-01", "mariadb-galera", "10.42.0.31")
    rv1 = W("recipes", "recipe-vault-1", "mariadb-galera", "mk-srv-02", "mariadb-galera", "10.42.1.29")
    rv2 = W("recipes", "recipe-vault-2", "mariadb-galera", "mk-srv-03", "mariadb-galera", "10.42.2.19")
    allerg = W("recipes", "allergen-check-6f8b7c5d9-k4rbn", "allergen-check", "mk-srv-01", "allergen-check", "10.42.0.83")
    rui = W("recipes", "recipe-ui-7c8d9f6b5-m2zpl", "nginx", "mk-srv-03", "recipe-ui", "10.42.2.61")
    wms = W("warehouse", "wms-web-8d6f9b7c5-rj5xh", "php-fpm", "mk-srv-01", "wms-web", "10.42.0.92")
    wmsn = W("warehouse", "wms-web-8d6f9b7c5-rj5xh", "nginx", "mk-srv-01", "wms-web", "10.42.0.92")
    scan = W("warehouse", "pallet-scanner-gw-69c7d8b5f-zx8qw", "gateway", "mk-wh-ipc01", "pallet-scanner-gw", "10.42.7.21")
    label = W("warehouse", "label-printer-svc-5f6d8c9b7-9lm3t", "label-printer-svc", "mk-srv-02", "label-printer-svc", "10.42.1.88")
    erp = W("warehouse", "erp-sync-7b9c6d8f5-pn4vs", "erp-sync", "mk-srv-03", "erp-sync", "10.42.2.77")
    stock = W("warehouse", "stock-ledger-0", "mysql", "mk-srv-02", "mysql", "10.42.1.95")
    traefik = W("kube-system", "traefik-7d6b9c8f5-ltq2w", "traefik", "mk-srv-01", "traefik", "10.42.0.8")
    dns = W("kube-system", "coredns-6799fbcd5-8jz4k", "coredns", "mk-srv-02", "kube-dns", "10.42.1.3")
    flux_k = W("flux-system", "kustomize-controller-6bc5d5b7f9-2xw8r", "manager", "mk-srv-03", "kustomize-controller", "10.42.2.9")
    flux_s = W("flux-system", "source-controller-7f9d6c8b5-dg4kz", "manager", "mk-srv-03", "source-controller", "10.42.2.10")

    RECIPES = [(1042, "Dark 70% Ecuador"), (1043, "Milk 38% Caramel"), (1057, "White 31% Vanilla"), (1061, "Dark 85% Madagascar"), (1066, "Ruby 47%")]
    PRINTERS = [("zebra-dock1", "10.70.2.11"), ("zebra-dock2", "10.70.2.12"), ("zebra-dock3", "10.70.2.13"), ("zebra-pack1", "10.70.2.14")]


def _mk_traefik(rng):
    r = pick(rng, [
        ("GET /api/recipes/%d HTTP/1.1" % pick(rng, MK.RECIPES)[0], "recipes-recipe-api-80@kubernetes", "http://10.42.1.37:8080", 200, 1832),
        ("GET /wms/putaway/queue HTTP/1.1", "warehouse-wms-web-80@kubernetes", "http://10.42.0.92:8080", 200, 9311),
        ("GET /assets/index-8c2f1d.js HTTP/1.1", "recipes-recipe-ui-80@kubernetes", "http://10.42.2.61:80", 200, 311204),
        ("POST /wms/api/scan HTTP/1.1", "warehouse-wms-web-80@kubernetes", "http://10.42.0.92:8080", 201, 211),
    ])
    return MK.traefik.L, traefik_access(pick(rng, ["10.50.1.23", "10.50.1.41", "10.50.3.8", "10.70.1.15"]), r[0], r[3], r[4],
                                        rng.randint(100000, 199999), r[1], r[2], rng.randint(2, 60), ua=pick(rng, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "okhttp/4.12.0"]))


def _mk_tc_line(w, line):
    def f(rng):
        ph = pick(rng, [("melt", 45.0), ("cool", 27.5), ("reheat", 31.2), ("hold", 31.0)])
        return w.L, slog("INFO", "curve sample", "line=%d phase=%s setpoint_c=%.1f actual_c=%.2f belt_mps=%.2f" % (line, ph[0], ph[1], ph[1] + rng.uniform(-0.15, 0.15), rng.uniform(0.18, 0.22)))
    return f


def _mk_kafka(rng):
    w = pick(rng, [MK.k0, MK.k1, MK.k2])
    p = rng.randint(0, 5)
    off = rng.randint(18000000, 19000000)
    return w.L, pick(rng, [
        kafka("INFO", "[ProducerStateManager partition=temper-curves-%d] Wrote producer snapshot at offset %d with 3 producer ids in 4 ms." % (p, off), "org.apache.kafka.storage.internals.log.ProducerStateManager"),
        kafka("INFO", "[LocalLog partition=temper-curves-%d, dir=/var/lib/kafka/data-0/kafka-log%s] Rolled new log segment at offset %d in 2 ms." % (p, w.pod[-1], off), "kafka.log.LocalLog"),
    ])


def _mk_rapi(rng):
    rid = pick(rng, MK.RECIPES)[0]
    return MK.rapi.L, dotnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
                             "Request finished HTTP/1.1 GET http://recipe-api.recipes.svc/api/recipes/%d - 200 %d application/json;+charset=utf-8 %.4fms" % (rid, rng.randint(1500, 2400), rng.uniform(3, 30)))


def _mk_wms(rng):
    return MK.wms.L, laravel("INFO", "Putaway task %d completed: pallet SSCC 38712345%010d -> bin %s-%02d-%d" % (rng.randint(200000, 299999), rng.randint(0, 9999999999), pick(rng, ["A", "B", "C", "K"]), rng.randint(1, 40), rng.randint(1, 6)))


def _mk_erp(rng):
    return MK.erp.L, spring("INFO", "erp-sync", "Camel (erp-sync) thread #%d - timer://stock" % rng.randint(1, 4), "stock-delta-route",
                            "Pushed %d stock deltas to SAP (plant 1100), HTTP 201" % rng.randint(3, 40))


def _mk_cw(rng):
    return MK.cw.L, pylog("INFO", "curve_writer.sink", "flushed %d rows to temper_curves in %.3fs" % (rng.choice([250, 500]), rng.uniform(0.02, 0.12)))


def _mk_scan(rng):
    return MK.scan.L, pino("info", MK.scan.pod, "scan accepted", sscc="38712345%010d" % rng.randint(0, 9999999999), dock=pick(rng, ["D1", "D2", "D3"]))


def _mk_label(rng):
    p = pick(rng, MK.PRINTERS)
    return MK.label.L, spring("INFO", "label-printer-svc", "print-%d" % rng.randint(1, 8), "b.m.label.ZplPrinterClient",
                              "Printed SSCC label on %s (%s:9100) in %d ms" % (p[0], p[1], rng.randint(90, 300)))


def _mk_flux(rng):
    return MK.flux_s.L, jlog(level="info", ts="@T", msg="no changes since last reconcilation: observed revision 'main@sha1:4be1c0d9a7e3f2b6c8d1a5e9f0b3c7d2e6a4f810'",
                             controller="gitrepository", controllerGroup="source.toolkit.fluxcd.io", controllerKind="GitRepository",
                             GitRepository={"name": "factory-platform", "namespace": "flux-system"}, reconcileID=uuid4(rng))


MK_NOISE = {
    "traefik": _mk_traefik, "tc1": _mk_tc_line(MK.tc1, 1), "tc2": _mk_tc_line(MK.tc2, 2), "kafka": _mk_kafka, "rapi": _mk_rapi, "wms": _mk_wms, "erp": _mk_erp,
    "cw": _mk_cw, "scan": _mk_scan, "label": _mk_label, "flux": _mk_flux,
}


# ================================================================ domain C: courier cooperative
class SS:
    N1 = "ip-10-24-33-117.eu-central-1.compute.internal"
    N2 = "ip-10-24-48-205.eu-central-1.compute.internal"
    N3 = "ip-10-24-71-9.eu-central-1.compute.internal"
    N4 = "ip-10-24-90-142.eu-central-1.compute.internal"
    N5 = "ip-10-24-52-66.eu-central-1.compute.internal"
    de = W("dispatch", "dispatch-engine-7c9f5d8b6-bx4kp", "dispatch-engine", N1, "dispatch-engine", "10.24.33.140")
    de2 = W("dispatch", "dispatch-engine-7c9f5d8b6-r2wzn", "dispatch-engine", N2, "dispatch-engine", "10.24.48.19")
    ji = W("dispatch", "job-intake-6b8d7c9f5-q7lmx", "job-intake", N2, "job-intake", "10.24.48.77")
    nats0 = W("dispatch", "dispatch-nats-0", "nats", N1, "nats", "10.24.33.61")
    nats1 = W("dispatch", "dispatch-nats-1", "nats", N3, "nats", "10.24.71.88")
    nats2 = W("dispatch", "dispatch-nats-2", "nats", N4, "nats", "10.24.90.37")
    rapi = W("rider", "rider-api-5d9c8b7f6-kk3vd", "rider-api", N2, "rider-api", "10.24.48.152")
    rapi2 = W("rider", "rider-api-5d9c8b7f6-zp8tq", "rider-api", N4, "rider-api", "10.24.90.201")
    sc0 = W("rider", "session-cache-0", "redis", N1, "redis", "10.24.33.209")
    sc1 = W("rider", "session-cache-1", "redis", N4, "redis", "10.24.90.64")
    push = W("rider", "push-notifier-7f6c9d8b5-vn2hs", "push-notifier", N1, "push-notifier", "10.24.33.98")
    gps = W("tracking", "gps-ingest-6d7f8c9b5-lw9rx", "gps-ingest", N3, "gps-ingest", "10.24.71.130")
    gps2 = W("tracking", "gps-ingest-6d7f8c9b5-fh6kd", "gps-ingest", N4, "gps-ingest", "10.24.90.118")
    ts0 = W("tracking", "track-store-0", "mongod", N2, "track-store", "10.24.48.33")
    ts1 = W("tracking", "track-store-1", "mongod", N3, "track-store", "10.24.71.45")
    ts2 = W("tracking", "track-store-2", "mongod", N4, "track-store", "10.24.90.92")
    eta = W("tracking", "eta-predictor-5b6c7d8f9-t4xqj", "eta-predictor", N4, "eta-predictor", "10.24.90.155")
    inv = W("invoicing", "invoice-runner-6c5d9f7b8-mm2kr", "sidekiq", N1, "invoice-runner", "10.24.33.175")
    bill = W("invoicing", "billing-api-7d8b6c5f9-hw3zs", "rails", N2, "billing-api", "10.24.48.96")
    pdf = W("invoicing", "pdf-render-58f9c6d7b-xk4pn", "pdf-render", N4, "pdf-render", "10.24.90.173")
    envoy = W("projectcontour", "envoy-7rx2k", "envoy", N1, "envoy", "10.24.33.12")
    contour = W("projectcontour", "contour-6f8d9c7b5-b9tnw", "contour", N2, "contour", "10.24.48.51")
    dns = W("kube-system", "coredns-5b8d7c9f6-jq4mw", "coredns", N2, "coredns", "10.24.48.8")
    dns2 = W("kube-system", "coredns-5b8d7c9f6-x7v2p", "coredns", N4, "coredns", "10.24.90.7")
    karp = W("kube-system", "karpenter-7b9d8c6f5-4n2wx", "controller", N5, "karpenter", "10.24.52.40")
    argo = W("argocd", "argocd-application-controller-0", "argocd-application-controller", N5, "argocd-application-controller", "10.24.52.71")
    eso = W("external-secrets", "external-secrets-6c7d8b9f5-pq2sd", "external-secrets", N5, "external-secrets", "10.24.52.88")
    otel = W("observability", "otel-collector-6b7c8d9f5-c8rvw", "otel-collector", N5, "opentelemetry-collector", "10.24.52.119")
    kyv = W("kyverno", "kyverno-admission-controller-6d8f9b7c5-r5mlk", "kyverno", N5, "kyverno-admission-controller", "10.24.52.134")

    RIDERS = ["R-0147", "R-0212", "R-0388", "R-0419", "R-0503", "R-0611", "R-0734"]
    UA = ["SpokeRider/5.3.2 (Android 14; Pixel 7)", "SpokeRider/5.3.2 (iOS 17.3; iPhone14,5)", "SpokeDesk/2.8 (Windows NT 10.0)", "okhttp/4.12.0"]


def _ss_envoy(rng):
    r = pick(rng, [
        ("GET", "/v1/riders/me/jobs", "10.24.48.152:3000", 200, 1822),
        ("POST", "/v1/track/batch", "10.24.71.130:8080", 202, 0),
        ("POST", "/v1/jobs", "10.24.48.77:3000", 201, 611),
        ("GET", "/v1/jobs/quote?from=1012AB&to=1094KL", "10.24.48.77:3000", 200, 244),
        ("GET", "/v1/invoices?month=2026-02", "10.24.48.96:3000", 200, 4411),
    ])
    d = rng.randint(3, 80)
    return SS.envoy.L, envoy_access(r[0], r[1], r[3], "-", rng.randint(0, 4000) if r[0] == "POST" else 0, r[4], d, str(d - 1),
                                    "%d.%d.%d.%d" % (rng.randint(31, 95), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                    pick(rng, SS.UA), uuid4(rng), "api.spokesatchel.coop", r[2], proto="HTTP/2")


def _ss_de(rng):
    return SS.de.L, zap("info", "assign/assigner.go:214", "job assigned", job_id="J-%d" % rng.randint(880000, 889999), rider=pick(rng, SS.RIDERS),
                        zone=pick(rng, ["centrum", "oost", "west", "noord", "zuid"]), eta_s=rng.randint(240, 1500))


def _ss_rapi(rng):
    return SS.rapi.L, pino("info", SS.rapi.pod, "request completed", context="HTTP",
                           req={"method": "GET", "url": "/v1/riders/me/jobs"}, res={"statusCode": 200}, responseTime=rng.randint(5, 60))


def _ss_gps(rng):
    return SS.gps.L, rust("INFO", "gps_ingest::sink", "batch persisted points=%d riders=%d took_ms=%d" % (rng.randint(200, 900), rng.randint(20, 70), rng.randint(3, 25)))


def _ss_argo(rng):
    app = pick(rng, ["dispatch-engine", "rider-api", "gps-ingest", "billing-api", "invoice-runner"])
    return SS.argo.L, logrus("info", "Reconciliation completed", "application=argocd/%s dedup_ms=0 dest-name= dest-namespace=%s dest-server=\"https://kubernetes.default.svc\" diff_ms=%d fields.level=1 git_ms=%d health_ms=1 live_ms=2 settings_ms=0 sync_ms=0 time_ms=%d" % (
        app, {"dispatch-engine": "dispatch", "rider-api": "rider", "gps-ingest": "tracking", "billing-api": "invoicing", "invoice-runner": "invoicing"}[app],
        rng.randint(5, 40), rng.randint(0, 80), rng.randint(60, 300)))


def _ss_eta(rng):
    return SS.eta.L, raw('INFO:     10.24.%d.%d:%d - "POST /predict HTTP/1.1" 200 OK' % (pick(rng, [33, 48]), rng.randint(10, 250), rng.randint(30000, 60000)))


def _ss_push(rng):
    return SS.push.L, pylog("INFO", "push_notifier.fcm", "sent %d notifications via FCM (0 failures)" % rng.randint(1, 30))


def _ss_ts(rng):
    return SS.ts0.L, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                          {"remote": "10.24.%d.%d:%d" % (pick(rng, [71, 90]), rng.randint(100, 140), rng.randint(30000, 60000)), "isLoadBalanced": False,
                           "uuid": {"uuid": {"$uuid": uuid4(rng)}}, "connectionId": rng.randint(40000, 49999), "connectionCount": rng.randint(60, 90)})


def _ss_inv(rng):
    return SS.inv.L, sidekiq("INFO", hexid(rng, 4), pick(rng, ["InvoiceLineSyncJob", "DeliveryFeeAccrualJob"]), hexid(rng, 24), "done: %.3f sec" % rng.uniform(0.05, 0.9))


SS_NOISE = {
    "envoy": _ss_envoy, "de": _ss_de, "rapi": _ss_rapi, "gps": _ss_gps, "argo": _ss_argo, "eta": _ss_eta,
    "push": _ss_push, "ts": _ss_ts, "inv": _ss_inv,
}


# ---------------------------------------------------------------- node log streams per distribution
def kp_kubelet(node):
    return {"job": "node-logs", "node": node, "filename": "/var/lib/rancher/rke2/agent/logs/kubelet.log"}


def kp_containerd(node):
    return {"job": "node-logs", "node": node, "filename": "/var/lib/rancher/rke2/agent/containerd/containerd.log"}


def mk_agent(node):
    unit = "k3s.service" if node.startswith("mk-srv") else "k3s-agent.service"
    return NODEJ(node, unit)


def mk_containerd(node):
    return {"job": "node-logs", "node": node, "filename": "/var/lib/rancher/k3s/agent/containerd/containerd.log"}


def ss_kubelet(node):
    return NODEJ(node, "kubelet.service")


def ss_containerd(node):
    return NODEJ(node, "containerd.service")


# ---------------------------------------------------------------- common kubelet messages
def kl_probe(pid, ptype, w, uid, output, src="prober.go:107"):
    return klog("I", pid, src, '"Probe failed" probeType="%s" pod="%s/%s" podUID="%s" containerName="%s" probeResult="failure" output="%s"' % (
        ptype, w.ns, w.pod, uid, w.ctr, q(output)))


def kl_crashloop(pid, w, uid, backoff):
    inner = 'failed to "StartContainer" for "%s" with CrashLoopBackOff: "back-off %s restarting failed container=%s pod=%s_%s(%s)"' % (
        w.ctr, backoff, w.ctr, w.pod, w.ns, uid)
    return klog("E", pid, "pod_workers.go:1298", '"Error syncing pod, skipping" err="%s" pod="%s/%s" podUID="%s"' % (q(inner), w.ns, w.pod, uid))


def kl_pleg(pid, w, uid, typ, cid):
    return klog("I", pid, "kubelet.go:2445", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"%s","Data":"%s"}' % (w.ns, w.pod, uid, typ, cid))


def kl_kill(pid, w, uid, cid, grace=30):
    return klog("I", pid, "kuberuntime_container.go:779", '"Killing container with a grace period" pod="%s/%s" podUID="%s" containerName="%s" containerID="containerd://%s" gracePeriod=%d' % (
        w.ns, w.pod, uid, w.ctr, cid, grace))


def tags(domain, software, patterns):
    out = ["theme:whose-fault", "domain:" + domain]
    out += ["software:" + s for s in software]
    out += ["pattern:" + p for p in patterns]
    return out
