"""Helpers for the dev60 golden set: record builder, log-line formatters, noise pools."""
import datetime as _dt
import hashlib
import json
import random

UTC = _dt.timezone.utc

SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")
CATEGORIES = (
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
)


def _h(s, n, alphabet="bcdfghjklmnpqrstvwxz2456789"):
    """Deterministic pseudo-random string derived from s."""
    d = hashlib.sha256(s.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        out.append(alphabet[d[i % len(d)] % len(alphabet)])
        i += 1
        if i % len(d) == 0:
            d = hashlib.sha256(d).digest()
    return "".join(out)


def hexid(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def pod(deploy, salt="", rs=None):
    """Deployment-style pod name: deploy-<rs hash>-<suffix>."""
    rs = rs if rs is not None else _h(deploy + "rs" + salt, 10)
    return f"{deploy}-{rs}-{_h(deploy + salt + 'pod', 5)}"


def uid(s):
    h = hashlib.sha256(s.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def q(s):
    """Quote for logfmt / klog structured values."""
    return json.dumps(s)


# ----------------------------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------------------------
class Rec:
    def __init__(self, wid, domain, source, question, selector, start):
        self.wid = wid
        self.domain = domain
        self.source = source
        self.question = question
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        self.selector = sel
        self.t0 = _dt.datetime.fromisoformat(start.replace("Z", "+00:00")).astimezone(UTC)
        self.rows = []
        self.rng = random.Random("dev60/" + wid)
        self.exp = None
        self.tags = []
        self.noise_seq = set()

    def dt(self, t):
        return self.t0 + _dt.timedelta(seconds=t)

    def add(self, t, labels, fmt, *args, ev=False, **kw):
        d = self.dt(t)
        line = fmt(d, *args, **kw) if callable(fmt) else str(fmt)
        self.rows.append((t, len(self.rows), dict(labels), line, ev))
        return self

    def raw(self, t, labels, line, ev=False):
        return self.add(t, labels, line, ev=ev)

    def noise(self, pool, n, t_lo, t_hi, kinds=None):
        gens = [g for k, g in pool.items() if kinds is None or k in kinds]
        for _ in range(n):
            g = self.rng.choice(gens)
            t = round(self.rng.uniform(t_lo, t_hi), 3)
            n0 = len(self.rows)
            g(self, t)
            self.noise_seq.update(range(n0, len(self.rows)))

    def expect(self, severity, category, component, root_cause, summary, action, tags=()):
        assert severity in SEVERITIES and category in CATEGORIES
        self.exp = dict(severity=severity, root_cause_category=category, component=component,
                        root_cause=root_cause, summary=summary, action=action)
        self.tags = list(tags)

    def core_view(self):
        """Debug helper: time-ordered (index, is_evidence, labels, line) for non-noise rows."""
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        return [(i, r[4], r[2], r[3]) for i, r in enumerate(rows) if r[1] not in self.noise_seq]

    def build(self, final_id):
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        logs, ev = [], []
        for i, (t, _, labels, line, is_ev) in enumerate(rows):
            d = self.dt(t)
            ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
            logs.append({"ts": ts, "labels": labels, "line": line})
            if is_ev:
                ev.append(i)
        exp = dict(self.exp)
        exp["evidence"] = ev
        return {
            "id": final_id,
            "source": self.source,
            "question": self.question,
            "selector": self.selector,
            "tags": self.tags,
            "logs": logs,
            "expected": exp,
        }


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def _us(d):
    """Microseconds with plausible sub-millisecond digits (the record time has ms precision)."""
    us = d.microsecond
    if us % 1000 == 0:
        us += int(hexid(d.isoformat(), 4), 16) % 1000
    return us


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def iso_us(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{_us(d):06d}Z"


def iso_ns(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{_us(d):06d}" + "%03d" % (_us(d) * 7 % 997) + "Z"


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def epoch_ms(d):
    return int(d.timestamp() * 1000)


# ----------------------------------------------------------------------------------------------
# formatters: each takes the datetime first and returns one log line
# ----------------------------------------------------------------------------------------------
def klog(d, lvl, pid, src, msg):
    return f"{lvl}{d:%m%d %H:%M:%S}.{_us(d):06d} {pid:7d} {src}] {msg}"


def _key(k):
    k = k.rstrip("_").replace("__", ".")
    if k.startswith("dest_"):
        k = k.replace("_", "-")
    return k


def _lf(v):
    if isinstance(v, str) and (v == "" or any(c in v for c in ' "=')):
        return q(v)
    return v


def logrus(d, lvl, msg, _ns=False, **kv):
    t = iso_ns(d) if _ns else d.strftime("%Y-%m-%dT%H:%M:%SZ")
    s = f'time="{t}" level={lvl} msg={q(msg)}'
    for k, v in kv.items():
        s += f" {_key(k)}={_lf(v)}"
    return s


def containerd(d, lvl, msg, **kv):
    return logrus(d, lvl, msg, _ns=True, **kv)


def slog(d, lvl, msg, **kv):
    s = f"time={iso_ms(d)} level={lvl} msg={q(msg)}"
    for k, v in kv.items():
        s += f" {k}={_lf(v)}"
    return s


def zapj(d, lvl, caller, msg, **kv):
    o = {"level": lvl, "ts": iso_ms(d), "caller": caller, "msg": msg}
    o.update(kv)
    return json.dumps(o, separators=(",", ":"))


def spring(d, lvl, app, thread, logger, msg, pid=1):
    return f"{iso_ms(d)} {lvl:>5} {pid} --- [{app}] [{thread[-15:]:>15}] {logger:<40} : {msg}"


def pylog(d, lvl, name, msg):
    return f"{d:%Y-%m-%d %H:%M:%S},{d.microsecond // 1000:03d} {lvl} [{name}] {msg}"


def uvicorn(d, lvl, msg):
    return f"{d:%Y-%m-%d %H:%M:%S},{d.microsecond // 1000:03d} {lvl:<8} {msg}"


def pino(d, lvl, msg, host, **kv):
    levels = {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}
    o = {"level": levels[lvl], "time": epoch_ms(d), "pid": 1, "hostname": host}
    o.update(kv)
    o["msg"] = msg
    return json.dumps(o, separators=(",", ":"))


def dotnet(d, lvl, cat, eid, msg):
    return f"{iso_ms(d)} {lvl}: {cat}[{eid}] {msg}"


def rust(d, lvl, target, msg):
    return f"{iso_us(d)} {lvl:>5} {target}: {msg}"


def pg(d, pid, sev, msg, prefix=""):
    return f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond // 1000:03d} UTC [{pid}] {prefix}{sev}:  {msg}"


def cnpg(d, podname, sev, msg, pid, user="", db="", state="00000", conn="", backend="client backend",
         tag="", detail=None, hint=None):
    rec = {
        "log_time": f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond // 1000:03d} UTC",
        "user_name": user, "database_name": db, "process_id": str(pid),
        "connection_from": conn, "session_id": hexid(f"{podname}{pid}", 8) + "." + hexid(str(pid), 4),
        "session_line_num": "1", "command_tag": tag, "session_start_time": "",
        "virtual_transaction_id": "", "transaction_id": "0", "error_severity": sev,
        "sql_state_code": state, "message": msg,
    }
    if detail:
        rec["detail"] = detail
    if hint:
        rec["hint"] = hint
    rec["backend_type"] = backend
    rec["query_id"] = "0"
    o = {"level": "info", "ts": iso_us(d), "logger": "postgres", "msg": "record",
         "logging_pod": podname, "record": rec}
    return json.dumps(o, separators=(",", ":"))


def cnpg_im(d, lvl, msg, podname, **kv):
    o = {"level": lvl, "ts": iso_us(d), "msg": msg}
    o.update(kv)
    o["logging_pod"] = podname
    return json.dumps(o, separators=(",", ":"))


def mariadb(d, tid, lvl, msg):
    return f"{d:%Y-%m-%d} {d.hour:2d}:{d:%M:%S} {tid} [{lvl}] {msg}"


def kafka(d, lvl, msg, logger):
    return f"[{d:%Y-%m-%d %H:%M:%S},{d.microsecond // 1000:03d}] {lvl} {msg} ({logger})"


def rabbit(d, lvl, proc, msg):
    return f"{d:%Y-%m-%d %H:%M:%S}.{_us(d):06d}+00:00 [{lvl}] <{proc}> {msg}"


def redis(d, role, mark, msg, pid=1):
    return f"{pid}:{role} {d.day:02d} {d:%b %Y %H:%M:%S}.{d.microsecond // 1000:03d} {mark} {msg}"


def jul(d, lvl, logger, msg):
    return f"{d:%Y-%m-%d %H:%M:%S} {lvl} [{logger}] {msg}"


def log4j(d, lvl, thread, logger, msg):
    return f"{d:%Y-%m-%d %H:%M:%S},{d.microsecond // 1000:03d} [{thread}] {lvl:<5} {logger} - {msg}"


def kafkaclient(d, lvl, logger, msg):
    """Kafka java client inside a JUL-configured Phoebus process."""
    return jul(d, lvl, logger, msg)


def emqx(d, lvl, msg, **kv):
    parts = [f"{k}: {v}" for k, v in kv.items()]
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_us(d):06d}+00:00 [{lvl}] " + ", ".join(["msg: " + msg] + parts)


def nginx_access(d, ip, method, path, status, size, ua, upstream, addr, urt, ustatus, ref="-",
                 reqlen=None, rt=None, proto="HTTP/2.0"):
    reqlen = reqlen if reqlen is not None else 60 + len(path) * 2
    rt = rt if rt is not None else urt
    rid = hexid(f"{iso_us(d)}{path}{ip}", 32)
    return (f'{ip} - - [{clf(d)}] "{method} {path} {proto}" {status} {size} "{ref}" "{ua}" '
            f'{reqlen} {rt} [{upstream}] [] {addr} {size if addr != "-" else "-"} {urt} {ustatus} {rid}')


def nginx_error(d, lvl, pid, conn, msg):
    return f"{d:%Y/%m/%d %H:%M:%S} [{lvl}] {pid}#{pid}: *{conn} {msg}"


def traefik(d, ip, method, path, status, size, router, backend, ms, proto="HTTP/1.1", n=0):
    return (f'{ip} - - [{clf(d)}] "{method} {path} {proto}" {status} {size} "-" "-" {n} '
            f'"{router}" "{backend}" {ms}ms')


def haproxy(d, client, fe, be, timers, status, size, conns, req):
    return (f"{client} [{d:%d/%b/%Y:%H:%M:%S}.{d.microsecond // 1000:03d}] {fe} {be} {timers} "
            f"{status} {size} - - ---- {conns} 0/0 \"{req}\"")


def ceph(d, thread, msg):
    return f"{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond // 1000:03d}+0000 {thread} {msg}"


def evt_logfmt(d, name, kind, reason, typ, msg, comp, host="", count=1, rv=None):
    """Kubernetes event as written by Grafana Alloy loki.source.kubernetes_events (logfmt)."""
    rv = rv if rv is not None else int(hexid(name + reason, 6), 16) % 9000000 + 1000000
    suffix = hexid(name + reason + msg, 16)
    api = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1", "Service": "v1",
           "HorizontalPodAutoscaler": "autoscaling/v2", "Certificate": "cert-manager.io/v1",
           "CertificateRequest": "cert-manager.io/v1", "Job": "batch/v1", "CronJob": "batch/v1"}.get(kind, "apps/v1")
    s = (f"name={name}.{suffix} kind={kind} action= objectAPIversion={api} "
         f"objectRV={rv} reason={reason} type={typ} msg={q(msg)} reportingcontroller={comp} ")
    if host:
        s += f"reportinginstance={host} "
    s += f"sourcecomponent={comp} "
    if host:
        s += f"sourcehost={host} "
    s += f"count={count}"
    return s


def evt_json(d, ns, name, kind, reason, typ, msg, comp, host="", count=1, first=None):
    """Kubernetes event as written by kubernetes-event-exporter (stdout JSON sink)."""
    first = first or d
    o = {
        "metadata": {"name": f"{name}.{hexid(name + reason + msg, 16)}", "namespace": ns,
                     "creationTimestamp": iso_s(first)},
        "reason": reason, "message": msg,
        "source": {"component": comp, **({"host": host} if host else {})},
        "firstTimestamp": iso_s(first), "lastTimestamp": iso_s(d), "count": count, "type": typ,
        "involvedObject": {"kind": kind, "namespace": ns, "name": name},
    }
    if kind == "Node":
        o["metadata"]["namespace"] = "default"
        o["involvedObject"].pop("namespace")
    return json.dumps(o, separators=(",", ":"))


# ----------------------------------------------------------------------------------------------
# label helpers
# ----------------------------------------------------------------------------------------------
def L(ns, podname, container, node, app=None, **extra):
    d = {"namespace": ns, "pod": podname, "container": container, "node": node}
    if app:
        d["app"] = app
    d.update(extra)
    return d


def EV(ns, cluster):
    return {"namespace": ns, "job": "kubernetes-events", "cluster": cluster}


def JN(node, unit, cluster):
    return {"job": "node/journal", "node": node, "unit": unit, "cluster": cluster}


UA_BROWSER = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/122.0.0.0 Safari/537.36")
UA_IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.3 Mobile/15E148 Safari/604.1")
UA_ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/122.0.6261.64 Mobile Safari/537.36")
UAS = (UA_BROWSER, UA_IPHONE, UA_ANDROID)


# ==============================================================================================
# Domain F: Greenvault Vertical Farms, site BER1 (k3s, Traefik, Longhorn, TimescaleDB, EMQX, Harbor, Fleet)
# ==============================================================================================
F_CLUSTER = "gv-ber1"
F_NODES = ["gv-ber1-srv01", "gv-ber1-srv02", "gv-ber1-srv03",
           "gv-ber1-agt01", "gv-ber1-agt02", "gv-ber1-agt03", "gv-ber1-agt04"]
F_POD = {
    "climate-controller": ("climate", pod("climate-controller"), "gv-ber1-agt01"),
    "climate-dashboard": ("climate", pod("climate-dashboard"), "gv-ber1-agt03"),
    "nutrient-dosing": ("fertigation", pod("nutrient-dosing"), "gv-ber1-agt02"),
    "telemetry-ingest": ("telemetry", pod("telemetry-ingest"), "gv-ber1-agt03"),
    "emqx": ("telemetry", "emqx-1", "gv-ber1-agt02"),
    "timescaledb": ("data", "timescaledb-0", "gv-ber1-agt04"),
    "redis": ("data", "redis-master-0", "gv-ber1-agt02"),
    "harvest-scheduler": ("harvest", pod("harvest-scheduler"), "gv-ber1-agt02"),
    "lighting-scheduler": ("lighting", pod("lighting-scheduler"), "gv-ber1-agt01"),
    "traefik": ("kube-system", pod("traefik"), "gv-ber1-srv01"),
    "fleet-agent": ("cattle-fleet-system", pod("fleet-agent"), "gv-ber1-srv02"),
}


def FL(name, container=None, **extra):
    ns, p, node = F_POD[name]
    return L(ns, p, container or name, node, app=name, cluster=F_CLUSTER, **extra)


def FEV(ns):
    return EV(ns, F_CLUSTER)


def FJ(node, unit="k3s-agent.service"):
    return JN(node, unit, F_CLUSTER)


def FC(node):
    """k3s embedded containerd log file (not in the journal)."""
    return {"job": "node/containerd", "node": node, "filename": "/var/lib/rancher/k3s/agent/containerd/containerd.log",
            "cluster": F_CLUSTER}


ROOMS = ["G1", "G2", "G3", "G4", "G5", "N1"]
RACKS = ["rack-a1-03", "rack-a2-11", "rack-b1-07", "rack-b2-02", "rack-c1-09", "rack-c3-04", "rack-n1-01"]


def _f_traefik(r, t):
    path, router, svc, ms = r.rng.choice([
        ("/api/v1/rooms/%s/climate" % r.rng.choice(ROOMS), "websecure-climate-dashboard-3f9a1c@kubernetescrd",
         "http://10.42.3.21:8080", r.rng.randint(2, 14)),
        ("/api/v1/plans/today", "websecure-harvest-ui-7b20de@kubernetescrd", "http://10.42.2.33:8080",
         r.rng.randint(8, 40)),
        ("/static/js/app.4c1b9e.js", "websecure-climate-dashboard-3f9a1c@kubernetescrd", "http://10.42.3.21:8080", 1),
    ])
    r.add(t, FL("traefik"), traefik, "10.42.0.1", "GET", path, 200, r.rng.randint(300, 9000), router, svc, ms,
          n=r.rng.randint(1000, 99999))


def _f_emqx(r, t):
    cid = r.rng.choice(RACKS)
    kind = r.rng.random()
    if kind < 0.5:
        r.add(t, FL("emqx"), emqx, "info", "session_subscribed", clientid=cid,
              topic=f"gv/ber1/{cid}/cmd/#", qos=1)
    else:
        r.add(t, FL("emqx"), emqx, "info", "client_connected", clientid=cid,
              peername=f"10.20.{r.rng.randint(1, 6)}.{r.rng.randint(10, 200)}:{r.rng.randint(30000, 60000)}",
              proto_ver=5, keepalive=60)


def _f_dosing(r, t):
    zone = r.rng.choice(["A1", "A2", "B1", "B2", "C1", "C3"])
    ph = round(r.rng.uniform(5.7, 6.1), 2)
    ec = round(r.rng.uniform(1.5, 1.9), 2)
    r.add(t, FL("nutrient-dosing"), pylog, "INFO", "dosing.loop",
          f"zone={zone} tank=T{r.rng.randint(1, 6)} ph={ph} ec={ec}mS/cm dose_a=0.0ml dose_b=0.0ml acid=0.0ml within_band=True")


def _redis_save(r, t, labels):
    pid = r.rng.randint(300, 900)
    r.add(t, labels, redis, "M", "*", "100 changes in 300 seconds. Saving...")
    r.add(t + 0.001, labels, redis, "M", "*", "Background saving started by pid %d" % pid)
    r.add(t + 0.002, labels, redis, "C", "*", "DB saved on disk", pid=pid)
    r.add(t + 0.101, labels, redis, "M", "*", "Background saving terminated with success")


def _f_redis(r, t):
    _redis_save(r, t, FL("redis"))


def _f_climate(r, t):
    room = ROOMS[int(t * 10) % len(ROOMS)]
    r.add(t, FL("climate-controller"), slog, "INFO", "control loop", room=room,
          temp_c=round(r.rng.uniform(21.5, 23.5), 1), rh=round(r.rng.uniform(62, 72), 1),
          co2_ppm=r.rng.randint(900, 1150), hvac_mode="cool" if r.rng.random() < 0.6 else "idle")


def _f_telemetry(r, t):
    r.add(t, FL("telemetry-ingest"), pylog, "INFO", "ingest.writer",
          f"flushed {r.rng.randint(800, 2400)} points to sensor_readings in {r.rng.randint(40, 160)} ms (queue=0)")


def _f_harvest(r, t):
    r.add(t, FL("harvest-scheduler"), spring, "INFO", "harvest-scheduler", "scheduling-1",
          "f.g.harvest.plan.PlanRefreshJob",
          f"harvest plan refreshed: {r.rng.randint(8, 30)} trays ready in zone {r.rng.choice('ABC')}{r.rng.randint(1, 3)}")


def _f_lighting(r, t):
    r.add(t, FL("lighting-scheduler"), rust, "INFO", "lighting_scheduler::dimmer",
          f"zone={r.rng.choice(ROOMS)} channel={r.rng.choice(['red', 'blue', 'far_red', 'white'])} "
          f"level={round(r.rng.uniform(0.3, 1.0), 2)} ramp_ms=2000")


def _f_fleet(r, t):
    b = r.rng.choice(["climate-stack", "fertigation-stack", "telemetry-stack", "harvest-stack"])
    r.add(t, FL("fleet-agent"), logrus, "info", "bundle ready", bundle=b,
          namespace="fleet-local", generation=40 + int(hexid(b, 4), 16) % 50)


F_NOISE = {"traefik": _f_traefik, "emqx": _f_emqx, "dosing": _f_dosing, "redis": _f_redis,
           "climate": _f_climate, "telemetry": _f_telemetry, "harvest": _f_harvest,
           "lighting": _f_lighting, "fleet": _f_fleet}


# ==============================================================================================
# Domain A: Northfield University Accelerator Controls (kubeadm, Cilium, HAProxy ingress,
#           Rook-Ceph, Argo CD, GitLab registry, MariaDB Galera, Strimzi Kafka, Elasticsearch)
# ==============================================================================================
A_CLUSTER = "acc-ctrl"
A_POD = {
    "epics-archiver": ("archiver", "epics-archiver-0", "acc-wk02"),
    "phoebus-alarm-server": ("alarms", pod("phoebus-alarm-server"), "acc-wk03"),
    "phoebus-alarm-logger": ("alarms", pod("phoebus-alarm-logger"), "acc-wk03"),
    "alarms-kafka-0": ("alarms", "alarms-kafka-0", "acc-wk01"),
    "alarms-kafka-1": ("alarms", "alarms-kafka-1", "acc-wk02"),
    "alarms-kafka-2": ("alarms", "alarms-kafka-2", "acc-wk04"),
    "olog": ("olog", pod("olog"), "acc-wk04"),
    "olog-es": ("olog", "olog-es-default-0", "acc-wk01"),
    "ca-gateway": ("controls", pod("ca-gateway"), "acc-wk05"),
    "pva-gateway": ("controls", pod("pva-gateway"), "acc-wk06"),
    "magnet-ps-ioc": ("controls", "magnet-ps-ioc-0", "acc-wk05"),
    "blm-ioc": ("controls", "blm-ioc-0", "acc-wk06"),
    "tango-databaseds": ("tango", pod("tango-databaseds"), "acc-wk05"),
    "tango-ds-vacuum": ("tango", pod("tango-ds-vacuum"), "acc-wk06"),
    "tango-db-0": ("tango", "tango-db-0", "acc-wk01"),
    "tango-db-1": ("tango", "tango-db-1", "acc-wk03"),
    "tango-db-2": ("tango", "tango-db-2", "acc-wk04"),
    "haproxy": ("haproxy-controller", pod("haproxy-kubernetes-ingress"), "acc-wk01"),
    "argocd": ("argocd", "argocd-application-controller-0", "acc-wk03"),
    "ceph-osd": ("rook-ceph", pod("rook-ceph-osd-3"), "acc-wk04"),
    "ioc-operator": ("controls", pod("ioc-operator"), "acc-wk03"),
}


def AL(name, container=None, **extra):
    ns, p, node = A_POD[name]
    app = extra.pop("app", None) or name
    return L(ns, p, container or name, node, app=app, cluster=A_CLUSTER, **extra)


def AEV(ns):
    return EV(ns, A_CLUSTER)


def AJ(node, unit="kubelet.service"):
    return JN(node, unit, A_CLUSTER)


PVS = ["SR-MG-QF01:Current-RB", "SR-MG-QD03:Current-RB", "LI-RF-KLY2:FwdPwr", "SR-DI-DCCT:Current",
       "BO-MG-BEND:Current-RB", "SR-VA-IG07:Pressure", "SR-DI-BPM12:X", "SR-DI-BPM12:Y", "LI-DI-ICT1:Charge"]


def _a_haproxy(r, t):
    path = r.rng.choice(["/Olog/logs?limit=20", "/Olog/logs/search?tags=Operations",
                         "/mgmt/bpl/getPVStatus?pv=SR-DI-DCCT:Current", "/retrieval/data/getData.json?pv=SR-MG-QF01:Current-RB"])
    be = "olog-olog-8080/SRV_1" if path.startswith("/Olog") else "archiver-epics-archiver-17665/SRV_1"
    tr = r.rng.randint(4, 60)
    r.add(t, AL("haproxy", container="kubernetes-ingress-controller", app="haproxy-ingress"), haproxy,
          f"10.30.{r.rng.randint(8, 9)}.{r.rng.randint(10, 250)}:{r.rng.randint(40000, 65000)}",
          "https~", be, f"0/0/1/{tr}/{tr + 1}", 200, r.rng.randint(600, 40000),
          f"{r.rng.randint(3, 20)}/{r.rng.randint(3, 20)}/0/0/0", f"GET {path} HTTP/1.1")


def _a_etl(r, t):
    r.add(t, AL("epics-archiver", container="archiver"), log4j, "INFO", "ETL_STS_MTS", "org.epics.archiverappliance.etl.common.ETLJob",
          f"ETL from STS to MTS moved {r.rng.randint(200, 1400)} partitions for {r.rng.randint(4000, 9000)} PVs in {r.rng.randint(900, 4200)} ms")


def _a_kafka_roll(r, t):
    b = r.rng.choice(["alarms-kafka-0", "alarms-kafka-2"])
    topic = r.rng.choice(["Accelerator", "AcceleratorState", "AcceleratorCommand"])
    r.add(t, AL(b, container="kafka", app="alarms-kafka"), kafka, "INFO",
          f"[LocalLog partition={topic}-0, dir=/var/lib/kafka/data-0/kafka-log{b[-1]}] Rolled new log segment at offset "
          f"{r.rng.randint(1000000, 3000000)} in {r.rng.randint(1, 6)} ms.", "kafka.log.LocalLog")


def _a_alarm_logger(r, t):
    pv = r.rng.choice(PVS)
    r.add(t, AL("phoebus-alarm-logger", container="alarm-logger"), jul, "INFO",
          "org.phoebus.alarm.logging.AlarmMessageLogger",
          f"Indexed state update for {pv} ({r.rng.choice(['OK', 'MINOR_ACK', 'OK'])})")


def _a_tango_vac(r, t):
    g = r.rng.choice(["sr/vac/ig-07", "sr/vac/ig-12", "li/vac/ig-02", "bo/vac/ip-04"])
    r.add(t, AL("tango-ds-vacuum", container="ds"), raw_,
          f"{iso_ms(r.dt(t))} INFO {g} pressure read {round(r.rng.uniform(1.1, 8.9), 2)}e-10 mbar (state=ON)")


def _a_ceph(r, t):
    pg_ = f"{r.rng.randint(2, 9)}.{r.rng.randint(1, 127):x}"
    r.add(t, AL("ceph-osd", container="osd", app="rook-ceph-osd"), ceph, "7f3b2c8d1700",
          f" 0 log_channel(cluster) log [DBG] : {pg_} {r.rng.choice(['scrub starts', 'scrub ok', 'deep-scrub ok'])}")


def _a_magnet(r, t):
    mag = r.rng.choice(["SR-MG-QF01", "SR-MG-QD03", "SR-MG-SF02", "BO-MG-BEND"])
    r.add(t, AL("magnet-ps-ioc", container="ioc"), raw_,
          f"{r.dt(t):%Y/%m/%d %H:%M:%S}.{r.dt(t).microsecond // 1000:03d} {mag}: setpoint reached I={round(r.rng.uniform(80, 400), 2)} A dI/dt=0.00 A/s")


def _a_argocd(r, t):
    app = r.rng.choice(["archiver", "alarms", "olog", "controls-gateways", "tango"])
    r.add(t, AL("argocd", container="argocd-application-controller", app="argocd"), logrus, "info",
          "Reconciliation completed", application=f"argocd/{app}", dedup_ms=0, dest_name="",
          dest_namespace=app if app != "controls-gateways" else "controls", dest_server="https://kubernetes.default.svc",
          fields__level=r.rng.randint(0, 2), time_ms=r.rng.randint(40, 400))


def _a_es(r, t):
    o = {"@timestamp": iso_ms(r.dt(t)), "log.level": "INFO",
         "message": r.rng.choice(["[olog_logs] update_mapping [_doc]", "[gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (r.rng.randint(1000, 9000), r.rng.randint(250, 400))]),
         "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
         "process.thread.name": "elasticsearch[olog-es-default-0][generic][T#3]",
         "log.logger": "org.elasticsearch.cluster.metadata.MetadataMappingService", "elasticsearch.node.name": "olog-es-default-0",
         "elasticsearch.cluster.name": "olog-es"}
    r.add(t, AL("olog-es", container="elasticsearch", app="olog-es"), raw_, json.dumps(o, separators=(",", ":")))


def _a_blm(r, t):
    r.add(t, AL("blm-ioc", container="ioc"), raw_,
          f"{r.dt(t):%Y/%m/%d %H:%M:%S}.{r.dt(t).microsecond // 1000:03d} BLM:SR:C{r.rng.randint(1, 12):02d} integrated loss {round(r.rng.uniform(0.1, 2.5), 2)} nC/s (threshold 40.0)")


A_NOISE = {"haproxy": _a_haproxy, "etl": _a_etl, "kafka": _a_kafka_roll, "alarm_logger": _a_alarm_logger,
           "tango_vac": _a_tango_vac, "ceph": _a_ceph, "magnet": _a_magnet, "argocd": _a_argocd,
           "es": _a_es, "blm": _a_blm}


# ==============================================================================================
# Domain T: Meridian Expo & Convention Centre (AKS, ingress-nginx, Azure Disk, CloudNativePG,
#           RabbitMQ, Redis, ACR, Flux)
# ==============================================================================================
T_CLUSTER = "aks-mecc-prod-weu"
T_POD = {
    "ticket-shop": ("ticketing", pod("ticket-shop"), "aks-apps-31846207-vmss000001"),
    "payment-adapter": ("payments", pod("payment-adapter"), "aks-apps-31846207-vmss000002"),
    "badge-print-spooler": ("badges", pod("badge-print-spooler"), "aks-apps-31846207-vmss000000"),
    "hall-booking": ("halls", pod("hall-booking"), "aks-apps-31846207-vmss000003"),
    "hall-booking-db-1": ("halls", "hall-booking-db-1", "aks-apps-31846207-vmss000002"),
    "exhibitor-portal": ("exhibitors", pod("exhibitor-portal"), "aks-apps-31846207-vmss000004"),
    "lead-scan-api": ("exhibitors", pod("lead-scan-api"), "aks-apps-31846207-vmss000003"),
    "access-control-gate": ("gates", pod("access-control-gate"), "aks-apps-31846207-vmss000000"),
    "rabbitmq": ("messaging", "mecc-rabbitmq-server-0", "aks-apps-31846207-vmss000004"),
    "redis": ("ticketing", "redis-sessions-master-0", "aks-apps-31846207-vmss000002"),
    "ingress-nginx": ("ingress-nginx", pod("ingress-nginx-controller"), "aks-system-31846207-vmss000001"),
    "flux": ("flux-system", pod("kustomize-controller"), "aks-system-31846207-vmss000000"),
    "ticketing-db-1": ("ticketing", "ticketing-db-1", "aks-apps-31846207-vmss000003"),
}


def TL(name, container=None, **extra):
    ns, p, node = T_POD[name]
    app = extra.pop("app", None) or name
    return L(ns, p, container or name, node, app=app, cluster=T_CLUSTER, **extra)


def TEV(ns):
    return EV(ns, T_CLUSTER)


def TJ(node, unit="kubelet.service"):
    return JN(node, unit, T_CLUSTER)


def _t_nginx(r, t):
    choice = r.rng.random()
    ua = r.rng.choice(UAS)
    if choice < 0.45:
        path = r.rng.choice(["/api/tickets/availability?day=%d" % r.rng.randint(1, 4), "/api/events/medtec-2026",
                             "/shop/cart", "/api/tickets/categories"])
        up, addr = "ticketing-ticket-shop-8080", "10.244.3.%d:8080" % r.rng.randint(10, 60)
    elif choice < 0.75:
        path = r.rng.choice(["/api/exhibitors?hall=%d" % r.rng.randint(1, 9), "/_next/data/b7Xk2/exhibitors.json",
                             "/api/exhibitors/%d" % r.rng.randint(1000, 4000)])
        up, addr = "exhibitors-exhibitor-portal-3000", "10.244.5.%d:3000" % r.rng.randint(10, 60)
    else:
        path = r.rng.choice(["/api/halls/%d/slots?date=2026-04-1%d" % (r.rng.randint(1, 9), r.rng.randint(0, 9)),
                             "/api/halls/bookings/%d" % r.rng.randint(20000, 29999)])
        up, addr = "halls-hall-booking-8080", "10.244.4.%d:8080" % r.rng.randint(10, 60)
    urt = round(r.rng.uniform(0.004, 0.09), 3)
    ip = "%d.%d.%d.%d" % (r.rng.choice([84, 91, 178, 2 + 77]), r.rng.randint(1, 254), r.rng.randint(1, 254), r.rng.randint(1, 254))
    r.add(t, TL("ingress-nginx", container="controller"), nginx_access, ip, "GET", path, 200,
          r.rng.randint(400, 30000), ua, up, addr, urt, 200)


def _t_ticket(r, t):
    msg = r.rng.choice([
        ("Mecc.Tickets.Api.Availability.AvailabilityService", 0, "Availability for day %d served from cache (age 4s)" % r.rng.randint(1, 4)),
        ("Mecc.Tickets.Api.Orders.OrderService", 12, "Order T-26-%06d created for 2 items" % r.rng.randint(1, 999999)),
        ("Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://tickets.meridian-expo.com/api/tickets/categories - 200 - application/json;+charset=utf-8 %.4fms" % r.rng.uniform(3, 30)),
    ])
    r.add(t, TL("ticket-shop"), dotnet, "info", msg[0], msg[1], msg[2])


def _t_rabbit(r, t):
    ip = "10.244.%d.%d" % (r.rng.randint(0, 5), r.rng.randint(10, 90))
    port = r.rng.randint(33000, 60000)
    pid = "0.%d.0" % r.rng.randint(20000, 40000)
    if r.rng.random() < 0.5:
        r.add(t, TL("rabbitmq", container="rabbitmq"), rabbit, "info", pid,
              f"accepting AMQP connection <{pid}> ({ip}:{port} -> 10.244.5.14:5672)")
    else:
        r.add(t, TL("rabbitmq", container="rabbitmq"), rabbit, "info", pid,
              f"connection <{pid}> ({ip}:{port} -> 10.244.5.14:5672): user 'svc-{r.rng.choice(['tickets', 'badges', 'halls'])}' authenticated and granted access to vhost 'mecc'")


def _t_flux(r, t):
    ks = r.rng.choice(["ticketing", "badges", "halls", "exhibitors", "gates", "infra-controllers"])
    o = {"level": "info", "ts": iso_ms(r.dt(t)), "msg": "server-side apply completed", "controller": "kustomization",
         "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
         "Kustomization": {"name": ks, "namespace": "flux-system"}, "namespace": "flux-system", "name": ks,
         "reconcileID": uid(ks + iso_ms(r.dt(t))), "output": {}}
    r.add(t, TL("flux", container="manager", app="kustomize-controller"), raw_, json.dumps(o, separators=(",", ":")))


def _t_halls(r, t):
    r.add(t, TL("hall-booking"), spring, "INFO", "hall-booking", "http-nio-8080-exec-%d" % r.rng.randint(1, 10),
          "c.m.halls.booking.SlotQueryService", f"slot query hall={r.rng.randint(1, 9)} date=2026-04-1{r.rng.randint(0, 9)} rows={r.rng.randint(4, 40)} took={r.rng.randint(3, 30)}ms")


def _t_exhib(r, t):
    ns, p, node = T_POD["exhibitor-portal"]
    r.add(t, TL("exhibitor-portal"), pino, "info", "request completed", p,
          req={"method": "GET", "url": "/api/exhibitors?hall=%d" % r.rng.randint(1, 9)}, res={"statusCode": 200},
          responseTime=r.rng.randint(5, 60))


def _t_gate(r, t):
    r.add(t, TL("access-control-gate", container="gate"), slog, "INFO", "scan accepted",
          lane=f"{r.rng.choice(['N', 'S', 'W'])}{r.rng.randint(1, 8)}", badge_prefix="B-2026-%02d" % r.rng.randint(0, 99),
          latency_ms=r.rng.randint(8, 40))


def _t_badge(r, t):
    desk = r.rng.choice(["prn-hall1-desk02", "prn-hall2-desk04", "prn-hall3-desk01", "prn-entrance-south-07"])
    r.add(t, TL("badge-print-spooler", container="spooler"), dotnet, "info", "Mecc.Badges.Spooler.PrintWorker", 20,
          f"Printed badge B-2026-{r.rng.randint(10000, 99999):06d} on {desk} in {round(r.rng.uniform(1.2, 2.6), 1)}s")


def _t_redis(r, t):
    _redis_save(r, t, TL("redis", container="redis", app="redis-sessions"))


T_NOISE = {"nginx": _t_nginx, "ticket": _t_ticket, "rabbit": _t_rabbit, "flux": _t_flux, "halls": _t_halls,
           "exhib": _t_exhib, "gate": _t_gate, "badge": _t_badge, "redis": _t_redis}


def raw_(d, s):
    return s
