#!/usr/bin/env python3
"""Generator for the dev51 held-out golden set (LogLens golden format v1).

Stdlib only.  The single source of randomness is random.Random(205151); the
scenario builders are always called in the same order, so two runs write the
same bytes.  Outputs (next to this file):
  dev51.jsonl      40 records
  dev51.tags.json  record id -> list of hard-case tags
"""
import datetime as dt
import json
import os
import random

RNG = random.Random(205151)
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
EPOCH0 = dt.datetime(1970, 1, 1, tzinfo=UTC)
SAFE = "bcdfghjklmnpqrstvwxz2456789"          # alphabet of k8s generated names
URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
SOURCE = "synthetic:dev51"
RNG_NS_PAD = "412"   # fixed nanosecond digits for Oban system_time


# --------------------------------------------------------------------------
# small random helpers (all draw from RNG)
# --------------------------------------------------------------------------
def sf(n):
    return "".join(RNG.choice(SAFE) for _ in range(n))


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uid():
    return f"{hx(8)}-{hx(4)}-4{hx(3)}-{RNG.choice('89ab')}{hx(3)}-{hx(12)}"


def ip(third=None):
    return f"10.244.{RNG.randint(0, 7) if third is None else third}.{RNG.randint(2, 250)}"


def reqid():
    return "".join(RNG.choice(URLSAFE) for _ in range(20))


def trace_id():
    return "0HN" + "".join(RNG.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(10))


def pid():
    return f"#PID<0.{RNG.randint(2000, 9800)}.0>"


DOMAINS = {
    "lib": {"cluster": "tcln-prod",
            "nodes": ["tcln-k8s-w01", "tcln-k8s-w02", "tcln-k8s-w03", "tcln-k8s-w04"]},
    "wind": {"cluster": "northgale-ops",
             "nodes": [f"ng-k8s-node-0{i}" for i in range(1, 6)]},
    "mkt": {"cluster": "restrung-prod",
            "nodes": [f"mkt-pool-a-{sf(5)}" for _ in range(3)] + [f"mkt-pool-b-{sf(5)}" for _ in range(3)]},
}

UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
]


# --------------------------------------------------------------------------
# timestamps
# --------------------------------------------------------------------------
def _up(t, boot):
    d = t - boot
    return d.days * 86400 + d.seconds, d.microseconds


def stamp(style, t, w):
    ms = f"{t.microsecond // 1000:03d}"
    us = f"{t.microsecond:06d}"
    if style in ("rust", "iso6"):
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + us + "Z"
    if style == "elixir":
        return t.strftime("%H:%M:%S.") + ms
    if style == "dotnet":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + ms
    if style == "fpm":
        return t.strftime("%d-%b-%Y %H:%M:%S")
    if style == "nginx":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if style == "clf":
        return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if style == "monolog":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + us + "+00:00"
    if style == "valkey":
        return t.strftime("%d %b %Y %H:%M:%S.") + ms
    if style == "log4j":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + ms
    if style == "ignite":
        return t.strftime("%Y-%m-%dT%H:%M:%S,") + ms
    if style == "slapd":
        secs = int((t - EPOCH0).total_seconds())
        return f"{secs:08x}.{t.microsecond * 1000 + 417:08x}"
    if style == "klog":
        return t.strftime("%m%d %H:%M:%S.") + us
    if style == "iso3":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms + "Z"
    if style == "iso0":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "nats":
        return t.strftime("%Y/%m/%d %H:%M:%S.") + us
    if style == "syslog":
        return t.strftime("%b %d %H:%M:%S")
    if style == "epoch":
        s, _ = _up(t, EPOCH0)
        return f"{s}.{ms}"
    if style == "zabbix":
        return t.strftime("%Y%m%d:%H%M%S.") + ms
    if style == "linkerd":
        s, u = _up(t, w["boot"])
        return f"{s:>6d}.{u:06d}"
    if style == "dmesg":
        s, u = _up(t, w["boot"])
        return f"{s:>5d}.{u:06d}"
    if style == "pg":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + ms + " UTC"
    if style == "gostd":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if style == "roundcube":
        return t.strftime("%d-%b-%Y %H:%M:%S +0000")
    if style == "none":
        return ""
    raise ValueError(style)


def render(text, t, w):
    out = text.replace("@TS@", stamp(w["style"], t, w))
    if "@" in out:
        s, _ = _up(t, EPOCH0)
        out = (out.replace("@PG@", stamp("pg", t, w))
                  .replace("@ISO3@", stamp("iso3", t, w))
                  .replace("@ISO6@", stamp("iso6", t, w))
                  .replace("@EPUS@", f"{s}.{t.microsecond:06d}")
                  .replace("@EPNS@", f"{s}{t.microsecond:06d}{RNG_NS_PAD}")
                  .replace("@EPMS@", f"{s}.{t.microsecond // 1000:03d}")
                  .replace("@EPS@", f"{s}")
                  .replace("@RFC1123@", t.strftime("%a, %d %b %Y %H:%M:%S UTC"))
                  .replace("@JDATE@", t.strftime("%a %b %d %H:%M:%S UTC %Y")))
    return out


def fmt_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------
class Rec:
    def __init__(self, dom, severity, category, hour=None):
        self.dom = DOMAINS[dom]
        self.severity = severity
        self.category = category
        day = RNG.randint(0, 108)
        h = RNG.randint(0, 23) if hour is None else hour
        self.base = dt.datetime(2026, 1, 5, tzinfo=UTC) + dt.timedelta(
            days=day, hours=h, minutes=RNG.randint(0, 44), seconds=RNG.randint(0, 59),
            microseconds=RNG.randint(0, 999999))
        self.w = {}
        self.groups = []      # each: off (sort key), t (raw time), bump (us), rows [(key, text, ev)]
        self.tags = []
        self.selector = None
        self.question = None
        self.component = None
        self.root_cause = self.summary = self.action = None

    # workloads ------------------------------------------------------------
    def wl(self, key, ns, app, container=None, pod=None, style="rust", node=None, sts=None):
        if pod is None:
            pod = f"{app}-{sts}" if sts is not None else f"{app}-{sf(10)}-{sf(5)}"
        node = node or RNG.choice(self.dom["nodes"])
        labels = {"cluster": self.dom["cluster"], "namespace": ns, "app": app,
                  "pod": pod, "container": container or app, "node": node}
        w = {"labels": labels, "style": style,
             "boot": self.base - dt.timedelta(seconds=RNG.randint(4000, 1900000), microseconds=RNG.randint(0, 999999))}
        self.w[key] = w
        return w

    def events(self, key, ns):
        w = {"labels": {"cluster": self.dom["cluster"], "namespace": ns,
                        "job": "integrations/kubernetes/eventhandler"},
             "style": "none", "boot": self.base}
        self.w[key] = w
        return w

    def journal(self, key, node, unit, style):
        w = {"labels": {"cluster": self.dom["cluster"], "job": "node-journal",
                        "node": node, "unit": unit},
             "style": style,
             "boot": self.base - dt.timedelta(seconds=RNG.randint(400000, 2500000), microseconds=RNG.randint(0, 999999))}
        self.w[key] = w
        return w

    def pod(self, key):
        return self.w[key]["labels"]["pod"]

    def node(self, key):
        return self.w[key]["labels"]["node"]

    # lines ----------------------------------------------------------------
    def at(self, off, key, text, ev=False):
        """A new log line `off` seconds into the window (plus sub-second jitter)."""
        t = self.base + dt.timedelta(seconds=off, microseconds=RNG.randint(0, 350000))
        self.groups.append({"off": off, "t": t, "bump": RNG.randint(80, 900), "rows": [(key, text, ev)]})

    def after(self, delta, key, text, ev=False):
        """A new line exactly `delta` seconds after the previous line (no jitter)."""
        prev = self.groups[-1]
        self.groups.append({"off": prev["off"] + delta, "t": prev["t"] + dt.timedelta(seconds=delta),
                            "bump": RNG.randint(80, 900), "rows": [(key, text, ev)]})

    def cont(self, key, text, ev=False):
        """Continuation line of a multi-line message: same timestamp as the line it continues."""
        self.groups[-1]["rows"].append((key, text, ev))

    @property
    def last_t(self):
        return self.groups[-1]["t"]

    def timeline(self):
        """Lines sorted by scenario offset (stable), with strictly increasing group timestamps."""
        order = sorted(range(len(self.groups)), key=lambda i: (self.groups[i]["off"], i))
        out, prev = [], None
        for i in order:
            g = self.groups[i]
            t = g["t"]
            if prev is not None and t <= prev:
                t = prev + dt.timedelta(microseconds=g["bump"])
            prev = t
            for key, text, is_ev in g["rows"]:
                out.append((t, key, text, is_ev))
        return out

    def sel(self, ns, app):
        self.selector = {"namespace": ns, "pod": None, "container": None, "node": None, "app": app}

    def expect(self, component, root_cause, summary, action):
        self.component, self.root_cause, self.summary, self.action = component, root_cause, summary, action

    def build(self, rid):
        logs, ev = [], []
        for i, (t, key, text, is_ev) in enumerate(self.timeline()):
            w = self.w[key]
            logs.append({"ts": fmt_ts(t), "labels": dict(w["labels"]), "line": render(text, t, w)})
            if is_ev:
                ev.append(i)
        exp = {"severity": self.severity, "root_cause_category": self.category}
        if self.component is not None:
            exp["component"] = self.component
        exp["root_cause"] = self.root_cause
        exp["summary"] = self.summary
        exp["action"] = self.action
        exp["evidence"] = ev
        return {"id": rid, "source": SOURCE, "question": self.question,
                "selector": self.selector, "logs": logs, "expected": exp}


# --------------------------------------------------------------------------
# line helpers for common formats
# --------------------------------------------------------------------------
def phx(r, off, key, method, path, status, ms):
    rid = reqid()
    r.at(off, key, f"@TS@ request_id={rid} [info] {method} {path}")
    r.after(ms / 1000.0, key, f"@TS@ request_id={rid} [info] Sent {status} in {ms}ms")


def actix(r, off, key, method, path, status, size, secs):
    r.at(off, key, f'@TS@  INFO actix_web::middleware::logger: {ip()} "{method} {path} HTTP/1.1" '
                   f'{status} {size} "-" "{RNG.choice(UA_BROWSER)}" {secs:.6f}')


def kestrel1(r, off, key, host, method, path, status, size, ms, ctype="application/json;+charset=utf-8"):
    """ASP.NET Core SimpleConsole with SingleLine=true and a TimestampFormat."""
    r.at(off, key, f"@TS@ info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 "
                   f"{method} http://{host}{path} - {status} {size} {ctype if size != 0 else '-'} {ms:.4f}ms")


def kestrel_ml(r, off, key, host, method, path, status, size, ms, ctype="application/json;+charset=utf-8"):
    """ASP.NET Core default (multi-line) console formatter."""
    r.at(off, key, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
    r.cont(key, f"      Request finished HTTP/1.1 {method} http://{host}{path} - {status} {size} "
                f"{ctype if size != 0 else '-'} {ms:.4f}ms")


def ngx(r, off, key, method, path, status, size, cip=None, ua=None):
    r.at(off, key, f'{cip or ip(0)} - - [@TS@] "{method} {path} HTTP/1.1" {status} {size} "-" '
                   f'"{ua or RNG.choice(UA_BROWSER)}"')


def traefik(r, off, key, method, path, status, size, router, backend, ms, n=None, ua=None):
    n = n if n is not None else RNG.randint(40000, 990000)
    r.at(off, key, f'{RNG.choice(["203.0.113.", "198.51.100.", "192.0.2."])}{RNG.randint(2, 250)} - - [@TS@] '
                   f'"{method} {path} HTTP/2.0" {status} {size} "-" "{ua or RNG.choice(UA_BROWSER)}" {n} '
                   f'"{router}" "{backend}" {ms}ms')


def ev(r, off, key, typ, reason, kind, name, src, msg, count=1, evd=False):
    msg = msg.replace("\\", "\\\\").replace('"', '\\"')
    r.at(off, key, f'type={typ} reason={reason} kind={kind} name={name} sourcecomponent={src} '
                   f'count={count} msg="{msg}"', evd)


def kc_event(r, off, key, typ, realm_id, client, user_id, ipaddr, error=None, username=None, level="WARN ", extra=""):
    parts = [f'type="{typ}"', f'realmId="{realm_id}"', 'realmName="patrons"', f'clientId="{client}"',
             f'userId="{user_id}"', f'ipAddress="{ipaddr}"']
    if error:
        parts.append(f'error="{error}"')
    parts += ['auth_method="openid-connect"', 'auth_type="code"',
              'redirect_uri="https://catalogue.tcln.org/auth/callback"', f'code_id="{uid()}"']
    if username:
        parts.append(f'username="{username}"')
    r.at(off, key, f"@TS@ {level} [org.keycloak.events] (executor-thread-{RNG.randint(1, 40)}) "
                   + ", ".join(parts) + extra)


# ==========================================================================
# INFO / none (healthy windows)
# ==========================================================================
def h_catalogue_404():
    r = Rec("lib", "INFO", "none")
    ns = "libnet-catalogue"
    r.wl("api", ns, "catalogue-api", style="elixir")
    r.wl("db", ns, "catalogue-db", container="postgres", pod="catalogue-db-1", style="iso6")
    r.sel(ns, "catalogue-api")
    r.question = "The catalogue API logs show 404s and an SRU warning in the last 10 minutes. Is something broken?"
    phx(r, 0, "api", "GET", "/api/v1/search?q=ursula+le+guin&branch=all", 200, 41)
    phx(r, 7, "api", "GET", "/api/v1/records/isbn/9780000316741", 404, 3)
    r.at(19, "api", "@TS@ [warning] SRU partner eastvale returned diagnostic info:srw/diagnostic/1/10 "
                    "(Query syntax error) for query=\"title=the left hand of darkness\"; retrying with CQL-escaped terms")
    r.at(20, "api", "@TS@ [info] SRU partner eastvale: 14 records in 412ms (attempt 2)")
    phx(r, 26, "api", "GET", "/api/v1/records/b3012884/holdings", 200, 12)
    r.at(61, "db", '{"level":"info","ts":"@ISO6@","logger":"postgres","msg":"record","logging_pod":"catalogue-db-1",'
                   '"record":{"log_time":"@PG@","process_id":"58","session_id":"65e1a0c2.3a","session_line_num":"14",'
                   '"session_start_time":"2026-01-03 04:11:14 UTC","transaction_id":"0","error_severity":"LOG",'
                   '"sql_state_code":"00000","message":"checkpoint complete: wrote 1822 buffers (11.1%); 0 WAL file(s) '
                   'added, 0 removed, 1 recycled; write=179.912 s, sync=0.004 s, total=179.931 s; sync files=41, '
                   'longest=0.002 s, average=0.001 s; distance=14377 kB, estimate=15102 kB; lsn=3/A2F14E08, '
                   'redo lsn=3/A1D0C4B0","backend_type":"checkpointer","query_id":"0"}}')
    phx(r, 74, "api", "GET", "/api/v1/records/isbn/9781000000019", 404, 2)
    r.at(90, "api", '@TS@ [info] {"args":{"batch":"2026-w%02d-eastvale"},"attempt":1,"duration":18211,"event":"job:stop",'
                    '"id":481207,"max_attempts":20,"meta":{},"queue":"marc_import","queue_time":1204,'
                    '"source":"oban","state":"success","tags":[],"worker":"Catalogue.Workers.MarcImport"}'
         % RNG.randint(2, 15))
    phx(r, 118, "api", "GET", "/api/v1/search?q=tove+jansson&branch=northfield", 200, 38)
    r.expect(None,
             "No fault: the 404s are lookups for ISBNs that are not in the union catalogue, and the SRU diagnostic was "
             "a query-syntax issue that succeeded on the automatic CQL-escaped retry.",
             "Catalogue API is healthy: searches return 200, MARC import job succeeded, database checkpoints normally.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_nats_upgrade():
    r = Rec("wind", "INFO", "none", hour=RNG.randint(20, 22))
    ns = "scada"
    r.wl("gw", ns, "scada-gateway")
    r.wl("nats", ns, "nats", sts=1, style="nats")
    r.events("ev", ns)
    r.sel(ns, "scada-gateway")
    r.question = "The SCADA gateway logged NATS disconnects during tonight's NATS upgrade. Did we lose telemetry?"
    r.at(0, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4788 turbines=38 publish_errors=0 retried=0 elapsed_ms=71")
    r.at(3, "nats", "[1] @TS@ [INF] Entering lame duck mode, stop accepting new clients")
    ev(r, 5, "ev", "Normal", "Killing", "Pod", "nats-1", "kubelet", "Stopping container nats")
    r.at(6, "nats", "[1] @TS@ [INF] Initiating Shutdown...")
    r.at(6.4, "nats", "[1] @TS@ [INF] Server Exiting..")
    r.at(6.6, "gw", "@TS@  WARN scada_gateway::bus: nats connection event event=Disconnected server=nats-1.nats.scada.svc.cluster.local:4222")
    r.at(6.9, "gw", "@TS@  INFO scada_gateway::bus: nats connection event event=Connected server=nats-0.nats.scada.svc.cluster.local:4222")
    ev(r, 12, "ev", "Normal", "Pulled", "Pod", "nats-1", "kubelet", 'Container image "nats:2.10.18-alpine" already present on machine')
    ev(r, 12.3, "ev", "Normal", "Started", "Pod", "nats-1", "kubelet", "Started container nats")
    r.at(13, "nats", "[1] @TS@ [INF] Starting nats-server")
    r.at(13.01, "nats", "[1] @TS@ [INF]   Version:  2.10.18")
    r.at(14, "nats", "[1] @TS@ [INF] Starting JetStream")
    r.at(16, "nats", "[1] @TS@ [INF] JetStream cluster new stream leader for 'SCADA > TELEMETRY'")
    r.at(30, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4810 turbines=38 publish_errors=0 retried=112 elapsed_ms=96")
    r.at(60, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4794 turbines=38 publish_errors=0 retried=0 elapsed_ms=68")
    r.expect(None,
             "Planned rolling restart of nats-1 (version upgrade); the client failed over to nats-0 within milliseconds and "
             "112 in-flight publishes were retried successfully (publish_errors=0).",
             "Healthy: a planned NATS rollout with a clean client failover and no lost telemetry.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_escrow_startup():
    r = Rec("mkt", "INFO", "none")
    ns = "escrow"
    r.wl("api", ns, "escrow-api", style="dotnet")
    r.events("ev", ns)
    r.sel(ns, "escrow-api")
    pod = r.pod("api")
    host = "escrow-api.escrow.svc.cluster.local"
    r.question = "After the escrow-api deploy there are warnings and a failed readiness probe. Should we roll back?"
    ev(r, 0, "ev", "Normal", "Scheduled", "Pod", pod, "default-scheduler", f"Successfully assigned escrow/{pod} to {r.node('api')}")
    ev(r, 2, "ev", "Normal", "Pulled", "Pod", pod, "kubelet",
       'Successfully pulled image "registry.restrung.app/escrow/escrow-api:4.12.0" in 1.913s (1.913s including waiting)')
    ev(r, 2.2, "ev", "Normal", "Started", "Pod", pod, "kubelet", "Started container escrow-api")
    r.at(4, "api", "@TS@ warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35] No XML encryptor "
                   f"configured. Key {{{uid()}}} may be persisted to storage in unencrypted form.")
    r.at(4.3, "api", "@TS@ info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080")
    r.at(4.31, "api", "@TS@ info: Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down.")
    r.at(4.32, "api", "@TS@ info: Microsoft.Hosting.Lifetime[0] Hosting environment: Production")
    ev(r, 5, "ev", "Warning", "Unhealthy", "Pod", pod, "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503")
    r.at(11, "api", "@TS@ warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3] Failed to determine the https port for redirect.")
    kestrel1(r, 11.01, "api", host, "GET", "/healthz/ready", 200, 0, 2.1177, ctype="text/plain")
    kestrel1(r, 24, "api", host, "GET", f"/api/holds/H-{RNG.randint(10000000, 99999999)}", 200, 611, 14.2208)
    kestrel1(r, 37, "api", host, "POST", "/api/holds", 201, 402, 48.9931)
    r.at(60, "api", "@TS@ info: Escrow.Api.Payouts.PayoutSweeper[0] Payout sweep complete: released=17 held=3 failed=0 elapsed=00:00:01.4417")
    kestrel1(r, 71, "api", host, "GET", "/healthz/ready", 200, 0, 1.0843, ctype="text/plain")
    r.expect(None,
             "No fault: the single readiness failure happened while the new pod was still starting, and the DataProtection "
             "and HTTPS-port warnings are expected for this cluster-internal HTTP service.",
             "New escrow-api pod started, became ready and serves requests; payout sweep had 0 failures.",
             "No action needed; do not roll back.")
    r.tags = ["healthy-lookalike"]
    return r


def h_rooms_plain():
    r = Rec("lib", "INFO", "none", hour=RNG.randint(13, 16))
    ns = "libnet-rooms"
    r.wl("ngx", ns, "rooms-nginx", container="nginx", style="clf")
    r.wl("php", ns, "rooms-php", container="php-fpm", style="fpm")
    r.wl("vk", ns, "rooms-valkey", container="valkey", sts=0, style="valkey")
    r.sel(ns, "rooms-php")
    r.question = "Quick health check of the room-booking service for the last 10 minutes?"
    ngx(r, 0, "ngx", "GET", "/rooms?branch=northfield&date=today", 200, 18234)
    ngx(r, 3, "ngx", "GET", "/favicon.ico", 404, 153)
    ngx(r, 9, "ngx", "POST", "/bookings", 302, 0)
    ngx(r, 10, "ngx", "GET", "/bookings/mine", 200, 7612)
    r.at(44, "vk", "1:M @TS@ * 100 changes in 300 seconds. Saving...")
    r.at(44.01, "vk", "1:M @TS@ * Background saving started by pid 2291")
    r.at(44.2, "vk", "2291:C @TS@ * DB saved on disk")
    r.at(44.21, "vk", "2291:C @TS@ * Fork CoW for RDB: current 1 MB, peak 1 MB, average 1 MB")
    r.at(44.3, "vk", "1:M @TS@ * Background saving terminated with success")
    ngx(r, 63, "ngx", "GET", "/rooms/4412/availability?week=2026-W%02d" % RNG.randint(2, 16), 200, 3321)
    ngx(r, 80, "ngx", "GET", "/static/app.3f9c2e.js", 304, 0)
    r.at(91, "php", "[@TS@] NOTICE: [pool www] child 83 exited with code 0 after 3601.224117 seconds from start")
    r.at(91.01, "php", "[@TS@] NOTICE: [pool www] child 412 started")
    ngx(r, 120, "ngx", "POST", "/bookings", 302, 0)
    r.expect(None,
             "No incident: normal traffic, an expected favicon 404, routine Valkey RDB snapshot and php-fpm recycling "
             "children after pm.max_requests.",
             "Room booking is healthy.",
             "No action needed.")
    r.tags = []
    return r


def h_keycloak_badpw():
    r = Rec("lib", "INFO", "none")
    ns = "libnet-auth"
    r.wl("kc", ns, "keycloak", sts=0, style="log4j")
    r.wl("ldap", ns, "openldap", sts=0, container="slapd", style="slapd")
    r.sel(ns, "keycloak")
    realm = uid()
    r.question = "Keycloak is logging LOGIN_ERROR events for patrons. Is the library login broken?"
    th = "0x7f" + hx(10)
    c1 = RNG.randint(40000, 90000)
    r.at(0, "ldap", f"@TS@ {th} conn={c1} op=1 BIND dn=\"uid=b.okafor,ou=patrons,dc=tcln,dc=org\" method=128")
    r.at(0.02, "ldap", f"@TS@ {th} conn={c1} op=1 RESULT tag=97 err=49 qtime=0.000011 etime=0.002210 text=")
    kc_event(r, 0.1, "kc", "LOGIN_ERROR", realm, "opac-web", "null", "203.0.113.%d" % RNG.randint(2, 250),
             error="invalid_user_credentials", username="b.okafor")
    r.at(21, "ldap", f"@TS@ {th} conn={c1 + 4} op=1 BIND dn=\"uid=b.okafor,ou=patrons,dc=tcln,dc=org\" method=128")
    r.at(21.02, "ldap", f"@TS@ {th} conn={c1 + 4} op=1 BIND dn=\"uid=b.okafor,ou=patrons,dc=tcln,dc=org\" mech=SIMPLE bind_ssf=0 ssf=256")
    r.at(21.03, "ldap", f"@TS@ {th} conn={c1 + 4} op=1 RESULT tag=97 err=0 qtime=0.000009 etime=0.001987 text=")
    kc_event(r, 47, "kc", "LOGIN_ERROR", realm, "opac-web", "null", "198.51.100.%d" % RNG.randint(2, 250),
             error="user_not_found", username="m.lindqvist@tcln")
    kc_event(r, 69, "kc", "LOGIN_ERROR", realm, "room-booking", "null", "198.51.100.%d" % RNG.randint(2, 250),
             error="invalid_user_credentials", username="a.ferreira")
    r.at(80, "ldap", f"@TS@ {th} conn={c1 + 9} op=1 SRCH base=\"ou=patrons,dc=tcln,dc=org\" scope=2 deref=0 filter=\"(&(objectClass=inetOrgPerson)(uid=a.ferreira))\"")
    r.at(80.01, "ldap", f"@TS@ {th} conn={c1 + 9} op=1 SEARCH RESULT tag=101 err=0 qtime=0.000010 etime=0.000611 nentries=1 text=")
    r.at(92, "kc", "@TS@ INFO  [org.keycloak.services] (executor-thread-3) KC-SERVICES0009: Added user 'j.akintola' to realm 'patrons'")
    r.at(140, "ldap", f"@TS@ {th} conn={c1 + 15} op=2 UNBIND")
    r.at(140.01, "ldap", f"@TS@ {th} conn={c1 + 15} fd=31 closed")
    r.expect(None,
             "No fault: the LOGIN_ERROR events are individual patrons mistyping passwords or usernames (LDAP err=49 for that "
             "patron, followed by a successful bind err=0 on retry); the service LDAP federation works.",
             "Login is working; a normal background level of failed patron logins.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_temporal_retry():
    r = Rec("wind", "INFO", "none")
    ns = "workorders"
    r.wl("wk", ns, "wo-worker", container="worker", style="gostd")
    r.wl("parts", ns, "parts-catalog", style="none")
    r.sel(ns, "wo-worker")
    host = "parts-catalog.workorders.svc.cluster.local"
    worker_id = f"1@{r.pod('wk')}@"
    wo = RNG.randint(48000, 49999)
    r.question = "wo-worker logged 'Activity error' for a work order. Is the maintenance pipeline broken?"
    r.at(0, "wk", f"@TS@ INFO  Started Worker Namespace default TaskQueue work-orders WorkerID {worker_id}")
    kestrel_ml(r, 3, "parts", host, "POST", "/api/reservations", 503, 92, 0.8811, ctype="application/problem+json")
    r.at(3.1, "wk", f"@TS@ WARN  Activity error. Namespace default TaskQueue work-orders WorkerID {worker_id} "
                    f"WorkflowID wo-{wo} RunID {uid()} ActivityType ReserveParts Attempt 1 "
                    "Error parts-catalog returned 503: stock snapshot warming up")
    r.at(3.6, "parts", "info: PartsCatalog.Stock.SnapshotLoader[0]")
    r.cont("parts", "      Stock snapshot loaded: 18204 SKUs from 4 depots in 00:00:00.6312")
    kestrel_ml(r, 5.2, "parts", host, "POST", "/api/reservations", 201, 311, 41.0286)
    r.at(5.3, "wk", f"@TS@ INFO  reserved parts WorkOrder WO-{wo} Lines 3 Depot hollin-ridge")
    kestrel_ml(r, 40, "parts", host, "GET", "/api/skus/VES-GBX-BRG-0412", 200, 804, 3.9127)
    r.at(65, "wk", f"@TS@ INFO  dispatched crew WorkOrder WO-{wo} Turbine T17 Crew north-2 Window 2026-W%02d" % RNG.randint(2, 16))
    r.at(98, "wk", f"@TS@ INFO  reserved parts WorkOrder WO-{wo + 3} Lines 1 Depot marsh-end")
    r.expect(None,
             "No fault: the ReserveParts activity hit a 503 while parts-catalog was warming its stock snapshot after a "
             "restart; Temporal retried the activity and attempt 2 succeeded.",
             "Work-order pipeline is healthy; one transient activity retry succeeded.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_traefik_scanners():
    r = Rec("mkt", "INFO", "none")
    r.wl("tr", "traefik", "traefik", style="clf")
    r.wl("li", "market", "listings-api")
    r.sel("traefik", "traefik")
    lr = "market-listings-api-restrung-app@kubernetescrd"
    be = f"http://{ip()}:8080"
    scan = "Mozilla/5.0 zgrab/0.x"
    r.question = "The edge proxy shows lots of 401 and 404 responses. Are we being attacked or is something broken?"
    traefik(r, 0, "tr", "GET", "/api/listings?category=fretted&page=2", 200, 18812, lr, be, 22)
    traefik(r, 4, "tr", "GET", "/wp-login.php", 404, 19, "websecure-catchall@file", "-", 0, ua=scan)
    traefik(r, 4.5, "tr", "GET", "/.env", 404, 19, "websecure-catchall@file", "-", 0, ua=scan)
    traefik(r, 9, "tr", "GET", "/api/me", 401, 57, lr, be, 3)
    r.at(9.01, "li", f'@TS@  INFO actix_web::middleware::logger: {ip()} "GET /api/me HTTP/1.1" 401 57 "-" "{RNG.choice(UA_BROWSER)}" 0.000912')
    traefik(r, 15, "tr", "GET", f"/api/listings/{RNG.randint(700000, 899999)}", 200, 4410, lr, be, 9)
    traefik(r, 31, "tr", "GET", "/api/me/watchlist", 401, 57, lr, be, 2)
    traefik(r, 47, "tr", "GET", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", 404, 19, "websecure-catchall@file", "-", 0, ua=scan)
    r.at(52, "li", "@TS@  INFO listings_api::search: facet cache refreshed categories=142 brands=1881 elapsed_ms=318")
    traefik(r, 58, "tr", "POST", "/api/listings", 201, 612, lr, be, 87)
    traefik(r, 79, "tr", "GET", "/api/listings?category=amps&sort=newest", 200, 22410, lr, be, 31)
    r.expect(None,
             "No fault: the 404s are internet scanners probing paths that do not exist (caught by the catch-all router) "
             "and the 401s are unauthenticated browsers calling /api/me before login, which is the expected response.",
             "Edge and listings are healthy; error statuses are expected client behaviour.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_hazelcast_rolling():
    r = Rec("mkt", "INFO", "none")
    ns = "escrow"
    for i in range(3):
        r.wl(f"hz{i}", ns, "escrow-hz", container="hazelcast", sts=i, style="log4j")
    r.wl("api", ns, "escrow-api", style="dotnet")
    r.events("ev", ns)
    r.sel(ns, "escrow-hz")
    ips = [ip() for _ in range(3)]
    r.question = "Hazelcast members left the escrow cache cluster and pods were killed. Do we have a problem?"
    ev(r, 0, "ev", "Normal", "SuccessfulDelete", "StatefulSet", "escrow-hz", "statefulset-controller",
       "delete Pod escrow-hz-2 in StatefulSet escrow-hz successful")
    ev(r, 0.2, "ev", "Normal", "Killing", "Pod", "escrow-hz-2", "kubelet", "Stopping container hazelcast")
    r.at(1, "hz2", f"@TS@ [ INFO] [hz.ShutdownThread] [c.h.c.LifecycleService]: [{ips[2]}]:5701 [escrow] [5.4.0] [{ips[2]}]:5701 is SHUTTING_DOWN")
    r.at(3, "hz0", f"@TS@ [ INFO] [hz.escrow-hz-0.migration] [c.h.i.p.i.MigrationManager]: [{ips[0]}]:5701 [escrow] [5.4.0] "
                   "Repartitioning cluster data. Migration tasks count: 271")
    r.at(4, "hz2", f"@TS@ [ INFO] [hz.ShutdownThread] [c.h.c.LifecycleService]: [{ips[2]}]:5701 [escrow] [5.4.0] [{ips[2]}]:5701 is SHUTDOWN")
    r.at(6, "hz0", f"@TS@ [ INFO] [hz.escrow-hz-0.migration] [c.h.i.p.i.MigrationManager]: [{ips[0]}]:5701 [escrow] [5.4.0] "
                   "All migration tasks have been completed. (repartitionTime=Sat Mar 01 00:00:00 UTC 2026, plannedMigrations=271, "
                   "completedMigrations=271, remainingMigrations=0, totalCompletedMigrations=813)".replace(
                       "Sat Mar 01 00:00:00 UTC 2026", "@JDATE@"))
    r.at(6.5, "api", "@TS@ info: Hazelcast.Clustering.ClusterMembers[0] Members [2] {member "
                     f"{ips[0]}:5701, member {ips[1]}:5701}}")
    ev(r, 20, "ev", "Normal", "Started", "Pod", "escrow-hz-2", "kubelet", "Started container hazelcast")
    r.at(27, "hz2", f"@TS@ [ INFO] [main] [c.h.s.d.i.DiscoveryService]: [{ips[2]}]:5701 [escrow] [5.4.0] Kubernetes Discovery: "
                    "Bearer Token { *** }")
    r.at(31, "hz2", f"@TS@ [ INFO] [hz.escrow-hz-2.generic-operation.thread-0] [c.h.i.c.ClusterService]: [{ips[2]}]:5701 "
                    "[escrow] [5.4.0] Members {size:3, ver:12} [")
    r.at(33, "hz0", f"@TS@ [ INFO] [hz.escrow-hz-0.migration] [c.h.i.p.i.MigrationManager]: [{ips[0]}]:5701 [escrow] [5.4.0] "
                    "Repartitioning cluster data. Migration tasks count: 271")
    r.at(37, "hz0", f"@TS@ [ INFO] [hz.escrow-hz-0.migration] [c.h.i.p.i.MigrationManager]: [{ips[0]}]:5701 [escrow] [5.4.0] "
                    "All migration tasks have been completed. (repartitionTime=@JDATE@, plannedMigrations=271, "
                    "completedMigrations=271, remainingMigrations=0, totalCompletedMigrations=1084)")
    r.at(38, "api", "@TS@ info: Hazelcast.Clustering.ClusterMembers[0] Members [3] {member "
                    f"{ips[0]}:5701, member {ips[1]}:5701, member {ips[2]}:5701}}")
    r.expect(None,
             "No fault: a StatefulSet rolling update restarted escrow-hz-2; Hazelcast shut it down gracefully, migrated "
             "partitions with 0 remaining, and the member rejoined (size 3).",
             "Hazelcast cache cluster healthy after a graceful rolling restart.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


def h_questdb_zabbix():
    r = Rec("wind", "INFO", "none")
    r.wl("qdb", "scada", "questdb", sts=0, style="iso6")
    r.wl("zbx", "monitoring", "zabbix-server", style="zabbix")
    r.wl("gw", "scada", "scada-gateway")
    r.sel("scada", "questdb")
    r.question = "Anything unusual on the telemetry database in the last few minutes?"
    fd = RNG.randint(100, 300)
    gw_ip = ip()
    r.at(0, "qdb", f"@TS@ I tcp-line-server connected [ip={gw_ip}, fd={fd}]")
    r.at(2, "gw", "@TS@  INFO scada_gateway::sink::questdb: ILP sender connected addr=questdb.scada.svc.cluster.local:9009")
    r.at(30, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4802 turbines=38 publish_errors=0 retried=0 elapsed_ms=64")
    r.at(41, "zbx", "   231:@TS@ executing housekeeper")
    r.at(43, "zbx", "   231:@TS@ housekeeper [deleted 48213 hist/trends, 0 items/triggers, 12 events, 0 problems, 0 sessions, "
                    "0 alarms, 0 audit, 0 autoreg_host, 0 records in 2.311 sec, idle for 1 hour(s)]")
    r.at(60, "qdb", "@TS@ I i.q.c.h.p.JsonQueryProcessorState [%d] `select turbine, avg(active_power_kw) from turbine_telemetry "
                    "where ts > dateadd('h', -1, now()) sample by 10m` [compiler=1, timeout=60000]" % RNG.randint(20, 90))
    r.at(61, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4797 turbines=38 publish_errors=0 retried=0 elapsed_ms=70")
    r.at(75, "qdb", f"@TS@ I tcp-line-server scheduling disconnect [fd={fd + 7}, reason=0]")
    r.at(75.01, "qdb", f"@TS@ I tcp-line-server disconnected [ip={ip()}, fd={fd + 7}, src=queue]")
    r.at(91, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4805 turbines=38 publish_errors=0 retried=0 elapsed_ms=66")
    r.expect(None,
             "No incident: steady ILP ingestion, a dashboard query, a normal client disconnect and the hourly Zabbix "
             "housekeeper run.",
             "Telemetry database is healthy.",
             "No action needed.")
    r.tags = []
    return r


def h_cert_renewal():
    r = Rec("lib", "INFO", "none")
    ns = "libnet-lending"
    r.wl("api", ns, "lending-api", style="none")
    r.wl("cm", "cert-manager", "cert-manager", container="cert-manager-controller", style="klog")
    r.sel(ns, "lending-api")
    host = "lending-api.libnet-lending.svc.cluster.local"
    r.question = "cert-manager is re-issuing the lending certificate and logged errors. Is e-book lending affected?"
    kestrel_ml(r, 0, "api", host, "POST", "/api/loans", 201, 488, 212.4471)
    r.at(6, "cm", 'I@TS@       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" '
                  'key="libnet-lending/lending-tcln-org-tls" reason="Renewing" message="Renewing certificate as renewal was '
                  'scheduled at @RFC1123@"')
    r.at(6.1, "cm", 'E@TS@       1 controller.go:167] "re-queuing item due to error processing" err="Operation cannot be '
                    'fulfilled on certificates.cert-manager.io \\"lending-tcln-org-tls\\": the object has been modified; please '
                    'apply your changes to the latest version and try again" logger="cert-manager.certificates-readiness" '
                    'key="libnet-lending/lending-tcln-org-tls"')
    kestrel_ml(r, 14, "api", host, "GET", "/api/loans/active?patron=P-%07d" % RNG.randint(1, 9999999), 200, 1893, 18.3302)
    r.at(19, "cm", 'E@TS@       1 sync.go:190] "propagation check failed" err="wrong status code \'404\', expected \'200\'" '
                   'logger="cert-manager.challenges" resource_name="lending-tcln-org-tls-4-1180442379-2944017335" '
                   'resource_namespace="libnet-lending" resource_kind="Challenge" resource_version="v1" dnsName="lending.tcln.org" type="HTTP-01"')
    r.at(33, "cm", 'I@TS@       1 acme.go:236] "certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" '
                   'resource_name="lending-tcln-org-tls-4" resource_namespace="libnet-lending" resource_kind="CertificateRequest" '
                   'resource_version="v1" related_resource_name="lending-tcln-org-tls-4-1180442379" '
                   'related_resource_namespace="libnet-lending" related_resource_kind="Order" related_resource_version="v1"')
    r.at(34, "cm", 'I@TS@       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "lending-tcln-org-tls-4" '
                   'condition "Ready" to @RFC1123@')
    kestrel_ml(r, 50, "api", host, "POST", "/api/loans", 201, 479, 188.0923)
    kestrel_ml(r, 71, "api", host, "POST", "/api/loans/return", 204, 0, 23.4410)
    r.expect(None,
             "No fault: a scheduled cert-manager renewal; the 'object has been modified' error is an optimistic-concurrency "
             "requeue and the HTTP-01 propagation 404 is the normal wait for the solver ingress; both are retried by "
             "cert-manager and the certificate was issued.",
             "Certificate renewed normally; lending traffic unaffected.",
             "No action needed.")
    r.tags = ["healthy-lookalike"]
    return r


# ==========================================================================
# WARN (transient, recovered within the window)
# ==========================================================================
def w_couchbase_rebalance():
    r = Rec("lib", "WARN", "timeout")
    ns = "libnet-lending"
    r.wl("api", ns, "lending-api", style="none")
    r.wl("op", ns, "couchbase-operator", style="none")
    r.sel(ns, "lending-api")
    host = "lending-api.libnet-lending.svc.cluster.local"
    r.question = "E-book checkouts were slow for a few minutes and lending-api logged cache warnings. What happened?"
    kestrel_ml(r, 0, "api", host, "POST", "/api/loans", 201, 477, 164.2209)
    r.at(10, "op", '{"level":"info","ts":@EPUS@,"logger":"cluster","msg":"Pod added to cluster","cluster":"libnet-lending/loans-cb","name":"loans-cb-0003"}')
    r.at(12, "op", '{"level":"info","ts":@EPUS@,"logger":"cluster","msg":"Rebalance started","cluster":"libnet-lending/loans-cb"}', True)
    for k, off in enumerate((31, 74, 122)):
        loan = RNG.randint(7000000, 7999999)
        r.at(off, "api", "warn: Lending.Api.Licenses.LicenseCache[3]")
        r.cont("api", f"      License cache read failed for loan {loan}; falling back to distributor lookup")
        r.cont("api", f"      Couchbase.Core.Exceptions.UnambiguousTimeoutException: The Get operation {RNG.randint(1000, 9999)}/"
                      f"{RNG.randint(1, 9)} timed out after 00:00:02.5000000. It was retried {RNG.randint(3, 6)} times using "
                      "Couchbase.Core.Retry.BestEffortRetryStrategy.", k == 0)
        kestrel_ml(r, off + 2.9, "api", host, "POST", "/api/loans", 201, 481, 2980.1 + RNG.random() * 900)
    r.at(190, "op", '{"level":"info","ts":@EPUS@,"logger":"cluster","msg":"Rebalance completed successfully","cluster":"libnet-lending/loans-cb"}', True)
    r.at(191, "op", '{"level":"info","ts":@EPUS@,"logger":"cluster","msg":"Reconcile completed","cluster":"libnet-lending/loans-cb"}')
    kestrel_ml(r, 214, "api", host, "POST", "/api/loans", 201, 480, 151.6640)
    r.expect("loans-cb",
             "The loans-cb Couchbase cluster was rebalancing after a data node was added; KV reads exceeded the 2.5 s SDK "
             "timeout during the rebalance, so lending-api fell back to slow distributor lookups until it completed.",
             "Couchbase rebalance made license-cache reads time out for about three minutes; checkouts were slow but "
             "succeeded, and latency returned to normal after the rebalance.",
             "Optionally schedule Couchbase scale-outs/rebalances off-peak or raise the KV timeout for the license cache.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def w_carrier_429():
    r = Rec("mkt", "WARN", "rate_limited", hour=RNG.randint(13, 16))
    ns = "shipping"
    r.wl("lbl", ns, "label-service", container="messenger-worker", style="monolog")
    r.wl("sq", ns, "egress-squid", container="squid", style="epoch")
    r.sel(ns, "label-service")
    r.question = "Shipping-label creation stalled for a while this afternoon. Is it fixed?"
    cip = ip()

    def sq(off):
        r.at(off, "sq", f"@TS@ {RNG.randint(180, 900):>6} {cip} TCP_TUNNEL/200 {RNG.randint(4000, 9000)} CONNECT "
                        f"api.parcelnorth.example:443 - HIER_DIRECT/198.51.100.{RNG.randint(10, 40)} -")
    order = RNG.randint(118000, 119999)
    r.at(0, "lbl", f'[@TS@] app.INFO: Label created {{"order":"RS-{order}","carrier":"parcelnorth","tracking":"PN{RNG.randint(10**9, 10**10 - 1)}"}} []')
    sq(0.1)
    for k, off in enumerate((14, 15, 17)):
        r.at(off, "lbl", "[@TS@] messenger.WARNING: Error thrown while handling message App\\Message\\CreateShippingLabel. "
                         f"Sending for retry #{k + 1} using {2000 * 2 ** k} ms delay. Error: \"Carrier API throttled request "
                         "(HTTP 429 Too Many Requests, Retry-After: 30)\" "
                         f'{{"class":"App\\\\Message\\\\CreateShippingLabel","message_id":{RNG.randint(400000, 499999)},"retryCount":{k + 1},'
                         '"delay":%d,"error":"Carrier API throttled request (HTTP 429 Too Many Requests, Retry-After: 30)",'
                         '"exception":"[object] (App\\\\Carrier\\\\RateLimitedException(code: 429): Carrier API throttled request '
                         % (2000 * 2 ** k) + "at /srv/app/src/Carrier/ParcelNorthClient.php:88)\"} []", k == 0)
        sq(off + 0.05)
    r.at(19, "lbl", '[@TS@] app.NOTICE: Carrier throttle engaged, pausing label queue {"carrier":"parcelnorth","retry_after":30,"queued":214} []', True)
    r.at(52, "lbl", '[@TS@] app.INFO: Carrier throttle released {"carrier":"parcelnorth","queued":231} []')
    for off in (53, 54, 56):
        r.at(off, "lbl", f'[@TS@] app.INFO: Label created {{"order":"RS-{RNG.randint(118000, 119999)}","carrier":"parcelnorth",'
                         f'"tracking":"PN{RNG.randint(10**9, 10**10 - 1)}"}} []')
        sq(off + 0.02)
    r.at(140, "lbl", '[@TS@] app.INFO: Label queue drained {"carrier":"parcelnorth","queued":0} []')
    r.expect("label-service",
             "The parcelnorth carrier API rate-limited label-service with HTTP 429 (Retry-After 30 s) during a burst of "
             "label requests; the worker backed off and drained the queue afterwards.",
             "Label creation was throttled by the carrier for about 40 seconds and recovered on its own; queue drained.",
             "Optionally smooth label-service's request rate to the carrier (token bucket) or ask for a higher quota.")
    r.tags = []
    return r


def w_coredns_unsynced():
    r = Rec("lib", "WARN", "dns_resolution")
    ns = "libnet-catalogue"
    r.wl("api", ns, "catalogue-api", style="elixir")
    r.wl("dns", "kube-system", "coredns", style="none")
    r.events("ev", "kube-system")
    r.sel(ns, "catalogue-api")
    r.question = "Catalogue searches failed with 500s for about a minute. What was that?"
    dpod = r.pod("dns")
    phx(r, 0, "api", "GET", "/api/v1/search?q=beatrix+potter&branch=all", 200, 36)
    ev(r, 4, "ev", "Normal", "Started", "Pod", dpod, "kubelet", "Started container coredns")
    r.at(4.3, "dns", "[INFO] plugin/kubernetes: waiting for Kubernetes API before starting server")
    r.at(9.3, "dns", "[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API", True)
    r.at(9.31, "dns", ".:53")
    r.at(9.32, "dns", "CoreDNS-1.11.1")
    r.at(9.33, "dns", "linux/amd64, go1.20.7, ae2bbc2")
    for off in (11, 19):
        r.at(off, "api", f"@TS@ [error] Postgrex.Protocol ({pid()}) failed to connect: ** (DBConnection.ConnectionError) tcp connect "
                         "(catalogue-db-rw.libnet-catalogue.svc.cluster.local:5432): non-existing domain - :nxdomain", off == 11)
    rid = reqid()
    r.at(21, "api", f"@TS@ request_id={rid} [info] GET /api/v1/search?q=moomin&branch=northfield")
    r.at(23.1, "api", f"@TS@ request_id={rid} [info] Sent 500 in 2002ms")
    ev(r, 31, "ev", "Normal", "Killing", "Pod", f"coredns-{sf(10)}-{sf(5)}", "kubelet", "Stopping container coredns")
    r.at(58, "dns", f"[INFO] {ip()}:{RNG.randint(30000, 60000)} - {RNG.randint(1000, 65000)} \"A IN catalogue-db-rw.libnet-catalogue.svc.cluster.local. "
                    "udp 80 false 1232\" NOERROR qr,aa,rd 130 0.000163s")
    phx(r, 60, "api", "GET", "/api/v1/search?q=moomin&branch=northfield", 200, 44)
    phx(r, 75, "api", "GET", "/api/v1/records/b2290117/holdings", 200, 9)
    r.expect("coredns",
             "A CoreDNS pod was restarted by a kube-system rollout and began serving before its Kubernetes API cache had "
             "synced, answering NXDOMAIN for cluster service names; catalogue-api could not resolve its database host.",
             "Brief NXDOMAIN window from a freshly started CoreDNS pod broke catalogue searches for ~40 s; resolved once "
             "the cache synced.",
             "Optionally add a readiness gate on CoreDNS (ready plugin) and a slower rollout so unsynced pods take no traffic.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def w_valkey_failover():
    r = Rec("lib", "WARN", "connection_refused")
    ns = "libnet-rooms"
    r.wl("php", ns, "rooms-php", container="php-fpm", style="fpm")
    r.wl("vk0", ns, "rooms-valkey", container="valkey", sts=0, style="valkey")
    r.wl("sen", ns, "rooms-valkey", container="sentinel", sts=1, style="valkey")
    r.wl("ngx", ns, "rooms-nginx", container="nginx", style="clf")
    r.events("ev", ns)
    r.sel(ns, "rooms-php")
    old, new = ip(), ip()
    r.question = "Room bookings threw 'Connection refused' errors for a short while. Do we need to do anything?"
    ngx(r, 0, "ngx", "POST", "/bookings", 302, 0)
    ev(r, 3, "ev", "Normal", "ScaleDown", "Pod", "rooms-valkey-0", "cluster-autoscaler", "deleting pod for node scale down", evd=True)
    r.at(3.4, "vk0", "1:signal-handler (@EPS@) Received SIGTERM scheduling shutdown...")
    r.at(3.5, "vk0", "1:M @TS@ # User requested shutdown...")
    r.at(3.6, "vk0", "1:M @TS@ # Valkey is now ready to exit, bye bye...")
    for k, off in enumerate((5, 6, 9)):
        child = RNG.randint(20, 90)
        r.at(off, "php", f"[@TS@] WARNING: [pool www] child {child} said into stderr: \"PHP Fatal error:  Uncaught RedisException: "
                         "Connection refused in /var/www/rooms/src/Booking/SlotLock.php:41\"", k == 0)
        if k == 0:
            r.at(off + 0.01, "php", f"[@TS@] WARNING: [pool www] child {child} said into stderr: \"Stack trace:\"")
            r.at(off + 0.02, "php", f"[@TS@] WARNING: [pool www] child {child} said into stderr: \"#0 /var/www/rooms/src/Booking/SlotLock.php(41): "
                                    "Redis->connect('rooms-valkey.li...', 6379, 1.5)\"")
        ngx(r, off + 0.05, "ngx", "POST", "/bookings", 500, 612)
    r.at(10, "sen", f"1:X @TS@ # +sdown master rooms {old} 6379", True)
    r.at(10.2, "sen", f"1:X @TS@ # +odown master rooms {old} 6379 #quorum 2/2")
    r.at(10.9, "sen", f"1:X @TS@ # +switch-master rooms {old} 6379 {new} 6379", True)
    ngx(r, 24, "ngx", "POST", "/bookings", 302, 0)
    ngx(r, 31, "ngx", "GET", "/bookings/mine", 200, 7221)
    r.expect("rooms-valkey",
             "The cluster autoscaler evicted the Valkey primary rooms-valkey-0 during a node scale-down (no PodDisruptionBudget), "
             "so rooms-php got connection refused until Sentinel promoted the replica.",
             "Valkey primary went away during a node scale-down; bookings failed for ~15 s until Sentinel failover completed.",
             "Optionally add a PodDisruptionBudget / safe-to-evict=false annotation to rooms-valkey.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def w_listings_readiness():
    r = Rec("mkt", "WARN", "probe_failure")
    ns = "market"
    r.wl("new", ns, "listings-api")
    r.wl("old", ns, "listings-api")
    r.events("ev", ns)
    r.sel(ns, "listings-api")
    pnew = r.pod("new")
    r.question = "The listings-api rollout is slow and the new pod keeps reporting not ready. Problem?"
    r.at(0, "new", "@TS@  INFO listings_api: starting listings-api version=3.8.2 git_sha=%s" % hx(7))
    r.at(0.4, "new", "@TS@  INFO listings_api::facets: rebuilding facet index from postgres rows=412883")
    r.at(0.5, "new", "@TS@  INFO actix_server::builder: starting 4 workers")
    r.at(0.51, "new", "@TS@  INFO actix_server::server: Actix runtime found; starting in Actix runtime")
    actix(r, 8, "old", "GET", "/api/listings?category=synths", 200, 20118, 0.018734)
    ev(r, 15, "ev", "Warning", "Unhealthy", "Pod", pnew, "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=9, evd=True)
    actix(r, 33, "old", "GET", f"/api/listings/{RNG.randint(700000, 899999)}", 200, 4301, 0.006112)
    ev(r, 60, "ev", "Warning", "Unhealthy", "Pod", pnew, "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=21)
    actix(r, 71, "old", "POST", "/api/listings", 201, 598, 0.081447)
    r.at(97.9, "new", "@TS@  INFO listings_api::facets: facet index ready rows=412883 elapsed=97.4s", True)
    r.at(102, "new", f'@TS@  INFO actix_web::middleware::logger: {ip()} "GET /readyz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.000211')
    ev(r, 110, "ev", "Normal", "ScalingReplicaSet", "Deployment", "listings-api", "deployment-controller",
       "Scaled down replica set listings-api-%s to 2 from 3" % sf(10))
    actix(r, 121, "new", "GET", "/api/listings?category=basses", 200, 19402, 0.021120)
    r.expect("listings-api",
             "The new listings-api pod rebuilds its facet index at startup (~97 s) and answers /readyz with 503 until then, "
             "so the readiness probe failed repeatedly and slowed the rollout; it became ready on its own.",
             "Readiness probe failures during a slow index warm-up delayed the rollout; no user impact, pod became ready.",
             "Optionally add a startupProbe or persist the facet index so warm-up does not exceed the readiness budget.")
    r.tags = []
    return r


def w_replica_conflict():
    r = Rec("lib", "WARN", "database")
    ns = "libnet-catalogue"
    r.wl("api", ns, "catalogue-api", style="elixir")
    r.wl("db1", ns, "catalogue-db", container="postgres", pod="catalogue-db-1", style="iso6")
    r.wl("db2", ns, "catalogue-db", container="postgres", pod="catalogue-db-2", style="iso6")
    r.sel(ns, "catalogue-api")
    r.question = "Some catalogue searches crashed with a Postgrex error earlier. Is the database OK now?"

    def pgrec(key, podname, sev, code, msg, backend, extra=""):
        return ('{"level":"info","ts":"@ISO6@","logger":"postgres","msg":"record","logging_pod":"%s","record":{"log_time":"@PG@",'
                '"user_name":"%s","database_name":"%s","process_id":"%d","connection_from":"%s","session_id":"%s.%s",'
                '"session_line_num":"1","command_tag":"%s","session_start_time":"2026-01-04 02:00:01 UTC","virtual_transaction_id":"%s",'
                '"transaction_id":"0","error_severity":"%s","sql_state_code":"%s","message":"%s"%s,"backend_type":"%s","query_id":"0"}}'
                % (podname, "catalogue_ro" if backend == "client backend" else "", "catalogue" if backend == "client backend" else "",
                   RNG.randint(1000, 30000), (ip() + ":" + str(RNG.randint(30000, 60000))) if backend == "client backend" else "",
                   hx(8), hx(3), "SELECT" if backend == "client backend" else "", f"{RNG.randint(3, 30)}/{RNG.randint(1000, 99999)}",
                   sev, code, msg, extra, backend))
    phx(r, 0, "api", "GET", "/api/v1/search?q=agatha+christie&branch=all", 200, 47)
    r.at(5, "db1", pgrec("db1", "catalogue-db-1", "LOG", "00000",
                         "automatic vacuum of table \\\"catalogue.public.holdings\\\": index scans: 1\\npages: 0 removed, 48211 "
                         "remain, 48211 scanned (100.00% of total)\\ntuples: 612044 removed, 2210317 remain, 0 are dead but not yet "
                         "removable", "autovacuum worker"), True)
    for k, off in enumerate((9, 27)):
        r.at(off, "db2", pgrec("db2", "catalogue-db-2", "ERROR", "40001", "canceling statement due to conflict with recovery",
                               "client backend", ',"detail":"User query might have needed to see row versions that must be removed."'),
             k == 0)
        conn = pid()
        r.at(off + 0.01, "api", f"@TS@ [error] {pid()} running CatalogueWeb.Endpoint (connection {conn}, stream id {RNG.randint(1, 9)}) terminated")
        r.cont("api", "Server: catalogue.tcln.org:80 (http)")
        r.cont("api", "Request: GET /api/v1/search?q=%s&branch=all" % RNG.choice(["agatha+christie", "maigret", "poirot"]))
        r.cont("api", "** (exit) an exception was raised:")
        r.cont("api", "    ** (Postgrex.Error) ERROR 40001 (serialization_failure) canceling statement due to conflict with recovery", k == 0)
        if k == 0:
            r.cont("api", "        (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1")
    r.at(80, "db1", pgrec("db1", "catalogue-db-1", "LOG", "00000", "checkpoint starting: time", "checkpointer"))
    phx(r, 96, "api", "GET", "/api/v1/search?q=maigret&branch=eastvale", 200, 52)
    phx(r, 130, "api", "GET", "/api/v1/search?q=poirot&branch=all", 200, 44)
    r.expect("catalogue-db",
             "A large autovacuum of the holdings table on the catalogue-db primary removed row versions still needed by "
             "long search queries on the hot-standby replica (hot_standby_feedback off), so the replica cancelled them with "
             "40001 'conflict with recovery'.",
             "Replica recovery conflicts briefly broke some catalogue searches during an autovacuum; later searches succeed.",
             "Optionally enable hot_standby_feedback or raise max_standby_streaming_delay on catalogue-db.")
    r.tags = ["nested-cause", "caller-outside-selector"]
    return r


def w_fpm_max_children():
    r = Rec("lib", "WARN", "resource_exhausted", hour=8)
    ns = "libnet-rooms"
    r.wl("ngx", ns, "rooms-nginx", container="nginx", style="clf")
    r.wl("ngxe", ns, "rooms-nginx", container="nginx", style="nginx")
    r.w["ngxe"]["labels"] = dict(r.w["ngx"]["labels"])
    r.wl("php", ns, "rooms-php", container="php-fpm", style="fpm")
    r.sel(ns, "rooms-nginx")
    php_ip = ip()
    r.question = "Room booking returned 504s during the morning booking rush. Why?"
    ngx(r, 0, "ngx", "GET", "/rooms?branch=central&date=today", 200, 17881)
    ngx(r, 2, "ngx", "POST", "/bookings", 302, 0)
    r.at(4, "php", "[@TS@] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), "
                   "spawning 8 children, there are 0 idle, and 9 total children")
    r.at(5, "php", "[@TS@] WARNING: [pool www] server reached pm.max_children setting (10), consider raising it", True)
    for off in (35, 36, 39, 44):
        cid = RNG.randint(15000, 25000)
        r.at(off, "ngxe", f"@TS@ [error] 29#29: *{cid} upstream timed out (110: Connection timed out) while reading response "
                          f"header from upstream, client: {ip(0)}, server: rooms.tcln.org, request: \"POST /bookings HTTP/1.1\", "
                          f"upstream: \"fastcgi://{php_ip}:9000\", host: \"rooms.tcln.org\"")
        ngx(r, off + 0.01, "ngx", "POST", "/bookings", 504, 569)
    r.at(71, "php", "[@TS@] WARNING: [pool www] server reached pm.max_children setting (10), consider raising it")
    ngx(r, 140, "ngx", "POST", "/bookings", 302, 0)
    ngx(r, 151, "ngx", "GET", "/bookings/mine", 200, 7630)
    r.expect("rooms-php",
             "At 08:00 opening the rooms-php FPM pool hit pm.max_children=10, so new FastCGI requests queued until nginx's "
             "60 s fastcgi_read_timeout fired and returned 504; the rush subsided and requests succeed again.",
             "PHP-FPM worker pool exhaustion during the morning booking rush caused a burst of 504s; recovered.",
             "Raise pm.max_children (within the memory limit) or scale rooms-php ahead of opening time.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def w_jwks_rotation():
    r = Rec("lib", "WARN", "auth_failure")
    ns = "libnet-lending"
    r.wl("api", ns, "lending-api", style="none")
    r.wl("kc", "libnet-auth", "keycloak", sts=0, style="log4j")
    r.sel(ns, "lending-api")
    host = "lending-api.libnet-lending.svc.cluster.local"
    kid = "".join(RNG.choice(URLSAFE) for _ in range(43))
    realm, admin = uid(), uid()
    r.question = "Patrons got 'session expired' when borrowing e-books for a few minutes. Cause?"
    kestrel_ml(r, 0, "api", host, "POST", "/api/loans", 201, 480, 171.0034)
    r.at(8, "kc", f'@TS@ INFO  [org.keycloak.events.admin] (executor-thread-{RNG.randint(1, 40)}) operationType="CREATE", '
                  f'realmId="{realm}", realmName="patrons", clientId="security-admin-console", userId="{admin}", ipAddress="{ip()}", '
                  f'resourceType="COMPONENT", resourcePath="components/{uid()}"', True)
    r.at(9, "kc", f'@TS@ INFO  [org.keycloak.events.admin] (executor-thread-{RNG.randint(1, 40)}) operationType="UPDATE", '
                  f'realmId="{realm}", realmName="patrons", clientId="security-admin-console", userId="{admin}", ipAddress="{ip()}", '
                  f'resourceType="COMPONENT", resourcePath="components/{uid()}"')
    for k, off in enumerate((40, 71)):
        r.at(off, "api", "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]")
        r.cont("api", "      Failed to validate the token.")
        r.cont("api", f"      Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation "
                      f"failed. The token's kid is: '{kid}', but did not match any keys in TokenValidationParameters or Configuration. "
                      "Keys tried: '[PII of type 'System.Text.StringBuilder' is hidden. For more details, see "
                      "https://aka.ms/IdentityModel/PII.]'. Number of keys in TokenValidationParameters: '0'. Number of keys in "
                      "Configuration: '1'. ", k == 0)
        kestrel_ml(r, off + 0.003, "api", host, "POST", "/api/loans", 401, 0, 3.1187)
    r.at(318, "api", "info: Lending.Api.Auth.SigningKeyMonitor[0]")
    r.cont("api", "      Signing keys reloaded from https://auth.tcln.org/realms/patrons/protocol/openid-connect/certs: 2 keys (kid changed)")
    kestrel_ml(r, 330, "api", host, "POST", "/api/loans", 201, 476, 158.7712)
    r.expect("keycloak",
             "An administrator rotated the realm signing key in Keycloak (new RSA key provider made active immediately, no "
             "passive overlap), so lending-api rejected new tokens with IDX10503 until its cached JWKS was refreshed ~5 min later.",
             "Keycloak signing-key rotation without overlap caused 401s on loans for ~5 minutes; recovered after JWKS refresh.",
             "Rotate keys by adding the new key as passive first, or lower the JWKS refresh interval in lending-api.")
    r.tags = ["quiet-cause", "nested-cause", "caller-outside-selector"]
    return r


def w_gateway_cert_expired():
    r = Rec("wind", "WARN", "tls_certificate")
    ns = "scada"
    r.wl("up", ns, "site-uplink")
    r.wl("gw", ns, "scada-gateway")
    r.wl("cm", "cert-manager", "cert-manager", container="cert-manager-controller", style="klog")
    r.sel(ns, "site-uplink")
    site = RNG.choice(["hollin-ridge", "marsh-end", "cold-fell"])
    r.question = f"The {site} site uplink buffered telemetry for several minutes. Why?"
    r.at(0, "up", f"@TS@  INFO site_uplink::stream: batch sent site=\"{site}\" rows=1210 rtt_ms=41")
    for k, off in enumerate((14, 44, 104)):
        r.at(off, "up", f"@TS@ ERROR site_uplink::stream: telemetry stream to scada-gateway failed, buffering locally site=\"{site}\" "
                        f"buffered={600 * (k + 1) + RNG.randint(0, 90)} error=status: Unavailable, message: \"error trying to connect: "
                        "invalid peer certificate: Expired\", details: [], metadata: MetadataMap { headers: {} }", k == 0)
    r.at(120, "cm", 'I@TS@       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" '
                    'key="scada/scada-gateway-tls" reason="Expired" message="Certificate expired on %s"'
         % (r.base - dt.timedelta(minutes=2)).strftime("%a, %d %b %Y %H:%M:%S UTC"), True)
    r.at(131, "cm", 'I@TS@       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "scada-gateway-tls-9" '
                    'condition "Ready" to @RFC1123@')
    r.at(140, "gw", "@TS@  INFO scada_gateway::tls: reloaded server certificate path=/etc/tls/tls.crt not_after=%s"
         % (r.base + dt.timedelta(days=90)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    r.at(146, "up", f"@TS@  INFO site_uplink::stream: stream re-established, replaying buffer site=\"{site}\" buffered=2012")
    r.at(171, "up", f"@TS@  INFO site_uplink::stream: buffer replay complete site=\"{site}\" rows=2012")
    r.at(200, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4920 turbines=38 publish_errors=0 retried=0 elapsed_ms=77")
    r.expect("scada-gateway",
             "The scada-gateway serving certificate (scada/scada-gateway-tls) expired before cert-manager re-issued it, so "
             "site-uplink's rustls client rejected the handshake with 'invalid peer certificate: Expired'.",
             "Expired gateway certificate broke the site uplink stream for ~2 minutes; cert-manager re-issued it, the gateway "
             "hot-reloaded it and the buffer was replayed without loss.",
             "Check why the Certificate was not renewed in advance (renewBefore / issuer health) and alert on cert expiry.")
    r.tags = ["nested-cause", "caller-outside-selector"]
    return r


def w_indexer_pending():
    r = Rec("mkt", "WARN", "scheduling")
    ns = "market"
    r.wl("ix", ns, "search-indexer")
    r.events("ev", ns)
    r.sel(ns, "search-indexer")
    newpods = [f"search-indexer-{sf(10)}-{sf(5)}" for _ in range(2)]
    newnode = f"mkt-pool-b-{sf(5)}"
    r.question = "New listings took several minutes to show up in search. What happened?"
    r.at(0, "ix", "@TS@  INFO search_indexer::consumer: indexed batch docs=500 lag_docs=1210 elapsed_ms=640")
    ev(r, 5, "ev", "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "search-indexer", "horizontal-pod-autoscaler",
       "New size: 4; reason: cpu resource utilization (percentage of request) above target")
    for p in newpods:
        ev(r, 6, "ev", "Warning", "FailedScheduling", "Pod", p, "default-scheduler",
           "0/6 nodes are available: 6 Insufficient cpu. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.",
           evd=(p == newpods[0]))
    ev(r, 8, "ev", "Normal", "TriggeredScaleUp", "Pod", newpods[0], "cluster-autoscaler",
       "pod triggered scale-up: [{mkt-pool-b 3->4 (max: 8)}]")
    r.at(30, "ix", "@TS@  WARN search_indexer::consumer: indexing lag above threshold lag_docs=8841 threshold=5000")
    r.at(90, "ix", "@TS@  WARN search_indexer::consumer: indexing lag above threshold lag_docs=14207 threshold=5000")
    for p in newpods:
        ev(r, 141, "ev", "Normal", "Scheduled", "Pod", p, "default-scheduler", f"Successfully assigned market/{p} to {newnode}")
    r.at(160, "ix", "@TS@  INFO search_indexer::consumer: indexed batch docs=500 lag_docs=9870 elapsed_ms=602")
    r.at(240, "ix", "@TS@  INFO search_indexer::consumer: indexed batch docs=500 lag_docs=420 elapsed_ms=590")
    r.expect("search-indexer",
             "The HPA scaled search-indexer to 4 replicas but the new pods stayed Pending (insufficient CPU on all 6 nodes) "
             "until the cluster autoscaler added a node ~2 minutes later.",
             "Indexer scale-up pods were unschedulable for ~2 minutes, so the search index lagged; recovered after the new "
             "node joined and the lag drained.",
             "Optionally keep headroom (overprovisioning pods) or lower search-indexer CPU requests.")
    r.tags = []
    return r


# ==========================================================================
# ERROR (sustained failure of requests/operations)
# ==========================================================================
def e_ledger_cert():
    r = Rec("mkt", "ERROR", "tls_certificate")
    ns = "escrow"
    r.wl("api", ns, "escrow-api", style="dotnet")
    r.wl("led", ns, "escrow-ledger")
    r.sel(ns, "escrow-api")
    host = "escrow-api.escrow.svc.cluster.local"
    na = (r.base - dt.timedelta(minutes=RNG.randint(31, 40))).strftime("%Y-%m-%dT%H:%M:%SZ")
    r.question = "Escrow releases have been failing for the last half hour. What is wrong?"
    r.at(0, "led", f"@TS@  WARN escrow_ledger::tls: serving certificate is expired subject=\"CN=escrow-ledger.escrow.svc\" not_after={na} "
                   "source=/var/run/secrets/ledger-tls/tls.crt", True)
    for k, off in enumerate((6, 48, 97, 160)):
        hold = f"H-{RNG.randint(20000000, 29999999)}"
        r.at(off, "api", f"@TS@ fail: Escrow.Api.Holds.ReleaseHandler[0] Release of hold {hold} failed "
                         "Grpc.Core.RpcException: Status(StatusCode=\"Unavailable\", Detail=\"Error starting gRPC call. HttpRequestException: "
                         "The SSL connection could not be established, see inner exception. AuthenticationException: The remote certificate "
                         "is invalid because of errors in the certificate chain: NotTimeValid\", DebugException=\"System.Net.Http."
                         "HttpRequestException: The SSL connection could not be established, see inner exception.\")  ---> "
                         "System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.  ---> "
                         "System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in "
                         "the certificate chain: NotTimeValid    at System.Net.Security.SslStream.SendAuthResetSignal(ReadOnlySpan`1 "
                         "authenticationException, ExceptionDispatchInfo exception)", k < 2)
        kestrel1(r, off + 0.01, "api", host, "POST", f"/api/holds/{hold}/release", 502, 187, 38.2 + RNG.random() * 20,
                 ctype="application/problem+json")
        if k == 1:
            r.at(off + 3, "led", "@TS@  INFO escrow_ledger::grpc: ledger stats entries_today=1882 pending=0 rejected=0")
    r.at(180, "api", "@TS@ info: Escrow.Api.Payouts.PayoutSweeper[0] Payout sweep complete: released=0 held=3 failed=14 elapsed=00:00:02.1180")
    kestrel1(r, 200, "api", host, "GET", "/healthz/ready", 200, 0, 1.2201, ctype="text/plain")
    r.expect("escrow-ledger",
             "The escrow-ledger gRPC server is still serving a TLS certificate that expired (manually provisioned secret "
             "ledger-tls, not renewed), so escrow-api's TLS handshake fails with NotTimeValid and every hold release fails.",
             "Expired certificate on escrow-ledger breaks escrow-api's gRPC calls; all releases and payouts fail.",
             "Issue a new certificate for escrow-ledger (move ledger-tls under cert-manager) and restart/reload the ledger.")
    r.tags = ["nested-cause", "caller-outside-selector"]
    return r


def e_ldap_bind():
    r = Rec("lib", "ERROR", "auth_failure", hour=RNG.randint(10, 12))
    ns = "libnet-auth"
    r.wl("kc", ns, "keycloak", sts=0, style="log4j")
    r.wl("ldap", ns, "openldap", sts=0, container="slapd", style="slapd")
    r.sel(ns, "keycloak")
    th = "0x7f" + hx(10)
    c = RNG.randint(40000, 90000)
    bind = "cn=keycloak-sync,ou=services,dc=tcln,dc=org"
    realm = uid()
    r.question = "No patron can log in to the catalogue or room booking since this morning. Why?"
    r.at(0, "ldap", f"@TS@ {th} conn={c} op=2 MOD dn=\"{bind}\"", True)
    r.at(0.01, "ldap", f"@TS@ {th} conn={c} op=2 MOD attr=userPassword")
    r.at(0.02, "ldap", f"@TS@ {th} conn={c} op=2 RESULT tag=103 err=0 qtime=0.000012 etime=0.004410 text=")
    for k, off in enumerate((40, 95)):
        cc = c + 11 * (k + 1)
        r.at(off, "ldap", f"@TS@ {th} conn={cc} op=0 BIND dn=\"{bind}\" method=128")
        r.at(off + 0.001, "ldap", f"@TS@ {th} conn={cc} op=0 RESULT tag=97 err=49 qtime=0.000010 etime=0.000208 text=", k == 0)
        r.at(off + 0.01, "kc", f"@TS@ ERROR [org.keycloak.services] (executor-thread-{RNG.randint(1, 40)}) KC-SERVICES0013: Failed "
                               "authentication: org.keycloak.models.ModelException: LDAP Query failed")
        r.cont("kc", "\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:155)")
        r.cont("kc", "\tat org.keycloak.storage.ldap.LDAPStorageProvider.searchForUserByUserAttributeInTransaction(LDAPStorageProvider.java:873)")
        r.cont("kc", "Caused by: javax.naming.AuthenticationException: [LDAP: error code 49 - Invalid Credentials]", k == 0)
        if k == 0:
            r.cont("kc", "\tat java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)")
        kc_event(r, off + 0.02, "kc", "LOGIN_ERROR", realm, RNG.choice(["opac-web", "room-booking"]), "null",
                 "203.0.113.%d" % RNG.randint(2, 250), error="invalid_user_credentials",
                 username=RNG.choice(["s.nakamura", "e.brennan", "k.osei", "l.haddad"]))
    r.expect("keycloak",
             "The LDAP service account cn=keycloak-sync had its password rotated in OpenLDAP, but Keycloak's LDAP user "
             "federation still uses the old bind credential, so every bind fails with LDAP error 49 and patron logins fail.",
             "Keycloak cannot bind to OpenLDAP after a service-account password rotation; all patron logins fail.",
             "Update the bind credential of Keycloak's LDAP user-federation provider (patrons realm) to the rotated password.")
    r.tags = ["nested-cause"]
    return r


def e_pricing_zero():
    r = Rec("mkt", "ERROR", "connection_refused")
    ns = "market"
    r.wl("li", ns, "listings-api")
    r.wl("keda", "keda", "keda-operator", style="iso0")
    r.events("ev", ns)
    r.sel(ns, "listings-api")
    rs = sf(10)
    r.question = "Sellers cannot create new listings: the form fails on the price-suggestion step. Why?"
    actix(r, 0, "li", "GET", "/api/listings?category=fretted", 200, 21330, 0.019012)
    r.at(6, "keda", '@TS@\tINFO\tscaleexecutor\tSuccessfully set ScaleTarget replicas count to ScaledObject minReplicaCount\t'
                    '{"scaledobject.Name": "pricing-svc", "scaledObject.Namespace": "market", "scaleTarget.Name": "pricing-svc", '
                    '"Original Replicas Count": 2, "New Replicas Count": 0}', True)
    ev(r, 6.5, "ev", "Normal", "ScalingReplicaSet", "Deployment", "pricing-svc", "deployment-controller",
       f"Scaled down replica set pricing-svc-{rs} to 0 from 2", evd=True)
    for k, off in enumerate((30, 64, 118, 177)):
        lid = RNG.randint(900000, 999999)
        r.at(off, "li", f"@TS@ ERROR listings_api::pricing: price suggestion failed listing_draft={lid} error=error sending request for "
                        "url (http://pricing-svc.market.svc.cluster.local:8080/v1/suggest): error trying to connect: tcp connect "
                        "error: Connection refused (os error 111)", k == 0)
        actix(r, off + 0.002, "li", "POST", "/api/listings/drafts/%d/price" % lid, 503, 91, 0.001877)
    actix(r, 140, "li", "GET", f"/api/listings/{RNG.randint(700000, 899999)}", 200, 4388, 0.007001)
    r.at(200, "keda", '@TS@\tINFO\tscaleexecutor\tScaledObject inactive, keeping replicas at minReplicaCount\t{"scaledobject.Name": "pricing-svc", '
                      '"scaledObject.Namespace": "market", "minReplicaCount": 0}')
    r.expect("pricing-svc",
             "KEDA scaled the pricing-svc Deployment to 0 replicas (ScaledObject minReplicaCount 0 with an inactive trigger), "
             "so its ClusterIP has no endpoints and listings-api's calls are refused.",
             "pricing-svc has no running pods; every price-suggestion call from listings-api gets connection refused and "
             "listing creation fails.",
             "Scale pricing-svc back up and set minReplicaCount >= 1 on its ScaledObject (or make listings-api degrade gracefully).")
    r.tags = ["quiet-cause", "nested-cause", "caller-outside-selector"]
    return r


def e_parts_slow():
    r = Rec("wind", "ERROR", "timeout")
    ns = "workorders"
    r.wl("wo", ns, "work-orders", style="elixir")
    r.wl("parts", ns, "parts-catalog", style="none")
    r.sel(ns, "work-orders")
    host = "parts-catalog.workorders.svc.cluster.local"
    r.question = "Technicians cannot submit work orders; the app shows 'parts service unavailable'. What is wrong?"
    for k, off in enumerate((0, 62, 131)):
        wo = RNG.randint(48000, 49999)
        rid = reqid()
        r.at(off, "wo", f"@TS@ request_id={rid} [info] POST /api/work_orders")
        dur = 28000 + RNG.randint(0, 2500)
        r.at(off + dur / 1000.0 + 0.2, "parts", "info: Microsoft.EntityFrameworkCore.Database.Command[20101]")
        r.cont("parts", f"      Executed DbCommand ({dur:,}ms) [Parameters=[@__sku_0='?' (Size = 32), @__depot_1='?' (Size = 16)], "
                        "CommandType='Text', CommandTimeout='60']", k == 0)
        r.at(off + 15.0, "wo", f"@TS@ request_id={rid} [error] PartsClient.reserve/2 failed wo=WO-{wo} "
                               "error=%Mint.TransportError{reason: :timeout}", k == 0)
        r.at(off + 15.01, "wo", f"@TS@ request_id={rid} [info] Sent 502 in 15004ms")
        r.at(off + dur / 1000.0 + 0.3, "parts", "info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
        r.cont("parts", f"      Request finished HTTP/1.1 POST http://{host}/api/reservations - 201 318 "
                        f"application/json;+charset=utf-8 {dur + 311.4471:.4f}ms", k == 0)
    phx(r, 150, "wo", "GET", "/api/work_orders?status=open&site=hollin-ridge", 200, 31)
    r.expect("parts-catalog",
             "parts-catalog answers reservation requests only after ~28-30 s because its stock-level query runs for ~28 s "
             "per call, longer than work-orders' 15 s HTTP receive timeout, so every submission times out.",
             "Work-order submission fails with 502 because the parts-catalog dependency is too slow (28 s responses vs a 15 s "
             "client timeout).",
             "Fix the slow stock-level query in parts-catalog (index / query plan) and restore sub-second reservations.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def e_too_many_clients():
    r = Rec("mkt", "ERROR", "database")
    ns = "escrow"
    r.wl("api", ns, "escrow-api", style="dotnet")
    r.wl("pg", ns, "escrow-postgres", container="postgres", sts=0, style="pg")
    r.sel(ns, "escrow-api")
    host = "escrow-api.escrow.svc.cluster.local"
    r.question = "Escrow checkout returns 500 for many buyers. Why?"
    r.at(0, "pg", f"@TS@ [{RNG.randint(100, 900)}] LOG:  checkpoint complete: wrote 911 buffers (5.6%); 0 WAL file(s) added, 0 removed, "
                  "1 recycled; write=89.911 s, sync=0.011 s, total=89.948 s; sync files=33, longest=0.004 s, average=0.001 s; "
                  "distance=8122 kB, estimate=9301 kB; lsn=0/9F22C110, redo lsn=0/9E118A40")
    for k, off in enumerate((11, 47, 102)):
        r.at(off, "pg", f"@TS@ [{RNG.randint(4000, 9000)}] FATAL:  sorry, too many clients already", k == 0)
        r.at(off + 0.004, "api", "@TS@ fail: Microsoft.EntityFrameworkCore.Database.Connection[20004] An error occurred using the "
                                 "connection to database 'escrow' on server 'tcp://escrow-postgres:5432'.")
        r.at(off + 0.006, "api", "@TS@ fail: Microsoft.EntityFrameworkCore.Query[10100] An exception occurred while iterating over the "
                                 "results of a query for context type 'Escrow.Api.Data.EscrowDbContext'. System.InvalidOperationException: "
                                 "An exception has been raised that is likely due to a transient failure.  ---> Npgsql.PostgresException "
                                 "(0x80004005): 53300: sorry, too many clients already    at Npgsql.Internal.NpgsqlConnector.ReadMessageLong("
                                 "Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
             k == 0)
        kestrel1(r, off + 0.01, "api", host, "POST", "/api/holds", 500, 190, 12.3 + RNG.random() * 8, ctype="application/problem+json")
    r.at(150, "pg", f"@TS@ [{RNG.randint(4000, 9000)}] FATAL:  remaining connection slots are reserved for non-replication superuser connections")
    kestrel1(r, 171, "api", host, "GET", f"/api/holds/H-{RNG.randint(20000000, 29999999)}", 200, 604, 9.0112)
    r.expect("escrow-postgres",
             "escrow-postgres has reached max_connections (100) and rejects new sessions with 'sorry, too many clients "
             "already' (SQLSTATE 53300); escrow-api's EF Core queries fail when their pool needs a new connection.",
             "Database connection slots on escrow-postgres are exhausted; a large share of escrow requests fail with 500.",
             "Find and close idle/leaked sessions (pg_stat_activity), put PgBouncer in front or raise max_connections, and "
             "cap the per-pod Npgsql pool size.")
    r.tags = ["nested-cause", "caller-outside-selector"]
    return r


def e_recursor_servfail():
    r = Rec("wind", "ERROR", "dns_resolution")
    r.wl("gw", "scada", "scada-gateway")
    r.wl("dns", "kube-system", "coredns", style="none")
    r.wl("rec", "dns", "pdns-recursor", style="syslog")
    r.sel("scada", "scada-gateway")
    gw_ip = ip()
    r.question = "Twelve turbines show 'no data' on the SCADA dashboard. What is going on?"
    turbines = RNG.sample(range(1, 39), 3)
    r.at(0, "gw", "@TS@  INFO scada_gateway::poller: poll cycle complete ok=38 failed=0 elapsed_ms=812")
    for k, off in enumerate((30, 31, 33)):
        tname = f"t{turbines[k]:02d}-ctl.turbines.wf.internal"
        r.at(off, "rec", f"@TS@ msg=\"Sending SERVFAIL during resolve\" error=\"Too much time waiting for {tname}|A, timeouts: 5, "
                         f"throttles: 0, queries: 6, 6012msec\" subsystem=\"syncres\" level=\"0\" prio=\"Notice\" tid=\"2\" "
                         f"ts=\"@EPMS@\" proto=\"udp\" qname=\"{tname}\" qtype=\"A\"", k == 0)
        r.at(off + 0.01, "dns", f"[INFO] {gw_ip}:{RNG.randint(30000, 60000)} - {RNG.randint(1000, 65000)} \"A IN {tname}. udp "
                                f"{30 + len(tname)} false 512\" SERVFAIL qr,rd {30 + len(tname)} 6.014211s")
        r.at(off + 0.02, "gw", f"@TS@  WARN scada_gateway::poller: modbus poll failed turbine=T{turbines[k]:02d} host={tname}:502 "
                               "error=failed to lookup address information: Temporary failure in name resolution", k == 0)
    r.at(60, "gw", "@TS@ ERROR scada_gateway::poller: poll cycle complete ok=26 failed=12 elapsed_ms=24107")
    r.at(120, "rec", "@TS@ msg=\"Server marked as down\" subsystem=\"syncres\" level=\"0\" prio=\"Info\" tid=\"2\" ts=\"@EPMS@\" "
                     "server=\"10.40.0.53:53\" timeouts=\"5\" zone=\"turbines.wf.internal\"", True)
    r.at(121, "gw", "@TS@ ERROR scada_gateway::poller: poll cycle complete ok=26 failed=12 elapsed_ms=24011")
    r.at(122, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=3286 turbines=26 publish_errors=0 retried=0 elapsed_ms=59")
    r.expect("pdns-recursor",
             "pdns-recursor, which CoreDNS forwards turbines.wf.internal to, gets no answer from that zone's site "
             "authoritative server (10.40.0.53) and returns SERVFAIL, so the gateway cannot resolve turbine controller names.",
             "Turbine controller hostnames no longer resolve (SERVFAIL via pdns-recursor); 12 turbines are not polled.",
             "Restore the forward target for turbines.wf.internal on pdns-recursor (fix/replace 10.40.0.53 or add a second "
             "authoritative), then flush the recursor cache.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def e_listings_panic():
    r = Rec("mkt", "ERROR", "application_error")
    r.wl("tr", "traefik", "traefik", style="clf")
    r.wl("li", "market", "listings-api")
    r.sel("traefik", "traefik")
    lr = "market-listings-api-restrung-app@kubernetescrd"
    be = f"http://{ip()}:8080"
    r.question = "Some listing pages return 502 Bad Gateway at the edge. Why?"
    traefik(r, 0, "tr", "GET", "/api/listings?category=amps", 200, 22871, lr, be, 27)
    for k, off in enumerate((9, 41, 88, 133)):
        lid = RNG.randint(700000, 899999)
        arb = RNG.randint(0, 3)
        r.at(off, "li", f"thread 'actix-rt|system:0|arbiter:{arb}' panicked at src/routes/listing.rs:214:58:", k == 0)
        r.cont("li", "called `Option::unwrap()` on a `None` value", k == 0)
        if k == 0:
            r.cont("li", "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        traefik(r, off + 0.003, "tr", "GET", f"/api/listings/{lid}", 502, 11, lr, be, RNG.randint(1, 4))
        if k in (1, 2):
            traefik(r, off + 5, "tr", "GET", f"/api/listings/{RNG.randint(700000, 899999)}", 200, 4380, lr, be, 8)
    r.expect("listings-api",
             "listings-api panics in src/routes/listing.rs:214 (Option::unwrap on None) for listings that lack the optional "
             "field, so the worker drops the connection and Traefik answers 502 for those listing pages.",
             "A panic in listings-api's listing handler turns requests for affected listings into 502s at the edge.",
             "Fix the unwrap in listings-api's listing route (handle the None case) and deploy.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def e_ecto_pool():
    r = Rec("wind", "ERROR", "resource_exhausted")
    ns = "workorders"
    r.wl("wo", ns, "work-orders", style="elixir")
    r.sel(ns, "work-orders")
    r.question = "The work-orders web app keeps timing out for dispatchers. What is the cause?"
    for off in (0, 1):
        jid = RNG.randint(700000, 799999)
        r.at(off, "wo", f'@TS@ [info] {{"args":{{"region":"{RNG.choice(["north", "south", "east"])}","year":2025}},"attempt":1,'
                        f'"event":"job:start","id":{jid},"max_attempts":3,"meta":{{}},"queue":"exports",'
                        '"source":"oban","system_time":@EPNS@,"tags":[],"worker":"WorkOrders.Workers.AnnualExport"}', off == 0)
    for k, off in enumerate((21, 58, 104)):
        rid = reqid()
        path = RNG.choice(["/api/work_orders?status=open", "/api/crews/north-2/schedule", "/api/work_orders/WO-%d" % RNG.randint(48000, 49999)])
        r.at(off, "wo", f"@TS@ request_id={rid} [info] GET {path}")
        r.at(off + 2.0, "wo", f"@TS@ request_id={rid} [error] {pid()} running WorkOrdersWeb.Endpoint (connection {pid()}, stream id 1) terminated")
        r.cont("wo", "Server: wo.northgale.internal:80 (http)")
        r.cont("wo", f"Request: GET {path}")
        r.cont("wo", "** (exit) an exception was raised:")
        r.cont("wo", "    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. "
                     "This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:", k == 0)
        if k == 0:
            r.cont("wo", "        (db_connection 2.6.0) lib/db_connection.ex:1001: DBConnection.checkout/3")
    r.at(150, "wo", '@TS@ [warning] Postgrex.Protocol (%s) idle: pool=WorkOrders.Repo size=10 checked_out=10 queue=37' % pid())
    r.expect("work-orders",
             "work-orders' Ecto pool (pool_size 10) is fully checked out by long-running Oban AnnualExport jobs in the exports "
             "queue, so web requests wait more than 2 s for a connection and are dropped.",
             "DB connection pool exhaustion inside work-orders makes dispatcher requests fail with 500 after 2 s.",
             "Give Oban exports their own Repo/pool or cap the exports queue concurrency; raise pool_size if the DB allows.")
    r.tags = ["nested-cause"]
    return r


def e_distributor_quota():
    r = Rec("lib", "ERROR", "rate_limited", hour=RNG.randint(11, 14))
    ns = "libnet-lending"
    r.wl("api", ns, "lending-api", style="none")
    r.wl("sync", ns, "lending-sync")
    r.sel(ns, "lending-api")
    host = "lending-api.libnet-lending.svc.cluster.local"
    r.question = "E-book checkouts fail for every patron since mid-morning. Why?"
    r.at(0, "sync", "@TS@  INFO lending_sync: full catalogue resync started mode=full schedule=\"0 * * * *\" page_size=50", True)
    r.at(20, "sync", "@TS@  INFO lending_sync: resync progress page=812 pages=2400 titles=40600 quota_remaining=112", True)
    for k, off in enumerate((41, 77, 139)):
        loan = RNG.randint(55000, 59999)
        r.at(off, "api", "fail: Lending.Api.Loans.CheckoutService[0]")
        r.cont("api", f"      Checkout {loan} for patron P-{RNG.randint(1, 9999999):07d} failed at distributor")
        r.cont("api", "      Lending.Api.Distributor.DistributorException: Loan provisioning rejected by distributor")
        r.cont("api", "       ---> System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).", k == 0)
        if k == 0:
            r.cont("api", "         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()")
            r.cont("api", "         at Lending.Api.Distributor.DistribuLendClient.CreateLoanAsync(LoanRequest request, CancellationToken ct)")
            r.cont("api", "         --- End of inner exception stack trace ---")
        kestrel_ml(r, off + 0.01, "api", host, "POST", "/api/loans", 503, 152, 211.0 + RNG.random() * 60, ctype="application/problem+json")
    r.at(100, "sync", "@TS@  WARN lending_sync: distributor throttled resync page=820 status=429 retry_after=3540")
    r.expect("lending-sync",
             "lending-sync runs a full catalogue resync every hour (cron '0 * * * *' instead of nightly), consuming the "
             "distributor API quota shared with lending-api, so the distributor rejects loan provisioning with 429.",
             "Distributor API quota is exhausted by the catalogue resync job; every e-book checkout fails with 429.",
             "Return lending-sync to a nightly/incremental schedule (or a separate API key) and pause the running resync.")
    r.tags = ["quiet-cause", "nested-cause", "caller-outside-selector"]
    return r


def e_worker_pull_auth():
    r = Rec("wind", "ERROR", "image_pull")
    ns = "workorders"
    r.wl("wo", ns, "work-orders", style="elixir")
    r.wl("wk", ns, "wo-worker", container="worker", style="gostd")
    r.events("ev", ns)
    r.sel(ns, "work-orders")
    newpods = [f"wo-worker-{sf(10)}-{sf(5)}" for _ in range(2)]
    img = "harbor.northgale.internal/ops/wo-worker:2.14.1"
    r.question = "Work orders are piling up in 'queued' and dispatch is hours behind. Why?"
    ev(r, 0, "ev", "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "wo-worker", "horizontal-pod-autoscaler",
       "New size: 4; reason: external metric temporal_task_queue_backlog above target")
    for p in newpods:
        ev(r, 4, "ev", "Warning", "Failed", "Pod", p, "kubelet",
           f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
           "failed to authorize: failed to fetch oauth token: unexpected status from GET request to "
           "https://harbor.northgale.internal/service/token?scope=repository%3Aops%2Fwo-worker%3Apull&service=harbor-registry: "
           "401 Unauthorized", evd=(p == newpods[0]))
    ev(r, 4.5, "ev", "Warning", "Failed", "Pod", newpods[0], "kubelet", "Error: ErrImagePull")
    r.at(20, "wk", "@TS@ INFO  dispatched crew WorkOrder WO-%d Turbine T%02d Crew south-1" % (RNG.randint(48000, 49999), RNG.randint(1, 38)))
    r.at(35, "wo", "@TS@ [warning] Dispatch backlog growing task_queue=work-orders backlog=214 oldest_age=2h41m")
    ev(r, 60, "ev", "Normal", "BackOff", "Pod", newpods[1], "kubelet", f'Back-off pulling image "{img}"', count=14)
    ev(r, 60.3, "ev", "Warning", "Failed", "Pod", newpods[1], "kubelet", "Error: ImagePullBackOff", count=14, evd=True)
    phx(r, 80, "wo", "GET", "/api/work_orders?status=queued", 200, 88)
    r.at(95, "wo", "@TS@ [error] SLA breach: 37 work orders queued longer than 2h task_queue=work-orders backlog=231")
    r.at(140, "wk", "@TS@ INFO  dispatched crew WorkOrder WO-%d Turbine T%02d Crew north-1" % (RNG.randint(48000, 49999), RNG.randint(1, 38)))
    r.expect("wo-worker",
             "The HPA scaled wo-worker up, but the new pods cannot pull their image from Harbor: the imagePullSecret's "
             "robot-account token is rejected (401 Unauthorized), so only the two existing workers run and the queue grows.",
             "New wo-worker replicas are stuck in ImagePullBackOff because registry auth fails; dispatch falls hours behind "
             "and SLAs are breached.",
             "Renew the Harbor robot account and update the wo-worker imagePullSecret, then let the pending pods pull.")
    r.tags = ["caller-outside-selector"]
    return r


# ==========================================================================
# CRITICAL (down, crash loop, data at risk)
# ==========================================================================
def c_valkey_disk_full():
    r = Rec("lib", "CRITICAL", "resource_exhausted")
    ns = "libnet-rooms"
    r.wl("php", ns, "rooms-php", container="php-fpm", style="fpm")
    r.wl("vk", ns, "rooms-valkey", container="valkey", sts=0, style="valkey")
    r.wl("ngx", ns, "rooms-nginx", container="nginx", style="clf")
    r.sel(ns, "rooms-php")
    r.question = "Nobody can log in to or book rooms; every action shows an error page. What broke?"
    bg = RNG.randint(3000, 9000)
    r.at(0, "vk", "1:M @TS@ * 100 changes in 300 seconds. Saving...")
    r.at(0.01, "vk", f"1:M @TS@ * Background saving started by pid {bg}")
    r.at(0.4, "vk", f"{bg}:C @TS@ # Write error saving DB on disk: No space left on device", True)
    r.at(0.41, "vk", f"{bg}:C @TS@ # Failed opening the temp RDB file temp-{bg}.rdb (in server root dir /data) for saving: No space left on device")
    r.at(0.5, "vk", "1:M @TS@ # Background saving error", True)
    misconf = ("MISCONF Valkey is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may "
               "modify the data set are disabled, because this instance is configured to report errors during writes if RDB "
               "snapshotting fails (stop-writes-on-bgsave-error option). Please check the Valkey logs for details about the RDB error.")
    for k, off in enumerate((12, 19, 33, 61)):
        child = RNG.randint(20, 90)
        where = "/var/www/rooms/src/Booking/SlotLock.php:41" if k % 2 else "/var/www/rooms/vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php:71"
        r.at(off, "php", f"[@TS@] WARNING: [pool www] child {child} said into stderr: \"PHP Fatal error:  Uncaught RedisException: "
                         f"{misconf} in {where}\"", k == 0)
        ngx(r, off + 0.01, "ngx", "POST" if k % 2 else "GET", "/bookings" if k % 2 else "/login", 500, 612)
    r.at(66, "vk", "1:M @TS@ * 100 changes in 300 seconds. Saving...")
    r.at(66.01, "vk", f"1:M @TS@ * Background saving started by pid {bg + 212}")
    r.at(66.3, "vk", f"{bg + 212}:C @TS@ # Write error saving DB on disk: No space left on device")
    r.at(66.4, "vk", "1:M @TS@ # Background saving error")
    r.expect("rooms-valkey",
             "The rooms-valkey data volume (/data) is full, so RDB snapshots fail with 'No space left on device'; with "
             "stop-writes-on-bgsave-error Valkey rejects all writes (MISCONF), breaking sessions and booking locks in rooms-php.",
             "Valkey cannot persist and refuses writes; room booking and login are down and session data is not being saved.",
             "Expand the rooms-valkey PVC (or free space / remove stale RDB temp files), confirm BGSAVE succeeds, then check bookings.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def c_dovecot_config():
    r = Rec("lib", "CRITICAL", "config_error")
    ns = "libnet-mail"
    r.wl("wm", ns, "webmail", container="roundcube", style="roundcube")
    r.wl("dc", ns, "dovecot", style="none")
    r.events("ev", ns)
    r.sel(ns, "webmail")
    dpod = r.pod("dc")
    r.question = "Library staff cannot open their mailboxes in webmail. What is wrong?"
    r.at(0, "dc", "doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf line 31: ssl_cert: Can't open file "
                  "/etc/dovecot/tls/tls.crt: No such file or directory", True)
    ev(r, 0.5, "ev", "Warning", "BackOff", "Pod", dpod, "kubelet", "Back-off restarting failed container dovecot in pod "
       f"{dpod}_libnet-mail({uid()})", count=31, evd=True)
    for k, off in enumerate((14, 52, 97, 188, 262)):
        user = RNG.choice(["j.mbeki", "r.castellanos", "h.virtanen", "d.oyelaran"])
        sess = hx(8)
        r.at(off, "wm", f"[@TS@]: <{sess}> IMAP Error: Login failed for {user}@tcln.org against dovecot.libnet-mail.svc.cluster.local "
                        f"from {ip()}. Could not connect to ssl://dovecot.libnet-mail.svc.cluster.local:993: Connection refused in "
                        "/var/www/html/program/lib/Roundcube/rcube_imap.php on line 211 (POST /?_task=login&_action=login)")
    ev(r, 301, "ev", "Normal", "Pulled", "Pod", dpod, "kubelet", 'Container image "dovecot/dovecot:2.3.21" already present on machine', count=32)
    ev(r, 301.2, "ev", "Normal", "Started", "Pod", dpod, "kubelet", "Started container dovecot", count=32)
    r.at(301.9, "dc", "doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf line 31: ssl_cert: Can't open file "
                      "/etc/dovecot/tls/tls.crt: No such file or directory")
    ev(r, 303, "ev", "Warning", "BackOff", "Pod", dpod, "kubelet", "Back-off restarting failed container dovecot in pod "
       f"{dpod}_libnet-mail({uid()})", count=32)
    r.expect("dovecot",
             "dovecot.conf sets ssl_cert = </etc/dovecot/tls/tls.crt, but the mounted TLS secret no longer provides that file "
             "(its keys were renamed), so doveconf aborts at start and the container is in CrashLoopBackOff.",
             "Dovecot is crash-looping on a configuration error; IMAP is down and webmail logins fail.",
             "Fix the dovecot TLS secret mount (items/key names) or ssl_cert path so /etc/dovecot/tls/tls.crt exists, then restart.")
    r.tags = ["caller-outside-selector"]
    return r


def c_questdb_readonly():
    r = Rec("wind", "CRITICAL", "storage")
    r.wl("gw", "scada", "scada-gateway")
    r.wl("qdb", "scada", "questdb", sts=0, style="iso6")
    node = r.node("qdb")
    r.journal("k", node, "kernel", "dmesg")
    r.sel("scada", "scada-gateway")
    r.question = "Telemetry stopped landing in the time-series DB and the gateway is dropping samples. What failed?"
    r.at(0, "gw", "@TS@  INFO scada_gateway::ingest: batch flushed points=4811 turbines=38 publish_errors=0 retried=0 elapsed_ms=69")
    r.at(7, "k", "[@TS@] sd 2:0:0:1: [sdc] tag#12 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=30s", True)
    r.at(7.01, "k", "[@TS@] blk_update_request: I/O error, dev sdc, sector 81276416 op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0", True)
    r.at(7.05, "k", "[@TS@] EXT4-fs error (device sdc): ext4_journal_check_start:83: comm questdb: Detected aborted journal")
    r.at(7.06, "k", "[@TS@] EXT4-fs (sdc): Remounting filesystem read-only", True)
    r.at(8, "qdb", f"@TS@ E i.q.c.l.t.LineTcpConnectionContext [fd={RNG.randint(100, 300)}] could not process line data "
                   "[table=turbine_telemetry, msg=could not open read-write [file=/var/lib/questdb/db/turbine_telemetry~12/"
                   "%s/active_power_kw.d], errno=30]" % r.base.strftime("%Y-%m-%d"), True)
    r.at(8.1, "qdb", f"@TS@ I tcp-line-server scheduling disconnect [fd={RNG.randint(100, 300)}, reason=0]")
    for k, off in enumerate((9, 40, 70, 100)):
        r.at(off, "gw", "@TS@ ERROR scada_gateway::sink::questdb: ILP write failed, connection closed by server; retrying in 5s "
                        f"error=Broken pipe (os error 32) pending_rows={12000 * (k + 1) + RNG.randint(0, 900)}")
    r.at(101, "gw", "@TS@  WARN scada_gateway::sink::spill: spill buffer 91% full, dropping oldest samples dropped=3180")
    r.at(120, "qdb", "@TS@ C i.q.c.w.WalWriter could not sync wal segment [table=turbine_telemetry~12, errno=30]")
    r.at(131, "gw", "@TS@  WARN scada_gateway::sink::spill: spill buffer 100% full, dropping oldest samples dropped=11942")
    r.expect("questdb",
             "The block device behind the questdb-0 PVC (sdc on the node) returned write I/O errors, ext4 aborted its journal "
             "and remounted the volume read-only, so QuestDB cannot write (errno 30 EROFS) and rejects ILP ingestion.",
             "QuestDB's data volume went read-only after disk I/O errors; telemetry ingestion stopped and the gateway's spill "
             "buffer is overflowing, so turbine data is being lost.",
             "Move questdb-0 to a healthy volume/node (detach and fsck or restore the PVC), then replay from the gateway/NATS "
             "stream; check the underlying disk.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def c_cilium_down():
    r = Rec("wind", "CRITICAL", "node_failure")
    node = "ng-k8s-node-02"
    r.wl("gw", "scada", "scada-gateway", node="ng-k8s-node-04")
    r.wl("cil", "kube-system", "cilium", container="cilium-agent", node=node, style="iso0")
    r.wl("nats0", "scada", "nats", sts=0, style="nats", node="ng-k8s-node-01")
    r.journal("kl", node, "kubelet.service", "klog")
    r.events("ev", "default")
    r.sel("scada", "scada-gateway")
    r.question = "Telemetry publishing is failing and a node looks unhealthy. What is the root problem?"
    r.at(0, "cil", 'time="@TS@" level=info msg="Cilium 1.15.6 a09e05e6 2024-06-10T08:41:23+00:00 go version go1.21.11 linux/amd64" subsys=daemon')
    r.at(2, "cil", 'time="@TS@" level=fatal msg="failed to start: daemon creation failed: error while initializing daemon: failed '
                   'while reinitializing datapath: failed to setup vxlan tunnel device: setting up vxlan device: creating vxlan '
                   'device: operation not supported" subsys=daemon', True)
    r.at(4, "kl", 'E@TS@    2145 pod_workers.go:1298] "Error syncing pod, skipping" err="network is not ready: container runtime '
                  'network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni '
                  'plugin not initialized" pod="scada/nats-2" podUID="%s"' % uid(), True)
    ev(r, 44, "ev", "Normal", "NodeNotReady", "Node", node, "node-controller", f"Node {node} status is now: NodeNotReady", evd=True)
    r.at(9, "nats0", "[1] @TS@ [ERR] Error trying to connect to route (attempt 12): dial tcp %s:6222: i/o timeout" % ip(2))
    r.at(11, "nats0", "[1] @TS@ [WRN] JetStream cluster stream 'SCADA > TELEMETRY' has NO quorum, stalled")
    for k, off in enumerate((12, 42, 72)):
        r.at(off, "gw", f"@TS@ ERROR scada_gateway::bus: jetstream publish failed subject=\"scada.telemetry.T{RNG.randint(1, 38):02d}\" "
                        "error=timed out: didn't receive ack in time")
    r.at(80, "cil", 'time="@TS@" level=info msg="Cilium 1.15.6 a09e05e6 2024-06-10T08:41:23+00:00 go version go1.21.11 linux/amd64" subsys=daemon')
    r.at(82, "cil", 'time="@TS@" level=fatal msg="failed to start: daemon creation failed: error while initializing daemon: failed '
                    'while reinitializing datapath: failed to setup vxlan tunnel device: setting up vxlan device: creating vxlan '
                    'device: operation not supported" subsys=daemon')
    r.at(90, "gw", "@TS@  WARN scada_gateway::sink::spill: spill buffer 64% full, dropping oldest samples dropped=0")
    r.expect("cilium",
             f"The cilium-agent on {node} crash-loops because it cannot create its vxlan tunnel device ('operation not "
             "supported', the vxlan kernel module is missing after the node image change), so the CNI is not initialised, "
             "the node goes NotReady and nats-2 there loses networking; the JetStream stream lost quorum.",
             f"CNI failure on {node} took the node and a NATS replica down; the telemetry stream is stalled and publishes fail.",
             f"Cordon and drain {node}, restore the vxlan kernel module (or roll back the node image), and restart cilium-agent.")
    r.tags = ["nested-cause", "caller-outside-selector"]
    return r


def c_ecc_node():
    r = Rec("mkt", "CRITICAL", "node_failure")
    node = DOMAINS["mkt"]["nodes"][1]
    r.wl("api", "escrow", "escrow-api", style="dotnet", node=DOMAINS["mkt"]["nodes"][0])
    r.journal("k", node, "kernel", "dmesg")
    r.events("evn", "default")
    r.events("ev", "escrow")
    r.sel("escrow", "escrow-api")
    host = "escrow-api.escrow.svc.cluster.local"
    pg_ip = ip(5)
    r.question = "All escrow operations fail and the escrow database is unreachable. What happened?"
    kestrel1(r, 0, "api", host, "POST", "/api/holds", 201, 398, 41.7710)
    r.at(4, "k", "[@TS@] mce: [Hardware Error]: Machine check events logged", True)
    r.at(4.01, "k", "[@TS@] EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x4f2a1 "
                    "offset:0x0 grain:32 - OVERFLOW err_code:0x0000:0x009f socket:0 ha:0 channel_mask:2 rank:1)", True)
    r.at(4.02, "k", "[@TS@] Memory failure: 0x4f2a1: recovery action for dirty LRU page: Failed")
    for k, off in enumerate((9, 51, 110)):
        r.at(off, "api", "@TS@ fail: Microsoft.EntityFrameworkCore.Database.Connection[20004] An error occurred using the connection to "
                         "database 'escrow' on server 'tcp://escrow-postgres:5432'. Npgsql.NpgsqlException (0x80004005): Failed to "
                         f"connect to {pg_ip}:5432  ---> System.Net.Sockets.SocketException (113): No route to host")
        kestrel1(r, off + 0.01, "api", host, "POST", "/api/holds", 500, 190, 3011.9 + RNG.random() * 40, ctype="application/problem+json")
    ev(r, 48, "evn", "Normal", "NodeNotReady", "Node", node, "node-controller", f"Node {node} status is now: NodeNotReady", evd=True)
    ev(r, 49, "ev", "Warning", "NodeNotReady", "Pod", "escrow-postgres-0", "node-controller", "Node is not ready")
    ev(r, 350, "ev", "Normal", "TaintManagerEviction", "Pod", "escrow-postgres-0", "taint-eviction-controller",
       "Marking for deletion Pod escrow/escrow-postgres-0")
    r.at(351, "api", "@TS@ warn: Escrow.Api.Health.DbHealthCheck[0] Database unreachable for 00:05:42; readiness set to Unhealthy")
    r.expect(node,
             f"Node {node} suffered an uncorrectable ECC memory error (machine check, EDAC UE) and stopped responding; it went "
             "NotReady with escrow-postgres-0 on it, so the escrow database is gone and the StatefulSet pod is stuck on the dead node.",
             f"Hardware memory failure took down {node} and with it the escrow-postgres primary; all escrow operations fail.",
             f"Cordon and remove {node} (hardware replacement), force-delete escrow-postgres-0 so it reschedules/attaches its "
             "volume elsewhere, then verify database integrity.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def c_gateway_panic():
    r = Rec("wind", "CRITICAL", "application_error")
    ns = "scada"
    r.wl("gw", ns, "scada-gateway")
    r.wl("up", ns, "site-uplink")
    r.events("ev", ns)
    r.sel(ns, "scada-gateway")
    gpod = r.pod("gw")
    sha, puid = hx(7), uid()
    r.question = "The SCADA gateway keeps restarting and no telemetry is ingested. Why?"
    for k, off in enumerate((0, 301)):
        r.at(off, "gw", "@TS@  INFO scada_gateway: starting scada-gateway version=1.19.0 git_sha=%s" % sha)
        r.at(off + 0.3, "gw", "@TS@  INFO scada_gateway::grpc: listening addr=0.0.0.0:50051 tls=true")
        r.at(off + 1.2, "gw", "thread 'tokio-runtime-worker' panicked at src/decode/frame.rs:88:41:", k == 0)
        r.cont("gw", "range end index 64 out of range for slice of length 52", k == 0)
        if k == 0:
            r.cont("gw", "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        ev(r, off + 2, "ev", "Warning", "BackOff", "Pod", gpod, "kubelet",
           f"Back-off restarting failed container scada-gateway in pod {gpod}_scada({puid})", count=18 + k, evd=(k == 0))
    for off in (20, 110, 205, 320):
        r.at(off, "up", f"@TS@ ERROR site_uplink::stream: telemetry stream to scada-gateway failed, buffering locally "
                        f"site=\"cold-fell\" buffered={RNG.randint(4000, 9000)} error=status: Unavailable, message: \"tcp connect "
                        "error: Connection refused (os error 111)\", details: [], metadata: MetadataMap { headers: {} }")
    r.expect("scada-gateway",
             "scada-gateway 1.19.0 panics in its frame decoder (src/decode/frame.rs:88, slice index 64 out of range for a "
             "52-byte frame) on a short telemetry frame and, built with panic=abort, the process exits; it is in CrashLoopBackOff.",
             "The SCADA gateway crash-loops on a decoder panic; telemetry ingestion is down and sites are buffering.",
             "Roll back scada-gateway to the previous version and fix the frame length check in the decoder.")
    r.tags = []
    return r


def c_migration_failed():
    r = Rec("mkt", "CRITICAL", "database")
    ns = "escrow"
    r.wl("mig", ns, "escrow-api", container="migrate", style="none")
    r.wl("pg", ns, "escrow-postgres", container="postgres", sts=0, style="pg")
    r.events("ev", ns)
    r.wl("tr", "traefik", "traefik", style="clf")
    r.sel(ns, "escrow-api")
    apod = r.pod("mig")
    r.question = "The escrow API has been down since the 4.13 deploy. What is blocking it?"
    pi = "pi_3Oq" + "".join(RNG.choice(URLSAFE[:62]) for _ in range(18))
    mig_id = (r.base - dt.timedelta(days=RNG.randint(2, 9), seconds=RNG.randint(0, 80000))).strftime("%Y%m%d%H%M%S")
    r.at(0, "mig", "Applying migration '%s_UniquePaymentIntent'." % mig_id)
    pgpid = RNG.randint(4000, 9000)
    r.at(0.2, "pg", f"@TS@ [{pgpid}] ERROR:  could not create unique index \"IX_Holds_PaymentIntentId\"", True)
    r.cont("pg", f"@TS@ [{pgpid}] DETAIL:  Key (\"PaymentIntentId\")=({pi}) is duplicated.", True)
    r.at(0.25, "mig", "Failed executing DbCommand (41ms) [Parameters=[], CommandType='Text', CommandTimeout='30']")
    r.cont("mig", "CREATE UNIQUE INDEX \"IX_Holds_PaymentIntentId\" ON \"Holds\" (\"PaymentIntentId\");")
    r.cont("mig", "Npgsql.PostgresException (0x80004005): 23505: could not create unique index \"IX_Holds_PaymentIntentId\"", True)
    r.cont("mig", "")
    r.cont("mig", "DETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information.")
    r.cont("mig", "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)")
    r.cont("mig", "  Exception data:")
    r.cont("mig", "    Severity: ERROR")
    r.cont("mig", "    SqlState: 23505")
    ev(r, 2, "ev", "Warning", "BackOff", "Pod", apod, "kubelet",
       f"Back-off restarting failed container migrate in pod {apod}_escrow({uid()})", count=12, evd=True)
    for off in (30, 95, 210):
        traefik(r, off, "tr", "POST", "/webhooks/psp", 503, 19, "escrow-escrow-api-webhooks@kubernetescrd", "-", 0,
                ua="PSP-Webhooks/2.1")
    r.at(302, "mig", "Applying migration '%s_UniquePaymentIntent'." % mig_id)
    r.at(302.2, "mig", "Npgsql.PostgresException (0x80004005): 23505: could not create unique index \"IX_Holds_PaymentIntentId\"")
    r.expect("escrow-api",
             "The 4.13 migration UniquePaymentIntent (run by escrow-api's migrate init container) tries to create a unique "
             "index on Holds.PaymentIntentId, but existing rows contain duplicate payment-intent ids, so the migration fails "
             "with 23505 and the init container crash-loops; with the Recreate strategy no escrow-api pod is serving.",
             "A failed database migration blocks escrow-api startup; escrow (payments webhooks, holds) is completely down.",
             "Roll back escrow-api to 4.12 now; deduplicate Holds.PaymentIntentId (or make the migration do it) before re-deploying.")
    r.tags = ["nested-cause"]
    return r


def c_nats_unschedulable():
    r = Rec("wind", "CRITICAL", "scheduling", hour=RNG.randint(7, 10))
    ns = "scada"
    r.wl("gw", ns, "scada-gateway")
    r.wl("nats0", ns, "nats", sts=0, style="nats")
    r.events("ev", ns)
    r.sel(ns, "scada-gateway")
    msg = ("0/5 nodes are available: 2 node(s) had volume node affinity conflict, 3 node(s) didn't match pod anti-affinity "
           "rules. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.")
    r.question = "Telemetry publishing fails with JetStream errors after last night's node replacement. Why?"
    ev(r, 0, "ev", "Warning", "FailedScheduling", "Pod", "nats-1", "default-scheduler", msg, count=48, evd=True)
    ev(r, 0.1, "ev", "Warning", "FailedScheduling", "Pod", "nats-2", "default-scheduler", msg, count=47, evd=True)
    r.at(3, "nats0", "[1] @TS@ [ERR] Error trying to connect to route (attempt 241): lookup for host \"nats-1.nats.scada.svc.cluster.local\": "
                     "lookup nats-1.nats.scada.svc.cluster.local on 10.96.0.10:53: no such host")
    r.at(4, "nats0", "[1] @TS@ [WRN] JetStream cluster stream 'SCADA > TELEMETRY' has NO quorum, stalled")
    r.at(5, "nats0", "[1] @TS@ [WRN] Healthcheck failed: \"JetStream has not established contact with a meta leader\"")
    for k, off in enumerate((10, 40, 70, 100)):
        r.at(off, "gw", f"@TS@ ERROR scada_gateway::bus: jetstream publish failed subject=\"scada.telemetry.T{RNG.randint(1, 38):02d}\" "
                        "error=timed out: didn't receive ack in time")
    r.at(101, "gw", "@TS@  WARN scada_gateway::sink::spill: spill buffer 97% full, dropping oldest samples dropped=7410")
    ev(r, 120, "ev", "Warning", "FailedScheduling", "Pod", "nats-2", "default-scheduler", msg, count=48)
    r.at(121, "nats0", "[1] @TS@ [ERR] Error trying to connect to route (attempt 242): lookup for host \"nats-2.nats.scada.svc.cluster.local\": "
                       "lookup nats-2.nats.scada.svc.cluster.local on 10.96.0.10:53: no such host")
    r.expect("nats",
             "After the node replacement, nats-1 and nats-2 cannot be scheduled: their PVs are bound to a zone/nodes that no "
             "longer exist (volume node affinity conflict) and the remaining nodes are excluded by anti-affinity, so the "
             "3-node JetStream cluster has only nats-0 and the TELEMETRY stream has no quorum.",
             "Two of three NATS replicas are Pending; JetStream lost quorum, telemetry publishing fails and samples are dropped.",
             "Recreate/migrate the nats-1/nats-2 PVCs onto the new nodes (or restore nodes in that zone) so the pods can "
             "schedule; relax anti-affinity temporarily if needed.")
    r.tags = ["quiet-cause", "caller-outside-selector"]
    return r


def c_ignite_oom():
    r = Rec("wind", "CRITICAL", "oom_killed")
    ns = "scada"
    for i in range(2):
        r.wl(f"ig{i}", ns, "turbine-state", container="ignite", sts=i, style="ignite")
    r.events("ev", ns)
    r.sel(ns, "turbine-state")
    nid = uid()
    r.question = "The turbine-state cache nodes keep dying and maintenance planning shows missing turbine states. Why?"
    r.at(0, "ig1", "[@TS@][INFO ][grid-timeout-worker-#22][IgniteKernal] ")
    r.cont("ig1", "Metrics for local node (to disable set 'metricsLogFrequency' to 0)")
    r.cont("ig1", f"    ^-- Node [id={nid[:8]}, uptime=02:11:43.412]")
    r.cont("ig1", "    ^-- Off-heap memory [used=509MB, free=0.61%, allocated=524MB]")
    r.cont("ig1", "    ^--   default region [type=default, persistence=false, lazyAlloc=true,")
    r.cont("ig1", "      ...  initCfg=256MB, maxCfg=512MB, usedRam=509MB, freeRam=0.59%, allocRam=512MB]", True)
    r.at(38, "ig1", "[@TS@][SEVERE][sys-stripe-3-#4][] Critical system error detected. Will be handled accordingly to configured "
                    "handler [hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler "
                    "[ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]], "
                    "failureCtx=FailureContext [type=CRITICAL_ERROR, err=class o.a.i.i.mem.IgniteOutOfMemoryException: Out of "
                    "memory in data region [name=default, initSize=256.0 MiB, maxSize=512.0 MiB, persistenceEnabled=false] Try "
                    "the following:", True)
    r.cont("ig1", "  ^-- Increase maximum off-heap memory size (DataRegionConfiguration.maxSize)")
    r.cont("ig1", "  ^-- Enable Ignite persistence (DataRegionConfiguration.persistenceEnabled)")
    r.cont("ig1", "  ^-- Enable eviction or expiration policies]]")
    r.at(38.1, "ig1", "[@TS@][SEVERE][sys-stripe-3-#4][] JVM will be halted immediately due to the failure: [failureCtx="
                      "FailureContext [type=CRITICAL_ERROR, err=class o.a.i.i.mem.IgniteOutOfMemoryException: Out of memory in data "
                      "region [name=default, initSize=256.0 MiB, maxSize=512.0 MiB, persistenceEnabled=false] Try the following:")
    ig1_ip = ip()
    r.at(39, "ig0", f"[@TS@][WARNING][disco-event-worker-#41][GridDiscoveryManager] Node FAILED: TcpDiscoveryNode [id={nid}, "
                    f"consistentId={ig1_ip}:47500, addrs=ArrayList [{ig1_ip}, 127.0.0.1], order=7, ver=2.16.0#20231215-sha1:7bde6a42, "
                    "isClient=false]")
    r.at(39.5, "ig0", "[@TS@][WARNING][exchange-worker-#62][GridDhtPartitionTopologyImpl] Detected lost partitions "
                      "[grp=turbine-state, parts=[3-7, 112, 419-421], topVer=AffinityTopologyVersion [topVer=42, minorTopVer=0]]", True)
    ev(r, 45, "ev", "Warning", "BackOff", "Pod", "turbine-state-1", "kubelet",
       f"Back-off restarting failed container ignite in pod turbine-state-1_scada({uid()})", count=7, evd=True)
    r.at(100, "ig0", "[@TS@][INFO ][grid-timeout-worker-#22][IgniteKernal] ")
    r.cont("ig0", "    ^--   default region [type=default, persistence=false, lazyAlloc=true,")
    r.cont("ig0", "      ...  initCfg=256MB, maxCfg=512MB, usedRam=498MB, freeRam=2.71%, allocRam=512MB]")
    r.expect("turbine-state",
             "The turbine-state Ignite nodes' off-heap data region 'default' is capped at 512 MiB with no persistence or eviction; "
             "it filled up, IgniteOutOfMemoryException triggered the StopNodeOrHaltFailureHandler, and the node halts on every "
             "restart, losing its partitions.",
             "Ignite data region out of memory crash-loops turbine-state nodes; partitions were lost (no persistence) and the "
             "surviving node is also near its limit.",
             "Raise DataRegionConfiguration.maxSize (and the pod memory limit) or enable eviction/persistence, then reload the "
             "lost turbine state from the source of truth.")
    r.tags = ["nested-cause"]
    return r


def c_keycloak_liveness():
    r = Rec("lib", "CRITICAL", "probe_failure")
    ns = "libnet-auth"
    r.wl("kc", ns, "keycloak", sts=0, style="log4j")
    r.events("ev", ns)
    r.journal("kl", r.node("kc"), "kubelet.service", "klog")
    r.sel(ns, "keycloak")
    kip = ip()
    puid = uid()
    r.question = "Keycloak is restarting over and over after the upgrade; nobody can log in. Why?"
    for k, off in enumerate((0, 96)):
        r.at(off, "kc", "@TS@ INFO  [org.keycloak.quarkus.runtime.storage.legacy.liquibase.QuarkusJpaUpdaterProvider] (main) "
                        "Initializing database schema. Using changelog META-INF/jpa-changelog-master.xml")
        if k == 1:
            r.at(off + 0.5, "kc", "@TS@ INFO  [liquibase.lockservice] (main) Waiting for changelog lock....")
        for j, o2 in enumerate((off + 31, off + 41, off + 51)):
            r.at(o2, "kl", f'I@TS@    1873 prober.go:107] "Probe failed" probeType="Liveness" pod="libnet-auth/keycloak-0" '
                           f'podUID="{puid}" containerName="keycloak" probeResult="failure" output="Get \\"http://{kip}:9000/health/live\\": '
                           f'dial tcp {kip}:9000: connect: connection refused"', k == 0 and j == 0)
        ev(r, off + 51.2, "ev", "Normal", "Killing", "Pod", "keycloak-0", "kubelet",
           "Container keycloak failed liveness probe, will be restarted", count=2 + k, evd=(k == 0))
    ev(r, 150, "ev", "Warning", "BackOff", "Pod", "keycloak-0", "kubelet",
       f"Back-off restarting failed container keycloak in pod keycloak-0_libnet-auth({puid})", count=3)
    r.expect("keycloak",
             "After the upgrade Keycloak runs a long database schema migration at start, during which the management port "
             "is not yet listening; the liveness probe (no startupProbe, 30 s initial delay, 3 failures) kills it every "
             "~50 s, so the migration never finishes and the changelog lock is left held.",
             "Keycloak is in a liveness-probe kill loop during its upgrade migration; authentication is down for all apps.",
             "Add a startupProbe (or a long initialDelay) for keycloak, release the Liquibase changelog lock if stuck, and "
             "let the migration complete.")
    r.tags = []
    return r


SCENARIOS = [
    h_catalogue_404, h_nats_upgrade, h_escrow_startup, h_rooms_plain, h_keycloak_badpw, h_temporal_retry,
    h_traefik_scanners, h_hazelcast_rolling, h_questdb_zabbix, h_cert_renewal,
    w_couchbase_rebalance, w_carrier_429, w_coredns_unsynced, w_valkey_failover, w_listings_readiness,
    w_replica_conflict, w_fpm_max_children, w_jwks_rotation, w_gateway_cert_expired, w_indexer_pending,
    e_ledger_cert, e_ldap_bind, e_pricing_zero, e_parts_slow, e_too_many_clients, e_recursor_servfail,
    e_listings_panic, e_ecto_pool, e_distributor_quota, e_worker_pull_auth,
    c_valkey_disk_full, c_dovecot_config, c_questdb_readonly, c_cilium_down, c_ecc_node, c_gateway_panic,
    c_migration_failed, c_nats_unschedulable, c_ignite_oom, c_keycloak_liveness,
]


def main():
    recs = [fn() for fn in SCENARIOS]
    RNG.shuffle(recs)
    out, tags = [], {}
    for i, r in enumerate(recs, 1):
        rid = f"dev51-{i:03d}"
        out.append(json.dumps(r.build(rid), ensure_ascii=False))
        tags[rid] = sorted(r.tags)
    with open(os.path.join(HERE, "dev51.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "dev51.tags.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(tags, indent=2, sort_keys=True) + "\n")
    print(f"wrote {len(out)} records")


if __name__ == "__main__":
    main()
