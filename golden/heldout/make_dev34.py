#!/usr/bin/env python3
"""Generator for the dev34 held-out set (severity judgement; airport, water utility, court e-filing).

Deterministic: Python stdlib only, integer microseconds in UTC, dates rendered by hand,
per-scenario random.Random seeded from sha256("203434:<scenario-name>").
Writes dev34.jsonl next to this file and prints aggregate counts only.
"""
import hashlib
import json
import os
import random

SEED = 203434
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev34.jsonl")

# --------------------------------------------------------------------------- time
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
US = 1000000

# Local standard-time offsets (minutes) of the three themes; every date is chosen
# between 2026-01-12 and 2026-03-05, before any DST change in Europe or the US.
AIRPORT_OFF, WATER_OFF, COURT_OFF = 60, -360, -300
ZONE_ABBR = {60: "CET", -360: "CST", -300: "EST", 0: "UTC"}


def days_from_civil(y, m, d):
    y -= 1 if m <= 2 else 0
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return (y + (1 if m <= 2 else 0), m, d)


def utc_us(y, mo, d, h=0, mi=0, s=0, us=0):
    return (days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * US + us


def parts(t, off=0):
    t2 = t + off * 60 * US
    days, rem = divmod(t2, 86400 * US)
    y, mo, d = civil_from_days(days)
    secs, frac = divmod(rem, US)
    h, r = divmod(secs, 3600)
    mi, s = divmod(r, 60)
    wd = (days + 3) % 7  # 1970-01-01 was a Thursday
    return y, mo, d, h, mi, s, frac, wd


def _offs(off, colon=True):
    sign = "+" if off >= 0 else "-"
    hh, mm = divmod(abs(off), 60)
    return f"{sign}{hh:02d}:{mm:02d}" if colon else f"{sign}{hh:02d}{mm:02d}"


def _frac(f, digits):
    if digits == 0:
        return ""
    s = f"{f:06d}"
    return "." + (s[:digits] if digits <= 6 else s + "0" * (digits - 6))


def iso(t, digits=3, off=None, sep="T"):
    """RFC 3339; off=None renders UTC with Z, an int renders that offset (0 gives +00:00)."""
    y, mo, d, h, mi, s, f, _ = parts(t, off or 0)
    zone = "Z" if off is None else _offs(off)
    return f"{y:04d}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}{_frac(f, digits)}{zone}"


def iso_go(t, off=None):
    """Go time.RFC3339Nano: nanoseconds with trailing zeros trimmed."""
    y, mo, d, h, mi, s, f, _ = parts(t, off or 0)
    fr = (f"{f:06d}" + "000").rstrip("0")
    zone = "Z" if off is None else _offs(off)
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{'.' + fr if fr else ''}{zone}"


def naive(t, off=0, digits=3, sep=" ", fsep="."):
    y, mo, d, h, mi, s, f, _ = parts(t, off)
    fr = "" if digits == 0 else fsep + f"{f:06d}"[:digits]
    return f"{y:04d}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}{fr}"


def klog_ts(t):
    y, mo, d, h, mi, s, f, _ = parts(t)
    return f"{mo:02d}{d:02d} {h:02d}:{mi:02d}:{s:02d}.{f:06d}"


def klog(sev, t, tid, src, msg):
    return f"{sev}{klog_ts(t)} {tid:>7} {src}] {msg}"


def syslog_ts(t, off=0):
    y, mo, d, h, mi, s, f, _ = parts(t, off)
    return f"{MON[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"


def clf_ts(t, off=0):
    y, mo, d, h, mi, s, f, _ = parts(t, off)
    return f"{d:02d}/{MON[mo - 1]}/{y:04d}:{h:02d}:{mi:02d}:{s:02d} {_offs(off, False)}"


def pg_ts(t, off=0):
    return naive(t, off, 3) + " " + ZONE_ABBR[off]


def redis_ts(t):
    y, mo, d, h, mi, s, f, _ = parts(t)
    return f"{d:02d} {MON[mo - 1]} {y:04d} {h:02d}:{mi:02d}:{s:02d}.{f // 1000:03d}"


def ctime_ts(t, off=0):
    y, mo, d, h, mi, s, f, wd = parts(t, off)
    return f"{WDAY[wd]} {MON[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d} {y:04d}"


def py_ts(t, off=0):
    return naive(t, off, 3, fsep=",")


def nodered_ts(t, off=0):
    y, mo, d, h, mi, s, f, _ = parts(t, off)
    return f"{d} {MON[mo - 1]} {h:02d}:{mi:02d}:{s:02d}"


def ua_ts(t, off=0):
    """open62541 default logger: [2026-02-10 03:12:44.123 (UTC-0600)]"""
    return f"[{naive(t, off, 3)} (UTC{_offs(off, False)})]"


def ep_s(t):
    return t // US


def ep_ms(t):
    return t // 1000


def ep_float(t):
    return repr(t / US)


# --------------------------------------------------------------------------- names
SAFE = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"


def rs_hash(rng):
    return "".join(rng.choice(SAFE) for _ in range(rng.choice([9, 10])))


def sfx(rng, n=5):
    return "".join(rng.choice(SAFE) for _ in range(n))


def dpod(rng, name):
    return f"{name}-{rs_hash(rng)}-{sfx(rng)}"


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ip(rng, a, b=None):
    b = rng.randint(0, 255) if b is None else b
    return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# --------------------------------------------------------------------------- label conventions
def L_promtail(ns, pod, ctr, node, app, stream="stdout"):
    return {"job": f"{ns}/{app}", "namespace": ns, "pod": pod, "container": ctr,
            "node_name": node, "app": app, "stream": stream}


def L_journal(host, unit=None, transport="journal"):
    d = {"job": "systemd-journal", "hostname": host, "transport": transport}
    if unit:
        d["unit"] = unit
    return d


def L_alloy(cluster, ns, pod, ctr, node, service=None):
    return {"cluster": cluster, "namespace": ns, "pod": pod, "container": ctr, "node": node,
            "job": f"{ns}/{ctr}", "service_name": service or ctr}


def L_alloy_ev(cluster, ns, instance):
    return {"job": "integrations/kubernetes/eventhandler", "cluster": cluster,
            "namespace": ns, "instance": instance}


def L_fluentbit(ns, pod, ctr, host, stream="stdout"):
    return {"job": "fluent-bit", "namespace_name": ns, "pod_name": pod,
            "container_name": ctr, "host": host, "stream": stream}


def L_vector(ns, pod, ctr, node, stream="stdout"):
    return {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
            "kubernetes_pod_name": pod, "kubernetes_container_name": ctr,
            "kubernetes_pod_node_name": node, "stream": stream}


def L_otel(cluster, ns, pod, ctr, node, service=None):
    return {"service_name": service or ctr, "k8s_cluster_name": cluster, "k8s_namespace_name": ns,
            "k8s_pod_name": pod, "k8s_container_name": ctr, "k8s_node_name": node}


def L_otel_ev(cluster, ns):
    return {"service_name": "k8s-events", "k8s_cluster_name": cluster, "k8s_namespace_name": ns}


def L_datadog(cluster, ns, pod, ctr, node, service, source, env="prod"):
    return {"service": service, "source": source, "env": env, "kube_cluster_name": cluster,
            "kube_namespace": ns, "pod_name": pod, "kube_container_name": ctr, "host": node}


def L_elastic(cluster, ns, pod, ctr, node, stream="stdout"):
    return {"data_stream_dataset": "kubernetes.container_logs", "orchestrator_cluster_name": cluster,
            "kubernetes_namespace": ns, "kubernetes_pod_name": pod,
            "kubernetes_container_name": ctr, "kubernetes_node_name": node, "stream": stream}


def L_elastic_ev(cluster, ns):
    return {"data_stream_dataset": "kubernetes.event", "orchestrator_cluster_name": cluster,
            "kubernetes_namespace": ns}


def L_gke(project, location, cluster, ns, pod, ctr):
    return {"resource_type": "k8s_container", "project_id": project, "location": location,
            "cluster_name": cluster, "namespace_name": ns, "pod_name": pod, "container_name": ctr}


def L_gke_pod(project, location, cluster, ns, pod):
    return {"resource_type": "k8s_pod", "project_id": project, "location": location,
            "cluster_name": cluster, "namespace_name": ns, "pod_name": pod}


def L_gke_node(project, location, cluster, node):
    return {"resource_type": "k8s_node", "project_id": project, "location": location,
            "cluster_name": cluster, "node_name": node}


def L_ocp(ns, pod, ctr, host):
    lt = "infrastructure" if ns.startswith(("openshift", "kube")) or ns == "default" else "application"
    return {"log_type": lt, "kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
            "kubernetes_container_name": ctr, "kubernetes_host": host}


def L_azure(ns, pod, ctr, node, src="stdout"):
    return {"PodNamespace": ns, "PodName": pod, "ContainerName": ctr, "Computer": node, "LogSource": src}


def L_azure_ev(ns, kind, node):
    return {"Type": "KubeEvents", "Namespace": ns, "ObjectKind": kind, "Computer": node}


def L_docker(project, service, host, src="stdout", idx=1):
    return {"compose_project": project, "compose_service": service,
            "container_name": f"{project}-{service}-{idx}", "host": host, "source": src}


# --------------------------------------------------------------------------- Kubernetes events
def ev_obj(rng, t, first, etype, reason, msg, kind, ns, name, comp, host=None, count=1, fieldpath=None):
    """An Event as kubernetes-event-exporter / Cloud Logging print it (second precision times)."""
    o = {"metadata": {"name": f"{name}.{hexs(rng, 16)}", "namespace": ns},
         "involvedObject": {"kind": kind, "namespace": ns, "name": name,
                            "apiVersion": "v1" if kind in ("Pod", "Node") else ("batch/v1" if kind in ("Job", "CronJob") else ("autoscaling/v2" if kind == "HorizontalPodAutoscaler" else "apps/v1"))},
         "reason": reason, "message": msg, "source": {"component": comp},
         "firstTimestamp": iso(first, 0), "lastTimestamp": iso(t, 0), "count": count, "type": etype}
    if kind == "Node":
        o["involvedObject"].pop("namespace")
        o["metadata"]["namespace"] = "default"
    if fieldpath:
        o["involvedObject"]["fieldPath"] = fieldpath
    if host:
        o["source"]["host"] = host
    return o


def ev_json(*a, **k):
    return jd(ev_obj(*a, **k))


def azure_ev(t, first, etype, reason, msg, kind, ns, name, comp, count=1):
    return jd({"KubeEventType": etype, "Reason": reason, "ObjectKind": kind, "Name": name,
               "Namespace": ns, "Message": msg, "Count": count, "SourceComponent": comp,
               "FirstSeen": iso(first, 0), "LastSeen": iso(t, 0)})


def otel_ev(rng, reason, action, msg, kind, ns, name, count=1):
    return jd({"body": msg,
               "attributes": {"k8s.event.reason": reason, "k8s.event.action": action,
                              "k8s.event.count": count, "k8s.event.name": f"{name}.{hexs(rng, 16)}"},
               "resources": {"k8s.object.kind": kind, "k8s.object.name": name, "k8s.namespace.name": ns}})


def elastic_ev(t, etype, reason, msg, kind, name, count=1):
    return jd({"@timestamp": iso(t, 3), "message": msg,
               "kubernetes": {"event": {"type": etype, "reason": reason, "count": count,
                                        "involved_object": {"kind": kind, "name": name}}}})


# --------------------------------------------------------------------------- record builder
TS_STYLES = {
    "us": lambda t: iso(t, 6),
    "ns": lambda t: iso(t, 9),
    "us0": lambda t: iso(t, 6, 0),
}


class Rec:
    def __init__(self, rng, start, ts_style="us", ts_off=None):
        self.rng = rng
        self.t = start
        self.logs = []
        self.ev = []
        if ts_off is not None:
            self.tsf = lambda t: iso(t, 6, ts_off)
        else:
            self.tsf = TS_STYLES[ts_style]

    def tick(self, lo_ms, hi_ms=None):
        hi_ms = lo_ms if hi_ms is None else hi_ms
        self.t += self.rng.randint(lo_ms * 1000, hi_ms * 1000) + self.rng.randint(0, 999)
        return self.t

    def add(self, labels, line, ev=False):
        if ev:
            self.ev.append(len(self.logs))
        self.logs.append({"ts": self.tsf(self.t), "labels": dict(labels), "line": line})

    def record(self, theme, question, selector, severity, category, component=None,
               root_cause="", summary="", action=""):
        exp = {"severity": severity, "root_cause_category": category}
        if component is not None:
            exp["component"] = component
        exp["root_cause"] = root_cause
        exp["summary"] = summary
        exp["action"] = action
        exp["evidence"] = list(self.ev)
        return {"id": None, "source": f"synthetic:dev34-{theme}", "question": question,
                "selector": selector, "logs": self.logs, "expected": exp}


def sel(ns, app=None, pod=None, container=None, node=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def start_time(rng, local_off, h_lo, h_hi):
    """A start instant on a day between 2026-01-12 and 2026-03-05, local hour in [h_lo, h_hi)."""
    day0 = days_from_civil(2026, 1, 12)
    day = day0 + rng.randint(0, 52)
    y, mo, d = civil_from_days(day)
    h = rng.randint(h_lo, h_hi - 1)
    return utc_us(y, mo, d, h, rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999)) - local_off * 60 * US


def ckpt_times(rng, start, end):
    """write/sync/total seconds of a checkpoint that started at `start` and was logged complete at `end`."""
    total_ms = (end - start) // 1000 - rng.randint(1, 30)
    sync_ms = rng.randint(1, 9)
    write_ms = total_ms - sync_ms - rng.randint(5, 40)
    f = lambda ms: f"{ms // 1000}.{ms % 1000:03d}"
    return f"write={f(write_ms)} s, sync={f(sync_ms)} s, total={f(total_ms)} s"


SCEN = {}


def scenario(name, theme):
    def deco(fn):
        SCEN[name] = (theme, fn)
        return fn
    return deco

# =========================================================================== airport (batch 1)
AP = AIRPORT_OFF


def spring3(t, off, level, app, thread, logger, msg, pid=1):
    """Spring Boot 3.2+ default console line."""
    return f"{iso(t, 3, off)} {level:>5} {pid} --- [{app}] [{thread:>15}] {logger:<40} : {msg}"


@scenario("ap-crit-oom-sortplanner", "airport")
def ap_crit_oom_sortplanner(rng):
    r = Rec(rng, start_time(rng, AP, 6, 9), "us")
    nodes = [f"ip-10-40-{rng.randint(16, 63)}-{rng.randint(2, 250)}.eu-central-1.compute.internal" for _ in range(3)]
    p1, p2 = dpod(rng, "sort-planner"), None
    p2 = f"sort-planner-{p1.split('-')[2]}-{sfx(rng)}"
    bi = dpod(rng, "bsm-ingest")
    sc = dpod(rng, "sortation-controller")
    ee = dpod(rng, "event-exporter")
    Lp1 = L_fluentbit("baggage", p1, "sort-planner", nodes[0])
    Lp2 = L_fluentbit("baggage", p2, "sort-planner", nodes[1])
    Lbi = L_fluentbit("baggage", bi, "bsm-ingest", nodes[2])
    Lsc = L_fluentbit("baggage", sc, "sortation-controller", nodes[2])
    Lee = L_fluentbit("monitoring", ee, "event-exporter", nodes[2])
    off = [rng.randint(880000, 990000)]
    uid1, uid2 = uuid4(rng), uuid4(rng)

    def ingest():
        off[0] += rng.randint(30, 70)
        return jd({"level": "info", "ts": float(ep_float(r.t)), "caller": "consumer/batch.go:142",
                   "msg": "batch committed", "topic": "bsm.inbound", "partition": rng.randint(0, 5),
                   "offset": off[0], "messages": rng.randint(18, 64)})

    tag = lambda: f"0{rng.choice(['125', '220', '724', '057'])}{rng.randint(100000, 999999)}"
    r.tick(0)
    r.add(Lbi, ingest())
    r.tick(800, 2500)
    r.add(Lp1, spring3(r.t, AP, "INFO", "sort-planner", "main", "c.a.b.planner.SortPlannerApplication",
                       "Starting SortPlannerApplication v4.12.3 using Java 17.0.10 with PID 1 (/app/sort-planner.jar started by app in /app)"))
    r.tick(300, 700)
    r.add(Lp1, spring3(r.t, AP, "INFO", "sort-planner", "main", "c.a.b.planner.SortPlannerApplication",
                       "Runtime: availableProcessors=2, maxMemory=3072 MiB (-Xmx3g), container memory limit=2048 MiB"), ev=True)
    r.tick(2000, 4000)
    n_tags = rng.randint(58000, 66000)
    r.add(Lp1, spring3(r.t, AP, "INFO", "sort-planner", "main", "c.a.b.planner.route.RouteCache",
                       f"Loading route table: 214 sorter nodes, 38 make-up positions, {n_tags} active bag tags"))
    first_oom = r.tick(9000, 14000)
    loop0 = first_oom - rng.randint(150, 260) * US  # the crash loop started before the window
    pid1 = rng.randint(20000, 60000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Warning", "OOMKilling",
                       f"Memory cgroup out of memory: Killed process {pid1} (java) total-vm:5129344kB, anon-rss:{rng.randint(2085000, 2096000)}kB, file-rss:21944kB, shmem-rss:0kB, UID:10001 pgtables:4820kB oom_score_adj:984",
                       "Node", "default", nodes[0], "kernel-monitor", host=nodes[0]), ev=True)
    r.tick(150, 400)
    r.add(Lsc, f"ts={iso_go(r.t)} level=warn caller=planner_client.go:88 msg=\"no route decision within 400ms; diverting to manual encoding\" tag={tag()} sorter=SL1 divert=ME-2", ev=True)
    r.tick(1500, 3000)
    r.add(Lbi, ingest())
    bo1 = r.tick(8000, 12000)
    r.add(Lee, ev_json(rng, r.t, loop0, "Warning", "BackOff",
                       f"Back-off restarting failed container sort-planner in pod {p1}_baggage({uid1})",
                       "Pod", "baggage", p1, "kubelet", host=nodes[0], count=3, fieldpath="spec.containers{sort-planner}"), ev=True)
    r.tick(2000, 4000)
    pid2 = rng.randint(20000, 60000)
    oom2 = r.t
    r.add(Lee, ev_json(rng, r.t, r.t, "Warning", "OOMKilling",
                       f"Memory cgroup out of memory: Killed process {pid2} (java) total-vm:5127120kB, anon-rss:{rng.randint(2085000, 2096000)}kB, file-rss:22016kB, shmem-rss:0kB, UID:10001 pgtables:4812kB oom_score_adj:984",
                       "Node", "default", nodes[1], "kernel-monitor", host=nodes[1]), ev=True)
    r.tick(3000, 6000)
    r.add(Lsc, f"ts={iso_go(r.t)} level=info caller=tote.go:51 msg=\"tote cycle complete\" line=SL2 totes=48 jammed=0")
    r.tick(5000, 9000)
    r.add(Lp1, spring3(r.t, AP, "INFO", "sort-planner", "main", "c.a.b.planner.SortPlannerApplication",
                       "Starting SortPlannerApplication v4.12.3 using Java 17.0.10 with PID 1 (/app/sort-planner.jar started by app in /app)"))
    r.tick(2500, 4500)
    r.add(Lp1, spring3(r.t, AP, "INFO", "sort-planner", "main", "c.a.b.planner.route.RouteCache",
                       f"Loading route table: 214 sorter nodes, 38 make-up positions, {n_tags + rng.randint(40, 300)} active bag tags"))
    r.tick(4000, 8000)
    r.add(Lbi, ingest())
    r.tick(3000, 6000)
    diverted = rng.randint(180, 260)
    r.add(Lsc, f"ts={iso_go(r.t)} level=error caller=planner_client.go:131 msg=\"route planner unavailable\" down_for=2m{rng.randint(5, 50)}s diverted_to_manual={diverted} sorters=SL1,SL2", ev=True)
    r.tick(4000, 7000)
    r.add(Lee, ev_json(rng, r.t, loop0, "Warning", "BackOff",
                       f"Back-off restarting failed container sort-planner in pod {p1}_baggage({uid1})",
                       "Pod", "baggage", p1, "kubelet", host=nodes[0], count=6, fieldpath="spec.containers{sort-planner}"), ev=True)
    r.tick(500, 1500)
    r.add(Lee, ev_json(rng, r.t, loop0 + rng.randint(5, 40) * US, "Warning", "BackOff",
                       f"Back-off restarting failed container sort-planner in pod {p2}_baggage({uid2})",
                       "Pod", "baggage", p2, "kubelet", host=nodes[1], count=5, fieldpath="spec.containers{sort-planner}"), ev=True)
    r.tick(2000, 5000)
    r.add(Lsc, f"ts={iso_go(r.t)} level=warn caller=manual.go:77 msg=\"manual encoding queue above threshold\" station=ME-2 queue={rng.randint(31, 48)} threshold=25", ev=True)
    r.tick(1000, 3000)
    r.add(Lbi, ingest())
    return r.record("airport", "Why are bags being diverted to manual encoding this morning?", sel("baggage", "sort-planner"),
                    "CRITICAL", "oom_killed", "sort-planner",
                    "The sort-planner JVM is started with -Xmx3g inside a 2Gi container limit; loading the full route table pushes it past the cgroup limit and the kernel OOM-kills it on every start.",
                    "Both sort-planner replicas are OOM-killed repeatedly while loading the route table and sit in CrashLoopBackOff; the sortation controller gets no route decisions and diverts all bags on SL1/SL2 to manual encoding.",
                    "Set the heap below the container limit (e.g. -XX:MaxRAMPercentage=75) or raise the memory limit of sort-planner, then confirm both replicas stay up and the manual encoding queue drains.")


@scenario("ap-crit-app-fids-api", "airport")
def ap_crit_app_fids_api(rng):
    r = Rec(rng, start_time(rng, AP, 7, 11), "us")
    vm = f"aks-fidspool-{rng.randint(10000000, 99999999)}-vmss0000"
    nodes = [vm + f"{i:02d}" for i in rng.sample(range(0, 12), 3)]
    a1, a2 = dpod(rng, "fids-api"), None
    a2 = f"fids-api-{a1.split('-')[2]}-{sfx(rng)}"
    ac = dpod(rng, "aodb-connector")
    gw = dpod(rng, "fids-screen-gw")
    La1 = L_azure("fids", a1, "fids-api", nodes[0])
    La1e = L_azure("fids", a1, "fids-api", nodes[0], "stderr")
    La2e = L_azure("fids", a2, "fids-api", nodes[1], "stderr")
    Lac = L_azure("fids", ac, "aodb-connector", nodes[2])
    Lgw = L_azure("fids", gw, "nginx", nodes[2])
    Lgwe = L_azure("fids", gw, "nginx", nodes[2], "stderr")
    api_ip = ip(rng, 10, 244)
    uid1, uid2 = uuid4(rng), uuid4(rng)
    stack = ("TypeError: Cannot read properties of null (reading 'gate')\n"
             "    at formatDeparture (/app/dist/render/departures.js:88:31)\n"
             "    at Array.map (<anonymous>)\n"
             "    at buildBoard (/app/dist/render/board.js:41:27)\n"
             "    at FlightStore.<anonymous> (/app/dist/store.js:63:9)\n"
             "    at FlightStore.emit (node:events:519:28)")
    fl = f"{rng.choice(['LX', 'LH', 'OS', 'KL'])} {rng.randint(1000, 1999)}"

    def pino(L, pod, lvl, msg, **kw):
        d = {"level": lvl, "time": ep_ms(r.t), "pid": 1, "hostname": pod}
        d.update(kw)
        d["msg"] = msg
        return jd(d)

    def player():
        return f"10.20.{rng.randint(4, 9)}.{rng.randint(10, 250)}"

    r.tick(0)
    r.add(La1, pino(La1, a1, 30, "departures board rebuilt", terminal="T1", flights=rng.randint(120, 160), ms=rng.randint(8, 30)))
    r.tick(400, 1200)
    r.add(Lgw, f"{player()} - - [{clf_ts(r.t, AP)}] \"GET /api/v2/board/T1/departures HTTP/1.1\" 200 {rng.randint(18000, 26000)} \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"")
    r.tick(1500, 4000)
    upd = {"Timestamp": iso(r.t, 3), "EventId": 2104, "LogLevel": "Information",
           "Category": "Aodb.Connector.FlightUpdateHandler",
           "Message": f"Flight update {fl}: gate B{rng.randint(10, 40)} -> (unassigned), remark GATE CHANGE"}
    r.add(Lac, jd(upd), ev=True)
    r.tick(40, 200)
    r.add(La1e, pino(La1e, a1, 60, "uncaughtException",
                     err={"type": "TypeError", "message": "Cannot read properties of null (reading 'gate')", "stack": stack}), ev=True)
    r.tick(5, 60)
    r.add(La2e, pino(La2e, a2, 60, "uncaughtException",
                     err={"type": "TypeError", "message": "Cannot read properties of null (reading 'gate')", "stack": stack}), ev=True)
    r.tick(300, 900)
    pl = player()
    r.add(Lgwe, f"{naive(r.t, AP, 0).replace('-', '/')} [error] 29#29: *{rng.randint(10000, 99999)} connect() failed (111: Connection refused) while connecting to upstream, client: {pl}, server: fids-screen-gw, request: \"GET /api/v2/board/T1/departures HTTP/1.1\", upstream: \"http://{api_ip}:3000/api/v2/board/T1/departures\", host: \"fids-screen-gw.fids\"")
    r.tick(0, 2)
    r.add(Lgw, f"{pl} - - [{clf_ts(r.t, AP)}] \"GET /api/v2/board/T1/departures HTTP/1.1\" 502 157 \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"", ev=True)
    t_first = r.tick(9000, 15000)
    r.add(La1, pino(La1, a1, 30, "fids-api 3.8.1 listening", port=3000, node="v20.11.1"))
    r.tick(400, 900)
    r.add(La1, pino(La1, a1, 30, "loaded flights from AODB snapshot", flights=rng.randint(400, 440)))
    r.tick(20, 120)
    r.add(La1e, pino(La1e, a1, 60, "uncaughtException",
                     err={"type": "TypeError", "message": "Cannot read properties of null (reading 'gate')", "stack": stack}), ev=True)
    r.tick(2000, 5000)
    r.add(Lgw, f"{player()} - - [{clf_ts(r.t, AP)}] \"GET /api/v2/board/T2/arrivals HTTP/1.1\" 502 157 \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"", ev=True)
    r.tick(6000, 12000)
    r.add(L_azure_ev("fids", "Pod", nodes[0]), azure_ev(r.t, t_first, "Warning", "BackOff",
          f"Back-off restarting failed container fids-api in pod {a1}_fids({uid1})", "Pod", "fids", a1, "kubelet", 2), ev=True)
    r.tick(300, 1500)
    r.add(L_azure_ev("fids", "Pod", nodes[1]), azure_ev(r.t, t_first, "Warning", "BackOff",
          f"Back-off restarting failed container fids-api in pod {a2}_fids({uid2})", "Pod", "fids", a2, "kubelet", 2), ev=True)
    r.tick(2000, 6000)
    r.add(Lac, jd({"Timestamp": iso(r.t, 3), "EventId": 2101, "LogLevel": "Information",
                   "Category": "Aodb.Connector.FlightUpdateHandler",
                   "Message": f"Flight update {rng.choice(['EW', 'U2', 'BA'])} {rng.randint(100, 999)}: ETD {rng.randint(10, 12)}:{rng.randint(10, 59)}, remark DELAYED"}))
    r.tick(1000, 3000)
    r.add(Lgw, f"{player()} - - [{clf_ts(r.t, AP)}] \"GET /api/v2/board/T1/departures HTTP/1.1\" 502 157 \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"", ev=True)
    r.tick(5000, 9000)
    r.add(La2e, pino(La2e, a2, 60, "uncaughtException",
                     err={"type": "TypeError", "message": "Cannot read properties of null (reading 'gate')", "stack": stack}), ev=True)
    r.tick(15000, 30000)
    r.add(L_azure_ev("fids", "Pod", nodes[0]), azure_ev(r.t, t_first, "Warning", "BackOff",
          f"Back-off restarting failed container fids-api in pod {a1}_fids({uid1})", "Pod", "fids", a1, "kubelet", 5), ev=True)
    return r.record("airport", "The departure screens went blank in terminal 1 - what is going on?", sel("fids", "fids-api"),
                    "CRITICAL", "application_error", "fids-api",
                    "fids-api dereferences the gate of a flight without checking for null; a flight update that unassigns a gate makes formatDeparture throw an uncaught TypeError that kills the Node.js process.",
                    "Both fids-api replicas crash with the same uncaught TypeError as soon as they load the flight with no gate and are in CrashLoopBackOff; the screen gateway returns 502 to the display players.",
                    "Fix formatDeparture to handle flights without a gate (or hot-fix the flight record), roll out fids-api and verify the boards render again.")


def logback_json(t, off, level, logger, thread, msg, stack=None):
    d = {"@timestamp": iso(t, 3, off), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread, "level": level,
         "level_value": {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
    if stack:
        d["stack_trace"] = stack
    return jd(d)


@scenario("ap-crit-tls-typeb-gateway", "airport")
def ap_crit_tls_typeb_gateway(rng):
    r = Rec(rng, start_time(rng, AP, 5, 8), "ns")
    nodes = [f"worker-{i:02d}.ocp.bhs-airport.internal" for i in rng.sample(range(1, 9), 3)]
    gw = dpod(rng, "typeb-gateway")
    sc = dpod(rng, "sortation-controller")
    br = dpod(rng, "bag-reconciler")
    Lgw = L_ocp("airline-msg", gw, "typeb-gateway", nodes[0])
    Lsc = L_ocp("baggage", sc, "sortation-controller", nodes[1])
    Lbr = L_ocp("baggage", br, "bag-reconciler", nodes[2])
    hub = "msg-hub.partner-net.example:6102"
    y, mo, d, *_ = parts(r.t)
    not_after = utc_us(y, mo, d) - US  # one second before midnight UTC of the incident day
    stack = ("javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired\n"
             "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n"
             "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:117)\n"
             "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:365)\n"
             "\tat java.base/sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287)\n"
             "\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:451)\n"
             "\tat aero.bhs.typeb.session.HubSession.open(HubSession.java:94)")
    tag = lambda: f"0{rng.choice(['085', '125', '220', '074'])}{rng.randint(100000, 999999)}"
    flights = [f"{rng.choice(['LX', 'LH', 'AF'])} {rng.randint(1000, 2999)}" for _ in range(2)]

    r.tick(0)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=info msg=\"sort decision\" tag={tag()} flight=\"{flights[0]}\" makeup=MU-{rng.randint(10, 38)} source=BSM")
    r.tick(1500, 4000)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"Connecting to Type B hub {hub} (TLS 1.2, client certificate alias 'bhs-typeb')"))
    r.tick(60, 250)
    r.add(Lgw, logback_json(r.t, AP, "ERROR", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"TLS handshake with {hub} failed", stack), ev=True)
    r.tick(5, 40)
    r.add(Lgw, logback_json(r.t, AP, "WARN", "aero.bhs.typeb.tls.KeyStoreWatcher", "hub-session-1",
                            f"Client certificate 'bhs-typeb' (CN=typeb-gw.bhs-airport.example) is outside its validity period: notAfter={iso(not_after, 0)}"), ev=True)
    r.tick(2000, 5000)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=warn msg=\"no BSM for tag; routed to problem bag area\" tag={tag()} scanner=ATR-0{rng.randint(1, 6)} exit=PB-1", ev=True)
    r.tick(8000, 15000)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"Reconnecting to {hub} in 30s (attempt 4)"))
    r.tick(1000, 4000)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=warn msg=\"no BSM for tag; routed to problem bag area\" tag={tag()} scanner=ATR-0{rng.randint(1, 6)} exit=PB-1", ev=True)
    r.tick(3000, 8000)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.flight flight={flights[1].replace(' ', '')} std={rng.randint(7, 9):02d}:{rng.randint(0, 59):02d} loaded=41 authorised=41 offloaded=0")
    r.tick(10000, 18000)
    r.add(Lgw, logback_json(r.t, AP, "ERROR", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"TLS handshake with {hub} failed", stack), ev=True)
    r.tick(200, 800)
    r.add(Lgw, logback_json(r.t, AP, "WARN", "aero.bhs.typeb.inbound.InboundMonitor", "monitor-1",
                            "No inbound BSM/BPM received for 600s (normal rate 35-60/min)"), ev=True)
    r.tick(1500, 4000)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=warn msg=\"no BSM for tag; routed to problem bag area\" tag={tag()} scanner=ATR-0{rng.randint(1, 6)} exit=PB-1", ev=True)
    r.tick(2000, 5000)
    r.add(Lbr, f"{py_ts(r.t)} WARNING bag_reconciler.flight flight={flights[0].replace(' ', '')} unreconciled bags={rng.randint(40, 75)} (no BSM) std in {rng.randint(35, 70)} min")
    r.ev.append(len(r.logs) - 1)
    r.tick(5000, 10000)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=error msg=\"problem bag area capacity\" exit=PB-1 bags={rng.randint(140, 220)} capacity=150", ev=True)
    r.tick(10000, 20000)
    r.add(Lgw, logback_json(r.t, AP, "ERROR", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"TLS handshake with {hub} failed", stack), ev=True)
    r.tick(300, 1200)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=info msg=\"tote cycle complete\" line=SL1 totes=52 jammed=0")
    return r.record("airport", "Why are so many bags ending up in the problem bag area?", sel("airline-msg", "typeb-gateway"),
                    "CRITICAL", "tls_certificate", "typeb-gateway",
                    "The client certificate typeb-gateway presents to the Type B message hub expired at midnight; the hub rejects every TLS handshake with certificate_expired, so no BSMs reach the baggage system.",
                    "typeb-gateway cannot establish its TLS session with the message hub; inbound BSMs stopped completely and the sortation controller sends every bag without a BSM to the problem bag area, which is over capacity.",
                    "Renew the 'bhs-typeb' client certificate (update the keystore Secret of typeb-gateway), restart the hub session and verify BSMs flow again; then reprocess bags in the problem area.")


@scenario("ap-warn-probe-bagtag-gw", "airport")
def ap_warn_probe_bagtag_gw(rng):
    r = Rec(rng, start_time(rng, AP, 10, 16), "ns")
    nodes = [f"bhs-edge-{i:02d}" for i in (1, 2, 3)]
    h = rs_hash(rng)
    pods = [f"bagtag-reader-gw-{h}-{sfx(rng)}" for _ in range(3)]
    ee = dpod(rng, "event-exporter")
    L = [L_promtail("baggage", p, "bagtag-reader-gw", n, "bagtag-reader-gw") for p, n in zip(pods, nodes)]
    Lee = L_promtail("monitoring", ee, "event-exporter", nodes[0], "event-exporter")
    pip = ip(rng, 10, 42)

    def read(i):
        return (f"{iso(r.t, 6)}  INFO bagtag_gw::reader: read ok tag=0{rng.choice(['125', '220', '085'])}{rng.randint(100000, 999999)} "
                f"reader=ATR-{rng.randint(1, 6):02d} scanners={rng.randint(5, 8)}/8")

    r.tick(0)
    r.add(L[0], read(0))
    r.tick(300, 900)
    r.add(L[1], f"{iso(r.t, 6)}  INFO bagtag_gw::cache: compacting tag cache entries={rng.randint(405000, 420000)} reason=\"size threshold\"", ev=True)
    r.tick(500, 1500)
    r.add(L[2], read(2))
    t1 = r.tick(4000, 7000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Warning", "Unhealthy",
                       f"Readiness probe failed: Get \"http://{pip}:8080/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                       "Pod", "baggage", pods[1], "kubelet", host=nodes[1], fieldpath="spec.containers{bagtag-reader-gw}"), ev=True)
    r.tick(400, 1200)
    r.add(L[0], read(0))
    r.tick(1500, 3500)
    r.add(L[1], f"{iso(r.t, 6)}  WARN bagtag_gw::http: readiness check slow elapsed_ms={rng.randint(1500, 2400)} cache_state=\"compacting\"", ev=True)
    r.tick(800, 2000)
    r.add(L[2], read(2))
    r.tick(6000, 9000)
    r.add(Lee, ev_json(rng, r.t, t1, "Warning", "Unhealthy",
                       f"Readiness probe failed: Get \"http://{pip}:8080/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                       "Pod", "baggage", pods[1], "kubelet", host=nodes[1], count=3, fieldpath="spec.containers{bagtag-reader-gw}"), ev=True)
    r.tick(1000, 2500)
    r.add(L[0], read(0))
    r.tick(9000, 14000)
    r.add(L[1], f"{iso(r.t, 6)}  INFO bagtag_gw::cache: compaction finished entries={rng.randint(390000, 402000)} elapsed={rng.randint(36, 44)}.{rng.randint(0, 9)}s", ev=True)
    r.tick(2000, 5000)
    r.add(L[1], f"{iso(r.t, 6)}  INFO bagtag_gw::http: readiness restored ready=true", ev=True)
    r.tick(500, 1500)
    r.add(L[1], read(1))
    r.tick(300, 1000)
    r.add(L[2], read(2))
    r.tick(1000, 3000)
    r.add(L[0], f"{iso(r.t, 6)}  INFO bagtag_gw::stats: window=60s reads={rng.randint(380, 460)} no_reads={rng.randint(1, 4)} read_rate=99.{rng.randint(1, 8)}%")
    return r.record("airport", "Is anything wrong with the bag-tag reader gateway?", sel("baggage", "bagtag-reader-gw"),
                    "WARN", "probe_failure", "bagtag-reader-gw",
                    "While one bagtag-reader-gw replica compacts its tag cache its /readyz endpoint answers too slowly and the readiness probe times out, so the pod is briefly taken out of the Service.",
                    "One of three bagtag-reader-gw replicas failed its readiness probe for about half a minute during a cache compaction; it was never restarted, the other replicas kept reading tags, and readiness came back on its own.",
                    "No immediate action; optionally make /readyz independent of the compaction or raise the probe timeout for bagtag-reader-gw.")


@scenario("ap-warn-conn-rabbitmq", "airport")
def ap_warn_conn_rabbitmq(rng):
    r = Rec(rng, start_time(rng, AP, 12, 18), "ns")
    proj, loc, cl = "bhs-ops-prod", "europe-west6", "bhs-gke-prod"
    nodes = [f"gke-{cl}-default-pool-{hexs(rng, 8)}-{sfx(rng, 4)}" for _ in range(3)]
    rq = [f"rabbitmq-server-{i}" for i in range(3)]
    br = dpod(rng, "bag-reconciler")
    bs = dpod(rng, "bsm-router")
    Lrq = [L_gke(proj, loc, cl, "baggage-msg", p, "rabbitmq") for p in rq]
    Lbr = L_gke(proj, loc, cl, "baggage", br, "bag-reconciler")
    Lbs = L_gke(proj, loc, cl, "baggage", bs, "bsm-router")
    ips = [ip(rng, 10, 24) for _ in range(3)]
    brip = ip(rng, 10, 24)
    host1 = "rabbitmq-server-1.rabbitmq-nodes.baggage-msg"

    def rmq(t, lvl, pid, msg):
        return f"{naive(t, 0, 6)}+00:00 [{lvl}] <0.{pid}.0> {msg}"

    r.tick(0)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.consumer processed batch queue=bsm.reconcile messages={rng.randint(20, 60)} ms={rng.randint(30, 90)}")
    r.tick(1000, 3000)
    r.add(Lrq[0], rmq(r.t, "warning", rng.randint(9000, 9999), f"node 'rabbit@{host1}' down: connection_closed"), ev=True)
    r.tick(50, 300)
    r.add(Lbr, f"{py_ts(r.t)} ERROR bag_reconciler.consumer Connection to {host1}:5672 lost: StreamLostError: (\"Stream connection lost: ConnectionResetError(104, 'Connection reset by peer')\",); reconnecting in 2.0s (attempt 1)", ev=True)
    r.tick(2000, 2300)
    r.add(Lbr, f"{py_ts(r.t)} WARNING pika.adapters.utils.connection_workflow AMQPConnectionWorkflow - reporting failure: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None", ev=True)
    r.tick(300, 900)
    r.add(Lbs, f"ts={iso_go(r.t)} level=warn caller=publisher.go:203 msg=\"publish failed, retrying\" exchange=bsm err=\"dial tcp {ips[1]}:5672: connect: connection refused\" attempt=1", ev=True)
    r.tick(2000, 3000)
    r.add(L_gke_pod(proj, loc, cl, "baggage-msg", rq[1]), ev_json(rng, r.t, r.t, "Normal", "Started", "Started container rabbitmq", "Pod", "baggage-msg", rq[1], "kubelet", host=nodes[1], fieldpath="spec.containers{rabbitmq}"))
    r.tick(1000, 2500)
    r.add(Lrq[1], rmq(r.t, "info", 230, "Starting RabbitMQ 3.12.13 on Erlang 26.2.2 [jit]"))
    r.tick(1500, 3000)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.consumer Connected to rabbitmq-server-0.rabbitmq-nodes.baggage-msg:5672; consuming bsm.reconcile (prefetch=50)", ev=True)
    r.tick(10, 80)
    r.add(Lrq[0], rmq(r.t, "info", rng.randint(10000, 12000), f"accepting AMQP connection <0.{rng.randint(10000, 12000)}.0> ({brip}:{rng.randint(40000, 60000)} -> {ips[0]}:5672)"))
    r.tick(300, 1000)
    r.add(Lbs, f"ts={iso_go(r.t)} level=info caller=publisher.go:219 msg=\"publish ok after retry\" exchange=bsm attempts=3", ev=True)
    r.tick(6000, 10000)
    r.add(Lrq[1], rmq(r.t, "info", 230, "Server startup complete; 5 plugins started."))
    r.tick(100, 600)
    r.add(Lrq[0], rmq(r.t, "info", rng.randint(9000, 9999), f"rabbit on node 'rabbit@{host1}' up"), ev=True)
    r.tick(4000, 9000)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.consumer backlog drained queue=bsm.reconcile ready=0 unacked={rng.randint(0, 12)}", ev=True)
    r.tick(1000, 4000)
    r.add(Lbs, f"ts={iso_go(r.t)} level=info caller=router.go:77 msg=\"routed\" type=BSM flight={rng.choice(['LX', 'WK', 'LH'])}{rng.randint(100, 999)} dest=bsm.reconcile")
    r.tick(2000, 5000)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.consumer processed batch queue=bsm.reconcile messages={rng.randint(20, 60)} ms={rng.randint(30, 90)}")
    return r.record("airport", "Did the baggage message bus have a problem this afternoon?", sel("baggage-msg", "rabbitmq"),
                    "WARN", "connection_refused", "rabbitmq",
                    "RabbitMQ node rabbitmq-server-1 went down and restarted; while it was away its AMQP port refused connections, so clients connected to it lost their sessions.",
                    "bag-reconciler and bsm-router briefly got connection refused/reset from the restarting RabbitMQ node, reconnected to another node within seconds, and the node rejoined the cluster; the backlog drained with no lost messages reported.",
                    "No immediate action; optionally check why rabbitmq-server-1 restarted.")


@scenario("ap-err-rate-flight-sync", "airport")
def ap_err_rate_flight_sync(rng):
    r = Rec(rng, start_time(rng, AP, 9, 15), ts_off=AP)
    host, proj = "fids-sync-01", "fids-sync"
    Lfs = L_docker(proj, "flight-sync", host)
    Lfse = L_docker(proj, "flight-sync", host, "stderr")
    Lrd = L_docker(proj, "redis", host)
    Lng = L_docker(proj, "nginx", host)
    rdpid = rng.randint(200, 900)

    def fs(lvl, name, msg, L=Lfs):
        r.add(L, f"{py_ts(r.t, AP)} {lvl} {name} {msg}", ev=(L is Lfse))

    def ng(path, code, size):
        r.add(Lng, f"172.19.0.{rng.randint(5, 9)} - - [{clf_ts(r.t, AP)}] \"GET {path} HTTP/1.1\" {code} {size} \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"")

    r.tick(0)
    fs("INFO", "flight_sync.poller", f"fetched {rng.randint(25, 50)} flight updates from ops-api (window 60s, {rng.randint(18000, 19900)} requests used today)")
    r.tick(2000, 8000)
    ng("/board/departures?terminal=2", 200, rng.randint(14000, 22000))
    r.tick(10000, 20000)
    r.add(Lrd, f"1:M {redis_ts(r.t)} * 100 changes in 300 seconds. Saving...")
    r.tick(1, 5)
    r.add(Lrd, f"1:M {redis_ts(r.t)} * Background saving started by pid {rdpid}")
    r.tick(20000, 40000)
    fs("WARNING", "flight_sync.client", "ops-api responded 429 Too Many Requests to GET /v3/flights?station=BHS&changedSince=-60s (x-ratelimit-limit=20000/day, x-ratelimit-remaining=0, retry-after=46800)", Lfse)
    r.tick(50, 200)
    fs("ERROR", "flight_sync.poller", "update cycle failed: ops-api daily request quota exhausted; next attempt in 300s", Lfse)
    r.tick(100, 400)
    r.add(Lrd, f"{rdpid}:C {redis_ts(r.t)} * DB saved on disk")
    r.tick(50, 150)
    r.add(Lrd, f"1:M {redis_ts(r.t)} * Background saving terminated with success")
    r.tick(30000, 90000)
    ng("/board/departures?terminal=1", 200, rng.randint(14000, 22000))
    r.tick(200000, 280000)
    fs("WARNING", "flight_sync.client", "ops-api responded 429 Too Many Requests to GET /v3/flights?station=BHS&changedSince=-360s (x-ratelimit-limit=20000/day, x-ratelimit-remaining=0, retry-after=46500)", Lfse)
    r.tick(50, 200)
    fs("ERROR", "flight_sync.poller", "update cycle failed: ops-api daily request quota exhausted; next attempt in 300s", Lfse)
    r.tick(500, 2000)
    fs("WARNING", "flight_sync.board", "board data is stale: last successful update 6m ago (max 2m); estimated times frozen", Lfse)
    r.tick(60000, 120000)
    ng("/board/arrivals?terminal=1", 200, rng.randint(14000, 22000))
    r.tick(200000, 260000)
    fs("WARNING", "flight_sync.client", "ops-api responded 429 Too Many Requests to GET /v3/flights?station=BHS&changedSince=-660s (x-ratelimit-limit=20000/day, x-ratelimit-remaining=0, retry-after=46200)", Lfse)
    r.tick(50, 200)
    fs("ERROR", "flight_sync.poller", "update cycle failed: ops-api daily request quota exhausted; next attempt in 300s", Lfse)
    r.tick(500, 2000)
    fs("WARNING", "flight_sync.board", "board data is stale: last successful update 11m ago (max 2m); estimated times frozen", Lfse)
    r.tick(5000, 20000)
    ng("/board/departures?terminal=2", 200, rng.randint(14000, 22000))
    r.tick(20000, 40000)
    r.add(Lrd, f"1:M {redis_ts(r.t)} * 100 changes in 300 seconds. Saving...")
    return r.record("airport", "Departure times on the boards stopped updating - why?", None,
                    "ERROR", "rate_limited", "flight-sync",
                    "flight-sync has used up the airline operations API's daily request quota (20000/day); every poll is answered 429 with a Retry-After of about 13 hours.",
                    "Every flight-sync update cycle fails with 429 Too Many Requests because the daily quota is exhausted; board data is stale and keeps getting older, with no recovery before the quota resets.",
                    "Reduce flight-sync's polling rate or switch it to the push feed, and ask the airline to raise the quota; until then publish manual updates for delayed flights.")


@scenario("ap-err-dns-brs-stubdomain", "airport")
def ap_err_dns_brs_stubdomain(rng):
    r = Rec(rng, start_time(rng, AP, 6, 12), "us")
    nodes = [f"rke2-agent-{i:02d}" for i in rng.sample(range(1, 7), 3)]
    h = rs_hash(rng)
    dns = [f"rke2-coredns-rke2-coredns-{h}-{sfx(rng)}" for _ in range(2)]
    bf = dpod(rng, "brs-forwarder")
    br = dpod(rng, "bag-reconciler")
    Ld = [L_vector("kube-system", p, "coredns", nodes[i]) for i, p in enumerate(dns)]
    Lbf = L_vector("baggage", bf, "brs-forwarder", nodes[2])
    Lbfe = L_vector("baggage", bf, "brs-forwarder", nodes[2], "stderr")
    Lbr = L_vector("baggage", br, "bag-reconciler", nodes[1])
    dip = [ip(rng, 10, 42) for _ in range(2)]
    up = "172.31.0.2"
    q = "brs.handler-b.example."
    queued = [rng.randint(80, 140)]

    def slog(lvl, msg, **kw):
        d = {"time": iso_go(r.t), "level": lvl, "msg": msg}
        d.update(kw)
        return jd(d)

    def cerr(i, typ):
        return f"[ERROR] plugin/errors: 2 {q} {typ}: read udp {dip[i]}:{rng.randint(32768, 60999)}->{up}:53: i/o timeout"

    r.tick(0)
    r.add(Lbf, slog("INFO", "forwarded", dest="brs.handler-a.example:7443", messages=rng.randint(8, 20)))
    r.tick(1000, 4000)
    r.add(Ld[0], cerr(0, "A"), ev=True)
    r.tick(0, 5)
    r.add(Ld[1], cerr(1, "AAAA"), ev=True)
    r.tick(100, 500)
    r.add(Lbfe, slog("ERROR", "forward failed", dest="brs.handler-b.example:7443",
                     err="dial tcp: lookup brs.handler-b.example on 10.43.0.10:53: server misbehaving", retry_in="10s"), ev=True)
    r.tick(3000, 6000)
    r.add(Lbf, slog("INFO", "forwarded", dest="brs.handler-a.example:7443", messages=rng.randint(8, 20)))
    r.tick(4000, 5000)
    r.add(Ld[1], cerr(1, "A"), ev=True)
    r.tick(100, 400)
    r.add(Lbfe, slog("ERROR", "forward failed", dest="brs.handler-b.example:7443",
                     err="dial tcp: lookup brs.handler-b.example on 10.43.0.10:53: server misbehaving", retry_in="10s"), ev=True)
    r.tick(2000, 5000)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.flight flight=LX{rng.randint(300, 999)} loaded={rng.randint(60, 120)} authorised={rng.randint(60, 120)} handler=A")
    r.tick(4000, 8000)
    r.add(Ld[0], cerr(0, "A"), ev=True)
    r.tick(100, 400)
    queued[0] += rng.randint(200, 300)
    r.add(Lbfe, slog("WARN", "destination queue growing", dest="brs.handler-b.example:7443", queued=queued[0], oldest="4m10s"), ev=True)
    r.tick(10000, 20000)
    r.add(Lbf, slog("INFO", "forwarded", dest="brs.handler-a.example:7443", messages=rng.randint(8, 20)))
    r.tick(20000, 40000)
    r.add(Ld[1], cerr(1, "A"), ev=True)
    r.tick(100, 400)
    r.add(Lbfe, slog("ERROR", "forward failed", dest="brs.handler-b.example:7443",
                     err="dial tcp: lookup brs.handler-b.example on 10.43.0.10:53: server misbehaving", retry_in="10s"), ev=True)
    r.tick(5000, 15000)
    r.add(Lbr, f"{py_ts(r.t)} WARNING bag_reconciler.flight flight=EW{rng.randint(1000, 9999)} handler=B no BSM delivered to handler BRS for {rng.randint(9, 14)} min; loading lists incomplete", ev=True)
    r.tick(5000, 15000)
    queued[0] += rng.randint(300, 500)
    r.add(Lbfe, slog("WARN", "destination queue growing", dest="brs.handler-b.example:7443", queued=queued[0], oldest="9m42s"), ev=True)
    return r.record("airport", "Why is ground handler B not getting any baggage messages?", sel("kube-system", "coredns"),
                    "ERROR", "dns_resolution", "coredns",
                    "CoreDNS forwards the handler-b.example zone to 172.31.0.2, which no longer answers; every lookup of brs.handler-b.example times out upstream and returns SERVFAIL to clients.",
                    "brs-forwarder cannot resolve handler B's BRS host ('server misbehaving') and every forward to it fails while other destinations work; the queue for handler B keeps growing and its loading lists are incomplete.",
                    "Fix the CoreDNS forwarder for the handler-b.example zone (point it to a working resolver or restore the VPN path to 172.31.0.2), then confirm brs-forwarder drains its queue.")


@scenario("ap-err-config-fids-layout", "airport")
def ap_err_config_fids_layout(rng):
    r = Rec(rng, start_time(rng, AP, 5, 10), "us")
    cl = "bhs-onprem"
    nodes = [f"bhs-k8s-w{i:02d}" for i in rng.sample(range(1, 7), 2)]
    old_h, new_h = rs_hash(rng), rs_hash(rng)
    oldp = f"fids-layout-{old_h}-{sfx(rng)}"
    newp = [f"fids-layout-{new_h}-{sfx(rng)}" for _ in range(2)]
    Ln = [L_alloy(cl, "fids", p, "fids-layout", nodes[i]) for i, p in enumerate(newp)]
    Lev = L_alloy_ev(cl, "fids", "fids")
    src = "/etc/fids/layouts/t2-departures.yaml"

    def pl(L, lvl, name, msg, ev=False):
        r.add(L, f"{py_ts(r.t)} [{lvl}] {name}: {msg}", ev=ev)

    def acc(L, grp, code, reason):
        r.add(L, f"INFO:     10.244.{rng.randint(1, 6)}.{rng.randint(10, 250)}:{rng.randint(30000, 60000)} - \"GET /layout/{grp} HTTP/1.1\" {code} {reason}", ev=code >= 500)

    r.tick(0)
    r.add(Lev, f"type=Normal reason=ScalingReplicaSet kind=Deployment objectAPIversion=apps/v1 objectRV={rng.randint(10**7, 10**8)} name=fids-layout sourcecomponent=deployment-controller msg=\"Scaled up replica set fids-layout-{new_h} to 1\"")
    r.tick(3000, 6000)
    pl(Ln[0], "INFO", "fids_layout.main", "fids-layout 1.19.0 starting; layout dir /etc/fids/layouts (configmap fids-layouts)")
    r.tick(100, 400)
    pl(Ln[0], "INFO", "fids_layout.loader", f"loaded layout t1-departures ({rng.randint(38, 52)} screens)")
    r.tick(5, 40)
    pl(Ln[0], "ERROR", "fids_layout.loader", f"layout t2-departures rejected: mapping values are not allowed here in \"{src}\", line 47, column 18", ev=True)
    r.tick(5, 40)
    pl(Ln[0], "INFO", "fids_layout.loader", f"loaded layout t1-arrivals ({rng.randint(20, 30)} screens)")
    r.tick(400, 1200)
    r.add(Ln[0], "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    r.tick(5000, 9000)
    r.add(Lev, f"type=Normal reason=ScalingReplicaSet kind=Deployment objectAPIversion=apps/v1 objectRV={rng.randint(10**7, 10**8)} name=fids-layout sourcecomponent=deployment-controller msg=\"Scaled down replica set fids-layout-{old_h} to 0 from 1\"")
    r.tick(3000, 6000)
    acc(Ln[0], "t1-departures", 200, "OK")
    r.tick(200, 900)
    acc(Ln[0], "t2-departures", 500, "Internal Server Error")
    r.tick(1, 10)
    pl(Ln[0], "ERROR", "fids_layout.api", "no valid layout for screen group t2-departures (46 screens); returning 500", ev=True)
    r.tick(2000, 5000)
    r.add(Lev, f"type=Normal reason=ScalingReplicaSet kind=Deployment objectAPIversion=apps/v1 objectRV={rng.randint(10**7, 10**8)} name=fids-layout sourcecomponent=deployment-controller msg=\"Scaled up replica set fids-layout-{new_h} to 2 from 1\"")
    r.tick(3000, 6000)
    pl(Ln[1], "ERROR", "fids_layout.loader", f"layout t2-departures rejected: mapping values are not allowed here in \"{src}\", line 47, column 18", ev=True)
    r.tick(4000, 9000)
    acc(Ln[1], "t2-departures", 500, "Internal Server Error")
    r.tick(300, 1500)
    acc(Ln[0], "t1-arrivals", 200, "OK")
    r.tick(20000, 40000)
    acc(Ln[0], "t2-departures", 500, "Internal Server Error")
    r.tick(1, 10)
    pl(Ln[0], "ERROR", "fids_layout.api", "no valid layout for screen group t2-departures (46 screens); returning 500", ev=True)
    r.tick(1000, 4000)
    acc(Ln[1], "t1-departures", 200, "OK")
    return r.record("airport", "Terminal 2 departure screens show the fallback page since this morning's release", sel("fids", "fids-layout"),
                    "ERROR", "config_error", "fids-layout",
                    "The t2-departures layout in the fids-layouts ConfigMap shipped with the new release is malformed YAML (line 47), so fids-layout rejects it at start-up.",
                    "Both new fids-layout pods load every layout except t2-departures and answer 500 to the 46 terminal 2 departure screens; other screen groups work.",
                    "Fix the YAML of t2-departures.yaml in the fids-layouts ConfigMap (or roll back the ConfigMap), restart fids-layout and check that terminal 2 screens get their layout.")


@scenario("ap-crit-node-plc-gateway", "airport")
def ap_crit_node_plc_gateway(rng):
    r = Rec(rng, start_time(rng, AP, 6, 20), "us0")
    bad = "bhs-k8s-w02"
    other = "bhs-k8s-w04"
    cp = "bhs-k8s-cp01"
    kcm = f"kube-controller-manager-{cp}"
    ee = dpod(rng, "event-exporter")
    sc = dpod(rng, "sortation-controller")
    Lgw = L_promtail("baggage", "sorter-plc-gateway-0", "plc-gateway", bad, "sorter-plc-gateway")
    Lk = L_journal(bad, transport="kernel")
    Lkcm = L_promtail("kube-system", kcm, "kube-controller-manager", cp, "kube-controller-manager", "stderr")
    Lee = L_promtail("monitoring", ee, "event-exporter", other, "event-exporter")
    Lsc = L_promtail("baggage", sc, "sortation-controller", other, "sortation-controller")
    gwip = ip(rng, 10, 244)
    tag = lambda: f"0{rng.choice(['125', '220', '085'])}{rng.randint(100000, 999999)}"

    def sclog(lvl, msg, **kw):
        extra = " ".join(f"{k}={v}" for k, v in kw.items())
        return f"ts={iso_go(r.t)} level={lvl} caller=plc_client.go:{rng.randint(60, 190)} msg=\"{msg}\" {extra}".rstrip()

    r.tick(0)
    r.add(Lgw, f"ts={iso_go(r.t)} level=info msg=\"plc cycle\" plc=SL2-PLC1 cycle_ms={rng.randint(7, 11)} diverts={rng.randint(10, 30)}")
    r.tick(1000, 3000)
    r.add(Lsc, sclog("info", "divert confirmed", line="SL2", tag=tag(), chute=f"MU-{rng.randint(20, 38)}"))
    r.tick(2000, 6000)
    r.add(Lk, "mce: [Hardware Error]: Machine check events logged", ev=True)
    r.tick(1, 20)
    r.add(Lk, f"EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x{hexs(rng, 5)} offset:0x{hexs(rng, 3)} grain:32 - err_code:0x00a0:0x0091 ProcessorSocketId:0x0 MemoryControllerId:0x0 PhysicalRankId:0 Row:0x{hexs(rng, 4)} Column:0x{hexs(rng, 3)} Bank:0x2 BankGroup:0x1)", ev=True)
    r.tick(1, 30)
    r.add(Lk, "{1}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: 1", ev=True)
    r.tick(1, 30)
    r.add(Lk, "{1}[Hardware Error]: event severity: fatal", ev=True)
    r.tick(1500, 3000)
    r.add(Lsc, sclog("error", "PLC gateway unreachable", line="SL2", gateway="sorter-plc-gateway-0.sorter-plc-gateway.baggage.svc:502",
                     err=f"\"dial tcp {gwip}:502: connect: no route to host\""), ev=True)
    r.tick(200, 800)
    r.add(Lsc, sclog("error", "line switched to fallback: all bags to manual make-up", line="SL2", fallback="MU-40"), ev=True)
    r.tick(38000, 45000)
    r.add(Lkcm, klog("I", r.t, 1, "controller_utils.go:174", f"\"Recording event message for node\" event=\"NodeNotReady\" node=\"{bad}\""), ev=True)
    r.tick(1, 30)
    r.add(Lkcm, klog("I", r.t, 1, "controller_utils.go:129", f"\"Update ready status of pods on node\" node=\"{bad}\""))
    t_nr = r.tick(1, 200)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "NodeNotReady", f"Node {bad} status is now: NodeNotReady", "Node", "default", bad, "node-controller"), ev=True)
    r.tick(100, 500)
    r.add(Lee, ev_json(rng, r.t, r.t, "Warning", "NodeNotReady", "Node is not ready", "Pod", "baggage", "sorter-plc-gateway-0", "node-controller"), ev=True)
    r.tick(60000, 120000)
    r.add(Lsc, sclog("error", "PLC gateway unreachable", line="SL2", gateway="sorter-plc-gateway-0.sorter-plc-gateway.baggage.svc:502",
                     err=f"\"dial tcp {gwip}:502: connect: no route to host\"", down_for=f"{rng.randint(2, 3)}m{rng.randint(0, 59)}s"), ev=True)
    r.tick(20000, 60000)
    r.add(Lsc, sclog("warn", "manual make-up over capacity", chute="MU-40", bags=rng.randint(160, 240), capacity=120), ev=True)
    r.tick(150000, 200000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "TaintManagerEviction", "Marking for deletion Pod baggage/sorter-plc-gateway-0",
                       "Pod", "baggage", "sorter-plc-gateway-0", "taint-eviction-controller"), ev=True)
    r.tick(1000, 30000)
    r.add(Lsc, sclog("error", "PLC gateway unreachable", line="SL2", gateway="sorter-plc-gateway-0.sorter-plc-gateway.baggage.svc:502",
                     err=f"\"dial tcp {gwip}:502: connect: no route to host\"", down_for=f"{rng.randint(7, 8)}m{rng.randint(0, 59)}s"), ev=True)
    r.tick(2000, 9000)
    r.add(Lsc, sclog("info", "divert confirmed", line="SL1", tag=tag(), chute=f"MU-{rng.randint(1, 19)}"))
    return r.record("airport", "Sorter line SL2 is in fallback - why?", sel("baggage"),
                    "CRITICAL", "node_failure", bad,
                    f"Worker node {bad} suffered an uncorrectable memory error (fatal machine check) and stopped; the kubelet stopped reporting and the node went NotReady, taking the sorter-plc-gateway-0 pod with it.",
                    f"{bad} died after a fatal ECC/machine-check error; the SL2 PLC gateway pod on it is unreachable, line SL2 runs in manual fallback with the make-up chute over capacity, and the StatefulSet pod is stuck being evicted from the dead node.",
                    f"Cordon and power-cycle or replace {bad} (replace the failing DIMM); if it cannot return quickly, force-delete sorter-plc-gateway-0 so it is recreated on a healthy node, then take SL2 out of fallback.")


@scenario("ap-warn-cpu-bag-reconciler", "airport")
def ap_warn_cpu_bag_reconciler(rng):
    r = Rec(rng, start_time(rng, AP, 5, 8), "us")
    cl = "bhs-eks-prod"
    nodes = [f"ip-10-41-{rng.randint(16, 63)}-{rng.randint(2, 250)}.eu-central-1.compute.internal" for _ in range(3)]
    h = rs_hash(rng)
    pods = [f"bag-reconciler-{h}-{sfx(rng)}" for _ in range(4)]
    ee = dpod(rng, "event-exporter")
    sc = dpod(rng, "sortation-controller")
    L = [L_datadog(cl, "baggage", p, "bag-reconciler", nodes[i % 3], "bag-reconciler", "go") for i, p in enumerate(pods)]
    Lee = L_datadog(cl, "monitoring", ee, "event-exporter", nodes[2], "event-exporter", "kubernetes")
    Lsc = L_datadog(cl, "baggage", sc, "sortation-controller", nodes[1], "sortation-controller", "go")

    def gk(i, lvl, caller, msg, ev=False, **kw):
        extra = " ".join(f"{k}={v}" for k, v in kw.items())
        r.add(L[i], f"ts={iso_go(r.t)} caller={caller} level={lvl} msg=\"{msg}\" {extra}".rstrip(), ev=ev)

    r.tick(0)
    gk(0, "info", "reconcile.go:112", "batch reconciled", flights=rng.randint(8, 14), bags=rng.randint(300, 600), took=f"{rng.randint(180, 420)}ms")
    r.tick(20000, 40000)
    gk(1, "warn", "cgroup.go:48", "cpu throttled", True, window="60s", nr_periods=600, nr_throttled=rng.randint(340, 400), limit_millicores=500)
    r.tick(500, 3000)
    gk(0, "warn", "reconcile.go:118", "batch reconciled slowly", True, flights=rng.randint(16, 24), bags=rng.randint(800, 1100), took=f"2.{rng.randint(10, 99)}s", target="500ms")
    r.tick(2000, 6000)
    r.add(Lsc, f"ts={iso_go(r.t)} caller=tote.go:51 level=info msg=\"tote cycle complete\" line=SL1 totes={rng.randint(40, 60)} jammed=0")
    r.tick(3000, 8000)
    gk(1, "warn", "consumer.go:88", "consumer lag", True, topic="bsm.reconcile", lag=rng.randint(3900, 4600))
    r.tick(10000, 20000)
    t_hpa = r.t
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "SuccessfulRescale", "New size: 4; reason: cpu resource utilization (percentage of request) above target",
                       "HorizontalPodAutoscaler", "baggage", "bag-reconciler", "horizontal-pod-autoscaler"), ev=True)
    r.tick(5, 100)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled up replica set bag-reconciler-{h} to 4 from 2",
                       "Deployment", "baggage", "bag-reconciler", "deployment-controller"))
    r.tick(4000, 9000)
    gk(2, "info", "main.go:61", "starting bag-reconciler", version="2.7.4", GOMAXPROCS=1)
    r.tick(200, 900)
    gk(3, "info", "main.go:61", "starting bag-reconciler", version="2.7.4", GOMAXPROCS=1)
    r.tick(20000, 40000)
    gk(1, "info", "consumer.go:88", "consumer lag", True, topic="bsm.reconcile", lag=rng.randint(900, 1500))
    r.tick(30000, 50000)
    gk(1, "info", "cgroup.go:48", "cpu throttling back to normal", True, window="60s", nr_periods=600, nr_throttled=rng.randint(20, 70), limit_millicores=500)
    r.tick(20000, 40000)
    gk(2, "info", "consumer.go:95", "consumer caught up", True, topic="bsm.reconcile", lag=rng.randint(0, 9))
    r.tick(2000, 8000)
    gk(3, "info", "reconcile.go:112", "batch reconciled", flights=rng.randint(8, 14), bags=rng.randint(300, 600), took=f"{rng.randint(180, 420)}ms")
    r.tick(1000, 5000)
    r.add(Lsc, f"ts={iso_go(r.t)} caller=tote.go:51 level=info msg=\"tote cycle complete\" line=SL2 totes={rng.randint(40, 60)} jammed=0")
    return r.record("airport", "Baggage reconciliation was lagging during the morning bank - anything to do?", sel("baggage", "bag-reconciler"),
                    "WARN", "resource_exhausted", "bag-reconciler",
                    "During the morning departure peak the bag-reconciler pods hit their 500m CPU limit and were CPU-throttled in most scheduling periods, slowing batches and building consumer lag.",
                    "bag-reconciler was heavily CPU-throttled for a few minutes, batch latency and Kafka lag rose; the HPA scaled it from 2 to 4 replicas, throttling dropped and the lag was caught up without failed reconciliations.",
                    "No immediate action; consider a higher CPU limit or a lower HPA target for bag-reconciler ahead of the morning peak.")


def kafka_line(t, lvl, msg):
    return f"[{py_ts(t)}] {lvl} {msg}"


@scenario("ap-ok-baggage-rollout", "airport")
def ap_ok_baggage_rollout(rng):
    r = Rec(rng, start_time(rng, AP, 13, 17), "ns")
    cl = "bhs-talos-prod"
    nodes = [f"talos-{sfx(rng, 3)}-{sfx(rng, 3)}" for _ in range(3)]
    oh, nh = rs_hash(rng), rs_hash(rng)
    oldp = f"bagtag-reader-gw-{oh}-{sfx(rng)}"
    newp = f"bagtag-reader-gw-{nh}-{sfx(rng)}"
    keep = f"bagtag-reader-gw-{oh}-{sfx(rng)}"
    Lo = L_otel(cl, "baggage", oldp, "bagtag-reader-gw", nodes[0])
    Ln = L_otel(cl, "baggage", newp, "bagtag-reader-gw", nodes[1])
    Lk = L_otel(cl, "baggage", keep, "bagtag-reader-gw", nodes[2])
    Lka = L_otel(cl, "kafka", "kafka-broker-1", "kafka", nodes[2], "kafka")
    Lsc = L_otel(cl, "baggage", dpod(rng, "sortation-controller"), "sortation-controller", nodes[0])
    Lbi = L_otel(cl, "baggage", dpod(rng, "bsm-ingest"), "bsm-ingest", nodes[1])

    def read(L):
        return (f"{iso(r.t, 6)}  INFO bagtag_gw::reader: read ok tag=0{rng.choice(['125', '220', '085'])}{rng.randint(100000, 999999)} "
                f"reader=ATR-{rng.randint(1, 6):02d} scanners={rng.randint(6, 8)}/8")

    r.tick(0)
    r.add(Lk, read(Lk))
    r.tick(500, 2000)
    r.add(Lo, f"{iso(r.t, 6)}  INFO bagtag_gw: received SIGTERM, draining in-flight reads inflight=0")
    r.tick(100, 400)
    r.add(Lo, f"{iso(r.t, 6)}  INFO bagtag_gw: shutdown complete exit_code=0")
    r.tick(800, 2500)
    r.add(Lka, kafka_line(r.t, "INFO", f"[GroupCoordinator 1]: Preparing to rebalance group bagtag-reader-gw in state PreparingRebalance with old generation {rng.randint(30, 90)} (__consumer_offsets-{rng.randint(0, 49)}) (reason: Removing member bagtag-reader-gw-{uuid4(rng)} on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator)"))
    r.tick(1500, 4000)
    r.add(Ln, f"{iso(r.t, 6)}  INFO bagtag_gw: starting version=3.4.1 build=\"{hexs(rng, 7)}\"")
    r.tick(300, 1200)
    r.add(Ln, f"{iso(r.t, 6)}  INFO bagtag_gw::reader: connected readers=12/12 errors=0 retries=0")
    r.tick(100, 600)
    r.add(Ln, f"{iso(r.t, 6)}  INFO bagtag_gw::http: readiness restored ready=true")
    r.tick(1000, 3000)
    r.add(Lbi, jd({"level": "info", "ts": float(ep_float(r.t)), "caller": "consumer/dedupe.go:57",
                   "msg": "duplicate BSM ignored (idempotent resend)", "tag": f"0125{rng.randint(100000, 999999)}", "change": "CHG"}))
    r.tick(500, 2000)
    r.add(Ln, read(Ln))
    r.tick(200, 900)
    r.add(Lsc, f"ts={iso_go(r.t)} level=info caller=manual.go:40 msg=\"no-read; bag sent to manual encoding\" station=ME-1 no_read_rate_1h=0.{rng.randint(3, 8)}% threshold=2.0%")
    r.tick(1000, 3000)
    r.add(Lka, kafka_line(r.t, "INFO", f"[GroupCoordinator 1]: Stabilized group bagtag-reader-gw generation {rng.randint(91, 99)} (__consumer_offsets-{rng.randint(0, 49)}) with 3 members (kafka.coordinator.group.GroupCoordinator)"))
    r.tick(500, 2000)
    r.add(Lk, read(Lk))
    r.tick(2000, 6000)
    r.add(Lka, kafka_line(r.t, "INFO", f"[UnifiedLog partition=bsm.inbound-{rng.randint(0, 5)}, dir=/var/lib/kafka/data] Incremented log start offset to {rng.randint(800000, 900000)} due to segment deletion (kafka.log.UnifiedLog)"))
    r.tick(500, 2000)
    r.add(Ln, f"{iso(r.t, 6)}  INFO bagtag_gw::stats: window=60s reads={rng.randint(380, 460)} no_reads={rng.randint(1, 3)} read_rate=99.{rng.randint(3, 9)}% errors=0")
    r.tick(300, 1500)
    r.add(Lsc, f"ts={iso_go(r.t)} level=info caller=tote.go:51 msg=\"tote cycle complete\" line=SL1 totes={rng.randint(40, 60)} jammed=0")
    return r.record("airport", "We just rolled out a new bag-tag reader gateway version - did anything break?", sel("baggage", "bagtag-reader-gw"),
                    "INFO", "none", None,
                    "No incident: a routine rolling update of bagtag-reader-gw with a graceful shutdown and a consumer-group rebalance.",
                    "The old pod drained and exited 0, the new pod connected to all readers and became ready, Kafka rebalanced the consumer group and read rates stayed normal.",
                    "None.")


@scenario("ap-ok-fids-statuses", "airport")
def ap_ok_fids_statuses(rng):
    r = Rec(rng, start_time(rng, AP, 16, 21), "us")
    nodes = [f"fids-mk8s-{i}" for i in (1, 2, 3)]
    api = dpod(rng, "fids-api")
    gw = dpod(rng, "fids-screen-gw")
    ee = dpod(rng, "event-exporter")
    La = L_promtail("fids", api, "fids-api", nodes[0], "fids-api")
    Lg = L_promtail("fids", gw, "nginx", nodes[1], "fids-screen-gw")
    Lee = L_promtail("monitoring", ee, "event-exporter", nodes[2], "event-exporter")
    cj = rng.randint(29400000, 29499999)

    def pino(lvl, msg, **kw):
        d = {"level": lvl, "time": ep_ms(r.t), "pid": 1, "hostname": api}
        d.update(kw)
        d["msg"] = msg
        return jd(d)

    def fl():
        return f"{rng.choice(['LX', 'LH', 'EW', 'U2', 'BA', 'KL'])} {rng.randint(100, 2999)}"

    def gwl(path, code, size):
        r.add(Lg, f"10.20.{rng.randint(4, 9)}.{rng.randint(10, 250)} - - [{clf_ts(r.t, AP)}] \"GET {path} HTTP/1.1\" {code} {size} \"-\" \"FIDS-Player/5.2 (BrightSign XT1144)\"")

    r.tick(0)
    r.add(La, pino(30, "flight status change", flight=fl(), **{"from": "BOARDING", "to": "GATE CLOSED"}))
    r.tick(500, 2000)
    gwl("/api/v2/board/T1/departures", 200, rng.randint(18000, 26000))
    r.tick(1000, 4000)
    r.add(La, pino(30, "flight status change", flight=fl(), **{"from": "SCHEDULED", "to": "CANCELLED"}, reason="airline operational decision"))
    r.tick(200, 900)
    gwl("/api/v2/board/T2/departures", 304, 0)
    r.tick(2000, 5000)
    r.add(La, pino(30, "flight status change", flight=fl(), **{"from": "EXPECTED", "to": "DIVERTED"}, diverted_to="BSL"))
    r.tick(1000, 3000)
    r.add(La, pino(40, "deprecated query parameter 'lang' used; please send Accept-Language instead", client="FIDS-Player/5.1"))
    r.tick(500, 2000)
    gwl("/api/v2/board/T1/arrivals", 200, rng.randint(18000, 26000))
    r.tick(3000, 8000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "SuccessfulCreate", f"Created job board-archive-{cj}", "CronJob", "fids", "board-archive", "cronjob-controller"))
    r.tick(5000, 15000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "Completed", "Job completed", "Job", "fids", f"board-archive-{cj}", "job-controller"))
    r.tick(100, 900)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "SawCompletedJob", f"Saw completed job: board-archive-{cj}, status: Complete", "CronJob", "fids", "board-archive", "cronjob-controller"))
    r.tick(100, 900)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "SuccessfulDelete", f"Deleted job board-archive-{cj - 60}", "CronJob", "fids", "board-archive", "cronjob-controller"))
    r.tick(1000, 3000)
    r.add(La, pino(30, "departures board rebuilt", terminal="T1", flights=rng.randint(120, 160), ms=rng.randint(8, 30), errors=0))
    r.tick(500, 2000)
    gwl("/api/v2/board/T1/departures", 200, rng.randint(18000, 26000))
    r.tick(1000, 3000)
    r.add(La, pino(30, "flight status change", flight=fl(), **{"from": "BOARDING", "to": "FINAL CALL"}))
    r.tick(1000, 4000)
    gwl("/api/v2/board/T2/arrivals", 304, 0)
    return r.record("airport", "Lots of CANCELLED and DIVERTED entries on the boards tonight - is the FIDS okay?", sel("fids", "fids-api"),
                    "INFO", "none", None,
                    "No incident: flight status changes (cancelled, diverted, gate closed) are operational data, and the archive CronJob ran normally.",
                    "fids-api publishes status changes and rebuilds the boards, the screen gateway serves 200/304, the only warning is a deprecated query parameter used by an older player, and the board-archive job completed.",
                    "None.")


@scenario("ap-ok-typeb-traffic", "airport")
def ap_ok_typeb_traffic(rng):
    r = Rec(rng, start_time(rng, AP, 8, 12), "ns")
    nodes = [f"worker-{i:02d}.ocp.bhs-airport.internal" for i in rng.sample(range(1, 9), 3)]
    gw = dpod(rng, "typeb-gateway")
    sc = dpod(rng, "sortation-controller")
    br = dpod(rng, "bag-reconciler")
    er = dpod(rng, "eventrouter")
    Lgw = L_ocp("airline-msg", gw, "typeb-gateway", nodes[0])
    Lsc = L_ocp("baggage", sc, "sortation-controller", nodes[1])
    Lbr = L_ocp("baggage", br, "bag-reconciler", nodes[2])
    Ler = L_ocp("openshift-logging", er, "kube-eventrouter", nodes[2])
    cj = rng.randint(29400000, 29499999)

    def tag():
        return f"0{rng.choice(['085', '125', '220', '074'])}{rng.randint(100000, 999999)}"

    def flt():
        return f"{rng.choice(['LX', 'LH', 'AF', 'KL'])}{rng.randint(100, 2999)}"

    def bsm(change=None):
        msg = f"Received BSM tag={tag()} flight={flt()}/{parts(r.t, AP)[2]:02d}{MON[parts(r.t, AP)[1] - 1].upper()} .V/1LBHS"
        if change:
            msg += f" change={change}"
        r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.inbound.BsmHandler", "inbound-2", msg))

    r.tick(0)
    bsm()
    r.tick(300, 1500)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=info msg=\"sort decision\" tag={tag()} flight=\"{flt()}\" makeup=MU-{rng.randint(10, 38)} source=BSM")
    r.tick(500, 2000)
    bsm("CHG")
    r.tick(5, 50)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.inbound.BsmHandler", "inbound-2",
                            "Duplicate BSM ignored (identical resend, sequence already processed)"))
    r.tick(2000, 6000)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.session.HubSession", "hub-session-1",
                            f"Heartbeat acknowledged by hub (rtt {rng.randint(9, 30)} ms)"))
    r.tick(500, 2000)
    bsm("DEL")
    r.tick(500, 2500)
    r.add(Lbr, f"{py_ts(r.t)} INFO bag_reconciler.flight flight={flt()} closed loaded={rng.randint(60, 140)} offloaded=1 reason=\"passenger no-show, bag removed per security rules\"")
    r.tick(1000, 4000)
    r.add(Ler, jd({"verb": "ADDED", "event": ev_obj(rng, r.t, r.t, "Normal", "SuccessfulCreate", f"Created job typeb-archive-{cj}",
                                                    "CronJob", "airline-msg", "typeb-archive", "cronjob-controller")}))
    r.tick(1000, 3000)
    bsm()
    r.tick(500, 2000)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.tls.KeyStoreWatcher", "scheduling-1",
                            f"Certificate check: client certificate 'bhs-typeb' valid for {rng.randint(150, 300)} more days; hub CA chain trusted"))
    r.tick(3000, 8000)
    r.add(Ler, jd({"verb": "ADDED", "event": ev_obj(rng, r.t, r.t, "Normal", "Completed", "Job completed",
                                                    "Job", "airline-msg", f"typeb-archive-{cj}", "job-controller")}))
    r.tick(500, 2000)
    r.add(Lsc, f"time=\"{iso(r.t, 0)}\" level=info msg=\"sort decision\" tag={tag()} flight=\"{flt()}\" makeup=MU-{rng.randint(10, 38)} source=BSM")
    r.tick(300, 1500)
    r.add(Lgw, logback_json(r.t, AP, "INFO", "aero.bhs.typeb.outbound.BpmSender", "outbound-1",
                            f"Sent BPM tag={tag()} flight={flt()} status=LOADED ack=OK dlq_depth=0"))
    r.tick(500, 2000)
    bsm()
    return r.record("airport", "Any trouble with the Type B message gateway?", sel("airline-msg", "typeb-gateway"),
                    "INFO", "none", None,
                    "No incident: normal BSM/BPM traffic, duplicate resends ignored by design, hub heartbeats acknowledged and the certificate check is fine.",
                    "typeb-gateway receives and sends messages normally, the sortation controller sorts on BSM data, a no-show bag was offloaded per procedure and the archive job completed.",
                    "None.")
# =========================================================================== water utility (batch 1)
WA = WATER_OFF


def L_gke_cluster(project, location, cluster):
    return {"resource_type": "k8s_cluster", "project_id": project, "location": location, "cluster_name": cluster}


def slog_text(t, off, lvl, msg, **kw):
    """Go log/slog TextHandler (local time, millisecond RFC 3339)."""
    def q(v):
        v = str(v)
        return json.dumps(v) if (" " in v or "=" in v or '"' in v) else v
    parts_ = [f"time={iso(t, 3, off)}", f"level={lvl}", f"msg={q(msg)}"]
    for k, v in kw.items():
        parts_.append(f"{k}={q(v)}")
    return " ".join(parts_)


@scenario("wa-crit-disk-historian-vm", "water")
def wa_crit_disk_historian_vm(rng):
    r = Rec(rng, start_time(rng, WA, 1, 5), "us")
    host = "scada-hist01"
    Lpg = L_journal(host, "postgresql@15-main.service", "stdout")
    Lsd = L_journal(host, "postgresql@15-main.service", "journal")
    Lhi = L_journal(host, "historian-ingest.service", "stdout")
    pgpid = [rng.randint(30000, 60000)]
    rel = f"base/16384/{rng.randint(2400000, 2499999)}.{rng.randint(3, 9)}"
    spool = [rng.randint(400, 700)]

    def pg(msg, user=True, pid=None):
        pid = pid or rng.randint(30000, 60000)
        who = "historian@scada " if user else ""
        return f"{pg_ts(r.t, WA)} [{pid}] {who}{msg}"

    def hi(lvl, msg, **kw):
        return slog_text(r.t, WA, lvl, msg, **kw)

    r.tick(0)
    r.add(Lhi, hi("INFO", "batch inserted", table="telemetry.pump_readings", rows=rng.randint(1100, 1300), took=f"{rng.randint(60, 110)}ms"))
    r.tick(2000, 6000)
    r.add(Lpg, pg("LOG:  checkpoint starting: time", user=False, pid=812))
    r.tick(3000, 8000)
    bpid = rng.randint(30000, 60000)
    r.add(Lpg, pg(f"ERROR:  could not extend file \"{rel}\": No space left on device", pid=bpid), ev=True)
    r.tick(0, 1)
    r.add(Lpg, pg("HINT:  Check free disk space.", pid=bpid))
    r.tick(1, 5)
    r.add(Lhi, hi("ERROR", "batch insert failed", table="telemetry.pump_readings", rows=rng.randint(1100, 1300),
                  err=f"ERROR: could not extend file \"{rel}\": No space left on device (SQLSTATE 53100)"), ev=True)
    r.tick(500, 3000)
    r.add(Lpg, pg(f"PANIC:  could not write to file \"pg_wal/xlogtemp.{813}\": No space left on device", user=False, pid=813), ev=True)
    r.tick(5, 60)
    r.add(Lpg, pg("LOG:  WAL writer process (PID 813) was terminated by signal 6: Aborted", user=False, pid=797), ev=True)
    r.tick(0, 2)
    r.add(Lpg, pg("LOG:  terminating any other active server processes", user=False, pid=797))
    r.tick(20, 200)
    r.add(Lpg, pg("LOG:  all server processes terminated; reinitializing", user=False, pid=797))
    r.tick(20, 200)
    spid = rng.randint(30000, 60000)
    last_up = r.t - rng.randint(300, 420) * US
    r.add(Lpg, pg(f"LOG:  database system was interrupted; last known up at {pg_ts(last_up, WA)[:19]} {ZONE_ABBR[WA]}", user=False, pid=spid))
    r.tick(0, 5)
    r.add(Lpg, pg("LOG:  database system was not properly shut down; automatic recovery in progress", user=False, pid=spid))
    r.tick(100, 900)
    r.add(Lpg, pg(f"PANIC:  could not write to file \"pg_wal/xlogtemp.{spid}\": No space left on device", user=False, pid=spid), ev=True)
    r.tick(5, 60)
    r.add(Lpg, pg(f"LOG:  startup process (PID {spid}) was terminated by signal 6: Aborted", user=False, pid=797), ev=True)
    r.tick(0, 2)
    r.add(Lpg, pg("LOG:  aborting startup due to startup process failure", user=False, pid=797), ev=True)
    r.tick(5, 50)
    r.add(Lpg, pg("LOG:  database system is shut down", user=False, pid=797), ev=True)
    r.tick(50, 300)
    r.add(Lsd, "postgresql@15-main.service: Main process exited, code=exited, status=1/FAILURE")
    r.tick(0, 3)
    r.add(Lsd, "postgresql@15-main.service: Failed with result 'exit-code'.", ev=True)
    r.tick(1000, 5000)
    r.add(Lhi, hi("ERROR", "connect failed", err="failed to connect to `user=historian database=scada`: /var/run/postgresql/.s.PGSQL.5432 (/var/run/postgresql): dial error: dial unix /var/run/postgresql/.s.PGSQL.5432: connect: no such file or directory"), ev=True)
    r.tick(5000, 15000)
    r.add(Lhi, hi("ERROR", "spool write failed; dropping batch", err=f"write /var/lib/historian-ingest/spool/{spool[0]:06d}.seg: no space left on device",
                  dropped_rows=rng.randint(1100, 1300)), ev=True)
    r.tick(20000, 40000)
    spool[0] += 1
    r.add(Lhi, hi("ERROR", "spool write failed; dropping batch", err=f"write /var/lib/historian-ingest/spool/{spool[0]:06d}.seg: no space left on device",
                  dropped_rows=rng.randint(1100, 1300), dropped_total=rng.randint(30000, 40000)), ev=True)
    return r.record("water", "The SCADA trends stopped updating overnight - what happened on the historian?", None,
                    "CRITICAL", "resource_exhausted", "postgresql",
                    "The data filesystem of the historian host is full: PostgreSQL cannot extend relation files or write WAL, PANICs, and cannot complete crash recovery without free space.",
                    "PostgreSQL on scada-hist01 ran out of disk space, crashed and now refuses to start (startup aborts on WAL writes); historian-ingest cannot connect and its spool on the same disk is full, so pump telemetry is being dropped.",
                    "Free or extend the PostgreSQL data volume on scada-hist01 (drop/compress old chunks, remove stray files, grow the disk), start postgresql@15-main, then let historian-ingest replay its spool and check for the gap in telemetry.")


@scenario("wa-crit-storage-influxdb", "water")
def wa_crit_storage_influxdb(rng):
    r = Rec(rng, start_time(rng, WA, 0, 23), "ns")
    cl = "wtp-k3s"
    nodes = [f"wtp-k3s-{i:02d}" for i in (1, 2, 3)]
    bad = nodes[1]
    pvc = f"pvc-{uuid4(rng)}"
    Lin = L_alloy(cl, "scada", "influxdb-0", "influxdb", bad)
    Ltg = [L_alloy(cl, "scada", dpod(rng, "telegraf-pumps"), "telegraf", nodes[i]) for i in (0, 2)]
    Llh = L_alloy(cl, "longhorn-system", f"longhorn-manager-{sfx(rng)}", "longhorn-manager", bad)
    Lk = L_journal(bad, transport="kernel")
    logid = "0" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
    bucket = hexs(rng, 16)
    sector = rng.randint(10 ** 7, 9 * 10 ** 7)
    walf = f"/var/lib/influxdb2/engine/wal/{bucket}/autogen/{rng.randint(100, 999)}/_{rng.randint(10000, 99999)}.wal"
    dev = "sdc"

    def ifx(lvl, msg, **kw):
        extra = " ".join(f"{k}={json.dumps(str(v)) if ' ' in str(v) or ':' in str(v) else v}" for k, v in kw.items())
        return f"ts={iso(r.t, 6)} lvl={lvl} msg={json.dumps(msg)} log_id={logid} {extra}".rstrip()

    def tg(i, lvl, msg):
        r.add(Ltg[i], f"{iso(r.t, 0)} {lvl}! {msg}", ev=lvl in ("E", "W"))

    r.tick(0)
    r.add(Lin, ifx("info", "Write points", service="http", bucket="pumps", points=rng.randint(300, 900)))
    r.tick(2000, 6000)
    tg(0, "D", f"[outputs.influxdb_v2] Wrote batch of {rng.randint(200, 900)} metrics in {rng.randint(20, 80)}.{rng.randint(0, 9)}ms")
    r.tick(3000, 8000)
    r.add(Lk, f"sd 3:0:0:1: [{dev}] tag#{rng.randint(0, 63)} FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=30s", ev=True)
    r.tick(0, 5)
    r.add(Lk, f"blk_update_request: I/O error, dev {dev}, sector {sector} op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0", ev=True)
    r.tick(0, 5)
    r.add(Lk, f"Buffer I/O error on dev {dev}, logical block {sector // 8}, lost async page write", ev=True)
    r.tick(100, 900)
    r.add(Llh, f"time=\"{iso(r.t, 0)}\" level=warning msg=\"Replica {pvc}-r-{hexs(rng, 8)} of volume {pvc} is marked as failed: lost connection to instance-manager\" func=controller.(*VolumeController).ReconcileEngineReplicaState", ev=True)
    r.tick(200, 1200)
    r.add(Lk, f"EXT4-fs error (device {dev}): ext4_journal_check_start:83: comm influxd: Detected aborted journal", ev=True)
    r.tick(0, 5)
    r.add(Lk, f"EXT4-fs ({dev}): Remounting filesystem read-only", ev=True)
    r.tick(100, 600)
    r.add(Lin, ifx("error", "Failed to write to WAL", service="storage-engine", engine="tsm1", error=f"write {walf}: read-only file system"), ev=True)
    r.tick(10, 300)
    tg(0, "E", f"[outputs.influxdb_v2] When writing to [http://influxdb.scada.svc:8086/api/v2/write]: 500 Internal Server Error: internal error: write {walf}: read-only file system")
    r.tick(300, 1500)
    r.add(Llh, f"time=\"{iso(r.t, 0)}\" level=warning msg=\"Volume {pvc} is faulted: all replicas failed\" func=controller.(*VolumeController).syncVolume", ev=True)
    r.tick(2000, 8000)
    tg(1, "E", "[outputs.influxdb_v2] When writing to [http://influxdb.scada.svc:8086/api/v2/write]: 500 Internal Server Error: internal error: failed to write to WAL: read-only file system")
    r.tick(5000, 10000)
    tg(0, "E", "[agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)")
    r.tick(30000, 60000)
    tg(0, "W", f"[outputs.influxdb_v2] Metric buffer overflow; {rng.randint(800, 2000)} metrics have been dropped")
    r.tick(1000, 5000)
    tg(1, "W", f"[outputs.influxdb_v2] Metric buffer overflow; {rng.randint(800, 2000)} metrics have been dropped")
    r.tick(10000, 20000)
    r.add(Lin, ifx("error", "Failed to write to WAL", service="storage-engine", engine="tsm1", error=f"write {walf}: read-only file system"), ev=True)
    return r.record("water", "Why are pump station metrics missing from the plant dashboards?", sel("scada", "influxdb"),
                    "CRITICAL", "storage", "influxdb",
                    f"The Longhorn volume {pvc} backing influxdb-0 lost its replicas; the kernel saw I/O errors on /dev/{dev}, ext4 aborted its journal and remounted the filesystem read-only, so InfluxDB cannot write its WAL.",
                    "Every write to InfluxDB fails with read-only file system; the Telegraf pump-station collectors get 500s, their buffers overflow and metrics are being dropped permanently.",
                    "Restore the influxdb-0 volume (recover or rebuild the faulted Longhorn replicas, fsck and remount, or restore from backup), restart influxdb-0 and confirm Telegraf writes succeed; assess the telemetry gap.")


@scenario("wa-warn-tls-opcua-rotation", "water")
def wa_warn_tls_opcua_rotation(rng):
    r = Rec(rng, start_time(rng, WA, 8, 16), "us")
    nodes = [f"ps-edge-{i:02d}" for i in (1, 2)]
    col = dpod(rng, "opcua-collector")
    cj = rng.randint(29500000, 29599999)
    ts_pod = f"opcua-trust-sync-{cj}-{sfx(rng)}"
    Lc = L_fluentbit("telemetry", col, "opcua-collector", nodes[0])
    Lce = L_fluentbit("telemetry", col, "opcua-collector", nodes[0], "stderr")
    Lts = L_fluentbit("telemetry", ts_pod, "trust-sync", nodes[1])
    thumb = ":".join(hexs(rng, 2).upper() for _ in range(20))
    st = "PS-07"
    url = f"opc.tcp://10.60.7.{rng.randint(10, 20)}:4840"

    def cl(lvl, name, msg, L=Lc, ev=False):
        r.add(L, f"{py_ts(r.t)} {lvl} {name} {msg}", ev=ev)

    def poll(s):
        cl("INFO", "opcua_collector.poll", f"{s} read {rng.randint(30, 48)} nodes in {rng.randint(80, 160)} ms")

    r.tick(0)
    poll("PS-03")
    r.tick(500, 2000)
    cl("WARNING", "opcua_collector.session", f"{st} {url}: server certificate rejected: BadCertificateUntrusted (thumbprint {thumb} not in /pki/trusted/certs)", Lce, True)
    r.tick(5, 30)
    cl("INFO", "opcua_collector.session", f"{st} reconnect in 30s (attempt 1)")
    r.tick(2000, 5000)
    poll("PS-11")
    r.tick(25000, 29000)
    cl("WARNING", "opcua_collector.session", f"{st} {url}: server certificate rejected: BadCertificateUntrusted (thumbprint {thumb} not in /pki/trusted/certs)", Lce, True)
    r.tick(5, 30)
    cl("INFO", "opcua_collector.session", f"{st} reconnect in 60s (attempt 2)")
    r.tick(3000, 9000)
    poll("PS-03")
    r.tick(20000, 40000)
    r.add(Lts, slog_text(r.t, 0, "INFO", "fetched station certificates from PKI", stations=14, changed=1).replace("+00:00", "Z"))
    r.tick(50, 300)
    r.add(Lts, slog_text(r.t, 0, "INFO", "added certificate to trust list", station=st, subject="CN=PS07-RTU,O=City Water", thumbprint=thumb.replace(":", "")).replace("+00:00", "Z"), ev=True)
    r.tick(2000, 6000)
    cl("INFO", "opcua_collector.pki", "trust list reloaded (14 certificates)", ev=True)
    r.tick(10000, 25000)
    cl("INFO", "opcua_collector.session", f"{st} {url}: session activated (SignAndEncrypt, Basic256Sha256)", ev=True)
    r.tick(200, 900)
    cl("INFO", "opcua_collector.history", f"{st} backfilled {rng.randint(150, 260)} buffered samples from RTU history, no gaps", ev=True)
    r.tick(1000, 3000)
    poll(st)
    r.tick(1000, 3000)
    poll("PS-11")
    return r.record("water", "Pump station 7 dropped out of the telemetry for a few minutes - should we worry?", sel("telemetry", "opcua-collector"),
                    "WARN", "tls_certificate", "opcua-collector",
                    "The OPC UA server certificate of the PS-07 RTU was rotated and the new certificate was not yet in opcua-collector's trust list, so the collector rejected it (BadCertificateUntrusted).",
                    "opcua-collector could not open a secure session to PS-07 for a few minutes; the scheduled trust-sync job added the new certificate, the collector reloaded its trust list, reconnected and backfilled the buffered samples without gaps.",
                    "No immediate action; optionally have trust-sync run right after RTU certificate rotations so the gap does not recur.")


@scenario("wa-warn-oom-meter-import", "water")
def wa_warn_oom_meter_import(rng):
    r = Rec(rng, start_time(rng, WA, 1, 4), "us")
    vm = f"aks-batch-{rng.randint(10000000, 99999999)}-vmss0000"
    nodes = [vm + f"{i:02d}" for i in rng.sample(range(0, 10), 2)]
    api_node = f"aks-system-{rng.randint(10000000, 99999999)}-vmss000001"
    job = f"meter-import-{rng.randint(29500000, 29599999)}"
    p1, p2 = f"{job}-{sfx(rng)}", f"{job}-{sfx(rng)}"
    L1 = L_azure("billing", p1, "meter-import", nodes[0])
    L2 = L_azure("billing", p2, "meter-import", nodes[1])
    api = dpod(rng, "billing-api")
    La = L_azure("billing", api, "billing-api", api_node)
    y, mo, d, *_ = parts(r.t, WA)
    fname = f"ami_reads_{y:04d}{mo:02d}{d:02d}_0100.csv.gz"
    rows = rng.randint(1400000, 1600000)
    ck = 600000

    def pl(L, lvl, msg, ev=False):
        r.add(L, f"{py_ts(r.t)} {lvl} [meter_import] {msg}", ev=ev)

    r.tick(0)
    r.add(L_azure_ev("billing", "Job", nodes[0]), azure_ev(r.t, r.t, "Normal", "SuccessfulCreate", f"Created pod: {p1}", "Job", "billing", job, "job-controller"))
    r.tick(3000, 8000)
    pl(L1, "INFO", f"processing {fname} ({rng.randint(20, 24)}.{rng.randint(0, 9)} GB uncompressed, {rows} rows)")
    r.tick(60000, 120000)
    pl(L1, "INFO", f"checkpoint: {ck} rows committed (batch 12)")
    r.tick(20000, 50000)
    pl(L1, "INFO", "validation pass: building duplicate-read index for batches 13-24")
    r.tick(15000, 30000)
    r.add(L_azure_ev("default", "Node", nodes[0]), azure_ev(r.t, r.t, "Warning", "OOMKilling",
          f"Memory cgroup out of memory: Killed process {rng.randint(10000, 40000)} (python3) total-vm:{rng.randint(3900000, 4100000)}kB, anon-rss:{rng.randint(3140000, 3145000)}kB, file-rss:10932kB, shmem-rss:0kB, UID:1000 pgtables:6604kB oom_score_adj:999",
          "Node", "default", nodes[0], "kernel-monitor"), ev=True)
    r.tick(1000, 3000)
    r.add(L_azure_ev("billing", "Job", nodes[1]), azure_ev(r.t, r.t, "Normal", "SuccessfulCreate", f"Created pod: {p2}", "Job", "billing", job, "job-controller"), ev=True)
    r.tick(3000, 6000)
    r.add(La, jd({"Timestamp": iso(r.t, 3), "EventId": 0, "LogLevel": "Information", "Category": "Microsoft.AspNetCore.Hosting.Diagnostics",
                  "Message": f"Request finished HTTP/1.1 GET http://billing-api.billing/api/accounts/{rng.randint(100000, 999999)}/balance - 200 {rng.randint(200, 400)} application/json {rng.randint(5, 40)}.{rng.randint(1000, 9999)}ms"}))
    r.tick(2000, 6000)
    pl(L2, "INFO", f"resuming {fname} from checkpoint batch 12 ({ck} rows already committed)", ev=True)
    r.tick(90000, 160000)
    pl(L2, "INFO", f"checkpoint: {ck * 2} rows committed (batch 24)")
    r.tick(60000, 120000)
    pl(L2, "INFO", f"import complete: {rows} rows, 0 rejected, {rng.randint(0, 40)} duplicate reads skipped", ev=True)
    r.tick(1000, 5000)
    r.add(L_azure_ev("billing", "Job", nodes[1]), azure_ev(r.t, r.t, "Normal", "Completed", "Job completed", "Job", "billing", job, "job-controller"), ev=True)
    r.tick(2000, 6000)
    r.add(La, jd({"Timestamp": iso(r.t, 3), "EventId": 0, "LogLevel": "Information", "Category": "Microsoft.AspNetCore.Hosting.Diagnostics",
                  "Message": f"Request finished HTTP/1.1 GET http://billing-api.billing/api/accounts/{rng.randint(100000, 999999)}/usage - 200 {rng.randint(900, 4000)} application/json {rng.randint(5, 40)}.{rng.randint(1000, 9999)}ms"}))
    r.tick(1000, 4000)
    r.add(La, jd({"Timestamp": iso(r.t, 3), "EventId": 14, "LogLevel": "Information", "Category": "Billing.Jobs.ReadAvailability",
                  "Message": f"AMI reads for {y:04d}-{mo:02d}-{d:02d} available for billing ({rows} rows)"}))
    return r.record("water", "Did last night's meter-read import finish?", sel("billing", "meter-import"),
                    "WARN", "oom_killed", "meter-import",
                    "The first meter-import pod exceeded its memory limit while building the duplicate-read index for a large AMI file and was OOM-killed by the kernel.",
                    "One meter-import attempt was OOM-killed mid-run; the Job created a new pod that resumed from the last checkpoint and completed the import with no rejected rows, so the reads are available for billing.",
                    "No immediate action; consider a higher memory limit or a streaming index for meter-import before files grow further.")


@scenario("wa-warn-db-replica-lag", "water")
def wa_warn_db_replica_lag(rng):
    r = Rec(rng, start_time(rng, WA, 0, 3), "us")
    cl = "wtr-eks-billing"
    nodes = [f"ip-10-70-{rng.randint(16, 63)}-{rng.randint(2, 250)}.us-east-2.compute.internal" for _ in range(3)]
    pg = [f"billing-pg-{i}" for i in (1, 2, 3)]
    Lp = [L_elastic(cl, "billing", p, "postgres", nodes[i]) for i, p in enumerate(pg)]
    api = dpod(rng, "billing-api")
    imp = f"meter-import-{rng.randint(29500000, 29599999)}-{sfx(rng)}"
    La = L_elastic(cl, "billing", api, "billing-api", nodes[1])
    Li = L_elastic(cl, "billing", imp, "meter-import", nodes[2])

    def cnpg(i, sev, msg, hint=None, btype="checkpointer", pid=None):
        rec = {"log_time": naive(r.t, 0, 3) + " UTC", "process_id": str(pid or rng.randint(100, 9999)),
               "error_severity": sev, "sql_state_code": "00000", "message": msg, "backend_type": btype}
        if hint:
            rec["hint"] = hint
        return jd({"level": "info", "ts": iso_go(r.t), "logger": "postgres", "msg": "record", "logging_pod": pg[i], "record": rec})

    def api_log(lvl, cat, msg, eid):
        return jd({"Timestamp": iso(r.t, 3), "EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg})

    r.tick(0)
    r.add(Li, f"{py_ts(r.t)} INFO [meter_import] bulk COPY into meter_reads: batch 18 of 40 ({rng.randint(40000, 42000)} rows)")
    r.tick(5000, 12000)
    r.add(Lp[0], cnpg(0, "LOG", f"checkpoints are occurring too frequently ({rng.randint(6, 12)} seconds apart)",
                      "Consider increasing the configuration parameter \"max_wal_size\".", pid=58), ev=True)
    r.tick(3000, 9000)
    r.add(La, api_log("Warning", "Billing.Data.ReplicaRouter", f"Replica billing-pg-ro lag {rng.randint(31, 45)}.{rng.randint(0, 9)} s exceeds 30 s; routing balance queries to primary", 3101), ev=True)
    r.tick(2000, 6000)
    rp_start = r.t
    r.add(Lp[1], cnpg(1, "LOG", "restartpoint starting: wal", pid=61))
    r.tick(10000, 20000)
    r.add(Li, f"{py_ts(r.t)} INFO [meter_import] bulk COPY into meter_reads: batch 26 of 40 ({rng.randint(40000, 42000)} rows)")
    r.tick(3000, 9000)
    r.add(Lp[0], cnpg(0, "LOG", f"checkpoints are occurring too frequently ({rng.randint(6, 12)} seconds apart)",
                      "Consider increasing the configuration parameter \"max_wal_size\".", pid=58), ev=True)
    r.tick(5000, 15000)
    r.add(La, api_log("Warning", "Billing.Data.ReplicaRouter", f"Replica billing-pg-ro lag {rng.randint(55, 75)}.{rng.randint(0, 9)} s exceeds 30 s; routing balance queries to primary", 3101), ev=True)
    r.tick(2000, 6000)
    r.add(La, api_log("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 GET http://billing-api.billing/api/accounts/{rng.randint(100000, 999999)}/balance - 200 {rng.randint(200, 400)} application/json {rng.randint(20, 60)}.{rng.randint(1000, 9999)}ms", 2))
    r.tick(30000, 60000)
    r.add(Li, f"{py_ts(r.t)} INFO [meter_import] bulk COPY into meter_reads finished: 40 batches, {rng.randint(1600000, 1680000)} rows")
    r.tick(20000, 40000)
    r.add(Lp[1], cnpg(1, "LOG", f"restartpoint complete: wrote {rng.randint(40000, 90000)} buffers ({rng.randint(20, 60)}.{rng.randint(0, 9)}%); 0 WAL file(s) added, 0 removed, {rng.randint(30, 60)} recycled; {ckpt_times(rng, rp_start, r.t)}", pid=61))
    r.tick(30000, 60000)
    r.add(La, api_log("Information", "Billing.Data.ReplicaRouter", f"Replica billing-pg-ro lag 1.{rng.randint(0, 9)} s; resuming replica reads", 3102), ev=True)
    r.tick(2000, 6000)
    r.add(La, api_log("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 GET http://billing-api.billing/api/accounts/{rng.randint(100000, 999999)}/usage - 200 {rng.randint(900, 4000)} application/json {rng.randint(5, 40)}.{rng.randint(1000, 9999)}ms", 2))
    r.tick(2000, 6000)
    r.add(Lp[2], cnpg(2, "LOG", "restartpoint starting: time", pid=63))
    return r.record("water", "Billing reads were slow during the night import - what happened?", sel("billing", "billing-pg"),
                    "WARN", "database", "billing-pg",
                    "The nightly bulk COPY of meter reads generated WAL faster than the billing-pg replicas could replay it (checkpoints every few seconds), so replication lag rose above a minute.",
                    "Replication lag on billing-pg peaked around a minute during the import; billing-api routed balance reads to the primary as designed, no request failed, and lag fell back to about a second when the import finished.",
                    "No immediate action; optionally raise max_wal_size or throttle the import to keep replica lag down.")


def ingress_nginx(rng, t, client, method, path, code, size, ref, ua, upstream_name, upstream, rt):
    return (f"{client} - - [{clf_ts(t)}] \"{method} {path} HTTP/2.0\" {code} {size} \"{ref}\" \"{ua}\" {rng.randint(300, 600)} {rt:.3f} "
            f"[{upstream_name}] [] {upstream} {size} {rt:.3f} {code} {hexs(rng, 32)}")


UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0"
UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1"


@scenario("wa-warn-rate-sms-notifier", "water")
def wa_warn_rate_sms_notifier(rng):
    r = Rec(rng, start_time(rng, WA, 7, 18), "us")
    nodes = [f"pool-wtr-apps-{sfx(rng, 5)}" for _ in range(3)]
    nt = dpod(rng, "outage-notifier")
    ing = dpod(rng, "ingress-nginx-controller")
    Ln = L_vector("outage", nt, "outage-notifier", nodes[0])
    Lne = L_vector("outage", nt, "outage-notifier", nodes[0], "stderr")
    Li = L_vector("ingress-nginx", ing, "controller", nodes[1])
    oid = f"OUT-{rng.randint(4000, 4999)}"
    n = rng.randint(2100, 2600)
    up = ip(rng, 10, 244) + ":8080"
    queue = [n]

    def w(lvl, msg, L=Ln, ev=False, **kw):
        d = {"level": lvl, "message": msg}
        d.update(kw)
        d["service"] = "outage-notifier"
        d["timestamp"] = iso(r.t, 3)
        r.add(L, jd(d), ev=ev)

    def web(path, code, size):
        r.add(Li, ingress_nginx(rng, r.t, f"{rng.choice(['73', '98', '174', '24'])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
                                "GET", path, code, size, "https://outage.citywater.example/", rng.choice([UA_FF, UA_IOS]),
                                "outage-outage-map-api-80", up, rng.randint(8, 60) / 1000))

    r.tick(0)
    w("info", f"outage {oid} created: water main break, {n} service addresses affected; queueing SMS notifications", outage=oid)
    r.tick(500, 2000)
    web("/api/outages/active", 200, rng.randint(3000, 6000))
    r.tick(2000, 5000)
    queue[0] -= rng.randint(250, 400)
    w("info", "sms batch sent", batch=1, sent=n - queue[0], queued=queue[0])
    r.tick(1000, 3000)
    w("warn", "Twilio API returned 429 Too Many Requests (code 20429); backing off", L=Lne, ev=True, batch=2, retry_after_s=8, queued=queue[0])
    r.tick(300, 1200)
    web("/api/outages/active", 200, rng.randint(3000, 6000))
    r.tick(8000, 9000)
    queue[0] -= rng.randint(150, 250)
    w("info", "sms batch sent", batch=2, sent=n - queue[0], queued=queue[0])
    r.tick(1000, 3000)
    w("warn", "Twilio API returned 429 Too Many Requests (code 20429); backing off", L=Lne, ev=True, batch=3, retry_after_s=16, queued=queue[0])
    r.tick(500, 2000)
    web(f"/api/outages/{oid}", 200, rng.randint(1500, 2500))
    r.tick(16000, 17000)
    queue[0] -= rng.randint(150, 250)
    w("info", "sms batch sent", batch=3, sent=n - queue[0], queued=queue[0])
    r.tick(1000, 3000)
    w("warn", "Twilio API returned 429 Too Many Requests (code 20429); backing off", L=Lne, ev=True, batch=4, retry_after_s=30, queued=queue[0])
    r.tick(30000, 31000)
    w("info", "send rate adapted to provider limit", ev=True, messages_per_second=10)
    r.tick(60000, 120000)
    queue[0] -= rng.randint(900, 1100)
    w("info", "sms batch sent", batch=9, sent=n - queue[0], queued=queue[0])
    r.tick(500, 3000)
    web(f"/api/outages/{oid}", 200, rng.randint(1500, 2500))
    r.tick(60000, 120000)
    w("info", f"notification queue drained for {oid}", ev=True, outage=oid, sent=n, failed=0, elapsed=f"{rng.randint(5, 7)}m{rng.randint(0, 59)}s")
    r.tick(1000, 4000)
    web("/api/outages/active", 200, rng.randint(3000, 6000))
    return r.record("water", "Customers say the outage texts arrived late - was the SMS sending broken?", sel("outage", "outage-notifier"),
                    "WARN", "rate_limited", "outage-notifier",
                    "A large main-break notification burst exceeded the SMS provider's send rate, so Twilio answered 429 Too Many Requests (error 20429).",
                    "outage-notifier was throttled by Twilio for a few minutes; it backed off, adapted its send rate and delivered every queued SMS with zero failures, just several minutes later than usual.",
                    "No immediate action; optionally request a higher Twilio throughput or pre-throttle large batches in outage-notifier.")


@scenario("wa-err-image-outage-map", "water")
def wa_err_image_outage_map(rng):
    r = Rec(rng, start_time(rng, WA, 9, 16), "ns")
    proj, loc, cl = "wtr-prod-ops", "us-central1", "wtr-gke-prod"
    nodes = [f"gke-{cl}-default-pool-{hexs(rng, 8)}-{sfx(rng, 4)}" for _ in range(3)]
    oh, nh = rs_hash(rng), rs_hash(rng)
    old = [f"outage-map-api-{oh}-{sfx(rng)}" for _ in range(3)]
    newp = f"outage-map-api-{nh}-{sfx(rng)}"
    img = f"us-central1-docker.pkg.dev/{proj}/outage/outage-map-api:2.14.0"
    Lold = [L_gke(proj, loc, cl, "outage", p, "outage-map-api") for p in old]
    Lpod = L_gke_pod(proj, loc, cl, "outage", newp)
    Lcl = L_gke_cluster(proj, loc, cl)

    def zap(i, msg, **kw):
        d = {"level": "info", "ts": float(ep_float(r.t)), "caller": "api/handlers.go:88", "msg": msg}
        d.update(kw)
        r.add(Lold[i], jd(d))

    fail_msg = (f"Failed to pull image \"{img}\": rpc error: code = NotFound desc = failed to pull and unpack image \"{img}\": "
                f"failed to resolve reference \"{img}\": {img}: not found")
    r.tick(0)
    zap(0, "served", path="/api/outages/active", status=200, ms=rng.randint(4, 20))
    r.tick(1000, 3000)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled up replica set outage-map-api-{nh} to 1", "Deployment", "outage", "outage-map-api", "deployment-controller"))
    r.tick(5, 50)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled down replica set outage-map-api-{oh} to 3 from 4", "Deployment", "outage", "outage-map-api", "deployment-controller"))
    r.tick(300, 1200)
    t_pull = r.t
    r.add(Lpod, ev_json(rng, r.t, r.t, "Normal", "Scheduled", f"Successfully assigned outage/{newp} to {nodes[0]}", "Pod", "outage", newp, "default-scheduler"))
    r.tick(500, 1500)
    r.add(Lpod, ev_json(rng, r.t, r.t, "Normal", "Pulling", f"Pulling image \"{img}\"", "Pod", "outage", newp, "kubelet", host=nodes[0], fieldpath="spec.containers{outage-map-api}"))
    r.tick(300, 900)
    t_f = r.t
    r.add(Lpod, ev_json(rng, r.t, r.t, "Warning", "Failed", fail_msg, "Pod", "outage", newp, "kubelet", host=nodes[0], fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(0, 5)
    r.add(Lpod, ev_json(rng, r.t, r.t, "Warning", "Failed", "Error: ErrImagePull", "Pod", "outage", newp, "kubelet", host=nodes[0], fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(800, 2000)
    t_b = r.t
    r.add(Lpod, ev_json(rng, r.t, r.t, "Normal", "BackOff", f"Back-off pulling image \"{img}\"", "Pod", "outage", newp, "kubelet", host=nodes[0], fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(0, 5)
    r.add(Lpod, ev_json(rng, r.t, r.t, "Warning", "Failed", "Error: ImagePullBackOff", "Pod", "outage", newp, "kubelet", host=nodes[0], fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(5000, 15000)
    zap(1, "served", path="/api/outages/active", status=200, ms=rng.randint(4, 20))
    r.tick(60000, 120000)
    r.add(Lpod, ev_json(rng, r.t, t_f, "Warning", "Failed", fail_msg, "Pod", "outage", newp, "kubelet", host=nodes[0], count=4, fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(2000, 6000)
    zap(2, "served", path="/api/tiles/14/3874/6321.pbf", status=200, ms=rng.randint(4, 20))
    r.tick(120000, 240000)
    r.add(Lpod, ev_json(rng, r.t, t_b, "Normal", "BackOff", f"Back-off pulling image \"{img}\"", "Pod", "outage", newp, "kubelet", host=nodes[0], count=rng.randint(20, 40), fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(120000, 240000)
    r.add(Lpod, ev_json(rng, r.t, t_f, "Warning", "Failed", "Error: ImagePullBackOff", "Pod", "outage", newp, "kubelet", host=nodes[0], count=rng.randint(40, 60), fieldpath="spec.containers{outage-map-api}"), ev=True)
    r.tick(1000, 5000)
    zap(0, "served", path="/api/outages/active", status=200, ms=rng.randint(4, 20))
    return r.record("water", "The outage-map release has been rolling out for ten minutes - is it stuck?", sel("outage", "outage-map-api"),
                    "ERROR", "image_pull", "outage-map-api",
                    f"The Deployment references {img.split('/')[-1]}, a tag that does not exist in Artifact Registry; the kubelet gets NotFound when resolving it.",
                    "The new outage-map-api pod is stuck in ErrImagePull/ImagePullBackOff and the rollout cannot progress; the three old replicas keep serving, so the API runs with one replica less than desired.",
                    "Push the missing 2.14.0 image or point the Deployment at the correct tag (or roll back), then watch the rollout complete.")


@scenario("wa-err-timeout-mdm", "water")
def wa_err_timeout_mdm(rng):
    r = Rec(rng, start_time(rng, WA, 8, 17), "us")
    cl = "tkg-wl-billing"
    nodes = [f"{cl}-md-0-{sfx(rng, 5)}-{sfx(rng, 5)}" for _ in range(3)]
    env = f"envoy-{sfx(rng)}"
    pa = dpod(rng, "customer-portal-api")
    mg = dpod(rng, "mdm-gateway")
    Le = L_otel(cl, "projectcontour", env, "envoy", nodes[0])
    Lp = L_otel(cl, "billing", pa, "customer-portal-api", nodes[1])
    Lm = L_otel(cl, "billing", mg, "mdm-gateway", nodes[2])
    up = ip(rng, 10, 96) + ":8080"

    def envoy(t, path, code, flags, dur, sent):
        return (f"[{iso(t, 3)}] \"GET {path} HTTP/1.1\" {code} {flags} 0 {sent} {dur} {'-' if code == 504 else dur - rng.randint(1, 3)} "
                f"\"{rng.randint(60, 200)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}\" \"{rng.choice([UA_FF, UA_IOS])}\" \"{uuid4(rng)}\" \"portal.citywater.example\" \"{up}\"")

    def portal(lvl, logger, msg, ev=False):
        r.add(Lp, spring3(r.t, WA, lvl, "customer-portal-api", f"nio-8080-exec-{rng.randint(1, 20)}", logger, msg), ev=ev)

    def mdm(lvl, msg, ev=False, **kw):
        r.add(Lm, slog_text(r.t, None, lvl, msg, **kw), ev=ev)

    def usage_fail(acct):
        t0 = r.t
        r.add(Le, envoy(t0, f"/api/accounts/{acct}/usage/daily?days=30", 504, "UT", 15000 + rng.randint(0, 3), 24), ev=True)
        r.tick(14990, 15010)
        portal("WARN", "c.c.portal.usage.UsageClient", f"MDM usage call failed after 15000 ms: I/O error on GET request for \"http://mdm-gateway.billing.svc:8080/v1/usage/{acct}\": Read timed out", ev=True)
        el = rng.randint(15300, 19900)
        r.t = t0 + el * 1000 + rng.randint(0, 999)
        mdm("WARN", "upstream slow", ev=True, upstream="https://mdm.citywater.local/api/v2/interval-data", account=acct, elapsed=f"{el / 1000:.1f}s")

    r.tick(0)
    r.add(Le, envoy(r.t, "/api/session", 200, "-", rng.randint(20, 60), rng.randint(300, 600)))
    r.tick(500, 3000)
    usage_fail(rng.randint(1000000, 9999999))
    r.tick(3000, 8000)
    mdm("ERROR", "upstream request failed", ev=True, upstream="https://mdm.citywater.local/api/v2/interval-data",
        err="context deadline exceeded (Client.Timeout exceeded while awaiting headers)", timeout="20s")
    r.tick(10000, 40000)
    r.add(Le, envoy(r.t, "/api/accounts/me/bills?limit=12", 200, "-", rng.randint(40, 120), rng.randint(2000, 6000)))
    r.tick(30000, 90000)
    usage_fail(rng.randint(1000000, 9999999))
    r.tick(60000, 180000)
    mdm("ERROR", "upstream request failed", ev=True, upstream="https://mdm.citywater.local/api/v2/interval-data",
        err="context deadline exceeded (Client.Timeout exceeded while awaiting headers)", timeout="20s")
    r.tick(20000, 60000)
    r.add(Le, envoy(r.t, "/api/payments/methods", 200, "-", rng.randint(20, 80), rng.randint(400, 900)))
    r.tick(120000, 300000)
    usage_fail(rng.randint(1000000, 9999999))
    r.tick(1000, 4000)
    mdm("WARN", "upstream latency summary", ev=True, upstream="https://mdm.citywater.local/api/v2/interval-data", window="15m",
        requests=rng.randint(380, 520), p50=f"{rng.randint(17, 22)}.{rng.randint(0, 9)}s", p99="30.0s", timeouts_pct=f"{rng.randint(55, 80)}")
    r.tick(2000, 8000)
    r.add(Le, envoy(r.t, "/api/session", 200, "-", rng.randint(20, 60), rng.randint(300, 600)))
    return r.record("water", "Customers cannot see their water usage in the portal - why?", sel("billing", "mdm-gateway"),
                    "ERROR", "timeout", "mdm-gateway",
                    "The meter data management backend behind mdm-gateway answers interval-data requests in 20-30 s, beyond mdm-gateway's 20 s client timeout and the portal's 15 s read timeout.",
                    "For the whole window most usage requests time out: Envoy returns 504 (UT) and the portal's calls to mdm-gateway hit read timeouts, while other portal pages work; the slowness persists over many minutes.",
                    "Investigate and fix the slow MDM interval-data endpoint that mdm-gateway calls (load, long-running queries); meanwhile consider caching daily usage in mdm-gateway.")


@scenario("wa-crit-dns-coredns-loop", "water")
def wa_crit_dns_coredns_loop(rng):
    r = Rec(rng, start_time(rng, WA, 0, 23), "us")
    nodes = ["ps-hub-01", "ps-hub-02"]
    dns = dpod(rng, "coredns")
    fw = dpod(rng, "telemetry-forwarder")
    mb = dpod(rng, "mqtt-bridge")
    ee = dpod(rng, "event-exporter")
    Ld = L_promtail("kube-system", dns, "coredns", nodes[0], "coredns")
    Lf = L_promtail("telemetry", fw, "telemetry-forwarder", nodes[1], "telemetry-forwarder")
    Lm = L_promtail("telemetry", mb, "mqtt-bridge", nodes[1], "mqtt-bridge")
    Lee = L_promtail("monitoring", ee, "event-exporter", nodes[1], "event-exporter")
    seg = [rng.randint(900, 990)]
    mbip = ip(rng, 10, 42)
    uid = uuid4(rng)
    url = "https://ingest.scada.citywater.example/v1/segments"
    t_first = r.t - rng.randint(95, 130) * 60 * US  # CoreDNS has been crash-looping since well before the window
    pending = [rng.randint(95, 110)]

    def loop():
        return (f"[FATAL] plugin/loop: Loop (127.0.0.1:{rng.randint(33000, 60000)} -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. "
                f"Query: \"HINFO {rng.randint(10 ** 18, 9 * 10 ** 18)}.{rng.randint(10 ** 18, 9 * 10 ** 18)}.\"")

    def fwd(lvl, target, msg):
        return f"{iso(r.t, 6)} {lvl:>5} {target}: {msg}"

    def upfail():
        seg[0] += 1
        pending[0] += 1
        r.add(Lf, fwd("WARN", "fwd::uplink", f"upload failed segment={seg[0]:06d} error=error sending request for url ({url}): error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution"), ev=True)

    def mbfail():
        r.add(Lm, f"ts={iso_go(r.t)} level=error caller=bridge.go:141 msg=\"publish to historian failed\" err=\"dial tcp: lookup historian-ingest.scada.citywater.example on 10.43.0.10:53: read udp {mbip}:{rng.randint(33000, 60000)}->10.43.0.10:53: read: connection refused\"", ev=True)

    r.tick(0)
    upfail()
    r.tick(2000, 6000)
    r.add(Ld, "[INFO] plugin/reload: Running configuration SHA512 = " + hexs(rng, 128))
    r.tick(0, 3)
    r.add(Ld, "CoreDNS-1.10.1")
    r.tick(0, 3)
    r.add(Ld, "linux/amd64, go1.20, 055b2c3")
    r.tick(2000, 3000)
    r.add(Ld, loop(), ev=True)
    r.tick(3000, 8000)
    mbfail()
    r.tick(10000, 20000)
    r.add(Lee, ev_json(rng, r.t, t_first, "Warning", "BackOff", f"Back-off restarting failed container coredns in pod {dns}_kube-system({uid})",
                       "Pod", "kube-system", dns, "kubelet", host=nodes[0], count=rng.randint(24, 28), fieldpath="spec.containers{coredns}"), ev=True)
    r.tick(5000, 15000)
    r.add(Lf, fwd("WARN", "fwd::spool", f"spool usage 78% (3.12 GiB / 4.00 GiB) pending_segments={pending[0]}"), ev=True)
    r.tick(30000, 60000)
    upfail()
    r.tick(240000, 300000)
    r.add(Ld, loop(), ev=True)
    r.tick(10000, 20000)
    r.add(Lee, ev_json(rng, r.t, t_first, "Warning", "BackOff", f"Back-off restarting failed container coredns in pod {dns}_kube-system({uid})",
                       "Pod", "kube-system", dns, "kubelet", host=nodes[0], count=rng.randint(29, 33), fieldpath="spec.containers{coredns}"), ev=True)
    r.tick(5000, 20000)
    mbfail()
    r.tick(600000, 900000)
    upfail()
    r.tick(1000, 5000)
    pending[0] += rng.randint(25, 35)
    r.add(Lf, fwd("WARN", "fwd::spool", f"spool usage 97% (3.88 GiB / 4.00 GiB) pending_segments={pending[0]}"), ev=True)
    r.tick(200000, 300000)
    r.add(Lf, fwd("ERROR", "fwd::spool", f"spool full; dropping oldest segment={seg[0] - pending[0] + 1:06d} samples={rng.randint(45000, 52000)}"), ev=True)
    r.tick(200, 900)
    r.add(Ld, loop(), ev=True)
    r.tick(20000, 40000)
    r.add(Lf, fwd("ERROR", "fwd::spool", f"spool full; dropping oldest segment={seg[0] - pending[0] + 2:06d} samples={rng.randint(45000, 52000)}"), ev=True)
    return r.record("water", "The cloud historian has not received pump-station data from the hub site for a while", sel("telemetry"),
                    "CRITICAL", "dns_resolution", "coredns",
                    "CoreDNS on the hub k3s cluster detects a forwarding loop (its upstream resolver points back to itself) and exits with plugin/loop FATAL on every start, so the cluster DNS service has no backend.",
                    "CoreDNS has been in CrashLoopBackOff for hours; every in-cluster name lookup fails, telemetry-forwarder and mqtt-bridge cannot reach the historian, the forwarder's spool has filled and it is now dropping the oldest telemetry segments.",
                    "Fix the CoreDNS upstream (forward to real resolvers instead of a loopback resolv.conf), confirm CoreDNS stays up and lookups work, and let the forwarder drain its spool before more segments are dropped.")


@scenario("wa-warn-sched-ami-scaleup", "water")
def wa_warn_sched_ami_scaleup(rng):
    r = Rec(rng, start_time(rng, WA, 0, 3), "ns")
    cl = "wtr-eks-ami"
    mk = lambda: f"ip-10-72-{rng.randint(16, 63)}-{rng.randint(2, 250)}.us-east-2.compute.internal"
    nodes = [mk() for _ in range(3)]
    new_nodes = [mk() for _ in range(2)]
    h = rs_hash(rng)
    pods = [f"meter-read-ingest-{h}-{sfx(rng)}" for _ in range(5)]
    L = [L_otel(cl, "ami", p, "meter-read-ingest", nodes[i % 3]) for i, p in enumerate(pods[:2])]
    Lnew = [L_otel(cl, "ami", p, "meter-read-ingest", new_nodes[i % 2]) for i, p in enumerate(pods[2:])]
    Lev = L_otel_ev(cl, "ami")
    Lks = L_otel_ev(cl, "kube-system")
    asg = f"eks-ami-workers-{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    fs_msg = "0/6 nodes are available: 6 Insufficient cpu. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod."

    def zap(Lx, lvl, msg, **kw):
        d = {"level": lvl, "ts": float(ep_float(r.t)), "caller": "ingest/pipeline.go:97", "msg": msg}
        d.update(kw)
        return jd(d)

    r.tick(0)
    r.add(L[0], zap(L[0], "info", "head-end batch received", head_end="HE-2", reads=rng.randint(180000, 220000)))
    r.tick(2000, 6000)
    r.add(L[1], zap(L[1], "warn", "ingest backlog above target", backlog=rng.randint(380000, 450000), target=100000))
    r.ev.append(len(r.logs) - 1)
    r.tick(5000, 15000)
    r.add(Lev, otel_ev(rng, "SuccessfulRescale", "SuccessfulRescale", "New size: 5; reason: cpu resource utilization (percentage of request) above target",
                       "HorizontalPodAutoscaler", "ami", "meter-read-ingest"))
    r.tick(100, 600)
    r.add(Lev, otel_ev(rng, "FailedScheduling", "Scheduling", fs_msg, "Pod", "ami", pods[2]), ev=True)
    r.tick(1, 50)
    r.add(Lev, otel_ev(rng, "FailedScheduling", "Scheduling", fs_msg, "Pod", "ami", pods[3]), ev=True)
    r.tick(1, 50)
    r.add(Lev, otel_ev(rng, "FailedScheduling", "Scheduling", fs_msg, "Pod", "ami", pods[4]), ev=True)
    r.tick(8000, 12000)
    r.add(Lev, otel_ev(rng, "TriggeredScaleUp", "TriggeredScaleUp", f"pod triggered scale-up: [{{{asg} 6->8 (max: 12)}}]", "Pod", "ami", pods[2]), ev=True)
    r.tick(50000, 90000)
    r.add(Lks, otel_ev(rng, "RegisteredNode", "RegisteredNode", f"Node {new_nodes[0]} event: Registered Node {new_nodes[0]} in Controller", "Node", "kube-system", new_nodes[0]))
    r.tick(20000, 40000)
    r.add(Lev, otel_ev(rng, "Scheduled", "Binding", f"Successfully assigned ami/{pods[2]} to {new_nodes[0]}", "Pod", "ami", pods[2]), ev=True)
    r.tick(1000, 5000)
    r.add(Lev, otel_ev(rng, "Scheduled", "Binding", f"Successfully assigned ami/{pods[3]} to {new_nodes[1]}", "Pod", "ami", pods[3]), ev=True)
    r.tick(1, 50)
    r.add(Lev, otel_ev(rng, "Scheduled", "Binding", f"Successfully assigned ami/{pods[4]} to {new_nodes[0]}", "Pod", "ami", pods[4]), ev=True)
    r.tick(8000, 15000)
    r.add(Lnew[0], zap(Lnew[0], "info", "consumer started", partitions="12-15", version="1.33.2"))
    r.tick(60000, 120000)
    r.add(L[0], zap(L[0], "info", "ingest backlog shrinking", backlog=rng.randint(120000, 180000), target=100000))
    r.tick(120000, 240000)
    r.add(Lnew[1], zap(Lnew[1], "info", "ingest backlog within target", backlog=rng.randint(2000, 9000), target=100000))
    r.ev.append(len(r.logs) - 1)
    return r.record("water", "Meter-read ingestion fell behind after the nightly head-end upload - does it need attention?", sel("ami", "meter-read-ingest"),
                    "WARN", "scheduling", "meter-read-ingest",
                    "The HPA scaled meter-read-ingest up for the nightly read burst, but the node group had no free CPU, so the new pods were Pending with Insufficient cpu until the cluster autoscaler added nodes.",
                    "Three new meter-read-ingest pods waited about two minutes for capacity; the cluster autoscaler scaled the node group from 6 to 8, the pods were scheduled and the ingest backlog returned within target.",
                    "No immediate action; optionally pre-scale the node group before the nightly head-end upload or keep spare capacity.")


@scenario("wa-ok-pumpstation-compose", "water")
def wa_ok_pumpstation_compose(rng):
    r = Rec(rng, start_time(rng, WA, 5, 20), ts_off=WA)
    host, proj = "ps04-gw", "ps04-gateway"
    Lmq = L_docker(proj, "mosquitto", host)
    Lnr = L_docker(proj, "nodered", host)
    Ltg = L_docker(proj, "telegraf", host, "stderr")
    tgip = f"172.18.0.{rng.randint(3, 9)}"

    def mq(msg):
        r.add(Lmq, f"{ep_s(r.t)}: {msg}")

    def nr(lvl, node, msg):
        r.add(Lnr, f"{nodered_ts(r.t, WA)} - [{lvl}] [{node}] {msg}")

    def tg(msg):
        r.add(Ltg, f"{iso(r.t, 0)} D! {msg}")

    port = rng.randint(40000, 60000)
    r.tick(0)
    tg(f"[outputs.mqtt] Wrote batch of {rng.randint(30, 60)} metrics in {rng.randint(2, 6)}.{rng.randint(0, 9)}ms")
    r.tick(200, 900)
    tg("[outputs.mqtt] Buffer fullness: 0 / 10000 metrics")
    r.tick(3000, 9000)
    mq(f"New connection from {tgip}:{port} on port 1883.")
    r.tick(1, 30)
    diag = f"ps04-diag-{hexs(rng, 4)}"
    mq(f"New client connected from {tgip}:{port} as {diag} (p2, c1, k60, u'diag').")
    r.tick(2000, 6000)
    nr("info", "function:lead-lag", f"lead pump rotation: P1 run hours {rng.randint(400, 450)} > P2 run hours {rng.randint(350, 399)}; lead is now P2")
    r.tick(1000, 4000)
    nr("info", "function:alarms", f"LOW_SUCTION_PRESSURE cleared ({rng.randint(33, 38)}.{rng.randint(0, 9)} psi, setpoint 30.0 psi)")
    r.tick(3000, 9000)
    mq(f"Client {diag} disconnected.")
    r.tick(5000, 10000)
    tg(f"[outputs.mqtt] Wrote batch of {rng.randint(30, 60)} metrics in {rng.randint(2, 6)}.{rng.randint(0, 9)}ms")
    r.tick(200, 900)
    tg("[outputs.mqtt] Buffer fullness: 0 / 10000 metrics")
    r.tick(5000, 20000)
    nr("info", "mqtt-broker:local-broker", "Connected to broker: nodered-ps04@mqtt://mosquitto:1883")
    r.tick(10000, 30000)
    mq("Saving in-memory database to /mosquitto/data/mosquitto.db.")
    r.tick(2000, 9000)
    nr("info", "function:wet-well", f"wet well level {rng.randint(40, 62)}.{rng.randint(0, 9)}% - no pump start required (start at 75%)")
    r.tick(3000, 9000)
    tg(f"[outputs.mqtt] Wrote batch of {rng.randint(30, 60)} metrics in {rng.randint(2, 6)}.{rng.randint(0, 9)}ms")
    r.tick(200, 900)
    tg("[outputs.mqtt] Buffer fullness: 0 / 10000 metrics")
    return r.record("water", "Quick health check of the pump station 4 gateway, please", None,
                    "INFO", "none", None,
                    "No incident: routine broker connections, pump lead rotation, an alarm clearing and Telegraf flushing an empty buffer.",
                    "Mosquitto accepts and closes client sessions normally and persists its database, Node-RED rotates the lead pump and reports a cleared low-pressure alarm, and Telegraf writes every batch with an empty buffer.",
                    "None.")


@scenario("wa-ok-billing-invoices", "water")
def wa_ok_billing_invoices(rng):
    r = Rec(rng, start_time(rng, WA, 6, 10), "us")
    nodes = [f"rke2-wtr-agent-{i}" for i in rng.sample(range(1, 7), 3)]
    api = dpod(rng, "billing-api")
    inv = f"invoice-run-{rng.randint(29500000, 29599999)}-{sfx(rng)}"
    ee = dpod(rng, "event-exporter")
    La = L_vector("billing", api, "billing-api", nodes[0])
    Li = L_vector("billing", inv, "invoice-run", nodes[1])
    Lee = L_vector("monitoring", ee, "event-exporter", nodes[2])
    y, mo, d, *_ = parts(r.t, WA)
    cyc = rng.randint(1, 4)
    n = rng.randint(16000, 19000)

    def dn(lvl, cat, msg, eid=0):
        r.add(La, jd({"Timestamp": iso(r.t, 3), "EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg}))

    r.tick(0)
    r.add(Li, f"{py_ts(r.t)} INFO [invoice_run] cycle {y:04d}-{mo:02d} C{cyc}: generating invoices for {n} accounts")
    r.tick(3000, 9000)
    dn("Information", "Billing.Payments.CardProcessor", f"Payment declined for account {rng.randint(100000, 999999)} (card_declined: insufficient_funds); customer notified by e-mail", 4107)
    r.tick(1000, 4000)
    dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 POST http://billing-api.billing/api/payments - 402 {rng.randint(100, 200)} application/problem+json {rng.randint(300, 900)}.{rng.randint(1000, 9999)}ms", 2)
    r.tick(2000, 6000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "Requested", f"Created new CertificateRequest resource \"portal-tls-{rng.randint(3, 9)}\"", "Certificate", "billing", "portal-tls", "cert-manager-certificates-request-manager"))
    r.tick(5000, 15000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "Issuing", "The certificate has been successfully issued", "Certificate", "billing", "portal-tls", "cert-manager-certificates-issuing"))
    r.tick(3000, 9000)
    dn("Warning", "Billing.Accounts.AddressValidator", f"Address for account {rng.randint(100000, 999999)} not found in GIS; invoice printed with billing address on file", 3302)
    r.tick(5000, 20000)
    r.add(Li, f"{py_ts(r.t)} INFO [invoice_run] {n // 2} of {n} invoices rendered")
    r.tick(2000, 6000)
    dn("Information", "Billing.Payments.CardProcessor", f"Refund issued for account {rng.randint(100000, 999999)}: duplicate autopay reversed ({rng.randint(20, 140)}.{rng.randint(10, 99)} USD)", 4110)
    r.tick(10000, 30000)
    r.add(Li, f"{py_ts(r.t)} INFO [invoice_run] cycle {y:04d}-{mo:02d} C{cyc} complete: {n} invoices, 0 failed, {rng.randint(2, 9)} held for manual review (high-usage rule)")
    r.tick(100, 500)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "Completed", "Job completed", "Job", "billing", inv.rsplit("-", 1)[0], "job-controller"))
    r.tick(2000, 6000)
    dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 GET http://billing-api.billing/api/accounts/{rng.randint(100000, 999999)}/invoices - 200 {rng.randint(1000, 4000)} application/json {rng.randint(10, 60)}.{rng.randint(1000, 9999)}ms", 2)
    r.tick(1000, 3000)
    dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", f"Request finished HTTP/1.1 GET http://billing-api.billing/healthz - 200 - text/plain {rng.randint(0, 2)}.{rng.randint(1000, 9999)}ms", 2)
    return r.record("water", "Did the invoice run go through? I see declines and warnings in billing", sel("billing", "billing-api"),
                    "INFO", "none", None,
                    "No incident: card declines, a 402 response, an address lookup miss and invoices held for review are normal business outcomes; the certificate renewal succeeded.",
                    "The invoice run completed with zero failures, billing-api handled declines and refunds as designed, and cert-manager renewed the portal certificate.",
                    "None.")


@scenario("wa-ok-historian-routine", "water")
def wa_ok_historian_routine(rng):
    r = Rec(rng, start_time(rng, WA, 8, 18), "us")
    nodes = [f"10.0.10.{rng.randint(10, 250)}" for _ in range(3)]
    Ldb = L_fluentbit("scada", "timescaledb-0", "timescaledb", nodes[0])
    hi = dpod(rng, "historian-ingest")
    pe = dpod(rng, "pump-events")
    bk = f"historian-backup-{rng.randint(29500000, 29599999)}-{sfx(rng)}"
    Lhi = L_fluentbit("scada", hi, "historian-ingest", nodes[1])
    Lpe = L_fluentbit("scada", pe, "pump-events", nodes[2])
    Lbk = L_fluentbit("scada", bk, "backup", nodes[1])

    def pg(msg, pid=None):
        r.add(Ldb, f"{pg_ts(r.t, 0)} [{pid or rng.randint(100, 9999)}] {msg}")

    def hil(msg, **kw):
        r.add(Lhi, slog_text(r.t, None, "INFO", msg, **kw))

    def pel(msg):
        r.add(Lpe, f"{iso(r.t, 6)}  INFO pump_events: {msg}")

    r.tick(0)
    hil("batch inserted", table="telemetry.pump_readings", rows=rng.randint(1100, 1300), took=f"{rng.randint(40, 90)}ms")
    r.tick(1000, 4000)
    ck_start = r.t
    pg("LOG:  checkpoint starting: time", 64)
    r.tick(2000, 6000)
    pel(f"PS-03 pump P2 state RUNNING -> STOPPED reason=schedule runtime={rng.randint(30, 90)}m")
    r.tick(2000, 6000)
    pel(f"PS-11 tank T1 alarm HIGH_LEVEL cleared level={rng.randint(55, 65)}% setpoint=85%")
    r.tick(2000, 6000)
    hil("batch inserted", table="telemetry.pump_readings", rows=rng.randint(1100, 1300), took=f"{rng.randint(40, 90)}ms")
    r.tick(5000, 15000)
    r.add(Lbk, f"{py_ts(r.t)} INFO [backup] pg_dump of scada finished: {rng.randint(12, 16)}.{rng.randint(0, 9)} GiB in {rng.randint(300, 600)} s, 0 errors; uploaded to object storage")
    r.tick(1000, 5000)
    r.add(Lbk, f"{py_ts(r.t)} INFO [backup] retention: deleted 1 backup older than 35 days, 35 kept")
    r.tick(5000, 20000)
    pel(f"PS-07 pump P1 state STOPPED -> RUNNING reason=level_control wet_well={rng.randint(70, 80)}%")
    r.tick(5000, 20000)
    hil("batch inserted", table="telemetry.pump_readings", rows=rng.randint(1100, 1300), took=f"{rng.randint(40, 90)}ms")
    r.tick(60000, 150000)
    pg(f"LOG:  checkpoint complete: wrote {rng.randint(1200, 2400)} buffers ({rng.randint(5, 15)}.{rng.randint(0, 9)}%); 0 WAL file(s) added, 0 removed, {rng.randint(1, 4)} recycled; "
       f"{ckpt_times(rng, ck_start, r.t)}; "
       f"sync files={rng.randint(20, 60)}, longest=0.00{rng.randint(1, 9)} s, average=0.001 s; distance={rng.randint(25000, 35000)} kB, estimate={rng.randint(30000, 36000)} kB", 64)
    r.tick(2000, 8000)
    pel(f"PS-03 pump P1 fault reset acknowledged by operator jdoe (no active faults)")
    r.tick(2000, 8000)
    hil("batch inserted", table="telemetry.pump_readings", rows=rng.randint(1100, 1300), took=f"{rng.randint(40, 90)}ms")
    return r.record("water", "Anything abnormal on the SCADA historian today?", sel("scada", "timescaledb"),
                    "INFO", "none", None,
                    "No incident: scheduled checkpoints, a nightly backup with retention cleanup, and normal pump state changes and alarm clearances.",
                    "Telemetry batches insert quickly, PostgreSQL checkpoints complete on schedule, the backup job finished without errors and pump events are routine.",
                    "None.")


@scenario("wa-ok-outage-map-quiet", "water")
def wa_ok_outage_map_quiet(rng):
    r = Rec(rng, start_time(rng, WA, 20, 23), "ns")
    proj, loc, cl = "wtr-prod-ops", "us-central1", "wtr-gke-prod"
    nodes = [f"gke-{cl}-default-pool-{hexs(rng, 8)}-{sfx(rng, 4)}" for _ in range(3)]
    h = rs_hash(rng)
    pods = [f"outage-map-api-{h}-{sfx(rng)}" for _ in range(3)]
    L = [L_gke(proj, loc, cl, "outage", p, "outage-map-api") for p in pods]
    Lcl = L_gke_cluster(proj, loc, cl)
    oid = f"OUT-{rng.randint(4000, 4999)}"

    def zap(i, msg, **kw):
        d = {"level": "info", "ts": float(ep_float(r.t)), "caller": "api/handlers.go:88", "msg": msg}
        d.update(kw)
        r.add(L[i], jd(d))

    r.tick(0)
    zap(0, "served", path="/api/outages/active", status=200, ms=rng.randint(3, 15))
    r.tick(2000, 8000)
    zap(1, "outage status changed", outage=oid, status="RESOLVED", restored_addresses=rng.randint(1800, 2600))
    r.tick(2000, 8000)
    zap(2, "served", path=f"/api/outages/{oid}", status=200, ms=rng.randint(3, 15))
    r.tick(5000, 20000)
    zap(0, "active outages", count=0, planned_works=rng.randint(1, 3))
    r.tick(30000, 90000)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "SuccessfulRescale", "New size: 2; reason: All metrics below target", "HorizontalPodAutoscaler", "outage", "outage-map-api", "horizontal-pod-autoscaler"))
    r.tick(5, 100)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled down replica set outage-map-api-{h} to 2 from 3", "Deployment", "outage", "outage-map-api", "deployment-controller"))
    r.tick(5, 200)
    r.add(L_gke_pod(proj, loc, cl, "outage", pods[2]), ev_json(rng, r.t, r.t, "Normal", "Killing", "Stopping container outage-map-api", "Pod", "outage", pods[2], "kubelet", host=nodes[2], fieldpath="spec.containers{outage-map-api}"))
    r.tick(1, 50)
    zap(2, "shutting down: draining connections", active=0)
    r.tick(50, 400)
    zap(2, "server stopped", exit_code=0)
    r.tick(5000, 20000)
    zap(1, "served", path="/api/tiles/13/1937/3160.pbf", status=304, ms=rng.randint(1, 5))
    r.tick(5000, 20000)
    zap(0, "served", path="/api/outages/active", status=200, ms=rng.randint(3, 15))
    r.tick(5000, 20000)
    zap(1, "planned works published", count=rng.randint(1, 3), next_window="Sat 06:00-14:00")
    return r.record("water", "The outage map scaled down tonight - is everything fine?", sel("outage", "outage-map-api"),
                    "INFO", "none", None,
                    "No incident: an outage was resolved and the HPA scaled the outage map back down as load dropped.",
                    "outage-map-api serves requests normally, an outage moved to RESOLVED, the HPA scaled from 3 to 2 and the removed pod drained and exited cleanly.",
                    "None.")
# =========================================================================== court e-filing (batch 1)
CT = COURT_OFF


def case_no(rng, kind=None):
    return f"{rng.randint(2025, 2026)}-{kind or rng.choice(['CV', 'CR', 'FA', 'PR'])}-{rng.randint(1, 19999):06d}"


@scenario("ct-crit-db-wraparound", "court")
def ct_crit_db_wraparound(rng):
    r = Rec(rng, start_time(rng, CT, 9, 16), "ns")
    nodes = [f"worker-{i}.ocp.courts.internal" for i in rng.sample(range(1, 10), 3)]
    db = f"cms-db-instance1-{sfx(rng, 4)}-0"
    cms = dpod(rng, "cms-api")
    gw = dpod(rng, "efile-gateway")
    cal = dpod(rng, "judges-calendar")
    Ldb = L_ocp("efiling", db, "database", nodes[0])
    Lcms = L_ocp("efiling", cms, "cms-api", nodes[1])
    Lgw = L_ocp("efiling", gw, "efile-gateway", nodes[2])
    Lcal = L_ocp("efiling", cal, "judges-calendar", nodes[1])

    def pg(msg, who=True, pid=None):
        r.add(Ldb, f"{pg_ts(r.t, 0)} [{pid or rng.randint(1000, 99999)}] {'cms_app@cms ' if who else ''}{msg}")

    def cmsl(lvl, logger, msg, ev=False):
        r.add(Lcms, spring3(r.t, CT, lvl, "cms-api", f"http-nio-8080-exec-{rng.randint(1, 40)}", logger, msg), ev=ev)

    def gwl(lvl, msg, ev=False, **kw):
        d = {"level": lvl, "ts": iso_go(r.t), "caller": "submit/handler.go:214", "msg": msg}
        d.update(kw)
        r.add(Lgw, jd(d), ev=ev)

    wrap_err = "ERROR: database is not accepting commands to avoid wraparound data loss in database \"cms\""
    r.tick(0)
    cmsl("INFO", "g.c.cms.filing.FilingService", f"Filing accepted for case {case_no(rng, 'CV')}: 3 documents, envelope {uuid4(rng)}")
    r.tick(2000, 6000)
    wpid = rng.randint(1000, 99999)
    pg(f"WARNING:  database \"cms\" must be vacuumed within {rng.randint(1000000, 3000000)} transactions", pid=wpid)
    r.ev.append(len(r.logs) - 1)
    r.tick(0, 2)
    pg("HINT:  To avoid a database shutdown, execute a database-wide VACUUM in that database.", pid=wpid)
    r.tick(1000, 4000)
    avpid = rng.randint(1000, 99999)
    pg("WARNING:  oldest xmin is far in the past", who=False, pid=avpid)
    r.ev.append(len(r.logs) - 1)
    r.tick(0, 2)
    pg("HINT:  Close open transactions soon to avoid wraparound problems. You might also need to commit or roll back old prepared transactions, or drop stale replication slots.", who=False, pid=avpid)
    r.tick(3000, 9000)
    epid = rng.randint(1000, 99999)
    pg(wrap_err.replace("ERROR: ", "ERROR:  "), pid=epid)
    r.ev.append(len(r.logs) - 1)
    r.tick(0, 2)
    pg("HINT:  Stop the postmaster and vacuum that database in single-user mode.", pid=epid)
    r.tick(1, 20)
    cmsl("ERROR", "g.c.cms.filing.FilingService", f"Filing submission failed for case {case_no(rng)}: org.postgresql.util.PSQLException: {wrap_err}", ev=True)
    r.tick(1, 20)
    gwl("error", "submission rejected", ev=True, status=503, reason="case management unavailable", envelope=uuid4(rng))
    r.tick(2000, 5000)
    r.add(Lcal, f"{py_ts(r.t)} INFO judges_calendar.views GET /calendar/judge/{rng.randint(100, 499)} week view rendered in {rng.randint(40, 140)} ms")
    r.tick(2000, 5000)
    cmsl("ERROR", "g.c.cms.docket.DocketEntryService", f"Could not add docket entry to case {case_no(rng)}: org.postgresql.util.PSQLException: {wrap_err}", ev=True)
    r.tick(1000, 4000)
    pg(wrap_err.replace("ERROR: ", "ERROR:  "))
    r.ev.append(len(r.logs) - 1)
    r.tick(1, 20)
    cmsl("ERROR", "g.c.cms.filing.FilingService", f"Filing submission failed for case {case_no(rng)}: org.postgresql.util.PSQLException: {wrap_err}", ev=True)
    r.tick(1, 20)
    gwl("error", "submission rejected", ev=True, status=503, reason="case management unavailable", envelope=uuid4(rng))
    r.tick(5000, 20000)
    gwl("warn", "submission retry queue growing", ev=True, queued=rng.randint(120, 260), oldest="11m", filing_deadline_today=rng.randint(15, 40))
    r.tick(3000, 9000)
    r.add(Lcal, f"{py_ts(r.t)} INFO judges_calendar.views GET /calendar/courtroom/{rng.randint(1, 30)} day view rendered in {rng.randint(40, 140)} ms")
    r.tick(2000, 6000)
    cmsl("ERROR", "g.c.cms.filing.FilingService", f"Filing submission failed for case {case_no(rng)}: org.postgresql.util.PSQLException: {wrap_err}", ev=True)
    return r.record("court", "Why is e-filing rejecting every submission since this morning?", sel("efiling", "cms-db"),
                    "CRITICAL", "database", "cms-db",
                    "The cms PostgreSQL database reached the transaction-ID wraparound safety limit (vacuum could not advance because of a very old xmin), so it refuses every command that needs a new transaction ID.",
                    "cms-db stopped accepting writes to avoid wraparound data loss; every filing and docket entry fails in cms-api, efile-gateway answers 503 and submissions with same-day deadlines are piling up, while read-only pages still work.",
                    "Find and end the transaction, prepared transaction or replication slot holding the old xmin, then run a database-wide VACUUM (FREEZE) of cms (single-user mode if required); re-enable writes and replay the queued submissions.")


@scenario("ct-crit-probe-pdf-stamp", "court")
def ct_crit_probe_pdf_stamp(rng):
    r = Rec(rng, start_time(rng, CT, 8, 15), "ns")
    proj, loc, cl = "courts-efile-prod", "us-east4", "efile-autopilot"
    nodes = [f"gk3-{cl}-pool-2-{hexs(rng, 8)}-{sfx(rng, 4)}" for _ in range(3)]
    oh, nh = rs_hash(rng), rs_hash(rng)
    pods = [f"pdf-stamp-{nh}-{sfx(rng)}" for _ in range(2)]
    ips = [ip(rng, 10, 52) for _ in pods]
    gw = dpod(rng, "efile-gateway")
    L = [L_gke(proj, loc, cl, "efiling", p, "pdf-stamp") for p in pods]
    Lp = [L_gke_pod(proj, loc, cl, "efiling", p) for p in pods]
    Lcl = L_gke_cluster(proj, loc, cl)
    Lgw = L_gke(proj, loc, cl, "efiling", gw, "efile-gateway")
    uids = [uuid4(rng) for _ in pods]

    def sp(i, lvl, logger, msg, ev=False):
        r.add(L[i], spring3(r.t, None, lvl, "pdf-stamp", "main", logger, msg), ev=ev)

    def start(i):
        sp(i, "INFO", "g.c.efile.stamp.PdfStampApplication", "Starting PdfStampApplication v5.2.0 using Java 21.0.2 with PID 1 (/app/pdf-stamp.jar started by app in /app)")

    def probe(i, first, count):
        r.add(Lp[i], ev_json(rng, r.t, first, "Warning", "Unhealthy",
                             f"Startup probe failed: Get \"http://{ips[i]}:8080/actuator/health/liveness\": dial tcp {ips[i]}:8080: connect: connection refused",
                             "Pod", "efiling", pods[i], "kubelet", host=nodes[i], count=count, fieldpath="spec.containers{pdf-stamp}"), ev=True)

    def kill(i, first, count):
        r.add(Lp[i], ev_json(rng, r.t, first, "Normal", "Killing", "Container pdf-stamp failed startup probe, will be restarted",
                             "Pod", "efiling", pods[i], "kubelet", host=nodes[i], count=count, fieldpath="spec.containers{pdf-stamp}"), ev=True)

    r.tick(0)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled down replica set pdf-stamp-{oh} to 0 from 2", "Deployment", "efiling", "pdf-stamp", "deployment-controller"))
    r.tick(2000, 5000)
    r.add(Lcl, ev_json(rng, r.t, r.t, "Normal", "ScalingReplicaSet", f"Scaled up replica set pdf-stamp-{nh} to 2", "Deployment", "efiling", "pdf-stamp", "deployment-controller"))
    r.tick(8000, 15000)
    t0 = r.t
    start(0)
    r.tick(100, 900)
    start(1)
    r.tick(4000, 7000)
    sp(0, "INFO", "g.c.efile.stamp.fonts.FontCache", "Warming font cache: 1284 fonts from /opt/fonts (seal and signature fonts)")
    r.tick(200, 900)
    sp(1, "INFO", "g.c.efile.stamp.fonts.FontCache", "Warming font cache: 1284 fonts from /opt/fonts (seal and signature fonts)")
    r.tick(30000, 40000)
    sp(0, "INFO", "g.c.efile.stamp.fonts.FontCache", f"Font cache warm-up {rng.randint(58, 66)}% ({rng.randint(745, 847)}/1284)", ev=True)
    r.tick(10000, 15000)
    probe(0, t0 + 10 * US, 30)
    r.tick(1, 40)
    kill(0, r.t, 1)
    r.tick(500, 1500)
    probe(1, t0 + 10 * US, 30)
    r.tick(1, 40)
    kill(1, r.t, 1)
    r.tick(2000, 6000)
    r.add(Lgw, jd({"level": "warn", "ts": iso_go(r.t), "caller": "stamp/client.go:77", "msg": "no pdf-stamp endpoint available; filings held for stamping",
                   "queue_depth": rng.randint(90, 160), "oldest": f"{rng.randint(4, 7)}m"}), ev=True)
    r.tick(1000, 3000)
    start(0)
    t1 = r.t
    r.tick(60000, 70000)
    kill(0, t1, 2)
    r.tick(2000, 5000)
    start(1)
    r.tick(60000, 70000)
    kill(1, t1, 2)
    r.tick(10000, 20000)
    r.add(Lp[0], ev_json(rng, r.t, t1, "Warning", "BackOff", f"Back-off restarting failed container pdf-stamp in pod {pods[0]}_efiling({uids[0]})",
                         "Pod", "efiling", pods[0], "kubelet", host=nodes[0], count=3, fieldpath="spec.containers{pdf-stamp}"), ev=True)
    r.tick(5000, 15000)
    r.add(Lgw, jd({"level": "error", "ts": iso_go(r.t), "caller": "stamp/client.go:77", "msg": "no pdf-stamp endpoint available; filings held for stamping",
                   "queue_depth": rng.randint(300, 450), "oldest": f"{rng.randint(14, 19)}m"}), ev=True)
    return r.record("court", "Filed documents are not being stamped since the pdf-stamp release - what is wrong?", sel("efiling", "pdf-stamp"),
                    "CRITICAL", "probe_failure", "pdf-stamp",
                    "The new pdf-stamp version warms a font cache at start-up and needs well over a minute before its HTTP port opens, but the startup probe allows only about 60 seconds, so the kubelet kills every container before it finishes starting.",
                    "Both pdf-stamp replicas (Recreate rollout) are killed by the failing startup probe on every attempt and are now in back-off; no stamping endpoint exists and filings are piling up unstamped.",
                    "Raise the startupProbe failureThreshold/periodSeconds of pdf-stamp (or make the font warm-up lazy/asynchronous), redeploy and confirm both replicas become ready and the stamping queue drains.")


@scenario("ct-crit-config-esign", "court")
def ct_crit_config_esign(rng):
    r = Rec(rng, start_time(rng, CT, 8, 16), "us")
    vm = f"aks-apps-{rng.randint(10000000, 99999999)}-vmss0000"
    nodes = [vm + f"{i:02d}" for i in rng.sample(range(0, 12), 3)]
    h = rs_hash(rng)
    pods = [f"esign-service-{h}-{sfx(rng)}" for _ in range(2)]
    uids = [uuid4(rng) for _ in pods]
    jp = dpod(rng, "judges-portal")
    L = [L_azure("courts", p, "esign-service", nodes[i]) for i, p in enumerate(pods)]
    Le = [L_azure("courts", p, "esign-service", nodes[i], "stderr") for i, p in enumerate(pods)]
    Ljp = L_azure("courts", jp, "judges-portal", nodes[2])
    exc = ("Unhandled exception. Microsoft.Extensions.Options.OptionsValidationException: DataAnnotation validation failed for 'SigningOptions' members: "
           "'KeyVaultUri' with the error: 'The KeyVaultUri field is required.'.")

    def dn(i, lvl, cat, eid, msg):
        r.add(L[i], f"{iso(r.t, 3)} {lvl}: {cat}[{eid}] {msg}")

    def jpl(lvl, msg, ev=False):
        r.add(Ljp, jd({"Timestamp": iso(r.t, 3), "EventId": 0, "LogLevel": lvl, "Category": "Courts.JudgesPortal.Orders.SigningClient", "Message": msg}), ev=ev)

    r.tick(0)
    r.add(L_azure_ev("default", "Node", nodes[0]), azure_ev(r.t, r.t, "Normal", "NodeNotSchedulable", f"Node {nodes[0]} status is now: NodeNotSchedulable", "Node", "default", nodes[0], "kubelet"))
    r.tick(20000, 40000)
    t0 = r.t
    dn(0, "info", "Courts.ESign.Program", 0, "Starting esign-service 4.3.0 (Production)")
    r.tick(200, 600)
    r.add(Le[0], exc, ev=True)
    r.tick(0, 3)
    r.add(Le[0], "   at Microsoft.Extensions.Options.OptionsFactory`1.Create(String name)")
    r.tick(1000, 3000)
    dn(1, "info", "Courts.ESign.Program", 0, "Starting esign-service 4.3.0 (Production)")
    r.tick(200, 600)
    r.add(Le[1], exc, ev=True)
    r.tick(2000, 5000)
    jpl("Error", "POST https://esign-service.courts.svc/api/v1/sign returned 503 Service Unavailable; order " + case_no(rng, "CR") + " not signed", ev=True)
    r.tick(8000, 15000)
    r.add(L_azure_ev("courts", "Pod", nodes[0]), azure_ev(r.t, t0, "Warning", "BackOff", f"Back-off restarting failed container esign-service in pod {pods[0]}_courts({uids[0]})", "Pod", "courts", pods[0], "kubelet", 3), ev=True)
    r.tick(500, 2000)
    r.add(L_azure_ev("courts", "Pod", nodes[1]), azure_ev(r.t, t0, "Warning", "BackOff", f"Back-off restarting failed container esign-service in pod {pods[1]}_courts({uids[1]})", "Pod", "courts", pods[1], "kubelet", 3), ev=True)
    r.tick(10000, 20000)
    dn(0, "info", "Courts.ESign.Program", 0, "Starting esign-service 4.3.0 (Production)")
    r.tick(200, 600)
    r.add(Le[0], exc, ev=True)
    r.tick(5000, 15000)
    jpl("Error", "POST https://esign-service.courts.svc/api/v1/sign returned 503 Service Unavailable; order " + case_no(rng, "FA") + " not signed", ev=True)
    r.tick(200, 900)
    jpl("Warning", f"{rng.randint(12, 30)} orders waiting for signature; judges notified that e-signing is unavailable", ev=True)
    r.tick(20000, 40000)
    dn(1, "info", "Courts.ESign.Program", 0, "Starting esign-service 4.3.0 (Production)")
    r.tick(200, 600)
    r.add(Le[1], exc, ev=True)
    r.tick(20000, 40000)
    r.add(L_azure_ev("courts", "Pod", nodes[0]), azure_ev(r.t, t0, "Warning", "BackOff", f"Back-off restarting failed container esign-service in pod {pods[0]}_courts({uids[0]})", "Pod", "courts", pods[0], "kubelet", 7), ev=True)
    r.tick(1000, 3000)
    r.add(L_azure_ev("courts", "Pod", nodes[1]), azure_ev(r.t, t0, "Warning", "BackOff", f"Back-off restarting failed container esign-service in pod {pods[1]}_courts({uids[1]})", "Pod", "courts", pods[1], "kubelet", 6), ev=True)
    return r.record("court", "Judges cannot sign orders - is the e-signature service down?", sel("courts", "esign-service"),
                    "CRITICAL", "config_error", "esign-service",
                    "esign-service requires Signing:KeyVaultUri, but the setting is missing from its configuration (the ConfigMap/Secret no longer provides it), so options validation throws at start-up.",
                    "After the node upgrade recreated them, both esign-service pods crash on start with OptionsValidationException (KeyVaultUri required) and are in CrashLoopBackOff; judges-portal gets 503 and orders cannot be signed.",
                    "Restore the Signing__KeyVaultUri setting in esign-service's ConfigMap/Secret (or fix the renamed key), restart the Deployment and verify signing works.")


@scenario("ct-err-app-docket-search", "court")
def ct_err_app_docket_search(rng):
    r = Rec(rng, start_time(rng, CT, 9, 17), "us")
    cl = "courts-eks-public"
    nodes = [f"ip-10-80-{rng.randint(16, 63)}-{rng.randint(2, 250)}.ec2.internal" for _ in range(3)]
    h = rs_hash(rng)
    pods = [f"docket-search-{h}-{sfx(rng)}" for _ in range(2)]
    ing = dpod(rng, "ingress-nginx-controller")
    L = [L_datadog(cl, "docket", p, "docket-search", nodes[i], "docket-search", "java") for i, p in enumerate(pods)]
    Li = L_datadog(cl, "ingress-nginx", ing, "controller", nodes[2], "ingress-nginx", "nginx-ingress-controller")
    ups = [ip(rng, 10, 80) + ":8080" for _ in pods]
    npe = ("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: "
           "java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.getYear()\" because the return value of "
           "\"gov.courts.docket.model.CaseSummary.getFiledDate()\" is null] with root cause")
    names = ["smith", "garcia", "johnson", "nguyen", "williams", "brown", "lee", "martinez"]

    def web(i, q, code, size, rt):
        r.add(Li, ingress_nginx(rng, r.t, f"{rng.randint(60, 200)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}", "GET",
                                f"/api/docket/search?q={q}&court={rng.choice(['civil', 'criminal', 'family', 'probate'])}&page=1", code, size,
                                "https://docket.courts.example/", rng.choice([UA_FF, UA_IOS]), "docket-docket-search-8080", ups[i], rt), ev=code >= 500)

    def sp(i, lvl, logger, msg, ev=False, thread=None):
        r.add(L[i], spring3(r.t, None, lvl, "docket-search", thread or f"nio-8080-exec-{rng.randint(1, 30)}", logger, msg), ev=ev)

    def fail(i):
        q = rng.choice(names)
        r.tick(0)
        sp(i, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", npe, ev=True)
        r.tick(1, 15)
        web(i, q, 500, rng.randint(100, 200), rng.randint(30, 90) / 1000)

    def ok(i):
        q = rng.choice(names)
        sp(i, "INFO", "g.c.docket.search.SearchController", f"search q=\"{q}\" hits={rng.randint(3, 400)} took={rng.randint(15, 90)}ms")
        r.tick(1, 15)
        web(i, q, 200, rng.randint(4000, 30000), rng.randint(20, 100) / 1000)

    r.tick(0)
    ok(0)
    r.tick(2000, 6000)
    fail(1)
    r.tick(2000, 6000)
    ok(1)
    r.tick(2000, 6000)
    ok(0)
    r.tick(3000, 9000)
    fail(0)
    r.tick(3000, 9000)
    sp(0, "WARN", "g.c.docket.search.ResultMapper", f"case {case_no(rng)} (sealed=false, expunged=true) has no filed date; result mapping may fail", ev=True)
    r.tick(3000, 9000)
    ok(1)
    r.tick(10000, 30000)
    fail(1)
    r.tick(20000, 60000)
    sp(1, "INFO", "g.c.docket.search.metrics.ErrorBudget", f"last 15m: {rng.randint(3100, 4200)} searches, {rng.randint(180, 260)} failed with 5xx (6.{rng.randint(0, 9)}%)", ev=True, thread="scheduling-1")
    r.tick(2000, 6000)
    fail(0)
    return r.record("court", "Some public docket searches return an error page - what is going on?", sel("docket", "docket-search"),
                    "ERROR", "application_error", "docket-search",
                    "docket-search maps every result's filed date without a null check; expunged cases without a filed date make the mapper throw a NullPointerException and the request fails with 500.",
                    "A steady ~6% of public docket searches fail with HTTP 500 from an unhandled NullPointerException in docket-search, on both replicas; other searches work and the pods stay up.",
                    "Fix the result mapping in docket-search to handle cases without a filed date (or exclude expunged cases from results) and deploy; confirm the 5xx rate returns to zero.")


@scenario("ct-err-conn-clamav", "court")
def ct_err_conn_clamav(rng):
    r = Rec(rng, start_time(rng, CT, 9, 16), "us")
    nodes = [f"pool-courts-{sfx(rng, 5)}" for _ in range(3)]
    fu = dpod(rng, "filing-upload")
    ing = dpod(rng, "ingress-nginx-controller")
    Lfu = L_promtail("efiling", fu, "filing-upload", nodes[0], "filing-upload")
    Lfue = L_promtail("efiling", fu, "filing-upload", nodes[0], "filing-upload", "stderr")
    Lcv0 = L_promtail("efiling", "clamav-0", "clamav", nodes[1], "clamav")
    Lcv1 = L_promtail("efiling", "clamav-1", "clamav", nodes[2], "clamav")
    Li = L_promtail("ingress-nginx", ing, "controller", nodes[2], "ingress-nginx")
    cvip1 = ip(rng, 10, 245)
    fuup = ip(rng, 10, 245) + ":8080"
    docs = ["motion-to-dismiss.pdf", "exhibit-a.pdf", "proposed-order.pdf", "affidavit.pdf", "complaint.pdf", "notice-of-appearance.pdf"]

    def lg(lvl, msg, L=Lfu, ev=False, **kw):
        d = {"level": lvl, "msg": msg}
        d.update(kw)
        d["time"] = iso(r.t, 0, CT)
        r.add(L, jd(d), ev=ev)

    def web(code, size, rt, ev=False):
        r.add(Li, ingress_nginx(rng, r.t, f"{rng.randint(60, 200)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}", "POST",
                                "/api/filings/upload", code, size, "https://efile.courts.example/submit", UA_FF,
                                "efiling-filing-upload-8080", fuup, rt), ev=ev)

    def ok():
        lg("info", "upload stored", file=rng.choice(docs), size=rng.randint(80000, 9000000), scan="OK", envelope=uuid4(rng))
        r.tick(1, 10)
        web(201, rng.randint(300, 500), rng.randint(400, 1500) / 1000)

    def fail():
        d = rng.choice(docs)
        lg("error", "virus scan failed", Lfue, True, file=d, size=rng.randint(80000, 9000000),
           error=f"dial tcp {cvip1}:3310: connect: connection refused")
        r.tick(1, 10)
        lg("warning", "upload rejected: virus scanning unavailable", Lfue, True, file=d, status=503)
        r.tick(1, 10)
        web(503, rng.randint(150, 250), rng.randint(5, 40) / 1000, True)

    r.tick(0)
    ok()
    r.tick(10000, 30000)
    fail()
    r.tick(5000, 20000)
    ok()
    r.tick(5000, 20000)
    r.add(Lcv0, f"{ctime_ts(r.t)} -> SelfCheck: Database status OK.")
    r.tick(5000, 20000)
    fail()
    r.tick(10000, 30000)
    r.add(Lcv1, f"ClamAV update process started at {ctime_ts(r.t)}")
    r.tick(100, 900)
    r.add(Lcv1, f"daily.cld database is up-to-date (version: {rng.randint(27100, 27300)}, sigs: {rng.randint(2050000, 2070000)}, f-level: 90, builder: raynman)")
    r.tick(1, 20)
    r.add(Lcv1, "main.cvd database is up-to-date (version: 62, sigs: 6647427, f-level: 90, builder: sigmgr)")
    r.tick(5000, 20000)
    ok()
    r.tick(10000, 30000)
    fail()
    r.tick(20000, 60000)
    lg("warning", "scan backend health", Lfue, True, backend="clamav.efiling.svc:3310", refused_endpoint=f"{cvip1}:3310",
       failed_scans_15m=rng.randint(60, 90), total_scans_15m=rng.randint(150, 180), since="14m")
    r.tick(5000, 20000)
    fail()
    return r.record("court", "Some filers get 'service unavailable' when uploading documents", sel("efiling", "clamav"),
                    "ERROR", "connection_refused", "clamav",
                    "clamd in the clamav-1 pod is not accepting connections on port 3310 (only freshclam is running in that container), yet the pod stays behind the clamav Service, so scans routed to it are refused.",
                    "About half of all document uploads fail: whenever filing-upload's scan request lands on clamav-1 it gets connection refused and rejects the upload with 503, while scans on clamav-0 succeed; the failures keep recurring.",
                    "Restart clamav-1 and check that clamd starts and listens on 3310 (and add a readiness check on the clamd port), then confirm uploads are accepted again.")


@scenario("ct-err-fd-doc-ingest", "court")
def ct_err_fd_doc_ingest(rng):
    r = Rec(rng, start_time(rng, CT, 9, 17), "us")
    cl = "tkg-courts-wl"
    nodes = [f"{cl}-md-0-{sfx(rng, 5)}-{sfx(rng, 5)}" for _ in range(3)]
    di = dpod(rng, "doc-ingest")
    di2 = f"doc-ingest-{di.split('-')[2]}-{sfx(rng)}"
    env = f"envoy-{sfx(rng)}"
    Ldi = L_fluentbit("efiling", di, "doc-ingest", nodes[0])
    Ldi2 = L_fluentbit("efiling", di2, "doc-ingest", nodes[2])
    Ldie = L_fluentbit("efiling", di, "doc-ingest", nodes[0], "stderr")
    Le = L_fluentbit("tanzu-system-ingress", env, "envoy", nodes[1])
    up = ip(rng, 10, 96) + ":8080"
    n = [rng.randint(381000, 389000)]

    def app(lvl, msg, ev=False, L=None, **kw):
        extra = " ".join(f"{k}={json.dumps(str(v)) if ' ' in str(v) else v}" for k, v in kw.items())
        r.add(L or Ldi, f"ts={iso_go(r.t)} level={lvl} caller=ingest/store.go:{rng.randint(80, 160)} msg=\"{msg}\" {extra}".rstrip(), ev=ev)

    up2 = ip(rng, 10, 96) + ":8080"

    def envoy(code, flags, dur, sent, path="/api/v1/documents", ev=False, host=None):
        r.add(Le, (f"[{iso(r.t, 3)}] \"POST {path} HTTP/1.1\" {code} {flags} {rng.randint(80000, 900000)} {sent} {dur} {dur if code < 500 else '-'} "
                   f"\"{rng.randint(10, 172)}.{rng.randint(0, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}\" \"efile-gateway/3.1\" \"{uuid4(rng)}\" \"doc-ingest.courts.internal\" \"{host or up}\""), ev=ev)

    r.tick(0)
    n[0] += 1
    app("info", "document stored", doc=f"upload-{n[0]}.pdf", pages=rng.randint(1, 80), took=f"{rng.randint(80, 300)}ms")
    r.tick(1, 20)
    envoy(201, "-", rng.randint(90, 320), rng.randint(200, 400))
    r.tick(5000, 15000)
    app("warn", "open file descriptors high", True, open_fds=rng.randint(990, 1010), limit=1024)
    r.tick(3000, 9000)
    n[0] += 1
    app("error", "document store failed", True, Ldie, doc=f"upload-{n[0]}.pdf",
        err=f"open /var/tmp/doc-ingest/upload-{n[0]}.pdf: too many open files")
    r.tick(1, 20)
    envoy(500, "-", rng.randint(2, 10), rng.randint(60, 120), ev=True)
    r.tick(100, 1500)
    r.add(Ldie, f"{naive(r.t, 0, 0).replace('-', '/')} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 5ms", ev=True)
    r.tick(200, 1500)
    r.add(Ldie, f"{naive(r.t, 0, 0).replace('-', '/')} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s", ev=True)
    r.tick(1000, 3000)
    envoy(503, "UF", 0, 91, ev=True)
    r.tick(5000, 15000)
    n[0] += 1
    app("error", "document store failed", True, Ldie, doc=f"upload-{n[0]}.pdf",
        err=f"open /var/tmp/doc-ingest/upload-{n[0]}.pdf: too many open files")
    r.tick(1, 20)
    envoy(500, "-", rng.randint(2, 10), rng.randint(60, 120), ev=True)
    r.tick(3000, 9000)
    n[0] += 1
    app("info", "document stored", L=Ldi2, doc=f"upload-{n[0]}.pdf", pages=rng.randint(1, 80), took=f"{rng.randint(80, 300)}ms")
    r.tick(1, 20)
    envoy(201, "-", rng.randint(90, 320), rng.randint(200, 400), host=up2)
    r.tick(5000, 15000)
    app("info", "ocr worker finished", doc=f"upload-{n[0] - rng.randint(20, 40)}.pdf", pages=rng.randint(1, 80), took=f"{rng.randint(2, 9)}.{rng.randint(0, 9)}s")
    r.tick(10000, 30000)
    app("warn", "open file descriptors high", True, open_fds=1024, limit=1024, temp_files_open=rng.randint(900, 990))
    r.tick(1000, 5000)
    r.add(Ldie, f"{naive(r.t, 0, 0).replace('-', '/')} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s", ev=True)
    r.tick(500, 2000)
    envoy(503, "UF", 0, 91, ev=True)
    r.tick(5000, 15000)
    n[0] += 1
    app("error", "document store failed", True, Ldie, doc=f"upload-{n[0]}.pdf",
        err=f"open /var/tmp/doc-ingest/upload-{n[0]}.pdf: too many open files")
    return r.record("court", "Document submissions are failing intermittently with 500/503 - why?", sel("efiling", "doc-ingest"),
                    "ERROR", "resource_exhausted", "doc-ingest",
                    "doc-ingest leaks file descriptors for temporary upload files and has reached its 1024 open-file limit, so it can neither open new temp files nor accept new connections.",
                    "One doc-ingest replica sits at 1024/1024 file descriptors: its document stores fail with 'too many open files', its HTTP server cannot accept connections and Envoy returns 500/503 for the submissions routed to it, while the other replica works; the pod is not restarting so the failures continue.",
                    "Restart the exhausted doc-ingest pod to release the descriptors now, then fix the temp-file leak (close files after OCR/store) and/or raise its nofile limit.")


@scenario("ct-err-auth-signing-connector", "court")
def ct_err_auth_signing_connector(rng):
    r = Rec(rng, start_time(rng, CT, 9, 16), "us")
    cl = "courts-rke2"
    nodes = [f"courts-rke2-agent-{i}" for i in rng.sample(range(1, 8), 3)]
    sc = dpod(rng, "signing-connector")
    wf = dpod(rng, "order-workflow")
    Lsc = L_elastic(cl, "courts", sc, "signing-connector", nodes[0])
    Lsce = L_elastic(cl, "courts", sc, "signing-connector", nodes[0], "stderr")
    Lwf = L_elastic(cl, "courts", wf, "order-workflow", nodes[1])
    Lev = L_elastic_ev(cl, "courts")
    kid = uuid4(rng)

    def pj(L, lvl, name, msg, ev=False):
        r.add(L, json.dumps({"asctime": py_ts(r.t), "name": name, "levelname": lvl, "message": msg}), ev=ev)

    def grant_fail():
        pj(Lsce, "ERROR", "signing_connector.auth",
           "JWT grant failed: POST https://account.esign-provider.example/oauth/token -> 400 {\"error\":\"invalid_grant\",\"error_description\":\"no_valid_keys_or_signatures\"}", True)

    def env_fail():
        pj(Lsce, "ERROR", "signing_connector.envelopes",
           f"create envelope for order {case_no(rng, rng.choice(['CR', 'FA', 'CV']))} failed: 401 Unauthorized {{\"errorCode\":\"USER_AUTHENTICATION_FAILED\",\"message\":\"One or both of Username and Password are invalid. Invalid access token\"}}", True)

    r.tick(0)
    pj(Lsc, "INFO", "signing_connector.envelopes", f"envelope {uuid4(rng)} sent for order {case_no(rng, 'CR')} (2 signers)")
    r.tick(5000, 20000)
    r.add(Lev, elastic_ev(r.t, "Normal", "Updated", "Updated Secret", "ExternalSecret", "signing-connector-jwt"), ev=True)
    r.tick(20000, 60000)
    pj(Lsc, "INFO", "signing_connector.auth", f"private key reloaded from /var/run/secrets/esign/jwt.pem (kid {kid})")
    r.tick(1000, 30000)
    grant_fail()
    r.tick(1, 30)
    env_fail()
    r.tick(1, 30)
    r.add(Lwf, f"{py_ts(r.t)} WARNING order_workflow.signing order {case_no(rng, 'CR')} could not be sent for signature; will retry in 5 minutes", ev=True)
    r.tick(10000, 40000)
    r.add(Lwf, f"{py_ts(r.t)} INFO order_workflow.docket order {case_no(rng, 'CV')} docketed (no signature required)")
    r.tick(60000, 180000)
    grant_fail()
    r.tick(1, 30)
    env_fail()
    r.tick(60000, 180000)
    grant_fail()
    r.tick(1, 30)
    env_fail()
    r.tick(1000, 5000)
    pj(Lsce, "WARNING", "signing_connector.health", f"{rng.randint(30, 60)} consecutive token failures since {rng.randint(30, 45)} min; signing disabled until credentials are fixed", True)
    r.tick(2000, 9000)
    r.add(Lwf, f"{py_ts(r.t)} WARNING order_workflow.signing {rng.randint(20, 45)} orders waiting for signature (oldest {rng.randint(35, 50)} min)", ev=True)
    return r.record("court", "Orders are not going out for signature - why?", sel("courts", "signing-connector"),
                    "ERROR", "auth_failure", "signing-connector",
                    "The JWT signing key in signing-connector's Secret was rotated by External Secrets, but the new key is not registered with the e-signature provider, so token requests fail with invalid_grant (no_valid_keys_or_signatures).",
                    "signing-connector cannot obtain access tokens since the secret update; every envelope creation fails with 401 and orders pile up waiting for signature, with no sign of recovery.",
                    "Register the new public key with the e-signature provider's integration (or roll the Secret back to the previous key), then restart signing-connector and let order-workflow resend the queued orders.")


def os_line(t, lvl, logger, node, msg):
    """OpenSearch log4j2 console pattern: [ISO8601][LEVEL][logger] [node] message"""
    return f"[{naive(t, 0, 3, sep='T', fsep=',')}][{lvl:<5}][{logger:<25}] [{node}] {msg}"


@scenario("ct-warn-timeout-opensearch", "court")
def ct_warn_timeout_opensearch(rng):
    r = Rec(rng, start_time(rng, CT, 10, 17), "us")
    cl = "courts-eks-search"
    nodes = [f"ip-10-82-{rng.randint(16, 63)}-{rng.randint(2, 250)}.ec2.internal" for _ in range(3)]
    ds = dpod(rng, "docket-search")
    Lds = L_otel(cl, "docket", ds, "docket-search", nodes[0])
    Los = L_otel(cl, "search", "opensearch-data-1", "opensearch", nodes[1], "opensearch")
    idx = "dockets-v7"
    gc = [rng.randint(400000, 420000)]
    names = ["smith", "garcia", "johnson", "nguyen", "williams", "brown", "lee", "martinez"]
    conn = [rng.randint(5, 30)]

    def sp(lvl, logger, msg, ev=False, thread=None):
        r.add(Lds, spring3(r.t, None, lvl, "docket-search", thread or f"nio-8080-exec-{rng.randint(1, 30)}", logger, msg), ev=ev)

    def ok():
        sp("INFO", "g.c.docket.search.SearchController", f"search q=\"{rng.choice(names)}\" hits={rng.randint(3, 400)} took={rng.randint(15, 90)}ms")

    def to():
        conn[0] += 1
        sp("WARN", "g.c.docket.search.SearchController",
           f"search q=\"{rng.choice(names)}\" failed, returning 504: java.net.SocketTimeoutException: 30,000 milliseconds timeout on connection http-outgoing-{conn[0]} [ACTIVE]", ev=True)

    def gcl(lvl, spent, last):
        gc[0] += rng.randint(20, 90)
        r.add(Los, os_line(r.t, lvl, "o.o.m.j.JvmGcMonitorService", "opensearch-data-1", f"[gc][{gc[0]}] overhead, spent [{spent}] collecting in the last [{last}]"), ev=True)

    r.tick(0)
    ok()
    r.tick(2000, 6000)
    r.add(Los, os_line(r.t, "INFO", "o.o.i.e.Engine", "opensearch-data-1", f"[{idx}][{rng.randint(0, 5)}] now throttling indexing: numMergesInFlight=10, maxNumMerges=9"), ev=True)
    r.tick(3000, 9000)
    gcl("WARN", f"{rng.randint(1, 2)}.{rng.randint(1, 9)}s", f"{rng.randint(2, 3)}.{rng.randint(0, 9)}s")
    r.tick(1000, 5000)
    took_ms = rng.randint(11000, 19999)
    r.add(Los, os_line(r.t, "WARN", "i.s.s.query", "opensearch-data-1",
                       f"[{idx}][{rng.randint(0, 5)}] took[{took_ms / 1000:.1f}s], took_millis[{took_ms}], total_hits[{rng.randint(100, 3000)} hits], "
                       f"search_type[QUERY_THEN_FETCH], total_shards[6], source[{{\"size\":25,\"query\":{{\"multi_match\":{{\"query\":\"{rng.choice(names)}\",\"fields\":[\"parties.name^3\",\"caption\"]}}}}}}], id[]"), ev=True)
    r.tick(5000, 15000)
    to()
    r.tick(2000, 8000)
    ok()
    r.tick(5000, 15000)
    to()
    r.tick(10000, 20000)
    gcl("WARN", f"{rng.randint(1, 2)}.{rng.randint(1, 9)}s", f"{rng.randint(2, 3)}.{rng.randint(0, 9)}s")
    r.tick(5000, 15000)
    to()
    r.tick(30000, 60000)
    r.add(Los, os_line(r.t, "INFO", "o.o.i.e.Engine", "opensearch-data-1", f"[{idx}][{rng.randint(0, 5)}] stop throttling indexing: numMergesInFlight=8, maxNumMerges=9"), ev=True)
    r.tick(10000, 30000)
    gcl("INFO", f"{rng.randint(250, 400)}ms", "1s")
    r.tick(5000, 15000)
    ok()
    r.tick(20000, 60000)
    sp("INFO", "g.c.docket.search.metrics.LatencyMonitor", f"search latency recovered: p95={rng.randint(120, 220)}ms over last 5m (peak p95 30.0s); 0 timeouts in last 2m", ev=True, thread="scheduling-1")
    r.tick(2000, 8000)
    ok()
    return r.record("court", "Docket search had some timeouts around lunchtime - anything to fix?", sel("search", "opensearch"),
                    "WARN", "timeout", "opensearch",
                    "A burst of segment merges on opensearch-data-1 caused heavy GC and indexing throttling, so some docket queries took longer than docket-search's 30 s client timeout.",
                    "For a few minutes a handful of docket searches timed out (504) while opensearch-data-1 was merging and collecting garbage; merges finished, GC overhead dropped and search latency returned to normal on its own.",
                    "No immediate action; optionally schedule force-merges/reindexing off-peak or add heap to the OpenSearch data nodes.")


@scenario("ct-err-sched-quota-index-job", "court")
def ct_err_sched_quota_index_job(rng):
    r = Rec(rng, start_time(rng, CT, 0, 3), "us")
    cl = "courts-onprem"
    nodes = [f"court-k8s-w{i:02d}" for i in rng.sample(range(1, 9), 3)]
    Lev = L_alloy_ev(cl, "docket", "docket")
    jid = rng.randint(29500000, 29599999)
    job = f"docket-index-rebuild-{jid}"
    ds = dpod(rng, "docket-search")
    Lds = L_alloy(cl, "docket", ds, "docket-search", nodes[0])
    eh = rs_hash(rng)

    def ev(etype, reason, kind, name, comp, msg, evid=False):
        api = {"Job": "batch/v1", "CronJob": "batch/v1", "Deployment": "apps/v1"}[kind]
        r.add(Lev, f"type={etype} reason={reason} kind={kind} objectAPIversion={api} objectRV={rng.randint(10 ** 7, 10 ** 8)} name={name} sourcecomponent={comp} msg={json.dumps(msg)}", ev=evid)

    def quota_msg():
        return (f"Error creating: pods \"{job}-{sfx(rng)}\" is forbidden: exceeded quota: docket-quota, requested: requests.memory=4Gi, "
                f"used: requests.memory=14Gi, limited: requests.memory=16Gi")

    r.tick(0)
    ev("Normal", "ScalingReplicaSet", "Deployment", "docket-export", "deployment-controller", f"Scaled up replica set docket-export-{eh} to 6 from 2")
    r.tick(60000, 600000)
    ev("Normal", "SuccessfulCreate", "CronJob", "docket-index-rebuild", "cronjob-controller", f"Created job {job}")
    r.tick(50, 400)
    ev("Warning", "FailedCreate", "Job", job, "job-controller", quota_msg(), True)
    r.tick(1000, 3000)
    ev("Warning", "FailedCreate", "Job", job, "job-controller", quota_msg(), True)
    r.tick(5000, 15000)
    r.add(Lds, f"ts={iso_go(r.t)} level=info caller=search/handler.go:64 msg=\"search\" q=\"{rng.choice(['smith', 'lee', 'brown'])}\" hits={rng.randint(3, 300)} took={rng.randint(10, 80)}ms")
    r.tick(20000, 60000)
    ev("Warning", "FailedCreate", "Job", job, "job-controller", quota_msg(), True)
    r.tick(120000, 300000)
    ev("Warning", "FailedCreate", "Job", job, "job-controller", quota_msg(), True)
    r.tick(300000, 900000)
    r.add(Lds, f"ts={iso_go(r.t)} level=info caller=search/handler.go:64 msg=\"search\" q=\"{rng.choice(['smith', 'lee', 'brown'])}\" hits={rng.randint(3, 300)} took={rng.randint(10, 80)}ms")
    r.tick(600000, 1200000)
    ev("Warning", "DeadlineExceeded", "Job", job, "job-controller", "Job was active longer than specified deadline", True)
    r.tick(50, 500)
    ev("Normal", "SawCompletedJob", "CronJob", "docket-index-rebuild", "cronjob-controller", f"Saw completed job: {job}, status: Failed", True)
    r.tick(60000, 300000)
    r.add(Lds, f"ts={iso_go(r.t)} level=warn caller=index/freshness.go:41 msg=\"index is stale\" index=dockets-v7 age=26h{rng.randint(0, 59)}m max_age=24h filings_missing={rng.randint(800, 1600)}", ev=True)
    r.tick(5000, 30000)
    r.add(Lds, f"ts={iso_go(r.t)} level=info caller=search/handler.go:64 msg=\"search\" q=\"{rng.choice(['garcia', 'nguyen', 'martinez'])}\" hits={rng.randint(3, 300)} took={rng.randint(10, 80)}ms")
    return r.record("court", "New filings from yesterday do not show up in the public docket search", sel("docket", "docket-index-rebuild"),
                    "ERROR", "scheduling", "docket-index-rebuild",
                    "The nightly docket-index-rebuild Job cannot create its pod because the docket namespace's ResourceQuota (16Gi requests.memory) is already used up (docket-export was scaled to 6 replicas).",
                    "Every pod creation for the nightly index rebuild was forbidden by the quota until the Job hit its deadline and failed; the search index is now over 26 hours old and yesterday's filings are missing from public search.",
                    "Free quota in the docket namespace (scale docket-export back or raise docket-quota), then trigger docket-index-rebuild manually and check the index freshness.")


@scenario("ct-warn-node-pleg-mk8s", "court")
def ct_warn_node_pleg_mk8s(rng):
    r = Rec(rng, start_time(rng, CT, 10, 16), "us")
    bad = "court-mk8s-3"
    good = ["court-mk8s-1", "court-mk8s-2"]
    h = rs_hash(rng)
    cal = [f"judges-calendar-{h}-{sfx(rng)}" for _ in range(2)]
    ee = dpod(rng, "event-exporter")
    Lcal = [L_promtail("courts", p, "judges-calendar", good[i], "judges-calendar") for i, p in enumerate(cal)]
    Lee = L_promtail("monitoring", ee, "event-exporter", good[0], "event-exporter")
    Lkl = L_journal(bad, "snap.microk8s.daemon-kubelite.service", "stdout")
    Lk = L_journal(bad, transport="kernel")
    kpid = rng.randint(1500, 3000)
    cpid = rng.randint(900, 1400)

    def calr(i):
        r.add(Lcal[i], f"{py_ts(r.t)} INFO judges_calendar.views GET /calendar/judge/{rng.randint(100, 499)} week view rendered in {rng.randint(40, 140)} ms")

    r.tick(0)
    calr(0)
    r.tick(2000, 8000)
    r.add(Lkl, klog("E", r.t, kpid, "remote_runtime.go:633", "\"ListPodSandbox with filter from runtime service failed\" err=\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\" filter=\"nil\""), ev=True)
    r.tick(20000, 60000)
    r.add(Lk, f"INFO: task containerd:{cpid} blocked for more than 120 seconds.", ev=True)
    r.tick(0, 2)
    r.add(Lk, "      Not tainted 5.15.0-94-generic #104-Ubuntu")
    r.tick(0, 2)
    r.add(Lk, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.")
    r.tick(3000, 9000)
    calr(1)
    r.tick(30000, 60000)
    pleg = f"PLEG is not healthy: pleg was last seen active 3m0.{rng.randint(100, 999)}s ago; threshold is 3m0s"
    r.add(Lkl, klog("E", r.t, kpid, "kubelet.go:2386", f"\"Skipping pod synchronization\" err=\"{pleg}\""), ev=True)
    r.tick(1, 50)
    cond = jd({"type": "Ready", "status": "False", "lastHeartbeatTime": iso(r.t, 0), "lastTransitionTime": iso(r.t, 0),
               "reason": "KubeletNotReady", "message": pleg})
    r.add(Lkl, klog("I", r.t, kpid, "setters.go:568", f"\"Node became not ready\" node=\"{bad}\" condition={cond}"), ev=True)
    r.tick(500, 2000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "NodeNotReady", f"Node {bad} status is now: NodeNotReady", "Node", "default", bad, "kubelet", host=bad), ev=True)
    r.tick(2000, 6000)
    calr(0)
    r.tick(5000, 15000)
    calr(1)
    r.tick(15000, 30000)
    r.add(Lee, ev_json(rng, r.t, r.t, "Normal", "NodeReady", f"Node {bad} status is now: NodeReady", "Node", "default", bad, "kubelet", host=bad), ev=True)
    r.tick(3000, 9000)
    r.add(Lkl, klog("I", r.t, kpid, "kubelet.go:2400", "\"SyncLoop (PLEG): event for pod\" pod=\"courts/judges-calendar-" + h + "-" + sfx(rng) + "\" event={\"ID\":\"" + uuid4(rng) + "\",\"Type\":\"ContainerStarted\",\"Data\":\"" + hexs(rng, 64) + "\"}"))
    r.tick(5000, 15000)
    calr(0)
    r.tick(2000, 8000)
    calr(1)
    return r.record("court", "One of the MicroK8s nodes flapped NotReady - do we need to act?", sel("courts", "judges-calendar"),
                    "WARN", "node_failure", bad,
                    f"containerd on {bad} hung for a few minutes (kernel hung-task warning), so the kubelet's runtime calls timed out, PLEG became unhealthy and the node reported NotReady.",
                    f"{bad} was NotReady for well under a minute after a containerd stall; it recovered to Ready before any pod eviction, and judges-calendar kept serving from the replicas on the other nodes.",
                    f"No immediate action; watch {bad} for repeated containerd stalls or disk latency and drain it if it happens again.")


@scenario("ct-ok-upload-scan-canary", "court")
def ct_ok_upload_scan_canary(rng):
    r = Rec(rng, start_time(rng, CT, 9, 17), "ns")
    cl = "courts-talos"
    nodes = [f"talos-{sfx(rng, 3)}-{sfx(rng, 3)}" for _ in range(3)]
    fu = dpod(rng, "filing-upload")
    jid = rng.randint(29500000, 29599999)
    can = f"scan-canary-{jid}-{sfx(rng)}"
    Lfu = L_alloy(cl, "efiling", fu, "filing-upload", nodes[0])
    Lcv = L_alloy(cl, "efiling", "clamav-0", "clamav", nodes[1])
    Lcn = L_alloy(cl, "efiling", can, "scan-canary", nodes[2])
    Lev = L_alloy_ev(cl, "efiling", "efiling")
    docs = ["motion-to-dismiss.pdf", "exhibit-b.pdf", "proposed-order.pdf", "affidavit.pdf", "brief.pdf"]

    def up(msg, **kw):
        d = {"level": "info", "msg": msg}
        d.update(kw)
        d["time"] = iso(r.t, 0, CT)
        r.add(Lfu, jd(d))

    def cv(msg):
        r.add(Lcv, f"{ctime_ts(r.t)} -> {msg}")

    r.tick(0)
    up("upload stored", file=rng.choice(docs), size=rng.randint(80000, 9000000), scan="OK", envelope=uuid4(rng))
    r.tick(3000, 9000)
    r.add(Lev, f"type=Normal reason=SuccessfulCreate kind=CronJob objectAPIversion=batch/v1 objectRV={rng.randint(10 ** 7, 10 ** 8)} name=scan-canary sourcecomponent=cronjob-controller msg=\"Created job scan-canary-{jid}\"")
    r.tick(3000, 6000)
    r.add(Lcn, f"{py_ts(r.t)} INFO scan_canary submitting EICAR test file to clamav.efiling.svc:3310 (INSTREAM)")
    r.tick(5, 50)
    cv("instream(10.244.2.17@41822): Win.Test.EICAR_HDB-1(44d88612fea8a8f36de82e1278abb02f:68) FOUND")
    r.tick(5, 50)
    r.add(Lcn, f"{py_ts(r.t)} INFO scan_canary EICAR test file detected as Win.Test.EICAR_HDB-1 - scanner OK")
    r.tick(200, 900)
    r.add(Lcn, f"{py_ts(r.t)} INFO scan_canary submitting clean PDF sample (INSTREAM)")
    r.tick(5, 50)
    r.add(Lcn, f"{py_ts(r.t)} INFO scan_canary clean sample reported OK - canary passed (2/2 checks)")
    r.tick(1000, 4000)
    r.add(Lev, f"type=Normal reason=Completed kind=Job objectAPIversion=batch/v1 objectRV={rng.randint(10 ** 7, 10 ** 8)} name=scan-canary-{jid} sourcecomponent=job-controller msg=\"Job completed\"")
    r.tick(3000, 12000)
    up("upload stored", file=rng.choice(docs), size=rng.randint(80000, 9000000), scan="OK", envelope=uuid4(rng))
    r.tick(10000, 40000)
    cv("SelfCheck: Database status OK.")
    r.tick(5000, 20000)
    up("upload rejected: file type not allowed", file="scan0042.heic", status=415, allowed="pdf")
    r.tick(3000, 9000)
    up("upload stored", file=rng.choice(docs), size=rng.randint(80000, 9000000), scan="OK", envelope=uuid4(rng))
    r.tick(3000, 9000)
    up("upload stored", file=rng.choice(docs), size=rng.randint(80000, 9000000), scan="OK", envelope=uuid4(rng))
    return r.record("court", "The scanner log shows a FOUND virus - was a filing infected?", sel("efiling", "clamav"),
                    "INFO", "none", None,
                    "No incident: the FOUND result is the scheduled EICAR canary test, which passed; the other rejection is a normal file-type check.",
                    "clamd detected the EICAR test string submitted by the scan-canary job as designed, its self-check is OK, and filing-upload keeps storing scanned documents; a HEIC image was refused as an unsupported file type.",
                    "None.")


@scenario("ct-ok-esign-stamp-release", "court")
def ct_ok_esign_stamp_release(rng):
    r = Rec(rng, start_time(rng, CT, 7, 9), "us")
    cl = "courts-eks-apps"
    nodes = [f"ip-10-81-{rng.randint(16, 63)}-{rng.randint(2, 250)}.ec2.internal" for _ in range(3)]
    ps = dpod(rng, "pdf-stamp")
    sc = dpod(rng, "signing-connector")
    fr = dpod(rng, "filing-review")
    Lps = L_datadog(cl, "efiling", ps, "pdf-stamp", nodes[0], "pdf-stamp", "java")
    Lsc = L_datadog(cl, "courts", sc, "signing-connector", nodes[1], "signing-connector", "python")
    Lfr = L_datadog(cl, "efiling", fr, "filing-review", nodes[2], "filing-review", "java")

    def sp(lvl, logger, msg, thread="main"):
        r.add(Lps, spring3(r.t, None, lvl, "pdf-stamp", thread, logger, msg))

    def frl(lvl, msg):
        r.add(Lfr, logback_json(r.t, CT, lvl, "gov.courts.review.ReviewService", f"review-worker-{rng.randint(1, 8)}", msg))

    r.tick(0)
    sp("INFO", "g.c.efile.stamp.PdfStampApplication", "Starting PdfStampApplication v5.1.4 using Java 21.0.2 with PID 1 (/app/pdf-stamp.jar started by app in /app)")
    r.tick(2000, 5000)
    sp("WARN", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)")
    r.tick(3000, 8000)
    sp("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''")
    r.tick(20, 200)
    sp("INFO", "g.c.efile.stamp.PdfStampApplication", f"Started PdfStampApplication in {rng.randint(18, 30)}.{rng.randint(100, 999)} seconds (process running for {rng.randint(31, 35)}.{rng.randint(100, 999)})")
    r.tick(3000, 9000)
    r.add(Lsc, json.dumps({"asctime": py_ts(r.t), "name": "signing_connector.envelopes", "levelname": "INFO",
                           "message": f"envelope {uuid4(rng)} completed: all 2 signers signed order {case_no(rng, 'CR')}"}))
    r.tick(2000, 6000)
    frl("INFO", f"Filing returned to filer for case {case_no(rng, 'FA')}: signature page missing (local rule 5.2); filer notified")
    r.tick(2000, 6000)
    sp("INFO", "g.c.efile.stamp.StampService", f"Stamped {rng.randint(2, 9)} documents for envelope {uuid4(rng)} (seal: FILED, clerk stamp applied)", thread=f"stamp-worker-{rng.randint(1, 4)}")
    r.tick(2000, 6000)
    r.add(Lsc, json.dumps({"asctime": py_ts(r.t), "name": "signing_connector.envelopes", "levelname": "INFO",
                           "message": f"envelope {uuid4(rng)} declined by signer 2 (reason: 'wrong hearing date, will re-issue'); order returned to chambers"}))
    r.tick(2000, 6000)
    frl("WARN", f"Filing for case {case_no(rng, 'CV')} flagged for clerk review: 41 pages exceed the 40-page e-filing limit")
    r.tick(2000, 6000)
    sp("INFO", "g.c.efile.stamp.StampService", f"Stamped {rng.randint(2, 9)} documents for envelope {uuid4(rng)} (seal: FILED, clerk stamp applied)", thread=f"stamp-worker-{rng.randint(1, 4)}")
    r.tick(2000, 6000)
    frl("INFO", f"Filing accepted for case {case_no(rng, 'PR')} after clerk review")
    r.tick(1000, 5000)
    r.add(Lsc, json.dumps({"asctime": py_ts(r.t), "name": "signing_connector.auth", "levelname": "INFO",
                           "message": "access token refreshed (expires in 3600 s)"}))
    return r.record("court", "After this morning's pdf-stamp restart I see warnings and declined envelopes - is something broken?", sel("efiling", "pdf-stamp"),
                    "INFO", "none", None,
                    "No incident: a normal pdf-stamp start-up with a harmless Hibernate deprecation warning, and business-level returns/declines handled by the workflow.",
                    "pdf-stamp started cleanly and stamps documents, signing-connector completes envelopes and refreshes its token, and returned, declined or flagged filings are ordinary clerk workflow outcomes.",
                    "None.")


@scenario("ct-ok-calendar-vm", "court")
def ct_ok_calendar_vm(rng):
    r = Rec(rng, start_time(rng, CT, 8, 12), "us")
    host = "jcal-app01"
    Lgu = L_journal(host, "jcal.service", "stdout")
    Lpg = L_journal(host, "postgresql@16-main.service", "stdout")
    Lsd = L_journal(host, "logrotate.service", "journal")
    Lcr = L_journal(host, "cron.service", "syslog")
    gpid = rng.randint(800, 1200)

    def acc(path, code, size):
        r.add(Lgu, f"10.30.{rng.randint(1, 20)}.{rng.randint(2, 250)} - - [{clf_ts(r.t, CT)}] \"GET {path} HTTP/1.1\" {code} {size} \"https://jcal.courts.internal/\" \"{UA_FF}\"")

    def app(msg):
        r.add(Lgu, f"[{naive(r.t, CT, 0)} {_offs(CT, False)}] [{gpid + rng.randint(1, 4)}] [INFO] {msg}")

    r.tick(0)
    acc(f"/calendar/judge/{rng.randint(100, 499)}?week={parts(r.t, CT)[0]}-W{rng.randint(3, 9):02d}", 200, rng.randint(12000, 30000))
    r.tick(1000, 4000)
    app(f"hearing {case_no(rng, 'CR')} outcome recorded: FAILURE TO APPEAR; bench warrant issued by Judge #{rng.randint(100, 499)}")
    r.tick(2000, 6000)
    r.add(Lcr, f"(root) CMD (   cd / && run-parts --report /etc/cron.hourly)")
    r.tick(2000, 6000)
    acc("/static/css/calendar.css", 304, 0)
    r.tick(2000, 6000)
    app(f"hearing {case_no(rng, 'CV')} status changed: CONTINUED to a later date (motion granted)")
    r.tick(2000, 6000)
    r.add(Lsd, "Starting logrotate.service - Rotate log files...")
    r.tick(100, 900)
    r.add(Lsd, "logrotate.service: Deactivated successfully.")
    r.tick(0, 20)
    r.add(Lsd, "Finished logrotate.service - Rotate log files.")
    r.tick(2000, 6000)
    ck_pid, ck_start = rng.randint(700, 900), r.t
    r.add(Lpg, f"{pg_ts(r.t, CT)} [{ck_pid}] LOG:  checkpoint starting: time")
    r.tick(3000, 9000)
    acc(f"/calendar/courtroom/{rng.randint(1, 30)}?day=today", 200, rng.randint(12000, 30000))
    r.tick(2000, 6000)
    app(f"case {case_no(rng, 'FA')} dismissed; {rng.randint(1, 3)} future hearings cancelled and removed from the calendar")
    r.tick(2000, 6000)
    acc("/api/conflicts?judge=me&range=30d", 200, rng.randint(300, 900))
    r.tick(30000, 90000)
    r.add(Lpg, f"{pg_ts(r.t, CT)} [{ck_pid}] LOG:  checkpoint complete: wrote {rng.randint(80, 400)} buffers (0.{rng.randint(1, 9)}%); 0 WAL file(s) added, 0 removed, 0 recycled; {ckpt_times(rng, ck_start, r.t)}; sync files={rng.randint(10, 40)}, longest=0.001 s, average=0.001 s; distance={rng.randint(900, 3000)} kB, estimate={rng.randint(3000, 5000)} kB; lsn=1/{hexs(rng, 8).upper()}, redo lsn=1/{hexs(rng, 8).upper()}")
    r.tick(2000, 6000)
    acc(f"/calendar/judge/{rng.randint(100, 499)}?week={parts(r.t, CT)[0]}-W{rng.randint(3, 9):02d}", 200, rng.randint(12000, 30000))
    return r.record("court", "Please check the judges' calendar server for problems", None,
                    "INFO", "none", None,
                    "No incident: court outcomes such as failure to appear, continuances and dismissals are calendar data; log rotation, cron and checkpoints are routine.",
                    "The calendar app serves pages normally, records hearing outcomes, and the host's scheduled jobs and PostgreSQL checkpoints complete without errors.",
                    "None.")


# =========================================================================== main
def scenario_rng(name):
    return random.Random(int.from_bytes(hashlib.sha256(f"{SEED}:{name}".encode("utf-8")).digest(), "big"))


def build():
    recs = []
    for name in sorted(SCEN):
        theme, fn = SCEN[name]
        recs.append(fn(scenario_rng(name)))
    random.Random(SEED).shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = f"dev34-{i:03d}"
    return recs


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    sev, cat, theme = {}, {}, {}
    lines = sum(len(r["logs"]) for r in recs)
    evid = sum(len(r["expected"]["evidence"]) for r in recs)
    for r in recs:
        e = r["expected"]
        sev[e["severity"]] = sev.get(e["severity"], 0) + 1
        cat[e["root_cause_category"]] = cat.get(e["root_cause_category"], 0) + 1
        theme[r["source"]] = theme.get(r["source"], 0) + 1
    print(f"wrote {OUT}")
    print(f"records={len(recs)} lines={lines} evidence_lines={evid}")
    print("severity: " + ", ".join(f"{k}={sev[k]}" for k in sorted(sev)))
    print("category: " + ", ".join(f"{k}={cat[k]}" for k in sorted(cat)))
    print("theme: " + ", ".join(f"{k}={theme[k]}" for k in sorted(theme)))


if __name__ == "__main__":
    main()
