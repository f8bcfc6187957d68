"""Helpers for the dev59 golden set (standard library only, deterministic).

A record is built with a Window: lines are added at an offset in seconds from the
window start, with labels and a text that may contain @@token@@ placeholders for
timestamps embedded in the line (rendered from the same instant as `ts`).
"""
import datetime as _dt
import json
import random
import re
import zlib

UTC = _dt.timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SELECTOR_KEYS = ("namespace", "pod", "container", "node", "app")
HASH_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"


def parse_ts(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def _hashpart(seed_text, n):
    r = random.Random(seed_of(seed_text))
    return "".join(r.choice(HASH_ALPHABET) for _ in range(n))


def dep_pod(deploy, tag="a", rs=None):
    """Deployment pod name: <deploy>-<rs hash>-<5 chars>; rs hash from `rs` (version tag)."""
    rsh = _hashpart(deploy + "/rs/" + (rs or "v1"), 9 if len(deploy) % 2 else 10)
    return "%s-%s-%s" % (deploy, rsh, _hashpart(deploy + "/pod/" + tag + "/" + (rs or "v1"), 5))


def job_pod(cronjob, run_id, tag="a"):
    """CronJob pod: <cronjob>-<scheduled minute>-<5 chars>."""
    return "%s-%s-%s" % (cronjob, run_id, _hashpart(cronjob + "/" + str(run_id) + tag, 5))


def rand_hex(seed_text, n):
    r = random.Random(seed_of(seed_text))
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid_of(seed_text):
    h = rand_hex(seed_text, 32)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


# ---------------------------------------------------------------- labels
def pod(ns, name, container, node, app=None):
    d = {"namespace": ns, "pod": name, "container": container, "node": node}
    if app is not None:
        d["app"] = app
    return d


def journal(node, unit):
    return {"job": "node-journal", "node": node, "unit": unit}


def events(ns):
    return {"job": "kube-events", "namespace": ns}


def ev(typ, reason, obj, msg, source="kubelet", count=None):
    """Kubernetes event in the logfmt shape our exporter writes."""
    m = msg.replace("\\", "\\\\").replace('"', '\\"')
    s = "type=%s reason=%s object=%s source=%s" % (typ, reason, obj, source)
    if count is not None:
        s += " count=%d" % count
    return s + ' msg="%s"' % m


def klog(level, pid, where, msg):
    """klog header line; @@klog@@ renders MMDD hh:mm:ss.micro."""
    return "%s@@klog@@ %7d %s] %s" % (level, pid, where, msg)


# ---------------------------------------------------------------- time tokens
def _fmt(tok, t, w):
    ms = t.microsecond // 1000
    if tok == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if tok == "iso6":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if tok == "iso7":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"
    if tok == "isos":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if tok == "isooff":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms
    if tok == "klog":
        return t.strftime("%m%d %H:%M:%S.%f")
    if tok == "pg":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms
    if tok == "dt":  # python logging asctime / log4j / kafka
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if tok == "dtms":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
    if tok == "dts":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if tok == "clf":
        return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))
    if tok == "hap":
        return "%02d/%s/%d:%s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)
    if tok == "sys":
        return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))
    if tok == "redis":
        return "%02d %s %d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)
    if tok == "epoch":
        return "%d.%03d" % (int(t.timestamp()), ms)
    if tok == "epoch6":
        return "%d.%06d" % (int(t.timestamp()), t.microsecond)
    if tok == "epochms":
        return "%d" % (int(t.timestamp()) * 1000 + ms)
    if tok == "epochs":
        return "%d" % int(t.timestamp())
    if tok == "hms":
        return t.strftime("%H:%M:%S.") + "%03d" % ms
    if tok == "hms0":
        return t.strftime("%H:%M:%S")
    if tok == "slash":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if tok == "slash6":
        return t.strftime("%Y/%m/%d %H:%M:%S.%f")
    if tok == "rmq":
        return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"
    if tok == "ruby":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%f")
    if tok == "rubyat":
        return t.strftime("%Y-%m-%d %H:%M:%S +0000")
    if tok == "ctime":
        return "%s %s %2d %s %d" % (DOW[t.weekday()], MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), t.year)
    if tok == "log4j":  # GeoServer: 17 Mar 09:12:01
        return "%02d %s %s" % (t.day, MON[t.month - 1], t.strftime("%H:%M:%S"))
    if tok == "kup":
        up = (t - w.kboot).total_seconds()
        return "%12.6f" % up
    if tok == "kupus":
        return "%d" % int((t - w.kboot).total_seconds() * 1000000)
    if tok == "laravel":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    raise KeyError(tok)


_TOK = re.compile(r"@@([a-z0-9]+)@@")


# ---------------------------------------------------------------- window
class Window:
    def __init__(self, wid, start, boot_days=11.3):
        self.wid = wid
        self.t0 = parse_ts(start)
        self.items = []
        self.seq = 0
        self.rng = random.Random(seed_of("dev59/" + wid))
        self.kboot = self.t0 - _dt.timedelta(seconds=int(boot_days * 86400) + 417)

    def t(self, sec):
        return self.t0 + _dt.timedelta(milliseconds=int(round(sec * 1000)))

    def at(self, sec, labels, line, ev=False):
        t = self.t(sec)
        text = _TOK.sub(lambda m: _fmt(m.group(1), t, self), line)
        self.items.append((t, self.seq, dict(labels), text, bool(ev)))
        self.seq += 1
        return self

    def src(self, labels):
        """Return a closure: s(sec, line, ev=False)."""
        def f(sec, line, ev=False):
            return self.at(sec, labels, line, ev)
        return f

    def noise(self, a, b, n, *gens):
        """n lines at random instants in [a, b] drawn from generator functions g(rng)->(labels,line)."""
        for _ in range(n):
            sec = round(self.rng.uniform(a, b), 3)
            hour = self.t(sec).hour
            for _try in range(8):
                g = gens[self.rng.randrange(len(gens))]
                lo, hi = getattr(g, "hours", (0, 24))
                if lo <= hour < hi:
                    break
            labels, line = g(self.rng)
            self.at(sec, labels, line)

    def every(self, a, b, step, labels, fn, jitter=0.0):
        """Periodic line: fn(i, rng) -> text, at a, a+step, ... < b."""
        i = 0
        s = a
        while s < b:
            j = self.rng.uniform(0, jitter) if jitter else 0.0
            self.at(round(s + j, 3), labels, fn(i, self.rng))
            i += 1
            s += step

    def record(self, *, domain, question, selector, severity, category, component,
               root_cause, summary, action, tags):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, _, labels, text, is_ev) in enumerate(items):
            if "@@" in text:
                raise ValueError("%s: unrendered token in %r" % (self.wid, text))
            logs.append({"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
                         "labels": labels, "line": text})
            if is_ev:
                evidence.append(i)
        sel = {k: None for k in SELECTOR_KEYS}
        for k, v in selector.items():
            if k not in sel:
                raise KeyError(k)
            sel[k] = v
        if severity == "INFO":
            assert category == "none" and not evidence, self.wid
        else:
            assert category != "none" and evidence, self.wid
        return {
            "_wid": self.wid,
            "source": "synthetic:dev59-" + domain,
            "question": question,
            "selector": sel,
            "tags": list(tags),
            "logs": logs,
            "expected": {
                "severity": severity,
                "root_cause_category": category,
                "component": component,
                "root_cause": root_cause,
                "summary": summary,
                "action": action,
                "evidence": evidence,
            },
        }


# ================================================================= domain noise
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
]

# ---------------- organ (k3s in the workshop)
ORGAN_NODES = ["nuc-werk-01", "nuc-werk-02", "nuc-werk-03"]
ORGAN_KLIMA = pod("werkstatt", dep_pod("klima-monitor", "n1"), "klima-monitor", "nuc-werk-03", "klima-monitor")
ORGAN_WEB = pod("web", dep_pod("orgel-website", "n1"), "nginx", "nuc-werk-01", "orgel-website")
ORGAN_DNS = pod("kube-system", dep_pod("coredns", "n1"), "coredns", "nuc-werk-01", "kube-dns")
ORGAN_ZEIT = pod("werkstatt", dep_pod("zeiterfassung", "n1"), "zeiterfassung", "nuc-werk-02", "zeiterfassung")
ORGAN_BEAT = pod("werkstatt", dep_pod("tuning-scheduler-beat", "n1"), "beat", "nuc-werk-02", "tuning-scheduler-beat")

_ROOMS = [("Halle 1 (Gehäusebau)", 44, 52, 16, 19), ("Halle 2 (Pfeifenwerkstatt)", 46, 54, 17, 20),
          ("Intonierraum", 50, 56, 19, 21), ("Holzlager", 55, 63, 12, 15)]


def organ_klima(rng):
    name, h0, h1, t0, t1 = pick(rng, _ROOMS)
    return ORGAN_KLIMA, "@@dt@@ INFO klima.sensor: %s rH=%.1f%% T=%.1f°C" % (
        name, rng.uniform(h0, h1), rng.uniform(t0, t1))


_WEB_PATHS = ["/", "/instrumente/", "/instrumente/st-marien-kirchdorf", "/instrumente/klosterkirche-wendhusen",
              "/restaurierung/", "/kontakt", "/assets/css/site.4f2a9c.css", "/assets/img/prospekt-1899.webp",
              "/aktuelles/orgelweihe-2026", "/stimmung/termine"]


def organ_web(rng):
    p = pick(rng, _WEB_PATHS)
    size = rng.randint(1800, 64000)
    ip = "%d.%d.%d.%d" % (pick(rng, [84, 91, 176, 217, 93]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    return ORGAN_WEB, '10.42.0.%d - - [@@clf@@] "GET %s HTTP/1.1" 200 %d "-" "%s" "%s"' % (
        rng.choice([4, 5]), p, size, pick(rng, UA), ip)


_ORGAN_Q = ["werkstatt-pg-rw.werkstatt.svc.cluster.local.", "scheduler-redis.werkstatt.svc.cluster.local.",
            "recordings-minio.archiv.svc.cluster.local.", "www.googleapis.com.", "acme-v02.api.letsencrypt.org.",
            "invoice-mariadb.buero.svc.cluster.local.", "git.hartmann-orgelbau.de."]


def organ_dns(rng):
    q = pick(rng, _ORGAN_Q)
    return ORGAN_DNS, '[INFO] 10.42.%d.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d %.6fs' % (
        rng.randint(0, 2), rng.randint(2, 60), rng.randint(32768, 60999), rng.randint(1000, 65000), q,
        len(q) + 30, len(q) + 62, rng.uniform(0.00005, 0.0009))


def organ_zeit(rng):
    kind = pick(rng, ["in", "out", "pause", "in"])
    return ORGAN_ZEIT, 'time=@@iso@@ level=INFO msg="clock event" employee=E-%03d kind=%s terminal=%s' % (
        rng.randint(1, 27), kind, pick(rng, ["halle1", "halle2", "buero"]))


def organ_beat(rng):
    task = pick(rng, [("sync-calendar", "stimmung.tasks.sync_calendar"), ("plan-routes", "stimmung.tasks.plan_routes"),
                      ("remind-parishes", "stimmung.tasks.remind_parishes")])
    return ORGAN_BEAT, "[@@dt@@: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % task


organ_zeit.hours = (5, 19)  # staff clock in/out only during working hours (UTC)
ORGAN_NOISE = (organ_klima, organ_web, organ_dns, organ_zeit, organ_beat)

# ---------------- cadastre (OpenShift)
CAD_NODES = ["wrk-0%d.ocp.lrcso.internal" % i for i in range(1, 7)]
CAD_ROUTER = pod("openshift-ingress", dep_pod("router-default", "c1"), "router", "infra-01.ocp.lrcso.internal", "router-default")
CAD_ROUTER2 = pod("openshift-ingress", dep_pod("router-default", "c2"), "router", "infra-02.ocp.lrcso.internal", "router-default")
CAD_ARGO = pod("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller",
               "infra-03.ocp.lrcso.internal", "openshift-gitops-application-controller")
CAD_KC = pod("sso", "keycloak-0", "keycloak", "wrk-05.ocp.lrcso.internal", "keycloak")
CAD_MAPPROXY = pod("cadastre-maps", dep_pod("mapproxy", "c1"), "mapproxy", "wrk-04.ocp.lrcso.internal", "mapproxy")
CAD_DNS = pod("openshift-dns", "dns-default-%s" % _hashpart("cad-dns", 5), "dns", "wrk-02.ocp.lrcso.internal", "dns-default")
_PORTAL_POD = dep_pod("public-portal", "c1")

_PORTAL_PATHS = ["/en/parcel-search", "/de/flurstueck-suche", "/api/v2/parcels/search?q=Gemarkung%20Lindenau%2012",
                 "/static/js/app.8d1e4b.js", "/en/fees", "/api/v2/districts", "/de/grundbuchauszug/antrag"]


def cad_router(rng):
    r = pick(rng, [CAD_ROUTER, CAD_ROUTER2])
    p = pick(rng, _PORTAL_PATHS)
    tr = rng.randint(3, 90)
    return r, ('haproxy[%d]: 10.%d.%d.%d:%d [@@hap@@] fe_sni~ be_secure:land-registry:public-portal/pod:%s:portal:8443:10.128.4.22:8443 '
               '0/0/1/%d/%d 200 %d - - --VN %d/%d/0/0/0 0/0 "GET %s HTTP/1.1"') % (
        rng.choice([41, 43]), rng.choice([128, 129, 131]), rng.randint(0, 6), rng.randint(1, 250), rng.randint(32768, 60999),
        _PORTAL_POD, tr, tr + 1, rng.randint(900, 48000), rng.randint(20, 90), rng.randint(8, 40), p)


_ARGO_APPS = ["land-registry", "cadastre-maps", "sso", "kafka", "registry-db", "egress-proxy"]


def cad_argo(rng):
    app = pick(rng, _ARGO_APPS)
    return CAD_ARGO, ('time="@@isos@@" level=info msg="Reconciliation completed" application=openshift-gitops/%s '
                      'dedup_ms=0 dest-namespace=%s dest-server="https://kubernetes.default.svc" diff_ms=%d '
                      'fields.level=0 git_ms=%d health_ms=%d live_ms=%d patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms=%d') % (
        app, app, rng.randint(4, 40), rng.randint(0, 5), rng.randint(0, 4), rng.randint(1, 9), rng.randint(18, 90))


def cad_kc(rng):
    typ, client = pick(rng, [("LOGIN", "notary-portal"), ("CODE_TO_TOKEN", "notary-portal"),
                             ("REFRESH_TOKEN", "surveyor-app"), ("LOGIN", "staff-desktop")])
    return CAD_KC, ('@@dt@@ INFO  [org.keycloak.events] (executor-thread-%d) type="%s", realmId="%s", clientId="%s", '
                    'userId="%s", ipAddress="10.%d.%d.%d"') % (
        rng.randint(1, 40), typ, "lrcso", client, uuid_of("kcu" + str(rng.randint(1, 400))),
        rng.choice([20, 31]), rng.randint(0, 255), rng.randint(1, 254))


def cad_mapproxy(rng):
    z = rng.randint(12, 18)
    return CAD_MAPPROXY, ("[pid: %d|app: 0|req: %d/%d] 10.129.2.1 () {38 vars in 702 bytes} [@@ctime@@] "
                          "GET /wmts/orthophoto/GLOBAL_WEBMERCATOR/%d/%d/%d.png => generated %d bytes in %d msecs "
                          "(HTTP/1.1 200) 5 headers in 162 bytes (1 switches on core 0)") % (
        rng.randint(11, 16), rng.randint(1000, 9000), rng.randint(20000, 90000), z, rng.randint(8000, 70000),
        rng.randint(5000, 45000), rng.randint(4000, 60000), rng.randint(2, 40))


_CAD_Q = ["parcels-db-primary.registry-db.svc.cluster.local.", "keycloak.sso.svc.cluster.local.",
          "land-events-kafka-bootstrap.kafka.svc.cluster.local.", "geoserver.cadastre-maps.svc.cluster.local.",
          "s3.openshift-storage.svc.cluster.local."]


def cad_dns(rng):
    q = pick(rng, _CAD_Q)
    return CAD_DNS, '[INFO] 10.%d.%d.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d %.6fs' % (
        rng.choice([128, 129, 130, 131]), rng.randint(0, 6), rng.randint(2, 250), rng.randint(32768, 60999),
        rng.randint(1000, 65000), q, len(q) + 30, len(q) + 62, rng.uniform(0.00005, 0.0009))


CAD_NOISE = (cad_router, cad_argo, cad_kc, cad_mapproxy, cad_dns)

# ---------------- seismo (Talos bare metal)
SEI_NODES = ["talos-w%d" % i for i in range(1, 7)]
SEI_ENVOY = pod("envoy-gateway-system", dep_pod("envoy-public-gw-5f1c0e2a", "s1"), "envoy", "talos-w1", "envoy")
SEI_SOH = pod("monitoring", dep_pod("soh-monitor", "s1"), "soh-monitor", "talos-w5", "soh-monitor")
SEI_FLUX = pod("flux-system", dep_pod("kustomize-controller", "s1"), "manager", "talos-w2", "kustomize-controller")
SEI_CILIUM = pod("kube-system", "cilium-%s" % _hashpart("sei-cil", 5), "cilium-agent", "talos-w4", "cilium")
SEI_QDB = pod("catalog", "quakedb-0", "timescaledb", "talos-w6", "quakedb")
SEI_DNS = pod("kube-system", dep_pod("coredns", "s1"), "coredns", "talos-w2", "kube-dns")

_STATIONS = ["RS.HOHNE", "RS.BRK2", "RS.WALD", "RS.KLEIN", "RS.MOOS", "RS.FELD3", "RS.STEIN", "RS.ALTB",
             "RS.TAL1", "RS.GIPF", "RS.QUEL", "RS.ROTH", "GE.RUE", "BW.FRB", "CH.DAVOX"]


def sei_envoy(rng):
    path = pick(rng, ["/feed/v1/events.geojson?minmag=2", "/feed/v1/events.geojson", "/api/v1/events/rs2026%s" % rand_hex(str(rng.random()), 4),
                      "/map/tiles/7/67/44.pbf", "/feed/v1/felt-reports"])
    dur = rng.randint(2, 60)
    return SEI_ENVOY, ('{"start_time":"@@iso@@","method":"GET","x-envoy-origin-path":"%s","protocol":"HTTP/2",'
                       '"response_code":200,"response_flags":"-","bytes_received":0,"bytes_sent":%d,"duration":%d,'
                       '"upstream_host":"10.244.%d.%d:8080","route_name":"httproute/public/quake-feed/rule/0/match/0/quake_regseis_de"}') % (
        path, rng.randint(400, 80000), dur, rng.randint(1, 6), rng.randint(2, 250))


def sei_soh(rng):
    st = pick(rng, _STATIONS)
    return SEI_SOH, "@@dt@@ INFO soh: %s HHZ latency=%.1fs gaps=0 clock_quality=%d%% mass_pos=%+.1fV" % (
        st, rng.uniform(0.8, 3.5), rng.randint(96, 100), rng.uniform(-1.5, 1.5))


def sei_flux(rng):
    ks = pick(rng, ["rt-ingest", "rt-processing", "alerting", "archive", "catalog", "infra-controllers"])
    return SEI_FLUX, ('{"level":"info","ts":"@@iso@@","msg":"Reconciliation finished in %.2fs, next run in 10m0s",'
                      '"controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization",'
                      '"Kustomization":{"name":"%s","namespace":"flux-system"},"namespace":"flux-system","name":"%s",'
                      '"reconcileID":"%s","revision":"main@sha1:8c41d0e2b7f9a3c6e5d4f1a0b9c8d7e6f5a4b3c2"}') % (
        rng.uniform(0.6, 4.0), ks, ks, uuid_of("flux%f" % rng.random()))


def sei_cilium(rng):
    return SEI_CILIUM, pick(rng, [
        'time="@@isos@@" level=info msg="regenerating all endpoints" reason="one or more identities created or deleted" subsys=endpoint-manager',
        'time="@@isos@@" level=info msg="Rewrote endpoint BPF program" ciliumEndpointName=monitoring/%s endpointID=%d identity=%d ipv4=10.244.%d.%d subsys=endpoint' % (
            SEI_SOH["pod"], rng.randint(100, 3999), rng.randint(10000, 60000), rng.randint(1, 6), rng.randint(2, 250)),
        'time="@@isos@@" level=info msg="Garbage collected conntrack entries" deleted=%d family=ipv4 protocol=TCP subsys=map-ct' % rng.randint(40, 900),
    ])


def sei_qdb(rng):
    return SEI_QDB, pick(rng, [
        "@@pg@@ [%d] LOG:  checkpoint starting: time" % rng.randint(50, 70),
        "@@pg@@ [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            rng.randint(50, 70), rng.randint(300, 4000), rng.uniform(1, 12), rng.randint(0, 4), rng.uniform(20, 140), rng.uniform(20, 141)),
        "@@pg@@ [%d] LOG:  job 1002 completed successfully: Compression Policy [1002]" % rng.randint(4000, 9000),
    ])


SEI_NOISE = (sei_envoy, sei_soh, sei_flux, sei_cilium, sei_qdb)


# ================================================================= log-format helpers
def jdump(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def rails(level, reqid, msg):
    """Ruby Logger / Rails tagged logging."""
    return "%s, [@@ruby@@ #1] %5s -- : %s%s" % (level[0], level, ("[%s] " % reqid) if reqid else "", msg)


def celery(level, proc, msg):
    return "[@@dt@@: %s/%s] %s" % (level, proc, msg)


def spring(app, level, thread, logger, msg):
    return "@@iso@@ %5s 1 --- [%s] [%15s] %-40s : %s" % (level, app, thread[-15:], logger, msg)


def zap(level, caller, msg, **kv):
    d = {"level": level, "ts": "__TS__", "caller": caller, "msg": msg}
    d.update(kv)
    return jdump(d).replace('"__TS__"', "@@epoch6@@")


def pino(level, hostname, msg, **kv):
    d = {"level": {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}[level], "time": "__TS__",
         "pid": 1, "hostname": hostname}
    d.update(kv)
    d["msg"] = msg
    return jdump(d).replace('"__TS__"', "@@epochms@@")


def structlog(level, event, **kv):
    d = {"event": event}
    d.update(kv)
    d["level"] = level
    d["timestamp"] = "@@iso6@@"
    return json.dumps(d, ensure_ascii=False)


def slog(level, msg, **kv):
    d = {"time": "@@iso6@@", "level": level, "msg": msg}
    d.update(kv)
    return jdump(d)


def clef(level, mt, **kv):
    """Serilog compact JSON (CLEF); Information level omits @l."""
    d = {"@t": "@@iso7@@", "@mt": mt}
    if level != "Information":
        d["@l"] = level
    d.update(kv)
    return jdump(d)


def rust(level, target, msg):
    return "@@iso6@@ %5s %s: %s" % (level, target, msg)


def nats(level, msg):
    return "[1] @@slash6@@ [%s] %s" % (level, msg)


def kafka(level, msg, logger, thread):
    return "@@dt@@ %s %s (%s) [%s]" % (level, msg, logger, thread)


def patroni(level, msg):
    return "@@dt@@ %s: %s" % (level, msg)


def pglog(pid, sev, msg):
    return "@@pg@@ [%d] %s:  %s" % (pid, sev, msg)


def cnpg_pg(podname, pid, sev, msg, user="", db="", state="00000", backend="client backend", level="info"):
    rec = {"log_time": "@@pg@@", "user_name": user, "database_name": db, "process_id": str(pid),
           "error_severity": sev, "sql_state_code": state, "message": msg, "backend_type": backend}
    return jdump({"level": level, "ts": "@@iso6@@", "logger": "postgres", "msg": "record",
                  "logging_pod": podname, "record": rec})


def cnpg_op(msg, cluster="werkstatt-pg", ns="werkstatt", level="info", **kv):
    d = {"level": level, "ts": "@@iso6@@", "msg": msg, "controller": "cluster",
         "controllerGroup": "postgresql.cnpg.io", "controllerKind": "Cluster",
         "Cluster": {"name": cluster, "namespace": ns}, "namespace": ns, "name": cluster,
         "reconcileID": uuid_of("cnpg/" + msg)}
    d.update(kv)
    return jdump(d)


def kernel(msg):
    return "[@@kup@@] " + msg


def elixir(level, msg, meta=""):
    return "@@hms@@ %s[%s] %s" % ((meta + " ") if meta else "", level, msg)


def traefik_clf(client, method, path, status, size, ua, nreq, router, server, ms):
    return '%s - - [@@clf@@] "%s %s HTTP/1.1" %d %d "-" "%s" %d "%s" "%s" %dms' % (
        client, method, path, status, size, ua, nreq, router, server, ms)


STATUS_TEXT = {200: "OK", 201: "Created", 204: "No Content", 302: "Found", 304: "Not Modified",
               401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 422: "Unprocessable Entity",
               429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def rails_req(s, t, path, status=200, ms=40, method="GET", client="10.42.0.4", seed="", ar=None):
    """Emit a Rails Started/Completed pair on source s."""
    rid = uuid_of("rails/%s/%s/%s" % (seed, t, path))
    s(t, rails("INFO", rid, 'Started %s "%s" for %s at @@rubyat@@' % (method, path, client)))
    if ar is None:
        ar = ms * 0.3
    s(t + ms / 1000.0, rails("INFO", rid, "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        status, STATUS_TEXT[status], ms, ms * 0.55, ar, 900 + (ms * 37) % 20000)))
    return rid


def talos_kmsg(priority, msg, seq):
    """Talos kernel log delivery (kmsg JSON); clock = microseconds since boot."""
    return jdump({"clock": "__CLK__", "facility": "kern", "msg": msg, "priority": priority, "seq": seq,
                  "talos-level": priority, "talos-time": "@@iso6@@"}).replace('"__CLK__"', "@@kupus@@")


def talos_svc(service, level, msg, **kv):
    d = {"msg": msg}
    d.update(kv)
    d.update({"talos-level": level, "talos-service": service, "talos-time": "@@iso6@@"})
    return jdump(d)


def longhorn(level, msg, **kv):
    s = 'time="@@isos@@" level=%s msg="%s"' % (level, msg.replace('"', '\\"'))
    for k, v in kv.items():
        v = str(v)
        s += " %s=%s" % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or "=" in v or v == "") else v)
    return s


def logrus(level, msg, **kv):
    return longhorn(level, msg, **kv)


def mariadb(note, msg, thread=0):
    return "@@dts@@ %d [%s] %s" % (thread, note, msg)
