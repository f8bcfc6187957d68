#!/usr/bin/env python3
"""make_dev27.py - generator for the dev27 held-out LogLens evaluation set.

Python 3 standard library only.  Deterministic: a fixed seed, and every
record draws from its own random.Random seeded from SEED plus the scenario
name, so adding or reordering scenarios never changes another record.

usage:
    python3 make_dev27.py [OUT.jsonl]          # default /tmp/dev27/dev27.jsonl
    python3 make_dev27.py [OUT.jsonl] --stats  # also print aggregate counts only
"""
import datetime as _dt
import hashlib
import json
import random
import sys
from collections import Counter

SEED = 202727
DEFAULT_OUT = "/tmp/dev27/dev27.jsonl"
UTC = _dt.timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HCH = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes rand.SafeEncodeString alphabet
SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


def J(**kw):
    """Compact JSON log body; "%EPOCH%"/"%EPOCHMS%" become bare numbers."""
    s = json.dumps(kw, separators=(",", ":"), ensure_ascii=False)
    return s.replace('"%EPOCH%"', "%EPOCH%").replace('"%EPOCHMS%"', "%EPOCHMS%")


def JD(d):
    s = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
    return s.replace('"%EPOCH%"', "%EPOCH%").replace('"%EPOCHMS%"', "%EPOCHMS%")


def _drop_none(d):
    return {k: v for k, v in d.items() if v is not None}


def pod_labels(conv, cluster, ns, pod, ctr, node, app, wl, wk):
    """Stream labels as each shipper convention writes them into Loki."""
    if conv == "promtail":
        return _drop_none({"namespace": ns, "pod": pod, "container": ctr, "app": app,
                           "job": f"{ns}/{app or ctr}", "node_name": node, "stream": "stdout"})
    if conv == "alloy":
        return _drop_none({"cluster": cluster, "namespace": ns, "pod": pod, "container": ctr,
                           "job": f"{ns}/{ctr}", "app_kubernetes_io_name": app,
                           "service_name": app or ctr, "instance": f"{ns}/{pod}:{ctr}"})
    if conv == "fluentbit":
        return _drop_none({"job": "fluent-bit", "kubernetes_namespace_name": ns,
                           "kubernetes_pod_name": pod, "kubernetes_container_name": ctr,
                           "kubernetes_host": node, "kubernetes_labels_app": app,
                           "stream": "stdout"})
    if conv == "vector":
        return _drop_none({"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
                           "kubernetes_pod_name": pod, "kubernetes_container_name": ctr,
                           "kubernetes_pod_node_name": node,
                           "kubernetes_pod_labels_app_kubernetes_io_name": app})
    if conv == "otel":
        d = {"service_name": app or ctr, "k8s_cluster_name": cluster, "k8s_namespace_name": ns,
             "k8s_pod_name": pod, "k8s_container_name": ctr, "k8s_node_name": node}
        if wl:
            d[f"k8s_{wk}_name"] = wl
        return _drop_none(d)
    if conv == "filebeat":
        return _drop_none({"agent_type": "filebeat", "data_stream_dataset": "kubernetes.container_logs",
                           "kubernetes_namespace": ns, "kubernetes_pod_name": pod,
                           "kubernetes_container_name": ctr, "kubernetes_node_name": node,
                           "kubernetes_labels_app": app, "orchestrator_cluster_name": cluster})
    if conv == "datadog":
        return _drop_none({"source": ctr, "service": app, "kube_cluster_name": cluster,
                           "kube_namespace": ns, "pod_name": pod, "kube_container_name": ctr,
                           "kube_" + wk: wl, "host": node, "env": "prod"})
    raise ValueError(conv)


def node_labels(conv, cluster, node, unit, ident):
    """Node log streams (journald / syslog forwarders)."""
    if conv == "journal":  # promtail / Grafana Agent journal scrape
        return _drop_none({"job": "systemd-journal", "unit": unit, "hostname": node,
                           "syslog_identifier": ident})
    if conv == "alloy-journal":  # k8s-monitoring chart node logs
        return _drop_none({"job": "integrations/kubernetes/journal", "cluster": cluster,
                           "instance": node, "unit": unit})
    if conv == "fluentbit-systemd":
        return _drop_none({"job": "fluent-bit", "systemd_unit": unit, "host": node,
                           "syslog_identifier": ident})
    if conv == "syslog":  # rsyslog -> syslog receiver, RFC 5424 fields as labels
        return _drop_none({"job": "syslog", "host": node, "app_name": ident,
                           "facility": "kern" if ident == "kernel" else "daemon"})
    raise ValueError(conv)


class Stream:
    __slots__ = ("labels", "conv", "cluster", "node")

    def __init__(self, labels, conv, cluster=None, node=None):
        self.labels, self.conv, self.cluster, self.node = labels, conv, cluster, node


class Rec:
    def __init__(self, name, theme, dist, cluster, start):
        self.name, self.theme, self.dist, self.cluster = name, theme, dist, cluster
        seed = SEED + int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)
        self.rng = random.Random(seed)
        self.t0 = _dt.datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        self.items = []
        self.convs = set()
        self.seq = 0
        self.has_node_stream = False

    # ---- random helpers -------------------------------------------------
    def h(self, n):
        return "".join(self.rng.choice(HCH) for _ in range(n))

    def hx(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        return f"{self.hx(8)}-{self.hx(4)}-4{self.hx(3)}-{self.rng.choice('89ab')}{self.hx(3)}-{self.hx(12)}"

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def rf(self, a, b, nd=3):
        return round(self.rng.uniform(a, b), nd)

    def ch(self, seq):
        return self.rng.choice(seq)

    def ip(self, prefix="10.42"):
        return f"{prefix}.{self.ri(0, 15)}.{self.ri(2, 250)}"

    def rs(self, dep):
        return f"{dep}-{self.h(self.ri(9, 10))}-{self.h(5)}"

    def ds(self, name):
        return f"{name}-{self.h(5)}"

    # ---- time -------------------------------------------------------------
    def dt(self, t):
        return self.t0 + _dt.timedelta(microseconds=int(round(t * 1_000_000)))

    def fmt(self, t, text):
        if "%" not in text:
            return text
        d = self.dt(t)
        ms = d.microsecond // 1000
        # sub-millisecond digits are not kept in ts; make them look natural
        us = ms * 1000 + (ms * 389 + d.second * 17 + d.minute * 7 + 123) % 1000
        rep = {
            "%ISO%": d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
            "%ISO6%": d.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}Z",
            "%ISO9%": d.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}{(us * 7 + 311) % 1000:03d}Z",
            "%ISOS%": d.strftime("%Y-%m-%dT%H:%M:%S") + "Z",
            "%ISOOFF%": d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}+00:00",
            "%KLOG%": d.strftime("%m%d %H:%M:%S") + f".{us:06d}",
            "%SYS%": f"{MON[d.month - 1]} {d.day:2d} " + d.strftime("%H:%M:%S"),
            "%PG%": d.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d} UTC",
            "%SPACE%": d.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d}",
            "%PY%": d.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
            "%GUNI%": "[" + d.strftime("%Y-%m-%d %H:%M:%S") + " +0000]",
            "%NGX%": f"{d.day:02d}/{MON[d.month - 1]}/{d.year}:" + d.strftime("%H:%M:%S") + " +0000",
            "%NGXE%": d.strftime("%Y/%m/%d %H:%M:%S"),
            "%EPOCH%": f"{int(d.timestamp())}.{us:06d}",
            "%EPOCHMS%": str(int(round(d.timestamp() * 1000))),
            "%REDIS%": f"{d.day:02d} {MON[d.month - 1]} {d.year} " + d.strftime("%H:%M:%S") + f".{ms:03d}",
            "%RMQ%": d.strftime("%Y-%m-%d %H:%M:%S") + f".{us:06d}+00:00",
        }
        for k, v in rep.items():
            if k in text:
                text = text.replace(k, v)
        return text

    # ---- streams ----------------------------------------------------------
    def pod(self, conv, ns, pod, ctr, node=None, app=None, wl=None, wk="deployment"):
        self.convs.add(conv)
        return Stream(pod_labels(conv, self.cluster, ns, pod, ctr, node, app, wl, wk), conv)

    def nodelog(self, conv, node, unit, ident=None):
        self.convs.add(conv)
        self.has_node_stream = True
        return Stream(node_labels(conv, self.cluster, node, unit, ident), conv)

    def events(self, conv):
        self.convs.add(conv)
        return Stream({}, conv, self.cluster)

    # ---- emit ---------------------------------------------------------------
    def log(self, t, st, text, ev=False):
        self.seq += 1
        self.items.append((int(round(t * 1000)), self.seq, dict(st.labels), self.fmt(t, text), ev))

    def spread(self, st, t0, t1, n, fn):
        for _ in range(n):
            t = self.rf(t0, t1)
            self.log(t, st, fn())

    def kev(self, t, st, ns, kind, name, reason, msg, typ="Warning", comp="kubelet",
            host=None, count=1, first=None, ev=False):
        """A Kubernetes event as written by the given event shipper."""
        last = self.fmt(t, "%ISOS%")
        firsts = self.fmt(first if first is not None else t, "%ISOS%")
        evname = f"{name}.{self.hx(16)}"
        if st.conv == "event-exporter":
            body = {"metadata": {"name": evname, "namespace": ns, "uid": self.uuid(),
                                 "resourceVersion": str(self.ri(10_000_000, 99_999_999)),
                                 "creationTimestamp": firsts},
                    "reason": reason, "message": msg,
                    "source": _drop_none({"component": comp, "host": host}),
                    "firstTimestamp": firsts, "lastTimestamp": last, "count": count, "type": typ,
                    "eventTime": None, "reportingComponent": comp, "reportingInstance": host or "",
                    "involvedObject": {"kind": kind, "namespace": ns if kind != "Node" else "",
                                       "name": name, "apiVersion": "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim") else "apps/v1"}}
            labels = {"job": "kube-events", "source": "kubernetes-event-exporter",
                      "namespace": ns, "kind": kind}
            text = JD(body)
        elif st.conv == "alloy-events":
            esc = msg.replace("\\", "\\\\").replace('"', '\\"')
            text = (f"name={evname} kind={kind} action= objectAPIversion=v1 "
                    f"objectRV={self.ri(1_000_000, 9_999_999)} eventRV={self.ri(1_000_000, 9_999_999)} "
                    f"reportingcontroller={comp} reportinginstance={host or ''} "
                    f"sourcecomponent={comp} sourcehost={host or ''} reason={reason} "
                    f"type={typ} count={count} msg=\"{esc}\"")
            labels = {"job": "integrations/kubernetes/eventhandler", "cluster": st.cluster,
                      "namespace": ns}
        elif st.conv == "otel-k8sevents":
            body = {"type": "ADDED", "object": {
                "apiVersion": "events.k8s.io/v1", "kind": "Event",
                "metadata": {"name": evname, "namespace": ns, "uid": self.uuid()},
                "reason": reason, "note": msg, "type": typ,
                "regarding": {"kind": kind, "name": name, "namespace": ns if kind != "Node" else ""},
                "reportingController": comp, "reportingInstance": host or "",
                "deprecatedSource": _drop_none({"component": comp, "host": host}),
                "deprecatedCount": count, "deprecatedFirstTimestamp": firsts,
                "deprecatedLastTimestamp": last}}
            labels = {"service_name": "otelcol-k8sobjects", "k8s_cluster_name": st.cluster,
                      "k8s_namespace_name": ns, "k8s_resource_name": "events"}
            text = JD(body)
        else:
            raise ValueError(st.conv)
        self.seq += 1
        self.items.append((int(round(t * 1000)), self.seq, labels, text, ev))

    # ---- build --------------------------------------------------------------
    def done(self, question, selector, sev, cat, comp, rc, summary, action):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (ms, _seq, labels, text, ev) in enumerate(items):
            d = self.t0 + _dt.timedelta(milliseconds=ms)
            ts = d.strftime("%Y-%m-%dT%H:%M:%S") + f".{d.microsecond // 1000:03d}Z"
            logs.append({"ts": ts, "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        expected = {"severity": sev, "root_cause_category": cat}
        if comp is not None:
            expected["component"] = comp
        expected.update({"root_cause": rc, "summary": summary, "action": action,
                         "evidence": evidence})
        rec = {"id": None, "source": f"synthetic:dev27-{self.theme}", "question": question,
               "selector": selector, "logs": logs, "expected": expected}
        meta = {"theme": self.theme, "dist": self.dist, "convs": sorted(self.convs),
                "has_node_stream": self.has_node_stream,
                "no_node_label": any(not _has_node(l["labels"]) for l in logs),
                "no_app_label": any(not _has_app(l["labels"]) for l in logs)}
        return rec, meta


def _has_node(labels):
    return any(k in labels for k in ("node_name", "kubernetes_host", "kubernetes_pod_node_name",
                                     "k8s_node_name", "kubernetes_node_name", "host", "hostname",
                                     "instance"))


def _has_app(labels):
    return any(k in labels for k in ("app", "app_kubernetes_io_name", "kubernetes_labels_app",
                                     "kubernetes_pod_labels_app_kubernetes_io_name", "service"))


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def spring(level, app, thread, logger, msg):
    """Spring Boot 3.x default console pattern."""
    return f"%ISO% {level:>5} 1 --- [{app}] [{thread[-15:]:>15}] {logger[:40]:<40} : {msg}"


def ingress_access(r, ip, method, path, status, size, ua, upstream, addr, rt, ref="-"):
    """ingress-nginx default log-format-upstream."""
    req_len = r.ri(180, 900)
    return (f'{ip} - - [%NGX%] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}" '
            f"{req_len} {rt:.3f} [{upstream}] [] {addr} {size} {rt:.3f} {status} {r.hx(32)}")


UA_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"
UA_IOS = "FanApp/7.14.2 (iPhone; iOS 17.3; Scale/3.00)"
UA_SCAN = "Mozilla/5.0 zgrab/0.x"


# =============================================================================
# Scenarios
# =============================================================================

@scenario
def healthy_fab_lottracker():
    r = Rec("healthy-fab-lottracker", "fab", "EKS", "fab-az-prod", "2026-01-14T06:02:00")
    n1 = f"ip-10-42-{r.ri(16, 31)}-{r.ri(10, 250)}.us-west-2.compute.internal"
    n2 = f"ip-10-42-{r.ri(32, 47)}-{r.ri(10, 250)}.us-west-2.compute.internal"
    lt = r.pod("promtail", "mes", r.rs("lot-tracker"), "lot-tracker", n1, "lot-tracker")
    dp = r.pod("promtail", "mes", r.rs("mes-dispatcher"), "dispatcher", n2, "mes-dispatcher")
    am = r.pod("promtail", "mes", r.rs("amhs-bridge"), "amhs-bridge", n1, None)
    tools = ["LITHO-07", "ETCH-03", "CVD-11", "CMP-04", "IMP-02", "WET-09", "METRO-01"]
    steps = ["M1_LITHO", "M1_ETCH", "M1_DEP", "M1_CMP", "V1_ETCH", "STI_CMP"]
    lots = [f"N4K{r.ri(2000, 2999)}.{r.ri(1, 9)}" for _ in range(8)]

    def move():
        a, b = r.ch(tools), r.ch(tools)
        return spring("INFO", "lot-tracker", f"nio-8080-exec-{r.ri(1, 12)}",
                      "c.f.mes.lot.LotMoveController",
                      f"Lot move accepted lot={r.ch(lots)} from={a} to={b} step={r.ch(steps)} qty=25")

    def decide():
        return J(level="info", ts="%EPOCH%", caller="dispatch/engine.go:214", msg="dispatch decision",
                 tool=r.ch(tools), lot=r.ch(lots), priority=r.ri(1, 4), queue_depth=r.ri(2, 11))

    def transport():
        return (f'time=%ISO% level=INFO msg="transport job completed" job=TJ-{r.ri(80000, 89999)} '
                f"carrier=FOUP-A{r.ri(100, 999):04d} from=STK-{r.ri(1, 4)} to={r.ch(tools)}-LP{r.ri(1, 2)} "
                f"duration_ms={r.ri(31000, 74000)}")
    r.spread(lt, 0.5, 118, 7, move)
    r.spread(dp, 1.0, 118, 6, decide)
    r.spread(am, 2.0, 118, 5, transport)
    r.log(14.207, lt, spring("WARN", "lot-tracker", "nio-8080-exec-3", "c.f.mes.security.JwtAuthFilter",
                             "Rejected bearer token for subject=op-4471: JWT expired at 2026-01-14T05:58:00Z; responding 401"))
    r.log(22.913, am, 'time=%ISO% level=WARN msg="status poll failed, retrying" mcs=10.120.4.21:5000 attempt=1 err="context deadline exceeded"')
    r.log(25.118, am, 'time=%ISO% level=INFO msg="status poll ok" mcs=10.120.4.21:5000 attempt=2 latency_ms=812')
    r.log(30.004, dp, J(level="info", ts="%EPOCH%", caller="dispatch/holds.go:77", msg="hold summary",
                        held_lots=0, rejected=0, interlocked_tools=0))
    r.log(31.442, dp, J(level="warn", ts="%EPOCH%", caller="config/compat.go:41",
                        msg="config key dispatch.legacyPriority is deprecated; use dispatch.priorityClass"))
    r.log(60.0, lt, spring("INFO", "lot-tracker", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                           "HikariPool-1 - Pool stats (total=20, active=3, idle=17, waiting=0)"))
    return r.done("Anything wrong with lot tracking on the fab floor this morning?", sel("mes"),
                  "INFO", "none", None,
                  "No incident: lot moves, dispatch decisions and AMHS transports complete normally.",
                  "Lot tracking, dispatching and material transport are healthy; one expired operator token, a retried status poll and a deprecation notice are routine.",
                  "No action required.")


@scenario
def healthy_vet_appointments():
    r = Rec("healthy-vet-appointments", "vet", "AKS", "vetcare-weu-prod", "2026-02-24T09:15:00")
    vm = f"aks-clinic-{r.ri(10000000, 99999999)}-vmss"
    n1, n2 = vm + "000004", vm + "00000b"
    ap = r.pod("otel", "clinic", r.rs("appointment-api"), "appointment-api", n1, "appointment-api", "appointment-api")
    rm = r.pod("otel", "clinic", r.rs("reminder-sender"), "reminder-sender", n2, "reminder-sender", "reminder-sender")
    prp = r.rs("patient-records")
    pr = r.pod("otel", "clinic", prp, "patient-records", n2, "patient-records", "patient-records")
    clinics = ["CL-0112", "CL-0147", "CL-0203", "CL-0288"]

    def booked():
        return J(Timestamp="%ISO%", EventId=0, LogLevel="Information",
                 Category="VetCare.Appointments.BookingService",
                 Message=f"Booked appointment {r.ri(400000, 499999)} for patient PT-{r.ri(10000, 99999)} at {r.ch(clinics)} slot {r.ri(8, 17):02d}:{r.ch(['00', '15', '30', '45'])}",
                 State={"{OriginalFormat}": "Booked appointment {AppointmentId} for patient {PatientId} at {ClinicId} slot {Slot}"})

    def finished():
        return J(Timestamp="%ISO%", EventId=2, LogLevel="Information",
                 Category="Microsoft.AspNetCore.Hosting.Diagnostics",
                 Message=f"Request finished HTTP/1.1 GET http://appointment-api.clinic.svc/api/v1/slots?clinicId={r.ch(clinics)} - 200 {r.ri(300, 2400)} application/json;+charset=utf-8 {r.rf(4, 60, 4)}ms")

    def uv():
        return f'INFO:     {r.ip("10.244")}:{r.ri(30000, 60000)} - "GET /v2/patients/PT-{r.ri(10000, 99999)}/{r.ch(["vaccinations", "weights", "allergies"])} HTTP/1.1" 200 OK'

    def queued():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=rm.labels["k8s_pod_name"],
                 msg="reminder batch queued", clinicId=r.ch(clinics), kind=r.ch(["vaccine", "dental", "recheck"]), count=r.ri(3, 30))
    r.spread(ap, 0.5, 115, 5, booked)
    r.spread(ap, 0.5, 115, 5, finished)
    r.spread(pr, 1.0, 115, 6, uv)
    r.spread(rm, 2.0, 115, 3, queued)
    r.log(3.311, rm, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    r.log(41.086, ap, J(Timestamp="%ISO%", EventId=1, LogLevel="Information",
                        Category="Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler",
                        Message="Failed to validate the token.",
                        Exception="Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '2/24/2026 9:10:03 AM', Current time (UTC): '2/24/2026 9:15:41 AM'."))
    r.log(41.087, ap, J(Timestamp="%ISO%", EventId=7, LogLevel="Information",
                        Category="Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler",
                        Message="Bearer was not authenticated. Failure message: IDX10223: Lifetime validation failed. The token is expired."))
    r.log(57.52, pr, f'INFO:     {r.ip("10.244")}:{r.ri(30000, 60000)} - "GET /.git/config HTTP/1.1" 404 Not Found')
    r.log(88.0, rm, J(level=30, time="%EPOCHMS%", pid=1, hostname=rm.labels["k8s_pod_name"],
                      msg="sms dispatch cycle complete", sent=42, failed=0, deferred=0))
    return r.done("Are appointment bookings working normally?", sel("clinic", app="appointment-api"),
                  "INFO", "none", None,
                  "No incident: bookings, record lookups and reminder batches succeed.",
                  "Appointment booking and patient record reads are healthy; an expired portal token, a scanner probe and a Node deprecation warning are noise.",
                  "No action required.")


@scenario
def healthy_tix_seatmap():
    r = Rec("healthy-tix-seatmap", "tix", "GKE", "tix-prod-use1", "2026-02-03T17:58:00")
    pool = f"gke-tix-prod-onsale-pool-{r.hx(8)}"
    n1, n2 = f"{pool}-{r.h(4)}", f"{pool}-{r.h(4)}"
    sm = r.pod("vector", "onsale", r.rs("seatmap-service"), "seatmap", n1, "seatmap-service")
    qg = r.pod("vector", "onsale", r.rs("queue-gateway"), "queue-gateway", n2, "queue-gateway")
    ih = r.pod("vector", "onsale", r.rs("inventory-hold"), "inventory-hold", None, "inventory-hold")
    ev_id = f"EV-{r.ri(20000, 29999)}"

    def render():
        return (f"%ISO6%  INFO request{{method=GET path=/v1/events/{ev_id}/sections/{r.ri(101, 340)}}}: "
                f"seatmap::render: rendered section map seats={r.ri(120, 640)} cache={r.ch(['hit', 'hit', 'hit', 'miss'])} elapsed_ms={r.ri(1, 19)}")

    def admit():
        return J(level="info", ts="%EPOCH%", caller="admission/window.go:131", msg="admitted batch",
                 event=ev_id, admitted=r.ri(200, 500), waiting=r.ri(20000, 60000), rate_per_s=250)

    def hold():
        return (f"%SPACE% [http-nio-8080-exec-{r.ri(1, 40)}] INFO  c.t.inventory.HoldService - hold created "
                f"hold=H-{r.hx(10)} event={ev_id} seats={r.ri(1, 6)} ttl=420s")
    r.spread(sm, 0.2, 170, 7, render)
    r.spread(qg, 0.2, 170, 6, admit)
    r.spread(ih, 0.2, 170, 6, hold)
    r.log(47.3, sm, f'%ISO6%  WARN request{{method=GET path=/v1/events/{ev_id}/sections/VIP-ZZ}}: seatmap::api: invalid section id section="VIP-ZZ" status=400')
    r.log(63.9, qg, J(level="warn", ts="%EPOCH%", caller="admission/bot.go:58", msg="rejected client: challenge token invalid",
                      client_ip=r.ip("34.102"), status=403, ua="python-requests/2.31.0"))
    r.log(95.22, ih, f"%SPACE% [hold-reaper-1] INFO  c.t.inventory.HoldReaper - released expired holds count=37 event={ev_id}")
    r.log(121.7, sm, "%ISO6%  WARN seatmap::cache: redis GET slow, served from local cache key=secmap:v3 elapsed_ms=212")
    r.log(150.0, qg, J(level="info", ts="%EPOCH%", caller="admission/metrics.go:22", msg="window stats",
                       event=ev_id, errors=0, dropped=0, reissued_tokens=4))
    return r.done("The on-sale starts in two minutes - is the seat map stack ready?", sel("onsale"),
                  "INFO", "none", None,
                  "No incident: seat maps render, the queue admits batches and holds are created and released.",
                  "Seat map, queue and hold services are healthy ahead of the on-sale; a bad section id, a bot rejection and a slow cache read are handled.",
                  "No action required.")


@scenario
def healthy_fab_eqp_telemetry():
    r = Rec("healthy-fab-eqp-telemetry", "fab", "Talos", "fab2-edge", "2026-01-27T22:40:00")
    n1 = f"talos-{r.h(3)}-{r.h(3)}"
    n2 = f"talos-{r.h(3)}-{r.h(3)}"
    ing = r.pod("alloy", "equipment", r.rs("eqp-telemetry-ingest"), "ingest", n1, "eqp-telemetry-ingest")
    fdcpod = r.rs("fdc-collector")
    fdc = r.pod("alloy", "equipment", fdcpod, "fdc-collector", n2, "fdc-collector")
    evs = r.events("alloy-events")
    tools = ["CVD-11", "CMP-04", "ETCH-03", "IMP-02", "PVD-05"]

    def s6f11():
        return (f'time="%ISO%" level=info msg="S6F11 event report" tool={r.ch(tools)} ceid={r.ri(1000, 1400)} '
                f"rptid={r.ri(10, 40)} svids={r.ri(8, 64)} lag_ms={r.ri(3, 40)}")

    def scored():
        return (f"%ISO% [info     ] window scored                  tool={r.ch(tools)} chamber={r.ch('ABCD')} "
                f"model=fdc-v{r.ri(11, 12)} score={r.rf(0.01, 0.31)} fault=False")
    r.kev(3.1, evs, "equipment", "Pod", fdcpod, "Pulled", 'Container image "harbor.fab2.local/fdc/fdc-collector:2.9.1" already present on machine', "Normal", host=n2)
    r.kev(3.4, evs, "equipment", "Pod", fdcpod, "Started", "Started container fdc-collector", "Normal", host=n2)
    fip = r.ip("10.244")
    r.kev(9.6, evs, "equipment", "Pod", fdcpod, "Unhealthy",
          f'Startup probe failed: Get "http://{fip}:8080/healthz": dial tcp {fip}:8080: connect: connection refused',
          "Warning", host=n2)
    r.log(14.2, fdc, "%ISO% [info     ] model loaded                   model=fdc-v12 features=412 load_s=9.8")
    r.log(14.9, fdc, "%ISO% [info     ] consumer started               topic=eqp.trace.v2 group=fdc-consumers partitions=[0, 1, 2, 3]")
    r.spread(ing, 0.5, 175, 9, s6f11)
    r.spread(fdc, 16, 175, 6, scored)
    r.log(57.4, ing, 'time="%ISO%" level=warning msg="T3 reply timeout, resending" tool=CMP-04 stream=1 function=3 attempt=1')
    r.log(58.1, ing, 'time="%ISO%" level=info msg="S1F4 received" tool=CMP-04 attempt=2 svids=48')
    r.log(120.0, ing, 'time="%ISO%" level=info msg="publisher stats" topic=eqp.trace.v2 sent=18233 failed=0 spooled=0')
    return r.done("Is equipment telemetry flowing from the CVD and CMP tools?", sel("equipment"),
                  "INFO", "none", None,
                  "No incident: tool event reports are ingested and FDC windows are scored.",
                  "Telemetry ingest and FDC scoring are healthy; a startup probe failure on a fresh pod cleared once the model loaded and a single SECS reply timeout succeeded on resend.",
                  "No action required.")


@scenario
def healthy_vet_claims():
    r = Rec("healthy-vet-claims", "vet", "OpenShift", "ocp-claims", "2026-02-19T10:40:00")
    infra = r.h(5)
    n1 = f"ocp-claims-{infra}-worker-0-{r.h(5)}"
    n2 = f"ocp-claims-{infra}-worker-1-{r.h(5)}"
    ad = r.pod("filebeat", "claims", r.rs("claims-adjudicator"), "adjudicator", n1, "claims-adjudicator")
    pq = r.pod("filebeat", "claims", r.rs("policy-quote"), "policy-quote", n2, "policy-quote")
    db = r.pod("filebeat", "claims", "claims-db-0", "postgres", n2, None)

    def adj():
        return (f"%SPACE% [http-nio-8080-exec-{r.ri(1, 20)}] INFO  c.v.claims.AdjudicationService - "
                f"claim CLM-{r.ri(1000000, 9999999)} adjudicated decision={r.ch(['APPROVED', 'APPROVED', 'PARTIAL'])} "
                f"payable={r.ri(40, 1900)}.{r.ri(0, 99):02d} EUR rules={r.ri(18, 42)} took={r.ri(40, 300)}ms")

    def quote():
        return (f"%GUNI% [{r.ri(8, 12)}] [INFO] quote issued species={r.ch(['canine', 'feline', 'canine'])} "
                f"plan={r.ch(['basic', 'plus', 'premium'])} premium_eur={r.ri(12, 74)}.{r.ri(0, 99):02d}")
    r.spread(ad, 0.3, 150, 7, adj)
    r.spread(pq, 0.3, 150, 6, quote)
    r.log(2.4, pq, "/opt/app/.venv/lib/python3.11/site-packages/pydantic/_internal/_config.py:291: PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead. Deprecated in Pydantic V2.0 to be removed in V3.0.")
    r.log(36.71, ad, f"%SPACE% [http-nio-8080-exec-7] WARN  c.v.claims.AdjudicationService - claim CLM-{r.ri(1000000, 9999999)} rejected: condition predates policy start (exclusion PE-02)")
    r.log(71.05, db, f"%PG% [{r.ri(2000, 9000)}] LOG:  could not receive data from client: Connection reset by peer")
    r.log(90.4, db, f"%PG% [{r.ri(30, 99)}] LOG:  checkpoint starting: time")
    r.log(118.9, db, f"%PG% [{r.ri(30, 99)}] LOG:  checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 0 removed, 1 recycled; write=28.411 s, sync=0.012 s, total=28.466 s; sync files=61, longest=0.004 s, average=0.001 s; distance=14232 kB, estimate=15011 kB; lsn=3/A41C2B10, redo lsn=3/A2F1E0C8")
    r.log(130.0, ad, "%SPACE% [scheduling-1] INFO  c.v.claims.OutboxRelay - outbox relay cycle published=12 failed=0 pending=0")
    return r.done("Claims look slow to some customers. Is something wrong?", sel("claims"),
                  "INFO", "none", None,
                  "No incident: claims adjudicate in normal time and quotes are issued.",
                  "Claims adjudication, quoting and the database are healthy; a business-rule rejection, a client connection reset and a deprecation warning are expected noise.",
                  "No action required.")


@scenario
def healthy_tix_gate():
    r = Rec("healthy-tix-gate", "tix", "k3s", "venue-arena-east", "2026-02-07T18:25:00")
    n1, n2 = "gate-edge-n1", "gate-edge-n2"
    gs = r.pod("fluentbit", "gate", r.rs("gate-scan-api"), "gate-scan-api", n1, "gate-scan-api")
    br = r.pod("fluentbit", "gate", r.rs("barcode-rotator"), "barcode-rotator", n2, "barcode-rotator")
    tr = r.pod("fluentbit", "kube-system", r.rs("traefik"), "traefik", n1, None)
    chrony = r.nodelog("syslog", n2, None, "chronyd")
    gates = ["N1", "N2", "N3", "S1", "S2", "E1"]
    gip = r.ip("10.42")

    def scan():
        return J(level="info", message="scan accepted", service="gate-scan-api", gate=r.ch(gates),
                 ticketId=f"T{r.hx(12).upper()}", section=r.ri(101, 340), latencyMs=r.ri(6, 38), timestamp="%ISO%")

    def access():
        return (f'10.42.0.1 - - [%NGX%] "POST /v1/scan HTTP/1.1" 200 {r.ri(70, 110)} "-" "GateScanner/3.2 (Android 13)" '
                f'{r.ri(14000, 16000)} "gate-gate-scan-gate-arena-local@kubernetes" "http://{gip}:8080" {r.ri(5, 40)}ms')

    def rotate():
        return (f'time=%ISO% level=INFO msg="rotated signing window" key_id=k{r.ri(300, 399)} '
                f"window_s=15 events=1 tokens_issued={r.ri(400, 1400)}")
    r.spread(gs, 0.2, 230, 9, scan)
    r.spread(tr, 0.2, 230, 6, access)
    r.spread(br, 0.2, 230, 4, rotate)
    r.log(33.2, gs, J(level="warn", message="duplicate scan rejected", service="gate-scan-api", gate="S1",
                      ticketId=f"T{r.hx(12).upper()}", firstScanGate="N2", status=409, timestamp="%ISO%"))
    r.log(71.8, gs, J(level="warn", message="device token expired", service="gate-scan-api", deviceId="SCN-0417",
                      status=401, timestamp="%ISO%"))
    r.log(74.1, gs, J(level="info", message="device re-authenticated", service="gate-scan-api", deviceId="SCN-0417",
                      timestamp="%ISO%"))
    r.log(102.6, tr, f'10.42.0.1 - - [%NGX%] "GET /cgi-bin/luci HTTP/1.1" 404 19 "-" "{UA_SCAN}" {r.ri(14000, 16000)} "-" "-" 0ms')
    r.log(140.3, chrony, "Selected source 10.10.0.1 (ntp1.arena.local)")
    r.log(200.0, br, 'time=%ISO% level=INFO msg="offline bundle sync" scanners=46 stale=0 failed=0')
    return r.done("Doors open at 18:30. Any problem with gate scanning?", sel("gate"),
                  "INFO", "none", None,
                  "No incident: scans are accepted at all gates and barcode windows rotate on schedule.",
                  "Gate scanning is healthy before doors; a duplicate scan, a re-authenticated device and a probe for a router URL are routine.",
                  "No action required.")


@scenario
def healthy_fab_yield_batch():
    r = Rec("healthy-fab-yield-batch", "fab", "kubeadm", "fab1-bm", "2026-01-29T02:00:00")
    n1, n2 = "fab1-bm-r07-n03", "fab1-bm-r07-n05"
    minutes = int(r.t0.timestamp() // 60)
    jp = f"yield-rollup-{minutes}-{r.h(5)}"
    job = r.pod("datadog", "yield", jp, "rollup", n1, "yield-rollup", f"yield-rollup-{minutes}", "job")
    spc = r.pod("datadog", "yield", r.rs("spc-engine"), "spc-engine", n2, "spc-engine", "spc-engine")
    kl = r.nodelog("journal", n1, "kubelet.service", "kubelet")
    pid = r.ri(900, 1900)
    r.log(0.41, kl, f'I%KLOG%    {pid} kubelet.go:2427] "SyncLoop ADD" source="api" pods=["yield/{jp}"]')
    r.log(0.9, kl, f'E%KLOG%    {pid} file_linux.go:61] "Unable to read config path" err="path does not exist, ignoring" path="/etc/kubernetes/manifests"')
    r.log(3.2, job, "%PY% INFO rollup: starting window=2026-01-28 fab=FAB1 products=14")
    r.log(3.3, job, "/app/rollup/window.py:22: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).")
    prods = ["N4K", "N4P", "N3A", "M7X", "M7Y"]
    t = 12.0
    for p in prods:
        t += r.rf(30, 55)
        r.log(t, job, f"%PY% INFO rollup: product={p} lots={r.ri(40, 120)} wafers={r.ri(900, 2900)} die_yield={r.rf(0.86, 0.97)} bin1={r.rf(0.81, 0.95)}")
    r.log(t + 4.0, job, "%PY% INFO rollup: excursions=0 holds_raised=0 late_lots=0")
    r.log(t + 5.2, job, f"%PY% INFO rollup: complete in {t + 2:.1f}s rows_written=48211")
    r.log(t + 7.0, kl, f'I%KLOG%    {pid} kubelet.go:2443] "SyncLoop DELETE" source="api" pods=["yield/{jp}"]')

    def chart():
        return (f"%ISO%  INFO 1 --- [spc-engine] [   scheduling-1] c.f.spc.ControlChartJob                  : "
                f"chart CH-{r.ri(1000, 1999)} updated points={r.ri(20, 90)} ooc=0 rule_violations=0")
    r.spread(spc, 1.0, t + 6, 8, chart)
    r.log(97.3, spc, f"%ISO%  WARN 1 --- [spc-engine] [   scheduling-1] c.f.spc.ControlChartJob                  : chart CH-{r.ri(1000, 1999)} skipped: insufficient subgroups (n=3 < 5)")
    return r.done("Did last night's yield rollup finish cleanly?", sel("yield"),
                  "INFO", "none", None,
                  "No incident: the nightly yield rollup completed and SPC charts updated.",
                  "The rollup job ran to completion with no excursions; the kubelet manifest-path message on a worker, a deprecation warning and a skipped chart are harmless.",
                  "No action required.")


@scenario
def healthy_tix_payouts():
    r = Rec("healthy-tix-payouts", "tix", "DOKS", "tix-payouts-ams3", "2026-02-09T04:00:00")
    n1, n2 = f"payouts-pool-{r.h(5)}", f"payouts-pool-{r.h(5)}"
    wk = r.pod("promtail", "payouts", r.rs("payout-batcher"), "worker", n1, "payout-batcher")
    lg = r.pod("promtail", "payouts", r.rs("ledger-api"), "ledger-api", n2, "ledger-api")
    mq = r.pod("promtail", "payouts", "rabbitmq-0", "rabbitmq", n2, None)
    for i in range(6):
        t = 5 + i * r.rf(24, 34)
        tid = r.uuid()
        ev = f"EV-{r.ri(20000, 29999)}"
        r.log(t, wk, f"[%PY%: INFO/MainProcess] Task payouts.tasks.settle_event[{tid}] received")
        if i == 2:
            r.log(t + 1.9, wk, f"[%PY%: INFO/ForkPoolWorker-{r.ri(1, 4)}] Task payouts.tasks.settle_event[{tid}] retry: Retry in 10s: ConnectionResetError(104, 'Connection reset by peer')")
            r.log(t + 12.0, wk, f"[%PY%: INFO/MainProcess] Task payouts.tasks.settle_event[{tid}] received")
            r.log(t + 15.8, wk, f"[%PY%: INFO/ForkPoolWorker-{r.ri(1, 4)}] Task payouts.tasks.settle_event[{tid}] succeeded in 3.61s: {{'event': '{ev}', 'payees': {r.ri(2, 9)}, 'status': 'settled'}}")
        else:
            r.log(t + r.rf(2, 6), wk, f"[%PY%: INFO/ForkPoolWorker-{r.ri(1, 4)}] Task payouts.tasks.settle_event[{tid}] succeeded in {r.rf(1.2, 5.5, 2)}s: {{'event': '{ev}', 'payees': {r.ri(2, 9)}, 'status': 'settled'}}")

    def post():
        return J(level="info", ts="%EPOCH%", caller="ledger/post.go:88", msg="ledger entry posted",
                 entry=f"LE-{r.ri(1000000, 9999999)}", amount_cents=r.ri(10000, 9000000), currency="EUR")
    r.spread(lg, 1, 200, 7, post)
    cip = r.ip("10.244")
    r.log(3.1, mq, f"%RMQ% [info] <0.3124.0> accepting AMQP connection <0.3124.0> ({cip}:45122 -> 10.244.1.5:5672)")
    r.log(3.2, mq, f"%RMQ% [info] <0.3124.0> connection <0.3124.0> ({cip}:45122 -> 10.244.1.5:5672): user 'payouts' authenticated and granted access to vhost '/'")
    r.log(88.4, mq, f"%RMQ% [warning] <0.2981.0> closing AMQP connection <0.2981.0> ({r.ip('10.244')}:51122 -> 10.244.1.5:5672, vhost: '/', user: 'payouts'):\nclient unexpectedly closed TCP connection".replace("\n", " "))
    r.log(150.0, lg, J(level="info", ts="%EPOCH%", caller="ledger/reconcile.go:140", msg="reconciliation pass",
                       mismatches=0, dlq_depth=0, pending=0))
    r.log(61.3, lg, J(level="warn", ts="%EPOCH%", caller="auth/middleware.go:51", msg="session token expired",
                      status=401, subject="finops-ui"))
    return r.done("Payout runs overnight - were there any failures?", sel("payouts"),
                  "INFO", "none", None,
                  "No incident: event settlements succeed and ledger entries post.",
                  "Payout settlement completed; a single connection reset was retried successfully and a closed AMQP client connection and an expired UI session are benign.",
                  "No action required.")


@scenario
def oom_fab_wafermap():
    r = Rec("oom-fab-wafermap", "fab", "GKE", "fab-yield-usc1", "2026-02-11T03:10:00")
    pool = f"gke-fab-yield-usc1-analytics-pool-{r.hx(8)}"
    n1, n2 = f"{pool}-{r.h(4)}", f"{pool}-{r.h(4)}"
    wp = r.rs("wafermap-aggregator")
    puid = r.uuid()
    wm = r.pod("alloy", "yield", wp, "wafermap-aggregator", None, "wafermap-aggregator")
    dash = r.pod("alloy", "yield", r.rs("yield-dashboard"), "yield-dashboard", None, "yield-dashboard")
    dc = r.pod("alloy", "yield", r.rs("defect-classifier"), "classifier", None, "defect-classifier")
    evs = r.events("alloy-events")
    kern = r.nodelog("alloy-journal", n1, None)
    kl = r.nodelog("alloy-journal", n1, "kubelet.service")
    kpid = r.ri(1800, 2600)
    wip = r.ip("10.48")
    slice_ = "kubepods-burstable-pod" + puid.replace("-", "_") + ".slice"

    def cycle(t0, pid, first):
        r.log(t0, wm, spring("INFO", "wafermap-aggregator", "main", "c.f.yield.WafermapAggregatorApplication",
                             "Starting WafermapAggregatorApplication v3.8.2 using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)"))
        if first:
            r.log(t0 + 4.1, wm, spring("WARN", "wafermap-aggregator", "main", "JpaBaseConfiguration$JpaWebConfiguration",
                                       "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
        r.log(t0 + 9.8, wm, spring("INFO", "wafermap-aggregator", "main", "c.f.yield.WafermapAggregatorApplication",
                                   f"Started WafermapAggregatorApplication in {r.rf(9.1, 10.4, 3)} seconds (process running for {r.rf(10.5, 11.5, 3)})"))
        r.log(t0 + 11.2, wm, spring("INFO", "wafermap-aggregator", "map-builder-1", "c.f.yield.map.CompositeMapBuilder",
                                    "Building composite map lot=N4K2291 wafers=25 dies_per_wafer=1842 layers=[bin, param, defect] resolution=full"))
        r.log(t0 + 19.6, wm, spring("INFO", "wafermap-aggregator", "map-builder-1", "c.f.yield.map.CompositeMapBuilder",
                                    f"Loaded die records lot=N4K2291 rows=46050 param_points={r.ri(3800000, 4200000)} heap_used={r.ri(1380, 1460)}MiB"))
        tk = t0 + r.rf(24, 27)
        cid = r.hx(64)
        r.log(tk, kern, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=934")
        r.log(tk + 0.001, kern, f"memory: usage 2097152kB, limit 2097152kB, failcnt {r.ri(3000, 9000)}", ev=first)
        r.log(tk + 0.002, kern, f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/{slice_},task_memcg=/kubepods.slice/kubepods-burstable.slice/{slice_}/cri-containerd-{cid}.scope,task=java,pid={pid},uid=1000")
        r.log(tk + 0.003, kern, f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:{r.ri(5600000, 5900000)}kB, anon-rss:{r.ri(2060000, 2090000)}kB, file-rss:{r.ri(20000, 30000)}kB, shmem-rss:0kB, UID:1000 pgtables:{r.ri(4400, 4800)}kB oom_score_adj:934", ev=first)
        r.kev(tk + 0.4, evs, "default", "Node", n1, "OOMKilling",
              f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:5873212kB, anon-rss:2081544kB, file-rss:23120kB, shmem-rss:0kB, UID:1000 pgtables:4652kB oom_score_adj:934",
              comp="kernel-monitor", host=n1, ev=first)
        r.log(tk + 0.9, kl, f'I%KLOG%    {kpid} kubelet.go:2457] "SyncLoop (PLEG): event for pod" pod="yield/{wp}" event={{"ID":"{puid}","Type":"ContainerDied","Data":"{cid}"}}')
        return tk
    t1 = cycle(0.5, r.ri(3000, 3999), True)
    r.log(t1 + 2.0, kl, f'E%KLOG%    {kpid} pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"wafermap-aggregator\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=wafermap-aggregator pod={wp}_yield({puid})\\"" pod="yield/{wp}" podUID="{puid}"')
    r.kev(t1 + 2.1, evs, "yield", "Pod", wp, "BackOff",
          f"Back-off restarting failed container wafermap-aggregator in pod {wp}_yield({puid})",
          host=n1, count=6, first=-900, ev=True)
    t2 = cycle(t1 + 81.0, r.ri(4000, 4999), False)
    r.kev(t2 + 2.2, evs, "yield", "Pod", wp, "BackOff",
          f"Back-off restarting failed container wafermap-aggregator in pod {wp}_yield({puid})",
          host=n1, count=7, first=-900)

    def fail():
        return J(level=50, time="%EPOCHMS%", pid=1, hostname=dash.labels["pod"], msg="upstream request failed",
                 upstream="wafermap-aggregator", path=f"/api/lots/N4K2291/wafermap?wafer={r.ri(1, 25):02d}",
                 err={"type": "Error", "message": f"connect ECONNREFUSED {wip}:8080", "code": "ECONNREFUSED"})

    def ok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=dash.labels["pod"], msg="request completed",
                 req={"method": "GET", "url": f"/api/trends/{r.ch(['N4K', 'N4P', 'M7X'])}/weekly"}, res={"statusCode": 200},
                 responseTime=r.ri(20, 140))
    r.spread(dash, 30, t2 + 5, 4, fail)
    r.spread(dash, 0, t2 + 5, 5, ok)
    r.log(66.3, dash, J(level=30, time="%EPOCHMS%", pid=1, hostname=dash.labels["pod"], msg="request completed",
                        req={"method": "GET", "url": "/wp-login.php"}, res={"statusCode": 404}, responseTime=1))

    def classify():
        return (f"%ISO% [info     ] classified defects             lot=N4K{r.ri(2000, 2999)} wafer={r.ri(1, 25)} "
                f"defects={r.ri(3, 80)} killer={r.ri(0, 3)} model=dc-resnet-7")
    r.spread(dc, 0, t2 + 5, 5, classify)
    return r.done("Why can't engineers open wafer maps for lot N4K2291?", sel("yield"),
                  "CRITICAL", "oom_killed", "wafermap-aggregator",
                  "The wafermap-aggregator container exceeds its 2Gi memory limit while building a full-resolution composite map for a 25-wafer lot and is OOM-killed on every attempt.",
                  "wafermap-aggregator is in an OOM crash loop: each restart loads the lot's die and parametric data, hits the 2Gi cgroup limit and is killed by the kernel, so the yield dashboard's map requests fail.",
                  "Raise the memory limit (and align the JVM max heap with it) or stream/tile the composite map build; then restart the deployment and confirm the lot renders.")


@scenario
def oom_vet_labreports():
    r = Rec("oom-vet-labreports", "vet", "AKS", "vetcare-neu-prod", "2026-02-24T14:00:00")
    vm = f"aks-labpool-{r.ri(10000000, 99999999)}-vmss"
    n1, n2 = vm + "000001", vm + "000003"
    wp = r.rs("lab-report-worker")
    wk = r.pod("fluentbit", "lab", wp, "worker", n1, "lab-report-worker")
    api = r.pod("fluentbit", "lab", r.rs("lab-results-api"), "api", n2, "lab-results-api")
    ing = r.pod("fluentbit", "lab", r.rs("hl7-listener"), "hl7-listener", n2, None)
    kern = r.nodelog("fluentbit-systemd", n1, None, "kernel")
    kl = r.nodelog("fluentbit-systemd", n1, "kubelet.service", "kubelet")
    r.log(0.3, wk, "[%PY%: WARNING/MainProcess] /opt/app/.venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine whether broker connection retries are made during startup in Celery 6.0 and above.")
    tasks = []
    for i in range(9):
        tasks.append((r.uuid(), f"RPT-{r.ri(300000, 399999)}", r.ch(["cbc", "chem", "ua", "histo"])))
    t = 2.0
    killed = {2: ("ForkPoolWorker-3", r.ri(40, 90), 412), 6: ("ForkPoolWorker-1", r.ri(91, 140), 417)}
    for i, (tid, rpt, kind) in enumerate(tasks):
        t += r.rf(9, 17)
        r.log(t, wk, f"[%PY%: INFO/MainProcess] Task lab.tasks.render_report[{tid}] received")
        if i in killed:
            w, pid, job = killed[i]
            tk = t + r.rf(8, 12)
            r.log(t + 0.4, wk, f"[%PY%: INFO/{w}] rendering {rpt} kind=histopathology images=38 dpi=600")
            r.log(tk, kern, f"Memory cgroup out of memory: Killed process {pid} (celery) total-vm:{r.ri(1700000, 1900000)}kB, anon-rss:{r.ri(990000, 1040000)}kB, file-rss:{r.ri(9000, 15000)}kB, shmem-rss:0kB, UID:1000 pgtables:{r.ri(2200, 2600)}kB oom_score_adj:{r.ri(960, 990)}", ev=True)
            r.log(tk + 0.35, wk, f"[%PY%: ERROR/MainProcess] Process '{w}' pid:{pid} exited with 'signal 9 (SIGKILL)'", ev=(i == 2))
            r.log(tk + 0.36, wk, f"[%PY%: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {job}.')", ev=True)
            r.log(tk + 0.37, wk, "Traceback (most recent call last):")
            r.log(tk + 0.371, wk, '  File "/opt/app/.venv/lib/python3.11/site-packages/billiard/pool.py", line 1264, in mark_as_worker_lost')
            r.log(tk + 0.372, wk, f"billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: {job}.")
            r.log(tk + r.rf(15, 25), api, f"%PY% WARNING lab_results.reports: report {rpt} not ready, answering 202 to clinic poll clinic=CL-{r.ri(100, 299):04d} waited_s={r.ri(60, 140)}")
        else:
            r.log(t + r.rf(2, 6), wk, f"[%PY%: INFO/ForkPoolWorker-{r.ri(1, 4)}] Task lab.tasks.render_report[{tid}] succeeded in {r.rf(1.1, 4.8, 3)}s: {{'report': '{rpt}', 'kind': '{kind}', 'pages': {r.ri(1, 4)}}}")

    def uv():
        return f'INFO:     {r.ip("10.244")}:{r.ri(30000, 60000)} - "GET /v1/results?patient=PT-{r.ri(10000, 99999)} HTTP/1.1" 200 OK'
    r.spread(api, 0, t + 10, 6, uv)
    r.log(58.2, api, f'INFO:     {r.ip("10.244")}:{r.ri(30000, 60000)} - "GET /v1/results/RPT-{r.ri(300000, 399999)} HTTP/1.1" 401 Unauthorized')

    def hl7():
        return f"%ISO% INFO  hl7: ORU^R01 accepted msh10={r.ri(10000000, 99999999)} analyzer=AN-{r.ri(10, 40)} obx={r.ri(8, 30)} ack=AA"
    r.spread(ing, 0, t + 10, 6, hl7)
    r.log(47.7, ing, f"%ISO% WARN  hl7: unknown OBX-3 code SDMA-X on analyzer=AN-17, stored as free text; ack=AA")
    r.log(5.0, kl, f'I%KLOG%    {r.ri(1500, 2500)} kubelet_getters.go:218] "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered" pod="kube-system/csi-azuredisk-node-{r.h(5)}"')
    return r.done("Clinics say histopathology reports never arrive. What's going on?", sel("lab"),
                  "ERROR", "oom_killed", "lab-report-worker",
                  "Celery pool processes in lab-report-worker exceed the container's memory limit while rendering large histopathology reports and are SIGKILLed by the kernel OOM killer.",
                  "Large image-heavy reports kill the rendering worker child (cgroup OOM, signal 9), so those tasks are lost and reports stay pending while small reports still complete.",
                  "Raise the worker memory limit or lower concurrency / image DPI for histopathology renders, and re-queue the lost report tasks.")


@scenario
def app_tix_queue_panic():
    r = Rec("app-tix-queue-panic", "tix", "EKS", "tix-prod-use1-eks", "2026-02-05T18:00:00")
    n1 = f"ip-10-61-{r.ri(0, 63)}-{r.ri(10, 250)}.ec2.internal"
    n2 = f"ip-10-61-{r.ri(64, 127)}-{r.ri(10, 250)}.ec2.internal"
    qhash = r.h(10)
    qp1, qp2 = f"queue-gateway-{qhash}-{r.h(5)}", f"queue-gateway-{qhash}-{r.h(5)}"
    q1 = r.pod("otel", "onsale", qp1, "queue-gateway", n1, "queue-gateway", "queue-gateway")
    q2 = r.pod("otel", "onsale", qp2, "queue-gateway", n2, "queue-gateway", "queue-gateway")
    bff = r.pod("otel", "fanapp", r.rs("fan-app-bff"), "bff", n2, "fan-app-bff", "fan-app-bff")
    sm = r.pod("otel", "onsale", r.rs("seatmap-service"), "seatmap", n1, "seatmap-service", "seatmap-service")
    evs = r.events("event-exporter")
    ev_id = f"EV-{r.ri(30000, 39999)}"

    def admit(st):
        return lambda: J(level="info", ts="%EPOCH%", caller="admission/window.go:131", msg="admitted batch",
                         event=ev_id, admitted=r.ri(200, 500), waiting=r.ri(180000, 420000), rate_per_s=400)

    def crash(t, st, gid, first=False):
        r.log(t, st, "fatal error: concurrent map writes", ev=first)
        r.log(t + 0.001, st, "")
        r.log(t + 0.002, st, f"goroutine {gid} [running]:")
        r.log(t + 0.003, st, "github.com/tixco/queue-gateway/internal/admission.(*Window).recordPosition(...)")
        r.log(t + 0.004, st, "\t/src/internal/admission/window.go:142", ev=first)
        r.log(t + 0.005, st, f"github.com/tixco/queue-gateway/internal/admission.(*Window).Admit(0xc000a8e1e0, {{0x1c9f8e0, 0xc01f2b4c30}}, {{0xc0212e8b40, 0x24}})")
        r.log(t + 0.006, st, "\t/src/internal/admission/window.go:97 +0x2b4")
        r.log(t + 0.007, st, "github.com/tixco/queue-gateway/internal/api.(*Handler).Join(0xc0001b6a80, {0x1ca3d70, 0xc02a10e1c0}, 0xc021f3c900)")
        r.log(t + 0.008, st, "\t/src/internal/api/join.go:61 +0x3c5")
        r.log(t + 0.009, st, "net/http.HandlerFunc.ServeHTTP(0xc000a12300?, {0x1ca3d70?, 0xc02a10e1c0?}, 0x0?)")
        r.log(t + 0.010, st, "\t/usr/local/go/src/net/http/server.go:2166 +0x29")

    def start(t, st):
        r.log(t, st, J(level="info", ts="%EPOCH%", caller="maxprocs/maxprocs.go:47",
                       msg="maxprocs: Updating GOMAXPROCS=4: determined from CPU quota"))
        r.log(t + 0.3, st, J(level="info", ts="%EPOCH%", caller="cmd/main.go:88", msg="listening", addr=":8080",
                             version="1.31.0", event=ev_id))
    r.spread(q1, 0.5, 9, 3, admit(q1))
    r.spread(q2, 0.5, 9, 2, admit(q2))
    crash(9.412, q1, r.ri(40000, 60000), True)
    crash(11.208, q2, r.ri(40000, 60000))
    for p, n, tt in ((qp1, n1, 10.9), (qp2, n2, 12.6)):
        r.kev(tt, evs, "onsale", "Pod", p, "BackOff",
              f"Back-off restarting failed container queue-gateway in pod {p}_onsale({r.uuid()})",
              host=n, count=4, first=-300, ev=(p == qp1))
    start(31.0, q1)
    r.spread(q1, 31.5, 42, 2, admit(q1))
    crash(42.95, q1, r.ri(60000, 80000))
    start(34.0, q2)
    r.spread(q2, 34.5, 47, 2, admit(q2))
    crash(47.33, q2, r.ri(60000, 80000))
    r.kev(49.1, evs, "onsale", "Pod", qp2, "BackOff",
          f"Back-off restarting failed container queue-gateway in pod {qp2}_onsale({r.uuid()})",
          host=n2, count=5, first=-300)

    def bfail():
        return J(level="error", msg="queue join failed", upstream="queue-gateway.onsale.svc:8080",
                 status=r.ch([502, 503]), event=ev_id, durationMs=r.ri(2, 30), timestamp="%ISO%")
    r.spread(bff, 10, 60, 6, bfail)
    r.log(22.7, bff, J(level="warn", msg="session expired, asking client to re-login", status=401,
                       userId=f"u_{r.hx(10)}", timestamp="%ISO%"))

    def render():
        return (f"%ISO6%  INFO request{{method=GET path=/v1/events/{ev_id}/sections/{r.ri(101, 340)}}}: "
                f"seatmap::render: rendered section map seats={r.ri(120, 640)} cache=hit elapsed_ms={r.ri(1, 9)}")
    r.spread(sm, 0, 60, 6, render)
    r.log(27.4, sm, "%ISO6%  WARN seatmap::cache: redis connection reset, reconnecting attempt=1")
    r.log(27.9, sm, "%ISO6%  INFO seatmap::cache: redis reconnected attempt=1 elapsed_ms=412")
    return r.done("Fans can't join the queue for tonight's on-sale. What happened?", sel("onsale", app="queue-gateway"),
                  "CRITICAL", "application_error", "queue-gateway",
                  "queue-gateway crashes with a Go runtime fatal error (concurrent map writes) in the admission window's position map under on-sale load.",
                  "Every queue-gateway replica dies on an unsynchronised map write in admission/window.go shortly after starting, so the pods crash-loop and fan joins get 502/503.",
                  "Roll back to the previous queue-gateway release or guard the position map with a mutex / sync.Map; add a race-detector test for concurrent Admit calls.")


@scenario
def app_fab_recipe_npe():
    r = Rec("app-fab-recipe-npe", "fab", "OpenShift", "ocp-fab1", "2026-01-22T09:14:00")
    infra = r.h(5)
    n1 = f"ocp-fab1-{infra}-worker-0-{r.h(5)}"
    n2 = f"ocp-fab1-{infra}-worker-1-{r.h(5)}"
    rs = r.pod("filebeat", "recipe-mgmt", r.rs("recipe-server"), "recipe-server", n1, "recipe-server")
    dp = r.pod("filebeat", "mes", r.rs("mes-dispatcher"), "dispatcher", n2, "mes-dispatcher")
    au = r.pod("filebeat", "recipe-mgmt", r.rs("recipe-audit"), "audit", n2, None)
    good = [("CVD_TEOS_B", 14, "CVD-11"), ("CMP_STI_A", 6, "CMP-04"), ("IMP_BF2_LD", 3, "IMP-02"), ("LITHO_M1_K", 22, "LITHO-07")]

    def dl():
        rc, rev, tool = r.ch(good)
        return spring("INFO", "recipe-server", f"nio-8080-exec-{r.ri(1, 10)}", "c.f.recipe.api.RecipeController",
                      f"download recipe={rc} rev={rev} tool={tool} bytes={r.ri(8000, 40000)} checksum=sha256:{r.hx(12)}")
    r.spread(rs, 0.5, 170, 8, dl)

    def npe(t, first):
        th = f"nio-8080-exec-{r.ri(1, 10)}"
        r.log(t, rs, spring("ERROR", "recipe-server", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                            'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.compareTo(java.math.BigDecimal)" because "limits.upper" is null] with root cause'),
              ev=first)
        r.log(t + 0.001, rs, 'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.compareTo(java.math.BigDecimal)" because "limits.upper" is null', ev=first)
        r.log(t + 0.002, rs, "\tat com.fabco.recipe.validation.ParameterRangeValidator.check(ParameterRangeValidator.java:58)", ev=first)
        r.log(t + 0.003, rs, "\tat com.fabco.recipe.validation.RecipeValidator.validateStep(RecipeValidator.java:112)")
        r.log(t + 0.004, rs, "\tat com.fabco.recipe.service.RecipeDownloadService.prepare(RecipeDownloadService.java:77)")
        r.log(t + 0.005, rs, "\tat com.fabco.recipe.api.RecipeController.download(RecipeController.java:49)")
        r.log(t + 0.006, rs, "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)")
        r.log(t + 0.15, dp, J(level="error", ts="%EPOCH%", caller="recipes/client.go:73", msg="recipe download failed",
                              tool=r.ch(["ETCH-03", "ETCH-05"]), recipe="ETCH_M1_V3", rev=7, status=500,
                              lot=f"N4K{r.ri(2000, 2999)}.{r.ri(1, 9)}"))
    for i, t in enumerate((21.3, 64.8, 118.2)):
        npe(t, i == 0)
    r.log(65.4, dp, J(level="warn", ts="%EPOCH%", caller="dispatch/holds.go:52", msg="lot placed on hold",
                      reason="recipe unavailable", tool="ETCH-03", hold_code="RCP-DL"))
    r.log(44.1, rs, spring("WARN", "recipe-server", "nio-8080-exec-2", "c.f.recipe.api.RecipeController",
                           "recipe CMP_STI_A rev=99 not found; responding 404"))
    r.log(3.2, rs, spring("WARN", "recipe-server", "main", "o.s.b.a.orm.jpa.JpaBaseConfiguration",
                          "Property 'spring.jpa.properties.hibernate.dialect' is deprecated: Hibernate ORM 6 detects the dialect automatically"))

    def decide():
        return J(level="info", ts="%EPOCH%", caller="dispatch/engine.go:214", msg="dispatch decision",
                 tool=r.ch(["CVD-11", "CMP-04", "IMP-02"]), lot=f"N4K{r.ri(2000, 2999)}.{r.ri(1, 9)}", priority=r.ri(1, 4))
    r.spread(dp, 0, 170, 5, decide)

    def audit():
        return f"%PY% INFO audit: recipe change recorded recipe={r.ch(good)[0]} user=pe-{r.ri(100, 999)} approved=true"
    r.spread(au, 0, 170, 3, audit)
    return r.done("ETCH tools can't get recipe ETCH_M1_V3. Just a warning, right?", None,
                  "ERROR", "application_error", "recipe-server",
                  "recipe-server throws a NullPointerException in ParameterRangeValidator when a recipe parameter has only a lower limit (upper limit null), returning HTTP 500 for that recipe.",
                  "Downloads of ETCH_M1_V3 fail with an unhandled NPE in the parameter range validator, so the dispatcher puts lots on hold for the ETCH tools; other recipes download normally.",
                  "Fix the validator to handle one-sided limits (null upper/lower) and redeploy; release the held lots once the recipe downloads.")


@scenario
def image_vet_rx_manifest():
    r = Rec("image-vet-rx-manifest", "vet", "DOKS", "vetcare-fra1", "2026-03-03T11:20:00")
    n1, n2 = f"pharmacy-pool-{r.h(5)}", f"pharmacy-pool-{r.h(5)}"
    old = r.pod("promtail", "pharmacy", r.rs("rx-dispense"), "rx-dispense", n1, "rx-dispense")
    newh = r.h(10)
    newp = f"rx-dispense-{newh}-{r.h(5)}"
    inv = r.pod("promtail", "pharmacy", r.rs("pharmacy-inventory"), "inventory", n2, "pharmacy-inventory")
    evs = r.events("event-exporter")
    img = "registry.digitalocean.com/vetcare/rx-dispense:2.14.0"
    r.kev(2.0, evs, "pharmacy", "Deployment", "rx-dispense", "ScalingReplicaSet",
          f"Scaled up replica set rx-dispense-{newh} to 1", "Normal", comp="deployment-controller")
    r.kev(2.2, evs, "pharmacy", "Pod", newp, "Scheduled", f"Successfully assigned pharmacy/{newp} to {n2}",
          "Normal", comp="default-scheduler")
    r.kev(3.1, evs, "pharmacy", "Pod", newp, "Pulling", f'Pulling image "{img}"', "Normal", host=n2)
    r.kev(3.9, evs, "pharmacy", "Pod", newp, "Failed",
          f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found',
          host=n2, ev=True)
    r.kev(3.91, evs, "pharmacy", "Pod", newp, "Failed", "Error: ErrImagePull", host=n2, ev=True)
    r.kev(4.6, evs, "pharmacy", "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', "Normal", host=n2)
    r.kev(4.61, evs, "pharmacy", "Pod", newp, "Failed", "Error: ImagePullBackOff", host=n2, ev=True)
    r.kev(95.0, evs, "pharmacy", "Pod", newp, "Failed",
          f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found',
          host=n2, count=4, first=3.9)
    r.kev(96.2, evs, "pharmacy", "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', "Normal", host=n2, count=9, first=4.6)
    drugs = ["meloxicam 1.5mg/ml", "amoxicillin-clavulanate 250mg", "maropitant 24mg", "gabapentin 100mg", "prednisolone 5mg"]

    def disp():
        return J(event="prescription dispensed", rx=f"RX-{r.ri(100000, 999999)}", drug=r.ch(drugs),
                 qty=r.ri(1, 60), clinic=f"CL-{r.ri(100, 299):04d}", level="info", timestamp="%ISO%", version="2.13.4")
    r.spread(old, 0, 170, 8, disp)
    r.log(51.2, old, J(event="controlled-substance log sync failed, retrying", attempt=1, error="ReadTimeout", level="warning",
                       timestamp="%ISO%", version="2.13.4"))
    r.log(53.9, old, J(event="controlled-substance log sync ok", attempt=2, entries=17, level="info",
                       timestamp="%ISO%", version="2.13.4"))
    r.log(120.4, old, J(event="request rejected", path="/v1/prescriptions/RX-000000", status=401, reason="session expired",
                        level="warning", timestamp="%ISO%", version="2.13.4"))

    def stock():
        return (f'time="%ISO%" level=info msg="stock level updated" sku=SKU-{r.ri(10000, 99999)} '
                f"on_hand={r.ri(0, 400)} reorder_point={r.ri(10, 40)}")
    r.spread(inv, 0, 170, 5, stock)
    r.log(140.0, inv, 'time="%ISO%" level=info msg="reorder run" suggested=0 backorders=0')
    return r.done("The rx-dispense 2.14 rollout hasn't finished after ten minutes. Why?", sel("pharmacy", app="rx-dispense"),
                  "ERROR", "image_pull", "rx-dispense",
                  "The new rx-dispense ReplicaSet references tag 2.14.0, which does not exist in the container registry (manifest not found), so the pod sits in ErrImagePull/ImagePullBackOff.",
                  "The rollout is stuck: the new pod cannot pull its image because the 2.14.0 tag was never pushed, while the old 2.13.4 pods keep dispensing.",
                  "Push the 2.14.0 image (or fix the tag in the Deployment), then let the rollout continue; consider a rollout deadline alert.")


@scenario
def image_tix_gate_registry_auth():
    r = Rec("image-tix-gate-registry-auth", "tix", "k3s", "venue-stadium-north", "2026-02-07T17:40:00")
    n1, n2 = "stadium-k3s-a1", "stadium-k3s-a2"
    evs = r.events("event-exporter")
    img = "harbor.tixco.io/gate/gate-scan-api:4.2.1"
    gh = r.h(10)
    gp = [(f"gate-scan-api-{gh}-{r.h(5)}", n) for n in (n1, n2)]
    ka1 = r.nodelog("syslog", n1, None, "k3s-agent")
    ka2 = r.nodelog("syslog", n2, None, "k3s-agent")
    kern = r.nodelog("syslog", n1, None, "kernel")
    br = r.pod("fluentbit", "gate", r.rs("barcode-rotator"), "barcode-rotator", n2, "barcode-rotator")
    tr = r.pod("fluentbit", "kube-system", r.rs("traefik"), "traefik", n1, None)
    tok = "https://harbor.tixco.io/service/token?scope=repository%3Agate%2Fgate-scan-api%3Apull&service=harbor-registry"
    err = (f'failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": failed to authorize: '
           f"failed to fetch oauth token: unexpected status from GET request to {tok}: 401 Unauthorized")
    r.log(0.8, kern, "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx")
    r.log(6.2, ka1, f'E%KLOG%    {r.ri(900, 1300)} cri_stats_provider.go:455] "Failed to get the info of the filesystem with mountpoint" err="unable to find data in memory cache" mountpoint="/var/lib/rancher/k3s/agent/containerd/io.containerd.snapshotter.v1.overlayfs"')
    r.log(7.0, ka1, f'I%KLOG%    {r.ri(900, 1300)} kubelet_node_status.go:76] "Successfully registered node" node="{n1}"')
    for i, (p, n) in enumerate(gp):
        ka = ka1 if n == n1 else ka2
        kpid = r.ri(900, 1300)
        t = 12 + i * 3.3
        r.kev(t, evs, "gate", "Pod", p, "Pulling", f'Pulling image "{img}"', "Normal", host=n)
        r.log(t + 0.6, ka, f'E%KLOG%    {kpid} remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = {err}" image="{img}"', ev=(i == 0))
        r.kev(t + 0.61, evs, "gate", "Pod", p, "Failed",
              f'Failed to pull image "{img}": rpc error: code = Unknown desc = {err}'.replace('\\"', '"'),
              host=n, ev=(i == 0))
        r.kev(t + 0.62, evs, "gate", "Pod", p, "Failed", "Error: ErrImagePull", host=n)
        r.kev(t + 1.5, evs, "gate", "Pod", p, "BackOff", f'Back-off pulling image "{img}"', "Normal", host=n)
        r.kev(t + 1.51, evs, "gate", "Pod", p, "Failed", "Error: ImagePullBackOff", host=n, ev=(i == 1))
        r.log(t + 1.6, ka, f'E%KLOG%    {kpid} pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"gate-scan-api\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"" pod="gate/{p}" podUID="{r.uuid()}"')
        r.kev(t + 140, evs, "gate", "Pod", p, "BackOff", f'Back-off pulling image "{img}"', "Normal", host=n, count=11, first=t + 1.5)

    def access503():
        return (f'10.42.0.1 - - [%NGX%] "POST /v1/scan HTTP/1.1" 503 19 "-" "GateScanner/3.2 (Android 13)" '
                f'{r.ri(100, 900)} "gate-gate-scan-gate-stadium-local@kubernetes" "-" 0ms')
    r.spread(tr, 30, 170, 6, access503)
    r.log(77.1, tr, f'10.42.0.1 - - [%NGX%] "GET /.env HTTP/1.1" 404 19 "-" "{UA_SCAN}" {r.ri(100, 900)} "-" "-" 0ms')

    def rotate():
        return (f'time=%ISO% level=INFO msg="rotated signing window" key_id=k{r.ri(300, 399)} '
                f"window_s=15 events=1 tokens_issued={r.ri(0, 20)}")
    r.spread(br, 5, 170, 5, rotate)
    r.log(9.2, br, 'time=%ISO% level=WARN msg="scanner bundle endpoint unavailable, will retry" attempt=1')
    r.log(24.0, br, 'time=%ISO% level=INFO msg="offline bundle published" scanners=52 stale=0')
    return r.done("Gates open at 18:00 and no scanner works after the power maintenance. How bad is it?", sel("gate"),
                  "CRITICAL", "image_pull", "gate-scan-api",
                  "After the nodes rebooted, gate-scan-api pods cannot pull their image: the private registry rejects the pull credentials (401 Unauthorized when fetching the token), so every replica is in ImagePullBackOff.",
                  "No gate-scan-api pod is running; scans through the ingress return 503 because the image pull fails with a registry authorization error.",
                  "Renew the registry robot account / imagePullSecret used by the gate namespace (or pre-load the image on the edge nodes), then delete the stuck pods so they pull again.")


@scenario
def probe_fab_spc_gc():
    r = Rec("probe-fab-spc-gc", "fab", "RKE2", "fab1-spc-rke2", "2026-01-30T13:05:00")
    n1, n2 = "fab1-rke2-w02", "fab1-rke2-w04"
    sp = r.rs("spc-engine")
    sip = r.ip("10.42")
    spc = r.pod("vector", "spc", sp, "spc-engine", n1, "spc-engine")
    ui = r.pod("vector", "spc", r.rs("spc-ui"), "spc-ui", n2, "spc-ui")
    fdc = r.pod("vector", "spc", r.rs("fdc-bridge"), "fdc-bridge", n2, None)
    evs = r.events("event-exporter")
    r.log(4.0, spc, spring("INFO", "spc-engine", "rebaseline-1", "c.f.spc.RebaselineJob",
                           "Recomputing control limits for 1204 charts (monthly rebaseline) window=90d"))
    gcs = [(18.2, 2814.377), (41.6, 3102.944), (66.9, 2677.051)]
    for i, (t, ms) in enumerate(gcs):
        r.log(t, spc, f"[%ISOOFF%][info][gc] GC({412 + i * 9}) Pause Full (G1 Compaction Pause) {r.ri(1800, 1900)}M->{r.ri(880, 960)}M(2048M) {ms:.3f}ms", ev=(i == 0))
        r.kev(t + 0.9, evs, "spc", "Pod", sp, "Unhealthy",
              f'Readiness probe failed: Get "http://{sip}:8080/actuator/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
              host=n1, count=i + 1, first=18.2 + 0.9, ev=(i < 2))
    r.log(96.3, spc, spring("INFO", "spc-engine", "rebaseline-1", "c.f.spc.RebaselineJob",
                            "Rebaseline complete charts=1204 changed=37 took=92.1s"))

    def chart():
        return spring("INFO", "spc-engine", "http-nio-8080-exec-" + str(r.ri(1, 9)), "c.f.spc.api.ChartController",
                      f"chart CH-{r.ri(1000, 1999)} served points={r.ri(25, 90)} ooc={r.ch([0, 0, 0, 1])}")
    r.spread(spc, 0, 170, 6, chart)
    r.log(19.4, ui, J(level=40, time="%EPOCHMS%", pid=1, hostname=ui.labels["kubernetes_pod_name"],
                      msg="spc-engine request failed, retrying", err={"code": "ECONNREFUSED", "message": "connect ECONNREFUSED 10.43.88.12:8080"}, attempt=1))
    r.log(20.6, ui, J(level=30, time="%EPOCHMS%", pid=1, hostname=ui.labels["kubernetes_pod_name"],
                      msg="spc-engine request ok after retry", attempt=2, responseTime=r.ri(300, 900)))
    r.log(42.8, ui, J(level=40, time="%EPOCHMS%", pid=1, hostname=ui.labels["kubernetes_pod_name"],
                      msg="spc-engine slow response", responseTime=r.ri(2900, 3400), path="/api/charts/CH-1412"))

    def uiok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=ui.labels["kubernetes_pod_name"], msg="request completed",
                 res={"statusCode": 200}, responseTime=r.ri(20, 160))
    r.spread(ui, 0, 170, 6, uiok)

    def fb():
        return f'time="%ISO%" level=info msg="forwarded FDC summaries" batch={r.ri(40, 90)} failed=0'
    r.spread(fdc, 0, 170, 4, fb)
    return r.done("Is spc-engine down? The dashboards blinked a few times.", sel("spc"),
                  "WARN", "probe_failure", "spc-engine",
                  "During the monthly control-limit rebaseline, spc-engine spends ~3 s in full GC pauses, longer than the 1 s readiness probe timeout, so readiness probes fail and the pod is briefly pulled from its Service.",
                  "spc-engine stays up but its readiness probe times out during each full GC pause of the rebaseline job; dashboards see short refusals and slow responses, then the pod returns to Ready when the job ends.",
                  "Raise the readiness timeout/failureThreshold or move the rebaseline off the serving pods and tune the heap; no urgent action since it recovered.")


@scenario
def probe_vet_records_liveness():
    r = Rec("probe-vet-records-liveness", "vet", "LKE", "vetcare-lke-de", "2026-03-05T07:30:00")
    cid, pool = r.ri(150000, 199999), r.ri(200000, 299999)
    n1, n2 = f"lke{cid}-{pool}-{r.hx(8)}", f"lke{cid}-{pool}-{r.hx(8)}"
    pp = r.rs("patient-records")
    puid = r.uuid()
    pip = r.ip("10.2")
    pr = r.pod("datadog", "clinic", pp, "patient-records", n1, "patient-records", "patient-records")
    ap = r.pod("datadog", "clinic", r.rs("appointment-api"), "appointment-api", n2, "appointment-api", "appointment-api")
    rm = r.pod("datadog", "clinic", r.rs("reminder-sender"), "reminder-sender", n2, "reminder-sender", "reminder-sender")
    evs = r.events("event-exporter")

    def cycle(t0, first):
        r.log(t0, pr, "%GUNI% [1] [INFO] Starting gunicorn 21.2.0")
        r.log(t0 + 0.4, pr, "%PY% INFO patient_records.terminology: loading VeNom terminology index terms=48211 source=/data/venom-2026-01.parquet")
        pct = 0
        for k in range(3):
            pct += r.ri(12, 16)
            r.log(t0 + 10 + k * 12, pr, f"%PY% INFO patient_records.terminology: index build {pct}% ({48211 * pct // 100}/48211)")
        for k in range(3):
            r.kev(t0 + 21 + k * 10, evs, "clinic", "Pod", pp, "Unhealthy",
                  f'Liveness probe failed: Get "http://{pip}:8000/healthz": dial tcp {pip}:8000: connect: connection refused',
                  host=n1, count=(k + 1) + (0 if first else 3), first=-200, ev=(first and k == 0))
        r.kev(t0 + 41.02, evs, "clinic", "Pod", pp, "Killing",
              "Container patient-records failed liveness probe, will be restarted", "Normal", host=n1, ev=first)
        r.log(t0 + 41.1, pr, "%GUNI% [1] [INFO] Handling signal: term", ev=first)
        r.log(t0 + 41.3, pr, f"%PY% INFO patient_records.terminology: index build interrupted at {pct}%")
    cycle(0.5, True)
    r.kev(44.0, evs, "clinic", "Pod", pp, "BackOff",
          f"Back-off restarting failed container patient-records in pod {pp}_clinic({puid})", host=n1, count=3, first=-150, ev=True)
    cycle(62.0, False)
    r.kev(105.0, evs, "clinic", "Pod", pp, "BackOff",
          f"Back-off restarting failed container patient-records in pod {pp}_clinic({puid})", host=n1, count=4, first=-150)

    def apfail():
        return J(Timestamp="%ISO%", EventId=0, LogLevel="Error", Category="VetCare.Appointments.PatientClient",
                 Message=f"Patient lookup failed for PT-{r.ri(10000, 99999)}",
                 Exception="System.Net.Http.HttpRequestException: Connection refused (patient-records.clinic.svc.cluster.local:8000)\n ---> System.Net.Sockets.SocketException (111): Connection refused")
    r.spread(ap, 5, 120, 4, apfail)

    def apok():
        return J(Timestamp="%ISO%", EventId=2, LogLevel="Information", Category="Microsoft.AspNetCore.Hosting.Diagnostics",
                 Message=f"Request finished HTTP/1.1 GET http://appointment-api.clinic.svc/api/v1/slots?clinicId=CL-0{r.ri(100, 299)} - 200 {r.ri(300, 2400)} application/json;+charset=utf-8 {r.rf(4, 60, 4)}ms")
    r.spread(ap, 0, 120, 5, apok)
    r.log(33.0, ap, J(Timestamp="%ISO%", EventId=7, LogLevel="Information",
                      Category="Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler",
                      Message="Bearer was not authenticated. Failure message: IDX10223: Lifetime validation failed. The token is expired."))

    def sent():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=rm.labels["pod_name"], msg="sms sent",
                 provider="smsgw", clinicId=f"CL-0{r.ri(100, 299)}", status="queued")
    r.spread(rm, 0, 120, 4, sent)
    r.log(2.1, rm, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    return r.done("patient-records restarts every minute since this morning's release. Why?", sel("clinic", app="patient-records"),
                  "CRITICAL", "probe_failure", "patient-records",
                  "patient-records now builds its terminology index before binding its port (~75 s), but the liveness probe starts after 20 s and fails on connection refused, so the kubelet kills the container before it ever becomes ready.",
                  "patient-records is restarted by its liveness probe during every startup, leaving it in a crash loop; appointment lookups that depend on it fail with connection refused.",
                  "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) covering the index build, or build the index in the background after binding; then watch the rollout become Ready.")


@scenario
def sched_tix_checkout_hpa():
    r = Rec("sched-tix-checkout-hpa", "tix", "Scaleway Kapsule", "tix-par-kapsule", "2026-02-12T10:00:00")
    nodes = [f"scw-tix-par-kapsule-onsale-{r.hx(20)}" for _ in range(3)]
    ch = r.h(10)
    running = [(f"checkout-api-{ch}-{r.h(5)}", nodes[i % 3]) for i in range(3)]
    pending = [f"checkout-api-{ch}-{r.h(5)}" for _ in range(4)]
    evs = r.events("event-exporter")
    co = [r.pod("promtail", "onsale", p, "checkout-api", n, "checkout-api") for p, n in running]
    qg = r.pod("promtail", "onsale", r.rs("queue-gateway"), "queue-gateway", nodes[1], "queue-gateway")
    r.kev(1.0, evs, "onsale", "HorizontalPodAutoscaler", "checkout-api", "SuccessfulRescale",
          "New size: 36; reason: cpu resource utilization (percentage of request) above target", "Normal",
          comp="horizontal-pod-autoscaler")
    r.kev(1.2, evs, "onsale", "Deployment", "checkout-api", "ScalingReplicaSet",
          f"Scaled up replica set checkout-api-{ch} to 36 from 18", "Normal", comp="deployment-controller")
    fs = ("0/9 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/infra: }, 6 Insufficient cpu. "
          "preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.")
    for i, p in enumerate(pending):
        r.kev(1.5 + i * 0.2, evs, "onsale", "Pod", p, "FailedScheduling", fs, comp="default-scheduler", ev=(i < 2))
    r.kev(12.4, evs, "onsale", "Pod", pending[0], "NotTriggerScaleUp",
          "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {node-role.kubernetes.io/infra: }",
          "Normal", comp="cluster-autoscaler", ev=True)
    r.kev(75.0, evs, "onsale", "Pod", pending[1], "FailedScheduling", fs, comp="default-scheduler", count=5, first=1.7)
    for k, st in enumerate(co):
        def ok(st=st):
            return J(level=30, time="%EPOCHMS%", pid=1, hostname=st.labels["pod"], msg="order placed",
                     orderId=f"O-{r.hx(10)}", seats=r.ri(1, 6), responseTime=r.ri(600, 2400))
        r.spread(st, 0, 170, 3, ok)

        def shed(st=st):
            return J(level=40, time="%EPOCHMS%", pid=1, hostname=st.labels["pod"], msg="load shed: inflight limit reached",
                     inflight=512, limit=512, status=503)
        r.spread(st, 20, 170, 2, shed)
    r.log(43.7, co[0], J(level=30, time="%EPOCHMS%", pid=1, hostname=co[0].labels["pod"], msg="request completed",
                         req={"method": "GET", "url": "/phpmyadmin/index.php"}, res={"statusCode": 404}, responseTime=1))
    r.log(88.2, co[1], J(level=40, time="%EPOCHMS%", pid=1, hostname=co[1].labels["pod"], msg="payment authorize retry",
                         attempt=1, err="ETIMEDOUT"))
    r.log(89.1, co[1], J(level=30, time="%EPOCHMS%", pid=1, hostname=co[1].labels["pod"], msg="payment authorized after retry",
                         attempt=2, responseTime=933))
    for t in (30.0, 95.0, 150.0):
        r.log(t, qg, J(level="warn", ts="%EPOCH%", caller="admission/backpressure.go:64",
                       msg="admission rate reduced: downstream checkout saturated", rate_per_s=r.ch([120, 100, 80]),
                       checkout_p95_ms=r.ri(2200, 3100)))
    return r.done("Checkout is slow during the 10:00 on-sale even though the HPA scaled out. What's wrong?", sel("onsale"),
                  "ERROR", "scheduling", "checkout-api",
                  "The new checkout-api replicas cannot be scheduled: the worker pool has insufficient CPU, the remaining nodes carry an infra taint, and the cluster autoscaler cannot add nodes because the pool is at its maximum size.",
                  "HPA asked for 36 checkout-api replicas but the extra pods stay Pending (Insufficient cpu, max node group size reached), so the running replicas shed load with 503s and the queue throttles admissions.",
                  "Raise the node pool's max size (or add a pool), or lower checkout-api CPU requests; pre-scale before on-sales.")


@scenario
def sched_fab_gpu_retrain():
    r = Rec("sched-fab-gpu-retrain", "fab", "OKE", "fab-ml-oke", "2026-01-19T21:00:00")
    nodes = [f"10.0.10.{r.ri(10, 250)}" for _ in range(3)]
    newnode = f"10.0.10.{r.ri(10, 250)}"
    minutes = int(r.t0.timestamp() // 60)
    jp = f"fdc-retrain-{minutes}-{r.h(5)}"
    evs = r.events("otel-k8sevents")
    tr = r.pod("otel", "fab-ml", jp, "trainer", newnode, "fdc-retrain", f"fdc-retrain-{minutes}", "job")
    inf = r.pod("otel", "fab-ml", r.rs("fdc-inference"), "inference", nodes[0], "fdc-inference", "fdc-inference")
    fe = r.pod("otel", "fab-ml", r.rs("feature-store"), "feature-store", nodes[1], None, "feature-store")
    r.kev(0.6, evs, "fab-ml", "Job", f"fdc-retrain-{minutes}", "SuccessfulCreate", f"Created pod: {jp}", "Normal", comp="job-controller")
    fs = ("0/5 nodes are available: 2 Insufficient nvidia.com/gpu, 3 node(s) didn't match Pod's node affinity/selector. "
          "preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    r.kev(0.9, evs, "fab-ml", "Pod", jp, "FailedScheduling", fs, comp="default-scheduler", ev=True)
    np_ = f"ocid1.nodepool.oc1.iad.aaaaaaaa{r.hx(20)}"
    r.kev(11.3, evs, "fab-ml", "Pod", jp, "TriggeredScaleUp",
          f"pod triggered scale-up: [{{{np_} 2->3 (max: 4)}}]", "Normal", comp="cluster-autoscaler", ev=True)
    r.kev(70.8, evs, "fab-ml", "Pod", jp, "FailedScheduling", fs, comp="default-scheduler", count=3, first=0.9)
    r.kev(196.0, evs, "default", "Node", newnode, "RegisteredNode", f"Node {newnode} event: Registered Node {newnode} in Controller",
          "Normal", comp="node-controller")
    r.kev(231.5, evs, "fab-ml", "Pod", jp, "Scheduled", f"Successfully assigned fab-ml/{jp} to {newnode}", "Normal",
          comp="default-scheduler")
    r.kev(232.4, evs, "fab-ml", "Pod", jp, "Pulling", 'Pulling image "iad.ocir.io/fabco/fdc-trainer:5.2.0-cuda12.2"', "Normal", host=newnode)
    r.kev(281.9, evs, "fab-ml", "Pod", jp, "Pulled",
          'Successfully pulled image "iad.ocir.io/fabco/fdc-trainer:5.2.0-cuda12.2" in 49.412s (49.412s including waiting)', "Normal", host=newnode)
    r.kev(282.6, evs, "fab-ml", "Pod", jp, "Started", "Started container trainer", "Normal", host=newnode)
    r.log(286.1, tr, "%PY% INFO fdc_train: cuda available=True devices=1 name=NVIDIA A10")
    r.log(286.9, tr, "/opt/conda/lib/python3.10/site-packages/torch/_utils.py:831: UserWarning: TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class.")
    r.log(293.4, tr, f"%PY% INFO fdc_train: dataset windows={r.ri(800000, 900000)} tools=42 features=412")
    r.log(331.0, tr, f"%PY% INFO fdc_train: epoch 1/30 loss={r.rf(0.3, 0.5, 4)} val_auc={r.rf(0.9, 0.93, 4)}")

    def infer():
        return J(level="info", ts="%EPOCH%", caller="serve/handler.go:71", msg="scored",
                 tool=r.ch(["CVD-11", "ETCH-03", "CMP-04"]), model="fdc-v12", latency_ms=r.ri(2, 14))
    r.spread(inf, 0, 335, 8, infer)

    def feat():
        return f"%ISO% INFO  feature-store: materialized view=tool_windows_5m rows={r.ri(1000, 9000)} lag_s={r.ri(1, 9)}"
    r.spread(fe, 0, 335, 5, feat)
    r.log(140.2, fe, "%ISO% WARN  feature-store: object storage PUT throttled (503 SlowDown), retrying in 400ms")
    r.log(140.7, fe, "%ISO% INFO  feature-store: object storage PUT ok after retry attempt=2")
    return r.done("Tonight's FDC retraining job started late. Anything to fix?", sel("fab-ml"),
                  "WARN", "scheduling", "fdc-retrain",
                  "The retraining pod stayed Pending because no GPU node had a free nvidia.com/gpu (the other nodes don't match its node selector) until the cluster autoscaler added a GPU node.",
                  "The fdc-retrain pod waited about four minutes in FailedScheduling for a GPU; the autoscaler scaled the GPU pool up, the pod was scheduled and training started normally.",
                  "Optional: keep a warm GPU node or schedule the retrain after inference batch windows; nothing is broken now.")


@scenario
def dns_vet_claims_upstream():
    r = Rec("dns-vet-claims-upstream", "vet", "Tanzu", "tkg-vetins-prod", "2026-02-26T16:10:00")
    ms = r.hx(9)
    nodes = [f"tkg-vetins-prod-md-0-{ms}-{r.h(5)}" for _ in range(3)]
    cd = [r.pod("otel", "kube-system", r.rs("coredns"), "coredns", nodes[i], "kube-dns", "coredns") for i in (0, 2)]
    cdip = ["100.96.1.12", "100.96.3.7"]
    ad = r.pod("otel", "claims", r.rs("claims-adjudicator"), "adjudicator", nodes[1], "claims-adjudicator", "claims-adjudicator")
    inv = r.pod("otel", "claims", r.rs("invoice-service"), "invoice", nodes[2], "invoice-service", "invoice-service")
    pq = r.pod("otel", "claims", r.rs("policy-quote"), "policy-quote", nodes[0], "policy-quote", "policy-quote")
    ext = ["eligibility.pawsure-re.net", "smtp.mailrelay-vet.net", "api.vetcodes.org"]
    for i in range(7):
        k = i % 2
        host = ext[i % 3]
        qt = r.ch(["A", "AAAA"])
        up = r.ch(["10.20.0.10", "10.20.0.11"])
        r.log(6 + i * r.rf(14, 20), cd[k], f"[ERROR] plugin/errors: 2 {host}. {qt}: read udp {cdip[k]}:{r.ri(30000, 60000)}->{up}:53: i/o timeout",
              ev=(i < 2))
    r.log(1.2, cd[0], "[INFO] plugin/reload: Running configuration SHA512 = 8f3c0e4b1d9a7c52e6f0a4b3d2c1e9f87a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1")
    for t in (9.8, 47.2, 101.5):
        r.log(t, ad, f"%SPACE% [http-nio-8080-exec-{r.ri(1, 20)}] ERROR c.v.claims.EligibilityClient - eligibility check failed for claim CLM-{r.ri(1000000, 9999999)}: I/O error on POST request for \"https://eligibility.pawsure-re.net/v2/check\": eligibility.pawsure-re.net: Temporary failure in name resolution",
              ev=(t == 9.8))
    r.log(9.81, ad, "java.net.UnknownHostException: eligibility.pawsure-re.net: Temporary failure in name resolution")
    r.log(9.82, ad, "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)")
    for t in (22.5, 88.0):
        r.log(t, inv, f'time=%ISO% level=ERROR msg="send invoice email failed" invoice=INV-{r.ri(100000, 999999)} err="dial tcp: lookup smtp.mailrelay-vet.net on 100.64.0.10:53: server misbehaving"')

    def adok():
        return (f"%SPACE% [http-nio-8080-exec-{r.ri(1, 20)}] INFO  c.v.claims.AdjudicationService - claim CLM-{r.ri(1000000, 9999999)} "
                f"queued for eligibility retry state=PENDING_EXTERNAL")
    r.spread(ad, 10, 170, 3, adok)

    def quote():
        return (f"%GUNI% [{r.ri(8, 12)}] [INFO] quote issued species={r.ch(['canine', 'feline'])} plan={r.ch(['basic', 'plus'])} "
                f"premium_eur={r.ri(12, 74)}.{r.ri(0, 99):02d} db=claims-db.claims.svc.cluster.local")
    r.spread(pq, 0, 170, 6, quote)
    r.log(58.3, pq, f"%GUNI% [9] [WARNING] rejected quote request: invalid postcode '00000'")
    r.log(120.6, inv, 'time=%ISO% level=INFO msg="invoice batch rendered" count=31 failed=0')
    r.log(131.4, ad, "%SPACE% [scheduling-1] INFO  c.v.claims.OutboxRelay - outbox relay cycle published=8 failed=0 pending=0")
    return r.done("Claims are piling up in PENDING_EXTERNAL. What is failing?", sel("claims"),
                  "ERROR", "dns_resolution", "coredns",
                  "CoreDNS cannot reach the upstream corporate resolvers (10.20.0.10/11): forwarded queries for external names time out, so external hostnames fail to resolve while cluster.local names still work.",
                  "Eligibility checks and invoice e-mails fail with name-resolution errors because CoreDNS's forwards to the upstream DNS servers time out; internal services resolve fine.",
                  "Restore connectivity from the cluster to the upstream resolvers (firewall/NSX rule) or point the CoreDNS forward plugin at reachable resolvers, then retry the pending claims.")


@scenario
def dns_tix_fanapp_coredns_roll():
    r = Rec("dns-tix-fanapp-coredns-roll", "tix", "k0s", "fanapp-k0s", "2026-02-14T19:45:00")
    n1, n2, n3 = "tixfan-w1", "tixfan-w2", "tixfan-w3"
    old = [r.pod("vector", "kube-system", r.rs("coredns"), "coredns", n1, "coredns") for _ in range(2)]
    nch = r.h(10)
    new = [r.pod("vector", "kube-system", f"coredns-{nch}-{r.h(5)}", "coredns", n, "coredns") for n in (n2, n3)]
    bp = r.rs("fan-app-bff")
    bff = r.pod("vector", "fanapp", bp, "bff", n2, "fan-app-bff")
    pn = r.pod("vector", "fanapp", r.rs("push-notifier"), "push-notifier", n3, None)
    for k, st in enumerate(old):
        r.log(10.0 + k * 0.05, st, "[INFO] SIGTERM: Shutting down servers then terminating", ev=(k == 0))
        r.log(10.01 + k * 0.05, st, "[INFO] plugin/health: Going into lameduck mode for 5s")
    for k, st in enumerate(new):
        t = 27.5 + k * 1.3
        r.log(t, st, ".:53")
        r.log(t + 0.01, st, "[INFO] plugin/reload: Running configuration SHA512 = 3b1e0a2c9f7d6e5b4a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a")
        r.log(t + 0.02, st, "CoreDNS-1.11.3")
        r.log(t + 0.03, st, "linux/amd64, go1.21.11, a6338e9")
    host = "redis-sessions.fanapp.svc.cluster.local"
    for i, t in enumerate((12.4, 15.9, 19.2, 23.0)):
        r.log(t, bff, J(level=50, time="%EPOCHMS%", pid=1, hostname=bp,
                        msg=f"[ioredis] Unhandled error event: Error: getaddrinfo EAI_AGAIN {host}",
                        err={"type": "Error", "message": f"getaddrinfo EAI_AGAIN {host}", "code": "EAI_AGAIN",
                             "syscall": "getaddrinfo", "hostname": host}), ev=(i == 0))
    r.log(17.1, bff, J(level=40, time="%EPOCHMS%", pid=1, hostname=bp, msg="session lookup failed, serving guest view",
                       status=503, path="/v2/me/tickets"))
    r.log(29.6, bff, J(level=30, time="%EPOCHMS%", pid=1, hostname=bp, msg="redis connection ready", host=host))
    r.log(14.8, pn, 'level=warn ts=%ISO% caller=sender.go:88 msg="push send failed, will retry" err="Post \\"https://fcm.googleapis.com/v1/projects/tixfan/messages:send\\": dial tcp: lookup fcm.googleapis.com on 10.96.0.10:53: read udp 10.244.3.19:51834->10.96.0.10:53: i/o timeout" attempt=1')
    r.log(31.2, pn, 'level=info ts=%ISO% caller=sender.go:97 msg="push send ok" attempt=2 batch=500')

    def bffok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=bp, msg="request completed",
                 req={"method": "GET", "url": r.ch(["/v2/events/upcoming", "/v2/me/tickets", "/v2/venues/12/map"])},
                 res={"statusCode": 200}, responseTime=r.ri(8, 90))
    r.spread(bff, 0, 140, 9, bffok)
    r.log(77.7, bff, J(level=30, time="%EPOCHMS%", pid=1, hostname=bp, msg="request completed",
                       req={"method": "GET", "url": "/v2/me/tickets"}, res={"statusCode": 401}, responseTime=3))

    def pushok():
        return f'level=info ts=%ISO% caller=sender.go:97 msg="push send ok" attempt=1 batch={r.ri(100, 500)}'
    r.spread(pn, 35, 140, 4, pushok)
    r.log(120.0, pn, 'level=info ts=%ISO% caller=stats.go:30 msg="delivery stats" sent=14200 failed=0 invalid_tokens=12')
    return r.done("Fans saw guest pages instead of their tickets for half a minute around 19:45. Critical?", sel(app="fan-app-bff"),
                  "WARN", "dns_resolution", "coredns",
                  "Both CoreDNS replicas were terminated at the same time during node maintenance; until the replacements started, cluster DNS lookups failed (EAI_AGAIN / i/o timeout).",
                  "For about 20 seconds no CoreDNS pod was serving, so the fan app could not resolve its Redis session store and push sends timed out on lookup; both recovered once the new CoreDNS pods came up.",
                  "Spread CoreDNS replicas across nodes (anti-affinity) and add a PodDisruptionBudget; no immediate action needed.")


@scenario
def conn_fab_amhs_mcs():
    r = Rec("conn-fab-amhs-mcs", "fab", "kubeadm", "fab1-bm", "2026-01-16T14:20:00")
    n1, n2 = "fab1-bm-r03-n01", "fab1-bm-r03-n02"
    am = r.pod("promtail", "mes", r.rs("amhs-bridge"), "amhs-bridge", n1, "amhs-bridge")
    dp = r.pod("promtail", "mes", r.rs("mes-dispatcher"), "dispatcher", n2, "mes-dispatcher")
    lt = r.pod("promtail", "mes", r.rs("lot-tracker"), "lot-tracker", n2, "lot-tracker")
    mcs = "10.120.4.21:5000"
    r.log(2.3, am, f'time=%ISO% level=WARN msg="HSMS link state changed" session=MCS-1 remote={mcs} from=SELECTED to=NOT_CONNECTED reason="connection closed by peer"', ev=True)
    t = 3.0
    i = 0
    while t < 170:
        r.log(t, am, f'time=%ISO% level=ERROR msg="HSMS connect failed" session=MCS-1 remote={mcs} err="dial tcp {mcs}: connect: connection refused" retry_in=5s attempt={i + 1}',
              ev=(i < 2))
        t += 5.0 + r.rf(0.0, 0.05)
        i += 1
        if i > 6:
            t += 17.0
    for k in range(4):
        tt = r.rf(8, 165)
        r.log(tt, dp, J(level="error", ts="%EPOCH%", caller="transport/client.go:119", msg="transport request failed",
                        carrier=f"FOUP-A{r.ri(100, 999):04d}", dest=r.ch(["ETCH-03-LP1", "CVD-11-LP2", "CMP-04-LP1"]),
                        status=503, error="amhs link down"))
    r.log(121.0, dp, J(level="warn", ts="%EPOCH%", caller="dispatch/qtime.go:88", msg="queue-time window at risk",
                       lot=f"N4K{r.ri(2000, 2999)}.{r.ri(1, 9)}", step="M1_CLEAN_TO_DEP", remaining_min=r.ri(20, 45)))

    def decide():
        return J(level="info", ts="%EPOCH%", caller="dispatch/engine.go:214", msg="dispatch decision",
                 tool=r.ch(["ETCH-03", "CVD-11", "LITHO-07"]), lot=f"N4K{r.ri(2000, 2999)}.{r.ri(1, 9)}", priority=r.ri(1, 4), queue_depth=r.ri(8, 19))
    r.spread(dp, 0, 170, 4, decide)

    def move():
        return spring("INFO", "lot-tracker", f"nio-8080-exec-{r.ri(1, 12)}", "c.f.mes.lot.LotMoveController",
                      f"Lot track-out recorded lot=N4K{r.ri(2000, 2999)}.{r.ri(1, 9)} tool={r.ch(['LITHO-07', 'IMP-02', 'METRO-01'])} qty=25")
    r.spread(lt, 0, 170, 6, move)
    r.log(64.2, lt, spring("WARN", "lot-tracker", "nio-8080-exec-9", "o.s.w.s.m.s.DefaultHandlerExceptionResolver",
                           "Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource actuator/env.]"))
    r.log(95.5, lt, spring("WARN", "lot-tracker", "nio-8080-exec-2", "com.zaxxer.hikari.pool.PoolBase",
                           "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5b1e9a2c (This connection has been closed.). Possibly consider using a shorter maxLifetime value."))
    r.log(95.6, lt, spring("INFO", "lot-tracker", "nio-8080-exec-2", "c.f.mes.lot.LotMoveController",
                           f"Lot track-out recorded lot=N4K{r.ri(2000, 2999)}.{r.ri(1, 9)} tool=IMP-02 qty=25"))
    return r.done("What broke?", sel("mes"),
                  "ERROR", "connection_refused", "amhs-bridge",
                  "amhs-bridge cannot re-establish its HSMS session to the AMHS material control system: the MCS host refuses connections on 10.120.4.21:5000 after closing the link.",
                  "The AMHS link is down because the MCS endpoint refuses TCP connections, so carrier transport requests from the dispatcher fail with 503 and queue-time windows are at risk.",
                  "Check the MCS host/service on 10.120.4.21 (process, maintenance, firewall) and restore the listener; amhs-bridge reconnects automatically once it accepts.")


@scenario
def conn_tix_payment_hsm():
    r = Rec("conn-tix-payment-hsm", "tix", "AKS", "tix-prod-weu-aks", "2026-03-07T10:00:00")
    vm = f"aks-onsale-{r.ri(10000000, 99999999)}-vmss"
    n1, n2, n3 = vm + "000002", vm + "000005", vm + "00000c"
    pa = r.pod("fluentbit", "payments", r.rs("payment-adapter"), "payment-adapter", n1, "payment-adapter")
    co = r.pod("fluentbit", "onsale", r.rs("checkout-api"), "checkout-api", n2, "checkout-api")
    ig = r.pod("fluentbit", "ingress-nginx", r.rs("ingress-nginx-controller"), "controller", n3, None)
    hsm = "10.30.8.14:1500"
    for i, t in enumerate((3.2, 19.8, 44.1, 71.5, 103.9, 138.0)):
        th = f"http-nio-8443-exec-{r.ri(1, 40)}"
        r.log(t, pa, f"%SPACE% [{th}] ERROR c.t.payments.hsm.HsmGatewayClient - HSM gateway unreachable, authorization {r.hx(12)} aborted", ev=(i == 0))
        r.log(t + 0.001, pa, f"org.apache.hc.client5.http.HttpHostConnectException: Connect to http://{hsm} [/{hsm.split(':')[0]}] failed: Connection refused", ev=(i < 2))
        if i < 2:
            r.log(t + 0.002, pa, "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)")
            r.log(t + 0.003, pa, "\tat org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:158)")
        r.log(t + 0.02, co, J(level=50, time="%EPOCHMS%", pid=1, hostname=co.labels["kubernetes_pod_name"],
                               msg="payment authorization failed", upstream="payment-adapter.payments.svc:8443",
                               status=503, body="hsm_unavailable", orderId=f"O-{r.hx(10)}"))
        r.log(t + 0.05, ig, ingress_access(r, r.ip("81.2"), "POST", "/v1/checkout", 502, 97, UA_IOS,
                                           "onsale-checkout-api-8080", r.ip("10.244") + ":8080", r.rf(0.02, 0.09)))
    r.log(58.0, pa, "%SPACE% [scheduling-1] WARN  c.t.payments.hsm.HsmGatewayClient - circuit breaker 'hsm' state changed CLOSED -> OPEN (failure rate 100.0%)")

    def cok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=co.labels["kubernetes_pod_name"], msg="request completed",
                 req={"method": "GET", "url": r.ch(["/v1/cart", "/v1/events/EV-31207/prices"])}, res={"statusCode": 200},
                 responseTime=r.ri(5, 60))
    r.spread(co, 0, 150, 6, cok)

    def iok():
        return ingress_access(r, r.ip("81.2"), "GET", r.ch(["/v1/cart", "/v1/events/EV-31207/prices"]), 200, r.ri(300, 2000),
                              UA_IOS, "onsale-checkout-api-8080", r.ip("10.244") + ":8080", r.rf(0.005, 0.06))
    r.spread(ig, 0, 150, 4, iok)
    r.log(83.4, ig, ingress_access(r, r.ip("45.155"), "GET", "/.git/HEAD", 404, 146, UA_SCAN, "upstream-default-backend", "-", 0.0))
    r.log(91.2, co, J(level=40, time="%EPOCHMS%", pid=1, hostname=co.labels["kubernetes_pod_name"],
                      msg="session expired", status=401, path="/v1/cart"))
    r.log(12.7, pa, "%SPACE% [main] WARN  o.s.b.a.ssl.SslPropertiesBundleRegistrar - Property 'server.ssl.key-store-type' is deprecated, use 'spring.ssl.bundle.jks' instead")
    return r.done("Every checkout fails with 'payment unavailable'. Where is the break?", None,
                  "CRITICAL", "connection_refused", "payment-adapter",
                  "payment-adapter cannot connect to the HSM gateway at 10.30.8.14:1500 (connection refused), so every card authorization is aborted and returned as 503.",
                  "All checkout payments fail: the payment adapter's HSM gateway dependency refuses connections, its circuit breaker opens and checkout returns 502 to fans during the on-sale.",
                  "Restore the HSM gateway service on 10.30.8.14:1500 (or fail over to the standby HSM) and confirm the circuit breaker closes; pause the on-sale until authorizations succeed.")


@scenario
def timeout_vet_results_post():
    r = Rec("timeout-vet-results-post", "vet", "GKE", "vetcare-euw4", "2026-03-10T08:40:00")
    pool = f"gke-vetcare-euw4-default-pool-{r.hx(8)}"
    n1, n2 = f"{pool}-{r.h(4)}", f"{pool}-{r.h(4)}"
    ing = r.pod("datadog", "lab", r.rs("lab-results-ingest"), "ingest", n1, "lab-results-ingest", "lab-results-ingest")
    pr = r.pod("datadog", "clinic", r.rs("patient-records"), "patient-records", n2, "patient-records", "patient-records")
    hl = r.pod("datadog", "lab", r.rs("hl7-listener"), "hl7-listener", n1, "hl7-listener", "hl7-listener")
    url = "http://patient-records.clinic.svc:8000/v2/results"
    for i, t in enumerate((14.2, 38.7, 77.3, 121.9)):
        rid = f"RES-{r.ri(1000000, 9999999)}"
        r.log(t, ing, J(level="warn", ts="%EPOCH%", caller="sink/records.go:141", msg="post result failed, will retry",
                        result=rid, attempt=1,
                        error=f'Post "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
              ev=(i < 2))
        r.log(t + r.rf(1.5, 3.5), ing, J(level="info", ts="%EPOCH%", caller="sink/records.go:156", msg="posted result",
                                        result=rid, attempt=2, latency_ms=r.ri(1400, 3900)))
        r.log(t + r.rf(0.2, 0.9), pr, f"%PY% WARNING patient_records.middleware: slow request POST /v2/results took {r.rf(5.1, 6.8, 2)}s", ev=(i == 0))

    def uv():
        return f'INFO:     {r.ip("10.8")}:{r.ri(30000, 60000)} - "{r.ch(["POST /v2/results", "GET /v2/patients/PT-" + str(r.ri(10000, 99999))])} HTTP/1.1" 200 OK'
    r.spread(pr, 0, 150, 8, uv)

    def ok():
        return J(level="info", ts="%EPOCH%", caller="sink/records.go:156", msg="posted result",
                 result=f"RES-{r.ri(1000000, 9999999)}", attempt=1, latency_ms=r.ri(300, 1900))
    r.spread(ing, 0, 150, 6, ok)

    def hl7():
        return f"%ISO% INFO  hl7: ORU^R01 accepted msh10={r.ri(10000000, 99999999)} analyzer=AN-{r.ri(10, 40)} obx={r.ri(8, 30)} ack=AA"
    r.spread(hl, 0, 150, 6, hl7)
    r.log(66.0, hl, "%ISO% WARN  hl7: MLLP client 10.8.3.41 disconnected without ACK read; resent ACK on reconnect")
    r.log(140.0, ing, J(level="info", ts="%EPOCH%", caller="sink/stats.go:19", msg="sink stats", posted=214, retried=4, dropped=0))
    r.log(101.3, pr, f'INFO:     {r.ip("10.8")}:{r.ri(30000, 60000)} - "GET /v2/patients/PT-00000 HTTP/1.1" 404 Not Found')
    return r.done("Analyzer results reach records late this morning - is that an outage?", sel("lab"),
                  "WARN", "timeout", "patient-records",
                  "patient-records answers result POSTs in 5-7 s during the morning analyzer burst, longer than lab-results-ingest's client timeout, so first attempts hit context deadline exceeded.",
                  "Some result posts time out waiting for patient-records headers and succeed on retry; nothing is dropped, results are only delayed.",
                  "Optional: raise the ingest client timeout or add capacity to patient-records for the morning burst; investigate the slow POST /v2/results path.")


@scenario
def timeout_fab_wafermap_render():
    r = Rec("timeout-fab-wafermap-render", "fab", "Talos", "fab2-yield-talos", "2026-01-30T11:00:00")
    n1, n2, n3 = (f"talos-{r.h(3)}-{r.h(3)}" for _ in range(3))
    rp = r.rs("wafer-map-renderer")
    rip = r.ip("10.244") + ":8000"
    rd = r.pod("alloy", "yield", rp, "renderer", None, "wafer-map-renderer")
    ig = r.pod("alloy", "ingress-nginx", r.rs("ingress-nginx-controller"), "controller", None, "ingress-nginx")
    dash = r.pod("alloy", "yield", r.rs("yield-dashboard"), "yield-dashboard", None, "yield-dashboard")
    r.log(3.1, ig, 'W%KLOG%       7 controller.go:1214] Service "yield/legacy-maps" does not have any active Endpoint.')
    for i, (t, w) in enumerate(((5.0, "07"), (18.5, "12"), (44.0, "03"))):
        path = f"/api/maps/N4K2291.{w}?layer=bin&res=full"
        r.log(t, rd, f"%PY% INFO renderer: render start lot=N4K2291 wafer={w} layer=bin res=full dies=1842")
        te = t + 60.0 + r.rf(0.0, 0.01)
        r.log(te, ig, f'%NGXE% [error] 41#41: *{r.ri(180000, 190000)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {r.ip("10.244")}, server: yield.fab2.local, request: "GET {path} HTTP/1.1", upstream: "http://{rip}{path}", host: "yield.fab2.local"',
              ev=(i < 2))
        r.log(te + 0.001, ig, ingress_access(r, r.ip("10.30"), "GET", path, 504, 562, UA_BROWSER,
                                             "yield-wafer-map-renderer-8000", rip, 60.001), ev=(i == 0))
        r.log(te + 0.05, dash, J(level=50, time="%EPOCHMS%", pid=1, hostname=dash.labels["pod"], msg="map request failed",
                                 status=504, path=path, responseTime=60004))
        el = r.rf(70, 76, 1)
        r.log(t + el + 0.004, rd, f"%PY% INFO renderer: render done lot=N4K2291 wafer={w} layer=bin res=full elapsed={el}s png_kb={r.ri(9000, 14000)}",
              ev=(i == 0))
        r.log(t + r.rf(76.1, 76.3), rd, f'%PY% WARNING renderer: client went away before response was sent path={path}')

    def ok():
        p = f"/api/maps/N4K{r.ri(2000, 2999)}.{r.ri(1, 25):02d}?layer=bin&res=preview"
        return ingress_access(r, r.ip("10.30"), "GET", p, 200, r.ri(40000, 90000), UA_BROWSER,
                              "yield-wafer-map-renderer-8000", rip, r.rf(0.3, 1.9))
    r.spread(ig, 0, 150, 6, ok)
    r.log(97.0, ig, ingress_access(r, r.ip("10.30"), "GET", "/wp-login.php", 404, 146, UA_SCAN, "upstream-default-backend", "-", 0.0))

    def dok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=dash.labels["pod"], msg="request completed",
                 req={"method": "GET", "url": f"/api/trends/{r.ch(['N4K', 'N4P', 'M7X'])}/weekly"}, res={"statusCode": 200},
                 responseTime=r.ri(20, 140))
    r.spread(dash, 0, 150, 5, dok)
    r.log(130.0, rd, "%PY% INFO renderer: cache stats hits=412 misses=37 evictions=0")
    return r.done("Full-resolution wafer maps never load but previews do. Is the renderer crashing?", sel("yield"),
                  "ERROR", "timeout", "wafer-map-renderer",
                  "Full-resolution map renders take 70-76 s in wafer-map-renderer, longer than the ingress's 60 s proxy read timeout, so ingress-nginx returns 504 before the renderer answers.",
                  "Every full-resolution map request times out at the ingress (upstream timed out while reading response header) and the dashboard shows 504s; the renderer is not crashing, it is too slow for the configured timeout.",
                  "Raise proxy-read-timeout for the renderer ingress or make full-resolution renders asynchronous/cached; profile the full-resolution path.")


@scenario
def tls_vet_pdmp_pkix():
    r = Rec("tls-vet-pdmp-pkix", "vet", "EKS", "vetcare-euc1-eks", "2026-03-12T09:00:00")
    n1 = f"ip-10-80-{r.ri(0, 63)}-{r.ri(10, 250)}.eu-central-1.compute.internal"
    n2 = f"ip-10-80-{r.ri(64, 127)}-{r.ri(10, 250)}.eu-central-1.compute.internal"
    pd = r.pod("filebeat", "pharmacy", r.rs("pdmp-reporter"), "pdmp-reporter", n1, "pdmp-reporter")
    rx = r.pod("filebeat", "pharmacy", r.rs("rx-dispense"), "rx-dispense", n2, "rx-dispense")
    cm = r.pod("filebeat", "cert-manager", r.rs("cert-manager"), "cert-manager-controller", n2, "cert-manager")
    url = "https://submit.pdmp-vet.eu/api/v3/dispensations"
    pk = ("PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
          "unable to find valid certification path to requested target")
    for i, t in enumerate((8.4, 68.4, 128.4)):
        b = f"B-{r.ri(10000, 99999)}"
        r.log(t, pd, f'%SPACE% [scheduling-1] ERROR c.v.rx.pdmp.PdmpReporter - PDMP submission failed batch={b} records={r.ri(20, 60)}: I/O error on POST request for "{url}": {pk}',
              ev=(i < 2))
        if i == 0:
            r.log(t + 0.001, pd, f"org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"{url}\": {pk}")
            r.log(t + 0.002, pd, f"Caused by: javax.net.ssl.SSLHandshakeException: {pk}", ev=True)
            r.log(t + 0.003, pd, "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
            r.log(t + 0.004, pd, "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1357)")
        r.log(t + 0.3, pd, f"%SPACE% [scheduling-1] WARN  c.v.rx.pdmp.OutboxMonitor - pdmp outbox pending={412 + i * 47} oldest_age={9 + i}m regulatory_deadline=24h")
    drugs = ["buprenorphine 0.3mg/ml", "tramadol 50mg", "meloxicam 1.5mg/ml", "gabapentin 100mg"]

    def disp():
        return J(event="prescription dispensed", rx=f"RX-{r.ri(100000, 999999)}", drug=r.ch(drugs),
                 qty=r.ri(1, 60), clinic=f"CL-{r.ri(100, 299):04d}", level="info", timestamp="%ISO%")
    r.spread(rx, 0, 150, 8, disp)
    r.log(40.2, rx, J(event="request rejected", path="/v1/prescriptions", status=401, reason="session expired",
                      level="warning", timestamp="%ISO%"))
    r.log(22.0, cm, f'I%KLOG%       1 conditions.go:192] Found status change for Certificate "rx-api-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to {r.fmt(22.0, "%ISOS%").replace("T", " ").replace("Z", " +0000 UTC m=+")}{r.ri(100000, 999999)}.{r.ri(100000000, 999999999)}')
    r.log(22.3, cm, 'I%KLOG%       1 trigger_controller.go:215] "cert-manager/certificates-trigger: certificate does not require re-issuance. certificate renewal scheduled near expiry time." key="pharmacy/rx-api-tls"')
    r.log(95.0, pd, "%SPACE% [scheduling-1] INFO  c.v.rx.pdmp.PdmpReporter - state registry heartbeat ok endpoint=https://status.pdmp-vet.eu/health latency=212ms")
    return r.done("Controlled-drug reports to the state registry are backing up. Why?", sel("pharmacy"),
                  "ERROR", "tls_certificate", "pdmp-reporter",
                  "pdmp-reporter's JVM truststore does not contain the CA that now signs the registry's submission endpoint certificate, so TLS handshakes fail with PKIX path building errors.",
                  "Every PDMP submission batch fails the TLS handshake (unable to find valid certification path), so regulatory dispensation reports accumulate in the outbox.",
                  "Add the registry's new CA/intermediate to the pdmp-reporter truststore (or update the base image CA bundle), redeploy, and drain the outbox before the reporting deadline.")


@scenario
def tls_tix_gate_cert_expired():
    r = Rec("tls-tix-gate-cert-expired", "tix", "DOKS", "tix-venue-nyc1", "2026-02-08T17:00:00")
    n1, n2 = f"gate-pool-{r.h(5)}", f"gate-pool-{r.h(5)}"
    gs = r.pod("promtail", "gate", r.rs("gate-scan-api"), "gate-scan-api", n1, "gate-scan-api")
    sy = r.pod("promtail", "gate", r.rs("gate-sync"), "gate-sync", n2, "gate-sync")
    cm = r.pod("promtail", "cert-manager", r.rs("cert-manager"), "cert-manager-controller", n2, None)
    ig = r.pod("promtail", "ingress-nginx", r.rs("ingress-nginx-controller"), "controller", n1, None)
    evs = r.events("event-exporter")
    ch = f"gate-api-tls-1-{r.ri(1000000000, 2999999999)}-{r.ri(1000000000, 4294967295)}"
    r.log(1.5, cm, 'I%KLOG%       1 trigger_controller.go:215] "cert-manager/certificates-trigger: Certificate must be re-issued" key="gate/gate-api-tls" reason="Expired" message="Certificate expired on 2026-02-08T16:40:00Z"')
    for i, t in enumerate((4.2, 64.5, 124.9)):
        r.log(t, cm, f'E%KLOG%       1 sync.go:190] "propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.controller" resource_name="{ch}" resource_namespace="gate" resource_kind="Challenge" resource_version="v1" dnsName="scan.gate.tixco.io" type="HTTP-01"',
              ev=(i == 0))
    r.kev(4.3, evs, "gate", "Challenge", ch, "Presented", 'Presented challenge using HTTP-01 challenge mechanism', "Normal",
          comp="cert-manager-challenges")
    exp = ("tls: failed to verify certificate: x509: certificate has expired or is not yet valid: "
           "current time {now} is after 2026-02-08T16:40:00Z")
    for i, t in enumerate((9.7, 39.9, 70.2, 100.4, 130.6)):
        now = r.fmt(t, "%ISOS%")
        r.log(t, sy, f'time=%ISO% level=ERROR msg="push allowlist delta failed" endpoint=https://scan.gate.tixco.io/v1/allowlist err="Post \\"https://scan.gate.tixco.io/v1/allowlist\\": {exp.format(now=now)}"',
              ev=(i < 2))
    for t in (30.0, 90.0, 150.0):
        r.log(t, gs, J(level="warn", message="no scans received", service="gate-scan-api", windowSec=60,
                       gatesSilent=["N1", "N2", "N3", "S1", "S2", "E1"], timestamp="%ISO%"))

    def health():
        return J(level="info", message="request completed", service="gate-scan-api", method="GET", url="/healthz",
                 status=200, ms=r.ri(1, 3), timestamp="%ISO%")
    r.spread(gs, 0, 160, 4, health)
    r.log(51.0, ig, ingress_access(r, r.ip("10.244"), "GET", "/.well-known/acme-challenge/" + r.hx(43)[:43], 404, 146,
                                   "cert-manager-challenges/v1.14.4 (linux/amd64) cert-manager/9d6b4c6a",
                                   "upstream-default-backend", "-", 0.001))
    r.log(77.3, ig, ingress_access(r, r.ip("185.220"), "GET", "/admin/config.php", 404, 146, UA_SCAN,
                                   "upstream-default-backend", "-", 0.0))
    r.log(112.0, sy, 'time=%ISO% level=INFO msg="venue roster refreshed" staff=212 devices=58 changed=0')
    return r.done("Handheld scanners at every gate show 'secure connection failed'. Is this a network issue?", sel("gate"),
                  "CRITICAL", "tls_certificate", "gate-scan-api",
                  "The gate-scan-api TLS certificate expired at 16:40 because cert-manager's renewal is stuck: the HTTP-01 challenge for scan.gate.tixco.io returns 404, so no new certificate is issued.",
                  "Clients fail TLS verification against the scan endpoint (certificate has expired) and no scans reach gate-scan-api; cert-manager keeps failing the ACME HTTP-01 propagation check.",
                  "Fix the HTTP-01 solver routing (or switch to DNS-01) so the challenge succeeds, or install a valid certificate manually now; then confirm scanners reconnect.")


@scenario
def auth_fab_recipe_sync_rbac():
    r = Rec("auth-fab-recipe-sync-rbac", "fab", "OpenShift", "ocp-fab2", "2026-01-23T08:30:00")
    infra = r.h(5)
    n1 = f"ocp-fab2-{infra}-worker-a-{r.h(5)}"
    n2 = f"ocp-fab2-{infra}-worker-b-{r.h(5)}"
    rs = r.pod("otel", "recipe-mgmt", r.rs("recipe-sync"), "manager", n1, "recipe-sync", "recipe-sync")
    srv = r.pod("otel", "recipe-mgmt", r.rs("recipe-server"), "recipe-server", n2, "recipe-server", "recipe-server")
    au = r.pod("otel", "recipe-mgmt", r.rs("recipe-audit"), "audit", n2, None, "recipe-audit")
    forb = ('configmaps is forbidden: User "system:serviceaccount:recipe-mgmt:recipe-sync" cannot list resource '
            '"configmaps" in API group "" in the namespace "tool-hosts"')
    refl = "pkg/mod/k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232"
    r.log(0.7, rs, 'W%KLOG%       1 warnings.go:70] apps.openshift.io/v1 DeploymentConfig is deprecated in v4.14+, unavailable in v4.10000+')
    for i, t in enumerate((2.1, 33.8, 95.2, 160.4)):
        r.log(t, rs, f"W%KLOG%       1 reflector.go:547] {refl}: failed to list *v1.ConfigMap: {forb}", ev=(i < 2))
        r.log(t + 0.001, rs, J(level="error", ts="%ISO%", logger="controller-runtime.cache.UnhandledError", msg="Failed to watch",
                               reflector=refl, type="*v1.ConfigMap", error=f"failed to list *v1.ConfigMap: {forb}"),
              ev=(i == 0))
    for t in (122.5,):
        r.log(t, rs, J(level="error", ts="%ISO%", msg="Reconciler error", controller="reciperollout",
                       controllerGroup="recipes.fabco.io", controllerKind="RecipeRollout", namespace="recipe-mgmt",
                       name="etch-m1-v3-rev8", reconcileID=r.uuid(),
                       error="listing tool host configmaps: timed out waiting for cache to be synced for Kind *v1.ConfigMap"))
    r.log(123.0, rs, J(level="info", ts="%ISO%", msg="rollout status", controller="reciperollout", name="etch-m1-v3-rev8",
                       phase="Pending", toolsUpdated=0, toolsTotal=6))
    r.log(45.0, rs, J(level="info", ts="%ISO%", msg="Reconciling", controller="recipevalidation", name="cvd-teos-b-rev14",
                      result="valid"))

    def dl():
        return spring("INFO", "recipe-server", f"nio-8080-exec-{r.ri(1, 10)}", "c.f.recipe.api.RecipeController",
                      f"download recipe={r.ch(['CVD_TEOS_B', 'CMP_STI_A', 'IMP_BF2_LD'])} rev={r.ri(3, 22)} tool={r.ch(['CVD-11', 'CMP-04', 'IMP-02'])} bytes={r.ri(8000, 40000)}")
    r.spread(srv, 0, 170, 6, dl)
    r.log(58.6, srv, spring("WARN", "recipe-server", "nio-8080-exec-5", "c.f.recipe.security.TokenFilter",
                            "access token expired for client=tool-host-CMP-04; responding 401 (client will refresh)"))

    def audit():
        return f"%PY% INFO audit: recipe change recorded recipe={r.ch(['CVD_TEOS_B', 'IMP_BF2_LD'])} rev={r.ri(15, 23)} user=pe-{r.ri(100, 999)} approved=false stage=review"
    r.spread(au, 0, 60, 2, audit)
    return r.done("Recipe rev 8 for the etchers was approved an hour ago but no tool has it. Why?", sel("recipe-mgmt"),
                  "ERROR", "auth_failure", "recipe-sync",
                  "The recipe-sync service account has no RBAC permission to list ConfigMaps in the tool-hosts namespace, so its ConfigMap informer never syncs and recipe rollouts cannot proceed.",
                  "recipe-sync's watches on tool-host ConfigMaps are rejected as forbidden, its caches never sync and the ETCH_M1_V3 rev 8 rollout stays Pending with zero tools updated.",
                  "Restore the Role/RoleBinding granting system:serviceaccount:recipe-mgmt:recipe-sync get/list/watch on configmaps in tool-hosts; the controller will resync without a restart.")


@scenario
def auth_vet_claims_db_password():
    r = Rec("auth-vet-claims-db-password", "vet", "RKE2", "vetins-rke2", "2026-02-27T08:00:00")
    n1, n2, n3 = "vetins-rke2-agent-1", "vetins-rke2-agent-2", "vetins-rke2-agent-3"
    cp = r.rs("claims-api")
    puid = r.uuid()
    ca = r.pod("promtail", "claims", cp, "claims-api", n1, "claims-api")
    db = r.pod("promtail", "claims", "claims-db-0", "postgres", n2, "claims-db")
    pq = r.pod("promtail", "claims", r.rs("policy-quote"), "policy-quote", n3, "policy-quote")
    evs = r.events("event-exporter")
    dbip = "10.43." + str(r.ri(10, 200)) + "." + str(r.ri(2, 250))

    def attempt(t, first):
        pid = r.ri(8000, 9999)
        cip = r.ip("10.42")
        r.log(t, ca, "%PY% INFO claims_api.startup: connecting to database host=claims-db.claims.svc port=5432 db=claims user=claims_app")
        r.log(t + 0.05, db, f"%PG% [{pid}] FATAL:  password authentication failed for user \"claims_app\"", ev=first)
        r.log(t + 0.051, db, f'%PG% [{pid}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 99: "host all all all scram-sha-256"', ev=first)
        r.log(t + 0.09, ca, "Traceback (most recent call last):")
        r.log(t + 0.091, ca, '  File "/app/claims_api/main.py", line 41, in <module>')
        r.log(t + 0.092, ca, "    engine = init_db(settings.database_url)")
        r.log(t + 0.093, ca, '  File "/app/.venv/lib/python3.12/site-packages/psycopg/connection.py", line 748, in connect')
        r.log(t + 0.094, ca, "    raise last_ex.with_traceback(None)")
        r.log(t + 0.095, ca, f'psycopg.OperationalError: connection failed: connection to server at "{dbip}", port 5432 failed: FATAL:  password authentication failed for user "claims_app"', ev=first)
    attempt(1.0, True)
    r.kev(2.5, evs, "claims", "Pod", cp, "BackOff", f"Back-off restarting failed container claims-api in pod {cp}_claims({puid})",
          host=n1, count=6, first=-420, ev=True)
    attempt(83.0, False)
    r.kev(84.6, evs, "claims", "Pod", cp, "BackOff", f"Back-off restarting failed container claims-api in pod {cp}_claims({puid})",
          host=n1, count=7, first=-420)

    def quote():
        return (f"%GUNI% [{r.ri(8, 12)}] [INFO] quote issued species={r.ch(['canine', 'feline'])} plan={r.ch(['basic', 'plus', 'premium'])} "
                f"premium_eur={r.ri(12, 74)}.{r.ri(0, 99):02d}")
    r.spread(pq, 0, 160, 7, quote)
    r.log(47.9, pq, "%GUNI% [10] [WARNING] client session expired for broker portal user=brk-2231; returned 401")
    r.log(60.0, db, f"%PG% [{r.ri(30, 99)}] LOG:  checkpoint starting: time")
    r.log(112.4, db, f"%PG% [{r.ri(30, 99)}] LOG:  checkpoint complete: wrote 311 buffers (1.9%); 0 WAL file(s) added, 0 removed, 0 recycled; write=31.102 s, sync=0.004 s, total=31.119 s; sync files=22, longest=0.002 s, average=0.001 s; distance=2711 kB, estimate=9120 kB; lsn=1/3B0C2A48, redo lsn=1/3A9F11D0")
    r.log(20.3, db, f'%PG% [{r.ri(8000, 9999)}] LOG:  connection authorized: user=policy_quote database=claims application_name=policy-quote SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)')
    return r.done("claims-api is crash-looping since the 08:00 credential rotation. What do the logs say?", sel("claims"),
                  "CRITICAL", "auth_failure", "claims-api",
                  "claims-api uses a stale database password after the credential rotation: PostgreSQL rejects user claims_app with 'password authentication failed', and the app exits at startup.",
                  "claims-api cannot authenticate to PostgreSQL (SCRAM password mismatch for claims_app) and crashes on every start, leaving it in CrashLoopBackOff; other database users connect normally.",
                  "Sync the rotated password into the claims-api database Secret (or roll back the rotation) and restart the deployment; make the rotation update both sides atomically.")


@scenario
def config_tix_payout_env():
    r = Rec("config-tix-payout-env", "tix", "LKE", "tix-payouts-lke", "2026-02-15T02:00:00")
    cid, pool = r.ri(150000, 199999), r.ri(200000, 299999)
    n1, n2 = f"lke{cid}-{pool}-{r.hx(8)}", f"lke{cid}-{pool}-{r.hx(8)}"
    wp = r.rs("payout-batcher")
    puid = r.uuid()
    wk = r.pod("vector", "payouts", wp, "worker", n1, "payout-batcher")
    lg = r.pod("vector", "payouts", r.rs("ledger-api"), "ledger-api", n2, "ledger-api")
    mq = r.pod("vector", "payouts", "rabbitmq-0", "rabbitmq", n2, None)
    evs = r.events("event-exporter")

    def crash(t, first):
        r.log(t, wk, "Traceback (most recent call last):")
        r.log(t + 0.001, wk, '  File "/app/payouts/worker.py", line 12, in <module>')
        r.log(t + 0.002, wk, "    settings = Settings()")
        r.log(t + 0.003, wk, '  File "/app/.venv/lib/python3.12/site-packages/pydantic_settings/main.py", line 144, in __init__')
        r.log(t + 0.004, wk, "    super().__init__(")
        r.log(t + 0.005, wk, '  File "/app/.venv/lib/python3.12/site-packages/pydantic/main.py", line 176, in __init__')
        r.log(t + 0.006, wk, "    self.__pydantic_validator__.validate_python(data, self_instance=self)")
        r.log(t + 0.007, wk, "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings", ev=first)
        r.log(t + 0.008, wk, "payout_provider_base_url", ev=first)
        r.log(t + 0.009, wk, "  Field required [type=missing, input_value={'broker_url': 'amqp://pa...ledger-api:8080/v1'}, input_type=dict]", ev=first)
        r.log(t + 0.010, wk, "    For further information visit https://errors.pydantic.dev/2.6/v/missing")
    crash(3.2, True)
    r.kev(4.8, evs, "payouts", "Pod", wp, "BackOff", f"Back-off restarting failed container worker in pod {wp}_payouts({puid})",
          host=n1, count=5, first=-300, ev=True)
    crash(84.1, False)
    r.kev(85.9, evs, "payouts", "Pod", wp, "BackOff", f"Back-off restarting failed container worker in pod {wp}_payouts({puid})",
          host=n1, count=6, first=-300)
    r.log(3.3, mq, f"%RMQ% [warning] <0.{r.ri(2000, 9000)}.0> closing AMQP connection <0.{r.ri(2000, 9000)}.0> ({r.ip('10.2')}:{r.ri(40000, 60000)} -> 10.2.1.5:5672, vhost: '/', user: 'payouts'): client unexpectedly closed TCP connection")
    r.log(120.0, mq, f"%RMQ% [info] <0.{r.ri(2000, 9000)}.0> Queue 'payouts.settle' in vhost '/': consumer count 0, messages ready 1842")

    def post():
        return J(level="info", ts="%EPOCH%", caller="ledger/post.go:88", msg="ledger entry posted",
                 entry=f"LE-{r.ri(1000000, 9999999)}", amount_cents=r.ri(10000, 9000000), currency="USD")
    r.spread(lg, 0, 160, 6, post)
    r.log(41.0, lg, J(level="warn", ts="%EPOCH%", caller="auth/middleware.go:51", msg="session token expired",
                      status=401, subject="finops-ui"))
    r.log(100.0, lg, J(level="info", ts="%EPOCH%", caller="ledger/reconcile.go:140", msg="reconciliation pass",
                       mismatches=0, dlq_depth=0, pending=0))
    return r.done("Promoter payouts didn't go out tonight. Minor hiccup?", sel("payouts", app="payout-batcher"),
                  "CRITICAL", "config_error", "payout-batcher",
                  "payout-batcher's settings require PAYOUT_PROVIDER_BASE_URL, which is missing from its environment after the config change, so settings validation fails at import and the worker exits.",
                  "The payout worker crash-loops on a pydantic ValidationError for the missing payout_provider_base_url setting; no consumer is attached to the settlement queue and payouts pile up.",
                  "Restore PAYOUT_PROVIDER_BASE_URL in the ConfigMap/Secret referenced by the deployment (check for a renamed key), restart the worker and confirm the settle queue drains.")


@scenario
def config_fab_route_yaml():
    r = Rec("config-fab-route-yaml", "fab", "MicroK8s", "fab3-line2-microk8s", "2026-01-26T15:00:00")
    n1 = "fab3-l2-edge01"
    lt = r.pod("fluentbit", "mes", r.rs("lot-tracker"), "lot-tracker", n1, "lot-tracker")
    dp = r.pod("fluentbit", "mes", r.rs("mes-dispatcher"), "dispatcher", n1, "mes-dispatcher")
    am = r.pod("fluentbit", "mes", r.rs("amhs-bridge"), "amhs-bridge", n1, None)
    r.log(6.2, lt, spring("INFO", "lot-tracker", "ConfigMapWatcher-1", "o.s.c.k.c.c.r.ConfigurationChangeDetector",
                          "Detected change in config maps/secrets, reload will be triggered (configmap mes/route-table)"))
    r.log(6.5, lt, spring("ERROR", "lot-tracker", "ConfigMapWatcher-1", "c.f.mes.route.RouteTableLoader",
                          "Failed to load route table from /config/routes.yaml (revision 58)"), ev=True)
    r.log(6.501, lt, "org.yaml.snakeyaml.scanner.ScannerException: mapping values are not allowed here", ev=True)
    r.log(6.502, lt, " in 'reader', line 41, column 23:")
    r.log(6.503, lt, "            max-qtime: 4h: 30m")
    r.log(6.504, lt, "                          ^")
    r.log(6.505, lt, "\tat org.yaml.snakeyaml.scanner.ScannerImpl.fetchValue(ScannerImpl.java:902)")
    r.log(6.6, lt, spring("WARN", "lot-tracker", "ConfigMapWatcher-1", "c.f.mes.route.RouteTableLoader",
                          "Route table reload failed; keeping active revision 57 (rejected 58). Product families added in 58 are not routable: [N3P-A, N3P-B]"),
          ev=True)
    for t in (22.0, 48.5, 81.2, 117.9, 150.3):
        lot = f"N3P{r.ri(100, 999):04d}.{r.ri(1, 9)}"
        r.log(t, lt, spring("ERROR", "lot-tracker", f"nio-8080-exec-{r.ri(1, 12)}", "c.f.mes.lot.LotMoveController",
                            f"Lot move rejected lot={lot}: no route step after ETCH-03 for product {r.ch(['N3P-A', 'N3P-B'])} (route table revision 57)"))
        r.log(t + 0.2, dp, J(level="warn", ts="%EPOCH%", caller="dispatch/engine.go:301", msg="lot not dispatchable",
                             lot=lot, reason="track-out rejected by lot-tracker", status=422))

    def move():
        return spring("INFO", "lot-tracker", f"nio-8080-exec-{r.ri(1, 12)}", "c.f.mes.lot.LotMoveController",
                      f"Lot move accepted lot=N4K{r.ri(2000, 2999)}.{r.ri(1, 9)} from=ETCH-03 to=CVD-11 step=M1_DEP qty=25")
    r.spread(lt, 0, 165, 6, move)
    r.log(90.0, lt, spring("WARN", "lot-tracker", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                           "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s234ms)."))

    def tj():
        return (f'time=%ISO% level=INFO msg="transport job completed" job=TJ-{r.ri(80000, 89999)} '
                f"carrier=FOUP-B{r.ri(100, 999):04d} duration_ms={r.ri(31000, 74000)}")
    r.spread(am, 0, 165, 4, tj)
    r.log(140.0, dp, J(level="info", ts="%EPOCH%", caller="dispatch/holds.go:77", msg="hold summary",
                       held_lots=0, rejected=5, interlocked_tools=0))
    return r.done("New N3P lots are stuck after etch on line 2. Why?", sel("mes", app="lot-tracker"),
                  "ERROR", "config_error", "lot-tracker",
                  "Revision 58 of the route-table ConfigMap contains invalid YAML (line 41: 'max-qtime: 4h: 30m'), so lot-tracker rejects the reload and keeps revision 57, which has no routes for the new N3P product families.",
                  "lot-tracker failed to parse the updated route table and is still on the previous revision, so every N3P lot move after ETCH-03 is rejected while other products move normally.",
                  "Fix the YAML in the route-table ConfigMap (quote the duration, e.g. '4h30m'), validate it in CI, and let lot-tracker reload; then retry the rejected lot moves.")


@scenario
def res_vet_dicom_scratch():
    r = Rec("res-vet-dicom-scratch", "vet", "OKE", "vetcare-oke-fra", "2026-03-02T13:00:00")
    n1, n2 = f"10.0.20.{r.ri(10, 250)}", f"10.0.20.{r.ri(10, 250)}"
    dp = r.rs("imaging-dicom")
    dc = r.pod("filebeat", "clinic", dp, "imaging-dicom", n1, "imaging-dicom")
    fw = r.pod("filebeat", "clinic", r.rs("study-forwarder"), "forwarder", n2, "study-forwarder")
    vw = r.pod("filebeat", "clinic", r.rs("imaging-viewer"), "viewer", n2, None)
    evs = r.events("event-exporter")
    mods = ["CR-ROOM2", "DX-ROOM1", "US-CART3"]

    def uid():
        return f"1.2.840.113619.2.55.3.{r.ri(100000000, 999999999)}.{r.ri(100, 999)}.{r.ri(1000000000, 1999999999)}.{r.ri(1, 400)}"
    t = 1.0
    for i in range(6):
        t += r.rf(4, 9)
        r.log(t, dc, f"%PY% INFO pynetdicom.assoc: Association Accepted calling_ae={r.ch(mods)} called_ae=VETPACS")
        r.log(t + 0.8, dc, f"%PY% INFO imaging_dicom.store: stored instance sop={uid()} size_kb={r.ri(9000, 31000)} path=/scratch/incoming")
    for i, t in enumerate((44.2, 46.9, 52.3, 58.8)):
        r.log(t, dc, f"%PY% ERROR imaging_dicom.store: failed to write instance sop={uid()} to /scratch/incoming: [Errno 28] No space left on device", ev=(i < 2))
        r.log(t + 0.01, dc, f"%PY% WARNING pynetdicom.events: C-STORE response status 0xA700 (Refused: Out of Resources) calling_ae={r.ch(mods)}")
    r.kev(63.5, evs, "clinic", "Pod", dp, "Evicted", "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ",
          host=n1, ev=True)
    r.kev(63.6, evs, "clinic", "Pod", dp, "Killing", "Stopping container imaging-dicom", "Normal", host=n1)
    newp = dp.rsplit("-", 1)[0] + "-" + r.h(5)
    r.kev(64.0, evs, "clinic", "ReplicaSet", dp.rsplit("-", 1)[0], "SuccessfulCreate", f"Created pod: {newp}", "Normal",
          comp="replicaset-controller")
    for k in range(4):
        r.log(r.rf(5, 150), fw, f"%PY% INFO study_forwarder: forwarded study={uid()[:38]} instances={r.ri(2, 40)} archive=s3://vet-pacs-archive queue_depth={r.ri(900, 1900)}")
    r.log(30.0, fw, "%PY% WARNING study_forwarder: forward lag growing queue_depth=1433 rate_in=38/min rate_out=9/min")
    r.log(92.0, fw, "%PY% INFO study_forwarder: archive PUT retry succeeded attempt=2 status=200")

    def view():
        return J(level="info", msg="study opened", patient=f"PT-{r.ri(10000, 99999)}", instances=r.ri(1, 40), ms=r.ri(80, 900), time="%ISO%")
    r.spread(vw, 0, 150, 5, view)
    r.log(77.0, vw, J(level="warn", msg="token expired, redirecting to login", status=401, time="%ISO%"))
    r.log(21.5, dc, f"%PY% INFO pynetdicom.assoc: Association Aborted calling_ae=US-CART3 reason=A-P-ABORT (modality powered off)")
    return r.done("X-ray rooms say images are refused by the PACS. What is going on?", sel("clinic"),
                  "ERROR", "resource_exhausted", "imaging-dicom",
                  "imaging-dicom's scratch space (ephemeral storage, 2Gi limit) fills up because incoming studies arrive faster than they are forwarded, so writes fail with ENOSPC and the kubelet evicts the pod for exceeding its ephemeral-storage limit.",
                  "The DICOM receiver runs out of local disk: instance writes fail with 'No space left on device', modalities get C-STORE 'Out of Resources' and the pod is evicted for ephemeral-storage usage.",
                  "Give the receiver a PVC or larger ephemeral-storage limit, speed up or scale the study forwarder, and have modalities resend refused studies.")


@scenario
def res_tix_edge_worker_conns():
    r = Rec("res-tix-edge-worker-conns", "tix", "Scaleway Kapsule", "tix-par-kapsule-2", "2026-02-20T12:00:00")
    nodes = [f"scw-tix-par-kapsule-2-edge-{r.hx(20)}" for _ in range(2)]
    ep = [r.rs("queue-edge") for _ in range(2)]
    qe = [r.pod("datadog", "onsale", p, "nginx", nodes[i], "queue-edge", "queue-edge") for i, p in enumerate(ep)]
    qg = r.pod("datadog", "onsale", r.rs("queue-gateway"), "queue-gateway", nodes[1], "queue-gateway", "queue-gateway")
    gip = r.ip("10.64")

    def acc(st, status=200):
        return lambda: (f'{r.ip("91.16")} - - [%NGX%] "GET /queue/status?token={r.hx(16)} HTTP/1.1" {status} '
                        f'{r.ri(90, 140) if status == 200 else 157} "-" "{UA_IOS}" rt={r.rf(0.002, 0.04)} uct="0.000" urt="{r.rf(0.002, 0.04)}"')
    for st in qe:
        r.spread(st, 0, 170, 5, acc(st))
    cnt = 0
    for k, st in enumerate(qe):
        for t in ((1.8, 3.1, 7.4, 15.9, 31.2) if k == 0 else (2.6, 9.9, 24.0)):
            r.log(t, st, "%NGXE% [alert] 23#23: 1024 worker_connections are not enough", ev=(cnt < 2))
            cnt += 1
        r.log(5.5 + k, st, f'%NGXE% [alert] 23#23: *{r.ri(900000, 999999)} 1024 worker_connections are not enough while connecting to upstream, client: {r.ip("91.16")}, server: queue.tixco.io, request: "GET /queue/status?token={r.hx(16)} HTTP/1.1", upstream: "http://{gip}:8080/queue/status", host: "queue.tixco.io"',
              ev=(k == 0))
        r.spread(st, 2, 30, 2, acc(st, 502))
    r.log(48.0, qe[0], f'%NGXE% [warn] 23#23: *{r.ri(900000, 999999)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/21/0000001214 while reading upstream, client: {r.ip("91.16")}, server: queue.tixco.io, request: "GET /queue/seatmap-bundle.js HTTP/1.1", upstream: "http://{gip}:8080/queue/seatmap-bundle.js", host: "queue.tixco.io"')
    r.log(96.2, qe[1], f'{r.ip("45.9")} - - [%NGX%] "GET /.env HTTP/1.1" 404 153 "-" "{UA_SCAN}" rt=0.000 uct="-" urt="-"')

    ev_id = f"EV-{r.ri(40000, 40999)}"

    def admit():
        return J(level="info", ts="%EPOCH%", caller="admission/window.go:131", msg="admitted batch",
                 event=ev_id, admitted=r.ri(300, 600), waiting=r.ri(200000, 500000), rate_per_s=500)
    r.spread(qg, 0, 170, 6, admit)
    r.log(60.0, qg, J(level="info", ts="%EPOCH%", caller="admission/metrics.go:22", msg="window stats", errors=0, dropped=0, reissued_tokens=31))
    return r.done("Some fans got 502s right at 12:00 on-sale open. Should we worry?", sel("onsale"),
                  "WARN", "resource_exhausted", "queue-edge",
                  "At the on-sale open the queue-edge nginx workers hit their 1024 worker_connections limit under the burst of status polls, so some connections were dropped and answered 502 until the burst subsided.",
                  "queue-edge briefly ran out of nginx worker connections during the opening spike (worker_connections are not enough), producing a short burst of 502s; traffic normalised within about half a minute and the queue itself was healthy.",
                  "Raise worker_connections/worker_rlimit_nofile for queue-edge or add replicas before on-sales; no immediate action since it recovered.")


@scenario
def storage_fab_tsdb_multiattach():
    r = Rec("storage-fab-tsdb-multiattach", "fab", "Tanzu", "tkg-fab2-prod", "2026-01-21T05:10:00")
    ms = r.hx(9)
    nodes = [f"tkg-fab2-prod-md-0-{ms}-{r.h(5)}" for _ in range(3)]
    evs = r.events("otel-k8sevents")
    pvc = f"pvc-{r.uuid()}"
    ing = r.pod("otel", "equipment", r.rs("eqp-telemetry-ingest"), "ingest", nodes[1], "eqp-telemetry-ingest", "eqp-telemetry-ingest")
    fdc = r.pod("otel", "equipment", r.rs("fdc-collector"), "fdc-collector", nodes[2], "fdc-collector", "fdc-collector")
    r.kev(0.5, evs, "equipment", "Pod", "telemetry-tsdb-0", "Scheduled",
          f"Successfully assigned equipment/telemetry-tsdb-0 to {nodes[0]}", "Normal", comp="default-scheduler")
    r.kev(0.9, evs, "equipment", "Pod", "telemetry-tsdb-0", "FailedAttachVolume",
          f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
          comp="attachdetach-controller", ev=True)
    r.kev(122.6, evs, "equipment", "Pod", "telemetry-tsdb-0", "FailedMount",
          "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x7k2q]: timed out waiting for the condition",
          host=nodes[0], ev=True)
    r.kev(60.9, evs, "equipment", "Pod", "telemetry-tsdb-0", "FailedAttachVolume",
          f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
          comp="attachdetach-controller", count=3, first=0.9)
    r.kev(2.0, evs, "default", "Node", nodes[2], "NodeNotSchedulable", f"Node {nodes[2]} status is now: NodeNotSchedulable",
          "Normal", host=nodes[2])
    spool = 58
    for i, t in enumerate((4.1, 34.2, 64.6, 94.8, 125.0, 155.1)):
        r.log(t, ing, f'time="%ISO%" level=error msg="tsdb write failed, spooling batch" err="failed to connect to `host=telemetry-tsdb.equipment.svc user=ingest database=telemetry`: dial error (dial tcp 10.96.112.40:5432: connect: connection refused)" batch={r.ri(4000, 6000)}')
        spool += r.ri(3, 5)
        r.log(t + 0.01, ing, f'time="%ISO%" level=warning msg="local spool filling" spool_pct={spool} spool_bytes={spool * 214748364 // 10} eta_full_min={max(1, (100 - spool) // 2)}')

    def s6f11():
        return (f'time="%ISO%" level=info msg="S6F11 event report" tool={r.ch(["CVD-11", "CMP-04", "ETCH-03"])} ceid={r.ri(1000, 1400)} '
                f"rptid={r.ri(10, 40)} svids={r.ri(8, 64)} lag_ms={r.ri(3, 40)}")
    r.spread(ing, 0, 160, 5, s6f11)

    def scored():
        return (f"%ISO% [info     ] window scored                  tool={r.ch(['CVD-11', 'CMP-04'])} chamber={r.ch('ABCD')} "
                f"model=fdc-v12 score={r.rf(0.01, 0.31)} fault=False")
    r.spread(fdc, 0, 160, 5, scored)
    r.log(80.0, fdc, "%ISO% [warning  ] kafka commit retried           attempt=1 error=REBALANCE_IN_PROGRESS")
    r.log(80.9, fdc, "%ISO% [info     ] kafka commit ok                attempt=2")
    return r.done("The telemetry database has been down since the node drain at 05:00. Why won't it come back?", sel("equipment"),
                  "CRITICAL", "storage", "telemetry-tsdb",
                  "The telemetry-tsdb-0 data volume is still attached to the drained node, so the attach to the new node fails with a Multi-Attach error and the pod cannot mount its PVC.",
                  "telemetry-tsdb-0 is stuck in ContainerCreating (Multi-Attach error, mount timed out); the database is down and equipment telemetry is spooling to local disk, which will fill within minutes.",
                  "Detach the volume from the old node (delete the stale VolumeAttachment / detach the disk in vSphere) so it can attach to the new node; watch the ingest spool drain afterwards.")


@scenario
def storage_vet_docs_readonly():
    r = Rec("storage-vet-docs-readonly", "vet", "kubeadm", "vet-onprem-kubeadm", "2026-03-04T10:20:00")
    n1, n2 = "vet-k8s-w01", "vet-k8s-w02"
    vd = r.pod("promtail", "clinic", r.rs("vet-docs"), "vet-docs", n1, "vet-docs")
    ap = r.pod("promtail", "clinic", r.rs("appointment-api"), "appointment-api", n2, "appointment-api")
    kern = r.nodelog("journal", n1, None, "kernel")
    kl = r.nodelog("journal", n1, "kubelet.service", "kubelet")
    sector = r.ri(2000000, 2900000)
    r.log(11.20, kern, "sd 2:0:0:1: [sdb] tag#12 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=0s")
    r.log(11.201, kern, "sd 2:0:0:1: [sdb] tag#12 Sense Key : Medium Error [current]")
    r.log(11.202, kern, f"I/O error, dev sdb, sector {sector} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    r.log(11.203, kern, f"Buffer I/O error on dev sdb1, logical block {sector // 8 - 256}, lost async page write")
    r.log(11.4, kern, "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm python: Detected aborted journal", ev=True)
    r.log(11.41, kern, "EXT4-fs (sdb1): Remounting filesystem read-only", ev=True)
    r.log(2.0, kl, f'E%KLOG%    {r.ri(900, 1900)} file_linux.go:61] "Unable to read config path" err="path does not exist, ignoring" path="/etc/kubernetes/manifests"')
    for k in range(3):
        r.log(r.rf(0.5, 10.5), vd, J(event="attachment stored", patient=f"PT-{r.ri(10000, 99999)}", kind=r.ch(["xray", "lab-pdf", "consent"]),
                                     bytes=r.ri(80000, 4000000), level="info", timestamp="%ISO%"))
    for i, t in enumerate((12.9, 31.5, 57.2, 88.8, 120.4)):
        f = f"/data/attachments/2026/03/PT-{r.ri(10000, 99999)}/{r.ch(['xray', 'lab', 'consent'])}-{r.hx(8)}.bin"
        r.log(t, vd, J(event="upload failed", path="/v1/attachments", status=500, error=f"[Errno 30] Read-only file system: '{f}'",
                       exc_type="OSError", level="error", timestamp="%ISO%"), ev=(i == 0))
    r.log(40.0, vd, J(event="attachment served", patient=f"PT-{r.ri(10000, 99999)}", bytes=r.ri(80000, 900000), level="info", timestamp="%ISO%"))
    r.log(71.0, vd, J(event="attachment served", patient=f"PT-{r.ri(10000, 99999)}", bytes=r.ri(80000, 900000), level="info", timestamp="%ISO%"))

    def booked():
        return J(Timestamp="%ISO%", EventId=0, LogLevel="Information", Category="VetCare.Appointments.BookingService",
                 Message=f"Booked appointment {r.ri(400000, 499999)} for patient PT-{r.ri(10000, 99999)} at CL-0{r.ri(100, 299)}")
    r.spread(ap, 0, 140, 6, booked)
    r.log(66.1, ap, J(Timestamp="%ISO%", EventId=0, LogLevel="Warning", Category="VetCare.Appointments.SmsClient",
                      Message="SMS provider returned 503, retrying in 2s (attempt 1)"))
    r.log(68.3, ap, J(Timestamp="%ISO%", EventId=0, LogLevel="Information", Category="VetCare.Appointments.SmsClient",
                      Message="SMS accepted by provider (attempt 2)"))
    return r.done("Vets can view old X-rays but uploads fail. Which component is at fault?", sel("clinic"),
                  "ERROR", "storage", "vet-docs",
                  "The disk backing vet-docs' local volume (sdb on vet-k8s-w01) returned medium errors on write; ext4 aborted its journal and remounted the filesystem read-only, so uploads fail with EROFS.",
                  "vet-docs can still read existing attachments, but every upload fails with 'Read-only file system' because the node's data disk hit I/O errors and ext4 remounted it read-only.",
                  "Move vet-docs' data to healthy storage (replace sdb / restore from backup onto a new volume), run fsck, and check the disk's SMART status; re-upload failed attachments.")


@scenario
def db_tix_inventory_deadlock():
    r = Rec("db-tix-inventory-deadlock", "tix", "GKE", "tix-prod-euw1", "2026-03-14T15:00:00")
    pool = f"gke-tix-prod-euw1-onsale-{r.hx(8)}"
    nodes = [f"{pool}-{r.h(4)}" for _ in range(3)]
    ih = r.pod("alloy", "onsale", r.rs("inventory-hold"), "inventory-hold", None, "inventory-hold")
    my = r.pod("alloy", "onsale", "inventory-mysql-0", "mysql", None, "inventory-mysql")
    co = r.pod("alloy", "onsale", r.rs("checkout-api"), "checkout-api", None, "checkout-api")
    ev_id = f"EV-{r.ri(50000, 59999)}"
    r.log(0.4, my, "%ISO6% 14 [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'")
    for i, t in enumerate((6.3, 19.7, 33.0, 58.4, 81.9, 117.2, 140.6)):
        th = f"nio-8080-exec-{r.ri(10, 200)}"
        r.log(t - 0.004, my, "%ISO6% 0 [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information.", ev=(i == 0))
        if i == 0:
            r.log(t - 0.003, my, "%ISO6% 0 [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION:")
            r.log(t - 0.0025, my, f"%ISO6% 0 [Note] [MY-012469] [InnoDB] TRANSACTION {r.ri(40000000, 49999999)}, ACTIVE 0 sec starting index read")
            r.log(t - 0.002, my, "%ISO6% 0 [Note] [MY-012469] [InnoDB] *** (2) TRANSACTION:")
            r.log(t - 0.001, my, "%ISO6% 0 [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2)", ev=True)
        r.log(t, ih, spring("WARN", "inventory-hold", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 1213, SQLState: 40001"))
        r.log(t + 0.001, ih, spring("ERROR", "inventory-hold", th, "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                    "Deadlock found when trying to get lock; try restarting transaction"), ev=(i < 2))
        r.log(t + 0.003, ih, spring("ERROR", "inventory-hold", th, "c.t.inventory.HoldService",
                                    f"hold failed event={ev_id} section={r.ri(101, 340)} seats={r.ri(2, 6)}: org.springframework.dao.CannotAcquireLockException: could not execute statement [Deadlock found when trying to get lock; try restarting transaction] [update seat set status=?,hold_id=?,version=? where id=? and version=?]"))
        r.log(t + 0.02, co, J(level=40, time="%EPOCHMS%", pid=1, hostname=co.labels["pod"], msg="hold request failed",
                              status=409, code="HOLD_CONFLICT", event=ev_id))

    def hold():
        return spring("INFO", "inventory-hold", f"nio-8080-exec-{r.ri(10, 200)}", "c.t.inventory.HoldService",
                      f"hold created hold=H-{r.hx(10)} event={ev_id} seats={r.ri(1, 6)} ttl=420s")
    r.spread(ih, 0, 150, 7, hold)

    def cok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=co.labels["pod"], msg="order placed",
                 orderId=f"O-{r.hx(10)}", seats=r.ri(1, 6), responseTime=r.ri(200, 900))
    r.spread(co, 0, 150, 5, cok)
    r.log(72.5, co, J(level=30, time="%EPOCHMS%", pid=1, hostname=co.labels["pod"], msg="request completed",
                      req={"method": "GET", "url": "/server-status"}, res={"statusCode": 404}, responseTime=1))
    r.log(101.0, ih, spring("INFO", "inventory-hold", "hold-reaper-1", "c.t.inventory.HoldReaper",
                            f"released expired holds count=212 event={ev_id}"))
    return r.done("Fans keep getting 'seats no longer available' for seats that look free. Why?", sel("onsale"),
                  "ERROR", "database", "inventory-mysql",
                  "Concurrent seat-hold transactions deadlock in InnoDB on the seat table during the on-sale; MySQL rolls back one transaction each time and inventory-hold surfaces it as a failed hold.",
                  "inventory-mysql keeps detecting deadlocks between hold transactions (error 1213), so a share of hold requests fail and checkout shows HOLD_CONFLICT even though the seats are free.",
                  "Update seats in a consistent order (e.g. by seat id) within a transaction and retry on 1213/40001 in inventory-hold; review the seat table indexes used by the hold update.")


@scenario
def db_fab_replica_lag():
    r = Rec("db-fab-replica-lag", "fab", "Talos", "fab2-analytics-talos", "2026-01-28T07:30:00")
    n1, n2, n3 = (f"talos-{r.h(3)}-{r.h(3)}" for _ in range(3))
    p1 = r.pod("filebeat", "yield", "yield-db-1", "postgres", n1, "yield-db")
    p2 = r.pod("filebeat", "yield", "yield-db-2", "postgres", n2, "yield-db")
    rep = r.pod("filebeat", "yield", r.rs("yield-report"), "report", n3, "yield-report")
    ld = r.pod("filebeat", "yield", r.rs("yield-loader"), "loader", n3, None)

    def cnpg(pod, sev, msg, extra=None, t=None):
        rec = {"log_time": "%PG%", "user_name": "postgres" if sev == "LOG" else "report_ro",
               "database_name": "" if sev == "LOG" else "yield", "process_id": str(r.ri(1000, 9999)),
               "error_severity": sev, "sql_state_code": "00000" if sev == "LOG" else "40001", "message": msg,
               "backend_type": "checkpointer" if sev == "LOG" else "client backend"}
        if extra:
            rec.update(extra)
        return J(level="info", ts="%ISO%", logger="postgres", msg="record", logging_pod=pod, record=rec)
    for i, t in enumerate((3.5, 27.9, 52.6, 77.1)):
        r.log(t, p1, cnpg("yield-db-1", "LOG", f"checkpoints are occurring too frequently ({r.ri(22, 26)} seconds apart)",
                          {"hint": 'Consider increasing the configuration parameter "max_wal_size".'}), ev=(i == 0))
    lag = [31, 48, 57, 44, 22, 6, 2]
    for i, t in enumerate((10.0, 35.0, 60.0, 85.0, 110.0, 135.0, 160.0)):
        lvl = "WARNING" if lag[i] > 10 else "INFO"
        r.log(t, rep, f"%PY% {lvl} yield_report.db: replica lag {lag[i]}s on yield-db-ro (threshold 10s)" + ("; serving cached summaries" if lag[i] > 10 else ""),
              ev=(i == 1))
    for i, t in enumerate((41.2, 66.8)):
        r.log(t, p2, cnpg("yield-db-2", "ERROR", "canceling statement due to conflict with recovery",
                          {"detail": "User query might have needed to see row versions that must be removed.",
                           "query": "SELECT lot_id, wafer_id, bin, count(*) FROM die_results WHERE fab = $1 AND test_date >= $2 GROUP BY 1, 2, 3"}),
              ev=(i == 0))
        r.log(t + 0.05, rep, f"%PY% WARNING yield_report.db: query canceled by replica (conflict with recovery), retrying in 5s attempt=1")
        r.log(t + 7.9, rep, f"%PY% INFO yield_report.db: query ok attempt=2 rows={r.ri(20000, 90000)}")
    for t in (1.0, 30.0, 60.0, 90.0):
        r.log(t + r.rf(0, 3), ld, f'%PY% INFO loader: bulk insert die_results batch={r.ri(1000, 1999)} rows=250000 elapsed_s={r.rf(3, 9, 1)}')
    r.log(118.0, ld, "%PY% INFO loader: nightly tester backfill complete lots=412 rows=12250000")
    r.log(15.0, rep, "/app/.venv/lib/python3.11/site-packages/pandas/io/sql.py:1601: UserWarning: pandas only supports SQLAlchemy connectable (engine/connection) or database string URI or sqlite3 DBAPI2 connection. Other DBAPI2 objects are not tested. Please consider using SQLAlchemy.")
    r.log(140.0, p2, J(level="info", ts="%ISO%", logger="wal-receiver", msg="streaming replication caught up", logging_pod="yield-db-2"))
    return r.done("Yield reports show yesterday's numbers and some queries were cancelled. Is the database broken?", sel("yield"),
                  "WARN", "database", "yield-db",
                  "A bulk backfill on the primary generated WAL faster than the streaming replica could replay, so the read replica lagged up to about a minute and cancelled long report queries that conflicted with recovery.",
                  "The yield-db read replica fell behind during the tester backfill (checkpoints every ~24 s on the primary, replica lag up to 57 s) and cancelled some report queries; retries succeeded and lag returned to a few seconds once the load finished.",
                  "Optional: throttle or schedule the backfill, raise max_wal_size, and consider hot_standby_feedback or max_standby_streaming_delay for the report replica.")


@scenario
def rate_vet_sms_429():
    r = Rec("rate-vet-sms-429", "vet", "AKS", "vetcare-uks-aks", "2026-03-09T09:00:00")
    vm = f"aks-apps-{r.ri(10000000, 99999999)}-vmss"
    n1, n2 = vm + "000000", vm + "000007"
    rp = r.rs("reminder-sender")
    rm = r.pod("vector", "clinic", rp, "reminder-sender", n1, "reminder-sender")
    ap = r.pod("vector", "clinic", r.rs("appointment-api"), "appointment-api", n2, "appointment-api")
    r.log(0.6, rm, J(level=30, time="%EPOCHMS%", pid=1, hostname=rp, msg="vaccination reminder run started", batch=2400, provider="textline"))
    t = 1.0
    sent = 0
    for i in range(14):
        t += r.rf(4, 10)
        if i in (2, 3, 6, 9):
            r.log(t, rm, J(level=40, time="%EPOCHMS%", pid=1, hostname=rp, msg="rate limited by SMS provider, backing off",
                           status=429, retryAfterSec=2, url="https://api.textline-sms.com/v2/messages",
                           body={"error": "too_many_requests", "limit": "100/min"}), ev=(i in (2, 3)))
            r.log(t + 2.1, rm, J(level=30, time="%EPOCHMS%", pid=1, hostname=rp, msg="sms chunk sent after backoff", chunk=100, attempt=2))
        else:
            sent += 100
            r.log(t, rm, J(level=30, time="%EPOCHMS%", pid=1, hostname=rp, msg="sms chunk sent", chunk=100, attempt=1))
    r.log(t + 5, rm, J(level=30, time="%EPOCHMS%", pid=1, hostname=rp, msg="vaccination reminder run progress", sent=1400, remaining=1000, throttled=4, failed=0))
    r.log(1.2, rm, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")

    def booked():
        return J(Timestamp="%ISO%", EventId=0, LogLevel="Information", Category="VetCare.Appointments.BookingService",
                 Message=f"Booked appointment {r.ri(400000, 499999)} for patient PT-{r.ri(10000, 99999)} at CL-0{r.ri(100, 299)}")
    r.spread(ap, 0, t, 6, booked)
    r.log(37.4, ap, J(Timestamp="%ISO%", EventId=3, LogLevel="Warning", Category="Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor",
                      Message="Request rejected: clinic CL-0999 not found (404)"))
    r.log(58.0, ap, J(Timestamp="%ISO%", EventId=7, LogLevel="Information",
                      Category="Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler",
                      Message="Bearer was not authenticated. Failure message: IDX10223: Lifetime validation failed. The token is expired."))
    return r.done("Vaccination reminders seem to go out slowly this morning. Is the SMS integration failing?", sel("clinic"),
                  "WARN", "rate_limited", "reminder-sender",
                  "The reminder run sends faster than the SMS provider's 100 messages/minute quota, so the provider answers 429 Too Many Requests and reminder-sender backs off.",
                  "reminder-sender is being throttled by the SMS provider (HTTP 429 with Retry-After); chunks succeed after backing off, nothing has failed, the run is just slower.",
                  "Optional: pace sends to the provider quota or request a higher rate limit.")


@scenario
def rate_tix_transfer_dynamo():
    r = Rec("rate-tix-transfer-dynamo", "tix", "EKS", "tix-transfer-use2", "2026-03-14T18:00:00")
    n1 = f"ip-10-70-{r.ri(0, 63)}-{r.ri(10, 250)}.us-east-2.compute.internal"
    n2 = f"ip-10-70-{r.ri(64, 127)}-{r.ri(10, 250)}.us-east-2.compute.internal"
    tt = r.pod("datadog", "fanapp", r.rs("ticket-transfer"), "ticket-transfer", n1, "ticket-transfer", "ticket-transfer")
    bff = r.pod("datadog", "fanapp", r.rs("fan-app-bff"), "bff", n2, "fan-app-bff", "fan-app-bff")
    ev_id = f"EV-{r.ri(60000, 69999)}"
    err = ("operation error DynamoDB: UpdateItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, "
           "RequestID: {rid}, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. "
           "Consider increasing your provisioning level with the UpdateTable API.")
    for i, t in enumerate((5.3, 11.8, 19.0, 26.4, 38.9, 51.2, 66.0, 83.7, 101.5, 126.0)):
        rid = "".join(r.ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(52))
        r.log(t, tt, J(level="error", ts="%EPOCH%", caller="store/dynamo.go:212", msg="transfer update failed",
                       table="ticket-ownership", transfer=f"TR-{r.hx(10)}", event=ev_id, error=err.format(rid=rid)),
              ev=(i < 3))
        r.log(t + 0.02, bff, J(level=50, time="%EPOCHMS%", pid=1, hostname=bff.labels["pod_name"], msg="ticket transfer failed",
                               status=503, code="TRANSFER_UNAVAILABLE", event=ev_id))
    r.log(2.0, tt, J(level="warn", ts="%EPOCH%", caller="store/dynamo.go:188", msg="dynamodb request retried", op="GetItem", attempt=2,
                     reason="ThrottlingException"))
    r.log(2.1, tt, J(level="info", ts="%EPOCH%", caller="store/dynamo.go:195", msg="dynamodb request ok after retry", op="GetItem", attempt=2))

    def ok():
        return J(level="info", ts="%EPOCH%", caller="api/transfer.go:77", msg="transfer lookup", event=ev_id,
                 transfer=f"TR-{r.hx(10)}", status=200, latency_ms=r.ri(8, 60))
    r.spread(tt, 0, 140, 5, ok)

    def bok():
        return J(level=30, time="%EPOCHMS%", pid=1, hostname=bff.labels["pod_name"], msg="request completed",
                 req={"method": "GET", "url": r.ch(["/v2/me/tickets", "/v2/events/upcoming"])}, res={"statusCode": 200},
                 responseTime=r.ri(10, 90))
    r.spread(bff, 0, 140, 6, bok)
    r.log(70.2, bff, J(level=30, time="%EPOCHMS%", pid=1, hostname=bff.labels["pod_name"], msg="request completed",
                       req={"method": "GET", "url": "/v2/me/tickets"}, res={"statusCode": 401}, responseTime=2))
    r.log(110.0, bff, J(level=30, time="%EPOCHMS%", pid=1, hostname=bff.labels["pod_name"], msg="request completed",
                        req={"method": "GET", "url": "/actuator/health"}, res={"statusCode": 404}, responseTime=1))
    return r.done("Ticket transfers fail right before the show. Which service and why?", None,
                  "ERROR", "rate_limited", "ticket-transfer",
                  "ticket-transfer's writes to the ticket-ownership DynamoDB table exceed its provisioned write capacity; DynamoDB throttles them with ProvisionedThroughputExceededException and the SDK gives up after 3 attempts.",
                  "The pre-show transfer surge is throttled by DynamoDB, so transfer updates fail after exhausting retries and fans see 503 TRANSFER_UNAVAILABLE; reads still succeed.",
                  "Raise the table's write capacity or switch it to on-demand, and add backoff/queueing for transfer writes during pre-show peaks.")


@scenario
def node_fab_mce():
    r = Rec("node-fab-mce", "fab", "k0s", "fab2-k0s-metro", "2026-01-24T03:40:00")
    bad, good = "fab2-k0s-w04", "fab2-k0s-w02"
    kern = r.nodelog("syslog", bad, None, "kernel")
    kw = r.nodelog("syslog", good, None, "k0sworker")
    evs = r.events("event-exporter")
    mi = r.rs("metro-ingest")
    api = r.pod("promtail", "metrology", r.rs("metro-api"), "metro-api", good, "metro-api")
    spc = r.pod("promtail", "metrology", r.rs("metro-spc-feed"), "spc-feed", good, None)
    r.log(4.1, kern, "mce: [Hardware Error]: Machine check events logged", ev=True)
    r.log(4.102, kern, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f21a8 offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0000:009f socket:1 imc:0 rank:0 bg:0 ba:0 row:0x1f3c col:0x2a8)", ev=True)
    r.log(4.31, kern, "mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 13: be00000000800090")
    r.log(4.312, kern, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff9a6b2c11> {clear_page_erms+0x11/0x20}")
    r.log(4.32, kern, "Kernel panic - not syncing: Fatal machine check", ev=True)
    r.log(45.6, kw, f'I%KLOG%    {r.ri(1000, 3000)} kubelet_node_status.go:683] "Recording event message for node" node="{good}" event="NodeHasSufficientMemory"')
    r.kev(46.0, evs, "default", "Node", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", "Normal",
          comp="node-controller", ev=True)
    for p in (mi, "metro-db-0"):
        r.kev(46.2, evs, "metrology", "Pod", p, "NodeNotReady", "Node is not ready", comp="node-controller")
    r.kev(346.3, evs, "metrology", "Pod", mi, "TaintManagerEviction", f"Marking for deletion Pod metrology/{mi}", "Normal",
          comp="taint-eviction-controller")
    r.kev(346.4, evs, "metrology", "Pod", "metro-db-0", "TaintManagerEviction", "Marking for deletion Pod metrology/metro-db-0", "Normal",
          comp="taint-eviction-controller")
    for t in (12.0, 40.0, 95.0, 180.0, 290.0, 360.0):
        r.log(t, api, spring("ERROR", "metro-api", f"nio-8080-exec-{r.ri(1, 20)}", "c.f.metro.repo.MeasurementRepository",
                             "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=6)"
                             if t > 100 else
                             "Query failed: org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend. (No route to host)"))
    for t in (20.0, 120.0, 240.0, 355.0):
        r.log(t, spc, f"%PY% WARNING spc_feed: metro-ingest unreachable (timeout), buffering measurements buffered={r.ri(200, 900)}")

    def ok():
        return spring("INFO", "metro-api", f"nio-8080-exec-{r.ri(1, 20)}", "c.f.metro.api.ReportController",
                      f"served cached CD-SEM summary lot=N4K{r.ri(2000, 2999)} sites={r.ri(9, 49)}")
    r.spread(api, 0, 370, 5, ok)
    r.log(150.0, api, spring("WARN", "metro-api", "nio-8080-exec-3", "c.f.metro.security.TokenFilter",
                             "expired session for user=eng-4412; returning 401"))
    return r.done("Metrology data stopped at 03:40. Is it the database?", sel("metrology"),
                  "CRITICAL", "node_failure", "fab2-k0s-w04",
                  "Worker fab2-k0s-w04 hit an uncorrectable memory error (machine check / EDAC UE on DIMM channel 2) and the kernel panicked, so the node went NotReady with metro-ingest and the metro-db-0 StatefulSet pod on it.",
                  "A hardware memory fault crashed node fab2-k0s-w04; it is NotReady, its pods (including the metrology database) are unreachable and being evicted, and clients fail with no-route and pool timeouts.",
                  "Fence the node and replace the failing DIMM; recover metro-db-0 on a healthy node (force-delete the stuck pod only after confirming the node is down) and replay buffered measurements.")


@scenario
def node_vet_calico_edge():
    r = Rec("node-vet-calico-edge", "vet", "MicroK8s", "vet-clinic-edge-mk8s", "2026-03-06T12:10:00")
    na, nb, nc = "clinic-edge-a", "clinic-edge-b", "clinic-edge-c"
    evs = r.events("event-exporter")
    kl = r.nodelog("syslog", nb, None, "microk8s.daemon-kubelite")
    cn = r.ds("calico-node")
    cal = r.pod("fluentbit", "kube-system", cn, "calico-node", nb, None)
    aph = r.h(10)
    newp = f"appointment-api-{aph}-{r.h(5)}"
    ap_old = r.pod("fluentbit", "clinic", r.rs("appointment-api"), "appointment-api", na, "appointment-api")
    vd = r.pod("fluentbit", "clinic", r.rs("vet-docs"), "vet-docs", nc, "vet-docs")
    sbx_err = ('plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: '
               'check that the calico/node container is running and has mounted /var/lib/calico/')
    r.kev(1.0, evs, "clinic", "Pod", newp, "Scheduled", f"Successfully assigned clinic/{newp} to {nb}", "Normal", comp="default-scheduler")
    for i, t in enumerate((2.4, 18.9, 41.3, 77.0)):
        sid = r.hx(64)
        r.kev(t, evs, "clinic", "Pod", newp, "FailedCreatePodSandBox",
              f'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{sid}": {sbx_err}',
              host=nb, count=i + 1, first=2.4, ev=(i < 2))
        esc = sbx_err.replace('"', '\\"')
        r.log(t - 0.01, kl, f'E%KLOG%  {r.ri(4000, 9000)} log.go:32] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"{sid}\\": {esc}"',
              ev=(i == 0))
    r.log(0.5, cal, "%SPACE% [INFO][1] startup/startup.go 432: Early log level set to info")
    r.log(0.7, cal, f'%SPACE% [WARNING][1] startup/startup.go 1060: Unable to auto-detect an IPv4 address using interface regexes [ens.*]: no valid host interfaces found')
    r.log(0.71, cal, "%SPACE% [WARNING][1] startup/startup.go 803: Couldn't autodetect an IPv4 address. If auto-detecting, choose a different autodetection method. Otherwise provide an explicit address.", ev=True)
    r.log(0.8, cal, "Calico node failed to start")
    r.kev(9.0, evs, "kube-system", "Pod", cn, "BackOff", f"Back-off restarting failed container calico-node in pod {cn}_kube-system({r.uuid()})",
          host=nb, count=14, first=-1800)
    r.kev(30.0, evs, "kube-system", "Pod", cn, "Unhealthy",
          "Readiness probe failed: calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/calico/bird.ctl: connect: no such file or directory",
          host=nb, count=9, first=-1700)

    def booked():
        return J(Timestamp="%ISO%", EventId=0, LogLevel="Information", Category="VetCare.Appointments.BookingService",
                 Message=f"Booked appointment {r.ri(400000, 499999)} for patient PT-{r.ri(10000, 99999)} at CL-0{r.ri(100, 299)}")
    r.spread(ap_old, 0, 120, 6, booked)
    r.log(55.0, ap_old, J(Timestamp="%ISO%", EventId=0, LogLevel="Warning", Category="VetCare.Appointments.SlotCache",
                          Message="Slot cache refresh took 2140ms (threshold 2000ms)"))

    def docs():
        return J(event="attachment served", patient=f"PT-{r.ri(10000, 99999)}", bytes=r.ri(80000, 900000), level="info", timestamp="%ISO%")
    r.spread(vd, 0, 120, 4, docs)
    r.log(64.0, vd, J(event="request rejected", path="/v1/attachments", status=401, reason="session expired", level="warning", timestamp="%ISO%"))
    return r.done("The appointment-api update has been stuck for ten minutes on one node. What's wrong?", sel(node=nb),
                  "ERROR", "node_failure", "calico-node",
                  "calico-node on clinic-edge-b cannot start (it fails to autodetect the node's IPv4 address after the NIC rename), so the Calico CNI plugin on that node cannot set up pod networking and every new pod sandbox there fails.",
                  "The node's CNI is broken: calico-node is crash-looping on clinic-edge-b, so new pods scheduled there stay in ContainerCreating with FailedCreatePodSandBox; pods on the other nodes are unaffected.",
                  "Fix Calico's IP autodetection for clinic-edge-b (e.g. IP_AUTODETECTION_METHOD matching the new interface name), let calico-node become ready, and cordon the node until it is.")


# @@NEXT@@


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    out = args[0] if args else DEFAULT_OUT
    stats = "--stats" in argv
    built = [fn() for fn in SCENARIOS]
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    recs = []
    for n, i in enumerate(order, 1):
        rec, meta = built[i]
        rec["id"] = f"dev27-{n:03d}"
        recs.append((rec, meta))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    if stats:
        print_stats(recs)


def print_stats(recs):
    cat, sev, theme, dist, conv = Counter(), Counter(), Counter(), Counter(), Counter()
    catsev = {}
    lines = 0
    nonode = noapp = nodestream = 0
    for rec, meta in recs:
        e = rec["expected"]
        cat[e["root_cause_category"]] += 1
        sev[e["severity"]] += 1
        catsev.setdefault(e["root_cause_category"], Counter())[e["severity"]] += 1
        theme[meta["theme"]] += 1
        dist[meta["dist"]] += 1
        for c in meta["convs"]:
            conv[c] += 1
        lines += len(rec["logs"])
        nonode += meta["no_node_label"]
        noapp += meta["no_app_label"]
        nodestream += meta["has_node_stream"]
    print(f"records: {len(recs)}")
    print(f"total log lines: {lines}")
    print("per category (severities):")
    for c in sorted(cat):
        s = ", ".join(f"{k} {v}" for k, v in sorted(catsev[c].items()))
        print(f"  {c:<20} {cat[c]}  [{s}]")
    print("per severity:")
    for k in ("INFO", "WARN", "ERROR", "CRITICAL"):
        print(f"  {k:<9} {sev[k]}")
    print("per theme:")
    for k, v in sorted(theme.items()):
        print(f"  {k:<6} {v}")
    print(f"distributions: {len(dist)}")
    for k, v in sorted(dist.items()):
        print(f"  {k:<16} {v}")
    print(f"shipper conventions: {len(conv)} (records using each)")
    for k, v in sorted(conv.items()):
        print(f"  {k:<18} {v}")
    print(f"records with a stream lacking a node label: {nonode}")
    print(f"records with a stream lacking an app label: {noapp}")
    print(f"records with node journal/syslog streams: {nodestream}")


if __name__ == "__main__":
    main(sys.argv)
