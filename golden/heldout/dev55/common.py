"""Shared helpers for the dev55 held-out golden set.

Each record is built with a Rec: entries are (offset_seconds, labels, line, is_evidence).
Lines may contain time tokens (@ISO@, @KD@, ...) that are rendered from the entry's own
timestamp, so the text inside the line always agrees with the `ts` field.
Everything is deterministic: every Rec owns a random.Random seeded from a string.
"""
import datetime as _dt
import random

SEED = 205555
UTC = _dt.timezone.utc
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def _tokens(t, micro):
    """All supported time renderings for datetime t (UTC). micro = 6-digit microseconds."""
    ms = micro // 1000
    d = t
    mon = MONTHS[d.month - 1]
    hms = d.strftime("%H:%M:%S")
    ymd = d.strftime("%Y-%m-%d")
    return {
        "@ISO@": f"{ymd}T{hms}.{ms:03d}Z",
        "@ISOS@": f"{ymd}T{hms}Z",
        "@ISO6@": f"{ymd}T{hms}.{micro:06d}Z",
        "@ISOOFF@": f"{ymd}T{hms}.{ms:03d}+00:00",
        "@ERL@": f"{ymd}T{hms}.{micro:06d}+00:00",
        "@KD@": f"{d.month:02d}{d.day:02d} {hms}.{micro:06d}",
        "@CRDB@": f"{d.year % 100:02d}{d.month:02d}{d.day:02d} {hms}.{micro:06d}",
        "@JCTL@": f"{mon} {d.day:02d} {hms}",
        "@SYSLOG@": f"{mon} {d.day:2d} {hms}",
        "@NGX@": f"{d.year}/{d.month:02d}/{d.day:02d} {hms}",
        "@NATS@": f"{d.year}/{d.month:02d}/{d.day:02d} {hms}.{micro:06d}",
        "@CLF@": f"{d.day:02d}/{mon}/{d.year}:{hms} +0000",
        "@HAP@": f"{d.day:02d}/{mon}/{d.year}:{hms}.{ms:03d}",
        "@PG@": f"{ymd} {hms}.{ms:03d} UTC",
        "@JAVA@": f"{ymd} {hms},{ms:03d}",
        "@PULSAR@": f"{ymd}T{hms},{ms:03d}+0000",
        "@CEPH@": f"{ymd}T{hms}.{ms:03d}+0000",
        "@NIM@": f"{ymd} {hms}.{ms:03d}+00:00",
        "@REDIS@": f"{d.day:02d} {mon} {d.year} {hms}.{ms:03d}",
        "@MOJO@": f"{ymd} {hms}.{micro // 10:05d}",
        "@DT@": f"{ymd} {hms}",
        "@DREAM@": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {hms}.{ms:03d}",
        "@HMS@": hms,
        "@OSRM@": f"{d.day:02d}-{d.month:02d}-{d.year} {hms}",
        "@EPOCH@": f"{t.timestamp():.3f}",
        "@EPOCHMS@": str(int(round(t.timestamp() * 1000))),
    }


def render(line, t, micro):
    if "@" not in line:
        return line
    for k, v in _tokens(t, micro).items():
        if k in line:
            line = line.replace(k, v)
    return line


class Rec:
    def __init__(self, wid, start):
        self.wid = wid
        self.rng = random.Random(f"{SEED}:{wid}")
        self.start = start  # datetime, UTC
        self.entries = []

    # ---- names -------------------------------------------------------------------
    def rs_hash(self, n=10):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def suffix(self, n=5):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def pod(self, deploy, rs=None):
        return f"{deploy}-{rs or self.rs_hash(self.rng.choice([9, 10]))}-{self.suffix()}"

    def ip(self, prefix="10.42"):
        return f"{prefix}.{self.rng.randint(0, 7)}.{self.rng.randint(2, 250)}"

    def hexid(self, n=16):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    # ---- entries -----------------------------------------------------------------
    def add(self, sec, labels, line, ev=False):
        self.entries.append((float(sec), dict(labels), line, bool(ev)))

    def spread(self, t0, t1, n, fn):
        """Call fn(i, t) -> (labels, line) for n random times in [t0, t1]."""
        times = sorted(self.rng.uniform(t0, t1) for _ in range(n))
        for i, t in enumerate(times):
            out = fn(i, t)
            if out is None:
                continue
            if isinstance(out, list):
                for labels, line in out:
                    self.add(t, labels, line)
            else:
                labels, line = out
                self.add(t, labels, line)

    def build(self):
        order = sorted(range(len(self.entries)), key=lambda i: (round(self.entries[i][0], 3), i))
        logs, evidence = [], []
        for pos, i in enumerate(order):
            sec, labels, line, ev = self.entries[i]
            ms = int(round(sec * 1000))
            t = self.start + _dt.timedelta(milliseconds=ms)
            micro = (ms % 1000) * 1000 + self.rng.randint(0, 999)
            logs.append({
                "ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z",
                "labels": labels,
                "line": render(line, t, micro),
            })
            if ev:
                evidence.append(pos)
        return logs, evidence


def start_at(day, hour, minute, second=0):
    return _dt.datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


def selector(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


def record(wid, rec, question, sel, severity, category, component, root_cause, summary,
           action, tags):
    logs, evidence = rec.build()
    exp = {
        "severity": severity,
        "root_cause_category": category,
        "root_cause": root_cause,
        "summary": summary,
        "action": action,
        "evidence": evidence if category != "none" else [],
    }
    if component is not None:
        exp["component"] = component
    return {
        "id": wid,
        "source": "synthetic:dev55",
        "question": question,
        "selector": sel,
        "logs": logs,
        "expected": exp,
        "tags": sorted(tags),
    }


# ---- label helpers ---------------------------------------------------------------
def podl(ns, pod, container, node, **extra):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    d.update(extra)
    return d


def journal(node, unit):
    return {"job": "node-journal", "node": node, "unit": unit}


def kernel(node):
    return {"job": "node-journal", "node": node, "transport": "kernel"}


# ---- generic healthy noise -------------------------------------------------------
def noise_coredns(r, t0, t1, n, labels, names, client_ips):
    """CoreDNS `log` plugin lines for successful lookups."""
    def fn(i, t):
        name = r.rng.choice(names)
        qtype = r.rng.choice(["A", "A", "AAAA"])
        rc = "NOERROR"
        size = r.rng.randint(90, 200)
        lat = r.rng.uniform(0.00005, 0.0009)
        line = (f'[INFO] {r.rng.choice(client_ips)}:{r.rng.randint(32768, 60999)} - '
                f'{r.rng.randint(1000, 65000)} "{qtype} IN {name}. udp {r.rng.randint(50, 90)} false 512" '
                f'{rc} qr,aa,rd {size} {lat:.6f}s')
        return labels, line
    r.spread(t0, t1, n, fn)


def noise_ingress(r, t0, t1, n, labels, upstream, paths, ua="Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", statuses=(200,)):
    """ingress-nginx default access-log format."""
    def fn(i, t):
        path = r.rng.choice(paths)
        st = r.rng.choice(statuses)
        size = r.rng.randint(180, 24000)
        rt = r.rng.uniform(0.003, 0.25)
        line = (f'{r.ip("10.0")} - - [@CLF@] "GET {path} HTTP/1.1" {st} {size} "-" "{ua}" '
                f'{r.rng.randint(300, 700)} {rt:.3f} [{upstream}] [] {r.ip()}:8080 {size} {rt:.3f} {st} {r.hexid(32)}')
        return labels, line
    r.spread(t0, t1, n, fn)


def noise_fluentbit(r, t0, t1, n, labels, files):
    def fn(i, t):
        f = r.rng.choice(files)
        if r.rng.random() < 0.5:
            line = (f"[@NGX@] [ info] [input:tail:tail.0] inotify_fs_add(): inode={r.rng.randint(100000, 999999)} "
                    f"watch_fd={r.rng.randint(10, 90)} name={f}")
        else:
            line = (f"[@NGX@] [ info] [input:tail:tail.0] inotify_fs_remove(): inode={r.rng.randint(100000, 999999)} "
                    f"watch_fd={r.rng.randint(10, 90)}")
        return labels, line
    r.spread(t0, t1, n, fn)


def noise_pg_checkpoint(r, t, labels):
    w = r.rng.randint(40, 900)
    r.add(t, labels, "@PG@ [28] LOG:  checkpoint starting: time")
    r.add(t + r.rng.uniform(20, 28), labels,
          f"@PG@ [28] LOG:  checkpoint complete: wrote {w} buffers ({w / 163.84:.1f}%); 0 WAL file(s) added, "
          f"0 removed, {r.rng.randint(0, 3)} recycled; write={r.rng.uniform(20, 27):.3f} s, sync={r.rng.uniform(0.001, 0.05):.3f} s, "
          f"total={r.rng.uniform(27, 28):.3f} s; sync files={r.rng.randint(5, 60)}, longest={r.rng.uniform(0.001, 0.01):.3f} s, "
          f"average=0.001 s; distance={r.rng.randint(200, 9000)} kB, estimate={r.rng.randint(9000, 12000)} kB")


def noise_redis(r, t0, t1, n, labels):
    def fn(i, t):
        if i % 2 == 0:
            return labels, "1:M @REDIS@ * 100 changes in 300 seconds. Saving..."
        return labels, f"1:M @REDIS@ * Background saving terminated with success"
    r.spread(t0, t1, n, fn)


def noise_kubelet_probe_ok(r, t0, t1, n, labels, pods):
    """kubelet SyncLoop (probe) lines for healthy pods (journal MESSAGE only)."""
    pid = r.rng.randint(900, 3000)

    def fn(i, t):
        ns, pod = r.rng.choice(pods)
        probe = r.rng.choice(["readiness", "liveness", "readiness"])
        return labels, (f'I@KD@    {pid} kubelet.go:2542] "SyncLoop (probe)" probe="{probe}" '
                        f'status="ready" pod="{ns}/{pod}"' if probe == "readiness" else
                        f'I@KD@    {pid} kubelet.go:2542] "SyncLoop (probe)" probe="{probe}" '
                        f'status="" pod="{ns}/{pod}"')
    r.spread(t0, t1, n, fn)


def noise_certmanager(r, t0, t1, n, labels, certs):
    def fn(i, t):
        ns, name = r.rng.choice(certs)
        return labels, (f'I@KD@       1 trigger_controller.go:{r.rng.choice([194, 223])}] "cert-manager/certificates-trigger: '
                        f'certificate does not require re-issuance" key="{ns}/{name}"')
    r.spread(t0, t1, n, fn)


def noise_prom_remote(r, t0, t1, n, labels):
    def fn(i, t):
        return labels, (f'ts=@ISO@ caller=head.go:{r.rng.choice([1293, 1321])} level=info component=tsdb '
                        f'msg="Head GC completed" caller=truncateMemory duration={r.rng.uniform(5, 90):.3f}ms')
    r.spread(t0, t1, n, fn)


# ---- Kubernetes event streams ------------------------------------------------------
import json as _json


def ev_exporter(r, ns, kind, name, reason, message, etype="Warning", component="kubelet",
                host=None, count=1, fieldpath=None):
    """kubernetes-event-exporter (stdout sink) JSON line; timestamps rendered later."""
    obj = {"kind": kind, "namespace": ns, "name": name, "apiVersion": "v1" if kind in ("Pod", "Node") else "apps/v1"}
    if fieldpath:
        obj["fieldPath"] = fieldpath
    ev = {
        "metadata": {"name": f"{name}.{r.hexid(16)}", "namespace": ns},
        "involvedObject": obj,
        "reason": reason,
        "message": message,
        "source": {"component": component, **({"host": host} if host else {})},
        "firstTimestamp": "@ISOS@" if count == 1 else None,
        "lastTimestamp": "@ISOS@",
        "count": count,
        "type": etype,
        "reportingComponent": component,
        "reportingInstance": host or "",
    }
    if ev["firstTimestamp"] is None:
        del ev["firstTimestamp"]
    return _json.dumps(ev, separators=(",", ":"))


def ev_router(r, ns, kind, name, reason, message, etype="Warning", component="kubelet", host=None,
              count=1, verb="ADDED"):
    """heptio eventrouter style line."""
    ev = {"verb": verb, "event": {
        "metadata": {"name": f"{name}.{r.hexid(16)}", "namespace": ns},
        "involvedObject": {"kind": kind, "namespace": ns, "name": name},
        "reason": reason, "message": message,
        "source": {"component": component, **({"host": host} if host else {})},
        "lastTimestamp": "@ISOS@", "count": count, "type": etype}}
    return _json.dumps(ev, separators=(",", ":"))


def ev_alloy(r, ns, kind, name, reason, message, etype="Warning", component="kubelet", host="",
             rv="0"):
    """Grafana Alloy loki.source.kubernetes_events logfmt line."""
    msg = message.replace('"', '\\"')
    return (f'name={name}.{r.hexid(16)} kind={kind} action= objectAPIversion=v1 '
            f'objectRV={rv} reason={reason} type={etype} sourcecomponent={component} '
            f'sourcehost={host} msg="{msg}"')
