#!/usr/bin/env python3
"""Generator for the dev13 held-out golden set (format v1).

Theme: IoT / edge clusters, telecom CNFs, retail and e-commerce.
Deterministic: every random choice comes from random.Random("dev13-<scenario>").
Standard library only.

Usage:
    python3 make_dev13.py                 # writes dev13.jsonl next to this file
    python3 make_dev13.py --preview       # one summary row per record, plus self-checks
    python3 make_dev13.py --preview KEY   # full window of one scenario (by key or id)
    python3 make_dev13.py --table         # markdown tables for the README
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev13.jsonl")

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]

# --------------------------------------------------------------------------
# time formats
# --------------------------------------------------------------------------


def iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_s(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_off(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def klog(dt, lvl, pid, src):
    """klog header, e.g. I0302 09:12:03.123456    1234 kubelet.go:2345]"""
    return "%s%s %s %7d %s]" % (lvl, dt.strftime("%m%d"), dt.strftime("%H:%M:%S.%f"),
                                pid, src)


def clf(dt):
    """nginx / apache common log format time."""
    return dt.strftime("%d/") + MONTHS[dt.month - 1] + dt.strftime("/%Y:%H:%M:%S +0000")


def pytime(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (dt.microsecond // 1000)


def pgtime(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (dt.microsecond // 1000)


def epoch(dt):
    return str(int(dt.timestamp()))


def phpfpm_time(dt):
    return dt.strftime("%d-") + MONTHS[dt.month - 1] + dt.strftime("-%Y %H:%M:%S")


def syslog_time(dt):
    return "%s %2d %s" % (MONTHS[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))


def nodered_time(dt):
    return "%d %s %s" % (dt.day, MONTHS[dt.month - 1], dt.strftime("%H:%M:%S"))


def open5gs_time(dt):
    return dt.strftime("%m/%d %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def lager(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def rails(dt, pid, lvl="INFO"):
    return "%s, [%s #%d] %5s -- :" % (lvl[0], dt.strftime("%Y-%m-%dT%H:%M:%S.%f"), pid, lvl)


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------


def P(cl, ns, pod, container, node, **extra):
    d = {"cluster": cl, "namespace": ns, "pod": pod, "container": container, "node": node}
    d.update(extra)
    return d


def EV(cl, ns):
    return {"cluster": cl, "namespace": ns, "job": "kubernetes-event-exporter",
            "source": "kubernetes-events"}


def J(cl, node, unit):
    return {"cluster": cl, "node": node, "job": "systemd-journal", "unit": unit}


def KERN(cl, node):
    return {"cluster": cl, "node": node, "job": "systemd-journal", "transport": "kernel"}


def event(typ, reason, obj, msg):
    return "%s %s %s: %s" % (typ, reason, obj, msg)


# --------------------------------------------------------------------------
# window builder
# --------------------------------------------------------------------------


class Win:
    def __init__(self, key, start, cluster_flavour):
        self.key = key
        self.rng = random.Random("dev13-" + key)
        self.start = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.flavour = cluster_flavour
        self.items = []
        self._jit = {}

    # random helpers ---------------------------------------------------
    def hex(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))

    def uid(self):
        h = self.hex(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ip(self, prefix="10.42"):
        return "%s.%d.%d" % (prefix, self.rng.randint(0, 3), self.rng.randint(2, 250))

    def dt(self, t):
        return self.start + timedelta(seconds=t)

    # line helpers -----------------------------------------------------
    def L(self, t, labels, line, ev=False):
        """Add one line at t seconds after start.
        line may be a string or a callable taking the datetime."""
        # every integer second of the window gets one fixed sub-second offset, so
        # chains such as t, t+0.01, t+0.02 keep their order
        sec = int(t // 1)
        if sec not in self._jit:
            self._jit[sec] = self.rng.randint(1000, 450000) / 1e6
        t = t + self._jit[sec]
        d = self.dt(t)
        text = line(d) if callable(line) else line
        self.items.append((t, len(self.items), labels, text, ev))

    def spread(self, t0, t1, n, labels, fn, ev=False):
        """n lines at random times in [t0, t1); fn(dt, i) -> line."""
        ts = sorted(self.rng.uniform(t0, t1) for _ in range(n))
        for i, t in enumerate(ts):
            self.L(t, labels, (lambda d, i=i: fn(d, i)), ev)

    def every(self, t0, t1, step, labels, fn, jitter=0.4):
        t = t0
        i = 0
        while t < t1:
            self.L(t + self.rng.uniform(0, jitter), labels, (lambda d, i=i: fn(d, i)))
            t += step
            i += 1

    # record -----------------------------------------------------------
    def record(self, source, question, selector, severity, category, component,
               root_cause, summary, action):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, ev = [], []
        for i, (t, _, labels, text, is_ev) in enumerate(items):
            logs.append({"ts": iso_ms(self.dt(t)), "labels": dict(labels), "line": text})
            if is_ev:
                ev.append(i)
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        return {
            "_key": self.key,
            "_cluster": self.flavour,
            "id": None,
            "source": "synthetic:" + source,
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
                "evidence": ev,
            },
        }


# --------------------------------------------------------------------------
# reusable noise
# --------------------------------------------------------------------------


def kube_probe_nginx(w, lab, t0, t1, n, path="/healthz", src="10.42.0.1", size=2):
    w.spread(t0, t1, n, lab, lambda d, i: '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.29"'
             % (src, clf(d), path, size))


def coredns_ok(w, lab, t0, t1, n, names):
    def f(d, i):
        name = w.rng.choice(names)
        return ('[INFO] %s:%d - %d "A IN %s. udp %d false 512" NOERROR qr,aa,rd %d %.6fs'
                % (w.ip(), w.rng.randint(32768, 60999), w.rng.randint(1, 65535), name,
                   len(name) + 29, len(name) * 2 + 60, w.rng.uniform(0.00005, 0.0004)))
    w.spread(t0, t1, n, lab, f)


def telegraf_ok(w, lab, t0, t1, n, out="outputs.influxdb_v2"):
    def f(d, i):
        if w.rng.random() < 0.5:
            return "%s D! [%s] Wrote batch of %d metrics in %.3fms" % (
                iso_s(d), out, w.rng.randint(180, 1000), w.rng.uniform(4, 40))
        return "%s D! [%s] Buffer fullness: %d / 10000 metrics" % (
            iso_s(d), out, w.rng.randint(0, 60))
    w.spread(t0, t1, n, lab, f)


def zap(d, level, caller, msg, **kv):
    o = {"level": level, "ts": iso_ms(d), "caller": caller, "msg": msg}
    o.update(kv)
    return json.dumps(o, separators=(",", ":"))


def logfmt(**kv):
    out = []
    for k, v in kv.items():
        v = str(v)
        if " " in v or '"' in v or "=" in v or v == "":
            v = '"' + v.replace('"', '\\"') + '"'
        out.append("%s=%s" % (k.rstrip("_"), v))
    return " ".join(out)


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ==========================================================================
# scenarios
# ==========================================================================

# ---- oom_killed / CRITICAL: InfluxDB OOM loop at a k3s plant edge site ----


@scenario
def s_oom_influxdb_edge():
    w = Win("oom-influxdb-edge", "2026-03-03T02:14:00", "k3s edge")
    cl, node = "plant07-k3s", "plant07-ipc-01"
    ns = "telemetry"
    influx = P(cl, ns, "influxdb-0", "influxdb", node)
    tg = P(cl, ns, "telegraf-opcua-6c9d8f7b5-kq2xw", "telegraf", node)
    nr = P(cl, "line-apps", "node-red-5b8c7d9f44-9tmzr", "node-red", node)
    opc = P(cl, "line-apps", "opcua-gateway-7f6d5c8b9-r4vnh", "opcua-gateway", node)
    ev = EV(cl, ns)
    k3s = J(cl, node, "k3s.service")
    kern = KERN(cl, node)
    podid = w.uid()

    telegraf_ok(w, tg, 0, 20, 3)
    w.every(2, 220, 30, opc, lambda d, i: "%s info: session ns=3;s=Line7 subscription %d: %d monitored items, publish ok"
            % (iso_ms(d), 4021, 118))
    cycle_starts = [5, 95, 185]
    pid = 2211
    for n, c in enumerate(cycle_starts):
        w.L(c, influx, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="Welcome to InfluxDB",
                                        log_id="0o%s" % w.alnum(9), version="v2.7.5",
                                        commit="09a9607fd9", build_date="2024-01-05T17:22:17Z",
                                        log_level="info"))
        w.L(c + 1, influx, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="Opening shard store",
                                            log_id="0o%s" % w.alnum(9), service="storage-engine",
                                            op_name="tsdb_open", op_event="start"))
        for shard in (412, 413, 414):
            w.L(c + 3 + (shard - 412) * 6, influx, lambda d, s=shard: logfmt(
                ts=iso_us(d), lvl="info", msg="Opened shard", log_id="0o%s" % w.alnum(9),
                service="storage-engine", engine="tsm1", index_version="inmem",
                path="/var/lib/influxdb2/engine/data/7d1c0b2f6a3e9c44/autogen/%d" % s,
                duration="%.3fms" % w.rng.uniform(3000, 9000)))
        w.L(c + 23, kern, lambda d: "influxd invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985",
            ev=(n == 0))
        w.L(c + 23.05, kern, lambda d, p=pid: (
            "Memory cgroup out of memory: Killed process %d (influxd) total-vm:3143212kB, "
            "anon-rss:523884kB, file-rss:41256kB, shmem-rss:0kB, UID:1000 pgtables:1764kB oom_score_adj:985") % p,
            ev=True)
        w.L(c + 24, ev, event("Warning", "OOMKilling", "node/" + node,
                              "Memory cgroup out of memory: Killed process %d (influxd)" % pid), ev=(n == 1))
        w.L(c + 25, k3s, lambda d: '%s "SyncLoop (PLEG): event for pod" pod="telemetry/influxdb-0" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
            % (klog(d, "I", 1893, "kubelet.go:2457"), podid, w.hex(64)))
        if n < 2:
            w.L(c + 27, ev, event("Warning", "BackOff", "pod/influxdb-0",
                                  "Back-off restarting failed container influxdb in pod influxdb-0_telemetry(%s)" % podid))
        pid += 41
    # influxdb status line from the event exporter: last state OOMKilled
    w.L(150, ev, event("Normal", "Pulled", "pod/influxdb-0",
                       'Container image "influxdb:2.7.5-alpine" already present on machine'))
    w.L(208.5, k3s, lambda d: '%s "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"influxdb\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=influxdb pod=influxdb-0_telemetry(%s)\\"" pod="telemetry/influxdb-0" podUID="%s"'
        % (klog(d, "E", 1893, "pod_workers.go:1298"), podid, podid))
    w.L(212, ev, event("Warning", "BackOff", "pod/influxdb-0",
                       "Back-off restarting failed container influxdb in pod influxdb-0_telemetry(%s)" % podid))
    w.L(208.2, J(cl, node, "containerd"), lambda d: 'time="%s" level=info msg="TaskOOM event &TaskOOM{ContainerID:%s,XXX_unrecognized:[],}"'
        % (iso_us(d), w.hex(64)), ev=True)
    # loud callers
    for t in (31, 60, 118, 150, 200, 226):
        w.L(t, tg, lambda d: '%s E! [outputs.influxdb_v2] When writing to [http://influxdb.telemetry:8086]: Post "http://influxdb.telemetry:8086/api/v2/write?bucket=line7&org=plant07": dial tcp 10.43.118.20:8086: connect: connection refused'
            % iso_s(d))
        w.L(t + 0.01, tg, lambda d: "%s E! [agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)" % iso_s(d))
    w.L(140, tg, lambda d: "%s W! [outputs.influxdb_v2] Metric buffer overflow; 1417 metrics have been dropped" % iso_s(d))
    w.L(65, nr, lambda d: "%s - [error] [influxdb out:line7 OEE] Error: connect ECONNREFUSED 10.43.118.20:8086" % nodered_time(d))
    w.L(170, nr, lambda d: "%s - [error] [influxdb out:line7 OEE] Error: connect ECONNREFUSED 10.43.118.20:8086" % nodered_time(d))
    return w.record(
        "oom_killed", "Why do the line-7 dashboards at plant 7 show no data since 02:15?",
        {"namespace": "telemetry"}, "CRITICAL", "oom_killed", "influxdb",
        "influxd is OOM-killed by the 512Mi container memory limit while opening its TSM shards at startup, so influxdb-0 crash-loops.",
        "InfluxDB on the plant-7 k3s node is in an OOM crash loop; Telegraf and Node-RED fail with connection refused and Telegraf has started dropping buffered metrics.",
        "Raise the influxdb memory limit (or switch to the tsi1 index / reduce shard retention) so the shard store fits, then confirm influxdb-0 stays up and Telegraf flushes its buffer.")


# ---- oom_killed / WARN: php-fpm child killed by cgroup OOM, pool keeps serving ----


@scenario
def s_oom_phpfpm_child():
    w = Win("oom-phpfpm-child", "2026-03-05T14:40:00", "EKS")
    cl = "retail-eu-eks"
    node = "ip-10-20-3-41.eu-west-1.compute.internal"
    ns = "magento"
    pod = "magento-web-7d5f9c6b8-2xkqp"
    fpm = P(cl, ns, pod, "php-fpm", node)
    ngx = P(cl, ns, pod, "nginx", node)
    cron = P(cl, ns, "magento-cron-28491880-wq7fz", "cron", "ip-10-20-1-17.eu-west-1.compute.internal")
    kern = KERN(cl, node)

    paths = ["/", "/women/tops.html", "/checkout/cart/", "/customer/section/load/?sections=cart",
             "/static/version1709/frontend/Luma/en_US/js/bundle.js", "/catalogsearch/result/?q=jacket",
             "/rest/V1/guest-carts"]

    def acc(d, i):
        p = w.rng.choice(paths)
        return '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" %.3f' % (
            w.ip("10.20"), clf(d), p, w.rng.randint(900, 48000), w.rng.uniform(0.04, 0.6))
    w.spread(0, 170, 20, ngx, acc)
    kube_probe_nginx(w, ngx, 0, 170, 4, path="/health_check.php")
    w.L(3, fpm, lambda d: '[%s] NOTICE: [pool www] child 912 started' % phpfpm_time(d))
    w.L(22, cron, lambda d: "%s main.INFO: Cron Job indexer_reindex_all_invalid is successfully finished. Statistics: {\"sum\":0,\"count\":1,\"realmem\":\"96.0 MiB\"} [] []"
        % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
    w.L(35, ngx, lambda d: '%s - admin [%s] "POST /admin/export/export/ HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 1.942'
        % ("10.20.7.88", clf(d)))
    w.L(58, fpm, lambda d: '[%s] WARNING: [pool www] child 877, script \'/var/www/html/pub/index.php\' (request: "POST /index.php/rest/V1/async/bulk") executing too slow (10.118424 sec), logging'
        % phpfpm_time(d))
    w.L(71, kern, "php-fpm invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968", ev=True)
    w.L(71.02, kern, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=php-fpm,pid=877,uid=33"
        % (w.hex(64), w.uid().replace("-", "_"), "7f1e", w.hex(12)))
    w.L(71.03, kern, "Memory cgroup out of memory: Killed process 877 (php-fpm) total-vm:2318044kB, anon-rss:1489320kB, file-rss:18800kB, shmem-rss:131072kB, UID:33 pgtables:3164kB oom_score_adj:968",
        ev=True)
    w.L(71.2, fpm, lambda d: '[%s] WARNING: [pool www] child 877 exited on signal 9 (SIGKILL) after 412.331096 seconds from start' % phpfpm_time(d), ev=True)
    w.L(71.25, fpm, lambda d: '[%s] NOTICE: [pool www] child 1044 started' % phpfpm_time(d))
    w.L(71.3, ngx, lambda d: '%s [error] 31#31: *48213 upstream prematurely closed connection while reading response header from upstream, client: 10.20.7.88, server: _, request: "POST /index.php/rest/V1/async/bulk HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "shop.example.eu"'
        % d.strftime("%Y/%m/%d %H:%M:%S"))
    w.L(71.31, ngx, lambda d: '10.20.7.88 - admin [%s] "POST /index.php/rest/V1/async/bulk HTTP/1.1" 502 552 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 13.106' % clf(d))
    w.L(120, fpm, lambda d: '[%s] NOTICE: [pool www] child 1051 started' % phpfpm_time(d))
    w.L(150, cron, lambda d: "%s main.INFO: Cron Job sales_clean_quotes is successfully finished. Statistics: {\"sum\":0,\"count\":1,\"realmem\":\"92.0 MiB\"} [] []"
        % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
    return w.record(
        "oom_killed", "We saw one 502 on the admin bulk export in the Magento shop. Is something wrong?",
        {"namespace": "magento", "pod": pod}, "WARN", "oom_killed", "php-fpm",
        "A php-fpm worker handling the admin bulk export grew to ~1.5 GiB and was killed by the container's cgroup OOM killer; php-fpm's master respawned the child.",
        "One php-fpm child was OOM-killed during an admin bulk export, producing a single 502; the pool respawned the worker and storefront traffic kept returning 200.",
        "Lower PHP memory_limit below the container limit or raise the php-fpm container memory limit, and move bulk exports to a consumer/cron pod; no urgent action for shoppers.")


# ---- application_error / CRITICAL: free5GC AMF nil-pointer panic crash loop ----


@scenario
def s_app_amf_panic():
    w = Win("app-amf-panic", "2026-03-07T08:02:00", "kubeadm bare-metal")
    cl = "telco-core-bm"
    ns = "5gc"
    n1, n2 = "bm-cnf-worker-03", "bm-cnf-worker-04"
    amf = P(cl, ns, "free5gc-amf-6d8b7c9f5-lx2vq", "amf", n1)
    smf = P(cl, ns, "free5gc-smf-5f7c6d8b9-h8p4k", "smf", n2)
    nrf = P(cl, ns, "free5gc-nrf-7b9c5d6f8-zq7rt", "nrf", n2)
    gnb = P(cl, "ran-sim", "gnb-cell12-0", "gnb", n2)
    ev = EV(cl, ns)
    supis = ["imsi-208930000000%03d" % i for i in range(1, 40)]

    def ngap_ok(d, i):
        return "%s [INFO][AMF][Ngap][ran_addr:10.100.50.12:38412] Handle InitialUEMessage" % iso_ms(d)
    w.spread(0, 25, 4, amf, ngap_ok)
    w.L(8, amf, lambda d: "%s [INFO][AMF][Gmm][amf_ue_ngap_id:RU:412,AU:1284(3GPP)][supi:%s] Handle Registration Request" % (iso_ms(d), w.rng.choice(supis)))
    w.L(9, amf, lambda d: "%s [INFO][AMF][Gmm][amf_ue_ngap_id:RU:412,AU:1284(3GPP)][supi:%s] Registration complete" % (iso_ms(d), w.rng.choice(supis)))
    w.spread(0, 170, 4, nrf, lambda d, i: "%s [INFO][NRF][GIN] | 200 |  %s | GET     | /nnrf-disc/v1/nf-instances?requester-nf-type=SMF&target-nf-type=AMF"
             % (iso_ms(d), w.ip("10.233")))
    for k, c in enumerate((27, 104)):
        w.L(c, amf, lambda d: "%s [INFO][AMF][Ngap][ran_addr:10.100.50.12:38412] Handle UEContextReleaseComplete" % iso_ms(d))
        w.L(c + 0.002, amf, lambda d: "%s [ERRO][AMF][Ngap][ran_addr:10.100.50.12:38412] RanUe not found, RanUeNgapID: 1297" % iso_ms(d))
        w.L(c + 0.003, amf, "panic: runtime error: invalid memory address or nil pointer dereference", ev=True)
        w.L(c + 0.004, amf, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x48 pc=0x12d8a4f]", ev=(k == 0))
        w.L(c + 0.005, amf, "goroutine 1873 [running]:")
        w.L(c + 0.006, amf, "github.com/free5gc/amf/internal/ngap.handleUEContextReleaseCompleteMain(0xc000b12a80, 0x0, 0xc0004f2e40, 0x0)", ev=(k == 0))
        w.L(c + 0.007, amf, "\t/go/src/free5gc/NFs/amf/internal/ngap/handler.go:1042 +0x2af")
        w.L(c + 0.008, amf, "github.com/free5gc/amf/internal/ngap.handleUEContextReleaseComplete(0xc000b12a80, 0xc001d3c1e0)")
        w.L(c + 2, ev, event("Warning", "BackOff", "pod/free5gc-amf-6d8b7c9f5-lx2vq",
                             "Back-off restarting failed container amf in pod free5gc-amf-6d8b7c9f5-lx2vq_5gc(%s)" % w.uid()))
        w.L(c + 3, gnb, lambda d: "[%s] [sctp] [error] SCTP connection to AMF 10.100.50.5:38412 lost (SCTP_COMM_LOST)" % d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
        w.L(c + 4, smf, lambda d: "%s [ERRO][SMF][PduSess] N1N2MessageTransfer failure: Post \"http://amf-namf:80/namf-comm/v1/ue-contexts/%s/n1-n2-messages\": dial tcp 10.233.12.40:80: connect: connection refused"
            % (iso_ms(d), w.rng.choice(supis)))
        w.L(c + 6, smf, lambda d: "%s [WARN][SMF][PduSess] PDU Session Release for %s pending, AMF unreachable" % (iso_ms(d), w.rng.choice(supis)))
        w.L(c + 40, amf, lambda d: "%s [INFO][AMF][Init] AMF version: free5GC version: v3.4.1 build time: 2024-02-01T05:13:26Z commit: 5fb3b5f" % iso_ms(d))
        w.L(c + 41, amf, lambda d: "%s [INFO][AMF][CFG] Read config from [/free5gc/config/amfcfg.yaml]" % iso_ms(d))
        w.L(c + 43, amf, lambda d: "%s [INFO][AMF][Ngap] Listen on 10.100.50.5:38412" % iso_ms(d))
        w.L(c + 45, gnb, lambda d: "[%s] [ngap] [info] NG Setup procedure is successful" % d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
        w.L(c + 48, amf, lambda d: "%s [INFO][AMF][Ngap][ran_addr:10.100.50.12:38412] Handle NGSetupRequest" % iso_ms(d))
    w.L(172, ev, event("Warning", "BackOff", "pod/free5gc-amf-6d8b7c9f5-lx2vq",
                       "Back-off restarting failed container amf in pod free5gc-amf-6d8b7c9f5-lx2vq_5gc (restartCount=9)"))
    return w.record(
        "application_error", "Subscribers on cell 12 keep dropping off; why is the 5G core unstable?",
        {"namespace": "5gc"}, "CRITICAL", "application_error", "amf",
        "The free5GC AMF dereferences a nil RanUe in handleUEContextReleaseComplete when a release arrives for an unknown RAN UE NGAP ID, panics and restarts; the gNB loses its N2 association each time.",
        "The AMF crash-loops on a nil-pointer panic in its NGAP UE context release handler; the gNB SCTP association and SMF N1N2 transfers fail each time it dies.",
        "Roll back or patch the AMF (nil check on RanUe in the UEContextReleaseComplete handler), and keep the AMF running while identifying the gNB sending releases for stale UE IDs.")


# ---- application_error / ERROR: Saleor (Django) TypeError in checkoutComplete ----


@scenario
def s_app_saleor_voucher():
    w = Win("app-saleor-voucher", "2026-03-09T19:21:00", "GKE")
    cl = "shop-prod-gke"
    ns = "saleor"
    na = "gke-shop-prod-default-pool-8f2c1a3e-x7kq"
    nb = "gke-shop-prod-default-pool-8f2c1a3e-m2vd"
    api = P(cl, ns, "saleor-api-6b9f7d8c5-pw4nz", "saleor-api", na)
    sf = P(cl, ns, "storefront-5c8d9b7f6-kq9xm", "storefront", nb)
    wk = P(cl, ns, "saleor-worker-7c6f9b8d4-t2rjv", "celery", nb)
    ing = P(cl, "ingress-nginx", "ingress-nginx-controller-6f5d8b7c9-wd2lx", "controller", na)

    def apiok(d, i):
        return '%s - - [%s] "POST /graphql/ HTTP/1.1" 200 %d "https://shop.example.com/" "node-fetch"' % (
            w.ip("10.8"), d.strftime("%d/%b/%Y:%H:%M:%S +0000"), w.rng.randint(800, 9000))
    w.spread(0, 160, 8, api, apiok)
    w.spread(0, 160, 4, wk, lambda d, i: "[%s: INFO/ForkPoolWorker-%d] Task saleor.plugins.webhook.tasks.send_webhook_request_async[%s] succeeded in %.3fs: None"
             % (pytime(d), w.rng.randint(1, 4), w.uid(), w.rng.uniform(0.1, 0.9)))
    for k, t in enumerate((31, 77, 128)):
        rid = w.hex(32)
        w.L(t, api, lambda d: "%s ERROR saleor.graphql.errors.unhandled A query failed unexpectedly [PID:21:uvicorn]" % pytime(d), ev=True)
        w.L(t + 0.001, api, "Traceback (most recent call last):")
        w.L(t + 0.002, api, '  File "/app/saleor/checkout/complete_checkout.py", line 412, in _prepare_order_data', ev=(k == 0))
        w.L(t + 0.003, api, '    discount_amount = voucher_discount.amount + checkout_info.checkout.discount.amount')
        w.L(t + 0.004, api, "TypeError: unsupported operand type(s) for +: 'NoneType' and 'Decimal'", ev=True)
        w.L(t + 0.02, ing, lambda d, rid=rid: '%s - - [%s] "POST /graphql/ HTTP/2.0" 200 212 "https://shop.example.com/checkout" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)" 1184 0.412 [saleor-saleor-api-8000] [] 10.8.2.17:8000 212 0.411 200 %s'
            % (w.ip("10.128"), clf(d), rid))
        w.L(t + 0.05, sf, lambda d: json.dumps({"level": 50, "time": int(d.timestamp() * 1000), "pid": 1, "hostname": "storefront-5c8d9b7f6-kq9xm",
                                                "msg": "checkoutComplete failed", "errors": [{"message": "Internal Server Error", "code": "INTERNAL_ERROR", "path": ["checkoutComplete"]}]},
                                               separators=(",", ":")))
    w.spread(0, 160, 6, sf, lambda d, i: json.dumps({"level": 30, "time": int(d.timestamp() * 1000), "pid": 1, "hostname": "storefront-5c8d9b7f6-kq9xm",
                                                     "req": {"method": "GET", "url": w.rng.choice(["/", "/collections/summer", "/products/linen-shirt", "/cart"])},
                                                     "res": {"statusCode": 200}, "responseTime": w.rng.randint(20, 240), "msg": "request completed"},
                                                    separators=(",", ":")))
    w.L(100, wk, lambda d: "[%s: INFO/MainProcess] Task saleor.checkout.tasks.delete_expired_checkouts[%s] received" % (pytime(d), w.uid()))
    w.L(140, api, lambda d: "%s INFO saleor.core.tracing Checkout completed without voucher checkout=%s order=%d [PID:21:uvicorn]" % (pytime(d), w.uid(), 104233))
    return w.record(
        "application_error", "Why are some customers unable to complete checkout tonight?",
        {"namespace": "saleor"}, "ERROR", "application_error", "saleor-api",
        "saleor-api raises an unhandled TypeError in complete_checkout._prepare_order_data when a voucher is combined with a checkout that has no discount (None + Decimal).",
        "checkoutComplete fails with INTERNAL_ERROR for checkouts carrying a voucher; the storefront logs the failures while other GraphQL traffic and voucher-less checkouts succeed.",
        "Fix or roll back the checkout discount change (treat a missing discount as zero), and consider disabling the affected voucher until the fix ships.")


# ---- image_pull / ERROR: Node-RED rollout at a k3s edge site, tag missing in local registry ----


@scenario
def s_image_nodered_tag():
    w = Win("image-nodered-tag", "2026-03-10T06:05:00", "k3s edge")
    cl = "store0412-k3s"
    node = "store0412-edge-01"
    ns = "iot-apps"
    newpod = "node-red-76cf9b5d8-x9jqw"
    oldpod = "node-red-5d9b6c7f4-hm2lp"
    ev = EV(cl, ns)
    k3s = J(cl, node, "k3s.service")
    old = P(cl, ns, oldpod, "node-red", node)
    mq = P(cl, ns, "mosquitto-0", "mosquitto", node)
    img = "registry.edge.local:5000/retail/node-red-fridge:4.0.2-r3"

    w.L(1, ev, event("Normal", "ScalingReplicaSet", "deployment/node-red", "Scaled up replica set node-red-76cf9b5d8 to 1"))
    w.L(1.2, ev, event("Normal", "Scheduled", "pod/" + newpod, "Successfully assigned iot-apps/%s to %s" % (newpod, node)))
    for k, t in enumerate((2, 19, 47, 101, 163)):
        w.L(t, ev, event("Normal", "Pulling", "pod/" + newpod, 'Pulling image "%s"' % img))
        w.L(t + 0.3, k3s, lambda d: '%s "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"'
            % (klog(d, "E", 1187, "remote_image.go:180"), img, img, img, img), ev=(k == 0))
        w.L(t + 0.4, ev, event("Warning", "Failed", "pod/" + newpod,
                               'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found'
                               % (img, img, img, img)), ev=(k < 2))
        w.L(t + 0.5, ev, event("Warning", "Failed", "pod/" + newpod, "Error: ErrImagePull"))
        if k:
            w.L(t + 12, ev, event("Normal", "BackOff", "pod/" + newpod, 'Back-off pulling image "%s"' % img))
            w.L(t + 12.1, ev, event("Warning", "Failed", "pod/" + newpod, "Error: ImagePullBackOff"), ev=(k == 2))
    # old replica keeps working
    w.every(10, 190, 25, old, lambda d, i: "%s - [info] [mqtt in:fridge telemetry] msg received topic=store0412/fridge/%02d/temp" % (nodered_time(d), i % 6 + 1))
    w.spread(0, 190, 6, mq, lambda d, i: "%s: Received PINGREQ from fridge-ctrl-%02d" % (epoch(d), w.rng.randint(1, 6)))
    w.L(70, old, lambda d: "%s - [info] [influxdb out:cold chain] batch written points=60" % nodered_time(d))
    w.L(185, ev, event("Warning", "ProgressDeadlineExceeded", "deployment/node-red", 'ReplicaSet "node-red-76cf9b5d8" has timed out progressing.'))
    return w.record(
        "image_pull", "The Node-RED update for store 412 has not rolled out. What's blocking it?",
        {"namespace": "iot-apps"}, "ERROR", "image_pull", "node-red",
        "The new node-red pod cannot pull registry.edge.local:5000/retail/node-red-fridge:4.0.2-r3: the tag does not exist in the store's local registry (NotFound), so the rollout is stuck in ImagePullBackOff.",
        "The Node-RED rollout at store 412 is stuck: the new ReplicaSet's image tag is not found in the edge registry; the old pod keeps processing fridge telemetry.",
        "Push/mirror the 4.0.2-r3 tag to the store registry (or fix the tag in the Deployment), then let the rollout proceed or roll back.")


# ---- image_pull / CRITICAL: Mosquitto rescheduled, GHCR pull secret token expired ----


@scenario
def s_image_mosquitto_auth():
    w = Win("image-mosquitto-auth", "2026-03-11T22:47:00", "MicroK8s")
    cl = "lab-mk8s"
    n1, n2 = "mk8s-line3-ipc", "mk8s-line4-ipc"
    ns = "mqtt"
    pod = "mosquitto-0"
    ev = EV(cl, ns)
    kl = J(cl, n2, "snap.microk8s.daemon-kubelite.service")
    nr = P(cl, "flows", "node-red-0", "node-red", n1)
    bridge = P(cl, "flows", "opcua-mqtt-bridge-7b5c9d6f8-zr4kt", "bridge", n1)
    img = "ghcr.io/acme-plants/mosquitto-hardened:2.0.18-2"

    w.L(0, ev, event("Normal", "NodeNotSchedulable", "node/" + n1, "Node %s status is now: NodeNotSchedulable" % n1))
    w.L(1, ev, event("Normal", "Killing", "pod/" + pod, "Stopping container mosquitto"))
    w.L(3, ev, event("Normal", "Scheduled", "pod/" + pod, "Successfully assigned mqtt/mosquitto-0 to %s" % n2))
    for k, t in enumerate((4, 22, 55, 118, 176)):
        w.L(t, ev, event("Normal", "Pulling", "pod/" + pod, 'Pulling image "%s"' % img))
        w.L(t + 0.6, kl, lambda d: '%s "Unhandled Error" err="failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%%3Aacme-plants%%2Fmosquitto-hardened%%3Apull&service=ghcr.io: 401 Unauthorized" logger="UnhandledError"'
            % (klog(d, "E", 2384, "kuberuntime_image.go:55"), img, img), ev=(k == 0))
        w.L(t + 0.7, ev, event("Warning", "Failed", "pod/" + pod,
                               'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%%3Aacme-plants%%2Fmosquitto-hardened%%3Apull&service=ghcr.io: 401 Unauthorized'
                               % (img, img, img)), ev=(k < 2))
        w.L(t + 0.8, ev, event("Warning", "Failed", "pod/" + pod, "Error: ErrImagePull"))
        if k:
            w.L(t + 14, ev, event("Warning", "Failed", "pod/" + pod, "Error: ImagePullBackOff"))
    for t in (6, 30, 70, 120, 168, 200):
        w.L(t, nr, lambda d: "%s - [info] [mqtt-broker:plant broker] Connection failed to broker: mqtt://mosquitto.mqtt:1883" % nodered_time(d))
    for t in (8, 48, 96, 150, 205):
        w.L(t, bridge, lambda d: "%s ERROR opcua_mqtt_bridge.publisher: MQTT connect failed rc=[Errno 111] Connection refused; retrying in 5s (buffered=%d)"
            % (pytime(d), int((d - w.start).total_seconds() * 40)))
    w.L(90, ev, event("Normal", "Sync", "secret/ghcr-pull", "imagePullSecret ghcr-pull last updated 2025-12-11T09:12:40Z"))
    return w.record(
        "image_pull", "After draining line-3's node tonight, no machine data reaches the flows. Why?",
        {"namespace": "mqtt"}, "CRITICAL", "image_pull", "mosquitto",
        "The single Mosquitto broker pod was rescheduled to mk8s-line4-ipc, where its image is not cached, and pulling ghcr.io/acme-plants/mosquitto-hardened fails with 401 Unauthorized because the ghcr-pull secret's token has expired.",
        "The only MQTT broker is stuck in ImagePullBackOff after a node drain (registry auth 401); Node-RED and the OPC-UA bridge cannot connect and are buffering machine data.",
        "Renew the GHCR token in the ghcr-pull imagePullSecret (or pre-load the image), restart the mosquitto-0 pod, and consider a second broker replica or a local mirror.")


# ---- probe_failure / WARN: ES readiness probe waits for green during shard relocation ----


@scenario
def s_probe_es_green():
    w = Win("probe-es-green", "2026-03-12T03:30:00", "AKS")
    cl = "commerce-weu-aks"
    ns = "search"
    nodes = ["aks-search-31415926-vmss00000%d" % i for i in range(3)]
    es = [P(cl, ns, "catalog-es-master-%d" % i, "elasticsearch", nodes[i]) for i in range(3)]
    kls = [J(cl, nodes[i], "kubelet.service") for i in range(3)]
    ev = EV(cl, ns)
    api = P(cl, "shop", "catalog-api-5f8d7b6c9-2hzmk", "catalog-api", "aks-apps-27182818-vmss000004")
    upd = P(cl, "shop", "price-updater-28492110-h7x2c", "price-updater", "aks-apps-27182818-vmss000001")

    def esj(d, lvl, logger, msg, i=0):
        return json.dumps({"@timestamp": iso_ms(d), "log.level": lvl, "message": msg,
                           "ecs.version": "1.2.0", "service.name": "ES_ECS",
                           "event.dataset": "elasticsearch.server",
                           "process.thread.name": "elasticsearch[catalog-es-master-%d][masterService#updateTask][T#1]" % i,
                           "log.logger": logger, "elasticsearch.node.name": "catalog-es-master-%d" % i,
                           "elasticsearch.cluster.name": "catalog-es"}, separators=(",", ":"))
    w.L(2, es[0], lambda d: esj(d, "INFO", "org.elasticsearch.cluster.metadata.MetadataUpdateSettingsService",
                                "updating number_of_replicas to [2] for indices [products_v42]"))
    w.L(3, es[0], lambda d: esj(d, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
                                "Cluster health status changed from [GREEN] to [YELLOW] (reason: [update-settings [[products_v42/Qm3xk2VtS1e7r2JcA0P4hw]]]).")
        )
    w.L(4, upd, lambda d: "%s INFO  c.a.p.PriceUpdater - bulk indexed 2000 docs into products_v42 took=412ms errors=false" % pytime(d))
    # every readiness probe fails while the cluster is yellow
    k = 0
    for t in range(8, 150, 10):
        i = k % 3
        msg = ('Readiness probe failed: Waiting for elasticsearch cluster to become ready (request params: "wait_for_status=green&timeout=1s" )\n'
               'Cluster is not yet ready (request params: "wait_for_status=green&timeout=1s" )')
        w.L(t, kls[i], lambda d, i=i, msg=msg: '%s "Probe failed" probeType="Readiness" pod="search/catalog-es-master-%d" podUID="%s" containerName="elasticsearch" probeResult="failure" output="%s"'
            % (klog(d, "I", 3312, "prober.go:107"), i, w.uid(), msg.replace("\n", "\\n").replace('"', '\\"')), ev=(k in (0, 1, 2)))
        if k % 4 == 1:
            w.L(t + 0.5, ev, event("Warning", "Unhealthy", "pod/catalog-es-master-%d" % i,
                                   'Readiness probe failed: Waiting for elasticsearch cluster to become ready (request params: "wait_for_status=green&timeout=1s" )'),
                ev=(k == 1))
        k += 1
    w.L(21, ev, event("Warning", "FailedToUpdateEndpoint", "endpoints/catalog-es",
                      "Endpoints catalog-es has no ready addresses (3 not ready)"), ev=True)
    for t in (24, 41, 67, 96, 128):
        w.L(t, api, lambda d: "%s WARN  c.a.c.search.SearchClient - search failed, retrying (attempt 2/3): java.net.ConnectException: Connection refused"
            % pytime(d))
        w.L(t + 0.4, api, lambda d: '%s ERROR c.a.c.web.SearchController - GET /api/v2/search?q=%s -> 503 Service Unavailable (search backend unavailable)'
            % (pytime(d), w.rng.choice(["sneaker", "usb-c+cable", "rain+jacket", "coffee"])))
    for t in (30, 70, 110):
        w.L(t, es[1], lambda d: esj(d, "INFO", "org.elasticsearch.indices.recovery.RecoverySourceHandler",
                                    "[products_v42][%d] recovery [phase1] to catalog-es-master-2: took [%ds]" % (w.rng.randint(0, 4), w.rng.randint(9, 30)), 1))
    w.L(151, es[0], lambda d: esj(d, "INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService",
                                  "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[products_v42][3]]])."))
    w.L(158, kls[0], lambda d: '%s "SyncLoop (probe)" probe="readiness" status="ready" pod="search/catalog-es-master-0"' % klog(d, "I", 3312, "kubelet.go:2542"))
    w.L(159, kls[1], lambda d: '%s "SyncLoop (probe)" probe="readiness" status="ready" pod="search/catalog-es-master-1"' % klog(d, "I", 2981, "kubelet.go:2542"))
    w.L(161, kls[2], lambda d: '%s "SyncLoop (probe)" probe="readiness" status="ready" pod="search/catalog-es-master-2"' % klog(d, "I", 3027, "kubelet.go:2542"))
    w.L(166, api, lambda d: "%s INFO  c.a.c.search.SearchClient - search backend healthy again, 0 failures in last 30s" % pytime(d))
    return w.record(
        "probe_failure", "Catalog search returned 503s for about two and a half minutes overnight. Why?",
        {"namespace": "search"}, "WARN", "probe_failure", "elasticsearch",
        "The Elasticsearch readiness probe waits for wait_for_status=green, so raising products_v42 to 2 replicas (cluster YELLOW while replicas recover) made every ES pod unready and emptied the catalog-es Service although the nodes were serving.",
        "A replica-count change turned the cluster yellow; the green-only readiness probe marked all three ES pods unready, catalog-api got connection refused and returned 503 until the cluster went green again.",
        "Change the readiness probe to wait_for_status=yellow (or a local node check) so routine replica recovery does not drain the Service; nothing to do now, it recovered.")


# ---- probe_failure / CRITICAL: Keycloak killed by liveness probe during DB migration ----


@scenario
def s_probe_keycloak_liveness():
    w = Win("probe-keycloak-liveness", "2026-03-13T10:12:00", "OpenShift")
    cl = "ocp-retail-prod"
    ns = "sso"
    node = "worker-1.ocp-retail.example.com"
    pod = "keycloak-0"
    kc = P(cl, ns, pod, "keycloak", node)
    kl = J(cl, node, "kubelet.service")
    crio = J(cl, node, "crio.service")
    ev = EV(cl, ns)
    o2p = P(cl, "staff-portal", "oauth2-proxy-6b9d7f8c5-pq8zt", "oauth2-proxy", "worker-2.ocp-retail.example.com")
    pg = P(cl, ns, "keycloak-db-1", "postgres", "worker-3.ocp-retail.example.com")
    uid = w.uid()

    def kcl(d, lvl, cat, thread, msg):
        return "%s %-5s [%s] (%s) %s" % (pytime(d), lvl, cat, thread, msg)
    for c in (0, 64, 128):
        w.L(c + 1, kc, lambda d: kcl(d, "INFO", "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider", "main",
                                     "Hostname settings: Base URL: <unset>, Hostname: sso.retail.example.com, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true"))
        w.L(c + 4, kc, lambda d: kcl(d, "INFO", "org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory", "main",
                                     "Node name: keycloak-0, Site name: null"))
        w.L(c + 6, kc, lambda d: kcl(d, "INFO", "org.keycloak.quarkus.runtime.storage.legacy.liquibase.QuarkusJpaUpdaterProvider", "main",
                                     "Initializing database schema. Using changelog META-INF/jpa-changelog-master.xml"))
        w.L(c + 7, pg, lambda d: "%s [4121] LOG:  duration: 5213.448 ms  statement: ALTER TABLE public.USER_ATTRIBUTE ADD LONG_VALUE_HASH BYTEA" % pgtime(d))
        for j, t in enumerate((c + 18, c + 28, c + 38)):
            w.L(t, kl, lambda d: '%s "Probe failed" probeType="Liveness" pod="sso/keycloak-0" podUID="%s" containerName="keycloak" probeResult="failure" output="Get \\"https://10.131.0.58:9000/health/live\\": dial tcp 10.131.0.58:9000: connect: connection refused"'
                % (klog(d, "I", 2744, "prober.go:107"), uid), ev=(c == 0 and j == 0))
        w.L(c + 38.2, ev, event("Warning", "Unhealthy", "pod/" + pod,
                                'Liveness probe failed: Get "https://10.131.0.58:9000/health/live": dial tcp 10.131.0.58:9000: connect: connection refused'),
            ev=(c == 0))
        w.L(c + 38.3, ev, event("Normal", "Killing", "pod/" + pod, "Container keycloak failed liveness probe, will be restarted"), ev=(c < 128))
        w.L(c + 38.4, crio, lambda d: 'time="%s" level=info msg="Stopping container: %s (timeout: 30s)" id=%s name=/runtime.v1.RuntimeService/StopContainer'
            % (iso_us(d), w.hex(64), w.uid()))
        w.L(c + 39, kc, lambda d: kcl(d, "INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.412s"))
        w.L(c + 40, pg, lambda d: "%s [4121] LOG:  could not receive data from client: Connection reset by peer" % pgtime(d))
    w.L(176, kl, lambda d: '%s "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"keycloak\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=keycloak pod=keycloak-0_sso(%s)\\"" pod="sso/keycloak-0" podUID="%s"'
        % (klog(d, "E", 2744, "pod_workers.go:1298"), uid, uid))
    for t in (20, 52, 90, 133, 170):
        w.L(t, o2p, lambda d: '[%s] [oauthproxy.go:%d] Error loading session from OIDC discovery: Get "https://sso.retail.example.com/realms/staff/.well-known/openid-configuration": 503 Service Unavailable'
            % (d.strftime("%Y/%m/%d %H:%M:%S"), 890))
    w.L(60, o2p, lambda d: '10.128.4.1 - - [%s] sso.retail.example.com GET - "/ping" HTTP/1.1 "kube-probe/1.28" 200 2 0.000' % d.strftime("%Y/%m/%d %H:%M:%S"))
    return w.record(
        "probe_failure", "Nobody can log in to the staff portal since the Keycloak upgrade. What is happening?",
        {"namespace": "sso", "pod": "keycloak-0"}, "CRITICAL", "probe_failure", "keycloak",
        "After the upgrade Keycloak runs a long Liquibase schema migration on startup; the liveness probe on :9000/health/live fails three times before the management port opens and the kubelet kills the container each time, so it never finishes starting.",
        "keycloak-0 is in a restart loop caused by its liveness probe killing it mid-migration; the SSO endpoint returns 503 and staff logins through oauth2-proxy fail.",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) for Keycloak so the migration can complete, then verify the schema migration finished.")


# ---- scheduling / ERROR: Kamailio SBC scale-out blocked on SR-IOV VF capacity ----


@scenario
def s_sched_sriov_vf():
    w = Win("sched-sriov-vf", "2026-03-14T18:55:00", "RKE2")
    cl = "voice-edge-rke2"
    ns = "voice"
    nodes = ["rke2-sbc-0%d" % i for i in (1, 2)]
    ev = EV(cl, ns)
    kam = [P(cl, ns, "kamailio-sbc-7c9d8f6b5-%s" % s, "kamailio", nodes[i]) for i, s in enumerate(("q2xlm", "v8rkd"))]
    pend = ["kamailio-sbc-7c9d8f6b5-%s" % s for s in ("n4ztw", "h7pcs")]
    ast = P(cl, ns, "asterisk-media-0", "asterisk", nodes[0])
    dp = P(cl, "kube-system", "sriov-device-plugin-x7b2q", "kube-sriovdp", nodes[1])

    w.L(0, ev, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/kamailio-sbc",
                     "New size: 4; reason: cpu resource utilization (percentage of request) above target"))
    w.L(0.4, ev, event("Normal", "ScalingReplicaSet", "deployment/kamailio-sbc", "Scaled up replica set kamailio-sbc-7c9d8f6b5 to 4 from 2"))
    msg = ("0/7 nodes are available: 2 Insufficient intel.com/sriov_netdevice_sip, 2 node(s) didn't match Pod's node affinity/selector, "
           "3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: true}. preemption: 0/7 nodes are available: "
           "2 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.")
    for k, t in enumerate((1, 31, 92, 152)):
        for j, p in enumerate(pend):
            w.L(t + j * 0.2, ev, event("Warning", "FailedScheduling", "pod/" + p, msg), ev=(k == 0 or (k == 1 and j == 0)))
    w.L(5, dp, lambda d: "%s ListAndWatch(sriov_netdevice_sip): send devices &ListAndWatchResponse{Devices:[]*Device{8 healthy},} allocatable=8 allocated=8 (pf=ens2f0 vfs=0-7)"
        % klog(d, "I", 1, "server.go:133"), ev=True)

    def kam_line(d, i):
        r = w.rng.random()
        if r < 0.5:
            return " 7(%d) NOTICE: <script>: INVITE from sip:+4930%07d@ims.carrier.example to sip:+4989%07d@voice.example.com ci=%s" % (
                w.rng.randint(60, 75), w.rng.randint(0, 9999999), w.rng.randint(0, 9999999), w.hex(16))
        if r < 0.8:
            return " 9(%d) WARNING: <script>: load %d%% above threshold, replying 503 to INVITE ci=%s" % (
                w.rng.randint(60, 75), w.rng.randint(91, 99), w.hex(16))
        return " 3(%d) ERROR: tm [t_reply.c:%d]: _reply_light(): failed to send reply: 503 Service Unavailable (Retry-After: 5)" % (
            w.rng.randint(60, 75), 588)
    w.spread(3, 175, 14, kam[0], kam_line)
    w.spread(3, 175, 10, kam[1], kam_line)
    w.spread(0, 175, 5, ast, lambda d, i: "[%s] VERBOSE[%d][C-%08x] pbx.c: Executing [s@ivr-main:%d] Playback(\"PJSIP/trunk-%08x\", \"welcome\") in new stack"
             % (d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1), w.rng.randint(200, 400), w.rng.randint(0, 2 ** 31), w.rng.randint(1, 4), w.rng.randint(0, 2 ** 31)))
    return w.record(
        "scheduling", "The SBC autoscaled but we are still rejecting calls with 503 at the evening peak. Why?",
        {"namespace": "voice"}, "ERROR", "scheduling", "kamailio-sbc",
        "The two new kamailio-sbc replicas stay Pending: each needs an intel.com/sriov_netdevice_sip VF and all 8 VFs on the two SBC nodes are already allocated; the other nodes lack the affinity label or are control-plane.",
        "HPA scaled kamailio-sbc to 4 but the new pods cannot be scheduled for lack of SR-IOV VFs, so the two running SBCs stay overloaded and reject INVITEs with 503.",
        "Add SR-IOV VF capacity (more VFs per PF or another SBC node) or cap the HPA at the VF count; in the short term shed load upstream.")


# ---- scheduling / WARN: reindex job pending until cluster-autoscaler adds a node ----


@scenario
def s_sched_autoscaler_reindex():
    w = Win("sched-autoscaler-reindex", "2026-03-15T01:00:00", "EKS")
    cl = "retail-us-eks"
    ns = "magento"
    ev = EV(cl, ns)
    pod = "catalog-reindex-29011200-7xkq2"
    ca = P(cl, "kube-system", "cluster-autoscaler-6f8c9d7b5-s4wjm", "cluster-autoscaler", "ip-10-30-0-12.ec2.internal")
    job = P(cl, ns, pod, "reindex", "ip-10-30-2-211.ec2.internal")
    web = P(cl, ns, "magento-web-6c7d8b9f5-kd2mx", "nginx", "ip-10-30-1-45.ec2.internal")
    newnode = "ip-10-30-2-211.ec2.internal"

    w.L(0, ev, event("Normal", "SuccessfulCreate", "job/catalog-reindex-29011200", "Created pod: " + pod))
    m = ("0/5 nodes are available: 5 Insufficient memory. preemption: 0/5 nodes are available: "
         "5 No preemption victims found for incoming pod.")
    w.L(0.3, ev, event("Warning", "FailedScheduling", "pod/" + pod, m), ev=True)
    w.L(11, ca, lambda d: '%s Pod magento/%s is unschedulable' % (klog(d, "I", 1, "klogx.go:87"), pod), ev=True)
    w.L(11.2, ca, lambda d: '%s Best option to resize: eks-mem-optimized-r6i-2a4c8e1f' % klog(d, "I", 1, "orchestrator.go:189"))
    w.L(11.3, ca, lambda d: '%s Final scale-up plan: [{eks-mem-optimized-r6i-2a4c8e1f 1->2 (max: 6)}]' % klog(d, "I", 1, "orchestrator.go:276"))
    w.L(11.4, ca, lambda d: '%s Scale-up: setting group eks-mem-optimized-r6i-2a4c8e1f size to 2' % klog(d, "I", 1, "executor.go:147"))
    w.L(12, ev, event("Normal", "TriggeredScaleUp", "pod/" + pod,
                      "pod triggered scale-up: [{eks-mem-optimized-r6i-2a4c8e1f 1->2 (max: 6)}]"), ev=True)
    w.L(61, ev, event("Warning", "FailedScheduling", "pod/" + pod, m))
    w.L(95, ev, event("Normal", "RegisteredNode", "node/" + newnode, "Node %s event: Registered Node %s in Controller" % (newnode, newnode)))
    w.L(128, ev, event("Normal", "NodeReady", "node/" + newnode, "Node %s status is now: NodeReady" % newnode))
    w.L(131, ev, event("Normal", "Scheduled", "pod/" + pod, "Successfully assigned magento/%s to %s" % (pod, newnode)))
    w.L(133, ev, event("Normal", "Pulling", "pod/" + pod, 'Pulling image "123456789012.dkr.ecr.us-east-1.amazonaws.com/magento/app:2.4.7-p3-41"'))
    w.L(171, ev, event("Normal", "Pulled", "pod/" + pod, 'Successfully pulled image "123456789012.dkr.ecr.us-east-1.amazonaws.com/magento/app:2.4.7-p3-41" in 37.9s (37.9s including waiting). Image size: 612331245 bytes.'))
    w.L(173, ev, event("Normal", "Started", "pod/" + pod, "Started container reindex"))
    w.L(176, job, "Design Config Grid index has been rebuilt successfully in 00:00:01")
    w.L(182, job, "Customer Grid index has been rebuilt successfully in 00:00:04")
    w.L(191, job, "Category Products index has been rebuilt successfully in 00:00:09")
    w.every(5, 190, 20, ca, lambda d, i: '%s Starting main loop' % klog(d, "I", 1, "static_autoscaler.go:290"))

    def acc(d, i):
        return '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (Linux; Android 14)" %.3f' % (
            w.ip("10.30"), clf(d), w.rng.choice(["/", "/sale.html", "/checkout/cart/", "/customer/account/"]),
            w.rng.randint(3000, 60000), w.rng.uniform(0.05, 0.5))
    w.spread(0, 190, 7, web, acc)
    return w.record(
        "scheduling", "The nightly catalog reindex started three minutes late. Should we worry?",
        {"namespace": "magento", "pod": pod}, "WARN", "scheduling", "catalog-reindex",
        "The reindex job's pod requests more memory than any existing node has free (Insufficient memory), so it stayed Pending until cluster-autoscaler added a memory-optimized node.",
        "The catalog-reindex pod was unschedulable for about two minutes; the cluster-autoscaler scaled the r6i node group 1->2 and the job then ran normally.",
        "Optional: keep a warm node in the memory-optimized group before the nightly window or lower the job's memory request; no outage occurred.")


# ---- dns_resolution / ERROR: k3s CoreDNS upstream (store router) not answering ----


@scenario
def s_dns_coredns_upstream():
    w = Win("dns-coredns-upstream", "2026-03-16T07:40:00", "k3s edge")
    cl = "store0188-k3s"
    node = "store0188-edge-01"
    cd = P(cl, "kube-system", "coredns-6799fbcd5-9wq7h", "coredns", node)
    tg = P(cl, "telemetry", "telegraf-0", "telegraf", node)
    emqx = P(cl, "iot", "emqx-0", "emqx", node)
    pos = P(cl, "pos", "pos-sync-7d9c6b8f5-2kz4n", "pos-sync", node)
    nr = P(cl, "iot", "node-red-0", "node-red", node)

    coredns_ok(w, cd, 0, 170, 5, ["emqx.iot.svc.cluster.local", "influxdb-local.telemetry.svc.cluster.local",
                                   "pos-db.pos.svc.cluster.local"])
    ups = ["influx.cloud.acme-retail.com", "mqtt.cloud.acme-retail.com", "api.pos.acme-retail.com"]
    for k, t in enumerate((6, 19, 33, 58, 84, 111, 140, 163)):
        name = ups[k % 3]
        w.L(t, cd, lambda d, name=name: "[ERROR] plugin/errors: 2 %s. A: read udp 10.42.0.7:%d->192.168.88.1:53: i/o timeout"
            % (name, w.rng.randint(33000, 60000)), ev=(k < 4 or k == 6))
    w.L(45, cd, "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.0071s")
    for t in (10, 50, 100, 150):
        w.L(t, tg, lambda d: '%s E! [outputs.influxdb_v2] When writing to [https://influx.cloud.acme-retail.com]: Post "https://influx.cloud.acme-retail.com/api/v2/write?bucket=store0188&org=retail": dial tcp: lookup influx.cloud.acme-retail.com on 10.43.0.10:53: server misbehaving'
            % iso_s(d))
    for t in (25, 95, 160):
        w.L(t, emqx, lambda d: '%s [error] msg: bridge_connect_failed, mfa: emqx_connector_mqtt_worker:connect/1, bridge: "mqtt:cloud_uplink", reason: {nxdomain,"mqtt.cloud.acme-retail.com"}'
            % iso_off(d))
    w.L(64, pos, lambda d: "%s ERROR pos_sync.upload: batch 88213 upload failed: HTTPSConnectionPool(host='api.pos.acme-retail.com', port=443): Max retries exceeded with url: /v1/stores/0188/sales (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a1c2d9e50>: Failed to resolve 'api.pos.acme-retail.com' ([Errno -3] Temporary failure in name resolution)\"))"
        % pytime(d))
    w.L(130, pos, lambda d: "%s INFO pos_sync.queue: 412 sales batches queued locally, oldest 51m" % pytime(d))
    w.spread(0, 170, 5, nr, lambda d, i: "%s - [info] [mqtt in:shelf sensors] msg received topic=store0188/shelf/%02d/weight" % (nodered_time(d), w.rng.randint(1, 40)))
    w.spread(0, 170, 3, tg, lambda d, i: "%s D! [outputs.influxdb_v2] Buffer fullness: %d / 10000 metrics" % (iso_s(d), 3100 + i * 900))
    return w.record(
        "dns_resolution", "Store 188 stopped sending data to the cloud this morning, but the in-store devices look fine. Why?",
        {"node": node}, "ERROR", "dns_resolution", "coredns",
        "CoreDNS on the store's k3s node forwards external names to the store router 192.168.88.1, which stopped answering DNS; every external lookup times out (in-cluster names still resolve), so uplinks to the cloud fail.",
        "External DNS resolution at store 188 is failing in CoreDNS's forward plugin; Telegraf, the EMQX cloud bridge and POS sync cannot resolve their cloud endpoints and are buffering locally.",
        "Point the CoreDNS forward plugin at a working resolver (or fix the router's DNS service) and verify the buffered telemetry and POS batches drain.")


# ---- dns_resolution / WARN: GKE kube-dns dnsmasq concurrency limit during a flash sale ----


@scenario
def s_dns_kubedns_dnsmasq():
    w = Win("dns-kubedns-dnsmasq", "2026-03-17T12:00:00", "GKE")
    cl = "shop-prod-gke"
    na = "gke-shop-prod-default-pool-8f2c1a3e-x7kq"
    nb = "gke-shop-prod-default-pool-8f2c1a3e-r5tn"
    dns = P(cl, "kube-system", "kube-dns-5b8c9d7f6-lw2pq", "dnsmasq", na)
    sidecar = P(cl, "kube-system", "kube-dns-5b8c9d7f6-lw2pq", "sidecar", na)
    pg = P(cl, "saleor", "payment-gateway-7d8c9b6f5-zz4kq", "payment-gateway", nb)
    wk = P(cl, "saleor", "saleor-worker-7c6f9b8d4-t2rjv", "celery", nb)
    asc = P(cl, "kube-system", "kube-dns-autoscaler-79b4d6c8f-4qjvw", "autoscaler", nb)
    ev = EV(cl, "kube-system")

    for k, t in enumerate((14, 16, 21, 33, 47)):
        w.L(t, dns, "dnsmasq[12]: Maximum number of concurrent DNS queries reached (max: 1500)", ev=(k < 3))
    w.L(24, sidecar, lambda d: '%s Error getting metrics from dnsmasq: read udp 127.0.0.1:41234->127.0.0.1:53: i/o timeout' % klog(d, "W", 1, "server.go:64"), ev=True)
    for t in (15, 22, 36, 44):
        w.L(t, pg, lambda d: zap(d, "warn", "stripe/client.go:118", "stripe request failed, will retry",
                                 err='Post "https://api.stripe.com/v1/payment_intents": dial tcp: lookup api.stripe.com on 10.12.0.10:53: no such host',
                                 attempt=1, idempotency_key=w.uid()))
        w.L(t + 1.1, pg, lambda d: zap(d, "info", "stripe/client.go:131", "stripe request succeeded after retry", attempt=2, status=200))
    w.L(26, wk, lambda d: "[%s: WARNING/ForkPoolWorker-3] Retrying saleor.payment.gateways.stripe.tasks.capture[%s]: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: /v1/payment_intents/pi_3Oq%s/capture (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f8e2c1b4d90>: Failed to resolve 'api.stripe.com' ([Errno -3] Temporary failure in name resolution)\"))"
        % (pytime(d), w.uid(), w.alnum(14)))
    w.L(52, asc, lambda d: '%s Cluster status: SchedulableNodes[42], TotalNodes[42], SchedulableCores[336], TotalCores[336]' % klog(d, "I", 1, "k8sclient.go:272"))
    w.L(52.3, asc, lambda d: '%s Replicas are not as expected : updating replicas from 2 to 4' % klog(d, "I", 1, "autoscaler_server.go:157"))
    w.L(53, ev, event("Normal", "ScalingReplicaSet", "deployment/kube-dns", "Scaled up replica set kube-dns-5b8c9d7f6 to 4 from 2"))
    w.L(70, ev, event("Normal", "Started", "pod/kube-dns-5b8c9d7f6-k8xzt", "Started container dnsmasq"))
    w.L(72, ev, event("Normal", "Started", "pod/kube-dns-5b8c9d7f6-b2qpl", "Started container dnsmasq"))
    w.L(88, wk, lambda d: "[%s: INFO/ForkPoolWorker-3] Task saleor.payment.gateways.stripe.tasks.capture[%s] succeeded in 0.812s: None" % (pytime(d), w.uid()))
    w.spread(0, 170, 10, pg, lambda d, i: zap(d, "info", "http/server.go:77", "request", method="POST", path="/v1/charges", status=200,
                                              duration_ms=w.rng.randint(180, 900)))
    w.spread(60, 170, 4, wk, lambda d, i: "[%s: INFO/ForkPoolWorker-%d] Task saleor.order.tasks.send_order_confirmation[%s] succeeded in %.3fs: None"
             % (pytime(d), w.rng.randint(1, 4), w.uid(), w.rng.uniform(0.2, 0.8)))
    return w.record(
        "dns_resolution", "During the noon flash sale payment calls to Stripe logged 'no such host'. Did we lose payments?",
        {"namespace": "saleor"}, "WARN", "dns_resolution", "kube-dns",
        "kube-dns's dnsmasq hit its 1500 concurrent-query limit under the flash-sale load on only two replicas, so some lookups of api.stripe.com failed until the kube-dns autoscaler scaled to four replicas.",
        "A burst of DNS queries saturated kube-dns (dnsmasq concurrency limit) for about 40 seconds; Stripe calls failed name resolution and succeeded on retry, and DNS recovered after kube-dns scaled out.",
        "Enable NodeLocal DNSCache or raise the kube-dns autoscaler's minimum replicas before sales events; verify no payment was left uncaptured.")


# ---- connection_refused / CRITICAL: LoRaWAN Redis scaled to zero during maintenance ----


@scenario
def s_conn_redis_scaled_zero():
    w = Win("conn-redis-scaled-zero", "2026-03-18T05:20:00", "k3s edge")
    cl = "waterutil-k3s"
    node = "wu-edge-node-02"
    ns = "lorawan"
    ev = EV(cl, ns)
    cs = P(cl, ns, "chirpstack-6f9c8d7b5-mx2kp", "chirpstack", node)
    gb = P(cl, ns, "chirpstack-gateway-bridge-5b7d9c6f8-j4rtw", "gateway-bridge", node)
    mq = P(cl, ns, "mosquitto-0", "mosquitto", node)
    rest = P(cl, ns, "chirpstack-rest-api-7c8b9d5f6-p9zqx", "rest-api", "wu-edge-node-01")

    def cs_up(d, i):
        return ("%s  INFO up{deduplication_id=%s}: chirpstack::uplink: Uplink received dev_eui=%s fcnt=%d"
                % (iso_us(d), w.uid(), "70b3d57ed00%05x" % w.rng.randint(0, 0xfffff), w.rng.randint(100, 9000)))
    w.spread(0, 14, 4, cs, cs_up)
    w.L(15, ev, event("Normal", "ScalingReplicaSet", "deployment/redis", "Scaled down replica set redis-5c7b8d9f6 to 0 from 1"), ev=True)
    w.L(15.4, ev, event("Normal", "Killing", "pod/redis-5c7b8d9f6-w8k2n", "Stopping container redis"), ev=True)
    w.L(16, P(cl, ns, "redis-5c7b8d9f6-w8k2n", "redis", node),
        lambda d: "1:signal-handler (%d) Received SIGTERM scheduling shutdown..." % int(d.timestamp()))
    w.L(16.2, P(cl, ns, "redis-5c7b8d9f6-w8k2n", "redis", node),
        lambda d: "1:M %s * DB saved on disk" % (d.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (d.microsecond // 1000)))
    w.L(16.3, P(cl, ns, "redis-5c7b8d9f6-w8k2n", "redis", node),
        lambda d: "1:M %s # Redis is now ready to exit, bye bye..." % (d.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (d.microsecond // 1000)))
    for k, t in enumerate((19, 27, 38, 52, 70, 91, 118, 140, 166)):
        w.L(t, cs, lambda d: "%s ERROR up{deduplication_id=%s}: chirpstack::uplink: Deduplication error error=Redis error: Connection refused (os error 111)"
            % (iso_us(d), w.uid()), ev=(k == 0))
        if k % 2 == 0:
            w.L(t + 0.3, cs, lambda d: "%s ERROR chirpstack::api::backend: Get device-session error error=Redis pool error: Connection refused (os error 111)" % iso_us(d))
    w.spread(18, 170, 8, gb, lambda d, i: logfmt(time=iso_s(d), level="info", msg="integration/mqtt: publishing event",
                                                 event="up", qos=0, topic="eu868/gateway/%s/event/up" % ("7276ff002e0%05x" % w.rng.randint(0, 0xfffff))))
    w.spread(0, 170, 4, mq, lambda d, i: "%s: Received PUBLISH from chirpstack-gateway-bridge (d0, q0, r0, m0, 'eu868/gateway/7276ff002e06%04x/event/up', ... (%d bytes))"
             % (epoch(d), w.rng.randint(0, 0xffff), w.rng.randint(90, 240)))
    w.L(75, rest, lambda d: '%s ERROR chirpstack::api: gRPC error status=Unavailable message="Redis pool error: Connection refused (os error 111)" method=/api.DeviceService/GetLinkMetrics' % iso_us(d))
    w.L(130, ev, event("Warning", "FailedGetResourceMetric", "horizontalpodautoscaler/redis", "failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)"))
    return w.record(
        "connection_refused", "No water-meter readings have been processed since 05:20. What happened?",
        {"namespace": "lorawan"}, "CRITICAL", "connection_refused", "redis",
        "The redis Deployment backing ChirpStack was scaled down to 0 replicas at 05:20 (maintenance scale-down not reverted), so every device-session and deduplication call gets Connection refused.",
        "Since the Redis scale-down ChirpStack rejects every uplink with 'Redis error: Connection refused'; the gateway bridge keeps publishing, but no readings are processed and the REST API fails too.",
        "Scale the redis Deployment back to 1 (and protect it against accidental scale-down), then confirm ChirpStack uplinks are processed again.")


# ---- connection_refused / ERROR: Magento search down while single OpenSearch node reboots ----


@scenario
def s_conn_opensearch_reboot():
    w = Win("conn-opensearch-reboot", "2026-03-19T04:05:00", "RKE2")
    cl = "shop-rke2-dc1"
    ns_s, ns_m = "search", "magento"
    n_os, n_web = "rke2-worker-05", "rke2-worker-02"
    ev = EV(cl, ns_s)
    kured = P(cl, "kube-system", "kured-9x4tq", "kured", n_os)
    os0 = P(cl, ns_s, "opensearch-0", "opensearch", n_os)
    fpm = P(cl, ns_m, "magento-web-74b9d6c8f-7kq2r", "php-fpm", n_web)
    ngx = P(cl, ns_m, "magento-web-74b9d6c8f-7kq2r", "nginx", n_web)

    def ost(d):
        return d.strftime("[%Y-%m-%dT%H:%M:%S,") + "%03d]" % (d.microsecond // 1000)
    w.L(0, kured, lambda d: logfmt(time=iso_s(d), level="info", msg="Reboot required"))
    w.L(1, kured, lambda d: logfmt(time=iso_s(d), level="info", msg="Acquired reboot lock"))
    w.L(2, kured, lambda d: logfmt(time=iso_s(d), level="info", msg="Draining node %s" % n_os), ev=True)
    w.L(3, ev, event("Normal", "Killing", "pod/opensearch-0", "Stopping container opensearch"), ev=True)
    w.L(3.5, os0, lambda d: "%s[INFO ][o.o.n.Node               ] [opensearch-0] stopping ..." % ost(d), ev=True)
    w.L(4.5, os0, lambda d: "%s[INFO ][o.o.n.Node               ] [opensearch-0] closed" % ost(d))
    w.L(6, kured, lambda d: logfmt(time=iso_s(d), level="info", msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: %s" % n_os))
    w.L(20, ev, event("Warning", "FailedScheduling", "pod/opensearch-0",
                      "0/6 nodes are available: 1 node(s) were unschedulable, 5 node(s) didn't match PersistentVolume's node affinity. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling."))
    for t in (9, 17, 29, 44, 63, 88, 112, 139, 161):
        w.L(t, fpm, lambda d: "%s main.CRITICAL: Could not ping search engine: No alive nodes found in your cluster [] []" % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
        w.L(t + 0.05, ngx, lambda d: '%s - - [%s] "GET /catalogsearch/result/?q=%s HTTP/1.1" 503 1209 "-" "Mozilla/5.0 (X11; Linux x86_64)" 0.091'
            % (w.ip("10.42"), clf(d), w.rng.choice(["dress", "boots", "gift+card", "scarf"])))
    for t in (11, 48, 120):
        w.L(t, fpm, lambda d: "%s main.ERROR: Elasticsearch\\Common\\Exceptions\\NoNodesAvailableException: curl error 7: Failed to connect to opensearch.search.svc.cluster.local port 9200 after 1 ms: Connection refused in /var/www/html/vendor/elasticsearch/elasticsearch/src/Elasticsearch/Connections/Connection.php:680 [] []"
            % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"), ev=(t == 11))

    def acc(d, i):
        return '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (X11; Linux x86_64)" %.3f' % (
            w.ip("10.42"), clf(d), w.rng.choice(["/", "/women.html", "/checkout/cart/", "/customer/account/login/"]),
            w.rng.randint(4000, 50000), w.rng.uniform(0.05, 0.4))
    w.spread(0, 170, 9, ngx, acc)
    w.L(150, ev, event("Warning", "NodeNotReady", "node/" + n_os, "Node %s status is now: NodeNotReady" % n_os))
    return w.record(
        "connection_refused", "Site search returns errors since about 04:05 but the rest of the shop works. Why?",
        {"namespace": "magento"}, "ERROR", "connection_refused", "opensearch",
        "The single-replica opensearch-0 was stopped when kured drained its node for a planned reboot; its local PersistentVolume pins it to that node, so search has no listener and Magento gets Connection refused / 'No alive nodes found'.",
        "Magento catalog search returns 503 because the only OpenSearch node is down during a kured reboot of rke2-worker-05; browsing and checkout are unaffected.",
        "Wait for rke2-worker-05 to return or restore opensearch-0 quickly; longer term run OpenSearch with replicas and a PodDisruptionBudget so reboots do not take search down.")


# ---- timeout / ERROR: OpenSearch leading-wildcard queries make catalog searches time out ----


@scenario
def s_timeout_opensearch_wildcard():
    w = Win("timeout-opensearch-wildcard", "2026-03-20T20:10:00", "OpenShift")
    cl = "ocp-shop-eu"
    ns = "catalog"
    nodes = ["worker-%d.ocp-shop.eu.example.net" % i for i in range(1, 5)]
    bff = P(cl, ns, "catalog-bff-6d7c9b8f5-8lqkt", "catalog-bff", nodes[0])
    osn = [P(cl, ns, "opensearch-data-%d" % i, "opensearch", nodes[i + 1]) for i in range(3)]
    router = P(cl, "openshift-ingress", "router-default-5f8b9c7d6-tq2mw", "router", nodes[0])

    def ost(d):
        return d.strftime("[%Y-%m-%dT%H:%M:%S,") + "%03d]" % (d.microsecond // 1000)
    for k, t in enumerate((12, 26, 41, 58, 79, 103, 131)):
        i = k % 3
        ms = w.rng.randint(9800, 16400)
        term = w.rng.choice(["*shirt*", "*phone*", "*lamp*", "*oat*"])
        w.L(t, osn[i], lambda d, i=i, ms=ms, term=term: (
            '%s[WARN ][i.s.s.query              ] [opensearch-data-%d] [products_v7][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{"size":48,"query":{"bool":{"must":[{"wildcard":{"name.keyword":{"wildcard":"%s","boost":1.0}}}]}}}], id[],'
            % (ost(d), i, w.rng.randint(0, 5), ms / 1000.0, ms, w.rng.randint(300, 9000), term)), ev=(k < 4))
        w.L(t - 2.0 + 10.0, bff, lambda d, term=term: json.dumps({"level": 50, "time": int(d.timestamp() * 1000), "pid": 1,
                                                                   "hostname": "catalog-bff-6d7c9b8f5-8lqkt", "err": {"type": "TimeoutError", "message": "Request timed out", "stack": "TimeoutError: Request timed out\n    at ClientRequest.<anonymous> (/app/node_modules/@opensearch-project/opensearch/lib/Connection.js:117:22)"},
                                                                   "q": term.strip("*"), "msg": "search failed"}, separators=(",", ":")))
        w.L(t + 8.05, router, lambda d, term=term: '%s haproxy[%d]: %s:%d [%s] fe_sni~ be_edge_http:catalog:catalog-bff/pod:catalog-bff-6d7c9b8f5-8lqkt:catalog-bff:http:10.129.2.41:3000 0/0/1/-1/8002 504 194 - - sH-- 412/388/51/12/0 0/0 "GET /api/search?q=%s HTTP/1.1"'
            % (syslog_time(d), 311, w.ip("10.0"), w.rng.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % (d.microsecond // 1000), term.strip("*")))
    w.L(70, osn[0], lambda d: "%s[WARN ][o.o.m.j.JvmGcMonitorService] [opensearch-data-0] [gc][41122] overhead, spent [1.1s] collecting in the last [1.3s]" % ost(d))
    w.L(90, osn[1], lambda d: "%s[INFO ][o.o.i.b.HierarchyCircuitBreakerService] [opensearch-data-1] attempting to trigger G1GC due to high heap usage [7912341504]" % ost(d))
    w.spread(0, 150, 8, bff, lambda d, i: json.dumps({"level": 30, "time": int(d.timestamp() * 1000), "pid": 1, "hostname": "catalog-bff-6d7c9b8f5-8lqkt",
                                                      "req": {"method": "GET", "url": "/api/products/%d" % w.rng.randint(1000, 99999)}, "res": {"statusCode": 200},
                                                      "responseTime": w.rng.randint(15, 90), "msg": "request completed"}, separators=(",", ":")))
    w.spread(0, 150, 4, router, lambda d, i: '%s haproxy[311]: %s:%d [%s] fe_sni~ be_edge_http:catalog:catalog-bff/pod:catalog-bff-6d7c9b8f5-8lqkt:catalog-bff:http:10.129.2.41:3000 0/0/1/%d/%d 200 %d - - ---- 398/371/44/9/0 0/0 "GET /api/products/%d HTTP/1.1"'
             % (syslog_time(d), w.ip("10.0"), w.rng.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % (d.microsecond // 1000),
                w.rng.randint(10, 80), w.rng.randint(12, 82), w.rng.randint(2000, 9000), w.rng.randint(1000, 99999)))
    return w.record(
        "timeout", "Search on the storefront times out with 504 this evening. Where is the problem?",
        {"namespace": "catalog"}, "ERROR", "timeout", "opensearch",
        "Catalog searches now use leading-wildcard queries on name.keyword, which OpenSearch executes in 10-16 s (slow log), beyond the BFF's 8 s client timeout, so search requests time out and the router returns 504.",
        "Storefront search requests time out: the OpenSearch data nodes log slow wildcard queries of 10-16 s, the catalog-bff OpenSearch client times out and the router returns 504; product pages are fine.",
        "Roll back the leading-wildcard search change (use an n-gram/search_as_you_type field instead), and watch OpenSearch heap/GC until the slow queries stop.")


# ---- timeout / WARN: InfluxDB compaction stalls writes, Telegraf recovers ----


@scenario
def s_timeout_influx_compaction():
    w = Win("timeout-influx-compaction", "2026-03-21T00:00:00", "MicroK8s")
    cl = "factory-mk8s"
    node = "mk8s-edge-a"
    ns = "metrics"
    inf = P(cl, ns, "influxdb2-0", "influxdb2", node)
    tg = [P(cl, ns, "telegraf-%s" % s, "telegraf", node) for s in ("modbus-0", "opcua-0")]
    graf = P(cl, ns, "grafana-7b9d8c6f5-qk2zx", "grafana", node)

    def lid():
        return "0o%s" % w.alnum(9)
    w.L(1, inf, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="TSM compaction (start)", log_id=lid(), service="storage-engine",
                                  engine="tsm1", tsm1_level="full", tsm1_strategy="full", op_name="tsm1_compact_group", op_event="start"), ev=True)
    w.L(1.1, inf, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="Beginning compaction", log_id=lid(), service="storage-engine",
                                    engine="tsm1", tsm1_level="full", tsm1_strategy="full", tsm1_files_n=38), ev=True)
    for k, t in enumerate((12, 22, 33, 43, 54, 64)):
        j = k % 2
        w.L(t, tg[j], lambda d, j=j: '%s E! [outputs.influxdb_v2] When writing to [http://influxdb2.metrics:8086]: Post "http://influxdb2.metrics:8086/api/v2/write?bucket=%s&org=factory": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
            % (iso_s(d), ("modbus", "opcua")[j]))
        w.L(t + 0.01, tg[j], lambda d: "%s E! [agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)" % iso_s(d))
    w.L(30, inf, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="Cache snapshot (start)", log_id=lid(), service="storage-engine",
                                   engine="tsm1", op_name="tsm1_cache_snapshot", op_event="start"))
    w.L(47, inf, lambda d: logfmt(ts=iso_us(d), lvl="warn", msg="Write failed", log_id=lid(), service="storage-engine", shard=1187,
                                   error="engine: cache-max-memory-size exceeded: (1073791488/1073741824)"), ev=True)
    w.L(58, graf, lambda d: logfmt(logger="tsdb.influx_flux", t=iso_off(d)[:23] + "Z", level="warn", msg="Query slow", duration="9.8s", datasource="InfluxDB-factory"))
    w.L(71, inf, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="Finished compacting files", log_id=lid(), service="storage-engine",
                                   engine="tsm1", tsm1_level="full", tsm1_strategy="full", tsm1_files_n=1), ev=True)
    w.L(71.1, inf, lambda d: logfmt(ts=iso_us(d), lvl="info", msg="TSM compaction (end)", log_id=lid(), service="storage-engine",
                                     engine="tsm1", tsm1_level="full", tsm1_strategy="full", op_name="tsm1_compact_group", op_event="end", op_elapsed="69871.322ms"), ev=True)
    for j, t in ((0, 75), (1, 76)):
        w.L(t, tg[j], lambda d: "%s D! [outputs.influxdb_v2] Wrote batch of 5000 metrics in 812.114ms" % iso_s(d))
        w.L(t + 0.2, tg[j], lambda d: "%s D! [outputs.influxdb_v2] Wrote batch of 3412 metrics in 402.009ms" % iso_s(d))
    for j in (0, 1):
        telegraf_ok(w, tg[j], 80, 170, 4)
        w.spread(0, 10, 1, tg[j], lambda d, i: "%s D! [outputs.influxdb_v2] Wrote batch of %d metrics in %.3fms" % (iso_s(d), w.rng.randint(300, 900), w.rng.uniform(5, 30)))
    w.L(40, tg[0], lambda d: "%s D! [outputs.influxdb_v2] Buffer fullness: 6120 / 10000 metrics" % iso_s(d))
    w.L(120, graf, lambda d: logfmt(logger="context", userId=3, orgId=1, uname="operator", t=iso_off(d)[:23] + "Z", level="info", msg="Request Completed", method="GET", path="/api/dashboards/uid/line-oee", status=200))
    return w.record(
        "timeout", "Telegraf logged write timeouts to InfluxDB at midnight. Did we lose machine data?",
        {"namespace": "metrics"}, "WARN", "timeout", "influxdb2",
        "A full TSM compaction in InfluxDB started at midnight and ran for ~70 s; while it ran the write cache filled and write requests stalled beyond Telegraf's client timeout.",
        "InfluxDB answered writes too slowly during a 70-second full compaction, so Telegraf's writes hit context deadline exceeded; Telegraf buffered the metrics (no overflow) and flushed them once the compaction ended.",
        "No immediate action: data was buffered and flushed. Consider raising Telegraf's timeout/buffer or scheduling full compactions (compact-full-write-cold-duration) away from peak ingest.")


# ---- tls_certificate / CRITICAL: EMQX server certificate expired, devices cannot connect ----


@scenario
def s_tls_emqx_expired():
    w = Win("tls-emqx-expired", "2026-03-22T00:00:00", "EKS")
    cl = "iot-ingest-eks"
    ns = "emqx"
    nodes = ["ip-10-40-%d-%d.eu-central-1.compute.internal" % (i, 20 + i * 7) for i in range(3)]
    emqx = [P(cl, ns, "emqx-core-%d" % i, "emqx", nodes[i]) for i in range(3)]
    prober = P(cl, "monitoring", "blackbox-exporter-6c9f8d7b5-2hkqm", "blackbox-exporter", nodes[1])
    sink = P(cl, "ingest", "telemetry-sink-5d8f7c6b9-x4qzr", "telemetry-sink", nodes[2])
    ev = EV(cl, ns)

    def ex(d, lvl, rest):
        return "%s [%s] %s" % (iso_off(d), lvl, rest)
    for k, t in enumerate((3, 5, 8, 13, 19, 24, 31, 40, 52, 66, 81, 99, 117, 140)):
        i = k % 3
        w.L(t, emqx[i], lambda d: ex(d, "notice", "TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired"), ev=(k < 3))
        if k % 3 == 1:
            w.L(t + 0.01, emqx[i], lambda d: ex(d, "info", "msg: failed_to_handshake, mfa: esockd_transport:do_handshake/1, peername: %s:%d, reason: {tls_alert,{certificate_expired,\"TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired\\n \"}}, listener: 'ssl:default'"
                                                 % (w.ip("100.64"), w.rng.randint(1024, 65000))))
    w.L(30, prober, lambda d: logfmt(ts=iso_ms(d), caller="tls.go:111", module="mqtts_tcp", target="mqtt.iot.example.com:8883", level="error",
                                      msg="TLS Handshake failed", err="tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after 2026-03-22T00:00:00Z" % iso_s(w.dt(30))), ev=True)
    w.L(30.1, prober, lambda d: logfmt(ts=iso_ms(d), caller="prober.go:116", module="mqtts_tcp", target="mqtt.iot.example.com:8883", level="error", msg="Probe failed", duration_seconds="0.021"))
    w.spread(0, 160, 6, sink, lambda d, i: zap(d, "info", "sink/consumer.go:88", "batch committed", topic="devices/+/telemetry",
                                               messages=max(0, 4200 - i * 900), lag=0))
    w.L(60, sink, lambda d: zap(d, "warn", "sink/consumer.go:141", "no messages received in 30s", subscription="$share/sink/devices/+/telemetry"))
    w.L(125, sink, lambda d: zap(d, "warn", "sink/consumer.go:141", "no messages received in 30s", subscription="$share/sink/devices/+/telemetry"))
    w.spread(0, 160, 5, emqx[0], lambda d, i: ex(d, "info", "msg: client_disconnected, clientid: %s, reason: tcp_closed" % ("meter-%06d" % w.rng.randint(1, 400000))))
    w.L(100, emqx[1], lambda d: ex(d, "info", "msg: cluster_rpc_commit, tnx_id: 412, node: 'emqx@emqx-core-1.emqx-headless.emqx.svc.cluster.local'"))
    return w.record(
        "tls_certificate", "At midnight nearly all smart meters dropped off the MQTT broker. Why?",
        {"namespace": "emqx"}, "CRITICAL", "tls_certificate", "emqx",
        "The server certificate on EMQX's ssl:default listener (mounted from the manually managed emqx-tls Secret) expired at 2026-03-22T00:00:00Z; devices reject it with a certificate_expired alert and cannot reconnect.",
        "Since midnight every TLS handshake on the EMQX 8883 listener fails because its server certificate expired; the blackbox probe confirms the expiry and the telemetry sink receives nothing.",
        "Issue and mount a new certificate in the emqx-tls Secret (ideally via cert-manager with auto-renewal), reload the EMQX listeners and watch devices reconnect.")


# ---- tls_certificate / ERROR: Keycloak re-issued by new intermediate, clients do not trust it ----


@scenario
def s_tls_keycloak_newca():
    w = Win("tls-keycloak-newca", "2026-03-23T09:00:00", "AKS")
    cl = "commerce-weu-aks"
    node_a = "aks-apps-27182818-vmss000002"
    node_b = "aks-apps-27182818-vmss000005"
    cm = P(cl, "cert-manager", "cert-manager-7d9f8c6b5-lm4qs", "cert-manager-controller", node_a)
    kc = P(cl, "identity", "keycloak-0", "keycloak", node_b)
    orders = P(cl, "shop", "order-service-6b8d9c7f5-q2wzr", "order-service", node_a)
    loyalty = P(cl, "shop", "loyalty-api-5c7d8f9b6-k8tnm", "loyalty-api", node_b)
    ev = EV(cl, "identity")

    w.L(1, cm, lambda d: '%s "Issuing certificate as Secret was previously issued by Issuer.cert-manager.io/retail-int-ca-2024" key="identity/keycloak-tls"'
        % klog(d, "I", 1, "trigger_controller.go:215"), ev=True)
    w.L(2, cm, lambda d: '%s "Certificate issued" key="identity/keycloak-tls" resource_name="keycloak-tls-7" issuer="ClusterIssuer.cert-manager.io/retail-int-ca-2026"'
        % klog(d, "I", 1, "conditions.go:263"), ev=True)
    w.L(2.5, ev, event("Normal", "Issuing", "certificate/keycloak-tls", "The certificate has been successfully issued"))
    w.L(30, kc, lambda d: "%s INFO  [org.keycloak.quarkus.runtime.configuration.mappers.HttpPropertyMappers] (main) HTTPS key material reloaded from /etc/x509/https (subject CN=sso.shop.internal, issuer CN=Retail Intermediate CA 2026)"
        % pytime(d), ev=True)
    for t in (36, 52, 71, 95, 122, 150):
        w.L(t, orders, lambda d: "%s ERROR [order_service.auth] JWKS refresh failed: HTTPSConnectionPool(host='sso.shop.internal', port=443): Max retries exceeded with url: /realms/shop/protocol/openid-connect/certs (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))"
            % pytime(d), ev=(t == 36))
        w.L(t + 0.2, orders, lambda d: '%s - - [%s] "POST /v1/orders HTTP/1.1" 401 63' % (w.ip("10.244"), clf(d)))
    for t in (44, 88, 131):
        w.L(t, loyalty, lambda d: zap(d, "error", "oidc/verifier.go:64", "token verification failed",
                                      error='Get "https://sso.shop.internal/realms/shop/protocol/openid-connect/certs": tls: failed to verify certificate: x509: certificate signed by unknown authority'))
    w.spread(0, 160, 6, kc, lambda d, i: "%s INFO  [org.keycloak.events] (executor-thread-%d) type=\"CODE_TO_TOKEN\", realmId=\"shop\", clientId=\"storefront\", userId=\"%s\", ipAddress=\"%s\""
             % (pytime(d), w.rng.randint(1, 40), w.uid(), w.ip("10.244")))
    w.spread(0, 160, 4, orders, lambda d, i: '%s - - [%s] "GET /healthz HTTP/1.1" 200 2' % ("10.244.2.1", clf(d)))
    return w.record(
        "tls_certificate", "Since this morning order-service and loyalty-api reject every token with 401. Keycloak itself looks fine. What changed?",
        {"namespace": "shop"}, "ERROR", "tls_certificate", "keycloak",
        "cert-manager re-issued Keycloak's TLS certificate from the new 'Retail Intermediate CA 2026' issuer; the backend services' trust stores only hold the 2024 chain, so fetching Keycloak's JWKS fails certificate verification and token validation fails.",
        "After Keycloak's certificate was re-issued by a new intermediate CA, services that verify tokens cannot fetch the JWKS (unknown authority / unable to get local issuer certificate) and answer 401.",
        "Distribute the 2026 intermediate/root to the services' trust bundles (or serve the full chain from Keycloak), or temporarily re-issue from the 2024 issuer.")


# ---- auth_failure / ERROR: Mosquitto password file regenerated without the node-red user ----


@scenario
def s_auth_mosquitto_passwd():
    w = Win("auth-mosquitto-passwd", "2026-03-24T06:30:00", "kubeadm bare-metal")
    cl = "plant-hq-kubeadm"
    ns = "mqtt"
    n1, n2 = "bm-plant-wk01", "bm-plant-wk02"
    init = P(cl, ns, "mosquitto-0", "init-passwd", n1)
    mq = P(cl, ns, "mosquitto-0", "mosquitto", n1)
    nr = P(cl, "flows", "node-red-0", "node-red", n2)
    gw = P(cl, "ot", "sensors-gw-6f7d8c9b5-h2kqz", "sensors-gw", n2)
    ev = EV(cl, ns)

    w.L(0, ev, event("Normal", "Started", "pod/mosquitto-0", "Started container init-passwd"))
    w.L(1, init, "[init-passwd] generating /mosquitto/config/passwd from secret mqtt-users (keys: scada-ro, sensors-gw, telegraf)", ev=True)
    w.L(1.3, init, "[init-passwd] 3 users written, hashing with sha512-pbkdf2", ev=True)
    w.L(3, ev, event("Normal", "Started", "pod/mosquitto-0", "Started container mosquitto"))
    w.L(3.5, mq, lambda d: "%s: mosquitto version 2.0.18 starting" % epoch(d))
    w.L(3.6, mq, lambda d: "%s: Config loaded from /mosquitto/config/mosquitto.conf." % epoch(d))
    w.L(3.7, mq, lambda d: "%s: Opening ipv4 listen socket on port 1883." % epoch(d))
    w.L(3.8, mq, lambda d: "%s: mosquitto version 2.0.18 running" % epoch(d))
    w.L(5, mq, lambda d: "%s: New connection from 10.244.2.31:40118 on port 1883." % epoch(d))
    w.L(5.1, mq, lambda d: "%s: New client connected from 10.244.2.31:40118 as sensors-gw-01 (p2, c1, k60, u'sensors-gw')." % epoch(d))
    for k, t in enumerate((8, 23, 38, 53, 83, 113, 143, 173)):
        w.L(t, mq, lambda d: "%s: New connection from 10.244.2.47:%d on port 1883." % (epoch(d), w.rng.randint(33000, 60000)))
        w.L(t + 0.01, mq, lambda d: "%s: Client nodered-plant-%s disconnected, not authorised." % (epoch(d), "7f3a2c"), ev=(k < 3))
        w.L(t + 0.03, nr, lambda d: "%s - [info] [mqtt-broker:plant broker] Connection failed to broker: nodered@mqtt://mosquitto.mqtt:1883" % nodered_time(d))
        if k in (0, 4):
            w.L(t + 0.04, nr, lambda d: "%s - [error] [mqtt-broker:plant broker] Error: Connection refused: Not authorized" % nodered_time(d))
    w.spread(6, 180, 6, mq, lambda d, i: "%s: Received PUBLISH from sensors-gw-01 (d0, q1, r0, m%d, 'plant/hall2/press%02d/telemetry', ... (%d bytes))"
             % (epoch(d), 4000 + i, w.rng.randint(1, 12), w.rng.randint(120, 400)))
    w.spread(6, 180, 4, gw, lambda d, i: "%s INFO  publisher: published %d samples to plant/hall2/+/telemetry" % (pytime(d), w.rng.randint(200, 600)))
    w.L(60, nr, lambda d: "%s - [warn] [function:OEE calc] no input for 60s, dashboard values stale" % nodered_time(d))
    return w.record(
        "auth_failure", "The Node-RED OEE dashboards stopped updating after Mosquitto restarted this morning. Why?",
        {"namespace": "flows"}, "ERROR", "auth_failure", "mosquitto",
        "Mosquitto's init container regenerated the password file from the mqtt-users Secret, which no longer contains the nodered user, so the broker rejects Node-RED's login ('not authorised'); the 'Connection refused' text in Node-RED is the MQTT CONNACK code, not a network refusal.",
        "After the broker restart Node-RED cannot authenticate to Mosquitto (not authorised) and its flows receive nothing; other clients such as sensors-gw connect and publish normally.",
        "Restore the nodered entry in the mqtt-users Secret (or update Node-RED's credentials to a valid user) and restart mosquitto-0 so the password file is regenerated.")


# ---- auth_failure / CRITICAL: MetalLB speaker lost RBAC, storefront VIP not announced ----


@scenario
def s_auth_metallb_rbac():
    w = Win("auth-metallb-rbac", "2026-03-25T07:55:10", "kubeadm bare-metal")
    cl = "retail-dc2-kubeadm"
    nodes = ["bm-dc2-wk0%d" % i for i in (1, 2, 3)]
    sp = [P(cl, "metallb-system", "speaker-%s" % s, "speaker", nodes[i]) for i, s in enumerate(("4xk2p", "9mqtw", "c7vzn"))]
    ctl = P(cl, "metallb-system", "controller-5f9d8c7b6-lw2xq", "controller", nodes[0])
    ing = P(cl, "ingress-nginx", "ingress-nginx-controller-7c9b8d6f5-q4hzt", "controller", nodes[1])
    bb = P(cl, "monitoring", "blackbox-exporter-6d8c9f7b5-r2kqw", "blackbox-exporter", nodes[2])
    ev = EV(cl, "metallb-system")

    w.L(0, ev, event("Normal", "SuccessfulDelete", "daemonset/speaker", "Deleted pod: speaker-t8r2m"))
    w.L(2, ev, event("Normal", "SuccessfulCreate", "daemonset/speaker", "Created pod: speaker-4xk2p"))
    forb = ('services is forbidden: User "system:serviceaccount:metallb-system:speaker" cannot list resource "services" '
            'in API group "" at the cluster scope')
    for k, t in enumerate((6, 7, 9, 21, 40, 71, 118, 160)):
        i = k % 3
        w.L(t, sp[i], lambda d: '%s pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: failed to list *v1.Service: %s'
            % (klog(d, "W", 1, "reflector.go:539"), forb), ev=(k < 3))
        w.L(t + 0.01, sp[i], lambda d: '%s pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.Service: failed to list *v1.Service: %s'
            % (klog(d, "E", 1, "reflector.go:147"), forb))
    w.L(12, sp[0], lambda d: json.dumps({"caller": "node_controller.go:46", "controller": "NodeReconciler", "level": "info", "start reconcile": "/bm-dc2-wk01", "ts": iso_ms(d)}, separators=(",", ":")))
    w.L(12.2, sp[0], lambda d: json.dumps({"caller": "speakerlist.go:274", "level": "info", "msg": "triggering discovery", "op": "memberDiscovery", "ts": iso_ms(d)}, separators=(",", ":")))
    w.L(15, ctl, lambda d: json.dumps({"caller": "service_controller.go:95", "controller": "ServiceReconciler", "level": "info", "end reconcile": "ingress-nginx/ingress-nginx-controller", "ts": iso_ms(d)}, separators=(",", ":")))
    for t in (30, 60, 90, 120, 150):
        w.L(t, bb, lambda d: logfmt(ts=iso_ms(d), caller="http.go:400", module="http_2xx", target="https://shop.retail-dc2.example.com/", level="error",
                                     msg="Error for HTTP request", err='Get "https://192.168.50.10/": dial tcp 192.168.50.10:443: connect: no route to host'))
    w.spread(0, 170, 6, ing, lambda d, i: '%s - - [%s] "GET /healthz HTTP/1.1" 200 0 "-" "kube-probe/1.29" 112 0.000 [] [] - - - - %s'
             % ("10.244.1.1", clf(d), w.hex(32)))
    audit = {"cluster": cl, "job": "kube-apiserver-audit", "node": "bm-dc2-cp01"}
    w.L(-6, audit, lambda d: json.dumps({
        "kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": w.uid(), "stage": "ResponseComplete",
        "requestURI": "/apis/rbac.authorization.k8s.io/v1/clusterroles/metallb-system:speaker?fieldManager=policy-sync", "verb": "patch",
        "user": {"username": "system:serviceaccount:platform-policy:policy-sync", "groups": ["system:serviceaccounts", "system:authenticated"]},
        "sourceIPs": ["10.244.3.17"], "userAgent": "policy-sync/v0.9.2",
        "objectRef": {"resource": "clusterroles", "name": "metallb-system:speaker", "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1"},
        "responseStatus": {"metadata": {}, "code": 200},
        "requestReceivedTimestamp": iso_us(d), "stageTimestamp": iso_us(d)}, separators=(",", ":")), ev=True)
    return w.record(
        "auth_failure", "The DC2 storefront is unreachable from outside since about 07:55 although all shop pods are healthy. What broke?",
        {"namespace": "metallb-system"}, "CRITICAL", "auth_failure", "metallb-speaker",
        "A policy sync rewrote the metallb-system:speaker ClusterRole and removed list/watch on services and endpoints; the restarted speakers are forbidden from listing Services, so no node announces the 192.168.50.10 LoadBalancer IP.",
        "MetalLB speakers get 'services is forbidden' after an RBAC change, so the storefront VIP is no longer announced and external checks get 'no route to host', while ingress-nginx itself is healthy.",
        "Restore the speaker ClusterRole rules (re-apply the MetalLB manifests/Helm chart) and exclude it from the policy sync; confirm the VIP is announced again.")


# ---- config_error / CRITICAL: Open5GS AMF crash loop on malformed amf.yaml ----


@scenario
def s_config_open5gs_yaml():
    w = Win("config-open5gs-yaml", "2026-03-26T10:02:00", "MicroK8s")
    cl = "campus5g-mk8s"
    ns = "open5gs"
    node = "mk8s-5gc-01"
    ev = EV(cl, ns)
    amfp = "open5gs-amf-6c9d7b8f5-tx4lq"
    amf = P(cl, ns, amfp, "amf", node)
    nrf = P(cl, ns, "open5gs-nrf-5b8c9d7f6-kq2mz", "nrf", node)
    smf = P(cl, ns, "open5gs-smf-7d6c8b9f5-m4xwp", "smf", node)
    gnb = P(cl, "ran", "srsran-gnb-0", "gnb", "mk8s-ran-01")

    w.L(0, ev, event("Normal", "Updated", "configmap/open5gs-amf-config", "ConfigMap open5gs-amf-config updated by argocd (sync 8f2c1a3)"))
    w.L(1, ev, event("Normal", "Killing", "pod/open5gs-amf-5f8b7c9d6-p2rtv", "Stopping container amf"))
    for k, c in enumerate((4, 26, 61, 118)):
        w.L(c, amf, "Open5GS daemon v2.7.1")
        w.L(c + 0.01, amf, lambda d: "%s: [app] INFO: Configuration: '/open5gs/config/amf.yaml' (../lib/app/ogs-init.c:144)" % open5gs_time(d))
        w.L(c + 0.02, amf, lambda d: "%s: [app] ERROR: Failed to parse configuration in '/open5gs/config/amf.yaml' at line 37, column 9: mapping values are not allowed in this context (../lib/app/ogs-config.c:98)" % open5gs_time(d),
            ev=(k < 2))
        w.L(c + 0.03, amf, lambda d: "%s: [app] FATAL: Open5GS initialization failed. Aborted (../src/main.c:250)" % open5gs_time(d), ev=(k == 0))
        w.L(c + 1.5, ev, event("Warning", "BackOff", "pod/" + amfp,
                               "Back-off restarting failed container amf in pod %s_open5gs(%s)" % (amfp, w.uid())))
    for t in (6, 30, 66, 95, 124):
        w.L(t, gnb, lambda d: "%s [NGAP    ] [E] Failed to connect to AMF on 10.45.0.5:38412. error=\"Connection refused\"" % d.strftime("%Y-%m-%dT%H:%M:%S.%f"))
    w.L(10, gnb, lambda d: "%s [NGAP    ] [W] NG Setup failed; retrying in 10s" % d.strftime("%Y-%m-%dT%H:%M:%S.%f"))
    w.L(8, nrf, lambda d: "%s: [nrf] INFO: [7f0e2c1a-e7a1-41ee-9f2a-6b1c0a4e2d11] NF de-registered (../src/nrf/nnrf-handler.c:411)" % open5gs_time(d))
    w.spread(0, 130, 5, nrf, lambda d, i: "%s: [nrf] INFO: [%s] NF Heartbeat received (../src/nrf/nnrf-handler.c:602)" % (open5gs_time(d), w.uid()))
    w.L(40, smf, lambda d: "%s: [smf] WARNING: [imsi-999700000000%03d] No AMF for N1N2MessageTransfer (../src/smf/namf-build.c:58)" % (open5gs_time(d), w.rng.randint(1, 99)))
    w.L(90, smf, lambda d: "%s: [sbi] WARNING: [AMF] (NRF-discover) NF has already been removed (../lib/sbi/nnrf-handler.c:1011)" % open5gs_time(d))
    w.L(125, ev, event("Warning", "BackOff", "pod/" + amfp, "Back-off restarting failed container amf in pod %s_open5gs (restartCount=5)" % amfp))
    return w.record(
        "config_error", "The private 5G network at the campus stopped registering devices after this morning's sync. Why?",
        {"namespace": "open5gs"}, "CRITICAL", "config_error", "amf",
        "The Argo CD sync pushed a malformed amf.yaml (YAML error at line 37, column 9) into the open5gs-amf-config ConfigMap; the AMF aborts at startup and crash-loops, so the gNB's NG Setup is refused.",
        "The Open5GS AMF cannot parse its configuration and crash-loops; the srsRAN gNB gets Connection refused on N2 and no UE can register.",
        "Fix or revert the amf.yaml change in Git (validate YAML in CI), resync the ConfigMap and restart the AMF; confirm NG Setup succeeds.")


# ---- config_error / ERROR: Spree Sidekiq crash loop, REDIS_URL renamed in Helm values ----


@scenario
def s_config_spree_redis_url():
    w = Win("config-spree-redis-url", "2026-03-27T13:15:00", "GKE")
    cl = "spree-prod-gke"
    ns = "spree"
    na = "gke-spree-prod-pool-2-6a1f3c9d-7lq2"
    nb = "gke-spree-prod-pool-2-6a1f3c9d-c9kx"
    skp = "spree-sidekiq-8b7c6d9f5-zr2wq"
    sk = P(cl, ns, skp, "sidekiq", na)
    web = P(cl, ns, "spree-web-6d5c8b7f9-2kqmw", "puma", nb)
    ev = EV(cl, ns)

    w.L(0, ev, event("Normal", "ScalingReplicaSet", "deployment/spree-sidekiq", "Scaled up replica set spree-sidekiq-8b7c6d9f5 to 1"))
    for k, c in enumerate((3, 24, 58, 121)):
        w.L(c, sk, "/app/config/initializers/sidekiq.rb:4:in `fetch': key not found: \"REDIS_URL\" (KeyError)", ev=(k < 2))
        w.L(c + 0.001, sk, "\tfrom /app/config/initializers/sidekiq.rb:4:in `block in <main>'", ev=(k == 0))
        w.L(c + 0.002, sk, "\tfrom /usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq.rb:97:in `configure_server'")
        w.L(c + 0.003, sk, "\tfrom /app/config/initializers/sidekiq.rb:3:in `<main>'")
        w.L(c + 1.2, ev, event("Warning", "BackOff", "pod/" + skp,
                               "Back-off restarting failed container sidekiq in pod %s_spree(%s)" % (skp, w.uid())))
    w.L(1, ev, event("Normal", "Pulled", "pod/" + skp, 'Container image "europe-west4-docker.pkg.dev/acme-shop/spree/app:4.8.1-rev212" already present on machine'))

    def puma(d, i):
        rid = w.uid()
        p = w.rng.choice(["/products/organic-cotton-tee", "/t/categories/women", "/cart", "/checkout/update/address", "/"])
        return "%s [%s] Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d) path=%s" % (
            rails(d, 1), rid, w.rng.randint(30, 400), w.rng.uniform(5, 80), w.rng.uniform(2, 40), w.rng.randint(9000, 90000), p)
    w.spread(0, 130, 12, web, puma)
    for t in (35, 80, 110):
        w.L(t, web, lambda d: "%s [%s] [ActiveJob] Enqueued Spree::OrderMailer::ConfirmEmailJob (Job ID: %s) to Sidekiq(mailers) with arguments: \"R%09d\""
            % (rails(d, 1), w.uid(), w.uid(), w.rng.randint(100000000, 999999999)))
    w.L(128, ev, event("Warning", "BackOff", "pod/" + skp, "Back-off restarting failed container sidekiq in pod %s_spree (restartCount=6)" % skp))
    return w.record(
        "config_error", "Customers are not receiving order confirmation emails since the 13:15 deploy. Why?",
        {"namespace": "spree"}, "ERROR", "config_error", "spree-sidekiq",
        "The Helm values refactor renamed the worker's REDIS_URL variable to SIDEKIQ_REDIS_URL, but the Sidekiq initializer does ENV.fetch(\"REDIS_URL\"), so the sidekiq container raises KeyError at boot and crash-loops.",
        "The Spree Sidekiq workers crash-loop at startup on a missing REDIS_URL; the storefront keeps serving and enqueueing mail jobs, but nothing processes them.",
        "Restore REDIS_URL in the spree-sidekiq Deployment (or read SIDEKIQ_REDIS_URL in the initializer), roll out, and let the queued mailer jobs drain.")


# ---- resource_exhausted / ERROR: VerneMQ out of file descriptors after node image upgrade ----


@scenario
def s_resource_vernemq_emfile():
    w = Win("resource-vernemq-emfile", "2026-03-28T16:20:00", "AKS")
    cl = "iot-weu-aks"
    ns = "vernemq"
    nodes = ["aks-mqtt-41421356-vmss00000%d" % i for i in range(3)]
    vm = [P(cl, ns, "vernemq-%d" % i, "vernemq", nodes[i]) for i in range(3)]
    lb = P(cl, "monitoring", "mqtt-canary-7b9c8d6f5-2xwlm", "mqtt-canary", nodes[1])
    ev = EV(cl, ns)

    w.L(0, vm[2], "!!!! WARNING: ulimit -n is 1024; 65536 is the recommended minimum.", ev=True)
    w.L(1, vm[2], lambda d: "%s [info] <0.312.0>@vmq_cluster_node_sup:ensure_cluster_node:92 started vmq_cluster_node for 'VerneMQ@vernemq-0.vernemq-headless.vernemq.svc.cluster.local'" % lager(d))
    w.L(2, ev, event("Normal", "Started", "pod/vernemq-2", "Started container vernemq"))
    for k, t in enumerate((41, 44, 49, 57, 70, 88, 109, 133, 158)):
        w.L(t, vm[2], lambda d: "%s [error] <0.%d.0> Ranch acceptor reducing accept rate: out of file descriptors" % (lager(d), w.rng.randint(600, 700)), ev=(k < 3))
        if k % 3 == 0:
            w.L(t + 0.2, vm[2], lambda d: "%s [warning] <0.%d.0>@vmq_ranch:teardown:195 session stopped abnormally due to '{error,emfile}'" % (lager(d), w.rng.randint(2000, 9000)), ev=(k == 0))
    for t in (50, 95, 140):
        w.L(t, lb, lambda d: zap(d, "error", "canary/main.go:77", "connect failed", broker="tcp://vernemq-2.vernemq-headless:1883",
                                 error="network Error : read tcp 10.244.1.33:41222->10.244.2.19:1883: i/o timeout"))
    for t in (52, 97, 142):
        w.L(t, lb, lambda d: zap(d, "info", "canary/main.go:81", "publish ok", broker="tcp://vernemq-0.vernemq-headless:1883", rtt_ms=w.rng.randint(3, 9)))
    for i in (0, 1):
        w.spread(0, 170, 4, vm[i], lambda d, j, i=i: "%s [info] <0.%d.0>@vmq_mqtt_fsm:check_user:%d client connected mountpoint=\"\" client_id=\"pump-%05d\""
                 % (lager(d), w.rng.randint(3000, 9000), 563, w.rng.randint(1, 40000)))
    w.L(25, vm[2], lambda d: "%s [info] <0.4211.0>@vmq_queue:handle_info:1031 sessions on this node: 1011" % lager(d), ev=True)
    w.L(120, vm[0], lambda d: "%s [warning] <0.501.0>@vmq_cluster_node:handle_message:241 cluster node 'VerneMQ@vernemq-2...' slow: outgoing queue 2311" % lager(d))
    return w.record(
        "resource_exhausted", "After the AKS node-image upgrade some pumps cannot connect to MQTT any more. What is going on?",
        {"namespace": "vernemq"}, "ERROR", "resource_exhausted", "vernemq",
        "vernemq-2 came back on the upgraded node image with a file-descriptor soft limit of 1024; at ~1000 sessions its Ranch acceptor runs out of file descriptors (emfile) and new MQTT connections to that node fail.",
        "vernemq-2 has exhausted its 1024 file descriptors, so it stops accepting device connections; the canary confirms connects to vernemq-2 fail while vernemq-0 works.",
        "Raise the nofile limit for the VerneMQ container (containerd LimitNOFILE / securityContext or an init ulimit), restart vernemq-2, and alert on process_open_fds.")


# ---- resource_exhausted / WARN: WooCommerce php-fpm pm.max_children reached during promo ----


@scenario
def s_resource_phpfpm_children():
    w = Win("resource-phpfpm-children", "2026-03-29T18:00:00", "OpenShift")
    cl = "ocp-shop-eu"
    ns = "woocommerce"
    node = "worker-3.ocp-shop.eu.example.net"
    pod = "wordpress-7f8c9d6b5-kp2xq"
    fpm = P(cl, ns, pod, "php-fpm", node)
    ngx = P(cl, ns, pod, "nginx", node)
    db = P(cl, ns, "mariadb-0", "mariadb", "worker-4.ocp-shop.eu.example.net")
    mc = P(cl, ns, "memcached-0", "memcached", "worker-2.ocp-shop.eu.example.net")

    def acc(d, i):
        p = w.rng.choice(["/", "/product/wool-scarf/", "/shop/", "/?wc-ajax=get_refreshed_fragments", "/cart/", "/product-category/sale/"])
        return '%s - - [%s] "GET %s HTTP/1.1" 200 %d "https://newsletter.example.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" rt=%.3f' % (
            w.ip("10.128"), clf(d), p, w.rng.randint(2000, 80000), w.rng.uniform(0.08, 1.4))
    w.spread(0, 40, 6, ngx, acc)
    w.spread(100, 180, 6, ngx, acc)
    w.L(31, fpm, lambda d: "[%s] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 9 total children" % phpfpm_time(d))
    for k, t in enumerate((42, 58, 73)):
        w.L(t, fpm, lambda d: "[%s] WARNING: [pool www] server reached pm.max_children setting (10), consider raising it" % phpfpm_time(d), ev=True)
    for t in (49, 55, 63, 69, 77, 86):
        w.L(t, ngx, lambda d: '%s [error] 23#23: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: shop.example.eu, request: "GET /product-category/sale/ HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "shop.example.eu"'
            % (d.strftime("%Y/%m/%d %H:%M:%S"), w.rng.randint(100000, 200000), w.ip("10.128")))
        w.L(t + 0.01, ngx, lambda d: '%s - - [%s] "GET /product-category/sale/ HTTP/1.1" 504 167 "https://newsletter.example.com/" "Mozilla/5.0 (Android 14)" rt=60.001' % (w.ip("10.128"), clf(d)))
    w.L(65, fpm, lambda d: "[%s] WARNING: [pool www] child 311, script '/var/www/html/index.php' (request: \"GET /index.php\") executing too slow (5.204311 sec), logging" % phpfpm_time(d))
    w.spread(0, 180, 3, db, lambda d, i: "%s %d [Note] Aborted connection %d to db: 'wordpress' user: 'wp' host: '10.128.3.%d' (Got timeout reading communication packets)"
             % (d.strftime("%Y-%m-%d %H:%M:%S"), 0, w.rng.randint(3000, 9000), w.rng.randint(2, 250)) if i == 1 else
             "%s 0 [Note] InnoDB: Buffer pool(s) load completed at %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%y%m%d %H:%M:%S")) if i == 0 else
             "%s 0 [Note] Event Scheduler: scheduler thread started with id 5" % d.strftime("%Y-%m-%d %H:%M:%S"))
    w.spread(0, 180, 2, mc, lambda d, i: "<%d new auto-negotiating client connection" % w.rng.randint(20, 90))
    w.L(120, fpm, lambda d: "[%s] NOTICE: [pool www] child 344 exited with code 0 after 87.217213 seconds from start" % phpfpm_time(d))
    w.L(150, fpm, lambda d: "[%s] NOTICE: [pool www] child 351 exited with code 0 after 96.004188 seconds from start" % phpfpm_time(d))
    return w.record(
        "resource_exhausted", "The newsletter promo caused a few minutes of 504s on the sale category. What was the bottleneck?",
        {"namespace": "woocommerce"}, "WARN", "resource_exhausted", "php-fpm",
        "The php-fpm pool hit its pm.max_children limit of 10 under the promo traffic spike; requests queued behind busy workers until nginx's 60 s FastCGI read timeout returned 504s.",
        "For about 45 seconds the WooCommerce php-fpm pool was saturated (pm.max_children=10 reached) and nginx timed out waiting for FastCGI; once the spike passed requests returned 200 again.",
        "Raise pm.max_children within the container's memory budget or add replicas/HPA before campaigns; no action needed now, it recovered.")


# ---- storage / CRITICAL: TimescaleDB volume remounted read-only at an edge site ----


@scenario
def s_storage_timescale_ro():
    w = Win("storage-timescale-ro", "2026-03-30T11:45:00", "k3s edge")
    cl = "windfarm-k3s"
    node = "wf-turbine-gw-03"
    ns = "scada"
    ts = P(cl, ns, "timescaledb-0", "timescaledb", node)
    ing = P(cl, ns, "scada-ingest-6c8d9f7b5-w2kqx", "ingest", node)
    opc = P(cl, ns, "opcua-collector-5d7c9b8f6-p4lzr", "collector", node)
    kern = KERN(cl, node)
    k3s = J(cl, node, "k3s.service")

    def pg(d, pid, lvl, msg):
        return "%s [%d] %s:  %s" % (pgtime(d), pid, lvl, msg)
    w.spread(0, 20, 4, ts, lambda d, i: pg(d, 77, "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.912 s, sync=0.004 s, total=26.930 s"
                                            % (w.rng.randint(800, 3000), w.rng.uniform(1, 6))) if i == 0 else
             pg(d, 77 + i, "LOG", "automatic analyze of table \"scada.public._hyper_3_%d_chunk\"" % (400 + i)))
    w.L(22, kern, "nvme0n1: I/O 412 QID 3 timeout, aborting", ev=True)
    w.L(22.5, kern, "blk_update_request: I/O error, dev nvme0n1, sector 384127552 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0", ev=True)
    w.L(23, kern, "EXT4-fs error (device nvme0n1p3): ext4_journal_check_start:83: comm postgres: Detected aborted journal", ev=True)
    w.L(23.1, kern, "EXT4-fs (nvme0n1p3): Remounting filesystem read-only", ev=True)
    w.L(23.4, ts, lambda d: pg(d, 4121, "PANIC", 'could not write to file "pg_wal/xlogtemp.4121": Read-only file system'), ev=True)
    w.L(23.6, ts, lambda d: pg(d, 1, "LOG", "WAL writer process (PID 4121) was terminated by signal 6: Aborted"))
    w.L(23.7, ts, lambda d: pg(d, 1, "LOG", "terminating any other active server processes"))
    w.L(24.5, ts, lambda d: pg(d, 1, "LOG", "all server processes terminated; reinitializing"))
    w.L(24.6, ts, lambda d: pg(d, 1, "FATAL", 'could not open file "postmaster.pid": Read-only file system'), ev=True)
    w.L(26, k3s, lambda d: '%s "SyncLoop (PLEG): event for pod" pod="scada/timescaledb-0" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
        % (klog(d, "I", 988, "kubelet.go:2457"), w.uid(), w.hex(64)))
    for k, t in enumerate((58, 121)):
        w.L(t, ts, lambda d: "%s UTC [1] FATAL:  could not create lock file \"/var/lib/postgresql/data/postmaster.pid\": Read-only file system" % pgtime(d)[:-4], ev=(k == 0))
        w.L(t + 2, EV(cl, ns), event("Warning", "BackOff", "pod/timescaledb-0", "Back-off restarting failed container timescaledb in pod timescaledb-0_scada(%s)" % w.uid()))
    for t in (25, 40, 70, 100, 140, 165):
        w.L(t, ing, lambda d: "%s ERROR scada_ingest.writer: flush of %d rows failed: psycopg.OperationalError: connection to server at \"timescaledb.scada.svc.cluster.local\" (10.43.21.8), port 5432 failed: Connection refused"
            % (pytime(d), w.rng.randint(2000, 9000)))
    w.L(26.5, ing, lambda d: "%s ERROR scada_ingest.writer: psycopg.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request." .replace("\n\t", " ") % pytime(d))
    w.spread(0, 170, 8, opc, lambda d, i: "%s INFO  collector: read %d tags from 12 turbines in %dms" % (pytime(d), 1440, w.rng.randint(80, 300)))
    w.L(150, ing, lambda d: "%s WARNING scada_ingest.buffer: local spool at 71%% (2.1 GiB), oldest batch 1h44m" % pytime(d))
    return w.record(
        "storage", "The wind farm's SCADA historian stopped accepting data at 11:45. What happened?",
        {"namespace": "scada"}, "CRITICAL", "storage", "timescaledb",
        "Write I/O errors on the gateway's NVMe disk aborted the ext4 journal and the kernel remounted the TimescaleDB data filesystem read-only; PostgreSQL panicked writing WAL and cannot restart on a read-only volume.",
        "The historian is down: the NVMe volume under TimescaleDB went read-only after I/O errors, PostgreSQL crashed and crash-loops, and the ingest service spools data locally.",
        "Check and replace the NVMe disk on wf-turbine-gw-03 (fsck/SMART), restore TimescaleDB on healthy storage from backup/replica, then drain the ingest spool before it fills.")


# ---- storage / ERROR: Azure Disk Multi-Attach blocks the media service rollout ----


@scenario
def s_storage_multiattach():
    w = Win("storage-multiattach", "2026-03-31T09:20:00", "AKS")
    cl = "commerce-weu-aks"
    ns = "shop"
    old_node = "aks-apps-27182818-vmss000001"
    new_node = "aks-apps-27182818-vmss000003"
    newpod = "media-service-7b8c9d6f5-4qzkl"
    oldpod = "media-service-5f6d7c8b9-x2mtr"
    ev = EV(cl, ns)
    old = P(cl, ns, oldpod, "media-service", old_node)
    kl = J(cl, new_node, "kubelet.service")
    adc = P(cl, "kube-system", "kube-controller-manager", "kube-controller-manager", "aks-control-plane")
    pv = "pvc-3f7a1c2e-9b4d-4e8a-b1c6-52d0e9f8a7b3"

    w.L(0, ev, event("Normal", "ScalingReplicaSet", "deployment/media-service", "Scaled up replica set media-service-7b8c9d6f5 to 1"))
    w.L(0.5, ev, event("Normal", "Scheduled", "pod/" + newpod, "Successfully assigned shop/%s to %s" % (newpod, new_node)))
    w.L(1, ev, event("Warning", "FailedAttachVolume", "pod/" + newpod,
                     'Multi-Attach error for volume "%s" Volume is already used by pod(s) %s' % (pv, oldpod)), ev=True)
    w.L(1.2, adc, lambda d: '%s "Multi-Attach error for volume" err="Volume is already used by pod(s) %s" volume={"AttachedVolume":{"VolumeName":"kubernetes.io/csi/disk.csi.azure.com^/subscriptions/0c1d-.../resourceGroups/mc_commerce/providers/Microsoft.Compute/disks/%s","VolumeSpec":{},"NodeName":"%s"}} pod="shop/%s"'
        % (klog(d, "W", 1, "reconciler.go:370"), oldpod, pv, new_node, newpod), ev=True)
    for t in (122,):
        w.L(t, ev, event("Warning", "FailedMount", "pod/" + newpod,
                         "Unable to attach or mount volumes: unmounted volumes=[media], unattached volumes=[media kube-api-access-8xq2k]: timed out waiting for the condition"))
        w.L(t + 0.3, kl, lambda d: '%s "Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[media], unattached volumes=[media kube-api-access-8xq2k]: timed out waiting for the condition" pod="shop/%s"'
            % (klog(d, "E", 4411, "pod_workers.go:1298"), newpod))
    w.L(60, ev, event("Warning", "FailedAttachVolume", "pod/" + newpod,
                      'Multi-Attach error for volume "%s" Volume is already used by pod(s) %s' % (pv, oldpod)))

    def acc(d, i):
        return '%s - - [%s] "GET /media/catalog/product/%s/%s.jpg?w=%d HTTP/1.1" 200 %d "-" "Mozilla/5.0" %.3f' % (
            w.ip("10.244"), clf(d), w.hex(2), w.hex(12), w.rng.choice([320, 640, 1280]), w.rng.randint(9000, 180000), w.rng.uniform(0.01, 0.2))
    w.spread(0, 170, 14, old, acc)
    w.spread(0, 170, 5, kl, lambda d, i: '%s "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/cart-api-6c9d8b7f5-%s"' % (klog(d, "I", 4411, "kubelet.go:2542"), w.alnum(5)))
    w.L(90, old, lambda d: '%s [media] WARN deprecated resize parameter "w" used, please switch to "width"' % iso_ms(d))
    return w.record(
        "storage", "The media-service rollout has been stuck in ContainerCreating for minutes. Why?",
        {"namespace": "shop", "pod": newpod}, "ERROR", "storage", "media-service",
        "media-service uses a ReadWriteOnce Azure Disk; with a RollingUpdate strategy the new pod lands on another node while the old pod still holds the disk, so the attach fails with Multi-Attach and the new pod cannot mount its volume.",
        "The new media-service pod cannot attach its Azure Disk (Multi-Attach error: still used by the old pod on another node) and times out mounting; the old replica keeps serving images and the rollout is stuck.",
        "Use strategy Recreate (or a StatefulSet / RWX storage such as Azure Files) for media-service, or schedule the new pod on the same node; then complete the rollout.")


# ---- database / CRITICAL: MariaDB Galera loses quorum, Magento cannot write ----


@scenario
def s_database_galera_quorum():
    w = Win("database-galera-quorum", "2026-04-01T02:10:00", "RKE2")
    cl = "shop-rke2-dc1"
    ns = "mariadb"
    nodes = ["rke2-worker-0%d" % i for i in (1, 3, 4)]
    g0 = P(cl, ns, "mariadb-galera-0", "mariadb-galera", nodes[0])
    ev = EV(cl, ns)
    fpm = P(cl, "magento", "magento-web-74b9d6c8f-7kq2r", "php-fpm", "rke2-worker-02")
    cons = P(cl, "magento", "magento-consumers-6d8f7c9b5-lq2zt", "consumer", "rke2-worker-02")

    def my(d, msg):
        return "%s 0 [Note] WSREP: %s" % (d.strftime("%Y-%m-%d ") + "%2d" % d.hour + d.strftime(":%M:%S"), msg)

    def myw(d, msg):
        return "%s 0 [Warning] WSREP: %s" % (d.strftime("%Y-%m-%d ") + "%2d" % d.hour + d.strftime(":%M:%S"), msg)
    w.L(0, ev, event("Normal", "Killing", "pod/mariadb-galera-2", "Stopping container mariadb-galera"))
    w.L(0.2, ev, event("Normal", "Killing", "pod/mariadb-galera-1", "Stopping container mariadb-galera"))
    w.L(0.4, ev, event("Normal", "SuccessfulDelete", "statefulset/mariadb-galera", "delete Pod mariadb-galera-2 in StatefulSet mariadb-galera successful"))
    w.L(2, g0, lambda d: my(d, "forgetting 9b2f1c3e-a1b2 (tcp://10.42.3.18:4567)"))
    w.L(2.2, g0, lambda d: my(d, "forgetting 4e7d8a1b-c3d4 (tcp://10.42.4.22:4567)"))
    w.L(2.5, g0, lambda d: my(d, "view(view_id(NON_PRIM,0c5e2f1a-b7c8,41) memb {\n\t0c5e2f1a-b7c8,0\n} joined {\n} left {\n} partitioned {\n\t4e7d8a1b-c3d4,0\n\t9b2f1c3e-a1b2,0\n})".replace("\n\t", " ").replace("\n", " ")), ev=True)
    w.L(2.6, g0, lambda d: my(d, "New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1"), ev=True)
    w.L(2.7, g0, lambda d: my(d, "Received NON-PRIMARY."), ev=True)
    w.L(2.8, g0, lambda d: my(d, "Shifting SYNCED -> OPEN (TO: 88412097)"), ev=True)
    w.L(3, g0, lambda d: myw(d, "Send action {(nil), 328, TORDERED} returned -107 (Transport endpoint is not connected)"))
    for k, t in enumerate((6, 14, 27, 45, 66, 94, 123, 151)):
        w.L(t, fpm, lambda d: "%s main.CRITICAL: SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use, query was: INSERT INTO `quote` (`store_id`, `created_at`, `updated_at`) VALUES (?, ?, ?) [] []"
            % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
        if k % 3 == 1:
            w.L(t + 0.5, cons, lambda d: "%s main.ERROR: Consumer inventory.reservations.update failed: SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use [] []"
                % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
    for t in (20, 80, 140):
        w.L(t, g0, lambda d: my(d, "(0c5e2f1a-b7c8, 'tcp://0.0.0.0:4567') reconnecting to 9b2f1c3e-a1b2 (tcp://10.42.3.18:4567), attempt %d" % w.rng.randint(20, 90)))
    w.L(40, ev, event("Warning", "Unhealthy", "pod/mariadb-galera-1", "Readiness probe failed: ERROR 1047 (08S01) at line 1: WSREP has not yet prepared node for application use"))
    w.L(41, ev, event("Warning", "Unhealthy", "pod/mariadb-galera-2", "Startup probe failed: mysqladmin: connect to server at 'localhost' failed error: 'Can't connect to local server through socket '/opt/bitnami/mariadb/tmp/mysql.sock' (2)'"))
    w.L(100, ev, event("Warning", "Unhealthy", "pod/mariadb-galera-0", "Readiness probe failed: ERROR 1047 (08S01) at line 1: WSREP has not yet prepared node for application use"))
    w.spread(0, 160, 4, fpm, lambda d, i: "%s main.INFO: Cache cleared successfully [] []" % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]") if i == 0 else
             "%s main.DEBUG: cache_invalidate: {\"method\":\"GET\",\"url\":\"http://shop.example.de/\",\"invalidateInfo\":{\"tags\":[\"cat_p_%d\"],\"mode\":\"matchingAnyTag\"}} [] []" % (d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"), w.rng.randint(100, 900)))
    return w.record(
        "database", "Since 02:10 the shop cannot create carts or orders. The database pods are all Running. What's wrong?",
        {"namespace": "mariadb"}, "CRITICAL", "database", "mariadb-galera",
        "Two of the three Galera members (mariadb-galera-1 and -2) were restarted at the same time, leaving mariadb-galera-0 alone in a non-Primary component; Galera refuses all queries (WSREP not prepared) and the restarted members cannot rejoin a primary component.",
        "The MariaDB Galera cluster lost quorum: the surviving node is NON-PRIMARY and rejects queries with 'WSREP has not yet prepared node for application use', so Magento cannot write carts, orders or reservations.",
        "Bootstrap a new primary component from the most advanced node (SET GLOBAL wsrep_provider_options='pc.bootstrap=YES' on mariadb-galera-0 after checking seqno), let the others SST/IST back in, and use a PDB with maxUnavailable 1 for the StatefulSet.")


# ---- database / WARN: Postgres deadlocks on stock allocation, retried successfully ----


@scenario
def s_database_pg_deadlock():
    w = Win("database-pg-deadlock", "2026-04-02T12:00:00", "GKE")
    cl = "shop-prod-gke"
    ns = "saleor"
    pgl = P(cl, ns, "saleor-postgresql-0", "postgresql", "gke-shop-prod-db-pool-3b9d1e7a-h4mk")
    api = P(cl, ns, "saleor-api-6b9f7d8c5-pw4nz", "saleor-api", "gke-shop-prod-default-pool-8f2c1a3e-x7kq")
    api2 = P(cl, ns, "saleor-api-6b9f7d8c5-9lx2t", "saleor-api", "gke-shop-prod-default-pool-8f2c1a3e-m2vd")

    def pg(d, pid, lvl, msg):
        return "%s [%d] %s:  %s" % (pgtime(d), pid, lvl, msg)
    for k, t in enumerate((21, 64, 118)):
        a, b = w.rng.randint(3000, 6000), w.rng.randint(6001, 9000)
        ta, tb = w.rng.randint(881000, 889000), w.rng.randint(889001, 899000)
        w.L(t, pgl, lambda d, a=a: pg(d, a, "ERROR", "deadlock detected"), ev=True)
        w.L(t + 0.001, pgl, lambda d, a=a, b=b, ta=ta, tb=tb: pg(d, a, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d. Process %d waits for ShareLock on transaction %d; blocked by process %d." % (a, tb, b, b, ta, a)), ev=(k == 0))
        w.L(t + 0.002, pgl, lambda d, a=a: pg(d, a, "HINT", "See server log for query details."))
        w.L(t + 0.003, pgl, lambda d, a=a: pg(d, a, "CONTEXT", 'while updating tuple (%d,%d) in relation "warehouse_stock"' % (w.rng.randint(10, 99), w.rng.randint(1, 40))), ev=(k == 0))
        w.L(t + 0.004, pgl, lambda d, a=a: pg(d, a, "STATEMENT", 'UPDATE "warehouse_stock" SET "quantity_allocated" = ("warehouse_stock"."quantity_allocated" + 1) WHERE "warehouse_stock"."id" IN (%d, %d)' % (w.rng.randint(1000, 2000), w.rng.randint(2001, 3000))))
        tgt = api if k % 2 == 0 else api2
        w.L(t + 0.05, tgt, lambda d: "%s WARNING saleor.warehouse.management Stock allocation hit deadlock, retrying (attempt 1/3) [PID:21:uvicorn]" % pytime(d))
        w.L(t + 0.31, tgt, lambda d: "%s INFO saleor.checkout.complete_checkout Order created order=%d lines=%d [PID:21:uvicorn]" % (pytime(d), w.rng.randint(200000, 210000), w.rng.randint(1, 5)))
    w.spread(0, 150, 6, pgl, lambda d, i: pg(d, w.rng.randint(3000, 9000), "LOG", "duration: %.3f ms  execute <unnamed>: SELECT \"warehouse_stock\".\"id\" FROM \"warehouse_stock\" WHERE \"warehouse_stock\".\"product_variant_id\" = $1 FOR UPDATE" % w.rng.uniform(200, 900)))
    w.L(90, pgl, lambda d: pg(d, 81, "LOG", "checkpoint starting: time"))

    def apiok(d, i):
        return '%s - - [%s] "POST /graphql/ HTTP/1.1" 200 %d "https://shop.example.com/" "node-fetch"' % (
            w.ip("10.8"), d.strftime("%d/%b/%Y:%H:%M:%S +0000"), w.rng.randint(800, 9000))
    w.spread(0, 150, 7, api, apiok)
    w.spread(0, 150, 5, api2, apiok)
    return w.record(
        "database", "Postgres logged 'deadlock detected' several times during the noon drop. Were orders lost?",
        {"namespace": "saleor"}, "WARN", "database", "postgresql",
        "Concurrent checkouts for the same drop lock warehouse_stock rows in different orders (UPDATE ... WHERE id IN (...)), so PostgreSQL detects deadlocks and aborts one transaction each time; Saleor retries the allocation and it succeeds.",
        "Three stock-allocation deadlocks occurred in PostgreSQL during the product drop; each aborted transaction was retried by saleor-api and the orders were created, so no orders were lost.",
        "No urgent action; to avoid the deadlocks lock stock rows in a consistent order (ORDER BY id ... FOR UPDATE) or allocate per variant, and keep the retry in place.")


# ---- rate_limited / WARN: Stripe 429 during a bulk refund batch, retries succeed ----


@scenario
def s_rate_stripe_refunds():
    w = Win("rate-stripe-refunds", "2026-04-03T08:30:00", "EKS")
    cl = "retail-us-eks"
    ns = "payments"
    node = "ip-10-30-1-45.ec2.internal"
    rw = P(cl, ns, "refund-worker-7c9b8d6f5-t4kqz", "refund-worker", node)
    rw2 = P(cl, ns, "refund-worker-7c9b8d6f5-q8wln", "refund-worker", "ip-10-30-0-77.ec2.internal")
    hooks = P(cl, ns, "stripe-webhooks-5d7c8b9f6-m2xkp", "stripe-webhooks", node)

    w.L(0, rw, lambda d: "%s INFO refund_worker.batch: starting batch recall-2026-04-03 refunds=1840 concurrency=48" % pytime(d), ev=True)
    for k, t in enumerate((6, 7, 9, 12, 16, 22, 29, 37, 48)):
        tgt = rw if k % 2 == 0 else rw2
        rid = "req_%s" % w.alnum(14)
        w.L(t, tgt, lambda d, rid=rid: "%s WARNING stripe: error_code=rate_limit error_message='Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.' error_type=invalid_request_error message='Stripe API error received' request_id=%s status=429"
            % (pytime(d), rid), ev=(k < 3))
        w.L(t + 0.01, tgt, lambda d: "%s WARNING refund_worker.stripe_client: RateLimitError on POST /v1/refunds, backing off %.1fs (attempt %d/6)"
            % (pytime(d), w.rng.choice([0.5, 1.0, 2.0, 4.0]), w.rng.randint(1, 3)))
    w.L(52, rw, lambda d: "%s INFO refund_worker.batch: adaptive concurrency lowered 48 -> 16 after 9 rate-limit responses" % pytime(d), ev=True)

    def ok(d, i):
        return "%s INFO refund_worker.stripe_client: refund created re_%s charge=ch_%s amount=%d status=succeeded" % (
            pytime(d), w.alnum(14), w.alnum(14), w.rng.randint(999, 25999))
    w.spread(2, 170, 10, rw, ok)
    w.spread(2, 170, 8, rw2, ok)
    w.spread(10, 170, 6, hooks, lambda d, i: '%s - - [%s] "POST /webhooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" event=charge.refunded' % (
        "10.30.4.%d" % w.rng.randint(2, 250), clf(d)))
    w.L(171, rw, lambda d: "%s INFO refund_worker.batch: batch recall-2026-04-03 progress 1840/1840 failed=0" % pytime(d))
    return w.record(
        "rate_limited", "The refund worker logged a burst of Stripe 429s this morning. Do we need to do anything?",
        {"namespace": "payments"}, "WARN", "rate_limited", "refund-worker",
        "The recall refund batch started with 48 concurrent requests, above Stripe's per-account API rate limit, so Stripe returned 429 rate_limit until the worker backed off and lowered its concurrency.",
        "A bulk refund batch briefly exceeded Stripe's API rate limit; the worker retried with backoff, lowered concurrency to 16, and all 1840 refunds succeeded.",
        "Optional: start bulk refund batches with lower concurrency (or a token bucket sized to the Stripe limit); nothing failed.")


# ---- rate_limited / ERROR: Kong rate-limiting plugin throttles store inventory sync ----


@scenario
def s_rate_kong_storesync():
    w = Win("rate-kong-storesync", "2026-04-04T06:00:00", "RKE2")
    cl = "retail-hub-rke2"
    ns = "api-gw"
    kong = [P(cl, ns, "kong-gateway-6f8d9c7b5-%s" % s, "proxy", "rke2-gw-0%d" % (i + 1)) for i, s in enumerate(("2kqzm", "w7xlt"))]
    inv = P(cl, "inventory", "inventory-api-5c7d9b8f6-r4lmq", "inventory-api", "rke2-apps-03")
    ctrl = P(cl, ns, "kong-controller-7b9c8d6f5-p2wqx", "ingress-controller", "rke2-gw-01")
    sync = P(cl, "inventory", "store-sync-dispatcher-6d8c7b9f5-zx2kw", "dispatcher", "rke2-apps-02")

    w.L(0, ctrl, lambda d: logfmt(time=iso_s(d), level="info", msg="successfully synced configuration to Kong", update_strategy="InMemory", url="https://10.42.1.14:8444"))
    w.L(0.5, ctrl, lambda d: logfmt(time=iso_s(d), level="info", msg="KongPlugin inventory/store-sync-rate-limit updated", config='{"minute":120,"policy":"local","limit_by":"consumer"}'), ev=True)
    for k, t in enumerate((8, 9, 11, 14, 19, 26, 34, 47, 63, 80, 102, 127, 150)):
        i = k % 2
        w.L(t, kong[i], lambda d: '%s - store-sync [%s] "PUT /partner/v2/stores/%04d/stock HTTP/1.1" 429 41 "-" "store-sync/3.4.1 (go1.22)" latency_kong=0 upstream=- x-ratelimit-remaining-minute=0'
            % (w.ip("10.60"), clf(d), w.rng.randint(1, 420)), ev=(k < 2))
    for t in (12, 30, 70, 120, 160):
        w.L(t, sync, lambda d: zap(d, "error", "sync/push.go:211", "stock push failed", store="%04d" % w.rng.randint(1, 420), status=429,
                                   body='{"message":"API rate limit exceeded"}', retry_after_s=w.rng.randint(20, 59)))
    w.L(90, sync, lambda d: zap(d, "warn", "sync/queue.go:58", "push queue growing", pending=8120, oldest_s=84))
    w.L(150, sync, lambda d: zap(d, "warn", "sync/queue.go:58", "push queue growing", pending=14211, oldest_s=145))
    for i in (0, 1):
        w.spread(0, 170, 5, kong[i], lambda d, j: '%s - pos-gw [%s] "GET /partner/v2/prices?store=%04d HTTP/1.1" 200 %d "-" "pos-gw/1.9" latency_kong=1 upstream=%d'
                 % (w.ip("10.60"), clf(d), w.rng.randint(1, 420), w.rng.randint(1000, 9000), w.rng.randint(8, 40)))
    w.spread(0, 170, 5, inv, lambda d, i: logfmt(time=iso_s(d), level="info", msg="stock update applied", store="%04d" % w.rng.randint(1, 420), skus=w.rng.randint(10, 400)))
    return w.record(
        "rate_limited", "Store stock levels in the hub stopped updating at 06:00. What is blocking the store sync?",
        {"namespace": "api-gw"}, "ERROR", "rate_limited", "kong",
        "A KongPlugin update set the rate limit for the store-sync consumer to 120 requests/minute (local policy); the ~420 stores' stock pushes exceed it, so Kong answers most of them with 429 'API rate limit exceeded'.",
        "Kong is throttling the store-sync consumer with 429s after its rate-limit plugin was tightened; stock pushes are rejected and the dispatcher's queue keeps growing, while other partner APIs work.",
        "Raise or correct the store-sync rate limit (and use a cluster/redis policy so the limit is not per pod), then let the dispatcher drain its backlog.")


# ---- node_failure / CRITICAL: uncorrectable ECC error panics the UPF worker ----


@scenario
def s_node_ecc_upf():
    w = Win("node-ecc-upf", "2026-04-05T03:41:00", "kubeadm bare-metal")
    cl = "telco-core-bm"
    bad = "bm-upf-02"
    kern = KERN(cl, bad)
    ev = EV(cl, "5gc")
    evn = EV(cl, "default")
    smf = P(cl, "5gc", "free5gc-smf-5f7c6d8b9-h8p4k", "smf", "bm-cnf-worker-04")
    kcm = P(cl, "kube-system", "kube-controller-manager-bm-cp-01", "kube-controller-manager", "bm-cp-01")
    nrf = P(cl, "5gc", "free5gc-nrf-7b9c5d6f8-zq7rt", "nrf", "bm-cnf-worker-04")
    upf = P(cl, "5gc", "free5gc-upf-0", "upf", bad)

    w.spread(0, 9, 3, upf, lambda d, i: "%s [INFO][UPF][Pfcp] Handle PFCP Session Modification Request, SEID: 0x%x" % (iso_ms(d), w.rng.randint(100, 9000)))
    w.L(10, kern, "EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x8a3f12 offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:2 row:0x1c3a col:0x1f0)", ev=True)
    w.L(11, kern, "mce: [Hardware Error]: Machine check events logged")
    w.L(13, kern, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x8a3f13 offset:0x240 grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:0 ba:2 row:0x1c3a col:0x1f8)", ev=True)
    w.L(13.1, kern, "mce: [Hardware Error]: CPU 24: Machine Check Exception: 5 Bank 13: be00000000800090", ev=True)
    w.L(13.2, kern, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8a1c2d40> {clear_page_erms+0x10/0x20}")
    w.L(13.3, kern, "Kernel panic - not syncing: Fatal machine check", ev=True)
    for t in (17, 27, 37, 57, 87, 127):
        w.L(t, smf, lambda d: "%s [WARN][SMF][Pfcp] PFCP Heartbeat Request to UPF[10.100.60.3] timeout, retry %d" % (iso_ms(d), w.rng.randint(1, 3)))
    w.L(64, smf, lambda d: "%s [ERRO][SMF][Pfcp] UPF[10.100.60.3] association released: heartbeat failure" % iso_ms(d))
    w.L(65, smf, lambda d: "%s [WARN][SMF][PduSess] 1287 PDU sessions on UPF[10.100.60.3] marked inactive" % iso_ms(d))
    w.L(54, kcm, lambda d: '%s "Node is NotReady" node="%s"' % (klog(d, "I", 1, "node_lifecycle_controller.go:1021"), bad), ev=True)
    w.L(54.2, evn, event("Normal", "NodeNotReady", "node/" + bad, "Node %s status is now: NodeNotReady" % bad), ev=True)
    w.L(54.4, ev, event("Warning", "NodeNotReady", "pod/free5gc-upf-0", "Node is not ready"))
    w.L(55, kcm, lambda d: '%s "Kubelet stopped posting node status" node="%s"' % (klog(d, "I", 1, "node_lifecycle_controller.go:1218"), bad))
    w.L(115, ev, event("Normal", "TaintManagerEviction", "pod/free5gc-upf-0", "Marking for deletion Pod 5gc/free5gc-upf-0"))
    w.L(116, kcm, lambda d: '%s "Deleting pod" controller="taint-eviction-controller" pod="5gc/free5gc-upf-0"' % klog(d, "I", 1, "taint_eviction.go:110"))
    w.spread(0, 150, 6, nrf, lambda d, i: "%s [INFO][NRF][GIN] | 204 |  %s | PATCH   | /nnrf-nfm/v1/nf-instances/%s" % (iso_ms(d), w.ip("10.233"), w.uid()))
    w.L(140, ev, event("Warning", "FailedAttachVolume", "pod/free5gc-upf-0", 'Multi-Attach error for volume "upf-pcap" Volume is already exclusively attached to one node and can\'t be attached to another'))
    return w.record(
        "node_failure", "All mobile data sessions through the second UPF dropped at 03:41. What happened?",
        {"node": bad}, "CRITICAL", "node_failure", bad,
        "An uncorrectable ECC memory error (DIMM CPU_SrcID#1_MC#0_Chan#2_DIMM#0, preceded by a corrected error) raised a fatal machine check and panicked bm-upf-02; the node went NotReady and the UPF running there disappeared.",
        "Worker bm-upf-02 panicked on a fatal machine check (ECC UE); the SMF loses PFCP heartbeats and releases the UPF association, 1287 PDU sessions go inactive and the UPF pod is being evicted.",
        "Keep bm-upf-02 cordoned and get the DIMM replaced; make sure the UPF is rescheduled on another SR-IOV-capable node (detach its volume if needed) and re-establish the PDU sessions.")


# ---- node_failure / ERROR: k3s agent's flannel cannot create VXLAN after OS update ----


@scenario
def s_node_flannel_vxlan():
    w = Win("node-flannel-vxlan", "2026-04-06T05:50:00", "k3s edge")
    cl = "store0977-k3s"
    n1, n2 = "store0977-edge-01", "store0977-edge-02"
    agent = J(cl, n2, "k3s-agent.service")
    kern = KERN(cl, n2)
    ev = EV(cl, "pos")
    pos1 = P(cl, "pos", "pos-backend-7d9c8b6f5-kq2mz", "pos-backend", n1)
    sc = P(cl, "iot", "shelf-cam-agent-x7r2p", "agent", n1)
    newpod = "pos-backend-7d9c8b6f5-r8wxt"

    w.L(0, agent, lambda d: logfmt(time=iso_s(d), level="info", msg="Starting k3s agent v1.29.4+k3s1 (94e29e2e)"))
    w.L(3, agent, lambda d: logfmt(time=iso_s(d), level="info", msg="Running kubelet --address=0.0.0.0 --anonymous-auth=false --cgroup-driver=systemd --node-ip=192.168.77.12 ..."))
    w.L(6, agent, lambda d: logfmt(time=iso_s(d), level="info", msg="Starting flannel with backend vxlan"))
    w.L(6.2, kern, "modprobe: FATAL: Module vxlan not found in directory /lib/modules/6.6.31-edge-arm64", ev=True)
    w.L(6.4, agent, lambda d: logfmt(time=iso_s(d), level="error", msg="flannel exited: failed to create VXLAN interface: operation not supported"), ev=True)
    w.L(6.5, agent, lambda d: logfmt(time=iso_s(d), level="info", msg="Tunnel server egress proxy mode: agent"))
    for k, t in enumerate((15, 41, 82, 133)):
        sid = w.hex(64)
        msg = ('Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="flannel" failed (add): '
               'failed to load flannel \'subnet.env\' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this issue.' % sid)
        w.L(t, ev, event("Warning", "FailedCreatePodSandBox", "pod/" + newpod, msg), ev=(k < 2))
        w.L(t + 0.2, agent, lambda d, msg=msg: '%s "CreatePodSandbox for pod failed" err="%s" pod="pos/%s"'
            % (klog(d, "E", 1402, "kuberuntime_sandbox.go:72"), msg.split(": ", 1)[1].replace('"', '\\"'), newpod))
    w.L(12, ev, event("Normal", "Scheduled", "pod/" + newpod, "Successfully assigned pos/%s to %s" % (newpod, n2)))
    w.L(20, ev, event("Warning", "FailedCreatePodSandBox", "pod/node-exporter-2kqzt", "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type=\"flannel\" failed (add): failed to load flannel 'subnet.env' file: open /run/flannel/subnet.env: no such file or directory"))

    def posl(d, i):
        return zap(d, "info", "api/handler.go:64", "request", method=w.rng.choice(["GET", "POST"]), path=w.rng.choice(["/v1/basket", "/v1/prices", "/v1/receipt"]),
                   status=200, duration_ms=w.rng.randint(4, 60), lane=w.rng.randint(1, 6))
    w.spread(0, 150, 10, pos1, posl)
    w.spread(0, 150, 4, sc, lambda d, i: "%s INFO uploader: shelf snapshot batch=%d images=12 ok" % (pytime(d), 5000 + i))
    w.L(100, pos1, lambda d: zap(d, "warn", "api/limiter.go:31", "single replica serving all lanes", replicas_ready=1, replicas_desired=2))
    return w.record(
        "node_failure", "After last night's OS update at store 977, the second POS backend pod never started. Why?",
        {"node": n2}, "ERROR", "node_failure", "flannel",
        "The updated edge OS image on store0977-edge-02 lacks the vxlan kernel module, so k3s's embedded flannel cannot create its VXLAN interface and never writes /run/flannel/subnet.env; every pod sandbox on that node fails CNI setup.",
        "Pod networking is broken on store0977-edge-02: flannel exited (VXLAN unsupported, module missing) and new pods fail with FailedCreatePodSandBox; the store runs on a single POS backend on edge-01.",
        "Install/enable the vxlan module in the edge OS image (or switch flannel to host-gw/wireguard backend), restart k3s-agent on edge-02 and confirm sandboxes are created.")


# ---- none / INFO: EMQX edge broker, normal churn and a stats line with errors=0 ----


@scenario
def s_none_emqx_churn():
    w = Win("none-emqx-churn", "2026-04-07T10:00:00", "k3s edge")
    cl = "dc-hub-k3s"
    node = "hub-edge-01"
    ns = "iot"
    em = P(cl, ns, "emqx-0", "emqx", node)
    br = P(cl, ns, "emqx-cloud-bridge-6d8c7b9f5-2qkzx", "bridge", node)
    nr = P(cl, ns, "node-red-0", "node-red", node)
    cd = P(cl, "kube-system", "coredns-6799fbcd5-9wq7h", "coredns", node)

    def ex(d, lvl, rest):
        return "%s [%s] %s" % (iso_off(d), lvl, rest)

    def churn(d, i):
        cid = "forklift-%03d" % w.rng.randint(1, 60)
        r = w.rng.random()
        if r < 0.45:
            return ex(d, "info", "msg: client_connected, clientid: %s, username: forklift, peername: %s:%d, proto_ver: 5, keepalive: 60" % (cid, w.ip("10.42"), w.rng.randint(30000, 60000)))
        if r < 0.85:
            return ex(d, "info", "msg: client_disconnected, clientid: %s, reason: normal" % cid)
        return ex(d, "warning", "msg: client_disconnected, clientid: %s, reason: keepalive_timeout" % cid)
    w.spread(0, 170, 18, em, churn)
    for t in (30, 90, 150):
        w.L(t, br, lambda d: zap(d, "info", "bridge/stats.go:44", "forwarded window", messages=w.rng.randint(9000, 12000), errors=0, retries=0, lag_ms=w.rng.randint(20, 90)))
    w.L(61, br, lambda d: zap(d, "warn", "bridge/publish.go:112", "publish ack slow, retrying", topic="hub/forklifts/telemetry", attempt=1, latency_ms=2140))
    w.L(61.8, br, lambda d: zap(d, "info", "bridge/publish.go:120", "publish acknowledged", topic="hub/forklifts/telemetry", attempt=2))
    w.spread(0, 170, 5, nr, lambda d, i: "%s - [info] [mqtt in:forklift battery] msg received topic=hub/forklifts/%03d/battery" % (nodered_time(d), w.rng.randint(1, 60)))
    coredns_ok(w, cd, 0, 170, 3, ["emqx.iot.svc.cluster.local", "mqtt.cloud.acme-logistics.com"])
    return w.record(
        "none", "The EMQX log at the hub shows disconnects and a keepalive timeout. Is anything wrong?",
        {"namespace": "iot"}, "INFO", "none", "emqx",
        "No incident: forklift clients connect and disconnect normally as they move between zones; one keepalive timeout and one slow publish ack that succeeded on retry are routine.",
        "The hub broker and cloud bridge are healthy: normal client churn, the bridge forwards all messages with errors=0 and one retried publish succeeded.",
        "Nothing to do.")


# ---- none / INFO: planned Magento rolling deploy with startup readiness failures ----


@scenario
def s_none_magento_rollout():
    w = Win("none-magento-rollout", "2026-04-08T07:00:00", "EKS")
    cl = "retail-eu-eks"
    ns = "magento"
    oldp = "magento-web-7d5f9c6b8-2xkqp"
    newp = "magento-web-84c6d9b7f-m9t2v"
    n_old = "ip-10-20-3-41.eu-west-1.compute.internal"
    n_new = "ip-10-20-2-18.eu-west-1.compute.internal"
    ev = EV(cl, ns)
    of = P(cl, ns, oldp, "php-fpm", n_old)
    on = P(cl, ns, oldp, "nginx", n_old)
    nf = P(cl, ns, newp, "php-fpm", n_new)
    nn = P(cl, ns, newp, "nginx", n_new)
    other = P(cl, ns, "magento-web-84c6d9b7f-b7kqx", "nginx", "ip-10-20-1-17.eu-west-1.compute.internal")
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/magento/app:2.4.7-p3-58"

    w.L(0, ev, event("Normal", "ScalingReplicaSet", "deployment/magento-web", "Scaled up replica set magento-web-84c6d9b7f to 2 from 1"))
    w.L(0.5, ev, event("Normal", "Scheduled", "pod/" + newp, "Successfully assigned magento/%s to %s" % (newp, n_new)))
    w.L(1, ev, event("Normal", "Pulled", "pod/" + newp, 'Container image "%s" already present on machine' % img))
    w.L(2, ev, event("Normal", "Started", "pod/" + newp, "Started container php-fpm"))
    w.L(2.5, nf, lambda d: "[%s] NOTICE: fpm is running, pid 1" % phpfpm_time(d))
    w.L(2.6, nf, lambda d: "[%s] NOTICE: ready to handle connections" % phpfpm_time(d))
    w.L(8, ev, event("Warning", "Unhealthy", "pod/" + newp, "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    w.L(8.2, nn, lambda d: '10.20.2.1 - - [%s] "GET /health_check.php HTTP/1.1" 503 0 "-" "kube-probe/1.29" 0.412' % clf(d))
    w.L(14, nn, lambda d: '10.20.2.1 - - [%s] "GET /health_check.php HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.031' % clf(d))
    w.L(20, ev, event("Normal", "ScalingReplicaSet", "deployment/magento-web", "Scaled down replica set magento-web-7d5f9c6b8 to 0 from 1"))
    w.L(20.3, ev, event("Normal", "Killing", "pod/" + oldp, "Stopping container php-fpm"))
    w.L(20.4, ev, event("Normal", "Killing", "pod/" + oldp, "Stopping container nginx"))
    w.L(21, of, lambda d: "[%s] NOTICE: Terminating ..." % phpfpm_time(d))
    w.L(21.2, on, lambda d: "%s [notice] 1#1: signal 3 (SIGQUIT) received, shutting down" % d.strftime("%Y/%m/%d %H:%M:%S"))
    w.L(22, of, lambda d: "[%s] NOTICE: exiting, bye-bye!" % phpfpm_time(d))
    w.L(22.5, on, lambda d: "%s [notice] 1#1: exit" % d.strftime("%Y/%m/%d %H:%M:%S"))

    def acc(d, i):
        return '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)" %.3f' % (
            w.ip("10.20"), clf(d), w.rng.choice(["/", "/men/tops-men.html", "/checkout/cart/", "/customer/section/load/?sections=cart"]),
            w.rng.randint(3000, 50000), w.rng.uniform(0.05, 0.5))
    w.spread(0, 20, 4, on, acc)
    w.spread(15, 160, 9, nn, acc)
    w.spread(0, 160, 7, other, acc)
    w.L(40, nf, lambda d: "[%s] NOTICE: [pool www] child 48 started" % phpfpm_time(d))
    w.L(60, P(cl, ns, "magento-cron-28491880-wq7fz", "cron", "ip-10-20-1-17.eu-west-1.compute.internal"),
        lambda d: "%s main.INFO: Cron Job catalog_product_outdated_price_values_cleanup is successfully finished. Statistics: {\"sum\":0,\"count\":1,\"realmem\":\"88.0 MiB\"} [] []"
        % d.strftime("[%Y-%m-%dT%H:%M:%S.%f+00:00]"))
    return w.record(
        "none", "We saw an Unhealthy event and container kills on magento-web this morning. Was there an outage?",
        {"namespace": "magento"}, "INFO", "none", "magento-web",
        "No incident: this is the planned 2.4.7-p3-58 rolling deploy; the single readiness failure is the new pod warming up before it became ready, and the old pod shut down gracefully.",
        "A normal rolling update of magento-web: the new pod became ready after one startup readiness failure, the old pod terminated cleanly and storefront traffic returned 200 throughout.",
        "Nothing to do.")


# ---- none / INFO: Telegraf write retried once, then fine ----


@scenario
def s_none_telegraf_retry():
    w = Win("none-telegraf-retry", "2026-04-09T14:10:00", "MicroK8s")
    cl = "factory-mk8s"
    node = "mk8s-edge-a"
    ns = "metrics"
    tg = P(cl, ns, "telegraf-modbus-0", "telegraf", node)
    inf = P(cl, ns, "influxdb2-0", "influxdb2", node)
    graf = P(cl, ns, "grafana-7b9d8c6f5-qk2zx", "grafana", node)
    mb = P(cl, "ot", "modbus-sim-0", "modbus-sim", node)

    telegraf_ok(w, tg, 0, 170, 12)
    w.L(44, tg, lambda d: '%s W! [outputs.influxdb_v2] When writing to [http://influxdb2.metrics:8086]: Post "http://influxdb2.metrics:8086/api/v2/write?bucket=modbus&org=factory": read tcp 10.1.44.7:51822->10.152.183.40:8086: read: connection reset by peer; retrying' % iso_s(d))
    w.L(45, tg, lambda d: "%s D! [outputs.influxdb_v2] Wrote batch of 1000 metrics in 18.442ms" % iso_s(d))
    w.L(46, tg, lambda d: "%s D! [outputs.influxdb_v2] Buffer fullness: 0 / 10000 metrics" % iso_s(d))
    w.spread(0, 170, 6, inf, lambda d, i: logfmt(ts=iso_us(d), lvl="info", msg="Retention policy deletion check (start)" if i == 0 else "Cache snapshot (start)" if i % 2 else "Cache snapshot (end)",
                                                 log_id="0o%s" % w.alnum(9), service="storage-engine" if i else "retention", engine="tsm1"))
    w.L(120, tg, lambda d: "%s D! [inputs.modbus] Previous collection has not completed; scheduled collection skipped" % iso_s(d))
    w.spread(0, 170, 4, graf, lambda d, i: logfmt(logger="context", userId=3, orgId=1, uname="operator", t=iso_off(d)[:23] + "Z", level="info",
                                                  msg="Request Completed", method="GET", path="/api/ds/query", status=200, duration="%dms" % w.rng.randint(30, 300)))
    w.spread(0, 170, 4, mb, lambda d, i: "%s INFO modbus_sim: served %d register reads, errors=0" % (pytime(d), w.rng.randint(800, 1200)))
    return w.record(
        "none", "Telegraf logged a 'connection reset by peer' writing to InfluxDB. Should we investigate?",
        {"namespace": "metrics"}, "INFO", "none", "telegraf",
        "No incident: a single write hit a reset idle keep-alive connection and Telegraf's immediate retry succeeded; the buffer is empty and InfluxDB is healthy.",
        "Factory metrics flow normally: one transient connection reset on a write was retried successfully, Grafana queries return 200 and the Modbus simulator reports errors=0.",
        "Nothing to do.")


# ---- none / INFO: Open5GS core, routine registrations and deregistrations ----


@scenario
def s_none_open5gs_routine():
    w = Win("none-open5gs-routine", "2026-04-10T09:30:00", "kubeadm bare-metal")
    cl = "telco-lab-kubeadm"
    ns = "open5gs"
    node = "bm-lab-wk02"
    amf = P(cl, ns, "open5gs-amf-6c9d7b8f5-tx4lq", "amf", node)
    smf = P(cl, ns, "open5gs-smf-7d6c8b9f5-m4xwp", "smf", node)
    upf = P(cl, ns, "open5gs-upf-0", "upf", "bm-lab-wk03")
    nrf = P(cl, ns, "open5gs-nrf-5b8c9d7f6-kq2mz", "nrf", node)

    def o(d, nf, lvl, msg, src):
        return "%s: [%s] %s: %s (%s)" % (open5gs_time(d), nf, lvl, msg, src)
    for k in range(6):
        t = 8 + k * 26
        imsi = "imsi-99970000000%04d" % w.rng.randint(1, 300)
        w.L(t, amf, lambda d, imsi=imsi: o(d, "amf", "INFO", "InitialUEMessage", "../src/amf/ngap-handler.c:437"))
        w.L(t + 0.05, amf, lambda d, imsi=imsi: o(d, "amf", "INFO", "[%s] Registration request" % imsi, "../src/amf/gmm-sm.c:1165"))
        w.L(t + 0.3, amf, lambda d, imsi=imsi: o(d, "gmm", "INFO", "[%s] Registration complete" % imsi, "../src/amf/gmm-sm.c:2313"))
        ip4 = "10.45.0.%d" % w.rng.randint(2, 250)
        w.L(t + 0.6, smf, lambda d, imsi=imsi: o(d, "smf", "INFO", "UE SUPI[%s] DNN[internet] IPv4[%s] IPv6[]" % (imsi, ip4), "../src/smf/npcf-handler.c:542"))
        if k % 2:
            w.L(t + 12, amf, lambda d, imsi=imsi: o(d, "amf", "INFO", "[%s] Deregistration request" % imsi, "../src/amf/gmm-sm.c:1407"))
            w.L(t + 12.2, smf, lambda d: o(d, "smf", "INFO", "Removed Session: UE IMSI:[%s] DNN:[internet:1] IPv4:[%s] IPv6:[]" % (imsi, ip4), "../src/smf/context.c:1672"))
    w.L(70, amf, lambda d: o(d, "amf", "WARNING", "[imsi-999700000000117] Authentication failure(MAC failure)", "../src/amf/gmm-sm.c:1611"))
    w.L(70.4, amf, lambda d: o(d, "amf", "INFO", "[imsi-999700000000117] Authentication request (resync)", "../src/amf/gmm-sm.c:1540"))
    w.L(70.9, amf, lambda d: o(d, "gmm", "INFO", "[imsi-999700000000117] Registration complete", "../src/amf/gmm-sm.c:2313"))
    w.spread(0, 170, 5, upf, lambda d, i: o(d, "upf", "INFO", "[Added] Number of UPF-Sessions is now %d" % (140 + i), "../src/upf/context.c:206"))
    w.spread(0, 170, 3, nrf, lambda d, i: o(d, "nrf", "INFO", "[%s] NF Heartbeat received" % w.uid(), "../src/nrf/nnrf-handler.c:602"))
    return w.record(
        "none", "Is the lab 5G core healthy? There is an authentication failure in the AMF log.",
        {"namespace": "open5gs"}, "INFO", "none", "amf",
        "No incident: routine UE registrations, PDU sessions and deregistrations; the single MAC-failure authentication was resolved by a SQN resynchronisation and the UE registered.",
        "The Open5GS core is healthy: UEs register and deregister normally, sessions are created on the UPF and one authentication resync succeeded.",
        "Nothing to do.")


# ---- none / INFO: Kamailio registrar, normal 401 digest challenges ----


@scenario
def s_none_kamailio_challenge():
    w = Win("none-kamailio-challenge", "2026-04-11T08:15:00", "OpenShift")
    cl = "ocp-voice"
    ns = "voice"
    kam = P(cl, ns, "kamailio-registrar-0", "kamailio", "worker-2.ocp-voice.example.net")
    ast = P(cl, ns, "asterisk-pbx-0", "asterisk", "worker-3.ocp-voice.example.net")
    rtp = P(cl, ns, "rtpengine-6b8c9d7f5-xq2lm", "rtpengine", "worker-3.ocp-voice.example.net")

    def ext():
        return w.rng.randint(2001, 2099)
    for k in range(7):
        t = 5 + k * 22 + w.rng.uniform(0, 6)
        e = ext()
        ci = w.hex(16)
        src = "%s:%d" % (w.ip("10.131"), w.rng.randint(5060, 5090))
        w.L(t, kam, lambda d, e=e, ci=ci, src=src: " 6(%d) NOTICE: <script>: REGISTER sip:%d@pbx.store-voice.example from %s ci=%s -> 401 Unauthorized (auth challenge)" % (w.rng.randint(40, 60), e, src, ci))
        w.L(t + 0.08, kam, lambda d, e=e, ci=ci: " 6(%d) NOTICE: <script>: REGISTER sip:%d@pbx.store-voice.example ci=%s authenticated, saved contact expires=3600 -> 200 OK" % (w.rng.randint(40, 60), e, ci))
    for k in range(4):
        t = 20 + k * 38
        ch = "PJSIP/%d-%08x" % (ext(), w.rng.randint(0, 2 ** 31))
        w.L(t, ast, lambda d, ch=ch: "[%s] VERBOSE[%d][C-%08x] pbx.c: Executing [%d@from-stores:1] Dial(\"%s\", \"PJSIP/%d,30\") in new stack"
            % (d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1), w.rng.randint(200, 400), w.rng.randint(0, 2 ** 31), ext(), ch, ext()))
        w.L(t + 0.4, rtp, lambda d: "INFO: [%s]: [core] Creating new call" % w.alnum(24))
        w.L(t + 19, ast, lambda d, ch=ch: "[%s] VERBOSE[%d][C-%08x] app_dial.c: Everyone is busy/congested at this time (1:0/0/1)" % (d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1), w.rng.randint(200, 400), w.rng.randint(0, 2 ** 31))
            if k == 2 else "[%s] VERBOSE[%d][C-%08x] app_dial.c: %s answered PJSIP/%d-%08x" % (d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1), w.rng.randint(200, 400), w.rng.randint(0, 2 ** 31), ch, ext(), w.rng.randint(0, 2 ** 31)))
        w.L(t + 70, rtp, lambda d: "INFO: [%s]: [core] Final packet stats: ... 1 SSRC ... 3412 packets, 0 lost, 0 dupes" % w.alnum(24))
    w.L(100, kam, lambda d: " 0(31) INFO: <core> [core/tcp_main.c:4471]: handle_tcpconn_ev(): connection closed by peer (idle keep-alive) %s" % w.ip("10.131"))
    return w.record(
        "none", "The Kamailio log is full of '401 Unauthorized' for store phones. Are the phones failing to register?",
        {"namespace": "voice"}, "INFO", "none", "kamailio",
        "No incident: each 401 is the normal SIP digest challenge to a REGISTER, immediately followed by an authenticated REGISTER and 200 OK; one busy callee is normal call traffic.",
        "Store phones register normally (401 challenge then 200 OK), calls are dialled and answered through Asterisk and RTPengine reports no packet loss.",
        "Nothing to do.")


# ---- none / INFO: planned OpenSearch rolling restart, YELLOW then GREEN ----


@scenario
def s_none_opensearch_rolling():
    w = Win("none-opensearch-rolling", "2026-04-12T05:00:00", "AKS")
    cl = "commerce-weu-aks"
    ns = "search"
    nodes = ["aks-search-31415926-vmss00000%d" % i for i in range(3)]
    osn = [P(cl, ns, "opensearch-%d" % i, "opensearch", nodes[i]) for i in range(3)]
    ev = EV(cl, ns)
    api = P(cl, "shop", "catalog-api-5f8d7b6c9-2hzmk", "catalog-api", "aks-apps-27182818-vmss000004")

    def ost(d):
        return d.strftime("[%Y-%m-%dT%H:%M:%S,") + "%03d]" % (d.microsecond // 1000)

    def L(i, t, lvl, logger, msg):
        w.L(t, osn[i], lambda d: "%s[%-5s][%-25s] [opensearch-%d] %s" % (ost(d), lvl, logger, i, msg))
    L(0, 1, "INFO", "o.o.c.s.ClusterSettings", 'updating [cluster.routing.allocation.enable] from [all] to [primaries]')
    w.L(3, ev, event("Normal", "Killing", "pod/opensearch-2", "Stopping container opensearch"))
    L(2, 3.5, "INFO", "o.o.n.Node", "stopping ...")
    L(2, 5, "INFO", "o.o.n.Node", "stopped")
    L(0, 6, "INFO", "o.o.c.s.MasterService", "node-left[{opensearch-2}{Xk2...}{10.244.5.12}{10.244.5.12:9300}{dimr} reason: disconnected], term: 14, version: 4121, delta: removed {{opensearch-2}}")
    L(0, 6.3, "INFO", "o.o.c.r.a.AllocationService", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{opensearch-2} reason: disconnected]).")
    w.L(9, ev, event("Warning", "Unhealthy", "pod/opensearch-2", "Readiness probe failed: dial tcp 10.244.5.12:9200: connect: connection refused"))
    L(2, 40, "INFO", "o.o.n.Node", "version[2.13.0], pid[98], build[tar/7ec678d1b7c87d6e779fdef94e33623e1f1e2647/2024-03-26T00:04:51.025238748Z], OS[Linux/5.15.0-1061-azure/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-LTS]")
    L(2, 52, "INFO", "o.o.n.Node", "started")
    L(0, 54, "INFO", "o.o.c.s.MasterService", "node-join[{opensearch-2}{Xk2...}{10.244.5.31}{10.244.5.31:9300}{dimr} join existing leader], term: 14, version: 4130")
    L(0, 56, "INFO", "o.o.c.s.ClusterSettings", 'updating [cluster.routing.allocation.enable] from [primaries] to [all]')
    for t in (70, 85, 100):
        L(1, t, "INFO", "o.o.i.r.RecoverySourceHandler", "[products_v9][%d] recovery [phase1] to opensearch-2: took [%ds]" % (w.rng.randint(0, 5), w.rng.randint(3, 12)))
    L(0, 118, "INFO", "o.o.c.r.a.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[products_v9][4]]]).")
    w.spread(0, 170, 14, api, lambda d, i: "%s INFO  c.a.c.web.SearchController - GET /api/v2/search?q=%s -> 200 (%d hits, %dms)"
             % (pytime(d), w.rng.choice(["sneaker", "lamp", "coffee", "tent", "headphones"]), w.rng.randint(10, 900), w.rng.randint(12, 80)))
    w.L(150, P(cl, ns, "opensearch-dashboards-7c8d9b6f5-n2xkq", "dashboards", nodes[0]),
        lambda d: json.dumps({"type": "response", "@timestamp": iso_s(d), "tags": [], "pid": 1, "method": "get", "statusCode": 200, "req": {"url": "/api/status", "method": "get"}, "res": {"statusCode": 200, "responseTime": 14}, "message": "GET /api/status 200 14ms"}, separators=(",", ":")))
    return w.record(
        "none", "OpenSearch went YELLOW at 05:00 and one pod failed its readiness probe. Do we need to act?",
        {"namespace": "search"}, "INFO", "none", "opensearch",
        "No incident: a planned rolling restart of opensearch-2 with allocation limited to primaries; the cluster was YELLOW while the node was away, replicas recovered and it returned to GREEN.",
        "A planned OpenSearch node restart: YELLOW while opensearch-2 was down, one expected readiness failure during restart, shards recovered and the cluster returned GREEN; searches kept returning 200.",
        "Nothing to do.")


# ---- none / INFO: cluster-autoscaler scale-down drains an underused node ----


@scenario
def s_none_autoscaler_scaledown():
    w = Win("none-autoscaler-scaledown", "2026-04-13T02:30:00", "GKE")
    cl = "shop-prod-gke"
    node = "gke-shop-prod-default-pool-8f2c1a3e-r5tn"
    ev = EV(cl, "default")
    evs = EV(cl, "saleor")
    ca = P(cl, "kube-system", "cluster-autoscaler", "cluster-autoscaler", "gke-master")
    wk = P(cl, "saleor", "saleor-worker-7c6f9b8d4-t2rjv", "celery", "gke-shop-prod-default-pool-8f2c1a3e-m2vd")
    newwk = "saleor-worker-7c6f9b8d4-6qzlp"

    w.L(1, ca, lambda d: '%s Node %s - cpu utilization 0.182000' % (klog(d, "I", 1, "scale_down.go:176"), node))
    w.L(1.3, ca, lambda d: '%s Node %s is unneeded since 2026-04-13 02:19:58.411 +0000 UTC duration 10m2.1s' % (klog(d, "I", 1, "static_autoscaler.go:612"), node))
    w.L(2, ca, lambda d: '%s Scale-down: removing node %s, utilization: {0.182 0.214 0 cpu 0.182}, pods to reschedule: saleor/saleor-worker-7c6f9b8d4-9xkpl,shop/recs-api-6b9c8d7f5-tq2lz' % (klog(d, "I", 1, "actuator.go:212"), node))
    w.L(2.5, ev, event("Normal", "ScaleDown", "node/" + node, "marked the node as toBeDeleted/unschedulable"))
    w.L(3, ev, event("Normal", "NodeNotSchedulable", "node/" + node, "Node %s status is now: NodeNotSchedulable" % node))
    w.L(4, evs, event("Normal", "ScaleDown", "pod/saleor-worker-7c6f9b8d4-9xkpl", "deleting pod for node scale down"))
    w.L(4.5, P(cl, "saleor", "saleor-worker-7c6f9b8d4-9xkpl", "celery", node), lambda d: "[%s: WARNING/MainProcess] Warm shutdown (MainProcess)" % pytime(d))
    w.L(5, evs, event("Normal", "Killing", "pod/saleor-worker-7c6f9b8d4-9xkpl", "Stopping container celery"))
    w.L(6, evs, event("Normal", "SuccessfulCreate", "replicaset/saleor-worker-7c6f9b8d4", "Created pod: " + newwk))
    w.L(7, evs, event("Normal", "Scheduled", "pod/" + newwk, "Successfully assigned saleor/%s to gke-shop-prod-default-pool-8f2c1a3e-x7kq" % newwk))
    w.L(14, evs, event("Normal", "Started", "pod/" + newwk, "Started container celery"))
    w.L(19, P(cl, "saleor", newwk, "celery", "gke-shop-prod-default-pool-8f2c1a3e-x7kq"), lambda d: "[%s: INFO/MainProcess] celery@%s ready." % (pytime(d), newwk))
    w.L(60, ca, lambda d: '%s Successfully added ToBeDeletedTaint on node %s' % (klog(d, "I", 1, "delete.go:126"), node))
    w.L(95, ev, event("Normal", "RemovingNode", "node/" + node, "Node %s event: Removing Node %s from Controller" % (node, node)))
    w.L(96, ca, lambda d: '%s Scale-down: node %s removed with drain' % (klog(d, "I", 1, "actuator.go:317"), node))
    w.every(10, 170, 20, ca, lambda d, i: '%s Starting main loop' % klog(d, "I", 1, "static_autoscaler.go:290"))
    w.spread(0, 170, 8, wk, lambda d, i: "[%s: INFO/ForkPoolWorker-%d] Task saleor.plugins.webhook.tasks.send_webhook_request_async[%s] succeeded in %.3fs: None"
             % (pytime(d), w.rng.randint(1, 4), w.uid(), w.rng.uniform(0.1, 0.9)))
    return w.record(
        "none", "A node went NodeNotSchedulable and was removed overnight. Did we lose a node?",
        {"node": node}, "INFO", "none", "cluster-autoscaler",
        "No incident: cluster-autoscaler scaled down an underused node (18% CPU for 10 minutes), drained it, rescheduled its pods and removed it.",
        "A routine autoscaler scale-down: the node was cordoned and drained, the Saleor worker restarted gracefully on another node and the node was removed.",
        "Nothing to do.")


# ---- none / INFO: cert-manager renews the storefront certificate ahead of expiry ----


@scenario
def s_none_certmanager_renew():
    w = Win("none-certmanager-renew", "2026-04-14T04:00:00", "OpenShift")
    cl = "ocp-shop-eu"
    cm = P(cl, "cert-manager", "cert-manager-6c8d9b7f5-x2kqw", "cert-manager-controller", "worker-1.ocp-shop.eu.example.net")
    ev = EV(cl, "storefront")
    router = P(cl, "openshift-ingress", "router-default-5f8b9c7d6-tq2mw", "router", "worker-1.ocp-shop.eu.example.net")
    sf = P(cl, "storefront", "storefront-6c9d8b7f5-qk2xz", "storefront", "worker-2.ocp-shop.eu.example.net")
    key = "storefront/shop-example-eu-tls"

    w.L(1, cm, lambda d: '%s "Certificate must be re-issued" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-04-14 04:00:00 +0000 UTC"' % (klog(d, "I", 1, "trigger_controller.go:223"), key))
    w.L(1.5, ev, event("Normal", "Issuing", "certificate/shop-example-eu-tls", "Renewing certificate as renewal was scheduled at 2026-04-14 04:00:00 +0000 UTC"))
    w.L(2, ev, event("Normal", "Reused", "certificate/shop-example-eu-tls", 'Reusing private key stored in existing Secret resource "shop-example-eu-tls"'))
    w.L(3, ev, event("Normal", "Requested", "certificate/shop-example-eu-tls", 'Created new CertificateRequest resource "shop-example-eu-tls-9"'))
    w.L(4, cm, lambda d: '%s "acme: created new order" resource_name="shop-example-eu-tls-9-2071843512" resource_namespace="storefront" resource_kind="Order"' % klog(d, "I", 1, "acme.go:172"))
    w.L(9, cm, lambda d: '%s "propagation check failed" err="DNS record for \\"shop.example.eu\\" not yet propagated" dnsName="shop.example.eu" type="DNS-01" resource_name="shop-example-eu-tls-9-2071843512-1742211" resource_kind="Challenge"' % klog(d, "E", 1, "sync.go:190"))
    w.L(40, cm, lambda d: '%s "Accepting challenge authorization" dnsName="shop.example.eu" type="DNS-01" resource_name="shop-example-eu-tls-9-2071843512-1742211" resource_kind="Challenge"' % klog(d, "I", 1, "acme.go:233"))
    w.L(48, cm, lambda d: '%s "Order has already been completed, cleaning up any owned Challenge resources" resource_name="shop-example-eu-tls-9-2071843512" resource_kind="Order"' % klog(d, "I", 1, "acme.go:178"))
    w.L(49, ev, event("Normal", "Issuing", "certificate/shop-example-eu-tls", "The certificate has been successfully issued"))
    w.L(50, cm, lambda d: '%s "Certificate issued" key="%s" not_after="2026-07-13T03:00:49Z"' % (klog(d, "I", 1, "conditions.go:263"), key))
    w.L(58, router, lambda d: "%s haproxy[311]: Proxy be_secure:storefront:storefront reloaded (certificates updated)" % syslog_time(d))

    def rt(d, i):
        return '%s haproxy[311]: %s:%d [%s] fe_sni~ be_secure:storefront:storefront/pod:storefront-6c9d8b7f5-qk2xz:storefront:https:10.129.2.77:3000 0/0/1/%d/%d 200 %d - - ---- 211/190/12/4/0 0/0 "GET %s HTTP/1.1"' % (
            syslog_time(d), w.ip("10.0"), w.rng.randint(30000, 60000), d.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % (d.microsecond // 1000),
            w.rng.randint(10, 80), w.rng.randint(12, 82), w.rng.randint(2000, 30000), w.rng.choice(["/", "/c/summer", "/p/linen-shirt", "/cart"]))
    w.spread(0, 160, 12, router, rt)
    w.spread(0, 160, 6, sf, lambda d, i: json.dumps({"level": 30, "time": int(d.timestamp() * 1000), "pid": 1, "hostname": "storefront-6c9d8b7f5-qk2xz",
                                                     "req": {"method": "GET", "url": w.rng.choice(["/", "/c/summer", "/p/linen-shirt"])}, "res": {"statusCode": 200},
                                                     "responseTime": w.rng.randint(20, 200), "msg": "request completed"}, separators=(",", ":")))
    return w.record(
        "none", "cert-manager logged an error about the storefront certificate at 04:00. Is the certificate about to expire?",
        {"namespace": "storefront"}, "INFO", "none", "cert-manager",
        "No incident: cert-manager renewed the storefront certificate on schedule (30 days before expiry); the propagation error was the normal wait for the DNS-01 record, and the new certificate is valid until July.",
        "Scheduled certificate renewal succeeded: the DNS-01 challenge passed after a normal propagation wait, the certificate was issued and the router reloaded it while traffic kept flowing.",
        "Nothing to do.")


# -- end of scenarios --


# ==========================================================================
# main
# ==========================================================================


def build():
    recs = [fn() for fn in SCENARIOS]
    order = list(range(len(recs)))
    random.Random("dev13-shuffle").shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        r = recs[idx]
        r["id"] = "dev13-%03d" % n
        out.append(r)
    return out


def check(recs):
    problems = []
    for r in recs:
        e = r["expected"]
        logs = r["logs"]
        if not 25 <= len(logs) <= 60:
            problems.append("%s %s: %d lines" % (r["id"], r["_key"], len(logs)))
        if e["root_cause_category"] not in CATEGORIES:
            problems.append("%s bad category" % r["id"])
        if e["severity"] not in SEVERITIES:
            problems.append("%s bad severity" % r["id"])
        if (e["root_cause_category"] == "none") != (not e["evidence"]):
            problems.append("%s evidence/none mismatch" % r["id"])
        if e["root_cause_category"] == "none" and e["severity"] != "INFO":
            problems.append("%s none not INFO" % r["id"])
        tss = [l["ts"] for l in logs]
        if tss != sorted(tss):
            problems.append("%s ts out of order" % r["id"])
        for i in e["evidence"]:
            if not 0 <= i < len(logs):
                problems.append("%s evidence out of range" % r["id"])
    return problems


def main(argv):
    recs = build()
    if "--table" in argv:
        print("| id | scenario | cluster | category | severity | component | selector | lines | evidence |")
        print("|---|---|---|---|---|---|---|---|---|")
        for r in recs:
            e = r["expected"]
            sel = ", ".join("%s=%s" % (k, v) for k, v in r["selector"].items() if v)
            print("| %s | %s | %s | %s | %s | %s | %s | %d | %d |" % (
                r["id"], r["_key"], r["_cluster"], e["root_cause_category"], e["severity"],
                e["component"], sel, len(r["logs"]), len(e["evidence"])))
        print()
        cats = CATEGORIES
        print("| category | " + " | ".join(SEVERITIES) + " | total |")
        print("|---|" + "---|" * (len(SEVERITIES) + 1))
        for c in cats:
            row = [sum(1 for r in recs if r["expected"]["root_cause_category"] == c
                       and r["expected"]["severity"] == s) for s in SEVERITIES]
            print("| %s | %s | %d |" % (c, " | ".join(str(x) for x in row), sum(row)))
        tot = [sum(1 for r in recs if r["expected"]["severity"] == s) for s in SEVERITIES]
        print("| total | %s | %d |" % (" | ".join(str(x) for x in tot), sum(tot)))
        return
    if "--preview" in argv:
        i = argv.index("--preview")
        if i + 1 < len(argv):
            key = argv[i + 1]
            for r in recs:
                if r["_key"] == key or r["id"] == key:
                    e = r["expected"]
                    print(r["id"], r["_key"], e["root_cause_category"], e["severity"], e["component"])
                    for n, l in enumerate(r["logs"]):
                        mark = "*" if n in e["evidence"] else " "
                        lab = l["labels"]
                        src = lab.get("container") or lab.get("unit") or lab.get("transport") or lab.get("source") or lab.get("job")
                        print("%s%2d %s [%s] %s" % (mark, n, l["ts"][11:23], src, l["line"]))
            return
        for r in recs:
            e = r["expected"]
            print("%s %-28s %-18s %-8s %-16s lines=%2d ev=%s" % (
                r["id"], r["_key"], e["root_cause_category"], e["severity"], e["component"],
                len(r["logs"]), e["evidence"]))
        probs = check(recs)
        print("records:", len(recs), "problems:", len(probs))
        for p in probs:
            print("  ", p)
        return
    probs = check(recs)
    if probs:
        for p in probs:
            print("problem:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main(sys.argv[1:])
