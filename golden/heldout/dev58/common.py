"""Shared helpers for the dev58 golden set (standard library only, deterministic)."""
import datetime as _dt
import json
import random
import zlib

UTC = _dt.timezone.utc
K8S_ALPHA = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"

DOMAIN_SOURCE = {
    "CSW": "synthetic:dev58-chimney-sweep",
    "MET": "synthetic:dev58-weights-measures",
    "SUG": "synthetic:dev58-sugar-factory",
}


# ---------------------------------------------------------------- time formats
def T(s):
    """'2026-03-03T05:40:00' -> aware UTC datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def ts_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_ms(dt):
    return ts_ms(dt)


def iso_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % dt.microsecond


def iso_ns(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (dt.microsecond, (dt.microsecond * 7) % 1000)


def iso_s(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_off_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % dt.microsecond


def sp_ms(dt, sep=","):
    """2026-03-03 05:40:01,123"""
    return dt.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (dt.microsecond // 1000)


def klog(dt, sev="I"):
    """I0303 05:40:01.123456"""
    return sev + dt.strftime("%m%d %H:%M:%S.") + "%06d" % dt.microsecond


def epoch_f(dt):
    return "%.6f" % dt.timestamp()


def epoch_ms(dt):
    return str(int(round(dt.timestamp() * 1000)))


def clf(dt):
    """03/Mar/2026:05:40:01 +0000"""
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def pg(dt):
    """2026-03-03 05:40:01.123 UTC"""
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (dt.microsecond // 1000)


# ---------------------------------------------------------------- labels
def P(ns, pod, container, node, app):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def J(node, unit):
    return {"node": node, "job": "node-journal", "unit": unit}


def E(ns, kind, name):
    return {"namespace": ns, "job": "kube-events", "kind": kind, "name": name}


def ev(etype, reason, kind, ns, name, source, msg):
    """Kubernetes event as an event exporter prints it (logfmt)."""
    m = msg.replace("\\", "\\\\").replace('"', '\\"')
    return 'type=%s reason=%s object=%s/%s/%s source=%s msg="%s"' % (
        etype, reason, kind, ns, name, source, m)


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------- names
def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def k8s_suffix(rng, n):
    return "".join(rng.choice(K8S_ALPHA) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def deploy_pod(rng, name, rs=None):
    rs = rs or k8s_suffix(rng, 10)
    return "%s-%s-%s" % (name, rs, k8s_suffix(rng, 5))


def ip(rng, prefix):
    return "%s.%d" % (prefix, rng.randint(2, 250))


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, wid, domain, start):
        self.wid = wid
        self.domain = domain
        self.start = T(start)
        self.rng = random.Random(seed_of("dev58/" + wid))
        self._lines = []
        self._seq = 0

    def at(self, sec):
        if isinstance(sec, _dt.datetime):
            return sec
        if isinstance(sec, int):
            # deterministic sub-second jitter for whole-second offsets; the same
            # offset always maps to the same instant, so at() may be called twice
            return self.start + _dt.timedelta(seconds=self.j(sec))
        # floats: add < 90 us of deterministic jitter so printed microseconds look natural;
        # offsets that differ by >= 0.0001 s keep their order
        us = zlib.crc32(("%s:%.6f" % (self.wid, sec)).encode()) % 90
        return self.start + _dt.timedelta(seconds=sec, microseconds=us)

    def j(self, sec):
        """Whole-second offset -> float offset with a deterministic sub-second part."""
        if isinstance(sec, int):
            return sec + (zlib.crc32(("%s:%d" % (self.wid, sec)).encode()) % 998000 + 1000) / 1e6
        return sec

    def add(self, sec, labels, line, e=False):
        """line: str or callable(dt) -> str. Returns the datetime used."""
        dt = self.at(sec)
        text = line(dt) if callable(line) else line
        self._seq += 1
        self._lines.append((dt, self._seq, dict(labels), text, bool(e)))
        return dt

    def block(self, sec, labels, lines, e_idx=()):
        """Several lines (a stack trace) printed at the same instant."""
        dt = self.at(sec)
        for i, ln in enumerate(lines):
            text = ln(dt) if callable(ln) else ln
            self._seq += 1
            self._lines.append((dt, self._seq, dict(labels), text, i in e_idx))
        return dt

    def noise(self, labels, fn, count, t0, t1):
        """count lines from fn(dt, rng) spread between t0 and t1 seconds."""
        for _ in range(count):
            s = t0 + self.rng.random() * (t1 - t0)
            dt = self.start + _dt.timedelta(seconds=round(s, 6))
            self._seq += 1
            self._lines.append((dt, self._seq, dict(labels), fn(dt, self.rng), False))

    def build(self, *, question, selector, severity, category, component,
              root_cause, summary, action, tags):
        rows = sorted(self._lines, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (dt, _seq, labels, text, is_ev) in enumerate(rows):
            logs.append({"ts": ts_ms(dt), "labels": labels, "line": text})
            if is_ev:
                evidence.append(i)
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector)
        return {
            "_wid": self.wid,
            "_domain": self.domain,
            "source": DOMAIN_SOURCE[self.domain],
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
                "evidence": evidence,
            },
            "tags": list(tags),
        }


# ---------------------------------------------------------------- shared noise
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
]


def traefik_access(paths, router, upstream, client_prefix="10.42.0"):
    """Traefik common log format access line generator."""
    def fn(dt, rng):
        method, path, status, size = rng.choice(paths)
        return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d "%s" "%s" %dms' % (
            ip(rng, client_prefix), clf(dt), method, path, status, size, rng.choice(UAS),
            rng.randint(1000, 99999), router, upstream, rng.randint(3, 140))
    return fn


def nginx_ingress_access(paths, upstream_name, upstream_addr, client_prefix="192.168.20"):
    """ingress-nginx default log format."""
    def fn(dt, rng):
        method, path, status, size = rng.choice(paths)
        rt = rng.randint(2, 180) / 1000.0
        return ('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %d %s' % (
            ip(rng, client_prefix), clf(dt), method, path, status, size, rng.choice(UAS),
            rng.randint(300, 900), rt, upstream_name, upstream_addr, size, max(rt - 0.001, 0.001),
            status, hexs(rng, 32)))
    return fn


def kubelet_probe_ok(pod_ref):
    def fn(dt, rng):
        return '%s    %d kubelet.go:2484] "SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"ContainerStarted"}' % (
            klog(dt), 1100 + rng.randint(0, 40), pod_ref, hexs(rng, 8))
    return fn


def coredns_query(names, client_prefix="10.42.1"):
    def fn(dt, rng):
        name, qtype, rcode = rng.choice(names)
        return '[INFO] %s:%d - %d "%s IN %s udp %d false 512" %s qr,aa,rd %d %.9fs' % (
            ip(rng, client_prefix), rng.randint(32768, 60999), rng.randint(1000, 65000), qtype, name,
            30 + len(name), rcode, 80 + len(name), rng.randint(40, 900) / 1e6)
    return fn


def choice_fn(templates):
    """templates: list of callables(dt, rng) -> str or plain strings."""
    def fn(dt, rng):
        t = rng.choice(templates)
        return t(dt, rng) if callable(t) else t
    return fn


# ---------------------------------------------------------------- ecosystem line formats
def rails(dt, level, msg, pid=1, req=None):
    """Ruby Logger / Rails: I, [2026-10-05T19:31:02.412345 #1]  INFO -- : [req] msg"""
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % dt.microsecond
    tag = "[%s] " % req if req else ""
    return "%s, [%s #%d] %5s -- : %s%s" % (level[0], stamp, pid, level, tag, msg)


def zap_epoch(dt, level, caller, msg, **kw):
    d = {"level": level, "ts": float(epoch_f(dt)), "caller": caller, "msg": msg}
    d.update(kw)
    return jdump(d)


def zap_iso(dt, level, caller, msg, **kw):
    d = {"level": level, "ts": iso_ms(dt), "caller": caller, "msg": msg}
    d.update(kw)
    return jdump(d)


def pino(dt, level, host, msg, **kw):
    d = {"level": level, "time": int(epoch_ms(dt)), "pid": 1, "hostname": host}
    d.update(kw)
    d["msg"] = msg
    return jdump(d)


def phoenix(dt, level, msg, req=None):
    """Elixir Logger default console format (no date)."""
    stamp = dt.strftime("%H:%M:%S.") + "%03d" % (dt.microsecond // 1000)
    meta = "request_id=%s " % req if req else ""
    return "%s %s[%s] %s" % (stamp, meta, level, msg)


def pylog(dt, level, name, msg):
    return "%s %s [%s] %s" % (sp_ms(dt), level, name, msg)


def uvicorn_access(client, method, path, status, reason):
    return 'INFO:     %s - "%s %s HTTP/1.1" %d %s' % (client, method, path, status, reason)


def logback(dt, thread, level, logger, msg):
    return "%s [%s] %-5s %s - %s" % (sp_ms(dt, "."), thread, level, logger, msg)


def laravel(dt, level, msg, env="production"):
    return "[%s] %s.%s: %s" % (dt.strftime("%Y-%m-%d %H:%M:%S"), env, level, msg)


def logrus(dt, level, msg, **kw):
    s = 'time="%s" level=%s msg="%s"' % (iso_s(dt), level, msg.replace('"', '\\"'))
    for k, v in kw.items():
        v = str(v)
        s += ' %s=%s' % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or '"' in v or "=" in v or v == "") else v)
    return s


def containerd(dt, level, msg, **kw):
    s = 'time="%s" level=%s msg="%s"' % (iso_ns(dt), level, msg.replace('"', '\\"'))
    for k, v in kw.items():
        s += ' %s="%s"' % (k, str(v).replace('"', '\\"'))
    return s


def klogl(dt, sev, pid, src, msg):
    """klog text line: I0303 05:40:01.123456    1234 file.go:12] msg"""
    return "%s %7d %s] %s" % (klog(dt, sev), pid, src, msg)


def mariadb(dt, thread, level, msg):
    return "%s %d [%s] %s" % (dt.strftime("%Y-%m-%d %H:%M:%S"), thread, level, msg)


def pglog(dt, pid, level, msg):
    return "%s [%d] %s:  %s" % (pg(dt), pid, level, msg)


# ---------------------------------------------------------------- CSW (chimney sweep, k3s) chatter
CSW_NODES = ["nuc-01", "nuc-02", "nuc-03"]
CSW_REG = "git.brandl-kamin.example/brandl"

BOOKING_PATHS = [
    ("GET", "/", 200, 18234), ("GET", "/termine", 200, 24410), ("GET", "/termine/slots?plz=83022", 200, 3312),
    ("GET", "/assets/application-4f2c81d0.css", 200, 41822), ("GET", "/assets/application-9b1e77aa.js", 200, 88120),
    ("POST", "/termine/reservieren", 302, 0), ("GET", "/termine/bestaetigung", 200, 9021),
    ("GET", "/robots.txt", 200, 68), ("GET", "/favicon.ico", 200, 5430), ("GET", "/impressum", 200, 7120),
]


def csw_flux_chatter(dt, rng):
    kinds = [
        ("source-controller", "GitRepository", "flux-system", "no changes since last reconcilation: observed revision 'main@sha1:%s'" % hexs(rng, 40)),
        ("source-controller", "HelmRepository", "longhorn", "no change"),
        ("source-controller", "HelmRepository", "jetstack", "no change"),
        ("source-controller", "OCIRepository", "podinfo", "no changes since last reconcilation"),
    ]
    ctl, kind, name, msg = rng.choice(kinds)
    return jdump({"level": "info", "ts": iso_ms(dt), "msg": msg, "controller": kind.lower(),
                  "controllerGroup": "source.toolkit.fluxcd.io",
                  "controllerKind": kind, kind: {"name": name, "namespace": "flux-system"},
                  "namespace": "flux-system", "name": name, "reconcileID": "%s-%s-%s-%s-%s" % (
                      hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))})


def csw_k3s_chatter(node):
    """k3s.service journal chatter (kubelet + k3s server share the unit)."""
    def fn(dt, rng):
        uid = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
        opts = [
            lambda: 'time="%s" level=info msg="COMPACT compactRev=%d rev=%d"' % (
                iso_s(dt), rng.randint(4100000, 4200000), rng.randint(4200001, 4210000)),
            lambda: klogl(dt, "I", 1402, "container_gc.go:88", '"Attempting to delete unused containers"'),
            lambda: klogl(dt, "I", 1402, "image_gc_manager.go:391", '"Attempting to delete unused images"'),
            lambda: klogl(dt, "I", 1402, "kubelet_volumes.go:163", '"Cleaned up orphaned pod volumes dir" podUID="%s" path="/var/lib/kubelet/pods/%s/volumes"' % (uid, uid)),
            lambda: klogl(dt, "I", 1402, "reconciler_common.go:245", '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\")"' % (
                k8s_suffix(rng, 5), uid, k8s_suffix(rng, 5))),
            lambda: 'time="%s" level=info msg="Handling backend connection request [%s]"' % (iso_s(dt), rng.choice(CSW_NODES)),
        ]
        return rng.choice(opts)()
    return fn


# ---------------------------------------------------------------- MET (legal metrology office, OpenShift) formats
MET_W = ["ocp-w01.lme.internal", "ocp-w02.lme.internal", "ocp-w03.lme.internal",
         "ocp-w04.lme.internal", "ocp-w05.lme.internal", "ocp-w06.lme.internal"]
MET_REG = "quay.lme.internal/lme"


def spring(dt, level, app, thread, logger, msg, pid=1):
    """Spring Boot 3.2+ default console format."""
    return "%s %5s %d --- [%s] [%15.15s] %-40.40s : %s" % (iso_ms(dt), level, pid, app, thread, logger, msg)


def quarkus(dt, level, cat, thread, msg):
    return "%s %-5s [%s] (%s) %s" % (sp_ms(dt), level, cat, thread, msg)


def clef(dt, mt, level=None, **props):
    """Serilog compact JSON (CLEF); @l omitted for Information."""
    d = {"@t": iso_us(dt).replace("Z", "0Z"), "@mt": mt}
    if level:
        d["@l"] = level
    x = props.pop("_x", None)
    if x:
        d["@x"] = x
    d.update(props)
    return jdump(d)


def serilog_txt(dt, lvl, msg):
    """{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}"""
    return "%s +00:00 [%s] %s" % (sp_ms(dt, "."), lvl, msg)


def gunicorn(dt, pid, level, msg):
    return "[%s +0000] [%d] [%s] %s" % (dt.strftime("%Y-%m-%d %H:%M:%S"), pid, level, msg)


def kc(dt, level, cat, thread, msg):
    """Keycloak (Quarkus) console format."""
    return "%s %-5s [%s] (%s) %s" % (sp_ms(dt), level, cat, thread, msg)


def argocd(dt, level, msg, **kw):
    return logrus(dt, level, msg, **kw)


def crio(dt, level, msg, **kw):
    return containerd(dt, level, msg, **kw)


def met_kubelet_chatter(node):
    def fn(dt, rng):
        uid = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
        opts = [
            lambda: klogl(dt, "I", 2841, "kubelet_getters.go:187", '"Pod status updated" pod="openshift-monitoring/node-exporter-%s" status="Running"' % k8s_suffix(rng, 5)),
            lambda: klogl(dt, "I", 2841, "reconciler_common.go:258", '"operationExecutor.MountVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\")"' % (k8s_suffix(rng, 5), uid, k8s_suffix(rng, 5))),
            lambda: klogl(dt, "I", 2841, "kubelet.go:2456", '"SyncLoop (probe)" probe="readiness" status="ready" pod="openshift-dns/dns-default-%s"' % k8s_suffix(rng, 5)),
            lambda: klogl(dt, "I", 2841, "container_gc.go:88", '"Attempting to delete unused containers"'),
            lambda: klogl(dt, "I", 2841, "kubelet_volumes.go:163", '"Cleaned up orphaned pod volumes dir" podUID="%s" path="/var/lib/kubelet/pods/%s/volumes"' % (uid, uid)),
        ]
        return rng.choice(opts)()
    return fn


def met_argocd_chatter(dt, rng):
    app = rng.choice(["lme-portal", "lme-inspections", "lme-registry", "lme-reports", "lme-archive", "lme-sso", "lme-data"])
    opts = [
        lambda: argocd(dt, "info", "Reconciliation completed", application="openshift-gitops/" + app, dedup_ms=0,
                       dest_name="in-cluster", dest_namespace=app, diff_ms=rng.randint(2, 40), fields_level=0,
                       git_ms=rng.randint(1, 30), health_ms=rng.randint(0, 5), live_ms=rng.randint(1, 9),
                       settings_ms=0, sync_ms=0, time_ms=rng.randint(60, 400)),
        lambda: argocd(dt, "info", "Refreshing app status (normal refresh requested), level (2)", application="openshift-gitops/" + app),
        lambda: argocd(dt, "info", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: %s)" % app, application="openshift-gitops/" + app),
    ]
    return rng.choice(opts)()


# ---------------------------------------------------------------- SUG (beet-sugar factory, RKE2) formats
SUG_REG = "harbor.zf-nord.lan"


def rabbit(dt, level, pid, msg):
    return "%s [%s] %s %s" % (dt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % dt.microsecond, level, pid, msg)


def pgts(dt, pid, appname, level, msg):
    """log_line_prefix = '%m [%p] %a '"""
    return "%s [%d] %s %s:  %s" % (pg(dt), pid, appname, level, msg)


def rust_tracing(dt, level, target, msg, **kw):
    """tracing_subscriber fmt (ANSI off): 2026-...Z  INFO target: msg key=value"""
    s = "%s %5s %s: %s" % (iso_us(dt), level, target, msg)
    for k, v in kw.items():
        s += " %s=%s" % (k, v)
    return s


def winston(dt, level, msg, **kw):
    d = {"level": level, "message": msg}
    d.update(kw)
    d["service"] = d.get("service", "yard-display")
    d["timestamp"] = iso_ms(dt)
    return jdump(d)


def structlog_json(dt, level, event, **kw):
    d = {"event": event}
    d.update(kw)
    d["level"] = level
    d["logger"] = d.get("logger", "lab_results")
    d["timestamp"] = iso_us(dt)
    return jdump(d)


def zerolog(dt, level, msg, **kw):
    d = {"level": level}
    d.update(kw)
    d["time"] = iso_s(dt)
    d["message"] = msg
    return jdump(d)


def slog_json(dt, level, msg, **kw):
    d = {"time": iso_ns(dt).replace("Z", "Z"), "level": level, "msg": msg}
    d.update(kw)
    return jdump(d)


def pika_log(dt, level, name, msg):
    return "%s %s %s %s" % (sp_ms(dt), level, name, msg)


def sug_kubelet_chatter(node):
    def fn(dt, rng):
        uid = "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
        opts = [
            lambda: klogl(dt, "I", 3117, "kubelet.go:2456", '"SyncLoop (probe)" probe="readiness" status="ready" pod="kube-system/rke2-canal-%s"' % k8s_suffix(rng, 5)),
            lambda: klogl(dt, "I", 3117, "container_gc.go:88", '"Attempting to delete unused containers"'),
            lambda: klogl(dt, "I", 3117, "kubelet_volumes.go:163", '"Cleaned up orphaned pod volumes dir" podUID="%s" path="/var/lib/kubelet/pods/%s/volumes"' % (uid, uid)),
            lambda: klogl(dt, "I", 3117, "reconciler_common.go:258", '"operationExecutor.MountVolume started for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\")"' % (k8s_suffix(rng, 5), uid, k8s_suffix(rng, 5))),
        ]
        return rng.choice(opts)()
    return fn


def sug_fleet_chatter(dt, rng):
    b = rng.choice(["campaign", "process", "lab", "historian", "infra", "mqtt"])
    return logrus(dt, "info", rng.choice(["Deploying bundle", "bundle status is ready"]),
                  bundle="fleet-default/zf-nord-%s" % b, cluster="local", deploymentID="s-%s:%s" % (hexs(rng, 32), hexs(rng, 64)[:64]))
