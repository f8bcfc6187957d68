#!/usr/bin/env python3
"""Generate the dev53 held-out golden set (40 records) and its hard-case tags.

Domains: municipal water utility, public library network, wind farm operator.
Standard library only; fixed seed; output is byte-identical across runs.
"""
import datetime as _dt
import json
import os

import random

RNG = random.Random(205353)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "dev53.jsonl")
OUT_TAGS = os.path.join(HERE, "dev53.tags.json")

ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UTC = _dt.timezone.utc


# ---------------------------------------------------------------- helpers
def rs(n):
    return "".join(RNG.choice(ALNUM) for _ in range(n))


def podname(app):
    return "%s-%s-%s" % (app, rs(10), rs(5))


def ip(b=None):
    return "10.44.%d.%d" % (RNG.randint(0, 15) if b is None else b, RNG.randint(2, 250))


def uid():
    h = "%032x" % RNG.getrandbits(128)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def hexid(n):
    return "%0*x" % (n, RNG.getrandbits(4 * n))


def q(s):
    """logfmt / klog style quoting."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pod_labels(ns, app, pod, container, node):
    return {"namespace": ns, "app": app, "pod": pod, "container": container, "node": node}


def ev_labels(ns):
    return {"namespace": ns, "job": "loki.source.kubernetes_events", "instance": "alloy-events"}


def node_labels(node, unit):
    if unit == "kernel":
        return {"node": node, "job": "systemd-journal", "transport": "kernel", "syslog_identifier": "kernel"}
    return {"node": node, "job": "systemd-journal", "unit": unit}


def ev(name, kind, reason, etype, comp, msg, host=None, count=None, api="v1"):
    """A Kubernetes event as printed by loki.source.kubernetes_events (logfmt)."""
    parts = ["name=%s" % name, "kind=%s" % kind, "objectAPIversion=%s" % api,
             "objectRV=%d" % RNG.randint(1000000, 9999999), "sourcecomponent=%s" % comp]
    if host:
        parts.append("sourcehost=%s" % host)
    parts += ["reason=%s" % reason, "type=%s" % etype]
    if count:
        parts.append("count=%d" % count)
    parts.append("msg=%s" % q(msg))
    return " ".join(parts)


def render(tmpl, dt):
    us = dt.microsecond
    ms = us // 1000
    epoch = (dt - _dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()
    base = dt.strftime("%Y-%m-%dT%H:%M:%S")
    toks = {
        "iso": "%s.%03dZ" % (base, ms),
        "isou": "%s.%06dZ" % (base, us),
        "isons": "%s.%06d%03dZ" % (base, us, (us * 7) % 1000),
        "isos": base + "Z",
        "klog": "%s.%06d" % (dt.strftime("%m%d %H:%M:%S"), us),
        "crdb": "%s.%06d" % (dt.strftime("%y%m%d %H:%M:%S"), us),
        "pg": "%s.%03d UTC" % (dt.strftime("%Y-%m-%d %H:%M:%S"), ms),
        "ngx": dt.strftime("%Y/%m/%d %H:%M:%S"),
        "nats": "%s.%06d" % (dt.strftime("%Y/%m/%d %H:%M:%S"), us),
        "mojo": "%s.%05d" % (dt.strftime("%Y-%m-%d %H:%M:%S"), us // 10),
        "kc": "%s,%03d" % (dt.strftime("%Y-%m-%d %H:%M:%S"), ms),
        "dream": "%s.%03d" % (dt.strftime("%d.%m.%y %H:%M:%S"), ms),
        "epoch": "%.7f" % epoch,
        "ceph": "%s.%06d+0000" % (base, us),
        "rlog": dt.strftime("%Y-%m-%d %H:%M:%S"),
        "nim": "%s.%03d+00:00" % (dt.strftime("%Y-%m-%d %H:%M:%S"), ms),
        "clf": "%02d/%s/%d:%s +0000" % (dt.day, MONTHS[dt.month - 1], dt.year, dt.strftime("%H:%M:%S")),
        "hap": "%02d/%s/%d:%s.%03d" % (dt.day, MONTHS[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"), ms),
        "julia": "%s.%03d" % (base, ms),
        "ymdhms": dt.strftime("%Y-%m-%d %H:%M:%S"),
        "sp": "%s.%03d" % (dt.strftime("%Y-%m-%d %H:%M:%S"), ms),
        "erl": "%s.%06d+00:00" % (base, us),
    }
    out = tmpl
    for k, v in toks.items():
        out = out.replace("\u00a7" + k + "\u00a7", v)
    assert "\u00a7" not in out, out
    return out


def build(sc):
    """Turn a scenario dict into a golden record (without id)."""
    t0 = sc["t0"]
    logs, evidence = [], []
    last = -1.0
    prev_dt = None
    # every record starts at a slightly irregular moment, and each line gets a few ms of jitter;
    # times stay strictly increasing (at least 1 ms apart) so the order is unambiguous.
    t0 = t0 + _dt.timedelta(milliseconds=RNG.randint(0, 999))
    for i, (sec, key, text, is_ev) in enumerate(sc["lines"]):
        assert sec > last, (sc["name"], sec)
        last = sec
        dt = t0 + _dt.timedelta(seconds=sec, microseconds=RNG.randint(0, 40000))
        if prev_dt is not None and dt < prev_dt + _dt.timedelta(milliseconds=1):
            dt = prev_dt + _dt.timedelta(microseconds=RNG.randint(1000, 1999))
        prev_dt = dt
        logs.append({
            "ts": dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000),
            "labels": dict(sc["src"][key]),
            "line": render(text, dt),
        })
        if is_ev:
            evidence.append(i)
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(sc["sel"])
    expected = {
        "severity": sc["sev"],
        "root_cause_category": sc["cat"],
    }
    if sc["sev"] != "INFO":
        expected["component"] = sc["comp"]
    expected["root_cause"] = sc["rc"]
    expected["summary"] = sc["summ"]
    expected["action"] = sc["act"]
    expected["evidence"] = evidence
    return {
        "source": "synthetic:dev53",
        "question": sc["q"],
        "selector": sel,
        "logs": logs,
        "expected": expected,
    }


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


def T(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def kubelet_probe(kind, ns, pod, puid, cont, output, lvl="I"):
    return ('%s\u00a7klog\u00a7    2143 prober.go:107] "Probe failed" probeType="%s" pod="%s/%s" podUID="%s" '
            'containerName="%s" probeResult="failure" output=%s' % (lvl, kind, ns, pod, puid, cont, q(output)))


def kubelet_backoff(ns, pod, puid, cont, backoff, reason="CrashLoopBackOff"):
    inner = 'failed to "StartContainer" for "%s" with %s: "back-off %s restarting failed container=%s pod=%s_%s(%s)"' % (
        cont, reason, backoff, cont, pod, ns, puid)
    return ('E\u00a7klog\u00a7    2143 pod_workers.go:1301] "Error syncing pod, skipping" err=%s pod="%s/%s" podUID="%s"'
            % (q(inner), ns, pod, puid))


def vibe(th, lvl, msg):
    return "[%s(%s) %s] %s" % (th, rs(4).capitalize(), lvl, msg)


# ====================================================================== INFO
@scenario
def info_reservoir_telemetry_rollout():
    ns, app = "water-scada", "reservoir-telemetry"
    n_old, n_new, n_db = "wu-node-02", "wu-node-04", "wu-node-01"
    ors, nrs = rs(10), rs(10)
    oldp, newp = "%s-%s-%s" % (app, ors, rs(5)), "%s-%s-%s" % (app, nrs, rs(5))
    puid, pip, logid = uid(), ip(2), "0p" + rs(9)
    src = {
        "ev": ev_labels(ns),
        "old": pod_labels(ns, app, oldp, "telegraf", n_old),
        "new": pod_labels(ns, app, newp, "telegraf", n_new),
        "kubelet": node_labels(n_new, "kubelet.service"),
        "influx": pod_labels(ns, "influxdb", "influxdb-0", "influxdb", n_db),
    }
    img = "registry.water.local/scada/telegraf:1.33.1"
    lines = [
        (0.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 1 from 0" % (app, nrs), api="apps/v1"), False),
        (1.2, "ev", ev(newp, "Pod", "Scheduled", "Normal", "default-scheduler",
                       "Successfully assigned %s/%s to %s" % (ns, newp, n_new)), False),
        (2.9, "ev", ev(newp, "Pod", "Pulled", "Normal", "kubelet",
                       'Container image "%s" already present on machine' % img, host=n_new), False),
        (3.1, "ev", ev(newp, "Pod", "Started", "Normal", "kubelet", "Started container telegraf", host=n_new), False),
        (3.4, "new", "\u00a7isos\u00a7 I! Loading config: /etc/telegraf/telegraf.conf", False),
        (3.6, "new", "\u00a7isos\u00a7 I! Starting Telegraf 1.33.1 brought to you by InfluxData the makers of InfluxDB", False),
        (3.7, "new", "\u00a7isos\u00a7 I! Loaded inputs: internal modbus (6x) opcua", False),
        (3.8, "new", "\u00a7isos\u00a7 I! Loaded outputs: health influxdb_v2", False),
        (4.9, "kubelet", kubelet_probe("Readiness", ns, newp, puid, "telegraf",
                                       'Get "http://%s:8080/": dial tcp %s:8080: connect: connection refused' % (pip, pip)), False),
        (5.3, "new", "\u00a7isos\u00a7 I! [outputs.health] Listening on http://[::]:8080", False),
        (15.2, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                        "Scaled down replica set %s-%s to 0 from 1" % (app, ors), api="apps/v1"), False),
        (15.3, "ev", ev(oldp, "Pod", "Killing", "Normal", "kubelet", "Stopping container telegraf", host=n_old), False),
        (15.5, "old", "\u00a7isos\u00a7 I! [agent] Hang on, flushing any cached metrics before shutdown", False),
        (15.9, "old", "\u00a7isos\u00a7 I! [agent] Stopping running outputs", False),
        (21.0, "new", "\u00a7isos\u00a7 D! [outputs.influxdb_v2] Wrote batch of 418 metrics in 21.337ms", False),
        (21.1, "new", "\u00a7isos\u00a7 D! [outputs.influxdb_v2] Buffer fullness: 0 / 10000 metrics", False),
        (22.0, "influx", 'ts=\u00a7isou\u00a7 lvl=info msg="Cache snapshot (start)" log_id=%s service=storage-engine engine=tsm1 op_name=tsm1_cache_snapshot op_event=start' % logid, False),
        (22.3, "influx", 'ts=\u00a7isou\u00a7 lvl=info msg="Cache snapshot (end)" log_id=%s service=storage-engine engine=tsm1 op_name=tsm1_cache_snapshot op_event=end op_elapsed=312.441ms' % logid, False),
    ]
    return dict(name="i1", dom="water", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 3, 10, 12, 0),
                q="The reservoir telemetry pod restarted and a readiness probe failed. Is level telemetry still reaching InfluxDB?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: a planned rolling update of reservoir-telemetry (Telegraf 1.33.1); the single readiness failure happened while the new pod was still starting, and the old pod flushed its buffer before stopping.",
                summ="Rolling update replaced the Telegraf pod; the new pod became ready within seconds and is writing batches to InfluxDB with an empty buffer.",
                act="None required.", tags=["look-alike"])


@scenario
def info_catalogue_cache_retry():
    ns, app = "lib-catalogue", "catalogue-api"
    node = "lib-k8s-w2"
    p = podname(app)
    src = {"api": pod_labels(ns, app, p, app, node)}
    I = "[ Info: \u00a7julia\u00a7 "
    lines = [
        (0.0, "api", I + "GET /api/v2/search?q=riverside+local+history&page=1 -> 200 (41 ms)", False),
        (1.1, "api", I + "GET /api/v2/search?q=knitting&page=1 -> 200 (12 ms, cache hit)", False),
        (2.3, "api", "\u250c Warning: \u00a7julia\u00a7 memcached get timed out, retrying", False),
        (2.301, "api", '\u2502   key = "srch:v2:9f1c07aa"', False),
        (2.302, "api", "\u2502   attempt = 1", False),
        (2.303, "api", "\u2514 @ CatalogueApi.Cache /app/src/Cache.jl:88", False),
        (2.41, "api", I + "memcached get succeeded on retry key=srch:v2:9f1c07aa attempt=2 (64 ms)", False),
        (2.45, "api", I + "GET /api/v2/search?q=dinosaurs&page=2 -> 200 (97 ms)", False),
        (3.9, "api", I + "GET /api/v2/records/b1999812 -> 404 (3 ms, record withdrawn from catalogue)", False),
        (5.2, "api", I + "GET /api/v2/records/b2041188 -> 200 (9 ms)", False),
        (6.0, "api", I + "GET /healthz -> 200 (0 ms)", False),
        (7.8, "api", I + "cache stats (60s): hits=4412 misses=318 timeouts=1 retries_succeeded=1 errors=0", False),
        (9.4, "api", I + "GET /api/v2/search?q=%22agatha+christie%22&page=1 -> 200 (33 ms)", False),
    ]
    return dict(name="i2", dom="library", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 4, 15, 41, 7),
                q="Catalogue search logged a memcached timeout warning. Is search degraded?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: one memcached get timed out and succeeded on the first retry; errors=0 and all searches returned 200.",
                summ="Catalogue search is healthy; a single cache timeout was retried successfully and the 404 is a withdrawn record.",
                act="None required.", tags=["look-alike"])


@scenario
def info_karpenter_consolidation():
    ns, app = "wind-scada", "turbine-collector"
    n_old, n_new = "wf-core-07", "wf-core-04"
    rsh = rs(10)
    oldp, newp = "%s-%s-%s" % (app, rsh, rs(5)), "%s-%s-%s" % (app, rsh, rs(5))
    nc = "general-" + rs(5)
    kl = pod_labels("kube-system", "karpenter", podname("karpenter"), "controller", "wf-core-01")
    src = {"k": kl, "ev": ev_labels(ns), "evn": ev_labels("default"),
           "old": pod_labels(ns, app, oldp, app, n_old), "new": pod_labels(ns, app, newp, app, n_new)}
    commit = hexid(7)

    def kj(level, msg, **kw):
        d = {"level": level, "time": "TIMETOKEN", "logger": "controller", "message": msg, "commit": commit}
        d.update(kw)
        return json.dumps(d, separators=(",", ":")).replace("TIMETOKEN", "\u00a7iso\u00a7")
    E = "\u00a7erl\u00a7 "
    lines = [
        (0.0, "k", kj("INFO", "disrupting node(s)", controller="disruption", reason="underutilized", decision="delete",
                      **{"disrupted-node-count": 1, "replacement-node-count": 0, "pod-count": 4,
                         "disrupted-nodes": [{"Node": {"name": n_old}, "NodeClaim": {"name": nc},
                                              "capacity-type": "on-demand", "instance-type": "m6i.2xlarge"}]}), False),
        (0.5, "k", kj("INFO", "tainted node", controller="node.termination", Node={"name": n_old},
                      **{"taint.Key": "karpenter.sh/disrupted", "taint.Value": "", "taint.Effect": "NoSchedule"}), False),
        (1.0, "evn", ev(n_old, "Node", "DisruptionTerminating", "Normal", "karpenter",
                        "Disrupting Node: Underutilized/Delete"), False),
        (1.6, "ev", ev(oldp, "Pod", "Killing", "Normal", "kubelet", "Stopping container %s" % app, host=n_old), False),
        (1.8, "old", E + "notice: SIGTERM received, draining 1412 buffered samples to redpanda", False),
        (2.4, "old", E + "info: drained 1412 samples, committed offsets, left consumer group", False),
        (2.6, "ev", ev("%s-%s" % (app, rsh), "ReplicaSet", "SuccessfulCreate", "Normal", "replicaset-controller",
                       "Created pod: %s" % newp, api="apps/v1"), False),
        (2.8, "ev", ev(newp, "Pod", "Scheduled", "Normal", "default-scheduler",
                       "Successfully assigned %s/%s to %s" % (ns, newp, n_new)), False),
        (5.0, "ev", ev(newp, "Pod", "Started", "Normal", "kubelet", "Started container %s" % app, host=n_new), False),
        (5.9, "new", E + "info: turbine_collector v2.7.3 starting, fleet=north-ridge turbines=48", False),
        (6.3, "new", E + "info: joined consumer group turbine-collector, assigned partitions [0,1,2,3,4,5]", False),
        (7.0, "new", E + "info: resumed from committed offsets, lag=0", False),
        (30.2, "k", kj("INFO", "deleted node", controller="node.termination", Node={"name": n_old}), False),
        (31.0, "k", kj("INFO", "deleted nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc},
                       Node={"name": n_old}), False),
    ]
    return dict(name="i3", dom="wind", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 5, 3, 20, 11),
                q="A turbine collector pod was killed and its node disappeared. Did we lose telemetry?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: Karpenter consolidated an underutilized node; the collector drained its buffer, was rescheduled and resumed with lag 0.",
                summ="Planned Karpenter consolidation moved turbine-collector from wf-core-07 to wf-core-04 without data loss.",
                act="None required.", tags=["look-alike"])


@scenario
def info_billing_crdb_retry():
    ns, app = "water-billing", "billing-ledger"
    p = "billing-ledger-nightly-29596080-" + rs(5)
    src = {"app": pod_labels(ns, app, p, "posting", "wu-node-03"),
           "crdb": pod_labels(ns, "cockroachdb", "cockroachdb-1", "db", "wu-node-05")}
    C = "\u00a7iso\u00a7 "
    lines = [
        (0.0, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1001] Posting run 2026-04-08 started: 48213 meter reads pending in 49 batches", False),
        (0.9, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1002] Batch 1/49 posted (1000 reads) in 812 ms", False),
        (1.8, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1002] Batch 2/49 posted (1000 reads) in 790 ms", False),
        (13.6, "app", C + "warn: Water.Billing.Ledger.Db.RetryPolicy[2201] Transient error 40001 on batch 17, retry 1/5 in 150 ms: restart transaction: TransactionRetryWithProtoRefreshError: ReadWithinUncertaintyIntervalError: read at time 1775613613.412991000,0 encountered previous write with future timestamp 1775613613.413120000,0 within uncertainty interval", False),
        (14.9, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1002] Batch 17/49 posted (1000 reads) in 1103 ms (1 retry)", False),
        (20.0, "crdb", "I\u00a7crdb\u00a7 412 server/status/runtime_log.go:69 \u22ee [T1,Vsystem,n2] 8812  runtime stats: 3.1 GiB RSS, 612 goroutines (stacks: 9.8 MiB), 1.4 GiB/2.0 GiB Go alloc/total (heap fragmentation: 21 MiB, heap reserved: 312 MiB, heap released: 118 MiB), 2.3%/1.1% (u/s)time, 0.0% gc (0x), 412 KiB/1.2 MiB (r/w)net", False),
        (27.4, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1002] Batch 33/49 posted (1000 reads) in 771 ms", False),
        (40.1, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1002] Batch 49/49 posted (213 reads) in 204 ms", False),
        (40.3, "app", C + "info: Water.Billing.Ledger.Reconcile[3001] Control totals match: 48213 reads, 1,204,811.42 m3, 0 rejected", False),
        (40.4, "app", C + "info: Water.Billing.Ledger.NightlyPosting[1009] Posting run finished: posted=48213 rejected=0 retries=1 duration=00:00:40.4", False),
        (50.0, "crdb", "I\u00a7crdb\u00a7 412 server/status/runtime_log.go:69 \u22ee [T1,Vsystem,n2] 8813  runtime stats: 3.1 GiB RSS, 598 goroutines (stacks: 9.6 MiB), 1.3 GiB/2.0 GiB Go alloc/total (heap fragmentation: 19 MiB, heap reserved: 330 MiB, heap released: 121 MiB), 1.2%/0.6% (u/s)time, 0.0% gc (0x), 88 KiB/102 KiB (r/w)net", False),
    ]
    return dict(name="i4", dom="water", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 8, 2, 0, 0),
                q="The nightly meter-read posting logged a CockroachDB transaction error. Did billing post everything?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: one CockroachDB 40001 serialization retry is expected client-side retry behaviour and succeeded; all 48213 reads were posted with control totals matching.",
                summ="Nightly posting completed in 40 s with rejected=0 and one successful transaction retry.",
                act="None required.", tags=["look-alike"])


@scenario
def info_certmanager_renewal():
    ns = "lib-catalogue"
    cm = pod_labels("cert-manager", "cert-manager", podname("cert-manager"), "cert-manager-controller", "lib-k8s-w1")
    src = {"cm": cm, "ev": ev_labels(ns)}
    order = "opac-tls-3-%d" % RNG.randint(1000000000, 4000000000)
    chal = "%s-%d" % (order, RNG.randint(100000000, 999999999))
    A = "cert-manager.io/v1"
    lines = [
        (0.0, "cm", 'I\u00a7klog\u00a7       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="lib-catalogue/opac-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-04-10 03:14:00 +0000 UTC"', False),
        (0.1, "ev", ev("opac-tls", "Certificate", "Issuing", "Normal", "cert-manager-certificates-trigger",
                       "Renewing certificate as renewal was scheduled at 2026-04-10 03:14:00 +0000 UTC", api=A), False),
        (0.3, "ev", ev("opac-tls", "Certificate", "Generated", "Normal", "cert-manager-certificates-key-manager",
                       'Stored new private key in temporary Secret resource "opac-tls-%s"' % rs(5), api=A), False),
        (0.5, "ev", ev("opac-tls", "Certificate", "Requested", "Normal", "cert-manager-certificates-request-manager",
                       'Created new CertificateRequest resource "opac-tls-3"', api=A), False),
        (0.9, "ev", ev("opac-tls-3", "CertificateRequest", "OrderCreated", "Normal", "cert-manager-certificaterequests-issuer-acme",
                       "Created Order resource lib-catalogue/%s" % order, api=A), False),
        (2.2, "ev", ev(chal, "Challenge", "Presented", "Normal", "cert-manager-challenges",
                       "Presented challenge using HTTP-01 challenge mechanism", api="acme.cert-manager.io/v1"), False),
        (2.6, "cm", 'E\u00a7klog\u00a7       1 sync.go:190] "propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.controller" resource_name="%s" resource_namespace="lib-catalogue" resource_kind="Challenge" resource_version="v1" dnsName="catalogue.citylibrary.example" type="HTTP-01"' % chal, False),
        (12.7, "ev", ev(chal, "Challenge", "DomainVerified", "Normal", "cert-manager-challenges",
                        'Domain "catalogue.citylibrary.example" verified with "HTTP-01" validation', api="acme.cert-manager.io/v1"), False),
        (14.1, "ev", ev(order, "Order", "Complete", "Normal", "cert-manager-orders", "Order completed successfully",
                        api="acme.cert-manager.io/v1"), False),
        (14.3, "ev", ev("opac-tls-3", "CertificateRequest", "CertificateIssued", "Normal", "cert-manager-certificaterequests-issuer-acme",
                        "Certificate fetched from issuer successfully", api=A), False),
        (14.6, "ev", ev("opac-tls", "Certificate", "Issuing", "Normal", "cert-manager-certificates-issuing",
                        "The certificate has been successfully issued", api=A), False),
        (14.8, "cm", 'I\u00a7klog\u00a7       1 conditions.go:192] "Found status change for Certificate condition; setting lastTransitionTime" logger="cert-manager.certificates-readiness" key="lib-catalogue/opac-tls" condition="Ready" oldStatus="True" status="True" lastTransitionTime="\u00a7isos\u00a7"', False),
    ]
    return dict(name="i5", dom="library", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 10, 3, 14, 2),
                q="cert-manager logged an error for the catalogue certificate. Is the OPAC certificate about to expire?",
                sel={"namespace": ns, "app": None}, src=src, lines=lines,
                rc="No incident: scheduled renewal of opac-tls; the one propagation-check 404 is the normal wait for the HTTP-01 solver and the certificate was issued 15 s later.",
                summ="cert-manager renewed lib-catalogue/opac-tls via ACME HTTP-01 on schedule; the certificate is Ready.",
                act="None required.", tags=["look-alike"])


@scenario
def info_argocd_sync_grid_dispatch():
    ns, app = "wind-grid", "grid-dispatch"
    ors, nrs = rs(10), rs(10)
    oldp, newp = "%s-%s-%s" % (app, ors, rs(5)), "%s-%s-%s" % (app, nrs, rs(5))
    ac = pod_labels("argocd", "argocd-application-controller", "argocd-application-controller-0",
                    "argocd-application-controller", "wf-core-01")
    src = {"ac": ac, "ev": ev_labels(ns), "old": pod_labels(ns, app, oldp, app, "wf-core-02"),
           "new": pod_labels(ns, app, newp, app, "wf-core-05")}
    A = 'time="\u00a7isos\u00a7" level=info msg='
    X = " application=argocd/grid-dispatch"
    lines = [
        (0.0, "ac", A + '"Refreshing app status (controller refresh requested), level (2)"' + X, False),
        (0.4, "ac", A + '"Comparing app state (cluster: https://kubernetes.default.svc, namespace: wind-grid)"' + X, False),
        (0.9, "ac", A + '"Initiated automated sync to \'b41c9e2\'"' + X, False),
        (1.3, "ac", A + '"Updating operation state. phase: Running -> Running, message: \'\' -> \'one or more tasks are running\'"' + X, False),
        (1.6, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 1" % (app, nrs), api="apps/v1"), False),
        (4.8, "new", 'INF \u00a7nim\u00a7 grid-dispatch starting                       topics="main" version=2.14.0 tso_endpoint=https://api.tso.example/v3/setpoints', False),
        (5.1, "new", 'INF \u00a7nim\u00a7 connected to NATS                            topics="bus" url=nats://nats.wind-scada:4222', False),
        (9.9, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled down replica set %s-%s to 0 from 1" % (app, ors), api="apps/v1"), False),
        (10.2, "old", 'INF \u00a7nim\u00a7 received SIGTERM, finishing in-flight setpoint batch topics="main" inflight=2', False),
        (10.6, "old", 'INF \u00a7nim\u00a7 shutdown complete                            topics="main"', False),
        (12.4, "new", 'INF \u00a7nim\u00a7 dispatched setpoint                          topics="dispatch" turbine=WT-14 target_kw=2850 ack_ms=184', False),
        (13.0, "ac", A + '"Sync operation to b41c9e2 succeeded"' + X + " dest-namespace=wind-grid dest-server=https://kubernetes.default.svc reason=OperationCompleted type=Normal", False),
        (13.4, "ac", A + '"Updated health status: Progressing -> Healthy"' + X + " dest-namespace=wind-grid reason=ResourceUpdated type=Normal", False),
        (13.6, "ac", A + '"Update successful"' + X, False),
        (43.6, "ac", A + '"Skipping auto-sync: application status is Synced"' + X, False),
    ]
    return dict(name="i6", dom="wind", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 6, 14, 2, 30),
                q="Argo CD just changed grid-dispatch. Did the rollout go through cleanly?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: an automated Argo CD sync rolled grid-dispatch to revision b41c9e2; the new pod dispatches setpoints and the application is Synced and Healthy.",
                summ="Routine GitOps rollout of grid-dispatch 2.14.0 completed successfully.",
                act="None required.", tags=[])


@scenario
def info_vault_eso_rotation():
    ns, app = "water-scada", "historian-api"
    eso = pod_labels("external-secrets", "external-secrets", podname("external-secrets"), "external-secrets", "wu-node-01")
    vault = pod_labels("vault", "vault", "vault-0", "vault", "wu-node-02")
    pa, pb = podname(app), podname(app)
    src = {"eso": eso, "vault": vault, "ev": ev_labels(ns),
           "a": pod_labels(ns, app, pa, app, "wu-node-03"), "b": pod_labels(ns, app, pb, app, "wu-node-06"),
           "db": pod_labels(ns, "timescaledb", "timescaledb-0", "timescaledb", "wu-node-05")}
    newuser = "v-kubernetes-historian-ro-%s-1775898000" % rs(20)
    ej = json.dumps({"level": "info", "ts": "EPOCHTOKEN", "logger": "controllers.ExternalSecret",
                     "msg": "reconciled secret", "ExternalSecret": {"name": "historian-db", "namespace": ns},
                     "namespace": ns, "name": "historian-db", "reconcileID": uid()},
                    separators=(",", ":")).replace('"EPOCHTOKEN"', "\u00a7epoch\u00a7")
    lines = [
        (0.0, "vault", "\u00a7iso\u00a7 [INFO]  secrets.database.database_8c2b7f01: issued credentials: role=historian-ro ttl=3600", False),
        (0.2, "eso", ej, False),
        (0.3, "ev", ev("historian-db", "ExternalSecret", "Updated", "Normal", "external-secrets",
                       "Updated Secret", api="external-secrets.io/v1beta1"), False),
        (61.0, "a", vibe("vibe-2", "INF", "secret /var/run/secrets/db changed, recycling database pool"), False),
        (61.4, "db", "\u00a7pg\u00a7 [51822] historian-api LOG:  connection authorized: user=%s database=scada application_name=historian-api SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % newuser, False),
        (61.6, "a", vibe("vibe-2", "INF", "database pool recycled: 12 closed, 12 opened"), False),
        (64.8, "b", vibe("vibe-0", "INF", "secret /var/run/secrets/db changed, recycling database pool"), False),
        (65.3, "b", vibe("vibe-0", "INF", "database pool recycled: 12 closed, 12 opened"), False),
        (70.2, "a", vibe("vibe-1", "INF", "GET /api/v1/levels?site=RES-03&window=15m 200 14ms"), False),
        (71.9, "b", vibe("vibe-3", "INF", "GET /api/v1/levels?site=RES-07&window=24h 200 88ms"), False),
        (300.0, "vault", "\u00a7iso\u00a7 [INFO]  expiration: revoked lease: lease_id=database/creds/historian-ro/%s" % rs(24), False),
        (302.5, "a", vibe("vibe-1", "INF", "GET /api/v1/levels?site=RES-01&window=15m 200 11ms"), False),
    ]
    return dict(name="i7", dom="water", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 11, 9, 0, 0),
                q="Vault revoked a database lease for the historian. Will the historian API lose database access?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: scheduled dynamic-credential rotation; external-secrets refreshed the secret, both historian-api replicas recycled their pools onto the new user, and the old lease was revoked afterwards.",
                summ="Routine Vault credential rotation for historian-api completed; queries keep returning 200.",
                act="None required.", tags=["look-alike"])


@scenario
def info_ebook_traefik_404s():
    ns, app = "lib-ebooks", "ebook-lending"
    tr = pod_labels("traefik", "traefik", podname("traefik"), "traefik", "lib-k8s-w1")
    pa = podname(app)
    upip = ip(3)
    src = {"tr": tr, "app": pod_labels(ns, app, pa, app, "lib-k8s-w3")}
    R = '"lib-ebooks-ebook-lending-web-%s@kubernetescrd" "http://%s:8000"' % (hexid(20), upip)

    def acc(client, req, code, size, ua, n, ms):
        return '%s - - [\u00a7clf\u00a7] "%s HTTP/2.0" %d %d "-" "%s" %d %s %dms' % (client, req, code, size, ua, n, R, ms)

    def dj(level, msg, **kw):
        d = {"level": level, "ts": "TSTOKEN", "msg": msg}
        d.update(kw)
        return json.dumps(d, separators=(",", ":")).replace("TSTOKEN", "\u00a7iso\u00a7")
    UA1 = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"
    UA2 = "Thorium/3.0.1 (Readium)"
    lines = [
        (0.0, "tr", acc("172.20.9.14", "GET /api/loans?patron=me", 200, 1822, UA1, 88121, 14), False),
        (0.6, "tr", acc("172.20.9.14", "GET /covers/9780141439518.jpg", 404, 19, UA1, 88122, 2), False),
        (0.61, "app", dj("INFO", "cover missing, placeholder served by CDN", isbn="9780141439518"), False),
        (1.9, "tr", acc("172.20.4.77", "GET /api/holds", 401, 38, UA2, 88123, 1), False),
        (1.95, "app", dj("INFO", "session expired, redirecting to SSO", client="thorium", path="/api/holds"), False),
        (3.2, "tr", acc("172.20.4.77", "GET /auth/callback?code=redacted", 302, 0, UA2, 88124, 41), False),
        (3.6, "tr", acc("172.20.4.77", "GET /api/holds", 200, 644, UA2, 88125, 9), False),
        (5.0, "tr", acc("172.20.9.14", "POST /api/loans", 201, 412, UA1, 88126, 63), False),
        (5.02, "app", dj("INFO", "loan issued", loan_id="L-2291977", isbn="9780008117498", format="epub", lcp=True, duration_days=21), False),
        (7.4, "tr", acc("172.20.1.203", "GET /covers/9781529111828.jpg", 304, 0, UA1, 88127, 1), False),
        (9.1, "tr", acc("172.20.1.203", "DELETE /api/loans/L-2288104", 204, 0, UA1, 88128, 22), False),
        (9.12, "app", dj("INFO", "loan returned early", loan_id="L-2288104", copies_available=2), False),
        (11.0, "app", dj("INFO", "stats", window="60s", loans=37, returns=12, errors=0, p95_ms=71), False),
    ]
    return dict(name="i8", dom="library", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 12, 19, 33, 40),
                q="Traefik shows 404 and 401 responses for the e-book site. Are patrons unable to borrow?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="No incident: the 404s are covers not yet digitised (placeholder served) and the 401 is an expired session that re-authenticated via SSO; loans and returns succeed with errors=0.",
                summ="E-book lending traffic is normal; error-coded responses are expected application behaviour.",
                act="None required.", tags=[])


@scenario
def info_nats_rolling_restart():
    ns = "wind-scada"
    nn = {0: "wf-core-02", 1: "wf-core-03", 2: "wf-core-05"}
    pt = podname("pitch-telemetry")
    src = {"n0": pod_labels(ns, "nats", "nats-0", "nats", nn[0]), "n1": pod_labels(ns, "nats", "nats-1", "nats", nn[1]),
           "ev": ev_labels(ns), "pt": pod_labels(ns, "pitch-telemetry", pt, "pitch-telemetry", "wf-core-04")}
    N = "[1] \u00a7nats\u00a7 [INF] "
    lines = [
        (0.0, "ev", ev("nats", "StatefulSet", "SuccessfulDelete", "Normal", "statefulset-controller",
                       "delete Pod nats-1 in StatefulSet nats successful", api="apps/v1"), False),
        (0.2, "n1", N + "Entering lame duck mode, stop accepting new clients", False),
        (0.3, "ev", ev("nats-1", "Pod", "Killing", "Normal", "kubelet", "Stopping container nats", host=nn[1]), False),
        (0.9, "pt", "warning(nats): disconnected from nats://nats-1.nats.wind-scada.svc:4222 (server entered lame duck mode), reconnecting", False),
        (1.1, "pt", "info(nats): reconnected to nats://nats-0.nats.wind-scada.svc:4222, flushed 512 buffered messages", False),
        (10.4, "n1", N + "Initiating Shutdown...", False),
        (10.6, "n1", N + "Server Exiting..", False),
        (10.9, "n0", N + "JetStream cluster new stream leader for 'WIND > PITCH'", False),
        (14.2, "ev", ev("nats-1", "Pod", "Started", "Normal", "kubelet", "Started container nats", host=nn[1]), False),
        (14.4, "n1", N + "Starting nats-server", False),
        (14.5, "n1", N + "  Version:  2.10.24", False),
        (14.9, "n1", N + "Starting JetStream", False),
        (16.1, "n1", N + "Catchup for stream 'WIND > PITCH' complete", False),
        (16.3, "n1", N + "Server is ready", False),
        (20.0, "pt", "info(writer): published 12000 pitch samples in last 10s (acked=12000, errors=0)", False),
    ]
    return dict(name="i9", dom="wind", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 13, 1, 5, 0),
                q="The pitch telemetry writer disconnected from NATS. Are blade-pitch samples being lost?",
                sel={"namespace": ns, "app": "pitch-telemetry"}, src=src, lines=lines,
                rc="No incident: planned rolling restart of the NATS StatefulSet; the client reconnected to another server within a second, the stream leader moved and catch-up completed.",
                summ="NATS nats-1 was restarted in lame-duck mode; pitch-telemetry published all samples with errors=0.",
                act="None required.", tags=["look-alike"])


@scenario
def info_haproxy_kiosk_drain():
    ns = "lib-circulation"
    rsh = rs(10)
    p1, p1n = "kiosk-api-%s-%s" % (rsh, rs(5)), "kiosk-api-%s-%s" % (rsh, rs(5))
    src = {"lb": pod_labels(ns, "kiosk-lb", podname("kiosk-lb"), "haproxy", "lib-k8s-w1"),
           "ev": ev_labels(ns), "old": pod_labels(ns, "kiosk-api", p1, "kiosk-api", "lib-k8s-w2"),
           "new": pod_labels(ns, "kiosk-api", p1n, "kiosk-api", "lib-k8s-w4")}

    def hacc(c, srv, timers, code, size, conns, req):
        return '%s [\u00a7hap\u00a7] fe_kiosk be_kiosk/%s %s %d %d - - ---- %s 0/0 "%s"' % (c, srv, timers, code, size, conns, req)
    lines = [
        (0.0, "lb", "[WARNING]  (8) : Server be_kiosk/kiosk-api-1 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.", False),
        (0.4, "ev", ev(p1, "Pod", "Killing", "Normal", "kubelet", "Stopping container kiosk-api", host="lib-k8s-w2"), False),
        (0.6, "old", "kiosk-api: SIGTERM received, closing server (in-flight=0)", False),
        (1.3, "lb", hacc("10.44.6.21:40112", "kiosk-api-2", "0/0/1/18/19", 200, 412, "14/14/1/0/0", "POST /v1/checkout HTTP/1.1"), False),
        (2.0, "lb", hacc("10.44.6.37:51990", "kiosk-api-3", "0/0/0/11/11", 409, 96, "14/14/1/0/0", "POST /v1/checkout HTTP/1.1"), False),
        (4.8, "ev", ev(p1n, "Pod", "Started", "Normal", "kubelet", "Started container kiosk-api", host="lib-k8s-w4"), False),
        (5.1, "new", "kiosk-api v4.2.1 listening on http://0.0.0.0:3000 (bun 1.1.38)", False),
        (9.0, "lb", "[WARNING]  (8) : Server be_kiosk/kiosk-api-1 is UP/READY (leaving forced maintenance).", False),
        (10.2, "lb", hacc("10.44.6.21:40188", "kiosk-api-1", "0/0/1/21/22", 200, 388, "15/15/1/1/0", "POST /v1/return HTTP/1.1"), False),
        (10.25, "new", "kiosk-api: POST /v1/return 200 21ms kiosk=K-CEN-04", False),
        (12.8, "lb", hacc("10.44.6.52:33012", "kiosk-api-3", "0/0/0/9/9", 200, 1290, "15/15/1/0/0", "GET /v1/patron/summary HTTP/1.1"), False),
    ]
    return dict(name="i10", dom="library", sev="INFO", cat="none", comp=None, t0=T(2026, 4, 14, 8, 45, 20),
                q="HAProxy says a kiosk backend server went DOWN. Are self-checkout kiosks failing?",
                sel={"namespace": ns, "app": "kiosk-lb"}, src=src, lines=lines,
                rc="No incident: kiosk-api-1 was put in maintenance and drained for a rolling deploy, then returned UP/READY; the 409 is a normal 'item already on loan' answer.",
                summ="Planned drain and redeploy of one kiosk-api backend; all kiosk traffic was served by the remaining servers.",
                act="None required.", tags=["look-alike"])


# ====================================================================== WARN
@scenario
def warn_billing_export_429():
    ns, app = "water-billing", "billing-export"
    p = "billing-export-29597400-" + rs(5)
    src = {"app": pod_labels(ns, app, p, app, "wu-node-03")}
    M = "[\u00a7mojo\u00a7] [17] "
    U = "POST https://api.addresscheck.example/v2/validate"
    lines = [
        (0.0, "app", M + "[info] Export run 2026-04-06 started: 18422 accounts in 37 batches (address check via api.addresscheck.example)", False),
        (4.1, "app", M + "[debug] %s batch=11 size=500 -> 200 OK (812 ms)" % U, False),
        (5.0, "app", M + "[debug] %s batch=12 size=500 -> 200 OK (790 ms)" % U, False),
        (5.9, "app", M + "[warn] %s batch=13 -> 429 Too Many Requests (x-ratelimit-limit: 600/min, x-ratelimit-remaining: 0, retry-after: 30)" % U, True),
        (6.0, "app", M + "[info] Rate limited by addresscheck; sleeping 30s before retrying batch 13 (attempt 1/5)", False),
        (36.1, "app", M + "[debug] %s batch=13 size=500 -> 200 OK (804 ms)" % U, False),
        (37.0, "app", M + "[debug] %s batch=14 size=500 -> 200 OK (779 ms)" % U, False),
        (37.9, "app", M + "[warn] %s batch=15 -> 429 Too Many Requests (x-ratelimit-limit: 600/min, x-ratelimit-remaining: 0, retry-after: 28)" % U, True),
        (38.0, "app", M + "[info] Rate limited by addresscheck; sleeping 28s before retrying batch 15 (attempt 1/5)", False),
        (66.2, "app", M + "[debug] %s batch=15 size=500 -> 200 OK (821 ms)" % U, False),
        (95.4, "app", M + "[warn] %s batch=22 -> 429 Too Many Requests (x-ratelimit-limit: 600/min, x-ratelimit-remaining: 0, retry-after: 25)" % U, True),
        (95.5, "app", M + "[info] Rate limited by addresscheck; sleeping 25s before retrying batch 22 (attempt 1/5)", False),
        (120.7, "app", M + "[debug] %s batch=22 size=500 -> 200 OK (798 ms)" % U, False),
        (240.3, "app", M + "[info] Export run 2026-04-06 finished: 18422 accounts exported, 0 failed, 3 rate-limited retries, duration 4m0s", False),
    ]
    return dict(name="w1", dom="water", sev="WARN", cat="rate_limited", comp=app, t0=T(2026, 4, 6, 2, 0, 0),
                q="The billing export took twice as long as usual last night. What slowed it down?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="billing-export sends 500-address batches faster than the address-check API's 600 requests/min limit, so it repeatedly receives 429 Too Many Requests and sleeps for Retry-After.",
                summ="The export was throttled three times by the external address-validation API but completed with 0 failures.",
                act="Pace billing-export's requests below 600/min (client-side token bucket) or negotiate a higher quota; no immediate action needed.",
                tags=[])


@scenario
def warn_route_planner_slow():
    ns = "wind-maint"
    mt, rp = podname("maint-ticketing"), podname("route-planner")
    src = {"mt": pod_labels(ns, "maint-ticketing", mt, "maint-ticketing", "wf-core-02"),
           "rp": pod_labels(ns, "route-planner", rp, "route-planner", "wf-core-05")}
    D = "\u00a7dream\u00a7    dream.logger  INFO "
    W = "\u00a7dream\u00a7 maint_ticketing  WARN "
    J = "[ Info: \u00a7julia\u00a7 "
    SOLVE = "POST http://route-planner.wind-maint:8080/solve"
    lines = [
        (0.0, "mt", D + "REQ 2201 POST /api/work-orders/WO-88412/schedule 10.44.1.9:40112 Mozilla/5.0", False),
        (0.4, "rp", J + "solve started request=8f2c crews=14 stops=212 horizon=2026-04-07 (full-fleet morning replan)", False),
        (10.0, "mt", W + "REQ 2201 route-planner call failed: Timeout after 10.0s (%s)" % SOLVE, True),
        (10.01, "mt", D + "REQ 2201 503 in 10004 ms", False),
        (12.2, "mt", D + "REQ 2209 POST /api/work-orders/WO-88419/schedule 10.44.1.9:40130 Mozilla/5.0", False),
        (22.2, "mt", W + "REQ 2209 route-planner call failed: Timeout after 10.0s (%s)" % SOLVE, False),
        (22.21, "mt", D + "REQ 2209 503 in 10003 ms", False),
        (27.8, "rp", J + "solve finished request=8f2c crews=14 stops=212 status=OPTIMAL elapsed=27.4s", True),
        (28.1, "rp", J + "solve started request=8f31 crews=14 stops=209 horizon=2026-04-07 (full-fleet morning replan)", False),
        (31.5, "mt", D + "REQ 2214 POST /api/work-orders/WO-88423/schedule 10.44.1.11:52210 Mozilla/5.0", False),
        (41.5, "mt", W + "REQ 2214 route-planner call failed: Timeout after 10.0s (%s)" % SOLVE, False),
        (41.51, "mt", D + "REQ 2214 503 in 10002 ms", False),
        (53.0, "rp", J + "solve finished request=8f31 crews=14 stops=209 status=OPTIMAL elapsed=24.9s", True),
        (61.0, "mt", D + "REQ 2230 POST /api/work-orders/WO-88412/schedule 10.44.1.9:40188 Mozilla/5.0", False),
        (61.1, "rp", J + "solve started request=8f40 crews=1 stops=6 horizon=2026-04-07", False),
        (62.9, "rp", J + "solve finished request=8f40 crews=1 stops=6 status=OPTIMAL elapsed=1.8s", False),
        (63.0, "mt", D + "REQ 2230 200 in 1912 ms", False),
    ]
    return dict(name="w2", dom="wind", sev="WARN", cat="timeout", comp="route-planner", t0=T(2026, 4, 7, 6, 30, 0),
                q="Technicians could not schedule work orders for a few minutes this morning. Why did maint-ticketing return 503?",
                sel={"namespace": ns, "app": "maint-ticketing"}, src=src, lines=lines,
                rc="route-planner took 25-27 s per solve during the full-fleet morning replan, longer than maint-ticketing's 10 s client timeout, so scheduling calls timed out.",
                summ="Work-order scheduling timed out against the slow route-planner during the morning replan, then recovered once small solves returned in under 2 s.",
                act="Run the full-fleet replan off the request path (separate worker/queue) or give route-planner more capacity; optionally raise the scheduling timeout.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def warn_kiosk_readiness_sync():
    ns, app = "lib-circulation", "kiosk-api"
    p = podname(app)
    puid, pip = uid(), ip(3)
    src = {"app": pod_labels(ns, app, p, app, "lib-k8s-w3"), "kubelet": node_labels("lib-k8s-w3", "kubelet.service"),
           "ev": ev_labels(ns), "lb": pod_labels(ns, "kiosk-lb", podname("kiosk-lb"), "haproxy", "lib-k8s-w1")}
    out = 'Get "http://%s:3000/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip
    lines = [
        (0.0, "app", "kiosk-api: patron blocklist sync started (source=ils, expected_rows=412000)", False),
        (3.2, "kubelet", kubelet_probe("Readiness", ns, p, puid, app, out), True),
        (4.1, "lb", "[WARNING]  (8) : Server be_kiosk/kiosk-api-2 is DOWN, reason: Layer7 timeout, check duration: 2001ms. 2 active and 0 backup servers left. 3 sessions active, 0 requeued, 0 remaining in queue.", False),
        (8.2, "kubelet", kubelet_probe("Readiness", ns, p, puid, app, out), True),
        (13.2, "kubelet", kubelet_probe("Readiness", ns, p, puid, app, out), False),
        (13.3, "ev", ev(p, "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: " + out, host="lib-k8s-w3", count=3), True),
        (16.4, "app", "kiosk-api: patron blocklist sync finished in 16.2s (412228 rows, event loop blocked during parse)", True),
        (16.5, "app", "kiosk-api: POST /v1/checkout 200 14ms kiosk=K-NTH-02", False),
        (20.1, "lb", "[WARNING]  (8) : Server be_kiosk/kiosk-api-2 is UP, reason: Layer7 check passed, code: 200, check duration: 3ms. 3 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.", False),
        (22.7, "app", "kiosk-api: POST /v1/return 200 11ms kiosk=K-CEN-07", False),
    ]
    return dict(name="w3", dom="library", sev="WARN", cat="probe_failure", comp=app, t0=T(2026, 4, 7, 12, 0, 5),
                q="One kiosk-api pod keeps dropping out of the load balancer around noon. Is it crashing?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="kiosk-api parses the 412k-row patron blocklist on its event loop, so its /readyz endpoint misses the probe timeout for ~16 s and the pod is removed from rotation while the process keeps running.",
                summ="Readiness probes on one kiosk-api pod failed during the noon blocklist sync; it returned to service after the sync.",
                act="Move the blocklist parse off the request event loop (worker thread / streaming parse) or stagger syncs across replicas.",
                tags=[])


@scenario
def warn_openresty_worker_connections():
    ns, app = "water-scada", "telemetry-gateway"
    p = podname(app)
    up = ip(2)
    src = {"app": pod_labels(ns, app, p, "openresty", "wu-node-04")}
    A = "\u00a7ngx\u00a7 [alert] 7#7: "

    def acc(c, code, size, rt):
        return '%s - - [\u00a7clf\u00a7] "POST /rtu/v1/batch HTTP/1.1" %d %d "-" "rtu-fw/4.12" rt=%s' % (c, code, size, rt)
    lines = [
        (0.0, "app", acc("172.20.14.21", 204, 0, "0.018"), False),
        (1.2, "app", A + "1024 worker_connections are not enough", True),
        (1.3, "app", '\u00a7ngx\u00a7 [alert] 7#7: *412113 1024 worker_connections are not enough while connecting to upstream, client: 172.20.14.88, server: telemetry.water.local, request: "POST /rtu/v1/batch HTTP/1.1", upstream: "http://%s:8086/api/v2/write?org=water&bucket=rtu", host: "telemetry.water.local"' % up, True),
        (1.4, "app", acc("172.20.14.88", 500, 177, "0.000"), False),
        (1.9, "app", A + "1024 worker_connections are not enough", True),
        (2.0, "app", acc("172.20.15.3", 500, 177, "0.000"), False),
        (2.6, "app", acc("172.20.13.140", 500, 177, "0.000"), False),
        (3.3, "app", '\u00a7ngx\u00a7 [warn] 8#8: *412390 [lua] batch.lua:57: accept(): rtu RTU-0871 batch seq=88123 deferred, shared dict "rtu_inflight" at 98% of capacity, client: 172.20.14.91, server: telemetry.water.local', False),
        (4.1, "app", A + "1024 worker_connections are not enough", False),
        (95.0, "app", acc("172.20.14.88", 204, 0, "0.022"), False),
        (96.2, "app", acc("172.20.15.3", 204, 0, "0.019"), False),
        (180.0, "app", acc("172.20.13.140", 204, 0, "0.017"), False),
    ]
    return dict(name="w4", dom="water", sev="WARN", cat="resource_exhausted", comp=app, t0=T(2026, 4, 8, 6, 0, 1),
                q="Remote RTUs reported upload failures right after 06:00. Did the telemetry gateway go down?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="At the 06:00 bulk upload ~1,400 RTUs connect at once and each OpenResty worker runs out of its 1024 worker_connections, so some uploads get 500 until the burst passes.",
                summ="The telemetry gateway exhausted its nginx worker_connections during the 06:00 RTU burst; RTUs retried and uploads succeeded a minute later.",
                act="Raise worker_connections/worker_rlimit_nofile or add gateway replicas, and stagger RTU upload schedules.",
                tags=[])


@scenario
def warn_yugabyte_leader_moves():
    ns = "wind-maint"
    mt = podname("maint-ticketing")
    src = {"mt": pod_labels(ns, "maint-ticketing", mt, "maint-ticketing", "wf-core-02"),
           "ybm": pod_labels("yugabyte", "yb-master", "yb-master-0", "yb-master", "wf-core-06"),
           "ybt": pod_labels("yugabyte", "yb-tserver", "yb-tserver-2", "yb-tserver", "wf-core-05")}
    tab, p1, p2 = hexid(32), hexid(32), hexid(32)
    D = "\u00a7dream\u00a7    dream.logger  INFO "
    W = "\u00a7dream\u00a7 maint_ticketing  WARN "
    URI = "<postgresql://maint_app@yb-tservers.yugabyte.svc:5433/maint>"
    lines = [
        (0.0, "ybt", "I\u00a7klog\u00a7  3012 tablet_service.cc:2215] Tablet server yb-tserver-2 re-registered with master after restart; 96 tablets bootstrapped", False),
        (0.8, "ybm", "I\u00a7klog\u00a7    88 cluster_balance.cc:1204] Moving leader of tablet %s from TS %s to %s (leader load rebalancing)" % (tab, p1, p2), True),
        (1.0, "ybt", "I\u00a7klog\u00a7  3044 raft_consensus.cc:1109] T %s P %s [term 7 FOLLOWER]: Leader election won for term 8" % (tab, p2), True),
        (1.1, "mt", D + "REQ 881 PATCH /api/work-orders/WO-88430 10.44.1.9:40201 Mozilla/5.0", False),
        (1.3, "mt", W + "REQ 881 retry 1/3: Request to %s failed: ERROR:  Leader not ready to serve requests. Query: \"UPDATE work_orders SET status = $1, updated_at = now() WHERE id = $2\"." % URI, True),
        (1.5, "mt", D + "REQ 881 200 in 412 ms", False),
        (2.2, "mt", D + "REQ 884 GET /api/work-orders?turbine=WT-17 10.44.1.11:52301 Mozilla/5.0", False),
        (2.4, "mt", W + "REQ 884 retry 1/3: Request to %s failed: ERROR:  Restart read required at: { read: { physical: 1775641322412991 } local_limit: { physical: 1775641322413012 } global_limit: <min> in_txn_limit: <max> serial_no: 0 }. Query: \"SELECT id, status, turbine_id FROM work_orders WHERE turbine_id = $1\"." % URI, False),
        (2.6, "mt", D + "REQ 884 200 in 388 ms", False),
        (3.9, "ybm", "I\u00a7klog\u00a7    88 cluster_balance.cc:1204] Moving leader of tablet %s from TS %s to %s (leader load rebalancing)" % (hexid(32), p1, p2), False),
        (4.2, "mt", W + "REQ 889 retry 1/3: Request to %s failed: ERROR:  Leader not ready to serve requests. Query: \"INSERT INTO work_order_events (work_order_id, kind, payload) VALUES ($1, $2, $3)\"." % URI, False),
        (4.5, "mt", D + "REQ 889 201 in 501 ms", False),
        (30.0, "ybm", "I\u00a7klog\u00a7    88 cluster_balance.cc:688] Load balancer: leader load balanced, 0 tablets left to move", False),
        (31.2, "mt", D + "REQ 902 GET /api/work-orders?status=open 10.44.1.9:40266 Mozilla/5.0", False),
        (31.3, "mt", D + "REQ 902 200 in 21 ms", False),
    ]
    return dict(name="w5", dom="wind", sev="WARN", cat="database", comp="yb-tserver", t0=T(2026, 4, 8, 9, 42, 0),
                q="maint-ticketing is logging database retries on work-order updates. Are writes being lost?",
                sel={"namespace": ns, "app": "maint-ticketing"}, src=src, lines=lines,
                rc="After yb-tserver-2 rejoined, the YugabyteDB master rebalanced tablet leaders onto it; during each leader move the database answered 'Leader not ready' / 'Restart read required', which maint-ticketing retried.",
                summ="YugabyteDB leader rebalancing caused transient database errors that the client retries absorbed; the balancer finished and latencies are normal.",
                act="Optional: throttle leader rebalancing or set preferred leader zones; keep client retries enabled.",
                tags=["quiet-cause", "outside-selector", "nested"])


@scenario
def warn_coredns_upstream_timeout():
    ns, app = "lib-ebooks", "ebook-lending"
    pa = podname(app)
    src = {"app": pod_labels(ns, app, pa, app, "lib-k8s-w3"),
           "dns": pod_labels("kube-system", "coredns", podname("coredns"), "coredns", "lib-k8s-w1")}
    cip = ip(0)

    def dj(level, msg, **kw):
        d = {"level": level, "ts": "TSTOKEN", "msg": msg}
        d.update(kw)
        return json.dumps(d, separators=(",", ":")).replace("TSTOKEN", "\u00a7iso\u00a7")
    ERR = ("TypeError: error sending request for url (https://lcp.readium-provider.example/api/v1/licenses): "
           "client error (Connect): dns error: failed to lookup address information: Temporary failure in name resolution")
    lines = [
        (0.0, "app", dj("INFO", "loan issued", loan_id="L-2301120", isbn="9780571334650", format="epub"), False),
        (2.1, "dns", "[ERROR] plugin/errors: 2 lcp.readium-provider.example. A: read udp %s:45121->10.10.0.2:53: i/o timeout" % cip, True),
        (2.3, "app", dj("ERROR", "license fetch failed", loan_id="L-2301121", attempt=1, err=ERR), False),
        (4.4, "dns", "[ERROR] plugin/errors: 2 lcp.readium-provider.example. AAAA: read udp %s:38807->10.10.0.2:53: i/o timeout" % cip, True),
        (4.6, "app", dj("ERROR", "license fetch failed", loan_id="L-2301121", attempt=2, err=ERR), False),
        (5.0, "app", dj("ERROR", "license fetch failed", loan_id="L-2301124", attempt=1, err=ERR), False),
        (7.9, "app", dj("WARN", "loan left pending, license will be retried", loan_id="L-2301121", retry_in_s=30), False),
        (9.8, "dns", "[ERROR] plugin/errors: 2 covers.readium-provider.example. A: read udp %s:51200->10.10.0.2:53: i/o timeout" % cip, False),
        (38.2, "dns", '[INFO] 10.44.3.19:52214 - 41211 "A IN lcp.readium-provider.example. udp 47 false 1232" NOERROR qr,rd,ra 96 0.0213s', False),
        (38.5, "app", dj("INFO", "license issued on retry", loan_id="L-2301121", attempt=3), False),
        (39.0, "app", dj("INFO", "license issued on retry", loan_id="L-2301124", attempt=2), False),
    ]
    return dict(name="w6", dom="library", sev="WARN", cat="dns_resolution", comp="coredns", t0=T(2026, 4, 9, 17, 12, 30),
                q="Some e-book loans stayed 'pending' for a minute. Why did license fetches fail?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="CoreDNS's forward upstream 10.10.0.2 timed out for external names, so ebook-lending could not resolve the LCP license server ('Temporary failure in name resolution') for about 35 s.",
                summ="Transient DNS resolution failures for the external license provider delayed three loans; retries succeeded once CoreDNS upstream answered again.",
                act="Optional: add a second upstream resolver to the CoreDNS forward plugin and enable cache prefetch for the provider domains.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def warn_ceph_osd_flap():
    ns = "water-scada"
    src = {"h": pod_labels(ns, "scada-historian", "scada-historian-0", "historian", "wu-node-05"),
           "mon": pod_labels("rook-ceph", "rook-ceph-mon", podname("rook-ceph-mon-a"), "mon", "wu-node-01")}
    C = "\u00a7ceph\u00a7 7f2c9b1fe640  0 log_channel(cluster) log "
    lines = [
        (0.0, "mon", C + "[INF] : osd.4 failed (root=default,host=wu-node-06) (2 reporters from different host after 21.4 >= grace 20.0)", True),
        (0.3, "mon", C + "[WRN] : Health check failed: 1 osds down (OSD_DOWN)", True),
        (3.1, "h", vibe("main", "WRN", "segment flush fsync took 3212 ms (threshold 500 ms) seg=2026-04-10T14/0007"), False),
        (5.2, "mon", C + "[WRN] : Health check failed: Degraded data redundancy: 41233/389112 objects degraded (10.597%), 37 pgs degraded (PG_DEGRADED)", True),
        (8.0, "h", vibe("main", "WRN", "segment flush fsync took 2877 ms (threshold 500 ms) seg=2026-04-10T14/0008"), False),
        (12.4, "h", vibe("vibe-1", "WRN", "write queue depth 18211 samples (high watermark 10000), applying backpressure to ingest"), False),
        (24.9, "mon", C + "[INF] : osd.4 [v2:10.44.9.14:6800/1412,v1:10.44.9.14:6801/1412] boot", False),
        (25.1, "mon", C + "[INF] : Health check cleared: OSD_DOWN (was: 1 osds down)", False),
        (31.0, "h", vibe("main", "WRN", "segment flush fsync took 911 ms (threshold 500 ms) seg=2026-04-10T14/0009"), False),
        (60.5, "mon", C + "[WRN] : Health check update: Degraded data redundancy: 1022/389112 objects degraded (0.263%), 4 pgs degraded (PG_DEGRADED)", False),
        (92.0, "mon", C + "[INF] : Health check cleared: PG_DEGRADED (was: Degraded data redundancy: 214/389112 objects degraded (0.055%), 1 pg degraded)", False),
        (92.1, "mon", C + "[INF] : Cluster is now healthy", False),
        (95.0, "h", vibe("vibe-1", "INF", "write queue drained, backpressure released"), False),
    ]
    return dict(name="w7", dom="water", sev="WARN", cat="storage", comp="rook-ceph-osd", t0=T(2026, 4, 10, 14, 3, 0),
                q="The SCADA historian applied backpressure and fsyncs were slow for about a minute. What happened?",
                sel={"namespace": ns, "app": "scada-historian"}, src=src, lines=lines,
                rc="Ceph OSD osd.4 on wu-node-06 was marked down and PGs went degraded, so writes to the historian's RBD volume slowed until the OSD rebooted and recovery finished.",
                summ="A transient Ceph OSD failure degraded the storage cluster for ~90 s; historian writes were slow but no data was lost and the cluster is healthy again.",
                act="Optional: check osd.4's disk and host (wu-node-06) for the cause of the heartbeat loss.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def warn_memcached_drain():
    ns = "wind-maint"
    pi = podname("parts-inventory")
    rsh = rs(10)
    mo, mn = "memcached-%s-%s" % (rsh, rs(5)), "memcached-%s-%s" % (rsh, rs(5))
    mip = ip(5)
    src = {"pi": pod_labels(ns, "parts-inventory", pi, "parts-inventory", "wf-core-02"),
           "ev": ev_labels(ns), "evn": ev_labels("default")}
    C = "\u00a7iso\u00a7 "
    lines = [
        (0.0, "evn", ev("wf-core-05", "Node", "NodeNotSchedulable", "Normal", "kubelet",
                        "Node wf-core-05 status is now: NodeNotSchedulable", host="wf-core-05"), False),
        (2.1, "ev", ev(mo, "Pod", "Killing", "Normal", "kubelet", "Stopping container memcached", host="wf-core-05"), True),
        (2.9, "pi", C + "warn: Enyim.Caching.Memcached.MemcachedNode[0] Failed to initialize pool for %s:11211 System.Net.Sockets.SocketException (111): Connection refused" % mip, True),
        (3.0, "pi", C + "warn: PartsInventory.Cache[2001] memcached unavailable, serving stock levels from YugabyteDB (cache bypass)", False),
        (3.4, "ev", ev("memcached-" + rsh, "ReplicaSet", "SuccessfulCreate", "Normal", "replicaset-controller",
                       "Created pod: %s" % mn, api="apps/v1"), False),
        (3.6, "ev", ev(mn, "Pod", "Scheduled", "Normal", "default-scheduler",
                       "Successfully assigned wind-maint/%s to wf-core-02" % mn), False),
        (12.9, "pi", C + "warn: Enyim.Caching.Memcached.MemcachedNode[0] Failed to initialize pool for %s:11211 System.Net.Sockets.SocketException (111): Connection refused" % mip, False),
        (18.3, "ev", ev(mn, "Pod", "Pulled", "Normal", "kubelet", 'Container image "memcached:1.6.32-alpine" already present on machine', host="wf-core-02"), False),
        (18.5, "ev", ev(mn, "Pod", "Started", "Normal", "kubelet", "Started container memcached", host="wf-core-02"), False),
        (22.9, "pi", C + "warn: Enyim.Caching.Memcached.MemcachedNode[0] Failed to initialize pool for %s:11211 System.Net.Sockets.SocketException (111): Connection refused" % mip, False),
        (33.0, "pi", C + "info: PartsInventory.Cache[2002] memcached reachable again at memcached.wind-maint.svc:11211, cache cold (hit ratio will recover)", False),
        (34.2, "pi", C + "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://parts-inventory/api/stock/BLD-PITCH-BRG-42 - 200 212 application/json 18.2104ms", False),
    ]
    return dict(name="w8", dom="wind", sev="WARN", cat="connection_refused", comp="memcached", t0=T(2026, 4, 11, 10, 20, 0),
                q="parts-inventory logged memcached connection errors for about half a minute. Is the stock cache broken?",
                sel={"namespace": ns, "app": "parts-inventory"}, src=src, lines=lines,
                rc="The single memcached replica was stopped when wf-core-05 was cordoned and drained, so parts-inventory's connections were refused until the replacement pod started on wf-core-02.",
                summ="A node drain took down the only memcached pod for ~30 s; parts-inventory bypassed the cache and reconnected automatically.",
                act="Optional: run memcached with 2+ replicas and a PodDisruptionBudget so drains do not take the cache offline.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def warn_jwks_stale_after_rotation():
    ns, app = "lib-catalogue", "catalogue-api"
    p = podname(app)
    kid = rs(6) + "Qm3vX" + rs(8)
    src = {"api": pod_labels(ns, app, p, app, "lib-k8s-w2"),
           "kc": pod_labels("lib-identity", "keycloak", "keycloak-0", "keycloak", "lib-k8s-w4")}
    I = "[ Info: \u00a7julia\u00a7 "
    lines = [
        (0.0, "kc", '\u00a7kc\u00a7 INFO  [org.keycloak.events] (executor-thread-7) operationType="CREATE", realmName="library", clientId="security-admin-console", ipAddress="10.44.0.1", resourceType="COMPONENT", resourcePath="components/%s"' % uid(), False),
        (41.0, "api", "\u250c Warning: \u00a7julia\u00a7 rejected bearer token: signing key not found in cached JWKS", True),
        (41.001, "api", '\u2502   kid = "%s"' % kid, True),
        (41.002, "api", '\u2502   jwks_age = "4m 51s"', False),
        (41.003, "api", "\u2514 @ CatalogueApi.Auth /app/src/Auth.jl:54", False),
        (41.01, "api", I + "GET /api/v2/patron/holds -> 401 (1 ms)", True),
        (44.6, "api", I + "GET /api/v2/patron/loans -> 401 (1 ms)", False),
        (52.3, "api", I + "GET /api/v2/patron/holds -> 401 (0 ms)", False),
        (60.8, "api", I + "GET /api/v2/search?q=lighthouse&page=1 -> 200 (22 ms)", False),
        (107.9, "api", I + "GET /api/v2/patron/fines -> 401 (1 ms)", False),
        (350.0, "api", I + "JWKS refreshed from https://sso.citylibrary.example/realms/library/protocol/openid-connect/certs (3 keys, new kid=%s)" % kid, False),
        (352.4, "api", I + "GET /api/v2/patron/holds -> 200 (19 ms)", False),
    ]
    return dict(name="w9", dom="library", sev="WARN", cat="auth_failure", comp=app, t0=T(2026, 4, 12, 11, 0, 0),
                q="Patrons reported being logged out of 'My account' for a few minutes. Why were their requests rejected?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="A new realm signing key was added in Keycloak; catalogue-api kept validating tokens against its cached JWKS (refreshed every 10 min) and rejected tokens signed with the unknown kid with 401.",
                summ="Patron-account requests got 401 for ~5 min after a Keycloak key rotation until catalogue-api refreshed its JWKS cache.",
                act="Make catalogue-api refetch the JWKS when it sees an unknown kid (rate-limited) instead of waiting for the cache TTL.",
                tags=[])


@scenario
def warn_leak_forecast_single_oom():
    ns, app = "water-ops", "leak-forecast"
    p = podname(app)
    node = "wu-node-06"
    src = {"app": pod_labels(ns, app, p, app, node), "k": node_labels(node, "kernel"),
           "ev": ev_labels(ns), "evn": ev_labels("default")}
    R = "INFO [\u00a7rlog\u00a7] "
    pid = RNG.randint(20000, 60000)
    lines = [
        (0.0, "app", R + "POST /forecast district=ALL horizon=90d (request 4412)", False),
        (0.4, "app", R + "loading 38 months of 15-min flow data for 211 district metered areas", False),
        (41.7, "k", "R invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985", True),
        (41.71, "k", "Memory cgroup out of memory: Killed process %d (R) total-vm:5823412kB, anon-rss:2091204kB, file-rss:21012kB, shmem-rss:0kB, UID:999 pgtables:4412kB oom_score_adj:985" % pid, True),
        (41.9, "evn", ev(node, "Node", "SystemOOM", "Warning", "kubelet", "System OOM encountered, victim process: R, pid: %d" % pid, host=node), True),
        (43.2, "ev", ev(p, "Pod", "Pulled", "Normal", "kubelet", 'Container image "registry.water.local/ops/leak-forecast:1.6.2" already present on machine', host=node), False),
        (43.5, "ev", ev(p, "Pod", "Started", "Normal", "kubelet", "Started container leak-forecast", host=node), False),
        (46.8, "app", "Running plumber API at http://0.0.0.0:8000", False),
        (46.9, "app", "Running swagger Docs at http://127.0.0.1:8000/__docs__/", False),
        (58.1, "app", R + "POST /forecast district=DMA-114 horizon=30d 200 (1.8 s)", False),
        (71.4, "app", R + "GET /healthz 200 (0.002 s)", False),
        (90.2, "app", R + "POST /forecast district=DMA-087 horizon=30d 200 (2.1 s)", False),
    ]
    return dict(name="w10", dom="water", sev="WARN", cat="oom_killed", comp=app, t0=T(2026, 4, 13, 8, 15, 0),
                q="The leak-forecast API restarted once this morning. Is it healthy now?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="An all-district 90-day forecast request loaded 38 months of data for 211 areas into the R process, which exceeded the container's 2Gi memory limit and was OOM-killed once.",
                summ="leak-forecast was OOM-killed once by an oversized request, restarted and is serving per-district forecasts normally.",
                act="Reject or chunk all-district requests (stream per DMA) or raise the memory limit; no urgent action needed.",
                tags=[])


# ====================================================================== ERROR
@scenario
def error_ill_partner_untrusted_root():
    ns, app = "lib-ill", "ill-broker"
    p = podname(app)
    src = {"app": pod_labels(ns, app, p, app, "lib-k8s-w2")}
    C = "\u00a7iso\u00a7 "
    lines = [
        (0.0, "app", C + "info: Ill.Broker.Poller[1000] Polling 6 partner libraries for request status updates", False),
        (0.3, "app", C + "info: Ill.PartnerClient[1100] northvale: 14 updates (HTTP 200, 212 ms)", False),
        (0.6, "app", C + "dbug: Ill.PartnerClient.Tls[1190] eastbridge presented chain: CN=ill.eastbridge-library.example <- CN=Eastbridge Library Issuing CA 2026 <- CN=Eastbridge Root CA G2; trust bundle /etc/ill/trust/partners.pem has 5 roots, none match", True),
        (0.9, "app", C + "fail: Ill.PartnerClient[1101] eastbridge: status poll failed after 3 attempts", False),
        (0.901, "app", "System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.", False),
        (0.902, "app", " ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", True),
        (0.903, "app", "   at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)", False),
        (0.904, "app", "   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)", False),
        (0.905, "app", "   at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)", False),
        (0.906, "app", "   --- End of inner exception stack trace ---", False),
        (0.907, "app", "   at Ill.PartnerClient.pollStatus@88-2.MoveNext() in /src/Ill.Broker/PartnerClient.fs:line 92", False),
        (1.2, "app", C + "info: Ill.PartnerClient[1100] riverton: 3 updates (HTTP 200, 188 ms)", False),
        (1.5, "app", C + "warn: Ill.Broker.Poller[1002] 27 loan requests to eastbridge stuck in 'Shipped' (last successful sync 2026-04-11T06:00:12Z)", False),
        (44.0, "app", C + "fail: Ill.Broker.Api[1201] POST /requests -> partner eastbridge rejected request ILL-77120: partner unreachable (TLS handshake failed)", False),
        (44.1, "app", C + "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 POST http://ill-broker/requests - 502 96 application/problem+json 811.4420ms", False),
    ]
    return dict(name="e1", dom="library", sev="ERROR", cat="tls_certificate", comp=app, t0=T(2026, 4, 11, 14, 2, 11),
                q="Inter-library loan requests to Eastbridge have been failing since this morning. What is wrong?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="Eastbridge now serves a certificate chained to a new root (Eastbridge Root CA G2) that is not in ill-broker's partner trust bundle, so every TLS handshake fails with UntrustedRoot.",
                summ="ill-broker cannot poll or send requests to the eastbridge partner because the partner's new CA is untrusted; other partners work.",
                act="Add the Eastbridge Root CA G2 certificate (verified out of band) to ill-broker's /etc/ill/trust/partners.pem and roll the pods.",
                tags=["nested"])


@scenario
def error_eso_vault_403_db_auth():
    ns, app = "water-billing", "meter-import"
    p = podname(app)
    eso = pod_labels("external-secrets", "external-secrets", podname("external-secrets"), "external-secrets", "wu-node-01")
    src = {"app": pod_labels(ns, app, p, "minion-worker", "wu-node-03"), "eso": eso, "ev": ev_labels(ns),
           "vault": pod_labels("vault", "vault", "vault-0", "vault", "wu-node-02")}
    user = "v-kubernetes-billing-rw-%s-1775952000" % rs(20)
    errmsg = ("error retrieving secret at .data[0], key: database/creds/billing-rw, err: Error making API request.\n\n"
              "URL: GET https://vault.vault.svc:8200/v1/database/creds/billing-rw\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n\n")
    def ej():
        return json.dumps({"level": "error", "ts": "EPOCHTOKEN", "logger": "controllers.ExternalSecret", "msg": errmsg,
                           "ExternalSecret": {"name": "billing-db", "namespace": ns}, "namespace": ns, "name": "billing-db",
                           "reconcileID": uid()}, separators=(",", ":")).replace('"EPOCHTOKEN"', "\u00a7epoch\u00a7")
    M = "[\u00a7mojo\u00a7] [31] "
    dsn = "dbi:Pg:dbname=billing;host=cockroachdb-public.water-billing.svc;port=26257;sslmode=verify-full"

    def fail(job):
        return (M + "[error] [Minion] Job %d (import_reads) failed: DBI connect('%s','%s',...) failed: ERROR:  password authentication failed for user %s at /app/lib/Billing/Db.pm line 41." % (job, dsn, user, user))
    lines = [
        (0.0, "eso", ej(), True),
        (0.2, "ev", ev("billing-db", "ExternalSecret", "UpdateFailed", "Warning", "external-secrets",
                       errmsg.replace("\n", " ").replace("\t", " ").strip(), api="external-secrets.io/v1beta1", count=9), True),
        (1200.0, "vault", "\u00a7iso\u00a7 [INFO]  expiration: revoked lease: lease_id=database/creds/billing-rw/%s" % rs(24), True),
        (1230.4, "app", M + "[info] [Minion] Worker 4 processing job 88121 (import_reads) district=NORTH batch=2026-04-12T10", False),
        (1230.6, "app", fail(88121), False),
        (1230.7, "app", M + "[warn] [Minion] Job 88121 will be retried (attempt 2 of 5) in 60s", False),
        (1231.9, "app", fail(88122), False),
        (1232.4, "app", fail(88123), False),
        (1290.7, "app", fail(88121), False),
        (1291.0, "app", M + "[warn] [Minion] 14 import_reads jobs failed in last 60s; meter reads for 3 districts not imported", False),
        (1300.0, "eso", ej(), False),
    ]
    return dict(name="e2", dom="water", sev="ERROR", cat="auth_failure", comp="external-secrets", t0=T(2026, 4, 12, 10, 0, 0),
                q="Meter read imports are failing with a database password error. Who changed the password?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="external-secrets gets 403 permission denied from Vault when reading database/creds/billing-rw, so the billing-db Secret is never refreshed; when the old dynamic lease expired Vault revoked that user and meter-import's logins fail.",
                summ="meter-import cannot authenticate to CockroachDB because its Vault-issued credentials expired and external-secrets is denied new ones.",
                act="Restore the Vault policy/role used by the external-secrets SecretStore (read on database/creds/billing-rw), force a refresh of ExternalSecret billing-db, then restart meter-import workers.",
                tags=["quiet-cause", "outside-selector", "nested"])


@scenario
def error_timescale_too_many_clients():
    ns = "water-scada"
    ha, hb = podname("historian-api"), podname("historian-api")
    mr = "meter-report-29601180-" + rs(5)
    src = {"a": pod_labels(ns, "historian-api", ha, "historian-api", "wu-node-03"),
           "b": pod_labels(ns, "historian-api", hb, "historian-api", "wu-node-06"),
           "db": pod_labels(ns, "timescaledb", "timescaledb-0", "timescaledb", "wu-node-05"),
           "mr": pod_labels(ns, "meter-report", mr, "meter-report", "wu-node-04"), "ev": ev_labels(ns)}
    R = "INFO [\u00a7rlog\u00a7] "
    P = "\u00a7pg\u00a7 [%d] %s "
    lines = [
        (0.0, "ev", ev("meter-report", "CronJob", "SuccessfulCreate", "Normal", "cronjob-controller",
                       "Created job meter-report-29601180", api="batch/v1"), False),
        (6.2, "mr", R + "meter-report 1.4.0: monthly district rollup for 2026-03 (211 DMAs)", False),
        (6.5, "mr", R + "future plan: multisession with 160 workers, one DBI connection per worker (dbname=scada user=report_ro)", True),
        (9.8, "db", P % (31907, "[unknown]") + "FATAL:  sorry, too many clients already", True),
        (9.9, "a", vibe("vibe-3", "ERR", "GET /api/v1/levels?site=RES-07&window=15m failed: could not acquire connection: FATAL:  sorry, too many clients already"), False),
        (10.4, "b", vibe("vibe-0", "ERR", "GET /api/v1/pumps/PS-04/status failed: could not acquire connection: FATAL:  sorry, too many clients already"), False),
        (11.0, "db", P % (31911, "[unknown]") + "FATAL:  sorry, too many clients already", False),
        (11.2, "a", vibe("vibe-0", "WRN", "db pool: 4/20 healthy connections, 47 requests queued"), False),
        (12.7, "a", vibe("vibe-1", "ERR", "GET /api/v1/levels?site=RES-03&window=24h failed: could not acquire connection: FATAL:  sorry, too many clients already"), False),
        (13.1, "db", P % (31922, "[unknown]") + "FATAL:  remaining connection slots are reserved for non-replication superuser connections", True),
        (14.8, "b", vibe("vibe-2", "ERR", "GET /api/v1/alarms/active failed: could not acquire connection: FATAL:  sorry, too many clients already"), False),
        (15.0, "b", vibe("vibe-2", "INF", "GET /healthz 200 0ms"), False),
        (20.3, "a", vibe("vibe-3", "ERR", "GET /api/v1/levels?site=RES-01&window=15m failed: could not acquire connection: FATAL:  sorry, too many clients already"), False),
        (25.0, "db", P % (412, "") + "LOG:  checkpoint starting: time", False),
    ]
    return dict(name="e3", dom="water", sev="ERROR", cat="database", comp="meter-report", t0=T(2026, 4, 1, 1, 0, 0),
                q="The historian API is returning errors for reservoir levels. Is the historian broken?",
                sel={"namespace": ns, "app": "historian-api"}, src=src, lines=lines,
                rc="The monthly meter-report CronJob starts 160 parallel R workers each holding its own TimescaleDB connection, exhausting max_connections so historian-api cannot get connections ('sorry, too many clients already').",
                summ="TimescaleDB ran out of client connections while meter-report ran its monthly rollup; historian-api requests fail.",
                act="Cap meter-report's parallelism (e.g. 8 workers) or route it through a pooler (PgBouncer) with a per-user limit; reserve connections for historian-api.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def error_maint_ticketing_tag_not_found():
    ns, app = "wind-maint", "maint-ticketing"
    nrs = rs(10)
    newp = "%s-%s-%s" % (app, nrs, rs(5))
    oldp = podname(app)
    puid = uid()
    img = "harbor.windops.example/maint/ticketing:3.8.0"
    ac = pod_labels("argocd", "argocd-application-controller", "argocd-application-controller-0",
                    "argocd-application-controller", "wf-core-01")
    src = {"ev": ev_labels(ns), "ctd": node_labels("wf-core-02", "containerd.service"),
           "kubelet": node_labels("wf-core-02", "kubelet.service"), "old": pod_labels(ns, app, oldp, app, "wf-core-05"), "ac": ac}
    nf = ('rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found'
          % (img, img, img))
    inner = 'failed to "StartContainer" for "ticketing" with ImagePullBackOff: "Back-off pulling image \\"%s\\""' % img
    D = "\u00a7dream\u00a7    dream.logger  INFO "
    A = 'time="\u00a7isos\u00a7" level=info msg='
    lines = [
        (0.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 1" % (app, nrs), api="apps/v1"), False),
        (0.3, "ev", ev(newp, "Pod", "Scheduled", "Normal", "default-scheduler",
                       "Successfully assigned %s/%s to wf-core-02" % (ns, newp)), False),
        (0.9, "ev", ev(newp, "Pod", "Pulling", "Normal", "kubelet", 'Pulling image "%s"' % img, host="wf-core-02"), False),
        (1.0, "ctd", 'time="\u00a7isons\u00a7" level=info msg="PullImage \\"%s\\""' % img, False),
        (1.6, "ctd", 'time="\u00a7isons\u00a7" level=error msg="PullImage \\"%s\\" failed" error=%s' % (img, q(nf)), True),
        (1.7, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", 'Failed to pull image "%s": %s' % (img, nf), host="wf-core-02"), True),
        (1.8, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", "Error: ErrImagePull", host="wf-core-02"), False),
        (2.4, "ac", A + '"Updated health status: Healthy -> Progressing" application=argocd/maint-ticketing dest-namespace=wind-maint reason=ResourceUpdated type=Normal', False),
        (14.1, "ev", ev(newp, "Pod", "BackOff", "Normal", "kubelet", 'Back-off pulling image "%s"' % img, host="wf-core-02", count=4), True),
        (14.2, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", host="wf-core-02", count=4), False),
        (20.5, "old", D + "REQ 7712 GET /api/work-orders?status=open 10.44.1.9:40311 Mozilla/5.0", False),
        (20.52, "old", D + "REQ 7712 200 in 18 ms", False),
        (45.0, "kubelet", 'E\u00a7klog\u00a7    2143 pod_workers.go:1301] "Error syncing pod, skipping" err=%s pod="%s/%s" podUID="%s"' % (q(inner), ns, newp, puid), False),
        (600.3, "ac", A + '"Updated health status: Progressing -> Degraded" application=argocd/maint-ticketing dest-namespace=wind-maint reason=ResourceUpdated type=Normal', False),
    ]
    return dict(name="e4", dom="wind", sev="ERROR", cat="image_pull", comp=app, t0=T(2026, 4, 13, 16, 40, 0),
                q="The maint-ticketing 3.8.0 release never went live and Argo CD shows it Degraded. Why?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="The Deployment references harbor.windops.example/maint/ticketing:3.8.0, a tag that does not exist in the registry (NotFound), so the new pod is stuck in ImagePullBackOff.",
                summ="The maint-ticketing rollout is blocked on a missing image tag; the old replicas still serve traffic.",
                act="Push the 3.8.0 image (or fix the tag in the manifest to the one CI actually published) and let Argo CD re-sync.",
                tags=[])


@scenario
def error_traefik_missing_middleware():
    ns, app = "water-billing", "meter-portal"
    p = podname(app)
    tr = pod_labels("traefik", "traefik", podname("traefik"), "traefik", "wu-node-01")
    src = {"tr": tr, "app": pod_labels(ns, app, p, app, "wu-node-04")}
    rn = "water-billing-meter-portal-%s@kubernetescrd" % hexid(20)
    UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"

    def acc(c, path, n):
        return '%s - - [\u00a7clf\u00a7] "GET %s HTTP/2.0" 404 19 "-" "%s" %d "-" "-" 0ms' % (c, path, UA, n)
    lines = [
        (0.0, "tr", '\u00a7isos\u00a7 ERR error="middleware \\"water-billing-portal-auth@kubernetescrd\\" does not exist" entryPointName=websecure routerName=%s' % rn, True),
        (0.8, "app", "meter-portal: GET /healthz 200 0.4ms", False),
        (2.3, "tr", acc("172.20.3.41", "/portal/account", 40112), True),
        (3.9, "tr", acc("172.20.7.118", "/portal/readings/submit", 40113), False),
        (5.1, "tr", acc("172.20.1.9", "/portal/", 40114), False),
        (8.4, "tr", acc("172.20.3.41", "/portal/account", 40115), False),
        (10.8, "app", "meter-portal: GET /healthz 200 0.3ms", False),
        (11.2, "tr", acc("172.20.9.60", "/portal/bills/2026-03.pdf", 40116), False),
        (15.0, "tr", '\u00a7isos\u00a7 ERR error="middleware \\"water-billing-portal-auth@kubernetescrd\\" does not exist" entryPointName=websecure routerName=%s' % rn, False),
        (17.7, "tr", acc("172.20.7.118", "/portal/readings/submit", 40117), False),
        (20.8, "app", "meter-portal: GET /healthz 200 0.4ms", False),
        (21.5, "tr", acc("172.20.12.3", "/portal/login", 40118), False),
    ]
    return dict(name="e5", dom="water", sev="ERROR", cat="config_error", comp=app, t0=T(2026, 4, 14, 8, 2, 0),
                q="Customers get 404 on the meter-reading portal, but the meter-portal pods look healthy. What is going on?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="meter-portal's IngressRoute references the Traefik middleware water-billing-portal-auth, which does not exist, so Traefik drops the router and every /portal request falls through to 404.",
                summ="All customer portal requests 404 at the ingress because the portal route points at a missing auth middleware; the pods only see health checks.",
                act="Fix meter-portal's IngressRoute to reference the existing auth Middleware (or recreate portal-auth in water-billing) and verify the router loads in Traefik.",
                tags=["quiet-cause"])


@scenario
def error_istio_recommendations_timeout():
    ns = "lib-catalogue"
    ca, rc_ = podname("catalogue-api"), podname("recommendations")
    src = {"api": pod_labels(ns, "catalogue-api", ca, "catalogue-api", "lib-k8s-w2"),
           "px": pod_labels(ns, "catalogue-api", ca, "istio-proxy", "lib-k8s-w2"),
           "rec": pod_labels(ns, "recommendations", rc_, "recommendations", "lib-k8s-w4")}
    rip, cip = ip(5), ip(1)

    def envoy(patron, dur):
        return ('[\u00a7iso\u00a7] "GET /v2/recs/patron/%d?n=12 HTTP/1.1" 504 UT upstream_response_timeout - "-" 0 24 %d - "-" "HTTP.jl/1.10.8" "%s" '
                '"recommendations.lib-catalogue.svc.cluster.local:8080" "%s:8080" outbound|8080||recommendations.lib-catalogue.svc.cluster.local '
                '%s:%d 10.96.41.7:8080 %s:%d - default' % (patron, dur, uid(), rip, cip, RNG.randint(30000, 60000), cip, RNG.randint(30000, 60000)))
    I = "[ Info: \u00a7julia\u00a7 "
    lines = [
        (0.0, "api", I + "GET /api/v2/records/b2041188 -> 200 (22 ms)", False),
        (15.0, "px", envoy(88123, 15001), False),
        (15.01, "api", "\u250c Error: \u00a7julia\u00a7 recommendations unavailable, rendering record page without 'patrons also borrowed'", False),
        (15.011, "api", '\u2502   exception = HTTP.Exceptions.StatusError(504, "GET", "/v2/recs/patron/88123?n=12", HTTP.Messages.Response: 504 Gateway Timeout, upstream request timeout)', False),
        (15.012, "api", "\u2514 @ CatalogueApi.Recs /app/src/Recs.jl:31", False),
        (15.02, "api", I + "GET /api/v2/records/b1877201 -> 200 (15041 ms)", False),
        (17.9, "rec", vibe("vibe-1", "WRN", "recs patron=88123 n=12 computed in 17.92 s (co-borrow scan over 2.4M loans, no precomputed matrix)"), True),
        (21.4, "px", envoy(90211, 15000), False),
        (21.41, "api", I + "GET /api/v2/records/b2210045 -> 200 (15022 ms)", False),
        (25.8, "rec", vibe("vibe-3", "WRN", "recs patron=90211 n=12 computed in 19.40 s (co-borrow scan over 2.4M loans, no precomputed matrix)"), True),
        (27.3, "px", envoy(71002, 15001), False),
        (27.31, "api", I + "GET /api/v2/records/b0918812 -> 200 (15010 ms)", False),
        (30.0, "rec", vibe("main", "INF", "co-borrow matrix: last build failed 2026-04-14T02:00Z, next scheduled build 2026-04-16T02:00Z; serving via live scan"), True),
    ]
    return dict(name="e6", dom="library", sev="ERROR", cat="timeout", comp="recommendations", t0=T(2026, 4, 15, 16, 20, 0),
                q="Catalogue record pages take 15 seconds to load and the 'patrons also borrowed' box is empty. Is catalogue-api slow?",
                sel={"namespace": ns, "app": "catalogue-api"}, src=src, lines=lines,
                rc="The recommendations service answers in 18-19 s because it serves from a live scan over 2.4M loans (no co-borrow matrix since the last build failed), so the 15 s Envoy route timeout fires (504 UT).",
                summ="Record pages wait for the full 15 s timeout on every recommendations call and render without recommendations.",
                act="Rebuild the recommendations co-borrow matrix now and fix the nightly build; meanwhile lower catalogue-api's recs timeout so pages are not blocked.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def error_scada_archive_readonly():
    ns, app = "wind-scada", "scada-archive"
    node = "wf-core-03"
    src = {"app": pod_labels(ns, app, "scada-archive-0", app, node), "k": node_labels(node, "kernel")}
    lines = [
        (0.0, "app", "info(archive): segment /data/2026/04/13/WT-06.seg sealed (412 MiB, 8.2M samples)", False),
        (2.1, "k", "libceph: osd7 (1)10.44.9.17:6801 socket closed (con state OPEN)", False),
        (14.9, "k", "blk_update_request: I/O error, dev rbd0, sector 88123392 op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0", True),
        (14.91, "k", "Buffer I/O error on dev rbd0, logical block 11015424, lost async page write", False),
        (15.0, "k", "EXT4-fs error (device rbd0): ext4_journal_check_start:83: comm scada-archive: Detected aborted journal", True),
        (15.01, "k", "EXT4-fs (rbd0): Remounting filesystem read-only", True),
        (15.3, "app", "error(archive): write segment /data/2026/04/13/WT-07.seg failed: error.ReadOnlyFileSystem", True),
        (15.4, "app", "error(archive): fsync /data/index/2026-04-13.idx failed: error.InputOutput", False),
        (20.3, "app", "error(archive): write segment /data/2026/04/13/WT-08.seg failed: error.ReadOnlyFileSystem", False),
        (25.3, "app", "error(archive): write segment /data/2026/04/13/WT-09.seg failed: error.ReadOnlyFileSystem", False),
        (25.5, "app", "warning(archive): pausing redpanda consumer; backlog retained upstream (topic pitch.raw retention 7d), 14 segments unwritten", False),
        (60.0, "app", "error(archive): health: /data not writable (EROFS), archive writes suspended for 44.7s", False),
    ]
    return dict(name="e7", dom="wind", sev="ERROR", cat="storage", comp=app, t0=T(2026, 4, 13, 23, 10, 0),
                q="The SCADA archive stopped writing turbine segments tonight. Why?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="Write I/O errors on the scada-archive RBD volume (rbd0) aborted the ext4 journal and the kernel remounted /data read-only, so every segment write fails with ReadOnlyFileSystem.",
                summ="scada-archive cannot write segments because its Ceph RBD volume went read-only after I/O errors; data is still buffered in Redpanda.",
                act="Stop scada-archive, fsck/remount the data-scada-archive-0 volume (check the Ceph cluster for the failed writes), then restart so it drains the Redpanda backlog within the 7-day retention.",
                tags=[])


@scenario
def error_historian_query_exception():
    ns, app = "water-scada", "historian-query"
    p = podname(app)
    src = {"app": pod_labels(ns, app, p, app, "wu-node-03")}
    D = "\u00a7dream\u00a7    dream.logger  INFO "
    E = "\u00a7dream\u00a7    dream.logger ERROR "
    Wn = "\u00a7dream\u00a7    dream.logger  WARN "
    G = "10.44.2.8:%d Grafana/11.4.0"
    lines = [
        (0.0, "app", D + "REQ 4121 GET /api/v1/series?tag=RES-03.LEVEL&from=now-6h&step=30s " + G % 51234, False),
        (0.01, "app", D + "REQ 4121 200 in 14 ms", False),
        (0.4, "app", D + "REQ 4122 GET /api/v1/series?tag=PS-04.FLOW&from=now-6h&step=30s " + G % 51236, False),
        (0.41, "app", E + 'REQ 4122 Aborted by: Invalid_argument("index out of bounds")', True),
        (0.411, "app", E + 'REQ 4122 Raised by primitive operation at Historian_query__Downsample.bucket_avg in file "lib/downsample.ml", line 57, characters 18-35', True),
        (0.412, "app", E + 'REQ 4122 Called from Historian_query__Downsample.lttb in file "lib/downsample.ml", line 91, characters 10-48', False),
        (0.413, "app", E + 'REQ 4122 Called from Historian_query__Series.handler in file "lib/series.ml", line 140, characters 4-70', False),
        (0.42, "app", Wn + "REQ 4122 500 in 3 ms", False),
        (30.4, "app", D + "REQ 4130 GET /api/v1/series?tag=PS-04.FLOW&from=now-6h&step=30s " + G % 51290, False),
        (30.41, "app", E + 'REQ 4130 Aborted by: Invalid_argument("index out of bounds")', False),
        (30.411, "app", E + 'REQ 4130 Raised by primitive operation at Historian_query__Downsample.bucket_avg in file "lib/downsample.ml", line 57, characters 18-35', False),
        (30.42, "app", Wn + "REQ 4130 500 in 2 ms", False),
        (30.9, "app", D + "REQ 4131 GET /api/v1/series?tag=PS-02.PRESSURE&from=now-6h&step=30s " + G % 51292, False),
        (30.91, "app", D + "REQ 4131 200 in 11 ms", False),
    ]
    return dict(name="e8", dom="water", sev="ERROR", cat="application_error", comp=app, t0=T(2026, 4, 15, 9, 14, 2),
                q="The 'Pumping station 4 flow' Grafana panel shows an error while other panels work. Why?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="historian-query raises an uncaught Invalid_argument(\"index out of bounds\") in Downsample.bucket_avg when downsampling the PS-04.FLOW series, so those requests return 500.",
                summ="A bug in historian-query's downsampling code makes every PS-04.FLOW query fail with 500; other tags are served.",
                act="Fix the bounds handling in lib/downsample.ml bucket_avg (e.g. empty or short buckets), add a regression test for PS-04.FLOW, and redeploy.",
                tags=["nested"])


@scenario
def error_catalogue_sync_quota():
    ns, app = "lib-catalogue", "catalogue-sync"
    p = "catalogue-sync-29602080-" + rs(5)
    src = {"app": pod_labels(ns, app, p, app, "lib-k8s-w3"), "ev": ev_labels(ns)}
    body = '{"error":"quota_exceeded","detail":"Daily write quota of 6000 records exhausted for institution CITYLIB; resets 2026-04-16T00:00:00Z"}'
    err = "HttpRequestError: 429 Too Many Requests: " + body

    def bf(b):
        return 'ERR \u00a7nim\u00a7 Batch failed                               topics="sync" batch=%d error=%s' % (b, q(err))
    lines = [
        (0.0, "app", 'INF \u00a7nim\u00a7 Sync run started                           topics="sync" changed_records=18211 batch_size=100 target=https://union.example/api/v1/holdings', False),
        (0.5, "app", 'INF \u00a7nim\u00a7 Batch pushed                               topics="sync" batch=1 status=200 ms=412', False),
        (30.2, "app", 'INF \u00a7nim\u00a7 Batch pushed                               topics="sync" batch=60 status=200 ms=388', False),
        (30.7, "app", 'WRN \u00a7nim\u00a7 Upstream throttled                         topics="sync" batch=61 status=429 retry_after=34800 ratelimit_scope=daily', True),
        (30.8, "app", bf(61), True),
        (31.3, "app", bf(62), False),
        (31.8, "app", bf(63), False),
        (32.0, "app", 'ERR \u00a7nim\u00a7 Sync run aborted                           topics="sync" pushed=6000 failed=12211 reason="quota_exceeded"', True),
        (32.4, "ev", ev(p, "Pod", "Killing", "Normal", "kubelet", "Stopping container catalogue-sync", host="lib-k8s-w3"), False),
        (33.1, "ev", ev("catalogue-sync-29602080", "Job", "BackoffLimitExceeded", "Warning", "job-controller",
                        "Job has reached the specified backoff limit", api="batch/v1"), False),
    ]
    return dict(name="e9", dom="library", sev="ERROR", cat="rate_limited", comp=app, t0=T(2026, 4, 15, 14, 20, 0),
                q="Last night's union-catalogue sync failed and 12,000 holdings are missing from the shared catalogue. Why?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="After a bulk re-cataloguing, catalogue-sync tried to push 18,211 changed records in one run and hit the union catalogue's daily write quota of 6,000 records (429 quota_exceeded).",
                summ="The sync job aborted after the daily quota was exhausted; two thirds of the changed holdings were not pushed.",
                act="Spread the backlog over several days (cap each run at the quota, resume from the last pushed batch) or request a temporary quota increase.",
                tags=["nested"])


@scenario
def error_keda_scaled_forecast_to_zero():
    ns = "wind-grid"
    gd = podname("grid-dispatch")
    frs = rs(10)
    keda = pod_labels("keda", "keda-operator", podname("keda-operator"), "keda-operator", "wf-core-01")
    src = {"gd": pod_labels(ns, "grid-dispatch", gd, "grid-dispatch", "wf-core-05"), "keda": keda, "ev": ev_labels(ns)}
    U = "http://grid-forecast.wind-grid.svc:8080/v1/forecast?horizon=36h"

    def ff(a):
        return 'ERR \u00a7nim\u00a7 Forecast fetch failed                      topics="forecast" url=%s error="Connection refused" attempt=%d' % (U, a)
    lines = [
        (0.0, "keda", '\u00a7iso\u00a7\tINFO\tscaleexecutor\tSuccessfully set ScaleTarget replicas count to ScaledObject minReplicaCount\t{"scaledobject.Name": "grid-forecast", "scaledObject.Namespace": "wind-grid", "scaleTarget.Name": "grid-forecast", "Original Replicas Count": 2, "New Replicas Count": 0}', True),
        (0.2, "ev", ev("grid-forecast", "ScaledObject", "KEDAScaleTargetDeactivated", "Normal", "keda-operator",
                       "Deactivated apps/v1.Deployment wind-grid/grid-forecast from 2 to 0", api="keda.sh/v1alpha1"), True),
        (0.3, "ev", ev("grid-forecast", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled down replica set grid-forecast-%s to 0 from 2" % frs, api="apps/v1"), False),
        (1800.0, "gd", 'INF \u00a7nim\u00a7 Hourly forecast refresh                    topics="forecast" horizon=36h', False),
        (1800.1, "gd", ff(1), True),
        (1802.2, "gd", ff(2), False),
        (1806.3, "gd", ff(3), False),
        (1806.4, "gd", 'WRN \u00a7nim\u00a7 Using stale forecast                       topics="dispatch" age_min=93 max_age_min=60', False),
        (1830.0, "gd", 'ERR \u00a7nim\u00a7 Day-ahead bid submission skipped           topics="market" gate_closure=2026-04-16T10:00:00Z reason="no forecast newer than 60 min"', False),
        (1860.0, "gd", 'INF \u00a7nim\u00a7 dispatched setpoint                        topics="dispatch" turbine=WT-09 target_kw=2400 ack_ms=201', False),
        (1900.0, "keda", '\u00a7iso\u00a7\tINFO\tscaleexecutor\tScaledObject is not active, skipping scale up\t{"scaledobject.Name": "grid-forecast", "scaledObject.Namespace": "wind-grid", "metric": "s0-prometheus", "value": 0}', False),
    ]
    return dict(name="e10", dom="wind", sev="ERROR", cat="connection_refused", comp="grid-forecast", t0=T(2026, 4, 16, 7, 30, 0),
                q="grid-dispatch could not get a forecast and skipped the day-ahead bid. Is the forecast service down?",
                sel={"namespace": ns, "app": "grid-dispatch"}, src=src, lines=lines,
                rc="KEDA scaled grid-forecast to zero (ScaledObject minReplicaCount 0, Prometheus trigger idle between hourly calls), so the Service has no endpoints and grid-dispatch's calls are refused.",
                summ="grid-forecast has no running pods, grid-dispatch's forecast fetches get connection refused, and the day-ahead bid was skipped.",
                act="Set grid-forecast's ScaledObject minReplicaCount to at least 1 (or activate on grid-dispatch's schedule) and trigger a forecast refresh before gate closure.",
                tags=["quiet-cause", "outside-selector"])


# ====================================================================== CRITICAL
@scenario
def critical_historian_ingest_oom_loop():
    ns = "water-scada"
    node = "wu-node-05"
    hi = podname("historian-ingest")
    hd = podname("hmi-dashboard")
    puid = uid()
    up = ip(4)
    src = {"hmi": pod_labels(ns, "hmi-dashboard", hd, "openresty", "wu-node-02"),
           "hi": pod_labels(ns, "historian-ingest", hi, "historian-ingest", node),
           "k": node_labels(node, "kernel"), "kubelet": node_labels(node, "kubelet.service"), "ev": ev_labels(ns)}

    def nerr(cid, c, path):
        return ('\u00a7ngx\u00a7 [error] 9#9: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, '
                'server: hmi.water.local, request: "GET %s HTTP/1.1", upstream: "http://%s:9100%s", host: "hmi.water.local"' % (cid, c, path, up, path))
    pid1 = RNG.randint(20000, 50000)
    pid2 = pid1 + RNG.randint(400, 3000)
    oom = ("Memory cgroup out of memory: Killed process %d (historian-inges) total-vm:1712332kB, anon-rss:1046980kB, "
           "file-rss:18112kB, shmem-rss:0kB, UID:10001 pgtables:2412kB oom_score_adj:998")
    lines = [
        (0.0, "hi", "historian_ingest: [INFO] starting, replaying backlog from stream SCADA_RAW since 2026-04-16T01:12:00Z (3,212,004 samples) into in-memory batch before first flush", True),
        (1.0, "hmi", nerr(88121, "10.44.0.17", "/live/ws"), False),
        (1.4, "hmi", '\u00a7ngx\u00a7 [error] 9#9: *88122 [lua] live.lua:41: ws upstream closed: 1006, client: 10.44.0.23, server: hmi.water.local', False),
        (2.2, "hmi", nerr(88124, "10.44.0.23", "/live/ws"), False),
        (3.9, "hmi", nerr(88127, "10.44.0.31", "/api/levels/RES-03"), False),
        (19.8, "k", "historian-inges invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=998", False),
        (19.81, "k", oom % pid1, True),
        (20.5, "ev", ev(hi, "Pod", "BackOff", "Warning", "kubelet",
                        "Back-off restarting failed container historian-ingest in pod %s_%s(%s)" % (hi, ns, puid), host=node, count=9), True),
        (20.6, "kubelet", kubelet_backoff(ns, hi, puid, "historian-ingest", "5m0s"), False),
        (22.1, "hmi", nerr(88140, "10.44.0.17", "/live/ws"), False),
        (24.6, "hmi", nerr(88143, "10.44.0.41", "/live/ws"), False),
        (27.3, "hmi", '\u00a7ngx\u00a7 [error] 9#9: *88150 [lua] live.lua:41: ws upstream closed: 1006, client: 10.44.0.17, server: hmi.water.local', False),
        (320.7, "hi", "historian_ingest: [INFO] starting, replaying backlog from stream SCADA_RAW since 2026-04-16T01:12:00Z (3,388,120 samples) into in-memory batch before first flush", False),
        (340.2, "k", oom % pid2, True),
        (341.0, "hmi", nerr(88311, "10.44.0.23", "/live/ws"), False),
    ]
    return dict(name="c1", dom="water", sev="CRITICAL", cat="oom_killed", comp="historian-ingest", t0=T(2026, 4, 16, 3, 40, 0),
                q="The SCADA HMI dashboard shows no live reservoir levels and its websocket keeps failing. What is broken?",
                sel={"namespace": ns, "app": "hmi-dashboard"}, src=src, lines=lines,
                rc="historian-ingest replays its 3.2M-sample backlog into one in-memory batch at startup, exceeds its 1Gi memory limit and is OOM-killed on every restart (CrashLoopBackOff), so the HMI's upstream refuses connections.",
                summ="historian-ingest is in an OOM crash loop; live telemetry is not being ingested and the HMI has no upstream.",
                act="Raise historian-ingest's memory limit temporarily and make the backlog replay flush in bounded batches; verify the SCADA_RAW backlog is drained.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def critical_edge_node_hardware():
    ns = "wind-scada"
    bad = "wf-edge-03"
    tc = podname("turbine-collector")
    gw = "edge-modbus-gw-" + rs(5)
    tcb = podname("turbine-collector")
    src = {"tc": pod_labels(ns, "turbine-collector", tc, "turbine-collector", "wf-core-04"),
           "k": node_labels(bad, "kernel"), "evn": ev_labels("default"), "ev": ev_labels(ns)}
    E = "\u00a7erl\u00a7 "
    lines = [
        (0.0, "k", "mce: [Hardware Error]: CPU 0: Machine Check: 0 Bank 8: ec00000000010090", True),
        (0.01, "k", "mce: [Hardware Error]: TSC 0 ADDR 41a2c000 MISC 200000c000000086 PROCESSOR 0:50657 TIME 1776324612 SOCKET 0 APIC 0 microcode 5003604", False),
        (0.2, "k", "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x41a2c offset:0x0 grain:32 - OVERFLOW err_code:0x0000:0x0090 socket:0 ha:0 channel_mask:2 rank:1)", True),
        (35.0, "tc", E + "warning: no samples from WT-21..WT-30 for 35s (gateway edge-modbus-gw on wf-edge-03)", False),
        (60.0, "tc", E + "warning: no samples from WT-21..WT-30 for 60s (gateway edge-modbus-gw on wf-edge-03)", False),
        (61.3, "tc", E + "error: modbus gateway wf-edge-03: {error,{failed_connect,[{to_address,{\"10.44.12.3\",5020}},{inet,[inet],etimedout}]}}", False),
        (64.9, "evn", ev(bad, "Node", "NodeNotReady", "Normal", "node-controller", "Node wf-edge-03 status is now: NodeNotReady"), True),
        (65.0, "ev", ev(gw, "Pod", "NodeNotReady", "Warning", "node-controller", "Node is not ready"), False),
        (65.1, "ev", ev(tcb, "Pod", "NodeNotReady", "Warning", "node-controller", "Node is not ready"), False),
        (90.0, "tc", E + "warning: no samples from WT-21..WT-30 for 90s (gateway edge-modbus-gw on wf-edge-03)", False),
        (120.0, "tc", E + "error: turbines WT-21..WT-30 unmonitored for 120s; pitch/yaw alarms from these turbines cannot be received", False),
        (365.2, "ev", ev(tcb, "Pod", "TaintManagerEviction", "Normal", "taint-eviction-controller",
                         "Marking for deletion Pod %s/%s" % (ns, tcb)), False),
        (366.0, "tc", E + "warning: consumer group rebalanced, member on wf-edge-03 removed, now owning partitions [0..5]", False),
    ]
    return dict(name="c2", dom="wind", sev="CRITICAL", cat="node_failure", comp=bad, t0=T(2026, 4, 16, 7, 30, 12),
                q="Turbines WT-21 to WT-30 stopped reporting to the collector. What is wrong with the collector?",
                sel={"namespace": ns, "app": "turbine-collector"}, src=src, lines=lines,
                rc="Edge node wf-edge-03 hit an uncorrectable ECC memory error (machine check) and went NotReady, taking down the Modbus gateway that connects turbines WT-21..WT-30.",
                summ="A hardware fault on wf-edge-03 left ten turbines unmonitored; the collector itself is healthy.",
                act="Cordon and power-cycle/replace wf-edge-03 (replace DIMM channel 1 slot 0) and fail the edge Modbus gateway over to a standby edge node.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def critical_kiosk_gateway_panic():
    ns, app = "lib-circulation", "kiosk-gateway"
    p = podname(app)
    puid = uid()
    src = {"app": pod_labels(ns, app, p, app, "lib-k8s-w2"), "ev": ev_labels(ns),
           "kubelet": node_labels("lib-k8s-w2", "kubelet.service"),
           "lb": pod_labels(ns, "kiosk-lb", podname("kiosk-lb"), "haproxy", "lib-k8s-w1")}
    lines = [
        (0.0, "app", "info(gateway): kiosk-gateway 1.9.0 listening on 0.0.0.0:7000 (kiosks=64)", False),
        (0.8, "app", "info(gateway): replaying 1 queued transaction from kiosk K-CEN-07 (RETURN item=31129004128812)", False),
        (0.81, "app", "thread 14 panic: integer overflow", True),
        (0.811, "app", "/build/src/fines.zig:142:37: 0x10e3a2f in computeFine (kiosk-gateway)", True),
        (0.812, "app", "    const cents: u32 = days_overdue * rate_cents - waived_cents;", False),
        (0.813, "app", "                                    ^", False),
        (0.814, "app", "/build/src/checkout.zig:88:28: 0x10e41c0 in handleReturn (kiosk-gateway)", False),
        (0.815, "app", "/build/src/server.zig:201:13: 0x10e5d11 in serveConn (kiosk-gateway)", False),
        (1.9, "lb", "[WARNING]  (8) : Server be_gateway/kiosk-gateway-1 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 0 active and 0 backup servers left. 12 sessions active, 0 requeued, 0 remaining in queue.", False),
        (2.0, "lb", "[ALERT]    (8) : backend 'be_gateway' has no server available!", False),
        (2.5, "ev", ev(p, "Pod", "BackOff", "Warning", "kubelet",
                       "Back-off restarting failed container kiosk-gateway in pod %s_%s(%s)" % (p, ns, puid), host="lib-k8s-w2", count=7), True),
        (2.6, "kubelet", kubelet_backoff(ns, p, puid, app, "2m40s"), False),
        (3.4, "lb", '10.44.6.88:41202 [\u00a7hap\u00a7] fe_gateway be_gateway/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 12/12/0/0/0 0/0 "POST /v1/return HTTP/1.1"', False),
        (163.0, "app", "info(gateway): kiosk-gateway 1.9.0 listening on 0.0.0.0:7000 (kiosks=64)", False),
        (163.7, "app", "info(gateway): replaying 1 queued transaction from kiosk K-CEN-07 (RETURN item=31129004128812)", False),
        (163.71, "app", "thread 9 panic: integer overflow", False),
        (163.711, "app", "/build/src/fines.zig:142:37: 0x10e3a2f in computeFine (kiosk-gateway)", False),
    ]
    return dict(name="c3", dom="library", sev="CRITICAL", cat="application_error", comp=app, t0=T(2026, 4, 17, 10, 5, 0),
                q="All self-checkout kiosks show 'service unavailable'. What happened to the kiosk gateway?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="kiosk-gateway panics with an integer overflow in fines.zig computeFine (u32 subtraction where waived_cents exceeds the fine) when replaying a queued return from kiosk K-CEN-07, and the replay repeats on every restart, causing a crash loop.",
                summ="kiosk-gateway is in CrashLoopBackOff due to an arithmetic panic in fine calculation; HAProxy has no backend and every kiosk gets 503.",
                act="Hotfix computeFine to use saturating/signed arithmetic (or quarantine the K-CEN-07 queued transaction) and redeploy kiosk-gateway.",
                tags=["nested"])


@scenario
def critical_turbine_collector_missing_env():
    ns, app = "wind-scada", "turbine-collector"
    ors, nrs = rs(10), rs(10)
    p = "%s-%s-%s" % (app, nrs, rs(5))
    puid = uid()
    ac = pod_labels("argocd", "argocd-application-controller", "argocd-application-controller-0",
                    "argocd-application-controller", "wf-core-01")
    src = {"ac": ac, "ev": ev_labels(ns), "app": pod_labels(ns, app, p, app, "wf-core-04"),
           "kubelet": node_labels("wf-core-04", "kubelet.service")}
    E = "\u00a7erl\u00a7 "
    lines = [
        (0.0, "ac", 'time="\u00a7isos\u00a7" level=info msg="Sync operation to 9c01f4e succeeded" application=argocd/turbine-collector dest-namespace=wind-scada dest-server=https://kubernetes.default.svc reason=OperationCompleted type=Normal', False),
        (0.2, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled down replica set %s-%s to 0 from 2" % (app, ors), api="apps/v1"), False),
        (0.3, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 2" % (app, nrs), api="apps/v1"), False),
        (4.1, "app", E + "info: turbine_collector v2.8.0 starting", False),
        (4.2, "app", "runtime error: let assert", True),
        (4.201, "app", "TURBINE_FLEET_ID must be set", True),
        (4.202, "app", "unmatched value:", False),
        (4.203, "app", "  Error(Nil)", False),
        (4.204, "app", "stacktrace:", False),
        (4.205, "app", "  turbine_collector/config.from_env src/turbine_collector/config.gleam:23", True),
        (4.206, "app", "  turbine_collector.main src/turbine_collector.gleam:14", False),
        (6.0, "ev", ev(p, "Pod", "BackOff", "Warning", "kubelet",
                       "Back-off restarting failed container turbine-collector in pod %s_%s(%s)" % (p, ns, puid), host="wf-core-04", count=5), True),
        (6.1, "kubelet", kubelet_backoff(ns, p, puid, app, "1m20s"), False),
        (8.0, "ac", 'time="\u00a7isos\u00a7" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/turbine-collector dest-namespace=wind-scada reason=ResourceUpdated type=Normal', False),
    ]
    return dict(name="c4", dom="wind", sev="CRITICAL", cat="config_error", comp=app, t0=T(2026, 4, 17, 13, 0, 0),
                q="turbine-collector pods restart over and over after the 2.8.0 sync. Why are they crashing?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="turbine-collector 2.8.0 requires the environment variable TURBINE_FLEET_ID, which is not set in the Deployment; config.from_env's let assert fails at startup and the pods crash-loop.",
                summ="All turbine-collector pods are in CrashLoopBackOff because a required env var is missing after the 2.8.0 rollout; no turbine telemetry is being collected.",
                act="Add TURBINE_FLEET_ID (e.g. north-ridge) to the turbine-collector Deployment in Git and re-sync, or roll back to the previous revision.",
                tags=["nested"])


@scenario
def critical_pump_controller_pull_denied():
    ns, app = "water-ops", "pump-controller"
    ors, nrs = rs(10), rs(10)
    oldp = "%s-%s-%s" % (app, ors, rs(5))
    newp = "%s-%s-%s" % (app, nrs, rs(5))
    puid = uid()
    node = "wu-node-04"
    img = "harbor.water.local/ops/pump-controller:5.2.0"
    src = {"ev": ev_labels(ns), "old": pod_labels(ns, app, oldp, app, "wu-node-02"),
           "ctd": node_labels(node, "containerd.service"), "kubelet": node_labels(node, "kubelet.service")}
    deny = ('failed to pull and unpack image "%s": failed to resolve reference "%s": pull access denied, repository does not exist '
            'or may require authorization: server message: insufficient_scope: authorization failed' % (img, img))
    inner = 'failed to "StartContainer" for "pump-controller" with ImagePullBackOff: "Back-off pulling image \\"%s\\""' % img
    lines = [
        (0.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled down replica set %s-%s to 0 from 2" % (app, ors), api="apps/v1"), False),
        (0.4, "old", "[main(----) INF] Received signal 15. Shutting down.", False),
        (0.6, "old", vibe("main", "INF", "released Modbus sessions for 9 pumping stations; stations fall back to local PLC schedule"), False),
        (3.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 2" % (app, nrs), api="apps/v1"), False),
        (3.5, "ev", ev(newp, "Pod", "FailedToRetrieveImagePullSecret", "Warning", "kubelet",
                       'Unable to retrieve some image pull secrets (harbor-water-ops); attempting to pull the image may not succeed.', host=node), True),
        (3.6, "ev", ev(newp, "Pod", "Pulling", "Normal", "kubelet", 'Pulling image "%s"' % img, host=node), False),
        (4.1, "ctd", 'time="\u00a7isons\u00a7" level=error msg="PullImage \\"%s\\" failed" error=%s' % (img, q("rpc error: code = Unknown desc = " + deny)), True),
        (4.2, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", 'Failed to pull image "%s": %s' % (img, deny), host=node), True),
        (4.3, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", "Error: ErrImagePull", host=node), False),
        (17.0, "ev", ev(newp, "Pod", "BackOff", "Normal", "kubelet", 'Back-off pulling image "%s"' % img, host=node, count=3), False),
        (17.1, "ev", ev(newp, "Pod", "Failed", "Warning", "kubelet", "Error: ImagePullBackOff", host=node, count=3), False),
        (58.0, "kubelet", 'E\u00a7klog\u00a7    2143 pod_workers.go:1301] "Error syncing pod, skipping" err=%s pod="%s/%s" podUID="%s"' % (q(inner), ns, newp, puid), False),
    ]
    return dict(name="c5", dom="water", sev="CRITICAL", cat="image_pull", comp=app, t0=T(2026, 4, 18, 5, 30, 0),
                q="The pump controller upgrade to 5.2.0 left no pump-controller pods running. Why won't they start?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="The new pods reference imagePullSecret harbor-water-ops, which does not exist in water-ops, so the pull from the private Harbor project is denied (insufficient_scope: authorization failed); with the Recreate strategy all old pods were already stopped.",
                summ="pump-controller is fully down: both new pods are stuck in ImagePullBackOff on registry authorization and pumping stations are running on local PLC fallback.",
                act="Create/restore the harbor-water-ops pull secret (robot account with pull on ops/pump-controller) in water-ops, or roll back to the previous image immediately.",
                tags=["nested", "look-alike"])


@scenario
def critical_seaweedfs_medium_errors():
    ns = "lib-ebooks"
    node = "lib-k8s-w4"
    el = podname("ebook-lending")
    src = {"app": pod_labels(ns, "ebook-lending", el, "ebook-lending", "lib-k8s-w3"),
           "vol": pod_labels("seaweedfs", "seaweedfs-volume", "seaweedfs-volume-1", "volume", node),
           "filer": pod_labels("seaweedfs", "seaweedfs-filer", "seaweedfs-filer-0", "filer", "lib-k8s-w2"),
           "k": node_labels(node, "kernel")}

    def dj(level, msg, **kw):
        d = {"level": level, "ts": "TSTOKEN", "msg": msg}
        d.update(kw)
        return json.dumps(d, separators=(",", ":")).replace("TSTOKEN", "\u00a7iso\u00a7")

    def dl(loan, fid):
        return dj("ERROR", "epub download failed", loan_id=loan, fid=fid, status=500,
                  err="filer responded 500: read chunk %s: input/output error" % fid)
    lines = [
        (0.0, "k", "sd 2:0:0:0: [sdc] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s", False),
        (0.01, "k", "sd 2:0:0:0: [sdc] tag#18 Sense Key : Medium Error [current]", True),
        (0.02, "k", "critical medium error, dev sdc, sector 1849212416 op 0x0:(READ) flags 0x80700 phys_seg 4 prio class 0", True),
        (0.2, "vol", "E\u00a7klog\u00a7       1 store.go:412] read needle 7,0a8f3c2e01 from volume 7 (collection=epub, replication=000): read /data/7.dat: input/output error", True),
        (0.3, "filer", "E\u00a7klog\u00a7       1 filer_server_handlers_read.go:268] read chunk 7,0a8f3c2e01: http://seaweedfs-volume-1.seaweedfs:8080/7,0a8f3c2e01: 500 Internal Server Error", False),
        (0.4, "app", dl("L-2311902", "7,0a8f3c2e01"), False),
        (3.1, "app", dl("L-2311907", "7,0b11d0a4f2"), False),
        (3.2, "k", "critical medium error, dev sdc, sector 1851004928 op 0x0:(READ) flags 0x80700 phys_seg 8 prio class 0", False),
        (5.7, "app", dl("L-2311911", "7,0c27a9be13"), False),
        (6.0, "vol", "W\u00a7klog\u00a7       1 volume_checking.go:58] volume 7 (collection=epub, replication=000): 12 read errors in 60s, marking volume read-only", True),
        (8.8, "app", dl("L-2311913", "7,0a8f3c2e01"), False),
        (9.5, "app", dj("WARN", "upload rerouted", isbn="9780008291662", reason="volume 7 read-only", assigned_fid="9,04be1a22c0"), False),
        (12.0, "app", dj("ERROR", "stats", window="60s", downloads_failed=41, downloads_ok=188), False),
    ]
    return dict(name="c6", dom="library", sev="CRITICAL", cat="storage", comp="seaweedfs-volume", t0=T(2026, 4, 18, 18, 44, 0),
                q="Patrons cannot download many borrowed e-books: the lending service returns errors. What is failing?",
                sel={"namespace": ns, "app": "ebook-lending"}, src=src, lines=lines,
                rc="Disk sdc on lib-k8s-w4, which backs SeaweedFS volume 7 (epub collection, replication 000 = single copy), returns medium errors, so needle reads fail with input/output error and the volume went read-only.",
                summ="A failing disk under seaweedfs-volume-1 makes e-book files on volume 7 unreadable; there is no replica, so the data is at risk.",
                act="Stop writes to volume 7, copy off readable needles (volume.copy / weed fix) to a healthy disk, restore unreadable files from backup, replace sdc, and raise the epub collection's replication.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def critical_grid_dispatch_liveness():
    ns, app = "wind-grid", "grid-dispatch"
    p = podname(app)
    puid, pip = uid(), ip(5)
    node = "wf-core-05"
    src = {"app": pod_labels(ns, app, p, app, node), "kubelet": node_labels(node, "kubelet.service"), "ev": ev_labels(ns)}
    out = 'Get "http://%s:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip
    N = "INF \u00a7nim\u00a7 "
    lines = [
        (0.0, "app", N + 'dispatched setpoint                          topics="dispatch" turbine=WT-03 target_kw=3100 ack_ms=212', False),
        (9.1, "kubelet", kubelet_probe("Liveness", ns, p, puid, app, out), True),
        (11.5, "app", N + 'healthz: TSO reachability check took 2.41s    topics="health" endpoint=https://api.tso.example/v3/ping', True),
        (12.2, "app", N + 'dispatched setpoint                          topics="dispatch" turbine=WT-11 target_kw=2950 ack_ms=190', False),
        (19.1, "kubelet", kubelet_probe("Liveness", ns, p, puid, app, out), False),
        (29.1, "kubelet", kubelet_probe("Liveness", ns, p, puid, app, out), False),
        (29.2, "ev", ev(p, "Pod", "Unhealthy", "Warning", "kubelet", "Liveness probe failed: " + out, host=node, count=3), True),
        (29.3, "ev", ev(p, "Pod", "Killing", "Normal", "kubelet", "Container grid-dispatch failed liveness probe, will be restarted", host=node), True),
        (29.5, "app", N + 'received SIGTERM, finishing in-flight setpoint batch topics="main" inflight=1', False),
        (31.0, "ev", ev(p, "Pod", "BackOff", "Warning", "kubelet",
                        "Back-off restarting failed container grid-dispatch in pod %s_%s(%s)" % (p, ns, puid), host=node, count=6), True),
        (31.1, "kubelet", kubelet_backoff(ns, p, puid, app, "2m40s"), False),
        (191.4, "app", N + 'grid-dispatch starting                       topics="main" version=2.14.0 tso_endpoint=https://api.tso.example/v3/setpoints', False),
        (193.0, "app", N + 'dispatched setpoint                          topics="dispatch" turbine=WT-03 target_kw=3100 ack_ms=205', False),
        (200.5, "kubelet", kubelet_probe("Liveness", ns, p, puid, app, out), False),
    ]
    return dict(name="c7", dom="wind", sev="CRITICAL", cat="probe_failure", comp=app, t0=T(2026, 4, 19, 11, 0, 0),
                q="grid-dispatch keeps restarting and turbines miss setpoints. Is the TSO API timing out?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="grid-dispatch's /healthz synchronously pings the TSO API (~2.4 s) while the liveness probe timeout is 1 s, so the kubelet kills a process that is dispatching setpoints normally, putting it in a restart loop.",
                summ="Liveness probe failures restart a healthy grid-dispatch every few minutes (CrashLoopBackOff), interrupting setpoint dispatch.",
                act="Make /healthz a cheap local check (move the TSO reachability check to readiness or metrics) or raise the liveness timeoutSeconds, then redeploy.",
                tags=["look-alike"])


@scenario
def critical_scada_archiver_eviction_loop():
    ns = "water-scada"
    rsh = rs(10)
    a1, a2 = "scada-archiver-%s-%s" % (rsh, rs(5)), "scada-archiver-%s-%s" % (rsh, rs(5))
    cr = podname("compliance-reports")
    src = {"cr": pod_labels(ns, "compliance-reports", cr, "compliance-reports", "wu-node-03"),
           "kub6": node_labels("wu-node-06", "kubelet.service"), "ev": ev_labels(ns),
           "a2": pod_labels(ns, "scada-archiver", a2, "scada-archiver", "wu-node-02")}
    R = "ERROR [\u00a7rlog\u00a7] "
    evmsg = ("The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: %dKi. "
             "Container scada-archiver was using %dKi, request is 0, has larger consumption of ephemeral-storage.")
    lines = [
        (0.0, "cr", R + "archive fetch failed for RES-03 2026-03: HTTP 503 from scada-archiver.water-scada.svc:8080 (no healthy upstream)", False),
        (0.5, "kub6", 'W\u00a7klog\u00a7    2412 eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', True),
        (0.6, "kub6", 'I\u00a7klog\u00a7    2412 eviction_manager.go:395] "Eviction manager: pods ranked for eviction" pods=["water-scada/%s","monitoring/node-exporter-%s"]' % (a1, rs(5)), False),
        (0.9, "ev", ev(a1, "Pod", "Evicted", "Warning", "kubelet", evmsg % (8123412, 48213412), host="wu-node-06"), True),
        (1.1, "ev", ev(a1, "Pod", "Killing", "Normal", "kubelet", "Stopping container scada-archiver", host="wu-node-06"), False),
        (2.0, "ev", ev(a2, "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned %s/%s to wu-node-02" % (ns, a2)), False),
        (5.2, "a2", vibe("main", "INF", "spool dir /var/spool/archiver (emptyDir): 0 B used; 36 days of compaction backlog to rebuild from SCADA_RAW"), True),
        (20.0, "cr", R + "archive fetch failed for PS-04 2026-03: HTTP 503 from scada-archiver.water-scada.svc:8080 (no healthy upstream)", False),
        (44.8, "cr", R + "regulatory report DWI-2026-03 generation aborted: 14 of 40 sites missing archive data", False),
        (1800.0, "a2", vibe("vibe-1", "WRN", "spool dir /var/spool/archiver: 39.8 GiB used, compaction 11/36 days"), False),
        (2410.5, "ev", ev(a2, "Pod", "Evicted", "Warning", "kubelet", evmsg % (9712004, 47611020), host="wu-node-02"), True),
        (2411.0, "cr", R + "archive fetch failed for RES-07 2026-03: HTTP 503 from scada-archiver.water-scada.svc:8080 (no healthy upstream)", False),
    ]
    return dict(name="c8", dom="water", sev="CRITICAL", cat="resource_exhausted", comp="scada-archiver", t0=T(2026, 4, 19, 22, 0, 0),
                q="The monthly compliance report failed because archive data is missing. Why is scada-archiver unavailable?",
                sel={"namespace": ns, "app": "compliance-reports"}, src=src, lines=lines,
                rc="scada-archiver spools ~48 GiB of compaction data into an emptyDir with no ephemeral-storage request/limit, pushing its node past the ephemeral-storage eviction threshold; it is evicted, rescheduled, rebuilds the spool and is evicted again, losing its progress each time.",
                summ="scada-archiver is in an eviction loop on ephemeral storage; the archive is unavailable and the regulatory report could not be generated.",
                act="Move the archiver spool to a PersistentVolume (or set an adequate ephemeral-storage request/limit on a node with disk headroom) and restart the compaction.",
                tags=["quiet-cause", "outside-selector"])


@scenario
def critical_circulation_migration_failed():
    ns, app = "lib-circulation", "circulation-api"
    ors, nrs = rs(10), rs(10)
    p = "%s-%s-%s" % (app, nrs, rs(5))
    puid = uid()
    node = "lib-k8s-w3"
    src = {"ev": ev_labels(ns), "mig": pod_labels(ns, app, p, "migrate", node),
           "crdb": pod_labels("lib-data", "cockroachdb", "cockroachdb-2", "db", "lib-k8s-w4"),
           "kubelet": node_labels(node, "kubelet.service"),
           "kg": pod_labels(ns, "kiosk-gateway", podname("kiosk-gateway"), "kiosk-gateway", "lib-k8s-w2")}
    M = "[\u00a7mojo\u00a7] [1] "
    inner = 'failed to "StartContainer" for "migrate" with CrashLoopBackOff: "back-off 1m20s restarting failed container=migrate pod=%s_%s(%s)"' % (p, ns, puid)
    lines = [
        (0.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled down replica set %s-%s to 0 from 3" % (app, ors), api="apps/v1"), False),
        (2.0, "ev", ev(app, "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                       "Scaled up replica set %s-%s to 3" % (app, nrs), api="apps/v1"), False),
        (4.5, "ev", ev(p, "Pod", "Started", "Normal", "kubelet", "Started container migrate", host=node), False),
        (5.1, "mig", M + "[info] Migrating circulation schema from version 42 to 43", False),
        (5.2, "mig", M + "[debug] -- 43 up: CREATE UNIQUE INDEX patrons_card_number_key ON patrons (card_number);", False),
        (38.7, "crdb", 'W\u00a7crdb\u00a7 8812 jobs/registry.go:1603 \u22ee [T1,Vsystem,n3] 4412  CREATE INDEX job 1021884412: stepping through state reverting with error: failed to ingest index entries during backfill: duplicate key value violates unique constraint "patrons_card_number_key"', True),
        (38.9, "mig", 'DBD::Pg::db do failed: ERROR:  failed to ingest index entries during backfill: duplicate key value violates unique constraint "patrons_card_number_key"', True),
        (38.901, "mig", "DETAIL:  Key (card_number)=('29011004412203') already exists. at /app/local/lib/perl5/Mojo/Pg/Migrations.pm line 70.", True),
        (40.3, "kg", "warning(gateway): circulation-api unavailable (503 no healthy upstream), checkout queued offline (queue=212)", False),
        (41.0, "ev", ev(p, "Pod", "BackOff", "Warning", "kubelet",
                        "Back-off restarting failed container migrate in pod %s_%s(%s)" % (p, ns, puid), host=node, count=4), True),
        (41.1, "kubelet", 'E\u00a7klog\u00a7    2143 pod_workers.go:1301] "Error syncing pod, skipping" err=%s pod="%s/%s" podUID="%s"' % (q(inner), ns, p, puid), False),
        (70.0, "kg", "warning(gateway): circulation-api unavailable (503 no healthy upstream), checkout queued offline (queue=388)", False),
    ]
    return dict(name="c9", dom="library", sev="CRITICAL", cat="database", comp=app, t0=T(2026, 4, 20, 6, 0, 0),
                q="Circulation is completely down after this morning's deploy; kiosks queue checkouts offline. What failed?",
                sel={"namespace": ns, "app": app}, src=src, lines=lines,
                rc="Schema migration 43 (CREATE UNIQUE INDEX on patrons.card_number) fails in CockroachDB because existing patrons share card number 29011004412203, so circulation-api's migrate init container crash-loops; with the Recreate strategy no pods are serving.",
                summ="A failed database migration (duplicate key on a new unique index) keeps circulation-api from starting; circulation is fully down.",
                act="Roll circulation-api back to the previous release now; then de-duplicate patrons.card_number and re-run migration 43.",
                tags=["nested"])


@scenario
def critical_alarm_router_unschedulable():
    ns = "wind-scada"
    ar = podname("turbine-alarm-router")
    tc = podname("turbine-collector")
    kl = pod_labels("kube-system", "karpenter", podname("karpenter"), "controller", "wf-core-01")
    src = {"ev": ev_labels(ns), "k": kl, "tc": pod_labels(ns, "turbine-collector", tc, "turbine-collector", "wf-core-04")}
    commit = hexid(7)
    fs = ("0/7 nodes are available: 3 node(s) had untolerated taint {wind.example/edge: true}, 4 node(s) didn't match Pod's node affinity/selector. "
          "preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.")
    kerr = ('incompatible with nodepool "core", daemonset overhead={"cpu":"180m","memory":"312Mi","pods":"4"}, incompatible requirements, '
            'key wind.example/site, wind.example/site In [offshore-b] not in wind.example/site In [north-ridge]; incompatible with nodepool "edge", '
            'daemonset overhead={"cpu":"180m","memory":"312Mi","pods":"4"}, did not tolerate wind.example/edge=true:NoSchedule')

    def kj():
        d = {"level": "ERROR", "time": "TIMETOKEN", "logger": "controller", "message": "could not schedule pod", "commit": commit,
             "controller": "provisioner", "namespace": "", "name": "", "reconcileID": uid(),
             "Pod": {"name": ar, "namespace": ns}, "error": kerr}
        return json.dumps(d, separators=(",", ":")).replace("TIMETOKEN", "\u00a7iso\u00a7")
    E = "\u00a7erl\u00a7 "
    fwd = ('error: alarm forward failed: {failed_connect,[{to_address,{"turbine-alarm-router.wind-scada.svc",9400}},{inet,[inet],econnrefused}]} '
           'alarm=%s severity=high')
    lines = [
        (0.0, "ev", ev(ar, "Pod", "FailedScheduling", "Warning", "default-scheduler", fs), True),
        (0.8, "k", kj(), True),
        (2.4, "tc", E + fwd % "WT-17/PITCH_FAULT_2", False),
        (7.9, "tc", E + fwd % "WT-04/YAW_MISALIGN", False),
        (11.3, "tc", E + fwd % "WT-17/PITCH_FAULT_2", False),
        (30.0, "tc", E + "warning: 37 alarms queued for turbine-alarm-router (oldest 00:14:22); SCADA operators not notified", False),
        (60.1, "k", kj(), False),
        (62.0, "ev", ev(ar, "Pod", "FailedScheduling", "Warning", "default-scheduler", fs, count=14), True),
        (65.5, "tc", E + fwd % "WT-22/GEARBOX_TEMP_HIGH", False),
        (90.0, "tc", E + "warning: 41 alarms queued for turbine-alarm-router (oldest 00:15:22); SCADA operators not notified", False),
    ]
    return dict(name="c10", dom="wind", sev="CRITICAL", cat="scheduling", comp="turbine-alarm-router", t0=T(2026, 4, 20, 15, 30, 0),
                q="Turbine alarms are not reaching the control room and turbine-collector reports connection refused to the alarm router. Why?",
                sel={"namespace": ns, "app": "turbine-collector"}, src=src, lines=lines,
                rc="turbine-alarm-router pods are Pending: their nodeSelector wind.example/site=offshore-b matches no node or Karpenter NodePool (core is north-ridge, edge is tainted), so they cannot be scheduled and the alarm Service has no endpoints.",
                summ="No turbine-alarm-router pod can be scheduled, so turbine alarms queue up undelivered; the connection-refused errors are a symptom.",
                act="Fix turbine-alarm-router's nodeSelector/affinity to the north-ridge site (or add a matching NodePool) so the pods schedule, then verify the queued alarms flush.",
                tags=["outside-selector", "look-alike"])


# ====================================================================== main
def main():
    built = []
    for fn in SCENARIOS:
        sc = fn()
        rec = build(sc)
        built.append((sc, rec))
    order = list(range(len(built)))
    RNG.shuffle(order)
    records, tags = [], {}
    for rank, idx in enumerate(order, start=1):
        sc, rec = built[idx]
        rid = "dev53-%03d" % rank
        out = {"id": rid}
        out.update(rec)
        records.append(out)
        tags[rid] = sorted(sc["tags"])
    records.sort(key=lambda r: r["id"])
    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(OUT_TAGS, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(tags.items())), fh, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d records to %s and tags to %s" % (len(records), OUT_JSONL, OUT_TAGS))


if __name__ == "__main__":
    main()
