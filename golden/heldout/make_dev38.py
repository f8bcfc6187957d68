#!/usr/bin/env python3
"""Generator for the dev38 held-out evaluation set (golden-format v1).

Standard library only.  Output is byte-identical whatever PYTHONHASHSEED, TZ
or locale are: every random draw comes from random.Random instances seeded
with integers, timestamps are computed in UTC from fixed epoch seconds,
month/day names come from fixed tables, and JSON is written with
sort_keys=True.  No set or dict is ever iterated in hash order.
"""
import json
import os
import random

SEED = 203838
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev38.jsonl")

_MASTER = random.Random(SEED)
RECORD_SEEDS = [_MASTER.randrange(2 ** 32) for _ in range(40)]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
THEMES = {"B": "bakery", "M": "mobility", "T": "tolling"}

# ---------------------------------------------------------------- time ----

def _days_from_civil(y, m, d):
    # Howard Hinnant's algorithm; pure integer arithmetic, no tz database.
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def parse_base(s):
    """'2026-03-03T04:12:00' (UTC) -> epoch microseconds."""
    date, time = s.split("T")
    y, mo, d = (int(x) for x in date.split("-"))
    hh, mm, ss = (int(x) for x in time.split(":"))
    return ((_days_from_civil(y, mo, d) * 86400) + hh * 3600 + mm * 60 + ss) * 1000000


class T:
    """A UTC instant in microseconds with the formats the log sources print."""

    def __init__(self, us):
        self.us = us
        secs, self.frac = divmod(us, 1000000)
        days, rem = divmod(secs, 86400)
        self.epoch = secs
        self.y, self.mo, self.d = _civil_from_days(days)
        self.h, rem = divmod(rem, 3600)
        self.mi, self.s = divmod(rem, 60)

    def date(self):
        return "%04d-%02d-%02d" % (self.y, self.mo, self.d)

    def hms(self):
        return "%02d:%02d:%02d" % (self.h, self.mi, self.s)

    def ms(self):
        return self.frac // 1000

    def fmt(self, kind):
        dt, hms, ms, us = self.date(), self.hms(), self.ms(), self.frac
        mon = MONTHS[self.mo - 1]
        table = {
            "ISO": "%sT%s.%03dZ" % (dt, hms, ms),
            "ISO6": "%sT%s.%06dZ" % (dt, hms, us),
            "ISOS": "%sT%sZ" % (dt, hms),
            "ISOOFF": "%sT%s.%03d+00:00" % (dt, hms, ms),
            "ISO6OFF": "%sT%s.%06d+00:00" % (dt, hms, us),
            "RMQ": "%s %s.%06d+00:00" % (dt, hms, us),
            "SYS": "%s %2d %s" % (mon, self.d, hms),
            "KLOG": "%02d%02d %s.%06d" % (self.mo, self.d, hms, us),
            "HMS": "%s.%03d" % (hms, ms),
            "EPOCH": "%d" % self.epoch,
            "CAS": "%s %s,%03d" % (dt, hms, ms),
            "PG": "%s %s.%03d UTC" % (dt, hms, ms),
            "FPM": "%02d-%s-%04d %s" % (self.d, mon, self.y, hms),
            "LARA": "%s %s" % (dt, hms),
            "CLF": "%02d/%s/%04d:%s +0000" % (self.d, mon, self.y, hms),
            "HAP": "%02d/%s/%04d:%s.%03d" % (self.d, mon, self.y, hms, ms),
            "RAILS": "%sT%s.%06d" % (dt, hms, us),
            "RAILSAT": "%s %s +0000" % (dt, hms),
            "DOCKER": "%sT%s.%06d%03dZ" % (dt, hms, us, (us * 7) % 1000),
            "NGINX": "%02d/%s/%04d:%s +0000" % (self.d, mon, self.y, hms),
        }
        return table[kind]


PLACEHOLDERS = ["ISO6OFF", "ISOOFF", "ISO6", "ISOS", "ISO", "RMQ", "SYS", "KLOG",
                "HMS", "EPOCH", "CAS", "PG", "FPM", "LARA", "CLF", "HAP",
                "RAILSAT", "RAILS", "DOCKER", "NGINX"]


def fill(text, t):
    for k in PLACEHOLDERS:
        tok = "@" + k + "@"
        if tok in text:
            text = text.replace(tok, t.fmt(k))
    return text

# ------------------------------------------------------------- context ----

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"


class Ctx:
    def __init__(self, n):
        self.n = n
        self.rng = random.Random(RECORD_SEEDS[n - 1])
        self._rs = {}
        self.lines = []
        self.src = {}

    # identifiers -------------------------------------------------------
    def s(self, alphabet, k):
        return "".join(self.rng.choice(alphabet) for _ in range(k))

    def hexs(self, k):
        return self.s(HEX, k)

    def rs(self, app):
        if app not in self._rs:
            self._rs[app] = self.s(K8S_ALNUM, self.rng.choice([9, 10]))
        return app + "-" + self._rs[app]

    def pod(self, app):
        return self.rs(app) + "-" + self.s(K8S_ALNUM, 5)

    def uid(self):
        return "%s-%s-%s-%s-%s" % (self.hexs(8), self.hexs(4), self.hexs(4),
                                   self.hexs(4), self.hexs(12))

    def ip(self, prefix):
        return prefix + "." + str(self.rng.randint(2, 250))

    def ri(self, a, b):
        return self.rng.randint(a, b)

    # labels -------------------------------------------------------------
    def k8s(self, key, ns, pod, container, node, app):
        self.src[key] = {"namespace": ns, "pod": pod, "container": container,
                         "node": node, "app": app}

    def events(self, key, ns, cluster):
        self.src[key] = {"namespace": ns, "job": "integrations/kubernetes/eventhandler",
                         "cluster": cluster}

    def journal(self, key, host, unit, job="systemd-journal"):
        self.src[key] = {"host": host, "job": job, "unit": unit}

    def syslog(self, key, host, app):
        self.src[key] = {"host": host, "job": "syslog", "syslog_app": app}

    def compose(self, key, host, project, service):
        self.src[key] = {"host": host, "job": "docker", "compose_project": project,
                         "compose_service": service,
                         "container": "%s-%s-1" % (project, service)}

    def kernel(self, key, host, node=False):
        self.src[key] = {"host": host, "job": "systemd-journal", "syslog_identifier": "kernel"}
        if node:
            self.src[key]["node"] = host

    def add(self, t, key, text, ev=False):
        self.lines.append((t, key, text, ev))


def logfmt_q(s):
    return json.dumps(s, ensure_ascii=False)


def event(reason, typ, kind, obj, msg, comp, host="", count=1, suffix=None, ctx=None):
    hexid = suffix if suffix else "17%s" % ctx.hexs(14)
    return ("name=%s.%s kind=%s action= sourcecomponent=%s sourcehost=%s reason=%s "
            "type=%s count=%d msg=%s" % (obj, hexid, kind, comp, host, reason, typ,
                                         count, logfmt_q(msg)))


def m_epoch(s):
    return parse_base(s) // 1000000


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def net_json(level, category, event_id, message, exception=None, state=None):
    d = {"Timestamp": "@ISO@", "EventId": event_id, "LogLevel": level,
         "Category": category, "Message": message}
    if exception:
        d["Exception"] = exception
    st = {"Message": message}
    if state:
        st.update(state)
    d["State"] = st
    return jdump(d)


def net_line(level, category, event_id, message):
    """Microsoft.Extensions.Logging SimpleConsole with SingleLine=true."""
    return "%s: %s[%d] %s" % (level, category, event_id, message)


def mongo(s, c, i, ctx_, msg, attr=None):
    d = {"t": {"$date": "@ISOOFF@"}, "s": s, "c": c, "id": i, "ctx": ctx_, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    return jdump(d)


def klog(level, pid, where, msg):
    return "%s@KLOG@ %7d %s] %s" % (level, pid, where, msg)


def traefik(client, method, path, status, size, ua, router, upstream, ms, n):
    return ('%s - - [@CLF@] "%s %s HTTP/1.1" %d %d "-" "%s" %d "%s" "%s" %dms'
            % (client, method, path, status, size, ua, n, router, upstream, ms))


def rust(level, target, msg, span=""):
    return "@ISO6@ %5s %s%s: %s" % (level, span + ": " if span else "", target, msg)


def rails(level, reqid, msg):
    return "%s, [@RAILS@ #1] %5s -- : [%s] %s" % (level[0], level, reqid, msg)


def sidekiq(tid, cls, jid, level, msg, elapsed=None):
    el = " elapsed=%s" % elapsed if elapsed is not None else ""
    return "@ISO@ pid=1 tid=%s class=%s jid=%s%s %s: %s" % (tid, cls, jid, el, level, msg)


def laravel(level, msg, ctxjson="[]"):
    return "[@LARA@] production.%s: %s %s []" % (level, msg, ctxjson)


def phx(level, msg, meta=""):
    return "@HMS@ %s[%s] %s" % (meta + " " if meta else "", level, msg)


def rmq(level, pid, msg):
    return "@RMQ@ [%s] <%s> %s" % (level, pid, msg)


def cas(level, thread, where, msg):
    return "%-5s [%s] @CAS@ %s - %s" % (level, thread, where, msg)


# ------------------------------------------------------------ registry ----

BUILDERS = {}


def builder(n, theme):
    def deco(fn):
        BUILDERS[n] = (theme, fn)
        return fn
    return deco


def finish(c, theme, base, question, selector, expected):
    start = parse_base(base)
    logs, evidence = [], []
    prev = None
    times = [ln[0] for ln in c.lines]
    if times != sorted(times):
        raise SystemExit("dev38-%03d: line offsets are not in time order" % c.n)
    for t, key, text, ev in c.lines:
        us = start + int(round(t * 1000000)) + c.rng.randint(0, 350) * 1000 + c.rng.randint(0, 999)
        if prev is not None and us <= prev:
            us = prev + c.rng.randint(1, 40) * 1000 + c.rng.randint(0, 999)
        prev = us
        tt = T(us)
        ts = tt.fmt("ISO")
        if ev:
            evidence.append(len(logs))
        logs.append({"ts": ts, "labels": dict(c.src[key]), "line": fill(text, tt)})
    exp = dict(expected)
    exp["evidence"] = evidence
    sel = None
    if selector is not None:
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector)
    return {
        "id": "dev38-%03d" % c.n,
        "source": "synthetic:dev38-%s" % THEMES[theme],
        "question": question,
        "selector": sel,
        "logs": logs,
        "expected": exp,
    }


def main():
    out = []
    for n in sorted(BUILDERS):
        theme, fn = BUILDERS[n]
        c = Ctx(n)
        rec = fn(c)
        rec = finish(c, theme, *rec)
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(line + "\n")
    print("wrote %d records to %s" % (len(out), OUT))


# ============================================================ records ====

# ---------------------------------------------------------------- 001 ----
@builder(1, "B")
def r001(c):
    ns, cl = "bakery-prod", "bk-prod-1"
    old1, old2 = c.pod("order-intake"), c.pod("order-intake")
    c._rs.pop("order-intake")
    new1, new2 = c.pod("order-intake"), c.pod("order-intake")
    newrs = new1.rsplit("-", 1)[0]
    oldrs = old1.rsplit("-", 1)[0]
    c.k8s("o1", ns, old1, "order-intake", "bk-node-2", "order-intake")
    c.k8s("o2", ns, old2, "order-intake", "bk-node-3", "order-intake")
    c.k8s("n1", ns, new1, "order-intake", "bk-node-4", "order-intake")
    c.k8s("n2", ns, new2, "order-intake", "bk-node-1", "order-intake")
    c.events("ev", ns, cl)
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", "bk-node-1", "traefik")
    ip_new1 = c.ip("10.42.4")
    rt = "bakery-prod-order-intake-8080@kubernetes"
    up_old = "http://%s:8080" % c.ip("10.42.2")
    up_new = "http://%s:8080" % ip_new1
    img = "registry.bakery.lan/shop/order-intake:4.18.2"
    a = c.add
    a(0.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "order-intake",
                       "Scaled up replica set %s to 1" % newrs, "deployment-controller", ctx=c))
    a(0.4, "ev", event("Scheduled", "Normal", "Pod", new1,
                       "Successfully assigned %s/%s to bk-node-4" % (ns, new1), "default-scheduler", ctx=c))
    a(3.1, "ev", event("Pulled", "Normal", "Pod", new1,
                       'Successfully pulled image "%s" in 2.41s (2.41s including waiting). Image size: 98211734 bytes.' % img,
                       "kubelet", "bk-node-4", ctx=c))
    a(5.0, "ev", event("Unhealthy", "Warning", "Pod", new1,
                       'Readiness probe failed: Get "http://%s:8080/health/ready": dial tcp %s:8080: connect: connection refused' % (ip_new1, ip_new1),
                       "kubelet", "bk-node-4", ctx=c))
    a(6.2, "n1", net_json("Information", "Microsoft.Hosting.Lifetime", 14,
                          "Now listening on: http://[::]:8080", state={"address": "http://[::]:8080", "{OriginalFormat}": "Now listening on: {address}"}))
    a(6.3, "n1", net_json("Information", "Microsoft.Hosting.Lifetime", 0,
                          "Hosting environment: Production", state={"EnvName": "Production", "{OriginalFormat}": "Hosting environment: {EnvName}"}))
    a(6.9, "n1", net_json("Warning", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository", 50,
                          "Using an in-memory repository. Keys will not be persisted to storage."))
    a(14.0, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/orders", 201, 412, "BakeryPOS/7.3 (Android 13)", rt, up_new, 87, 118230))
    a(14.6, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "order-intake",
                        "Scaled down replica set %s to 1 from 2" % oldrs, "deployment-controller", ctx=c))
    a(14.7, "ev", event("Killing", "Normal", "Pod", old1, "Stopping container order-intake",
                        "kubelet", "bk-node-2", ctx=c))
    a(14.8, "o1", net_json("Information", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down..."))
    a(15.3, "tr", traefik(c.ip("10.42.1"), "GET", "/api/v2/orders/export?from=2026-02-01", 499, 21, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0", rt, up_old, 9412, 118231))
    a(15.3, "o1", net_json("Error", "Microsoft.EntityFrameworkCore.Query", 10100,
                           "An exception occurred while iterating over the results of a query for context type 'OrderIntake.Data.OrdersDbContext'.",
                           exception="System.Threading.Tasks.TaskCanceledException: A task was canceled.\n   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)\n   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
                           state={"contextType": "OrderIntake.Data.OrdersDbContext"}))
    a(21.0, "tr", traefik("185.220.101.%d" % c.ri(2, 250), "GET", "/.env", 404, 19, "Mozilla/5.0 zgrab/0.x", rt, up_new, 2, 118232))
    a(21.4, "tr", traefik("185.220.101.%d" % c.ri(2, 250), "GET", "/wp-login.php", 404, 19, "Mozilla/5.0 zgrab/0.x", rt, up_new, 1, 118233))
    a(23.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "order-intake",
                        "Scaled up replica set %s to 2 from 1" % newrs, "deployment-controller", ctx=c))
    a(27.6, "n2", net_json("Information", "Microsoft.Hosting.Lifetime", 14,
                           "Now listening on: http://[::]:8080", state={"address": "http://[::]:8080", "{OriginalFormat}": "Now listening on: {address}"}))
    a(31.2, "n1", net_json("Warning", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", 1,
                           "Failed to validate the token.",
                           exception="Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '2/17/2026 5:29:58 AM', Current time (UTC): '2/17/2026 5:31:38 AM'."))
    a(31.2, "tr", traefik(c.ip("10.42.1"), "GET", "/api/v2/orders?branch=bk-0417", 401, 0, "BakeryPOS/7.3 (Android 13)", rt, up_new, 3, 118234))
    a(33.0, "tr", traefik(c.ip("10.42.1"), "GET", "/api/v2/orders?branch=bk-0417", 200, 18231, "BakeryPOS/7.3 (Android 13)", rt, up_new, 41, 118235))
    a(34.5, "ev", event("Killing", "Normal", "Pod", old2, "Stopping container order-intake",
                        "kubelet", "bk-node-3", ctx=c))
    a(34.6, "o2", net_json("Information", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down..."))
    a(35.2, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "order-intake",
                        "Scaled down replica set %s to 0 from 1" % oldrs, "deployment-controller", ctx=c))
    a(41.0, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/orders", 201, 398, "BakeryPOS/7.3 (iOS 17.3)", rt, "http://%s:8080" % c.ip("10.42.1"), 64, 118236))
    return ("2026-02-17T05:31:07",
            "We just shipped order-intake 4.18.2 and I see an EF Core error, 499s and 404s in the logs. Is the rollout broken?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: a normal rolling update of order-intake. The readiness failure is the new pod probed before Kestrel listens, the EF Core TaskCanceledException and the 499 are a client that hung up on a long export while the old pod shut down gracefully, the 404s are scanners and the 401 is an expired POS token that was refreshed.",
             "summary": "order-intake rolled out to 4.18.2 cleanly; both new pods listen and serve 201/200.",
             "action": "None needed; optionally persist DataProtection keys if cookies must survive restarts."})


# ---------------------------------------------------------------- 002 ----
MOB_NODES = ["ip-10-31-12-87.eu-central-1.compute.internal",
             "ip-10-31-14-203.eu-central-1.compute.internal",
             "ip-10-31-21-46.eu-central-1.compute.internal",
             "ip-10-31-23-151.eu-central-1.compute.internal"]


@builder(2, "M")
def r002(c):
    ns, cl = "mobility", "mob-eks-prod"
    u1, u2 = c.pod("unlock-api"), c.pod("unlock-api")
    t1, t2 = c.pod("trips"), c.pod("trips")
    c.k8s("u1", ns, u1, "unlock-api", MOB_NODES[0], "unlock-api")
    c.k8s("u2", ns, u2, "unlock-api", MOB_NODES[2], "unlock-api")
    c.k8s("t1", ns, t1, "trips", MOB_NODES[1], "trips")
    c.k8s("t2", ns, t2, "trips", MOB_NODES[3], "trips")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", MOB_NODES[1], "traefik")
    c.events("ev", ns, cl)
    c.journal("kl", MOB_NODES[0], "kubelet.service")
    c.src["kl"]["node"] = MOB_NODES[0]
    rt = "mobility-unlock-api-4000@kubernetes"
    ua = "CityRide/5.12.0 (iPhone; iOS 17.4)"
    def refused(rid, vid):
        return rails("ERROR", rid, 'Faraday::ConnectionFailed (Failed to open TCP connection to unlock-api.mobility.svc.cluster.local:4000 (Connection refused - connect(2) for "unlock-api.mobility.svc.cluster.local" port 4000)) while unlocking vehicle %d' % vid)
    a = c.add
    a(0.0, "u1", phx("info", "Migrations already up"))
    a(1.2, "u1", phx("notice", "Application unlock_api exited: UnlockApi.Application.start(:normal, []) returned an error: shutdown: failed to start child: UnlockApi.LockRegistry"), True)
    a(1.2, "u1", "    ** (EXIT) an exception was raised:")
    a(1.2, "u1", '        ** (FunctionClauseError) no function clause matching in UnlockApi.LockRegistry.parse_state/1', True)
    a(1.2, "u1", '            (unlock_api 3.7.0) lib/unlock_api/lock_registry.ex:88: UnlockApi.LockRegistry.parse_state("maintenance_hold")')
    a(1.3, "u1", 'Kernel pid terminated (application_controller) ("{application_start_failure,unlock_api,{{shutdown,{failed_to_start_child,\'Elixir.UnlockApi.LockRegistry\',{function_clause,[{\'Elixir.UnlockApi.LockRegistry\',parse_state,[<<\\"maintenance_hold\\">>],[{file,\\"lib/unlock_api/lock_registry.ex\\"},{line,88}]}]}}},{\'Elixir.UnlockApi.Application\',start,[normal,[]]}}}")')
    for i, (tk, vid) in enumerate([("t1", 40112), ("t2", 38807), ("t1", 41950)]):
        a(3.0 + i * 2.1, tk, refused(c.hexs(8) + "-" + c.hexs(4), vid))
    a(8.5, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/vehicles/40188/unlock", 503, 19, ua, rt, "-", 0, 771201))
    a(9.1, "ev", event("BackOff", "Warning", "Pod", u1, "Back-off restarting failed container unlock-api in pod %s_%s(%s)" % (u1, ns, c.uid()), "kubelet", MOB_NODES[0], count=11, ctx=c), True)
    a(9.4, "kl", klog("E", 2381, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"unlock-api\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=unlock-api pod=%s_%s(%s)\\"" pod="%s/%s"' % (u1, ns, c.uid(), ns, u1)))
    a(11.0, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/vehicles/39002/unlock", 503, 19, ua, rt, "-", 0, 771202))
    a(12.7, "t2", refused(c.hexs(8) + "-" + c.hexs(4), 39002))
    a(14.3, "u2", phx("info", "Migrations already up"))
    a(15.4, "u2", phx("notice", "Application unlock_api exited: UnlockApi.Application.start(:normal, []) returned an error: shutdown: failed to start child: UnlockApi.LockRegistry"))
    a(15.4, "u2", '        ** (FunctionClauseError) no function clause matching in UnlockApi.LockRegistry.parse_state/1')
    a(17.0, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/vehicles/41950/unlock", 503, 19, "CityRide/5.12.0 (Android 14; SM-A546B)", rt, "-", 0, 771203))
    a(18.8, "t1", rails("ERROR", c.hexs(8) + "-" + c.hexs(4), "Completed 503 Service Unavailable in 6ms (ActiveRecord: 0.9ms | Allocations: 1210)"))
    a(19.9, "ev", event("BackOff", "Warning", "Pod", u2, "Back-off restarting failed container unlock-api in pod %s_%s(%s)" % (u2, ns, c.uid()), "kubelet", MOB_NODES[2], count=10, ctx=c))
    a(21.5, "t2", refused(c.hexs(8) + "-" + c.hexs(4), 40777))
    a(23.2, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/vehicles/40777/unlock", 503, 19, ua, rt, "-", 0, 771204))
    a(25.0, "t1", rails("WARN", c.hexs(8) + "-" + c.hexs(4), "Rack::Attack throttled POST /api/v1/rides for 10.31.0.17 (unlock retries)"))
    return ("2026-03-06T07:42:10",
            "Riders can't unlock anything since the 07:40 deploy and trips is full of Faraday::ConnectionFailed. Is trips broken?",
            {"namespace": ns},
            {"severity": "CRITICAL", "root_cause_category": "application_error", "component": "unlock-api",
             "root_cause": "unlock-api 3.7.0 crashes on boot: UnlockApi.LockRegistry.parse_state/1 has no clause for the lock state \"maintenance_hold\", so the application fails to start and both pods are in CrashLoopBackOff; trips only reports the refused connections.",
             "summary": "unlock-api is in a crash loop (FunctionClauseError at start), no vehicle can be unlocked; trips and Traefik show refused connections and 503s.",
             "action": "Roll unlock-api back to the previous release, then add a parse_state clause (or a default) for maintenance_hold and redeploy."})

# ---------------------------------------------------------------- 003 ----
@builder(3, "T")
def r003(c):
    ns, cl = "toll-core", "toll-k8s-prod"
    w1, w2 = c.pod("passage-reconciler"), c.pod("passage-reconciler")
    c.k8s("w1", ns, w1, "sidekiq", "toll-k8s-w2", "passage-reconciler")
    c.k8s("w2", ns, w2, "sidekiq", "toll-k8s-w4", "passage-reconciler")
    c.k8s("c0", "toll-data", "cassandra-0", "cassandra", "toll-k8s-w1", "cassandra")
    c.k8s("c2", "toll-data", "cassandra-2", "cassandra", "toll-k8s-w3", "cassandra")
    c.k8s("bi", ns, c.pod("account-billing"), "php-fpm", "toll-k8s-w5", "account-billing")
    err = ("Cassandra::Errors::ReadError: Operation failed - received 0 responses and 1 failures: "
           "READ_TOO_MANY_TOMBSTONES from /10.44.3.17:7000")
    cls = "Reconcile::GantryDayJob"
    q = ("SELECT * FROM toll.passages_by_gantry WHERE gantry_id, day = A4-061, 2026-03-09 LIMIT 5000")
    a = c.add
    jids = [c.hexs(24) for _ in range(4)]
    a(0.0, "w1", sidekiq("b8k", cls, jids[0], "INFO", "start"))
    a(0.2, "w2", sidekiq("c1q", cls, jids[1], "INFO", "start"))
    a(1.4, "w2", sidekiq("c1q", cls, jids[1], "INFO", "done", elapsed="1.203"))
    a(3.9, "c2", cas("WARN", "ReadStage-3", "ReadCommand.java:607", "Read 812 live rows and 100001 tombstone cells for query " + q + "; token -3081927451290044817 (see tombstone_warn_threshold)"))
    a(3.9, "c2", cas("ERROR", "ReadStage-3", "NoSpamLogger.java:111", "Scanned over 100001 tombstones during query '" + q + "' (last scanned row token was -3081927451290044817 and partion key was ((A4-061, 2026-03-09))); query aborted"), True)
    a(4.0, "w1", sidekiq("b8k", cls, jids[0], "INFO", "fail", elapsed="3.991"))
    a(4.0, "w1", sidekiq("b8k", cls, jids[0], "WARN", jdump({"context": "Job raised exception", "job": {"retry": 10, "queue": "reconcile", "class": cls, "args": ["A4-061", "2026-03-09"], "jid": jids[0], "retry_count": 3}})))
    a(4.0, "w1", sidekiq("b8k", cls, jids[0], "WARN", err), True)
    a(4.1, "w1", "@ISO@ pid=1 tid=b8k WARN: /usr/local/bundle/gems/cassandra-driver-3.2.5/lib/cassandra/future.rb:637:in `get'")
    a(6.0, "w2", sidekiq("c3m", cls, jids[2], "INFO", "start"))
    a(7.2, "w2", sidekiq("c3m", cls, jids[2], "INFO", "done", elapsed="1.144"))
    a(9.5, "bi", laravel("INFO", "Invoice run 2026-03 batch 14/40 queued", '{"accounts":500}'))
    a(61.0, "w2", sidekiq("c5p", cls, jids[3], "INFO", "start"))
    a(64.7, "c0", cas("WARN", "ReadStage-1", "ReadCommand.java:607", "Read 812 live rows and 100001 tombstone cells for query " + q + "; token -3081927451290044817 (see tombstone_warn_threshold)"))
    a(64.8, "c0", cas("ERROR", "ReadStage-1", "NoSpamLogger.java:111", "Scanned over 100001 tombstones during query '" + q + "' (last scanned row token was -3081927451290044817 and partion key was ((A4-061, 2026-03-09))); query aborted"), True)
    a(64.9, "w2", sidekiq("c5p", cls, jids[3], "INFO", "fail", elapsed="3.874"))
    a(64.9, "w2", sidekiq("c5p", cls, jids[3], "WARN", err.replace("10.44.3.17", "10.44.1.9")))
    a(66.0, "w1", "@ISO@ pid=1 tid=b8k INFO: Adding dead Reconcile::GantryDayJob job %s" % c.hexs(24), True)
    a(71.0, "c2", cas("INFO", "CompactionExecutor:41", "CompactionTask.java:241", "Compacted (7b1d3a40-1f2c-11f1-9a1b-6f3e2c1d0a11) 4 sstables to [/var/lib/cassandra/data/toll/passages_by_gantry-9f3c2a10e4b211ee8f1a3b5c7d9e0f12/nb-2210-big,] to level=0.  341.218MiB to 339.907MiB (~99% of original)"))
    j5 = c.hexs(24)
    a(73.0, "w1", sidekiq("b9a", cls, j5, "INFO", "start"))
    a(76.8, "w1", sidekiq("b9a", cls, j5, "INFO", "fail", elapsed="3.802"))
    a(76.8, "w1", sidekiq("b9a", cls, j5, "WARN", err))
    return ("2026-03-10T02:14:03",
            "passage-reconciler jobs for gantry A4-061 keep landing in the Sidekiq dead set. Is Sidekiq/Redis the problem?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "database", "component": "cassandra",
             "root_cause": "The toll.passages_by_gantry partition (A4-061, 2026-03-09) in the cassandra cluster holds more than 100000 tombstones, so every read of it is aborted with TombstoneOverwhelming (READ_TOO_MANY_TOMBSTONES); compaction does not purge them while they are inside gc_grace_seconds.",
             "summary": "Reconciliation for gantry A4-061 fails on every attempt because Cassandra aborts the read over the tombstone threshold; other gantries reconcile normally.",
             "action": "On the cassandra side, lower gc_grace_seconds for toll.passages_by_gantry (repairs permitting) and force a compaction of that table, and stop writing per-row deletes to that partition; then retry the dead jobs."})

# ---------------------------------------------------------------- 004 ----
@builder(4, "B")
def r004(c):
    ns, cl = "bakery-prod", "bk-prod-1"
    rp1, rp2 = c.pod("route-planner"), c.pod("route-planner")
    oi1, oi2 = c.pod("order-intake"), c.pod("order-intake")
    c.k8s("rp1", ns, rp1, "route-planner", "bk-node-3", "route-planner")
    c.k8s("rp2", ns, rp2, "route-planner", "bk-node-1", "route-planner")
    c.k8s("oi1", ns, oi1, "order-intake", "bk-node-2", "order-intake")
    c.k8s("oi2", ns, oi2, "order-intake", "bk-node-4", "order-intake")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", "bk-node-1", "traefik")
    c.events("ev", ns, cl)
    c.kernel("kern", "bk-node-3", node=True)
    c.journal("ctd", "bk-node-3", "containerd.service")
    c.src["ctd"]["node"] = "bk-node-3"
    rt = "bakery-prod-order-intake-8080@kubernetes"
    def refused(tour):
        return net_json("Error", "OrderIntake.Dispatch.RoutePlanClient", 3102,
                        "Route plan request for tour %s failed; dispatch sheet not generated" % tour,
                        exception="System.Net.Http.HttpRequestException: Connection refused (route-planner.bakery-prod.svc.cluster.local:8080)\n ---> System.Net.Sockets.SocketException (111): Connection refused\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
                        state={"tour": tour, "{OriginalFormat}": "Route plan request for tour {tour} failed; dispatch sheet not generated"})
    a = c.add
    a(0.0, "rp1", rust("INFO", "route_planner::graph", "loading road graph regions=[\"nrw\", \"hessen\"] source=/data/graph/2026-02.osm.pbf"))
    a(2.0, "oi1", refused("T-0412"))
    a(4.1, "oi2", refused("T-0415"))
    a(5.2, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/dispatch/tours/T-0415/plan", 502, 11, "DispatchBoard/2.4", rt, "http://%s:8080" % c.ip("10.42.4"), 12, 90211))
    a(9.8, "rp1", rust("INFO", "route_planner::graph", "contracting graph nodes=11482201 edges=26190455 shards=1"))
    a(13.1, "kern", "Memory cgroup out of memory: Killed process 418223 (route-planner) total-vm:1693320kB, anon-rss:1046588kB, file-rss:9984kB, shmem-rss:0kB, UID:10001 pgtables:2232kB oom_score_adj:992", True)
    a(13.2, "ctd", 'time="@DOCKER@" level=info msg="TaskOOM event container_id:\\"%s\\""' % c.hexs(64), True)
    a(13.9, "oi1", refused("T-0418"))
    a(15.0, "ev", event("BackOff", "Warning", "Pod", rp1, "Back-off restarting failed container route-planner in pod %s_%s(%s)" % (rp1, ns, c.uid()), "kubelet", "bk-node-3", count=14, ctx=c), True)
    a(16.6, "oi2", refused("T-0419"))
    a(17.5, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/dispatch/tours/T-0419/plan", 502, 11, "DispatchBoard/2.4", rt, "http://%s:8080" % c.ip("10.42.4"), 9, 90212))
    a(19.0, "oi1", net_json("Warning", "Polly", 3, "Execution attempt. Source: 'RoutePlanClient-standard//Standard-Retry', Operation Key: '', Result: 'Connection refused (route-planner.bakery-prod.svc.cluster.local:8080)', Handled: 'True', Attempt: '2', Execution Time: 3.4ms"))
    a(21.4, "rp2", rust("INFO", "route_planner::graph", "loading road graph regions=[\"nrw\", \"hessen\"] source=/data/graph/2026-02.osm.pbf"))
    a(22.3, "oi2", refused("T-0421"))
    a(24.0, "oi1", refused("T-0422"))
    a(25.1, "tr", traefik(c.ip("10.42.1"), "GET", "/api/v2/dispatch/board?day=2026-02-20", 200, 48211, "DispatchBoard/2.4", rt, "http://%s:8080" % c.ip("10.42.2"), 63, 90213))
    a(31.0, "rp2", rust("INFO", "route_planner::graph", "contracting graph nodes=11482201 edges=26190455 shards=1"))
    a(34.6, "kern", "Memory cgroup out of memory: Killed process 418871 (route-planner) total-vm:1693408kB, anon-rss:1046612kB, file-rss:9932kB, shmem-rss:0kB, UID:10001 pgtables:2236kB oom_score_adj:992")
    a(35.0, "ev", event("BackOff", "Warning", "Pod", rp2, "Back-off restarting failed container route-planner in pod %s_%s(%s)" % (rp2, ns, c.uid()), "kubelet", "bk-node-1", count=12, ctx=c))
    a(36.2, "oi2", refused("T-0425"))
    a(38.0, "oi1", net_json("Error", "OrderIntake.Dispatch.DispatchSheetJob", 3110, "Dispatch sheets for 2026-02-20 incomplete: 37 of 52 tours have no route plan"))
    a(39.5, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/dispatch/tours/T-0425/plan", 502, 11, "DispatchBoard/2.4", rt, "http://%s:8080" % c.ip("10.42.4"), 10, 90214))
    return ("2026-02-20T03:52:40",
            "order-intake is throwing HttpRequestException all over the place since 03:40 and dispatch sheets are missing. What's wrong with order-intake?",
            {"namespace": ns},
            {"severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "route-planner",
             "root_cause": "route-planner now loads the nrw+hessen road graph (11.5M nodes) into one shard and exceeds its 1Gi memory limit while contracting it; the kernel OOM-kills it on every start, so both replicas are in CrashLoopBackOff and order-intake gets connection refused.",
             "summary": "route-planner is in an OOM kill loop, no delivery tours can be planned; order-intake only reports the refused connections.",
             "action": "Raise route-planner's memory limit (about 2Gi) or shard the graph per region, roll it out, then re-run the dispatch sheet job."})


# ---------------------------------------------------------------- 005 ----
def emqx(level, clientid, peer, msg, extra=""):
    return "@ISO6OFF@ [%s] clientid: %s, msg: %s, peername: %s%s" % (level, clientid, msg, peer, extra)


@builder(5, "M")
def r005(c):
    ns, cl = "mobility", "mob-eks-prod"
    u1, u2 = c.pod("unlock-api"), c.pod("unlock-api")
    ti = c.pod("telematics-ingest")
    c.k8s("u1", ns, u1, "unlock-api", MOB_NODES[1], "unlock-api")
    c.k8s("u2", ns, u2, "unlock-api", MOB_NODES[3], "unlock-api")
    c.k8s("ti", ns, ti, "telematics-ingest", MOB_NODES[2], "telematics-ingest")
    c.k8s("mq", "iot", "emqx-1", "emqx", MOB_NODES[0], "emqx")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", MOB_NODES[1], "traefik")
    c.events("ev", ns, cl)
    rt = "mobility-unlock-api-4000@kubernetes"
    def rid():
        return "request_id=F8" + c.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-", 18)
    def peer():
        return "100.%d.%d.%d:%d" % (c.ri(64, 127), c.ri(0, 255), c.ri(1, 254), c.ri(20000, 60000))
    a = c.add
    r1 = rid()
    a(0.0, "u1", phx("info", "POST /api/v1/vehicles/40112/unlock", r1))
    a(0.8, "mq", emqx("info", "scooter-38220", peer(), "terminate", ", reason: {shutdown,keepalive_timeout}"))
    a(1.1, "u1", phx("info", "Unlock command acknowledged vehicle_id=40112 latency_ms=812", r1))
    a(1.1, "u1", phx("info", "Sent 200 in 1102ms", r1))
    a(3.4, "ti", rust("WARN", "telematics_ingest::pipeline", "ingest backlog growing backlog=18211 batch_ms=950 consumers=2"))
    a(4.0, "ev", event("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "telematics-ingest",
                       "New size: 4; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler", ctx=c))
    r2 = rid()
    a(6.2, "u2", phx("info", "GET /api/v1/rides/active", r2))
    a(6.2, "u2", phx("error", "Postgrex.Protocol (#PID<0.3121.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.9981.0> exited"))
    a(6.3, "tr", traefik(c.ip("10.31.0"), "GET", "/api/v1/rides/active", 499, 21, "CityRide/5.12.0 (Android 14; Pixel 7)", rt, "http://%s:4000" % c.ip("10.31.23"), 2304, 880411))
    a(9.0, "mq", emqx("info", "ebike-20877", peer(), "terminate", ", reason: {shutdown,takenover}"))
    a(10.5, "ev", event("FailedGetResourceMetric", "Warning", "HorizontalPodAutoscaler", "telematics-ingest",
                        "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API", "horizontal-pod-autoscaler", ctx=c))
    r3 = rid()
    a(12.1, "u1", phx("info", "POST /api/v1/vehicles/39551/unlock", r3))
    a(12.1, "u1", phx("info", "Sent 401 in 3ms", r3))
    a(14.9, "ti", rust("WARN", "telematics_ingest::store", "cassandra write failed, retrying attempt=1 error=Timeout(WriteTimeout { consistency: LocalQuorum, received: 1, required: 2, write_type: UnloggedBatch })"))
    a(15.2, "ti", rust("INFO", "telematics_ingest::store", "cassandra write ok attempt=2 rows=500"))
    r4 = rid()
    a(18.0, "u2", phx("info", "POST /api/v1/vehicles/39551/unlock", r4))
    a(18.7, "u2", phx("info", "Unlock command acknowledged vehicle_id=39551 latency_ms=655", r4))
    a(18.7, "u2", phx("info", "Sent 200 in 702ms", r4))
    a(25.0, "mq", emqx("info", "scooter-41120", peer(), "terminate", ", reason: {shutdown,tcp_closed}"))
    a(96.0, "ti", rust("INFO", "telematics_ingest::pipeline", "ingest backlog drained backlog=0 drained_in_s=92 consumers=4"))
    a(97.5, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/vehicles/40007/unlock", 200, 88, "CityRide/5.12.0 (iPhone; iOS 17.4)", rt, "http://%s:4000" % c.ip("10.31.12"), 690, 880530))
    return ("2026-03-07T17:58:20",
            "Evening peak: I see DBConnection errors in unlock-api, a 401, EMQX terminating scooters and a telematics backlog. Are unlocks failing?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: the Postgrex disconnect is the request process of a client that hung up (499), the 401 was retried with a fresh token and succeeded, EMQX terminations are normal mobile keepalive/takeover churn, the Cassandra write timeout succeeded on retry and the telematics backlog drained after the HPA scaled out.",
             "summary": "Unlocks succeed (200 with acknowledged commands); the peak backlog drained within two minutes.",
             "action": "None needed."})

# ---------------------------------------------------------------- 006 ----
@builder(6, "T")
def r006(c):
    c.journal("sshd", "ns1-toll", "ssh.service")
    c.src["ans"] = {"host": "ns1-toll", "job": "systemd-journal", "unit": "session-4112.scope", "syslog_identifier": "ansible-ansible.legacy.copy"}
    c.journal("named", "ns1-toll", "named.service")
    cabs = ["cab-a2-km031", "cab-a4-km061", "cab-b1-km072", "cab-b3-km118", "cab-c2-km151"]
    for cab in cabs:
        c.compose("up-" + cab, cab, "roadside", "anpr-uplink")
    c.journal("res", "cab-b1-km072", "systemd-resolved.service")
    url = "https://ingest.toll.lan/v2/passages"
    def fail(batch, n):
        return rust("WARN", "anpr_uplink::upload", "batch upload failed, will retry batch=%s passages=%d error=error sending request for url (%s): client error (Connect): dns error: failed to lookup address information: Name or service not known" % (batch, n, url))
    a = c.add
    a(0.0, "sshd", "Accepted publickey for deploy from 10.60.0.21 port 51872 ssh2: ED25519 SHA256:%s" % c.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43))
    a(2.5, "ans", "Invoked with src=/home/deploy/.ansible/tmp/ansible-tmp-%d.41-2231-81277163/source dest=/etc/bind/zones/db.toll.lan mode=0644 owner=root group=bind backup=True force=True follow=False unsafe_writes=False validate=named-checkzone toll.lan %%s checksum=%s" % (m_epoch("2026-03-11T02:03:01"), c.hexs(40)), True)
    a(3.4, "named", "received control channel command 'reload'")
    a(3.5, "named", "zone toll.lan/IN: loaded serial 2026031102", True)
    a(3.5, "named", "reloading zones succeeded")
    a(3.6, "named", "all zones loaded")
    for i, cab in enumerate(cabs[:4]):
        a(41.0 + i * 6.3, "up-" + cab, fail(c.hexs(12), c.ri(60, 180)), i == 0)
    a(70.0, "res", "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.60.0.53.")
    a(74.2, "up-cab-c2-km151", fail(c.hexs(12), 143))
    a(80.0, "up-cab-a2-km031", rust("INFO", "anpr_uplink::config", "config poll ok url=https://cfg.toll.lan/cabinet/A2-031 etag=\"%s\" changed=false" % c.hexs(16)))
    a(101.0, "up-cab-a4-km061", fail(c.hexs(12), 171))
    a(131.0, "up-cab-b1-km072", fail(c.hexs(12), 202))
    a(139.0, "up-cab-b3-km118", rust("WARN", "anpr_uplink::spool", "upload backlog growing unsent_passages=1912 oldest_unsent_s=98 spool_free_pct=64 est_full_in_h=5.8"), True)
    a(161.0, "up-cab-a2-km031", fail(c.hexs(12), 188))
    a(163.0, "up-cab-c2-km151", fail(c.hexs(12), 166))
    a(171.0, "up-cab-b3-km118", fail(c.hexs(12), 219))
    a(190.0, "up-cab-a4-km061", rust("WARN", "anpr_uplink::spool", "upload backlog growing unsent_passages=2388 oldest_unsent_s=149 spool_free_pct=58 est_full_in_h=5.2"))
    a(221.0, "up-cab-a4-km061", fail(c.hexs(12), 158))
    a(224.0, "up-cab-b1-km072", rust("WARN", "anpr_uplink::spool", "upload backlog growing unsent_passages=2671 oldest_unsent_s=191 spool_free_pct=61 est_full_in_h=5.5"))
    return ("2026-03-11T02:03:00",
            "Every roadside cabinet stopped delivering passages to central and the spools are filling. Did last night's anpr-uplink release break the upload?",
            None,
            {"severity": "CRITICAL", "root_cause_category": "dns_resolution", "component": "ns1-toll",
             "root_cause": "An ansible push replaced the toll.lan zone on ns1-toll (serial 2026031102) without the ingest.toll.lan record; since the reload every cabinet gets 'Name or service not known' for ingest.toll.lan while other toll.lan names still resolve.",
             "summary": "Cabinet uploads fail network-wide on name resolution of ingest.toll.lan after the zone reload on ns1-toll; no passage reaches billing and the cabinet spools fill up (about 5-6 h until they are full).",
             "action": "Restore the ingest.toll.lan A record in db.toll.lan on ns1-toll (or roll back to the backup zone file), bump the serial and rndc reload; verify with dig from a cabinet."})

# ---------------------------------------------------------------- 007 ----
@builder(7, "B")
def r007(c):
    h = "bakery-edge-03"
    c.compose("pb", h, "edge", "plc-bridge")
    c.compose("mq", h, "edge", "mosquitto")
    c.compose("mes", h, "edge", "mes-agent")
    c.journal("dk", h, "docker.service")
    a = c.add
    a(0.0, "mes", net_line("info", "Bakery.MesAgent.TelemetryWatchdog", 2, "Line 1: 6 ovens reporting, line 2: 4 proofers reporting"))
    a(4.0, "mq", "@EPOCH@: Socket error on client plc-bridge-line3, disconnecting.")
    a(4.3, "dk", 'time="@DOCKER@" level=info msg="ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"' % c.hexs(64))
    a(5.1, "pb", rust("INFO", "plc_bridge", "starting plc-bridge version=1.9.0 line=3 plc=10.20.3.10:502"))
    a(5.2, "pb", rust("ERROR", "plc_bridge::config", "failed to load register map path=/etc/plc-bridge/registers.toml error=TOML parse error at line 41, column 10"), True)
    a(5.2, "pb", "41 | scale = 0,1")
    a(5.2, "pb", "expected newline, `#`", True)
    a(5.3, "pb", "Error: invalid configuration, refusing to start")
    a(6.0, "dk", 'time="@DOCKER@" level=info msg="ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"' % c.hexs(64))
    a(30.0, "mes", net_line("fail", "Bakery.MesAgent.RecipeSync", 12, "Recipe download 'Weizenbroetchen-v14' to line 3 failed: no ack from plc-bridge-line3 within 30 s"))
    a(36.2, "pb", rust("INFO", "plc_bridge", "starting plc-bridge version=1.9.0 line=3 plc=10.20.3.10:502"))
    a(36.3, "pb", rust("ERROR", "plc_bridge::config", "failed to load register map path=/etc/plc-bridge/registers.toml error=TOML parse error at line 41, column 10"))
    a(37.0, "mq", "@EPOCH@: New connection from 172.18.0.4:51544 on port 1883.")
    a(37.0, "mq", "@EPOCH@: New client connected from 172.18.0.4:51544 as mes-agent-7f1c (p2, c0, k60, u'mes').")
    a(60.0, "mes", net_line("warn", "Bakery.MesAgent.TelemetryWatchdog", 7, "No telemetry on plant/line3/+/telemetry for 120 s; marking line 3 ovens OFFLINE"))
    a(62.0, "mes", net_line("fail", "Bakery.MesAgent.RecipeSync", 12, "Recipe download 'Dinkelkruste-v3' to line 3 failed: no ack from plc-bridge-line3 within 30 s"))
    a(90.0, "mes", net_line("fail", "Bakery.MesAgent.BatchLog", 21, "Batch B-20260223-3-117: no bake curve recorded for line 3 (ovens OFFLINE), batch cannot be released for HACCP sign-off"))
    a(92.0, "mes", net_line("info", "Bakery.MesAgent.TelemetryWatchdog", 2, "Line 1: 6 ovens reporting, line 2: 4 proofers reporting"))
    a(96.0, "dk", 'time="@DOCKER@" level=info msg="ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"' % c.hexs(64))
    a(120.0, "mes", net_line("warn", "Bakery.MesAgent.TelemetryWatchdog", 7, "No telemetry on plant/line3/+/telemetry for 180 s; marking line 3 ovens OFFLINE"))
    return ("2026-02-23T04:21:12",
            "mes-agent on bakery-edge-03 says line 3 ovens are offline and recipe downloads fail. Are the ovens down?",
            None,
            {"severity": "ERROR", "root_cause_category": "config_error", "component": "plc-bridge",
             "root_cause": "The plc-bridge register map /etc/plc-bridge/registers.toml has an invalid value on line 41 (decimal comma: 'scale = 0,1'), so plc-bridge for line 3 exits at start and Docker keeps restarting it; the ovens themselves are fine.",
             "summary": "plc-bridge for line 3 refuses to start on a TOML parse error; line 3 has no telemetry, no recipe downloads and batches cannot be signed off, lines 1 and 2 work.",
             "action": "Fix registers.toml line 41 to 'scale = 0.1' on bakery-edge-03 and restart the plc-bridge compose service; validate the file in the deploy step."})


# ---------------------------------------------------------------- 008 ----
@builder(8, "M")
def r008(c):
    ns, cl = "mobility", "mob-eks-prod"
    p1, p2 = c.pod("payments"), c.pod("payments")
    t1, t2 = c.pod("trips"), c.pod("trips")
    u1 = c.pod("unlock-api")
    c.k8s("p1", ns, p1, "payments", MOB_NODES[2], "payments")
    c.k8s("p2", ns, p2, "payments", MOB_NODES[0], "payments")
    c.k8s("t1", ns, t1, "trips", MOB_NODES[1], "trips")
    c.k8s("t2", ns, t2, "trips", MOB_NODES[3], "trips")
    c.k8s("u1", ns, u1, "unlock-api", MOB_NODES[1], "unlock-api")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", MOB_NODES[1], "traefik")
    rt = "mobility-trips-3000@kubernetes"
    tls_exc = ("System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n"
               " ---> System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.\n"
               " ---> Interop+OpenSsl+SslException: SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL.\n"
               " ---> Interop+Crypto+OpenSslCryptographicException: error:0A000415:SSL routines::sslv3 alert certificate expired")
    def pfail(ride):
        return net_json("Error", "Mobility.Payments.Psp.PspClient", 4101,
                        "Pre-authorization for ride %s failed" % ride, exception=tls_exc,
                        state={"RideId": ride, "{OriginalFormat}": "Pre-authorization for ride {RideId} failed"})
    def tfail(ride):
        return rails("ERROR", c.hexs(8) + "-" + c.hexs(4), "Payments::PreauthError (payments responded 502: psp_unreachable) ride=%s" % ride)
    a = c.add
    a(0.0, "p1", net_json("Information", "Mobility.Payments.Psp.ClientCertificateLoader", 4001,
                          "Loaded PSP client certificate CN=payments.cityride-prod, Thumbprint=%s, NotAfter=2026-03-12T00:00:00Z" % c.hexs(40).upper(),
                          state={"{OriginalFormat}": "Loaded PSP client certificate CN={Subject}, Thumbprint={Thumbprint}, NotAfter={NotAfter}"}), True)
    a(2.0, "t1", tfail("R-88120331"))
    a(2.0, "p1", pfail("R-88120331"), True)
    a(4.6, "u1", phx("warning", "unlock rejected vehicle_id=40288 reason=preauth_failed", "request_id=F8" + c.hexs(16)))
    a(5.2, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/rides", 402, 61, "CityRide/5.12.0 (iPhone; iOS 17.4)", rt, "http://%s:3000" % c.ip("10.31.14"), 388, 904411))
    a(7.9, "t2", tfail("R-88120334"))
    a(8.8, "t1", tfail("R-88120337"))
    a(9.4, "p2", pfail("R-88120337"))
    a(11.1, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/rides", 402, 61, "CityRide/5.12.0 (Android 14; SM-S911B)", rt, "http://%s:3000" % c.ip("10.31.21"), 402, 904412))
    a(13.0, "u1", phx("warning", "unlock rejected vehicle_id=39114 reason=preauth_failed", "request_id=F8" + c.hexs(16)))
    a(14.5, "t2", tfail("R-88120341"))
    a(16.1, "t1", rails("WARN", c.hexs(8) + "-" + c.hexs(4), "Payments circuit half-open, 0/12 preauth calls succeeded in the last 60s"))
    a(18.0, "t1", tfail("R-88120344"))
    a(19.3, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/rides", 402, 61, "CityRide/5.11.3 (iPhone; iOS 16.7)", rt, "http://%s:3000" % c.ip("10.31.14"), 377, 904413))
    a(21.7, "t2", tfail("R-88120347"))
    a(22.0, "p1", net_json("Warning", "Polly", 3, "Execution attempt. Source: 'PspClient-standard//Standard-Retry', Operation Key: '', Result: 'The SSL connection could not be established, see inner exception.', Handled: 'True', Attempt: '2', Execution Time: 41.2ms"))
    a(24.4, "u1", phx("warning", "unlock rejected vehicle_id=41870 reason=preauth_failed", "request_id=F8" + c.hexs(16)))
    a(26.0, "t1", tfail("R-88120350"))
    a(27.9, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/rides", 402, 61, "CityRide/5.12.0 (Android 13; moto g84)", rt, "http://%s:3000" % c.ip("10.31.21"), 391, 904414))
    a(29.5, "t2", tfail("R-88120352"))
    a(31.0, "p2", pfail("R-88120352"))
    return ("2026-03-12T06:10:04",
            "Nobody can start a ride this morning, trips is logging Payments::PreauthError and the app shows 'payment failed'. What's going on?",
            {"namespace": ns},
            {"severity": "CRITICAL", "root_cause_category": "tls_certificate", "component": "payments",
             "root_cause": "The client certificate that payments presents to the PSP for mutual TLS expired at 2026-03-12T00:00:00Z; the PSP aborts every handshake with 'sslv3 alert certificate expired', so no pre-authorization succeeds.",
             "summary": "All ride pre-authorizations fail on the mTLS handshake to the PSP; no new ride can start. trips and unlock-api only relay the failure.",
             "action": "Install the renewed PSP client certificate in the payments secret and restart payments; add expiry monitoring for the certificate."})

# ---------------------------------------------------------------- 009 ----
@builder(9, "T")
def r009(c):
    h = "cab-a7-km112"
    c.journal("ssh", h, "ssh.service")
    c.kernel("kern", h)
    c.compose("ag", h, "roadside", "anpr-agent")
    c.journal("dk", h, "docker.service")
    c.journal("cron", h, "cron.service")
    c.src["sa"] = {"host": h, "job": "systemd-journal", "unit": "cron.service", "syslog_identifier": "spool-archive.sh"}
    c.journal("chr", h, "chrony.service")
    def bad(user, ip, port):
        return "Invalid user %s from %s port %d" % (user, ip, port)
    a = c.add
    ip1 = "45.148.10.%d" % c.ri(2, 250)
    a(0.0, "ssh", bad("admin", ip1, c.ri(30000, 60000)))
    a(0.4, "ssh", "Connection closed by invalid user admin %s port %d [preauth]" % (ip1, c.ri(30000, 60000)))
    a(3.2, "ssh", bad("ubnt", ip1, c.ri(30000, 60000)))
    a(12.0, "ag", rust("INFO", "anpr_agent", "received SIGTERM, draining frame queue queued=14"))
    a(12.9, "ag", rust("INFO", "anpr_agent::spool", "spool flushed passages=14 path=/var/spool/anpr"))
    a(13.0, "ag", rust("INFO", "anpr_agent", "shutdown complete"))
    a(13.4, "dk", 'time="@DOCKER@" level=info msg="ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"' % c.hexs(64))
    a(16.8, "ag", rust("INFO", "anpr_agent", "starting anpr-agent version=4.2.1 gantry=A7-112 cameras=2"))
    a(17.5, "ag", rust("WARN", "anpr_agent::camera", "camera stream lost, reconnecting camera=cam-2 url=rtsp://10.70.12.12:554/stream1 error=Connection refused (os error 111)"))
    a(18.0, "kern", "e1000e 0000:00:1f.6 eth1: NIC Link is Down")
    a(41.0, "kern", "e1000e 0000:00:1f.6 eth1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx")
    a(47.2, "ag", rust("INFO", "anpr_agent::camera", "camera stream restored camera=cam-2 fps=25 firmware=7.4.18"))
    a(60.0, "cron", "(root) CMD (/usr/local/bin/spool-archive.sh)")
    a(71.0, "sa", "rsync warning: some files vanished before they could be transferred (code 24) at main.c(1338) [sender=3.2.7]")
    a(71.2, "sa", "archived 2214 passages to archive.toll.lan:/spool/A7-112/2026-03-14 (exit 24 treated as success)")
    a(75.0, "chr", "Selected source 10.60.0.123 (ntp.toll.lan)")
    a(80.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.97 lane=1 class=car latency_ms=143"))
    a(88.0, "ssh", "Failed password for root from 194.26.29.%d port %d ssh2" % (c.ri(2, 250), c.ri(30000, 60000)))
    a(88.3, "ssh", "Received disconnect from 194.26.29.%d port %d:11: Bye Bye [preauth]" % (c.ri(2, 250), c.ri(30000, 60000)))
    a(95.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.99 lane=2 class=truck latency_ms=151"))
    return ("2026-03-14T01:30:05",
            "cab-a7-km112 shows failed root logins, a NIC link down and a camera 'connection refused' tonight. Is the gantry compromised or broken?",
            None,
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: SSH brute-force attempts were rejected, anpr-agent was updated gracefully (SIGTERM, spool flushed), the camera link and stream dropped only during the planned camera firmware reboot and came back, and the archive cron's rsync code 24 is treated as success.",
             "summary": "Gantry A7-112 is reading plates normally after a planned anpr-agent and camera firmware update.",
             "action": "None needed; optionally restrict SSH to the management network."})

# ---------------------------------------------------------------- 010 ----
def oban(event_, worker, attempt, state, extra=None):
    d = {"event": event_, "source": "oban", "worker": worker, "queue": "slots",
         "attempt": attempt, "max_attempts": 20, "state": state}
    if extra:
        d.update(extra)
    return jdump(d)


@builder(10, "B")
def r010(c):
    ns = "bakery-prod"
    b1, b2 = c.pod("batch-tracker"), c.pod("batch-tracker")
    c.k8s("b1", ns, b1, "batch-tracker", "bk-node-2", "batch-tracker")
    c.k8s("b2", ns, b2, "batch-tracker", "bk-node-4", "batch-tracker")
    c.k8s("pg", ns, "orders-db-0", "postgres", "bk-node-3", "orders-db")
    c.k8s("oi", ns, c.pod("order-intake"), "order-intake", "bk-node-1", "order-intake")
    def dl(pid1, pid2, tx1, tx2, stmt, tup):
        pre = "@PG@ [%d] batch_tracker@orders " % pid1
        return [pre + "ERROR:  deadlock detected",
                pre + "DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d. Process %d waits for ShareLock on transaction %d; blocked by process %d." % (pid1, tx2, pid2, pid2, tx1, pid1),
                pre + 'CONTEXT:  while updating tuple %s in relation "proof_slots"' % tup,
                pre + "STATEMENT:  " + stmt]
    assign = "UPDATE proof_slots SET batch_id = $1, reserved_at = $2 WHERE id = $3"
    release = "UPDATE batches SET state = 'released', updated_at = $1 WHERE id = $2"
    exc = "** (Postgrex.Error) ERROR 40P01 (deadlock_detected) deadlock detected"
    a = c.add
    a(0.0, "b1", oban("job:stop", "BatchTracker.Workers.AssignProofSlot", 1, "success", {"duration": 41211, "queue_time": 1202}))
    for i, p in enumerate(dl(3114, 3120, 9917309, 9917311, assign, "(12,7)")):
        a(6.0, "pg", p, i in (0, 1))
    a(6.1, "b2", oban("job:exception", "BatchTracker.Workers.AssignProofSlot", 1, "failure", {"error": exc, "duration": 1003211}), True)
    a(6.2, "b1", oban("job:stop", "BatchTracker.Workers.ReleaseBatch", 1, "success", {"duration": 1018770, "queue_time": 903}))
    a(9.0, "oi", net_json("Information", "OrderIntake.Api.OrdersController", 1200, "Order 88231 accepted for branch bk-0417, 14 lines"))
    a(12.4, "b2", oban("job:stop", "BatchTracker.Workers.AssignProofSlot", 2, "success", {"duration": 52110, "queue_time": 3012004}))
    for i, p in enumerate(dl(3131, 3114, 9917402, 9917398, release, "(3,41)")):
        a(48.0, "pg", p.replace('in relation "proof_slots"', 'in relation "batches"'), i == 0)
    a(48.1, "b1", oban("job:exception", "BatchTracker.Workers.ReleaseBatch", 1, "failure", {"error": exc, "duration": 1001843}))
    a(51.5, "b1", oban("job:stop", "BatchTracker.Workers.ReleaseBatch", 2, "success", {"duration": 38210, "queue_time": 3021110}))
    a(55.0, "b2", phx("warning", "proof slot assignment p95 latency 1.9s over the last 5 min (target 0.5s); 2 deadlock retries", ""), True)
    a(60.0, "oi", net_json("Information", "OrderIntake.Api.OrdersController", 1200, "Order 88232 accepted for branch bk-0212, 9 lines"))
    return ("2026-03-05T05:41:00",
            "orders-db is logging deadlocks during the morning proofing run. Is the database in trouble?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "database", "component": "batch-tracker",
             "root_cause": "batch-tracker's AssignProofSlot and ReleaseBatch Oban workers update proof_slots and batches rows in opposite order inside their transactions, so Postgres detects deadlocks (40P01) and aborts one side; Oban retries them successfully.",
             "summary": "Intermittent deadlocks between two batch-tracker workers; every affected job succeeded on attempt 2, proof slot assignment is slower but working.",
             "action": "Make both batch-tracker workers lock batches and proof_slots in the same order (e.g. SELECT ... FOR UPDATE on batches first); no database change needed."})


# ---------------------------------------------------------------- 011 ----
@builder(11, "M")
def r011(c):
    ns, cl = "mobility", "mob-eks-prod"
    pods = [c.pod("telematics-ingest") for _ in range(3)]
    for i, p in enumerate(pods):
        c.k8s("t%d" % i, ns, p, "telematics-ingest", MOB_NODES[i], "telematics-ingest")
    c.k8s("r0", "data", "rabbitmq-0", "rabbitmq", MOB_NODES[3], "rabbitmq")
    c.k8s("r1", "data", "rabbitmq-1", "rabbitmq", MOB_NODES[1], "rabbitmq")
    c.events("ev", "data", cl)
    bad_ip = c.ip("10.31.21")
    rip = c.ip("10.31.23")
    lapin = ('connection to broker failed, retrying in 5s error=ProtocolError(AMQPError { kind: Hard(ACCESSREFUSED), '
             'message: ShortString("ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.") })')
    def conn_err(port):
        pid = "0.%d.4" % c.ri(20000, 40000)
        return [rmq("info", pid, "accepting AMQP connection <%s> (%s:%d -> %s:5672)" % (pid, bad_ip, port, rip)),
                rmq("error", pid, "Error on AMQP connection <%s> (%s:%d -> %s:5672, state: starting):" % (pid, bad_ip, port, rip)),
                "PLAIN login refused: user 'telematics' - invalid credentials"]
    a = c.add
    a(0.0, "r0", rmq("info", "0.1102.0", "Successfully changed password for user 'telematics'"), True)
    a(1.0, "ev", event("Updated", "Normal", "ExternalSecret", "rabbitmq-telematics", "Updated Secret", "external-secrets", ctx=c))
    a(95.0, "ev", event("Killing", "Normal", "Pod", "rabbitmq-1", "Stopping container rabbitmq", "kubelet", MOB_NODES[1], ctx=c))
    a(96.0, "t2", rust("WARN", "telematics_ingest::amqp", "connection to broker lost, reconnecting broker=rabbitmq-1.rabbitmq.data.svc error=IOError(Kind(ConnectionReset))"))
    a(97.0, "t0", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=1210 queue=telemetry.raw"))
    for i, ln in enumerate(conn_err(c.ri(40000, 60000))):
        a(101.0, "r0", ln, i == 2)
    a(101.1, "t2", rust("WARN", "telematics_ingest::amqp", lapin), True)
    a(104.0, "t1", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=1544 queue=telemetry.raw"))
    for i, ln in enumerate(conn_err(c.ri(40000, 60000))):
        a(106.2, "r0", ln)
    a(106.3, "t2", rust("WARN", "telematics_ingest::amqp", lapin))
    a(109.0, "t0", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=1890 queue=telemetry.raw"))
    a(111.0, "r1", rmq("info", "0.231.0", "Server startup complete; 5 plugins started."))
    a(112.0, "t1", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=2112 queue=telemetry.raw"))
    for i, ln in enumerate(conn_err(c.ri(40000, 60000))[1:]):
        a(116.5, "r0", ln)
    a(116.6, "t2", rust("WARN", "telematics_ingest::amqp", lapin))
    a(120.0, "t0", rust("WARN", "telematics_ingest::pipeline", "consumer lag rising lag=2590 queue=telemetry.raw active_consumers=2/3"), True)
    return ("2026-03-09T04:00:11",
            "RabbitMQ is spamming 'invalid credentials' errors since the 04:00 password rotation. Did the rotation break the broker?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "auth_failure", "component": "telematics-ingest",
             "root_cause": "The telematics RabbitMQ password was rotated; one telematics-ingest pod lost its connection when rabbitmq-1 restarted and reconnects with the old password it read from its environment at start, so the broker refuses the PLAIN login. The two other pods keep their existing connections.",
             "summary": "One of three telematics-ingest consumers cannot log in to RabbitMQ after the password rotation; ingestion continues at 2/3 capacity with a slowly growing lag.",
             "action": "Restart the telematics-ingest deployment so all pods read the new secret (and make it reload credentials on rotation); the broker needs no change."})

# ---------------------------------------------------------------- 012 ----
@builder(12, "T")
def r012(c):
    ns = "toll-core"
    pr = [c.pod("plate-recognition") for _ in range(3)]
    gi = [c.pod("gantry-ingest") for _ in range(2)]
    for i, p in enumerate(pr):
        c.k8s("p%d" % i, ns, p, "plate-recognition", "toll-k8s-w%d" % (i + 1), "plate-recognition")
    for i, p in enumerate(gi):
        c.k8s("g%d" % i, ns, p, "gantry-ingest", "toll-k8s-w%d" % (i + 4), "gantry-ingest")
    span = "request{method=POST uri=/v1/recognize version=HTTP/1.1}"
    def panic(idx):
        return ["thread 'tokio-runtime-worker' panicked at src/decode/mono.rs:88:31:",
                "index out of bounds: the len is 1228800 but the index is %d" % idx]
    def fail500(ms):
        return rust("ERROR", "tower_http::trace::on_failure", "response failed classification=Status code: 500 Internal Server Error latency=%d ms" % ms, span)
    def gfail(cam, frame):
        return phx("error", "recognition failed gantry=A4-061 camera=%s frame_id=%s status=500; passage routed to manual review" % (cam, frame), "")
    a = c.add
    a(0.0, "g0", phx("info", "camera registered gantry=A4-061 camera=cam-1 firmware=7.5.0 pixel_format=mono12p resolution=1280x960", ""), True)
    a(0.3, "g0", phx("info", "camera registered gantry=A4-061 camera=cam-2 firmware=7.5.0 pixel_format=mono12p resolution=1280x960", ""))
    a(4.1, "g1", phx("info", "passage gantry=B1-072 lane=2 plate_hash=%s conf=" % c.hexs(10) + "0.98 latency_ms=212", ""))
    p1 = panic(1228800)
    a(6.0, "p0", p1[0], True)
    a(6.0, "p0", p1[1], True)
    a(6.0, "p0", fail500(4))
    a(6.1, "g0", gfail("cam-1", c.hexs(12)))
    a(8.2, "g1", gfail("cam-2", c.hexs(12)))
    a(8.2, "p2", panic(1228800)[0])
    a(8.2, "p2", fail500(3))
    a(10.0, "g0", phx("info", "passage gantry=C2-151 lane=1 plate_hash=%s conf=" % c.hexs(10) + "0.97 latency_ms=198", ""))
    a(11.9, "g0", gfail("cam-1", c.hexs(12)))
    a(11.9, "p1", fail500(4))
    a(14.0, "g1", gfail("cam-1", c.hexs(12)))
    a(16.3, "g0", gfail("cam-2", c.hexs(12)))
    a(17.0, "g1", phx("info", "passage gantry=A2-031 lane=3 plate_hash=%s conf=" % c.hexs(10) + "0.99 latency_ms=187", ""))
    a(19.8, "g1", gfail("cam-2", c.hexs(12)))
    a(21.0, "g0", phx("warning", "manual review queue gantry=A4-061 depth=214 (all frames since 09:12 firmware update)", ""), True)
    a(23.4, "g0", gfail("cam-1", c.hexs(12)))
    return ("2026-03-16T09:31:02",
            "gantry-ingest is logging a stream of 'recognition failed' for A4-061 and the manual review queue is exploding. Is gantry-ingest broken?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "application_error", "component": "plate-recognition",
             "root_cause": "After the camera firmware update at gantry A4-061 the cameras send mono12p frames; plate-recognition's mono decoder (src/decode/mono.rs:88) indexes past the end of the buffer for that pixel format and panics, so every recognition request for those cameras returns 500.",
             "summary": "All frames from gantry A4-061 fail recognition with a panic in plate-recognition and go to manual review; the other gantries are recognized normally.",
             "action": "Fix plate-recognition's decoder to handle mono12p (buffer size per pixel format) and deploy; as a stopgap switch the A4-061 cameras back to mono8 output."})

# ---------------------------------------------------------------- 013 ----
@builder(13, "B")
def r013(c):
    h = "bakery-edge-01"
    c.syslog("cron", h, "CRON")
    c.syslog("sysd", h, "systemd")
    c.syslog("hx", h, "haccp-export")
    c.syslog("kern", h, "kernel")
    c.syslog("uu", h, "unattended-upgrade")
    c.compose("mq", h, "edge", "mosquitto")
    c.compose("mes", h, "edge", "mes-agent")
    def sl(tag, msg):
        return "@SYS@ %s %s: %s" % (h, tag, msg)
    a = c.add
    a(0.0, "cron", sl("CRON[22811]", "(root) CMD (/usr/local/bin/haccp-export --day yesterday)"))
    a(1.5, "sysd", sl("systemd[1]", "/etc/systemd/system/plc-bridge-line1.service:9: Standard output type syslog is obsolete, automatically updating to journal. Please update your unit file, and consider removing the setting altogether."))
    a(8.8, "hx", sl("haccp-export[22814]", "WARNING: probe P-17 (proofer 2) reported no samples 02:10-02:25; exported with gap flag"))
    a(9.0, "hx", sl("haccp-export[22814]", "WARNING: probe P-22 (oven 4) reported no samples 02:11-02:24; exported with gap flag"))
    a(12.3, "hx", sl("haccp-export[22814]", "export complete: 41 probes, 118080 samples, 2 gaps flagged -> sftp://qa.bakery.lan/haccp/2026-02-24.csv (exit 0)"))
    a(20.0, "mq", "@EPOCH@: Client oven-hmi-2 has exceeded timeout, disconnecting.")
    a(26.2, "mq", "@EPOCH@: New connection from 10.20.1.42:40112 on port 1883.")
    a(26.2, "mq", "@EPOCH@: New client connected from 10.20.1.42:40112 as oven-hmi-2 (p2, c0, k30, u'hmi').")
    a(40.0, "kern", sl("kernel", "[812231.441002] usb 1-1.3: USB disconnect, device number 7"))
    a(44.1, "kern", sl("kernel", "[812235.550171] usb 1-1.3: new full-speed USB device number 8 using xhci_hcd"))
    a(44.3, "kern", sl("kernel", "[812235.712904] input: Honeywell Imaging & Mobility 1900 as /devices/platform/scb/fd500000.pcie/pci0000:00/0000:00:00.0/0000:01:00.0/usb1/1-1/1-1.3/1-1.3:1.0/0003:0C2E:0A07.0008/input/input9"))
    a(60.0, "mes", net_line("info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down..."))
    a(63.5, "mes", net_line("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:5080"))
    a(64.0, "mes", net_line("warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", 3, "Failed to determine the https port for redirect."))
    a(70.0, "mes", net_line("info", "Bakery.MesAgent.TelemetryWatchdog", 2, "Line 1: 6 ovens reporting, line 2: 4 proofers reporting"))
    a(90.0, "uu", sl("unattended-upgrade[23012]", "Packages that will be upgraded: libssl3 openssl"))
    a(101.0, "uu", sl("unattended-upgrade[23012]", "All upgrades installed"))
    a(110.0, "mq", "@EPOCH@: Client mes-agent-41c2 closed its connection.")
    a(110.4, "mq", "@EPOCH@: New client connected from 172.18.0.4:52210 as mes-agent-41c2 (p2, c0, k60, u'mes').")
    return ("2026-02-25T03:05:01",
            "bakery-edge-01 had HACCP export warnings, an HMI timeout and USB disconnects overnight. Anything to fix before production starts?",
            None,
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: the HACCP export completed with two short probe gaps flagged, oven-hmi-2 missed a keepalive and reconnected within seconds, the barcode scanner was replugged, mes-agent restarted for its update and all lines report telemetry; the systemd and https-port messages are deprecation/config notices.",
             "summary": "Normal night on bakery-edge-01; all oven and proofer telemetry is flowing.",
             "action": "None needed; optionally drop StandardOutput=syslog from the plc-bridge-line1 unit."})


# ---------------------------------------------------------------- 014 ----
@builder(14, "M")
def r014(c):
    ns = "mobility"
    pr = [c.pod("pricing") for _ in range(2)]
    for i, p in enumerate(pr):
        c.k8s("p%d" % i, ns, p, "php-fpm", MOB_NODES[i + 1], "pricing")
    c.k8s("t0", ns, c.pod("trips"), "trips", MOB_NODES[3], "trips")
    cd = [c.pod("coredns") for _ in range(2)]
    c.k8s("d0", "kube-system", cd[0], "coredns", MOB_NODES[0], "coredns")
    c.k8s("d1", "kube-system", cd[1], "coredns", MOB_NODES[2], "coredns")
    host = "tariffs.internal.cityride.net"
    def perr(zone):
        return laravel("ERROR", "cURL error 6: Could not resolve host: %s (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://%s/v2/zones/%s/tariff" % (host, host, zone),
                       jdump({"exception": "[object] (GuzzleHttp\\Exception\\ConnectException(code: 0): cURL error 6: Could not resolve host: %s (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://%s/v2/zones/%s/tariff at /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275)" % (host, host, zone)}))
    def dns(pod_ip, qtype):
        return "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->10.0.5.53:53: i/o timeout" % (host, qtype, pod_ip, c.ri(30000, 60000))
    d0ip, d1ip = c.ip("10.31.12"), c.ip("10.31.21")
    def terr(ride):
        return rails("ERROR", c.hexs(8) + "-" + c.hexs(4), "Pricing::QuoteUnavailable (pricing responded 503: tariff_lookup_failed) scheduled_ride=%s" % ride)
    a = c.add
    a(0.0, "p0", perr("B-Mitte"), True)
    a(0.1, "d0", dns(d0ip, "A"), True)
    a(0.1, "d0", dns(d0ip, "AAAA"))
    a(0.3, "t0", terr("S-20260313-0911"))
    a(4.4, "p1", laravel("INFO", "Quote computed", jdump({"ride_type": "instant", "vehicle": "ebike", "zone": "B-Kreuzberg", "fare_cents": 412, "tariff_source": "cache"})))
    a(7.0, "p1", perr("B-Friedrichshain"))
    a(7.1, "d1", dns(d1ip, "A"))
    a(7.3, "t0", terr("S-20260313-0914"))
    a(12.5, "p0", laravel("INFO", "Quote computed", jdump({"ride_type": "instant", "vehicle": "scooter", "zone": "B-Mitte", "fare_cents": 298, "tariff_source": "cache"})))
    a(15.2, "p0", perr("B-Neukoelln"))
    a(15.3, "d0", dns(d0ip, "A"))
    a(15.5, "t0", terr("S-20260313-0917"))
    a(22.0, "p1", laravel("WARNING", "Tariff cache has no entry for scheduled rides; tariff service lookup required", jdump({"zone": "B-Pankow", "ride_type": "scheduled"})))
    a(22.1, "p1", perr("B-Pankow"))
    a(22.2, "d1", dns(d1ip, "A"))
    a(22.4, "t0", terr("S-20260313-0920"))
    a(30.0, "p0", laravel("INFO", "Quote computed", jdump({"ride_type": "instant", "vehicle": "ebike", "zone": "B-Wedding", "fare_cents": 377, "tariff_source": "cache"})))
    a(36.0, "p1", perr("B-Mitte"))
    a(36.2, "t0", terr("S-20260313-0925"))
    return ("2026-03-13T09:11:40",
            "Scheduled-ride quotes fail with 'tariff_lookup_failed' in pricing since this morning, instant rides are fine. What broke in pricing?",
            None,
            {"severity": "ERROR", "root_cause_category": "dns_resolution", "component": "coredns",
             "root_cause": "coredns still forwards the internal.cityride.net zone to 10.0.5.53, the decommissioned internal DNS server; every forward times out, so tariffs.internal.cityride.net cannot be resolved and pricing's tariff lookups fail with cURL error 6.",
             "summary": "Quotes for scheduled rides fail because tariffs.internal.cityride.net does not resolve (CoreDNS forward to a dead upstream); instant rides use cached tariffs and work.",
             "action": "Update the internal.cityride.net forward in the coredns Corefile (ConfigMap) to the new internal DNS server and let CoreDNS reload; pricing needs no change."})

# ---------------------------------------------------------------- 015 ----
@builder(15, "T")
def r015(c):
    h = "cab-a4-km061"
    c.journal("hc", h, "cabinet-health.service")
    c.journal("jd", h, "systemd-journald.service")
    c.journal("sm", h, "smartd.service")
    c.compose("ag", h, "roadside", "anpr-agent")
    c.compose("up", h, "roadside", "anpr-uplink")
    a = c.add
    def hc(pct, free):
        return "disk /var/lib/docker used %.1f%% (%.1f GiB free; warn 85%%, crit 95%%)" % (pct, free)
    a(0.0, "hc", hc(89.1, 5.1))
    a(0.1, "hc", "docker images: 17 total, 14 not used by any container, 9.8 GiB reclaimable", True)
    a(300.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.98 lane=1 class=car latency_ms=139"))
    a(610.0, "hc", hc(89.6, 4.8), True)
    a(611.0, "ag", rust("WARN", "anpr_agent::spool", "spool free space below 5 GiB, disabling debug thumbnails free_gib=4.8"), True)
    a(900.0, "sm", "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 37 to 39")
    a(1200.0, "hc", hc(90.2, 4.5))
    a(1201.0, "jd", "Deleted archived journal /var/log/journal/5f3c2a10e4b211ee8f1a3b5c7d9e0f12/system@0006113a9c5f2e11-7a1b2c3d4e5f6071.journal~ (64.0M).")
    a(1400.0, "up", rust("INFO", "anpr_uplink::upload", "batch uploaded batch=%s passages=131 elapsed_ms=412" % c.hexs(12)))
    a(1500.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.96 lane=2 class=van latency_ms=147"))
    a(1810.0, "hc", hc(90.7, 4.2))
    a(1810.1, "hc", "trend: +1.6 pp/30 min, crit 95% reached in about 8 h at current rate", True)
    a(2000.0, "up", rust("INFO", "anpr_uplink::upload", "batch uploaded batch=%s passages=118 elapsed_ms=398" % c.hexs(12)))
    a(2300.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.99 lane=1 class=car latency_ms=141"))
    return ("2026-03-17T10:02:30",
            "anpr-agent on cab-a4-km061 switched off debug thumbnails. Is the SSD dying?",
            None,
            {"severity": "WARN", "root_cause_category": "resource_exhausted", "component": "cab-a4-km061",
             "root_cause": "The data disk of cabinet cab-a4-km061 is filling with old Docker images (14 unused images, 9.8 GiB reclaimable) left by successive updates; usage climbs about 1.6 points per 30 min toward the 95% critical mark.",
             "summary": "Disk on cab-a4-km061 at 90.7% and rising; plate reading and uploads still work, debug thumbnails were disabled to save space.",
             "action": "Prune unused Docker images on cab-a4-km061 (docker image prune -a) and add a periodic prune to the cabinet's provisioning; the SSD itself is healthy."})

# ---------------------------------------------------------------- 016 ----
@builder(16, "B")
def r016(c):
    ns, cl = "bakery-prod", "bk-prod-1"
    old = c.pod("label-service")
    c._rs.pop("label-service")
    ls = c.pod("label-service")
    newrs = ls.rsplit("-", 1)[0]
    oldrs = old.rsplit("-", 1)[0]
    c.k8s("fpm", ns, ls, "php-fpm", "bk-node-2", "label-service")
    c.k8s("ngx", ns, ls, "nginx", "bk-node-2", "label-service")
    oi = [c.pod("order-intake") for _ in range(2)]
    c.k8s("o0", ns, oi[0], "order-intake", "bk-node-1", "order-intake")
    c.k8s("o1", ns, oi[1], "order-intake", "bk-node-3", "order-intake")
    c.events("ev", ns, cl)
    c.journal("kl", "bk-node-2", "kubelet.service")
    c.src["kl"]["node"] = "bk-node-2"
    ip = c.ip("10.42.2")
    uid = c.uid()
    def ofail(tour):
        return net_json("Error", "OrderIntake.Dispatch.LabelClient", 3210,
                        "Label print for tour %s failed; 0 crate labels produced" % tour,
                        exception="System.Net.Http.HttpRequestException: Connection refused (label-service.bakery-prod.svc.cluster.local:80)\n ---> System.Net.Sockets.SocketException (111): Connection refused",
                        state={"tour": tour, "{OriginalFormat}": "Label print for tour {tour} failed; 0 crate labels produced"})
    kubelet_ip = "10.42.2.1"
    def probe():
        return '%s - - [@NGINX@] "GET /healthz HTTP/1.1" 404 6612 "-" "kube-probe/1.29"' % kubelet_ip
    a = c.add
    a(0.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "label-service", "Scaled down replica set %s to 0 from 1" % oldrs, "deployment-controller", ctx=c))
    a(9.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "label-service", "Scaled up replica set %s to 1" % newrs, "deployment-controller", ctx=c))
    a(14.0, "fpm", "[@FPM@] NOTICE: fpm is running, pid 1")
    a(14.0, "fpm", "[@FPM@] NOTICE: ready to handle connections")
    a(20.1, "ngx", probe(), True)
    a(24.0, "o0", ofail("T-0702"))
    a(30.1, "ngx", probe())
    a(30.2, "kl", klog("I", 1877, "prober.go:107", '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="nginx" probeResult="failure" output="HTTP probe failed with statuscode: 404"' % (ns, ls, uid)), True)
    a(33.5, "o1", ofail("T-0705"))
    a(38.0, "o0", ofail("T-0709"))
    a(40.3, "ev", event("Unhealthy", "Warning", "Pod", ls, "Readiness probe failed: HTTP probe failed with statuscode: 404", "kubelet", "bk-node-2", count=4, ctx=c), True)
    a(44.2, "o1", ofail("T-0711"))
    a(47.0, "o0", net_json("Warning", "Polly", 3, "Execution attempt. Source: 'LabelClient-standard//Standard-Retry', Operation Key: '', Result: 'Connection refused (label-service.bakery-prod.svc.cluster.local:80)', Handled: 'True', Attempt: '2', Execution Time: 1.1ms"))
    a(52.9, "o1", ofail("T-0714"))
    a(58.1, "o0", ofail("T-0715"))
    a(63.0, "o1", net_json("Error", "OrderIntake.Dispatch.DispatchSheetJob", 3111, "Crate labels missing for 14 of 14 tours planned since 04:02; drivers cannot scan crates at loading"))
    a(70.1, "ngx", probe())
    a(70.2, "ev", event("Unhealthy", "Warning", "Pod", ls, "Readiness probe failed: HTTP probe failed with statuscode: 404", "kubelet", "bk-node-2", count=9, ctx=c))
    a(71.0, "o0", ofail("T-0718"))
    return ("2026-03-19T04:02:11",
            "Since the label-service upgrade order-intake can't print crate labels (connection refused). The label-service pod is Running and php-fpm says ready. Is it the network?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "probe_failure", "component": "label-service",
             "root_cause": "The upgraded label-service (Laravel 11) no longer serves /healthz, but its readiness probe still requests it; the probe gets 404, the only pod never becomes Ready (Recreate strategy), the Service has no endpoints and callers get connection refused.",
             "summary": "label-service runs but is never Ready because its readiness probe path returns 404; no crate labels are printed, orders and dispatch otherwise work.",
             "action": "Point label-service's readiness probe at the new health route (/up) or restore /healthz, and roll out the deployment."})


# ---------------------------------------------------------------- 017 ----
@builder(17, "M")
def r017(c):
    ns, cl = "mobility", "mob-eks-prod"
    pa = [c.pod("payments") for _ in range(3)]
    for i, p in enumerate(pa):
        c.k8s("p%d" % i, ns, p, "payments", MOB_NODES[i], "payments")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", MOB_NODES[1], "traefik")
    c.events("ev", ns, cl)
    hc = "System.Net.Http.HttpClient.PspClient"
    psp = "https://api.psp-gateway.eu/v3/preauthorizations"
    rt = "mobility-payments-8080@kubernetes"
    a = c.add
    a(0.0, "ev", event("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "payments", "New size: 3; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler", ctx=c))
    a(6.0, "p2", net_line("warn", "Microsoft.AspNetCore.Hosting.Diagnostics", 15, "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined by URLS instead 'http://+:8080'."))
    a(6.4, "p2", net_line("warn", "Microsoft.EntityFrameworkCore.Model.Validation", 30000, "No store type was specified for the decimal property 'Amount' on entity type 'Refund'. This will cause values to be silently truncated if they do not fit in the default precision and scale. Explicitly specify the SQL server column type that can accommodate all the values in 'OnModelCreating' using 'HasColumnType', specify precision and scale using 'HasPrecision', or configure a value converter using 'HasConversion'."))
    a(6.9, "p2", net_line("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
    a(9.0, "ev", event("FailedGetResourceMetric", "Warning", "HorizontalPodAutoscaler", "payments", "failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)", "horizontal-pod-autoscaler", ctx=c))
    a(11.2, "p0", net_line("info", hc + ".LogicalHandler", 100, "Start processing HTTP request POST " + psp))
    a(12.1, "p0", net_line("warn", "Polly", 3, "Execution attempt. Source: 'PspClient-standard//Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: 871.3ms"))
    a(12.9, "p0", net_line("info", "Polly", 3, "Execution attempt. Source: 'PspClient-standard//Standard-Retry', Operation Key: '', Result: '201', Handled: 'False', Attempt: '1', Execution Time: 388.0ms"))
    a(12.9, "p0", net_line("info", hc + ".LogicalHandler", 101, "End processing HTTP request after 1688.2ms - 201"))
    a(16.0, "tr", traefik("91.240.118.%d" % c.ri(2, 250), "POST", "/webhooks/psp", 400, 47, "python-requests/2.31.0", rt, "http://%s:8080" % c.ip("10.31.14"), 3, 512331))
    a(16.0, "p1", net_line("warn", "Mobility.Payments.Webhooks.PspWebhookController", 2201, "Rejected webhook: signature header missing or invalid"))
    a(21.5, "p1", net_line("info", hc + ".LogicalHandler", 100, "Start processing HTTP request POST " + psp))
    a(21.9, "p1", net_line("info", hc + ".LogicalHandler", 101, "End processing HTTP request after 402.7ms - 201"))
    a(25.0, "p1", net_line("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request. Mobility.Payments.Domain.RefundAlreadyIssuedException: Refund for ride R-88011872 was already issued at 2026-03-15T11:02:54Z"))
    a(25.0, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/refunds", 409, 88, "SupportDesk/3.2", rt, "http://%s:8080" % c.ip("10.31.21"), 6, 512332))
    a(31.0, "p2", net_line("info", hc + ".LogicalHandler", 100, "Start processing HTTP request POST " + psp))
    a(31.4, "p2", net_line("info", hc + ".LogicalHandler", 101, "End processing HTTP request after 377.9ms - 201"))
    a(40.0, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/preauthorizations", 201, 212, "trips/7.2 Faraday v2.9.0", rt, "http://%s:8080" % c.ip("10.31.12"), 421, 512333))
    a(45.0, "p0", net_line("info", hc + ".LogicalHandler", 100, "Start processing HTTP request POST " + psp))
    a(45.4, "p0", net_line("info", hc + ".LogicalHandler", 101, "End processing HTTP request after 395.1ms - 201"))
    return ("2026-03-15T11:20:02",
            "payments logged a 503 from the PSP, an unhandled exception and a rejected webhook during the lunch peak. Should we page the payments team?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: the PSP 503 was retried by the Polly pipeline and returned 201, the 'unhandled exception' is a duplicate refund correctly answered 409, the webhook was a scanner without signature (400), and the HPA/port/EF Core messages are start-up noise of the new replica.",
             "summary": "Pre-authorizations succeed (201) with normal latency after a routine scale-out.",
             "action": "None needed; optionally map RefundAlreadyIssuedException to 409 without logging it as unhandled and set HasPrecision on Refund.Amount."})

# ---------------------------------------------------------------- 018 ----
def haproxy(client, port, fe, be, timers, status, size, term, conns, req):
    return '%s:%d [@HAP@] %s %s %s %d %d - - %s %s 0/0 "%s"' % (client, port, fe, be, timers, status, size, term, conns, req)


@builder(18, "T")
def r018(c):
    ns, cl = "toll-core", "toll-k8s-prod"
    ab = [c.pod("account-billing") for _ in range(3)]
    for i, p in enumerate(ab):
        c.k8s("b%d" % i, ns, p, "php-fpm", "toll-k8s-w%d" % (i + 2), "account-billing")
    c.k8s("hx", "ingress", c.pod("haproxy-ingress"), "haproxy", "toll-k8s-w1", "haproxy-ingress")
    pc = [c.pod("passage-charger") for _ in range(2)]
    c.k8s("c0", ns, pc[0], "sidekiq", "toll-k8s-w4", "passage-charger")
    c.k8s("c1", ns, pc[1], "sidekiq", "toll-k8s-w5", "passage-charger")
    c.events("ev", ns, cl)
    be = "toll-core_svc_account-billing_http/SRV_%d"
    def hp(i, req, st=500, size=1180):
        return haproxy(c.ip("10.50.0"), c.ri(30000, 60999), "https~", be % i, "0/0/1/%d/%d" % (c.ri(8, 30), c.ri(31, 60)), st, size, "----", "%d/%d/%d/%d/0" % (c.ri(300, 340), c.ri(280, 300), c.ri(10, 20), c.ri(3, 8)), req)
    key = jdump({"exception": "[object] (Illuminate\\Encryption\\MissingAppKeyException(code: 0): No application encryption key has been specified. at /var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:83)"})
    def charger(jid, pas):
        return sidekiq("d%s" % c.hexs(2), "Charges::DebitAccountJob", jid, "WARN", "Faraday::ServerError: the server responded with status 500 (POST http://account-billing.toll-core.svc/api/internal/debits passage=%s)" % pas)
    a = c.add
    a(0.0, "ev", event("Updated", "Normal", "ExternalSecret", "account-billing-env", "Updated Secret", "external-secrets", ctx=c), True)
    a(40.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "account-billing", "Scaled up replica set %s to 3" % ab[0].rsplit("-", 1)[0], "deployment-controller", ctx=c))
    a(71.0, "b0", laravel("ERROR", "No application encryption key has been specified.", key), True)
    a(71.0, "hx", hp(1, "POST /api/v1/accounts/login HTTP/1.1"))
    a(73.4, "hx", hp(2, "GET /api/v1/accounts/me/passages?page=1 HTTP/1.1"))
    a(74.0, "c0", charger(c.hexs(24), "P-A2-031-%d" % c.ri(100000, 999999)))
    a(75.2, "b1", laravel("ERROR", "No application encryption key has been specified.", key))
    a(75.2, "hx", hp(2, "POST /api/v1/accounts/topup HTTP/1.1"))
    a(77.9, "hx", hp(3, "POST /api/v1/accounts/login HTTP/1.1"))
    a(78.3, "c1", charger(c.hexs(24), "P-B1-072-%d" % c.ri(100000, 999999)))
    a(80.0, "hx", hp(1, "GET /api/v1/accounts/me HTTP/1.1"))
    a(81.6, "c0", charger(c.hexs(24), "P-C2-151-%d" % c.ri(100000, 999999)))
    a(83.0, "b2", laravel("ERROR", "No application encryption key has been specified.", key))
    a(83.1, "hx", hp(3, "POST /api/v1/accounts/topup HTTP/1.1"))
    a(85.5, "hx", hp(1, "POST /api/v1/accounts/login HTTP/1.1"))
    a(88.0, "c1", charger(c.hexs(24), "P-A4-061-%d" % c.ri(100000, 999999)))
    a(90.2, "hx", hp(2, "GET /api/v1/accounts/me/invoices HTTP/1.1"))
    a(92.0, "c0", "@ISO@ pid=1 tid=d4f INFO: Charges::DebitAccountJob retry queue size 18211 (was 140 at 07:00)", True)
    a(94.7, "hx", hp(3, "POST /api/v1/accounts/login HTTP/1.1"))
    a(97.0, "hx", haproxy(c.ip("10.50.0"), c.ri(30000, 60999), "https~", "toll-core_svc_account-billing_http/SRV_1", "0/0/0/11/11", 200, 312, "----", "318/291/12/4/0", "GET /up HTTP/1.1"))
    a(99.0, "hx", hp(1, "POST /api/v1/accounts/topup HTTP/1.1"))
    return ("2026-03-18T07:01:30",
            "HAProxy shows nothing but 500s for the customer portal since the 07:00 release and passage-charger retries are piling up. Is HAProxy misrouting?",
            {"namespace": ns},
            {"severity": "CRITICAL", "root_cause_category": "config_error", "component": "account-billing",
             "root_cause": "The account-billing-env secret was regenerated by external-secrets without APP_KEY; every new account-billing pod starts without an encryption key and Laravel throws MissingAppKeyException on every request except the /up health route, so all pods are Ready and serve only 500s.",
             "summary": "account-billing answers 500 to every portal, top-up and internal debit request; customers cannot log in or top up and passage debits queue up in passage-charger retries.",
             "action": "Restore APP_KEY in the account-billing ExternalSecret mapping (same key as before, so existing encrypted data stays readable) and restart account-billing; then let passage-charger drain its retries."})


# ---------------------------------------------------------------- 019 ----
@builder(19, "B")
def r019(c):
    ns = "bakery-prod"
    rp = [c.pod("route-planner") for _ in range(2)]
    c.k8s("r0", ns, rp[0], "route-planner", "bk-node-3", "route-planner")
    c.k8s("r1", ns, rp[1], "route-planner", "bk-node-1", "route-planner")
    c.k8s("oi", ns, c.pod("order-intake"), "order-intake", "bk-node-2", "order-intake")
    span = lambda t: "plan_tour{tour=%s}" % t
    def thr(t, att, rem):
        return rust("WARN", "route_planner::traffic", "matrix request throttled status=429 Too Many Requests retry_after_s=2 attempt=%d origins=48 destinations=48 x_ratelimit_remaining=%d" % (att, rem), span(t))
    def ok(t, att, ms):
        return rust("INFO", "route_planner::traffic", "matrix request ok attempt=%d elapsed_ms=%d" % (att, ms), span(t))
    def planned(t, s, budget=30):
        lvl = "WARN" if s > budget else "INFO"
        return rust(lvl, "route_planner::solver", "tour planned stops=%d elapsed_s=%.1f budget_s=%d" % (c.ri(18, 31), s, budget), span(t))
    a = c.add
    a(0.0, "r0", ok("T-0601", 1, 812))
    a(2.0, "r0", planned("T-0601", 11.4))
    a(4.0, "r1", thr("T-0602", 1, 0), True)
    a(6.1, "r1", thr("T-0602", 2, 0))
    a(8.3, "r1", ok("T-0602", 3, 2204))
    a(9.0, "r0", thr("T-0603", 1, 0))
    a(11.2, "r0", ok("T-0603", 2, 1930))
    a(15.0, "r1", planned("T-0602", 36.8), True)
    a(16.0, "oi", net_json("Information", "OrderIntake.Dispatch.RoutePlanClient", 3100, "Route plan for tour T-0602 ready in 37.2s"))
    a(19.0, "r1", thr("T-0604", 1, 0))
    a(21.1, "r1", thr("T-0604", 2, 0))
    a(23.4, "r1", ok("T-0604", 3, 2318))
    a(24.8, "r0", planned("T-0603", 33.9))
    a(27.0, "r0", rust("WARN", "route_planner::traffic", "provider quota usage 92% of 10000 matrix elements/min (48x48 requests per tour); requests are being throttled"), True)
    a(30.0, "r1", planned("T-0604", 38.5))
    a(31.0, "oi", net_json("Information", "OrderIntake.Dispatch.RoutePlanClient", 3100, "Route plan for tour T-0604 ready in 38.9s"))
    a(33.0, "r0", ok("T-0605", 1, 844))
    a(36.0, "r0", planned("T-0605", 12.1))
    return ("2026-03-20T03:40:05",
            "Morning tour planning feels slow today. Anything wrong with route-planner?",
            {"app": "route-planner"},
            {"severity": "WARN", "root_cause_category": "rate_limited", "component": "route-planner",
             "root_cause": "route-planner requests full 48x48 traffic matrices per tour and exceeds the traffic provider's per-minute element quota during the morning planning burst; the provider answers 429 and route-planner retries after Retry-After, which succeeds but pushes planning time past its 30 s budget.",
             "summary": "Traffic-matrix calls are throttled (429) and retried successfully; all tours are planned, some take 34-39 s instead of about 12 s.",
             "action": "Throttle or batch route-planner's matrix requests (smaller matrices, cache recurring stop pairs) or raise the provider quota before the peak grows further."})

# ---------------------------------------------------------------- 020 ----
@builder(20, "M")
def r020(c):
    ns = "mobility"
    pr = [c.pod("pricing") for _ in range(2)]
    for i, p in enumerate(pr):
        c.k8s("p%d" % i, ns, p, "php-fpm", MOB_NODES[i + 1], "pricing")
    c.k8s("t0", ns, c.pod("trips"), "trips", MOB_NODES[3], "trips")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", MOB_NODES[1], "traefik")
    rt = "mobility-trips-3000@kubernetes"
    body = '{"error":"quota_exceeded","message":"Daily quota of 250000 requests exhausted for key pricing-prod; resets at 00:00 UTC"} (truncated...)'
    def perr(q):
        url = "https://api.geocoding-partner.eu/v1/search?q=%s&limit=1" % q
        msg = "Client error: `GET %s` resulted in a `429 Too Many Requests` response:" % url
        return laravel("ERROR", msg, jdump({"exception": "[object] (GuzzleHttp\\Exception\\ClientException(code: 429): %s\n%s at /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)" % (msg, body)}))
    def terr():
        return rails("ERROR", c.hexs(8) + "-" + c.hexs(4), "Pricing::QuoteUnavailable (pricing responded 503: geocoding_unavailable) booking_type=address")
    a = c.add
    a(0.0, "p0", laravel("WARNING", "Geocoding quota at 99% (247512/250000) for key pricing-prod", "[]"), True)
    a(5.0, "p0", perr("Torstra%C3%9Fe+112+Berlin"), True)
    a(5.2, "t0", terr())
    a(5.3, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/quotes", 503, 64, "CityRide/5.12.0 (iPhone; iOS 17.4)", rt, "http://%s:3000" % c.ip("10.31.23"), 161, 660101))
    a(9.9, "p1", perr("Sonnenallee+67+Berlin"))
    a(10.0, "t0", terr())
    a(13.0, "p1", laravel("INFO", "Quote computed", jdump({"booking_type": "map_pin", "zone": "B-Kreuzberg", "fare_cents": 388})))
    a(15.6, "p0", perr("Alexanderplatz+1+Berlin"))
    a(15.7, "t0", terr())
    a(15.8, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/quotes", 503, 64, "CityRide/5.12.0 (Android 14; Pixel 8)", rt, "http://%s:3000" % c.ip("10.31.23"), 149, 660102))
    a(21.0, "p1", perr("Schlossstra%C3%9Fe+9+Berlin"))
    a(21.1, "t0", terr())
    a(24.0, "p0", laravel("INFO", "Quote computed", jdump({"booking_type": "map_pin", "zone": "B-Mitte", "fare_cents": 301})))
    a(27.5, "p0", perr("Karl-Marx-Allee+90+Berlin"))
    a(27.6, "t0", terr())
    a(33.0, "p1", perr("Kurf%C3%BCrstendamm+21+Berlin"))
    a(33.2, "tr", traefik(c.ip("10.31.0"), "POST", "/api/v1/quotes", 503, 64, "CityRide/5.11.3 (iPhone; iOS 16.7)", rt, "http://%s:3000" % c.ip("10.31.23"), 155, 660103))
    a(39.0, "p0", laravel("ERROR", "Geocoding disabled until quota reset at 00:00 UTC; address bookings will be rejected", jdump({"provider": "geocoding-partner", "key": "pricing-prod"})), True)
    return ("2026-03-21T14:02:44",
            "Users who type an address get 'price not available', users who drop a map pin are fine. What is going on?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "rate_limited", "component": "pricing",
             "root_cause": "pricing geocodes every address booking without caching and has used up the geocoding provider's daily quota of 250000 requests; the provider answers 429 quota_exceeded until 00:00 UTC.",
             "summary": "Address-based quotes fail with 503 geocoding_unavailable for the rest of the day; map-pin bookings work.",
             "action": "Raise the geocoding quota or switch pricing to a second key now, and add a geocode cache in pricing to cut repeat lookups."})


# ---------------------------------------------------------------- 021 ----
def lq(job, status, took=None):
    """Laravel 11 `queue:work` console lines."""
    mid = took + " " if took else ""
    dots = "." * max(3, 72 - len(job) - len(mid) - len(status))
    return "  @LARA@ %s %s %s%s" % (job, dots, mid, status)


@builder(21, "T")
def r021(c):
    ns = "toll-core"
    ab = [c.pod("account-billing") for _ in range(2)]
    c.k8s("b0", ns, ab[0], "php-fpm", "toll-k8s-w2", "account-billing")
    c.k8s("b1", ns, ab[1], "php-fpm", "toll-k8s-w3", "account-billing")
    wk = [c.pod("account-billing-worker") for _ in range(2)]
    c.k8s("w0", ns, wk[0], "queue-worker", "toll-k8s-w4", "account-billing-worker")
    c.k8s("w1", ns, wk[1], "queue-worker", "toll-k8s-w5", "account-billing-worker")
    c.k8s("hx", "ingress", c.pod("haproxy-ingress"), "haproxy", "toll-k8s-w1", "haproxy-ingress")
    c.k8s("rq", "toll-data", "rabbitmq-0", "rabbitmq", "toll-k8s-w1", "rabbitmq")
    be = "toll-core_svc_account-billing_http/SRV_%d"
    job = "App\\Jobs\\GenerateMonthlyInvoice"
    a = c.add
    a(0.0, "w0", laravel("INFO", "Month-end invoice run queued", jdump({"period": "2026-03", "accounts": 182114, "queue": "invoices"})))
    a(2.0, "w0", lq(job, "RUNNING"))
    a(2.3, "w0", lq(job, "DONE", "281.44ms"))
    a(4.0, "w1", laravel("WARNING", "Creation of dynamic property App\\Support\\Pdf\\Renderer::$fontCache is deprecated in /var/www/html/app/Support/Pdf/Renderer.php on line 41"))
    a(9.0, "w1", lq(job, "RUNNING"))
    a(39.0, "w1", lq(job, "FAIL", "30s"))
    a(39.1, "w1", laravel("ERROR", "App\\Jobs\\GenerateMonthlyInvoice has timed out.", jdump({"exception": "[object] (Illuminate\\Queue\\TimeoutExceededException(code: 0): App\\Jobs\\GenerateMonthlyInvoice has timed out. at /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/TimeoutExceededException.php:15)", "attempt": 1, "max_tries": 3})))
    a(45.0, "hx", "Server %s is going DOWN for maintenance. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue." % (be % 2))
    a(46.0, "rq", rmq("warning", "0.8812.1", "closing AMQP connection <0.8812.1> (10.44.4.31:48812 -> 10.44.1.12:5672, vhost: 'billing', user: 'billing'):"))
    a(46.0, "rq", "client unexpectedly closed TCP connection")
    a(52.0, "hx", '%s:%d [@HAP@] https~ %s 0/0/1/2/3 404 512 - - ---- 211/190/3/2/0 0/0 "GET /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php HTTP/1.1"' % ("193.41.206.%d" % c.ri(2, 250), c.ri(30000, 60000), be % 1))
    a(58.0, "hx", "Server %s is UP, reason: Layer7 check passed, code: 200, check duration: 4ms. 2 active and 0 backup servers online. 0 sessions requeued, 0 total in queue." % (be % 2))
    a(60.0, "rq", rmq("info", "0.9120.1", "accepting AMQP connection <0.9120.1> (10.44.4.37:50122 -> 10.44.1.12:5672)"))
    a(61.0, "w0", laravel("WARNING", "Invoice queue backlog high", jdump({"queue": "invoices", "ready": 141220, "consumers": 2})))
    a(71.0, "w1", lq(job, "RUNNING"))
    a(71.4, "w1", lq(job, "DONE", "402.18ms"))
    a(80.0, "hx", '%s:%d [@HAP@] https~ %s 0/0/1/41/42 200 2211 - - ---- 230/204/5/3/0 0/0 "GET /api/v1/accounts/me/invoices HTTP/1.1"' % (c.ip("10.50.0"), c.ri(30000, 60000), be % 2))
    a(1790.0, "w0", laravel("INFO", "Invoice queue drained", jdump({"queue": "invoices", "ready": 0, "processed": 182114, "failed_permanently": 0, "duration_min": 29.8})))
    a(1791.0, "w1", lq(job, "RUNNING"))
    a(1791.3, "w1", lq(job, "DONE", "266.02ms"))
    return ("2026-03-31T23:05:00",
            "Month-end billing night: I see a TimeoutExceededException, HAProxy taking a server DOWN and RabbitMQ closing connections. Are invoices failing?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: the month-end invoice queue backed up as planned and drained in about 30 minutes with no permanent failures; one invoice job timed out and succeeded on retry, HAProxy took a pod out for its rolling restart and brought it back, RabbitMQ logged the worker reconnecting, the 404 is a scanner and the PHP 8.2 dynamic-property message is a deprecation.",
             "summary": "All 182114 March invoices were generated; nothing failed permanently.",
             "action": "None needed; optionally declare Renderer::$fontCache to silence the deprecation."})

# ---------------------------------------------------------------- 022 ----
@builder(22, "B")
def r022(c):
    ns = "bakery-prod"
    eg = c.pod("erp-gateway")
    c.k8s("eg", ns, eg, "erp-gateway", "bk-node-4", "erp-gateway")
    oi = [c.pod("order-intake") for _ in range(2)]
    c.k8s("o0", ns, oi[0], "order-intake", "bk-node-1", "order-intake")
    c.k8s("o1", ns, oi[1], "order-intake", "bk-node-3", "order-intake")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", "bk-node-1", "traefik")
    rt = "bakery-prod-order-intake-8080@kubernetes"
    span = lambda o: "post_sales_order{order=%s}" % o
    def ofail(order, cust):
        return net_json("Error", "OrderIntake.Wholesale.ErpPostingService", 4410,
                        "Posting wholesale order %s for customer %s to ERP failed" % (order, cust),
                        exception="System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 15 seconds elapsing.\n ---> System.TimeoutException: The operation was canceled.\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
                        state={"order": order, "customer": cust, "{OriginalFormat}": "Posting wholesale order {order} for customer {customer} to ERP failed"})
    def ok_retail(n):
        return net_json("Information", "OrderIntake.Api.OrdersController", 1200, "Order %d accepted for branch bk-0%d, %d lines" % (n, c.ri(100, 499), c.ri(3, 15)))
    a = c.add
    a(0.0, "eg", rust("INFO", "erp_gateway::soap", "PostSalesOrder ok lines=6 availability_check=per_line elapsed_ms=7420", span("W-55120")))
    a(3.0, "o0", ok_retail(88710))
    a(16.0, "o1", ofail("W-55121", "HOTEL-ADLON-BER"))
    a(16.1, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/wholesale/orders", 504, 24, "WholesalePortal/1.9", rt, "http://%s:8080" % c.ip("10.42.3"), 15012, 44120))
    a(20.0, "eg", rust("WARN", "erp_gateway::soap", "PostSalesOrder slow lines=24 availability_check=per_line calls=25 elapsed_ms=29871 upstream=erp01.bakery.lan:8443", span("W-55121")), True)
    a(22.0, "o0", ok_retail(88711))
    a(33.5, "o0", ofail("W-55122", "KANTINE-SIEMENSSTADT"))
    a(33.6, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/wholesale/orders", 504, 24, "WholesalePortal/1.9", rt, "http://%s:8080" % c.ip("10.42.1"), 15009, 44121))
    a(48.6, "eg", rust("ERROR", "erp_gateway::api", "upstream deadline exceeded after 30s, answering 504 op=PostSalesOrder lines=31 availability_check=per_line", span("W-55122")), True)
    a(50.2, "o1", ofail("W-55123", "CAFE-EINSTEIN-KUDAMM"))
    a(50.3, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/wholesale/orders", 504, 24, "WholesalePortal/1.9", rt, "http://%s:8080" % c.ip("10.42.3"), 15011, 44122))
    a(55.0, "o1", ok_retail(88712))
    a(66.8, "o0", ofail("W-55124", "KITA-VERBUND-PANKOW"))
    a(68.0, "o0", net_json("Warning", "OrderIntake.Wholesale.ErpPostingService", 4411, "Wholesale posting failure rate 100% over the last 15 minutes (9/9); orders parked for manual entry"), True)
    a(70.0, "eg", rust("WARN", "erp_gateway::soap", "PostSalesOrder slow lines=18 availability_check=per_line calls=19 elapsed_ms=22760 upstream=erp01.bakery.lan:8443", span("W-55123")))
    a(83.2, "o1", ofail("W-55125", "HOTEL-ADLON-BER"))
    a(83.3, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/wholesale/orders", 504, 24, "WholesalePortal/1.9", rt, "http://%s:8080" % c.ip("10.42.1"), 15010, 44123))
    a(90.0, "o0", ok_retail(88713))
    return ("2026-03-23T06:15:20",
            "order-intake keeps failing wholesale orders with TaskCanceledException since the erp-gateway 4.2 rollout. Should we raise order-intake's HttpClient timeout?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "timeout", "component": "erp-gateway",
             "root_cause": "erp-gateway 4.2 posts sales orders with a per-line availability check (one ERP call per order line), so PostSalesOrder takes 20-30 s for typical wholesale orders; order-intake's 15 s HttpClient timeout and erp-gateway's own 30 s deadline expire.",
             "summary": "Every wholesale order posting times out and is parked for manual entry; retail orders are unaffected.",
             "action": "Switch erp-gateway back to a single batched availability check per order (or roll back to 4.1); raising order-intake's timeout would only hide the slowness."})


# ---------------------------------------------------------------- 023 ----
@builder(23, "M")
def r023(c):
    h = "mqtt-01"
    c.journal("mq", h, "mosquitto.service")
    c.journal("fb", h, "fleet-bridge.service")
    c.kernel("kern", h)
    sock = 'Unable to accept new connection, system socket count has been exceeded. Try increasing "ulimit -n" or equivalent.'
    a = c.add
    a(0.0, "fb", rust("WARN", "fleet_bridge::presence", "vehicles online dropped online=212 expected~4100 (cell network blip?)"))
    a(40.0, "kern", "TCP: request_sock_TCP: Possible SYN flooding on port 8883. Sending cookies.  Check SNMP counters.")
    a(55.0, "fb", rust("INFO", "fleet_bridge::presence", "vehicles reconnecting online=1006 expected~4100"))
    a(58.2, "mq", "@EPOCH@: " + sock, True)
    a(58.3, "mq", "@EPOCH@: " + sock)
    a(62.0, "fb", rust("ERROR", "fleet_bridge::commands", "unlock command not acknowledged vehicle=scooter-40112 topic=vehicles/scooter-40112/cmd timeout_s=10 (vehicle offline)"))
    a(64.5, "mq", "@EPOCH@: " + sock)
    a(70.0, "fb", rust("ERROR", "fleet_bridge::commands", "unlock command not acknowledged vehicle=ebike-20877 topic=vehicles/ebike-20877/cmd timeout_s=10 (vehicle offline)"))
    a(75.0, "fb", rust("WARN", "fleet_bridge::presence", "vehicles online stuck online=1009 expected~4100 for 20s"), True)
    a(79.0, "mq", "@EPOCH@: " + sock)
    a(82.0, "fb", rust("ERROR", "fleet_bridge::commands", "unlock command not acknowledged vehicle=scooter-38807 topic=vehicles/scooter-38807/cmd timeout_s=10 (vehicle offline)"))
    a(95.0, "fb", rust("ERROR", "fleet_bridge::commands", "unlock command not acknowledged vehicle=ebike-19002 topic=vehicles/ebike-19002/cmd timeout_s=10 (vehicle offline)"))
    a(101.0, "mq", "@EPOCH@: " + sock)
    a(108.0, "fb", rust("ERROR", "fleet_bridge::commands", "unlock failure rate 74% over 60s (89/120)"))
    a(115.0, "fb", rust("WARN", "fleet_bridge::presence", "vehicles online stuck online=1009 expected~4100 for 60s"))
    return ("2026-03-24T08:31:10",
            "After this morning's cell network blip most vehicles never came back online and unlocks fail. Is the carrier still down?",
            None,
            {"severity": "CRITICAL", "root_cause_category": "resource_exhausted", "component": "mosquitto",
             "root_cause": "mosquitto on mqtt-01 runs with the default 1024 open-file limit; when the whole fleet reconnects after the cell blip it hits the limit at about 1010 connections and refuses every further vehicle ('system socket count has been exceeded'), so about three quarters of the fleet stays offline.",
             "summary": "Only about 1000 of 4100 vehicles can connect to the broker; unlock commands to the rest time out and most unlocks fail.",
             "action": "Raise LimitNOFILE for mosquitto.service on mqtt-01 (e.g. 65536 via a systemd drop-in) and restart mosquitto; the carrier network has recovered."})

# ---------------------------------------------------------------- 024 ----
@builder(24, "T")
def r024(c):
    h = "cab-c1-km140"
    c.kernel("kern", h)
    c.journal("sm", h, "smartd.service")
    c.compose("ag", h, "roadside", "anpr-agent")
    c.compose("up", h, "roadside", "anpr-uplink")
    a = c.add
    def ioerr(sector):
        return "I/O error, dev sda, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2" % sector
    a(0.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.97 lane=1 class=car latency_ms=150"))
    a(12.0, "kern", "ata1.00: exception Emask 0x0 SAct 0x10 SErr 0x0 action 0x0")
    a(12.0, "kern", "ata1.00: failed command: WRITE FPDMA QUEUED")
    a(12.0, "kern", "ata1.00: status: { DRDY ERR }")
    a(12.0, "kern", "ata1.00: error: { UNC }")
    a(12.1, "kern", ioerr(41922384), True)
    a(12.2, "ag", rust("WARN", "anpr_agent::store", "frame write failed, retrying attempt=1 path=/data/frames/2026-03-25/C1-140-l2-%d.jpg error=Input/output error (os error 5)" % c.ri(100000, 999999)))
    a(12.6, "ag", rust("INFO", "anpr_agent::store", "frame write ok attempt=2"))
    a(60.0, "sm", "Device: /dev/sda [SAT], 8 Currently unreadable (pending) sectors", True)
    a(60.1, "sm", "Device: /dev/sda [SAT], SMART Usage Attribute: 5 Reallocated_Sector_Ct changed from 100 to 97", True)
    a(131.0, "kern", "ata1.00: failed command: WRITE FPDMA QUEUED")
    a(131.1, "kern", ioerr(41922512))
    a(131.2, "ag", rust("WARN", "anpr_agent::store", "frame write failed, retrying attempt=1 path=/data/frames/2026-03-25/C1-140-l1-%d.jpg error=Input/output error (os error 5)" % c.ri(100000, 999999)))
    a(131.5, "ag", rust("INFO", "anpr_agent::store", "frame write ok attempt=2"))
    a(200.0, "up", rust("INFO", "anpr_uplink::upload", "batch uploaded batch=%s passages=142 elapsed_ms=431" % c.hexs(12)))
    a(260.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.98 lane=2 class=truck latency_ms=162"))
    a(300.0, "ag", rust("WARN", "anpr_agent::store", "write retries in the last 5 min: 2 (0 frames lost)"), True)
    return ("2026-03-25T13:40:00",
            "anpr-agent on cab-c1-km140 logged 'frame write failed'. Do we need to roll back anpr-agent?",
            None,
            {"severity": "WARN", "root_cause_category": "storage", "component": "cab-c1-km140",
             "root_cause": "The SATA SSD (/dev/sda) in cabinet cab-c1-km140 is failing: uncorrectable write errors (UNC), pending and newly reallocated sectors; anpr-agent's retries still succeed so no frames are lost yet.",
             "summary": "Intermittent disk write errors on cab-c1-km140, recovered by retries; the SSD is degrading.",
             "action": "Schedule replacement of the SSD in cab-c1-km140 (and take a backup of /data); no change to anpr-agent is needed."})

# ---------------------------------------------------------------- 025 ----
@builder(25, "B")
def r025(c):
    ns, cl = "bakery-prod", "bk-prod-1"
    old = c.pod("recipe-service")
    c._rs.pop("recipe-service")
    new = c.pod("recipe-service")
    c.k8s("old", ns, old, "puma", "bk-node-2", "recipe-service")
    c.k8s("new", ns, new, "puma", "bk-node-4", "recipe-service")
    sk = c.pod("recipe-service-sidekiq")
    c.k8s("sk", ns, sk, "sidekiq", "bk-node-3", "recipe-service-sidekiq")
    c.events("ev", ns, cl)
    rid = lambda: c.hexs(8) + "-" + c.hexs(4) + "-" + c.hexs(4)
    a = c.add
    a(0.0, "ev", event("Killing", "Normal", "Pod", old, "Stopping container puma", "kubelet", "bk-node-2", ctx=c))
    a(0.1, "old", "[1] - Gracefully stopping, waiting for requests to finish")
    a(1.3, "old", "[1] === puma shutdown: @RAILSAT@ ===")
    a(1.3, "old", "[1] - Goodbye!")
    a(2.0, "new", "[1] Puma starting in cluster mode...")
    a(2.0, "new", "[1] * Listening on http://0.0.0.0:3000")
    a(3.5, "new", rails("WARN", rid(), "DEPRECATION WARNING: to_time will always preserve the timezone offset of the receiver in Rails 8.0. To opt in to the new behavior, set `ActiveSupport.to_time_preserves_timezone = true`. (called from <top (required)> at /app/config/environment.rb:5)"))
    r = rid()
    a(8.0, "new", rails("INFO", r, 'Started GET "/wp-admin/setup-config.php" for 45.148.10.%d at @RAILSAT@' % c.ri(2, 250)))
    a(8.0, "new", rails("FATAL", r, 'ActionController::RoutingError (No route matches [GET] "/wp-admin/setup-config.php"):'))
    j1 = c.hexs(24)
    a(12.0, "sk", sidekiq("1x7", "RecipeSyncJob", j1, "INFO", "start"))
    a(17.0, "sk", sidekiq("1x7", "RecipeSyncJob", j1, "INFO", "fail", elapsed="5.004"))
    a(17.0, "sk", sidekiq("1x7", "RecipeSyncJob", j1, "WARN", jdump({"context": "Job raised exception", "job": {"retry": True, "queue": "sync", "class": "RecipeSyncJob", "args": ["line-2"], "jid": j1, "retry_count": 0}})))
    a(17.0, "sk", sidekiq("1x7", "RecipeSyncJob", j1, "WARN", "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>"))
    a(20.0, "sk", "@ISO@ pid=1 tid=1xa INFO: queue latency sync=48.2s default=0.3s (busy=10/10)")
    r = rid()
    a(24.0, "new", rails("INFO", r, 'Started PATCH "/recipes/412" for 10.42.1.%d at @RAILSAT@' % c.ri(2, 250)))
    a(24.2, "new", rails("INFO", r, "Completed 200 OK in 188ms (Views: 12.4ms | ActiveRecord: 61.2ms | Allocations: 24110)"))
    j2 = c.hexs(24)
    a(48.0, "sk", sidekiq("1x9", "RecipeSyncJob", j1, "INFO", "start"))
    a(49.1, "sk", sidekiq("1x9", "RecipeSyncJob", j1, "INFO", "done", elapsed="1.114"))
    a(95.0, "sk", "@ISO@ pid=1 tid=1xa INFO: queue latency sync=0.4s default=0.2s (busy=2/10)")
    a(97.0, "sk", sidekiq("1xb", "LabelTemplateRenderJob", j2, "INFO", "start"))
    a(97.6, "sk", sidekiq("1xb", "LabelTemplateRenderJob", j2, "INFO", "done", elapsed="0.602"))
    return ("2026-03-26T04:45:12",
            "recipe-service logged a FATAL RoutingError and Sidekiq had a Net::ReadTimeout during the deploy. Is recipe sync to the lines broken?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: Puma stopped gracefully for the rolling update, Rails logs unmatched routes from scanners at FATAL, the RecipeSyncJob timeout was retried and succeeded, the sync queue backed up for a minute and drained, and the to_time message is a deprecation warning.",
             "summary": "recipe-service rolled out normally; recipe sync is current and the queue latency is back under a second.",
             "action": "None needed; optionally set ActiveSupport.to_time_preserves_timezone."})


# ---------------------------------------------------------------- 026 ----
@builder(26, "M")
def r026(c):
    ns = "mobility"
    ti = [c.pod("telematics-ingest") for _ in range(3)]
    for i, p in enumerate(ti):
        c.k8s("t%d" % i, ns, p, "telematics-ingest", MOB_NODES[i], "telematics-ingest")
    c.k8s("c2", "data", "cassandra-2", "cassandra", MOB_NODES[3], "cassandra")
    c.k8s("c0", "data", "cassandra-0", "cassandra", MOB_NODES[1], "cassandra")
    c2ip = c.ip("10.31.23")
    refused = "node connection failed, using other replicas node=%s:9042 (cassandra-2) error=Connection refused (os error 111)" % c2ip
    a = c.add
    a(0.0, "c2", cas("INFO", "RMI TCP Connection(412)-127.0.0.1", "StorageService.java:377", "Stop listening for CQL clients"), True)
    a(2.1, "t0", rust("WARN", "telematics_ingest::store", refused), True)
    a(2.5, "t1", rust("WARN", "telematics_ingest::store", refused))
    a(3.0, "t2", rust("WARN", "telematics_ingest::store", refused))
    a(5.0, "t0", rust("INFO", "telematics_ingest::store", "cassandra write ok rows=500 consistency=LOCAL_QUORUM replicas_acked=2/3"))
    a(32.1, "t1", rust("WARN", "telematics_ingest::store", "reconnect to cassandra-2 failed attempt=3 backoff_s=16 error=Connection refused (os error 111)"))
    a(33.0, "t2", rust("INFO", "telematics_ingest::store", "cassandra write ok rows=500 consistency=LOCAL_QUORUM replicas_acked=2/3"))
    a(62.4, "t0", rust("WARN", "telematics_ingest::store", "reconnect to cassandra-2 failed attempt=4 backoff_s=32 error=Connection refused (os error 111)"))
    a(64.0, "c0", cas("INFO", "CompactionExecutor:7", "CompactionTask.java:241", "Compacted (5e0c9a70-29a4-11f1-8d2b-0f4c6a1e2b3d) 4 sstables to [/var/lib/cassandra/data/telemetry/positions_by_vehicle-2b7c1e90e4b211ee9a1f2d3c4b5a6978/nb-8812-big,] to level=0.  212.410MiB to 208.992MiB (~98% of original)"))
    a(70.0, "t1", rust("INFO", "telematics_ingest::store", "cassandra write ok rows=500 consistency=LOCAL_QUORUM replicas_acked=2/3"))
    a(95.0, "t2", rust("WARN", "telematics_ingest::store", "coordinator load skewed: cassandra-0 41%, cassandra-1 59%, cassandra-2 0% (no CQL connections)"), True)
    a(126.5, "t2", rust("WARN", "telematics_ingest::store", "reconnect to cassandra-2 failed attempt=5 backoff_s=60 error=Connection refused (os error 111)"))
    a(130.0, "t0", rust("INFO", "telematics_ingest::store", "cassandra write ok rows=500 consistency=LOCAL_QUORUM replicas_acked=2/3"))
    a(186.6, "t1", rust("WARN", "telematics_ingest::store", "reconnect to cassandra-2 failed attempt=6 backoff_s=60 error=Connection refused (os error 111)"))
    return ("2026-03-27T02:10:05",
            "telematics-ingest keeps warning about connection refused to Cassandra. Do we have data loss?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "connection_refused", "component": "cassandra",
             "root_cause": "On cassandra-2 the native transport was switched off at 02:10 (nodetool disablebinary in the nightly backup window, logged as 'Stop listening for CQL clients') and never switched back on, so cassandra-2 refuses CQL connections although it is still up as a replica.",
             "summary": "cassandra-2 refuses client connections; writes still reach LOCAL_QUORUM via the other two nodes, with the coordinator load shifted onto them. No data loss so far.",
             "action": "Re-enable the native transport on cassandra-2 (nodetool enablebinary) and fix the backup script to always re-enable it; telematics-ingest needs no change."})

# ---------------------------------------------------------------- 027 ----
@builder(27, "T")
def r027(c):
    h = "cab-d3-km205"
    c.journal("ssh", h, "ssh.service")
    c.src["sysd"] = {"host": h, "job": "systemd-journal", "unit": "init.scope", "syslog_identifier": "systemd"}
    c.journal("loop", h, "loopd.service")
    c.compose("ag", h, "roadside", "anpr-agent")
    c.src["lf"] = {"host": h, "job": "systemd-journal", "unit": "session-88.scope", "syslog_identifier": "sudo"}
    refused = "error=Connection refused (os error 111)"
    a = c.add
    a(0.0, "ssh", "Accepted publickey for svc-field from 10.60.9.14 port 50122 ssh2: ED25519 SHA256:%s" % c.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43))
    a(20.0, "lf", "svc-field : TTY=pts/0 ; PWD=/home/svc-field ; USER=root ; COMMAND=/usr/bin/systemctl stop mosquitto loopd", True)
    a(20.2, "sysd", "Stopping loopd.service - Induction loop detector daemon...")
    a(20.3, "sysd", "Stopping mosquitto.service - Mosquitto MQTT Broker...")
    a(20.5, "sysd", "mosquitto.service: Deactivated successfully.")
    a(20.5, "sysd", "Stopped mosquitto.service - Mosquitto MQTT Broker.", True)
    a(20.6, "sysd", "Stopped loopd.service - Induction loop detector daemon.")
    a(21.0, "ag", rust("WARN", "anpr_agent::trigger", "trigger subscription lost, reconnecting broker=127.0.0.1:1883 " + refused))
    a(300.0, "lf", "svc-field : TTY=pts/0 ; PWD=/home/svc-field ; USER=root ; COMMAND=/usr/local/bin/lidar-flash --device /dev/ttyUSB0 --image /opt/fw/lidar-3.2.1.bin")
    a(420.0, "lf", "svc-field : TTY=pts/0 ; PWD=/home/svc-field ; USER=root ; COMMAND=/usr/bin/systemctl start loopd")
    a(420.3, "sysd", "Started loopd.service - Induction loop detector daemon.")
    a(421.0, "loop", "publish failed topic=gantry/D3-205/loop/lane1 " + refused)
    a(424.0, "loop", "publish failed topic=gantry/D3-205/loop/lane2 " + refused)
    a(430.0, "ssh", "Disconnected from user svc-field 10.60.9.14 port 50122")
    a(451.0, "ag", rust("WARN", "anpr_agent::trigger", "reconnect failed attempt=14 broker=127.0.0.1:1883 " + refused))
    a(452.0, "loop", "publish failed topic=gantry/D3-205/loop/lane1 " + refused)
    a(480.0, "loop", "publish failed topic=gantry/D3-205/loop/lane1 " + refused)
    a(511.0, "ag", rust("WARN", "anpr_agent::trigger", "reconnect failed attempt=15 broker=127.0.0.1:1883 " + refused))
    a(520.0, "ag", rust("ERROR", "anpr_agent::pipeline", "no vehicle triggers for 500s on lanes 1-2; passages are not being captured"), True)
    a(540.0, "loop", "publish failed topic=gantry/D3-205/loop/lane2 " + refused)
    a(571.0, "ag", rust("WARN", "anpr_agent::trigger", "reconnect failed attempt=16 broker=127.0.0.1:1883 " + refused))
    return ("2026-03-28T10:12:00",
            "Gantry D3-205 has captured no passages since the lidar maintenance this morning. Did the new lidar firmware break anpr-agent?",
            None,
            {"severity": "ERROR", "root_cause_category": "connection_refused", "component": "mosquitto",
             "root_cause": "During the lidar maintenance on cab-d3-km205 the technician stopped mosquitto and loopd but only restarted loopd; with the local mosquitto broker down, loopd and anpr-agent get connection refused on 127.0.0.1:1883 and no vehicle triggers reach anpr-agent.",
             "summary": "The cabinet's local MQTT broker is stopped, so gantry D3-205 captures no passages; other gantries are unaffected.",
             "action": "Start mosquitto on cab-d3-km205 (systemctl start mosquitto) and add it to the maintenance checklist; the lidar firmware and anpr-agent are fine."})

# ---------------------------------------------------------------- 028 ----
@builder(28, "B")
def r028(c):
    h = "bakery-db-01"
    c.kernel("kern", h)
    c.journal("md", h, "mongod.service")
    c.src["sysd"] = {"host": h, "job": "systemd-journal", "unit": "init.scope", "syslog_identifier": "systemd"}
    c.journal("sm", h, "smartd.service")
    wt = lambda ctx_, sess, m: mongo("E", "WT", 22435, ctx_, "WiredTiger error message",
                                       {"error": 5, "message": {"ts_sec": 0, "thread": "%d:0x7f3a2c8f1640" % c.ri(1000, 9999), "session_name": sess, "category": "WT_VERB_DEFAULT", "category_id": 9, "verbose_level": "ERROR", "verbose_level_id": -3, "msg": m, "error_str": "Input/output error", "error_code": 5}})
    a = c.add
    a(0.0, "md", mongo("I", "NETWORK", 51800, "conn4121", "client metadata", {"remote": "10.42.2.17:40112", "client": "conn4121", "doc": {"application": {"name": "recipe-service"}, "driver": {"name": "mongo-ruby-driver", "version": "2.20.0"}}}))
    a(8.0, "kern", "sd 2:0:0:0: [sdb] tag#17 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s")
    a(8.0, "kern", "sd 2:0:0:0: [sdb] tag#17 Sense Key : Medium Error [current]")
    a(8.0, "kern", "sd 2:0:0:0: [sdb] tag#17 Add. Sense: Unrecovered read error - auto reallocate failed")
    a(8.0, "kern", "critical medium error, dev sdb, sector 918231040 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2", True)
    a(8.1, "kern", 'XFS (sdb1): metadata I/O error in "xfs_imap_to_bp+0x61/0xb0 [xfs]" at daddr 0x36bb0000 len 32 error 61')
    a(8.4, "kern", "XFS (sdb1): log I/O error -5")
    a(8.4, "kern", "XFS (sdb1): Filesystem has been shut down due to log error (0x2).", True)
    a(8.4, "kern", "XFS (sdb1): Please unmount the filesystem and rectify the problem(s).")
    a(8.9, "md", wt("JournalFlusher", "WT_SESSION.log_flush", "__posix_file_write:606:/var/lib/mongodb/journal/WiredTigerLog.0000004211: handle-write: pwrite: failed to write 128 bytes at offset 5632"))
    a(8.9, "md", mongo("F", "ASSERT", 23089, "JournalFlusher", "Fatal assertion", {"msgid": 50853, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp", "line": 712}))
    a(8.9, "md", mongo("F", "ASSERT", 23090, "JournalFlusher", "\n\n***aborting after fassert() failure\n\n"))
    a(9.5, "sysd", "mongod.service: Main process exited, code=killed, status=6/ABRT")
    a(9.5, "sysd", "mongod.service: Failed with result 'signal'.")
    a(14.7, "sysd", "mongod.service: Scheduled restart job, restart counter is at 1.")
    a(14.8, "sysd", "Started mongod.service - MongoDB Database Server.")
    a(15.6, "md", wt("initandlisten", "connection", "__posix_open_file:815:/var/lib/mongodb/WiredTiger.turtle: handle-open: open: Input/output error"))
    a(15.6, "md", mongo("F", "STORAGE", 28595, "initandlisten", "Terminating.", {"reason": "5: Input/output error"}))
    a(16.0, "sysd", "mongod.service: Main process exited, code=exited, status=14/n/a")
    a(16.0, "sysd", "mongod.service: Failed with result 'exit-code'.")
    a(40.0, "sm", "Device: /dev/sdb [SAT], 96 Currently unreadable (pending) sectors", True)
    a(40.1, "sm", "Device: /dev/sdb [SAT], 12 Offline uncorrectable sectors")
    a(46.0, "sysd", "mongod.service: Scheduled restart job, restart counter is at 5.")
    a(46.1, "sysd", "mongod.service: Start request repeated too quickly.")
    a(46.1, "sysd", "mongod.service: Failed with result 'exit-code'.")
    return ("2026-03-29T03:47:20",
            "mongod on bakery-db-01 keeps dying with a fatal assertion and systemd gave up restarting it. Can we just bump the restart limit?",
            None,
            {"severity": "CRITICAL", "root_cause_category": "storage", "component": "bakery-db-01",
             "root_cause": "The data disk sdb of bakery-db-01 has unrecoverable medium errors; XFS on sdb1 hit a log I/O error and shut the filesystem down, so mongod cannot write its journal or even open WiredTiger.turtle and aborts on every start.",
             "summary": "The batch/recipe MongoDB on bakery-db-01 is down and cannot start because its data filesystem is shut down by disk I/O errors; data on the disk is at risk.",
             "action": "Do not restart mongod in a loop; fail over to / restore from the replica or latest backup, replace the sdb disk on bakery-db-01, then run xfs_repair and resync."})


# ---------------------------------------------------------------- 029 ----
@builder(29, "M")
def r029(c):
    ns, cl = "mobility", "mob-eks-prod"
    old = c.pod("pricing")
    c._rs.pop("pricing")
    pr = [c.pod("pricing") for _ in range(2)]
    c.k8s("p0", ns, pr[0], "php-fpm", MOB_NODES[1], "pricing")
    c.k8s("p1", ns, pr[1], "php-fpm", MOB_NODES[2], "pricing")
    tr = [c.pod("trips") for _ in range(2)]
    c.k8s("t0", ns, tr[0], "trips", MOB_NODES[0], "trips")
    c.k8s("t1", ns, tr[1], "trips", MOB_NODES[3], "trips")
    c.events("ev", ns, cl)
    def tto(n):
        return rails("WARN", c.hexs(8) + "-" + c.hexs(4), "Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>) POST http://pricing.mobility.svc/api/v1/quotes, retry %d/2" % n)
    def tok(ms):
        return rails("INFO", c.hexs(8) + "-" + c.hexs(4), "Completed 201 Created in %dms (ActiveRecord: 14.2ms | Allocations: 18211)" % ms)
    a = c.add
    a(0.0, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "pricing", "Scaled up replica set %s to 2" % pr[0].rsplit("-", 1)[0], "deployment-controller", ctx=c))
    a(1.0, "ev", event("Killing", "Normal", "Pod", old, "Stopping container php-fpm", "kubelet", MOB_NODES[0], ctx=c))
    a(3.0, "t0", tto(1))
    a(3.8, "t0", tok(3912))
    a(4.2, "p0", "[@FPM@] WARNING: [pool www] child 31, script '/var/www/html/public/index.php' (request: \"POST /index.php\") executing too slow (3.004817 sec), logging", True)
    a(4.2, "p0", "[pool www] pid 31")
    a(4.2, "p0", "script_filename = /var/www/html/public/index.php")
    a(4.2, "p0", "[0x00007f3a2c813e40] json_decode() /var/www/html/app/Services/Surge/SurgeModel.php:58", True)
    a(4.2, "p0", "[0x00007f3a2c813d90] load() /var/www/html/app/Services/Surge/SurgeModel.php:31")
    a(6.1, "t1", tto(1))
    a(7.5, "t1", tok(4420))
    a(9.0, "t0", tto(1))
    a(10.1, "t0", tto(2))
    a(10.9, "t0", tok(6104))
    a(12.0, "p1", "[@FPM@] WARNING: [pool www] child 29, script '/var/www/html/public/index.php' (request: \"POST /index.php\") executing too slow (3.211090 sec), logging")
    a(14.4, "t1", tto(1))
    a(15.0, "t1", tok(3880))
    a(18.0, "t0", rails("WARN", c.hexs(8) + "-" + c.hexs(4), "Pricing latency p95 4.1s over 60s (SLO 1.5s); 7 retries, 0 failed quotes"), True)
    a(70.0, "p0", laravel("INFO", "Surge model cached in APCu", jdump({"model": "surge-2026-03", "size_mb": 182, "load_ms": 2870})), True)
    a(75.0, "t1", tok(312))
    a(80.0, "t0", tok(288))
    a(95.0, "t0", rails("INFO", c.hexs(8) + "-" + c.hexs(4), "Pricing latency p95 0.4s over 60s (SLO 1.5s); 0 retries"))
    return ("2026-03-30T17:40:03",
            "trips logged a burst of Faraday::TimeoutError against pricing around 17:40. Did trips lose quotes?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "timeout", "component": "pricing",
             "root_cause": "Freshly rolled pricing pods load and json_decode the 182 MB surge model on the request path until it is cached in APCu; for the first minute their quote requests take 3-6 s and exceed trips' 3 s read timeout.",
             "summary": "Quotes were slow for about a minute after the pricing rollout; trips' retries succeeded, no quote failed, latency is back to normal.",
             "action": "Warm pricing's surge model cache before the pod becomes Ready (startup hook or readiness gate) so rollouts do not slow quotes."})

# ---------------------------------------------------------------- 030 ----
@builder(30, "T")
def r030(c):
    h = "cab-a1-km043"
    c.journal("ups", h, "apcupsd.service")
    c.journal("nm", h, "NetworkManager.service")
    c.kernel("kern", h)
    c.compose("ag", h, "roadside", "anpr-agent")
    c.compose("up", h, "roadside", "anpr-uplink")
    c.journal("lr", h, "logrotate.service")
    a = c.add
    a(0.0, "nm", "<info>  [@EPOCH@.4121] device (enp2s0): carrier: link connected")
    a(0.2, "nm", "<info>  [@EPOCH@.6230] device (enp2s0): state change: activated -> unavailable (reason 'carrier-changed', sys-iface-state: 'managed')")
    a(0.3, "nm", "<info>  [@EPOCH@.7314] policy: set 'lte-backup' (wwan0) as default for IPv4 routing and DNS")
    a(4.0, "up", rust("WARN", "anpr_uplink::upload", "upload via backup link slow batch=%s passages=96 elapsed_ms=4210" % c.hexs(12)))
    a(20.0, "ups", "Power failure.")
    a(22.0, "ups", "Running on UPS batteries.")
    a(31.0, "ups", "Mains returned. No longer on UPS batteries.")
    a(31.2, "ups", "Power is back. UPS running on mains.")
    a(40.0, "kern", "usb 2-1: reset SuperSpeed USB device number 2 using xhci_hcd")
    a(41.5, "ag", rust("WARN", "anpr_agent::camera", "camera frame gap camera=cam-1 gap_ms=1480 (usb reset)"))
    a(42.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.98 lane=1 class=car latency_ms=149"))
    a(300.0, "lr", "error: skipping \"/var/log/anpr/debug.log\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation.")
    a(300.1, "lr", "logrotate.service: Deactivated successfully.")
    a(1210.0, "nm", "<info>  [@EPOCH@.1187] device (enp2s0): carrier: link connected")
    a(1212.0, "nm", "<info>  [@EPOCH@.3325] device (enp2s0): state change: ip-config -> ip-check (reason 'none', sys-iface-state: 'managed')")
    a(1212.2, "nm", "<info>  [@EPOCH@.5531] policy: set 'fiber-primary' (enp2s0) as default for IPv4 routing and DNS")
    a(1220.0, "up", rust("INFO", "anpr_uplink::upload", "batch uploaded batch=%s passages=131 elapsed_ms=402" % c.hexs(12)))
    a(1230.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.99 lane=2 class=truck latency_ms=155"))
    return ("2026-04-01T09:00:02",
            "cab-a1-km043 lost its fiber link, ran on UPS batteries and reset a camera USB device this morning. Is the cabinet failing?",
            None,
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: during the announced fiber maintenance NetworkManager failed over to the LTE backup as designed and back to fiber after 20 minutes, uploads continued (slower) over LTE, the UPS bridged a 10-second brownout, the camera's USB link reset once with a 1.5 s frame gap, and logrotate only skipped a debug log.",
             "summary": "Cabinet cab-a1-km043 kept reading and uploading passages throughout the planned network failover.",
             "action": "None needed; optionally fix the permissions of /var/log/anpr so logrotate rotates the debug log."})


# ---------------------------------------------------------------- 031 ----
@builder(31, "B")
def r031(c):
    ns, cl = "plant-floor", "bk-floor"
    node = "k3s-floor-02"
    og, pg = c.pod("oven-gateway"), c.pod("proofer-gateway")
    og2, pg2 = c.pod("oven-gateway"), c.pod("proofer-gateway")
    c.kernel("kern", node, node=True)
    c.events("ev", ns, cl)
    c.src["evn"] = {"namespace": "default", "job": "integrations/kubernetes/eventhandler", "cluster": cl}
    lm = [c.pod("line-mes") for _ in range(2)]
    c.k8s("m0", ns, lm[0], "line-mes", "k3s-floor-01", "line-mes")
    c.k8s("m1", ns, lm[1], "line-mes", "k3s-floor-03", "line-mes")
    c.k8s("mq", ns, "mosquitto-0", "mosquitto", "k3s-floor-01", "mosquitto")
    def mfail(kind, line):
        return net_json("Error", "Bakery.LineMes.GatewayClient", 5102,
                        "%s gateway for line %d unreachable; recipe step not confirmed" % (kind, line),
                        exception="System.Net.Http.HttpRequestException: No route to host (%s-gateway.plant-floor.svc.cluster.local:8080)\n ---> System.Net.Sockets.SocketException (113): No route to host" % kind.lower(),
                        state={"line": line, "{OriginalFormat}": "%s gateway for line {line} unreachable; recipe step not confirmed" % kind})
    sched = "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
    a = c.add
    a(0.0, "kern", "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x8d2f1 offset:0x380 grain:32 syndrome:0x0 - err_code:0x0000:0x0091 SystemAddress:0x8d2f1380 ProcessorSocketId:0x0 MemoryControllerId:0x0 ChannelAddress:0x469780 ChannelId:0x1 RankAddress:0x234bc0 PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x8d2 Column:0x1c0 Bank:0x1 BankGroup:0x2 ChipSelect:0x0 ChipId:0x0)", True)
    a(2.0, "kern", "EDAC MC0: 37 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x8d2f1 offset:0x380 grain:32 syndrome:0x0)")
    a(2.4, "kern", "mce: [Hardware Error]: Machine check events logged", True)
    a(40.0, "mq", "@EPOCH@: Client oven-gw-line1 has exceeded timeout, disconnecting.")
    a(40.5, "mq", "@EPOCH@: Client proofer-gw-line1 has exceeded timeout, disconnecting.")
    a(44.0, "m0", mfail("Oven", 1))
    a(46.0, "evn", event("NodeNotReady", "Normal", "Node", node, "Node %s status is now: NodeNotReady" % node, "node-controller", ctx=c), True)
    a(46.1, "ev", event("NodeNotReady", "Warning", "Pod", og, "Node is not ready", "node-controller", ctx=c))
    a(46.1, "ev", event("NodeNotReady", "Warning", "Pod", pg, "Node is not ready", "node-controller", ctx=c))
    a(51.0, "m1", mfail("Proofer", 2))
    a(58.0, "m0", mfail("Oven", 3))
    a(72.0, "m1", net_json("Warning", "Bakery.LineMes.TelemetryWatchdog", 5120, "No telemetry from any oven or proofer for 60 s (lines 1-3)"))
    a(90.0, "m0", mfail("Oven", 2))
    a(120.0, "m1", mfail("Proofer", 1))
    a(180.0, "m0", net_json("Error", "Bakery.LineMes.BatchControl", 5130, "Holding 11 running batches: oven steps cannot be confirmed, proofers on local fallback program"))
    a(346.5, "ev", event("TaintManagerEviction", "Normal", "Pod", og, "Marking for deletion Pod %s/%s" % (ns, og), "taint-eviction-controller", ctx=c))
    a(346.6, "ev", event("TaintManagerEviction", "Normal", "Pod", pg, "Marking for deletion Pod %s/%s" % (ns, pg), "taint-eviction-controller", ctx=c))
    a(347.2, "ev", event("FailedScheduling", "Warning", "Pod", og2, sched, "default-scheduler", ctx=c))
    a(347.3, "ev", event("FailedScheduling", "Warning", "Pod", pg2, sched, "default-scheduler", ctx=c))
    a(350.0, "m1", mfail("Oven", 1))
    a(360.0, "m0", mfail("Proofer", 3))
    return ("2026-04-02T04:18:30",
            "line-mes lost every oven and proofer gateway and the new gateway pods are Pending with a node-affinity error. Is this a scheduling problem?",
            {"namespace": ns},
            {"severity": "CRITICAL", "root_cause_category": "node_failure", "component": "k3s-floor-02",
             "root_cause": "Node k3s-floor-02 went down after a burst of ECC memory errors and a machine check; it is NotReady, and oven-gateway and proofer-gateway, which may only run on this node (the one with the fieldbus NIC), cannot be rescheduled elsewhere.",
             "summary": "All oven and proofer gateways are down because their only eligible node failed with memory hardware errors; running batches are on hold on every line.",
             "action": "Power-cycle k3s-floor-02 and replace the failing DIMM (CPU0 channel 1 slot 0); longer term give a second node a fieldbus NIC so the gateways can fail over."})

# ---------------------------------------------------------------- 032 ----
@builder(32, "M")
def r032(c):
    ns, cl = "mobility", "mob-eks-prod"
    ti = [c.pod("telematics-ingest") for _ in range(3)]
    for i, p in enumerate(ti):
        c.k8s("t%d" % i, ns, p, "telematics-ingest", MOB_NODES[i], "telematics-ingest")
    c.k8s("rq", "data", "rabbitmq-0", "rabbitmq", MOB_NODES[3], "rabbitmq")
    c.events("ev", ns, cl)
    c.kernel("kern", MOB_NODES[1], node=True)
    c.src["ctd"] = {"host": MOB_NODES[1], "node": MOB_NODES[1], "job": "systemd-journal", "unit": "containerd.service"}
    tip = c.ip("10.31.14")
    a = c.add
    a(0.0, "t1", rust("INFO", "telematics_ingest::pipeline", "backlog after cell blip backlog=212004 prefetch=5000 batch=500"))
    a(4.0, "t0", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=208113 queue=telemetry.raw"))
    a(9.0, "t1", rust("WARN", "telematics_ingest::pipeline", "decode buffer high water mark buffered_msgs=5000 rss_mib=471 limit_mib=512"), True)
    a(11.3, "kern", "Memory cgroup out of memory: Killed process 88121 (telematics-inge) total-vm:1288112kB, anon-rss:523880kB, file-rss:10112kB, shmem-rss:0kB, UID:10001 pgtables:1412kB oom_score_adj:985", True)
    a(11.4, "ctd", 'time="@DOCKER@" level=info msg="TaskOOM event container_id:\\"%s\\""' % c.hexs(64), True)
    a(11.6, "rq", rmq("warning", "0.4411.2", "closing AMQP connection <0.4411.2> (%s:41882 -> 10.31.23.9:5672, vhost: '/', user: 'telematics'):" % tip))
    a(11.6, "rq", "client unexpectedly closed TCP connection")
    a(12.0, "t2", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=206990 queue=telemetry.raw"))
    a(13.0, "ev", event("Pulled", "Normal", "Pod", ti[1], 'Container image "registry.cityride.io/telematics/ingest:3.8.2" already present on machine', "kubelet", MOB_NODES[1], count=2, ctx=c))
    a(13.1, "ev", event("Started", "Normal", "Pod", ti[1], "Started container telematics-ingest", "kubelet", MOB_NODES[1], count=2, ctx=c))
    a(13.8, "t1", rust("INFO", "telematics_ingest", "starting telematics-ingest version=3.8.2 prefetch=5000"))
    a(14.2, "rq", rmq("info", "0.4502.2", "accepting AMQP connection <0.4502.2> (%s:42010 -> 10.31.23.9:5672)" % tip))
    a(15.0, "t1", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=205400 redelivered=500 queue=telemetry.raw"))
    a(40.0, "t0", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=171220 queue=telemetry.raw"))
    a(80.0, "t1", rust("WARN", "telematics_ingest::pipeline", "decode buffer high water mark buffered_msgs=4100 rss_mib=402 limit_mib=512"))
    a(140.0, "t2", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=60210 queue=telemetry.raw"))
    a(200.0, "t1", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=1210 queue=telemetry.raw"))
    a(201.0, "t0", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=214 lag=0 queue=telemetry.raw"))
    return ("2026-04-03T12:20:40",
            "One telematics-ingest pod restarted during the post-blip backlog. Do I need to do anything?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "oom_killed", "component": "telematics-ingest",
             "root_cause": "With a 212k-message backlog, telematics-ingest's prefetch of 5000 unacked messages fills its decode buffer close to the 512Mi limit; one pod was OOM-killed once, RabbitMQ redelivered its unacked messages and the pod came back.",
             "summary": "A single OOM kill of one telematics-ingest replica during the backlog; no data lost (redelivered), backlog drained in about 3 minutes.",
             "action": "Lower telematics-ingest's prefetch (or bound its decode buffer) or raise its memory limit so the next backlog does not kill pods."})

# ---------------------------------------------------------------- 033 ----
@builder(33, "T")
def r033(c):
    h = "cab-b2-km087"
    c.compose("up", h, "roadside", "anpr-uplink")
    c.compose("ag", h, "roadside", "anpr-agent")
    c.journal("chr", h, "chrony.service")
    url = "https://ingest.toll.lan/v2/passages"
    def fail(n):
        return rust("WARN", "anpr_uplink::upload", "batch upload failed, will retry batch=%s passages=%d error=error sending request for url (%s): client error (Connect): invalid peer certificate: UnknownIssuer" % (c.hexs(12), n, url))
    a = c.add
    a(0.0, "up", rust("INFO", "anpr_uplink", "starting anpr-uplink version=2.3.4 trust_roots=/etc/anpr-uplink/ca.pem roots=[\"Toll Root CA 2019\"]"), True)
    a(1.2, "up", fail(120), True)
    a(3.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.97 lane=1 class=car latency_ms=144"))
    a(31.5, "up", fail(131))
    a(40.0, "chr", "Selected source 10.60.0.123 (ntp.toll.lan)")
    a(62.0, "up", fail(140))
    a(70.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.99 lane=2 class=van latency_ms=150"))
    a(92.5, "up", fail(152))
    a(100.0, "up", rust("WARN", "anpr_uplink::tls", "server chain for ingest.toll.lan: leaf issued by \"Toll Issuing CA 2026\" (root \"Toll Root CA 2026\"), not in trust_roots"), True)
    a(123.0, "up", fail(161))
    a(130.0, "ag", rust("INFO", "anpr_agent::pipeline", "passage read plate_conf=0.96 lane=1 class=car latency_ms=139"))
    a(153.6, "up", fail(170))
    a(160.0, "up", rust("WARN", "anpr_uplink::spool", "upload backlog growing unsent_passages=1712 oldest_unsent_s=5420 spool_free_pct=88 est_full_in_h=39.0"))
    a(184.1, "up", fail(182))
    return ("2026-04-04T08:02:15",
            "Gantry B2-087 stopped delivering passages after central's certificate rotation, every other cabinet is fine. Is ingest rejecting this cabinet?",
            None,
            {"severity": "ERROR", "root_cause_category": "tls_certificate", "component": "anpr-uplink",
             "root_cause": "cab-b2-km087 still runs anpr-uplink 2.3.4, whose bundled trust roots only contain 'Toll Root CA 2019'; central ingest now presents a chain from 'Toll Root CA 2026', so every TLS handshake fails with UnknownIssuer.",
             "summary": "Passages of gantry B2-087 are not uploaded (TLS UnknownIssuer) and accumulate in the local spool; plate reading and all other cabinets work.",
             "action": "Update anpr-uplink on cab-b2-km087 to the release that ships the 2026 root (or add Toll Root CA 2026 to /etc/anpr-uplink/ca.pem) and restart it; the spool will drain."})


# ---------------------------------------------------------------- 034 ----
@builder(34, "B")
def r034(c):
    ns = "bakery-prod"
    c.k8s("m0", ns, "mongodb-0", "mongod", "bk-node-1", "mongodb")
    c.k8s("m1", ns, "mongodb-1", "mongod", "bk-node-3", "mongodb")
    rp = [c.pod("route-planner") for _ in range(2)]
    c.k8s("r0", ns, rp[0], "route-planner", "bk-node-2", "route-planner")
    c.k8s("r1", ns, rp[1], "route-planner", "bk-node-4", "route-planner")
    a = c.add
    a(0.0, "m0", mongo("I", "COMMAND", 21581, "conn8812", "Received replSetStepDown command", {"secondaryCatchUpPeriodSecs": 10, "stepDownSecs": 60, "force": False}))
    a(0.9, "m0", mongo("I", "REPL", 21358, "ReplCoord-12", "Replica set state transition", {"newState": "SECONDARY", "oldState": "PRIMARY"}))
    a(1.0, "m0", mongo("I", "REPL", 21343, "ReplCoord-12", "Starting to kill user operations"))
    a(1.2, "r0", rust("WARN", "route_planner::store", "mongo write retried after primary change collection=plans error=NotWritablePrimary (10107) attempt=1"))
    a(1.4, "r1", rust("WARN", "mongodb::connection", "connection pool cleared address=mongodb-0.mongodb.bakery-prod.svc:27017 reason=NotWritablePrimary"))
    a(2.8, "m1", mongo("I", "ELECTION", 21450, "ReplCoord-3", "Election succeeded, assuming primary role", {"term": 41}))
    a(2.9, "m1", mongo("I", "REPL", 21358, "ReplCoord-3", "Replica set state transition", {"newState": "PRIMARY", "oldState": "SECONDARY"}))
    a(3.3, "m1", mongo("I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted"))
    a(3.5, "r0", rust("INFO", "route_planner::store", "mongo write ok collection=plans attempt=2 elapsed_ms=2311"))
    a(5.0, "r1", rust("WARN", "route_planner::cache", "plan cache cold after restart hit_ratio=0.08 misses_per_s=412"))
    a(6.0, "m1", mongo("I", "COMMAND", 51803, "conn212", "Slow query", {"type": "command", "ns": "routing.distance_cache", "command": {"find": "distance_cache"}, "planSummary": "IXSCAN { from: 1, to: 1 }", "durationMillis": 211}))
    a(20.0, "r1", rust("INFO", "route_planner::solver", "tour planned stops=24 elapsed_s=14.2 budget_s=30", "plan_tour{tour=T-0801}"))
    a(35.0, "m0", mongo("I", "REPL", 21799, "BackgroundSync", "Sync source candidate chosen", {"syncSource": "mongodb-1.mongodb.bakery-prod.svc:27017"}))
    a(60.0, "r1", rust("INFO", "route_planner::cache", "plan cache warm hit_ratio=0.91 misses_per_s=9"))
    a(62.0, "r0", rust("INFO", "route_planner::solver", "tour planned stops=19 elapsed_s=10.8 budget_s=30", "plan_tour{tour=T-0802}"))
    a(75.0, "m0", mongo("I", "NETWORK", 22943, "listener", "Connection accepted", {"remote": "10.42.2.31:51220", "connectionId": 8870, "connectionCount": 41}))
    return ("2026-04-05T02:30:00",
            "There was a MongoDB primary change tonight and route-planner logged NotWritablePrimary and cache misses. Should we worry?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: the maintenance stepDown moved the primary from mongodb-0 to mongodb-1 in about three seconds; route-planner's write was retried successfully, its connection pool reset as expected, and the plan cache refilled within a minute.",
             "summary": "Planned MongoDB failover completed; route planning continued normally.",
             "action": "None needed."})

# ---------------------------------------------------------------- 035 ----
@builder(35, "M")
def r035(c):
    ns, cl = "mobility", "mob-eks-prod"
    job1, job2 = "fleet-rebalancer-29589120", "fleet-rebalancer-29589135"
    p1 = job1 + "-" + c.s(K8S_ALNUM, 5)
    p2 = job2 + "-" + c.s(K8S_ALNUM, 5)
    img = "registry.cityride.io/fleet/rebalancer:2.14.0"
    c.events("ev", ns, cl)
    c.journal("kl", MOB_NODES[2], "kubelet.service")
    c.src["kl"]["node"] = MOB_NODES[2]
    c.src["ctd"] = {"host": MOB_NODES[2], "node": MOB_NODES[2], "job": "systemd-journal", "unit": "containerd.service"}
    c.k8s("ops", ns, c.pod("fleet-ops-api"), "fleet-ops-api", MOB_NODES[0], "fleet-ops-api")
    nf = 'failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img)
    a = c.add
    a(0.0, "ev", event("SuccessfulCreate", "Normal", "CronJob", "fleet-rebalancer", "Created job " + job2, "cronjob-controller", ctx=c))
    a(0.2, "ev", event("SuccessfulCreate", "Normal", "Job", job2, "Created pod: " + p2, "job-controller", ctx=c))
    a(0.5, "ev", event("Pulling", "Normal", "Pod", p2, 'Pulling image "%s"' % img, "kubelet", MOB_NODES[2], ctx=c))
    a(1.1, "ctd", 'time="@DOCKER@" level=error msg="PullImage \\"%s\\" failed" error="%s"' % (img, nf.replace('"', '\\"')), True)
    a(1.1, "ev", event("Failed", "Warning", "Pod", p2, 'Failed to pull image "%s": rpc error: code = NotFound desc = %s' % (img, nf), "kubelet", MOB_NODES[2], ctx=c), True)
    a(1.1, "ev", event("Failed", "Warning", "Pod", p2, "Error: ErrImagePull", "kubelet", MOB_NODES[2], ctx=c))
    a(1.3, "kl", klog("E", 2211, "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fleet-rebalancer\\" with ErrImagePull: \\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"%s\\\\\\": not found\\"" pod="%s/%s"' % (img, ns, p2)))
    a(14.0, "ev", event("BackOff", "Normal", "Pod", p2, 'Back-off pulling image "%s"' % img, "kubelet", MOB_NODES[2], count=3, ctx=c))
    a(14.0, "ev", event("Failed", "Warning", "Pod", p2, "Error: ImagePullBackOff", "kubelet", MOB_NODES[2], count=3, ctx=c))
    a(30.0, "ops", phx("warning", "rebalancing plan stale: last plan generated 06:00:41 (4 runs missed); zone B-Mitte surplus=212 scooters, B-Neukoelln deficit=148", ""), True)
    a(45.0, "ev", event("DeadlineExceeded", "Warning", "Job", job1, "Job was active longer than specified deadline", "job-controller", ctx=c))
    a(45.1, "ev", event("SawCompletedJob", "Normal", "CronJob", "fleet-rebalancer", "Saw completed job: %s, status: Failed" % job1, "cronjob-controller", ctx=c))
    a(46.0, "ev", event("Killing", "Normal", "Pod", p1, "Stopping container fleet-rebalancer", "kubelet", MOB_NODES[1], ctx=c))
    a(60.0, "ops", phx("error", "van dispatch for rebalancing skipped: no plan newer than 60 min", ""))
    a(74.0, "ev", event("BackOff", "Normal", "Pod", p2, 'Back-off pulling image "%s"' % img, "kubelet", MOB_NODES[2], count=6, ctx=c))
    a(120.0, "ops", phx("warning", "rebalancing plan stale: last plan generated 06:00:41 (4 runs missed); zone B-Friedrichshain surplus=97 scooters", ""))
    return ("2026-04-06T07:15:02",
            "The ops dashboard says the rebalancing plan is stale since 06:00 and the vans got no routes. What happened to fleet-ops-api?",
            {"namespace": ns},
            {"severity": "ERROR", "root_cause_category": "image_pull", "component": "fleet-rebalancer",
             "root_cause": "The fleet-rebalancer CronJob was updated to image registry.cityride.io/fleet/rebalancer:2.14.0, a tag that does not exist in the registry; every job pod fails with ErrImagePull/ImagePullBackOff (not found) and the jobs hit their deadline, so no rebalancing plan has been produced since 06:00.",
             "summary": "fleet-rebalancer has not run since 06:00 because its image tag cannot be pulled; vehicle rebalancing is stalled, rides themselves work.",
             "action": "Point the fleet-rebalancer CronJob at an existing tag (or push 2.14.0 from CI) and trigger a manual run; fleet-ops-api is only reporting the stale plan."})

# ---------------------------------------------------------------- 036 ----
@builder(36, "T")
def r036(c):
    ns, cl = "toll-core", "toll-k8s-prod"
    gi = c.pod("gantry-ingest")
    node = "toll-k8s-w4"
    c.k8s("g", ns, gi, "gantry-ingest", node, "gantry-ingest")
    c.events("ev", ns, cl)
    c.journal("kl", node, "kubelet.service")
    c.src["kl"]["node"] = node
    ip = c.ip("10.44.4")
    uid = c.uid()
    probe_out = 'Get \\"http://%s:4000/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ip
    a = c.add
    a(0.0, "g", phx("info", "burst from gantry sync: 48211 passages queued for ingest", ""))
    a(5.0, "g", phx("info", "batch processed size=2000 elapsed_ms=4210 queue=46211", ""))
    a(9.0, "kl", klog("I", 1881, "prober.go:107", '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="gantry-ingest" probeResult="failure" output="%s"' % (ns, gi, uid, probe_out)), True)
    a(10.0, "g", phx("info", "batch processed size=2000 elapsed_ms=4802 queue=44211", ""))
    a(19.0, "ev", event("Unhealthy", "Warning", "Pod", gi, "Liveness probe failed: " + probe_out.replace('\\"', '"'), "kubelet", node, count=2, ctx=c))
    a(19.5, "g", phx("info", "batch processed size=2000 elapsed_ms=4655 queue=42211", ""))
    a(29.0, "ev", event("Unhealthy", "Warning", "Pod", gi, "Liveness probe failed: " + probe_out.replace('\\"', '"'), "kubelet", node, count=3, ctx=c))
    a(29.0, "ev", event("Killing", "Normal", "Pod", gi, "Container gantry-ingest failed liveness probe, will be restarted", "kubelet", node, ctx=c), True)
    a(29.2, "g", phx("notice", "SIGTERM received - shutting down", ""))
    a(31.5, "ev", event("Started", "Normal", "Pod", gi, "Started container gantry-ingest", "kubelet", node, count=2, ctx=c))
    a(35.0, "g", phx("info", "Running GantryIngestWeb.Endpoint with Bandit 1.5.2 at :::4000 (http)", ""))
    a(36.0, "g", phx("info", "resuming ingest: 41978 passages redelivered from RabbitMQ", ""))
    a(41.0, "g", phx("info", "batch processed size=2000 elapsed_ms=1210 queue=39978", ""))
    a(90.0, "g", phx("info", "batch processed size=2000 elapsed_ms=1180 queue=17978", ""))
    a(150.0, "g", phx("info", "batch processed size=1978 elapsed_ms=1031 queue=0", ""))
    a(151.0, "g", phx("warning", "/healthz answered in 1.6s during the burst (liveness timeoutSeconds=1); health handler shares the ingest scheduler", ""), True)
    return ("2026-04-07T11:05:30",
            "gantry-ingest restarted once during the morning sync burst. Should I be worried?",
            {"pod": gi},
            {"severity": "WARN", "root_cause_category": "probe_failure", "component": "gantry-ingest",
             "root_cause": "During the sync burst gantry-ingest was busy but healthy; its /healthz answered in more than the liveness probe's 1 s timeout, so kubelet killed and restarted the container once. Unacked passages were redelivered and processed.",
             "summary": "One liveness-probe restart of gantry-ingest during a burst; no passages lost, backlog processed, pod stable again.",
             "action": "Raise gantry-ingest's liveness timeoutSeconds/failureThreshold (or serve /healthz outside the ingest scheduler) so bursts do not trigger restarts."})


# ---------------------------------------------------------------- 037 ----
@builder(37, "B")
def r037(c):
    ns, cl = "bakery-prod", "bk-prod-1"
    run = [c.pod("order-intake") for _ in range(3)]
    pend = [c.pod("order-intake") for _ in range(3)]
    for i, p in enumerate(run):
        c.k8s("o%d" % i, ns, p, "order-intake", "bk-node-%d" % (i + 1), "order-intake")
    c.k8s("tr", "traefik", c.pod("traefik"), "traefik", "bk-node-1", "traefik")
    c.events("ev", ns, cl)
    rt = "bakery-prod-order-intake-8080@kubernetes"
    fs = "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod."
    a = c.add
    a(0.0, "ev", event("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "order-intake", "New size: 6; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler", ctx=c))
    a(0.3, "ev", event("ScalingReplicaSet", "Normal", "Deployment", "order-intake", "Scaled up replica set %s to 6 from 3" % run[0].rsplit("-", 1)[0], "deployment-controller", ctx=c))
    for i, p in enumerate(pend):
        a(0.6 + i * 0.1, "ev", event("FailedScheduling", "Warning", "Pod", p, fs, "default-scheduler", ctx=c), i == 0)
    a(1.5, "ev", event("NotTriggerScaleUp", "Normal", "Pod", pend[0], "pod didn't trigger scale-up: 1 max node group size reached", "cluster-autoscaler", ctx=c), True)
    a(5.0, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/orders", 201, 401, "BakeryPOS/7.3 (Android 13)", rt, "http://%s:8080" % c.ip("10.42.2"), 1412, 230112))
    a(9.0, "o1", net_json("Warning", "Microsoft.AspNetCore.Server.Kestrel", 22, 'As of "04/08/2026 05:10:09 +00:00", the heartbeat has been running for "00:00:01.4123311" which is longer than "00:00:01". This could be caused by thread pool starvation.'))
    a(12.0, "tr", traefik(c.ip("10.42.1"), "GET", "/api/v2/orders?branch=bk-0211", 200, 14230, "BakeryPOS/7.3 (iOS 17.3)", rt, "http://%s:8080" % c.ip("10.42.3"), 1988, 230113))
    a(15.0, "o0", net_json("Information", "OrderIntake.Api.OrdersController", 1200, "Order 90112 accepted for branch bk-0311, 12 lines"))
    a(31.0, "ev", event("FailedScheduling", "Warning", "Pod", pend[1], fs, "default-scheduler", count=4, ctx=c))
    a(33.0, "o2", net_json("Warning", "OrderIntake.Api.LatencyMonitor", 1290, "p95 request latency 1.9s over the last 60s (target 0.8s), CPU 96% of request"), True)
    a(40.0, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/orders", 201, 377, "BakeryPOS/7.3 (Android 13)", rt, "http://%s:8080" % c.ip("10.42.1"), 1760, 230114))
    a(60.0, "ev", event("NotTriggerScaleUp", "Normal", "Pod", pend[2], "pod didn't trigger scale-up: 1 max node group size reached", "cluster-autoscaler", count=3, ctx=c))
    a(62.0, "o0", net_json("Information", "OrderIntake.Api.OrdersController", 1200, "Order 90113 accepted for branch bk-0417, 8 lines"))
    a(75.0, "tr", traefik(c.ip("10.42.1"), "POST", "/api/v2/orders", 201, 390, "BakeryPOS/7.3 (iOS 17.3)", rt, "http://%s:8080" % c.ip("10.42.2"), 1533, 230115))
    a(90.0, "ev", event("FailedScheduling", "Warning", "Pod", pend[0], fs, "default-scheduler", count=7, ctx=c))
    return ("2026-04-08T05:10:00",
            "Orders are slow in the morning rush. Is order-intake starving its thread pool?",
            {"namespace": ns},
            {"severity": "WARN", "root_cause_category": "scheduling", "component": "order-intake",
             "root_cause": "The HPA scaled order-intake from 3 to 6 replicas for the morning rush, but the three new pods cannot be scheduled (Insufficient cpu on all 4 nodes) and the cluster autoscaler is at its node group maximum; the 3 running pods carry the load at high CPU.",
             "summary": "order-intake is running at half its desired capacity with pending pods; orders still succeed but p95 latency is about 1.9 s.",
             "action": "Free CPU for order-intake: lower its CPU request to its real usage or raise the node group maximum so the pending replicas can schedule."})

# ---------------------------------------------------------------- 038 ----
@builder(38, "M")
def r038(c):
    h = "mqtt-02"
    c.journal("mq", h, "mosquitto.service")
    c.journal("fb", h, "fleet-bridge.service")
    c.journal("cb", h, "certbot.service")
    a = c.add
    a(0.0, "mq", "@EPOCH@: Warning: The 'port' option is now deprecated and will be removed in a future version. Please use 'listener' instead.")
    a(0.2, "mq", "@EPOCH@: Connecting bridge mqtt-01-bridge (mqtt-01.cityride.lan:8883)")
    a(0.5, "mq", "@EPOCH@: Error creating bridge: Connection refused.")
    a(2.0, "fb", rust("INFO", "fleet_bridge::presence", "broker failover: mqtt-01 draining, vehicles moving to mqtt-02 online=1820 expected~4100"))
    a(5.0, "mq", "@EPOCH@: Client scooter-40112 already connected, closing old connection.")
    a(9.0, "mq", "@EPOCH@: Client ebike-20877 has exceeded timeout, disconnecting.")
    a(14.0, "fb", rust("WARN", "fleet_bridge::commands", "unlock command retried after broker failover vehicle=scooter-38220 attempt=2"))
    a(14.6, "fb", rust("INFO", "fleet_bridge::commands", "unlock acknowledged vehicle=scooter-38220 latency_ms=1930"))
    a(30.0, "fb", rust("INFO", "fleet_bridge::presence", "vehicles online online=4062 expected~4100"))
    a(45.0, "cb", "Processing /etc/letsencrypt/renewal/mqtt-02.cityride.net.conf")
    a(45.5, "cb", "Certificate not yet due for renewal")
    a(45.6, "cb", "The following certificates are not due for renewal yet:")
    a(45.6, "cb", "  /etc/letsencrypt/live/mqtt-02.cityride.net/fullchain.pem expires on 2026-05-29 (skipped)")
    a(600.0, "mq", "@EPOCH@: Connecting bridge mqtt-01-bridge (mqtt-01.cityride.lan:8883)")
    a(601.0, "fb", rust("INFO", "fleet_bridge::presence", "mqtt-01 back in service, rebalancing clients online=4088 expected~4100"))
    a(620.0, "mq", "@EPOCH@: Client ebike-20877 has exceeded timeout, disconnecting.")
    return ("2026-04-09T02:00:05",
            "mqtt-02 shows bridge socket errors, kicked clients and keepalive timeouts during the night. Is the broker flapping?",
            None,
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: mqtt-01 was drained for planned maintenance, vehicles failed over to mqtt-02 (duplicate client ids close their old session), one unlock was retried and acknowledged, the bridge reconnected when mqtt-01 returned, and the certbot run found nothing due; the 'port' warning is a deprecation.",
             "summary": "Planned broker failover completed with about 4060-4090 of 4100 vehicles online throughout.",
             "action": "None needed; optionally replace 'port' with 'listener' in mosquitto.conf."})

# ---------------------------------------------------------------- 039 ----
@builder(39, "T")
def r039(c):
    ns, cl = "toll-core", "toll-k8s-prod"
    old = c.pod("plate-recognition")
    keep = c.pod("plate-recognition")
    new = c.pod("plate-recognition")
    c.k8s("old", ns, old, "plate-recognition", "toll-k8s-w3", "plate-recognition")
    c.k8s("keep", ns, keep, "plate-recognition", "toll-k8s-w1", "plate-recognition")
    c.k8s("new", ns, new, "plate-recognition", "toll-k8s-w5", "plate-recognition")
    c.k8s("gi", ns, c.pod("gantry-ingest"), "gantry-ingest", "toll-k8s-w4", "gantry-ingest")
    c.events("ev", ns, cl)
    c.src["evn"] = {"namespace": "default", "job": "integrations/kubernetes/eventhandler", "cluster": cl}
    a = c.add
    a(0.0, "evn", event("NodeNotSchedulable", "Normal", "Node", "toll-k8s-w3", "Node toll-k8s-w3 status is now: NodeNotSchedulable", "kubelet", "toll-k8s-w3", ctx=c))
    a(4.0, "ev", event("Killing", "Normal", "Pod", old, "Stopping container plate-recognition", "kubelet", "toll-k8s-w3", ctx=c))
    a(4.1, "old", rust("INFO", "plate_recognition", "shutdown signal received, draining in-flight requests in_flight=3"))
    a(4.6, "old", rust("INFO", "plate_recognition", "server stopped"))
    a(4.8, "gi", phx("warning", "recognition request failed, retrying on another replica attempt=1 error=%Mint.TransportError{reason: :closed}", ""))
    a(5.3, "gi", phx("info", "recognition ok attempt=2 latency_ms=188", ""))
    a(5.6, "ev", event("Scheduled", "Normal", "Pod", new, "Successfully assigned %s/%s to toll-k8s-w5" % (ns, new), "default-scheduler", ctx=c))
    a(9.0, "new", rust("INFO", "plate_recognition::model", "loading OCR model model=plates-eu-v7 size_mb=412"))
    a(16.0, "new", rust("INFO", "plate_recognition", "listening addr=0.0.0.0:8080"))
    a(20.0, "new", rust("WARN", "plate_recognition::cache", "region template cache cold hit_ratio=0.13 misses_per_s=320"))
    a(21.0, "keep", rust("WARN", "plate_recognition::api", "recognition latency high p95_ms=912 (cold replica share)"))
    a(80.0, "new", rust("INFO", "plate_recognition::cache", "region template cache warm hit_ratio=0.97 misses_per_s=4"))
    a(81.0, "keep", rust("INFO", "plate_recognition::api", "recognition latency p95_ms=142"))
    a(90.0, "gi", phx("info", "passage gantry=A2-031 lane=1 conf=0.98 latency_ms=151", ""))
    return ("2026-04-10T22:15:00",
            "During tonight's node maintenance plate-recognition had a latency spike and gantry-ingest logged a TransportError. Any plates lost?",
            {"app": "plate-recognition"},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: node toll-k8s-w3 was cordoned and drained for maintenance; the plate-recognition pod there stopped gracefully, gantry-ingest retried the one interrupted request on another replica, and the replacement pod's cache warmed up within about a minute.",
             "summary": "Planned drain handled cleanly; recognition latency back to normal, no passages lost.",
             "action": "None needed."})

# ---------------------------------------------------------------- 040 ----
@builder(40, "M")
def r040(c):
    ns = "data"
    c.k8s("c1", ns, "cassandra-1", "cassandra", MOB_NODES[1], "cassandra")
    c.k8s("c0", ns, "cassandra-0", "cassandra", MOB_NODES[0], "cassandra")
    ti = c.pod("telematics-ingest")
    c.k8s("ti", "mobility", ti, "telematics-ingest", MOB_NODES[2], "telematics-ingest")
    c1ip = c.ip("10.31.14")
    a = c.add
    a(0.0, "c1", cas("INFO", "RMI TCP Connection(88)-127.0.0.1", "StorageService.java:1864", "DRAINING: starting drain process"))
    a(0.5, "c1", cas("INFO", "RMI TCP Connection(88)-127.0.0.1", "StorageService.java:377", "Stop listening for CQL clients"))
    a(2.8, "c1", cas("INFO", "RMI TCP Connection(88)-127.0.0.1", "StorageService.java:1864", "DRAINED"))
    a(3.5, "c0", cas("INFO", "GossipStage:1", "Gossiper.java:1390", "InetAddress /%s:7000 is now DOWN" % c1ip))
    a(4.0, "ti", rust("WARN", "telematics_ingest::store", "node connection failed, using other replicas node=%s:9042 (cassandra-1) error=Connection refused (os error 111)" % c1ip))
    a(6.0, "ti", rust("INFO", "telematics_ingest::store", "cassandra write ok rows=500 consistency=LOCAL_QUORUM replicas_acked=2/3"))
    a(40.0, "c1", cas("INFO", "main", "CassandraDaemon.java:619", "JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.22"))
    a(71.0, "c1", cas("INFO", "main", "StorageService.java:1660", "Node /%s:7000 state jump to NORMAL" % c1ip))
    a(71.5, "c0", cas("INFO", "GossipStage:1", "Gossiper.java:1360", "Node /%s:7000 has restarted, now UP" % c1ip))
    a(72.0, "c1", cas("INFO", "main", "CassandraDaemon.java:761", "Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)..."))
    a(75.0, "c0", cas("INFO", "HintsDispatcher:2", "HintsDispatchExecutor.java:289", "Finished hinted handoff of file 8a1f3c2d-7b6e-4d5c-9a8b-1c2d3e4f5a6b-1775948472201-2.hints to endpoint /%s:7000: 8a1f3c2d-7b6e-4d5c-9a8b-1c2d3e4f5a6b" % c1ip))
    a(78.0, "ti", rust("INFO", "telematics_ingest::store", "node back in pool node=%s:9042 (cassandra-1)" % c1ip))
    a(80.0, "ti", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=500 lag=3120 queue=telemetry.raw"))
    a(140.0, "ti", rust("INFO", "telematics_ingest::pipeline", "consumed batch size=212 lag=0 queue=telemetry.raw"))
    return ("2026-04-11T03:00:10",
            "Cassandra node went DOWN during the night and telematics-ingest got connection refused. Did we lose telemetry?",
            {"namespace": ns},
            {"severity": "INFO", "root_cause_category": "none",
             "root_cause": "No incident: cassandra-1 was drained and restarted as part of the rolling JVM update; writes continued at LOCAL_QUORUM on the other replicas, hints were replayed to cassandra-1 when it rejoined and the ingest lag returned to zero.",
             "summary": "Planned rolling restart of cassandra-1 without data loss.",
             "action": "None needed."})



if __name__ == "__main__":
    main()
