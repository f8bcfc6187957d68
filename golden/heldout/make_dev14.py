#!/usr/bin/env python3
"""Generator for the dev14 held-out golden set (golden format v1).

Theme: ML/AI and data-science platforms, healthcare / finance back offices and
intranet collaboration apps, plus the platform sources around them.

Standard library only; the output is byte-for-byte reproducible:
every random choice comes from random.Random("dev14-<scenario>") and the
record order from random.Random("dev14-shuffle").

  python3 make_dev14.py              write dev14.jsonl next to this script
  python3 make_dev14.py --preview    one row per record plus self-checks
  python3 make_dev14.py --preview K  full window of scenario K (evidence marked *)
  python3 make_dev14.py --table      markdown tables for the README
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev14.jsonl")

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
SAFE = "bcdfghjklmnpqrstvwxz2456789"  # alphabet of Kubernetes generated names

CONT = ("\tat ", "\t... ", "Caused by", "java.", "javax.", "com.", "org.", "psycopg2.", "sqlalchemy.",
        "Traceback", "  File ", "    ", "goroutine ", "\t", "KeyError", "ValueError", "TypeError",
        "AttributeError", "RuntimeError", "raise ", "main.", "created by ", "==")
TOKEN = re.compile(r"%([A-Z][A-Z0-9]*)(?::([^%]*))?%")


class Win:
    """One log window; lines are appended in time order."""

    def __init__(self, key, cluster, start):
        self.key = key
        self.rng = random.Random("dev14-" + key)
        self.cluster = cluster
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.t = t + timedelta(microseconds=self.rng.randint(0, 999999))
        self.logs = []
        self.ev = []
        self.uids = {}

    # -- random helpers -------------------------------------------------
    def hx(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def safe(self, n):
        return "".join(self.rng.choice(SAFE) for _ in range(n))

    def rs(self, n=10):
        """ReplicaSet-style pod suffix: <hash>-<5>."""
        return "%s-%s" % (self.safe(n), self.safe(5))

    def uuid(self):
        h = self.hx(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                     self.rng.choice("89ab"), h[17:20], h[20:32])

    # -- token expansion --------------------------------------------------
    def _tok(self, m):
        name, arg = m.group(1), m.group(2)
        t = self.t
        if name == "ISO":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if name == "ISO6":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond
        if name == "SEC":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if name == "SP":  # Java / Spring / Postgres-like, dot millis
            return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        if name == "PY":  # Python logging default, comma millis
            return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        if name == "KL":  # klog header date
            return t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond
        if name == "NG":  # nginx / apache access log
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if name == "WZ":  # werkzeug access log
            return t.strftime("%d/%b/%Y %H:%M:%S")
        if name == "NGD":  # php-fpm
            return t.strftime("%d-%b-%Y %H:%M:%S")
        if name == "S0":  # date time, no fraction
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if name == "SQ":  # SonarQube
            return t.strftime("%Y.%m.%d %H:%M:%S")
        if name == "GO":  # Go log package
            return t.strftime("%Y/%m/%d %H:%M:%S")
        if name == "HMS":
            return t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        if name == "TORN":  # tornado short stamp
            return t.strftime("%y%m%d %H:%M:%S")
        if name == "EPOCH":
            return "%.3f" % t.timestamp()
        if name == "MINUS":  # ISO stamp arg seconds earlier
            u = t - timedelta(seconds=int(arg))
            return u.strftime("%Y-%m-%dT%H:%M:%SZ")
        if name == "HEX":
            return self.hx(int(arg))
        if name == "SAFE":
            return self.safe(int(arg))
        if name == "UUID":
            return self.uuid()
        if name == "PUID":  # stable UUID per object name within the window
            if arg not in self.uids:
                self.uids[arg] = self.uuid()
            return self.uids[arg]
        if name == "INT":
            a, b = arg.split(":")
            return str(self.rng.randint(int(a), int(b)))
        if name == "F":  # float a:b:decimals
            a, b, d = arg.split(":")
            return "%.*f" % (int(d), self.rng.uniform(float(a), float(b)))
        if name == "PICK":
            return self.rng.choice(arg.split("|"))
        if name == "IP":  # IP in a /16 prefix, e.g. %IP:10.42%
            return "%s.%d.%d" % (arg, self.rng.randint(0, 15), self.rng.randint(2, 254))
        raise ValueError("unknown token %s" % name)

    def expand(self, text):
        return TOKEN.sub(self._tok, text)

    # -- building ---------------------------------------------------------
    def add(self, labels, text, ev=False, gap=None):
        if gap is None and text.startswith(CONT):
            gap = (0.0002, 0.004)  # continuation of a multi-line trace
        lo, hi = gap if gap is not None else (0.05, 3.0)
        self.t += timedelta(microseconds=self.rng.randint(int(lo * 1e6), int(hi * 1e6)))
        lab = {"cluster": self.cluster}
        lab.update(labels)
        line = self.expand(text)
        ts = self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)
        self.logs.append({"ts": ts, "labels": lab, "line": line})
        if ev:
            self.ev.append(len(self.logs) - 1)

    def mix(self, pool, n, gap=None):
        for _ in range(n):
            lab, text = self.rng.choice(pool)
            self.add(lab, text, gap=gap)


# -- label helpers ------------------------------------------------------------
def P(ns, pod, container, node, app=None, **extra):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    if app:
        d["app"] = app
    d.update(extra)
    return d


def J(node, unit):
    return {"job": "systemd-journal", "transport": "journal", "unit": unit, "node": node}


def K(node):
    return {"job": "systemd-journal", "transport": "kernel", "node": node}


def EV(ns, job="integrations/kubernetes/eventhandler"):
    return {"job": job, "namespace": ns}


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


# -- Kubernetes event shapes ------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def ev_agent(kind, name, reason, typ, msg, comp="kubelet", host="", rv=None):
    """Grafana Agent / Alloy eventhandler logfmt shape."""
    return ("name=%s.%%HEX:16%% kind=%s action= objectAPIversion=v1 objectRV=%%INT:1000000:99999999%% "
            "reason=%s type=%s sourcecomponent=%s sourcehost=%s msg=%s"
            % (name, kind, reason, typ, comp, host, q(msg)))


def ev_json(ns, kind, name, reason, typ, msg, comp="kubelet", host=None, count=1, first=0,
            router=False, api="v1"):
    """kubernetes-event-exporter JSON shape (router=True: eventrouter wrapper)."""
    src = {"component": comp}
    if host:
        src["host"] = host
    core = {
        "metadata": {"name": name + ".%HEX:16%", "namespace": ns},
        "involvedObject": {"kind": kind, "namespace": ns, "name": name, "apiVersion": api},
        "reason": reason,
        "message": msg,
        "source": src,
        "firstTimestamp": "%MINUS:" + str(first) + "%" if first else "%SEC%",
        "lastTimestamp": "%SEC%",
        "count": count,
        "type": typ,
    }
    if router:
        core = {"verb": "UPDATED" if count > 1 else "ADDED", "event": core}
    return json.dumps(core, ensure_ascii=False, separators=(",", ":"))


def klog(level, src, msg, pid=1000):
    return "%s%%KL%%    %d %s] %s" % (level, pid, src, msg)


# ============================================================================
# Scenarios. Each returns a dict; see build().
# ============================================================================
SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


def rec(w, flavour, question, selector, severity, category, component,
        root_cause, summary, action, evidence=None):
    return {
        "key": w.key, "flavour": flavour, "w": w, "question": question,
        "selector": selector, "severity": severity, "category": category,
        "component": component, "root_cause": root_cause, "summary": summary,
        "action": action,
    }


# ---------------------------------------------------------------------------
@scenario
def jhub_cull_gke():
    w = Win("jhub-cull-gke", "ds-prod-euw4", "2026-03-10T02:00:00")
    ns = "jhub"
    hub = "hub-" + w.rs()
    proxy = "proxy-" + w.rs()
    culler_node = "gke-ds-prod-euw4-core-pool-3f9c2a1b-x7kq"
    unode = "gke-ds-prod-euw4-user-pool-8b21d4e0-m2lz"
    H = P(ns, hub, "hub", culler_node, "jupyterhub", component="hub")
    C = P(ns, hub, "idle-culler", culler_node, "jupyterhub", component="hub")
    X = P(ns, proxy, "chp", culler_node, "jupyterhub", component="proxy")
    users = ["amelie.durand", "kofi.mensah", "j.ortega", "li.wei"]
    esc = {u: u.replace(".", "-2e") for u in users}
    noise = [
        (H, "[I %SP% JupyterHub log:192] 200 GET /hub/api/users?state=[secret] (cull-idle@::1) %F:8:40:2%ms"),
        (H, "[I %SP% JupyterHub log:192] 200 GET /hub/api/ (cull-idle@::1) %F:1:4:2%ms"),
        (X, "%HMS% [ConfigProxy] info: 200 GET /api/routes "),
        (H, "[I %SP% JupyterHub log:192] 302 GET /hub/ -> /hub/spawn (li.wei@%IP:10.8%) %F:2:9:2%ms"),
        (P(ns, "continuous-image-puller-" + w.safe(5), "pause", unode, "jupyterhub"),
         "Pause"),
    ]
    w.add(C, "[I %TORN% __init__:156] Fetching user list...", gap=(0, 1))
    w.add(H, "[I %SP% JupyterHub log:192] 200 GET /hub/api/users?state=[secret] (cull-idle@::1) 31.07ms")
    w.mix(noise[:3], 2)
    for i, u in enumerate(users[:3]):
        inactive = ["01:02:11", "03:47:30", "1 day, 2:10:05"][i]
        pod = "jupyter-" + esc[u]
        U = P(ns, pod, "notebook", unode, "jupyterhub", component="singleuser-server")
        w.add(C, "[I %TORN% __init__:189] Culling server " + u + " (inactive for " + inactive + ")")
        w.add(H, "[I %SP% JupyterHub proxy:356] Removing user " + u + " from proxy (/user/" + u + "/)")
        w.add(X, "%HMS% [ConfigProxy] info: Removing route /user/" + u)
        w.add(H, "[I %SP% JupyterHub spawner:2780] Deleting pod " + ns + "/" + pod)
        w.add(EV(ns), ev_agent("Pod", pod, "Killing", "Normal", "Stopping container notebook", host=unode))
        w.add(U, "[C %SP% ServerApp] received signal 15, stopping")
        w.add(U, "[I %SP% ServerApp] Shutting down %INT:1:3% kernels")
        w.add(U, "[I %SP% ServerApp] Shutting down 0 terminals")
        w.add(H, "[I %SP% JupyterHub base:1244] User " + u + " server took %F:1:4:3% seconds to stop")
        w.add(H, "[I %SP% JupyterHub log:192] 204 DELETE /hub/api/users/" + u + "/server (cull-idle@::1) %F:900:3100:2%ms")
        if i == 0:
            w.add(H, "[W %SP% JupyterHub log:192] 424 GET /hub/user/" + u +
                  "/api/kernels?1773108013342 (" + u + "@%IP:10.8%) 9.41ms")
        w.mix(noise, 1)
    w.add(C, "[I %TORN% __init__:236] Not culling server li.wei with pending spawn")
    w.add(EV(ns), ev_agent("Node", unode, "ScaleDown", "Normal",
                           "marked the node as toBeDeleted/unschedulable",
                           comp="cluster-autoscaler"), gap=(20, 40))
    w.mix(noise, 3)
    w.add(EV(ns), ev_agent("Pod", "jupyter-li-2ewei", "Scheduled", "Normal",
                           "Successfully assigned jhub/jupyter-li-2ewei to gke-ds-prod-euw4-user-pool-8b21d4e0-q9fd",
                           comp="jhub-user-scheduler"))
    w.add(H, "[I %SP% JupyterHub log:192] 200 GET /hub/api/users/li.wei/server/progress (li.wei@%IP:10.8%) %F:1000:9000:2%ms")
    w.add(H, "[I %SP% JupyterHub base:1047] User li.wei took %F:9:20:3% seconds to start")
    w.add(H, "[I %SP% JupyterHub proxy:330] Adding user li.wei to proxy /user/li.wei/ => http://%IP:10.8%:8888")
    w.add(X, "%HMS% [ConfigProxy] info: Adding route /user/li.wei -> http://%IP:10.8%:8888")
    w.mix(noise, 3)
    return rec(
        w, "GKE", "Several users say their notebook servers disappeared overnight. Is something wrong with JupyterHub?",
        sel(namespace=ns), "INFO", "none", "hub",
        "No fault: jupyterhub-idle-culler stopped servers that had been idle for over an hour, as configured.",
        "The idle culler stopped three inactive single-user servers; pods were deleted normally, the 424 is a stale browser tab, "
        "and a new spawn succeeded. The autoscaler then marked the emptied user node for removal.",
        "Nothing to fix; if users need longer sessions raise cull.timeout or tell them to save work before leaving.")


# ---------------------------------------------------------------------------
@scenario
def dask_gke():
    w = Win("dask-gke", "ds-prod-euw4", "2026-03-11T09:12:00")
    cid = w.hx(32)
    gns, jns = "dask-gateway", "jhub"
    node = "gke-ds-prod-euw4-highmem-pool-5c07e1aa-t4rw"
    node2 = "gke-ds-prod-euw4-highmem-pool-5c07e1aa-b8kx"
    nb_node = "gke-ds-prod-euw4-user-pool-8b21d4e0-q9fd"
    nb = P(jns, "jupyter-amelie-2edurand", "notebook", nb_node, "jupyterhub", component="singleuser-server")
    sched = P(gns, "dask-scheduler-" + cid, "dask-scheduler", node2, "dask-gateway", component="dask-scheduler")
    wk = ["dask-worker-%s-%s" % (cid, w.safe(5)) for _ in range(4)]
    wip = ["10.48.3.%d:%d" % (w.rng.randint(10, 250), w.rng.randint(33000, 45000)) for _ in range(4)]
    tk = "shuffle-transfer-" + w.hx(32)
    def W_(i):
        return P(gns, wk[i], "dask-worker", node, "dask-gateway", component="dask-worker")
    kn = K(node)
    noise = [
        (sched, "%PY% - distributed.scheduler - INFO - Receive client connection: Client-%HEX:8%-%HEX:4%-11f0-%HEX:4%-%HEX:12%"),
        (W_(1), "%PY% - distributed.core - INFO - Event loop was unresponsive in Worker for %F:3:4:2%s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability."),
        (nb, "[I %SP% ServerApp] Saving file at /projects/claims/feature-agg.ipynb"),
        (P("kube-system", "fluentbit-gke-" + w.safe(5), "fluentbit", node, "fluentbit-gke"),
         "[%GO%] [ info] [input:tail:tail.0] inotify_fs_add(): inode=%INT:100000:999999% watch_fd=%INT:20:90% name=/var/log/containers/%PICK:dask-worker|dask-scheduler%.log"),
    ]
    w.add(nb, "[I %SP% ServerApp] Kernel started: %UUID%", gap=(0, 1))
    w.add(sched, "%PY% - distributed.scheduler - INFO - Receive client connection: Client-%HEX:8%-%HEX:4%-11f0-%HEX:4%-%HEX:12%")
    w.mix(noise, 2)
    w.add(W_(0), "%PY% - distributed.worker.memory - WARNING - Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: 5.31 GiB -- Worker memory limit: 8.00 GiB")
    w.add(W_(0), "%PY% - distributed.worker.memory - WARNING - Worker is at 82% memory usage. Pausing worker.  Process memory: 6.58 GiB -- Worker memory limit: 8.00 GiB", ev=True)
    w.mix(noise, 1)
    oom_pids = []
    for i in range(4):
        pid = w.rng.randint(20000, 60000)
        oom_pids.append(pid)
        rss = w.rng.randint(8290000, 8385000)
        w.add(kn, "python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936",
              ev=(i == 0), gap=(2, 15))
        if i == 0:
            w.add(kn, "memory: usage 8388608kB, limit 8388608kB, failcnt %INT:300:900%", ev=True)
        w.add(kn, "Memory cgroup out of memory: Killed process %d (python) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:936"
              % (pid, rss + 1800000, rss, w.rng.randint(40000, 90000), w.rng.randint(16000, 19000)), ev=True)
        if i in (0, 2):
            w.add(EV(gns), ev_agent("Node", node, "OOMKilling", "Warning",
                                     "Memory cgroup out of memory: Killed process %d (python) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:17320kB oom_score_adj:936" % (pid, rss + 1800000, rss),
                                     comp="kernel-monitor", host=node), ev=True)
        w.add(sched, "%PY% - distributed.scheduler - INFO - Remove worker <WorkerState 'tcp://" + wip[i] + "', name: " + wk[i] + ", status: paused, memory: %INT:3:40%, processing: %INT:2:8%> (stimulus_id='handle-worker-cleanup-%EPOCH%')")
        w.add(sched, "%PY% - distributed.scheduler - INFO - Lost all workers" if i == 3 else
              "%PY% - distributed.scheduler - WARNING - Removing worker 'tcp://" + wip[i] + "' caused the cluster to lose already computed task(s), which will be recomputed elsewhere: {('" + tk + "', %INT:0:63%)} (stimulus_id='handle-worker-cleanup-%EPOCH%')")
        w.mix(noise, 1)
    w.add(sched, "%PY% - distributed.scheduler - ERROR - Task ('" + tk + "', 17) marked as failed because 4 workers died while trying to run it")
    w.add(nb, "[I %SP% ServerApp] Saving file at /projects/claims/feature-agg.ipynb")
    w.add(nb, "%PY% - distributed.client - ERROR - Compute failed: distributed.scheduler.KilledWorker: Attempted to run task ('" + tk + "', 17) on 4 different workers, but all those workers died while running it. The last worker that attempt to run the task was tcp://" + wip[3] + ". Inspecting worker logs is often a good next step to diagnose what went wrong. For more information see https://distributed.dask.org/en/stable/killed.html.")
    w.mix(noise, 2)
    return rec(
        w, "GKE", "Why does Amelie's feature-aggregation notebook keep failing with KilledWorker?",
        sel(namespace=jns, pod="jupyter-amelie-2edurand"), "CRITICAL", "oom_killed", "dask-worker",
        "The Dask workers of her gateway cluster exceed their 8 GiB container memory limit during the shuffle; the kernel "
        "cgroup OOM killer kills the worker process four times, so the scheduler gives up on the task.",
        "Each dask-worker pod climbs past its 8 GiB limit and is OOM-killed by the kernel (oom-killer, OOMKilling events); "
        "after four worker deaths the scheduler marks the shuffle task failed and the notebook raises KilledWorker.",
        "Give the workers more memory (worker_memory option of the gateway cluster) or repartition into smaller partitions "
        "before the groupby/shuffle; check the Dask memory_limit matches the container limit.")


# ---------------------------------------------------------------------------
@scenario
def mq_ocp():
    w = Win("settlement-ocp", "ocp-fin-prod", "2026-03-12T14:00:00")
    ns = "payments"
    n1, n2 = "worker-2.ocp-fin-prod.corp.example.com", "worker-5.ocp-fin-prod.corp.example.com"
    s1, s2 = "payment-settlement-" + w.rs(), "payment-settlement-" + w.rs()
    st = "statement-export-" + w.rs()
    A1 = P(ns, s1, "app", n1, "payment-settlement", log_type="application")
    A2 = P(ns, s2, "app", n2, "payment-settlement", log_type="application")
    B = P(ns, st, "app", n2, "statement-export", log_type="application")
    api = P(ns, "payments-api-" + w.rs(), "app", n1, "payments-api", log_type="application")
    rtr = P("openshift-ingress", "router-default-" + w.rs(), "router", n1, "router", log_type="infrastructure")
    dns = P("openshift-dns", "dns-default-" + w.safe(5), "dns", n1, "dns-default", log_type="infrastructure")
    host = "mqfin01.corp.example.com"
    jms18 = ("JMSWMQ0018: Failed to connect to queue manager 'QMFIN01' with connection mode 'Client' and host name '"
             + host + "(1414)'. Check the queue manager is started and if running in client mode, check there is a listener running. Please see the linked exception for more information.")
    cause = ("com.ibm.mq.jmqi.JmqiException: CC=2;RC=2538;AMQ9204: Connection to host '" + host + "(1414)' rejected. "
             "[1=com.ibm.mq.jmqi.JmqiException[CC=2;RC=2538;AMQ9213: A communications error for 'TCP' occurred. "
             "[1=java.net.ConnectException[Connection refused],3=" + host + "/10.40.12.21:1414 (" + host
             + "),4=TCP,5=Socket.connect]],3=" + host + "(1414),5=RemoteTCPConnection.bindAndConnect]")
    noise = [
        (api, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.c.p.api.PaymentController         : POST /v2/payments accepted id=PMT-%INT:100000:999999% amount=%INT:10:9000%.%INT:10:99% EUR"),
        (api, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.c.p.api.PaymentController         : GET /v2/payments/PMT-%INT:100000:999999% 200"),
        (rtr, "%ISO% haproxy[%INT:100:999%]: %IP:10.128%:%INT:30000:60000% [%NG%] fe_sni~ be_secure:payments:payments-api/pod:payments-api-%SAFE:5%:payments-api:https:10.131.%INT:0:9%.%INT:2:250%:8443 0/0/1/%INT:8:90%/%INT:9:95% 200 %INT:300:2000% - - --NI %INT:10:90%/%INT:5:40%/0/0/0 0/0 \"POST /v2/payments HTTP/1.1\""),
        (dns, "[INFO] %IP:10.128%:%INT:30000:60000% - %INT:1000:65000% \"A IN " + host + ". udp 54 false 512\" NOERROR qr,rd,ra 98 0.00%INT:1:9%%INT:100:999%s"),
    ]
    w.mix(noise, 3, gap=(0.5, 4))
    w.add(A1, "%SP%  WARN 1 --- [ntContainer#0-1] o.s.j.l.DefaultMessageListenerContainer  : Setup of JMS message listener invoker failed for destination 'FIN.SETTLEMENT.IN' - trying to recover. Cause: " + jms18, ev=True)
    w.add(A1, "Caused by: com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2538' ('MQRC_HOST_NOT_AVAILABLE').")
    w.add(A1, "Caused by: " + cause, ev=True)
    w.add(A1, "Caused by: java.net.ConnectException: Connection refused", ev=True)
    w.mix(noise, 2)
    w.add(B, "%SP% ERROR 1 --- [   scheduling-1] c.c.s.export.StatementExportJob         : Export run failed: org.springframework.jms.UncategorizedJmsException: Uncategorized exception occurred during JMS processing; nested exception is com.ibm.msg.client.jms.DetailedIllegalStateException: " + jms18)
    w.add(B, "Caused by: " + cause, ev=True)
    w.mix(noise, 2)
    w.add(A2, "%SP%  WARN 1 --- [ntContainer#0-1] o.s.j.l.DefaultMessageListenerContainer  : Setup of JMS message listener invoker failed for destination 'FIN.SETTLEMENT.IN' - trying to recover. Cause: " + jms18)
    w.add(A2, "%SP% ERROR 1 --- [ntContainer#0-1] o.s.j.l.DefaultMessageListenerContainer  : Could not refresh JMS Connection for destination 'FIN.SETTLEMENT.IN' - retrying using FixedBackOff{interval=5000, currentAttempts=%INT:10:30%, maxAttempts=unlimited}. Cause: " + jms18)
    w.mix(noise, 2)
    for s, A, nd in ((s1, A1, n1), (s2, A2, n2)):
        w.add(J(nd, "kubelet.service"), klog("I", "prober.go:107", '"Probe failed" probeType="Readiness" pod="' + ns + "/" + s + '" podUID="%PUID:' + s + '%" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"', 2981))
        w.add(EV(ns), ev_agent("Pod", s, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nd))
    w.add(A1, "%SP%  WARN 1 --- [nio-8081-exec-3] o.s.b.a.health.HealthEndpointSupport    : Health contributor jms (jms) took %INT:2000:5000%ms to respond")
    w.add(A1, "%SP% ERROR 1 --- [ntContainer#0-1] o.s.j.l.DefaultMessageListenerContainer  : Could not refresh JMS Connection for destination 'FIN.SETTLEMENT.IN' - retrying using FixedBackOff{interval=5000, currentAttempts=%INT:30:60%, maxAttempts=unlimited}. Cause: " + jms18)
    w.add(A1, "Caused by: java.net.ConnectException: Connection refused", ev=True)
    w.mix(noise, 4)
    w.add(rtr, "%ISO% haproxy[%INT:100:999%]: backend be_secure:payments:payment-settlement has no server available!")
    w.mix(noise, 3)
    return rec(
        w, "OpenShift", "Why have settlements stopped being processed since 14:00?",
        sel(namespace=ns, app="payment-settlement"), "ERROR", "connection_refused", "QMFIN01",
        "The external IBM MQ queue manager QMFIN01 on mqfin01.corp.example.com:1414 refuses TCP connections "
        "(MQRC 2538 / AMQ9213, java.net.ConnectException: Connection refused): the queue manager or its listener is down.",
        "Both settlement consumers and the statement export fail to connect to QMFIN01 (reason 2538, connection refused) and keep "
        "retrying; the readiness probes then fail on the JMS health check, so the router has no settlement backend. DNS resolves fine.",
        "Have the MQ team start QMFIN01 / its TCP listener on port 1414 (dspmq, DISPLAY LSSTATUS); the consumers reconnect by "
        "themselves. Consider dropping JMS from the readiness group so pods stay routable.")


# ---------------------------------------------------------------------------
@scenario
def coredns_loop_kubeadm():
    w = Win("odoo-baremetal", "dc2-baremetal", "2026-03-14T08:00:00")
    ks, ons = "kube-system", "odoo"
    cp = "k8s-cp01.dc2.internal"
    n1, n2, n3 = "k8s-w01.dc2.internal", "k8s-w03.dc2.internal", "k8s-w04.dc2.internal"
    c1, c2 = "coredns-" + w.rs(), None
    c2 = c1.rsplit("-", 1)[0] + "-" + w.safe(5)
    C1 = P(ks, c1, "coredns", n1, "kube-dns")
    C2 = P(ks, c2, "coredns", n3, "kube-dns")
    odoo = "odoo-" + w.rs()
    O = P(ons, odoo, "odoo", n2, "odoo")
    mm = P("mattermost", "mattermost-" + w.rs(), "mattermost", n3, "mattermost")
    kl1 = J(n1, "kubelet.service")
    ing = P("ingress-nginx", "ingress-nginx-controller-" + w.rs(), "controller", n2, "ingress-nginx")
    noise = [
        (O, "%PY% 1 INFO odoo-prod werkzeug: %IP:10.244% - - [%WZ%] \"POST /longpolling/poll HTTP/1.1\" 200 - 2 0.001 %F:0.1:0.9:3%"),
        (J(n2, "containerd.service"), 'time="%ISO6%" level=info msg="ImageCreate event name:\\"sha256:%HEX:64%\\" labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}"'),
        (ing,
         "%IP:10.20% - - [%NG%] \"GET /web/webclient/version_info HTTP/2.0\" 200 %INT:100:300% \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" %INT:40:90% 0.%INT:100:999% [odoo-odoo-8069] [] %IP:10.244%:8069 %INT:100:300% 0.%INT:100:999% 200 %HEX:32%"),
    ]
    w.mix(noise, 2)
    w.add(EV(ks), ev_agent("Pod", c1, "Pulled", "Normal", 'Container image "registry.k8s.io/coredns/coredns:v1.11.3" already present on machine', host=n1))
    w.add(EV(ks), ev_agent("Pod", c1, "Started", "Normal", "Started container coredns", host=n1))
    w.add(C1, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
    w.add(C1, "CoreDNS-1.11.3")
    w.add(C1, "linux/amd64, go1.21.11, a6338e9")
    w.add(C1, "[FATAL] plugin/loop: Loop (127.0.0.1:%INT:40000:60000% -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO %INT:1000000000000000000:9999999999999999999%.%INT:1000000000000000000:9999999999999999999%.\"", ev=True)
    w.add(O, "%PY% 1 ERROR odoo-prod odoo.sql_db: Connection to the database failed", gap=(0.5, 2))
    w.add(O, "psycopg2.OperationalError: could not translate host name \"odoo-postgresql\" to address: Temporary failure in name resolution")
    w.add(EV(ks), ev_agent("Pod", c2, "Started", "Normal", "Started container coredns", host=n3))
    w.add(C2, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
    w.add(C2, "CoreDNS-1.11.3")
    w.add(C2, "[FATAL] plugin/loop: Loop (127.0.0.1:%INT:40000:60000% -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO %INT:1000000000000000000:9999999999999999999%.%INT:1000000000000000000:9999999999999999999%.\"", ev=True)
    w.add(kl1, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"coredns\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=coredns pod=' + c1 + '_kube-system(%PUID:' + c1 + '%)\\"" pod="kube-system/' + c1 + '" podUID="%PUID:' + c1 + '%"', 1187))
    w.add(EV(ks), ev_agent("Pod", c1, "BackOff", "Warning", "Back-off restarting failed container coredns in pod " + c1 + "_kube-system(%PUID:" + c1 + "%)", host=n1), ev=True)
    w.add(mm, '{"timestamp":"%SP% Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:%INT:200:400%","error":"dial tcp: lookup mattermost-postgresql on 10.96.0.10:53: read udp %IP:10.244%:%INT:30000:60000%->10.96.0.10:53: read: connection refused","retrying in seconds":10}')
    w.mix(noise[:1], 1)
    w.add(O, "%PY% 1 ERROR odoo-prod odoo.http: Exception during request handling.")
    w.add(O, "psycopg2.OperationalError: could not translate host name \"odoo-postgresql\" to address: Temporary failure in name resolution")
    w.add(ing,
          "%IP:10.20% - - [%NG%] \"POST /web/dataset/call_kw/sale.order/web_search_read HTTP/2.0\" 500 %INT:200:400% \"https://erp.dc2.example.com/odoo/sales\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" %INT:300:900% 0.0%INT:10:99% [odoo-odoo-8069] [] %IP:10.244%:8069 %INT:200:400% 0.0%INT:10:99% 500 %HEX:32%")
    w.add(EV(ks), ev_agent("Pod", c2, "BackOff", "Warning", "Back-off restarting failed container coredns in pod " + c2 + "_kube-system(%PUID:" + c2 + "%)", host=n3))
    w.add(J(cp, "kubelet.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="kube-system/etcd-k8s-cp01.dc2.internal" status="Running"', 1022))
    w.add(O, "%PY% 1 WARNING odoo-prod odoo.addons.bus.models.bus: Bus.loop error, sleep and retry")
    w.add(O, "psycopg2.OperationalError: could not translate host name \"odoo-postgresql\" to address: Temporary failure in name resolution")
    w.add(mm, '{"timestamp":"%SP% Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:%INT:200:400%","error":"dial tcp: lookup mattermost-postgresql on 10.96.0.10:53: read udp %IP:10.244%:%INT:30000:60000%->10.96.0.10:53: read: connection refused","retrying in seconds":10}')
    w.add(EV(ks), ev_agent("Pod", c1, "Started", "Normal", "Started container coredns", host=n1), gap=(40, 80))
    w.add(C1, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
    w.add(C1, "[FATAL] plugin/loop: Loop (127.0.0.1:%INT:40000:60000% -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO %INT:1000000000000000000:9999999999999999999%.%INT:1000000000000000000:9999999999999999999%.\"", ev=True)
    w.add(EV(ks), ev_agent("Pod", c1, "BackOff", "Warning", "Back-off restarting failed container coredns in pod " + c1 + "_kube-system(%PUID:" + c1 + "%)", host=n1))
    w.mix(noise, 2)
    return rec(
        w, "kubeadm bare metal", "Odoo returns 500 on every page since this morning — what broke?",
        sel(namespace=ons, app="odoo"), "CRITICAL", "dns_resolution", "coredns",
        "Both CoreDNS replicas crash-loop on startup because the loop plugin detects a forwarding loop: the nodes' resolv.conf "
        "(inherited by CoreDNS via 'forward . /etc/resolv.conf') points at the local stub resolver 127.0.0.53, so cluster DNS is down.",
        "CoreDNS exits with '[FATAL] plugin/loop: Loop ... detected' on both nodes and is in CrashLoopBackOff; with no DNS service "
        "Odoo cannot resolve odoo-postgresql and Mattermost cannot resolve its database, so requests fail with 500.",
        "Point kubelet's resolvConf at /run/systemd/resolve/resolv.conf (or make CoreDNS forward to real upstream resolvers), "
        "restart the CoreDNS pods, and verify with a lookup of kubernetes.default from a test pod.")


# ---------------------------------------------------------------------------
@scenario
def strimzi_roll_eks():
    w = Win("claims-kafka-eks", "eks-claims-prod", "2026-03-16T03:00:00")
    kns, cns = "kafka", "claims"
    nodes = ["ip-10-30-%d-%d.eu-central-1.compute.internal" % (w.rng.randint(1, 90), w.rng.randint(2, 250)) for _ in range(4)]
    op = P(kns, "strimzi-cluster-operator-" + w.rs(), "strimzi-cluster-operator", nodes[0], "strimzi")
    b = [P(kns, "events-kafka-%d" % i, "kafka", nodes[i + 1], "kafka", strimzi_io_cluster="events") for i in range(3)]
    prod = P(cns, "claims-intake-" + w.rs(), "app", nodes[0], "claims-intake")
    cons = P(cns, "claims-enricher-" + w.rs(), "app", nodes[3], "claims-enricher")
    tp = "claims.submitted"
    noise = [
        (prod, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.h.claims.intake.ClaimController      : accepted claim CLM-%INT:1000000:9999999% payer=%PICK:AOK|TK|BARMER|DAK% lines=%INT:1:12%"),
        (cons, "%SP%  INFO 1 --- [ntainer#0-0-C-1] c.h.claims.enrich.EnrichmentListener   : enriched CLM-%INT:1000000:9999999% in %INT:8:60%ms"),
        (b[0], "[%PY%] INFO [UnifiedLog partition=" + tp + "-%INT:0:11%, dir=/var/lib/kafka/data-0/kafka-log0] Rolled new log segment at offset %INT:1000000:9000000% in %INT:1:4% ms. (kafka.log.UnifiedLog)"),
    ]
    w.mix(noise, 2)
    w.add(op, "%S0% INFO  AbstractOperator:511 - Reconciliation #1842(timer) Kafka(kafka/events): Kafka events will be checked for creation or modification")
    w.add(op, "%S0% INFO  KafkaRoller:486 - Reconciliation #1842(timer) Kafka(kafka/events): Pod events-kafka-2 needs to be restarted. Reason: [Pod has old revision, CA certificate renewed]")
    w.add(b[2], "[%PY%] INFO [BrokerServer id=2] Transition from STARTED to SHUTTING_DOWN (kafka.server.BrokerServer)")
    w.add(b[2], "[%PY%] INFO [BrokerLifecycleManager id=2] Beginning controlled shutdown. (kafka.server.BrokerLifecycleManager)")
    w.add(b[0], "[%PY%] INFO [Partition " + tp + "-5 broker=0] ISR updated to 0,1 and version updated to %INT:40:90% (kafka.cluster.Partition)")
    w.add(b[2], "[%PY%] INFO [BrokerLifecycleManager id=2] The controller has asked us to exit controlled shutdown. (kafka.server.BrokerLifecycleManager)")
    w.add(EV(kns), ev_agent("Pod", "events-kafka-2", "Killing", "Normal", "Stopping container kafka", host=nodes[3]))
    w.add(prod, "%SP%  INFO 1 --- [ad | producer-1] org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] Node 2 disconnected.")
    w.add(prod, "%SP%  WARN 1 --- [ad | producer-1] o.a.k.c.producer.internals.Sender       : [Producer clientId=producer-1] Got error produce response with correlation id %INT:100000:999999% on topic-partition " + tp + "-5, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER")
    w.add(prod, "%SP%  WARN 1 --- [ad | producer-1] o.a.k.c.producer.internals.Sender       : [Producer clientId=producer-1] Received invalid metadata error in produce request on partition " + tp + "-5 due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now")
    w.add(cons, "%SP%  INFO 1 --- [ntainer#0-0-C-1] o.apache.kafka.clients.FetchSessionHandler : [Consumer clientId=consumer-claims-enricher-1, groupId=claims-enricher] Error sending fetch request (sessionId=%INT:100000000:999999999%, epoch=%INT:1000:9000%) to node 2:")
    w.add(cons, "org.apache.kafka.common.errors.DisconnectException: null")
    w.add(cons, "%SP%  WARN 1 --- [ntainer#0-0-C-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-claims-enricher-1, groupId=claims-enricher] Connection to node 2 (events-kafka-2.events-kafka-brokers.kafka.svc/10.30.%INT:1:90%.%INT:2:250%:9093) could not be established. Broker may not be available.")
    w.mix(noise[:2], 3)
    w.add(EV(kns), ev_agent("Pod", "events-kafka-2", "Scheduled", "Normal", "Successfully assigned kafka/events-kafka-2 to " + nodes[3], comp="default-scheduler"))
    w.add(EV(kns), ev_agent("Pod", "events-kafka-2", "Pulled", "Normal", 'Container image "quay.io/strimzi/kafka:0.45.0-kafka-3.9.0" already present on machine', host=nodes[3]))
    w.add(EV(kns), ev_agent("Pod", "events-kafka-2", "Started", "Normal", "Started container kafka", host=nodes[3]))
    w.add(b[2], "[%PY%] INFO [BrokerServer id=2] Transition from SHUTDOWN to STARTING (kafka.server.BrokerServer)", gap=(3, 8))
    w.add(b[2], "[%PY%] INFO [BrokerLifecycleManager id=2] The broker has caught up. Transitioning from STARTING to RECOVERY. (kafka.server.BrokerLifecycleManager)", gap=(5, 10))
    w.add(b[2], "[%PY%] INFO [BrokerLifecycleManager id=2] The broker has been unfenced. Transitioning from RECOVERY to RUNNING. (kafka.server.BrokerLifecycleManager)")
    w.add(b[2], "[%PY%] INFO [KafkaRaftServer nodeId=2] Kafka Server started (kafka.server.KafkaRaftServer)")
    w.add(b[0], "[%PY%] INFO [Partition " + tp + "-5 broker=0] ISR updated to 0,1,2 and version updated to %INT:40:90% (kafka.cluster.Partition)")
    w.mix(noise, 3)
    w.add(op, "%S0% INFO  KafkaRoller:712 - Reconciliation #1842(timer) Kafka(kafka/events): Pod events-kafka-2 is ready, all partitions are in sync")
    w.add(op, "%S0% INFO  CrdOperator:133 - Reconciliation #1842(timer) Kafka(kafka/events): Status of Kafka events in namespace kafka has been updated")
    w.add(op, "%S0% INFO  AbstractOperator:540 - Reconciliation #1842(timer) Kafka(kafka/events): reconciled")
    w.mix(noise[:2], 4)
    return rec(
        w, "EKS", "The claims producers logged NOT_LEADER_OR_FOLLOWER and disconnects from broker 2 around 03:00. Is Kafka broken, did we lose claims?",
        sel(namespace=cns), "INFO", "none", "events-kafka",
        "No fault: the Strimzi operator performed a controlled rolling restart of broker events-kafka-2 after the cluster CA renewal.",
        "Broker 2 shut down cleanly, leadership moved, producers retried NOT_LEADER_OR_FOLLOWER as designed, the broker rejoined and "
        "all partitions returned to full ISR; claims kept flowing and the reconciliation completed.",
        "Nothing to do; the warnings are expected client retries during a planned roll.")


# ---------------------------------------------------------------------------
@scenario
def aks_scaledown():
    w = Win("nextcloud-aks", "aks-collab-weu", "2026-03-16T22:05:00")
    ns = "nextcloud"
    gone = "aks-userpool-31415926-vmss000004"
    keep = "aks-userpool-31415926-vmss000001"
    keep2 = "aks-userpool-31415926-vmss000002"
    rsh = w.safe(10)
    old = "nextcloud-%s-%s" % (rsh, w.safe(5))
    new = "nextcloud-%s-%s" % (rsh, w.safe(5))
    other = "nextcloud-%s-%s" % (rsh, w.safe(5))
    NO = P(ns, other, "nextcloud", keep2, "nextcloud")
    NN = P(ns, new, "nextcloud", keep, "nextcloud")
    NX = P(ns, new, "nginx", keep, "nextcloud")
    ing = P("app-routing-system", "nginx-" + w.rs(), "controller", keep2, "nginx")
    cron = "nextcloud-cron-2960%d-%s" % (w.rng.randint(100, 999), w.safe(5))
    noise = [
        (P(ns, other, "nginx", keep2, "nextcloud"), "%IP:10.244% - - [%NG%] \"PROPFIND /remote.php/dav/files/%PICK:s.huber|a.novak|t.berg%/ HTTP/1.1\" 207 %INT:800:9000% \"-\" \"Mozilla/5.0 (Windows) mirall/3.13.2 (build 20240701) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)\""),
        (NO, "%IP:10.244% -  %NG% \"GET /index.php\" 200"),
        (ing, "%IP:10.1% - - [%NG%] \"GET /ocs/v2.php/apps/notifications/api/v2/notifications HTTP/2.0\" 200 %INT:100:900% \"-\" \"Mozilla/5.0\" %INT:30:90% 0.0%INT:10:99% [nextcloud-nextcloud-80] [] %IP:10.244%:80 %INT:100:900% 0.0%INT:10:99% 200 %HEX:32%"),
    ]
    w.mix(noise, 3)
    w.add(EV("default"), ev_json("default", "Node", gone, "ScaleDown", "Normal",
                                 "marked the node as toBeDeleted/unschedulable", comp="cluster-autoscaler"))
    w.add(EV(ns), ev_json(ns, "Pod", old, "ScaleDown", "Normal", "deleting pod for node scale down", comp="cluster-autoscaler"))
    w.add(EV(ns), ev_json(ns, "Pod", old, "Killing", "Normal", "Stopping container nextcloud", host=gone))
    w.add(P(ns, old, "nextcloud", gone, "nextcloud"), "[%NGD%] NOTICE: Terminating ...")
    w.add(P(ns, old, "nextcloud", gone, "nextcloud"), "[%NGD%] NOTICE: exiting, bye-bye!")
    w.add(EV(ns), ev_json(ns, "ReplicaSet", "nextcloud-" + rsh, "SuccessfulCreate", "Normal", "Created pod: " + new, comp="replicaset-controller", api="apps/v1"))
    w.add(EV(ns), ev_json(ns, "Pod", new, "Scheduled", "Normal", "Successfully assigned nextcloud/" + new + " to " + keep, comp="default-scheduler"))
    w.mix(noise, 2)
    w.add(EV(ns), ev_json(ns, "Pod", new, "Pulled", "Normal", 'Container image "docker.io/library/nextcloud:29.0.7-fpm" already present on machine', host=keep))
    w.add(EV(ns), ev_json(ns, "Pod", new, "Started", "Normal", "Started container nextcloud", host=keep))
    w.add(NN, "[%NGD%] NOTICE: fpm is running, pid 1")
    w.add(NN, "[%NGD%] NOTICE: ready to handle connections")
    w.add(EV(ns), ev_json(ns, "Pod", new, "Unhealthy", "Warning", "Readiness probe failed: Get \"http://%IP:10.244%:80/status.php\": dial tcp %IP:10.244%:80: connect: connection refused", host=keep))
    w.add(NX, "%GO% [notice] 1#1: start worker processes")
    w.mix(noise, 2)
    w.add(EV(ns), ev_json(ns, "Job", cron.rsplit("-", 1)[0], "Completed", "Normal", "Job completed", comp="job-controller", api="batch/v1"))
    w.add(EV("default"), ev_json("default", "Node", gone, "NodeNotSchedulable", "Normal", "Node " + gone + " status is now: NodeNotSchedulable", host=gone), gap=(20, 40))
    w.add(EV("kube-system"), ev_json("kube-system", "Pod", "konnectivity-agent-" + w.rs(), "Killing", "Normal", "Stopping container konnectivity-agent", host=gone))
    w.mix(noise, 2)
    w.add(EV("default"), ev_json("default", "Node", gone, "NodeNotReady", "Normal", "Node " + gone + " status is now: NodeNotReady", comp="node-controller"), gap=(30, 60))
    w.add(EV("default"), ev_json("default", "Node", gone, "RemovingNode", "Normal", "Node " + gone + " event: Removing Node " + gone + " from Controller", comp="node-controller"), gap=(10, 30))
    w.add(EV("default"), ev_json("default", "Node", gone, "ScaleDown", "Normal", "node removed by cluster autoscaler", comp="cluster-autoscaler"))
    w.mix(noise, 5)
    return rec(
        w, "AKS", "Alert overnight: node aks-userpool-31415926-vmss000004 went NotReady and a Nextcloud pod was killed. Do we need to do anything?",
        sel(namespace=ns), "INFO", "none", "nextcloud",
        "No fault: the AKS cluster autoscaler scaled the user pool down, drained the under-utilised node and deleted it.",
        "The autoscaler marked vmss000004 for deletion, evicted the Nextcloud pod (recreated and ready on vmss000001), and the "
        "NotReady/RemovingNode events are the node being deprovisioned. Traffic kept being served.",
        "Nothing to do; silence NotReady alerts for nodes carrying the ToBeDeletedByClusterAutoscaler taint.")


# ---------------------------------------------------------------------------
@scenario
def patroni_switchover_kubeadm():
    w = Win("ledger-pg-baremetal", "fin-dc1", "2026-03-17T21:00:00")
    ns, ans = "pg-ledger", "ledger"
    n = ["fin-k8s-w%02d" % i for i in (2, 5, 7)]
    pg = [P(ns, "pg-ledger-%d" % i, "postgres", n[i], "pg-ledger", cluster_name="pg-ledger") for i in range(3)]
    api1 = P(ans, "ledger-api-" + w.rs(), "app", n[1], "ledger-api")
    api2 = P(ans, "ledger-api-" + w.rs(), "app", n[2], "ledger-api")
    noise = [
        (pg[0], "%PY% INFO: no action. I am (pg-ledger-0), the leader with the lock"),
        (pg[2], "%PY% INFO: no action. I am (pg-ledger-2), a secondary, and following a leader (pg-ledger-0)"),
        (api1, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.f.ledger.api.PostingController         : posted journal JE-%INT:100000:999999% lines=%INT:2:8% in %INT:5:40%ms"),
        (api2, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.f.ledger.api.BalanceController         : GET /balances/%INT:10000:99999% 200 %INT:3:20%ms"),
    ]
    w.mix(noise, 4)
    w.add(pg[0], "%PY% INFO: received switchover request with leader=pg-ledger-0 candidate=pg-ledger-1 scheduled_at=None")
    w.add(pg[0], "%PY% INFO: Got response from pg-ledger-1 http://10.244.5.%INT:2:250%:8008/patroni: {\"state\": \"running\", \"role\": \"replica\", \"server_version\": 160004, \"xlog\": {\"received_location\": 1509950912, \"replayed_location\": 1509950912, \"paused\": false}, \"timeline\": 6}")
    w.add(pg[0], "%PY% INFO: manual failover: demoting myself")
    w.add(pg[0], "%PY% INFO: Demoting self (graceful)")
    w.add(pg[0], "%SP% UTC [%INT:100:999%] LOG:  received fast shutdown request")
    w.add(api1, "%SP%  WARN 1 --- [nio-8080-exec-4] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@%HEX:7% marked as broken because of SQLSTATE(57P01), ErrorCode(0)")
    w.add(api1, "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command")
    w.add(api2, "%SP%  WARN 1 --- [nio-8080-exec-2] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@%HEX:7% marked as broken because of SQLSTATE(08006), ErrorCode(0)")
    w.add(pg[0], "%PY% INFO: Leader key released")
    w.add(pg[1], "%PY% INFO: Cleaning up failover key after acquiring leader lock...")
    w.add(pg[1], "%SP% UTC [%INT:100:999%] LOG:  received promote request")
    w.add(pg[1], "%SP% UTC [%INT:100:999%] LOG:  redo done at 0/5A0001C8 system usage: CPU: user: 1.12 s, system: 0.87 s, elapsed: 3601.20 s")
    w.add(pg[1], "%SP% UTC [%INT:100:999%] LOG:  selected new timeline ID: 7")
    w.add(pg[1], "%SP% UTC [%INT:100:999%] LOG:  database system is ready to accept connections")
    w.add(pg[1], "%PY% INFO: promoted self to leader by acquiring session lock")
    w.add(api1, "%SP%  WARN 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 57P01")
    w.add(api1, "%SP%  INFO 1 --- [nio-8080-exec-4] c.f.ledger.api.RetryingPostingService    : retrying posting JE-%INT:100000:999999% after transient SQLState 57P01 (attempt 1/3)")
    w.add(api1, "%SP%  INFO 1 --- [nio-8080-exec-4] c.f.ledger.api.PostingController         : posted journal JE-%INT:100000:999999% lines=4 in %INT:300:900%ms")
    w.add(pg[0], "%PY% INFO: Lock owner: pg-ledger-1; I am pg-ledger-0")
    w.add(pg[0], "%PY% INFO: establishing a new patroni heartbeat connection to postgres")
    w.add(pg[0], "%SP% UTC [%INT:100:999%] LOG:  started streaming WAL from primary at 0/5A000000 on timeline 7")
    w.add(pg[0], "%PY% INFO: no action. I am (pg-ledger-0), a secondary, and following a leader (pg-ledger-1)")
    w.add(pg[2], "%SP% UTC [%INT:100:999%] LOG:  fetching timeline history file for timeline 7 from primary server")
    w.add(pg[2], "%PY% INFO: no action. I am (pg-ledger-2), a secondary, and following a leader (pg-ledger-1)")
    noise2 = [
        (pg[1], "%PY% INFO: no action. I am (pg-ledger-1), the leader with the lock"),
        noise[2], noise[3],
    ]
    w.mix(noise2, 6)
    return rec(
        w, "kubeadm bare metal", "ledger-api logged 'terminating connection due to administrator command' and broken pool connections at 21:00. Is the database OK?",
        sel(namespace=ans, app="ledger-api"), "INFO", "none", "pg-ledger",
        "No fault: a requested Patroni switchover moved the primary from pg-ledger-0 to pg-ledger-1 (new timeline 7).",
        "The old primary demoted itself gracefully, pg-ledger-1 was promoted, and both replicas follow the new leader. ledger-api saw "
        "the expected 57P01/08006 broken connections for a few seconds and its retry succeeded.",
        "Nothing to fix; this was the planned switchover. Optionally announce switchover windows to the ledger team.")


# ---------------------------------------------------------------------------
@scenario
def keycloak_login_errors_ocp():
    w = Win("keycloak-ocp", "ocp-intranet", "2026-03-18T08:25:00")
    ns = "sso"
    nodes = ["worker-%d.ocp-intranet.corp.example.com" % i for i in (1, 3, 4)]
    kc = [P(ns, "keycloak-%d" % i, "keycloak", nodes[i], "keycloak", log_type="application") for i in range(3)]
    realm_id = w.uuid()
    mm = P("mattermost", "mattermost-" + w.rs(), "mattermost", nodes[1], "mattermost", log_type="application")
    rtr = P("openshift-ingress", "router-default-" + w.rs(), "router", nodes[0], "router", log_type="infrastructure")
    clients = {"mattermost": "https://chat.intra.example.com/signup/openid/complete",
               "nextcloud": "https://files.intra.example.com/apps/user_oidc/code",
               "backstage": "https://portal.intra.example.com/api/auth/oidc/handler/frame"}

    def ev(i, typ, client, user, err=None, level="INFO "):
        s = ('%SP% ' + level + ' [org.keycloak.events] (executor-thread-%INT:1:40%) type="' + typ + '", realmId="' + realm_id
             + '", realmName="intranet", clientId="' + client + '", userId="' + ("null" if err == "user_not_found" else "%PUID:" + user + "%")
             + '", sessionId="%UUID%", ipAddress="10.20.%INT:1:30%.%INT:2:250%"')
        if err:
            s += ', error="' + err + '", auth_method="openid-connect", auth_type="code", redirect_uri="' + clients[client] + '", code_id="%UUID%", username="' + user + '"'
        else:
            s += ', auth_method="openid-connect", auth_type="code", redirect_uri="' + clients[client] + '", consent="no_consent_required", code_id="%UUID%", username="' + user + '"'
        return kc[i], s
    noise = [
        (rtr, "%ISO% haproxy[%INT:100:999%]: %IP:10.20%:%INT:30000:60000% [%NG%] fe_sni~ be_secure:sso:keycloak/pod:keycloak-%INT:0:2%:keycloak:https:10.129.%INT:0:9%.%INT:2:250%:8443 0/0/1/%INT:5:40%/%INT:6:45% 200 %INT:800:4000% - - --NI %INT:10:60%/%INT:5:30%/0/0/0 0/0 \"GET /realms/intranet/protocol/openid-connect/certs HTTP/1.1\""),
        (mm, '{"timestamp":"%SP% Z","level":"info","msg":"Received HTTP request","caller":"web/handlers.go:%INT:150:200%","method":"GET","url":"/api/v4/users/me","request_id":"%HEX:26%","status_code":"200"}'),
        (rtr, "%ISO% haproxy[%INT:100:999%]: %IP:10.128%:%INT:30000:60000% [%NG%] fe_sni~ be_secure:sso:keycloak/pod:keycloak-%INT:0:2%:keycloak:https:10.129.%INT:0:9%.%INT:2:250%:8443 0/0/1/%INT:20:90%/%INT:21:95% 200 %INT:2000:4000% - - --NI %INT:10:60%/%INT:5:30%/0/0/0 0/0 \"POST /realms/intranet/protocol/openid-connect/token HTTP/1.1\""),
    ]
    seq = [
        (0, "LOGIN_ERROR", "mattermost", "m.keller", "invalid_user_credentials"),
        (0, "LOGIN", "mattermost", "m.keller", None),
        (2, "LOGIN_ERROR", "nextcloud", "s.yilmaz", "invalid_user_credentials"),
        (1, "LOGIN_ERROR", "nextcloud", "s.yilmaz", "invalid_user_credentials"),
        (1, "LOGIN", "nextcloud", "s.yilmaz", None),
        (2, "LOGIN_ERROR", "backstage", "jdoe", "user_not_found"),
        (2, "LOGIN", "backstage", "j.doe", None),
        (0, "LOGIN_ERROR", "mattermost", "p.nowak", "invalid_user_credentials"),
        (0, "LOGIN", "mattermost", "p.nowak", None),
        (1, "CODE_TO_TOKEN_ERROR", "nextcloud", "s.yilmaz", "invalid_code"),
        (1, "CODE_TO_TOKEN", "nextcloud", "s.yilmaz", None),
        (2, "LOGIN", "mattermost", "r.costa", None),
    ]
    w.mix(noise, 2)
    for i, (k, typ, cl, user, err) in enumerate(seq):
        lab, s = ev(k, typ, cl, user, err, "WARN " if err else "INFO ")
        if typ.startswith("CODE_TO_TOKEN"):
            s = s.replace(', auth_method="openid-connect", auth_type="code", redirect_uri="' + clients[cl] + '", code_id', ', grant_type="authorization_code", code_id')
        w.add(lab, s, gap=(2, 25))
        if err == "invalid_user_credentials" and i in (0, 2):
            w.add(kc[k], "%SP% WARN  [org.keycloak.services] (executor-thread-%INT:1:40%) KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException")
        w.mix(noise, 1 + (i % 2))
    w.add(mm, '{"timestamp":"%SP% Z","level":"info","msg":"Received HTTP request","caller":"web/handlers.go:181","method":"GET","url":"/signup/openid/complete","request_id":"%HEX:26%","status_code":"302"}')
    w.mix(noise, 2)
    return rec(
        w, "OpenShift", "The security dashboard flagged a burst of Keycloak LOGIN_ERROR warnings this morning. Is SSO broken or is someone attacking us?",
        sel(namespace=ns, app="keycloak"), "INFO", "none", "keycloak",
        "No fault: a handful of users mistyped their password or username at the start of the working day and then logged in successfully.",
        "Each LOGIN_ERROR (invalid_user_credentials, one user_not_found for 'jdoe' vs 'j.doe', one stale invalid_code) is followed by a "
        "successful LOGIN or CODE_TO_TOKEN for the same user from a different source IP each; no brute-force pattern and SSO serves all clients.",
        "Nothing to do; tune the dashboard to alert on many failures per user/IP rather than on single LOGIN_ERROR events.")


# ---------------------------------------------------------------------------
@scenario
def triton_warmup_hpc():
    w = Win("triton-hpc", "hpc-onprem-k8s", "2026-03-19T07:00:00")
    ns = "inference"
    node = "gpu-a100-03"
    pod = "triton-clinical-" + w.rs()
    T = P(ns, pod, "triton", node, "triton-clinical")
    dc = P("gpu-operator", "nvidia-dcgm-exporter-" + w.safe(5), "nvidia-dcgm-exporter", node, "nvidia-dcgm-exporter")
    dp = P("gpu-operator", "nvidia-device-plugin-daemonset-" + w.safe(5), "nvidia-device-plugin", node, "nvidia-device-plugin-daemonset")
    other = P(ns, "triton-clinical-" + w.rs(), "triton", "gpu-a100-05", "triton-clinical")
    kl = J(node, "kubelet.service")
    vol = P("volcano-system", "volcano-scheduler-" + w.rs(), "volcano-scheduler", "hpc-ctl-01", "volcano-scheduler")
    noise = [
        (other, 'I%KL% 1 http_server.cc:4536] "HTTP request: 2 /v2/models/triage-bert/infer"'),
        (vol, 'I%KL%       1 session.go:%INT:190:240%] "Open Session %UUID% with <%INT:3:9%> Job and <%INT:4:7%> Queues"'),
        (vol, 'I%KL%       1 session.go:%INT:250:290%] "Close Session %UUID%"'),
    ]
    w.add(EV(ns), ev_agent("Pod", pod, "Scheduled", "Normal", "Successfully assigned inference/" + pod + " to " + node, comp="default-scheduler"), gap=(0, 1))
    w.add(EV(ns), ev_agent("Pod", pod, "Pulled", "Normal", 'Container image "nvcr.io/nvidia/tritonserver:24.08-py3" already present on machine', host=node))
    w.add(EV(ns), ev_agent("Pod", pod, "Started", "Normal", "Started container triton", host=node))
    w.add(T, "=============================")
    w.add(T, "== Triton Inference Server ==")
    w.add(T, "=============================")
    w.add(T, "NVIDIA Release 24.08 (build 107631419)")
    w.add(T, 'I%KL% 1 pinned_memory_manager.cc:277] "Pinned memory pool is created at \'0x7f2c3e000000\' with size 268435456"')
    w.add(T, 'I%KL% 1 cuda_memory_manager.cc:107] "CUDA memory pool is created on device 0 with size 67108864"')
    w.add(T, 'I%KL% 1 model_lifecycle.cc:472] "loading: triage-bert:3"')
    w.add(T, 'I%KL% 1 model_lifecycle.cc:472] "loading: icd10-coder:1"')
    w.add(T, 'I%KL% 1 onnxruntime.cc:2880] "TRITONBACKEND_Initialize: onnxruntime"')
    w.add(T, 'I%KL% 1 onnxruntime.cc:2958] "TRITONBACKEND_ModelInitialize: triage-bert (version 3)"')
    w.add(T, "%SP%7 [W:onnxruntime:, session_state.cc:1168 VerifyEachNodeIsAssignedToAnEp] Some nodes were not assigned to the preferred execution providers which may or may not have an negative impact on performance. e.g. ORT explicitly assigns shape related ops to CPU to improve perf.")
    w.add(T, "%SP%7 [W:onnxruntime:, session_state.cc:1170 VerifyEachNodeIsAssignedToAnEp] Rerunning with verbose output on a non-minimal build will show node assignments.")
    w.mix(noise, 2)
    w.add(kl, klog("I", "prober.go:107", '"Probe failed" probeType="Startup" pod="inference/' + pod + '" podUID="%PUID:' + pod + '%" containerName="triton" probeResult="failure" output="HTTP probe failed with statuscode: 400"', 3321))
    w.add(EV(ns), ev_agent("Pod", pod, "Unhealthy", "Warning", "Startup probe failed: HTTP probe failed with statuscode: 400", host=node))
    w.add(dc, 'time="%ISO6%" level=info msg="Not collecting DCP metrics: This request is serviced by a module of DCGM that is not currently loaded"')
    w.add(T, 'I%KL% 1 tensorrt.cc:65] "TRITONBACKEND_Initialize: tensorrt"')
    w.add(T, 'I%KL% 1 logging.cc:46] "Loaded engine size: 412 MiB"')
    w.add(T, 'W%KL% 1 logging.cc:43] "Using an engine plan file across different models of devices is not recommended and is likely to affect performance or even cause errors."')
    w.add(kl, klog("I", "prober.go:107", '"Probe failed" probeType="Startup" pod="inference/' + pod + '" podUID="%PUID:' + pod + '%" containerName="triton" probeResult="failure" output="HTTP probe failed with statuscode: 400"', 3321), gap=(8, 12))
    w.mix(noise, 2)
    w.add(T, 'I%KL% 1 model_lifecycle.cc:838] "successfully loaded \'icd10-coder\'"', gap=(5, 15))
    w.add(T, 'I%KL% 1 model_lifecycle.cc:838] "successfully loaded \'triage-bert\'"')
    w.add(T, 'I%KL% 1 server.cc:676] "\\n+-------------+---------+--------+\\n| Model       | Version | Status |\\n+-------------+---------+--------+\\n| icd10-coder | 1       | READY  |\\n| triage-bert | 3       | READY  |\\n+-------------+---------+--------+\\n"')
    w.add(T, 'I%KL% 1 grpc_server.cc:2463] "Started GRPCInferenceService at 0.0.0.0:8001"')
    w.add(T, 'I%KL% 1 http_server.cc:4694] "Started HTTPService at 0.0.0.0:8000"')
    w.add(T, 'I%KL% 1 http_server.cc:362] "Started Metrics Service at 0.0.0.0:8002"')
    w.add(dp, "I%KL%       1 server.go:%INT:100:200%] Registered device plugin for 'nvidia.com/gpu' with Kubelet")
    w.mix(noise, 3)
    w.add(T, 'I%KL% 1 http_server.cc:4536] "HTTP request: 2 /v2/models/triage-bert/infer"')
    w.mix(noise, 2)
    return rec(
        w, "on-prem HPC", "The new Triton replica on gpu-a100-03 had failing startup probes and a pile of warnings. Is it healthy?",
        sel(namespace=ns, pod=pod), "INFO", "none", "triton-clinical",
        "No fault: the startup probe returns 400 only while Triton loads its models, which is what the startupProbe budget is for.",
        "Triton loaded icd10-coder and triage-bert (both READY), started the gRPC/HTTP/metrics endpoints and serves inference. The "
        "ONNX Runtime execution-provider warnings, the TensorRT plan-file warning and the DCGM 'Not collecting DCP metrics' message are benign.",
        "Nothing to do.")


# ---------------------------------------------------------------------------
@scenario
def certmgr_renew_k3s():
    w = Win("chat-cert-k3s", "k3s-lab", "2026-03-20T04:12:00")
    ns, cm = "collab", "cert-manager"
    n0, n1 = "lab-k3s-01", "lab-k3s-02"
    C = P(cm, "cert-manager-" + w.rs(), "cert-manager-controller", n0, "cert-manager")
    tr = P("kube-system", "traefik-" + w.rs(), "traefik", n1, "traefik")
    solver = "cm-acme-http-solver-" + w.safe(5)
    S = P(ns, solver, "acmesolver", n1, "acmesolver")
    mm = P(ns, "mattermost-" + w.rs(), "mattermost", n1, "mattermost")
    host = "chat.lab.example.org"
    ch = "chat-tls-1-%d-%d" % (w.rng.randint(1000000000, 3999999999), w.rng.randint(100000000, 999999999))
    tok = w.hx(43)
    ctx = ' logger="cert-manager.controller" resource_name="' + ch + '" resource_namespace="' + ns + '" resource_kind="Challenge" resource_version="v1" dnsName="' + host + '" type="HTTP-01"'
    noise = [
        (mm, '{"timestamp":"%SP% Z","level":"info","msg":"Received HTTP request","caller":"web/handlers.go:181","method":"GET","url":"/api/v4/channels/%HEX:26%/posts","request_id":"%HEX:26%","status_code":"200"}'),
        (tr, '%IP:10.42% - - [%NG%] "GET /api/v4/websocket HTTP/1.1" 101 0 "-" "-" %INT:1000:9000% "collab-mattermost-chat-lab-example-org@kubernetes" "http://%IP:10.42%:8065" %INT:1:9%ms'),
    ]
    w.mix(noise, 2)
    w.add(C, klog("I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.controller" key="collab/chat-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-20 04:12:00 +0000 UTC"', 1))
    w.add(C, klog("I", "conditions.go:203", '"Setting lastTransitionTime for Certificate condition" logger="cert-manager.controller" condition="Issuing" lastTransitionTime="%SEC%"', 1))
    w.add(EV(ns), ev_agent("Certificate", "chat-tls", "Issuing", "Normal", "Renewing certificate as renewal was scheduled at 2026-03-20 04:12:00 +0000 UTC", comp="cert-manager-certificates-trigger"))
    w.add(EV(ns), ev_agent("CertificateRequest", "chat-tls-1", "OrderCreated", "Normal", "Created Order resource collab/chat-tls-1-%INT:1000000000:3999999999%", comp="cert-manager-certificaterequests-issuer-acme"))
    w.add(C, klog("I", "pod.go:71", '"creating HTTP01 challenge solver pod"' + ctx, 1))
    w.add(EV(ns), ev_agent("Challenge", ch, "Started", "Normal", "Challenge scheduled for processing", comp="cert-manager-challenges"))
    w.add(S, 'I%KL%       1 solver.go:39] "starting listener" logger="cert-manager.acmesolver" expected_domain="' + host + '" expected_token="' + tok + '" expected_key="' + tok + '.%HEX:43%" listen_port=8089')
    w.add(C, klog("E", "sync.go:190", '"propagation check failed" err="failed to perform self check GET request \'http://' + host + '/.well-known/acme-challenge/' + tok + '\': wrong status code \'404\', expected \'200\'"' + ctx, 1))
    w.mix(noise, 1)
    w.add(tr, '%IP:10.42% - - [%NG%] "GET /.well-known/acme-challenge/' + tok + ' HTTP/1.1" 404 19 "-" "cert-manager-challenges/v1.15.3 (linux/amd64) cert-manager/%HEX:40%" %INT:1000:9000% "-" "-" 0ms')
    w.add(C, klog("E", "sync.go:190", '"propagation check failed" err="failed to perform self check GET request \'http://' + host + '/.well-known/acme-challenge/' + tok + '\': wrong status code \'404\', expected \'200\'"' + ctx, 1), gap=(8, 12))
    w.add(tr, '%IP:10.42% - - [%NG%] "GET /.well-known/acme-challenge/' + tok + ' HTTP/1.1" 200 87 "-" "cert-manager-challenges/v1.15.3 (linux/amd64) cert-manager/%HEX:40%" %INT:1000:9000% "collab-cm-acme-http-solver-%SAFE:5%-chat-lab-example-org@kubernetes" "http://%IP:10.42%:8089" 0ms', gap=(8, 12))
    w.add(S, 'I%KL%       1 solver.go:112] "got successful challenge request, writing key" logger="cert-manager.acmesolver" host="' + host + '" path="/.well-known/acme-challenge/' + tok + '" base_path="/.well-known/acme-challenge" token="' + tok + '"')
    w.add(C, klog("I", "sync.go:359", '"accepting challenge with ACME server"' + ctx, 1))
    w.add(C, klog("I", "acme.go:236", '"waiting for authorization"' + ctx, 1))
    w.add(tr, '%IP:10.42% - - [%NG%] "GET /.well-known/acme-challenge/' + tok + ' HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let\'s Encrypt validation server; +https://www.letsencrypt.org)" %INT:1000:9000% "collab-cm-acme-http-solver-%SAFE:5%-chat-lab-example-org@kubernetes" "http://%IP:10.42%:8089" 0ms')
    w.add(C, klog("I", "acme.go:240", '"successfully authorized domain"' + ctx, 1))
    w.add(EV(ns), ev_agent("Challenge", ch, "DomainVerified", "Normal", "Domain \"" + host + "\" verified with \"HTTP-01\" validation", comp="cert-manager-challenges"))
    w.add(EV(ns), ev_agent("Pod", solver, "Killing", "Normal", "Stopping container acmesolver", host=n1))
    w.add(EV(ns), ev_agent("Order", "chat-tls-1-%INT:1000000000:3999999999%", "Complete", "Normal", "Order completed successfully", comp="cert-manager-orders"))
    w.add(EV(ns), ev_agent("CertificateRequest", "chat-tls-1", "CertificateIssued", "Normal", "Certificate fetched from issuer successfully", comp="cert-manager-certificaterequests-issuer-acme"))
    w.add(EV(ns), ev_agent("Certificate", "chat-tls", "Issuing", "Normal", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing"))
    w.mix(noise, 4)
    return rec(
        w, "k3s", "cert-manager logged 'propagation check failed' with 404s for chat.lab.example.org. Is the certificate renewal broken?",
        sel(namespace=cm, app="cert-manager"), "INFO", "none", "cert-manager",
        "No fault: the HTTP-01 self-check fails with 404 for a few seconds until Traefik picks up the solver route; the renewal then succeeds.",
        "Scheduled renewal of collab/chat-tls: solver pod started, two self-checks hit Traefik before the route existed (404), then the "
        "check passed, Let's Encrypt validated the domain and the certificate was issued.",
        "Nothing to do; transient propagation-check errors during HTTP-01 are expected.")


# ---------------------------------------------------------------------------
@scenario
def ray_scaledown_rke2():
    w = Win("ray-train-rke2", "rke2-mlplatform", "2026-03-21T16:38:00")
    ns = "ml-research"
    head_node, gn = "rke2-cpu-01", ["rke2-gpu-0%d" % i for i in (1, 2, 3)]
    head = "train-head-" + w.safe(5)
    H = P(ns, head, "ray-head", head_node, "kuberay", ray_io_cluster="train")
    A = P(ns, head, "autoscaler", head_node, "kuberay", ray_io_cluster="train")
    op = P("kuberay-system", "kuberay-operator-" + w.rs(), "kuberay-operator", head_node, "kuberay-operator")
    wk = ["train-gpu-group-worker-" + w.safe(5) for _ in range(3)]
    ips = ["10.42.%d.%d" % (i + 3, w.rng.randint(2, 250)) for i in range(3)]
    cattle = P("cattle-system", "cattle-cluster-agent-" + w.rs(), "cluster-register", head_node, "cattle-cluster-agent")
    noise = [
        (H, "%PY%\tINFO job_manager.py:%INT:500:600% -- Job 'raysubmit_%SAFE:16%' status: SUCCEEDED"),
        (cattle, 'time="%SEC%" level=info msg="Watching metadata for %PICK:apps/v1, Kind=Deployment|ray.io/v1, Kind=RayCluster|batch/v1, Kind=Job%"'),
        (H, "%PY%\tINFO dashboard head: 200 GET /api/jobs/ %INT:2:30%ms"),
    ]
    w.add(H, "%PY%\tINFO job_manager.py:%INT:500:600% -- Job 'raysubmit_4ZqTn8xKcW2LpA7e' status: SUCCEEDED", gap=(0, 1))
    w.add(H, "%PY%\tINFO job_supervisor.py:%INT:200:300% -- Job raysubmit_4ZqTn8xKcW2LpA7e exited with return code 0.")
    w.add(P(ns, wk[0], "ray-worker", gn[0], "kuberay"), "(raylet) WARNING: 4 PYTHON worker processes have been started on node: %HEX:56% with address: " + ips[0] + ". This could be a result of using a large number of actors, or due to tasks blocked in ray.get() calls (see https://github.com/ray-project/ray/issues/3644 for some discussion of workarounds).")
    w.mix(noise[1:], 3, gap=(5, 30))
    w.add(A, "%PY%\tINFO autoscaler.py:%INT:400:500% -- StandardAutoscaler: Terminating the node with id " + wk[1] + " and ip " + ips[1] + ". (idle)", gap=(30, 60))
    w.add(A, "%PY%\tINFO autoscaler.py:%INT:400:500% -- StandardAutoscaler: Terminating the node with id " + wk[2] + " and ip " + ips[2] + ". (idle)")
    w.add(A, "%PY%\tINFO node_provider.py:%INT:300:400% -- Autoscaler is submitting the following patch to RayCluster train in namespace ml-research.")
    w.add(A, '%PY%\tINFO node_provider.py:%INT:300:400% -- [{"op": "replace", "path": "/spec/workerGroupSpecs/0/replicas", "value": 1}, {"op": "replace", "path": "/spec/workerGroupSpecs/0/scaleStrategy", "value": {"workersToDelete": ["' + wk[1] + '", "' + wk[2] + '"]}}]')
    w.add(op, '{"level":"info","ts":"%ISO%","logger":"controllers.RayCluster","msg":"reconcilePods","RayCluster":{"name":"train","namespace":"ml-research"},"reconcileID":"%UUID%","Number workers to delete":2,"Worker group":"gpu-group"}')
    for i in (1, 2):
        w.add(op, '{"level":"info","ts":"%ISO%","logger":"controllers.RayCluster","msg":"Deleting pod","RayCluster":{"name":"train","namespace":"ml-research"},"reconcileID":"%UUID%","namespace":"ml-research","Pod name":"' + wk[i] + '"}')
        w.add(EV(ns), ev_agent("RayCluster", "train", "DeletedWorkerPod", "Normal", "Deleted worker Pod ml-research/" + wk[i], comp="raycluster-controller"))
        w.add(EV(ns), ev_agent("Pod", wk[i], "Killing", "Normal", "Stopping container ray-worker", host=gn[i]))
    w.add(H, "[%PY%] (gcs_server) gcs_node_manager.cc:%INT:100:200%: Removing node %HEX:56%, address = " + ips[1] + ", death reason = EXPECTED_TERMINATION, death message = received SIGTERM")
    w.add(H, "[%PY%] (gcs_server) gcs_node_manager.cc:%INT:100:200%: Removing node %HEX:56%, address = " + ips[2] + ", death reason = EXPECTED_TERMINATION, death message = received SIGTERM")
    w.add(H, "[%PY%] (gcs_server) gcs_actor_manager.cc:%INT:1000:1200%: Worker %HEX:56% on node %HEX:56% exits, type=SYSTEM_ERROR, has creation_task_exception = 0")
    w.mix(noise, 3)
    w.add(A, "%PY%\tINFO autoscaler.py:%INT:400:500% -- Resized to 33 CPUs, 1 GPUs.", gap=(5, 10))
    w.add(J(gn[2], "rke2-agent.service"), klog("I", "kubelet_volumes.go:163", '"Cleaned up orphaned pod volumes dir" podUID="%UUID%" path="/var/lib/kubelet/pods/%UUID%/volumes"', 2211))
    w.mix(noise, 4)
    w.add(H, "%PY%\tINFO job_manager.py:%INT:500:600% -- Submitting job with RAY_ADDRESS = " + "10.42.1.%INT:2:250%:6379")
    w.add(A, "%PY%\tINFO autoscaler.py:%INT:400:500% -- StandardAutoscaler: Queue 1 new nodes for launch")
    w.mix(noise[1:], 2)
    return rec(
        w, "Rancher RKE2", "The Ray head logs show nodes being terminated and two GPU worker pods vanished from the train cluster. Did our training crash?",
        sel(namespace=ns), "INFO", "none", "train",
        "No fault: the training job had already SUCCEEDED and the Ray autoscaler removed two idle GPU workers (EXPECTED_TERMINATION).",
        "Job raysubmit_4ZqTn8xKcW2LpA7e exited 0; afterwards the autoscaler terminated two idle workers, KubeRay deleted the pods and the "
        "GCS recorded an expected termination. A new job is already scaling up again.",
        "Nothing to do; raise idleTimeoutSeconds if workers should stay warm between jobs.")


# ---------------------------------------------------------------------------
@scenario
def mirth_heap_ocp():
    w = Win("mirth-ocp", "ocp-health-prod", "2026-03-22T10:14:00")
    ns = "integration"
    node = "worker-4.ocp-health-prod.hospital.example"
    pod = "mirth-connect-0"
    M = P(ns, pod, "mirth-connect", node, "mirth-connect", log_type="application")
    fhir = P("fhir", "hapi-fhir-" + w.rs(), "hapi-fhir", "worker-2.ocp-health-prod.hospital.example", "hapi-fhir", log_type="application")
    lab = "LAB_ORU_Batch"
    chid = w.uuid()
    adt = w.uuid()
    noise = [
        (M, "INFO  %SP% [Channel Dispatch Thread on ADT_A0x_Inbound (" + adt + ") < pool-1-thread-%INT:2:9%] com.mirth.connect.connectors.tcp.TcpReceiver: Message received from 10.61.%INT:1:20%.%INT:2:250%:%INT:30000:60000% (ADT^A0%PICK:1|3|8%)"),
        (fhir, "%SP% INFO  [http-nio-8080-exec-%INT:1:20%] fhirtest.access - Path[/fhir] Source[] Operation[search-type  %PICK:Patient|Encounter|MedicationRequest%] UA[%PICK:okhttp/4.12.0|Apache-HttpClient/4.5.14 (Java/17.0.10)%] Params[?identifier=urn:oid:1.2.276.0.76.4.8|%INT:1000000:9999999%] ResponseEncoding[JSON] Operation[search-type] Tenant[] Time[%INT:8:90%]"),
        (M, "INFO  %SP% [pool-2-thread-%INT:1:4%] com.mirth.connect.server.controllers.DonkeyMessageController: Pruner: removed %INT:100:900% messages from channel ADT_A0x_Inbound"),
    ]
    w.mix(noise, 3)
    w.add(M, "INFO  %SP% [" + lab + " File Reader Polling Thread] com.mirth.connect.connectors.file.FileReceiver: Processing file /data/inbound/lab/ORU_BATCH_20260322_1000.hl7 (84 MB)")
    w.mix(noise[:2], 2)
    w.add(M, "WARN  %SP% [" + lab + " File Reader Polling Thread] com.mirth.connect.connectors.file.FileReceiver: Batch message processing for " + lab + " is taking %INT:30:60%s")
    w.add(M, "ERROR %SP% [Channel Dispatch Thread on " + lab + " (" + chid + ") < " + lab + " File Reader Polling Thread] com.mirth.connect.donkey.server.channel.Channel: Error processing message in channel " + lab + " (" + chid + ").", ev=True)
    w.add(M, "java.lang.OutOfMemoryError: Java heap space", ev=True)
    w.add(M, "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)")
    w.add(M, "\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)")
    w.add(M, "\tat com.mirth.connect.model.converters.ER7Serializer.toXML(ER7Serializer.java:264)")
    w.add(M, "ERROR %SP% [" + lab + " File Reader Polling Thread] com.mirth.connect.connectors.file.FileReceiver: Error reading file /data/inbound/lab/ORU_BATCH_20260322_1000.hl7: java.lang.OutOfMemoryError: Java heap space", ev=True)
    w.add(M, "ERROR %SP% [Channel Dispatch Thread on ADT_A0x_Inbound (" + adt + ") < pool-1-thread-4] com.mirth.connect.donkey.server.channel.Channel: Error processing message in channel ADT_A0x_Inbound (" + adt + ").")
    w.add(M, "java.lang.OutOfMemoryError: Java heap space", ev=True)
    w.add(M, "ERROR %SP% [pool-1-thread-4] com.mirth.connect.connectors.tcp.TcpReceiver: Error receiving message (TCP Listener \"Source\" on channel " + adt + ").")
    w.add(M, "com.mirth.connect.donkey.server.channel.ChannelException: java.lang.OutOfMemoryError: Java heap space")
    w.add(M, "WARN  %SP% [pool-1-thread-4] com.mirth.connect.connectors.tcp.TcpReceiver: Negative acknowledgement (AE) sent to 10.61.%INT:1:20%.%INT:2:250%:%INT:30000:60000%")
    w.add(M, "ERROR %SP% [Main Server Thread] com.mirth.connect.server.controllers.DefaultChannelController: Channel " + lab + " (" + chid + ") stopped due to error: java.lang.OutOfMemoryError: Java heap space", ev=True)
    w.mix(noise[1:2], 2)
    w.add(fhir, "%SP% WARN  [scheduling-1] c.e.fhir.monitor.IngestRateMonitor - Observation create rate from source Mirth dropped to 0/min (baseline %INT:200:400%/min)", gap=(20, 40))
    w.add(J(node, "kubelet.service"),
          "I%KL%    2741 kubelet_pods.go:1019] \"Unable to retrieve pull secret, the image pull may not succeed.\" pod=\"integration/mirth-backup-29611200-" + w.safe(5) + "\" secret=\"\" err=\"secret \\\"quay-pull\\\" not found\"")
    w.add(M, "ERROR %SP% [Channel Dispatch Thread on ADT_A0x_Inbound (" + adt + ") < pool-1-thread-6] com.mirth.connect.donkey.server.channel.Channel: Error processing message in channel ADT_A0x_Inbound (" + adt + ").")
    w.add(M, "java.lang.OutOfMemoryError: GC overhead limit exceeded", ev=True)
    w.mix(noise[1:], 3)
    w.add(M, "WARN  %SP% [pool-1-thread-6] com.mirth.connect.connectors.tcp.TcpReceiver: Negative acknowledgement (AE) sent to 10.61.%INT:1:20%.%INT:2:250%:%INT:30000:60000%")
    w.mix(noise[1:2], 2)
    return rec(
        w, "OpenShift", "Why are lab results (ORU) no longer arriving in the FHIR server from the integration engine?",
        sel(namespace="fhir", app="hapi-fhir"), "ERROR", "oom_killed", "mirth-connect",
        "Mirth Connect runs out of Java heap (java.lang.OutOfMemoryError: Java heap space / GC overhead limit exceeded) while "
        "serialising an 84 MB ORU batch file; the LAB_ORU_Batch channel stops and other channels start NAKing.",
        "Processing the 84 MB lab batch exhausts the Mirth JVM heap; LAB_ORU_Batch stops due to the error and ADT messages are "
        "answered with AE NAKs. HAPI FHIR is healthy but receives no Observations from Mirth.",
        "Raise -Xmx in mirth-connect's vmoptions (keeping it below the container memory limit) or split the batch/enable batch "
        "streaming, then restart the LAB_ORU_Batch channel and reprocess the file.")


# ---------------------------------------------------------------------------
@scenario
def kserve_keyerror_eks():
    w = Win("fraud-scorer-eks", "eks-payments-prod", "2026-03-23T11:00:00")
    sns, pns = "ml-serving", "payments"
    nodes = ["ip-10-40-%d-%d.eu-west-1.compute.internal" % (w.rng.randint(1, 60), w.rng.randint(2, 250)) for _ in range(3)]
    rsn = "fraud-scorer-predictor-" + w.safe(10)
    p1, p2 = rsn + "-" + w.safe(5), rsn + "-" + w.safe(5)
    K1 = P(sns, p1, "kserve-container", nodes[0], "fraud-scorer-predictor", serving_kserve_io_inferenceservice="fraud-scorer")
    K2 = P(sns, p2, "kserve-container", nodes[1], "fraud-scorer-predictor", serving_kserve_io_inferenceservice="fraud-scorer")
    ts = P(pns, "txn-screening-" + w.rs(), "app", nodes[2], "txn-screening")
    ts2 = P(pns, "txn-screening-" + w.rs(), "app", nodes[1], "txn-screening")
    noise = [
        (K1, "%SP% 1 uvicorn.access INFO:     10.40.%INT:1:60%.%INT:2:250%:%INT:30000:60000% - \"POST /v1/models/fraud-scorer:predict HTTP/1.1\" 200 OK"),
        (K2, "%SP% 1 uvicorn.access INFO:     10.40.%INT:1:60%.%INT:2:250%:%INT:30000:60000% - \"POST /v1/models/fraud-scorer:predict HTTP/1.1\" 200 OK"),
        (ts, '{"level":"info","ts":"%ISO%","caller":"screening/handler.go:88","msg":"transaction screened","txn":"TX%INT:10000000:99999999%","mcc":"%PICK:5411|5812|4111|5541%","score":0.%INT:1:40%,"decision":"approve"}'),
        (ts2, '{"level":"info","ts":"%ISO%","caller":"screening/handler.go:88","msg":"transaction screened","txn":"TX%INT:10000000:99999999%","mcc":"%PICK:5411|5732|5912%","score":0.%INT:1:40%,"decision":"approve"}'),
    ]
    w.add(EV(sns), ev_agent("Deployment", "fraud-scorer-predictor", "ScalingReplicaSet", "Normal", "Scaled down replica set fraud-scorer-predictor-" + w.safe(10) + " to 0 from 1", comp="deployment-controller"), gap=(0, 1))
    w.add(K1, "%SP% 1 kserve INFO [model_server.py:register_model():%INT:300:400%] Registering model: fraud-scorer")
    w.add(K1, "%SP% 1 kserve INFO [model.py:load():%INT:60:90%] loading model artifacts from /mnt/models (model_version=3, merchant_table rows=412)")
    w.mix(noise, 3)
    for k in range(3):
        K = K1 if k != 1 else K2
        mcc = ["5999", "7995", "5999"][k]
        w.add(ts if k != 1 else ts2, '{"level":"info","ts":"%ISO%","caller":"screening/handler.go:88","msg":"transaction screened","txn":"TX%INT:10000000:99999999%","mcc":"5411","score":0.%INT:1:40%,"decision":"approve"}')
        w.add(K, "%SP% 1 kserve ERROR [errors.py:generic_exception_handler():108] Exception:", ev=(k == 0))
        w.add(K, "Traceback (most recent call last):")
        if k == 0:
            w.add(K, '  File "/usr/local/lib/python3.11/site-packages/kserve/protocol/rest/v1_endpoints.py", line 76, in predict')
            w.add(K, "    response, response_headers = await self.dataplane.infer(model_name=model_name, request=body, headers=headers)")
            w.add(K, '  File "/usr/local/lib/python3.11/site-packages/kserve/model.py", line 219, in __call__')
            w.add(K, "    payload = await self.preprocess(payload, headers) if inspect.iscoroutinefunction(self.preprocess) else self.preprocess(payload, headers)")
        w.add(K, '  File "/app/fraud_scorer/model.py", line 57, in preprocess')
        w.add(K, '    merchant_risk = self.merchant_table[inst["merchant_category"]]', ev=True)
        w.add(K, "KeyError: '" + mcc + "'", ev=True)
        w.add(K, "%SP% 1 uvicorn.access INFO:     10.40.%INT:1:60%.%INT:2:250%:%INT:30000:60000% - \"POST /v1/models/fraud-scorer:predict HTTP/1.1\" 500 Internal Server Error")
        w.add(ts if k != 1 else ts2, '{"level":"error","ts":"%ISO%","caller":"screening/scorer.go:142","msg":"fraud score request failed","txn":"TX%INT:10000000:99999999%","mcc":"' + mcc + '","status":500,"body":"{\\"error\\":\\"KeyError : \'' + mcc + '\'\\"}","latency_ms":%INT:20:60%}')
        w.add(ts if k != 1 else ts2, '{"level":"warn","ts":"%ISO%","caller":"screening/handler.go:104","msg":"score unavailable, routing to manual review","txn":"TX%INT:10000000:99999999%","queue":"manual-review"}')
        w.mix(noise, 2)
    w.mix(noise, 2)
    return rec(
        w, "EKS", "Why are so many card transactions suddenly going to manual review?",
        sel(namespace=pns, app="txn-screening"), "ERROR", "application_error", "fraud-scorer-predictor",
        "The new fraud-scorer model server (model_version 3) raises an unhandled KeyError in preprocess() for merchant category "
        "codes missing from its merchant_table (5999, 7995), so the KServe predictor returns HTTP 500 for those transactions.",
        "Since the fraud-scorer predictor rollout, requests with unknown MCCs hit 'KeyError' in /app/fraud_scorer/model.py line 57 "
        "and return 500; txn-screening treats the missing score as unavailable and routes those transactions to manual review.",
        "Roll the InferenceService back to the previous model version, then fix preprocess() to handle unknown merchant categories "
        "(default risk bucket) and add the missing MCCs to the merchant table.")


# ---------------------------------------------------------------------------
@scenario
def mattermost_panic_k3s():
    w = Win("mattermost-k3s", "k3s-office", "2026-03-24T06:45:00")
    ns = "mattermost"
    node = "office-k3s-02"
    pod = "mattermost-" + w.rs()
    M = P(ns, pod, "mattermost", node, "mattermost")
    pg = P(ns, "mattermost-postgresql-0", "postgresql", "office-k3s-03", "postgresql")
    tr = P("kube-system", "traefik-" + w.rs(), "traefik", "office-k3s-01", "traefik")
    k3s = J(node, "k3s-agent.service")
    noise = [
        (tr, '%IP:10.42% - - [%NG%] "GET /api/v4/websocket?connection_id=&sequence_number=0 HTTP/1.1" 502 11 "-" "-" %INT:1000:9000% "mattermost-mattermost-chat-office-example-com@kubernetes" "http://10.42.1.%INT:2:250%:8065" 0ms'),
        (tr, '%IP:10.42% - - [%NG%] "POST /api/v4/users/login HTTP/1.1" 502 11 "-" "-" %INT:1000:9000% "mattermost-mattermost-chat-office-example-com@kubernetes" "http://10.42.1.%INT:2:250%:8065" 0ms'),
        (pg, "%SP% UTC [%INT:100:999%] LOG:  checkpoint complete: wrote %INT:10:400% buffers (%INT:0:3%.%INT:0:9%%); 0 WAL file(s) added, 0 removed, %INT:0:2% recycled; write=%INT:1:30%.%INT:100:999% s, sync=0.0%INT:10:99% s, total=%INT:1:30%.%INT:100:999% s"),
    ]
    stack = [
        "panic: assignment to entry in nil map",
        "",
        "goroutine 1 [running]:",
        "github.com/mattermost/mattermost/server/v8/channels/app.(*Server).initJobs.func2(...)",
        "\tgithub.com/mattermost/mattermost/server/v8/channels/app/server.go:1612 +0x2c5",
        "github.com/mattermost/mattermost/server/v8/channels/app.NewServer(...)",
        "\tgithub.com/mattermost/mattermost/server/v8/channels/app/server.go:421 +0x1f9a",
        "github.com/mattermost/mattermost/server/v8/cmd/mattermost/commands.runServer(...)",
        "\tgithub.com/mattermost/mattermost/server/v8/cmd/mattermost/commands/server.go:88 +0x37d",
    ]
    w.mix(noise[:2], 2)
    for attempt in range(3):
        w.add(M, '{"timestamp":"%SP% Z","level":"info","msg":"Server is initializing...","caller":"app/server.go:261","go_version":"go1.22.6"}', gap=(1, 4) if attempt == 0 else (18, 40))
        w.add(M, '{"timestamp":"%SP% Z","level":"info","msg":"Pinging SQL","caller":"sqlstore/store.go:%INT:230:260%","database":"master"}')
        if attempt == 0:
            w.add(M, '{"timestamp":"%SP% Z","level":"info","msg":"Loaded config","caller":"app/server.go:%INT:300:340%","source":"database"}')
            w.add(M, '{"timestamp":"%SP% Z","level":"warn","msg":"DataRetention is enabled but no policies are configured","caller":"app/server.go:1598"}')
        for i, s in enumerate(stack if attempt < 2 else stack[:3]):
            w.add(M, s, ev=(i in (0, 3, 4) and attempt == 0) or (i == 0 and attempt == 2), gap=(0.0001, 0.002) if i else None)
        w.add(k3s, klog("I", "kubelet.go:2455", '"SyncLoop (PLEG): event for pod" pod="mattermost/' + pod + '" event={"ID":"%PUID:' + pod + '%","Type":"ContainerDied","Data":"%HEX:64%"}', 1402))
        if attempt >= 1:
            w.add(EV(ns), ev_agent("Pod", pod, "BackOff", "Warning", "Back-off restarting failed container mattermost in pod " + pod + "_mattermost(%PUID:" + pod + "%)", host=node))
        w.mix(noise, 2)
    w.add(k3s, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"mattermost\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=mattermost pod=' + pod + '_mattermost(%PUID:' + pod + '%)\\"" pod="mattermost/' + pod + '" podUID="%PUID:' + pod + '%"', 1402))
    w.mix(noise[:2], 2)
    return rec(
        w, "k3s", "Chat is down since the 9.11.3 upgrade this morning — Traefik only returns 502. What happened?",
        sel(namespace=ns, app="mattermost"), "CRITICAL", "application_error", "mattermost",
        "The upgraded Mattermost server panics during startup ('panic: assignment to entry in nil map' in app.(*Server).initJobs) "
        "right after loading its config, so the container exits every time and goes into CrashLoopBackOff.",
        "Each start reaches 'Server is initializing', then the Go runtime panics in initJobs (server.go:1612); kubelet restarts "
        "the container with growing back-off and Traefik has no backend, answering 502 to logins and websockets.",
        "Roll back to the previous Mattermost image; report the panic (with the DataRetention setting that triggers the code path) "
        "upstream, and only retry the upgrade on a fixed release.")


# ---------------------------------------------------------------------------
@scenario
def triton_ngc_401_hpc():
    w = Win("triton-pull-hpc", "hpc-onprem-k8s", "2026-03-25T13:20:00")
    ns = "inference"
    node = "gpu-a100-06"
    rsn = "triton-radiology-" + w.safe(10)
    pod = rsn + "-" + w.safe(5)
    old = "triton-radiology-" + w.rs()
    img = "nvcr.io/nvidia/tritonserver:24.10-py3"
    cd = J(node, "containerd.service")
    kl = J(node, "kubelet.service")
    O = P(ns, old, "triton", "gpu-a100-02", "triton-radiology")
    vol = P("volcano-system", "volcano-scheduler-" + w.rs(), "volcano-scheduler", "hpc-ctl-01", "volcano-scheduler")
    err = ('failed to pull and unpack image \\"' + img + '\\": failed to resolve reference \\"' + img + '\\": failed to authorize: '
           'failed to fetch oauth token: unexpected status from GET request to https://nvcr.io/proxy_auth?scope=repository%3Anvidia%2Ftritonserver%3Apull: 401 Unauthorized')
    noise = [
        (O, 'I%KL% 1 http_server.cc:4536] "HTTP request: 2 /v2/models/chest-xray-densenet/infer"'),
        (vol, 'I%KL%       1 session.go:%INT:190:240%] "Open Session %UUID% with <%INT:3:9%> Job and <%INT:4:7%> Queues"'),
        (J(node, "kubelet.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="gpu-operator/nvidia-dcgm-exporter-%SAFE:5%" status="Running"', 3388)),
    ]
    w.add(EV(ns), ev_agent("Deployment", "triton-radiology", "ScalingReplicaSet", "Normal", "Scaled up replica set " + rsn + " to 1", comp="deployment-controller"), gap=(0, 1))
    w.add(EV(ns), ev_agent("Pod", pod, "Scheduled", "Normal", "Successfully assigned inference/" + pod + " to " + node, comp="default-scheduler"))
    w.add(EV(ns), ev_agent("Pod", pod, "Pulling", "Normal", 'Pulling image "' + img + '"', host=node))
    w.add(cd, 'time="%ISO6%" level=info msg="PullImage \\"' + img + '\\""')
    w.add(cd, 'time="%ISO6%" level=error msg="PullImage \\"' + img + '\\" failed" error="' + err + '"', ev=True)
    w.add(kl, klog("E", "log.go:32", '"PullImage from image service failed" err="rpc error: code = Unknown desc = ' + err + '" image="' + img + '"', 3388))
    w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", 'Failed to pull image "' + img + '": ' + err.replace('\\"', '"'), host=node), ev=True)
    w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", "Error: ErrImagePull", host=node))
    w.mix(noise, 3)
    w.add(EV(ns), ev_agent("Pod", pod, "BackOff", "Normal", 'Back-off pulling image "' + img + '"', host=node))
    w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", "Error: ImagePullBackOff", host=node))
    w.mix(noise, 3)
    w.add(cd, 'time="%ISO6%" level=info msg="PullImage \\"' + img + '\\""', gap=(10, 20))
    w.add(cd, 'time="%ISO6%" level=error msg="PullImage \\"' + img + '\\" failed" error="' + err + '"', ev=True)
    w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", 'Failed to pull image "' + img + '": ' + err.replace('\\"', '"'), host=node))
    w.mix(noise, 4)
    w.add(kl, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"triton\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + img + '\\\\\\"\\"" pod="inference/' + pod + '" podUID="%PUID:' + pod + '%"', 3388))
    w.add(EV(ns), ev_agent("Pod", pod, "BackOff", "Normal", 'Back-off pulling image "' + img + '"', host=node))
    w.mix(noise, 4)
    return rec(
        w, "on-prem HPC", "The triton-radiology upgrade to 24.10 is not progressing. Why is the new pod not starting?",
        sel(namespace=ns, app="triton-radiology"), "ERROR", "image_pull", "triton-radiology",
        "containerd cannot pull nvcr.io/nvidia/tritonserver:24.10-py3: the NGC token request with the inference/ngc-registry pull "
        "secret is rejected with 401 Unauthorized, so the new pod stays in ImagePullBackOff.",
        "The new triton-radiology replica fails with ErrImagePull/ImagePullBackOff because NGC authorization returns 401 for the "
        "configured credentials; the old replica on gpu-a100-02 keeps serving, so the rollout is stuck rather than down.",
        "Regenerate the NGC API key and update the ngc-registry secret (username $oauthtoken, password = new key), then delete the "
        "stuck pod or restart the rollout; optionally mirror NGC images into the local registry.")


# ---------------------------------------------------------------------------
@scenario
def odoo_manifest_unknown_kubeadm():
    w = Win("odoo-deploy-baremetal", "dc2-baremetal", "2026-03-24T07:30:00")
    ns = "odoo"
    node = "k8s-w03.dc2.internal"
    rsn = "odoo-" + w.safe(10)
    pod = rsn + "-" + w.safe(5)
    img = "nexus.dc2.example.com:8443/erp/odoo-custom:17.0.20260324"
    nx = P("nexus", "nexus-repository-0", "nexus", "k8s-w04.dc2.internal", "nexus-repository-manager")
    cd = J(node, "containerd.service")
    kl = J(node, "kubelet.service")
    ing = P("ingress-nginx", "ingress-nginx-controller-" + w.rs(), "controller", "k8s-w01.dc2.internal", "ingress-nginx")
    err = ('failed to pull and unpack image \\"' + img + '\\": failed to resolve reference \\"' + img + '\\": ' + img + ': not found')
    noise = [
        (ing, '%IP:10.20% - - [%NG%] "GET /odoo/action-%INT:100:400% HTTP/2.0" 503 190 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" %INT:300:700% 0.000 [odoo-odoo-8069] [] - - - - %HEX:32%'),
        (ing, 'W%KL%       7 controller.go:1214] Service "odoo/odoo" does not have any active Endpoint.'),
        (nx, '%IP:10.244% - - [%NG%] "GET /v2/%PICK:platform/backstage|erp/odoo-custom|ds/jupyter-base%/manifests/%PICK:1.31.2|17.0.20260317|2026.03%" 200 0 %INT:2000:9000% %INT:2:30% "containerd/v1.7.22" [qtp%INT:100000:999999%-%INT:100:400%]'),
    ]
    w.add(EV(ns), ev_json(ns, "Deployment", "odoo", "ScalingReplicaSet", "Normal", "Scaled down replica set odoo-" + w.safe(10) + " to 0 from 1", comp="deployment-controller", api="apps/v1"), gap=(0, 1))
    w.add(EV(ns), ev_json(ns, "Deployment", "odoo", "ScalingReplicaSet", "Normal", "Scaled up replica set " + rsn + " to 1", comp="deployment-controller", api="apps/v1"))
    w.add(EV(ns), ev_json(ns, "Pod", pod, "Scheduled", "Normal", "Successfully assigned odoo/" + pod + " to " + node, comp="default-scheduler"))
    w.add(EV(ns), ev_json(ns, "Pod", pod, "Pulling", "Normal", 'Pulling image "' + img + '"', host=node))
    w.add(cd, 'time="%ISO6%" level=info msg="PullImage \\"' + img + '\\""')
    w.add(nx, '%IP:10.244% - - [%NG%] "GET /v2/ HTTP/1.1" 401 0 113 1 "containerd/v1.7.22" [qtp%INT:100000:999999%-%INT:100:400%]')
    w.add(nx, '%IP:10.244% - deploy-bot [%NG%] "GET /v2/erp/odoo-custom/manifests/17.0.20260324 HTTP/1.1" 404 0 %INT:90:140% %INT:2:9% "containerd/v1.7.22" [qtp%INT:100000:999999%-%INT:100:400%]', ev=True)
    w.add(cd, 'time="%ISO6%" level=error msg="PullImage \\"' + img + '\\" failed" error="rpc error: code = NotFound desc = ' + err + '"', ev=True)
    w.add(EV(ns), ev_json(ns, "Pod", pod, "Failed", "Warning", 'Failed to pull image "' + img + '": rpc error: code = NotFound desc = ' + err.replace('\\"', '"'), host=node), ev=True)
    w.add(EV(ns), ev_json(ns, "Pod", pod, "Failed", "Warning", "Error: ErrImagePull", host=node))
    w.mix(noise, 3)
    w.add(EV(ns), ev_json(ns, "Pod", pod, "BackOff", "Normal", 'Back-off pulling image "' + img + '"', host=node, count=3, first=40))
    w.add(EV(ns), ev_json(ns, "Pod", pod, "Failed", "Warning", "Error: ImagePullBackOff", host=node, count=3, first=40))
    w.mix(noise, 4)
    w.add(nx, '%IP:10.244% - deploy-bot [%NG%] "GET /v2/erp/odoo-custom/tags/list HTTP/1.1" 200 %INT:300:600% %INT:300:600% %INT:5:30% "curl/8.5.0" [qtp%INT:100000:999999%-%INT:100:400%]')
    w.add(cd, 'time="%ISO6%" level=info msg="PullImage \\"' + img + '\\""', gap=(10, 30))
    w.add(nx, '%IP:10.244% - deploy-bot [%NG%] "GET /v2/erp/odoo-custom/manifests/17.0.20260324 HTTP/1.1" 404 0 %INT:90:140% %INT:2:9% "containerd/v1.7.22" [qtp%INT:100000:999999%-%INT:100:400%]')
    w.add(cd, 'time="%ISO6%" level=error msg="PullImage \\"' + img + '\\" failed" error="rpc error: code = NotFound desc = ' + err + '"', ev=True)
    w.add(kl, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"odoo\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + img + '\\\\\\"\\"" pod="odoo/' + pod + '" podUID="%PUID:' + pod + '%"', 1290))
    w.mix(noise, 5)
    return rec(
        w, "kubeadm bare metal", "ERP has been down since this morning's deploy. Why doesn't Odoo come back?",
        sel(namespace=ns), "CRITICAL", "image_pull", "odoo",
        "The new Odoo Deployment references nexus.dc2.example.com:8443/erp/odoo-custom:17.0.20260324, a tag that does not exist in "
        "Nexus (manifest GET returns 404, containerd: not found), so the pod is in ImagePullBackOff; with the Recreate strategy the old "
        "pod is already gone.",
        "The rollout scaled the old ReplicaSet to 0 and the new pod cannot pull its image (NotFound); the odoo Service has no "
        "endpoints and ingress-nginx returns 503 for every request.",
        "Fix the image tag in the Deployment (or push the missing tag from CI) and roll out again; roll back with "
        "'kubectl rollout undo deploy/odoo -n odoo' to restore service immediately.")


# ---------------------------------------------------------------------------
@scenario
def sonarqube_liveness_aks():
    w = Win("sonarqube-aks", "aks-devtools-neu", "2026-03-26T09:00:00")
    ns = "sonarqube"
    node = "aks-tools-27182818-vmss000002"
    pod = "sonarqube-sonarqube-0"
    S = P(ns, pod, "sonarqube", node, "sonarqube")
    kl = J(node, "kubelet.service")
    ing = P("ingress-nginx", "ingress-nginx-controller-" + w.rs(), "controller", "aks-tools-27182818-vmss000000", "ingress-nginx")
    agent = P("ci-agents", "azp-agent-" + w.rs(), "azp-agent", "aks-tools-27182818-vmss000001", "azp-agent")
    noise = [
        (ing, '%IP:10.224% - - [%NG%] "POST /api/ce/submit?projectKey=%PICK:claims-api|portal-web|ledger-core% HTTP/1.1" 503 190 "-" "ScannerCLI/6.2.1.4610" %INT:900:3000% 0.000 [sonarqube-sonarqube-sonarqube-9000] [] - - - - %HEX:32%'),
        (ing, 'W%KL%       7 controller.go:1214] Service "sonarqube/sonarqube-sonarqube" does not have any active Endpoint.'),
        (agent, "##[error]ERROR: SonarQube server [https://sonar.corp.example.com] can not be reached"),
    ]
    probe_out = 'output="Get \\"http://%IP:10.244%:9000/api/system/liveness\\": dial tcp %IP:10.244%:9000: connect: connection refused"'
    for cycle in range(2):
        w.add(S, "%SQ% INFO  app[][o.s.a.AppFileSystem] Cleaning or creating temp directory /opt/sonarqube/temp", gap=(0, 1) if cycle == 0 else (2, 6))
        w.add(S, "%SQ% INFO  app[][o.s.a.es.EsSettings] Elasticsearch listening on [HTTP: 127.0.0.1:9001, TCP: 127.0.0.1:%INT:30000:45000%]")
        w.add(S, "%SQ% INFO  app[][o.s.a.ProcessLauncherImpl] Launch process[ELASTICSEARCH] from [/opt/sonarqube/elasticsearch]: /opt/sonarqube/elasticsearch/bin/elasticsearch")
        w.add(S, "%SQ% INFO  app[][o.s.a.SchedulerImpl] Waiting for Elasticsearch to be up and running")
        w.mix(noise, 1)
        w.add(S, "%SQ% INFO  es[][o.e.n.Node] started [sonarqube], version [8.14.3], pid [%INT:100:300%]", gap=(25, 40))
        w.add(S, "%SQ% INFO  app[][o.s.a.SchedulerImpl] Process[es] is up")
        w.add(S, "%SQ% INFO  app[][o.s.a.ProcessLauncherImpl] Launch process[WEB_SERVER] from [/opt/sonarqube]: /opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInMethods -Xmx2G -Xms128m -XX:+HeapDumpOnOutOfMemoryError -Dhttp.nonProxyHosts=localhost|127.*|[::1] -cp ./lib/sonar-application-10.7.0.96327.jar:/opt/sonarqube/lib/jdbc/postgresql/postgresql-42.7.4.jar org.sonar.server.app.WebServer /opt/sonarqube/temp/sq-process%INT:1000000000:9999999999%properties")
        w.add(S, "%SQ% INFO  web[][o.s.p.ProcessEntryPoint] Starting Web Server")
        w.add(S, "%SQ% INFO  web[][o.s.s.p.LogServerVersion] SonarQube Server / 10.7.0.96327 / %HEX:40%")
        w.add(S, "%SQ% INFO  web[][o.s.s.e.EsClientProvider] Connected to local Elasticsearch: [http://localhost:9001]")
        w.add(S, "%SQ% INFO  web[][o.s.s.e.IndexCreator] Create type issues/auth", gap=(5, 10))
        w.add(S, "%SQ% INFO  web[][o.s.s.es.IndexerStartupTask] Indexing of type [issues/issue] ...", ev=(cycle == 0))
        for k in range(2):
            w.add(kl, klog("I", "prober.go:107", '"Probe failed" probeType="Liveness" pod="sonarqube/' + pod + '" podUID="%PUID:' + pod + '%" containerName="sonarqube" probeResult="failure" ' + probe_out, 2604), ev=(cycle == 0 and k == 0), gap=(8, 12))
            w.add(EV(ns), ev_json(ns, "Pod", pod, "Unhealthy", "Warning", "Liveness probe failed: Get \"http://%IP:10.244%:9000/api/system/liveness\": dial tcp %IP:10.244%:9000: connect: connection refused", host=node, count=3 * cycle + k + 1, first=30 * (cycle * 3 + k)), ev=(cycle == 1 and k == 1))
            w.add(S, "%SQ% INFO  web[][o.s.s.es.BulkIndexer] %INT:1:4%%INT:0:9%%INT:0:9%%INT:0:9%%INT:0:9%%INT:0:9% requests processed (%INT:200:900% items/sec)")
        w.add(EV(ns), ev_json(ns, "Pod", pod, "Killing", "Normal", "Container sonarqube failed liveness probe, will be restarted", host=node, count=cycle + 1, first=200 * cycle), ev=True)
        w.add(S, "%SQ% INFO  app[][o.s.a.SchedulerImpl] Sonarqube has been requested to stop")
        w.add(S, "%SQ% INFO  app[][o.s.a.SchedulerImpl] Process[Web Server] is stopped")
        w.add(S, "%SQ% INFO  app[][o.s.a.SchedulerImpl] Process[ElasticSearch] is stopped")
        w.mix(noise, 2)
    w.add(kl, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"sonarqube\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=sonarqube pod=' + pod + '_sonarqube(%PUID:' + pod + '%)\\"" pod="sonarqube/' + pod + '" podUID="%PUID:' + pod + '%"', 2604))
    w.mix(noise, 2)
    return rec(
        w, "AKS", "Every pipeline's SonarQube step fails with 'server can not be reached'. What is wrong with SonarQube?",
        sel(namespace=ns), "CRITICAL", "probe_failure", "sonarqube-sonarqube",
        "The liveness probe (port 9000 /api/system/liveness) starts failing before SonarQube finishes its Elasticsearch re-index at "
        "startup; after three failures kubelet kills the healthy-but-starting container, so it never completes startup and loops.",
        "SonarQube starts, launches Elasticsearch and the web server and begins indexing issues, but nothing listens on :9000 yet; the "
        "liveness probe gets connection refused, kubelet restarts the container mid-index every cycle, and the ingress has no endpoints.",
        "Add a startupProbe (or raise the liveness initialDelaySeconds/failureThreshold) to cover the re-index, let one start "
        "complete, then restore normal probe timings.")


# ---------------------------------------------------------------------------
@scenario
def keycloak_readiness_404_ocp():
    w = Win("keycloak-upgrade-ocp", "ocp-intranet", "2026-03-26T19:05:00")
    ns = "sso"
    nodes = ["worker-%d.ocp-intranet.corp.example.com" % i for i in (1, 3, 4)]
    kc = [P(ns, "keycloak-%d" % i, "keycloak", nodes[i], "keycloak", log_type="application") for i in range(3)]
    kl = J(nodes[2], "kubelet.service")
    rtr = P("openshift-ingress", "router-default-" + w.rs(), "router", nodes[0], "router", log_type="infrastructure")
    noise = [
        (rtr, "%ISO% haproxy[%INT:100:999%]: %IP:10.128%:%INT:30000:60000% [%NG%] fe_sni~ be_secure:sso:keycloak/pod:keycloak-%PICK:0|1%:keycloak:https:10.129.%INT:0:9%.%INT:2:250%:8443 0/0/1/%INT:5:60%/%INT:6:65% 200 %INT:800:4000% - - --NI %INT:10:60%/%INT:5:30%/0/0/0 0/0 \"%PICK:GET /realms/intranet/protocol/openid-connect/certs|POST /realms/intranet/protocol/openid-connect/token|GET /realms/intranet/.well-known/openid-configuration% HTTP/1.1\""),
        (kc[0], '%SP% WARN  [org.keycloak.events] (executor-thread-%INT:1:40%) type="LOGIN_ERROR", realmId="%PUID:realm%", realmName="intranet", clientId="nextcloud", userId="%UUID%", ipAddress="10.20.%INT:1:30%.%INT:2:250%", error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", redirect_uri="https://files.intra.example.com/apps/user_oidc/code", code_id="%UUID%", username="%PICK:h.berger|a.rossi%"'),
        (EV(ns), ev_agent("StatefulSet", "keycloak", "SuccessfulCreate", "Normal", "create Pod keycloak-2 in StatefulSet keycloak successful", comp="statefulset-controller")),
    ]
    w.add(EV(ns), ev_agent("Pod", "keycloak-2", "Killing", "Normal", "Stopping container keycloak", host=nodes[2]), gap=(0, 1))
    w.add(EV(ns), ev_agent("StatefulSet", "keycloak", "SuccessfulCreate", "Normal", "create Pod keycloak-2 in StatefulSet keycloak successful", comp="statefulset-controller"))
    w.add(EV(ns), ev_agent("Pod", "keycloak-2", "Pulled", "Normal", 'Successfully pulled image "quay.io/keycloak/keycloak:25.0.6" in 4.21s (4.21s including waiting). Image size: 463881923 bytes.', host=nodes[2]))
    w.add(EV(ns), ev_agent("Pod", "keycloak-2", "Started", "Normal", "Started container keycloak", host=nodes[2]))
    w.add(kc[2], "%SP% INFO  [org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider] (main) Hostname settings: Base URL: <unset>, Hostname: sso.intra.example.com, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true")
    w.add(kc[2], "%SP% INFO  [org.infinispan.CONTAINER] (ForkJoinPool.commonPool-worker-1) ISPN000556: Starting user marshaller 'org.infinispan.commons.marshall.ImmutableProtoStreamMarshaller'")
    w.add(kc[2], "%SP% INFO  [org.infinispan.CLUSTER] (jgroups-6,keycloak-2) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|6] (3) [keycloak-0, keycloak-1, keycloak-2]")
    w.add(kc[2], "%SP% INFO  [org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory] (main) Node name: keycloak-2, Site name: null")
    w.add(kc[2], "%SP% INFO  [io.quarkus] (main) Keycloak 25.0.6 on JVM (powered by Quarkus 3.8.5) started in 14.812s. Listening on: https://0.0.0.0:8443. Management interface listening on https://0.0.0.0:9000.", ev=True)
    w.add(kc[2], "%SP% INFO  [io.quarkus] (main) Profile prod activated.")
    w.add(kc[2], "%SP% INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]")
    w.mix(noise[:2], 2)
    for k in range(5):
        w.add(kl, klog("I", "prober.go:107", '"Probe failed" probeType="Readiness" pod="sso/keycloak-2" podUID="%PUID:kc2%" containerName="keycloak" probeResult="failure" output="HTTP probe failed with statuscode: 404"', 2877), ev=(k == 0), gap=(5, 11))
        if k in (0, 2, 4):
            w.add(EV(ns), ev_agent("Pod", "keycloak-2", "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=nodes[2]), ev=(k == 0))
        w.mix(noise[:2], 2)
    w.add(P("openshift-operator-lifecycle-manager", "olm-operator-" + w.rs(), "olm-operator", nodes[0], "olm-operator", log_type="infrastructure"),
          'time="%SEC%" level=info msg="csv in operatorgroup" csv=keycloak-operator.v25.0.6 id=%SAFE:5% namespace=sso opgroup=sso-og phase=Succeeded')
    w.mix(noise[:2], 3)
    return rec(
        w, "OpenShift", "The Keycloak 25 upgrade has been stuck on keycloak-2 for an hour. Why won't the StatefulSet roll on?",
        sel(namespace=ns, app="keycloak"), "ERROR", "probe_failure", "keycloak",
        "Keycloak 25 serves /health/* only on the management interface (port 9000); the StatefulSet's readiness probe still targets "
        "/health/ready on 8443, which now returns 404, so keycloak-2 runs fine but never becomes Ready.",
        "keycloak-2 starts cleanly on 25.0.6, joins the Infinispan cluster and logs 'Management interface listening on :9000', yet every "
        "readiness probe gets HTTP 404; the rolling update waits on it while keycloak-0/1 (old version) keep serving logins.",
        "Point the readiness/liveness probes at port 9000 (/health/ready, /health/live, scheme HTTPS) or set http-management-port "
        "accordingly; the rollout continues as soon as keycloak-2 turns Ready.")


# ---------------------------------------------------------------------------
@scenario
def kfp_instance_type_eks():
    w = Win("kfp-train-eks", "eks-mlops-use1", "2026-03-27T14:30:00")
    ns = "kubeflow-user-imaging"
    kns = "kube-system"
    pod = "xray-classifier-train-%s-system-container-impl-%d" % (w.safe(5), w.rng.randint(1000000000, 4294967295))
    karp = P(kns, "karpenter-" + w.rs(), "controller", "ip-10-50-12-33.ec2.internal", "karpenter")
    drv = P(ns, pod.replace("system-container-impl", "system-container-driver"), "main", "ip-10-50-40-7.ec2.internal", "kfp-driver")
    wfc = P("kubeflow", "workflow-controller-" + w.rs(), "workflow-controller", "ip-10-50-12-33.ec2.internal", "workflow-controller")
    api = P("kubeflow", "ml-pipeline-" + w.rs(), "ml-pipeline-api-server", "ip-10-50-12-33.ec2.internal", "ml-pipeline")
    req = ('incompatible with nodepool \\"gpu\\", daemonset overhead={\\"cpu\\":\\"330m\\",\\"memory\\":\\"480Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, '
           'key node.kubernetes.io/instance-type, node.kubernetes.io/instance-type In [p4d.24xlarge] not in node.kubernetes.io/instance-type In '
           '[g5.12xlarge g5.2xlarge g5.4xlarge g5.xlarge g6.2xlarge g6.xlarge]; incompatible with nodepool \\"general\\", daemonset overhead={\\"cpu\\":\\"330m\\",\\"memory\\":\\"480Mi\\",\\"pods\\":\\"6\\"}, '
           'incompatible requirements, key nvidia.com/gpu, nvidia.com/gpu DoesNotExist')
    sched = ("0/9 nodes are available: 2 Insufficient nvidia.com/gpu, 7 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: "
             "2 No preemption victims found for incoming pod, 7 Preemption is not helpful for scheduling.")
    noise = [
        (karp, '{"level":"INFO","time":"%ISO%","logger":"controller","message":"found provisionable pod(s)","commit":"62a726c","controller":"provisioner","namespace":"","name":"","reconcileID":"%UUID%","Pods":"kubeflow-user-imaging/' + pod + '","duration":"%INT:20:90%.%INT:100000:999999%ms"}'),
        (wfc, 'time="%ISO%" level=info msg="Processing workflow" Phase=Running ResourceVersion=%INT:10000000:99999999% namespace=kubeflow-user-imaging workflow=xray-classifier-train-' + pod.split("-")[3]),
        (api, "I%KL%       1 interceptor.go:29] /api.RunServiceV1/ListRunsV1 handler starting"),
        (api, "I%KL%       1 interceptor.go:37] /api.RunServiceV1/ListRunsV1 handler finished"),
        (P("kubeflow", "ml-pipeline-persistenceagent-" + w.rs(), "ml-pipeline-persistenceagent", "ip-10-50-12-33.ec2.internal", "ml-pipeline-persistenceagent"),
         'time="%ISO%" level=info msg="Syncing Workflow (xray-classifier-train-' + pod.split("-")[3] + '): success, processing complete." Workflow=xray-classifier-train-' + pod.split("-")[3]),
    ]
    w.add(karp, '{"level":"INFO","time":"%ISO%","logger":"controller","message":"disrupting nodeclaim(s) via delete, terminating 1 nodes (0 pods) ip-10-50-71-19.ec2.internal/m6i.xlarge/on-demand","commit":"62a726c","controller":"disruption","command-id":"%UUID%","reason":"empty"}', gap=(0, 1))
    w.add(drv, "I%KL%       1 driver.go:%INT:250:300%] input ComponentSpec:{\"executorLabel\":\"exec-train\",\"inputDefinitions\":{\"artifacts\":{\"dataset\":{}}}}", gap=(0, 1))
    w.add(drv, "I%KL%       1 driver.go:%INT:900:1000%] output podSpecPatch=\"{\\\"containers\\\":[{\\\"name\\\":\\\"main\\\",\\\"image\\\":\\\"registry.corp.example.com/imaging/xray-train:2.4.0\\\",\\\"resources\\\":{\\\"limits\\\":{\\\"nvidia.com/gpu\\\":\\\"4\\\"}}}],\\\"nodeSelector\\\":{\\\"node.kubernetes.io/instance-type\\\":\\\"p4d.24xlarge\\\"}}\"")
    w.add(EV(ns), ev_agent("Pod", pod, "FailedScheduling", "Warning", sched, comp="default-scheduler"), ev=True)
    w.mix(noise, 2)
    w.add(karp, '{"level":"ERROR","time":"%ISO%","logger":"controller","message":"could not schedule pod","commit":"62a726c","controller":"provisioner","namespace":"","name":"","reconcileID":"%UUID%","Pod":{"name":"' + pod + '","namespace":"kubeflow-user-imaging"},"error":"' + req + '"}', ev=True)
    w.add(EV(ns), ev_agent("Pod", pod, "FailedScheduling", "Warning", "Failed to schedule pod, " + req.replace('\\"', '"'), comp="karpenter"), ev=True)
    for k in range(4):
        w.mix(noise, 3, gap=(10, 40))
        w.add(karp, '{"level":"ERROR","time":"%ISO%","logger":"controller","message":"could not schedule pod","commit":"62a726c","controller":"provisioner","namespace":"","name":"","reconcileID":"%UUID%","Pod":{"name":"' + pod + '","namespace":"kubeflow-user-imaging"},"error":"' + req + '"}', ev=(k == 3))
        if k % 2:
            w.add(EV(ns), ev_agent("Pod", pod, "FailedScheduling", "Warning", sched, comp="default-scheduler"))
    w.mix(noise[1:3], 3)
    return rec(
        w, "EKS", "Our xray-classifier training run in Kubeflow has been Pending for an hour. Why doesn't it start?",
        sel(namespace=ns), "ERROR", "scheduling", "xray-classifier-train",
        "The training step pins nodeSelector node.kubernetes.io/instance-type=p4d.24xlarge, but the only GPU NodePool ('gpu') "
        "allows just g5/g6 instance types, so no existing node fits and Karpenter cannot provision one (incompatible requirements).",
        "The step pod is unschedulable (Insufficient nvidia.com/gpu / node affinity mismatch) and Karpenter repeatedly reports "
        "'could not schedule pod ... p4d.24xlarge not in [g5... g6...]', so the pipeline run waits forever.",
        "Remove the p4d nodeSelector from the pipeline component (or request a g5.12xlarge-compatible GPU count), or add p4d.24xlarge "
        "to the gpu NodePool requirements if that hardware is really needed.")


# ---------------------------------------------------------------------------
@scenario
def argo_quota_rke2():
    w = Win("features-argo-rke2", "rke2-dataplatform", "2026-03-27T02:05:00")
    ns = "feature-eng"
    wf = "nightly-features-" + w.safe(5)
    bf = "claims-backfill-" + w.safe(5)
    node = "rke2-data-0%d" % w.rng.randint(1, 4)
    C = P("argo", "argo-workflows-workflow-controller-" + w.rs(), "controller", "rke2-ctl-02", "argo-workflows-workflow-controller")
    podn = "%s-extract-%d" % (wf, w.rng.randint(1000000000, 4294967295))
    quota = ('pods \\"' + podn + '\\" is forbidden: exceeded quota: feature-eng-compute, requested: requests.cpu=4,requests.memory=16Gi, '
             'used: requests.cpu=30,requests.memory=116Gi, limited: requests.cpu=32,requests.memory=128Gi')
    bfp = [P(ns, "%s-shard-%d" % (bf, w.rng.randint(1000000000, 4294967295)), "main", "rke2-data-0%d" % (i % 4 + 1), "argo-workflow") for i in range(3)]
    noise = [
        (C, 'time="%ISO%" level=info msg="Processing workflow" Phase=Running ResourceVersion=%INT:1000000:9999999% namespace=feature-eng workflow=' + bf),
        (bfp[0], 'time="%ISO%" level=info msg="shard %INT:10:60%/64: wrote %INT:100000:900000% rows to s3://feature-store/claims/2025/" argo=true'),
        (bfp[1], 'time="%ISO%" level=info msg="shard %INT:10:60%/64: wrote %INT:100000:900000% rows to s3://feature-store/claims/2025/" argo=true'),
        (C, 'time="%ISO%" level=info msg="Workflow pod update" namespace=feature-eng podName=' + bf + '-shard-%INT:1000000000:4294967295%'),
    ]
    w.add(C, 'time="%ISO%" level=info msg="Processing workflow" Phase= ResourceVersion=%INT:1000000:9999999% namespace=feature-eng workflow=' + wf, gap=(0, 1))
    w.add(C, 'time="%ISO%" level=info msg="Updated phase  -> Running" namespace=feature-eng workflow=' + wf)
    w.add(C, 'time="%ISO%" level=info msg="Steps node ' + wf + ' initialized Running" namespace=feature-eng workflow=' + wf)
    w.add(C, 'time="%ISO%" level=info msg="Pod node ' + podn.replace("-extract-", "-") + ' initialized Pending" namespace=feature-eng workflow=' + wf)
    w.add(C, 'time="%ISO%" level=info msg="Failed to create pod ' + podn + ' (' + wf + '[0].extract): ' + quota + '" namespace=feature-eng workflow=' + wf, ev=True)
    w.add(C, 'time="%ISO%" level=info msg="Transient error: ' + quota + '"', ev=True)
    w.add(C, 'time="%ISO%" level=info msg="Mark node ' + wf + '[0].extract as Pending, due to: ' + quota + '" namespace=feature-eng workflow=' + wf, ev=True)
    w.add(EV(ns), ev_agent("Workflow", wf, "WorkflowNodePending", "Normal", "Pending node " + wf + "[0].extract: " + quota.replace('\\"', '"'), comp="workflow-controller"))
    for k in range(3):
        w.mix(noise, 3, gap=(5, 30))
        w.add(C, 'time="%ISO%" level=info msg="Transient error: ' + quota + '"', gap=(10, 30))
    w.add(C, 'time="%ISO%" level=info msg="Workflow pod update" namespace=feature-eng podName=' + bfp[2]["pod"], gap=(20, 60))
    w.add(C, 'time="%ISO%" level=info msg="node ' + bf + '[3].shard(41) phase Running -> Succeeded" namespace=feature-eng workflow=' + bf)
    w.add(C, 'time="%ISO%" level=info msg="Created pod: ' + wf + '[0].extract (' + podn + ')" namespace=feature-eng workflow=' + wf)
    w.add(EV(ns), ev_agent("Pod", podn, "Scheduled", "Normal", "Successfully assigned feature-eng/" + podn + " to " + node, comp="default-scheduler"))
    w.add(P(ns, podn, "main", node, "argo-workflow"), 'time="%ISO%" level=info msg="extracting claims features for 2026-03-26" argo=true')
    w.mix(noise, 3)
    return rec(
        w, "Rancher RKE2", "Tonight's nightly-features workflow is running late. Is the cluster out of resources?",
        sel(namespace=ns), "WARN", "scheduling", "nightly-features",
        "The namespace ResourceQuota feature-eng-compute is exhausted (30 of 32 CPU requested) by the claims backfill, so pod "
        "creation for the nightly-features extract step is refused with 'exceeded quota' until backfill pods finish.",
        "Argo treats the 'forbidden: exceeded quota' as transient and keeps the extract node Pending, retrying; once a backfill shard "
        "completed the pod was created and scheduled. The cluster itself is not out of capacity.",
        "No immediate action; to avoid delays give the nightly workflow its own quota/priority, cap the backfill's parallelism, or "
        "raise feature-eng-compute.")


# ---------------------------------------------------------------------------
@scenario
def rke2_coredns_drain():
    w = Win("backstage-dns-rke2", "rke2-collab", "2026-03-28T10:10:00")
    ks, bns = "kube-system", "backstage"
    drained = "rke2-w02"
    rsn = "rke2-coredns-rke2-coredns-" + w.safe(10)
    c_old = [rsn + "-" + w.safe(5) for _ in range(2)]
    c_new = [rsn + "-" + w.safe(5) for _ in range(2)]
    suc = P("system-upgrade", "apply-os-patch-on-rke2-w02-with-%s-%s" % (w.hx(10), w.safe(5)), "drain", "rke2-w01", "system-upgrade-controller")
    bs = P(bns, "backstage-" + w.rs(), "backstage", "rke2-w03", "backstage")
    mm = P("mattermost", "mattermost-" + w.rs(), "mattermost", "rke2-w04", "mattermost")
    N = [P(ks, c, "coredns", "rke2-w0%d" % (3 + i), "rke2-coredns") for i, c in enumerate(c_new)]
    noise = [
        (bs, '{"level":"info","message":"::ffff:10.42.%INT:0:9%.%INT:2:250% - - [%NG%] \\"GET /api/catalog/entities/by-query?limit=%PICK:20|50|100% HTTP/1.1\\" 200 %INT:2000:90000% \\"https://portal.collab.example.com/catalog\\" \\"Mozilla/5.0 (X11; Linux x86_64)\\"","service":"backstage","type":"incomingRequest","timestamp":"%SP%"}'),
        (mm, '{"timestamp":"%SP% Z","level":"info","msg":"Received HTTP request","caller":"web/handlers.go:181","method":"GET","url":"/api/v4/users/me","request_id":"%HEX:26%","status_code":"200"}'),
        (suc, "evicting pod %PICK:backstage/techdocs-builder|monitoring/node-exporter-probe|mattermost/mattermost-push-proxy%-%SAFE:10%-%SAFE:5%"),
    ]
    w.mix(noise[:2], 2)
    w.add(EV("default"), ev_agent("Node", drained, "NodeNotSchedulable", "Normal", "Node " + drained + " status is now: NodeNotSchedulable", host=drained))
    w.add(suc, "node/" + drained + " cordoned")
    w.add(suc, "evicting pod kube-system/" + c_old[0], ev=True)
    w.add(suc, "evicting pod kube-system/" + c_old[1], ev=True)
    w.add(EV(ks), ev_agent("Pod", c_old[0], "Killing", "Normal", "Stopping container coredns", host=drained), ev=True)
    w.add(EV(ks), ev_agent("Pod", c_old[1], "Killing", "Normal", "Stopping container coredns", host=drained), ev=True)
    w.add(P(ks, c_old[0], "coredns", drained, "rke2-coredns"), "[INFO] SIGTERM: Shutting down servers then terminating")
    w.add(P(ks, c_old[1], "coredns", drained, "rke2-coredns"), "[INFO] SIGTERM: Shutting down servers then terminating")
    w.add(EV(ks), ev_agent("ReplicaSet", rsn, "SuccessfulCreate", "Normal", "Created pod: " + c_new[0], comp="replicaset-controller"))
    w.add(EV(ks), ev_agent("ReplicaSet", rsn, "SuccessfulCreate", "Normal", "Created pod: " + c_new[1], comp="replicaset-controller"))
    w.add(bs, '{"level":"error","message":"Failed to read catalog entity refresh state: getaddrinfo EAI_AGAIN backstage-postgresql.backstage.svc.cluster.local","plugin":"catalog","service":"backstage","timestamp":"%SP%"}')
    w.add(mm, '{"timestamp":"%SP% Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:%INT:200:400%","error":"dial tcp: lookup mattermost-postgresql on 10.43.0.10:53: read udp %IP:10.42%:%INT:30000:60000%->10.43.0.10:53: read: connection refused","retrying in seconds":10}')
    w.add(bs, '{"level":"warn","message":"Failed to fetch https://gitlab.collab.example.com/platform/catalog/-/raw/main/catalog-info.yaml, getaddrinfo EAI_AGAIN gitlab.collab.example.com","plugin":"catalog","service":"backstage","timestamp":"%SP%"}')
    w.add(EV(ks), ev_agent("Pod", c_new[0], "Scheduled", "Normal", "Successfully assigned kube-system/" + c_new[0] + " to rke2-w03", comp="default-scheduler"))
    w.add(EV(ks), ev_agent("Pod", c_new[1], "Scheduled", "Normal", "Successfully assigned kube-system/" + c_new[1] + " to rke2-w04", comp="default-scheduler"))
    w.add(suc, "pod/" + c_old[0] + " evicted")
    w.add(suc, "pod/" + c_old[1] + " evicted")
    w.add(bs, '{"level":"error","message":"Failed to read catalog entity refresh state: getaddrinfo EAI_AGAIN backstage-postgresql.backstage.svc.cluster.local","plugin":"catalog","service":"backstage","timestamp":"%SP%"}')
    w.add(EV(ks), ev_agent("Pod", c_new[0], "Started", "Normal", "Started container coredns", host="rke2-w03"))
    w.add(N[0], ".:53")
    w.add(N[0], "[INFO] plugin/reload: Running configuration SHA512 = %HEX:128%")
    w.add(N[0], "CoreDNS-1.11.3")
    w.add(mm, '{"timestamp":"%SP% Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:%INT:200:400%","error":"dial tcp: lookup mattermost-postgresql on 10.43.0.10:53: read udp %IP:10.42%:%INT:30000:60000%->10.43.0.10:53: i/o timeout","retrying in seconds":10}')
    w.add(EV(ks), ev_agent("Pod", c_new[0], "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host="rke2-w03"))
    w.add(EV(ks), ev_agent("Pod", c_new[1], "Started", "Normal", "Started container coredns", host="rke2-w04"))
    w.add(N[1], "[INFO] plugin/reload: Running configuration SHA512 = %HEX:128%")
    w.add(N[0], '[INFO] %IP:10.42%:%INT:30000:60000% - %INT:1000:65000% "A IN backstage-postgresql.backstage.svc.cluster.local. udp 77 false 512" NOERROR qr,aa,rd 148 0.000%INT:100:999%s', gap=(3, 8))
    w.add(mm, '{"timestamp":"%SP% Z","level":"info","msg":"Pinging SQL","caller":"sqlstore/store.go:%INT:230:260%","database":"master"}')
    w.add(bs, '{"level":"info","message":"Processed 212 entities in 4.81s","plugin":"catalog","service":"backstage","timestamp":"%SP%"}')
    w.add(suc, "node/" + drained + " drained")
    w.mix(noise, 5)
    return rec(
        w, "Rancher RKE2", "Backstage and Mattermost logged a burst of DNS errors (EAI_AGAIN, lookup failed) around 10:10. What happened?",
        sel(namespace=bns), "WARN", "dns_resolution", "rke2-coredns-rke2-coredns",
        "Both replicas of rke2-coredns-rke2-coredns ran on rke2-w02 and had no PodDisruptionBudget, so the OS-patch drain evicted "
        "them together and cluster DNS had no ready endpoint for about half a minute.",
        "The system-upgrade drain of rke2-w02 evicted both CoreDNS pods at once; until the replacements on w03/w04 became ready, "
        "lookups failed (EAI_AGAIN, connection refused, i/o timeout) in Backstage and Mattermost, then resolved again by themselves.",
        "Add a PodDisruptionBudget (minAvailable: 1) and pod anti-affinity/topology spread for CoreDNS so drains never take all "
        "replicas; consider NodeLocal DNSCache.")


# ---------------------------------------------------------------------------
@scenario
def oracle_listener_talos():
    w = Win("gl-posting-talos", "talos-fin-prod", "2026-03-29T05:30:00")
    ns = "finance-batch"
    nodes = ["talos-w-%s" % w.safe(3) for _ in range(3)]
    gl = P(ns, "gl-posting-" + w.rs(), "app", nodes[0], "gl-posting")
    rec_ = P(ns, "recon-" + w.rs(), "recon", nodes[1], "reconciliation")
    dbg = P(ns, "netshoot-debug", "netshoot", nodes[2], None)
    dns = P("kube-system", "coredns-" + w.rs(), "coredns", nodes[1], "kube-dns")
    host, ip = "finprd-db.corp.example.com", "10.20.4.31"
    cid = lambda: "(CONNECTION_ID=%s==)" % "".join(w.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22))
    noise = [
        (gl, "%SP%  INFO 1 --- [   scheduling-1] c.f.gl.posting.PostingScheduler          : polling posting queue: %INT:200:900% pending journal batches"),
        (dns, '[INFO] %IP:10.244%:%INT:30000:60000% - %INT:1000:65000% "A IN ' + host + '. udp 55 false 1232" NOERROR qr,rd,ra 98 0.00%INT:1:9%%INT:100:999%s'),
        ({"job": "talos", "service": "kubelet", "node": nodes[0]}, '{"level":"info","msg":"\\"SyncLoop (probe)\\" probe=\\"readiness\\" status=\\"ready\\" pod=\\"finance-batch/' + gl["pod"] + '\\"","talos-service":"kubelet"}'),
    ]
    w.mix(noise, 2)
    w.add(gl, "%SP%  WARN 1 --- [   scheduling-1] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Connection oracle.jdbc.driver.T4CConnection@%HEX:7% marked as broken because of SQLSTATE(08006), ErrorCode(17002)")
    w.add(gl, "java.sql.SQLRecoverableException: IO Error: Connection closed")
    w.add(gl, "%SP% ERROR 1 --- [   scheduling-1] c.f.gl.posting.PostingScheduler          : batch JB-%INT:10000:99999% failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection")
    w.add(gl, "Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection " + cid())
    w.add(gl, "Caused by: oracle.net.ns.NetException: ORA-12541: Cannot connect. No listener at host " + ip + " port 1521. " + cid(), ev=True)
    w.add(gl, "Caused by: java.net.ConnectException: Connection refused", ev=True)
    w.mix(noise, 2)
    w.add(rec_, "%PY% ERROR recon.db: cannot open FINPRD session, retrying in 30s")
    w.add(rec_, "oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database " + cid() + ".", ev=True)
    w.add(rec_, "[Errno 111] Connection refused", ev=True)
    w.mix(noise, 2)
    w.add(dbg, "/ # nc -vz " + host + " 1521")
    w.add(dbg, "nc: connect to " + host + " (" + ip + ") port 1521 (tcp) failed: Connection refused", ev=True)
    w.add(dbg, "/ # nc -vz " + host + " 22")
    w.add(dbg, "Connection to " + host + " (" + ip + ") 22 port [tcp/ssh] succeeded!")
    w.mix(noise, 2)
    for k in range(2):
        w.add(gl, "%SP% ERROR 1 --- [   scheduling-1] c.f.gl.posting.PostingScheduler          : batch JB-%INT:10000:99999% failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection", gap=(15, 40))
        w.add(gl, "Caused by: oracle.net.ns.NetException: ORA-12541: Cannot connect. No listener at host " + ip + " port 1521. " + cid(), ev=(k == 1))
        w.add(rec_, "%PY% ERROR recon.db: cannot open FINPRD session, retrying in 30s")
        w.add(rec_, "oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database " + cid() + ".")
        w.add(rec_, "[Errno 111] Connection refused")
        w.mix(noise, 2)
    return rec(
        w, "Talos", "The early GL posting batch is failing and the reconciliation service cannot open a session. What's broken?",
        sel(namespace=ns, app="gl-posting"), "ERROR", "connection_refused", "FINPRD",
        "The Oracle listener for FINPRD on finprd-db.corp.example.com (10.20.4.31:1521) is not running: every connection is "
        "refused (ORA-12541 No listener / Errno 111), while the host itself is reachable and DNS resolves.",
        "Existing pooled connections broke and all new JDBC and python-oracledb connections to FINPRD get 'connection refused' on "
        "port 1521; a debug pod confirms port 1521 refused but SSH on the same host answers, so the database listener is down.",
        "Ask the DBAs to start the listener / database on finprd-db (lsnrctl status / lsnrctl start); batches retry by themselves "
        "and failed journal batches should be re-queued afterwards.")


# ---------------------------------------------------------------------------
@scenario
def mlflow_504_gke():
    w = Win("mlflow-gke", "ds-prod-euw4", "2026-03-28T10:20:00")
    mns, tns = "mlflow", "ds-training"
    node = "gke-ds-prod-euw4-core-pool-3f9c2a1b-k2vd"
    M = P(mns, "mlflow-tracking-" + w.rs(), "mlflow", node, "mlflow-tracking")
    ing = P("ingress-nginx", "ingress-nginx-controller-" + w.rs(), "controller", node, "ingress-nginx")
    jobs = [P(tns, "%s-%s" % (n, w.safe(5)), "trainer", "gke-ds-prod-euw4-gpu-pool-0c1d2e3f-%s" % w.safe(4), "training-job", job_name=n)
            for n in ("churn-xgb-hpo-17", "claims-nlp-finetune")]
    up = "10.48.%d.%d:5000" % (w.rng.randint(0, 15), w.rng.randint(2, 250))
    dash = P(tns, "exp-dashboard-" + w.rs(), "streamlit", node, "exp-dashboard")
    noise = [
        (jobs[0], "%PY% INFO trainer: trial %INT:100:300% finished auc=0.%INT:700:899% in %INT:20:90%s"),
        (jobs[1], "{'loss': %F:0.2:0.9:4%, 'grad_norm': %F:0.5:3:4%, 'learning_rate': %F:1:5:2%e-05, 'epoch': %F:0.5:2.9:2%}"),
        (ing, '%IP:10.8% - - [%NG%] "GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=%PICK:claims-nlp|churn%" 200 %INT:300:900% "-" "mlflow-python-client/2.16.2" %INT:200:500% 0.0%INT:10:99% [mlflow-mlflow-tracking-80] [] ' + up + ' %INT:300:900% 0.0%INT:10:99% 200 %HEX:32%'),
    ]
    w.mix(noise, 2)
    w.add(dash, "%PY% INFO exp_dashboard: refreshing leaderboard: search_runs(experiment_ids=['17'], max_results=50000, order_by=['metrics.auc DESC'])")
    w.add(M, "[%S0% +0000] [47] [INFO] POST /api/2.0/mlflow/runs/search experiment_ids=['17'] max_results=50000")
    w.mix(noise, 2)
    w.add(ing, "%GO% [error] %INT:30:60%#%INT:30:60%: *%INT:100000:999999% upstream timed out (110: Operation timed out) while reading response header from upstream, client: %IP:10.8%, server: mlflow.ds.example.com, request: \"POST /api/2.0/mlflow/runs/search HTTP/1.1\", upstream: \"http://" + up + "/api/2.0/mlflow/runs/search\", host: \"mlflow.ds.example.com\"", ev=True, gap=(30, 60))
    w.add(ing, '%IP:10.8% - - [%NG%] "POST /api/2.0/mlflow/runs/search HTTP/1.1" 504 160 "-" "mlflow-python-client/2.16.2" %INT:300:500% 60.00%INT:1:9% [mlflow-mlflow-tracking-80] [] ' + up + ' 0 60.00%INT:1:9% 504 %HEX:32%', ev=True)
    w.add(M, "[%S0% +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:47)", ev=True)
    w.add(M, "[%S0% +0000] [1] [ERROR] Worker (pid:47) was sent SIGKILL! Perhaps out of memory?")
    w.add(M, "[%S0% +0000] [91] [INFO] Booting worker with pid: 91")
    for k in range(3):
        w.add(ing, "%GO% [error] %INT:30:60%#%INT:30:60%: *%INT:100000:999999% upstream timed out (110: Operation timed out) while reading response header from upstream, client: %IP:10.8%, server: mlflow.ds.example.com, request: \"POST /api/2.0/mlflow/runs/log-batch HTTP/1.1\", upstream: \"http://" + up + "/api/2.0/mlflow/runs/log-batch\", host: \"mlflow.ds.example.com\"", ev=(k == 0), gap=(3, 20))
        w.add(ing, '%IP:10.8% - - [%NG%] "POST /api/2.0/mlflow/runs/log-batch HTTP/1.1" 504 160 "-" "mlflow-python-client/2.16.2" %INT:800:3000% 60.00%INT:1:9% [mlflow-mlflow-tracking-80] [] ' + up + ' 0 60.00%INT:1:9% 504 %HEX:32%')
        w.add(jobs[k % 2], "%PY% WARNING urllib3.connectionpool: Retrying (Retry(total=%INT:1:5%, connect=%INT:1:5%, read=%INT:1:5%, redirect=5, status=%INT:1:5%)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='mlflow.ds.example.com', port=443): Read timed out. (read timeout=120)\")': /api/2.0/mlflow/runs/log-batch")
        w.mix(noise, 1)
        if k == 1:
            w.add(M, "[%S0% +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:53)")
            w.add(M, "[%S0% +0000] [1] [ERROR] Worker (pid:53) was sent SIGKILL! Perhaps out of memory?")
            w.add(dash, "%PY% INFO exp_dashboard: refreshing leaderboard: search_runs(experiment_ids=['17'], max_results=50000, order_by=['metrics.auc DESC'])")
    w.add(jobs[1], "mlflow.exceptions.MlflowException: API request to https://mlflow.ds.example.com/api/2.0/mlflow/runs/log-batch failed with exception HTTPSConnectionPool(host='mlflow.ds.example.com', port=443): Max retries exceeded with url: /api/2.0/mlflow/runs/log-batch (Caused by ResponseError('too many 504 error responses'))")
    w.mix(noise, 3)
    return rec(
        w, "GKE", "Training jobs in ds-training fail to log metrics: 'too many 504 error responses' from MLflow. Why?",
        sel(namespace=tns), "ERROR", "timeout", "mlflow-tracking",
        "The MLflow tracking server answers too slowly: the experiment dashboard's search_runs with max_results=50000 occupies the "
        "gunicorn workers past their 60 s timeout, so ingress-nginx times out (504) on search and on the jobs' log-batch calls.",
        "ingress-nginx logs 'upstream timed out ... while reading response header' and 504 for mlflow-tracking; gunicorn kills "
        "workers on WORKER TIMEOUT (the 'Perhaps out of memory?' text is gunicorn's generic wording) and training jobs exhaust their "
        "retries.",
        "Stop or fix the dashboard query (paginate, smaller max_results, filter), give mlflow-tracking more gunicorn workers "
        "(--workers / --timeout) or a separate read replica, and re-run the failed jobs' logging.")


# ---------------------------------------------------------------------------
@scenario
def temporal_sepa_timeout_eks():
    w = Win("sepa-temporal-eks", "eks-payments-prod", "2026-03-30T08:00:00")
    ns = "payments-workflows"
    nodes = ["ip-10-40-%d-%d.eu-west-1.compute.internal" % (w.rng.randint(1, 60), w.rng.randint(2, 250)) for _ in range(3)]
    wk = [P(ns, "sepa-worker-" + w.rs(), "worker", nodes[i], "sepa-worker") for i in range(2)]
    fe = P("temporal", "temporal-frontend-" + w.rs(), "temporal-frontend", nodes[2], "temporal")
    hist = P("temporal", "temporal-history-" + w.rs(), "temporal-history", nodes[1], "temporal")
    egress = P("egress", "egress-proxy-" + w.rs(), "envoy", nodes[2], "egress-proxy")
    url = "https://api.sepa-gw.bank.example/v2/credit-transfers"

    def act_err(i, att):
        return (wk[i], '%ISO% WARN  Failed to process activity task. Namespace payments TaskQueue sepa-outbound WorkerID 1@' + wk[i]["pod"]
                + '@ WorkflowID payout-%INT:100000:999999% RunID %UUID% ActivityType SubmitCreditTransfer Attempt ' + str(att)
                + ' Error Post "' + url + '": context deadline exceeded (Client.Timeout exceeded while awaiting headers)')
    noise = [
        (wk[0], "%ISO% INFO  Activity completed. Namespace payments TaskQueue sepa-outbound ActivityType %PICK:ValidateIBAN|ReserveFunds|WriteLedgerEntry% Attempt 1"),
        (wk[1], "%ISO% INFO  Activity completed. Namespace payments TaskQueue sepa-outbound ActivityType %PICK:ValidateIBAN|ReserveFunds|WriteLedgerEntry% Attempt 1"),
        (fe, '{"level":"info","ts":"%ISO%","msg":"poll for task timed out","service":"frontend","wf-namespace":"payments","wf-task-queue-name":"sepa-outbound","logging-call-at":"handler.go:%INT:700:900%"}'),
        (hist, '{"level":"info","ts":"%ISO%","msg":"Range updated for shardID","shard-id":%INT:1:512%,"address":"10.40.%INT:1:60%.%INT:2:250%:7234","shard-range-id":%INT:100:999%,"previous-shard-range-id":%INT:100:999%,"logging-call-at":"context_impl.go:%INT:1000:1200%"}'),
    ]
    w.mix(noise, 3)
    for k in range(5):
        att = [1, 1, 2, 2, 3][k]
        lab, s = act_err(k % 2, att)
        w.add(lab, s, ev=(k in (0, 2, 4)), gap=(2, 20))
        w.add(egress, '[%ISO%] "POST /v2/credit-transfers HTTP/1.1" 504 UT 0 24 %INT:30000:30010% - "-" "Go-http-client/1.1" "%UUID%" "api.sepa-gw.bank.example" "%INT:100:200%.%INT:1:250%.%INT:1:250%.%INT:1:250%:443"', ev=(k in (1, 3)))
        w.mix(noise, 2)
    w.add(wk[0], "%ISO% INFO  Activity completed. Namespace payments TaskQueue sepa-outbound ActivityType SubmitCreditTransfer Attempt 3")
    w.add(egress, '[%ISO%] "POST /v2/credit-transfers HTTP/1.1" 201 - %INT:800:1500% %INT:200:400% %INT:8000:24000% %INT:8000:24000% "-" "Go-http-client/1.1" "%UUID%" "api.sepa-gw.bank.example" "%INT:100:200%.%INT:1:250%.%INT:1:250%.%INT:1:250%:443"')
    w.add(wk[1], "%ISO% INFO  Activity completed. Namespace payments TaskQueue sepa-outbound ActivityType SubmitCreditTransfer Attempt 2")
    w.mix(noise, 3)
    return rec(
        w, "EKS", "SEPA payouts are slow this morning and the workers log activity failures. Is our Temporal setup broken?",
        sel(namespace=ns, app="sepa-worker"), "WARN", "timeout", "api.sepa-gw.bank.example",
        "The external SEPA gateway api.sepa-gw.bank.example responds too slowly: SubmitCreditTransfer calls hit the 30 s client "
        "timeout (egress Envoy 504 UT), so the activity fails and Temporal retries it.",
        "Temporal itself is healthy; only the SubmitCreditTransfer activity fails with 'context deadline exceeded (Client.Timeout "
        "exceeded while awaiting headers)' and upstream timeouts at the egress proxy, and retries eventually succeed (201) with delay.",
        "Nothing to fix in the cluster; watch the retry backlog, raise the bank's gateway latency with the provider, and make sure "
        "SubmitCreditTransfer is idempotent (idempotency key) before increasing timeouts.")


# ---------------------------------------------------------------------------
@scenario
def vault_webhook_cert_aks():
    w = Win("claims-webhook-aks", "aks-claims-weu", "2026-03-31T07:10:00")
    ns, vns = "claims", "vault"
    nodes = ["aks-apps-16180339-vmss00000%d" % i for i in (3, 5, 6)]
    rsn = "claims-api-" + w.safe(10)
    api = [P(ns, rsn + "-" + w.safe(5), "claims-api", nodes[i % 3], "claims-api") for i in range(3)]
    inj = P(vns, "vault-agent-injector-" + w.rs(), "sidecar-injector", nodes[1], "vault-agent-injector")
    ing = P("app-routing-system", "nginx-" + w.rs(), "controller", nodes[0], "nginx")
    werr = ('Error creating: Internal error occurred: failed calling webhook "vault.hashicorp.com": failed to call webhook: '
            'Post "https://vault-agent-injector-svc.vault.svc:443/mutate?timeout=10s": tls: failed to verify certificate: '
            'x509: certificate has expired or is not yet valid: current time %SEC% is after 2026-03-31T06:58:41Z')
    noise = [
        (api[0], '{"@timestamp":"%ISO%","level":"INFO","logger":"c.i.claims.api.ClaimResource","message":"GET /claims/CLM-%INT:1000000:9999999% 200 %INT:20:400%ms"}'),
        (api[1], '{"@timestamp":"%ISO%","level":"INFO","logger":"c.i.claims.api.ClaimResource","message":"POST /claims 201 %INT:100:900%ms"}'),
        (api[2], '{"@timestamp":"%ISO%","level":"WARN","logger":"c.i.claims.api.ThreadPoolMonitor","message":"request queue depth %INT:40:120% (max 200), active threads 50/50"}'),
        (ing, '%IP:10.1% - - [%NG%] "POST /claims HTTP/2.0" %PICK:201|201|201|504% %INT:200:900% "-" "okhttp/4.12.0" %INT:400:1200% %F:0.4:9.9:3% [claims-claims-api-8080] [] %IP:10.244%:8080 %INT:200:900% %F:0.4:9.9:3% 201 %HEX:32%'),
    ]
    w.mix(noise, 3)
    w.add(EV(ns), ev_json(ns, "HorizontalPodAutoscaler", "claims-api", "SuccessfulRescale", "Normal", "New size: 6; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", api="autoscaling/v2"))
    w.add(EV(ns), ev_json(ns, "Deployment", "claims-api", "ScalingReplicaSet", "Normal", "Scaled up replica set " + rsn + " to 6 from 3", comp="deployment-controller", api="apps/v1"))
    w.add(inj, "%GO% http: TLS handshake error from 10.224.0.%INT:4:9%:%INT:30000:60000%: remote error: tls: bad certificate", ev=True)
    w.add(EV(ns), ev_json(ns, "ReplicaSet", rsn, "FailedCreate", "Warning", werr, comp="replicaset-controller", api="apps/v1"), ev=True)
    w.add(inj, "%GO% http: TLS handshake error from 10.224.0.%INT:4:9%:%INT:30000:60000%: remote error: tls: bad certificate")
    w.mix(noise, 3)
    w.add(EV(ns), ev_json(ns, "ReplicaSet", rsn, "FailedCreate", "Warning", werr, comp="replicaset-controller", count=4, first=25, api="apps/v1"), ev=True)
    w.add(inj, "%GO% http: TLS handshake error from 10.224.0.%INT:4:9%:%INT:30000:60000%: remote error: tls: bad certificate")
    w.mix(noise, 3)
    w.add(EV("finance-jobs"), ev_json("finance-jobs", "Job", "statement-batch-2962860", "FailedCreate", "Warning",
                                      werr, comp="job-controller", api="batch/v1"))
    w.add(inj, "%GO% http: TLS handshake error from 10.224.0.%INT:4:9%:%INT:30000:60000%: remote error: tls: bad certificate", ev=True)
    w.mix(noise, 3)
    w.add(EV(ns), ev_json(ns, "ReplicaSet", rsn, "FailedCreate", "Warning", werr, comp="replicaset-controller", count=9, first=80, api="apps/v1"))
    w.add(inj, "%GO% http: TLS handshake error from 10.224.0.%INT:4:9%:%INT:30000:60000%: remote error: tls: bad certificate")
    w.mix(noise, 4)
    return rec(
        w, "AKS", "claims-api is overloaded and the HPA wants 6 replicas, but still only 3 pods run. Why aren't new pods created?",
        sel(namespace=ns, app="claims-api"), "ERROR", "tls_certificate", "vault-agent-injector",
        "The serving certificate of the vault-agent-injector mutating webhook expired at 06:58:41Z; the API server rejects it "
        "(x509: certificate has expired), and because the webhook fails closed every Pod creation in injected namespaces is refused.",
        "ReplicaSet and Job controllers get 'failed calling webhook \"vault.hashicorp.com\" ... x509: certificate has expired or is "
        "not yet valid' and the injector logs TLS 'bad certificate' handshakes; the HPA scale-up to 6 never materialises and "
        "claims-api queues requests on 3 pods.",
        "Renew the injector's TLS secret (or switch it to auto-TLS / cert-manager with caBundle injection), restart "
        "vault-agent-injector, and verify the MutatingWebhookConfiguration caBundle; pods are then created automatically.")


# ---------------------------------------------------------------------------
@scenario
def patroni_cert_expired_talos():
    w = Win("treasury-pg-talos", "talos-fin-prod", "2026-04-01T00:00:00")
    dns_, tns = "treasury-db", "treasury"
    nodes = ["talos-w-%s" % w.safe(3) for _ in range(3)]
    pg = [P(dns_, "pg-treasury-%d" % i, "postgres", nodes[i], "pg-treasury", cluster_name="pg-treasury") for i in range(2)]
    fx = P(tns, "fx-rates-" + w.rs(), "app", nodes[2], "fx-rates")
    cp = P(tns, "cash-positioning-" + w.rs(), "cash-positioning", nodes[1], "cash-positioning")
    noise = [
        (pg[0], "%PY% INFO: no action. I am (pg-treasury-0), the leader with the lock"),
        (pg[1], "%PY% INFO: no action. I am (pg-treasury-1), a secondary, and following a leader (pg-treasury-0)"),
        (fx, "%SP%  INFO 1 --- [   scheduling-1] c.b.treasury.fx.RateImporter            : imported %INT:30:160% ECB reference rates"),
        (cp, '{"level":"info","time":"%ISO%","msg":"position snapshot published","accounts":%INT:100:400%,"duration_ms":%INT:20:300%}'),
    ]
    w.mix(noise, 3)
    exp = "2026-03-31T23:59:59Z"
    for k in range(3):
        w.add(cp, '{"level":"error","time":"%ISO%","msg":"acquire connection","error":"failed to connect to `user=cashpos database=treasury`: 10.96.%INT:0:255%.%INT:2:250%:5432 (pg-treasury.treasury-db.svc.cluster.local): tls error: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %SEC% is after ' + exp + '"}', ev=(k == 0), gap=(3, 25))
        w.add(pg[0], "%SP% UTC [%INT:1000:9999%] LOG:  could not accept SSL connection: sslv3 alert certificate expired", ev=(k == 0))
        if k != 1:
            w.add(fx, "%SP%  WARN 1 --- [   scheduling-1] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Failed to create/setup connection: SSL error: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed")
            w.add(fx, "org.postgresql.util.PSQLException: SSL error: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed", ev=(k == 0))
            w.add(fx, "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Tue Mar 31 23:59:59 UTC 2026", ev=True)
            w.add(pg[0], "%SP% UTC [%INT:1000:9999%] LOG:  could not accept SSL connection: sslv3 alert certificate unknown")
        w.mix(noise, 2)
    w.add(fx, "%SP% ERROR 1 --- [   scheduling-1] c.b.treasury.fx.RateImporter            : import failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection")
    w.add(cp, '{"level":"error","time":"%ISO%","msg":"position snapshot failed","error":"context deadline exceeded while acquiring connection"}')
    w.mix(noise, 3)
    return rec(
        w, "Talos", "Since midnight the treasury services cannot reach their database. What is going on with pg-treasury?",
        sel(namespace=tns), "ERROR", "tls_certificate", "pg-treasury",
        "The TLS server certificate of the pg-treasury Patroni cluster expired at 2026-03-31T23:59:59Z; clients verifying it "
        "(pgx: x509 certificate has expired, JDBC: CertificateExpiredException) refuse every new connection.",
        "From midnight all new connections fail the TLS handshake: cash-positioning (Go/pgx) and fx-rates (JDBC) report the expired "
        "certificate and Postgres logs 'sslv3 alert certificate expired'; the database and Patroni themselves are healthy.",
        "Issue a new server certificate for pg-treasury (ideally via cert-manager with automatic renewal), mount it and reload "
        "Postgres (patronictl reload / SELECT pg_reload_conf()); clients reconnect automatically.")


# ---------------------------------------------------------------------------
@scenario
def vault_role_gke():
    w = Win("invoice-vault-gke", "gke-fin-core-euw3", "2026-04-02T09:15:00")
    ns, vns = "billing", "vault"
    node = "gke-fin-core-euw3-apps-2b7c9d1e-%s" % w.safe(4)
    rsn = "invoice-renderer-" + w.safe(10)
    pod = rsn + "-" + w.safe(5)
    A = P(ns, pod, "vault-agent-init", node, "invoice-renderer")
    V = P(vns, "vault-0", "vault", "gke-fin-core-euw3-infra-7e3a1b22-%s" % w.safe(4), "vault")
    old = P(ns, "invoice-svc-" + w.rs(), "app", node, "invoice-svc")
    mount = "auth_kubernetes_%s" % w.hx(8)
    noise = [
        (old, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.f.billing.invoice.RenderController   : rendered invoice INV-2026-%INT:100000:999999% (%INT:1:9% pages) in %INT:200:900%ms"),
        (V, "%ISO% [INFO]  expiration: revoked lease: lease_id=auth/kubernetes/login/h%HEX:40%"),
        (V, "%ISO% [INFO]  rollback: starting rollback: mount=%PICK:auth/kubernetes/|secret/|database/%"),
    ]
    w.add(EV(ns), ev_agent("Deployment", "invoice-renderer", "ScalingReplicaSet", "Normal", "Scaled up replica set " + rsn + " to 2", comp="deployment-controller"), gap=(0, 1))
    w.add(EV(ns), ev_agent("Pod", pod, "Started", "Normal", "Started container vault-agent-init", host=node))
    w.add(A, "==> Vault Agent started! Log data will stream in below:")
    w.add(A, "==> Vault Agent configuration:")
    w.add(A, "           Api Address 1: http://bufconn")
    w.add(A, "                     Cgo: disabled")
    w.add(A, "               Log Level: info")
    w.add(A, "                 Version: Vault v1.17.3, built 2024-08-06T14:28:45Z")
    w.add(A, "%ISO% [INFO]  agent.sink.file: creating file sink")
    w.add(A, "%ISO% [INFO]  agent.auth.handler: starting auth handler")
    w.add(A, "%ISO% [INFO]  agent.auth.handler: authenticating")
    w.add(V, "%ISO% [ERROR] auth.kubernetes." + mount + ": login unauthorized: role=billing-app service_account_name=invoice-renderer service_account_namespace=billing err=\"service account name not authorized\"", ev=True)
    w.add(A, "%ISO% [ERROR] agent.auth.handler: error authenticating:\n  error=\n  | Error making API request.\n  | \n  | URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\n  | Code: 403. Errors:\n  | \n  | * permission denied\n   backoff=1s", ev=True)
    w.mix(noise, 2)
    for k, b in enumerate(("1.63s", "2.79s", "4.96s", "9.14s")):
        w.add(A, "%ISO% [INFO]  agent.auth.handler: authenticating", gap=(1, 10))
        w.add(V, "%ISO% [ERROR] auth.kubernetes." + mount + ": login unauthorized: role=billing-app service_account_name=invoice-renderer service_account_namespace=billing err=\"service account name not authorized\"", ev=(k == 3))
        w.add(A, "%ISO% [ERROR] agent.auth.handler: error authenticating:\n  error=\n  | Error making API request.\n  | \n  | URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\n  | Code: 403. Errors:\n  | \n  | * permission denied\n   backoff=" + b)
        w.mix(noise, 2)
    w.add(EV(ns), ev_agent("Deployment", "invoice-renderer", "ProgressDeadlineExceeded", "Warning", "ReplicaSet \"" + rsn + "\" has timed out progressing.", comp="deployment-controller"), gap=(480, 540))
    w.mix(noise, 2)
    return rec(
        w, "GKE", "The new invoice-renderer pods are stuck in Init:0/1. What's blocking them?",
        sel(namespace=ns, app="invoice-renderer"), "ERROR", "auth_failure", "invoice-renderer",
        "invoice-renderer runs under the new ServiceAccount 'invoice-renderer', which is not in bound_service_account_names of "
        "Vault's Kubernetes auth role billing-app; Vault rejects the login (403 permission denied, 'service account name not authorized').",
        "The vault-agent-init container retries the Kubernetes-auth login with growing back-off and never receives a token, so "
        "secrets are never rendered and the pods stay in Init until the rollout exceeds its progress deadline.",
        "Add invoice-renderer to the billing-app role's bound_service_account_names (vault write auth/kubernetes/role/billing-app ...) "
        "or run the Deployment with the previously bound ServiceAccount; the init container then logs in on its next retry.")


# ---------------------------------------------------------------------------
@scenario
def jhub_rbac_k3s():
    w = Win("jhub-lab-k3s", "k3s-uni-lab", "2026-04-03T10:00:00")
    ns = "jhub"
    node = "lab-gpu-01"
    hub = P(ns, "hub-" + w.rs(), "hub", "lab-ctl-01", "jupyterhub", component="hub")
    proxy = P(ns, "proxy-" + w.rs(), "chp", "lab-ctl-01", "jupyterhub", component="proxy")
    users = ["lena.fischer", "omar.haddad", "yuki.tanaka"]
    esc = lambda u: u.replace(".", "-2e")

    def forbidden(u):
        return ('HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: '
                'User \\"system:serviceaccount:jhub:hub\\" cannot create resource \\"pods\\" in API group \\"\\" in the namespace '
                '\\"jhub-' + esc(u) + '\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}')
    noise = [
        (hub, "[I %SP% JupyterHub log:192] 200 GET /hub/api/users (cull-idle@::1) %F:10:40:2%ms"),
        (proxy, "%HMS% [ConfigProxy] info: 200 GET /api/routes "),
        (hub, "[I %SP% JupyterHub log:192] 302 GET /hub/ -> /hub/home (%PICK:marta.silva|jonas.weber%@%IP:10.42%) %F:2:9:2%ms"),
        (J(node, "k3s-agent.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="jhub/jupyter-marta-2esilva" status="Running"', 877)),
    ]
    w.mix(noise, 2)
    for i, u in enumerate(users):
        w.add(hub, "[I %SP% JupyterHub provider:661] Creating oauth client jupyterhub-user-" + u.replace(".", "%2E"), gap=(3, 30))
        w.add(hub, "[I %SP% JupyterHub spawner:2563] Attempting to create pod jupyter-" + esc(u) + ", with timeout 3")
        if i == 0:
            w.add(hub, "[E %SP% JupyterHub user:1002] Unhandled error starting " + u + "'s server: (403)", ev=True)
            w.add(hub, "    Reason: Forbidden")
            w.add(hub, "    HTTP response headers: <CIMultiDictProxy('Audit-Id': '%UUID%', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'X-Kubernetes-Pf-Flowschema-Uid': '%UUID%', 'X-Kubernetes-Pf-Prioritylevel-Uid': '%UUID%', 'Content-Length': '318')>")
            w.add(hub, "    " + forbidden(u), ev=True)
        else:
            w.add(hub, "[E %SP% JupyterHub user:1002] Unhandled error starting " + u + "'s server: (403)")
            w.add(hub, "    " + forbidden(u), ev=(i == 2))
        w.add(hub, "[W %SP% JupyterHub base:1230] Failed to spawn single-user server with form")
        w.add(hub, "[E %SP% JupyterHub log:184] 500 POST /hub/spawn/" + u + " (" + u + "@%IP:10.42%) %F:100:400:2%ms")
        w.mix(noise, 2)
    w.add(hub, "[I %SP% JupyterHub log:192] 200 GET /hub/api/users/marta.silva/activity (marta.silva@%IP:10.42%) %F:5:20:2%ms")
    w.mix(noise, 3)
    return rec(
        w, "k3s", "Since this morning's JupyterHub config change nobody can start a notebook server (500 on spawn). Why?",
        sel(namespace=ns, app="jupyterhub"), "ERROR", "auth_failure", "hub",
        "The hub now spawns servers into per-user namespaces (jhub-<user>), but its ServiceAccount system:serviceaccount:jhub:hub "
        "has only namespace-scoped RBAC in jhub, so the API server denies 'create pods' there (403 Forbidden).",
        "Every spawn fails with '(403) Reason: Forbidden ... cannot create resource \"pods\" ... in the namespace \"jhub-<user>\"' and "
        "the hub returns 500 on /hub/spawn; already running servers (created before the change in jhub) keep working.",
        "Grant the hub a ClusterRole for pods/PVCs/services/namespaces (or pre-create user namespaces with RoleBindings), or revert "
        "enable_user_namespaces; then ask users to retry the spawn.")


# ---------------------------------------------------------------------------
@scenario
def keycloak_hostname_talos():
    w = Win("finance-sso-talos", "talos-fin-prod", "2026-04-04T06:00:00")
    ns, pns = "keycloak", "portals"
    nodes = ["talos-w-%s" % w.safe(3) for _ in range(3)]
    kc = [P(ns, "keycloak-%d" % i, "keycloak", nodes[i], "keycloak") for i in range(2)]
    o2p = P(pns, "oauth2-proxy-" + w.rs(), "oauth2-proxy", nodes[2], "oauth2-proxy")
    tr = P("traefik", "traefik-" + w.rs(), "traefik", nodes[1], "traefik")
    tk = lambda n: {"job": "talos", "service": "kubelet", "node": n}
    noise = [
        (tr, '%IP:10.30% - - [%NG%] "GET /realms/finance/protocol/openid-connect/auth?client_id=treasury-portal&response_type=code HTTP/2.0" 503 19 "https://treasury.fin.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" %INT:1000:9000% "keycloak-keycloak-sso-fin-example-com@kubernetes" "-" 0ms'),
        (o2p, '%IP:10.30%:%INT:30000:60000% - %HEX:32% - [%GO%] treasury.fin.example.com GET - "/" HTTP/1.1 "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 302 %INT:300:500% 0.000'),
        (P(pns, "treasury-portal-" + w.rs(), "nginx", nodes[0], "treasury-portal"), '%IP:10.244% - - [%NG%] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"'),
    ]
    w.mix(noise, 2)
    w.add(EV(ns), ev_agent("StatefulSet", "keycloak", "SuccessfulCreate", "Normal", "create Pod keycloak-1 in StatefulSet keycloak successful", comp="statefulset-controller"))
    for k in range(3):
        pod = kc[1] if k < 2 else kc[0]
        if k == 2:
            w.add(EV(ns), ev_agent("Pod", "keycloak-0", "Killing", "Normal", "Stopping container keycloak", host=nodes[0]), gap=(10, 20))
        w.add(EV(ns), ev_agent("Pod", pod["pod"], "Started", "Normal", "Started container keycloak", host=pod["node"]))
        w.add(pod, "Changes detected in configuration. Updating the server image.", ev=False)
        w.add(pod, "%PY% INFO  [org.keycloak.quarkus.runtime.storage.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager") if k == 0 else None
        w.add(pod, "%PY% WARN  [org.keycloak.quarkus.runtime.cli.Picocli] (main) The following used options or option values are DEPRECATED and will be removed or their behaviour changed in a future release:\n\t- proxy: Use proxy-headers.")
        w.add(pod, "%PY% ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: hostname is not configured; either configure hostname, or set hostname-strict to false", ev=(k != 1))
        w.add(pod, "%PY% ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) For more details run the same command passing the '--verbose' option. Also you can use '--help' to see the details about the usage of the particular command.")
        w.add(tk(pod["node"]), '{"level":"info","msg":"\\"SyncLoop (PLEG): event for pod\\" pod=\\"keycloak/' + pod["pod"] + '\\" event={\\"ID\\":\\"%PUID:' + pod["pod"] + '%\\",\\"Type\\":\\"ContainerDied\\",\\"Data\\":\\"%HEX:64%\\"}","talos-service":"kubelet"}')
        if k == 1:
            w.add(EV(ns), ev_agent("Pod", "keycloak-1", "BackOff", "Warning", "Back-off restarting failed container keycloak in pod keycloak-1_keycloak(%PUID:keycloak-1%)", host=nodes[1]), ev=True)
        w.mix(noise, 2)
    w.add(o2p, '[%GO%] [oauthproxy.go:879] Error redeeming code during OAuth2 callback: token exchange failed: Post "https://sso.fin.example.com/realms/finance/protocol/openid-connect/token": unexpected status 503')
    w.add(EV(ns), ev_agent("Pod", "keycloak-0", "BackOff", "Warning", "Back-off restarting failed container keycloak in pod keycloak-0_keycloak(%PUID:keycloak-0%)", host=nodes[0]))
    w.mix(noise, 3)
    return rec(
        w, "Talos", "Nobody can log in to the finance portals since the Keycloak upgrade at 06:00. Why?",
        sel(namespace=pns), "CRITICAL", "config_error", "keycloak",
        "After the upgrade to the new hostname (v2) options Keycloak refuses to start: no 'hostname' is configured while "
        "hostname-strict is on ('ERROR: hostname is not configured'), so both StatefulSet pods exit at startup and crash-loop.",
        "keycloak-1 and then keycloak-0 (rolling update) fail immediately with the hostname configuration error and go into "
        "CrashLoopBackOff; with no Keycloak endpoint Traefik returns 503 and oauth2-proxy cannot redeem login codes.",
        "Set KC_HOSTNAME (e.g. https://sso.fin.example.com) in the Keycloak StatefulSet/CR (replacing the removed hostname-url "
        "option) or roll back; pods start on the next restart.")


# ---------------------------------------------------------------------------
@scenario
def mlflow_secret_key_eks():
    w = Win("mlflow-secret-eks", "eks-mlops-use1", "2026-04-05T15:40:00")
    ns = "mlops"
    node = "ip-10-50-%d-%d.ec2.internal" % (w.rng.randint(1, 90), w.rng.randint(2, 250))
    rsn = "mlflow-" + w.safe(10)
    pod = rsn + "-" + w.safe(5)
    old = P(ns, "mlflow-" + w.rs(), "mlflow", "ip-10-50-12-33.ec2.internal", "mlflow")
    eso = P("external-secrets", "external-secrets-" + w.rs(), "external-secrets", "ip-10-50-12-33.ec2.internal", "external-secrets")
    kl = J(node, "kubelet.service")
    err = "couldn't find key password in Secret mlops/mlflow-postgres-app"
    noise = [
        (old, "[%S0% +0000] [%INT:20:40%] [INFO] POST /api/2.0/mlflow/runs/log-batch"),
        (old, "[%S0% +0000] [%INT:20:40%] [INFO] GET /api/2.0/mlflow/experiments/get-by-name"),
        (eso, '{"level":"info","ts":"%ISO%","logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"%PICK:kfp-minio|kserve-s3|grafana-oidc%","namespace":"%PICK:kubeflow|ml-serving|monitoring%"}}'),
    ]
    w.mix(noise, 2)
    w.add(eso, '{"level":"info","ts":"%ISO%","logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"mlflow-postgres-app","namespace":"mlops"}}')
    w.add(EV(ns), ev_agent("ExternalSecret", "mlflow-postgres-app", "Updated", "Normal", "Updated Secret", comp="external-secrets"), ev=True)
    w.mix(noise, 2)
    w.add(EV(ns), ev_agent("Deployment", "mlflow", "ScalingReplicaSet", "Normal", "Scaled up replica set " + rsn + " to 1", comp="deployment-controller"), gap=(20, 60))
    w.add(EV(ns), ev_agent("Pod", pod, "Scheduled", "Normal", "Successfully assigned mlops/" + pod + " to " + node, comp="default-scheduler"))
    w.add(EV(ns), ev_agent("Pod", pod, "Pulled", "Normal", 'Container image "ghcr.io/mlflow/mlflow:v2.16.2" already present on machine', host=node))
    w.add(kl, klog("E", "kuberuntime_manager.go:1274", '"Unhandled Error" err="container &Container{Name:mlflow,Image:ghcr.io/mlflow/mlflow:v2.16.2,Command:[mlflow server],...} start failed in pod ' + pod + '_mlops(%PUID:' + pod + '%): CreateContainerConfigError: ' + err + '" logger="UnhandledError"', 2150), ev=True)
    w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", "Error: " + err, host=node), ev=True)
    w.add(kl, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"mlflow\\" with CreateContainerConfigError: \\"' + err + '\\"" pod="mlops/' + pod + '" podUID="%PUID:' + pod + '%"', 2150))
    w.mix(noise, 3)
    for k in range(3):
        w.add(EV(ns), ev_agent("Pod", pod, "Pulled", "Normal", 'Container image "ghcr.io/mlflow/mlflow:v2.16.2" already present on machine', host=node), gap=(10, 30))
        w.add(EV(ns), ev_agent("Pod", pod, "Failed", "Warning", "Error: " + err, host=node), ev=(k == 2))
        w.add(kl, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"mlflow\\" with CreateContainerConfigError: \\"' + err + '\\"" pod="mlops/' + pod + '" podUID="%PUID:' + pod + '%"', 2150))
        w.mix(noise, 2)
    return rec(
        w, "EKS", "The MLflow upgrade to 2.16.2 never finishes; the new pod shows CreateContainerConfigError. What's wrong?",
        sel(namespace=ns, app="mlflow"), "ERROR", "config_error", "mlflow",
        "The MLflow Deployment reads env var from key 'password' of Secret mlops/mlflow-postgres-app, but the Secret (re-synced by "
        "External Secrets just before the rollout) no longer contains that key, so kubelet cannot build the container config.",
        "The new mlflow pod never starts: kubelet reports CreateContainerConfigError \"couldn't find key password in Secret "
        "mlops/mlflow-postgres-app\" on every retry; the old pod keeps serving, so the rollout is stuck rather than down.",
        "Fix the ExternalSecret mapping so the Secret again exposes 'password' (or update secretKeyRef.key in the Deployment to "
        "the new key name); kubelet picks it up on the next retry.")


# ---------------------------------------------------------------------------
@scenario
def kfp_ephemeral_gke():
    w = Win("corpus-prep-gke", "ds-prod-euw4", "2026-04-05T22:30:00")
    ns = "kubeflow-user-nlp"
    node = "gke-ds-prod-euw4-highmem-pool-5c07e1aa-b8kx"
    wf = "corpus-prep-" + w.safe(5)
    pod = "%s-system-container-impl-%d" % (wf, w.rng.randint(1000000000, 4294967295))
    S = P(ns, pod, "main", node, "kfp-step")
    kl = J(node, "kubelet.service")
    wfc = P("kubeflow", "workflow-controller-" + w.rs(), "workflow-controller", "gke-ds-prod-euw4-core-pool-3f9c2a1b-x7kq", "workflow-controller")
    other = P("jhub", "jupyter-kofi-2emensah", "notebook", node, "jupyterhub")
    noise = [
        (S, "%PY% INFO tokenize: shard %INT:100:900%/1024 -> /tmp/corpus/tokens-%INT:100:900%.arrow (%INT:40:90% MB)"),
        (other, "[I %SP% ServerApp] Saving file at /work/eda/claims-notes.ipynb"),
        (P("kube-system", "fluentbit-gke-" + w.safe(5), "fluentbit", node, "fluentbit-gke"), "[%GO%] [ warn] [input:tail:tail.0] file=/var/log/containers/" + pod + "_kubeflow-user-nlp_main-%HEX:64%.log rotated, reading new file"),
    ]
    w.mix(noise[:1], 3)
    w.add(kl, klog("W", "eviction_manager.go:355", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', 1873), ev=True)
    w.add(kl, klog("I", "container_gc.go:88", '"Attempting to delete unused containers"', 1873))
    w.add(kl, klog("I", "image_gc_manager.go:367", '"Attempting to delete unused images"', 1873))
    w.add(kl, klog("I", "eviction_manager.go:376", '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"', 1873))
    w.add(kl, klog("I", "eviction_manager.go:394", '"Eviction manager: pods ranked for eviction" pods=["' + ns + '/' + pod + '","jhub/jupyter-kofi-2emensah","kube-system/fluentbit-gke-' + w.safe(5) + '"]', 1873), ev=True)
    ev_msg = ("The node was low on resource: ephemeral-storage. Threshold quantity: 10120453610, available: 8962104Ki. "
              "Container main was using 61893412Ki, request is 0, has larger consumption of ephemeral-storage. ")
    w.add(EV(ns), ev_agent("Pod", pod, "Evicted", "Warning", ev_msg, host=node), ev=True)
    w.add(EV("default"), ev_agent("Node", node, "EvictionThresholdMet", "Warning", "Attempting to reclaim ephemeral-storage", host=node))
    w.add(EV(ns), ev_agent("Pod", pod, "Killing", "Normal", "Stopping container main", host=node))
    w.add(kl, klog("I", "eviction_manager.go:616", '"Eviction manager: pod is evicted successfully" pod="' + ns + '/' + pod + '"', 1873))
    w.add(wfc, 'time="%ISO%" level=info msg="Pod failed: ' + ev_msg + '" displayName=tokenize namespace=' + ns + ' pod=' + pod + ' templateName=system-container-impl workflow=' + wf)
    w.add(wfc, 'time="%ISO%" level=info msg="node ' + wf + '-%INT:1000000000:4294967295% phase Running -> Failed" namespace=' + ns + ' workflow=' + wf)
    w.mix(noise[1:], 2)
    w.add(EV("default"), ev_agent("Node", node, "NodeHasNoDiskPressure", "Normal", "Node " + node + " status is now: NodeHasNoDiskPressure", host=node), gap=(20, 60))
    w.add(wfc, 'time="%ISO%" level=info msg="Retrying node ' + wf + '.root.tokenize (attempt 2/2)" namespace=' + ns + ' workflow=' + wf)
    pod2 = "%s-system-container-impl-%d" % (wf, w.rng.randint(1000000000, 4294967295))
    S2 = P(ns, pod2, "main", node, "kfp-step")
    w.add(EV(ns), ev_agent("Pod", pod2, "Scheduled", "Normal", "Successfully assigned " + ns + "/" + pod2 + " to " + node, comp="default-scheduler"))
    w.add(S2, "%PY% INFO tokenize: loading corpus gs://ds-prod-nlp/claims-notes/2025/ (1024 shards)")
    for _ in range(4):
        w.add(S2, "%PY% INFO tokenize: shard %INT:100:900%/1024 -> /tmp/corpus/tokens-%INT:100:900%.arrow (%INT:40:90% MB)", gap=(5, 20))
    w.add(kl, klog("W", "eviction_manager.go:355", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', 1873), gap=(30, 60))
    w.add(EV(ns), ev_agent("Pod", pod2, "Evicted", "Warning", ev_msg.replace("61893412", "60417765"), host=node), ev=True)
    w.add(wfc, 'time="%ISO%" level=info msg="Workflow phase Running -> Failed: child \'' + wf + '.root.tokenize\' failed" namespace=' + ns + ' workflow=' + wf)
    w.mix(noise[1:], 2)
    return rec(
        w, "GKE", "The corpus-prep pipeline failed overnight after a retry. What happened to the tokenize step?",
        sel(namespace=ns), "ERROR", "resource_exhausted", "corpus-prep",
        "The corpus-prep tokenize step writes ~60 GiB of token shards to /tmp in the container's writable layer with no "
        "ephemeral-storage request/limit, filling the node disk until kubelet evicts pods for ephemeral-storage.",
        "kubelet hits the ephemeral-storage eviction threshold, ranks the tokenize pod first (using ~59 GiB, request 0) and evicts it "
        "(a colocated notebook was next in line); the retry refills the disk and is evicted again, so the run fails.",
        "Write intermediate shards to a PVC or GCS instead of /tmp (or a sized emptyDir), and set ephemeral-storage requests/limits "
        "on the step so it is scheduled on nodes with enough disk.")


# ---------------------------------------------------------------------------
@scenario
def nexus_disk_full_kubeadm():
    w = Win("nexus-baremetal", "dc2-baremetal", "2026-04-06T11:18:00")
    ns = "nexus"
    N = P(ns, "nexus-repository-0", "nexus", "k8s-w04.dc2.internal", "nexus-repository-manager")
    run = P("gitlab-runner", "runner-%s-project-%d-concurrent-0-%s" % (w.safe(8), w.rng.randint(100, 999), w.safe(8)), "build", "k8s-w02.dc2.internal", "gitlab-runner")
    mvn = P("gitlab-runner", "runner-%s-project-%d-concurrent-1-%s" % (w.safe(8), w.rng.randint(100, 999), w.safe(8)), "build", "k8s-w03.dc2.internal", "gitlab-runner")
    t = lambda th: "%PY%+0000 " + th
    noise = [
        (N, '%IP:10.244% - - [%NG%] "GET /repository/maven-public/org/springframework/boot/spring-boot/3.3.4/spring-boot-3.3.4.pom HTTP/1.1" 200 - %INT:3000:9000% %INT:2:20% "Apache-Maven/3.9.9 (Java 21.0.4; Linux 6.8.0)" [qtp%INT:100000000:999999999%-%INT:100:400%]'),
        (N, '%IP:10.244% - - [%NG%] "GET /v2/platform/backstage/manifests/1.31.2 HTTP/1.1" 200 0 %INT:2000:9000% %INT:2:30% "containerd/v1.7.22" [qtp%INT:100000000:999999999%-%INT:100:400%]'),
        (N, "%PY%+0000 INFO  [quartz-10-thread-%INT:1:20%] *SYSTEM org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo - Task '%PICK:Storage facet cleanup|Rebuild Maven metadata - maven-snapshots|Docker - Delete unused manifests and images%' [%PICK:repository.storage-facet-cleanup|repository.maven.rebuild-metadata|repository.docker.gc%] state change %PICK:WAITING -> RUNNING|RUNNING -> WAITING (OK)%"),
    ]
    w.mix(noise, 2)
    w.add(N, t("WARN  [quartz-10-thread-17] *SYSTEM org.sonatype.nexus.blobstore.quota.internal.BlobStoreQuotaHealthCheck - Blob store default is violating its quota: Blob store default has 412 MB available space, minimum is 10240 MB"), ev=True)
    w.add(N, '%IP:10.244% - gitlab-ci [%NG%] "PATCH /v2/erp/odoo-custom/blobs/uploads/%UUID% HTTP/1.1" 500 - %INT:100:200% %INT:3000:9000% "docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-45-generic os/linux arch/amd64" [qtp%INT:100000000:999999999%-%INT:100:400%]')
    w.add(N, t("WARN  [qtp1391244541-2177] gitlab-ci org.sonatype.nexus.repository.docker.internal.V2Handlers - Error: PATCH /v2/erp/odoo-custom/blobs/uploads/%UUID%: 500 - java.io.IOException: No space left on device"), ev=True)
    w.add(N, t("ERROR [qtp1391244541-2177] gitlab-ci org.sonatype.nexus.blobstore.file.FileBlobStore - Failed to create blob in blob store default"))
    w.add(N, "java.io.IOException: No space left on device", ev=True)
    w.add(N, "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)")
    w.add(N, "\tat org.sonatype.nexus.blobstore.file.internal.SimpleFileOperations.create(SimpleFileOperations.java:76)")
    w.add(run, "Pushing nexus.dc2.example.com:8443/erp/odoo-custom:17.0.20260406")
    w.add(run, "blob upload unknown: received unexpected HTTP status: 500 Internal Server Error")
    w.add(run, "ERROR: Job failed: command terminated with exit code 1")
    w.mix(noise, 2)
    w.add(N, t("WARN  [qtp1391244541-2190] gitlab-ci org.sonatype.nexus.repository.maven.internal.MavenFacetImpl - Failed to store com/dc2/finance/ledger-core/2.8.0/ledger-core-2.8.0.jar: java.io.IOException: No space left on device"), ev=True)
    w.add(N, '%IP:10.244% - gitlab-ci [%NG%] "PUT /repository/maven-releases/com/dc2/finance/ledger-core/2.8.0/ledger-core-2.8.0.jar HTTP/1.1" 500 %INT:3000000:9000000% %INT:100:200% %INT:800:3000% "Apache-Maven/3.9.9 (Java 21.0.4; Linux 6.8.0)" [qtp%INT:100000000:999999999%-%INT:100:400%]')
    w.add(mvn, "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.2:deploy (default-deploy) on project ledger-core: Failed to deploy artifacts: Could not transfer artifact com.dc2.finance:ledger-core:jar:2.8.0 from/to nexus-releases (https://nexus.dc2.example.com/repository/maven-releases/): status code: 500, reason phrase: Internal Server Error (500) -> [Help 1]")
    w.mix(noise, 3)
    w.add(N, t("ERROR [quartz-10-thread-3] *SYSTEM org.sonatype.nexus.quartz.internal.task.QuartzTaskJob - Task 'Cleanup service' [repository.cleanup] failed: java.io.IOException: No space left on device"))
    w.add(N, t("WARN  [elasticsearch[%HEX:8%][generic][T#3]] *SYSTEM org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor - flood stage disk watermark [95%] exceeded on [%HEX:22%][%HEX:8%][/nexus-data/elasticsearch/nexus/nodes/0] free: 412mb[0.1%], all indices on this node will be marked read-only"), ev=True)
    w.mix(noise, 3)
    w.add(N, '%IP:10.244% - gitlab-ci [%NG%] "PUT /v2/erp/odoo-custom/manifests/17.0.20260406 HTTP/1.1" 500 - %INT:100:200% %INT:30:200% "docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-45-generic os/linux arch/amd64" [qtp%INT:100000000:999999999%-%INT:100:400%]')
    w.mix(noise, 3)
    return rec(
        w, "kubeadm bare metal", "CI pipelines fail when pushing images and Maven releases to Nexus (500). Is Nexus broken?",
        sel(namespace="gitlab-runner"), "ERROR", "resource_exhausted", "nexus-repository",
        "The nexus-data volume of nexus-repository-0 is full (412 MB free): writes to the default blob store fail with "
        "java.io.IOException: No space left on device, so every upload returns HTTP 500.",
        "Reads still work (GETs return 200) but docker pushes and Maven deploys get 500, the blob-store quota check fires, the cleanup "
        "task itself fails for lack of space and the embedded Elasticsearch hits its flood-stage watermark.",
        "Expand the nexus-data PVC (or add a blob store) and free space by running compact blob store after cleanup policies; then "
        "clear the read-only index block and re-run the failed CI jobs.")


# ---------------------------------------------------------------------------
@scenario
def kafka_multiattach_aks():
    w = Win("events-kafka-aks", "aks-events-weu", "2026-04-07T03:40:00")
    ns = "kafka"
    old_node, new_node = "aks-kafka-31337271-vmss000003", "aks-kafka-31337271-vmss000005"
    pvc = "pvc-" + w.uuid()
    disk = "/subscriptions/%s/resourceGroups/MC_rg-events_aks-events-weu_westeurope/providers/Microsoft.Compute/disks/%s" % (w.uuid(), pvc)
    b = [P(ns, "events-kafka-%d" % i, "kafka", "aks-kafka-31337271-vmss00000%d" % (i + 1), "kafka", strimzi_io_cluster="events") for i in range(2)]
    op = P(ns, "strimzi-cluster-operator-" + w.rs(), "strimzi-cluster-operator", "aks-system-27182818-vmss000000", "strimzi")
    csi = P("kube-system", "csi-azuredisk-controller-" + w.rs(), "azuredisk", "aks-system-27182818-vmss000001", "csi-azuredisk-controller")
    kl = J(new_node, "kubelet.service")
    cons = P("claims", "claims-enricher-" + w.rs(), "app", "aks-apps-16180339-vmss000002", "claims-enricher")
    attach = ("AttachVolume.Attach failed for volume \"" + pvc + "\" : rpc error: code = Internal desc = Attach volume " + disk + " to instance "
              + new_node + " failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\"error\":{\"code\":\"OperationNotAllowed\","
              "\"message\":\"Cannot attach data disk '" + pvc + "' to VM 'aks-kafka-31337271-vmss_5' because the disk is currently being detached or the last "
              "detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again.\"}}")
    noise = [
        (b[0], "[%PY%] INFO [Partition events.claims-%INT:0:11% broker=0] Shrinking ISR from 0,1,2 to 0,1. Leader: (highWatermark: %INT:1000000:9000000%, endOffset: %INT:1000000:9000000%). Out of sync replicas: (brokerId: 2, endOffset: %INT:1000000:9000000%, lastCaughtUpTimeMs: %INT:1775000000000:1775600000000%). (kafka.cluster.Partition)"),
        (b[1], "[%PY%] INFO [ReplicaFetcherManager on broker 1] Removed fetcher for partitions Set(events.claims-%INT:0:11%) (kafka.server.ReplicaFetcherManager)"),
        (cons, "%SP%  INFO 1 --- [ntainer#0-0-C-1] c.h.claims.enrich.EnrichmentListener   : enriched CLM-%INT:1000000:9999999% in %INT:8:60%ms"),
        (op, "%S0% INFO  KafkaRoller:651 - Reconciliation #3052(timer) Kafka(kafka/events): Pod events-kafka-2 is not ready yet, waiting"),
        (P("claims", "claims-intake-" + w.rs(), "app", "aks-apps-16180339-vmss000001", "claims-intake"),
         "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.h.claims.intake.ClaimController      : accepted claim CLM-%INT:1000000:9999999% payer=%PICK:AOK|TK|BARMER|DAK% lines=%INT:1:12%"),
        (J(new_node, "kubelet.service"), klog("I", "reconciler_common.go:245", '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"' + pvc + '\\" (UniqueName: \\"kubernetes.io/csi/disk.csi.azure.com^' + disk + '\\") pod \\"events-kafka-2\\" (UID: \\"%PUID:kafka2%\\") " pod="kafka/events-kafka-2"', 4182)),
    ]
    w.add(EV(ns), ev_json(ns, "Pod", "events-kafka-2", "Scheduled", "Normal", "Successfully assigned kafka/events-kafka-2 to " + new_node, comp="default-scheduler"), gap=(0, 1))
    w.add(EV(ns), ev_json(ns, "Pod", "events-kafka-2", "FailedAttachVolume", "Warning", "Multi-Attach error for volume \"" + pvc + "\" Volume is already exclusively attached to one node and can't be attached to another", comp="attachdetach-controller"), ev=True)
    w.mix(noise, 3)
    w.add(csi, klog("E", "utils.go:110", 'GRPC error: rpc error: code = Internal desc = Attach volume ' + disk + ' to instance ' + new_node + ' failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"OperationNotAllowed","message":"Cannot attach data disk \'' + pvc + '\' to VM \'aks-kafka-31337271-vmss_5\' because the disk is currently being detached or the last detach operation failed."}}', 1), ev=True, gap=(20, 60))
    w.add(EV(ns), ev_json(ns, "Pod", "events-kafka-2", "FailedAttachVolume", "Warning", attach, comp="attachdetach-controller"), ev=True)
    w.mix(noise, 3)
    w.add(kl, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="unmounted volumes=[data-0], unattached volumes=[data-0], failed to process volumes=[]: context deadline exceeded" pod="kafka/events-kafka-2" podUID="%PUID:kafka2%"', 4182), gap=(30, 90))
    w.add(EV(ns), ev_json(ns, "Pod", "events-kafka-2", "FailedMount", "Warning", "Unable to attach or mount volumes: unmounted volumes=[data-0], unattached volumes=[data-0 strimzi-tmp kube-api-access-%SAFE:5% cluster-ca broker-certs client-ca-cert kafka-metrics-and-logging]: timed out waiting for the condition", host=new_node))
    w.mix(noise, 3)
    w.add(csi, klog("E", "utils.go:110", 'GRPC error: rpc error: code = Internal desc = Attach volume ' + disk + ' to instance ' + new_node + ' failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"OperationNotAllowed","message":"Cannot attach data disk \'' + pvc + '\' to VM \'aks-kafka-31337271-vmss_5\' because the disk is currently being detached or the last detach operation failed."}}', 1))
    w.add(EV(ns), ev_json(ns, "Pod", "events-kafka-2", "FailedAttachVolume", "Warning", attach, comp="attachdetach-controller", count=6, first=300))
    w.mix(noise, 4)
    w.add(op, "%S0% WARN  KafkaReconciler:362 - Reconciliation #3052(timer) Kafka(kafka/events): Pod events-kafka-2 did not become ready within 300000ms")
    w.mix(noise, 5)
    return rec(
        w, "AKS", "Broker events-kafka-2 has not come back since the node vmss000003 was reimaged and partitions are under-replicated. Why?",
        sel(namespace=ns, pod="events-kafka-2"), "ERROR", "storage", "events-kafka",
        "The broker's Azure Disk PVC cannot be attached to the new node: it is still (exclusively) attached to the old node "
        "vmss000003 and Azure refuses the attach with 409 OperationNotAllowed because the previous detach never completed.",
        "events-kafka-2 was rescheduled to vmss000005 but stays in ContainerCreating with Multi-Attach and AttachVolume.Attach "
        "failures from the Azure Disk CSI driver, so its data-0 volume never mounts; brokers 0/1 shrink the ISR and Strimzi waits.",
        "Detach the disk from the old VM (az vm disk detach / delete the stale VolumeAttachment after confirming the old node is "
        "gone), then let the attach retry; check that the reimaged node is removed or cordoned properly.")


# ---------------------------------------------------------------------------
@scenario
def ext4_readonly_kubeadm():
    w = Win("ledger-disk-baremetal", "fin-dc1", "2026-04-08T13:05:00")
    ns, ans = "pg-ledger", "ledger"
    bad = "fin-k8s-w05"
    pg = [P(ns, "pg-ledger-%d" % i, "postgres", n, "pg-ledger", cluster_name="pg-ledger") for i, n in ((0, "fin-k8s-w02"), (1, bad), (2, "fin-k8s-w07"))]
    kn = K(bad)
    api = P(ans, "ledger-api-" + w.rs(), "app", "fin-k8s-w02", "ledger-api")
    noise = [
        (pg[1], "%PY% INFO: no action. I am (pg-ledger-1), the leader with the lock"),
        (pg[0], "%PY% INFO: no action. I am (pg-ledger-0), a secondary, and following a leader (pg-ledger-1)"),
        (api, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.f.ledger.api.PostingController         : posted journal JE-%INT:100000:999999% lines=%INT:2:8% in %INT:5:40%ms"),
    ]
    w.mix(noise, 3)
    w.add(kn, "sd 2:0:0:0: [sdb] tag#%INT:100:300% FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=%INT:30:31%s")
    w.add(kn, "sd 2:0:0:0: [sdb] tag#%INT:100:300% Sense Key : Medium Error [current] ")
    w.add(kn, "blk_update_request: I/O error, dev sdb, sector %INT:100000000:900000000% op 0x1:(WRITE) flags 0x800 phys_seg 16 prio class 0", ev=True)
    w.add(kn, "Buffer I/O error on dev sdb1, logical block %INT:10000000:90000000%, lost async page write")
    w.add(kn, "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm postgres: Detected aborted journal", ev=True)
    w.add(kn, "EXT4-fs (sdb1): Remounting filesystem read-only", ev=True)
    w.add(pg[1], "%SP% UTC [%INT:1000:9999%] PANIC:  could not write to file \"pg_wal/xlogtemp.%INT:100:999%\": Read-only file system", ev=True)
    w.add(pg[1], "%SP% UTC [1] LOG:  WAL writer process (PID %INT:100:999%) was terminated by signal 6: Aborted")
    w.add(pg[1], "%SP% UTC [1] LOG:  terminating any other active server processes")
    w.add(api, "%SP%  WARN 1 --- [nio-8080-exec-6] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@%HEX:7% marked as broken because of SQLSTATE(57P02), ErrorCode(0)")
    w.add(api, "org.postgresql.util.PSQLException: FATAL: terminating connection because of crash of another server process")
    w.add(pg[1], "%SP% UTC [1] LOG:  all server processes terminated; reinitializing")
    w.add(pg[1], "%SP% UTC [%INT:1000:9999%] FATAL:  could not open file \"global/pg_control\": Read-only file system")
    w.add(pg[1], "%PY% ERROR: postmaster is not running")
    w.add(pg[1], "%PY% INFO: Lock owner: pg-ledger-1; I am pg-ledger-1")
    w.add(pg[1], "%PY% WARNING: Postgresql is not running.")
    w.add(pg[1], "%PY% INFO: starting as readonly because i had the session lock")
    w.add(pg[1], "%SP% UTC [%INT:1000:9999%] FATAL:  could not create lock file \"postmaster.pid\": Read-only file system", ev=True)
    w.add(api, "%SP% ERROR 1 --- [nio-8080-exec-2] c.f.ledger.api.PostingController         : posting failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction")
    w.add(api, "%SP%  WARN 1 --- [nio-8080-exec-5] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Failed to create/setup connection: Connection to pg-ledger.pg-ledger.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.")
    w.add(pg[0], "%PY% INFO: Got response from pg-ledger-2 http://10.244.7.%INT:2:250%:8008/patroni: {\"state\": \"running\", \"role\": \"replica\", \"timeline\": 7}", gap=(20, 30))
    w.add(pg[0], "%PY% WARNING: Request failed to pg-ledger-1: GET http://10.244.5.%INT:2:250%:8008/patroni (HTTPConnectionPool(host='10.244.5.%INT:2:250%', port=8008): Read timed out. (read timeout=2))")
    w.add(pg[0], "%PY% INFO: promoted self to leader by acquiring session lock")
    w.add(pg[0], "%SP% UTC [%INT:100:999%] LOG:  selected new timeline ID: 8")
    w.add(pg[0], "%SP% UTC [%INT:100:999%] LOG:  database system is ready to accept connections")
    w.add(pg[2], "%PY% INFO: no action. I am (pg-ledger-2), a secondary, and following a leader (pg-ledger-0)")
    w.add(kn, "EXT4-fs error (device sdb1): ext4_find_entry:1684: inode #%INT:100000:999999%: comm patroni: reading directory lblock 0", ev=True)
    w.add(api, "%SP%  INFO 1 --- [nio-8080-exec-4] c.f.ledger.api.PostingController         : posted journal JE-%INT:100000:999999% lines=3 in %INT:200:900%ms")
    w.mix([noise[2]], 2)
    return rec(
        w, "kubeadm bare metal", "ledger-api had a burst of failed postings at 13:05 and Patroni failed over. Why did the primary die?",
        sel(namespace=ans, app="ledger-api"), "CRITICAL", "storage", "pg-ledger",
        "The local disk sdb on fin-k8s-w05 backing pg-ledger-1's volume returned write I/O errors (Medium Error); ext4 aborted "
        "its journal and remounted the filesystem read-only, so Postgres PANICked writing WAL and cannot restart.",
        "Kernel I/O errors on sdb -> 'EXT4-fs ... Detected aborted journal' -> 'Remounting filesystem read-only' -> Postgres PANIC "
        "'Read-only file system'; Patroni could not restart pg-ledger-1 and pg-ledger-0 was promoted (timeline 8). The cluster "
        "now runs with one replica and the old primary's data is on a failing disk.",
        "Keep pg-ledger-1 down, replace disk sdb on fin-k8s-w05 (check SMART), recreate its local PV and reinitialise the replica "
        "(patronictl reinit); verify the new primary's replication and backups.")


# ---------------------------------------------------------------------------
@scenario
def backstage_migration_lock_eks():
    w = Win("backstage-eks", "eks-platform-use2", "2026-04-09T08:15:00")
    ns = "backstage"
    node = "ip-10-60-%d-%d.us-east-2.compute.internal" % (w.rng.randint(1, 60), w.rng.randint(2, 250))
    rsn = "backstage-" + w.safe(10)
    pod = rsn + "-" + w.safe(5)
    B = P(ns, pod, "backstage", node, "backstage")
    kl = J(node, "kubelet.service")
    alb = P("kube-system", "aws-load-balancer-controller-" + w.rs(), "aws-load-balancer-controller", node, "aws-load-balancer-controller")
    j = lambda lvl, msg, plugin=None: ('{"level":"' + lvl + '","message":"' + msg + '",' + ('"plugin":"' + plugin + '",' if plugin else "")
                                       + '"service":"backstage","timestamp":"%SP%"}')
    noise = [
        (alb, '{"level":"info","ts":"%ISO%","logger":"controllers.ingress","msg":"successfully deployed model","ingressGroup":"backstage/backstage"}'),
        (EV(ns), ev_agent("Pod", pod, "Unhealthy", "Warning", "Readiness probe failed: Get \"http://%IP:10.60%:7007/.backstage/health/v1/readiness\": dial tcp %IP:10.60%:7007: connect: connection refused", host=node)),
    ]
    for k in range(3):
        w.add(B, j("info", "Found 12 new secrets in config that will be redacted", None), gap=(1, 3) if k == 0 else (15, 45))
        w.add(B, j("info", "Loaded config from app-config.yaml, app-config.production.yaml, env"))
        if k == 0:
            w.add(B, j("info", "Plugin initialization started: 'app', 'auth', 'catalog', 'scaffolder', 'search', 'techdocs', 'kubernetes', 'permission', 'proxy'", "initialization"))
            w.add(B, j("info", "Performing database migration", "catalog"))
        w.add(B, j("warn", "Can't take lock to run migrations: Migration table is already locked", "catalog"), ev=(k == 0))
        w.add(B, j("warn", "If you are sure migrations are not running you can release the lock manually by running 'knex migrate:unlock'", "catalog"), ev=(k == 0))
        w.add(B, j("error", "Backend startup failed due to the following errors:\\n  Plugin 'catalog' startup failed; caused by MigrationLocked: Migration table is already locked"), ev=True)
        w.add(kl, klog("I", "kubelet.go:2455", '"SyncLoop (PLEG): event for pod" pod="backstage/' + pod + '" event={"ID":"%PUID:' + pod + '%","Type":"ContainerDied","Data":"%HEX:64%"}', 3012))
        if k:
            w.add(EV(ns), ev_agent("Pod", pod, "BackOff", "Warning", "Back-off restarting failed container backstage in pod " + pod + "_backstage(%PUID:" + pod + "%)", host=node))
        w.mix(noise, 2)
    w.add(kl, klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"backstage\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=backstage pod=' + pod + '_backstage(%PUID:' + pod + '%)\\"" pod="backstage/' + pod + '" podUID="%PUID:' + pod + '%"', 3012))
    w.mix(noise, 2)
    return rec(
        w, "EKS", "The developer portal is down after last night's Backstage deploy; the pod keeps restarting. Why?",
        sel(namespace=ns, app="backstage"), "CRITICAL", "database", "backstage",
        "The catalog plugin's knex migration lock row in the Backstage database is still set (left behind when a previous pod was "
        "killed mid-migration), so every start fails with 'MigrationLocked: Migration table is already locked'.",
        "Each Backstage start loads config, tries to migrate the catalog database, cannot take the knex migration lock and aborts "
        "backend startup; the container crash-loops and the portal is down.",
        "Confirm no migration is running, then release the lock (knex migrate:unlock, or UPDATE knex_migrations_lock SET is_locked=0 "
        "in the backstage_plugin_catalog database) and restart the pod; give migrations time to finish during deploys.")


# ---------------------------------------------------------------------------
@scenario
def fhir_too_many_clients_ocp():
    w = Win("fhir-pg-ocp", "ocp-health-prod", "2026-04-10T09:30:00")
    fns, dns_ = "fhir", "pg-clinical"
    nodes = ["worker-%d.ocp-health-prod.hospital.example" % i for i in range(1, 7)]
    pgpod = "pg-clinical-instance1-%s-0" % w.safe(4)
    PG = P(dns_, pgpod, "database", nodes[5], "pg-clinical", postgres_operator_crunchydata_com_cluster="pg-clinical", log_type="application")
    rsn = "hapi-fhir-" + w.safe(10)
    old = P(fns, rsn + "-" + w.safe(5), "hapi-fhir", nodes[1], "hapi-fhir", log_type="application")
    new = [P(fns, rsn + "-" + w.safe(5), "hapi-fhir", nodes[i], "hapi-fhir", log_type="application") for i in (2, 3, 4)]
    rtr = P("openshift-ingress", "router-default-" + w.rs(), "router", nodes[0], "router", log_type="infrastructure")
    mirth = P("integration", "mirth-connect-0", "mirth-connect", nodes[3], "mirth-connect", log_type="application")
    noise = [
        (old, "%SP% INFO  [http-nio-8080-exec-%INT:1:40%] fhirtest.access - Path[/fhir] Source[] Operation[search-type  %PICK:Patient|Observation|Encounter%] UA[okhttp/4.12.0] Params[?_count=50] ResponseEncoding[JSON] Operation[search-type] Tenant[] Time[%INT:30:900%]"),
        (rtr, "%ISO% haproxy[%INT:100:999%]: %IP:10.128%:%INT:30000:60000% [%NG%] fe_sni~ be_secure:fhir:hapi-fhir/pod:" + old["pod"] + ":hapi-fhir:https:10.131.%INT:0:9%.%INT:2:250%:8080 0/0/1/%INT:30:900%/%INT:31:905% 200 %INT:800:40000% - - --NI %INT:10:60%/%INT:5:30%/0/0/0 0/0 \"GET /fhir/Patient?identifier=%INT:1000000:9999999% HTTP/1.1\""),
        (PG, "%PY% INFO: no action. I am (" + pgpod + "), the leader with the lock"),
    ]
    w.add(EV(fns), ev_agent("HorizontalPodAutoscaler", "hapi-fhir", "SuccessfulRescale", "Normal", "New size: 10; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler"), gap=(0, 1))
    w.mix(noise, 2)
    for i, n in enumerate(new):
        w.add(n, "%SP% INFO  [main] com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...")
        w.add(PG, "%SP% UTC [%INT:1000:99999%] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", ev=(i < 2))
        w.add(PG, "%SP% UTC [%INT:1000:99999%] FATAL:  sorry, too many clients already", ev=(i == 0))
        w.add(n, "%SP% ERROR [main] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.")
        w.add(n, "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already", ev=(i == 0))
        w.add(n, "%SP% WARN  [main] o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext - Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory'")
        w.mix(noise, 1)
    w.add(old, "%SP% WARN  [http-nio-8080-exec-%INT:1:40%] o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 0, SQLState: 53300")
    w.add(old, "%SP% ERROR [http-nio-8080-exec-%INT:1:40%] o.h.engine.jdbc.spi.SqlExceptionHelper - FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute", ev=True)
    w.add(EV(fns), ev_agent("Pod", new[0]["pod"], "BackOff", "Warning", "Back-off restarting failed container hapi-fhir in pod " + new[0]["pod"] + "_fhir(%PUID:n0%)", host=nodes[2]))
    w.add(mirth, "ERROR %SP% [Destination Filter/Transformer JavaScript Task on LAB_ORU_Batch (%UUID%) < pool-4-thread-2] com.mirth.connect.connectors.http.HttpDispatcher: Error connecting to HTTP server https://fhir.hospital.example/fhir/Observation: HTTP/1.1 500 Internal Server Error")
    w.add(PG, "%SP% UTC [%INT:1000:99999%] FATAL:  sorry, too many clients already", ev=True)
    w.mix(noise, 3)
    w.add(PG, "%SP% UTC [%INT:1000:99999%] LOG:  checkpoint complete: wrote %INT:1000:9000% buffers (%INT:1:9%.%INT:0:9%%); 0 WAL file(s) added, 0 removed, %INT:1:5% recycled; write=%INT:20:200%.%INT:100:999% s, sync=0.%INT:100:999% s, total=%INT:20:200%.%INT:100:999% s; sync files=%INT:50:300%, longest=0.0%INT:10:99% s, average=0.00%INT:1:9% s; distance=%INT:10000:90000% kB, estimate=%INT:10000:90000% kB; lsn=2A/%HEX:8%, redo lsn=2A/%HEX:8%")
    w.add(old, "%SP% ERROR [http-nio-8080-exec-%INT:1:40%] c.u.f.j.d.BaseHapiFhirDao - HAPI-0389: Failed to create resource: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection")
    w.mix(noise, 3)
    return rec(
        w, "OpenShift", "HAPI FHIR scaled out this morning but the new pods crash and some writes fail with 500. Why?",
        sel(namespace=fns, app="hapi-fhir"), "ERROR", "database", "pg-clinical",
        "The pg-clinical PostgreSQL instance has run out of connection slots (max_connections reached): the HPA scale-out of "
        "HAPI FHIR adds pods that each open a full Hikari pool, and Postgres rejects them with 'sorry, too many clients already'.",
        "After the HPA raised hapi-fhir to 10 replicas, new pods fail pool initialisation and crash-loop, Postgres logs 'remaining "
        "connection slots are reserved' and 'too many clients', and even existing pods get SQLState 53300, so some FHIR writes "
        "(e.g. Mirth's Observation POSTs) fail with 500.",
        "Put PgBouncer (PGO proxy) in front of pg-clinical or size Hikari maximumPoolSize x max replicas below max_connections "
        "(and cap the HPA); raise max_connections only with memory headroom.")


# ---------------------------------------------------------------------------
@scenario
def letsencrypt_ratelimit_k3s():
    w = Win("wiki-cert-k3s", "k3s-lab", "2026-04-11T09:00:00")
    ns, cm = "collab", "cert-manager"
    C = P(cm, "cert-manager-" + w.rs(), "cert-manager-controller", "lab-k3s-01", "cert-manager")
    tr = P("kube-system", "traefik-" + w.rs(), "traefik", "lab-k3s-02", "traefik")
    wiki = P(ns, "wikijs-" + w.rs(), "wikijs", "lab-k3s-03", "wikijs")
    order = "wiki-tls-%d-%d" % (w.rng.randint(1, 9), w.rng.randint(1000000000, 3999999999))
    rl = ("429 urn:ietf:params:acme:error:rateLimited: too many certificates (5) already issued for this exact set of domains in the "
          "last 168h0m0s, retry after 2026-04-13T02:41:17Z: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames")
    noise = [
        (wiki, "%ISO% [MASTER] info: (ANALYTICS) Page view %PICK:/it/onboarding|/finance/travel-policy|/hr/holidays%"),
        (tr, '%IP:10.42% - - [%NG%] "GET /graphql HTTP/2.0" 200 %INT:300:9000% "-" "-" %INT:1000:9000% "collab-wikijs-wiki-lab-example-org@kubernetes" "http://%IP:10.42%:3000" %INT:2:40%ms'),
        (C, klog("I", "conditions.go:%INT:190:270%", '"Setting lastTransitionTime for Certificate condition" logger="cert-manager.controller" condition="Ready" lastTransitionTime="%SEC%"', 1)),
    ]
    w.mix(noise[:2], 3)
    w.add(C, klog("I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.controller" key="collab/wiki-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-04-11 09:00:00 +0000 UTC"', 1))
    w.add(EV(ns), ev_agent("CertificateRequest", "wiki-tls-" + order.split("-")[2], "OrderCreated", "Normal", "Created Order resource collab/" + order, comp="cert-manager-certificaterequests-issuer-acme"))
    w.add(C, klog("E", "controller.go:162", '"re-queuing item due to error processing" err="' + rl + '" logger="cert-manager.orders" key="collab/' + order + '"', 1), ev=True)
    w.add(EV(ns), ev_agent("Order", order, "Errored", "Warning", "Failed to create Order: " + rl, comp="cert-manager-orders"), ev=True)
    w.mix(noise[:2], 2)
    w.add(EV(ns), ev_agent("CertificateRequest", "wiki-tls-" + order.split("-")[2], "Failed", "Warning", "Failed to wait for order resource \"" + order + "\" to become ready: order is in \"errored\" state: Failed to create Order: " + rl, comp="cert-manager-certificaterequests-issuer-acme"), ev=True)
    w.add(EV(ns), ev_agent("Certificate", "wiki-tls", "Failed", "Warning", "The certificate request has failed to complete and will be retried: Failed to wait for order resource \"" + order + "\" to become ready: order is in \"errored\" state: Failed to create Order: " + rl, comp="cert-manager-certificates-issuing"))
    w.add(C, klog("I", "trigger_controller.go:197", '"Not re-issuing certificate as an attempt has been made in the last hour" logger="cert-manager.controller" key="collab/wiki-tls" retry_delay=3599.%INT:100:999%', 1))
    w.mix(noise, 4)
    w.add(C, klog("I", "trigger_controller.go:159", '"Certificate is still valid; existing certificate NotAfter=2026-05-01T08:12:44Z" logger="cert-manager.controller" key="collab/wiki-tls"', 1))
    w.mix(noise[:2], 3)
    w.add(C, klog("E", "sync.go:%INT:100:130%", '"failed to create Order resource due to bad request, marking Order as failed" err="' + rl + '" logger="cert-manager.orders" resource_name="' + order + '" resource_namespace="collab" resource_kind="Order" resource_version="v1"', 1), ev=True)
    w.mix(noise, 5)
    w.add(C, klog("I", "trigger_controller.go:197", '"Not re-issuing certificate as an attempt has been made in the last hour" logger="cert-manager.controller" key="collab/wiki-tls" retry_delay=%INT:3000:3500%.%INT:100:999%', 1))
    w.mix(noise[:2], 3)
    return rec(
        w, "k3s", "cert-manager shows the wiki certificate renewal as Failed. Will wiki.lab.example.org go down?",
        sel(namespace=ns), "WARN", "rate_limited", "cert-manager",
        "Let's Encrypt rejects the new order with 429 rateLimited: five certificates were already issued for exactly "
        "wiki.lab.example.org in the last 168 h (the lab and staging clusters each request their own), so renewal is refused "
        "until 2026-04-13T02:41Z.",
        "The renewal Order errors with 'too many certificates (5) already issued for this exact set of domains'; cert-manager backs "
        "off and will retry. The current certificate stays valid until 2026-05-01, so the site is not down yet.",
        "Let cert-manager retry after the retry-after time; stop issuing duplicates (share one certificate, use the staging ACME "
        "server for non-production clusters, or add a distinct SAN per cluster) so the limit is not hit again.")


# ---------------------------------------------------------------------------
@scenario
def rag_openai_429_rke2():
    w = Win("rag-assistant-rke2", "rke2-mlplatform", "2026-04-12T10:02:00")
    ns = "assistants"
    pods = [P(ns, "rag-assistant-" + w.rs(), "api", "rke2-cpu-0%d" % (i + 2), "rag-assistant") for i in range(2)]
    ing = P("kube-system", "rke2-ingress-nginx-controller-" + w.safe(5), "rke2-ingress-nginx-controller", "rke2-cpu-01", "rke2-ingress-nginx")
    qd = P(ns, "qdrant-0", "qdrant", "rke2-cpu-03", "qdrant")
    err = ("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization "
           "org-Qm2xk7HfT3pL9vWcR8sYd1nB on tokens per min (TPM): Limit 30000, Used %INT:28000:29990%, Requested %INT:2100:4800%. "
           "Please try again in %F:2:9:3%s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', "
           "'param': None, 'code': 'rate_limit_exceeded'}}")
    noise = [
        (qd, "%ISO%  INFO actix_web::middleware::logger: %IP:10.42% \"POST /collections/intranet-kb/points/search HTTP/1.1\" 200 %INT:2000:9000% \"-\" \"python-httpx/0.27.2\" 0.0%INT:10:99%"),
        (pods[0], "%PY% INFO httpx: HTTP Request: POST https://api.openai.com/v1/embeddings \"HTTP/1.1 200 OK\""),
        (ing, '%IP:10.10% - - [%NG%] "POST /v1/ask HTTP/2.0" 200 %INT:800:4000% "https://assistant.intra.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" %INT:400:900% %F:2:9:3% [assistants-rag-assistant-8000] [] %IP:10.42%:8000 %INT:800:4000% %F:2:9:3% 200 %HEX:32%'),
    ]
    w.mix(noise, 3)
    for k in range(4):
        p = pods[k % 2]
        w.add(p, "%PY% INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"", ev=(k == 0), gap=(1, 8))
        w.add(p, "%PY% INFO openai._base_client: Retrying request to /chat/completions in %F:2:9:6% seconds")
        w.add(p, "%PY% INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"")
        w.add(p, "%PY% ERROR rag_assistant.api: answer generation failed for conversation %HEX:12%")
        w.add(p, err, ev=(k in (0, 2, 3)))
        w.add(p, "%PY% INFO uvicorn.access: %IP:10.42%:%INT:30000:60000% - \"POST /v1/ask HTTP/1.1\" 503")
        w.add(ing, '%IP:10.10% - - [%NG%] "POST /v1/ask HTTP/2.0" 503 %INT:80:120% "https://assistant.intra.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" %INT:400:900% %F:5:15:3% [assistants-rag-assistant-8000] [] %IP:10.42%:8000 %INT:80:120% %F:5:15:3% 503 %HEX:32%')
        w.mix(noise, 1)
    w.add(pods[1], "%PY% INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\"")
    w.mix(noise, 3)
    return rec(
        w, "Rancher RKE2", "The intranet assistant answers 'service unavailable' to most questions since the all-hands demo. What's wrong?",
        sel(namespace=ns, app="rag-assistant"), "ERROR", "rate_limited", "rag-assistant",
        "rag-assistant exceeds its OpenAI organisation's tokens-per-minute limit for gpt-4o (30 000 TPM); chat completions are "
        "rejected with 429 rate_limit_exceeded, the client's retries are also throttled and the API returns 503 to users.",
        "After the demo traffic spike most /v1/ask calls get HTTP 429 from api.openai.com (TPM limit reached) and fail after "
        "retries with openai.RateLimitError; retrieval (Qdrant, embeddings) works and a few requests still succeed.",
        "Request a higher TPM limit or a second deployment/model for overflow, cap concurrency and add a queue/backoff with a "
        "friendly 'busy' reply, and reduce prompt size (fewer retrieved chunks).")


# ---------------------------------------------------------------------------
@scenario
def gpu_xid79_hpc():
    w = Win("gpu-node-hpc", "hpc-onprem-k8s", "2026-04-13T02:17:00")
    ns = "research"
    node = "gpu-a100-07"
    kn = K(node)
    dp = P("gpu-operator", "nvidia-device-plugin-daemonset-" + w.safe(5), "nvidia-device-plugin", node, "nvidia-device-plugin-daemonset")
    dc = P("gpu-operator", "nvidia-dcgm-exporter-" + w.safe(5), "nvidia-dcgm-exporter", node, "nvidia-dcgm-exporter")
    wk = [P(ns, "resnet-ddp-worker-%d" % i, "pytorch", n, "resnet-ddp", volcano_sh_job_name="resnet-ddp")
          for i, n in ((0, "gpu-a100-04"), (1, "gpu-a100-05"), (2, node))]
    vc = P("volcano-system", "volcano-controllers-" + w.rs(), "volcano-controllers", "hpc-ctl-01", "volcano-controllers")
    gpu = "GPU-5c1f%s-%s-%s-%s-%s" % (w.hx(4), w.hx(4), w.hx(4), w.hx(4), w.hx(12))
    noise = [
        (wk[0], "[rank0]:%PY% INFO train: epoch 14 step %INT:1000:4000%/5005 loss=%F:0.8:1.6:4% lr=%F:0.01:0.1:5% img/s=%INT:2400:2700%"),
        (wk[1], "[rank1]:%PY% INFO train: epoch 14 step %INT:1000:4000%/5005 loss=%F:0.8:1.6:4%"),
        (dc, 'time="%ISO6%" level=info msg="Collecting metrics"'),
    ]
    w.mix(noise[:2], 3)
    w.add(kn, "pcieport 0000:b0:02.0: AER: Uncorrected (Fatal) error received: 0000:b0:02.0", ev=True)
    w.add(kn, "pcieport 0000:b0:02.0: PCIe Bus Error: severity=Uncorrected (Fatal), type=Transaction Layer, (Receiver ID)")
    w.add(kn, "NVRM: GPU at PCI:0000:b1:00: " + gpu)
    w.add(kn, "NVRM: GPU Board Serial Number: 1654%INT:100000000:999999999%")
    w.add(kn, "NVRM: Xid (PCI:0000:b1:00): 79, pid=%INT:3000:9000%, name=python, GPU has fallen off the bus.", ev=True)
    w.add(kn, "NVRM: GPU 0000:b1:00.0: GPU has fallen off the bus.", ev=True)
    w.add(kn, "NVRM: A GPU crash dump has been created. If possible, please run\nNVRM: nvidia-bug-report.sh as root to collect this data before\nNVRM: the NVIDIA kernel module is unloaded.")
    w.add(wk[2], "[rank2]: RuntimeError: CUDA error: unspecified launch failure")
    w.add(wk[2], "[rank2]: CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.")
    w.add(dp, "I%KL%       1 health.go:%INT:150:200%] XidCriticalError: Xid=79 on Device=" + gpu + "; marking device as unhealthy.", ev=True)
    w.add(dp, "I%KL%       1 server.go:%INT:240:290%] 'nvidia.com/gpu' device marked unhealthy: " + gpu, ev=True)
    w.add(dc, 'time="%ISO6%" level=error msg="Failed to collect metrics; error: GPU is lost" gpu=3 uuid=' + gpu)
    w.add(EV("default"), ev_agent("Node", node, "NodeAllocatableEnforced", "Normal", "Updated Node Allocatable limit across pods", host=node))
    w.mix(noise, 2)
    w.add(wk[0], "[rank0]:[E%KL% ProcessGroupNCCL.cpp:616] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%INT:100000:300000%, OpType=ALLREDUCE, NumelIn=%INT:1000000:9999999%, NumelOut=%INT:1000000:9999999%, Timeout(ms)=600000) ran for 600%INT:100:900% milliseconds before timing out.", gap=(585, 600))
    w.add(wk[1], "[rank1]:[E%KL% ProcessGroupNCCL.cpp:616] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%INT:100000:300000%, OpType=ALLREDUCE, NumelIn=%INT:1000000:9999999%, NumelOut=%INT:1000000:9999999%, Timeout(ms)=600000) ran for 600%INT:100:900% milliseconds before timing out.")
    w.add(wk[0], "[rank0]: torch.distributed.DistBackendError: NCCL communicator was aborted on rank 0.")
    w.add(vc, 'I%KL%       1 job_controller_handler.go:%INT:200:300%] "Job is restarting" job="research/resnet-ddp" reason="PodFailed" retryCount=1')
    w.add(EV(ns), ev_agent("Pod", "resnet-ddp-worker-2", "FailedScheduling", "Warning", "0/12 nodes are available: 1 Insufficient nvidia.com/gpu, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 8 node(s) didn't match Pod's node affinity/selector. preemption: 0/12 nodes are available: 12 Preemption is not helpful for scheduling.", comp="volcano"))
    w.add(kn, "NVRM: Xid (PCI:0000:b1:00): 79, pid=%INT:3000:9000%, name=nv-hostengine, GPU has fallen off the bus.")
    w.mix(noise[2:], 2)
    return rec(
        w, "on-prem HPC", "The resnet-ddp training job died at 02:17 with NCCL timeouts and cannot be rescheduled. What happened?",
        sel(namespace=ns), "CRITICAL", "node_failure", "gpu-a100-07",
        "A GPU on node gpu-a100-07 failed in hardware: a fatal PCIe AER error followed by NVIDIA Xid 79 'GPU has fallen off the "
        "bus'; the device plugin marked the GPU unhealthy and the rank on that GPU crashed.",
        "Xid 79 on gpu-a100-07 took the GPU off the PCIe bus; rank 2 hit 'CUDA error: unspecified launch failure', the other ranks "
        "timed out in NCCL allreduce and Volcano restarted the gang, which can no longer fit because the cluster lost that GPU.",
        "Cordon and drain gpu-a100-07, collect nvidia-bug-report.sh, reboot/reseat or RMA the GPU (check PCIe riser), and restart "
        "the job from its last checkpoint on healthy nodes.")


# ---------------------------------------------------------------------------
@scenario
def containerd_hang_gke():
    w = Win("billing-node-gke", "gke-fin-core-euw3", "2026-04-14T16:40:00")
    ns = "billing"
    node = "gke-fin-core-euw3-apps-2b7c9d1e-w3kq"
    kl = J(node, "kubelet.service")
    cd = J(node, "containerd.service")
    inv_rs = "invoice-svc-" + w.safe(10)
    bad = [P(ns, inv_rs + "-" + w.safe(5), "app", node, "invoice-svc"), P(ns, "payment-reminder-" + w.rs(), "app", node, "payment-reminder")]
    good = P(ns, inv_rs + "-" + w.safe(5), "app", "gke-fin-core-euw3-apps-2b7c9d1e-h8pn", "invoice-svc")
    ing = P("ingress-nginx", "ingress-nginx-controller-" + w.rs(), "controller", "gke-fin-core-euw3-apps-2b7c9d1e-h8pn", "ingress-nginx")
    noise = [
        (good, "%SP%  INFO 1 --- [nio-8080-exec-%INT:1:9%] c.f.billing.invoice.InvoiceController  : GET /invoices/INV-2026-%INT:100000:999999% 200 %INT:10:90%ms"),
        (ing, '%IP:10.8% - - [%NG%] "GET /invoices/INV-2026-%INT:100000:999999% HTTP/2.0" 200 %INT:800:4000% "-" "okhttp/4.12.0" %INT:300:700% 0.0%INT:10:99% [billing-invoice-svc-8080] [] %IP:10.52%:8080 %INT:800:4000% 0.0%INT:10:99% 200 %HEX:32%'),
    ]
    w.mix(noise, 2)
    w.add(cd, 'time="%ISO6%" level=error msg="get state for %HEX:64%" error="context deadline exceeded: unknown"', ev=True)
    w.add(cd, 'time="%ISO6%" level=warning msg="unknown status" status=0')
    w.add(kl, klog("E", "remote_runtime.go:%INT:290:310%", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:SANDBOX_READY,},LabelSelector:map[string]string{},}"', 1722), ev=True)
    w.add(kl, klog("E", "kuberuntime_sandbox.go:%INT:290:310%", '"Failed to list pod sandboxes" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"', 1722))
    w.add(ing, '%GO% [error] %INT:30:60%#%INT:30:60%: *%INT:100000:999999% upstream timed out (110: Operation timed out) while connecting to upstream, client: %IP:10.8%, server: billing.fin.example.com, request: "GET /invoices/INV-2026-%INT:100000:999999% HTTP/2.0", upstream: "http://10.52.%INT:0:9%.%INT:2:250%:8080/invoices/INV-2026-%INT:100000:999999%", host: "billing.fin.example.com"')
    w.mix(noise, 2)
    w.add(kl, klog("I", "kubelet.go:2400", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m2.187410254s ago; threshold is 3m0s"', 1722), ev=True, gap=(60, 120))
    w.add(kl, klog("I", "setters.go:600", '"Node became not ready" node="' + node + '" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%SEC%","lastTransitionTime":"%SEC%","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m2.187410254s ago; threshold is 3m0s"}', 1722), ev=True)
    w.add(EV("default"), ev_agent("Node", node, "NodeNotReady", "Normal", "Node " + node + " status is now: NodeNotReady", host=node), ev=True)
    w.add(EV("default"), ev_agent("Node", node, "ContainerRuntimeUnhealthy", "Warning", "Container runtime on the node is not functioning properly", comp="container-runtime-monitor", host=node))
    w.mix(noise, 2)
    w.add(kl, klog("E", "kubelet.go:2912", '"Container runtime not ready" runtimeReady="RuntimeReady=false reason:ContainerdNotReady message:rpc error: code = DeadlineExceeded desc = context deadline exceeded"', 1722))
    w.add(EV(ns), ev_agent("Pod", bad[0]["pod"], "NodeNotReady", "Warning", "Node is not ready", comp="node-controller"))
    w.add(EV(ns), ev_agent("Pod", bad[1]["pod"], "NodeNotReady", "Warning", "Node is not ready", comp="node-controller"))
    w.add(ing, 'W%KL%       7 controller.go:1214] Service "billing/payment-reminder" does not have any active Endpoint.')
    w.mix(noise, 3)
    w.add(EV(ns), ev_agent("Pod", bad[0]["pod"], "TaintManagerEviction", "Normal", "Marking for deletion Pod billing/" + bad[0]["pod"], comp="taint-eviction-controller"), gap=(240, 300))
    w.add(EV(ns), ev_agent("Pod", bad[1]["pod"], "TaintManagerEviction", "Normal", "Marking for deletion Pod billing/" + bad[1]["pod"], comp="taint-eviction-controller"))
    w.add(EV(ns), ev_agent("ReplicaSet", bad[0]["pod"].rsplit("-", 1)[0], "SuccessfulCreate", "Normal", "Created pod: invoice-svc-" + bad[0]["pod"].split("-")[2] + "-" + w.safe(5), comp="replicaset-controller"))
    w.mix(noise, 3)
    return rec(
        w, "GKE", "Half of the billing pods are stuck Terminating/Unknown on one node and invoice lookups time out. What happened?",
        sel(namespace=ns), "CRITICAL", "node_failure", "gke-fin-core-euw3-apps-2b7c9d1e-w3kq",
        "containerd on node gke-fin-core-euw3-apps-2b7c9d1e-w3kq hung (CRI calls time out with DeadlineExceeded), so the kubelet's "
        "PLEG stalled for more than 3 minutes and the node went NotReady.",
        "containerd stops answering ('get state ... context deadline exceeded', ListPodSandbox DeadlineExceeded), PLEG becomes "
        "unhealthy, the node is NotReady, the billing pods on it lose their endpoints and after the toleration expires are marked "
        "for deletion and recreated elsewhere; ingress times out connecting to the stranded pods meanwhile.",
        "Cordon the node, restart containerd/kubelet or recreate the node (GKE auto-repair), and check the node for disk/IO or "
        "shim leaks before returning it to service.")


# ============================================================================
# Build, preview, table
# ============================================================================
def build():
    items = []
    keys = set()
    for fn in SCENARIOS:
        r = fn()
        assert r["key"] not in keys, r["key"]
        keys.add(r["key"])
        items.append(r)
    random.Random("dev14-shuffle").shuffle(items)
    out = []
    for i, r in enumerate(items, 1):
        w = r["w"]
        record = {
            "id": "dev14-%03d" % i,
            "source": "synthetic:dev14-" + r["key"],
            "question": r["question"],
            "selector": r["selector"],
            "logs": w.logs,
            "expected": {
                "severity": r["severity"],
                "root_cause_category": r["category"],
                "component": r["component"],
                "root_cause": r["root_cause"],
                "summary": r["summary"],
                "action": r["action"],
                "evidence": list(w.ev),
            },
        }
        out.append((r, record))
    return out


def checks(built):
    problems = []
    from collections import Counter
    cats = Counter()
    for r, rec_ in built:
        k = r["key"]
        logs = rec_["logs"]
        ev = rec_["expected"]["evidence"]
        cat = rec_["expected"]["root_cause_category"]
        cats[cat] += 1
        if not 25 <= len(logs) <= 60:
            problems.append("%s: %d lines" % (k, len(logs)))
        tss = [l["ts"] for l in logs]
        if tss != sorted(tss):
            problems.append("%s: timestamps out of order" % k)
        if any(not (0 <= e < len(logs)) for e in ev) or len(set(ev)) != len(ev):
            problems.append("%s: bad evidence index" % k)
        if cat == "none" and ev:
            problems.append("%s: none with evidence" % k)
        if cat != "none" and not ev:
            problems.append("%s: empty evidence" % k)
        if cat not in CATEGORIES:
            problems.append("%s: unknown category %s" % (k, cat))
        if rec_["expected"]["severity"] not in SEVERITIES:
            problems.append("%s: bad severity" % k)
        if cat == "none" and rec_["expected"]["severity"] != "INFO":
            problems.append("%s: none must be INFO" % k)
        if "%" in json.dumps(logs) and TOKEN.search(json.dumps(logs)):
            problems.append("%s: unexpanded token" % k)
    return problems, cats


def dump(built):
    return "".join(json.dumps(rec_, ensure_ascii=False) + "\n" for _, rec_ in built)


def preview(built, key=None):
    if key:
        for r, rec_ in built:
            if r["key"] == key:
                ex = rec_["expected"]
                print("%s  %s  %s / %s  component=%s" % (rec_["id"], key, ex["root_cause_category"],
                                                       ex["severity"], ex["component"]))
                print("Q:", rec_["question"], " selector:", {k: v for k, v in rec_["selector"].items() if v})
                for i, l in enumerate(rec_["logs"]):
                    mark = "*" if i in ex["evidence"] else " "
                    lab = l["labels"]
                    src = lab.get("pod") or lab.get("unit") or lab.get("transport") or lab.get("job")
                    where = lab.get("namespace") or lab.get("node", "")
                    print("%s%2d %s %-12.12s %-24.24s %s" % (mark, i, l["ts"][11:23], where, src, l["line"]))
                print("root_cause:", ex["root_cause"])
                print("summary:", ex["summary"])
                print("action:", ex["action"])
                return
        print("no such scenario:", key)
        sys.exit(1)
    for r, rec_ in built:
        ex = rec_["expected"]
        print("%s %-26s %-18s %-19s %-8s %-26s lines=%2d ev=%d" % (
            rec_["id"], r["key"], r["flavour"], ex["root_cause_category"], ex["severity"],
            ex["component"], len(rec_["logs"]), len(ex["evidence"])))
    problems, cats = checks(built)
    print("records:", len(built), " categories:", dict(sorted(cats.items())))
    print("self-checks:", "ok" if not problems else "FAILED")
    for p in problems:
        print("  -", p)


def table(built):
    sev_cols = SEVERITIES
    print("| category | " + " | ".join(sev_cols) + " | total |")
    print("|---|" + "---:|" * (len(sev_cols) + 1))
    tot = {s: 0 for s in sev_cols}
    for c in CATEGORIES:
        row = [sum(1 for _, x in built if x["expected"]["root_cause_category"] == c and x["expected"]["severity"] == s)
               for s in sev_cols]
        for s, n in zip(sev_cols, row):
            tot[s] += n
        print("| `%s` | %s | %d |" % (c, " | ".join(str(n) for n in row), sum(row)))
    print("| **total** | %s | %d |" % (" | ".join(str(tot[s]) for s in sev_cols), sum(tot.values())))
    print()
    print("| id | scenario | cluster | category | severity | component | selector | lines | evidence |")
    print("|---|---|---|---|---|---|---|---:|---:|")
    for r, x in sorted(built, key=lambda p: p[1]["id"]):
        ex = x["expected"]
        s = ", ".join("%s=%s" % (k, v) for k, v in x["selector"].items() if v)
        print("| %s | %s | %s | `%s` | %s | %s | %s | %d | %d |" % (
            x["id"], r["key"], r["flavour"], ex["root_cause_category"], ex["severity"], ex["component"],
            s, len(x["logs"]), len(ex["evidence"])))


def main(argv):
    built = build()
    if argv and argv[0] == "--preview":
        preview(built, argv[1] if len(argv) > 1 else None)
        return
    if argv and argv[0] == "--table":
        table(built)
        return
    if argv:
        print(__doc__)
        sys.exit(2)
    problems, _ = checks(built)
    if problems:
        for p in problems:
            print("self-check:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(built))
    print("wrote %s (%d records)" % (OUT, len(built)))


if __name__ == "__main__":
    main(sys.argv[1:])
