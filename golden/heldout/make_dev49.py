#!/usr/bin/env python3
"""Generator for the dev49 golden evaluation set (golden format v1).

Standard library only.  Every random choice goes through one
random.Random(204949) instance, consumed in a fixed order, so that
dev49.jsonl is byte-identical on every run.

Layout of this file:
  section 0  helpers (time tokens, pod names, record assembly)
  section 1  batch: elevator maintenance, part A
  section 2  batch: elevator maintenance, part B
  section 3  batch: audiology clinics, part A
  section 4  batch: audiology clinics, part B
  section 5  batch: stadium match-day, part A
  section 6  batch: stadium match-day, part B
  section 7  assembly (shuffle, ids) and output
"""
import datetime as _dt
import json
import os
import random
import re
import sys

SEED = 204949
RNG = random.Random(SEED)
OUT_NAME = "dev49.jsonl"

# --------------------------------------------------------------------------
# section 0: helpers
# --------------------------------------------------------------------------

_K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"  # alphabet Kubernetes uses for generated names
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UTC = _dt.timezone.utc


def _alnum(n):
    return "".join(RNG.choice(_K8S_ALNUM) for _ in range(n))


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uuidish():
    """A UUID-shaped id drawn from the seeded RNG (never uuid4)."""
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


class Deploy:
    """Deployment pods: <name>-<replicaset hash>-<5 chars>, one hash per ReplicaSet."""

    def __init__(self, name, hash_len=10):
        self.name = name
        self.hash = _alnum(hash_len)

    def pod(self):
        return "%s-%s-%s" % (self.name, self.hash, _alnum(5))


def daemon_pod(name):
    return "%s-%s" % (name, _alnum(5))


def sts_pod(name, ordinal=0):
    return "%s-%d" % (name, ordinal)


def cron_pod(name, scheduled_utc):
    """CronJob pods: <cronjob>-<scheduled time in minutes since epoch>-<5 chars>."""
    t = _dt.datetime.strptime(scheduled_utc, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC)
    return "%s-%d-%s" % (name, int(t.timestamp()) // 60, _alnum(5))


def parse_start(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def _tokens(t, micro):
    ms = t.microsecond // 1000
    us = ms * 1000 + micro
    d = {
        "iso": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms,
        "isou": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us,
        "isos": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dw": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms,
        "klog": t.strftime("%m%d %H:%M:%S.") + "%06d" % us,
        "syslog": "%s %2d %s" % (_MON[t.month - 1], t.day, t.strftime("%H:%M:%S")),
        "hms": t.strftime("%H:%M:%S.") + "%03d" % ms,
        "hms0": t.strftime("%H:%M:%S"),
        "neo": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d+0000" % ms,
        "mssql": t.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (ms // 10),
        "epochms": str(int(t.timestamp()) * 1000 + ms),
        "tidb": t.strftime("%Y/%m/%d %H:%M:%S.") + "%03d +00:00" % ms,
        "ngx": t.strftime("%Y/%m/%d %H:%M:%S"),
        "clf": "%02d/%s/%d:%s +0000" % (t.day, _MON[t.month - 1], t.year, t.strftime("%H:%M:%S")),
        "akka": t.strftime("%m/%d/%Y %H:%M:%S.") + "%03d" % ms,
        "pulsar": t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d+0000" % ms,
        "jenkins": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d+0000" % ms,
        "nexus": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d+0000" % ms,
        "mono": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % us,
        "dag": t.strftime("%Y-%m-%d %H:%M:%S +0000"),
        "couch": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us,
        "erl": "%02d-%s-%d::%s" % (t.day, _MON[t.month - 1], t.year, t.strftime("%H:%M:%S.") + "%03d" % ms),
        "pgts": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms,
        "scylla": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms,
        "slog": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms,
    }
    return d


_TOKEN_NAMES = ("isou", "isos", "iso", "dw", "klog", "syslog", "hms0", "hms", "neo", "mssql", "epochms",
                "tidb", "ngx", "clf", "akka", "pulsar", "jenkins", "nexus", "mono", "dag", "couch", "erl",
                "scylla", "slog", "pgts")
# Tokens are written %%name%%; lines built with the %-operator end up with %name%, so accept both.
_TOKEN_RE = re.compile(r"%%?(" + "|".join(_TOKEN_NAMES) + r")%%?")
_UP_RE = re.compile(r"%%?up(\d+)%%?")


def render(text, t, elapsed, micro):
    toks = _tokens(t, micro)

    def up(m):
        return "%.6f" % (int(m.group(1)) + elapsed + micro / 1e6)

    text = _UP_RE.sub(up, text)
    return _TOKEN_RE.sub(lambda m: toks[m.group(1)], text)


def fmt_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


SELECTOR_KEYS = ("namespace", "pod", "container", "node", "app")


def make_record(spec):
    """Turn a record spec into a golden-format record.

    spec["lines"] holds tuples (gap_seconds, label_key, text[, 1]); a trailing 1
    marks a decisive (evidence) line.  Gaps get a small seeded jitter, which
    keeps timestamps strictly increasing.
    """
    start = parse_start(spec["start"])
    labels = spec["labels"]
    logs, evidence = [], []
    cur_ms = RNG.randint(0, 999)
    for i, ln in enumerate(spec["lines"]):
        gap, lkey, text = ln[0], ln[1], ln[2]
        is_ev = len(ln) > 3 and ln[3]
        jitter_cap = max(3, min(850, int(gap * 300)))
        cur_ms += int(round(gap * 1000)) + RNG.randint(1, jitter_cap)
        t = start + _dt.timedelta(milliseconds=cur_ms)
        micro = RNG.randint(0, 999)
        logs.append({
            "ts": fmt_ts(t),
            "labels": dict(labels[lkey]),
            "line": render(text, t, cur_ms / 1000.0, micro),
        })
        if is_ev:
            evidence.append(i)
    sel = spec.get("selector")
    if sel is not None:
        sel = {k: sel.get(k) for k in SELECTOR_KEYS}
    exp = dict(spec["expected"])
    if exp["root_cause_category"] == "none":
        exp.pop("component", None)
    ordered_exp = {}
    for k in ("severity", "root_cause_category", "component", "root_cause", "summary", "action"):
        if k in exp:
            ordered_exp[k] = exp[k]
    ordered_exp["evidence"] = evidence
    rec = {
        "id": None,
        "source": "synthetic:%s/%s" % (spec["domain"], spec["platform"]),
        "question": spec["question"],
        "selector": sel,
        "logs": logs,
        "expected": ordered_exp,
    }
    meta = {"quiet": bool(spec.get("quiet")), "nested": bool(spec.get("nested")),
            "key": spec["key"]}
    return rec, meta


def K(ns, pod, container, node):
    return {"namespace": ns, "pod": pod, "container": container, "node": node}


def NODE(job, node):
    return {"job": job, "node": node}


def HOST(host, job):
    return {"host": host, "job": job}


def EV(ns):
    return {"namespace": ns, "job": "kube-events"}


LIFTS = "elevator-maintenance"
AUDIO = "audiology-clinics"
STADIUM = "stadium-matchday"

# --------------------------------------------------------------------------
# section 1: batch - elevator maintenance, part A (4 healthy/warn windows + 3 warn)
# --------------------------------------------------------------------------


def batch_lifts_a():
    out = []

    # --- telemetry ingest rollout (healthy) ---------------------------------
    ns = "lift-telemetry"
    old_rs, new_rs = Deploy("telemetry-ingest"), Deploy("telemetry-ingest")
    p_old, p_new = old_rs.pod(), new_rs.pod()
    uid = uuidish()
    out.append({
        "key": "lift-telemetry-rollout", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-03T06:38:12",
        "question": "The lift telemetry dashboard had a short gap around 06:40 - is ingestion from the car gateways broken?",
        "selector": {"namespace": ns},
        "labels": {
            "ev": EV(ns),
            "old": K(ns, p_old, "telemetry-ingest", "lift-k8s-w1"),
            "new": K(ns, p_new, "telemetry-ingest", "lift-k8s-w2"),
            "kl": NODE("kubelet", "lift-k8s-w2"),
        },
        "lines": [
            (0.0, "ev", "Normal ScalingReplicaSet deployment/telemetry-ingest Scaled up replica set telemetry-ingest-%s to 1" % new_rs.hash),
            (0.3, "ev", "Normal Scheduled pod/%s Successfully assigned %s/%s to lift-k8s-w2" % (p_new, ns, p_new)),
            (1.1, "ev", "Normal Pulled pod/%s Container image \"registry.liftcare.internal/telemetry-ingest:2.14.3\" already present on machine" % p_new),
            (0.4, "ev", "Normal Started pod/%s Started container telemetry-ingest" % p_new),
            (4.2, "new", "[INFO] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-3] [akka.cluster.Cluster(akka://telemetry-ingest)] Cluster Node [akka://telemetry-ingest@10.42.2.57:25520] - Started up successfully"),
            (2.9, "kl", "I%%klog%%    2211 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"telemetry-ingest\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\"" % (ns, p_new, uid)),
            (1.7, "new", "[INFO] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-5] [akka.cluster.Cluster(akka://telemetry-ingest)] Cluster Node [akka://telemetry-ingest@10.42.2.57:25520] - Welcome from [akka://telemetry-ingest@10.42.1.33:25520]"),
            (5.6, "kl", "I%%klog%%    2211 kubelet.go:2499] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"%s/%s\"" % (ns, p_new)),
            (0.8, "ev", "Normal ScalingReplicaSet deployment/telemetry-ingest Scaled down replica set telemetry-ingest-%s to 0 from 1" % old_rs.hash),
            (0.2, "ev", "Normal Killing pod/%s Stopping container telemetry-ingest" % p_old),
            (0.4, "old", "[INFO] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-12] [akka.cluster.Cluster(akka://telemetry-ingest)] Cluster Node [akka://telemetry-ingest@10.42.1.33:25520] - Marked address [akka://telemetry-ingest@10.42.1.33:25520] as [Leaving]"),
            (1.3, "old", "%%dw%% [pulsar-client-io-1-1] INFO  org.apache.pulsar.client.impl.ConsumerImpl - [persistent://liftcare/telemetry/car-events][telemetry-ingest] Closed consumer"),
            (2.2, "new", "%%dw%% [pulsar-client-io-1-2] INFO  org.apache.pulsar.client.impl.ConsumerImpl - [persistent://liftcare/telemetry/car-events][telemetry-ingest] Subscribed to topic on pulsar-broker-1.pulsar-broker.pulsar.svc.cluster.local/10.42.4.21:6650 -- consumer: 7"),
            (3.5, "new", "[WARN] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-8] [akka://telemetry-ingest/user/ingest-supervisor/car-7731] Frame seq 558120 for car 7731 arrived 41s late (gateway buffered during reconnect); accepted out of order"),
            (9.8, "new", "[INFO] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-4] [akka://telemetry-ingest/user/ingest-supervisor] Shard region car-events rebalanced: 12 shards on 1 node, handoff completed in 2.1s"),
            (30.4, "new", "[INFO] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-6] [akka://telemetry-ingest/user/metrics] ingest rate 1843 frames/s, subscription backlog 0 msgs, late frames last 60s: 212"),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the gap is the planned rolling update of telemetry-ingest; the new pod warmed up, took over the Pulsar subscription and the gateways' buffered frames were accepted.",
            "summary": "A new telemetry-ingest pod started, failed readiness once while warming up, joined the Akka cluster and subscribed to car-events; the old pod left cleanly and the backlog is back to zero.",
            "action": "No action needed. If the dashboard gap matters, schedule telemetry-ingest rollouts outside peak hours.",
        },
    })

    # --- Dagster parts reconciliation with a retried step (healthy) ----------
    ns = "dagster"
    run_id = uuidish()
    daemon = Deploy("dagster-daemon").pod()
    runpod = "dagster-run-%s-%s" % (run_id, _alnum(5))
    job = "parts_inventory_reconcile"

    def dg(level, step, event, msg, pid="1"):
        return "%%dag%% - dagster - " + level + " - " + job + " - " + run_id + " - " + pid + " - " + step + " - " + event + " - " + msg

    out.append({
        "key": "lift-dagster-reconcile", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-18T02:00:00",
        "question": "Someone saw a retry in the alerts channel - did last night's parts inventory reconciliation in Dagster finish cleanly?",
        "selector": {"namespace": ns},
        "labels": {
            "dm": K(ns, daemon, "dagster", "lift-k8s-w4"),
            "run": K(ns, runpod, "dagster", "lift-k8s-w3"),
            "ev": EV(ns),
        },
        "lines": [
            (0.4, "dm", "%%dag%% - dagster.daemon.SchedulerDaemon - INFO - Evaluating schedule `parts_inventory_nightly` at 2026-03-18 02:00:00 +0000"),
            (0.9, "dm", "%%dag%% - dagster.daemon.SchedulerDaemon - INFO - Completed scheduled launch of run %s for parts_inventory_nightly" % run_id),
            (1.6, "ev", "Normal SuccessfulCreate job/dagster-run-%s Created pod: %s" % (run_id, runpod)),
            (14.2, "run", dg("DEBUG", "-", "RUN_START", "Started execution of run for \"%s\"." % job)),
            (0.6, "run", dg("DEBUG", "extract_depot_stock", "STEP_START", "Started execution of step \"extract_depot_stock\".")),
            (41.3, "run", dg("DEBUG", "extract_depot_stock", "STEP_SUCCESS", "Finished execution of step \"extract_depot_stock\" in 41.2s.")),
            (0.5, "run", dg("DEBUG", "fetch_supplier_feed", "STEP_START", "Started execution of step \"fetch_supplier_feed\".")),
            (3.1, "run", dg("WARNING", "fetch_supplier_feed", "-", "Supplier feed https://feeds.schindler-parts.example/v3/stock returned 503 Service Unavailable; raising RetryRequested (attempt 1 of 3)")),
            (0.2, "run", dg("DEBUG", "fetch_supplier_feed", "STEP_UP_FOR_RETRY", "Execution of step \"fetch_supplier_feed\" failed and has requested a retry in 30 seconds.")),
            (30.4, "run", dg("DEBUG", "fetch_supplier_feed", "STEP_RESTARTED", "Started re-execution (attempt # 2) of step \"fetch_supplier_feed\".")),
            (12.7, "run", dg("DEBUG", "fetch_supplier_feed", "STEP_SUCCESS", "Finished execution of step \"fetch_supplier_feed\" in 12.6s.")),
            (0.4, "run", dg("DEBUG", "reconcile_stock", "STEP_START", "Started execution of step \"reconcile_stock\".")),
            (96.8, "run", dg("INFO", "reconcile_stock", "-", "Reconciled 18412 SKUs across 23 depots: 0 errors, 0 negative balances, 37 adjustments queued for review")),
            (0.3, "run", dg("DEBUG", "reconcile_stock", "STEP_SUCCESS", "Finished execution of step \"reconcile_stock\" in 1m37s.")),
            (0.6, "run", dg("DEBUG", "-", "RUN_SUCCESS", "Finished execution of run for \"%s\"." % job)),
            (4.8, "ev", "Normal Completed job/dagster-run-%s Job completed" % run_id),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the supplier feed answered 503 once, the step retried after 30 s and succeeded; the run completed with zero reconciliation errors.",
            "summary": "The nightly parts_inventory_reconcile run succeeded end to end; the only warning was a single retried supplier-feed fetch.",
            "action": "No action needed.",
        },
    })

    # --- Temporal history rollout during dispatch (healthy) -----------------
    ns = "temporal"
    hist_old, hist_new = Deploy("temporal-history"), Deploy("temporal-history")
    h_old, h_new = hist_old.pod(), hist_new.pod()
    fe = Deploy("temporal-frontend").pod()
    wk_rs = Deploy("dispatch-worker")
    wk = wk_rs.pod()
    run1, run2 = uuidish(), uuidish()
    out.append({
        "key": "lift-temporal-rollout", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-24T10:01:03",
        "question": "Temporal is logging shard and polling warnings after the 10:00 history rollout - are technician dispatch workflows affected?",
        "selector": {"namespace": None},
        "labels": {
            "ev": EV(ns),
            "hnew": K(ns, h_new, "temporal-history", "lift-k8s-w2"),
            "hold": K(ns, h_old, "temporal-history", "lift-k8s-w4"),
            "fe": K(ns, fe, "temporal-frontend", "lift-k8s-w1"),
            "wk": K("dispatch", wk, "dispatch-worker", "lift-k8s-w3"),
        },
        "lines": [
            (0.0, "ev", "Normal ScalingReplicaSet deployment/temporal-history Scaled up replica set temporal-history-%s to 1" % hist_new.hash),
            (6.4, "hnew", "{\"level\":\"info\",\"ts\":\"%%iso%%\",\"msg\":\"history starting\",\"service\":\"history\",\"logging-call-at\":\"service.go:118\"}"),
            (2.1, "hnew", "{\"level\":\"info\",\"ts\":\"%%iso%%\",\"msg\":\"Membership changed\",\"service\":\"history\",\"ring\":\"history\",\"added\":[\"10.42.2.61:7234\"],\"logging-call-at\":\"ringpop.go:264\"}"),
            (0.7, "fe", "{\"level\":\"warn\",\"ts\":\"%%iso%%\",\"msg\":\"history client encountered error\",\"service\":\"frontend\",\"error\":\"shard status unknown\",\"service-error-type\":\"serviceerror.Unavailable\",\"logging-call-at\":\"metric_client.go:104\"}"),
            (0.4, "wk", "%%ngx%% WARN  Failed to poll for task. Namespace dispatch TaskQueue technician-dispatch WorkerID 1@%s@ WorkerType WorkflowWorker Error shard status unknown" % wk),
            (1.2, "hnew", "{\"level\":\"info\",\"ts\":\"%%iso%%\",\"msg\":\"Acquired shard\",\"service\":\"history\",\"shard-id\":214,\"address\":\"10.42.2.61:7234\",\"logging-call-at\":\"context_impl.go:1939\"}"),
            (3.9, "wk", "time=%%iso%% level=WARN msg=\"activity attempt failed, will retry\" activity=NotifyTechnicianSMS work_order=WO-88213 attempt=1 err=\"sms gateway returned 502 Bad Gateway\""),
            (4.4, "ev", "Normal Killing pod/%s Stopping container temporal-history" % h_old),
            (0.3, "hold", "{\"level\":\"info\",\"ts\":\"%%iso%%\",\"msg\":\"history stopping\",\"service\":\"history\",\"logging-call-at\":\"service.go:151\"}"),
            (1.8, "hnew", "{\"level\":\"info\",\"ts\":\"%%iso%%\",\"msg\":\"Membership changed\",\"service\":\"history\",\"ring\":\"history\",\"removed\":[\"10.42.4.12:7234\"],\"logging-call-at\":\"ringpop.go:264\"}"),
            (6.1, "wk", "time=%%iso%% level=INFO msg=\"technician notified\" work_order=WO-88213 technician=T-0417 attempt=2"),
            (2.6, "wk", "time=%%iso%% level=INFO msg=\"mTLS client certificate reloaded\" subject=dispatch-worker not_after=2026-04-23T10:04:00Z"),
            (9.3, "wk", "time=%%iso%% level=INFO msg=\"dispatch workflow completed\" work_order=WO-88207 run_id=%s outcome=assigned eta_minutes=38" % run1),
            (14.0, "wk", "time=%%iso%% level=INFO msg=\"dispatch workflow completed\" work_order=WO-88213 run_id=%s outcome=assigned eta_minutes=52" % run2),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the warnings come from the planned temporal-history rollout moving shards; polls and one SMS activity retried and dispatch workflows completed.",
            "summary": "A new temporal-history pod joined the ring and acquired shards while the old one stopped; the frontend and worker saw 'shard status unknown' for a few seconds, then work orders WO-88207 and WO-88213 were assigned normally.",
            "action": "No action needed.",
        },
    })

    # --- Dropwizard parts-inventory liveness kills during full GC (warn) -----
    ns = "parts"
    rs = Deploy("parts-inventory")
    pi = rs.pod()
    uid = uuidish()
    gw = Deploy("tech-app-gateway").pod()
    out.append({
        "key": "lift-parts-gc-probe", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-11T13:22:40",
        "question": "parts-inventory restarted once over lunch and technicians saw a couple of errors in the app - do we need to do anything?",
        "selector": {"namespace": ns},
        "labels": {
            "app": K(ns, pi, "parts-inventory", "lift-k8s-w3"),
            "kl": NODE("kubelet", "lift-k8s-w3"),
            "ev": EV(ns),
            "gw": K(ns, gw, "gateway", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "app", "10.42.1.14 - - [%%clf%%] \"GET /v2/stock/search?sku=KM713560G11&depot=D07 HTTP/1.1\" 200 1844 \"-\" \"okhttp/4.12.0\" 38"),
            (2.3, "app", "[%%iso%%][info][gc] GC(1412) Pause Full (G1 Compaction Pause) 3921M->3702M(4096M) 5843.117ms", 1),
            (0.2, "kl", "I%%klog%%    2198 prober.go:107] \"Probe failed\" probeType=\"Liveness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"parts-inventory\" probeResult=\"failure\" output=\"Get \\\"http://10.42.3.40:8081/healthcheck\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\"" % (ns, pi, uid), 1),
            (1.9, "gw", "{\"level\":\"warn\",\"time\":\"%%iso%%\",\"upstream\":\"parts-inventory\",\"status\":504,\"path\":\"/v2/stock/search\",\"duration_ms\":5012,\"msg\":\"upstream request timed out\"}"),
            (6.4, "app", "[%%iso%%][info][gc] GC(1413) Pause Full (G1 Compaction Pause) 4011M->3766M(4096M) 6204.331ms"),
            (0.3, "kl", "I%%klog%%    2198 prober.go:107] \"Probe failed\" probeType=\"Liveness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"parts-inventory\" probeResult=\"failure\" output=\"Get \\\"http://10.42.3.40:8081/healthcheck\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\"" % (ns, pi, uid)),
            (9.7, "kl", "I%%klog%%    2198 prober.go:107] \"Probe failed\" probeType=\"Liveness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"parts-inventory\" probeResult=\"failure\" output=\"Get \\\"http://10.42.3.40:8081/healthcheck\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\"" % (ns, pi, uid)),
            (0.1, "ev", "Normal Killing pod/%s Container parts-inventory failed liveness probe, will be restarted" % pi, 1),
            (0.6, "app", "INFO  [%%dw%%] org.eclipse.jetty.server.AbstractConnector: Stopped application@4e1d422d{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"),
            (0.5, "gw", "{\"level\":\"warn\",\"time\":\"%%iso%%\",\"upstream\":\"parts-inventory\",\"status\":503,\"path\":\"/v2/stock/reserve\",\"duration_ms\":3,\"msg\":\"no healthy upstream\"}"),
            (3.2, "app", "INFO  [%%dw%%] io.dropwizard.server.ServerFactory: Starting parts-inventory"),
            (6.8, "app", "INFO  [%%dw%%] org.eclipse.jetty.server.Server: Started @7421ms"),
            (4.1, "kl", "I%%klog%%    2198 kubelet.go:2499] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"%s/%s\"" % (ns, pi)),
            (12.6, "app", "[%%iso%%][info][gc] GC(9) Pause Young (Normal) (G1 Evacuation Pause) 412M->188M(4096M) 21.114ms"),
            (1.4, "app", "10.42.1.14 - - [%%clf%%] \"POST /v2/stock/reserve HTTP/1.1\" 201 312 \"-\" \"okhttp/4.12.0\" 17"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "probe_failure", "component": "parts-inventory",
            "root_cause": "With the heap nearly full, the parts-inventory JVM ran 6-second full GC pauses. Those pauses outlast the 1-second liveness probe timeout, so kubelet restarted a process that was only paused, not dead.",
            "summary": "Two G1 full-GC pauses of 5.8 s and 6.2 s made three liveness probes time out. Kubelet restarted parts-inventory and the gateway returned a few 503/504s. After the restart the heap is small and probes pass.",
            "action": "Raise the liveness probe timeout and failureThreshold for parts-inventory, or point liveness at a lighter endpoint. Then look at heap usage (heap dump, cache sizes) before the next full-GC cycle.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 2: batch - elevator maintenance, part B (warn + error windows)
# --------------------------------------------------------------------------


def batch_lifts_b():
    out = []

    # --- Vitess replica lag from an unthrottled backfill (quiet cause) -------
    bf = cron_pod("work-order-archive-backfill", "2026-03-19T09:30")
    bf_job = bf.rsplit("-", 1)[0]
    vtg = Deploy("vtgate-workorders").pod()
    api_rs = Deploy("dispatch-api")
    api1, api2 = api_rs.pod(), api_rs.pod()
    out.append({
        "key": "lift-vitess-backfill", "domain": LIFTS, "platform": "kubernetes", "quiet": True,
        "start": "2026-03-19T09:30:00",
        "question": "dispatch-api is spamming 'no healthy tablet available' warnings and the technician map is slow - what is going on with Vitess?",
        "selector": None,
        "labels": {
            "ev": EV("dispatch"),
            "bf": K("dispatch", bf, "backfill", "lift-k8s-w4"),
            "r1": K("vitess", "workorders-vttablet-1", "vttablet", "lift-k8s-w2"),
            "r2": K("vitess", "workorders-vttablet-2", "vttablet", "lift-k8s-w3"),
            "vtg": K("vitess", vtg, "vtgate", "lift-k8s-w1"),
            "a1": K("dispatch", api1, "dispatch-api", "lift-k8s-w1"),
            "a2": K("dispatch", api2, "dispatch-api", "lift-k8s-w3"),
        },
        "lines": [
            (0.5, "ev", "Normal SuccessfulCreate cronjob/work-order-archive-backfill Created job %s" % bf_job),
            (7.9, "bf", "time=%%iso%% level=INFO msg=\"starting archive backfill\" table=work_order_events target=work_order_events_archive from_id=0 batch_size=50000 throttle=none", 1),
            (3.4, "bf", "time=%%iso%% level=INFO msg=\"batch committed\" rows=50000 last_id=50000 elapsed=3.1s"),
            (24.6, "r1", "W%%klog%%       1 state_manager.go:748] Replication lag 48s exceeds unhealthy threshold 30s; tablet zone1-0000000101 stops serving REPLICA queries", 1),
            (0.8, "vtg", "W%%klog%%       1 tablet_health_check.go:337] tablet zone1-0000000101 (workorders/-) is unhealthy: replication lag 48s"),
            (1.1, "a1", "time=%%iso%% level=WARN msg=\"replica read failed, retrying on primary\" route=/v1/technicians/nearby err=\"target: workorders.-.replica: no healthy tablet available for 'keyspace:\\\"workorders\\\" shard:\\\"-\\\" tablet_type:REPLICA'\""),
            (0.6, "a2", "time=%%iso%% level=WARN msg=\"replica read failed, retrying on primary\" route=/v1/work-orders/open err=\"target: workorders.-.replica: no healthy tablet available for 'keyspace:\\\"workorders\\\" shard:\\\"-\\\" tablet_type:REPLICA'\""),
            (9.2, "r2", "W%%klog%%       1 state_manager.go:748] Replication lag 131s exceeds unhealthy threshold 30s; tablet zone1-0000000102 stops serving REPLICA queries", 1),
            (0.7, "a1", "time=%%iso%% level=WARN msg=\"replica read failed, retrying on primary\" route=/v1/technicians/nearby err=\"target: workorders.-.replica: no healthy tablet available for 'keyspace:\\\"workorders\\\" shard:\\\"-\\\" tablet_type:REPLICA'\""),
            (2.2, "a2", "time=%%iso%% level=WARN msg=\"slow request\" route=/v1/work-orders/open status=200 duration=2.84s"),
            (30.5, "bf", "time=%%iso%% level=INFO msg=\"batch committed\" rows=50000 last_id=450000 elapsed=3.4s"),
            (1.3, "a1", "time=%%iso%% level=WARN msg=\"replica read failed, retrying on primary\" route=/v1/technicians/nearby err=\"target: workorders.-.replica: no healthy tablet available for 'keyspace:\\\"workorders\\\" shard:\\\"-\\\" tablet_type:REPLICA'\""),
            (62.1, "bf", "time=%%iso%% level=INFO msg=\"archive backfill finished\" rows=612044 batches=13 elapsed=2m46s"),
            (48.7, "r1", "I%%klog%%       1 state_manager.go:741] Replication lag 4s within threshold; tablet zone1-0000000101 serving REPLICA queries"),
            (0.9, "vtg", "I%%klog%%       1 tablet_health_check.go:330] tablet zone1-0000000101 (workorders/-) is healthy: serving"),
            (12.3, "r2", "I%%klog%%       1 state_manager.go:741] Replication lag 2s within threshold; tablet zone1-0000000102 serving REPLICA queries"),
            (3.8, "a2", "time=%%iso%% level=INFO msg=\"request\" route=/v1/work-orders/open status=200 duration=41ms"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "database", "component": "work-order-archive-backfill",
            "root_cause": "The work-order-archive-backfill CronJob started an unthrottled backfill that writes 50,000-row batches into the workorders keyspace. Both replicas fell 48-131 s behind and stopped serving, so dispatch-api had to send its reads to the primary.",
            "summary": "While the backfill ran, vttablet replicas 101 and 102 went unhealthy on replication lag, vtgate had no healthy REPLICA tablet, and dispatch-api retried its reads on the primary and slowed down. Lag cleared a minute or two after the backfill finished.",
            "action": "Run the archive backfill with the Vitess tablet throttler enabled and smaller batches, or move its schedule out of dispatch hours. Nothing needs to be done for the replicas now.",
        },
    })

    # --- CoreDNS scaled down by its HPA (quiet cause) ------------------------
    cdns_rs = Deploy("coredns")
    cd1 = cdns_rs.pod()
    api = Deploy("dispatch-api").pod()
    pinv = Deploy("parts-inventory").pod()
    notif = Deploy("tech-notifier").pod()
    out.append({
        "key": "lift-coredns-hpa", "domain": LIFTS, "platform": "kubernetes", "quiet": True,
        "start": "2026-03-21T06:12:30",
        "question": "Since about 06:15 dispatch-api and the notifier keep failing lookups of internal services, on and off. Is the cluster network broken?",
        "selector": None,
        "labels": {
            "ks": EV("kube-system"),
            "cd": K("kube-system", cd1, "coredns", "lift-k8s-w1"),
            "api": K("dispatch", api, "dispatch-api", "lift-k8s-w3"),
            "pinv": K("parts", pinv, "parts-inventory", "lift-k8s-w2"),
            "nt": K("dispatch", notif, "notifier", "lift-k8s-w4"),
        },
        "lines": [
            (0.0, "ks", "Normal SuccessfulRescale horizontalpodautoscaler/coredns New size: 1; reason: All metrics below target", 1),
            (0.8, "ks", "Normal ScalingReplicaSet deployment/coredns Scaled down replica set coredns-%s to 1 from 3" % cdns_rs.hash),
            (95.4, "cd", "[ERROR] plugin/errors: 2 vtgate-workorders.vitess.svc.cluster.local. A: concurrent queries exceeded maximum 1000", 1),
            (0.3, "api", "time=%%iso%% level=ERROR msg=\"query failed\" route=/v1/technicians/nearby err=\"dial tcp: lookup vtgate-workorders.vitess.svc.cluster.local on 10.96.0.10:53: read udp 10.42.3.77:51734->10.96.0.10:53: i/o timeout\"", 1),
            (1.2, "pinv", "ERROR [%%dw%%] com.liftcare.parts.supplier.SupplierClient: supplier price refresh failed\n! java.net.UnknownHostException: feeds.schindler-parts.example: Temporary failure in name resolution\n! at java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)\n! at java.base/java.net.InetAddress$PlatformResolver.lookupByName(InetAddress.java:1211)\n! at java.base/java.net.InetAddress.getAddressesFromNameService(InetAddress.java:1828)"),
            (0.9, "nt", "%%dw%% ERROR notifier.sms send failed for WO-88642: [Errno -3] Temporary failure in name resolution (sms-gw.liftcare.internal)"),
            (0.5, "cd", "[ERROR] plugin/errors: 2 sms-gw.liftcare.internal. AAAA: concurrent queries exceeded maximum 1000"),
            (2.7, "api", "time=%%iso%% level=ERROR msg=\"query failed\" route=/v1/work-orders/open err=\"dial tcp: lookup vtgate-workorders.vitess.svc.cluster.local on 10.96.0.10:53: read udp 10.42.3.77:40211->10.96.0.10:53: i/o timeout\""),
            (4.4, "api", "time=%%iso%% level=WARN msg=\"retry succeeded\" route=/v1/work-orders/open attempt=2"),
            (7.9, "nt", "%%dw%% ERROR notifier.sms send failed for WO-88649: [Errno -3] Temporary failure in name resolution (sms-gw.liftcare.internal)"),
            (3.3, "cd", "[ERROR] plugin/errors: 2 parts-inventory.parts.svc.cluster.local. A: concurrent queries exceeded maximum 1000"),
            (1.1, "api", "time=%%iso%% level=ERROR msg=\"upstream call failed\" upstream=parts-inventory err=\"Get \\\"http://parts-inventory.parts.svc.cluster.local:8080/v2/stock/search\\\": dial tcp: lookup parts-inventory.parts.svc.cluster.local on 10.96.0.10:53: read udp 10.42.3.77:36650->10.96.0.10:53: i/o timeout\""),
            (58.2, "ks", "Normal SuccessfulRescale horizontalpodautoscaler/coredns New size: 2; reason: cpu resource utilization (percentage of request) above target"),
            (0.6, "ks", "Normal ScalingReplicaSet deployment/coredns Scaled up replica set coredns-%s to 2 from 1" % cdns_rs.hash),
            (21.0, "nt", "%%dw%% INFO notifier.sms delivered queued SMS for WO-88642, WO-88649 (2 retried)"),
            (6.2, "api", "time=%%iso%% level=INFO msg=\"request\" route=/v1/technicians/nearby status=200 duration=63ms"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "dns_resolution", "component": "coredns",
            "root_cause": "The coredns HorizontalPodAutoscaler scaled CoreDNS from 3 replicas to 1 during the low-traffic early morning. The single replica then hit its 1000 concurrent-query limit, and lookups from dispatch-api, parts-inventory and the notifier timed out or failed.",
            "summary": "Lookups of internal and external names failed intermittently for about two minutes. The lone CoreDNS pod logged 'concurrent queries exceeded maximum' until the HPA scaled back up to 2 on CPU, and queued SMS went out afterwards.",
            "action": "Set minReplicas on the coredns HPA to at least 2-3 (or remove the HPA and use the cluster-proportional autoscaler), and consider NodeLocal DNSCache. No manual recovery is needed now.",
        },
    })

    # --- Neo4j password rotated, parts-compat still uses old secret ----------
    cmp_rs = Deploy("parts-compat")
    pc1, pc2 = cmp_rs.pod(), cmp_rs.pod()
    rot = cron_pod("neo4j-credential-rotation", "2026-03-25T04:00")
    out.append({
        "key": "lift-neo4j-rotation", "domain": LIFTS, "platform": "kubernetes", "quiet": True, "nested": True,
        "start": "2026-03-25T04:00:02",
        "question": "Technicians get 'compatibility lookup unavailable' for every replacement part since early this morning. Is the parts-compat service broken?",
        "selector": None,
        "labels": {
            "rot": K("parts-graph", rot, "rotate", "lift-k8s-w4"),
            "neo": K("parts-graph", "neo4j-0", "neo4j", "lift-k8s-w2"),
            "pc1": K("parts", pc1, "parts-compat", "lift-k8s-w1"),
            "pc2": K("parts", pc2, "parts-compat", "lift-k8s-w3"),
        },
        "lines": [
            (0.0, "rot", "%%dw%% INFO  rotate - rotating password for neo4j user parts_reader (policy: 30d, last rotated 2026-02-23)"),
            (0.9, "neo", "%%neo%% INFO  [neo4j]: ALTER USER parts_reader SET PASSWORD '******' CHANGE NOT REQUIRED", 1),
            (0.4, "rot", "%%dw%% INFO  rotate - new credential stored at vault kv/lifts/neo4j/parts_reader (version 14); 0 Kubernetes secrets updated", 1),
            (0.2, "rot", "%%dw%% INFO  rotate - done in 1.6s"),
            (2731.0, "pc1", "%%dw%% INFO  [parts-compat-akka.actor.default-dispatcher-7] o.n.d.i.a.ConnectionPoolImpl - Closing idle connections to neo4j-0.neo4j.parts-graph.svc.cluster.local:7687 after 45m"),
            (204.3, "neo", "%%neo%% ERROR [parts_reader]: failed to log in: invalid principal or credentials", 1),
            (0.2, "pc1", "%%dw%% ERROR [parts-compat-akka.actor.default-dispatcher-14] c.l.partscompat.CompatRoutes - compatibility lookup failed for controller KCM831 car L-4471\ncom.liftcare.partscompat.GraphQueryException: compatibility query failed\n\tat com.liftcare.partscompat.GraphRepository.$anonfun$compatibleParts$3(GraphRepository.scala:88)\n\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:484)\n\tat akka.dispatch.BatchingExecutor$AbstractBatch.runN(BatchingExecutor.scala:134)\n\tat akka.dispatch.TaskInvocation.run(AbstractDispatcher.scala:48)\nCaused by: org.neo4j.driver.exceptions.AuthenticationException: The client is unauthorized due to authentication failure.\n\tat org.neo4j.driver.internal.async.connection.ChannelConnectedListener.lambda$operationComplete$0(ChannelConnectedListener.java:72)\n\tat org.neo4j.driver.internal.async.inbound.InboundMessageDispatcher.handleFailureMessage(InboundMessageDispatcher.java:122)\n\t... 23 common frames omitted", 1),
            (0.1, "pc1", "%%dw%% INFO  [parts-compat-akka.actor.default-dispatcher-14] akka.actor.ActorSystemImpl - HTTP 503 GET /v1/compat?controller=KCM831&car=L-4471 (12 ms)"),
            (5.6, "neo", "%%neo%% ERROR [parts_reader]: failed to log in: invalid principal or credentials"),
            (0.1, "pc2", "%%dw%% ERROR [parts-compat-akka.actor.default-dispatcher-9] c.l.partscompat.CompatRoutes - compatibility lookup failed for controller MRL-EC3 car L-0932\ncom.liftcare.partscompat.GraphQueryException: compatibility query failed\n\tat com.liftcare.partscompat.GraphRepository.$anonfun$compatibleParts$3(GraphRepository.scala:88)\n\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:484)\nCaused by: org.neo4j.driver.exceptions.AuthenticationException: The client is unauthorized due to authentication failure.\n\tat org.neo4j.driver.internal.async.connection.ChannelConnectedListener.lambda$operationComplete$0(ChannelConnectedListener.java:72)\n\t... 23 common frames omitted"),
            (0.1, "pc2", "%%dw%% INFO  [parts-compat-akka.actor.default-dispatcher-9] akka.actor.ActorSystemImpl - HTTP 503 GET /v1/compat?controller=MRL-EC3&car=L-0932 (9 ms)"),
            (31.8, "pc1", "%%dw%% WARN  [parts-compat-akka.actor.default-dispatcher-3] c.l.partscompat.HealthRoutes - graph health check failed 12 times in a row; reporting degraded"),
            (14.2, "neo", "%%neo%% ERROR [parts_reader]: failed to log in: invalid principal or credentials"),
            (0.1, "pc2", "%%dw%% ERROR [parts-compat-akka.actor.default-dispatcher-2] c.l.partscompat.CompatRoutes - compatibility lookup failed for controller KCM831 car L-2210\ncom.liftcare.partscompat.GraphQueryException: compatibility query failed\n\tat com.liftcare.partscompat.GraphRepository.$anonfun$compatibleParts$3(GraphRepository.scala:88)\nCaused by: org.neo4j.driver.exceptions.AuthenticationException: The client is unauthorized due to authentication failure.\n\t... 25 common frames omitted"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "auth_failure", "component": "neo4j-credential-rotation",
            "root_cause": "The neo4j-credential-rotation CronJob changed the parts_reader password in Neo4j and stored it in Vault, but it updated no Kubernetes secret. When parts-compat opened new connections with the old password, Neo4j rejected the login.",
            "summary": "Every compatibility lookup fails with a generic GraphQueryException. The nested cause is a Neo4j AuthenticationException, and Neo4j's security log shows parts_reader login failures starting after the 04:00 password rotation.",
            "action": "Sync the new parts_reader credential into the parts-compat secret (or restore the previous password) and restart parts-compat. Then fix the rotation job so it updates or triggers the Kubernetes secret sync.",
        },
    })

    # --- Temporal route planning: optimizer too slow (nested Python) ---------
    rp = Deploy("route-planner-worker").pod()
    ro_rs = Deploy("route-optimizer")
    ro = ro_rs.pod()
    api = Deploy("dispatch-api").pod()
    hist = Deploy("temporal-history").pod()
    wf_run = uuidish()
    ctx = "{'activity_id': '3', 'activity_type': 'plan_route', 'attempt': %d, 'namespace': 'dispatch', 'task_queue': 'route-planning', 'workflow_id': 'dispatch-WO-90211', 'workflow_run_id': '" + wf_run + "', 'workflow_type': 'DispatchWorkOrder'}"

    def py_trace(attempt):
        return ("%%dw%% WARNING temporalio.activity Completing activity as failed (" + (ctx % attempt) + ")\n"
                "Traceback (most recent call last):\n"
                "  File \"/app/.venv/lib/python3.12/site-packages/httpx/_transports/default.py\", line 101, in map_httpcore_exceptions\n"
                "    yield\n"
                "  File \"/app/.venv/lib/python3.12/site-packages/httpx/_transports/default.py\", line 394, in handle_async_request\n"
                "    resp = await self._pool.handle_async_request(req)\n"
                "httpcore.ReadTimeout\n\n"
                "The above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                "  File \"/app/route_planner/activities.py\", line 57, in plan_route\n"
                "    resp = await client.post(f\"{OPTIMIZER_URL}/v2/solve\", json=payload, timeout=15.0)\n"
                "  File \"/app/.venv/lib/python3.12/site-packages/httpx/_client.py\", line 1859, in post\n"
                "    return await self.request(\n"
                "httpx.ReadTimeout\n\n"
                "The above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                "  File \"/app/route_planner/activities.py\", line 63, in plan_route\n"
                "    raise ApplicationError(\"route planning failed\") from exc\n"
                "temporalio.exceptions.ApplicationError: route planning failed")

    out.append({
        "key": "lift-route-optimizer-slow", "domain": LIFTS, "platform": "kubernetes", "nested": True,
        "start": "2026-03-26T08:13:40",
        "question": "Morning dispatch is failing: work orders end up 'dispatch failed: route planning failed'. Which part of the pipeline is at fault?",
        "selector": {"namespace": "dispatch"},
        "labels": {
            "rp": K("dispatch", rp, "worker", "lift-k8s-w2"),
            "ro": K("dispatch", ro, "route-optimizer", "lift-k8s-w4"),
            "api": K("dispatch", api, "dispatch-api", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "ro", "%%isou%%  INFO request{method=POST uri=/v2/solve version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=9120 ms status=200"),
            (4.6, "rp", "%%dw%% INFO temporalio.activity plan_route started for dispatch-WO-90211 (27 open orders in region north, 9 technicians)"),
            (15.0, "rp", py_trace(1), 1),
            (1.1, "rp", "%%dw%% INFO temporalio.activity plan_route started for dispatch-WO-90211 (27 open orders in region north, 9 technicians)"),
            (12.3, "ro", "%%isou%%  INFO request{method=POST uri=/v2/solve version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=28412 ms status=200", 1),
            (2.7, "rp", py_trace(2)),
            (2.1, "rp", "%%dw%% INFO temporalio.activity plan_route started for dispatch-WO-90211 (27 open orders in region north, 9 technicians)"),
            (14.8, "ro", "%%isou%%  WARN request{method=POST uri=/v2/solve version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=31877 ms status=200", 1),
            (0.2, "rp", py_trace(3)),
            (0.4, "api", "time=%%iso%% level=ERROR msg=\"dispatch failed\" work_order=WO-90211 err=\"workflow execution error (type: DispatchWorkOrder, workflowID: dispatch-WO-90211, runID: %s): activity error (type: plan_route, scheduledEventID: 11, startedEventID: 12, identity: 1@%s): route planning failed (type: ApplicationError, retryable: true): ReadTimeout\"" % (wf_run, rp)),
            (24.8, "ro", "%%isou%%  WARN request{method=POST uri=/v2/solve version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=40233 ms status=200"),
            (1.8, "api", "time=%%iso%% level=ERROR msg=\"dispatch failed\" work_order=WO-90214 err=\"workflow execution error (type: DispatchWorkOrder, workflowID: dispatch-WO-90214): activity error (type: plan_route, scheduledEventID: 11, startedEventID: 12): route planning failed (type: ApplicationError, retryable: true): ReadTimeout\""),
            (3.9, "ro", "%%isou%%  INFO request{method=GET uri=/healthz version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=0 ms status=200"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "timeout", "component": "route-optimizer",
            "root_cause": "route-optimizer takes 28-40 s to answer /v2/solve. The route-planner activity's HTTP client gives up after 15 s, so every plan_route attempt ends in httpx.ReadTimeout and the workflows fail.",
            "summary": "The plan_route activity fails with a generic ApplicationError 'route planning failed'. The nested cause is an httpx/httpcore ReadTimeout, and the route-optimizer logs show solve latencies well above the client's 15 s timeout.",
            "action": "Find out why route-optimizer solves slowly this morning (load, instance size, input size) and scale it. In the meantime, raise the plan_route HTTP timeout and the activity StartToClose timeout above the observed latency.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 2b: batch - elevator maintenance, part C (critical windows)
# --------------------------------------------------------------------------


def batch_lifts_c():
    out = []

    # --- Neo4j exceeds its container memory limit (crash loop) ---------------
    ns = "parts-graph"
    uid = uuidish()
    cid1, cid2 = hexid(64), hexid(64)
    pc = Deploy("parts-compat").pod()
    dbid = hexid(8)
    out.append({
        "key": "lift-neo4j-oom", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-28T01:10:05",
        "question": "neo4j-0 in parts-graph keeps restarting during the nightly compatibility rebuild and parts-compat is down. Why?",
        "selector": None,
        "labels": {
            "neo": K(ns, "neo4j-0", "neo4j", "lift-k8s-w2"),
            "kern": NODE("kernel", "lift-k8s-w2"),
            "ctd": NODE("containerd", "lift-k8s-w2"),
            "kl": NODE("kubelet", "lift-k8s-w2"),
            "ev": EV(ns),
            "pc": K("parts", pc, "parts-compat", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "neo", "%%neo%% INFO  [o.n.k.i.a.i.IndexingService] [neo4j/" + dbid + "] Index population started: [Index( id=14, name='compat_controller_model', type='RANGE', schema=(:Controller {model}), indexProvider='range-1.0' )]"),
            (38.2, "neo", "%%neo%% WARN  [o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=1822, gcTime=1790, gcCount=1}"),
            (21.7, "kern", "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985"),
            (0.0, "kern", "memory: usage 8388608kB, limit 8388608kB, failcnt 9214", 1),
            (0.0, "kern", "Memory cgroup out of memory: Killed process 28113 (java) total-vm:13823412kB, anon-rss:8309120kB, file-rss:20112kB, shmem-rss:0kB, UID:7474 pgtables:19212kB oom_score_adj:985", 1),
            (0.1, "ctd", "time=\"%%iso%%\" level=info msg=\"TaskOOM event container_id:\\\"" + cid1 + "\\\"\"", 1),
            (0.6, "kl", "I%%klog%%    1954 kubelet.go:2453] \"SyncLoop (PLEG): event for pod\" pod=\"parts-graph/neo4j-0\" event={\"ID\":\"" + uid + "\",\"Type\":\"ContainerDied\",\"Data\":\"" + cid1 + "\"}"),
            (1.4, "pc", "%%dw%% WARN  [parts-compat-akka.actor.default-dispatcher-5] c.l.partscompat.GraphRepository - neo4j unavailable, failing request: org.neo4j.driver.exceptions.ServiceUnavailableException: Unable to connect to neo4j-0.neo4j.parts-graph.svc.cluster.local:7687, ensure the database is running and that there is a working network connection to it."),
            (9.8, "neo", "%%neo%% INFO  Starting..."),
            (2.6, "neo", "%%neo%% INFO  ======== Neo4j 5.26.2 ========"),
            (14.9, "neo", "%%neo%% INFO  [o.n.k.r.Recovery] [neo4j/" + dbid + "] Recovery required from position LogPosition{logVersion=212, byteOffset=88210431}"),
            (22.3, "neo", "%%neo%% INFO  Started."),
            (41.5, "neo", "%%neo%% INFO  [o.n.k.i.a.i.IndexingService] [neo4j/" + dbid + "] Index population started: [Index( id=14, name='compat_controller_model', type='RANGE', schema=(:Controller {model}), indexProvider='range-1.0' )]"),
            (57.3, "kern", "memory: usage 8388608kB, limit 8388608kB, failcnt 9877"),
            (0.0, "kern", "Memory cgroup out of memory: Killed process 30552 (java) total-vm:13901764kB, anon-rss:8311004kB, file-rss:19876kB, shmem-rss:0kB, UID:7474 pgtables:19340kB oom_score_adj:985", 1),
            (0.1, "ctd", "time=\"%%iso%%\" level=info msg=\"TaskOOM event container_id:\\\"" + cid2 + "\\\"\""),
            (2.2, "ev", "Warning BackOff pod/neo4j-0 Back-off restarting failed container neo4j in pod neo4j-0_parts-graph(" + uid + ")"),
            (0.8, "pc", "%%dw%% WARN  [parts-compat-akka.actor.default-dispatcher-2] c.l.partscompat.GraphRepository - neo4j unavailable, failing request: org.neo4j.driver.exceptions.ServiceUnavailableException: Unable to connect to neo4j-0.neo4j.parts-graph.svc.cluster.local:7687, ensure the database is running and that there is a working network connection to it."),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "neo4j",
            "root_cause": "During the compatibility rebuild's index population, the neo4j JVM grows past the container's 8 GiB memory limit. The kernel's memory cgroup kills java every time the rebuild resumes.",
            "summary": "neo4j-0 was OOM-killed twice in about four minutes (usage 8388608kB at limit 8388608kB, TaskOOM from containerd) and is now in back-off. parts-compat cannot reach the graph.",
            "action": "Raise the neo4j-0 memory limit, or lower server.memory.heap.max_size plus the page cache so heap + page cache + native memory fit the limit. Then re-run the compatibility rebuild outside the dispatch window.",
        },
    })

    # --- control-plane node hangs in containerd (node NotReady) --------------
    node = "lift-k8s-cp3"
    ti = Deploy("telemetry-ingest").pod()
    shim_pid = 48122
    cid = hexid(64)
    out.append({
        "key": "lift-node-hung", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-03-29T14:41:10",
        "question": "A bunch of lift-telemetry pods went Terminating and the API VIP moved. What happened to the cluster around 14:45?",
        "selector": None,
        "labels": {
            "kern": NODE("kernel", node),
            "ctd": NODE("containerd", node),
            "kl": NODE("kubelet", node),
            "vip": K("kube-system", "kube-vip-lift-k8s-cp1", "kube-vip", "lift-k8s-cp1"),
            "evd": EV("default"),
            "ev": EV("lift-telemetry"),
            "ti": K("lift-telemetry", ti, "telemetry-ingest", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "ctd", "time=\"%%iso%%\" level=error msg=\"failed to handle container TaskExit event container_id:\\\"" + cid + "\\\"\" error=\"failed to stop container: context deadline exceeded: unknown\""),
            (74.5, "kern", "INFO: task containerd-shim:%d blocked for more than 122 seconds." % shim_pid, 1),
            (0.0, "kern", "      Not tainted 6.8.0-57-generic #59-Ubuntu"),
            (0.0, "kern", "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message."),
            (11.2, "kl", "E%%klog%%    1602 generic.go:241] \"GenericPLEG: Unable to retrieve pods\" err=\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\""),
            (63.0, "kl", "I%%klog%%    1602 kubelet.go:2359] \"Skipping pod synchronization\" err=\"PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s\"", 1),
            (0.2, "kl", "I%%klog%%    1602 setters.go:602] \"Node became not ready\" node=\"lift-k8s-cp3\" condition={\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"KubeletNotReady\",\"message\":\"PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s\"}", 1),
            (4.9, "vip", "time=\"%%isos%%\" level=info msg=\"Node [lift-k8s-cp1] is assuming leadership of the cluster\""),
            (0.3, "vip", "time=\"%%isos%%\" level=info msg=\"Gratuitous Arp broadcast will repeat every 3 seconds for [10.20.0.10/ens192]\""),
            (36.7, "evd", "Normal NodeNotReady node/lift-k8s-cp3 Node lift-k8s-cp3 status is now: NodeNotReady", 1),
            (0.4, "ev", "Warning NodeNotReady pod/pulsar-gw-relay-0 Node is not ready"),
            (2.8, "ti", "[WARN] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-6] [akka.cluster.Cluster(akka://telemetry-ingest)] Cluster Node [akka://telemetry-ingest@10.42.1.33:25520] - Marking node as UNREACHABLE [Member(akka://telemetry-ingest@10.42.6.19:25520, Up)]."),
            (46.3, "kern", "INFO: task containerd:1391 blocked for more than 245 seconds."),
            (0.0, "kern", "      Not tainted 6.8.0-57-generic #59-Ubuntu"),
            (5.2, "kl", "I%%klog%%    1602 kubelet.go:2359] \"Skipping pod synchronization\" err=\"[container runtime is down, PLEG is not healthy: pleg was last seen active 4m52.06s ago; threshold is 3m0s]\""),
            (265.0, "ev", "Normal TaintManagerEviction pod/pulsar-gw-relay-0 Marking for deletion Pod lift-telemetry/pulsar-gw-relay-0"),
            (1.6, "ti", "[WARN] [%%akka%%] [telemetry-ingest-akka.actor.default-dispatcher-3] [akka://telemetry-ingest/user/ingest-supervisor] gateway relay pulsar-gw-relay-0 unreachable for 6m; 14 car gateways buffering locally"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "node_failure", "component": "lift-k8s-cp3",
            "root_cause": "On node lift-k8s-cp3 the container runtime is hung: containerd-shim and containerd are stuck in the kernel for minutes. The kubelet's PLEG stopped, the node went NotReady, and its pods are being evicted.",
            "summary": "Hung-task reports for containerd-shim and containerd were followed by 'PLEG is not healthy' and 'container runtime is down', and lift-k8s-cp3 became NotReady. kube-vip moved the API VIP to cp1 and the pulsar-gw-relay-0 pod on that node is unreachable and marked for eviction.",
            "action": "Cordon and drain lift-k8s-cp3 and restart containerd. If it stays hung, reboot the node and check the kernel and disk for the blocked I/O before uncordoning. Keep an eye on etcd quorum while cp3 is out.",
        },
    })

    # --- iSCSI paths to the archive LUN lost, ext4 goes read-only ------------
    h = "lift-archive-01"

    def sl(proc, msg):
        return "%%syslog%% " + h + " " + proc + ": " + msg

    def kn(msg):
        return "%%syslog%% " + h + " kernel: [%%up5123388%%] " + msg

    out.append({
        "key": "lift-iscsi-archive", "domain": LIFTS, "platform": "linux-host",
        "start": "2026-03-30T02:14:02",
        "question": "The telemetry archiver on lift-archive-01 started dropping frames at night. What's wrong with that box?",
        "selector": None,
        "labels": {
            "sys": HOST(h, "syslog"),
            "arc": HOST(h, "telemetry-archiver"),
        },
        "lines": [
            (0.0, "sys", kn(" connection1:0: ping timeout of 5 secs expired, recv timeout 5, last rx 4406036812, last ping 4406038064, now 4406039316"), 1),
            (0.0, "sys", kn(" connection1:0: detected conn error (1022)")),
            (0.1, "sys", sl("iscsid", "Kernel reported iSCSI connection 1:0 error (1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out) state (3)")),
            (0.6, "sys", kn(" connection2:0: ping timeout of 5 secs expired, recv timeout 5, last rx 4406036990, last ping 4406038240, now 4406039492")),
            (0.0, "sys", kn(" connection2:0: detected conn error (1022)")),
            (0.8, "sys", sl("multipathd[741]", "sdb: mark as failed")),
            (0.0, "sys", sl("multipathd[741]", "mpatha: remaining active paths: 1")),
            (0.3, "sys", sl("multipathd[741]", "sdc: mark as failed")),
            (0.0, "sys", sl("multipathd[741]", "mpatha: remaining active paths: 0"), 1),
            (60.4, "sys", sl("multipathd[741]", "mpatha: Disable queueing")),
            (0.1, "sys", kn("blk_update_request: I/O error, dev dm-2, sector 1839321088 op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0")),
            (0.0, "sys", kn("Buffer I/O error on dev dm-4, logical block 229915136, lost async page write")),
            (0.2, "sys", kn("EXT4-fs error (device dm-4): ext4_journal_check_start:83: comm telemetry-archi: Detected aborted journal")),
            (0.0, "sys", kn("EXT4-fs (dm-4): Remounting filesystem read-only"), 1),
            (1.5, "sys", sl("lvm[1423]", "WARNING: Couldn't find device with uuid Xy3k2m-Lp0Q-8sWd-Rt4e-Gk1c-Vb7N-m2QjZa.")),
            (2.4, "arc", "ERROR archive writer: write /srv/archive/2026/03/30/car-events-0214.parquet: read-only file system; 48211 frames buffered in memory"),
            (118.6, "arc", "ERROR archive writer: flush failed (read-only file system); buffer 91% full, dropping oldest frames (dropped 12044)"),
            (22.0, "sys", sl("iscsid", "connection1:0 is operational after recovery (27 attempts)")),
            (0.4, "sys", sl("multipathd[741]", "mpatha: sdb - tur checker reports path is up")),
            (0.0, "sys", sl("multipathd[741]", "mpatha: remaining active paths: 1")),
            (31.7, "arc", "ERROR archive writer: flush failed (read-only file system); buffer 100% full, dropping oldest frames (dropped 58310)"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "storage", "component": "mpatha",
            "root_cause": "Both iSCSI sessions to the SAN timed out (NOP timeouts), so the multipath device mpatha lost all paths. Writes failed with I/O errors, ext4 aborted its journal and remounted /srv/archive read-only.",
            "summary": "After 60 s of queueing with no path, multipath failed the I/O and the archive filesystem went read-only. One path came back, but the filesystem stays read-only and telemetry-archiver is dropping frames.",
            "action": "Fix the SAN/iSCSI network path, make sure both paths to mpatha are up, then stop telemetry-archiver, fsck the filesystem on dm-4 and remount it read-write. Check whether the dropped frames can be replayed from Pulsar.",
        },
    })

    # --- Dropwizard service crash loop on a malformed Pulsar URL -------------
    ns = "lift-status"
    old_rs, new_rs = Deploy("lift-status-api"), Deploy("lift-status-api")
    n1, n2 = new_rs.pod(), new_rs.pod()
    portal = Deploy("building-portal").pod()
    uid = uuidish()
    url = "pulsar+ssl//pulsar-proxy.pulsar.svc.cluster.local:6651"
    trace = ("Exception in thread \"main\" java.lang.RuntimeException: Unable to start managed object com.liftcare.status.pulsar.ManagedPulsarClient@5c2f1e1c\n"
             "\tat io.dropwizard.lifecycle.JettyManaged.doStart(JettyManaged.java:27)\n"
             "\tat org.eclipse.jetty.util.component.AbstractLifeCycle.start(AbstractLifeCycle.java:93)\n"
             "\tat org.eclipse.jetty.util.component.ContainerLifeCycle.start(ContainerLifeCycle.java:171)\n"
             "\tat io.dropwizard.cli.ServerCommand.run(ServerCommand.java:51)\n"
             "\tat io.dropwizard.Application.run(Application.java:94)\n"
             "\tat com.liftcare.status.LiftStatusApplication.main(LiftStatusApplication.java:31)\n"
             "Caused by: org.apache.pulsar.client.api.PulsarClientException$InvalidServiceURL: java.lang.IllegalArgumentException: Illegal service url: " + url + "\n"
             "\tat org.apache.pulsar.client.impl.PulsarClientImpl.<init>(PulsarClientImpl.java:196)\n"
             "\tat org.apache.pulsar.client.impl.ClientBuilderImpl.build(ClientBuilderImpl.java:66)\n"
             "\tat com.liftcare.status.pulsar.ManagedPulsarClient.start(ManagedPulsarClient.java:44)\n"
             "\t... 5 more\n"
             "Caused by: java.lang.IllegalArgumentException: Illegal service url: " + url + "\n"
             "\tat org.apache.pulsar.common.net.ServiceURI.create(ServiceURI.java:62)\n"
             "\tat org.apache.pulsar.client.impl.PulsarClientImpl.<init>(PulsarClientImpl.java:188)\n"
             "\t... 7 more")
    out.append({
        "key": "lift-status-config", "domain": LIFTS, "platform": "kubernetes", "nested": True,
        "start": "2026-03-31T16:05:20",
        "question": "After this afternoon's deploy, lift-status-api is completely down and the building portal shows no lift states. What broke?",
        "selector": None,
        "labels": {
            "ev": EV(ns),
            "n1": K(ns, n1, "lift-status-api", "lift-k8s-w2"),
            "n2": K(ns, n2, "lift-status-api", "lift-k8s-w4"),
            "portal": K("portal", portal, "building-portal", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "ev", "Normal ScalingReplicaSet deployment/lift-status-api Scaled down replica set lift-status-api-%s to 0 from 2" % old_rs.hash),
            (3.1, "ev", "Normal ScalingReplicaSet deployment/lift-status-api Scaled up replica set lift-status-api-%s to 2" % new_rs.hash),
            (5.4, "n1", "INFO  [%%dw%%] io.dropwizard.server.DefaultServerFactory: Registering jersey handler with root path prefix: /"),
            (0.3, "n1", "INFO  [%%dw%%] com.liftcare.status.LiftStatusApplication: Pulsar service URL (from PULSAR_SERVICE_URL): " + url, 1),
            (0.2, "n1", "INFO  [%%dw%%] io.dropwizard.server.ServerFactory: Starting lift-status-api"),
            (0.6, "n1", trace, 1),
            (0.5, "n2", "INFO  [%%dw%%] com.liftcare.status.LiftStatusApplication: Pulsar service URL (from PULSAR_SERVICE_URL): " + url),
            (0.7, "n2", trace),
            (2.3, "portal", "time=%%iso%% level=ERROR msg=\"lift state fetch failed\" upstream=lift-status-api status=503 body=\"no healthy upstream\" building=B-114"),
            (24.8, "n1", "INFO  [%%dw%%] com.liftcare.status.LiftStatusApplication: Pulsar service URL (from PULSAR_SERVICE_URL): " + url),
            (0.8, "n1", trace),
            (1.1, "ev", "Warning BackOff pod/%s Back-off restarting failed container lift-status-api in pod %s_%s(%s)" % (n1, n1, ns, uid)),
            (9.6, "portal", "time=%%iso%% level=ERROR msg=\"lift state fetch failed\" upstream=lift-status-api status=503 body=\"no healthy upstream\" building=B-201"),
            (40.2, "ev", "Warning BackOff pod/%s Back-off restarting failed container lift-status-api in pod %s_%s(%s)" % (n2, n2, ns, uuidish())),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "config_error", "component": "lift-status-api",
            "root_cause": "The new release sets PULSAR_SERVICE_URL to 'pulsar+ssl//pulsar-proxy...' (the ':' after the scheme is missing). The Pulsar client rejects the URL while the Dropwizard managed object starts, so lift-status-api exits at startup.",
            "summary": "Both new lift-status-api pods crash in a loop. The generic 'Unable to start managed object' error is caused by PulsarClientException$InvalidServiceURL / IllegalArgumentException 'Illegal service url'. The Recreate rollout already removed the old pods, so the portal gets 503s.",
            "action": "Fix PULSAR_SERVICE_URL to pulsar+ssl://pulsar-proxy.pulsar.svc.cluster.local:6651 in the release values and redeploy, or roll back to the previous ReplicaSet.",
        },
    })

    # --- Pulsar broker killed by liveness while it loads bundles -------------
    ns = "pulsar"
    uid = uuidish()
    gw = Deploy("telemetry-gateway").pod()

    def pb(thread, level, logger, msg):
        return "%%pulsar%% [" + thread + "] " + level.ljust(5) + " " + logger + " - " + msg

    probe = ("I%%klog%%    2033 prober.go:107] \"Probe failed\" probeType=\"Liveness\" pod=\"pulsar/pulsar-broker-1\" podUID=\"" + uid +
             "\" containerName=\"pulsar-broker\" probeResult=\"failure\" output=\"Get \\\"http://10.42.4.21:8080/status.html\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\"")
    out.append({
        "key": "lift-pulsar-liveness", "domain": LIFTS, "platform": "kubernetes",
        "start": "2026-04-02T09:02:11",
        "question": "Car telemetry producers are timing out and pulsar-broker-1 restarts over and over since the morning restart. What is killing the broker?",
        "selector": None,
        "labels": {
            "b1": K(ns, "pulsar-broker-1", "pulsar-broker", "lift-k8s-w4"),
            "kl": NODE("kubelet", "lift-k8s-w4"),
            "ev": EV(ns),
            "gw": K("lift-telemetry", gw, "gateway", "lift-k8s-w1"),
        },
        "lines": [
            (0.0, "b1", pb("main", "INFO", "org.apache.pulsar.broker.PulsarService", "Starting Pulsar Broker service; version: '3.0.7'")),
            (6.2, "b1", pb("main", "INFO", "org.apache.pulsar.broker.ManagedLedgerClientFactory", "Initialize managed ledger factory with bookkeeper metadata service uri: metadata-store:zk:pulsar-zookeeper:2181")),
            (9.4, "b1", pb("pulsar-ordered-OrderedExecutor-5-0", "INFO", "org.apache.pulsar.broker.namespace.OwnershipCache", "Successfully acquired ownership of /namespace/liftcare/telemetry/0x20000000_0x30000000")),
            (4.1, "b1", pb("bookkeeper-ml-scheduler-OrderedScheduler-2-0", "INFO", "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", "[liftcare/telemetry/persistent/car-events-partition-14] Opening managed ledger")),
            (8.8, "kl", probe, 1),
            (5.3, "b1", pb("pulsar-io-4-3", "INFO", "org.apache.pulsar.broker.service.BrokerService", "Created topic persistent://liftcare/telemetry/car-events-partition-14 - dedup is disabled (latency: 8412 ms)"), 1),
            (4.8, "kl", probe),
            (10.0, "kl", probe),
            (0.1, "ev", "Normal Killing pod/pulsar-broker-1 Container pulsar-broker failed liveness probe, will be restarted", 1),
            (0.4, "b1", pb("Thread-2", "INFO", "org.apache.pulsar.broker.PulsarService", "Closing PulsarService")),
            (1.7, "gw", "%%dw%% [pulsar-timer-6-1] WARN  org.apache.pulsar.client.impl.ProducerImpl - [persistent://liftcare/telemetry/car-events-partition-14] [telemetry-gw-3] Got exception while completing the callback for msg 118231:\norg.apache.pulsar.client.api.PulsarClientException$TimeoutException: The producer telemetry-gw-3 can not send message to the topic persistent://liftcare/telemetry/car-events-partition-14 within given timeout : createdAt 30.041 seconds ago, firstSentAt -1 seconds ago, lastSentAt -1 seconds ago, retryCount 0"),
            (12.4, "b1", pb("main", "INFO", "org.apache.pulsar.broker.PulsarService", "Starting Pulsar Broker service; version: '3.0.7'")),
            (21.9, "b1", pb("pulsar-ordered-OrderedExecutor-2-0", "INFO", "org.apache.pulsar.broker.namespace.OwnershipCache", "Successfully acquired ownership of /namespace/liftcare/telemetry/0x30000000_0x40000000")),
            (6.0, "kl", probe),
            (3.9, "gw", "%%dw%% [pulsar-timer-6-1] WARN  org.apache.pulsar.client.impl.ProducerImpl - [persistent://liftcare/telemetry/car-events-partition-22] [telemetry-gw-3] Got exception while completing the callback for msg 118502:\norg.apache.pulsar.client.api.PulsarClientException$TimeoutException: The producer telemetry-gw-3 can not send message to the topic persistent://liftcare/telemetry/car-events-partition-22 within given timeout : createdAt 30.012 seconds ago, firstSentAt -1 seconds ago, lastSentAt -1 seconds ago, retryCount 0"),
            (16.2, "kl", probe),
            (0.1, "ev", "Normal Killing pod/pulsar-broker-1 Container pulsar-broker failed liveness probe, will be restarted"),
            (9.7, "ev", "Warning BackOff pod/pulsar-broker-1 Back-off restarting failed container pulsar-broker in pod pulsar-broker-1_pulsar(" + uid + ")"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "probe_failure", "component": "pulsar-broker",
            "root_cause": "pulsar-broker-1 needs more than a minute after startup to take bundle ownership and open its managed ledgers. The liveness probe on /status.html times out during that window, so kubelet kills a broker that is still starting, over and over.",
            "summary": "The broker is alive and loading topics (ownership acquired, car-events-partition-14 created after 8.4 s) when three liveness timeouts trigger a restart. It is now in back-off, and producers time out on the topics it owns.",
            "action": "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) on pulsar-broker so the liveness probe starts only after loading finishes, and roll the StatefulSet. Check that the producers' backlog drains afterwards.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 3: batch - audiology clinics, part A (healthy + warn windows)
# --------------------------------------------------------------------------


def batch_audio_a():
    out = []

    # --- booking web host: scanners, 404s, planned keepalived failover -------
    w1, w2 = "aud-web-01", "aud-web-02"

    def acc(ip, req, status, size, ua, rt):
        return ip + " - - [%%clf%%] \"" + req + "\" " + str(status) + " " + str(size) + " \"-\" \"" + ua + "\" rt=" + rt

    ua_ff = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0"
    ua_ios = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1"
    out.append({
        "key": "aud-web-noise", "domain": AUDIO, "platform": "linux-host",
        "start": "2026-04-07T06:58:40",
        "question": "Overnight we got a page about a keepalived failover on the booking web pair, and the 4xx graph jumped. Is online booking healthy?",
        "selector": None,
        "labels": {
            "ka2": HOST(w2, "keepalived"),
            "ka1": HOST(w1, "keepalived"),
            "acc": HOST(w1, "openresty-access"),
            "err": HOST(w1, "openresty-error"),
            "app": HOST(w1, "booking-app"),
        },
        "lines": [
            (0.0, "ka2", "Keepalived[1190]: Stopping"),
            (0.2, "ka2", "Keepalived_vrrp[1192]: (VI_20) sent 0 priority"),
            (0.9, "ka1", "Keepalived_vrrp[1204]: (VI_20) Entering MASTER STATE"),
            (14.2, "acc", acc("198.51.100.23", "GET /wp-login.php HTTP/1.1", 403, 150, "Mozilla/5.0 zgrab/0.x", "0.000")),
            (0.1, "err", "%%ngx%% [warn] 1882#1882: *55121 [lua] access_by_lua(waf.conf:14):9: blocked scanner request (rule 913100, user-agent zgrab), client: 198.51.100.23, server: booking.hearwell.example, request: \"GET /.env HTTP/1.1\", host: \"booking.hearwell.example\""),
            (0.1, "acc", acc("198.51.100.23", "GET /.env HTTP/1.1", 403, 150, "Mozilla/5.0 zgrab/0.x", "0.000")),
            (6.8, "app", "[%%mono%%] request.INFO: Matched route \"booking_slots\". {\"route\":\"booking_slots\",\"route_parameters\":{\"_route\":\"booking_slots\",\"clinic\":\"leeds-central\"},\"request_uri\":\"https://booking.hearwell.example/clinics/leeds-central/slots?date=2026-04-14\",\"method\":\"GET\"} []"),
            (0.1, "acc", acc("81.2.69.160", "GET /clinics/leeds-central/slots?date=2026-04-14 HTTP/2.0", 200, 18211, ua_ios, "0.084")),
            (3.3, "app", "[%%mono%%] request.ERROR: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: \"No route found for \\\"GET https://booking.hearwell.example/apple-touch-icon-precomposed.png\\\"\" at RouterListener.php line 149 {\"exception\":\"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): No route found for \\\"GET https://booking.hearwell.example/apple-touch-icon-precomposed.png\\\" at /srv/booking/current/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)\"} []"),
            (0.1, "acc", acc("81.2.69.160", "GET /apple-touch-icon-precomposed.png HTTP/2.0", 404, 3412, ua_ios, "0.031")),
            (11.6, "app", "[%%mono%%] security.INFO: Authenticator failed. {\"exception\":\"[object] (Symfony\\\\Component\\\\Security\\\\Core\\\\Exception\\\\BadCredentialsException(code: 0): The presented password is invalid.)\",\"authenticator\":\"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\FormLoginAuthenticator\"} []"),
            (0.1, "acc", acc("86.14.220.3", "POST /login HTTP/2.0", 302, 0, ua_ff, "0.212")),
            (9.4, "acc", acc("86.14.220.3", "POST /login HTTP/2.0", 302, 0, ua_ff, "0.198")),
            (0.3, "app", "[%%mono%%] security.INFO: User logged in {\"user\":\"patient-118823\",\"firewall\":\"main\"} []"),
            (7.7, "acc", acc("81.2.69.160", "GET /clinics/leeds-central/slots/export.ics HTTP/2.0", 499, 0, ua_ios, "2.904")),
            (41.0, "ka2", "Keepalived_vrrp[1361]: (VI_20) Entering BACKUP STATE (init)"),
            (12.5, "app", "[%%mono%%] app.INFO: Appointment booked {\"ref\":\"A-2291-0407\",\"clinic\":\"leeds-central\",\"type\":\"hearing-test\",\"slot\":\"2026-04-14T10:30:00+01:00\"} []"),
            (0.1, "acc", acc("86.14.220.3", "POST /clinics/leeds-central/book HTTP/2.0", 303, 0, ua_ff, "0.156")),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the failover came from a planned keepalived stop on aud-web-02 during patching. The 4xx are blocked scanner probes, stray icon 404s and one mistyped password; bookings succeed.",
            "summary": "aud-web-01 took over VI_20 cleanly while aud-web-02 was patched, and aud-web-02 came back as BACKUP. The WAF blocked zgrab probes, Symfony logged a harmless NotFoundHttpException, one client disconnected (499), and the bookings went through.",
            "action": "No action needed. If planned failovers keep paging, silence the keepalived alert during the patch window.",
        },
    })

    # --- Rust axum audiogram upload service (healthy) -------------------------
    ns = "audiometry"
    rs = Deploy("audiogram-ingest")
    a1, a2 = rs.pod(), rs.pod()
    uid = uuidish()

    def tr(level, span, target, msg):
        return "%%isou%% " + level.rjust(5) + " " + span + target + ": " + msg

    post = "request{method=POST uri=/v1/audiograms version=HTTP/1.1}: "
    out.append({
        "key": "aud-ingest-healthy", "domain": AUDIO, "platform": "kubernetes",
        "start": "2026-04-08T08:45:03",
        "question": "audiogram-ingest logged 413s, retries and a readiness failure during the morning clinic rush - are hearing-test uploads being lost?",
        "selector": {"namespace": ns},
        "labels": {
            "a1": K(ns, a1, "audiogram-ingest", "aud-k8s-n2"),
            "a2": K(ns, a2, "audiogram-ingest", "aud-k8s-n3"),
            "ev": EV(ns),
            "kl": NODE("kubelet", "aud-k8s-n3"),
        },
        "lines": [
            (0.0, "a1", tr("INFO", post, "tower_http::trace::on_response", "finished processing request latency=184 ms status=201")),
            (2.6, "a1", tr("WARN", "request{method=POST uri=/v1/audiograms/raw version=HTTP/1.1}: ", "audiogram_ingest::routes", "rejecting upload: body exceeds limit limit_bytes=52428800 device=AC440-1187 clinic=CL-031")),
            (0.0, "a1", tr("INFO", "request{method=POST uri=/v1/audiograms/raw version=HTTP/1.1}: ", "tower_http::trace::on_response", "finished processing request latency=3 ms status=413")),
            (1.9, "ev", "Normal SuccessfulRescale horizontalpodautoscaler/audiogram-ingest New size: 3; reason: cpu resource utilization (percentage of request) above target"),
            (0.4, "ev", "Normal Scheduled pod/%s Successfully assigned %s/%s to aud-k8s-n3" % (a2, ns, a2)),
            (6.3, "kl", "I%%klog%%    1877 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"audiogram-ingest\" probeResult=\"failure\" output=\"Get \\\"http://10.44.3.19:8080/readyz\\\": dial tcp 10.44.3.19:8080: connect: connection refused\"" % (ns, a2, uid)),
            (1.2, "a2", tr("INFO", "", "audiogram_ingest", "listening on 0.0.0.0:8080 version=1.9.4")),
            (0.6, "a2", tr("INFO", "", "audiogram_ingest::auth", "fetched OIDC client token for clinic-sync expires_in=3600s")),
            (3.5, "kl", "I%%klog%%    1877 kubelet.go:2499] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"%s/%s\"" % (ns, a2)),
            (4.4, "a1", tr("WARN", post, "audiogram_ingest::store", "put_object failed, will retry attempt=1 key=CL-014/2026/04/08/AC440-0921-0848.xml error=dispatch failure: io error: connection closed before message completed")),
            (0.4, "a1", tr("INFO", post, "audiogram_ingest::store", "put_object succeeded attempt=2 key=CL-014/2026/04/08/AC440-0921-0848.xml")),
            (0.0, "a1", tr("INFO", post, "tower_http::trace::on_response", "finished processing request latency=512 ms status=201")),
            (5.1, "a2", tr("INFO", post, "audiogram_ingest::routes", "client disconnected before upload completed, discarding partial body device=AC440-0412 bytes_received=1048576")),
            (3.8, "a2", tr("INFO", post, "tower_http::trace::on_response", "finished processing request latency=207 ms status=201")),
            (12.9, "a1", tr("INFO", "", "audiogram_ingest::metrics", "uploads last 60s: accepted=48 rejected_too_large=1 client_aborted=1 store_retries=1 store_failures=0")),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the 413 is an oversized raw upload being correctly rejected, the store retry succeeded, one device disconnected mid-upload, and the readiness failure was a new HPA pod warming up.",
            "summary": "audiogram-ingest accepted every valid upload (48 in the last minute, 0 store failures). The HPA added a third pod, which became ready within seconds.",
            "action": "No action needed.",
        },
    })

    # --- mail host: reminders flowing, scanners banned (healthy) -------------
    m = "aud-mail-01"

    def mx(proc, msg):
        return "%%syslog%% " + m + " " + proc + ": " + msg

    q1, q2 = "4Xk2Rt1bQz" + _alnum(2).upper(), "4Xk2Rw0Lmh" + _alnum(2).upper()
    out.append({
        "key": "aud-mail-healthy", "domain": AUDIO, "platform": "linux-host",
        "start": "2026-04-09T07:30:01",
        "question": "The mail server is logging auth failures and a deferred message this morning - are appointment reminder emails going out?",
        "selector": None,
        "labels": {"mail": HOST(m, "mail"), "f2b": HOST(m, "fail2ban")},
        "lines": [
            (0.0, "mail", mx("postfix/pickup[2210]", q1 + ": uid=998 from=<reminders@hearwell.example>")),
            (0.0, "mail", mx("postfix/cleanup[2214]", q1 + ": message-id=<20260409073001." + q1 + "@aud-mail-01.hearwell.example>")),
            (0.0, "mail", mx("postfix/qmgr[1101]", q1 + ": from=<reminders@hearwell.example>, size=4821, nrcpt=1 (queue active)")),
            (0.9, "mail", mx("postfix/smtp[2220]", q1 + ": to=<j.okafor@example.net>, relay=mx1.example.net[198.51.100.10]:25, delay=0.9, delays=0.02/0.01/0.31/0.56, dsn=2.0.0, status=sent (250 2.0.0 OK queued as 8F2C1A0042)")),
            (0.0, "mail", mx("postfix/qmgr[1101]", q1 + ": removed")),
            (2.1, "mail", mx("postfix/qmgr[1101]", q2 + ": from=<reminders@hearwell.example>, size=4790, nrcpt=1 (queue active)")),
            (1.4, "mail", mx("postfix/smtp[2221]", q2 + ": to=<m.haddad@mailprovider.example>, relay=mx.mailprovider.example[203.0.113.40]:25, delay=1.5, delays=0.01/0.01/0.42/1.1, dsn=4.7.1, status=deferred (host mx.mailprovider.example[203.0.113.40] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command))")),
            (12.6, "mail", mx("postfix/postscreen[1402]", "PREGREET 11 after 0.14 from [45.142.120.9]:51022: EHLO User\\r\\n")),
            (0.2, "mail", mx("postfix/postscreen[1402]", "DISCONNECT [45.142.120.9]:51022")),
            (8.3, "mail", mx("dovecot", "auth: passwd-file(admin,185.220.101.4,<Xq1bR0tA2ME>): unknown user")),
            (2.0, "mail", mx("dovecot", "imap-login: Disconnected: Connection closed (auth failed, 3 attempts in 6 secs): user=<admin>, method=PLAIN, rip=185.220.101.4, lip=10.40.1.30, TLS, session=<Xq1bR0tA2ME>")),
            (0.7, "f2b", "%%dw%% fail2ban.actions        [901]: NOTICE  [dovecot] Ban 185.220.101.4"),
            (21.5, "mail", mx("dovecot", "imap-login: Login: user=<frontdesk@hearwell.example>, method=PLAIN, rip=10.40.3.21, lip=10.40.1.30, mpid=22871, TLS, session=<Jk2ZbR0tOsEKKAMV>")),
            (301.2, "mail", mx("postfix/qmgr[1101]", q2 + ": from=<reminders@hearwell.example>, size=4790, nrcpt=1 (queue active)")),
            (0.8, "mail", mx("postfix/smtp[2302]", q2 + ": to=<m.haddad@mailprovider.example>, relay=mx.mailprovider.example[203.0.113.40]:25, delay=318, delays=317/0.01/0.38/0.41, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XkB1c3vLz)")),
            (0.0, "mail", mx("postfix/qmgr[1101]", q2 + ": removed")),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the deferral was greylisting and the message went out on retry five minutes later. The auth failures came from an internet scanner guessing 'admin', which fail2ban banned.",
            "summary": "Reminder emails are delivered (250 OK). postscreen dropped a pregreeting bot, dovecot rejected an unknown-user scan and fail2ban banned the source, and staff IMAP logins work.",
            "action": "No action needed.",
        },
    })

    # --- Jenkins host: agent reconnect, flaky test rerun (healthy) ------------
    j = "aud-ci-01"

    def jl(tid, level, logger, msg):
        return "%%jenkins%% [id=" + str(tid) + "]\t" + level + "\t" + logger + ": " + msg

    out.append({
        "key": "aud-jenkins-healthy", "domain": AUDIO, "platform": "linux-host",
        "start": "2026-04-10T09:10:12",
        "question": "Jenkins showed an agent disconnect and a failed test during the fitting-sync release build. Did the release build actually pass?",
        "selector": None,
        "labels": {
            "jk": HOST(j, "jenkins"),
            "con": HOST(j, "jenkins-console"),
            "kern": HOST(j, "kernel"),
        },
        "lines": [
            (0.0, "jk", jl(41, "INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Started Periodic background build discarder")),
            (0.1, "jk", jl(41, "INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Finished Periodic background build discarder. 14 ms")),
            (3.7, "jk", jl(187, "WARNING", "j.s.DefaultJnlpSlaveReceiver#channelClosed", "IOHub#1: Worker[channel:java.nio.channels.SocketChannel[connected local=/10.40.5.10:50000 remote=/10.40.5.22:49822]] / Computer.threadPoolForRemoting [#41] for win-agent-03 terminated: java.nio.channels.ClosedChannelException")),
            (48.2, "jk", jl(203, "INFO", "h.TcpSlaveAgentListener$ConnectionHandler#run", "Accepted JNLP4-connect connection #12 from /10.40.5.22:51122")),
            (2.4, "jk", jl(212, "INFO", "o.j.p.g.b.GitHubAppCredentials#generateAppInstallationToken", "Generated App Installation Token for app ID 241187")),
            (6.1, "con", "[fitting-sync/release-3.9 #87] [Pipeline] stage (Test)"),
            (94.3, "con", "[fitting-sync/release-3.9 #87] Test FittingProfileSyncTest.resumesAfterDrop FAILED (attempt 1 of 2): expected 14 sessions but was 13, rerunning"),
            (7.9, "con", "[fitting-sync/release-3.9 #87] Test FittingProfileSyncTest.resumesAfterDrop PASSED (attempt 2 of 2)"),
            (31.6, "con", "[fitting-sync/release-3.9 #87] Tests run: 412, Failures: 0, Errors: 0, Skipped: 3, Flakes: 1"),
            (44.0, "con", "[fitting-sync/release-3.9 #87] Uploaded fitting-sync-3.9.0.msi (48.2 MB) to https://nexus.hearwell.internal/repository/releases/"),
            (2.2, "con", "[fitting-sync/release-3.9 #87] Finished: SUCCESS"),
            (0.3, "jk", jl(221, "INFO", "o.j.p.workflow.job.WorkflowRun#finish", "fitting-sync/release-3.9 #87 completed: SUCCESS")),
            (120.5, "kern", "BTRFS info (device nvme0n1p3): scrub: finished on devid 1 with status: 0"),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: win-agent-03 dropped off and reconnected within a minute, and one flaky test passed on its automatic rerun. The release build finished SUCCESS and uploaded its artifact.",
            "summary": "fitting-sync/release-3.9 #87 passed (412 tests, 0 failures, 1 flake). The Windows agent reconnected, the GitHub app token refresh is routine, and the btrfs scrub on the CI disk found no errors.",
            "action": "No action needed. Optionally open a ticket for the flaky FittingProfileSyncTest.resumesAfterDrop.",
        },
    })

    # --- .NET claims submitter throttled by payer API (warn) -----------------
    ns = "claims"
    cs = Deploy("claims-submitter").pod()

    def sg(lv, msg):
        return "[%%hms0%% " + lv + "] " + msg

    url = "https://api.payerhub.example/v2/claims/batches/5120/parts"
    out.append({
        "key": "aud-claims-429", "domain": AUDIO, "platform": "kubernetes",
        "start": "2026-04-13T08:00:02",
        "question": "claims-submitter is full of 429 warnings and Polly retries after the 08:00 batch. Are insurance claims being lost?",
        "selector": {"namespace": ns},
        "labels": {"cs": K(ns, cs, "claims-submitter", "aud-k8s-n1")},
        "lines": [
            (0.0, "cs", sg("INF", "Claim batch 5120 prepared: 240 claims for payer BlueShield-North in 10 parts")),
            (0.3, "cs", sg("INF", "Start processing HTTP request POST " + url)),
            (0.1, "cs", sg("INF", "Received HTTP response headers after 41.2391ms - 202")),
            (0.6, "cs", sg("INF", "Start processing HTTP request POST " + url)),
            (0.1, "cs", sg("INF", "Received HTTP response headers after 38.8812ms - 429"), 1),
            (0.0, "cs", sg("WRN", "Execution attempt. Source: 'payerhub-gateway/Standard-Retry', Operation Key: '', Result: '429', Handled: 'True', Attempt: '0', Execution Time: 39.14ms")),
            (0.0, "cs", sg("WRN", "Payer gateway throttled batch 5120 part 4/10: 429 Too Many Requests, Retry-After: 20, X-RateLimit-Limit: 120/min, X-RateLimit-Remaining: 0"), 1),
            (0.2, "cs", sg("WRN", "Resilience event occurred. EventName: 'OnRetry', Source: 'payerhub-gateway/Standard-Retry', Operation Key: '', Result: '429'")),
            (0.4, "cs", sg("WRN", "Payer gateway throttled batch 5120 part 5/10: 429 Too Many Requests, Retry-After: 20, X-RateLimit-Limit: 120/min, X-RateLimit-Remaining: 0")),
            (0.1, "cs", sg("WRN", "Payer gateway throttled eligibility check EC-88121: 429 Too Many Requests, Retry-After: 20")),
            (20.4, "cs", sg("WRN", "Execution attempt. Source: 'payerhub-gateway/Standard-Retry', Operation Key: '', Result: '429', Handled: 'True', Attempt: '1', Execution Time: 40.02ms")),
            (0.1, "cs", sg("WRN", "Resilience event occurred. EventName: 'OnRetry', Source: 'payerhub-gateway/Standard-Retry', Operation Key: '', Result: '429'")),
            (21.7, "cs", sg("INF", "Received HTTP response headers after 44.0917ms - 202")),
            (0.0, "cs", sg("INF", "Batch 5120 part 4/10 accepted after 2 retries")),
            (38.9, "cs", sg("INF", "Batch 5120 part 10/10 accepted")),
            (0.2, "cs", sg("INF", "Claim batch 5120 submitted: 240 accepted, 0 rejected, 6 parts delayed by throttling (max delay 61s)")),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "rate_limited", "component": "claims-submitter",
            "root_cause": "At 08:00 claims-submitter sends all 10 parts of the claim batch at once, together with eligibility checks, and goes over the payer API's 120 requests/min limit. The payer answers 429 with Retry-After: 20.",
            "summary": "Several batch parts were throttled and retried by the Polly standard retry pipeline. All 240 claims were accepted, at most about a minute late, so nothing is lost.",
            "action": "Optional: pace batch parts on the client side (a token bucket under 120/min) or spread the 08:00 batch, so the retries and warning noise go away.",
        },
    })

    # --- certificate renewal deploys the leaf without the chain (quiet) ------
    edge = "aud-edge-01"
    out.append({
        "key": "aud-sync-chain", "domain": AUDIO, "platform": "linux-host", "quiet": True,
        "start": "2026-04-09T03:12:05",
        "question": "Several clinics' fitting-sync agents report SSL errors since this morning, but most clinics sync fine. Are those clinic PCs broken?",
        "selector": None,
        "labels": {
            "cb": HOST(edge, "certbot"),
            "ngx": HOST(edge, "openresty"),
            "c31": HOST("clinic-031-sync", "fitting-sync-agent"),
            "c07": HOST("clinic-007-sync", "fitting-sync-agent"),
            "c12": HOST("clinic-012-sync", "fitting-sync-agent"),
        },
        "lines": [
            (0.0, "cb", "%%dw%%:INFO:certbot._internal.renewal:Renewing an existing certificate for sync.hearwell.example"),
            (8.4, "cb", "%%dw%%:INFO:certbot._internal.hooks:Running deploy-hook command: /etc/letsencrypt/renewal-hooks/deploy/openresty.sh"),
            (0.6, "cb", "%%dw%%:INFO:certbot._internal.hooks:Output from deploy-hook command openresty.sh:\ninstalled /etc/letsencrypt/live/sync.hearwell.example/cert.pem -> /usr/local/openresty/nginx/conf/ssl/sync.crt\nreloading openresty", 1),
            (0.2, "ngx", "%%ngx%% [notice] 1201#1201: signal process started"),
            (15530.3, "c31", "%%isos%% fitting-sync-agent[2211]: ERROR upload of 6 sessions failed: curl: (60) SSL certificate problem: unable to get local issuer certificate (https://sync.hearwell.example/v2/sessions)", 1),
            (0.1, "ngx", "%%ngx%% [info] 1205#1205: *90112 SSL_do_handshake() failed (SSL: error:0A000418:SSL routines::tlsv1 alert unknown ca:SSL alert number 48) while SSL handshaking, client: 10.88.31.5, server: 0.0.0.0:443", 1),
            (4.7, "c07", "%%isos%% fitting-sync-agent[1876]: INFO synced 14 fitting sessions to https://sync.hearwell.example (TLS ok)"),
            (9.2, "c12", "%%isos%% fitting-sync-agent[3320]: ERROR upload of 2 sessions failed: curl: (60) SSL certificate problem: unable to get local issuer certificate (https://sync.hearwell.example/v2/sessions)"),
            (0.1, "ngx", "%%ngx%% [info] 1205#1205: *90140 SSL_do_handshake() failed (SSL: error:0A000418:SSL routines::tlsv1 alert unknown ca:SSL alert number 48) while SSL handshaking, client: 10.88.12.9, server: 0.0.0.0:443"),
            (55.1, "c31", "%%isos%% fitting-sync-agent[2211]: WARN 6 sessions queued locally, next attempt in 300s"),
            (240.3, "c07", "%%isos%% fitting-sync-agent[1876]: INFO synced 3 fitting sessions to https://sync.hearwell.example (TLS ok)"),
            (60.6, "c31", "%%isos%% fitting-sync-agent[2211]: ERROR upload of 7 sessions failed: curl: (60) SSL certificate problem: unable to get local issuer certificate (https://sync.hearwell.example/v2/sessions)"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "tls_certificate", "component": "openresty",
            "root_cause": "The 03:12 certbot renewal ran a deploy hook that installed cert.pem (the leaf alone) instead of fullchain.pem on the OpenResty edge. Clients that cannot fetch the missing intermediate themselves fail with 'unable to get local issuer certificate'.",
            "summary": "Since the renewal, some clinic sync agents (libcurl/OpenSSL based) reject sync.hearwell.example and queue sessions locally, while agents that fetch the intermediate via AIA still sync. OpenResty logs 'unknown ca' handshake alerts from the failing clinics.",
            "action": "Point the OpenResty ssl_certificate at fullchain.pem (fix openresty.sh to copy fullchain.pem) and reload. The queued sessions then upload on the agents' next retry.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 4: batch - audiology clinics, part B (warn, error, critical)
# --------------------------------------------------------------------------


def batch_audio_b():
    out = []

    # --- one iSCSI path flaps, multipath rides it out (warn) ------------------
    h = "aud-rec-02"

    def jn(proc, msg):
        return msg  # journald MESSAGE field: the identifier lives in the job label

    out.append({
        "key": "aud-multipath-flap", "domain": AUDIO, "platform": "linux-host",
        "start": "2026-04-11T22:47:31",
        "question": "aud-rec-02 (audiogram records DB) threw a storm of kernel I/O errors at 22:47. Is the records database at risk?",
        "selector": None,
        "labels": {
            "k": HOST(h, "kernel"),
            "mp": HOST(h, "multipathd"),
            "isc": HOST(h, "iscsid"),
            "pg": HOST(h, "postgresql"),
        },
        "lines": [
            (0.0, "isc", "Kernel reported iSCSI connection 2:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)", 1),
            (0.1, "k", "sd 5:0:0:1: [sdc] tag#12 FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=0s"),
            (0.0, "k", "sd 5:0:0:1: [sdc] tag#12 CDB: Write(10) 2a 00 1b 6a 40 00 00 00 80 00"),
            (0.0, "k", "blk_update_request: I/O error, dev sdc, sector 459948032 op 0x1:(WRITE) flags 0x8800 phys_seg 16 prio class 0"),
            (0.0, "k", "device-mapper: multipath: 253:0: Failing path 8:32."),
            (0.2, "mp", jn("multipathd[702]", "sdc: mark as failed"), 1),
            (0.0, "mp", jn("multipathd[702]", "mpathb: remaining active paths: 1"), 1),
            (0.3, "k", "sd 5:0:0:1: [sdc] tag#19 FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=0s"),
            (0.0, "k", "blk_update_request: I/O error, dev sdc, sector 459948160 op 0x1:(WRITE) flags 0x8800 phys_seg 8 prio class 0"),
            (18.4, "pg", "%%pgts%% [2231] LOG:  checkpoint complete: wrote 18212 buffers (13.9%); 0 WAL file(s) added, 0 removed, 7 recycled; write=27.112 s, sync=9.410 s, total=36.601 s"),
            (21.9, "isc", "connection2:0 is operational after recovery (4 attempts)"),
            (1.0, "mp", jn("multipathd[702]", "mpathb: sdc - tur checker reports path is up")),
            (0.0, "mp", jn("multipathd[702]", "8:32: reinstated")),
            (0.0, "mp", jn("multipathd[702]", "mpathb: remaining active paths: 2")),
            (64.0, "pg", "%%pgts%% [2231] LOG:  checkpoint complete: wrote 2104 buffers (1.6%); 0 WAL file(s) added, 0 removed, 1 recycled; write=0.811 s, sync=0.044 s, total=0.902 s"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "storage", "component": "mpathb",
            "root_cause": "iSCSI connection 2:0 to the SAN dropped, so path sdc of the multipath device mpathb failed and its in-flight writes returned I/O errors. Multipath retried them on the remaining path.",
            "summary": "For about 40 s mpathb ran on one path, and a PostgreSQL checkpoint took 36 s instead of under a second. The session recovered, sdc was reinstated and both paths are active again. The I/O errors were on the path device, not on the filesystem.",
            "action": "No immediate action needed. Check the switch port or NIC for iSCSI session 2 for flaps, and keep watching that mpathb stays at 2 active paths.",
        },
    })

    # --- BIND zone reload drops a record; .NET callers fail (quiet, nested) ---
    ns = "claims"
    cs = Deploy("claims-submitter").pod()
    el = Deploy("eligibility-api").pod()
    dns = "aud-dns-01"

    def dotnet_dns(outer, ref):
        return ("[%%hms0%% ERR] " + outer + "\n"
                "Clinics.Claims.ClaimSubmissionException: Failed to submit claim batch " + ref + "\n"
                " ---> System.Net.Http.HttpRequestException: Name or service not known (claims-gateway.clinics.internal:443)\n"
                " ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n"
                "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n"
                "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)\n"
                "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n"
                "   --- End of inner exception stack trace ---\n"
                "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n"
                "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
                "   --- End of inner exception stack trace ---\n"
                "   at Clinics.Claims.Submission.BatchSubmitter.SubmitAsync(ClaimBatch batch, CancellationToken ct) in /src/Clinics.Claims/Submission/BatchSubmitter.cs:line 118")

    out.append({
        "key": "aud-bind-zone", "domain": AUDIO, "platform": "hybrid", "quiet": True, "nested": True,
        "start": "2026-04-14T09:38:50",
        "question": "claims-submitter fails every batch with ClaimSubmissionException since about 09:40 and eligibility checks fail too. What's wrong with the claims service?",
        "selector": None,
        "labels": {
            "named": HOST(dns, "bind9"),
            "cs": K(ns, cs, "claims-submitter", "aud-k8s-n1"),
            "el": K(ns, el, "eligibility-api", "aud-k8s-n2"),
        },
        "lines": [
            (0.0, "named", "named[812]: received control channel command 'reload clinics.internal'"),
            (0.1, "named", "named[812]: zone clinics.internal/IN: loaded serial 2026041403", 1),
            (0.0, "named", "named[812]: zone clinics.internal/IN: sending notifies (serial 2026041403)"),
            (0.4, "named", "named[812]: client @0x7f3a1c0a2168 10.40.0.54#41977 (clinics.internal): transfer of 'clinics.internal/IN': IXFR ended: 1 messages, 4 records, 312 bytes, 0.001 secs (312000 bytes/sec) (serial 2026041403)"),
            (78.6, "cs", "[%%hms0%% INF] Submitting claim batch 5188 (62 claims) to https://claims-gateway.clinics.internal/v1/batches"),
            (0.1, "named", "named[812]: client @0x7f3a1c0b5d28 10.42.0.10#38211 (claims-gateway.clinics.internal): query: claims-gateway.clinics.internal IN A +E(0)DC (10.40.0.53)"),
            (0.1, "cs", dotnet_dns("Claim batch 5188 submission failed", "5188"), 1),
            (2.3, "el", "[%%hms0%% ERR] Eligibility check EC-88410 failed\nClinics.Eligibility.PayerLookupException: Eligibility lookup failed for member 77120931\n ---> System.Net.Http.HttpRequestException: Name or service not known (claims-gateway.clinics.internal:443)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at Clinics.Eligibility.PayerClient.CheckAsync(String memberId, CancellationToken ct) in /src/Clinics.Eligibility/PayerClient.cs:line 64"),
            (0.0, "el", "[%%hms0%% INF] HTTP GET /api/eligibility/77120931 responded 502 in 23.4107 ms"),
            (30.2, "cs", "[%%hms0%% WRN] Batch 5188 will be retried in 60s (attempt 2 of 5)"),
            (29.4, "el", "[%%hms0%% ERR] Eligibility check EC-88413 failed\nClinics.Eligibility.PayerLookupException: Eligibility lookup failed for member 66012877\n ---> System.Net.Http.HttpRequestException: Name or service not known (claims-gateway.clinics.internal:443)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n   --- End of inner exception stack trace ---\n   --- End of inner exception stack trace ---\n   at Clinics.Eligibility.PayerClient.CheckAsync(String memberId, CancellationToken ct) in /src/Clinics.Eligibility/PayerClient.cs:line 64"),
            (30.8, "cs", "[%%hms0%% INF] Submitting claim batch 5188 (62 claims) to https://claims-gateway.clinics.internal/v1/batches"),
            (0.1, "cs", dotnet_dns("Claim batch 5188 submission failed", "5188")),
            (0.1, "cs", "[%%hms0%% WRN] Batch 5188 will be retried in 120s (attempt 3 of 5)"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "dns_resolution", "component": "bind9",
            "root_cause": "At 09:38 the clinics.internal zone on aud-dns-01 (BIND9) was reloaded with serial 2026041403, which no longer contains the claims-gateway record. Queries for claims-gateway.clinics.internal reach BIND and get no address back.",
            "summary": "claims-submitter and eligibility-api fail with generic ClaimSubmissionException / PayerLookupException. The nested cause is HttpRequestException/SocketException 'Name or service not known' for claims-gateway.clinics.internal, and it started right after the zone reload.",
            "action": "Restore the claims-gateway A record in the clinics.internal zone file, bump the serial and run 'rndc reload clinics.internal'. Check that the secondary got the transfer. Claims batches then succeed on their scheduled retries.",
        },
    })

    # --- Rust service: hot-reloaded config fails to parse (nested chain) -------
    ns = "audiometry"
    ai = Deploy("audiogram-ingest").pod()
    argo = "argocd-application-controller-0"

    def tr(level, span, target, msg):
        return "%%isou%% " + level.rjust(5) + " " + span + target + ": " + msg

    post = "request{method=POST uri=/v1/audiograms version=HTTP/1.1}: "
    chain = ("failed to build audiogram parser\n\n"
             "Caused by:\n"
             "    0: loading frequency bands from /etc/audiogram/bands.toml\n"
             "    1: TOML parse error at line 14, column 9\n"
             "          |\n"
             "       14 | hz = 8000,\n"
             "          |         ^\n"
             "       expected newline, `#`\n")
    out.append({
        "key": "aud-ingest-bands", "domain": AUDIO, "platform": "kubernetes", "nested": True,
        "start": "2026-04-15T10:02:09",
        "question": "Every hearing-test upload from the clinics has returned HTTP 500 for the last ten minutes, but the audiogram-ingest pods are Running and Ready. What's going on?",
        "selector": None,
        "labels": {
            "argo": K("argocd", argo, "application-controller", "aud-k8s-n1"),
            "ai": K(ns, ai, "audiogram-ingest", "aud-k8s-n2"),
        },
        "lines": [
            (0.0, "argo", "time=\"%%isos%%\" level=info msg=\"Applying resource ConfigMap/audiogram-bands in cluster: https://kubernetes.default.svc, namespace: audiometry\""),
            (0.3, "argo", "time=\"%%isos%%\" level=info msg=\"Partial sync operation to 4be1f07 succeeded\" application=argocd/audiometry dest-namespace=audiometry dest-server=\"https://kubernetes.default.svc\" reason=OperationCompleted type=Normal"),
            (61.4, "ai", tr("INFO", "", "audiogram_ingest::config", "bands.toml changed on disk, reloading path=/etc/audiogram/bands.toml")),
            (0.0, "ai", tr("ERROR", "", "audiogram_ingest::config", "config reload failed; parser disabled until a valid config is loaded error=" + chain), 1),
            (3.3, "ai", tr("ERROR", post, "audiogram_ingest::routes", "upload failed device=AC440-0921 clinic=CL-014 error=audiogram parser unavailable: last config reload failed"), 1),
            (0.0, "ai", tr("ERROR", post, "tower_http::trace::on_failure", "response failed classification=Status code: 500 Internal Server Error latency=1 ms")),
            (4.6, "ai", tr("ERROR", post, "audiogram_ingest::routes", "upload failed device=AC440-1187 clinic=CL-031 error=audiogram parser unavailable: last config reload failed")),
            (0.0, "ai", tr("ERROR", post, "tower_http::trace::on_failure", "response failed classification=Status code: 500 Internal Server Error latency=0 ms")),
            (7.2, "ai", tr("INFO", "request{method=GET uri=/readyz version=HTTP/1.1}: ", "tower_http::trace::on_response", "finished processing request latency=0 ms status=200")),
            (11.8, "ai", tr("ERROR", post, "audiogram_ingest::routes", "upload failed device=AC440-0412 clinic=CL-022 error=audiogram parser unavailable: last config reload failed")),
            (0.0, "ai", tr("ERROR", post, "tower_http::trace::on_failure", "response failed classification=Status code: 500 Internal Server Error latency=1 ms")),
            (29.5, "ai", tr("WARN", "", "audiogram_ingest::metrics", "uploads last 60s: accepted=0 failed=17 rejected_too_large=0")),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "config_error", "component": "audiogram-ingest",
            "root_cause": "Argo CD synced a new audiogram-bands ConfigMap whose bands.toml has a syntax error at line 14 ('hz = 8000,', a trailing comma). audiogram-ingest hot-reloaded the file, failed to parse it and turned its audiogram parser off.",
            "summary": "Every upload fails with 'audiogram parser unavailable'. The error chain on the reload shows 'failed to build audiogram parser' caused by a TOML parse error in /etc/audiogram/bands.toml. Readiness still passes, so the pods look healthy.",
            "action": "Fix line 14 of bands.toml in the audiometry repo (remove the trailing comma) or revert commit 4be1f07, and let Argo CD sync. The service reloads on its own. Consider validating the TOML in CI and failing readiness while the parser is disabled.",
        },
    })

    # --- Nexus cleanup deleted the running tag (quiet) -------------------------
    ns = "fitting"
    rs_old = Deploy("fitting-sync")
    keep = rs_old.pod()
    rs_new = Deploy("fitting-sync")
    np1, np2 = rs_new.pod(), rs_new.pod()
    pr = "fitting-sync-deploy-" + _alnum(5)
    trpod = pr + "-rollout-pod"
    nx = "aud-nexus-01"
    img = "nexus.hearwell.internal:8443/fitting/fitting-sync:3.8.1"

    def nxl(thread, logger, msg):
        return "%%nexus%% INFO  [" + thread + "]  *SYSTEM " + logger + " - " + msg

    pull_err = ("rpc error: code = NotFound desc = failed to pull and unpack image \\\"" + img + "\\\": failed to resolve reference \\\"" + img + "\\\": " + img + ": not found")
    out.append({
        "key": "aud-nexus-cleanup", "domain": AUDIO, "platform": "hybrid", "quiet": True,
        "start": "2026-04-16T02:00:00",
        "question": "The fitting-sync-deploy pipeline failed this morning and two new fitting-sync pods are stuck in ImagePullBackOff. The image tag hasn't changed in weeks - why can't it be pulled now?",
        "selector": None,
        "labels": {
            "nx": HOST(nx, "nexus"),
            "nxr": HOST(nx, "nexus-request"),
            "tr": K("ci", trpod, "step-rollout", "aud-k8s-n3"),
            "tk": K("tekton-pipelines", Deploy("tekton-pipelines-controller").pod(), "tekton-pipelines-controller", "aud-k8s-n1"),
            "kl": NODE("kubelet", "aud-k8s-n2"),
            "ev": EV(ns),
            "keep": K(ns, keep, "fitting-sync", "aud-k8s-n1"),
        },
        "lines": [
            (0.0, "nx", nxl("quartz-12-thread-20", "org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo", "Task 'Cleanup service' [repository.cleanup] state change WAITING -> RUNNING")),
            (41.2, "nx", nxl("quartz-12-thread-20", "org.sonatype.nexus.cleanup.internal.task.CleanupTask", "Deleted 212 components from 'docker-hosted' using policy 'docker-unused-14d'"), 1),
            (0.3, "nx", nxl("quartz-12-thread-20", "org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo", "Task 'Cleanup service' [repository.cleanup] state change RUNNING -> WAITING (OK)")),
            (29480.6, "tr", "deployment.apps/fitting-sync restarted"),
            (1.2, "ev", "Normal ScalingReplicaSet deployment/fitting-sync Scaled up replica set fitting-sync-%s to 1" % rs_new.hash),
            (0.8, "nxr", "10.40.6.31 - - [%%clf%%] \"GET /v2/fitting/fitting-sync/manifests/3.8.1 HTTP/1.1\" 404 - 0 114 \"containerd/v1.7.24\" [qtp1296612421-212]", 1),
            (0.1, "kl", "E%%klog%%    1733 log.go:32] \"PullImage from image service failed\" err=\"" + pull_err + "\" image=\"" + img + "\""),
            (0.1, "ev", "Warning Failed pod/%s Failed to pull image \"%s\": %s" % (np1, img, pull_err.replace("\\\"", "\"")), 1),
            (0.0, "ev", "Warning Failed pod/%s Error: ErrImagePull" % np1),
            (14.6, "ev", "Normal BackOff pod/%s Back-off pulling image \"%s\"" % (np1, img)),
            (0.0, "ev", "Warning Failed pod/%s Error: ImagePullBackOff" % np1),
            (3.9, "tr", "Waiting for deployment \"fitting-sync\" rollout to finish: 1 out of 3 new replicas have been updated..."),
            (22.4, "keep", "time=%%iso%% level=INFO msg=\"sync cycle finished\" clinics=41 sessions=388 duration=2.1s"),
            (240.0, "tr", "error: timed out waiting for the condition"),
            (0.9, "tk", "{\"severity\":\"info\",\"timestamp\":\"%%iso%%\",\"logger\":\"tekton-pipelines-controller\",\"caller\":\"taskrun/taskrun.go:512\",\"message\":\"TaskRun %s-rollout failed: \\\"step-rollout\\\" exited with code 1\",\"knative.dev/controller\":\"github.com/tektoncd/pipeline/pkg/reconciler/taskrun.Reconciler\",\"knative.dev/kind\":\"tekton.dev.TaskRun\"}" % pr),
            (0.5, "tk", "{\"severity\":\"info\",\"timestamp\":\"%%iso%%\",\"logger\":\"tekton-pipelines-controller\",\"caller\":\"pipelinerun/pipelinerun.go:811\",\"message\":\"PipelineRun %s status is being set to Failed\",\"knative.dev/kind\":\"tekton.dev.PipelineRun\"}" % pr),
            (1.3, "ev", "Warning Failed pod/%s Error: ImagePullBackOff" % np2),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "image_pull", "component": "nexus",
            "root_cause": "At 02:00 the Nexus 'Cleanup service' task applied policy 'docker-unused-14d' to docker-hosted and deleted fitting-sync:3.8.1. The running pods still use that tag from the node cache, but any new pod finds the manifest gone (404).",
            "summary": "The morning rollout restart made new fitting-sync pods pull 3.8.1 from Nexus and get 'not found'. They sit in ImagePullBackOff, the Tekton rollout step timed out and the PipelineRun failed. The old pods keep serving.",
            "action": "Re-push fitting-sync:3.8.1 (rebuild the tag or restore it from another registry), and exclude deployed release tags from the docker-unused-14d cleanup policy, for example with a retain or tag filter. Then re-run the deploy pipeline.",
        },
    })

    # --- Postfix relay rejects SASL credentials (error) -----------------------
    m = "aud-mail-01"

    def mx(proc, msg):
        return "%%syslog%% " + m + " " + proc + ": " + msg

    ids = ["4Xm" + _alnum(9).upper() for _ in range(4)]
    relay = "smtp.relay.example.com[203.0.113.25]:587"
    sasl = "status=deferred (SASL authentication failed; server smtp.relay.example.com[203.0.113.25] said: 535 5.7.8 Authentication credentials invalid)"
    out.append({
        "key": "aud-postfix-sasl", "domain": AUDIO, "platform": "linux-host",
        "start": "2026-04-16T07:30:01",
        "question": "Patients say they didn't get appointment reminder emails today. The reminder job says it queued them. Where are they stuck?",
        "selector": None,
        "labels": {"mail": HOST(m, "mail"), "rem": HOST(m, "reminder-dispatch")},
        "lines": [
            (0.0, "rem", "%%dw%% INFO reminder-dispatch: queued 212 reminders for appointments on 2026-04-17 via sendmail"),
            (0.4, "mail", mx("postfix/qmgr[1101]", ids[0] + ": from=<reminders@hearwell.example>, size=4812, nrcpt=1 (queue active)")),
            (0.3, "mail", mx("postfix/smtp[4410]", "warning: SASL authentication failure: Password verification failed")),
            (0.0, "mail", mx("postfix/smtp[4410]", ids[0] + ": to=<a.patel@example.org>, relay=" + relay + ", delay=0.71, delays=0.02/0.01/0.68/0, dsn=4.7.8, " + sasl), 1),
            (0.2, "mail", mx("postfix/smtp[4411]", ids[1] + ": to=<s.nowak@example.com>, relay=" + relay + ", delay=0.69, delays=0.02/0.01/0.66/0, dsn=4.7.8, " + sasl)),
            (0.2, "mail", mx("postfix/smtp[4412]", ids[2] + ": to=<l.brennan@example.net>, relay=" + relay + ", delay=0.74, delays=0.03/0.01/0.70/0, dsn=4.7.8, " + sasl)),
            (45.1, "mail", mx("postfix/qmgr[1101]", ids[3] + ": from=<reminders@hearwell.example>, size=4790, nrcpt=1 (queue active)")),
            (0.7, "mail", mx("postfix/smtp[4418]", ids[3] + ": to=<r.osei@example.org>, relay=" + relay + ", delay=0.72, delays=0.01/0/0.71/0, dsn=4.7.8, " + sasl)),
            (600.0, "mail", mx("postfix/qmgr[1101]", ids[0] + ": from=<reminders@hearwell.example>, size=4812, nrcpt=1 (queue active)")),
            (0.7, "mail", mx("postfix/smtp[4502]", ids[0] + ": to=<a.patel@example.org>, relay=" + relay + ", delay=601, delays=600/0.01/0.69/0, dsn=4.7.8, " + sasl), 1),
            (2.0, "rem", "%%dw%% WARN reminder-dispatch: mail queue has 1840 messages, oldest 5h12m (threshold 30m)"),
            (0.5, "mail", mx("postfix/smtpd[4520]", "connect from localhost[127.0.0.1]")),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "auth_failure", "component": "postfix",
            "root_cause": "Postfix on aud-mail-01 relays through smtp.relay.example.com:587, and the relay rejects its SASL login with '535 5.7.8 Authentication credentials invalid'. The relay credentials in Postfix's sasl_passwd are wrong or were rotated.",
            "summary": "Every outgoing reminder is deferred with dsn 4.7.8 on each retry, so the queue holds 1840 messages, the oldest 5 hours. The reminder job itself is fine.",
            "action": "Update the relay username/password in /etc/postfix/sasl_passwd, run postmap and 'postfix reload', then 'postqueue -f' to flush the queue. Find out who rotated the relay credential.",
        },
    })

    # --- Symfony release: TypeError inside Twig rendering (nested) -------------
    w = "aud-web-01"
    rel = "/srv/booking/releases/20260415-2"
    mono = ("[%%mono%%] request.CRITICAL: Uncaught PHP Exception Twig\\Error\\RuntimeError: \"An exception has been thrown during the rendering of a template "
            "(\\\"App\\Service\\SlotCalculator::split(): Argument #2 ($durationMinutes) must be of type int, string given, called in " + rel + "/src/Controller/SlotController.php on line 64\\\").\" "
            "at " + rel + "/templates/booking/slots.html.twig line 27 "
            "{\"exception\":\"[object] (Twig\\\\Error\\\\RuntimeError(code: 0): An exception has been thrown during the rendering of a template "
            "(\\\"App\\\\Service\\\\SlotCalculator::split(): Argument #2 ($durationMinutes) must be of type int, string given, called in " + rel + "/src/Controller/SlotController.php on line 64\\\"). at " + rel + "/templates/booking/slots.html.twig:27)\n"
            "[previous exception] [object] (TypeError(code: 0): App\\\\Service\\\\SlotCalculator::split(): Argument #2 ($durationMinutes) must be of type int, string given, called in " + rel + "/src/Controller/SlotController.php on line 64 at " + rel + "/src/Service/SlotCalculator.php:41)\"} []")

    def acc(req, status, size, rt):
        return "81.2.69.160 - - [%%clf%%] \"" + req + "\" " + str(status) + " " + str(size) + " \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X)\" rt=" + rt

    out.append({
        "key": "aud-booking-typeerror", "domain": AUDIO, "platform": "linux-host", "nested": True,
        "start": "2026-04-15T13:06:02",
        "question": "Since the 13:00 release the booking site shows 'Something went wrong' on the slot picker for most clinics. Twig errors everywhere - is it the template?",
        "selector": None,
        "labels": {
            "dep": HOST(w, "deploy"),
            "app": HOST(w, "booking-app"),
            "acc": HOST(w, "openresty-access"),
        },
        "lines": [
            (0.0, "dep", "%%dw%% INFO deploy: released booking 20260415-2 (commit 8f1e2ab \"appointment types: read durations from clinic API\") to " + rel),
            (0.4, "dep", "%%dw%% INFO deploy: cache:clear and php-fpm reload done in 6.2s"),
            (118.3, "app", "[%%mono%%] request.INFO: Matched route \"booking_slots\". {\"route\":\"booking_slots\",\"route_parameters\":{\"_route\":\"booking_slots\",\"clinic\":\"york\"},\"request_uri\":\"https://booking.hearwell.example/clinics/york/slots?date=2026-04-20\",\"method\":\"GET\"} []"),
            (0.1, "app", mono, 1),
            (0.0, "acc", acc("GET /clinics/york/slots?date=2026-04-20 HTTP/2.0", 500, 4211, "0.061")),
            (6.6, "app", "[%%mono%%] request.INFO: Matched route \"booking_slots\". {\"route\":\"booking_slots\",\"route_parameters\":{\"_route\":\"booking_slots\",\"clinic\":\"leeds-central\"},\"request_uri\":\"https://booking.hearwell.example/clinics/leeds-central/slots?date=2026-04-16\",\"method\":\"GET\"} []"),
            (0.1, "app", mono),
            (0.0, "acc", acc("GET /clinics/leeds-central/slots?date=2026-04-16 HTTP/2.0", 500, 4211, "0.058")),
            (3.1, "acc", acc("GET /clinics/leeds-central HTTP/2.0", 200, 22841, "0.044")),
            (9.8, "app", mono),
            (0.0, "acc", acc("GET /clinics/harrogate/slots?date=2026-04-21 HTTP/2.0", 500, 4211, "0.064")),
            (20.5, "app", "[%%mono%%] php.WARNING: Warning: Undefined array key \"hero_image\" {\"exception\":\"[object] (ErrorException(code: 0): Warning: Undefined array key \\\"hero_image\\\" at " + rel + "/templates/clinic/show.html.twig:12)\"} []"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "application_error", "component": "booking-app",
            "root_cause": "Release 20260415-2 reads appointment durations from the clinic API as strings. SlotController passes that string to SlotCalculator::split(), which requires an int, so a TypeError is thrown while the slots template renders.",
            "summary": "The slot picker returns 500 for every clinic since the 13:00 release. The generic Twig RuntimeError wraps a [previous exception] TypeError in SlotCalculator::split() (line 41, called from SlotController line 64). Other pages still work.",
            "action": "Roll back to the previous booking release now. Fix it by casting or validating the duration to int where the clinic API response is mapped, and add a test for string durations before redeploying.",
        },
    })

    # --- MSSQL transaction log full; EF Core wraps it (nested) -----------------
    ns = "booking"
    ba_rs = Deploy("booking-api")
    b1, b2 = ba_rs.pod(), ba_rs.pod()
    sql = "aud-sql-01"
    conn = uuidish()

    def clef(level, mt, props, exc=None):
        d = {"@t": "%%iso%%", "@mt": mt}
        if level != "Information":
            d["@l"] = level
        if exc:
            d["@x"] = exc
        d.update(props)
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    efx = ("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
           " ---> Microsoft.Data.SqlClient.SqlException (0x80131904): The transaction log for database 'Booking' is full due to 'LOG_BACKUP'.\n"
           "   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n"
           "   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)\n"
           "   at Microsoft.Data.SqlClient.SqlDataReader.TryConsumeMetaData()\n"
           "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n"
           "ClientConnectionId:" + conn + "\n"
           "Error Number:9002,State:2,Class:17\n"
           "   --- End of inner exception stack trace ---\n"
           "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n"
           "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)\n"
           "   at Hearwell.Booking.Appointments.BookAppointmentHandler.Handle(BookAppointment command, CancellationToken ct) in /src/Hearwell.Booking/Appointments/BookAppointmentHandler.cs:line 77")
    out.append({
        "key": "aud-mssql-logfull", "domain": AUDIO, "platform": "hybrid", "nested": True,
        "start": "2026-04-17T11:20:14",
        "question": "No clinic can book, cancel or move appointments - booking-api returns 500 with DbUpdateException on every write. Reads work. What is going on?",
        "selector": None,
        "labels": {
            "sql": HOST(sql, "mssql"),
            "b1": K(ns, b1, "booking-api", "aud-k8s-n2"),
            "b2": K(ns, b2, "booking-api", "aud-k8s-n3"),
        },
        "lines": [
            (0.0, "sql", "%%mssql%% spid61      Error: 9002, Severity: 17, State: 2."),
            (0.0, "sql", "%%mssql%% spid61      The transaction log for database 'Booking' is full due to 'LOG_BACKUP'.", 1),
            (0.2, "b1", clef("Error", "Failed to book appointment {AppointmentRef} for clinic {Clinic}", {"AppointmentRef": "A-2291-0417", "Clinic": "leeds-central", "SourceContext": "Hearwell.Booking.Appointments.BookAppointmentHandler"}, efx), 1),
            (0.0, "b1", clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": "POST", "RequestPath": "/api/appointments", "StatusCode": 500, "Elapsed": 41.2207, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"})),
            (2.9, "b2", clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": "GET", "RequestPath": "/api/clinics/york/slots", "StatusCode": 200, "Elapsed": 18.0412, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"})),
            (1.6, "sql", "%%mssql%% spid74      Error: 9002, Severity: 17, State: 2."),
            (0.0, "sql", "%%mssql%% spid74      The transaction log for database 'Booking' is full due to 'LOG_BACKUP'."),
            (0.1, "b2", clef("Error", "Failed to cancel appointment {AppointmentRef}", {"AppointmentRef": "A-2187-0412", "SourceContext": "Hearwell.Booking.Appointments.CancelAppointmentHandler"}, efx.replace("BookAppointmentHandler.Handle(BookAppointment", "CancelAppointmentHandler.Handle(CancelAppointment").replace("BookAppointmentHandler.cs:line 77", "CancelAppointmentHandler.cs:line 52"))),
            (0.0, "b2", clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": "DELETE", "RequestPath": "/api/appointments/A-2187-0412", "StatusCode": 500, "Elapsed": 37.5518, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"})),
            (7.4, "sql", "%%mssql%% spid58      Autogrow of file 'Booking_log' in database 'Booking' was cancelled by user or timed out after 30002 milliseconds.  Use ALTER DATABASE to set a smaller FILEGROWTH value for this file or to explicitly set a new file size."),
            (4.8, "b1", clef("Error", "Failed to book appointment {AppointmentRef} for clinic {Clinic}", {"AppointmentRef": "A-2291-0418", "Clinic": "harrogate", "SourceContext": "Hearwell.Booking.Appointments.BookAppointmentHandler"}, efx)),
            (0.0, "b1", clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": "POST", "RequestPath": "/api/appointments", "StatusCode": 500, "Elapsed": 30112.8804, "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"})),
            (12.2, "sql", "%%mssql%% spid61      Error: 9002, Severity: 17, State: 2."),
            (0.0, "sql", "%%mssql%% spid61      The transaction log for database 'Booking' is full due to 'LOG_BACKUP'."),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "database", "component": "mssql",
            "root_cause": "The Booking database's transaction log on aud-sql-01 is full and cannot be reused because it is waiting on a log backup (log_reuse_wait LOG_BACKUP). Autogrow of Booking_log times out, so SQL Server rejects every write with error 9002.",
            "summary": "All appointment writes fail. booking-api reports a generic EF Core DbUpdateException whose inner SqlException is error 9002 'transaction log ... full due to LOG_BACKUP'. Reads still succeed.",
            "action": "Take a transaction log backup of Booking now (or add log space) so the log can truncate. Then find out why the scheduled log backups stopped and fix the job, and set a sane fixed FILEGROWTH for Booking_log.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 5: batch - stadium match-day, part A (healthy + warn windows)
# --------------------------------------------------------------------------


def pino(level, pod, msg, **extra):
    """One pino JSON line the way Fastify prints it (keys in pino's order)."""
    d = {"level": level, "time": 0, "pid": 1, "hostname": pod}
    d.update(extra)
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":")).replace("\"time\":0", "\"time\":%%epochms%%")


def batch_stadium_a():
    out = []

    # --- turnstile gateway rolling restart before kick-off (healthy) ---------
    ns = "turnstiles"
    old_rs, new_rs = Deploy("turnstile-gateway"), Deploy("turnstile-gateway")
    o1, n1 = old_rs.pod(), new_rs.pod()
    uid = uuidish()

    def scan_req(pod, rid, ip, port):
        return pino(30, pod, "incoming request", reqId=rid, req={"method": "POST", "url": "/v1/scan", "hostname": "turnstile-gateway.turnstiles.svc", "remoteAddress": ip, "remotePort": port})

    def scan_res(pod, rid, code, rt):
        return pino(30, pod, "request completed", reqId=rid, res={"statusCode": code}, responseTime=rt)

    out.append({
        "key": "std-turnstile-rollout", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T12:40:05",
        "question": "turnstile-gateway pods restarted 50 minutes before kick-off and there are 409s in the logs. Did we lose any scans at the gates?",
        "selector": {"namespace": ns},
        "labels": {
            "ev": EV(ns),
            "old": K(ns, o1, "gateway", "std-k8s-n2"),
            "new": K(ns, n1, "gateway", "std-k8s-n4"),
            "kl": NODE("kubelet", "std-k8s-n4"),
        },
        "lines": [
            (0.0, "ev", "Normal ScalingReplicaSet deployment/turnstile-gateway Scaled up replica set turnstile-gateway-%s to 1 from 0" % new_rs.hash),
            (4.2, "new", pino(30, n1, "Server listening at http://0.0.0.0:3000")),
            (0.6, "kl", "I%%klog%%    2044 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"gateway\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\"" % (ns, n1, uid)),
            (2.8, "new", pino(30, n1, "ticket allowlist loaded", match="STA-HUL-20260418", tickets=41822, durationMs=2710)),
            (2.3, "kl", "I%%klog%%    2044 kubelet.go:2499] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"%s/%s\"" % (ns, n1)),
            (1.1, "old", scan_req(o1, "req-3f1", "10.50.12.31", 40112)),
            (0.0, "old", scan_res(o1, "req-3f1", 200, 4.21)),
            (0.9, "old", scan_req(o1, "req-3f2", "10.50.14.8", 51877)),
            (0.0, "old", pino(40, o1, "ticket already scanned, rejecting re-entry", reqId="req-3f2", gate="N4", ticket="T-8812-4410", firstScan="12:31:07")),
            (0.0, "old", scan_res(o1, "req-3f2", 409, 2.87)),
            (1.5, "ev", "Normal Killing pod/%s Stopping container gateway" % o1),
            (0.1, "old", pino(30, o1, "received SIGTERM, draining in-flight requests", inflight=3)),
            (0.4, "old", pino(30, o1, "client aborted request before response", reqId="req-3f4", err={"type": "Error", "message": "aborted", "code": "ECONNRESET"})),
            (0.3, "old", pino(30, o1, "server closed")),
            (1.2, "new", scan_req(n1, "req-1", "10.50.12.31", 40190)),
            (0.0, "new", scan_res(n1, "req-1", 200, 5.02)),
            (0.8, "new", scan_req(n1, "req-2", "10.50.14.8", 51902)),
            (0.0, "new", scan_res(n1, "req-2", 200, 3.66)),
            (40.3, "new", pino(30, n1, "scan stats", windowSec=60, accepted=1184, duplicateRejected=6, invalid=2, offlineQueued=0)),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: this is a rolling restart of turnstile-gateway. The new pod answered 503 on readiness only until its ticket allowlist loaded, and the 409s are correctly rejected duplicate entries.",
            "summary": "The new gateway pod became ready within seconds and the old one drained and closed. One handheld aborted a request during the drain. Scans keep succeeding (1184 accepted a minute, 0 queued offline).",
            "action": "No action needed.",
        },
    })

    # --- TiDB rolling upgrade behind Linkerd (healthy) -------------------------
    pos = Deploy("pos-api").pod()
    am = "alertmanager-main-0"

    def tidb(level, src, msg, extra=""):
        return "[%%tidb%%] [" + level + "] [" + src + "] [\"" + msg + "\"]" + extra

    out.append({
        "key": "std-tidb-upgrade", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T10:05:12",
        "question": "During the TiDB upgrade this morning the Linkerd proxy in pos-api logged connect failures and a TiDBServerDown alert fired. Is concessions ordering OK?",
        "selector": None,
        "labels": {
            "t1": K("tidb", "stadium-tidb-1", "tidb", "std-k8s-n3"),
            "px": K("concessions", pos, "linkerd-proxy", "std-k8s-n1"),
            "pos": K("concessions", pos, "pos-api", "std-k8s-n1"),
            "am": K("monitoring", am, "alertmanager", "std-k8s-n2"),
        },
        "lines": [
            (0.0, "t1", tidb("INFO", "server.go:1003", "[server] graceful shutdown.")),
            (0.8, "px", "[%%up5210%%s]  WARN ThreadId(01) outbound:proxy{addr=10.44.7.21:4000}:service{ns=tidb name=stadium-tidb port=4000}:endpoint{addr=10.44.7.21:4000}: linkerd_reconnect: Failed to connect error=endpoint 10.44.7.21:4000: Connection refused (os error 111)"),
            (0.2, "pos", "%%dw%% WARNING pos_api.db: MySQL connection lost (2013, 'Lost connection to MySQL server during query'); retrying on a new connection (attempt 1)"),
            (0.1, "pos", "%%dw%% INFO pos_api.db: retry succeeded on stadium-tidb-0 (attempt 2)"),
            (0.0, "pos", "INFO:     10.44.3.7:51822 - \"POST /v1/orders HTTP/1.1\" 201 Created"),
            (18.6, "t1", tidb("INFO", "printer.go:47", "Welcome to TiDB.", " [\"Release Version\"=v8.1.1] [Edition=Community] [\"Git Commit Hash\"=a7df4f9845d5d6a590c5d45dad0dcc9f21aa8765]")),
            (3.4, "t1", tidb("INFO", "server.go:312", "server is running MySQL protocol", " [addr=0.0.0.0:4000]")),
            (2.5, "px", "[%%up5210%%s]  INFO ThreadId(01) outbound:proxy{addr=10.44.7.21:4000}:service{ns=tidb name=stadium-tidb port=4000}: linkerd_pool_p2c: Adding endpoint addr=10.44.7.21:4000"),
            (5.7, "pos", "INFO:     10.44.3.9:40128 - \"POST /v1/orders HTTP/1.1\" 201 Created"),
            (0.9, "pos", "INFO:     10.44.3.12:38871 - \"GET /v1/menu/stand/N12 HTTP/1.1\" 200 OK"),
            (41.2, "am", "ts=%%iso%% caller=notify.go:848 level=info component=dispatcher receiver=stadium-ops integration=slack[0] aggregationGroup=\"{}:{alertname=\\\"TiDBServerDown\\\"}\" msg=\"Notify success\" attempts=1 duration=212.4ms"),
            (0.2, "am", "ts=%%iso%% caller=dispatch.go:353 level=debug component=dispatcher msg=\"flushing\" alerts=\"[TiDBServerDown[5f2c1a9][resolved]]\""),
            (12.0, "pos", "INFO:     10.44.3.7:51966 - \"POST /v1/orders HTTP/1.1\" 201 Created"),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: stadium-tidb-1 was restarted by the planned rolling upgrade. The proxy's connect failures and the dropped MySQL connection were retried on another TiDB server, and the alert resolved when tidb-1 came back.",
            "summary": "tidb-1 shut down gracefully and came back on v8.1.1. The Linkerd proxy re-added the endpoint, pos-api orders kept returning 201, and TiDBServerDown was sent as resolved.",
            "action": "No action needed.",
        },
    })

    # --- ScyllaDB member added on OpenEBS volume (healthy) ---------------------
    ns = "scylla"
    prov = Deploy("openebs-localpv-provisioner").pod()
    pvc = "data-ticketing-dc1-rack1-3"
    pv = "pvc-" + uuidish()
    uid = uuidish()

    def sc(level, shard, logger, msg):
        return level.ljust(5) + " %%scylla%% [shard " + shard + "] " + logger + " - " + msg

    out.append({
        "key": "std-scylla-join", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T09:02:40",
        "question": "We added a fourth ScyllaDB node to the ticketing cluster before gates open. It showed not-ready and streamed for a long time - did the scale-up go fine?",
        "selector": {"namespace": None},
        "labels": {
            "prov": K("openebs", prov, "openebs-provisioner-hostpath", "std-k8s-n1"),
            "ev": EV(ns),
            "n3": K(ns, "ticketing-dc1-rack1-3", "scylla", "std-k8s-n5"),
            "n0": K(ns, "ticketing-dc1-rack1-0", "scylla", "std-k8s-n2"),
            "kl": NODE("kubelet", "std-k8s-n5"),
        },
        "lines": [
            (0.0, "prov", "I%%klog%%       1 controller.go:1366] provision \"scylla/" + pvc + "\" class \"openebs-hostpath\": started"),
            (1.3, "prov", "I%%klog%%       1 controller.go:1449] provision \"scylla/" + pvc + "\" class \"openebs-hostpath\": volume \"" + pv + "\" provisioned"),
            (0.1, "ev", "Normal ProvisioningSucceeded persistentvolumeclaim/" + pvc + " Successfully provisioned volume " + pv),
            (9.6, "n3", sc("INFO", "0", "init", "Scylla version 6.2.2-0.20241219.e2f8c1d4f6a1 starting ...")),
            (6.2, "n3", sc("INFO", "0", "storage_service", "entering JOINING mode")),
            (2.7, "kl", "I%%klog%%    1911 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"scylla/ticketing-dc1-rack1-3\" podUID=\"" + uid + "\" containerName=\"scylla\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\""),
            (4.4, "n0", sc("INFO", "0", "gossip", "InetAddress 10.44.5.31 is now UP, status = UNKNOWN")),
            (0.2, "n0", sc("INFO", "3", "compaction", "[Compact ticketing.scans 7c1e2a40-1d5b-11f0-9b2c-3f4a1c9e0d11] Compacted 4 sstables to [/var/lib/scylla/data/ticketing/scans-1f0e/me-3gmk_0x9t_2c8kw2b1q0hwx4lz1h-big-Data.db:level=0]. 612MB to 488MB (~79% of original) in 9104ms = 53MB/s.")),
            (612.0, "n3", sc("INFO", "0", "repair", "bootstrap_with_repair: finished with keyspaces=[ticketing, system_auth, system_distributed], nr_ranges=768, rx=18.2GiB in 598s")),
            (1.4, "n3", sc("INFO", "0", "storage_service", "entering NORMAL mode")),
            (0.6, "n3", sc("INFO", "0", "cql_server_controller", "Starting listening for CQL clients on 0.0.0.0:9042 (unencrypted, non-shard-aware)")),
            (0.3, "n0", sc("INFO", "0", "gossip", "InetAddress 10.44.5.31 is now UP, status = NORMAL")),
            (9.1, "kl", "I%%klog%%    1911 kubelet.go:2499] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"scylla/ticketing-dc1-rack1-3\""),
        ],
        "expected": {
            "severity": "INFO", "root_cause_category": "none",
            "root_cause": "No incident: the new Scylla member was not-ready only while it bootstrapped and streamed 18 GiB with repair-based bootstrap. It then entered NORMAL mode and passed readiness.",
            "summary": "OpenEBS provisioned the hostpath volume, ticketing-dc1-rack1-3 joined, streamed its ranges in about 10 minutes, started CQL and became ready. The existing nodes saw it go UP/NORMAL.",
            "action": "No action needed. Run a cleanup on the old nodes after the match to drop the ranges they no longer own.",
        },
    })

    # --- replay clip origin slow at half-time (warn) --------------------------
    rp, tc = "std-replay-01", "std-replay-02"

    def err(conn, clip):
        return ("%%ngx%% [error] 2211#2211: *" + str(conn) + " upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.60.4.12, server: replay.stadium.internal, request: \"GET /clips/" + clip + " HTTP/1.1\", upstream: \"http://10.60.8.21:8080/clips/" + clip + "\", host: \"replay.stadium.internal\"")

    def acc(clip, status, up):
        return "10.60.4.12 - - [%%clf%%] \"GET /clips/" + clip + " HTTP/1.1\" " + str(status) + " 0 \"-\" \"BoardCtl/4.2\" urt=" + up

    out.append({
        "key": "std-replay-slow", "domain": STADIUM, "platform": "linux-host",
        "start": "2026-04-18T13:47:10",
        "question": "At half-time the video board controller showed 'clip unavailable' for several replays and the OpenResty error log is full of upstream timeouts. Is the replay system down?",
        "selector": None,
        "labels": {
            "err": HOST(rp, "openresty-error"),
            "acc": HOST(rp, "openresty-access"),
            "tc": HOST(tc, "replay-transcoder"),
        },
        "lines": [
            (0.0, "tc", "%%isos%% replay-transcoder[3012]: INFO half-time package requested: 12 clips x 3 angles, 1080p50 + 2160p50 renditions"),
            (4.1, "acc", acc("HT-0418/goal-23/angle1.m3u8", 200, "1.204")),
            (11.2, "err", err(884213, "HT-0418/goal-23/angle3.m3u8"), 1),
            (0.0, "acc", acc("HT-0418/goal-23/angle3.m3u8", 504, "10.001")),
            (2.9, "tc", "%%isos%% replay-transcoder[3012]: WARN render of HT-0418/goal-23/angle3 2160p50 took 17.9s (target 4s); queue depth 31", 1),
            (1.6, "err", err(884240, "HT-0418/save-31/angle2.m3u8")),
            (0.0, "acc", acc("HT-0418/save-31/angle2.m3u8", 504, "10.000")),
            (3.3, "acc", acc("HT-0418/goal-23/angle3.m3u8", 200, "0.412")),
            (5.8, "err", err(884266, "HT-0418/card-38/angle1.m3u8")),
            (0.0, "acc", acc("HT-0418/card-38/angle1.m3u8", 504, "10.001")),
            (4.7, "tc", "%%isos%% replay-transcoder[3012]: WARN render of HT-0418/card-38/angle1 2160p50 took 14.2s (target 4s); queue depth 18"),
            (9.5, "err", err(884290, "HT-0418/chance-41/angle2.m3u8")),
            (0.0, "acc", acc("HT-0418/chance-41/angle2.m3u8", 504, "10.002")),
            (38.4, "tc", "%%isos%% replay-transcoder[3012]: INFO half-time package complete: 36/36 renditions, queue depth 0"),
            (2.2, "acc", acc("HT-0418/card-38/angle1.m3u8", 200, "0.388")),
            (1.1, "acc", acc("HT-0418/chance-41/angle2.m3u8", 200, "0.401")),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "timeout", "component": "replay-transcoder",
            "root_cause": "During the half-time package the replay-transcoder on std-replay-02 took 14-18 s per 2160p rendition, queueing 31 jobs deep. OpenResty's 10 s proxy_read_timeout expired on clips that were not yet rendered.",
            "summary": "For about a minute OpenResty returned 504 for half-time clips while the transcoder worked through its queue. Each clip loaded on a retry once rendered, and the package completed 36/36.",
            "action": "Optional: render the half-time package in 1080p first (4K afterwards), add transcoder capacity, or raise proxy_read_timeout for /clips so the board waits instead of showing 'clip unavailable'.",
        },
    })

    # --- unattended upgrade restarts memcached mid-service (quiet) -------------
    cache = "std-cache-01"
    out.append({
        "key": "std-memcached-upgrade", "domain": STADIUM, "platform": "linux-host", "quiet": True,
        "start": "2026-04-19T11:14:22",
        "question": "Concessions tills were slow and pos-backend logged memcached errors for a few minutes before the early kick-off. Was the POS backend at fault?",
        "selector": None,
        "labels": {
            "apt": HOST(cache, "unattended-upgrades"),
            "sd": HOST(cache, "systemd"),
            "p1": HOST("std-pos-01", "pos-backend"),
            "p2": HOST("std-pos-02", "pos-backend"),
        },
        "lines": [
            (0.0, "sd", "systemd[1]: Starting apt-daily-upgrade.service - Daily apt upgrade and clean activities..."),
            (21.4, "apt", "%%dw%% INFO Packages that will be upgraded: libevent-2.1-7t64 memcached", 1),
            (9.8, "sd", "systemd[1]: Stopping memcached.service - memcached daemon...", 1),
            (0.1, "sd", "systemd[1]: memcached.service: Deactivated successfully."),
            (0.4, "p1", "%%dw%% WARNING menu_cache: memcached 10.60.2.11:11211 unavailable ([Errno 111] Connection refused); serving menu from PostgreSQL", 1),
            (0.3, "p2", "%%dw%% WARNING menu_cache: memcached 10.60.2.11:11211 unavailable ([Errno 111] Connection refused); serving menu from PostgreSQL"),
            (0.6, "p1", "%%dw%% WARNING till_session: session store get failed for till N12-04: MemcacheUnexpectedCloseError(); re-authenticating till"),
            (1.9, "p2", "%%dw%% WARNING menu_cache: memcached 10.60.2.11:11211 unavailable ([Errno 111] Connection refused); serving menu from PostgreSQL"),
            (2.2, "sd", "systemd[1]: Started memcached.service - memcached daemon."),
            (1.4, "p1", "%%dw%% WARNING db: slow query (1.84s) SELECT ... FROM menu_items WHERE stand_id = %s AND active"),
            (4.7, "p2", "%%dw%% WARNING db: slow query (2.11s) SELECT ... FROM menu_items WHERE stand_id = %s AND active"),
            (16.5, "apt", "%%dw%% INFO All upgrades installed"),
            (0.4, "sd", "systemd[1]: apt-daily-upgrade.service: Deactivated successfully."),
            (88.2, "p1", "%%dw%% INFO menu_cache: hit ratio 0.97 over last 60s (cold start recovered)"),
            (2.6, "p2", "%%dw%% INFO menu_cache: hit ratio 0.96 over last 60s (cold start recovered)"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "connection_refused", "component": "memcached",
            "root_cause": "The apt-daily-upgrade run on std-cache-01 upgraded the memcached package and restarted memcached.service. While it was down, pos-backend's connections were refused, and afterwards the empty cache sent all menu reads to PostgreSQL.",
            "summary": "For about two and a half minutes both pos-backend hosts fell back to the database (connection refused, slow menu queries, tills re-authenticating). The cache warmed up again to about 97% hits without intervention.",
            "action": "Hold memcached (apt-mark hold) or disable unattended upgrades on std-cache-01 on event days, and patch it in a maintenance window. No recovery action is needed now.",
        },
    })

    # --- Phoenix sensor hub runs out of file descriptors (warn) ----------------
    ns = "crowd-safety"
    hub = "crowd-sensor-hub-0"
    gws = [daemon_pod("sensor-uplink") for _ in range(2)]
    out.append({
        "key": "std-hub-fds", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T13:58:01",
        "question": "Right after the concourse Wi-Fi blip, crowd-density tiles for the North stand went stale and sensor uplinks kept failing to connect to the hub. Is the hub crashing?",
        "selector": {"namespace": ns},
        "labels": {
            "hub": K(ns, hub, "hub", "std-k8s-n3"),
            "u1": K(ns, gws[0], "uplink", "std-edge-n1"),
            "u2": K(ns, gws[1], "uplink", "std-edge-n2"),
        },
        "lines": [
            (0.0, "hub", "%%hms%% [info] CONNECTED TO CrowdSafetyWeb.SensorSocket in 312µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{\"sensor_id\" => \"S-N4-017\", \"vsn\" => \"2.0.0\"}"),
            (2.3, "hub", "%%hms%% [warning] open sockets 4071 of 4096 allowed file descriptors (sensors: 1204 registered)", 1),
            (1.9, "hub", "%%hms%% [error] Ranch acceptor reducing accept rate: out of file descriptors", 1),
            (0.4, "u1", "%%isos%% WARN hub connect failed: timeout after 5000ms, retrying in 8s (attempt 3) sensors=38"),
            (0.8, "hub", "%%hms%% [error] File operation error: emfile. Target: /app/lib/crowd_safety-2.3.1/priv/zones.json. Function: read_file_info. Process: code_server."),
            (1.2, "u2", "%%isos%% WARN hub connect failed: timeout after 5000ms, retrying in 8s (attempt 4) sensors=41"),
            (0.6, "hub", "%%hms%% [error] Ranch acceptor reducing accept rate: out of file descriptors"),
            (3.5, "hub", "%%hms%% [warning] density for zone north-lower not updated for 45s (last sample 13:57:21)"),
            (5.2, "u1", "%%isos%% WARN hub connect failed: timeout after 5000ms, retrying in 8s (attempt 4) sensors=38"),
            (14.4, "hub", "%%hms%% [info] reaped 1388 sensor sockets without heartbeat for 60s (stale after Wi-Fi reassociation)"),
            (1.1, "hub", "%%hms%% [info] CONNECTED TO CrowdSafetyWeb.SensorSocket in 287µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{\"sensor_id\" => \"S-N1-002\", \"vsn\" => \"2.0.0\"}"),
            (0.5, "u1", "%%isos%% INFO hub connected, 38 sensors resubscribed"),
            (0.9, "u2", "%%isos%% INFO hub connected, 41 sensors resubscribed"),
            (9.6, "hub", "%%hms%% [info] open sockets 1322 of 4096 allowed file descriptors (sensors: 1204 registered)"),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "resource_exhausted", "component": "crowd-sensor-hub",
            "root_cause": "After the Wi-Fi blip the sensors reconnected while their old websocket connections were still open on the hub. crowd-sensor-hub hit its 4096 file-descriptor limit, and Ranch stopped accepting new connections until the stale sockets timed out.",
            "summary": "For about 30 seconds the hub logged 'out of file descriptors'/emfile, uplinks could not connect and North stand density went stale. Once 1388 stale sockets were reaped after 60 s without heartbeat, all sensors reconnected.",
            "action": "Raise the hub container's nofile limit well above the sensor count and shorten the heartbeat timeout for sensor sockets so stale connections are dropped sooner. No recovery action is needed now.",
        },
    })

    # --- Dagster step killed for memory, retried in chunked mode (warn) --------
    ns = "dagster"
    run_id = uuidish()
    runpod = "dagster-run-%s-%s" % (run_id, _alnum(5))
    step_hash = hexid(32)
    steppod = "dagster-step-%s-%s" % (step_hash, _alnum(5))
    job = "concessions_sales_daily"

    def dg(level, step, event, msg):
        return "%%dag%% - dagster - " + level + " - " + job + " - " + run_id + " - 1 - " + step + " - " + event + " - " + msg

    out.append({
        "key": "std-dagster-oom", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-19T01:30:04",
        "question": "The nightly concessions sales job had a failed step after the derby. The run shows green now - was anything wrong?",
        "selector": None,
        "labels": {
            "run": K(ns, runpod, "dagster", "std-k8s-n2"),
            "step": K(ns, steppod, "dagster", "std-k8s-n4"),
            "kern": NODE("kernel", "std-k8s-n4"),
        },
        "lines": [
            (0.0, "run", dg("DEBUG", "sales_by_stand", "STEP_START", "Started execution of step \"sales_by_stand\".")),
            (3.2, "step", dg("INFO", "sales_by_stand", "-", "loading 4,812,330 POS transactions for 2026-04-18 (derby day) into memory")),
            (71.8, "kern", "python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=996"),
            (0.0, "kern", "Memory cgroup out of memory: Killed process 8812 (python) total-vm:3411256kB, anon-rss:2093844kB, file-rss:11020kB, shmem-rss:0kB, UID:1000 pgtables:4520kB oom_score_adj:996", 1),
            (4.6, "run", dg("ERROR", "sales_by_stand", "STEP_FAILURE", "Discovered failed Kubernetes job dagster-step-" + step_hash + " for step sales_by_stand. Pod " + steppod + ": container 'dagster' terminated, reason OOMKilled, exit code 137."), 1),
            (0.2, "run", dg("DEBUG", "sales_by_stand", "STEP_UP_FOR_RETRY", "Execution of step \"sales_by_stand\" failed and has requested a retry in 60 seconds.")),
            (60.5, "run", dg("DEBUG", "sales_by_stand", "STEP_RESTARTED", "Started re-execution (attempt # 2) of step \"sales_by_stand\".")),
            (3.9, "run", dg("INFO", "sales_by_stand", "-", "attempt 2: previous attempt was killed for memory, switching to chunked read (chunksize=250000)")),
            (188.3, "run", dg("DEBUG", "sales_by_stand", "STEP_SUCCESS", "Finished execution of step \"sales_by_stand\" in 3m12s.")),
            (0.6, "run", dg("DEBUG", "-", "RUN_SUCCESS", "Finished execution of run for \"" + job + "\".")),
        ],
        "expected": {
            "severity": "WARN", "root_cause_category": "oom_killed", "component": "sales_by_stand",
            "root_cause": "On derby day the sales_by_stand step loaded 4.8 million POS transactions into memory at once. Its step pod went past its roughly 2 GiB memory limit and the kernel killed the python process.",
            "summary": "The first attempt was OOM-killed (exit 137). Dagster's retry policy re-ran the step, which switched to chunked reads and succeeded, so the run finished green about five minutes late.",
            "action": "Optional but advisable: make sales_by_stand read in chunks on every attempt, or raise its step pod's memory limit, so big match days don't depend on the retry.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 6: batch - stadium match-day, part B (error + critical windows)
# --------------------------------------------------------------------------


def batch_stadium_b():
    out = []

    # --- CouchDB node stopped; Elixir cache GenServer crashes (quiet, nested) --
    ns = "ticketing"
    tg_rs = Deploy("ticket-gate")
    tg1, tg2 = tg_rs.pod(), tg_rs.pod()
    couch = "std-couch-02"
    crash = ("%%hms%% [error] GenServer TicketGate.TicketCache terminating\n"
             "** (MatchError) no match of right hand side value: {:error, %Mint.TransportError{reason: :econnrefused}}\n"
             "    (ticket_gate 1.4.2) lib/ticket_gate/ticket_cache.ex:88: TicketGate.TicketCache.handle_info/2\n"
             "    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/4\n"
             "    (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6\n"
             "    (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\n"
             "Last message: :refresh\n"
             "State: %{db: \"tickets_sta_hul_20260418\", entries: 41822, last_seq: \"88120-g1AAAAFTeJzLYWBg4MhgTmHgz8tPSTV0MDQy\", url: \"http://10.60.3.12:5984\"}")
    report = ("=CRASH REPORT==== %%erl%% ===\n"
              "  crasher:\n"
              "    initial call: Elixir.TicketGate.TicketCache:init/1\n"
              "    pid: <0.2211.0>\n"
              "    registered_name: 'Elixir.TicketGate.TicketCache'\n"
              "    exception error: no match of right hand side value {error,#{'__exception__' => true,'__struct__' => 'Elixir.Mint.TransportError',reason => econnrefused}}\n"
              "      in function  'Elixir.TicketGate.TicketCache':handle_info/2 (lib/ticket_gate/ticket_cache.ex, line 88)\n"
              "    ancestors: ['Elixir.TicketGate.Supervisor',<0.2190.0>]\n"
              "    message_queue_len: 0\n"
              "    links: [<0.2190.0>]\n"
              "  neighbours:")

    def phx(rid, msg):
        return "%%hms%% request_id=" + rid + " [info] " + msg

    out.append({
        "key": "std-couch-stopped", "domain": STADIUM, "platform": "hybrid", "quiet": True, "nested": True,
        "start": "2026-04-18T14:01:30",
        "question": "Gates N1-N6 show 'validation unavailable' and ticket-gate logs GenServer crashes with MatchError. Is there a bug in ticket-gate?",
        "selector": None,
        "labels": {
            "auth": HOST(couch, "auth"),
            "sd": HOST(couch, "systemd"),
            "tg1": K(ns, tg1, "ticket-gate", "std-k8s-n1"),
            "tg2": K(ns, tg2, "ticket-gate", "std-k8s-n3"),
        },
        "lines": [
            (0.0, "auth", "sudo: ops-jlee : TTY=pts/1 ; PWD=/home/ops-jlee ; USER=root ; COMMAND=/usr/bin/systemctl stop couchdb", 1),
            (0.2, "sd", "systemd[1]: Stopping couchdb.service - Apache CouchDB...", 1),
            (2.1, "sd", "systemd[1]: couchdb.service: Deactivated successfully."),
            (0.0, "sd", "systemd[1]: Stopped couchdb.service - Apache CouchDB."),
            (27.6, "tg1", crash, 1),
            (0.0, "tg1", report),
            (0.1, "tg1", "%%hms%% [info] Application ticket_gate: TicketGate.TicketCache restarted by TicketGate.Supervisor (restart 1 of 3 in 5s)"),
            (1.3, "tg1", phx("F8p2Kx1c9QhE3aAAAAxB", "POST /api/scan")),
            (0.0, "tg1", "%%hms%% request_id=F8p2Kx1c9QhE3aAAAAxB [warning] online validation failed for ticket T-4410-0921: %Mint.TransportError{reason: :econnrefused}"),
            (0.0, "tg1", phx("F8p2Kx1c9QhE3aAAAAxB", "Sent 503 in 6ms")),
            (2.2, "tg2", crash.replace("entries: 41822", "entries: 41819")),
            (0.8, "tg2", phx("F8p2Ky4nQ0bV7tQAAAyC", "POST /api/scan")),
            (0.0, "tg2", "%%hms%% request_id=F8p2Ky4nQ0bV7tQAAAyC [warning] online validation failed for ticket T-5521-1187: %Mint.TransportError{reason: :econnrefused}"),
            (0.0, "tg2", phx("F8p2Ky4nQ0bV7tQAAAyC", "Sent 503 in 5ms")),
            (28.4, "tg1", crash),
            (9.9, "tg1", "%%hms%% [warning] gates N1,N2,N3,N4,N5,N6 switched to manual validation after 20 failed scans"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "connection_refused", "component": "couchdb",
            "root_cause": "An operator stopped couchdb.service on std-couch-02 with systemctl. ticket-gate is configured against that one node (10.60.3.12:5984), so its cache refresh and online validation get econnrefused.",
            "summary": "The generic MatchError in TicketGate.TicketCache (plus its crash report) wraps {:error, %Mint.TransportError{reason: :econnrefused}}. The cache keeps restarting, scans return 503 and the North gates fell back to manual checks.",
            "action": "Start couchdb on std-couch-02 again (systemctl start couchdb), or point ticket-gate at the CouchDB load balancer or another cluster node. Don't stop database nodes during a match without a change ticket.",
        },
    })

    # --- resync CronJob burns the partner API quota (quiet) --------------------
    ns = "turnstiles"
    gw_rs = Deploy("turnstile-gateway")
    g1, g2 = gw_rs.pod(), gw_rs.pod()
    rs_pod = cron_pod("season-ticket-resync", "2026-04-18T13:30")
    rs_job = rs_pod.rsplit("-", 1)[0]

    def lookup_fail(pod, rid, ticket):
        return pino(50, pod, "partner ticket lookup failed", reqId=rid, ticket=ticket,
                    err={"type": "PartnerApiError", "message": "429 Too Many Requests: quota of 600 requests/min for client stadium-north exhausted", "statusCode": 429, "retryAfter": 41})

    out.append({
        "key": "std-partner-quota", "domain": STADIUM, "platform": "kubernetes", "quiet": True,
        "start": "2026-04-18T13:30:00",
        "question": "Away fans with partner-issued tickets can't get through turnstiles - the gateway shows 429s from the ticket partner. Is the partner down or is it us?",
        "selector": None,
        "labels": {
            "ev": EV("ticketing-batch"),
            "rs": K("ticketing-batch", rs_pod, "resync", "std-k8s-n5"),
            "g1": K(ns, g1, "gateway", "std-k8s-n2"),
            "g2": K(ns, g2, "gateway", "std-k8s-n4"),
        },
        "lines": [
            (0.4, "ev", "Normal SuccessfulCreate cronjob/season-ticket-resync Created job " + rs_job),
            (6.8, "rs", "%%isos%% INFO starting full resync of season tickets from partner API: 38211 tickets, concurrency=16, no rate limit configured", 1),
            (44.1, "rs", "%%isos%% INFO progress 540/38211 (12.0 req/s, 429 responses: 0)"),
            (3.2, "g1", pino(30, g1, "incoming request", reqId="req-9a1", req={"method": "POST", "url": "/v1/scan", "hostname": "turnstile-gateway.turnstiles.svc", "remoteAddress": "10.50.21.4", "remotePort": 44120})),
            (0.1, "g1", lookup_fail(g1, "req-9a1", "P-77120-0031"), 1),
            (0.0, "g1", pino(30, g1, "request completed", reqId="req-9a1", res={"statusCode": 503}, responseTime=88.4)),
            (0.9, "g2", lookup_fail(g2, "req-4c7", "P-77120-0187")),
            (0.0, "g2", pino(30, g2, "request completed", reqId="req-4c7", res={"statusCode": 503}, responseTime=91.2)),
            (1.4, "rs", "%%isos%% WARN partner API 429 for season ticket S-20911, backing off 2s (worker 11)"),
            (2.2, "g1", lookup_fail(g1, "req-9a9", "P-77120-0212")),
            (0.0, "g1", pino(30, g1, "request completed", reqId="req-9a9", res={"statusCode": 503}, responseTime=79.8)),
            (5.5, "g2", pino(40, g2, "gate S2 partner lookups failing, advising stewards to use manual check", gate="S2", failedLastMinute=64)),
            (9.7, "g1", lookup_fail(g1, "req-9b3", "P-77120-0419")),
            (0.0, "g1", pino(30, g1, "request completed", reqId="req-9b3", res={"statusCode": 503}, responseTime=84.0)),
            (12.3, "rs", "%%isos%% INFO progress 1180/38211 (10.1 req/s, 429 responses: 311)"),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "rate_limited", "component": "season-ticket-resync",
            "root_cause": "The season-ticket-resync CronJob started a full resync of 38,211 tickets at 13:30 with 16 workers and no rate limit. It uses up the stadium-north client's quota of 600 requests per minute at the ticket partner, so turnstile-gateway's live lookups get 429.",
            "summary": "Partner-ticket scans at the away gates fail with 503 because every partner lookup returns 429 'quota ... exhausted', and stewards moved to manual checks. The partner is up: our own batch job spends the shared quota.",
            "action": "Suspend the season-ticket-resync CronJob now (kubectl patch cronjob ... suspend=true, delete the running job). Reschedule it away from match days, rate-limit it well under 600/min, or give it a separate partner client ID.",
        },
    })

    # --- half-time POS scale-up cannot be scheduled (error) --------------------
    ns = "concessions"
    pos_rs = Deploy("pos-api")
    running = pos_rs.pod()
    pend = [pos_rs.pod() for _ in range(3)]
    ca = Deploy("cluster-autoscaler").pod()
    sched_msg = ("0/7 nodes are available: 2 node(s) had untolerated taint {dedicated: video}, 2 node(s) didn't match Pod's node affinity/selector, 3 Insufficient cpu. "
                 "preemption: 0/7 nodes are available: 3 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling.")
    out.append({
        "key": "std-pos-pending", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T13:44:31",
        "question": "At half-time the concessions tills got 'busy, try again' errors. pos-api was supposed to autoscale - why didn't it help?",
        "selector": None,
        "labels": {
            "ev": EV(ns),
            "ks": EV("kube-system"),
            "ca": K("kube-system", ca, "cluster-autoscaler", "std-k8s-n1"),
            "pos": K(ns, running, "pos-api", "std-k8s-n2"),
        },
        "lines": [
            (0.0, "ev", "Normal SuccessfulRescale horizontalpodautoscaler/pos-api New size: 14; reason: cpu resource utilization (percentage of request) above target"),
            (0.2, "ev", "Normal ScalingReplicaSet deployment/pos-api Scaled up replica set pos-api-%s to 14 from 8" % pos_rs.hash),
            (0.4, "ev", "Warning FailedScheduling pod/%s %s" % (pend[0], sched_msg), 1),
            (0.0, "ev", "Warning FailedScheduling pod/%s %s" % (pend[1], sched_msg)),
            (9.6, "ca", "I%%klog%%       1 orchestrator.go:574] Pod concessions/%s can't be scheduled on std-general, predicate checking error: Insufficient cpu; predicateName=NodeResourcesFit; reasons: Insufficient cpu" % pend[0]),
            (0.1, "ca", "I%%klog%%       1 orchestrator.go:624] Skipping node group std-general - max size reached (3)"),
            (0.3, "ev", "Normal NotTriggerScaleUp pod/%s pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: video}" % pend[0], 1),
            (2.7, "pos", "INFO:     10.44.3.7:52110 - \"POST /v1/orders HTTP/1.1\" 201 Created"),
            (1.4, "pos", "%%dw%% WARNING pos_api.admission: worker queue full (64/64), rejecting order from till S3-11 with 503"),
            (0.0, "pos", "INFO:     10.44.3.21:40022 - \"POST /v1/orders HTTP/1.1\" 503 Service Unavailable"),
            (3.9, "pos", "%%dw%% WARNING pos_api.admission: worker queue full (64/64), rejecting order from till N12-04 with 503"),
            (0.0, "pos", "INFO:     10.44.3.9:40188 - \"POST /v1/orders HTTP/1.1\" 503 Service Unavailable"),
            (20.1, "ev", "Warning FailedScheduling pod/%s %s" % (pend[2], sched_msg)),
            (6.3, "pos", "%%dw%% WARNING pos_api.admission: worker queue full (64/64), rejecting order from till E2-07 with 503"),
            (30.2, "ev", "Normal NotTriggerScaleUp pod/%s pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: video}" % pend[2]),
        ],
        "expected": {
            "severity": "ERROR", "root_cause_category": "scheduling", "component": "pos-api",
            "root_cause": "The HPA scaled pos-api from 8 to 14 replicas at half-time, but the 6 new pods cannot be scheduled. The general nodes have no CPU left, the other nodes are tainted for video or excluded by affinity, and the cluster autoscaler cannot add nodes because node group std-general is at its max size of 3.",
            "summary": "The new pos-api pods stay Pending (FailedScheduling: Insufficient cpu, untolerated taint; NotTriggerScaleUp: max node group size reached). The running pods fill their worker queues and reject till orders with 503.",
            "action": "Raise the max size of node group std-general (or pre-scale it before matches) so the pending pos-api pods can schedule. Review pos-api CPU requests and set minReplicas higher on match days.",
        },
    })

    # --- memory hardware errors take the video node down (critical) ------------
    node = "std-k8s-gpu2"
    rend_rs = Deploy("board-renderer")
    rend = rend_rs.pod()
    ctl = Deploy("board-controller").pod()
    out.append({
        "key": "std-gpu-node-mce", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T14:21:05",
        "question": "The main video board went black mid-second-half and board-renderer keeps dying. What's happening?",
        "selector": None,
        "labels": {
            "kern": NODE("kernel", node),
            "kl": NODE("kubelet", node),
            "rend": K("videoboard", rend, "renderer", node),
            "ctl": K("videoboard", ctl, "board-controller", "std-k8s-n3"),
            "evd": EV("default"),
            "ev": EV("videoboard"),
        },
        "lines": [
            (0.0, "kern", "mce: [Hardware Error]: Machine check events logged"),
            (0.0, "kern", "EDAC MC0: 3 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x12f4a1 offset:0x400 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:1 bg:2 ba:1 row:0x97a5 col:0x280)", 1),
            (41.3, "kern", "mce: [Hardware Error]: Machine check events logged"),
            (0.0, "kern", "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x12f4a1 offset:0x440 grain:32 - err_code:0x0000:0x009f socket:0 imc:0 rank:1 bg:2 ba:1 row:0x97a5 col:0x288)", 1),
            (0.0, "kern", "Memory failure: 0x12f4a1: Sending SIGBUS to board-renderer:8812 due to hardware memory corruption", 1),
            (0.0, "kern", "Memory failure: 0x12f4a1: recovery action for dirty LRU page: Recovered"),
            (0.4, "rend", "%%isos%% FATAL renderer: received SIGBUS (bus error) in frame compositor; last frame 1922041"),
            (1.2, "ctl", "%%isos%% ERROR board-controller: renderer stream lost on output MAIN-1, showing fallback black"),
            (8.4, "ev", "Warning BackOff pod/%s Back-off restarting failed container renderer in pod %s_videoboard(%s)" % (rend, rend, uuidish())),
            (26.9, "kern", "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 13: be00000000800090"),
            (0.0, "kern", "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8a01c2d5> {clear_page_erms+0x15/0x30}"),
            (0.0, "kern", "Kernel panic - not syncing: Fatal machine check", 1),
            (44.7, "evd", "Normal NodeNotReady node/%s Node %s status is now: NodeNotReady" % (node, node), 1),
            (0.6, "ev", "Warning NodeNotReady pod/%s Node is not ready" % rend),
            (3.8, "ctl", "%%isos%% ERROR board-controller: no renderer available for MAIN-1 (1 of 1 GPU nodes not ready)"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "node_failure", "component": "std-k8s-gpu2",
            "root_cause": "The DIMM on channel 1 of std-k8s-gpu2 is failing. Corrected ECC errors were followed by an uncorrectable error that hit board-renderer's memory (SIGBUS), and then a fatal machine check panicked the kernel. The only GPU node for the board is down.",
            "summary": "EDAC reported CE and then UE memory errors on CPU_SrcID#0_MC#0_Chan#1_DIMM#0. The renderer was killed by SIGBUS, the node panicked and is NotReady, and the main video board shows black because no other GPU node exists.",
            "action": "Keep std-k8s-gpu2 cordoned and have the DIMM (channel 1, slot 0) replaced. To recover now, bring up the spare GPU node or move the renderer to the backup media server. Plan a second GPU node for redundancy.",
        },
    })

    # --- Go sensor gateway panics on new firmware frames (nested) --------------
    ns = "crowd-safety"
    sg_rs = Deploy("sensor-gateway")
    sg = sg_rs.pod()
    hub = "crowd-sensor-hub-0"
    uid = uuidish()
    panic = ("panic: runtime error: index out of range [8] with length 8 [recovered]\n"
             "\tpanic: sensor-gateway: batch worker 3 failed\n\n"
             "goroutine 41 [running]:\n"
             "main.(*worker).run.func1()\n"
             "\t/src/cmd/sensor-gateway/worker.go:58 +0x1d4\n"
             "panic({0x8a2f40?, 0xc0001a2ed0?})\n"
             "\t/usr/local/go/src/runtime/panic.go:785 +0x132\n"
             "github.com/stadiumops/crowd/frame.(*Decoder).decodeV2(0xc0002b4000, {0xc0004c6000, 0x9, 0x9})\n"
             "\t/src/frame/decode.go:112 +0x5e5\n"
             "github.com/stadiumops/crowd/frame.(*Decoder).Frame(0xc0002b4000, {0xc0004c2000, 0x3a, 0x200})\n"
             "\t/src/frame/decode.go:77 +0x1a5\n"
             "main.(*worker).run(0xc000118d20)\n"
             "\t/src/cmd/sensor-gateway/worker.go:71 +0x2f1\n"
             "created by main.startWorkers in goroutine 1\n"
             "\t/src/cmd/sensor-gateway/main.go:94 +0x1b8")
    out.append({
        "key": "std-gateway-panic", "domain": STADIUM, "platform": "kubernetes", "nested": True,
        "start": "2026-04-18T12:15:40",
        "question": "The crowd-safety sensor-gateway is in CrashLoopBackOff an hour before kick-off and the density map is blank. The panic says 'batch worker 3 failed' - what is actually crashing it?",
        "selector": {"namespace": ns},
        "labels": {
            "sg": K(ns, sg, "sensor-gateway", "std-k8s-n2"),
            "ev": EV(ns),
            "hub": K(ns, hub, "hub", "std-k8s-n3"),
        },
        "lines": [
            (0.0, "sg", "time=%%iso%% level=INFO msg=\"sensor-gateway starting\" version=1.7.3 workers=8"),
            (1.1, "sg", "time=%%iso%% level=INFO msg=\"subscribed\" topic=sensors/+/frames broker=tcp://mqtt.crowd-safety.svc:1883"),
            (0.9, "sg", "time=%%iso%% level=WARN msg=\"unknown firmware version, decoding as v2\" sensor=S-E2-004 fw=3.2.0 fields=9", 1),
            (0.0, "sg", panic, 1),
            (0.8, "ev", "Warning BackOff pod/%s Back-off restarting failed container sensor-gateway in pod %s_%s(%s)" % (sg, sg, ns, uid)),
            (2.6, "hub", "%%hms%% [warning] no frames from sensor-gateway for 30s; density map stale for 11 zones"),
            (38.1, "sg", "time=%%iso%% level=INFO msg=\"sensor-gateway starting\" version=1.7.3 workers=8"),
            (1.0, "sg", "time=%%iso%% level=INFO msg=\"subscribed\" topic=sensors/+/frames broker=tcp://mqtt.crowd-safety.svc:1883"),
            (0.7, "sg", "time=%%iso%% level=WARN msg=\"unknown firmware version, decoding as v2\" sensor=S-E2-011 fw=3.2.0 fields=9"),
            (0.0, "sg", panic.replace("batch worker 3", "batch worker 6").replace("goroutine 41", "goroutine 44")),
            (1.2, "ev", "Warning BackOff pod/%s Back-off restarting failed container sensor-gateway in pod %s_%s(%s)" % (sg, sg, ns, uid)),
            (4.4, "hub", "%%hms%% [error] density feed down for 45s; safety officer dashboard switched to CCTV-only mode"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "application_error", "component": "sensor-gateway",
            "root_cause": "sensor-gateway's v2 frame decoder indexes a fixed 8-field layout. Sensors on firmware 3.2.0 send 9 fields, so decodeV2 panics with 'index out of range [8] with length 8'. The worker's deferred recover re-panics with the generic 'batch worker N failed' and the whole process dies.",
            "summary": "Each time a 3.2.0 sensor frame arrives the gateway crashes. The real cause is the recovered index-out-of-range panic in frame.(*Decoder).decodeV2 (decode.go:112). The pod is in back-off and the crowd-density map is stale.",
            "action": "Make decodeV2 check the field count and skip or park unknown-firmware frames, and ship a hotfix. As a stopgap, block or roll back the 3.2.0 sensors (S-E2-*) on the MQTT side so the gateway stays up before kick-off.",
        },
    })

    # --- ScyllaDB node runs out of disk and isolates itself (critical) ---------
    h = "std-scylla-03"

    def sy(level, shard, logger, msg):
        return "scylla[2231]:  [shard " + shard + "] " + logger + " - " + msg

    enospc = "std::system_error (error system:28, No space left on device)"
    out.append({
        "key": "std-scylla-enospc", "domain": STADIUM, "platform": "linux-host",
        "start": "2026-04-18T14:36:12",
        "question": "ticket-scan writes started failing with 'Cannot achieve consistency level QUORUM' in the second half. Which Scylla node is the problem and why?",
        "selector": None,
        "labels": {
            "sc": HOST(h, "scylla"),
            "scan": HOST("std-scan-01", "scan-ingest"),
        },
        "lines": [
            (0.0, "scan", "%%isos%% WARN scan-ingest: host 10.60.5.11:9042 (std-scylla-01) is down (planned maintenance since 14:05); writing with 2 of 3 replicas"),
            (2.4, "sc", sy("INFO", "2", "compaction", "[Compact ticketing.scans 1a77c0e0-1d62-11f0-8d44-5e0c2b91aa13] Compacting [/var/lib/scylla/data/ticketing/scans-1f0e/me-3gmk_0y2a_...-big-Data.db:level=0:origin=memtable, ... 14 sstables]")),
            (31.6, "sc", sy("WARN", "2", "compaction_manager", "Compaction task for ticketing.scans failed: " + enospc + ". Will retry in 8 seconds"), 1),
            (4.2, "sc", sy("ERROR", "5", "commitlog", "Exception in segment reservation: storage_io_error (Storage I/O error: 28: No space left on device)"), 1),
            (0.3, "sc", sy("ERROR", "0", "storage_service", "Shutting down communications due to I/O errors until operator intervention: Disk error: " + enospc), 1),
            (0.1, "sc", sy("INFO", "0", "storage_service", "Stop transport: shutdown rpc and cql server done")),
            (0.2, "sc", sy("INFO", "0", "gossip", "My status = NORMAL; announcing shutdown")),
            (1.6, "scan", "%%isos%% ERROR scan-ingest: write scan T-3310-0882 gate W2: Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1"),
            (0.9, "scan", "%%isos%% ERROR scan-ingest: write scan T-3310-1204 gate W2: Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1"),
            (2.2, "scan", "%%isos%% WARN scan-ingest: host 10.60.5.13:9042 (std-scylla-03) marked down by driver"),
            (6.4, "scan", "%%isos%% ERROR scan-ingest: write scan T-3312-0045 gate S1: Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1"),
            (12.8, "scan", "%%isos%% WARN scan-ingest: 214 scans buffered locally (not yet persisted), oldest 21s"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "resource_exhausted", "component": "scylla",
            "root_cause": "The data disk on std-scylla-03 is full: compaction and commitlog segment reservation fail with ENOSPC (error 28). Scylla shut down its own communications until an operator intervenes. With std-scylla-01 already down for maintenance, only one replica is left, so QUORUM writes fail.",
            "summary": "std-scylla-03 isolated itself after 'No space left on device'. ticket-scan writes fail at QUORUM ('Requires 2, alive 1') and scans pile up unpersisted on scan-ingest.",
            "action": "Free space on std-scylla-03 now (clear snapshots with nodetool clearsnapshot, remove old backups) and restart scylla-server, or bring std-scylla-01 back first to restore QUORUM. Then add disk headroom and disk-usage alerts below 80%.",
        },
    })

    # --- Linkerd trust chain: identity issuer certificate expired (critical) ---
    ident = Deploy("linkerd-identity").pod()
    sf = Deploy("scoreboard-feed").pod()
    ra = Deploy("replay-api").pod()
    newp = Deploy("stats-ingest").pod()
    out.append({
        "key": "std-linkerd-issuer", "domain": STADIUM, "platform": "kubernetes",
        "start": "2026-04-18T12:00:41",
        "question": "From noon on, scoreboard-feed can't reach replay-api or stats-ingest - every call in the matchday namespace fails in the mesh. Is it a network problem?",
        "selector": None,
        "labels": {
            "id": K("linkerd", ident, "identity", "std-k8s-n1"),
            "sf": K("matchday", sf, "linkerd-proxy", "std-k8s-n2"),
            "ra": K("matchday", ra, "linkerd-proxy", "std-k8s-n4"),
            "np": K("matchday", newp, "linkerd-proxy", "std-k8s-n3"),
            "app": K("matchday", sf, "scoreboard-feed", "std-k8s-n2"),
        },
        "lines": [
            (0.0, "id", "time=\"%%isos%%\" level=error msg=\"failed to issue certificate for stats-ingest.matchday.serviceaccount.identity.linkerd.cluster.local: issuer certificate expired at 2026-04-18T12:00:00Z (NotAfter)\"", 1),
            (0.4, "np", "[%%up12%%s]  WARN ThreadId(02) identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:controller{addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}: linkerd_app_core::control: Failed to resolve control-plane component error=failed to certify identity: status: Unknown, message: \"issuer certificate expired\""),
            (2.9, "sf", "[%%up86011%%s]  WARN ThreadId(01) outbound:proxy{addr=10.44.6.12:8080}:service{ns=matchday name=replay-api port=8080}:endpoint{addr=10.44.6.12:8080}: linkerd_reconnect: Failed to connect error=invalid peer certificate: Expired", 1),
            (0.2, "ra", "[%%up86217%%s]  INFO ThreadId(01) inbound:server{port=8080}: linkerd_app_core::serve: Connection closed error=TLS handshake failed: invalid peer certificate: Expired client.addr=10.44.2.17:48812"),
            (0.3, "app", "%%isos%% ERROR scoreboard-feed: GET http://replay-api.matchday:8080/v1/latest failed: 502 Bad Gateway (l5d-proxy-error: endpoint 10.44.6.12:8080: invalid peer certificate: Expired)"),
            (3.8, "sf", "[%%up86015%%s]  WARN ThreadId(01) outbound:proxy{addr=10.44.6.30:9000}:service{ns=matchday name=stats-ingest port=9000}: linkerd_app_outbound::http::logical: Service unavailable error=logical service stats-ingest.matchday.svc.cluster.local:9000: service unavailable"),
            (1.1, "id", "time=\"%%isos%%\" level=error msg=\"failed to issue certificate for stats-ingest.matchday.serviceaccount.identity.linkerd.cluster.local: issuer certificate expired at 2026-04-18T12:00:00Z (NotAfter)\""),
            (5.9, "app", "%%isos%% ERROR scoreboard-feed: GET http://replay-api.matchday:8080/v1/latest failed: 502 Bad Gateway (l5d-proxy-error: endpoint 10.44.6.12:8080: invalid peer certificate: Expired)"),
            (10.4, "np", "[%%up12%%s]  WARN ThreadId(02) identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:controller{addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}: linkerd_app_core::control: Failed to resolve control-plane component error=failed to certify identity: status: Unknown, message: \"issuer certificate expired\""),
            (0.7, "app", "%%isos%% ERROR scoreboard-feed: live stats stale for 30s, board showing last known score"),
        ],
        "expected": {
            "severity": "CRITICAL", "root_cause_category": "tls_certificate", "component": "linkerd-identity",
            "root_cause": "The Linkerd identity issuer certificate expired at 12:00 UTC. linkerd-identity can no longer issue proxy certificates, and peers reject the certificates chained to the expired issuer ('invalid peer certificate: Expired'), so mTLS fails across the mesh.",
            "summary": "All meshed calls in matchday fail with TLS handshake errors and 502s, and new proxies such as stats-ingest cannot get an identity at all. scoreboard-feed is serving stale data. The network itself is fine.",
            "action": "Rotate the Linkerd identity issuer certificate and key now (under the existing trust anchor) and restart the proxies/workloads in matchday so they get fresh certificates. Automate issuer rotation with cert-manager and alert well before NotAfter.",
        },
    })
    return out

# --------------------------------------------------------------------------
# section 7: assembly and output
# --------------------------------------------------------------------------

BATCHES = (batch_lifts_a, batch_lifts_b, batch_lifts_c,
           batch_audio_a, batch_audio_b,
           batch_stadium_a, batch_stadium_b)


def build():
    """Return (records, metas) in file order.  Reseeds, so it is repeatable."""
    RNG.seed(SEED)
    specs = []
    for batch in BATCHES:
        specs.extend(batch())
    pairs = [make_record(s) for s in specs]
    RNG.shuffle(pairs)
    records, metas = [], []
    for i, (rec, meta) in enumerate(pairs, 1):
        rec["id"] = "dev49-%03d" % i
        meta["id"] = rec["id"]
        records.append(rec)
        metas.append(meta)
    return records, metas


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv):
    records, metas = build()
    if "--meta" in argv:
        for m in metas:
            print("%s %-28s quiet=%d nested=%d" % (m["id"], m["key"], m["quiet"], m["nested"]))
        return 0
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, OUT_NAME)
    with open(path, "wb") as fh:
        fh.write(serialise(records))
    print("wrote %d records to %s" % (len(records), path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
