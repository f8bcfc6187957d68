#!/usr/bin/env python3
"""make_dev12.py - generator for the dev12 held-out golden set (golden format v1).

Theme: media, gaming and real-time platforms, serverless / event-driven stacks.
40 records: each of the 16 incident categories exactly twice + 8 healthy windows.

Python standard library only, deterministic: every scenario draws from its own
random.Random(f"{SEED}:{scenario}") (string seed, so PYTHONHASHSEED does not
matter), the record order is shuffled with a separate seeded Random and ids
dev12-001..040 are assigned after the shuffle.

Usage:  python3 make_dev12.py            # self-check, then write dev12.jsonl next to this file
"""
import calendar
import datetime
import json
import os
import random
import sys

SEED = "dev12-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev12.jsonl")

CATEGORIES = [
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
SELECTOR_KEYS = ["namespace", "pod", "container", "node", "app"]

KALNUM = "bcdfghjklmnpqrstvwxz2456789"   # alphabet Kubernetes uses for generated names
HEXD = "0123456789abcdef"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --------------------------------------------------------------------------- helpers
def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(rng, n):
    return rstr(rng, HEXD, n)


def kpod(rng, name):
    """Deployment pod name: <name>-<rs hash>-<suffix>; pods of one Deployment share the hash
    (memoised on the scenario's own Random instance)."""
    hashes = rng.__dict__.setdefault("_rs_hash", {})
    if name not in hashes:
        hashes[name] = rstr(rng, KALNUM, rng.choice([9, 10]))
    return f"{name}-{hashes[name]}-{rstr(rng, KALNUM, 5)}"


def kjob(rng, name):
    return f"{name}-{rstr(rng, KALNUM, 5)}"


def uid(rng):
    return f"{hx(rng, 8)}-{hx(rng, 4)}-{hx(rng, 4)}-{hx(rng, 4)}-{hx(rng, 12)}"


def ip(rng, prefix):
    parts = prefix.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


def J(d):
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def start_ns(y, mo, d, h, mi, s=0):
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) * 10**9


def eks_node(rng, region="us-west-2", net="10.42"):
    return f"ip-{net.replace('.', '-')}-{rng.randint(1, 63)}-{rng.randint(2, 254)}.{region}.compute.internal"


def gke_node(rng, cluster, pool):
    return f"gke-{cluster}-{pool}-{hx(rng, 8)}-{rstr(rng, LOWALNUM, 4)}"


def aks_node(rng, pool, scale_set):
    return f"aks-{pool}-{scale_set}-vmss{rng.randint(0, 15):06d}"


def do_node(rng, pool):
    return f"{pool}-{rstr(rng, LOWALNUM, 5)}"


class TS:
    """A timestamp (integer ns since epoch, UTC) with the renderings real software uses."""

    def __init__(self, ns):
        self.ns = ns
        self.sec, self.frac = divmod(ns, 10**9)
        self.dt = datetime.datetime.fromtimestamp(self.sec, tz=datetime.timezone.utc)

    def f(self, d):
        return f"{self.frac:09d}"[:d]

    def date(self):
        return f"{self.dt.year:04d}-{self.dt.month:02d}-{self.dt.day:02d}"

    def hms(self, d=None):
        s = f"{self.dt.hour:02d}:{self.dt.minute:02d}:{self.dt.second:02d}"
        return s + ("." + self.f(d) if d else "")

    def iso(self, d=3, z="Z"):
        return f"{self.date()}T{self.hms(d)}{z}"

    def sp(self, d=3, sep="."):
        return f"{self.date()} {self.hms()}{sep}{self.f(d)}" if d else f"{self.date()} {self.hms()}"

    def slash(self, d=None):
        return f"{self.dt.year:04d}/{self.dt.month:02d}/{self.dt.day:02d} {self.hms(d)}"

    def clf(self, d=None):
        return (f"{self.dt.day:02d}/{MON[self.dt.month - 1]}/{self.dt.year:04d}:"
                f"{self.hms(d)} +0000")

    def klog(self, lvl, tid, src):
        return f"{lvl}{self.dt.month:02d}{self.dt.day:02d} {self.hms(6)} {tid:>7} {src}]"

    def glog(self, lvl, tid, src):
        return f"{lvl}{self.dt.month:02d}{self.dt.day:02d} {self.hms(6)} {tid:>5} {src}]"

    def epoch(self, d=3):
        return f"{self.sec}.{self.f(d)}"

    def epoch_ms(self):
        return self.ns // 10**6

    def redis(self, role="M", pid=1):
        return f"{pid}:{role} {self.dt.day:02d} {MON[self.dt.month - 1]} {self.dt.year} {self.hms(3)}"

    def chromium(self, lvl, src):
        return f"[{self.dt.month:02d}{self.dt.day:02d}/{self.dt.hour:02d}{self.dt.minute:02d}{self.dt.second:02d}:{lvl}:{src}]"


class Win:
    """A log window under construction. Lines may be strings or callables(TS) -> str."""

    def __init__(self, rng, t0):
        self.rng = rng
        self.t = t0
        self.rows = []

    def add(self, labels, line, ev=False, gap=None):
        if gap is None:
            gap = (0.08, 2.2)
        g = self.rng.uniform(*gap) if isinstance(gap, tuple) else float(gap)
        self.t += max(1, int(g * 1e9) + self.rng.randint(0, 997))
        self.rows.append((self.t, dict(labels), line, bool(ev)))
        return len(self.rows) - 1

    def render(self):
        logs, evidence = [], []
        for i, (t, labels, line, ev) in enumerate(self.rows):
            ts = TS(t)
            text = line(ts) if callable(line) else line
            logs.append({"ts": ts.iso(9), "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        return logs, evidence


class Events:
    """Kubernetes events as shipped to Loki.

    style "agent":    Grafana Agent eventhandler (logfmt), stream labelled with the involved
                      object's namespace (cluster-scoped objects land in "default").
    style "exporter": kubernetes-event-exporter JSON with a Loki sink, same namespace rule.
    """

    def __init__(self, rng, style, cluster):
        self.rng, self.style, self.cluster = rng, style, cluster
        self.instance = f"grafana-agent-{rstr(rng, KALNUM, 5)}"
        self.suffix, self.counts, self.first, self.uids = {}, {}, {}, {}
        self.rv = rng.randint(31_000_000, 89_000_000)

    def labels(self, ns):
        if self.style == "agent":
            return {"cluster": self.cluster, "instance": self.instance,
                    "job": "integrations/kubernetes/eventhandler", "namespace": ns}
        return {"cluster": self.cluster, "job": "kube-events", "namespace": ns,
                "source": "kubernetes-event-exporter"}

    def line(self, ns, kind, name, reason, typ, msg, src="kubelet", host=None, field=None,
             api="v1", count=None):
        key = (ns, kind, name, reason, msg)
        if key not in self.suffix:
            self.suffix[key] = hx(self.rng, 16)
            self.uids[key] = (uid(self.rng), uid(self.rng))
        if count is None:
            self.counts[key] = self.counts.get(key, 0) + 1
            count = self.counts[key]
        self.rv += self.rng.randint(3, 4000)
        rv, sfx = self.rv, self.suffix[key]
        ev_uid, obj_uid = self.uids[key]
        if self.style == "agent":
            parts = [f"name={name}.{sfx}", f"kind={kind}", "action=", f"objectAPIversion={api}",
                     f"objectRV={rv}", f"reason={reason}", f"type={typ}", f"count={count}",
                     f"sourcecomponent={src}"]
            if host:
                parts.append(f"sourcehost={host}")
            parts.append("msg=" + json.dumps(msg, ensure_ascii=False))
            return " ".join(parts)
        first = self.first

        def render(ts, key=key, rv=rv, count=count):
            if key not in first:
                first[key] = ts.iso(0)
            inv = {"kind": kind, "name": name, "uid": obj_uid, "apiVersion": api,
                   "resourceVersion": str(rv - 1)}
            if kind not in ("Node",):
                inv["namespace"] = ns
            if field:
                inv["fieldPath"] = field
            src_d = {"component": src}
            if host:
                src_d["host"] = host
            return J({"metadata": {"name": f"{name}.{sfx}", "namespace": ns, "uid": ev_uid,
                                   "resourceVersion": str(rv), "creationTimestamp": first[key]},
                      "reason": reason, "message": msg, "source": src_d,
                      "firstTimestamp": first[key], "lastTimestamp": ts.iso(0), "count": count,
                      "type": typ, "eventTime": None, "reportingComponent": src,
                      "reportingInstance": host or "", "involvedObject": inv})
        return render

    def add(self, W, ns, kind, name, reason, typ, msg, ev=False, gap=None, **kw):
        return W.add(self.labels(ns), self.line(ns, kind, name, reason, typ, msg, **kw), ev, gap)


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


SCENARIOS = []


def scenario(name):
    def deco(fn):
        SCENARIOS.append((name, fn))
        return fn
    return deco


def ffmpeg_progress(frame, fps, qs, size_kb, secs, speed):
    qpart = " ".join(f"q={q:.1f}" for q in qs)
    mm, ss = divmod(secs, 60)
    hh, mm = divmod(int(mm), 60)
    bitrate = size_kb * 8.192 / max(secs, 0.01)
    return (f"frame={frame:5d} fps={fps:4.1f} {qpart} size={size_kb:9d}kB "
            f"time={hh:02d}:{mm:02d}:{ss:05.2f} bitrate={bitrate:7.1f}kbits/s speed={speed:.3g}x")


# =========================================================================== incidents
# ---------------------------------------------------------------- oom_killed (1/2)
@scenario("oom_ffmpeg_uhd_ladder")
def _(rng):
    cl = "media-prod-usw2"
    n1, n2 = eks_node(rng), eks_node(rng)
    ns = "media-jobs"
    w1, w2 = kpod(rng, "ffmpeg-transcoder"), kpod(rng, "ffmpeg-transcoder")
    disp, pk = kpod(rng, "job-dispatcher"), kpod(rng, "hls-packager")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 3, 14, 5, rng.randint(0, 40)))
    job, other = f"j-{rng.randint(24000, 24999)}", f"j-{rng.randint(25000, 25999)}"
    LW1 = {"cluster": cl, "namespace": ns, "pod": w1, "container": "worker", "node": n1, "app": "ffmpeg-transcoder"}
    LW2 = dict(LW1, pod=w2, node=n2)
    LD = {"cluster": cl, "namespace": ns, "pod": disp, "container": "dispatcher", "app": "job-dispatcher"}
    LP = {"cluster": cl, "namespace": ns, "pod": pk, "container": "packager", "app": "hls-packager"}
    K1 = {"cluster": cl, "job": "node/journal", "node": n1, "transport": "kernel"}
    K2 = dict(K1, node=n2)
    C1 = {"cluster": cl, "job": "node/journal", "node": n1, "unit": "containerd.service"}
    C2 = dict(C1, node=n2)
    KL1 = {"cluster": cl, "job": "node/journal", "node": n1, "unit": "kubelet.service"}
    pod_uid1, pod_uid2 = uid(rng), uid(rng)

    def lease(t, pod, attempt):
        return (f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 8)}] INFO  c.p.dispatch.LeaseManager - "
                f"Leased {job} (profile=uhd-hevc10-6r, source=s3://vod-ingest-prod/masters/ep1042_master.mov) "
                f"to {pod} attempt={attempt}/3 lease=120s")

    def ffmpeg_start(W, L):
        W.add(L, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {job} profile=uhd-hevc10-6r "
                           f"renditions=2160p,1440p,1080p,720p,480p,360p scratch=/scratch/{job}")
        W.add(L, f"Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/scratch/{job}/master.mov':")
        W.add(L, "  Duration: 00:52:13.04, start: 0.000000, bitrate: 734208 kb/s", gap=0.01)
        W.add(L, "  Stream #0:0[0x1](und): Video: prores (HQ) (apch / 0x68637061), yuv422p10le(tv, bt709, progressive), "
                 "3840x2160, 731002 kb/s, SAR 1:1 DAR 16:9, 23.98 fps, 23.98 tbr, 24k tbn (default)", gap=0.01)
        W.add(L, "x265 [info]: HEVC encoder version 3.5+1-f0c1022b6", gap=0.4)
        W.add(L, "x265 [info]: frame threads / pool features       : 4 / wpp(34 rows)", gap=0.01)
        W.add(L, "x265 [info]: Lookahead / bframes / badapt        : 60 / 8 / 2", gap=0.01)

    def oom(W, K, C, pid, cid, puid, failcnt):
        tv = rng.randint(9_600_000, 9_990_000)
        ar = 4_194_304 - rng.randint(3000, 9000)
        W.add(K, f"ffmpeg invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984", True, (5, 25))
        W.add(K, f"memory: usage 4194304kB, limit 4194304kB, failcnt {failcnt}", True, 0.002)
        W.add(K, f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,"
                 f"oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{puid.replace('-', '_')}.slice,"
                 f"task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{puid.replace('-', '_')}.slice/"
                 f"cri-containerd-{cid}.scope,task=ffmpeg,pid={pid},uid=1000", True, 0.003)
        W.add(K, f"Memory cgroup out of memory: Killed process {pid} (ffmpeg) total-vm:{tv}kB, anon-rss:{ar}kB, "
                 f"file-rss:{rng.randint(9000, 12000)}kB, shmem-rss:0kB, UID:1000 pgtables:{rng.randint(8800, 9400)}kB "
                 f"oom_score_adj:984", True, 0.002)
        W.add(C, lambda t: f'time="{t.iso(9)}" level=info msg="TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"',
              True, 0.05)

    W.add(LD, lambda t: lease(t, w1, 1), gap=0.3)
    ffmpeg_start(W, LW1)
    W.add(LW2, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {other} profile=hd-h264-4r "
                         f"renditions=1080p,720p,480p,360p scratch=/scratch/{other}")
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=info msg="waiting for first segments" job={job} renditions=6')
    fr = 0
    for i in range(3):
        fr += rng.randint(180, 260)
        W.add(LW1, ffmpeg_progress(fr, rng.uniform(6.5, 8.5), [rng.uniform(27, 33) for _ in range(6)],
                                   fr * rng.randint(95, 110), fr / 23.976, rng.uniform(0.28, 0.34)), gap=(9, 16))
        if i == 1:
            W.add(LW2, ffmpeg_progress(fr * 4, rng.uniform(95, 110), [rng.uniform(22, 27) for _ in range(4)],
                                       fr * 4 * 21, fr * 4 / 25.0, rng.uniform(3.9, 4.4)))
    pid1, cid1 = rng.randint(40000, 49999), hx(rng, 64)
    oom(W, K1, C1, pid1, cid1, pod_uid1, rng.randint(1100, 1900))
    W.add(KL1, lambda t: f'{t.klog("I", 2087, "kubelet.go:2457")} "SyncLoop (PLEG): event for pod" pod="{ns}/{w1}" '
                         f'event={{"ID":"{pod_uid1}","Type":"ContainerDied","Data":"{cid1}"}}', gap=0.6)
    W.add(LD, lambda t: f"{t.sp()} [kubernetes-watch-1] WARN  c.p.dispatch.WorkerWatcher - worker pod {w1} container worker "
                        f"terminated: reason=OOMKilled exitCode=137 restartCount=1 (holding lease {job})", True, 1.1)
    W.add(LW1, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: transcoder-worker 3.8.2 starting concurrency=1 "
                         f"scratch=/scratch memory_limit=4Gi", gap=(2, 4))
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=warning msg="rendition not ready, retrying" job={job} rendition=2160p segment=seg_00001.m4s attempt=4')
    W.add(LD, lambda t: f"{t.sp()} [lease-reaper] WARN  c.p.dispatch.LeaseManager - Lease for {job} lost: "
                        f"no heartbeat from worker {w1} for 30s; requeue attempt=2/3", gap=(20, 35))
    W.add(LW2, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: finished {other} renditions=4 segments=1566 errors=0")
    W.add(LD, lambda t: lease(t, w2, 2), gap=0.4)
    ffmpeg_start(W, LW2)
    fr = 0
    for _ in range(2):
        fr += rng.randint(200, 260)
        W.add(LW2, ffmpeg_progress(fr, rng.uniform(7, 9), [rng.uniform(27, 33) for _ in range(6)],
                                   fr * rng.randint(95, 110), fr / 23.976, rng.uniform(0.29, 0.36)), gap=(9, 15))
    pid2, cid2 = rng.randint(30000, 39999), hx(rng, 64)
    oom(W, K2, C2, pid2, cid2, pod_uid2, rng.randint(300, 900))
    W.add(LD, lambda t: f"{t.sp()} [kubernetes-watch-1] WARN  c.p.dispatch.WorkerWatcher - worker pod {w2} container worker "
                        f"terminated: reason=OOMKilled exitCode=137 restartCount=1 (holding lease {job})", True, 0.9)
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=warning msg="rendition not ready, retrying" job={job} rendition=2160p segment=seg_00001.m4s attempt=9', gap=(3, 6))
    W.add(LD, lambda t: f"{t.sp()} [lease-reaper] WARN  c.p.dispatch.LeaseManager - Lease for {job} lost: "
                        f"no heartbeat from worker {w2} for 30s; requeue attempt=3/3", gap=(25, 35))
    W.add(LD, lambda t: lease(t, w1, 3), gap=0.5)
    ffmpeg_start(W, LW1)
    fr = rng.randint(210, 250)
    W.add(LW1, ffmpeg_progress(fr, rng.uniform(7, 9), [rng.uniform(27, 33) for _ in range(6)],
                               fr * rng.randint(95, 110), fr / 23.976, rng.uniform(0.29, 0.36)), gap=(9, 15))
    pid3, cid3 = rng.randint(50000, 59999), hx(rng, 64)
    oom(W, K1, C1, pid3, cid3, pod_uid1, rng.randint(1900, 2600))
    W.add(LD, lambda t: f"{t.sp()} [kubernetes-watch-1] WARN  c.p.dispatch.WorkerWatcher - worker pod {w1} container worker "
                        f"terminated: reason=OOMKilled exitCode=137 restartCount=2 (holding lease {job})", True, 0.8)
    E.add(W, ns, "Pod", w1, "BackOff", "Warning",
          f"Back-off restarting failed container worker in pod {w1}_{ns}({pod_uid1})", host=n1, field="spec.containers{worker}")
    W.add(LD, lambda t: f"{t.sp()} [lease-reaper] ERROR c.p.dispatch.LeaseManager - {job} moved to transcode-dlq after 3 attempts "
                        f"(last error: worker lost)", gap=(20, 30))
    return dict(
        category="oom_killed", severity="CRITICAL", component="ffmpeg-transcoder",
        question="UHD jobs keep coming back with 'lease expired' in the dispatcher and end up in the DLQ. Is the job-dispatcher losing worker heartbeats?",
        selector=sel(), win=W,
        root_cause=("The ffmpeg-transcoder worker container is OOM-killed (memory cgroup limit 4Gi, exit 137) every time it runs the "
                    "uhd-hevc10-6r ladder: six x265 10-bit renditions with a 60-frame lookahead in one ffmpeg process exceed the limit, "
                    "on whichever node the job lands."),
        summary=("Job " + job + " was leased three times; each attempt ended with the kernel killing ffmpeg in the worker's memory "
                 "cgroup and the pod restarting, so the dispatcher saw lost heartbeats, expired leases and finally dead-lettered the job."),
        action=("Raise the ffmpeg-transcoder memory limit for UHD profiles (or route them to a larger worker class), or split the "
                "ladder into separate encodes / lower rc-lookahead and frame threads; then replay the job from transcode-dlq."),
    )


# ---------------------------------------------------------------- oom_killed (2/2)
@scenario("oom_gst_live_channel")
def _(rng):
    cl = "gke-live-euw4"
    ns = "live"
    nodes = [gke_node(rng, "live-euw4", "encode-pool") for _ in range(3)]
    pods = [f"gst-live-transcoder-{i}" for i in range(3)]
    orch = kpod(rng, "channel-orchestrator")
    pk = kpod(rng, "hls-edge-packager")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 4, 18, 38, rng.randint(0, 50)))
    W0 = W.t
    LT = [{"namespace": ns, "pod": p, "container": "transcoder", "node": n, "app": "gst-live-transcoder"}
          for p, n in zip(pods, nodes)]
    LO = {"namespace": ns, "pod": orch, "container": "orchestrator", "app": "channel-orchestrator"}
    LP = {"namespace": ns, "pod": pk, "container": "packager", "app": "hls-edge-packager"}
    bad = 1
    img = "europe-docker.pkg.dev/streamhaus-live/media/gst-live-transcoder:2.7.1"

    def zap(t, lvl, caller, msg, **kw):
        d = {"level": lvl, "ts": float(t.epoch(6)), "caller": caller, "msg": msg}
        d.update(kw)
        return J(d)

    def qos(t):
        run = 2437.0 + (t.ns - W0) / 1e9
        return (f"0:{int(run // 60):02d}:{run % 60:012.9f} {rng.randint(40, 60):>5} 0x7f5c3c0{hx(rng, 5)} WARN "
                f"           videodecoder gstvideodecoder.c:3298:gst_video_decoder_clip_and_push_buf:<avdec_h264-{rng.randint(0, 2)}> "
                f"Dropping frame due to QoS.")

    W.add(LO, lambda t: zap(t, "info", "orchestrator/health.go:141", "channel health", channel="ch-news-1", pod=pods[0], bitrate_kbps=14210, lag_ms=3100))
    W.add(LT[bad], lambda t: f"{t.glog('I', 57, 'pipeline.cc:211')} ch-sports-2: pipeline PLAYING (srtsrc ! tsdemux ! h264parse ! avdec_h264 ! tee ! 5x x264enc ! mpegtsmux ! hlssink2)")
    W.add(LT[2], lambda t: f"{t.glog('I', 61, 'stats.cc:88')} ch-music-4: in=1080p30 out=5 renditions encode_fps=30.0 dropped=0")
    W.add(LT[bad], qos)
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=info msg="playlist updated" channel=ch-sports-2 rendition=1080p60 media_sequence={rng.randint(18000, 18100)}')
    W.add(LT[bad], lambda t: f"{t.glog('W', 57, 'buffer_guard.cc:64')} ch-sports-2: queue2 'mux_q' level 1.12 GiB (max-size-time=0, max-size-bytes=0); RSS 1.41 GiB of 2.00 GiB limit", True, (4, 8))
    W.add(LO, lambda t: zap(t, "info", "orchestrator/health.go:141", "channel health", channel="ch-sports-2", pod=pods[bad], bitrate_kbps=23880, lag_ms=5400))
    W.add(LT[0], lambda t: f"{t.glog('I', 49, 'stats.cc:88')} ch-news-1: in=1080p25 out=4 renditions encode_fps=25.0 dropped=0")
    W.add(LT[bad], qos)
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=warning msg="segment late" channel=ch-sports-2 rendition=1080p60 expected_after=6.0s waited=9.4s')
    W.add(LT[bad], lambda t: f"{t.glog('W', 57, 'buffer_guard.cc:64')} ch-sports-2: queue2 'mux_q' level 1.58 GiB (max-size-time=0, max-size-bytes=0); RSS 1.87 GiB of 2.00 GiB limit", True, (4, 8))
    W.add(LT[bad], lambda t: f"{t.glog('W', 63, 'hls_output.cc:301')} ch-sports-2: hlssink2 fragment write took 4210 ms (bucket gcs-live-euw4)", gap=1.2)
    W.add(LO, lambda t: zap(t, "warn", "orchestrator/watch.go:97", "transcoder pod terminated", pod=pods[bad], container="transcoder",
                            reason="OOMKilled", exitCode=137, restartCount=1, channels=["ch-sports-2"]), True, (3, 5))
    W.add(LO, lambda t: zap(t, "warn", "orchestrator/health.go:162", "channel heartbeat lost", channel="ch-sports-2", pod=pods[bad], silence_s=8))
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=warning msg="playlist stall" channel=ch-sports-2 rendition=1080p60 no_new_segment_for=18s')
    E.add(W, ns, "Pod", pods[bad], "Pulled", "Normal", f'Container image "{img}" already present on machine', host=nodes[bad], field="spec.containers{transcoder}")
    E.add(W, ns, "Pod", pods[bad], "Created", "Normal", "Created container transcoder", host=nodes[bad], field="spec.containers{transcoder}", gap=0.2)
    E.add(W, ns, "Pod", pods[bad], "Started", "Normal", "Started container transcoder", host=nodes[bad], field="spec.containers{transcoder}", gap=0.6)
    W.add(LT[bad], lambda t: f"{t.glog('I', 1, 'main.cc:58')} gst-live-transcoder 2.7.1 (GStreamer 1.22.12) starting; memory limit 2147483648 bytes", gap=0.5)
    W.add(LT[bad], lambda t: f"{t.glog('W', 1, 'config.cc:140')} option 'hls.target_duration' is deprecated, use 'hls.segment_duration'", gap=0.1)
    W.add(LO, lambda t: zap(t, "info", "orchestrator/assign.go:88", "channel assigned", channel="ch-sports-2", pod=pods[bad], profile="1080p60-abr5", attempt=1), gap=(3, 6))
    W.add(LT[bad], lambda t: f"{t.glog('I', 57, 'pipeline.cc:211')} ch-sports-2: pipeline PLAYING (srtsrc ! tsdemux ! h264parse ! avdec_h264 ! tee ! 5x x264enc ! mpegtsmux ! hlssink2)")
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=warning msg="discontinuity inserted" channel=ch-sports-2 rendition=1080p60 gap_s=41.7', gap=(6, 9))
    W.add(LP, lambda t: f'time="{t.iso(0)}" level=info msg="playlist updated" channel=ch-sports-2 rendition=1080p60 media_sequence={rng.randint(18110, 18130)}', gap=(5, 7))
    W.add(LT[2], lambda t: f"{t.glog('I', 61, 'stats.cc:88')} ch-music-4: in=1080p30 out=5 renditions encode_fps=30.0 dropped=0")
    W.add(LO, lambda t: zap(t, "info", "orchestrator/health.go:141", "channel health", channel="ch-sports-2", pod=pods[bad], bitrate_kbps=23640, lag_ms=3300), gap=(8, 12))
    for _ in range(3):
        W.add(LT[bad], lambda t: f"{t.glog('I', 57, 'stats.cc:88')} ch-sports-2: in=1080p60 out=5 renditions encode_fps={rng.choice(['59.9', '60.0'])} dropped=0 rss=0.{rng.randint(71, 79)} GiB", gap=(10, 20))
        ch, pi = rng.choice([("ch-news-1", 0), ("ch-music-4", 2)])
        W.add(LO, lambda t, ch=ch, pi=pi: zap(t, "info", "orchestrator/health.go:141", "channel health", channel=ch, pod=pods[pi], bitrate_kbps=rng.randint(13000, 15000), lag_ms=rng.randint(2900, 3400)))
    return dict(
        category="oom_killed", severity="WARN", component="gst-live-transcoder",
        question="Channel sports-2 had a ~40 second gap in its HLS stream this evening. Do we need to do anything?",
        selector=sel(namespace=ns), win=W,
        root_cause=("The gst-live-transcoder-1 container was OOM-killed once (exit 137, 2Gi limit): while the GCS fragment writes "
                    "stalled, the unbounded queue2 'mux_q' in the ch-sports-2 1080p60 pipeline grew to ~1.6 GiB and pushed RSS past the limit."),
        summary=("One OOM kill of gst-live-transcoder-1 took ch-sports-2 off air for ~40 s; the pod restarted, the orchestrator "
                 "reassigned the channel and the stream has run normally since (packager inserted a discontinuity)."),
        action=("No urgent action: the channel recovered. To prevent a repeat, bound queue2 (max-size-bytes/time) in the mux path "
                "and/or raise the transcoder memory limit for 1080p60 ABR channels."),
    )


# ---------------------------------------------------------------- application_error (1/2)
@scenario("app_rust_mmf_panic")
def _(rng):
    cl = "do-fra1-games"
    ns = "matchmaking"
    nodes = [do_node(rng, "pool-mm") for _ in range(3)]
    mmf = kpod(rng, "mmf-skill-rating")
    mmf_casual = kpod(rng, "mmf-casual")
    be = kpod(rng, "open-match-backend")
    dr = kpod(rng, "mm-director")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 5, 9, 11, rng.randint(0, 50)))
    LM = {"namespace": ns, "pod": mmf, "container": "mmf", "node": nodes[0], "app": "mmf-skill-rating"}
    LC = {"namespace": ns, "pod": mmf_casual, "container": "mmf", "node": nodes[1], "app": "mmf-casual"}
    LB = {"namespace": ns, "pod": be, "container": "open-match-backend", "node": nodes[2], "app": "open-match"}
    LD = {"namespace": ns, "pod": dr, "container": "director", "node": nodes[1], "app": "mm-director"}
    mmf_ip = ip(rng, "10.245.")
    refused = (f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: '
               f'dial tcp {mmf_ip}:50502: connect: connection refused"')
    eof = "rpc error: code = Unavailable desc = error reading from server: EOF"
    puid = uid(rng)

    def tr(t, lvl, target, msg):
        return f"{t.iso(6)} {lvl:>5} {target}: {msg}"

    def ob(t, lvl, msg, **kw):
        d = {"app": "openmatch", "component": "app.backend"}
        d.update(kw)
        d.update({"level": lvl, "msg": msg, "time": t.iso(0)})
        return J(d)

    def mmf_boot(W):
        W.add(LM, lambda t: tr(t, "INFO", "mmf_skill_rating", "mmf-skill-rating 0.14.0 starting (tonic 0.12, rating model glicko2)"))
        W.add(LM, lambda t: tr(t, "INFO", "mmf_skill_rating::server", "listening addr=0.0.0.0:50502"), gap=0.05)

    def panic(W, tid, pool_n):
        W.add(LM, lambda t: tr(t, "INFO", "mmf_skill_rating::pool", f"run profile=ranked-eu pools=3 tickets={pool_n}"), gap=(1, 3))
        W.add(LM, lambda t: tr(t, "WARN", "mmf_skill_rating::pool", f"ticket {tid} has no double_arg skill.mu (client_version=4.12.0)"), True, 0.01)
        W.add(LM, "thread 'tokio-runtime-worker' panicked at src/pool.rs:142:37:", True, 0.001)
        W.add(LM, "called `Option::unwrap()` on a `None` value", True, 0.0005)
        W.add(LM, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", False, 0.0005)

    W.add(LD, lambda t: f"{t.slash()} profile casual-eu: 4 matches, assigned 40 tickets to gameservers", gap=0.2)
    mmf_boot(W)
    W.add(LC, lambda t: tr(t, "INFO", "mmf_casual::pool", f"run profile=casual-eu pools=1 tickets={rng.randint(300, 500)}"))
    panic(W, f"c{hx(rng, 19)}", rng.randint(3900, 4400))
    W.add(LB, lambda t: ob(t, "error", "failed to run match function for profile", error=eof, profile="ranked-eu"), gap=0.2)
    W.add(LD, lambda t: f"{t.slash()} FetchMatches(ranked-eu) failed: {eof}", gap=0.1)
    for backoff in (10, 20, 40):
        E.add(W, ns, "Pod", mmf, "BackOff", "Warning",
              f"Back-off restarting failed container mmf in pod {mmf}_{ns}({puid})", host=nodes[0], field="spec.containers{mmf}", gap=(0.5, 2))
        for _ in range(2):
            W.add(LB, lambda t: ob(t, "error", "failed to run match function for profile", error=refused, profile="ranked-eu"), gap=(2, 5))
            W.add(LD, lambda t: f"{t.slash()} FetchMatches(ranked-eu) failed: {refused}", gap=0.1)
        W.add(LD, lambda t: f"{t.slash()} profile casual-eu: {rng.randint(3, 6)} matches, assigned {rng.randint(30, 60)} tickets to gameservers", gap=(1, 3))
        if backoff == 20:
            W.add(LB, lambda t: ob(t, "warning", "grpc-gateway: runtime.DefaultHTTPError is deprecated; use the ErrorHandler option"), gap=(1, 4))
        else:
            W.add(LB, lambda t: ob(t, "info", "fetching matches for profile", profile="casual-eu"), gap=(1, 4))
        mmf_boot(W)
        panic(W, f"c{hx(rng, 19)}", rng.randint(3900, 4400))
        W.add(LB, lambda t: ob(t, "error", "failed to run match function for profile", error=eof, profile="ranked-eu"), gap=0.2)
    W.add(LD, lambda t: f"{t.slash()} ranked-eu: 0 matches in the last 120s, {rng.randint(4200, 4700)} tickets waiting (oldest 6m12s)", gap=(1, 3))
    return dict(
        category="application_error", severity="CRITICAL", component="mmf-skill-rating",
        question="Ranked matchmaking is broken and the director says connections to the match function are refused. Is Open Match down?",
        selector=sel(namespace=ns), win=W,
        root_cause=("mmf-skill-rating panics at src/pool.rs:142 (`Option::unwrap()` on None) when a ticket from client 4.12.0 "
                    "has no skill.mu double_arg; the panic aborts the process, so the match function crash-loops."),
        summary=("Every ranked-eu run hits a ticket without skill.mu, the MMF panics and restarts, and the Open Match backend gets EOF "
                 "or connection refused from it; casual matchmaking (different MMF) keeps working, ranked tickets pile up."),
        action=("Hot-fix the MMF to skip or default tickets without skill.mu instead of unwrap(), or reject such tickets at the "
                "frontend; roll out and watch the backoff clear. Open Match itself is healthy."),
    )


# ---------------------------------------------------------------- application_error (2/2)
@scenario("app_elixir_presence_crash")
def _(rng):
    cl = "aks-rt-weu"
    ns = "realtime"
    app = "lobby-realtime"
    nodes = [aks_node(rng, "rtpool", "31415926") for _ in range(2)]
    pods = [kpod(rng, app), kpod(rng, app)]
    W = Win(rng, start_ns(2026, 2, 6, 18, 2, rng.randint(0, 50)))
    L = [{"namespace": ns, "pod": p, "container": "lobby", "node": n, "app": app, "stream": "stdout"} for p, n in zip(pods, nodes)]
    peer_ip = ip(rng, "10.244.")

    def rid():
        return "F" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 19)

    def us():
        return f"{rng.randint(90, 700)}µs"

    def crash(W, Li, user):
        ref = rid()
        W.add(Li, lambda t: f"{t.hms(3)} [error] GenServer GameLobby.PresenceTracker terminating", True, (2, 6))
        W.add(Li, "** (FunctionClauseError) no function clause matching in GameLobby.PresenceTracker.handle_diff/2", True, 0.0003)
        W.add(Li, "    (game_lobby 2.14.0) lib/game_lobby/presence_tracker.ex:88: GameLobby.PresenceTracker.handle_diff("
                  f"%{{joins: %{{\"{user}\" => %{{metas: [%{{party_id: nil, phx_ref: \"{ref}\"}}]}}}}, leaves: %{{}}}}, "
                  "%GameLobby.PresenceTracker.State{topic: \"lobby:eu-west\", parties: %{...}})", True, 0.0002)
        W.add(Li, "    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3", False, 0.0002)
        W.add(Li, f"Last message: {{:diff, %{{joins: %{{\"{user}\" => %{{metas: [...]}}}}, leaves: %{{}}}}}}", False, 0.0002)

    def join_fail(W, Li):
        W.add(Li, lambda t: f"{t.hms(3)} request_id={rid()} [error] GenServer #PID<0.{rng.randint(4000, 9999)}.0> terminating", gap=(0.3, 2))
        W.add(Li, '** (stop) exited in: GenServer.call(GameLobby.PresenceTracker, {:list, "lobby:eu-west"}, 5000)', gap=0.0002)
        W.add(Li, "    ** (EXIT) no process: the process is not alive or there's no process currently registered with the given name, "
                  "possibly because its application isn't started", gap=0.0002)

    W.add(L[0], lambda t: f"{t.hms(3)} [info] [libcluster:lobby] connected to :\"lobby@{peer_ip}\"")
    W.add(L[0], lambda t: f"{t.hms(3)} [info] CONNECTED TO GameLobbyWeb.UserSocket in {us()}")
    W.add(L[0], "  Transport: :websocket", gap=0.0002)
    W.add(L[1], lambda t: f"{t.hms(3)} [info] JOINED lobby:eu-west in {us()}")
    W.add(L[1], '  Parameters: %{"party_id" => "p_88121", "region" => "eu-west"}', gap=0.0002)
    crash(W, L[0], f"u_{rng.randint(40000, 49999)}")
    join_fail(W, L[0])
    W.add(L[1], lambda t: f"{t.hms(3)} [info] JOINED lobby:na-east in {us()}")
    W.add(L[0], lambda t: f"{t.hms(3)} [warning] transport error on GameLobbyWeb.UserSocket: :closed (client went away)")
    join_fail(W, L[0])
    crash(W, L[1], f"u_{rng.randint(50000, 59999)}")
    hz = rid()
    W.add(L[1], lambda t: f"{t.hms(3)} request_id={hz} [info] GET /healthz")
    W.add(L[1], lambda t: f"{t.hms(3)} request_id={hz} [info] Sent 200 in {us()}", gap=0.001)
    join_fail(W, L[1])
    W.add(L[0], lambda t: f"{t.hms(3)} [info] JOINED lobby:eu-west in {us()}")
    W.add(L[0], '  Parameters: %{"party_id" => "p_90412", "region" => "eu-west"}', gap=0.0002)
    crash(W, L[0], f"u_{rng.randint(60000, 69999)}")
    join_fail(W, L[0])
    W.add(L[1], lambda t: f"{t.hms(3)} [info] [libcluster:lobby] connected to :\"lobby@{peer_ip}\"")
    return dict(
        category="application_error", severity="ERROR", component="lobby-realtime",
        question="Some players can't join the EU lobby and we see 'no process' errors. Is the Erlang cluster partitioned?",
        selector=sel(namespace=ns, app=app), win=W,
        root_cause=("GameLobby.PresenceTracker.handle_diff/2 (presence_tracker.ex:88) has no clause for presence metas with "
                    "party_id: nil (solo players), so the tracker GenServer raises FunctionClauseError and terminates on such joins."),
        summary=("Each solo-player join to lobby:eu-west crashes the PresenceTracker; while it is down or restarting, channel "
                 "processes calling it exit with 'no process'. Other lobbies and libcluster connectivity are fine."),
        action=("Add a handle_diff clause (or guard) for nil party_id and deploy lobby-realtime; until then consider routing solo "
                "players around the party presence path. No cluster/network action needed."),
    )


# ---------------------------------------------------------------- image_pull (1/2)
@scenario("image_pull_agones_fleet_tag")
def _(rng):
    cl = "gke-arena-euw4"
    ns = "arena"
    nodes = [gke_node(rng, "arena-euw4", "gs-pool") for _ in range(4)]
    old_gss, new_gss = rstr(rng, KALNUM, 5), rstr(rng, KALNUM, 5)
    old_gs = [f"arena-server-{old_gss}-{rstr(rng, KALNUM, 5)}" for _ in range(3)]
    new_gs = [f"arena-server-{new_gss}-{rstr(rng, KALNUM, 5)}" for _ in range(3)]
    dr = kpod(rng, "arena-director")
    repo = "europe-west4-docker.pkg.dev/kraken-games/servers/arena-server"
    img = f"{repo}:1.42.0"
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 6, 20, 10, rng.randint(0, 50)))
    LG = [{"namespace": ns, "pod": p, "container": "arena-server", "node": nodes[i]} for i, p in enumerate(old_gs)]
    LS = [dict(l, container="agones-gameserver-sidecar") for l in LG]
    LD = {"namespace": ns, "pod": dr, "container": "director", "node": nodes[3], "app": "arena-director"}
    notfound = (f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
                f'failed to resolve reference "{img}": {img}: not found')

    def spd(t, lvl, msg):
        return f"[{t.sp(3)}] [{lvl}] [arena] {msg}"

    def director(t, lvl, msg, **kw):
        extra = " ".join(f'{k}="{v}"' if " " in str(v) else f"{k}={v}" for k, v in kw.items())
        return f'time="{t.iso(0)}" level={lvl} msg="{msg}" {extra}'.rstrip()

    def pull_fail(W, gs, node):
        E.add(W, ns, "Pod", gs, "Pulling", "Normal", f'Pulling image "{img}"', host=node, field="spec.containers{arena-server}", gap=(1, 3))
        E.add(W, ns, "Pod", gs, "Failed", "Warning", notfound, True, 0.4, host=node, field="spec.containers{arena-server}")
        E.add(W, ns, "Pod", gs, "Failed", "Warning", "Error: ErrImagePull", True, 0.01, host=node, field="spec.containers{arena-server}")

    E.add(W, ns, "Fleet", "arena-server", "CreatingGameServerSet", "Normal", f"Created GameServerSet arena-server-{new_gss}",
          src="fleet-controller", api="agones.dev/v1", gap=0.3)
    W.add(LG[0], lambda t: spd(t, "info", f"match m-{rng.randint(880000, 889999)} running, 10/10 players, tick 1.8ms"))
    E.add(W, ns, "Fleet", "arena-server", "ScalingGameServerSet", "Normal",
          f"Scaling active GameServerSet arena-server-{new_gss} from 0 to 12", src="fleet-controller", api="agones.dev/v1")
    E.add(W, ns, "Fleet", "arena-server", "ScalingGameServerSet", "Normal",
          f"Scaling inactive GameServerSet arena-server-{old_gss} from 48 to 36", src="fleet-controller", api="agones.dev/v1", gap=0.2)
    for i, gs in enumerate(new_gs):
        E.add(W, ns, "GameServerSet", f"arena-server-{new_gss}", "SuccessfulCreate", "Normal", f"Created gameserver: {gs}",
              src="gameserverset-controller", api="agones.dev/v1", gap=(0.1, 0.4))
    for i, gs in enumerate(new_gs):
        E.add(W, ns, "Pod", gs, "Scheduled", "Normal", f"Successfully assigned {ns}/{gs} to {nodes[i]}", src="default-scheduler", gap=(0.2, 1))
    for i, gs in enumerate(new_gs):
        pull_fail(W, gs, nodes[i])
    W.add(LS[1], lambda t: J({"gsKey": f"{ns}/{old_gs[1]}", "message": "Shutdown request has been received!", "severity": "info",
                              "source": "*sdkserver.SDKServer", "time": t.iso(0)}))
    W.add(LG[1], lambda t: spd(t, "info", f"match m-{rng.randint(880000, 889999)} finished, 10 players, shutting down"), gap=0.1)
    E.add(W, ns, "GameServer", old_gs[1], "Shutdown", "Normal", "Deletion started", src="gameserver-controller", api="agones.dev/v1")
    for i, gs in enumerate(new_gs):
        E.add(W, ns, "Pod", gs, "BackOff", "Normal", f'Back-off pulling image "{img}"', True, (1, 4), host=nodes[i], field="spec.containers{arena-server}")
        E.add(W, ns, "Pod", gs, "Failed", "Warning", "Error: ImagePullBackOff", True, 0.01, host=nodes[i], field="spec.containers{arena-server}")
    for _ in range(3):
        W.add(LD, lambda t: director(t, "error", "allocation failed", error="rpc error: code = ResourceExhausted desc = there is no available GameServer to allocate",
                                     match=f"m-{rng.randint(890000, 899999)}", region="europe-west4"), gap=(1, 4))
    W.add(LD, lambda t: director(t, "info", "allocated", gameserver=old_gs[2], address=f"34.{rng.randint(90, 160)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}:7{rng.randint(100, 999)}"), gap=(1, 3))
    W.add(LS[2], lambda t: J({"gsKey": f"{ns}/{old_gs[2]}", "message": "Allocating GameServer", "severity": "info",
                              "source": "*sdkserver.SDKServer", "time": t.iso(0)}), gap=0.2)
    pull_fail(W, new_gs[0], nodes[0])
    E.add(W, ns, "Pod", new_gs[0], "BackOff", "Normal", f'Back-off pulling image "{img}"', True, (2, 4), host=nodes[0], field="spec.containers{arena-server}")
    for _ in range(2):
        W.add(LD, lambda t: director(t, "error", "allocation failed", error="rpc error: code = ResourceExhausted desc = there is no available GameServer to allocate",
                                     match=f"m-{rng.randint(890000, 899999)}", region="europe-west4"), gap=(2, 5))
    W.add(LD, lambda t: director(t, "warning", "ticket backlog", profile="arena-ranked", waiting=rng.randint(900, 1300), oldest="2m41s"), gap=(1, 3))
    return dict(
        category="image_pull", severity="ERROR", component="arena-server",
        question="Allocations are failing with 'no available GameServer to allocate'. Should we just raise the fleet buffer?",
        selector=sel(namespace=ns), win=W,
        root_cause=(f"The arena-server Fleet was updated to {img}, a tag that does not exist in Artifact Registry (NotFound); "
                    "the new GameServerSet's pods sit in ErrImagePull/ImagePullBackOff and never become Ready."),
        summary=("The rolling update scales the old GameServerSet down (48 to 36) while none of the new GameServers can start, "
                 "so the Ready pool shrinks and allocations increasingly fail with ResourceExhausted."),
        action=("Push the missing 1.42.0 image or roll the Fleet back to the previous tag; a larger buffer would not help because "
                "new GameServers cannot pull their image."),
    )


# ---------------------------------------------------------------- image_pull (2/2)
@scenario("image_pull_openfaas_docr_auth")
def _(rng):
    cl = "do-ams3-media"
    nodes = [do_node(rng, "pool-fn") for _ in range(2)]
    gw = kpod(rng, "gateway")
    fn = kpod(rng, "thumbnail-resize")
    wm = kpod(rng, "watermark")
    api = kpod(rng, "media-api")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 7, 11, 20, rng.randint(0, 50)))
    LG = {"namespace": "openfaas", "pod": gw, "container": "gateway", "node": nodes[0], "app": "gateway"}
    LA = {"namespace": "uploads", "pod": api, "container": "octane", "node": nodes[1], "app": "media-api"}
    LW = {"namespace": "openfaas-fn", "pod": wm, "container": "watermark", "node": nodes[1], "faas_function": "watermark"}
    ref = "registry.digitalocean.com/pixelcast/thumbnail-resize:0.9.3"
    auth = (f'Failed to pull image "{ref}": rpc error: code = Unknown desc = failed to pull and unpack image "{ref}": '
            f'failed to resolve reference "{ref}": failed to authorize: failed to fetch oauth token: unexpected status from GET '
            "request to https://api.digitalocean.com/v2/registry/auth?scope=repository%3Apixelcast%2Fthumbnail-resize%3Apull"
            "&service=registry.digitalocean.com: 401 Unauthorized")

    def lara(t, lvl, msg, ctx):
        return f"[{t.sp(0)}] production.{lvl}: {msg} {J(ctx)}"

    W.add(LG, lambda t: f"{t.slash()} Forwarded [POST] to /function/watermark - [200] - {rng.uniform(0.2, 0.6):.6f} seconds")
    W.add(LW, lambda t: f"{t.slash()} POST / - 200 OK - ContentLength: {rng.randint(80000, 200000)}B ({rng.uniform(0.2, 0.5):.4f}s)")
    W.add(LG, lambda t: f"{t.slash()} [Scale] function=thumbnail-resize.openfaas-fn 0 => 1 requested")
    scale_t = W.t
    E.add(W, "openfaas-fn", "Deployment", "thumbnail-resize", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set {fn.rsplit('-', 1)[0]} to 1", src="deployment-controller", api="apps/v1", gap=0.2)
    E.add(W, "openfaas-fn", "Pod", fn, "Scheduled", "Normal", f"Successfully assigned openfaas-fn/{fn} to {nodes[0]}", src="default-scheduler", gap=0.1)
    E.add(W, "openfaas-fn", "Pod", fn, "Pulling", "Normal", f'Pulling image "{ref}"', host=nodes[0], field="spec.containers{thumbnail-resize}", gap=0.6)
    E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", auth, True, 0.5, host=nodes[0], field="spec.containers{thumbnail-resize}")
    E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", "Error: ErrImagePull", True, 0.01, host=nodes[0], field="spec.containers{thumbnail-resize}")
    W.add(LA, lambda t: lara(t, "INFO", "Upload stored", {"upload_id": f"up_{hx(rng, 12)}", "bytes": rng.randint(1_000_000, 9_000_000)}))
    E.add(W, "openfaas-fn", "Pod", fn, "BackOff", "Normal", f'Back-off pulling image "{ref}"', True, (1, 3), host=nodes[0], field="spec.containers{thumbnail-resize}")
    E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", "Error: ImagePullBackOff", True, 0.01, host=nodes[0], field="spec.containers{thumbnail-resize}")
    W.add(LG, lambda t: f"{t.slash()} Forwarded [POST] to /function/watermark - [200] - {rng.uniform(0.2, 0.6):.6f} seconds")
    for i in range(3):
        E.add(W, "openfaas-fn", "Pod", fn, "Pulling", "Normal", f'Pulling image "{ref}"', host=nodes[0], field="spec.containers{thumbnail-resize}", gap=(8, 20))
        E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", auth, True, 0.5, host=nodes[0], field="spec.containers{thumbnail-resize}")
        E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", "Error: ErrImagePull", True, 0.01, host=nodes[0], field="spec.containers{thumbnail-resize}")
        W.add(LA, lambda t: lara(t, "ERROR", "Thumbnail generation failed, will retry",
                                 {"upload_id": f"up_{hx(rng, 12)}", "status": 502, "gateway": "http://gateway.openfaas:8080/function/thumbnail-resize"}))
        E.add(W, "openfaas-fn", "Pod", fn, "BackOff", "Normal", f'Back-off pulling image "{ref}"', True, (2, 6), host=nodes[0], field="spec.containers{thumbnail-resize}")
        E.add(W, "openfaas-fn", "Pod", fn, "Failed", "Warning", "Error: ImagePullBackOff", True, 0.01, host=nodes[0], field="spec.containers{thumbnail-resize}")
        if i == 0:
            W.add(LW, lambda t: f"{t.slash()} POST / - 200 OK - ContentLength: {rng.randint(80000, 200000)}B ({rng.uniform(0.2, 0.5):.4f}s)")
            W.add(LA, lambda t: lara(t, "WARNING", "Deprecated: Illuminate\\Support\\Facades\\Http::retry() third argument as int is deprecated", {}))
    W.add(LG, lambda t: f"{t.slash()} [Scale] function=thumbnail-resize.openfaas-fn 0 => 1 timed-out after 120.001847 seconds",
          gap=max(1.0, 120.0017 - (W.t - scale_t) / 1e9))
    W.add(LG, lambda t: f"{t.slash()} Forwarded [POST] to /function/thumbnail-resize - [502] - 120.004112 seconds", gap=0.01)
    W.add(LA, lambda t: lara(t, "ERROR", "Thumbnail generation failed, will retry",
                             {"upload_id": f"up_{hx(rng, 12)}", "status": 502, "gateway": "http://gateway.openfaas:8080/function/thumbnail-resize"}))
    W.add(LA, lambda t: lara(t, "CRITICAL", "Thumbnail queue backlog above threshold", {"pending": rng.randint(1800, 2400), "oldest_s": rng.randint(300, 420)}))
    return dict(
        category="image_pull", severity="CRITICAL", component="thumbnail-resize",
        question="Thumbnail generation has been failing for every upload since lunchtime. Is the OpenFaaS gateway broken?",
        selector=sel(), win=W,
        root_cause=("The thumbnail-resize function was scaled to zero and its new pod cannot pull "
                    f"{ref}: the DigitalOcean registry token in the image pull secret is rejected (401 Unauthorized), so the "
                    "pod stays in ErrImagePull/ImagePullBackOff."),
        summary=("The gateway's scale-from-zero for thumbnail-resize times out after 120 s and returns 502, so every thumbnail "
                 "request fails and the upload backlog grows; watermark still works because its image is already cached on its node."),
        action=("Regenerate the DOCR credentials (doctl registry kubernetes-manifest / integrate the registry with the cluster) and "
                "update the pull secret in openfaas-fn, then let the pod retry; the gateway itself needs no change."),
    )


# ---------------------------------------------------------------- probe_failure (1/2)
@scenario("probe_centrifugo_health_port")
def _(rng):
    cl = "ocp4-media"
    ns = "realtime-push"
    nodes = [f"worker-{i}.ocp4.media.example.com" for i in (1, 2)]
    pods = [kpod(rng, "centrifugo"), kpod(rng, "centrifugo")]
    api = kpod(rng, "notify-api")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 8, 7, 0, rng.randint(0, 50)))
    LC = [{"namespace": ns, "pod": p, "container": "centrifugo", "node": n, "app": "centrifugo"} for p, n in zip(pods, nodes)]
    LA = {"namespace": ns, "pod": api, "container": "puma", "node": nodes[1], "app": "notify-api"}
    puids = [uid(rng), uid(rng)]
    ips = [ip(rng, "10.128."), ip(rng, "10.131.")]

    def cz(t, lvl, msg, **kw):
        d = {"level": lvl}
        d.update(kw)
        d.update({"time": t.iso(0), "message": msg})
        return J(d)

    def boot(W, i):
        W.add(LC[i], lambda t: cz(t, "info", "starting Centrifugo", version="5.4.7", runtime="go1.23.4", pid=1, engine="redis", gomaxprocs=2))
        W.add(LC[i], lambda t: cz(t, "info", "using config file", path="/centrifugo/config.json"), gap=0.01)
        W.add(LC[i], lambda t: cz(t, "info", "serving websocket, api, uni_sse endpoints on :8000"), gap=0.05)
        W.add(LC[i], lambda t: cz(t, "info", "serving admin, debug, health, prometheus endpoints on :9000"), True, 0.001)

    def probes(W, i, kill):
        for _ in range(3):
            E.add(W, ns, "Pod", pods[i], "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404",
                  True, (2, 5), host=nodes[i], field="spec.containers{centrifugo}")
            E.add(W, ns, "Pod", pods[i], "Unhealthy", "Warning", "Liveness probe failed: HTTP probe failed with statuscode: 404",
                  True, (0.2, 1), host=nodes[i], field="spec.containers{centrifugo}")
        if kill:
            E.add(W, ns, "Pod", pods[i], "Killing", "Normal", "Container centrifugo failed liveness probe, will be restarted",
                  True, 0.01, host=nodes[i], field="spec.containers{centrifugo}")
            W.add(LC[i], lambda t: cz(t, "info", "signal received", signal="terminated"), gap=0.05)
            W.add(LC[i], lambda t: cz(t, "info", "shutting down, wait for 30s to gracefully close client connections"), gap=0.01)

    W.add(LA, "DEPRECATION WARNING: Support for `config.active_support.cache_format_version = 6.1` has been deprecated and will be removed in Rails 7.2.")
    boot(W, 0)
    boot(W, 1)
    W.add(LA, lambda t: f"I, [{t.iso(6, '')} #1]  INFO -- : [{uid(rng)}] Started POST \"/v1/notify\" for {ip(rng, '10.129.')} at {t.sp(0)} +0000")
    probes(W, 0, False)
    W.add(LA, lambda t: (f"E, [{t.iso(6, '')} #1] ERROR -- : [{uid(rng)}] Centrifugo publish failed: Failed to open TCP connection to "
                         f"centrifugo.realtime-push.svc:8000 (Connection refused - connect(2) for \"centrifugo.realtime-push.svc\" port 8000)"))
    probes(W, 1, False)
    E.add(W, ns, "Pod", pods[0], "Killing", "Normal", "Container centrifugo failed liveness probe, will be restarted",
          True, 0.5, host=nodes[0], field="spec.containers{centrifugo}")
    W.add(LC[0], lambda t: cz(t, "info", "signal received", signal="terminated"), gap=0.05)
    W.add(LA, lambda t: f"I, [{t.iso(6, '')} #1]  INFO -- : [{uid(rng)}] Completed 503 Service Unavailable in {rng.randint(3, 9)}ms")
    E.add(W, ns, "Pod", pods[1], "Killing", "Normal", "Container centrifugo failed liveness probe, will be restarted",
          True, (1, 3), host=nodes[1], field="spec.containers{centrifugo}")
    W.add(LC[1], lambda t: cz(t, "info", "signal received", signal="terminated"), gap=0.05)
    boot(W, 0)
    W.add(LA, lambda t: (f"E, [{t.iso(6, '')} #1] ERROR -- : [{uid(rng)}] Centrifugo publish failed: Failed to open TCP connection to "
                         f"centrifugo.realtime-push.svc:8000 (Connection refused - connect(2) for \"centrifugo.realtime-push.svc\" port 8000)"))
    boot(W, 1)
    probes(W, 0, True)
    E.add(W, ns, "Pod", pods[1], "BackOff", "Warning", f"Back-off restarting failed container centrifugo in pod {pods[1]}_{ns}({puids[1]})",
          False, (1, 3), host=nodes[1], field="spec.containers{centrifugo}")
    W.add(LA, lambda t: (f"E, [{t.iso(6, '')} #1] ERROR -- : [{uid(rng)}] Centrifugo publish failed: Failed to open TCP connection to "
                         f"centrifugo.realtime-push.svc:8000 (Connection refused - connect(2) for \"centrifugo.realtime-push.svc\" port 8000)"))
    return dict(
        category="probe_failure", severity="CRITICAL", component="centrifugo",
        question="notify-api can't publish to Centrifugo ('Connection refused') since this morning's Helm upgrade. Did Centrifugo stop listening on 8000?",
        selector=sel(namespace=ns), win=W,
        root_cause=("After the upgrade Centrifugo serves its health endpoint on the internal port :9000, but the liveness and "
                    "readiness probes still call /health on :8000 and get 404; the pods never become Ready and are killed by the "
                    "liveness probe every ~30 s although the process starts fine."),
        summary=("Both centrifugo pods start normally, fail every readiness/liveness probe with 404, get restarted and are never "
                 "Ready, so the Service has no endpoints and notify-api's publishes are refused."),
        action=("Point the probes at port 9000 (/health) or disable internal_port in the Centrifugo config, and roll the deployment; "
                "Centrifugo itself is listening on 8000."),
    )


# ---------------------------------------------------------------- probe_failure (2/2)
@scenario("probe_ktor_readiness_gc")
def _(rng):
    cl = "gke-lb-usc1"
    ns = "leaderboard"
    nodes = [gke_node(rng, "lb-usc1", "default-pool") for _ in range(3)]
    pods = [kpod(rng, "leaderboard-api") for _ in range(3)]
    web = kpod(rng, "leaderboard-web")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 9, 20, 0, rng.randint(0, 20)))
    LA = [{"namespace": ns, "pod": p, "container": "api", "node": n, "service_name": "leaderboard-api"} for p, n in zip(pods, nodes)]
    LW = {"namespace": ns, "pod": web, "container": "web", "node": nodes[0], "service_name": "leaderboard-web"}
    ips = [ip(rng, "10.52.") for _ in pods]
    gcn = [rng.randint(1800, 1900) for _ in pods]

    def req(t, path, ms, code="200 OK"):
        return f"{t.sp()} [eventLoopGroupProxy-4-{rng.randint(1, 4)}] INFO  Application - {code}: GET - {path} in {ms}ms"

    def gc(W, i, long_pause, ev):
        gcn[i] += 1
        n = gcn[i]
        pause = rng.uniform(1040, 1480) if long_pause else rng.uniform(18, 60)
        before = rng.randint(1850, 2010)
        after = rng.randint(900, 1200)
        W.add(LA[i], lambda t: f"[{t.iso(3, '+0000')}][info][gc] GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {before}M->{after}M(2048M) {pause:.3f}ms", ev)

    def probe(W, i):
        E.add(W, ns, "Pod", pods[i], "Unhealthy", "Warning",
              f'Readiness probe failed: Get "http://{ips[i]}:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
              True, (0.3, 2), host=nodes[i], field="spec.containers{api}")

    W.add(LA[0], lambda t: req(t, "/v1/boards/weekly/top?limit=100", rng.randint(20, 60)))
    W.add(LW, "[leaderboard-web] GET /weekly 200 41ms")
    E.add(W, ns, "HorizontalPodAutoscaler", "leaderboard-api", "SuccessfulRescale", "Normal",
          "New size: 5; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2")
    W.add(LA[1], lambda t: req(t, "/v1/boards/weekly/me", rng.randint(30, 90)))
    gc(W, 0, True, True)
    probe(W, 0)
    W.add(LW, "[leaderboard-web] upstream leaderboard-api returned 503 for /api/boards/weekly (attempt 1), retrying")
    W.add(LW, "[leaderboard-web] GET /weekly 200 1312ms", gap=(1, 2))
    gc(W, 1, True, True)
    probe(W, 1)
    W.add(LA[2], lambda t: req(t, "/v1/boards/weekly/top?limit=100", rng.randint(200, 900)))
    gc(W, 2, False, False)
    W.add(LA[2], lambda t: f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 9)}] WARN  c.k.lb.cache.RankCache - cache miss storm for board weekly-2026-07: rebuilding 184233 entries")
    gc(W, 2, True, True)
    probe(W, 2)
    probe(W, 0)
    W.add(LW, "[leaderboard-web] upstream leaderboard-api returned 503 for /api/boards/weekly (attempt 1), retrying")
    W.add(LW, "[leaderboard-web] GET /weekly 200 988ms", gap=(0.5, 1.5))
    gc(W, 0, True, True)
    probe(W, 0)
    W.add(LA[1], lambda t: req(t, "/v1/boards/season/top?limit=50", rng.randint(40, 120)))
    E.add(W, ns, "HorizontalPodAutoscaler", "leaderboard-api", "SuccessfulRescale", "Normal",
          "New size: 7; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2")
    W.add(LA[1], lambda t: f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 9)}] INFO  c.k.lb.cache.RankCache - rebuilt board weekly-2026-07 in 41.2s")
    gc(W, 1, True, True)
    probe(W, 1)
    W.add(LW, "[leaderboard-web] GET /weekly 200 233ms")
    for k in range(5):
        i = k % 3
        gc(W, i, False, False)
        W.add(LA[i], lambda t: req(t, "/v1/boards/weekly/top?limit=100", rng.randint(15, 45)), gap=(2, 8))
        if k == 2:
            W.add(LW, "[leaderboard-web] GET /weekly 200 38ms")
            W.add(LA[i], lambda t: req(t, "/v1/boards/weekly/player/unknown", rng.randint(3, 8), "404 Not Found"))
    return dict(
        category="probe_failure", severity="WARN", component="leaderboard-api",
        question="Around the weekly reset leaderboard-web logged some 503s from leaderboard-api. Is Redis slow?",
        selector=sel(namespace=ns), win=W,
        root_cause=("leaderboard-api's readiness probe (/ready, 1 s timeout) timed out during the weekly-reset cache rebuild because "
                    "G1 young-GC pauses of 1.0-1.5 s blocked the JVM; the pods were briefly marked NotReady and dropped from the "
                    "Service while the process kept running."),
        summary=("For about two minutes readiness probes failed with context deadline exceeded on all three pods, coinciding with "
                 "1 s+ GC pauses; leaderboard-web saw 503s that succeeded on retry. After the rebuild and HPA scale-out, GC pauses "
                 "dropped to tens of ms and probes passed again."),
        action=("Optional: give the readiness probe a timeout of 2-3 s and failureThreshold 3, and size the heap / tune G1 for the "
                "reset rebuild. No Redis action indicated."),
    )


# ---------------------------------------------------------------- scheduling (1/2)
@scenario("sched_agones_tourney_capacity")
def _(rng):
    cl = "eks-games-use1"

    def node():
        return f"ip-10-20-{rng.randint(32, 95)}-{rng.randint(2, 254)}.ec2.internal"
    nodes = [node() for _ in range(3)]
    ns = "game-servers"
    gss = rstr(rng, KALNUM, 5)
    new = [f"tourney-fleet-{gss}-{rstr(rng, KALNUM, 5)}" for _ in range(4)]
    old = [f"tourney-fleet-{gss}-{rstr(rng, KALNUM, 5)}" for _ in range(2)]
    ctrl = kpod(rng, "agones-controller")
    ca = kpod(rng, "cluster-autoscaler")
    dr = kpod(rng, "tourney-director")
    asg = f"eks-gameservers-{uid(rng)}"
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 10, 19, 44, rng.randint(0, 50)))
    LC = {"namespace": "agones-system", "pod": ctrl, "container": "agones-controller", "app": "agones"}
    LCA = {"namespace": "kube-system", "pod": ca, "container": "cluster-autoscaler", "app": "cluster-autoscaler"}
    LD = {"namespace": "matchmaking", "pod": dr, "container": "director", "app": "tourney-director"}
    LG = [{"namespace": ns, "pod": p, "container": "tourney-server", "node": nodes[i]} for i, p in enumerate(old)]
    fs = ("0/14 nodes are available: 3 node(s) had untolerated taint {agones.dev/agones-system: true}, 11 Insufficient cpu. "
          "preemption: 0/14 nodes are available: 3 Preemption is not helpful for scheduling, 11 No preemption victims found for incoming pod.")
    nts = "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {agones.dev/agones-system: true}"

    def ag(t, msg, **kw):
        d = {"message": msg}
        d.update(kw)
        d.update({"severity": "info", "source": "*fleetautoscalers.Controller", "time": t.iso(0)})
        return J(d)

    def spd(t, msg):
        return f"[{t.sp(3)}] [info] [tourney] {msg}"

    def alloc_fail(t):
        return (f'time="{t.iso(0)}" level=error msg="allocation failed" error="rpc error: code = ResourceExhausted desc = '
                f'there is no available GameServer to allocate" bracket=r1-{rng.randint(100, 400)} fleet=tourney-fleet')

    m0 = f"m-{rng.randint(100000, 199999)}"
    W.add(LG[0], lambda t: spd(t, f"match {m0} warmup, 8/8 players"))
    W.add(LC, lambda t: ag(t, "Fleet autoscaler scaling fleet", fleet="tourney-fleet", fleetAutoscaler="tourney-fleet-autoscaler", **{"from": 40, "to": 120}))
    E.add(W, ns, "FleetAutoscaler", "tourney-fleet-autoscaler", "AutoScalingFleet", "Normal", "Scaling fleet tourney-fleet from 40 to 120",
          src="fleetautoscaler-controller", api="autoscaling.agones.dev/v1", gap=0.1)
    E.add(W, ns, "Fleet", "tourney-fleet", "ScalingGameServerSet", "Normal", f"Scaling active GameServerSet tourney-fleet-{gss} from 40 to 120",
          src="fleet-controller", api="agones.dev/v1", gap=0.2)
    for gs in new:
        E.add(W, ns, "GameServerSet", f"tourney-fleet-{gss}", "SuccessfulCreate", "Normal", f"Created gameserver: {gs}",
              src="gameserverset-controller", api="agones.dev/v1", gap=(0.05, 0.3))
    for gs in new[:3]:
        E.add(W, ns, "Pod", gs, "FailedScheduling", "Warning", fs, True, (0.2, 1.5), src="default-scheduler")
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'klogx.go:87')} Pod {ns}/{new[0]} is unschedulable", True, (3, 6))
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'klogx.go:87')} Pod {ns}/{new[1]} is unschedulable", True, 0.001)
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'orchestrator.go:151')} Skipping node group {asg} - max size reached", True, 0.01)
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'orchestrator.go:151')} Skipping node group eks-agones-system-{uid(rng)[:8]} - not ready for scaleup", False, 0.001)
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'orchestrator.go:203')} No expansion options", True, 0.002)
    for gs in new[:3]:
        E.add(W, ns, "Pod", gs, "NotTriggerScaleUp", "Normal", nts, True, (0.01, 0.2), src="cluster-autoscaler")
    W.add(LD, alloc_fail, gap=(1, 3))
    W.add(LG[1], lambda t: spd(t, f"match m-{rng.randint(100000, 199999)} started, 8/8 players, map=harbor"))
    E.add(W, ns, "GameServer", old[1], "Allocated", "Normal", "Allocated", src="gameserver-controller", api="agones.dev/v1", gap=0.3)
    W.add(LD, alloc_fail, gap=(1, 3))
    W.add(LD, alloc_fail, gap=(1, 3))
    E.add(W, ns, "Pod", new[3], "FailedScheduling", "Warning", fs, True, (0.5, 2), src="default-scheduler")
    E.add(W, ns, "Pod", new[3], "NotTriggerScaleUp", "Normal", nts, True, (0.5, 2), src="cluster-autoscaler")
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'static_autoscaler.go:590')} Calculating unneeded nodes", False, (5, 9))
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'klogx.go:87')} Pod {ns}/{new[2]} is unschedulable", True, 0.5)
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'orchestrator.go:151')} Skipping node group {asg} - max size reached", True, 0.01)
    W.add(LCA, lambda t: f"{t.klog('I', 1, 'orchestrator.go:203')} No expansion options", True, 0.002)
    for gs in new[:2]:
        E.add(W, ns, "Pod", gs, "FailedScheduling", "Warning", fs, True, (1, 4), src="default-scheduler")
    W.add(LG[0], lambda t: spd(t, f"match {m0} finished, winner team 2; SDK.Shutdown()"))
    E.add(W, ns, "GameServer", old[0], "Shutdown", "Normal", "Deletion started", src="gameserver-controller", api="agones.dev/v1", gap=0.4)
    W.add(LD, alloc_fail, gap=(1, 3))
    W.add(LD, lambda t: f'time="{t.iso(0)}" level=warning msg="bracket round delayed" bracket=r1 waiting_matches={rng.randint(30, 44)} ready_gameservers=0', gap=(1, 2))
    W.add(LC, lambda t: ag(t, "Fleet status", fleet="tourney-fleet", replicas=120, readyReplicas=0, reservedReplicas=0, allocatedReplicas=38), gap=(5, 10))
    return dict(
        category="scheduling", severity="ERROR", component="tourney-fleet",
        question="Tournament round 1 is stalled: the director can't allocate game servers. Is the Agones allocator service down?",
        selector=sel(), win=W,
        root_cause=("The fleet autoscaler scaled tourney-fleet from 40 to 120, but the new GameServer pods cannot be scheduled: "
                    "11 nodes have insufficient CPU, the 3 remaining nodes carry the agones-system taint, and the gameservers node "
                    f"group {asg} is already at its max size so the cluster autoscaler cannot add nodes."),
        summary=("New tourney-fleet pods stay Pending (FailedScheduling, NotTriggerScaleUp: max node group size reached), so there "
                 "are no Ready GameServers and allocation requests fail with ResourceExhausted; running matches are unaffected."),
        action=("Raise the max size of the gameservers node group (or add capacity / another node group) so the pending GameServers "
                "can schedule; optionally lower the tournament buffer. The allocator itself is working."),
    )


# ---------------------------------------------------------------- scheduling (2/2)
@scenario("sched_keda_sqs_quota")
def _(rng):
    cl = "eks-ingest-euc1"
    ns = "ingest"
    nodes = [eks_node(rng, "eu-central-1", "10.64") for _ in range(3)]
    rs = f"sqs-ingest-worker-{rstr(rng, KALNUM, 9)}"
    pods = [f"{rs}-{rstr(rng, KALNUM, 5)}" for _ in range(3)]
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 11, 16, 31, rng.randint(0, 50)))
    LW = [{"namespace": ns, "pod": p, "container": "worker", "node": nodes[i], "service_name": "sqs-ingest-worker"} for i, p in enumerate(pods)]
    metric = ("external metric s0-aws-sqs-queue-clip-events(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: "
              "sqs-ingest-worker,},MatchExpressions:[]LabelSelectorRequirement{},}) above target")

    def quota_msg():
        return (f'Error creating: pods "{rs}-{rstr(rng, KALNUM, 5)}" is forbidden: exceeded quota: ingest-compute, '
                "requested: limits.cpu=1,requests.cpu=500m, used: limits.cpu=16,requests.cpu=8, limited: limits.cpu=16,requests.cpu=8")

    def batch(t, i):
        return (f"time={t.iso(3)} level=INFO msg=\"batch processed\" queue=clip-events received=10 deleted=10 failed=0 "
                f"duration_ms={rng.randint(640, 980)} worker={pods[i]}")

    def stats(t, vis, age):
        return f"time={t.iso(3)} level={'WARN' if age > 300 else 'INFO'} msg=\"queue stats\" queue=clip-events visible={vis} in_flight={rng.randint(140, 170)} oldest_age_s={age}"

    for i in range(3):
        W.add(LW[i], lambda t, i=i: batch(t, i))
    E.add(W, ns, "HorizontalPodAutoscaler", "keda-hpa-sqs-ingest-worker", "SuccessfulRescale", "Normal", f"New size: 16; reason: {metric}",
          src="horizontal-pod-autoscaler", api="autoscaling/v2")
    E.add(W, ns, "Deployment", "sqs-ingest-worker", "ScalingReplicaSet", "Normal", f"Scaled up replica set {rs} to 16",
          src="deployment-controller", api="apps/v1", gap=0.1)
    W.add(LW[0], lambda t: stats(t, 9120, 141))
    W.add(LW[1], lambda t: batch(t, 1))
    E.add(W, ns, "HorizontalPodAutoscaler", "keda-hpa-sqs-ingest-worker", "SuccessfulRescale", "Normal", f"New size: 32; reason: {metric}",
          src="horizontal-pod-autoscaler", api="autoscaling/v2", gap=(10, 20))
    E.add(W, ns, "Deployment", "sqs-ingest-worker", "ScalingReplicaSet", "Normal", f"Scaled up replica set {rs} to 32",
          src="deployment-controller", api="apps/v1", gap=0.1)
    for k in range(4):
        E.add(W, ns, "ReplicaSet", rs, "FailedCreate", "Warning", quota_msg(), True, (0.05, 0.3), src="replicaset-controller", api="apps/v1")
    W.add(LW[2], lambda t: batch(t, 2))
    W.add(LW[0], lambda t: stats(t, 18234, 412))
    W.add(LW[1], lambda t: f"time={t.iso(3)} level=WARN msg=\"receive retry\" queue=clip-events err=\"operation error SQS: ReceiveMessage, https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded\" attempt=1", gap=(1, 3))
    W.add(LW[1], lambda t: batch(t, 1), gap=(0.5, 1))
    for k in range(3):
        E.add(W, ns, "ReplicaSet", rs, "FailedCreate", "Warning", quota_msg(), True, (4, 12), src="replicaset-controller", api="apps/v1")
        W.add(LW[k], lambda t, k=k: batch(t, k))
    E.add(W, ns, "ScaledObject", "sqs-ingest-worker", "KEDAScaleTargetActivated", "Normal", "Scaled apps/v1.Deployment ingest/sqs-ingest-worker from 16 to 32",
          src="keda-operator", api="keda.sh/v1alpha1", gap=0.4)
    W.add(LW[2], lambda t: stats(t, 16402, 455))
    W.add(LW[0], lambda t: batch(t, 0))
    E.add(W, ns, "ReplicaSet", rs, "FailedCreate", "Warning", quota_msg(), True, (10, 20), src="replicaset-controller", api="apps/v1")
    W.add(LW[1], lambda t: stats(t, 11871, 388), gap=(20, 40))
    W.add(LW[2], lambda t: batch(t, 2))
    W.add(LW[0], lambda t: stats(t, 6420, 214), gap=(30, 50))
    E.add(W, ns, "HorizontalPodAutoscaler", "keda-hpa-sqs-ingest-worker", "SuccessfulRescale", "Normal", f"New size: 18; reason: All metrics below target",
          src="horizontal-pod-autoscaler", api="autoscaling/v2", gap=(20, 40))
    W.add(LW[1], lambda t: batch(t, 1))
    W.add(LW[2], lambda t: stats(t, 2210, 96), gap=(20, 40))
    return dict(
        category="scheduling", severity="WARN", component="sqs-ingest-worker",
        question="KEDA asked for 32 sqs-ingest-worker replicas but we only ever see 16 running. Is KEDA broken?",
        selector=sel(namespace=ns), win=W,
        root_cause=("The ingest namespace ResourceQuota ingest-compute caps limits.cpu at 16 (requests.cpu 8); at 1 CPU limit per "
                    "worker only 16 pods fit, so the ReplicaSet's extra pods are rejected with 'exceeded quota'."),
        summary=("KEDA/HPA scaled the worker to 32 for a clip-events burst, but pod creation beyond 16 is forbidden by the quota; the "
                 "16 running workers drained the queue more slowly (oldest message ~7 min) and the backlog is now falling again."),
        action=("Optional: raise the ingest-compute quota or cap the ScaledObject maxReplicaCount at what the quota allows (or lower "
                "per-pod CPU limits) so bursts drain faster. KEDA is working as configured."),
    )


# ---------------------------------------------------------------- dns_resolution (1/2)
@scenario("dns_coredns_upstream_timeout")
def _(rng):
    cl = "aks-push-neu"
    nodes = [aks_node(rng, "sysp", "27182818"), aks_node(rng, "apps", "16180339"), aks_node(rng, "apps", "16180339")]
    cdns = [kpod(rng, "coredns"), kpod(rng, "coredns"), kpod(rng, "coredns")]
    pg = [kpod(rng, "push-gateway"), kpod(rng, "push-gateway")]
    sa = kpod(rng, "steam-auth")
    W = Win(rng, start_ns(2026, 2, 12, 8, 14, rng.randint(0, 50)))
    LCD = [{"namespace": "kube-system", "pod": p, "container": "coredns", "node": nodes[0 if i < 2 else 1], "k8s_app": "kube-dns"} for i, p in enumerate(cdns)]
    LPG = [{"namespace": "notifications", "pod": p, "container": "push-gateway", "node": nodes[1 + i], "app": "push-gateway"} for i, p in enumerate(pg)]
    LSA = {"namespace": "accounts", "pod": sa, "container": "steam-auth", "node": nodes[2], "app": "steam-auth"}
    cips = [ip(rng, "10.244.0."), ip(rng, "10.244.0."), ip(rng, "10.244.1.")]
    upstream = "10.50.0.4"

    def cerr(t, i, name, qt):
        return f"[ERROR] plugin/errors: 2 {name}. {qt}: read udp {cips[i]}:{rng.randint(32768, 60999)}->{upstream}:53: i/o timeout"

    def pino(t, i, lvl, msg, **kw):
        d = {"level": lvl, "time": t.epoch_ms(), "pid": 1, "hostname": pg[i]}
        d.update(kw)
        d["msg"] = msg
        return J(d)

    def eai(t, i, host, what):
        err = {"type": "Error", "message": f"getaddrinfo EAI_AGAIN {host}",
               "stack": f"Error: getaddrinfo EAI_AGAIN {host}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26)",
               "errno": -3001, "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": host}
        return pino(t, i, 50, what, err=err)

    W.add(LPG[0], lambda t: pino(t, 0, 30, "dequeued batch from redis stream push:outbound", count=500, stream_lag=rng.randint(0, 40)))
    W.add(LCD[2], ".:53")
    W.add(LCD[2], "[WARNING] No files matching import glob pattern: custom/*.override", gap=0.001)
    W.add(LCD[2], "CoreDNS-1.11.3", gap=0.001)
    W.add(LCD[2], "linux/amd64, go1.22.7, a6338e9", gap=0.001)
    W.add(LCD[0], lambda t: cerr(t, 0, "api.push.apple.com", "A"), True)
    W.add(LPG[0], lambda t: eai(t, 0, "api.push.apple.com", "APNs send failed"), True, 0.3)
    W.add(LCD[1], lambda t: cerr(t, 1, "fcm.googleapis.com", "AAAA"), True)
    W.add(LCD[1], lambda t: cerr(t, 1, "fcm.googleapis.com", "A"), True, 0.01)
    W.add(LPG[1], lambda t: eai(t, 1, "fcm.googleapis.com", "FCM send failed"), True, 0.2)
    W.add(LPG[1], lambda t: pino(t, 1, 30, "redis ping ok", host="redis-master.notifications.svc.cluster.local", rtt_ms=round(rng.uniform(0.3, 0.9), 2)))
    W.add(LSA, lambda t: f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 9)}] ERROR c.g.auth.SteamTicketVerifier - ticket verification failed for session s_{hx(rng, 10)}: java.net.UnknownHostException: api.steampowered.com: Temporary failure in name resolution", True)
    W.add(LCD[0], lambda t: cerr(t, 0, "api.steampowered.com", "A"), True, 0.1)
    W.add(LCD[2], lambda t: cerr(t, 2, "oauth2.googleapis.com", "A"), True)
    W.add(LPG[1], lambda t: eai(t, 1, "oauth2.googleapis.com", "FCM access token refresh failed"), True, 0.3)
    W.add(LPG[0], lambda t: pino(t, 0, 40, "retrying batch", attempt=2, backoff_ms=2000, pending=rng.randint(1800, 2600)))
    W.add(LSA, lambda t: f"{t.sp()} [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /healthz in 1ms")
    for k in range(3):
        i = rng.randint(0, 2)
        W.add(LCD[i], lambda t, i=i: cerr(t, i, "api.push.apple.com", rng.choice(["A", "AAAA"])), True, (1, 4))
        W.add(LPG[k % 2], lambda t, k=k: eai(t, k % 2, "api.push.apple.com", "APNs send failed"), True, 0.2)
        W.add(LCD[(i + 1) % 3], lambda t, i=i: cerr(t, (i + 1) % 3, "fcm.googleapis.com", "A"), True, (0.1, 1))
        W.add(LPG[(k + 1) % 2], lambda t, k=k: eai(t, (k + 1) % 2, "fcm.googleapis.com", "FCM send failed"), True, 0.2)
        if k == 1:
            W.add(LPG[0], lambda t: pino(t, 0, 30, "dequeued batch from redis stream push:outbound", count=500, stream_lag=rng.randint(3000, 5000)))
            W.add(LSA, lambda t: f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 9)}] ERROR c.g.auth.SteamTicketVerifier - ticket verification failed for session s_{hx(rng, 10)}: java.net.UnknownHostException: api.steampowered.com: Temporary failure in name resolution", True)
    W.add(LPG[1], lambda t: pino(t, 1, 40, "outbound backlog growing", pending=rng.randint(9000, 12000), oldest_s=rng.randint(240, 320)))
    return dict(
        category="dns_resolution", severity="ERROR", component="coredns",
        question="Push notifications (APNs and FCM) stopped going out and Steam login checks fail. Did Apple and Google change their endpoints?",
        selector=sel(), win=W,
        root_cause=("CoreDNS cannot resolve external names: its forwarder for external zones, 10.50.0.4 (set in coredns-custom), "
                    "does not answer, so every upstream query ends in 'read udp ... ->10.50.0.4:53: i/o timeout' and clients get "
                    "EAI_AGAIN / UnknownHostException. In-cluster names still resolve."),
        summary=("All three CoreDNS replicas log i/o timeouts towards 10.50.0.4 for api.push.apple.com, fcm.googleapis.com, "
                 "oauth2.googleapis.com and api.steampowered.com; push-gateway and steam-auth fail on name resolution while their "
                 "in-cluster Redis calls keep working and the push backlog grows."),
        action=("Restore reachability of 10.50.0.4 or point the coredns-custom forward for external zones back to Azure DNS "
                "(168.63.129.16) and restart/reload CoreDNS; the remote APIs are not at fault."),
    )


# ---------------------------------------------------------------- dns_resolution (2/2)
@scenario("dns_coredns_loop_k3s")
def _(rng):
    cl = "k3s-hel-fsn1"
    servers = ["k3s-server-fsn1-1", "k3s-agent-fsn1-2", "k3s-agent-fsn1-3"]
    cd = [kpod(rng, "coredns"), kpod(rng, "coredns")]
    oct_ = kpod(rng, "gamedata-api")
    es = f"webhook-eventsource-{rstr(rng, KALNUM, 5)}-{rstr(rng, KALNUM, 5)}"
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 13, 3, 10, rng.randint(0, 50)))
    LCD = [{"namespace": "kube-system", "pod": p, "container": "coredns", "node": servers[i], "k8s_app": "kube-dns"} for i, p in enumerate(cd)]
    LN = [{"namespace": "events", "pod": f"nats-{i}", "container": "nats", "node": servers[i]} for i in range(3)]
    LO = {"namespace": "gamedata", "pod": oct_, "container": "octane", "node": servers[2], "app": "gamedata-api"}
    LE = {"namespace": "argo-events", "pod": es, "container": "main", "node": servers[1]}
    puids = [uid(rng), uid(rng)]
    pips = [ip(rng, "10.42.0."), ip(rng, "10.42.1."), ip(rng, "10.42.2.")]

    cfg_sha = hx(rng, 128)

    def boot(W, i):
        W.add(LCD[i], "[INFO] plugin/reload: Running configuration SHA512 = " + cfg_sha, gap=(2, 6))
        W.add(LCD[i], "CoreDNS-1.12.0", gap=0.001)
        W.add(LCD[i], "linux/amd64, go1.23.3, 51e11f1", gap=0.001)
        W.add(LCD[i], lambda t: (f"[FATAL] plugin/loop: Loop (127.0.0.1:{rng.randint(32768, 60999)} -> :53) detected for zone \".\", "
                                 f"see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO {rng.randint(10**18, 9 * 10**18)}."
                                 f"{rng.randint(10**18, 9 * 10**18)}.\""), True, (0.2, 0.6))

    def nats_route(t, i, peer):
        return (f"[1] {t.slash(6)} [ERR] Error trying to connect to route (attempt {rng.randint(2, 9)}): lookup for host "
                f"\"nats-{peer}.nats.events.svc.cluster.local\": lookup nats-{peer}.nats.events.svc.cluster.local on 10.43.0.10:53: "
                f"read udp {pips[i]}:{rng.randint(32768, 60999)}->10.43.0.10:53: read: connection refused")

    def octane_err(t):
        return (f"[{t.sp(0)}] production.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for "
                f"mysql.gamedata.svc.cluster.local failed: Temporary failure in name resolution (Connection: mysql, SQL: select * from "
                f"`players` where `id` = {rng.randint(100000, 999999)} limit 1)")

    def argo_err(t):
        return J({"level": "error", "ts": float(t.epoch(6)), "logger": "argo-events.eventsource", "caller": "eventsources/eventing.go:482",
                  "msg": "failed to connect to eventbus", "eventSourceName": "webhook",
                  "error": f"nats: dial tcp: lookup eventbus-default-js-svc.argo-events.svc.cluster.local on 10.43.0.10:53: read udp {pips[1]}:{rng.randint(32768, 60999)}->10.43.0.10:53: read: connection refused"})

    boot(W, 0)
    boot(W, 1)
    E.add(W, "kube-system", "Pod", cd[0], "BackOff", "Warning", f"Back-off restarting failed container coredns in pod {cd[0]}_kube-system({puids[0]})",
          host=servers[0], field="spec.containers{coredns}")
    W.add(LN[0], lambda t: nats_route(t, 0, 2), True)
    W.add(LO, lambda t: f"[{t.sp(0)}] production.INFO: GET /api/v2/leaderboard/daily 200 (cache hit)")
    W.add(LO, octane_err, True)
    W.add(LE, argo_err, True)
    W.add(LN[1], lambda t: nats_route(t, 1, 0), True)
    E.add(W, "kube-system", "Pod", cd[1], "BackOff", "Warning", f"Back-off restarting failed container coredns in pod {cd[1]}_kube-system({puids[1]})",
          host=servers[1], field="spec.containers{coredns}")
    W.add(LN[2], lambda t: f"[1] {t.slash(6)} [WRN] JetStream cluster stream '$G > GAME_EVENTS' has NO quorum, stalled")
    W.add(LO, octane_err, True)
    boot(W, 0)
    W.add(LN[2], lambda t: nats_route(t, 2, 1), True)
    W.add(LE, argo_err, True)
    boot(W, 1)
    E.add(W, "kube-system", "Pod", cd[0], "BackOff", "Warning", f"Back-off restarting failed container coredns in pod {cd[0]}_kube-system({puids[0]})",
          host=servers[0], field="spec.containers{coredns}")
    W.add(LO, lambda t: f"[{t.sp(0)}] production.WARNING: Redis connection retry 1/3 succeeded (redis.gamedata.svc.cluster.local served from persistent connection)")
    W.add(LO, octane_err, True)
    W.add(LN[0], lambda t: nats_route(t, 0, 1), True)
    E.add(W, "kube-system", "Pod", cd[1], "BackOff", "Warning", f"Back-off restarting failed container coredns in pod {cd[1]}_kube-system({puids[1]})",
          host=servers[1], field="spec.containers{coredns}")
    boot(W, 0)
    W.add(LE, argo_err, True)
    W.add(LO, octane_err, True)
    return dict(
        category="dns_resolution", severity="CRITICAL", component="coredns",
        question="NATS routes, the gamedata API and Argo Events all report 'connection refused' on the k3s cluster. Is the network (flannel) broken?",
        selector=sel(), win=W,
        root_cause=("CoreDNS detects a forwarding loop (plugin/loop: HINFO query comes back to itself, because 'forward . "
                    "/etc/resolv.conf' ends up at the node's 127.0.0.53 stub) and exits with FATAL; both replicas crash-loop, so "
                    "the kube-dns service has no endpoints and every cluster lookup to 10.43.0.10:53 is refused."),
        summary=("With no working cluster DNS, NATS cannot resolve its route peers (JetStream loses quorum), the Laravel Octane API "
                 "cannot resolve MySQL and the Argo Events eventsource cannot find the eventbus; the 'connection refused' is the "
                 "UDP query to the DNS service IP, not the application network."),
        action=("Point CoreDNS's forward at real upstream resolvers (e.g. the Hetzner resolvers or /run/systemd/resolve/resolv.conf) "
                "in the CoreDNS config, restart the coredns pods and confirm lookups; the CNI needs no change."),
    )


# ---------------------------------------------------------------- connection_refused (1/2)
@scenario("connrefused_socketio_redis_downscaled")
def _(rng):
    cl = "bm-chat-ams"
    nodes = ["k8s-w-02", "k8s-w-03", "k8s-w-06"]
    gws = [kpod(rng, "chat-gateway") for _ in range(3)]
    ds = kpod(rng, "kube-downscaler")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 13, 19, 29, 40 + rng.randint(0, 15)))
    LG = [{"namespace": "chat", "pod": p, "container": "gateway", "node": nodes[i], "app": "chat-gateway"} for i, p in enumerate(gws)]
    LR = {"namespace": "chat", "pod": "socketio-redis-0", "container": "redis", "node": nodes[1], "app": "socketio-redis"}
    LDS = {"namespace": "platform-tools", "pod": ds, "container": "downscaler", "node": nodes[0], "app": "kube-downscaler"}
    svc_ip = ip(rng, "10.103.")

    def pino(t, i, lvl, msg, **kw):
        d = {"level": lvl, "time": t.epoch_ms(), "pid": 1, "hostname": gws[i]}
        d.update(kw)
        d["msg"] = msg
        return J(d)

    refused = f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED {svc_ip}:6379"
    stack = "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"
    W.add(LG[0], lambda t: pino(t, 0, 30, "socket connected", sid=rstr(rng, LOWALNUM, 20), ns="/", transport="websocket"))
    W.add(LR, lambda t: f"{t.redis()} * 1 changes in 60 seconds. Saving...", gap=(1, 4))
    W.add(LDS, lambda t: f"{t.sp(3, ',')} INFO: Scaling down Deployment chat/chat-admin from 2 to 0 replicas (uptime: Mon-Fri 07:30-20:30 Europe/Berlin, downtime: never)", gap=(3, 6))
    W.add(LDS, lambda t: f"{t.sp(3, ',')} INFO: Scaling down StatefulSet chat/socketio-redis from 1 to 0 replicas (uptime: Mon-Fri 07:30-20:30 Europe/Berlin, downtime: never)", True, 0.05)
    E.add(W, "chat", "StatefulSet", "socketio-redis", "SuccessfulDelete", "Normal", "delete Pod socketio-redis-0 in StatefulSet socketio-redis successful",
          True, 0.4, src="statefulset-controller", api="apps/v1")
    E.add(W, "chat", "Pod", "socketio-redis-0", "Killing", "Normal", "Stopping container redis", True, 0.05, host=nodes[1], field="spec.containers{redis}")
    W.add(LR, lambda t: f"1:signal-handler ({t.sec}) Received SIGTERM scheduling shutdown...", True, 0.01)
    W.add(LR, lambda t: f"{t.redis()} # User requested shutdown...", False, 0.05)
    W.add(LR, lambda t: f"{t.redis()} * Saving the final RDB snapshot before exiting.", False, 0.001)
    W.add(LR, lambda t: f"{t.redis()} * DB saved on disk", False, 0.02)
    W.add(LR, lambda t: f"{t.redis()} # Redis is now ready to exit, bye bye...", True, 0.001)
    for i in range(3):
        W.add(LG[i], refused, True, (0.05, 0.6))
        W.add(LG[i], stack, False, 0.0001)
    W.add(LG[1], lambda t: pino(t, 1, 40, "redis adapter publish failed; cross-node broadcast dropped", room=f"guild:{rng.randint(1000, 9999)}"))
    W.add(LG[2], lambda t: pino(t, 2, 30, "socket disconnected", sid=rstr(rng, LOWALNUM, 20), reason="transport close"))
    for k in range(3):
        for i in range(3):
            W.add(LG[i], refused, True, (0.3, 3))
            W.add(LG[i], stack, False, 0.0001)
        W.add(LG[k], lambda t, k=k: pino(t, k, 40, "redis adapter publish failed; cross-node broadcast dropped", room=f"match:{rng.randint(100000, 999999)}"))
        if k == 1:
            W.add(LG[0], lambda t: pino(t, 0, 30, "socket connected", sid=rstr(rng, LOWALNUM, 20), ns="/", transport="polling"))
            W.add(LG[0], lambda t: pino(t, 0, 30, "transport upgraded", transport="websocket"), gap=0.3)
    W.add(LG[2], lambda t: pino(t, 2, 50, "room join failed", room=f"guild:{rng.randint(1000, 9999)}", err="Connection is closed."))
    return dict(
        category="connection_refused", severity="ERROR", component="socketio-redis",
        question="Since this evening chat messages only reach players on the same gateway pod. Is the Socket.IO gateway dropping websockets?",
        selector=sel(), win=W,
        root_cause=("kube-downscaler scaled the socketio-redis StatefulSet to 0 replicas at 20:30 Europe/Berlin (the namespace's "
                    "Mon-Fri 07:30-20:30 uptime schedule also covers it), so nothing listens behind the Redis service and the "
                    "Socket.IO Redis adapter gets ECONNREFUSED."),
        summary=("After Redis shut down cleanly on SIGTERM, every chat-gateway pod's ioredis client is refused on port 6379; the "
                 "adapter cannot publish cross-pod broadcasts, so messages only reach sockets on the same pod. Websockets themselves "
                 "connect fine."),
        action=("Scale socketio-redis back to 1 and exclude it from kube-downscaler (downscaler/exclude annotation) or give the "
                "namespace a schedule matching global player hours."),
    )


# ---------------------------------------------------------------- connection_refused (2/2)
@scenario("connrefused_rabbitmq_rolling_restart")
def _(rng):
    cl = "ocp4-tourney"
    ns = "tournament"
    nodes = [f"worker-{i}.ocp4.tourney.example.net" for i in range(3)]
    hubs = [kpod(rng, "bracket-hub"), kpod(rng, "bracket-hub")]
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 15, 16, 0, rng.randint(0, 30)))
    LR = [{"namespace": ns, "pod": f"rabbitmq-server-{i}", "container": "rabbitmq", "node": nodes[i], "app": "rabbitmq"} for i in range(3)]
    LH = [{"namespace": ns, "pod": p, "container": "bracket-hub", "node": nodes[i], "app": "bracket-hub"} for i, p in enumerate(hubs)]
    rips = [ip(rng, "10.128.") for _ in range(3)]

    def rl(t, lvl, pid, msg):
        return f"{t.sp(6)}+00:00 [{lvl}] <0.{pid}.0> {msg}"

    def host(i):
        return f"rabbitmq-server-{i}.rabbitmq-nodes.{ns}.svc:5672"

    def refused(t, h, i, attempt):
        return (f"{t.iso(3)} fail: Bracket.Realtime.RabbitMqBackplane[0] Reconnect attempt {attempt} to {host(i)} failed: "
                "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable ---> "
                "System.AggregateException: One or more errors occurred. (Connection failed) ---> "
                "RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed ---> System.Net.Sockets.SocketException (111): Connection refused")

    def restart(W, i, h):
        E.add(W, ns, "Pod", f"rabbitmq-server-{i}", "Killing", "Normal", "Stopping container rabbitmq", True, (2, 5), host=nodes[i], field="spec.containers{rabbitmq}")
        W.add(LR[i], lambda t: rl(t, "notice", 64, "SIGTERM received - shutting down"), True, 0.05)
        W.add(LR[i], lambda t: rl(t, "info", rng.randint(1100, 1300), f"Closing all connections in vhost '/' on node 'rabbit@rabbitmq-server-{i}.rabbitmq-nodes.{ns}' because the vhost is stopping"), False, 0.2)
        W.add(LR[i], lambda t: rl(t, "info", rng.randint(540, 600), "stopped TCP listener on [::]:5672"), True, 0.3)
        W.add(LH[h], lambda t: f"{t.iso(3)} warn: Bracket.Realtime.RabbitMqBackplane[0] Connection to {host(i)} lost (CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'); reconnecting", False, 0.05)
        W.add(LH[h], lambda t: refused(t, h, i, 1), True, (1, 2))
        W.add(LH[h], lambda t: refused(t, h, i, 2), True, (2, 3))
        W.add(LH[h], lambda t: f"{t.iso(3)} info: Bracket.Realtime.RabbitMqBackplane[0] Reconnected to {host((i + 1) % 3)} (failover)", False, (1, 3))
        W.add(LR[i], lambda t: rl(t, "info", 230, "Starting RabbitMQ 3.13.7 on Erlang 26.2.5.6 [jit]"), False, (8, 15))
        E.add(W, ns, "Pod", f"rabbitmq-server-{i}", "Unhealthy", "Warning", f"Readiness probe failed: dial tcp {rips[i]}:5672: connect: connection refused",
              True, (3, 6), host=nodes[i], field="spec.containers{rabbitmq}")
        W.add(LR[i], lambda t: rl(t, "info", 230, "Ready to start client connection listeners"), False, (10, 20))
        W.add(LR[i], lambda t: rl(t, "info", rng.randint(1000, 1100), "started TCP listener on [::]:5672"), False, 0.01)
        W.add(LR[i], lambda t: rl(t, "info", 230, "Server startup complete; 6 plugins started."), False, 0.2)

    W.add(LH[0], lambda t: f"{t.iso(3)} info: Bracket.Realtime.BracketHub[0] Connection {rstr(rng, LOWALNUM, 22)} joined group bracket-{rng.randint(1, 64)}")
    W.add(LR[0], lambda t: rl(t, "info", rng.randint(20000, 30000), f"accepting AMQP connection <0.{rng.randint(20000, 30000)}.0> ({ip(rng, '10.129.')}:{rng.randint(40000, 60000)} -> {rips[0]}:5672)"))
    W.add(LH[1], lambda t: f"{t.iso(3)} warn: Microsoft.AspNetCore.SignalR.HubConnectionHandler[0] Connection {rstr(rng, LOWALNUM, 22)} closed by client (WebSocket close status 1001)")
    restart(W, 2, 0)
    W.add(LH[1], lambda t: f"{t.iso(3)} info: Bracket.Realtime.BracketHub[0] Published match result m-{rng.randint(10000, 99999)} to 2 groups")
    restart(W, 1, 1)
    W.add(LH[0], lambda t: f"{t.iso(3)} info: Bracket.Realtime.BracketHub[0] Published match result m-{rng.randint(10000, 99999)} to 2 groups")
    restart(W, 0, 0)
    W.add(LH[1], lambda t: f"{t.iso(3)} info: Bracket.Realtime.BracketHub[0] Connection {rstr(rng, LOWALNUM, 22)} joined group bracket-{rng.randint(1, 64)}", gap=(5, 10))
    W.add(LH[0], lambda t: f"{t.iso(3)} info: Bracket.Realtime.BracketHub[0] Published match result m-{rng.randint(10000, 99999)} to 3 groups")
    return dict(
        category="connection_refused", severity="WARN", component="rabbitmq",
        question="bracket-hub logged BrokerUnreachableException / Connection refused several times this afternoon. Is RabbitMQ down?",
        selector=sel(namespace=ns), win=W,
        root_cause=("The RabbitmqCluster 'rabbitmq' went through a rolling restart (rabbitmq-server-2, -1, -0 in turn); while each "
                    "node was stopping and booting, its AMQP port refused connections, so bracket-hub's backplane reconnect "
                    "attempts to that node failed with SocketException (111)."),
        summary=("Each broker node was unavailable for roughly half a minute; bracket-hub failed over to another node after two "
                 "refused attempts each time and kept publishing. All three nodes completed startup and the cluster is healthy again."),
        action=("No action required. Optionally give the backplane all three node addresses (or the cluster service) so it fails "
                "over immediately, and schedule broker restarts outside live tournaments."),
    )


# ---------------------------------------------------------------- timeout (1/2)
@scenario("timeout_varnish_rgw_first_byte")
def _(rng):
    cl = "bm-vod-ams"
    nodes = ["k8s-w-11", "k8s-w-12", "k8s-s-03"]
    vs = kpod(rng, "varnish-shield")
    rgw = f"rook-ceph-rgw-vod-a-{rstr(rng, KALNUM, 10)}-{rstr(rng, KALNUM, 5)}"
    op = kpod(rng, "rook-ceph-operator")
    W = Win(rng, start_ns(2026, 2, 16, 21, 3, rng.randint(0, 50)))
    LV = {"namespace": "cdn", "pod": vs, "container": "varnishncsa", "node": nodes[0], "app": "varnish-shield"}
    LVL = dict(LV, container="varnishlog")
    LG = {"namespace": "rook-ceph", "pod": rgw, "container": "rgw", "node": nodes[2], "app": "rook-ceph-rgw"}
    LO = {"namespace": "rook-ceph", "pod": op, "container": "rook-ceph-operator", "node": nodes[1], "app": "rook-ceph-operator"}
    vip = ip(rng, "10.244.")
    thread = "7f1e8c5f" + hx(rng, 4)
    uas = ["AppleCoreMedia/1.0.0.21E236 (Apple TV; U; CPU OS 17_4 like Mac OS X; en_us)", "ExoPlayerLib/2.19.1",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]

    def ncsa(t, path, status, size, handling, ttfb):
        return (f"{ip(rng, '10.0.')} - - [{t.clf()}] \"GET http://vod-origin.example.tv{path} HTTP/1.1\" {status} {size} "
                f"{handling} {ttfb:.6f} \"{rng.choice(uas)}\"")

    def rgw_lines(W, path, lat, size, ev):
        req = "0x7f1e6c" + hx(rng, 6)
        W.add(LG, lambda t: (f"{t.iso(3, '+0000')} {thread}  1 beast: {req}: {vip} - vod-shield [{TS(t.ns - int(lat * 1e9)).clf(3)}] "
                             f"\"GET /vod{path} HTTP/1.1\" 200 {size} - \"Varnish/7.5\" - latency={lat:.9f}s"), ev)
        W.add(LG, lambda t: f"{t.iso(3, '+0000')} {thread}  1 ====== req done req={req} op status=0 http_status=200 latency={lat:.9f}s ======", ev, 0.0001)

    W.add(LV, lambda t: ncsa(t, "/vod/ep1039/720p/seg_00088.m4s", 200, 1288412, "hit", 0.000211))
    W.add(LVL, "-   Backend_health - boot.rgw_vod Still healthy 4---X-RH 5 3 5 0.004212 0.003911 HTTP/1.1 200 OK")
    rgw_lines(W, "/ep1038/480p/seg_00012.m4s", rng.uniform(0.011, 0.04), 612334, False)
    W.add(LV, lambda t: ncsa(t, "/vod/ep1042/1080p/seg_00412.m4s", 503, 282, "miss", 15.002311))
    W.add(LVL, "--  FetchError     first byte timeout", True, 0.0001)
    W.add(LV, lambda t: ncsa(t, "/vod/ep1042/1080p/seg_00413.m4s", 503, 282, "miss", 15.001207), gap=(0.5, 2))
    W.add(LVL, "--  FetchError     first byte timeout", True, 0.0001)
    rgw_lines(W, "/ep1042/1080p/seg_00412.m4s", rng.uniform(36, 42), 2412876, True)
    W.add(LV, lambda t: ncsa(t, "/vod/ep1040/1080p/seg_00301.m4s", 200, 2398120, "hit", 0.000187))
    W.add(LV, lambda t: ncsa(t, "/vod/ep1043/master.m3u8", 404, 0, "miss", 0.004412))
    W.add(LO, lambda t: f"{t.iso(0)} I | ceph-cluster-controller: cluster \"rook-ceph/rook-ceph\" health: HEALTH_OK")
    for k in range(4):
        seg = 414 + k
        W.add(LV, lambda t, seg=seg: ncsa(t, f"/vod/ep1042/{rng.choice(['1080p', '720p'])}/seg_{seg:05d}.m4s", 503, 282, "miss", 15.0 + rng.uniform(0.0008, 0.0031)), gap=(1, 4))
        W.add(LVL, "--  FetchError     first byte timeout", True, 0.0001)
        rgw_lines(W, f"/ep1042/1080p/seg_{seg - 2:05d}.m4s", rng.uniform(28, 61), rng.randint(2300000, 2500000), True)
        if k == 1:
            W.add(LVL, "-   Backend_health - boot.rgw_vod Still healthy 4---X-RH 5 3 5 0.003877 0.003902 HTTP/1.1 200 OK")
            rgw_lines(W, "/ep0977/720p/seg_00009.m4s", rng.uniform(0.01, 0.03), 1204410, False)
        if k == 2:
            W.add(LV, lambda t: ncsa(t, "/vod/ep1041/1080p/seg_00090.m4s", 200, 2401133, "hit", 0.000201))
            W.add(LV, lambda t: ncsa(t, "/vod/ep1041/1080p/seg_00091.m4s", 206, 524288, "hit", 0.000176))
    W.add(LVL, "-   Backend_health - boot.rgw_vod Still healthy 4---X-RH 5 3 5 0.004023 0.003950 HTTP/1.1 200 OK")
    return dict(
        category="timeout", severity="ERROR", component="rook-ceph-rgw-vod",
        question="Viewers get 503s for new episode segments from the VOD shield. Is Varnish out of cache storage?",
        selector=sel(), win=W,
        root_cause=("The Ceph object gateway rook-ceph-rgw-vod takes 28-61 s to serve GETs for the ep1042 segments, far beyond "
                    "Varnish's 15 s first_byte_timeout, so the shield's backend fetches fail with 'first byte timeout' and it "
                    "answers 503."),
        summary=("Cache hits and older episodes are served normally and the RGW health probe stays fast, but every cache miss for "
                 "the new episode times out at Varnish; RGW later completes those same requests with 200 after 30-60 s."),
        action=("Investigate why RGW is slow on the vod bucket objects (RGW/OSD load, bucket index) and fix it; as mitigation warm "
                "the shield for ep1042 or raise first_byte_timeout for that backend. Varnish storage is not the problem."),
    )


# ---------------------------------------------------------------- timeout (2/2)
@scenario("timeout_openmatch_frontend_spike")
def _(rng):
    cl = "gke-mm-usc1"
    ns = "mm"
    nodes = [gke_node(rng, "mm-usc1", "default-pool") for _ in range(3)]
    apis = [kpod(rng, "match-api"), kpod(rng, "match-api")]
    fes = [kpod(rng, "open-match-frontend") for _ in range(4)]
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 17, 19, 0, rng.randint(0, 5)))
    LA = [{"namespace": ns, "pod": p, "container": "match-api", "node": nodes[i], "app": "match-api"} for i, p in enumerate(apis)]
    LF = [{"namespace": ns, "pod": p, "container": "open-match-frontend", "node": nodes[i % 3], "app": "open-match"} for i, p in enumerate(fes)]
    fe_ip = ip(rng, "10.60.")

    def dl(t, i, attempt):
        secs = 2.99 + rng.uniform(0.0005, 0.0099)
        return (f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 16)}] WARN  g.s.match.TicketService - CreateTicket failed for player "
                f"p_{rng.randint(100000, 999999)} (attempt {attempt}/3): io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline "
                f"exceeded after {secs:.9f}s. [closed=[], open=[[buffered_nanos={rng.randint(2990000000, 2999000000)}, "
                f"remote_addr=open-match-frontend.{ns}.svc.cluster.local/{fe_ip}:50504]]]")

    def ok(t, i, ms):
        return (f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 16)}] INFO  g.s.match.TicketService - ticket created "
                f"player=p_{rng.randint(100000, 999999)} ticket=c{hx(rng, 19)} mode=ranked-duo latency={ms}ms")

    def om(t, i, lvl, msg, **kw):
        d = {"app": "openmatch", "component": "app.frontend"}
        d.update(kw)
        d.update({"level": lvl, "msg": msg, "time": t.iso(0)})
        return J(d)

    W.add(LA[0], lambda t: ok(t, 0, rng.randint(30, 60)))
    W.add(LA[1], lambda t: f"{t.sp()} [eventLoopGroupProxy-4-1] INFO  Application - 200 OK: POST - /v1/queue/join in {rng.randint(40, 80)}ms")
    W.add(LA[1], lambda t: ok(t, 1, rng.randint(400, 1600)), gap=(2, 5))
    for k in range(4):
        i = k % 2
        W.add(LA[i], lambda t, i=i: dl(t, i, 1), True, (0.5, 2))
        W.add(LF[k % 2], lambda t, k=k: om(t, k % 2, "warning", "failed to create ticket", error="rpc error: code = Canceled desc = context canceled"), True, (0.01, 0.2))
        W.add(LA[i], lambda t, i=i: ok(t, i, rng.randint(1800, 2900)), False, (0.5, 2))
    W.add(LA[0], lambda t: dl(t, 0, 2), True, (0.2, 1))
    E.add(W, ns, "HorizontalPodAutoscaler", "open-match-frontend", "SuccessfulRescale", "Normal",
          "New size: 4; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2")
    for p in fes[2:]:
        E.add(W, ns, "Pod", p, "Scheduled", "Normal", f"Successfully assigned {ns}/{p} to {nodes[2]}", src="default-scheduler", gap=(0.1, 0.5))
    W.add(LA[1], lambda t: dl(t, 1, 1), True, (1, 3))
    W.add(LA[1], lambda t: f"{t.sp()} [eventLoopGroupProxy-4-3] INFO  Application - 429 Too Many Requests: POST - /v1/queue/join in 2ms (client p_{rng.randint(100000, 999999)} rejoin cooldown)")
    for p in fes[2:]:
        E.add(W, ns, "Pod", p, "Started", "Normal", "Started container open-match-frontend", host=nodes[2], field="spec.containers{open-match-frontend}", gap=(3, 6))
    W.add(LA[0], lambda t: dl(t, 0, 1), True, (1, 3))
    W.add(LF[1], lambda t: om(t, 1, "warning", "failed to create ticket", error="rpc error: code = Canceled desc = context canceled"), True, 0.1)
    W.add(LF[2], lambda t: om(t, 2, "info", "frontend serving", port=50504), False, (2, 4))
    W.add(LA[0], lambda t: ok(t, 0, rng.randint(900, 1500)), False, (1, 3))
    E.add(W, ns, "HorizontalPodAutoscaler", "open-match-frontend", "SuccessfulRescale", "Normal",
          "New size: 6; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2", gap=(10, 20))
    for k in range(6):
        W.add(LA[k % 2], lambda t, k=k: ok(t, k % 2, rng.randint(35, 140)), gap=(3, 10))
    W.add(LF[3], lambda t: om(t, 3, "info", "frontend serving", port=50504))
    return dict(
        category="timeout", severity="WARN", component="open-match-frontend",
        question="At 19:00 match-api logged a burst of DEADLINE_EXCEEDED errors. Do we need to raise the gRPC deadline?",
        selector=sel(namespace=ns), win=W,
        root_cause=("At the 19:00 queue rush open-match-frontend (2 replicas) answered CreateTicket too slowly; calls exceeded "
                    "match-api's 3 s gRPC deadline (DEADLINE_EXCEEDED, server side 'context canceled') until the HPA scaled the "
                    "frontend to 4 and then 6 replicas."),
        summary=("For about two minutes some ticket creations timed out and were retried (most retries succeeded with 1-3 s "
                 "latency); after the scale-out latency returned to tens of ms and no further timeouts occurred."),
        action=("Nothing urgent. Consider a higher minReplicas for open-match-frontend ahead of scheduled peaks rather than a longer "
                "client deadline."),
    )


# ---------------------------------------------------------------- tls_certificate (1/2)
@scenario("tls_minio_cert_expired")
def _(rng):
    cl = "k3s-hel-nbg1"
    nodes = [f"k3s-agent-nbg1-{i}" for i in (1, 2, 3)]
    ru = kpod(rng, "replay-uploader")
    av = kpod(rng, "avatar-api")
    ct = kpod(rng, "clip-thumbs")
    W = Win(rng, start_ns(2026, 2, 18, 9, 0, rng.randint(0, 40)))
    LM = [{"namespace": "storage", "pod": f"minio-{i}", "container": "minio", "node": nodes[i % 3], "app": "minio"} for i in range(4)]
    LR = {"namespace": "replays", "pod": ru, "container": "uploader", "node": nodes[0], "app": "replay-uploader"}
    LA = {"namespace": "web", "pod": av, "container": "octane", "node": nodes[1], "app": "avatar-api"}
    LC = {"namespace": "media", "pod": ct, "container": "clip-thumbs", "node": nodes[2], "app": "clip-thumbs"}
    cips = {"r": ip(rng, "10.42.0."), "a": ip(rng, "10.42.1."), "c": ip(rng, "10.42.2.")}
    url = "https://minio.storage.svc.cluster.local:9000"

    def hs(t, who):
        return f"{t.slash()} http: TLS handshake error from {cips[who]}:{rng.randint(32768, 60999)}: remote error: tls: expired certificate"

    def rust(t):
        return (f"{t.iso(6)} ERROR replay_uploader::s3: upload failed key=replays/2026/02/18/m_{rng.randint(100000, 999999)}.rpl "
                f"attempt={rng.randint(1, 3)} error=dispatch failure: io error: error trying to connect: invalid peer certificate: Expired")

    def php(t):
        u = f"u_{rng.randint(10000, 99999)}"
        return (f"[{t.sp(0)}] production.ERROR: Error executing \"PutObject\" on \"{url}/avatars/{u}/avatar.webp\"; AWS HTTP error: "
                f"cURL error 60: SSL certificate problem: certificate has expired (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) "
                f"for {url}/avatars/{u}/avatar.webp")

    def go(t):
        return (f"time={t.iso(3)} level=ERROR msg=\"thumbnail upload failed\" clip=c_{rng.randint(100000, 999999)} "
                f"err=\"Put \\\"{url}/thumbs/c_{rng.randint(100000, 999999)}.jpg\\\": tls: failed to verify certificate: x509: certificate "
                f"has expired or is not yet valid: current time {t.iso(0)} is after 2026-02-18T00:00:00Z\"")

    W.add(LR, lambda t: f"{t.iso(6)}  INFO replay_uploader::queue: queued replay match=m_{rng.randint(100000, 999999)} size_bytes={rng.randint(2_000_000, 9_000_000)}")
    W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: GET /api/v1/users/me/avatar 200 (served from CDN cache)")
    W.add(LA, "PHP Deprecated:  Creation of dynamic property App\\Http\\Resources\\AvatarResource::$variant is deprecated in /app/app/Http/Resources/AvatarResource.php on line 27")
    W.add(LR, rust, True)
    W.add(LM[1], lambda t: hs(t, "r"), True, 0.01)
    W.add(LC, go, True)
    W.add(LM[2], lambda t: hs(t, "c"), True, 0.01)
    W.add(LA, php, True)
    W.add(LM[0], lambda t: hs(t, "a"), True, 0.01)
    W.add(LM[3], lambda t: f"{t.slash()} http: TLS handshake error from {ip(rng, '10.42.3.')}:{rng.randint(32768, 60999)}: EOF", False)
    W.add(LR, lambda t: f"{t.iso(6)}  WARN replay_uploader::s3: backing off for {rng.choice([2, 4, 8])}s before retry")
    for k in range(4):
        W.add(LR, rust, True, (2, 6))
        W.add(LM[rng.randint(0, 3)], lambda t: hs(t, "r"), True, 0.01)
        W.add(LA, php, True, (0.5, 3))
        W.add(LM[rng.randint(0, 3)], lambda t: hs(t, "a"), True, 0.01)
        if k % 2 == 0:
            W.add(LC, go, True, (0.5, 3))
            W.add(LM[rng.randint(0, 3)], lambda t: hs(t, "c"), True, 0.01)
        if k == 1:
            W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: GET /api/v1/users/{rng.randint(10000, 99999)}/profile 200")
            W.add(LC, lambda t: f"time={t.iso(3)} level=INFO msg=\"thumbnail rendered\" clip=c_{rng.randint(100000, 999999)} ms={rng.randint(80, 300)}")
        if k == 2:
            W.add(LA, lambda t: f"[{t.sp(0)}] production.WARNING: Login throttled for 203.0.113.{rng.randint(2, 250)} (429 returned)")
    W.add(LR, lambda t: f"{t.iso(6)}  WARN replay_uploader::queue: upload queue depth {rng.randint(600, 900)} (max 1000)")
    return dict(
        category="tls_certificate", severity="ERROR", component="minio",
        question="Avatar, thumbnail and replay uploads all started failing this morning. Did someone rotate the MinIO access keys?",
        selector=sel(), win=W,
        root_cause=("MinIO's TLS certificate expired at 2026-02-18T00:00:00Z and MinIO keeps serving it, so every TLS client "
                    "(Rust rustls, PHP curl, Go) rejects the handshake as expired."),
        summary=("replay-uploader, avatar-api and clip-thumbs all fail their PUTs with certificate-expired errors while MinIO logs "
                 "'remote error: tls: expired certificate' for each client; non-storage requests work and the upload queue is "
                 "filling up. Credentials are not involved."),
        action=("Issue a new certificate for minio.storage.svc (ideally via cert-manager with automatic renewal), update the "
                "minio-tls secret and restart/reload MinIO; then let the uploaders drain their queues."),
    )


# ---------------------------------------------------------------- tls_certificate (2/2)
@scenario("tls_nats_route_ca_rotation")
def _(rng):
    cl = "aks-events-weu"
    ns = "events"
    nodes = [aks_node(rng, "evpool", "11235813") for _ in range(3)]
    mr = kpod(rng, "match-results")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 19, 3, 12, rng.randint(0, 40)))
    LN = [{"namespace": ns, "pod": f"nats-{i}", "container": "nats", "node": nodes[i], "app": "nats"} for i in range(3)]
    LRL = [dict(l, container="reloader") for l in LN]
    LM = {"namespace": ns, "pod": mr, "container": "match-results", "node": nodes[0], "app": "match-results"}
    nips = [ip(rng, "10.244.") for _ in range(3)]
    tls = ('TLS route handshake error: tls: failed to verify certificate: x509: certificate signed by unknown authority '
           '(possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "events-nats-ca")')

    def n(t, lvl, msg):
        return f"[7] {t.slash(6)} [{lvl}] {msg}"

    def hs(W, i, j):
        rid = rng.randint(5, 60)
        W.add(LN[i], lambda t: n(t, "ERR", f"{nips[j]}:6222 - rid:{rid} - {tls}"), True, (0.3, 2))
        W.add(LN[i], lambda t: n(t, "INF", f"{nips[j]}:6222 - rid:{rid} - Router connection closed: TLS Handshake Failure"), True, 0.001)

    def pub_fail(t):
        return (f"time={t.iso(3)} level=ERROR msg=\"publish failed\" subject=results.match.{rng.randint(100000, 999999)} "
                f"err=\"nats: no response from stream\" retry_in=2s")

    E.add(W, ns, "Certificate", "nats-routes-tls", "Issuing", "Normal", "The certificate has been successfully issued",
          src="cert-manager-certificates-issuing", api="cert-manager.io/v1")
    for i in range(3):
        W.add(LRL[i], lambda t: f"{t.slash()} Live reloading: sending signal 'hangup' to server (pid 7)", gap=(0.5, 2))
        W.add(LN[i], lambda t: n(t, "INF", "Reloaded: cluster"), False, 0.05)
        W.add(LN[i], lambda t: n(t, "INF", "Reloaded server configuration"), False, 0.001)
    W.add(LM, lambda t: f"time={t.iso(3)} level=INFO msg=\"published\" subject=results.match.{rng.randint(100000, 999999)} stream=MATCH_RESULTS seq={rng.randint(8_000_000, 9_000_000)}")
    hs(W, 0, 1)
    hs(W, 1, 2)
    hs(W, 2, 0)
    W.add(LN[0], lambda t: n(t, "WRN", "JetStream cluster stream '$G > MATCH_RESULTS' has NO quorum, stalled"), gap=(2, 5))
    W.add(LM, pub_fail)
    hs(W, 1, 0)
    W.add(LN[2], lambda t: n(t, "WRN", "Healthcheck failed: \"JetStream has not established contact with a meta leader\""))
    E.add(W, ns, "Pod", "nats-2", "Unhealthy", "Warning", "Startup probe failed: HTTP probe failed with statuscode: 503", host=nodes[2],
          field="spec.containers{nats}")
    W.add(LM, pub_fail)
    hs(W, 2, 1)
    W.add(LM, lambda t: f"time={t.iso(3)} level=WARN msg=\"local spool growing\" path=/spool/results pending={rng.randint(4000, 6000)} max=20000")
    hs(W, 0, 2)
    W.add(LN[1], lambda t: n(t, "WRN", "JetStream cluster consumer '$G > MATCH_RESULTS > results-writer' has NO quorum, stalled"))
    W.add(LM, pub_fail)
    hs(W, 1, 2)
    W.add(LN[0], lambda t: n(t, "INF", f"{ip(rng, '10.244.')}:{rng.randint(40000, 60000)} - cid:{rng.randint(100, 999)} - \"v1.37.0:go:match-results\" - Client connection closed: Client Closed"))
    hs(W, 2, 0)
    W.add(LM, lambda t: f"time={t.iso(3)} level=ERROR msg=\"spool nearly full, results may be dropped\" pending={rng.randint(17000, 19000)} max=20000")
    return dict(
        category="tls_certificate", severity="CRITICAL", component="nats",
        question="match-results can't publish to JetStream ('no response from stream') and its spool is almost full. Do we need to restart NATS?",
        selector=sel(namespace=ns), win=W,
        root_cause=("cert-manager reissued the NATS route certificates from a rotated CA that kept the name 'events-nats-ca'; after "
                    "the config reload every NATS node presents the new certificate but still trusts the old CA file, so all route "
                    "TLS handshakes fail ('certificate signed by unknown authority', crypto/rsa verification error)."),
        summary=("With no routes between nats-0/1/2 the JetStream cluster has no meta leader and MATCH_RESULTS has no quorum; "
                 "publishes get 'no response from stream' and match results are only held in match-results' local spool, which is "
                 "close to full."),
        action=("Update the CA bundle the NATS pods trust (include both old and new CA during rotation), reload NATS, and confirm "
                "routes and JetStream quorum; a plain restart with the same trust bundle will not fix it."),
    )


# ---------------------------------------------------------------- auth_failure (1/2)
@scenario("auth_keda_irsa_sqs_denied")
def _(rng):
    cl = "eks-media-euc1"
    nodes = [eks_node(rng, "eu-central-1", "10.70") for _ in range(3)]
    ko = kpod(rng, "keda-operator")
    cons = kpod(rng, "transcode-queue-consumer")
    japi = kpod(rng, "job-api")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 20, 10, 2, rng.randint(0, 40)))
    LK = {"namespace": "keda", "pod": ko, "container": "keda-operator", "node": nodes[0], "app": "keda-operator"}
    LC = {"namespace": "media-jobs", "pod": cons, "container": "consumer", "node": nodes[1], "app": "transcode-queue-consumer"}
    LJ = {"namespace": "media-jobs", "pod": japi, "container": "job-api", "node": nodes[2], "app": "job-api"}
    acct = str(rng.randint(100000000000, 999999999999))
    denied = (f"operation error SQS: GetQueueAttributes, https response error StatusCode: 403, RequestID: {uid(rng)}, api error "
              f"AccessDenied: User: arn:aws:sts::{acct}:assumed-role/keda-operator-prod/{rng.randint(10**18, 9 * 10**18)} is not "
              f"authorized to perform: sqs:getqueueattributes on resource: arn:aws:sqs:eu-central-1:{acct}:transcode-jobs because no "
              "identity-based policy allows the sqs:getqueueattributes action")
    metric = "s0-aws-sqs-queue-transcode-jobs"

    def kl(t, lvl, logger, msg, fields):
        return f"{t.iso(0)}\t{lvl}\t{logger}\t{msg}\t{json.dumps(fields)}"

    def scale_err(t):
        return kl(t, "ERROR", "scale_handler", "error getting scale decision",
                  {"scaledObject.Namespace": "media-jobs", "scaledObject.Name": "transcode-queue-consumer", "scaler": "awsSqsQueueScaler", "error": denied})

    def metric_err(t):
        return kl(t, "ERROR", "aws_sqs_queue_scaler", "Error getting metric value",
                  {"type": "ScaledObject", "namespace": "media-jobs", "name": "transcode-queue-consumer", "error": denied})

    def backlog(t, n_, age):
        return (f"{t.sp()} [DefaultDispatcher-worker-{rng.randint(1, 8)}] WARN  c.p.jobs.BacklogMonitor - SQS transcode-jobs "
                f"ApproximateNumberOfMessages={n_} oldest={age}s consumers=1")

    W.add(LK, lambda t: kl(t, "INFO", "scaledobject", "Reconciling ScaledObject", {"ScaledObject.Namespace": "media-jobs", "ScaledObject.Name": "thumbs-worker"}))
    W.add(LK, lambda t: kl(t, "INFO", "scaleexecutor", "Successfully updated ScaleTarget", {"scaledobject.Name": "thumbs-worker", "scaledObject.Namespace": "media-jobs", "scaleTarget.Name": "thumbs-worker", "Original Replicas Count": 2, "New Replicas Count": 4}))
    W.add(LK, scale_err, True)
    W.add(LK, metric_err, True, 0.01)
    E.add(W, "media-jobs", "ScaledObject", "transcode-queue-consumer", "KEDAScalerFailed", "Warning", denied, True, 0.2,
          src="keda-operator", api="keda.sh/v1alpha1")
    W.add(LC, lambda t: f"{t.iso(6)}  INFO consumer: received 1 message(s) job=j-{rng.randint(30000, 39999)}")
    W.add(LJ, lambda t: backlog(t, 11842, 2911))
    E.add(W, "media-jobs", "HorizontalPodAutoscaler", "keda-hpa-transcode-queue-consumer", "FailedGetExternalMetric", "Warning",
          (f"unable to get external metric media-jobs/{metric}/&LabelSelector{{MatchLabels:map[string]string{{scaledobject.keda.sh/name: "
           f"transcode-queue-consumer,}},MatchExpressions:[]LabelSelectorRequirement{{}},}}: unable to fetch metrics from external metrics API: "
           f"rpc error: code = Unknown desc = error when getting metric values metric:{metric} encountered error"),
          False, (1, 3), src="horizontal-pod-autoscaler", api="autoscaling/v2")
    E.add(W, "media-jobs", "HorizontalPodAutoscaler", "keda-hpa-transcode-queue-consumer", "FailedComputeMetricsReplicas", "Warning",
          f"invalid metrics (1 invalid out of 1), first error is: failed to get {metric} external metric value: failed to get {metric} external metric: unable to get external metric",
          False, 0.01, src="horizontal-pod-autoscaler", api="autoscaling/v2")
    for k in range(4):
        W.add(LK, scale_err, True, (8, 16))
        W.add(LK, metric_err, True, 0.01)
        if k % 2 == 0:
            E.add(W, "media-jobs", "ScaledObject", "transcode-queue-consumer", "KEDAScalerFailed", "Warning", denied, True, 0.2,
                  src="keda-operator", api="keda.sh/v1alpha1")
        W.add(LC, lambda t: f"{t.iso(6)}  INFO consumer: job=j-{rng.randint(30000, 39999)} done in {rng.randint(180, 420)}s, deleted message")
        if k == 1:
            W.add(LK, lambda t: kl(t, "INFO", "scaledobject", "Reconciling ScaledObject", {"ScaledObject.Namespace": "media-jobs", "ScaledObject.Name": "thumbs-worker"}))
            W.add(LJ, lambda t: backlog(t, 12690, 3204))
        if k == 2:
            W.add(LJ, lambda t: f"{t.sp()} [eventLoopGroupProxy-4-2] INFO  Application - 202 Accepted: POST - /v1/jobs in {rng.randint(20, 60)}ms")
    W.add(LJ, lambda t: backlog(t, 14233, 3812))
    return dict(
        category="auth_failure", severity="ERROR", component="keda-operator",
        question="The transcode queue keeps growing but transcode-queue-consumer never scales past 1 replica. Is the HPA misconfigured?",
        selector=sel(), win=W,
        root_cause=("KEDA's IRSA role keda-operator-prod is not allowed sqs:GetQueueAttributes on the transcode-jobs queue "
                    "(AccessDenied, no identity-based policy allows it), so the SQS scaler cannot read the queue length."),
        summary=("Every polling cycle the awsSqsQueueScaler fails with 403 AccessDenied, the external metric is unavailable and the "
                 "HPA cannot compute replicas, so the consumer stays at its minimum of 1 while the backlog passes 14k messages. "
                 "Other ScaledObjects (thumbs-worker) scale normally."),
        action=("Grant the keda-operator-prod role sqs:GetQueueAttributes on arn:...:transcode-jobs (fix the IAM policy's queue ARN), "
                "then confirm KEDA scales the consumer out; the HPA definition is fine."),
    )


# ---------------------------------------------------------------- auth_failure (2/2)
@scenario("auth_rabbitmq_worker_stale_password")
def _(rng):
    cl = "do-nyc3-scores"
    ns = "scores"
    nodes = [do_node(rng, "pool-apps") for _ in range(3)]
    wk = kpod(rng, "leaderboard-worker")
    api = kpod(rng, "scores-api")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 20, 18, 0, rng.randint(0, 40)))
    LW = {"namespace": ns, "pod": wk, "container": "worker", "node": nodes[0], "app": "leaderboard-worker"}
    LA = {"namespace": ns, "pod": api, "container": "octane", "node": nodes[1], "app": "scores-api"}
    LR = [{"namespace": ns, "pod": f"scores-rabbit-server-{i}", "container": "rabbitmq", "node": nodes[i], "app": "scores-rabbit"} for i in range(2)]
    wip, rips, aip = ip(rng, "10.244."), [ip(rng, "10.244."), ip(rng, "10.244.")], ip(rng, "10.244.")
    puid = uid(rng)

    def rl(t, lvl, pid, msg):
        return f"{t.sp(6)}+00:00 [{lvl}] {pid} {msg}"

    def attempt(W, r):
        pid = f"<0.{rng.randint(20000, 39999)}.{rng.randint(1, 5)}>"
        port = rng.randint(35000, 60000)
        W.add(LW, "   INFO  Processing jobs from the [scores] queue.", False, (1, 3))
        W.add(LR[r], lambda t: rl(t, "info", pid, f"accepting AMQP connection {pid} ({wip}:{port} -> {rips[r]}:5672)"), False, 0.05)
        W.add(LR[r], lambda t: rl(t, "error", pid, f"Error on AMQP connection {pid} ({wip}:{port} -> {rips[r]}:5672, state: starting):"), True, 0.01)
        W.add(LR[r], lambda t: rl(t, "error", pid, "PLAIN login refused: user 'leaderboard' - invalid credentials"), True, 0.0005)
        W.add(LW, "   PhpAmqpLib\\Exception\\AMQPConnectionClosedException ", False, 0.05)
        W.add(LW, "  ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.(0, 0)", True, 0.0002)
        W.add(LW, "  at vendor/php-amqplib/php-amqplib/PhpAmqpLib/Connection/AbstractConnection.php:1107", False, 0.0002)

    W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: POST /api/matches/m_{rng.randint(100000, 999999)}/score 202 queued=scores")
    W.add(LR[0], lambda t: rl(t, "info", "<0.8812.0>", f"connection <0.8812.0> ({aip}:{rng.randint(35000, 60000)} -> {rips[0]}:5672): user 'scores-api' authenticated and granted access to vhost '/'"))
    attempt(W, 0)
    E.add(W, ns, "Pod", wk, "BackOff", "Warning", f"Back-off restarting failed container worker in pod {wk}_{ns}({puid})", host=nodes[0],
          field="spec.containers{worker}", gap=(1, 2))
    W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: POST /api/matches/m_{rng.randint(100000, 999999)}/score 202 queued=scores")
    W.add(LA, "PHP Deprecated:  Implicitly marking parameter $context as nullable is deprecated, the explicit nullable type must be used instead in /app/vendor/laravel/octane/src/Worker.php on line 88")
    attempt(W, 1)
    E.add(W, ns, "Pod", wk, "BackOff", "Warning", f"Back-off restarting failed container worker in pod {wk}_{ns}({puid})", host=nodes[0],
          field="spec.containers{worker}", gap=(2, 4))
    W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: POST /api/matches/m_{rng.randint(100000, 999999)}/score 202 queued=scores", gap=(5, 15))
    W.add(LA, lambda t: f"[{t.sp(0)}] production.WARNING: GET /api/leaderboards/weekly served stale cache (age 412s)")
    attempt(W, 0)
    E.add(W, ns, "Pod", wk, "BackOff", "Warning", f"Back-off restarting failed container worker in pod {wk}_{ns}({puid})", host=nodes[0],
          field="spec.containers{worker}", gap=(2, 4))
    W.add(LA, lambda t: f"[{t.sp(0)}] production.INFO: POST /api/matches/m_{rng.randint(100000, 999999)}/score 202 queued=scores", gap=(10, 25))
    attempt(W, 1)
    W.add(LA, lambda t: f"[{t.sp(0)}] production.WARNING: GET /api/leaderboards/weekly served stale cache (age {rng.randint(700, 900)}s)")
    E.add(W, ns, "Pod", wk, "BackOff", "Warning", f"Back-off restarting failed container worker in pod {wk}_{ns}({puid})", host=nodes[0],
          field="spec.containers{worker}", gap=(2, 4))
    return dict(
        category="auth_failure", severity="CRITICAL", component="leaderboard-worker",
        question="The weekly leaderboard stopped updating and leaderboard-worker is crash-looping. Is RabbitMQ down?",
        selector=sel(namespace=ns), win=W,
        root_cause=("RabbitMQ rejects leaderboard-worker's login: user 'leaderboard' presents a password that no longer matches "
                    "(PLAIN login refused - invalid credentials), apparently after the password was rotated on the broker but not in "
                    "the credentials the worker uses; the worker exits on ACCESS_REFUSED at boot."),
        summary=("Each worker start fails with AMQPConnectionClosedException ACCESS_REFUSED and the pod is in CrashLoopBackOff, so "
                 "queued score jobs are not applied and the API serves increasingly stale leaderboards. RabbitMQ is up and accepts "
                 "scores-api's connection."),
        action=("Update the leaderboard-worker secret with the current RabbitMQ password for user 'leaderboard' (or re-sync it from "
                "the rotated credentials secret) and restart the worker; the backlog will then drain."),
    )


# ---------------------------------------------------------------- config_error (1/2)
@scenario("config_deno_router_missing_env")
def _(rng):
    cl = "eks-events-use2"
    ns = "media-events"
    nodes = [eks_node(rng, "us-east-2", "10.30") for _ in range(3)]
    old_rs = f"cloudevents-router-{rstr(rng, KALNUM, 10)}"
    new_rs = f"cloudevents-router-{rstr(rng, KALNUM, 10)}"
    rp = [f"{new_rs}-{rstr(rng, KALNUM, 5)}" for _ in range(2)]
    sensor = kpod(rng, "upload-complete-sensor")
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 21, 14, 30, rng.randint(0, 40)))
    LR = [{"namespace": ns, "pod": p, "container": "router", "node": nodes[i], "app": "cloudevents-router"} for i, p in enumerate(rp)]
    LS = {"namespace": ns, "pod": sensor, "container": "main", "node": nodes[2], "sensor-name": "upload-complete"}
    LB = [{"namespace": ns, "pod": f"eventbus-default-js-{i}", "container": "main", "node": nodes[i]} for i in range(2)]
    puids = [uid(rng), uid(rng)]
    svc = ip(rng, "172.20.")

    def boot(W, i):
        W.add(LR[i], "⚠️  The `--unstable` flag is deprecated and will be removed in Deno 2.0. Use granular `--unstable-*` flags instead.", False, (1, 4))
        W.add(LR[i], "cloudevents-router 2.0.0 starting (deno 1.46.3, v8 12.9.202.13-rusty, typescript 5.5.2)", False, 0.05)
        W.add(LR[i], "WARN NATS_URL is set but is no longer read since 2.0.0; use BROKER_URL", True, 0.002)
        W.add(LR[i], "error: Uncaught (in promise) Error: Missing required environment variable BROKER_URL", True, 0.003)
        W.add(LR[i], "    at requireEnv (file:///app/src/config.ts:9:11)", False, 0.0002)

    def trig_fail(t):
        return J({"level": "error", "ts": float(t.epoch(6)), "logger": "argo-events.sensor", "caller": "sensors/listener.go:449",
                  "msg": "Failed to execute a trigger", "sensorName": "upload-complete", "triggerName": "route-to-router",
                  "error": f"failed to execute trigger: timeout: Post \"http://cloudevents-router.{ns}.svc.cluster.local:8000/\": dial tcp {svc}:8000: connect: connection refused",
                  "triggeredBy": ["upload"], "triggeredByEvents": [hx(rng, 32)]})

    E.add(W, ns, "Deployment", "cloudevents-router", "ScalingReplicaSet", "Normal", f"Scaled down replica set {old_rs} to 0 from 2",
          src="deployment-controller", api="apps/v1")
    E.add(W, ns, "Deployment", "cloudevents-router", "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 2",
          src="deployment-controller", api="apps/v1", gap=(3, 6))
    boot(W, 0)
    boot(W, 1)
    W.add(LS, lambda t: J({"level": "info", "ts": float(t.epoch(6)), "logger": "argo-events.sensor", "caller": "sensors/listener.go:355",
                           "msg": "Dependency expression successfully evaluated", "sensorName": "upload-complete", "triggerName": "route-to-router"}))
    W.add(LS, trig_fail, False, 0.2)
    for k in range(3):
        for i in range(2):
            E.add(W, ns, "Pod", rp[i], "BackOff", "Warning", f"Back-off restarting failed container router in pod {rp[i]}_{ns}({puids[i]})",
                  False, (1, 3), host=nodes[i], field="spec.containers{router}")
        W.add(LB[k % 2], lambda t, k=k: f"[1] {t.slash(6)} [INF] 10.30.{rng.randint(1, 60)}.{rng.randint(2, 250)}:{rng.randint(40000, 60000)} - cid:{rng.randint(100, 999)} - \"v1.12.1:go:upload-eventsource\" - Client connection closed: Client Closed" if k == 1
              else f"[1] {t.slash(6)} [INF] JetStream cluster new consumer leader for 'default > default > upload-complete-sensor'")
        W.add(LS, trig_fail, False, (1, 4))
        boot(W, k % 2)
    W.add(LS, trig_fail, False, (2, 6))
    return dict(
        category="config_error", severity="CRITICAL", component="cloudevents-router",
        question="The upload-complete sensor says connection refused when it calls cloudevents-router. Is a NetworkPolicy blocking port 8000?",
        selector=sel(namespace=ns), win=W,
        root_cause=("cloudevents-router 2.0.0 requires the environment variable BROKER_URL, but the Deployment still only sets the "
                    "old NATS_URL; the Deno process throws 'Missing required environment variable BROKER_URL' at start-up and exits."),
        summary=("The Recreate rollout removed the old 1.x pods and both new pods crash on boot (CrashLoopBackOff), so the router "
                 "Service has no endpoints and every Argo Events trigger to it is refused; no upload events are routed."),
        action=("Add BROKER_URL (the eventbus NATS URL) to the cloudevents-router env/ConfigMap, or roll back to 1.x, and watch the "
                "pods become Ready; no network policy change is needed."),
    )


# ---------------------------------------------------------------- config_error (2/2)
@scenario("config_nginx_shield_typo")
def _(rng):
    cl = "gke-cdn-euw1"
    ns = "cdn-shield"
    app = "edge-cache"
    nodes = [gke_node(rng, "cdn-euw1", "cache-pool") for _ in range(3)]
    old = [kpod(rng, app), kpod(rng, app)]
    new = f"{app}-{rstr(rng, KALNUM, 10)}-{rstr(rng, KALNUM, 5)}"
    W = Win(rng, start_ns(2026, 2, 21, 12, 0, rng.randint(0, 40)))
    LO = [{"namespace": ns, "pod": p, "container": "nginx", "node": nodes[i], "app": app} for i, p in enumerate(old)]
    LN = {"namespace": ns, "pod": new, "container": "nginx", "node": nodes[2], "app": app}
    uas = ["ExoPlayerLib/2.19.1", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)", "VLC/3.0.20 LibVLC/3.0.20"]
    up = ip(rng, "10.68.")

    def acc(t, path, st, size, ucs, rt):
        return (f"{ip(rng, '10.64.')} - - [{t.clf()}] \"GET {path} HTTP/1.1\" {st} {size} \"-\" \"{rng.choice(uas)}\" "
                f"rt={rt:.3f} ucs={ucs}")

    def seg():
        return f"/live/ch{rng.choice([3, 7, 9])}/{rng.choice(['1080p', '720p', '480p'])}/seg_{rng.randint(18800, 18900)}.ts"

    def start(W):
        W.add(LN, "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration", False, (1, 3))
        W.add(LN, "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/", False, 0.001)
        W.add(LN, "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh", False, 0.001)
        W.add(LN, "20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/shield.conf.template to /etc/nginx/conf.d/shield.conf", False, 0.01)
        W.add(LN, "/docker-entrypoint.sh: Configuration complete; ready for start up", False, 0.01)
        W.add(LN, lambda t: f"{t.slash()} [emerg] 1#1: unknown directive \"proxy_cache_lock_timout\" in /etc/nginx/conf.d/shield.conf:41", True, 0.01)
        W.add(LN, "nginx: [emerg] unknown directive \"proxy_cache_lock_timout\" in /etc/nginx/conf.d/shield.conf:41", True, 0.0002)

    W.add(LO[0], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), "HIT", 0.0))
    W.add(LO[1], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), "MISS", rng.uniform(0.02, 0.09)))
    start(W)
    W.add(LO[0], lambda t: acc(t, "/live/ch7/1080p/index.m3u8", 200, rng.randint(700, 900), "EXPIRED", rng.uniform(0.01, 0.03)))
    W.add(LO[1], lambda t: (f"{t.slash()} [warn] 29#29: *{rng.randint(10000, 99999)} an upstream response is buffered to a temporary file "
                            f"/var/cache/nginx/proxy_temp/3/41/00000{rng.randint(10000, 99999)} while reading upstream, client: {ip(rng, '10.64.')}, "
                            f"server: shield.example.tv, request: \"GET /vod/ep77/source.mp4 HTTP/1.1\", upstream: \"http://{up}:8080/vod/ep77/source.mp4\", "
                            f"host: \"shield.example.tv\""))
    W.add(LO[0], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), "HIT", 0.0))
    start(W)
    W.add(LO[1], lambda t: acc(t, seg(), 499, 0, "MISS", rng.uniform(1.0, 3.0)))
    W.add(LO[0], lambda t: acc(t, "/live/ch12/1080p/index.m3u8", 404, 153, "MISS", rng.uniform(0.003, 0.01)))
    W.add(LO[1], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), "HIT", 0.0))
    for k in range(4):
        W.add(LO[k % 2], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), rng.choice(["HIT", "HIT", "MISS"]), rng.uniform(0.0, 0.05)), gap=(3, 10))
    start(W)
    W.add(LO[0], lambda t: acc(t, seg(), 200, rng.randint(900000, 2100000), "HIT", 0.0))
    W.add(LO[1], lambda t: acc(t, "/live/ch3/480p/index.m3u8", 200, rng.randint(500, 700), "UPDATING", 0.0))
    return dict(
        category="config_error", severity="ERROR", component="edge-cache",
        question="The edge-cache rollout with the new cache-lock settings has been stuck for 20 minutes. Is the new pod short on memory?",
        selector=sel(namespace=ns, app=app), win=W,
        root_cause=("The new shield.conf rendered from the updated template contains a typo, 'proxy_cache_lock_timout' (line 41), "
                    "so nginx refuses to start with '[emerg] unknown directive' and the new edge-cache pod crash-loops."),
        summary=("The two old edge-cache pods keep serving (HIT/MISS traffic, benign temp-file buffering warnings), but the rollout "
                 "cannot progress because the new pod exits on config load every time."),
        action=("Fix the directive name to proxy_cache_lock_timeout in the ConfigMap/template (and add an 'nginx -t' check to CI), "
                "then let the rollout continue; do not restart the old pods before that or they will fail the same way."),
    )


# ---------------------------------------------------------------- resource_exhausted (1/2)
@scenario("resource_spectator_relay_nofile")
def _(rng):
    cl = "bm-spectate-fra"
    ns = "spectate"
    node = "k8s-w-05"
    rp = kpod(rng, "spectator-relay")
    W = Win(rng, start_ns(2026, 2, 22, 20, 9, rng.randint(0, 40)))
    LR = {"namespace": ns, "pod": rp, "container": "relay", "node": node, "app": "spectator-relay"}
    LC = {"namespace": ns, "pod": "replay-cache-1", "container": "redis", "node": node, "app": "replay-cache"}
    up_ip = ip(rng, "10.96.")

    def sj(t, lvl, msg, **kw):
        d = {"time": t.iso(9), "level": lvl, "msg": msg}
        d.update(kw)
        return J(d)

    def accept(t, d):
        return f"{t.slash()} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in {d}"

    W.add(LR, lambda t: sj(t, "INFO", "spectator-relay starting", version="1.8.3", listen=":8080", rlimit_nofile_soft=1024, rlimit_nofile_hard=524288), True)
    W.add(LR, lambda t: sj(t, "INFO", "connected to match feed", upstream=f"{up_ip}:7001"), gap=0.3)
    W.add(LC, lambda t: f"{t.redis()} * Background saving terminated with success", gap=(2, 5))
    for c in (388, 604, 811, 947):
        W.add(LR, lambda t, c=c: sj(t, "INFO", "stats", ws_clients=c, matches=rng.randint(12, 16)), gap=(20, 40))
        if c == 604:
            W.add(LR, lambda t: sj(t, "WARN", "slow client dropped", client=f"s_{hx(rng, 8)}", buffered_frames=512))
    W.add(LR, lambda t: accept(t, "5ms"), True, (5, 10))
    W.add(LR, lambda t: accept(t, "10ms"), True, 0.006)
    W.add(LR, lambda t: accept(t, "20ms"), True, 0.011)
    W.add(LR, lambda t: sj(t, "ERROR", "upstream dial failed", match=f"m-{rng.randint(100000, 999999)}", error=f"dial tcp {up_ip}:7001: socket: too many open files"), True, 0.3)
    W.add(LR, lambda t: accept(t, "40ms"), True, 0.021)
    W.add(LR, lambda t: accept(t, "80ms"), True, 0.041)
    W.add(LR, lambda t: sj(t, "ERROR", "replay snapshot open failed", match=f"m-{rng.randint(100000, 999999)}", error=f"open /var/cache/spectate/m-{rng.randint(100000, 999999)}.snap: too many open files"), True, 0.05)
    W.add(LR, lambda t: accept(t, "160ms"), True, 0.081)
    W.add(LR, lambda t: accept(t, "320ms"), True, 0.161)
    W.add(LR, lambda t: accept(t, "640ms"), True, 0.321)
    W.add(LR, lambda t: sj(t, "INFO", "client closed", client=f"s_{hx(rng, 8)}", code=1006), gap=0.2)
    for _ in range(4):
        W.add(LR, lambda t: accept(t, "1s"), True, (0.6, 1.1))
    W.add(LC, lambda t: f"{t.redis()} * 100 changes in 300 seconds. Saving...", gap=0.5)
    W.add(LR, lambda t: sj(t, "INFO", "stats", ws_clients=1009, matches=15), gap=(5, 10))
    W.add(LR, lambda t: sj(t, "ERROR", "upstream dial failed", match=f"m-{rng.randint(100000, 999999)}", error=f"dial tcp {up_ip}:7001: socket: too many open files"), True, 0.5)
    for _ in range(3):
        W.add(LR, lambda t: accept(t, "1s"), True, (0.9, 1.1))
    W.add(LR, lambda t: sj(t, "INFO", "client closed", client=f"s_{hx(rng, 8)}", code=1000), gap=0.4)
    W.add(LR, lambda t: accept(t, "1s"), True, (0.5, 1.1))
    return dict(
        category="resource_exhausted", severity="ERROR", component="spectator-relay",
        question="New spectators can't connect to matches relayed from k8s-w-05 and some streams freeze. Is the relay CPU-starved?",
        selector=sel(namespace=ns, node=node), win=W,
        root_cause=("spectator-relay on k8s-w-05 runs with a soft RLIMIT_NOFILE of 1024; at about 1,000 WebSocket spectators it "
                    "runs out of file descriptors, so accept4, upstream dials and snapshot opens fail with 'too many open files'."),
        summary=("As spectators climbed past ~950 the relay started failing to accept new connections (Go accept retry backing off "
                 "to 1s), could not dial new match feeds and could not open replay snapshots; existing connections continue."),
        action=("Raise the container's nofile limit on that node (containerd default / LimitNOFILE, or have the relay raise its soft "
                "limit to the hard limit at start-up) and restart the pod; spread relay load if needed. CPU is not the constraint."),
    )


# ---------------------------------------------------------------- resource_exhausted (2/2)
@scenario("resource_packager_ephemeral_eviction")
def _(rng):
    cl = "gke-live-usw1"
    ns = "live-pack"
    nodes = [gke_node(rng, "live-usw1", "pack-pool") for _ in range(4)]
    srt = kpod(rng, "srt-ingest")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 23, 10, 11, rng.randint(0, 40)))
    LP = [{"namespace": ns, "pod": f"live-packager-{i}", "container": "packager", "node": nodes[i], "app": "live-packager"} for i in range(4)]
    LS = {"namespace": ns, "pod": srt, "container": "srt-ingest", "node": nodes[3], "app": "srt-ingest"}
    chans = {0: "ch3", 2: "ch9", 3: "ch12", 1: "ch5"}
    pips = [ip(rng, "10.60.") for _ in range(4)]

    def py(t, lvl, logger, msg):
        return f"{t.sp(3, ',')} {lvl} {logger}: {msg}"

    segno = {i: rng.randint(3500, 3700) for i in range(4)}

    def seg(W, i):
        segno[i] += rng.randint(2, 5)
        n = segno[i]
        W.add(LP[i], lambda t: py(t, "INFO", f"packager.{chans[i]}", f"segment {n} written (1080p, 6.006s, {rng.uniform(2.8, 3.4):.1f} MiB); "
                                  "playlist=EVENT retention=unlimited"))

    def usage(W, i, gib):
        W.add(LP[i], lambda t: py(t, "WARNING", "packager.housekeeping", f"/var/lib/packager usage {gib:.1f} GiB (emptyDir, no sizeLimit)"), True)

    def evict(W, i, kib):
        avail = rng.randint(8_400_000, 9_400_000)
        E.add(W, ns, "Pod", f"live-packager-{i}", "Evicted", "Warning",
              (f"The node was low on resource: ephemeral-storage. Threshold quantity: 10120372233, available: {avail}Ki. Container packager "
               f"was using {kib}Ki, request is 0, has larger consumption of ephemeral-storage. "), True, (1, 3), host=nodes[i])
        E.add(W, ns, "Pod", f"live-packager-{i}", "Killing", "Normal", "Stopping container packager", False, 0.05, host=nodes[i], field="spec.containers{packager}")
        W.add(LS, lambda t: (f"time={t.iso(0)} level=error msg=\"push failed\" channel={chans[i]} err=\"Post \\\"http://live-packager-{i}.live-packager.{ns}.svc.cluster.local:8080/ingest/{chans[i]}\\\": "
                             f"dial tcp {pips[i]}:8080: connect: connection refused\""), False, (1, 3))
        E.add(W, ns, "StatefulSet", "live-packager", "SuccessfulCreate", "Normal", f"create Pod live-packager-{i} in StatefulSet live-packager successful",
              False, (2, 5), src="statefulset-controller", api="apps/v1")

    seg(W, 2)
    usage(W, 2, 38.6)
    seg(W, 0)
    W.add(LS, lambda t: f"time={t.iso(0)} level=info msg=\"srt peer stats\" channel=ch5 rtt_ms={rng.randint(18, 40)} loss_pct=0.0{rng.randint(1, 9)} retrans={rng.randint(0, 12)}")
    usage(W, 0, 39.1)
    seg(W, 3)
    usage(W, 3, 37.9)
    evict(W, 2, rng.randint(40_500_000, 41_500_000))
    W.add(LP[2], lambda t: py(t, "INFO", "packager", "live-packager 1.6.2 starting (shaka-packager v3.2.0)"), gap=(5, 10))
    W.add(LP[2], lambda t: py(t, "INFO", "packager.ch9", "starting new EVENT playlist, media sequence reset to 0 (discontinuity for players)"), gap=0.5)
    seg(W, 1)
    usage(W, 1, 24.2)
    seg(W, 0)
    evict(W, 0, rng.randint(40_800_000, 41_800_000))
    W.add(LS, lambda t: f"time={t.iso(0)} level=warn msg=\"buffering input while packager unavailable\" channel=ch3 buffered_s={rng.randint(8, 20)}")
    W.add(LP[0], lambda t: py(t, "INFO", "packager", "live-packager 1.6.2 starting (shaka-packager v3.2.0)"), gap=(5, 10))
    seg(W, 3)
    usage(W, 3, 39.4)
    evict(W, 3, rng.randint(41_000_000, 42_000_000))
    W.add(LP[3], lambda t: py(t, "INFO", "packager", "live-packager 1.6.2 starting (shaka-packager v3.2.0)"), gap=(5, 10))
    W.add(LP[0], lambda t: py(t, "INFO", "packager.ch3", "starting new EVENT playlist, media sequence reset to 0 (discontinuity for players)"))
    W.add(LS, lambda t: f"time={t.iso(0)} level=error msg=\"input buffer overflow, dropping\" channel=ch12 dropped_s={rng.randint(10, 25)}")
    seg(W, 1)
    usage(W, 1, 24.5)
    return dict(
        category="resource_exhausted", severity="CRITICAL", component="live-packager",
        question="Three live channels (ch3, ch9, ch12) restarted from scratch within minutes. Did the SRT contribution feeds drop?",
        selector=sel(namespace=ns), win=W,
        root_cause=("live-packager keeps every segment of its EVENT playlists (retention unlimited) in an emptyDir without sizeLimit; "
                    "after hours of streaming each pod holds ~40 GiB, the nodes fall below the ephemeral-storage eviction threshold "
                    "and kubelet evicts the packager pods."),
        summary=("live-packager-2, -0 and -3 were evicted one after another (each using ~40 GiB of ephemeral storage), srt-ingest "
                 "could not push to them, and each channel restarted with a reset media sequence; live-packager-1 is at 24 GiB and "
                 "will follow."),
        action=("Bound the packager's disk use now: switch to a sliding-window playlist / time-shift buffer or delete old segments, "
                "set ephemeral-storage requests/limits or emptyDir sizeLimit (or use a PVC), and restart live-packager-1 proactively."),
    )


# ---------------------------------------------------------------- storage (1/2)
@scenario("storage_seaweedfs_multiattach")
def _(rng):
    cl = "eks-media-usw2"
    ns = "seaweedfs"
    old_node, new_node, n2 = eks_node(rng), eks_node(rng), eks_node(rng)
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 2, 24, 9, 10, rng.randint(0, 40)))
    LV = [{"namespace": ns, "pod": f"seaweedfs-volume-{i}", "container": "seaweedfs", "node": n2 if i == 0 else new_node, "app": "seaweedfs-volume"} for i in range(2)]
    LM = {"namespace": ns, "pod": "seaweedfs-master-0", "container": "seaweedfs", "node": n2, "app": "seaweedfs-master"}
    LF = {"namespace": ns, "pod": "seaweedfs-filer-0", "container": "seaweedfs", "node": new_node, "app": "seaweedfs-filer"}
    LS = {"namespace": ns, "pod": kpod(rng, "seaweedfs-s3"), "container": "seaweedfs", "node": n2, "app": "seaweedfs-s3"}
    pvc = f"pvc-{uid(rng)}"
    vol_ip = ip(rng, "10.42.")
    kube_api = f"kube-api-access-{rstr(rng, KALNUM, 5)}"
    multi = (f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another')
    fmount = (f"Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data {kube_api}]: timed out waiting for the condition")

    def g(t, lvl, tid, src, msg):
        return f"{t.glog(lvl, tid, src)} {msg}"

    def fail_write(t):
        return g(t, "E", 41, "filer_server_handlers_write_autochunk.go:62",
                 f"fail to allocate volume for /buckets/clips/2026/02/24/c_{rng.randint(100000, 999999)}.mp4, collection:clips, "
                 "datacenter:, replication:010: no writable volumes left for collection:clips replication:010 ttl:")

    W.add(LF, lambda t: g(t, "I", 41, "filer_server_handlers_write.go:203", f"assigned fid {rng.randint(30, 60)},{hx(rng, 10)} for /buckets/clips/2026/02/24/c_{rng.randint(100000, 999999)}.mp4"))
    W.add(LV[1], lambda t: g(t, "I", 17, "volume_grpc_client_to_master.go:214", f"volume server {ip(rng, '10.42.')}:8080 heartbeat to seaweedfs-master-0.seaweedfs-master:9333 ok"))
    E.add(W, ns, "Pod", "seaweedfs-volume-2", "TaintManagerEviction", "Normal", "Marking for deletion Pod seaweedfs/seaweedfs-volume-2",
          src="taint-eviction-controller")
    W.add(LM, lambda t: g(t, "I", 38, "master_grpc_server.go:74", f"unregister disconnected volume server {vol_ip}:8080"), gap=(1, 3))
    E.add(W, ns, "Pod", "seaweedfs-volume-2", "Scheduled", "Normal", f"Successfully assigned {ns}/seaweedfs-volume-2 to {new_node}",
          src="default-scheduler", gap=(20, 40))
    E.add(W, ns, "Pod", "seaweedfs-volume-2", "FailedAttachVolume", "Warning", multi, True, 0.2, src="attachdetach-controller")
    W.add(LM, lambda t: g(t, "W", 38, "volume_layout.go:412", f"Volume {rng.randint(30, 40)} has 1 replica, less than required 2"))
    W.add(LV[0], lambda t: g(t, "I", 17, "volume_grpc_client_to_master.go:214", f"volume server {ip(rng, '10.42.')}:8080 heartbeat to seaweedfs-master-0.seaweedfs-master:9333 ok"))
    W.add(LS, lambda t: g(t, "I", 22, "s3api_object_handlers.go:118", f"GetObject clips/2026/02/23/c_{rng.randint(100000, 999999)}.mp4 200"))
    W.add(LF, fail_write)
    W.add(LS, lambda t: g(t, "E", 22, "s3api_object_handlers_put.go:171", "upload to filer http://seaweedfs-filer-0.seaweedfs-filer:8888/buckets/clips: 500 Internal Server Error"), gap=0.05)
    for k in range(3):
        E.add(W, ns, "Pod", "seaweedfs-volume-2", "FailedAttachVolume", "Warning", multi, True, (10, 30), src="attachdetach-controller")
        W.add(LF, fail_write, gap=(1, 4))
        W.add(LS, lambda t: g(t, "E", 22, "s3api_object_handlers_put.go:171", "upload to filer http://seaweedfs-filer-0.seaweedfs-filer:8888/buckets/clips: 500 Internal Server Error"), gap=0.05)
        if k == 0:
            E.add(W, ns, "Pod", "seaweedfs-volume-2", "FailedMount", "Warning", fmount, True, (5, 15), host=new_node)
            W.add(LV[1], lambda t: g(t, "I", 17, "store.go:512", f"volume {rng.randint(40, 60)} vacuum completed, garbage 0.03 -> 0.00"))
        if k == 1:
            W.add(LS, lambda t: g(t, "I", 22, "s3api_object_handlers.go:118", f"GetObject clips/2026/02/22/c_{rng.randint(100000, 999999)}.mp4 200"))
            W.add(LM, lambda t: g(t, "I", 38, "master_server_handlers_admin.go:308", "leader election: seaweedfs-master-0 remains leader (term 14)"))
    E.add(W, ns, "Pod", "seaweedfs-volume-2", "FailedMount", "Warning", fmount, True, (20, 40), host=new_node)
    W.add(LF, fail_write, gap=(1, 3))
    W.add(LS, lambda t: g(t, "E", 22, "s3api_object_handlers_put.go:171", "upload to filer http://seaweedfs-filer-0.seaweedfs-filer:8888/buckets/clips: 500 Internal Server Error"), gap=0.05)
    return dict(
        category="storage", severity="ERROR", component="seaweedfs-volume",
        question="Clip uploads to the SeaweedFS S3 endpoint return 500 'no writable volumes'. Do we need to add more volume servers?",
        selector=sel(namespace=ns), win=W,
        root_cause=(f"seaweedfs-volume-2 was evicted from a failed node and rescheduled to {new_node}, but its EBS-backed volume "
                    f"{pvc} is still attached to the old node; the attach/detach controller reports a Multi-Attach error and the pod "
                    "cannot mount its data volume."),
        summary=("With volume server 2 down, replicated (010) clips volumes have only one replica, so the filer cannot allocate "
                 "writable volumes and S3 PUTs fail with 500; reads of existing clips still work."),
        action=("Force-detach the EBS volume from the old instance (or delete the stale VolumeAttachment once the old node is "
                "confirmed gone) so the pod can mount it; adding volume servers is not needed."),
    )


# ---------------------------------------------------------------- storage (2/2)
@scenario("storage_redis_streams_readonly_fs")
def _(rng):
    cl = "do-sfo3-rt"
    node = do_node(rng, "pool-streams")
    other = do_node(rng, "pool-apps")
    ns = "streams"
    ti = kpod(rng, "ticket-ingest")
    cons = kpod(rng, "ticket-consumer")
    W = Win(rng, start_ns(2026, 2, 25, 4, 1, rng.randint(0, 40)))
    LK = {"job": "node/journal", "node": node, "transport": "kernel", "cluster": cl}
    LR = {"namespace": ns, "pod": "redis-streams-0", "container": "redis", "node": node, "app": "redis-streams", "cluster": cl}
    LI = {"namespace": ns, "pod": ti, "container": "ingest", "node": other, "service_name": "ticket-ingest", "cluster": cl}
    LC = {"namespace": ns, "pod": cons, "container": "consumer", "node": other, "service_name": "ticket-consumer", "cluster": cl}

    def ing_err(t):
        return (f"{t.sp(3, ',')} ERROR ticket_ingest.api: XADD tickets failed for order o_{rng.randint(100000, 999999)}: "
                "redis.exceptions.ResponseError: MISCONF Errors writing to the AOF file: Read-only file system")

    W.add(LC, lambda t: f"time={t.iso(3)} level=INFO msg=\"XREADGROUP\" stream=tickets group=fulfil count={rng.randint(10, 50)} acked=all")
    W.add(LR, lambda t: f"{t.redis()} * Background append only file rewriting started by pid {rng.randint(200, 400)}", gap=(1, 3))
    tag = rng.randint(80, 200)
    W.add(LK, f"sd 0:0:1:1: [sda] tag#{tag} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=30s", True, (2, 5))
    W.add(LK, f"sd 0:0:1:1: [sda] tag#{tag} CDB: Write(10) 2a 00 04 e2 1c 00 00 00 08 00", False, 0.0001)
    W.add(LK, "blk_update_request: I/O error, dev sda, sector 81921024 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0", True, 0.0001)
    W.add(LK, "Buffer I/O error on dev sda, logical block 10240128, lost async page write", True, 0.0002)
    W.add(LR, lambda t: f"{t.redis()} * Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.", False, 1.5)
    W.add(LK, "EXT4-fs error (device sda): ext4_journal_check_start:83: comm redis-server: Detected aborted journal", True, (1, 3))
    W.add(LK, "EXT4-fs (sda): Remounting filesystem read-only", True, 0.0005)
    W.add(LR, lambda t: f"{t.redis()} # Error writing to the AOF file: Read-only file system", True, 0.2)
    W.add(LR, lambda t: f"{t.redis(role='C', pid=rng.randint(200, 400))} # Write error writing append only file on disk: Read-only file system", True, 0.05)
    W.add(LR, lambda t: f"{t.redis()} # Background AOF rewrite terminated with error", False, 0.01)
    W.add(LI, ing_err, True, (0.5, 2))
    W.add(LC, lambda t: f"time={t.iso(3)} level=INFO msg=\"XREADGROUP\" stream=tickets group=fulfil count=0 acked=all")
    W.add(LI, ing_err, True)
    W.add(LI, lambda t: f"{t.sp(3, ',')} WARNING ticket_ingest.api: POST /v1/orders -> 503 (persist failed), client will retry")
    for k in range(4):
        W.add(LR, lambda t: f"{t.redis()} # Error writing to the AOF file: Read-only file system", True, (1, 4))
        W.add(LI, ing_err, True, (0.3, 1.5))
        if k == 1:
            W.add(LR, lambda t: f"{t.redis()} * 10000 changes in 60 seconds. Saving...", False, 0.5)
            W.add(LR, lambda t: f"{t.redis()} # Failed opening the temp RDB file temp-{rng.randint(1000, 9999)}.rdb (in server root dir /data) for saving: Read-only file system", True, 0.01)
            W.add(LK, "EXT4-fs error (device sda): ext4_find_entry:1683: inode #2: comm redis-server: reading directory lblock 0", True, 0.2)
        if k == 2:
            W.add(LC, lambda t: f"time={t.iso(3)} level=INFO msg=\"XREADGROUP\" stream=tickets group=fulfil count=0 acked=all")
            W.add(LI, lambda t: f"{t.sp(3, ',')} INFO ticket_ingest.api: GET /v1/orders/o_{rng.randint(100000, 999999)} -> 200")
    W.add(LI, lambda t: f"{t.sp(3, ',')} CRITICAL ticket_ingest.api: {rng.randint(400, 700)} orders rejected in the last 60s (persist failed)")
    return dict(
        category="storage", severity="CRITICAL", component="redis-streams",
        question="Ticket orders are being rejected with 503 since about 04:00. Is Redis out of memory?",
        selector=sel(), win=W,
        root_cause=("The block volume behind redis-streams-0 (sda on the streams node) returned write I/O errors; ext4 aborted its "
                    "journal and remounted the filesystem read-only, so Redis can no longer write its AOF or RDB files."),
        summary=("After the SCSI write failures and the read-only remount, Redis logs AOF write errors and answers every XADD with "
                 "MISCONF; ticket-ingest rejects orders with 503 and consumers have nothing new to read. Acknowledged data since the "
                 "last successful fsync is at risk."),
        action=("Fail over or restore redis-streams onto a healthy volume now (new PV / replica promotion), check the DigitalOcean "
                "volume and node, then fsck/replace the old volume; memory is not the issue."),
    )


# ---------------------------------------------------------------- database (1/2)
@scenario("database_cnpg_deadlocks")
def _(rng):
    cl = "aks-stats-weu"
    ns = "stats"
    nodes = [aks_node(rng, "dbpool", "14142135") for _ in range(3)]
    mr = kpod(rng, "match-results")
    sa = kjob(rng, f"season-aggregator-{rng.randint(29500000, 29599999)}")
    W = Win(rng, start_ns(2026, 2, 26, 20, 0, rng.randint(0, 40)))
    LP = {"namespace": ns, "pod": "match-history-db-1", "container": "postgres", "node": nodes[0], "cnpg_io_cluster": "match-history-db"}
    LM = {"namespace": ns, "pod": mr, "container": "match-results", "node": nodes[1], "app": "match-results"}
    LA = {"namespace": ns, "pod": sa, "container": "aggregator", "node": nodes[2], "app": "season-aggregator"}
    txid = [rng.randint(990000, 999000)]

    def cnpg(t, rec):
        base = {"log_time": t.sp(3) + " UTC", "user_name": "results", "database_name": "history",
                "process_id": str(rng.randint(3000, 9000)), "connection_from": f"{ip(rng, '10.244.')}:{rng.randint(40000, 60000)}",
                "session_id": f"{hx(rng, 8)}.{hx(rng, 4)}", "session_line_num": str(rng.randint(2, 40)),
                "session_start_time": t.sp(0) + " UTC", "backend_type": "client backend", "query_id": "0"}
        base.update(rec)
        return J({"level": "info", "ts": t.iso(9), "logger": "postgres", "msg": "record", "logging_pod": "match-history-db-1", "record": base})

    def deadlock(t, app):
        p1, p2 = rng.randint(3000, 9000), rng.randint(3000, 9000)
        txid[0] += rng.randint(3, 40)
        a, b = txid[0], txid[0] - rng.randint(1, 3)
        return cnpg(t, {"command_tag": "UPDATE", "virtual_transaction_id": f"{rng.randint(3, 12)}/{rng.randint(1000, 9999)}",
                        "transaction_id": str(a), "error_severity": "ERROR", "sql_state_code": "40P01", "message": "deadlock detected",
                        "detail": (f"Process {p1} waits for ShareLock on transaction {b}; blocked by process {p2}.\n"
                                   f"Process {p2} waits for ShareLock on transaction {a}; blocked by process {p1}."),
                        "hint": "See server log for query details.",
                        "context": f"while updating tuple ({rng.randint(1000, 1400)},{rng.randint(1, 40)}) in relation \"player_stats\"",
                        "query": "UPDATE player_stats SET wins = wins + $1, rating = $2, updated_at = now() WHERE player_id = $3",
                        "application_name": app, "process_id": str(p1)})

    def akka(t, lvl, cls, msg):
        return f"[{t.sp(3, ',')}] [{lvl}] [{cls}] [match-results-akka.actor.default-dispatcher-{rng.randint(5, 20)}] - {msg}"

    def retry(t):
        return akka(t, "WARN", "c.k.results.StatsWriter", f"Retrying stats update for match m_{rng.randint(700000, 799999)} (attempt 1/3): "
                    "org.postgresql.util.PSQLException: ERROR: deadlock detected")

    def ok(t):
        return akka(t, "INFO", "c.k.results.StatsWriter", f"stats update for match m_{rng.randint(700000, 799999)} committed (attempt 2)")

    def agg(t, b):
        return f"{t.sp()} [main] INFO  c.k.season.Aggregator - recomputing ratings batch {b}/40 (500 players, ordered by rating desc)"

    W.add(LP, lambda t: cnpg(t, {"error_severity": "LOG", "message": "checkpoint starting: time", "user_name": "", "database_name": "",
                                 "backend_type": "checkpointer", "connection_from": "", "session_line_num": "1"}))
    W.add(LA, lambda t: agg(t, 11))
    W.add(LM, lambda t: akka(t, "INFO", "c.k.results.ResultConsumer", f"consumed {rng.randint(20, 60)} match results from stream"))
    for b in range(12, 17):
        W.add(LA, lambda t, b=b: agg(t, b), gap=(2, 6))
        W.add(LP, lambda t: deadlock(t, "match-results"), True, (0.5, 2))
        W.add(LM, retry, True, 0.01)
        if b % 2 == 0:
            W.add(LP, lambda t: deadlock(t, "season-aggregator"), True, (0.5, 2))
            W.add(LA, lambda t, b=b: f"{t.sp()} [main] WARN  c.k.season.Aggregator - batch {b} rolled back: ERROR: deadlock detected; retrying", True, 0.01)
        W.add(LM, ok, False, (0.1, 0.5))
        if b == 14:
            W.add(LP, lambda t: cnpg(t, {"error_severity": "LOG", "message": f"checkpoint complete: wrote {rng.randint(2000, 5000)} buffers (2.1%); 0 WAL file(s) added, 0 removed, 3 recycled",
                                         "user_name": "", "database_name": "", "backend_type": "checkpointer", "connection_from": "", "session_line_num": "2"}))
            W.add(LM, lambda t: akka(t, "INFO", "c.k.results.ResultConsumer", f"consumed {rng.randint(20, 60)} match results from stream"))
    W.add(LA, lambda t: f"{t.sp()} [main] INFO  c.k.season.Aggregator - progress: 16/40 batches committed, 3 retried after rollback, errors=0", gap=(4, 8))
    W.add(LM, lambda t: akka(t, "INFO", "c.k.results.ResultConsumer", f"consumed {rng.randint(20, 60)} match results from stream"), gap=(3, 6))
    W.add(LM, ok, gap=(1, 3))
    return dict(
        category="database", severity="WARN", component="match-history-db",
        question="match-results logs 'deadlock detected' warnings tonight. Are we losing match stats?",
        selector=sel(namespace=ns), win=W,
        root_cause=("PostgreSQL (CloudNativePG cluster match-history-db) detects deadlocks on player_stats: the season-aggregator "
                    "batch updates rows in rating order while match-results updates the same players in match order, so concurrent "
                    "transactions wait on each other and Postgres aborts one of them (40P01)."),
        summary=("While the aggregator batch runs, a few transactions per minute are aborted as deadlock victims; match-results "
                 "and the aggregator retry and every retry commits (aggregator reports errors=0), so no stats are lost."),
        action=("No immediate action. To avoid the contention, update player_stats rows in a consistent order (e.g. by player_id) "
                "in both writers, or run the aggregator outside peak hours."),
    )


# ---------------------------------------------------------------- database (2/2)
@scenario("database_pg_too_many_clients")
def _(rng):
    cl = "gke-fn-usc1"
    nodes = [gke_node(rng, "fn-usc1", "default-pool") for _ in range(3)]
    fpods = [kpod(rng, "newdeploy-score-ingest") for _ in range(3)]
    router = kpod(rng, "router")
    lapi = kpod(rng, "leaderboard-api")
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 2, 27, 18, 21, rng.randint(0, 40)))
    LDB = {"namespace": "scores-db", "pod": "scores-db-0", "container": "postgresql", "node": nodes[0], "app": "postgresql"}
    LF = [{"namespace": "fission-function", "pod": p, "container": "score-ingest", "node": nodes[i], "functionName": "score-ingest"} for i, p in enumerate(fpods)]
    LR = {"namespace": "fission", "pod": router, "container": "router", "node": nodes[1], "app": "router"}
    LL = {"namespace": "scores", "pod": lapi, "container": "octane", "node": nodes[2], "app": "leaderboard-api"}
    dbip = ip(rng, "10.4.")

    def pg(t, lvl, msg):
        return f"{t.sp()} GMT [{rng.randint(20000, 29999)}] {lvl}:  {msg}"

    def rtr(t):
        return J({"level": "error", "ts": t.iso(9), "logger": "triggerset.http_trigger_set.score-ingest", "caller": "router/functionHandler.go:731",
                  "msg": "error from function", "function": {"name": "score-ingest", "namespace": "default"}, "status_code": 500})

    W.add(LDB, lambda t: pg(t, "LOG", "checkpoint starting: time"))
    E.add(W, "fission-function", "HorizontalPodAutoscaler", "newdeploy-score-ingest", "SuccessfulRescale", "Normal",
          "New size: 24; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2")
    W.add(LF[0], "[score-ingest] pg pool created (max=10, idleTimeoutMillis=30000)", True)
    W.add(LF[1], "[score-ingest] pg pool created (max=10, idleTimeoutMillis=30000)", True)
    E.add(W, "fission-function", "HorizontalPodAutoscaler", "newdeploy-score-ingest", "SuccessfulRescale", "Normal",
          "New size: 40; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler", api="autoscaling/v2", gap=(15, 30))
    W.add(LF[2], "[score-ingest] pg pool created (max=10, idleTimeoutMillis=30000)", True)
    W.add(LDB, lambda t: pg(t, "FATAL", "remaining connection slots are reserved for non-replication superuser connections"), True)
    W.add(LDB, lambda t: pg(t, "FATAL", "sorry, too many clients already"), True, (0.1, 0.6))
    W.add(LF[2], "error: sorry, too many clients already", True, 0.01)
    W.add(LF[2], "    at /userfunc/deployarchive/node_modules/pg-pool/index.js:45:11", False, 0.0002)
    W.add(LR, rtr, False, 0.05)
    W.add(LL, lambda t: (f"[{t.sp(0)}] production.ERROR: SQLSTATE[08006] [7] connection to server at \"scores-db.scores-db.svc.cluster.local\" ({dbip}), "
                         "port 5432 failed: FATAL:  sorry, too many clients already (Connection: pgsql, SQL: select * from \"leaderboards\" "
                         f"where \"season\" = 7 limit 1)"), True)
    for k in range(4):
        W.add(LDB, lambda t: pg(t, "FATAL", "sorry, too many clients already"), True, (1, 4))
        W.add(LF[k % 3], "error: sorry, too many clients already", True, 0.01)
        W.add(LF[k % 3], "    at /userfunc/deployarchive/node_modules/pg-pool/index.js:45:11", False, 0.0002)
        W.add(LR, rtr, False, 0.05)
        if k == 1:
            W.add(LDB, lambda t: pg(t, "FATAL", "remaining connection slots are reserved for non-replication superuser connections"), True, 0.3)
            W.add(LF[0], lambda t: f"[score-ingest] ingested {rng.randint(20, 80)} scores in {rng.randint(40, 90)}ms", False, 0.4)
        if k == 2:
            W.add(LL, lambda t: f"[{t.sp(0)}] production.INFO: GET /api/leaderboards/weekly 200 (redis cache)")
            W.add(LDB, lambda t: pg(t, "LOG", f"checkpoint complete: wrote {rng.randint(1000, 3000)} buffers (1.4%); 0 WAL file(s) added, 0 removed, 2 recycled"))
    W.add(LL, lambda t: (f"[{t.sp(0)}] production.ERROR: SQLSTATE[08006] [7] connection to server at \"scores-db.scores-db.svc.cluster.local\" ({dbip}), "
                         "port 5432 failed: FATAL:  sorry, too many clients already (Connection: pgsql, SQL: select * from \"leaderboards\" "
                         f"where \"season\" = 7 limit 1)"), True)
    W.add(LR, rtr, False, 0.3)
    return dict(
        category="database", severity="ERROR", component="scores-db",
        question="score-ingest returns 500s since the evening peak. Is the Fission function code broken?",
        selector=sel(), win=W,
        root_cause=("scores-db (PostgreSQL, max_connections 200) has run out of connection slots: the score-ingest function was "
                    "scaled to 40 pods, each opening a node-postgres pool of up to 10 connections, on top of the other clients."),
        summary=("Postgres rejects new sessions with 'sorry, too many clients already' / reserved-slots errors; score-ingest calls "
                 "fail with 500 via the Fission router and leaderboard-api cannot open new connections either, while cached reads work."),
        action=("Put PgBouncer in front of scores-db or shrink the per-pod pool (e.g. max=2) and cap the function's HPA so total "
                "connections stay below max_connections; raise max_connections only with matching memory."),
    )


# ---------------------------------------------------------------- rate_limited (1/2)
@scenario("ratelimit_fcm_quota_campaign")
def _(rng):
    cl = "aks-notify-eus"
    ns = "notifications"
    app = "push-fanout"
    nodes = [aks_node(rng, "apps", "17320508") for _ in range(2)]
    pods = [kpod(rng, app), kpod(rng, app)]
    W = Win(rng, start_ns(2026, 2, 28, 21, 30, rng.randint(0, 30)))
    L = [{"namespace": ns, "pod": p, "container": "fanout", "node": nodes[i], "app": app} for i, p in enumerate(pods)]
    proj = rng.randint(10**10, 10**11 - 1)
    sent = [0]

    def sj(t, lvl, msg, **kw):
        d = {"time": t.iso(9), "level": lvl, "msg": msg}
        d.update(kw)
        return J(d)

    def throttled(t):
        return sj(t, "WARN", "fcm send throttled", campaign="tourney-final-results", batch=rng.randint(300, 700), status=429,
                  error=(f"fcm: 429 RESOURCE_EXHAUSTED (QUOTA_EXCEEDED): Quota exceeded for quota metric 'Send requests' and limit "
                         f"'Send requests per minute' of service 'fcm.googleapis.com' for consumer 'project_number:{proj}'."),
                  retry_after="30s")

    def prog(t):
        sent[0] += rng.randint(40000, 90000)
        return sj(t, "INFO", "campaign progress", campaign="tourney-final-results", sent=sent[0], failed=rng.randint(100, 1800), pending=2104233 - sent[0])

    W.add(L[0], lambda t: sj(t, "INFO", "campaign started", campaign="tourney-final-results", recipients=2104233, batch_size=500, concurrency=64))
    W.add(L[1], lambda t: sj(t, "INFO", "apns batch sent", campaign="tourney-final-results", ok=500, failed=0))
    W.add(L[0], prog, gap=(3, 8))
    W.add(L[1], lambda t: sj(t, "WARN", "apns rejected token", reason="BadDeviceToken", status=400, token=hx(rng, 8) + "…"))
    W.add(L[0], throttled, True)
    W.add(L[1], throttled, True, (0.1, 0.8))
    W.add(L[0], throttled, True, (0.1, 0.8))
    W.add(L[1], lambda t: sj(t, "WARN", "apns rejected token", reason="Unregistered", status=410, token=hx(rng, 8) + "…"))
    for k in range(5):
        W.add(L[k % 2], prog, gap=(10, 30))
        W.add(L[(k + 1) % 2], throttled, True, (1, 5))
        if k < 3:
            W.add(L[k % 2], throttled, True, (0.2, 2))
        if k == 2:
            W.add(L[0], lambda t: sj(t, "INFO", "adaptive rate lowered", provider="fcm", rps_from=1200, rps_to=600))
        if k == 3:
            W.add(L[1], lambda t: sj(t, "INFO", "apns batch sent", campaign="tourney-final-results", ok=500, failed=0))
    W.add(L[0], lambda t: sj(t, "INFO", "campaign progress", campaign="tourney-final-results", sent=2102410, failed=1823, pending=0), gap=(60, 120))
    W.add(L[0], lambda t: sj(t, "INFO", "campaign completed", campaign="tourney-final-results", sent=2102410, failed=1823,
                             failed_reasons={"Unregistered": 1402, "BadDeviceToken": 421}, throttled_retries=118, duration="14m12s"), gap=0.1)
    return dict(
        category="rate_limited", severity="WARN", component="push-fanout",
        question="The tournament results push took 14 minutes instead of the usual 5. Is FCM having an outage?",
        selector=sel(namespace=ns, app=app), win=W,
        root_cause=("push-fanout's burst of ~2.1M sends for the tourney-final-results campaign exceeded the Firebase project's "
                    "per-minute FCM send quota, so FCM answered 429 RESOURCE_EXHAUSTED (QUOTA_EXCEEDED) and the sender backed off."),
        summary=("FCM throttled the campaign repeatedly; push-fanout retried after 30 s and lowered its rate, and the campaign "
                 "completed with only invalid-token failures (Unregistered/BadDeviceToken). No FCM outage."),
        action=("Optional: pace large campaigns below the FCM quota (or request a quota increase) so they do not depend on "
                "429 back-off; prune invalid tokens."),
    )


# ---------------------------------------------------------------- rate_limited (2/2)
@scenario("ratelimit_s3_slowdown_vod_publish")
def _(rng):
    cl = "eks-vod-euw1"
    ns = "vod"
    nodes = [eks_node(rng, "eu-west-1", "10.0") for _ in range(3)]
    ups = [kpod(rng, "vod-segment-uploader"), kpod(rng, "vod-segment-uploader")]
    sq = kpod(rng, "egress-proxy")
    wf = f"vod-publish-ep1042-{rstr(rng, LOWALNUM, 5)}-wait-segments-{rng.randint(1000000000, 4294967295)}"
    W = Win(rng, start_ns(2026, 3, 1, 6, 40, rng.randint(0, 30)))
    LU = [{"namespace": ns, "pod": p, "container": "uploader", "node": nodes[i], "service_name": "vod-segment-uploader"} for i, p in enumerate(ups)]
    LQ = {"namespace": ns, "pod": sq, "container": "squid", "node": nodes[2], "app": "egress-proxy"}
    LW = {"namespace": ns, "pod": wf, "container": "main", "node": nodes[2], "workflows_argoproj_io_workflow": "vod-publish-ep1042"}
    s3ip = f"52.218.{rng.randint(1, 250)}.{rng.randint(1, 250)}"

    def rid():
        return rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16)

    def zl(t, lvl, caller, msg, **kw):
        d = {"level": lvl, "ts": float(t.epoch(6)), "caller": caller, "msg": msg}
        d.update(kw)
        return J(d)

    def key():
        return f"vod/ep1042/{rng.choice(['2160p', '1080p', '720p', '480p'])}/seg_{rng.randint(1, 700):05d}.m4s"

    def slow(t, final):
        err = (f"operation error S3: PutObject, {'exceeded maximum number of attempts, 3, ' if final else ''}https response error StatusCode: 503, "
               f"RequestID: {rid()}, HostID: {rstr(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 76)}=, "
               "api error SlowDown: Please reduce your request rate.")
        if final:
            return zl(t, "error", "upload/put.go:131", "upload failed", key=key(), error=err)
        return zl(t, "warn", "upload/put.go:96", "retrying PutObject", key=key(), attempt=rng.randint(1, 2), error=err)

    def squid(t):
        return (f"{t.epoch(3)} {rng.randint(200, 9000):6d} {ip(rng, '10.0.')} TCP_TUNNEL/200 {rng.randint(4000, 90000)} CONNECT "
                f"vod-assets-prod.s3.eu-west-1.amazonaws.com:443 - HIER_DIRECT/{s3ip} -")

    W.add(LU[0], lambda t: zl(t, "info", "upload/plan.go:54", "upload plan", title="ep1042", objects=18244, prefix="vod/ep1042/", concurrency=256), True)
    W.add(LU[1], lambda t: zl(t, "info", "upload/plan.go:54", "upload plan", title="ep1042", objects=18244, prefix="vod/ep1042/", concurrency=256), True, 0.2)
    W.add(LQ, squid)
    W.add(LU[0], lambda t: zl(t, "info", "upload/put.go:88", "uploaded", key=key(), bytes=rng.randint(900000, 4000000), ms=rng.randint(60, 200)))
    W.add(LU[0], lambda t: slow(t, False), True, (2, 5))
    W.add(LU[1], lambda t: slow(t, False), True, (0.05, 0.4))
    W.add(LQ, squid)
    W.add(LU[0], lambda t: slow(t, False), True, (0.05, 0.4))
    W.add(LW, lambda t: f'time="{t.iso(0)}" level=info msg="waiting for segments" title=ep1042 present={rng.randint(9000, 11000)} expected=18244')
    for k in range(5):
        W.add(LU[k % 2], lambda t: slow(t, False), True, (0.5, 3))
        W.add(LU[(k + 1) % 2], lambda t: slow(t, True), True, (0.1, 1))
        W.add(LU[k % 2], lambda t: zl(t, "info", "upload/put.go:88", "uploaded", key=key(), bytes=rng.randint(900000, 4000000), ms=rng.randint(300, 2400)))
        if k % 2 == 0:
            W.add(LQ, squid)
        if k == 3:
            W.add(LU[0], lambda t: zl(t, "info", "upload/put.go:88", "HeadObject 404 (not yet uploaded)", key=key()))
    W.add(LU[1], lambda t: zl(t, "error", "upload/run.go:77", "title upload incomplete", title="ep1042", failed=rng.randint(380, 450), requeued=True), gap=(3, 8))
    W.add(LW, lambda t: f'time="{t.iso(0)}" level=warning msg="segments still missing, publish deadline at 07:00Z at risk" title=ep1042 missing={rng.randint(380, 450)}')
    return dict(
        category="rate_limited", severity="ERROR", component="vod-segment-uploader",
        question="Publishing ep1042 is stuck waiting for segments and the uploader logs 503s. Is the egress Squid proxy dropping connections?",
        selector=sel(namespace=ns), win=W,
        root_cause=("Amazon S3 is throttling vod-segment-uploader: it PUTs all 18k objects of ep1042 under the single prefix "
                    "vod/ep1042/ with concurrency 256 per pod, exceeding S3's per-prefix request rate, so S3 answers 503 SlowDown "
                    "('Please reduce your request rate') and many uploads fail after 3 attempts."),
        summary=("Hundreds of segment uploads fail with SlowDown after retries while others succeed slowly; the publish workflow "
                 "is still missing ~400 segments and the 07:00 deadline is at risk. The Squid proxy tunnels are fine (TCP_TUNNEL/200)."),
        action=("Lower upload concurrency and use adaptive retry with backoff (or spread keys across more prefixes), then re-run "
                "the failed segments; no proxy change needed."),
    )


# ---------------------------------------------------------------- node_failure (1/2)
@scenario("node_eks_pleg_nvme_stall")
def _(rng):
    cl = "eks-games-usw2"
    node = f"ip-10-42-7-{rng.randint(100, 130)}.us-west-2.compute.internal"
    gs = [f"arena-us-{rstr(rng, KALNUM, 5)}-{rstr(rng, KALNUM, 5)}" for _ in range(2)]
    kp = f"kube-proxy-{rstr(rng, KALNUM, 5)}"
    W = Win(rng, start_ns(2026, 3, 2, 22, 8, rng.randint(0, 30)))
    LK = {"cluster": cl, "job": "node/journal", "node": node, "transport": "kernel"}
    LKL = {"cluster": cl, "job": "node/journal", "node": node, "unit": "kubelet.service"}
    LCT = {"cluster": cl, "job": "node/journal", "node": node, "unit": "containerd.service"}
    LG = [{"cluster": cl, "namespace": "arena-us", "pod": p, "container": "arena-server", "node": node} for p in gs]
    LS = [dict(l, container="agones-gameserver-sidecar") for l in LG]
    LP = {"cluster": cl, "namespace": "kube-system", "pod": kp, "container": "kube-proxy", "node": node}

    def spd(t, lvl, msg):
        return f"[{t.sp(3)}] [{lvl}] [arena] {msg}"

    def pleg(t, secs):
        return (f'{t.klog("E", 2087, "kubelet.go:2385")} "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen '
                f'active {secs}; threshold is 3m0s"')

    W.add(LG[0], lambda t: spd(t, "info", f"tick stats avg_frame_ms=7.{rng.randint(1, 9)} players=10"))
    W.add(LS[1], lambda t: J({"gsKey": f"arena-us/{gs[1]}", "message": "Health Ping Received", "severity": "debug", "source": "*sdkserver.SDKServer", "time": t.iso(0)}))
    W.add(LP, lambda t: f'{t.klog("I", 1, "proxier.go:796")} "SyncProxyRules complete" elapsed="{rng.randint(80, 160)}.{rng.randint(100, 999)}ms"')
    W.add(LK, f"nvme nvme0: I/O {rng.randint(100, 900)} QID {rng.randint(1, 4)} timeout, aborting", True, (3, 8))
    W.add(LK, "nvme nvme0: Abort status: 0x0", True, 0.2)
    W.add(LG[0], lambda t: spd(t, "warning", f"tick overrun {rng.randint(300, 900)}ms (frame budget 16ms)"), False, (1, 3))
    W.add(LK, f"nvme nvme0: I/O {rng.randint(100, 900)} QID {rng.randint(1, 4)} timeout, aborting", True, (20, 30))
    W.add(LK, "INFO: task jbd2/nvme0n1p1-8:311 blocked for more than 122 seconds.", True, (60, 90))
    W.add(LK, "      Not tainted 5.10.234-225.895.amzn2.x86_64 #1", False, 0.0001)
    W.add(LK, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.", False, 0.0001)
    W.add(LK, "INFO: task containerd:1482 blocked for more than 122 seconds.", True, 0.002)
    W.add(LK, "      Not tainted 5.10.234-225.895.amzn2.x86_64 #1", False, 0.0001)
    W.add(LK, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.", False, 0.0001)
    W.add(LKL, lambda t: (f'{t.klog("E", 2087, "remote_runtime.go:294")} "ListPodSandbox with filter from runtime service failed" '
                          'err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="nil"'), True, (5, 15))
    W.add(LKL, lambda t: (f'{t.klog("E", 2087, "kuberuntime_sandbox.go:297")} "Failed to list pod sandboxes" '
                          'err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"'), True, 0.001)
    W.add(LCT, lambda t: f'time="{t.iso(9)}" level=info msg="StopPodSandbox for \\"{hx(rng, 64)}\\""', False, (1, 3))
    W.add(LKL, lambda t: pleg(t, "3m0.412734519s"), True, (20, 40))
    W.add(LKL, lambda t: (f'{t.klog("I", 2087, "setters.go:568")} "Node became not ready" node="{node}" condition={{"type":"Ready","status":"False",'
                          f'"lastHeartbeatTime":"{t.iso(0)}","lastTransitionTime":"{t.iso(0)}","reason":"KubeletNotReady",'
                          '"message":"PLEG is not healthy: pleg was last seen active 3m0.418802004s ago; threshold is 3m0s"}'), True, 0.01)
    W.add(LK, "INFO: task kubelet:2087 blocked for more than 122 seconds.", True, (10, 20))
    W.add(LK, "      Not tainted 5.10.234-225.895.amzn2.x86_64 #1", False, 0.0001)
    W.add(LK, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.", False, 0.0001)
    W.add(LKL, lambda t: pleg(t, "3m31.905113480s"), True, (15, 30))
    W.add(LK, f"nvme nvme0: I/O {rng.randint(100, 900)} QID {rng.randint(1, 4)} timeout, aborting", True, (5, 10))
    W.add(LKL, lambda t: (f'{t.klog("E", 2087, "remote_runtime.go:294")} "ListPodSandbox with filter from runtime service failed" '
                          'err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="nil"'), True, (5, 10))
    W.add(LKL, lambda t: pleg(t, "4m8.220477316s"), True, (10, 25))
    W.add(LKL, lambda t: f'{t.klog("E", 2087, "kubelet_node_status.go:540")} "Error updating node status, will retry" err="error getting node \\"{node}\\": Get \\"https://{hx(rng, 32).upper()}.gr7.us-west-2.eks.amazonaws.com/api/v1/nodes/{node}?timeout=10s\\": context deadline exceeded"', False, (5, 10))
    return dict(
        category="node_failure", severity="CRITICAL", component=node,
        question="Players on two arena matches froze and then dropped. Is the game server build leaking something?",
        selector=sel(node=node), win=W,
        root_cause=(f"Node {node} is failing: its root NVMe (EBS) device stopped completing I/O (nvme timeouts), which hung jbd2, "
                    "containerd and the kubelet; the container runtime stopped answering, PLEG went unhealthy and the node became NotReady."),
        summary=("After repeated NVMe I/O timeouts the kernel reports hung tasks for jbd2, containerd and kubelet, CRI calls time out "
                 "and the kubelet marks the node NotReady; the game servers on it stall (tick overruns) and will be evicted."),
        action=("Cordon and replace the instance (terminate it so the node group brings a fresh one), let Agones recreate the "
                "GameServers elsewhere, and check the EBS volume/instance status; the game server build is not the cause."),
    )


# ---------------------------------------------------------------- node_failure (2/2)
@scenario("node_baremetal_ecc_segfaults")
def _(rng):
    cl = "bm-transcode-ams"
    bad, good = "bm-transcode-07", "bm-transcode-03"
    ns = "media-batch"
    wb, wg = kpod(rng, "ffmpeg-batch-worker"), kpod(rng, "ffmpeg-batch-worker")
    W = Win(rng, start_ns(2026, 3, 3, 13, 20, rng.randint(0, 30)))
    LB = {"namespace": ns, "pod": wb, "container": "worker", "node": bad, "app": "ffmpeg-batch-worker"}
    LG = {"namespace": ns, "pod": wg, "container": "worker", "node": good, "app": "ffmpeg-batch-worker"}
    LK = {"job": "node/journal", "node": bad, "transport": "kernel", "cluster": cl}
    LKG = dict(LK, node=good)
    LR = {"job": "node/journal", "node": bad, "unit": "rasdaemon.service", "cluster": cl}

    def ce(t):
        page = hx(rng, 6)
        return (f"EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x{page} offset:0x{hx(rng, 3)} "
                f"grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:{rng.randint(0, 3)} row:0x{hx(rng, 4)} "
                f"col:0x{hx(rng, 3)})")

    def segv(t, job):
        return f"{t.sp(3, ',')} ERROR transcoder.worker: ffmpeg exited with signal 11 (SIGSEGV) job={job}; requeueing (attempt 1/3)"

    def kseg(pid):
        base = "7f2c4" + hx(rng, 2) + "00000"
        return (f"ffmpeg[{pid}]: segfault at 7f2c{hx(rng, 8)} ip 00007f2c{hx(rng, 8)} sp 00007ffd{hx(rng, 8)} error 4 in "
                f"libavcodec.so.60.31.102[{base}+1a2e000]")

    jobs = [f"j-{rng.randint(40000, 49999)}" for _ in range(4)]
    W.add(LG, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: finished j-{rng.randint(40000, 49999)} in {rng.uniform(300, 700):.1f}s renditions=4 errors=0")
    W.add(LK, "mce: [Hardware Error]: Machine check events logged", True, (2, 5))
    W.add(LK, ce, True, 0.01)
    W.add(LR, lambda t: f"rasdaemon: mc_event: {t.sp(6)} +0000 1 Corrected error: memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (page 0x{hx(rng, 6)})", True, 0.05)
    W.add(LB, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[0]} profile=hd-h264-4r", False, (3, 8))
    W.add(LK, ce, True, (5, 20))
    W.add(LK, kseg(rng.randint(40000, 60000)), False, (10, 30))
    W.add(LB, lambda t: segv(t, jobs[0]), False, 0.05)
    W.add(LG, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[0]} profile=hd-h264-4r (attempt 2/3)", False, (2, 5))
    W.add(LB, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[1]} profile=uhd-hevc10-6r", False, (1, 3))
    W.add(LK, "mce: [Hardware Error]: Machine check events logged", True, (5, 15))
    W.add(LK, ce, True, 0.01)
    W.add(LK, ce, True, 0.02)
    W.add(LKG, "IPv6: ADDRCONF(NETDEV_CHANGE): cali3f2a1b9c0d4: link becomes ready", False, (1, 3))
    W.add(LK, kseg(rng.randint(40000, 60000)), False, (10, 30))
    W.add(LB, lambda t: segv(t, jobs[1]), False, 0.05)
    W.add(LK, (f"EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x{hx(rng, 6)} offset:0x0 "
               "grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:1 row:0x1a2b col:0x3f8)"), True, (5, 15))
    W.add(LK, f"Memory failure: 0x{hx(rng, 6)}: recovery action for dirty LRU page: Recovered", True, 0.01)
    W.add(LR, lambda t: f"rasdaemon: mc_event: {t.sp(6)} +0000 1 Uncorrected error: memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0", True, 0.05)
    W.add(LG, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: finished {jobs[0]} (attempt 2/3) renditions=4 errors=0", False, (20, 40))
    W.add(LG, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[1]} profile=uhd-hevc10-6r (attempt 2/3)", False, (1, 3))
    W.add(LB, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[2]} profile=hd-h264-4r", False, (1, 3))
    W.add(LB, lambda t: f"{t.sp(3, ',')} WARNING transcoder.worker: [swscaler @ 0x55d1c2e4a5c0] deprecated pixel format used, make sure you did set range correctly", False, 0.5)
    W.add(LK, ce, True, (10, 20))
    W.add(LB, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: finished {jobs[2]} renditions=4 errors=0", False, (40, 60))
    W.add(LB, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: accepted {jobs[3]} profile=hd-h264-4r", False, (1, 3))
    W.add(LK, "mce: [Hardware Error]: Machine check events logged", True, (5, 15))
    W.add(LK, ce, True, 0.01)
    W.add(LK, kseg(rng.randint(40000, 60000)), False, (10, 30))
    W.add(LB, lambda t: segv(t, jobs[3]), False, 0.05)
    W.add(LG, lambda t: f"{t.sp(3, ',')} INFO transcoder.worker: finished j-{rng.randint(40000, 49999)} in {rng.uniform(300, 700):.1f}s renditions=4 errors=0", False, (5, 10))
    return dict(
        category="node_failure", severity="ERROR", component=bad,
        question="ffmpeg keeps segfaulting in libavcodec on some transcode jobs. Do we have a bad ffmpeg build?",
        selector=sel(), win=W,
        root_cause=(f"Node {bad} has failing memory: the kernel logs machine-check events and a stream of EDAC corrected and now "
                    "uncorrected read errors on CPU1 channel 2 DIMM 0, and ffmpeg processes on that node crash with SIGSEGV."),
        summary=(f"All segfaults happen on {bad}, which is logging ECC errors on one DIMM; the same jobs succeed when retried on "
                 f"{good}, and the same ffmpeg build runs fine elsewhere."),
        action=(f"Cordon and drain {bad}, have the DIMM (CPU_SrcID#1 channel 2 slot 0) replaced and run a memory test before "
                "returning it to service; no ffmpeg rollback needed."),
    )


# =========================================================================== healthy windows
HEALTHY_ACTION = "No action needed."


@scenario("healthy_agones_br_fleet")
def _(rng):
    cl = "gke-br-usc1"
    ns = "br-servers"
    nodes = [gke_node(rng, "br-usc1", "gs-pool") for _ in range(3)]
    gss = rstr(rng, KALNUM, 5)
    gsn = [f"battle-royale-{gss}-{rstr(rng, KALNUM, 5)}" for _ in range(4)]
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 3, 4, 17, 0, rng.randint(0, 30)))
    LG = [{"namespace": ns, "pod": p, "container": "br-server", "node": nodes[i % 3]} for i, p in enumerate(gsn)]
    LS = [dict(l, container="agones-gameserver-sidecar") for l in LG]
    new_ip = ip(rng, "10.8.")

    def spd(t, lvl, msg):
        return f"[{t.sp(3)}] [{lvl}] [br] {msg}"

    def sdk(t, i, msg, sev="info"):
        return J({"gsKey": f"{ns}/{gsn[i]}", "message": msg, "severity": sev, "source": "*sdkserver.SDKServer", "time": t.iso(0)})

    m0 = f"m-{rng.randint(500000, 599999)}"
    W.add(LG[0], lambda t: spd(t, "info", f"match {m0} zone phase 4/7, 23 players alive, errors=0"))
    E.add(W, ns, "FleetAutoscaler", "battle-royale-autoscaler", "AutoScalingFleet", "Normal", "Scaling fleet battle-royale from 30 to 34",
          src="fleetautoscaler-controller", api="autoscaling.agones.dev/v1")
    E.add(W, ns, "Fleet", "battle-royale", "ScalingGameServerSet", "Normal", f"Scaling active GameServerSet battle-royale-{gss} from 30 to 34",
          src="fleet-controller", api="agones.dev/v1", gap=0.2)
    E.add(W, ns, "GameServerSet", f"battle-royale-{gss}", "SuccessfulCreate", "Normal", f"Created gameserver: {gsn[3]}",
          src="gameserverset-controller", api="agones.dev/v1", gap=0.1)
    E.add(W, ns, "GameServer", gsn[3], "Creating", "Normal", f"Pod {gsn[3]} created", src="gameserver-controller", api="agones.dev/v1", gap=0.1)
    E.add(W, ns, "Pod", gsn[3], "Scheduled", "Normal", f"Successfully assigned {ns}/{gsn[3]} to {nodes[0]}", src="default-scheduler", gap=0.2)
    E.add(W, ns, "GameServer", gsn[3], "Scheduled", "Normal", "Address and port populated", src="gameserver-controller", api="agones.dev/v1", gap=1)
    W.add(LG[3], lambda t: spd(t, "info", "br-server 2.3.1 boot, map=archipelago max_players=60"), gap=(2, 4))
    W.add(LG[3], lambda t: spd(t, "warning", "config key 'tickrate' is deprecated, use 'sim.tick_hz'"), gap=0.01)
    E.add(W, ns, "Pod", gsn[3], "Unhealthy", "Warning",
          f'Startup probe failed: Get "http://{new_ip}:8080/healthz": dial tcp {new_ip}:8080: connect: connection refused',
          gap=(1, 3), host=nodes[0], field="spec.containers{br-server}")
    W.add(LG[3], lambda t: spd(t, "info", "navmesh loaded in 4.2s, listening udp 7777, http 8080"), gap=(2, 4))
    W.add(LS[3], lambda t: sdk(t, 3, "Ready request has been received!"), gap=0.3)
    E.add(W, ns, "GameServer", gsn[3], "RequestReady", "Normal", "SDK state change", src="gameserver-controller", api="agones.dev/v1", gap=0.1)
    E.add(W, ns, "GameServer", gsn[3], "Ready", "Normal", "SDK.Ready() complete", src="gameserver-controller", api="agones.dev/v1", gap=0.1)
    W.add(LG[1], lambda t: spd(t, "info", f"player p_{rng.randint(100000, 999999)} disconnected (reason: client quit)"))
    W.add(LS[2], lambda t: sdk(t, 2, "Allocating GameServer"))
    E.add(W, ns, "GameServer", gsn[2], "Allocated", "Normal", "Allocated", src="gameserver-controller", api="agones.dev/v1", gap=0.1)
    W.add(LG[2], lambda t: spd(t, "info", "allocated: lobby l-eu-4412 60 players incoming"), gap=0.3)
    for n_join in (1, 2, 3):
        W.add(LG[2], lambda t, n_join=n_join: spd(t, "info", f"player p_{rng.randint(100000, 999999)} joined ({n_join}/60)"), gap=(0.2, 1))
    W.add(LG[1], lambda t: spd(t, "warning", f"player p_{rng.randint(100000, 999999)} connection timed out, slot released"))
    W.add(LG[0], lambda t: spd(t, "info", f"match {m0} finished, winner squad 7, duration 21m14s, errors=0"), gap=(3, 8))
    W.add(LS[0], lambda t: sdk(t, 0, "Shutdown request has been received!"), gap=0.2)
    E.add(W, ns, "GameServer", gsn[0], "Shutdown", "Normal", "Deletion started", src="gameserver-controller", api="agones.dev/v1", gap=0.1)
    E.add(W, ns, "GameServerSet", f"battle-royale-{gss}", "SuccessfulCreate", "Normal", f"Created gameserver: battle-royale-{gss}-{rstr(rng, KALNUM, 5)}",
          src="gameserverset-controller", api="agones.dev/v1", gap=(0.5, 2))
    W.add(LG[1], lambda t: spd(t, "info", f"match m-{rng.randint(500000, 599999)} zone phase 2/7, 51 players alive, errors=0"), gap=(2, 5))
    W.add(LG[2], lambda t: spd(t, "info", "match started, 60/60 players, map=archipelago"), gap=(2, 5))
    W.add(LS[1], lambda t: sdk(t, 1, "Health Ping Received", "debug"))
    return dict(
        category="none", severity="INFO",
        question="The battle-royale fleet scaled up and one new game server had a failed startup probe. Is anything wrong?",
        selector=sel(namespace=ns), win=W,
        root_cause="No incident: normal fleet autoscaling, allocation and match lifecycle.",
        summary=("The fleet autoscaler added 4 GameServers; the new one failed a single startup probe while loading its navmesh, "
                 "then called SDK.Ready() and became Ready. Allocations, player joins and match shutdowns are normal; the "
                 "deprecation warning and player disconnects are benign."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_knative_eventing")
def _(rng):
    cl = "do-lon1-events"
    ns = "knative-eventing"
    nodes = [do_node(rng, "pool-events") for _ in range(2)]
    ctl = kpod(rng, "eventing-controller")
    flt = kpod(rng, "mt-broker-filter")
    ing = kpod(rng, "mt-broker-ingress")
    wh = kpod(rng, "eventing-webhook")
    W = Win(rng, start_ns(2026, 3, 5, 9, 30, rng.randint(0, 30)))
    LC = {"namespace": ns, "pod": ctl, "container": "eventing-controller", "node": nodes[0], "app": "eventing-controller"}
    LF = {"namespace": ns, "pod": flt, "container": "filter", "node": nodes[1], "app": "mt-broker-filter"}
    LI = {"namespace": ns, "pod": ing, "container": "ingress", "node": nodes[0], "app": "mt-broker-ingress"}
    LW = {"namespace": ns, "pod": wh, "container": "eventing-webhook", "node": nodes[1], "app": "eventing-webhook"}
    commit = hx(rng, 7)

    def kn(t, sev, logger, caller, msg, pod, **kw):
        d = {"severity": sev, "timestamp": t.iso(9), "logger": logger, "caller": caller, "message": msg, "commit": commit, "knative.dev/pod": pod}
        d.update(kw)
        return J(d)

    def rec_ok(t, key, kind):
        return kn(t, "INFO", "eventing-controller", "controller/controller.go:550", "Reconcile succeeded", ctl,
                  **{"knative.dev/controller": f"knative.dev.eventing.pkg.reconciler.{kind.lower()}.Reconciler",
                     "knative.dev/kind": f"eventing.knative.dev.{kind}", "knative.dev/traceid": uid(rng), "knative.dev/key": key,
                     "duration": f"{rng.uniform(0.004, 0.09):.6f}"})

    W.add(LC, lambda t: kn(t, "INFO", "eventing-controller", "leaderelection/context.go:154",
                           f"\"{ctl}_{uid(rng)}\" has started leading \"eventing-controller.knative.dev.eventing.pkg.reconciler.broker.reconciler.00-of-01\"", ctl))
    W.add(LC, lambda t: rec_ok(t, "media-events/default", "Broker"))
    W.add(LC, lambda t: rec_ok(t, "media-events/clip-published-to-notifier", "Trigger"))
    W.add(LW, lambda t: kn(t, "WARNING", "eventing-webhook", "webhook/conversion.go:88",
                           "Failed to update webhook: Operation cannot be fulfilled on customresourcedefinitions.apiextensions.k8s.io \"triggers.eventing.knative.dev\": "
                           "the object has been modified; please apply your changes to the latest version and try again", wh))
    W.add(LW, lambda t: kn(t, "INFO", "eventing-webhook", "webhook/conversion.go:101", "Updated webhook conversion config", wh), gap=(0.5, 1.5))
    for k in range(5):
        W.add(LI, lambda t: kn(t, "DEBUG", "mt_broker_ingress", "ingress/ingress_handler.go:233", "Event received", ing,
                               **{"eventType": "media.clip.published", "broker": "media-events/default", "eventID": uid(rng)}), gap=(1, 4))
        W.add(LF, lambda t: kn(t, "DEBUG", "mt_broker_filter", "filter/filter_handler.go:310", "Successfully dispatched message", flt,
                               **{"trigger": "media-events/clip-published-to-notifier", "responseCode": 202}), gap=(0.01, 0.2))
        if k == 1:
            W.add(LF, lambda t: kn(t, "INFO", "mt_broker_filter", "filter/filter_handler.go:284", "Event doesn't pass filter, skipping", flt,
                                   **{"trigger": "media-events/upload-failed-to-pager", "eventType": "media.clip.published"}))
        if k == 2:
            W.add(LF, lambda t: kn(t, "WARNING", "mt_broker_filter", "filter/filter_handler.go:361", "failed to dispatch event, subscriber responded 400 Bad Request", flt,
                                   **{"trigger": "media-events/clip-published-to-search", "responseCode": 400, "retry": False}))
            W.add(LF, lambda t: kn(t, "INFO", "mt_broker_filter", "filter/filter_handler.go:398", "event sent to dead letter sink", flt,
                                   **{"trigger": "media-events/clip-published-to-search", "deadLetterSink": "http://event-dlq.media-events.svc.cluster.local"}), gap=0.05)
        if k == 3:
            W.add(LC, lambda t: rec_ok(t, "media-events/hourly-digest", "Trigger"))
    W.add(LC, lambda t: kn(t, "INFO", "eventing-controller", "apiserver/adapter.go:70", "Deprecated: spec.delivery.retryAfterMax is alpha and may change; ignoring for Trigger media-events/clip-published-to-search", ctl))
    W.add(LI, lambda t: kn(t, "INFO", "mt_broker_ingress", "ingress/ingress_handler.go:179", "Request rejected: unsupported method GET", ing, **{"responseCode": 405, "path": "/media-events/default"}))
    for _ in range(3):
        W.add(LC, lambda t: rec_ok(t, rng.choice(["media-events/default", "media-events/clip-published-to-notifier", "media-events/clip-published-to-search"]),
                                   rng.choice(["Broker", "Trigger"])), gap=(5, 15))
        W.add(LF, lambda t: kn(t, "DEBUG", "mt_broker_filter", "filter/filter_handler.go:310", "Successfully dispatched message", flt,
                               **{"trigger": "media-events/clip-published-to-notifier", "responseCode": 202}))
    W.add(LC, lambda t: kn(t, "INFO", "eventing-controller", "metrics/exporter.go:160", "Flushed metrics, errors=0", ctl))
    return dict(
        category="none", severity="INFO",
        question="We see a 400 and a dead-letter delivery in the Knative broker filter logs. Is event delivery broken?",
        selector=sel(namespace=ns), win=W,
        root_cause="No incident: the broker and triggers deliver events normally.",
        summary=("Reconciles succeed and events are dispatched with 202; one malformed event was rejected with 400 by the search "
                 "subscriber and correctly sent to the dead-letter sink. Webhook update conflict was retried successfully; the "
                 "405 and deprecation notice are benign."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_varnish_shield")
def _(rng):
    cl = "do-ams3-cdn"
    ns = "cdn"
    app = "varnish-shield"
    nodes = [do_node(rng, "pool-edge") for _ in range(2)]
    pods = [kpod(rng, app), kpod(rng, app)]
    W = Win(rng, start_ns(2026, 3, 6, 20, 15, rng.randint(0, 30)))
    LN = [{"namespace": ns, "pod": p, "container": "varnishncsa", "node": nodes[i], "app": app} for i, p in enumerate(pods)]
    LL = [dict(l, container="varnishlog") for l in LN]
    uas = ["AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)", "ExoPlayerLib/2.19.1",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]

    def ncsa(t, path, status, size, handling, ttfb):
        return (f"{ip(rng, '10.0.')} - - [{t.clf()}] \"GET http://vod-origin.example.tv{path} HTTP/1.1\" {status} {size} "
                f"{handling} {ttfb:.6f} \"{rng.choice(uas)}\"")

    def seg():
        return f"/vod/ep{rng.randint(1030, 1042)}/{rng.choice(['1080p', '720p', '480p'])}/seg_{rng.randint(1, 600):05d}.m4s"

    def health(t, b):
        return f"-   Backend_health - boot.{b} Still healthy 4---X-RH 5 3 5 {rng.uniform(0.003, 0.009):.6f} {rng.uniform(0.003, 0.009):.6f} HTTP/1.1 200 OK"

    for k in range(22):
        i = k % 2
        r = rng.random()
        if r < 0.6:
            W.add(LN[i], lambda t: ncsa(t, seg(), 200, rng.randint(600000, 2500000), "hit", rng.uniform(0.00015, 0.0003)), gap=(0.05, 1.2))
        elif r < 0.8:
            W.add(LN[i], lambda t: ncsa(t, seg(), 200, rng.randint(600000, 2500000), "miss", rng.uniform(0.02, 0.12)), gap=(0.05, 1.2))
        elif r < 0.9:
            W.add(LN[i], lambda t: ncsa(t, seg(), 206, 524288, "hit", rng.uniform(0.00015, 0.0003)), gap=(0.05, 1.2))
        else:
            W.add(LN[i], lambda t: ncsa(t, f"/vod/ep{rng.randint(1030, 1042)}/master.m3u8", 304, 0, "hit", rng.uniform(0.0001, 0.0002)), gap=(0.05, 1.2))
        if k == 5:
            W.add(LL[0], lambda t: health(t, "rgw_vod"))
            W.add(LL[1], lambda t: health(t, "rgw_vod"), gap=0.3)
        if k == 9:
            W.add(LN[1], lambda t: ncsa(t, "/vod/ep1050/master.m3u8", 404, 0, "miss", rng.uniform(0.003, 0.006)))
            W.add(LN[0], lambda t: ncsa(t, "/favicon.ico", 404, 0, "pass", rng.uniform(0.002, 0.004)))
        if k == 14:
            W.add(LL[0], "--  Debug          \"Write error, retval = -1, len = 1835008, errno = Broken pipe\"")
            W.add(LN[0], lambda t: ncsa(t, seg(), 200, rng.randint(100000, 400000), "hit", rng.uniform(0.00015, 0.0003)), gap=0.01)
        if k == 18:
            W.add(LL[1], lambda t: health(t, "rgw_vod"))
            W.add(LL[0], lambda t: health(t, "rgw_vod"), gap=0.2)
    return dict(
        category="none", severity="INFO",
        question="Is the VOD origin shield healthy tonight? I noticed some 404s and a 'Write error' in varnishlog.",
        selector=sel(namespace=ns, app=app), win=W,
        root_cause="No incident: the shield serves hits and misses normally and the RGW backend is healthy.",
        summary=("Mostly cache hits with fast misses, 206/304 responses and healthy backend probes. The 404s are for an "
                 "unpublished manifest and a favicon; the 'Write error ... Broken pipe' is a viewer closing the connection mid-transfer."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_keda_nats_consumers")
def _(rng):
    cl = "k3s-hel-hel1"
    ns = "ticket-events"
    nodes = [f"k3s-agent-hel1-{i}" for i in (1, 2, 3)]
    ws = [kpod(rng, "ticket-processor") for _ in range(3)]
    E = Events(rng, "agent", cl)
    W = Win(rng, start_ns(2026, 3, 7, 12, 0, rng.randint(0, 30)))
    LN = [{"namespace": ns, "pod": f"nats-{i}", "container": "nats", "node": nodes[i], "app": "nats"} for i in range(3)]
    LW = [{"namespace": ns, "pod": p, "container": "processor", "node": nodes[i], "app": "ticket-processor"} for i, p in enumerate(ws)]

    def n(t, lvl, msg):
        return f"[1] {t.slash(6)} [{lvl}] {msg}"

    def tr(t, lvl, msg):
        return f"{t.iso(6)} {lvl:>5} ticket_processor::consumer: {msg}"

    def batch(t):
        return tr(t, "INFO", f"processed batch size=50 acked=50 nacked=0 errors=0 elapsed_ms={rng.randint(80, 240)}")

    W.add(LW[0], batch)
    W.add(LN[0], lambda t: n(t, "INF", f"{ip(rng, '10.42.')}:{rng.randint(40000, 60000)} - cid:{rng.randint(100, 999)} - Client connection created"))
    E.add(W, ns, "HorizontalPodAutoscaler", "keda-hpa-ticket-processor", "SuccessfulRescale", "Normal",
          "New size: 3; reason: external metric s0-nats-jetstream-TICKETS(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: ticket-processor,},MatchExpressions:[]LabelSelectorRequirement{},}) above target",
          src="horizontal-pod-autoscaler", api="autoscaling/v2")
    E.add(W, ns, "Pod", ws[2], "Scheduled", "Normal", f"Successfully assigned {ns}/{ws[2]} to {nodes[2]}", src="default-scheduler", gap=0.3)
    W.add(LW[2], lambda t: tr(t, "INFO", "ticket-processor 0.9.4 starting, stream=TICKETS durable=ticket-processor"), gap=(2, 4))
    E.add(W, ns, "Pod", ws[2], "Unhealthy", "Warning", "Startup probe failed: HTTP probe failed with statuscode: 503", gap=(1, 2), host=nodes[2], field="spec.containers{processor}")
    W.add(LW[2], lambda t: tr(t, "INFO", "connected to nats://nats.ticket-events.svc:4222, consumer bound"), gap=(1, 3))
    for k in range(6):
        W.add(LW[k % 3], batch, gap=(1, 4))
        if k == 2:
            W.add(LN[1], lambda t: n(t, "INF", "JetStream cluster new consumer leader for '$G > TICKETS > ticket-processor'"))
            W.add(LN[0], lambda t: n(t, "INF", "JetStream cluster new stream leader for '$G > TICKETS'"), gap=0.3)
        if k == 4:
            W.add(LW[1], lambda t: tr(t, "WARN", f"redelivery of message seq={rng.randint(10**6, 10**7)} (num_delivered=2), processing succeeded"))
    E.add(W, ns, "HorizontalPodAutoscaler", "keda-hpa-ticket-processor", "SuccessfulRescale", "Normal",
          "New size: 2; reason: All metrics below target", src="horizontal-pod-autoscaler", api="autoscaling/v2", gap=(20, 40))
    W.add(LW[2], lambda t: tr(t, "INFO", "SIGTERM received, draining: stopped fetching, 0 in flight"), gap=(1, 2))
    W.add(LN[2], lambda t: n(t, "INF", f"{ip(rng, '10.42.')}:{rng.randint(40000, 60000)} - cid:{rng.randint(100, 999)} - \"v0.35.1:rust:ticket-processor\" - Client connection closed: Client Closed"))
    E.add(W, ns, "Pod", ws[2], "Killing", "Normal", "Stopping container processor", gap=0.2, host=nodes[2], field="spec.containers{processor}")
    for _ in range(4):
        W.add(LW[rng.randint(0, 1)], batch, gap=(2, 6))
    W.add(LN[0], lambda t: n(t, "INF", f"{ip(rng, '10.42.')}:{rng.randint(40000, 60000)} - cid:{rng.randint(100, 999)} - Client connection created"), gap=(1, 3))
    W.add(LW[0], lambda t: tr(t, "INFO", "lag=0 pending=0 ack_floor caught up"))
    return dict(
        category="none", severity="INFO",
        question="KEDA keeps scaling ticket-processor up and down and NATS logs leader changes. Is something unstable?",
        selector=sel(namespace=ns), win=W,
        root_cause="No incident: normal KEDA scale-out/in and routine JetStream leader placement.",
        summary=("The consumer scaled 2 to 3 and back as the stream backlog rose and drained; the new pod failed one startup probe "
                 "before binding, JetStream moved consumer/stream leaders, one message was redelivered and processed, and the "
                 "scale-in drained cleanly with 0 in flight. Lag is back to 0."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_transcode_batch_jobs")
def _(rng):
    cl = "bm-media-par"
    ns = "media-jobs"
    nodes = ["par-gpu-01", "par-gpu-02"]
    jobs = [f"transcode-ep{rng.randint(1100, 1199)}-{k}" for k in range(2)]
    pods = [kjob(rng, j) for j in jobs]
    E = Events(rng, "exporter", cl)
    W = Win(rng, start_ns(2026, 3, 8, 2, 10, rng.randint(0, 30)))
    L = [{"namespace": ns, "pod": p, "container": "ffmpeg", "node": nodes[i], "job_name": jobs[i]} for i, p in enumerate(pods)]
    img = "registry.media.lan/encoding/ffmpeg-worker:7.0.2-nvenc"

    def py(t, lvl, msg):
        return f"{t.sp(3, ',')} {lvl} transcode: {msg}"

    for i in range(2):
        E.add(W, ns, "Job", jobs[i], "SuccessfulCreate", "Normal", f"Created pod: {pods[i]}", src="job-controller", api="batch/v1", gap=(0.2, 1))
        E.add(W, ns, "Pod", pods[i], "Pulled", "Normal", f'Container image "{img}" already present on machine', host=nodes[i], field="spec.containers{ffmpeg}", gap=(1, 2))
    for i in range(2):
        W.add(L[i], lambda t, i=i: py(t, "INFO", f"job {jobs[i]} profile=hd-h264-4r input=s3://vod-ingest/masters/{jobs[i][10:16]}.mxf"))
        W.add(L[i], "[swscaler @ 0x5581f0d2c5c0] deprecated pixel format used, make sure you did set range correctly", gap=0.5)
        W.add(L[i], "[h264_nvenc @ 0x5581f0c8e240] Using default preset p4 (was 'medium' in older ffmpeg), rc=vbr", gap=0.01)
    for k in range(8):
        i = k % 2
        fr = (k // 2 + 1) * rng.randint(9000, 11000)
        W.add(L[i], ffmpeg_progress(fr, rng.uniform(230, 260), [rng.uniform(20, 26) for _ in range(4)], fr * 38, fr / 25.0, rng.uniform(9.1, 10.4)), gap=(15, 30))
    W.add(L[0], "video:1843212kB audio:62104kB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: 0.412310%", gap=(10, 20))
    W.add(L[0], lambda t: py(t, "WARNING", "S3 PutObject RequestTimeout for rendition 720p (attempt 1/5), retrying"), gap=(2, 5))
    W.add(L[0], lambda t: py(t, "INFO", "uploaded 4 renditions, 1,904 segments, 0 failed"), gap=(3, 6))
    W.add(L[0], lambda t: py(t, "INFO", f"job {jobs[0]} finished errors=0 warnings=1"), gap=0.2)
    E.add(W, ns, "Job", jobs[0], "Completed", "Normal", "Job completed", src="job-controller", api="batch/v1", gap=(1, 3))
    W.add(L[1], "video:2011844kB audio:61880kB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: 0.398107%", gap=(10, 30))
    W.add(L[1], lambda t: py(t, "INFO", "uploaded 4 renditions, 2,118 segments, 0 failed"), gap=(3, 6))
    W.add(L[1], lambda t: py(t, "INFO", f"job {jobs[1]} finished errors=0 warnings=0"), gap=0.2)
    E.add(W, ns, "Job", jobs[1], "Completed", "Normal", "Job completed", src="job-controller", api="batch/v1", gap=(1, 3))
    E.add(W, ns, "CronJob", "transcode-dispatcher", "SawCompletedJob", "Normal",
          f"Saw completed job: transcode-dispatcher-{rng.randint(29500000, 29599999)}, status: Complete", src="cronjob-controller", api="batch/v1", gap=(5, 20))
    return dict(
        category="none", severity="INFO",
        question="Did last night's batch transcodes finish cleanly? The logs have 'deprecated' and 'RequestTimeout' warnings.",
        selector=sel(namespace=ns), win=W,
        root_cause="No incident: both transcode Jobs completed successfully.",
        summary=("Both Jobs ran at ~10x realtime and completed; the swscaler pixel-format notice and nvenc preset message are "
                 "benign, and the single S3 RequestTimeout was retried and all segments uploaded (0 failed, errors=0)."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_socketio_chat_gateway")
def _(rng):
    cl = "do-fra1-chat"
    ns = "chat"
    app = "chat-gateway"
    nodes = [do_node(rng, "pool-chat") for _ in range(2)]
    pods = [kpod(rng, app), kpod(rng, app)]
    W = Win(rng, start_ns(2026, 3, 9, 19, 45, rng.randint(0, 30)))
    L = [{"namespace": ns, "pod": p, "container": "gateway", "node": nodes[i], "app": app} for i, p in enumerate(pods)]
    rip = ip(rng, "10.245.")

    def pino(t, i, lvl, msg, **kw):
        d = {"level": lvl, "time": t.epoch_ms(), "pid": 1, "hostname": pods[i]}
        d.update(kw)
        d["msg"] = msg
        return J(d)

    def sid():
        return rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 20)

    reasons = ["transport close", "ping timeout", "client namespace disconnect", "transport close", "transport error"]
    for k in range(12):
        i = k % 2
        r = rng.random()
        if r < 0.4:
            W.add(L[i], lambda t, i=i: pino(t, i, 30, "socket connected", sid=sid(), ns="/", transport=rng.choice(["websocket", "polling"])), gap=(0.2, 3))
        elif r < 0.7:
            W.add(L[i], lambda t, i=i: pino(t, i, 30, "socket disconnected", sid=sid(), reason=rng.choice(reasons)), gap=(0.2, 3))
        else:
            W.add(L[i], lambda t, i=i: pino(t, i, 30, "room joined", sid=sid(), room=f"guild:{rng.randint(1000, 9999)}"), gap=(0.2, 3))
        if k == 4:
            W.add(L[1], lambda t: pino(t, 1, 30, "GET /socket.io/?EIO=4&transport=polling&sid=stale 400", error={"code": 1, "message": "Session ID unknown"}))
        if k == 7:
            W.add(L[0], f"[ioredis] Unhandled error event: Error: read ECONNRESET")
            W.add(L[0], "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)", gap=0.0001)
            W.add(L[0], lambda t: pino(t, 0, 40, "redis adapter connection reset, reconnecting", host=f"{rip}:6379", attempt=1), gap=0.01)
            W.add(L[0], lambda t: pino(t, 0, 30, "redis adapter reconnected", host=f"{rip}:6379", downtime_ms=rng.randint(300, 900)), gap=(0.4, 1))
    W.add(L[1], lambda t: pino(t, 1, 30, "stats", sockets=rng.randint(8000, 9000), rooms=rng.randint(1200, 1500), emit_errors=0, adapter_errors=0), gap=(2, 5))
    W.add(L[0], lambda t: pino(t, 0, 30, "stats", sockets=rng.randint(8000, 9000), rooms=rng.randint(1200, 1500), emit_errors=0, adapter_errors=1), gap=0.3)
    for k in range(12):
        i = (k + 1) % 2
        W.add(L[i], lambda t, i=i: pino(t, i, 30, rng.choice(["socket connected", "message broadcast"]), sid=sid(), room=f"guild:{rng.randint(1000, 9999)}"), gap=(0.2, 3))
        if k == 6:
            W.add(L[0], lambda t: pino(t, 0, 40, "rate limit: dropped message from spammy client", sid=sid(), limit="20/10s"))
    return dict(
        category="none", severity="INFO",
        question="Chat gateway logged an ioredis ECONNRESET this evening. Is the Redis adapter broken?",
        selector=sel(namespace=ns, app=app), win=W,
        root_cause="No incident: normal Socket.IO connection churn with one transient Redis reset that reconnected within a second.",
        summary=("Sockets connect, join rooms and disconnect for ordinary reasons (transport close, ping timeout); one Redis "
                 "connection reset was followed by an immediate reconnect and broadcasts continued; the 400 'Session ID unknown' "
                 "is a stale polling client and the spam drop is the per-client rate limiter."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_openshift_node_journal")
def _(rng):
    cl = "ocp4-media"
    node = "worker-3.ocp4.media.example.com"
    mkt = f"redhat-operators-{rstr(rng, KALNUM, 5)}"
    pr = f"image-pruner-{rng.randint(29500000, 29599999)}-{rstr(rng, KALNUM, 5)}"
    W = Win(rng, start_ns(2026, 3, 10, 10, 0, rng.randint(0, 30)))
    LKL = {"job": "node/journal", "node": node, "unit": "kubelet.service", "cluster": cl}
    LCR = {"job": "node/journal", "node": node, "unit": "crio.service", "cluster": cl}
    LK = {"job": "node/journal", "node": node, "transport": "kernel", "cluster": cl}
    LSD = {"job": "node/journal", "node": node, "unit": "init.scope", "cluster": cl}
    LM = {"namespace": "openshift-marketplace", "pod": mkt, "container": "registry-server", "node": node, "cluster": cl}
    LP = {"namespace": "openshift-image-registry", "pod": pr, "container": "image-pruner", "node": node, "cluster": cl}
    muid = uid(rng)
    cid = hx(rng, 64)
    ver = "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + hx(rng, 64)

    def crio(t, msg, rpc):
        return f'time="{t.sp(9)}Z" level=info msg="{msg}" id={uid(rng)} name={rpc}'

    def kl(t, src, msg):
        return f'{t.klog("I", 2243, src)} {msg}'

    W.add(LKL, lambda t: kl(t, "kubelet.go:2431", f'"SyncLoop ADD" source="api" pods=["openshift-marketplace/{mkt}"]'))
    W.add(LCR, lambda t: crio(t, f"Checking image status: {ver}", "/runtime.v1.ImageService/ImageStatus"), gap=0.3)
    W.add(LCR, lambda t: crio(t, f"Image status: &ImageStatusResponse{{Image:&Image{{Id:{hx(rng, 64)},RepoTags:[],...}}", "/runtime.v1.ImageService/ImageStatus"), gap=0.01)
    W.add(LCR, lambda t: crio(t, f"Running pod sandbox: openshift-marketplace/{mkt}/POD", "/runtime.v1.RuntimeService/RunPodSandbox"), gap=0.2)
    W.add(LK, f"IPv6: ADDRCONF(NETDEV_CHANGE): {hx(rng, 15)}: link becomes ready", gap=0.5)
    W.add(LK, f"device {hx(rng, 15)} entered promiscuous mode", gap=0.01)
    W.add(LSD, f"Started crio-conmon-{cid}.scope.", gap=0.3)
    W.add(LCR, lambda t: crio(t, f"Created container {cid[:13]}: openshift-marketplace/{mkt}/registry-server", "/runtime.v1.RuntimeService/CreateContainer"), gap=0.2)
    W.add(LCR, lambda t: crio(t, f"Started container {cid[:13]}: openshift-marketplace/{mkt}/registry-server", "/runtime.v1.RuntimeService/StartContainer"), gap=0.1)
    W.add(LM, lambda t: f'time="{t.iso(0)}" level=info msg="Keeping server open for infinite seconds" database=/database/index.db port=50051', gap=0.5)
    W.add(LKL, lambda t: kl(t, "prober.go:107", f'"Probe failed" probeType="Startup" pod="openshift-marketplace/{mkt}" podUID="{muid}" '
                                                f'containerName="registry-server" probeResult="failure" output="timeout: failed to connect service \\":50051\\" within 1s"'), gap=(8, 12))
    W.add(LM, lambda t: f'time="{t.iso(0)}" level=info msg="serving registry" database=/database/index.db port=50051', gap=(5, 9))
    W.add(LKL, lambda t: kl(t, "kubelet.go:2542", f'"SyncLoop (probe)" probe="startup" status="started" pod="openshift-marketplace/{mkt}"'), gap=(3, 8))
    W.add(LKL, lambda t: kl(t, "kubelet.go:2542", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="openshift-marketplace/{mkt}"'), gap=(1, 3))
    W.add(LKL, lambda t: kl(t, "kubelet.go:2431", f'"SyncLoop ADD" source="api" pods=["openshift-image-registry/{pr}"]'), gap=(10, 30))
    W.add(LCR, lambda t: crio(t, f"Started container {hx(rng, 13)}: openshift-image-registry/{pr}/image-pruner", "/runtime.v1.RuntimeService/StartContainer"), gap=(2, 4))
    W.add(LP, lambda t: f"{t.klog('I', 1, 'prune.go:358')} Creating image pruner with keepYoungerThan=1h0m0s, keepTagRevisions=3", gap=0.5)
    W.add(LP, "Deleted 14 objects out of 14.", gap=(5, 10))
    W.add(LP, "Summary: deleted 12 images, 2 blobs, 0 errors", gap=0.01)
    W.add(LKL, lambda t: kl(t, "kubelet.go:2458", f'"SyncLoop (PLEG): event for pod" pod="openshift-image-registry/{pr}" event={{"ID":"{uid(rng)}","Type":"ContainerDied","Data":"{hx(rng, 64)}"}}'), gap=(1, 2))
    W.add(LCR, lambda t: crio(t, f"Removed container {hx(rng, 13)}: openshift-image-registry/{pr}/image-pruner", "/runtime.v1.RuntimeService/RemoveContainer"), gap=(2, 4))
    W.add(LSD, lambda t: f"crio-conmon-{hx(rng, 64)}.scope: Deactivated successfully.", gap=0.1)
    W.add(LKL, lambda t: kl(t, "reconciler_common.go:159", f'"operationExecutor.UnmountVolume started for volume \\"serviceca\\" (UniqueName: \\"kubernetes.io/configmap/{uid(rng)}-serviceca\\")"'), gap=0.5)
    W.add(LKL, lambda t: kl(t, "operation_generator.go:803", '"UnmountVolume.TearDown succeeded for volume \\"serviceca\\""'), gap=0.05)
    W.add(LKL, lambda t: kl(t, "image_gc_manager.go:340", '"Disk usage on image filesystem is within limits" usage=61 highThreshold=85'), gap=(10, 20))
    W.add(LCR, lambda t: crio(t, "Checking image status: registry.redhat.io/redhat/redhat-operator-index:v4.16", "/runtime.v1.ImageService/ImageStatus"), gap=(5, 10))
    W.add(LKL, lambda t: kl(t, "kubelet_getters.go:218", f'"Pod status updated" pod="openshift-marketplace/{mkt}" status="Running"'), gap=(1, 3))
    return dict(
        category="none", severity="INFO",
        question="Can you check whether worker-3 is healthy? I saw a 'Probe failed' line in its kubelet journal.",
        selector=sel(node=node), win=W,
        root_cause="No incident: routine pod starts, a CronJob run and image housekeeping on the node.",
        summary=("CRI-O and the kubelet start the marketplace registry pod normally; its startup probe failed once while the index "
                 "was loading and then passed. The image-pruner CronJob ran and cleaned up, volumes unmounted, and image disk "
                 "usage is within limits."),
        action=HEALTHY_ACTION,
    )


@scenario("healthy_rabbitmq_streams_telemetry")
def _(rng):
    cl = "eks-telemetry-apse2"
    ns = "telemetry"
    nodes = [eks_node(rng, "ap-southeast-2", "10.90") for _ in range(3)]
    cons = [kpod(rng, "match-telemetry-sink"), kpod(rng, "match-telemetry-sink")]
    W = Win(rng, start_ns(2026, 3, 11, 5, 30, rng.randint(0, 30)))
    LR = [{"namespace": ns, "pod": f"telemetry-rabbit-server-{i}", "container": "rabbitmq", "node": nodes[i], "app": "telemetry-rabbit"} for i in range(3)]
    LC = [{"namespace": ns, "pod": p, "container": "sink", "node": nodes[i], "service_name": "match-telemetry-sink"} for i, p in enumerate(cons)]
    rips = [ip(rng, "10.90.") for _ in range(3)]

    def rl(t, lvl, msg):
        return f"{t.sp(6)}+00:00 [{lvl}] <0.{rng.randint(1000, 60000)}.0> {msg}"

    def akka(t, lvl, cls, msg, i):
        return f"[{t.sp(3, ',')}] [{lvl}] [{cls}] [telemetry-sink-akka.actor.default-dispatcher-{rng.randint(3, 12)}] - {msg}"

    W.add(LR[0], lambda t: rl(t, "warning", "Deprecated features: `transient_nonexcl_queues`: Feature `transient_nonexcl_queues` is deprecated."))
    W.add(LR[0], lambda t: rl(t, "warning", "By default, this feature can still be used for now."), gap=0.001)
    W.add(LC[0], lambda t: akka(t, "INFO", "c.k.telemetry.StreamSink", f"consumed {rng.randint(4000, 6000)} messages from stream match-telemetry, offset {rng.randint(8 * 10**7, 9 * 10**7)} committed", 0))
    for k in range(6):
        i = k % 2
        W.add(LC[i], lambda t, i=i: akka(t, "INFO", "c.k.telemetry.StreamSink", f"consumed {rng.randint(4000, 6000)} messages from stream match-telemetry, offset {rng.randint(8 * 10**7, 9 * 10**7)} committed", i), gap=(3, 8))
        if k == 1:
            W.add(LR[1], lambda t: rl(t, "info", f"accepting AMQP connection <0.{rng.randint(20000, 40000)}.0> ({ip(rng, '10.90.')}:{rng.randint(40000, 60000)} -> {rips[1]}:5672)"))
            W.add(LR[1], lambda t: rl(t, "info", "connection <0.31881.0> (10.90.4.17:51822 -> 10.90.2.33:5672): user 'telemetry-ingest' authenticated and granted access to vhost '/'"), gap=0.01)
        if k == 2:
            W.add(LC[1], lambda t: akka(t, "WARN", "c.k.telemetry.StreamSink", "stream connection reset by peer (rabbitmq-stream 5552), reconnecting", 1))
            W.add(LC[1], lambda t: akka(t, "INFO", "c.k.telemetry.StreamSink", f"reconnected to telemetry-rabbit-server-2 in {rng.randint(300, 900)}ms, resuming from stored offset", 1), gap=(0.3, 1))
        if k == 3:
            W.add(LR[2], lambda t: rl(t, "warning", f"closing AMQP connection <0.{rng.randint(20000, 40000)}.0> ({ip(rng, '10.90.')}:{rng.randint(40000, 60000)} -> {rips[2]}:5672, vhost: '/', user: 'dashboard'):"))
            W.add(LR[2], lambda t: rl(t, "warning", "client unexpectedly closed TCP connection"), gap=0.0005)
        if k == 4:
            W.add(LR[0], lambda t: rl(t, "info", "rabbit_stream_coordinator: match-telemetry: replica member on rabbit@telemetry-rabbit-server-1 in sync, committed offset advanced"))
    W.add(LR[1], lambda t: rl(t, "info", "Stream retention: match-telemetry segment 00000000000081920000.segment deleted (max-age 7D)"), gap=(2, 5))
    W.add(LC[0], lambda t: akka(t, "INFO", "c.k.telemetry.Metrics", "sink stats: lag=0 failed_writes=0 retries=1", 0), gap=(3, 6))
    W.add(LC[1], lambda t: akka(t, "INFO", "c.k.telemetry.Metrics", "sink stats: lag=12 failed_writes=0 retries=0", 1), gap=0.2)
    for _ in range(3):
        W.add(LC[rng.randint(0, 1)], lambda t: akka(t, "INFO", "c.k.telemetry.StreamSink", f"consumed {rng.randint(4000, 6000)} messages from stream match-telemetry, offset {rng.randint(8 * 10**7, 9 * 10**7)} committed", 0), gap=(3, 8))
    W.add(LR[2], lambda t: rl(t, "info", "HTTP access denied: user 'guest' - invalid credentials"), gap=(1, 3))
    W.add(LR[2], lambda t: rl(t, "info", "Management plugin: HTTP request GET /api/overview 401 from 10.90.9.12 (readiness scraper with default creds, ignored)"), gap=0.01)
    W.add(LC[0], lambda t: akka(t, "INFO", "c.k.telemetry.StreamSink", f"consumed {rng.randint(4000, 6000)} messages from stream match-telemetry, offset {rng.randint(8 * 10**7, 9 * 10**7)} committed", 0), gap=(3, 8))
    return dict(
        category="none", severity="INFO",
        question="Quick sanity check of the telemetry RabbitMQ streams: anything we should worry about?",
        selector=sel(namespace=ns), win=W,
        root_cause="No incident: stream consumers keep up and the RabbitMQ cluster is healthy.",
        summary=("Consumers commit offsets steadily with lag near 0; one stream connection reset reconnected within a second and "
                 "resumed from its stored offset. The deprecated-feature warning, a dashboard client closing its connection, "
                 "retention deleting an old segment and a 401 from a scraper using guest credentials are all benign."),
        action=HEALTHY_ACTION,
    )


# =========================================================================== build + self-check
def build():
    records = []
    for name, fn in SCENARIOS:
        rng = random.Random(f"{SEED}:{name}")
        d = fn(rng)
        logs, evidence = d["win"].render()
        expected = {"severity": d["severity"], "root_cause_category": d["category"]}
        if d["category"] != "none":
            expected["component"] = d["component"]
        expected["root_cause"] = d["root_cause"]
        expected["summary"] = d["summary"]
        expected["action"] = d["action"]
        expected["evidence"] = evidence if d["category"] != "none" else []
        if d["category"] == "none" and evidence:
            raise SystemExit(f"{name}: healthy window has evidence flags")
        records.append({"id": None, "source": f"synthetic:dev12-{name}", "question": d["question"],
                        "selector": d["selector"], "logs": logs, "expected": expected})
    order = random.Random(f"{SEED}:order")
    order.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"dev12-{i:03d}"
    return records


def self_check(records):
    import re
    errs = []
    ts_re = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$")
    if len(records) != 40:
        errs.append(f"expected 40 records, got {len(records)}")
    counts = {}
    for r in records:
        c = r["expected"]["root_cause_category"]
        counts[c] = counts.get(c, 0) + 1
    for c in CATEGORIES:
        if counts.get(c) != 2:
            errs.append(f"category {c}: {counts.get(c)} records (want 2)")
    if counts.get("none") != 8:
        errs.append(f"none: {counts.get('none')} records (want 8)")
    if set(counts) - set(CATEGORIES) - {"none"}:
        errs.append(f"unknown categories {sorted(set(counts) - set(CATEGORIES) - {'none'})}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or ids != [f"dev12-{i:03d}" for i in range(1, len(records) + 1)]:
        errs.append("ids not dev12-001..040 in order")
    if len({r["source"] for r in records}) != len(records):
        errs.append("duplicate sources")
    if len({r["question"] for r in records}) != len(records):
        errs.append("duplicate questions")
    for r in records:
        rid, logs, ex, s = r["id"] + " " + r["source"], r["logs"], r["expected"], r["selector"]
        if not r["source"].startswith("synthetic:dev12-"):
            errs.append(f"{rid}: bad source")
        if not (25 <= len(logs) <= 60):
            errs.append(f"{rid}: {len(logs)} lines")
        if list(s.keys()) != SELECTOR_KEYS:
            errs.append(f"{rid}: selector keys {list(s.keys())}")
        prev = ""
        for i, l in enumerate(logs):
            if not ts_re.match(l["ts"]):
                errs.append(f"{rid}[{i}]: bad ts {l['ts']}")
            if l["ts"] <= prev:
                errs.append(f"{rid}[{i}]: ts not strictly increasing")
            prev = l["ts"]
            if not l["line"] or "\n" in l["line"] or "\r" in l["line"]:
                errs.append(f"{rid}[{i}]: empty or multi-line text")
            for k, v in l["labels"].items():
                if not isinstance(v, str) or not v:
                    errs.append(f"{rid}[{i}]: label {k} not a non-empty string")
            for k, v in s.items():
                if v is not None and l["labels"].get(k) != v:
                    errs.append(f"{rid}[{i}]: label {k}={l['labels'].get(k)!r} disagrees with selector {v!r}")
        ev = ex["evidence"]
        if ev != sorted(set(ev)) or any(not (0 <= e < len(logs)) for e in ev):
            errs.append(f"{rid}: evidence not sorted/unique/in range")
        evs = set(ev)
        texts = {}
        for i, l in enumerate(logs):
            texts.setdefault(l["line"], []).append(i)
        for e in ev:
            for j in texts[logs[e]["line"]]:
                if j not in evs:
                    errs.append(f"{rid}: line {j} repeats evidence line {e} but is not evidence")
        if ex["severity"] not in SEVERITIES:
            errs.append(f"{rid}: bad severity")
        if ex["root_cause_category"] == "none":
            if ex["severity"] != "INFO" or ev or "component" in ex:
                errs.append(f"{rid}: none record must be INFO, no evidence, no component")
        else:
            if ex["severity"] == "INFO" or not ev or not str(ex.get("component", "")).strip():
                errs.append(f"{rid}: incident needs non-INFO severity, evidence and component")
        for f in ("root_cause", "summary", "action"):
            if not ex.get(f):
                errs.append(f"{rid}: missing {f}")
        if not r["question"]:
            errs.append(f"{rid}: missing question")
    return errs


def preview(names):
    """Print rendered windows in a compact form (does not write anything)."""
    for r in build():
        name = r["source"].split("synthetic:dev12-")[1]
        if names and name not in names:
            continue
        ev = set(r["expected"]["evidence"])
        print(f"=== {r['id']} {name} {r['expected']['root_cause_category']}/{r['expected']['severity']} sel={r['selector']}")
        print(f"Q: {r['question']}")
        for i, l in enumerate(r["logs"]):
            lab = ",".join(f"{k}={v}" for k, v in l["labels"].items() if k in ("namespace", "pod", "container", "node", "unit", "transport"))
            print(f"{'E' if i in ev else ' '}{i:02d} {l['ts'][11:23]} [{lab[:90]}] {l['line'][:400]}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--preview":
        preview(sys.argv[2:])
        return
    records = build()
    errs = self_check(records)
    if errs:
        for e in errs:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        raise SystemExit(1)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    # summary for the README
    table = {}
    for r in records:
        c, s = r["expected"]["root_cause_category"], r["expected"]["severity"]
        table.setdefault(c, {}).setdefault(s, 0)
        table[c][s] += 1
    print(f"wrote {len(records)} records to {OUT}")
    print("| category | INFO | WARN | ERROR | CRITICAL |")
    for c in CATEGORIES + ["none"]:
        row = table.get(c, {})
        print(f"| {c} | " + " | ".join(str(row.get(s, 0)) for s in SEVERITIES) + " |")
    print()
    print("| id | scenario | category | severity | component | selector | lines | evidence |")
    for r in records:
        ex = r["expected"]
        sel_s = ", ".join(f"{k}={v}" for k, v in r["selector"].items() if v is not None) or "(all null)"
        print(f"| {r['id']} | {r['source'].split('synthetic:dev12-')[1]} | {ex['root_cause_category']} | {ex['severity']} | "
              f"{ex.get('component', '-')} | {sel_s} | {len(r['logs'])} | {len(ex['evidence'])} |")


if __name__ == "__main__":
    main()
