#!/usr/bin/env python3
"""Generate the dev9 held-out golden set (golden format v1).

Theme: ML/AI serving, CI/CD, security/identity, IoT/edge and messaging
workloads on Kubernetes.  40 records: every incident category twice plus
8 healthy windows.  Standard library only, fully deterministic:

    python golden/heldout/make_dev9.py      # rewrites dev9.jsonl next to this file

Each scenario is one function ``s_<name>(rng)``.  Its ``random.Random`` is
seeded with ``f"{SEED}:{name}"``; the output order comes from a separately
seeded shuffle.  Log lines carry ``@TOKEN@`` placeholders that are replaced
by the entry's own timestamp in the format the emitting software uses.
"""
import json
import os
import random
import re
from datetime import datetime, timezone

SEED = 20260909
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev9.jsonl")

SEL_KEYS = ("namespace", "pod", "container", "node", "app")
ALNUM = "bcdfghjklmnpqrstvwxz2456789"   # k8s rand.SafeEncodeString alphabet
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------- helpers
def rid(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ip(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randrange(1, 254)))
    return ".".join(parts)


def L(**kw):
    """Loki label set without the None values."""
    return {k: v for k, v in kw.items() if v is not None}


def lq(s):
    """logfmt quoting."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def start_dt(rng, month_range=(3, 9), hour_range=(0, 23)):
    return datetime(2026, rng.randint(*month_range), rng.randint(1, 28),
                    rng.randint(*hour_range), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=timezone.utc)


def _fmt(ns):
    sec, frac = divmod(ns, 10 ** 9)
    dt = datetime.fromtimestamp(sec, tz=timezone.utc)
    return sec, frac, dt


def _tokens(ns):
    sec, frac, dt = _fmt(ns)
    us, ms = frac // 1000, frac // 10 ** 6
    ymd = f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
    hms = f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return {
        "ISO": f"{ymd}T{hms}.{ms:03d}Z",
        "ISOU": f"{ymd}T{hms}.{us:06d}Z",
        "ISON": f"{ymd}T{hms}.{frac:09d}Z",
        "ISOS": f"{ymd}T{hms}Z",
        "ISOTZ": f"{ymd}T{hms}.{us:06d}+00:00",
        "KLOG": f"{dt.month:02d}{dt.day:02d} {hms}.{us:06d}",
        "EPOCH": f"{ns / 1e9:.7f}",
        "EPOCHI": str(sec),
        "SPC": f"{ymd} {hms},{ms:03d}",
        "SPD": f"{ymd} {hms}.{ms:03d}",
        "GO": f"{dt.year:04d}/{dt.month:02d}/{dt.day:02d} {hms}",
        "NEST": f"{dt.month:02d}/{dt.day:02d}/{dt.year}, {h12}:{dt.minute:02d}:{dt.second:02d} {ampm}",
        "VLLM": f"{dt.month:02d}-{dt.day:02d} {hms}",
        "PG": f"{ymd} {hms}.{ms:03d} UTC",
        "PGG": f"{ymd} {hms}.{ms:03d} GMT",
        "PGS": f"{ymd} {hms} UTC",
        "RUNR": f"{ymd} {hms}Z",
        "TS": f"{ymd}T{hms},{ms:03d}",
        "JUL": f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h12}:{dt.minute:02d}:{dt.second:02d} {ampm}",
        "HMS": f"{hms}.{ms:03d}",
        "PULSAR": f"{ymd}T{hms},{ms:03d}+0000",
        "JENK": f"{ymd} {hms}.{ms:03d}+0000",
        "GUNI": f"{ymd} {hms} +0000",
        "NGX": f"{dt.day:02d}/{MONTHS[dt.month - 1]}/{dt.year}:{hms} +0000",
        "NMTS": f"{sec}.{frac // 10 ** 5:04d}",
        "AKKA": f"{dt.month:02d}/{dt.day:02d}/{dt.year} {hms}.{ms:03d}",
        "EVID": f"{ns:x}",
    }


_TOKEN_RE = re.compile(r"@(ISOS|ISOTZ|ISON|ISOU|ISO|KLOG|EPOCHI|EPOCH|SPC|SPD|GO|NEST|VLLM|PGG|PGS|PG|RUNR|TS|JUL|HMS|"
                       r"PULSAR|JENK|GUNI|NGX|NMTS|AKKA|EVID)(-\d+)?@")


def render(line, ns):
    if "@" not in line:
        return line
    cache = {}

    def sub(m):
        off = int(m.group(2)[1:]) if m.group(2) else 0
        t = ns - off * 10 ** 9
        if t not in cache:
            cache[t] = _tokens(t)
        return cache[t][m.group(1)]
    return _TOKEN_RE.sub(sub, line)


def fmt_ts(ns):
    sec, frac, dt = _fmt(ns)
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}.{frac:09d}Z"


class Win:
    """A Loki query window: entries with their own timestamps, sorted on build()."""

    def __init__(self, rng, start):
        self.rng = rng
        self.t0 = int(start.timestamp()) * 10 ** 9
        self.items = []
        self.uids = {}

    def at(self, sec, labels, line, ev=False):
        """Add an entry at `sec` seconds (ms resolution) after the window start.

        Entries that share a millisecond keep their insertion order; the sub-millisecond
        part of the timestamp is random but assigned in that order on build()."""
        ms = int(round(sec * 1000))
        self.items.append((ms, len(self.items), self.rng.randrange(0, 10 ** 6), dict(labels), line, ev))
        return self.t0 + ms * 10 ** 6

    def spread(self, t0, t1, n, labels, gen):
        for _ in range(n):
            lab = labels() if callable(labels) else labels
            self.at(self.rng.uniform(t0, t1), lab, gen())

    def uid(self, key):
        if key not in self.uids:
            self.uids[key] = uuid4(self.rng)
        return self.uids[key]

    # Kubernetes events -------------------------------------------------------
    def evh(self, sec, labels, kind, name, reason, msg, typ="Normal", comp="kubelet", host="",
            count=1, api="v1", ev=False):
        """Grafana Agent / Alloy eventhandler style (logfmt)."""
        rv = self.rng.randrange(10_000_000, 99_999_999)
        line = (f"name={name}.@EVID@ kind={kind} action= objectAPIversion={api} objectRV={rv} "
                f"eventRV={rv + self.rng.randrange(3, 900)} reportinginstance={host} reportingcontroller= "
                f"sourcecomponent={comp} sourcehost={host} reason={reason} type={typ} count={count} msg={lq(msg)}")
        return self.at(sec, labels, line, ev)

    def evx(self, sec, labels, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host="",
            count=1, first_ago=0, field=None, api="v1", ev=False):
        """kubernetes-event-exporter style (JSON)."""
        rv = str(self.rng.randrange(10_000_000, 99_999_999))
        first = f"@ISOS-{first_ago}@" if first_ago else "@ISOS@"
        inv = {"kind": kind, "namespace": ns, "name": name, "uid": self.uid((kind, name)), "apiVersion": api,
               "resourceVersion": str(self.rng.randrange(1_000_000, 9_999_999))}
        if field:
            inv["fieldPath"] = field
        d = {"metadata": {"name": f"{name}.@EVID@", "namespace": ns, "uid": uuid4(self.rng),
                          "resourceVersion": rv, "creationTimestamp": first},
             "reason": reason, "message": msg, "source": {"component": comp, "host": host} if host else {"component": comp},
             "firstTimestamp": first, "lastTimestamp": "@ISOS@", "count": count, "type": typ,
             "eventTime": None, "reportingComponent": comp, "reportingInstance": host, "involvedObject": inv}
        return self.at(sec, labels, json.dumps(d, separators=(",", ":")), ev)

    def build(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        jit = {}
        for ms, _, j, *_ in items:
            jit.setdefault(ms, []).append(j)
        for v in jit.values():
            v.sort(reverse=True)
        logs, evidence, last = [], [], -1
        for i, (ms, _, _, labels, line, ev) in enumerate(items):
            ns = self.t0 + ms * 10 ** 6 + jit[ms].pop()
            if ns <= last:
                ns = last + 1
            last = ns
            logs.append({"ts": fmt_ts(ns), "labels": labels, "line": render(line, ns)})
            if ev:
                evidence.append(i)
        return logs, evidence


def wdt(w, sec=0):
    """Wall-clock datetime of a point in the window (for dates/times quoted in lines or questions)."""
    return datetime.fromtimestamp(w.t0 // 10 ** 9 + int(sec), tz=timezone.utc)


def zap(level, caller, msg, ts="@EPOCH@", **fields):
    """go.uber.org/zap production JSON encoder."""
    out = '{"level":"%s","ts":%s,"caller":"%s","msg":%s' % (level, ts, caller, json.dumps(msg))
    for k, v in fields.items():
        out += ",%s:%s" % (json.dumps(k.replace("__", "-")), json.dumps(v))
    return out + "}"


def nest(level, ctx, msg):
    return f"[Nest] 1  - @NEST@ {level:>7} [{ctx}] {msg}"


def record(name, question, selector, w, severity, category, component, root_cause, summary, action):
    logs, evidence = w.build()
    sel = {k: None for k in SEL_KEYS}
    sel.update(selector)
    for e in logs:  # the window must be what a Loki query with this selector returns
        for k in SEL_KEYS:
            if sel[k] is not None:
                assert e["labels"].get(k) == sel[k], (name, k, e["labels"])
    assert 25 <= len(logs) <= 70, (name, len(logs))
    if category == "none":
        assert severity == "INFO" and not evidence, name
    else:
        assert evidence, name
    exp = {"severity": severity, "root_cause_category": category}
    if component:
        exp["component"] = component
    exp.update({"root_cause": root_cause, "summary": summary, "action": action, "evidence": evidence})
    return {"id": None, "source": f"synthetic:dev9-{name}", "question": question, "selector": sel,
            "logs": logs, "expected": exp}


# --------------------------------------------------------------------------- scenarios
def s_vllm_cuda_oom(rng):
    w = Win(rng, start_dt(rng, hour_range=(13, 15)))
    ns, cl = "llm-serving", "genai-prod-euw4"
    dep = "llama31-8b-instruct-predictor"
    node = f"gke-genai-prod-a100-40g-{hexs(rng, 8)}-{rid(rng, 4)}"
    old_h, new_h = rid(rng, 10), rid(rng, 10)
    old_pod, new_pod = f"{dep}-{old_h}-{rid(rng, 5)}", f"{dep}-{new_h}-{rid(rng, 5)}"
    pip = ip(rng, "10.52.3")
    svc_ip = ip(rng, "10.56.14")

    def lp(pod):
        return L(cluster=cl, namespace=ns, pod=pod, container="kserve-container", node=node,
                 app=f"isvc.{dep}", job=f"{ns}/{dep}")
    gh = rid(rng, 10)
    gws = [f"llm-gateway-{gh}-{rid(rng, 5)}" for _ in range(2)]
    gwn = [f"gke-genai-prod-default-{hexs(rng, 8)}-{rid(rng, 4)}" for _ in range(2)]

    def lg():
        i = rng.randrange(2)
        return L(cluster=cl, namespace=ns, pod=gws[i], container="gateway", node=gwn[i], app="llm-gateway",
                 job=f"{ns}/llm-gateway")
    le = L(cluster=cl, namespace=ns, job="integrations/kubernetes/eventhandler")
    tenants = ["support-bot", "docs-search", "sales-copilot", "ticket-triage"]

    def gw_ok():
        return nest("LOG", "HttpAccess", f"POST /v1/chat/completions 200 {rng.randint(700, 4200)}ms "
                    f"tenant={rng.choice(tenants)} model=llama31-8b-instruct tokens_out={rng.randint(40, 900)}")
    w.spread(0, 19, 5, lg, gw_ok)
    w.at(6, lg(), nest("WARN", "ApiKeyGuard", "rejected request with unknown API key (401) key_prefix=sk-tst-4f"))
    w.evh(20, le, "Deployment", dep, "ScalingReplicaSet", f"Scaled down replica set {dep}-{old_h} to 0 from 1",
          comp="deployment-controller", api="apps/v1")
    w.at(20.6, lp(old_pod), "INFO:     Shutting down")
    w.at(20.7, lp(old_pod), "INFO:     Waiting for application shutdown.")
    w.at(21.0, lp(old_pod), "INFO:     Application shutdown complete.")
    w.at(21.1, lp(old_pod), "INFO:     Finished server process [1]")
    w.evh(24, le, "Deployment", dep, "ScalingReplicaSet", f"Scaled up replica set {dep}-{new_h} to 1 from 0",
          comp="deployment-controller", api="apps/v1")
    w.evh(24.2, le, "Pod", new_pod, "Scheduled", f"Successfully assigned {ns}/{new_pod} to {node}",
          comp="default-scheduler")
    attempts = [(27, 1), (117, 2)]
    for k, (t, n) in enumerate(attempts):
        if k == 0:
            w.evh(t - 1.2, le, "Pod", new_pod, "Pulled",
                  'Container image "vllm/vllm-openai:v0.6.3.post1" already present on machine', host=node)
        w.evh(t - 0.9, le, "Pod", new_pod, "Created", "Created container kserve-container", host=node, count=n)
        w.evh(t - 0.6, le, "Pod", new_pod, "Started", "Started container kserve-container", host=node, count=n)
        p = lp(new_pod)
        w.at(t, p, "INFO @VLLM@ api_server.py:528] vLLM API server version 0.6.3.post1")
        w.at(t + 0.05, p, "INFO @VLLM@ api_server.py:529] args: Namespace(host=None, port=8080, uvicorn_log_level='info', "
             "allow_credentials=False, model='/mnt/models', served_model_name=['llama31-8b-instruct'], "
             "max_model_len=32768, gpu_memory_utilization=0.98, max_num_seqs=512, enforce_eager=False, "
             "disable_log_requests=True, tensor_parallel_size=1)")
        w.at(t + 2.1, p, "INFO @VLLM@ llm_engine.py:237] Initializing an LLM engine (v0.6.3.post1) with config: "
             "model='/mnt/models', speculative_config=None, tokenizer='/mnt/models', skip_tokenizer_init=False, "
             "tokenizer_mode=auto, revision=None, dtype=torch.bfloat16, max_seq_len=32768, download_dir=None, "
             "load_format=LoadFormat.AUTO, tensor_parallel_size=1, pipeline_parallel_size=1, quantization=None, "
             "enforce_eager=False, kv_cache_dtype=auto, device_config=cuda, seed=0, served_model_name=llama31-8b-instruct, "
             "use_v2_block_manager=True, num_scheduler_steps=1, enable_prefix_caching=False)")
        w.at(t + 3.4, p, "INFO @VLLM@ model_runner.py:1056] Starting to load model /mnt/models...")
        w.at(t + 61.8, p, f"INFO @VLLM@ model_runner.py:1067] Loading model weights took 14.9888 GB")
        w.at(t + 70.2, p, f"INFO @VLLM@ gpu_executor.py:122] # GPU blocks: {11800 + rng.randint(0, 60)}, # CPU blocks: 2048")
        w.at(t + 70.3, p, "INFO @VLLM@ gpu_executor.py:126] Maximum concurrency for 32768 tokens per request: 5.77x")
        w.at(t + 71.0, p, "INFO @VLLM@ model_runner.py:1383] Capturing the model for CUDA graphs. This may lead to "
             "unexpected consequences if the model is not static. To run the model in eager mode, set "
             "'enforce_eager=True' or use '--enforce-eager' in the CLI.")
        w.at(t + 71.01, p, "INFO @VLLM@ model_runner.py:1387] CUDA graphs can take additional 1~3 GiB memory per GPU. "
             "If you are running out of memory, consider decreasing `gpu_memory_utilization` or enforcing eager "
             "mode. You can also reduce the `max_num_seqs` as needed to decrease memory usage.")
        free = rng.choice(["612.81", "598.44", "630.06"])
        oom = (f"CUDA out of memory. Tried to allocate 1.02 GiB. GPU 0 has a total capacity of 39.39 GiB of which "
               f"{free} MiB is free. Process 1 has 38.78 GiB memory in use. Of the allocated memory 37.41 GiB is "
               f"allocated by PyTorch, with 94.00 MiB allocated in private pools (e.g., CUDA Graphs), and 298.52 MiB "
               f"is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting "
               f"PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.")
        w.at(t + 73.6, p, f"ERROR @VLLM@ engine.py:160] OutOfMemoryError('{oom}')", ev=True)
        w.at(t + 73.7, p, f"torch.OutOfMemoryError: {oom}", ev=True)
        w.at(t + 74.2, p, "RuntimeError: Engine process failed to start")
        for dt in (12, 42):
            w.evh(t + dt, le, "Pod", new_pod, "Unhealthy",
                  f'Readiness probe failed: Get "http://{pip}:8080/v1/models": dial tcp {pip}:8080: connect: connection refused',
                  typ="Warning", host=node, count=dt // 10 + k * 6)
    w.evh(204, le, "Pod", new_pod, "BackOff",
          f"Back-off restarting failed container kserve-container in pod {new_pod}_{ns}({w.uid(new_pod)})",
          typ="Warning", host=node, count=1)
    w.evh(236, le, "Pod", new_pod, "BackOff",
          f"Back-off restarting failed container kserve-container in pod {new_pod}_{ns}({w.uid(new_pod)})",
          typ="Warning", host=node, count=3)

    def gw_err():
        return rng.choice([
            nest("ERROR", "UpstreamProxy", f"POST http://{dep}.{ns}.svc.cluster.local/openai/v1/chat/completions "
                 f"failed: connect ECONNREFUSED {svc_ip}:80"),
            nest("LOG", "HttpAccess", f"POST /v1/chat/completions 503 {rng.randint(2, 9)}ms tenant={rng.choice(tenants)} "
                 "model=llama31-8b-instruct"),
        ])
    w.spread(22, 240, 9, lg, gw_err)
    w.at(48, lg(), nest("WARN", "CircuitBreaker", "circuit OPEN for upstream llama31-8b-instruct after 5 consecutive "
                        "failures, failing fast for 30s"))
    w.at(131, lg(), nest("WARN", "CircuitBreaker", "circuit HALF_OPEN for upstream llama31-8b-instruct, probing"))
    return record(
        "vllm_cuda_oom",
        f"The chat completions API has been returning 503 since the {wdt(w, 20):%H:%M} rollout of the llama model. What's going on?",
        {"namespace": ns}, w, "CRITICAL", "oom_killed", dep,
        "The new vLLM predictor revision runs out of GPU memory (CUDA OOM) while capturing CUDA graphs: with "
        "gpu_memory_utilization=0.98 and max_num_seqs=512 there is no headroom on the 40 GiB A100, so the engine "
        "fails to start on every attempt.",
        "After a Recreate rollout the only llama31-8b-instruct-predictor pod crash-loops with torch.OutOfMemoryError "
        "during CUDA graph capture; with no ready endpoint the gateway gets ECONNREFUSED and returns 503 for all chat "
        "requests.",
        "Roll back or lower gpu_memory_utilization (e.g. 0.90) and/or max_num_seqs, or start with --enforce-eager; "
        "then verify the predictor becomes Ready and the gateway circuit closes.")


def s_argo_step_oom(rng):
    w = Win(rng, start_dt(rng, hour_range=(2, 2)))
    ns = "ml-pipelines"
    wf = f"feature-backfill-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    nodes = [f"ip-10-30-{rng.randint(16, 63)}-{rng.randint(2, 250)}.eu-west-1.compute.internal" for _ in range(2)]
    dts = f"{wdt(w, -86400):%Y-%m-%d}"
    p_ext = f"{wf}-extract-events-{rng.randrange(1_000_000_000, 4_200_000_000)}"
    p_join = f"{wf}-join-events-{rng.randrange(1_000_000_000, 4_200_000_000)}"

    def lab(pod, c, n):
        return L(namespace=ns, pod=pod, container=c, node=n)
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="mlp-prod")
    wfa = "argoproj.io/v1alpha1"
    w.evh(0, le, "Workflow", wf, "WorkflowRunning", "Workflow Running", comp="workflow-controller", api=wfa)
    w.evh(0.4, le, "Workflow", wf, "WorkflowNodeRunning", f"Running node {wf}.extract-events", comp="workflow-controller", api=wfa)
    exe = [
        'level=info msg="Starting Workflow Executor" version=v3.5.10',
        'level=info msg="Using executor retry strategy" Duration=1s Factor=1.6 Jitter=0.5 Steps=5',
        'level=info msg="Executor initialized" deadline="0001-01-01 00:00:00 +0000 UTC" includeScriptOutput=false '
        'namespace=ml-pipelines podName={pod} templateName={tpl} version="&Version{{Version:v3.5.10,BuildDate:2024-08-01T05:11:25Z,'
        'GitCommit:25829927431d9a0f46d17b72ae74aedb8d700884,GitTreeState:clean,GoVersion:go1.21.12,Compiler:gc,Platform:linux/amd64,}}"',
        'level=info msg="Starting deadline monitor"',
    ]
    for i, s in enumerate(exe):
        w.at(3 + i * 0.05, lab(p_ext, "wait", nodes[0]),
             'time="@ISOS@" ' + s.format(pod=p_ext, tpl="extract-events"))
    me = lab(p_ext, "main", nodes[0])
    w.at(4.1, me, f"@SPD@ | INFO     | backfill.cli:main:41 - feature-backfill v1.18.2 starting step=extract-events dt={dts}")
    w.at(18.3, me, "@SPD@ | WARNING  | backfill.io:_client:22 - botocore retry: GetObject part-00173.parquet got SlowDown (503), attempt 1/10")
    w.at(18.9, me, "@SPD@ | INFO     | backfill.io:_client:29 - GetObject part-00173.parquet succeeded on attempt 2")
    w.at(96.2, me, f"@SPD@ | INFO     | backfill.extract:run:63 - wrote 412 files to s3://ml-features-prod/staging/events/dt={dts}/ (38.4 GiB)")
    w.at(96.4, me, "@SPD@ | INFO     | backfill.cli:main:77 - step extract-events finished in 92.3s errors=0")
    for i, s in enumerate(['level=info msg="Main container completed" error="<nil>"', 'level=info msg="No output parameters"',
                           'level=info msg="No output artifacts"', 'level=info msg="Alloc=9012 TotalAlloc=17110 Sys=24421 NumGC=6 Goroutines=10"']):
        w.at(97 + i * 0.1, lab(p_ext, "wait", nodes[0]), 'time="@ISOS@" ' + s)
    w.evh(98.5, le, "Workflow", wf, "WorkflowNodeSucceeded", f"Succeeded node {wf}.extract-events", comp="workflow-controller", api=wfa)
    w.evh(99.1, le, "Workflow", wf, "WorkflowNodeRunning", f"Running node {wf}.join-events", comp="workflow-controller", api=wfa)
    w.evh(99.6, le, "Pod", p_join, "Scheduled", f"Successfully assigned {ns}/{p_join} to {nodes[1]}", comp="default-scheduler")
    w.evh(101.2, le, "Pod", p_join, "Started", "Started container main", host=nodes[1])
    for i, s in enumerate(exe):
        w.at(101.5 + i * 0.05, lab(p_join, "wait", nodes[1]), 'time="@ISOS@" ' + s.format(pod=p_join, tpl="join-events"))
    mj = lab(p_join, "main", nodes[1])
    w.at(102.4, mj, f"@SPD@ | INFO     | backfill.cli:main:41 - feature-backfill v1.18.2 starting step=join-events dt={dts}")
    w.at(102.9, mj, f"@SPD@ | INFO     | backfill.io:read_partition:77 - reading s3://ml-features-prod/staging/events/dt={dts}/ (412 parquet files)")
    w.at(288.0, mj, "@SPD@ | INFO     | backfill.io:read_partition:95 - loaded 61,204,883 rows in 185.1s")
    w.at(288.4, mj, "/app/backfill/join.py:58: FutureWarning: DataFrameGroupBy.apply operated on the grouping columns. "
         "This behavior is deprecated, and in a future version of pandas the grouping columns will be excluded from the "
         "operation. Either pass `include_groups=False` to exclude the groupings or explicitly select the grouping "
         "columns after groupby to silence this warning.")
    w.at(301.7, mj, "@SPD@ | INFO     | backfill.join:join_users:102 - joining with user_dim (9,812,004 rows) on user_id how=left")
    w.at(302.2, mj, "@SPD@ | INFO     | backfill.join:join_users:109 - materialising joined frame, expected 61,204,883 rows x 214 cols")
    for i, s in enumerate(['level=info msg="Main container completed" error="<nil>"', 'level=info msg="No output parameters"',
                           'level=info msg="No output artifacts"',
                           f'level=info msg="S3 Save path: /tmp/argo/outputs/logs/main.log, key: {wf}/{p_join}/main.log"',
                           'level=info msg="Alloc=8853 TotalAlloc=16994 Sys=24421 NumGC=6 Goroutines=10"',
                           'level=info msg="Deadline monitor stopped"']):
        w.at(341 + i * 0.1, lab(p_join, "wait", nodes[1]), 'time="@ISOS@" ' + s)
    w.evh(343.0, le, "Workflow", wf, "WorkflowNodeFailed", f"Failed node {wf}.join-events: OOMKilled (exit code 137)",
          typ="Warning", comp="workflow-controller", api=wfa, ev=True)
    w.evh(343.3, le, "Workflow", wf, "WorkflowNodeFailed", f"Failed node {wf}: child '{wf}-{p_join.rsplit('-', 1)[1]}' failed",
          typ="Warning", comp="workflow-controller", api=wfa)
    w.evh(343.5, le, "Workflow", wf, "WorkflowFailed", f"child '{wf}-{p_join.rsplit('-', 1)[1]}' failed",
          typ="Warning", comp="workflow-controller", api=wfa)
    w.evh(344.0, le, "Workflow", wf, "WorkflowNodeSkipped", f"Skipped node {wf}.publish-features: when 'Failed == Succeeded' evaluated false",
          comp="workflow-controller", api=wfa)
    return record(
        "argo_step_oom",
        "Nightly feature-backfill workflow failed again. Can you tell me why?",
        {"namespace": ns}, w, "ERROR", "oom_killed", "feature-backfill",
        "The join-events step of the feature-backfill workflow is OOMKilled (exit code 137): materialising the 61M-row "
        "events x user_dim join exceeds the step container's memory limit.",
        "extract-events succeeds, then join-events loads 61M rows, starts the user_dim join and is killed by the kernel "
        "(OOMKilled, exit 137); the workflow fails and publish-features is skipped.",
        "Raise the memory limit of the join-events template or process the partition in chunks (e.g. join per file / "
        f"use pyarrow/duckdb), then resubmit the workflow for dt={dts}.")


def s_device_registry_panic(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 17)))
    ns = "iot-core"
    h = rid(rng, 10)
    regs = [f"device-registry-{h}-{rid(rng, 5)}" for _ in range(2)]
    ing = [f"mqtt-ingest-{rid(rng, 9)}-{rid(rng, 5)}"]
    ssh = f"shadow-sync-{rid(rng, 10)}-{rid(rng, 5)}"
    svc = ip(rng, "10.100.37")

    def lr(i):
        return L(namespace=ns, pod=regs[i], container="device-registry", app="device-registry")
    li = L(namespace=ns, pod=ing[0], container="mqtt-ingest", app="mqtt-ingest")
    ls = L(namespace=ns, pod=ssh, container="shadow-sync", app="shadow-sync")
    le = L(namespace=ns, job="loki.source.kubernetes_events", instance="alloy-events-0")
    manifest = "fw-2026.05.2-rc1"

    def reg_cycle(i, t, restart):
        r = lr(i)
        w.at(t, r, zap("info", "cmd/registry/main.go:71", "starting device-registry", version="v2.14.0", commit="9f3c2e1",
                       go="go1.22.5"))
        w.at(t + 0.01, r, zap("warn", "config/load.go:118", "config key is deprecated", key="mqtt.legacy_topics",
                              replacement="mqtt.topics"))
        w.at(t + 0.2, r, zap("info", "store/pg.go:52", "connected to postgres", host="registry-pg-rw.iot-core.svc", db="registry",
                             pool_max=20))
        w.at(t + 0.25, r, zap("info", "cmd/registry/main.go:108", "http server listening", addr=":8080"))
        w.at(t + 0.3, r, zap("info", "firmware/syncer.go:84", "firmware syncer started", queue="firmware.manifests",
                             prefetch=1))
        w.at(t + 0.9, r, zap("info", "firmware/syncer.go:180", "applying firmware manifest", manifest=manifest, targets=3412,
                             redelivered=restart > 0))
        w.at(t + 1.0, r, "panic: runtime error: invalid memory address or nil pointer dereference", ev=True)
        w.at(t + 1.0, r, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0xa3f5c7]", ev=True)
        w.at(t + 1.0, r, "goroutine 87 [running]:")
        w.at(t + 1.0, r, "github.com/acme-iot/device-registry/internal/firmware.(*Syncer).apply(0xc0001c8000, 0xc00041e2a0)", ev=True)
        w.at(t + 1.0, r, "\t/src/internal/firmware/syncer.go:211 +0x2a7", ev=True)
        w.at(t + 1.0, r, "created by github.com/acme-iot/device-registry/internal/firmware.(*Syncer).Run in goroutine 1")
    reg_cycle(0, 10, 1)
    reg_cycle(1, 41, 2)
    for t, i, c in ((22, 0, 3), (63, 1, 3), (118, 0, 4)):
        w.evh(t, le, "Pod", regs[i], "BackOff",
              f"Back-off restarting failed container device-registry in pod {regs[i]}_{ns}({w.uid(regs[i])})",
              typ="Warning", host=f"k3s-core-{i + 1}", count=c)
    w.at(2, lr(0), zap("info", "api/middleware.go:44", "request", method="GET", path="/v1/devices/unknown-01/shadow",
                       status=404, duration_ms=1.2))

    def ingest_err():
        dev = f"dev-{rng.randint(10000, 99999)}"
        return rng.choice([
            f"@SPD@ ERROR [vert.x-eventloop-thread-{rng.randint(0, 3)}] c.a.i.ingest.RegistryClient - lookup failed for device "
            f"{dev}: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: "
            f"device-registry.iot-core.svc.cluster.local/{svc}:8080",
            f"@SPD@ WARN  [vert.x-eventloop-thread-{rng.randint(0, 3)}] c.a.i.ingest.TelemetryPipeline - parking message for "
            f"{dev} in retry queue (registry unavailable), retry_queue_depth={rng.randint(800, 9000)}",
        ])
    w.spread(5, 125, 11, li, ingest_err)
    w.at(70, li, "@SPD@ WARN  [vertx-blocked-thread-checker] io.vertx.core.impl.BlockedThreadChecker - Thread "
         "Thread[vert.x-eventloop-thread-2,5,main] has been blocked for 2315 ms, time limit is 2000 ms")
    w.at(1, li, "@SPD@ INFO  [vert.x-eventloop-thread-1] c.a.i.ingest.Stats - window=60s msgs_in=48211 msgs_out=48211 errors=0")

    def shadow():
        d = f"dev-{rng.randint(10000, 99999)}"
        return rng.choice([
            f'time=@ISO@ level=WARN msg="registry call failed, will retry" device={d} attempt={rng.randint(1, 3)} '
            f'err="Get \\"http://device-registry:8080/v1/devices/{d}/shadow\\": dial tcp {svc}:8080: connect: connection refused"',
            f'time=@ISO@ level=INFO msg="shadow reconciled" device={d} desired_version={rng.randint(100, 400)} '
            f'reported_version={rng.randint(100, 400)}',
        ])
    w.spread(3, 125, 9, ls, shadow)
    return record(
        "device_registry_panic",
        "mqtt-ingest is spamming connection refused to device-registry. Is the registry down?",
        {"namespace": ns}, w, "CRITICAL", "application_error", "device-registry",
        "device-registry panics with a nil pointer dereference in firmware.(*Syncer).apply (syncer.go:211) when it "
        "processes firmware manifest fw-2026.05.2-rc1; the message is redelivered after every restart so both replicas "
        "crash-loop.",
        "Both device-registry pods start, pick up the same firmware manifest and crash with SIGSEGV in the firmware "
        "syncer, ending in CrashLoopBackOff; mqtt-ingest and shadow-sync see connection refused as a consequence.",
        "Move the poison manifest to a dead-letter queue (or pause the firmware syncer), roll back / hot-fix the nil "
        "check in syncer.go, then drain the mqtt-ingest retry queue.")


def s_aspnet_nullref(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 11)))
    ns, cl = "billing", "fin-prod-weu"
    h = rid(rng, 9)
    inv = [f"invoice-api-{h}-{rid(rng, 5)}" for _ in range(3)]
    bff = [f"checkout-bff-{rid(rng, 10)}-{rid(rng, 5)}"]

    def li(p=None):
        p = p or rng.choice(inv)
        return L(cluster=cl, namespace=ns, pod=p, container="invoice-api", app_kubernetes_io_name="invoice-api",
                 job=f"{ns}/invoice-api")
    lb = L(cluster=cl, namespace=ns, pod=bff[0], container="checkout-bff", app_kubernetes_io_name="checkout-bff",
           job=f"{ns}/checkout-bff")

    def dn(level, cat, msg, event=0, exc=None, extra=None):
        d = {"Timestamp": "@ISO@", "EventId": event, "LogLevel": level, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        st = {"Message": msg}
        if extra:
            st.update(extra)
        d["State"] = st
        return json.dumps(d)

    def req_ok():
        iid = f"INV-2026-{rng.randint(1000, 9999):06d}"
        path = rng.choice([f"/v2/invoices/{iid}", f"/v2/invoices/{iid}/pdf", "/v2/invoices?customer=C-" + str(rng.randint(10000, 99999))])
        return dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                  f"Request finished HTTP/1.1 GET http://invoice-api.billing.svc{path} - 200 - application/"
                  f"{'pdf' if path.endswith('pdf') else 'json'} {rng.uniform(8, 180):.4f}ms", event=2)
    w.spread(0, 300, 14, li, req_ok)
    w.at(40, li(), dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                      "Request finished HTTP/1.1 GET http://invoice-api.billing.svc/v2/invoices/INV-2026-000000 - 404 0 - 3.1120ms", event=2))
    w.at(75, li(), dn("Warning", "Microsoft.EntityFrameworkCore.Query",
                      "Compiling a query which loads related collections for more than one collection navigation, either via "
                      "'Include' or through projection, but no 'QuerySplittingBehavior' has been configured. By default, Entity "
                      "Framework will use 'QuerySplittingBehavior.SingleQuery', which can potentially result in slow query "
                      "performance.", event=20504))
    frames = ("   at Billing.Invoices.Rendering.PdfInvoiceRenderer.RenderTaxLines(Invoice invoice, PdfPage page) in "
              "/src/Billing.Invoices/Rendering/PdfInvoiceRenderer.cs:line 214\n"
              "   at Billing.Invoices.Rendering.PdfInvoiceRenderer.RenderAsync(Invoice invoice, CancellationToken ct) in "
              "/src/Billing.Invoices/Rendering/PdfInvoiceRenderer.cs:line 88\n"
              "   at Billing.Api.Controllers.InvoicesController.GetPdf(String id, CancellationToken ct) in "
              "/src/Billing.Api/Controllers/InvoicesController.cs:line 61\n"
              "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute("
              "ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, "
              "Object[] arguments)")
    for t in (31, 118, 205, 262):
        iid = f"INV-2026-{rng.randint(1000, 9999):06d}"
        pod = rng.choice(inv)
        w.at(t, li(pod), dn("Error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                         "An unhandled exception has occurred while executing the request.", event=1,
                         exc="System.NullReferenceException: Object reference not set to an instance of an object.\n" + frames),
             ev=True)
        w.at(t + 0.01, li(pod), dn("Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                                   f"Request finished HTTP/1.1 GET http://invoice-api.billing.svc/v2/invoices/{iid}/pdf - 500 - "
                                f"application/problem+json {rng.uniform(30, 60):.4f}ms", event=2))
        w.at(t + 0.05, lb, nest("ERROR", "InvoiceClient", f"GET http://invoice-api.billing.svc/v2/invoices/{iid}/pdf failed: "
                                "Request failed with status code 500 (traceparent 00-" + hexs(rng, 32) + "-" + hexs(rng, 16) + "-01)"))
        w.at(t + 0.06, lb, nest("LOG", "HttpAccess", f"GET /api/orders/{rng.randint(100000, 999999)}/invoice.pdf 502 "
                                f"{rng.randint(40, 90)}ms"))

    def bff_ok():
        return nest("LOG", "HttpAccess", rng.choice(["GET /api/cart 200", "POST /api/checkout 201", "GET /api/orders 200",
                                                     "GET /api/orders/{}/invoice.pdf 200".format(rng.randint(100000, 999999))])
                    + f" {rng.randint(9, 240)}ms")
    w.spread(0, 300, 8, lb, bff_ok)
    w.at(150, lb, nest("WARN", "AuthGuard", "token expired for session s-" + hexs(rng, 8) + ", returning 401"))
    return record(
        "aspnet_nullref",
        "Some customers get a 500 when downloading invoice PDFs since this morning's deploy; most invoices work. Why?",
        {"namespace": ns}, w, "ERROR", "application_error", "invoice-api",
        "invoice-api throws an unhandled System.NullReferenceException in PdfInvoiceRenderer.RenderTaxLines "
        "(PdfInvoiceRenderer.cs:214) for some invoices, so those PDF requests fail with 500.",
        "A subset of GET /v2/invoices/{id}/pdf requests hit a NullReferenceException in the new PDF renderer and return "
        "500; checkout-bff surfaces them as 502. Other invoice endpoints are healthy.",
        "Roll back invoice-api or fix the null handling in RenderTaxLines (invoices without tax lines), and add a test "
        "for that invoice type.")


def s_arc_runner_manifest_unknown(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 16)))
    ns, ss = "arc-runners", "k8s-build-x64"
    sh = rid(rng, 5)
    nodes = [f"ip-10-70-{rng.randint(1, 60)}-{rng.randint(2, 250)}.us-east-2.compute.internal" for _ in range(4)]
    old = [f"{ss}-{sh}-runner-{rid(rng, 5)}" for _ in range(3)]
    new = [f"{ss}-{sh}-runner-{rid(rng, 5)}" for _ in range(3)]
    img = "harbor.corp.example.com/ci/actions-runner:2.321.0-dind"
    le = L(namespace=ns, app="kubernetes-event-exporter", source="kubernetes-event-exporter")

    def lr(i):
        return L(namespace=ns, pod=old[i], container="runner", node=nodes[i])
    jobs = ["build (linux, go1.22)", "lint", "unit-tests (3)", "docker-publish", "integration (postgres)"]
    for i in range(3):
        t = rng.uniform(0, 20)
        j = rng.choice(jobs)
        w.at(t, lr(i), f"@RUNR@: Running job: {j}")
        res = "Failed" if i == 1 else "Succeeded"
        w.at(t + rng.uniform(150, 260), lr(i), f"@RUNR@: Job {j} completed with result: {res}")
    w.at(2, lr(1), "##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v3.")
    for k, p in enumerate(new):
        t = 40 + k * 55
        n = nodes[3] if k != 1 else nodes[0]
        w.evx(t, le, ns, "Pod", p, "Scheduled", f"Successfully assigned {ns}/{p} to {n}", comp="default-scheduler")
        w.evx(t + 1.5, le, ns, "Pod", p, "Pulling", f'Pulling image "{img}"', host=n, field="spec.containers{runner}")
        w.evx(t + 2.3, le, ns, "Pod", p, "Failed",
              f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
              f'failed to resolve reference "{img}": {img}: not found', typ="Warning", host=n,
              field="spec.containers{runner}", ev=True)
        w.evx(t + 2.4, le, ns, "Pod", p, "Failed", "Error: ErrImagePull", typ="Warning", host=n, field="spec.containers{runner}")
        w.evx(t + 3.1, le, ns, "Pod", p, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=n,
              field="spec.containers{runner}")
        w.evx(t + 3.2, le, ns, "Pod", p, "Failed", "Error: ImagePullBackOff", typ="Warning", host=n, field="spec.containers{runner}")
    w.evx(230, le, ns, "Pod", new[0], "Failed",
          f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
          f'failed to resolve reference "{img}": {img}: not found', typ="Warning", host=nodes[3],
          count=4, first_ago=190, field="spec.containers{runner}", ev=True)
    w.evx(231, le, ns, "Pod", new[0], "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=nodes[3],
          count=9, first_ago=189, field="spec.containers{runner}")
    w.evx(262, le, ns, "Pod", new[1], "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=nodes[0],
          count=6, first_ago=165, field="spec.containers{runner}")
    return record(
        "arc_runner_manifest_unknown",
        "GitHub Actions jobs for the monorepo sit in 'Waiting for a runner to pick up this job'. What's wrong with our runners?",
        {"namespace": ns}, w, "ERROR", "image_pull", ss,
        "New runner pods of the k8s-build-x64 scale set reference harbor.corp.example.com/ci/actions-runner:2.321.0-dind, "
        "a tag that does not exist in Harbor, so every new runner pod is stuck in ErrImagePull/ImagePullBackOff.",
        "Runners created before the change finish their jobs and exit; every replacement runner fails to pull its image "
        "(not found) and never registers, so queued workflow jobs are not picked up.",
        "Fix the runner image tag in the scale set values (or push the 2.321.0-dind tag to Harbor) and delete the stuck "
        "EphemeralRunners so they are recreated.")


def s_kserve_zot_unauthorized(rng):
    w = Win(rng, start_dt(rng, hour_range=(10, 12)))
    ns, dep = "fraud-ml", "fraud-xgb-predictor"
    oh, nh = rid(rng, 10), rid(rng, 10)
    olds = [f"{dep}-{oh}-{rid(rng, 5)}" for _ in range(2)]
    newp = f"{dep}-{nh}-{rid(rng, 5)}"
    node = f"aks-cpu16-{rng.randint(10000000, 99999999)}-vmss0000{rng.randint(10, 40):02d}"
    tag = f"{wdt(w):%Y.%m.%d}-1"
    img = f"registry.ml.corp.example.com/ml/fraud-xgbserver:{tag}"
    le = L(namespace=ns, job="loki.source.kubernetes_events", instance="alloy-0")

    def lo():
        return L(namespace=ns, pod=rng.choice(olds), container="kserve-container", service_name="fraud-xgb-predictor")

    def serve():
        rq = uuid4(rng)
        return rng.choice([
            f"@SPD@ 7 kserve.trace INFO [timing():48] requestId: {rq}, preprocess_ms: 0.011, explain_ms: 0, "
            f"predict_ms: {rng.uniform(1.8, 4.5):.3f}, postprocess_ms: 0.004",
            f'@SPD@ 7 uvicorn.access INFO:     10.244.{rng.randint(0, 30)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} '
            f'7 - "POST /v1/models/fraud-xgb:predict HTTP/1.1" 200 OK',
        ])
    w.spread(0, 420, 18, lo, serve)
    w.at(133, lo(), '@SPD@ 7 uvicorn.access INFO:     10.244.7.31:50122 7 - "POST /v1/models/fraud-xgb:predict HTTP/1.1" 422 Unprocessable Entity')
    w.at(133.01, lo(), "@SPD@ 7 kserve ERROR [predict():211] Failed to parse request body: 'instances' must be a list of 31 feature vectors")
    w.evh(20, le, "Deployment", dep, "ScalingReplicaSet", f"Scaled up replica set {dep}-{nh} to 1", comp="deployment-controller",
          api="apps/v1")
    w.evh(20.3, le, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {node}", comp="default-scheduler")
    err = (f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
           f'unexpected status from HEAD request to https://registry.ml.corp.example.com/v2/ml/fraud-xgbserver/manifests/'
           f'{tag}: 401 Unauthorized')
    for k, t in enumerate((22, 48, 95, 190, 355)):
        w.evh(t, le, "Pod", newp, "Pulling", f'Pulling image "{img}"', host=node, count=k + 1)
        w.evh(t + 0.4, le, "Pod", newp, "Failed", err, typ="Warning", host=node, count=k + 1, ev=True)
        if k < 2:
            w.evh(t + 0.5, le, "Pod", newp, "Failed", "Error: ErrImagePull", typ="Warning", host=node, count=k + 1)
        w.evh(t + 1.5, le, "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=node, count=2 * k + 1)
    w.at(300, L(namespace=ns, pod=f"fraud-drift-check-{29_000_000 + rng.randint(0, 999999)}-{rid(rng, 5)}",
                container="drift-check", service_name="fraud-drift-check"),
         '{"timestamp": "@ISOU@", "level": "info", "event": "drift check finished", "psi_max": 0.031, "threshold": 0.2, "alerts": 0}')
    return record(
        "kserve_zot_unauthorized",
        "The fraud-xgb model update we shipped this morning never went live; the old version still answers. Is something broken?",
        {"namespace": ns}, w, "WARN", "image_pull", dep,
        f"The new fraud-xgb-predictor pod cannot pull {img}: the "
        "registry answers 401 Unauthorized, i.e. the namespace's image pull secret is not valid for that registry.",
        "The rollout of fraud-xgb-predictor is stuck with one new pod in ErrImagePull/ImagePullBackOff (401 from the "
        "internal registry); the two old pods keep serving predictions normally.",
        "Refresh the pull secret used by the predictor's service account (credentials for registry.ml.corp.example.com) "
        "and let the rollout continue; no user impact meanwhile.")


def s_keycloak_liveness_kill(rng):
    w = Win(rng, start_dt(rng, hour_range=(7, 9)))
    ns = "identity"
    kc = "keycloak-0"
    node = f"worker-{rng.randint(2, 9)}.ocp.corp.example.com"
    pip = ip(rng, "10.128.4")
    lk = L(namespace=ns, pod=kc, container="keycloak", node=node, app="keycloak")
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="corp-ocp-1")
    oh = rid(rng, 10)
    ops = {f"oauth2-proxy-{oh}-{rid(rng, 5)}": f"worker-{rng.randint(2, 9)}.ocp.corp.example.com" for _ in range(2)}

    def lo():
        p = rng.choice(sorted(ops))
        return L(namespace=ns, pod=p, container="oauth2-proxy", node=ops[p], app="oauth2-proxy")

    def start(t, run):
        w.at(t, lk, "Updating the configuration and installing your custom providers, if any. Please wait.")
        w.at(t + 9.8, lk, "@SPC@ INFO  [io.quarkus.deployment.QuarkusAugmentor] (main) Quarkus augmentation completed in 9214ms")
        w.at(t + 11.5, lk, "@SPC@ WARN  [org.keycloak.quarkus.runtime.cli.Picocli] (main) The following used options or option "
             "values are DEPRECATED and will be removed or their behaviour changed in a future release: - proxy: Use proxy-headers.")
        w.at(t + 12.9, lk, "@SPC@ INFO  [org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider] (main) Hostname settings: "
             "Base URL: <unset>, Hostname: sso.corp.example.com, Strict HTTPS: false, Path: <request>, Strict BackChannel: false, "
             "Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true")
        w.at(t + 15.2, lk, "@SPC@ INFO  [org.infinispan.CONTAINER] (ForkJoinPool.commonPool-worker-1) ISPN000556: Starting user "
             "marshaller 'org.infinispan.commons.marshall.ImmutableProtoStreamMarshaller'")
        w.at(t + 17.0, lk, "@SPC@ INFO  [org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory] (main) "
             "Node name: keycloak-0, Site name: null")
        w.at(t + 18.4, lk, "@SPC@ INFO  [org.keycloak.exportimport.dir.DirImportProvider] (main) Importing from directory "
             "/opt/keycloak/bin/../data/import")
        w.at(t + 31.0, lk, "@SPC@ INFO  [org.keycloak.exportimport.util.ImportUtils] (main) Realm 'partners' imported")
        for j in range(1, 4):
            w.at(t + 31 + j * 17.5, lk, f"@SPC@ INFO  [org.keycloak.exportimport.dir.DirImportProvider] (main) Imported users "
                 f"from /opt/keycloak/bin/../data/import/corp-users-{j - 1}.json")
        w.at(t + 92.2, lk, "@SPC@ INFO  [io.quarkus] (Shutdown thread) Keycloak stopped in 0.094s")
        # probes
        for j, dt in enumerate((40, 50, 60, 70)):
            w.evh(t + dt, le, "Pod", kc, "Unhealthy", f'Readiness probe failed: Get "http://{pip}:9000/health/ready": dial tcp '
                  f'{pip}:9000: connect: connection refused', typ="Warning", host=node, count=run * 8 + j + 1)
        for j, dt in enumerate((71, 81, 91)):
            w.evh(t + dt, le, "Pod", kc, "Unhealthy", f'Liveness probe failed: Get "http://{pip}:9000/health/live": dial tcp '
                  f'{pip}:9000: connect: connection refused', typ="Warning", host=node, count=run * 3 + j + 1, ev=True)
        w.evh(t + 91.1, le, "Pod", kc, "Killing", "Container keycloak failed liveness probe, will be restarted", host=node,
              count=run + 1, ev=True)
    start(0, 2)
    w.evh(96, le, "Pod", kc, "BackOff", f"Back-off restarting failed container keycloak in pod {kc}_{ns}({w.uid(kc)})",
          typ="Warning", host=node, count=4)
    w.evh(121, le, "Pod", kc, "Pulled", 'Container image "quay.io/keycloak/keycloak:25.0.6" already present on machine', host=node, count=4)
    w.evh(121.3, le, "Pod", kc, "Started", "Started container keycloak", host=node, count=4)
    start(122, 3)

    def oerr():
        return rng.choice([
            f"[@GO@] [oauthproxy.go:833] Error redeeming code during OAuth2 callback: token exchange failed: Post "
            f"\"http://keycloak-http.identity.svc.cluster.local/realms/corp/protocol/openid-connect/token\": dial tcp "
            f"172.30.{rng.randint(0, 255)}.{rng.randint(2, 250)}:80: connect: connection refused",
            f"10.129.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - {hexs(rng, 8)}-{hexs(rng, 4)} - - "
            f"[@GO@] grafana.corp.example.com GET - \"/oauth2/callback?code=...&state=...\" HTTP/1.1 \"Mozilla/5.0\" 500 2441 0.003",
        ])
    w.spread(10, 230, 9, lo, oerr)
    return record(
        "keycloak_liveness_kill",
        "SSO is down: keycloak-0 keeps restarting and nobody can log in.",
        {"namespace": ns}, w, "CRITICAL", "probe_failure", "keycloak",
        "The liveness probe (/health/live on :9000) starts failing before Keycloak finishes its start-up realm/user "
        "import (~150 s), so the kubelet kills the container every ~90 s and it never becomes ready; the process "
        "itself is healthy.",
        "keycloak-0 restarts in a loop: each start is still importing users when three liveness probes fail and the "
        "container is killed, ending in CrashLoopBackOff; oauth2-proxy logins fail with connection refused/500.",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold of the liveness probe) so the import can "
        "finish, or move the realm import out of the start-up path.")


def s_rayserve_readiness_flap(rng):
    w = Win(rng, start_dt(rng, hour_range=(18, 20)))
    ns = "rec-serving"
    rc = f"recsys-raycluster-{rid(rng, 5)}"
    head = f"{rc}-head-{rid(rng, 5)}"
    workers = [f"{rc}-gpu-group-worker-{rid(rng, 5)}" for _ in range(3)]
    wnodes = [f"gke-rec-prod-t4-pool-{hexs(rng, 8)}-{rid(rng, 4)}" for _ in range(3)]
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="rec-prod")
    ah = rid(rng, 10)
    api = {f"rec-api-{ah}-{rid(rng, 5)}": f"gke-rec-prod-default-{hexs(rng, 8)}-{rid(rng, 4)}" for _ in range(2)}

    def lw(i):
        return L(namespace=ns, pod=workers[i], container="ray-worker", node=wnodes[i], app="recsys")

    def la(p=None):
        p = p or rng.choice(sorted(api))
        return L(namespace=ns, pod=p, container="rec-api", node=api[p], app="rec-api")

    def serve():
        i = rng.randrange(3)
        rq = uuid4(rng)
        return lw(i), (f"INFO @SPC@ proxy 10.52.{i}.{rng.randint(2, 250)} {rq} -- POST /rank "
                       f"{200} {rng.uniform(30, 180):.1f}ms")
    for _ in range(12):
        lab, line = serve()
        w.at(rng.uniform(0, 330), lab, line)
    cmd = ('bash -c wget -T 2 -q -O- http://localhost:52365/api/local_raylet_healthz | grep success && wget -T 2 -q -O- '
           'http://localhost:8000/-/healthz | grep success')
    for t, i, c in ((62, 1, 1), (72, 1, 2), (82, 1, 3), (141, 2, 1), (151, 2, 2), (161, 2, 3), (241, 1, 4), (251, 1, 5)):
        w.evh(t, le, "Pod", workers[i], "Unhealthy", f'Readiness probe failed: command "{cmd}" timed out', typ="Warning",
              host=wnodes[i], count=c, ev=True)
    w.at(40, L(namespace=ns, pod=head, container="ray-head", node=wnodes[0], app="recsys"),
         "INFO @SPC@ controller 412 -- Upscaling Deployment(name='Ranker', app='recsys') from 6 to 8 replicas. "
         "Current ongoing requests: 61.44, current running replicas: 6.")
    w.at(41, L(namespace=ns, pod=head, container="ray-head", node=wnodes[0], app="recsys"),
         "INFO @SPC@ controller 412 -- Adding 2 replicas to Deployment(name='Ranker', app='recsys').")

    def api_line():
        return rng.choice([
            "@SPD@ [eventLoopGroupProxy-4-{}] INFO  ktor.application - 200 OK: POST - /v1/recommendations in {}ms".format(
                rng.randint(1, 8), rng.randint(60, 240)),
        ])
    w.spread(0, 330, 7, la, api_line)
    for t in (88, 90, 165, 256):
        p = rng.choice(sorted(api))
        w.at(t, la(p), "@SPD@ [eventLoopGroupProxy-4-{}] WARN  c.a.rec.RankerClient - ranker returned 503 Service Unavailable "
             "for POST http://recsys-serve-svc.rec-serving.svc:8000/rank, retrying (1/3)".format(rng.randint(1, 8)))
        w.at(t + 0.3, la(p), "@SPD@ [eventLoopGroupProxy-4-{}] INFO  c.a.rec.RankerClient - ranker call succeeded after 1 retry "
             "({}ms)".format(rng.randint(1, 8), rng.randint(250, 600)))
    w.at(170, la(), "@SPD@ [eventLoopGroupProxy-4-3] ERROR c.a.rec.RankerClient - ranker unavailable after 3 attempts, "
         "serving popularity fallback for user u-" + str(rng.randint(100000, 999999)))
    w.at(20, la(), "@SPD@ [eventLoopGroupProxy-4-2] INFO  ktor.application - 400 Bad Request: POST - /v1/recommendations in 2ms")
    return record(
        "rayserve_readiness_flap",
        "We get short bursts of 503s from the ranking service during the evening peak. Anything actually wrong?",
        {"namespace": ns}, w, "WARN", "probe_failure", "recsys",
        "The exec readiness probe of the recsys Ray worker pods (wget with a 2 s timeout against the raylet and serve "
        "health endpoints) times out under peak load, so workers are briefly marked NotReady and dropped from the "
        "serve Service although Ray Serve keeps running.",
        "During peak traffic the readiness probe of individual recsys workers times out three times in a row; the pod "
        "flaps out of the endpoints and rec-api sees short bursts of 503 that mostly succeed on retry.",
        "Raise the probe timeoutSeconds/failureThreshold for the worker group (the probe command has 2 s wget timeouts "
        "but a shorter probe timeout) and keep scaling the Ranker ahead of peak; no urgent action.")


def s_vllm_gpu_pending(rng):
    w = Win(rng, start_dt(rng, hour_range=(13, 17)))
    ns, dep = "genai", "qwen-coder-vllm"
    h = rid(rng, 10)
    run = [f"{dep}-{h}-{rid(rng, 5)}" for _ in range(2)]
    pend = [f"{dep}-{h}-{rid(rng, 5)}" for _ in range(2)]
    gnodes = [f"aks-gpua100-{rng.randint(10000000, 99999999)}-vmss00000{i}" for i in range(2)]
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="aks-genai-we")

    def lv(i=None):
        i = rng.randrange(2) if i is None else i
        return L(namespace=ns, pod=run[i], container="vllm", node=gnodes[i], app=dep)
    for i in range(2):
        for k in range(5):
            t = 5 + k * 60 + rng.uniform(0, 8)
            w.at(t, lv(i), f"INFO @VLLM@ metrics.py:349] Avg prompt throughput: {rng.uniform(1500, 2100):.1f} tokens/s, "
                 f"Avg generation throughput: {rng.uniform(1200, 1500):.1f} tokens/s, Running: {rng.randint(58, 64)} reqs, "
                 f"Swapped: 0 reqs, Pending: {rng.randint(25, 60)} reqs, GPU KV cache usage: {rng.uniform(96, 99.6):.1f}%, "
                 "CPU KV cache usage: 0.0%.")
    for _ in range(3):
        w.at(rng.uniform(0, 300), lv(), f"WARNING @VLLM@ scheduler.py:1481] Sequence group cmpl-{hexs(rng, 32)} is preempted by "
             "PreemptionMode.RECOMPUTE mode because there is not enough KV cache space. This can affect the end-to-end "
             "performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. "
             f"total_num_cumulative_preemption={rng.randint(40, 90)}")
    w.spread(0, 300, 6, lv, lambda: f'INFO:     10.60.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - '
             f'"POST /v1/completions HTTP/1.1" 200 OK')
    w.evh(12, le, "HorizontalPodAutoscaler", dep, "SuccessfulRescale",
          "New size: 4; reason: pods metric vllm_num_requests_waiting above target", comp="horizontal-pod-autoscaler",
          api="autoscaling/v2")
    w.evh(12.2, le, "Deployment", dep, "ScalingReplicaSet", f"Scaled up replica set {dep}-{h} to 4 from 2",
          comp="deployment-controller", api="apps/v1")
    for p in pend:
        w.evh(12.4, le, "ReplicaSet", f"{dep}-{h}", "SuccessfulCreate", f"Created pod: {p}", comp="replicaset-controller",
              api="apps/v1")
    fs = ("0/11 nodes are available: 3 Insufficient nvidia.com/gpu, 8 node(s) didn't match Pod's node affinity/selector. "
          "preemption: 0/11 nodes are available: 3 No preemption victims found for incoming pod, 8 Preemption is not "
          "helpful for scheduling.")
    for k, t in enumerate((12.6, 75, 190)):
        for p in pend:
            w.evh(t + rng.uniform(0, 0.3), le, "Pod", p, "FailedScheduling", fs, typ="Warning", comp="default-scheduler",
                  count=k + 1, ev=True)
    for k, t in enumerate((24, 145, 268)):
        w.evh(t, le, "Pod", pend[k % 2], "NotTriggerScaleUp",
              "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) didn't match Pod's node affinity/selector",
              typ="Normal", comp="cluster-autoscaler", count=k + 1, ev=True)
    return record(
        "vllm_gpu_pending",
        "Code-assistant completions are really slow this afternoon. Is the vLLM backend overloaded or broken?",
        {"namespace": ns}, w, "WARN", "scheduling", dep,
        "The HPA scaled qwen-coder-vllm from 2 to 4 replicas but the two new pods cannot be scheduled: no node has a "
        "free nvidia.com/gpu and the A100 node pool is already at its maximum size, so the cluster autoscaler does not "
        "scale up.",
        "Load exceeds what the two running vLLM replicas can handle (KV cache ~98%, requests pending, preemptions); the "
        "extra replicas stay Pending with Insufficient nvidia.com/gpu and NotTriggerScaleUp (max node group size).",
        "Raise the max size of the A100 node pool (or quota), or free GPUs elsewhere; the running replicas are healthy, "
        "only capacity is missing.")


def s_redpanda_volume_affinity(rng):
    w = Win(rng, start_dt(rng, hour_range=(5, 8)))
    ns = "streaming"
    nodes = [f"ip-10-20-{rng.randint(0, 95)}-{rng.randint(2, 250)}.eu-west-1.compute.internal" for _ in range(2)]
    le = L(namespace=ns, app="kubernetes-event-exporter", source="kubernetes-event-exporter")

    def lr(i):
        return L(namespace=ns, pod=f"redpanda-{i}", container="redpanda", node=nodes[i], app="redpanda")
    relay = f"order-events-relay-{rid(rng, 10)}-{rid(rng, 5)}"
    lrel = L(namespace=ns, pod=relay, container="relay", node=nodes[rng.randrange(2)], app="order-events-relay")
    fs = ("0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unschedulable: }, 2 node(s) didn't "
          "match pod anti-affinity rules, 4 node(s) had volume node affinity conflict. preemption: 0/7 nodes are available: "
          "7 Preemption is not helpful for scheduling.")
    for k, t in enumerate((8, 70, 190, 310)):
        w.evx(t, le, ns, "Pod", "redpanda-2", "FailedScheduling", fs, typ="Warning", comp="default-scheduler",
              count=k + 14, first_ago=1900 + int(t), ev=True)
    for k, t in enumerate((30, 250)):
        w.evx(t, le, ns, "Pod", "redpanda-2", "NotTriggerScaleUp",
              "pod didn't trigger scale-up: 3 node(s) had volume node affinity conflict, 1 node(s) didn't match pod anti-affinity rules",
              comp="cluster-autoscaler", count=k + 7, first_ago=1800, ev=True)
    host2 = "redpanda-2.redpanda.streaming.svc.cluster.local."
    for _ in range(6):
        i = rng.randrange(2)
        w.at(rng.uniform(0, 330), lr(i), f"WARN  @SPC@ [shard {rng.randint(0, 3)}:main] rpc - Disconnected from server "
             f"{{host: {host2}, port: 33145}}: std::__1::system_error (error C-Ares:4, {host2}: Not found)")
    for _ in range(3):
        i = rng.randrange(2)
        w.at(rng.uniform(0, 330), lr(i), f"INFO  @SPC@ [shard 0:main] cluster - partition_balancer_backend.cc:356 - "
             f"violations: unavailable nodes: {{2}}, full nodes: {{}}; moves scheduled: 0 (node 2 unavailable for {rng.randint(1900, 2300)}s, "
             "below node_autodecommission_timeout)")
    for _ in range(4):
        i = rng.randrange(2)
        g = rng.randint(10, 90)
        w.at(rng.uniform(0, 330), lr(i), f"INFO  @SPC@ [shard {rng.randint(0, 3)}:main] raft - [group_id:{g}, "
             f"{{kafka/orders/{rng.randint(0, 11)}}}] consensus.cc:{rng.randint(1200, 3200)} - Recovering follower 2 skipped, "
             "follower is not available")

    def relay_line():
        return rng.choice([
            zap("warn", "kgo/broker.go:412", "unable to open connection to broker", logger="kgo",
                addr="redpanda-2.redpanda.streaming.svc.cluster.local.:9093", broker="2",
                err="dial tcp: lookup redpanda-2.redpanda.streaming.svc.cluster.local. on 172.20.0.10:53: no such host"),
            zap("info", "relay/producer.go:97", "produced batch", topic="orders", records=rng.randint(200, 512), errors=0,
                p99_ms=rng.randint(8, 30)),
        ])
    w.spread(0, 330, 12, lrel, relay_line)
    return record(
        "redpanda_volume_affinity",
        "order-events-relay keeps logging 'no such host' for redpanda-2. Is DNS broken in the streaming namespace?",
        {"namespace": ns}, w, "ERROR", "scheduling", "redpanda",
        "Pod redpanda-2 cannot be scheduled: its persistent volume is pinned to a zone where no schedulable node is left "
        "(volume node affinity conflict; other nodes are excluded by anti-affinity or cordoned), and the autoscaler "
        "cannot add a node for it.",
        "redpanda-2 has been Pending for about half an hour (FailedScheduling: volume node affinity conflict, "
        "NotTriggerScaleUp); the brokers and producers complain that its headless DNS name does not resolve because "
        "the pod does not exist. Partitions run with one replica missing.",
        "Add capacity in the volume's availability zone (or a node group pinned to it) or move the broker's data, so "
        "redpanda-2 can schedule; until then the cluster has no redundancy for partitions it replicated.")


def s_coredns_upstream_timeout(rng):
    w = Win(rng, start_dt(rng, hour_range=(8, 10)))
    ns = "kube-system"
    ch = rid(rng, 10)
    cds = [f"coredns-{ch}-{rid(rng, 5)}" for _ in range(2)]
    cips = [ip(rng, "10.0.40"), ip(rng, "10.0.41")]
    nodes = [f"ip-10-0-{rng.randint(32, 63)}-{rng.randint(2, 250)}.eu-central-1.compute.internal" for _ in range(3)]
    upstream = "10.0.0.2"

    def lc(i=None):
        i = rng.randrange(2) if i is None else i
        return L(namespace=ns, pod=cds[i], container="coredns", service_name="coredns")
    ext = ["api.github.com.", "s3.eu-central-1.amazonaws.com.", "sts.eu-central-1.amazonaws.com.", "registry-1.docker.io.",
           "hooks.slack.com.", "pypi.org."]
    for _ in range(11):
        i = rng.randrange(2)
        w.at(rng.uniform(5, 300), lc(i), f"[ERROR] plugin/errors: 2 {rng.choice(ext)} {rng.choice(['A', 'AAAA'])}: read udp "
             f"{cips[i]}:{rng.randint(30000, 60000)}->{upstream}:53: i/o timeout", ev=True)
    for _ in range(4):
        w.at(rng.uniform(5, 300), lc(), f'[INFO] 10.0.{rng.randint(32, 63)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - '
             f'{rng.randint(1000, 65000)} "A IN {rng.choice(ext)} udp {rng.randint(30, 60)} false 512" SERVFAIL qr,rd '
             f'{rng.randint(30, 60)} {rng.uniform(2.0, 2.01):.6f}s')
    internal = ["keycloak.identity.svc.cluster.local.", "orders-db.payments.svc.cluster.local.", "kube-dns.kube-system.svc.cluster.local.",
                "thanos-query.monitoring.svc.cluster.local."]
    for _ in range(5):
        w.at(rng.uniform(0, 300), lc(), f'[INFO] 10.0.{rng.randint(32, 63)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - '
             f'{rng.randint(1000, 65000)} "A IN {rng.choice(internal)} udp {rng.randint(50, 80)} false 512" NOERROR qr,aa,rd '
             f'{rng.randint(90, 140)} 0.000{rng.randint(100, 300)}s')
    for _ in range(3):
        w.at(rng.uniform(0, 300), lc(), f'[INFO] 10.0.{rng.randint(32, 63)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - '
             f'{rng.randint(1000, 65000)} "AAAA IN api.github.com.ci-pipelines.svc.cluster.local. udp 63 false 512" NXDOMAIN '
             f'qr,aa,rd 156 0.000{rng.randint(100, 300)}s')
    w.at(1, lc(0), "[WARNING] No files matching import glob pattern: custom/*.override")
    w.at(1.2, lc(1), "[WARNING] No files matching import glob pattern: custom/*.server")
    kp = [f"kube-proxy-{rid(rng, 5)}" for _ in range(2)]
    for _ in range(3):
        w.at(rng.uniform(0, 300), L(namespace=ns, pod=rng.choice(kp), container="kube-proxy", service_name="kube-proxy"),
             f'I@KLOG@       1 proxier.go:{rng.randint(780, 820)}] "SyncProxyRules complete" elapsed="{rng.randint(60, 140)}ms"')
    ms = f"metrics-server-{rid(rng, 10)}-{rid(rng, 5)}"
    w.at(150, L(namespace=ns, pod=ms, container="metrics-server", service_name="metrics-server"),
         f'E@KLOG@       1 scraper.go:149] "Failed to scrape node" err="Get \\"https://{nodes[2].split(".")[0][3:].replace("-", ".")}:10250/metrics/resource\\": '
         f'context deadline exceeded" node="{nodes[2]}"')
    an = [f"aws-node-{rid(rng, 5)}" for _ in range(2)]
    for _ in range(2):
        w.at(rng.uniform(0, 300), L(namespace=ns, pod=rng.choice(an), container="aws-node", service_name="aws-node"),
             json.dumps({"level": "info", "ts": "@ISO@", "caller": "ipamd/ipamd.go:1432",
                         "msg": f"Reconcile existing ENI eni-0{hexs(rng, 16)} IP pool"}))
    return record(
        "coredns_upstream_timeout",
        f"Since about {wdt(w):%H:%M} lots of pods fail to reach api.github.com, S3, docker hub... errors say 'server misbehaving' or "
        "'no such host'. Is DNS down?",
        {"namespace": ns}, w, "ERROR", "dns_resolution", "coredns",
        f"CoreDNS cannot reach its upstream resolver ({upstream}, the VPC resolver): every forwarded query for an external "
        "name times out (read udp ... i/o timeout) and clients get SERVFAIL, while cluster-internal names still resolve.",
        "Both coredns pods log i/o timeouts forwarding external names to the VPC resolver and answer SERVFAIL after 2 s; "
        "*.cluster.local lookups are answered normally. The NXDOMAIN entries are normal search-path expansion.",
        "Check what changed on the path from the CoreDNS pods to the VPC resolver (NACLs/security groups/network "
        "policy on UDP/TCP 53, resolver endpoint health); the forward plugin recovers by itself once upstream answers.")


def s_coredns_loop_edge(rng):
    w = Win(rng, start_dt(rng, hour_range=(6, 9)))
    site = rng.randint(100, 999)
    node = f"edge-{site:04d}-k8s"
    ch = rid(rng, 10)
    cds = [f"coredns-{ch}-{rid(rng, 5)}" for _ in range(2)]

    def lc(i):
        return L(namespace="kube-system", pod=cds[i], container="coredns", node=node)
    lj = L(job="systemd-journal", node=node, unit="systemd-resolved.service")
    lk = L(job="systemd-journal", node=node, unit="kubelet.service")
    nr = f"node-red-{rid(rng, 10)}-{rid(rng, 5)}"
    ln = L(namespace="edge-apps", pod=nr, container="node-red", node=node)
    mb = f"mqtt-bridge-{rid(rng, 10)}-{rid(rng, 5)}"
    lm = L(namespace="edge-apps", pod=mb, container="mosquitto", node=node)
    w.at(1, lj, "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 192.168.8.1.")
    for k, t in enumerate((12, 95, 190)):
        for i in range(2):
            tt = t + i * 2.5
            w.at(tt, lc(i), ".:53")
            w.at(tt + 0.01, lc(i), "[INFO] plugin/reload: Running configuration SHA512 = "
                 "591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
            w.at(tt + 0.02, lc(i), "CoreDNS-1.11.1")
            w.at(tt + 0.03, lc(i), "linux/amd64, go1.20.7, ae2bbc2")
            w.at(tt + 2.1, lc(i), f"[FATAL] plugin/loop: Loop (127.0.0.1:{rng.randint(40000, 60000)} -> :53) detected for zone \".\", "
                 f"see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO {rng.randint(10 ** 18, 9 * 10 ** 18)}."
                 f"{rng.randint(10 ** 18, 9 * 10 ** 18)}.\"", ev=True)
    for k, t in enumerate((60, 150, 260)):
        w.at(t, lk, f'E@KLOG@     911 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
             f'\\"coredns\\" with CrashLoopBackOff: \\"back-off {[20, 40, 80][k]}s restarting failed container=coredns '
             f'pod={cds[k % 2]}_kube-system({uuid4(rng)})\\"" pod="kube-system/{cds[k % 2]}" podUID="{uuid4(rng)}"')

    def nred():
        return rng.choice([
            f"@SPD@ - [error] [http request:{hexs(rng, 16)}] Error: getaddrinfo EAI_AGAIN api.fleet.example.io",
            f"@SPD@ - [warn] [mqtt-broker:cloud] Connection failed to broker: mqtts://mqtt.fleet.example.io:8883",
            f"@SPD@ - [info] [function:aggregate] line2 counters ok: produced={rng.randint(800, 1300)} rejected={rng.randint(0, 6)} errors=0",
        ])
    w.spread(0, 300, 11, ln, nred)

    def mq():
        return rng.choice([
            "@EPOCHI@: Connecting bridge cloud-uplink (mqtt.fleet.example.io:8883)",
            "@EPOCHI@: Error creating bridge: Try again.",
            f"@EPOCHI@: New client connected from 192.168.50.{rng.randint(10, 60)}:{rng.randint(40000, 60000)} as plc-line"
            f"{rng.randint(1, 4)} (p2, c1, k60).",
        ])
    w.spread(0, 300, 9, lm, mq)
    return record(
        "coredns_loop_edge",
        f"Edge site {site:04d}: Node-RED can't reach the cloud API any more (getaddrinfo EAI_AGAIN) since last night's OS "
        "update. Is the uplink down?",
        {"node": node}, w, "CRITICAL", "dns_resolution", "coredns",
        "CoreDNS on the edge node detects a forwarding loop and exits ([FATAL] plugin/loop): after the OS update the "
        "node's /etc/resolv.conf points at the local systemd-resolved stub (127.0.0.53), which CoreDNS uses as its "
        "upstream, so queries come back to itself. Both replicas crash-loop and nothing resolves.",
        "Both coredns pods start and die within ~2 s with a loop-detected FATAL, repeatedly (CrashLoopBackOff); every "
        "application on the node fails name resolution (EAI_AGAIN, bridge 'Try again'). The uplink itself is fine.",
        "Point the kubelet's --resolv-conf (or CoreDNS forward) at /run/systemd/resolve/resolv.conf or the real upstream "
        "(192.168.8.1) and restart CoreDNS.")


def s_mlflow_no_endpoints(rng):
    w = Win(rng, start_dt(rng, hour_range=(18, 21)))
    ns = "mlops"
    mh = rid(rng, 9)
    mpod = f"mlflow-{mh}-{rid(rng, 5)}"
    node = f"k8s-worker-{rng.randint(1, 12):02d}"
    svc = ip(rng, "10.101.44")
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="onprem-ml")
    lm = L(namespace=ns, pod=mpod, container="mlflow", node=node)
    ldb = L(namespace=ns, pod="mlflow-db-0", container="postgres", node=f"k8s-worker-{rng.randint(1, 12):02d}")
    for _ in range(3):
        w.at(rng.uniform(0, 8), lm, f'[@GUNI@] [{rng.randint(20, 40)}] [INFO] 10.233.{rng.randint(60, 90)}.{rng.randint(2, 250)} '
             f'"POST /api/2.0/mlflow/runs/log-batch HTTP/1.1" 200')
    w.at(3, ldb, "@PG@ [58] LOG:  checkpoint starting: time")
    w.at(5.2, ldb, "@PG@ [58] LOG:  checkpoint complete: wrote 112 buffers (0.7%); 0 WAL file(s) added, 0 removed, 0 recycled; "
         "write=2.103 s, sync=0.004 s, total=2.121 s; sync files=31, longest=0.002 s, average=0.001 s; distance=612 kB, estimate=701 kB")
    w.evh(10, le, "Deployment", "mlflow", "ScalingReplicaSet", f"Scaled down replica set mlflow-{mh} to 0 from 1",
          comp="deployment-controller", api="apps/v1", ev=True)
    w.evh(10.3, le, "ReplicaSet", f"mlflow-{mh}", "SuccessfulDelete", f"Deleted pod: {mpod}", comp="replicaset-controller",
          api="apps/v1")
    w.evh(10.4, le, "Pod", mpod, "Killing", "Stopping container mlflow", host=node, ev=True)
    w.at(10.6, lm, "[@GUNI@] [1] [INFO] Handling signal: term")
    for p in (23, 24, 25, 26):
        w.at(10.7 + p * 0.01, lm, f"[@GUNI@] [{p}] [INFO] Worker exiting (pid: {p})")
    w.at(11.5, lm, "[@GUNI@] [1] [INFO] Shutting down: Master", ev=True)
    for _ in range(2):
        w.at(rng.uniform(11, 12), ldb, f"@PG@ [{rng.randint(300, 900)}] LOG:  could not receive data from client: Connection reset by peer")
    runs = [f"churn-training-{rid(rng, 5)}" for _ in range(2)]
    pods = [f"{r}-system-container-impl-{rng.randrange(1_000_000_000, 4_200_000_000)}" for r in runs]
    pnodes = [f"k8s-gpu-{rng.randint(1, 4):02d}" for _ in runs]

    def lk(i):
        return L(namespace=ns, pod=pods[i], container="main", node=pnodes[i])
    for i, t0 in enumerate((60, 160)):
        obj = f"0x7f{hexs(rng, 10)}"
        w.at(t0, lk(i), f"@SPC@ INFO churn.train: epoch 12/12 val_auc=0.8{rng.randint(100, 999)} val_logloss=0.3{rng.randint(100, 999)}")
        for a in range(1, 4):
            w.at(t0 + a * 0.4 * a, lk(i), f"WARNING:urllib3.connectionpool:Retrying (Retry(total={5 - a}, connect={5 - a}, read=5, redirect=5, "
                 f"status=5)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPConnection object at {obj}>: "
                 f"Failed to establish a new connection: [Errno 111] Connection refused')': /api/2.0/mlflow/runs/create")
        w.at(t0 + 9, lk(i), "mlflow.exceptions.MlflowException: API request to http://mlflow.mlops.svc.cluster.local:5000/api/2.0/"
             "mlflow/runs/create failed with exception HTTPConnectionPool(host='mlflow.mlops.svc.cluster.local', port=5000): Max "
             "retries exceeded with url: /api/2.0/mlflow/runs/create (Caused by NewConnectionError('<urllib3.connection."
             f"HTTPConnection object at {obj}>: Failed to establish a new connection: [Errno 111] Connection refused'))")
        w.at(t0 + 9.5, lk(i), f'time="@ISOS@" level=info msg="sub-process exited" argo=true error="exit status 1"')
    sync = f"model-registry-sync-{int(w.t0 // 60 // 10 ** 9) + 5}-{rid(rng, 5)}"
    ls = L(namespace=ns, pod=sync, container="sync", node=node)
    w.at(305, ls, 'time=@ISO@ level=INFO msg="starting registry sync" source=mlflow target=kserve-catalog dry_run=false')
    w.at(305.4, ls, f'time=@ISO@ level=ERROR msg="sync failed" err="Get \\"http://mlflow.mlops.svc.cluster.local:5000/api/2.0/mlflow/'
         f'registered-models/search?max_results=200\\": dial tcp {svc}:5000: connect: connection refused" attempt=3')
    w.at(305.5, ls, 'time=@ISO@ level=INFO msg="registry sync finished" synced=0 skipped=0 errors=1')
    w.at(240, ldb, "@PG@ [58] LOG:  checkpoint starting: time")
    return record(
        "mlflow_no_endpoints",
        "Training pipelines in mlops started failing at the 'log metrics' step this evening. Is MLflow broken?",
        {"namespace": ns}, w, "ERROR", "connection_refused", "mlflow",
        "The mlflow Deployment was scaled down to 0 replicas; with no endpoints behind the mlflow Service every "
        "connection to mlflow.mlops.svc:5000 is refused.",
        "mlflow's ReplicaSet was scaled to 0 at the start of the window and gunicorn shut down cleanly; since then "
        "pipeline steps and the registry sync job fail with [Errno 111] / connect: connection refused. The database is fine.",
        "Scale mlflow back to 1+ replicas (and find who/what scaled it down, e.g. an off-hours scaler), then re-run the "
        "failed pipeline runs.")


def s_thanos_store_sync(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 16)))
    ns = "monitoring"
    qh = rid(rng, 10)
    qs = [f"thanos-query-{qh}-{rid(rng, 5)}" for _ in range(2)]
    sg = "thanos-storegateway-1"
    sip = ip(rng, "10.44.7")
    node = f"gke-obs-prod-highmem-{hexs(rng, 8)}-{rid(rng, 4)}"
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="obs-prod")

    def lq_():
        return L(namespace=ns, pod=rng.choice(qs), container="query", app="thanos-query")
    ls = L(namespace=ns, pod=sg, container="storegateway", app="thanos-storegateway")
    w.evh(0, le, "Pod", sg, "Scheduled", f"Successfully assigned {ns}/{sg} to {node}", comp="default-scheduler")
    w.evh(2.5, le, "Pod", sg, "Started", "Started container storegateway", host=node)
    w.at(3.0, ls, f'ts=@ISON@ caller=main.go:67 level=info msg="Starting Thanos" version="(version=0.35.1, branch=HEAD, revision={hexs(rng, 40)})"', ev=True)
    w.at(3.1, ls, 'ts=@ISON@ caller=factory.go:53 level=info msg="loading bucket configuration"')
    w.at(3.3, ls, 'ts=@ISON@ caller=store.go:485 level=info msg="initializing bucket store"', ev=True)
    for _ in range(6):
        w.at(rng.uniform(10, 230), ls, f'ts=@ISON@ caller=bucket.go:{rng.choice([754, 762])} level=info msg="loaded new block" '
             f'elapsed={rng.uniform(0.4, 9.0):.3f}s id=01H{"".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))}')
    w.at(236, ls, 'ts=@ISON@ caller=store.go:502 level=info msg="bucket store ready" init_duration=3m52.814s')
    w.at(236.1, ls, 'ts=@ISON@ caller=grpc.go:131 level=info service=gRPC/server component=store msg="listening for serving gRPC" address=0.0.0.0:10901')
    for c, t in enumerate((20, 40, 60)):
        w.evh(t, le, "Pod", sg, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", typ="Warning",
              host=node, count=c + 1)
    for t in (5, 35, 65, 95, 125, 155, 185, 215):
        w.at(t + rng.uniform(0, 3), lq_(), f'ts=@ISON@ caller=endpointset.go:424 level=warn component=endpointset msg="update of '
             f'endpoint failed" err="getting metadata: fallback fetching info from {sip}:10901: rpc error: code = Unavailable desc = '
             f'connection error: desc = \\"transport: Error while dialing: dial tcp {sip}:10901: connect: connection refused\\"" '
             f'address={sip}:10901', ev=True)
    w.at(5.5, lq_(), f'ts=@ISON@ caller=endpointset.go:460 level=info component=endpointset msg="removing endpoint because it\'s '
         f'unhealthy or does not exist" address={sip}:10901 extLset="{{}}"')
    w.at(242, lq_(), f'ts=@ISON@ caller=endpointset.go:381 level=info component=endpointset msg="adding new store with [storeEndpoints]" '
         f'address={sip}:10901 extLset="{{}}"')
    qf = f"thanos-query-frontend-{rid(rng, 10)}-{rid(rng, 5)}"
    for _ in range(3):
        w.at(rng.uniform(0, 250), L(namespace=ns, pod=qf, container="query-frontend", app="thanos-query-frontend"),
             f'ts=@ISON@ caller=roundtrip.go:{rng.randint(300, 320)} level=info msg="slow query detected" time_taken={rng.uniform(10, 30):.2f}s '
             f'param_query="sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))" param_start={rng.randint(1700000000, 1760000000)} '
             'param_step=3600')
    return record(
        "thanos_store_sync",
        "Grafana shows 'partial response' warnings and gaps on the 30-day panels. Is Thanos broken?",
        {"namespace": ns}, w, "WARN", "connection_refused", "thanos-storegateway",
        "thanos-storegateway-1 was rescheduled and is still loading its blocks; until the bucket store is ready it "
        "does not listen on gRPC :10901, so thanos-query gets connection refused and drops it from the endpoint set "
        "(partial responses for long ranges).",
        "After thanos-storegateway-1 restarted on a new node, the queriers log connection refused to its gRPC port for "
        "about four minutes and serve partial results; the store becomes ready after 3m52s of block loading and is "
        "re-added.",
        "Nothing to do if it recovered; to avoid the gap, run more store-gateway replicas/shards with a PDB so a single "
        "restart does not remove data from queries.")


def s_gatekeeper_webhook_timeout(rng):
    w = Win(rng, start_dt(rng, hour_range=(13, 16)))
    ns = "payments"
    oh, nh = rid(rng, 10), rid(rng, 10)
    olds = [f"payment-worker-{oh}-{rid(rng, 5)}" for _ in range(2)]
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="pay-prod-1")

    def lw():
        return L(namespace=ns, pod=rng.choice(olds), container="payment-worker", app="payment-worker")
    w.evh(5, le, "Deployment", "payment-worker", "ScalingReplicaSet", f"Scaled up replica set payment-worker-{nh} to 1 from 0",
          comp="deployment-controller", api="apps/v1")
    msg = ('Error creating: Internal error occurred: failed calling webhook "validation.gatekeeper.sh": failed to call webhook: '
           'Post "https://gatekeeper-webhook-service.gatekeeper-system.svc:443/v1/admit?timeout=3s": context deadline exceeded')
    for k, t in enumerate((8.2, 12.4, 18.6, 29.0, 51.3, 92.5, 175.0, 255.4)):
        w.evh(t, le, "ReplicaSet", f"payment-worker-{nh}", "FailedCreate", msg, typ="Warning", comp="replicaset-controller",
              api="apps/v1", count=k + 1, ev=True)
    rh = rid(rng, 10)
    w.evh(120, le, "Deployment", "refund-api", "ScalingReplicaSet", f"Scaled up replica set refund-api-{rh} to 1 from 0",
          comp="deployment-controller", api="apps/v1")
    for k, t in enumerate((123.4, 128.8, 140.1)):
        w.evh(t, le, "ReplicaSet", f"refund-api-{rh}", "FailedCreate", msg, typ="Warning", comp="replicaset-controller",
              api="apps/v1", count=k + 1, ev=True)

    def worker():
        return rng.choice([
            f"@ISO@  INFO 1 --- [payment-worker] [pool-2-thread-{rng.randint(1, 8)}] c.a.p.worker.ChargeCardWorker    : completed job "
            f"22517998{rng.randint(10000000, 99999999)} (charge-card) in {rng.randint(80, 400)} ms",
            f"@ISO@  INFO 1 --- [payment-worker] [pool-2-thread-{rng.randint(1, 8)}] c.a.p.worker.CapturePaymentWorker : completed job "
            f"22517998{rng.randint(10000000, 99999999)} (capture-payment) in {rng.randint(60, 300)} ms",
        ])
    w.spread(0, 290, 16, lw, worker)
    w.at(77, lw(), "@ISO@  WARN 1 --- [payment-worker] [grpc-default-executor-3] io.camunda.zeebe.client.job.poller     : Failed to "
         "activate jobs for worker charge-card and job type charge-card io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: "
         "Expected to activate jobs of type 'charge-card', but no jobs available and at least one broker returned "
         "'RESOURCE_EXHAUSTED'. Please try again later.")
    w.at(200, lw(), "@ISO@  WARN 1 --- [payment-worker] [pool-2-thread-4] c.a.p.worker.ChargeCardWorker    : card declined for "
         "order ord-" + str(rng.randint(100000, 999999)) + " (issuer code 51), raising BPMN error PAYMENT_DECLINED")
    return record(
        "gatekeeper_webhook_timeout",
        "The payment-worker rollout has been stuck for 20 minutes; the new ReplicaSet never gets a pod. What's blocking it?",
        {"namespace": ns}, w, "ERROR", "timeout", "gatekeeper-controller-manager",
        "The Gatekeeper validating admission webhook (validation.gatekeeper.sh) does not answer within its 3 s timeout, "
        "and because the webhook fails closed the API server rejects every pod creation (context deadline exceeded).",
        "The ReplicaSet controller cannot create pods for payment-worker (and refund-api): each attempt fails with "
        "'failed calling webhook validation.gatekeeper.sh ... context deadline exceeded'. The old payment-worker pods keep "
        "processing Zeebe jobs; the RESOURCE_EXHAUSTED poll warning and card declines are unrelated.",
        "Check the gatekeeper-controller-manager pods in gatekeeper-system (CPU throttling, constraint/external-data "
        "latency, replicas); as a stop-gap set the webhook failurePolicy to Ignore or scale Gatekeeper up, then the "
        "rollout proceeds.")


def s_influx_write_timeout(rng):
    w = Win(rng, start_dt(rng, hour_range=(3, 3)))
    ns = "iot-telemetry"
    wh = rid(rng, 10)
    writers = [f"telemetry-writer-{wh}-{rid(rng, 5)}" for _ in range(2)]
    node = f"worker-{rng.randint(10, 30)}"

    def lw():
        return L(namespace=ns, pod=rng.choice(writers), container="telemetry-writer", node=node, app="telemetry-writer")
    li = L(namespace=ns, pod="influxdb2-0", container="influxdb2", node=node, app="influxdb2")
    lid = "0q" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
    shard = rng.randint(1500, 2500)
    base = f"log_id={lid} service=storage-engine engine=tsm1 op_name=tsm1_compact_group db_shard_id={shard}"
    w.at(8, li, f'ts=@ISOU@ lvl=info msg="TSM compaction (start)" {base} op_event=start')
    w.at(8.01, li, f'ts=@ISOU@ lvl=info msg="Beginning compaction" {base} tsm1_files_n=8')
    for k in range(3):
        w.at(8.02 + k * 0.01, li, f'ts=@ISOU@ lvl=info msg="Compacting file" {base} tsm1_index={k} '
             f'tsm1_file=/var/lib/influxdb2/engine/data/{hexs(rng, 16)}/autogen/{shard}/0000{rng.randint(10000, 99999)}-00000000{k + 2}.tsm')
    w.at(262, li, f'ts=@ISOU@ lvl=info msg="Finished compacting files" {base} tsm1_files_n=1')
    w.at(262.1, li, f'ts=@ISOU@ lvl=info msg="TSM compaction (end)" {base} op_event=end op_elapsed=254112.902ms')
    for _ in range(4):
        w.at(rng.uniform(30, 250), li, f'ts=@ISOU@ lvl=warn msg="internal error not returned to client" log_id={lid} '
             'handler=error_logger error="context canceled"', ev=True)
    url = "http://influxdb2.iot-telemetry.svc:8086/api/v2/write?org=fleet&bucket=telemetry&precision=ns"
    for t in sorted(rng.uniform(25, 250) for _ in range(8)):
        th = rng.randint(1, 8)
        att = rng.randint(1, 3)
        wl = lw()
        w.at(t, wl, f"@SPD@ [DefaultDispatcher-worker-{th}] WARN  c.a.telemetry.InfluxSink - write batch of 5000 points failed: "
             f"io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url={url}, request_timeout=10000 ms], "
             f"retrying in {2 ** att}s (attempt {att}/5)", ev=True)
        w.at(t + 2 ** att + rng.uniform(1, 3), wl, f"@SPD@ [DefaultDispatcher-worker-{th}] INFO  c.a.telemetry.InfluxSink - write "
             f"batch of 5000 points succeeded after {att} retr{'y' if att == 1 else 'ies'} ({rng.randint(3000, 9000)} ms)")
    for t in (0, 60, 120, 180, 240, 300):
        w.at(t + rng.uniform(0, 2), lw(), f"@SPD@ [stats-reporter] INFO  c.a.telemetry.Stats - window=60s points_written="
             f"{rng.randint(2_400_000, 2_600_000)} points_dropped=0 write_retries={0 if t in (0, 300) else rng.randint(2, 9)} errors=0")
    w.at(140, lw(), "@SPD@ [ktor-cio-dispatcher-3] WARN  io.ktor.server.engine.DefaultUncaughtExceptionHandler - closing "
         "connection: io.ktor.utils.io.ClosedWriteChannelException: Cannot write to a channel (client went away)")
    return record(
        "influx_write_timeout",
        "telemetry-writer logs a bunch of timeouts around 3am every night. Should I worry?",
        {"namespace": ns}, w, "WARN", "timeout", "influxdb2",
        "During the nightly TSM compaction of a large shard, influxdb2 answers writes slower than telemetry-writer's 10 s "
        "request timeout; the client cancels (InfluxDB logs context canceled) and retries.",
        "For about four minutes while influxdb2 compacts shard files, write batches time out and are retried; all retries "
        "succeed, points_dropped stays 0 and the timeouts stop when the compaction ends.",
        "No immediate action; if it grows, raise the client timeout, give influxdb2 more IOPS/CPU, or tune "
        "compaction (storage-compact-throughput-burst / max-concurrent-compactions).")


def s_harbor_cert_expired(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 11)))
    ns = "ci-pipelines"
    le = L(namespace=ns, app="kubernetes-event-exporter", source="kubernetes-event-exporter")
    nodes = [f"ci-worker-{rng.randint(1, 20):02d}" for _ in range(3)]
    day = datetime.fromtimestamp(w.t0 // 10 ** 9, tz=timezone.utc)
    exp_at = f"{day.year:04d}-{day.month:02d}-{day.day:02d}T08:59:59Z"
    x509 = (f"tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after "
            f"{exp_at}")
    apps = ["checkout", "catalog", "notifier"]
    t = 5
    for k, app in enumerate(apps):
        tr = f"{app}-build-{rid(rng, 5)}-build-and-push"
        pod = f"{tr}-pod"
        n = nodes[k]
        sha = hexs(rng, 7)

        def lab(c):
            return L(namespace=ns, pod=pod, container=c, node=n)
        w.at(t, lab("step-clone"), json.dumps({"level": "info", "ts": "@EPOCH@", "caller": "git/git.go:176",
                                                "msg": f"Successfully cloned https://github.com/acme/{app} @ {hexs(rng, 40)} (grafted, HEAD) in path /workspace/output/"})
             .replace('"@EPOCH@"', "@EPOCH@"))
        w.at(t + 4, lab("step-build-and-push"), f"INFO[0000] Retrieving image manifest mirror.gcr.io/library/golang:1.22-alpine")
        w.at(t + 4.6, lab("step-build-and-push"), f"INFO[0000] Retrieving image mirror.gcr.io/library/golang:1.22-alpine from registry mirror.gcr.io")
        w.at(t + 6.0, lab("step-build-and-push"), f"WARN[0002] Error while retrieving image from cache: harbor.corp.example.com/cache/{app} "
             f"Get \"https://harbor.corp.example.com/v2/\": {x509}", ev=True)
        w.at(t + 6.2, lab("step-build-and-push"), "INFO[0002] Built cross stage deps: map[0:[/out/app]]")
        w.at(t + 40, lab("step-build-and-push"), "INFO[0038] RUN go build -trimpath -o /out/app ./cmd/server")
        w.at(t + 88, lab("step-build-and-push"), "INFO[0086] Taking snapshot of full filesystem...")
        w.at(t + 97, lab("step-build-and-push"), f"error pushing image: failed to push to destination harbor.corp.example.com/"
             f"platform/{app}:{sha}: Get \"https://harbor.corp.example.com/v2/\": {x509}", ev=True)
        w.evx(t + 98, le, ns, "TaskRun", tr, "Failed", f'"step-build-and-push" exited with code 1', typ="Warning",
              comp="TaskRun", api="tekton.dev/v1")
        w.evx(t + 99, le, ns, "PipelineRun", f"{app}-build-{tr.split('-')[-4]}", "Failed",
              "Tasks Completed: 2 (Failed: 1, Cancelled 0), Skipped: 1", typ="Warning", comp="PipelineRun", api="tekton.dev/v1")
        t += rng.uniform(55, 85)
    sp = f"release-notes-{rid(rng, 5)}-publish-pod"
    img = "harbor.corp.example.com/ci/tkn-tools:1.4"
    w.evx(70, le, ns, "Pod", sp, "Pulling", f'Pulling image "{img}"', host=nodes[1], field="spec.containers{step-publish}")
    w.evx(70.8, le, ns, "Pod", sp, "Failed", f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to '
          f'resolve reference "{img}": failed to do request: Head "https://harbor.corp.example.com/v2/ci/tkn-tools/manifests/1.4": '
          f"{x509}", typ="Warning", host=nodes[1], field="spec.containers{step-publish}", ev=True)
    w.evx(70.9, le, ns, "Pod", sp, "Failed", "Error: ErrImagePull", typ="Warning", host=nodes[1], field="spec.containers{step-publish}")
    w.evx(84, le, ns, "Pod", sp, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=nodes[1],
          field="spec.containers{step-publish}", count=2)
    w.evx(150, le, ns, "Pod", sp, "Failed", "Error: ImagePullBackOff", typ="Warning", host=nodes[1],
          field="spec.containers{step-publish}", count=4, first_ago=66)
    return record(
        "harbor_cert_expired",
        "Every build pipeline in ci-pipelines fails since this morning. Nothing changed in the repos.",
        {"namespace": ns}, w, "ERROR", "tls_certificate", "harbor",
        f"The TLS certificate served by harbor.corp.example.com expired at {exp_at}; kaniko pushes and kubelet image pulls "
        "against Harbor fail certificate verification (x509: certificate has expired).",
        "Builds clone and compile fine, then fail at push with x509 'certificate has expired' against Harbor; a task whose "
        "step image lives in Harbor cannot even be pulled (ImagePullBackOff with the same x509 error).",
        "Renew/redeploy Harbor's ingress certificate (check why cert-manager or the manual renewal did not happen), then "
        "re-run the failed PipelineRuns.")


def s_kyverno_unknown_ca(rng):
    w = Win(rng, start_dt(rng, hour_range=(8, 10)))
    ns = "kyverno"
    ah = rid(rng, 10)
    adm = [f"kyverno-admission-controller-{ah}-{rid(rng, 5)}" for _ in range(3)]
    bg = f"kyverno-background-controller-{rid(rng, 10)}-{rid(rng, 5)}"
    rp = f"kyverno-reports-controller-{rid(rng, 10)}-{rid(rng, 5)}"

    def la(i=None):
        p = rng.choice(adm) if i is None else adm[i]
        return L(namespace=ns, pod=p, container="kyverno", app="kyverno-admission-controller")
    lb = L(namespace=ns, pod=bg, container="controller", app="kyverno-background-controller")
    lr = L(namespace=ns, pod=rp, container="controller", app="kyverno-reports-controller")
    nb = f"{datetime.fromtimestamp(w.t0 // 10 ** 9 - 41 * 86400, tz=timezone.utc):%Y-%m-%dT%H:%M:%SZ}"
    for i in range(3):
        t = i * 1.7
        w.at(t, la(i), '@ISOS@\tINFO\tsetup\tinternal/setup.go:63\tsetup\t{"version": "v1.12.5", "commit": "f2ad5a1"}')
        if i == 0:
            w.at(t + 0.3, la(i), '@ISOS@\tINFO\tsetup.leader\tleaderelection/leaderelection.go:112\tstarted leading\t'
                 '{"id": "' + adm[0] + '"}')
            w.at(t + 0.4, la(i), '@ISOS@\tINFO\tsetup.certmanager\tcertmanager/controller.go:91\tCA secret not found, generating '
                 'new CA\t{"name": "kyverno-svc.kyverno.svc.kyverno-tls-ca"}', ev=True)
            w.at(t + 0.6, la(i), '@ISOS@\tINFO\tsetup.certmanager\tcertmanager/controller.go:118\tusing existing TLS secret\t'
                 f'{{"name": "kyverno-svc.kyverno.svc.kyverno-tls-pair", "notBefore": "{nb}"}}', ev=True)
        w.at(t + 1.1, la(i), '@ISOS@\tINFO\twebhooks.server\tserver/server.go:244\tstarting webhook server\t{"addr": ":9443"}')
    for _ in range(12):
        w.at(rng.uniform(3, 300), la(), f"@ISOS@\tERROR\twebhooks.server\thttp: TLS handshake error from 10.0.{rng.randint(1, 3)}."
             f"{rng.randint(2, 250)}:{rng.randint(30000, 60000)}: remote error: tls: bad certificate", ev=True)
    w.at(45, la(0), '@ISOS@\tINFO\twebhooks.config\twebhook/controller.go:512\tupdated webhook configuration caBundle\t'
         '{"name": "kyverno-resource-validating-webhook-cfg"}')
    w.at(90, lr, f'I@KLOG@       1 request.go:697] Waited for 1.073s due to client-side throttling, not priority and fairness, request: '
         f'GET:https://10.96.0.1:443/apis/wgpolicyk8s.io/v1alpha2/namespaces/team-{rng.choice(["a", "b", "c"])}/policyreports')
    w.at(130, lb, '@ISOS@\tERROR\tbackground\tpolicy/controller.go:331\tfailed to update policy status\t{"policy": "add-network-policy", '
         '"error": "Operation cannot be fulfilled on clusterpolicies.kyverno.io \\"add-network-policy\\": the object has been '
         'modified; please apply your changes to the latest version and try again"}')
    for _ in range(4):
        w.at(rng.uniform(10, 300), lr, f'@ISOS@\tINFO\treports-controller\taggregate/controller.go:{rng.randint(200, 260)}\treconciling '
             f'report\t{{"namespace": "team-{rng.choice(["a", "b", "c"])}", "pass": {rng.randint(20, 80)}, "fail": {rng.randint(0, 4)}, '
             f'"warn": 0, "error": 0, "skip": {rng.randint(0, 3)}}}')
    for _ in range(3):
        w.at(rng.uniform(10, 300), lb, f'@ISOS@\tINFO\tbackground\tgenerate/generate.go:{rng.randint(100, 140)}\tprocessing generate '
             f'rule\t{{"policy": "add-network-policy", "rule": "default-deny", "trigger": "Namespace/pr-{rng.randint(1000, 9999)}"}}')
    return record(
        "kyverno_unknown_ca",
        "Since last night's Kyverno reinstall nothing can be deployed; Argo CD reports 'Internal error occurred: failed calling "
        "webhook'. Is Kyverno down?",
        {"namespace": ns}, w, "ERROR", "tls_certificate", "kyverno-admission-controller",
        "After the reinstall Kyverno generated a new CA (and published it as the webhook caBundle) but kept serving a "
        "TLS pair restored from backup that was signed by the old CA; the API server rejects the webhook's certificate "
        "(unknown authority), so every admission call fails.",
        "The admission controllers run, but every connection from the API server ends in 'TLS handshake error ... "
        "remote error: tls: bad certificate'; with fail-closed webhooks all deployments are rejected. Throttling and "
        "status-conflict lines are unrelated.",
        "Delete the restored kyverno-svc.kyverno.svc.kyverno-tls-pair secret (and restart the admission controller) so "
        "it is re-issued from the current CA; exclude Kyverno's TLS secrets from Velero restores.")


def s_dex_ldap_bind(rng):
    w = Win(rng, start_dt(rng, hour_range=(7, 9)))
    ns = "auth"
    dh = rid(rng, 10)
    dex = {f"dex-{dh}-{rid(rng, 5)}": f"ip-10-8-{rng.randint(0, 63)}-{rng.randint(2, 250)}.ec2.internal" for _ in range(2)}

    def ld():
        p = rng.choice(sorted(dex))
        return L(namespace=ns, pod=p, container="dex", app="dex", node=dex[p])
    bind = ('ldap: initial bind for user \\"CN=svc-dex,OU=Service Accounts,DC=corp,DC=example,DC=com\\" failed: LDAP Result '
            'Code 49 \\"Invalid Credentials\\": 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, '
            'data 532, v4563')
    users = ["jsmith", "a.kowalski", "mchen", "priya.r", "tnguyen", "lbauer"]
    for t in sorted(rng.uniform(10, 320) for _ in range(9)):
        w.at(t, ld(), f'time=@ISO@ level=ERROR msg="failed to login user" connector_id=ldap err="{bind}"', ev=True)
    for t in sorted(rng.uniform(10, 320) for _ in range(4)):
        w.at(t, ld(), f'time=@ISO@ level=ERROR msg="failed to refresh identity" connector_id=ldap user_id=' +
             rng.choice(users) + f' err="{bind}"', ev=True)
    for _ in range(4):
        w.at(rng.uniform(0, 320), ld(), f'time=@ISO@ level=INFO msg="login successful" connector_id=github '
             f'username=ext-{rng.choice(["contractor", "vendor"])}-{rng.randint(10, 99)} preferred_username="" '
             f'email=ext{rng.randint(100, 999)}@partners.example.net groups="[acme-ext/readonly]"')
    w.at(3, ld(), 'time=@ISO@ level=INFO msg="keys expired, rotating"')
    w.at(3.2, ld(), f'time=@ISO@ level=INFO msg="keys rotated" next_rotation={wdt(w, 3 + 6 * 3600):%Y-%m-%dT%H:%M:%SZ}')
    for _ in range(3):
        w.at(rng.uniform(0, 320), ld(), 'time=@ISO@ level=ERROR msg="failed to parse authorization request" '
             'err="Invalid client_id (\\"grafana-legacy\\")."')
    for _ in range(5):
        w.at(rng.uniform(0, 320), ld(), f'time=@ISO@ level=INFO msg="request received" method=GET path=/dex/auth/ldap '
             f'remote_addr=10.8.{rng.randint(0, 63)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}')
    w.at(150, ld(), 'time=@ISO@ level=WARN msg="gRPC API: failed to list refresh tokens" err="not implemented: ListRefresh"')
    return record(
        "dex_ldap_bind",
        "Nobody can log into Grafana or Argo CD via SSO this morning ('Internal Server Error: Login error'). Is Dex down?",
        {"namespace": ns, "app": "dex"}, w, "ERROR", "auth_failure", "dex",
        "Dex's LDAP connector cannot bind with its service account CN=svc-dex: Active Directory returns "
        "LDAP 49 Invalid Credentials with data 532 (password expired), so every LDAP login and token refresh fails.",
        "All LDAP logins and refreshes fail with the initial-bind error; GitHub-connector logins still work, key "
        "rotation and the stale grafana-legacy client_id errors are routine.",
        "Reset/renew the svc-dex AD account password (and set it to not expire or rotate it via a managed secret), "
        "update Dex's bindPW secret and restart Dex.")


def s_velero_minio_403(rng):
    w = Win(rng, start_dt(rng, hour_range=(1, 1)))
    ns = "velero"
    vp = f"velero-{rid(rng, 10)}-{rid(rng, 5)}"
    lv = L(namespace=ns, pod=vp, container="velero", service_name="velero")
    bk = f"daily-{datetime.fromtimestamp(w.t0 // 10 ** 9, tz=timezone.utc):%Y%m%d}010000"
    ls = 'logSource="pkg/controller/backup_storage_location_controller.go:{}"'
    err = ('rpc error: code = Unknown desc = AccessDenied: Access Denied.\\n\\tstatus code: 403, request id: '
           + "".join(rng.choice("0123456789ABCDEF") for _ in range(16)) +
           ', host id: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8')
    for k, t in enumerate((0, 60, 120, 180, 240)):
        w.at(t + 0.1, lv, 'time="@ISOS@" level=info msg="Validating BackupStorageLocation" backup-storage-location=velero/default '
             'controller=backup-storage-location ' + ls.format(152))
        w.at(t + 0.5, lv, f'time="@ISOS@" level=error msg="fail to validate backup store" backup-storage-location=velero/default '
             f'controller=backup-storage-location error="{err}" error.file="/go/src/velero-plugin-for-aws/velero-plugin-for-aws/'
             f'object_store.go:474" error.function="main.(*ObjectStore).ListCommonPrefixes" ' + ls.format(177), ev=True)
        w.at(t + 0.6, lv, 'time="@ISOS@" level=info msg="BackupStorageLocations is unavailable" controller=backup-storage-location '
             + ls.format(193))
        if k % 2 == 0:
            w.at(t + 0.7, lv, 'time="@ISOS@" level=error msg="Current BackupStorageLocations available/unavailable/unknown: 0/1/0)" '
                 'controller=backup-storage-location ' + ls.format(194), ev=k == 0)
    w.at(30, lv, f'time="@ISOS@" level=info msg="Schedule is due, going to submit backup." controller=schedule schedule=velero/daily '
         'logSource="pkg/controller/schedule_controller.go:171"')
    w.at(30.2, lv, f'time="@ISOS@" level=info msg="Setting up backup log" backup=velero/{bk} controller=backup '
         'logSource="pkg/controller/backup_controller.go:241"')
    w.at(30.3, lv, f'time="@ISOS@" level=info msg="backup failed validation" backup=velero/{bk} controller=backup '
         'error="backup can\'t be created because backup storage location default is currently in unavailable state" '
         'logSource="pkg/controller/backup_controller.go:262"')
    w.at(30.4, lv, f'time="@ISOS@" level=info msg="Updating backup\'s final status" backup=velero/{bk} controller=backup '
         'phase=FailedValidation logSource="pkg/controller/backup_controller.go:305"')
    w.at(95, lv, f'time="@ISOS@" level=error msg="Error listing backups in backup store" backupLocation=velero/default '
         f'controller=backup-sync error="{err}" logSource="pkg/controller/backup_sync_controller.go:112"', ev=True)
    w.at(96, lv, 'time="@ISOS@" level=info msg="plugin process exited" cmd=/plugins/velero-plugin-for-aws '
         f'id={rng.randint(100, 999)} logSource="pkg/plugin/clientmgmt/process/logrus_adapter.go:80" plugin=/plugins/velero-plugin-for-aws')
    w.at(200, lv, 'time="@ISOS@" level=info msg="Checking for expired DeleteBackupRequests" controller=backup-deletion '
         'logSource="pkg/controller/backup_deletion_controller.go:551"')
    w.at(200.1, lv, 'time="@ISOS@" level=info msg="Done checking for expired DeleteBackupRequests" controller=backup-deletion '
         'logSource="pkg/controller/backup_deletion_controller.go:579"')
    w.at(250, lv, 'time="@ISOS@" level=warning msg="The specified default backup location named \\"default\\" is not available; '
         'backups will fail until it is" logSource="pkg/cmd/server/server.go:642"')
    return record(
        "velero_minio_403",
        "Did last night's cluster backups actually run? The Velero dashboard shows nothing for today.",
        {"namespace": ns}, w, "ERROR", "auth_failure", "velero",
        "Velero's credentials for the MinIO/S3 backup bucket are rejected (AccessDenied, HTTP 403), so the default "
        "BackupStorageLocation is marked unavailable and the scheduled backup fails validation.",
        "The 01:00 daily backup was submitted but ended FailedValidation because the storage location is unavailable; "
        "every BSL validation and backup sync call gets 403 AccessDenied from the object store.",
        "Update the cloud-credentials secret with a valid access key for the backup bucket (or restore the MinIO "
        "user/policy), wait for the BSL to become Available and run the backup manually.")


def s_triton_model_config(rng):
    w = Win(rng, start_dt(rng, hour_range=(10, 12)))
    ns = "vision"
    tp = f"triton-vision-{rid(rng, 10)}-{rid(rng, 5)}"
    node = f"gpu-l4-{rng.randint(1, 6):02d}.dc1.corp"
    lt = L(namespace=ns, pod=tp, container="triton", node=node, app="triton-vision")
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="vision-onprem")
    ia = f"inspection-api-{rid(rng, 10)}-{rid(rng, 5)}"
    li = L(namespace=ns, pod=ia, container="inspection-api", node=f"cpu-{rng.randint(1, 9):02d}.dc1.corp", app="inspection-api")
    svc = ip(rng, "10.96.14")
    msg = ("Invalid argument: model 'yolov8_det', tensor 'images': the model expects 4 dimensions (shape [-1,3,640,640]) but the "
           "model configuration specifies 3 dimensions (an initial batch dimension because max_batch_size > 0 followed by the "
           "explicit tensor shape, making complete shape [-1,640,640])")

    def run(t, n):
        w.at(t, lt, f"I@KLOG@ 1 pinned_memory_manager.cc:277] Pinned memory pool is created at '0x7f{hexs(rng, 10)}' with size 268435456")
        w.at(t + 0.01, lt, "I@KLOG@ 1 cuda_memory_manager.cc:107] CUDA memory pool is created on device 0 with size 67108864")
        w.at(t + 0.2, lt, "I@KLOG@ 1 model_lifecycle.cc:469] loading: resnet50_trt:1")
        w.at(t + 0.2, lt, "I@KLOG@ 1 model_lifecycle.cc:469] loading: yolov8_det:3")
        w.at(t + 0.6, lt, "I@KLOG@ 1 onnxruntime.cc:2608] TRITONBACKEND_ModelInitialize: yolov8_det (version 3)")
        w.at(t + 0.7, lt, f"E@KLOG@ 1 model_lifecycle.cc:638] failed to load 'yolov8_det' version 3: {msg}", ev=True)
        w.at(t + 0.7, lt, "I@KLOG@ 1 model_lifecycle.cc:773] failed to load 'yolov8_det'")
        w.at(t + 4.1, lt, "I@KLOG@ 1 tensorrt.cc:400] TRITONBACKEND_ModelInstanceInitialize: resnet50_trt_0_0 (GPU device 0)")
        w.at(t + 6.3, lt, "I@KLOG@ 1 model_lifecycle.cc:835] successfully loaded 'resnet50_trt'")
        w.at(t + 6.4, lt, "W@KLOG@ 1 metrics.cc:631] Unable to get power limit for GPU 0. Status:Success, value:0.000000")
        w.at(t + 6.5, lt, f"| yolov8_det   | 3       | UNAVAILABLE: {msg} |")
        w.at(t + 6.6, lt, "I@KLOG@ 1 server.cc:307] Waiting for in-flight requests to complete.")
        w.at(t + 6.6, lt, "I@KLOG@ 1 server.cc:323] Timeout 30: Found 0 model versions that have in-flight inferences")
        w.at(t + 7.4, lt, "error: creating server: Internal - failed to load all models", ev=True)
        w.evh(t + 8, le, "Pod", tp, "BackOff", f"Back-off restarting failed container triton in pod {tp}_{ns}({w.uid(tp)})",
              typ="Warning", host=node, count=n)
    run(6, 5)
    run(172, 6)

    def inspect():
        return rng.choice([
            f"[@SPD@] [inspection] [error] triton infer failed for frame {rng.randint(100000, 999999)}: failed to connect to all "
            f"addresses; last error: UNAVAILABLE: ipv4:{svc}:8001: Connection refused",
            f"[@SPD@] [inspection] [warning] dropping frame {rng.randint(100000, 999999)} from camera line{rng.randint(1, 4)}-cam"
            f"{rng.randint(1, 8)}, inference queue full (depth 512)",
        ])
    w.spread(0, 300, 11, li, inspect)
    for t in (0, 120, 240):
        w.at(t + rng.uniform(0, 3), li, f"[@SPD@] [inspection] [info] stats window=60s frames_in={rng.randint(7100, 7300)} "
             f"frames_inferred={0 if t else rng.randint(300, 900)} frames_dropped={rng.randint(5000, 7000)}")
    return record(
        "triton_model_config",
        "inspection-api can't reach triton-vision (connection refused on 8001) since we updated the model repository. What broke?",
        {"namespace": ns}, w, "CRITICAL", "config_error", "triton-vision",
        "The new config.pbtxt for model yolov8_det (version 3) declares the 'images' input with 3 dims while "
        "max_batch_size > 0 and the ONNX model expects [-1,3,640,640]; Triton fails to load the model and, with strict "
        "model loading, exits ('failed to load all models') on every start.",
        "triton-vision crash-loops: each start loads resnet50_trt fine, fails yolov8_det with an input-shape mismatch "
        "against its model configuration and exits; inspection-api sees connection refused on :8001 and drops frames.",
        "Fix the yolov8_det config.pbtxt input dims to [3,640,640] (or revert the model repository change); optionally run "
        "Triton with --exit-on-error=false / --strict-readiness so one bad model does not take down the others.")


def s_oauth2proxy_cookie_secret(rng):
    w = Win(rng, start_dt(rng, hour_range=(12, 15)))
    ns = "dashboards"
    oh, nh = rid(rng, 10), rid(rng, 10)
    olds = [f"oauth2-proxy-{oh}-{rid(rng, 5)}" for _ in range(2)]
    newp = f"oauth2-proxy-{nh}-{rid(rng, 5)}"

    def lo():
        return L(namespace=ns, pod=rng.choice(olds), container="oauth2-proxy", app="oauth2-proxy")
    ln = L(namespace=ns, pod=newp, container="oauth2-proxy", app="oauth2-proxy")
    users = ["alice", "bob", "carol.w", "d.okafor", "eva.m", "frank"]
    paths = ["/api/ds/query?ds_type=prometheus", "/api/dashboards/uid/k8s-overview", "/public/build/app.js", "/api/search?query=",
             "/api/annotations?from=1"]

    def access():
        u = rng.choice(users)
        return (f"10.2.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - {hexs(rng, 32)} - {u}@corp.example.com "
                f"[@GO@] grafana.corp.example.com GET - \"{rng.choice(paths)}\" HTTP/1.1 \"Mozilla/5.0 (X11; Linux x86_64) "
                f"AppleWebKit/537.36\" 200 {rng.randint(300, 90000)} 0.0{rng.randint(10, 99)}")
    w.spread(0, 300, 18, lo, access)
    w.at(44, lo(), "[@GO@] [oauthproxy.go:1013] Error loading cookied session: http: named cookie not present, removing session")
    w.at(45, lo(), f"10.2.3.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - {hexs(rng, 32)} - guest@partner.example.org "
         "[@GO@] [AuthFailure] Invalid authentication via OAuth2: unauthorized")
    w.at(46, lo(), f"10.2.3.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} - {hexs(rng, 32)} - guest@partner.example.org "
         "[@GO@] grafana.corp.example.com GET - \"/oauth2/callback?state=...\" HTTP/1.1 \"Mozilla/5.0\" 403 2788 0.211")
    for t in (15, 31, 62, 113, 195, 278):
        w.at(t, ln, "[@GO@] [main.go:54] invalid configuration:", ev=True)
        w.at(t + 0.001, ln, "  invalid cookie secret: cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is "
             "41 bytes", ev=True)
    return record(
        "oauth2proxy_cookie_secret",
        "The oauth2-proxy rollout in dashboards is stuck and Argo CD shows it Degraded. Grafana still works for me. Anything to worry about?",
        {"namespace": ns, "app": "oauth2-proxy"}, w, "ERROR", "config_error", "oauth2-proxy",
        "The new oauth2-proxy ReplicaSet gets a cookie secret of 41 bytes; oauth2-proxy rejects the configuration "
        "(cookie_secret must be 16, 24 or 32 bytes) and exits immediately, so the new pod crash-loops.",
        "The pod of the new revision exits at start-up with 'invalid configuration: invalid cookie secret' on every "
        "restart; the two old pods keep serving Grafana (200s, one routine 403 for a user outside the allowed group).",
        "Fix the cookie-secret value in the Secret (e.g. `openssl rand -base64 32 | tr -- '+/' '-_'`) and restart the "
        "rollout; until then the deployment cannot roll or scale.")


def s_jenkins_ephemeral_storage(rng):
    w = Win(rng, start_dt(rng, hour_range=(10, 16)))
    ns = "jenkins"
    lj = L(namespace=ns, pod="jenkins-0", container="jenkins", app="jenkins")
    le = L(namespace=ns, app="kubernetes-event-exporter", source="kubernetes-event-exporter")
    nodes = [f"ip-10-60-{rng.randint(0, 63)}-{rng.randint(2, 250)}.eu-north-1.compute.internal" for _ in range(2)]
    builds = [("checkout-service", "main", rng.randint(800, 900)), ("pricing-engine", "PR-" + str(rng.randint(1000, 1999)), rng.randint(3, 12))]
    t = 2
    for k, (job, br, num) in enumerate(builds):
        agent = f"jenkins-agent-maven-{rid(rng, 5)}"
        n = nodes[k]
        la = L(namespace=ns, pod=agent, container="jnlp", app="jenkins-agent-maven")
        w.at(t, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\to.c.j.p.k.KubernetesLauncher#launch: Created Pod: kubernetes "
             f"{ns}/{agent}")
        w.evx(t + 0.4, le, ns, "Pod", agent, "Scheduled", f"Successfully assigned {ns}/{agent} to {n}", comp="default-scheduler")
        w.at(t + 6, la, "@JUL@ hudson.remoting.jnlp.Main$CuiListener status")
        w.at(t + 6.01, la, "INFO: Connected")
        w.at(t + 6.5, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\to.c.j.p.k.KubernetesLauncher#launch: Pod is running: "
             f"kubernetes {ns}/{agent}")
        w.at(t + 7, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\thudson.slaves.NodeProvisioner#update: {agent} provisioning "
             "successfully completed. We have now 3 computer(s)")
        dt = rng.uniform(150, 200)
        used = rng.randint(38_000_000, 46_000_000)
        evm = (f"The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: {rng.randint(8_100_000, 9_900_000)}Ki. "
               f"Container maven was using {used}Ki, request is 0, has larger consumption of ephemeral-storage. Container jnlp was "
               f"using {rng.randint(60, 300)}Ki, request is 0, has larger consumption of ephemeral-storage.")
        w.evx(t + dt, le, ns, "Pod", agent, "Evicted", evm, typ="Warning", host=n, ev=True)
        w.evx(t + dt + 0.2, le, ns, "Pod", agent, "Killing", "Stopping container maven", host=n)
        w.evx(t + dt + 0.25, le, ns, "Pod", agent, "Killing", "Stopping container jnlp", host=n)
        w.at(t + dt + 0.5, la, "@JUL@ hudson.remoting.jnlp.Main$CuiListener status")
        w.at(t + dt + 0.51, la, "INFO: Terminated")
        w.at(t + dt + 1.0, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\to.c.j.p.k.p.r.Reaper$TerminateAgentOnPodFailure#onEvent: "
             f"{ns}/{agent} Pod just failed. Removing the corresponding Jenkins agent. Reason: Evicted, Message: {evm}", ev=True)
        w.at(t + dt + 1.4, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tWARNING\th.r.SynchronousCommandTransport$ReaderThread#run: "
             f"I/O error in channel {agent}")
        w.at(t + dt + 1.41, lj, "java.nio.channels.ClosedChannelException")
        w.at(t + dt + 2.2, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\to.j.p.workflow.job.WorkflowRun#finish: {job}/{br} #{num} "
             "completed: FAILURE")
        t += rng.uniform(90, 130)
    for _ in range(5):
        w.at(rng.uniform(0, 330), lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tINFO\to.j.p.workflow.job.WorkflowRun#finish: "
             f"{rng.choice(['docs-site', 'infra-terraform', 'helm-charts', 'mobile-bff'])}/main #{rng.randint(100, 999)} completed: SUCCESS")
    w.at(80, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tWARNING\thudson.security.csrf.CrumbFilter#doFilter: Found invalid crumb "
         f"{hexs(rng, 64)}. If you are calling this URL with a script, please use the API Token instead. More information: "
         "https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script")
    w.at(81, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tWARNING\thudson.security.csrf.CrumbFilter#doFilter: No valid crumb was "
         "included in request for /job/helm-charts/build by automation. Returning 403.")
    w.at(200, lj, f"@JENK@ [id={rng.randint(100, 9999)}]\tWARNING\tj.branch.WorkspaceLocatorImpl#getWorkspaceRoot: JENKINS-2111 "
         "path sanitization ineffective when using legacy Workspace Root Directory ‘${ITEM_ROOTDIR}/workspace’; switch to "
         "‘${JENKINS_HOME}/workspace/${ITEM_FULL_NAME}’ as in JENKINS-8446 / JENKINS-21942")
    return record(
        "jenkins_ephemeral_storage",
        "Maven builds on Jenkins die halfway through with 'Agent went offline during the build'. Is it the network?",
        {"namespace": ns}, w, "ERROR", "resource_exhausted", "jenkins-agent-maven",
        "The jenkins-agent-maven pods have no ephemeral-storage request/limit; the maven container writes ~40 GiB "
        "(local repo + build output) to the node's disk until the kubelet evicts the pod for ephemeral-storage pressure.",
        "Each Maven build's agent pod is evicted by the kubelet ('node was low on resource: ephemeral-storage', maven "
        "using ~40 GiB), the channel closes and the build fails; other builds succeed. The CSRF/crumb and JENKINS-2111 "
        "warnings are unrelated noise.",
        "Give the maven pod template an ephemeral-storage request/limit and a dedicated (generic ephemeral or emptyDir "
        "with sizeLimit) volume for ~/.m2 and target, or use a shared Maven cache; make sure nodes have enough disk.")


def s_emqx_emfile(rng):
    w = Win(rng, start_dt(rng, hour_range=(6, 22)))
    ns = "mqtt"
    nodes = [f"k8s-iot-{rng.randint(1, 9):02d}" for _ in range(3)]

    def le_(i):
        return L(namespace=ns, pod=f"emqx-{i}", container="emqx", node=nodes[i], app="emqx")
    gh = rid(rng, 10)
    gws = {f"fleet-gateway-{gh}-{rid(rng, 5)}": nodes[i] for i in range(2)}

    def lg():
        p = rng.choice(sorted(gws))
        return L(namespace=ns, pod=p, container="fleet-gateway", app="fleet-gateway", node=gws[p])
    for t in sorted(rng.uniform(20, 330) for _ in range(11)):
        i = 0 if rng.random() < 0.7 else 1
        w.at(t, le_(i), f"@ISOTZ@ [error] msg: accept_error, mfa: esockd_acceptor:accept_failed/3, listener: 'tcp:default', "
             "reason: emfile", ev=True)
    w.at(15, le_(0), "@ISOTZ@ [warning] msg: alarm_is_activated, message: <<\"connection congestion on listener tcp:default\">>, "
         "name: conn_congestion")
    for _ in range(3):
        i = rng.randrange(3)
        w.at(rng.uniform(0, 330), le_(i), f"@ISOTZ@ [warning] msg: long_schedule, info: [{{timeout,{rng.randint(240, 400)}}},"
             f"{{in,{{gen_server,loop,7}}}},{{out,{{gen_server,loop,7}}}}], procinfo: [{{pid,<0.{rng.randint(1000, 9999)}.0>}}]")
    for _ in range(4):
        i = rng.randrange(3)
        w.at(rng.uniform(0, 330), le_(i), f"@ISOTZ@ [warning] clientid: dev-{rng.randint(10000, 99999)}, peername: "
             f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65000)}, msg: "
             "client_disconnected, reason: keepalive_timeout")
    w.at(2, le_(2), "@ISOTZ@ [info] msg: cluster_rpc_apply_result, result: ok, tnx_id: 412")

    def gw():
        return rng.choice([
            json.dumps({"time": "@ISO@", "level": "ERROR", "msg": "mqtt connect failed", "broker": "tcp://emqx-listeners.mqtt.svc:1883",
                        "client_id": f"gw-{rng.randint(100, 999)}",
                        "err": f"read tcp 10.42.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}->10.43.12.7:1883: "
                               "read: connection reset by peer", "attempt": rng.randint(2, 9)}),
            json.dumps({"time": "@ISO@", "level": "WARN", "msg": "device offline threshold exceeded",
                        "offline": rng.randint(21000, 34000), "fleet": 64200}),
            json.dumps({"time": "@ISO@", "level": "INFO", "msg": "mqtt connected", "broker": "tcp://emqx-listeners.mqtt.svc:1883",
                        "client_id": f"gw-{rng.randint(100, 999)}", "session_present": True}),
        ])
    w.spread(0, 330, 14, lg, gw)
    return record(
        "emqx_emfile",
        "Half the device fleet shows offline and the gateways log 'connection reset by peer' to the broker. Is EMQX down?",
        {"namespace": ns}, w, "CRITICAL", "resource_exhausted", "emqx",
        "The EMQX nodes (mainly emqx-0) have exhausted their open-file-descriptor limit: the TCP listener can no longer "
        "accept sockets (accept_error reason emfile), so reconnecting devices and gateways are reset.",
        "EMQX keeps running but its tcp:default listener fails every accept with emfile; gateways see connection resets "
        "and up to half of the ~64k devices stay offline. Keepalive disconnects and long_schedule warnings are background noise.",
        "Raise the nofile limit for the EMQX containers (runtime LimitNOFILE / securityContext/ulimit) and spread "
        "connections across nodes (LB balancing, more replicas); restart emqx-0 once the limit is raised.")


def s_timescaledb_readonly(rng):
    w = Win(rng, start_dt(rng, hour_range=(3, 5)))
    ns = "tsdb"

    def lt(i):
        return L(namespace=ns, pod=f"timescaledb-{i}", container="timescaledb", app="timescaledb")
    ma = [f"metrics-api-{rid(rng, 10)}-{rid(rng, 5)}" for _ in range(2)]

    def lm():
        return L(namespace=ns, pod=rng.choice(ma), container="metrics-api", app="metrics-api")
    pid = rng.randint(2000, 9000)
    t_s = w.t0 // 10 ** 9
    sid_b = f"{t_s - rng.randint(100, 900):x}.{pid:x}"          # backend session id (%c)
    sid_w = f"{t_s - 86400 * 3:x}.{pid - 120:x}"                 # WAL writer, started with the server
    sid_pm = f"{t_s - 86400 * 3:x}.1"
    sid_r = f"{t_s - 86400 * 5:x}"
    w.at(0, lt(0), "@SPC@ INFO: no action. I am (timescaledb-0), the leader with the lock")
    w.at(2, lt(1), "@SPC@ INFO: no action. I am (timescaledb-1), a secondary, and following a leader (timescaledb-0)")
    w.at(3, lt(2), "@SPC@ INFO: no action. I am (timescaledb-2), a secondary, and following a leader (timescaledb-0)")
    w.at(8.1, lt(0), f"@PGS@ [{pid}]: [{sid_b}-3] metrics@metrics,app=metrics-api [58030] ERROR:  could not "
         f"extend file \"base/16384/{rng.randint(2400000, 2500000)}.3\": Input/output error", ev=True)
    w.at(8.11, lt(0), f"@PGS@ [{pid}]: [{sid_b}-4] metrics@metrics,app=metrics-api [58030] HINT:  Check free disk space.")
    w.at(8.6, lt(0), f"@PGS@ [{pid - 120}]: [{sid_w}-1] @,app= [58030] PANIC:  could not fdatasync file "
         f"\"000000040000002A000000B7\": Input/output error", ev=True)
    w.at(8.9, lt(0), f"@PGS@ [1]: [{sid_pm}-5] @,app= [00000] LOG:  WAL writer process (PID %d) was terminated by signal 6: Aborted" % (pid - 120))
    w.at(8.91, lt(0), f"@PGS@ [1]: [{sid_pm}-6] @,app= [00000] LOG:  terminating any other active server processes")
    w.at(9.3, lt(0), f"@PGS@ [1]: [{sid_pm}-7] @,app= [00000] LOG:  all server processes terminated; reinitializing")
    w.at(9.4, lt(0), f"@PGS@ [1]: [{sid_pm}-8] @,app= [00000] FATAL:  could not write lock file \"postmaster.pid\": "
         "Read-only file system", ev=True)
    w.at(10.2, lt(0), "@SPC@ WARNING: Postgresql is not running.")
    w.at(10.3, lt(0), "@SPC@ INFO: Lock owner: timescaledb-0; I am timescaledb-0")
    w.at(10.5, lt(0), "@SPC@ ERROR: Exception when called state_handler.start()")
    w.at(10.6, lt(0), "OSError: [Errno 30] Read-only file system: '/var/lib/postgresql/data/postmaster.opts'", ev=True)
    w.at(11.0, lt(0), "@SPC@ INFO: failed to start postgres")
    w.at(41, lt(0), "@SPC@ INFO: demoted self because failed to start postgres as the leader")
    w.at(43.2, lt(1), "@SPC@ INFO: promoted self to leader by acquiring session lock")
    w.at(43.3, lt(1), f"@PGS@ [88]: [{sid_r}.58-2] @,app= [00000] LOG:  received promote request")
    w.at(43.5, lt(1), f"@PGS@ [88]: [{sid_r}.58-3] @,app= [00000] LOG:  redo done at 2A/B7FFE1C8 system usage: CPU: user: 0.00 s, "
         "system: 0.00 s, elapsed: 0.00 s")
    w.at(44.1, lt(1), f"@PGS@ [88]: [{sid_r}.58-4] @,app= [00000] LOG:  selected new timeline ID: 5")
    w.at(44.6, lt(1), f"@PGS@ [61]: [{sid_r}.3d-3] @,app= [00000] LOG:  database system is ready to accept connections")
    w.at(46, lt(1), "@SPC@ INFO: cleared rewind state after becoming the leader")
    w.at(47, lt(2), "@SPC@ INFO: Local timeline=4 lsn=2A/B7FFE1C8")
    w.at(48, lt(2), "@SPC@ INFO: no action. I am (timescaledb-2), a secondary, and following a leader (timescaledb-1)")
    w.at(70, lt(0), "@SPC@ INFO: Lock owner: timescaledb-1; I am timescaledb-0")
    w.at(70.2, lt(0), "@SPC@ ERROR: Error when fetching backup: pg_basebackup exited with code=1")
    w.at(70.3, lt(0), "pg_basebackup: error: could not create directory \"/var/lib/postgresql/data.new\": Read-only file system", ev=True)

    def api_line(t):
        if t < 8:
            return f"@HMS@ [metrics-api-akka.actor.default-dispatcher-{rng.randint(5, 20)}] INFO  c.a.metrics.http.Routes - POST " \
                   f"/v1/series/write 204 ({rng.randint(3, 40)} ms, {rng.randint(200, 2000)} points)"
        if t < 45:
            return rng.choice([
                f"@HMS@ [metrics-api-akka.actor.default-dispatcher-{rng.randint(5, 20)}] ERROR c.a.metrics.repo.SeriesRepo - write "
                "failed: org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode",
                f"@HMS@ [metrics-api-akka.actor.default-dispatcher-{rng.randint(5, 20)}] WARN  com.zaxxer.hikari.pool.PoolBase - "
                "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@" + hexs(rng, 8) +
                " (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
                f"@HMS@ [metrics-api-akka.actor.default-dispatcher-{rng.randint(5, 20)}] ERROR c.a.metrics.repo.SeriesRepo - write "
                "failed: org.postgresql.util.PSQLException: Connection to timescaledb.tsdb.svc:5432 refused. Check that the "
                "hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            ])
        return f"@HMS@ [metrics-api-akka.actor.default-dispatcher-{rng.randint(5, 20)}] INFO  c.a.metrics.http.Routes - POST " \
               f"/v1/series/write 204 ({rng.randint(3, 60)} ms, {rng.randint(200, 2000)} points)"
    for t in [rng.uniform(0, 8) for _ in range(3)] + [rng.uniform(9, 44) for _ in range(9)] + [rng.uniform(46, 90) for _ in range(4)]:
        w.at(t, lm(), api_line(t))
    return record(
        "timescaledb_readonly",
        f"metrics-api is throwing 'the database system is in recovery mode' and we lost some writes around {wdt(w, 8):%H:%M}. "
        "What happened to TimescaleDB?",
        {"namespace": ns}, w, "CRITICAL", "storage", "timescaledb",
        "The data volume of the TimescaleDB primary timescaledb-0 started returning I/O errors and was remounted "
        "read-only: PostgreSQL PANICs on fdatasync of WAL, cannot restart (postmaster.pid: Read-only file system) and "
        "Patroni fails over to timescaledb-1.",
        "I/O errors on timescaledb-0's volume crash the primary (PANIC on WAL fdatasync); the filesystem is read-only so "
        "it cannot restart or re-clone, and timescaledb-1 is promoted. metrics-api errors (recovery mode, refused, Hikari) "
        "are the fallout during the ~40 s failover; the cluster now runs without timescaledb-0.",
        "Check the underlying block device/PV of timescaledb-0 (dmesg, CSI/Ceph health), replace the volume and re-init "
        "the replica from the new leader; verify no WAL was lost on the promoted timeline.")


def s_zot_rbd_mount(rng):
    w = Win(rng, start_dt(rng, hour_range=(7, 9)))
    ns = "registry"
    oh, nh = rid(rng, 10), rid(rng, 10)
    oldp, newp = f"zot-{oh}-{rid(rng, 5)}", f"zot-{nh}-{rid(rng, 5)}"
    on, nn = f"k8s-worker-{rng.randint(1, 9):02d}", f"k8s-worker-{rng.randint(10, 19):02d}"
    le = L(namespace=ns, app="kubernetes-event-exporter", source="kubernetes-event-exporter")
    lo = L(namespace=ns, pod=oldp, container="zot", node=on)
    pvc = f"pvc-{uuid4(rng)}"
    vol = f"csi-vol-{uuid4(rng)}"

    def zlog(msg, level="info", **kw):
        d = {"level": level, "time": "@ISOTZ@"}
        d.update(kw)
        d["message"] = msg
        return json.dumps(d)
    for _ in range(4):
        w.at(rng.uniform(0, 8), lo, zlog("HTTP API", module="http", component="session", clientIP=f"10.233.{rng.randint(60, 90)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}",
                                         method="GET", path=f"/v2/ci/{rng.choice(['golang', 'node', 'kaniko', 'python'])}/manifests/{rng.choice(['1.22', '20', 'v1.23.2', '3.12'])}",
                                         statusCode=200, latency=f"{rng.uniform(0.5, 9):.3f}ms"))
    w.evx(9, le, ns, "Deployment", "zot", "ScalingReplicaSet", f"Scaled down replica set zot-{oh} to 0 from 1",
          comp="deployment-controller", api="apps/v1")
    w.evx(9.2, le, ns, "Pod", oldp, "Killing", "Stopping container zot", host=on)
    w.at(9.4, lo, zlog("received signal", signal="terminated"))
    w.at(9.6, lo, zlog("shutting down http server"))
    w.evx(12, le, ns, "Deployment", "zot", "ScalingReplicaSet", f"Scaled up replica set zot-{nh} to 1 from 0",
          comp="deployment-controller", api="apps/v1")
    w.evx(12.3, le, ns, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {nn}", comp="default-scheduler")
    w.evx(14.1, le, ns, "Pod", newp, "SuccessfulAttachVolume", f'AttachVolume.Attach succeeded for volume "{pvc}" ',
          comp="attachdetach-controller")
    mon = "10.43.12.10:6789,10.43.12.11:6789,10.43.12.12:6789"
    fm = (f'MountVolume.MountDevice failed for volume "{pvc}" : rpc error: code = Internal desc = rbd: map failed with error an '
          f'error (exit status 110) occurred while running rbd args: [--id csi-rbd-node -m {mon} --keyfile=***stripped*** map '
          f'replicapool/{vol} --device-type krbd --options noudev], rbd error output: rbd: sysfs write failed\nrbd: map failed: '
          f'(110) Connection timed out')
    for k, t in enumerate((165, 297, 430)):
        w.evx(t, le, ns, "Pod", newp, "FailedMount", fm, typ="Warning", host=nn, count=k + 1, first_ago=int(t - 165), ev=True)
    for k, t in enumerate((136, 270, 404)):
        w.evx(t, le, ns, "Pod", newp, "FailedMount",
              "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: "
              "timed out waiting for the condition", typ="Warning", host=nn, count=k + 1, first_ago=int(t - 136), ev=True)
    ui = f"registry-ui-{rid(rng, 10)}-{rid(rng, 5)}"
    lu = L(namespace=ns, pod=ui, container="nginx", node=on)
    svc = ip(rng, "10.233.31")
    for _ in range(8):
        w.at(rng.uniform(12, 440), lu, f"@GO@ [error] 29#29: *{rng.randint(1000, 9999)} connect() failed (111: Connection refused) "
             f"while connecting to upstream, client: 10.233.{rng.randint(60, 90)}.{rng.randint(2, 250)}, server: _, request: "
             f"\"GET /v2/_catalog?n=100 HTTP/1.1\", upstream: \"http://{svc}:5000/v2/_catalog?n=100\", host: \"registry.corp.example.com\"")
    for _ in range(5):
        w.at(rng.uniform(12, 440), lu, f"10.233.{rng.randint(60, 90)}.{rng.randint(2, 250)} - - [@NGX@] \"GET /v2/_catalog?n=100 "
             f"HTTP/1.1\" 502 157 \"https://registry.corp.example.com/\" \"Mozilla/5.0\"")
    return record(
        "zot_rbd_mount",
        "zot has been stuck in ContainerCreating since this morning's node upgrade, and CI image pulls fail. What's going on?",
        {"namespace": ns}, w, "CRITICAL", "storage", "zot",
        "The new zot pod cannot mount its Ceph RBD data volume: the CSI node plugin's `rbd map` times out (exit 110, "
        "connection timed out to the Ceph monitors), so the volume is never mounted and the registry cannot start.",
        "After the Recreate rollout the old zot pod stopped and the new one hangs in ContainerCreating with repeated "
        "FailedMount (rbd map failed: (110) Connection timed out); the registry has no endpoints, the UI proxy gets "
        "connection refused and CI pulls fail.",
        "Check Ceph health and monitor reachability from the new node (rook-ceph csi-rbdplugin logs, network/firewall "
        "to 6789/3300), fix it or schedule zot on a node that can map RBD images.")


def s_temporal_pg_too_many(rng):
    w = Win(rng, start_dt(rng, hour_range=(11, 14)))
    ns = "temporal"
    hh = rid(rng, 10)
    hist = [f"temporal-history-{hh}-{rid(rng, 5)}" for _ in range(3)]
    fe = [f"temporal-frontend-{rid(rng, 10)}-{rid(rng, 5)}"]
    mt = [f"temporal-matching-{rid(rng, 10)}-{rid(rng, 5)}"]
    wk = f"temporal-worker-{rid(rng, 10)}-{rid(rng, 5)}"
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="wf-prod")
    lpg = L(namespace=ns, pod="temporal-postgresql-0", container="postgresql", service_name="temporal-postgresql")

    def lab(pod, c):
        return L(namespace=ns, pod=pod, container=c, service_name=c)
    w.evh(4, le, "HorizontalPodAutoscaler", "temporal-history", "SuccessfulRescale",
          "New size: 8; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler",
          api="autoscaling/v2")
    w.evh(4.2, le, "Deployment", "temporal-history", "ScalingReplicaSet", f"Scaled up replica set temporal-history-{hh} to 8 from 3",
          comp="deployment-controller", api="apps/v1")
    for _ in range(7):
        w.at(rng.uniform(30, 300), lpg, f"@PGG@ [{rng.randint(3000, 9000)}] FATAL:  sorry, too many clients already", ev=True)
    for _ in range(3):
        w.at(rng.uniform(30, 300), lpg, f"@PGG@ [{rng.randint(3000, 9000)}] FATAL:  remaining connection slots are reserved for "
             "non-replication superuser connections", ev=True)
    w.at(12, lpg, "@PGG@ [62] LOG:  checkpoint starting: time")
    w.at(14.8, lpg, "@PGG@ [62] LOG:  checkpoint complete: wrote 2411 buffers (14.7%); 0 WAL file(s) added, 1 removed, 2 recycled; "
         "write=2.611 s, sync=0.044 s, total=2.702 s; sync files=88, longest=0.009 s, average=0.001 s; distance=31881 kB, estimate=32212 kB")

    def tj(level, msg, **kw):
        d = {"level": level, "ts": "@ISO@", "msg": msg}
        d.update(kw)
        return json.dumps(d)
    for _ in range(8):
        op = rng.choice(["GetWorkflowExecution", "UpdateWorkflowExecution", "GetCurrentExecution", "AppendHistoryNodes"])
        w.at(rng.uniform(30, 300), lab(rng.choice(hist), "temporal-history"),
             tj("error", "Operation failed with internal error.", error=f"{op}: pq: sorry, too many clients already",
                operation=op, **{"shard-id": rng.randint(1, 512), "logging-call-at": "persistence_metric_clients.go:1281"}))
    for _ in range(4):
        w.at(rng.uniform(30, 300), lab(fe[0], "temporal-frontend"),
             tj("error", "service failures", operation="StartWorkflowExecution",
                error="GetOrCreateShard: failed to get shard. Error: pq: sorry, too many clients already",
                **{"wf-namespace": "orders", "logging-call-at": "telemetry.go:410"}))
    for _ in range(3):
        w.at(rng.uniform(30, 300), lab(mt[0], "temporal-matching"),
             tj("info", "matching client encountered error", service="frontend", error="context deadline exceeded",
                **{"service-error-type": "serviceerror.DeadlineExceeded", "logging-call-at": "metric_client.go:90"}))
    w.at(150, lab(wk, "temporal-worker"), tj("warn", "Failed to poll for task.", Namespace="temporal-system",
                                             TaskQueue="temporal-sys-tq-scanner-taskqueue-0", WorkerType="WorkflowWorker",
                                             Error="context deadline exceeded"))
    w.at(2, lab(fe[0], "temporal-frontend"), tj("warn", "Dynamic config key is deprecated", key="frontend.enableClientVersionCheck"))
    return record(
        "temporal_pg_too_many",
        "Temporal workflows are stuck and workers log 'Failed to poll for task'. Is Temporal down?",
        {"namespace": ns}, w, "ERROR", "database", "temporal-postgresql",
        "The HPA scaled temporal-history from 3 to 8 pods; their connection pools together exceed PostgreSQL's "
        "max_connections, so temporal-postgresql refuses new connections ('sorry, too many clients already') and "
        "persistence operations fail.",
        "Since the history scale-out, temporal-postgresql rejects connections for lack of slots; history and frontend "
        "persistence calls fail with 'pq: sorry, too many clients already' and pollers/matching time out downstream.",
        "Raise max_connections (or put PgBouncer in front) and cap the Temporal SQL pool (maxConns per service x "
        "replicas) / HPA maxReplicas so the total stays below the limit.")


def s_harbor_core_dirty(rng):
    w = Win(rng, start_dt(rng, hour_range=(6, 8)))
    ns = "harbor"
    core = f"harbor-core-{rid(rng, 10)}-{rid(rng, 5)}"
    js = f"harbor-jobservice-{rid(rng, 10)}-{rid(rng, 5)}"
    nginx = f"harbor-nginx-{rid(rng, 10)}-{rid(rng, 5)}"
    reg = f"harbor-registry-{rid(rng, 10)}-{rid(rng, 5)}"
    lc = L(namespace=ns, pod=core, container="core", app="harbor", component="core")
    ldb = L(namespace=ns, pod="harbor-database-0", container="database", app="harbor", component="database")
    lj = L(namespace=ns, pod=js, container="jobservice", app="harbor", component="jobservice")
    ln = L(namespace=ns, pod=nginx, container="nginx", app="harbor", component="nginx")
    lr = L(namespace=ns, pod=reg, container="registry", app="harbor", component="registry")
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="platform-1")
    w.at(2.0, ldb, "@PG@ [1184] ERROR:  column \"digest\" of relation \"artifact_accessory\" already exists", ev=True)
    w.at(2.01, ldb, "@PG@ [1184] STATEMENT:  ALTER TABLE artifact_accessory ADD COLUMN digest varchar(1024)")
    for k, t in enumerate((40, 130, 250)):
        w.at(t, lc, "@ISOS@ [INFO] [/common/dao/base.go:67]: Registering database: type-PostgreSQL host-harbor-database "
             "port-5432 database-registry sslmode-\"disable\"")
        w.at(t + 0.1, lc, "@ISOS@ [INFO] [/common/dao/base.go:72]: Register database completed")
        w.at(t + 0.2, lc, "@ISOS@ [INFO] [/common/dao/pgsql.go:135]: Upgrading schema for pgsql ...")
        w.at(t + 0.3, lc, "@ISOS@ [ERROR] [/common/dao/pgsql.go:140]: Failed to upgrade schema, error: \"Dirty database version 140. "
             "Fix and force version.\"", ev=True)
        w.at(t + 0.31, lc, "@ISOS@ [FATAL] [/core/main.go:221]: failed to migrate the database, error: Dirty database version 140. "
             "Fix and force version.", ev=True)
        w.evh(t + 1.5, le, "Pod", core, "BackOff", f"Back-off restarting failed container core in pod {core}_{ns}({w.uid(core)})",
              typ="Warning", host=f"platform-node-{rng.randint(1, 6)}", count=6 + k)
    for _ in range(5):
        w.at(rng.uniform(0, 300), lj, f"@ISOS@ [ERROR] [/pkg/config/rest/rest.go:53]: Failed on load rest config err:Get "
             f"\"http://harbor-core:80/api/v2.0/internalconfig\": dial tcp 10.96.{rng.randint(0, 255)}.{rng.randint(2, 250)}:80: "
             "connect: connection refused, url:http://harbor-core:80/api/v2.0/internalconfig")
    for _ in range(7):
        w.at(rng.uniform(0, 300), ln, f"10.42.{rng.randint(0, 9)}.{rng.randint(2, 250)} - - [@NGX@] \"{rng.choice(['GET /api/v2.0/users/current', 'GET /service/token?scope=repository%3Aci%2Fgolang%3Apull&service=harbor-registry', 'GET /c/login'])} "
             "HTTP/1.1\" 502 157 \"-\" \"docker/24.0.7 go/go1.20.10\" 0.001 0.001 .")
    for _ in range(4):
        w.at(rng.uniform(0, 300), lr, f'time="@ISOS@" level=warning msg="error authorizing context: authorization token required" '
             f'go.version=go1.22.5 http.request.host=harbor.corp.example.com http.request.id={uuid4(rng)} http.request.method=GET '
             'http.request.uri="/v2/" http.request.useragent="docker/24.0.7 go/go1.20.10"')
    return record(
        "harbor_core_dirty",
        "Harbor UI gives 502 and docker login against harbor.corp.example.com fails. Help?",
        {"namespace": ns}, w, "CRITICAL", "database", "harbor-core",
        "The schema migration of the Harbor upgrade failed half-way (ALTER TABLE artifact_accessory: column already "
        "exists) and left the migration table marked dirty at version 140; harbor-core refuses to start on a dirty "
        "database and crash-loops.",
        "harbor-core exits on every start with 'Dirty database version 140. Fix and force version.'; without core the "
        "portal/nginx return 502, the token service is gone (docker login fails) and jobservice cannot load its config.",
        "Back up the registry database, finish/repair the failed migration step by hand, clear the dirty flag "
        "(schema_migrations) to the correct version and restart harbor-core; then verify login and pulls.")


def s_arc_github_rate_limit(rng):
    w = Win(rng, start_dt(rng, hour_range=(13, 17)))
    ns = "arc-systems"
    ctl = f"arc-gha-rs-controller-{rid(rng, 10)}-{rid(rng, 5)}"
    lst = f"k8s-build-x64-{hexs(rng, 8)}-listener"
    lc = L(namespace=ns, pod=ctl, container="manager", app="gha-rs-controller")
    ll = L(namespace=ns, pod=lst, container="listener", app="k8s-build-x64-listener")
    ss = "k8s-build-x64"
    sh = rid(rng, 5)
    req = f"{hexs(rng, 4).upper()}:{hexs(rng, 4).upper()}:{hexs(rng, 7).upper()}:{hexs(rng, 7).upper()}:{hexs(rng, 8).upper()}"
    rl = ('failed to get runner registration token on refresh: github api error: StatusCode 403, RequestID \\"' + req +
          '\\": {\\"message\\":\\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If '
          'you reach out to GitHub Support for help, please include the request ID ' + req + '.\\",\\"documentation_url\\":'
          '\\"https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits\\"}')
    w.at(0, ll, f'@ISOS@\tINFO\tlistener-app.listener\tGetting next message\t{{"lastMessageID": {rng.randint(1000, 3000)}}}')
    w.at(4, ll, f'@ISOS@\tINFO\tlistener-app.worker.kubernetesworker\tCalculated target runner count\t{{"assigned job": 19, '
         f'"decision": 19, "min": 0, "max": 60, "currentRunnerCount": 7, "jobsCompleted": 3}}')
    w.at(4.2, ll, '@ISOS@\tINFO\tlistener-app.worker.kubernetesworker\tScaling ephemeral runner set\t{"assigned job": 19, '
         '"decision": 19, "min": 0, "max": 60, "currentRunnerCount": 7}')
    for t in sorted(rng.uniform(8, 190) for _ in range(8)):
        er = f"{ss}-{sh}-runner-{rid(rng, 5)}"
        w.at(t, lc, f'@ISOS@\tINFO\tEphemeralRunner\tCreating new ephemeral runner registration and updating status with runner '
             f'config\t{{"version": "0.9.3", "ephemeralrunner": {{"name":"{er}","namespace":"arc-runners"}}}}')
        w.at(t + 0.6, lc, f'@ISOS@\tERROR\tEphemeralRunner\tFailed to create new runner registration\t{{"version": "0.9.3", '
             f'"ephemeralrunner": {{"name":"{er}","namespace":"arc-runners"}}, "error": "failed to generate JIT config with generic '
             f'error: {rl}"}}', ev=True)
        if rng.random() < 0.4:
            w.at(t + 0.61, lc, f'@ISOS@\tERROR\tReconciler error\t{{"controller": "ephemeralrunner", "controllerGroup": '
                 f'"actions.github.com", "controllerKind": "EphemeralRunner", "EphemeralRunner": {{"name":"{er}",'
                 f'"namespace":"arc-runners"}}, "namespace": "arc-runners", "name": "{er}", "reconcileID": "{uuid4(rng)}", '
                 f'"error": "failed to generate JIT config with generic error: github api error: StatusCode 403"}}')
    for t in sorted(rng.uniform(215, 330) for _ in range(6)):
        er = f"{ss}-{sh}-runner-{rid(rng, 5)}"
        w.at(t, lc, f'@ISOS@\tINFO\tEphemeralRunner\tCreated ephemeral runner JIT config\t{{"version": "0.9.3", "ephemeralrunner": '
             f'{{"name":"{er}","namespace":"arc-runners"}}, "runnerId": {rng.randint(400000, 499999)}}}')
    w.at(120, lc, f'@ISOS@\tINFO\tEphemeralRunnerSet\tRunner not found on GitHub, skipping removal\t{{"version": "0.9.3", '
         f'"ephemeralrunnerset": {{"name":"{ss}-{hexs(rng, 5)}","namespace":"arc-runners"}}, "runnerId": {rng.randint(400000, 499999)}}}')
    for t in (60, 120, 180, 240, 300):
        w.at(t + rng.uniform(0, 3), ll, f'@ISOS@\tINFO\tlistener-app.listener\tProcessing message\t{{"messageId": {rng.randint(3000, 4000)}, '
             f'"messageType": "RunnerScaleSetJobMessages"}}')
    return record(
        "arc_github_rate_limit",
        "CI jobs waited several minutes for a runner this afternoon. Is ARC broken?",
        {"namespace": ns}, w, "WARN", "rate_limited", "arc-gha-rs-controller",
        "The ARC controller hit GitHub's secondary rate limit (HTTP 403 'You have exceeded a secondary rate limit') while "
        "generating JIT configs for a burst of 19 new runners, so runner registration was delayed until the limit "
        "window passed.",
        "A burst of queued jobs made the controller request many runner registrations at once; GitHub throttled them for "
        "about three minutes, then registrations succeeded again. Runners were late, not broken.",
        "Nothing urgent; if bursts recur, lower the controller's concurrency / spread scale-ups (minRunners warm pool) "
        "or use a GitHub App with higher limits.")


def s_rag_api_429(rng):
    w = Win(rng, start_dt(rng, hour_range=(10, 11)))
    ns = "assistant"
    rh = rid(rng, 10)
    rag = [f"rag-api-{rh}-{rid(rng, 5)}" for _ in range(3)]
    minute = int(w.t0 // 10 ** 9 // 60)
    job = f"kb-reindex-{minute}-{rid(rng, 5)}"

    def lr(p=None):
        return L(namespace=ns, pod=p or rng.choice(rag), container="rag-api", app="rag-api")
    lk = L(namespace=ns, pod=job, container="reindex", app="kb-reindex")
    w.at(0, lk, "@SPD@ | INFO     | reindex.run:main:52 - full reindex requested (FULL_REINDEX=true): 3,412 documents, 812,004 chunks, "
         "model=text-embedding-3-large, concurrency=32")
    for b in range(4):
        w.at(10 + b * 70 + rng.uniform(0, 5), lk, f"@SPD@ | INFO     | reindex.embed:embed_batches:88 - batch {120 + b * 31}/3172 "
             f"(256 chunks) ~{rng.uniform(4.6, 4.9):.1f}M tokens/min", ev=b == 0)
    w.at(150, lk, "@SPD@ | WARNING  | reindex.embed:_call:41 - 429 from provider, backing off 2.0s (attempt 1/8)")

    def sl(level, event, **kw):
        d = {"event": event}
        d.update(kw)
        d.update({"level": level, "logger": kw.pop("logger", "rag.embed"), "timestamp": "@ISOU@"})
        return json.dumps(d)
    for t in sorted(rng.uniform(5, 300) for _ in range(9)):
        p = rng.choice(rag)
        w.at(t, lr(p), 'INFO:httpx:HTTP Request: POST https://api.openai.com/v1/embeddings "HTTP/1.1 429 Too Many Requests"', ev=True)
        ra = rng.randint(20, 900)
        w.at(t + 0.01, lr(p), f"INFO:openai._base_client:Retrying request to /embeddings in {ra / 1000:.6f} seconds")
        w.at(t + ra / 1000 + 0.3, lr(p), 'INFO:httpx:HTTP Request: POST https://api.openai.com/v1/embeddings "HTTP/1.1 200 OK"')
    for t in (88, 231):
        w.at(t, lr(), sl("error", "request failed", path="/v1/answer", status=503, error=(
            "RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for text-embedding-3-large in "
            "organization org-Qm2xV8 on tokens per min (TPM): Limit 5000000, Used 4991823, Requested 10240. Please try again "
            "in 24ms. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, "
            "'code': 'rate_limit_exceeded'}}"), request_id=hexs(rng, 16)), ev=True)
    for _ in range(6):
        w.at(rng.uniform(0, 300), lr(), sl("info", "answer served", path="/v1/answer", status=200,
                                           latency_ms=rng.randint(1800, 7400), retrieval_k=8, logger="rag.api"))
    w.at(40, lr(), sl("warning", "invalid api key", path="/v1/answer", status=401, key_prefix="rk-test", logger="rag.auth"))
    return record(
        "rag_api_429",
        "Assistant answers are slow this morning and a couple of users got 'Something went wrong'. Is the model provider down?",
        {"namespace": ns}, w, "WARN", "rate_limited", "kb-reindex",
        "The kb-reindex job runs a full re-embedding at ~4.7M tokens/min against the same OpenAI organisation, consuming "
        "almost the whole 5M TPM limit; rag-api's embedding calls get 429 rate-limit responses.",
        "While the full reindex runs, rag-api's query embeddings are throttled (429) and retried; most succeed after a "
        "short back-off (slow answers) and a few exceed the retries and return 503. The provider is up.",
        "Throttle kb-reindex (lower concurrency / schedule off-hours) or give it a separate project/key with its own "
        "quota; the throttling ends when the job finishes.")


def s_gpu_xid48_ecc(rng):
    w = Win(rng, start_dt(rng, hour_range=(1, 5)))
    node = f"ip-10-40-{rng.randint(0, 31)}-{rng.randint(2, 250)}.us-west-2.compute.internal"
    lkern = L(job="systemd-journal", node=node, transport="kernel", syslog_identifier="kernel")
    lkub = L(job="systemd-journal", node=node, unit="kubelet.service")
    dp = f"nvidia-device-plugin-daemonset-{rid(rng, 5)}"
    ldp = L(namespace="gpu-operator", pod=dp, container="nvidia-device-plugin", node=node)
    wpod = "llm-finetune-worker-1"
    lw = L(namespace="ml-training", pod=wpod, container="pytorch", node=node)
    pci = f"0000:{rng.choice(['53', '64', '75', '86'])}:00"
    gpu_uuid = f"GPU-{uuid4(rng)}"
    kp = f"kube-proxy-{rid(rng, 5)}"
    lkp = L(namespace="kube-system", pod=kp, container="kube-proxy", node=node)
    for k in range(5):
        t = k * 40 + rng.uniform(0, 5)
        w.at(t, lw, f"[rank{rng.randint(8, 15)}]:step {41200 + k * 20} | loss {rng.uniform(1.38, 1.45):.4f} | lr 1.8e-05 | "
             f"{rng.uniform(400, 420):.1f} samples/s | mem 71.2GiB")
    tx = 205
    w.at(tx, lkern, f"NVRM: Xid (PCI:{pci}): 48, pid='<unknown>', name=<unknown>, An uncorrectable double bit error (DBE) has been "
         "detected on GPU in the framebuffer at partition 6, subpartition 0.", ev=True)
    w.at(tx + 0.02, lkern, f"NVRM: Xid (PCI:{pci}): 63, pid='<unknown>', name=<unknown>, Row Remapper: New row (0x00000000000a1f3c) "
         "marked for remapping, reset gpu to activate.", ev=True)
    w.at(tx + 0.4, ldp, f"I@KLOG@       1 health.go:186] XidCriticalError: Xid=48 on Device={gpu_uuid}; marking device as unhealthy.",
         ev=True)
    w.at(tx + 0.41, ldp, f"I@KLOG@       1 server.go:297] 'nvidia.com/gpu' device marked unhealthy: {gpu_uuid}", ev=True)
    w.at(tx + 0.9, lw, "[rank11]: RuntimeError: CUDA error: uncorrectable ECC error encountered", ev=True)
    w.at(tx + 0.91, lw, "[rank11]: CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace "
         "below might be incorrect.")
    w.at(tx + 0.92, lw, "[rank11]: For debugging consider passing CUDA_LAUNCH_BLOCKING=1")
    w.at(tx + 1.5, lw, f"[rank9]:[E@KLOG@ ProcessGroupNCCL.cpp:1515] [PG 0 Rank 9] Process group watchdog thread "
         "terminated with exception: NCCL error: unhandled cuda error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5")
    w.at(tx + 3.2, lw, "W@KLOG@ 140213 torch/distributed/elastic/multiprocessing/api.py:858] Sending process 412 closing signal SIGTERM")
    w.at(tx + 6.0, lw, "E@KLOG@ 140213 torch/distributed/elastic/multiprocessing/api.py:833] failed (exitcode: 1) local_rank: 3 "
         "(pid: 415) of binary: /usr/bin/python3")
    w.at(tx + 6.1, lw, "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:")
    for _ in range(4):
        w.at(rng.uniform(0, 300), lkub, f'E@KLOG@    2143 log.go:32] "Failed when writing line to log file" err="http2: stream closed" '
             f'path="/var/log/pods/ml-training_{wpod}_{uuid4(rng)}/pytorch/0.log"')
    w.at(tx + 12, lkub, f'I@KLOG@    2143 kubelet.go:2431] "SyncLoop (PLEG): event for pod" pod="ml-training/{wpod}" '
         f'event={{"ID":"{uuid4(rng)}","Type":"ContainerDied","Data":"{hexs(rng, 64)}"}}')
    for _ in range(3):
        w.at(rng.uniform(0, 300), lkp, f'I@KLOG@       1 proxier.go:{rng.randint(780, 820)}] "SyncProxyRules complete" elapsed="{rng.randint(40, 120)}ms"')
    w.at(tx + 20, lkern, "NVRM: GPU at PCI:%s: GPU-%s" % (pci, gpu_uuid[4:]))
    w.at(tx + 20.1, lkern, f"NVRM: Xid (PCI:{pci}): 94, pid=415, name=python3, Contained: SM (0x1). RST: No, D-RST: No", ev=True)
    return record(
        "gpu_xid48_ecc",
        "llm-finetune crashed overnight with a CUDA error on one rank. Is it a bug in our training code?",
        {"node": node}, w, "ERROR", "node_failure", node,
        f"A GPU on node {node} (PCI {pci}) reported an uncorrectable double-bit ECC error (NVRM Xid 48, followed by row "
        "remapping Xid 63); the CUDA context on that GPU died and the device plugin marked the GPU unhealthy.",
        "Hardware fault on one A100 of the node: the kernel logs Xid 48 (DBE) and Xid 63, the device plugin marks the "
        "GPU unhealthy, rank 11 fails with 'uncorrectable ECC error encountered' and torchrun tears down the job. The "
        "training code is not at fault.",
        "Cordon and drain the node, reset the GPU to activate the remapped row (or open an RMA if Xid 48 repeats), and "
        "restart the training job from the last checkpoint on healthy nodes.")


def s_edge_nic_down(rng):
    w = Win(rng, start_dt(rng, hour_range=(8, 20)))
    store = rng.randint(100, 999)
    node = f"edge-store-{store:04d}"
    lkern = L(job="systemd-journal", node=node, transport="kernel", syslog_identifier="kernel")
    lnm = L(job="systemd-journal", node=node, unit="NetworkManager.service")
    lk3 = L(job="systemd-journal", node=node, unit="k3s-agent.service")
    mq = f"mosquitto-{rid(rng, 5)}"
    lmq = L(namespace="edge", pod=mq, container="mosquitto", node=node)
    pos = f"pos-sync-{rid(rng, 10)}-{rid(rng, 5)}"
    lps = L(namespace="edge", pod=pos, container="pos-sync", node=node)
    nic = "0000:02:00.0"
    for _ in range(4):
        w.at(rng.uniform(0, 60), lmq, f"@EPOCHI@: Received PUBLISH from plc-line{rng.randint(1, 3)} (d0, q1, r0, m{rng.randint(100, 9999)}, "
             f"'store/{store}/line/telemetry', ... ({rng.randint(80, 300)} bytes))")
    t0 = 61
    w.at(t0, lkern, f"igc {nic} enp2s0: NIC Link is Down", ev=True)
    w.at(t0 + 0.3, lnm, f"<info>  [@NMTS@] device (enp2s0): state change: activated -> unavailable (reason 'carrier-changed', "
         "sys-iface-state: 'managed')")
    w.at(t0 + 4.2, lkern, f"igc {nic} enp2s0: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX/TX", ev=True)
    w.at(t0 + 9.8, lkern, f"igc {nic} enp2s0: NIC Link is Down", ev=True)
    w.at(t0 + 12.5, lkern, f"igc {nic}: Failed to read reg 0xc030!", ev=True)
    w.at(t0 + 12.6, lkern, f"igc {nic} enp2s0: PCIe link lost, device now detached", ev=True)
    w.at(t0 + 13.0, lnm, f"<info>  [@NMTS@] device (enp2s0): state change: unavailable -> unmanaged (reason 'removed', "
         "sys-iface-state: 'removed')")
    w.at(t0 + 13.1, lnm, "<info>  [@NMTS@] manager: NetworkManager state is now DISCONNECTED")
    for k in range(6):
        t = t0 + 20 + k * 35 + rng.uniform(0, 5)
        w.at(t, lk3, rng.choice([
            f'E@KLOG@    1287 controller.go:145] "Failed to ensure lease exists, will retry" err="Get \\"https://127.0.0.1:6444/apis/'
            f'coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node}?timeout=10s\\": net/http: TLS handshake timeout" interval="7s"',
            f'E@KLOG@    1287 kubelet_node_status.go:540] "Error updating node status, will retry" err="error getting node \\"{node}\\": '
            f'Get \\"https://127.0.0.1:6444/api/v1/nodes/{node}?timeout=10s\\": context deadline exceeded"',
            'time="@ISOS@" level=error msg="Remotedialer proxy error; reconnecting..." error="dial tcp 10.20.0.10:6443: connect: '
            'network is unreachable" url="wss://10.20.0.10:6443/v1-k3s/connect"',
        ]))
    w.at(t0 + 30, lk3, 'time="@ISOS@" level=info msg="Connecting to proxy" url="wss://10.20.0.10:6443/v1-k3s/connect"')
    for _ in range(5):
        w.at(rng.uniform(t0 + 15, 300), lmq, rng.choice([
            "@EPOCHI@: Connecting bridge cloud-uplink (mqtt.fleet.example.io:8883)",
            "@EPOCHI@: Error creating bridge: Try again.",
        ]))
    for _ in range(3):
        w.at(rng.uniform(t0 + 15, 300), lmq, f"@EPOCHI@: Received PUBLISH from plc-line{rng.randint(1, 3)} (d0, q1, r0, m{rng.randint(100, 9999)}, "
             f"'store/{store}/line/telemetry', ... ({rng.randint(80, 300)} bytes))")
    for _ in range(5):
        w.at(rng.uniform(t0 + 15, 300), lps, f"[@HMS@ ERR] Sync batch {rng.randint(1000, 9999)} failed: System.Net.Http.HttpRequestException: "
             "No route to host (pos-gw.retail.example.com:443) ---> System.Net.Sockets.SocketException (113): No route to host")
    w.at(20, lps, f"[@HMS@ INF] Sync batch {rng.randint(1000, 9999)} uploaded: {rng.randint(20, 200)} receipts in {rng.randint(200, 900)} ms")
    w.at(30, lps, "[@HMS@ WRN] Retry 1/3 for batch upload after 502 Bad Gateway from pos-gw.retail.example.com; succeeded on retry")
    return record(
        "edge_nic_down",
        f"Store {store:04d} went dark in the fleet dashboard about 20 minutes ago. Is it the MQTT bridge?",
        {"node": node}, w, "CRITICAL", "node_failure", node,
        f"The edge node's only uplink NIC (Intel igc, {nic}) flapped and then dropped off the PCIe bus ('PCIe link lost, "
        "device now detached'); the node lost all network connectivity, so the k3s agent cannot reach the server and the "
        "node goes NotReady.",
        "Kernel logs show the enp2s0 link going down/up, then 'Failed to read reg 0xc030' and the device detaching; since "
        "then k3s-agent cannot renew its lease or update node status, the MQTT bridge cannot resolve or reach the cloud "
        "and POS sync gets 'No route to host'. Local PLC traffic still arrives.",
        "Power-cycle the edge box (a reboot usually restores the igc device), then check for the known i225/i226 "
        "firmware/ASPM issue (e.g. pcie_aspm=off, driver/BIOS update) or replace the NIC; the MQTT bridge will reconnect "
        "on its own.")


# --------------------------------------------------------------------------- healthy windows
def s_ok_torchserve_cold_start(rng):
    w = Win(rng, start_dt(rng, hour_range=(8, 18)))
    ns, dep = "nlp-serving", "bert-intent-torchserve"
    h = rid(rng, 10)
    oldp = f"{dep}-{h}-{rid(rng, 5)}"
    newp = f"{dep}-{h}-{rid(rng, 5)}"
    nodes = [f"gke-nlp-prod-t4-{hexs(rng, 8)}-{rid(rng, 4)}" for _ in range(2)]
    pip = ip(rng, "10.36.5")
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="nlp-prod")

    def lp(pod, n):
        return L(namespace=ns, pod=pod, container="torchserve", node=n, app=dep)
    lo, ln = lp(oldp, nodes[0]), lp(newp, nodes[1])
    w.evh(2, le, "HorizontalPodAutoscaler", dep, "SuccessfulRescale",
          "New size: 2; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler",
          api="autoscaling/v2")
    w.evh(2.3, le, "Pod", newp, "Scheduled", f"Successfully assigned {ns}/{newp} to {nodes[1]}", comp="default-scheduler")
    w.evh(4.0, le, "Pod", newp, "Pulled", 'Container image "pytorch/torchserve:0.11.1-gpu" already present on machine', host=nodes[1])
    w.evh(4.3, le, "Pod", newp, "Started", "Started container torchserve", host=nodes[1])
    w.at(6.1, ln, "@TS@ [INFO ] main org.pytorch.serve.servingsdk.impl.PluginsManager - Initializing plugins manager...")
    w.at(6.5, ln, "@TS@ [INFO ] main org.pytorch.serve.ModelServer - Torchserve version: 0.11.1")
    w.at(6.51, ln, "@TS@ [WARN ] main org.pytorch.serve.util.ConfigManager - Your torchserve instance can access any URL to load "
         "models. When deploying to production, make sure to limit the set of allowed_urls in config.properties")
    w.at(6.6, ln, "@TS@ [INFO ] main org.pytorch.serve.ModelServer - Loading initial models: bert_intent.mar")
    w.at(9.2, ln, "@TS@ [INFO ] W-9000-bert_intent_1.0-stdout MODEL_LOG - Python runtime: 3.10.14")
    w.at(14.8, ln, "@TS@ [WARN ] W-9000-bert_intent_1.0-stderr MODEL_LOG - /opt/conda/lib/python3.10/site-packages/torch/_utils.py:831: "
         "UserWarning: TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class.")
    for c, t in enumerate((15, 20, 25)):
        w.evh(t, le, "Pod", newp, "Unhealthy", f'Startup probe failed: Get "http://{pip}:8080/ping": dial tcp {pip}:8080: connect: '
              "connection refused", typ="Warning", host=nodes[1], count=c + 1)
    w.at(27.9, ln, "@TS@ [INFO ] W-9000-bert_intent_1.0 org.pytorch.serve.wlm.WorkerThread - Backend response time: 13212")
    w.at(28.0, ln, "@TS@ [INFO ] W-9000-bert_intent_1.0 TS_METRICS - WorkerLoadTime.Milliseconds:21406.0|#WorkerName:W-9000-bert_intent_1.0,"
         "Level:Host|#hostname:" + newp + ",timestamp:@EPOCHI@")
    w.at(28.1, ln, "@TS@ [INFO ] main org.pytorch.serve.ModelServer - Inference API bind to: http://0.0.0.0:8080")
    w.at(28.2, ln, "Model server started.")
    w.at(30.4, ln, '@TS@ [INFO ] epollEventLoopGroup-3-1 ACCESS_LOG - /' + pip + ':51334 "GET /ping HTTP/1.1" 200 2')

    def acc(lab):
        return (lab, f'@TS@ [INFO ] epollEventLoopGroup-3-{rng.randint(1, 4)} ACCESS_LOG - /10.36.{rng.randint(0, 9)}.{rng.randint(2, 250)}:'
                     f'{rng.randint(30000, 60000)} "POST /predictions/bert_intent HTTP/1.1" 200 {rng.randint(12, 40)}')
    for _ in range(10):
        lab, line = acc(lo)
        w.at(rng.uniform(0, 300), lab, line)
    for _ in range(6):
        lab, line = acc(ln)
        w.at(rng.uniform(32, 300), lab, line)
    w.at(140, lo, "@TS@ [INFO ] W-9000-bert_intent_1.0-stdout MODEL_LOG - Invalid input: 'text' field missing in request body")
    w.at(140.01, lo, f'@TS@ [INFO ] epollEventLoopGroup-3-2 ACCESS_LOG - /10.36.2.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} '
         '"POST /predictions/bert_intent HTTP/1.1" 400 3')
    w.at(200, lo, "@TS@ [INFO ] pool-3-thread-2 TS_METRICS - DiskAvailable.Gigabytes:38.1|#Level:Host|#hostname:" + oldp +
         ",timestamp:@EPOCHI@")
    return record(
        "ok_torchserve_cold_start",
        "I saw 'Startup probe failed ... connection refused' for the bert-intent model server. Is intent classification broken?",
        {"namespace": ns}, w, "INFO", "none", None,
        "No incident: the HPA added a second TorchServe replica; its startup probe failed a few times while the model "
        "loaded (~21 s) and then passed.",
        "A scale-out replica of bert-intent-torchserve started, loaded bert_intent.mar and began serving; the startup-probe "
        "failures, allowed_urls/TypedStorage warnings and a single 400 for a malformed request are routine.",
        "None.")


def s_ok_kyverno_audit(rng):
    w = Win(rng, start_dt(rng, hour_range=(9, 17)))
    ns = "team-analytics"
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="shared-prod")
    apps = ["superset", "airflow-webserver", "airflow-scheduler", "trino-coordinator"]
    pods = {a: f"{a}-{rid(rng, 10)}-{rid(rng, 5)}" for a in apps}
    pols = [("require-resource-limits", "validate-resources", "validation error: CPU and memory resource limits are required. "
             "rule validate-resources failed at path /spec/containers/0/resources/limits/"),
            ("disallow-latest-tag", "validate-image-tag", "validation error: Using a mutable image tag e.g. 'latest' is not "
             "allowed. rule validate-image-tag failed at path /spec/containers/0/image/"),
            ("require-run-as-nonroot", "run-as-non-root", "validation error: Running as root is not allowed. Either the field "
             "spec.securityContext.runAsNonRoot must be set to `true`, or the fields spec.containers[*].securityContext."
             "runAsNonRoot, spec.initContainers[*].securityContext.runAsNonRoot and spec.ephemeralContainers[*].securityContext."
             "runAsNonRoot must be set to `true`. rule run-as-non-root[0] failed at path /spec/securityContext/runAsNonRoot/")]
    for _ in range(10):
        a = rng.choice(apps)
        pol, rule, m = rng.choice(pols)
        w.evh(rng.uniform(0, 300), le, "Pod", pods[a], "PolicyViolation", f"policy {pol}/{rule} fail: {m}", typ="Warning",
              comp="kyverno-scan", count=rng.randint(1, 30))

    def lab(a, c):
        return L(namespace=ns, pod=pods[a], container=c, app=a)
    for _ in range(6):
        w.at(rng.uniform(0, 300), lab("airflow-scheduler", "scheduler"),
             f"[@SPC@] {{scheduler_job_runner.py:{rng.choice([423, 628, 712])}}} INFO - "
             + rng.choice([f"Setting the following tasks to queued state: <TaskInstance: etl_daily.load_"
                           f"{rng.choice(['orders', 'users'])} scheduled__{wdt(w, -86400):%Y-%m-%d}T00:00:00+00:00 [scheduled]>",
                           f"DagRun Finished: dag_id={rng.choice(['etl_hourly', 'export_kpis', 'refresh_dims'])}, "
                           f"execution_date={wdt(w, -3600):%Y-%m-%d %H}:00:00+00:00, state=success, "
                           f"run_duration={rng.uniform(60, 400):.1f}"]))
    w.at(40, lab("airflow-scheduler", "scheduler"), "[@SPC@] {taskinstance.py:1206} INFO - Marking task as UP_FOR_RETRY. "
         "dag_id=etl_hourly, task_id=extract_clickstream, attempt 1 of 3")
    w.at(160, lab("airflow-scheduler", "scheduler"), "[@SPC@] {taskinstance.py:1206} INFO - Marking task as SUCCESS. "
         "dag_id=etl_hourly, task_id=extract_clickstream, attempt 2 of 3")
    for _ in range(7):
        w.at(rng.uniform(0, 300), lab("superset", "superset"),
             f'{rng.choice(["10.4.1.12", "10.4.2.40", "10.4.3.7"])} - - [@NGX@] "{rng.choice(["GET /api/v1/chart/data", "POST /api/v1/chart/data", "GET /superset/dashboard/12/"])} '
             f'HTTP/1.1" {rng.choice([200, 200, 200, 304])} {rng.randint(300, 40000)} "-" "Mozilla/5.0"')
    w.at(77, lab("superset", "superset"), "@SPC@:WARNING:superset.views.base:Refusing to serve a request without a valid CSRF "
         "token: 400 Bad Request: The CSRF token has expired.")
    for _ in range(4):
        w.at(rng.uniform(0, 300), lab("trino-coordinator", "trino"),
             f"@ISO@\tINFO\tdispatcher-query-{rng.randint(1, 40)}\tio.trino.event.QueryMonitor\tTIMELINE: Query "
             f"{wdt(w):%Y%m%d_%H%M%S}_{rng.randint(100, 9999):05d}_{rid(rng, 5)} :: FINISHED :: "
             f"elapsed {rng.randint(200, 9000)}ms :: planning {rng.randint(20, 90)}ms :: waiting 0ms :: scheduling {rng.randint(10, 80)}ms")
    return record(
        "ok_kyverno_audit",
        "The event stream for team-analytics is full of PolicyViolation warnings. Is anything actually broken there?",
        {"namespace": ns}, w, "INFO", "none", None,
        "No incident: the Kyverno policies run in Audit mode, so the PolicyViolation events are background-scan findings "
        "that do not block anything; all workloads are running normally.",
        "Kyverno background scans report audit findings (missing limits, latest tag, runAsNonRoot) for existing pods; "
        "Airflow, Superset and Trino work normally (one task retry succeeded, one expired CSRF token).",
        "None for operations; the team can fix the audit findings at their own pace.")


def s_ok_velero_backup(rng):
    w = Win(rng, start_dt(rng, hour_range=(2, 2)))
    ns = "velero"
    vp = f"velero-{rid(rng, 10)}-{rid(rng, 5)}"
    lv = L(namespace=ns, pod=vp, container="velero", service_name="velero")
    bk = f"nightly-{datetime.fromtimestamp(w.t0 // 10 ** 9, tz=timezone.utc):%Y%m%d}020000"
    old = f"nightly-{datetime.fromtimestamp(w.t0 // 10 ** 9 - 31 * 86400, tz=timezone.utc):%Y%m%d}020000"
    w.at(0, lv, 'time="@ISOS@" level=info msg="Schedule is due, going to submit backup." controller=schedule schedule=velero/nightly '
         'logSource="pkg/controller/schedule_controller.go:171"')
    w.at(0.3, lv, f'time="@ISOS@" level=info msg="Setting up backup log" backup=velero/{bk} controller=backup '
         'logSource="pkg/controller/backup_controller.go:241"')
    w.at(0.5, lv, f'time="@ISOS@" level=info msg="Setting up backup store to check for backup existence" backup=velero/{bk} '
         'controller=backup logSource="pkg/controller/backup_controller.go:617"')
    w.at(1.1, lv, f'time="@ISOS@" level=info msg="Writing backup version file" backup=velero/{bk} '
         'logSource="pkg/backup/backup.go:307"')
    w.at(1.2, lv, f'time="@ISOS@" level=info msg="Including namespaces: *" backup=velero/{bk} logSource="pkg/backup/backup.go:313"')
    w.at(1.21, lv, f'time="@ISOS@" level=info msg="Excluding namespaces: kube-system,velero" backup=velero/{bk} '
         'logSource="pkg/backup/backup.go:314"')
    total = rng.randint(4200, 5200)
    done = 0
    for k in range(7):
        done = min(total, done + rng.randint(500, 800))
        w.at(5 + k * 22, lv, f'time="@ISOS@" level=info msg="Backed up {done} items out of an estimated total of {total} (estimate '
             f'will change throughout the backup)" backup=velero/{bk} logSource="pkg/backup/backup.go:{rng.choice([418, 425])}" '
             f'name={rng.choice(["orders-db-0", "keycloak-0", "grafana-7f9c", "harbor-registry"])} namespace={rng.choice(["shop", "identity", "monitoring", "harbor"])} progress= resource=pods')
    w.at(80, lv, f'time="@ISOS@" level=info msg="Skipping item because it\'s already been backed up." backup=velero/{bk} '
         'logSource="pkg/backup/item_backupper.go:163" name=data-orders-db-0 namespace=shop resource=persistentvolumeclaims')
    w.at(95, lv, f'time="@ISOS@" level=info msg="Summary for skipped PVs: [{{\\"name\\":\\"pvc-{uuid4(rng)}\\",\\"reasons\\":'
         '[{\\"approach\\":\\"podvolume\\",\\"reason\\":\\"opted out due to annotation in pod grafana-7f9c\\"}]}]" '
         f'backup=velero/{bk} logSource="pkg/backup/backup.go:542"')
    for k in range(4):
        w.at(100 + k * 8, lv, f'time="@ISOS@" level=info msg="PodVolumeBackup completed" backup=velero/{bk} '
             f'controller=podvolumebackup podvolumebackup=velero/{bk}-{rid(rng, 5)} logSource="pkg/controller/pod_volume_backup_controller.go:219"')
    w.at(150, lv, f'time="@ISOS@" level=info msg="Backed up a total of {total} items" backup=velero/{bk} '
         'logSource="pkg/backup/backup.go:452" progress=')
    w.at(151, lv, f'time="@ISOS@" level=info msg="Backup completed" backup=velero/{bk} controller=backup '
         'logSource="pkg/controller/backup_controller.go:770"')
    w.at(151.1, lv, f'time="@ISOS@" level=info msg="Updating backup\'s final status" backup=velero/{bk} controller=backup '
         'logSource="pkg/controller/backup_controller.go:305"')
    w.at(151.2, lv, f'time="@ISOS@" level=info msg="backup {bk} completed; errors: 0, warnings: 0" backup=velero/{bk} '
         'logSource="pkg/controller/backup_controller.go:307"')
    w.at(200, lv, f'time="@ISOS@" level=info msg="Backup has expired" backup=velero/{old} controller=gc '
         'logSource="pkg/controller/gc_controller.go:150"')
    w.at(200.4, lv, f'time="@ISOS@" level=info msg="Removing PV snapshots" backup={old} controller=backup-deletion '
         'deletebackuprequest=velero/' + old + f'-{rid(rng, 5)} logSource="pkg/controller/backup_deletion_controller.go:318"')
    w.at(201, lv, f'time="@ISOS@" level=info msg="Removing backup from backup storage" backup={old} controller=backup-deletion '
         'logSource="pkg/controller/backup_deletion_controller.go:351"')
    w.at(202, lv, f'time="@ISOS@" level=info msg="deletion request completed; errors: 0" backup={old} controller=backup-deletion '
         'logSource="pkg/controller/backup_deletion_controller.go:402"')
    w.at(203, lv, 'time="@ISOS@" level=info msg="plugin process exited" cmd=/plugins/velero-plugin-for-aws id=88 '
         'logSource="pkg/plugin/clientmgmt/process/logrus_adapter.go:80" plugin=/plugins/velero-plugin-for-aws')
    w.at(240, lv, 'time="@ISOS@" level=info msg="BackupStorageLocations is valid, marking as available" backup-storage-location=velero/default '
         'controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:128"')
    return record(
        "ok_velero_backup",
        "Was tonight's Velero backup OK? I just want to be sure before the cluster upgrade.",
        {"namespace": ns, "pod": vp}, w, "INFO", "none", None,
        "No incident: the nightly backup completed with 0 errors and 0 warnings and the expired backup was garbage-collected.",
        "The nightly schedule ran, backed up all items including four pod volumes (one PV deliberately opted out) and "
        "finished Completed; the 31-day-old backup was deleted; the storage location is available.",
        "None.")


def s_ok_argo_poll_retry(rng):
    w = Win(rng, start_dt(rng, hour_range=(4, 6)))
    ns = "data-eng"
    wf = f"daily-ingest-{rid(rng, 5)}"
    le = L(namespace=ns, job="integrations/kubernetes/eventhandler", cluster="data-prod")
    wfa = "argoproj.io/v1alpha1"
    node = f"k8s-batch-{rng.randint(1, 8):02d}"
    day = datetime.fromtimestamp(w.t0 // 10 ** 9 - 86400, tz=timezone.utc)
    dts = f"{day:%Y-%m-%d}"
    w.evh(0, le, "Workflow", wf, "WorkflowRunning", "Workflow Running", comp="workflow-controller", api=wfa)
    for a in range(4):
        t = 2 + a * 62
        pod = f"{wf}-wait-for-partition-{rng.randrange(1_000_000_000, 4_200_000_000)}"
        lm = L(namespace=ns, pod=pod, container="main", node=node)
        w.evh(t, le, "Workflow", wf, "WorkflowNodeRunning", f"Running node {wf}.wait-for-partition({a})", comp="workflow-controller", api=wfa)
        w.at(t + 3, lm, f"@SPC@ INFO check_partition: looking for s3://raw-events/clickstream/dt={dts}/_SUCCESS")
        if a < 3:
            w.at(t + 3.4, lm, f"@SPC@ WARNING check_partition: partition dt={dts} not ready yet (_SUCCESS missing, {rng.randint(180, 260)} "
                 f"of ~288 files present); exiting 1 so Argo retries (attempt {a + 1}/30)")
            w.evh(t + 5, le, "Workflow", wf, "WorkflowNodeFailed", f"Failed node {wf}.wait-for-partition({a}): Error (exit code 1)",
                  typ="Warning", comp="workflow-controller", api=wfa)
        else:
            w.at(t + 3.4, lm, f"@SPC@ INFO check_partition: partition dt={dts} complete (288 files, 41.7 GiB)")
            w.evh(t + 5, le, "Workflow", wf, "WorkflowNodeSucceeded", f"Succeeded node {wf}.wait-for-partition(3)",
                  comp="workflow-controller", api=wfa)
    w.evh(194, le, "Workflow", wf, "WorkflowNodeSucceeded", f"Succeeded node {wf}.wait-for-partition", comp="workflow-controller", api=wfa)
    pod = f"{wf}-load-warehouse-{rng.randrange(1_000_000_000, 4_200_000_000)}"
    lm = L(namespace=ns, pod=pod, container="main", node=node)
    lw = L(namespace=ns, pod=pod, container="wait", node=node)
    w.evh(195, le, "Workflow", wf, "WorkflowNodeRunning", f"Running node {wf}.load-warehouse", comp="workflow-controller", api=wfa)
    w.at(197, lw, 'time="@ISOS@" level=info msg="Starting Workflow Executor" version=v3.5.10')
    w.at(198, lm, f"@SPC@ INFO loader: COPY INTO analytics.clickstream FROM 's3://raw-events/clickstream/dt={dts}/' (288 files)")
    w.at(240, lm, "@SPC@ WARNING loader: 17 rows rejected by ON_ERROR=CONTINUE (malformed user_agent), see _rejects table")
    w.at(268, lm, f"@SPC@ INFO loader: loaded {rng.randint(180, 220)},{rng.randint(100, 999)},{rng.randint(100, 999)} rows in 70.2s errors=0 rejected=17")
    w.at(269, lw, 'time="@ISOS@" level=info msg="Main container completed" error="<nil>"')
    w.at(269.1, lw, 'time="@ISOS@" level=info msg="No output parameters"')
    w.evh(271, le, "Workflow", wf, "WorkflowNodeSucceeded", f"Succeeded node {wf}.load-warehouse", comp="workflow-controller", api=wfa)
    w.evh(272, le, "Workflow", wf, "WorkflowSucceeded", "Workflow completed", comp="workflow-controller", api=wfa)
    return record(
        "ok_argo_poll_retry",
        "daily-ingest shows several failed nodes in the Argo UI this morning. Did the ingest break?",
        {"namespace": ns}, w, "INFO", "none", None,
        "No incident: wait-for-partition is a polling step that exits 1 until the upstream partition is complete and relies on "
        "Argo's retryStrategy; it succeeded on attempt 4 and the workflow completed.",
        "The failed nodes are the expected retries of the partition sensor; once the partition was complete the "
        "warehouse load ran (17 malformed rows rejected by design) and the workflow succeeded.",
        "None.")


def s_ok_keycloak_login_errors(rng):
    w = Win(rng, start_dt(rng, hour_range=(8, 10)))
    ns = "identity"
    lk = L(namespace=ns, pod="keycloak-1", container="keycloak", node=f"worker-{rng.randint(2, 9)}.ocp.corp.example.com",
           app="keycloak")
    realm = uuid4(rng)
    users = ["jdoe", "m.rossi", "k.tanaka", "a.schmidt", "s.patel", "l.martin", "r.silva"]
    clients = ["grafana", "argocd", "harbor", "jenkins"]

    def ev(typ, err, **kw):
        base = (f'@SPC@ WARN  [org.keycloak.events] (executor-thread-{rng.randint(1, 40)}) type="{typ}", realmId="{realm}", '
                f'realmName="corp", clientId="{kw.get("client") or rng.choice(clients)}", userId="{kw.get("uid", "null")}", '
                f'ipAddress="10.{rng.randint(10, 20)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}", error="{err}"')
        if "extra" in kw:
            base += ", " + kw["extra"]
        return base
    for _ in range(7):
        u = rng.choice(users)
        c = rng.choice(clients)
        w.at(rng.uniform(0, 300), lk, ev("LOGIN_ERROR", "invalid_user_credentials", uid=uuid4(rng), client=c,
                                        extra=f'auth_method="openid-connect", auth_type="code", redirect_uri="https://{c}.corp.example.com/login/generic_oauth", '
                                              f'code_id="{uuid4(rng)}", username="{u}", authSessionParentId="{uuid4(rng)}", authSessionTabId="{rid(rng, 11)}"'))
    for _ in range(3):
        w.at(rng.uniform(0, 300), lk, ev("LOGIN_ERROR", "user_not_found",
                                        extra=f'auth_method="openid-connect", username="{rng.choice(["admin", "test", "jdeo", "root"])}"'))
    for _ in range(4):
        w.at(rng.uniform(0, 300), lk, ev("REFRESH_TOKEN_ERROR", "invalid_token", extra='grant_type="refresh_token", '
                                        'reason="Session not active"'))
    for _ in range(3):
        w.at(rng.uniform(0, 300), lk, ev("CODE_TO_TOKEN_ERROR", "invalid_code", extra=f'grant_type="authorization_code", '
                                        f'code_id="{uuid4(rng)}"'))
    w.at(120, lk, '@SPC@ INFO  [org.infinispan.CLUSTER] (jgroups-8,keycloak-1-22791) ISPN000094: Received new cluster view for '
         'channel ISPN: [keycloak-0-51022|8] (2) [keycloak-0-51022, keycloak-1-22791]')
    w.at(120.5, lk, '@SPC@ INFO  [org.infinispan.CLUSTER] (jgroups-8,keycloak-1-22791) ISPN100002: Starting rebalance with members '
         '[keycloak-0-51022, keycloak-1-22791], phase READ_OLD_WRITE_ALL, topology id 18')
    w.at(122.0, lk, '@SPC@ INFO  [org.infinispan.CLUSTER] (non-blocking-thread--p2-t4) ISPN100010: Finished rebalance with members '
         '[keycloak-0-51022, keycloak-1-22791], topology id 18')
    w.at(121, lk, '@SPC@ INFO  [org.keycloak.services.scheduled.ScheduledTaskRunner] (Timer-0) Scheduled task ClearExpiredUserSessions executed in 412ms')
    for _ in range(5):
        w.at(rng.uniform(0, 300), lk, f'@SPC@ WARN  [org.keycloak.events] (executor-thread-{rng.randint(1, 40)}) type="LOGOUT_ERROR", '
             f'realmId="{realm}", realmName="corp", clientId="null", userId="null", ipAddress="10.{rng.randint(10, 20)}.'
             f'{rng.randint(0, 255)}.{rng.randint(2, 250)}", error="invalid_token"' if rng.random() < 0.4 else
             f'@SPC@ INFO  [org.keycloak.services.resources.admin.AdminConsole] (executor-thread-{rng.randint(1, 40)}) '
             f'whoAmI: admin user "{rng.choice(["ops-admin", "iam-team"])}" session ok')
    return record(
        "ok_keycloak_login_errors",
        "keycloak-1 logs lots of LOGIN_ERROR and token errors. Are people locked out?",
        {"namespace": ns, "pod": "keycloak-1"}, w, "INFO", "none", None,
        "No incident: the warnings are Keycloak's normal event log for individual users (wrong passwords, unknown "
        "usernames, expired sessions/refresh tokens, reused auth codes); the cluster is healthy.",
        "Routine authentication failures spread over different users and clients, an Infinispan rebalance after a node "
        "rejoined, and scheduled session cleanup; nothing indicates a systemic login problem.",
        "None.")


def s_ok_mosquitto_churn(rng):
    w = Win(rng, start_dt(rng, hour_range=(0, 23)))
    ns = "mqtt-edge"
    mp = f"mosquitto-{rid(rng, 10)}-{rid(rng, 5)}"
    lm = L(namespace=ns, pod=mp, container="mosquitto", app="mosquitto", node=f"k3s-gw-{rng.randint(1, 4)}")

    def peer():
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65000)}"

    def sensor():
        return f"sensor-{rng.randint(1000, 9999)}"

    def line():
        s = sensor()
        return rng.choice([
            f"@EPOCHI@: New connection from {peer()} on port 8883.",
            f"@EPOCHI@: New client connected from {peer()} as {s} (p2, c0, k60, u'{s}').",
            f"@EPOCHI@: New client connected from {peer()} as {s} (p2, c0, k60, u'{s}').",
            f"@EPOCHI@: New client connected from {peer()} as {s} (p2, c0, k60, u'{s}').",
            f"@EPOCHI@: Client {s} closed its connection.",
            f"@EPOCHI@: Client {s} has exceeded timeout, disconnecting.",
            f"@EPOCHI@: Socket error on client {s}, disconnecting.",
            "@EPOCHI@: OpenSSL Error[0]: error:0A000126:SSL routines::unexpected eof while reading",
            f"@EPOCHI@: Client {s} disconnected.",
        ])
    w.spread(0, 300, 38, lm, line)
    w.at(61, lm, f"@EPOCHI@: New connection from {peer()} on port 8883.")
    w.at(61.2, lm, "@EPOCHI@: Client <unknown> disconnected due to protocol error.")
    w.at(150, lm, "@EPOCHI@: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    w.at(152, lm, f"@EPOCHI@: Client {sensor()} already connected, closing old connection.")
    return record(
        "ok_mosquitto_churn",
        "The mosquitto logs are full of 'Socket error' and 'exceeded timeout, disconnecting'. Is the broker unstable?",
        {"namespace": ns, "app": "mosquitto"}, w, "INFO", "none", None,
        "No incident: this is normal connection churn of cellular sensors (keepalive timeouts, TLS EOFs, reconnects) "
        "and a port scan hitting the listener; the broker keeps accepting clients and persisting its database.",
        "Sensors connect and disconnect at a steady rate, reconnecting clients replace their old sessions, the periodic "
        "autosave runs; nothing broker-side is failing.",
        "None.")


def s_ok_pulsar_routine(rng):
    w = Win(rng, start_dt(rng, hour_range=(0, 23)))
    ns = "pulsar"

    def lb():
        i = rng.randrange(3)
        return L(namespace=ns, pod=f"pulsar-broker-{i}", container="pulsar-broker", app="pulsar", component="broker")

    def lbk():
        i = rng.randrange(3)
        return L(namespace=ns, pod=f"pulsar-bookie-{i}", container="pulsar-bookie", app="pulsar", component="bookie")
    lz = L(namespace=ns, pod=f"pulsar-zookeeper-{rng.randrange(3)}", container="pulsar-zookeeper", app="pulsar", component="zookeeper")
    topics = ["persistent://iot/telemetry/raw", "persistent://iot/telemetry/alerts", "persistent://billing/events/usage",
              "persistent://public/default/audit"]

    def broker():
        c = f"/10.4.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}"
        return rng.choice([
            f"@PULSAR@ [pulsar-io-4-{rng.randint(1, 8)}] INFO  org.apache.pulsar.broker.service.ServerCnx - [{c}] Subscribing on topic "
            f"{rng.choice(topics)} / sub-{rng.choice(['aggregator', 'alerting', 'archiver'])}. consumerId: {rng.randint(0, 40)}",
            f"@PULSAR@ [pulsar-io-4-{rng.randint(1, 8)}] WARN  org.apache.pulsar.broker.service.ServerCnx - [{c}] Got exception "
            "io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer",
            f"@PULSAR@ [pulsar-io-4-{rng.randint(1, 8)}] INFO  org.apache.pulsar.broker.service.ServerCnx - Closed connection from {c}",
            f"@PULSAR@ [pulsar-io-4-{rng.randint(1, 8)}] INFO  org.apache.pulsar.broker.service.persistent.PersistentTopic - "
            f"[{rng.choice(topics)}] [sub-archiver] Closing consumer [Consumer{{subscription=PersistentSubscription{{topic="
            f"{rng.choice(topics)}, name=sub-archiver}}, consumerId={rng.randint(0, 40)}}}]",
        ])
    w.spread(0, 300, 22, lb, broker)
    w.at(100, lb(), "@PULSAR@ [pulsar-load-manager-1-1] INFO  org.apache.pulsar.broker.loadbalance.impl.ModularLoadManagerImpl - "
         "[ThresholdShedder] Unloading bundle: iot/telemetry/0x40000000_0x80000000 from broker pulsar-broker-1")
    w.at(103, lb(), "@PULSAR@ [pulsar-ordered-OrderedExecutor-3-0] INFO  org.apache.pulsar.broker.namespace.OwnershipCache - "
         "Disabled ownership iot/telemetry/0x40000000_0x80000000")
    w.at(180, lb(), "@PULSAR@ [pulsar-inactivity-monitor-1-1] INFO  org.apache.pulsar.broker.service.persistent.PersistentTopic - "
         "[persistent://public/default/loadtest-7f2c] Topic deleted successfully due to inactivity")
    for _ in range(4):
        w.at(rng.uniform(0, 300), lbk(), rng.choice([
            "@PULSAR@ [GarbageCollectorThread-6-1] INFO  org.apache.bookkeeper.bookie.GarbageCollectorThread - Garbage collector starting",
            f"@PULSAR@ [GarbageCollectorThread-6-1] INFO  org.apache.bookkeeper.bookie.GarbageCollectorThread - Minor compaction "
            f"completed: {rng.randint(1, 9)} entry logs compacted, {rng.randint(10, 90)}MB freed",
            f"@PULSAR@ [SyncThread-7-1] INFO  org.apache.bookkeeper.bookie.storage.ldb.SingleDirectoryDbLedgerStorage - "
            f"Flushed entry logger in {rng.randint(5, 40)} ms",
        ]))
    w.at(220, lz, f"@PULSAR@ [SessionTracker] INFO  org.apache.zookeeper.server.ZooKeeperServer - Expiring session 0x{hexs(rng, 16)}, "
         "timeout of 30000ms exceeded")
    w.at(220.2, lz, f"@PULSAR@ [RequestThrottler] INFO  org.apache.zookeeper.server.PrepRequestProcessor - Processed session "
         f"termination for sessionid: 0x{hexs(rng, 16)}")
    return record(
        "ok_pulsar_routine",
        "I keep seeing 'Connection reset by peer' exceptions in the Pulsar brokers. Is the Pulsar cluster healthy?",
        {"namespace": ns}, w, "INFO", "none", None,
        "No incident: the connection resets come from clients closing their connections, and the rest is routine "
        "bundle unloading, inactive-topic cleanup, bookie garbage collection and ZooKeeper session expiry of a gone client.",
        "Brokers serve subscriptions normally; the load manager moved one bundle, an inactive test topic was deleted, "
        "bookies compacted entry logs. Nothing is failing.",
        "None.")


def s_ok_spire_rotation(rng):
    w = Win(rng, start_dt(rng, hour_range=(0, 23)))
    ns = "spire"
    ls = L(namespace=ns, pod="spire-server-0", container="spire-server", app="spire-server")
    agents = [f"spire-agent-{rid(rng, 5)}" for _ in range(4)]

    def la():
        return L(namespace=ns, pod=rng.choice(agents), container="spire-agent", app="spire-agent")
    def iso(delta):
        return f"{wdt(w, delta):%Y-%m-%dT%H:%M:%SZ}"
    ids = ["ns/payments/sa/payment-worker", "ns/shop/sa/checkout", "ns/identity/sa/keycloak", "ns/iot-core/sa/device-registry",
           "ns/billing/sa/invoice-api"]
    for _ in range(9):
        w.at(rng.uniform(0, 300), ls, f'time="@ISOS@" level=info msg="Signed X509 SVID" authorized_as=agent authorized_via=datastore '
             f'caller_id="spiffe://corp.example/spire/agent/k8s_psat/prod/{uuid4(rng)}" expiration="{iso(3600)}" method=BatchNewX509SVID '
             f'request_id={uuid4(rng)} service=svid.v1.SVID spiffe_id="spiffe://corp.example/{rng.choice(ids)}" subsystem_name=api')
    for _ in range(8):
        w.at(rng.uniform(0, 300), la(), f'time="@ISOS@" level=info msg="Renewing X509-SVID" entry_id={uuid4(rng)} '
             f'spiffe_id="spiffe://corp.example/{rng.choice(ids)}" subsystem_name=manager')
    w.at(40, ls, f'time="@ISOS@" level=info msg="X509 CA prepared" expiration="{iso(40 + 24 * 3600)}" issued_at="{iso(40)}" '
         f'local_authority_id={hexs(rng, 40)} self_signed=true slot=B subsystem_name=ca_manager upstream_authority_id=')
    w.at(40.2, ls, f'time="@ISOS@" level=info msg="X509 CA activated" expiration="{iso(40 + 12 * 3600)}" '
         f'issued_at="{iso(40 - 12 * 3600)}" local_authority_id={hexs(rng, 40)} slot=A subsystem_name=ca_manager '
         'upstream_authority_id=')
    w.at(41, ls, f'time="@ISOS@" level=info msg="Pruned expired X.509 CA from bundle" expiration="{iso(-7 * 86400)}" '
         'subsystem_name=ca_manager')
    w.at(130, la(), 'time="@ISOS@" level=info msg="Renewing agent SVID" subsystem_name=manager')
    w.at(131, la(), 'time="@ISOS@" level=info msg="Bundle refreshed" subsystem_name=manager trust_domain_id="spiffe://corp.example"')
    for _ in range(3):
        w.at(rng.uniform(0, 300), la(), f'time="@ISOS@" level=error msg="Failed to collect all selectors for PID" error="workload '
             f'attestor \\"k8s\\" failed: rpc error: code = Canceled desc = context canceled" pid={rng.randint(1000, 90000)} '
             'subsystem_name=workload_attestor')
    w.at(200, la(), 'time="@ISOS@" level=warning msg="Container id not found" attempt=1 container_id=' + hexs(rng, 64) +
         ' retry_interval=500ms subsystem_name=built-in_plugin.k8s')
    return record(
        "ok_spire_rotation",
        "SPIRE logs mention expired CAs, renewals and 'Failed to collect all selectors'. Do we have a certificate problem?",
        {"namespace": ns}, w, "INFO", "none", None,
        "No incident: SPIRE is rotating as designed (SVID renewals, next X.509 CA prepared/activated, expired CA pruned); "
        "the attestor errors come from short-lived processes that exit before attestation finishes.",
        "Agents renew workload and agent SVIDs, the server signs them and rotates its CA slot; transient "
        "'context canceled' attestation errors and a not-yet-visible container id are normal.",
        "None.")


# --------------------------------------------------------------------------- main
SCENARIOS = [
    s_vllm_cuda_oom, s_argo_step_oom,
    s_device_registry_panic, s_aspnet_nullref,
    s_arc_runner_manifest_unknown, s_kserve_zot_unauthorized,
    s_keycloak_liveness_kill, s_rayserve_readiness_flap,
    s_vllm_gpu_pending, s_redpanda_volume_affinity,
    s_coredns_upstream_timeout, s_coredns_loop_edge,
    s_mlflow_no_endpoints, s_thanos_store_sync,
    s_gatekeeper_webhook_timeout, s_influx_write_timeout,
    s_harbor_cert_expired, s_kyverno_unknown_ca,
    s_dex_ldap_bind, s_velero_minio_403,
    s_triton_model_config, s_oauth2proxy_cookie_secret,
    s_jenkins_ephemeral_storage, s_emqx_emfile,
    s_timescaledb_readonly, s_zot_rbd_mount,
    s_temporal_pg_too_many, s_harbor_core_dirty,
    s_arc_github_rate_limit, s_rag_api_429,
    s_gpu_xid48_ecc, s_edge_nic_down,
    s_ok_torchserve_cold_start, s_ok_kyverno_audit, s_ok_velero_backup, s_ok_argo_poll_retry,
    s_ok_keycloak_login_errors, s_ok_mosquitto_churn, s_ok_pulsar_routine, s_ok_spire_rotation,
]


def main():
    records = []
    for fn in SCENARIOS:
        name = fn.__name__[2:]
        records.append(fn(random.Random(f"{SEED}:{name}")))
    random.Random(f"{SEED}:order").shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"dev9-{i:03d}"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
