#!/usr/bin/env python3
"""Generator for the dev25 held-out golden set (loglens golden format v1).

Standard library only.  Output is fully deterministic: every record draws its
random values (pod hashes, IPs, request ids, jitter) from its own
random.Random seeded with a fixed string, and all timestamps are derived from
fixed base datetimes written in this file (no wall clock is read).

Themes: biotech / pharma labs, municipal water & wastewater utilities,
museums / digital archives.

Usage:  python3 make_dev25.py [output-path]
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "dev25.jsonl")

RECORDS = []  # builder functions, in output order


def record(fn):
    RECORDS.append(fn)
    return fn


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------------------
# time tokens usable inside log lines:  @TOKEN@  is replaced by the line's time
# ---------------------------------------------------------------------------
def _tok(t, name):
    ms = t.microsecond // 1000
    us = t.microsecond
    if name == "ISO":        # 2026-03-01T12:00:01.123Z
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if name == "ISOS":       # 2026-03-01T12:00:01Z
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if name == "ISOU":       # 2026-03-01T12:00:01.123456Z
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us
    if name == "ISOO":       # 2026-03-01T12:00:01.123+00:00
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms
    if name == "KLOG":       # 0301 12:00:01.123456
        return t.strftime("%m%d %H:%M:%S.") + "%06d" % us
    if name == "PG":         # 2026-03-01 12:00:01.123 UTC
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms
    if name == "PY":         # 2026-03-01 12:00:01,123
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if name == "JAVA":       # 2026-03-01 12:00:01.123
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
    if name == "NGINX":      # 01/Mar/2026:12:00:01 +0000
        return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))
    if name == "HAP":        # 01/Mar/2026:12:00:01.123
        return "%02d/%s/%d:%s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)
    if name == "EPOCHMS":
        return str(int(t.timestamp() * 1000))
    if name == "EPOCHS":     # integer seconds
        return str(int(t.timestamp()))
    if name == "EPOCH":      # zap production encoder: float seconds
        return "%.6f" % t.timestamp()
    if name == "REDIS":      # 01 Mar 2026 12:00:01.123
        return "%02d %s %d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)
    if name == "ES":         # 2026-03-01T12:00:01,123
        return t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % ms
    if name == "SYSLOG":     # Mar  1 12:00:01
        return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))
    if name == "RMQ":        # 2026-03-01 12:00:01.123456+00:00
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % us
    if name == "GO":         # 2026/03/01 12:00:01
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if name == "SECS":       # 2026-03-01T12:00:01+00:00
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    if name == "CLOCK":      # 12:00:01.123
        return t.strftime("%H:%M:%S.") + "%03d" % ms
    if name == "NF":         # Nextflow: Jan-23 04:11:52.771
        return "%s-%02d %s.%03d" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), ms)
    if name == "DATE":
        return t.strftime("%Y-%m-%d")
    if name == "HM":
        return t.strftime("%H:%M")
    raise KeyError(name)


_TOKRE = re.compile(r"@([A-Z]+)@")


def render(line, t):
    return _TOKRE.sub(lambda m: _tok(t, m.group(1)), line)


# ---------------------------------------------------------------------------
# a log window under construction
# ---------------------------------------------------------------------------
class Win:
    def __init__(self, rid, start, ts="ms", tz_minutes=0):
        self.rid = rid
        self.rng = random.Random("dev25/" + rid)
        self.t = start
        self.ts = ts                # ms | us | ns | sec
        self.tz = timezone(timedelta(minutes=tz_minutes))
        self.items = []

    # -- random helpers -------------------------------------------------
    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n, alphabet="bcdfghjklmnpqrstvwxz2456789"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def rs(self):
        """ReplicaSet pod-template-hash + pod suffix, e.g. 7d9fb8c6c5-x2k9p."""
        return "%s-%s" % (self.alnum(self.rng.choice([9, 10])), self.alnum(5))

    def sfx(self, n=5):
        return self.alnum(n)

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab"), h[17:20], h[20:32])

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randint(2, 250)))
        return ".".join(parts)

    def pick(self, seq):
        return self.rng.choice(seq)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    # -- time ------------------------------------------------------------
    def adv(self, lo=0.05, hi=1.5):
        self.t = self.t + timedelta(seconds=self.rng.uniform(lo, hi))
        return self.t

    def skip(self, seconds):
        self.t = self.t + timedelta(seconds=seconds)
        return self.t

    # -- lines -------------------------------------------------------------
    def raw(self, labels, line, ev=False, d=(0.05, 1.5)):
        if d is not None:
            if isinstance(d, (int, float)):
                self.adv(d, d)
            else:
                self.adv(*d)
        self.items.append((self.t, len(self.items), dict(labels), render(line, self.t), ev))
        return self.t

    def log(self, pod, line, ev=False, d=(0.05, 1.5)):
        return self.raw(pod.labels, line, ev=ev, d=d)

    def _fmt_ts(self, t, seq):
        lt = t.astimezone(self.tz)
        base = lt.strftime("%Y-%m-%dT%H:%M:%S")
        off = lt.strftime("%z")
        off = "Z" if off == "+0000" and self.ts != "us" else off[:3] + ":" + off[3:]
        if self.ts == "ms":
            return base + ".%03d" % (lt.microsecond // 1000) + off
        if self.ts == "us":
            return base + ".%06d" % lt.microsecond + off
        if self.ts == "ns":
            extra = random.Random("%s/%d" % (self.rid, seq)).randint(0, 999)
            return base + ".%06d%03d" % (lt.microsecond, extra) + off
        if self.ts == "sec":
            return base + off
        raise ValueError(self.ts)

    def record(self, source, question, selector, expected):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, seq, labels, line, ev) in enumerate(items):
            logs.append({"ts": self._fmt_ts(t, seq), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        exp = dict(expected)
        if exp.get("root_cause_category") == "none":
            exp["evidence"] = []
        else:
            exp["evidence"] = evidence
        rec = {"id": self.rid, "source": source}
        if question is not None:
            rec["question"] = question
        if selector is not None:
            rec["selector"] = selector
        rec["logs"] = logs
        rec["expected"] = exp
        return rec


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


# ---------------------------------------------------------------------------
# log-shipper label conventions
# ---------------------------------------------------------------------------
class Pod:
    def __init__(self, labels, ns, name, container, node, app):
        self.labels = labels
        self.ns, self.name, self.container, self.node, self.app = ns, name, container, node, app


class Shipper:
    """Builds labels (and Kubernetes-event lines) the way a given shipper would.

    conv is one of: promtail, alloy, otel, fluentbit, vector, ecs, datadog,
    logging-operator, viaq.
    """

    def __init__(self, w, conv, cluster, events_node=None):
        self.w, self.conv, self.cluster = w, conv, cluster
        self.events_node = events_node
        self._evpod = None

    # -- container logs --------------------------------------------------
    def pod(self, ns, name, container, node, app, owner="Deployment", stream="stdout"):
        c, w = self.conv, self.w
        if c == "promtail":
            lb = {"namespace": ns, "pod": name, "container": container, "app": app,
                  "job": "%s/%s" % (ns, app), "node_name": node, "stream": stream}
        elif c == "alloy":
            lb = {"cluster": self.cluster, "namespace": ns, "pod": name, "container": container,
                  "job": "%s/%s" % (ns, container), "app_kubernetes_io_name": app,
                  "service_name": app}
        elif c == "otel":
            lb = {"k8s_cluster_name": self.cluster, "k8s_namespace_name": ns, "k8s_pod_name": name,
                  "k8s_container_name": container, "k8s_node_name": node, "service_name": app}
            key = {"Deployment": "k8s_deployment_name", "StatefulSet": "k8s_statefulset_name",
                   "DaemonSet": "k8s_daemonset_name", "Job": "k8s_job_name",
                   "CronJob": "k8s_cronjob_name"}.get(owner)
            if key:
                lb[key] = app
        elif c == "fluentbit":
            lb = {"job": "fluent-bit", "namespace_name": ns, "pod_name": name,
                  "container_name": container, "host": node, "app": app}
        elif c == "vector":
            lb = {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
                  "kubernetes_pod_name": name, "kubernetes_container_name": container,
                  "kubernetes_pod_node_name": node, "stream": stream}
        elif c == "ecs":
            lb = {"data_stream_dataset": "kubernetes.container_logs",
                  "orchestrator_cluster_name": self.cluster, "kubernetes_namespace": ns,
                  "kubernetes_pod_name": name, "kubernetes_container_name": container,
                  "kubernetes_node_name": node, "kubernetes_labels_app": app}
        elif c == "datadog":
            lb = {"kube_cluster_name": self.cluster, "kube_namespace": ns, "pod_name": name,
                  "kube_container_name": container, "host": node, "service": app,
                  "source": container}
            key = {"Deployment": "kube_deployment", "StatefulSet": "kube_stateful_set",
                   "DaemonSet": "kube_daemon_set", "Job": "kube_job", "CronJob": "kube_cronjob"}.get(owner)
            if key:
                lb[key] = app
        elif c == "logging-operator":
            # fluent-plugin-grafana-loki style "configure_kubernetes_labels"
            self._pids = getattr(self, "_pids", {})
            if name not in self._pids:
                self._pids[name] = w.uuid()
            lb = {"namespace": ns, "pod": name, "container": container, "host": node,
                  "pod_id": self._pids[name]}
        elif c == "viaq":
            lb = {"log_type": "infrastructure" if ns.startswith(("openshift", "kube")) else "application",
                  "kubernetes_namespace_name": ns, "kubernetes_pod_name": name,
                  "kubernetes_container_name": container, "kubernetes_host": node}
        else:
            raise ValueError(c)
        return Pod(lb, ns, name, container, node, app)

    # -- node / journald lines ----------------------------------------------
    def host_labels(self, node, unit):
        c = self.conv
        ident = unit.replace(".service", "")
        if c == "promtail":
            lb = {"job": "systemd-journal", "hostname": node, "unit": unit}
            if unit == "kernel":
                lb = {"job": "systemd-journal", "hostname": node, "transport": "kernel"}
        elif c == "alloy":
            lb = {"cluster": self.cluster, "job": "integrations/kubernetes/journal",
                  "instance": node, "unit": unit}
            if unit == "kernel":
                lb = {"cluster": self.cluster, "job": "integrations/kubernetes/journal",
                      "instance": node, "transport": "kernel"}
        elif c == "otel":
            lb = {"k8s_cluster_name": self.cluster, "service_name": ident, "host_name": node,
                  "log_source": "journald"}
        elif c == "fluentbit":
            lb = {"job": "fluent-bit", "tag": "host.%s" % unit, "hostname": node}
        elif c == "vector":
            lb = {"source_type": "journald", "host": node, "systemd_unit": unit}
            if unit == "kernel":
                lb = {"source_type": "journald", "host": node, "syslog_identifier": "kernel"}
        elif c == "ecs":
            lb = {"data_stream_dataset": "journald", "orchestrator_cluster_name": self.cluster,
                  "host_hostname": node, "systemd_unit": unit}
            if unit == "kernel":
                lb = {"data_stream_dataset": "journald", "orchestrator_cluster_name": self.cluster,
                      "host_hostname": node, "journald_process_name": "kernel"}
        elif c == "datadog":
            lb = {"kube_cluster_name": self.cluster, "source": "journald", "host": node,
                  "service": ident}
        elif c == "logging-operator":
            lb = {"host": node, "systemd_unit": unit, "logging_source": "host-tailer"}
        elif c == "viaq":
            lb = {"log_type": "infrastructure", "kubernetes_host": node, "systemd_unit": unit}
        else:
            raise ValueError(c)
        return lb

    def host(self, node, unit, line, ev=False, d=(0.05, 1.5)):
        return self.w.raw(self.host_labels(node, unit), line, ev=ev, d=d)

    # -- Kubernetes events -----------------------------------------------------
    def _exporter_pod(self):
        if self._evpod is None:
            w = self.w
            node = self.events_node or "node"
            if self.conv == "viaq":
                self._evpod = self.pod("openshift-logging", "eventrouter-%s" % w.rs(), "kube-eventrouter",
                                       node, "eventrouter")
            elif self.conv == "logging-operator":
                self._evpod = self.pod("logging", "logging-event-tailer-0", "event-tailer", node,
                                       "event-tailer", owner="StatefulSet")
            else:
                self._evpod = self.pod("monitoring", "event-exporter-%s" % w.rs(), "event-exporter",
                                       node, "event-exporter")
        return self._evpod

    def event(self, ns, kind, name, reason, message, etype="Normal", source="kubelet",
              host=None, count=1, ev=False, d=(0.05, 1.5)):
        w, c = self.w, self.conv
        if d is not None:
            if isinstance(d, (int, float)):
                w.adv(d, d)
            else:
                w.adv(*d)
        t = w.t
        tsz = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        evname = "%s.%s" % (name, w.hexs(16))
        core = {
            "metadata": {"name": evname, "namespace": ns, "uid": w.uuid(),
                         "resourceVersion": str(w.ri(1000000, 99999999)),
                         "creationTimestamp": tsz},
            "involvedObject": {"kind": kind, "namespace": ns, "name": name, "apiVersion": "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim") else "apps/v1"},
            "reason": reason, "message": message,
            "source": {"component": source} if not host else {"component": source, "host": host},
            "firstTimestamp": tsz, "lastTimestamp": tsz, "count": count, "type": etype,
        }
        if kind == "Node":
            core["metadata"]["namespace"] = "default"
            core["involvedObject"].pop("namespace")
        if c == "alloy":
            lb = {"cluster": self.cluster, "job": "integrations/kubernetes/eventhandler",
                  "namespace": ns if kind != "Node" else "default"}
            parts = ["name=%s" % name, "kind=%s" % kind, "action=", "objectAPIversion=%s" % core["involvedObject"]["apiVersion"],
                     "objectRV=%d" % w.ri(100000, 9999999), "eventRV=%s" % core["metadata"]["resourceVersion"],
                     "sourcecomponent=%s" % source]
            if host:
                parts.append("sourcehost=%s" % host)
            parts += ["reason=%s" % reason, "type=%s" % etype, "count=%d" % count,
                      "msg=%s" % json.dumps(message)]
            line = " ".join(parts)
        elif c == "otel":
            lb = {"k8s_cluster_name": self.cluster, "service_name": "unknown_service",
                  "k8s_resource_name": "events", "k8s_namespace_name": ns if kind != "Node" else "default"}
            obj = {"kind": "Event", "apiVersion": "v1", **core}
            line = json.dumps({"type": "ADDED", "object": obj}, separators=(",", ":"))
        elif c == "fluentbit":
            lb = {"job": "fluent-bit", "tag": "k8s_events", "namespace_name": ns if kind != "Node" else "default"}
            line = json.dumps(core, separators=(",", ":"))
        elif c == "ecs":
            lb = {"data_stream_dataset": "kubernetes.event", "orchestrator_cluster_name": self.cluster,
                  "kubernetes_namespace": ns if kind != "Node" else "default",
                  "kubernetes_event_reason": reason, "kubernetes_event_type": etype,
                  "kubernetes_event_involved_object_kind": kind,
                  "kubernetes_event_involved_object_name": name}
            line = message
        elif c == "datadog":
            lb = {"kube_cluster_name": self.cluster, "source": "kubernetes", "event_type": "kubernetes_apiserver",
                  "kube_kind": kind, "kube_name": name, "kube_reason": reason}
            if kind != "Node":
                lb["kube_namespace"] = ns
            obj = "%s %s/%s" % (kind, ns, name) if kind != "Node" else "Node %s" % name
            line = "Events from the %s: %d **%s**: %s" % (obj, count, reason, message)
        elif c == "viaq":
            ep = self._exporter_pod()
            lb = dict(ep.labels)
            line = json.dumps({"verb": "ADDED", "event": core}, separators=(",", ":"))
        else:  # promtail / vector / logging-operator: an event-exporter pod's stdout
            ep = self._exporter_pod()
            lb = dict(ep.labels)
            line = json.dumps(core, separators=(",", ":"))
        w.items.append((t, len(w.items), lb, line, ev))
        return t


def klog(level, tid, src, msg):
    """klog text header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg"""
    return "%s@KLOG@ %7d %s] %s" % (level, tid, src, msg)


def dt(y, mo, d, h, mi, s=0, ms=0):
    return datetime(y, mo, d, h, mi, s, ms * 1000, tzinfo=UTC)


# ===========================================================================
# records
# ===========================================================================

# --- 01 -------------------------------------------------------------------
@record
def r01_lims_healthy():
    w = Win("dev25-01-lims-gke", dt(2026, 2, 3, 9, 14, 2, 118), ts="ns")
    sh = Shipper(w, "promtail", "lims-prod-euw4",
                 events_node="gke-lims-prod-default-pool-3f1c9a2e-m2vd")
    n1 = "gke-lims-prod-default-pool-3f1c9a2e-7xkq"
    n2 = "gke-lims-prod-default-pool-3f1c9a2e-m2vd"
    n3 = "gke-lims-prod-default-pool-3f1c9a2e-q9zt"
    ing = sh.pod("ingress-nginx", "ingress-nginx-controller-%s" % w.rs(), "controller", n3, "ingress-nginx")
    api = sh.pod("lims", "lims-api-%s" % w.rs(), "lims-api", n1, "lims-api")
    trk = sh.pod("lims", "sample-tracker-%s" % w.rs(), "sample-tracker", n2, "sample-tracker")
    bar = sh.pod("lims", "barcode-print-gw-%s" % w.rs(), "barcode-print-gw", n2, "barcode-print-gw")
    exp_pod = "lims-daily-export-29501834-%s" % w.sfx()
    exj = sh.pod("lims", exp_pod, "export", n3, "lims-daily-export", owner="Job")
    up = "10.52.1.%d" % w.ri(10, 60)

    def acc(path, status, size, rt):
        return ('10.128.0.%d - - [@NGINX@] "GET %s HTTP/1.1" %d %d "-" "LIMS-Desktop/5.2.1 (Windows NT 10.0)" %d %.3f '
                '[lims-lims-api-8080] [] %s:8080 %d %.3f %d %s' % (w.ri(2, 40), path, status, size, w.ri(380, 620), rt,
                                                                  up, size, rt - 0.001, status, w.hexs(32)))
    w.log(ing, acc("/api/v2/samples/S-2026-004512", 200, 1834, 0.043))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-7] c.h.lims.web.SampleController           : GET /api/v2/samples/S-2026-004512 -> 200 (41 ms)')
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"consumer/batch.go:118","msg":"batch committed","topic":"sample-events","partition":3,"offset":884213,"records":42,"errors":0}')
    w.log(api, '@ISO@ DEBUG 1 --- [lims-api] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)')
    w.log(bar, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","reqId":"req-%s","printer":"zebra-zt411-lab3","jobId":"PJ-88213","labels":24,"durationMs":812,"msg":"print job completed"}' % (bar.name, w.hexs(6)))
    w.log(ing, acc("/api/v2/plates/P-7731/wells", 200, 20544, 0.118))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-2] c.h.lims.web.PlateController            : GET /api/v2/plates/P-7731/wells -> 200 (116 ms)')
    w.log(trk, '{"level":"debug","ts":@EPOCH@,"caller":"httpx/client.go:64","msg":"http client configured","target":"http://lims-api.lims.svc:8080","timeout":"30s","max_idle_conns":32}')
    w.log(trk, '{"level":"warn","ts":@EPOCH@,"caller":"publisher/publish.go:91","msg":"publish failed, will retry","topic":"sample-status","attempt":1,"backoff":"250ms","error":"kafka server: Request exceeded the user-specified time limit in the request"}', d=(2, 4))
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"publisher/publish.go:104","msg":"publish succeeded","topic":"sample-status","attempt":2,"partition":1,"offset":120998}', d=(0.25, 0.4))
    w.log(exj, '@ISO@ INFO  export.runner: exporting samples modified since 2026-02-02T09:00:00Z to gs://lims-prod-exports/daily/2026-02-03/')
    w.log(exj, '@ISO@ INFO  export.runner: wrote 1284 rows (samples.csv.gz, 211.4 KiB)', d=(3, 6))
    w.log(exj, '@ISO@ INFO  export.runner: export finished: 1284 samples, 0 errors, 0 skipped, elapsed 7.9s')
    sh.event("lims", "Pod", exp_pod, "Completed", "Job completed", source="job-controller")
    w.log(ing, acc("/api/v2/samples?status=RECEIVED&page=1", 200, 9921, 0.087))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-4] c.h.lims.web.SampleController           : GET /api/v2/samples?status=RECEIVED&page=1 -> 200 (84 ms)')
    w.log(bar, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","msg":"printer heartbeat ok","printers":{"online":6,"offline":0}}' % bar.name, d=(3, 8))
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"consumer/batch.go:118","msg":"batch committed","topic":"sample-events","partition":0,"offset":902117,"records":17,"errors":0}')
    w.log(api, '@ISO@ DEBUG 1 --- [lims-api] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)', d=(10, 20))
    w.log(ing, acc("/actuator/health", 200, 49, 0.004))
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"consumer/lag.go:40","msg":"consumer lag","group":"sample-tracker","max_lag":3,"partitions":6}')
    sh.event("lims", "CronJob", "lims-daily-export", "SawCompletedJob", "Saw completed job: lims-daily-export-29501834, status: Complete", source="cronjob-controller")
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-9] c.h.lims.audit.AuditTrailWriter         : flushed 18 audit entries (21 CFR Part 11 trail) in 6 ms')
    for k in range(10):
        sid = "S-2026-0045%02d" % (20 + k)
        if k % 3 == 2:
            w.log(ing, acc("/api/v2/samples/%s/custody" % sid, 200, w.ri(800, 3000), w.ri(20, 90) / 1000.0), d=(2, 9))
            w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-%d] c.h.lims.web.CustodyController          : GET /api/v2/samples/%s/custody -> 200 (%d ms)' % (w.ri(1, 10), sid, w.ri(15, 80)), d=(0.01, 0.05))
        elif k % 3 == 1:
            w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"consumer/batch.go:118","msg":"batch committed","topic":"sample-events","partition":%d,"offset":%d,"records":%d,"errors":0}' % (k % 6, 884300 + k * 37, w.ri(5, 60)), d=(2, 9))
        else:
            w.log(ing, acc("/api/v2/samples/%s" % sid, 200, w.ri(1500, 2200), w.ri(20, 70) / 1000.0), d=(2, 9))
            w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-%d] c.h.lims.web.SampleController           : GET /api/v2/samples/%s -> 200 (%d ms)' % (w.ri(1, 10), sid, w.ri(15, 70)), d=(0.01, 0.05))
    w.log(bar, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","reqId":"req-%s","printer":"zebra-zt411-lab1","jobId":"PJ-88231","labels":96,"durationMs":2410,"msg":"print job completed"}' % (bar.name, w.hexs(6)), d=(2, 6))
    return w.record(
        source="synthetic:dev25/lims-routine-traffic",
        question="Is anything wrong in the lims namespace right now?",
        selector=sel(namespace="lims"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: API requests succeed, the tracker commits batches with 0 errors, the daily export completed and the single Kafka publish retry succeeded on the second attempt.",
            "summary": "Routine LIMS traffic; one transient publish retry that recovered immediately.",
            "action": "No action required.",
        })


# --- 02 -------------------------------------------------------------------
@record
def r02_scada_rollout_healthy():
    w = Win("dev25-02-scada-aks", dt(2025, 11, 18, 6, 40, 11, 402), ts="ms")
    cl = "wtr-scada-aks-prod"
    sh = Shipper(w, "otel", cl)
    n0, n1, n2 = ("aks-scada-21843667-vmss00000%d" % i for i in range(3))
    gw = sh.pod("scada", "scada-gateway-%s" % w.rs(), "gateway", n0, "scada-gateway")
    old = sh.pod("scada", "telemetry-ingest-5c8d9f7b64-%s" % w.sfx(), "telemetry-ingest", n1, "telemetry-ingest")
    newname = "telemetry-ingest-7f4b6c9d85-%s" % w.sfx()
    new = sh.pod("scada", newname, "telemetry-ingest", n2, "telemetry-ingest")
    hist = sh.pod("scada", "historian-writer-%s" % w.rs(), "writer", n0, "historian-writer")
    ip = w.ip("10.244.2")
    w.log(gw, 'time="@ISOS@" level=info msg="poll cycle complete" cycle=18231 stations=48 ok=48 failed=0 duration=2.31s')
    w.log(old, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.ReadingConsumer : processed 1200 readings (lift-stations=31, reservoirs=9, wwtp=8) in 412 ms')
    sh.event("scada", "Pod", newname, "Scheduled", "Successfully assigned scada/%s to %s" % (newname, n2), source="default-scheduler")
    sh.event("scada", "Pod", newname, "Pulled", 'Container image "acrwtrprod.azurecr.io/scada/telemetry-ingest:3.8.2" already present on machine', host=n2)
    sh.event("scada", "Pod", newname, "Started", "Started container telemetry-ingest", host=n2)
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [           main] c.w.t.TelemetryIngestApplication : Starting TelemetryIngestApplication v3.8.2 using Java 21.0.5 with PID 1')
    w.log(hist, '{"time":"@ISO@","level":"DEBUG","msg":"influx write","bucket":"scada_raw","points":1200,"http_timeout":"30s","status":204,"latency_ms":38}')
    sh.event("scada", "Pod", newname, "Unhealthy", "Readiness probe failed: Get \"http://%s:8081/actuator/health/readiness\": dial tcp %s:8081: connect: connection refused" % (ip, ip), etype="Warning", host=n2, d=(3, 5))
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8081 (http) with context path \'/\'', d=(4, 6))
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [           main] c.w.t.TelemetryIngestApplication : Started TelemetryIngestApplication in 11.482 seconds (process running for 12.31)')
    w.log(old, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator : [Consumer clientId=consumer-telemetry-ingest-1, groupId=telemetry-ingest] Request joining group due to: group is already rebalancing')
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator : [Consumer clientId=consumer-telemetry-ingest-1, groupId=telemetry-ingest] Successfully joined group with generation Generation{generationId=118, memberId=\'consumer-telemetry-ingest-1-%s\', protocol=\'cooperative-sticky\'}' % w.uuid())
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer : telemetry-ingest: partitions assigned: [scada.readings-3, scada.readings-4, scada.readings-5]')
    sh.event("scada", "Deployment", "telemetry-ingest", "ScalingReplicaSet", "Scaled down replica set telemetry-ingest-5c8d9f7b64 to 0 from 1", source="deployment-controller")
    w.log(old, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown : Graceful shutdown complete')
    w.log(gw, 'time="@ISOS@" level=debug msg="modbus client settings" unit_id=1 timeout=30s idle_timeout=60s station=LS-17-HARBOUR', d=(2, 5))
    w.log(gw, 'time="@ISOS@" level=info msg="poll cycle complete" cycle=18232 stations=48 ok=48 failed=0 duration=2.27s')
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.ReadingConsumer : processed 1200 readings (lift-stations=31, reservoirs=9, wwtp=8) in 398 ms')
    w.log(hist, '{"time":"@ISO@","level":"INFO","msg":"flush ok","bucket":"scada_raw","points":2400,"errors":0}')
    w.log(gw, 'time="@ISOS@" level=info msg="store-and-forward buffer" queued=0 oldest=""', d=(5, 9))
    w.log(new, '@ISO@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.alarm.ThresholdEvaluator : evaluated 1200 readings, 0 threshold breaches')
    return w.record(
        source="synthetic:dev25/scada-ingest-rollout",
        question="The telemetry-ingest deployment was just rolled out. Is the scada namespace healthy?",
        selector=sel(namespace="scada"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: the new telemetry-ingest pod failed one readiness probe while Tomcat was still starting, then became ready, joined the consumer group and processes readings; the old replica shut down gracefully.",
            "summary": "Normal rolling update of telemetry-ingest; polling and historian writes healthy.",
            "action": "No action required.",
        })


# --- 03 -------------------------------------------------------------------
@record
def r03_iiif_healthy():
    w = Win("dev25-03-iiif-k3s", dt(2026, 1, 12, 14, 2, 37, 850), ts="us")
    sh = Shipper(w, "vector", "museum-edge")
    nA, nB, nC = "k3s-srv-01", "k3s-agent-02", "k3s-agent-03"
    tr = sh.pod("kube-system", "traefik-%s" % w.rs(), "traefik", nA, "traefik")
    can = sh.pod("collections", "iiif-image-%s" % w.rs(), "cantaloupe", nB, "iiif-image")
    tb = sh.pod("collections", "tile-builder-%s" % w.rs(), "tile-builder", nC, "tile-builder")
    man = sh.pod("collections", "iiif-manifest-%s" % w.rs(), "manifest", nC, "iiif-manifest")

    def tra(path, st, dur_ms, size, router="collections-iiif-image-6c1e0a8f2b3d4e5f6a7b@kubernetescrd"):
        return ('{"ClientHost":"10.42.0.1","DownstreamContentSize":%d,"DownstreamStatus":%d,"Duration":%d,'
                '"OriginStatus":%d,"RequestHost":"iiif.collections.example-museum.org","RequestMethod":"GET",'
                '"RequestPath":"%s","RequestProtocol":"HTTP/2.0","RouterName":"%s","entryPointName":"websecure",'
                '"level":"info","msg":"","time":"@ISOS@"}' % (size, st, dur_ms * 1000000, st, path, router))
    objs = ["1987.44.12", "1911.3.208", "2003.17.5", "1954.120.9", "1999.2.61"]
    for i in range(4):
        o = objs[i]
        w.log(tr, tra("/iiif/3/%s/full/max/0/default.jpg" % o, 200, w.ri(40, 180), w.ri(180000, 900000)))
        w.log(can, '@JAVA@ [qtp1531333864-%d] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/%s/full/max/0/default.jpg (cache hit: derivative)' % (w.ri(20, 60), o), d=(0.01, 0.05))
    w.log(man, '{"level":"info","time":"@ISO@","pid":1,"hostname":"%s","req":{"method":"GET","url":"/manifests/2003.17.5"},"res":{"statusCode":200},"responseTime":23,"msg":"request completed"}' % man.name)
    w.log(tr, tra("/iiif/3/1968.9.77/full/max/0/default.jpg", 404, 6, 19))
    w.log(can, '@JAVA@ [qtp1531333864-41] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/1968.9.77/full/max/0/default.jpg: 404 Not Found (no source image for identifier 1968.9.77; object not yet digitised)', d=(0.002, 0.01))
    w.log(tb, '@ISOU@ [info     ] job claimed                    job_id=tb-%s object_id=2024.5.3 source=s3://museum-masters/2024/2024.5.3.tif' % w.hexs(8), d=(1, 3))
    w.log(tb, '@ISOU@ [debug    ] vips settings                  concurrency=4 tile_size=512 timeout=30s')
    w.log(tb, '@ISOU@ [info     ] pyramid written                levels=7 tiles=1365 failed=0 object_id=2024.5.3 duration_s=14.2', d=(12, 16))
    for i in range(3):
        o = w.pick(objs)
        w.log(tr, tra("/iiif/3/%s/2048,1024,1024,1024/512,/0/default.jpg" % o, 200, w.ri(30, 120), w.ri(40000, 90000)))
    w.log(can, '@JAVA@ [qtp1531333864-33] WARN  e.i.l.c.c.HeapCache - Heap cache is 91% full (1.82 GB of 2 GB); purging 120 least-recently-used entries')
    w.log(can, '@JAVA@ [qtp1531333864-33] INFO  e.i.l.c.c.HeapCache - Purged 120 entries; heap cache now 63% full')
    w.log(tr, tra("/iiif/3/1954.120.9/info.json", 200, 5, 2210))
    w.log(man, '{"level":"info","time":"@ISO@","pid":1,"hostname":"%s","req":{"method":"GET","url":"/manifests/1954.120.9"},"res":{"statusCode":200},"responseTime":19,"msg":"request completed"}' % man.name)
    w.log(tr, tra("/iiif/3/favicon.ico", 404, 1, 19))
    for i in range(8):
        o = w.pick(objs)
        region = w.pick(["full/max", "0,0,2048,2048/512,", "2048,0,2048,2048/512,", "full/400,"])
        w.log(tr, tra("/iiif/3/%s/%s/0/default.jpg" % (o, region), 200, w.ri(8, 140), w.ri(30000, 700000)), d=(0.3, 3))
        if i % 3 == 0:
            w.log(can, '@JAVA@ [qtp1531333864-%d] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/%s/%s/0/default.jpg' % (w.ri(20, 60), o, region), d=(0.005, 0.02))
    w.log(tb, '@ISOU@ [info     ] queue idle                     pending=0 failed_last_hour=0', d=(5, 10))
    return w.record(
        source="synthetic:dev25/iiif-routine-traffic",
        question="Visitors say the image viewer feels fine today. Any errors in the collections namespace?",
        selector=sel(namespace="collections"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: IIIF image and manifest requests succeed; the 404s are for an object that has not been digitised and a favicon, and the Cantaloupe heap cache purge is normal eviction.",
            "summary": "Healthy image serving and tile building; only expected 404s and routine cache eviction.",
            "action": "No action required.",
        })


# --- 04 -------------------------------------------------------------------
@record
def r04_seq_ocp_healthy():
    w = Win("dev25-04-seq-openshift", dt(2025, 9, 22, 3, 5, 48, 7), ts="ms", tz_minutes=120)
    nodes = ["worker-%d.ocp-genomics.lab.local" % i for i in range(4)]
    sh = Shipper(w, "viaq", "ocp-genomics", events_node=nodes[0])
    ing = sh.pod("sequencing", "seq-run-ingest-%s" % w.rs(), "ingest", nodes[1], "seq-run-ingest")
    job = "demux-250921-a01234-0456-%s" % w.sfx()
    dm = sh.pod("sequencing", job, "bcl-convert", nodes[3], "demux", owner="Job")
    up = sh.pod("sequencing", "fastq-uploader-%s" % w.rs(), "uploader", nodes[2], "fastq-uploader")
    run = "250921_A01234_0456_BHTK2WDSXC"
    w.log(ing, '@PY@ INFO seq_ingest.watcher: RunCompletionStatus.xml found for %s: CompletedAsPlanned' % run)
    w.log(ing, '@PY@ INFO seq_ingest.watcher: CopyComplete.txt present, %d cycles, 4 lanes; submitting demultiplexing job' % 318)
    sh.event("sequencing", "Job", job.rsplit("-", 1)[0], "SuccessfulCreate", "Created pod: %s" % job, source="job-controller")
    sh.event("sequencing", "Pod", job, "Scheduled", "Successfully assigned sequencing/%s to %s" % (job, nodes[3]), source="default-scheduler")
    sh.event("sequencing", "Pod", job, "AddedInterface", "Add eth0 [10.129.2.77/23] from ovn-kubernetes", source="multus")
    sh.event("sequencing", "Pod", job, "Pulled", 'Successfully pulled image "quay.io/genomics-core/bcl-convert:4.2.7" in 3.412s (3.412s including waiting)', host=nodes[3])
    sh.event("sequencing", "Pod", job, "Started", "Started container bcl-convert", host=nodes[3])
    w.log(dm, 'bcl-convert Version 00.000.000.4.2.7', d=(1, 2))
    w.log(dm, 'Copyright (c) 2014-2022 Illumina, Inc.')
    w.log(dm, 'Command Line: --bcl-input-directory /runs/%s --output-directory /scratch/%s/fastq --sample-sheet /runs/%s/SampleSheet.csv --bcl-num-parallel-tiles 8' % (run, run, run))
    w.log(dm, 'Conversion Begins.')
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/multipart.go:212","msg":"part upload failed, retrying","bucket":"seq-fastq","key":"2025/%s/Undetermined_S0_L002_R1_001.fastq.gz","part":17,"attempt":1,"err":"RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period."}' % run, d=(30, 60))
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/multipart.go:230","msg":"part uploaded","bucket":"seq-fastq","part":17,"attempt":2,"bytes":67108864}', d=(1, 3))
    w.log(dm, 'Conversion Complete.', d=(200, 260))
    w.log(dm, 'Index Hopping Summary: 0.38% of reads with swapped indexes')
    w.log(dm, 'Run had 0 errors and 2 warnings (see Logs/Warnings.txt)')
    sh.event("sequencing", "Job", job.rsplit("-", 1)[0], "Completed", "Job completed", source="job-controller")
    w.log(ing, '@PY@ INFO seq_ingest.qc: lane QC %s: L1 %%PF=93.1 L2 %%PF=92.8 L3 %%PF=93.4 L4 %%PF=91.9, Q30=91.2%%' % run)
    w.log(ing, '@PY@ INFO seq_ingest.lims: marked 96 samples SEQUENCED in LIMS (batch SB-2025-0921-02)')
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/sync.go:88","msg":"run synced","run":"%s","files":388,"bytes":412098811904,"failed":0}' % run, d=(30, 50))
    w.log(ing, '@PY@ INFO seq_ingest.watcher: no new runs on /runs (6 instruments polled)', d=(30, 60))
    return w.record(
        source="synthetic:dev25/seq-demux-success",
        question="Did last night's sequencing run get demultiplexed and uploaded correctly?",
        selector=sel(namespace="sequencing"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: the run completed, bcl-convert finished with 0 errors, the one multipart upload part that hit a RequestTimeout succeeded on retry and the run synced with 0 failed files.",
            "summary": "Run demultiplexed and uploaded successfully; one transient upload retry.",
            "action": "No action required.",
        })


# --- 05 -------------------------------------------------------------------
@record
def r05_billing_batch_healthy():
    w = Win("dev25-05-billing-eks", dt(2026, 3, 1, 1, 3, 9, 530), ts="ms")
    cl = "wtr-billing-eks"
    sh = Shipper(w, "datadog", cl)
    nA = "ip-10-40-17-201.us-east-2.compute.internal"
    nB = "ip-10-40-33-48.us-east-2.compute.internal"
    nC = "ip-10-40-52-129.us-east-2.compute.internal"
    api = sh.pod("billing", "billing-api-%s" % w.rs(), "billing-api", nA, "billing-api")
    inv = sh.pod("billing", "invoice-renderer-%s" % w.rs(), "renderer", nB, "invoice-renderer")
    cm = sh.pod("cert-manager", "cert-manager-%s" % w.rs(), "cert-manager-controller", nC, "cert-manager")
    run = "INV-2026-03"
    w.log(api, '@JAVA@  INFO 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : Starting invoice batch %s: 48213 accounts, cycle MONTHLY' % run)
    w.log(inv, '{"level":"info","message":"worker pool started","workers":8,"chromiumTimeoutMs":30000,"timestamp":"@ISO@"}')
    for k in range(1, 4):
        w.log(api, '@JAVA@  INFO 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : chunk %d/97 committed: 500 invoices, 0 failed, 0 skipped' % k, d=(8, 14))
        w.log(api, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-%d] o.w.billing.web.AccountController      : GET /api/v1/accounts/%05d-%02d/balance 200 (%d ms)' % (w.ri(1, 9), w.ri(10000, 79999), w.ri(1, 15), w.ri(8, 30)), d=(0.5, 3))
        w.log(inv, '{"level":"info","message":"rendered batch","batch":"%s-%03d","pdfs":500,"failed":0,"durationMs":%d,"timestamp":"@ISO@"}' % (run, k, w.ri(7100, 9900)), d=(0.2, 0.8))
    sh.event("billing", "HorizontalPodAutoscaler", "invoice-renderer", "SuccessfulRescale", "New size: 4; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler")
    w.log(cm, klog("I", 1, "trigger_controller.go:223", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="billing/portal-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-01 01:04:12 +0000 UTC"'))
    w.log(cm, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "portal-tls" condition "Issuing" to 2026-03-01 01:04:13.097 +0000 UTC'))
    sh.event("billing", "Certificate", "portal-tls", "Issuing", "Renewing certificate as renewal was scheduled at 2026-03-01 01:04:12 +0000 UTC", source="cert-manager-certificates-trigger")
    w.log(cm, klog("I", 1, "acme.go:236", '"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="portal-tls-1" resource_namespace="billing" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="portal-tls-1-2871093244" related_resource_namespace="billing" related_resource_kind="Order" related_resource_version="v1"'), d=(20, 40))
    sh.event("billing", "Certificate", "portal-tls", "Issuing", "The certificate has been successfully issued", source="cert-manager-certificates-issuing")
    w.log(api, '@JAVA@ DEBUG 1 --- [billing-api] [   scheduling-1] o.w.billing.client.PaymentsClient     : payments client: connectTimeout=5s readTimeout=30s retries=2')
    w.log(api, '@JAVA@  WARN 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : account 77120-04 has no meter read for 2026-02; using estimated read (policy EST-3)')
    w.log(api, '@JAVA@  INFO 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : chunk 4/97 committed: 500 invoices, 0 failed, 0 skipped', d=(6, 10))
    w.log(inv, '{"level":"info","message":"rendered batch","batch":"%s-004","pdfs":500,"failed":0,"durationMs":6120,"timestamp":"@ISO@"}' % run)
    for k in range(5, 9):
        w.log(api, '@JAVA@  INFO 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : chunk %d/97 committed: 500 invoices, 0 failed, %d skipped' % (k, 1 if k == 6 else 0), d=(6, 10))
        if k == 6:
            w.log(api, '@JAVA@  INFO 1 --- [billing-api] [   scheduling-1] o.w.billing.batch.InvoiceBatchJob      : skipped account 60321-02: closed 2026-02-27, final bill already issued')
        w.log(inv, '{"level":"info","message":"rendered batch","batch":"%s-%03d","pdfs":%d,"failed":0,"durationMs":%d,"timestamp":"@ISO@"}' % (run, k, 499 if k == 6 else 500, w.ri(3900, 6400)), d=(0.2, 0.8))
    w.log(inv, '{"level":"debug","message":"chromium pool","open":4,"idle":1,"restarts":0,"timestamp":"@ISO@"}', d=(1, 3))
    w.log(api, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-3] o.w.billing.web.AccountController      : GET /api/v1/accounts/55102-11/balance 200 (12 ms)')
    return w.record(
        source="synthetic:dev25/billing-monthly-batch",
        question="The monthly invoice batch started just after 01:00 UTC. Is anything abnormal between 01:00 and 01:10?",
        selector=sel(namespace="billing"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: invoice chunks commit with 0 failures, the renderer scaled out by HPA as designed, and cert-manager renewed portal-tls on schedule; the estimated-read warning is business policy.",
            "summary": "Monthly invoice batch progressing normally; scheduled certificate renewal succeeded.",
            "action": "No action required.",
        })


# --- 06 -------------------------------------------------------------------
@record
def r06_search_rolling_restart():
    w = Win("dev25-06-search-talos", dt(2025, 12, 9, 22, 31, 4, 66), ts="ns")
    cl = "archive-talos"
    n1, n2, n3 = "talos-2gd-5wn", "talos-8kq-mr3", "talos-fzx-0pl"
    sh = Shipper(w, "alloy", cl)
    es0 = sh.pod("search", "collections-search-es-data-0", "elasticsearch", n1, "collections-search", owner="StatefulSet")
    es1 = sh.pod("search", "collections-search-es-data-1", "elasticsearch", n2, "collections-search", owner="StatefulSet")
    idx = sh.pod("search", "search-indexer-%s" % w.rs(), "indexer", n3, "search-indexer")
    op = sh.pod("elastic-system", "elastic-operator-0", "manager", n3, "elastic-operator", owner="StatefulSet")

    def es(pod, lvl, logger, thread, msg):
        return ('{"@timestamp":"@ISO@", "log.level":"%5s", "message":%s, "ecs.version": "1.2.0","service.name":"ES_ECS",'
                '"event.dataset":"elasticsearch.server","process.thread.name":"%s","log.logger":"%s",'
                '"elasticsearch.cluster.name":"collections-search","elasticsearch.node.name":"%s"}'
                % (lvl, json.dumps(msg), thread, logger, pod.name))
    w.log(op, '{"log.level":"info","@timestamp":"@ISO@","log.logger":"driver","message":"Restarting pod as part of rolling upgrade","service.version":"2.16.0","ecs.version":"1.4.0","namespace":"search","es_name":"collections-search","pod_name":"collections-search-es-data-1"}')
    sh.event("search", "Pod", "collections-search-es-data-1", "Killing", "Stopping container elasticsearch", host=n2)
    w.log(es0, es(es0, "INFO", "org.elasticsearch.cluster.service.MasterService", "elasticsearch[collections-search-es-data-0][masterService#updateTask][T#4]",
                  "node-left[{collections-search-es-data-1}{Qx8rT0aZQ3yq0d7e1mPvXw} reason: disconnected], term: 14, version: 2290, delta: removed {{collections-search-es-data-1}}"), d=(2, 4))
    w.log(es0, es(es0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "elasticsearch[collections-search-es-data-0][masterService#updateTask][T#4]",
                  "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{collections-search-es-data-1}{Qx8rT0aZQ3yq0d7e1mPvXw} reason: disconnected])."))
    w.log(idx, '@ISOU@ [info     ] bulk batch indexed             index=catalogue-v7 docs=500 errors=0 took_ms=812')
    w.log(idx, '@ISOU@ [debug    ] es client                      hosts=["https://collections-search-es-http.search.svc:9200"] request_timeout=30 retry_on_timeout=True')
    sh.event("search", "Pod", "collections-search-es-data-1", "Scheduled", "Successfully assigned search/collections-search-es-data-1 to %s" % n2, source="default-scheduler", d=(8, 12))
    sh.event("search", "Pod", "collections-search-es-data-1", "Pulled", 'Container image "docker.elastic.co/elasticsearch/elasticsearch:8.15.3" already present on machine', host=n2)
    w.log(es1, es(es1, "INFO", "org.elasticsearch.node.Node", "main", "version[8.15.3], pid[80], build[docker/...], OS[Linux/6.6.52-talos/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/22.0.1/22.0.1+8-16]"), d=(4, 6))
    w.log(es1, es(es1, "INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "elasticsearch[collections-search-es-data-1][scheduler][T#1]",
                  "[gc][12] overhead, spent [311ms] collecting in the last [1s]"), d=(6, 10))
    w.log(es0, es(es0, "INFO", "org.elasticsearch.cluster.service.MasterService", "elasticsearch[collections-search-es-data-0][masterService#updateTask][T#5]",
                  "node-join[{collections-search-es-data-1}{Qx8rT0aZQ3yq0d7e1mPvXw} join existing leader], term: 14, version: 2297, delta: added {{collections-search-es-data-1}}"), d=(1, 2))
    w.log(idx, '@ISOU@ [info     ] bulk batch indexed             index=catalogue-v7 docs=500 errors=0 took_ms=1344')
    w.log(es0, es(es0, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "elasticsearch[collections-search-es-data-0][masterService#updateTask][T#6]",
                  "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[catalogue-v7][2]]])."), d=(20, 40))
    w.log(op, '{"log.level":"info","@timestamp":"@ISO@","log.logger":"driver","message":"Rolling upgrade complete","service.version":"2.16.0","ecs.version":"1.4.0","namespace":"search","es_name":"collections-search"}')
    w.log(idx, '@ISOU@ [info     ] reindex run finished           index=catalogue-v7 docs=3200 errors=0 duration_s=96.4')
    return w.record(
        source="synthetic:dev25/es-rolling-upgrade",
        question="Why was collections-search-es-data-1 restarted, and is search healthy now?",
        selector=sel(namespace="search", pod="collections-search-es-data-1"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: the ECK operator restarted collections-search-es-data-1 as part of a planned rolling upgrade; the node rejoined and cluster health returned from YELLOW to GREEN while indexing continued with 0 errors.",
            "summary": "Planned Elasticsearch rolling restart completed; cluster GREEN.",
            "action": "No action required.",
        })


# --- 07 -------------------------------------------------------------------
@record
def r07_freezer_healthy():
    w = Win("dev25-07-freezer-doks", dt(2026, 1, 27, 16, 45, 0, 310), ts="ms")
    cl = "biobank-doks-ams3"
    sh = Shipper(w, "ecs", cl)
    nA, nB = "biobank-workers-ubx4k", "biobank-workers-ubx4r"
    ft = sh.pod("lab-ops", "freezer-telemetry-%s" % w.rs(), "telemetry", nA, "freezer-telemetry")
    ar = sh.pod("lab-ops", "alert-router-%s" % w.rs(), "alert-router", nB, "alert-router")
    pg = sh.pod("lab-ops", "labops-pg-0", "postgres", nB, "labops-pg", owner="StatefulSet")
    freezers = ["ULT-B2-01", "ULT-B2-02", "ULT-B2-03", "LN2-B1-01"]
    w.log(ft, '@PY@ WARNING config: setting "poll_interval" is deprecated, use "sampling.interval_s" (value 30 applied)')
    for f in freezers:
        temp = "-196.0" if f.startswith("LN2") else "%.1f" % (-80 + w.rng.uniform(-0.9, 0.6))
        w.log(ft, '@PY@ INFO sampler: reading freezer=%s temp_c=%s door=closed compressor=ok' % (f, temp), d=(0.1, 0.4))
    w.log(pg, '@PG@ [67] LOG:  checkpoint starting: time', d=(3, 6))
    w.log(ft, '@PY@ INFO sampler: batch stored rows=4 error_count=0')
    w.log(ft, '@PY@ INFO sampler: reading freezer=ULT-B2-02 temp_c=-78.9 door=open compressor=ok', d=(20, 30))
    w.log(ar, '{"level":"info","ts":"@ISO@","msg":"rule evaluated","rule":"door-open-60s","freezer":"ULT-B2-02","state":"pending","for":"60s"}')
    w.log(ft, '@PY@ INFO sampler: reading freezer=ULT-B2-02 temp_c=-79.6 door=closed compressor=ok', d=(25, 30))
    w.log(ar, '{"level":"info","ts":"@ISO@","msg":"rule evaluated","rule":"door-open-60s","freezer":"ULT-B2-02","state":"inactive","note":"condition cleared after 41s, no notification sent"}')
    w.log(pg, '@PG@ [67] LOG:  checkpoint complete: wrote 1432 buffers (8.7%); 0 WAL file(s) added, 0 removed, 1 recycled; write=143.612 s, sync=0.021 s, total=143.690 s; sync files=48, longest=0.004 s, average=0.001 s; distance=10822 kB, estimate=11031 kB', d=(5, 10))
    w.log(pg, '@PG@ [2314] LOG:  automatic vacuum of table "labops.public.freezer_readings": index scans: 1\n\tpages: 0 removed, 18422 remain, 311 scanned (1.69% of total)\n\ttuples: 2880 removed, 1201934 remain, 0 are dead but not yet removable', d=(1, 4))
    for f in freezers:
        temp = "-196.0" if f.startswith("LN2") else "%.1f" % (-80 + w.rng.uniform(-0.9, 0.6))
        w.log(ft, '@PY@ INFO sampler: reading freezer=%s temp_c=%s door=closed compressor=ok' % (f, temp), d=(0.1, 0.4))
    w.log(ft, '@PY@ INFO sampler: batch stored rows=4 error_count=0')
    w.log(ar, '{"level":"debug","ts":"@ISO@","msg":"notifier health","channel":"pager","http_timeout":"30s","last_success":"@ISOS@"}')
    w.log(ar, '{"level":"info","ts":"@ISO@","msg":"alerts firing","count":0}')
    return w.record(
        source="synthetic:dev25/freezer-door-cleared",
        question="Was there any freezer problem in the biobank this afternoon?",
        selector=sel(namespace="lab-ops"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: a freezer door was briefly opened and the door-open rule cleared after 41 s without firing; temperatures stayed near -80 C, batches stored with error_count=0, and the database only logged routine checkpoint and autovacuum.",
            "summary": "Freezer telemetry healthy; brief door opening cleared on its own, no alerts firing.",
            "action": "No action required.",
        })


# --- 08 -------------------------------------------------------------------
@record
def r08_worker_node_healthy():
    w = Win("dev25-08-node-kubeadm", dt(2025, 10, 14, 2, 0, 4, 901), ts="us")
    cl = "wtr-ops-onprem"
    node = "k8s-worker-04"
    sh = Shipper(w, "fluentbit", cl)
    col = "meter-read-collector-29340120-%s" % w.sfx()
    mr = sh.pod("metering", col, "collector", node, "meter-read-collector", owner="Job")
    gis = sh.pod("gis", "hydrant-tiles-%s" % w.rs(), "tileserver", node, "hydrant-tiles")
    sh.host(node, "kubelet.service", klog("I", 1187, "image_gc_manager.go:391", '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 amountToFree=3271557939 lowThreshold=80'))
    sh.host(node, "containerd.service", 'time="@ISOU@" level=info msg="RemoveImage \\"registry.wtr.local/metering/meter-read-collector:1.18.3\\""')
    sh.host(node, "containerd.service", 'time="@ISOU@" level=info msg="ImageDelete event name:\\"sha256:%s\\""' % w.hexs(64), d=(0.05, 0.2))
    sh.host(node, "containerd.service", 'time="@ISOU@" level=info msg="RemoveImage \\"registry.wtr.local/metering/meter-read-collector:1.18.2\\" returns successfully"', d=(0.05, 0.2))
    sh.host(node, "kubelet.service", klog("I", 1187, "image_gc_manager.go:446", '"Removing image to free bytes" imageID="sha256:%s" size=1187604480 runtimeHandler=""' % w.hexs(64)))
    sh.host(node, "kubelet.service", klog("I", 1187, "image_gc_manager.go:446", '"Removing image to free bytes" imageID="sha256:%s" size=2209001472 runtimeHandler=""' % w.hexs(64)))
    w.log(mr, '@PY@ INFO collector: fetching AMI reads from head-end https://headend.wtr.local/api/reads?since=2025-10-14T01:00:00Z (timeout=30s)', d=(2, 5))
    w.log(mr, '@PY@ WARNING collector: head-end returned 503 Service Unavailable, retrying in 2s (attempt 1/5)')
    w.log(mr, '@PY@ INFO collector: fetched 18230 reads in 3 pages (attempt 2/5)', d=(3, 5))
    w.log(gis, '{"level":"info","time":"@ISO@","msg":"tile served","z":15,"x":17892,"y":11204,"cache":"hit","ms":2}')
    sh.host(node, "chronyd.service", "Selected source 10.20.0.5 (ntp1.wtr.local)")
    w.log(mr, '@PY@ INFO collector: upserted 18230 reads into metering.reads (0 rejected, 12 duplicates ignored)', d=(4, 7))
    w.log(mr, '@PY@ INFO collector: done in 14.8s')
    sh.event("metering", "Pod", col, "Completed", "Job completed", source="job-controller")
    sh.host(node, "kubelet.service", klog("I", 1187, "kubelet.go:2404", '"SyncLoop DELETE" source="api" pods=["metering/%s"]' % col), d=(1, 3))
    sh.host(node, "systemd", "Started Session 1843 of User ops.", d=(30, 60))
    sh.host(node, "sshd.service", "pam_unix(sshd:session): session opened for user ops(uid=1001) by (uid=0)")
    w.log(gis, '{"level":"info","time":"@ISO@","msg":"tile served","z":16,"x":35786,"y":22410,"cache":"miss","ms":41}')
    sh.host(node, "kubelet.service", klog("I", 1187, "kubelet_node_status.go:679", '"Recording event message for node" node="k8s-worker-04" event="NodeHasNoDiskPressure"'), d=(10, 20))
    sh.host(node, "systemd", "session-1843.scope: Deactivated successfully.", d=(60, 120))
    return w.record(
        source="synthetic:dev25/node-image-gc",
        question="Anything to worry about on k8s-worker-04 between 02:00 and 02:15?",
        selector=sel(node="k8s-worker-04"),
        expected={
            "severity": "INFO",
            "root_cause_category": "none",
            "root_cause": "No incident: kubelet image garbage collection freed space as designed after the image filesystem crossed the 85% high threshold, the meter-read collector's single 503 was retried successfully and the job completed, and the node reports no disk pressure.",
            "summary": "Routine image GC, a completed collector job and an operator SSH session; node healthy.",
            "action": "No action required.",
        })


# --- 09 -------------------------------------------------------------------
@record
def r09_variantqc_oom_loop():
    w = Win("dev25-09-variantqc-eks", dt(2026, 2, 17, 11, 22, 40, 12), ts="ns")
    cl = "genomics-eks-prod"
    sh = Shipper(w, "otel", cl)
    nA = "ip-10-12-71-9.eu-west-1.compute.internal"
    nB = "ip-10-12-88-143.eu-west-1.compute.internal"
    pname = "variant-qc-%s" % w.rs()
    uid = w.uuid()
    vq = sh.pod("qc-analytics", pname, "variant-qc", nA, "variant-qc")
    dash = sh.pod("qc-analytics", "qc-dashboard-%s" % w.rs(), "dashboard", nB, "qc-dashboard")
    vq2 = sh.pod("qc-analytics", pname[:-5] + w.sfx(), "variant-qc", nB, "variant-qc")
    vcf = "s3://genomics-prod-results/wgs/S-2026-004512/S-2026-004512.hard-filtered.vcf.gz"
    w.log(dash, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","req":{"method":"GET","url":"/api/qc/summary?batch=SB-2026-0217-01"},"res":{"statusCode":200},"responseTime":44,"msg":"request completed"}' % dash.name)
    w.log(vq2, '@PY@ INFO qc.worker: job QC-88407 done sample=S-2026-004498 ti_tv=2.07 het_hom=1.61 callrate=0.993 elapsed=212s')
    for attempt in range(3):
        pid = 41000 + w.ri(100, 9000)
        w.log(vq, '@PY@ INFO qc.worker: consuming from queue qc-jobs (prefetch=1)', d=(1, 3) if attempt else (0.5, 1))
        w.log(vq, '@PY@ INFO qc.worker: picked job QC-88412 sample=S-2026-004512 vcf=%s size=4.1GiB delivery_count=%d' % (vcf, attempt + 2))
        w.log(vq, '@PY@ INFO qc.metrics: loading variants into DataFrame (engine=pandas, chunksize=None, columns=ALL)')
        if attempt == 0:
            w.log(dash, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","req":{"method":"GET","url":"/api/qc/jobs/QC-88412"},"res":{"statusCode":200},"responseTime":8,"msg":"request completed"}' % dash.name, d=(5, 9))
        w.log(vq2, '@PY@ DEBUG qc.worker: heartbeat ok, idle (prefetch=1, timeout=30s)', d=(4, 8))
        sh.host(nA, "kernel", "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=980", ev=True, d=(18, 30))
        sh.host(nA, "kernel", "memory: usage 4194304kB, limit 4194304kB, failcnt %d" % (1700 + attempt * 431), ev=True, d=0.001)
        sh.host(nA, "kernel", "Memory cgroup out of memory: Killed process %d (python3) total-vm:6112448kB, anon-rss:4153180kB, file-rss:20412kB, shmem-rss:0kB, UID:1000 pgtables:8460kB oom_score_adj:980" % pid, ev=True, d=0.002)
        sh.host(nA, "containerd", 'time="@ISOU@" level=info msg="TaskExit event in podsandbox handler container_id:\\"%s\\" id:\\"%s\\" pid:%d exit_status:137 exited_at:{seconds:@EPOCHS@ nanos:%d}"' % (w.hexs(64), w.hexs(64), pid, w.ri(0, 999999999)), d=(0.05, 0.1))
        sh.event(nA, "Node", nA, "SystemOOM", "System OOM encountered, victim process: python3, pid: %d" % pid, etype="Warning", host=nA, ev=(attempt == 0))
        if attempt >= 1:
            back = ["", "20s", "40s"][attempt]
            sh.host(nA, "kubelet", klog("E", 2391, "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"variant-qc\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=variant-qc pod=%s_qc-analytics(%s)\\"" pod="qc-analytics/%s" podUID="%s"' % (back, pname, uid, pname, uid)), ev=True)
            sh.event("qc-analytics", "Pod", pname, "BackOff", "Back-off restarting failed container variant-qc in pod %s_qc-analytics(%s)" % (pname, uid), etype="Warning", host=nA, count=attempt, ev=(attempt == 2))
            w.skip(int(back[:-1]))
        sh.event("qc-analytics", "Pod", pname, "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/qc/variant-qc:2.4.1" already present on machine', host=nA, d=(1, 2))
        sh.event("qc-analytics", "Pod", pname, "Started", "Started container variant-qc", host=nA)
    for k in range(6):
        smp = "S-2026-0045%02d" % (13 + k)
        w.log(vq2, '@PY@ INFO qc.worker: picked job QC-884%02d sample=%s size=%.1fGiB delivery_count=1' % (13 + k, smp, w.rng.uniform(0.6, 1.4)), d=(2, 5))
        w.log(vq2, '@PY@ INFO qc.worker: job QC-884%02d done sample=%s ti_tv=%.2f het_hom=%.2f callrate=0.99%d elapsed=%ds' % (13 + k, smp, w.rng.uniform(2.0, 2.1), w.rng.uniform(1.5, 1.7), w.ri(1, 8), w.ri(40, 90)), d=(4, 9))
        if k % 2 == 0:
            w.log(dash, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","req":{"method":"GET","url":"/api/qc/summary?batch=SB-2026-0217-01"},"res":{"statusCode":200},"responseTime":%d,"msg":"request completed"}' % (dash.name, w.ri(20, 60)), d=(0.5, 2))
    w.log(dash, '{"level":40,"time":@EPOCHMS@,"pid":1,"hostname":"%s","job":"QC-88412","state":"RUNNING","stuckForSec":%d,"msg":"qc job exceeds expected runtime"}' % (dash.name, 1140))
    return w.record(
        source="synthetic:dev25/variant-qc-oom-loop",
        question="Why is QC for sample S-2026-004512 never finishing?",
        selector=sel(namespace="qc-analytics"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "oom_killed",
            "component": "variant-qc",
            "root_cause": "Each time variant-qc loads the 4.1 GiB VCF for job QC-88412 into a single pandas DataFrame it hits its 4Gi memory limit and the kernel OOM-kills python3 (exit 137); the job is redelivered and the pod goes into CrashLoopBackOff.",
            "summary": "variant-qc is in an OOM kill loop on one oversized VCF, so QC for the sample never completes.",
            "action": "Load the VCF in chunks (or stream it) and/or raise the variant-qc memory limit; dead-letter QC-88412 until fixed so the loop stops.",
        })


# --- 10 -------------------------------------------------------------------
@record
def r10_cantaloupe_heap():
    w = Win("dev25-10-iiif-gke", dt(2025, 10, 30, 15, 7, 21, 444), ts="ms")
    cl = "museum-gke-prod"
    sh = Shipper(w, "datadog", cl)
    nA = "gke-museum-prod-pool-1-8e2a41c7-6xvh"
    nB = "gke-museum-prod-pool-1-8e2a41c7-kd2p"
    ing = sh.pod("ingress-nginx", "ingress-nginx-controller-%s" % w.rs(), "controller", nB, "ingress-nginx")
    can = sh.pod("collections", "iiif-image-%s" % w.rs(), "cantaloupe", nA, "iiif-image")
    man = sh.pod("collections", "iiif-manifest-%s" % w.rs(), "manifest", nB, "iiif-manifest")
    up = w.ip("10.60.1")

    def acc(path, st, size, rt):
        return ('10.156.0.%d - - [@NGINX@] "GET %s HTTP/2.0" %d %d "https://collections.example-museum.org/objects/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" %d %.3f '
                '[collections-iiif-image-8182] [] %s:8182 %d %.3f %d %s' % (w.ri(2, 90), path, st, size, w.ri(40, 90), rt, up, size, rt, st, w.hexs(32)))
    w.log(ing, acc("/iiif/3/1911.3.208/full/1024,/0/default.jpg", 200, 288123, 0.092))
    w.log(can, '@JAVA@ [qtp1029472813-44] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/1911.3.208/full/1024,/0/default.jpg')
    w.log(man, '{"level":"info","time":"@ISO@","msg":"request completed","url":"/manifests/2019.88.1","statusCode":200,"responseTime":31}')
    big = [("2019.88.1", "41232x29004", "3.4 GB"), ("2021.12.7", "38400x25600", "2.8 GB")]
    for i, (obj, dims, size) in enumerate(big + big[:1]):
        th = w.ri(20, 70)
        w.log(can, '@JAVA@ [qtp1029472813-%d] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/%s/full/max/0/default.jpg' % (th, obj), d=(2, 6))
        w.log(can, '@JAVA@ [qtp1029472813-%d] DEBUG e.i.l.c.processor.Java2dProcessor - process(): source %s.tif (%s, %s, 1 resolution level, strip-based) -> full/max' % (th, obj, size, dims), d=(0.01, 0.05))
        w.log(can, '@JAVA@ [qtp1029472813-%d] ERROR e.i.l.c.resource.ImageRequestHandler - handle(): Java heap space' % th, ev=True, d=(4, 9))
        w.log(can, 'java.lang.OutOfMemoryError: Java heap space', ev=True, d=0.001)
        w.log(can, '\tat java.desktop/java.awt.image.DataBufferByte.<init>(DataBufferByte.java:76)', d=0.001)
        w.log(can, '\tat edu.illinois.library.cantaloupe.processor.codec.tiff.TIFFImageReader.readRendered(TIFFImageReader.java:221)', d=0.001)
        w.log(ing, acc("/iiif/3/%s/full/max/0/default.jpg" % obj, 500, 0, 9.8 + i), d=(0.01, 0.03))
        w.log(ing, acc("/iiif/3/1987.44.12/full/max/0/default.jpg", 200, 621762, 0.121), d=(0.5, 2))
        w.log(can, '@JAVA@ [qtp1029472813-%d] INFO  e.i.l.c.resource.iiif.v3.ImageResource - GET /iiif/3/1987.44.12/full/max/0/default.jpg (cache hit: derivative)' % w.ri(20, 70), d=(0.01, 0.03))
        if i == 1:
            w.log(can, '@JAVA@ [Cantaloupe-Heap-Monitor] WARN  e.i.l.c.Application - Heap usage 97% of max 1.0 GB (-Xmx1g); container memory limit 2Gi', ev=True, d=(1, 2))
    w.log(man, '{"level":"info","time":"@ISO@","msg":"request completed","url":"/manifests/1954.120.9","statusCode":200,"responseTime":27}')
    w.log(ing, acc("/iiif/3/1954.120.9/info.json", 200, 2210, 0.006))
    return w.record(
        source="synthetic:dev25/cantaloupe-heap-oom",
        question="Some of the largest object images fail to load in the viewer. What is going on?",
        selector=sel(namespace="collections"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "oom_killed",
            "component": "iiif-image",
            "root_cause": "The Cantaloupe IIIF image server runs with a 1 GB heap (-Xmx1g) and throws java.lang.OutOfMemoryError: Java heap space when decoding very large strip-based master TIFFs at full size, so those requests fail with 500 while smaller images still work.",
            "summary": "iiif-image runs out of Java heap on full-size requests for huge TIFFs; those images return 500.",
            "action": "Raise -Xmx towards the 2Gi container limit (or raise both), convert the masters to tiled pyramidal TIFF/JPEG2000, and cap max pixels for full/max requests.",
        })


# --- 11 -------------------------------------------------------------------
@record
def r11_billing_npe():
    w = Win("dev25-11-billing-aks", dt(2026, 1, 6, 8, 41, 13, 205), ts="ns")
    cl = "wtr-billing-aks"
    sh = Shipper(w, "promtail", cl, events_node="aks-apps-38291044-vmss00000b")
    nA, nB, nC = ("aks-apps-38291044-vmss00000%s" % c for c in "abc")
    ing = sh.pod("ingress-nginx", "ingress-nginx-controller-%s" % w.rs(), "controller", nC, "ingress-nginx")
    api = sh.pod("billing", "billing-api-6f9c7d5b8-%s" % w.sfx(), "billing-api", nA, "billing-api")
    api2 = sh.pod("billing", "billing-api-6f9c7d5b8-%s" % w.sfx(), "billing-api", nB, "billing-api")
    por = sh.pod("customer", "customer-portal-%s" % w.rs(), "portal", nB, "customer-portal")
    up = w.ip("10.244.3")

    def acc(path, st, size, rt):
        return ('%s - - [@NGINX@] "GET %s HTTP/1.1" %d %d "-" "node-fetch" %d %.3f [billing-billing-api-8080] [] %s:8080 %d %.3f %d %s'
                % (w.ip("10.244.1"), path, st, size, w.ri(300, 500), rt, up, size, rt, st, w.hexs(32)))
    sh.event("billing", "Deployment", "billing-api", "ScalingReplicaSet", "Scaled up replica set billing-api-6f9c7d5b8 to 2 from 0", source="deployment-controller")
    w.log(api, '@ISO@  INFO 1 --- [billing-api] [           main] o.w.billing.BillingApiApplication        : Started BillingApiApplication in 14.92 seconds (process running for 16.01) version=4.12.0', d=(15, 25))
    w.log(api2, '@ISO@  INFO 1 --- [billing-api] [           main] o.w.billing.BillingApiApplication        : Started BillingApiApplication in 15.37 seconds (process running for 16.44) version=4.12.0')
    w.skip(600)
    accounts = ["30418-07", "11872-02", "52209-15"]
    for i, acct in enumerate(accounts):
        pod = api if i % 2 == 0 else api2
        th = w.ri(1, 12)
        w.log(ing, acc("/api/v1/accounts/55102-11/balance", 200, 212, 0.014), d=(2, 8))
        w.log(pod, '@ISO@ ERROR 1 --- [billing-api] [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because the return value of "org.wtr.billing.tariff.TariffBand.getRate()" is null] with root cause' % th, ev=True, d=(1, 4))
        w.log(pod, 'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because the return value of "org.wtr.billing.tariff.TariffBand.getRate()" is null', ev=(i == 0), d=0.001)
        w.log(pod, '\tat org.wtr.billing.tariff.TieredCalculator.charge(TieredCalculator.java:88)', ev=(i == 0), d=0.001)
        w.log(pod, '\tat org.wtr.billing.tariff.TieredCalculator.proRate(TieredCalculator.java:141)', d=0.001)
        w.log(pod, '\tat org.wtr.billing.bill.BillService.currentBill(BillService.java:63)', d=0.001)
        w.log(ing, acc("/api/v1/accounts/%s/bills/current" % acct, 500, 121, 0.048), d=(0.005, 0.02))
        w.log(por, '{"level":50,"time":@EPOCHMS@,"pid":1,"hostname":"%s","reqId":"%s","account":"%s","err":{"type":"FetchError","message":"billing-api responded 500 for /api/v1/accounts/%s/bills/current"},"msg":"failed to load current bill"}' % (por.name, w.hexs(8), acct, acct), d=(0.01, 0.05))
        w.log(ing, acc("/api/v1/accounts/%s/payments?limit=12" % acct, 200, 1840, 0.022), d=(0.2, 1))
    w.log(api2, '@ISO@  INFO 1 --- [billing-api] [nio-8080-exec-3] o.w.billing.web.AccountController        : GET /api/v1/accounts/20117-01/bills/current 200 (37 ms)', d=(3, 6))
    w.log(api, '@ISO@ DEBUG 1 --- [billing-api] [nio-8080-exec-4] o.w.billing.tariff.TariffService         : account 30418-07 has tariff change on 2025-12-15 (RES-STD -> RES-DROUGHT), pro-rating 2 bands')
    return w.record(
        source="synthetic:dev25/billing-npe-tariff",
        question="Customers report the portal shows an error instead of their current bill. What is wrong in namespace billing?",
        selector=sel(namespace="billing"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "application_error",
            "component": "billing-api",
            "root_cause": "billing-api 4.12.0 throws a NullPointerException in TieredCalculator.charge (TariffBand.getRate() returns null) when pro-rating accounts with a mid-cycle tariff change, so /bills/current returns 500 for those accounts.",
            "summary": "A code bug in the new billing-api release fails current-bill requests for accounts with a tariff change; other endpoints work.",
            "action": "Roll back billing-api to the previous release or hotfix the null rate handling in TieredCalculator, then verify affected accounts.",
        })


# --- 12 -------------------------------------------------------------------
@record
def r12_manifest_crashloop():
    w = Win("dev25-12-manifest-rke2", dt(2025, 11, 3, 19, 12, 55, 780), ts="ms")
    cl = "museum-rke2"
    sh = Shipper(w, "ecs", cl)
    nodes = ["rke2-worker-01", "rke2-worker-02", "rke2-worker-03"]
    ing = sh.pod("kube-system", "rke2-ingress-nginx-controller-%s" % w.sfx(), "rke2-ingress-nginx-controller", nodes[0], "rke2-ingress-nginx", owner="DaemonSet")
    rsh = w.rs().split("-")[0]
    m1n = "iiif-manifest-%s-%s" % (rsh, w.sfx())
    m2n = "iiif-manifest-%s-%s" % (rsh, w.sfx())
    m1 = sh.pod("collections", m1n, "manifest", nodes[1], "iiif-manifest")
    m2 = sh.pod("collections", m2n, "manifest", nodes[2], "iiif-manifest")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", nodes[2], "catalogue-api")
    ips = {m1n: w.ip("10.42.1"), m2n: w.ip("10.42.2")}
    w.log(cat, '@PY@ INFO catalogue.importer: import batch CI-2025-1103-02 committed: 214 objects (12 without technical metadata; imaging pending)')
    crash = [
        "/app/dist/builders/canvas.js:57",
        "    const { width, height } = asset.technical.dimensions;",
        "                                              ^",
        "",
        "TypeError: Cannot read properties of undefined (reading 'dimensions')",
        "    at buildCanvas (/app/dist/builders/canvas.js:57:47)",
        "    at Array.map (<anonymous>)",
        "    at buildManifest (/app/dist/builders/manifest.js:30:31)",
        "    at async /app/dist/routes/manifests.js:22:20",
        "",
        "Node.js v20.18.1",
    ]
    uids = {m1n: w.uuid(), m2n: w.uuid()}

    def crash_once(pod, ev=False):
        w.log(pod, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","msg":"Server listening at http://0.0.0.0:3000"}' % pod.name, d=(1, 3))
        w.log(pod, '{"level":30,"time":@EPOCHMS@,"pid":1,"hostname":"%s","reqId":"req-1","req":{"method":"GET","url":"/manifests/2025.31.4","hostname":"iiif.example-museum.org"},"msg":"incoming request"}' % pod.name, d=(0.5, 4))
        for k, ln in enumerate(crash):
            if ln:
                w.log(pod, ln, ev=(ev and k in (0, 1, 4, 5)), d=0.001)
        w.log(ing, '@GO@ [error] 41#41: *%d upstream prematurely closed connection while reading response header from upstream, client: 10.42.0.1, server: iiif.example-museum.org, request: "GET /manifests/2025.31.4 HTTP/1.1", upstream: "http://%s:3000/manifests/2025.31.4", host: "iiif.example-museum.org"' % (w.ri(10000, 99999), ips[pod.name]), d=(0.002, 0.01))

    def backoff(pod, count, ev=False):
        sh.event("collections", "Pod", pod.name, "BackOff", "Back-off restarting failed container manifest in pod %s_collections(%s)" % (pod.name, uids[pod.name]), etype="Warning", source="kubelet", host=pod.node, count=count, ev=ev, d=(1, 3))
        w.log(ing, '@GO@ [error] 41#41: *%d connect() failed (111: Connection refused) while connecting to upstream, client: 10.42.0.1, server: iiif.example-museum.org, request: "GET /manifests/1954.120.9 HTTP/1.1", upstream: "http://%s:3000/manifests/1954.120.9", host: "iiif.example-museum.org"' % (w.ri(10000, 99999), ips[pod.name]), d=(0.5, 2))

    crash_once(m1, ev=True)
    crash_once(m2)
    backoff(m1, 2)
    backoff(m2, 2)
    w.skip(8)
    crash_once(m1)
    backoff(m1, 3, ev=True)
    w.log(ing, '10.42.0.1 - - [@NGINX@] "GET /manifests/2003.17.5 HTTP/1.1" 503 190 "https://collections.example-museum.org/" "Mozilla/5.0" 409 0.000 [collections-iiif-manifest-3000] [] - - - - %s' % w.hexs(32), d=(2, 6))
    sh.event("collections", "Pod", m2n, "BackOff", "Back-off restarting failed container manifest in pod %s_collections(%s)" % (m2n, uids[m2n]), etype="Warning", source="kubelet", host=m2.node, count=3, ev=True, d=(3, 8))
    w.log(ing, '10.42.0.1 - - [@NGINX@] "GET /manifests/1954.120.9 HTTP/1.1" 503 190 "https://collections.example-museum.org/" "Mozilla/5.0" 412 0.000 [collections-iiif-manifest-3000] [] - - - - %s' % w.hexs(32))
    return w.record(
        source="synthetic:dev25/manifest-typeerror-crashloop",
        question="Why are IIIF manifests failing with 502/503 for every object?",
        selector=sel(namespace="collections", app="iiif-manifest"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "application_error",
            "component": "iiif-manifest",
            "root_cause": "iiif-manifest crashes with an unhandled TypeError (Cannot read properties of undefined reading 'dimensions') in buildCanvas whenever the newly imported object 2025.31.4, which has no technical metadata, is requested; both replicas exit and are in CrashLoopBackOff, so all manifests fail.",
            "summary": "An unhandled exception on objects without technical metadata crash-loops both manifest replicas; ingress returns 502/503 for every manifest.",
            "action": "Guard against missing technical metadata in buildCanvas (skip or placeholder the canvas) and add a process-level error handler; as a stopgap unpublish the incomplete objects.",
        })


# --- 13 -------------------------------------------------------------------
@record
def r13_plate_manifest_unknown():
    w = Win("dev25-13-plate-openshift", dt(2026, 2, 24, 13, 30, 2, 640), ts="ms", tz_minutes=60)
    nodes = ["worker-a%d.ocp-lims.pharma.internal" % i for i in range(1, 4)]
    sh = Shipper(w, "viaq", "ocp-lims-prod", events_node=nodes[0])
    new = "plate-scheduler-7c6d9b8f4d-%s" % w.sfx()
    oldp = sh.pod("lims", "plate-scheduler-5b7f8c9d6c-%s" % w.sfx(), "plate-scheduler", nodes[1], "plate-scheduler")
    argo = sh.pod("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", nodes[2], "argocd-application-controller", owner="StatefulSet")
    lh = sh.pod("lims", "liquid-handler-bridge-%s" % w.rs(), "bridge", nodes[2], "liquid-handler-bridge")
    img = "quay.io/pharma-lims/plate-scheduler:v2.14.0"
    w.log(argo, 'time="@ISOS@" level=info msg="Initiated automated sync to \'4f1c2ab9e07d3c51f6a28d0e9b7c4a1d2e3f5a6b\'" application=openshift-gitops/plate-scheduler dest-namespace=lims dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal')
    sh.event("lims", "Deployment", "plate-scheduler", "ScalingReplicaSet", "Scaled up replica set plate-scheduler-7c6d9b8f4d to 1", source="deployment-controller")
    sh.event("lims", "Pod", new, "Scheduled", "Successfully assigned lims/%s to %s" % (new, nodes[0]), source="default-scheduler")
    sh.event("lims", "Pod", new, "AddedInterface", "Add eth0 [10.131.0.58/23] from ovn-kubernetes", source="multus")
    sh.event("lims", "Pod", new, "Pulling", 'Pulling image "%s"' % img, host=nodes[0])
    sh.host(nodes[0], "crio.service", 'time="@ISOU@" level=info msg="Pulling image: %s" id=%s name=/runtime.v1.ImageService/PullImage' % (img, w.uuid()))
    sh.host(nodes[0], "crio.service", 'time="@ISOU@" level=info msg="Trying to access \\"quay.io/pharma-lims/plate-scheduler:v2.14.0\\""', d=(0.1, 0.3))
    sh.event("lims", "Pod", new, "Failed", 'Failed to pull image "%s": reading manifest v2.14.0 in quay.io/pharma-lims/plate-scheduler: manifest unknown' % img, etype="Warning", host=nodes[0], ev=True, d=(0.5, 1))
    sh.event("lims", "Pod", new, "Failed", "Error: ErrImagePull", etype="Warning", host=nodes[0], ev=True, d=0.01)
    w.log(oldp, '@PY@ INFO plate_scheduler.api: POST /v1/plates/P-7740/schedule 201 (liquid handler hamilton-star-02, slot 3)', d=(2, 5))
    w.log(lh, '{"ts":"@ISO@","level":"info","msg":"method run finished","instrument":"hamilton-star-02","method":"NormalizeDNA_96","plate":"P-7738","status":"OK","errors":0}')
    sh.event("lims", "Pod", new, "BackOff", 'Back-off pulling image "%s"' % img, host=nodes[0], d=(1, 3))
    sh.event("lims", "Pod", new, "Failed", "Error: ImagePullBackOff", etype="Warning", host=nodes[0], ev=True, d=0.01)
    w.log(oldp, '@PY@ INFO plate_scheduler.api: GET /v1/plates/P-7740 200', d=(3, 8))
    for k in range(2):
        w.skip(40 * (k + 1))
        sh.event("lims", "Pod", new, "Pulling", 'Pulling image "%s"' % img, host=nodes[0], count=k + 2)
        sh.event("lims", "Pod", new, "Failed", 'Failed to pull image "%s": reading manifest v2.14.0 in quay.io/pharma-lims/plate-scheduler: manifest unknown' % img, etype="Warning", host=nodes[0], count=k + 2, ev=(k == 1), d=(0.5, 1))
        w.log(oldp, '@PY@ INFO plate_scheduler.api: POST /v1/plates/P-77%d/schedule 201 (liquid handler hamilton-star-01, slot %d)' % (41 + k, 1 + k), d=(2, 6))
    w.log(argo, 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Degraded" application=openshift-gitops/plate-scheduler dest-namespace=lims dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal', d=(20, 40))
    w.log(argo, 'time="@ISOS@" level=info msg="Deployment \\"plate-scheduler\\" exceeded its progress deadline" application=openshift-gitops/plate-scheduler kind=Deployment name=plate-scheduler namespace=lims', d=(0.01, 0.05))
    return w.record(
        source="synthetic:dev25/plate-scheduler-manifest-unknown",
        question="Why is the plate-scheduler rollout stuck in Degraded?",
        selector=sel(namespace="lims", app="plate-scheduler"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "image_pull",
            "component": "plate-scheduler",
            "root_cause": "The new plate-scheduler revision references quay.io/pharma-lims/plate-scheduler:v2.14.0, which does not exist in the registry (manifest unknown), so the new pod is stuck in ErrImagePull/ImagePullBackOff and the rollout exceeds its progress deadline.",
            "summary": "plate-scheduler rollout blocked on a non-existent image tag; the old replica keeps serving.",
            "action": "Push the v2.14.0 image (or fix the tag in the GitOps manifest to the one CI actually published) and let Argo CD resync.",
        })


# --- 14 -------------------------------------------------------------------
@record
def r14_alarm_registry_401():
    w = Win("dev25-14-alarm-doks", dt(2025, 12, 14, 4, 18, 30, 5), ts="us")
    cl = "wtr-ops-doks-fra1"
    sh = Shipper(w, "vector", cl, events_node="ops-pool-m1x7r")
    nOld, nNew, nB = "ops-pool-m1x7a", "ops-pool-m9k2c", "ops-pool-m1x7r"
    img = "registry.digitalocean.com/wtr-ops/alarm-dispatcher:1.9.3"
    auth_url = "https://api.digitalocean.com/v2/registry/auth?scope=repository%3Awtr-ops%2Falarm-dispatcher%3Apull&service=registry.digitalocean.com"
    pods = ["alarm-dispatcher-6d8f7b9c5-%s" % w.sfx() for _ in range(2)]
    ti = sh.pod("scada", "telemetry-ingest-%s" % w.rs(), "telemetry-ingest", nB, "telemetry-ingest")
    sh.event("scada", "Node", nOld, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % nOld, source="kubelet", host=nOld)
    sh.event("ops", "Pod", "alarm-dispatcher-6d8f7b9c5-q2x8n", "Killing", "Stopping container dispatcher", host=nOld)
    for p in pods:
        sh.event("ops", "Pod", p, "Scheduled", "Successfully assigned ops/%s to %s" % (p, nNew), source="default-scheduler", d=(1, 2))
    sh.event("ops", "Pod", pods[0], "Pulling", 'Pulling image "%s"' % img, host=nNew, d=(1, 3))
    sh.host(nNew, "containerd.service", 'time="@ISOU@" level=info msg="PullImage \\"%s\\""' % img, d=0.02)
    sh.host(nNew, "containerd.service", 'time="@ISOU@" level=error msg="PullImage \\"%s\\" failed" error="failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to %s: 401 Unauthorized"' % (img, img, img, auth_url), ev=True, d=(0.3, 0.8))
    sh.event("ops", "Pod", pods[0], "Failed", 'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to %s: 401 Unauthorized' % (img, img, img, auth_url), etype="Warning", host=nNew, ev=True, d=0.01)
    sh.event("ops", "Pod", pods[0], "Failed", "Error: ErrImagePull", etype="Warning", host=nNew, d=0.01)
    sh.event("ops", "Pod", pods[1], "Failed", 'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to %s: 401 Unauthorized' % (img, img, img, auth_url), etype="Warning", host=nNew, d=(0.2, 0.6))
    for k in range(3):
        w.log(ti, '@JAVA@ ERROR [telemetry-ingest,%s,%s] 1 --- [alarm-forwarder] c.w.t.alarm.AlarmForwarder : failed to forward alarm ALM-%d (station=%s, point=%s, value=%s): I/O error on POST request for "http://alarm-dispatcher.ops.svc:8080/v1/alarms": Connection refused' % (
            w.hexs(16), w.hexs(16), 771200 + k * 7, ["LS-09-MILLBROOK", "RES-03-HIGHFIELD", "LS-21-QUAYSIDE"][k], ["WET_WELL_LEVEL_HH", "CHLORINE_RESIDUAL_LO", "PUMP2_TRIP"][k], ["3.91m", "0.18mg/l", "1"][k]), d=(4, 10))
        sh.event("ops", "Pod", pods[k % 2], "BackOff", 'Back-off pulling image "%s"' % img, host=nNew, count=k + 2, d=(0.5, 2))
        sh.event("ops", "Pod", pods[k % 2], "Failed", "Error: ImagePullBackOff", etype="Warning", host=nNew, count=k + 2, ev=(k == 2), d=0.01)
    w.log(ti, '@JAVA@  WARN [telemetry-ingest,,] 1 --- [alarm-forwarder] c.w.t.alarm.AlarmForwarder : alarm outbox backlog 3 (oldest ALM-771200, 41s); dispatcher unavailable', d=(2, 4))
    sh.event("ops", "Pod", pods[1], "Pulling", 'Pulling image "%s"' % img, host=nNew, count=4, d=(20, 30))
    sh.host(nNew, "containerd.service", 'time="@ISOU@" level=error msg="PullImage \\"%s\\" failed" error="failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to %s: 401 Unauthorized"' % (img, img, img, auth_url), ev=True, d=(0.3, 0.8))
    w.log(ti, '@JAVA@ ERROR [telemetry-ingest,%s,%s] 1 --- [alarm-forwarder] c.w.t.alarm.AlarmForwarder : failed to forward alarm ALM-771224 (station=LS-09-MILLBROOK, point=WET_WELL_LEVEL_HH, value=4.02m): I/O error on POST request for "http://alarm-dispatcher.ops.svc:8080/v1/alarms": Connection refused' % (w.hexs(16), w.hexs(16)), d=(2, 5))
    return w.record(
        source="synthetic:dev25/alarm-dispatcher-registry-401",
        question="Lift-station alarms are not reaching the on-call crew. What is wrong?",
        selector=None,
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "image_pull",
            "component": "alarm-dispatcher",
            "root_cause": "After the node-pool recycle both alarm-dispatcher pods were rescheduled onto a new node that must pull registry.digitalocean.com/wtr-ops/alarm-dispatcher:1.9.3, and the registry token exchange returns 401 Unauthorized (the pull credentials are no longer valid), so the pods stay in ErrImagePull/ImagePullBackOff and no dispatcher is running.",
            "summary": "alarm-dispatcher is down because its image cannot be pulled (registry auth 401); telemetry-ingest gets connection refused and operational alarms queue up undelivered.",
            "action": "Regenerate the DigitalOcean registry pull secret (doctl registry kubernetes-manifest / reintegrate the registry with the cluster) for namespace ops, then restart the pods and drain the alarm outbox.",
        })


# --- 15 -------------------------------------------------------------------
@record
def r15_catalogue_startup_probe():
    w = Win("dev25-15-catalogue-kubeadm", dt(2026, 1, 20, 7, 2, 11, 913), ts="ms")
    cl = "museum-onprem"
    sh = Shipper(w, "fluentbit", cl)
    nA, nB = "k8s-node-07", "k8s-node-03"
    pn = "catalogue-api-59d4c7f86b-%s" % w.sfx()
    uid = w.uuid()
    ip = w.ip("10.44.7")
    p = sh.pod("collections", pn, "catalogue-api", nA, "catalogue-api")
    other = sh.pod("collections", "catalogue-api-59d4c7f86b-%s" % w.sfx(), "catalogue-api", nB, "catalogue-api")
    web = sh.pod("web", "museum-web-%s" % w.rs(), "next", nB, "museum-web")

    def boot(ev_first=False):
        w.log(p, '@ISO@  INFO 1 --- [catalogue-api] [           main] o.e.m.catalogue.CatalogueApplication     : Starting CatalogueApplication v7.3.1 using Java 21.0.5 with PID 1', d=(1, 2))
        w.log(p, '@ISO@  INFO 1 --- [catalogue-api] [           main] o.e.m.c.authority.AuthorityCacheLoader   : warming authority cache (getty-aat, ulan, tgn, local-persons): 2,418,337 terms', d=(6, 9))
        for pct in (22, 47, 71):
            w.log(p, '@ISO@  INFO 1 --- [catalogue-api] [           main] o.e.m.c.authority.AuthorityCacheLoader   : authority cache %d%% (%d terms, %d MB)' % (pct, 2418337 * pct // 100, 3 * pct), d=(24, 30))
        sh.host(nA, "kubelet.service", klog("I", 1043, "prober.go:107", '"Probe failed" probeType="Startup" pod="collections/%s" podUID="%s" containerName="catalogue-api" probeResult="failure" output="Get \\"http://%s:8080/actuator/health/liveness\\": dial tcp %s:8080: connect: connection refused"' % (pn, uid, ip, ip)), ev=ev_first, d=(10, 14))
        sh.event("collections", "Pod", pn, "Unhealthy", 'Startup probe failed: Get "http://%s:8080/actuator/health/liveness": dial tcp %s:8080: connect: connection refused' % (ip, ip), etype="Warning", host=nA, count=12, ev=ev_first, d=0.01)
        sh.host(nA, "kubelet.service", klog("I", 1043, "kuberuntime_manager.go:1050", '"Message for Container of pod" containerName="catalogue-api" containerStatusID={"Type":"containerd","ID":"%s"} pod="collections/%s" containerMessage="Container catalogue-api failed startup probe, will be restarted"' % (w.hexs(64), pn)), ev=True, d=0.01)
        sh.host(nA, "kubelet.service", klog("I", 1043, "kuberuntime_container.go:779", '"Killing container with a grace period" pod="collections/%s" podUID="%s" containerName="catalogue-api" containerID="containerd://%s" gracePeriod=30' % (pn, uid, w.hexs(64))), d=0.01)
        w.log(p, '@ISO@  INFO 1 --- [catalogue-api] [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete', d=(0.05, 0.2))
    w.log(other, '@ISO@  INFO 1 --- [catalogue-api] [nio-8080-exec-4] o.e.m.c.web.ObjectController             : GET /api/objects/1987.44.12 200 (18 ms)')
    boot(ev_first=True)
    w.log(web, '{"level":"warn","time":"@ISO@","msg":"slow upstream","upstream":"catalogue-api","path":"/api/search?q=ceramics","ms":2140}', d=(1, 3))
    sh.event("collections", "Pod", pn, "BackOff", "Back-off restarting failed container catalogue-api in pod %s_collections(%s)" % (pn, uid), etype="Warning", host=nA, d=(0.5, 1))
    w.skip(10)
    boot()
    w.log(other, '@ISO@  INFO 1 --- [catalogue-api] [nio-8080-exec-9] o.e.m.c.web.SearchController             : GET /api/search?q=ceramics 200 (1884 ms)', d=(1, 3))
    return w.record(
        source="synthetic:dev25/catalogue-startup-probe-budget",
        question="catalogue-api pod on k8s-node-07 has restarted many times since the node maintenance. Why?",
        selector=sel(namespace="collections", pod=pn),
        expected={
            "severity": "ERROR",
            "root_cause_category": "probe_failure",
            "component": "catalogue-api",
            "root_cause": "catalogue-api warms its 2.4M-term authority cache before opening port 8080, which takes longer than its startup probe allows; about 100 s in, with the cache only ~71% loaded, the kubelet kills the still-progressing container ('failed startup probe, will be restarted'), so it never becomes ready.",
            "summary": "Startup-probe kill loop on one catalogue-api replica; the process is healthy but slow to start, leaving only one replica serving.",
            "action": "Raise the startup probe budget (failureThreshold x periodSeconds) above the real warm-up time, or make the cache warm asynchronously after the port opens.",
        })


# --- 16 -------------------------------------------------------------------
@record
def r16_sampletracker_readiness_lag():
    w = Win("dev25-16-tracker-talos", dt(2025, 10, 2, 10, 55, 3, 250), ts="ns")
    cl = "lims-talos-lab"
    sh = Shipper(w, "alloy", cl)
    nodes = ["talos-w1-lab", "talos-w2-lab", "talos-w3-lab"]
    rsh = "86f9d7c5bd"
    trk = [sh.pod("lims", "sample-tracker-%s-%s" % (rsh, w.sfx()), "sample-tracker", nodes[i], "sample-tracker") for i in range(3)]
    gw = sh.pod("envoy-gateway-system", "envoy-lims-lims-gw-%s" % w.rs(), "envoy", nodes[0], "envoy")
    imp = sh.pod("lims", "barcode-import-29323370-%s" % w.sfx(), "import", nodes[1], "barcode-import", owner="Job")

    def env(path, code, flags, dur, upstream):
        return '[@ISO@] "GET %s HTTP/1.1" %d %s 0 %d %d - "10.0.8.21" "LIMS-Desktop/5.2.1" "%s" "lims.pharma.internal" "%s"' % (
            path, code, flags, 19 if code == 503 else w.ri(200, 900), dur, w.uuid(), upstream)
    w.log(imp, '@PY@ INFO barcode_import: published 41,880 SampleReceived events to sample-events (batch BI-2025-10-02-A)')
    for i, t in enumerate(trk):
        w.log(t, '{"level":"info","ts":@EPOCH@,"caller":"consumer/batch.go:118","msg":"batch committed","topic":"sample-events","partition":%d,"records":500,"errors":0}' % i, d=(0.2, 0.6))
    for i, t in enumerate(trk):
        w.log(t, '{"level":"warn","ts":@EPOCH@,"caller":"health/ready.go:52","msg":"readiness degraded","reason":"consumer lag above threshold","lag":%d,"threshold":10000}' % (13800 + w.ri(0, 1200)), ev=(i == 0), d=(1, 3))
        ipx = "10.244.%d.%d" % (i + 1, w.ri(10, 200))
        sh.event("lims", "Pod", t.name, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", etype="Warning", host=t.node, count=3, ev=True, d=(2, 5))
    w.log(gw, env("/api/v1/samples/S-2025-118202/status", 503, "UH", 0, "-"), ev=True, d=(1, 3))
    w.log(gw, env("/api/v1/samples/S-2025-118203/status", 503, "UH", 0, "-"), d=(1, 3))
    for step, lag in enumerate((11020, 8400, 6240)):
        for i, t in enumerate(trk):
            w.log(t, '{"level":"info","ts":@EPOCH@,"caller":"consumer/batch.go:118","msg":"batch committed","topic":"sample-events","partition":%d,"records":500,"errors":0}' % i, d=(8, 15))
        w.log(trk[0], '{"level":"info","ts":@EPOCH@,"caller":"consumer/lag.go:40","msg":"consumer lag","group":"sample-tracker","max_lag":%d,"partitions":3}' % lag, d=(0.5, 1))
        if step == 0:
            w.log(gw, env("/api/v1/samples?status=RECEIVED", 503, "UH", 0, "-"), d=(2, 5))
    for i, t in enumerate(trk):
        w.log(t, '{"level":"info","ts":@EPOCH@,"caller":"health/ready.go:61","msg":"readiness restored","lag":%d}' % (6000 + w.ri(0, 900)), d=(1, 4))
    w.log(gw, env("/api/v1/samples/S-2025-118260/status", 200, "-", w.ri(8, 30), "10.244.1.%d:8080" % w.ri(10, 200)), d=(2, 5))
    w.log(gw, env("/api/v1/samples?status=RECEIVED", 200, "-", w.ri(30, 80), "10.244.3.%d:8080" % w.ri(10, 200)), d=(1, 3))
    return w.record(
        source="synthetic:dev25/tracker-readiness-on-lag",
        question="Between 10:55 and 11:00 the sample status screens showed errors. What happened?",
        selector=sel(namespace="lims"),
        expected={
            "severity": "WARN",
            "root_cause_category": "probe_failure",
            "component": "sample-tracker",
            "root_cause": "sample-tracker's readiness endpoint returns 503 whenever Kafka consumer lag exceeds 10000; the bulk barcode import pushed lag above that on all three replicas, so every pod failed readiness and Envoy had no healthy upstream (503 UH) although the processes kept consuming normally.",
            "summary": "All sample-tracker replicas were briefly marked unready by a lag-based readiness check after a bulk import; the API recovered once lag dropped.",
            "action": "Decouple readiness from consumer lag (report lag via metrics/alerts instead) or raise the threshold so a backlog does not remove the API from service.",
        })


# --- 17 -------------------------------------------------------------------
@record
def r17_demux_unschedulable():
    w = Win("dev25-17-demux-aks", dt(2026, 3, 9, 21, 44, 7, 118), ts="ms")
    cl = "genomics-aks-weu"
    sh = Shipper(w, "alloy", cl)
    hm = "aks-highmem-41977253-vmss000000"
    sysn = "aks-system-41977253-vmss000001"
    gp = "aks-general-41977253-vmss00000%s"
    job = "demux-260309-a01234-0461"
    pn = "%s-%s" % (job, w.sfx())
    ing = sh.pod("sequencing", "seq-run-ingest-%s" % w.rs(), "ingest", gp % "2", "seq-run-ingest")
    running = sh.pod("sequencing", "demux-260309-a01234-0460-%s" % w.sfx(), "bcl-convert", hm, "demux", owner="Job")
    up = sh.pod("sequencing", "fastq-uploader-%s" % w.rs(), "uploader", gp % "1", "fastq-uploader")
    msg = ("0/7 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 2 node(s) had untolerated taint "
           "{CriticalAddonsOnly: true}, 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are "
           "available: 1 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.")
    w.log(ing, '@PY@ INFO seq_ingest.watcher: CopyComplete.txt present for 260309_A01234_0461_AHTVN3DSXD; submitting demultiplexing job %s (cpu=32, memory=120Gi, nodeSelector agentpool=highmem)' % job)
    sh.event("sequencing", "Job", job, "SuccessfulCreate", "Created pod: %s" % pn, source="job-controller")
    sh.event("sequencing", "Pod", pn, "FailedScheduling", msg, etype="Warning", source="default-scheduler", ev=True, d=(0.2, 0.5))
    sh.event("sequencing", "Pod", pn, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector", source="cluster-autoscaler", ev=True, d=(8, 12))
    w.log(running, 'Conversion Begins.', d=(3, 6))
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/sync.go:88","msg":"run synced","run":"260308_A01234_0459_BHTRK2DSXC","files":388,"failed":0}')
    for k in range(3):
        w.skip(240)
        sh.event("sequencing", "Pod", pn, "FailedScheduling", msg, etype="Warning", source="default-scheduler", count=k + 2, ev=(k == 2))
        sh.event("sequencing", "Pod", pn, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector", source="cluster-autoscaler", count=k + 2, ev=(k == 2), d=(5, 10))
        w.log(ing, '@PY@ WARNING seq_ingest.jobs: job %s still Pending after %dm (0 active pods); runs waiting for demux: %d' % (job, 4 * (k + 1), 1 + (k == 2)), d=(20, 40))
        if k == 1:
            w.log(ing, '@PY@ INFO seq_ingest.watcher: RunCompletionStatus.xml found for 260309_VH00412_0088_AACKTW5M5: CompletedAsPlanned; queued behind %s' % job)
        w.log(running, 'Processing tiles: lane %d complete' % (k + 1), d=(5, 20))
    sh.event(hm, "Node", hm, "NodeHasSufficientMemory", "Node %s status is now: NodeHasSufficientMemory" % hm, host=hm, d=(10, 20))
    return w.record(
        source="synthetic:dev25/demux-highmem-pool-full",
        question="Why has the demultiplexing for run 260309_A01234_0461 not started?",
        selector=sel(namespace="sequencing"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "scheduling",
            "component": "demux",
            "root_cause": "The demux job pod requests 32 CPU / 120Gi and is pinned to the highmem pool, whose only node is busy with the previous run's demux job; the node pool is at its maximum size so the cluster autoscaler cannot add a node, and the pod stays Pending with FailedScheduling (Insufficient cpu/memory).",
            "summary": "New demultiplexing jobs cannot be scheduled because the highmem node pool is full and capped at max size; runs are queuing.",
            "action": "Raise the highmem pool's max node count (or let demux jobs run one at a time via a queue), or lower the job's requests so it fits.",
        })


# --- 18 -------------------------------------------------------------------
@record
def r18_importer_quota():
    w = Win("dev25-18-importer-lke", dt(2025, 11, 29, 0, 58, 40, 500), ts="us")
    cl = "wtr-billing-lke"
    sh = Shipper(w, "datadog", cl)
    nodes = ["lke218834-316011-%s" % h for h in ("4c8e1a2b0001", "5d9f2b3c0002", "6e0a3c4d0003")]
    api = sh.pod("billing", "billing-api-%s" % w.rs(), "billing-api", nodes[0], "billing-api")
    api2 = sh.pod("billing", "billing-api-%s" % w.rs(), "billing-api", nodes[2], "billing-api")
    pay = sh.pod("billing", "payment-webhook-%s" % w.rs(), "webhook", nodes[1], "payment-webhook")
    job = "meter-reads-importer-29406300"
    q = ("exceeded quota: billing-compute, requested: limits.memory=4Gi, used: limits.memory=14Gi, "
         "limited: limits.memory=16Gi")
    sh.event("billing", "HorizontalPodAutoscaler", "billing-api", "SuccessfulRescale", "New size: 7; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler")
    w.log(pay, '{"level":"info","message":"webhook received","provider":"paygate","event":"payment.succeeded","account":"41177-03","amount":"84.20","timestamp":"@ISO@"}', d=(3, 10))
    w.log(api, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-1] o.w.billing.web.PaymentController      : POST /api/v1/payments/webhook 200 (41 ms)', d=(0.05, 0.2))
    w.log(api2, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-7] o.w.billing.web.AccountController      : GET /api/v1/accounts/30418-07/bills/current 200 (58 ms)', d=(5, 20))
    w.log(api2, '@JAVA@ DEBUG 1 --- [billing-api] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool       : HikariPool-1 - Pool stats (total=10, active=3, idle=7, waiting=0)', d=(5, 20))
    w.t = dt(2025, 11, 29, 1, 0, 0, 12)
    sh.event("billing", "CronJob", "meter-reads-importer", "SuccessfulCreate", "Created job %s" % job, source="cronjob-controller")
    for k in range(4):
        pod = "%s-%s" % (job, w.sfx())
        sh.event("billing", "Job", job, "FailedCreate", 'Error creating: pods "%s" is forbidden: %s' % (pod, q), etype="Warning", source="job-controller", count=1, ev=(k in (0, 3)), d=(0.5, 1) if k == 0 else (10 * k, 20 * k))
        if k == 1:
            w.log(api, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-6] o.w.billing.web.AccountController      : GET /api/v1/accounts/41177-03/usage 200 (22 ms)')
    w.log(api, '@JAVA@  WARN 1 --- [billing-api] [   scheduling-1] o.w.billing.reads.ReadFreshnessCheck    : latest meter read batch is from 2025-11-28T01:00Z (23h58m old); bills for cycle 29 will use estimated reads if not refreshed by 06:00', ev=False, d=(30, 60))
    for k in range(2):
        pod = "%s-%s" % (job, w.sfx())
        sh.event("billing", "Job", job, "FailedCreate", 'Error creating: pods "%s" is forbidden: %s' % (pod, q), etype="Warning", source="job-controller", d=(60, 120))
    w.log(api, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-3] o.w.billing.web.AccountController      : GET /api/v1/accounts/10092-12/balance 200 (9 ms)')
    w.log(pay, '{"level":"info","message":"webhook received","provider":"paygate","event":"payment.succeeded","account":"22871-09","amount":"131.75","timestamp":"@ISO@"}', d=(5, 15))
    w.log(api2, '@JAVA@  INFO 1 --- [billing-api] [nio-8080-exec-2] o.w.billing.web.PaymentController      : POST /api/v1/payments/webhook 200 (37 ms)', d=(0.05, 0.2))
    sh.event("billing", "HorizontalPodAutoscaler", "billing-api", "SuccessfulRescale", "New size: 6; reason: All metrics below target", source="horizontal-pod-autoscaler", d=(20, 40))
    return w.record(
        source="synthetic:dev25/importer-resourcequota",
        question="The 01:00 meter-reads-importer run never produced a pod. Why?",
        selector=sel(namespace="billing", app="meter-reads-importer"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "scheduling",
            "component": "meter-reads-importer",
            "root_cause": "The billing namespace ResourceQuota billing-compute caps limits.memory at 16Gi; billing-api had scaled out to 7 replicas (14Gi used), so the importer pod's 4Gi request is rejected and the job controller keeps failing to create it (FailedCreate: exceeded quota).",
            "summary": "The nightly meter-reads import cannot start because the namespace memory quota is exhausted; meter reads are going stale.",
            "action": "Raise the billing-compute quota (or give batch jobs their own namespace/quota), cap billing-api's HPA maxReplicas within the quota, then re-run the import before 06:00.",
        })


# --- 19 -------------------------------------------------------------------
@record
def r19_coredns_upstream_timeouts():
    w = Win("dev25-19-coredns-eks", dt(2026, 2, 2, 23, 10, 15, 77), ts="ns")
    cl = "wtr-scada-eks"
    sh = Shipper(w, "fluentbit", cl)
    nA = "ip-10-30-4-17.ap-southeast-2.compute.internal"
    nB = "ip-10-30-9-201.ap-southeast-2.compute.internal"
    cd1 = sh.pod("kube-system", "coredns-5b9dfbf96-%s" % w.sfx(), "coredns", nA, "kube-dns")
    cd2 = sh.pod("kube-system", "coredns-5b9dfbf96-%s" % w.sfx(), "coredns", nA, "kube-dns")
    ad = sh.pod("scada", "alarm-dispatcher-%s" % w.rs(), "dispatcher", nB, "alarm-dispatcher")
    wx = sh.pod("scada", "weather-feed-%s" % w.rs(), "weather-feed", nB, "weather-feed")
    ti = sh.pod("scada", "telemetry-ingest-%s" % w.rs(), "telemetry-ingest", nB, "telemetry-ingest")
    names = [("sms.api.textgw.example.net.", "A"), ("api.bom-weather.example.org.", "AAAA"), ("hub.scada-vendor.example.com.", "A"),
             ("sms.api.textgw.example.net.", "AAAA")]
    w.log(ti, '@JAVA@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.ReadingConsumer : processed 1200 readings (lift-stations=31, reservoirs=9, wwtp=8) in 405 ms')
    internal = ["historian.scada.svc.cluster.local.", "telemetry-kafka-bootstrap.scada.svc.cluster.local.", "alarm-dispatcher.scada.svc.cluster.local.", "emqx.scada.svc.cluster.local."]
    for k in range(8):
        nm = internal[k % 4]
        w.log(cd1 if k % 2 else cd2, '[INFO] 10.30.9.%d:%d - %d "A IN %s udp %d false 512" NOERROR qr,aa,rd %d %.6fs' % (w.ri(20, 120), w.ri(30000, 60000), w.ri(1000, 65000), nm, 40 + len(nm), 100 + len(nm), w.rng.uniform(0.00005, 0.0003)), d=(0.1, 0.8))
        if k == 3:
            w.log(wx, '@PY@ INFO weather_feed.poller: fetched rainfall for 12 catchments (api.bom-weather.example.org, 412 ms)')
        if k == 6:
            w.log(ad, '{"level":"info","ts":"@ISO@","caller":"notify/sms.go:64","msg":"sms sent","alarm":"ALM-771301","attempt":1}')
    for k in range(6):
        cd = cd1 if k % 2 == 0 else cd2
        nm, typ = names[k % 4]
        w.log(cd, '[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->10.30.0.2:53: i/o timeout' % (nm, typ, "10.30.4.%d" % (40 + k % 2), w.ri(30000, 60000)), ev=(k < 4), d=(0.3, 2))
        if k == 1:
            w.log(ad, '{"level":"error","ts":"@ISO@","caller":"notify/sms.go:77","msg":"sms send failed","alarm":"ALM-771318","err":"Post \\"https://sms.api.textgw.example.net/v2/messages\\": dial tcp: lookup sms.api.textgw.example.net on 172.20.0.10:53: read udp 10.30.9.88:51544->172.20.0.10:53: i/o timeout"}', ev=True)
        if k == 2:
            w.log(wx, '@PY@ ERROR weather_feed.poller: fetch failed: HTTPSConnectionPool(host=\'api.bom-weather.example.org\', port=443): Max retries exceeded with url: /v1/rainfall?catchment=C12 (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3a1c2e5d90>: Failed to resolve \'api.bom-weather.example.org\' ([Errno -3] Temporary failure in name resolution)"))', ev=True)
        if k == 3:
            w.log(ti, '@JAVA@ WARN  [telemetry-ingest,,] 1 --- [  vendor-sync-1] c.w.t.vendor.VendorHubClient : hub sync skipped: java.net.UnknownHostException: hub.scada-vendor.example.com: Temporary failure in name resolution')
    w.log(cd1, '[INFO] 10.30.9.88:44172 - 18311 "A IN historian.scada.svc.cluster.local. udp 51 false 512" NOERROR qr,aa,rd 108 0.000091s', d=(0.2, 0.6))
    w.log(ti, '@JAVA@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.ReadingConsumer : processed 1200 readings (lift-stations=31, reservoirs=9, wwtp=8) in 398 ms')
    w.log(cd2, '[WARNING] plugin/health: Local health request to "http://:8080/health" took more than 1s: 1.204s', d=(1, 3))
    for k in range(3):
        nm, typ = names[(k + 1) % 4]
        w.log(cd1 if k != 1 else cd2, '[ERROR] plugin/errors: 2 %s %s: read udp 10.30.4.%d:%d->10.30.0.2:53: i/o timeout' % (nm, typ, 40 + k % 2, w.ri(30000, 60000)), d=(0.5, 3))
    w.log(ad, '{"level":"warn","ts":"@ISO@","caller":"notify/outbox.go:41","msg":"sms outbox backlog","pending":7,"oldest_age":"2m14s"}', d=(1, 3))
    w.log(wx, '@PY@ INFO weather_feed.poller: fetched rainfall for 12 catchments (retry 2/3)', d=(5, 10))
    w.log(ad, '{"level":"info","ts":"@ISO@","caller":"notify/sms.go:64","msg":"sms sent","alarm":"ALM-771318","attempt":3}', d=(1, 3))
    w.log(cd2, '[ERROR] plugin/errors: 2 hub.scada-vendor.example.com. A: read udp 10.30.4.41:%d->10.30.0.2:53: i/o timeout' % w.ri(30000, 60000), ev=True, d=(1, 4))
    return w.record(
        source="synthetic:dev25/coredns-vpc-resolver-timeouts",
        question="What is wrong in the scada namespace? Alarm SMS and the weather feed keep failing.",
        selector=sel(namespace="scada"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "dns_resolution",
            "component": "coredns",
            "root_cause": "Both CoreDNS replicas (on the same node) time out forwarding external names to the VPC resolver 10.30.0.2, so every lookup of an external host (SMS gateway, weather API, vendor hub) intermittently fails with i/o timeout / Temporary failure in name resolution while in-cluster names still resolve.",
            "summary": "External DNS resolution through CoreDNS is failing intermittently; alarm SMS, the weather feed and vendor sync are affected and only succeed on retries.",
            "action": "Spread CoreDNS across nodes and scale it out (or add NodeLocal DNSCache) to stay under the per-ENI link-local packet limit, check the node's linklocal_allowance_exceeded counter, and raise CoreDNS caching for external zones.",
        })


# --- 20 -------------------------------------------------------------------
@record
def r20_kubedns_dnsmasq_limit():
    w = Win("dev25-20-kubedns-gke", dt(2025, 9, 8, 10, 2, 50, 331), ts="ms")
    cl = "museum-gke-ingest"
    sh = Shipper(w, "otel", cl)
    nodes = ["gke-museum-ingest-pool-2-51f0c3aa-%s" % s for s in ("t7wq", "c2lm", "h9rn")]
    kd = sh.pod("kube-system", "kube-dns-7d4f9c6b8-%s" % w.sfx(), "dnsmasq", nodes[0], "kube-dns")
    kd2 = sh.pod("kube-system", "kube-dns-7d4f9c6b8-%s" % w.sfx(), "dnsmasq", nodes[1], "kube-dns")
    ai = sh.pod("archive", "digitization-ingest-%s" % w.rs(), "ingest", nodes[2], "digitization-ingest")
    tb = sh.pod("collections", "tile-builder-%s" % w.rs(), "tile-builder", nodes[1], "tile-builder")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", nodes[2], "catalogue-api")
    w.log(ai, '{"level":"info","ts":"@ISO@","caller":"batch/run.go:58","msg":"batch started","batch":"DIG-2025-09-08-03","objects":18240,"workers":256}')
    for k in range(3):
        w.log(kd if k != 1 else kd2, 'I%s      1 nanny.go:146] dnsmasq[%d]: Maximum number of concurrent DNS queries reached (max: 1500)' % ("@KLOG@", 20 if k != 1 else 21), ev=True, d=(2, 6))
    w.log(ai, '{"level":"error","ts":"@ISO@","caller":"store/minio.go:112","msg":"put object failed","object":"2025.77.%d/master.tif","err":"Put \\"http://minio.archive.svc.cluster.local:9000/masters/2025.77.%d/master.tif\\": dial tcp: lookup minio.archive.svc.cluster.local on 10.8.0.10:53: read udp 10.4.2.17:41230->10.8.0.10:53: i/o timeout"}' % (115, 115), ev=True)
    w.log(tb, '@ISOU@ [error    ] source fetch failed            error="NameResolutionError(\\"<urllib3.connection.HTTPConnection object at 0x7f01b2a6c410>: Failed to resolve \'minio.archive.svc.cluster.local\' ([Errno -3] Temporary failure in name resolution)\\")" object_id=2025.77.118 attempt=1', ev=True)
    w.log(cat, '@PY@ WARNING django.db.backends: connection to collections-pg.collections.svc.cluster.local failed: could not translate host name "collections-pg.collections.svc.cluster.local" to address: Temporary failure in name resolution; retrying', d=(0.5, 2))
    for k in range(2):
        w.log(kd, 'I%s      1 nanny.go:146] dnsmasq[%d]: Maximum number of concurrent DNS queries reached (max: 1500)' % ("@KLOG@", 20), d=(3, 8))
        w.log(ai, '{"level":"warn","ts":"@ISO@","caller":"batch/run.go:131","msg":"worker retry","worker":%d,"err":"dial tcp: lookup minio.archive.svc.cluster.local: i/o timeout","backoff":"2s"}' % w.ri(1, 256))
        w.log(tb, '@ISOU@ [info     ] pyramid written                levels=6 tiles=341 failed=0 object_id=2025.77.%d duration_s=4.1' % w.ri(100, 999), d=(1, 3))
    w.log(kd2, 'I%s      1 nanny.go:146] dnsmasq[21]: Maximum number of concurrent DNS queries reached (max: 1500)' % "@KLOG@", d=(1, 3))
    w.log(cat, '@PY@ ERROR django.request: Internal Server Error: /api/objects/2025.77.44 (OperationalError: could not translate host name "collections-pg.collections.svc.cluster.local" to address: Temporary failure in name resolution)', ev=True, d=(1, 3))
    w.log(ai, '{"level":"info","ts":"@ISO@","caller":"batch/run.go:74","msg":"progress","batch":"DIG-2025-09-08-03","done":1184,"failed":97,"rate_per_s":11.2}', d=(5, 9))
    return w.record(
        source="synthetic:dev25/kubedns-dnsmasq-concurrency",
        question="Since the digitization batch started, several services can't reach minio or the database. Why?",
        selector=None,
        expected={
            "severity": "ERROR",
            "root_cause_category": "dns_resolution",
            "component": "kube-dns",
            "root_cause": "kube-dns's dnsmasq hits its limit of 1500 concurrent queries once the digitization batch starts 256 workers, so cluster DNS lookups (minio.archive, collections-pg) time out or fail with 'Temporary failure in name resolution' across namespaces.",
            "summary": "Cluster DNS (kube-dns/dnsmasq) is saturated; name lookups fail intermittently for ingest, tile-builder and catalogue-api.",
            "action": "Scale kube-dns (kube-dns-autoscaler) or enable NodeLocal DNSCache, reduce ingest worker concurrency / reuse connections, and consider lower ndots for the batch pods.",
        })


# --- 21 -------------------------------------------------------------------
@record
def r21_nas_minio_unreachable():
    w = Win("dev25-21-archive-k3s", dt(2026, 3, 4, 17, 20, 33, 902), ts="ns")
    cl = "archive-k3s"
    sh = Shipper(w, "promtail", cl, events_node="k3s-arch-01")
    nodes = ["k3s-arch-01", "k3s-arch-02", "k3s-arch-03"]
    ai = sh.pod("archive", "archive-ingest-%s" % w.rs(), "ingest", nodes[1], "archive-ingest")
    fx = sh.pod("archive", "fixity-checker-%s" % w.rs(), "fixity", nodes[2], "fixity-checker")
    tb = sh.pod("collections", "tile-builder-%s" % w.rs(), "tile-builder", nodes[2], "tile-builder")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", nodes[0], "catalogue-api")
    w.log(ai, '{"level":"info","ts":"@ISO@","caller":"ingest/sip.go:88","msg":"SIP validated","sip":"SIP-2026-0304-017","files":212,"bytes":88121034112,"bagit":"valid"}')
    w.log(fx, '@PY@ INFO fixity: verifying bucket=preservation prefix=2019/ objects=5120 algorithm=sha256')
    w.log(ai, '{"level":"error","ts":"@ISO@","caller":"store/minio.go:140","msg":"upload failed","sip":"SIP-2026-0304-017","object":"preservation/2026/SIP-2026-0304-017/data/0001.tif","err":"Put \\"https://minio.archive.svc.cluster.local:9000/preservation/2026/SIP-2026-0304-017/data/0001.tif?partNumber=1&uploadId=%s\\": dial tcp 192.168.50.20:9000: connect: no route to host"}' % w.uuid(), ev=True, d=(2, 5))
    w.log(fx, '@PY@ ERROR fixity: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://minio.archive.svc.cluster.local:9000/preservation?list-type=2&prefix=2019%2F&max-keys=1000"', ev=True, d=(0.5, 2))
    w.log(fx, '@PY@ WARNING fixity: retrying in 30s (attempt 1/10)', d=0.002)
    w.log(cat, '@PY@ INFO django.request: GET /api/objects/1911.3.208 200 (db=collections-pg@192.168.50.31, 14 ms)', d=(0.5, 2))
    w.log(tb, '@ISOU@ [error    ] source fetch failed            error="urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host=\'minio.archive.svc.cluster.local\', port=9000): Max retries exceeded with url: /masters/2024/2024.5.9.tif (Caused by NewConnectionError(\'<urllib3.connection.HTTPSConnection object at 0x7f44c8a1e2d0>: Failed to establish a new connection: [Errno 113] No route to host\'))" object_id=2024.5.9 attempt=3', ev=True, d=(1, 3))
    for k in range(3):
        w.log(ai, '{"level":"warn","ts":"@ISO@","caller":"store/minio.go:151","msg":"retrying upload","sip":"SIP-2026-0304-017","attempt":%d,"backoff":"%ds","err":"dial tcp 192.168.50.20:9000: connect: no route to host"}' % (k + 2, 2 ** (k + 2)), ev=(k == 2), d=(4, 9))
        if k == 0:
            w.log(cat, '@PY@ INFO django.request: GET /api/search?q=tapestry 200 (db=collections-pg@192.168.50.31, 88 ms)')
        if k == 1:
            w.log(tb, '@ISOU@ [info     ] job deferred                   object_id=2024.5.9 reason=source_unavailable requeue_in_s=300')
    w.log(fx, '@PY@ ERROR fixity: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://minio.archive.svc.cluster.local:9000/preservation?list-type=2&prefix=2019%2F&max-keys=1000"', d=(10, 20))
    w.log(fx, '@PY@ WARNING fixity: retrying in 30s (attempt 2/10)', d=0.002)
    w.log(ai, '{"level":"error","ts":"@ISO@","caller":"ingest/worker.go:77","msg":"SIP failed, moved to retry queue","sip":"SIP-2026-0304-017","stage":"store","err":"giving up after 5 attempts: dial tcp 192.168.50.20:9000: connect: no route to host"}', ev=True, d=(5, 10))
    w.log(cat, '@PY@ INFO django.request: GET /api/objects/2003.17.5 200 (db=collections-pg@192.168.50.31, 11 ms)', d=(1, 3))
    w.log(fx, '@PY@ ERROR fixity: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://minio.archive.svc.cluster.local:9000/preservation?list-type=2&prefix=2019%2F&max-keys=1000"', d=(20, 30))
    return w.record(
        source="synthetic:dev25/archive-minio-no-route",
        question="Why are archive ingests and fixity checks failing since about 17:20?",
        selector=None,
        expected={
            "severity": "ERROR",
            "root_cause_category": "connection_refused",
            "component": "minio",
            "root_cause": "The on-premises MinIO object store behind minio.archive.svc (192.168.50.20:9000) is unreachable: every client gets 'no route to host' / 'Could not connect to the endpoint URL', while other hosts on the same network (collections-pg at 192.168.50.31) still answer.",
            "summary": "Archive ingest, fixity checking and tile building all fail because the MinIO storage host is unreachable.",
            "action": "Check the MinIO appliance at 192.168.50.20 (power, NIC, switch port/VLAN) and restore connectivity; failed SIPs are in the retry queue and will resume.",
        })


# --- 22 -------------------------------------------------------------------
@record
def r22_rabbitmq_restart_refused():
    w = Win("dev25-22-lims-rke2", dt(2025, 12, 2, 12, 7, 44, 21), ts="ms")
    cl = "lims-rke2"
    sh = Shipper(w, "ecs", cl)
    nodes = ["rke2-lims-w1", "rke2-lims-w2", "rke2-lims-w3"]
    rmq = sh.pod("lims", "rabbitmq-server-0", "rabbitmq", nodes[2], "rabbitmq", owner="StatefulSet")
    api = sh.pod("lims", "lims-api-%s" % w.rs(), "lims-api", nodes[0], "lims-api")
    trk = sh.pod("lims", "sample-tracker-%s" % w.rs(), "sample-tracker", nodes[1], "sample-tracker")
    rip = "10.43.%d.%d" % (w.ri(0, 255), w.ri(2, 250))
    w.log(rmq, '@RMQ@ [notice] <0.64.0> SIGTERM received - shutting down', ev=True)
    w.log(rmq, '@RMQ@ [info] <0.905.0> stopped TCP listener on [::]:5672', d=(0.1, 0.5))
    w.log(rmq, '@RMQ@ [info] <0.230.0> Successfully stopped RabbitMQ and its dependencies', ev=True, d=(1, 3))
    sh.event("lims", "Pod", "rabbitmq-server-0", "Killing", "Stopping container rabbitmq", host=nodes[2], d=0.05)
    w.log(api, '@ISO@  WARN 1 --- [lims-api] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused', ev=True, d=(0.5, 1.5))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Restarting Consumer@5c1b2e77: tags=[[]], channel=null, acknowledgeMode=AUTO local queue size=0', d=0.01)
    w.log(trk, '@PY@ ERROR pika.adapters.utils.connection_workflow: TCP Connection attempt failed: ConnectionRefusedError(111, \'Connection refused\'); dest=(\'%s\', 5672)' % rip, ev=True, d=(0.2, 1))
    w.log(trk, '@PY@ WARNING tracker.amqp: AMQP connection lost (AMQPConnectionError); reconnecting in 5s', d=0.01)
    sh.event("lims", "Pod", "rabbitmq-server-0", "Scheduled", "Successfully assigned lims/rabbitmq-server-0 to %s" % nodes[2], source="default-scheduler", d=(3, 5))
    sh.event("lims", "Pod", "rabbitmq-server-0", "Pulled", 'Container image "docker.io/library/rabbitmq:3.13.7-management" already present on machine', host=nodes[2], d=(1, 2))
    for k in range(2):
        w.log(api, '@ISO@  INFO 1 --- [lims-api] [ntContainer#0-2] o.s.a.r.c.CachingConnectionFactory       : Attempting to connect to: [rabbitmq.lims.svc:5672]', d=(4, 6))
        w.log(api, '@ISO@  WARN 1 --- [lims-api] [ntContainer#0-2] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused', d=0.01)
        w.log(trk, '@PY@ ERROR pika.adapters.utils.connection_workflow: TCP Connection attempt failed: ConnectionRefusedError(111, \'Connection refused\'); dest=(\'%s\', 5672)' % rip, d=(0.5, 2))
        w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-%d] c.h.lims.web.SampleController           : POST /api/v2/samples/S-2025-0931%02d/receive -> 202 (event queued to outbox, broker unavailable)' % (w.ri(1, 9), k), d=(0.5, 2))
    w.log(rmq, '@RMQ@ [info] <0.230.0> Starting RabbitMQ 3.13.7 on Erlang 26.2.5.3 [jit]', d=(2, 4))
    w.log(rmq, '@RMQ@ [info] <0.230.0> Server startup complete; 5 plugins started.', d=(8, 12))
    w.log(rmq, '@RMQ@ [info] <0.1543.0> accepting AMQP connection <0.1543.0> (10.42.0.37:44512 -> 10.42.2.9:5672)', d=(1, 3))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [ntContainer#0-3] o.s.a.r.c.CachingConnectionFactory       : Created new connection: rabbitConnectionFactory#6d2a1f0e:4/SimpleConnection@3b8c7f21 [delegate=amqp://lims@%s:5672/lims, localPort=44512]' % rip, d=0.05)
    w.log(trk, '@PY@ INFO tracker.amqp: connected to amqp://rabbitmq.lims.svc:5672/lims, consuming queue sample.status (prefetch=50)', d=(1, 3))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [   scheduling-1] c.h.lims.outbox.OutboxRelay             : relayed 2 pending outbox events (0 failed)', d=(1, 4))
    w.log(trk, '@PY@ INFO tracker.consumer: processed 2 status events (0 errors)', d=(0.5, 2))
    return w.record(
        source="synthetic:dev25/rabbitmq-restart-refused",
        question="lims-api logged AMQP 'Connection refused' errors around 12:08. Is anything still broken?",
        selector=sel(namespace="lims"),
        expected={
            "severity": "WARN",
            "root_cause_category": "connection_refused",
            "component": "rabbitmq",
            "root_cause": "The single-replica rabbitmq-server-0 was terminated (SIGTERM) and restarted, so for about 40 seconds lims-api and sample-tracker got 'Connection refused' on port 5672; both reconnected once RabbitMQ finished starting and the outbox relayed the queued events.",
            "summary": "Transient RabbitMQ outage during a broker restart; clients reconnected automatically and no events were lost.",
            "action": "No immediate action; consider running RabbitMQ as a 3-node cluster (or a PodDisruptionBudget) so restarts do not interrupt the broker.",
        })


# --- 23 -------------------------------------------------------------------
@record
def r23_usage_aggregator_slow():
    w = Win("dev25-23-usage-openshift", dt(2026, 3, 12, 9, 14, 2, 118), ts="us")
    nodes = ["ocp-wtr-worker-%d.wtr.local" % i for i in range(1, 4)]
    sh = Shipper(w, "viaq", "ocp-wtr-prod", events_node=nodes[0])
    rt = sh.pod("openshift-ingress", "router-default-%s" % w.rs(), "router", nodes[0], "router-default")
    por = sh.pod("customer", "customer-portal-%s" % w.rs(), "portal", nodes[1], "customer-portal")
    api = sh.pod("billing", "billing-api-%s" % w.rs(), "billing-api", nodes[1], "billing-api")
    ua = sh.pod("billing", "usage-aggregator-%s" % w.rs(), "usage-aggregator", nodes[2], "usage-aggregator")
    pip = w.ip("10.129.0")

    def hap(acct, code, tr, size):
        return ('haproxy[%d]: 10.128.2.1:%d [@HAP@] fe_sni~ be_secure:customer:customer-portal/pod:%s:customer-portal:https:%s:3000 0/0/1/%d/%d %d %d - - %s 412/409/3/1/0 0/0 "GET /account/%s/usage HTTP/1.1"'
                % (w.ri(30, 40), w.ri(30000, 60000), por.name, pip, tr, tr + 1, code, size, "----", acct))
    pages = ["/account/%s/overview", "/account/%s/payments", "/account/%s/bills/latest.pdf", "/account/%s/autopay"]
    for k in range(9):
        acct = "%05d-%02d" % (w.ri(10000, 79999), w.ri(1, 15))
        path = pages[k % 4] % acct
        w.log(rt, 'haproxy[%d]: 10.128.2.1:%d [@HAP@] fe_sni~ be_secure:customer:customer-portal/pod:%s:customer-portal:https:%s:3000 0/0/1/%d/%d 200 %d - - ---- 398/395/2/1/0 0/0 "GET %s HTTP/1.1"'
               % (w.ri(30, 40), w.ri(30000, 60000), por.name, pip, w.ri(15, 240), w.ri(16, 241), w.ri(900, 90000), path), d=(0.4, 3))
        if k % 3 == 0:
            w.log(api, '@ISO@  INFO 1 --- [billing-api] [nio-8080-exec-%d] o.w.billing.web.AccountController        : GET /api/v1/accounts/%s/summary 200 (%d ms)' % (w.ri(1, 9), acct, w.ri(8, 40)), d=(0.01, 0.1))
    w.log(ua, '@PY@ [%d] [INFO] usage_aggregator.api: GET /usage/30418-07?from=2025-09&to=2026-02 200 in 2.1s (rows=18240)' % w.ri(50, 56))
    accts = ["11872-02", "52209-15", "41177-03"]
    wid = [57, 61, 59]
    for k, acct in enumerate(accts):
        w.log(ua, '@PY@ [%d] [INFO] usage_aggregator.api: GET /usage/%s?from=2024-03&to=2026-02 started (interval=15min, meters=3)' % (wid[k], acct), d=(1, 3))
        w.log(api, '@ISO@ DEBUG 1 --- [billing-api] [nio-8080-exec-%d] o.w.billing.client.UsageClient          : GET http://usage-aggregator.billing.svc:8000/usage/%s (connectTimeout=2s, readTimeout=10s)' % (k + 3, acct), d=(0.05, 0.2))
        w.log(api, '@ISO@ ERROR 1 --- [billing-api] [nio-8080-exec-%d] o.w.billing.web.UsageController         : usage lookup failed for account %s: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://usage-aggregator.billing.svc:8000/usage/%s": Read timed out' % (k + 3, acct, acct), ev=(k < 2), d=10.01)
        w.log(por, '{"level":"error","message":"usage request failed","account":"%s","status":504,"upstream":"billing-api","timestamp":"@ISO@"}' % acct, d=(0.02, 0.1))
        w.log(rt, hap(acct, 504, 10041, 0), d=(0.01, 0.05))
        w.log(ua, '@PY@ [%d] [INFO] usage_aggregator.api: GET /usage/%s?from=2024-03&to=2026-02 200 in %.1fs (rows=%d)' % (wid[k], acct, 24 + 9 * k + w.rng.random() * 4, 70080 + k * 13), ev=True, d=(13, 24))
        if k == 0:
            w.log(ua, '@PY@ [1] [CRITICAL] WORKER TIMEOUT (pid:58)', ev=True, d=(2, 4))
            w.log(ua, '@PY@ [1] [ERROR] Worker (pid:58) was sent SIGKILL! Perhaps out of memory?', d=(0.1, 0.3))
            w.log(ua, '@PY@ [%d] [INFO] Booting worker with pid: %d' % (61, 61), d=(0.05, 0.2))
        w.log(api, '@ISO@  INFO 1 --- [billing-api] [nio-8080-exec-1] o.w.billing.web.AccountController        : GET /api/v1/accounts/%s/balance 200 (11 ms)' % acct, d=(1, 3))
    w.log(ua, '@PY@ [60] [DEBUG] usage_aggregator.query: meter_reads scan: 70093 rows fetched in 0.6s; resample+tariff join in 29.8s (pandas)', ev=True, d=(1, 3))
    w.log(rt, hap("55102-11", 200, 1841, 9120), d=(2, 5))
    return w.record(
        source="synthetic:dev25/usage-aggregator-read-timeouts",
        question="The customer portal's usage page times out (504). Where is the problem?",
        selector=None,
        expected={
            "severity": "ERROR",
            "root_cause_category": "timeout",
            "component": "usage-aggregator",
            "root_cause": "usage-aggregator takes 25-46 s to answer 24-month usage requests (the database fetch is fast; the in-process pandas resample/tariff join is slow), far beyond billing-api's 10 s read timeout, so billing-api gets 'Read timed out' and the portal/router return 504; gunicorn also kills workers that exceed its 30 s timeout.",
            "summary": "Usage requests fail with 504 because usage-aggregator responds too slowly for long date ranges.",
            "action": "Serve usage from pre-aggregated monthly tables or cache results, cap the requested range, and align billing-api / router / gunicorn timeouts once latency is back under control.",
        })


# --- 24 -------------------------------------------------------------------
@record
def r24_opensearch_forcemerge_slow():
    w = Win("dev25-24-search-doks", dt(2025, 10, 21, 10, 30, 12, 400), ts="ms")
    cl = "museum-doks-lon1"
    sh = Shipper(w, "vector", cl)
    nodes = ["museum-pool-r8b1k", "museum-pool-r8b1x", "museum-pool-r8b1q"]
    os0 = sh.pod("search", "opensearch-cluster-master-0", "opensearch", nodes[0], "opensearch", owner="StatefulSet")
    os1 = sh.pod("search", "opensearch-cluster-master-1", "opensearch", nodes[1], "opensearch", owner="StatefulSet")
    cs = sh.pod("collections", "collection-search-%s" % w.rs(), "api", nodes[2], "collection-search")
    web = sh.pod("web", "museum-web-%s" % w.rs(), "next", nodes[2], "museum-web")

    def oslog(pod, lvl, logger, msg):
        return '[@ES@][%-5s][%s] [%s] %s' % (lvl, logger, pod.name, msg)
    w.log(os0, oslog(os0, "INFO", "o.o.i.i.ManagedIndexRunner", "Executing action [force_merge] for index [catalogue-v8] (policy [catalogue-maintenance], state [merge])"), ev=True)
    w.log(os0, oslog(os0, "INFO", "o.o.i.i.s.f.AttemptCallForceMergeStep", "Force merge started for [catalogue-v8] with max_num_segments [1]"), ev=True, d=(0.5, 1))
    w.log(cs, '@PY@ INFO collection_search.api: GET /search?q=tapestry&page=1 200 in 84ms (hits=312)', d=(2, 4))
    for k in range(3):
        q = ["ceramics", "william morris", "bronze age"][k]
        w.log(os1 if k % 2 else os0, oslog(os1 if k % 2 else os0, "WARN", "i.s.s.query", "[catalogue-v8][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\"size\":20,\"query\":{\"multi_match\":{\"query\":\"%s\",\"fields\":[\"title^3\",\"description\",\"maker\"]}}}], id[]," % (k, 10.2 + k * 1.7, int((10.2 + k * 1.7) * 1000), 400 + k * 37, q)), ev=(k == 0), d=(6, 12))
        w.log(cs, '@PY@ ERROR collection_search.api: search failed for q=%r: ConnectionTimeout caused by - ReadTimeoutError(HTTPSConnectionPool(host=\'opensearch-cluster-master.search.svc\', port=9200): Read timed out. (read timeout=10))' % q, ev=(k == 0), d=(0.01, 0.05))
        w.log(web, '{"level":"warn","time":"@ISO@","msg":"search degraded, showing cached facets","upstream":"collection-search","status":504}', d=(0.05, 0.2))
        w.log(cs, '@PY@ INFO collection_search.api: GET /objects/%s 200 in %dms (cache)' % (["1911.3.208", "1954.120.9", "2003.17.5"][k], w.ri(18, 40)), d=(1, 4))
    w.log(os1, oslog(os1, "INFO", "o.o.m.j.JvmGcMonitorService", "[gc][81233] overhead, spent [402ms] collecting in the last [1s]"), d=(2, 5))
    w.log(os0, oslog(os0, "INFO", "o.o.i.i.s.f.WaitForForceMergeStep", "Force merge completed for [catalogue-v8]"), d=(60, 90))
    for q in ["tapestry", "ceramics"]:
        w.log(cs, '@PY@ INFO collection_search.api: GET /search?q=%s&page=1 200 in %dms (hits=%d)' % (q, w.ri(60, 140), w.ri(200, 500)), d=(3, 8))
    w.log(web, '{"level":"info","time":"@ISO@","msg":"search healthy again","upstream":"collection-search","p95_ms":131}', d=(5, 15))
    return w.record(
        source="synthetic:dev25/opensearch-forcemerge-slow-queries",
        question="Search on the museum website was failing this morning. Is it still a problem?",
        selector=sel(namespace="collections"),
        expected={
            "severity": "WARN",
            "root_cause_category": "timeout",
            "component": "opensearch",
            "root_cause": "An ISM maintenance policy ran a force_merge (max_num_segments=1) on catalogue-v8 during opening hours; while it ran, OpenSearch queries took 10-14 s and collection-search hit its 10 s read timeout. Latency returned to normal once the merge completed.",
            "summary": "Temporary search timeouts caused by a daytime force merge on the catalogue index; recovered.",
            "action": "Move the catalogue-maintenance force_merge to off-hours (or drop it for an actively updated index); no immediate action needed now.",
        })


# --- 25 -------------------------------------------------------------------
@record
def r25_emqx_cert_expired():
    w = Win("dev25-25-scada-talos", dt(2026, 2, 1, 0, 4, 2, 515), ts="ns")
    cl = "wtr-edge-talos"
    sh = Shipper(w, "alloy", cl)
    nodes = ["talos-edge-w1", "talos-edge-w2", "talos-edge-w3"]
    emqx = sh.pod("scada", "emqx-core-0", "emqx", nodes[0], "emqx", owner="StatefulSet")
    gws = [sh.pod("scada", "scada-gateway-%s" % w.rs(), "gateway", nodes[i % 3], "scada-gateway") for i in range(2)]
    ti = sh.pod("scada", "telemetry-ingest-%s" % w.rs(), "telemetry-ingest", nodes[1], "telemetry-ingest")
    hist = sh.pod("scada", "historian-writer-%s" % w.rs(), "writer", nodes[2], "historian-writer")
    expmsg = "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after 2026-01-31T23:59:59Z"
    sh.event("scada", "Pod", "emqx-core-0", "Killing", "Stopping container emqx", host=nodes[0])
    sh.event("scada", "Pod", "emqx-core-0", "Started", "Started container emqx", host=nodes[0], d=(8, 12))
    w.log(emqx, '@RMQ@ [info] msg: start_listener, listener: ssl:default, bind: 0.0.0.0:8883, certfile: /opt/emqx/etc/certs/tls.crt', d=(3, 5))
    w.log(emqx, '@RMQ@ [notice] EMQX 5.8.3 is running now!', d=(0.2, 1))
    for k, gw in enumerate(gws):
        w.log(gw, 'time="@ISOS@" level=info msg="connecting to broker" broker="ssl://emqx.scada.svc:8883" client_id=%s attempt=1' % gw.name, d=(0.5, 2))
        w.log(gw, 'time="@ISOS@" level=error msg="mqtt connect failed" broker="ssl://emqx.scada.svc:8883" error="%s"' % expmsg, ev=True, d=(0.05, 0.2))
        w.log(emqx, '@RMQ@ [error] supervisor: \'esockd_connection_sup - <0.%d.0>\', errorContext: connection_shutdown, reason: {ssl_error,{tls_alert,{certificate_expired,"TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired\\n"}}}, offender: [{pid,<0.%d.0>},{name,connection},{mfargs,{emqx_connection,start_link,[#{listener => {ssl,default},zone => default,limiter => undefined,enable_authn => true}]}}]' % (4500 + k * 17, 4500 + k * 17), ev=(k == 0), d=(0.001, 0.01))
    for r in range(3):
        for gw in gws:
            w.log(gw, 'time="@ISOS@" level=error msg="mqtt connect failed" broker="ssl://emqx.scada.svc:8883" error="%s" attempt=%d backoff=%ds' % (expmsg, r + 2, 5 * 2 ** r), d=(5 * 2 ** r, 5 * 2 ** r + 2))
        w.log(gws[0], 'time="@ISOS@" level=warning msg="store-and-forward buffer growing" queued=%d oldest=2026-02-01T00:04:03Z capacity=50000' % (4200 * (r + 1) + w.ri(0, 300)), d=(0.5, 2))
        if r == 1:
            w.log(hist, '{"time":"@ISO@","level":"INFO","msg":"flush ok","bucket":"scada_raw","points":0,"errors":0}')
            w.log(ti, '@JAVA@  WARN [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.StalenessMonitor : no readings received for 120s from 48/48 stations (last: 2026-02-01T00:04:01Z)')
    w.log(emqx, '@RMQ@ [warning] msg: cert_expiry_check, listener: ssl:default, subject: "CN=mqtt.scada.wtr.local,O=Waterworks,OU=OT", not_after: "2026-01-31T23:59:59Z", days_left: -1', ev=True, d=(1, 3))
    w.log(ti, '@JAVA@ ERROR [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.alarm.StalenessAlarm : raising SCADA_TELEMETRY_STALE for 48 stations (no data for 300s)', d=(60, 90))
    return w.record(
        source="synthetic:dev25/emqx-server-cert-expired",
        question="No pump station telemetry has arrived since just after midnight. What broke?",
        selector=sel(namespace="scada"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "tls_certificate",
            "component": "emqx",
            "root_cause": "The EMQX broker's TLS server certificate (CN=mqtt.scada.wtr.local) expired at 2026-01-31T23:59:59Z; when emqx-core-0 restarted at 00:04 every scada-gateway reconnect failed certificate verification ('x509: certificate has expired'), so no telemetry is published and the gateways' store-and-forward buffers are filling.",
            "summary": "All SCADA telemetry is down because the MQTT broker certificate expired; buffered readings are at risk once the buffers fill.",
            "action": "Reissue the broker certificate for mqtt.scada.wtr.local, update the emqx TLS secret and restart the listener; then automate renewal (cert-manager) and monitor expiry.",
        })


# --- 26 -------------------------------------------------------------------
@record
def r26_lims_truststore_pkix():
    w = Win("dev25-26-lims-microk8s", dt(2025, 9, 15, 8, 1, 40, 777), ts="ms")
    cl = "lims-mk8s"
    sh = Shipper(w, "promtail", cl, events_node="mk8s-lab-01")
    nodes = ["mk8s-lab-01", "mk8s-lab-02", "mk8s-lab-03"]
    cm = sh.pod("cert-manager", "cert-manager-%s" % w.rs(), "cert-manager-controller", nodes[0], "cert-manager")
    hub = sh.pod("instruments", "instrument-hub-%s" % w.rs(), "hub", nodes[1], "instrument-hub")
    api = sh.pod("lims", "lims-api-%s" % w.rs(), "lims-api", nodes[2], "lims-api")
    trk = sh.pod("lims", "sample-tracker-%s" % w.rs(), "sample-tracker", nodes[1], "sample-tracker")
    w.log(cm, klog("I", 1, "issuing_controller.go:181", '"issued certificate" logger="cert-manager.certificates-issuing" key="instruments/instrument-hub-tls" issuer="ClusterIssuer/pharma-internal-ca-g2" not_after="2026-09-15T08:01:39Z"'))
    sh.event("instruments", "Certificate", "instrument-hub-tls", "Issuing", "The certificate has been successfully issued", source="cert-manager-certificates-issuing")
    w.log(hub, '{"level":"info","ts":"@ISO@","msg":"TLS certificate reloaded","subject":"CN=instrument-hub.pharma.internal","issuer":"CN=Pharma Internal Issuing CA G2,O=Pharma","serial":"%s"}' % w.hexs(32), d=(2, 5))
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"instruments/client.go:58","msg":"fetched instrument status","instruments":14,"url":"https://instrument-hub.pharma.internal/api/v1/status"}', d=(5, 10))
    for k in range(3):
        inst = ["qpcr-quantstudio-07", "plate-reader-spark-02", "hplc-1290-04"][k]
        w.log(api, '@ISO@ ERROR 1 --- [lims-api] [   scheduling-2] c.h.lims.instruments.ResultImporter     : result import from %s failed: I/O error on GET request for "https://instrument-hub.pharma.internal/api/v1/results?instrument=%s&since=2025-09-15T07:45:00Z": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target' % (inst, inst), ev=(k < 2), d=(8, 20))
        if k == 0:
            w.log(api, 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', ev=True, d=0.001)
            w.log(api, '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)', d=0.001)
            w.log(api, '\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)', d=0.001)
            w.log(api, 'Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', d=0.001)
        w.log(hub, '{"level":"warn","ts":"@ISO@","msg":"http: TLS handshake error from %s:%d: remote error: tls: bad certificate"}' % (w.ip("10.1.%d" % w.ri(10, 200)), w.ri(30000, 60000)), d=(0.005, 0.02))
        w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-%d] c.h.lims.web.SampleController           : GET /api/v2/samples/S-2025-09%04d -> 200 (%d ms)' % (w.ri(1, 9), w.ri(1000, 9999), w.ri(20, 90)), d=(1, 4))
    w.log(api, '@ISO@ DEBUG 1 --- [lims-api] [   scheduling-2] c.h.lims.config.TlsConfig               : outbound TLS context: truststore /opt/lims/truststore.jks (3 entries: pharma-root-ca-2019, pharma-issuing-ca-g1, digicert-global-root-g2)', d=(1, 3))
    w.log(trk, '{"level":"info","ts":@EPOCH@,"caller":"instruments/client.go:58","msg":"fetched instrument status","instruments":14,"url":"https://instrument-hub.pharma.internal/api/v1/status"}', d=(5, 10))
    w.log(api, '@ISO@  WARN 1 --- [lims-api] [   scheduling-2] c.h.lims.instruments.ResultImporter     : 3 instruments have pending results older than 15 min (qpcr-quantstudio-07, plate-reader-spark-02, hplc-1290-04)', d=(5, 10))
    return w.record(
        source="synthetic:dev25/lims-truststore-missing-new-ca",
        question="Since this morning LIMS is not importing instrument results. Why?",
        selector=sel(namespace="lims", app="lims-api"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "tls_certificate",
            "component": "lims-api",
            "root_cause": "instrument-hub's certificate was re-issued by the new Pharma Internal Issuing CA G2, but lims-api's Java truststore only contains the G1 issuing CA, so every TLS handshake to instrument-hub fails with PKIX path building failed (unknown authority); clients with an updated CA bundle still connect.",
            "summary": "lims-api cannot import instrument results because it does not trust the new issuing CA used by instrument-hub.",
            "action": "Add Pharma Internal Issuing CA G2 (or the root-anchored chain) to lims-api's truststore, e.g. via a trust-manager bundle, and restart lims-api; have instrument-hub serve the full chain.",
        })


# --- 27 -------------------------------------------------------------------
@record
def r27_digitization_s3_denied():
    w = Win("dev25-27-digitization-eks", dt(2026, 1, 29, 13, 48, 11, 9), ts="ms")
    cl = "archive-eks-prod"
    sh = Shipper(w, "otel", cl)
    nodes = ["ip-10-70-%d-%d.eu-central-1.compute.internal" % (a, b) for a, b in ((12, 40), (21, 7), (33, 198))]
    di = sh.pod("archive", "digitization-ingest-%s" % w.rs(), "ingest", nodes[0], "digitization-ingest")
    tb = sh.pod("collections", "tile-builder-%s" % w.rs(), "tile-builder", nodes[1], "tile-builder")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", nodes[2], "catalogue-api")
    role = "arn:aws:sts::210987654321:assumed-role/digitization-ingest-irsa/1769694491127468911"
    w.log(di, '{"level":"info","ts":"@ISO@","caller":"batch/run.go:58","msg":"batch started","batch":"DIG-2026-01-29-02","objects":640,"workers":16}')
    w.log(tb, '@ISOU@ [info     ] pyramid written                levels=7 tiles=1365 failed=0 object_id=2025.88.14 duration_s=13.0 source=s3://museum-digitization-masters/2025/2025.88.14.tif')
    for k in range(4):
        obj = "2026.4.%d" % (110 + k)
        rid = w.alnum(16, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")
        w.log(di, '{"level":"error","ts":"@ISO@","caller":"store/s3.go:97","msg":"upload failed","object":"%s","key":"2026/%s/master.tif","err":"operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: User: %s is not authorized to perform: s3:PutObject on resource: \\"arn:aws:s3:::museum-digitization-masters/2026/%s/master.tif\\" with an explicit deny in a resource-based policy"}' % (obj, obj, rid, w.hexs(40), role, obj), ev=(k < 2 or k == 3), d=(1, 4))
        if k == 1:
            w.log(cat, '@PY@ INFO django.request: GET /api/objects/2025.88.14 200 (14 ms)')
            w.log(tb, '@ISOU@ [info     ] job claimed                    job_id=tb-%s object_id=2025.88.15 source=s3://museum-digitization-masters/2025/2025.88.15.tif' % w.hexs(8))
    w.log(di, '{"level":"warn","ts":"@ISO@","caller":"batch/run.go:131","msg":"non-retryable error, marking objects failed","code":"AccessDenied","failed":16}', d=(0.5, 2))
    w.log(tb, '@ISOU@ [info     ] pyramid written                levels=7 tiles=1365 failed=0 object_id=2025.88.15 duration_s=12.4', d=(8, 12))
    w.log(di, '{"level":"debug","ts":"@ISO@","caller":"aws/config.go:44","msg":"credentials","provider":"WebIdentityCredentials","role_arn":"arn:aws:iam::210987654321:role/digitization-ingest-irsa","expires":"2026-01-29T14:48:10Z"}', d=(1, 3))
    for k in range(2):
        obj = "2026.4.%d" % (130 + k)
        w.log(di, '{"level":"error","ts":"@ISO@","caller":"store/s3.go:97","msg":"upload failed","object":"%s","key":"2026/%s/master.tif","err":"operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: User: %s is not authorized to perform: s3:PutObject on resource: \\"arn:aws:s3:::museum-digitization-masters/2026/%s/master.tif\\" with an explicit deny in a resource-based policy"}' % (obj, obj, w.alnum(16, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), w.hexs(40), role, obj), d=(2, 6))
    w.log(di, '{"level":"info","ts":"@ISO@","caller":"batch/run.go:74","msg":"progress","batch":"DIG-2026-01-29-02","done":0,"failed":34,"rate_per_s":0}', d=(3, 6))
    w.log(cat, '@PY@ INFO django.request: GET /api/search?q=astrolabe 200 (61 ms)', d=(1, 3))
    return w.record(
        source="synthetic:dev25/digitization-s3-explicit-deny",
        question="Why does every upload in today's digitization batch fail?",
        selector=sel(namespace="archive", app="digitization-ingest"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "auth_failure",
            "component": "digitization-ingest",
            "root_cause": "S3 rejects digitization-ingest's PutObject calls with 403 AccessDenied: the IRSA role digitization-ingest-irsa is blocked by an explicit deny in the museum-digitization-masters bucket policy, so no master image can be uploaded (reads by other services still work).",
            "summary": "All digitization uploads fail with S3 AccessDenied because of an explicit deny in the bucket policy for the ingest role.",
            "action": "Fix the bucket policy (e.g. the new condition that denies the IRSA role) to allow s3:PutObject for digitization-ingest-irsa, then re-run the failed batch.",
        })


# --- 28 -------------------------------------------------------------------
@record
def r28_pump_operator_rbac():
    w = Win("dev25-28-pumps-k3s", dt(2025, 12, 20, 5, 30, 0, 640), ts="us")
    cl = "wtr-plant-k3s"
    sh = Shipper(w, "vector", cl)
    nodes = ["plant-k3s-01", "plant-k3s-02", "plant-k3s-03"]
    op = sh.pod("scada", "pump-schedule-operator-%s" % w.rs(), "manager", nodes[1], "pump-schedule-operator")
    gw = sh.pod("scada", "scada-gateway-%s" % w.rs(), "gateway", nodes[0], "scada-gateway")
    helm = sh.pod("kube-system", "helm-install-pump-schedule-operator-%s" % w.sfx(), "helm", nodes[2], "helm-install", owner="Job")
    sa = "system:serviceaccount:scada:pump-schedule-operator"
    w.log(helm, 'Upgrading pump-schedule-operator')
    w.log(helm, '+ helm upgrade --set-string global.clusterCIDR=10.42.0.0/16 --set-string global.systemDefaultRegistry= pump-schedule-operator https://10.43.0.1:443/static/charts/pump-schedule-operator-2.0.1.tgz --values /config/values-10_HelmChartConfig.yaml', d=(0.2, 0.5))
    w.log(helm, 'Release "pump-schedule-operator" has been upgraded. Happy Helming!', d=(4, 8))
    w.log(op, '{"level":"info","ts":"@ISO@","logger":"setup","msg":"starting manager","version":"2.0.1","watchNamespace":""}', d=(6, 10))
    w.log(op, '{"level":"info","ts":"@ISO@","msg":"Starting EventSource","controller":"pumpschedule","controllerGroup":"scada.wtr.io","controllerKind":"PumpSchedule","source":"kind source: *v1alpha1.PumpSchedule"}', d=(0.1, 0.4))
    for k in range(3):
        w.log(op, klog("W", 1, "reflector.go:561", 'pkg/mod/k8s.io/client-go@v0.31.2/tools/cache/reflector.go:243: failed to list *v1alpha1.PumpSchedule: pumpschedules.scada.wtr.io is forbidden: User "%s" cannot list resource "pumpschedules" in API group "scada.wtr.io" at the cluster scope' % sa), ev=(k == 0), d=(1, 8))
        w.log(op, klog("E", 1, "reflector.go:158", '"Unhandled Error" err="pkg/mod/k8s.io/client-go@v0.31.2/tools/cache/reflector.go:243: Failed to watch *v1alpha1.PumpSchedule: failed to list *v1alpha1.PumpSchedule: pumpschedules.scada.wtr.io is forbidden: User \\"%s\\" cannot list resource \\"pumpschedules\\" in API group \\"scada.wtr.io\\" at the cluster scope" logger="UnhandledError"' % sa), ev=(k in (0, 2)), d=0.001)
        w.log(gw, 'time="@ISOS@" level=info msg="poll cycle complete" cycle=%d stations=48 ok=48 failed=0 duration=2.2%ds' % (40211 + k, w.ri(0, 9)), d=(2, 6))
    w.log(op, '{"level":"error","ts":"@ISO@","msg":"Could not wait for Cache to sync","controller":"pumpschedule","controllerGroup":"scada.wtr.io","controllerKind":"PumpSchedule","error":"failed to wait for pumpschedule caches to sync: timed out waiting for cache to be synced for Kind *v1alpha1.PumpSchedule"}', d=(60, 90))
    w.log(op, '{"level":"error","ts":"@ISO@","logger":"setup","msg":"problem running manager","error":"failed to wait for pumpschedule caches to sync: timed out waiting for cache to be synced for Kind *v1alpha1.PumpSchedule"}', d=(0.01, 0.05))
    sh.event("scada", "Pod", op.name, "BackOff", "Back-off restarting failed container manager in pod %s_scada(%s)" % (op.name, w.uuid()), etype="Warning", host=nodes[1], d=(5, 15))
    w.log(gw, 'time="@ISOS@" level=warning msg="no schedule update for station group" group=HIGH-LIFT last_update=2025-12-20T05:00:00Z tariff_window=OFFPEAK_0530_0730 action="keeping previous setpoints"', d=(1, 5))
    return w.record(
        source="synthetic:dev25/pump-operator-rbac-forbidden",
        question="The off-peak pump schedule was not applied this morning. What is wrong with pump-schedule-operator?",
        selector=sel(namespace="scada", app="pump-schedule-operator"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "auth_failure",
            "component": "pump-schedule-operator",
            "root_cause": "After the upgrade to chart 2.0.1 the operator watches all namespaces, but its service account system:serviceaccount:scada:pump-schedule-operator is forbidden to list pumpschedules.scada.wtr.io at the cluster scope (RBAC), so its informer cache never syncs, the manager exits and restarts, and no schedules are reconciled.",
            "summary": "pump-schedule-operator is blocked by RBAC (forbidden list at cluster scope) and crash-restarts; pump setpoints are not updated for the off-peak window.",
            "action": "Grant a ClusterRole/ClusterRoleBinding for pumpschedules (list/watch) or set the operator's watchNamespace back to scada to match its namespaced Role.",
        })


# --- 29 -------------------------------------------------------------------
@record
def r29_tracker_missing_env():
    w = Win("dev25-29-tracker-lke", dt(2026, 2, 10, 16, 2, 19, 230), ts="ms")
    cl = "lims-lke-fra"
    sh = Shipper(w, "fluentbit", cl)
    nodes = ["lke301122-455781-%s" % h for h in ("1a2b3c4d0000", "2b3c4d5e0001", "3c4d5e6f0002")]
    rs_new = "sample-tracker-6b7d9c8f5d"
    trk = [sh.pod("lims", "%s-%s" % (rs_new, w.sfx()), "sample-tracker", nodes[i], "sample-tracker") for i in range(2)]
    api = sh.pod("lims", "lims-api-%s" % w.rs(), "lims-api", nodes[2], "lims-api")
    ing = sh.pod("ingress-nginx", "ingress-nginx-controller-%s" % w.rs(), "controller", nodes[0], "ingress-nginx")
    uids = [w.uuid(), w.uuid()]
    sh.event("lims", "Deployment", "sample-tracker", "ScalingReplicaSet", "Scaled down replica set sample-tracker-5f8c7b6d4c to 0 from 2", source="deployment-controller")
    sh.event("lims", "Deployment", "sample-tracker", "ScalingReplicaSet", "Scaled up replica set %s to 2" % rs_new, source="deployment-controller", d=(3, 6))
    for r in range(3):
        for i, t in enumerate(trk):
            w.log(t, '{"level":"info","ts":@EPOCH@,"caller":"cmd/tracker/main.go:44","msg":"starting sample-tracker","version":"3.2.0","commit":"9e1f4ab"}', d=(1, 4))
            w.log(t, '{"level":"fatal","ts":@EPOCH@,"caller":"cmd/tracker/main.go:61","msg":"invalid configuration","error":"envconfig.Process: required key LIMS_DB_DSN missing value","stacktrace":"main.main\\n\\t/src/cmd/tracker/main.go:61\\nruntime.main\\n\\t/usr/local/go/src/runtime/proc.go:272"}', ev=(r == 0 or (r == 2 and i == 1)), d=(0.002, 0.01))
            if r >= 1:
                sh.event("lims", "Pod", t.name, "BackOff", "Back-off restarting failed container sample-tracker in pod %s_lims(%s)" % (t.name, uids[i]), etype="Warning", host=t.node, count=r + 1, ev=(r == 2 and i == 0), d=(0.5, 2))
        if r == 0:
            w.log(api, '@ISO@  WARN 1 --- [lims-api] [nio-8080-exec-3] c.h.lims.client.TrackerClient           : sample-tracker unavailable: I/O error on GET request for "http://sample-tracker.lims.svc:8080/v1/samples/S-2026-004771/location": Connection refused', d=(1, 3))
            w.log(ing, '10.2.0.%d - - [@NGINX@] "GET /api/v2/samples/S-2026-004771/location HTTP/1.1" 502 150 "-" "LIMS-Desktop/5.2.1 (Windows NT 10.0)" 502 0.012 [lims-lims-api-8080] [] 10.2.1.33:8080 150 0.012 502 %s' % (w.ri(2, 200), w.hexs(32)), d=(0.01, 0.05))
        w.skip([10, 20, 40][r])
    w.log(api, '@ISO@ ERROR 1 --- [lims-api] [nio-8080-exec-8] c.h.lims.client.TrackerClient           : sample-tracker unavailable: I/O error on GET request for "http://sample-tracker.lims.svc:8080/v1/samples/S-2026-004775/location": Connection refused', d=(1, 3))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-2] c.h.lims.web.SampleController           : GET /api/v2/samples/S-2026-004702 -> 200 (33 ms)', d=(1, 3))
    return w.record(
        source="synthetic:dev25/tracker-missing-env-crashloop",
        question="Why is sample-tracker down after this afternoon's deployment?",
        selector=sel(namespace="lims", app="sample-tracker"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "config_error",
            "component": "sample-tracker",
            "root_cause": "The new sample-tracker revision (3.2.0) exits at startup with 'envconfig.Process: required key LIMS_DB_DSN missing value': the required environment variable is not provided in the pod spec, so both replicas crash immediately and are in CrashLoopBackOff (the Recreate rollout already removed the old pods).",
            "summary": "sample-tracker is completely down: a required env var (LIMS_DB_DSN) is missing, so every pod exits on startup; lims-api sample location lookups fail.",
            "action": "Restore LIMS_DB_DSN in the Deployment (or the Secret/ConfigMap it is sourced from) or roll back to the previous revision, then verify the pods start.",
        })


# --- 30 -------------------------------------------------------------------
@record
def r30_nginx_unknown_directive():
    w = Win("dev25-30-web-kind", dt(2026, 1, 8, 10, 20, 41, 50), ts="ns")
    cl = "museum-staging"
    sh = Shipper(w, "ecs", cl)
    nodes = ["museum-staging-worker", "museum-staging-worker2"]
    flux = sh.pod("flux-system", "kustomize-controller-%s" % w.rs(), "manager", nodes[0], "kustomize-controller")
    rs_new = "museum-web-7b95c4d8f6"
    new = sh.pod("web", "%s-%s" % (rs_new, w.sfx()), "nginx", nodes[1], "museum-web")
    old = sh.pod("web", "museum-web-58c6d7f9b4-%s" % w.sfx(), "nginx", nodes[0], "museum-web")
    uid = w.uuid()
    w.log(flux, '{"level":"info","ts":"@ISO@","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"museum-web","namespace":"flux-system"},"name":"museum-web","namespace":"flux-system","reconcileID":"%s","output":{"ConfigMap/web/museum-web-nginx-5h8t2k9m4b":"created","Deployment/web/museum-web":"configured","Service/web/museum-web":"unchanged"},"revision":"main@sha1:7c41e0d2a9b8f3e6d5c4b3a29180f7e6d5c4b3a2"}' % w.uuid())
    sh.event("web", "Deployment", "museum-web", "ScalingReplicaSet", "Scaled up replica set %s to 1" % rs_new, source="deployment-controller")
    for r in range(3):
        w.log(new, '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration', d=(1, 3))
        w.log(new, '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh', d=0.002)
        w.log(new, '/docker-entrypoint.sh: Configuration complete; ready for start up', d=0.01)
        w.log(new, '@GO@ [emerg] 1#1: unknown directive "proxy_cache_vaild" in /etc/nginx/conf.d/default.conf:23', ev=(r != 1), d=0.01)
        w.log(new, 'nginx: [emerg] unknown directive "proxy_cache_vaild" in /etc/nginx/conf.d/default.conf:23', ev=(r == 0), d=0.001)
        if r >= 1:
            sh.event("web", "Pod", new.name, "BackOff", "Back-off restarting failed container nginx in pod %s_web(%s)" % (new.name, uid), etype="Warning", host=new.node, count=r, ev=(r == 2), d=(0.5, 1.5))
        w.log(old, '10.244.0.1 - - [@NGINX@] "GET /collections/ceramics HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" "-"', d=(1, 4))
        w.log(old, '10.244.0.1 - - [@NGINX@] "GET /_next/static/chunks/app-4f3c2b1a.js HTTP/1.1" 200 91233 "https://staging.example-museum.org/collections/ceramics" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" "-"', d=(0.05, 0.3))
        w.skip([10, 20, 40][r])
    w.log(flux, '{"level":"error","ts":"@ISO@","msg":"Reconciliation failed after 2m0s, next try in 5m0s","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"museum-web","namespace":"flux-system"},"revision":"main@sha1:7c41e0d2a9b8f3e6d5c4b3a29180f7e6d5c4b3a2","error":"Deployment/web/museum-web status: \'Failed\'"}', d=(5, 15))
    return w.record(
        source="synthetic:dev25/museum-web-nginx-typo",
        question="The staging deploy of museum-web from main never finishes. Why?",
        selector=sel(namespace="web"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "config_error",
            "component": "museum-web",
            "root_cause": "The new museum-web nginx ConfigMap contains a typo, 'proxy_cache_vaild' (unknown directive) at default.conf line 23, so nginx refuses to start in the new pod, which crash-loops and blocks the rollout; the old replica still serves.",
            "summary": "museum-web rollout on staging fails because of an invalid nginx directive in the new config.",
            "action": "Fix the directive to proxy_cache_valid in the nginx config, add an 'nginx -t' check to CI, and let Flux reconcile again.",
        })


# --- 31 -------------------------------------------------------------------
@record
def r31_historian_wal_disk_full():
    w = Win("dev25-31-historian-gke", dt(2025, 11, 7, 3, 41, 26, 300), ts="ms")
    cl = "wtr-scada-gke"
    sh = Shipper(w, "alloy", cl)
    nA = "gke-wtr-scada-db-pool-0c7e5a11-rz4d"
    nB = "gke-wtr-scada-default-pool-9b1f2e33-w8lc"
    db = sh.pod("scada", "historian-db-0", "timescaledb", nA, "historian-db", owner="StatefulSet")
    wr = sh.pod("scada", "historian-writer-%s" % w.rs(), "writer", nB, "historian-writer")
    rep = sh.pod("reporting", "compliance-reports-%s" % w.rs(), "reports", nB, "compliance-reports")
    w.log(wr, '{"time":"@ISO@","level":"INFO","msg":"flush ok","table":"readings","rows":2400,"errors":0}')
    w.log(db, '@PG@ [28871] LOG:  checkpoint starting: wal')
    w.log(db, '@PG@ [31204] PANIC:  could not write to file "pg_wal/xlogtemp.31204": No space left on device', ev=True, d=(2, 5))
    w.log(db, '@PG@ [31204] STATEMENT:  INSERT INTO readings (ts, station_id, point, value) VALUES ($1,$2,$3,$4),($5,$6,$7,$8) ...', d=0.001)
    w.log(db, '@PG@ [1] LOG:  server process (PID 31204) was terminated by signal 6: Aborted', ev=True, d=(0.05, 0.2))
    w.log(db, '@PG@ [1] LOG:  terminating any other active server processes', d=0.002)
    w.log(wr, '{"time":"@ISO@","level":"ERROR","msg":"write failed","table":"readings","rows":2400,"error":"FATAL: the database system is in recovery mode (SQLSTATE 57P03)"}', d=(0.2, 1))
    w.log(db, '@PG@ [1] LOG:  all server processes terminated; reinitializing', d=(0.2, 0.5))
    w.log(db, '@PG@ [31219] LOG:  database system was interrupted; last known up at 2025-11-07 03:38:12 UTC', d=(0.05, 0.1))
    w.log(db, '@PG@ [31219] LOG:  database system was not properly shut down; automatic recovery in progress', d=(0.1, 0.3))
    w.log(db, '@PG@ [31219] LOG:  redo starts at 3A/9F0012C8', d=(0.1, 0.3))
    w.log(db, '@PG@ [31219] FATAL:  could not write to file "pg_wal/xlogtemp.31219": No space left on device', ev=True, d=(1, 3))
    w.log(db, '@PG@ [1] LOG:  startup process (PID 31219) exited with exit code 1', d=0.01)
    w.log(db, '@PG@ [1] LOG:  aborting startup due to startup process failure', d=0.002)
    w.log(db, '@PG@ [1] LOG:  database system is shut down', d=0.01)
    sh.event("scada", "Pod", "historian-db-0", "BackOff", "Back-off restarting failed container timescaledb in pod historian-db-0_scada(%s)" % w.uuid(), etype="Warning", host=nA, d=(3, 6))
    for k in range(3):
        w.log(wr, '{"time":"@ISO@","level":"ERROR","msg":"write failed","table":"readings","rows":2400,"error":"dial tcp 10.52.3.18:5432: connect: connection refused","buffered_batches":%d}' % (k + 2), d=(8, 14))
        if k == 1:
            w.log(rep, '@PY@ ERROR reports.daily: DWI compliance extract failed: psycopg.OperationalError: connection failed: connection to server at "historian-db.scada.svc" (10.52.3.18), port 5432 failed: Connection refused')
    w.log(db, '@PG@ [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 13.2.1, 64-bit', d=(10, 20))
    w.log(db, '@PG@ [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432', d=0.01)
    w.log(db, '@PG@ [31240] LOG:  database system was interrupted while in recovery at 2025-11-07 03:41:32 UTC', d=(0.1, 0.3))
    w.log(db, '@PG@ [31240] FATAL:  could not write to file "pg_wal/xlogtemp.31240": No space left on device', ev=True, d=(1, 3))
    w.log(db, '@PG@ [1] LOG:  database system is shut down', d=0.01)
    w.log(wr, '{"time":"@ISO@","level":"WARN","msg":"local buffer high-water mark","buffered_batches":5,"limit":20,"oldest":"2025-11-07T03:41:29Z"}', d=(2, 5))
    return w.record(
        source="synthetic:dev25/historian-wal-disk-full",
        question="historian-db-0 keeps restarting. What is going on?",
        selector=sel(namespace="scada", pod="historian-db-0"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "resource_exhausted",
            "component": "historian-db",
            "root_cause": "The historian TimescaleDB volume is full: PostgreSQL PANICs with 'could not write to file pg_wal/xlogtemp: No space left on device', and every restart fails again during WAL recovery for the same reason, so the database is down in a crash loop.",
            "summary": "The SCADA historian database is down because its data/WAL volume ran out of space; telemetry writes are only buffered and compliance reports fail.",
            "action": "Expand the historian-db PVC (or free space: drop stale replication slots / old WAL, apply Timescale retention or compression), then let PostgreSQL finish recovery and drain the writer buffers before they overflow.",
        })


# --- 32 -------------------------------------------------------------------
@record
def r32_lims_hikari_leak():
    w = Win("dev25-32-lims-aks", dt(2026, 3, 3, 14, 12, 5, 640), ts="us")
    cl = "lims-aks-neu"
    sh = Shipper(w, "vector", cl)
    nodes = ["aks-lims-16627481-vmss00000%d" % i for i in range(3)]
    api = sh.pod("lims", "lims-api-%s" % w.rs(), "lims-api", nodes[0], "lims-api")
    pg = sh.pod("lims", "lims-pg-1", "postgres", nodes[1], "lims-pg", owner="StatefulSet")
    ing = sh.pod("ingress-nginx", "ingress-nginx-controller-%s" % w.rs(), "controller", nodes[2], "ingress-nginx")
    up = w.ip("10.244.0")

    def acc(method, path, st, size, rt):
        return ('10.224.0.%d - - [@NGINX@] "%s %s HTTP/1.1" %d %d "-" "LIMS-Desktop/5.2.1 (Windows NT 10.0)" %d %.3f [lims-lims-api-8080] [] %s:8080 %d %.3f %d %s'
                % (w.ri(2, 200), method, path, st, size, w.ri(300, 600), rt, up, size, rt, st, w.hexs(32)))
    w.log(api, '@ISO@  INFO 1 --- [lims-api] [nio-8080-exec-14] c.h.lims.reports.ExportController      : GET /api/v2/reports/stability-study/SS-2026-07/export.csv started')
    w.log(api, '@ISO@  WARN 1 --- [lims-api] [l-1 housekeeper] com.zaxxer.hikari.pool.ProxyLeakTask     : Connection leak detection triggered for org.postgresql.jdbc.PgConnection@6b1d2f3a on thread http-nio-8080-exec-14, stack trace follows', ev=True, d=(60, 61))
    w.log(api, 'java.lang.Exception: Apparent connection leak detected', ev=True, d=0.001)
    w.log(api, '\tat com.hlims.reports.ExportService.streamCsv(ExportService.java:112)', ev=True, d=0.001)
    w.log(api, '\tat com.hlims.reports.ExportController.export(ExportController.java:57)', d=0.001)
    for k in range(3):
        w.log(api, '@ISO@ DEBUG 1 --- [lims-api] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=%d)' % (17 + k, 3 - k, k * 6), ev=(k == 2), d=(25, 35))
        w.log(api, '@ISO@  WARN 1 --- [lims-api] [l-1 housekeeper] com.zaxxer.hikari.pool.ProxyLeakTask     : Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread http-nio-8080-exec-%d, stack trace follows' % (w.hexs(8), 20 + k), d=(1, 5))
        w.log(ing, acc("GET", "/api/v2/samples/S-2026-0051%02d" % k, 200, 1811, 0.04 + k * 0.3), d=(0.5, 2))
    for k in range(3):
        th = w.ri(1, 40)
        w.log(api, '@ISO@  WARN 1 --- [lims-api] [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null' % th, d=(3, 8))
        w.log(api, '@ISO@ ERROR 1 --- [lims-api] [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)' % (th, 37 + 5 * k), ev=(k < 2), d=0.001)
        w.log(ing, acc("POST", "/api/v2/samples/S-2026-0052%02d/receive" % k, 500, 112, 30.004), d=(0.01, 0.05))
        if k == 1:
            w.log(pg, '@PG@ [412] LOG:  checkpoint complete: wrote 812 buffers (5.0%); 0 WAL file(s) added, 0 removed, 1 recycled; write=80.911 s, sync=0.012 s, total=80.950 s; sync files=31, longest=0.003 s, average=0.001 s; distance=6104 kB, estimate=7011 kB')
            w.log(pg, '@PG@ [88123] LOG:  automatic analyze of table "lims.public.sample_event" system usage: CPU: user: 0.21 s, system: 0.01 s, elapsed: 0.48 s', d=(1, 4))
    return w.record(
        source="synthetic:dev25/lims-hikari-connection-leak",
        question="lims-api requests started failing with 500 after about 30 seconds each. Why?",
        selector=sel(namespace="lims", app="lims-api"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "resource_exhausted",
            "component": "lims-api",
            "root_cause": "The stability-study CSV export (ExportService.streamCsv) leaks JDBC connections, as Hikari leak detection reports; the 20-connection HikariPool fills with leaked connections (active=20, idle=0, waiting grows) and other requests fail after the 30 s connection timeout. PostgreSQL itself logs no errors.",
            "summary": "lims-api's database connection pool is exhausted by leaked connections from the report export, so ordinary requests time out waiting for a connection and return 500.",
            "action": "Restart lims-api to release the pool now, disable or fix the export (close the connection/stream in ExportService.streamCsv), and keep leakDetectionThreshold plus a DB idle_in_transaction_session_timeout as guardrails.",
        })


# --- 33 -------------------------------------------------------------------
@record
def r33_minio_multiattach():
    w = Win("dev25-33-minio-aks", dt(2026, 2, 21, 2, 14, 50, 120), ts="ms")
    cl = "archive-aks-weu"
    sh = Shipper(w, "datadog", cl)
    oldn = "aks-archive-20481937-vmss000001"
    newn = "aks-archive-20481937-vmss000003"
    other = "aks-archive-20481937-vmss000002"
    pvc = "pvc-%s" % w.uuid()
    sub = "/subscriptions/%s/resourceGroups/mc_archive-rg_archive-aks-weu_westeurope/providers/Microsoft.Compute" % w.uuid()
    ai = sh.pod("archive", "archive-ingest-%s" % w.rs(), "ingest", other, "archive-ingest")
    fx = sh.pod("archive", "fixity-checker-%s" % w.rs(), "fixity", other, "fixity-checker")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", other, "catalogue-api")
    sh.event("archive", "Node", "aks-archive-20481937-vmss000004", "Surge", "Created a surge node aks-archive-20481937-vmss000004 for agentpool archive", source="upgrader")
    sh.event("archive", "Node", oldn, "Drain", "Draining node: %s" % oldn, source="upgrader", d=(20, 40))
    sh.event("archive", "Node", oldn, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % oldn, host=oldn, d=(0.2, 1))
    w.log(ai, '{"level":"info","ts":"@ISO@","caller":"store/minio.go:101","msg":"object stored","sip":"SIP-2026-0221-004","object":"preservation/2026/SIP-2026-0221-004/data/0006.tif","bytes":412778112,"etag":"%s-25"}' % w.hexs(32), d=(0.5, 1.5))
    sh.event("archive", "Pod", "minio-0", "Killing", "Stopping container minio", host=oldn, d=(1, 3))
    sh.event("archive", "Pod", "minio-0", "Scheduled", "Successfully assigned archive/minio-0 to %s" % newn, source="default-scheduler", d=(30, 40))
    sh.event("archive", "Pod", "minio-0", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, etype="Warning", source="attachdetach-controller", ev=True, d=(0.5, 1))
    w.log(ai, '{"level":"error","ts":"@ISO@","caller":"store/minio.go:140","msg":"upload failed","sip":"SIP-2026-0221-004","err":"Put \\"http://minio.archive.svc.cluster.local:9000/preservation/2026/SIP-2026-0221-004/data/0007.tif\\": dial tcp 10.0.184.22:9000: connect: connection refused"}', d=(2, 5))
    w.log(fx, '@PY@ ERROR fixity: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "http://minio.archive.svc.cluster.local:9000/preservation?list-type=2&prefix=2021%2F&max-keys=1000"', d=(1, 4))
    w.skip(60)
    sh.event("archive", "Pod", "minio-0", "FailedAttachVolume", 'AttachVolume.Attach failed for volume "%s" : rpc error: code = Internal desc = Attach volume %s/disks/%s to instance %s failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk \'%s\' to VM \'aks-archive-20481937-vmss_3\' because the disk is currently being detached or the last detach operation failed on the VM \'aks-archive-20481937-vmss_1\'. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again."}}' % (pvc, sub, pvc, newn, pvc), etype="Warning", source="attachdetach-controller", ev=True)
    w.log(ai, '{"level":"warn","ts":"@ISO@","caller":"store/minio.go:151","msg":"retrying upload","sip":"SIP-2026-0221-004","attempt":4,"backoff":"16s","err":"dial tcp 10.0.184.22:9000: connect: connection refused"}', d=(5, 10))
    w.skip(60)
    sh.event("archive", "Pod", "minio-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7hq2x]: timed out waiting for the condition", etype="Warning", host=newn, ev=True)
    w.log(fx, '@PY@ WARNING fixity: retrying in 30s (attempt 5/10)', d=(2, 6))
    w.log(cat, '@PY@ INFO django.request: GET /api/objects/1954.120.9 200 (12 ms)', d=(5, 15))
    sh.event("archive", "Node", oldn, "Upgrade", "Deleting node %s from API server" % oldn, source="upgrader", d=(10, 20))
    w.skip(30)
    sh.event("archive", "Pod", "minio-0", "FailedAttachVolume", 'AttachVolume.Attach failed for volume "%s" : rpc error: code = Internal desc = Attach volume %s/disks/%s to instance %s failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk \'%s\' to VM \'aks-archive-20481937-vmss_3\' because the disk is currently being detached or the last detach operation failed on the VM \'aks-archive-20481937-vmss_1\'."}}' % (pvc, sub, pvc, newn, pvc), etype="Warning", source="attachdetach-controller", count=3)
    w.log(ai, '{"level":"error","ts":"@ISO@","caller":"ingest/worker.go:77","msg":"SIP failed, moved to retry queue","sip":"SIP-2026-0221-004","stage":"store","err":"giving up after 5 attempts: dial tcp 10.0.184.22:9000: connect: connection refused"}', d=(2, 6))
    w.log(ai, '{"level":"info","ts":"@ISO@","caller":"ingest/sip.go:88","msg":"SIP validated","sip":"SIP-2026-0221-005","files":48,"bytes":20112210944,"bagit":"valid"}', d=(1, 3))
    w.log(fx, '@PY@ ERROR fixity: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "http://minio.archive.svc.cluster.local:9000/preservation?list-type=2&prefix=2021%2F&max-keys=1000"', d=(5, 15))
    return w.record(
        source="synthetic:dev25/minio-azure-disk-multiattach",
        question="After last night's node-image upgrade, minio-0 is stuck in ContainerCreating. Why?",
        selector=sel(namespace="archive", pod="minio-0"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "storage",
            "component": "minio",
            "root_cause": "minio-0 was rescheduled to a new node during the upgrade drain, but its Azure managed disk is still attached to (or stuck detaching from) the old VMSS instance, so the attach fails with Multi-Attach / AttachDiskWhileBeingDetached (409) and the volume never mounts; the single-replica object store is down.",
            "summary": "The archive MinIO is down because its persistent disk cannot be attached to the new node; ingest and fixity checks get connection refused.",
            "action": "Detach the disk from the old VMSS instance (az vmss disk detach or finish deleting the old node), then let the attach/detach controller attach it to the new node; consider a PodDisruptionBudget and a multi-replica MinIO.",
        })


# --- 34 -------------------------------------------------------------------
@record
def r34_seq_iscsi_readonly():
    w = Win("dev25-34-seq-kubeadm", dt(2025, 10, 27, 22, 3, 14, 600), ts="us")
    cl = "genomics-onprem"
    sh = Shipper(w, "logging-operator", cl)
    node = "seq-worker-02"
    ing = sh.pod("sequencing", "seq-run-ingest-%s" % w.rs(), "ingest", node, "seq-run-ingest")
    up = sh.pod("sequencing", "fastq-uploader-%s" % w.rs(), "uploader", "seq-worker-01", "fastq-uploader")
    run = "251027_A01234_0472_BHVW3KDSXF"
    w.log(ing, '@PY@ INFO seq_ingest.copy: copying %s from instrument share (cycle 212/318, 41.2 GB so far)' % run)
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/sync.go:88","msg":"run synced","run":"251026_A01234_0471_AHVW2KDSXF","files":388,"failed":0}', d=(1, 3))
    sh.host(node, "iscsid.service", "Kernel reported iSCSI connection 1:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)", ev=True, d=(3, 8))
    sh.host(node, "kernel", " connection1:0: detected conn error (1020)", ev=True, d=0.001)
    sh.host(node, "kernel", "sd 3:0:0:1: [sdc] tag#19 FAILED Result: hostbyte=DID_TRANSPORT_FAILFAST driverbyte=DRIVER_OK cmd_age=15s", d=(15, 16))
    sh.host(node, "kernel", "blk_update_request: I/O error, dev sdc, sector 1883722496 op 0x1:(WRITE) flags 0x800 phys_seg 256 prio class 0", ev=True, d=0.001)
    sh.host(node, "kernel", "Buffer I/O error on dev sdc1, logical block 235465056, lost async page write", d=0.001)
    sh.host(node, "kernel", "EXT4-fs error (device sdc1): ext4_journal_check_start:83: comm python3: Detected aborted journal", ev=True, d=(0.01, 0.05))
    sh.host(node, "kernel", "EXT4-fs (sdc1): Remounting filesystem read-only", ev=True, d=0.001)
    w.log(ing, '@PY@ ERROR seq_ingest.copy: copy of %s failed: OSError: [Errno 30] Read-only file system: \'/data/runs/%s/Data/Intensities/BaseCalls/L003/C213.1/L003_1.cbcl\'' % (run, run), ev=True, d=(0.1, 0.4))
    w.log(ing, 'Traceback (most recent call last):', d=0.001)
    w.log(ing, '  File "/app/seq_ingest/copy.py", line 141, in copy_cycle', d=0.001)
    w.log(ing, '    shutil.copy2(src, dst)', d=0.001)
    w.log(ing, 'OSError: [Errno 30] Read-only file system: \'/data/runs/%s/Data/Intensities/BaseCalls/L003/C213.1/L003_1.cbcl\'' % run, d=0.001)
    sh.host(node, "iscsid.service", "connection1:0 is operational after recovery (3 attempts)", d=(20, 30))
    w.log(ing, '@PY@ WARNING seq_ingest.watcher: cannot write marker /data/runs/%s/.ingest_state: [Errno 30] Read-only file system' % run, d=(5, 10))
    sh.host(node, "kernel", "EXT4-fs (sdc1): error count since last fsck: 3", d=(5, 10))
    w.log(ing, '@PY@ ERROR seq_ingest.watcher: instrument A01234 still writing (cycle 231/318) but local copy halted; instrument output buffer has ~%d min left before the run stalls' % 95, d=(20, 30))
    w.log(up, '{"level":"info","ts":"@ISO@","caller":"upload/sync.go:41","msg":"waiting for run","run":"%s","state":"copying"}' % run, d=(5, 10))
    return w.record(
        source="synthetic:dev25/seq-iscsi-readonly-remount",
        question="Copying of tonight's sequencing run stopped around 22:03. Why?",
        selector=sel(namespace="sequencing"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "storage",
            "component": "seq-run-ingest",
            "root_cause": "The iSCSI session backing the run-data volume on seq-worker-02 dropped; in-flight writes failed with I/O errors, ext4 aborted its journal and remounted /dev/sdc1 read-only, so seq-run-ingest can no longer write run data (Errno 30 Read-only file system) even after the iSCSI session recovered.",
            "summary": "Sequencing run ingest is halted because its data volume went read-only after iSCSI I/O errors; the in-progress run is at risk.",
            "action": "Stop writers, unmount and fsck /dev/sdc1 (or fail over to a healthy volume), remount read-write and resume the copy before the instrument's buffer fills; investigate the iSCSI path (NIC, switch, target).",
        })


# --- 35 -------------------------------------------------------------------
@record
def r35_billing_pg_too_many_clients():
    w = Win("dev25-35-billing-doks", dt(2026, 1, 15, 9, 0, 31, 870), ts="ms")
    cl = "wtr-cs-doks-ams3"
    sh = Shipper(w, "datadog", cl)
    nodes = ["cs-pool-a1x9k", "cs-pool-a1x9m", "cs-pool-a1x9p"]
    pg = sh.pod("billing", "billing-pg-1", "postgres", nodes[0], "billing-pg", owner="StatefulSet")
    apis = [sh.pod("billing", "billing-api-7d8c9b6f5-%s" % w.sfx(), "billing-api", nodes[1 + i % 2], "billing-api") for i in range(3)]
    inv = sh.pod("billing", "invoice-renderer-%s" % w.rs(), "renderer", nodes[2], "invoice-renderer")

    def cnpg(sev, code, msg, user="billing", ip=None, pid=None):
        ip = ip or "10.244.%d.%d" % (w.ri(0, 3), w.ri(2, 250))
        pid = pid or w.ri(20000, 40000)
        return ('{"level":"info","ts":"@ISO@","logger":"postgres","msg":"record","logging_pod":"billing-pg-1","record":{"log_time":"@PG@","user_name":"%s","database_name":"billing","process_id":"%d","connection_from":"%s:%d","session_id":"%s.%s","session_line_num":"1","session_start_time":"@PG@","transaction_id":"0","error_severity":"%s","sql_state_code":"%s","message":"%s","backend_type":"client backend","query_id":"0"}}'
                % (user, pid, ip, w.ri(30000, 60000), w.hexs(8), w.hexs(4), sev, code, msg))
    sh.event("billing", "HorizontalPodAutoscaler", "billing-api", "SuccessfulRescale", "New size: 12; reason: cpu resource utilization (percentage of request) above target", source="horizontal-pod-autoscaler")
    w.log(apis[0], '@ISO@  INFO 1 --- [billing-api] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting... (maximumPoolSize=10, minimumIdle=10)', d=(5, 10))
    w.log(pg, cnpg("FATAL", "53300", "sorry, too many clients already"), ev=True, d=(0.2, 0.8))
    w.log(apis[0], '@ISO@ ERROR 1 --- [billing-api] [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.', d=(0.01, 0.05))
    w.log(apis[0], 'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already', ev=True, d=0.001)
    w.log(pg, cnpg("FATAL", "53300", "remaining connection slots are reserved for roles with the SUPERUSER attribute"), ev=True, d=(0.5, 2))
    for k in range(3):
        a = apis[1 + k % 2]
        w.log(a, '@ISO@  WARN 1 --- [billing-api] [HikariPool-1 connection adder] com.zaxxer.hikari.pool.PoolBase : HikariPool-1 - Pool is empty, failed to create/setup connection (FATAL: sorry, too many clients already)', d=(2, 6))
        w.log(pg, cnpg("FATAL", "53300", "sorry, too many clients already", user="invoice" if k == 1 else "billing"), ev=(k == 2), d=(0.01, 0.1))
        if k == 1:
            w.log(inv, '{"level":"error","message":"failed to load invoice data","error":"error: sorry, too many clients already","code":"53300","batch":"INV-2026-01-117","timestamp":"@ISO@"}')
        w.log(a, '@ISO@ ERROR 1 --- [billing-api] [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause' % w.ri(1, 30), d=(0.5, 2))
    w.log(pg, '{"level":"info","ts":"@ISO@","logger":"postgres","msg":"record","logging_pod":"billing-pg-1","record":{"log_time":"@PG@","error_severity":"LOG","sql_state_code":"00000","message":"checkpoint complete: wrote 2210 buffers (13.5%); 0 WAL file(s) added, 0 removed, 2 recycled","backend_type":"checkpointer"}}', d=(2, 6))
    w.log(pg, '{"level":"info","ts":"@ISO@","logger":"instance-manager","msg":"postgres settings","logging_pod":"billing-pg-1","max_connections":"100","superuser_reserved_connections":"3"}', d=(0.5, 2))
    w.log(apis[2], '@ISO@  INFO 1 --- [billing-api] [nio-8080-exec-2] o.w.billing.web.AccountController        : GET /api/v1/accounts/55102-11/balance 200 (14 ms)', d=(1, 3))
    return w.record(
        source="synthetic:dev25/billing-pg-too-many-clients",
        question="What is wrong in namespace billing? Many requests fail with transaction errors.",
        selector=sel(namespace="billing"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "database",
            "component": "billing-pg",
            "root_cause": "The billing PostgreSQL instance (max_connections=100) is out of connection slots: after billing-api scaled to 12 replicas with 10 pooled connections each, new connections from billing-api and invoice-renderer are rejected with FATAL 53300 'sorry, too many clients already'.",
            "summary": "billing-pg rejects new connections because client pools exceed max_connections; billing-api requests and invoice rendering fail intermittently.",
            "action": "Put a pooler (PgBouncer/CNPG Pooler) in front of billing-pg or reduce per-pod pool sizes and cap the HPA; raise max_connections only with matching memory.",
        })


# --- 36 -------------------------------------------------------------------
@record
def r36_plate_db_deadlocks():
    w = Win("dev25-36-plate-gke", dt(2025, 12, 11, 15, 26, 8, 404), ts="ns")
    cl = "lims-gke-usc1"
    sh = Shipper(w, "otel", cl)
    nodes = ["gke-lims-gke-usc1-default-pool-c1d2e3f4-%s" % s for s in ("8kzn", "p2rw", "v6ht")]
    db = sh.pod("lims", "plate-db-0", "mysql", nodes[0], "plate-db", owner="StatefulSet")
    ps = [sh.pod("lims", "plate-scheduler-%s" % w.rs(), "plate-scheduler", nodes[1 + i], "plate-scheduler") for i in range(2)]
    lh = sh.pod("lims", "liquid-handler-bridge-%s" % w.rs(), "bridge", nodes[2], "liquid-handler-bridge")
    w.log(lh, '{"ts":"@ISO@","level":"info","msg":"batch reservation requested","instruments":["hamilton-star-01","hamilton-star-02","hamilton-star-03","hamilton-vantage-01"],"plates":96,"parallel":8}')
    for k in range(3):
        tid = 88422110 + k * 37
        w.log(db, '@ISOU@ %d [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information.' % (40 + k), ev=(k == 0), d=(1, 4))
        w.log(db, '@ISOU@ %d [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION:\nTRANSACTION %d, ACTIVE 0 sec starting index read\nmysql tables in use 1, locked 1\nLOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s)\nMySQL thread id %d, OS thread handle 1398, query id %d 10.8.1.%d plate_sched updating\nUPDATE plate_wells SET status=\'RESERVED\', reserved_by=\'hamilton-star-0%d\' WHERE plate_id=\'P-78%02d\' AND well IN (\'A1\',\'A2\',\'A3\')' % (40 + k, tid, 1800 + k, 9000000 + k, w.ri(2, 200), k + 1, 10 + k), d=0.001)
        w.log(db, '@ISOU@ %d [Note] [MY-012469] [InnoDB] *** (2) TRANSACTION:\nTRANSACTION %d, ACTIVE 0 sec starting index read\nmysql tables in use 1, locked 1\n3 lock struct(s), heap size 1128, 2 row lock(s)\nMySQL thread id %d\nUPDATE plates SET state=\'SCHEDULED\' WHERE plate_id=\'P-78%02d\'' % (40 + k, tid + 1, 1801 + k, 10 + k), d=0.001)
        w.log(db, '@ISOU@ %d [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2)' % (40 + k), ev=(k == 0), d=0.001)
        p = ps[k % 2]
        w.log(p, '@PY@ WARNING plate_scheduler.db: deadlock on reserve_wells(plate=P-78%02d), retry %d/3' % (10 + k, 3 if k != 1 else 2), d=(0.01, 0.05))
        if k != 1:
            w.log(p, '@PY@ ERROR plate_scheduler.api: POST /v1/plates/P-78%02d/schedule 500: sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, \'Deadlock found when trying to get lock; try restarting transaction\')' % (10 + k), ev=True, d=(0.3, 1))
            w.log(p, '[SQL: UPDATE plates SET state=%(state)s WHERE plates.plate_id = %(plate_id_1)s]', d=0.001)
            w.log(p, '(Background on this error at: https://sqlalche.me/e/20/e3q8)', d=0.001)
            w.log(lh, '{"ts":"@ISO@","level":"error","msg":"reservation failed","plate":"P-78%02d","status":500,"instrument":"hamilton-star-0%d","action":"plate left on deck, operator notified"}' % (10 + k, k + 1), d=(0.05, 0.3))
        else:
            w.log(p, '@PY@ INFO plate_scheduler.api: POST /v1/plates/P-7811/schedule 201 (after 3 attempts)', d=(0.3, 1))
    w.log(db, '@ISOU@ 0 [Warning] [MY-010055] [Server] IP address \'10.8.1.1\' could not be resolved: Name or service not known', d=(3, 6))
    w.log(ps[0], '@PY@ INFO plate_scheduler.metrics: last 5 min: schedule requests=412, deadlocks=57, failed_after_retries=19, p95_ms=2410', ev=True, d=(10, 20))
    w.log(lh, '{"ts":"@ISO@","level":"info","msg":"method run finished","instrument":"hamilton-vantage-01","method":"PCR_Setup_384","plate":"P-7790","status":"OK","errors":0}', d=(1, 4))
    return w.record(
        source="synthetic:dev25/plate-db-innodb-deadlocks",
        question="Plate scheduling fails intermittently with 500 since the parallel robot batch started. What is going on?",
        selector=sel(namespace="lims"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "database",
            "component": "plate-db",
            "root_cause": "Concurrent reservations make InnoDB deadlocks on plate-db frequent (57 in 5 minutes): one transaction updates plate_wells then plates, the other plates then plate_wells, so MySQL rolls one back with error 1213; after 3 retries plate-scheduler returns 500 for about 1 in 20 requests.",
            "summary": "Deadlocks in the plate database under parallel load make a share of plate scheduling requests fail.",
            "action": "Make both code paths lock plates and wells in the same order (or lock the plate row first with SELECT ... FOR UPDATE), shorten the transactions, and reduce batch parallelism until fixed.",
        })


# --- 37 -------------------------------------------------------------------
@record
def r37_enricher_wikidata_429():
    w = Win("dev25-37-enricher-lke", dt(2026, 2, 26, 11, 5, 40, 31), ts="ms")
    cl = "museum-lke-lon"
    sh = Shipper(w, "vector", cl)
    nodes = ["lke190233-288412-%s" % h for h in ("0f1e2d3c0000", "1a2b3c4d0001", "2b3c4d5e0002")]
    en = sh.pod("collections", "catalogue-enricher-%s" % w.rs(), "enricher", nodes[0], "catalogue-enricher")
    cat = sh.pod("collections", "catalogue-api-%s" % w.rs(), "catalogue-api", nodes[1], "catalogue-api")
    idx = sh.pod("search", "search-indexer-%s" % w.rs(), "indexer", nodes[2], "search-indexer")
    q = "https://query.wikidata.org/sparql?query=SELECT%20%3Fitem%20%3FitemLabel%20WHERE%20%7B%20%3Fitem%20wdt%3AP245%20%22500{}%22%20%7D&format=json"
    w.log(en, '@PY@ INFO enricher.worker: started 16 workers (source=wikidata+getty, batch=ENR-2026-02-26, objects=5120)')
    w.log(en, '@PY@ INFO httpx: HTTP Request: GET %s "HTTP/1.1 200 OK"' % q.format("0231"), d=(0.5, 1))
    w.log(en, '@PY@ INFO httpx: HTTP Request: GET https://vocab.getty.edu/sparql.json?query=... "HTTP/1.1 200 OK"', d=(0.2, 0.6))
    for k in range(4):
        w.log(en, '@PY@ INFO httpx: HTTP Request: GET %s "HTTP/1.1 429 Too Many Requests"' % q.format("%04d" % (240 + k * 7)), ev=(k == 0), d=(0.5, 2))
        w.log(en, '@PY@ WARNING enricher.wikidata: rate limited by query.wikidata.org (429), Retry-After=%ds; worker %d backing off (attempt %d)' % ([30, 60, 60, 120][k], w.ri(1, 16), k + 1), ev=(k in (0, 3)), d=(0.005, 0.02))
        if k == 1:
            w.log(cat, '@PY@ INFO django.request: GET /api/objects/2024.5.3 200 (13 ms)')
            w.log(idx, '@ISOU@ [info     ] bulk batch indexed             index=catalogue-v7 docs=120 errors=0 took_ms=211')
    w.log(en, '@PY@ DEBUG enricher.http: client settings user_agent="python-httpx/0.27.2" concurrency=16 timeout=30s', d=(1, 3))
    w.skip(30)
    w.log(en, '@PY@ INFO httpx: HTTP Request: GET %s "HTTP/1.1 200 OK"' % q.format("0268"), d=(1, 3))
    w.log(en, '@PY@ INFO httpx: HTTP Request: GET %s "HTTP/1.1 429 Too Many Requests"' % q.format("0269"), ev=True, d=(0.5, 2))
    w.log(en, '@PY@ WARNING enricher.wikidata: rate limited by query.wikidata.org (429), Retry-After=60s; worker 4 backing off (attempt 2)', d=0.01)
    w.log(en, '@PY@ INFO enricher.worker: progress batch=ENR-2026-02-26 done=412/5120 throughput=3.4/min (7d avg 41/min) queued=4708 failed=0', ev=True, d=(20, 40))
    w.log(cat, '@PY@ INFO django.request: PATCH /api/objects/1911.3.208/authorities 200 (22 ms)', d=(1, 3))
    w.log(en, '@PY@ INFO httpx: HTTP Request: GET %s "HTTP/1.1 200 OK"' % q.format("0270"), d=(10, 20))
    w.log(idx, '@ISOU@ [info     ] bulk batch indexed             index=catalogue-v7 docs=36 errors=0 took_ms=98', d=(3, 8))
    return w.record(
        source="synthetic:dev25/enricher-wikidata-429",
        question="Why is the catalogue enrichment batch running so slowly today?",
        selector=sel(namespace="collections", app="catalogue-enricher"),
        expected={
            "severity": "WARN",
            "root_cause_category": "rate_limited",
            "component": "catalogue-enricher",
            "root_cause": "catalogue-enricher runs 16 concurrent workers against the Wikidata Query Service with a generic python-httpx user agent, and WDQS is throttling it with 429 Too Many Requests and Retry-After; the workers back off, so throughput dropped to about 3/min, though nothing has failed.",
            "summary": "Enrichment is degraded by Wikidata rate limiting; it keeps progressing slowly with 0 failures.",
            "action": "Reduce concurrency to a couple of workers, honour Retry-After globally, set a descriptive User-Agent with contact details as the Wikidata policy requires, and cache or batch SPARQL lookups.",
        })


# --- 38 -------------------------------------------------------------------
@record
def r38_alarm_sms_429():
    w = Win("dev25-38-alarms-eks", dt(2025, 11, 12, 18, 47, 3, 660), ts="ms")
    cl = "wtr-ops-eks-usw2"
    sh = Shipper(w, "ecs", cl)
    nodes = ["ip-10-50-%d-%d.us-west-2.compute.internal" % (a, b) for a, b in ((11, 23), (27, 140), (38, 9))]
    ti = sh.pod("scada", "telemetry-ingest-%s" % w.rs(), "telemetry-ingest", nodes[0], "telemetry-ingest")
    ad = sh.pod("ops", "alarm-dispatcher-%s" % w.rs(), "dispatcher", nodes[1], "alarm-dispatcher")
    gw = sh.pod("scada", "scada-gateway-%s" % w.rs(), "gateway", nodes[2], "scada-gateway")
    w.log(gw, 'time="@ISOS@" level=info msg="poll cycle complete" cycle=77102 stations=48 ok=48 failed=0 duration=2.41s')
    w.log(ti, '@JAVA@  WARN [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.alarm.ThresholdEvaluator : storm conditions: 212 threshold breaches in last 120s (CSO level sensors 31, wet-well HH 19, rain gauges 12)', d=(0.5, 2))
    w.log(ad, '{"level":"info","ts":"@ISO@","caller":"notify/router.go:52","msg":"fan-out","alarms":212,"recipients":6,"messages":1272,"channel":"sms"}', d=(0.5, 1))
    for k in range(4):
        alm = "ALM-80%04d" % (3310 + k * 17)
        w.log(ad, '{"level":"warn","ts":"@ISO@","caller":"notify/sms.go:81","msg":"sms send rejected","alarm":"%s","status":429,"body":"{\\"code\\":20429,\\"message\\":\\"Too Many Requests\\",\\"more_info\\":\\"https://www.textgw.example.net/docs/errors/20429\\",\\"status\\":429}","retry_after":"1s","attempt":%d}' % (alm, 1 + k % 3), ev=(k in (0, 3)), d=(0.2, 1.5))
        if k == 1:
            w.log(ad, '{"level":"warn","ts":"@ISO@","caller":"notify/sns.go:44","msg":"fallback publish failed","alarm":"%s","err":"operation error SNS: Publish, https response error StatusCode: 400, RequestID: %s, api error Throttling: Rate exceeded"}' % (alm, w.uuid()), ev=True, d=(0.1, 0.4))
    w.log(gw, 'time="@ISOS@" level=info msg="poll cycle complete" cycle=77103 stations=48 ok=48 failed=0 duration=2.38s', d=(2, 5))
    for k in range(3):
        alm = "ALM-80%04d" % (3310 + k * 29)
        w.log(ad, '{"level":"error","ts":"@ISO@","caller":"notify/dispatch.go:118","msg":"alarm notification dropped after retries","alarm":"%s","severity":"%s","recipient":"oncall-%s","last_error":"429 Too Many Requests (20429)"}' % (alm, ["HIGH", "CRITICAL", "HIGH"][k], ["north", "treatment", "network"][k]), ev=(k == 1), d=(1, 4))
    w.log(ad, '{"level":"info","ts":"@ISO@","caller":"notify/sms.go:64","msg":"sms sent","alarm":"ALM-803327","attempt":2}', d=(0.5, 2))
    w.log(ti, '@JAVA@ INFO  [telemetry-ingest,,] 1 --- [ntainer#0-0-C-1] c.w.t.ingest.ReadingConsumer : processed 1200 readings (lift-stations=31, reservoirs=9, wwtp=8) in 455 ms', d=(1, 3))
    w.log(ad, '{"level":"warn","ts":"@ISO@","caller":"notify/metrics.go:30","msg":"delivery stats","window":"5m","sent":188,"throttled":941,"dropped":143,"queued":0}', ev=True, d=(5, 15))
    return w.record(
        source="synthetic:dev25/alarm-sms-provider-429",
        question="During the storm tonight on-call staff missed alarm texts. Why?",
        selector=sel(namespace="ops"),
        expected={
            "severity": "ERROR",
            "root_cause_category": "rate_limited",
            "component": "alarm-dispatcher",
            "root_cause": "The storm produced 212 alarms that alarm-dispatcher fanned out into 1272 SMS messages; the SMS provider throttled it with HTTP 429 (error 20429) and the SNS fallback was also throttled (Rate exceeded), so after retries 143 notifications were dropped.",
            "summary": "Alarm SMS delivery is being rate limited by the providers during an alarm storm; many on-call notifications were dropped.",
            "action": "Throttle and aggregate notifications (per-recipient digests, deduplicate storm alarms), queue instead of dropping, and ask the provider / AWS for higher send limits or add another paging channel.",
        })


# --- 39 -------------------------------------------------------------------
@record
def r39_hpc_node_mce():
    w = Win("dev25-39-hpc-rke2", dt(2026, 1, 23, 4, 11, 52, 90), ts="ns")
    cl = "genomics-rke2-onprem"
    sh = Shipper(w, "promtail", cl, events_node="rke2-cp-01")
    bad = "rke2-hpc-03"
    kcm = sh.pod("kube-system", "kube-controller-manager-rke2-cp-01", "kube-controller-manager", "rke2-cp-01", "kube-controller-manager", owner="Static")
    nf = sh.pod("genomics", "nf-head-wgs-2026-01-22-%s" % w.sfx(), "nextflow", "rke2-hpc-01", "nextflow-head")
    jobs = ["nf-%s" % w.hexs(32) for _ in range(3)]
    w.log(nf, '@NF@ [Task monitor] INFO  nextflow.Session - [9c/41e2ab] Submitted process > HAPLOTYPECALLER (S-2026-000884)')
    sh.host(bad, "kernel", "mce: [Hardware Error]: Machine check events logged", ev=True, d=(5, 15))
    sh.host(bad, "kernel", "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a2c offset:0x480 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:1 row:0x7e8 col:0x1c8)", d=(0.2, 1))
    sh.host(bad, "kernel", "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a2d offset:0x0 grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:1 row:0x7e8 col:0x1d0)", ev=True, d=(4, 9))
    sh.host(bad, "kernel", "Memory failure: 0x1f3a2d: Sending SIGBUS to java:48211 due to hardware memory corruption", ev=True, d=0.002)
    sh.host(bad, "kernel", "Memory failure: 0x1f3a2d: recovery action for dirty LRU page: Recovered", d=0.001)
    sh.host(bad, "kernel", "mce: [Hardware Error]: Machine check events logged", d=(2, 4))
    sh.host(bad, "kernel", "EDAC MC1: 3 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x2a01f7 offset:0x0 grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:3 row:0x1a4 col:0x2f0)", ev=True, d=(0.2, 0.6))
    w.log(kcm, klog("I", 1, "node_lifecycle_controller.go:1150", '"Node hasn\'t been updated" node="%s" duration="40.01s" nodeConditionType="Ready" currentCondition="&NodeCondition{Type:Ready,Status:True,LastHeartbeatTime:2026-01-23 04:12:05 +0000 UTC,LastTransitionTime:2026-01-14 09:02:11 +0000 UTC,Reason:KubeletReady,Message:kubelet is posting ready status,}"' % bad), d=(40, 42))
    w.log(kcm, klog("I", 1, "controller_utils.go:151", '"Recording status change event message for node" status="NodeNotReady" node="%s"' % bad), ev=True, d=(0.01, 0.05))
    sh.event(bad, "Node", bad, "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, source="node-controller", ev=True, d=(0.01, 0.05))
    for j in jobs:
        sh.event("genomics", "Pod", j, "NodeNotReady", "Node is not ready", etype="Warning", source="node-controller", d=(0.01, 0.1))
    w.log(kcm, klog("I", 1, "node_lifecycle_controller.go:1019", '"Node is NotReady. Adding it to the Taint queue" node="%s" timeStamp="@ISO@"' % bad), d=(0.05, 0.2))
    w.skip(300)
    for j in jobs:
        sh.event("genomics", "Pod", j, "TaintManagerEviction", "Marking for deletion Pod genomics/%s" % j, source="taint-eviction-controller", d=(0.05, 0.5))
    for k, j in enumerate(jobs):
        sample = "S-2026-0008%02d" % (71 + k)
        w.log(nf, '@NF@ [Task monitor] ERROR nextflow.processor.TaskProcessor - Error executing process > \'HAPLOTYPECALLER (%s)\'' % sample, d=(2, 6))
        w.log(nf, 'Caused by:', d=0.001)
        w.log(nf, '  Task failed to start - K8s pod \'%s\' execution failed - reason: NodeLost - Node %s which was running pod is unresponsive' % (j, bad), d=0.001)
    w.log(nf, '@NF@ [Task monitor] INFO  nextflow.processor.TaskProcessor - [a3/77c1d0] NOTE: Process `HAPLOTYPECALLER (S-2026-000871)` terminated for an unknown reason -- Likely it has been terminated by the external system -- Execution is retried (1)', d=(1, 3))
    return w.record(
        source="synthetic:dev25/hpc-node-mce-panic",
        question="Several HaplotypeCaller tasks of last night's WGS pipeline died at once. What happened?",
        selector=sel(namespace="genomics"),
        expected={
            "severity": "CRITICAL",
            "root_cause_category": "node_failure",
            "component": "rke2-hpc-03",
            "root_cause": "Worker node rke2-hpc-03 logged repeated uncorrectable memory errors (machine check, EDAC UE on socket 1 channel 2 DIMM 0, SIGBUS on hardware memory corruption) and then stopped responding; the node went NotReady, and all pods on it were evicted, killing the running HaplotypeCaller tasks.",
            "summary": "A hardware memory fault crashed rke2-hpc-03; its pipeline tasks were lost and are being retried elsewhere.",
            "action": "Keep rke2-hpc-03 cordoned, have the DIMM replaced (check the BMC/SEL log), then run memory diagnostics before returning it to service; confirm the retried Nextflow tasks complete.",
        })


# --- 40 -------------------------------------------------------------------
@record
def r40_edge_containerd_panic():
    w = Win("dev25-40-edge-microk8s", dt(2025, 12, 29, 7, 33, 20, 500), ts="ms", tz_minutes=60)
    cl = "wtr-edge-mk8s"
    sh = Shipper(w, "otel", cl)
    node = "mk8s-pump-02"
    ctd = "snap.microk8s.daemon-containerd.service"
    kl = "snap.microk8s.daemon-kubelite.service"
    poll = sh.pod("scada", "pump-station-poller-%s" % w.rs(), "poller", node, "pump-station-poller")
    gw = sh.pod("scada", "scada-gateway-%s" % w.rs(), "gateway", "mk8s-pump-01", "scada-gateway")
    sock = "/var/snap/microk8s/common/run/containerd.sock"
    w.log(poll, '{"level":"info","ts":"@ISO@","msg":"modbus poll ok","stations":["LS-03","LS-07","LS-11","LS-14"],"duration_ms":840}')
    sh.host(node, ctd, 'panic: runtime error: invalid memory address or nil pointer dereference', ev=True, d=(3, 8))
    sh.host(node, ctd, '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x55c1d3a4b2e1]', d=0.001)
    sh.host(node, ctd, 'goroutine 48213 [running]:', d=0.001)
    sh.host(node, ctd, 'github.com/containerd/containerd/v2/internal/cri/server.(*criService).containerSpec(...)', d=0.001)
    sh.host(node, "systemd", "%s: Main process exited, code=exited, status=2/INVALIDARGUMENT" % ctd, ev=True, d=(0.01, 0.05))
    sh.host(node, "systemd", "%s: Failed with result 'exit-code'." % ctd, d=0.001)
    sh.host(node, kl, klog("E", 2188, "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix %s: connect: connection refused\\"" filter="nil"' % sock), ev=True, d=(0.5, 1.5))
    sh.host(node, kl, klog("E", 2188, "kubelet.go:2412", '"Skipping pod synchronization" err="container runtime is down"'), ev=True, d=(0.2, 1))
    w.log(gw, 'time="@ISOS@" level=warning msg="station poller heartbeat missed" poller=%s stations="LS-03,LS-07,LS-11,LS-14" missed=1' % poll.name, d=(2, 5))
    sh.host(node, "systemd", "%s: Scheduled restart job, restart counter is at 1." % ctd, d=(3, 5))
    sh.host(node, "systemd", "Started Service for snap application microk8s.daemon-containerd.", d=(0.05, 0.2))
    sh.host(node, kl, klog("I", 2188, "setters.go:602", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"@ISOS@","lastTransitionTime":"@ISOS@","reason":"KubeletNotReady","message":"container runtime is down"}' % node), ev=True, d=(0.1, 0.5))
    sh.event(node, "Node", node, "NodeNotReady", "Node %s status is now: NodeNotReady" % node, etype="Normal", source="kubelet", host=node, d=(0.05, 0.2))
    sh.host(node, ctd, 'time="@ISOU@" level=info msg="starting containerd" revision=%s version=v2.0.1' % w.hexs(40), d=(0.3, 1))
    sh.host(node, ctd, 'time="@ISOU@" level=info msg="containerd successfully booted in 0.912340s"', d=(0.8, 1.2))
    sh.host(node, kl, klog("I", 2188, "kubelet_node_status.go:679", '"Recording event message for node" node="%s" event="NodeReady"' % node), d=(8, 15))
    sh.event(node, "Node", node, "NodeReady", "Node %s status is now: NodeReady" % node, source="kubelet", host=node, d=(0.05, 0.2))
    w.log(poll, '{"level":"info","ts":"@ISO@","msg":"modbus poll ok","stations":["LS-03","LS-07","LS-11","LS-14"],"duration_ms":912}', d=(5, 10))
    w.log(gw, 'time="@ISOS@" level=info msg="station poller heartbeat restored" poller=%s gap=28s' % poll.name, d=(1, 3))
    sh.host(node, kl, klog("I", 2188, "kubelet.go:2425", '"SyncLoop (PLEG): event for pod" pod="scada/%s" event={"ID":"%s","Type":"ContainerStarted"}' % (poll.name, w.uuid())), d=(1, 3))
    w.log(poll, '{"level":"info","ts":"@ISO@","msg":"modbus poll ok","stations":["LS-03","LS-07","LS-11","LS-14"],"duration_ms":805}', d=(25, 35))
    return w.record(
        source="synthetic:dev25/edge-containerd-panic-recovered",
        question="mk8s-pump-02 flapped NotReady around 07:33 UTC. What happened and is it still a problem?",
        selector=sel(node="mk8s-pump-02"),
        expected={
            "severity": "WARN",
            "root_cause_category": "node_failure",
            "component": "containerd",
            "root_cause": "containerd on mk8s-pump-02 crashed with a nil-pointer panic (SIGSEGV); kubelite reported 'container runtime is down' and the node went NotReady until systemd restarted containerd about 10 s later, after which the node returned to Ready and the station poller resumed.",
            "summary": "Brief node NotReady caused by a containerd crash; it recovered automatically after one restart.",
            "action": "No immediate action; collect the containerd panic trace and check for a known bug or an upgrade, and watch for repeated restarts.",
        })


# @@RECORDS@@


# ===========================================================================
def main(argv):
    out = argv[1] if len(argv) > 1 else DEFAULT_OUT
    recs = [fn() for fn in RECORDS]
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main(sys.argv)
